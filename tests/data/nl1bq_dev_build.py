#!/usr/bin/env python3
"""nl1bq_dev_cases: NL102 near misses in Melior notes, side by side with real hedged diagnoses.

Dependency-free and deterministic. `python3 build.py` writes nl1bq_dev_cases.jsonl beside
this file and validates it; it exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1bq_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- helpers

_HSA = {}


def unit(name, rs):
    """Unit with a deterministic HSA id (assigned in order of first use)."""
    key = (name, rs)
    if key not in _HSA:
        n = len(_HSA) + 1
        if rs == "skane":
            _HSA[key] = "SE2321000255-%04d" % (3100 + n * 7)
        else:
            _HSA[key] = "SE2321000131-E0000000%05d" % (41000 + n * 13)
    return {"name": name, "hsa_id": _HSA[key]}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


_SERIAL = [0]


def pnr(born, sex):
    _SERIAL[0] += 1
    base = 200 + (_SERIAL[0] * 37) % 700
    if sex == "M" and base % 2 == 0:
        base += 1
    if sex == "F" and base % 2 == 1:
        base += 1
    nnn = "%03d" % base
    y, m, d = born.split("-")
    check = luhn_digit(y[2:] + m + d + nnn)
    return "%s%s%s-%s%s" % (y, m, d, nnn, check)


def note(nid, rs, unit_name, who, tmpl, t, secs, sign=45, setting="öppenvård", system="Melior"):
    start = dt.datetime.fromisoformat(t)
    signed = None if sign is None else (start + dt.timedelta(minutes=sign)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": tmpl,
        "unit": unit(unit_name, rs),
        "author": {"name": who[0], "role": who[1]},
        "time": start.isoformat(),
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


CASES = []


def CM(name, rs, born, sex, notes, must=(), must_not=(), why=""):
    last = max(dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=5)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": rs,
        "record": {
            "patient": {"id": pnr(born, sex), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def C(name, rs, unit_name, who, tmpl, t, secs, must=(), must_not=(), why="",
      born="1960-01-01", sex="F", sign=45, setting="öppenvård", system="Melior"):
    n1 = note("n1", rs, unit_name, who, tmpl, t, secs, sign, setting, system)
    CM(name, rs, born, sex, [n1],
       must=[(c, "n1") for c in must], must_not=[(c, "n1") for c in must_not], why=why)


SK, VG = "skane", "vgr"
L, SSK, PSY, FT, DIET, AT, KUR, LOG, BM, AUD = (
    "läkare", "sjuksköterska", "psykolog", "fysioterapeut", "dietist",
    "arbetsterapeut", "kurator", "logoped", "barnmorska", "audionom")
H, NOT1 = ["NL102"], ["NL102", "NL101"]

# =========================================================================== cases
# --- near miss: uncertainty about a cause or trigger -------------------------------

C("nm-orsak-nickel-klockarmband", SK, "Hudmottagningen, Skånes universitetssjukhus Lund",
  ("Henrik Ljungberg", L), "Läkaranteckning", "2024-02-06T10:20:00",
  [("Bedömning", "Allergiskt kontakteksem på båda handlederna, lapptestet positivt för nickelsulfat. "
    "Trolig källa är klockarmbandet som hon bär dagligen på jobbet. Rek. byte till armband i textil, "
    "mometason kräm 1 ggr dagl i 2 v, sedan vb.")],
  must_not=H, why="hedge is about the exposure source of a patch-test-proven contact eczema, not the diagnosis",
  sign=None, born="1979-05-14", sex="F")

C("nm-orsak-mekanism-distorsion", VG, "Akutmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Jonas Wikström", L), "Akutanteckning", "2024-01-19T22:40:00",
  [("Anamnes", "Ont i vänster fotled sedan i eftermiddags. Hur skadan uppstod är oklart, "
    "pat minns inte om hon snubblade på trottoarkanten eller halkade i trappan."),
   ("Status", "Svullnad lateralt, ömmar över ATFL. Belastar 4 steg, ingen ömhet över malleolspetsarna eller bas MT5."),
   ("Bedömning", "Distorsion vänster fotled, Ottawa-negativ, ingen röntgen. Stödförband, avlastning, åter vb.")],
  must_not=H, why="uncertain injury mechanism beside a settled sprain", born="1994-11-02", sex="F", sign=20)

C("nm-orsak-alkohol-trigger-flimmer", SK, "Kardiologmottagningen, Helsingborgs lasarett",
  ("Elin Bergqvist", L), "Läkaranteckning", "2024-03-11T13:05:00",
  [("Bedömning", "Paroxysmalt förmaksflimmer, verifierat på 72-timmars Holter. Episoderna utlöses möjligen av "
    "alkohol under helgerna. Pat ska föra dagbok över intag och hjärtklappning till nästa besök. "
    "CHA2DS2-VASc 0, ingen antikoagulation.")],
  must_not=H, why="'möjligen' concerns alcohol as a trigger of Holter-verified AF", born="1971-08-23", sex="M")

C("nm-orsak-pollen-astma", VG, "Lung- och allergimottagningen, NÄL Trollhättan",
  ("Maria Sjöholm", SSK), "Sjuksköterskeanteckning", "2024-05-07T09:30:00",
  [("Aktuellt", "Astma, känd sedan barndomen. Försämring sedan mars, sannolikt kopplat till björkpollensäsongen. "
    "ACT 16 idag. Inhalationsteknik kontrollerad och korrigerad, pat tar Symbicort 2 x 2.")],
  must_not=H, why="hedged seasonal trigger of a known asthma", born="1988-03-30", sex="F")

C("nm-orsak-traningsbelastning-pfss", SK, "Fysioterapin, Ortopedkliniken, Centralsjukhuset Kristianstad",
  ("Oskar Nygren", FT), "Fysioterapeutanteckning", "2024-04-16T14:00:00",
  [("Bedömning", "Patellofemoralt smärtsyndrom bilateralt, diagnosen satt av ortoped i april. "
    "Den snabba ökningen av löpdistansen inför halvmaran är troligen den utlösande faktorn."),
   ("Åtgärd", "Träningsprogram för höft- och lårmuskulatur. Löpning reduceras till 3 km två gånger i veckan.")],
  must_not=H, why="physiotherapist hedges the training-load trigger, diagnosis already settled", born="1999-07-08", sex="F")

C("nm-orsak-kost-obstipation-barn", VG, "Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus",
  ("Sara Lindh", L), "Mottagningsanteckning", "2024-02-27T11:15:00",
  [("Bedömning", "Funktionell obstipation hos 4-åring, klinisk diagnos utan varningstecken. Troligen har övergången "
    "till mycket mjölk och lite vätska bidragit, och han håller sig på förskolan."),
   ("Planering", "Movicol Junior 1 dospåse dagligen, toalettsittning efter måltid. Telefonuppföljning om 4 v.")],
  must_not=H, why="probable dietary and behavioural causes of a clinically settled constipation (child, guardian reads)",
  born="2019-10-03", sex="M")

C("nm-orsak-oklar-yrsel", VG, "Medicinakuten, Kungälvs sjukhus",
  ("Fredrik Holm", L), "Akutanteckning", "2024-08-13T03:10:00",
  [("Bedömning", "Yrsel sedan 3 dagar, oklar orsak. Normalt neurologstatus inkl. gångprov, ortostatiskt prov u.a., "
    "EKG sinusrytm 72. Hem med råd om vätska, åter vid nytillkomna symtom.")],
  must_not=H, why="'oklar orsak' about a symptom, no diagnosis is hypothesised", born="1952-02-11", sex="M", sign=30,
  setting="akutmottagning")

# --- near miss: uncertainty about severity or grade --------------------------------

C("nm-grad-nyha-hjartsvikt", VG, "Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Karin Åberg", SSK), "Sjuksköterskeanteckning", "2024-03-05T10:00:00",
  [("Aktuellt", "Hjärtsvikt med nedsatt EF, 35 % på eko i februari. Funktionsklassen är svårbedömd idag, "
    "någonstans mellan NYHA II och III; går ca 200 m innan andfåddheten tvingar henne att stanna. "
    "Vikt 82 kg, stabil. Inga ödem.")],
  must_not=H, why="uncertain NYHA class of an established heart failure", born="1948-09-17", sex="F")

C("nm-grad-krupp-barnakut", VG, "Barnakuten, Södra Älvsborgs Sjukhus Borås",
  ("Johan Ek", L), "Akutanteckning", "2024-11-08T01:25:00",
  [("Status", "Skällande hosta, inget vilostridor, lätta indragningar vid gråt. Sat 97 %."),
   ("Bedömning", "Krupp. Graden bedöms som lindrig, möjligen måttlig när han är ledsen. Betapred 0,4 mg/kg "
    "given, observation 2 timmar innan hemgång.")],
  must_not=H, why="hedged severity of a clinically clear croup (child 2 y)", born="2022-06-21", sex="M", sign=35,
  setting="akutmottagning")

C("nm-grad-madrs-psykolog", SK, "Allmänpsykiatrisk mottagning Helsingborg",
  ("Lina Persson", PSY), "Psykologanteckning", "2024-05-16T13:00:00",
  [("Aktuellt", "Samtal 5 av 12 i KBT vid depression, diagnosen satt av läkare i februari. MADRS-S 24 idag. "
    "Hur svårt det är just nu är svårt att säga eftersom nattjobbet ger dålig sömn, sannolikt ligger "
    "skattningen något för högt. Beteendeaktivering fortsätter, hemuppgift aktivitetsschema.")],
  must_not=H, why="hedge about how high a rating score is, depression itself settled", born="1990-04-12", sex="M")

C("nm-grad-djup-brannskada", SK, "Plastikkirurgiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Nils Carlén", L), "Läkaranteckning", "2024-07-02T16:10:00",
  [("Bedömning", "Skållning vänster underarm efter kokande vatten, ca 2 % TBSA. Djupet är ännu svårbedömt: "
    "ytlig dermal i periferin, eventuellt djupare i centrum. Ny bedömning dag 3 innan ställning tas till "
    "transplantation. Förband med silverinnehåll.")],
  must_not=H, why="uncertain depth of a burn whose diagnosis is not in doubt", born="1975-10-28", sex="M")

# --- near miss: uncertainty about stage ---------------------------------------------

C("nm-stadium-brostcancer-pad", VG, "Bröstmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Helena Strand", L), "Läkaranteckning", "2024-05-28T10:30:00",
  [("Bedömning", "Invasiv duktal cancer höger bröst, verifierad med mellannålsbiopsi. Slutligt stadium är ännu "
    "oklart och fastställs när PAD från operationen och portvaktskörteln föreligger."),
   ("Information", "Pat informerad om diagnosen och om planerad sektorresektion 12/6, kontaktsjuksköterska utsedd.")],
  must_not=NOT1, why="stage not yet known for a biopsy-verified cancer the patient has been told about",
  born="1963-03-09", sex="F")

C("nm-stadium-prostata-palpation", SK, "Urologiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Peter Löfgren", L), "Läkaranteckning", "2024-02-20T14:30:00",
  [("Bedömning", "Prostatacancer Gleason 3+4 i 4 av 12 biopsier. T-stadium osäkert vid palpation, T2a eller T2b. "
    "MR prostata från januari beskriver organbegränsad tumör. Skelettscint inte indicerat. MDK nästa vecka, "
    "pat vet om diagnosen sedan förra besöket.")],
  must_not=NOT1, why="uncertain clinical T-stage of a proven prostate cancer", sign=None, born="1956-06-15", sex="M")

C("nm-stadium-lungcancer-preliminar", SK, "Lungmottagningen, Skånes universitetssjukhus Lund",
  ("Sofia Rydén", L), "Läkaranteckning", "2024-09-10T11:00:00",
  [("Bedömning", "Icke-småcellig lungcancer, adenokarcinom i vänster överlob, verifierad via EBUS. "
    "Tills PET-DT är gjord är stadieindelningen preliminär, cT2a, N-status ännu ej klarlagt. "
    "Pat och maken informerade om fyndet och om fortsatt utredning.")],
  must_not=NOT1, why="preliminary staging of an EBUS-verified cancer, told to the patient", born="1954-12-01", sex="F")

# --- near miss: uncertainty about side or localisation -------------------------------

C("nm-sida-njursten-smartdebut", VG, "Urologmottagningen, NÄL Trollhättan",
  ("Tobias Hallberg", L), "Läkaranteckning", "2024-03-19T10:45:00",
  [("Bedömning", "Uretärsten 6 mm i höger distala uretär, verifierad med DT. Pat minns inte säkert vilken sida "
    "det gjorde ondast i natt, idag tydligt höger flank. Diklofenak vb, silning av urin, ny DT om 4 veckor.")],
  must_not=H, why="the patient's uncertainty about the side, stone is CT-verified", born="1982-01-25", sex="M")

C("nm-sida-bracket-mamma-minns", SK, "Barnkirurgiska mottagningen, Skånes universitetssjukhus Lund",
  ("Viktor Sandell", L), "Läkaranteckning", "2024-04-03T13:30:00",
  [("Anamnes", "Mamma är osäker på vilken sida bulan syntes först, tror att det var när han skrek i badet."),
   ("Status", "Tydligt palpabelt ljumskbråck höger, reponibelt. Vänster sida u.a."),
   ("Planering", "Operation höger sida i dagkirurgi, väntetid ca 2 mån. Föräldrarna informerade om inklämningssymtom.")],
  must_not=NOT1, why="parent unsure which side appeared first, hernia found on exam", born="2018-08-30", sex="M")

C("nm-sida-handdominans-ot", VG, "Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal",
  ("Emma Forsberg", AT), "Arbetsterapeutanteckning", "2024-06-25T10:00:00",
  [("Aktuellt", "Opererad för karpaltunnelsyndrom höger 3/5. Pat är osäker på om hon numera räknar sig som "
    "höger- eller vänsterhänt eftersom hon lärt sig skriva med vänster under läkningen."),
   ("Åtgärd", "Nattortos fortsätter 2 veckor. Jamar höger 14 kg, vänster 22 kg. Greppträning enligt program.")],
  must_not=H, why="uncertainty about hand dominance, the operated diagnosis is settled", born="1970-02-02", sex="F")

# --- near miss: absence of a complication, negated hedges -----------------------------

C("nm-komplikation-ingen-misstanke-gallackage", SK, "Kirurgiska kliniken, avd 4, Ystads lasarett",
  ("Magnus Ivarsson", L), "Daganteckning", "2024-01-30T09:40:00",
  [("Bedömning", "Dag 2 efter laparoskopisk kolecystektomi. Afebril, mjuk buk, såren fina. Ingen misstanke om "
    "gallläckage eller postoperativ infektion. Utskrivning idag, pat informerad om sårvård.")],
  must_not=NOT1, why="'ingen misstanke om' negates the complications", born="1977-09-12", sex="F", setting="slutenvård")

C("nm-komplikation-preeklampsi-utesluten", SK, "Förlossningsavdelningen, Skånes universitetssjukhus Lund",
  ("Anna Thulin", BM), "Barnmorskeanteckning", "2024-09-03T06:50:00",
  [("Förlossning", "Partus normalis kl 04.12, gosse 3720 g, Apgar 9-10-10. Blödning 350 ml."),
   ("Övrigt", "Preeklampsi uteslöts i graviditetsvecka 36 efter normala prover och dygnsurin. Blodtrycket idag 128/82.")],
  must_not=H, why="preeclampsia was excluded earlier; no hedge on a current diagnosis", born="1992-10-21", sex="F",
  setting="slutenvård")

C("nm-komplikation-aspiration-foreligger-ej", VG, "Strokeenheten, Östra sjukhuset",
  ("Mikael Strömberg", L), "Daganteckning", "2024-05-21T11:10:00",
  [("Bedömning", "Ischemisk stroke i vänster MCA-område, DT-angio utan ocklusion. Sväljtestet godkänt, "
    "aspirationspneumoni föreligger ej: afebril, fria lungor, CRP 6. Sekundärprevention insatt, mobilisering med FT.")],
  must_not=H, why="complication explicitly absent, stroke settled", born="1946-03-03", sex="M", setting="slutenvård")

C("nm-komplikation-abscess-kan-uteslutas", SK, "Infektionskliniken, Skånes universitetssjukhus Malmö",
  ("Rebecka Olin", L), "Inskrivningsanteckning", "2024-08-06T17:45:00",
  [("Bedömning", "Erysipelas vänster underben, klinisk diagnos. Abscess kan uteslutas med ultraljud. Ingen "
    "nekrotiserande fasciit: huden mjuk, ingen oproportionerlig smärta, laktat normalt. Flukloxacillin 2 g x 3 iv.")],
  must_not=H, why="'kan uteslutas' (not 'kan ej') and negated fasciitis", sign=None, born="1961-05-29", sex="M", setting="slutenvård")

# --- near miss: prognosis --------------------------------------------------------------

C("nm-prognos-pankreascancer-veckor", SK, "Palliativa slutenvårdsenheten, Skånes universitetssjukhus Lund",
  ("Gustav Wendel", L), "Läkaranteckning", "2024-03-26T15:00:00",
  [("Bedömning", "Pankreascancer med levermetastaser, känd sedan januari. Prognosen är osäker men bedöms sannolikt "
    "vara veckor till få månader. Pat vill vara hemma; brytpunktssamtal hållet med pat och dottern idag.")],
  must_not=NOT1, why="hedged prognosis of a known cancer, patient informed", born="1950-01-13", sex="M",
  setting="slutenvård")

C("nm-prognos-skafoid-lakning", VG, "Ortopedmottagningen, Skaraborgs Sjukhus Skövde",
  ("Erik Dahlgren", L), "Läkaranteckning", "2024-02-08T10:25:00",
  [("Bedömning", "Odislocerad midjefraktur i skafoideum höger, syns tydligt på DT. Läkning sannolikt inom "
    "8–10 veckor, men risken för utebliven läkning finns. Underarmsgips inkl. tumme, ny DT om 6 veckor.")],
  must_not=H, why="healing prognosis hedged; the fracture is CT-proven", born="2001-07-19", sex="M")

C("nm-prognos-feberkramp-risk", VG, "Barnmottagningen, Kungälvs sjukhus",
  ("Ida Nordqvist", L), "Läkaranteckning", "2024-01-11T16:30:00",
  [("Bedömning", "Enkel feberkramp, första episoden, 5-årig pojke. Risken för nya kramper vid feber är kanske 30 %, "
    "medan utveckling av epilepsi är osannolik. Föräldrarna har fått skriftlig information om feberkramper.")],
  must_not=H, why="recurrence risk and an 'osannolik' epilepsy are prognosis, not a hypothesis", born="2018-09-14", sex="M")

# --- near miss: a result still to come ---------------------------------------------------

C("nm-svar-urinodling-imorgon", VG, "Infektionsmottagningen, Östra sjukhuset",
  ("Petra Lund", SSK), "Telefonanteckning", "2024-04-09T13:40:00",
  [("Kontaktorsak", "Pat ringer, undrar hur länge hon ska ta ciprofloxacinet."),
   ("Åtgärd", "Pyelonefrit som behandlas sedan i måndags, mår bättre, feberfri. Urinodlingen är inte klar; "
    "svaret kommer troligen imorgon och då ser vi om antibiotikan behöver bytas. Pat ringer upp vid försämring.")],
  must_not=H, why="pending culture, hedge about timing and a possible switch of drug", born="1987-12-04", sex="F", sign=15)

C("nm-svar-tp53-oklart", SK, "Hematologimottagningen, Skånes universitetssjukhus Lund",
  ("Daniel Åkesson", L), "Läkaranteckning", "2024-06-18T10:15:00",
  [("Bedömning", "Kronisk lymfatisk leukemi, Binet A, stabila värden. IGHV-status och TP53 är ännu oklara; "
    "proverna är skickade och svar väntas om ca 3 veckor. Fortsatt expektans, nytt besök om 6 mån.")],
  must_not=H, why="molecular markers pending for a known CLL", born="1947-10-10", sex="M")

C("nm-svar-prover-tillvaxt", SK, "Barn- och ungdomsmottagningen, Helsingborgs lasarett",
  ("Hanna Roos", L), "Läkaranteckning", "2024-10-22T09:10:00",
  [("Aktuellt", "Tillväxtkontroll, 8-årig flicka. Längd följer +1 SD, vikt följer sin kurva."),
   ("Planering", "Prover tagna på skolsköterskans initiativ har inte svarat ännu, sannolikt nästa vecka. "
    "Mamma ringer oss om hon inte har hört något till fredag.")],
  must_not=H, why="result timing hedged, no diagnosis named", born="2016-05-09", sex="F")

C("nm-svar-pad-hudexcision", VG, "Hudmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Therese Hammar", SSK), "Sjuksköterskeanteckning", "2024-09-24T13:15:00",
  [("Åtgärd", "Excision av pigmenterad förändring på ryggen enligt läkarordination, suturerad med 4-0. "
    "PAD skickat, svaret kommer förmodligen inom tre veckor. Suturtagning på vårdcentralen om 14 dagar.")],
  must_not=H, why="'förmodligen' about when the PAD answer arrives", born="1972-11-11", sex="M")

# --- near miss: a plan ---------------------------------------------------------------

C("nm-plan-aaa-operation", SK, "Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Stefan Brink", L), "Läkaranteckning", "2024-02-01T10:40:00",
  [("Bedömning", "Bukaortaaneurysm 48 mm, ökat 3 mm på ett år. Eventuellt blir det aktuellt med operation om "
    "diametern når 55 mm. Ny ultraljudskontroll om 6 månader, rökstopp rekommenderat och pat motiverad.")],
  must_not=H, why="'eventuellt' about a future operation for a known aneurysm", sign=None, born="1953-08-01", sex="M")

C("nm-plan-hemmiljo-alzheimer", SK, "Minnesmottagningen, Skånes universitetssjukhus Malmö",
  ("Johanna Björk", AT), "Arbetsterapeutanteckning", "2024-09-05T13:00:00",
  [("Aktuellt", "Alzheimers sjukdom, diagnosen satt i höstas och väl känd av pat och maka. Hembesök gjort."),
   ("Bedömning", "Spis med timer är ev. aktuell, trygghetslarm finns. Kontakt med biståndshandläggare tas kanske "
    "efter sommaren, paret vill vänta.")],
  must_not=NOT1, why="occupational therapist's hedges concern aids and timing", born="1941-12-24", sex="M")

C("nm-plan-opdatum-oktober", SK, "Kirurgmottagningen, Trelleborgs lasarett",
  ("Camilla Rosén", SSK), "Sjuksköterskeanteckning", "2024-08-27T09:45:00",
  [("Aktuellt", "Ljumskbråck vänster, operation planerad i dagkirurgi. Operationsdatum ännu osäkert, troligen i "
    "oktober. Pat informerad om fasta och preoperativ dusch, skriftlig info medgiven.")],
  must_not=NOT1, why="nurse unsure of the operation date", born="1964-02-17", sex="M")

# --- near miss: a dose ----------------------------------------------------------------

C("nm-dos-levaxin-hojning", VG, "Endokrinmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Mattias Grahn", L), "Läkaranteckning", "2024-01-23T09:05:00",
  [("Bedömning", "Hypotyreos, TSH 6,8 trots Levaxin 100 µg. Eventuellt behövs en höjning till 125 µg; först "
    "kontrolleras följsamhet och att hon inte tar tabletten tillsammans med järn. Nytt TSH om 6 veckor.")],
  must_not=H, why="hedged dose increase", born="1975-04-01", sex="F")

C("nm-dos-levetiracetam-vikt", VG, "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan",
  ("Sanna Wallin", SSK), "Sjuksköterskeanteckning", "2024-03-28T14:50:00",
  [("Aktuellt", "Fokal epilepsi, välkänd, anfallsfri sedan i höstas. Vikt 31 kg idag. Dosen levetiracetam "
    "behöver troligen justeras uppåt på grund av viktökningen; ansvarig läkare kontaktad.")],
  must_not=H, why="dose adjustment hedged for a child with known epilepsy", born="2015-01-16", sex="F")

C("nm-dos-apixaban-kriterier", SK, "Hjärtmottagningen, Skånes universitetssjukhus Lund",
  ("Göran Pålsson", L), "Läkaranteckning", "2024-10-29T11:40:00",
  [("Bedömning", "Förmaksflimmer, CHA2DS2-VASc 3. Kreatinin 128, vikt 61 kg, 79 år. Osäkert om dosreduktion av "
    "apixaban krävs, endast ett kriterium är uppfyllt. Står kvar på 5 mg x 2.")],
  must_not=H, why="uncertainty about a dose reduction", born="1945-03-30", sex="F")

# --- near miss: what the patient (or parent) believes or fears -------------------------

C("nm-tro-radd-hjartinfarkt", SK, "Akutmottagningen, Helsingborgs lasarett",
  ("Rami Aziz", L), "Akutanteckning", "2024-02-16T20:10:00",
  [("Bedömning", "Muskuloskeletal bröstsmärta, reproducerbar vid palpation av sternokostalleder vänster. "
    "Pat är rädd att det kan vara en hjärtinfarkt eftersom pappan dog av det; normalt EKG och två normala "
    "troponiner. Lugnad, NSAID i en vecka.")],
  must_not=H, why="patient's fear of an MI, which the note excludes", born="1974-07-07", sex="M", sign=25,
  setting="akutmottagning")

C("nm-tro-natet-hudcancer", VG, "Hudmottagningen, Uddevalla sjukhus",
  ("Katarina Nyberg", L), "Läkaranteckning", "2024-08-20T10:40:00",
  [("Bedömning", "Pat har läst på nätet och tror själv att fläckarna på ryggen kan vara hudcancer. "
    "Dermatoskopiskt typiska seborroiska keratoser, benigna. Pat lugnad, ingen åtgärd behövs.")],
  must_not=NOT1, why="patient's own belief, the clinician's diagnosis is benign and settled",
  born="1955-09-09", sex="F")

C("nm-tro-pappa-hjarnhinne", SK, "Barnakuten, Skånes universitetssjukhus Lund",
  ("Ebba Holmqvist", SSK), "Sjuksköterskeanteckning", "2024-12-02T21:05:00",
  [("Triage", "Pappa är orolig för hjärnhinneinflammation eftersom pojken är trött och varm. I rummet vaken och "
    "pigg, leker, nackmjuk, inga petekier. Temp 38,6."),
   ("Åtgärd", "Läkarens diagnos: övre luftvägsinfektion. Pappan har fått råd om feber och vätska.")],
  must_not=H, why="a parent's fear; the diagnosis given is settled (child 3 y)", born="2021-03-15", sex="M", sign=20,
  setting="akutmottagning")

C("nm-tro-panik-stroke", VG, "Psykiatrimottagning Mölndal",
  ("Alva Sundin", PSY), "Psykologanteckning", "2024-10-08T15:00:00",
  [("Aktuellt", "Paniksyndrom, KBT session 7. Under attackerna tänker hon att det kanske är en stroke på gång "
    "eller att hon håller på att bli galen. Vi arbetar med katastroftolkningarna genom interoceptiv exponering.")],
  must_not=H, why="catastrophic thoughts of the patient, not a hypothesis", born="1998-12-12", sex="F")

# --- near miss: what a relative has --------------------------------------------------

C("nm-slakt-mormor-ovarial", SK, "Onkogenetiska mottagningen, Skånes universitetssjukhus Lund",
  ("Karl Fredén", L), "Läkaranteckning", "2024-02-22T09:00:00",
  [("Hereditet", "Moster fick bröstcancer vid 42 års ålder, mormor hade möjligen äggstockscancer men det har aldrig "
    "bekräftats."),
   ("Bedömning", "Pat själv frisk. Genetisk vägledning given, blodprov för BRCA1/2 taget efter samtycke.")],
  must_not=H, why="hedged disease belongs to a grandmother", born="1986-11-29", sex="F")

C("nm-slakt-make-parkinson-kurator", VG, "Minnesmottagningen, Frölunda specialistsjukhus",
  ("Birgitta Ohlsson", KUR), "Kuratorsanteckning", "2024-05-14T10:30:00",
  [("Samtal", "Maken har trolig Parkinsons sjukdom enligt hans läkare och utreds vid annan klinik. Pat upplever "
    "det som tungt att vara anhörigvårdare. Erbjuden anhörigstöd och kontakt med kommunens anhörigkonsulent.")],
  must_not=H, why="the husband's hedged diagnosis in a counsellor's note", born="1943-01-20", sex="F")

C("nm-slakt-pappa-celiaki", SK, "Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad",
  ("Axel Hedin", L), "Läkaranteckning", "2024-09-17T10:05:00",
  [("Ärftlighet", "Pappa misstänks ha celiaki men har inte utretts."),
   ("Bedömning", "Pojken har normal tillväxt och transglutaminas-IgA är negativt. Ingen ytterligare utredning av honom nu.")],
  must_not=H, why="suspected disease of the father, child's test negative", sign=None, born="2017-02-03", sex="M")

C("nm-slakt-bror-obduktion", VG, "Hjärtmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Louise Kvist", L), "Läkaranteckning", "2024-11-19T13:30:00",
  [("Anamnes", "Utredning pga plötslig död hos bror, 34 år. Obduktionen talade för mölig arytmogen kardiomyopati."),
   ("Bedömning", "Pat har normalt EKG, eko och MR hjärta. Genetisk analys skickad, svar om ca 2 mån.")],
  must_not=H, why="the brother's hedged post-mortem finding (typo 'mölig')", born="1987-04-27", sex="M")

# --- near miss: suspected earlier in the same note and settled -------------------------

C("nm-avgjort-dvt-bakercysta", VG, "Akutmottagningen, Östra sjukhuset",
  ("Niklas Berglund", L), "Akutanteckning", "2024-07-23T12:30:00",
  [("Anamnes", "Skickad från vårdcentralen med misstanke om DVT i höger ben, svullen vad sedan igår."),
   ("Undersökning", "Ultraljud: fritt flöde i djupa vener, ingen trombos. Vätska i vadmuskulaturen från bakercysta."),
   ("Bedömning", "Rupturerad bakercysta höger. Kompression, NSAID i 5 dagar.")],
  must_not=H, why="DVT suspected by the referrer and excluded by ultrasound in the same note", born="1965-10-05",
  sex="F", sign=40, setting="akutmottagning")

C("nm-avgjort-tia-migran-aura", VG, "Neurologmottagningen, Skaraborgs Sjukhus Skövde",
  ("Maja Eklund", L), "Läkaranteckning", "2024-04-11T10:00:00",
  [("Bedömning", "Remitterad pga misstänkt TIA. Episoderna är typiska för migrän med aura, hon har haft liknande "
    "sedan tonåren och MR är utan ischemi. TIA-misstanken avskrivs. Migrän med aura, triptan vid behov.")],
  must_not=H, why="referral suspicion withdrawn in the same note", born="1979-09-03", sex="F")

C("nm-avgjort-x-gravid-intrauterin", SK, "Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö",
  ("Leila Karimi", L), "Akutanteckning", "2024-05-19T18:40:00",
  [("Bedömning", "Misstänkt extrauterin graviditet vid ankomst pga blödning och positivt graviditetstest. Vaginalt "
    "ultraljud visar intrauterin graviditet med hjärtaktivitet, v 7+2. Hotande missfall, expektans, "
    "pat informerad om förloppet.")],
  must_not=NOT1, why="ectopic suspicion settled by ultrasound; 'hotande missfall' is a fixed diagnosis", born="1995-01-08",
  sex="F", sign=30, setting="akutmottagning")

C("nm-avgjort-malaria-bekraftad", VG, "Infektionskliniken, Östra sjukhuset",
  ("Hugo Lindqvist", L), "Inskrivningsanteckning", "2024-08-02T23:20:00",
  [("Bedömning", "Misstanke om malaria efter resa till Uganda; snabbtest och tjock droppe positiva för P. falciparum, "
    "parasitemi 0,8 %. Okomplicerad falciparummalaria. Riamet enligt PM, pat informerad om diagnos och behandling.")],
  must_not=NOT1, why="suspicion confirmed in the same sentence sequence", born="1984-02-29", sex="M", sign=35,
  setting="slutenvård")

C("nm-avgjort-appendicit-omvardering-barn", SK, "Barnakuten, Helsingborgs lasarett",
  ("Rickard Falk", L), "Akutanteckning", "2024-06-09T19:30:00",
  [("Förlopp", "Initialt misstänkt appendicit hos 10-årig flicka med smärta i höger fossa. Vid omvärdering efter "
    "4 timmar mjuk buk, CRP <5, äter glass med god aptit."),
   ("Bedömning", "Appendicit avskrivs. Obstipation, klyx med gott resultat. Hem med föräldrarna.")],
  must_not=H, why="initial suspicion rejected after observation (child)", born="2014-03-22", sex="F", sign=None,
  setting="akutmottagning")

# --- near miss: an ICD title ------------------------------------------------------------

C("nm-icd-z034-infarkt-utesluten", SK, "Akutmottagningen, Skånes universitetssjukhus Malmö",
  ("Yusuf Demir", L), "Akutanteckning", "2024-01-26T07:50:00",
  [("Bedömning", "Bröstsmärta i vila under natten, två normala hs-troponin T med 3 timmars mellanrum, normalt EKG. "
    "Hjärtinfarkt utesluten. Hem, uppföljning på vårdcentral."),
   ("Diagnos", "Z03.4 Observation avseende misstänkt hjärtinfarkt")],
  must_not=H, why="'misstänkt' is part of the Z03.4 title used when MI is ruled out", born="1958-04-16", sex="M",
  sign=20, setting="akutmottagning")

C("nm-icd-z031-benign-koloskopi", VG, "Kirurgmottagningen, Kungälvs sjukhus",
  ("Annika Wester", L), "Läkaranteckning", "2024-03-21T14:10:00",
  [("Bedömning", "Koloskopi utan patologi, biopsier från sigmoideum benigna. Blödningen förklaras av hemorrojder "
    "grad II. Ingen vidare utredning, gummibandsligatur erbjuds."),
   ("Diagnos", "Z03.1 Observation avseende misstänkt malign tumör; K64.1 Hemorrojder av andra graden")],
  must_not=H, why="ICD title with 'misstänkt' after cancer was excluded", sign=None, born="1962-07-25", sex="F")

C("nm-icd-z032-bup-avslut", SK, "BUP-mottagningen Lund",
  ("Siri Bengtsson", L), "Läkaranteckning", "2024-11-05T15:30:00",
  [("Bedömning", "Utredningen visade ingen neuropsykiatrisk diagnos. Koncentrationssvårigheterna förklaras av "
    "sömnbrist och hög skolfrånvaro under hösten. Råd om sömn, kontakt med elevhälsan. Avslutas hos BUP."),
   ("Diagnos", "Z03.2 Observation avseende misstänkt psykisk sjukdom eller beteendestörning")],
  must_not=H, why="Z03.2 title on a closed child psychiatry assessment (child 10 y)", born="2014-02-10", sex="M")

C("nm-icd-z030-tuberkulos-neg", VG, "Infektionsmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Rolf Axelsson", L), "Läkaranteckning", "2024-09-12T11:45:00",
  [("Bedömning", "Tre sputumprov negativa för mykobakterier i mikroskopi och PCR, IGRA negativ. Tuberkulos "
    "utesluten. Hostan är postinfektiös och har nästan gått över."),
   ("Diagnos", "Z03.0 Observation avseende misstänkt tuberkulos")],
  must_not=H, why="Z03.0 title after TB was ruled out", born="1990-06-18", sex="M")

# --- near miss: a quoted question from a referral, answered ------------------------------

C("nm-remiss-pmr-svar-ja", VG, "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Ingrid Sahlin", L), "Konsultationssvar", "2024-01-31T10:00:00",
  [("Frågeställning", "'Trolig polymyalgia reumatika?'"),
   ("Svar", "Ja. Typisk anamnes med skulder- och höftgördelvärk, SR 68, CRP 42 och snabb effekt av prednisolon 15 mg. "
    "Diagnosen polymyalgia reumatika fastställd och meddelad pat.")],
  must_not=NOT1, why="the referral's hedged question is quoted and answered with a settled diagnosis",
  born="1949-11-23", sex="F")

C("nm-remiss-karpal-neurografi", SK, "Klinisk neurofysiologi, Skånes universitetssjukhus Lund",
  ("Jakob Nyström", L), "Konsultationssvar", "2024-04-08T13:00:00",
  [("Frågeställning", "? karpaltunnelsyndrom höger"),
   ("Svar", "Neurografin bekräftar karpaltunnelsyndrom höger av måttlig grad. Ulnaris och vänster sida normala.")],
  must_not=H, why="'?' belongs to the quoted referral question, answered yes", born="1968-10-02", sex="F")

C("nm-remiss-jordnot-provokation", SK, "Allergimottagningen, Skånes universitetssjukhus Lund",
  ("Agnes Lindvall", L), "Läkaranteckning", "2024-10-03T10:50:00",
  [("Bedömning", "Frågeställning enligt remiss: misstänkt jordnötsallergi. Pricktest och IgE negativa, oral "
    "provokation med 4 g jordnöt utan reaktion. Ingen jordnötsallergi, får äta jordnötter fritt.")],
  must_not=H, why="quoted referral suspicion refuted by provocation", born="2000-09-06", sex="F")

C("nm-remiss-otoskleros-audionom", VG, "Audiologiska mottagningen, Södra Älvsborgs Sjukhus Borås",
  ("Marie Fält", AUD), "Audionomanteckning", "2024-05-08T14:30:00",
  [("Remiss", "Från vårdcentralen med frågan 'hörselnedsättning vänster? ev. otoskleros?'."),
   ("Resultat", "Tonaudiogram: symmetrisk lätt diskantnedsättning bilateralt, typisk för åldern. Normal tympanometri "
    "och stapediusreflexer. Otoskleros inte aktuellt, hörapparat inte indicerad än.")],
  must_not=H, why="audiologist answers a hedged referral question", born="1957-03-13", sex="M")

# --- near miss: hypothesis only in a protected place -------------------------------------

C("nm-skyddad-vgr-sokord-ms", VG, "Neurologmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Simon Åström", L), "Läkaranteckning", "2024-03-13T15:40:00",
  [("Aktuellt", "Domningar i båda händerna sedan två månader, i övrigt frisk."),
   ("Bedömning", "Orsaken är ännu oklar; prover och MR är bokade och vi ses igen när svaren kommit."),
   ("Tidiga hypoteser", "Bilden kan passa med MS, MR behövs innan det tas upp med pat.")],
  must_not=H, why="visible text only says the cause is unclear; the hypothesis sits under the VGR sökord",
  born="1993-07-24", sex="F")

CM("nm-skyddad-skane-mall-myelom", SK, "1959-05-05", "M", [
    note("n1", SK, "Hematologimottagningen, Skånes universitetssjukhus Lund", ("Tilda Ahlgren", L), "Läkaranteckning",
         "2024-07-04T10:00:00",
         [("Bedömning", "Anemi och M-komponent, orsaken ännu oklar. Benmärgsprov och DT skelett bokade; "
           "troligen klart inom två veckor.")]),
    note("n2", SK, "Hematologimottagningen, Skånes universitetssjukhus Lund", ("Tilda Ahlgren", L), "Tidiga hypoteser",
         "2024-07-04T10:20:00",
         [("Bedömning", "Misstänkt myelom med tanke på M-komponent 28 g/L, Hb 98 och kreatininstegring. "
           "Tas upp med pat när benmärgssvaret finns.")]),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
   why="visible note hedges only cause and timing; the hypothesis is in the Tidiga hypoteser template")

# --- near miss: PMO (diagnoses never shown) -----------------------------------------------

C("pmo-misstankt-erythema-migrans", SK, "Vårdcentralen Näsby, Kristianstad",
  ("Lars Engdahl", L), "Besöksanteckning", "2024-07-29T10:30:00",
  [("Bedömning", "Misstänkt erythema migrans vänster lår, 7 cm, fästingbett för två veckor sedan. "
    "Doxycyklin 100 mg x 2 i 10 dagar.")],
  must_not=H, why="PMO note: hedged diagnosis never shown", born="1966-06-26", sex="F", system="PMO")

C("pmo-misstankt-uvi-hemsjukvard", SK, "Hemsjukvården, Vårdcentralen Bergsgatan Malmö",
  ("Dragana Petrović", SSK), "Sjuksköterskeanteckning", "2024-11-21T11:00:00",
  [("Åtgärd", "Misstänkt urinvägsinfektion, urinsticka positiv för nitrit och leukocyter. Jourläkare kontaktad, "
    "odling skickad.")],
  must_not=H, why="PMO: hedged diagnosis in a home-care nurse note", born="1934-08-15", sex="F", system="PMO")

# --- long near-miss notes -----------------------------------------------------------------

C("nm-lang-epikris-pneumoni-manga-hedgar", VG, "Medicinkliniken, avd 41, Södra Älvsborgs Sjukhus Borås",
  ("Pontus Sjöberg", L), "Epikris", "2024-10-18T13:30:00",
  [("Orsak till inläggning", "Inkom med ambulans efter att hemtjänsten hittat honom på golvet hemma på morgonen "
    "den 14/10. Feber 38,9, hosta sedan några dagar och förvirrad vid ankomsten."),
   ("Förlopp", "Lungröntgen visade infiltrat i höger underlob och pneumokockantigen i urinen var positivt. "
    "På akuten fanns misstanke om lungemboli pga takykardi och låg saturation, men DT lungartärer var utan emboli. "
    "Behandlad med bensylpenicillin 3 g x 3 i tre dygn, därefter peroralt amoxicillin. Feberfri från dag 3, "
    "CRP 212 som sjunkit till 38. Förvirringen klingade av helt under dag 2. Hur fallet gick till är "
    "fortfarande oklart; pat tror själv att han reste sig för hastigt för att gå på toaletten. Röntgen av höft "
    "och handled utan fraktur. Ortostatiskt prov utan blodtrycksfall."),
   ("Status vid utskrivning", "AT gott, går med rollator på avdelningen. Cor: regelbunden rytm, inga blåsljud. "
    "Pulm: enstaka rassel höger bas, i övrigt vesikulärt. Sat 95 % på rumsluft. Bt 132/78, puls 68. Buk mjuk, oöm. "
    "Inga bensvullnader."),
   ("Sociala förhållanden", "Bor ensam i villa sedan hustruns död, dottern bor i Borås och hjälper till med inköp. "
    "Hemtjänst sedan tidigare en gång dagligen för dusch och städning. Kör inte bil längre."),
   ("Läkemedel", "Metoprolol sänkt från 100 till 50 mg pga puls 52 under vårdtiden; eventuellt kan dosen höjas igen "
    "om pulsen stiger vid kontroll på vårdcentralen. Amoxicillin 750 mg x 3 t.o.m. 24/10."),
   ("Information", "Pat och dottern informerade om diagnosen lunginflammation och om planen. Pat var orolig för att "
    "det kunde vara lungcancer eftersom hustrun dog av det för två år sedan; vi har förklarat att fynden är "
    "typiska för lunginflammation och att en kontrollröntgen efter utläkning är rutin i hans ålder."),
   ("Uppföljning", "Kontrollröntgen om 6–8 veckor via vårdcentralen, remiss skickad. Blododlingarna har hittills "
    "inte visat växt; slutsvar på sista flaskan kommer troligen efter helgen och bevakas av avdelningen. "
    "Prognosen bedöms som god. Hemtjänsten utökad med tillsyn morgon och kväll."),
   ("Diagnos", "J13 Pneumoni orsakad av Streptococcus pneumoniae")],
  must_not=NOT1, why="long discharge note: settled PE suspicion, unclear fall mechanism, dose, fear, pending culture, "
  "prognosis — no hedged diagnosis", born="1943-02-08", sex="M", sign=120, setting="slutenvård")

C("nm-lang-inskrivning-hoftfraktur", SK, "Ortopedkliniken, Helsingborgs lasarett",
  ("Amanda Fors", L), "Inskrivningsanteckning", "2024-12-05T09:15:00",
  [("Kontaktorsak", "Fall i hemmet igår kväll, kunde inte resa sig. Hittad av grannen i morse efter att ha "
    "legat på golvet i uppskattningsvis tio timmar."),
   ("Anamnes", "Bor ensam i lägenhet, rollator inomhus, hemtjänst en gång dagligen. Hon minns inte om hon snubblade "
    "på mattkanten eller tappade balansen när hon vände sig om; ingen föregående yrsel, bröstsmärta eller "
    "hjärtklappning. Tidigare hypertoni, förmaksflimmer på apixaban och lätt njursvikt. Dottern bor i Lund."),
   ("Status", "Smärtpåverkad vid rörelse, i övrigt opåverkad. Höger ben förkortat och utåtroterat, cirkulation och "
    "sensibilitet distalt u.a. Oregelbunden hjärtrytm, frekvens 84. Blodtryck 146/88. Hud hel över sacrum och "
    "hälar. Lungor med vesikulärt andningsljud utan rassel. Kognitivt klar, orienterad till tid och rum."),
   ("Läkemedel", "Apixaban 5 mg x 2 (pausat), amlodipin 5 mg x 1, furosemid 20 mg x 1, paracetamol vid behov. "
    "Inga kända läkemedelsallergier."),
   ("Lab", "Hb 121, kreatinin 96, eGFR 45, CRP 8, CK 890, natrium 136, kalium 4,1. EKG: förmaksflimmer, frekvens 84, "
    "inga akuta ST-förändringar."),
   ("Funktion", "Klarar personlig hygien själv med visst stöd och lagar enklare mat. Hiss finns upp till "
    "lägenheten. Vill tillbaka till eget boende efter rehabiliteringen. Vikt 58 kg."),
   ("Röntgen", "Dislocerad lårbenshalsfraktur höger, Garden IV. Ingen misstanke om patologisk fraktur, inga "
    "lytiska förändringar."),
   ("Bedömning", "Höftfraktur höger, planeras för halvprotes. Operationen blir troligen i morgon förmiddag, "
    "beroende på när apixabaneffekten klingat av; senaste dosen tog hon igår kl 08. Hon är rädd att aldrig "
    "komma hem igen efter operationen och vi har pratat om det. Chansen att hon återfår sin tidigare "
    "gångförmåga med rollator bedöms som rimlig men inte säker."),
   ("Ordination", "Fasta från midnatt. Oxynorm 2,5–5 mg vid behov, paracetamol 1 g x 4. Femoralisblockad given "
    "på akuten. Tromboprofylax startas postoperativt, ev. dosjustering efter kreatinin. Dottern är kontaktad "
    "och informerad och kommer i morgon."),
   ("Planering", "Ortogeriatrisk bedömning och mobilisering med fysioterapeut dag 1 postoperativt. Nutritionsdryck "
    "två gånger dagligen från i morgon. Tidig samordnad vårdplanering med kommunen.")],
  must_not=H, why="long admission note: fall mechanism, timing, fear, prognosis, dose hedged; fracture settled",
  born="1936-04-09", sex="F", sign=90, setting="slutenvård")

C("nm-lang-diabetesskola-dietist", VG, "Dietistmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Frida Malmqvist", DIET), "Dietistanteckning", "2024-09-19T13:00:00",
  [("Bakgrund", "Typ 2-diabetes sedan 2021, metformin. Remitterad för kostrådgivning inför ev. start av "
    "GLP1-analog, som diabetesläkaren tar ställning till i oktober."),
   ("Anamnes", "Äter frukost sällan, stor lunch i personalmatsalen och småäter på kvällen framför TV:n. Dricker "
    "1–2 liter läsk per vecka, ingen alkohol. Hon är osäker på hur mycket bröd hon äter, uppskattar 4–6 skivor "
    "per dag. Hon har läst att diabetes går att bota med fasta och undrar om hon bör prova det."),
   ("Socialt", "Arbetar som lokalvårdare, skift måndag till fredag 06–15. Bor med vuxen son som lagar "
    "middag de flesta kvällar. Går med en väninna på promenad två gånger i veckan."),
   ("Mätvärden", "Vikt 96 kg, längd 166 cm, BMI 34,8. Midjemått 108 cm. Senaste HbA1c 61."),
   ("Bedömning", "Oregelbunden måltidsordning och kvällsätande bidrar sannolikt mest till både vikt och glukosnivåer. "
    "Viktnedgång på 5–10 % skulle troligen ge tydlig effekt på HbA1c. Periodisk fasta kan fungera för en del "
    "men är inte förstahandsval när hon samtidigt tar läkemedel som påverkar blodsockret."),
   ("Åtgärd", "Tallriksmodellen genomgången, förslag på frukost och mellanmål. Läsk byts mot sockerfri dryck. "
    "Kostdagbok i 4 dagar."),
   ("Planering", "Återbesök om 6 veckor, möjligen som gruppbesök om hon vill. Mål: 3 kg lättare till jul.")],
  must_not=H, why="long dietitian note with hedges on causes, effect, amounts and plan; diabetes settled",
  born="1968-01-31", sex="F", sign=60)

# =========================================================================== must NL102
# --- hedged diagnoses, several beside a non-diagnostic hedge ------------------------------

C("hyp-misstankt-lungcancer-svar-troligen", VG, "Lungmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Anton Rehn", L), "Läkaranteckning", "2024-02-29T11:30:00",
  [("Bedömning", "Hosta och viktnedgång 5 kg sedan jul. DT thorax: 2 cm förändring i höger överlob, misstänkt "
    "lungcancer. Bronkoskopi bokad, svar troligen inom två veckor.")],
  must=H, why="'misstänkt lungcancer' next to a hedge about result timing", sign=None, born="1951-09-01", sex="M")

C("hyp-fragetecken-hjartsvikt-eko", SK, "Hjärtmottagningen, Helsingborgs lasarett",
  ("Carl-Johan Ek", L), "Läkaranteckning", "2024-01-09T10:10:00",
  [("Bedömning", "Dyspné NYHA II–III och bensvullnad sedan i höstas. NT-proBNP 2100. ?Hjärtsvikt, eko beställt.")],
  must=H, why="'?' prefix as hedge on heart failure", born="1946-11-21", sex="M")

C("hyp-misstankt-mani-dd-drog", VG, "Psykiatriska akutmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Hampus Lilja", L), "Akutanteckning", "2024-07-14T23:50:00",
  [("Bedömning", "Tre veckors minskat sömnbehov, ökad energi, köpt bil impulsivt. Misstänkt manisk episod, "
    "DD drogutlöst. Urintox tagen. Frivillig inläggning erbjuds, pat tackar nej.")],
  must=H, why="misstänkt + DD in a psychiatric emergency note", born="1997-06-03", sex="M", sign=40,
  setting="akutmottagning")

C("hyp-trolig-alzheimer-vaskular-ej-uteslutas", VG, "Geriatriska mottagningen, Mölndals sjukhus",
  ("Ylva Sandberg", L), "Läkaranteckning", "2024-09-26T13:10:00",
  [("Bedömning", "MMSE 22/30, svårt med klockprovet. Trolig Alzheimers sjukdom, en vaskulär komponent kan "
    "inte uteslutas. Lumbalpunktion för biomarkörer bokas.")],
  must=H, why="'trolig' and 'kan inte uteslutas' on dementia diagnoses", born="1940-10-14", sex="F")

C("hyp-sannolikt-ulceros-kolit", SK, "Medicinmottagningen, Ystads lasarett",
  ("Ola Rydberg", L), "Läkaranteckning", "2024-04-04T10:00:00",
  [("Bedömning", "Blodig diarré i 6 veckor, kalprotektin 820. Bilden talar för inflammatorisk tarmsjukdom, "
    "sannolikt ulcerös kolit. Koloskopi snarast, remiss skickad.")],
  must=H, why="'sannolikt ulcerös kolit' in an outpatient note", born="1998-03-17", sex="M")

C("hyp-trol-rotatorkuff-fysio", VG, "Fysioterapin, Uddevalla sjukhus",
  ("Elias Björklund", FT), "Fysioterapeutanteckning", "2024-06-03T11:00:00",
  [("Status", "Smärta vid abduktion över 90°, nedsatt kraft i utåtrotation, positivt drop arm-test."),
   ("Bedömning", "Trol. rotatorkuffruptur höger. Remiss till ortoped för ultraljud, pat får träningsprogram i väntan.")],
  must=H, why="physiotherapist's 'trol.' on a diagnosis", born="1959-08-28", sex="M")

C("hyp-ev-dengue-resenar", SK, "Infektionskliniken, Skånes universitetssjukhus Lund",
  ("Moa Engberg", SSK), "Sjuksköterskeanteckning", "2024-01-04T14:35:00",
  [("Aktuellt", "Feber 39,2 och frossa fem dagar efter hemkomst från Thailand. Ev. denguefeber, prover tagna enligt "
    "PM. Läkare bedömer inom en timme.")],
  must=H, why="'ev.' before a diagnosis in a nursing note", born="1989-07-11", sex="F", sign=None)

C("hyp-misstankt-melanom-svar-3v", VG, "Hudmottagningen, Skaraborgs Sjukhus Skövde",
  ("Ludvig Roth", L), "Läkaranteckning", "2024-08-29T10:15:00",
  [("Bedömning", "Asymmetrisk pigmenterad förändring vänster skuldra, 9 mm, oregelbunden kant, atypiskt nätverk i "
    "dermatoskopet. Misstänkt malignt melanom; excision med 2 mm marginal idag, svar om ca 3 veckor.")],
  must=H, why="suspected melanoma beside a pending-result hedge", born="1964-06-09", sex="M")

C("hyp-malignitet-kan-ej-uteslutas-ovarium", VG, "Kvinnokliniken, NÄL Trollhättan",
  ("Susanne Lager", L), "Läkaranteckning", "2024-10-10T09:00:00",
  [("Bedömning", "Ultraljud: 7 cm komplex cysta i vänster ovarium med solida partier, CA-125 310. Malign "
    "ovarialtumör kan ej uteslutas. Remiss till gynonkologen, Sahlgrenska.")],
  must=H, why="'kan ej uteslutas' on a malignancy", born="1958-02-19", sex="F")

C("hyp-misstankt-cushing-dygnsurin", SK, "Endokrinmottagningen, Skånes universitetssjukhus Malmö",
  ("Lovisa Åhman", L), "Läkaranteckning", "2024-03-27T11:10:00",
  [("Bedömning", "Viktuppgång, röda striae, proximal muskelsvaghet och hypertoni. Misstänkt Chushings syndrom. "
    "Dexametasonhämningstest och dygnsurin-kortisol beställt; osäkert om pat hinner lämna dygnsurinen före resan.")],
  must=H, why="hedged Cushing (typo 'Chushings') beside a hedge about a practical plan", born="1982-09-25", sex="F")

C("hyp-trolig-absensepilepsi-barn", SK, "Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund",
  ("Elsa Nordin", L), "Läkaranteckning", "2024-02-05T13:45:00",
  [("Bedömning", "Frånvaroattacker flera gånger dagligen enligt läraren, stirrar och blinkar. Provocerat anfall vid "
    "hyperventilation på mottagningen. Trolig absensepilepsi, EEG bokat.")],
  must=H, why="hedged epilepsy in a child's note (guardian reads)", born="2016-10-30", sex="F")

C("hyp-mojlig-ast-psykolog", VG, "Psykiatrimottagning Kungälv",
  ("Ronja Falkman", PSY), "Psykologanteckning", "2024-11-14T10:00:00",
  [("Bedömning", "Utredning pågår. Hittills talar testprofil och anamnes för möjlig autismspektrumtillstånd; "
    "ADOS genomförs nästa vecka.")],
  must=H, why="psychologist's 'möjlig' diagnosis during assessment", born="1995-04-22", sex="M")

C("hyp-kol-bekraftad-fragetecken-astma", SK, "Lungmottagningen, Helsingborgs lasarett",
  ("Fatima Noor", L), "Läkaranteckning", "2024-06-27T14:00:00",
  [("Bedömning", "Rökare, 40 paketår, FEV1/FVC 0,62 efter bronkdilatation. KOL GOLD 2, bekräftad. "
    "? samtidig astma, reversibilitet 14 %. Rökstopp, LAMA insatt.")],
  must=H, why="settled COPD beside a '?' asthma", born="1957-01-04", sex="M")

C("hyp-susp-pankreascancer-ikterus", VG, "Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås",
  ("Albin Dahl", L), "Läkaranteckning", "2024-07-30T08:50:00",
  [("Bedömning", "Ikterus, mörk urin, ljus avföring, viktnedgång. Ultraljud: vidgade gallvägar, ingen sten. "
    "Susp. pankreascancer, DT pankreasprotokoll akut.")],
  must=H, why="'susp.' abbreviation on a diagnosis", born="1948-12-12", sex="M")

C("hyp-dd-akustikusneurinom", VG, "Öron-, näs- och halsmottagningen, NÄL Trollhättan",
  ("Kevin Olsson", L), "Läkaranteckning", "2024-04-23T10:35:00",
  [("Bedömning", "Ensidig hörselnedsättning och tinnitus vänster sedan ett år, asymmetrisk sensorineural nedsättning "
    "på audiogrammet. DD akustikusneurinom, MR inneröra beställd.")],
  must=H, why="'DD' names a differential diagnosis", sign=None, born="1971-10-09", sex="F")

C("hyp-misstankt-skafoidfraktur", SK, "Ortopedakuten, Centralsjukhuset Kristianstad",
  ("Filip Ros", L), "Akutanteckning", "2024-01-22T18:15:00",
  [("Bedömning", "Fall på utsträckt hand, ömhet i fossa tabatière, röntgen utan synlig fraktur. Misstänkt "
    "skafoideumfraktur, gips och ny röntgen om 10–14 dagar.")],
  must=H, why="suspected fracture (pair with the CT-proven one)", born="2003-11-15", sex="M", sign=30,
  setting="akutmottagning")

C("hyp-misstankt-myelom-synligt", SK, "Medicinmottagningen, Centralsjukhuset Kristianstad",
  ("Arvid Hellström", L), "Läkaranteckning", "2024-05-06T09:25:00",
  [("Bedömning", "M-komponent IgG 31 g/L, Hb 96, kalcium 2,75. Misstänkt myelom, remiss till hematologen "
    "för benmärgsprov och helkropps-DT.")],
  must=H, why="same kind of hypothesis as the protected case, but in an ordinary note", born="1950-03-03", sex="F")

C("hyp-misstankt-stroke-triage", SK, "Akutmottagningen, Helsingborgs lasarett",
  ("Viola Gren", SSK), "Sjuksköterskeanteckning", "2024-08-31T10:05:00",
  [("Triage", "Sluddrigt tal och svaghet i höger arm sedan 40 minuter. Misstänkt stroke, strokelarm utlöst, "
    "läkare på plats.")],
  must=H, why="triage nurse's hedged stroke", born="1944-07-22", sex="M", sign=10, setting="akutmottagning")

C("hyp-misstankt-preeklampsi-barnmorska", SK, "Specialistmödravården, Skånes universitetssjukhus Lund",
  ("Klara Holm", BM), "Barnmorskeanteckning", "2024-06-13T09:55:00",
  [("Aktuellt", "Gravid v 34+2 med huvudvärk, blodtryck 152/98, proteinuri 1+. Misstänkt preeklampsi, "
    "jourläkare kontaktad och prover tagna.")],
  must=H, why="midwife's hedged diagnosis (pair with excluded preeclampsia)", born="1991-12-20", sex="F", sign=None)

C("hyp-trol-graves-sjukskoterska", VG, "Endokrinmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Agneta Borg", SSK), "Sjuksköterskeanteckning", "2024-04-02T15:10:00",
  [("Aktuellt", "TSH <0,01, FT4 38, hjärtklappning och viktnedgång. Trol. Graves sjukdom, TRAK skickad. "
    "Läkarbesök på torsdag, propranolol vid behov enligt ordination.")],
  must=H, why="abbreviation 'Trol.' in a nursing note", born="1986-08-16", sex="F")

C("hyp-schizofreni-fragetecken-dd", VG, "Psykiatrisk öppenvård, NÄL Trollhättan",
  ("Tomas Wennberg", L), "Läkaranteckning", "2024-10-24T13:30:00",
  [("Bedömning", "Röster sedan två månader, tankestörningar och socialt tillbakadragande. Debuterande schizofreni? "
    "DD psykotisk depression. Antipsykotisk behandling diskuteras vid nästa besök.")],
  must=H, why="trailing '?' and DD on psychiatric diagnoses", born="2003-03-08", sex="M")

C("hyp-makroskopiskt-misstankt-ventrikelcancer", VG, "Endoskopienheten, Alingsås lasarett",
  ("Gunnar Bäck", L), "Endoskopisvar", "2024-01-17T10:40:00",
  [("Gastroskopi", "2 cm ulcererande förändring i antrum med upphöjda kanter. Makroskopiskt misstänkt "
    "ventrikelcancer, biopsier x 8 tagna. Helicobacter-snabbtest positivt.")],
  must=H, why="endoscopist's hedged cancer in a visible report", born="1952-05-14", sex="M")

C("hyp-psoriasis-mojlig-artrit", SK, "Hudmottagningen, Helsingborgs lasarett",
  ("Selma Wiklund", L), "Läkaranteckning", "2024-09-30T14:20:00",
  [("Bedömning", "Fjällande plack på armbågar och knän, nagelgropar. Psoriasis. Ledvärk i DIP-lederna, möjlig "
    "psoriasisartrit, remiss till reumatolog.")],
  must=H, why="settled psoriasis beside a 'möjlig' arthritis", born="1973-07-13", sex="M")

C("hyp-delirium-ev-pneumoni", SK, "Geriatriska kliniken, Skånes universitetssjukhus Malmö",
  ("Cornelia Gran", L), "Daganteckning", "2024-02-23T11:30:00",
  [("Bedömning", "Akut förvirring med växlande vakenhet sedan igår. Delirium, sannolikt utlöst av urinretention "
    "(1 100 ml vid tappning) och ev. pneumoni; lungröntgen beställd.")],
  must=H, why="'ev. pneumoni' hedges a second diagnosis inside a trigger sentence", born="1932-11-02", sex="F",
  setting="slutenvård")

C("hyp-misstankt-adhd-bup-barn", SK, "BUP-mottagningen Malmö",
  ("Nadia Sahin", PSY), "Psykologanteckning", "2024-03-20T10:30:00",
  [("Bedömning", "Skattningar från skola och föräldrar visar uttalade uppmärksamhetsproblem. Misstänkt ADHD, "
    "utredningen fortsätter med kognitiv testning.")],
  must=H, why="hedged diagnosis in a BUP note for a 9-year-old", born="2015-02-18", sex="M")

C("hyp-ev-gonorre-sti", SK, "Venereologiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Jonna Alm", SSK), "Sjuksköterskeanteckning", "2024-04-26T13:00:00",
  [("Aktuellt", "Flytning och sveda vid miktion sedan 4 dagar. Ev. gonnoré, odling och NAAT tagna. "
    "Kontaktspårning görs när svaren finns.")],
  must=H, why="'Ev.' before a diagnosis with a typo ('gonnoré')", born="2000-06-30", sex="M")

C("hyp-lungemboli-kan-inte-uteslutas", VG, "Medicinakuten, NÄL Trollhättan",
  ("Matilda Svensson", L), "Akutanteckning", "2024-07-18T04:45:00",
  [("Bedömning", "Bröstsmärta, puls 118, syrgasbehov, p-piller och nyss hemkommen från långflyg. "
    "Lungemboli kan inte uteslutas, DT lungartärer beställd.")],
  must=H, why="'kan inte uteslutas' on PE", born="1996-08-21", sex="F", sign=35, setting="akutmottagning")

C("hyp-misstankt-atstorning-dietist", VG, "Dietistmottagningen, Kungälvs sjukhus",
  ("Wilma Boman", DIET), "Dietistanteckning", "2024-02-15T10:45:00",
  [("Bedömning", "Remitterad för viktnedgång. BMI 16,8, restriktivt ätande och stark rädsla för viktuppgång. "
    "Misstänkt ätstörning (anorexia nervosa?). Kontakt med ätstörningsenheten tagen efter pat:s samtycke.")],
  must=H, why="dietitian's hedged diagnosis with a trailing '?'", sign=None, born="2004-09-12", sex="F")

C("hyp-stambandspares-logoped", SK, "Logopedmottagningen, Skånes universitetssjukhus Lund",
  ("Tuva Rask", LOG), "Logopedanteckning", "2024-05-22T14:15:00",
  [("Bedömning", "Heshet i tre månader hos rökare, läckage och ostadig röstkvalitet. Stämbandspares kan inte "
    "uteslutas; remiss till ÖNH för laryngoskopi.")],
  must=H, why="speech therapist's 'kan inte uteslutas'", born="1963-01-19", sex="M")

C("hyp-trolig-aspirationspneumoni-ssk", VG, "Strokeenheten, Sahlgrenska Universitetssjukhuset",
  ("Hedda Nilsson", SSK), "Omvårdnadsanteckning", "2024-03-24T09:20:00",
  [("Omvårdnad", "Temp 38,1 och rassel höger bas efter att pat hostat vid frukosten. Trolig aspirationspneumoni, "
    "läkare underrättad, odlingar tagna. Sitter upp vid alla måltider."),],
  must=H, why="nurse's hedged pneumonia on a stroke ward", born="1939-10-31", sex="M", setting="slutenvård")

C("hyp-misstankt-anastomoslackage", VG, "Kirurgavdelningen, Kungälvs sjukhus",
  ("Oscar Hägg", L), "Daganteckning", "2024-10-04T08:30:00",
  [("Bedömning", "Dag 4 efter högersidig hemikolektomi. Feber, tilltagande buksmärta, CRP 280. Misstänkt "
    "anastomosläckage, DT buk med peroral kontrast.")],
  must=H, why="suspected complication (pair with the negated one)", born="1954-07-07", sex="M", setting="slutenvård")

C("hyp-sjogren-misstanks", SK, "Reumatologimottagningen, Skånes universitetssjukhus Lund",
  ("Ellinor Dahlin", L), "Läkaranteckning", "2024-12-10T09:00:00",
  [("Bedömning", "Torra ögon och mun, svullna spottkörtlar, SSA positiv. Sjögrens syndrom misstänks; "
    "Schirmers test och läppbiopsi planerade.")],
  must=H, why="passive 'misstänks' after the disease name", born="1969-05-03", sex="F", sign=None)

C("hyp-ev-alkoholorsakad-leversjukdom", VG, "Beroendemottagningen, Sahlgrenska Universitetssjukhuset",
  ("Liam Kjell", L), "Läkaranteckning", "2024-06-19T11:15:00",
  [("Bedömning", "Ca 40 standardglas i veckan, morgonabstinens, AUDIT 27. Alkoholberoende. Förhöjda levervärden, "
    "ev. alkoholorsakad leversjukdom; ultraljud och elastografi bokas.")],
  must=H, why="settled dependence beside an 'ev.' liver disease", born="1972-04-24", sex="M")

C("hyp-misstankt-ryggmargskompression", SK, "Onkologiska kliniken, Skånes universitetssjukhus Lund",
  ("Ingela Troedsson", L), "Läkaranteckning", "2024-04-14T20:30:00",
  [("Bedömning", "Känd bröstcancer med skelettmetastaser. Ny ryggsmärta och svaghet i benen sedan igår, "
    "urinretention. Misstänkt metastatisk ryggmärgskompression, akut MR och betametason 16 mg.")],
  must=H, why="hedged complication in palliative care", born="1957-10-15", sex="F", sign=30, setting="öppenvård")

C("hyp-fragestallning-i-egen-remiss", VG, "Medicinmottagningen, Uddevalla sjukhus",
  ("Dennis Palm", L), "Läkaranteckning", "2024-01-25T14:25:00",
  [("Planering", "Remiss till MR hjärna skickad med frågeställning demyeliniserande sjukdom? Svar om ca 4 veckor.")],
  must=H, why="the author's own open referral question, not yet answered", born="1994-03-28", sex="F")

C("hyp-vgr-synlig-plus-sokord", VG, "Endokrinmottagningen, Södra Älvsborgs Sjukhus Borås",
  ("Mira Ahl", L), "Läkaranteckning", "2024-05-03T10:50:00",
  [("Bedömning", "Trötthet, hypotoni och hudpigmentering. Misstänkt binjurebarksvikt, Synacthentest bokat."),
   ("Tidiga hypoteser", "Bakomliggande autoimmun polyendokrin sjukdom övervägs, tas inte upp förrän testet är gjort.")],
  must=H, why="the sökord hides one hypothesis but another stands in a visible section", born="1985-07-30", sex="F")

C("hyp-skane-rubrik-tidiga-hypoteser-i-vanlig-mall", SK, "Neurologimottagningen, Helsingborgs lasarett",
  ("Martin Sjö", L), "Läkaranteckning", "2024-08-09T11:00:00",
  [("Aktuellt", "Känselbortfall i vänster ben och ostadighet sedan 3 veckor."),
   ("Tidiga hypoteser", "Misstänkt MS, MR hjärna och ryggmärg beställd.")],
  must=H, why="Skåne filters by template, so a heading 'Tidiga hypoteser' in a Läkaranteckning stays visible",
  born="1990-10-19", sex="F")

# --- must with a near-miss context of the same family ------------------------------------

C("hyp-patienten-tror-migran-lakaren-misstanker-annat", SK, "Neurologiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Arne Wik", L), "Läkaranteckning", "2024-10-31T13:35:00",
  [("Anamnes", "Pat tror själv att huvudvärken är migrän som hos mamman."),
   ("Bedömning", "Morgonhuvudvärk med kräkningar, papillödem bilateralt. Misstänkt idiopatisk intrakraniell "
    "hypertension; MR/MR-venografi och lumbalpunktion med tryckmätning.")],
  must=H, why="patient's belief plus the clinician's own hedged diagnosis", born="1996-01-21", sex="F")

C("hyp-slakt-och-patient-trolig-hemokromatos", VG, "Medicinmottagningen, Alingsås lasarett",
  ("Göran Skog", L), "Läkaranteckning", "2024-11-28T09:50:00",
  [("Hereditet", "Bror har hemokromatos, homozygot C282Y."),
   ("Bedömning", "Transferrinmättnad 78 %, ferritin 1 150. Trolig hemokromatos även hos pat, gentest skickat.")],
  must=H, why="the hedge is about the patient, not only the brother", born="1966-09-24", sex="M")

C("hyp-avgjord-en-kvarstar-annan", SK, "Kirurgakuten, Helsingborgs lasarett",
  ("Alice Hammarström", L), "Akutanteckning", "2024-12-14T01:30:00",
  [("Bedömning", "Gallsten uteslutet med ultraljud, normala levervärden. Epigastriell smärta som strålar mot "
    "ryggen, lipas 4 gånger förhöjt. Trolig akut pankreatit av oklar orsak, inläggning för vätska och smärtlindring.")],
  must=H, why="one suspicion settled, a second diagnosis still hedged", born="1983-06-14", sex="M", sign=25,
  setting="akutmottagning")

C("hyp-prognos-och-misstankt-metastas", VG, "Onkologimottagningen, Sahlgrenska Universitetssjukhuset",
  ("Emil Nord", L), "Läkaranteckning", "2024-09-03T14:00:00",
  [("Bedömning", "Koloncancer opererad i våras, adjuvant behandling avslutad. Uppföljande DT visar en ny 12 mm "
    "förändring i lever segment 6, misstänkt levermetastas. MR lever beställd.")],
  must=H, why="suspected metastasis (contrast with stage-uncertainty near misses)", born="1959-11-08", sex="F")

C("hyp-oklar-sida-men-trolig-njursten", SK, "Akutmottagningen, Skånes universitetssjukhus Malmö",
  ("Tim Lindgren", L), "Akutanteckning", "2024-02-10T05:20:00",
  [("Bedömning", "Kolikartad flanksmärta, hematuri i stickan. Trolig njursten, pat kan inte säga vilken sida "
    "som började. DT urinvägar bokad, diklofenak given.")],
  must=H, why="side uncertainty beside a real hedged diagnosis", born="1979-03-05", sex="M", sign=20,
  setting="akutmottagning")

C("hyp-dos-och-ev-hypotyreos", VG, "Hjärtmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Rebecca Öst", L), "Läkaranteckning", "2024-04-18T10:30:00",
  [("Bedömning", "Amiodaron sedan ett år. TSH 12, trött och frusen. Ev. amiodaroninducerad hypotyreos; "
    "ev. sänkning av amiodarondosen diskuteras med elfysiologen.")],
  must=H, why="'ev.' twice: once on a diagnosis, once on a dose", born="1947-02-22", sex="M")

C("hyp-plan-och-mojlig-endometrios", SK, "Kvinnokliniken, Helsingborgs lasarett",
  ("Judith Pettersson", L), "Läkaranteckning", "2024-01-12T13:50:00",
  [("Bedömning", "Svår dysmenorré och djup dyspareuni sedan flera år, öm i bakre fornix. Möjlig endometrios. "
    "Eventuellt laparoskopi längre fram, först hormonell behandling med gestagen i 3 månader.")],
  must=H, why="'möjlig' on the diagnosis beside 'eventuellt' on the plan", born="1994-10-07", sex="F")

C("hyp-orsak-oklar-och-misstankt-sarkoidos", VG, "Lungmottagningen, Skaraborgs Sjukhus Skövde",
  ("Joel Ahlin", L), "Läkaranteckning", "2024-05-27T13:15:00",
  [("Bedömning", "Bilateral hilusadenopati på lungröntgen, erythema nodosum och ledvärk i fotlederna. "
    "Misstänkt sarkoidos (Löfgrens syndrom); bronkoskopi med BAL övervägs.")],
  must=H, why="eponym syndrome named as a hedged diagnosis", born="1986-04-11", sex="F")

# --- typos ----------------------------------------------------------------------------

C("typo-misstant-lymfom", VG, "Hematologmottagningen, Sahlgrenska Universitetssjukhuset",
  ("Lukas Fors", L), "Läkaranteckning", "2024-07-11T11:35:00",
  [("Bedömning", "Förstorade lymfkörtlar på halsen och i axillerna, nattsvett och viktnedgång. Misstänt lymfom, "
    "körtelexstirpation bokad.")],
  must=H, why="typo 'Misstänt' for misstänkt", sign=None, born="1975-12-09", sex="M")

C("typo-sannolkit-borrelia-neuro", SK, "Infektionskliniken, Skånes universitetssjukhus Lund",
  ("Tekla Rydh", L), "Läkaranteckning", "2024-08-16T14:30:00",
  [("Bedömning", "Facialispares höger efter fästingbett i juli, lätt huvudvärk. Sannolkit neuroborrelios, "
    "lumbalpunktion idag.")],
  must=H, why="typo 'Sannolkit' for sannolikt", born="1971-07-27", sex="F")

C("typo-trolgen-gikt", VG, "Reumatologmottagningen, Skaraborgs Sjukhus Skövde",
  ("Benjamin Ek", L), "Läkaranteckning", "2024-03-12T10:40:00",
  [("Bedömning", "Akut svullen, röd och het MTP I höger, urat 520. Trolgen gikt, ledpunktion ej möjlig i liten led. "
    "Kolkicin i 3 dagar.")],
  must=H, why="typo 'Trolgen' for troligen on gout", born="1962-06-01", sex="M", sign=None)

C("typo-trolig-lakunar-infarct", SK, "Strokeenheten, Skånes universitetssjukhus Lund",
  ("Hilda Kronberg", L), "Daganteckning", "2024-06-21T09:05:00",
  [("Bedömning", "Övergående dysartri och klumpig hand höger, MR med liten DWI-positiv förändring i capsula "
    "interna. Trolig lakunär infarct, utred vidare med Holter.")],
  must=H, why="typo 'infarct' in the hedged diagnosis", born="1955-09-17", sex="M", setting="slutenvård")

C("typo-ingen-missanke-om-cancer", VG, "Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås",
  ("Annelie Grönqvist", L), "Läkaranteckning", "2024-05-15T10:05:00",
  [("Bedömning", "Knöl i höger bröst sedan en månad. Ultraljud: typiskt fibroadenom 14 mm, mellannålsbiopsi "
    "benign. Ingen missanke om cancer, pat informerad och lugnad.")],
  must_not=NOT1, why="typo 'missanke' in a negated mention", born="1997-02-25", sex="F")

C("typo-prognsen-osaker-hjartstopp", SK, "Intensivvårdsavdelningen, Helsingborgs lasarett",
  ("Ruben Sjölander", L), "Daganteckning", "2024-10-26T11:20:00",
  [("Bedömning", "Dag 3 efter hjärtstopp utanför sjukhus, STEMI behandlad med PCI. Vaknar ej efter sederingsuppehåll. "
    "Prognsen för neurologisk återhämtning är osäker; neurologisk bedömning enligt PM på dag 4.")],
  must_not=H, why="typo 'Prognsen'; uncertainty about recovery, not about the diagnosis", born="1961-01-09", sex="M",
  setting="slutenvård")

C("typo-osakter-opdatum-grastarr", VG, "Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal",
  ("Hanne Rask", SSK), "Telefonanteckning", "2024-11-05T10:10:00",
  [("Åtgärd", "Katarakt bilateralt, höger öga opereras först. Pat ringer om operationsdatum som fortfarande är "
    "osäkter, troligen i januari. Står på väntelistan, kallelse skickas.")],
  must_not=H, why="typo 'osäkter'; uncertain operation date", born="1938-05-16", sex="F", sign=10)

C("typo-utsluten-fraktur", SK, "Akutmottagningen, Ystads lasarett",
  ("Axel Wiberg", L), "Akutanteckning", "2024-09-21T13:40:00",
  [("Bedömning", "Fall från stege, ont i höger höft. DT bäcken: fraktur utsluten. Kontusion höger höft, "
    "gånghjälpmedel vid behov, åter om inte bättre på en vecka.")],
  must_not=H, why="typo 'utsluten' for utesluten in a negated finding", born="1970-08-30", sex="M", sign=30,
  setting="akutmottagning")

C("typo-mjoligen-celiaki", VG, "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan",
  ("Ivar Lundgren", L), "Läkaranteckning", "2024-02-02T13:20:00",
  [("Bedömning", "Magont och lös avföring sedan ett halvår, transglutaminas-IgA lätt förhöjt. Mjöligen celiaki, "
    "EMA skickat.")],
  must=H, why="typo 'Mjöligen' for möjligen (child 7 y)", born="2016-07-04", sex="M")

C("typo-diffdiagnos-lupus", SK, "Reumatologimottagningen, Skånes universitetssjukhus Lund",
  ("Selin Aksoy", L), "Läkaranteckning", "2024-07-24T10:25:00",
  [("Bedömning", "Fotosensitivt utslag, ledvärk och ANA 1:640. Differentialdiagnsoer: SLE, läkemedelsutlöst lupus "
    "(hydralazin). Anti-dsDNA och komplement tagna.")],
  must=H, why="typo 'Differentialdiagnsoer' listing hedged diagnoses", born="1987-11-19", sex="F")

C("typo-hereditet-mamma-trlig-demens", VG, "Geriatriska mottagningen, Mölndals sjukhus",
  ("Kajsa Holmberg", L), "Läkaranteckning", "2024-12-03T14:10:00",
  [("Hereditet", "Mamma hade trlig Alzheimer men blev aldrig utredd."),
   ("Bedömning", "Subjektiv minnesstörning, MMSE 29, normalt klocktest. Ingen kognitiv sjukdom, oron är begriplig "
    "med tanke på mammans förlopp. Ny kontakt vid försämring.")],
  must_not=H, why="typo 'trlig' in a mother's history; patient found free of disease", born="1962-10-28", sex="F")

# --- multi-note records -----------------------------------------------------------------

CM("flernot-gikt-misstankt-sedan-bekraftad", SK, "1958-12-15", "M", [
    note("n1", SK, "Reumatologimottagningen, Skånes universitetssjukhus Malmö", ("Ebbe Lund", L),
         "Läkaranteckning", "2024-03-04T09:30:00",
         [("Bedömning", "Akut svullen och röd MTP I höger sedan 2 dagar, urat 510. Misstänkt gikt, naproxen i en vecka.")]),
    note("n2", SK, "Reumatologimottagningen, Skånes universitetssjukhus Malmö", ("Ebbe Lund", L),
         "Läkaranteckning", "2024-03-11T10:00:00",
         [("Bedömning", "Nu även svullet vänster knä, ledpunktion: negativt dubbelbrytande nålformiga kristaller. "
           "Gikt bekräftad och pat informerad. Allopurinol startas när attacken lagt sig, eventuellt redan nästa vecka.")]),
], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
   why="hedged in the first note, settled in the second (which keeps only a plan hedge)")

CM("flernot-vgr-jarnbrist-orsak-oklar-sokord", VG, "1956-06-07", "F", [
    note("n1", VG, "Medicinmottagningen, Kungälvs sjukhus", ("Oskar Lindén", L), "Läkaranteckning",
         "2024-04-15T13:00:00",
         [("Bedömning", "Järnbristanemi, Hb 102, ferritin 6. Orsaken är ännu oklar; gastroskopi och koloskopi är bokade."),
          ("Tidiga hypoteser", "Kolorektal cancer måste övervägas hos 68-åring med järnbrist, tas inte upp förrän "
           "koloskopin är gjord.")]),
    note("n2", VG, "Medicinmottagningen, Kungälvs sjukhus", ("Oskar Lindén", L), "Läkaranteckning",
         "2024-05-06T14:00:00",
         [("Bedömning", "Koloskopi utan patologi. Duodenalbiopsierna visar totalvillusatrofi och celiaki är bekräftad. "
           "Pat informerad, remiss till dietist för glutenfri kost.")]),
], must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
   why="visible text hedges only the cause; the hypothesis sits under the sökord and is later settled")

CM("flernot-tidiga-hypoteser-mall-och-synlig-hedge", SK, "1980-11-03", "F", [
    note("n1", SK, "Kvinnokliniken, Centralsjukhuset Kristianstad", ("Matilda Lööf", L), "Tidiga hypoteser",
         "2024-06-24T10:00:00",
         [("Bedömning", "Ultraljudsfynd kan passa med borderlinetumör i höger ovarium, bör diskuteras på MDK "
           "innan pat informeras.")]),
    note("n2", SK, "Kvinnokliniken, Centralsjukhuset Kristianstad", ("Matilda Lööf", L), "Läkaranteckning",
         "2024-06-24T10:15:00",
         [("Bedömning", "Cysta i höger ovarium, 5 cm. Vi återkommer när röntgenronden har tittat på bilderna, "
           "troligen inom två veckor."),
          ("Övrigt", "Pat undrar om cystan kan vara orsaken till hennes ryggvärk, vilket vi inte tror.")]),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
   why="hypothesis in the protected template; visible note hedges only timing and a patient's question")

CM("flernot-avgjord-och-ny-hypotes", VG, "1972-08-18", "M", [
    note("n1", VG, "Akutmottagningen, Skaraborgs Sjukhus Skövde", ("Pernilla Hed", L), "Akutanteckning",
         "2024-09-07T22:10:00",
         [("Bedömning", "Bröstsmärta, troponin negativt x 2, normalt EKG. Akut koronart syndrom avskrivet. "
           "Muskuloskeletal bröstsmärta, reproducerbar vid palpation; troligen var det bärandet av tunga lådor "
           "vid flytten i helgen som utlöste den.")], sign=30, setting="akutmottagning"),
    note("n2", VG, "Medicinmottagningen, Skaraborgs Sjukhus Skövde", ("Jan Rönn", L), "Läkaranteckning",
         "2024-09-20T10:00:00",
         [("Bedömning", "Återbesök. Smärtan har bytt karaktär, brännande och måltidsrelaterad. Möjlig "
           "refluxesofagit, PPI-prövning i 4 veckor.")]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
   why="first note settles ACS and hedges only a cause; the follow-up note hedges a new diagnosis")

# --- long must notes ------------------------------------------------------------------

C("hyp-lang-psykiatri-trolig-bipolar", VG, "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset",
  ("Mikaela Strand", L), "Nybesöksanteckning", "2024-09-25T13:00:00",
  [("Kontaktorsak", "Egenremiss via 1177 pga nedstämdhet och sömnproblem sedan i våras."),
   ("Anamnes", "Beskriver perioder sedan 19-årsåldern då hon är nedstämd i veckor, sover mycket och drar sig undan. "
    "Mellan dessa har hon haft kortare perioder, några dagar upp till en vecka, med minskat sömnbehov, mycket "
    "idéer och ökad pratighet; hon har då bl.a. anmält sig till tre kurser samtidigt och handlat för 15 000 kr. "
    "Hon tror själv att hon har ADHD eftersom hon alltid haft svårt att fokusera, något hon läst om på sociala "
    "medier. Sömnen är nu 10–11 timmar per natt men hon vaknar ändå trött. Aptiten är minskad och hon har gått "
    "ner 3 kg sedan i våras. Orkar inte läsa, koncentrationen är sämre än vanligt. Alkohol 4–6 glas per helg, inga droger. Arbetar som undersköterska på äldreboende, sjukskriven "
    "sedan tre veckor."),
   ("Hereditet", "Morfar hade troligen manodepressiv sjukdom och vårdades flera gånger på Lillhagen, men journaler "
    "saknas. Mamma behandlas för depression."),
   ("Social anamnes", "Bor med sambo i hyreslägenhet i Majorna, inga barn, har en nära väninna. Ekonomin är "
    "ansträngd efter köpperioderna och hon har en skuld på ca 40 000 kr hos ett kreditbolag. Sköter arbetet bra "
    "när hon mår bra, men har haft flera kortare sjukskrivningar de senaste åren."),
   ("Somatiskt", "Frisk, inga läkemedel utöver p-piller. Blodstatus, TSH, leverprover och kreatinin tas idag."),
   ("Psykiskt status", "Vaken, orienterad, god kontakt. Sänkt grundstämning, adekvat affekt. Inga psykotiska symtom. "
    "Förnekar suicidtankar, inga planer. Ingen pågående hypomani."),
   ("Skattningar", "MADRS-S 26. MDQ positiv."),
   ("Bedömning", "Aktuell depressiv episod av måttlig grad. Anamnesen med återkommande korta perioder av förhöjt "
    "stämningsläge gör bipolär sjukdom typ II trolig; differentialdiagnos är återkommande depression med "
    "emotionell instabilitet. ADHD-frågan tas upp igen när stämningsläget stabiliserats."),
   ("Planering", "Strukturerad diagnostisk intervju och livsdiagram vid nästa besök om två veckor, ev. med mamma "
    "som komplement. Antidepressiv monoterapi avvaktas. Sjukskrivningen förlängs fyra veckor."),
   ("Suicidriskbedömning", "Inga tidigare suicidförsök och inga suicidtankar nu. Skyddande faktorer är sambon och "
    "arbetet. Låg akut risk; hon vet hur hon når mottagningen och psykiatriska akutmottagningen.")],
  must=H, why="long psychiatric note: a hedged bipolar diagnosis among a patient belief, family history and plan hedges",
  born="1997-04-03", sex="F", sign=75)

C("hyp-lang-barn-trolig-celiaki", VG, "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan",
  ("Agnes Lindholm", L), "Nybesöksanteckning", "2024-03-15T10:00:00",
  [("Remissorsak", "Remiss från vårdcentralen pga magont och avplanande viktkurva. Remissens fråga: 'Utredning av "
    "buksmärta, ev. laktosintolerans?'"),
   ("Anamnes", "11-årig flicka, tidigare frisk. Magont runt naveln flera gånger i veckan sedan ett år, lös avföring "
    "2–3 gånger per dag, trött. Har ätit laktosfritt sedan i höstas utan förbättring. Mamma undrar om det kan "
    "vara stress i skolan eftersom besvären började när hon bytte klass. Moster har celiaki, morfar har typ "
    "1-diabetes."),
   ("Tidigare", "Född i fullgången tid, normal utveckling, vaccinerad enligt programmet. Inga läkemedel, inga kända "
    "allergier."),
   ("Socialt", "Bor med mamma, pappa och lillebror i Vänersborg. Går i femman och spelar handboll, men har orkat "
    "mindre i vår."),
   ("Status", "Längd 141 cm (-0,5 SD, tidigare +0,5 SD), vikt 30 kg. Blek, i övrigt opåverkad. Buken mjuk, lätt "
    "utspänd, ingen ömhet. Inga munsår, normal hud."),
   ("Lab", "Hb 106, ferritin 5, transglutaminas-IgA 128 (ref <7), totalt IgA normalt. Endomysieantikroppar "
    "skickade, svar troligen om en vecka. CRP <1, albumin 36, leverprover normala, TSH 2,1."),
   ("Bedömning", "Trolig celiaki med järnbristanemi och tillväxtpåverkan. Laktosintolerans är inte aktuell som "
    "förklaring då besvären kvarstått trots laktosfri kost. Om EMA är positiv kan diagnosen ställas utan "
    "gastroskopi enligt gällande riktlinjer, annars görs gastroskopi med biopsier."),
   ("Planering", "Fortsatt vanlig glutenhaltig kost tills utredningen är klar. Järn 5 mg/kg/dag, ev. dosjustering "
    "vid nästa besök. Återbesök om tre veckor med EMA-svar; dietistkontakt ordnas när diagnosen är fastställd.")],
  must=H, why="long child note: answered referral question, parent's idea, aunt's disease and a real 'trolig celiaki'",
  born="2012-09-27", sex="F", sign=80)

C("hyp-lang-akut-buksmarta-lang", SK, "Kirurgiska kliniken, Centralsjukhuset Kristianstad",
  ("Leo Sandström", L), "Inskrivningsanteckning", "2024-11-16T23:30:00",
  [("Kontaktorsak", "Buksmärta sedan i morse, tilltagande, kräkningar x 3. Har inte kunnat äta något idag."),
   ("Anamnes", "72-årig man, opererad för kolorektal cancer 2019 med ändtarmsresektion, därefter fri från återfall "
    "vid kontrollerna. För ett år sedan hade han en liknande episod med smärta och kräkningar som gick över av "
    "sig själv efter ett dygn, han sökte då inte vård. Förmaksflimmer på warfarin. Har inte haft avföring eller gaser sedan igår kväll. Han är "
    "osäker på om han ätit något olämpligt, kanske räkor på en fest i går. Hustrun har magsjuka sedan två dagar."),
   ("Status", "Påverkad av smärta, afebril. Buken uppspänd, tympanistisk, diffust öm utan peritonitretning. "
    "Livliga, metalliska tarmljud. Inga bråck i ljumskarna. Puls oregelbunden 96, blodtryck 138/84."),
   ("Läkemedel", "Warfarin enligt dosering, metoprolol 50 mg x 1, atorvastatin 40 mg x 1. Penicillin gav "
    "utslag i barndomen."),
   ("Socialt", "Pensionerad lärare, bor med hustrun i radhus i Åhus, helt självständig och promenerar dagligen."),
   ("Status forts", "Hjärta oregelbunden rytm utan blåsljud. Lungor vesikulärt andningsljud bilateralt. "
    "Rektalpalpation: tom ampull, inget blod på handsken."),
   ("Lab", "CRP 24, LPK 11,2, laktat 1,6, PK 2,6, kreatinin 104."),
   ("DT buk", "Vidgade tunntarmsslyngor med kaliberväxling i nedre buken, ingen fri gas, inga tecken på ischemi."),
   ("Bedömning", "Tunntarmsileus, sannolikt på grund av adherenser efter tidigare operation. Recidiv av "
    "koloncancer kan inte uteslutas som orsak, men inget på DT talar för det. Ingen akut operationsindikation "
    "ikväll; prognosen för konservativ behandling är troligen god."),
   ("Åtgärd", "Nasogastrisk sond, dropp, fasta. Gastrografin per sond med buköversikt om 8 timmar. Warfarin "
    "pausas, ev. Konakion om operation blir aktuellt. Hustrun informerad per telefon på pat:s begäran."),
   ("Övervakning", "Vitalparametrar var fjärde timme, timdiures via kateter, NEWS 3 vid ankomst. Dropp "
    "Ringer-Acetat 100 ml/h. Morfin 2,5 mg iv vid behov, paracetamol 1 g iv x 4. Blodgruppering och "
    "BAS-test tagna."),
   ("Planering", "Ny bedömning av bakjour i morgon bitti. Om kontrasten inte passerat till kolon inom 24 timmar "
    "övervägs operation. Koloskopin enligt uppföljningsprogrammet i januari ligger kvar.")],
  must=H, why="long surgical note: causes, prognosis and plan hedged, and 'recidiv kan inte uteslutas' is a real hedge",
  born="1952-04-14", sex="M", sign=70, setting="slutenvård")

C("hyp-lang-hemsjukvard-asih-mojlig-depression", VG, "ASIH, Sahlgrenska Universitetssjukhuset",
  ("Helga Sjöstrand", SSK), "Sjuksköterskeanteckning", "2024-12-12T15:00:00",
  [("Aktuellt", "Hembesök. Känd prostatacancer med skelettmetastaser, palliativ fas. Smärtan i ryggen är bättre "
    "sedan oxikodon höjdes, skattar 3/10 i vila. Har haft förstoppning sedan i söndags, troligen av opioiden."),
   ("Omvårdnad", "Äter små portioner, dricker ca en liter om dagen. Huden hel, inga tryckmärken. Sover mycket på "
    "dagarna. Hustrun berättar att han har slutat läsa tidningen, inte vill träffa barnbarnen och säger att "
    "allt är meningslöst."),
   ("Bedömning", "Smärtan rimligt kontrollerad. Förstoppning, sannolikt opioidrelaterad. Möjlig depression, "
    "behöver läkarbedömning. Hur länge han orkar vara hemma är osäkert, hustrun är trött."),
   ("Åtgärd", "Movicol 2 påsar dagligen, Laktulos vid behov. Läkare informerad om stämningsläget, besök på torsdag. "
    "Eventuellt korttidsplats till helgen om hustrun behöver avlastning; hon vill fundera.")],
  must=H, why="palliative nurse note: cause, course and plan hedged, but 'möjlig depression' is a hedged diagnosis",
  born="1941-06-23", sex="M", sign=50, setting="hemsjukvård")

# --- extra near misses: other clinics and styles ----------------------------------------

C("nm-ev-kontroll-telegrafisk", VG, "Ortopedmottagningen, Alingsås lasarett",
  ("Erik Söder", L), "Läkaranteckning", "2024-01-29T15:00:00",
  [("Bedömning", "Gonartros med. kompartment höger, rtg-verifierad. Kortisoninj. given. Ev. ny inj. om 3 mån, "
    "ev. remiss protesbed. om ej bättre. Fortsatt FT.")],
  must_not=H, why="telegraphic: 'ev.' only on injections and referral", born="1953-10-12", sex="F")

C("nm-mojligen-sjukskrivning", SK, "Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö",
  ("Rania Bakr", L), "Läkaranteckning", "2024-02-12T10:20:00",
  [("Bedömning", "Triggerfinger dig III höger, opererad 2 v sedan, fint läkt. Kan möjligen återgå till arbete som "
    "snickare om en vecka, sjukskrivning förlängs t.o.m. 25/2.")],
  must_not=H, why="'möjligen' about return to work", born="1977-03-19", sex="M")

C("nm-kanske-tandvard-diabetes-barn", SK, "Barndiabetesmottagningen, Helsingborgs lasarett",
  ("Sonja Möller", SSK), "Sjuksköterskeanteckning", "2024-05-23T13:30:00",
  [("Aktuellt", "Typ 1-diabetes sedan 2021. Sensor visar TIR 68 %. Insulinkvoten till frukost behöver kanske "
    "ökas, mamma ser toppar efter flingor. Vi provar 1 E/8 g kolhydrat i två veckor.")],
  must_not=H, why="'kanske' about an insulin ratio (child 10 y)", born="2014-01-30", sex="F")

C("nm-fragetecken-pa-tid-inte-diagnos", VG, "Hjärtmottagningen, NÄL Trollhättan",
  ("Linda Axén", SSK), "Telefonanteckning", "2024-06-14T09:10:00",
  [("Åtgärd", "Pacemakerkontroll? Pat vet inte om den är bokad. Kontrollerat: bokad 3/7 kl 10. "
    "Pacemaker sedan 2019 pga AV-block III, fungerar väl enligt senaste avläsning.")],
  must_not=H, why="the '?' is about a booking, not a diagnosis", born="1938-12-01", sex="M", sign=5)

C("nm-misstanke-om-fastning-biverkan-inte", SK, "Lung- och allergimottagningen, Helsingborgs lasarett",
  ("Vanja Eriksson", SSK), "Sjuksköterskeanteckning", "2024-10-09T10:40:00",
  [("Aktuellt", "Astma, kontroll. Pat misstänker själv att den nya hostmedicinen från apoteket gav honom "
    "hjärtklappning; han har slutat med den och besvären försvann. Inhalationer oförändrade.")],
  must_not=H, why="patient suspects a drug effect; no diagnosis hedged", born="1981-07-09", sex="M")

C("nm-latin-dubia-prognos", VG, "Neurokirurgiska avdelningen, Sahlgrenska Universitetssjukhuset",
  ("Carina Hjelm", L), "Daganteckning", "2024-11-22T10:00:00",
  [("Bedömning", "Traumatisk subduralhematom vänster, utrymd igår. Vaken, följer uppmaningar, afasisk. "
    "Prognos quoad functionem dubia, quoad vitam god. Mobilisering med FT och logoped imorgon.")],
  must_not=H, why="Latin 'dubia' prognosis after a confirmed, operated haematoma", born="1948-08-04", sex="M",
  setting="slutenvård")

C("nm-eponym-oklart-vilken-trigger", SK, "Hudmottagningen, Centralsjukhuset Kristianstad",
  ("Axelina Friis", L), "Läkaranteckning", "2024-03-25T11:00:00",
  [("Bedömning", "Raynauds fenomen, primärt, normal kapillärmikroskopi och negativ ANA. Oklart om det är kylan "
    "eller vibrationerna från slipmaskinen på jobbet som utlöser mest. Handskar, värmande åtgärder.")],
  must_not=H, why="eponym diagnosis settled; uncertainty about which trigger", born="1990-02-08", sex="F")

C("nm-dos-osaker-pa-sitt-intag", SK, "Njurmedicinska mottagningen, Skånes universitetssjukhus Lund",
  ("Harald Nyman", L), "Läkaranteckning", "2024-06-26T09:40:00",
  [("Bedömning", "Njurtransplanterad 2018, stabil funktion, kreatinin 118. Takrolimus-dalvärde 4,2; pat är "
    "osäker på om hon tog morgondosen för tidigt idag. Nytt prov om en vecka innan dosen ändras.")],
  must_not=H, why="patient unsure of dose timing; transplant status settled", born="1974-09-02", sex="F")

C("nm-ssk-komplikation-misstanks-ej", VG, "Urologavdelningen, Skaraborgs Sjukhus Skövde",
  ("Stina Fahlén", SSK), "Omvårdnadsanteckning", "2024-08-24T07:15:00",
  [("Omvårdnad", "Dag 1 efter TURP. Urinen ljusröd, spoldropp går bra, inga koagel. Blödning som kräver åtgärd "
    "misstänks ej. Kateter kvar till imorgon enligt ordination.")],
  must_not=H, why="'misstänks ej' negates a complication", born="1944-03-06", sex="M", setting="slutenvård")

C("nm-hedgad-tidpunkt-menstruation", SK, "Kvinnokliniken, Helsingborgs lasarett",
  ("Tora Lindskog", BM), "Barnmorskeanteckning", "2024-04-19T09:10:00",
  [("Aktuellt", "Tidigt ultraljud i graviditeten, osäker sista mens. Graviditetslängd enligt ultraljud 9+3, "
    "fosterhjärtljud syns. Beräknad förlossning 20/11.")],
  must_not=H, why="uncertainty about the last period, pregnancy confirmed", born="1990-06-06", sex="F")

C("nm-remiss-fraga-citerad-fragetecken-nej", SK, "Kardiologmottagningen, Ystads lasarett",
  ("Zara Ek", L), "Konsultationssvar", "2024-02-28T13:50:00",
  [("Frågeställning", "Angina pectoris?"),
   ("Svar", "Nej. Arbetsprov till 180 W utan bröstsmärta eller ischemitecken, normal blodtrycksreaktion. Inga "
    "hållpunkter för kranskärlssjukdom. Åter till remittenten.")],
  must_not=H, why="referral question with '?', answered no", born="1967-11-04", sex="M")

C("nm-oro-for-atergang-cancer", VG, "Onkologimottagningen, Sahlgrenska Universitetssjukhuset",
  ("Signe Hall", SSK), "Telefonanteckning", "2024-03-08T14:45:00",
  [("Kontaktorsak", "Pat ringer, orolig att bröstcancern kommit tillbaka eftersom hon har ont i höger höft."),
   ("Åtgärd", "Smärtan började efter en lång promenad och sitter lateralt vid trokantern. Läkare konsulterad: "
    "skelettscint gjord i maj var normal och inga nya fynd talar för återfall. Bokas för klinisk undersökning "
    "nästa vecka.")],
  must_not=H, why="patient's fear of a recurrence; nothing hedged by staff", born="1961-04-09", sex="F", sign=15)

C("nm-avgjort-i-samma-not-borrelia-nej", SK, "Infektionsmottagningen, Helsingborgs lasarett",
  ("Moses Ali", L), "Läkaranteckning", "2024-09-27T10:30:00",
  [("Bedömning", "Remitterad med frågan om trolig neuroborrelios pga trötthet och värk. Borreliaserologin är "
    "negativ och likvor normal. Ingen borreliainfektion; vi återremitterar för fortsatt utredning av tröttheten.")],
  must_not=H, why="referral's 'trolig' answered negative in the same note", born="1978-02-20", sex="F")

C("nm-ingen-hallpunkt-malignitet", VG, "Kirurgmottagningen, Uddevalla sjukhus",
  ("Klas Hjalmarsson", L), "Läkaranteckning", "2024-12-16T11:10:00",
  [("Bedömning", "Knuta på halsen höger, ultraljud och finnål: benign lymfkörtel med reaktiva förändringar. "
    "Inga hållpunkter för malignitet. Ingen ytterligare utredning.")],
  must_not=H, why="negated 'inga hållpunkter för'", born="1999-12-24", sex="F")


# =========================================================================== validation

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL206"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        nm = c.get("case")
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % nm)
        r = c["record"]
        if set(r) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            errs.append("%s: patient keys" % nm)
        pid = p["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format" % nm)
        else:
            digits = pid[2:8] + pid[9:12]
            if luhn_digit(digits) != pid[12]:
                errs.append("%s: Luhn" % nm)
            if pid[:8] != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % nm)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not in 2024" % nm)
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n)))
            ids.add(n["id"])
            for k in ("time", "signed"):
                if n[k] is not None and not n[k].startswith("2024-"):
                    errs.append("%s: %s not in 2024" % (nm, k))
            t = dt.datetime.fromisoformat(n["time"])
            if n["signed"] is not None and dt.datetime.fromisoformat(n["signed"]) < t:
                errs.append("%s: signed before time" % nm)
            if dt.datetime.fromisoformat(r["as_of"]) < t:
                errs.append("%s: as_of before note" % nm)
            a = age_at(p["birth_date"], t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d" % (nm, a))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note must be Melior" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %s" % (nm, seen[sent][0], sent))
                        seen.setdefault(sent, (nm, n["id"], s["keyword"]))
        notes_by_id = {n["id"]: n for n in r["notes"]}
        if len(notes_by_id) != len(r["notes"]):
            errs.append("%s: duplicate note ids" % nm)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[0] not in CODES or item[1] not in ids:
                    errs.append("%s: bad target %s" % (nm, item))
                    continue
                if tuple(item) in pairs:
                    errs.append("%s: %s in both lists or twice" % (nm, item))
                pairs.add(tuple(item))
        for code, nid in c["must"]:
            n = notes_by_id.get(nid)
            if n is None:
                continue
            if code == "NL102" and n["system"] != "Melior":
                errs.append("%s: NL102 must on non-Melior note" % nm)
            if code == "NL102" and c["ruleset"] == "skane" and n["template"] == "Tidiga hypoteser":
                errs.append("%s: NL102 must on protected template" % nm)
            if code == "NL101" and n["system"] == "PMO":
                errs.append("%s: NL101 asserted on PMO" % nm)
        for code, nid in c["must_not"]:
            if code == "NL101" and notes_by_id.get(nid, {}).get("system") == "PMO":
                errs.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read what was written and validate again
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    if back != CASES:
        errs.append("written file differs from data")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))


if __name__ == "__main__":
    main()
