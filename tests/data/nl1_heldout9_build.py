#!/usr/bin/env python3
"""nl1_heldout9_cases: frozen held-out NL1 gold set (NL101, NL102).

Dependency-free and deterministic: `python3 build.py` writes nl1_heldout9_cases.jsonl
beside this file and validates it (exit status 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout9_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-E0000000"
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_akut_mo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "4F21"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SK + "6B07"),
    "sk_onk_lu": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "3C88"),
    "sk_brost_lu": ("Bröstmottagningen, Skånes universitetssjukhus Lund", SK + "3C91"),
    "sk_neuro_lu": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "7619"),
    "sk_psyk_hbg": ("Allmänpsykiatrisk mottagning Helsingborg", SK + "8D12"),
    "sk_psyk_lu": ("Vuxenpsykiatrimottagning Lund", SK + "8D40"),
    "sk_barn_lu": ("Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", SK + "2A55"),
    "sk_kir_krs": ("Kirurgiska kliniken, Centralsjukhuset Kristianstad", SK + "5E30"),
    "sk_kir_mo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "5E02"),
    "sk_kk_mo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", SK + "9A14"),
    "sk_kk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", SK + "9A61"),
    "sk_inf_lu": ("Infektionskliniken, Skånes universitetssjukhus Lund", SK + "1H77"),
    "sk_reuma_lu": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", SK + "2R19"),
    "sk_kard_hbg": ("Kardiologiska kliniken, Helsingborgs lasarett", SK + "6K33"),
    "sk_ger_ys": ("Geriatriska kliniken, Lasarettet Ystad", SK + "7G05"),
    "sk_hud_lu": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "4D62"),
    "sk_ogon_mo": ("Ögonkliniken, Skånes universitetssjukhus Malmö", SK + "3O48"),
    "sk_onh_hbg": ("Öron-, näs- och halskliniken, Helsingborgs lasarett", SK + "6N10"),
    "sk_uro_mo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "5U27"),
    "sk_med_tr": ("Medicinkliniken, Trelleborgs lasarett", SK + "8M03"),
    "sk_endo_mo": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", SK + "4E71"),
    "sk_orto_hlm": ("Ortopedkliniken, Hässleholms sjukhus", SK + "7T36"),
    "sk_lung_lu": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", SK + "2L58"),
    "sk_hem_lu": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "2B90"),
    # Region Skåne, PMO (primary care)
    "sk_vc_ell": ("Vårdcentralen Ellenbogen, Malmö", SK + "P104"),
    "sk_vc_sjo": ("Vårdcentralen Sjöbo", SK + "P233"),
    "sk_vc_esl": ("Vårdcentralen Eslöv", SK + "P318"),
    "sk_vc_hus": ("Vårdcentralen Husensjö, Helsingborg", SK + "P422"),
    "sk_bvc_hoor": ("BVC Höör", SK + "P509"),
    "sk_um_lkr": ("Ungdomsmottagningen Landskrona", SK + "P611"),
    "sk_hsjv_ang": ("Hemsjukvården Ängelholm", SK + "P730"),
    # Västra Götalandsregionen, Melior
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "11021"),
    "vg_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", VG + "11388"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "12207"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "12650"),
    "vg_psyk_nal": ("Psykiatrimottagning Trollhättan, NU-sjukvården", VG + "13114"),
    "vg_psyk_sas": ("Psykiatrisk öppenvård Borås, Södra Älvsborgs sjukhus", VG + "13170"),
    "vg_barn_dsbus": ("Drottning Silvias barnsjukhus, Göteborg", VG + "14003"),
    "vg_kir_sas": ("Kirurgkliniken, Södra Älvsborgs sjukhus Borås", VG + "14459"),
    "vg_kk_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "15021"),
    "vg_kk_skas": ("Kvinnosjukvården, Skaraborgs sjukhus Skövde", VG + "15190"),
    "vg_inf_ostra": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "15544"),
    "vg_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "16032"),
    "vg_kard_skas": ("Kardiologiska kliniken, Skaraborgs sjukhus Skövde", VG + "16377"),
    "vg_ger_mdl": ("Geriatriken, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "16810"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "17265"),
    "vg_ogon_mdl": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "17702"),
    "vg_onh_su": ("Öron-näs-hals-mottagningen, Sahlgrenska Universitetssjukhuset", VG + "18119"),
    "vg_uro_nal": ("Urologmottagningen, NU-sjukvården NÄL", VG + "18480"),
    "vg_med_al": ("Medicinkliniken, Alingsås lasarett", VG + "19036"),
    "vg_hem_su": ("Hematologen, Sahlgrenska Universitetssjukhuset", VG + "19311"),
    "vg_lung_su": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", VG + "19578"),
    "vg_gastro_su": ("Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "19902"),
    "vg_orto_skas": ("Ortopedkliniken, Skaraborgs sjukhus Skövde", VG + "20166"),
    "vg_endo_su": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "20413"),
}

PMO_UNITS = {k for k in UNITS if k.startswith(("sk_vc_", "sk_bvc_", "sk_um_", "sk_hsjv_"))}


def _iso(t):
    return None if t is None else t.replace(" ", "T") + ":00"


def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård", refs=()):
    """One note. unit: key of UNITS; time/signed: 'YYYY-MM-DD HH:MM' (signed None = draft);
    sections: list of (keyword, text)."""
    name, hsa = UNITS[unit]
    system = "PMO" if unit in PMO_UNITS else "Melior"
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": _iso(time), "signed": _iso(signed), "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, ruleset, pnr, notes, must, must_not, why, typo=False):
    CASES.append({"case": name, "ruleset": ruleset, "pnr": pnr, "notes": notes,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why, "_typo": typo})

# =====================================================================================
# A. NL101 must: a diagnosis in visible text while the note says the patient is not told
# =====================================================================================

C("a01-brostcancer-pad-ej-informerad", "skane", "19710422-3628",
  [N("n1", "sk_brost_lu", "Läkaranteckning", "Karin Lindqvist", "läkare",
     "2024-03-07 10:40", "2024-03-07 11:05",
     [("Bedömning", "PAD mellannålsbiopsi vä bröst: invasiv duktal cancer, ER+/PR+, HER2-neg, Ki67 18 %. "
                    "Pat ej informerad ännu, besked ges vid besök hos bröstkirurg 14/3.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Confirmed breast cancer in Bedömning, note says the patient has not been told yet.")

C("a02-ms-mcdonald-besked-ej-givet", "vgr", "19920615-8421",
  [N("n1", "vg_neuro_su", "Läkaranteckning", "Jonas Edvardsson", "läkare",
     "2024-04-18 15:20", "2024-04-18 16:02",
     [("Anamnes", "31-årig kvinna som remitterades efter en episod med optikusneurit hö i januari, följd av domningar i vä ben i mars som gick i regress på tre veckor. "
                  "Tidigare frisk. Arbetar som lärare, har en son på fyra år."),
      ("Aktuellt", "Genomgång av MR hjärna och halsrygg samt likvorsvar. Nytillkomna T2-lesioner periventrikulärt "
                   "och juxtakortikalt, en laddande. Oligoklonala band påvisade i likvor."),
      ("Bedömning", "Fynden uppfyller McDonald-kriterierna och diagnosen multipel skleros är därmed fastställd. "
                    "Hon har ännu inte fått besked om detta, är på resa och har uttryckligen bett att inte få svar per telefon."),
      ("Planering", "Nybesök med MS-sjuksköterska och undertecknad v. 18 för diagnosbesked och genomgång av "
                    "sjukdomsmodifierande behandling.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "MS diagnosis settled in a visible note; the patient has not yet been given the diagnosis.")

C("a03-coloncancer-levermetastaser-diktat-epikris", "skane", "19480903-2156",
  [N("n1", "sk_kir_krs", "Epikris", "Birgitta Holm (läkarsekreterare), diktat av Per Nyström", "läkarsekreterare",
     "2024-05-21 13:10", "2024-05-22 09:30",
     [("Orsak till vård", "Planerad operation för cancer i colon sigmoideum."),
      ("Vårdförlopp", "75-årig man med hypertoni och typ 2-diabetes som utretts för järnbristanemi och blod i avföringen. "
                      "Koloskopi i mars visade en cirkulär tumör i sigmoideum och PAD visade adenocarcinom. "
                      "Preoperativ DT thorax-buk bedömdes som utan säkra tecken på spridning. "
                      "Laparoskopisk sigmoideumresektion 13/5 utan komplikationer. "
                      "Vid operationen noterades två ytliga förändringar i levern segment 6 som biopserades. "
                      "Postoperativt övergående förvirring andra och tredje dygnet, behandlad med haloperidol i låg dos, nu klar och orienterad. "
                      "Mobiliserad, äter och har normal tarmfunktion."),
      ("PAD", "Operationspreparat: adenocarcinom pT3N1a, 1/18 lymfkörtlar med metastas, fria resektionsränder. "
              "Leverbiopsierna visar metastaser från koloncancern."),
      ("Information", "Pat är informerad om att tumören i tjocktarmen är bortopererad och att en lymfkörtel var angripen. "
                      "Han har däremot inte informerats om levermetastaserna eftersom svaret kom efter hans senaste samtal med oss och han då fortfarande var konfusorisk. "
                      "Beskedet ges av operatören vid återbesök, dottern vill närvara."),
      ("Planering", "Återbesök kirurgmottagningen om två veckor. Remiss till onkologen för ställningstagande till adjuvant "
                    "respektive palliativ behandling efter MDK. Hemtjänst återupptas.")],
     setting="slutenvård")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Long dictated epikris: the tumour was told, the liver metastases (a diagnosis) were not.")

C("a04-akut-bukaortaaneurysm-bifynd-ej-meddelat", "vgr", "19510128-3058",
  [N("n1", "vg_akut_su", "Akutanteckning", "Sofia Bergh", "läkare",
     "2024-02-11 02:45", None,
     [("Röntgen", "DT buk med kontrast pga vänstersidig buksmärta: som bifynd ett 6,1 cm stort infrarenalt bukaortaaneurysm utan tecken på läckage. "
                  "I övrigt okomplicerad divertikulit i colon descendens."),
      ("Åtgärd", "Ej meddelat pat ännu om aneurysmet, kärlkirurg på jour kontaktad och vill träffa pat på morgonen innan besked.")],
     setting="akut")],
  [("NL101", "n1")], [],
  "Unsigned ED draft: an incidental aortic aneurysm is written down and has not been told to the patient.")

C("a05-psyk-schizofreni-ej-delgiven", "skane", "19990311-4719",
  [N("n1", "sk_psyk_hbg", "Läkaranteckning", "Amir Haddad", "läkare",
     "2024-06-04 14:30", "2024-06-04 16:10",
     [("Anamnes", "25-årig man som remitterats från vårdcentralen efter ett års tilltagande isolering, avbrutna studier och rösthallucinationer. "
                  "Modern beskriver att han slutat träffa vänner och sitter uppe om nätterna."),
      ("Psykiskt status", "Vaken, orienterad. Vaksam och kortfattad, formella tankestörningar. Bekräftar röster som kommenterar hans handlingar. Ej suicidal."),
      ("Bedömning", "Utifrån strukturerad intervju (SCID-5), journalgenomgång och kompletterande anamnes från modern uppfyller pat kriterierna för schizofreni. "
                    "Diagnosen har inte delgetts pat vid dagens besök pga hög ångestnivå och misstänksamhet mot vården; tas upp vid nästa samtal när han är mer stabil."),
      ("Planering", "Fortsatt olanzapin 10 mg tn. Åter om 1 v med kontaktperson.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Psychiatric diagnosis settled; the note says it has not been disclosed to the patient yet.")

C("a06-pankreascancer-spridd-tva-anteckningar", "vgr", "19560717-6137",
  [N("n1", "vg_onk_su", "Läkaranteckning", "Henrik Alm", "läkare",
     "2024-09-02 11:00", "2024-09-02 12:20",
     [("Aktuellt", "Pat remitterad för ställningstagande till onkologisk behandling efter påvisad tumör i pankreashuvudet. "
                   "Har haft ikterus som avlastats med stent via ERCP i augusti. Viktnedgång 9 kg sedan i våras, trött, äter små portioner."),
      ("Utredning", "Ny DT thorax-buk 29/8: multipla levermetastaser samt misstänkta små lungnoduli. "
                    "Cytologi från leverbiopsi: adenocarcinom förenligt med pankreasursprung."),
      ("Bedömning", "Metastaserad pankreascancer, ej kurativt åtgärdbar. Pat vet att han har en tumör i bukspottkörteln men är inte informerad om att det rör sig om spridd sjukdom. "
                    "Han bad idag själv att få höra detaljerna först när hustrun kan vara med."),
      ("Planering", "Nytt besök på torsdag med hustrun för besked och diskussion om palliativ cytostatika (gemcitabin + nab-paklitaxel) kontra enbart symtomlindring. "
                    "Kontaktsjuksköterska Lena informerad. Kontakt med ASIH förbereds.")]),
   N("n2", "vg_onk_su", "Sjuksköterskeanteckning", "Lena Sandberg", "sjuksköterska",
     "2024-09-05 15:40", "2024-09-05 16:00",
     [("Samtal", "Deltog vid läkarbesök hos dr Alm. Pat och hustru informerade om att cancern har spridit sig till levern. "
                 "De tog emot beskedet samlat, många frågor om tid och symtom. Hustrun ringer vid behov.")])],
  [("NL101", "n1")], [("NL101", "n2")],
  "Two notes: the first states the spread has not been told (breaks), the second records that it was told (keeps).")

C("a07-prostatacancer-gleason-ej-underrattad", "skane", "19580503-3395",
  [N("n1", "sk_uro_mo", "Läkaranteckning", "Erik Wallin", "läkare",
     "2024-04-25 08:50", "2024-04-25 09:05",
     [("Svar", "PAD prostatabiopsier: adenocarcinom Gleason 4+3=7 i 5/12 biopsier. Pat ej underrättad än, tel.tid bokad 8/5.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Short telegraphic line: prostate cancer on biopsy, patient not yet notified.")

C("a08-myelom-pat-ovetande", "vgr", "19490219-2782",
  [N("n1", "vg_hem_su", "Läkaranteckning", "Maria Öberg", "läkare",
     "2024-10-14 13:15", "2024-10-14 14:00",
     [("Lab", "M-komponent IgG kappa 42 g/L, Hb 96, kreatinin 128, Ca 2,71."),
      ("Utredning", "Benmärg: 30 % klonala plasmaceller. Helkropps-DT med lytiska förändringar i bäcken och kotor."),
      ("Diagnos", "Multipelt myelom."),
      ("Information", "Pat är hittills ovetande om diagnosen, har bara fått veta att blodvärdena är avvikande. "
                      "Besked ges tillsammans med kontaktsjuksköterska på torsdag.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Myeloma under Diagnos; the patient is said to be unaware of it.")

C("a09-als-typo-informarad", "skane", "19630827-5244",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ulrika Persson", "läkare",
     "2024-01-23 16:05", "2024-01-23 16:30",
     [("Bedömning", "ALS enl. EMG (utbredd denervation i tre regioner) och klinik. Pat ej informarad, diagnosbesked vid återbesök tillsammans med make 30/1.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Typo in the cue word ('informarad'): ALS written visibly, patient not told.", typo=True)

C("a10-klinefelter-16-aring-ej-informerad", "vgr", "20071104-1939",
  [N("n1", "vg_barn_dsbus", "Läkaranteckning", "Petra Nygren", "läkare",
     "2024-02-27 10:30", "2024-02-27 11:45",
     [("Aktuellt", "Utredning av försenad pubertet och gynekomasti på remiss från skolsköterskan. Lätta inlärningssvårigheter i mellanstadiet. Svar på kromosomanalys har kommit."),
      ("Status", "Längd 181 cm, vikt 68 kg. Tanner G2 P3, testikelvolym 3 ml bilat. Gynekomasti bilat utan ömhet."),
      ("Socialt", "Går första året på gymnasiet, spelar handboll. Bor med mamma och lillebror."),
      ("Lab", "Karyotyp 47,XXY. LH och FSH förhöjda, testosteron lågt."),
      ("Bedömning", "Klinefelters syndrom. Mamma informerad per telefon på egen begäran, men pojken själv har ännu inte fått veta. "
                    "Mamma vill vara med när han får beskedet."),
      ("Planering", "Gemensamt besök med barnendokrinolog 12/3, därefter ställningstagande till testosteronbehandling.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "A 16-year-old reads his own journal; the mother knows but the patient has not been told the syndrome.")

C("a11-alzheimer-dotter-vet-pat-inte", "skane", "19380116-7481",
  [N("n1", "sk_ger_ys", "Läkaranteckning", "Gunnel Åkesson", "läkare",
     "2024-03-19 14:00", "2024-03-20 08:15",
     [("Anamnes", "86-årig kvinna som remitterats från vårdcentralen för minnesutredning. Bor ensam i villa i Skurup, hemtjänst en gång per dag sedan i höstas. "
                  "Dottern beskriver tilltagande glömska sedan ett par år, har glömt spisen på vid två tillfällen och klarar inte längre räkningarna. "
                  "Pat själv tycker att minnet är som det brukar för hennes ålder."),
      ("Status", "MMSE 19/30, klocktest 2/5. Orienterad till person, ej till tid. Neurologiskt i övrigt ua."),
      ("Utredning", "DT hjärna: generell atrofi med betonad hippocampusatrofi, inga infarkter. Lab inkl. B12, TSH och Ca ua. "
                    "Likvor: lågt beta-amyloid 42, förhöjt tau och fosfo-tau."),
      ("Bedömning", "Alzheimers sjukdom med sen debut, måttlig demensgrad. Dottern informerad i telefon på hennes begäran igår. "
                    "Pat har själv ännu inte fått diagnosbesked, det ges vid återbesök nästa vecka när dottern kan följa med."),
      ("Planering", "Återbesök 26/3. Ställningstagande till donepezil. Biståndsbedömning för utökad hemtjänst, "
                    "körkortsfrågan tas upp vid besöket.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Long geriatric note: the daughter has been told, the patient herself has not been given the Alzheimer diagnosis.")

C("a12-cervixcancer-konisering-ej-besked", "vgr", "19860930-5266",
  [N("n1", "vg_kk_ostra", "Läkaranteckning", "Elin Ragnarsson", "läkare",
     "2024-07-02 09:10", "2024-07-02 09:25",
     [("Aktuellt", "Följs efter cellprov med HSIL och HPV 16. Kolposkopi i maj visade atypisk transformationszon och konisering gjordes i dagkirurgi 18/6 utan komplikationer."),
      ("PAD", "Konisering 18/6: skivepitelcancer i cervix, invasionsdjup 6 mm, ej fria kanter."),
      ("Planering", "Pat har inte fått besked ännu. Kallas till gyn-onkologisk mottagning för information och MR bäcken.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Cervical cancer on PAD, patient not yet told.")

C("a13-hiv-bekraftad-meddelas-personligen", "skane", "19940612-3175",
  [N("n1", "sk_inf_lu", "Läkaranteckning", "Tobias Ek", "läkare",
     "2024-08-13 12:35", "2024-08-13 13:00",
     [("Anamnes", "Testade sig på STI-mottagningen efter oskyddat samlag i våras. Feber, halsont och utslag för sex veckor sedan, nu besvärsfri."),
      ("Lab", "HIV-1 Ag/Ak reaktivt, bekräftat med immunoblot. HIV-RNA 85 000 kopior/mL, CD4 410."),
      ("Bedömning", "Nydiagnostiserad hiv-infektion. Pat har inte fått svaret, ska enligt rutin meddelas personligen vid besök imorgon kl 09 med kurator närvarande.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "HIV infection written in a visible note before the patient has been told.")

C("a14-melanom-breslow-ej-meddelat", "vgr", "19670224-2873",
  [N("n1", "vg_hud_su", "Läkaranteckning", "Caroline Björk", "läkare",
     "2024-05-14 08:20", "2024-05-14 08:31",
     [("PAD", "Malignt melanom vä skuldra, Breslow 1,8 mm, ulceration saknas. Ej meddelat pat ännu, ringer i eftermiddag efter mottagningen.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Melanoma in a short PAD note; the patient has not yet been told.")

C("a15-hcm-mr-ej-informerad-kardiologi", "skane", "19800807-4489",
  [N("n1", "sk_kard_hbg", "Läkaranteckning", "Magnus Rydén", "läkare",
     "2024-06-20 10:00", "2024-06-21 07:50",
     [("Bakgrund", "43-årig kvinna som utreds för ansträngningsutlöst bröstsmärta och yrsel. Brodern dog plötsligt vid 38 års ålder, obducerad men pat vet inte resultatet."),
      ("Utredning", "UCG: septumtjocklek 19 mm, SAM av mitralisklaffen, vilogradient i LVOT 35 mmHg. "
                    "MR hjärta: asymmetrisk septal hypertrofi, fläckvis late enhancement. Långtids-EKG: korta perioder av icke-ihållande VT."),
      ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Pat har ej informerats om MR-svaret; hon var bortrest och har valt att vänta till återbesöket 2/7, "
                    "där även ärftlighet, familjescreening och ställningstagande till ICD diskuteras."),
      ("Läkemedel", "Insätter metoprolol 50 mg x 1 redan nu mot symtomen, vilket pat accepterade vid telefonsamtalet utan att resultatet gicks igenom."),
      ("Planering", "Återbesök 2/7 med genetisk vägledare. Remiss arbetsprov. Avråds från tävlingsidrott tills vidare.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "HOCM settled in Bedömning; the patient has explicitly not been told the MR result yet.")

C("a16-koroidalt-melanom-besked-via-ogononkologi", "vgr", "19540402-5917",
  [N("n1", "vg_ogon_mdl", "Läkaranteckning", "Kristian Lund", "läkare",
     "2024-11-05 14:15", "2024-11-05 15:00",
     [("Anamnes", "70-årig man som remitterats akut av optiker efter att han märkt en skugga i övre synfältet på hö öga sedan en månad. "
                  "Tidigare frisk, inga läkemedel. Bor med sambo i Kungälv."),
      ("Ögonstatus", "Hö öga: pigmenterad prominerande förändring temporalt om papillen, ca 9 x 8 mm, orange pigment och subretinal vätska. Vä öga ua."),
      ("Ultraljud", "Tjocklek 4,2 mm, lågreflektiv, kupolformad."),
      ("Bedömning", "Koroidalt melanom hö öga. Pat ännu inte informerad om diagnosen, han har bara fått veta att vi behöver ta ställning till behandling; "
                    "besked ges av ögononkolog vid besök nästa vecka enligt överenskommelse med pat.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Uveal melanoma settled; note says the patient has not been told the diagnosis.")

C("a17-onh-halsmetastas-kallas-besked", "skane", "19610718-6733",
  [N("n1", "sk_onh_hbg", "Läkaranteckning", "Johanna Friberg", "läkare",
     "2024-09-24 11:40", None,
     [("Cytologi", "Finnålspunktion av resistens hö halssida nivå II: metastas av skivepitelcancer, p16-positiv."),
      ("Åtgärd", "Pat ej informerad, kallas till besked tisdag. Beställt PET-DT.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Neck metastasis on cytology; the patient is not informed.")

C("a18-lungtuberkulos-tolk-behovs", "vgr", "19850301-8130",
  [N("n1", "vg_inf_ostra", "Läkaranteckning", "Daniel Forsberg", "läkare",
     "2024-03-26 16:20", "2024-03-26 16:45",
     [("Lab", "Odling sputum: Mycobacterium tuberculosis, känslig för isoniazid och rifampicin (GeneXpert)."),
      ("Bedömning", "Lungtuberkulos, odlingsverifierad. Pat har ännu inte fått besked eftersom tolk behövs (tigrinja), tolkat besök bokat imorgon kl 10."),
      ("Planering", "Smittspårning och anmälan enligt smittskyddslagen efter information till pat. Start av standardbehandling imorgon.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Tuberculosis confirmed in a visible note; the patient has not been told because an interpreter is needed.")

C("a19-glioblastom-pad-postop-ej-informerad", "skane", "19660906-9551",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ola Fredriksson", "läkare",
     "2024-10-08 09:40", "2024-10-08 12:00",
     [("Aktuellt", "58-årig man, tidigare frisk, som i september insjuknade med personlighetsförändring och ordfinningssvårigheter. "
                   "MR visade en ringladdande process vä temporallob och han opererades på neurokirurgen 24/9 med makroskopiskt radikal resektion. "
                   "Överflyttad till oss för fortsatt rehabilitering och onkologisk planering."),
      ("Status", "Vaken, orienterad. Lätt nominal afasi, i övrigt inga fokala bortfall. Operationssåret läkt, agrafferna borttagna idag."),
      ("PAD", "Glioblastom, IDH-vildtyp, WHO grad 4, MGMT-promotorn metylerad."),
      ("Bedömning", "Pat ej informerad om PAD-svaret. Han har vid upprepade tillfällen sagt att han vill att hustrun är med när han får veta resultatet, och hon kommer hem från Spanien på fredag. "
                    "Afasin bedöms inte hindra att han tillgodogör sig informationen."),
      ("Planering", "Besked fredag eftermiddag med kontaktsjuksköterska. Remiss onkologen för strålbehandling med temozolomid enligt Stupp. "
                    "Dexametason trappas ned enligt schema. Fortsatt logopedträning.")],
     setting="slutenvård")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Long inpatient note: glioblastoma on PAD, the note says the patient has not been told the result.")

C("a20-blasscancer-muskelinvasiv-kort", "vgr", "19470613-8775",
  [N("n1", "vg_uro_nal", "Läkaranteckning", "Anders Sjöqvist", "läkare",
     "2024-01-30 13:30", "2024-01-30 13:38",
     [("PAD", "TURB: urotelial cancer i urinblåsan, höggradig, muskelinvasiv (pT2). Pat ej informerad.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Telegraphic: bladder cancer on PAD, 'Pat ej informerad'.")

C("a21-bipolar-typ2-avvaktar-besked", "skane", "19961021-6484",
  [N("n1", "sk_psyk_lu", "Läkaranteckning", "Sara Malmberg", "läkare",
     "2024-05-29 13:00", "2024-05-29 15:40",
     [("Samtal", "Uppföljning efter utvärdering med livsdiagram och komparentintervju med sambon. Pat beskriver fortsatt nedstämdhet, sover 10 h per natt."),
      ("Bedömning", "Sammantaget uppfyller hon kriterierna för bipolär sjukdom typ 2 med nu pågående depressiv episod. "
                    "Pat har inte fått veta detta ännu; vi vill avvakta tills den terapeutiska alliansen är bättre etablerad eftersom hon vid förra besöket reagerade starkt på tal om diagnoser."),
      ("Planering", "Återbesök om två veckor där diagnosen gås igenom. Fortsatt sertralin tills vidare."),
      ("Socialt", "Bor med sambo, arbetar som undersköterska på 75 %, sjukskriven sedan två veckor. Ingen alkohol eller droger."),
      ("Hereditet", "Morfar behandlades med litium.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Bipolar II settled; the visible note says the patient has not been told, by choice.")

C("a22-gpa-vaskulit-iva-sederad", "vgr", "19720108-1325",
  [N("n1", "vg_reuma_su", "Konsultationsanteckning", "Linnea Strand", "läkare",
     "2024-02-16 17:05", "2024-02-16 17:30",
     [("Aktuellt", "Konsult på IVA: 52-årig man med hemoptys och snabbt stigande kreatinin, sedan i höstas även krustor i näsan och nedsatt hörsel."),
      ("Bedömning", "Granulomatös polyangit (GPA), PR3-ANCA-positiv, med njurbiopsi som visar nekrotiserande halvmånebildande glomerulonefrit. "
                    "Pat ännu ej informerad, vårdas sederad på IVA."),
      ("Rekommendation", "Metylprednisolon 500 mg iv x 3, därefter rituximab. Plasmaferes diskuteras med njurmedicin.")],
     setting="slutenvård")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Rheumatology consult: GPA confirmed, patient not informed (sedated in ICU).")

C("a23-ovarialcancer-recidiv-th-och-synlig", "skane", "19590923-2844",
  [N("n1", "sk_onk_lu", "Tidiga hypoteser", "Marie Jönsson", "läkare",
     "2024-04-02 10:20", "2024-04-02 10:45",
     [("Tidiga hypoteser", "Stigande CA-125 (35 → 210) och ny ascites på DT. Stark misstanke om recidiv av ovarialcancer. "
                           "Pat ej informerad om misstanken, hon är i akut sorg efter makens död förra veckan.")]),
   N("n2", "sk_onk_lu", "Läkaranteckning", "Marie Jönsson", "läkare",
     "2024-04-16 14:00", "2024-04-16 14:30",
     [("PAD", "Ascitescytologi: celler från höggradig serös cancer, förenligt med känd primärtumör."),
      ("Bedömning", "Recidiv av höggradig serös ovarialcancer. Pat är inte informerad ännu, besök med kontaktsjuksköterska bokat 19/4.")])],
  [("NL101", "n2")], [("NL101", "n1")],
  "The suspicion sat correctly in the Tidiga hypoteser template; the later visible note states the confirmed recurrence while the patient is still untold.")

C("a24-ventrikelcancer-anhoriga-vill-narvara", "vgr", "19530515-9518",
  [N("n1", "vg_kir_sas", "Läkaranteckning", "Fredrik Holmgren", "läkare",
     "2024-10-21 15:10", None,
     [("Anamnes", "Tidig mättnadskänsla, viktnedgång 7 kg och järnbristanemi sedan sommaren. Gift, två vuxna barn."),
      ("Gastroskopi", "Ulcererad tumör i ventrikelns antrum, biopsier tagna 10/10."),
      ("PAD", "Adenocarcinom, diffus typ med signetringceller."),
      ("Planering", "Pat har inte fått PAD-svaret ännu. Anhöriga önskar närvara vid beskedet, tid bokad 22/10 kl 13. DT thorax-buk beställd.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Gastric cancer on PAD; the plan says the patient has not got the answer yet.")

C("a25-aortastenos-typo-ej-informerad", "skane", "19441214-3325",
  [N("n1", "sk_kard_hbg", "Läkaranteckning", "Johan Eklund", "läkare",
     "2024-08-29 11:25", "2024-08-29 11:40",
     [("Aktuellt", "Remitterad pga blåsljud och ansträngningsdyspné, två episoder av yrsel vid trappgång."),
      ("Eko", "Uttalad aortastenos med Vmax 4,8 m/s och medelgradient 56 mmHg, LVEF 55 %."),
      ("Bedömning", "Svår aortstenos. Pat ej informerad om fyndet, gås igenom vid återbesök med TAVI-diskussion."),
      ("Planering", "Återbesök om 2 v. DT aorta och koronarangiografi beställda inför TAVI-bedömning.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Typo in the diagnosis in Bedömning ('aortstenos'); severe aortic stenosis not yet told.", typo=True)

C("a26-all-17-aring-besked-i-eftermiddag", "vgr", "20070319-4795",
  [N("n1", "vg_barn_dsbus", "Läkaranteckning", "Hanna Lindgren", "läkare",
     "2024-06-12 12:05", "2024-06-12 12:40",
     [("Aktuellt", "17-årig pojke inlagd sedan igår med trötthet, blåmärken och feber. Blodstatus med pancytopeni och blaster i perifert blod."),
      ("Status", "Blek, petekier på underbenen. Lever och mjälte ej palpabla. Förstorade körtlar på halsen bilat. Inget infektionsfokus."),
      ("Lab", "Hb 78, TPK 19, LPK 42 med 70 % blaster, LD 1 450, urat 520."),
      ("Utredning", "Benmärgsaspiration och flödescytometri: akut lymfatisk leukemi av B-cellstyp, 86 % blaster."),
      ("Bedömning", "B-ALL. Pat och föräldrar är ännu inte informerade om diagnosen; besked ges av barnonkolog i eftermiddag. Vi har enbart sagt att blodproverna är allvarligt avvikande."),
      ("Planering", "Överflyttning till barnonkologen. CVK-inläggning planeras. Kontakt med kurator.")],
     setting="slutenvård")],
  [("NL101", "n1")], [("NL102", "n1")],
  "A 17-year-old with confirmed ALL; neither he nor his parents have been told yet.")

C("a27-endometriecancer-nas-ej-lang", "skane", "19570629-1860",
  [N("n1", "sk_kk_hbg", "Läkaranteckning", "Ingrid Sjöberg", "läkare",
     "2024-07-15 10:50", "2024-07-15 11:45",
     [("Anamnes", "67-årig kvinna, gravida 2 para 2, menopaus vid 52 års ålder. Remitterad från vårdcentralen pga postmenopausal blödning sedan maj, "
                  "sparsam men återkommande. Inga hormonpreparat. BMI 34, behandlad hypertoni och typ 2-diabetes."),
      ("Status", "Gyn: yttre genitalia ua. Portio ua. Vaginalt ultraljud: endometrietjocklek 14 mm, oregelbunden. Ovarier ej förstorade. "
                 "Pipellebiopsi togs vid besöket 26/6."),
      ("PAD", "Endometrioid adenocarcinom, grad 1."),
      ("Bedömning", "Endometriecancer. Pat ej informerad ännu: sökt per telefon tre gånger utan svar, och brevbesked bedöms olämpligt vid cancerbesked. "
                    "Ny tid skickad för besök 18/7 med kontaktsjuksköterska."),
      ("Planering", "MR bäcken och DT thorax beställda. Anmäls till MDK 25/7. Preoperativ bedömning planeras parallellt.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Endometrial cancer settled in a long note; the patient could not be reached and is not informed.")

C("a28-parkinson-dottern-ber-vanta", "vgr", "19410930-4131",
  [N("n1", "vg_ger_mdl", "Läkaranteckning", "Viktor Hedlund", "läkare",
     "2024-03-05 14:45", None,
     [("Bedömning", "Klinisk bild med vilotremor vä hand, rigiditet och bradykinesi samt tydligt L-dopa-svar. DaTSCAN patologisk. Parkinsons sjukdom. "
                    "Pat har inte fått veta om Parkinsondiagnosen ännu, dottern ber att vi väntar tills hon kommer hem från USA om två veckor.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Unsigned draft: Parkinson's disease diagnosed, patient deliberately not told yet.")

C("a29-binjurecancer-pad-efter-adrenalektomi", "skane", "19750406-7260",
  [N("n1", "sk_endo_mo", "Läkaranteckning", "Nina Carlsson", "läkare",
     "2024-11-12 09:15", "2024-11-12 10:00",
     [("Aktuellt", "Opererad med laparoskopisk adrenalektomi vä 22/10 för 7 cm stor binjureresistens med autonom kortisolproduktion."),
      ("PAD", "Adrenokortikal cancer, Weiss score 5, Ki67 12 %."),
      ("Information", "Patienten är ännu inte underrättad om PAD. Besked planeras vid fysiskt besök 19/11 tillsammans med endokrinkirurg; hon har fått en tid utan att resultatet nämnts.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Adrenocortical carcinoma under PAD; Information says the patient is not yet told.")

C("a30-kll-flodescytometri-kort", "vgr", "19500124-3558",
  [N("n1", "vg_med_al", "Läkaranteckning", "Emma Axelsson", "läkare",
     "2024-01-17 10:10", "2024-01-17 10:14",
     [("Lab", "Flödescytometri perifert blod: KLL, Binet A. Pat ej informerad om diagnosen, kallas till hematologmottagningen.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Abbreviated diagnosis (KLL) in a one-line lab note; patient not informed.")

C("a31-hepatit-c-nas-ej-kallelse", "skane", "19880812-6976",
  [N("n1", "sk_inf_lu", "Läkaranteckning", "Lisa Öhman", "läkare",
     "2024-07-23 14:20", "2024-07-23 14:35",
     [("Anamnes", "Positiv HCV-antikroppsscreening på beroendemottagningen. Har tidigare injicerat amfetamin, drogfri sedan två år."),
      ("Lab", "HCV-RNA 2,1 milj IE/mL, genotyp 3a. Fibroscan ej gjort än."),
      ("Bedömning", "Kronisk hepatit C. Patienten är ännu inte underrättad om provsvaret; nås inte på telefon, kallelse till sjuksköterskebesök skickad.")]),
   N("n2", "sk_inf_lu", "Telefonanteckning", "Anna Wikström", "sjuksköterska",
     "2024-07-25 09:10", "2024-07-25 09:12",
     [("Telefonkontakt", "Söker pat på nytt, ingen svarar. Lämnat meddelande på röstbrevlådan om att ringa mottagningen.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Chronic hepatitis C confirmed, the patient is not yet told.")

C("a32-huntington-gentest-svar-vid-besok", "vgr", "19890227-7246",
  [N("n1", "vg_neuro_su", "Läkaranteckning", "Rebecka Wahlström", "läkare",
     "2024-09-10 08:30", "2024-09-10 09:40",
     [("Bakgrund", "35-årig kvinna med känd Huntingtons sjukdom hos fadern (debut 46 år) och farmodern. Presymtomatisk testning efter genetisk vägledning i två steg under våren. "
                   "Hon har under hela processen varit tydlig med att hon vill få svaret vid ett fysiskt besök och inte per telefon eller via 1177."),
      ("Lab", "HTT-genen: 43 CAG-repetitioner på den ena allelen."),
      ("Bedömning", "Resultatet bekräftar att hon bär anlaget för Huntingtons sjukdom. Hon har alltså ännu inte fått svaret, besked ges vid det planerade besöket 17/9 "
                    "där även psykolog deltar."),
      ("Planering", "Besök 17/9 med genetisk vägledare och psykolog. Erbjuds fortsatt stödkontakt. Reproduktiva frågor tas upp vid senare besök.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Predictive Huntington test result written before the agreed disclosure visit.")

C("a33-skafoidfraktur-typo-pat-gick-hem", "skane", "19980715-4126",
  [N("n1", "sk_akut_hbg", "Akutanteckning", "Oskar Berglund", "läkare",
     "2024-04-09 23:10", "2024-04-09 23:20",
     [("Anamnes", "Föll på utsträckt hand från skateboard i eftermiddags."),
      ("Status", "Svullnad radialt, ömhet i fossa tabatière, normal cirkulation och sensibilitet."),
      ("Röntgen", "Eftergranskning rtg hö handled: skafodifraktur i midjan, odislokerad."),
      ("Åtgärd", "Pat hann gå hem innan svaret kom, ej informerad om frakturen. Ringer imorgon bitti och kallar till gipsning.")],
     setting="akut")],
  [("NL101", "n1")], [("NL102", "n1")],
  "Typo in the diagnosis ('skafodifraktur'); the patient left before being told about the fracture.", typo=True)

C("a34-smacellig-lungcancer-son-med", "vgr", "19460519-9373",
  [N("n1", "vg_lung_su", "Läkaranteckning", "Malin Ekström", "läkare",
     "2024-05-07 15:55", "2024-05-07 16:10",
     [("Bronkoskopi", "Tumör i vä huvudbronk. PAD: småcellig lungcancer."),
      ("Information", "Pat ej informerad. Vill ha sin son med vid beskedet, som kommer från Umeå på måndag.")])],
  [("NL101", "n1")], [("NL102", "n1")],
  "Small-cell lung cancer; Information section says the patient is not told.")

C("a35-hcc-misstanke-ej-kommunicerad-synlig", "skane", "19600302-5977",
  [N("n1", "sk_med_tr", "Läkaranteckning", "Anna-Karin Svensson", "läkare",
     "2024-02-20 11:30", "2024-02-20 13:05",
     [("Aktuellt", "63-årig man med alkoholorsakad levercirros Child-Pugh A som följs med ultraljud var sjätte månad. "
                   "Vid senaste kontrollen ny 3 cm stor förändring i segment 8, och DT lever med trefas visar arteriell uppladdning och wash-out."),
      ("Lab", "AFP 480, tidigare normalt. Leverstatus oförändrat."),
      ("Bedömning", "Bilden talar starkt för hepatocellulär cancer. Pat har inte informerats om misstanken ännu, eftersom han nyligen återfallit i alkohol efter en svår period "
                    "och vi vill ha kontaktsjuksköterska och beroendemottagningen med vid beskedet."),
      ("Planering", "Anmäls till levermultidisciplinär konferens. Besök inom en vecka."),
      ("Socialt", "Bor ensam i lägenhet, har en dotter i Malmö som han har tät kontakt med.")])],
  [("NL101", "n1"), ("NL102", "n1")], [],
  "Hedged HCC in visible Bedömning and the patient has not been told of the suspicion: breaks both rules.")
# =====================================================================================
# B. NL101 must_not: what a careful clinician writes
# =====================================================================================

C("b01-lobular-brostcancer-besked-lamnat", "skane", "19650913-4265",
  [N("n1", "sk_brost_lu", "Läkaranteckning", "Karin Lindqvist", "läkare",
     "2024-03-14 09:30", "2024-03-14 09:55",
     [("Information", "Pat informerad om PAD-svaret (lobulär bröstcancer hö) vid dagens besök, tog beskedet lugnt. Maken närvarande.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "The patient has been told the cancer diagnosis: nothing is hidden.")

C("b02-ms-maken-vet-inte-an", "vgr", "19900406-3682",
  [N("n1", "vg_neuro_su", "Läkaranteckning", "Jonas Edvardsson", "läkare",
     "2024-05-02 10:15", "2024-05-02 11:00",
     [("Aktuellt", "34-årig kvinna som utretts efter en episod av dubbelseende och ostadighet i februari. MR och likvor har nu analyserats och genomgås idag."),
      ("Status", "Neurologiskt status ua idag, EDSS 1,0."),
      ("Läkemedel", "Inga stående läkemedel, använder p-ring. Ingen allergi."),
      ("Samtal", "Diagnosbesked: skovvis förlöpande multipel skleros. Hon tar det sakligt, har läst på om sjukdomen och har många frågor om graviditet och behandling."),
      ("Socialt", "Sambo sedan fem år. Sambon är ännu inte informerad, pat vill själv berätta för honom i helgen."),
      ("Planering", "Start med ofatumumab efter vaccinationsstatus och lab. Kontakt med MS-sjuksköterska. Återbesök om tre månader med ny MR.")])],
  [], [("NL101", "n1")],
  "Only the partner is uninformed; the patient herself got the MS diagnosis.")

C("b03-formaksflimmer-ej-informerad-om-tid", "skane", "19520218-5970",
  [N("n1", "sk_akut_mo", "Akutanteckning", "Mikael Dahl", "läkare",
     "2024-01-12 19:40", None,
     [("Anamnes", "Hjärtklappning och trötthet sedan i eftermiddags. Paroxysmalt förmaksflimmer sedan 2021, apixaban."),
      ("Bedömning", "Känt förmaksflimmer, nu med snabb kammarfrekvens, frekvensreglerad med metoprolol iv."),
      ("Planering", "Elektiv elkonvertering efter 3 v NOAK. Pat ej informerad om tid för elkonverteringen, kallelse skickas från kardiologen.")],
     setting="akut")],
  [], [("NL101", "n1")],
  "The untold matter is an appointment time, not the (known) diagnosis.")

C("b04-vgr-th-sokord-pankreas-synligt-rent", "vgr", "19580817-2141",
  [N("n1", "vg_gastro_su", "Läkaranteckning", "Patrik Engström", "läkare",
     "2024-06-18 13:20", "2024-06-18 13:50",
     [("Aktuellt", "Viktnedgång 8 kg på tre månader, diffusa smärtor i epigastriet med utstrålning mot ryggen. Nydebuterad diabetes enl. VC."),
      ("Planering", "DT pankreasprotokoll beställd med förtur. Återbesök när svaret finns."),
      ("Tidiga hypoteser", "Pankreascancer? Pat ej informerad om misstanken; vill avvakta DT innan den kommuniceras.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: suspicion and 'not informed' sit under the Tidiga hypoteser sökord; visible sections hold no diagnosis.")

C("b05-skane-th-mall-ftd", "skane", "19570502-6317",
  [N("n1", "sk_neuro_lu", "Tidiga hypoteser", "Ulrika Persson", "läkare",
     "2024-02-08 15:10", "2024-02-08 15:20",
     [("Tidiga hypoteser", "Susp. frontotemporal demens (beteendevariant). Ej kommunicerat med pat eller hustru än.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the Tidiga hypoteser template is hidden from Journalen.")

C("b06-prostatabiopsier-benigna-brev", "vgr", "19600125-0932",
  [N("n1", "vg_uro_nal", "Läkaranteckning", "Anders Sjöqvist", "läkare",
     "2024-03-12 08:40", "2024-03-12 08:55",
     [("Aktuellt", "PSA 6,8 och MR prostata med PI-RADS 3 i vä perifera zonen, därför systematiska och riktade biopsier 28/2."),
      ("PAD", "Prostatabiopsier 12 st: benign prostatavävnad, ingen malignitet påvisad."),
      ("Planering", "Pat ej informerad om svaret ännu, brev skickas idag. Ny PSA om 6 mån.")])],
  [], [("NL101", "n1")],
  "The result rules cancer out; the untold matter is a benign answer.")

C("b07-adhd-vuxen-mamman-ska-inte-veta", "skane", "20010609-4824",
  [N("n1", "sk_psyk_lu", "Läkaranteckning", "Sara Malmberg", "läkare",
     "2024-09-17 13:00", "2024-09-17 14:30",
     [("Aktuellt", "Återkoppling efter neuropsykiatrisk utredning med psykolog och arbetsterapeut. Pat är 23 år, studerar till sjuksköterska i Malmö, "
                   "sökte pga svårigheter att komma igång med studieuppgifter, att hålla tider och impulsiva köp."),
      ("Samtal", "Vi gick igenom testresultat och anamnes. Pat fick besked om att hon uppfyller kriterierna för ADHD, kombinerad form. "
                 "Hon blev lättad och säger att det förklarar mycket från skoltiden. Vi pratade om vad diagnosen innebär och om vilka anpassningar som finns på högskolan."),
      ("Socialt", "Bor med pojkvän. Har en ansträngd relation till sin mamma. Hon har bett oss att inte kontakta modern och vill inte att modern informeras om diagnosen, "
                  "vilket respekteras då pat är myndig. Komparentuppgifter inhämtades i stället från mormor."),
      ("Planering", "Erbjuds psykoedukativ grupp under hösten. Ställningstagande till läkemedel vid nästa besök efter EKG och blodtryck. "
                    "Intyg till studentstöd skrivs.")])],
  [], [("NL101", "n1")],
  "Long psychiatry note: the patient was told; only her mother is kept uninformed, at the patient's wish.")

C("b08-basaliom-informerad-kort", "vgr", "19440311-7189",
  [N("n1", "vg_hud_su", "Läkaranteckning", "Caroline Björk", "läkare",
     "2024-02-01 11:05", "2024-02-01 11:12",
     [("Bedömning", "Pat informerad om att PAD visade basalcellscancer på näsvingen, radikalt exciderad. Ingen ytterligare åtgärd.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Short: the basal cell carcinoma has been communicated.")

C("b09-hjartsvikt-besked-arbetsprov-vantas", "skane", "19620429-5577",
  [N("n1", "sk_kard_hbg", "Läkaranteckning", "Magnus Rydén", "läkare",
     "2024-04-11 14:00", "2024-04-11 14:40",
     [("Aktuellt", "Uppföljning efter inneliggande vård för nydebuterad hjärtsvikt i mars. Andfåddhet vid två trappor, inga ödem."),
      ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion (EF 35 %), sannolikt ischemisk genes efter tidigare tyst infarkt. Pat har fått besked om diagnosen och går idag igenom behandlingsplan med sviktsjuksköterska. "
                    "Han är ej informerad om resultatet av arbetsprovet ännu, svaret har inte kommit."),
      ("Status", "BT 112/70, puls 64 regelbunden. Inga halsvenstas. Lätt pittingödem runt anklarna."),
      ("Läkemedel", "Sakubitril/valsartan 24/26 mg x 2, bisoprolol 5 mg, dapagliflozin 10 mg, spironolakton 25 mg."),
      ("Socialt", "Arbetar som lastbilschaufför, sjukskriven sedan mars. Bor med hustrun."),
      ("Planering", "Upptitrering av sakubitril/valsartan. Åter om 4 v.")])],
  [], [("NL101", "n1")],
  "Heart failure told; what is still untold is a pending exercise test result.")

C("b10-lymfomrecidiv-barnen-informeras-senare-epikris", "vgr", "19530208-2671",
  [N("n1", "vg_onk_su", "Epikris", "Henrik Alm", "läkare",
     "2024-08-09 10:00", "2024-08-09 11:30",
     [("Orsak till vård", "Feber, nattsvettningar och förstorade lymfkörtlar på halsen hos kvinna med diffust storcelligt B-cellslymfom i komplett remission sedan 2021."),
      ("Vårdförlopp", "Inlagd 29/7 via akuten. Feberutredning utan fokus, odlingar negativa. DT hals-thorax-buk visade nytillkomna konglomerat av lymfkörtlar i mediastinum och retroperitonealt. "
                      "Ultraljudsledd mellannålsbiopsi från halskörtel 1/8. PAD 6/8: recidiv av diffust storcelligt B-cellslymfom. "
                      "Påbörjat steroider med god effekt på febern. Kreatinin och urat följts, inga tecken på tumörlys."),
      ("Information", "Pat informerades 7/8 av undertecknad och kontaktsjuksköterska om att lymfomet har kommit tillbaka och att vi planerar salvagebehandling och utredning inför CAR-T. "
                      "Hon har bett att hennes vuxna barn inte ska informeras av oss; hon vill själv berätta när hon är redo, vilket vi respekterar."),
      ("Planering", "Start R-GDP på dagvården 15/8. Remiss till CAR-T-teamet. Återbesök läkare om tre veckor. Kontaktsjuksköterska ringer pat på tisdag.")],
     setting="slutenvård")],
  [], [("NL101", "n1")],
  "Long epikris: recurrence told to the patient; only the adult children are not informed, at her request.")

C("b11-alzheimer-infomerade-typo", "skane", "19410722-3424",
  [N("n1", "sk_ger_ys", "Läkaranteckning", "Gunnel Åkesson", "läkare",
     "2024-10-03 10:40", "2024-10-03 11:20",
     [("Information", "Pat och dotter infomerade om diagnosen Alzheimers sjukdom vid dagens besök. Skriftlig information om demenssjuksköterska lämnad.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Typo in the cue ('infomerade'): the patient was told.", typo=True)

C("b12-hiv-test-negativt-sms", "vgr", "19970114-7358",
  [N("n0", "vg_inf_ostra", "Sjuksköterskeanteckning", "Johanna Ahlberg", "sjuksköterska",
     "2024-03-28 10:00", "2024-03-28 10:20",
     [("Kontaktorsak", "Önskar testning efter oskyddat samlag med tillfällig partner för fem veckor sedan. Inga symtom."),
      ("Åtgärd", "Blodprover och urinprov tagna enligt rutin. Svar via sms eller telefon, pat önskar sms om allt är negativt.")]),
   N("n1", "vg_inf_ostra", "Sjuksköterskeanteckning", "Johanna Ahlberg", "sjuksköterska",
     "2024-04-05 13:10", "2024-04-05 13:15",
     [("Provsvar", "HIV-test, syfilisserologi och klamydia-/gonorré-PCR negativa. Pat ej informerad om svaren än, sms-besked skickas enligt önskemål.")])],
  [], [("NL101", "n1")],
  "All tests negative: no diagnosis is withheld, only a negative answer not yet sent.")

C("b13-celiaki-foraldrar-informerade-6-aring", "skane", "20180127-1634",
  [N("n1", "sk_barn_lu", "Läkaranteckning", "Petter Håkansson", "läkare",
     "2024-05-16 09:00", "2024-05-16 09:30",
     [("Bedömning", "Duodenalbiopsi med totalvillusatrofi, transglutaminas-ak > 10 ggr övre referens. Celiaki."),
      ("Information", "Mor och far informerade om celiakidiagnosen idag och fick träffa dietist direkt efter besöket.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Child aged 6: the guardians who read the journal have been told.")

C("b14-gallsten-operationsdatum-ej-klart", "vgr", "19790503-8423",
  [N("n1", "vg_kir_sas", "Läkaranteckning", "Fredrik Holmgren", "läkare",
     "2024-09-26 10:30", None,
     [("Anamnes", "Anfallsvisa smärtor under hö arcus efter fet mat, senast för två veckor sedan. Ingen feber, ingen ikterus."),
      ("Status", "Mjuk buk utan ömhet idag."),
      ("Bedömning", "Symtomgivande gallstenssjukdom med tre gallstensanfall sedan juni. Ultraljud visar multipla konkrement i gallblåsan, gallvägar ej vidgade."),
      ("Åtgärd", "Sätts upp för laparoskopisk kolecystektomi. Patienten är ännu inte informerad om operationsdatum då planeringen inte är klar.")])],
  [], [("NL101", "n1")],
  "Gallstone disease known to the patient; the untold item is the operation date.")

C("b15-ovarialresistens-synlig-och-th-mall", "skane", "19680224-4845",
  [N("n1", "sk_kk_mo", "Läkaranteckning", "Ingrid Sjöberg", "läkare",
     "2024-11-04 13:00", "2024-11-04 13:40",
     [("Anamnes", "56-årig kvinna med tilltagande bukomfång och tidig mättnadskänsla sedan två månader. Ingen blödning, normala avföringsvanor."),
      ("Tidigare sjukdomar", "Hypotyreos, levotyroxin. Två kejsarsnitt."),
      ("Hereditet", "Ingen känd cancer i släkten."),
      ("Socialt", "Gift, arbetar som tandsköterska."),
      ("Läkemedel", "Levotyroxin 100 mikrog. Inga blodförtunnande, ingen allergi."),
      ("Lab", "Hb 128, CRP 9."),
      ("Status", "Palpabel resistens i lilla bäckenet. Vaginalt ultraljud: 9 cm stor solid-cystisk förändring vä adnex, lite fri vätska."),
      ("Planering", "CA-125, DT thorax-buk och remiss till gyn-onkologisk MDK. Pat informerad om att vi behöver utreda förändringen skyndsamt.")]),
   N("n2", "sk_kk_mo", "Tidiga hypoteser", "Ingrid Sjöberg", "läkare",
     "2024-11-04 13:45", "2024-11-04 13:50",
     [("Tidiga hypoteser", "Susp. ovarialcancer enl. IOTA-kriterier. Pat ej informerad om cancermisstanken innan DT och MDK; hon har svår ångestproblematik.")])],
  [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  "The visible note describes findings without a diagnosis; the suspicion and 'not informed' are in a separate Tidiga hypoteser template.")

C("b16-akustikusneurinom-informerad-arbetsgivare", "vgr", "19700917-5568",
  [N("n1", "vg_onh_su", "Läkaranteckning", "Göran Nordin", "läkare",
     "2024-03-21 14:10", "2024-03-21 14:50",
     [("Aktuellt", "Ensidig hörselnedsättning och tinnitus hö sedan ett år. Audiogram med diskantnedsättning hö."),
      ("Röntgen", "MR inneröra: 11 mm stort vestibularisschwannom i hö inre hörselgång, ingen kompression av hjärnstammen."),
      ("Information", "Pat informerad om att det rör sig om ett godartat akustikusneurinom och om alternativen observation, strålkniv och operation. "
                      "Han har inte berättat för sin arbetsgivare och vill inte ha något intyg i nuläget."),
      ("Status", "Weber lateraliseras till vä, Rinne positiv bilat. Kranialnerver i övrigt ua. Normal balans."),
      ("Planering", "Ny MR om 6 mån, därefter ställningstagande till behandling. Hörapparat hö via hörselvården. Skriftlig patientinformation om akustikusneurinom överlämnad.")])],
  [], [("NL101", "n1")],
  "Vestibular schwannoma communicated; the employer (not a reader) is the one not informed.")

C("b17-njursten-informerad-kort", "skane", "19830112-3769",
  [N("n1", "sk_uro_mo", "Läkaranteckning", "Erik Wallin", "läkare",
     "2024-06-03 16:15", "2024-06-03 16:20",
     [("Bedömning", "DT-urografi: 6 mm uretärsten vä, prox del. Pat informerad, får avgångsbehandling och tamsulosin.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Kidney stone stated and communicated.")

C("b18-hcm-hereditet-egen-gentest-vantas", "vgr", "19950330-4314",
  [N("n1", "vg_kard_skas", "Läkaranteckning", "Jenny Falk", "läkare",
     "2024-10-29 09:00", "2024-10-29 09:40",
     [("Hereditet", "Farmor lever, 84 år och pigg. Far avled plötsligt 49 år, farbror har hypertrofisk kardiomyopati med ICD. Patogen variant i MYBPC3 påvisad hos farbrodern."),
      ("Aktuellt", "Kommer för familjescreening. Asymtomatisk, spelar korpfotboll. Har aldrig svimmat, inga hjärtklappningar eller bröstsmärtor vid ansträngning."),
      ("Socialt", "Gift, en dotter på två år. Arbetar som elektriker."),
      ("Läkemedel", "Inga stående läkemedel. Ingen känd läkemedelsallergi."),
      ("Lab", "NT-proBNP 45, troponin T < 5."),
      ("Status", "Cor: regelbunden rytm, inga blåsljud. EKG och UCG ua, septum 9 mm."),
      ("Planering", "Pat ej informerad om resultatet av sitt eget gentest ännu eftersom svaret inte har kommit. Telefontid när svar finns.")])],
  [], [("NL101", "n1")],
  "The diagnosis is the relatives' (family history); the patient's own test is still pending.")

C("b19-rektalcancer-informerad-vill-inte-veta-prognos", "skane", "19490916-2796",
  [N("n1", "sk_onk_lu", "Läkaranteckning", "Marie Jönsson", "läkare",
     "2024-07-09 10:00", "2024-07-09 11:10",
     [("Bakgrund", "74-årig man med rektalcancer och lungmetastaser, opererad med främre resektion 2022 och därefter behandlad med kapecitabin-oxaliplatin. "
                   "Progress i lungorna på DT i juni trots andra linjens behandling."),
      ("Samtal", "Pat och hustru informerade om progressen och om att fortsatt tumörinriktad behandling inte bedöms meningsfull. "
                 "Pat säger att han förstår att cancern inte går att bota. Han vill uttryckligen inte få veta någon förväntad överlevnadstid och har inte blivit informerad om det; "
                 "hustrun vill däremot gärna ha en uppfattning och får ett eget samtal med kontaktsjuksköterskan."),
      ("Planering", "Avslutar cytostatika. Remiss till ASIH. Brytpunktssamtal dokumenterat. Smärtlindring justeras: oxikodon depå 10 mg x 2.")])],
  [], [("NL101", "n1")],
  "The cancer and its progress were told; only the prognosis in months is withheld, which is not a diagnosis.")

C("b20-ra-informerad-metotrexat", "vgr", "19770805-8842",
  [N("n1", "vg_reuma_su", "Läkaranteckning", "Linnea Strand", "läkare",
     "2024-01-25 08:30", "2024-01-25 09:05",
     [("Bedömning", "Seropositiv reumatoid artrit (anti-CCP och RF positiva, synovit i MCP 2-3 bilat). Informerad om diagnosen och om metotrexat, skriftlig info given.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Rheumatoid arthritis told at the visit.")

C("b21-bronkoskopi-ingen-malignitet-ringer", "skane", "19640307-2173",
  [N("n1", "sk_lung_lu", "Läkaranteckning", "Karl Nilsson", "läkare",
     "2024-08-20 14:30", "2024-08-20 14:45",
     [("Bakgrund", "Rökare, utreds för kvarstående förtätning i hö överlob efter behandlad pneumoni i våras."),
      ("Bronkoskopi", "PAD från biopsier i hö överlob visar kronisk inflammation, inga tecken på malignitet. Odlingar negativa."),
      ("Åtgärd", "Pat ej informerad om svaret ännu, ringer imorgon. Ny DT om 3 mån.")])],
  [], [("NL101", "n1")],
  "Malignancy ruled out; the untold answer is reassuring, not a diagnosis.")

C("b22-typ1-diabetes-8-aring-farforaldrar", "vgr", "20151208-3963",
  [N("n1", "vg_barn_dsbus", "Läkaranteckning", "Petra Nygren", "läkare",
     "2024-04-23 15:00", "2024-04-23 16:20",
     [("Aktuellt", "8-årig pojke inlagd via barnakuten med tre veckors törst, nattliga urinträngningar och viktnedgång. Ingen ketoacidos vid ankomst, pH 7,36."),
      ("Lab", "P-glukos 24, HbA1c 98, ketoner 1,8. GAD-ak och IA2-ak positiva."),
      ("Bedömning", "Typ 1-diabetes. Föräldrarna har fått diagnosbesked av undertecknad idag och informerats om sjukdomen, behandlingen och det fortsatta omhändertagandet. "
                    "Pojken har fått en åldersanpassad förklaring tillsammans med diabetessjuksköterskan och var mest intresserad av om han kan fortsätta spela hockey."),
      ("Socialt", "Bor med båda föräldrarna och en storasyster. Farföräldrarna, som ofta är barnvakt, vet ännu inget; föräldrarna vill själva berätta och ta med dem till utbildningen."),
      ("Planering", "Subkutan insulinbehandling med pennor, CGM kopplas idag. Utbildning enligt vårdprogram under vårdtiden. Kontakt med skolsköterska inför hemgång.")],
     setting="slutenvård")],
  [], [("NL101", "n1")],
  "Child: parents and child told; the grandparents, who do not read the journal, are not yet told.")

C("b23-epilepsi-korforbud-nar-vaken", "skane", "19870203-5539",
  [N("n1", "sk_akut_mo", "Akutanteckning", "Mikael Dahl", "läkare",
     "2024-02-25 03:15", None,
     [("Anamnes", "Känd epilepsi sedan tonåren, lamotrigin. Generaliserat tonisk-kloniskt anfall hemma i natt enl. sambo, glömt tabletter två dagar."),
      ("Status", "Somnolent men väckbar, tungbett vä sida, inga fokala bortfall."),
      ("Åtgärd", "Observeras till förmiddagen. Pat ännu ej informerad om körförbud, görs när han är helt vaken.")],
     setting="akut")],
  [], [("NL101", "n1")],
  "Known epilepsy; what he has not been told yet is the driving ban.")

C("b24-vgr-th-sokord-mds-synligt-utan-diagnos", "vgr", "19450619-1297",
  [N("n1", "vg_hem_su", "Läkaranteckning", "Maria Öberg", "läkare",
     "2024-03-04 10:20", "2024-03-04 10:50",
     [("Aktuellt", "Fortsatt makrocytär anemi, Hb 98, MCV 106. B12 och folat normala."),
      ("Planering", "Benmärgsprov 12/3, pat informerad om undersökningen och varför den görs."),
      ("Tidiga hypoteser", "Myelodysplastiskt syndrom kan inte uteslutas. Ej diskuterat med pat, som är mycket orolig av sig.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the MDS hypothesis and the fact that it is undiscussed are under Tidiga hypoteser.")

C("b25-graves-besked-kort", "skane", "19930728-6048",
  [N("n1", "sk_endo_mo", "Läkaranteckning", "Nina Carlsson", "läkare",
     "2024-06-27 13:35", "2024-06-27 13:42",
     [("Bedömning", "TRAK-positiv hypertyreos, Graves sjukdom. Besked lämnat idag, pat förstår behandlingsplanen. Startar tiamazol.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Eponym diagnosis, told the same day.")

C("b26-preeklampsi-pat-och-partner-informerade", "vgr", "19940917-4423",
  [N("n1", "vg_kk_skas", "Läkaranteckning", "Amanda Karlsson", "läkare",
     "2024-05-08 18:20", "2024-05-08 19:10",
     [("Aktuellt", "Förstföderska i v 34+2 som kom in via förlossningens telefonrådgivning pga huvudvärk och svullnad. Graviditeten har tidigare varit okomplicerad, "
                   "blodtryck 118/72 vid inskrivning på MVC."),
      ("Status", "BT 158/104, 155/101 vid upprepad mätning. Reflexer livliga, inga kloni. Ödem i ansikte och underben. CTG normalt. Ultraljud: tillväxt längs -12 %, normala flöden."),
      ("Lab", "U-albumin/kreatinin-kvot 92. Trombocyter 162, ALAT 0,5, kreatinin 68."),
      ("Bedömning", "Preeklampsi utan svåra tecken. Pat och partner informerade om diagnosen, om vad den innebär för henne och barnet och om planen: inläggning, "
                    "labetalol, tät kontroll av blodtryck och prover samt förlossning senast v 37."),
      ("Planering", "Labetalol 200 mg x 3. Kortison för lungmognad diskuteras med bakjour. BT var fjärde timme, lab imorgon bitti.")],
     setting="slutenvård")],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Long obstetric note with preeclampsia explicitly communicated to patient and partner.")

C("b27-tidigare-anorexi-litiumsvar-ej-meddelat", "skane", "19910410-5862",
  [N("n1", "sk_psyk_hbg", "Läkaranteckning", "Amir Haddad", "läkare",
     "2024-08-06 10:15", "2024-08-06 10:40",
     [("Tidigare sjukdomar", "Anorexia nervosa i tonåren, behandlad på ätstörningsenhet, stabil vikt sedan 2012. Bipolär sjukdom typ 1 sedan 2016."),
      ("Aktuellt", "Stabil i stämningsläget, sover bra. BMI 22."),
      ("Lab", "Litium 0,7, kreatinin och TSH togs idag. Pat ej informerad om provsvaren än, de kommer i morgon och hon får dem via 1177.")])],
  [], [("NL101", "n1")],
  "Past history plus a not-yet-given lab answer: no diagnosis withheld.")

C("b28-neuroborrelios-avskriven", "vgr", "19750601-2710",
  [N("n1", "vg_inf_ostra", "Läkaranteckning", "Daniel Forsberg", "läkare",
     "2024-09-03 11:45", "2024-09-03 11:55",
     [("Aktuellt", "Perifer facialispares hö sedan fyra dagar, fästingbett i juni. Prednisolon insatt igår."),
      ("Lab", "Likvor: 2 celler, Borrelia-ak i likvor negativa, intratekal antikroppsproduktion ej påvisad. Neuroborrelios avskrivs. Pat ej informerad än, ringer efter lunch."),
      ("Bedömning", "Idiopatisk perifer facialispares (Bells pares). Fortsätter prednisolon, ögonskydd nattetid.")])],
  [], [("NL101", "n1")],
  "Neuroborreliosis ruled out; the patient has not been called yet.")

C("b29-skane-th-mall-larynx", "skane", "19590213-8113",
  [N("n1", "sk_onh_hbg", "Tidiga hypoteser", "Johanna Friberg", "läkare",
     "2024-05-28 11:10", "2024-05-28 11:20",
     [("Tidiga hypoteser", "Sökte för heshet sedan två månader, röker 20 cigaretter om dagen. Fynd vid laryngoskopi: vitaktig, något exofytisk förändring vä stämband, misstänkt larynxcancer, PAD väntas. "
                           "Ej kommunicerat med pat då han har uttalad hälsoångest och tidigare suicidförsök i samband med cancerbesked hos hustrun.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne Tidiga hypoteser template with a suspected cancer that has not been communicated.")

C("b30-rektalcancer-epikris-dottern-ej-informerad", "vgr", "19420412-6223",
  [N("n1", "vg_kir_sas", "Epikris", "Ebba Sundin (läkarsekreterare), diktat av Fredrik Holmgren", "läkarsekreterare",
     "2024-04-30 09:20", "2024-05-02 08:10",
     [("Orsak till vård", "Planerad laparoskopisk främre resektion för rektalcancer."),
      ("Vårdförlopp", "82-årig kvinna med välreglerad hypertoni som utretts via kirurgmottagningen för anemi och rektalblödning. Rektoskopi med biopsi visade adenocarcinom 12 cm ovan analöppningen, "
                      "MR lilla bäckenet visade T2N0 och DT thorax-buk ingen spridning. Opererades 22/4 med laparoskopisk främre resektion och avlastande loopileostomi. "
                      "Postoperativt förlopp utan komplikationer. Stomin fungerar, stomiterapeut har undervisat och hon sköter den själv."),
      ("Information", "Pat har under vårdtiden informerats om diagnosen rektalcancer och om att operationen bedöms radikal i väntan på PAD. "
                      "Dottern, som är hennes kontaktperson, är däremot ännu inte informerad om att det rörde sig om cancer, på pat:s uttryckliga begäran; hon vill själv berätta efter PAD-svaret."),
      ("Planering", "Återbesök kirurgmottagningen 3 v med PAD. Stomisköterska gör hembesök. Ileostomin läggs ned tidigast efter 3 mån.")],
     setting="slutenvård")],
  [], [("NL101", "n1")],
  "Dictated epikris: the patient knows her diagnosis; only the daughter is not informed.")

C("b31-glaukom-typo-informerad", "skane", "19510827-4571",
  [N("n1", "sk_ogon_mo", "Läkaranteckning", "Björn Isaksson", "läkare",
     "2024-10-15 09:50", "2024-10-15 10:00",
     [("Bedömning", "Primärt öppenvinkelgluakom bilat, tryck 28/26, typiska synfältsbortfall. Informerad om diagnosen, startar latanoprost tn.")])],
  [], [("NL101", "n1"), ("NL102", "n1")],
  "Typo in the diagnosis ('gluakom'); told to the patient.", typo=True)

C("b32-bph-turp-tid-flyttad", "vgr", "19480722-3179",
  [N("n1", "vg_uro_nal", "Telefonanteckning", "Cecilia Roos", "sjuksköterska",
     "2024-07-04 09:15", "2024-07-04 09:20",
     [("Kontaktorsak", "Känd BPH med residualurin, står på väntelista för TURP. KAD sedan urinstämma i mars, byts av hemsjukvården."),
      ("Åtgärd", "Operationstiden 11/7 flyttad pga operatörs sjukdom. Pat ej informerad om att tiden flyttats, nås ej, ringer igen i eftermiddag.")])],
  [], [("NL101", "n1")],
  "Nurse phone note: the untold matter is a moved operation time.")

C("b33-ingen-lungemboli-pat-pa-rontgen", "skane", "19780128-7405",
  [N("n1", "sk_med_tr", "Läkaranteckning", "Anna-Karin Svensson", "läkare",
     "2024-03-08 16:30", None,
     [("Röntgen", "DT thorax med kontrast: ingen lungemboli, inga infiltrat. Pat ej informerad ännu, är kvar på röntgen.")])],
  [], [("NL101", "n1")],
  "Pulmonary embolism ruled out; nothing diagnostic withheld.")

C("b34-vaskular-demens-boendeansokan", "vgr", "19360103-5136",
  [N("n1", "vg_ger_mdl", "Läkaranteckning", "Viktor Hedlund", "läkare",
     "2024-11-19 13:00", "2024-11-19 14:20",
     [("Aktuellt", "88-årig man, tidigare två stroke, som utretts i minnesmottagningen sedan i våras. Hustrun, som är hans huvudsakliga stöd, har själv fått en höftfraktur "
                   "och vårdas på ortopeden. Han har sedan dess bott hos dottern."),
      ("Status", "MMSE 16/30, tydlig exekutiv svikt och långsamt psykiskt tempo. Lätt vä-sidig pares kvarstår sedan 2021."),
      ("Bedömning", "Vaskulär demens, måttlig grad. Pat och dottern informerades vid dagens besök om diagnosen och om att den inte går att bota men att sekundärpreventionen är viktig. "
                    "Han tog beskedet lugnt och sa att han hade anat det. "
                    "Han är däremot inte informerad om att dottern skickat in ansökan om särskilt boende, det vill hon själv ta upp med honom och hustrun tillsammans."),
      ("Planering", "Fortsatt trombocythämmare och statin. Kontakt med demenssjuksköterska. Biståndshandläggare kontaktas av dottern. Åter om 6 mån.")])],
  [], [("NL101", "n1")],
  "Dementia told; the patient is not informed about a housing application, which is not a diagnosis.")

C("b35-sle-th-mall-sedan-besked", "skane", "19850922-5689",
  [N("n1", "sk_reuma_lu", "Tidiga hypoteser", "Fatima Rahimi", "läkare",
     "2024-01-16 11:00", "2024-01-16 11:10",
     [("Tidiga hypoteser", "Susp. SLE: högtitrig ANA, anti-dsDNA svagt positiv, artralgier och fjärilsliknande utslag. Avvaktar komplement och urinsediment innan det tas upp med pat.")]),
   N("n2", "sk_reuma_lu", "Läkaranteckning", "Fatima Rahimi", "läkare",
     "2024-02-13 10:30", "2024-02-13 11:15",
     [("Bedömning", "Systemisk lupus erythematosus (SLE) med hud- och ledengagemang, lågt C3, inget njurengagemang. "
                    "Pat informerad om diagnosen idag, startar hydroxiklorokin. Ögonbottenkontroll inför start.")])],
  [], [("NL101", "n1"), ("NL101", "n2")],
  "Hypothesis in the Tidiga hypoteser template, later settled and told in a visible note.")
# =====================================================================================
# C. NL102 must: a hedged diagnosis of the patient in visible Melior text
# =====================================================================================

C("c01-trol-pyelonefrit-kort", "vgr", "19890514-5622",
  [N("n1", "vg_akut_nal", "Akutanteckning", "Sofia Bergh", "läkare",
     "2024-02-03 21:10", "2024-02-03 21:15",
     [("Bedömning", "Trol. pyelonefrit vä. Ceftibuten 400 mg x 1 i 10 d, urinodling tagen.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Telegraphic 'Trol.' before a diagnosis in Bedömning.")

C("c02-misstankt-lungemboli-dt-bestalld", "skane", "19700221-2889",
  [N("n1", "sk_akut_mo", "Akutanteckning", "Mikael Dahl", "läkare",
     "2024-03-17 14:20", None,
     [("Aktuellt", "Plötslig andfåddhet och hö-sidig andningskorrelerad bröstsmärta sedan igår. Flög hem från Thailand i förrgår."),
      ("Status", "AF 24, saturation 93 % på luft, puls 108. Cor ua. Pulm: normala andningsljud."),
      ("Bedömning", "Misstänkt lungemboli, Wells 6. DT lungartärer beställd, startar tinzaparin i väntan på svar.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Misstänkt' pulmonary embolism in a visible ED note.")

C("c03-dd-lista-migran-tia-anfall", "vgr", "19810926-7073",
  [N("n1", "vg_neuro_su", "Läkaranteckning", "Rebecka Wahlström", "läkare",
     "2024-04-09 09:00", "2024-04-09 09:45",
     [("Anamnes", "Tre episoder senaste månaden med flimmer i synfältet följt av stickningar som vandrar från hö hand upp i armen under 20 min, därefter huvudvärk. "
                  "Ingen tidigare migrän. Rökare."),
      ("Status", "Neurologiskt status ua. BT 132/84."),
      ("Bedömning", "DD migrän med aura, TIA, fokala anfall. Anamnesen talar mest för det förstnämnda men med tanke på debut i vuxen ålder görs utredning."),
      ("Planering", "MR hjärna med kärl, EEG, lipider. Åter efter undersökningarna."),
      ("Socialt", "Arbetar som IT-konsult, gift, två barn. Röker 10 cigaretter per dag sedan 20 år, vill sluta."),
      ("Läkemedel", "Inga stående. Tar ibuprofen vid huvudvärk."),
      ("Hereditet", "Mor har migrän, far hade stroke vid 70 års ålder.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "A DD list of diagnoses in visible Bedömning.")

C("c04-pmr-temporalisarterit-kan-ej-uteslutas", "skane", "19470818-5246",
  [N("n1", "sk_reuma_lu", "Läkaranteckning", "Fatima Rahimi", "läkare",
     "2024-01-29 13:00", "2024-01-29 14:15",
     [("Anamnes", "76-årig kvinna, tidigare frisk förutom hypertoni, som sedan sex veckor har morgonstelhet i skuldror och höfter i över en timme, svårt att ta sig upp ur sängen och att kamma håret. "
                  "Har även känt sig allmänt sjuk med subfebrilitet och viktnedgång 3 kg. Sedan en vecka tinninghuvudvärk hö och ömhet när hon lägger huvudet på kudden. "
                  "Ingen käkklaudikation, inga synstörningar."),
      ("Status", "Smärtsam aktiv abduktion i båda skuldrorna, passivt bättre. Inga synoviter. Temporalisartären hö lätt öm men pulserande. Visus ua enl. synkarta."),
      ("Lab", "SR 68, CRP 41, Hb 114, trombocyter 452. Leverprover ua."),
      ("Bedömning", "Polymyalgia reumatika, där samtidig temporalisarterit inte kan uteslutas med tanke på tinninghuvudvärken."),
      ("Planering", "Ultraljud temporalisartärer och axillarartärer med förtur denna vecka. Startar prednisolon 40 mg i väntan på svar, "
                    "dosen justeras efter ultraljudet. Kalk och D-vitamin, bentäthetsmätning. Instruerad att söka akut vid synpåverkan.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long note: giant cell arteritis 'inte kan uteslutas' in Bedömning.")

C("c05-erysipelas-fragetecken-dd-dvt", "vgr", "19550307-1739",
  [N("n1", "vg_akut_su", "Akutanteckning", "Erik Lindblom", "läkare",
     "2024-07-19 11:50", "2024-07-19 12:00",
     [("Anamnes", "Typ 2-diabetiker, frossa och svullnad i hö underben sedan igår kväll."),
      ("Lokalstatus", "Rodnad, värmeökning och svullnad hö underben, skarp kant. Sår mellan tårna."),
      ("Bedömning", "Erysipelas? DD DVT, D-dimer tagen. Kåvepenin 1 g x 3 om D-dimer neg.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "A question mark after the diagnosis plus a DD.")

C("c06-sannolikt-kawasaki-4-aring", "skane", "20200115-3531",
  [N("n1", "sk_barn_lu", "Läkaranteckning", "Petter Håkansson", "läkare",
     "2024-03-02 18:30", "2024-03-02 19:10",
     [("Aktuellt", "4-årig pojke med feber sedan sex dagar trots antibiotika från VC. Röda ögon utan sekret, spruckna röda läppar, utslag på bålen och svullna händer."),
      ("Status", "Påverkad, irritabel. Jordgubbstunga. Körtel hö halssida 2 cm. Cor: takykardi, inga blåsljud. Nackrörlig."),
      ("Lab", "CRP 142, SR 88, LPK 18, trombocyter 520, albumin 28. Urinsticka: leukocyter 2+."),
      ("Socialt", "Bor med båda föräldrarna och en lillasyster, går på förskola. Ingen känd allergi."),
      ("Bedömning", "Sannolikt Kawasakis sjukdom, uppfyller 4 av 5 kriterier. Ekokardiografi beställt. IVIG och ASA enligt PM efter kontakt med barnkardiolog."),
      ("Planering", "Temp och vitalparametrar var fjärde timme. Ny läkarbedömning imorgon förmiddag.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Child aged 4 (guardians read the journal): 'Sannolikt' before an eponym diagnosis.")

C("c07-ex-talar-for-extrauterin-graviditet", "vgr", "19960224-8263",
  [N("n1", "vg_kk_ostra", "Läkaranteckning", "Elin Ragnarsson", "läkare",
     "2024-06-23 02:10", "2024-06-23 03:00",
     [("Kontaktorsak", "Sökte gynakuten nattetid pga smärta i hö fossa sedan kvällen och sparsam mörk blödning."),
      ("Anamnes", "28-årig kvinna, gravida 2 para 0, en tidigare missed abortion 2022. Senaste mens 7 veckor sedan, positivt graviditetstest hemma för två veckor sedan. "
                  "Ingen tidigare ultraljudsundersökning i denna graviditet. Opererad för appendicit i barndomen. Behandlad för klamydia för fem år sedan."),
      ("Status", "Opåverkad, BT 118/70, puls 88. Buken mjuk, ömhet hö fossa utan peritonit. Gyn: sparsamt mörkt blod i vagina, portio ömmar vid palpation, ingen ömhet över vä adnex."),
      ("Ultraljud", "Tom uterus, endometrium 9 mm. Hö om uterus en 2 cm stor ringformig struktur med omgivande ökad vaskularisering, lite fri vätska i fossa Douglasi."),
      ("Lab", "hCG 2 400. Hb 128."),
      ("Bedömning", "Bilden talar för extrauterin graviditet hö, cirkulatoriskt stabil. Diskuterat med bakjour."),
      ("Planering", "Ny hCG om 48 h. Ställningstagande till metotrexat kontra laparoskopi efter det. Informerad om att söka omedelbart vid tilltagande smärta eller yrsel.")],
     setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long gyn ED note: 'talar för' before a suspected ectopic pregnancy.")

C("c08-sannolkit-mononukleos-typo", "skane", "20050830-3914",
  [N("n1", "sk_inf_lu", "Läkaranteckning", "Tobias Ek", "läkare",
     "2024-05-06 10:10", "2024-05-06 10:20",
     [("Bedömning", "Sannolkit mononukleos, snabbtest neg men tidigt förlopp. EBV-serologi skickad. Inga antibiotika.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Typo in the hedge cue ('Sannolkit'); patient 18 years old.", typo=True)

C("c09-perimyokardit-kan-ej-uteslutas", "vgr", "19991203-2712",
  [N("n1", "vg_kard_skas", "Läkaranteckning", "Jenny Falk", "läkare",
     "2024-01-08 09:40", "2024-01-08 10:05",
     [("Aktuellt", "Bröstsmärta som förvärras liggande och vid djupa andetag efter förkylning förra veckan. TnT 28 → 31."),
      ("Status", "Opåverkad, temp 37,6. Perikardiellt gnidningsljud vid vänster sternalrand."),
      ("EKG", "Utbredda ST-höjningar med PR-sänkningar, sinusrytm."),
      ("Bedömning", "Perikardit, myokardiellt engagemang kan ej uteslutas. MR hjärta bokas, kolkicin och ibuprofen.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'kan ej uteslutas' about myocardial involvement (myocarditis) in a visible note.")

C("c10-ev-peritonsillit-kort", "skane", "19981011-5346",
  [N("n1", "sk_onh_hbg", "Läkaranteckning", "Göran Persson", "läkare",
     "2024-12-02 22:40", "2024-12-02 22:45",
     [("Bedömning", "Ev. peritonsillit vä, punktion utan pus. Bensylpenicillin iv, ny bedömning imorgon.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Ev.' before a diagnosis in a one-line ENT note.")

C("c11-skelettmetastaser-misstanks-scint", "vgr", "19520619-6932",
  [N("n1", "vg_onk_su", "Läkaranteckning", "Henrik Alm", "läkare",
     "2024-10-01 13:00", "2024-10-01 14:10",
     [("Bakgrund", "72-årig man med prostatacancer, Gleason 4+4, strålbehandlad med kurativ intention 2021 och därefter hormonbehandlad i två år. "
                   "Har sedan i somras stigande PSA (0,4 → 3,8) och sedan en månad smärta i ländryggen och hö höft, värst nattetid."),
      ("Status", "Gott AT. Lokal palpationsömhet över L3 och hö bäckenkam. Neurologi i benen ua, normal gång."),
      ("Röntgen", "Skelettscintigrafi 26/9: flera nytillkomna upptag i ländrygg, bäcken och revben, mönster som inger stark misstanke om skelettmetastaser. PSMA-PET bokad."),
      ("Bedömning", "Misstänkt metastaserande kastrationsresistent prostatacancer. Smärtan bedöms vara skelettrelaterad, inga tecken på medullakompression."),
      ("Planering", "PSMA-PET inom två veckor, därefter MDK. Startar denosumab efter tandläkarbedömning. Oxikodon vid behov. "
                    "Muntlig och skriftlig information om symtom på ryggmärgspåverkan och direktnummer till kontaktsjuksköterska.")])],
  [("NL102", "n1")], [],
  "Long oncology note with suspected skeletal metastases in visible Röntgen and Bedömning.")

C("c12-fs-appendicit-inlaggs", "skane", "20030420-2757",
  [N("n1", "sk_kir_mo", "Inskrivningsanteckning", "Linda Ahmadi", "läkare",
     "2024-08-17 20:05", None,
     [("Aktuellt", "Buksmärta sedan igår kväll, började runt naveln och har vandrat till hö fossa. Illamående, ingen diarré. Temp 38,1."),
      ("Status", "Ömhet och släppömhet i hö fossa, positivt Rovsing. CRP 48, LPK 13,2."),
      ("Planering", "Inläggs för obs, f.s. appendicit. Fastande, dropp. DT buk om oklart imorgon bitti.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Clinicians' 'f.s.' (frågeställning) before appendicitis in Planering.")

C("c13-trol-instabil-personlighetsstorning", "vgr", "20020912-4684",
  [N("n1", "vg_psyk_sas", "Läkaranteckning", "Ali Shams", "läkare",
     "2024-11-26 15:30", "2024-11-26 15:55",
     [("Bedömning", "Trol. emotionellt instabil personlighetsstörning, utreds vidare med SCID-5-PD. Fortsatt kontakt med DBT-teamet.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Psychiatry: 'Trol.' before a personality disorder diagnosis.")

C("c14-sannol-lewy-body-dd-alzheimer", "skane", "19390228-3575",
  [N("n1", "sk_ger_ys", "Läkaranteckning", "Gunnel Åkesson", "läkare",
     "2024-09-12 13:30", "2024-09-12 14:20",
     [("Anamnes", "85-årig man som följts på minnesmottagningen sedan i vintras. Tidigare hjärtinfarkt 2010. Bor i villa med hustrun, som sköter det mesta i hemmet."),
      ("Aktuellt", "Uppföljning av kognitiv svikt. Hustrun beskriver att han har bra och dåliga dagar, ser barn i trädgården om kvällarna och har börjat gå långsammare."),
      ("Status", "MMSE 22/30. Lätt rigiditet bilat, ingen vilotremor. Ortostatiskt BT-fall 30 mmHg."),
      ("Bedömning", "Sannol. Lewy body-demens (fluktuationer, synhallucinationer, parkinsonism). DD Alzheimers sjukdom med extrapyramidala inslag. DaTSCAN remitteras."),
      ("Läkemedel", "Undviker neuroleptika. Rivastigmin plåster startas."),
      ("Planering", "Återbesök om 6 v tillsammans med hustrun. Demenssjuksköterskan kontaktas för hembesök. Hustrun ber om avlastning.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Sannol.' abbreviation and a DD in geriatric Bedömning.")

C("c15-misstankt-endokardit-duke", "vgr", "19610805-1597",
  [N("n1", "vg_inf_ostra", "Läkaranteckning", "Johan Strömberg", "läkare",
     "2024-02-14 11:00", "2024-02-14 12:30",
     [("Aktuellt", "62-årig man med mekanisk aortaklaff sedan 2015 som inkom via akuten med feber upp till 39,5 sedan en vecka, frossa och tilltagande trötthet. "
                   "Tandextraktion för en månad sedan utan antibiotikaprofylax. Inga neurologiska symtom."),
      ("Status", "Blek, temp 38,9. Cor: mekaniska klaffljud, nytillkommet diastoliskt blåsljud enl. inremitterande. Petekier i konjunktiva vä. Inga splinterblödningar. Mjältspets palpabel."),
      ("Lab", "CRP 142, LPK 14, Hb 102. Blododlingar 3/3 växt av Streptococcus sanguinis."),
      ("UCG", "TTE: svårbedömd protes, misstänkt liten vegetation. TEE bokad imorgon."),
      ("Bedömning", "Misstänkt protesendokardit (Duke: ett major- och två minorkriterier, definitiv diagnos förutsätter fynd på TEE). "
                    "Ingen hjärtsvikt, ingen embolisering kliniskt."),
      ("Planering", "Bensylpenicillin 3 g x 4 och gentamicin enl. PM i väntan på TEE. Kontakt med thoraxkirurg. Tandläkarkonsult. Waran pausas, heparininfusion.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long infection note: prosthetic valve endocarditis is 'misstänkt' in Bedömning.")

C("c16-susp-torsio-testis", "skane", "20060104-7152",
  [N("n1", "sk_uro_mo", "Akutanteckning", "Erik Wallin", "läkare",
     "2024-04-14 06:20", "2024-04-14 06:25",
     [("Bedömning", "Susp. torsio testis hö, smärtdebut 04.30. Direkt till op för exploration.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Latin diagnosis after 'Susp.', 18-year-old patient.")

C("c17-misstanke-om-cushing", "vgr", "19830418-8264",
  [N("n1", "vg_endo_su", "Läkaranteckning", "Sanna Ljung", "läkare",
     "2024-06-11 10:30", "2024-06-11 11:00",
     [("Aktuellt", "Remiss från VC: viktuppgång, svårbehandlad hypertoni, lila striae på buken och tunn hud. Nydebuterad diabetes."),
      ("Lab", "Kalium 3,3, HbA1c 56."),
      ("Status", "BT 168/102. Månansikte, bufflopuckel. Blåmärken på underarmarna."),
      ("Bedömning", "Klinisk misstanke om Cushings syndrom. Dygnsurin-kortisol, sen kvälls-salivkortisol och 1 mg dexametasonhämningstest ordinerade.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'misstanke om' before an eponym syndrome.")

C("c18-trolig-pnemoni-typo", "skane", "19420905-4867",
  [N("n1", "sk_akut_hbg", "Akutanteckning", "Oskar Berglund", "läkare",
     "2024-11-08 16:40", "2024-11-08 16:50",
     [("Bedömning", "Trolig pnemoni hö basalt, CRB-65 1. Amoxicillin po, hem med uppföljning på VC om 3 d.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Typo in the diagnosis ('pnemoni') after 'Trolig'.", typo=True)

C("c19-inger-misstanke-guillain-barre", "skane", "19780612-8174",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ola Fredriksson", "läkare",
     "2024-03-23 19:45", "2024-03-23 20:50",
     [("Aktuellt", "45-årig man, tidigare frisk, som för tre veckor sedan hade en magsjuka med diarréer i fyra dagar. Sedan fem dagar stickningar i fötter och händer, "
                   "sedan två dagar svårt att gå i trappor och idag föll han när han skulle resa sig från toaletten. Ingen smärta i ryggen, normal blås- och tarmfunktion."),
      ("Status", "Vaken, adekvat. Kranialnerver: lätt bilateral facialispares. Kraft: höftböjare 4/5, dorsalflexion fot 4-/5 bilat, armar 5/5. "
                 "Reflexer: akilles och patellar utsläckta, armar svaga. Sensibilitet: nedsatt vibration distalt. Vitalkapacitet 3,1 L."),
      ("Bedömning", "Bilden med uppåtstigande svaghet, areflexi och föregående gastroenterit inger misstanke om Guillain-Barrés syndrom, ev. utlöst av Campylobacter. "
                    "Ingen andningspåverkan i nuläget men risk för progress."),
      ("Planering", "Lumbalpunktion och ENeG imorgon. VK x 3 per dygn, larmgräns 20 ml/kg. Diskuterat med IVA-jour. "
                    "IVIG startas efter LP om fortsatt progress. Trombosprofylax.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Long neurology admission: 'inger misstanke om' before an eponym syndrome.")

C("c20-trol-vat-amd-oct", "vgr", "19450930-6223",
  [N("n1", "vg_ogon_mdl", "Läkaranteckning", "Kristian Lund", "läkare",
     "2024-08-27 10:20", "2024-08-27 10:40",
     [("Anamnes", "Raka linjer ser vågiga ut med vä öga sedan en vecka. Känd torr AMD bilat."),
      ("Ögonstatus", "Visus hö 0,8, vä 0,4. Vä makula: liten blödning och subretinal vätska på OCT."),
      ("Bedömning", "Trol. övergång till våt AMD vä. OCT-angio och ev. fluoresceinangiografi på torsdag, anti-VEGF förbereds.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Ophthalmology: 'Trol.' before wet AMD.")

C("c21-trol-rs-bronkiolit-spadbarn", "vgr", "20231020-3852",
  [N("n1", "vg_barn_dsbus", "Sjuksköterskeanteckning", "Moa Eriksson", "sjuksköterska",
     "2024-01-14 04:30", None,
     [("Överrapportering", "Inlagd för trol. RS-bronkiolit enl. jourläkare, snabbtest ej svarat. Sat 92-94 % med 1 L O2 på grimma, äter sämre, sondmatas.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Nurse note for an infant: the hedged admission diagnosis is copied into a visible note.")

C("c22-talar-for-bullos-pemfigoid", "skane", "19400722-7442",
  [N("n1", "sk_hud_lu", "Läkaranteckning", "Anders Lönn", "läkare",
     "2024-05-22 09:15", "2024-05-22 09:50",
     [("Anamnes", "Intensiv klåda i tre månader, sedan två veckor spända blåsor på armar och lår. Insatt på DPP4-hämmare i höstas."),
      ("Lokalstatus", "Spända, klara blåsor på urtikariell botten, flexorsidor. Slemhinnor fria."),
      ("Bedömning", "Kliniskt talar bilden för bullös pemfigoid, ev. läkemedelsutlöst. Stansbiopsi för PAD och direkt IF tagen, BP180-ak skickat.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Dermatology: 'talar för' plus 'ev.' in Bedömning.")

C("c23-epikris-misstankt-crohn", "vgr", "20000417-1799",
  [N("n1", "vg_kir_sas", "Epikris", "Ebba Sundin (läkarsekreterare), diktat av Karin Alm", "läkarsekreterare",
     "2024-09-16 11:00", "2024-09-17 08:40",
     [("Orsak till vård", "Buksmärtor i hö fossa och feber."),
      ("Vårdförlopp", "24-årig man som inkom via akuten med fem dagars buksmärta i hö fossa, lös avföring 4-5 gånger per dag och feber. Viktnedgång 4 kg senaste månaden. "
                      "DT buk visade väggförtjockning av terminala ileum på 15 cm med omgivande fettvävsreaktion, inget abscess. Appendix normal. "
                      "Behandlades med piperacillin-tazobaktam i tre dygn och därefter peroralt, med god klinisk effekt, CRP från 156 till 38. "
                      "Kalprotektin 1 250. Avföringsodlingar inklusive Yersinia negativa."),
      ("Diagnos", "Terminal ileit, misstänkt Crohns sjukdom."),
      ("Planering", "Remiss till gastroenterologen för ileokoloskopi och MR tunntarm. Avslutar antibiotika om fyra dagar. "
                    "Ingen rökning, vilket pat uppmuntras att fortsätta med. Kontakt med vårdcentral vid försämring.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Dictated epikris: a hedged discharge diagnosis under Diagnos.")

C("c24-misstankt-endometrios-kort", "skane", "19970603-8487",
  [N("n1", "sk_kk_hbg", "Läkaranteckning", "Ingrid Sjöberg", "läkare",
     "2024-02-19 14:45", "2024-02-19 14:55",
     [("Bedömning", "Misstänkt endometrios med djup infiltration bakom cervix. Provar gestagen kontinuerligt, åter 3 mån.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Short gyn note: 'Misstänkt endometrios'.")

C("c25-trolig-reaktiv-artrit-dd-septisk", "vgr", "19860109-9354",
  [N("n1", "vg_reuma_su", "Läkaranteckning", "Sven Alexandersson", "läkare",
     "2024-07-30 14:00", "2024-07-30 14:30",
     [("Aktuellt", "Svullet hö knä och vä fotled sedan en vecka. Campylobacter-enterit för tre veckor sedan."),
      ("Status", "Synovit hö knä med hydrops, vä fotled svullen och öm. Afebril."),
      ("Bedömning", "Trolig reaktiv artrit. Septisk artrit osannolik men ledvätska skickad för odling och kristaller. NSAID.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "'Trolig' before reactive arthritis in a medium-length note.")

C("c26-mojlig-nstemi-kort", "vgr", "19580911-1338",
  [N("n1", "vg_akut_su", "Akutanteckning", "Erik Lindblom", "läkare",
     "2024-10-11 07:55", None,
     [("Bedömning", "Möjlig NSTEMI, TnT 38 → 52, EKG utan ST-höjning. Ticagrelor, inläggs HIA.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Unsigned draft with 'Möjlig' before NSTEMI.")

C("c27-njurtumor-sannolikt-klarcellig-diktat", "skane", "19660130-3958",
  [N("n1", "sk_uro_mo", "Läkaranteckning", "Birgitta Holm (läkarsekreterare), diktat av Erik Wallin", "läkarsekreterare",
     "2024-04-03 13:00", "2024-04-04 10:15",
     [("Anamnes", "Patienten är en 58-årig man som remitterats från vårdcentralen efter att ett ultraljud, som gjordes på grund av ospecifika flanksmärtor, visade en solid förändring i höger njure. "
                  "Han har inte haft någon synlig hematuri. Han är rökare sedan 40 år och har behandlad hypertoni. I övrigt frisk, arbetar som busschaufför."),
      ("Röntgen", "DT-urografi visar en 5,5 cm stor heterogent kontrastladdande tumör i höger njures nedre pol utan tecken på inväxt i njurven eller vena cava. "
                  "Inga förstorade lymfkörtlar och inga lungmetastaser på DT thorax."),
      ("Bedömning", "Tumören i höger njure bedöms sannolikt vara en klarcellig njurcancer, cT1b N0 M0. Slutlig diagnos ställs på PAD."),
      ("Planering", "Anmäls till MDK urologi. Planeras för robotassisterad partiell nefrektomi. Preoperativt njurfunktionsprov med Cr-EDTA. "
                    "Rökavvänjning erbjuds.")])],
  [("NL102", "n1")], [],
  "Secretary-typed dictation: 'sannolikt' before renal cell carcinoma in visible Bedömning.")

C("c28-psykos-fragetecken-dd-drogutlost", "skane", "20000226-2798",
  [N("n1", "sk_psyk_hbg", "Läkaranteckning", "Amir Haddad", "läkare",
     "2024-06-30 22:10", None,
     [("Aktuellt", "Hämtad av polis efter att ha stått på en balkong och ropat åt grannar. Sömnlös i en vecka, uppger att grannarna sänder tankar till honom."),
      ("Psykiskt status", "Vaken, orienterad. Ofokuserad blick, tankestörd, paranoida vanföreställningar. Förnekar suicidtankar."),
      ("Bedömning", "Akut psykotiskt syndrom? DD drogutlöst psykos, pat medger cannabis senaste veckan. Tox-screening skickad.")], setting="akut")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Psychiatric emergency: '?' and DD with psychotic disorders.")

C("c29-meniere-kan-inte-uteslutas", "vgr", "19730805-5420",
  [N("n1", "vg_onh_su", "Läkaranteckning", "Göran Nordin", "läkare",
     "2024-03-13 13:15", "2024-03-13 13:30",
     [("Anamnes", "Attackerna varar 1-3 timmar och hon kräks under attackerna. I övrigt frisk, inga läkemedel."),
      ("Bedömning", "Tre attacker av rotatorisk yrsel med lockkänsla och tinnitus vä. Audiogram lågfrekvent nedsättning vä. Menières sjukdom kan inte uteslutas, följs med nytt audiogram.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Eponym with 'kan inte uteslutas' at the end of the sentence.")

C("c30-missankt-anorexia-16-aring-typo", "skane", "20071230-2645",
  [N("n1", "sk_barn_lu", "Läkaranteckning", "Kajsa Nordström", "läkare",
     "2024-10-22 15:00", "2024-10-22 15:45",
     [("Aktuellt", "16-årig flicka som skickats av skolsköterskan efter viktnedgång från 58 till 47 kg sedan i våras. Tränar två gånger om dagen, äter inte i skolan. Menstruationen har uteblivit sedan fyra månader och hon fryser mycket."),
      ("Socialt", "Bor med mamma, pappa och två yngre bröder. Går första året på gymnasiet, naturvetenskapsprogrammet, höga betyg."),
      ("Status", "BMI 16,2. Puls 46, BT 92/58. Akrocyanos. Lanugobehåring på ryggen."),
      ("Bedömning", "Missänkt anorexia nervosa med somatisk påverkan (bradykardi). Remiss BUP ätstörningsteam akut. Elektrolyter och EKG idag."),
      ("Planering", "Återbesök om en vecka med vikt och puls. Kontakt med skolsköterskan efter samtycke. Båda föräldrarna var med vid besöket.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Typo in the hedge cue ('Missänkt'); a 16-year-old reads her own journal.", typo=True)

C("c31-dvt-pmo-sedan-akut-melior", "skane", "19740118-2667",
  [N("n1", "sk_vc_esl", "Läkaranteckning", "Jesper Mårtensson", "läkare",
     "2024-05-13 15:10", "2024-05-13 15:30",
     [("Aktuellt", "Svullet och ömt vä underben sedan tre dagar, flög från Kanarieöarna i söndags. P-piller."),
      ("Status", "Vä vad 3 cm större omfång än hö, ömhet längs venstammen."),
      ("Bedömning", "Susp. DVT vä. Remiss till akuten för ultraljud, ringt och meddelat.")]),
   N("n2", "sk_akut_mo", "Akutanteckning", "Linda Ahmadi", "läkare",
     "2024-05-13 19:20", "2024-05-13 19:45",
     [("Bedömning", "D-dimer 2,8. Ultraljud ej tillgängligt ikväll. DVT vä kan ej uteslutas, får tinzaparin och återkommer för kompressionsultraljud imorgon kl 09.")],
     setting="akut")],
  [("NL102", "n2")], [("NL102", "n1")],
  "Same suspicion in a PMO primary-care note (never shown) and in a Melior ED note (shown).")

C("c32-hilusadenopati-differentialdiagnos-lymfom", "vgr", "19880907-3847",
  [N("n1", "vg_lung_su", "Läkaranteckning", "Malin Ekström", "läkare",
     "2024-04-16 10:00", "2024-04-16 10:35",
     [("Aktuellt", "Torrhosta sedan två månader, ömma röda knölar på underbenen i våras som försvann spontant."),
      ("Röntgen", "DT thorax: bilaterala symmetriska hilusadenopatier och små perilymfatiska noduli."),
      ("Bedömning", "Bilden är mest förenlig med sarkoidos stadium II. Lymfom är differentialdiagnos. EBUS med biopsier bokas."),
      ("Lab", "ACE 98, Ca 2,62.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Lymphoma named as a 'differentialdiagnos' (and sarcoidosis as 'mest förenlig') in visible text.")

C("c33-misstankt-kikhosta-typo", "skane", "19910315-2261",
  [N("n1", "sk_inf_lu", "Telefonanteckning", "Anna Wikström", "sjuksköterska",
     "2024-01-19 08:35", "2024-01-19 08:45",
     [("Telefonkontakt", "Pat ringer om hosta i tre veckor med kiknande attacker nattetid, kräks efter attackerna. Läkare dr Ek bedömer misstänkt kikhsota, "
                         "nasofarynxprov för PCR tas på mottagningen idag kl 13."),
      ("Åtgärd", "Råd att undvika kontakt med spädbarn tills svar finns. Azitromycin förskrivs av dr Ek.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Nurse phone note on a hospital unit; typo in the diagnosis ('kikhsota').", typo=True)

C("c34-epikris-diagnoslista-trolig-hypotyreos", "vgr", "19330612-3310",
  [N("n1", "vg_med_al", "Epikris", "Emma Axelsson", "läkare",
     "2024-02-23 10:30", "2024-02-23 12:00",
     [("Diagnoser", "Pneumoni vä underlob. Akut förvirringstillstånd. Trolig hypotyreos. Kronisk njursvikt stadium 3b."),
      ("Vårdförlopp", "90-årig man från eget boende med hemtjänst som inkom med feber, hosta och nytillkommen förvirring. Rtg pulm visade infiltrat vä basalt. "
                      "Behandlades med bensylpenicillin iv i tre dygn och därefter amoxicillin, med snabb förbättring av febern. Förvirringen klingade av under vårdtiden. "
                      "TSH 14,2 och fritt T4 lågt normalt vid inkomst, kan vara påverkat av den akuta sjukdomen, varför levotyroxin inte påbörjats. "
                      "Kreatinin 138, i nivå med tidigare."),
      ("Uppföljning", "Ny TSH och fritt T4 om sex veckor på vårdcentralen, ställningstagande till substitution då. Avslutar amoxicillin 27/2."),
      ("Läkemedel", "Se läkemedelsberättelse. Ny: amoxicillin. Utsatt: zopiklon.")],
     setting="slutenvård")],
  [("NL102", "n1")], [("NL101", "n1")],
  "Epikris diagnosis list with one hedged entry among confirmed ones.")

C("c35-misstankt-spondylodiskit-typo", "vgr", "19570309-7336",
  [N("n1", "vg_orto_skas", "Läkaranteckning", "Mattias Hellström", "läkare",
     "2024-11-14 13:40", "2024-11-14 14:10",
     [("Aktuellt", "Tilltagande ländryggssmärta i fyra veckor, nattsmärta, feber upp till 38,4. Hemodialys via CVK."),
      ("Status", "Kraftig bankömhet L3-L4. Neurologi ua."),
      ("Bedömning", "Misstänkt spondylodsikit L3-L4. MR ländrygg med kontrast idag, blododlingar x 2. Antibiotika avvaktas till efter ev. biopsi om stabil.")])],
  [("NL102", "n1")], [("NL101", "n1")],
  "Orthopaedics: typo in the diagnosis ('spondylodsikit') after 'Misstänkt'.", typo=True)
# =====================================================================================
# D. NL102 must_not: hedges that keep the routine
# =====================================================================================

# --- PMO (Skåne primary care): diagnoses are never shown in Journalen
C("d01-pmo-trol-ovre-luftvagsinfektion", "skane", "19840611-3251",
  [N("d1", "sk_vc_ell", "Läkaranteckning", "Yusuf Demir", "läkare",
     "2024-02-06 10:20", "2024-02-06 10:30",
     [("Bedömning", "Trol. virusorsakad övre luftvägsinfektion, ev. begynnande sinuit. Egenvårdsråd, åter om feber > 3 d.")])],
  [], [("NL102", "d1")],
  "PMO note: hedged diagnoses are never visible in PMO.")

C("d02-pmo-misstankt-hypotyreos", "skane", "19660704-5843",
  [N("n1", "sk_vc_sjo", "Läkaranteckning", "Ann-Sofie Berg", "läkare",
     "2024-04-04 14:10", "2024-04-04 14:35",
     [("Aktuellt", "Trötthet sedan ett halvår, fryser, torr hud och förstoppning. Viktuppgång 5 kg."),
      ("Status", "Torr hud, långsam relaxation av akillesreflexen. Thyreoidea ej förstorad."),
      ("Bedömning", "Misstänkt hypotyreos, DD depression. TSH, fritt T4 och TPO-ak tas, telefontid nästa vecka."),
      ("Läkemedel", "Inga stående läkemedel. Tar D-vitamin under vintern.")])],
  [], [("NL102", "n1")],
  "PMO: 'Misstänkt' hypothyroidism in a primary care note.")

C("d03-pmo-lang-kol-misstanke-spirometri", "skane", "19590120-2183",
  [N("n1", "sk_vc_hus", "Läkaranteckning", "Jesper Mårtensson", "läkare",
     "2024-10-07 08:30", "2024-10-07 09:30",
     [("Kontaktorsak", "Hosta och andfåddhet, har haft tre förkylningar sedan i våras som inte riktigt gått över."),
      ("Anamnes", "65-årig man, rökt 25 paketår, slutade för två år sedan men har nu börjat igen. Arbetar som plåtslagare. "
                  "Hostar varje morgon med vitt slem. Andfådd i uppförsbacke och när han bär matkassar, har slutat gå på jakt pga det. Ingen bröstsmärta, inga ödem. "
                  "Ingen astma i barndomen. Hereditet för hjärt-kärlsjukdom på fars sida."),
      ("Status", "Gott AT, saturation 95 %. Cor: RR, inga bl. Pulm: förlängt exspirium, enstaka ronki bilat. BT 148/92."),
      ("Bedömning", "Sannolikt KOL, men astma kan inte helt uteslutas med tanke på de upprepade infektionsutlösta besvären. "
                    "Blodtryck i överkant, ev. hypertoni, följs upp."),
      ("Planering", "Spirometri med reversibilitetstest på VC om två veckor. Hemblodtrycksmätning. Rökavvänjning hos distriktssköterska, han är motiverad. "
                    "Vaccination mot influensa och pneumokocker erbjuds. Åter efter spirometrin.")])],
  [], [("NL102", "n1")],
  "Long PMO note with several hedged diagnoses, none of them shown.")

C("d04-pmo-bvc-trolig-komjolksallergi", "skane", "20231119-2484",
  [N("n1", "sk_bvc_hoor", "BVC-anteckning", "Lena Ohlsson", "sjuksköterska",
     "2024-03-11 09:40", "2024-03-11 09:55",
     [("Besök", "4 mån-kontroll. Eksem på kinderna, kräks ofta efter måltid och blodtinglad avföring enl. mamma. Vikt följer kurvan."),
      ("Bedömning", "BVC-läkare bedömer trolig komjölksproteinallergi. Mjölkfri kost för mamma som ammar i 4 v, återbesök BVC-läkare.")])],
  [], [("NL102", "n1")],
  "PMO child-health-centre note: a hedged allergy diagnosis for an infant.")

C("d05-pmo-ungdomsmottagning-klamydia-fragetecken", "skane", "20060914-3664",
  [N("n1", "sk_um_lkr", "Barnmorskeanteckning", "Julia Svärd", "barnmorska",
     "2024-08-22 15:20", "2024-08-22 15:40",
     [("Kontaktorsak", "Sveda vid miktion och ökade flytningar sedan en vecka. Ny partner sedan en månad, oskyddat samlag."),
      ("Bedömning", "Klamydia? Självtest PCR taget, svar om 3-5 dagar. Info om smittspårning om positivt."),
      ("Åtgärd", "Kondomer med sig. Åter vid fortsatta besvär.")])],
  [], [("NL102", "n1")],
  "PMO youth clinic, 17-year-old: a question mark after a diagnosis that PMO does not show.")

C("d06-pmo-hemsjukvard-trol-uvi", "skane", "19310327-1643",
  [N("n1", "sk_hsjv_ang", "Sjuksköterskeanteckning", "Eva Lundgren", "sjuksköterska",
     "2024-06-15 11:00", "2024-06-15 11:10",
     [("Bedömning", "Ökad förvirring sedan igår, illaluktande urin. Trol. UVI. Urinsticka nitrit pos, kontakt med jourläkare som ordinerar pivmecillinam.")])],
  [], [("NL102", "n1")],
  "PMO home-care nurse note with 'Trol. UVI'.")

C("d07-pmo-misstankt-erythema-migrans", "skane", "19720516-8797",
  [N("n1", "sk_vc_esl", "Läkaranteckning", "Ann-Sofie Berg", "läkare",
     "2024-07-08 13:45", "2024-07-08 14:00",
     [("Anamnes", "Fästingbett i trädgården för två veckor sedan. Nu en växande rodnad på låret."),
      ("Status", "Ringformad rodnad 8 cm med central blekhet, vä lår."),
      ("Bedömning", "Misstänkt erythema migrans (borreliainfektion). Fenoximetylpenicillin 1 g x 3 i 10 d."),
      ("Planering", "Åter om utslaget inte bleknat efter avslutad kur.")])],
  [], [("NL102", "n1")],
  "PMO note: a suspected borrelia infection.")

C("d08-pmo-trol-utmattningssyndrom-dd-depression", "skane", "19850227-4098",
  [N("n1", "sk_vc_hus", "Läkaranteckning", "Yusuf Demir", "läkare",
     "2024-09-30 10:00", "2024-09-30 10:45",
     [("Aktuellt", "Sjukskriven 50 % sedan två veckor. Ökade krav på jobbet (förskolechef), sömnsvårigheter, minnesproblem och ljudkänslighet."),
      ("Bedömning", "Trol. utmattningssyndrom, DD depressiv episod. MADRS-S 19. Förlänger sjukskrivning, remiss till psykosocialt team och KBT.")])],
  [], [("NL102", "n1")],
  "PMO: hedged psychiatric diagnoses in primary care.")

# --- Tidiga hypoteser: Skåne template, VGR sökord
C("d09-skane-th-mall-prodromal-psykos", "skane", "20040809-6725",
  [N("n1", "sk_psyk_lu", "Tidiga hypoteser", "Sara Malmberg", "läkare",
     "2024-03-27 16:20", "2024-03-27 16:30",
     [("Tidiga hypoteser", "Möjlig prodromalfas av schizofreni (social isolering, bisarra idéer, funktionsfall). För tidigt att kommunicera.")])],
  [], [("NL102", "n1")],
  "Skåne Tidiga hypoteser template holds a possible schizophrenia prodrome.")

C("d10-skane-th-mall-susp-myelom", "skane", "19550404-2333",
  [N("n1", "sk_hem_lu", "Tidiga hypoteser", "Lars Bengtsson", "läkare",
     "2024-05-31 09:10", "2024-05-31 09:15",
     [("Tidiga hypoteser", "M-komponent 28 g/L, anemi, ryggsmärta. Susp. myelom.")])],
  [], [("NL102", "n1")],
  "Short Skåne Tidiga hypoteser template entry.")

C("d11-skane-synlig-och-th-mall-ms", "skane", "19940723-6489",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ulrika Persson", "läkare",
     "2024-08-01 10:00", "2024-08-01 10:40",
     [("Anamnes", "30-årig kvinna, tidigare frisk, arbetar som sjuksköterska. Inga tidigare neurologiska symtom. Ingen känd neurologisk sjukdom i släkten, mormor har typ 2-diabetes."),
      ("Läkemedel", "P-piller. Omeprazol under steroidbehandlingen."),
      ("Aktuellt", "Nedsatt syn och smärta vid ögonrörelser vä öga sedan fem dagar. Ögonläkare har konstaterat optikusneurit vä."),
      ("Status", "Visus vä 0,3, RAPD vä, färgseende nedsatt. I övrigt neurologiskt ua."),
      ("Planering", "Metylprednisolon 1 g iv i 3 d. MR hjärna och halsrygg samt lumbalpunktion. Pat informerad om planen. Återbesök efter undersökningarna, inom tre veckor.")]),
   N("n2", "sk_neuro_lu", "Tidiga hypoteser", "Ulrika Persson", "läkare",
     "2024-08-01 10:45", "2024-08-01 10:50",
     [("Tidiga hypoteser", "Optikusneurit som debut av MS? Avvaktar MR och likvor innan detta tas upp med pat.")])],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "Visible note states only the confirmed optic neuritis; the MS hypothesis is in a separate Tidiga hypoteser template.")

C("d12-vgr-th-sokord-dilaterad-kardiomyopati", "vgr", "19810213-1318",
  [N("n1", "vg_kard_skas", "Läkaranteckning", "Jenny Falk", "läkare",
     "2024-02-28 14:30", "2024-02-28 15:00",
     [("Aktuellt", "Palpitationer och nedsatt ork. Holter visar frekventa VES."),
      ("Planering", "UCG och MR hjärta beställda, åter efter undersökningarna."),
      ("Tidiga hypoteser", "Trol. dilaterad kardiomyopati, ev. ärftlig (brodern plötsligt död 34 år). Tas upp när MR finns.")]),
   N("n2", "vg_kard_skas", "Läkaranteckning", "Jenny Falk", "läkare",
     "2024-03-20 10:00", "2024-03-20 10:40",
     [("Röntgen", "MR hjärta: dilaterad vänsterkammare, EF 32 %, mid-wall fibros i septum."),
      ("Bedömning", "Dilaterad kardiomyopati. Pat informerad idag om diagnosen och om att vi erbjuder genetisk utredning. Startar behandling enligt riktlinjer för hjärtsvikt.")])],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "VGR: the hedged cardiomyopathy is written under the Tidiga hypoteser sökord only.")

C("d13-vgr-th-sokord-lang-barn-8-ar", "vgr", "20160502-5848",
  [N("n1", "vg_barn_dsbus", "Läkaranteckning", "Hanna Lindgren", "läkare",
     "2024-09-19 13:00", "2024-09-19 14:10",
     [("Aktuellt", "8-årig flicka som remitterats från skolhälsovården pga svårigheter med motorik och tilltagande klumpighet. Föräldrarna tycker att hon springer sämre än i våras "
                   "och att hon har svårare att resa sig från golvet. Hon har också börjat tappa saker och har fått sämre handstil."),
      ("Status", "Välmående, samarbetar bra. Lätt ataktisk gång, svårt att gå på linje. Nedsatta senreflexer i benen. Pes cavus bilat. Ingen ögonmotorisk påverkan. "
                 "Tillväxt och psykomotorisk utveckling i övrigt normal."),
      ("Planering", "Neurografi, MR hjärna och ryggmärg, blodprover inklusive CK, vitamin E och laktat. EKG och UCG. Återbesök om fyra veckor. "
                    "Föräldrarna informerade om undersökningarna och om att vi vill utesluta påverkan på nerverna."),
      ("Tidiga hypoteser", "Kliniken inger misstanke om Friedreichs ataxi; DD Charcot-Marie-Tooth. Inte diskuterat med föräldrarna innan neurografi och genetik, "
                           "eftersom en ärftlig progressiv sjukdom påverkar även syskonen.")])],
  [], [("NL102", "n1")],
  "Long VGR paediatric note: the visible sections hold findings and plans; the hereditary hypotheses are under Tidiga hypoteser.")

C("d14-vgr-th-sokord-ca-pancreatis-kort", "vgr", "19480208-9559",
  [N("n1", "vg_gastro_su", "Läkaranteckning", "Patrik Engström", "läkare",
     "2024-12-04 11:00", "2024-12-04 11:10",
     [("Åtgärd", "EUS bokad 10/12."),
      ("Tidiga hypoteser", "Ca pancreatis? Cystisk förändring med solid komponent.")])],
  [], [("NL102", "n1")],
  "VGR: a Latin hedged diagnosis under the Tidiga hypoteser sökord.")

# --- negated / ruled out
C("d15-ingen-misstanke-om-dvt", "vgr", "19690816-3899",
  [N("n1", "vg_akut_nal", "Akutanteckning", "Sofia Bergh", "läkare",
     "2024-06-06 13:20", None,
     [("Bedömning", "Muskelbristning i vä vad efter padel. Ingen misstanke om DVT, Wells 0. Kompression och avlastning.")], setting="akut")],
  [], [("NL102", "n1")],
  "'Ingen misstanke om' negates the diagnosis.")


C("d16-appendicit-kan-uteslutas", "skane", "19930920-7141",
  [N("n1", "sk_kir_mo", "Akutanteckning", "Linda Ahmadi", "läkare",
     "2024-10-10 19:10", "2024-10-10 19:40",
     [("Aktuellt", "Buksmärta i hö fossa sedan i morse, ingen feber, avföring senast för fyra dagar sedan."),
      ("Status", "Mjuk buk, lätt diffus ömhet utan släppömhet. CRP 6, LPK 7,9."),
      ("Bedömning", "DT buk: normal appendix, rikligt med faeces i colon. Appendicit kan uteslutas. Förstoppning, laxantia och hem.")],
     setting="akut")],
  [], [("NL102", "n1")],
  "'kan uteslutas' (without 'ej') rules the diagnosis out.")

C("d17-inga-tecken-pa-pneumoni-lang", "vgr", "19520126-8462",
  [N("n1", "vg_med_al", "Läkaranteckning", "Emma Axelsson", "läkare",
     "2024-01-22 10:15", "2024-01-22 11:30",
     [("Kontaktorsak", "Hosta och feber i fem dagar, remitterad från vårdcentralen för bedömning av behov av inläggning."),
      ("Anamnes", "71-årig kvinna med välkontrollerad astma och hypertoni. Insjuknade med halsont och snuva, därefter torrhosta och feber upp till 38,7. "
                  "Två barnbarn har haft liknande symtom. Mer andfådd än vanligt men klarar promenaden till affären. Använder sin Bricanyl oftare än vanligt."),
      ("Status", "Gott AT, temp 37,9, AF 18, saturation 96 %. Cor: regelbunden, inga biljud. Pulm: enstaka exspiratoriska ronki bilat, inga rassel, normalt andningsljud över alla lungfält."),
      ("Lab", "CRP 34, LPK 8,1, Hb 131. Influensa A/B och covid-19 PCR negativa."),
      ("Röntgen", "Lungröntgen: inga tecken på pneumoni, inga pleuravätskor, hjärtstorlek normal."),
      ("Bedömning", "Akut bronkit med lätt astmaförsämring. Inget behov av inläggning."),
      ("Planering", "Ökar inhalationssteroid tillfälligt i två veckor, Bricanyl vid behov. Inga antibiotika. Kontakt med VC om försämring eller om feber kvarstår efter helgen.")])],
  [], [("NL102", "n1")],
  "Long medical note: pneumonia is negated ('inga tecken på'), the stated diagnosis is unhedged.")

C("d18-fraktur-uteslutes-dt", "skane", "19880417-9318",
  [N("n1", "sk_orto_hlm", "Läkaranteckning", "Nils Ottosson", "läkare",
     "2024-02-15 15:20", "2024-02-15 15:25",
     [("Bedömning", "DT hö handled: skafoidfraktur uteslutes. Distorsion, ortos 2 v, ingen uppföljning.")])],
  [], [("NL102", "n1")],
  "Short orthopaedic note: 'uteslutes' after the diagnosis.")

C("d19-meningit-avford-efter-lp", "vgr", "19950705-2638",
  [N("n1", "vg_inf_ostra", "Läkaranteckning", "Johan Strömberg", "läkare",
     "2024-07-28 02:30", None,
     [("Aktuellt", "Feber och intensiv huvudvärk sedan igår, ljuskänslig. Nackstel enl. akutläkaren."),
      ("Lab", "Likvor: 1 mononukleär cell, protein 0,31, glukoskvot 0,62. Laktat 1,6."),
      ("Bedömning", "Meningit avförd. Influensa A (snabbtest positivt) med feber och huvudvärk. Hem med paracetamol och råd om vätska.")], setting="akut")],
  [], [("NL102", "n1")],
  "'avförd' rules meningitis out; the remaining diagnosis is confirmed.")

C("d20-ingen-missanke-om-recidiv-typo", "skane", "19620923-4282",
  [N("n1", "sk_onk_lu", "Läkaranteckning", "Marie Jönsson", "läkare",
     "2024-04-22 10:30", "2024-04-22 10:40",
     [("Röntgen", "DT thorax-buk 3 år efter kolonresektion: ingen missanke om recidiv. Fortsatt uppföljning enl. vårdprogram.")])],
  [], [("NL102", "n1")],
  "Typo in the negated cue ('missanke'); recurrence is not suspected.", typo=True)

C("d21-ej-misstake-om-sepsis-otit-typo", "vgr", "20220314-1979",
  [N("n1", "vg_barn_dsbus", "Akutanteckning", "Oscar Ringqvist", "läkare",
     "2024-11-30 20:15", "2024-11-30 20:35",
     [("Aktuellt", "2-årig pojke med feber 39,6 sedan igår, tar sig i vä öra, sover dåligt."),
      ("Status", "Pigg och lekfull efter febernedsättande, kapillär återfyllnad < 2 s. Vä trumhinna röd och buktande."),
      ("Bedömning", "Ej misstake om sepsis eller meningit. Akut mediaotit vä, amoxicillin i 5 dagar.")], setting="akut")],
  [], [("NL102", "n1")],
  "Paediatric ED, child aged 2: a negation with a typo ('misstake'); the otitis is confirmed.", typo=True)

C("d22-misstanken-om-ms-avskrivs-lang", "skane", "19910105-5573",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ola Fredriksson", "läkare",
     "2024-06-25 13:00", "2024-06-25 14:05",
     [("Bakgrund", "33-årig man som remitterades i vintras pga stickningar i båda benen och en episod av dimsyn. Utredning med MR hjärna och ryggmärg, likvor, "
                   "VEP och blodprover har genomförts under våren."),
      ("Aktuellt", "Besvären har klingat av helt. Han har dock periodvis haft mycket stress på jobbet och sover dåligt. Inga nya episoder med synpåverkan."),
      ("Status", "Neurologiskt status helt ua. Fundus ua."),
      ("Utredning", "MR hjärna och hela ryggmärgen: ua, inga demyeliniserande förändringar. Likvor: normalt cellantal, inga oligoklonala band. VEP normala latenser. "
                    "B12, folat, TSH, borreliaserologi ua."),
      ("Bedömning", "Missanken om MS är inte bekräftad: utredningen är helt normal och diagnosen avskrivs. Symtomen bedöms som sensoriska stressrelaterade besvär. "
                    "Pat informerad och lättad."),
      ("Planering", "Ingen uppföljning på neurologen. Vid nya neurologiska symtom ny remiss från VC.")])],
  [], [("NL102", "n1")],
  "Long note: the earlier MS suspicion (cue with typo 'Missanken') is explicitly dismissed.", typo=True)

# --- hedges that are not about a diagnosis
C("d23-trol-hemgang-imorgon", "vgr", "19400915-2622",
  [N("n1", "vg_orto_skas", "Daganteckning", "Mattias Hellström", "läkare",
     "2024-03-18 11:10", "2024-03-18 11:15",
     [("Aktuellt", "Dag 4 efter hemiartroplastik för höftfraktur hö. Mobiliseras med rollator. Trol. hemgång till korttidsboende imorgon.")],
     setting="slutenvård")],
  [], [("NL102", "n1")],
  "The hedge is about discharge, the diagnosis is certain.")

C("d24-stroke-ev-behov-lang-geriatrik", "skane", "19370811-1756",
  [N("n1", "sk_ger_ys", "Läkaranteckning", "Gunnel Åkesson", "läkare",
     "2024-05-03 09:00", "2024-05-03 10:20",
     [("Aktuellt", "86-årig man, överflyttad från strokeenheten dag 6 efter ischemisk stroke i vä arteria cerebri media-område, verifierad med DT och DT-angio. "
                   "Behandlad med trombolys med partiell effekt. Kvarstående hö-sidig armpares och lätt expressiv afasi. Förmaksflimmer upptäckt på telemetri, NOAK insatt."),
      ("Status", "Vaken, samarbetar. Kan sitta på sängkanten med stöd, förflyttning med hjälp av en person. Sväljer tjockflytande utan hosta."),
      ("Bedömning", "Ischemisk stroke och nyupptäckt förmaksflimmer, i tidig rehabiliteringsfas. "
                    "Han blir möjligen lite starkare i armen för varje dag. Ev. behov av korttidsplats efter utskrivning, kanske med hemrehab därefter. "
                    "Sväljfunktionen förbättras sannolikt, logoped bedömer igen på måndag."),
      ("Planering", "Sjukgymnastik och arbetsterapi dagligen. Vårdplanering med kommunen nästa vecka. Hustrun ringer dagligen och är informerad.")],
     setting="slutenvård")],
  [], [("NL102", "n1")],
  "Long note: 'möjligen', 'Ev.' and 'sannolikt' are about recovery and care needs, not about the (settled) stroke.")

C("d25-bipolar-misstanker-hoppat-over-doser", "vgr", "19780302-6413",
  [N("n1", "vg_psyk_nal", "Läkaranteckning", "Ali Shams", "läkare",
     "2024-08-14 14:00", "2024-08-14 14:30",
     [("Aktuellt", "Känd bipolär sjukdom typ 1, litiumbehandlad sedan 2015. Lätt uppvarvad senaste veckan enl. maken, sover 5 h."),
      ("Lab", "S-litium 0,32 (tidigare 0,7-0,8)."),
      ("Bedömning", "Misstänker att hon hoppat över doser under semestern. Ingen mani i nuläget. Nytt litiumprov om en vecka, maken hjälper till med dosett.")])],
  [], [("NL102", "n1")],
  "'Misstänker' concerns missed doses, not a diagnosis; the bipolar disorder is known.")

C("d26-psoriasis-mojligen-battre-typo", "skane", "19820619-3594",
  [N("n1", "sk_hud_lu", "Läkaranteckning", "Anders Lönn", "läkare",
     "2024-09-09 10:40", "2024-09-09 10:50",
     [("Bedömning", "Plackpsoraisis, möjligen något bättre på metotrexat (PASI 9 → 7). Ev. byte till biologiskt läkemedel vid nästa besök.")])],
  [], [("NL102", "n1")],
  "Typo in a confirmed diagnosis ('psoraisis'); the hedges are about effect and treatment.", typo=True)

C("d27-tonsillit-sannolikt-tonsillektomi", "vgr", "19990828-5886",
  [N("n1", "vg_onh_su", "Läkaranteckning", "Göran Nordin", "läkare",
     "2024-04-24 13:20", "2024-04-24 13:45",
     [("Anamnes", "Sex streptokockverifierade halsfluss senaste året, senast för tre veckor sedan. Missar mycket på jobbet."),
      ("Status", "Förstorade, fårade tonsiller med detritus. Käkvinkelkörtlar bilat."),
      ("Bedömning", "Recidiverande tonsillit. Sannolikt aktuellt med tonsillektomi i höst, pat vill fundera och hör av sig.")])],
  [], [("NL102", "n1")],
  "'Sannolikt' is about an operation, the recurrent tonsillitis is settled.")

C("d28-flegmonos-appendicit-bekraftad", "skane", "19990422-7387",
  [N("n1", "sk_kir_krs", "Operationsanteckning", "Per Nyström", "läkare",
     "2024-07-12 01:30", "2024-07-12 02:00",
     [("Operationsfynd", "Flegmonös appendicit utan perforation. Laparoskopisk appendektomi, ingen fri pus.")], setting="slutenvård")],
  [], [("NL102", "n1")],
  "A confirmed diagnosis stated plainly in an operation note.")

# --- family history with hedges
C("d29-hereditet-mor-trol-ms-typo", "skane", "19970211-8028",
  [N("n1", "sk_neuro_lu", "Läkaranteckning", "Ulrika Persson", "läkare",
     "2024-02-26 09:10", "2024-02-26 09:45",
     [("Hereditet", "Mor trol. mutipel skleros, aldrig utredd. Morbror epilepsi."),
      ("Aktuellt", "Återkommande ensidig pulserande huvudvärk sedan tonåren med illamående och ljuskänslighet, 4-5 attacker per månad."),
      ("Bedömning", "Migrän utan aura. Neurologstatus ua, ingen indikation för MR. Provar rizatriptan vid attack, profylax diskuteras vid återbesök.")])],
  [], [("NL102", "n1")],
  "Family history with a hedged (and misspelt, 'mutipel') diagnosis of the mother; the patient's own diagnosis is settled.", typo=True)

C("d30-hereditet-far-ev-hemokromatos-lang", "vgr", "19740930-2796",
  [N("n1", "vg_endo_su", "Läkaranteckning", "Sanna Ljung", "läkare",
     "2024-10-17 10:00", "2024-10-17 11:00",
     [("Kontaktorsak", "Remiss från vårdcentralen pga förhöjt ferritin och lätt förhöjda levervärden vid hälsokontroll."),
      ("Hereditet", "Far dog 68 år i levercirros, hade enligt pat ev. hemokromatos men det utreddes aldrig ordentligt. Farbror har typ 2-diabetes. "
                    "En syster, frisk, har inte testats."),
      ("Anamnes", "50-årig man, snickare, i stort sett frisk. Dricker 4-6 standardglas alkohol per vecka. Ledvärk i händerna sedan några år, trött på eftermiddagarna. "
                  "Inga läkemedel. Har inte lämnat blod."),
      ("Status", "Gott AT, lätt brunaktig hy. Lever ej palpabel. Ömhet över MCP 2-3 bilat utan synovit."),
      ("Lab", "Ferritin 1 480, transferrinmättnad 82 %. ALAT 1,1. HFE-gentest: homozygot för C282Y."),
      ("Bedömning", "Hereditär hemokromatos, genetiskt bekräftad, med järninlagring. Fibroscan för att bedöma leverpåverkan."),
      ("Planering", "Venesectio varje vecka till ferritin < 50, därefter underhåll. Pat informerad om ärftligheten och rekommenderas att systern testas.")])],
  [], [("NL102", "n1")],
  "Long note: the father's hemochromatosis is hedged, the patient's own is genetically confirmed.")

C("d31-hereditet-syster-utreds-misstankt-ovarialcancer", "skane", "19801103-3829",
  [N("n1", "sk_kk_mo", "Läkaranteckning", "Sofie Mattsson", "läkare",
     "2024-11-21 08:30", "2024-11-21 08:45",
     [("Aktuellt", "Kommer för rådgivning och är orolig efter systerns insjuknande. Regelbundna menstruationer, två barn."),
      ("Hereditet", "Mor bröstcancer vid 45 års ålder. Syster utreds just nu för misstänkt äggstockscancer."),
      ("Bedömning", "Remiss till cancergenetisk mottagning för ställningstagande till BRCA-testning. Gyn status och vaginalt ultraljud ua idag.")])],
  [], [("NL102", "n1")],
  "The suspected cancer belongs to the sister (Hereditet), not to the patient.")

C("d32-hereditet-far-trol-infarkt-farbror-ev-dissektion", "vgr", "19760808-5119",
  [N("n1", "vg_kard_skas", "Läkaranteckning", "Jenny Falk", "läkare",
     "2024-05-15 13:00", "2024-05-15 13:30",
     [("Hereditet", "Far dog 52 år, trol. hjärtinfarkt. Farbror dog plötsligt, ev. aortadissektion."),
      ("Status", "BT 152/96 hö arm. Cor: RR utan biljud. Perifera pulsar palpabla."),
      ("Bedömning", "Essentiell hypertoni, hemmätningar 155/95 i snitt. UCG normal aortarot 33 mm. Insätter amlodipin, LDL-mål < 1,8 pga hereditet.")])],
  [], [("NL102", "n1")],
  "Hedged causes of death of relatives; the patient's hypertension is certain.")

# --- past history, ruled out
C("d33-tidigare-misstankt-celaki-uteslots-typo", "skane", "19860614-2258",
  [N("n1", "sk_med_tr", "Läkaranteckning", "Karl Nilsson", "läkare",
     "2024-08-08 14:00", "2024-08-08 14:30",
     [("Tidigare sjukdomar", "Utredd 2015 pga misstänkt celaki, uteslöts vid gastroskopi med biopsier. IBS sedan dess."),
      ("Aktuellt", "Järnbristanemi, Hb 104, ferritin 6. Rikliga menstruationer."),
      ("Bedömning", "Järnbristanemi sekundär till menorragi. Järntabletter, remiss gyn."),
      ("Planering", "Kontroll av Hb och ferritin om 8 v på vårdcentralen.")])],
  [], [("NL102", "n1")],
  "Past history: a suspected diagnosis (misspelt 'celaki') that was ruled out years ago.", typo=True)

C("d34-tidigare-misstankt-tia-avskrevs-lang", "vgr", "19500311-4559",
  [N("n1", "vg_ogon_mdl", "Läkaranteckning", "Helena Borg", "läkare",
     "2024-06-04 09:30", "2024-06-04 10:30",
     [("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes sedan 2010. Episod med dimsyn och yrsel 2019 som utreddes på misstanke om TIA, vilket avskrevs efter MR hjärna "
                             "och ultraljud halskärl utan anmärkning."),
      ("Aktuellt", "74-årig man som sedan i morse ser en mörk skugga i nedre delen av synfältet på hö öga. Ingen smärta. Inga ljusblixtar eller flytande grumlingar före."),
      ("Ögonstatus", "Visus hö 0,5, vä 0,8. Tryck 16/17. Hö fundus: segmentell blekhet och svullnad av övre delen av papillen, en flamformad blödning. "
                     "Vä papill liten med liten exkavation. Makula bilat ua. Motsvarande nedre altitudinellt synfältsbortfall hö."),
      ("Lab", "SR 12, CRP < 5."),
      ("Bedömning", "Icke-arteritisk främre ischemisk optikusneuropati (NAION) hö öga. Normal SR och CRP samt avsaknad av tinninghuvudvärk och käkklaudikation. "
                    "Riskfaktorer diabetes och hypertoni."),
      ("Planering", "Ingen specifik behandling. Optimering av blodtryck och blodsocker via VC. Synfältsundersökning om tre månader. "
                    "Informerad om att söka akut vid symtom från vä öga. Uppmanas avstå från bilkörning tills synfältet kontrollerats.")])],
  [], [("NL102", "n1")],
  "Long ophthalmology note: a past TIA suspicion is explicitly dismissed; the current NAION is settled.")

C("d35-tidigare-misstanke-bipoar-ej-bekraftad-typo", "skane", "19890707-6247",
  [N("n1", "sk_psyk_hbg", "Läkaranteckning", "Amir Haddad", "läkare",
     "2024-01-31 11:00", "2024-01-31 11:25",
     [("Tidigare sjukdomar", "Misstanke om bipoär sjukdom ej bekräftad vid utredning 2020."),
      ("Bedömning", "Recidiverande depression, nu medelsvår episod. Höjer sertralin till 100 mg, åter 4 v.")])],
  [], [("NL102", "n1")],
  "Past suspicion (typo 'bipoär') that was not confirmed; the current depression is settled.", typo=True)


# =====================================================================================
# build and validate
# =====================================================================================
CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SKANE_TEMPLATES = {"Tidiga hypoteser", "Våld i nära relationer", "Oro för att barn far illa",
                   "Hälsoundersökning på begäran av socialnämnd (HUBS)"}
VGR_KEYWORDS = {"Tidiga hypoteser", "Våldsutsatthet i nära relationer", "Orosanmälan gällande barn",
                "Tredje person", "Enkelblind prövning"}


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def word_count(case):
    return sum(len(s["text"].split()) for n in case["record"]["notes"] for s in n["sections"])


def build():
    out, problems = [], []
    for c in CASES:
        pnr = c["pnr"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pnr)
        if not m:
            problems.append(f"{c['case']}: bad personnummer {pnr}")
            continue
        birth = _dt.date(int(m[1]), int(m[2]), int(m[3]))
        notes = c["notes"]
        last = max(_dt.datetime.fromisoformat(t) for n in notes for t in (n["time"], n["signed"]) if t)
        as_of = (last.date() + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
        record = {"patient": {"id": pnr, "birth_date": birth.isoformat(), "protected_identity": False},
                  "as_of": as_of, "notes": notes, "access_events": [], "conversations": [], "treatments": []}
        out.append({"case": c["case"], "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"], "_typo": c["_typo"]})
        if not luhn_ok(pnr[2:8] + pnr[9:]):
            problems.append(f"{c['case']}: personnummer {pnr} fails Luhn")
    return out, problems


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c["case"]
        if name in names:
            problems.append(f"duplicate case name {name}")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{name}: bad ruleset")
        rec = c["record"]
        birth = _dt.date.fromisoformat(rec["patient"]["birth_date"])
        if rec["patient"]["id"][:8] != rec["patient"]["birth_date"].replace("-", ""):
            problems.append(f"{name}: personnummer does not match birth_date")
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append(f"{name}: as_of not in 2024")
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if list(n) != NOTE_KEYS:
                problems.append(f"{name}: note keys {list(n)}")
            if n["id"] in ids:
                problems.append(f"{name}: duplicate note id {n['id']}")
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append(f"{name}: note time {n['time']}")
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append(f"{name}: signed {n['signed']}")
            age = age_at(birth, t.date())
            if 13 <= age <= 15:
                problems.append(f"{name}: patient aged {age} (13-15 not used)")
            hsa = n["unit"]["hsa_id"]
            region_ok = hsa.startswith(SK) if c["ruleset"] == "skane" else hsa.startswith(VG)
            if not region_ok:
                problems.append(f"{name}: unit {n['unit']['name']} not in region {c['ruleset']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{name}: VGR note not Melior")
            kws = [s["keyword"] for s in n["sections"]]
            if c["ruleset"] == "vgr" and n["template"] in SKANE_TEMPLATES:
                problems.append(f"{name}: VGR protects by sökord, not template")
            if c["ruleset"] == "skane" and n["template"] not in SKANE_TEMPLATES and any(k in VGR_KEYWORDS for k in kws):
                problems.append(f"{name}: Skåne protects by template, not sökord")
            text = " ".join(s["text"] for s in n["sections"])
            for mm in re.finditer(r"(\d+)-årig", text):
                if int(mm[1]) != age:
                    problems.append(f"{name}: text says {mm[1]}-årig, age is {age}")
            for s in n["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    problems.append(f"{name}: empty section")
                for sent in re.split(r"(?<=[.!?])\s+|\n", s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name,):
                            problems.append(f"{name}: sentence reused (also in {seen_sentences[sent][0]}): {sent[:60]}")
                        seen_sentences.setdefault(sent, (name,))
        pairs = set()
        for key in ("must", "must_not"):
            for code, target in c[key]:
                if code not in CODES:
                    problems.append(f"{name}: code {code} outside NL1 set")
                if target not in ids:
                    problems.append(f"{name}: target {target} not a note")
                    continue
                if (code, target) in pairs:
                    problems.append(f"{name}: {code} on {target} asserted twice")
                pairs.add((code, target))
                if code == "NL101" and systems[target] == "PMO":
                    problems.append(f"{name}: NL101 is not asserted on PMO notes")
                if code == "NL102" and key == "must" and systems[target] != "Melior":
                    problems.append(f"{name}: NL102 must only on Melior")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{name}: asserts nothing")
        if not c["why"] or c["why"] == "placeholder":
            problems.append(f"{name}: missing why")
    return problems


def stats(cases):
    from collections import Counter
    cnt = Counter()
    for c in cases:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                cnt[(code, key)] += 1
    lengths = Counter()
    for c in cases:
        w = word_count(c)
        lengths["short(<=35w)" if w <= 35 else "medium(36-89w)" if w < 90 else "long(>=90w)"] += 1
    focus = Counter(c["case"][0] for c in cases)
    lines = [f"cases: {len(cases)}",
             "focus: " + ", ".join(f"{k}={v}" for k, v in sorted(focus.items())),
             "assertions: " + ", ".join(f"{code} {key}={cnt[(code, key)]}" for code in sorted(CODES) for key in ("must", "must_not")),
             "lengths: " + ", ".join(f"{k}={v}" for k, v in sorted(lengths.items())),
             "rulesets: " + ", ".join(f"{r}={sum(c['ruleset'] == r for c in cases)}" for r in ("skane", "vgr")),
             f"multi-note records: {sum(len(c['record']['notes']) > 1 for c in cases)}",
             f"unsigned drafts (notes): {sum(n['signed'] is None for c in cases for n in c['record']['notes'])}",
             f"PMO notes: {sum(n['system'] == 'PMO' for c in cases for n in c['record']['notes'])}",
             f"typo cases: {sum(c['_typo'] for c in cases)}"]
    return "\n".join(lines)


def main():
    cases, problems = build()
    problems += validate(cases)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in cases:
            row = {k: c[k] for k in ("case", "ruleset", "record", "must", "must_not", "why")}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
    print(stats(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
