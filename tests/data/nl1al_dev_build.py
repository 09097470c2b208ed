#!/usr/bin/env python3
"""nl1al_dev_cases: independent gold cases for notelint NL101 / NL102 (and a few NL104).

Theme: surgical and procedural specialties (general surgery, orthopaedics, urology, ENT,
ophthalmology, dermatology, oral surgery), radiology and pathology reports quoted in
notes, Latin and eponyms, lay words, sizes, findings described in words before they are
named, and the many ways a note says the patient has or has not yet been told.

Dependency-free, deterministic. Writes nl1al_dev_cases.jsonl beside this file and validates it;
exits 1 on any problem.
"""
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1al_dev_cases.jsonl"
AS_OF = "2024-12-31T00:00:00"

# --------------------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospitals)
    "S_KIR_MAL": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4101"),
    "S_ORT_HLM": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-4102"),
    "S_URO_MAL": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4103"),
    "S_ONH_LUND": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4104"),
    "S_OGON_LUND": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4105"),
    "S_OGON_HBG": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-4106"),
    "S_HUD_LUND": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-4107"),
    "S_KAK_MAL": ("Käkkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4108"),
    "S_KIR_KRI": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-4109"),
    "S_ORT_HBG": ("Ortopediska kliniken, Helsingborgs lasarett", "SE2321000255-4110"),
    "S_KIR_YST": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-4111"),
    "S_DAG_TRB": ("Dagkirurgiska enheten, Trelleborgs lasarett", "SE2321000255-4112"),
    "S_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4113"),
    "S_BKIR_LUND": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4114"),
    "S_BROST_MAL": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4115"),
    "S_URO_ANG": ("Urologmottagningen, Ängelholms sjukhus", "SE2321000255-4117"),
    "S_ORT_YST": ("Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-4118"),
    "S_KIR_AVD_KRI": ("Kirurgavdelning 5, Centralsjukhuset Kristianstad", "SE2321000255-4119"),
    "S_KIR_TRB": ("Kirurgmottagningen, Trelleborgs lasarett", "SE2321000255-4120"),
    # Region Skåne, PMO (primary care, home care)
    "S_VC_LIND": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-5201"),
    "S_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-5202"),
    "S_VC_ESLOV": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-5203"),
    "S_VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-5204"),
    "S_HSJ_HOOR": ("Hemsjukvården Höör", "SE2321000255-5205"),
    # Västra Götalandsregionen, Melior
    "V_KIR_OST": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011001"),
    "V_ORT_MOL": ("Ortopedkliniken, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011002"),
    "V_URO_SU": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011003"),
    "V_ONH_SU": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011004"),
    "V_OGON_MOL": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011005"),
    "V_HUD_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011006"),
    "V_KAK_SU": ("Käkkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011007"),
    "V_KIR_NAL": ("Kirurgkliniken, NÄL Trollhättan", "SE2321000131-E000000011008"),
    "V_ORT_UDD": ("Ortopedmottagningen, Uddevalla sjukhus", "SE2321000131-E000000011009"),
    "V_KIR_SKO": ("Kirurgavdelning 11, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000011010"),
    "V_URO_BOR": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011011"),
    "V_ONH_BOR": ("ÖNH-kliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011012"),
    "V_OGON_UDD": ("Ögonkliniken, NU-sjukvården Uddevalla", "SE2321000131-E000000011013"),
    "V_AKUT_ALI": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000011014"),
    "V_KIR_KUN": ("Kirurgavdelningen, Kungälvs sjukhus", "SE2321000131-E000000011015"),
    "V_BARN_DSBUS": ("Barnortopedmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011016"),
    "V_ONH_SKO": ("ÖNH-akuten, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000011017"),
    "V_KIR_SAHL": ("Kirurgkliniken, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011018"),
    "V_KARL_SKO": ("Kärlkirurgiska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000011019"),
    "V_HUD_BOR": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011020"),
    "V_AKUT_BOR": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011021"),
}

CASES = []


def C(name, ruleset, unit, template, author, role, time, signed, setting, pnr, sections,
      must=(), must_not=(), why="", system="Melior"):
    """One case. `signed` is minutes after `time`, or None for an unsigned draft."""
    t = datetime.fromisoformat(time)
    signed_iso = None if signed is None else (t + timedelta(minutes=signed)).isoformat()
    uname, hsa = U[unit]
    note = {
        "id": "n1", "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed_iso, "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }
    birth = f"{pnr[0:4]}-{pnr[4:6]}-{pnr[6:8]}"
    record = {
        "patient": {"id": pnr, "birth_date": birth, "protected_identity": False},
        "as_of": AS_OF, "notes": [note],
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": ruleset, "record": record,
        "must": [[c, "n1"] for c in must],
        "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


L = "läkare"
SSK = "sjuksköterska"
TL = "tandläkare"
OV = "öppenvård"
SV = "slutenvård"
AK = "akutmottagning"
DK = "dagkirurgi"

# =========================================================================== NL101 must
# Established (PAD/biopsy-verified) diagnosis in a visible section, and the note says the
# patient has not been told yet. Many ways of saying it, told-by-whom varies.

C("kir-pad-sigmoideumcancer-ej-informerad-besked-av-op-ansvarig", "skane", "S_KIR_MAL",
  "Läkaranteckning", "Johan Berglund", L, "2024-03-07T13:20", 35, OV, "19510423-2813",
  [("PAD", "Biopsier från sigmoideum 25 cm ab ano: körtelstrukturer med uttalad cellatypi som "
           "infiltrerar submucosan. Utlåtande: måttligt differentierat adenokarcinom."),
   ("Bedömning", "Sigmoideumcancer. Pat ej informerad ännu, besked ges av op-ansvarig kirurg vid "
                 "mottagningsbesöket 14/3. Anmäld till kolorektal MDK 12/3.")],
  must=["NL101"],
  why="PAD-verified sigmoid cancer in a visible section; patient not yet told, the surgeon will tell at the visit")

C("uro-prostatacancer-gleason-kontaktssk-ringer-pa-mandag", "vgr", "V_URO_SU",
  "Läkaranteckning", "Anders Nyqvist", L, "2024-04-11T10:05", 50, OV, "19570918-4633",
  [("PAD", "4 av 12 systematiska biopsier med acinärt adenokarcinom, Gleason 3+4=7 (ISUP grad 2), "
           "max tumörlängd 6 mm, ingen perineural växt."),
   ("Bedömning", "Prostatacancer, intermediär risk. Har ännu inte meddelat pat svaret; "
                 "kontaktsjuksköterskan ringer honom på måndag och bokar samtalstid.")],
  must=["NL101"],
  why="biopsy-verified prostate cancer visible; 'har ännu inte meddelat pat' - the nurse will call")

C("hud-melanom-breslow-svaret-ej-delgivet", "skane", "S_HUD_LUND",
  "Läkaranteckning", "Sofia Lindqvist", L, "2024-05-16T15:40", 20, OV, "19680211-6407",
  [("PAD", "Excision hö skuldra: malignt melanom av ytligt spridande typ, Breslow 1,2 mm, Clark "
           "nivå IV, ingen ulceration, mitoser 2/mm², fria marginaler 2 mm."),
   ("Bedömning", "Melanom hö skuldra, pT2a. Svaret är ännu inte delgivet pat. Planeras för "
                 "utvidgad excision 1 cm samt ställningstagande till portvaktskörtelbiopsi.")],
  must=["NL101"],
  why="melanoma with Breslow/Clark in a visible note; 'ännu inte delgivet pat'")

C("onh-larynxcancer-ej-underrattad-vill-ha-hustrun-med", "vgr", "V_ONH_SU",
  "Läkaranteckning", "Karin Åberg", L, "2024-02-21T11:30", 40, OV, "19490630-3112",
  [("Undersökningsfynd", "Direktlaryngoskopi i narkos 15/2: exofytisk, lättblödande förändring på "
                         "vä stämband som når främre kommissuren, vä stämband fixerat."),
   ("PAD", "Högt differentierad skivepitelcancer."),
   ("Bedömning", "Glottisk larynxcancer vä, minst T3. Pat ännu ej underrättad – han har själv bett "
                 "att hustrun ska vara med när vi går igenom svaren, samtal bokat fredag 23/2.")],
  must=["NL101"],
  why="finding described in words, then named larynx cancer; patient 'ännu ej underrättad' (waits for his wife)")

C("ortop-patologisk-fraktur-njurcancermetastas-besked-ej-givet-utkast", "skane", "S_ORT_HBG",
  "Läkaranteckning", "Erik Holmgren", L, "2024-09-03T16:45", None, SV, "19460117-5377",
  [("Röntgen", "Rtg hö femur: osteolytisk destruktion subtrochantärt med genomgående tvärfraktur "
               "och lätt varusfelställning."),
   ("PAD", "Märgborrkax från märgspiksoperationen 28/8: metastas av klarcellig njurcellscancer."),
   ("Bedömning", "Patologisk subtrochantär femurfraktur hö orsakad av metastas från njurcellscancer. "
                 "Pat har inte fått besked om PAD; onkolog och kontaktsjuksköterska tar samtalet "
                 "tillsammans nästa vecka.")],
  must=["NL101"], must_not=["NL102"],
  why="unsigned draft: metastatic renal cancer named after a radiology description; patient 'har inte fått besked'")

C("ogon-koroidealt-melanom-informeras-vid-aterbesok-ej-berort-idag", "vgr", "V_OGON_MOL",
  "Läkaranteckning", "Mikael Forsberg", L, "2024-04-02T09:50", 65, OV, "19620805-7924",
  [("Status", "Fundus hö: pigmenterad, kupolformad prominens temporalt om makula, basen ca 9 x 8 mm, "
              "höjd 3,5 mm på B-scan, orangepigment på ytan och subretinal vätska."),
   ("Bedömning", "Koroidealt melanom hö öga. Pat informeras om diagnosen vid återbesöket 22/4 "
                 "tillsammans med kontaktsjuksköterska, ej berört idag.")],
  must=["NL101"], must_not=["NL102"],
  why="choroidal melanoma named after measurements; patient will be told at a later visit, not told today")

C("brost-invasiv-cancer-pat-vet-annu-inte-om-svaret", "skane", "S_BROST_MAL",
  "Läkaranteckning", "Helena Rydén", L, "2024-06-12T14:10", 25, OV, "19711120-3480",
  [("Röntgen", "Mammografi och UL vä bröst: 14 mm spikulerad förändring kl 2, 4 cm från mamillen. "
               "Axillen ua."),
   ("PAD", "Mellannålsbiopsi: invasiv bröstcancer av ingen speciell typ (NST), histologisk grad 2, "
           "ER 90 %, PR 40 %, HER2 negativ, Ki67 18 %."),
   ("Bedömning", "Bröstcancer vänster. Pat vet ännu inte om svaret, bröstsjuksköterskan kontaktar "
                 "henne imorgon för tid till läkarbesök.")],
  must=["NL101"],
  why="breast cancer verified by core biopsy; 'pat vet ännu inte om svaret'")

C("kir-pankreascancer-telegrafiskt-ej-meddelat-pat", "vgr", "V_KIR_SAHL",
  "Läkaranteckning", "Per Wallin", L, "2024-10-08T12:00", 15, OV, "19551002-1834",
  [("Bedömning", "EUS-FNA caput pancreatis: maligna celler, adenokarcinom. Pankreascancer i caput, "
                 "resektabel enl. MDK 7/10, planeras för Whipple. Ej meddelat pat ännu.")],
  must=["NL101"],
  why="telegraphic: cytology-verified pancreatic cancer, 'Ej meddelat pat ännu'")

C("uro-muskelinvasiv-blascancer-pat-ovetande-om-pad", "skane", "S_URO_MAL",
  "Läkaranteckning", "Lars Ekdahl", L, "2024-02-09T08:40", 30, OV, "19500314-6551",
  [("PAD", "TURB 5/2: höggradig urotelial cancer med växt i muscularis propria (pT2). Carcinoma in "
           "situ i omgivande slemhinna."),
   ("Bedömning", "Muskelinvasiv blåscancer. Pat ovetande om PAD-svaret; ringer inte, han kallas till "
                 "besök hos mig 19/2 där besked lämnas. Till uro-onkologisk MDK 14/2.")],
  must=["NL101"],
  why="pT2 bladder cancer; 'pat ovetande om PAD-svaret', news to be given at a visit")

C("hud-skivepitelcancer-har-inte-hunnit-beratta", "vgr", "V_HUD_SU",
  "Läkaranteckning", "Ingrid Sjöberg", L, "2024-07-02T16:20", 10, OV, "19390726-2202",
  [("Bedömning", "PAD från excision hö tinning: högt differentierad skivepitelcancer, radikalt "
                 "exciderad. Har inte hunnit berätta för pat, ringer henne imorgon förmiddag.")],
  must=["NL101"],
  why="short note: squamous cell carcinoma, 'har inte hunnit berätta för pat'")

C("kakkir-tungcancer-informationssamtal-med-sambo-bokat", "skane", "S_KAK_MAL",
  "Läkaranteckning", "Ahmad Karimi", TL, "2024-05-06T13:00", 45, OV, "19640909-8370",
  [("Lokalstatus", "Vä tungkant: 2 x 1,5 cm stort indurerat sår med upphöjda, vallartade kanter, "
                   "lättblödande vid beröring. Palpabel, fast lymfkörtel submandibulärt vä, ca 1,5 cm."),
   ("PAD", "Carcinoma planocellulare linguae, måttligt differentierat, invasionsdjup minst 4 mm."),
   ("Planering", "Pat ej informerad om PAD ännu. Remiss ÖNH Lund för huvud-hals-MDK. "
                 "Informationssamtal med pat och sambo 8/5.")],
  must=["NL101"],
  why="Latin PAD diagnosis (carcinoma planocellulare linguae) visible; 'ej informerad om PAD ännu'")

C("ortop-osteosarkom-17-ar-foraldrarna-informerade-inte-pat", "vgr", "V_ORT_MOL",
  "Läkaranteckning", "Jonas Strand", L, "2024-03-19T17:05", 30, SV, "20060811-2942",
  [("Röntgen", "MR vä knä: 7 cm stor destruktiv process i distala femurmetafysen med periostreaktion "
               "av solfjädertyp och mjukdelskomponent."),
   ("PAD", "Mellannålsbiopsi: höggradigt osteosarkom, osteoblastisk typ."),
   ("Bedömning", "Osteosarkom distala femur vä. Pat (17 år) är ännu inte informerad; föräldrarna fick "
                 "beskedet igår på egen begäran. Samtal med pat imorgon tillsammans med sarkomteamet.")],
  must=["NL101"], must_not=["NL102"],
  why="17-year-old reads her own journal: parents told, the patient herself not yet")

C("kir-levermetastaser-typo-infomerad", "skane", "S_KIR_KRI",
  "Läkaranteckning", "Maria Olofsson", L, "2024-08-20T10:30", 20, OV, "19580506-7518",
  [("Anamnes", "Opererad med låg främre resektion för rektalcancer 2022, pT3N0. Följs enl. "
               "uppföljningsprogram."),
   ("PAD", "Ultraljudsledd leverbiopsi segment 7: metastas av kolorektalt adenokarcinom, CDX2-positiv."),
   ("Bedömning", "Levermetastaser från rektalcancern. Pat ej infomerad om biopsisvaret, tas upp vid "
                 "besöket hos kirurgen 27/8.")],
  must=["NL101"],
  why="typo 'infomerad': verified liver metastases, patient not told")

C("uro-seminom-vet-att-svar-finns-men-inte-svaret", "vgr", "V_URO_BOR",
  "Läkaranteckning", "Fredrik Hallberg", L, "2024-06-04T11:15", 40, OV, "19930227-4155",
  [("PAD", "Ablatio testis hö 28/5: klassiskt seminom, 22 mm, ingen lymfovaskulär invasion, rete "
           "testis fritt. pT1."),
   ("Bedömning", "Seminom hö testikel, kliniskt stadium I i väntan på DT. Pat vet att PAD-svaret "
                 "kommit men har inte fått själva svaret – det lämnar jag på telefontiden 12/6.")],
  must=["NL101"], must_not=["NL102"],
  why="patient knows a result exists but has not been given it; seminoma visible")

C("hud-mycosis-fungoides-ej-delgivits-utkast", "skane", "S_HUD_LUND",
  "Läkaranteckning", "Oskar Nilsson", L, "2024-05-22T15:00", None, OV, "19590403-1266",
  [("PAD", "Epidermotropt atypiskt lymfocytinfiltrat med Pautriers mikroabscesser, klonal "
           "T-cellsreceptorrearrangering påvisad. Utlåtande: mycosis fungoides."),
   ("Bedömning", "Mycosis fungoides, stadium IB (plack över 10 % av hudytan). Pat har ej delgivits "
                 "diagnosen; tas vid besöket 30/5 där även UVB-behandling diskuteras.")],
  must=["NL101"],
  why="unsigned draft: eponymous microscopy then mycosis fungoides; 'har ej delgivits diagnosen'")

C("kir-ventrikelcancer-tolk-saknades-ej-informerad", "vgr", "V_KIR_NAL",
  "Läkaranteckning", "Sara Ek", L, "2024-10-17T15:30", 55, OV, "19481219-8572",
  [("Gastroskopi", "Ulcererande tumör i corpus mot curvatura minor, ca 5 cm, vallartade kanter. "
                   "Biopsier x 8."),
   ("PAD", "Adenokarcinom av diffus typ enl. Laurén, med signetringceller."),
   ("Bedömning", "Ventrikelcancer. Pat ej informerad om PAD då han talar arabiska och tolk inte fanns "
                 "tillgänglig idag; tolk bokad till besöket 24/10.")],
  must=["NL101"],
  why="gastric cancer; not told because no interpreter was available")

C("kir-analcancer-inremitterande-har-lovat-ge-beskedet", "skane", "S_KIR_YST",
  "Läkaranteckning", "Björn Åkesson", L, "2024-01-25T10:50", 30, OV, "19660712-3822",
  [("PAD", "Px analkanalen kl 6: skivepitelcancer, basaloid typ, p16-positiv."),
   ("Bedömning", "Analcancer. Inremitterande distriktsläkare har lovat att ge pat beskedet; vi har "
                 "inte haft kontakt med pat ännu. Remiss onkologen för kemoradioterapi.")],
  must=["NL101"],
  why="telling delegated to the referring GP, not done yet; anal cancer visible")

C("kir-delvis-informerad-levermetastaserna-ej", "skane", "S_KIR_MAL",
  "Läkaranteckning", "Linnea Håkansson", L, "2024-03-27T14:00", 30, OV, "19530924-5131",
  [("Samtal", "Pat informerad idag om att PAD från koloskopin visar tjocktarmscancer i colon "
              "transversum. Han är ännu inte informerad om levermetastaserna som syns på DT – det tas "
              "vid nästa besök när onkologen är med."),
   ("Bedömning", "Koloncancer transversum med synkrona levermetastaser.")],
  must=["NL101"], must_not=["NL102"],
  why="told about the colon cancer but not about the liver metastases, which stand visible")

# =========================================================================== NL101 must_not
# The patient has been told, or the not-told statement is about someone/something else,
# or the diagnosis sits in a protected template/sökord.

C("hud-basaliom-informerad-per-telefon-av-undertecknad", "skane", "S_HUD_LUND",
  "Telefonanteckning", "Petra Axelsson", L, "2024-02-13T11:00", 15, OV, "19440618-7197",
  [("PAD", "Basalcellscancer av nodulär typ, radikalt exciderad, minsta marginal 3 mm."),
   ("Bedömning", "Basaliom vä näsvinge, radikalt borttaget. Pat informerad per telefon av "
                 "undertecknad. Ingen ytterligare åtgärd, egenkontroll av huden.")],
  must_not=["NL101"],
  why="basal cell carcinoma told by phone by the author")

C("kir-rektalcancer-informerad-sonerna-ska-inte-informeras", "vgr", "V_KIR_OST",
  "Läkaranteckning", "Henrik Lund", L, "2024-05-28T15:15", 30, OV, "19470108-3059",
  [("Bedömning", "Rektalcancer 8 cm ab ano, cT3N1M0 enl. MR och DT. Pat informerad om diagnosen av "
                 "mig vid besöket idag, tog beskedet sakligt. Han önskar att sönerna inte informeras "
                 "ännu, vilket respekteras."),
   ("Planering", "Preop strålbehandling 5 x 5 Gy, därefter TME. Kontaktssk: Annika Berg.")],
  must_not=["NL101"],
  why="relatives (sons) not informed at his wish; the patient himself informed")

C("uro-uretarsten-informerad-om-fyndet-ej-om-optid", "skane", "S_URO_ANG",
  "Läkaranteckning", "Nils Ohlsson", L, "2024-07-09T09:30", 20, OV, "19840321-2692",
  [("Röntgen", "DT urinvägar utan kontrast: 7 mm konkrement i proximala hö uretären med lätt "
               "hydronefros. Vä njure ua."),
   ("Bedömning", "Uretärsten hö, 7 mm. Pat informerad om fyndet på akuten igår och fick Diklofenak. "
                 "Ej informerad om tid för ureteroskopi ännu, kallelse skickas när tid finns.")],
  must_not=["NL101"],
  why="'ej informerad' concerns the operation date, the stone was told")

C("ortop-coxartros-ej-informerad-om-waranuppehall", "vgr", "V_ORT_MOL",
  "Läkaranteckning", "Karl Björk", L, "2024-08-14T10:40", 25, OV, "19500925-6289",
  [("Bedömning", "Primär coxartros hö, uttalad. Står på väntelista för totalprotes (THA) v. 38. "
                 "Pat är ännu inte informerad om att Waran ska sättas ut 5 dagar före op – ssk ringer "
                 "henne med instruktioner och bokar PK-kontroll.")],
  must_not=["NL101"],
  why="not-informed statement is about a medication pause, not a diagnosis")

C("brost-normal-mammografi-svarsbrev-ej-skickat", "skane", "S_BROST_MAL",
  "Läkaranteckning", "Helena Rydén", L, "2024-09-25T13:30", 20, OV, "19780502-5645",
  [("Röntgen", "Mammografi och riktat UL hö bröst: täta bröst, inga malignitetssuspekta "
               "förändringar, ingen motsvarighet till den palpabla resistensen."),
   ("Bedömning", "Normal undersökning. Pat ej meddelad ännu, svarsbrev går ut imorgon.")],
  must_not=["NL101", "NL102"],
  why="normal imaging not yet told is no diagnosis; negated 'malignitetssuspekta' is no hedge")

C("onh-vestibularisschwannom-kant-sedan-lange", "vgr", "V_ONH_BOR",
  "Läkaranteckning", "Malin Persson", L, "2024-03-05T14:50", 35, OV, "19601013-7419",
  [("Bedömning", "Vestibularisschwannom vä, 9 mm intrameatalt, oförändrat jämfört med MR 2022. Pat "
                 "känner sedan länge till diagnosen och informerades idag om att tumören inte har "
                 "växt. Ny MR om två år, ingen åtgärd dessförinnan.")],
  must_not=["NL101"],
  why="patient has long known the diagnosis ('känner sedan länge till')")

C("ogon-gra-starr-pat-val-informerad-vill-avvakta", "skane", "S_OGON_HBG",
  "Läkaranteckning", "Ola Jönsson", L, "2024-10-01T08:45", 30, OV, "19410227-3531",
  [("Status", "Visus hö 0,4, vä 0,7 med korr. Spaltlampa: kärnskleros grad 3 hö, grad 2 vä. Fundus "
              "ua bilat."),
   ("Bedömning", "Cataracta senilis bilat, hö > vä. Förklarat för pat att det är grå starr och att "
                 "op kan göras när han själv upplever besvär. Pat väl informerad, önskar avvakta till "
                 "våren.")],
  must_not=["NL101"],
  why="Latin diagnosis explained in lay words; 'pat väl informerad'")

C("uro-besked-gavs-av-kontaktssk-per-telefon", "vgr", "V_URO_SU",
  "Telefonanteckning", "Eva Granqvist", SSK, "2024-04-03T13:10", 10, OV, "19520616-8154",
  [("Aktuellt", "Beskedet om prostatacancer gavs av mig (kontaktsjuksköterska) per telefon idag, "
                "pat var förberedd och hade frågor om behandling. Bokad till läkarbesök hos dr "
                "Nyqvist 10/4 för behandlingsdiskussion, hustrun följer med.")],
  must_not=["NL101"],
  why="news given by the contact nurse by phone (told, by a nurse)")

C("kir-gist-pat-informerad-inremitterande-lakare-ej", "skane", "S_KIR_YST",
  "Läkaranteckning", "Björn Åkesson", L, "2024-06-18T11:40", 30, OV, "19570131-4261",
  [("PAD", "Gastrointestinal stromacellstumör (GIST) i ventrikeln, 3 cm, spindelcellig, "
           "2 mitoser/5 mm², KIT-positiv."),
   ("Bedömning", "GIST i ventrikeln, låg risk enl. Miettinen. Pat informerad vid dagens besök. "
                 "Inremitterande läkare på vårdcentralen är ännu inte informerad, kopia av "
                 "anteckningen skickas.")],
  must_not=["NL101", "NL102"],
  why="the one not informed is the referring doctor, the patient was told")

C("hud-tidiga-hypoteser-mall-lentigo-maligna-ej-informerad", "skane", "S_HUD_LUND",
  "Tidiga hypoteser", "Oskar Nilsson", L, "2024-11-12T10:20", 20, OV, "19461204-6427",
  [("Bedömning", "Klinisk bild och dermatoskopi vä kind talar starkt för lentigo maligna (melanom in "
                 "situ), DD pigmenterad aktinisk keratos. Pat ej informerad om misstanken, diagnostisk "
                 "excision bokad 20/11, besked när PAD finns.")],
  must_not=["NL101", "NL102", "NL104"],
  why="Skåne: uncommunicated hypothesis correctly in the protected Tidiga hypoteser template")

C("ortop-vgr-tidiga-hypoteser-sokord-synligt-utan-diagnos", "vgr", "V_ORT_UDD",
  "Läkaranteckning", "Anna Falk", L, "2024-02-27T15:20", 40, OV, "19540419-1594",
  [("Anamnes", "Tilltagande värk i hö överarm sedan 2 mån, nattlig värk, gått ner 5 kg."),
   ("Bedömning", "Rtg visar en förändring i proximala humerus som behöver utredas vidare. MR och lab "
                 "inkl. elfores och fria lätta kedjor beställt. Återbesök om 1 v."),
   ("Tidiga hypoteser", "Osteolys prox humerus hö, misstänkt myelom DD skelettmetastas. Pat ej "
                        "informerad om malignitetsmisstanken.")],
  must_not=["NL101", "NL102", "NL104"],
  why="VGR: hypothesis and not-told line under the Tidiga hypoteser sökord; visible text names no diagnosis")

C("kir-kolecystit-informerad-op-risker-ej-genomgangna-utkast", "vgr", "V_KIR_SKO",
  "Läkaranteckning", "Rasmus Holm", L, "2024-06-26T22:10", None, SV, "19700808-2146",
  [("Status", "Temp 38,4. Buk: palpöm under hö arcus, Murphys tecken positivt."),
   ("Röntgen", "UL: gallblåsa med väggförtjockning 6 mm, multipla konkrement, inkilat konkrement i "
               "halsen, perivesikal vätska."),
   ("Bedömning", "Akut kolecystit. Pat informerad om diagnos och plan med antibiotika och akut "
                 "kolecystektomi inom 72 h. Har ännu inte gått igenom op-riskerna med henne, det görs "
                 "av op-ansvarig imorgon bitti.")],
  must_not=["NL101", "NL102"],
  why="unsigned draft: told the diagnosis; not yet told the operative risks (not a diagnosis)")

C("brost-dcis-pat-last-svaret-sjalv-pa-1177", "skane", "S_BROST_MAL",
  "Läkaranteckning", "Frida Mårtensson", L, "2024-08-08T10:00", 45, OV, "19690613-3860",
  [("Aktuellt", "Pat hade själv läst PAD-svaret i 1177 Journalen innan vi hann ringa och hörde av "
                "sig orolig. Samtal idag där jag förklarat att det rör sig om ett duktalt cancer in "
                "situ (DCIS), grad 2, 15 mm, som opereras med sektorresektion."),
   ("Bedömning", "DCIS vä bröst. Pat informerad, frågor besvarade, kontaktsjuksköterskan ringde upp "
                 "igen på eftermiddagen.")],
  must_not=["NL101", "NL102"],
  why="patient read the result herself before the call, then was told; 'innan vi hann ringa' is past")

C("dagkir-pigmenterad-forandring-pad-ej-klart", "skane", "S_DAG_TRB",
  "Operationsberättelse", "Viktor Sandberg", L, "2024-04-24T10:30", 25, DK, "19880715-2478",
  [("Op-beskrivning", "Excision av 8 x 6 mm stor, oregelbundet pigmenterad förändring på ryggen, "
                      "2 mm marginal, suturerad med 4-0 Ethilon."),
   ("Planering", "PAD ej klart, pat därför inte informerad om något svar ännu. Suturtagning på VC om "
                 "12 dagar.")],
  must_not=["NL101", "NL102"],
  why="a lesion described in words, no diagnosis named; the not-told result does not exist yet")

C("kakkir-keratocysta-informerad-av-remitterande-tandlakare", "vgr", "V_KAK_SU",
  "Läkaranteckning", "Johanna Wikström", TL, "2024-03-13T09:20", 30, OV, "19900104-7837",
  [("Röntgen", "OPG och CBCT: 3 cm välavgränsad, multilokulär uppklarning i hö mandibelvinkel, tand "
               "48 retinerad i förändringen, canalis mandibulae förskjuten kaudalt."),
   ("PAD", "Odontogen keratocysta (OKC)."),
   ("Bedömning", "Keratocysta hö mandibel. Pat informerad av remitterande tandläkare redan, och idag "
                 "av mig om enukleation och extraktion av 48 i narkos. Risk för känselnedsättning i "
                 "underläppen genomgången.")],
  must_not=["NL101", "NL102"],
  why="oral surgery: told first by the referring dentist, then by the author")

C("kir-misstankt-esofaguscancer-pat-informerad-om-misstanken", "skane", "S_KIR_KRI",
  "Läkaranteckning", "David Persson", L, "2024-10-22T14:15", 20, OV, "19630228-4390",
  [("Bedömning", "Sväljningssvårigheter och viktnedgång 6 kg. Misstänkt esofaguscancer, gastroskopi "
                 "bokad fredag. Pat informerad om misstanken av mig idag, han hade själv funderat i de "
                 "banorna.")],
  must_not=["NL101"],
  why="the suspicion was told to the patient, so nothing uncommunicated (NL102 not asserted)")

C("uro-njurcancer-typo-informerd-vid-aterbesok", "skane", "S_URO_MAL",
  "Läkaranteckning", "Gunilla Strömberg", L, "2024-12-03T11:25", 30, OV, "19670419-6630",
  [("Bedömning", "Klarcellig njurcellscancer vä, 4,5 cm, pT1b efter robotassisterad partiell "
                 "nefrektomi, fria marginaler. Pat informerd om PAD vid dagens återbesök, nöjd. "
                 "Kontroll med DT thorax-buk om 6 mån.")],
  must_not=["NL101"],
  why="typo 'informerd': the patient was told at the follow-up visit")

C("hud-dysplastiskt-nevus-tidigare-misstankt-melanom-brev", "vgr", "V_HUD_SU",
  "Läkaranteckning", "Emma Lindahl", L, "2024-01-30T10:10", 15, OV, "19871107-8926",
  [("Bedömning", "Den pigmenterade förändringen på vä vad, som vid förra besöket misstänktes vara "
                 "melanom, har nu PAD-verifierats som dysplastiskt nevus med måttlig atypi, radikalt "
                 "exciderad. Pat informerad per brev och via 1177-meddelande.")],
  must_not=["NL101", "NL102"],
  why="an earlier melanoma suspicion now settled as a dysplastic naevus; told by letter")

# =========================================================================== NL102 must
# Uncertain diagnosis in a visible section of a Melior note.

C("akut-susp-appendicitis-acuta-mcburney", "skane", "S_AKUT_HBG",
  "Läkaranteckning", "Amir Haddad", L, "2024-02-03T02:15", 40, AK, "19990822-2384",
  [("Anamnes", "Buksmärta sedan igår kväll, debut runt naveln, nu lokaliserad till hö fossa, "
               "illamående, kräkts x 1."),
   ("Status", "Buk: palpöm i hö fossa iliaca med McBurney-ömhet, släppömhet och positivt Rovsings "
              "tecken. Temp 37,9."),
   ("Bedömning", "Susp. appendicitis acuta. DT buk beställd, fastande, kirurgjouren kontaktad.")],
  must=["NL102"],
  why="'Susp.' with a Latin diagnosis after eponymous signs")

C("ortop-fragetecken-scaphoideumfraktur", "vgr", "V_AKUT_ALI",
  "Läkaranteckning", "Lisa Ahlström", L, "2024-11-23T19:40", 35, AK, "20010512-5132",
  [("Status", "Ömhet i fossa tabatière hö och vid axiell kompression av tummen, nedsatt grepp."),
   ("Röntgen", "Rtg hö handled inkl. scaphoideumserie: ingen synlig frakturlinje."),
   ("Bedömning", "?Scaphoideumfraktur hö. Dorsal skena med tuminfattning, ny rtg om 10–14 dagar, "
                 "alt. MR.")],
  must=["NL102"],
  why="leading question mark on a fracture after a negative x-ray")

C("uro-torsio-testis-kan-ej-uteslutas-17-ar", "skane", "S_URO_MAL",
  "Läkaranteckning", "Lars Ekdahl", L, "2024-07-14T23:50", 20, AK, "20061102-3110",
  [("Anamnes", "Vaknade med plötslig smärta i vä pung för 3 h sedan, illamående."),
   ("Status", "Vä testikel högt stående och tvärställd, kraftigt öm, kremasterreflex saknas vä, "
              "Prehns tecken negativt."),
   ("Bedömning", "Torsio testis vä kan ej uteslutas. Akut explorativ scrototomi, anestesi "
                 "informerad.")],
  must=["NL102"],
  why="'kan ej uteslutas' on testicular torsion (17-year-old)")

C("ogon-misstankt-ablatio-svart-gardin-utkast", "skane", "S_OGON_LUND",
  "Läkaranteckning", "Hanna Carlsson", L, "2024-08-27T11:35", None, AK, "19661014-5812",
  [("Anamnes", "Sedan igår en 'svart gardin' som dras ner uppifrån över synfältet på hö öga, "
               "dessförinnan ljusblixtar och flytande prickar. Hög myopi, -7 D."),
   ("Bedömning", "Misstänkt ablatio retinae hö öga, bedöms akut av retinakirurg idag. Fastande från "
                 "nu.")],
  must=["NL102"],
  why="unsigned draft: lay description ('svart gardin') then 'Misstänkt ablatio retinae'")

C("hud-basaliom-dd-mb-bowen", "vgr", "V_HUD_SU",
  "Läkaranteckning", "Emma Lindahl", L, "2024-05-07T09:40", 20, OV, "19490321-1854",
  [("Lokalstatus", "Vä kind: 6 mm glänsande, pärlemorfärgad papel med teleangiektasier och central "
                   "krusta."),
   ("Bedömning", "Basaliom DD skivepitelcancer in situ (Mb Bowen). Excision med 4 mm marginal "
                 "planeras, PAD.")],
  must=["NL102"],
  why="'DD' between two eponymous/skin cancer diagnoses")

C("kakkir-inte-osannolikt-mronj", "skane", "S_KAK_MAL",
  "Läkaranteckning", "Ahmad Karimi", TL, "2024-09-09T10:15", 30, OV, "19551203-4728",
  [("Anamnes", "Extraherade 36 för 10 veckor sedan, såret har inte läkt. Behandlad med zoledronsyra "
               "2019–2022 pga skelettmetastaserad bröstcancer."),
   ("Lokalstatus", "Blottat, gulvitt ben regio 36–37 ca 8 x 5 mm, ingen pus, lätt ömhet."),
   ("Bedömning", "Inte osannolikt läkemedelsrelaterad osteonekros i käken (MRONJ), stadium 1. "
                 "Klorhexidinsköljning, kontroll om 4 v.")],
  must=["NL102"],
  why="double negative 'inte osannolikt' is a hedge, not a negation")

C("kir-lay-trol-gallsten-ev-kolecystektomi", "skane", "S_KIR_TRB",
  "Läkaranteckning", "Viktor Sandberg", L, "2024-03-21T13:05", 25, OV, "19850530-3423",
  [("Bedömning", "Återkommande smärtor under hö revbensbåge 1–2 h efter feta måltider, strålar mot "
                 "hö skulderblad. Trol. gallsten. UL lever/gallvägar bokas, ev. kolecystektomi "
                 "framöver.")],
  must=["NL102"],
  why="lay word 'gallsten' hedged with 'Trol.'")

C("kir-knol-ljumske-kan-inte-saga-om-elakartat", "vgr", "V_KIR_NAL",
  "Läkaranteckning", "Sara Ek", L, "2024-07-31T14:40", 30, OV, "19720617-9272",
  [("Anamnes", "Knöl i vä ljumske sedan 2 mån, ej öm, nattsvettningar senaste veckorna."),
   ("Status", "Vä ljumske: 3 cm fast, oöm, föga förskjutbar resistens nedom ligamentum inguinale, "
              "ej reponibel, ingen hosteimpuls."),
   ("Bedömning", "Kan i dagsläget inte säga om det är något elakartat; lymfom och metastas måste "
                 "uteslutas. Excisionsbiopsi bokas.")],
  must=["NL102"],
  why="lay 'elakartat' left open and lymphoma/metastasis 'måste uteslutas'")

C("uro-typo-misstnke-ovre-urotelial-cancer", "vgr", "V_URO_SU",
  "Läkaranteckning", "Sebastian Kraft", L, "2024-02-15T10:20", 20, OV, "19511009-2615",
  [("Anamnes", "Makroskopisk hematuri x 2, rökare 40 paketår."),
   ("Röntgen", "DT urografi: 2 cm fyllnadsdefekt i hö njurbäcken, ingen hydronefros."),
   ("Bedömning", "Stark misstnke om övre urotelial cancer hö. Ureterorenoskopi med biopsi och "
                 "cytologi.")],
  must=["NL102"],
  why="typo 'misstnke': suspected upper tract urothelial cancer")

C("ogon-mojlig-begynnande-gron-starr", "vgr", "V_OGON_UDD",
  "Läkaranteckning", "Kristina Hedlund", L, "2024-06-20T09:05", 25, OV, "19580127-6048",
  [("Status", "Tryck (Goldmann) hö 26, vä 24 mmHg. Papiller: C/D 0,7 hö med notch inferiort, 0,6 vä. "
              "Främre kammare djupa, vinklar öppna."),
   ("Bedömning", "Möjlig begynnande grön starr (primärt öppenvinkelglaukom), ffa hö. Synfält och OCT "
                 "RNFL om 3 mån, ingen behandling ännu.")],
  must=["NL102"],
  why="'Möjlig' with lay 'grön starr' after pressures and cup/disc ratios")

C("ortop-typo-trolien-halsporre", "skane", "S_ORT_HLM",
  "Läkaranteckning", "Karin Mattsson", L, "2024-05-02T10:25", 20, OV, "19740808-1227",
  [("Anamnes", "Smärta under vä häl sedan 4 mån, värst vid de första stegen på morgonen."),
   ("Status", "Palpöm vid mediala tuberculum calcanei, ingen svullnad, normal Achillessena."),
   ("Bedömning", "Trolien hälsporre (plantarfasciit) vä. Hälkopp, stretchprogram via "
                 "fysioterapeut.")],
  must=["NL102"],
  why="typo 'Trolien' (troligen) before a lay diagnosis")

C("kir-divertikulit-koloncancer-kan-inte-helt-uteslutas", "vgr", "V_KIR_KUN",
  "Läkaranteckning", "Elin Svensson", L, "2024-09-30T11:50", 40, SV, "19590715-3398",
  [("Röntgen", "DT buk (utlåtande röntgenläkare): 8 cm lång väggförtjockning av sigmoideum med "
               "omgivande fettstråk, ingen fri gas, ingen abscess."),
   ("Bedömning", "Bilden talar för okomplicerad divertikulit, men koloncancer kan inte helt uteslutas. "
                 "Koloskopi 6–8 v efter utläkning.")],
  must=["NL102"],
  why="'kan inte helt uteslutas' on colon cancer after a quoted CT report")

C("barnkir-hydatidtorsion-dd-epididymit-10-ar", "skane", "S_BKIR_LUND",
  "Läkaranteckning", "Anna-Karin Lööf", L, "2024-03-11T18:20", 30, AK, "20131012-6410",
  [("Anamnes", "10-årig pojke med smärta i hö hemiscrotum sedan igår, successiv debut, ingen feber."),
   ("Status", "Lokal ömhet vid övre testikelpolen med blåaktig prick genom huden (blue dot sign), "
              "testikeln normalt positionerad."),
   ("Undersökningsfynd", "UL med doppler: normalt flöde i båda testiklarna."),
   ("Bedömning", "Trol. torsion av Morgagnis hydatid, DD epididymit. Vila, NSAID, kontakt vid "
                 "försämring.")],
  must=["NL102"],
  why="child under 13 (guardian reads): eponymous 'Trol.' diagnosis with DD")

C("barnortoped-misstankt-mb-perthes-6-ar", "vgr", "V_BARN_DSBUS",
  "Läkaranteckning", "Maja Engström", L, "2024-04-25T13:15", 45, OV, "20171103-2357",
  [("Anamnes", "Haltar sedan 3 veckor, säger att det gör ont i vä knä. Inget trauma."),
   ("Status", "Nedsatt inåtrotation och abduktion vä höft, knäet ua."),
   ("Röntgen", "Bäcken och Lauenstein: lätt förtätning och avplattning av vä caput femoris epifys."),
   ("Bedömning", "Misstänkt Mb Perthes (Legg-Calvé-Perthes) vä. MR höfter, avlastning tills vidare.")],
  must=["NL102"],
  why="6-year-old: 'Misstänkt' eponymous hip disease after a radiology description")

C("hud-vgr-th-sokord-finns-men-bedomning-har-susp-melanom", "vgr", "V_HUD_BOR",
  "Läkaranteckning", "Jesper Åström", L, "2024-07-23T10:30", 30, OV, "19800209-4525",
  [("Lokalstatus", "Ryggen: 9 mm asymmetrisk, mångfärgad förändring med oregelbunden kant, ny sedan i "
                   "våras enl. pat."),
   ("Bedömning", "Susp. melanom, excideras med 2 mm marginal idag."),
   ("Tidiga hypoteser", "Misstänkt melanom rygg. Pat ej informerad om misstanken.")],
  must=["NL102"],
  why="VGR: hypothesis is in Tidiga hypoteser too, but the visible Bedömning repeats it hedged")

C("ogon-typo-hortons-sjukdom-kan-ej-utelsutas", "skane", "S_OGON_HBG",
  "Läkaranteckning", "Ola Jönsson", L, "2024-02-29T15:55", 25, AK, "19450506-1905",
  [("Anamnes", "Plötslig synnedsättning vä öga sedan imorse, huvudvärk i tinningarna och smärta när "
               "hon tuggar sedan 2 v."),
   ("Status", "Visus vä handrörelser, RAPD vä. Vä papill blek och svullen. SR 78, CRP 45."),
   ("Bedömning", "Främre ischemisk optikusneuropati vä; arteritis temporalis (Hortons sjukdom) kan ej "
                 "utelsutas. Prednisolon 60 mg insatt idag, temporalisbiopsi bokad.")],
  must=["NL102"],
  why="typo 'utelsutas' in 'kan ej uteslutas' on an eponymous diagnosis")

C("uro-psa-palpfynd-suspekt-for-prostatacancer", "skane", "S_URO_ANG",
  "Läkaranteckning", "Nils Ohlsson", L, "2024-11-27T10:45", 20, OV, "19561230-5499",
  [("Status", "PR: förstorad, fast prostata, i vä lob en hård, oöm knöl ca 1 cm."),
   ("Lab", "PSA 5,8 (1,9 för 2 år sedan). Kreatinin normalt."),
   ("Bedömning", "Stigande PSA och palpfynd suspekt för prostatacancer. MR prostata, därefter "
                 "ställningstagande till riktade biopsier.")],
  must=["NL102"],
  why="'suspekt för' prostate cancer after a palpation finding in words")

C("onh-sannolikt-naspolyper-utkast", "skane", "S_ONH_LUND",
  "Läkaranteckning", "Cecilia Bengtsson", L, "2024-09-19T14:40", None, OV, "19710321-7753",
  [("Anamnes", "Nästäppa bilat sedan ett år, nästan ingen lukt kvar. Astma sedan 20 år."),
   ("Status", "Främre rinoskopi: gråaktiga, gelatinösa, glansiga massor bilat i mellersta näsgången, "
              "ej ömma vid sondering."),
   ("Bedömning", "Sannolikt näspolyper (polyposis nasi) bilat. Nasonex 2 x 2, DT bihålor, återbesök "
                 "3 mån.")],
  must=["NL102"],
  why="unsigned draft: 'Sannolikt' with lay and Latin names")

C("kakkir-misstankt-ludwigs-angina-utkast", "vgr", "V_KAK_SU",
  "Läkaranteckning", "Oscar Hägg", TL, "2024-10-28T20:15", None, SV, "19830411-6935",
  [("Status", "Hård, öm svullnad submandibulärt bilat och under tungan, munbottnen upphöjd, trismus "
              "15 mm, grötigt tal, ingen stridor. Tand 47 djupt karierad."),
   ("Bedömning", "Misstänkt Ludwigs angina utgående från 47. DT hals med kontrast akut, iv "
                 "Bensylpenicillin och Metronidazol, narkosläkare informerad om luftvägen.")],
  must=["NL102"],
  why="unsigned draft: 'Misstänkt' eponymous infection; 'informerad' refers to a colleague")

C("ortop-fragetecken-ruptura-tendinis-achillis", "skane", "S_ORT_YST",
  "Läkaranteckning", "Henrik Söderberg", L, "2024-03-30T20:05", 25, AK, "19800918-1499",
  [("Anamnes", "Kände en 'smäll' i vä vad vid badminton, som om någon sparkat honom bakifrån."),
   ("Status", "Palpabel glapp 4 cm ovan calcaneus, Thompsons test positivt vä, kan ej stå på tå."),
   ("Bedömning", "?Ruptura tendinis Achillis vä. Gips i spetsfotsställning, UL bokas inom en vecka.")],
  must=["NL102"],
  why="question-marked Latin diagnosis after eponymous test")

C("ogon-uveit-bechterew-fragetecken-efter", "vgr", "V_OGON_MOL",
  "Läkaranteckning", "Mikael Forsberg", L, "2024-12-05T08:30", 30, OV, "19920127-3571",
  [("Anamnes", "Rött, ljuskänsligt hö öga sedan 3 dagar. Ont i ländryggen på morgnarna sedan flera "
               "år."),
   ("Status", "Hö öga: cirkumkorneal injektion, cells 2+ och flare 1+ i främre kammaren, bakre "
              "synekier kl 4–6. Vä ua."),
   ("Bedömning", "Akut främre uveit hö. Bechterew? Remiss reumatologen, HLA-B27 tas. "
                 "Dexametason-droppar och Cyklopentolat.")],
  must=["NL102"],
  why="trailing question mark on an eponymous diagnosis next to an established uveitis")

C("hud-typo-missankt-scabies", "skane", "S_HUD_LUND",
  "Läkaranteckning", "Oskar Nilsson", L, "2024-01-22T15:20", 15, OV, "20030614-8065",
  [("Bedömning", "Intensiv klåda nattetid sedan 3 v, sambon har samma besvär. Små gångar i "
                 "interdigitalrummen och papler på handlederna. Missänkt scabies, pat och sambo "
                 "behandlas med permetrin x 2 med en veckas mellanrum.")],
  must=["NL102"],
  why="typo 'Missänkt' (misstänkt) scabies")

C("karl-susp-aaa-kort", "vgr", "V_KARL_SKO",
  "Läkaranteckning", "Ulf Dahlberg", L, "2024-04-09T10:00", 10, OV, "19500803-8472",
  [("Bedömning", "Pulserande resistens ovan naveln. Susp. AAA. UL aorta.")],
  must=["NL102"],
  why="one-line note, abbreviated diagnosis 'Susp. AAA'")

C("akut-uretarsten-eller-kolecystit-bada-tankbara", "vgr", "V_AKUT_BOR",
  "Läkaranteckning", "Hugo Nordin", L, "2024-06-30T01:40", 30, AK, "19821125-2781",
  [("Bedömning", "Oklart om smärtan utgår från gallvägarna eller hö njure, både uretärsten och "
                 "kolecystit är tänkbara. DT buk med kontrast, lab inkl. leverstatus och U-sticka.")],
  must=["NL102"],
  why="two diagnoses both 'tänkbara' (possible)")

C("ortop-preop-rtg-thorax-malignitet-kan-inte-uteslutas", "skane", "S_ORT_HBG",
  "Inskrivningsanteckning", "Erik Holmgren", L, "2024-10-14T09:15", 40, SV, "19390501-3169",
  [("Aktuellt", "Inkommer för planerad totalprotes vä knä pga gonartros."),
   ("Röntgen", "Rtg thorax preop (utlåtande dr Wahlberg, röntgen): ingen pleuravätska, hjärtstorlek "
               "normal. 12 mm rundad förtätning i hö ovanlob, malignitet kan inte uteslutas, DT "
               "rekommenderas."),
   ("Bedömning", "Op i morgon enl. plan. DT thorax efter op, remiss skriven.")],
  must=["NL102"],
  why="quoted radiology report in the visible note says malignancy cannot be ruled out")

C("barnortoped-septisk-artrit-kan-inte-uteslutas-4-ar", "vgr", "V_BARN_DSBUS",
  "Läkaranteckning", "Maja Engström", L, "2024-02-08T22:25", 25, AK, "20190618-4609",
  [("Status", "Temp 39,1. Vill inte belasta hö ben, håller höften flekterad och utåtroterad, kraftig "
              "smärta vid passiv rörelse. CRP 110, LPK 17."),
   ("Bedömning", "Septisk artrit i hö höft kan inte uteslutas, DD coxitis simplex. Ledpunktion under "
                 "narkos ikväll, därefter iv Kloxacillin.")],
  must=["NL102"],
  why="4-year-old: 'kan inte uteslutas' plus DD")

# =========================================================================== NL102 must_not
# Near misses: established, negated, ruled out, family or past history, hedges about
# something else than a diagnosis, PMO, protected templates.

C("ortop-collesfraktur-beskriven-i-ord-ev-op", "skane", "S_ORT_YST",
  "Läkaranteckning", "Henrik Söderberg", L, "2024-01-12T17:30", 30, AK, "19530808-2469",
  [("Röntgen", "Rtg vä handled: tvärgående fraktur i distala radius ca 2 cm proximalt om ledytan, "
               "dorsal vinkling 20°, 3 mm radiell förkortning, ulnara styloiden avslagen."),
   ("Bedömning", "Collesfraktur vä (fractura radii loco typico). Reposition i hematomblockad, dorsal "
                 "gipsskena. Ev. op om felställningen återkommer vid kontroll om en vecka.")],
  must_not=["NL102"],
  why="fracture described in words then named with eponym and Latin; 'Ev.' is about surgery")

C("kir-misstanken-om-appendicit-har-avskrivits", "vgr", "V_KIR_KUN",
  "Läkaranteckning", "Oliver Falk", L, "2024-05-19T10:00", 20, SV, "20000229-5236",
  [("Bedömning", "DT buk utan tecken på appendicit, normal appendix visualiseras. CRP sjunker från 48 "
                 "till 20. Misstanken om appendicit har avskrivits. Gastroenterit, hem idag.")],
  must_not=["NL102"],
  why="the word 'misstanken' appears but the suspicion is dropped")

C("uro-hereditet-pappa-trol-prostatacancer", "skane", "S_URO_MAL",
  "Läkaranteckning", "Gunilla Strömberg", L, "2024-04-29T09:35", 25, OV, "19590910-3813",
  [("Hereditet", "Pappa hade trol. prostatacancer, dog 78 år, farbror likaså. Ingen bröstcancer i "
                 "släkten."),
   ("Bedömning", "Måttliga LUTS, IPSS 12. PSA 1,2, mjuk, jämn prostata ca 35 ml. Godartad "
                 "prostataförstoring (BPH), Tamsulosin prövas.")],
  must_not=["NL102"],
  why="hedged diagnosis belongs to the father (family history)")

C("ogon-tidigare-trol-herpeskeratit-i-anamnesen", "vgr", "V_OGON_UDD",
  "Läkaranteckning", "Kristina Hedlund", L, "2024-02-01T10:40", 20, OV, "19600920-1283",
  [("Anamnes", "Tidigare trol. herpes simplex-keratit vä öga 2018, aldrig verifierad. Kataraktop hö "
               "10/1 okomplicerad."),
   ("Status", "Visus hö 0,9 okorr. Hö: lugnt öga, klar hornhinna, IOL i kapselsäcken, fundus ua."),
   ("Bedömning", "Gott postop resultat hö. Avslutar droppbehandling, nytt glasögonrecept om 4 v.")],
  must_not=["NL102"],
  why="hedge sits in past history (2018), the current assessment is certain")

C("kir-ev-hem-imorgon-efter-kolecystektomi-utkast", "skane", "S_KIR_AVD_KRI",
  "Daganteckning", "Maria Olofsson", L, "2024-09-10T09:05", None, SV, "19881231-8221",
  [("Aktuellt", "Dag 2 efter laparoskopisk kolecystektomi för kolecystolitiasis. Afebril, äter och "
                "dricker, mobiliseras i korridoren, buken mjuk."),
   ("Bedömning", "Okomplicerat postop förlopp. Ev. hem imorgon, trol. drändrag ikväll om sparsamt "
                 "flöde.")],
  must_not=["NL102"],
  why="unsigned draft: 'Ev.' and 'trol.' are about discharge and the drain")

C("ortop-ganglion-storlek-med-fragetecken", "skane", "S_ORT_HLM",
  "Läkaranteckning", "Karin Mattsson", L, "2024-07-04T13:35", 20, OV, "19941116-6524",
  [("Status", "Dorsalt över hö handled en elastisk, oöm resistens ca 1,5 (?) cm, svår att mäta, "
              "transilluminerar tydligt."),
   ("Bedömning", "Ganglion hö handled. Ingen åtgärd, ev. aspiration om besvären tilltar.")],
  must_not=["NL102"],
  why="the question mark is about a size, the diagnosis is certain")

C("onh-typo-ingen-missanke-om-tumor", "skane", "S_ONH_LUND",
  "Läkaranteckning", "Elsa Norberg", L, "2024-03-14T10:05", 20, OV, "19761028-5939",
  [("Anamnes", "Heshet 4 v efter förkylning, rökfri sedan 10 år."),
   ("Undersökningsfynd", "Laryngoskopi: rörliga stämband, blank slemhinna, inga förändringar, lätt "
                         "rodnad."),
   ("Bedömning", "Ingen missanke om tumör. Viral laryngit, röstvila, återkontakt om kvarstående heshet "
                 "efter 3 v.")],
  must_not=["NL102"],
  why="typo 'missanke' inside a negation 'Ingen missanke om tumör'")

C("ortop-weber-b-lauge-hansen-ev-stallskruv", "vgr", "V_ORT_MOL",
  "Läkaranteckning", "Karl Björk", L, "2024-04-16T14:20", 20, OV, "19860713-8891",
  [("Röntgen", "Rtg hö fotled 6 v postop: platta och skruvar laterala malleolen i god position, "
               "ställskruv intakt, kongruent ledspringa."),
   ("Bedömning", "Weber B-fraktur hö (Lauge-Hansen SER IV), opererad 5/3. Läker som förväntat. Ev. "
                 "extraktion av ställskruven efter 8 v, trol. fri belastning från v. 10.")],
  must_not=["NL102"],
  why="eponymous classifications, established; hedges concern implants and weight-bearing")

C("uro-blascancer-kan-darmed-uteslutas-bph-blodning", "vgr", "V_URO_BOR",
  "Läkaranteckning", "Mats Eriksson", L, "2024-11-14T09:40", 25, OV, "19480602-4537",
  [("Undersökningsfynd", "Cystoskopi: inga tumörer, förstorade prostatalober med dilaterade kärl. "
                         "Urincytologi negativ, DT urografi ua."),
   ("Bedömning", "Blåscancer och övre urotelial cancer kan därmed uteslutas. Hematurin bedöms komma "
                 "från prostata vid godartad prostataförstoring, Finasterid insätts.")],
  must_not=["NL102"],
  why="'kan därmed uteslutas' (can be ruled out) is the negation, not the hedge")

# --------------------------------------------------------------------------- PMO (Skåne)
# PMO never shows diagnoses: hedged diagnoses are must_not NL102; NL101 is not asserted.

C("vc-pmo-susp-basaliom-excision", "skane", "S_VC_LIND",
  "Besöksanteckning", "Malin Ek", L, "2024-02-20T10:30", 30, OV, "19500111-3777",
  [("Bedömning", "Susp. basaliom hö kind, 7 mm. Excision med 5 mm marginal i lokalbedövning, suturer "
                 "tas om 7 dagar, PAD skickat.")],
  must_not=["NL102"], system="PMO",
  why="PMO: hedged skin cancer in primary care is never shown")

C("vc-pmo-fragetecken-dupuytren", "skane", "S_VC_ESLOV",
  "Besöksanteckning", "Ylva Hansson", L, "2024-09-04T11:10", 15, OV, "19520822-8139",
  [("Bedömning", "Knuta och strängbildning i vä handflata mot ringfingret, extensionsdefekt 15°. "
                 "?Dupuytrens kontraktur. Remiss handkirurgen Malmö om progress.")],
  must_not=["NL102"], system="PMO",
  why="PMO: question-marked eponymous diagnosis")

C("hemsjukvard-pmo-ev-trycksar-utkast", "skane", "S_HSJ_HOOR",
  "Omvårdnadsanteckning", "Birgitta Lund", SSK, "2024-11-02T09:30", None, "hemsjukvård",
  "19310917-2563",
  [("Hud", "Rodnad som inte bleknar vid tryck över sacrum ca 3 x 2 cm, liten blåsa. Ev. trycksår "
           "kategori 2. Avlastning, vändschema var 3:e timme, skumförband.")],
  must_not=["NL102"], system="PMO",
  why="PMO home care, unsigned draft: 'Ev. trycksår'")

C("vc-pmo-misstankt-otitis-media-3-ar", "skane", "S_VC_SJOBO",
  "Besöksanteckning", "Lukas Nyberg", L, "2024-01-16T15:45", 20, OV, "20200830-5407",
  [("Bedömning", "Feber och öronvärk vä sedan igår. Vä trumhinna rodnad och buktande. Misstänkt otitis "
                 "media acuta vä, Kåvepenin 10 dagar.")],
  must_not=["NL102"], system="PMO",
  why="PMO, child under 13: 'Misstänkt' Latin diagnosis")

C("vc-pmo-susp-melanom-ej-informerad", "skane", "S_VC_NASBY",
  "Besöksanteckning", "Jan Andersson", L, "2024-08-13T13:40", 25, OV, "19661201-6979",
  [("Bedömning", "Susp. malignt melanom ryggen, 11 mm, asymmetrisk med blå-vita strukturer. Pat ej "
                 "informerad om misstanken, remiss hudkliniken Lund som prioriterad.")],
  must_not=["NL102"], system="PMO",
  why="PMO: hedged melanoma not told; NL102 never in PMO (NL101 not asserted)")

# =========================================================================== NL104

C("tidiga-hypoteser-mall-utan-hypotes-ny-optid", "skane", "S_KIR_MAL",
  "Tidiga hypoteser", "Linnea Håkansson", L, "2024-04-04T10:10", 10, OV, "19720226-2601",
  [("Anteckning", "Pat ringde och vill flytta sin operationstid till vecka 22 pga semester. Ny tid "
                  "bokad.")],
  must=["NL104"], must_not=["NL102"],
  why="Skåne Tidiga hypoteser template holding only a rebooking, no hypothesis")

C("vgr-th-sokord-pad-verifierad-och-redan-informerad", "vgr", "V_KIR_OST",
  "Läkaranteckning", "Henrik Lund", L, "2024-03-26T13:20", 25, OV, "19640805-4028",
  [("Aktuellt", "Återbesök efter sektorresektion vä bröst. Såret läkt, inget serom."),
   ("Tidiga hypoteser", "PAD-verifierad invasiv lobulär bröstcancer vä, pT1cN0. Pat informerad av "
                        "kirurgen 19/3.")],
  must=["NL104"], must_not=["NL102", "NL101"],
  why="VGR Tidiga hypoteser sökord holds a settled diagnosis already told to the patient")

C("ortop-th-mall-sarkom-dd-hematom-ej-informerad", "skane", "S_ORT_HBG",
  "Tidiga hypoteser", "Erik Holmgren", L, "2024-06-24T12:30", 20, OV, "19700312-5874",
  [("Bedömning", "Djupt belägen mjukdelsförändring vä lår, 8 cm, växande. Misstänkt sarkom DD "
                 "organiserat hematom. Remiss sarkomcentrum Lund, pat ej informerad om "
                 "sarkommisstanken.")],
  must_not=["NL102", "NL104", "NL101"],
  why="Skåne TH template used as intended: untold hypothesis with size and DD")

# =========================================================================== long notes

C("kir-lang-appendektomi-misstankt-appendixcarcinoid", "skane", "S_KIR_MAL",
  "Operationsberättelse", "Jakob Holm", L, "2024-07-27T03:40", 50, SV, "19980309-1736",
  [("Operationsindikation", "26-årig tidigare frisk man med buksmärta sedan 18 timmar, debut "
                            "periumbilikalt, nu lokaliserad till hö fossa iliaca. CRP 86, LPK 14,2. DT "
                            "buk: förtjockad appendix 11 mm med periappendikulär fettinfiltration, "
                            "ingen abscess, ingen fri gas."),
   ("Op-beskrivning", "Ryggläge, generell anestesi, Cefuroxim 1,5 g och Metronidazol 1,5 g iv preop. "
                      "Öppen Hasson-teknik umbilikalt, 12 mm port, därefter 5 mm portar suprapubiskt "
                      "och i vä fossa under direkt syn. Pneumoperitoneum 12 mmHg. Sparsamt grumlig "
                      "vätska i lilla bäckenet som sugs rent, odling tagen. Appendix rodnad, svullen "
                      "och fibrinbelagd i distala två tredjedelar, ingen perforation. Mesoappendix "
                      "delas med LigaSure ner till basen. Vid basen palperas med instrument en ca 8 mm "
                      "fast, gulaktig knuta. Basen ligeras med två Endoloop, appendix delas och "
                      "extraheras i påse via umbilikala porten. Spolning, kontroll av hemostas, portar "
                      "ut under syn. Fascian umbilikalt sluts med Vicryl 0, huden med intrakutan "
                      "Monocryl 4-0. Lokalbedövning i portsåren."),
   ("Op-fynd", "Flegmonös appendicit utan perforation. Gulaktig, fast förändring ca 8 mm vid "
               "appendixbasen."),
   ("Bedömning", "Akut appendicit, laparoskopisk appendektomi utförd utan komplikationer. "
                 "Förändringen vid basen är misstänkt neuroendokrin tumör (appendixcarcinoid); PAD får "
                 "avgöra om kompletterande högersidig hemikolektomi behövs."),
   ("Postop ordination", "Fri peroral tillförsel, mobilisering ikväll. Ingen fortsatt antibiotika. "
                         "Trol. hem imorgon förmiddag, suturerna är resorberbara.")],
  must=["NL102"],
  why="long operation note: one hedged diagnosis (suspected carcinoid) among established findings")

C("ortop-lang-inskrivning-hoftfraktur-garden-iv-inga-hedges", "vgr", "V_ORT_MOL",
  "Inskrivningsanteckning", "Lovisa Sandström", L, "2024-01-04T18:20", 60, SV, "19341029-3421",
  [("Kontaktorsak", "Fall i hemmet i morse, kunde inte resa sig, hittad av hemtjänsten efter ca 2 "
                    "timmar."),
   ("Anamnes", "89-årig kvinna, bor ensam i lägenhet med hemtjänst 2 ggr/d, går med rollator "
               "inomhus. Tidigare förmaksflimmer, hypertoni, lätt kognitiv svikt. Opererad för grå "
               "starr bilat. Inga kända allergier."),
   ("Aktuella läkemedel", "Eliquis 2,5 mg x 2, senaste dos igår kväll kl 20. Bisoprolol 2,5 mg x 1. "
                          "Amlodipin 5 mg x 1."),
   ("Status", "AT: smärtpåverkad vid rörelse, i övrigt opåverkad. Vaken, orienterad till person, ej "
              "till tid. Cor: oregelbunden rytm, inga blåsljud. Pulm: ua. Hö ben förkortat och "
              "utåtroterat, distalstatus ua, huden hel."),
   ("Röntgen", "Rtg hö höft och bäcken: dislocerad medial collumfraktur hö, Garden IV. Ingen lytisk "
               "förändring, inga tecken på patologisk fraktur. Vä höft ua."),
   ("Lab", "Hb 118, CRP 4, krea 92, elektrolyter normala, PK 1,1."),
   ("Bedömning", "Dislocerad collum femoris-fraktur hö, Garden IV, hos äldre kvinna med lätt kognitiv "
                 "svikt och behandlat förmaksflimmer. Indikation för hemiartroplastik. Ingen misstanke "
                 "om patologisk fraktur."),
   ("Planering", "Op-anmäld för halvprotes imorgon förmiddag, Eliquis-uppehåll, ingen reversering "
                 "behövs. Fascia iliaca-blockad given på akuten. Trycksårsprevention, fastande från "
                 "midnatt. Ev. blodtransfusion om Hb under 90 postop."),
   ("Information", "Pat och dottern (på telefon) informerade om frakturen och op-planen, pat "
                   "samtycker.")],
  must_not=["NL102", "NL101"],
  why="long admission note: eponymous classification, negations and 'Ev.' about transfusion; all told")

C("uro-lang-prostatektomi-pad-uppgraderad-ej-informerad", "skane", "S_URO_MAL",
  "Läkaranteckning", "Lars Ekdahl", L, "2024-10-29T15:10", 40, OV, "19580117-4714",
  [("Anamnes", "66-årig man, robotassisterad radikal prostatektomi 1/10 för prostatacancer ISUP 2, "
               "PSA 7,4, cT2a. Tidigare frisk förutom hypertoni. Kateter avvecklad dag 8, sedan dess "
               "lätt ansträngningsinkontinens."),
   ("Aktuellt", "Ringde idag om ökat läckage och sveda vid miktion sedan 3 dagar, ingen feber. "
                "U-sticka på VC: leukocyter 2+, nitrit positiv. Odling tagen, Selexid insatt av "
                "VC-läkaren."),
   ("PAD", "Radikal prostatektomi med bilateral lymfkörtelutrymning: acinärt adenokarcinom Gleason "
           "4+3=7 (ISUP grad 3), tumörvolym ca 30 % av körteln, extraprostatisk växt dorsolateralt hö "
           "(pT3a), positiv marginal hö posterolateralt 3 mm, vesikler utan tumör. 0/14 lymfkörtlar "
           "med metastas (pN0)."),
   ("Lab", "PSA 6 veckor postop ej taget ännu, remiss skickad."),
   ("Bedömning", "Prostatacancer uppgraderad till ISUP 3, pT3a pN0 med positiv marginal. "
                 "Urinvägsinfektion efter kateterbehandling, behandlas av VC, odlingssvar följs. Pat ej "
                 "informerad om PAD-svaret ännu. Han ringde om kateterbesvären och jag valde att inte "
                 "ta beskedet per telefon, det lämnas vid det bokade återbesöket 5/11 med "
                 "kontaktsjuksköterskan närvarande."),
   ("Planering", "PSA inför återbesöket. Diskuteras på uro-onkologisk MDK 4/11 ang. adjuvant "
                 "strålbehandling. Bäckenbottenträning fortsätter.")],
  must=["NL101"], must_not=["NL102"],
  why="long note: upgraded, extraprostatic cancer in PAD not yet told (news at the visit)")

C("hud-lang-hudgenomgang-keratoakantom-dd-skivepitelcancer", "vgr", "V_HUD_BOR",
  "Läkaranteckning", "Jesper Åström", L, "2024-03-18T13:40", 45, OV, "19520504-9132",
  [("Aktuellt", "Remiss från VC för hudgenomgång. 71-årig man, tidigare lantbrukare, mycket sol utan "
                "skydd genom åren. Flera förändringar i ansiktet, på hjässan och händernas ryggsidor. "
                "Opererad för basaliom på ryggen 2019."),
   ("Lokalstatus", "Hjässan: ett tiotal sträva, rodnade, fjällande fläckar 3–8 mm, typiska aktiniska "
                   "keratoser. Bålen: multipla bruna, vaxartade, 'påklistrade' papler 5–15 mm, "
                   "seborroiska keratoser. Vä handrygg: 12 mm snabbväxande, kupolformad knuta med "
                   "central keratinplugg, uppkommen på 6 veckor enl. pat. Hö kind: 4 mm rosa papel utan "
                   "dermatoskopiska malignitetstecken. Inga palpabla lymfkörtlar i axiller eller på "
                   "halsen."),
   ("Bedömning", "Aktiniska keratoser på hjässan. Seborroiska keratoser på bålen, ofarliga. Knutan på "
                 "vä handrygg: keratoakantom DD högt differentierad skivepitelcancer, exciderar med "
                 "4 mm marginal. Den rosa papeln på hö kind bedöms som benign och följs."),
   ("Åtgärd", "Kryoterapi av aktiniska keratoser på hjässan, 2 cykler à 10 sek. Excision vä handrygg i "
              "lokalbedövning, suturerna tas på VC om 12 dagar. PAD skickat."),
   ("Planering", "Solskyddsråd givna muntligt och skriftligt. Återbesök om 6 mån för "
                 "ställningstagande till fotodynamisk terapi av hjässan.")],
  must=["NL102"],
  why="long skin survey: several certain diagnoses, one 'DD' in the assessment")

C("ogon-lang-katarakt-fuchs-informerad-ev-dmek", "skane", "S_OGON_LUND",
  "Läkaranteckning", "Rickard Lönn", L, "2024-05-29T10:20", 35, OV, "19470222-6285",
  [("Anamnes", "77-årig kvinna remitterad från optiker för grumlig syn och bländning vid "
               "mörkerkörning. Synen sämst på morgonen och klarnar under förmiddagen. Hypertoni, typ "
               "2-diabetes på tablettbehandling."),
   ("Status", "Visus hö 0,3, vä 0,6 med bästa korr. Tryck 16/17. Spaltlampa: guttae centralt i båda "
              "hornhinnorna, lätt stromaödem hö. Kärnkatarakt grad 3 hö, grad 2 vä. Fundus: inga "
              "tecken på diabetesretinopati, makula ua."),
   ("Undersökningsfynd", "Pakymetri: central hornhinnetjocklek hö 612 µm, vä 585 µm. "
                         "Endotelcellsräkning hö 1100 celler/mm², vä 1450."),
   ("Bedömning", "Katarakt bilat, hö > vä, samt Fuchs endoteldystrofi bilat. Synnedsättningen hö beror "
                 "på både starren och hornhinnan."),
   ("Information", "Pat informerad om Fuchs dystrofi och om att hornhinnan kan svullna mer efter "
                   "kataraktop. Hon förstår att en hornhinnetransplantation (DMEK) kan bli aktuell "
                   "senare. Väl informerad och önskar op."),
   ("Planering", "Anmäld för fakoemulsifikation hö med skyddande viskoelastikum, ev. DMEK i samma seans "
                 "bedöms av hornhinnekirurg. Vä op tidigast om 3 mån.")],
  must_not=["NL101", "NL102"],
  why="long ophthalmology note: eponymous dystrophy told to the patient; 'ev.' is about a procedure")


# =========================================================================== validation

KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs",
             "sections"}
CODES = {"NL101", "NL102", "NL104"}
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}


def luhn_ok(pnr):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{3})(\d)", pnr)
    if not m:
        return False
    digits = m.group(1)[2:] + m.group(2) + m.group(3)
    digits = pnr[2:8] + pnr[9:12]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == int(pnr[12])


def age_on(birth, when):
    b = datetime.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def split_sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+", text) if s.strip()]


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != KEYS:
            problems.append(f"{n}: keys {list(c.keys())}")
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n):
            problems.append(f"{n}: bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: ruleset")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{n}: why must be one line")
        if not (c["must"] or c["must_not"]):
            problems.append(f"{n}: asserts nothing")
        rec = c["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            problems.append(f"{n}: personnummer check digit {pat['id']}")
        if pat["birth_date"].replace("-", "") != pat["id"][:8]:
            problems.append(f"{n}: birth_date does not match id")
        datetime.fromisoformat(rec["as_of"])
        note_ids = set()
        for note in rec["notes"]:
            if set(note.keys()) != NOTE_KEYS:
                problems.append(f"{n}: note keys")
            note_ids.add(note["id"])
            t = datetime.fromisoformat(note["time"])
            if t.year != 2024:
                problems.append(f"{n}: note time not in 2024")
            if note["signed"] is not None:
                s = datetime.fromisoformat(note["signed"])
                if s < t or s.year != 2024:
                    problems.append(f"{n}: signed before time or outside 2024")
            if t > datetime.fromisoformat(rec["as_of"]):
                problems.append(f"{n}: note after as_of")
            a = age_on(pat["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                problems.append(f"{n}: patient age {a} not allowed")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{n}: VGR cases are Melior only")
            if note["system"] not in ("Melior", "PMO"):
                problems.append(f"{n}: system")
            if note["system"] == "PMO":
                for code, _ in c["must"]:
                    if code == "NL102":
                        problems.append(f"{n}: NL102 must on PMO")
                for code, _ in c["must"] + c["must_not"]:
                    if code == "NL101":
                        problems.append(f"{n}: NL101 asserted on PMO")
            if not note["sections"]:
                problems.append(f"{n}: note without sections")
            for sec in note["sections"]:
                if not sec["keyword"] or not sec["text"]:
                    problems.append(f"{n}: empty section")
                for s in split_sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in sentences and sentences[s] != n:
                            problems.append(f"{n}: sentence repeated from {sentences[s]}: {s!r}")
                        elif s in sentences:
                            problems.append(f"{n}: sentence repeated in case: {s!r}")
                        sentences[s] = n
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    problems.append(f"{n}: unknown code {code}")
                if target not in note_ids:
                    problems.append(f"{n}: target {target} not a note")
                if (code, target) in seen:
                    problems.append(f"{n}: {code} asserted twice")
                seen.add((code, target))
    return problems


def main():
    problems = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-read to be sure the file round-trips
    back = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    if back != CASES:
        problems.append("jsonl does not round-trip")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"{len(CASES)} cases -> {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
