#!/usr/bin/env python3
"""d139: long Swedish journal notes (epikriser, inskrivningsanteckningar, long
multi-problem outpatient notes) for NL101 / NL102. Standard library only,
deterministic. Writes cases.jsonl next to this file; exits 1 on any problem."""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev139_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

# key: (name, region prefix)
_UNITS = [
    ("sk_med_lund", "Medicinavdelning 3, Skånes universitetssjukhus Lund", SK),
    ("vgr_kir_ostra", "Kirurgavdelning 14, Sahlgrenska Universitetssjukhuset/Östra", VG),
    ("sk_ger_malmo", "Geriatriska kliniken avd 2, Skånes universitetssjukhus Malmö", SK),
    ("vgr_lung", "Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG),
    ("vgr_psyk_aff", "Psykiatri Affektiva, avd 362, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_ger_landskrona", "Geriatriska vårdavdelningen, Landskrona lasarett", SK),
    ("vgr_psyk_nal", "Psykiatriska kliniken avd 6, NU-sjukvården NÄL Trollhättan", VG),
    ("vgr_hemat", "Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_lung_lund", "Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK),
    ("sk_kir_ystad", "Kirurgmottagningen, Ystads lasarett", SK),
    ("vgr_med_sas", "Medicinkliniken avd 21, Södra Älvsborgs Sjukhus Borås", VG),
    ("sk_uro_malmo", "Urologiska kliniken, Skånes universitetssjukhus Malmö", SK),
    ("vgr_kir_skovde", "Kirurgkliniken, Skaraborgs Sjukhus Skövde", VG),
    ("sk_hemat_lund", "Hematologimottagningen, Skånes universitetssjukhus Lund", SK),
    ("sk_orto_csk", "Ortopediska kliniken, Centralsjukhuset Kristianstad", SK),
    ("vgr_psykos_avd", "Psykiatri Psykos, avd 21, Sahlgrenska Universitetssjukhuset/Östra", VG),
    ("sk_vc_nasby", "Vårdcentralen Näsby, Kristianstad", SK),
    ("vgr_med_su", "Medicinkliniken avd 132, Sahlgrenska Universitetssjukhuset", VG),
    ("vgr_inf_ostra", "Infektionskliniken avd 3, Sahlgrenska Universitetssjukhuset/Östra", VG),
    ("sk_brost_lund", "Bröstmottagningen, Skånes universitetssjukhus Lund", SK),
    ("sk_kard_malmo", "Kardiologiska kliniken, Skånes universitetssjukhus Malmö", SK),
    ("vgr_gastro", "Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG),
    ("sk_akut_hbg", "Akutmottagningen, Helsingborgs lasarett", SK),
    ("vgr_njur_sas", "Njurmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", VG),
    ("vgr_ger_molndal", "Geriatriska kliniken avd 6, Mölndals sjukhus", VG),
    ("sk_psyk_hbg", "Vuxenpsykiatriska vårdavdelningen 12, Helsingborg", SK),
    ("vgr_kard_udd", "Kardiologiska kliniken, NU-sjukvården Uddevalla sjukhus", VG),
    ("sk_inf_malmo", "Infektionskliniken, Skånes universitetssjukhus Malmö", SK),
    ("sk_hsv_eslov", "Hemsjukvården, Vårdcentralen Eslöv", SK),
    ("vgr_kir_ostra_mott", "Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG),
    # ---- part 2 units
    ("sk_endo_malmo", "Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK),
    ("vgr_uro", "Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_njur_malmo", "Njurmedicinska kliniken, Skånes universitetssjukhus Malmö", SK),
    ("vgr_ger_kungalv", "Medicin- och geriatrikavdelningen, Kungälvs sjukhus", VG),
    ("sk_psyk_lund", "Vuxenpsykiatriska mottagningen Lund", SK),
    ("vgr_akut_alingsas", "Akutvårdsavdelningen, Alingsås lasarett", VG),
    ("sk_kir_hbg", "Kirurgiska kliniken avd 51, Helsingborgs lasarett", SK),
    ("vgr_kar", "Kärlkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_med_trelleborg", "Medicinkliniken, Trelleborgs lasarett", SK),
    ("vgr_aldrepsyk", "Äldrepsykiatriska mottagningen, Mölndals sjukhus", VG),
    ("sk_gastro_malmo", "Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK),
    ("vgr_orto_molndal", "Ortopedkliniken avd 3, Mölndals sjukhus", VG),
    ("sk_med_hassleholm", "Medicinkliniken, Hässleholms sjukhus", SK),
    ("vgr_beroende", "Beroendekliniken, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_vc_sorgenfri", "Vårdcentralen Sorgenfri, Malmö", SK),
    ("sk_minnes_malmo", "Minnesmottagningen, Skånes universitetssjukhus Malmö", SK),
    ("vgr_med_skovde", "Medicinkliniken avd 7, Skaraborgs Sjukhus Skövde", VG),
    ("sk_kir_lund", "Kirurgiska kliniken avd 1, Skånes universitetssjukhus Lund", SK),
    ("vgr_onk_mott", "Onkologimottagningen, NU-sjukvården Uddevalla sjukhus", VG),
    ("sk_aldrepsyk_malmo", "Äldrepsykiatriska mottagningen, Malmö", SK),
    ("vgr_psyk_mott_boras", "Allmänpsykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", VG),
    ("sk_med_ystad", "Medicinmottagningen, Ystads lasarett", SK),
    ("vgr_endo", "Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", VG),
    ("sk_vc_hoor", "Vårdcentralen Höör", SK),
    ("sk_barnkir_lund", "Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", SK),
    ("vgr_barnmed_nal", "Barn- och ungdomsmedicinska kliniken, NU-sjukvården NÄL", VG),
]
UNITS = {}
for _i, (_k, _n, _p) in enumerate(_UNITS):
    UNITS[_k] = (_n, _p + "%04d" % (4103 + _i * 37))

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return y + m + d + "-" + serial + luhn_digit(nine)


def ts(s):
    # (a date alone stays a date: the writer's "2024-03-20" became "2024-03-20:00", fixed on import)
    return None if s is None else (s if len(s) in (10, 19) else s + ":00")


def N(nid, system, template, unit, author, role, time, signed, setting, sections, refs=None):
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": ts(time), "signed": ts(signed), "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": ts(as_of),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ======================= CASES BEGIN =======================
# ---------------------------------------------------------------- part 1
C("d139-01-epikris-hjartsvikt-misstankt-gi-blodning", "skane", "1941-05-17", "357", "2024-03-20",
  [N("n1", "Melior", "Epikris", "sk_med_lund", "Anna Berglund", "läkare",
     "2024-03-14T14:20", "2024-03-14T15:02", "slutenvård", [
      ("Kontaktorsak", "Inkommer via akuten med tilltagande andfåddhet och bensvullnad sedan ca 2 v."),
      ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet. Förmaksflimmer, permanent, på Eliquis. "
       "Hjärtsvikt med nedsatt EF (35 % vid UCG 2022). DM typ 2, tablettbehandlad. Prostatahyperplasi, TURP 2015."),
      ("Socialt", "Änkling, bor ensam i lgh med hiss i Dalby. Hemtjänst 1 ggr/v för städning. "
       "Dottern bor i Lund och hjälper till med inköp. F.d. snickare. Rökfri sedan 1985, alkohol sparsamt."),
      ("Vårdförlopp", "Vid ankomst SpO2 89 % på luft, bilat. basala rassel, pittingödem upp till knäna. NT-proBNP 8400. "
       "Rtg pulm: stas och små pleuravätskor bilat. Behandlad med inj furosemid 40 mg x 2 iv i tre dygn med god diures, "
       "viktnedgång 4,6 kg. Övergått till T Furix 40 mg x 2. Kalium sjönk till 3,3, substituerat. Krea stabilt runt 118. "
       "Under vårdtiden noterat Hb 98 (128 för ett år sedan), MCV 74, ferritin 9. Pat förnekar melena men har ej tittat särskilt. "
       "F-Hb positivt x 2."),
      ("Status vid utskrivning", "AT: gott, ej dyspné i vila.\nCor: oregelbunden rytm, fr 78, inget blåsljud.\n"
       "Pulm: enstaka basala rassel hö.\nLätta ankelödem.\nVikt 81,2 kg."),
      ("Bedömning", "Akut dekompenserad hjärtsvikt på basen av känd HFrEF och förmaksflimmer, nu rekompenserad. "
       "Järnbristanemi, misstänkt ockult blödning från mag-tarmkanalen under antikoagulantia. "
       "Eliquis fortsätter tills vidare efter diskussion med kardiolog, nyttan bedöms överväga. Inj Ferinject 1 g givet 12/3."),
      ("Läkemedel", "Ändrat: Furix höjd från 40 mg x 1 till 40 mg x 2. Nytt: Kaleorid 750 mg x 2. Övrigt oförändrat enl. läkemedelslistan."),
      ('Lab vid utskrivning', 'Hb 102, MCV 75, TPK 310, Na 137, K 4,1, krea 121, eGFR 48, NT-proBNP 3100, HbA1c 54.'),
      ('Läkemedelsgenomgång', 'Fördjupad genomgång gjord tillsammans med farmaceut. Metformin behålls men halveras till 500 mg x 2 med hänsyn till eGFR. Omeprazol 20 mg insatt i avvaktan på endoskopi. Pat avråds från receptfria värktabletter utöver paracetamol.'),
      ('Omvårdnad', 'Klarat personlig hygien själv under vårdtiden. Väger sig dagligen hemma och ska höra av sig vid viktuppgång över 2 kg på tre dagar.'),
      ('Diagnoser', 'I50.1 Vänstersidig hjärtsvikt\nI48.2 Permanent förmaksflimmer\nD50.9 Järnbristanemi\nE11.9 Typ 2-diabetes\nI10.9 Hypertoni'),
      ("Planering", "Remiss gastroskopi och koloskopi skickad till endoskopienheten Lund. "
       "Hb, krea och K om 1 vecka på VC Dalby. Återbesök hjärtsviktsmottagningen om 4 v med vikt- och symtomdagbok."),
      ("Information till patienten", "Pat informerad om vårdförloppet och de planerade undersökningarna, dottern närvarande vid utskrivningssamtalet."),
  ])],
  [("NL102", "n1")], [],
  "Long discharge summary full of settled cardiac diagnoses; the one hedge (misstänkt ockult GI-blödning) sits in the visible Bedömning.")

C("d139-02-epikris-hartmann-pad-cancer-ej-informerad", "vgr", "1958-11-03", "482", "2024-02-20",
  [N("n1", "Melior", "Epikris", "vgr_kir_ostra", "Johan Lindqvist", "läkare",
     "2024-02-16T13:40", "2024-02-16T16:05", "slutenvård", [
      ("Kontaktorsak", "Akut buksmärta i vä fossa, feber 38,9 och peritonit vid ankomst 5/2."),
      ("Tidigare sjukdomar", "Divertikulos känd sedan koloskopi 2017. Hypotyreos, Levaxin. "
       "Depression i remission, sertralin 50 mg. Inga tidigare bukoperationer."),
      ("Socialt", "Gift, bor i villa i Partille. Arbetar som lastbilschaufför. Röker 10 cig/d, alkohol ca 6 enheter/v."),
      ("Vårdförlopp", "DT buk 5/2 visade perforation i sigmoideum med fri gas och en 4 cm stor abscess. "
       "Akut laparotomi samma kväll med Hartmanns operation, sigmoideum resecerat och kolostomi anlagd i vä fossa. "
       "Postop IVA ett dygn pga noradrenalinbehov, därefter avd 14. Pip/tazo iv i 5 d, sedan peroralt amoxicillin-klavulansyra. "
       "Stomin fungerar, stomiterapeut har lärt ut byten. Sårinfektion i nedre delen av laparotomisåret dag 6, öppnat och packas; "
       "odling S. aureus, flukloxacillin tillagt."),
      ("Status vid utskrivning", "Afebril sedan 4 dygn. Buk mjuk, lätt ömhet kring såret. Stomi rosig, välfungerande. "
       "Sår: 3 cm öppning nedtill med rena granulationer."),
      ("Lab", "CRP 34 (max 312). Hb 112. LPK 9,1. Albumin 29."),
      ("PAD", "Resektat sigmoideum (svar inkom 16/2): måttligt differentierat adenocarcinom pT3, "
       "metastas i 2/14 lymfkörtlar, radikalt exciderat. I övrigt divertikulit med perforation."),
      ("Bedömning", "Perforerad divertikulit opererad med Hartmann, postoperativ sårinfektion under behandling. "
       "Oväntat fynd av koloncancer stadium III i preparatet."),
      ("Information till patienten", "PAD-svaret kom strax före utskrivning. Pat är inte informerad om cancerdiagnosen; "
       "överläkare Nordin ger beskedet vid återbesöket 23/2 och hustrun önskas närvara. Pat informerad om sårvård och stomiskötsel."),
      ('Läkemedel vid utskrivning', 'Flukloxacillin 1 g x 3, Levaxin 100 mikrog, Sertralin 50 mg, Alvedon 1 g x 4, Oxynorm 5 mg vid behov max 4/d, Fragmin 5000 E x 1 i 4 v postop, Movicol vid behov.'),
      ('Stomi', 'Kolostomi vä fossa, 35 mm, tvådelsbandage. Pat byter själv med viss hjälp av hustrun. Stomimaterial förskrivet via hjälpmedelscentralen. Kontakt med stomiterapeut på Östra efter 2 v.'),
      ('Sjukskrivning', 'Sjukskriven 100 % t.o.m. 31/3, därefter ny bedömning. Tunga lyft undviks i 6 v pga bråckrisk.'),
      ('Diagnoser', 'K57.2 Divertikulit i tjocktarmen med perforation och abscess\nT81.4 Postoperativ sårinfektion\nC18.7 Malign tumör i colon sigmoideum'),
      ("Planering", "Anmäls till MDK kolorektal 21/2. DT thorax för stadieindelning beställd. "
       "Sårvård via VC Partille varannan dag. Flukloxacillin 1 g x 3 t.o.m. 22/2. Återbesök kirurgmottagningen 23/2."),
  ])],
  [("NL101", "n1")], [],
  "Epikris where an unexpected colon cancer in the PAD stands in visible sections and the text says the patient is not yet told.")

C("d139-03-geriatrik-fall-hereditet-trolig-alzheimer-mor", "skane", "1936-08-22", "264", "2024-04-09",
  [N("n1", "Melior", "Epikris", "sk_ger_malmo", "Maria Håkansson", "läkare",
     "2024-04-05T11:10", "2024-04-05T13:45", "slutenvård", [
      ("Kontaktorsak", "Fall i hemmet natten till 2/4, låg på golvet ca 3 tim innan hemtjänsten kom."),
      ("Tidigare sjukdomar", "Parkinsons sjukdom sedan 2016, Madopar. Osteoporos med kotkompression L1 2021. "
       "Hypertoni. Katarakt op bilat. Lätt kognitiv svikt, MMSE 25/30 i fjol."),
      ("Hereditet", "Modern hade trolig Alzheimers sjukdom de sista åren, en morbror misstänktes ha Parkinson men utreddes aldrig."),
      ("Socialt", "Änka sedan 2019, bor i 2:a i Rosengård, 3 tr med hiss. Hemtjänst 3 ggr/d, trygghetslarm som hon dock inte bar vid fallet. "
       "Son i Stockholm, dotter i Malmö med regelbunden kontakt."),
      ("Vårdförlopp", "Rtg bäcken och hö höft utan fraktur. CK 2100 vid ankomst, sjönk med iv vätska. "
       "Urinodling E. coli >10^5, behandlad med Selexid 200 mg x 3 i 5 d. "
       "Ortostatiskt blodtryck: fall från 142/80 till 118/70 efter 3 min med lätt yrsel, amlodipin utsatt. "
       "Fysioterapeut: går med rollator, behöver tillsyn i trappa. Arbetsterapeut gjort hembesök med dottern, "
       "duschpall och förhöjd toalettstol ordnade."),
      ("Status", "Vaken, orienterad till person och plats, osäker på datum. Parkinsonistisk gång, lätt rigiditet vä arm. "
       "Hematom hö höft 10x8 cm. Cor/pulm ua."),
      ("Bedömning", "Fall med långliggande, lindrig rabdomyolys som har regredierat. UVI behandlad. "
       "Ortostatisk hypotension bidragande, antihypertensiv behandling reducerad."),
      ('Läkemedel', 'Utsatt: Amlodipin 5 mg. Fortsatt: Madopar 125 mg x 4, Alendronat 70 mg/v, Calcichew D3 x 2, Enalapril 5 mg. Selexid avslutad 7/4.'),
      ('Funktion', 'Före fallet gick hon inomhus utan hjälpmedel och med rollator ute, klarade av- och påklädning själv, hemtjänsten hjälpte med dusch. Nu rollator inomhus och tillsyn vid dusch.'),
      ('Lab vid utskrivning', 'CK 180, krea 74, Na 138, K 4,0, Hb 121, CRP 12.'),
      ('Diagnoser', 'W19 Fall\nM62.8 Rabdomyolys\nN39.0 Urinvägsinfektion\nI95.1 Ortostatisk hypotoni\nG20.9 Parkinsons sjukdom'),
      ("Planering", "Trolig hemgång måndag 8/4 om hemtjänstens insatser utökats, ev. korttidsplats några dagar om biståndshandläggaren inte hunnit. "
       "Uppföljning via VC Rosengård om 2 v med BT, krea och Na. Benspecifik behandling tas upp, ev. remiss till osteoporosmottagningen."),
      ("Information till patienten", "Pat och dotter informerade om fynden och den fortsatta planen."),
  ])],
  [], [("NL102", "n1")],
  "All of the patient's diagnoses are settled; the hedges concern relatives (Hereditet) and plans (trolig hemgång, ev. korttidsplats, ev. remiss).")

C("d139-04-lungcancer-besked-givet-barnen-ej-informerade", "vgr", "1952-01-30", "148", "2024-02-20",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_lung", "Karin Sjöberg", "läkare",
     "2024-02-15T10:30", "2024-02-15T12:10", "öppenvård", [
      ("Kontaktorsak", "Återbesök för besked efter bronkoskopi och PET-DT."),
      ("Anamnes", "72-årig kvinna, f.d. rökare 40 paketår, slutade 2015. Remitterad från VC Majorna pga hosta sedan november "
       "och viktnedgång 6 kg. DT thorax 18/1 visade 4 cm tumör i vä överlob med förstorade mediastinala körtlar."),
      ("Tidigare sjukdomar", "KOL GOLD 2, Spiriva och Symbicort. Hypertoni. Meniskoperation hö knä 2008."),
      ("Socialt", "Bor med maken i radhus i Västra Frölunda. Tre vuxna barn. Pensionerad lärare. Promenerar dagligen med hunden."),
      ("Utredning", "Bronkoskopi med EBUS 2/2: PAD skivepitelcancer, PD-L1 60 %. "
       "PET-DT 7/2: FDG-upptag i primärtumören samt station 4L och 7, inga fjärrmetastaser. "
       "Spirometri: FEV1 1,6 l (68 % av förväntat). Stadium IIIA enligt MDK 13/2."),
      ('Läkemedel', 'Spiriva Respimat 2,5 mikrog 2 puffar x 1, Symbicort 160/4,5 2 inh x 2, Enalapril 10 mg x 1, Alvedon vid behov.'),
      ('Psykosocialt', 'Pat uttrycker oro för hur behandlingen påverkar orken och för att inte kunna ta hand om barnbarnen. Kurator Anna Wiklund erbjuden, pat tackar ja. Maken verkar stabil och stöttande, han röker utomhus och har uppmanats sluta.'),
      ("Status", "Gott AT. SpO2 95 %. Pulm: lätt förlängt exspirium, inga rassel. Perifera lymfkörtlar ua. Vikt 61 kg."),
      ("Bedömning", "Skivepitelcancer vä lunga stadium IIIA, PS 1. MDK föreslår kurativt syftande kemoradioterapi följt av immunterapi."),
      ("Information till patienten", "Pat fick idag besked om diagnosen lungcancer och om MDK:s behandlingsförslag, maken närvarande. "
       "Hon tog beskedet sakligt och ställde relevanta frågor om biverkningar. "
       "Pat vill själv välja tidpunkt för att berätta för barnen och ber att ingen kontaktar dem, barnen är alltså ännu inte informerade."),
      ("Planering", "Remiss onkologen Sahlgrenska för kemoradioterapi. Kontaktsjuksköterska Lena utsedd, telefonnummer lämnat. "
       "Min vårdplan upprättad. Återbesök lungmottagningen efter avslutad strålbehandling."),
  ])],
  [], [("NL101", "n1")],
  "The patient is told the cancer diagnosis today; only her adult children are not yet informed, which is no untold diagnosis for the patient.")

C("d139-05-psyk-inskrivning-dd-bipolar-typ-2", "vgr", "1989-06-14", "627", "2024-03-12",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_psyk_aff", "Erik Palm", "läkare",
     "2024-03-08T16:45", "2024-03-08T18:20", "slutenvård", [
      ("Kontaktorsak", "Inläggs frivilligt enl. HSL efter remiss från psykiatriska akutmottagningen pga djup nedstämdhet och suicidtankar."),
      ("Anamnes", "34-årig kvinna. Sedan ca 6 v tilltagande nedstämdhet, sover 3–4 tim/natt och har slutat äta regelbundet. "
       "Tankar på att inte vilja leva, har googlat på tabletter men inga konkreta planer. "
       "Beskriver en period i höstas med minskat sömnbehov och ökad energi då hon startade eget företag och köpte bil impulsivt. "
       "Kollegor reagerade på att hon pratade fort. Varade ca 10 dagar."),
      ("Tidigare psykiatri", "Första depressionsepisod 2015, escitalopram via VC. Andra episod 2020, KBT via 1177. "
       "Inga tidigare inläggningar, inga suicidförsök."),
      ("Somatiskt", "Hypotyreos, Levaxin 75 mikrog. Astma med behovsmedicin."),
      ("Hereditet", "Moster med bipolär sjukdom. Far alkoholberoende."),
      ("Socialt", "Sambo, inga barn. Projektledare, sjukskriven sedan 2 v. Vin 2–3 glas/helg, ökat senaste månaden. Inga droger."),
      ("Psykiskt status", "Vaken, klar, orienterad. Välvårdad men trött. God kontakt. Sänkt grundstämning, affekten begränsat modulerad. "
       "Talar lågmält, inga formella tankestörningar, inga perceptionsstörningar. Förnekar aktuella suicidplaner och kan ta avstånd."),
      ('Läkemedel vid inskrivning', 'Levaxin 75 mikrog x 1, Bricanyl Turbuhaler vid behov. Inga psykofarmaka sedan 2021. Insatt: Propavan 25 mg till natten vid behov, Theralen 10 mg vid oro max 4/d.'),
      ('Somatiskt status', 'BT 122/78, puls 88. Hjärta och lungor ua. Inga synliga självskador. Neurologiskt grovt ua.'),
      ('Juridisk status', 'HSL. Pat informerad om avdelningens rutiner och om att en begäran om utskrivning leder till ny läkarbedömning.'),
      ("Suicidriskbedömning", "Måttlig risk: pågående depression, hopplöshet, ökat alkoholintag. Skyddande: sambo, inga tidigare försök, söker hjälp."),
      ("Bedömning", "Egentlig depression, svår episod utan psykotiska symtom. "
       "DD bipolär sjukdom typ II givet hypoman period i höstas och hereditet, varför escitalopram inte sätts in på nytt innan detta klarlagts."),
      ("Planering", "Tillsyn var 30:e min första dygnet. Lab: TSH, njur- och leverstatus, PEth. "
       "Komplettera anamnesen med sambon. Ställningstagande till stämningsstabiliserare efter överläkarrond i morgon."),
  ])],
  [("NL102", "n1")], [],
  "Psychiatric admission chart; the relative's bipolar disorder is settled, but the patient's own 'DD bipolär sjukdom typ II' stands in visible Bedömning.")

C("d139-06-geriatrik-njurcancer-ej-informerad-alzheimer", "skane", "1931-12-05", "708", "2024-03-25",
  [N("n1", "Melior", "Epikris", "sk_ger_landskrona", "Per-Olof Nilsson", "läkare",
     "2024-03-20T10:05", "2024-03-20T11:40", "slutenvård", [
      ("Kontaktorsak", "Inlagd via akuten 11/3 pga förvirring, dålig aptit och viktnedgång."),
      ("Tidigare sjukdomar", "Alzheimers sjukdom, diagnostiserad 2021, donepezil. Förmaksflimmer, Eliquis 2,5 mg x 2. "
       "Hjärtsvikt med bevarad EF. Gikt."),
      ("Socialt", "Bor på Sjöbogårdens särskilda boende sedan 2023. Rullstol för längre sträckor. Sonen Bengt är kontaktperson, god man utsedd."),
      ("Vårdförlopp", "Initialt hyperkalcemi, joniserat Ca 1,62, behandlad med iv NaCl och Zometa med normalisering. PTH lågt. "
       "Pga anemi Hb 91 och ALP 480 gjordes DT thorax-buk 14/3: multipla skelettmetastaser och en 3 cm tumör i vä njure. "
       "Biopsi avstods, då fynden tillsammans bedöms diagnostiska och fortsatt utredning inte skulle ändra handläggningen. "
       "Förvirringen avtog i takt med att kalciumvärdet sjönk."),
      ("Status", "Lugn, vänlig, desorienterad till tid. Cor oregelbunden 84/min. Buk mjuk. Inga trycksår. Smärtskattning Abbey 3."),
      ("Bedömning", "Njurcancer med skelettmetastasering och malign hyperkalcemi. Palliativ inriktning i samråd med sonen."),
      ("Information", "Sonen informerad om cancerdiagnosen per telefon 15/3 och vid möte 18/3. "
       "Patienten själv har inte informerats om diagnosen: pga Alzheimer bedöms hon inte kunna ta till sig beskedet och sonen önskar att hon besparas det. "
       "Hon vet att hon varit uttorkad och fått dropp."),
      ('Läkemedel vid utskrivning', 'Eliquis 2,5 mg x 2, Donepezil 10 mg tn, Furix 20 mg x 1. Allopurinol pausat pga krea 142. Nytt: Oxycodon 5 mg x 2 och Alvedon 1 g x 3 mot skelettsmärta.'),
      ('Omvårdnad', 'Behöver hjälp av en person vid förflyttning. Äter med tillsyn, energiberikad kost. Urininkontinent, använder skydd. Sover gott nattetid.'),
      ('Diagnoser', 'C64.9 Njurcancer vä\nC79.5 Skelettmetastaser\nE83.5 Hyperkalcemi\nF00.1 Alzheimers sjukdom med sen debut\nI48.9 Förmaksflimmer'),
      ("Planering", "Brytpunktssamtal hållet med sonen. Åter till SÄBO. "
       "Vid behovsläkemedel: Morfin 2,5 mg sc, Midazolam 1 mg sc, Haldol 0,5 mg sc, Robinul 0,2 mg sc. "
       "Kalcium kontrolleras ej rutinmässigt. Uppföljning via SÄBO-läkaren."),
  ])],
  [("NL101", "n1")], [],
  "Geriatric epikris: renal cancer with metastases stands visible while the text says the demented patient herself has not been told.")

C("d139-07-lpt-inskrivning-schizofreni-i-tidiga-hypoteser", "vgr", "2002-04-09", "391", "2024-05-06",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_psyk_nal", "Sara Lundgren", "läkare",
     "2024-05-03T21:30", "2024-05-03T23:55", "slutenvård", [
      ("Kontaktorsak", "Förs in av polis enl. LPT efter att ha barrikaderat sig i lägenheten och kastat ut möbler från balkongen."),
      ("Anamnes", "22-årig man utan tidigare psykiatrisk kontakt. Enl. modern sedan ca 2 mån tilltagande isolering, har slutat gå till sitt arbete på lager. "
       "Sover mest dagtid. Har pratat om att grannarna avlyssnar honom via elnätet. "
       "Cannabis regelbundet sedan gymnasiet, senast för 4 d sedan enligt egen uppgift."),
      ("Somatiskt", "Frisk. Inga läkemedel. NKA."),
      ("Hereditet", "Inga kända psykiatriska sjukdomar i släkten."),
      ("Socialt", "Bor ensam i hyresrätt i Trollhättan. Gymnasieutbildad. Modern bor i Vänersborg och har tät kontakt."),
      ("Psykiskt status", "Vaken, misstänksam och spänd. Sparsam ögonkontakt. Talar i korta meningar, tankespärrar. "
       "Bekräftar hörselhallucinationer i form av kommenterande röster. Förföljelseidéer rörande grannar. Saknar sjukdomsinsikt. Förnekar suicidtankar."),
      ("Somatiskt status", "Puls 104, BT 138/86, temp 37,1. Pupiller normalstora. Inga stickmärken."),
      ("Lab", "U-tox positiv för THC, i övrigt negativ. Blodstatus, elektrolyter och leverprover ua."),
      ("Bedömning", "Akut psykotiskt tillstånd med positiva symtom och bristande insikt. "
       "Uppfyller kriterierna för LPT, vårdintyg utfärdat av jourläkare. Cannabisbruk."),
      ('Läkemedel', 'Inga stående läkemedel. Givet på akuten: Stesolid 10 mg po.'),
      ('Riskbedömning', 'Hotfull mot personal vid ankomsten, inget fysiskt våld. Vårdas på enkelrum med extravak. Ingen suicidrisk framkommer i nuläget.'),
      ('Juridisk status', 'LPT, intagningsbeslut fattat av undertecknad 3/5 kl 22.40. Pat informerad muntligt och skriftligt om sina rättigheter och om möjligheten att överklaga.'),
      ("Tidiga hypoteser", "Duration över en månad och prodromal funktionsnedsättning väcker misstanke om debuterande schizofreni, "
       "drogutlöst psykos är differentialdiagnos. Kommuniceras inte förrän förloppet efter avgiftning kan värderas."),
      ("Planering", "Olanzapin 10 mg till natten. Extravak 1:1 första dygnet. Kontakt med modern efter pat:s samtycke. "
       "MR hjärna och EEG beställs. Ny bedömning inom 4 dygn enl. LPT."),
  ])],
  [], [("NL102", "n1")],
  "VGR: the hedged schizophrenia is kept under the sökord Tidiga hypoteser; the visible sections hold only symptoms, settled findings and 'misstänksam' (a demeanour).")

C("d139-08-myelom-benmarg-ej-meddelat", "vgr", "1955-09-19", "533", "2024-04-12",
  [N("n1", "Melior", "Läkaranteckning", "vgr_hemat", "Lars Ekström", "läkare",
     "2024-04-09T15:50", None, "öppenvård", [
      ("Kontaktorsak", "Sammanställning av provsvar efter benmärgsprov och lågdos-DT, inför besked."),
      ("Bakgrund", "68-årig man med IgG-kappa MGUS sedan 2019, följts årligen. M-komponent 9 g/l 2023, nu 31 g/l. Fri kappa/lambda-kvot 48."),
      ("Tidigare sjukdomar", "Typ 2-diabetes, metformin. Hypertoni, losartan. Sömnapné med CPAP. Kolecystektomi 2010."),
      ("Socialt", "Gift, bor i Mölndal. Pensionerad ingenjör som spelar golf. Icke-rökare."),
      ("Aktuellt", "Tilltagande trötthet sedan jul och värk i ländryggen sedan 6 v som inte släppt."),
      ("Status", "Vid besök 4/4 opåverkad men blek. Dunkömhet över L3. Ingen lymfadenopati, ingen hepatosplenomegali. Neurologiskt ua i UE."),
      ("Lab", "Hb 104, joniserat Ca 1,38, krea 96, albumin 34, beta-2-mikroglobulin 4,1."),
      ("Benmärg", "Svar 9/4: 31 % klonala plasmaceller med kappa-restriktion. Cytogenetik pågår."),
      ("Röntgen", "Helkropps-DT lågdos 8/4: osteolyser i L3, bäcken och hö humerus, kompressionsfraktur L3 utan engagemang av bakre kanten."),
      ("Bedömning", "Multipelt myelom IgG-kappa, ISS II, med skelettengagemang. Behandlingskrävande."),
      ("Information", "Svaret har inte meddelats patienten ännu. Han informeras av mig vid besöket 12/4 tillsammans med hustrun, "
       "som han själv bett ska vara med. Inget lämnas per telefon innan dess."),
      ('Läkemedel', 'Metformin 1 g x 2, Losartan 50 mg x 1, Atorvastatin 20 mg. Tillägg: Alvedon 1 g x 3, Oxynorm 5 mg vb. Metformin pausas vid stigande krea.'),
      ('Tandstatus', 'Remiss till sjukhustandvården för bedömning före bisfosfonat. Inga kända tandbesvär.'),
      ('Diagnos', 'C90.0 Multipelt myelom\nM84.4 Patologisk fraktur L3'),
      ('Funktion', 'WHO PS 1. Går 5 km men har avstått från golfen senaste månaden pga ryggen. Klarar ADL helt själv.'),
      ('Vaccinationer', 'Pneumokock- och influensavaccin före behandlingsstart, bokas på VC Mölndal.'),
      ("Planering", "Anmäls till myelomkonferensen 11/4, där även transplantationsaktualitet tas upp. "
       "Zometa efter tandstatus. Remiss ortopedkonsult rörande L3."),
  ])],
  [("NL101", "n1")], [],
  "Unsigned draft: multiple myeloma stands in visible Bedömning and the note says the result has not been given to the patient.")

C("d139-09-lung-dt-inger-misstanke-om-lungcancer", "skane", "1949-02-27", "815", "2024-05-08",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_lung_lund", "Henrik Åberg", "läkare",
     "2024-05-03T09:15", "2024-05-03T11:30", "öppenvård", [
      ("Kontaktorsak", "Remiss från VC Veberöd: hosta mer än 2 mån och blodtingerade upphostningar vid två tillfällen."),
      ("Anamnes", "75-årig man. Hosta sedan januari, inte bättre efter antibiotikakur. Två episoder med blodstrimmor i slemmet. "
       "Viktnedgång 3 kg. Ingen feber eller nattsvett."),
      ("Tidigare sjukdomar", "KOL sedan 2018, Trimbow. Ischemisk hjärtsjukdom, PCI 2020. Hyperlipidemi. Ljumskbråck op 1998."),
      ("Hereditet", "Bror avled i lungcancer 68 år gammal."),
      ("Socialt", "Gift, bor i villa i Veberöd. F.d. svetsare. Rökare sedan 16 års ålder, ca 50 paketår, fortfarande 10 cig/d."),
      ("Status", "AT gott, BMI 23. SpO2 93 %. Pulm: nedsatta andningsljud basalt bilat, ronki hö. Cor: regelbunden, 76/min. "
       "Inga palpabla supraklavikulära körtlar. Inga trumpinnefingrar."),
      ("Spirometri", "FEV1 1,45 l (52 %), FEV1/FVC 0,58, oförändrat jfr 2022."),
      ("Röntgen", "DT thorax med kontrast 2/5: 24 mm spikulerad förändring i hö överlob med pleuraindragning, förstorad körtel station 10R. "
       "Bilden inger misstanke om lungcancer. Emfysem."),
      ("Bedömning", "Förändringen i hö lunga kräver snabb utredning enl. SVF lunga. KOL stabil. Rökstopp diskuterat, pat motiverad."),
      ('Läkemedel', 'Trimbow 2 inh x 2, Trombyl 75 mg, Atorvastatin 40 mg, Metoprolol 50 mg, Nitromex vid behov.'),
      ('Lab', 'Hb 142, CRP 9, krea 88, Ca 2,41, ALP 1,2, Na 139.'),
      ('Funktion', 'WHO PS 1. Går 2 km i lugn takt. Sköter hus och trädgård själv.'),
      ("Åtgärd", "PET-DT och bronkoskopi bokade. Spirometri med diffusionskapacitet inför eventuell operation. Vareniklin förskrivet."),
      ("Information till patienten", "Pat och hustru informerade om att förändringen på lungan måste utredas vidare och om tidsplanen. Kontaktsjuksköterska presenterad."),
  ])],
  [("NL102", "n1")], [],
  "The hedge sits in the Röntgen sökord, which is visible like any other: 'inger misstanke om lungcancer'; brother's cancer is a distractor.")

C("d139-10-pad-melanom-i-tidiga-hypoteser-mall", "skane", "1967-07-11", "446", "2024-04-16",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_kir_ystad", "Ulrika Svensson", "läkare",
     "2024-04-10T13:20", "2024-04-10T14:05", "öppenvård", [
      ("Kontaktorsak", "Återbesök två veckor efter excision av pigmenterad lesion på hö skuldra samt suturtagning."),
      ("Anamnes", "56-årig kvinna opererad 27/3 i lokalbedövning. Läkt utan komplikationer enl. pat. "
       "Har även återkommande gallbesvär och väntar på planerad kolecystektomi."),
      ("Tidigare sjukdomar", "Gallstenssjukdom med två anfall 2023. Hypotyreos. Laktosintolerans. Två kejsarsnitt."),
      ("Socialt", "Gift, två tonårsbarn. Undersköterska på Ystads lasarett. Icke-rökare."),
      ("Status", "Sår hö skuldra 4 cm, väl läkt, inga infektionstecken. Suturerna avlägsnas. Inga palpabla körtlar i hö axill eller på halsen."),
      ('Läkemedel', 'Levaxin 100 mikrog x 1. Alvedon vid gallbesvär. Inga blodförtunnande.'),
      ('Gallbesvär', 'Senaste anfallet i februari med smärta under hö arcus i 4 tim, ingen feber. UL buk 2023 visade multipla konkrement och normala gallvägar. Väntetid till operation ca 2 mån.'),
      ("Bedömning", "Normal sårläkning. PAD-svaret har just inkommit och handläggs separat."),
      ("Information till patienten", "Pat ej informerad om PAD-svaret i dag, då ansvarig kirurg vill ge det vid ett eget besök. "
       "Hon vet att vi hör av oss inom en vecka med ny tid."),
      ('Allergi', 'Plåsterallergi, i övrigt inga kända överkänsligheter.'),
      ('Sårvård', 'Steri-strip läggs på i en vecka. Duscha som vanligt men undvik bad i två veckor. Solskydd på ärret första året.'),
      ('Sjukskrivning', 'Ingen sjukskrivning behövs, arbetar som vanligt.'),
      ('Lab', 'Inför kolecystektomin: Hb 131, leverprover ua, krea 61.'),
      ('Anestesi', 'Inga tidigare narkosproblem, två kejsarsnitt i spinalanestesi.'),
      ("Planering", "Ny tid hos dr Holm inom 7 dagar. Kolecystektomin står kvar på väntelistan."),
    ]),
   N("n2", "Melior", "Tidiga hypoteser", "sk_kir_ystad", "Magnus Holm", "läkare",
     "2024-04-10T15:10", "2024-04-10T15:25", "öppenvård", [
      ("Bedömning", "PAD från excisionen 27/3: malignt melanom, ytligt spridande, Breslow 1,4 mm, ingen ulceration, radikalt exciderat. "
       "Pat ännu ej informerad; besked ges av undertecknad vid besök 17/4 tillsammans med maken, därefter dokumenteras det i vanlig anteckning."),
      ("Planering", "Anmälan till MDK hud. Utvidgad excision 1 cm och sentinel node-biopsi planeras."),
    ])],
  [], [("NL101", "n1"), ("NL101", "n2")],
  "Skåne: the untold melanoma is kept in the Tidiga hypoteser template; the visible note only says the PAD answer is not yet given, and its diagnoses (gallsten etc.) are known to her.")

C("d139-11-epikris-pancytopeni-forenligt-med-mds", "vgr", "1944-10-02", "127", "2024-02-27",
  [N("n1", "Melior", "Epikris", "vgr_med_sas", "Fredrik Olausson", "läkare",
     "2024-02-23T12:30", "2024-02-23T14:15", "slutenvård", [
      ("Kontaktorsak", "Remitterad från VC Hestra pga pancytopeni och trötthet, inlagd för transfusion och utredning 19/2–23/2."),
      ("Tidigare sjukdomar", "Hypertoni. Artros i båda knäna, hö knäprotes 2017. Glaukom med ögondroppar. "
       "Bröstcancer hö 2008, opererad och strålbehandlad, friskförklarad 2018."),
      ("Socialt", "Änka, bor i lägenhet på Norrby. Klarar sig själv och kör bil. Två barn i Göteborg."),
      ("Vårdförlopp", "Hb 78, LPK 2,4, neutrofiler 0,9, TPK 64 vid inskrivning. B12, folat och ferritin normala, retikulocyter låga. "
       "Fick 2 E erytrocytkoncentrat med Hb-stegring till 101. Benmärgsprov 21/2: hypercellulär märg med dysplasi i två cellinjer, blaster 4 %, "
       "cytogenetik inväntas. Perifert utstryk med pseudo-Pelger-celler. Afebril under vårdtiden, inga blödningar."),
      ("Status", "Blek, opåverkad. Inga petekier. Ingen lymfadenopati. Mjälten ej palpabel. "
       "Cor: systoliskt blåsljud 2/6 över aorta, känt sedan tidigare."),
      ("Bedömning", "Transfusionskrävande anemi med bi- och trombocytopeni. "
       "Benmärgsbilden är förenlig med myelodysplastiskt syndrom, slutlig klassifikation när cytogenetiken är klar. "
       "Den tidigare strålbehandlingen kan ha betydelse för bilden."),
      ("Information till patienten", "Pat har fått veta att benmärgen visar förändringar som ger nedsatt blodbildning och att slutligt svar dröjer några veckor."),
      ('Läkemedel vid utskrivning', 'Latanoprost ögondroppar, Amlodipin 5 mg, Alvedon 1 g vid behov. Inga nya läkemedel.'),
      ('Lab vid utskrivning', 'Hb 101, LPK 2,6, neutrofiler 1,0, TPK 58, retikulocyter 22, LD 260, haptoglobin normalt, krea 68.'),
      ('Blodgrupp', 'A RhD pos, inga irreguljära antikroppar.'),
      ("Planering", "Återbesök hematologmottagningen SÄS 11/3 med nytt blodstatus. Transfusion vid Hb <80 eller symtom via dagvården. "
       "Inga NSAID. Vid feber över 38 kontakt med avdelningen direkt pga neutropeni."),
  ])],
  [("NL102", "n1")], [],
  "Long epikris with settled history; 'förenlig med myelodysplastiskt syndrom' is a hedged diagnosis in visible Bedömning.")

C("d139-12-prostatacancer-gleason-ej-besked", "skane", "1953-03-21", "260", "2024-05-16",
  [N("n1", "Melior", "Läkaranteckning", "sk_uro_malmo", "Jonas Wennberg", "läkare",
     "2024-05-14T08:40", "2024-05-14T09:25", "öppenvård", [
      ("Kontaktorsak", "Journalgenomgång och provsvar efter MR-riktad prostatabiopsi 6/5."),
      ("Bakgrund", "71-årig man, remitterad från VC Limhamn för PSA 11 (5,2 ett år tidigare). "
       "MR prostata 18/4: PI-RADS 5-lesion i vä perifera zonen, 14 mm, ingen säker kapselgenombrytning."),
      ("Tidigare sjukdomar", "Förmaksflimmer på Xarelto, uppehåll inför biopsin. Hypertoni. Gikt, allopurinol. Diskbråck L5-S1 op 1999."),
      ("Socialt", "Sambo. Pensionerad busschaufför, seglar sommartid. Rökfri sedan 20 år."),
      ("Biopsi", "Biopsin 6/5 utan komplikationer, Xarelto återinsatt dag 2. Pat ringde 8/5 om lätt hematuri som klingade av."),
      ("PAD", "Riktade biopsier vä: acinärt adenocarcinom Gleason 4+4=8 (ISUP 4) i 3/3 kolvar, tumörlängd upp till 9 mm. "
       "Systematiska biopsier: Gleason 3+4 i 2/10 kolvar hö."),
      ("Bedömning", "Högrisk prostatacancer, klinisk T2. PSMA-PET behövs för stadieindelning innan behandlingsdiskussion."),
      ("Information", "Pat har inte fått besked om cancerdiagnosen ännu. Tid för läkarbesök 21/5 kl 10.30, kallelse skickas. "
       "Han har själv önskat få svaret vid ett fysiskt besök och inte per telefon."),
      ('Läkemedel', 'Xarelto 20 mg x 1, Enalapril 10 mg, Allopurinol 300 mg. Inga nya läkemedel.'),
      ('Funktion och symtom', 'IPSS 9, lindriga miktionsbesvär, ingen inkontinens. Erektil funktion enligt pat normal. WHO PS 0.'),
      ('Status', 'Vid biopsitillfället opåverkad. Palpation av prostata: hård knöl i vä lob ca 1,5 cm, hö lob mjuk. BT 148/86.'),
      ('Lab', 'PSA 11,4, krea 84, Hb 146, ALP normalt.'),
      ('Riskfaktorer', 'Ingen känd prostatacancer i släkten. Ingen tidigare bäckenstrålning.'),
      ('Läkemedelsgenomgång', 'Xarelto behöver pausas inför en eventuell operation, planeras i samråd med kardiolog.'),
      ("Planering", "PSMA-PET beställt. Anmäls till MDK uro 23/5. Kontaktsjuksköterska deltar vid besöket 21/5."),
      ("Diagnos", "C61.9 Prostatacancer"),
  ])],
  [("NL101", "n1")], [],
  "Prostate cancer stands in PAD, Bedömning and Diagnos while the text says the patient has not had the news.")

C("d139-13-divertikulit-negationer-ingen-misstanke-perforation", "vgr", "1971-12-28", "955", "2024-06-05",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_kir_skovde", "Ahmed Karimi", "läkare",
     "2024-06-03T02:15", "2024-06-03T03:05", "slutenvård", [
      ("Kontaktorsak", "Buksmärta i vä fossa sedan 2 dygn, feber 38,4 i hemmet."),
      ("Anamnes", "52-årig man med känd divertikulos. Molande smärta som successivt tilltagit, värre vid rörelse. "
       "Normal avföring senast igår, inget blod. Lätt illamående, inga kräkningar. Miktion ua. "
       "Hade liknande skov 2022 som behandlades med antibiotika."),
      ("Tidigare sjukdomar", "Divertikulit 2022, okomplicerad. Koloskopi 2022 visade divertikulos i sigmoideum, ingen tumör. Hyperlipidemi. BMI 31."),
      ("Läkemedel", "Atorvastatin 20 mg. Inga blodförtunnande."),
      ("Socialt", "Gift, två barn. Elektriker. Snusar. Alkohol i måttliga mängder."),
      ("Status", "AT: opåverkad, temp 38,2, puls 92, BT 145/90.\nBuk: mjuk, tydlig palpationsömhet vä fossa med lokal défense, "
       "ingen generell peritonit, inga palpabla resistenser.\nTarmljud normala.\nRektalpalpation ua."),
      ("Lab", "CRP 148, LPK 13,8, krea 82, laktat 1,3, leverstatus ua."),
      ("Röntgen", "DT buk med iv kontrast: okomplicerad divertikulit i sigmoideum, ingen fri gas, ingen abscess. Inga tecken på ileus."),
      ("Bedömning", "Akut okomplicerad divertikulit. Ingen misstanke om perforation eller abscess vid DT. "
       "Med hänsyn till feber och CRP-nivå läggs pat in för iv-behandling."),
      ("Åtgärd", "Inj Cefotaxim 1 g x 3 + Metronidazol 400 mg x 3 po. Ringer-Acetat iv. Flytande kost. Paracetamol 1 g x 4, Oxynorm 5 mg vb."),
      ('Allergi', 'Uppger penicillinallergi sedan barndomen (utslag), ej utredd. Fick cefalosporin 2022 utan reaktion.'),
      ('Sjukskrivning', 'Sjukskrivs under vårdtiden och en vecka efter utskrivningen.'),
      ('Information', 'Pat informerad om bedömningen och om att inläggningen troligen blir 2–3 dygn.'),
      ("Planering", "Ny CRP i morgon. Övergång till po antibiotika när feberfri. Ingen ny koloskopi behövs, malignitet uteslöts 2022."),
  ])],
  [], [("NL102", "n1")],
  "Surgical admission where every diagnostic hedge is negated (ingen misstanke om perforation, inga tecken på ileus, malignitet uteslöts).")

C("d139-14-hodgkin-besked-idag-barnen-ej", "skane", "1978-05-08", "372", "2024-04-05",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_hemat_lund", "Cecilia Rydén", "läkare",
     "2024-04-02T13:00", "2024-04-02T15:40", "öppenvård", [
      ("Kontaktorsak", "Besked efter lymfkörtelexstirpation hö hals."),
      ("Anamnes", "45-årig man med förstorade körtlar på halsen sedan 3 mån, nattsvettningar och viktnedgång 7 kg. Exstirpation på ÖNH Lund 15/3."),
      ("Tidigare sjukdomar", "Psoriasis, lokalbehandling. Ulcerös kolit i remission, Asacol. Appendektomi i barndomen."),
      ("Socialt", "Gift, tre barn 8, 11 och 16 år. IT-konsult. Icke-rökare, alkohol 4–5 enheter/v."),
      ("Status", "Opåverkad, ECOG 0. Körtelpaket 3x4 cm hö supraklavikulärt, 2 cm i vä axill. Mjälten palperas 2 cm under arcus. "
       "Hud: psoriasisplack på armbågarna."),
      ("PAD", "Klassiskt Hodgkinlymfom, nodulär skleros. CD30+, CD15+."),
      ("PET-DT", "Upptag i hö hals, mediastinum, vä axill och mjälte. Inget skelettengagemang. Stadium IIIB."),
      ("Lab", "Hb 118, LPK 12,4, SR 62, ALP 140, albumin 33. HIV, hepatit B och C negativa."),
      ("Bedömning", "Hodgkinlymfom, avancerat stadium med B-symtom. Behandling enl. nationellt vårdprogram, regim bestäms efter MDK."),
      ("Information", "Pat fick idag beskedet om lymfom av undertecknad, hustrun närvarade. "
       "Informerad om att sjukdomen i de flesta fall går att bota, om behandlingens upplägg, fertilitetsaspekter och infektionsrisk. "
       "Barnen vet ännu ingenting, han vill själv berätta för dem i helgen."),
      ('Läkemedel', 'Asacol 1,6 g x 2, Dovobet gel vid behov. Inga blodförtunnande. Inga kända allergier.'),
      ('Fertilitet', 'Familjeplaneringen är avslutad enligt pat men han vill ändå frysa spermier. Informerad om att kemoterapin kan påverka fertiliteten varaktigt.'),
      ('Vaccinationer', 'Pneumokock- och influensavaccin ges före behandlingsstart, levande vacciner undviks under behandlingen.'),
      ('Sjukskrivning', 'Sjukskriven 100 % från behandlingsstart, intyg utfärdat.'),
      ("Planering", "Remiss för spermiedepå till reproduktionsmedicinskt centrum Malmö. UCG och lungfunktion före start. "
       "Central infart beställd. Kontaktsjuksköterska Karin Ek bokar nytt samtal om 3 dagar."),
  ])],
  [], [("NL101", "n1")],
  "Patient told the lymphoma diagnosis today; the only people not yet told are his children.")

C("d139-15-ortopedi-collumfraktur-sannolik-osteoporos", "skane", "1939-09-14", "582", "2024-06-05",
  [N("n1", "Melior", "Epikris", "sk_orto_csk", "Gustav Persson", "läkare",
     "2024-05-31T10:20", "2024-05-31T12:00", "slutenvård", [
      ("Kontaktorsak", "Fall i trädgården 20/5, kunde inte belasta hö ben."),
      ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes på insulin. Kronisk njursjukdom, eGFR 48. "
       "Förmaksflimmer utan antikoagulantia pga GI-blödning 2020."),
      ("Socialt", "Gift, bor med maken i villa i Tollarp. Gick utan hjälpmedel före fallet. Maken har KOL och kan inte hjälpa till fysiskt."),
      ("Vårdförlopp", "Rtg visade dislocerad lateral collumfraktur hö. Opererad 21/5 med cementerad hemiartroplastik i spinalanestesi, blodförlust 400 ml. "
       "Postop Hb 96, fick 1 E. Övergående postoperativ konfusion natt 2–3 som klingade av utan läkemedel. "
       "Blodsockret initialt högt, insulindoser justerade med diabetessköterska. Mobiliserad med gåbord dag 1, därefter rollator."),
      ("Status vid utskrivning", "Sår torrt, agraffer kvar. Ingen benlängdsskillnad. Distalstatus ua. Går 40 m med rollator och tillsyn."),
      ("Bedömning", "Lateral collumfraktur hö opererad med halvprotes, okomplicerat förlopp frånsett postoperativ konfusion. "
       "Lågenergifraktur hos 84-åring, sannolik osteoporos; DXA beställd och frakturkedjan aktiverad."),
      ("Läkemedel", "Nytt: Fragmin 5000 E sc x 1 i 28 dagar från op. Alvedon 1 g x 3. "
       "Oxycodon depot 5 mg x 2 i 5 dagar, därefter ut. Kalcium/D-vitamin."),
      ('Lab vid utskrivning', 'Hb 104, krea 102, eGFR 44, Na 136, K 4,4, CRP 48, P-glukos 9–13.'),
      ('Diabetes', 'Toujeo 24 E till kvällen och Humalog enligt skala till måltid. Pat sköter injektionerna själv. Korttidsboendet informerat om doser och blodsockerkontroller 4 ggr/d.'),
      ("Planering", "Utskrivs till korttidsboende i Kristianstad i 2 v. Agraffer tas dag 14 av ssk på korttids. "
       "Fortsatt fysioterapi. Ingen rtg-kontroll behövs."),
      ("Information till patienten", "Pat och make informerade om operationen, rörelserestriktionerna efter höftprotes och planen."),
  ])],
  [("NL102", "n1")], [],
  "Orthopaedic epikris with a settled fracture; 'sannolik osteoporos' is a hedged diagnosis in the visible Bedömning.")

C("d139-16-psykos-epikris-schizofreni-ej-kommunicerad", "vgr", "1996-01-19", "519", "2024-04-14",
  [N("n1", "Melior", "Epikris", "vgr_psykos_avd", "Mikael Strand", "läkare",
     "2024-04-10T14:00", "2024-04-10T16:30", "slutenvård", [
      ("Kontaktorsak", "Vårdad 2/3–10/4, initialt enl. LPT, pga psykotiskt tillstånd med aggressivitet i hemmet."),
      ("Anamnes", "28-årig man med två tidigare vårdtillfällen 2022 och 2023 för psykos i samband med cannabisbruk. "
       "Nu psykotisk trots drogfrihet sedan ett år, verifierat med upprepade urinprov."),
      ("Vårdförlopp", "Tvångsinjektion vid ett tillfälle dag 1. Insatt på aripiprazol med otillräcklig effekt efter 4 v, "
       "byte till olanzapin 15 mg med gradvis förbättring. Hallucinationerna klingade av under v 5. "
       "Kvarstående negativa symtom i form av avflackad affekt och initiativlöshet. Konverterad till HSL 28/3. Permissioner utan anmärkning."),
      ("Somatiskt", "Viktuppgång 4 kg under vårdtiden. Lipider och HbA1c normala. EKG med QTc 412 ms."),
      ("Psykiskt status vid utskrivning", "Lugn, samarbetsvillig. Affekt avflackad. Inga hallucinationer. "
       "Förföljelsetankarna har bleknat men viss misstro mot grannen kvarstår. Delvis insikt, accepterar medicinering. Inga suicidtankar."),
      ("Bedömning", "Schizofreni, paranoid form, F20.0. Kriterierna uppfylls mot bakgrund av det drogfria förloppet."),
      ("Information till patienten", "Diagnosen schizofreni har ännu inte kommunicerats med patienten. "
       "Han reagerar starkt på ordet och teamet bedömer att beskedet ska ges i öppenvården när relationen till den nya kontaktpersonen etablerats. "
       "Pat informerad om behandlingen och om vikten av att fortsätta med olanzapin."),
      ('Läkemedel vid utskrivning', 'Olanzapin 15 mg tn, Propavan 25 mg tn vb. Utsatt: Aripiprazol 15 mg.'),
      ('Socialt', 'Bor i egen lägenhet i Bergsjön. Arbetslös sedan 2022, aktivitetsersättning utreds. Träffar modern varje vecka. Drogfri sedan våren 2023.'),
      ('Riskbedömning', 'Låg risk för våld och suicid vid utskrivningen. Skyddande faktorer: stöd från modern, medicinföljsamhet och etablerad öppenvårdskontakt.'),
      ("Planering", "Överremitteras till psykosmottagningen Östra, första besök 17/4. Depåinjektion diskuteras där. Modern erbjuds anhöriggrupp."),
  ])],
  [("NL101", "n1")], [],
  "Psychiatric epikris: schizophrenia F20.0 stands in visible Bedömning and the text says the diagnosis has not been communicated to him.")

C("d139-17-pmo-vc-multiproblem-misstankt-diabetes", "skane", "1960-04-30", "173", "2024-02-14",
  [N("n1", "PMO", "Besöksanteckning", "sk_vc_nasby", "Birgitta Mårtensson", "läkare",
     "2024-02-12T10:40", "2024-02-12T12:15", "öppenvård", [
      ("Kontaktorsak", "Årskontroll hypertoni, samt trötthet och ökad törst sedan ett par månader."),
      ("Anamnes", "63-årig kvinna. Dricker mer än vanligt, kissar 2–3 ggr per natt. Trött trots 8 tim sömn. "
       "Viktuppgång 5 kg senaste året. Frusen och förstoppad. Knäsmärta hö vid trappgång sedan i vintras."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2012. Astma i ungdomen, inga besvär nu. Hysterektomi 2005 pga myom."),
      ("Läkemedel", "Enalapril 10 mg, hydroklortiazid 12,5 mg."),
      ("Hereditet", "Mor hade typ 2-diabetes. Syster behandlas för hypotyreos."),
      ("Socialt", "Gift, frisörska på deltid. Röker inte. Promenerar lite."),
      ("Status", "BT 148/92 hö arm sittande. Puls 64 regelbunden. BMI 31,5. Tyreoidea ej förstorad. Torr hud. "
       "Hö knä: krepitationer, ingen svullnad, ömhet över mediala ledspalten."),
      ("Lab", "P-glukos (ej fastande) 13,2. Krea 71. K 3,7."),
      ("Bedömning", "Misstänkt diabetes mellitus typ 2 utifrån symtom och glukosvärde, DD hypotyreos som orsak till trötthet och viktuppgång. "
       "Blodtrycket ej i mål. Trol. knäartros hö."),
      ("Åtgärd", "HbA1c, fP-glukos, TSH, T4, lipider och U-alb/krea bokade i morgon. "
       "Hydroklortiazid kan bidra till hyperglykemi, byte övervägs efter provsvar."),
      ('Läkemedelsgenomgång', 'Tar ibland Ipren mot knät, rekommenderas i stället Alvedon 1 g upp till 3 ggr/d.'),
      ('Livsstil', 'FaR utfärdat: promenad 30 min 5 dagar/v. Kostråd om mindre läsk och juice.'),
      ('Rökning och alkohol', 'Har aldrig rökt. Alkohol 1–2 glas vin i veckan.'),
      ('Fötter', 'Normal sensibilitet med monofilament, fotpulsar palpabla bilat. Hjärta och lungor ua.'),
      ('Uppföljning', 'Blodtrycksbehandlingen omprövas när proverna kommit. Nästa årskontroll bokas om ett år om allt är stabilt.'),
      ("Planering", "Telefontid om 1 v. Remiss fysioterapeut för knäskola. Hemblodtryck under en vecka."),
  ])],
  [], [("NL102", "n1")],
  "PMO primary-care note full of hedged diagnoses (misstänkt diabetes, DD hypotyreos, trol. knäartros): PMO never shows diagnoses.")

C("d139-18-pacemaker-epikris-turp-datum-ej-meddelat", "vgr", "1947-11-11", "634", "2024-05-15",
  [N("n1", "Melior", "Epikris", "vgr_med_su", "Helena Dahl", "läkare",
     "2024-05-12T11:00", "2024-05-12T12:20", "slutenvård", [
      ("Kontaktorsak", "Inlagd 8/5 efter svimning i hemmet."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperlipidemi. Prostatahyperplasi, TURP planerad. Nefrektomi hö för njurcancer 2014, inget recidiv."),
      ("Socialt", "Gift, bor i lägenhet i Majorna. Kör fortfarande bil. Aktiv i PRO."),
      ("Vårdförlopp", "Vid ankomst puls 34/min, EKG med totalt AV-block och brett ersättningsrytm. Isoprenalininfusion på HIA över natten. "
       "Elektrolyter normala, inga bradykardiserande läkemedel. Permanent DDD-pacemaker inopererad 10/5 via vä v. cephalica utan komplikation. "
       "Kontroll-rtg utan pneumothorax. Pacemakerkontroll 11/5 med god funktion och adekvata trösklar."),
      ("Status", "Sårområde vä infraklavikulärt torrt, inget hematom. Cor: regelbunden rytm 70/min. BT 132/74."),
      ("Bedömning", "Totalt AV-block med synkope, behandlat med pacemaker. Gott förlopp."),
      ("Information till patienten", "Pat och maka informerade om diagnosen, pacemakern, sårvård och om körförbud i en vecka enligt Transportstyrelsens föreskrifter. "
       "Nytt datum för TURP, som urologen sköt upp pga pacemakeringreppet, är ännu inte meddelat patienten; urologmottagningen återkommer."),
      ('Läkemedel vid utskrivning', 'Enalapril 5 mg, Atorvastatin 40 mg, Tamsulosin 0,4 mg. Kloxacillin gavs som engångsprofylax peroperativt.'),
      ('Lab', 'Hb 134, Na 140, K 4,2, krea 92, TSH 1,8, hs-TnT 14.'),
      ('Diagnoser', 'I44.2 AV-block III\nR55 Synkope\nZ95.0 Pacemaker in situ\nN40 Prostatahyperplasi'),
      ('Pacemaker', 'DDDR-pacemaker, MR-kompatibel, programmerad 60–130/min. Pacemakerkort utlämnat. Mobiltelefonen bärs inte i vä bröstficka.'),
      ('Omvårdnad', 'Mobiliserad dag 1 efter implantationen. Klarat ADL själv. Hustrun har fått information om sårskötsel.'),
      ('Läkemedelsgenomgång', 'Inga bradykardiserande läkemedel. Tamsulosin behålls, pat har inte haft yrsel vid uppresning.'),
      ("Planering", "Pacemakerkontroll Sahlgrenska om 3 mån, kallelse kommer. Suturerna resorberbara. "
       "Inga tunga lyft med vä arm i 4 v. Urologmottagningen underrättad om pacemakern."),
  ])],
  [], [("NL101", "n1")],
  "What the patient has not been told is a new operation date, not a diagnosis; AV-block and synkope were explained to him.")

C("d139-19-infektion-spondylodiskit-kan-ej-uteslutas", "vgr", "1962-08-07", "398", "2024-03-07",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_inf_ostra", "Nina Berg", "läkare",
     "2024-03-04T19:20", "2024-03-04T22:10", "slutenvård", [
      ("Kontaktorsak", "Feber och ryggsmärta sedan 10 dagar, remiss från akuten."),
      ("Anamnes", "61-årig man med typ 1-diabetes. Smärta i ländryggen sedan 10 d, nu även nattlig värk, feber upp till 39. "
       "Genomgick tandextraktion för 3 v sedan. Frossa igår. Ingen miktionspåverkan, ingen svaghet i benen."),
      ("Tidigare sjukdomar", "Typ 1-diabetes sedan 1980, insulinpump. Retinopati, laserbehandlad. Hypertoni. Ingen känd klaffsjukdom."),
      ("Socialt", "Skild, bor ensam i Angered. Busschaufför. Ex-rökare."),
      ("Status", "Temp 38,6, puls 102, BT 128/76.\nCor: systoliskt blåsljud 2/6 över apex, nytt jfr tidigare journal.\n"
       "Rygg: lokal dunkömhet L2–L3.\nNeurologi UE: kraft, sensibilitet och reflexer ua, Lasègue neg.\nInga perifera emboliska stigmata."),
      ("Lab", "CRP 186, LPK 14,2, SR 78, Hb 121, krea 104, P-glukos 16."),
      ("Röntgen", "Konventionell rtg ländrygg utan anmärkning."),
      ('Läkemedel', 'Insulinpump med NovoRapid, Enalapril 20 mg, Atorvastatin 40 mg. Inga kända allergier.'),
      ('Tandstatus', 'Extraktion av 46 den 12/2 på Folktandvården Angered pga djup karies, ingen antibiotikaprofylax. Munhålan nu utan synlig infektion.'),
      ("Bedömning", "Feber, förhöjda inflammationsparametrar och lokal ryggsmärta efter tandingrepp. "
       "Spondylodiskit kan ej uteslutas, endokardit måste också beaktas med tanke på det nya blåsljudet."),
      ("Åtgärd", "Blododlingar x 3 före antibiotika. Inj Kloxacillin 2 g x 4 tills odlingssvar. Blodsocker regleras med diabetesteamet."),
      ('Funktion', 'Självständig i ADL och arbetar heltid. Går utan hjälpmedel men har ont vid förflyttning.'),
      ('Diabetesstatus', 'HbA1c 64 i januari. Temporärt ökad basaldos i pumpen pga infektionen. B-ketoner 0,3.'),
      ("Planering", "MR ländrygg akut i morgon, liksom TTE med ev. TEE därefter. "
       "Neurologstatus x 2/dygn, pat instruerad att larma vid svaghet eller urinstämma."),
  ])],
  [("NL102", "n1")], [],
  "Infection admission chart: 'Spondylodiskit kan ej uteslutas' (and endokardit to be considered) in visible Bedömning.")

C("d139-20-brostcancer-ej-informerad-infor-besok", "skane", "1970-02-14", "280", "2024-04-30",
  [N("n1", "Melior", "Läkaranteckning", "sk_brost_lund", "Louise Ahlgren", "läkare",
     "2024-04-26T15:10", "2024-04-26T15:55", "öppenvård", [
      ("Kontaktorsak", "Genomgång av svar efter trippeldiagnostik 22/4, inför besked."),
      ("Anamnes", "54-årig kvinna som själv kände en knöl i vä bröst i mars. Mammografi och ultraljud 22/4 visade en 18 mm oregelbunden förändring kl 2 i vä bröst. "
       "Mellannålsbiopsi togs samma dag."),
      ("Tidigare sjukdomar", "Migrän. Hypotyreos. Endometrios, laparoskopi 2004."),
      ("Hereditet", "Moster bröstcancer vid 50 års ålder. Mormor äggstockscancer."),
      ("Socialt", "Gift, två vuxna döttrar. Bibliotekarie i Lund. Icke-rökare."),
      ("PAD", "Invasiv duktal cancer (NST), grad 2, ER 95 %, PR 80 %, HER2 negativ, Ki67 18 %."),
      ("Röntgen", "Ultraljud axill: inga patologiska körtlar."),
      ("Bedömning", "Invasiv bröstcancer vä, luminal A-lik, cT1cN0. Primär kirurgi med sektorresektion och sentinel node."),
      ("Information", "Pat är inte informerad om cancerdiagnosen ännu. Beskedet ges vid bokat besök 30/4 med kontaktsjuksköterska närvarande. "
       "Hon har ringt och frågat efter svaret och fått veta att det lämnas vid besöket."),
      ('Läkemedel', 'Levaxin 125 mikrog, Sumatriptan vid behov. Hormonspiral sedan 2019.'),
      ('Status', 'Vä bröst: 2 cm fast, oöm knöl kl 2, 3 cm från mamillen, ingen hudindragning. Hö bröst och båda axiller ua.'),
      ('Diagnos', 'C50.4 Malign tumör i övre yttre kvadranten av bröstet'),
      ('Lab', 'Hb 134, krea 62, ALP 1,1, Ca 2,40.'),
      ('Funktion', 'WHO PS 0. Springer två gånger i veckan.'),
      ('Tidigare mammografier', 'Screeningmammografi 2022 utan anmärkning. Inga tidigare biopsier.'),
      ('Hormonstatus', 'Perimenopausal, blödningsfri med hormonspiral. Inga barnönskemål.'),
      ('Allergi', 'Penicillin ger nässelutslag.'),
      ('Läkemedelsgenomgång', 'Inga läkemedel som påverkar koagulationen. Levaxin tas som vanligt på operationsdagen.'),
      ("Planering", "Anmäld till MDK bröst 29/4. Genetisk vägledning erbjuds pga hereditet. Preoperativ anestesibedömning."),
  ])],
  [("NL101", "n1")], [],
  "Breast cancer in visible PAD/Bedömning while 'Pat är inte informerad om cancerdiagnosen ännu'; relatives' cancers are background.")

C("d139-21-brostsmarta-acs-kan-uteslutas-avskrevs", "skane", "1983-10-25", "741", "2024-06-17",
  [N("n1", "Melior", "Epikris", "sk_kard_malmo", "Oskar Lindahl", "läkare",
     "2024-06-14T13:30", "2024-06-14T14:50", "slutenvård", [
      ("Kontaktorsak", "Centralt tryck över bröstet i samband med löpning, inlagd via akuten 12/6."),
      ("Anamnes", "40-årig man, tidigare frisk och vältränad. Bröstsmärta i 30 min under joggingtur, ej strålande, släppte i vila. "
       "Förkyld för 2 v sedan."),
      ("Tidigare sjukdomar", "Inga kända. Handledsfraktur 2005."),
      ("Hereditet", "Far fick hjärtinfarkt vid 52 års ålder. Farbror plötslig död vid 48, trolig hjärtinfarkt enligt familjen."),
      ("Socialt", "Sambo, ett barn 3 år. Polis. Röker ej. Alkohol helger."),
      ("Status", "Opåverkad. BT 134/82, puls 58.\nCor: regelbunden rytm, inga blåsljud, inget gnidningsljud.\n"
       "Pulm: vesikulära andningsljud bilat.\nInga bensvullnader."),
      ("EKG", "Sinusrytm 58/min, normal axel, inga ST-förändringar, tidig repolarisation i V3–V4."),
      ("Lab", "hs-TnT 6 och 7 ng/l (0 och 3 tim). CRP <5. D-dimer 0,3. LDL 4,2."),
      ("Utredning", "Arbetsprov 13/6: 280 W, ingen ischemi, inga arytmier. DT kranskärl: inga signifikanta stenoser, kalkscore 0."),
      ("Bedömning", "Bröstsmärta av icke-kardiell genes. Akut koronart syndrom kan uteslutas med normala troponiner, normalt arbetsprov och DT kranskärl. "
       "Lungemboli avskrevs på normal D-dimer. Klinisk bild och EKG talar emot perikardit. "
       "Måttligt förhöjt LDL, inga stigmata för familjär hyperkolesterolemi."),
      ('Läkemedel', 'Inga stående läkemedel före inläggningen, inga nya.'),
      ('Riskfaktorer', 'BMI 24. Icke-rökare. Normalt blodtryck. HbA1c 34. Tränar 4–5 ggr/v.'),
      ('Omvårdnad', 'Mobiliserad direkt, inga symtom under vårdtiden. Telemetri utan arytmier.'),
      ('Sjukskrivning', 'Sjukskriven under vårdtiden, åter i tjänst på måndag.'),
      ('Diagnoser', 'R07.4 Bröstsmärta, ospecificerad\nE78.0 Ren hyperkolesterolemi'),
      ("Planering", "Utskrivs. Kostråd och nytt lipidstatus om 3 mån via VC Limhamn, statin vid kvarstående LDL över 3,5. Får återuppta träningen."),
      ("Information till patienten", "Pat informerad om de normala undersökningarna och om vad lipidvärdet innebär."),
  ])],
  [], [("NL102", "n1")],
  "Hard negative: 'kan uteslutas' (not 'kan ej uteslutas'), 'avskrevs', 'talar emot'; the only hedge on a disease is the uncle's 'trolig hjärtinfarkt'.")

C("d139-22-levercirros-ej-informerad-om-diagnos", "vgr", "1965-06-03", "852", "2024-04-12",
  [N("n1", "Melior", "Läkaranteckning", "vgr_gastro", "Annika Forsberg", "läkare",
     "2024-04-08T16:20", "2024-04-08T17:00", "öppenvård", [
      ("Kontaktorsak", "Sammanställning av utredning för förhöjda leverprover, inför återbesök."),
      ("Anamnes", "58-årig man, remitterad från VC Kortedala med ALAT 2–3 gånger över referens sedan 2021. "
       "Alkoholkonsumtion enligt pat 2–3 starköl/dag, PEth 1,2. Känd övervikt och typ 2-diabetes."),
      ("Tidigare sjukdomar", "Typ 2-diabetes, metformin och Ozempic. Hypertoni. Sömnapné. Ljumskbråck hö op 2019."),
      ("Socialt", "Gift, vuxna barn. Säljare med mycket resor och representation."),
      ("Utredning", "Hepatitserologi, autoantikroppar, ferritin och alfa-1-antitrypsin ua. Fibroscan 14/3: 21 kPa, CAP 340. "
       "UL buk: grovnodulär leverstruktur, mjälte 14 cm, ingen ascites. Gastroskopi 2/4: esofagusvaricer grad 1 utan röda tecken."),
      ("Lab", "ALAT 1,9, ASAT 2,4, GT 4,8, bilirubin 22, albumin 36, PK-INR 1,2, TPK 118."),
      ('Läkemedel', 'Metformin 1 g x 2, Ozempic 1 mg/v, Amlodipin 10 mg, Losartan 50 mg. Inga sömnmedel.'),
      ('Status', 'BMI 33. Ej ikterisk. Spindelnaevi på bröstet. Levern palperas 2 cm nedom arcus, fast i konsistensen. Mjälten ej palpabel. Inga ödem.'),
      ("Bedömning", "Kompenserad levercirros, Child-Pugh A5, av blandad genes (alkohol och MASLD). Små esofagusvaricer."),
      ("Information", "Pat är ej informerad om cirrosdiagnosen. Vid telefonkontakt 3/4 fick han endast veta att undersökningarna var klara. "
       "Han informeras vid besök 16/4 dit han ombetts ta med hustrun."),
      ('Alkohol', 'AUDIT 16. Pat medger att konsumtionen ökat sedan pandemin. Inga abstinenssymtom, ingen morgonsup.'),
      ('Diabetes', 'HbA1c 58. Ozempic sedan 2022 med viktnedgång 6 kg. Inga kända diabeteskomplikationer.'),
      ('Diagnos', 'K74.6 Levercirros\nI85.9 Esofagusvaricer'),
      ("Planering", "Propranolol övervägs. HCC-screening med UL var 6:e månad. Remiss till beroendemottagning erbjuds vid besöket. "
       "Vaccination mot hepatit A och B."),
  ])],
  [("NL101", "n1")], [],
  "Liver cirrhosis stands in visible Bedömning while 'Pat är ej informerad om cirrosdiagnosen'.")

C("d139-23-akut-brostsmarta-nstemi-kan-inte-uteslutas", "skane", "1950-12-09", "197", "2024-03-05",
  [N("n1", "Melior", "Akutanteckning", "sk_akut_hbg", "Linnea Bergkvist", "läkare",
     "2024-03-02T08:10", "2024-03-02T09:40", "öppenvård", [
      ("Kontaktorsak", "Bröstsmärta sedan i morse."),
      ("Anamnes", "73-årig kvinna som vaknade 05.30 av tryck över bröstet med utstrålning mot käken och illamående. "
       "Tog 2 Nitromex med viss lindring. Aldrig haft liknande. Ingen dyspné, ingen feber."),
      ("Tidigare sjukdomar", "Typ 2-diabetes. Hypertoni. Reumatoid artrit på metotrexat. Hysterektomi 1990."),
      ("Läkemedel", "Metformin 1 g x 2, Amlodipin 5 mg, Metotrexat 15 mg/v, Folsyra, Alendronat 70 mg/v."),
      ("Hereditet", "Bror hade kranskärlssjukdom och bypassopererades vid 60."),
      ("Socialt", "Gift, bor i Råå. Pensionerad sjuksköterska. Röker ej."),
      ("Status", "AT: lätt blek, ej dyspnoisk.\nBT 168/94 hö, 164/92 vä. Puls 86 regelbunden. SpO2 97 %.\n"
       "Cor: inga blåsljud.\nPulm: rena andningsljud.\nBuk mjuk och oöm. Inga ödem."),
      ("EKG", "Sinusrytm 84, ST-sänkning 1 mm V4–V6, ingen ST-höjning. Inget tidigare EKG för jämförelse."),
      ("Lab", "hs-TnT 38 och 61 ng/l efter 1 tim. Krea 76. Hb 131. CRP 4."),
      ("Bedömning", "Typisk ischemisk bröstsmärta med troponindynamik och ST-sänkning. NSTEMI kan inte uteslutas. "
       "Symmetriskt blodtryck och klinik talar emot aortadissektion."),
      ('Riskvärdering', 'GRACE-poäng 142. Måttlig blödningsrisk pga ålder, ingen tidigare blödning. Normal njurfunktion.'),
      ('Allergi', 'Inga kända läkemedelsallergier. Har fått jodkontrast vid tidigare DT utan reaktion.'),
      ("Åtgärd", "ASA 300 mg, Brilique 180 mg, Arixtra 2,5 mg sc. Nitroglycerininfusion pga kvarstående tryck. Metformin pausas inför angiografi."),
      ('Tidigare undersökningar', 'Arbetsprov 2019 inför knäoperation utan ischemi. Ingen tidigare UCG.'),
      ('Funktion', 'Går 3 km dagligen och klarar allt själv.'),
      ('Lipider', 'LDL 3,8 i fjol, ingen statinbehandling.'),
      ("Planering", "Inläggs HIA. Koronarangiografi imorgon. Ekokardiografi. Ny TnT om 3 tim."),
      ("Information", "Pat och make informerade om bedömningen och om att hjärtats kranskärl ska undersökas."),
  ])],
  [("NL102", "n1")], [],
  "Emergency chart: 'NSTEMI kan inte uteslutas' is a visible hedged diagnosis; the aortic dissection mention is negated.")

C("d139-24-njursvikt-dialys-informerad-tidigare", "vgr", "1957-04-16", "466", "2024-04-08",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_njur_sas", "Thomas Ivarsson", "läkare",
     "2024-04-04T09:00", "2024-04-04T10:35", "öppenvård", [
      ("Kontaktorsak", "Planerat återbesök, progressiv njursvikt inför dialysstart."),
      ("Anamnes", "66-årig kvinna med diabetesnefropati, eGFR 11 idag (14 i januari). Tröttare, klåda, nedsatt aptit. "
       "Diures ca 1,5 l/d. Ingen dyspné."),
      ("Tidigare sjukdomar", "Typ 2-diabetes sedan 1995 med retinopati och neuropati. Hypertoni. Ischemisk hjärtsjukdom, PCI 2018. "
       "Amputation vä dig II 2021."),
      ("Socialt", "Gift, bor i villa i Sandared. Maken är frisk och stöttande. Pensionerad kontorist."),
      ("Status", "Vikt 74 kg (+1). BT 152/84. Lätta ankelödem. Cor: regelbunden, systoliskt blåsljud 2/6. "
       "AV-fistel vä underarm med god thrill, mogen."),
      ("Lab", "Krea 412, urea 28, K 5,4, bikarbonat 18, Hb 98, fosfat 1,9, PTH 32."),
      ("Bedömning", "Kronisk njursjukdom stadium 5 med uremiska symtom. Dialysstart indicerad inom de närmaste veckorna. Renal anemi, behandlas med Aranesp."),
      ("Information till patienten", "Pat informerades om att hon nått dialysbehov vid besöket 12/3 och har sedan dess gått dialysskola. "
       "Idag repeterades informationen om hemodialys 3 ggr/v. Hon är väl införstådd och vill starta i april."),
      ('Läkemedel', 'Humalog Mix 25 x 2, Furix 80 mg x 2, Amlodipin 10 mg, Trombyl 75 mg, Atorvastatin 40 mg, Aranesp 40 mikrog/v, Renvela 800 mg x 3, Natriumbikarbonat 1 g x 3.'),
      ('Nutrition', 'Albumin 34. Dietist har gått igenom kalium- och fosfatrestriktion. Aptiten något sämre, vikten stabil.'),
      ('Dialysaccess', 'AV-fisteln anlagd 2023, flöde 920 ml/min på ultraljud i februari.'),
      ('Vaccinationer', 'Hepatit B-vaccination fullföljd inför dialys, anti-HBs 140.'),
      ('Diagnoser', 'N18.5 Kronisk njursjukdom stadium 5\nE11.2 Diabetes typ 2 med njurkomplikationer\nD63.8 Renal anemi'),
      ("Planering", "Hemodialysstart 22/4 på dialysavdelningen SÄS. Bikarbonattabletter höjda. Kaliumfattig kost, dietistkontakt. "
       "Transplantationsutredning tas upp i höst."),
  ])],
  [], [("NL101", "n1")],
  "CKD 5 and dialysis need were told to the patient at an earlier visit (12/3) and repeated today.")

C("d139-25-delirium-pneumoni-fragetecken", "vgr", "1934-03-03", "625", "2024-01-17",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_ger_molndal", "Jenny Axelsson", "läkare",
     "2024-01-15T17:35", "2024-01-15T19:05", "slutenvård", [
      ("Kontaktorsak", "Akut förvirring sedan igår, inlagd från akuten."),
      ("Anamnes", "89-årig kvinna som enl. dotter och hemtjänst normalt är orienterad och klarar ADL med hemtjänst 2 ggr/d. "
       "Sedan igår förvirrad och plockig, vill inte äta. Hosta i 3 dagar, inga frossbrytningar. Föll igår utan skada enligt hemtjänsten."),
      ("Tidigare sjukdomar", "HFpEF. Förmaksflimmer, Eliquis. Hypotyreos. Makuladegeneration med kraftigt nedsatt syn. Höftfraktur vä 2019."),
      ("Läkemedel", "Eliquis 2,5 mg x 2, Levaxin 75 mikrog, Furix 20 mg, Oxascand 5 mg tn vid behov (uthämtat ofta senaste månaden)."),
      ("Socialt", "Änka, bor i lägenhet i Kållered. Dotter i Mölndal."),
      ("Status", "Temp 37,9, puls 96 oregelbunden, BT 118/64, AF 24, SpO2 91 %.\n"
       "Vaken men ouppmärksam, desorienterad till tid och rum, fluktuerande.\nCor: oregelbunden, inga blåsljud.\n"
       "Pulm: krepitationer hö basalt.\nBuk mjuk.\nInga fokala neurologiska bortfall."),
      ("Lab", "CRP 87, LPK 11,9, Na 131, krea 98, glukos 7,2. U-sticka: leukocyter 1+, nitrit neg."),
      ("Bedömning", "Delirium. Pneumoni hö? Bensodiazepin kan bidra. Lätt hyponatremi."),
      ("Åtgärd", "Rtg pulm beställd. Blododling x 2 och urinodling. Inj Bensylpenicillin 3 g x 3 efter odlingar. Oxascand utsatt. "
       "NaCl 1000 ml långsamt iv. Deliriumomvårdnad: lugn miljö, glasögon, dottern välkommen."),
      ('Läkemedelsgenomgång', 'Apoteksuttag visar ökande bensodiazepinanvändning senaste månaden. Antikoagulationen behålls trots fallet, blödningsrisken bedöms acceptabel.'),
      ('Funktion', 'Före insjuknandet gick hon med rollator inomhus, hemtjänsten hjälper med dusch och måltider. Kontinent.'),
      ('Lab forts.', 'TSH 2,4, B12 normalt, Ca 2,31, hs-TnT 19.'),
      ('Omvårdnad', 'Risk för trycksår enligt Norton, vändschema nattetid. Vätskelista.'),
      ('Hjälpmedel', 'Rollator, trygghetslarm och förhöjd toalettstol i hemmet.'),
      ("Planering", "4AT varje pass. Nytt Na i morgon. Bedömning av fysioterapeut och arbetsterapeut."),
  ])],
  [("NL102", "n1")], [],
  "Geriatric admission: the question-mark hedge 'Pneumoni hö?' stands among settled diagnoses in visible Bedömning.")

C("d139-26-eips-diagnos-given-foraldrar-ej-informerade", "skane", "1999-09-09", "788", "2024-06-04",
  [N("n1", "Melior", "Epikris", "sk_psyk_hbg", "Johanna Kjellberg", "läkare",
     "2024-05-31T10:45", "2024-05-31T13:20", "slutenvård", [
      ("Kontaktorsak", "Vårdad frivilligt 14/5–31/5 efter intox med paracetamol."),
      ("Anamnes", "24-årig kvinna, student. Tog 40 tabletter paracetamol efter gräl med partnern och ringde själv 112. "
       "Behandlad med acetylcystein på medicinakuten, leverpåverkan övergående. "
       "Självskadehandlingar med skärsår sedan 15 års ålder, två tidigare intoxer."),
      ("Tidigare sjukdomar", "Astma. Polycystiskt ovariesyndrom."),
      ("Utredning under vårdtiden", "SCID-II och strukturerad intervju genomförda av psykolog Anna Möller. "
       "Mönster av instabila relationer, impulsivitet, kronisk tomhetskänsla, återkommande självskada och affektiv instabilitet sedan tonåren."),
      ("Psykiskt status vid utskrivning", "Vaken, orienterad, god kontakt. Neutral grundstämning. Inga psykotiska symtom. "
       "Tar avstånd från suicidtankar, har krisplan."),
      ("Bedömning", "Emotionellt instabil personlighetsstörning, F60.3, ställd efter fullständig utredning."),
      ("Information till patienten", "Diagnosen och bakgrunden till den har gåtts igenom med patienten vid två samtal, senast 30/5, "
       "och hon känner igen sig i den. Föräldrarna har ej informerats om diagnosen på pat:s uttryckliga begäran."),
      ('Läkemedel vid utskrivning', 'Inga psykofarmaka. Salbutamol vid behov. P-piller fortsätter.'),
      ('Somatiskt', 'Leverprover normaliserade 20/5, INR 1,0. Ingen kvarstående leverpåverkan.'),
      ('Sysselsättning', 'Läser socionomprogrammet i Lund och har sökt studieuppehåll för hösten.'),
      ('Krisplan', 'Varningstecken: isolering, sömnlöshet, tankar på att skada sig. Strategier: ringa en vän, gå ut och gå, kontakta mottagningen eller 1177. Vid akut läge 112 eller psykiatriska akutmottagningen i Helsingborg.'),
      ('Suicidriskbedömning', 'Förhöjd kronisk risk pga upprepade intoxer, akut risk bedöms låg vid utskrivningen.'),
      ('Boende', 'Bor i studentlägenhet i Lund och har en nära vän som hon litar på. Föräldrarna bor i Ängelholm.'),
      ('Diagnoser', 'F60.3 Emotionellt instabil personlighetsstörning\nT39.1 Förgiftning med paracetamol\nX60 Avsiktlig självförgiftning'),
      ("Planering", "DBT-program vid vuxenpsykiatrin Helsingborg med start i augusti, fram till dess stödsamtal varannan vecka med kontaktperson. "
       "Inga psykofarmaka. Paracetamol förskrivs ej. Krisplan medskickad."),
  ])],
  [], [("NL101", "n1")],
  "Personality-disorder diagnosis explained to the patient; only her parents are not informed, at her own request.")

C("d139-27-hcm-bekraftad-tidigare-misstankt", "vgr", "1975-01-31", "332", "2024-03-28",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_kard_udd", "Patrik Hedlund", "läkare",
     "2024-03-25T14:15", "2024-03-25T15:30", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter MR hjärta."),
      ("Anamnes", "49-årig man som remitterades efter EKG med uttalade repolarisationsförändringar vid hälsokontroll. "
       "Lätt ansträngningsdyspné i backar, inga synkopen, inga palpitationer."),
      ("Tidigare sjukdomar", "Hypertoni sedan 5 år, välbehandlad. Njursten 2016."),
      ("Hereditet", "Far dog plötsligt vid 55 års ålder, obducerades inte. Två syskon friska, ej undersökta."),
      ("Socialt", "Gift, två barn 10 och 17 år. Gymnasielärare. Spelar innebandy i korpen."),
      ("Status", "BT 128/78, puls 62. Cor: systoliskt ejektionsblåsljud 2/6 vid vä sternalrand som ökar vid Valsalva. Pulm ua."),
      ("Undersökningar", "UCG: septum 21 mm, LVOT-gradient 18 mmHg i vila och 54 mmHg vid Valsalva, EF 65 %. "
       "MR hjärta 20/3: asymmetrisk septal hypertrofi 22 mm, fläckvis LGE i septum. Holter 48 tim: enstaka VES, ingen VT."),
      ("Bedömning", "Den hypertrofiska kardiomyopati som misstänktes efter UCG i februari är nu bekräftad på MR: obstruktiv HCM. "
       "Beräknad 5-årsrisk för plötslig död 3,1 %, primärpreventiv ICD inte indicerad i nuläget."),
      ('EKG', 'Sinusrytm 60/min, vänsterkammarhypertrofi med djupa T-inversioner i V2–V6.'),
      ('Läkemedel', 'Enalapril 10 mg sätts ut då vasodilatation kan förvärra obstruktionen.'),
      ("Åtgärd", "Bisoprolol 2,5 mg insätts. Remiss klinisk genetik Sahlgrenska. Kaskadscreening av syskon och barn efter genetiksvar."),
      ("Information till patienten", "Pat informerad om diagnosen HCM, ärftlighet och att tävlingsidrott avråds. Får ta med frågor till genetisk vägledning."),
      ('Körkort och arbete', 'Inga begränsningar för privat körkort. Kan arbeta som vanligt.'),
      ('Lab', 'NT-proBNP 420, hs-TnT 9, krea 84, Hb 148.'),
      ('Livsstil', 'Måttlig motion uppmuntras, tävlingsinnebandyn avstås.'),
      ('Diagnoser', 'I42.1 Obstruktiv hypertrofisk kardiomyopati\nI10 Essentiell hypertoni'),
      ("Planering", "Återbesök om 6 mån med Holter och UCG."),
  ])],
  [], [("NL102", "n1")],
  "Hard negative: a once-suspected cardiomyopathy is now confirmed on MR; the word 'misstänktes' refers to the past, the diagnosis stands settled.")

C("d139-28-hiv-konfirmerat-ej-informerad", "skane", "1987-03-26", "954", "2024-06-13",
  [N("n1", "Melior", "Läkaranteckning", "sk_inf_malmo", "Sofia Gren", "läkare",
     "2024-06-11T16:05", "2024-06-11T17:10", "slutenvård", [
      ("Kontaktorsak", "Överflyttad från medicinkliniken Trelleborg 6/6 pga långdragen feber och lymfadenopati."),
      ("Anamnes", "37-årig man med 3 v feber, halsont, utslag på bålen och diarré. Svettningar och viktnedgång 4 kg. "
       "Berättar om oskyddat sex med ny partner i april."),
      ("Tidigare sjukdomar", "Syfilis 2019, behandlad med bensatinpenicillin. Astma. Allergisk rinit."),
      ("Socialt", "Ensamstående, kock i Malmö. Röker 5 cig/d. Inga droger."),
      ("Status", "Temp 38,4. Makulopapulöst exantem på bålen. Generell lymfadenopati med körtlar 1–2 cm på hals och i axiller. "
       "Aftösa sår i munnen. Lätt förstorad lever."),
      ("Lab", "LPK 3,1, lymfocyter 0,6, TPK 98, ALAT 2,8, CRP 34."),
      ("Provsvar", "HIV Ag/Ak positivt 7/6, konfirmerat med immunoblot 10/6. HIV-RNA 2,4 milj kopior/ml. CD4 320. "
       "Syfilisserologi oförändrad jämfört med 2019."),
      ("Bedömning", "Akut HIV-1-infektion (primärinfektion). Behandlingsindikation föreligger."),
      ("Information", "Pat har ännu inte informerats om HIV-diagnosen. Han har bett att få alla provsvar samlat och med kurator närvarande. "
       "Besked ges av undertecknad i morgon förmiddag 12/6 när kurator är på plats, smittspårning inleds därefter."),
      ('Läkemedel', 'Inga stående läkemedel före inläggningen. Aerius vid behov. Paracetamol 1 g x 3 vid feber.'),
      ('Omvårdnad', 'Enkelrum. Äter dåligt pga munsår, näringsdrycker 2/d. Sover oroligt.'),
      ('Riskfaktorer', 'Oskyddade sexuella kontakter med män, ingen PrEP. Inget injektionsmissbruk.'),
      ('Hygien', 'Ingen isolering krävs, standardvårdrutiner.'),
      ('Kurator', 'Kurator Nina Strand bokad till beskedsamtalet och känner till ärendet.'),
      ('Lab forts.', 'Anti-HBs negativt, hepatit B-vaccination planeras. Krea 88.'),
      ('Diagnos', 'B23.0 Akut HIV-infektionssyndrom\nR50.9 Feber'),
      ("Planering", "Resistensbestämning och HLA-B*5701 skickade. ART-start samma vecka som beskedet. Smittskyddsanmälan. Hepatitserologi kompletteras."),
  ])],
  [("NL101", "n1")], [],
  "Confirmed HIV infection in visible Bedömning; the note says the patient has not yet been informed.")

C("d139-29-pmo-hembesok-trolig-demens-misstankt-trycksar", "skane", "1929-06-30", "842", "2024-05-24",
  [N("n1", "PMO", "Läkaranteckning hembesök", "sk_hsv_eslov", "Anders Fransson", "läkare",
     "2024-05-21T13:30", "2024-05-21T16:45", "öppenvård", [
      ("Kontaktorsak", "Hembesök på begäran av distriktssköterskan pga viktnedgång och ökad förvirring."),
      ("Anamnes", "94-årig man inskriven i hemsjukvården sedan 2022. Hustrun (88) sköter hemmet med hemtjänst 4 ggr/d. "
       "Senaste 3 mån tilltagande glömska, går vilse i lägenheten och har två gånger försökt laga mat nattetid. "
       "Äter sämre, vikt 58 kg (64 kg i januari)."),
      ("Tidigare sjukdomar", "Hjärtsvikt. KOL. Förmaksflimmer på Eliquis. Prostatacancer, hormonbehandlad sedan 2015. Glaukom."),
      ("Läkemedel", "Eliquis 2,5 mg x 2, Furix 40 mg, Spiriva, Zoladex var 3:e mån, Xalatan."),
      ("Status", "Tunn, lätt blek. Orienterad till person men inte till tid. MMSE 18/30. BT 110/62. Cor oregelbunden 72/min. "
       "Pulm: förlängt exspirium. Hud: rodnad 3x3 cm över sacrum som inte bleknar vid tryck. Hälarna ua."),
      ("Lab", "Tagna av dsk i går: Hb 108, Na 136, krea 121, albumin 31, TSH normalt, B12 ua, PSA 0,4."),
      ("Bedömning", "Trolig demenssjukdom, sannolikt blandform. Misstänkt trycksår kategori 1 sacrum. Nedsatt nutrition. Prostatacancern stabil."),
      ("Åtgärd", "Remiss arbetsterapeut och dietist. Tryckavlastande madrass beställd. Näringsdryck 2 ggr/d. Furix minskas till 20 mg. "
       "Vändschema nattetid diskuteras med hemtjänsten."),
      ('Funktion', 'Hustrun hjälper med påklädning, hemtjänsten duschar honom 2 ggr/v. Går med rollator inomhus. Urininkontinens nattetid.'),
      ('Socialt', 'Bor med hustrun i lägenhet på andra våningen utan hiss i Eslöv. Sonen bor i Lund och kommer varje helg.'),
      ('Nutrition', 'MNA 17 p. Äter frukost och middag men hoppar ofta över lunch. Dricker lite.'),
      ('Läkemedelsgenomgång', 'Inga lugnande eller sömnmedel. Furix minskas pga lågt BT och viktnedgång.'),
      ("Planering", "DT hjärna bedöms inte meningsfull. Anhörigsamtal med hustru och son om framtida boende. Nytt hembesök om 4 v."),
  ])],
  [], [("NL102", "n1")],
  "PMO home-care physician note with trolig demens and misstänkt trycksår; PMO does not show diagnoses.")

C("d139-30-pankreascancer-ska-ej-fa-besked-forran", "vgr", "1951-08-18", "211", "2024-08-27",
  [N("n1", "Melior", "Daganteckning", "vgr_kir_skovde", "Elin Carlsson", "läkare",
     "2024-08-23T15:30", "2024-08-23T16:50", "slutenvård", [
      ("Kontaktorsak", "Inlagd 20/8 pga ikterus och klåda."),
      ("Anamnes", "73-årig kvinna med 3 v smärtfri ikterus, mörk urin och ljus avföring. Viktnedgång 5 kg. Diabetes nydebuterad i maj."),
      ("Tidigare sjukdomar", "Hypertoni. Osteoporos. Typ 2-diabetes sedan maj 2024, metformin. Tonsillektomi."),
      ("Socialt", "Gift, bor i Skövde. Tre barn. Pensionerad lantbrukare."),
      ("Status", "Ikterisk. Buk mjuk med palpabel oöm gallblåsa. Ingen ascites."),
      ("Lab", "Bilirubin 212, ALP 9,8, ALAT 3,1, CA 19-9 1840, Hb 124, PK 1,1."),
      ("Röntgen", "DT buk och thorax 21/8: 3,5 cm tumör i pankreashuvudet med inväxt i v. mesenterica superior, dilaterade gallvägar, "
       "två levermetastaser 12 och 18 mm i segment 6 och 7. Lungorna ua."),
      ("ERCP", "22/8 med plaststent och gott avflöde. Borstcytologi: adenocarcinom."),
      ("Bedömning", "Pankreascancer med levermetastaser, ej resektabel. Gallstasen avlastad."),
      ("Information", "Pat informerades av ssk om att ERCP gått bra. Hon har inte informerats om cancerdiagnosen eller metastaserna "
       "och ska inte få beskedet förrän dr Ahlberg träffar henne och maken torsdag 29/8, vilket de båda bett om."),
      ('Läkemedel', 'Metformin pausat pga jodkontrast och ERCP. Amlodipin 5 mg, Alendronat 70 mg/v. Nytt: Creon 25 000 E till måltid, Insulatard 8 E till natten, Alvedon 1 g x 3.'),
      ('Omvårdnad', 'Klådan lindrad efter ERCP. Äter småportioner. Mobiliserar själv.'),
      ('Lab forts.', 'Bilirubin 212 → 140 två dagar efter ERCP. Krea 71.'),
      ('Funktion', 'WHO PS 1 före insjuknandet. Går med käpp utomhus.'),
      ('Nutrition', 'Vikt 58 kg, dietist kopplad.'),
      ('Diagnoser', 'C25.0 Malign tumör i pankreashuvudet\nC78.7 Levermetastaser\nK83.1 Gallgångsobstruktion'),
      ("Planering", "MDK 28/8. Remiss onkologen för palliativ cytostatika. Bilirubin varannan dag. Pankreasenzymer insatta."),
  ])],
  [("NL101", "n1")], [],
  "Pancreatic cancer with liver metastases in visible sections; the text says she must not get the news before the doctor's visit.")

# ---------------------------------------------------------------- part 2
C("d139-31-endokrin-hyperkalcemi-bild-som-vid-phpt", "skane", "1962-02-11", "504", "2024-09-13",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_endo_malmo", "Karl-Johan Friberg", "läkare",
     "2024-09-10T10:00", "2024-09-10T11:35", "öppenvård", [
      ("Kontaktorsak", "Nybesök, remiss från VC Oxie pga hyperkalcemi upptäckt vid hälsokontroll."),
      ("Anamnes", "62-årig kvinna. Joniserat Ca 1,42 vid två tillfällen, PTH 9,8 (ref 1,6–6,9). Trött sedan ett år, lätt nedstämd, ökad törst. "
       "Njurstensanfall hö 2021 med spontanavgång. Inga frakturer. Inga tiazider, inget litium, inga kalktabletter."),
      ("Tidigare sjukdomar", "Hypertoni. Astma, välkontrollerad. Hysterektomi 2010. Depression 2015, sertralin i ett år."),
      ("Läkemedel", "Losartan 50 mg x 1, Flutiform 2 inh x 2. D-vitamin 800 IE som egenvård, utsatt inför utredningen."),
      ("Hereditet", "Ingen känd kalciumrubbning i släkten. Fadern hade njursten."),
      ("Socialt", "Gift, två vuxna barn. Ekonom på kommunen. Icke-rökare, alkohol sparsamt."),
      ("Status", "BT 146/88, puls 70 regelbunden, vikt 72 kg. Tyreoidea utan palpabel resistens. Hjärta och lungor ua."),
      ("Lab", "Joniserat Ca 1,44, albumin 41, fosfat 0,71, PTH 10,2, 25-OH-vitamin D 52, krea 78, eGFR 71, ALP 1,3. dU-kalcium 7,8 mmol/d."),
      ("Röntgen", "UL hals: 12 mm hypoekogen förändring dorsalt om vä tyreoidealob. DXA: T-score -2,1 i radius och -1,4 i ländrygg."),
      ("Bedömning", "PTH-beroende hyperkalcemi med lågt fosfat, bild som vid primär hyperparatyreoidism med adenom i vä nedre bisköld enligt UL. "
       "Hypertonin otillräckligt behandlad."),
      ("Åtgärd", "Remiss sestamibiscint och 4D-DT hals. Remiss för endokrinkirurgisk bedömning. Losartan höjs till 100 mg."),
      ('Funktion', 'Arbetar heltid och cyklar till jobbet. Inga frakturer.'),
      ('Kost', 'Dricker 1,5 l/d. Normalt kalciumintag via mejeriprodukter.'),
      ("Planering", "Återbesök efter scint om ca 6 v. Ca och krea var 3:e mån tills vidare. Riklig vätska."),
      ("Information till patienten", "Pat informerad om undersökningarna och om att operation kan bli aktuell. Skriftlig information om kalkrika livsmedel lämnad."),
  ])],
  [("NL102", "n1")], [],
  "Endocrine outpatient note: 'bild som vid primär hyperparatyreoidism' is a hedged diagnosis in visible Bedömning.")

C("d139-32-blascancer-telefonbesked-remiss-ej-meddelad", "vgr", "1948-07-02", "359", "2024-04-09",
  [N("n1", "Melior", "Läkaranteckning", "vgr_uro", "Stefan Bergman", "läkare",
     "2024-04-04T13:20", "2024-04-04T14:05", "öppenvård", [
      ("Kontaktorsak", "Telefonkontakt för besked om PAD efter TURB 14/3, enligt överenskommelse med pat."),
      ("Bakgrund", "75-årig man med makroskopisk hematuri i januari. Cystoskopi 2/2 visade 3 cm papillär tumör vid vä uretärmynning. "
       "DT-urografi utan förändringar i övre urinvägarna, inga förstorade körtlar. TURB 14/3 med makroskopiskt komplett resektion."),
      ("Tidigare sjukdomar", "KOL, Anoro. Hypertoni. Hjärtinfarkt 2012 med PCI. Rökare 45 paketår, slutade 2020."),
      ("Socialt", "Bor med hustrun i Lerum. Pensionerad målare, exponerad för lösningsmedel i yrket."),
      ("PAD", "Papillärt urotelialt carcinom, höggradigt, pT1. Muskel finns i preparatet och är inte infiltrerad. Ingen CIS."),
      ("Bedömning", "Högrisk icke-muskelinvasiv blåscancer. Enligt vårdprogram re-TURB inom 6 v följt av BCG-instillationer."),
      ("Telefonsamtal", "Pat nås på mobilen kl 13.20, hustrun lyssnar på högtalare. "
       "Pat informerad om PAD-svaret: cancer i blåsans slemhinna som inte växt ut i muskeln, samt om planen med ny resektion och BCG. "
       "Han uppfattar informationen väl, frågor om BCG besvaras. Skriftlig information skickas hem."),
      ("Åtgärd", "Re-TURB bokas v 17. Remiss till uroterapeut för BCG-start skickad; pat är ännu inte underrättad om att remissen gått iväg men vet att kallelse kommer."),
      ("Läkemedel", "Anoro Ellipta 1 inh x 1, Trombyl 75 mg, Atorvastatin 40 mg, Ramipril 5 mg. Trombyl behålls inför re-TURB efter samråd med kardiolog."),
      ('Status vid TURB', 'Opåverkad. Buk mjuk. Rektalpalpation: mjuk, oöm prostata.'),
      ('Lab', 'Krea 96, Hb 138, urinodling negativ.'),
      ('Rökning', 'Rökfri sedan 2020, snusar inte.'),
      ("Planering", "Cystoskopikontroller enligt vårdprogram. Fortsatt rökfrihet uppmuntras. Kontaktsjuksköterska Maria nås via 1177."),
      ("Diagnos", "C67.6 Blåscancer vid uretärmynningen"),
  ])],
  [], [("NL101", "n1")],
  "Bladder cancer was told by phone in this very note; what he has not been told is only that the referral has been sent.")

C("d139-33-geriatrik-dyspne-avskrivs-typo-missanke", "vgr", "1938-05-15", "620", "2024-03-22",
  [N("n1", "Melior", "Epikris", "vgr_ger_kungalv", "Ingrid Westerberg", "läkare",
     "2024-03-19T11:25", "2024-03-19T13:10", "slutenvård", [
      ("Kontaktorsak", "Inlagd 11/3 pga andfåddhet, svullet vä ben och allmän svaghet."),
      ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes, kostbehandlad. Artros hö höft, THA 2016. Lätt kognitiv svikt utan demensdiagnos. "
       "Bröstcancer vä 1999, opererad, inget recidiv."),
      ("Socialt", "Änka, bor ensam i lägenhet på Ytterby. Hemtjänst 2 ggr/d. Dottern i Kungälv handlar och sköter ekonomin. Går med rollator."),
      ("Vårdförlopp", "Vid ankomst SpO2 92 %, puls 98, afebril. D-dimer 2,1, DT lungartärer 12/3 utan emboli, lätt emfysem basalt. "
       "UL vä ben 12/3: ingen DVT, däremot en rupturerad Bakercysta i vä knäveck. NT-proBNP 310 och normal EF på UCG. "
       "Normocytär anemi Hb 102 med normalt järnstatus men lågt B12 (140), substitution påbörjad. "
       "Andfåddheten förbättrades med mobilisering och andningsgymnastik, benet avsvällt med kompression och högläge."),
      ("Status vid utskrivning", "Pigg, orienterad. SpO2 95 % på luft. Cor regelbunden 76/min, inga blåsljud. Pulm: vesikulärt, inga rassel. "
       "Vä vad 2 cm större än hö, mjuk och oöm."),
      ("Lab vid utskrivning", "Hb 108, CRP 6, krea 82, Na 139, K 4,3, TSH 2,1."),
      ("Bedömning", "Dyspné utan påvisbar kardiell eller tromboembolisk orsak, lungemboli avskrivs efter DT. DVT uteslöts med UL. "
       "Inga tecken på hjärtsvikt. Rupturerad Bakercysta vä knä. B12-brist. "
       "Ingen missanke om malignitet, anemin förklaras av B12-bristen. Nedsatt kondition efter vinterns inaktivitet."),
      ("Läkemedel", "Nytt: Betolvex 1 mg x 1. Alvedon 1 g x 3 vid behov. Övrigt oförändrat."),
      ("Planering", "Förväntas förbättras ytterligare med träning, fysioterapeut i hemmet via kommunen. Hb och B12 om 2 mån via VC Ytterby. "
       "Ev. ny rtg knä om svullnaden inte gått ner på 4 v."),
      ("Information till patienten", "Pat och dotter informerade om undersökningsresultaten och om att blodpropp inte påvisats."),
  ])],
  [], [("NL102", "n1")],
  "Typo case ('Ingen missanke om malignitet'): every suspected disease is ruled out (avskrivs, uteslöts, inga tecken på); only a plan is hedged.")

C("d139-34-al-amyloidos-ej-underattad-typo", "skane", "1956-10-30", "748", "2024-10-04",
  [N("n1", "Melior", "Läkaranteckning", "sk_njur_malmo", "Emma Lindroth", "läkare",
     "2024-10-02T14:40", "2024-10-02T15:30", "slutenvård", [
      ("Kontaktorsak", "Inneliggande avd 14 med nefrotiskt syndrom. Svar på njurbiopsi."),
      ("Anamnes", "67-årig man inlagd 24/9 med bensvullnad sedan 2 mån, viktuppgång 9 kg och skummande urin. "
       "U-albumin/krea 480, S-albumin 19. Tunga ben och trötthet. Ingen hematuri."),
      ("Tidigare sjukdomar", "Karpaltunnelsyndrom bilat, opererat 2021 och 2022. Hypertoni. Förstorad tunga noterad av tandläkare i fjol."),
      ("Läkemedel", "Enalapril 10 mg, Furix 40 mg x 2 (insatt 24/9), Fragmin 5000 E som profylax."),
      ("Socialt", "Gift, bor i Staffanstorp. Pensionerad tekniker. Ingen alkohol."),
      ("Status", "Pittingödem till ljumskarna bilat. Makroglossi med tandavtryck i tungkanten. BT 108/66 liggande, 92/60 stående. Cor regelbunden, inga blåsljud."),
      ("Lab", "Krea 132, albumin 19, kolesterol 9,4, fria lätta kedjor lambda 412 mg/l med kvot 0,04. NT-proBNP 2800, hs-TnT 48. "
       "Elfores: liten M-komponent IgG lambda."),
      ("PAD njurbiopsi", "Kongorödpositiva amyloidinlagringar i glomeruli och kärl. Typning med masspektrometri: AL-lambda."),
      ("Bedömning", "AL-amyloidos lambda med nefrotiskt syndrom. Hjärtmarkörer och ortostatism gör att hjärtat måste kartläggas."),
      ("Information", "Pat är inte underättad om biopsisvaret ännu. Hematolog från Lund och undertecknad ger beskedet gemensamt 4/10 när hustrun kan vara med."),
      ('Vätskelista', 'Diures 1,8 l/dygn på furosemid. Vikt 91,2 kg, minskat 2 kg sedan inskrivningen.'),
      ('Omvårdnad', 'Högläge och kompressionsstrumpor klass 1. Ingen trycksårsrisk enligt bedömning.'),
      ('Tidigare undersökningar', 'Tandläkaren noterade makroglossi 2023 och remitterade till VC, ingen uppföljning gjordes.'),
      ('Lab forts.', 'Hb 128, TPK 240, PK 1,0, ALP 1,9.'),
      ('Funktion', 'WHO PS 2, går korta sträckor.'),
      ("Planering", "Hjärt-MR och UCG med strain. Benmärgsprov. Hematologkonsult för ställningstagande till behandling. Diuretika justeras efter daglig vikt."),
      ("Diagnoser", "E85.8 AL-amyloidos\nN04.9 Nefrotiskt syndrom"),
  ])],
  [("NL101", "n1")], [],
  "Typo case ('inte underättad'): AL amyloidosis stands in visible PAD/Bedömning/Diagnoser and the patient has not been told.")

C("d139-35-epikris-ileit-talar-for-crohn", "vgr", "2000-12-02", "438", "2024-07-15",
  [N("n1", "Melior", "Epikris", "vgr_med_skovde", "Viktor Sandberg", "läkare",
     "2024-07-12T13:15", "2024-07-12T14:40", "slutenvård", [
      ("Kontaktorsak", "Inlagd 5/7 pga buksmärtor, diarré och feber."),
      ("Anamnes", "23-årig kvinna med 4 mån intermittenta buksmärtor i hö fossa, 4–6 lösa avföringar/d och viktnedgång 6 kg. "
       "Feber till 38,5 i 3 d före inläggning. Perianal smärta sedan 2 v. Munsår emellanåt."),
      ("Tidigare sjukdomar", "Astma i barndomen. Järnbrist 2022, tablettbehandlad. Inga operationer."),
      ("Hereditet", "Farbror har ulcerös kolit."),
      ("Socialt", "Sjuksköterskestudent i Skövde, bor med pojkvän. Röker 5–8 cig/d. Ingen alkohol att tala om."),
      ("Vårdförlopp", "F-kalprotektin 1850. Faecesodling, Clostridioides difficile och parasiter negativa. "
       "DT buk 6/7: väggförtjockning av terminala ileum över 15 cm med omgivande fettsträngar, ingen abscess, ingen fistel. "
       "Ileokoloskopi 9/7: aftösa sår och kullerstensbild utan stenos i terminala ileum, kolon normalt, biopsier tagna. "
       "Solu-Cortef iv, därefter Prednisolon 40 mg. Feberfri från dag 2, nu 2 formade avföringar per dag."),
      ("Status vid utskrivning", "Opåverkad. Buk mjuk, lätt öm hö fossa. Perianalt liten hudflik kl 6, ingen abscess."),
      ("Lab", "CRP 88 → 14. Hb 109, ferritin 8, albumin 31, B12 ua."),
      ("Bedömning", "Inflammation i terminala ileum. Klinik, DT och endoskopisk bild talar för Crohns sjukdom, PAD avvaktas. Järnbristanemi."),
      ("Läkemedel", "Prednisolon 40 mg med nedtrappning 5 mg/v, Omeprazol 20 mg under kortisonbehandlingen, Calcichew D3 x 2. Ferinject 1 g givet 11/7."),
      ('Vaccinationer', 'Varicella- och hepatitstatus kontrolleras inför immunmodulerande behandling.'),
      ('Sjukskrivning', 'Studierna har sommaruppehåll, intyg inte aktuellt.'),
      ("Planering", "MR tunntarm polikliniskt. Återbesök IBD-mottagningen om 3 v. TPMT-genotyp och serologier inför eventuell tiopurin. "
       "Rökstopp starkt rekommenderat, remiss till tobaksavvänjning."),
      ("Information till patienten", "Pat informerad om fynden och kortisonschemat. IBD-sköterskan Lisa har träffat henne."),
  ])],
  [("NL102", "n1")], [],
  "Medical epikris: 'talar för Crohns sjukdom, PAD avvaktas' is a hedged diagnosis of the patient; the uncle's colitis is background.")

C("d139-36-npf-aterkoppling-arbetsgivare-ej-informerad", "skane", "1991-03-05", "892", "2024-10-18",
  [N("n1", "Melior", "Läkaranteckning", "sk_psyk_lund", "Fredrika Holmberg", "läkare",
     "2024-10-15T09:00", "2024-10-15T11:20", "öppenvård", [
      ("Kontaktorsak", "Återkopplingssamtal efter neuropsykiatrisk utredning, tillsammans med psykolog Emma Lind."),
      ("Bakgrund", "33-årig man, egen vårdbegäran 2023 pga koncentrationssvårigheter, upprepade sjukskrivningar och svårt att behålla arbeten. "
       "Utredningen omfattade anamnes med modern, DIVA 2.0, ADOS-2, WAIS-IV, skattningsskalor och arbetsterapeutisk bedömning av vardagsfunktion."),
      ("Tidigare sjukdomar", "Depressiv episod 2019 behandlad med sertralin. Cannabisbruk 18–24 år, avhållsam sedan dess. Inga somatiska sjukdomar."),
      ("Resultat", "WAIS-IV: GIQ 112 med ojämn profil och lågt arbetsminnesindex. ADOS-2 över cut-off för autism. "
       "DIVA: 8/9 uppmärksamhetskriterier och 6/9 för hyperaktivitet/impulsivitet, både i barndom och vuxen ålder. Modern bekräftar svårigheter sedan förskolan."),
      ("Bedömning", "ADHD, kombinerad form (F90.0), samt autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.5). "
       "Kriterierna är uppfyllda med tydlig funktionspåverkan i flera miljöer."),
      ("Information till patienten", "Diagnoserna gicks idag igenom utförligt med patienten, som beskriver lättnad och känner igen sig. Skriftlig sammanfattning överlämnad. "
       "Arbetsgivaren ska inte informeras i nuläget enligt pat:s önskan, och Försäkringskassan har inte heller informerats; pat tar själv ställning inför ansökan om aktivitetsstöd."),
      ("Åtgärd", "BT 128/80, puls 72, vikt 78 kg, EKG ua inför farmakologisk behandling. Elvanse 30 mg insätts med upptitrering. "
       "Remiss till arbetsterapeut för hjälpmedel och struktur i vardagen."),
      ("Socialt", "Bor ensam i Lund. Timanställd på lager, sjukskriven 50 % sedan augusti. Alkohol några gånger i månaden."),
      ('Psykiskt status', 'Vaken, klar, god kontakt, något stel mimik. Neutral stämning. Inga psykotiska symtom, inga suicidtankar.'),
      ('Skattningar', 'ASRS del A 5/6. AQ 34. MADRS-S 12. AUDIT 6.'),
      ('Diagnoser', 'F90.0 ADHD, kombinerad form\nF84.5 Aspergers syndrom'),
      ("Planering", "Läkarbesök om 4 v för dosjustering. Psykoedukativ gruppbehandling ADHD/autism till våren. Uppföljning av alkohol- och drogvanor."),
  ])],
  [], [("NL101", "n1")],
  "Neuropsychiatric diagnoses explained to the patient today; only the employer and Försäkringskassan are not informed.")

C("d139-37-psyk-nybesok-fragestallning-adhd", "vgr", "1998-11-20", "573", "2024-02-12",
  [N("n1", "Melior", "Nybesök läkare", "vgr_psyk_mott_boras", "Rasmus Öberg", "läkare",
     "2024-02-08T13:00", "2024-02-08T14:45", "öppenvård", [
      ("Kontaktorsak", "Remiss från VC Sjöbo med frågeställning ADHD hos kvinna med återkommande depressioner."),
      ("Anamnes", "25-årig kvinna som sedan skolåren haft svårt med planering och att slutföra uppgifter. Har hoppat av två högskoleutbildningar. "
       "Beskriver rastlöshet, impulsköp och att hon tappar bort saker dagligen. Svårt att somna, sover 5–6 tim/natt. "
       "Två depressiva episoder, 2019 och 2022, behandlade på VC med sertralin respektive KBT. Ingen nedstämdhet nu."),
      ("Tidigare sjukdomar", "Migrän utan aura. Lätt astma. Inga operationer."),
      ("Läkemedel", "Sumatriptan vid behov, Airomir vid behov. P-piller."),
      ("Hereditet", "Lillebror har ADHD-diagnos sedan 10 års ålder. Fadern beskrivs som rastlös, aldrig utredd."),
      ("Socialt", "Bor ensam i centrala Borås. Kassabiträde på livsmedelsbutik 75 %. Alkohol 1–2 ggr/mån, inga droger. Inget körkort."),
      ("Psykiskt status", "Vaken, klar, orienterad. God kontakt, pratar snabbt och byter ofta ämne. Neutral grundstämning, adekvat affekt. "
       "Inga psykotiska symtom. Inga suicidtankar."),
      ("Skattningar", "ASRS del A 6/6. MADRS-S 8. AUDIT 3."),
      ("Bedömning", "Långvariga svårigheter med uppmärksamhet och impulskontroll med funktionspåverkan. Frågeställning ADHD; "
       "emotionell instabilitet och sömnproblem behöver vägas in differentialdiagnostiskt. Depressiv sjukdom i remission."),
      ("Åtgärd", "Anmäld till neuropsykiatrisk utredning, väntetid ca 6 mån. Pat ombeds ta fram skolbetyg och om möjligt barndomsanamnes från modern."),
      ('Somatiskt status', 'BT 118/72, puls 74, vikt 61 kg, längd 166 cm. Hjärta och lungor ua.'),
      ('Tidigare behandling', 'Sertralin 50 mg 2019–2020 med god effekt och utan biverkningar. KBT 12 sessioner 2022 via VC.'),
      ('Sömn', 'Ingen sömndagbok förd. Inga snarkningar enligt tidigare partner.'),
      ("Planering", "Sömnskola via 1177 Stöd och behandling erbjuds. Fortsatt kontakt med VC under väntetiden. Pat hör av sig vid försämring."),
  ])],
  [("NL102", "n1")], [],
  "Psychiatric first visit: 'Frågeställning ADHD' in visible Bedömning is an open diagnostic hypothesis; the brother's ADHD is a distractor.")

C("d139-38-aldrepsyk-lewykroppsdemens-ej-meddelad", "vgr", "1946-04-22", "819", "2024-05-31",
  [N("n1", "Melior", "Läkaranteckning", "vgr_aldrepsyk", "Gunilla Borg", "läkare",
     "2024-05-28T15:00", "2024-05-28T16:10", "öppenvård", [
      ("Kontaktorsak", "Sammanfattning efter avslutad demensutredning, inför diagnossamtal."),
      ("Bakgrund", "78-årig man remitterad från VC Lindome pga synhallucinationer, fluktuerande vakenhet och minnesstörning sedan ett år. "
       "Hustrun beskriver att han ser barn i trädgården och sedan flera år pratar och rör sig kraftigt i sömnen."),
      ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi. Depression 2018, sertralin sedan dess. Gråstarr opererad bilat."),
      ("Läkemedel", "Sertralin 50 mg, Amlodipin 5 mg, Finasterid 5 mg. Inga neuroleptika."),
      ("Socialt", "Gift, bor i villa i Lindome. Son i Göteborg. Pensionerad lokförare. Kör fortfarande bil kortare sträckor."),
      ("Utredning", "MMSE 22/30 med tydliga visuospatiala brister, kan inte kopiera femhörningarna. Klocktest patologiskt. "
       "MR hjärna: lätt generell atrofi, måttliga vitsubstansförändringar, relativt bevarade hippocampi. DaTSCAN 14/5: bilateralt nedsatt upptag i putamen. "
       "Likvor: normala amyloid- och taunivåer. Neurologiskt lätt rigiditet i båda armarna och sänkt mimik."),
      ("Bedömning", "Demens med Lewykroppar med typiska kärnsymtom: synhallucinationer, fluktuationer, parkinsonism och REM-sömnbeteendestörning. "
       "Uttalad känslighet för neuroleptika, sådana ska undvikas."),
      ("Information", "Diagnosen ännu ej meddelad patienten. Enligt överenskommelse träffar undertecknad först hustrun och sonen 30/5 för att planera hur beskedet bäst ges, "
       "diagnossamtal med pat 4/6."),
      ("Åtgärd", "Rivastigmin plåster 4,6 mg/24 h insätts efter diagnossamtalet. Varning för neuroleptika registrerad i journalen."),
      ('Status', 'Vid besök 20/5 vänlig men trött, tappar tråden i samtalet. BT 132/78 liggande, 118/72 stående. Lätt framåtböjd hållning, korta steg.'),
      ('Funktion', 'Hustrun sköter medicinering och ekonomi. Klarar personlig hygien själv. Har kört fel två gånger i bekanta trakter.'),
      ('Diagnos', 'G31.8 Demens med Lewykroppar\nF02.8 Demens vid andra specificerade sjukdomar'),
      ("Planering", "Hembesök av arbetsterapeut. Körkortsfrågan tas upp vid diagnossamtalet. Anhörigstöd via kommunen."),
  ])],
  [("NL101", "n1")], [],
  "Old-age psychiatry: Lewy body dementia stands settled in visible Bedömning while 'Diagnosen ännu ej meddelad patienten'.")

C("d139-39-pmo-vc-dd-polymyalgi-misstankt-jattecellsarterit", "skane", "1950-09-09", "461", "2024-01-26",
  [N("n1", "PMO", "Besöksanteckning", "sk_vc_sorgenfri", "Hanna Nordström", "läkare",
     "2024-01-23T08:30", "2024-01-23T10:05", "öppenvård", [
      ("Kontaktorsak", "Värk i skuldror och höfter sedan 5 v, nytillkommen huvudvärk."),
      ("Anamnes", "73-årig kvinna med morgonstelhet i axlar och höfter som varar ca 1,5 tim. Svårt att kamma håret och ta på sig kappan. "
       "Sedan 1 v huvudvärk i hö tinning och ömhet mot kudden. Käken tröttnar när hon tuggar. Inga synstörningar. "
       "Viktnedgång 2 kg, subfebril kvällstid."),
      ("Tidigare sjukdomar", "Hypotyreos. Osteopeni. Hypertoni. Kolecystektomi 2001."),
      ("Läkemedel", "Levaxin 100 mikrog, Enalapril 10 mg, Calcichew D3."),
      ("Socialt", "Gift, villa i Bunkeflo. Pensionerad kassörska. Går stavgång 3 ggr/v när hon mår bra."),
      ("Status", "BT 138/82. Temp 37,6. Smärtsam och begränsad abduktion i axlarna bilat, ingen synovit i händerna. "
       "Hö a. temporalis förtjockad och öm med svag pulsation, vä ua. Visus enligt pat oförändrad, pupillreaktioner ua."),
      ("Lab", "Taget akut idag: SR 78, CRP 64, Hb 114, TPK 452, ALP 2,1, krea 68, CK normalt."),
      ("Bedömning", "Misstänkt jättecellsarterit med samtidig polymyalgia reumatika. DD polymyalgi utan arterit, men ömmande temporalis och käkklaudikation "
       "gör att behandling startas direkt."),
      ("Åtgärd", "Prednisolon 60 mg x 1 från idag. Akut remiss reumatologen SUS Malmö för temporalis-UL/biopsi inom en vecka. "
       "Omeprazol 20 mg, fortsatt Calcichew, Alendronat insätts."),
      ("Information", "Pat informerad om varningssymtom och om att söka akut direkt vid synpåverkan."),
      ('DXA', 'Osteopeni påvisad 2021, T-score -2,2 i höften.'),
      ('Vaccinationer', 'Influensavaccin i oktober. Pneumokockvaccin ges vid nästa besök.'),
      ('Uppföljning', 'SR och CRP om 2 v. Nedtrappning av prednisolon planeras efter reumatologbedömningen.'),
      ("Planering", "Telefonkontakt om 3 d. Blodsocker om 1 v pga högdos kortison."),
  ])],
  [], [("NL102", "n1")],
  "PMO primary care note with misstänkt jättecellsarterit and DD polymyalgi: PMO never shows diagnoses, so no NL102.")

C("d139-40-gallstenspankreatit-normalt-ca199-ej-meddelat", "skane", "1959-12-14", "185", "2024-09-09",
  [N("n1", "Melior", "Epikris", "sk_kir_hbg", "Mattias Ek", "läkare",
     "2024-09-06T10:30", "2024-09-06T12:05", "slutenvård", [
      ("Kontaktorsak", "Akut epigastriell smärta med strålning mot ryggen, inlagd via akuten 30/8."),
      ("Tidigare sjukdomar", "Gallstenssjukdom känd sedan 2022, ett tidigare anfall. Hyperlipidemi. Psoriasisartrit, metotrexat. Knäartroskopi 2015."),
      ("Socialt", "Sambo, bor i Påarp. Byggnadsarbetare. Röker inte. Alkohol ca 5 standardglas/v."),
      ("Vårdförlopp", "Lipas 2840 vid ankomst, ALAT 4,2, bilirubin 48. UL buk: multipla gallstenar, koledokus 8 mm. MRCP 31/8: konkrement distalt i koledokus. "
       "ERCP 1/9 med papillotomi och stenextraktion, okomplicerad. DT buk dag 3 pga kvarstående smärta: ödematös pankreatit utan nekros eller vätskeansamling. "
       "Smärtan klingade av och han fick äta dag 4. Metotrexat pausades under vårdtiden."),
      ("Åtgärd", "Laparoskopisk kolecystektomi 5/9, okomplicerad. Dränaget drogs dag 1."),
      ("Status vid utskrivning", "Opåverkad, afebril. Buk mjuk, lätt öm i epigastriet. Ej ikterisk. Portsåren torra."),
      ("Lab vid utskrivning", "Lipas 180, bilirubin 14, ALAT 1,1, CRP 42, Hb 139, krea 71, triglycerider 1,6. CA 19-9 taget 31/8: normalt."),
      ("Bedömning", "Akut lindrig gallstenspankreatit efter koledokussten som extraherats vid ERCP, kolecystektomerad under samma vårdtillfälle."),
      ("Läkemedel", "Alvedon 1 g x 4 i en vecka, Oxynorm 5 mg vid behov. Metotrexat återinsätts om 1 v efter kontroll av leverprover."),
      ("Information till patienten", "Pat och sambo informerade om pankreatiten, ERCP-fynden och operationen. "
       "Det normala CA 19-9-svaret har pat ännu inte fått; han får det vid telefonuppföljningen."),
      ('Kost', 'Fettsnål kost några veckor, därefter normalkost. Alkohol avråds i 3 mån.'),
      ('Diagnoser', 'K85.1 Gallstensorsakad akut pankreatit\nK80.5 Koledokussten\nM07.3 Psoriasisartrit'),
      ("Planering", "Telefonuppföljning av ssk om 1 v. Leverprover på VC Påarp om 1 v. Ingen ytterligare kontroll på kirurgen. Sjukskriven 2 v."),
  ])],
  [], [("NL101", "n1")],
  "What the patient has not been told is a normal tumour-marker result; the pancreatitis itself was explained to him.")

C("d139-41-karlkir-misstakt-protesinfektion-typo", "vgr", "1952-06-25", "276", "2024-02-22",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_kar", "Olof Hammar", "läkare",
     "2024-02-19T15:40", "2024-02-19T17:20", "slutenvård", [
      ("Kontaktorsak", "Feber och sekretion från vä ljumske, remiss från kärlmottagningen."),
      ("Anamnes", "71-årig man som 2022 opererades med aortobifemoral bypass (Dacron) pga claudicatio. "
       "Sedan 3 v rodnad och svullnad i vä ljumske, sedan i förrgår gulaktig sekretion ur ett litet hål i ärret. "
       "Feber till 38,7 senaste dygnen. Ingen buksmärta. Gångsträckan oförändrad ca 500 m."),
      ("Tidigare sjukdomar", "Perifer artärsjukdom. Insulinbehandlad typ 2-diabetes. Hypertoni. KOL. Hjärtinfarkt 2015."),
      ("Läkemedel", "Trombyl 75 mg, Atorvastatin 80 mg, Lantus 30 E, Metformin 1 g x 2, Ramipril 10 mg, Spiolto."),
      ("Socialt", "Gift, bor i Kungsbacka. Pensionerad lagerarbetare. Röker fortfarande 10 cig/d trots upprepade råd."),
      ("Status", "Temp 38,4, puls 94, BT 142/78.\nVä ljumske: 4 cm rodnat, varmt och fluktuerande område över protesskänkeln med fistelöppning som ger pus.\n"
       "Hö ljumske ua.\nPalpabel a. dorsalis pedis bilat.\nBuk mjuk, oöm."),
      ("Lab", "CRP 168, LPK 15,1, Hb 118, krea 102, HbA1c 71, laktat 1,2."),
      ("Odling", "Sårodling från fisteln och blododling x 2 tagna."),
      ("Röntgen", "DT angio beställd akut, inte utförd vid dikteringen."),
      ("Bedömning", "Fistulerande infektion i vä ljumske hos pat med aortobifemoral graft. Misstäkt protesinfektion med engagemang av vä graftskänkel. "
       "Dåligt kontrollerad diabetes."),
      ("Åtgärd", "Inj Vancomycin 1,5 g x 2 och Pip/Tazo 4 g x 3 efter odlingar. Insulin enligt schema, diabetessköterska kontaktad. Absorberande förband."),
      ("Planering", "DT angio, därefter ställningstagande till PET-DT. Kärlkonferens 21/2. Rökstopp, nikotinplåster erbjuds. Infektionskonsult."),
      ("Information till patienten", "Pat och hustru informerade om att infektionen kan ha nått blodkärlsprotesen och om den fortsatta utredningen."),
  ])],
  [("NL102", "n1")], [],
  "Typo case ('Misstäkt protesinfektion'): a misspelt hedge on a graft infection in visible Bedömning.")

C("d139-42-epikris-als-ej-informerad-neurolog-ger-besked", "skane", "1958-03-08", "318", "2024-04-22",
  [N("n1", "Melior", "Epikris", "sk_med_trelleborg", "Jesper Malmgren", "läkare",
     "2024-04-18T12:00", "2024-04-18T14:25", "slutenvård", [
      ("Kontaktorsak", "Inlagd 8/4 via akuten pga tilltagande sväljningssvårigheter och viktnedgång."),
      ("Anamnes", "66-årig kvinna med 5 mån progredierande sluddrigt tal, därefter svårt att svälja tunna vätskor med felsväljningar. "
       "Viktnedgång 8 kg. Senaste månaden även svaghet i hö hand. Inga sensoriska symtom, ingen dubbelseende."),
      ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Bröstreduktion 1995."),
      ("Socialt", "Gift, bor i radhus i Trelleborg. Två vuxna döttrar. Tandsköterska, sjukskriven sedan mars."),
      ("Vårdförlopp", "DT hjärna ua. Neurologkonsult 10/4 (dr Rosén, SUS Lund): fascikulationer i tungan och hö underarm, livliga reflexer, positiv Babinski hö. "
       "EMG 12/4: utbredd aktiv denervation i bulbär, cervikal och lumbal region. MR hjärna och halsrygg utan förklarande strukturell lesion. "
       "B12, TSH, CK och elfores utan avvikelse som förklarar bilden. Logoped: aspirationsrisk vid tunn vätska, förtjockade drycker. "
       "Dietist: energiberikad konsistensanpassad kost."),
      ("Status vid utskrivning", "Dysartri, sluddrigt men förståeligt tal. Tungatrofi med fascikulationer. Kraft hö hand 4/5. Andning ua, SpO2 96 %. Vikt 57 kg."),
      ("Bedömning", "Amyotrofisk lateralskleros (ALS) med bulbär debut enligt neurologkonsult och EMG. Dysfagi med viktnedgång."),
      ("Information till patienten", "Patienten är inte informerad om diagnosen ALS. Dr Rosén ger beskedet själv vid mottagningsbesök i Lund 24/4 med maken närvarande, "
       "och ALS-teamet kopplas in samtidigt. Pat vet att hon fått en neurologisk bedömning och att ett utförligt samtal väntar."),
      ("Läkemedel", "Levaxin 100 mikrog, Enalapril 5 mg. Nytt: förtjockningsmedel till dryck."),
      ('Funktion', 'Går själv utan hjälpmedel. Behöver hjälp att knäppa knappar med hö hand.'),
      ('Andning', 'Ingen ortopné. FVC 88 % av förväntat, inga tecken på andningssvikt.'),
      ("Planering", "Remiss PEG-bedömning gastrokirurgi. Logopedkontakt i öppenvård. Neurologmottagningen Lund 24/4."),
      ("Diagnoser", "G12.2 Motorneuronsjukdom\nR13 Dysfagi\nR63.4 Onormal viktminskning"),
  ])],
  [("NL101", "n1")], [],
  "Medical epikris: ALS stands in Bedömning and Diagnoser while 'Patienten är inte informerad om diagnosen ALS'.")

C("d139-43-ortopedi-tka-planhedgar-ingen-misstanke-infektion", "vgr", "1956-02-17", "947", "2024-11-12",
  [N("n1", "Melior", "Epikris", "vgr_orto_molndal", "Camilla Jönsson", "läkare",
     "2024-11-08T11:45", "2024-11-08T13:00", "slutenvård", [
      ("Kontaktorsak", "Planerad operation, total knäplastik hö pga artros."),
      ("Tidigare sjukdomar", "Gonartros bilat, hö värst. Hypertoni. Typ 2-diabetes, tablettbehandlad. Hypotyreos. Fetma, BMI 34."),
      ("Socialt", "Gift, villa i Mölnlycke med trappa till övervåningen. Förskollärare 80 %. Icke-rökare."),
      ("Vårdförlopp", "Opererad 5/11 med cementerad TKA hö i spinalanestesi och lokal infiltrationsanestesi, blodtomt fält 58 min. Tranexamsyra givet. "
       "Postoperativt illamående natt 1 som svarade på ondansetron. Mobiliserad dag 0 med gåbord, dag 1 med kryckkäppar. Böjning 85° dag 2. "
       "Blodsocker 8–12, metformin återinsatt dag 1."),
      ("Status vid utskrivning", "Förband torrt, lätt svullnad och värmeökning kring knät som förväntat postoperativt. Distalstatus ua. "
       "Går med kryckkäppar och klarar trappa med ledstång."),
      ("Lab", "Hb 112 (preop 131), CRP 96 dag 2, krea 64."),
      ("Bedömning", "Okomplicerat förlopp efter total knäplastik hö. Ingen misstanke om djup infektion eller DVT."),
      ("Läkemedel", "Xarelto 10 mg x 1 i 14 dagar. Alvedon 1 g x 4. Oxycontin 10 mg x 2 i 3 dagar, därefter 5 mg x 2 i 4 dagar. "
       "Oxynorm 5 mg vid behov. Movicol. Övriga läkemedel oförändrade."),
      ("Planering", "Trolig sjukskrivning 8–10 v, slutligt beslut vid återbesök. Agraffer tas på VC Mölnlycke dag 14. "
       "Fysioterapi i öppenvård från nästa vecka. Återbesök ortoped om 3 mån med rtg. "
       "Eventuellt blir även vä knä aktuellt för operation nästa år, det tas upp då."),
      ("Information till patienten", "Pat informerad om förbandsskötsel och om infektionstecken att vara uppmärksam på. "
       "Hon ska inte köra bil förrän hon kan belasta fullt och är fri från opioider."),
  ])],
  [], [("NL102", "n1")],
  "Orthopaedic epikris whose hedges are all about plans (trolig sjukskrivning, eventuellt operation vä knä) plus a negated suspicion.")

C("d139-44-laro-hepatit-c-besked-sambon-ej-informerad", "vgr", "1984-08-30", "267", "2024-03-18",
  [N("n1", "Melior", "Läkaranteckning", "vgr_beroende", "Ali Hassan", "läkare",
     "2024-03-14T10:15", "2024-03-14T11:40", "öppenvård", [
      ("Kontaktorsak", "Läkarbesök inom LARO, provsvar och somatisk genomgång."),
      ("Anamnes", "39-årig man i LARO sedan 2021 med buprenorfin 16 mg. Intravenöst heroin- och amfetaminmissbruk 2008–2020. "
       "Stabil, inga sidomissbruk i urinproverna senaste halvåret. Arbetstränar 50 % på återbruk."),
      ("Tidigare sjukdomar", "Utläkt hepatit B (anti-HBc positiv, HBsAg negativ). Endokardit 2017 med mekanisk aortaklaff, Waran. Depression."),
      ("Läkemedel", "Buprenorfin 16 mg x 1 (övervakat 3 dgr/v), Waran enligt PK, Mirtazapin 30 mg."),
      ("Socialt", "Bor med sambo i lägenhet på Hisingen sedan 2 år. Träffar sin 12-åriga dotter varannan helg. God man för ekonomin."),
      ("Provsvar", "Anti-HCV positivt, HCV-RNA 2,1 milj IE/ml, genotyp 3a. Fibroscan 6,2 kPa. HIV negativt. ALAT 1,6, PK 2,6."),
      ("Bedömning", "Kronisk hepatit C genotyp 3a utan signifikant fibros. Stabil i LARO."),
      ("Information till patienten", "Pat fick besked om hepatit C-infektionen idag och om att den botas med tabletter i 8–12 veckor. "
       "Smittvägar, kondomanvändning och att inte dela rakhyvel eller tandborste genomgånget. "
       "Sambon är inte informerad; pat vill berätta själv och har uppmanats att låta henne testa sig."),
      ("Åtgärd", "Remiss infektionskliniken Östra för behandling med Maviret. Smittskyddsanmälan gjord. "
       "Smittspårning: pat uppger inga andra sexpartners och inga injektioner sedan 2020."),
      ('Status', 'Opåverkad och välvårdad. Inga färska stickmärken. Mekaniskt klaffljud, regelbunden rytm. Lever ej palpabel. Ingen ikterus.'),
      ('Urinprov', 'U-tox negativ för opiater utöver buprenorfin, bensodiazepiner, amfetamin och cannabis.'),
      ('Diagnoser', 'B18.2 Kronisk hepatit C\nF11.22 Opioidberoende i underhållsbehandling\nZ95.2 Mekanisk hjärtklaff'),
      ("Planering", "LARO oförändrat. Nytt samtal om 2 v. PK-kontroller enligt schema på Waranmottagningen."),
  ])],
  [], [("NL101", "n1")],
  "Hepatitis C told to the patient today; only the partner is not informed, which does not make the diagnosis uncommunicated.")

C("d139-45-minnesmott-sannolik-alzheimer", "skane", "1949-07-19", "846", "2024-06-24",
  [N("n1", "Melior", "Läkaranteckning", "sk_minnes_malmo", "Elisabeth Wahlström", "läkare",
     "2024-06-20T13:30", "2024-06-20T15:15", "öppenvård", [
      ("Kontaktorsak", "Basal demensutredning från VC Husie, kompletterad på minnesmottagningen."),
      ("Anamnes", "74-årig kvinna, pensionerad lärare. Maken beskriver tilltagande glömska sedan 2 år: upprepar frågor, glömmer avtalade tider, "
       "har kört vilse med bilen två gånger. Har slutat med korsord och bridge. Sover bra. Inga hallucinationer, inga fall, ingen inkontinens."),
      ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Förmaksflimmer sedan 2020, Eliquis. Bröstcancer 2012, opererad och behandlad med tamoxifen i 5 år. "
       "Katarakt op hö öga."),
      ("Läkemedel", "Eliquis 5 mg x 2, Levaxin 75 mikrog, Bisoprolol 5 mg, Losartan 50 mg."),
      ("Hereditet", "Modern och en moster hade demens från 75-årsåldern."),
      ("Socialt", "Gift, villa i Husie. Maken sköter ekonomin sedan ett halvår. Dottern bor i Lund. Har körkort."),
      ("Status", "Vänlig, välvårdad, god kontakt. Söker ofta stöd hos maken för svar. Neurologiskt inga fokala bortfall, normal gång. BT 134/76."),
      ("Kognitiva test", "MMSE 21/30 med 0/3 på fördröjd återgivning och brister i tidsorientering. Klocktest lätt patologiskt. RUDAS 20/30."),
      ("Röntgen", "DT hjärna: måttlig mediotemporal atrofi (MTA 2 bilat), sparsamma vitsubstansförändringar."),
      ("Lab", "Blodstatus, elektrolyter, B12, folat, TSH, kalcium och glukos utan anmärkning."),
      ("Bedömning", "Kognitiv svikt med minnesstörning som dominerande drag och nedsatt IADL-förmåga. "
       "Sannolik Alzheimers sjukdom i lindrigt demensstadium. Förmaksflimmer välbehandlat."),
      ("Åtgärd", "Likvorprov för amyloid och tau bokat. Donepezil tas upp efter likvorsvar. "
       "Körkortsfrågan togs upp och pat avstår från bilkörning i väntan på klart besked."),
      ("Planering", "Arbetsterapeut bedömer ADL-förmågan. Återbesök med maken om 6 v."),
      ("Information till patienten", "Pat och make informerade om fynden hittills och om att utredningen fortsätter."),
  ])],
  [("NL102", "n1")], [],
  "Memory-clinic note: 'Sannolik Alzheimers sjukdom' in visible Bedömning; the mother's dementia is settled family history.")

C("d139-46-brostcancerrecidiv-skelettmetastaser-ej-underrattad", "vgr", "1964-05-05", "762", "2024-03-29",
  [N("n1", "Melior", "Daganteckning", "vgr_med_sas", "Malin Ståhl", "läkare",
     "2024-03-27T14:10", None, "slutenvård", [
      ("Kontaktorsak", "Inlagd 22/3 pga ryggsmärta och svårighet att gå."),
      ("Anamnes", "59-årig kvinna med tilltagande smärta i bröstryggen sedan 6 v, nu även nattlig värk och bältesformad smärta kring bröstkorgen. "
       "Sedan 2 dygn ostadig på benen. Inga miktionsbesvär."),
      ("Tidigare sjukdomar", "Bröstcancer hö 2017, mastektomi, cytostatika, strålbehandling och tamoxifen till 2022, därefter kontroller utan anmärkning. "
       "Hypertoni. Migrän."),
      ("Läkemedel", "Enalapril 10 mg, Sumatriptan vb. Sedan inläggningen Betapred 8 mg x 2, Oxycontin 10 mg x 2 och Alvedon."),
      ("Socialt", "Frånskild, bor med sin 19-årige son i Borås. HR-handläggare."),
      ("Status", "Dunkömhet Th6–Th8. Kraft i benen 4+/5 bilat, livliga patellarreflexer, Babinski neg. "
       "Lätt nedsatt sensibilitet under Th8-nivå. Analsfinkter ua."),
      ("Lab", "ALP 4,2, Ca 2,68, Hb 112, CRP 18, krea 64, CA 15-3 182."),
      ("Röntgen", "MR hela ryggen 23/3: multipla skelettmetastaser i bröst- och ländrygg, patologisk kompression av Th7 med epidural tumörväxt och begynnande medullakompression. "
       "DT thorax-buk 25/3: två levermetastaser, inga lungmetastaser."),
      ("Bedömning", "Recidiv av bröstcancer med skelett- och levermetastaser samt hotande medullakompression Th7."),
      ("Åtgärd", "Akut strålbehandling Th6–Th8 påbörjad 25/3 (5 x 4 Gy) efter samråd med onkolog och ryggkirurg; kirurgi inte aktuellt. Kortison fortsätter."),
      ("Information", "Patienten är ännu inte underrättad om att det rör sig om återfall med spridning. Hon vet att det finns en förändring i ryggen som strålbehandlas. "
       "Onkolog dr Wallin ger besked efter avslutad strålning 29/3, enligt pat:s önskemål tillsammans med systern."),
      ("Planering", "Neurologstatus x 2 dagligen. Biopsi av levermetastas för receptorstatus. Fysioterapeut för mobilisering. Zometa efter tandstatus."),
  ])],
  [("NL101", "n1")], [],
  "Unsigned draft: metastatic breast cancer recurrence stands in visible Röntgen and Bedömning while she is not yet told.")

C("d139-47-ascites-visibel-utan-hypotes-karcinos-i-th-mall", "skane", "1961-11-26", "553", "2024-02-09",
  [N("n1", "Melior", "Inskrivningsanteckning", "sk_kir_lund", "Niklas Bengtsson", "läkare",
     "2024-02-06T14:00", "2024-02-06T15:05", "slutenvård", [
      ("Kontaktorsak", "Remiss från akuten, tilltagande bukomfång och illamående sedan 4 v."),
      ("Anamnes", "62-årig man med 4 v tilltagande bukomfång, tidig mättnadskänsla och illamående. Viktnedgång 5 kg trots ökat bukomfång. "
       "Avföring varannan dag utan blod. Ingen feber."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperlipidemi. Sigmoideumresektion 2019 för divertikulit. Ljumskbråck vä op 2011."),
      ("Läkemedel", "Amlodipin 10 mg, Simvastatin 20 mg."),
      ("Socialt", "Gift, villa i Södra Sandby. Egen företagare med målerifirma. Röker ej. Alkohol 1–2 glas vin/helg."),
      ("Status", "AT: opåverkad, tunn.\nBuk: utspänd, flankdämpning och vågslag, ingen palpationsömhet, inga palpabla resistenser.\n"
       "Ej ikterisk.\nInga förstorade supraklavikulära körtlar."),
      ("Lab", "Hb 121, CRP 32, albumin 29, leverprover ua, krea 88, CEA 14, CA 19-9 120, CA 125 310."),
      ("Röntgen", "DT buk/thorax 5/2: rikligt med ascites och förtjockat oment, ingen säker primärtumör, lungorna ua."),
      ("Bedömning", "Ascites med förhöjda tumörmarkörer och förtjockat oment, orsaken ännu inte fastställd. Ingen portal hypertension vid DT."),
      ("Åtgärd", "Ultraljudsledd ascitestappning 6/2, 3 liter; cytologi, albumin och odling skickade. Gastroskopi och koloskopi bokade."),
      ('Nutrition', 'Vikt 68 kg, tidigare 73 kg. Äter små portioner, dietist bedömer nutritionsstatus.'),
      ('Funktion', 'Arbetar fortfarande i firman men orkar mindre. Klarar ADL själv.'),
      ('Trombosprofylax', 'Fragmin 5000 E sc dagligen under vårdtiden.'),
      ('Smärta', 'Tryckkänsla i buken som Alvedon räcker mot.'),
      ('Diagnoser', 'R18 Ascites\nR63.4 Viktnedgång'),
      ("Planering", "Cytologisvar om 2–3 dagar. Anmäls till MDK övre gastro. Dietistkontakt."),
      ("Information", "Pat och hustru informerade om att vätskan i buken utreds vidare och att orsaken ännu inte är klar."),
    ]),
   N("n2", "Melior", "Tidiga hypoteser", "sk_kir_lund", "Niklas Bengtsson", "läkare",
     "2024-02-06T15:20", "2024-02-06T15:35", "slutenvård", [
      ("Bedömning", "DT-bilden med omental cake och stegrat CA 125 och CEA inger stark misstanke om peritoneal karcinos, trolig utgångspunkt ventrikel eller pankreas, "
       "DD mesoteliom. Kommuniceras inte förrän cytologi och endoskopier föreligger."),
    ])],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "Skåne: the visible admission chart only describes confirmed ascites of unknown cause; the hedged carcinosis sits in a separate Tidiga hypoteser template note.")

C("d139-48-melanom-hjarnmetastaser-ej-informerad", "vgr", "1955-01-14", "384", "2024-08-16",
  [N("n1", "Melior", "Läkaranteckning", "vgr_onk_mott", "Katarina Lund", "läkare",
     "2024-08-14T16:00", "2024-08-14T16:45", "öppenvård", [
      ("Kontaktorsak", "Journalanteckning efter MR hjärna, inför planerat besök."),
      ("Bakgrund", "69-årig man med malignt melanom, primärtumör i ryggen exciderad 2021, stadium IIIC. Adjuvant nivolumab 2022. "
       "Fjärrmetastaser i lungor och lever 2023, behandlad med ipilimumab och nivolumab med partiell respons, därefter nivolumab som underhåll."),
      ("Tidigare sjukdomar", "Hypertoni. Immunterapiutlöst hypotyreos 2023, Levaxin. Knäartros."),
      ("Läkemedel", "Levaxin 100 mikrog, Losartan 50 mg, Alvedon vid behov."),
      ("Socialt", "Änkling sedan 2020, bor i Uddevalla. Dottern bor nära och följer med på besök. Pensionerad fiskare."),
      ("Aktuellt", "Vid besök 6/8 nytillkommen morgonhuvudvärk och vid ett tillfälle ordfinningssvårigheter. Inga kramper."),
      ("Status", "6/8: ECOG 1. Lätt nominal afasi, i övrigt neurologiskt ua. Inga stasfenomen i fundus enligt ögonkonsult."),
      ("Röntgen", "MR hjärna 12/8: tre metastaser, 24 mm vä temporalt med perifokalt ödem och två mindre frontalt hö. "
       "DT thorax-buk 12/8: stationära lung- och levermetastaser."),
      ("Bedömning", "Progress av malignt melanom med symtomgivande hjärnmetastaser. Extrakraniell sjukdom stabil."),
      ("Information", "Pat har inte informerats om hjärnmetastaserna. Han vet att svaren är klara och har själv bett att dottern ska vara med när han får dem, besök bokat 16/8."),
      ("Åtgärd", "Betapred 4 mg x 2 insatt per telefon 12/8 mot huvudvärken; pat vet att det verkar mot svullnad. Stereotaktisk strålbehandling diskuteras på CNS-konferens 15/8."),
      ('Läkemedelsgenomgång', 'Omeprazol 20 mg tillagt som magskydd under kortisonbehandlingen. Blodsocker kontrolleras två gånger i veckan.'),
      ('Funktion', 'Bor själv och klarar ADL. Dottern hjälper med inköp.'),
      ('Diagnos', 'C43.5 Malignt melanom på bålen\nC79.3 Hjärnmetastaser'),
      ("Planering", "Pat har ombetts att inte köra bil tills vidare. Immunterapin pausas i avvaktan på konferensbeslut."),
  ])],
  [("NL101", "n1")], [],
  "Oncology note: brain metastases stand in visible Röntgen and Bedömning; 'Pat har inte informerats om hjärnmetastaserna'.")

C("d139-49-endokrin-kan-rora-sig-om-cushing", "vgr", "1985-09-27", "682", "2024-05-10",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_endo", "Per Sundqvist", "läkare",
     "2024-05-07T09:30", "2024-05-07T11:10", "öppenvård", [
      ("Kontaktorsak", "Nybesök, remiss från VC Högsbo pga viktuppgång, hypertoni och hypokalemi."),
      ("Anamnes", "38-årig kvinna med viktuppgång 14 kg på 18 mån, främst kring buken och i ansiktet. Blåmärken av lätta stötar, lila bristningar på magen, "
       "oregelbunden mens sedan ett år. Nydebuterad hypertoni i höstas. Sover dåligt, lättirriterad. "
       "Har aldrig använt kortisonpreparat, inga krämer, inga injektioner."),
      ("Tidigare sjukdomar", "Oligomenorré utredd 2015 utan fastställd orsak. Depression efter förlossning 2017, KBT. Inga operationer."),
      ("Läkemedel", "Amlodipin 5 mg sedan oktober. Kaliumklorid 750 mg x 2 sedan mars."),
      ("Hereditet", "Modern har typ 2-diabetes och hypertoni. Ingen känd endokrin tumörsjukdom i släkten."),
      ("Socialt", "Sambo, två barn 7 och 4 år. Kommunikatör på regionen. Röker inte, dricker lite alkohol."),
      ("Status", "BT 158/98. Vikt 84 kg, BMI 31. Månansikte, supraklavikulära fettkuddar, breda lila striae på buken, tunn hud med ekymoser på underarmarna. "
       "Lätt proximal muskelsvaghet, svårt att resa sig från huk. Inga ödem."),
      ("Lab", "K 3,3, Na 143, fP-glukos 7,4, HbA1c 46. Salivkortisol kl 23 14,2 nmol/l (ref <2,8) vid två tillfällen. "
       "Dexametasonhämningstest 1 mg: morgonkortisol 312 nmol/l. ACTH 48 ng/l."),
      ("Bedömning", "Kliniska stigmata och laboratoriefynd gör att det kan röra sig om ACTH-beroende Cushings syndrom med hypofysär källa. "
       "Sekundär hypertoni och prediabetes."),
      ("Åtgärd", "MR hypofys och CRH-test bokade. Dygnsurin-kortisol x 2. Spironolakton 50 mg ersätter kaliumtillskottet. DXA."),
      ('Funktion', 'Arbetar heltid men orkar dåligt. Tränade tidigare på gym två gånger per vecka.'),
      ('Sömn', 'Somnar sent och vaknar 3–4 gånger per natt.'),
      ("Planering", "Återbesök efter MR om 4 v. Fallet tas upp på hypofyskonferensen."),
      ("Information till patienten", "Pat informerad om att hormonutredningen fortsätter och om provtagningsinstruktionerna."),
  ])],
  [("NL102", "n1")], [],
  "Endocrine first visit: 'kan röra sig om ... Cushings syndrom' is a hedged diagnosis in visible Bedömning.")

C("d139-50-multisjuk-kontroll-inget-om-information", "skane", "1945-11-03", "429", "2024-08-23",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_med_ystad", "Torbjörn Lindell", "läkare",
     "2024-08-21T09:45", "2024-08-21T10:50", "öppenvård", [
      ("Kontaktorsak", "Årlig kontroll av hjärtsvikt, KOL och diabetes."),
      ("Anamnes", "78-årig man som sedan förra besöket haft två KOL-exacerbationer behandlade på VC med Doxyferm och prednisolon. "
       "Andfådd i uppförsbacke och vid påklädning, mMRC 2. Inga bröstsmärtor, ingen nattlig dyspné. Lätta ankelsvullnader på kvällen. "
       "Blodsocker hemma 6–10 utan hypoglykemier. Kissar 2 ggr/natt."),
      ("Tidigare sjukdomar", "Hjärtsvikt med nedsatt EF (38 % 2023). KOL GOLD 3. Typ 2-diabetes sedan 2005. Paroxysmalt förmaksflimmer. "
       "Prostatacancer 2016, strålbehandlad, PSA omätbart. Gikt."),
      ("Läkemedel", "Entresto 49/51 mg x 2, Bisoprolol 5 mg, Spironolakton 25 mg, Forxiga 10 mg, Furix 40 mg, Eliquis 5 mg x 2, "
       "Trimbow 2 inh x 2, Metformin 500 mg x 2, Allopurinol 100 mg."),
      ("Socialt", "Gift, villa i Skurup. Hustrun är frisk. Klarar sig utan hemtjänst. Rökfri sedan 2010. Alkohol sparsamt."),
      ("Status", "BT 118/70, puls 68 regelbunden, SpO2 93 %. Vikt 86 kg (+1).\nCor: regelbunden rytm, systoliskt blåsljud 2/6 apex.\n"
       "Pulm: förlängt exspirium, inga rassel.\nLätta pittingödem kring anklarna."),
      ("Lab", "NT-proBNP 1240 (1560 i fjol), krea 118, eGFR 52, K 4,8, Na 138, Hb 138, HbA1c 52, urat 360."),
      ("Spirometri", "FEV1 1,21 l (42 %), oförändrat."),
      ("Bedömning", "Hjärtsvikt NYHA II, stabil på optimerad behandling. KOL GOLD 3 med två exacerbationer senaste året. "
       "Diabetes väl reglerad. Stabil njurfunktion."),
      ("Åtgärd", "Remiss lungrehabilitering Ystad. Influensa- och pneumokockvaccin ges idag. Beredskapsrecept på prednisolon och Doxyferm förnyat med skriftlig handlingsplan."),
      ("Planering", "Ny kontroll om 6 mån med NT-proBNP, krea och K. Diabeteskontroller fortsatt på VC Skurup."),
  ])],
  [], [("NL101", "n1")],
  "Long multi-problem outpatient note full of settled diagnoses and nothing at all about what the patient has or has not been told.")

C("d139-51-psyk-epikris-depression-mor-trolig-bipolar", "vgr", "1970-10-10", "915", "2024-10-01",
  [N("n1", "Melior", "Epikris", "vgr_psyk_aff", "Tove Engström", "läkare",
     "2024-09-27T12:30", "2024-09-27T15:00", "slutenvård", [
      ("Kontaktorsak", "Vårdad frivilligt 9/9–27/9 pga svår depressiv episod med suicidtankar."),
      ("Anamnes", "53-årig man med recidiverande depression sedan 2005, nu fjärde episoden. Insjuknade i juli efter att ha blivit uppsagd. "
       "Tidigt uppvaknande, viktnedgång 6 kg, påtaglig skuld och tankar på att köra av vägen med bilen."),
      ("Tidigare psykiatri", "Depressioner 2005, 2012 och 2019, den senaste behandlad med ECT med god effekt. "
       "Sertralin som underhåll 2019–2023, utsatt av pat själv i fjol."),
      ("Hereditet", "Modern har trolig bipolär sjukdom men har aldrig utretts. En morbror misstänktes ha schizofreni och vårdades länge på S:t Jörgens sjukhus. "
       "Fadern dog i hjärtinfarkt."),
      ("Somatiskt", "Hypertoni, Enalapril. Sömnapné med CPAP."),
      ("Vårdförlopp", "Initialt tillsyn var 15:e minut. Sertralin återinsatt och höjt till 150 mg, Mirtazapin 15 mg till natten. "
       "ECT erbjöds men pat föredrog läkemedel. MADRS 36 vid inskrivning, 14 vid utskrivning. "
       "Permissioner över två helger utan anmärkning. Anhörigsamtal med hustrun 20/9."),
      ("Psykiskt status vid utskrivning", "Vaken, klar, orienterad. Lätt sänkt grundstämning, följsam affekt. Sover 6–7 timmar. "
       "Inga psykotiska symtom, ingen misstanke om psykos under vårdtiden. Inga maniska drag. Tar avstånd från suicidtankar och har konkreta framtidsplaner."),
      ("Suicidriskbedömning", "Risken bedöms nu måttlig till låg: förbättrad stämning, god allians och stöd från familjen. "
       "Riskfaktorer kvarstår i form av manligt kön, arbetslöshet och tidigare svåra episoder."),
      ("Bedömning", "Recidiverande depression, aktuell episod svår utan psykotiska symtom (F33.2), i förbättring."),
      ("Läkemedel vid utskrivning", "Sertralin 150 mg, Mirtazapin 15 mg tn, Enalapril 10 mg. Mirtazapin förskrivs i små förpackningar."),
      ("Planering", "Läkarbesök på Affektiva mottagningen om 2 v, kontaktperson ssk Tove ringer om 3 dagar. "
       "Arbetsförmedlingen kontaktas i samråd med pat. Sjukskriven 100 % t.o.m. 31/10."),
      ("Information till patienten", "Pat och hustru informerade om planen och om krisnummer."),
  ])],
  [], [("NL102", "n1")],
  "Psychiatric epikris: the patient's depression is settled and psychosis is negated; the hedged diagnoses (trolig bipolär, misstänkt schizofreni) belong to his mother and uncle.")

C("d139-52-mesoteliom-epikris-ej-besked-sedan-informerad", "skane", "1950-04-02", "638", "2024-10-21",
  [N("n1", "Melior", "Epikris", "sk_med_hassleholm", "Björn Sjöstedt", "läkare",
     "2024-10-10T11:15", "2024-10-10T13:40", "slutenvård", [
      ("Kontaktorsak", "Inlagd 1/10 pga andfåddhet och hö-sidig bröstsmärta."),
      ("Tidigare sjukdomar", "Asbestexponering som varvsarbetare i Landskrona 1968–1985. Pleuraplack sedan 2015. Hypertoni. Typ 2-diabetes. TIA 2019."),
      ("Socialt", "Gift, bor i Hässleholm. Pensionär. Har aldrig rökt."),
      ("Vårdförlopp", "Rtg pulm: stor pleuravätska hö. Pleuratappning 2/10 av 1,8 l blodtingerad vätska, exsudat. "
       "DT thorax efter tappning: nodulär pleuraförtjockning hö med utbredning mot mediastinala pleuran. "
       "Torakoskopi med pleurabiopsier och talkpleurodes 4/10 på thoraxkirurgen i Lund. Dränaget avvecklat 7/10. Andningen förbättrad, SpO2 95 % på luft."),
      ("Status vid utskrivning", "Nedsatta andningsljud basalt hö. Dränagesåret torrt. Opåverkad."),
      ("PAD", "Pleurabiopsier, svar 9/10: malignt mesoteliom av epiteloid typ med BAP1-förlust."),
      ("Bedömning", "Malignt pleuramesoteliom hö, epiteloid typ, efter yrkesmässig asbestexponering. Pleuravätskan kontrollerad efter pleurodes."),
      ("Information till patienten", "PAD-svaret har inte lämnats till patienten. Han vet att prover tagits från lungsäcken och har bett att få svaret "
       "tillsammans med hustrun vid ett besök, tid ordnas 18/10."),
      ("Läkemedel", "Enalapril 10 mg, Metformin 1 g x 2, Trombyl 75 mg, Atorvastatin 40 mg. Nytt: Alvedon 1 g x 3, Oxynorm 5 mg vid behov."),
      ('Funktion', 'Självständig, cyklar och sköter trädgården. WHO PS 1.'),
      ('Lab', 'Hb 127, CRP 41, krea 86, albumin 33, HbA1c 52.'),
      ('Omvårdnad', 'Dränageskötsel utan komplikation. Smärta vid dränaget VAS 3–4, lindrad med Oxynorm.'),
      ('Arbetsskada', 'Anställningstiden vid varvet verifierad via pensionsunderlag.'),
      ("Planering", "Anmäls till MDK thorax 16/10. Arbetsskadeanmälan förbereds. Rtg pulm före besöket 18/10."),
      ("Diagnoser", "C45.0 Mesoteliom i lungsäcken\nZ57.2 Yrkesmässig exponering för damm"),
    ]),
   N("n2", "Melior", "Mottagningsanteckning", "sk_med_hassleholm", "Björn Sjöstedt", "läkare",
     "2024-10-18T10:00", "2024-10-18T11:15", "öppenvård", [
      ("Kontaktorsak", "Besked om PAD efter torakoskopi, hustrun med."),
      ("Aktuellt", "Mår bättre sedan pleurodesen och promenerar 1 km. Lätt ömhet vid dränagestället."),
      ("Status", "SpO2 96 %. Dämpning basalt hö, oförändrat jämfört med röntgen."),
      ("Röntgen", "Rtg pulm 17/10: ingen ny vätska, pleuraförtjockning hö."),
      ("Information till patienten", "Pat och hustru informerades idag om att proverna visar malignt mesoteliom, en cancer i lungsäcken som hänger samman med asbestexponeringen. "
       "De tog emot beskedet lugnt. Genomgång av MDK:s förslag om cytostatika och immunterapi samt möjligheten till arbetsskadeersättning."),
      ("Planering", "Remiss onkologen Lund. Kontaktsjuksköterska utsedd. Arbetsskadeanmälan skickas till Försäkringskassan."),
    ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "Two notes: the epikris shows mesothelioma while saying the PAD has not been given (must on n1); the visit eight days later tells him (must_not on n2).")

C("d139-53-pankreas-th-mall-och-synlig-misstanke", "skane", "1957-08-08", "216", "2024-03-18",
  [N("n1", "Melior", "Tidiga hypoteser", "sk_gastro_malmo", "Lena Cronqvist", "läkare",
     "2024-03-11T16:30", "2024-03-11T16:40", "öppenvård", [
      ("Bedömning", "EUS-bild med 2 cm hypoekogen förändring i pankreashuvudet och stegrat CA 19-9 inger misstanke om pankreascancer, "
       "DD autoimmun pankreatit. Hålls här tills cytologisvar föreligger."),
    ]),
   N("n2", "Melior", "Mottagningsanteckning", "sk_gastro_malmo", "Lena Cronqvist", "läkare",
     "2024-03-14T09:00", "2024-03-14T10:20", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter EUS, nydebuterad diabetes och viktnedgång."),
      ("Anamnes", "66-årig kvinna remitterad från VC Kirseberg pga nydebuterad diabetes med HbA1c 68 i januari, viktnedgång 7 kg och diffus ryggvärk. "
       "Ingen ikterus. Lös, ljus avföring senaste månaden."),
      ("Tidigare sjukdomar", "Hypertoni. Sjögrens syndrom. Hysterektomi 2002. Kolecystektomi 2010."),
      ("Läkemedel", "Metformin 500 mg x 2 sedan januari, Amlodipin 5 mg, Salagen."),
      ("Socialt", "Gift, bor i Kirseberg. Pensionerad kock. Rökte till 2015."),
      ("Status", "Ej ikterisk. BMI 22. Buk mjuk, lätt öm i epigastriet, ingen palpabel resistens. Inga förstorade lymfkörtlar."),
      ("Lab", "CA 19-9 310, bilirubin 12, ALP 1,4, amylas normalt, IgG4 1,9 (lätt förhöjt), HbA1c 71, F-elastas lågt."),
      ("Undersökningar", "DT pankreas 26/2: lätt förstorat pankreashuvud utan säker fokal förändring. "
       "EUS 8/3: 2 cm hypoekogen förändring i caput, finnålspunktion gjord, cytologi inväntas."),
      ("Bedömning", "Nydebuterad diabetes och exokrin pankreassvikt. Förändring i pankreashuvudet, misstänkt pankreascancer; "
       "autoimmun pankreatit är differentialdiagnos med tanke på IgG4 och Sjögren."),
      ("Åtgärd", "Creon 25 000 E till måltid. Metformin fortsätter, insulin läggs till vid behov efter kontakt med diabetessköterska."),
      ('Funktion', 'WHO PS 1. Promenerar dagligen men orkar mindre än tidigare.'),
      ('Diabetes', 'Blodsocker 8–14 hemma, inga hypoglykemier. Diabetessköterska kontaktad idag.'),
      ('Nutrition', 'Vikt 59 kg, tidigare 66 kg. Dietist bokad.'),
      ('Hereditet', 'Ingen känd pankreassjukdom i släkten. Fadern hade tjocktarmscancer vid 80 års ålder.'),
      ("Planering", "Cytologisvar väntas inom 1 v. Anmäls till MDK pankreas. Kontaktsjuksköterska ringer pat på fredag."),
      ("Information till patienten", "Pat informerad om att förändringen i bukspottkörteln behöver utredas vidare med prover från EUS."),
    ])],
  [("NL102", "n2")], [("NL102", "n1")],
  "Skåne: the hypothesis is correctly in a Tidiga hypoteser note (n1), but the later ordinary note repeats 'misstänkt pankreascancer' visibly (n2).")

C("d139-54-myelofibros-i-th-sokord-sedan-beskedsamtal", "vgr", "1953-12-01", "551", "2024-06-08",
  [N("n1", "Melior", "Läkaranteckning", "vgr_hemat", "Sven Kronberg", "läkare",
     "2024-06-03T14:20", "2024-06-03T15:05", "öppenvård", [
      ("Kontaktorsak", "Provsvar efter benmärgsbiopsi 22/5."),
      ("Bakgrund", "70-årig man remitterad för mjältförstoring 18 cm och anemi Hb 104 med tårdroppsceller i utstryk. LD 620. JAK2 V617F positiv, allelbörda 42 %."),
      ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi. Ischemisk hjärtsjukdom, CABG 2014. Gikt."),
      ("Läkemedel", "Trombyl 75 mg, Metoprolol 100 mg, Atorvastatin 40 mg, Tamsulosin, Allopurinol 300 mg."),
      ("Socialt", "Gift, bor i Kungsbacka. Pensionerad polis som cyklar dagligen."),
      ("Aktuellt", "Trött, tidig mättnadskänsla, nattsvettningar 2–3 ggr/v. Viktnedgång 3 kg."),
      ("Status", "Mjälten palperas 8 cm nedom vä arcus, fast och oöm. Inga förstorade körtlar. Blek."),
      ("Tidiga hypoteser", "Benmärgsbiopsi: fibros grad MF-2 med atypiska megakaryocyter, förenligt med primär myelofibros, DIPSS-plus intermediär-2. "
       "Patienten ännu inte informerad, samtal med honom och hustrun bokat 5/6."),
      ('Lab', 'Hb 101, LPK 13,4, TPK 412, LD 640, urat 480, krea 91.'),
      ('Röntgen', 'UL buk: mjälte 18,5 cm, normalstor lever utan fokala förändringar.'),
      ('Funktion', 'WHO PS 1. Cyklar fortfarande men kortare sträckor.'),
      ("Planering", "Konferens 4/6 för ställningstagande till JAK-hämmare och transplantationsbedömning. Transfusionsgräns Hb 80."),
      ("Information", "Pat har fått veta att biopsisvaret har kommit och att det gås igenom vid besöket 5/6."),
    ]),
   N("n2", "Melior", "Mottagningsanteckning", "vgr_hemat", "Sven Kronberg", "läkare",
     "2024-06-05T13:00", "2024-06-05T14:30", "öppenvård", [
      ("Kontaktorsak", "Diagnossamtal, hustrun närvarande."),
      ("Information till patienten", "Pat och hustru informerades idag om att benmärgsprovet visar primär myelofibros, en kronisk blodsjukdom där benmärgen ersätts av bindväv. "
       "Genomgång av prognos, symtomlindring med ruxolitinib och att allogen stamcellstransplantation utreds. Frågorna besvarade."),
      ("Bedömning", "Primär myelofibros, JAK2-positiv, DIPSS-plus intermediär-2, symtomgivande splenomegali."),
      ('Status', 'Mjälten palperas 8 cm nedom arcus, oförändrat. Blek men opåverkad.'),
      ("Åtgärd", "Jakavi 15 mg x 2 insätts. Blodstatus varannan vecka de första 2 mån. Remiss för HLA-typning av pat och syskon."),
      ("Planering", "Återbesök om 4 v."),
    ])],
  [], [("NL101", "n1"), ("NL101", "n2")],
  "VGR: the untold myelofibrosis sits under the sökord Tidiga hypoteser in n1 (visible parts only say the answer has come); n2 tells him and documents it visibly.")

C("d139-55-barn-diabetesdebut-ingen-misstanke-celiaki", "vgr", "2014-09-12", "287", "2024-02-10",
  [N("n1", "Melior", "Epikris", "vgr_barnmed_nal", "Hanna Gustavsson", "läkare",
     "2024-02-07T12:40", "2024-02-07T14:00", "slutenvård", [
      ("Kontaktorsak", "Inlagd 2/2 med ökad törst, täta urinträngningar och viktnedgång."),
      ("Anamnes", "9-årig flicka som sedan 3 v druckit stora mängder, vaknar och kissar nattetid och har börjat kissa i sängen igen. "
       "Viktnedgång 2,5 kg. Trött i skolan. Ingen buksmärta, inga kräkningar."),
      ("Tidigare sjukdomar", "Frisk. Vaccinerad enligt program. Inga läkemedel."),
      ("Hereditet", "Morfar har typ 1-diabetes sedan ungdomen. Mamma har hypotyreos."),
      ("Socialt", "Bor med mamma, pappa och lillebror 6 år i Vänersborg. Går i årskurs 3, spelar fotboll två gånger i veckan."),
      ("Vårdförlopp", "P-glukos 24 vid ankomst, pH 7,36, BE -3, B-ketoner 1,1. Inga tecken på ketoacidos, peroral rehydrering räckte. "
       "HbA1c 92. GAD- och IA2-antikroppar positiva. Subkutan basal-bolusbehandling startad dag 1. "
       "Transglutaminasantikroppar negativa, ingen misstanke om celiaki. TSH och T4 normala. "
       "Diabetesundervisning för familjen med diabetessköterska och dietist dag 2–5. CGM satt dag 2."),
      ("Status vid utskrivning", "Pigg och opåverkad. Vikt 29,4 kg. Injektionsställena ua."),
      ("Bedömning", "Nydebuterad typ 1-diabetes utan ketoacidos."),
      ("Läkemedel", "Tresiba 8 E kl 20. NovoRapid enligt kolhydraträkning 1 E/15 g. Glukagon nässpray vid svår hypoglykemi."),
      ('Tillväxt', 'Längd 134 cm, vikt 29,4 kg vid utskrivning mot 31,9 kg hos skolsköterskan i höstas.'),
      ('Skola', 'Skolsköterskan får diabetesplan. Extra mellanmål och möjlighet att mäta blodsocker i klassrummet.'),
      ('Psykosocialt', 'Flickan var initialt rädd för sprutor, bättre efter lek med injektionsdocka. Föräldrarna delar på nattkontrollerna.'),
      ('Diagnoser', 'E10.9 Diabetes mellitus typ 1 utan komplikationer'),
      ("Planering", "Daglig telefonkontakt med diabetessköterska första veckan. Återbesök diabetesmottagningen om 2 v. "
       "Föräldrarna informerar skolsköterska och fotbollstränare med hjälp av vår skriftliga information."),
      ("Information", "Föräldrarna och flickan har informerats om diagnosen och behandlingen. Vårdbidrag diskuterat med kurator."),
  ])],
  [], [("NL102", "n1")],
  "Child (guardians read the note): type 1 diabetes is confirmed, ketoacidosis and coeliac disease are explicitly negated.")

C("d139-56-barnkirurgi-appendicit-kan-ej-uteslutas", "skane", "2016-11-04", "349", "2024-05-13",
  [N("n1", "Melior", "Inskrivningsanteckning", "sk_barnkir_lund", "Daniel Rosengren", "läkare",
     "2024-05-11T22:30", "2024-05-11T23:40", "slutenvård", [
      ("Kontaktorsak", "Buksmärta sedan i morse, remiss från barnakuten."),
      ("Anamnes", "7-årig pojke, tidigare frisk. Buksmärta kring naveln från kl 7, nu mest till höger nedtill. Kräkts två gånger, ingen diarré. "
       "Vill inte äta. Temp 38,0 hemma. Ont vid hopp och när bilen körde över farthinder. Miktion ua. Ingen förstoppning enligt mamma."),
      ("Tidigare sjukdomar", "Frisk. Falsk krupp som spädbarn. Inga operationer, inga läkemedel, inga allergier."),
      ("Hereditet", "Pappa appendektomerades som barn."),
      ("Socialt", "Bor med båda föräldrarna och storasyster i Staffanstorp. Går i årskurs 1."),
      ("Status", "Temp 38,1, puls 118, AF 22.\nOpåverkad men blek, ligger still.\n"
       "Buk: mjuk, ömhet och lätt défense i hö fossa, släppömhet, smärta vid hosta. Psoasfenomen neg.\nTestes ua.\nHals och lungor ua."),
      ("Lab", "CRP 38, LPK 15,6, neutrofiler 12,1. U-sticka ua."),
      ("Röntgen", "UL buk 21.40: appendix ej säkert visualiserad, lite fri vätska i hö fossa, inga förstorade lymfkörtlar."),
      ("Bedömning", "Buksmärta med lokal peritonit i hö fossa och inflammatorisk reaktion. "
       "Appendicit kan ej uteslutas trots att appendix inte kunde visualiseras på UL, PAS 7."),
      ("Åtgärd", "Fastande. Glukos 50 mg/ml med elektrolyter 60 ml/h iv. Alvedon 15 mg/kg iv, Morfin 0,05 mg/kg vid behov."),
      ('Vikt', '23 kg, doser beräknade därefter.'),
      ('Vaccinationer', 'Vaccinerad enligt barnvaccinationsprogrammet.'),
      ('Omvårdnad', 'Puls, temperatur och smärtskattning med FLACC varannan timme. En förälder sover över.'),
      ("Planering", "Ny bedömning av barnkirurg kl 06 med CRP. Laparoskopi vid progress, annars ny UL i morgon."),
      ("Information", "Föräldrarna informerade om att vi observerar över natten och att operation kan bli aktuell."),
  ])],
  [("NL102", "n1")], [],
  "Child in Melior (guardians read it): 'Appendicit kan ej uteslutas' is a hedged diagnosis in visible Bedömning.")

C("d139-57-ftd-besked-givet-hemtjansten-ej-informerad", "skane", "1939-02-20", "726", "2024-11-08",
  [N("n1", "Melior", "Läkaranteckning", "sk_aldrepsyk_malmo", "Ylva Sörensen", "läkare",
     "2024-11-05T10:30", "2024-11-05T12:00", "öppenvård", [
      ("Kontaktorsak", "Uppföljning av diagnos och beteendesymtom, tillsammans med dottern."),
      ("Bakgrund", "85-årig kvinna med frontotemporal demens, beteendevariant, utredd på mottagningen under hösten: "
       "personlighetsförändring med ohämmat beteende, hyperoralitet och apati sedan 2 år, MR med frontal och temporal atrofi, FDG-PET med frontalt nedsatt metabolism."),
      ("Tidigare sjukdomar", "Hypertoni. Kostbehandlad typ 2-diabetes. Glaukom. Höftplastik vä 2015."),
      ("Läkemedel", "Amlodipin 5 mg, Xalatan. Sertralin 50 mg insatt i september mot impulsiviteten."),
      ("Socialt", "Änka, bor kvar i lägenhet i Limhamn med hemtjänst 3 ggr/d och trygghetslarm. Dottern ringer dagligen."),
      ("Aktuellt", "Dottern beskriver färre incidenter sedan sertralin: pat äter inte längre andras mat på dagverksamheten och har slutat ringa grannar nattetid. "
       "Sover bättre. Inga fall."),
      ("Status", "Glad, otvungen, viss distanslöshet. Kort uppmärksamhetsspann. Inga psykotiska symtom. Orienterad till person."),
      ("Bedömning", "Frontotemporal demens, beteendevariant, med förbättrade beteendesymtom på sertralin."),
      ("Information till patienten", "Diagnosen meddelades pat 15/10 och gicks idag igenom igen i enkla ordalag; hon förstår att hon har en minnessjukdom som påverkar hur hon beter sig. "
       "Dottern har fått utförlig information. Hemtjänsten är ännu inte informerad om de ändrade måltidsrutinerna, dottern kontaktar biståndshandläggaren i veckan."),
      ("Åtgärd", "Sertralin oförändrat. Intyg till biståndshandläggaren om behov av mer tillsyn. Körkortet är sedan tidigare återkallat."),
      ('Skattningar', 'NPI-Q: apati och disinhibition lindrigare än i augusti. MMSE 24/30.'),
      ('Hemsituation', 'Hemtjänsten lagar mat och ser till att hon äter. Dagverksamhet tre dagar i veckan.'),
      ('Diagnoser', 'G31.0 Frontotemporal demens\nF02.0 Demens vid Picks sjukdom'),
      ("Planering", "Återbesök om 3 mån. Ssk ringer dottern om 4 v. Anhörigutbildning om FTD erbjuden."),
  ])],
  [], [("NL101", "n1")],
  "Dementia diagnosis given to the patient (15/10 and again today); only home care has not been told about new routines, which is no diagnosis.")

C("d139-58-gallblasecancer-incidentell-ej-informerad", "vgr", "1960-01-25", "458", "2024-10-24",
  [N("n1", "Melior", "Läkaranteckning", "vgr_kir_ostra_mott", "Robert Falk", "läkare",
     "2024-10-21T15:30", "2024-10-21T16:15", "öppenvård", [
      ("Kontaktorsak", "PAD-svar efter laparoskopisk kolecystektomi 30/9, inför återbesök."),
      ("Bakgrund", "64-årig kvinna opererad elektivt för symtomgivande gallsten efter tre gallstensanfall under våren. "
       "Laparoskopisk kolecystektomi 30/9 med något förtjockad gallblåsevägg peroperativt, i övrigt okomplicerat. Hemgång samma dag."),
      ("Tidigare sjukdomar", "Hypertoni. Astma. Fetma, BMI 36. Hysterektomi 2008."),
      ("Läkemedel", "Losartan 100 mg, Symbicort, Omeprazol."),
      ("Socialt", "Gift, bor i Lerum. Lokalvårdare. Röker 5 cig/d."),
      ("Postoperativt", "Telefonkontakt 7/10: mår bra, såren läkta, inga smärtor."),
      ("PAD", "Gallblåsa med kronisk kolecystit och kolelitiasis. I fundus ett måttligt differentierat adenocarcinom som infiltrerar muscularis "
       "och når perimuskulär bindväv på leversidan (pT2b). Cystikusmarginalen fri, cystikuskörteln utan tumör."),
      ("Bedömning", "Incidentellt upptäckt gallblåsecancer pT2b. Reoperation med leverbäddsresektion och lymfkörtelutrymning är indicerad efter stadieindelning."),
      ("Information", "Patienten är inte informerad om PAD-svaret. Hon räknar med ett rutinåterbesök och får beskedet personligen av undertecknad 24/10, "
       "maken brukar följa med."),
      ("Åtgärd", "DT thorax-buk beställd till 23/10. Anmälan till MDK lever-galla 22/10."),
      ('Status', 'Senaste fysiska undersökning 30/9: BMI 36, buk mjuk, portsåren ua.'),
      ('Lab', 'Leverprover, bilirubin och CEA 14/10 utan anmärkning. CA 19-9 28.'),
      ('Funktion', 'Arbetar heltid, sjukskriven 2 v efter operationen och nu åter i arbete.'),
      ('Läkemedelsgenomgång', 'Omeprazol kan sättas ut om dyspepsin berodde på gallbesvären. Inga blodförtunnande.'),
      ('Kontaktsjuksköterska', 'HPB-sjuksköterska Maria Ekdahl deltar vid besöket.'),
      ('Rökning', 'Rökstopp inför reoperation rekommenderas, nikotinläkemedel erbjuds.'),
      ('Hereditet', 'Ingen känd cancer i släkten. Modern har haft gallsten.'),
      ('Allergi', 'Jodkontrast gav lätt urtikaria 2019, premedicinering inför DT.'),
      ("Planering", "Återbesök 24/10 kl 13 med kontaktsjuksköterska."),
      ("Diagnos", "C23.9 Gallblåsecancer"),
  ])],
  [("NL101", "n1")], [],
  "Incidental gallbladder cancer stands in PAD, Bedömning and Diagnos while the patient is not informed of the PAD.")

C("d139-59-lungemboli-sannolkit-typo", "vgr", "1979-07-30", "824", "2024-01-12",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_akut_alingsas", "Filip Norén", "läkare",
     "2024-01-09T03:10", "2024-01-09T04:25", "slutenvård", [
      ("Kontaktorsak", "Akut andfåddhet och hö-sidig andningskorrelerad bröstsmärta sedan igår kväll."),
      ("Anamnes", "44-årig kvinna som kom hem från Thailand med 11 timmars flyg för 4 dagar sedan. Sedan igår kväll hugg i hö sida vid djupa andetag "
       "och andfåddhet vid promenad. Har hostat upp blodstrimmigt slem en gång. Hö vad har ömmat sedan resan. Ingen feber."),
      ("Tidigare sjukdomar", "Migrän med aura. Endometrios. Kejsarsnitt 2012."),
      ("Läkemedel", "Kombinerade p-piller (Neovletta) sedan många år, förskrivna av privat gynekolog trots migrän med aura. Sumatriptan vid behov."),
      ("Hereditet", "Modern har haft DVT efter graviditet, heterozygot för faktor V Leiden."),
      ("Socialt", "Gift, två barn 11 och 15 år. Ekonom. Röker inte."),
      ("Status", "AT: lätt smärtpåverkad. Puls 112, BT 128/84, AF 24, SpO2 93 %, temp 37,4.\nCor: takykard, regelbunden, inga blåsljud.\n"
       "Pulm: vesikulära andningsljud, ingen dämpning.\nHö vad 2 cm större än vä, öm längs djupa vener."),
      ("EKG", "Sinustakykardi 110, S1Q3T3-mönster, inkomplett hö grenblock."),
      ("Lab", "D-dimer 4,8, hs-TnT 22, NT-proBNP 640, CRP 24, Hb 138, krea 68, hCG negativt."),
      ("Bedömning", "Sannolkit lungemboli med DVT i hö ben som källa, Wells 7,5. Hemodynamiskt stabil, lätt förhöjda hjärtmarkörer."),
      ("Åtgärd", "Innohep 175 E/kg sc direkt. Syrgas 2 l/min. Neovletta utsatt. Oxynorm 5 mg vid behov."),
      ('Funktion', 'Löptränade tre gånger i veckan före insjuknandet.'),
      ('Allergi', 'Inga läkemedelsallergier kända.'),
      ('Lab forts.', 'PK-INR 1,0, APTT normal, TPK 240.'),
      ("Planering", "DT lungangiografi kl 08 när röntgen öppnar. UCG under dagen. Trombofiliutredning senare i lugnt skede."),
      ("Information till patienten", "Pat informerad om misstanken om blodpropp och om att behandling startats i väntan på DT."),
  ])],
  [("NL102", "n1")], [],
  "Typo case ('Sannolkit lungemboli'): a misspelt hedge on pulmonary embolism in visible Bedömning, repeated as 'misstanken om blodpropp'.")

C("d139-60-kol-exacerbation-hedgar-pa-symtom-och-plan", "skane", "1951-03-18", "577", "2024-12-05",
  [N("n1", "Melior", "Epikris", "sk_med_lund", "Cecilia Nordin", "läkare",
     "2024-12-03T13:50", "2024-12-03T15:20", "slutenvård", [
      ("Kontaktorsak", "Inlagd 26/11 pga tilltagande andfåddhet och ökad mängd missfärgade upphostningar."),
      ("Tidigare sjukdomar", "KOL GOLD 3 med syrgas i hemmet nattetid sedan 2023. Osteoporos med kotfrakturer Th11–L1. Depression. Hypertoni."),
      ("Socialt", "Ensamstående, bor i lägenhet på Linero i Lund. Hemtjänst 2 ggr/d. Dottern handlar. "
       "Röker 5 cig/d trots syrgas, informerad om brandrisken."),
      ("Vårdförlopp", "Vid ankomst SpO2 84 % på 1 l syrgas, pCO2 7,9, pH 7,31. NIV första dygnet med god effekt. Rtg pulm utan infiltrat. "
       "Sputumodling Haemophilus influenzae, känslig för amoxicillin. Prednisolon 40 mg i 5 dagar, Amimox 750 mg x 3 i 7 dagar och inhalationer med Atrovent/Ventoline. "
       "Blodgaser normaliserade dag 3. Ev. lätt förhöjd kvällstemp dag 2–3, därefter afebril. Andningsträning och PEP-flaska med fysioterapeut."),
      ("Status vid utskrivning", "SpO2 91 % på 1 l syrgas. Pulm: förlängt exspirium, spridda ronki, inga rassel. Cor regelbunden 84/min. Opåverkad."),
      ("Lab vid utskrivning", "CRP 11 (98 vid ankomst), Hb 141, K 3,9, krea 61, P-glukos 7,8 under kortison."),
      ("Bedömning", "KOL-exacerbation med akut hyperkapnisk respiratorisk insufficiens, behandlad med NIV, antibiotika och steroider. "
       "Haemophilusbronkit. Fortsatt tobaksbruk."),
      ("Läkemedel", "Trimbow 2 inh x 2 oförändrat, Ventoline vid behov, Alendronat 70 mg/v, Sertralin 50 mg, Enalapril 5 mg. Amimox t.o.m. 3/12."),
      ("Planering", "Trolig hemgång i morgon om syrgasbehovet är oförändrat under natten. Möjligen byte till annan inhalator vid återbesöket om tekniken fortsatt brister. "
       "Återbesök lungmottagningen om 6 v med blodgas. Remiss rökavvänjning. Eventuellt NIV i hemmet, tas upp på lungmottagningen."),
      ("Information till patienten", "Pat informerad om behandlingen och om handlingsplanen vid försämring."),
  ])],
  [], [("NL102", "n1")],
  "Every hedge in this epikris sits on a symptom (ev. lätt förhöjd kvällstemp) or a plan (trolig hemgång, möjligen byte, eventuellt NIV); the diagnoses are settled.")

# ---------------------------------------------------------------- part 3
C("d139-61-epikris-misstank-tia-typo", "vgr", "1944-12-12", "734", "2024-04-16",
  [N("n1", "Melior", "Epikris", "vgr_ger_kungalv", "Gustaf Wallin", "läkare",
     "2024-04-12T11:50", "2024-04-12T13:30", "slutenvård", [
      ("Kontaktorsak", "Inlagd 9/4 efter övergående talsvårighet och svaghet i hö hand i ca 40 min."),
      ("Anamnes", "79-årig man som vid frukost plötsligt fick svårt att hitta ord och tappade kaffekoppen med hö hand. "
       "Symtomen gick helt tillbaka på 40 minuter, innan ambulansen kom fram. Ingen huvudvärk, inga kramper. "
       "En liknande kortvarig episod för 2 v sedan som han inte sökte för."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperkolesterolemi. Prostatacancer 2018, strålbehandlad. Kataraktoperation bilat."),
      ("Läkemedel vid inskrivning", "Amlodipin 10 mg och Simvastatin 20 mg. Inga blodförtunnande."),
      ("Socialt", "Gift, villa i Kareby. Kör bil och spelar golf. F.d. rökare, slutade 1990."),
      ("Vårdförlopp", "NIHSS 0 vid ankomst. DT hjärna och DT angio utan blödning eller infarkt, 50 % stenos i vä a. carotis interna, hö sida ua. "
       "MR hjärna 10/4 utan diffusionsrestriktion. Telemetri 72 tim: paroxysmalt förmaksflimmer vid två tillfällen, längsta episod 3 tim. "
       "UCG: normal EF, lätt dilaterat vä förmak. Carotisduplex 11/4: 50–60 % stenos vä ICA, ingen kirurgisk indikation enligt kärlkirurg."),
      ("Status vid utskrivning", "Neurologiskt helt återställd. Cor oregelbunden vid undersökningen, 88/min. BT 146/84."),
      ("Lab", "LDL 3,4, HbA1c 39, krea 96, TSH 1,4, Hb 141."),
      ("Bedömning", "Misstänk TIA i vä hemisfär, kardioembolisk mekanism från nyupptäckt paroxysmalt förmaksflimmer. "
       "Måttlig carotisstenos vä. Hypertoni ej i mål."),
      ("Läkemedel vid utskrivning", "Nytt: Eliquis 5 mg x 2, Atorvastatin 80 mg i stället för simvastatin, Enalapril 5 mg. Amlodipin 10 mg fortsätter."),
      ("Planering", "Körförbud i 2 v enligt Transportstyrelsens föreskrifter. Strokesköterska ringer om 4 v. "
       "Återbesök strokemottagningen om 3 mån med carotisduplex. BT-kontroll på VC om 2 v."),
      ("Information till patienten", "Pat och hustru informerade om varningstecken på stroke, om att ringa 112 direkt vid nya symtom och om den blodförtunnande behandlingen."),
  ])],
  [("NL102", "n1")], [],
  "Typo case ('Misstänk TIA'): a misspelt hedge on TIA in visible Bedömning of a long stroke epikris.")

C("d139-62-njur-oklart-om-iga-nefropati", "skane", "1977-04-03", "613", "2024-09-23",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_njur_malmo", "Axel Törnqvist", "läkare",
     "2024-09-19T13:15", "2024-09-19T14:50", "öppenvård", [
      ("Kontaktorsak", "Nybesök, remiss från VC Staffanstorp pga mikroskopisk hematuri, proteinuri och nedsatt njurfunktion."),
      ("Anamnes", "47-årig man där hematuri upptäcktes vid en försäkringsundersökning för 3 år sedan men inte följdes upp förrän i våras, då krea var 142. "
       "Rödbrun urin i samband med förkylning vid två tillfällen, senast i vintras. Inga ödem, ingen dyspné. "
       "Högt blodtryck i 10 år, har inte alltid tagit sin medicin."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2014. Gikt. Menisk op vä knä 2010."),
      ("Läkemedel", "Amlodipin 5 mg (tas ojämnt). Allopurinol 100 mg."),
      ("Hereditet", "Fadern i dialys från 60 års ålder, orsaken okänd för pat. Farbror med njursten."),
      ("Socialt", "Gift, tre barn. Lastbilschaufför i fjärrtrafik. Röker 10 cig/d. Alkohol helger."),
      ("Status", "BT 168/104 hö, 164/102 vä. Puls 76. Vikt 96 kg, BMI 30. Inga ödem. Cor regelbunden utan blåsljud. "
       "Ögonbotten enligt ögonkonsult: hypertensiva förändringar grad 2."),
      ("Lab", "Krea 148, eGFR 49, U-albumin/krea 112 mg/mmol, U-sticka blod 3+. Sediment med dysmorfa erytrocyter och enstaka erytrocytcylindrar. "
       "C3 och C4 normala. ANCA, anti-GBM och ANA negativa. Elfores ua. Hepatit B, C och HIV negativa."),
      ("Röntgen", "UL njurar: hö 10,4 cm, vä 10,1 cm, lätt förtunnat parenkym, inga stenar eller cystor."),
      ("Bedömning", "Kronisk njursjukdom stadium 3a med glomerulär hematuri och proteinuri. "
       "Oklart om det rör sig om IgA-nefropati eller hypertensiv nefroskleros; njurbiopsi behövs för ställningstagande till immunsuppression. Okontrollerad hypertoni."),
      ("Åtgärd", "Amlodipin byts till Enalapril 10 mg med upptitrering, krea och K om 1 v. Hemblodtrycksmätning. Njurbiopsi planeras 8/10. Remiss rökavvänjning."),
      ("Planering", "Återbesök efter biopsin. Blodtrycksmål under 130/80."),
      ("Information till patienten", "Pat informerad om fynden och om biopsins syfte och risker, skriftlig information medskickad. Vikten av regelbunden medicinering betonad."),
  ])],
  [("NL102", "n1")], [],
  "Nephrology first visit: 'Oklart om det rör sig om IgA-nefropati eller hypertensiv nefroskleros' is an open diagnostic hedge in visible Bedömning.")

C("d139-63-hjartsvikt-mojlig-hjartamyloidos", "vgr", "1943-06-06", "892", "2024-03-02",
  [N("n1", "Melior", "Epikris", "vgr_med_su", "Lovisa Hägg", "läkare",
     "2024-02-28T13:00", None, "slutenvård", [
      ("Kontaktorsak", "Inlagd 21/2 pga debut av hjärtsvikt med dyspné och bensvullnad."),
      ("Anamnes", "80-årig man med tilltagande ansträngningsdyspné sedan hösten, nu andfådd vid påklädning och svullen upp till knäna. "
       "Karpaltunnelsyndrom opererat bilat 2019 och 2020, spinal stenos opererad 2021. Yr när han reser sig."),
      ("Tidigare sjukdomar", "Karpaltunnelsyndrom bilat. Lumbal spinal stenos, dekompression 2021. Tidigare hypertoni, nu lågt blodtryck utan behandling. Glaukom."),
      ("Socialt", "Gift, lägenhet i Örgryte. Pensionerad civilingenjör. Aldrig rökt."),
      ("Vårdförlopp", "NT-proBNP 6800, hs-TnT 62 stabilt. EKG: sinusrytm, lågvoltage i extremitetsavledningar, pseudoinfarktmönster V1–V3. "
       "UCG 22/2: koncentrisk väggförtjockning 17 mm, granulärt myokard, EF 45 %, apikal sparing i strain och restriktiv fyllnad. "
       "Furosemid iv med viktnedgång 5 kg. Ortostatism, därför ingen ACE-hämmare. Fria lätta kedjor och elfores normala."),
      ("Status vid utskrivning", "Lätt dyspné vid gång i korridoren. Halsvenerna ej stasade. Lätta ankelödem. BT 104/66 liggande."),
      ("Bedömning", "Hjärtsvikt med lätt nedsatt EF. Karpaltunnelsyndrom, spinal stenos, lågvoltage och UCG-bild talar sammantaget för möjlig hjärtamyloidos "
       "av transtyretintyp; DPD-scintigrafi bokad för att bekräfta."),
      ("Läkemedel vid utskrivning", "Furix 40 mg x 2, Spironolakton 25 mg, Forxiga 10 mg, Xalatan. Inga betablockerare."),
      ('Lab', 'Krea 118, eGFR 51, Na 136, K 4,6, Hb 131, HbA1c 41.'),
      ('Funktion', 'Klarar ADL själv men vilar efter påklädning. Går 100 m i korridoren.'),
      ('Hereditet', 'Ingen känd hjärtsjukdom i släkten. Fadern dog i stroke vid 70.'),
      ('Körkort', 'Kör inte längre bil sedan i fjol.'),
      ("Planering", "DPD-scint 7/3, därefter återbesök hjärtsviktsmottagningen. Genetisk analys av TTR-genen. Daglig vägning."),
      ("Information till patienten", "Pat och hustru informerade om hjärtsvikten, den vätskedrivande behandlingen och om att ytterligare undersökning ska klarlägga orsaken."),
  ])],
  [("NL102", "n1")], [],
  "Unsigned draft epikris: 'möjlig hjärtamyloidos' awaiting DPD scintigraphy stands in visible Bedömning.")

C("d139-64-infektion-ej-osannolikt-reaktiv-artrit", "skane", "1994-08-14", "431", "2024-07-08",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_inf_malmo", "Rebecka Ljung", "läkare",
     "2024-07-04T10:40", "2024-07-04T12:15", "öppenvård", [
      ("Kontaktorsak", "Svullet hö knä och vä fotled sedan 10 d, remiss från akuten."),
      ("Anamnes", "29-årig man som för 4 v sedan hade 5 dagars blodig diarré efter en grillfest, Campylobacter i faecesodling enligt VC, självläkt. "
       "Sedan 10 dagar värk och svullnad i hö knä och vä fotled, ont i hälarna på morgonen. Sveda vid vattenkastning senaste veckan. "
       "Röda, grusiga ögon i 3 dagar. Ingen feber. Inga nya sexpartners senaste året enligt pat."),
      ("Tidigare sjukdomar", "Frisk. Astma i barndomen."),
      ("Läkemedel", "Ipren 400 mg x 3 sedan en vecka med viss effekt."),
      ("Hereditet", "Fadern har psoriasis. Farbror har Bechterews sjukdom."),
      ("Socialt", "Sambo. Snickare, sjukskriven sedan en vecka. Snusar. Alkohol måttligt."),
      ("Status", "Temp 37,4.\nHö knä: palpabel hydrops, värmeökning, flexion 100°.\nVä fotled: diffus svullnad och ömhet.\n"
       "Entesit vid vä hälsena.\nKonjunktiver lätt injicerade bilat, ingen fotofobi.\nHud och naglar ua. Ryggen fritt rörlig."),
      ("Lab", "CRP 68, SR 52, LPK 10,1, krea 74, urat 320. HLA-B27 taget."),
      ("Ledvätska", "Punktion hö knä: 40 ml grumlig vätska, LPK 18 x 10^9/l, inga kristaller, odling negativ efter 48 tim."),
      ("Övrigt", "Urin-PCR för klamydia och gonorré negativa."),
      ("Bedömning", "Oligoartrit med entesit efter Campylobacterenterit, samtidig uretrit och konjunktivit. "
       "Ej osannolikt reaktiv artrit. Septisk artrit avskriven med negativ odling."),
      ("Åtgärd", "Depo-Medrol 40 mg intraartikulärt hö knä. Ipren byts mot Naproxen 500 mg x 2 i 3 v med Omeprazol 20 mg. Remiss ögonkliniken för bedömning."),
      ("Planering", "Återbesök reumatologen om 6 v. Sjukskrivningen förlängs 3 v."),
      ("Information till patienten", "Pat informerad om att ledinflammation efter tarminfektion oftast går över inom några månader."),
  ])],
  [("NL102", "n1")], [],
  "'Ej osannolikt reaktiv artrit' (a double-negative hedge) stands in visible Bedömning next to a ruled-out septic arthritis.")

C("d139-65-psyk-epikris-misstanke-eips-kvarstar", "vgr", "2003-02-14", "560", "2024-11-22",
  [N("n1", "Melior", "Epikris", "vgr_psyk_nal", "Josefin Brandt", "läkare",
     "2024-11-20T11:30", "2024-11-20T14:10", "slutenvård", [
      ("Kontaktorsak", "Vårdad 12/11–20/11 efter suicidförsök genom hängning."),
      ("Anamnes", "21-årig kvinna som efter ett uppbrott försökte hänga sig i sitt rum med ett skärp; rumskamraten bröt försöket. "
       "Kortvarig medvetandepåverkan enligt ambulanspersonalen. Självskada med rispning sedan 14 års ålder. "
       "Enstaka dagar med intensiv ilska och tomhetskänsla. Stark rädsla att bli övergiven."),
      ("Tidigare psykiatri", "BUP-kontakt 2017–2020 för depression och självskada. Vuxenpsykiatrin NÄL sedan 2022 med KBT under ett år. Inga tidigare inläggningar."),
      ("Somatiskt", "Frisk. Vid inkomsten rodnad strangulationsmarkering på halsen. DT halskärl ua. Ingen neurologisk skada."),
      ("Socialt", "Bor i studentkorridor i Trollhättan, läser till högskoleingenjör. Alkohol helger, ibland mycket. Inga droger."),
      ("Vårdförlopp", "Initialt extravak 1:1. Lugnade sig successivt och deltog i samtal och aktiviteter. Theralen vid behov tre kvällar, ingen annan medicinering. "
       "Nätverksmöte 18/11 med föräldrarna och öppenvårdens kontaktperson."),
      ("Psykiskt status vid utskrivning", "Vaken, klar, god kontakt. Neutral till lätt sänkt stämning. "
       "Inga psykotiska symtom, ingen misstanke om psykos har funnits under vårdtiden. Förnekar aktuella suicidtankar, beskriver ånger och framtidsplaner."),
      ("Suicidriskbedömning", "Fortsatt förhöjd risk på längre sikt med tanke på allvarligt försök och självskadehistorik. "
       "Akut risk bedöms låg vid utskrivning, skyddsfaktorer är föräldrarnas stöd och etablerad öppenvårdskontakt."),
      ("Bedömning", "Suicidförsök genom hängning i samband med relationskris. Lätt depressiv episod. "
       "Misstanke om emotionellt instabil personlighetsstörning kvarstår och utreds vidare i öppenvården."),
      ("Läkemedel", "Inga stående läkemedel. Theralen skrivs inte ut."),
      ("Planering", "Besök hos kontaktperson inom 3 dagar och läkarbesök inom 1 v. Anmäld till DBT-utredning. Krisplan upprättad med pat och föräldrar."),
      ("Information till patienten", "Pat och föräldrar informerade om planen och krisplanen."),
  ])],
  [("NL102", "n1")], [],
  "Psychiatric epikris mixing a negated psychosis with a live hedge: 'Misstanke om emotionellt instabil personlighetsstörning kvarstår' in visible Bedömning.")

C("d139-66-geriatrik-nph-fragetecken-utkast", "skane", "1940-01-08", "519", "2024-06-18",
  [N("n1", "Melior", "Inskrivningsanteckning", "sk_ger_malmo", "Kristoffer Alm", "läkare",
     "2024-06-11T14:20", None, "slutenvård", [
      ("Kontaktorsak", "Inlagd 10/6 för utredning av gångsvårigheter och upprepade fall."),
      ("Anamnes", "84-årig man med 18 mån tilltagande gångsvårigheter, korta steg och känsla av att fötterna fastnar i golvet. Fem fall senaste halvåret. "
       "Trängningar och urininkontinens sedan i vintras. Hustrun tycker att han blivit långsammare i tanken och tappat intresse."),
      ("Tidigare sjukdomar", "Hypertoni. Prostatahyperplasi, TURP 2017. Typ 2-diabetes på metformin. Subduralhematom hö efter fall 2012, utrymt."),
      ("Läkemedel", "Metformin 500 mg x 2, Enalapril 10 mg, Atorvastatin 20 mg, Betmiga 50 mg sedan mars."),
      ("Socialt", "Gift, lägenhet med hiss i Västra hamnen. Hemtjänst 1 ggr/d för dusch. Hustrun har knäartros och orkar inte hjälpa vid fall."),
      ("Status", "Vaken, orienterad men långsam. MMSE 23/30, främst brister i uppmärksamhet och ordflöde.\n"
       "Gång: bredspårig, magnetisk, korta steg, vändning på 5 steg. Romberg osäker.\nIngen tremor, ingen rigiditet, armsving bevarat.\n"
       "Reflexer symmetriska, Babinski neg bilat.\nOrtostatiskt BT utan fall."),
      ("Röntgen", "DT hjärna 11/6: vidgade ventriklar (Evans index 0,36) utan motsvarande vidgade sulci, DESH-mönster, lätta vitsubstansförändringar. Inget nytt hematom."),
      ("Lab", "B12, folat, TSH, Na, Ca och glukos ua. HbA1c 51."),
      ("Bedömning", "Triad med gångstörning, urininkontinens och kognitiv svikt. Normaltryckshydrocefalus? "
       "Vaskulär parkinsonism och läkemedelsbidrag från Betmiga vägs in."),
      ("Åtgärd", "Tap-test 17/6 med gångtest före och efter. Betmiga pausas. Gånganalys av fysioterapeut, TUG 24 s."),
      ("Planering", "Efter tap-test ställningstagande till remiss neurokirurgen Lund för shuntbedömning. Arbetsterapeut inför hemgång: trygghetslarm och rollator med bromsar."),
      ("Information till patienten", "Pat och hustru informerade om att en lumbalpunktion ska visa om gången förbättras."),
  ])],
  [("NL102", "n1")], [],
  "Unsigned geriatric admission chart: 'Normaltryckshydrocefalus?' is a question-mark hedge in visible Bedömning.")

C("d139-67-lever-th-sokord-och-synlig-trol-cirros", "vgr", "1968-03-30", "740", "2024-05-27",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_gastro", "Emil Grönlund", "läkare",
     "2024-05-22T14:00", "2024-05-22T15:30", "öppenvård", [
      ("Kontaktorsak", "Nybesök, remiss från VC pga förhöjda leverprover och trombocytopeni."),
      ("Anamnes", "56-årig man med förhöjda ALAT och GT sedan 2 år och TPK 98. Trött. Inga ikterusepisoder, ingen melena, ingen ascites. "
       "Uppger alkoholkonsumtion på 2 glas vin/dag."),
      ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, Eliquis. Gastrit 2020."),
      ("Läkemedel", "Eliquis 5 mg x 2, Metoprolol 50 mg, Losartan 50 mg."),
      ("Socialt", "Gift, bor i Mölndal. Restaurangägare. Röker ej."),
      ("Status", "Ej ikterisk. Palmarerytem. Spindelnaevi på bröst och rygg. Levern palpabel 3 cm nedom arcus med fast kant. "
       "Mjälten ej palpabel. Ingen ascites kliniskt. Lätt finvågig tremor."),
      ("Lab", "ALAT 1,4, ASAT 2,2, GT 6,8, ALP 2,1, bilirubin 28, albumin 34, PK-INR 1,3, TPK 96, MCV 104. PEth 2,4 µmol/l."),
      ("Undersökningar", "Fibroscan 32 kPa. UL buk: ojämn leverkontur, mjälte 14,5 cm, ingen ascites, inga fokala leverförändringar."),
      ("Bedömning", "Leverpåverkan med tecken på portal hypertension, trol. levercirros. Hög alkoholkonsumtion enligt PEth. Makrocytos."),
      ("Tidiga hypoteser", "Trolig alkoholorsakad levercirros Child-Pugh B. Hustrun har i telefon 20/5 beskrivit ett betydligt högre intag än pat uppger. "
       "Genesen tas upp med pat först när tillit etablerats."),
      ("Åtgärd", "Gastroskopi för varicescreening bokad. Hepatitserologi, ferritin och autoantikroppar. Tiamin 100 mg x 2 insatt."),
      ('Alkohol', 'AUDIT 18. Pat medger att han ibland dricker mer i arbetet. Inga abstinensbesvär beskrivna.'),
      ('Hereditet', 'Fadern hade alkoholberoende. Ingen känd leversjukdom i släkten.'),
      ('Vaccinationer', 'Ej vaccinerad mot hepatit A och B, vaccination planeras.'),
      ("Planering", "Återbesök om 4 v. Kontakt med beroendemottagning erbjuds."),
      ("Information till patienten", "Pat informerad om att levern är påverkad och att alkoholen behöver upphöra helt."),
  ])],
  [("NL102", "n1")], [],
  "VGR hard positive: the hypothesis is kept under Tidiga hypoteser, but the visible Bedömning also says 'trol. levercirros'.")

C("d139-68-th-mall-misstankt-lewykroppsdemens", "skane", "1937-10-29", "262", "2024-07-05",
  [N("n1", "Melior", "Tidiga hypoteser", "sk_ger_landskrona", "Per-Olof Nilsson", "läkare",
     "2024-07-02T15:45", "2024-07-02T16:20", "slutenvård", [
      ("Bakgrund", "86-årig kvinna inlagd 26/6 för fall och nattlig oro, se inskrivningsanteckning. "
       "Under vårdtiden synhallucinationer i form av djur i rummet, tydlig dygnsfluktuation i vakenhet och lätt rigiditet i armarna."),
      ("Observationer", "Nattpersonalen beskriver att hon talar och slår med armarna i sömnen. "
       "Kraftig förvärring av förvirring och stelhet efter en engångsdos Haldol 0,5 mg natt 2. MMSE 20/30 med uttalade visuospatiala brister. "
       "Ortostatiskt blodtrycksfall 30 mmHg systoliskt utan symtom."),
      ("Läkemedel", "Oxascand 10 mg tn sedan flera år, uttrappas nu. Haldol ges inte igen."),
      ("Bedömning", "Misstänkt demens med Lewykroppar; differentialdiagnostiskt delirium med läkemedelsbidrag från bensodiazepin och Haldol. "
       "Hypotesen behöver prövas på minnesmottagningen innan den framförs till pat och anhöriga."),
      ('Neurologi', 'Lätt kugghjulsrigiditet i båda armarna, hypomimi, korta steg. Ingen vilotremor, inga pyramidbanetecken.'),
      ('Lab', 'B12, TSH, Na och Ca normala. CRP 8, urinodling negativ.'),
      ('Differentialdiagnostik', 'Ingen feber och inga nya läkemedel utöver Haldoldosen, vilket talar emot ett rent delirium. Alzheimers sjukdom med parkinsonism är ytterligare ett alternativ.'),
      ('Anhöriga', 'Sonen har berättat att modern sedan ett år ser personer i trädgården som inte finns. Han har inte fått något besked om misstanken.'),
      ("Planering", "Varning för neuroleptika registrerad. Remiss minnesmottagningen Malmö för DaTSCAN och fullständig utredning efter utskrivning. "
       "Ny bedömning av hypotesen när svaren finns."),
  ])],
  [], [("NL102", "n1")],
  "Skåne: a whole long note written in the Tidiga hypoteser template, so the hedged Lewy body dementia is protected.")

C("d139-69-astma-sarkoidos-avskrevs-2019", "vgr", "1976-05-21", "408", "2024-04-29",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_lung", "Marie Holmqvist", "läkare",
     "2024-04-25T08:30", "2024-04-25T09:50", "öppenvård", [
      ("Kontaktorsak", "Uppföljning av astma och långvarig hosta."),
      ("Anamnes", "47-årig kvinna med astma sedan 2010. Utreddes 2019 för misstänkt sarkoidos pga förstorade hiluskörtlar, men EBUS-biopsierna visade reaktiva förändringar "
       "och sarkoidos avskrevs; DT 2020 visade normaliserade körtlar. Nu hosta sedan november, värst nattetid, lite vitt slem. "
       "Airomir 3–4 ggr/v. Ingen feber, ingen viktnedgång."),
      ("Tidigare sjukdomar", "Astma. Allergisk rinit (björk, katt). Gastroesofageal reflux, Omeprazol vid behov. Hypotyreos."),
      ("Läkemedel", "Symbicort 160/4,5 1 inh x 2, Airomir vb, Aerius, Levaxin 100 mikrog."),
      ("Socialt", "Gift, två barn. Frisör, exponerad för hårspray och blekmedel. Aldrig rökt. Familjen skaffade katt i höstas."),
      ("Status", "AT gott. SpO2 98 %. Pulm: spridda ronki vid forcerad exspiration. Näsa: svullen slemhinna. Hjärta ua."),
      ("Spirometri", "FEV1 2,41 l (82 %), reversibilitet 14 % och 320 ml efter Ventoline. FeNO 58 ppb."),
      ("Lab", "B-eosinofiler 0,6. Total IgE 410. Specifikt IgE katt klass 4."),
      ("Röntgen", "Rtg pulm ua, normala hili."),
      ("Bedömning", "Okontrollerad allergisk astma med nattlig hosta, utlöst av katten och yrkesexponering. Allergisk rinit. "
       "Ingen ny anledning att misstänka sarkoidos."),
      ("Åtgärd", "Symbicort höjs till 2 inh x 2 och används även vid behov. Nasonex 2 puffar x 1. Rådgivning om katten, pat funderar på omplacering. "
       "Remiss arbets- och miljömedicin för bedömning av frisöryrket."),
      ('Allergi', 'NKA.'),
      ('Vaccinationer', 'Årligt influensavaccin rekommenderas.'),
      ('Diagnoser', 'J45.0 Allergisk astma\nJ30.1 Allergisk rinit orsakad av pollen'),
      ("Planering", "Ny spirometri och FeNO om 3 mån. ACT idag 14 p."),
      ("Information till patienten", "Pat informerad om astmans koppling till katt och arbetsmiljö, inhalationsteknik visad av ssk."),
  ])],
  [], [("NL102", "n1")],
  "Asthma note whose only suspicion (sarcoidosis 2019) was ruled out ('avskrevs', 'ingen ny anledning att misstänka').")

C("d139-70-pmo-vc-missankt-bppv-typo", "skane", "1963-09-03", "315", "2024-03-08",
  [N("n1", "PMO", "Besöksanteckning", "sk_vc_hoor", "Sebastian Kvist", "läkare",
     "2024-03-06T14:10", "2024-03-06T15:00", "öppenvård", [
      ("Kontaktorsak", "Yrsel sedan 4 dagar, samt uppföljning av blodtryck och ländryggssmärta."),
      ("Anamnes", "60-årig kvinna som vaknade i lördags med kraftig rotatorisk yrsel när hon vände sig i sängen. "
       "Varar under en minut åt gången och utlöses av att lägga sig ned och titta upp. Illamående utan kräkningar. "
       "Ingen hörselnedsättning, ingen tinnitus, ingen huvudvärk, inga neurologiska symtom. Ländryggsvärk sedan 2 mån utan utstrålning nedom knät."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperlipidemi. Klimakteriebesvär. Ländryggssmärta sedan 2019."),
      ("Läkemedel", "Candesartan 16 mg, Atorvastatin 20 mg, Estradiol plåster."),
      ("Socialt", "Gift, bor i Höör. Arbetar på förskola. Promenerar mycket."),
      ("Status", "BT 142/86, puls 72. Kranialnerver ua, ingen spontannystagmus, Romberg och finger-näs ua. "
       "Dix-Hallpike hö: rotatorisk uppåtslående nystagmus mot hö öra efter 3 s latens som utmattas på 20 s. Head impulse test normalt bilat. "
       "Öron ua. Rygg: lätt paravertebral ömhet L4–L5, SLR neg, neurologi i benen ua."),
      ("Bedömning", "Missänkt BPPV i hö bakre båggång; DD vestibularisneurit mindre sannolik med normalt head impulse test. "
       "Blodtrycket något över mål. Ospecifik ländryggssmärta utan rödflaggor."),
      ("Åtgärd", "Epleys manöver hö sida med god effekt, instruktion för hemövningar. Candesartan höjs till 32 mg. Remiss fysioterapeut för ryggen."),
      ('Tidigare episod', 'Liknande men lindrigare yrsel 2021 som gick över på en vecka utan behandling.'),
      ('Arbete', 'Sjukskrivs 3 dagar pga yrseln, intyg utfärdat.'),
      ('Bilkörning', 'Avråds från bilkörning tills yrseln släppt.'),
      ('Lab', 'Hb 132, glukos 5,8, krea 64.'),
      ("Planering", "Telefonkontakt om 1 v. BT-kontroll hos ssk om 4 v."),
      ("Information", "Pat informerad om att söka akut vid nya symtom som dubbelseende, talsvårighet eller svaghet."),
  ])],
  [], [("NL102", "n1")],
  "Typo case ('Missänkt BPPV') in a PMO primary-care note: hedged diagnoses in PMO are never shown, so no NL102.")

C("d139-71-hemikolektomi-villkorad-misstanke-lackage", "vgr", "1955-07-07", "193", "2024-02-19",
  [N("n1", "Melior", "Epikris", "vgr_kir_skovde", "Elin Carlsson", "läkare",
     "2024-02-15T10:10", "2024-02-15T11:45", "slutenvård", [
      ("Kontaktorsak", "Planerad operation för adenocarcinom i colon ascendens, diagnostiserat vid screeningkoloskopi i december."),
      ("Tidigare sjukdomar", "Adenocarcinom i colon ascendens, cT2N0M0. Typ 2-diabetes. Hypertoni. Psoriasis."),
      ("Socialt", "Gift, bor i Tibro. Pensionerad snickare. Aldrig rökt."),
      ("Vårdförlopp", "Laparoskopisk hö hemikolektomi 9/2 med intrakorporeal anastomos enligt ERAS. Flytande kost op-dagen, normalkost dag 1. "
       "Gasavgång dag 2 och avföring dag 3. Urinkatetern avvecklad dag 1. CRP max 118 dag 2, sjunkande till 64 dag 4. "
       "Blodsocker välkontrollerat efter återinsatt metformin."),
      ("PAD", "Adenocarcinom, måttligt differentierat, pT2N0 (0/24 lymfkörtlar), radikalt opererat, MSS."),
      ("Status vid utskrivning", "Opåverkad, afebril. Buk mjuk, lätt öm kring portsåren som är torra. Normal tarmfunktion."),
      ("Bedömning", "Koloncancer stadium I, radikalt opererad, okomplicerat postoperativt förlopp. Ingen adjuvant behandling indicerad enligt MDK 14/2."),
      ("Läkemedel", "Fragmin 5000 E x 1 t.o.m. 8/3. Alvedon 1 g x 4 vid behov. Metformin, Enalapril och Dovobet oförändrat."),
      ('Lab vid utskrivning', 'Hb 121, CRP 64, krea 82, K 4,0, P-glukos 7–9.'),
      ('Funktion', 'Går själv i korridoren och i trappor, klarar ADL.'),
      ('Kost', 'Normalkost. Inga tunga lyft i 4 v.'),
      ('Smärta', 'VAS 2 i vila och 4 vid rörelse, paracetamol räcker.'),
      ('Diagnoser', 'C18.2 Malign tumör i colon ascendens\nE11.9 Diabetes typ 2\nI10 Hypertoni'),
      ("Planering", "Uppföljning enligt vårdprogram med CEA och DT thorax-buk efter 1 och 3 år. Kolorektalsjuksköterska ringer om 1 v."),
      ("Instruktion", "Vid feber över 38,5, tilltagande buksmärta eller påverkat allmäntillstånd de närmaste veckorna ska pat söka akut på Skaraborgs Sjukhus; "
       "vid misstanke om anastomosläckage görs DT buk med kontrast."),
      ("Information till patienten", "Pat och hustru informerade om PAD-svaret, MDK:s beslut och uppföljningen."),
  ])],
  [], [("NL102", "n1")],
  "Colon cancer is confirmed; the only 'misstanke' is a conditional instruction (vid misstanke om anastomosläckage görs DT).")

C("d139-72-flimmer-hedge-pa-fynd-och-effekt-utkast", "skane", "1948-02-09", "665", "2024-11-02",
  [N("n1", "Melior", "Epikris", "sk_kard_malmo", "Moa Engdahl", "läkare",
     "2024-10-30T12:15", None, "slutenvård", [
      ("Kontaktorsak", "Inlagd 24/10 pga snabbt förmaksflimmer och andfåddhet."),
      ("Tidigare sjukdomar", "Hypertoni. Måttlig aortastenos som följs på kardiologen. Hypotyreos. Kotkompression L2 2022."),
      ("Socialt", "Änka, bor själv i lägenhet i Husie utan hemtjänst. Sonen bor i Lomma."),
      ("Vårdförlopp", "Ankomst-EKG: förmaksflimmer 148/min. Digoxin iv och därefter metoprolol peroralt, frekvens 80–90 inom ett dygn. "
       "Furosemid iv i två dagar med viktnedgång 2,4 kg, troligen god effekt även på andningen. "
       "UCG 25/10: EF 50 %, måttlig aortastenos med medelgradient 32 mmHg, oförändrad mot 2023. TSH 0,9. "
       "Elkonvertering inte aktuell då durationen är okänd, Eliquis insatt. CHA2DS2-VASc 5, HAS-BLED 2."),
      ("Status vid utskrivning", "Oregelbunden rytm 84/min. Systoliskt blåsljud 3/6 över aorta med fortledning mot halsen. Rena andningsljud. "
       "Möjligen lätt svullnad vä vad jämfört med hö, mjuk och oöm. Vikt 63,1 kg."),
      ("Lab vid utskrivning", "Hb 126, krea 94, K 4,2, Na 137, NT-proBNP 1850 (4200 vid ankomst)."),
      ("Bedömning", "Förmaksflimmer med snabbt kammarsvar och lätt hjärtsvikt, nu frekvensreglerat. Måttlig aortastenos, stabil."),
      ("Läkemedel", "Nytt: Eliquis 5 mg x 2, Metoprolol 50 mg x 1, Furix 20 mg x 1. Levaxin fortsätter. Amlodipin utsatt pga lågt BT."),
      ('Funktion', 'Klarar sig själv, handlar och lagar mat. Går utan hjälpmedel.'),
      ('Allergi', 'Sulfa ger utslag.'),
      ('Diagnoser', 'I48.9 Förmaksflimmer\nI50.9 Hjärtsvikt\nI35.0 Aortastenos'),
      ("Planering", "Återbesök hjärtmottagningen om 6–8 v med EKG och ställningstagande till elkonvertering efter 3 v antikoagulation. "
       "Eventuellt förnyad UCG i vår inför klaffbedömning. Krea och K om 2 v på VC."),
      ("Information till patienten", "Pat informerad om flimret, det blodförtunnande läkemedlet och om att följa vikten."),
  ])],
  [], [("NL102", "n1")],
  "Unsigned cardiology epikris: the hedges are on a treatment effect (troligen god effekt), a finding (möjligen lätt svullnad) and a plan (eventuellt UCG).")

C("d139-73-adenom-slakt-misstankt-ventrikelcancer-morbror", "vgr", "1972-01-18", "227", "2024-09-06",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_kir_ostra_mott", "Sanna Wikström", "läkare",
     "2024-09-04T10:00", "2024-09-04T11:05", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter koloskopi med polypektomi, samt genomgång av hereditet."),
      ("Anamnes", "52-årig kvinna som remitterades för koloskopi pga järnbristanemi och släktanamnes. "
       "Koloskopi 14/8: två polyper, 12 mm i colon transversum och 6 mm i sigmoideum, båda avlägsnade i sin helhet, i övrigt normalt. "
       "Gastroskopi samma dag ua, duodenalbiopsier utan celiaki."),
      ("PAD", "Transversumpolypen: tubulärt adenom med låggradig dysplasi, radikalt avlägsnat. Sigmoideumpolypen: hyperplastisk polyp."),
      ("Tidigare sjukdomar", "Järnbristanemi sedan 2022 pga menorragi, behandlad med hormonspiral. Migrän. Hypotyreos."),
      ("Hereditet", "Modern opererades för tjocktarmscancer vid 58 års ålder. Morbror avled i misstänkt ventrikelcancer vid 60, aldrig biopsiverifierad. "
       "Mormor hade trolig livmodercancer enligt familjen."),
      ("Socialt", "Gift, tre barn i tonåren och vuxen ålder. Lärare. Icke-rökare."),
      ("Lab", "Hb 124, ferritin 14, F-Hb negativt x 3 i juli."),
      ("Bedömning", "Tubulärt adenom med låggradig dysplasi, radikalt avlägsnat. Järnbristanemin förklaras av menorragin. Släktanamnesen motiverar genetisk vägledning."),
      ("Åtgärd", "Remiss till cancergenetisk mottagning Sahlgrenska för genetisk vägledning utifrån släktanamnesen."),
      ('Läkemedel', 'Levaxin 100 mikrog, Niferex 100 mg x 1, Sumatriptan vid behov. Hormonspiral.'),
      ('Status', 'Opåverkad. Buk mjuk, oöm. BT 126/80.'),
      ('Koloskopi, detaljer', 'Fullständig undersökning till terminala ileum med god tarmrening (Boston 8). Polyperna avlägsnade med kall snara utan komplikationer.'),
      ('Genetisk vägledning', 'Pat har fått skriftlig information om vad vägledningen innebär och vill själv informera sina barn om resultatet.'),
      ('Diagnoser', 'D12.3 Adenom i colon transversum\nD50.0 Järnbristanemi sekundär till blodförlust'),
      ("Planering", "Ny koloskopi om 3 år, tidigare beroende på genetiskt utfall. Järntabletter ytterligare 3 mån."),
      ("Information till patienten", "Pat informerad om PAD-svaret och om remissen till genetisk vägledning."),
  ])],
  [], [("NL102", "n1")],
  "The patient's adenoma is settled; 'misstänkt ventrikelcancer' and 'trolig livmodercancer' belong to her uncle and grandmother.")

C("d139-74-hypoglykemi-misstankt-forvaxling-av-dosett", "skane", "1933-04-14", "608", "2024-08-12",
  [N("n1", "Melior", "Epikris", "sk_med_hassleholm", "Johan Strömberg", "läkare",
     "2024-08-08T12:40", "2024-08-08T14:00", "slutenvård", [
      ("Kontaktorsak", "Inlagd 3/8 pga hypoglykemi med medvetandesänkning, hittad av hemtjänsten."),
      ("Tidigare sjukdomar", "Typ 2-diabetes på glimepirid och metformin. Kronisk njursvikt CKD 3b. Hypertoni. Lätt kognitiv svikt. "
       "Ischemisk stroke 2018 utan kvarstående bortfall."),
      ("Socialt", "Änkling, lägenhet i Hässleholm. Hemtjänst 4 ggr/d med läkemedelsöverlämning från dosett. Dottern bor i Kristianstad."),
      ("Vårdförlopp", "P-glukos 1,8 när ambulansen kom, glukos iv med snabbt uppvaknande. "
       "Upprepade lågvärden första dygnet trots glukosinfusion, förklarat av kvarvarande sulfonylureaeffekt vid nedsatt njurfunktion. "
       "Glimepirid utsatt, stabila blodsocker 6–11 från dag 3 på enbart metformin i reducerad dos. HbA1c 44."),
      ("Avvikelse", "Hemtjänsten har gått igenom dosetterna: en grannes dosett med dubbel dos glimepirid låg i pat:s lägenhet efter ett besök. "
       "Misstänkt förväxling av dosett vid läkemedelsöverlämningen; avvikelse skriven av hemtjänsten och kommunen gör en Lex Maria-bedömning."),
      ("Status vid utskrivning", "Vaken och orienterad som vanligt enligt dottern. Neurologiskt ua. BT 136/74."),
      ("Lab", "Krea 132, eGFR 38, Na 139, K 4,5, Hb 128."),
      ("Bedömning", "Läkemedelsorsakad hypoglykemi med medvetandesänkning, utlöst av sulfonylurea vid njursvikt. Diabetesbehandlingen förenklad."),
      ("Läkemedel", "Utsatt: Glimepirid. Ändrat: Metformin 500 mg x 1. Oförändrat: Enalapril 5 mg, Trombyl 75 mg, Atorvastatin 20 mg."),
      ('Funktion', 'Rollator inomhus. Hemtjänsten hjälper med dusch.'),
      ('Uppföljning', 'VC Hässleholm informerad via remiss om läkemedelsändringarna.'),
      ('Diagnoser', 'E16.0 Läkemedelsutlöst hypoglykemi\nE11.9 Diabetes typ 2\nN18.3 Kronisk njursjukdom stadium 3'),
      ("Planering", "Blodsocker 2 ggr/d av hemtjänsten i 2 v, mål 6–12. HbA1c om 3 mån på VC. Apodos ordnas."),
      ("Information till patienten", "Pat och dotter informerade om orsaken och om läkemedelsändringarna."),
  ])],
  [], [("NL102", "n1")],
  "The only hedge ('misstänkt förväxling av dosett') concerns an adverse event, not a diagnosis; the hypoglycaemia and its cause are settled.")

C("d139-75-koprostas-ingen-misstake-om-ileus-typo", "vgr", "1941-09-21", "472", "2024-01-31",
  [N("n1", "Melior", "Inskrivningsanteckning", "vgr_kir_ostra", "Jonatan Lilja", "läkare",
     "2024-01-29T18:30", "2024-01-29T19:45", "slutenvård", [
      ("Kontaktorsak", "Buksmärta och utebliven avföring i 6 dagar."),
      ("Anamnes", "82-årig kvinna med gradvis tilltagande diffus buksmärta och uppkördhet. Senaste avföring för 6 d sedan, går gaser. "
       "Mår illa men har inte kräkts. Äter dåligt. Oxycontin insatt för 2 v sedan pga kotkompression."),
      ("Tidigare sjukdomar", "Osteoporos med kotkompression Th12 i januari. Hypotyreos. Hypertoni. Hysterektomi 1985. Divertikulos."),
      ("Läkemedel", "Oxycontin 10 mg x 2, Alvedon 1 g x 3, Levaxin 50 mikrog, Amlodipin 5 mg, Alendronat. Inget laxermedel."),
      ("Socialt", "Änka, seniorboende i Kortedala med hemtjänst 2 ggr/d."),
      ("Status", "Temp 36,9, puls 84, BT 148/82.\nBuk: lätt utspänd, mjuk, diffust lätt öm, ingen défense, livliga tarmljud.\n"
       "Rektalpalpation: rikligt med hård faeces i ampullen.\nInga bråck."),
      ("Lab", "CRP 12, LPK 8,2, Na 134, K 3,6, krea 78, laktat 1,0."),
      ("Röntgen", "DT buk: rikligt med faeces i hela kolon och rektum, ingen tunntarmsdilatation, ingen fri gas."),
      ("Bedömning", "Koprostas orsakad av opioider. Ingen misstake om ileus, inga tecken på perforation eller volvulus."),
      ("Åtgärd", "Manuell utrymning av rektum. Klyx x 2. Movicol 2 påsar x 2. Oxycontin ersätts av Targiniq 10/5 mg x 2. Ringer-Acetat 1 l iv."),
      ('Funktion', 'Går med rollator. Hemtjänsten hjälper med dusch och städning.'),
      ('Smärta', 'Ryggsmärta VAS 5 vid rörelse, behöver opioid tills kotkompressionen läkt.'),
      ('Diagnoser', 'K59.0 Förstoppning\nM48.5 Kotkompression Th12\nY45.0 Opioider som orsak till biverkan'),
      ("Planering", "Avföringsschema. Hemgång när tarmen kommit igång, troligen i övermorgon. Hemtjänsten instrueras om laxermedel."),
      ("Information till patienten", "Pat informerad om orsaken till förstoppningen och om att ta laxermedel tillsammans med smärtmedicinen."),
  ])],
  [], [("NL102", "n1")],
  "Typo case ('Ingen misstake om ileus'): the only diagnostic hedges are negated; 'troligen i övermorgon' is a plan.")

C("d139-76-kll-diagnos-ej-medelad-typo", "skane", "1952-11-14", "854", "2024-02-26",
  [N("n1", "Melior", "Läkaranteckning", "sk_hemat_lund", "Cecilia Rydén", "läkare",
     "2024-02-22T16:10", "2024-02-22T16:50", "öppenvård", [
      ("Kontaktorsak", "Sammanställning av flödescytometri och utredning, inför nybesök."),
      ("Bakgrund", "71-årig man remitterad från VC Södra Sandby pga lymfocytos 14 x 10^9/l vid hälsokontroll. Asymtomatisk enligt remissen."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperlipidemi. Basalcellscancer i ansiktet, excision 2020. Knäartros."),
      ("Läkemedel", "Ramipril 5 mg, Atorvastatin 20 mg."),
      ("Socialt", "Gift, bor i Södra Sandby. Pensionerad agronom, fortfarande aktiv i skogen."),
      ("Lab", "LPK 19,2, lymfocyter 14,1, Hb 139, TPK 188, LD normalt, beta-2-mikroglobulin 2,8, IgG 7,1 (lätt sänkt). DAT negativ."),
      ("Flödescytometri", "Monoklonal B-cellspopulation CD5+, CD23+, CD200+, svag kappa: kronisk lymfatisk leukemi. "
       "FISH: del13q som enda avvikelse. IGHV muterad. Ingen TP53-mutation."),
      ("Bedömning", "Kronisk lymfatisk leukemi, Binet A, Rai 0, gynnsam genetik. Ingen behandlingsindikation, aktiv monitorering."),
      ("Information", "Diagnosen ej medelad pat ännu. Han tror enligt VC att besöket gäller en allmän kontroll; "
       "besked ges av undertecknad vid nybesök 27/2 med gott om tid för frågor."),
      ('Status', 'Enligt remissen inga förstorade körtlar och ingen hepatosplenomegali vid VC-besöket.'),
      ('Hereditet', 'Ingen känd blodsjukdom i släkten. Modern hade bröstcancer.'),
      ('Vaccinationsstatus', 'Senaste influensavaccin 2023. Aldrig pneumokockvaccinerad.'),
      ('Funktion', 'WHO PS 0, skogsarbete flera dagar i veckan.'),
      ('Infektioner', 'Två lunginflammationer senaste två åren, behandlade på VC.'),
      ('Hud', 'Regelbundna kontroller hos hudläkare efter basaliomet, senast i höstas.'),
      ('Läkemedelsgenomgång', 'Inga interaktioner av betydelse inför en eventuell framtida behandling.'),
      ("Planering", "Nybesök 27/2. Pneumokock- och influensavaccin. Blodstatus var 3–6 mån initialt. Årliga hudkontroller pga ökad risk för hudcancer."),
      ("Diagnos", "C91.1 Kronisk lymfatisk leukemi av B-cellstyp"),
  ])],
  [("NL101", "n1")], [],
  "Typo case ('ej medelad'): CLL stands in visible Flödescytometri/Bedömning/Diagnos and the patient has not been told.")

C("d139-77-ipf-mdd-ej-informerad-vantar-pa-sonen", "vgr", "1946-09-30", "516", "2024-05-20",
  [N("n1", "Melior", "Läkaranteckning", "vgr_lung", "Karin Sjöberg", "läkare",
     "2024-05-16T14:30", "2024-05-16T15:20", "öppenvård", [
      ("Kontaktorsak", "Resultat av multidisciplinär diskussion (MDD) om interstitiell lungsjukdom 15/5."),
      ("Bakgrund", "77-årig man med torrhosta och ansträngningsdyspné sedan 2 år, remitterad pga knattrande rassel basalt. "
       "HRCT 3/4: subpleurala retikulära förändringar basalt och dorsalt med honeycombing och traktionsbronkiektasier, UIP-mönster. "
       "FVC 2,4 l (68 %), DLCO 48 %. Sex minuters gångtest 380 m med desaturation till 86 %."),
      ("Tidigare sjukdomar", "Gastroesofageal reflux. Hypertoni. Prostatahyperplasi. Ex-rökare 25 paketår, slutade 1995."),
      ("Läkemedel", "Omeprazol 20 mg, Enalapril 10 mg, Tamsulosin 0,4 mg."),
      ("Exponering", "Ingen asbest, inga fåglar, ingen mögelexponering i hemmet. Har arbetat som bibliotekarie."),
      ("Lab", "ANA, RF, anti-CCP, myositantikroppar och ANCA negativa. NT-proBNP normalt."),
      ("Socialt", "Änkling sedan 2021, bor ensam i villa i Lerum. Sonen bor i Stockholm."),
      ("Bedömning", "Idiopatisk lungfibros (IPF) enligt MDD, med måttligt nedsatt lungfunktion och desaturation vid ansträngning."),
      ("Information", "Patienten är inte informerad om diagnosen IPF. Han har bett att sonen ska vara med när svaret lämnas; sonen kommer till Göteborg 23/5 och besöket är bokat då."),
      ('Status', 'SpO2 94 % i vila. Knattrande rassel basalt bilat. Trumpinnefingrar. Inga ödem. BT 138/82.'),
      ('Funktion', 'Går 1 km med pauser. Klarar ADL själv men har slutat med trädgårdsarbete.'),
      ('Vaccinationer', 'Influensavaccin 2023. Pneumokockvaccin saknas och ges vid nästa besök.'),
      ('Kontaktsjuksköterska', 'Lungsjuksköterska Agneta deltar vid informationsbesöket.'),
      ('Reflux', 'Refluxbesvären är välkontrollerade med omeprazol.'),
      ('Allergi', 'Inga kända allergier.'),
      ("Planering", "Antifibrotisk behandling med nintedanib föreslås vid informationssamtalet. Syrgasutprovning vid ansträngning. Lungrehabilitering. Vaccinationer kompletteras."),
      ("Diagnos", "J84.1 Idiopatisk lungfibros"),
  ])],
  [("NL101", "n1")], [],
  "IPF after multidisciplinary conference stands in Bedömning and Diagnos while 'Patienten är inte informerad om diagnosen IPF'.")

C("d139-78-incidentell-njurcancer-pat-vet-annu-inte", "skane", "1966-06-24", "901", "2024-03-28",
  [N("n1", "Melior", "Läkaranteckning", "sk_uro_malmo", "Hampus Berglund", "läkare",
     "2024-03-26T11:20", "2024-03-26T12:00", "öppenvård", [
      ("Kontaktorsak", "Remissbedömning och journalgenomgång, incidentell njurtumör."),
      ("Bakgrund", "57-årig man som genomgick DT buk på akuten 12/3 pga njurstensanfall vä. DT visade ett 3 mm konkrement i vä uretär, som sedan avgått spontant, "
       "samt som bifynd en 4,2 cm solid kontrastuppladdande tumör i hö njures nedre pol. Kompletterande DT thorax 20/3 utan metastaser."),
      ("Tidigare sjukdomar", "Njursten 2019 och 2024. Hypertoni. Sömnapné. BMI 32."),
      ("Läkemedel", "Losartan 100 mg, Hydroklortiazid 25 mg. CPAP."),
      ("Socialt", "Sambo, två barn. Polis. Röker inte. Alkohol helger."),
      ("Lab", "Krea 88, eGFR 84, Hb 152, Ca 2,38, urinsticka ua."),
      ("Bedömning", "Hö-sidig njurcancer cT1b N0 M0, radiologiskt typisk för klarcellig typ. Lämpar sig för robotassisterad partiell nefrektomi."),
      ("Information", "Pat vet ännu inte om fyndet. Akutläkaren informerade honom enbart om njurstenen och radiologsvaret med njurtumören kom efter att han gått hem. "
       "Besked ges av urolog vid besök 4/4, kallelsen är allmänt formulerad."),
      ('Status', 'Vid akutbesöket: BT 152/94, ömhet vä flank, buk mjuk utan palpabel resistens.'),
      ('Hereditet', 'Ingen känd njursjukdom eller cancer i släkten.'),
      ('Funktion', 'WHO PS 0, tränar på gym.'),
      ('Njursten', 'Stenanalys 2019: kalciumoxalat. Dricker 2 liter per dag.'),
      ('Sjukskrivning', 'Bedöms vid besöket, partiell nefrektomi kräver 2–4 veckors sjukskrivning.'),
      ('Sömnapné', 'CPAP sedan 2018 med god följsamhet.'),
      ('Riskfaktorer', 'BMI 32 och hypertoni, aldrig rökt.'),
      ("Planering", "MDK uro 2/4. Renogram. Anestesibedömning före operation. Hydroklortiazid byts pga stenbenägenhet."),
      ("Diagnos", "C64.9 Malign tumör i njure"),
  ])],
  [("NL101", "n1")], [],
  "Incidental kidney cancer stands in Bedömning and Diagnos while 'Pat vet ännu inte om fyndet'.")

C("d139-79-alzheimer-epikris-ej-meddelad-utkast", "vgr", "1942-03-15", "288", "2024-09-14",
  [N("n1", "Melior", "Epikris", "vgr_ger_molndal", "Jenny Axelsson", "läkare",
     "2024-09-11T13:25", None, "slutenvård", [
      ("Kontaktorsak", "Inlagd 2/9 för fall och ökande förvirring i hemmet."),
      ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, antikoagulerad med Eliquis. Osteoporos. Bröstcancer 2005, friskförklarad."),
      ("Socialt", "Änka, bor ensam i lägenhet i Kållered. Hemtjänst 1 ggr/d. Dottern i Mölndal sköter räkningarna sedan ett år."),
      ("Vårdförlopp", "Rtg höft ua. Lätt UVI behandlad med Selexid. Förvirringen klingade inte av helt efter behandlingen och kognitiv utredning gjordes därför under vårdtiden: "
       "MMSE 19/30, patologiskt klocktest, DT hjärna med uttalad bilateral hippocampusatrofi. B12, TSH, kalcium och folat normala. "
       "Arbetsterapeut: behöver hjälp med matlagning, medicinering och ekonomi. Likvor 6/9: sänkt amyloidkvot 42/40 och förhöjt p-tau."),
      ("Status", "Vänlig, orienterad till person men inte till tid eller plats. Neurologiskt utan fokala bortfall. Går med rollator."),
      ("Bedömning", "Alzheimers sjukdom, måttlig demens, bekräftad med likvorbiomarkörer. UVI, behandlad. Fall utan fraktur."),
      ("Information", "Diagnosen Alzheimers sjukdom har ännu inte meddelats patienten. Dottern vill närvara och har bett att beskedet ges i lugn miljö hemma; "
       "det geriatriska teamets hembesök 18/9 är avsett för diagnosbeskedet."),
      ("Läkemedel", "Nytt: Donepezil 5 mg tn. Fortsatt: Eliquis 2,5 mg x 2, Enalapril 5 mg, Alendronat, Calcichew D3."),
      ('Lab', 'Hb 122, krea 88, Na 136, CRP 12 vid utskrivning.'),
      ('Funktion', 'Behöver hjälp med dusch och medicinering. Äter själv.'),
      ('Omvårdnad', 'Orolig kvällstid, lugnas av dotterns telefonsamtal. Sover gott.'),
      ('Diagnoser', 'G30.1 Alzheimers sjukdom med sen debut\nN39.0 Urinvägsinfektion\nW19 Fall'),
      ("Planering", "Hemtjänsten utökas till 3 ggr/d med läkemedelsöverlämning. Inget körkort. Demenssjuksköterska i kommunen kontaktad."),
  ])],
  [("NL101", "n1")], [],
  "Unsigned geriatric epikris: Alzheimer's disease stands settled in Bedömning while 'har ännu inte meddelats patienten'.")

C("d139-80-mani-bipolar-typ1-diagnos-ej-tagen-upp", "skane", "1987-12-03", "742", "2024-07-20",
  [N("n1", "Melior", "Daganteckning läkare", "sk_psyk_hbg", "Anton Wikander", "läkare",
     "2024-07-18T13:40", "2024-07-18T14:30", "slutenvård", [
      ("Kontaktorsak", "Vårdad enl. LPT sedan 10/7 pga manisk episod."),
      ("Aktuellt", "Sover 4 tim/natt trots Propavan. Fortsatt högt taltempo och storhetsidéer om att starta en flygplansfabrik. "
       "Har skrivit över 40 mejl till kommunens politiker. Gränslös mot medpatienter men inte hotfull. Äter och dricker tillräckligt."),
      ("Bakgrund", "36-årig man med depressiva episoder 2016 och 2021, behandlade med SSRI. "
       "Enligt sambon en period 2019 med minskat sömnbehov och stora inköp som aldrig bedömdes."),
      ("Somatiskt", "Frisk. Hb, TSH, elektrolyter, leverstatus och njurfunktion ua. U-tox negativ. EKG ua."),
      ("Läkemedel", "Lithionit 84 mg x 2 sedan 12/7, S-litium 0,6 igår. Olanzapin 15 mg tn. Propavan 25 mg vid behov."),
      ("Psykiskt status", "Vaken, orienterad. Förhöjd stämning, irritabel vid gränssättning. Tankeflykt och storhetsidéer utan bisarra inslag. "
       "Inga hallucinationer. Saknar sjukdomsinsikt. Förnekar suicidtankar."),
      ("Bedömning", "Bipolär sjukdom typ I, aktuell episod manisk utan psykotiska symtom (F31.1). Diagnosen är fastställd utifrån den nuvarande manin och de tidigare depressionerna."),
      ("Information", "Diagnosen har inte tagits upp med patienten. Han är i nuläget inte mottaglig och upplever inte att han är sjuk; "
       "diagnossamtal planeras tillsammans med sambon när stämningsläget normaliserats."),
      ('Juridisk status', 'LPT sedan 10/7. Pat har överklagat intagningen till förvaltningsrätten, förhandling 24/7.'),
      ('Riskbedömning', 'Ingen aktuell våldsrisk. Risk för ekonomisk skada, korten spärrade i samråd med sambon.'),
      ('Socialt', 'Sambo, inga barn. Säljare, sjukskriven.'),
      ('Omvårdnad', 'Lugnare på enkelrum med begränsade stimuli.'),
      ("Planering", "Lithionit höjs till 126 mg x 2, nytt S-litium om 5 dagar. Fortsatt LPT med ny bedömning enligt plan. "
       "Sambon informeras om vårdplanen med pat:s samtycke."),
  ])],
  [("NL101", "n1")], [],
  "Psychiatric day note: bipolar I disorder stands settled in Bedömning while 'Diagnosen har inte tagits upp med patienten'.")

C("d139-81-kolangiocarcinom-inte-infomerad-typo-sedan-besked", "vgr", "1959-05-09", "639", "2024-07-13",
  [N("n1", "Melior", "Läkaranteckning", "vgr_med_su", "Helena Dahl", "läkare",
     "2024-07-08T15:15", "2024-07-08T16:00", "slutenvård", [
      ("Kontaktorsak", "Svar på borstcytologi och MR, inneliggande avd 132."),
      ("Anamnes", "65-årig man inlagd 1/7 med ikterus, klåda och viktnedgång 6 kg. Har primär skleroserande kolangit och ulcerös kolit i remission."),
      ("Tidigare sjukdomar", "PSC sedan 2009 med årlig MR-kontroll. Ulcerös kolit, Asacol. Hypertoni."),
      ("Läkemedel", "Asacol 2 g x 1, Amlodipin 5 mg, Ursofalk 500 mg x 2."),
      ("Socialt", "Gift, bor i Torslanda. Revisor."),
      ("Undersökningar", "MR/MRCP 2/7: 2,5 cm infiltrativ förändring i hilus som engagerar hö och vä huvudgallgång (Bismuth IIIa), ingen kärlinväxt. "
       "ERCP 4/7 med stent i vä gång och borstcytologi. CA 19-9 840."),
      ("Cytologi", "Adenocarcinom från gallvägsepitel."),
      ("Bedömning", "Perihilärt kolangiocarcinom hos pat med PSC, Bismuth IIIa. Bilirubin sjunker efter stent."),
      ("Information till patienten", "Pat är inte infomerad om cytologisvaret ännu. Han vet att stenten satts för att avlasta gallvägarna. "
       "Besked ges av överläkare Ohlsson 11/7 när hustrun kommit hem från sin resa."),
      ('Status', 'Ikterisk, klåda med rivmärken. Buk mjuk, lätt öm under hö arcus. Ingen ascites.'),
      ('Lab', 'Bilirubin 188 → 96 efter stent, ALP 8,4, ALAT 2,1, PK 1,1, albumin 35.'),
      ('Läkemedelsgenomgång', 'Ursofalk fortsätter. Questran mot klådan.'),
      ('Funktion', 'WHO PS 0 före insjuknandet, arbetar heltid.'),
      ("Planering", "MDK HPB 10/7. DT thorax. Bilirubin och leverprover dagligen."),
    ]),
   N("n2", "Melior", "Daganteckning", "vgr_med_su", "Erik Ohlsson", "läkare",
     "2024-07-11T14:00", "2024-07-11T15:10", "slutenvård", [
      ("Kontaktorsak", "Beskedsamtal, hustrun närvarande."),
      ("Information till patienten", "Pat och hustru informerades om att provet från gallvägarna visar kolangiocarcinom, en cancer i gallgångarna, "
       "och om MDK:s förslag om utredning inför leverresektion. De tog beskedet hårt men ställde relevanta frågor; kurator erbjuden och accepterad."),
      ("Bedömning", "Perihilärt kolangiocarcinom, potentiellt resektabelt enligt MDK."),
      ("Planering", "Levervolymetri, portavensembolisering övervägs. Hemgång i morgon med tid på HPB-mottagningen 18/7."),
    ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "Typo case ('inte infomerad'): n1 shows cholangiocarcinoma while the patient is untold (must); n2 three days later tells him (must_not).")

C("d139-82-esofaguscancer-besked-far-ej-lamnas-fore-mdk", "skane", "1954-10-07", "336", "2024-05-08",
  [N("n1", "Melior", "Läkaranteckning", "sk_kir_hbg", "Mattias Ek", "läkare",
     "2024-05-06T15:30", "2024-05-06T16:20", "öppenvård", [
      ("Kontaktorsak", "Journalgenomgång efter gastroskopi med biopsier och DT, inför MDK."),
      ("Anamnes", "69-årig man med sväljningssvårigheter för fast föda sedan 3 mån och viktnedgång 9 kg. Långvariga refluxbesvär. "
       "Gastroskopi 25/4: cirkulär tumör 32–38 cm från tandraden, passabel med standardskop."),
      ("Tidigare sjukdomar", "Gastroesofageal reflux sedan 1990-talet, Barretts esofagus konstaterad 2015, har uteblivit från kontroller. Hypertoni. Typ 2-diabetes."),
      ("Läkemedel", "Omeprazol 40 mg x 2, Metformin 1 g x 2, Enalapril 10 mg."),
      ("Socialt", "Sambo, bor i Höganäs. Pensionerad hamnarbetare. Rökte i 30 år, slutade 2010. Alkohol 10 standardglas/v."),
      ("PAD", "Adenocarcinom i distala esofagus, lågt differentierat, HER2 negativt."),
      ("Röntgen", "DT thorax-buk 2/5: väggförtjockning i distala esofagus, två förstorade paraesofageala körtlar, inga fjärrmetastaser. PET-DT beställd."),
      ("Bedömning", "Adenocarcinom i distala esofagus cT3N1M0 på basen av Barretts esofagus."),
      ("Information", "Enligt överenskommelse med kontaktsjuksköterskan och MDK-teamet ska beskedet om cancerdiagnosen inte lämnas till patienten förrän efter MDK 8/5, "
       "så att behandlingsförslaget kan presenteras samtidigt. Pat vet att svar väntas och har tid 10/5."),
      ('Status', 'BMI 21, tidigare 24. Opåverkad. Supraklavikulärt inga palpabla körtlar. Buk mjuk.'),
      ('Lab', 'Hb 118, albumin 33, krea 76, HbA1c 49.'),
      ('Nutrition', 'Äter flytande och mosad kost, uppskattat energiintag 1200 kcal/d. Näringsdryck 2–3/d insatt.'),
      ('Diagnos', 'C15.5 Malign tumör i nedre tredjedelen av esofagus\nK22.7 Barretts esofagus'),
      ('Funktion', 'WHO PS 1, klarar hushållet själv.'),
      ('Tidigare endoskopier', 'Gastroskopi 2015 med Barretts slemhinna C3M5 utan dysplasi. Kallad till kontroll 2018 och 2021 men uteblev.'),
      ("Planering", "MDK övre GI 8/5. PET-DT. Dietistkontakt för energiberikning redan nu. Nutritionsstatus och behov av sond bedöms vid besöket."),
  ])],
  [("NL101", "n1")], [],
  "Oesophageal cancer stands in PAD and Bedömning while the note says the diagnosis must not be given to the patient before the MDT.")

C("d139-83-adpkd-informerd-om-diagnosen-typo", "vgr", "1990-08-19", "208", "2024-04-26",
  [N("n1", "Melior", "Mottagningsanteckning", "vgr_njur_sas", "Thomas Ivarsson", "läkare",
     "2024-04-23T13:00", "2024-04-23T14:30", "öppenvård", [
      ("Kontaktorsak", "Nybesök, remiss från VC pga hypertoni och cystor i båda njurarna vid ultraljud."),
      ("Anamnes", "33-årig kvinna med nyupptäckt hypertoni vid mödravårdskontroll efter andra graviditeten. UL buk visade flera cystor i båda njurarna. "
       "Återkommande ländryggsvärk sedan några år. En episod av blod i urinen 2022."),
      ("Tidigare sjukdomar", "Migrän. Förlossningar 2020 och 2023. Graviditetshypertoni vid den senaste graviditeten."),
      ("Hereditet", "Fadern har polycystisk njursjukdom och njurtransplanterades vid 54 års ålder. Farmor dog ung i hjärnblödning."),
      ("Läkemedel", "Labetalol 100 mg x 2, insatt under graviditeten."),
      ("Socialt", "Sambo, två barn 4 år och 10 mån. Sjuksköterska, föräldraledig."),
      ("Status", "BT 146/94. Vikt 68 kg. Palpabla njurar bilat. Inga ödem."),
      ("Lab", "Krea 74, eGFR 92, U-albumin/krea 4, Hb 132, K 4,0."),
      ("Röntgen", "MR njurar 15/4: bilaterala multipla cystor, hö njure 16 cm, vä 15 cm, total njurvolym 1120 ml, Mayo-klass 1C. Inga levercystor."),
      ("Bedömning", "Autosomal dominant polycystisk njursjukdom (ADPKD), Mayo 1C, med hypertoni och bevarad njurfunktion."),
      ("Information till patienten", "Pat informerd om diagnosen, ärftligheten och att barnen har 50 % risk att ha ärvt sjukdomen; hon vill avvakta med att undersöka barnen. "
       "Informerad om att familjehistorien med hjärnblödning motiverar MR-angiografi av hjärnans kärl."),
      ("Åtgärd", "Labetalol byts till Enalapril 5 mg då amningen avslutats. Hemblodtrycksmätning, mål under 110/75. Ökat vätskeintag, saltreduktion. "
       "Remiss MR-angiografi hjärna. Genetisk analys av PKD1/PKD2 beställd."),
      ('Funktion', 'Föräldraledig, tränar yoga. WHO PS 0.'),
      ('Preventivmedel', 'Kopparspiral sedan förlossningen; att ACE-hämmare är olämpliga vid graviditet har diskuterats.'),
      ("Planering", "Återbesök om 3 mån med krea och BT. Ställningstagande till tolvaptan efter genetiksvar."),
  ])],
  [], [("NL101", "n1")],
  "Typo case ('Pat informerd om diagnosen'): the polycystic kidney disease has been told to the patient.")

C("d139-84-hemorrojder-pad-polyp-ej-klart", "skane", "1969-02-28", "117", "2024-06-21",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_kir_ystad", "Ulrika Svensson", "läkare",
     "2024-06-19T09:20", "2024-06-19T10:30", "öppenvård", [
      ("Kontaktorsak", "Återbesök efter koloskopi pga blödning per rektum."),
      ("Anamnes", "55-årig kvinna med färskt blod på pappret och i toalettstolen sedan 2 mån, särskilt efter hård avföring. "
       "Ingen viktnedgång, inga ändrade avföringsvanor. Hemorrojdbesvär sedan graviditeterna."),
      ("Tidigare sjukdomar", "Hemorrojder. Hypotyreos. Fibromyalgi. Gastric bypass 2012."),
      ("Läkemedel", "Levaxin 88 mikrog, B12-injektioner var 3:e mån, Calcichew, Duloxetin 60 mg."),
      ("Socialt", "Sambo, två vuxna barn. Kock i Ystad. Röker 10 cig/d."),
      ("Koloskopi", "15/6: inre hemorrojder grad 2–3. En 8 mm sessil polyp i colon descendens avlägsnad med kall snara och skickad för PAD. "
       "I övrigt normal slemhinna upp till caekum."),
      ("Lab", "Hb 118, ferritin 11, MCV 79."),
      ("Bedömning", "Hemorrojder grad 2–3 som förklarar blödningen. Polyp i colon descendens, borttagen. Järnbristanemi efter gastric bypass och blödning."),
      ("Åtgärd", "Gummibandsligatur av tre hemorrojder idag. Bulkmedel och rikligt med vätska. Ferinject 1 g beställt på dagvården."),
      ("Information till patienten", "Pat informerad om hemorrojdbehandlingen och eftervården. "
       "PAD-svaret på polypen har inte kommit ännu; hon informeras per brev eller telefon när svaret finns."),
      ('Status', 'Proktoskopi: hemorrojder kl 3, 7 och 11, ingen fissur. Buk mjuk, oöm.'),
      ('Läkemedelsgenomgång', 'Järntabletter tas dåligt upp efter gastric bypass, därav intravenöst järn.'),
      ('Diagnoser', 'I84.2 Inre hemorrojder\nK63.5 Polyp i kolon\nD50.0 Järnbristanemi'),
      ('Sjukskrivning', 'Ingen sjukskrivning behövs efter ligaturen.'),
      ('Allergi', 'Inga kända allergier mot läkemedel.'),
      ("Planering", "Brev med PAD-svar. Hb och ferritin om 8 v via VC. Ny ligatur vid behov om 6 v. Rökstopp rekommenderat."),
  ])],
  [], [("NL101", "n1")],
  "What is not yet communicated is a pending PAD result that does not exist yet; the diagnoses in the note were explained to her.")

C("d139-85-brostcancer-onkologi-informerad-av-kirurgen", "vgr", "1961-08-09", "724", "2024-05-20",
  [N("n1", "Melior", "Nybesök onkologi", "vgr_onk_mott", "Katarina Lund", "läkare",
     "2024-05-16T09:00", "2024-05-16T10:40", "öppenvård", [
      ("Kontaktorsak", "Nybesök inför adjuvant behandling efter operation för bröstcancer."),
      ("Bakgrund", "62-årig kvinna med screeningupptäckt bröstcancer vä. Sektorresektion och sentinel node-biopsi 18/4 på kirurgkliniken NÄL. "
       "PAD: invasiv lobulär cancer 24 mm, grad 2, ER 100 %, PR 40 %, HER2 negativ, Ki67 12 %, makrometastas 4 mm i 1/3 sentinel nodes. Radikalt exciderat."),
      ("Tidigare sjukdomar", "Hypertoni. Hyperkolesterolemi. Menisk op hö knä 2014. Klimakteriebesvär utan hormonbehandling."),
      ("Läkemedel", "Candesartan 8 mg, Atorvastatin 20 mg."),
      ("Socialt", "Gift, bor i Lysekil. Fiskhandlare. Ex-rökare."),
      ("Status", "Opåverkad. Operationssåren i vä bröst och axill väl läkta. Inget lymfödem i vä arm, god rörlighet i axeln. Hö bröst ua."),
      ("Bedömning", "Bröstcancer vä pT2N1a, luminal A-lik, radikalt opererad. Adjuvant strålbehandling mot bröst och regionala lymfkörtlar samt aromatashämmare i 5–10 år. "
       "Cytostatika bedöms inte tillföra tillräcklig nytta efter genexpressionsanalys med låg risk."),
      ("Information till patienten", "Pat informerades om diagnos och PAD av operatören dr Nyström på kirurgmottagningen NÄL 3/5 och känner väl till sin sjukdom. "
       "Idag genomgång av strålbehandlingens upplägg och biverkningar samt av letrozol. Hon är positiv till behandlingen."),
      ("Åtgärd", "Letrozol 2,5 mg insätts efter strålbehandlingen. DXA före start. Strålplanerings-DT bokad."),
      ('Funktion', 'WHO PS 0, arbetar heltid.'),
      ('Lab', 'Hb 136, krea 72, leverprover ua.'),
      ('Biverkningsinformation', 'Informerad om trötthet och hudreaktion under strålbehandlingen samt om ledvärk och värmevallningar av letrozol.'),
      ('Diagnos', 'C50.4 Bröstcancer vä, övre yttre kvadranten'),
      ("Planering", "Strålbehandling 15 fraktioner med start i juni. Återbesök onkolog efter avslutad strålning. Årliga mammografikontroller."),
  ])],
  [], [("NL101", "n1")],
  "Breast cancer was told to the patient earlier by the operating surgeon; the oncology note says so explicitly.")

C("d139-86-ryggsmarta-remiss-returnerad-ej-meddelad-utkast", "skane", "1974-04-12", "850", "2024-05-31",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_orto_csk", "Gustav Persson", "läkare",
     "2024-05-29T10:30", None, "öppenvård", [
      ("Kontaktorsak", "Återbesök för långvarig ländryggssmärta och vä-sidig ischias."),
      ("Anamnes", "50-årig man med ländryggssmärta sedan 2021 och utstrålning i vä ben ned till foten sedan i höstas. "
       "MR ländrygg i januari: diskbråck L5–S1 vä med påverkan på S1-roten samt degenerativa förändringar L4–S1. "
       "Mikrodiskektomi L5–S1 vä 12/3 med god effekt på bensmärtan, men ryggsmärtan kvarstår. Tar Alvedon och Naproxen dagligen."),
      ("Tidigare sjukdomar", "Diskbråck L5–S1 vä, opererat 2024. Hypertoni. Depression, Sertralin. Typ 2-diabetes, metformin 1 g x 2."),
      ("Läkemedel", "Alvedon 1 g x 3, Naproxen 500 mg x 2, Sertralin 100 mg, Metformin 1 g x 2, Amlodipin 5 mg."),
      ("Socialt", "Gift, tre barn. Lastbilschaufför, sjukskriven 100 % sedan februari. Röker 15 cig/d."),
      ("Status", "Går utan hälta. Nedsatt lumbal rörlighet, fingrar-golv 30 cm. SLR neg bilat. "
       "Lätt nedsatt sensibilitet lateralt på vä fot, oförändrad. Kraft och reflexer ua. Operationssåret väl läkt."),
      ("Bedömning", "Status efter mikrodiskektomi L5–S1 vä med god effekt på radikulopatin. Kvarstående långvarig ländryggssmärta av degenerativ och multifaktoriell karaktär. "
       "Naproxen är långsiktigt olämpligt med tanke på blodtryck och ålder."),
      ("Åtgärd", "Naproxen trappas ut. Remiss till fysioterapeut för aktiv rehabilitering. "
       "Remissen till smärtrehabiliteringen i Lund har returnerats med begäran om komplettering; pat är ännu inte informerad om att den kommit tillbaka. "
       "Den kompletteras och skickas på nytt i veckan."),
      ("Planering", "Sjukskrivningen förlängs på 50 % i 6 v med successiv återgång. Rökstopp påtalat. Återbesök om 3 mån."),
      ("Information till patienten", "Pat informerad om planen, om nedtrappningen av Naproxen och om vikten av fysisk aktivitet."),
  ])],
  [], [("NL101", "n1")],
  "Unsigned draft: what the patient has not been told is that a referral was returned, which is no diagnosis.")

C("d139-87-caekum-th-sokord-synligt-inget-om-information-utkast", "vgr", "1958-12-19", "442", "2024-08-16",
  [N("n1", "Melior", "Daganteckning", "vgr_med_skovde", "Viktor Sandberg", "läkare",
     "2024-08-13T14:45", None, "slutenvård", [
      ("Kontaktorsak", "Inneliggande för utredning av anemi och viktnedgång, dag 3."),
      ("Aktuellt", "Mår något bättre efter transfusionen. Aptiten fortsatt dålig. Ingen melena sedan inläggningen. Sov bra i natt."),
      ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, Eliquis pausat. Knäprotes hö 2019."),
      ("Status", "Blek. Cor regelbunden 80/min. Pulm ua. Buk: mjuk, palpabel resistens i hö fossa, lätt öm. Ingen ascites."),
      ("Lab", "Hb 96 efter 2 E (78 vid inskrivning), ferritin 6, CRP 28, albumin 30, krea 78, leverstatus ua, CEA 22."),
      ("Röntgen", "DT thorax-buk 12/8: förtjockad vägg i caekum, förstorade mesenteriella lymfkörtlar, två förändringar i levern, ingen ascites."),
      ("Tidiga hypoteser", "DT-bild och CEA talar starkt för caekumcancer med levermetastaser; koloskopi med biopsi behövs för att fastställa diagnosen. "
       "Pat och anhöriga har inte fått veta något om leverförändringarna."),
      ("Bedömning", "Transfusionskrävande järnbristanemi. Förtjockning i caekum på DT som utreds med koloskopi."),
      ("Åtgärd", "Koloskopi 14/8, tarmrening ikväll. Ferinject 1 g givet. Näringsdryck 3/d."),
      ('Läkemedel', 'Eliquis pausat inför koloskopin, Fragmin i profylaxdos. Enalapril 10 mg.'),
      ('Lab forts.', 'PK 1,1, TPK 410, K 4,0.'),
      ('Nutrition', 'Vikt 71 kg, minskat 8 kg på tre månader. Dietist kontaktad.'),
      ('Socialt', 'Gift, bor i Skövde. Pensionerad elektriker.'),
      ('Omvårdnad', 'Tarmrening ordinerad, fasta från midnatt. Vätskelista.'),
      ("Planering", "Fortsatt inneliggande. MDK kolorektal efter PAD-svar."),
      ("Information", "Pat och hustru informerade om att tarmen ska undersökas i morgon och om förberedelserna."),
  ])],
  [], [("NL101", "n1")],
  "VGR unsigned draft: the untold liver metastases are kept under the sökord Tidiga hypoteser; the visible sections say nothing about withholding.")

C("d139-88-tuberkulos-informerad-via-tolk-arbetsgivaren-ej", "skane", "1982-07-07", "539", "2024-02-06",
  [N("n1", "Melior", "Epikris", "sk_med_lund", "Anna Berglund", "läkare",
     "2024-02-02T12:20", "2024-02-02T14:10", "slutenvård", [
      ("Kontaktorsak", "Inlagd 26/1 pga feber, nattsvettningar och hosta sedan 6 v."),
      ("Anamnes", "41-årig man från Somalia, i Sverige sedan 2015. Hosta med ibland blodtingerat slem, viktnedgång 8 kg, nattsvettningar. "
       "Somalisk tolk användes vid samtliga läkarsamtal."),
      ("Tidigare sjukdomar", "Inga kända sjukdomar. Latent tuberkulos vid hälsoundersökning 2015, behandlingen avbröts efter en månad."),
      ("Socialt", "Gift, fyra barn 3–14 år. Taxichaufför i Malmö. Röker inte, ingen alkohol."),
      ("Vårdförlopp", "Luftsmittsisolering från ankomsten. Rtg och DT thorax: 3 cm kavitet i hö ovanlob med omgivande infiltrat. "
       "Sputum x 3: syrafasta stavar i mikroskopi, PCR positiv för M. tuberculosis-komplex, ingen rifampicinresistens. HIV negativ. "
       "Fyrdrogsbehandling från 29/1 med Rifinah, Pyrazinamid och Etambutol, god tolerans. Leverprover normala dag 5. Syn och färgseende kontrollerade före start."),
      ("Status vid utskrivning", "Afebril sedan 31/1. Opåverkad. Krepitationer apikalt hö."),
      ("Bedömning", "Lungtuberkulos, mikroskopipositiv, rifampicinkänslig."),
      ("Information till patienten", "Pat informerad via tolk om diagnosen tuberkulos, smittsamheten, behandlingens längd och vikten av att ta alla doser. "
       "Han känner sig stigmatiserad och har själv valt att ännu inte berätta för arbetsgivaren; smittskyddsläkaren sköter smittspårningen på arbetsplatsen utan att röja hans identitet."),
      ("Åtgärd", "Anmälan enligt smittskyddslagen skickad. Smittspårning av familjen via infektionsmottagningen, barnen undersöks på barnkliniken."),
      ('Läkemedel', 'Rifinah 300/150 mg 2 x 1, Pyrazinamid 1,5 g x 1, Etambutol 1,2 g x 1, Pyridoxin 40 mg x 1.'),
      ('Lab', 'Hb 128, CRP 64, ALAT 0,4, krea 79, HbA1c 38.'),
      ('Diagnos', 'A15.0 Lungtuberkulos, verifierad med mikroskopi'),
      ("Planering", "Hemisolering tills 2 veckors effektiv behandling och klinisk förbättring, därefter bedömning av smittfrihet. "
       "DOT via infektionsmottagningens sjuksköterska 5 dagar/v. Återbesök infektionsmottagningen Lund om 2 v med leverprover."),
  ])],
  [], [("NL101", "n1")],
  "Tuberculosis was explained to the patient through an interpreter; the only party not told is his employer, by his own choice.")

C("d139-89-parkinson-ej-informerad-om-nedtrappning", "vgr", "1947-05-29", "381", "2024-11-29",
  [N("n1", "Melior", "Läkaranteckning", "vgr_ger_kungalv", "Ingrid Westerberg", "läkare",
     "2024-11-27T15:00", "2024-11-27T15:45", "slutenvård", [
      ("Kontaktorsak", "Läkemedelsgenomgång inför utskrivning, inneliggande efter fall."),
      ("Bakgrund", "77-årig man med Parkinsons sjukdom sedan 2015, inlagd 22/11 efter fall i hemmet utan fraktur. "
       "Ortostatisk hypotension uppmätt med blodtrycksfall 36/14 mmHg vid uppresning. Hallucinationer nattetid senaste månaden."),
      ("Tidigare sjukdomar", "Parkinsons sjukdom. Ortostatisk hypotension. Prostatahyperplasi. Depression. Hörselnedsättning med hörapparat bilat."),
      ("Läkemedel före inläggning", "Madopar 125 mg x 5, Madopar Depot 125 mg tn, Pramipexol 0,7 mg x 3, Rasagilin 1 mg, Doxazosin 4 mg, Sertralin 50 mg, Zopiklon 5 mg."),
      ("Socialt", "Gift, villa i Ytterby. Hustrun är frisk och sköter dosetten. Ingen hemtjänst."),
      ("Status", "Hypokinesi, rigiditet bilat, vilotremor hö hand. Ingen dyskinesi. Orienterad. BT liggande 138/80, stående efter 3 min 102/66."),
      ("Bedömning", "Parkinsons sjukdom med ortostatisk hypotension och dopaminagonistrelaterade hallucinationer. Läkemedelsbördan behöver minskas."),
      ("Åtgärd", "Doxazosin utsatt. Pramipexol trappas ned till 0,35 mg x 3 under en vecka och sätts sedan ut. Zopiklon utsatt. "
       "Midodrin 2,5 mg x 3 dagtid insatt. Stödstrumpor."),
      ("Information till patienten", "Pat känner sedan länge till sin Parkinsondiagnos och har idag informerats om fallrisken vid uppresning. "
       "Han är ännu inte informerad om nedtrappningsschemat för Pramipexol, som gås igenom med honom och hustrun i morgon före hemgång."),
      ('Lab', 'Na 138, K 4,1, krea 86, Hb 136, B12 normalt.'),
      ('Funktion', 'Går med rollator inomhus sedan fallet. Klarar ADL med lite hjälp av hustrun.'),
      ('Diagnoser', 'G20.9 Parkinsons sjukdom\nI95.1 Ortostatisk hypotension\nW19 Fall'),
      ("Planering", "Parkinsonsjuksköterska ringer om 2 v. Återbesök neurolog om 2 mån. Ortostatiskt BT på VC om 2 v."),
  ])],
  [], [("NL101", "n1")],
  "The patient has long known his Parkinson diagnosis; what he has not yet been told is a tapering schedule.")

C("d139-90-lungcancer-vill-ej-veta-prognos", "skane", "1941-01-22", "625", "2024-10-28",
  [N("n1", "Melior", "Mottagningsanteckning", "sk_lung_lund", "Henrik Åberg", "läkare",
     "2024-10-24T13:10", "2024-10-24T14:20", "öppenvård", [
      ("Kontaktorsak", "Uppföljning av känd lungcancer under palliativ behandling."),
      ("Bakgrund", "83-årig kvinna med EGFR-muterat adenocarcinom i hö lunga, stadium IV med skelettmetastaser, diagnostiserat i mars. "
       "Osimertinib sedan april med partiell respons på DT i juli."),
      ("Aktuellt", "Trött men klarar sig själv med hemtjänst 1 ggr/d. Lätt diarré 2–3 ggr/d. Ingen andnöd i vila. Värk i vä höft som Alvedon räcker mot."),
      ("Tidigare sjukdomar", "Hypertoni. Hypotyreos. Glaukom. Höftfraktur hö 2019."),
      ("Läkemedel", "Tagrisso 80 mg x 1, Levaxin 50 mikrog, Amlodipin 5 mg, Xalatan, Xgeva var 4:e v, Alvedon 1 g x 3."),
      ("Socialt", "Änka, lägenhet i Eslöv. Två söner som hjälps åt."),
      ("Status", "ECOG 2. SpO2 95 %. Nedsatt andningsljud basalt hö. Torr hud med lätt akneiformt utslag på bröstet. Inga ödem."),
      ("Röntgen", "DT thorax-buk 21/10: fortsatt partiell respons i lungan, ny liten osteolys i vä os ilium."),
      ("Lab", "Hb 112, krea 78, ALAT 0,6, Ca 2,35. QTc 438 ms på EKG."),
      ("Bedömning", "Lungcancer stadium IV under osimertinib med fortsatt respons i lungan men lätt skelettprogress i bäckenet. Diarré grad 1."),
      ("Information till patienten", "Pat är väl förtrogen med sin cancerdiagnos och behandlingens palliativa syfte. "
       "Hon har flera gånger sagt att hon inte vill ha detaljer om förväntad överlevnad, vilket respekteras; sönerna har med hennes samtycke fått den informationen per telefon. "
       "Idag informerad om den nya förändringen i bäckenet och om strålbehandling."),
      ("Åtgärd", "Remiss palliativ strålbehandling 8 Gy mot vä os ilium. Loperamid vid behov. Mjukgörande kräm."),
      ("Planering", "Tagrisso fortsätter. Återbesök om 6 v. ASIH erbjuden, pat vill vänta."),
  ])],
  [], [("NL101", "n1")],
  "The patient knows her cancer and was told of the new bone lesion today; she only declines prognosis details, which is no untold diagnosis.")

# ======================= CASES END =========================


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    seen = {}
    keys = ["case", "ruleset", "record", "must", "must_not", "why"]
    for c in cases:
        n = c["case"]
        if list(c.keys()) != keys:
            errs.append("%s: keys" % n)
        if not n.startswith("d139-"):
            errs.append("%s: prefix" % n)
        if n in names:
            errs.append("duplicate case %s" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        rec = c["record"]
        p = rec["patient"]
        b = p["birth_date"]
        y, m, d = b.split("-")
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != y + m + d:
            errs.append("%s: pnr/birth mismatch" % n)
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errs.append("%s: luhn" % n)
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % n)
        ids = set()
        systems = {}
        for note in rec["notes"]:
            if note["id"] in ids:
                errs.append("%s: dup note id" % n)
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR non-Melior" % n)
            if not note["time"].startswith("2024-"):
                errs.append("%s: time not 2024" % n)
            if note["signed"] is not None:
                if not note["signed"].startswith("2024-") or note["signed"] < note["time"]:
                    errs.append("%s: signed" % n)
            if note["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % n)
            a = age_at(b, note["time"])
            if 13 <= a <= 15:
                errs.append("%s: age %d" % (n, a))
            for s in note["sections"]:
                if not s["keyword"] or not s["text"].strip():
                    errs.append("%s: empty section" % n)
                for sent in SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], s["keyword"]):
                            errs.append("repeated sentence in %s and %s: %r" % (seen[sent][0], n, sent))
                        seen.setdefault(sent, (n, note["id"], s["keyword"]))
        a = age_at(b, rec["as_of"])
        if 13 <= a <= 15:
            errs.append("%s: age at as_of %d" % (n, a))
        pairs = []
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (n, code))
                if tgt not in ids:
                    errs.append("%s: target %s missing" % (n, tgt))
                    continue
                # NL102 is only ever *required* on Melior; on PMO it can only be must_not
                if code == "NL102" and lst == "must" and systems[tgt] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and systems[tgt] == "PMO":
                    errs.append("%s: NL101 on PMO" % n)
                if (code, tgt) in pairs:
                    errs.append("%s: %s/%s listed twice" % (n, code, tgt))
                pairs.append((code, tgt))
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertion" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
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
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(stats):
        print("  %s %s: %d" % (k[0], k[1], stats[k]))


if __name__ == "__main__":
    main()
