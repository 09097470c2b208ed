#!/usr/bin/env python3
"""Independent NL101/NL102 test set: gastroenterology and hepatology (gas-*).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file in the devset format and validates every case; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev157_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (region, name, hsa_id, setting)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "S_GASTRO_MAL": ("skane", "Gastroenterologi och hepatologi, mottagning, Skånes universitetssjukhus Malmö", "SE2321000255-4411", "öppenvård"),
    "S_GASTRO_LUND": ("skane", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4412", "öppenvård"),
    "S_IBD_LUND": ("skane", "IBD-mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4415", "öppenvård"),
    "S_IBD_MAL": ("skane", "IBD-enheten, Skånes universitetssjukhus Malmö", "SE2321000255-4416", "öppenvård"),
    "S_LEVER_MAL": ("skane", "Levermottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4420", "öppenvård"),
    "S_AVD_LUND": ("skane", "Avdelning gastroenterologi och hepatologi, Skånes universitetssjukhus Lund", "SE2321000255-4431", "slutenvård"),
    "S_AVD_MAL": ("skane", "Gastroavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4432", "slutenvård"),
    "S_ENDO_MAL": ("skane", "Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-4440", "öppenvård"),
    "S_HBG_MOT": ("skane", "Medicinmottagningen, sektion gastro, Helsingborgs lasarett", "SE2321000255-5102", "öppenvård"),
    "S_HBG_AVD": ("skane", "Medicinavdelning 4 (gastro), Helsingborgs lasarett", "SE2321000255-5110", "slutenvård"),
    "S_KRIST": ("skane", "Mag- och tarmmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6120", "öppenvård"),
    "S_KRIST_KAPSEL": ("skane", "Kapselendoskopi, Endoskopienheten, Centralsjukhuset Kristianstad", "SE2321000255-6125", "öppenvård"),
    "S_YSTAD": ("skane", "Medicinmottagningen, Lasarettet Ystad", "SE2321000255-6801", "öppenvård"),
    "S_TRELL": ("skane", "Medicinavdelningen, Lasarettet Trelleborg", "SE2321000255-6930", "slutenvård"),
    "S_BARN_LUND": ("skane", "Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4470", "öppenvård"),
    "S_HLM": ("skane", "Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-6402", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "P_VC_LINERO": ("skane", "Vårdcentralen Linero, Lund", "SE2321000255-8114", "öppenvård"),
    "P_VC_SORGENFRI": ("skane", "Vårdcentralen Sorgenfri, Malmö", "SE2321000255-8209", "öppenvård"),
    "P_VC_TOMELILLA": ("skane", "Vårdcentralen Tomelilla", "SE2321000255-8377", "öppenvård"),
    "P_VC_BJUV": ("skane", "Vårdcentralen Bjuv", "SE2321000255-8450", "öppenvård"),
    "P_HSJV_ESLOV": ("skane", "Hemsjukvården, Vårdcentralen Eslöv", "SE2321000255-8512", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "V_SU_GASTRO": ("vgr", "Gastroenterologi och hepatologi, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3311", "öppenvård"),
    "V_SU_IBD": ("vgr", "IBD-mottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E3315", "öppenvård"),
    "V_SU_LEVER": ("vgr", "Levermottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3320", "öppenvård"),
    "V_SU_AVD": ("vgr", "Avdelning 136 gastroenterologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3336", "slutenvård"),
    "V_SU_TX": ("vgr", "Transplantationscentrum, leverutredning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3390", "öppenvård"),
    "V_ENDO_MOLN": ("vgr", "Endoskopienheten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E3442", "öppenvård"),
    "V_NAL": ("vgr", "Medicinmottagningen, gastroenterologi, NÄL Trollhättan", "SE2321000131-E4410", "öppenvård"),
    "V_UDD_AVD": ("vgr", "Medicinavdelning 22, Uddevalla sjukhus", "SE2321000131-E4522", "slutenvård"),
    "V_SKAS": ("vgr", "Mag-tarmmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E5120", "öppenvård"),
    "V_SKAS_AVD": ("vgr", "Medicinavdelning 11 gastro, Skaraborgs Sjukhus Skövde", "SE2321000131-E5111", "slutenvård"),
    "V_SAS": ("vgr", "Medicinmottagningen, gastroenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E6032", "öppenvård"),
    "V_SAS_KAPSEL": ("vgr", "Kapselendoskopi, Medicinsk diagnostik, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E6039", "öppenvård"),
    "V_ALI": ("vgr", "Medicinmottagningen, Alingsås lasarett", "SE2321000131-E7004", "öppenvård"),
    "V_KUNG": ("vgr", "Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E7213", "slutenvård"),
    "V_BARN": ("vgr", "Barngastroenterologi, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8101", "öppenvård"),
}

PMO_UNITS = {k for k in UNITS if k.startswith("P_")}

# ---------------------------------------------------------------- helpers
CASES = []
_DEFAULT = object()


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(nid, unit, author, time, sections, template="Läkaranteckning",
      signed=_DEFAULT, refs=(), setting=None, system=None):
    """One note. author = (name, role); sections = [(keyword, text), ...]."""
    region, uname, hsa, usetting = UNITS[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    if signed is _DEFAULT:
        t = _dt.datetime.fromisoformat(time)
        # deterministic signing delay 20-95 min
        delay = 20 + (sum(ord(c) for c in nid + time) % 76)
        signed = (t + _dt.timedelta(minutes=delay)).isoformat(timespec="seconds")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time,
        "signed": signed,
        "setting": setting or usetting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_key": unit,
    }


def C(name, ruleset, pat, notes, must, must_not, why, as_of=None):
    """pat = (birth_date, serial3, sex 'F'/'M')."""
    birth, serial, sex = pat
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last.date() + _dt.timedelta(days=3)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "_sex": sex,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
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


# Authors (fictitious)
L = "läkare"
SSK = "sjuksköterska"

# ================================================================ part 1
# NL102 positives: hedged diagnoses in visible sections of Melior notes.

C("gas-vgr-misstankt-crohn-terminala-ileum", "vgr", ("1996-09-03", "482", "F"),
  [N("n1", "V_SU_IBD", ("Elin Sjöberg", L), "2024-02-19T10:40:00", [
      ("Anamnes", "27-årig kvinna med 8 mån diarréer 4–6 ggr/dygn, nattliga trängningar och viktnedgång 5 kg. F-kalprotektin 640. Ingen utlandsresa, inga antibiotika senaste halvåret."),
      ("Status", "AT gott. Buk mjuk, lätt palpationsöm i höger fossa, ingen resistens. Perianalt u.a."),
      ("Utredning", "Ileokoloskopi 12/2: aftösa sår och longitudinella ulcerationer i terminala ileum ca 15 cm, kolon u.a. Biopsier tagna, PAD inväntas."),
      ("Bedömning", "Misstänkt Crohns sjukdom med ileal lokalisation. MR tunntarm beställs för att kartlägga utbredning och ev. striktur."),
  ], template="Mottagningsanteckning läkare")],
  [("NL102", "n1")], [],
  "Misstänkt Crohn under Bedömning in an ordinary Melior note: hedged diagnosis visible; nothing said about informing.")

C("gas-skane-kapselsvar-forenligt-med-crohn-jejunum", "skane", ("1971-11-21", "253", "M"),
  [N("n1", "S_KRIST_KAPSEL", ("Per-Olof Hansson", L), "2024-03-06T14:15:00", [
      ("Indikation", "Järnbristanemi och diffusa buksmärtor. Gastroskopi och koloskopi u.a. i januari."),
      ("Fynd", "Ventrikeltid 34 min, tunntarmspassage 4 h 10 min. Fläckvisa ulcerationer och slemhinneödem i mellersta jejunum, Lewis score 790. Ingen aktiv blödning."),
      ("Bedömning", "Fynden är förenliga med Crohns sjukdom i jejunum. Rekommenderar MR tunntarm och bedömning på gastromottagningen."),
  ], template="Kapselendoskopi utlåtande")],
  [("NL102", "n1")], [],
  "Capsule endoscopy answer: 'förenliga med Crohns sjukdom' is a hedged diagnosis in a visible Bedömning.")

C("gas-vgr-dd-mikroskopisk-kolit-gallsyra-ibs", "vgr", ("1960-03-14", "417", "M"),
  [N("n1", "V_ALI", ("Henrik Alm", L), "2024-04-23T11:05:00", [
      ("Bedömning", "64-årig man med vattentunna diarréer sedan i höstas, koloskopi makroskopiskt u.a. DD mikroskopisk kolit, gallsyremalabsorption, IBS-D. Inväntar PAD från stegbiopsierna, SeHCAT bokas parallellt."),
  ])],
  [("NL102", "n1")], [],
  "One-section note with a DD list of diagnoses of the patient: differential diagnoses are hedged diagnoses.")

C("gas-skane-masld-fragetecken-levermottagning", "skane", ("1968-07-30", "146", "F"),
  [N("n1", "S_LEVER_MAL", ("Sara Nilsson", L), "2024-01-17T09:30:00", [
      ("Aktuellt", "Remiss från VC pga ALAT 1,8 och GT 2,4 sedan 2 år. BMI 33, typ 2-diabetes på metformin. Alkohol 2–3 glas vin/v."),
      ("Bedömning", "MASLD? Fibroscan 9,8 kPa, CAP 320 dB/m. FIB-4 1,9."),
      ("Planering", "Kompletterande lab: hepatitserologi, ferritin, transferrinmättnad och autoantikroppar. Viktnedgång och fysisk aktivitet diskuterat. Ny fibroscan om ett år."),
  ])],
  [("NL102", "n1")], [],
  "A diagnosis followed by a question mark ('MASLD?') in the visible Bedömning is a hedged diagnosis.")

C("gas-vgr-psc-kan-ej-utelsutas-typo", "vgr", ("1985-01-09", "331", "M"),
  [N("n1", "V_SU_IBD", ("Karin Ek", L), "2024-05-14T13:20:00", [
      ("Aktuellt", "Känd ulcerös kolit, pankolit sedan 2016, i remission på mesalazin 4 g. Vid årskontrollen stigande ALP 3,9 (tidigare normalt), bilirubin och transaminaser normala. Ingen klåda."),
      ("Bedömning", "Primär skleroserande kolangit kan ej utelsutas. MRCP beställd, åter efter svar."),
  ], template="Mottagningsanteckning läkare")],
  [("NL102", "n1")], [],
  "Typo in the hedge ('kan ej utelsutas') after a disease name: still a hedged PSC diagnosis in a visible section.")

C("gas-skane-sanolikt-autoimmun-hepatit-typo", "skane", ("1977-05-18", "228", "F"),
  [N("n1", "S_LEVER_MAL", ("Jonas Widell", L), "2024-06-03T10:10:00", [
      ("Bedömning", "Sanolikt autoimmun hepatit: ALAT 8,6, IgG 24 g/L, ANA 1:320 och anti-SMA positiv. Virushepatit är uteslutet med negativ serologi."),
      ("Planering", "Leverbiopsi v. 24 innan ställningstagande till prednisolon och azatioprin. Lab varannan vecka."),
  ])],
  [("NL102", "n1")], [],
  "Typo 'Sanolikt' before autoimmun hepatit is still a hedge; the negated virushepatit beside it does not cancel the positive.")

C("gas-vgr-endoskopi-talar-for-ulcerös-proktit", "vgr", ("2002-12-01", "064", "F"),
  [N("n1", "V_ENDO_MOLN", ("Oskar Lund", L), "2024-02-08T08:50:00", [
      ("Undersökning", "Sigmoideoskopi utan sedering. Från linea dentata och 12 cm upp kontinuerlig inflammation med förlust av kärlteckning, kontaktblödning och granulär slemhinna. Ovanför skarp övergång till normal slemhinna."),
      ("Bedömning", "Bilden talar för ulcerös kolit, proktit (Montreal E1). PAD kompletterar, remiss till IBD-mottagningen."),
  ], template="Endoskopianteckning")],
  [("NL102", "n1")], [],
  "Endoscopy note: 'talar för ulcerös kolit' is a hedged diagnosis in visible Bedömning.")

C("gas-skane-inger-misstanke-om-kolangiokarcinom", "skane", ("1952-08-26", "119", "M"),
  [N("n1", "S_GASTRO_LUND", ("Lena Bengtsson", L), "2024-04-04T15:45:00", [
      ("Bedömning", "MRCP 3/4 visar hilär striktur med proximal gallgångsdilatation bilateralt, vilket inger misstanke om kolangiokarcinom (Klatskintumör). CA 19-9 310."),
      ("Planering", "Tas upp på HPB-konferensen torsdag. ERCP med borstcytologi och stent bokas."),
  ])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'inger misstanke om kolangiokarcinom' in visible text; a serious hedged diagnosis that belongs in Tidiga hypoteser.")

C("gas-vgr-avdelning-ev-cdiff-kolit", "vgr", ("1949-04-11", "302", "F"),
  [N("n1", "V_UDD_AVD", ("Mikael Strand", L), "2024-03-12T11:30:00", [
      ("Aktuellt", "Vårddag 3. Fortsatt 8–10 tunna avföringar per dygn, CRP 142 från 96 igår. Fick klindamycin för tandabscess för två veckor sedan."),
      ("Bedömning", "Ev. C. difficile-kolit. F-C. difficile toxin skickat i morse, pat isoleras på enkelrum med egen toalett."),
      ("Åtgärd", "Ringer-acetat 2 liter iv. Vankomycin po 125 mg x 4 insätts vid positivt svar."),
  ], template="Daganteckning", signed=None)],
  [("NL102", "n1")], [],
  "Ward note: 'Ev. C. difficile-kolit' hedges an infectious colitis diagnosis of the patient (not a plan).")

C("gas-skane-ibd-ssk-telefon-trolig-virusgastroenterit", "skane", ("1990-10-05", "375", "M"),
  [N("n1", "S_IBD_MAL", ("Malin Persson", SSK), "2024-01-29T09:05:00", [
      ("Telefonkontakt", "Pat med Crohns sjukdom på ustekinumab ringer IBD-linjen. Kräkts tre gånger och haft diarré sedan igår kväll, båda barnen hemma med magsjuka förra veckan. Ingen feber, inget blod i avföringen."),
      ("Bedömning", "Trolig virusgastroenterit snarare än skov. Råd om vätska och vila, ringer upp på måndag för uppföljning."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [],
  "IBD nurse on the phone writes 'Trolig virusgastroenterit': nurses' hedged diagnoses are visible too.")

C("gas-vgr-mojlg-lakemedelsinducerad-leverskada-typo", "vgr", ("1958-02-27", "560", "F"),
  [N("n1", "V_SU_LEVER", ("Anders Holm", L), "2024-07-02T13:00:00", [
      ("Bedömning", "Möjlg läkemedelsinducerad leverskada av amoxicillin/klavulansyra som pat fick i maj, kolestatiskt mönster, RUCAM 6. Gallvägar ej vidgade på UL."),
      ("Planering", "Leverprover varannan vecka tills normalisering. Amoxicillin/klavulansyra undviks framöver, införs under varningar."),
  ])],
  [("NL102", "n1")], [],
  "Typo 'Möjlg' (möjlig) before läkemedelsinducerad leverskada (DILI): hedged diagnosis in visible Bedömning.")

C("gas-skane-kan-rora-sig-om-hemokormatos-typo", "skane", ("1966-06-15", "691", "M"),
  [N("n1", "S_YSTAD", ("Ingrid Mårtensson", L), "2024-09-10T10:20:00", [
      ("Bedömning", "Ferritin 1240 och transferrinmättnad 78 % vid två tillfällen. Kan röra sig om hereditär hemokormatos, HFE-genotypning skickad."),
  ])],
  [("NL102", "n1")], [],
  "'Kan röra sig om' before a misspelt diagnosis ('hemokormatos'): a clinician hedge phrase on a diagnosis, visible.")

C("gas-vgr-oklart-om-sibo-efter-ileocekalresektion", "vgr", ("1975-09-19", "388", "F"),
  [N("n1", "V_SKAS", ("Fredrik Dahl", L), "2024-10-15T14:30:00", [
      ("Aktuellt", "Crohn, ileocekalresektion 2019. Nu uppblåsthet, gasbildning och lösa avföringar efter måltid. F-kalprotektin 48, CRP <5, B12 lågt."),
      ("Bedömning", "Oklart om det rör sig om bakteriell överväxt i tunntarmen (SIBO) eller gallsyrediarré efter resektionen. Provar rifaximin 2 veckor, därefter kolestyramin om ingen effekt."),
  ])],
  [("NL102", "n1")], [],
  "'Oklart om det rör sig om SIBO eller gallsyrediarré': undecided between two diagnoses of the patient.")

C("gas-skane-barn-misstant-celiaki-9-ar-typo", "skane", ("2015-03-22", "244", "F"),
  [N("n1", "S_BARN_LUND", ("Sofia Lindgren", L), "2024-05-27T09:15:00", [
      ("Aktuellt", "9-årig flicka med magont, lös avföring och avplanande längdkurva sedan ett år. Äter allsidigt, ingen glutenfri kost."),
      ("Lab", "Transglutaminas-IgA >10 x övre referensgräns, total-IgA normalt."),
      ("Bedömning", "Misstänt celiaki. Enligt ESPGHAN-riktlinje kan diagnosen ställas utan biopsi om endomysieantikroppar är positiva, prov skickat. Fortsatt glutenhaltig kost tills svar."),
  ], template="Mottagningsanteckning läkare")],
  [("NL102", "n1")], [],
  "Child under 13 (guardian reads the journal): typo 'Misstänt celiaki' in a visible Melior section.")

C("gas-vgr-bild-som-vid-wilsons-sjukdom", "vgr", ("2004-11-02", "159", "M"),
  [N("n1", "V_SU_LEVER", ("Cecilia Berg", L), "2024-03-26T10:00:00", [
      ("Bedömning", "19-årig man med oklar hepatit, ALAT 4,2, ceruloplasmin 0,09 g/L och förhöjt dygnsurin-koppar. Bild som vid Wilsons sjukdom."),
      ("Planering", "Ögonkonsult för att leta Kayser-Fleischer-ring, genetisk analys ATP7B."),
  ])],
  [("NL102", "n1")], [],
  "'Bild som vid Wilsons sjukdom' presents an eponymous diagnosis as a pattern, i.e. hedged; visible.")
# ================================================================ part 2
# NL102 positives continued: ward, liver clinic, capsule answers, typos.

C("gas-skane-epikris-misstankt-koledokussten", "skane", ("1983-10-12", "526", "F"),
  [N("n1", "S_AVD_MAL", ("Erik Nordin", L), "2024-04-26T16:10:00", [
      ("Epikris", "Inkom via akuten med övre buksmärta och ikterus. Bilirubin 86, ALP 4,1, lipas normalt. UL visade gallstensfylld gallblåsa och koledokus vidgad till 11 mm. Snabbt smärtfri på paracetamol, sjunkande bilirubin."),
      ("Diagnos", "Misstänkt koledokussten. Kolecystolitiasis."),
      ("Åtgärd", "ERCP planeras polikliniskt början av maj, kallelse skickas hem. Remiss kirurgen för kolecystektomi."),
  ], template="Epikris")],
  [("NL102", "n1")], [],
  "Discharge summary: hedged diagnosis written in the Diagnos section of a visible note.")

C("gas-vgr-susp-perianal-fistel-crohn", "vgr", ("1994-06-07", "539", "M"),
  [N("n1", "V_SU_IBD", ("Annika Wallin", L), "2024-06-18T10:25:00", [
      ("Status", "Perianalt induration kl 7 i gynläge med sparsam sekretion, ingen fluktuation. Rektalpalpation lätt ömt, ingen striktur."),
      ("Bedömning", "Susp. perianal fistel vid känd Crohn-kolit. MR bäcken bokas och pat diskuteras med kolorektalkirurg."),
  ])],
  [("NL102", "n1")], [],
  "Abbreviated hedge 'Susp.' before a complication diagnosis (perianal fistel) in a visible section.")

C("gas-skane-missankt-pbc-typo", "skane", ("1969-01-25", "184", "F"),
  [N("n1", "S_HBG_MOT", ("Viktor Ljung", L), "2024-02-13T13:40:00", [
      ("Bedömning", "55-årig kvinna med klåda och trötthet, isolerat förhöjt ALP 3,2, AMA-M2 positiv. Missänkt primär biliär kolangit. Startar ursodeoxikolsyra 15 mg/kg, leverprover om 3 mån."),
  ])],
  [("NL102", "n1")], [],
  "Typo 'Missänkt' for misstänkt before primär biliär kolangit; still a visible hedged diagnosis.")

C("gas-vgr-trolgi-ischemisk-kolit-typo", "vgr", ("1946-02-14", "066", "F"),
  [N("n1", "V_KUNG", ("Johanna Falk", L), "2024-11-05T19:50:00", [
      ("Aktuellt", "78-årig kvinna med förmaksflimmer, plötslig vänstersidig buksmärta följd av blodblandad diarré. DT buk: väggförtjockning i colon descendens, inga fria gaser, mesenterialkärl öppetstående."),
      ("Bedömning", "Trolgi ischemisk kolit. Tarmvila, vätska iv, jourhavande kirurg kontaktad och bedömer ingen akut op-indikation."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Typo 'Trolgi' (trolig) before ischemisk kolit in an admission note; hedged diagnosis visible.")

C("gas-skane-lirads-4-misstanke-om-hcc", "skane", ("1959-12-30", "611", "M"),
  [N("n1", "S_LEVER_MAL", ("Therese Olofsson", L), "2024-08-20T11:15:00", [
      ("Uppföljning", "Känd alkoholrelaterad levercirros Child-Pugh A, nykter sedan 2021, ultraljudsövervakning halvårsvis. DT lever 4-fas 12/8: 24 mm lesion segment VI med arteriell uppladdning utan säker washout, LI-RADS 4."),
      ("Bedömning", "Misstanke om HCC. Tas upp på lever-MDK nästa vecka, AFP skickat."),
  ])],
  [("NL102", "n1")], [],
  "'Misstanke om HCC' after a LI-RADS 4 lesion: hedged cancer diagnosis visible (cirrhosis itself is settled).")

C("gas-vgr-inskrivning-akut-svar-uc-cmv-kan-ej-uteslutas", "vgr", ("1992-04-19", "153", "M"),
  [N("n1", "V_SU_AVD", ("Tobias Engström", L), "2024-08-13T21:35:00", [
      ("Inkomstorsak", "Skov av känd ulcerös kolit, 12 blodiga avföringar/dygn."),
      ("Anamnes", "32-årig man med UC (E3) sedan 2018, underhåll med vedolizumab sedan 2022. Försämring sedan tre veckor med tilltagande blod och slem, nattliga trängningar och tenesmer. Prednisolon 40 mg från VC sedan 8 dagar utan effekt. Ingen utlandsresa. F-odling tagen på VC negativ. Röker ej. Inga kända läkemedelsöverkänsligheter."),
      ("Status", "AT: blek, trött men opåverkad. Temp 38,1, puls 104, BT 118/72. Cor: RR, inga blåsljud. Pulm: ua bilat. Buk: mjuk, diffust öm över vänster kolon, inga peritonitretningar, tarmljud +."),
      ("Tidigare sjukdomar", "Appendektomi som barn, i övrigt inga kroniska sjukdomar. Vaccinerad mot pneumokocker och influensa hösten 2023 enligt IBD-mottagningens rekommendation."),
      ("Läkemedel", "Vedolizumab 300 mg iv var 8:e vecka, senast för fem veckor sedan. Prednisolon 40 mg x 1, mesalazin 2 g x 2, omeprazol 20 mg x 1."),
      ("Socialt", "Bor med flickvän i lägenhet, arbetar som elektriker. Sjukskriven sedan en vecka."),
      ("Lab", "Hb 98, LPK 13,4, CRP 118, albumin 27, kalium 3,2."),
      ("Röntgen", "Buköversikt: ingen kolondilatation, colon transversum 4,5 cm."),
      ("Bedömning", "Akut svår ulcerös kolit enligt Truelove-Witts. CMV-kolit kan ej uteslutas med tanke på steroidrefraktär bild under långvarig immunmodulering. Toxisk megakolon föreligger ej."),
      ("Planering", "Metylprednisolon 40 mg x 1 iv, Fragmin 5000 E sc, kaliumsubstitution. Sigmoideoskopi med biopsier för CMV-immunhistokemi i morgon. Kolorektalkirurg informeras redan ikväll. Dag 3-bedömning enligt Oxfordindex inför ställningstagande till räddningsbehandling."),
      ("Omvårdnad", "Avföringslista och vätskelista startade av ssk. Lätt kost och nutritionsdryck två gånger dagligen. Mobiliseras fritt, fall- och trycksårsrisk bedömd som låg."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long admission chart: the settled UC and the negated megakolon are fine, but 'CMV-kolit kan ej uteslutas' is a visible hedged diagnosis.")

C("gas-skane-gallsyremalabsorption-fragetecken-planering", "skane", ("1981-08-08", "742", "F"),
  [N("n1", "S_HLM", ("Gustav Åberg", L), "2024-09-24T15:05:00", [
      ("Planering", "Gallsyremalabsorption? SeHCAT-undersökning bokas på klinisk fysiologi, därefter återbesök. Loperamid vid behov tills vidare."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "Unsigned draft: a diagnosis with '?' in the Planering section is hedged and visible once signed.")

C("gas-vgr-misstankta-esofagusvaricer", "vgr", ("1963-05-05", "237", "M"),
  [N("n1", "V_NAL", ("Linnea Forsberg", L), "2024-05-06T09:45:00", [
      ("Bedömning", "Trombocyter 88, mjälte 15 cm och lite ascites på UL. Tecken på portal hypertension, misstänkta esofagusvaricer. Gastroskopi för varicesscreening bokas, betablockad avvaktas tills dess."),
  ])],
  [("NL102", "n1")], [],
  "'misstänkta esofagusvaricer' (plural adjective form of the hedge) in visible Bedömning.")

C("gas-skane-avd-forenligt-med-hepatisk-encefalopati", "skane", ("1957-11-11", "471", "M"),
  [N("n1", "S_AVD_LUND", ("Hanna Sandberg", L), "2024-12-03T10:50:00", [
      ("Aktuellt", "Orolig natt enligt ssk, vänd dygnsrytm, desorienterad till tid. Flapping tremor. Ammoniak 92."),
      ("Bedömning", "Förenligt med hepatisk encefalopati grad 2 hos pat med dekompenserad cirros, utlöst av obstipation? Inga tecken på GI-blödning, Hb stabilt 112."),
      ("Åtgärd", "Laktulos upptitreras till 2–3 mjuka avföringar/dygn, rifaximin 550 mg x 2 insätts."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Ward round: 'Förenligt med hepatisk encefalopati' is a hedged diagnosis in a visible section.")

C("gas-vgr-jour-mojligen-spontan-bakteriell-peritonit", "vgr", ("1955-07-21", "820", "F"),
  [N("n1", "V_SKAS_AVD", ("Ali Haddad", L), "2024-02-24T02:15:00", [
      ("Aktuellt", "Tillsyn jourtid pga feber 38,6 och tilltagande bukspänning hos pat med känd cirros och ascites."),
      ("Status", "Buk spänd, diffust lätt öm, inga peritonitretningar. Cirkulatoriskt stabil, BT 105/60, puls 92."),
      ("Bedömning", "Möjligen spontan bakteriell peritonit. Diagnostisk ascitespunktion utförd, celler och odling skickade. Cefotaxim iv insatt i väntan på svar."),
  ], template="Jouranteckning")],
  [("NL102", "n1")], [],
  "Night note: 'Möjligen' (adverb form of möjlig) before spontan bakteriell peritonit.")

C("gas-skane-misstankt-hepatit-e-vildsvin", "skane", ("1972-03-03", "297", "M"),
  [N("n1", "S_GASTRO_MAL", ("Louise Fransson", L), "2024-10-08T08:40:00", [
      ("Aktuellt", "Akut hepatit med ALAT 22 och lätt ikterus. HAV, HBV och HCV negativa. Jägare, äter ofta vildsvinskött."),
      ("Bedömning", "Misstänkt hepatit E. Anti-HEV IgM och HEV-RNA skickat, pat sjukskrivs en vecka."),
  ])],
  [("NL102", "n1")], [],
  "Hedged viral hepatitis diagnosis (hepatit E) next to negated hepatitis A/B/C; the hedged one is visible.")

C("gas-vgr-differentialdiagnostiskt-intestinal-tuberkulos", "vgr", ("1995-09-29", "815", "M"),
  [N("n1", "V_SU_GASTRO", ("Maja Lindholm", L), "2024-11-19T13:55:00", [
      ("Bedömning", "Ileocekal inflammation med ulcerationer hos man född i Somalia, i Sverige sedan 2019. Crohns sjukdom främsta alternativet men intestinal tuberkulos måste övervägas differentialdiagnostiskt, Quantiferon positivt."),
      ("Planering", "Biopsier för mykobakterieodling och PCR, lungröntgen. Ingen immunsuppression innan tbc avskrivits."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "Unsigned draft weighing Crohn against intestinal tuberculosis ('övervägas differentialdiagnostiskt').")

C("gas-skane-inte-osannolikt-diabetisk-gastropares", "skane", ("1979-12-12", "446", "F"),
  [N("n1", "S_KRIST", ("Nils Ekström", L), "2024-03-19T10:35:00", [
      ("Bedömning", "Typ 1-diabetiker sedan 30 år med tidig mättnad, illamående och kräkningar av gammal mat. Gastroskopi visar matrester i ventrikeln trots 12 timmars fasta, ingen obstruktion. Inte osannolikt att det rör sig om diabetisk gastropares; ventrikeltömningsscintigrafi beställs."),
  ])],
  [("NL102", "n1")], [],
  "Litotes hedge 'Inte osannolikt att det rör sig om' before a diagnosis of the patient.")

C("gas-vgr-trol-autoimmun-pankreatit-igg4", "vgr", ("1961-02-06", "093", "M"),
  [N("n1", "V_SU_GASTRO", ("Sanna Hedlund", L), "2024-07-16T11:20:00", [
      ("Utredning", "DT buk: korvformad pankreas med hypoattenuerande rand, inga förkalkningar. IgG4 3,1 g/L."),
      ("Bedömning", "Trol. autoimmun pankreatit typ 1. EUS med finnålsbiopsi för att utesluta malignitet innan steroidbehandling."),
  ])],
  [("NL102", "n1")], [],
  "Abbreviated hedge 'Trol.' before autoimmun pankreatit in a visible section.")

C("gas-vgr-kapselsvar-talar-for-nsaid-enteropati", "vgr", ("1970-10-10", "348", "F"),
  [N("n1", "V_SAS_KAPSEL", ("Daniel Axelsson", L), "2024-04-11T15:30:00", [
      ("Fynd", "Ett tiotal små erosioner och två cirkulära diafragmaliknande förträngningar i distala jejunum, kapseln passerar. Ingen pågående blödning."),
      ("Bedömning", "Fynden talar för NSAID-enteropati mot bakgrund av långvarigt diklofenakbruk. Differentialdiagnos Crohns sjukdom."),
  ], template="Kapselendoskopi utlåtande")],
  [("NL102", "n1")], [],
  "VGR capsule answer: 'talar för NSAID-enteropati' plus a named differentialdiagnos, both hedged, visible.")
# ================================================================ part 3
# NL102 positives with twists: protected neighbour, '?', 'ej uteslutet', long chart.

C("gas-skane-th-mall-skyddar-inte-efterfoljande-lakaranteckning", "skane", ("1950-06-30", "135", "M"),
  [N("n1", "S_GASTRO_MAL", ("Ulf Sjögren", L), "2024-03-04T11:00:00", [
      ("Bedömning", "DT buk visar 3 cm lågattenuerande process i pankreashuvudet, misstänkt pankreascancer. Diskuteras på pankreas-MDK innan pat får besked."),
  ], template="Tidiga hypoteser"),
   N("n2", "S_GASTRO_MAL", ("Ulf Sjögren", L), "2024-03-04T11:25:00", [
      ("Aktuellt", "Viktnedgång 7 kg, mörk urin och klåda sedan tre veckor. Bilirubin 124, ALP 6,8."),
      ("Bedömning", "Trolig malign gallvägsobstruktion. ERCP med stentinläggning bokas snarast."),
  ])],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: the Tidiga hypoteser template protects n1 only; the ordinary note n2 written the same day carries its own visible hedge.")

C("gas-vgr-th-sokord-plus-ev-masld-i-bedomning", "vgr", ("1977-03-08", "455", "M"),
  [N("n1", "V_ALI", ("Petra Blom", L), "2024-06-11T14:00:00", [
      ("Aktuellt", "ALAT 2,4, GT 4,8 vid hälsokontroll via företagshälsovården. UL: diffust ökad ekogenicitet i levern."),
      ("Tidiga hypoteser", "Trolig alkoholrelaterad leverskada, PEth 1,2 µmol/L, pat uppger 4–5 standardglas i veckan."),
      ("Bedömning", "Förhöjda leverprover och fettlever på UL. Ev. MASLD, ny kontroll med fibroscan om tre månader."),
  ], signed=None)],
  [("NL102", "n1")], [],
  "VGR: one hypothesis sits under the protected sökord, but 'Ev. MASLD' stands in the visible Bedömning of the same note.")

C("gas-skane-ileit-crohn-fragetecken-yersinia", "skane", ("1999-07-14", "206", "F"),
  [N("n1", "S_HBG_AVD", ("Rasmus Holmberg", L), "2024-09-02T12:30:00", [
      ("Bedömning", "Akut terminal ileit på DT, CRP 76, afebril. Crohn? Yersinia? Serologi och F-odling skickade, avvaktar med kortison."),
  ], template="Daganteckning")],
  [("NL102", "n1")], [],
  "Telegraphic 'Crohn? Yersinia?': a diagnosis with a bare question mark is a hedge.")

C("gas-vgr-kan-inte-helt-utesluta-refraktar-celiaki", "vgr", ("1965-04-27", "682", "F"),
  [N("n1", "V_NAL", ("Olle Granström", L), "2024-10-22T10:15:00", [
      ("Aktuellt", "Celiaki sedan 2010, strikt glutenfri kost bekräftad av dietist. Fortsatt diarré, viktnedgång och totala villusatrofi vid ny gastroskopi."),
      ("Bedömning", "Kan inte helt utesluta refraktär celiaki typ 2. Biopsier skickas för T-cellsklonalitet och flödescytometri."),
  ])],
  [("NL102", "n1")], [],
  "Settled celiaki with a hedged complication diagnosis ('Kan inte helt utesluta refraktär celiaki').")

C("gas-skane-fragestallning-celiaki-sokord", "skane", ("1999-11-11", "504", "F"),
  [N("n1", "S_GASTRO_MAL", ("Amanda Rydberg", L), "2024-01-23T09:10:00", [
      ("Frågeställning", "Celiaki hos 24-årig kvinna med järnbrist och tTG-IgA 38?"),
      ("Planering", "Gastroskopi med fyra duodenalbiopsier och en från bulben. Pat uppmanas äta gluten fram till undersökningen."),
  ])],
  [("NL102", "n1")], [],
  "The question posed in a Frågeställning section names a diagnosis of the patient: an open hypothesis, visible.")

C("gas-vgr-ibd-ssk-trolig-fordrojd-overkanslighet-infliximab", "vgr", ("1988-12-19", "279", "M"),
  [N("n1", "V_SU_IBD", ("Jenny Carlsson", SSK), "2024-07-29T13:45:00", [
      ("Telefonkontakt", "Pat ringer om utslag på bålen och ledvärk i händer och knän som debuterat 9 dagar efter infliximabinfusion nr 4. Lätt feber 37,9."),
      ("Bedömning", "Trolig fördröjd överkänslighetsreaktion mot infliximab. Dr Ahmadi kontaktad, pat kommer på akut besök i eftermiddag."),
  ], template="Telefonanteckning")],
  [("NL102", "n1")], [("NL101", "n1")],
  "IBD nurse: hedged adverse drug reaction diagnosis ('Trolig fördröjd överkänslighetsreaktion').")

C("gas-vgr-barn-8-ar-trolig-crohn", "vgr", ("2016-01-08", "313", "M"),
  [N("n1", "V_BARN", ("Karolina Wiik", L), "2024-02-29T10:30:00", [
      ("Anamnes", "8-årig pojke, remitterad från barnmottagningen Borås pga perianal abscess som dränerats två gånger och avplanad viktkurva. F-kalprotektin 1100."),
      ("Bedömning", "Trolig Crohns sjukdom. Gastroskopi och ileokoloskopi i narkos bokas, MR tunntarm samma dag."),
  ])],
  [("NL102", "n1")], [],
  "Child under 13 in VGR: 'Trolig Crohns sjukdom' visible to the guardians.")

C("gas-vgr-sannolik-alfa-1-antitrypsinbrist", "vgr", ("1980-09-09", "571", "M"),
  [N("n1", "V_SU_LEVER", ("Ebba Nyström", L), "2024-05-21T09:55:00", [
      ("Bedömning", "Lätt förhöjda transaminaser sedan flera år, nu S-alfa-1-antitrypsin 0,6 g/L. Sannolik alfa-1-antitrypsinbrist, fenotyp och genotyp skickade. Bror har KOL, rökare."),
  ])],
  [("NL102", "n1")], [],
  "'Sannolik' before an inherited liver disease of the patient; the brother's KOL is a side remark.")

C("gas-skane-lang-crohn-arskontroll-misstankt-sakroiliit", "skane", ("1991-05-31", "726", "F"),
  [N("n1", "S_IBD_LUND", ("Markus Thörn", L), "2024-11-12T14:20:00", [
      ("Anamnes", "Crohns sjukdom L3B1 sedan 2015, adalimumab 40 mg varannan vecka sedan 2020. Senaste koloskopi 2023 med mukosal läkning. Inga perianala besvär. Arbetar som förskollärare, röker ej."),
      ("Aktuellt", "Mår bra mag-tarmmässigt, 1–2 formade avföringar per dag utan blod. Sedan i somras morgonstelhet i ländryggen 1 h och nattlig smärta som går över vid rörelse. Ingen viktnedgång."),
      ("Status", "AT gott. Vikt 64 kg, stabil. Buk mjuk, oöm, ingen resistens. Perianalt u.a. Nedsatt rörlighet i ländryggen, Schobers test 3 cm, palpöm över båda SI-lederna."),
      ("Lab", "Hb 131, CRP 9, albumin 38, F-kalprotektin 62, adalimumab-koncentration 7,8 utan antikroppar."),
      ("Läkemedel", "Adalimumab 40 mg sc varannan vecka, kalcium/D-vitamin 500 mg/800 IE x 1, p-piller. Inga NSAID senaste året efter råd från IBD-mottagningen."),
      ("Socialt", "Sambo, två barn 4 och 7 år. Tränar löpning två gånger i veckan men har fått avstå senaste månaden pga ryggen."),
      ("Hereditet", "Pappa har psoriasis, i övrigt ingen känd IBD eller reumatisk sjukdom i släkten."),
      ("Bedömning", "Crohns sjukdom i klinisk och biokemisk remission. Inflammatorisk ryggsmärta, misstänkt sakroiliit som extraintestinal manifestation. MR SI-leder beställd, remiss reumatologen."),
      ("Planering", "Fortsatt adalimumab oförändrad dos. Bentäthetsmätning nästa år. Årskontroll med kalprotektin, blodstatus och D-vitamin om 12 mån, IBD-ssk ringer efter MR."),
  ], template="Mottagningsanteckning läkare")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long annual IBD chart where the Crohn is settled; the only hedge is 'misstänkt sakroiliit' in Bedömning.")

C("gas-vgr-mikroskopisk-kolit-ej-uteslutet", "vgr", ("1954-10-30", "048", "F"),
  [N("n1", "V_SAS", ("Björn Isaksson", L), "2024-12-10T11:40:00", [
      ("Bedömning", "Vattniga diarréer sedan 3 mån, sertralin insatt i somras. Koloskopi makroskopiskt normal. Mikroskopisk kolit ej uteslutet, PAD från stegbiopsier inväntas."),
  ])],
  [("NL102", "n1")], [],
  "'ej uteslutet' contains a negation word but means the diagnosis is still possible: hedged, not negated.")

C("gas-skane-differntialdiagnos-divertikulit-typo", "skane", ("1962-08-17", "195", "M"),
  [N("n1", "S_HBG_AVD", ("Ida Lundqvist", L), "2024-07-08T17:25:00", [
      ("Bedömning", "Vänstersidig nedre buksmärta sedan två dygn och feber 38,4, CRP 88. Differntialdiagnos divertikulit eller ischemisk kolit, DT buk med kontrast beställd."),
  ], template="Inskrivningsanteckning")],
  [("NL102", "n1")], [],
  "Typo 'Differntialdiagnos' followed by two diagnoses of the patient; hedged and visible.")
# ================================================================ part 4
# NL102 negatives: negation, relatives, plan hedges, conditionals, protected, PMO.

C("gas-vgr-ingen-misstanke-om-chrons-typo", "vgr", ("1993-03-17", "622", "F"),
  [N("n1", "V_SKAS", ("Emil Westberg", L), "2024-01-30T13:10:00", [
      ("Utredning", "Ileokoloskopi: terminala ileum intuberat 10 cm, normal slemhinna. Kolon u.a., biopsier utan inflammation."),
      ("Bedömning", "Ingen misstanke om Chrons sjukdom. Åter till VC med råd om låg-FODMAP-kost via dietist."),
  ])],
  [], [("NL102", "n1")],
  "Negated diagnosis with the common typo 'Chrons': 'Ingen misstanke om' must not fire NL102.")

C("gas-skane-ibd-och-mikroskopisk-kolit-uteslutes", "skane", ("1974-12-04", "851", "M"),
  [N("n1", "S_YSTAD", ("Camilla Håkansson", L), "2024-02-20T10:45:00", [
      ("Bedömning", "F-kalprotektin 90, koloskopi med stegbiopsier utan anmärkning. Mikroskopisk kolit och IBD uteslutes. Lösa avföringar efter kaffe och sötningsmedel, kostråd givna."),
  ])],
  [], [("NL102", "n1")],
  "'uteslutes' after the diagnoses rules them out: negated, no NL102.")

C("gas-vgr-inga-tekcen-pa-cirros-typo", "vgr", ("1968-09-23", "435", "M"),
  [N("n1", "V_SU_LEVER", ("Helena Magnusson", L), "2024-03-05T15:20:00", [
      ("Aktuellt", "Hepatit C genotyp 3, behandlad 2022 med sofosbuvir/velpatasvir, SVR12 uppnådd."),
      ("Bedömning", "Fibroscan 5,2 kPa, UL med slät leveryta och normalstor mjälte. Inga tekcen på cirros eller avancerad fibros, avslutas från levermottagningen."),
  ])],
  [], [("NL102", "n1")],
  "Settled past hepatitis C plus a negation with a typo ('Inga tekcen på cirros'): nothing hedged.")

C("gas-skane-barn-7-ar-talar-emot-celiaki", "skane", ("2017-01-06", "177", "M"),
  [N("n1", "S_BARN_LUND", ("Elsa Rosén", L), "2024-04-16T08:55:00", [
      ("Aktuellt", "7-årig pojke med återkommande magont och hård avföring var tredje dag sedan skolstarten."),
      ("Bedömning", "tTG-IgA <1 med normalt total-IgA talar emot celiaki. Obstipation, behandlas med makrogol och toalettschema, återbesök om två månader."),
  ])],
  [], [("NL102", "n1")],
  "Child: 'talar emot celiaki' is the opposite of a hedge; the settled obstipation is no hypothesis.")

C("gas-vgr-hereditet-mor-crohn-morbror-ev-celiaki", "vgr", ("1998-01-30", "286", "F"),
  [N("n1", "V_ALI", ("Patrik Svensson", L), "2024-05-02T14:35:00", [
      ("Anamnes", "Hereditet: mor har Crohns sjukdom, morbror ev. celiaki. Pat själv tidigare frisk."),
      ("Bedömning", "Växlande avföringsvanor och uppblåsthet vid stress, F-kalprotektin 18 och tTG negativt. Funktionella tarmbesvär, ingen ytterligare utredning."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "The only hedged diagnosis ('ev. celiaki') belongs to the patient's uncle, not the patient.")

C("gas-skane-ev-remiss-kolorektalkirurg-resektion", "skane", ("1987-07-07", "593", "M"),
  [N("n1", "S_IBD_MAL", ("Josefin Ahl", L), "2024-06-25T11:00:00", [
      ("Bedömning", "Crohns sjukdom med fibrostenotisk striktur i terminala ileum enligt MR tunntarm, subobstruktiva besvär efter fiberrik mat. Ev. remiss till kolorektalkirurg för ställningstagande till ileocekalresektion, tas upp på IBD-ronden."),
  ], signed=None)],
  [], [("NL102", "n1")],
  "'Ev.' hedges a referral (a plan), while the Crohn and the stricture are settled.")

C("gas-vgr-avd-trolig-utskrivning-efter-pankreatit", "vgr", ("1970-05-12", "319", "M"),
  [N("n1", "V_SKAS_AVD", ("Lisa Borg", L), "2024-07-10T09:20:00", [
      ("Aktuellt", "Akut alkoholutlöst pankreatit, vårddag 4. Äter normalkost utan smärta, lipas sjunkande. Trolig utskrivning i morgon förmiddag."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Trolig' hedges the discharge, not a diagnosis; the pancreatitis is settled.")

C("gas-skane-eventuellt-ny-dt-om-fortsatt-smarta", "skane", ("1951-11-28", "740", "F"),
  [N("n1", "S_TRELL", ("Mattias Kling", L), "2024-08-27T10:05:00", [
      ("Bedömning", "Okomplicerad divertikulit i sigmoideum verifierad med DT igår, CRP 104 idag från 131. Eventuellt ny DT buk om fortsatt smärta efter 48 timmar."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'Eventuellt ny DT' is a conditional plan; the diverticulitis is verified, not hedged.")

C("gas-vgr-ibd-ssk-om-feber-eller-blod-kontakta", "vgr", ("1989-02-02", "368", "F"),
  [N("n1", "V_SU_IBD", ("Agnes Lindblad", SSK), "2024-09-17T10:30:00", [
      ("Telefonkontakt", "Ulcerös kolit i remission på tofacitinib, ringer inför utlandsresa. Får råd om vaccin och reseapotek."),
      ("Åtgärd", "Om feber, blod i avföringen eller fler än sex tömningar per dygn ska pat kontakta IBD-mottagningen samma dag eller söka akut."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "Safety-net advice is conditional ('Om feber ...'), not a hedged diagnosis.")

C("gas-skane-th-mall-misstankt-koloncancer", "skane", ("1948-03-09", "215", "M"),
  [N("n1", "S_ENDO_MAL", ("Karl Fridh", L), "2024-10-01T13:30:00", [
      ("Fynd", "Ulcererande cirkulär tumör i sigmoideum 25 cm från anus, passerbar med pediatriskt koloskop. Biopsier tagna."),
      ("Bedömning", "Misstänkt koloncancer. DT thorax-buk beställd, kolorektal-MDK."),
  ], template="Tidiga hypoteser")],
  [], [("NL102", "n1")],
  "Skåne protects by template: the whole note is Tidiga hypoteser, so the suspected cancer is not visible.")

C("gas-vgr-th-sokord-enda-platsen-for-esofaguscancer", "vgr", ("1956-01-19", "457", "M"),
  [N("n1", "V_NAL", ("Simon Åkesson", L), "2024-10-29T11:10:00", [
      ("Aktuellt", "Tilltagande sväljningssvårigheter för fast föda sedan två månader, viktnedgång 6 kg. Inga tidigare magbesvär."),
      ("Tidiga hypoteser", "Misstänkt esofaguscancer i första hand."),
      ("Planering", "Gastroskopi inom en vecka, nutritionsdrycker via dietist."),
  ])],
  [], [("NL102", "n1")],
  "VGR protects by sökord: the only hedged diagnosis is under Tidiga hypoteser; the visible sections hold symptoms and a plan.")

C("gas-skane-pmo-vc-misstankt-celiaki-remiss", "skane", ("1984-04-04", "828", "F"),
  [N("n1", "P_VC_LINERO", ("Mohammed Rahimi", L), "2024-02-06T15:40:00", [
      ("Bedömning", "Misstänkt celiaki med tTG-IgA 45 och järnbrist. Remiss till gastromottagningen för gastroskopi, fortsätter äta gluten."),
  ], template="Besöksanteckning")],
  [], [("NL102", "n1")],
  "PMO never shows diagnoses to the patient: a hedged celiaki in a vårdcentral note is not NL102.")

C("gas-skane-pmo-trolig-ibs-kort", "skane", ("1997-11-15", "664", "F"),
  [N("n1", "P_VC_SORGENFRI", ("Lotta Brandt", L), "2024-03-14T11:50:00", [
      ("Bedömning", "Trolig IBS, F-kalprotektin 20, tTG neg. Råd om regelbundna måltider."),
  ], template="Besöksanteckning", signed=None)],
  [], [("NL102", "n1")],
  "Short PMO note with 'Trolig IBS': PMO notes are exempt from NL102.")

C("gas-vgr-ibd-ssk-ev-lite-blod-pa-pappret", "vgr", ("1982-10-28", "731", "M"),
  [N("n1", "V_SU_IBD", ("Moa Ekberg", SSK), "2024-11-26T08:35:00", [
      ("Telefonkontakt", "Pat med UC i remission på mesalazin uppger ev. lite blod på pappret vid ett tillfälle i helgen, i övrigt formad avföring en gång dagligen. Ingen buksmärta."),
      ("Åtgärd", "Kalprotektinrör skickas hem, ringer med svar."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "'ev.' hedges a symptom (a little blood), not a diagnosis; the UC is settled.")

C("gas-skane-oklart-om-pat-tar-mesalazin", "skane", ("2001-06-21", "186", "F"),
  [N("n1", "S_IBD_LUND", ("Alexander Wik", L), "2024-12-05T13:15:00", [
      ("Bedömning", "Ulcerös kolit, vänstersidig, lindrig aktivitet med kalprotektin 410. Oklart om pat tar sin mesalazin regelbundet, uttagen från apoteket glesa. Följsamhet diskuterad, doseras nu en gång dagligen."),
  ])],
  [], [("NL102", "n1")],
  "'Oklart om' is about adherence, not about a diagnosis; the UC is settled.")

C("gas-vgr-bekraftad-crohn-montreal-remission", "vgr", ("1999-12-24", "719", "M"),
  [N("n1", "V_SAS", ("Rebecka Hall", L), "2024-04-09T09:25:00", [
      ("Diagnos", "Crohns sjukdom L3B1 enligt Montreal, diagnostiserad 2019."),
      ("Bedömning", "Klinisk och endoskopisk remission på infliximab 5 mg/kg var 8:e vecka. Fortsätter oförändrat, nästa koloskopi 2026."),
  ])],
  [], [("NL102", "n1")],
  "Settled diagnosis written plainly, no hedge anywhere: no NL102.")
# ================================================================ part 5
# NL102 hard negatives: look like positives but are ruled out, not diagnoses, or PMO.

C("gas-skane-misstanken-om-celiaki-avskrivs", "skane", ("1986-08-19", "340", "F"),
  [N("n1", "S_GASTRO_LUND", ("Kristoffer Lind", L), "2024-01-11T14:05:00", [
      ("Utredning", "Duodenalbiopsier efter sex veckors glutenbelastning: normal villusarkitektur, Marsh 0. HLA-DQ2/DQ8 negativ."),
      ("Bedömning", "Misstanken om celiaki avskrivs. Pat kan äta som vanligt, åter till VC."),
  ])],
  [], [("NL102", "n1")],
  "'Misstanken om celiaki avskrivs': the hedge word is there but the diagnosis is written off.")

C("gas-vgr-nydebuterad-uc-infektios-kolit-avfardas", "vgr", ("2003-04-09", "579", "M"),
  [N("n1", "V_SKAS", ("Hampus Eld", L), "2024-02-27T10:50:00", [
      ("Bedömning", "Nydebuterad ulcerös kolit, vänstersidig, PAD-verifierad med kryptabscesser och kronisk arkitekturstörning. Infektiös kolit avfärdas då F-odling, parasiter och C. difficile är negativa."),
      ("Planering", "Mesalazin 4 g po och 1 g rektalt, IBD-ssk ringer om två veckor."),
  ])],
  [], [("NL102", "n1")],
  "Settled UC plus an alternative explicitly dismissed ('avfärdas'): no hedged diagnosis remains.")

C("gas-skane-ingen-misstake-om-malignitet-typo", "skane", ("1957-06-24", "415", "M"),
  [N("n1", "S_ENDO_MAL", ("Sofie Pålsson", L), "2024-03-21T09:40:00", [
      ("Fynd", "Ventrikelsår 8 mm i angulus med rena kanter och fibrinbelagd botten, inga stigmata. Biopsier tagna från sårkanten samt för H. pylori."),
      ("Bedömning", "Ventrikelsår hos pat med dagligt naproxenintag mot knäartros. Ingen misstake om malignitet makroskopiskt."),
  ], template="Endoskopianteckning")],
  [], [("NL102", "n1")],
  "Typo in a negation ('Ingen misstake om malignitet'); the ulcer is a settled finding, nothing hedged.")

C("gas-vgr-leverbiopsi-ej-forenligt-med-aih", "vgr", ("1973-02-16", "502", "F"),
  [N("n1", "V_SU_LEVER", ("Isak Holmqvist", L), "2024-04-30T13:25:00", [
      ("Bedömning", "Leverbiopsi: lätt makrovesikulär steatos, ingen interface-hepatit eller plasmacellsinfiltration. Ej förenligt med autoimmun hepatit, ANA-titern 1:80 bedöms ospecifik. Livsstilsråd, ingen immunsuppression."),
  ])],
  [], [("NL102", "n1")],
  "'Ej förenligt med autoimmun hepatit' negates a hedge phrase: ruled out, not suspected.")

C("gas-skane-fragestallning-om-adalimumab-under-graviditet", "skane", ("1994-09-12", "366", "F"),
  [N("n1", "S_IBD_MAL", ("Jakob Lindahl", L), "2024-05-08T10:35:00", [
      ("Frågeställning", "Ska pat fortsätta med adalimumab under graviditeten?"),
      ("Bedömning", "Crohns sjukdom i remission sedan 2021, nu gravid v. 9. Adalimumab fortsätter enligt ECCO, sista dos planeras kring v. 36. Barnet ska inte få levande vaccin under första halvåret."),
  ])],
  [], [("NL102", "n1")],
  "The Frågeställning is a treatment question, not a diagnostic hypothesis; the Crohn is settled.")

C("gas-vgr-kalium-trolig-hemolys-i-provet", "vgr", ("1965-11-30", "613", "M"),
  [N("n1", "V_UDD_AVD", ("Therese Lundgren", L), "2024-06-14T08:15:00", [
      ("Aktuellt", "Alkoholrelaterad hepatit under behandling med prednisolon dag 5, bilirubin sjunkande till 145. Kalium 5,9 i morse men trolig hemolys i provet enligt lab, omtas med venös provtagning."),
  ], template="Daganteckning")],
  [], [("NL102", "n1")],
  "'trolig hemolys i provet' is a pre-analytical artefact of the sample, not a diagnosis of the patient.")

C("gas-skane-mojlig-forbattring-av-fistelsekretionen", "skane", ("1990-01-14", "780", "F"),
  [N("n1", "S_IBD_LUND", ("Daniel Nyqvist", L), "2024-07-23T14:50:00", [
      ("Bedömning", "Perianal fistulerande Crohns sjukdom med seton sedan mars. Möjlig förbättring av fistelsekretionen sedan start av ustekinumab, pat byter kompress en gång om dagen i stället för tre."),
  ])],
  [], [("NL102", "n1")],
  "'Möjlig' hedges an improvement in the course, not a diagnosis.")

C("gas-vgr-kapsel-nadde-ev-inte-kolon-inga-tecken", "vgr", ("1978-07-27", "853", "M"),
  [N("n1", "V_SAS_KAPSEL", ("Gunilla Rask", L), "2024-08-06T15:05:00", [
      ("Fynd", "Kapseln nådde ev. inte colon under registreringstiden, sista bilder från distala ileum. Inget blod i lumen."),
      ("Bedömning", "Ofullständig undersökning. Inga tecken på Crohns sjukdom eller blödningskälla i den undersökta delen av tunntarmen."),
  ], template="Kapselendoskopi utlåtande")],
  [], [("NL102", "n1")],
  "Capsule answer: 'ev.' is about the capsule's passage and Crohn is negated ('Inga tecken på').")

C("gas-skane-utreddes-2018-for-misstankt-celiaki-uteslutet", "skane", ("1983-05-05", "128", "F"),
  [N("n1", "S_KRIST", ("Hugo Wennberg", L), "2024-09-03T11:45:00", [
      ("Anamnes", "Utreddes 2018 för misstänkt celiaki, uteslutet med normala biopsier. Hypotyreos på levaxin."),
      ("Bedömning", "Nu järnbrist efter två graviditeter och rikliga menstruationer, gastroskopi och koloskopi u.a. Järninfusion, remiss gynekolog."),
  ])],
  [], [("NL102", "n1")],
  "A past suspicion that was ruled out in 2018 is no open hypothesis today.")

C("gas-vgr-hepatit-b-uteslutet-infor-biologika", "vgr", ("1996-03-21", "431", "M"),
  [N("n1", "V_SU_IBD", ("Nora Samuelsson", L), "2024-09-30T13:35:00", [
      ("Utredning", "Inför start av infliximab: HBsAg och anti-HBc negativa, hepatit B uteslutet. Quantiferon negativt, lungröntgen u.a."),
      ("Planering", "Hepatit B-vaccination påbörjas, första infusion om två veckor."),
  ])],
  [], [("NL102", "n1")],
  "Pre-biologic screening: 'hepatit B uteslutet' is negated, nothing is suspected.")

C("gas-skane-pmo-hemsjukvard-kan-ej-utesluta-encefalopati", "skane", ("1944-09-08", "155", "M"),
  [N("n1", "P_HSJV_ESLOV", ("Birgitta Olsson", SSK), "2024-10-14T16:20:00", [
      ("Aktuellt", "Hembesök. Pat med känd levercirros och ascites, ökat bukomfång och förvirrad enligt hustrun sedan igår."),
      ("Bedömning", "Kan ej utesluta hepatisk encefalopati. Jourläkare på VC kontaktad, pat skickas till akuten med ambulans."),
  ], template="Hembesök")],
  [], [("NL102", "n1")],
  "Hemsjukvård documents in PMO, which never shows diagnoses: the hedged encephalopathy is not NL102.")

C("gas-skane-pmo-vc-misstankt-gallstensanfall", "skane", ("1976-10-03", "248", "F"),
  [N("n1", "P_VC_TOMELILLA", ("Peter Henningsson", L), "2024-11-07T10:10:00", [
      ("Anamnes", "Smärta under höger revbensbåge efter fet middag, strålar mot skulderbladet, varat fyra timmar."),
      ("Bedömning", "Misstänkt gallstensanfall, smärtfri efter diklofenak. UL gallvägar beställs, leverprover tagna."),
  ], template="Besöksanteckning")],
  [], [("NL102", "n1")],
  "PMO vårdcentral note with a suspected gallstone attack: PMO is exempt from NL102.")

C("gas-vgr-troligen-missat-adalimumabdos-semester", "vgr", ("1992-12-09", "524", "F"),
  [N("n1", "V_SU_IBD", ("Elias Fors", SSK), "2024-08-19T11:25:00", [
      ("Telefonkontakt", "Pat med Crohns sjukdom har troligen missat en dos adalimumab under semestern i Grekland, sprutorna blev kvar i kylskåpet hemma. Mår bra, ingen diarré."),
      ("Åtgärd", "Tar nästa dos idag och fortsätter därefter varannan vecka som vanligt."),
  ], template="Telefonanteckning")],
  [], [("NL102", "n1")],
  "'troligen' hedges a missed dose (an event), not a diagnosis.")

C("gas-skane-pat-orolig-for-tarmcancer-koloskopi-ua", "skane", ("1969-04-15", "071", "M"),
  [N("n1", "S_HLM", ("Maria Jeppsson", L), "2024-12-17T09:30:00", [
      ("Aktuellt", "Pat orolig för tarmcancer eftersom pappan dog av koloncancer vid 62 års ålder."),
      ("Bedömning", "Koloskopi till caekum utan anmärkning, inga polyper, ingen malignitet. Ny koloskopi om fem år enligt screeningprogram för hereditet."),
  ])],
  [], [("NL102", "n1"), ("NL101", "n1")],
  "The patient's worry and the father's cancer are no hedged diagnosis of the patient; cancer is ruled out.")

C("gas-vgr-normal-mrcp-talar-emot-psc", "vgr", ("1998-08-08", "893", "M"),
  [N("n1", "V_SU_GASTRO", ("Julia Stenmark", L), "2024-05-28T14:10:00", [
      ("Bedömning", "Ulcerös kolit med ALP-stegring 2,6. Normal MRCP utan strikturer eller dilatationer talar emot PSC. ALP följs vid nästa årskontroll."),
  ])],
  [], [("NL102", "n1")],
  "'talar emot PSC' is the negated form of the 'talar för' hedge.")

C("gas-skane-misstanker-att-pat-inte-var-fastande", "skane", ("1964-02-22", "640", "F"),
  [N("n1", "S_GASTRO_MAL", ("Anton Berggren", L), "2024-06-05T13:00:00", [
      ("Bedömning", "Känd MASLD med F1-fibros. Triglycerider 6,2 men misstänker att pat inte var fastande vid provtagningen, omtas fastande. Metforminet fortsätter."),
  ])],
  [], [("NL102", "n1")],
  "'misstänker' about the sampling conditions, not a diagnosis; the MASLD is settled.")
# ================================================================ part 6
# NL101 positives: a diagnosis stands in a visible section while the text says the
# patient has not been told / must not be told yet.

C("gas-vgr-pad-sigmoideumcancer-pat-ej-informerad", "vgr", ("1955-03-30", "462", "F"),
  [N("n1", "V_SU_GASTRO", ("Rickard Hammar", L), "2024-04-05T12:40:00", [
      ("PAD", "Biopsier från sigmoideum 3/4: adenokarcinom, måttligt differentierat."),
      ("Bedömning", "Sigmoideumcancer. Pat ej informerad ännu, tid bokad på mottagningen tisdag för besked tillsammans med kontaktsjuksköterska."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Confirmed cancer in visible Bedömning and 'Pat ej informerad ännu': should have waited or gone to Tidiga hypoteser.")

C("gas-skane-levercirros-biopsi-annu-inte-fatt-besked", "skane", ("1963-09-14", "517", "M"),
  [N("n1", "S_LEVER_MAL", ("Frida Eriksson", L), "2024-05-15T16:00:00", [
      ("Utredning", "Leverbiopsi 8/5: steatohepatit med etablerad cirros, Kleiner F4."),
      ("Bedömning", "MASH-relaterad levercirros. Pat har ännu inte fått besked om biopsisvaret, informeras vid återbesöket 28/5."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "'har ännu inte fått besked' about a settled cirrhosis written in a visible Bedömning.")

C("gas-vgr-hcc-li-rads-5-informeras-pa-aterbesok", "vgr", ("1949-12-01", "333", "M"),
  [N("n1", "V_SU_LEVER", ("Sebastian Kjellberg", L), "2024-06-20T10:05:00", [
      ("Bedömning", "DT lever 4-fas: 32 mm lesion i segment VIII med arteriell uppladdning och washout, LI-RADS 5. Hepatocellulär cancer i cirroslever. Patienten är inte informerad, ansvarig läkare informerar på återbesöket."),
  ], signed=None)],
  [("NL101", "n1")], [],
  "Unsigned draft: HCC settled radiologically (LI-RADS 5) in visible text with 'Patienten är inte informerad'.")

C("gas-skane-ssk-telefon-biopsi-visar-celiaki-dr-ringer", "skane", ("1999-04-26", "160", "F"),
  [N("n1", "S_GASTRO_LUND", ("Anneli Bergkvist", SSK), "2024-02-01T13:15:00", [
      ("Telefonkontakt", "Pat ringer och frågar efter biopsisvaret från gastroskopin. Svaret visar celiaki men pat är ej informerad om detta, dr Lundin ringer upp pat i morgon förmiddag."),
  ], template="Telefonanteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Nurse's phone note names the celiac result the patient has not been told (doctor will call).")

C("gas-vgr-psc-ska-inte-meddelas-forran-ordinarie-lakare", "vgr", ("1987-02-17", "251", "M"),
  [N("n1", "V_SU_GASTRO", ("Viktoria Ström", L), "2024-03-13T15:35:00", [
      ("Utredning", "MRCP: multipla korta strikturer och dilatationer i intra- och extrahepatiska gallgångar, pärlbandsmönster."),
      ("Diagnos", "Primär skleroserande kolangit."),
      ("Planering", "Ska inte meddelas pat förrän han träffat sin ordinarie gastroenterolog i april. Ursodeoxikolsyra avvaktas."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "'Ska inte meddelas pat förrän ...': the diagnosis must not be told yet but stands in the Diagnos section.")

C("gas-skane-crohn-verifierad-ej-infomerad-typo", "skane", ("2005-08-30", "308", "F"),
  [N("n1", "S_IBD_LUND", ("Jesper Alm", L), "2024-10-03T11:20:00", [
      ("PAD", "Icke-kazeiniserande granulom i biopsier från terminala ileum."),
      ("Bedömning", "Crohns sjukdom verifierad histologiskt. Pat ej infomerad om diagnosen, IBD-ssk bokar besök nästa vecka."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Typo 'ej infomerad' in the not-told phrase; a settled Crohn in visible text.")

C("gas-vgr-avd-pankreascancer-varken-pat-eller-anhoriga-informerade", "vgr", ("1952-05-10", "226", "F"),
  [N("n1", "V_SU_AVD", ("Mattias Lönn", L), "2024-09-12T15:50:00", [
      ("Aktuellt", "Vårddag 6. Stent i koledokus fungerar, bilirubin sjunkande till 58. Äter små portioner, mår illa på eftermiddagarna."),
      ("Bedömning", "Pankreascancer med multipla levermetastaser enligt DT och leverbiopsi. Varken pat eller anhöriga är informerade ännu."),
      ("Planering", "Brytpunktssamtal i morgon kl 10 med pat, dottern, kurator och kontaktsjuksköterska. Palliativ onkolog konsulteras."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [],
  "Ward note: metastatic pancreatic cancer written in Bedömning before the planned breaking-bad-news talk.")

C("gas-skane-kapsel-angiodysplasier-ej-kommunicerat", "skane", ("1945-01-20", "595", "M"),
  [N("n1", "S_KRIST_KAPSEL", ("Kerstin Åström", L), "2024-11-14T14:45:00", [
      ("Fynd", "Tre angiodysplasier i proximala jejunum, den största med färskt blod i anslutning."),
      ("Bedömning", "Angiodysplasier i jejunum som förklaring till järnbristanemin. Svaret är inte kommunicerat med pat ännu, remitterande läkare meddelas för vidare handläggning."),
  ], template="Kapselendoskopi utlåtande", signed=None)],
  [("NL101", "n1")], [("NL102", "n1")],
  "Capsule answer states a diagnosis and that it 'är inte kommunicerat med pat ännu'.")

C("gas-vgr-kronisk-hepatit-c-inte-fatt-veta-provsvaret", "vgr", ("1980-06-06", "699", "M"),
  [N("n1", "V_NAL", ("Hillevi Brandt", L), "2024-02-28T09:35:00", [
      ("Lab", "HCV-RNA 2,1 milj IE/ml, genotyp 1a."),
      ("Bedömning", "Kronisk hepatit C. Pat har inte fått veta provsvaret än, meddelas vid besöket 12/3 då behandling också planeras."),
  ])],
  [("NL101", "n1")], [],
  "Viral hepatitis diagnosis in visible text, patient 'har inte fått veta provsvaret än'.")

C("gas-skane-hcc-pat-ska-inte-informeras-forran-mdk", "skane", ("1958-08-08", "275", "M"),
  [N("n1", "S_LEVER_MAL", ("Linda Kvist", L), "2024-07-04T12:00:00", [
      ("PAD", "Biopsi från leverlesionen i segment IV: hepatocellulär cancer, högt differentierad."),
      ("Bedömning", "HCC i icke-cirrotisk lever. Pat ska inte informeras om HCC-diagnosen förrän lever-MDK tagit ställning till resektion."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "'ska inte informeras ... förrän MDK': deliberate withholding while the diagnosis is visible.")

C("gas-vgr-n1-kollagen-kolit-ej-informerad-n2-informerar", "vgr", ("1962-11-23", "842", "F"),
  [N("n1", "V_SU_IBD", ("Oscar Wikström", L), "2024-06-26T16:30:00", [
      ("PAD", "Förtjockat subepitelialt kollagenband 18 µm, ökad inflammation i lamina propria."),
      ("Bedömning", "Kollagen kolit. Pat ej informerad om PAD-svaret, ringer henne när jag är tillbaka efter ledigheten."),
  ]),
   N("n2", "V_SU_IBD", ("Oscar Wikström", L), "2024-07-08T10:10:00", [
      ("Telefonkontakt", "Informerat pat per telefon om PAD-svaret som visar kollagen kolit. Budesonid 9 mg dagligen i 8 veckor, sertralinet ses över med VC."),
  ], template="Telefonanteckning")],
  [("NL101", "n1")], [("NL101", "n2")],
  "Two notes: n1 withholds the result in visible text (NL101), n2 tells the patient and is clean.")
# ================================================================ part 7
# NL101 positives continued: ward, epikris, endoscopy, hedged-and-untold, long chart.

C("gas-skane-avd-pankolit-pad-inte-underattad-typo", "skane", ("1997-02-05", "157", "M"),
  [N("n1", "S_AVD_LUND", ("Moa Isberg", L), "2024-01-15T14:25:00", [
      ("Aktuellt", "Blodiga diarréer minskat från tio till fyra per dygn på iv steroider, CRP 31 från 88."),
      ("Bedömning", "Ulcerös kolit, pankolit, fastställd med PAD idag. Pat är inte underättad om PAD-svaret, görs vid ronden i morgon tillsammans med ansvarig överläkare."),
  ], template="Daganteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Misspelt 'inte underättad' (underrättad, a formal synonym of informed) about a settled UC in a ward note.")

C("gas-vgr-aih-biopsi-inte-infromerad-typo", "vgr", ("1971-07-07", "620", "F"),
  [N("n1", "V_SU_LEVER", ("Dennis Borg", L), "2024-03-22T11:30:00", [
      ("Bedömning", "Leverbiopsin visar autoimmun hepatit med interface-hepatit, rikligt med plasmaceller och fibros F2. Patienten är inte infromerad om att biopsin visar autoimmun hepatit, besked ges vid besöket på fredag."),
  ])],
  [("NL101", "n1")], [],
  "Typo 'infromerad' in the not-told phrase; the autoimmune hepatitis is histologically settled.")

C("gas-skane-epikris-alkoholcirros-ej-diskuterats-konfusion", "skane", ("1960-04-04", "019", "M"),
  [N("n1", "S_AVD_MAL", ("Elin Thulin", L), "2024-05-31T13:05:00", [
      ("Diagnos", "Alkoholrelaterad levercirros, Child-Pugh C. Hepatisk encefalopati grad 3. Ascites."),
      ("Epikris", "Inkom med sänkt vakenhet och tilltagande bukomfång. Laktulos och rifaximin, ascitestappning 6 liter med albumin. Vaknade upp successivt men kvarstående lätt konfusion vid utskrivning till korttidsboende. Diagnosen har ännu inte diskuterats med pat på grund av konfusionen."),
      ("Uppföljning", "Återbesök levermottagningen om tre veckor, då diagnos och alkoholstopp tas upp. Leverprover och natrium på boendet om en vecka."),
  ], template="Epikris")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Discharge summary: cirrhosis in the Diagnos section, 'har ännu inte diskuterats med pat' in the Epikris text.")

C("gas-vgr-gastroskopi-varicer-ej-informerat-pat-sederad", "vgr", ("1953-10-19", "397", "M"),
  [N("n1", "V_ENDO_MOLN", ("Tove Lagerqvist", L), "2024-08-01T10:55:00", [
      ("Undersökning", "Gastroskopi i propofolsedering. Esofagusvaricer grad II i distala esofagus, inga red spots, ingen blödning. Portal hypertensiv gastropati."),
      ("Bedömning", "Esofagusvaricer grad II. Ej informerat pat ännu då pat fortfarande sederad, avdelningsläkare informerar innan hemgång."),
  ], template="Endoskopianteckning")],
  [("NL101", "n1")], [],
  "Telegraphic 'Ej informerat pat ännu' after a settled endoscopic diagnosis.")

C("gas-skane-pat-vet-annu-inte-om-att-det-ar-crohn", "skane", ("1993-12-31", "704", "F"),
  [N("n1", "S_IBD_MAL", ("Karin Malmqvist", L), "2024-04-18T15:10:00", [
      ("Bedömning", "MR tunntarm och PAD bekräftar Crohns sjukdom i terminala ileum, ingen striktur. Pat vet ännu inte om att det är Crohn, jag vill träffa henne personligen nästa vecka och ge beskedet."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Lay phrasing 'Pat vet ännu inte om att det är Crohn' before a personal visit.")

C("gas-vgr-rektalcancer-pat-ovetande-om-diagnosen", "vgr", ("1950-09-15", "711", "M"),
  [N("n1", "V_SKAS", ("Sara Ohlsson", L), "2024-05-07T08:45:00", [
      ("Bedömning", "Rektalcancer 8 cm från analkanten bekräftad med PAD, MR lilla bäckenet bokad för stadieindelning. Pat ovetande om diagnosen, informationssamtal bokat 14/5."),
  ], signed=None)],
  [("NL101", "n1")], [("NL102", "n1")],
  "Unsigned draft with 'Pat ovetande om diagnosen': a different word for not told.")

C("gas-skane-misstankt-pankreascancer-ej-informerad-synlig", "skane", ("1947-06-18", "284", "F"),
  [N("n1", "S_GASTRO_LUND", ("Peter Öhman", L), "2024-02-14T10:40:00", [
      ("Bedömning", "DT buk: 3 cm hypodens process i pankreashuvudet med dilaterad pankreasgång, misstänkt pankreascancer. Pat ej informerad, avvaktar pankreas-MDK på fredag."),
  ])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "Hedged and untold: a suspected cancer the patient has not been told, in an ordinary Skåne note instead of the Tidiga hypoteser template.")

C("gas-vgr-kan-rora-sig-om-tunntarmslymfom-far-inte-veta", "vgr", ("1966-03-11", "493", "M"),
  [N("n1", "V_SAS_KAPSEL", ("Lovisa Frank", L), "2024-09-26T14:00:00", [
      ("Fynd", "Segment med förtjockade veck, ulcerationer och partiell stenos i mellersta jejunum, kapseln passerar långsamt."),
      ("Bedömning", "Kan röra sig om tunntarmslymfom. Pat ska inte få veta detta förrän ballongenteroskopi med biopsi är gjord."),
  ], template="Kapselendoskopi utlåtande")],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "VGR capsule answer: hedged lymphoma in visible Bedömning plus an explicit 'ska inte få veta' (belongs under sökord Tidiga hypoteser).")

C("gas-vgr-lang-inskrivning-kolangiokarcinom-cytologi-ej-informerad", "vgr", ("1958-01-31", "139", "M"),
  [N("n1", "V_SKAS_AVD", ("Jonatan Ek", L), "2024-10-09T11:15:00", [
      ("Inkomstorsak", "Planerad inläggning för ERCP och stentbyte."),
      ("Anamnes", "66-årig man, tidigare frisk förutom hypertoni. Smärtfri ikterus i september, MRCP med hilär striktur. ERCP 19/9 med borstcytologi och plaststent. Sedan dess klåda men stigande bilirubin senaste veckan, ingen feber. Röker ej, alkohol sparsamt. Bor med hustrun i villa, pensionerad snickare."),
      ("Status", "AT: gott, lätt ikterisk. Cor: RR, 72/min. Pulm: vesikulärt andningsljud bilat. Buk: mjuk, oöm, levern palpabel 2 cm under arcus. Inga ödem."),
      ("Läkemedel", "Amlodipin 5 mg x 1, hydroxizin 25 mg till natten mot klådan, Movicol vid behov."),
      ("Omvårdnad", "Ssk noterar god aptit men viktnedgång 3 kg sedan september. Sover dåligt pga klåda. Hustrun närvarande vid inskrivningen och ställer många frågor om provsvaren."),
      ("Lab", "Bilirubin 98, ALP 7,2, ALAT 2,1, CRP 12, PK-INR 1,1, kreatinin 81."),
      ("Bedömning", "Kolangiokarcinom perihilärt, Bismuth IIIa, verifierat med borstcytologi från ERCP i september. Stentocklusion. Pat har inte informerats om cytologisvaret, önskar att hustrun är med vid samtalet."),
      ("Planering", "ERCP med byte till metallstent i morgon, antibiotikaprofylax. Samtal med pat och hustru på torsdag tillsammans med kirurg från HPB-teamet och kontaktsjuksköterska. Remiss onkologen skickas efter samtalet."),
      ("Ordination", "Fastande från midnatt, Ringer-acetat 1000 ml under natten. Koagulationsprover i morgon bitti, inga antikoagulantia."),
  ], template="Inskrivningsanteckning")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Long admission chart: verified cholangiocarcinoma in Bedömning with 'Pat har inte informerats om cytologisvaret'.")

C("gas-skane-uc-hoggradig-dysplasi-inte-informerad-mdk", "skane", ("1975-05-25", "562", "F"),
  [N("n1", "S_IBD_LUND", ("Anders Ringström", L), "2024-12-12T13:50:00", [
      ("Bedömning", "Ulcerös kolit sedan 1998. Kromoendoskopi: flat lesion 15 mm i colon ascendens, PAD visar höggradig dysplasi. Pat är inte informerad, ska diskuteras på IBD-MDK om kolektomi innan besked."),
  ])],
  [("NL101", "n1")], [("NL102", "n1")],
  "High-grade dysplasia (a histological diagnosis) visible while the patient is not yet informed.")
# ================================================================ part 8
# NL101 negatives: told (today / earlier), untold thing is no diagnosis, relative only,
# untold diagnosis only in the protected place, nothing said about telling.

C("gas-vgr-lang-koloncancer-informerad-idag-med-maken", "vgr", ("1959-07-19", "424", "F"),
  [N("n1", "V_SU_GASTRO", ("Magnus Dahlberg", L), "2024-04-16T14:30:00", [
      ("Anamnes", "64-årig kvinna, järnbristanemi Hb 92 upptäckt via VC i februari. Ingen synlig blödning, lätt trötthet, viktstabil. Hereditet utan kolorektal cancer. Hypotyreos, i övrigt frisk."),
      ("Utredning", "Koloskopi 4/4: exofytisk tumör 4 cm i colon ascendens, i övrigt 2 små polyper i sigmoideum som avlägsnats. DT thorax-buk 10/4 utan metastaser."),
      ("Status", "AT gott, lätt blek. Cor: RR, inga blåsljud, 76/min. Pulm: ua. Buk: mjuk, ingen palpabel resistens, ingen leverförstoring. Inga förstorade lymfkörtlar supraklavikulärt."),
      ("Lab", "Hb 96, MCV 74, ferritin 6, CEA 4,1, leverstatus och kreatinin normala."),
      ("PAD", "Adenokarcinom, måttligt differentierat, MMR-proteiner bevarade. Polyperna tubulära adenom med låggradig dysplasi."),
      ("Bedömning", "Ascendenscancer, radiologiskt T3N0M0. Pat informerad vid dagens besök tillsammans med maken, tog emot beskedet sansat och ställde frågor om operationen."),
      ("Planering", "Remiss kolorektalkirurgi för högersidig hemikolektomi, kontaktsjuksköterska Lena ringer inom två dagar. Järninfusion före operation. Kopia på remissen till VC."),
      ("Socialt", "Arbetar som lärare på halvtid, maken pensionerad. Önskar sjukskrivning fram till operationen, intyg utfärdat."),
  ], template="Mottagningsanteckning läkare")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Long chart: the cancer is written in visible text but the patient was told today, with her husband.")

C("gas-skane-dietist-celiaki-informerades-per-telefon", "skane", ("1988-03-03", "982", "F"),
  [N("n1", "S_GASTRO_MAL", ("Hanna Lilja", "dietist"), "2024-04-10T09:00:00", [
      ("Aktuellt", "Celiaki bekräftad med duodenalbiopsi, pat informerades per telefon av läkare 3/4."),
      ("Åtgärd", "Genomgång av glutenfri kost, dolda glutenkällor och havre. Skriftligt material och länk till Celiakiförbundet. Uppföljning hos dietist om tre månader."),
  ], template="Dietistanteckning")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Dietitian note: the diagnosis was told earlier ('informerades per telefon 3/4').")

C("gas-vgr-ej-informerad-om-datum-for-kontrollkoloskopi", "vgr", ("1979-05-15", "473", "M"),
  [N("n1", "V_NAL", ("Emma Gren", SSK), "2024-06-04T10:20:00", [
      ("Administrativt", "Ulcerös kolit sedan 2009, i program för dysplasiövervakning. Pat ej informerad om datum för kontrollkoloskopin ännu, kallelse skickas när tid finns i augusti."),
  ], template="Sjuksköterskeanteckning")],
  [], [("NL101", "n1")],
  "What the patient has not been told is a date, not a diagnosis.")

C("gas-skane-remiss-levertransplantation-ej-informerad-om-skickad", "skane", ("1966-12-12", "835", "M"),
  [N("n1", "S_LEVER_MAL", ("Lina Persson", L), "2024-07-11T15:15:00", [
      ("Bedömning", "Dekompenserad alkoholrelaterad levercirros, MELD 19, nykter sedan 14 månader med negativa PEth. Transplantationsfrågan diskuterades med pat i juni."),
      ("Åtgärd", "Remiss till transplantationsenheten Sahlgrenska skickad idag, pat ej informerad om att den skickats än. Ringer honom på måndag."),
  ])],
  [], [("NL101", "n1")],
  "Untold item is that a referral was sent; the cirrhosis itself is known to the patient.")

C("gas-vgr-normalt-kalprotektin-ej-informerad-om-svaret", "vgr", ("2001-09-09", "240", "F"),
  [N("n1", "V_SU_IBD", ("Ronja Kvarnström", SSK), "2024-08-22T13:05:00", [
      ("Provsvar", "Crohns sjukdom på vedolizumab. F-kalprotektin 25, normalt. Pat ej informerad om svaret ännu, skickar meddelande via 1177 i eftermiddag."),
  ], template="Sjuksköterskeanteckning", signed=None)],
  [], [("NL101", "n1")],
  "The untold thing is a normal lab result; the settled Crohn is no secret.")

C("gas-skane-th-mall-pad-ventrikelcancer-ej-informerad", "skane", ("1951-04-02", "099", "M"),
  [N("n1", "S_GASTRO_LUND", ("Gunnar Falk", L), "2024-09-05T16:40:00", [
      ("PAD", "Biopsier från ventrikelns corpus: adenokarcinom av diffus typ med signetringceller."),
      ("Bedömning", "Ventrikelcancer. Pat ej informerad, besked på torsdag med kontaktsjuksköterska."),
  ], template="Tidiga hypoteser")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the untold diagnosis is written in a note with the Tidiga hypoteser template, which is hidden.")

C("gas-vgr-th-sokord-lymfom-ej-informerad-synligt-bara-symtom", "vgr", ("1964-08-14", "806", "F"),
  [N("n1", "V_SU_GASTRO", ("Olof Bergman", L), "2024-10-17T11:35:00", [
      ("Aktuellt", "Fortsatt trötthet, nattliga svettningar och viktnedgång 4 kg sedan förra besöket."),
      ("Tidiga hypoteser", "Biopsi från ventrikeln visar MALT-lymfom, pat ej informerad ännu."),
      ("Planering", "Återbesök onsdag med kontaktsjuksköterska, DT thorax-buk bokad."),
  ])],
  [], [("NL101", "n1")],
  "VGR: the untold diagnosis sits only under the sökord Tidiga hypoteser; visible sections hold symptoms and a plan.")

C("gas-skane-pat-informerad-om-cirros-dottern-inte", "skane", ("1946-06-06", "357", "M"),
  [N("n1", "S_HLM", ("Anna-Karin Nord", L), "2024-11-21T10:00:00", [
      ("Bedömning", "Levercirros Child-Pugh B på basen av hemokromatos. Pat informerad om diagnosen idag, önskar att dottern inte informeras ännu eftersom hon är höggravid."),
  ])],
  [], [("NL101", "n1")],
  "The patient is told; only a relative is not to be told yet.")

C("gas-vgr-konstaterad-masld-f3-inget-om-information", "vgr", ("1972-01-28", "648", "F"),
  [N("n1", "V_ALI", ("Tomas Lindén", L), "2024-02-22T13:55:00", [
      ("Bedömning", "MASLD med avancerad fibros F3, fibroscan 12,4 kPa och ELF 10,1. Semaglutid via diabetesmottagningen, halvårsvisa kontroller här."),
  ])],
  [], [("NL101", "n1")],
  "A settled diagnosis and nothing said about informing: no NL101.")

C("gas-skane-n1-th-mall-n2-informerat-om-crohn", "skane", ("1990-07-30", "519", "M"),
  [N("n1", "S_IBD_LUND", ("Paula Sjöstrand", L), "2024-03-07T11:10:00", [
      ("Bedömning", "Misstänkt Crohns sjukdom efter ileokoloskopi, inväntar PAD och MR. Pat ej informerad om misstanken."),
  ], template="Tidiga hypoteser"),
   N("n2", "S_IBD_LUND", ("Paula Sjöstrand", L), "2024-03-21T14:00:00", [
      ("Bedömning", "PAD och MR tunntarm visar Crohns sjukdom i terminala ileum, L1B1. Informerat pat om diagnosen och behandlingsalternativen, han vill börja med budesonid."),
  ])],
  [], [("NL101", "n2"), ("NL102", "n2")],
  "Later ordinary note tells the patient what the earlier Tidiga hypoteser note withheld: n2 is clean.")

C("gas-vgr-ej-informerad-om-dosokning-infliximab", "vgr", ("1985-10-17", "024", "F"),
  [N("n1", "V_SU_IBD", ("Axel Rosenqvist", L), "2024-05-23T15:30:00", [
      ("Bedömning", "Crohn-kolit med sekundär förlust av svar, infliximab dalvärde 1,2 utan antikroppar. Pat ännu ej informerad om att dosen ska höjas till 10 mg/kg, IBD-ssk ringer i morgon."),
  ])],
  [], [("NL101", "n1")],
  "Untold item is a dose change (a plan), not a diagnosis.")

C("gas-skane-har-fatt-veta-att-det-ar-crohn", "skane", ("2006-02-14", "137", "M"),
  [N("n1", "S_IBD_MAL", ("Madeleine Kroon", SSK), "2024-06-13T10:40:00", [
      ("Samtal", "18-årig pojke som har fått veta att det rör sig om Crohns sjukdom och har många frågor om skola, idrott och framtiden. Mamma med på besöket."),
      ("Åtgärd", "Informationsmaterial från Mag- och tarmförbundet, kontaktuppgifter till IBD-linjen. Nytt samtal om fyra veckor."),
  ], template="Sjuksköterskeanteckning")],
  [], [("NL101", "n1")],
  "'har fått veta' states the patient was told; a settled diagnosis in a visible nurse note.")

C("gas-vgr-informerd-i-januari-hemokromatos-typo", "vgr", ("1961-03-25", "871", "M"),
  [N("n1", "V_SKAS", ("Ylva Hedin", L), "2024-02-15T09:50:00", [
      ("Aktuellt", "Hereditär hemokromatos, C282Y-homozygot. Informerd om diagnosen i januari, idag genomgång av flebotomiplanen."),
      ("Planering", "Venesectio 450 ml varje vecka tills ferritin <50, därefter underhåll. Syskonen erbjuds testning via egen VC."),
  ])],
  [], [("NL101", "n1")],
  "Told at an earlier visit, with a typo ('Informerd om diagnosen i januari').")

C("gas-skane-ej-informerad-om-omprov-aih", "skane", ("1978-11-11", "902", "F"),
  [N("n1", "S_LEVER_MAL", ("Sven Öberg", L), "2024-09-19T14:05:00", [
      ("Bedömning", "Autoimmun hepatit i remission på azatioprin 100 mg. Dagens ALAT kunde ej analyseras pga hemolys. Pat ej informerad om att provet behöver tas om, brev skickas."),
  ], signed=None)],
  [], [("NL101", "n1")],
  "Unsigned draft: what is untold is a repeat sample, not the (known) autoimmune hepatitis.")

C("gas-vgr-pat-vill-inte-att-maken-far-veta-hcv", "vgr", ("1983-09-01", "746", "F"),
  [N("n1", "V_SU_LEVER", ("Adam Nilsson", L), "2024-10-24T13:20:00", [
      ("Bedömning", "Kronisk hepatit C genotyp 3a, F0–F1. Pat informerad om diagnosen och smittvägar, vill inte att maken får veta ännu. Behandling med glekaprevir/pibrentasvir 8 veckor startas."),
  ])],
  [], [("NL101", "n1")],
  "Patient told; the one not to be told yet is the spouse.")

C("gas-skane-ssk-inte-natt-pat-kapsel-utan-anmarkning", "skane", ("1970-02-20", "915", "M"),
  [N("n1", "S_KRIST", ("Ulrika Ståhl", SSK), "2024-11-28T15:25:00", [
      ("Telefonkontakt", "Utreds för järnbristanemi. Har inte kunnat nå pat på telefon för att meddela att kapselendoskopin var utan anmärkning, nytt försök i morgon."),
  ], template="Telefonanteckning")],
  [], [("NL101", "n1")],
  "Not yet told a normal capsule result; the anemia is not something being withheld.")

C("gas-vgr-kromoendoskopi-ingen-dysplasi-ej-informerad-om-pad", "vgr", ("1967-07-07", "213", "M"),
  [N("n1", "V_SAS", ("Julia Fält", L), "2024-12-03T12:15:00", [
      ("PAD", "Riktade biopsier från kromoendoskopin: kronisk inaktiv kolit, ingen dysplasi."),
      ("Bedömning", "Ulcerös kolit sedan 2004 utan dysplasi. Pat ej informerad om PAD, brev skickas, ny kontroll om tre år."),
  ])],
  [], [("NL101", "n1")],
  "Untold item is a reassuring PAD (no dysplasia); the UC is long known.")

C("gas-skane-hcc-informerad-sonen-inte-informerad", "skane", ("1944-12-24", "431", "M"),
  [N("n1", "S_GASTRO_MAL", ("Eva Brodin", L), "2024-08-08T11:05:00", [
      ("Bedömning", "HCC 4 cm i segment VI, MDK rekommenderar mikrovågsablation. Pat är informerad om diagnosen och planen. Sonen som bor i USA är inte informerad ännu, pat vill själv berätta."),
  ])],
  [], [("NL101", "n1")],
  "Hard negative: 'är inte informerad ännu' is about the son; the patient has been told.")

C("gas-vgr-barretts-informerad-direkt-pad-ej-klart", "vgr", ("1963-06-30", "077", "M"),
  [N("n1", "V_ENDO_MOLN", ("Kim Lundell", L), "2024-03-28T09:15:00", [
      ("Undersökning", "Gastroskopi: laxmärgsfärgad slemhinna C3M5 enligt Prag ovan Z-linjen, biopsier enligt Seattle-protokoll."),
      ("Bedömning", "Barretts esofagus. Pat informerad direkt efter undersökningen, PAD avseende dysplasi är ännu inte klart."),
  ], template="Endoskopianteckning")],
  [], [("NL101", "n1")],
  "Patient told the diagnosis right after the endoscopy; only the PAD is pending.")

C("gas-skane-pmo-vc-misstankta-levermetastaser-ej-informerad", "skane", ("1955-10-10", "654", "F"),
  [N("n1", "P_VC_BJUV", ("Henrik Sundell", L), "2024-07-17T16:35:00", [
      ("Bedömning", "UL buk via VC: multipla lesioner i levern, misstänkta levermetastaser. Pat ej informerad om fyndet ännu, ringer henne i morgon. Remiss enligt standardiserat vårdförlopp för cancer utan känd primärtumör."),
  ], template="Besöksanteckning")],
  [], [("NL102", "n1")],
  "PMO: hedged and untold diagnosis, but PMO never shows diagnoses (no NL102; NL101 not asserted on PMO).")
# ================================================================ validation + output

CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        where = name
        if name in names:
            errs.append("%s: duplicate case name" % where)
        names.add(name)
        if not name.startswith("gas-"):
            errs.append("%s: case name must start with gas-" % where)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            errs.append("%s: empty why" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errs.append("%s: record keys %s" % (where, sorted(rec)))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s must be empty" % (where, k))
        # patient
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errs.append("%s: bad personnummer format %s" % (where, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != birth:
                errs.append("%s: personnummer does not match birth_date" % where)
            ten = pid[2:8] + pid[9:]
            tot = 0
            for i, ch in enumerate(ten):
                d = int(ch) * (2 if i % 2 == 0 else 1)
                tot += d // 10 + d % 10
            if tot % 10:
                errs.append("%s: personnummer fails Luhn" % where)
            sexdigit = int(pid[11])
            if (sexdigit % 2 == 1) != (c["_sex"] == "M"):
                errs.append("%s: sex digit does not match" % where)
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: bad birth_date" % where)
            continue
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % where)
        # notes
        ids = set()
        for n in rec["notes"]:
            if set(n) - {"_unit_key"} != NOTE_KEYS:
                errs.append("%s: note keys %s" % (where, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id %s" % (where, n["id"]))
            ids.add(n["id"])
            region = UNITS[n["_unit_key"]][0]
            if region != c["ruleset"]:
                errs.append("%s/%s: unit region %s vs ruleset %s" % (where, n["id"], region, c["ruleset"]))
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: bad system" % (where, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR note must be Melior" % (where, n["id"]))
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s/%s: time not in 2024" % (where, n["id"]))
            if t > as_of:
                errs.append("%s/%s: note after as_of" % (where, n["id"]))
            if n["signed"] is not None:
                sgn = _dt.datetime.fromisoformat(n["signed"])
                if sgn.year != 2024 or sgn < t:
                    errs.append("%s/%s: bad signed time" % (where, n["id"]))
            for when in (t, as_of):
                a = _age(birth, when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s/%s: patient age %d not allowed" % (where, n["id"], a))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (where, n["id"]))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s/%s: bad section" % (where, n["id"]))
                for snt in _SENT_SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        if snt in sentences:
                            errs.append("%s: sentence repeated (first in %s): %r" % (where, sentences[snt], snt))
                        else:
                            sentences[snt] = where
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        # assertions
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % where)
        seen = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for item in lst:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (where, code))
                if target not in notes_by_id:
                    errs.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice" % (where, code, target))
                seen.add((code, target))
                system = notes_by_id[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    errs.append("%s: must NL102 on non-Melior note" % where)
                if code == "NL101" and system == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % where)
    return errs


def export(c):
    rec = c["record"]
    out_notes = []
    for n in rec["notes"]:
        out_notes.append({k: n[k] for k in ("id", "system", "template", "unit", "author", "time",
                                             "signed", "setting", "refs", "sections")})
    record = {
        "patient": rec["patient"],
        "as_of": rec["as_of"],
        "notes": out_notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    obj = {"case": c["case"], "ruleset": c["ruleset"], "record": record,
           "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
    assert list(obj) == CASE_KEYS
    return obj


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(export(c), ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    by_rs = {}
    for c in CASES:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets: %s" % ", ".join("%s=%d" % kv for kv in sorted(by_rs.items())))
    for code in sorted(CODES):
        print("%s: must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                            counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
