#!/usr/bin/env python3
"""nl1l gold cases: NL101 (uncommunicated diagnosis in visible text), with NL102 where natural.

Dependency-free and deterministic: `python3 build.py` writes nl1l_dev_cases.jsonl beside
this file and validates it. Exit status 1 on any problem.
"""
import json
import os
import re
import sys
import zlib
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1l_dev_cases.jsonl")

SKANE_UNITS = [
    "Onkologiska kliniken, Skånes universitetssjukhus Lund",
    "Bröstmottagningen, Skånes universitetssjukhus Malmö",
    "Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett",
    "Barnonkologen, Skånes universitetssjukhus Lund",
    "Minnesmottagningen, Skånes universitetssjukhus Malmö",
    "Geriatriska kliniken, Helsingborgs lasarett",
    "Urologiska kliniken, Skånes universitetssjukhus Malmö",
    "Kvinnokliniken, Centralsjukhuset Kristianstad",
    "Specialistmödravården, Skånes universitetssjukhus Lund",
    "Bild och funktion, Ystads lasarett",
    "Hudkliniken, Skånes universitetssjukhus Lund",
    "Klinisk genetik, Skånes universitetssjukhus Lund",
    "Infektionskliniken, Skånes universitetssjukhus Malmö",
    "Neurologiska kliniken, Skånes universitetssjukhus Lund",
    "Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne",
    "Psykiatrisk slutenvård avd 84, Psykiatri Skåne Malmö",
    "Barn- och ungdomspsykiatrisk mottagning Helsingborg",
    "Kirurgiska kliniken, Trelleborgs lasarett",
    "Medicinkliniken, Ystads lasarett",
    "Ortopedkliniken, Hässleholms sjukhus",
    "ÖNH-kliniken, Skånes universitetssjukhus Lund",
    "Ögonkliniken, Skånes universitetssjukhus Malmö",
    "Hematologiska kliniken, Skånes universitetssjukhus Lund",
    "Akutmottagningen, Landskrona lasarett",
    "Kardiologiska kliniken, Skånes universitetssjukhus Lund",
    "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö",
    "Reumatologiska kliniken, Skånes universitetssjukhus Lund",
    "Lungmedicinska kliniken, Skånes universitetssjukhus Lund",
    "Medicinkliniken, Ängelholms sjukhus",
    "Gastrokirurgiska kliniken, Skånes universitetssjukhus Malmö",
    "Patologi, Labmedicin Skåne Lund",
]
VGR_UNITS = [
    "Onkologiska kliniken, Sahlgrenska Universitetssjukhuset",
    "Urologiska mottagningen, Sahlgrenska Universitetssjukhuset",
    "Psykosmottagning Nordost, Sahlgrenska Universitetssjukhuset",
    "Affektiva mottagningen, Sahlgrenska Universitetssjukhuset Mölndal",
    "Specialistmödravården, Södra Älvsborgs Sjukhus Borås",
    "Kvinnokliniken, NU-sjukvården Trollhättan",
    "Bild- och funktionsmedicin, Skaraborgs Sjukhus Skövde",
    "Hudmottagningen, Sahlgrenska Universitetssjukhuset",
    "Klinisk genetik, Sahlgrenska Universitetssjukhuset",
    "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra",
    "Neurologmottagningen, Sahlgrenska Universitetssjukhuset",
    "Geriatriska kliniken, Sahlgrenska Universitetssjukhuset Mölndal",
    "Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus",
    "Barn- och ungdomsmedicin, NU-sjukvården Uddevalla",
    "Kardiologiska kliniken, Södra Älvsborgs Sjukhus Borås",
    "Medicinkliniken, Kungälvs sjukhus",
    "Kirurgkliniken, Alingsås lasarett",
    "ÖNH-kliniken, Sahlgrenska Universitetssjukhuset",
    "Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal",
    "Reumatologmottagningen, Skaraborgs Sjukhus Skövde",
    "Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset",
    "Hematologmottagningen, Sahlgrenska Universitetssjukhuset",
    "Gastromottagningen, Sahlgrenska Universitetssjukhuset Östra",
    "Lungmottagningen, Skaraborgs Sjukhus Skövde",
    "Akutmottagningen, NU-sjukvården Trollhättan",
    "Ortopedmottagningen, Kungälvs sjukhus",
    "Psykiatrisk slutenvård avd 3, Sahlgrenska Universitetssjukhuset Östra",
    "Barnmedicinska kliniken, Skaraborgs Sjukhus Skövde",
    "Klinisk patologi, Sahlgrenska Universitetssjukhuset",
]


def unit(rs, key):
    units = SKANE_UNITS if rs == "skane" else VGR_UNITS
    matches = [u for u in units if u.lower().startswith(key.lower())]
    if not matches:
        matches = [u for u in units if key.lower() in u.lower()]
    if len(matches) != 1:
        raise SystemExit("unit key %r in %s matches %d units" % (key, rs, len(matches)))
    name = matches[0]
    prefix = "SE2321000255-" if rs == "skane" else "SE2321000131-"
    return {"name": name, "hsa_id": prefix + "%04d" % (1000 + zlib.crc32(name.encode()) % 9000)}


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def pnr(birth, sex, idx):
    y, m, d = birth.split("-")
    serial = "%02d" % ((idx * 37 + 11) % 98 + 1)
    sexd = (idx * 3) % 10
    if sex == "M" and sexd % 2 == 0:
        sexd = (sexd + 1) % 10
    if sex == "F" and sexd % 2 == 1:
        sexd = (sexd + 1) % 10
    nine = y[2:] + m + d + serial + str(sexd)
    return "%s%s%s-%s%s%s" % (y, m, d, serial, sexd, luhn_digit(nine))


def iso(t):
    return datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


CASES = []


def note(rs, unit_key, author, t, sections, role="läkare", template="Läkaranteckning",
         signed=55, setting="öppenvård", nid="n1"):
    t_iso = iso(t)
    if signed is None:
        s_iso = None
    else:
        s_iso = (datetime.strptime(t, "%Y-%m-%d %H:%M") + timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {"id": nid, "system": "Melior", "template": template, "unit": unit(rs, unit_key),
            "author": {"name": author, "role": role}, "time": t_iso, "signed": s_iso,
            "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


def c(name, rs, birth, sex, unit_key, author, t, secs=None, must=(), must_not=(), why="",
      extra=None, **kw):
    notes = [note(rs, unit_key, author, t, secs, **kw)]
    if extra:
        notes.extend(extra)
    last = max(n["time"] for n in notes)
    as_of = (datetime.strptime(last, "%Y-%m-%dT%H:%M:%S") + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    idx = len(CASES) + 1

    def targets(x):
        out = []
        for item in x:
            if isinstance(item, str):
                out.append([item, "n1"])
            else:
                out.append(list(item))
        return out

    CASES.append({
        "case": name, "ruleset": rs,
        "record": {"patient": {"id": pnr(birth, sex, idx), "birth_date": birth, "protected_identity": False},
                   "as_of": as_of, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": targets(must), "must_not": targets(must_not), "why": why})


# ---------------------------------------------------------------------------
# Oncology, breast, urology
# ---------------------------------------------------------------------------
c("brost-pad-besked-vid-aterbesok", "skane", "1961-09-04", "F", "Bröstmottagningen", "Karin Lindqvist",
  "2024-02-06 11:20",
  secs=[("Aktuellt", "Mammografi och UL-ledd mellannålsbiopsi vä bröst 2/2 pga palpabel resistens kl 2, ca 2 cm."),
   ("Bedömning", "PAD: invasiv duktal cancer NHG 2, ER 90 %, PR 40 %, HER2 neg, Ki-67 18 %. "
                 "Pat ännu ej informerad om PAD-svaret; diagnosbesked ges vid återbesök 14/2 med kontaktssk närvarande.")],
  must=["NL101"], must_not=["NL102"],
  why="confirmed breast cancer written in Bedömning while the same sentence says the patient is not yet told")

c("brost-diagnosbesked-lamnat-idag", "skane", "1954-12-19", "F", "Bröstmottagningen", "Jonas Ek",
  "2024-03-11 09:40",
  secs=[("Anamnes", "Remitterad från screening, stjärnformig förändring hö bröst övre yttre kvadrant."),
   ("Information", "Diagnosbesked lämnat idag: invasiv lobulär cancer hö bröst. Pat tog emot beskedet lugnt, maken närvarande. "
                   "Kontaktsjuksköterska Lena träffade paret efteråt och gav skriftlig information.")],
  must_not=["NL101", "NL102"],
  why="diagnosis written together with the statement that it was told today")


c("prostata-normalt-psa-mr-brev", "vgr", "1966-01-30", "M", "Urologiska", "Amira Haddad",
  "2024-05-08 10:10",
  secs=[("Lab", "PSA 1,8 (ref <3,0), kvot fritt/totalt 0,24."),
   ("Röntgen", "MR prostata: inga misstänkta förändringar, PI-RADS 2."),
   ("Bedömning", "Ingen misstanke om prostatacancer. Pat ej informerad om svaren ännu – brev skickas idag. Åter vid nya besvär.")],
  must_not=["NL101", "NL102"],
  why="patient not yet told, but the result is normal and the only diagnosis is negated")

c("prostata-ska-meddelas-via-kontaktssk", "skane", "1948-08-12", "M", "Urologiska", "Sofia Bengtsson",
  "2024-06-03 13:30", signed=None,
  secs=[("Bedömning", "Biopsisvaret visar prostatacancer ISUP 2, låg volym."),
   ("Åtgärd", "Svaret ska meddelas pat av kontaktsjuksköterskan vid telefontid på torsdag, han är ej underrättad ännu. Aktiv monitorering blir sannolikt aktuell.")],
  must=["NL101"],
  why="unsigned draft: diagnosis in Bedömning, the not-told statement sits in Åtgärd")



c("lunga-informerad-men-inte-om-skelett", "vgr", "1959-07-14", "M", "Onkologiska", "Henrik Strand",
  "2024-03-04 10:25",
  secs=[("Information", "Pat informerad om att biopsin från hö lunga visar adenokarcinom. "
                   "Informerades dock inte om att PET-DT även visar skelettmetastaser i bäckenet och L3, detta tas vid återbesök hos onkolog nästa vecka.")],
  must=["NL101"],
  why="two findings, one told (lung adenocarcinoma) and one untold (bone metastases)")

c("smacellig-alla-fynd-informerade-ej-behandlingsstart", "skane", "1955-02-25", "F", "Lungmedicinska", "Ulrika Persson",
  "2024-04-23 13:45",
  secs=[("Diagnos", "Småcellig lungcancer med hjärnmetastaser."),
   ("Information", "Pat och hennes man informerade om diagnosen samt om metastaserna i hjärnan. "
                   "Ej informerade om exakt behandlingsstart då MDK ännu inte hållits.")],
  must_not=["NL101"],
  why="all diagnoses told; the 'ej informerade' refers to the treatment date")

c("pankreas-diktat-inte-berattat", "vgr", "1946-10-02", "M", "Kirurgkliniken, Alingsås", "Lars Wikström",
  "2024-02-13 17:20", setting="slutenvård",
  secs=[("Aktuellt", "Diktat: pat inkommer med sina anhöriga efter remiss från vårdcentralen pga viktnedgång och ikterus och vid DT som "
                "gjordes igår ses en tumör i pankreashuvudet som är högst misstänkt malign och detta har vi inte berättat för patienten "
                "ännu eftersom han var mycket trött idag och bad att få vila så det får tas imorgon på ronden tillsammans med sonen")],
  must=["NL101", "NL102"],
  why="dictated run-on sentence: suspected pancreatic cancer and the not-told clause in the same sentence")

c("kolon-diktat-informerade-tillsammans", "skane", "1950-06-17", "M", "Gastrokirurgiska", "Maria Nordin",
  "2024-05-21 11:00",
  secs=[("Bedömning", "Diktat: samtal idag med pat och hans fru där jag gick igenom svaret från koloskopin och biopsierna som visar "
                 "adenokarcinom i sigmoideum och de tog det hela förhållandevis bra och vi pratade om att det blir operation och att "
                 "kontaktsjuksköterskan hör av sig inom en vecka med tider")],
  must_not=["NL101"],
  why="dictated run-on sentence documenting that the colon cancer was told")

c("typo-kll-ej-infomerad", "vgr", "1949-09-28", "F", "Hematologmottagningen", "Nils Åberg",
  "2024-01-25 09:15",
  secs=[("Lab", "Flödescytometri perifert blod: monoklonal B-cellspopulation CD5+/CD23+, 9,4 x 10^9/L."),
   ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Pat ej infomerad om diagnosen, telefontid bokad fredag.")],
  must=["NL101"],
  why="typo in cue word (infomerad): CLL written, patient not told")

c("onk-progress-meddelas-per-telefon-tisdag", "vgr", "1963-04-08", "F", "Onkologiska", "Ingrid Malm",
  "2024-06-12 14:50",
  secs=[("Röntgen", "DT thorax-buk jmf 2024-03: nytillkomna lungmetastaser bilat, största 14 mm. Levermetastaserna oförändrade."),
   ("Planering", "Progress meddelas pat per telefon av behandlande onkolog på tisdag, därefter ställningstagande till andra linjens behandling.")],
  must=["NL101"],
  why="new metastases documented; 'meddelas per telefon på tisdag' means the patient does not know yet")

c("onk-stabil-sjukdom-meddelat-per-telefon", "skane", "1960-10-11", "M", "Onkologiska", "Petra Axelsson",
  "2024-06-14 08:35", template="Telefonanteckning",
  secs=[("Aktuellt", "Meddelat pat per telefon att DT visar stabil sjukdom utan progress av hans kolorektala levermetastaser. Fortsätter FOLFOX enligt plan.")],
  must_not=["NL101", "NL102"],
  why="telephone note documenting that the result was given")

c("mesoteliom-annu-inte-berattat", "skane", "1944-01-05", "M", "Lungmedicinska", "Göran Isaksson",
  "2024-03-19 15:40",
  secs=[("Anamnes", "Tidigare varvsarbetare, asbestexponering 1962-1980."),
   ("Bedömning", "Ännu inte berättat för pat att pleurabiopsin visar malignt mesoteliom, epiteloid typ. Väntar in dottern som kommer från Stockholm på fredag.")],
  must=["NL101"],
  why="the not-told statement comes first in the sentence, the diagnosis after")

c("typo-gbm-glioblastm-informerad-avbojt-prognos", "vgr", "1958-12-30", "M", "Neurologmottagningen", "Annika Sundberg",
  "2024-04-02 13:05",
  secs=[("Information", "Pat informerad om diagnosen glioblastm. Han har inte velat ta del av prognosen, vilket respekteras; hustrun har fått den i separat samtal på hans begäran.")],
  must_not=["NL101"],
  why="typo in diagnosis (glioblastm): diagnosis told, only the prognosis declined")


c("neuroendokrin-appendix-ska-informeras", "vgr", "1989-03-03", "F", "Kirurgkliniken, Alingsås", "Oskar Berg",
  "2024-05-06 10:45",
  secs=[("Lab", "PAD appendix (op 18/4 pga akut appendicit): neuroendokrin tumör 1,5 cm i spetsen, G1, radikalt exciderad."),
   ("Åtgärd", "Pat ska informeras vid återbesök om 2 v tillsammans med plan för uppföljning. Anmäls till NET-konferens.")],
  must=["NL101"],
  why="'ska informeras' at a later visit: the tumour diagnosis is not yet told")

c("ljumskbrack-ska-informeras-om-optid", "skane", "1975-08-08", "M", "Kirurgiska kliniken, Trelleborg", "Lina Håkansson",
  "2024-05-14 09:25",
  secs=[("Status", "Reponibelt ljumskbråck hö, ömt vid hosta."),
   ("Bedömning", "Indirekt ljumskbråck hö. Pat informerad om diagnos och om laparoskopisk operation (TEP)."),
   ("Planering", "Pat ska informeras om operationstid så snart den är bestämd, väntetid ca 3 mån.")],
  must_not=["NL101", "NL102"],
  why="'ska informeras' concerns the operation date; the hernia diagnosis was told")


c("typo-adenokarcinon-esofagus", "vgr", "1953-02-11", "M", "Gastromottagningen", "Daniel Ljung",
  "2024-04-10 11:35",
  secs=[("Lab", "PAD esofagusbiopsier 32 cm: adenokarcinon i Barrettslemhinna."),
   ("Planering", "Pat ej informerad, ny tid bokad 17/4 för besked och PET-DT.")],
  must=["NL101"],
  why="typo in diagnosis (adenokarcinon): esophageal cancer written, patient not told")

c("typo-lymfon-informerade", "skane", "1962-05-05", "F", "Hematologiska", "Ola Mattsson",
  "2024-02-19 14:00",
  secs=[("Information", "Pat och hennes maka informerade om diagnosen diffust storcelligt B-cellslymfon, stadium II A, och om planerad R-CHOP x 6.")],
  must_not=["NL101", "NL102"],
  why="typo in diagnosis (lymfon) in a told-diagnosis sentence")

c("levermetastaser-epikris-ej-informerad", "skane", "1945-04-26", "M", "Medicinkliniken, Ängelholm", "Jenny Falk",
  "2024-03-28 15:10", template="Epikris", setting="slutenvård",
  secs=[("Epikris", "Inlagd 20/3 pga dehydrering och förvirring, hyperkalcemi Ca 3,4 behandlad med vätska och zoledronsyra. "
               "Under vårdtiden påvisades via DT multipla levermetastaser från okänd primärtumör. "
               "Pat ej informerad om metastaserna vid utskrivningen; onkologmottagningen har fått remiss och ger besked.")],
  must=["NL101"],
  why="discharge summary with an untold finding of liver metastases")


# ---------------------------------------------------------------------------
# Pediatrics with guardians (patients under 13) and one 17-year-old
# ---------------------------------------------------------------------------
c("barn-leukemimisstanke-foraldrar-ej-informerade", "skane", "2018-02-14", "F", "Barn- och ungdomsmedicinska", "Johan Nyström",
  "2024-02-20 13:55", setting="akut",
  secs=[("Lab", "Hb 82, TPK 31, LPK 38 med blaster i diff."),
   ("Bedömning", "Stark misstanke om akut leukemi. Föräldrarna ännu ej informerade om misstanken – samtal tillsammans med bakjour kl 16, "
                 "därefter överflyttning till barnonkologen i Lund.")],
  must=["NL101", "NL102"],
  why="suspected leukemia in a child; the guardians, who read the journal, are not yet told")

c("barn-diabetes-foraldrar-informerade", "skane", "2016-06-01", "M", "Barn- och ungdomsmedicinska", "Hanna Wallin",
  "2024-04-07 18:20", setting="slutenvård",
  secs=[("Bedömning", "Nydebuterad diabetes mellitus typ 1 med lätt ketoacidos, B-glukos 28, B-ketoner 4,1."),
   ("Information", "Föräldrarna informerade om diagnosen av undertecknad tillsammans med diabetessköterska; pappa mycket ledsen, mamma ställde många frågor. "
                   "Pojken har fått en enkel förklaring anpassad till åldern.")],
  must_not=["NL101", "NL102"],
  why="child's diagnosis told to the guardians")

c("typo-barn-all-vardnadshavare-ej-informerade", "vgr", "2020-08-30", "M", "Barncancercentrum", "Eva Lundberg",
  "2024-03-15 11:40", setting="slutenvård", signed=None,
  secs=[("Lab", "Benmärgsundersökning bekräftar akut lymfatisk leukmi, pre-B, MRD-prov skickat."),
   ("Planering", "Vårdnadshavarna ej informerade ännu – diagnossamtal kl 14 med barnonkolog och kurator.")],
  must=["NL101"],
  why="typo in diagnosis (leukmi), unsigned draft: guardians not yet told")

c("barn-cf-foraldrar-besked-med-tolk", "vgr", "2023-11-02", "F", "Barnmedicinska kliniken, Skaraborg", "Björn Hedlund",
  "2024-01-24 10:00",
  secs=[("Lab", "Genetiskt svar: homozygot F508del i CFTR, svettest kloridhalt 98 mmol/L."),
   ("Bedömning", "Cystisk fibros. Föräldrarna fick besked vid dagens besök, kontakttolk på polska närvarade och pappan återberättade med egna ord.")],
  must_not=["NL101", "NL102"],
  why="diagnosis in an infant told to the guardians with an interpreter")

c("barn-jarnbrist-informerade-celiaki-ej", "vgr", "2015-10-10", "F", "Barn- och ungdomsmedicin, NU", "Klara Bergkvist",
  "2024-05-02 14:25", template="Telefonanteckning",
  secs=[("Aktuellt", "Ringt mamman och meddelat att flickan har järnbristanemi, Hb 96, ferritin 4. Förskrivit järn."),
   ("Bedömning", "Transglutaminas-IgA >128 talar starkt för celiaki. Föräldrarna ej informerade om detta ännu, tas vid besök hos barnläkare för ställningstagande till gastroskopi.")],
  must=["NL101", "NL102"],
  why="guardians told about anemia but not about the probable celiac disease")


c("barn-rolandisk-epilepsi-foraldrar-informerade", "vgr", "2016-12-12", "M", "Barnmedicinska kliniken, Skaraborg", "Matilda Ek",
  "2024-02-09 09:30",
  secs=[("Utredning", "Sömn-EEG: centrotemporala spikar bilat, i övrigt normal bakgrundsaktivitet."),
   ("Bedömning", "Självbegränsande epilepsi med centrotemporala spikar (Rolandisk epilepsi). Föräldrarna informerade idag om diagnosen och den goda prognosen; ingen medicinering i nuläget.")],
  must_not=["NL101", "NL102"],
  why="childhood epilepsy told to guardians")

c("barn-duchenne-misstanke-ej-foraldrar", "vgr", "2019-04-18", "M", "Barn- och ungdomsmedicin, NU", "Sven Olausson",
  "2024-04-25 15:00",
  secs=[("Status", "Gowers tecken positivt, pseudohypertrofi vader bilat, går på tå."),
   ("Lab", "CK 18 400."),
   ("Bedömning", "Misstänkt Duchennes muskeldystrofi. Inte diskuterat med föräldrarna ännu, väntar på genetisk analys av DMD-genen innan vi tar upp det.")],
  must=["NL101", "NL102"],
  why="suspected muscular dystrophy, guardians deliberately not yet told")

c("tonaring-17-hodgkin-foraldrar-men-ej-pat", "skane", "2006-09-09", "M", "Hematologiska", "Lisa Carlsson",
  "2024-03-21 17:05",
  secs=[("Lab", "PAD körtel hö supraklavikulärt: klassiskt Hodgkins lymfom, nodulär skleros."),
   ("Information", "Föräldrarna informerade per telefon. Pat (17 år) själv ännu ej informerad – föräldrarna vill vara med vid besked imorgon kl 10.")],
  must=["NL101"],
  why="17-year-old reads his own journal: parents told but not the patient")

c("tonaring-17-pat-informerad-vill-ej-foraldrar", "vgr", "2006-11-23", "F", "Infektionskliniken", "Moa Petersson",
  "2024-02-26 13:20",
  secs=[("Bedömning", "Genital herpes, HSV-2, primärinfektion. Pat informerad om diagnosen och behandlingen med valaciklovir. "
                 "Hon vill inte att föräldrarna informeras, vilket respekteras.")],
  must_not=["NL101", "NL102"],
  why="17-year-old told; only her parents are not to be told")

c("barn-adhd-skolan-ej-informerad", "skane", "2014-03-16", "M", "Barn- och ungdomspsykiatrisk", "Therese Holm",
  "2024-05-29 10:50",
  secs=[("Bedömning", "ADHD kombinerad form samt språkstörning, diagnoserna återförda till båda vårdnadshavarna vid dagens återgivningssamtal; mamma uttryckte lättnad."),
   ("Planering", "Skolan ej informerad ännu, föräldrarna vill själva ta det med mentor. Läkemedelsbesök om 3 v.")],
  must_not=["NL101", "NL102"],
  why="child psychiatry: guardians told; only the school is not informed")

c("bup-autism-adhd-aterforing-ej-gjord", "skane", "2015-07-07", "F", "Barn- och ungdomspsykiatrisk", "Kristoffer Lind",
  "2024-04-15 15:30",
  secs=[("Sammanfattning", "Neuropsykiatrisk utredning klar. Samtliga bedömare enades om diagnoserna autism (F84.0) och ADHD kombinerad form (F90.0)."),
   ("Planering", "Återföring till vårdnadshavarna ej gjord ännu; sker vid återgivningssamtal 22/5 då båda kan delta.")],
  must=["NL101"],
  why="child psychiatry: diagnoses in Sammanfattning, guardians not yet given the feedback")

# ---------------------------------------------------------------------------
# Psychiatry
# ---------------------------------------------------------------------------
c("psyk-schizofreni-ej-kommunicerad", "vgr", "1996-02-02", "M", "Psykosmottagning Nordost", "Rebecka Svensson",
  "2024-03-26 14:40", setting="psykiatrisk öppenvård",
  secs=[("Bedömning", "Hörselhallucinationer sedan mer än 6 mån, förföljelseidéer och uttalade negativa symtom uppfyller kriterierna för schizofreni (F20.0). "
                 "Diagnosen har ännu inte kommunicerats med pat då han i nuläget bedöms för misstänksam för att kunna ta emot den; tas upp när han stabiliserats.")],
  must=["NL101"],
  why="psychiatry: diagnosis deliberately withheld for now, written in Bedömning")

c("psyk-bipolar-diskuterad-med-pat", "vgr", "1988-08-25", "F", "Affektiva mottagningen", "Mikael Dahl",
  "2024-02-15 11:15", setting="psykiatrisk öppenvård",
  secs=[("Bedömning", "Bipolär sjukdom typ II. Diagnosen diskuterad ingående med pat idag, hon känner igen sig i beskrivningen av de hypomana perioderna."),
   ("Planering", "Psykoedukation om sjukdomen påbörjad, start lamotrigin med långsam upptitrering.")],
  must_not=["NL101", "NL102"],
  why="psychiatry: diagnosis discussed with the patient")

c("psyk-eips-valt-att-inte-delge", "skane", "1999-10-13", "F", "Allmänpsykiatrisk mottagning Lund", "Nora Jönsson",
  "2024-05-17 13:10", setting="psykiatrisk öppenvård",
  secs=[("Bedömning", "Emotionellt instabil personlighetsstörning (F60.3) bedöms föreligga utifrån SCID-5-PD och anamnes. "
                 "Vi har valt att inte delge pat diagnosen ännu då det i nuläget riskerar att försämra alliansen; tas upp i behandlingen längre fram.")],
  must=["NL101"],
  why="psychiatry: 'valt att inte delge' the personality disorder diagnosis")

c("psyk-ptsd-kand-vantetid-ej-informerad", "skane", "1985-04-04", "M", "Allmänpsykiatrisk mottagning Lund", "Jesper Lundin",
  "2024-01-30 10:20", setting="psykiatrisk öppenvård",
  secs=[("Tidigare sjukdomar", "PTSD sedan 2021 efter rån på arbetsplatsen, pat väl förtrogen med diagnosen."),
   ("Planering", "Står i kö för traumafokuserad KBT. Ej informerad om väntetiden ännu då den är oklar, återkommer per brev.")],
  must_not=["NL101", "NL102"],
  why="known old diagnosis; 'ej informerad' concerns the waiting time")


c("psyk-depression-arbetsgivare-ej-informerad", "vgr", "1979-06-21", "F", "Affektiva mottagningen", "Tove Blom",
  "2024-04-30 09:05", setting="psykiatrisk öppenvård",
  secs=[("Bedömning", "Egentlig depression, medelsvår, recidiverande (F33.1). Pat informerad om diagnosen och om sjukskrivning 4 v."),
   ("Socialt", "Arbetsgivaren ej informerad om diagnosen på pat:s uttryckliga begäran, sjukintyg utan diagnos till arbetsgivaren.")],
  must_not=["NL101", "NL102"],
  why="the employer, not the patient, is the one not informed")

c("psyk-pat-vill-inte-veta-anorexi", "vgr", "2003-01-17", "F", "Affektiva mottagningen", "Kim Nordqvist",
  "2024-06-05 14:20", setting="psykiatrisk öppenvård",
  secs=[("Bedömning", "BMI 15,2, restriktivt ätande och kroppsuppfattningsstörning – anorexia nervosa av restriktiv typ. "
                 "Pat har uttryckt att hon inte vill veta någon diagnos i nuläget och har därför inte informerats om den. Remiss ätstörningsenheten.")],
  must=["NL101"],
  why="patient does not want to know; she has not been told and the diagnosis is in visible text")

c("typo-psyk-schizofrini-informerad", "vgr", "1993-09-01", "M", "Psykosmottagning Nordost", "Ahmed Yusuf",
  "2024-05-23 11:50", setting="psykiatrisk öppenvård",
  secs=[("Information", "Diagnosen paranoid schizofrini har gåtts igenom med pat och hans bror; pat säger att han förstår men håller inte med. Får skriftlig information.")],
  must_not=["NL101", "NL102"],
  why="typo in diagnosis (schizofrini) in a diagnosis that was gone through with the patient")

# ---------------------------------------------------------------------------
# Geriatrics, dementia, relatives
# ---------------------------------------------------------------------------
c("alzheimer-dottern-informerad-pat-ej", "skane", "1937-05-13", "F", "Minnesmottagningen", "Peter Söderberg",
  "2024-02-29 14:00",
  secs=[("Sammanfattning", "Utredningen visar Alzheimers sjukdom med sen debut: MMSE 19/30, DT hjärna med temporal atrofi, typisk anamnes."),
   ("Information", "Dottern informerad per telefon, pat hade önskat att hon skulle höras. Pat själv har ännu inte fått diagnosbeskedet – planeras vid hembesök med demenssjuksköterska.")],
  must=["NL101"],
  why="relative told but not the patient herself")

c("blanddemens-pat-och-son-informerade", "skane", "1940-03-27", "M", "Minnesmottagningen", "Helena Ström",
  "2024-03-14 10:30",
  secs=[("Diagnos", "Blanddemens, Alzheimer med vaskulär komponent."),
   ("Information", "Pat och sonen informerade gemensamt om diagnosen. Pat förstår att minnet sviktar men minns troligen inte detaljerna; skriftlig information medgiven.")],
  must_not=["NL101"],
  why="diagnosis told to patient and son together ('troligen' is about memory, not about a diagnosis)")

c("demens-subduralhematom-hustrun-informerad", "vgr", "1934-07-30", "M", "Geriatriska kliniken", "Cecilia Holmberg",
  "2024-01-09 16:45", setting="slutenvård",
  secs=[("Röntgen", "DT hjärna efter fall: subakut subduralhematom vä, 9 mm, lätt överskjutning av medellinjen."),
   ("Bedömning", "Pat med känd Alzheimerdemens, MMSE 12 i höstas. Neurokirurg konsulterad, ingen op-indikation. "
                 "Hustrun informerad om blödningen. Pat själv ej informerad då han inte bedöms kunna tillgodogöra sig informationen idag.")],
  must=["NL101"],
  why="geriatric patient with dementia: wife told, patient not")


c("typo-alzeimer-ej-informerad", "vgr", "1942-10-06", "F", "Geriatriska kliniken", "Johanna Kvist",
  "2024-05-15 13:35", signed=None,
  secs=[("Bedömning", "Sammantaget Alzeimers sjukdom, lindrig demensgrad."),
   ("Information", "Ej informerad ännu – pat kom ensam och ville att maken skulle vara med. Ny tid för diagnossamtal 29/5.")],
  must=["NL101"],
  why="typo in diagnosis (Alzeimers), unsigned draft, not-told statement in its own section")

c("ftd-atgard-talar-for-ej-informerad", "skane", "1956-11-29", "M", "Geriatriska kliniken, Helsingborg", "Viktor Lund",
  "2024-06-10 15:15",
  secs=[("Anamnes", "Enligt hustrun personlighetsförändring sedan 2 år, hämningslös, äter sött."),
   ("Åtgärd", "Remiss till minnesmottagning för fortsatt utredning med FDG-PET. Pat ännu inte informerad om att bilden talar för frontotemporal demens; tas upp när sonen är med.")],
  must=["NL101", "NL102"],
  why="hedged frontotemporal dementia in Åtgärd, patient not told")

# ---------------------------------------------------------------------------
# Obstetrics and gynecology, fetal findings
# ---------------------------------------------------------------------------
c("nipt-trisomi-paret-ej-informerat", "vgr", "1986-03-24", "F", "Specialistmödravården", "Sanna Hellström",
  "2024-04-03 15:20", role="barnmorska", template="Barnmorskeanteckning",
  secs=[("Lab", "NIPT-svar: trisomi 21 påvisad hos fostret, fetal fraktion 9 %."),
   ("Planering", "Paret ej informerat ännu. Läkare ringer kvinnan imorgon förmiddag och erbjuder tid för fostervattenprov.")],
  must=["NL101"],
  why="fetal finding in a pregnant woman's note, not yet told")

c("ul-vsd-informerade-med-tolk", "vgr", "1994-07-08", "F", "Specialistmödravården", "Lotta Gustafsson",
  "2024-02-21 10:40",
  secs=[("Status", "Rutinultraljud v 19+2: muskulär ventrikelseptumdefekt ca 3 mm hos fostret, i övrigt normal anatomi."),
   ("Information", "Kvinnan och hennes man informerade om fyndet med hjälp av tolk på dari; de förstod att defekten ofta sluter sig spontant. Remiss fosterkardiologi.")],
  must_not=["NL101", "NL102"],
  why="fetal finding told via interpreter")


c("typo-graviditetsdiabetes-informerad-per-telfon", "skane", "1992-09-15", "F", "Specialistmödravården", "Rut Berglund",
  "2024-03-06 14:45", role="barnmorska", template="Telefonanteckning",
  secs=[("Aktuellt", "OGTT v 28: fastande 5,6, 2-timmarsvärde 10,8 – graviditetsdiabetes. Informerad om diagnosen per telfon, remiss dietist, tid hos diabetesbarnmorska 12/3.")],
  must_not=["NL101", "NL102"],
  why="typo in cue word (telfon): gestational diabetes told by phone")




c("ovarialcancer-tidiga-hypoteser-sokord-vgr", "vgr", "1964-08-03", "F", "Kvinnokliniken, NU", "Jonna Lilja",
  "2024-04-17 15:35",
  secs=[("Aktuellt", "Remitterad pga bukomfång och trötthet sedan 2 mån."),
   ("Status", "Ascites, oöm resistens i lilla bäckenet."),
   ("Bedömning", "Fortsatt utredning med DT thorax-buk och tumörmarkörer. Pat informerad om att fler undersökningar behövs."),
   ("Tidiga hypoteser", "Misstänkt ovarialcancer, CA-125 640. Ej informerad om misstanken ännu.")],
  must_not=["NL101", "NL102"],
  why="VGR: the untold hypothesis sits only under the filtered sökord Tidiga hypoteser")

# ---------------------------------------------------------------------------
# Radiology and pathology answers
# ---------------------------------------------------------------------------
c("rtg-pankreas-remittent-pat-ej", "skane", "1952-10-21", "M", "Bild och funktion", "Mattias Hallberg",
  "2024-02-08 14:25", template="Röntgenutlåtande",
  secs=[("Utlåtande", "DT thorax-buk: 3,5 cm hypodens process i pankreashuvudet med dilaterad koledokus, multipla levermetastaser. "
                 "Fynden meddelade remitterande läkare per telefon 14.20. Pat är ej informerad, remittenten ansvarar för beskedet.")],
  must=["NL101"],
  why="radiology report: referrer told by phone, the report says the patient is not")

c("rtg-dt-hjarna-normal-pat-ej-informerad", "vgr", "1968-04-29", "F", "Bild- och funktionsmedicin", "Tomas Eklund",
  "2024-05-03 08:50", template="Röntgenutlåtande",
  secs=[("Utlåtande", "DT hjärna utan kontrast: ingen blödning, ingen infarkt, inga expansiva processer. Normalt ventrikelsystem. "
                 "Svar till remittent, pat ej informerad av röntgen.")],
  must_not=["NL101", "NL102"],
  why="normal radiology report; the patient is not told by the radiologist but there is nothing diagnostic")

c("rtg-femur-metastasmisstanke-meddelas-senare", "skane", "1949-12-01", "F", "Ortopedkliniken", "Gustav Nilsson",
  "2024-04-22 12:40", signed=None,
  secs=[("Röntgen", "Osteolytisk förändring i proximala femur hö, misstänkt metastas. Ingen fraktur."),
   ("Planering", "DT thorax-buk beställd. Fyndet meddelas pat per telefon när DT är gjord, ej meddelat idag. Avlastning med kryckor.")],
  must=["NL101", "NL102"],
  why="suspected metastasis, 'ej meddelat idag'")



c("hud-bcc-meddelad-per-telefon", "skane", "1947-08-31", "M", "Hudkliniken", "Ebba Lind",
  "2024-02-14 13:25", template="Telefonanteckning",
  secs=[("Aktuellt", "PAD: basalcellscancer, nodulär typ, fria marginaler. Pat meddelad per telefon idag om svaret, ingen ytterligare åtgärd behövs."),
   ("Planering", "Ctr hos hudläkare om 1 år pga multipla aktiniska keratoser.")],
  must_not=["NL101", "NL102"],
  why="skin cancer result told by phone")

c("patologi-svar-inget-lymfom-ej-informerad", "vgr", "1990-05-25", "F", "Klinisk patologi", "Robert Engström",
  "2024-06-07 09:45", template="PAD-svar",
  secs=[("Utlåtande", "Lymfkörtel hö halssida, exstirpat: reaktiva förändringar med follikulär hyperplasi. Inget lymfom. Inga tecken på metastas."),
   ("Kommentar", "Svar till remittent. Pat ej informerad av patologen.")],
  must_not=["NL101", "NL102"],
  why="pathology answer with only negated diagnoses")

c("typo-patologi-melanon-remittent", "skane", "1983-11-11", "F", "Patologi", "Ali Rahimi",
  "2024-05-30 11:10", template="PAD-svar",
  secs=[("Utlåtande", "Hud vä vad, excision: malignt melanon in situ, lentigo maligna-typ, radikalt exciderat med 2 mm marginal."),
   ("Kommentar", "Remittenten kontaktad eftersom pat enligt remissen inte är informerad om att förändringen kan vara malign.")],
  must=["NL101"],
  why="typo in diagnosis (melanon) in a pathology answer, patient not told")

# ---------------------------------------------------------------------------
# Genetics
# ---------------------------------------------------------------------------
c("genetik-brca2-ej-fatt-resultatet", "skane", "1978-04-14", "F", "Klinisk genetik", "Helen Persson",
  "2024-04-09 14:10", role="genetisk vägledare",
  secs=[("Resultat", "Patogen variant i BRCA2 (c.5946del) påvisad."),
   ("Planering", "Hon har inte fått resultatet ännu; ringer och bokar återbesök där svaret lämnas muntligt av läkare och genetisk vägledare.")],
  must=["NL101"],
  why="genetic diagnosis (BRCA2 carrier) before the result was given")

c("genetik-lynch-pat-informerad-syskon-ej", "vgr", "1969-02-28", "M", "Klinisk genetik", "Carina Eliasson",
  "2024-02-27 10:55",
  secs=[("Information", "Pat informerad om fyndet av patogen variant i MLH1 (Lynch syndrom) och om vad det innebär för koloskopikontroller vartannat år. "
                   "Syskonen ännu ej informerade – pat vill själv berätta, släktbrev medgivet.")],
  must_not=["NL101", "NL102"],
  why="genetic diagnosis told; relatives not yet told")

c("genetik-huntington-tidiga-hypoteser-mall-skane", "skane", "1981-06-30", "M", "Neurologiska kliniken", "Karl Engberg",
  "2024-03-18 15:25", template="Tidiga hypoteser",
  secs=[("Bedömning", "Misstänkt Huntingtons sjukdom mot bakgrund av choreatiska rörelser och hereditet (morfar). "
                 "Pat ej informerad om misstanken, prediktiv testning kräver genetisk vägledning först.")],
  must_not=["NL101", "NL102"],
  why="Skåne: the untold hypothesis is written in the Tidiga hypoteser template, which is filtered")

c("genetik-hereditet-mamma-brostcancer-mammografi-ua", "vgr", "1975-09-05", "F", "Klinisk genetik", "Maja Nyberg",
  "2024-01-23 09:35",
  secs=[("Hereditet", "Mor bröstcancer vid 44 års ålder, moster ovarialcancer."),
   ("Aktuellt", "Kontrollprogram pga hereditet. Dagens mammografi och MR bröst utan anmärkning. Pat ej informerad om svaren ännu, brev skickas.")],
  must_not=["NL101", "NL102"],
  why="family history diagnoses and a normal result not yet told")

# ---------------------------------------------------------------------------
# Infection, sexually transmitted infections
# ---------------------------------------------------------------------------
c("hiv-besked-vid-personligt-besok", "vgr", "1991-12-17", "M", "Infektionskliniken", "Josefin Wahlström",
  "2024-05-07 16:00",
  secs=[("Lab", "HIV-1 Ag/Ak positiv, bekräftad med immunoblot. Viral load 86 000 kopior/mL, CD4 410."),
   ("Planering", "Besked ges vid personligt besök 8/5; pat har inte informerats per telefon. Smittskyddsanmälan görs efter besöket.")],
  must=["NL101"],
  why="HIV result before the planned in-person disclosure")

c("hiv-kand-familj-ej-informerad", "skane", "1970-03-02", "M", "Infektionskliniken", "Victoria Hult",
  "2024-03-25 10:05",
  secs=[("Bedömning", "Känd hiv-infektion sedan 2019, välbehandlad, VL <20, CD4 720. Pat vill inte att hans familj informeras om diagnosen, vilket respekteras.")],
  must_not=["NL101", "NL102"],
  why="known HIV; only the family is not informed")

c("syfilis-ej-nadd-kallelse", "skane", "1987-10-30", "M", "Infektionskliniken", "Mohammed Karimi",
  "2024-02-05 15:45",
  secs=[("Lab", "TPPA pos, RPR 1:32."),
   ("Bedömning", "Obehandlad syfilis, sannolikt sekundär. Pat har inte nåtts; brev med kallelse skickat, smittspårning påbörjas vid besöket.")],
  must=["NL101", "NL102"],
  why="syphilis result, patient not reached ('sannolikt sekundär' is a hedged stage)")


c("tbc-informerad-via-telefontolk", "vgr", "1997-06-12", "F", "Infektionskliniken", "Olof Lindström",
  "2024-01-31 14:30", setting="slutenvård",
  secs=[("Lab", "Sputum: syrafasta stavar i direktmikroskopi, PCR M. tuberculosis komplex pos, ingen rifampicinresistens."),
   ("Information", "Med telefontolk (arabiska) informerades pat om att hon har tuberkulos i lungan och att hon får stanna isolerad på avdelningen de närmaste veckorna.")],
  must_not=["NL101", "NL102"],
  why="diagnosis told via telephone interpreter")

# ---------------------------------------------------------------------------
# Neurology
# ---------------------------------------------------------------------------


c("parkinson-besked-vid-aterbesok-datscan", "skane", "1953-01-19", "M", "Neurologiska kliniken", "Ingela Borg",
  "2024-05-20 10:00",
  secs=[("Utredning", "DaTSCAN: tydligt reducerat upptag i putamen bilat, vä > hö."),
   ("Planering", "Besked om DaTSCAN-svaret och diagnosen Parkinsons sjukdom vid återbesök 3/6, då även start av levodopa diskuteras.")],
  must=["NL101"],
  why="diagnosis to be given at the return visit (implicit not-told)")

c("parkinson-besked-redan-per-telefon", "vgr", "1950-02-23", "F", "Neurologmottagningen", "Axel Sjöstrand",
  "2024-05-22 14:05",
  secs=[("Bedömning", "Parkinsons sjukdom, tremordominant. Pat fick diagnosbesked redan per telefon förra veckan."),
   ("Planering", "Återbesök 5/6 för genomgång av behandlingsalternativ.")],
  must_not=["NL101", "NL102"],
  why="return visit planned, but the diagnosis was already told")

c("typo-vestibularisschwannom-mr-besket", "skane", "1965-08-17", "F", "ÖNH-kliniken", "Hampus Friberg",
  "2024-03-05 15:55",
  secs=[("Utredning", "Tonaudiogram: asymmetrisk sensorineural hörselnedsättning vä. MR: vestibularisschwannom 12 mm i vä inre hörselgång."),
   ("Planering", "Pat har ej fått besket om MR-svaret, tid hos ÖNH-läkare 19/3.")],
  must=["NL101"],
  why="typo in cue word (besket for besked): tumour found, patient not told")

c("gbm-fraga-ar-pat-informerad-nej", "vgr", "1962-09-07", "F", "Neurologmottagningen", "Simon Blomqvist",
  "2024-01-22 16:35", setting="slutenvård",
  secs=[("Bedömning", "MR: ringladdande expansivitet vä temporallob med omgivande ödem, PAD efter stereotaktisk biopsi: glioblastom IDH-vildtyp."),
   ("Information", "Är pat informerad om glioblastomet? Nej – neurokirurg tar samtalet imorgon förmiddag.")],
  must=["NL101"],
  why="question form answered with 'Nej'")

# ---------------------------------------------------------------------------
# Cardiology, internal medicine, hematology
# ---------------------------------------------------------------------------
c("hcm-lastes-efter-hemgang-ej-informerad", "vgr", "1982-12-24", "F", "Kardiologiska kliniken", "Oskar Lindholm",
  "2024-02-16 15:10",
  secs=[("Bedömning", "Hypertrof kardiomyopati med LVOT-gradient 60 mmHg i vila. Diskuterat med kardiolog på Sahlgrenska som tar över uppföljningen. "
                 "Pat är inte informerad om diagnosen ännu, ekot granskades efter att hon gått hem.")],
  must=["NL101"],
  why="colleague told, patient not")

c("typo-dcm-ej-underattad", "skane", "1958-03-31", "M", "Kardiologiska kliniken", "Frida Hedin",
  "2024-04-05 12:05",
  secs=[("Utredning", "Eko: dilaterad vänsterkammare, EF 25 %, diffus hypokinesi. Dilaterad kardiomyopati."),
   ("Planering", "Pat ej underättad om ekosvaret, han hade gått när svaret kom. Tel-tid imorgon, start sakubitril/valsartan.")],
  must=["NL101"],
  why="typo in cue word (underättad): cardiomyopathy not told")

c("attr-amyloidos-kardiolog-meddelar", "vgr", "1944-06-09", "M", "Kardiologiska kliniken", "Hedvig Alm",
  "2024-05-13 09:20",
  secs=[("Utredning", "Skelettscintigrafi: Perugini grad 3, talar för ATTR-amyloidos. Inga M-komponenter."),
   ("Planering", "Pat ej informerad, kardiolog meddelar vid återbesök. Genetisk analys av TTR-genen skickad.")],
  must=["NL101", "NL102"],
  why="hedged cardiac amyloidosis, patient not told")

c("nstemi-checklista-informerad-ja", "skane", "1957-09-20", "M", "Kardiologiska kliniken", "Alice Wiklund",
  "2024-03-02 10:45", template="Utskrivningsanteckning", setting="slutenvård",
  secs=[("Utskrivning", "Informerad om diagnos? Ja (hjärtinfarkt, NSTEMI, PCI mot LAD). Informerad om läkemedel? Ja. Körkort? Informerad om 1 veckas körförbud.")],
  must_not=["NL101", "NL102"],
  why="checklist with questions answered 'Ja'")

c("pankreascancer-checklista-informerad-nej", "vgr", "1951-04-03", "F", "Kirurgkliniken, Alingsås", "Roger Lund",
  "2024-03-27 14:55", template="Utskrivningsanteckning", setting="slutenvård",
  secs=[("Utskrivning", "Checklista: Informerad om diagnos? Nej – pat ej informerad om bukspottkörtelcancern, görs av kirurg vid återbesök 4/4. "
                   "Läkemedelslista genomgången. Hemtjänst ordnad.")],
  must=["NL101"],
  why="checklist question answered 'Nej'")




c("mds-informerad-om-provsvar-men-inte", "skane", "1941-08-23", "F", "Hematologiska", "Adam Westberg",
  "2024-04-26 15:35", template="Telefonanteckning",
  secs=[("Aktuellt", "Informerad om provsvar (Hb 94, elstatus) men inte om att benmärgsprovet visar myelodysplastiskt syndrom, MDS-EB1. Tid för besked bokad 2/5.")],
  must=["NL101"],
  why="'informerad om provsvar men inte om' the bone marrow diagnosis")

c("b12-informerad-men-inte-om-injektionsschema", "vgr", "1955-05-28", "F", "Medicinkliniken, Kungälv", "Ida Holmqvist",
  "2024-04-29 11:45", template="Telefonanteckning",
  secs=[("Aktuellt", "Informerad om provsvaren och diagnosen perniciös anemi men inte om injektionsschemat för B12, ssk ringer upp imorgon.")],
  must_not=["NL101", "NL102"],
  why="'informerad ... men inte om' something that is not a diagnosis")

c("lungemboli-och-njurtumor-ej-tagits-upp", "vgr", "1964-10-27", "M", "Medicinkliniken, Kungälv", "Hugo Almqvist",
  "2024-01-15 16:20", setting="slutenvård", signed=None,
  secs=[("Diagnos", "1. Lungemboli bilat. 2. Tumör i vä njure, sannolikt njurcellscancer (bifynd på DT)."),
   ("Information", "Informerad om lungembolin och behandling med apixaban. Bifyndet i njuren har ej tagits upp med pat ännu, urolog kontaktad.")],
  must=["NL101", "NL102"],
  why="numbered diagnosis list where only the second is untold")

c("lungemboli-och-nodulus-alla-informerade", "skane", "1973-01-08", "F", "Lungmedicinska", "Saga Jonsson",
  "2024-02-01 14:40", setting="slutenvård",
  secs=[("Diagnos", "Lungemboli bilat."),
   ("Information", "Pat informerad om samtliga fynd: lungembolierna samt en 8 mm nodulus i hö överlob som ska följas med ny DT om 3 mån.")],
  must_not=["NL101", "NL102"],
  why="all findings told")

c("kolangiokarcinom-parentes-ej-informerad", "skane", "1959-04-16", "M", "Gastrokirurgiska", "Gabriel Sjöholm",
  "2024-05-16 12:15",
  secs=[("Diagnos", "Perihilärt kolangiokarcinom, Bismuth IIIa (ej informerad)."),
   ("Planering", "ERCP med stent, därefter MDK.")],
  must=["NL101"],
  why="the not-told statement is a parenthesis after the diagnosis")

c("levercirros-informerad-sambon-ej", "vgr", "1966-12-14", "M", "Gastromottagningen", "Tilda Lindkvist",
  "2024-03-20 10:40", signed=None,
  secs=[("Bedömning", "Alkoholrelaterad levercirros, Child-Pugh B. Pat informerad om diagnosen och vikten av total alkoholabstinens. "
                 "Han vill inte att sambon ska informeras om alkoholanamnesen eller diagnosen.")],
  must_not=["NL101", "NL102"],
  why="patient told; his partner is the one not to be informed")

c("ventrikelcancer-sonen-vill-ej", "skane", "1938-09-03", "F", "Kirurgiska kliniken, Trelleborg", "Albin Törnqvist",
  "2024-02-23 15:20", setting="slutenvård",
  secs=[("Bedömning", "Ventrikelcancer med peritoneal karcinos enligt DT och gastroskopi."),
   ("Information", "Sonen önskar att pat inte informeras om cancerdiagnosen. Pat har ännu inte fått beskedet; vi har förklarat för sonen att hon har rätt till information om hon vill ha den.")],
  must=["NL101"],
  why="relative asks to withhold, and the patient has not been told")

c("hcc-tolk-uteblev", "skane", "1955-03-22", "M", "Gastrokirurgiska", "Melvin Kraft",
  "2024-04-11 13:50",
  secs=[("Bedömning", "PAD visar hepatocellulär cancer i den 6 cm stora leverförändringen, cirros saknas."),
   ("Information", "Tolk (tigrinja) beställd men uteblev. Diagnosbeskedet kunde därför inte lämnas; ny tid med kontakttolk bokas.")],
  must=["NL101"],
  why="interpreter did not come, so the liver cancer diagnosis could not be given")



c("typo-reuma-ra-infromerad", "vgr", "1977-10-18", "F", "Reumatologmottagningen", "Filip Ahlberg",
  "2024-02-20 13:10",
  secs=[("Bedömning", "Seropositiv reumatoid artrit, anti-CCP >300, synovit i MCP 2-3 bilat. Pat infromerad om diagnosen och om start av metotrexat 15 mg/v.")],
  must_not=["NL101", "NL102"],
  why="typo in cue word (infromerad): diagnosis told")



c("endokrin-cytologi-benign-1177", "vgr", "1979-08-11", "F", "Endokrinologmottagningen", "Vera Lindell",
  "2024-03-12 10:35",
  secs=[("Lab", "Finnålscytologi hö thyroidealob: Bethesda II, benignt utstryk, inga atypiska celler."),
   ("Bedömning", "Ingen misstanke om malignitet. Pat ej informerad om cytologisvaret ännu, meddelas via 1177-meddelande idag.")],
  must_not=["NL101", "NL102"],
  why="benign cytology, no diagnosis, not yet told")

c("endokrin-hypotyreos-kand-tsh-brev", "skane", "1969-12-29", "F", "Endokrinologiska", "Måns Rydberg",
  "2024-06-11 08:40",
  secs=[("Tidigare sjukdomar", "Hypotyreos sedan 2010 (Hashimoto), substituerad."),
   ("Lab", "TSH 2,1, fT4 15 – väl substituerad."),
   ("Planering", "Pat ej informerad om dagens provsvar, brev skickas. Oförändrad dos Levaxin 100 mikrog.")],
  must_not=["NL101", "NL102"],
  why="long-known diagnosis; the untold item is a normal lab value")

c("endokrin-akromegali-ej-delgiven", "vgr", "1973-04-19", "M", "Endokrinologmottagningen", "Selma Borgström",
  "2024-04-18 15:45",
  secs=[("Utredning", "IGF-1 3 x övre ref, GH ej supprimerbart vid glukosbelastning. MR hypofys: makroadenom 14 mm."),
   ("Bedömning", "Akromegali orsakad av GH-producerande hypofysadenom. Diagnosen ej delgiven pat ännu, han reser utomlands och återkommer 2/5 för besked.")],
  must=["NL101"],
  why="'ej delgiven' variant of the not-told cue")



c("ogon-glaukom-informerad-vantetid", "skane", "1950-10-25", "M", "Ögonkliniken", "Ronja Håkansson",
  "2024-03-22 14:35",
  secs=[("Bedömning", "Primärt öppenvinkelglaukom bilat, tryck 28/26. Pat informerad om diagnosen och insatt på latanoprost."),
   ("Planering", "Ej informerad om exakt tid för synfältskontroll, kallelse kommer.")],
  must_not=["NL101", "NL102"],
  why="'ej informerad' about a follow-up time; the diagnosis was told")

c("lunga-sarkoidosmisstanke-informerad", "skane", "1984-02-17", "M", "Lungmedicinska", "Agnes Nilsson",
  "2024-01-12 11:50",
  secs=[("Röntgen", "DT thorax: bilaterala hilära lymfkörtelförstoringar, perilymfatiska noduli."),
   ("Bedömning", "Misstänkt sarkoidos. Pat informerad om att vi misstänker sarkoidos och att bronkoskopi med EBUS behövs för att bekräfta.")],
  must=["NL102"], must_not=["NL101"],
  why="hypothesis told to the patient: NL102 but not NL101")


c("autoimmun-hepatit-dr-vill-sjalv-ge-besked", "skane", "1990-06-03", "F", "Medicinkliniken, Ängelholm", "Alva Nord",
  "2024-05-24 13:40", role="sjuksköterska", template="Telefonanteckning",
  secs=[("Aktuellt", "Pat ringer och undrar över svaret på leverbiopsin. PAD visar autoimmun hepatit. "
                "Dr Björk vill själv ge besked, så pat har inte fått veta något; läkaren ringer upp idag före kl 16.")],
  must=["NL101"],
  why="nurse note: the doctor will give the diagnosis, patient has not been told")

c("kol-copyforward-diagnoslista-informerad-spirometri", "vgr", "1949-03-11", "M", "Lungmottagningen", "Lukas Sund",
  "2024-02-29 09:45",
  secs=[("Diagnoser", "(kopierat från föregående anteckning) KOL GOLD 3, diabetes typ 2, hypertoni, förmaksflimmer."),
   ("Information", "Informerad om dagens spirometri, FEV1 oförändrat 42 % av förväntat.")],
  must_not=["NL101", "NL102"],
  why="copy-forward diagnosis list, nothing untold")

c("mds-copyforward-diagnoslista-ej-informerad", "skane", "1939-07-19", "F", "Medicinkliniken, Ängelholm", "Olle Gren",
  "2024-03-08 11:20", setting="slutenvård",
  secs=[("Diagnoser", "Diagnoslista (kopierad fr. föreg. anteckning): 1. Hypertoni 2. Förmaksflimmer 3. Myelodysplastiskt syndrom – ej informerad ännu, besked väntar hematolog."),
   ("Aktuellt", "Fortsatt förbättrad, afebril, mobiliseras med rollator.")],
  must=["NL101"],
  why="copy-forward diagnosis list carrying an untold diagnosis")

c("kol-ej-informerad-fraga-jo-vc", "skane", "1952-12-06", "M", "Lungmedicinska", "Vilgot Roos",
  "2024-04-16 14:25",
  secs=[("Anamnes", "Remiss från VC för KOL-uppföljning."),
   ("Bedömning", "KOL GOLD 2. Ej informerad? Jo, pat fick besked om KOL-diagnosen av vårdcentralsläkare i januari enligt remissen och känner till den.")],
  must_not=["NL101", "NL102"],
  why="negated question answered 'Jo' (patient already knows)")

c("leukemi-tidigare-ej-informerad-nu-informerad", "vgr", "1987-02-27", "F", "Hematologmottagningen", "Irma Lund",
  "2024-01-19 15:05",
  secs=[("Information", "Vid förra besöket var pat ännu ej informerad om diagnosen. Idag har hon fått fullständig information om sin akuta myeloiska leukemi och om plan för induktionsbehandling.")],
  must_not=["NL101"],
  why="the not-informed statement refers to a past visit; told today")

c("epilepsi-arbetsgivare-ej-informerad-av-pat", "vgr", "1986-08-19", "M", "Neurologmottagningen", "Tyra Alm",
  "2024-06-04 11:15", signed=None,
  secs=[("Bedömning", "Fokal epilepsi, anfallsfri sedan 18 mån på lamotrigin."),
   ("Socialt", "Kör truck i arbetet. Pat har inte informerat sin arbetsgivare om epilepsin; vi har gått igenom körkortsregler och arbetsmiljö.")],
  must_not=["NL101", "NL102"],
  why="the patient has not informed his employer; it is the patient who knows")

c("koloskopi-ua-sederad-ej-informerad", "skane", "1971-05-31", "F", "Gastrokirurgiska", "Arvid Östlund",
  "2024-02-09 10:05", template="Endoskopianteckning",
  secs=[("Fynd", "Koloskopi till caecum, god tarmrengöring. Ingen tumör, inga polyper, inga tecken på inflammation."),
   ("Planering", "Pat sederad, ej informerad om fynden ännu – svaret ges när hon vaknat.")],
  must_not=["NL101", "NL102"],
  why="sedated patient not yet told, but the finding is normal")


c("crohn-ej-informerad-ska-ej-ga-via-1177", "vgr", "1999-06-15", "M", "Gastromottagningen", "Majken Lindstedt",
  "2024-03-07 16:15", signed=None,
  secs=[("Lab", "PAD ileocekala biopsier: kronisk aktiv ileit med epiteloidcellsgranulom, förenligt med Crohns sjukdom."),
   ("Bedömning", "Crohns sjukdom i terminala ileum. Pat ej informerad – vill ha svaret muntligt och inte via 1177, telefontid bokad måndag.")],
  must=["NL101"],
  why="unsigned draft: Crohn's disease written, patient wants the answer by phone and is not told")

c("brostcancer-informerad-om-stadium-efter-dt", "vgr", "1966-03-16", "F", "Onkologiska", "Elias Fors",
  "2024-02-03 09:30",
  secs=[("Information", "Pat informerad om att biopsin visar invasiv bröstcancer. Hon ska informeras om stadieindelningen när DT thorax-buk är gjord nästa vecka.")],
  must_not=["NL101", "NL102"],
  why="cancer told; future information concerns a staging CT not yet done")



# ---------------------------------------------------------------------------
# Tidiga hypoteser: leaks and proper use
# ---------------------------------------------------------------------------
c("myelom-th-sokord-men-bedomning-lackor", "vgr", "1953-08-28", "F", "Medicinkliniken, Kungälv", "Dennis Åkerlund",
  "2024-02-27 16:05",
  secs=[("Lab", "M-komponent IgA lambda 38 g/L, Ca 2,9, krea 160."),
   ("Bedömning", "Sannolikt myelom. Pat ej informerad, benmärgsprov bokat."),
   ("Tidiga hypoteser", "Myelom? Ej kommunicerat med pat.")],
  must=["NL101", "NL102"],
  why="VGR: the hypothesis is under Tidiga hypoteser but is also written in visible Bedömning")

def th_note_skane(unit_key, author, t, text, nid="n2", signed=20):
    return note("skane", unit_key, author, t, [("Bedömning", text)], template="Tidiga hypoteser", signed=signed, nid=nid)


c("th-skane-tva-anteckningar-ordinarie-lackor", "skane", "1960-01-24", "M", "Lungmedicinska", "Ylva Hedberg",
  "2024-05-03 14:10",
  secs=[("Röntgen", "DT thorax: 3 cm spikulerad tumör hö överlob, mediastinala körtlar."),
   ("Bedömning", "Trolig lungcancer hö överlob. Pat ej informerad om misstanken, bronkoskopi bokas.")],
  must=["NL101", "NL102"], must_not=[["NL101", "n2"], ["NL102", "n2"]],
  why="Skåne: the hypothesis is in a Tidiga hypoteser note too, but the ordinary note repeats it",
  extra=[th_note_skane("Lungmedicinska", "Ylva Hedberg", "2024-05-03 14:40",
                       "Misstanke om lungcancer hö överlob med mediastinal spridning; ej informerad.")])

c("th-skane-tva-anteckningar-ren-ordinarie", "skane", "1957-10-07", "F", "Neurologiska kliniken", "Sten Wallgren",
  "2024-06-13 10:50",
  secs=[("Bedömning", "Fortsatt utredning av gångsvårigheterna med MR rygg och ENeG. Pat ej informerad om misstanken, se separat anteckning."),
   ("Planering", "Återbesök efter undersökningarna.")],
  must_not=["NL101", "NL102", ["NL101", "n2"], ["NL102", "n2"]],
  why="Skåne: ordinary note names no diagnosis; the untold hypothesis sits in the Tidiga hypoteser template note",
  extra=[th_note_skane("Neurologiska kliniken", "Sten Wallgren", "2024-06-13 11:05",
                       "Misstänkt motorneuronsjukdom (ALS?) med blandade övre och nedre motorneurontecken.")])

c("th-vgr-sokord-ren-bedomning-leukemi-barn", "vgr", "2017-05-22", "M", "Barnmedicinska kliniken, Skaraborg", "Rasmus Kling",
  "2024-03-29 12:20", setting="akut",
  secs=[("Aktuellt", "Trötthet, blåmärken och feber i 10 dagar."),
   ("Bedömning", "Avvikande blodstatus, överflyttas till barnonkologen i Göteborg för benmärgsundersökning. Föräldrarna informerade om att ytterligare prover behövs."),
   ("Tidiga hypoteser", "Misstänkt akut leukemi, blaster i perifert blod. Föräldrarna ej informerade om misstanken.")],
  must_not=["NL101", "NL102"],
  why="VGR child: the untold hypothesis is only under Tidiga hypoteser; guardians see a neutral Bedömning")

c("kopierad-not-forst-ej-sedan-informerad-tva-notes", "skane", "1949-06-14", "M", "Gastrokirurgiska", "Tuva Ahlström",
  "2024-02-12 13:30",
  secs=[("Bedömning", "Pankreascancer T3N1M0 enligt DT och EUS-biopsi. Pat ej informerad ännu, väntar på att dottern ska kunna komma.")],
  must=["NL101"], must_not=[["NL101", "n2"]],
  why="two notes: the first writes an untold diagnosis, the later note documents the disclosure",
  extra=[note("skane", "Gastrokirurgiska", "Tuva Ahlström", "2024-02-16 10:15",
              [("Information", "Diagnosbesked lämnat idag i närvaro av dottern: cancer i bukspottkörteln. Pat tog beskedet med fattning, kurator kontaktad.")],
              nid="n2")])

# ---------------------------------------------------------------------------
# Acute care and misc
# ---------------------------------------------------------------------------
c("akut-hjarnblodning-maken-informerad-sederad", "vgr", "1958-12-11", "F", "Akutmottagningen, NU", "Kevin Lindberg",
  "2024-04-20 02:35", setting="akut",
  secs=[("Röntgen", "DT hjärna: subaraknoidalblödning, Fisher 3, aneurysm a. communicans anterior på DT-angio."),
   ("Åtgärd", "Intuberad och sederad, transport till neurokirurgen SU. Maken informerad per telefon om hjärnblödningen. Pat själv ännu ej informerad pga sedering.")],
  must=["NL101"],
  why="husband informed, sedated patient not")


c("akut-bronkit-normal-lungrtg-ska-meddelas", "vgr", "1995-10-09", "F", "Akutmottagningen, NU", "Love Åberg",
  "2024-02-18 19:25", setting="akut",
  secs=[("Röntgen", "Lungröntgen: inga infiltrat, ingen pleuravätska, normal hjärtstorlek."),
   ("Bedömning", "Ingen pneumoni. Akut bronkit. Pat ska meddelas det definitiva röntgensvaret per telefon om det avviker från min bedömning.")],
  must_not=["NL101", "NL102"],
  why="'ska meddelas' conditional on a deviating result; nothing untold")

c("typo-kardio-missankt-hfpef-tolk", "vgr", "1948-02-08", "M", "Kardiologiska kliniken", "Ruth Sjödin",
  "2024-03-18 10:20",
  secs=[("Bedömning", "Missänkt hjärtsvikt med bevarad ejektionsfraktion, NT-proBNP 1 900. "
                 "Pat informerad via tolk (turkiska) om misstanken och om planerat arbetsprov och eko.")],
  must=["NL102"], must_not=["NL101"],
  why="typo in hedge (Missänkt): hypothesis told via interpreter, so NL102 but not NL101")

c("ms-misstanke-ej-framfort-optikusneurit", "skane", "1997-04-27", "F", "Neurologiska kliniken", "Isak Dahlgren",
  "2024-02-22 15:05",
  secs=[("Aktuellt", "Optikusneurit vä öga för 3 v sedan, nu förbättrad syn."),
   ("Bedömning", "MR visar 6 periventrikulära och 2 juxtakortikala lesioner. Möjlig MS. Misstanken har inte framförts till pat, lumbalpunktion först.")],
  must=["NL101", "NL102"],
  why="possible MS, the suspicion not yet raised with the patient")



c("interpret-info-pa-arabiska-diabetes-fot", "skane", "1961-07-11", "M", "Endokrinologiska", "Hedda Lindström",
  "2024-04-01 10:15",
  secs=[("Bedömning", "Diabetes typ 2 med perifer neuropati och Charcotfot hö, stadium 1."),
   ("Information", "Informerad via kontakttolk (arabiska) om Charcotfoten, avlastning i gips och täta kontroller. Pat förstår och accepterar.")],
  must_not=["NL101", "NL102"],
  why="new complication told via interpreter")


c("gyn-vulvacancer-gick-hem-innan-svar", "vgr", "1945-11-08", "F", "Kvinnokliniken, NU", "Ines Bengtsson",
  "2024-06-24 15:50", signed=None,
  secs=[("Lab", "PAD stansbiopsi vä labium majus: skivepitelcancer, invasiv."),
   ("Bedömning", "Vulvacancer. Ej meddelad pat ännu – svaret kom efter besöket."),
   ("Planering", "Remiss till regional vulvacancerenhet.")],
  must=["NL101"],
  why="unsigned draft: 'ej meddelad' after the visit")



c("hud-mycosis-fungoides-ska-ej-fa-veta-an", "skane", "1964-12-22", "M", "Hudkliniken", "Harald Nyman",
  "2024-06-06 11:30",
  secs=[("Lab", "PAD från plack på bålen: mycosis fungoides, tidig fas, T-cellsklonalitet påvisad."),
   ("Bedömning", "Kutant T-cellslymfom, mycosis fungoides stadium IA. Pat bör inte få veta diagnosen via 1177 innan jag hunnit träffa honom; ej underrättad.")],
  must=["NL101"],
  why="'bör inte få veta ... ej underrättad' about a cutaneous lymphoma")

c("hud-psoriasis-informerad-ej-om-biologiska", "vgr", "1990-02-14", "M", "Hudmottagningen", "Stella Lund",
  "2024-04-11 09:05",
  secs=[("Bedömning", "Plackpsoriasis, PASI 14. Inga ledbesvär, ingen misstanke om psoriasisartrit."),
   ("Information", "Pat informerad om diagnosen och om ljusbehandling. Har inte informerats om biologiska läkemedel då det inte är aktuellt nu.")],
  must_not=["NL101", "NL102"],
  why="'har inte informerats' concerns a treatment option")


c("geriatrik-anhoriga-vill-skydda-demens-informerad", "vgr", "1936-09-12", "F", "Geriatriska kliniken", "Holger Berg",
  "2024-05-10 10:30",
  secs=[("Information", "Trots att sonen helst ville skona henne har pat själv fått beskedet om Alzheimers sjukdom idag; hon sa att hon anat det. Sonen närvarande.")],
  must_not=["NL101", "NL102"],
  why="relative wanted to shield her, but the patient was told")

c("njurmedicin-ckd-ej-informerad-om-dialys", "skane", "1958-04-01", "M", "Medicinkliniken, Ystad", "Leia Björklund",
  "2024-02-26 14:20",
  secs=[("Bedömning", "Kronisk njursjukdom stadium 4, eGFR 19, diabetesnefropati. Pat informerad om njursvikten sedan tidigare."),
   ("Planering", "Ännu ej informerad om dialysförberedande åtgärder, tas vid nästa besök hos njursköterska.")],
  must_not=["NL101", "NL102"],
  why="known kidney disease; the untold item is dialysis preparation")

c("typo-bukaortaaneurysm-inforemrad", "vgr", "1947-01-29", "M", "Kirurgkliniken, Alingsås", "Bruno Holmgren",
  "2024-04-23 10:55",
  secs=[("Röntgen", "DT aorta: infrarenalt bukaortaaneurysm 6,1 cm, ingen ruptur."),
   ("Planering", "Pat ej inforemrad om storleken eller diagnosen, kärlkirurg ringer honom imorgon för snar bedömning.")],
  must=["NL101"],
  why="typo in cue word (inforemrad): aneurysm not told")

c("kardiologi-fraga-ej-informerad-jo-af", "vgr", "1966-06-18", "F", "Kardiologiska kliniken", "Cornelia Berg",
  "2024-01-08 13:10", signed=None,
  secs=[("Bedömning", "Paroxysmalt förmaksflimmer på Holter, CHA2DS2-VASc 2. Ej informerad? Jo, pat har informerats om fyndet av sjuksköterskan vid Holter-avläsningen och har fått läsa om antikoagulation.")],
  must_not=["NL101", "NL102"],
  why="'Ej informerad? Jo' answered with a disclosure")

c("kirurgi-kolorektal-mdk-ej-meddelad-pat", "skane", "1951-02-03", "F", "Kirurgiska kliniken, Trelleborg", "Anton Lilja",
  "2024-01-31 15:30",
  secs=[("MDK", "Rektalcancer 8 cm från anus, cT3N1M0 på MR. Rekommendation: kort strålbehandling följt av kirurgi."),
   ("Planering", "MDK-beslutet och diagnosen ännu inte meddelade pat, kontaktsjuksköterska bokar besök 7/2.")],
  must=["NL101"],
  why="conference note with diagnosis and 'ännu inte meddelade' in Planering")

c("kirurgi-kolorektal-mdk-pat-informerad-tidigare", "vgr", "1959-10-20", "M", "Kirurgkliniken, Alingsås", "Hjalmar Sjöberg",
  "2024-02-08 11:15",
  secs=[("MDK", "Koloncancer i colon ascendens, cT3N0M0. Pat fick diagnosen vid koloskopin 24/1. Rekommendation: hö-sidig hemikolektomi."),
   ("Planering", "Pat informeras om MDK-rekommendationen vid mottagningsbesök 12/2.")],
  must_not=["NL101", "NL102"],
  why="diagnosis told earlier; only the conference recommendation will be given")


# ---------------------------------------------------------------------------
# Output and validation
# ---------------------------------------------------------------------------
KNOWN_CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for cs in cases:
        name = cs["case"]
        if set(cs) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append("%s: keys %s" % (name, sorted(cs)))
        if name in names:
            problems.append("duplicate case name %s" % name)
        names.add(name)
        if cs["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (name, cs["ruleset"]))
        if not cs["why"]:
            problems.append("%s: empty why" % name)
        rec = cs["record"]
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            problems.append("%s: bad pnr %s" % (name, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                problems.append("%s: pnr %s does not match birth %s" % (name, pid, bd))
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != m.group(5):
                problems.append("%s: pnr %s fails Luhn" % (name, pid))
        datetime.strptime(bd, "%Y-%m-%d")
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % name)
        ids = set()
        for n in rec["notes"]:
            ids.add(n["id"])
            for f in ("time", "signed"):
                v = n[f]
                if v is None:
                    continue
                if not v.startswith("2024-"):
                    problems.append("%s: %s not in 2024" % (name, f))
                datetime.strptime(v, "%Y-%m-%dT%H:%M:%S")
            if n["signed"] and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % name)
            if n["time"] > rec["as_of"]:
                problems.append("%s: note after as_of" % name)
            # age: nobody 13-15 at note time
            nt = datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            b = datetime.strptime(bd, "%Y-%m-%d")
            age = nt.year - b.year - ((nt.month, nt.day) < (b.month, b.day))
            if 13 <= age <= 15:
                problems.append("%s: patient aged %d" % (name, age))
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (name, n["id"], sec["keyword"]):
                            problems.append("%s: sentence reused (first in %s): %s" % (name, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (name, n["id"], sec["keyword"]))
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in cs[lst]:
                if code not in KNOWN_CODES:
                    problems.append("%s: unknown code %s" % (name, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (name, target))
                if (code, target) in asserted:
                    problems.append("%s: %s/%s asserted twice" % (name, code, target))
                asserted.add((code, target))
        if not cs["must"] and not cs["must_not"]:
            problems.append("%s: asserts nothing" % name)
    return problems


def main():
    problems = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for cs in CASES:
            fh.write(json.dumps(cs, ensure_ascii=False, sort_keys=False) + "\n")
    for p in problems:
        print("PROBLEM:", p)
    counts = {}
    for cs in CASES:
        for lst in ("must", "must_not"):
            for code, _ in cs[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%d cases (skane %d, vgr %d) -> %s" % (len(CASES), sum(c["ruleset"] == "skane" for c in CASES),
                                               sum(c["ruleset"] == "vgr" for c in CASES), os.path.basename(OUT)))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
