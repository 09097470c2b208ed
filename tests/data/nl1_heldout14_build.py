#!/usr/bin/env python3
"""Gold cases nl1_heldout14_cases: NL101 / NL102 (and a little NL104) across many clinics.

Dependency-free, deterministic. `python3 build.py` writes nl1_heldout14_cases.jsonl beside
this file and validates it; exit status 1 on any problem.

Written from the regional routines (shared/seeds) and the rule catalog (shared/DESIGN.md)
only. Conventions follow shared/data/devset/README.md:
  - Skåne hospitals write in Melior, Skåne primary care (vårdcentral, BVC,
    ungdomsmottagning, hemsjukvård) in PMO; VGR notes are always Melior (primary care too).
  - Skåne hides by template (note.template == "Tidiga hypoteser"); VGR by sökord
    (section keyword "Tidiga hypoteser").
  - NL101 is never asserted on PMO notes; hedged diagnoses in PMO notes are must_not NL102.
  - NL104 is asserted only for an entry with no hypothesis at all, or with a diagnosis that
    is both settled and told to the patient.
  - Patients are under 13 or 16 and older at the time of the note.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout14_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# unit key -> (name, hsa_id, region, system)
UNITS = {
    # --- Region Skåne, hospitals (Melior)
    "skane-onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1101", "skane", "Melior"),
    "skane-akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1102", "skane", "Melior"),
    "skane-kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-1103", "skane", "Melior"),
    "skane-med": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-1104", "skane", "Melior"),
    "skane-neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1105", "skane", "Melior"),
    "skane-hud": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1106", "skane", "Melior"),
    "skane-uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1107", "skane", "Melior"),
    "skane-kk": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-1108", "skane", "Melior"),
    "skane-psyk": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-1109", "skane", "Melior"),
    "skane-bup": ("Barn- och ungdomspsykiatrisk mottagning Lund", "SE2321000255-1110", "skane", "Melior"),
    "skane-barn": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-1111", "skane", "Melior"),
    "skane-orto": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-1112", "skane", "Melior"),
    "skane-lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1113", "skane", "Melior"),
    "skane-hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1114", "skane", "Melior"),
    "skane-gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1115", "skane", "Melior"),
    "skane-minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1116", "skane", "Melior"),
    "skane-gen": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-1117", "skane", "Melior"),
    "skane-kardio": ("Kardiologiska kliniken, Helsingborgs lasarett", "SE2321000255-1118", "skane", "Melior"),
    "skane-onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1119", "skane", "Melior"),
    "skane-inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1120", "skane", "Melior"),
    "skane-reuma": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1121", "skane", "Melior"),
    "skane-ogon": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-1122", "skane", "Melior"),
    "skane-geri": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-1123", "skane", "Melior"),
    "skane-pall": ("Palliativa enheten, Ängelholms sjukhus", "SE2321000255-1124", "skane", "Melior"),
    "skane-psyk-avd": ("Psykiatrisk heldygnsvård avd 5, Psykiatri Lund", "SE2321000255-1125", "skane", "Melior"),
    # --- Region Skåne, primary care (PMO)
    "skane-vc-nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-2201", "skane", "PMO"),
    "skane-vc-husensjo": ("Vårdcentralen Husensjö, Helsingborg", "SE2321000255-2202", "skane", "PMO"),
    "skane-vc-linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2203", "skane", "PMO"),
    "skane-bvc": ("Barnavårdscentralen Simrishamn", "SE2321000255-2204", "skane", "PMO"),
    "skane-umo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-2205", "skane", "PMO"),
    "skane-hsv": ("Hemsjukvården Eslöv", "SE2321000255-2206", "skane", "PMO"),
    "skane-vc-tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-2207", "skane", "PMO"),
    # --- Västra Götalandsregionen (Melior, also primary care)
    "vgr-onk": ("Onkologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3301", "vgr", "Melior"),
    "vgr-akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3302", "vgr", "Melior"),
    "vgr-med": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-3303", "vgr", "Melior"),
    "vgr-kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-3304", "vgr", "Melior"),
    "vgr-neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3305", "vgr", "Melior"),
    "vgr-psyk": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-3306", "vgr", "Melior"),
    "vgr-kk": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-3307", "vgr", "Melior"),
    "vgr-barn": ("Drottning Silvias barn- och ungdomssjukhus, Göteborg", "SE2321000131-3308", "vgr", "Melior"),
    "vgr-lung": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3309", "vgr", "Melior"),
    "vgr-uro": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-3310", "vgr", "Melior"),
    "vgr-hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3311", "vgr", "Melior"),
    "vgr-orto": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-3312", "vgr", "Melior"),
    "vgr-hemat": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3313", "vgr", "Melior"),
    "vgr-vc-angered": ("Närhälsan Angered vårdcentral", "SE2321000131-3314", "vgr", "Melior"),
    "vgr-vc-lerum": ("Närhälsan Lerum vårdcentral", "SE2321000131-3315", "vgr", "Melior"),
    "vgr-vc-hjo": ("Närhälsan Hjo vårdcentral", "SE2321000131-3316", "vgr", "Melior"),
    "vgr-geri": ("Minnesmottagningen, Geriatrik Mölndals sjukhus", "SE2321000131-3317", "vgr", "Melior"),
    "vgr-inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-3318", "vgr", "Melior"),
    "vgr-kardio": ("Kardiologiska kliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-3319", "vgr", "Melior"),
    "vgr-reuma": ("Reumatologmottagningen, Alingsås lasarett", "SE2321000131-3320", "vgr", "Melior"),
    "vgr-ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-3321", "vgr", "Melior"),
    "vgr-onh": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3322", "vgr", "Melior"),
    "vgr-gastro": ("Gastromottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-3323", "vgr", "Melior"),
    "vgr-asih": ("ASIH-teamet, NU-sjukvården Uddevalla", "SE2321000131-3324", "vgr", "Melior"),
    "vgr-endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-3325", "vgr", "Melior"),
    "vgr-psyk-aff": ("Affektiva mottagningen, Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-3326", "vgr", "Melior"),
    "vgr-stroke": ("Strokeenheten avd 135, Sahlgrenska Universitetssjukhuset", "SE2321000131-3327", "vgr", "Melior"),
}

TH = "Tidiga hypoteser"
LK = "läkare"
SSK = "sjuksköterska"

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNN with a Luhn check digit over YYMMDDNNN."""
    y, m, d = birth.split("-")
    body = y[2:] + m + d + serial
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return "%s%s%s-%s%d" % (y, m, d, serial, check)


def luhn_ok(pn):
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pn)
    if not m:
        return False
    digits = pn[2:8] + pn[9:13]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def N(nid, template, author, role, time, signed, sections, setting="öppenvård", unit=None, refs=()):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None for a draft."""
    return {"_unit": unit, "id": nid, "template": template, "author": author, "role": role,
            "time": time, "signed": signed, "setting": setting, "refs": list(refs),
            "sections": [list(s) for s in sections]}


def _iso(t):
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M")


def add(name, unit, birth, serial, notes, must=(), must_not=(), why=""):
    region = UNITS[unit][2]
    out_notes = []
    latest = None
    for n in notes:
        ukey = n["_unit"] or unit
        uname, hsa, ureg, system = UNITS[ukey]
        if ureg != region:
            raise SystemExit("%s: note %s unit %s is not in region %s" % (name, n["id"], ukey, region))
        t = _iso(n["time"])
        signed = None if n["signed"] is None else (t + _dt.timedelta(minutes=n["signed"])).isoformat()
        latest = t if latest is None or t > latest else latest
        out_notes.append({
            "id": n["id"], "system": system, "template": n["template"],
            "unit": {"name": uname, "hsa_id": hsa},
            "author": {"name": n["author"], "role": n["role"]},
            "time": t.isoformat(), "signed": signed, "setting": n["setting"],
            "refs": n["refs"],
            "sections": [{"keyword": k, "text": txt} for k, txt in n["sections"]],
        })
    as_of = (latest + _dt.timedelta(days=1)).replace(hour=0, minute=0)
    if as_of.year != 2024:
        as_of = _dt.datetime(2024, 12, 31)

    def targets(items):
        res = []
        for it in items:
            if isinstance(it, str):
                res.append([it, "n1"])
            else:
                res.append([it[0], it[1]])
        return res

    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": out_notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": targets(must),
        "must_not": targets(must_not),
        "why": why,
    })


# =====================================================================================
# A. NL101 positives: a diagnosis in a visible Melior section, patient not (yet) told
# =====================================================================================

add("onk-lund-levermetastaser-besked-vid-aterbesok", "skane-onk", "1958-03-14", "482", [
    N("n1", "Läkaranteckning", "Karin Sjöberg", LK, "2024-02-13 10:20", 40, [
        ("Aktuellt", "Uppföljning efter adjuvant kemoterapi för koloncancer, opererad 2022. Ny DT buk visade två förändringar i höger leverlob och px togs 8/2."),
        ("Bedömning", "PAD bekräftar levermetastaser från koloncancern. Patienten är ännu inte informerad om PAD-svaret. Besked ges på återbesök 20/2 tillsammans med kontaktsjuksköterska."),
        ("Planering", "Anmäls till MDK lever 16/2."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Confirmed liver metastases in Bedömning while the note says the patient is not yet told (besked at the next visit).")

add("uro-boras-prostatacancer-kallas-for-besked", "vgr-uro", "1951-09-02", "317", [
    N("n1", "Läkaranteckning", "Per Johansson", LK, "2024-03-05 15:10", 25, [
        ("Provsvar", "PSA 38 µg/l. Systematiska biopsier 12 st: Adenocarcinoma prostatae, Gleason 4+4=8, ISUP 4, i 9/12 biopsier."),
        ("Åtgärd", "Pat ej informerad. Kallas till mottagningen nästa vecka för cancerbesked, kontaktsjuksköterska bokas med. Skelettscint beställs."),
    ])],
    must=["NL101"],
    why="Telegraphic VGR urology note: Latin prostate cancer diagnosis visible and 'Pat ej informerad'.")

add("lung-su-adenokarcinom-vill-ha-dottern-med", "vgr-lung", "1949-11-23", "558", [
    N("n1", "Läkaranteckning", "Emma Axelsson", LK, "2024-04-10 11:45", 60, [
        ("Utredningsresultat", "Bronkoskopi med EBUS 4/4: icke-småcellig lungcancer, adenokarcinom, EGFR-analys pågår. DT thorax/buk och PET-DT ger stadium IIIA (T2bN2M0)."),
        ("Bedömning", "Patienten har inte fått beskedet än. Hon har uttryckt att hon vill ha dottern med vid samtalet, som därför läggs på fredag."),
    ])],
    must=["NL101"],
    why="Staged lung cancer visible; 'har inte fått beskedet än' because the talk waits for the daughter.")

add("hemat-lund-aml-samtal-i-eftermiddag", "skane-hemat", "1966-06-30", "241", [
    N("n1", "Daganteckning", "Fredrik Holm", LK, "2024-01-18 09:05", 15, [
        ("Lab", "Benmärgsutstryk och flödescytometri: 62 % myeloiska blaster. NPM1-mutation påvisad, FLT3 negativ."),
        ("Bedömning", "Akut myeloisk leukemi. Pat ännu ej underrättad; samtal med pat och make i eftermiddag efter ronden."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="AML on a ward round note with 'ännu ej underrättad' (less common verb for not told).")

add("neuro-su-als-besked-planeras-utkast", "vgr-neuro", "1960-02-11", "764", [
    N("n1", "Läkaranteckning", "Lars Gustafsson", LK, "2024-05-21 14:30", None, [
        ("Undersökningar", "ENeG/EMG: utbredd denervation i tre regioner, fascikulationspotentialer. MR cervikalt utan kompression. Lab inkl. CK, B12 och proteinelektrofores ua."),
        ("Bedömning", "Amyotrofisk lateralskleros (ALS) enligt reviderade El Escorial-kriterier. Diagnosbesked ej givet ännu, planeras vid besök 28/5 med mig och kurator."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Unsigned draft: ALS (eponymous criteria) stated as settled, 'Diagnosbesked ej givet ännu'.")

add("minne-malmo-alzheimer-ej-meddelad", "skane-minne", "1956-08-19", "836", [
    N("n1", "Läkaranteckning", "Helena Mårtensson", LK, "2024-06-12 13:00", 90, [
        ("Sammanfattning", "Utredning enligt basal och utvidgad demensutredning. MMSE-SR 23/30, klocktest patologiskt, episodiskt minne kraftigt nedsatt. Likvor: sänkt beta-amyloid 42, förhöjt P-tau. MR: hippocampusatrofi MTA 2 bilat."),
        ("Bedömning", "Alzheimers sjukdom med tidig debut. Diagnosen är inte meddelad patienten ännu. Återgivningssamtal bokas med pat och make inom två veckor."),
    ])],
    must=["NL101"],
    why="Memory clinic: Alzheimer diagnosis visible, 'inte meddelad patienten ännu'.")

add("kk-ostra-cervixcancer-vantar-mdk", "vgr-kk", "1979-12-04", "129", [
    N("n1", "Läkaranteckning", "Katarina Olofsson", LK, "2024-02-27 16:20", None, [
        ("Provsvar", "Konbiopsi: invasiv skivepitelcancer, infiltrationsdjup 6 mm. MR lilla bäckenet utan parametrieinväxt."),
        ("Bedömning", "Cervixcancer stadium IB1. Pat har inte infomerats. Vi väntar in MDK på onsdag så att hon kan få besked och behandlingsförslag vid samma tillfälle."),
    ])],
    must=["NL101"],
    why="Cervical cancer visible; typo 'infomerats' in the not-told statement.")

add("genetik-lund-brca1-vill-vanta-med-svaret", "skane-gen", "1984-05-07", "665", [
    N("n1", "Läkaranteckning", "Anders Nyström", LK, "2024-09-03 10:40", 20, [
        ("Analysresultat", "Patogen variant i BRCA1 (c.68_69del) påvisad i blodprov taget 12/8. Ärftlig bröst- och äggstockscancer (HBOC), pat är anlagsbärare."),
        ("Kommentar", "Vid förra samtalet bad pat att inte få svaret förrän efter dotterns bröllop i slutet av september. Hon har därför inte fått ta del av resultatet. Vi ringer upp enligt överenskommelse 30/9."),
    ])],
    must=["NL101"],
    why="Patient asked not to be told yet; the hereditary cancer syndrome result is written in a visible section.")

add("akut-su-pankreastumor-besked-imorgon", "vgr-akut", "1945-10-15", "392", [
    N("n1", "Akutanteckning", "Daniel Hedlund", LK, "2024-07-14 22:50", 25, [
        ("Aktuellt", "Ikterus sedan en vecka, viktnedgång 8 kg, ljus avföring."),
        ("Röntgen", "DT buk: 4 cm tumör i pankreashuvudet med gallvägsdilatation och multipla levermetastaser, bilden typisk för pankreascancer med spridning."),
        ("Bedömning", "Pat omtöcknad och mycket trött ikväll, inte informerad om DT-fynden. Läggs in på kirurgen, avdelningsläkare informerar imorgon med familjen närvarande."),
    ], setting="akut")],
    must=["NL101"],
    why="Emergency note: metastatic pancreatic tumour visible, patient not told tonight.")

add("kir-hbg-sonen-vill-inte-att-hon-far-veta", "skane-kir", "1938-01-28", "506", [
    N("n1", "Daganteckning", "Ahmad Rahimi", LK, "2024-03-19 11:15", 35, [
        ("Aktuellt", "Koloskopi igår med biopsi från stenoserande tumör i sigmoideum. PAD: adenokarcinom, måttligt differentierat."),
        ("Bedömning", "Sigmoideumcancer. Sonen har uttryckligen begärt att hans mor inte ska informeras om cancerdiagnosen. Pat har ännu inte fått besked. Etisk diskussion med avdelningschef och kurator planeras, pat har rätt till information om hon efterfrågar den."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Relative asks that the patient not be told; cancer diagnosis visible in the ward note.")

add("infektion-malmo-hiv-ej-natt-for-besked", "skane-inf", "1990-04-22", "873", [
    N("n1", "Telefonanteckning", "Sanna Holmberg", SSK, "2024-10-08 15:40", 10, [
        ("Provsvar", "HIV-1/2 Ag/Ak kombotest positivt, bekräftat med immunoblot. HIV-RNA 84 000 kopior/ml, CD4 410."),
        ("Åtgärd", "Tre telefonförsök idag utan svar. Pat har alltså inte nåtts för besked om hivinfektionen. Kallelse skickad per brev med tid 10/10, ny telefonkontakt imorgon."),
    ])],
    must=["NL101"],
    why="Patient could not be reached for the result: HIV infection visible before besked.")

add("vc-angered-diabetes-typ2-dsk-ringer", "vgr-vc-angered", "1972-07-09", "184", [
    N("n1", "Läkaranteckning", "Farah Ali", LK, "2024-01-25 12:05", 15, [
        ("Lab", "HbA1c 72 mmol/mol, fP-glukos 11,2 mmol/l vid två tillfällen."),
        ("Bedömning", "Diabetes mellitus typ 2, nydiagnostiserad. Pat ännu inte informerad om provsvaren. Telefontid hos diabetessköterska bokad 30/1 för besked och start av metformin."),
    ])],
    must=["NL101"],
    why="VGR primary care on Melior: new type 2 diabetes written before the patient is told.")

add("hemat-su-kll-telegrafisk", "vgr-hemat", "1953-03-30", "907", [
    N("n1", "Läkaranteckning", "Mikael Berntsson", LK, "2024-06-04 08:50", 20, [
        ("Bedömning", "Lymfocytos 18. Flödescytometri: KLL, Binet A, Rai 0. Inte informerat pat än. Ingen beh. indikation. Tel-tid 11/6."),
    ])],
    must=["NL101"],
    why="Very terse note: abbreviation KLL plus 'Inte informerat pat än'.")

add("onh-lund-tonsillcancer-pat-ovetande", "skane-onh", "1962-09-17", "333", [
    N("n1", "Läkaranteckning", "Jonas Wallin", LK, "2024-05-08 14:10", 30, [
        ("Provsvar", "PAD från vänster tonsill: skivepitelcancer, p16-positiv (HPV-associerad). Ultraljud hals: 2 cm metastasmisstänkt körtel regio II vä."),
        ("Planering", "Pat är ovetande om svaret, hon ringde i morse men fick inte besked per telefon. Läkarbesök 13/5 med kontaktsjuksköterska. Anmäld till huvud-halsronden."),
    ])],
    must=["NL101"],
    why="'Pat är ovetande om svaret' with tonsil cancer in the visible Provsvar section.")

add("reuma-lund-inklusionskroppsmyosit-ej-besked", "skane-reuma", "1950-10-10", "719", [
    N("n1", "Läkaranteckning", "Ingrid Pålsson", LK, "2024-11-05 13:40", 50, [
        ("Provsvar", "Muskelbiopsi m. quadriceps: rimmed vacuoles, inflammatoriska infiltrat, p62-positiva inklusioner."),
        ("Bedömning", "Inklusionskroppsmyosit. Patienten har ännu inte fått diagnosbeskedet; informeras vid planerat besök 19/11. Ingen indikation för immunsuppression."),
    ])],
    must=["NL101"],
    why="Uncommon diagnosis (inclusion body myositis) settled, diagnosbesked not yet given.")

add("orto-hassleholm-osteosarkom-sarkomteamet-ger-besked", "skane-orto", "1996-01-19", "640", [
    N("n1", "Läkaranteckning", "Björn Svensson", LK, "2024-02-06 11:20", 45, [
        ("Provsvar", "MR vä lår: 7 cm destruktiv process i distala femur med mjukdelskomponent. Mellannålsbiopsi, PAD: konventionellt osteosarkom, höggradigt."),
        ("Åtgärd", "Remiss till sarkomcentrum Lund skickad idag. Pat vet ännu inget om PAD-svaret; sarkomteamet vill ge beskedet själva vid besök nästa vecka. Pat får gå med kryckor och avlasta."),
    ])],
    must=["NL101"],
    why="Osteosarcoma visible; another team will give the besked, 'Pat vet ännu inget'.")

add("endo-su-papillar-thyreoideacancer-kort-typo", "vgr-endo", "1988-02-15", "486", [
    N("n1", "Läkaranteckning", "Henrik Strand", LK, "2024-09-24 16:05", 5, [
        ("Bedömning", "Cytologi från knöl hö thyreoidealob: papillär thyreoideacancer, Bethesda VI. Pat ej inforemrad."),
        ("Planering", "Tid hos mig 1/10."),
    ])],
    must=["NL101"],
    why="Two-line note with typo 'inforemrad': thyroid cancer visible, patient not told.")

add("geri-molndal-lewy-body-konfusion", "vgr-geri", "1941-05-03", "211", [
    N("n1", "Daganteckning", "Jenny Lundberg", LK, "2024-10-17 14:15", 30, [
        ("Aktuellt", "Inkom med fluktuerande vakenhet, synhallucinationer och parkinsonism. DaTSCAN patologisk."),
        ("Bedömning", "Lewy body-demens. Patienten har inte informerats om diagnosen på grund av pågående konfusion; samtal när tillståndet klarnat. Undviker neuroleptika."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Eponymous dementia diagnosis visible; not told because the patient is confused.")

add("infektion-ostra-hepatit-c-avvek-fran-avd", "vgr-inf", "1993-07-27", "355", [
    N("n1", "Daganteckning", "Cecilia Wiberg", LK, "2024-05-29 10:10", 20, [
        ("Provsvar", "HCV-RNA positivt, 2,1 milj IE/ml, genotyp 3a. Elastografi ej gjord."),
        ("Bedömning", "Kronisk hepatit C. Pat har ej informerats om provsvaret då hon avvek från avdelningen i går kväll innan svaret kom. Försöker nå henne via socialtjänstens kontaktperson."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Hepatitis C written while the patient, who left the ward, has not been told.")

add("palliativ-angelholm-hjarnmetastaser-maken-vill-vanta", "skane-pall", "1957-04-21", "588", [
    N("n1", "Daganteckning", "Eva Håkansson", LK, "2024-06-26 13:25", 35, [
        ("Aktuellt", "Känd ovarialcancer med peritoneal spridning, inlagd för symtomlindring. Ny huvudvärk och ostadighet."),
        ("Bedömning", "DT hjärna: multipla hjärnmetastaser. Maken vill att vi väntar med att berätta om hjärnmetastaserna tills barnen kommit hem från utlandet. Pat är inte informerad i dagsläget. Betapred insatt, vi tar ny diskussion med maken i morgon."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Palliative ward: husband wants to wait, brain metastases visible, patient not informed.")

add("neuro-lund-ms-dr-lind-informerar-utkast", "skane-neuro", "1993-10-28", "247", [
    N("n1", "Läkaranteckning", "Sara Lindqvist", LK, "2024-03-06 16:40", None, [
        ("Utredning", "MR hjärna och halsrygg: periventrikulära, juxtakortikala och infratentoriella lesioner, en laddande. Likvor: oligoklonala band i likvor men ej i serum."),
        ("Bedömning", "Multipel skleros, skovvis förlöpande, McDonald-kriterierna uppfyllda. Pat har ännu inte fått veta diagnosen – dr Lind informerar vid besöket 12/3 och tar upp behandlingsalternativ."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Unsigned draft: MS meeting McDonald criteria, 'har ännu inte fått veta diagnosen'.")

add("psyk-boras-autism-atergivning-ej-gjord", "vgr-psyk", "2000-09-14", "193", [
    N("n1", "Psykologanteckning", "Ida Magnusson", "psykolog", "2024-04-23 15:00", 60, [
        ("Sammanfattning", "Neuropsykiatrisk utredning avslutad. WAIS-IV inom normalvariationen, ADOS-2 och anamnes från mor visar genomgående svårigheter med social kommunikation och begränsade intressen sedan tidig barndom."),
        ("Bedömning", "Kriterierna för autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.5) är uppfyllda. Återkoppling till patienten har inte skett, planeras vid återgivningssamtal 7/5."),
    ])],
    must=["NL101"],
    why="Psychologist note: autism diagnosis established, återkoppling to the patient not done.")

add("psyk-landskrona-schizofreni-ej-mottaglig", "skane-psyk", "1995-02-02", "568", [
    N("n1", "Läkaranteckning", "Erik Malmberg", LK, "2024-07-02 11:30", 40, [
        ("Bedömning", "Över ett års förlopp med imperativa röstupplevelser, förföljelseidéer och social tillbakadragenhet. Diagnos: Schizofreni, paranoid form (F20.0). Pat är inte informerad om diagnosen och bedöms i nuläget inte kunna ta emot beskedet. Fortsatt Abilify."),
    ])],
    must=["NL101"],
    why="Adult psychiatry outpatient: schizophrenia written, patient judged not ready to be told.")

add("akut-malmo-misstankt-glioblastom-ej-informerad", "skane-akut", "1967-05-16", "718", [
    N("n1", "Akutanteckning", "Elif Demir", LK, "2024-04-14 03:20", 30, [
        ("Aktuellt", "Tilltagande huvudvärk och ordsvårigheter i två veckor, krampanfall hemma i natt."),
        ("Röntgen", "DT hjärna med kontrast: 5 cm ringladdande process vänster frontallob med ödem och lätt midline shift."),
        ("Bedömning", "Misstänkt glioblastom. Pat ej informerad om fyndet i natt, neurokirurgjouren kontaktad och tar över i morgon bitti. Betapred och Keppra insatt."),
    ], setting="akut")],
    must=["NL101", "NL102"],
    why="Hedged diagnosis that is also explicitly not told: both NL101 and NL102 in one visible section.")

add("akut-su-patologisk-fraktur-sannolikt-metastas", "vgr-akut", "1948-08-01", "661", [
    N("n1", "Akutanteckning", "Leila Moradi", LK, "2024-11-21 19:05", 20, [
        ("Röntgen", "Rtg vä överarm: tvärgående fraktur i humerusdiafysen genom en osteolytisk förändring, sannolikt metastas."),
        ("Bedömning", "Patologisk fraktur. Har inte informerat pat om misstanken om malignitet, vill ha fler svar först. Ortopeden tar över, DT thorax/buk beställd."),
    ], setting="akut")],
    must=["NL101", "NL102"],
    why="'sannolikt metastas' visible and the doctor has not told the patient of the suspicion.")

add("gastro-malmo-ventrikelcancer-infromerad-typo", "skane-gastro", "1947-12-09", "514", [
    N("n1", "Läkaranteckning", "Gustav Borg", LK, "2024-10-22 10:35", 20, [
        ("Provsvar", "Gastroskopi 15/10 med px från ulcererad förändring i antrum. PAD: adenokarcinom, diffus typ enligt Laurén."),
        ("Bedömning", "Ventrikelcancer. Pat ännu ej infromerad, återbesök 29/10. DT thorax-buk beställd."),
    ])],
    must=["NL101"],
    why="Typo 'infromerad': gastric cancer visible before the patient is told.")

add("uro-boras-urotelial-cancer-patineten-typo", "vgr-uro", "1944-02-19", "896", [
    N("n1", "Läkaranteckning", "Robert Fält", LK, "2024-12-03 13:50", 30, [
        ("Provsvar", "TURB 25/11 PAD: urotelial cancer, höggradig, T1, muskel finns med i preparatet utan växt."),
        ("Bedömning", "Högrisk icke-muskelinvasiv urinblåsecancer. Patineten har inte fått beskedet ännu. Re-TURB och BCG-behandling ska diskuteras vid besök 10/12."),
    ])],
    must=["NL101"],
    why="Typo 'Patineten': bladder cancer visible, besked not yet given.")

add("hemat-lund-myelom-besked-avvaktas", "skane-hemat", "1952-07-25", "176", [
    N("n1", "Läkaranteckning", "Peter Jönsson", LK, "2024-08-27 12:20", 15, [
        ("Bedömning", "M-komponent IgG-kappa 38 g/l, 40 % klonala plasmaceller i benmärgen, hyperkalcemi. Diagnos: Multipelt myelom, ISS II. Besked till pat avvaktas tills helkropps-DT är klar på fredag, så att hela bilden kan presenteras på en gång."),
    ])],
    must=["NL101"],
    why="'Besked till pat avvaktas' with a stated myeloma diagnosis.")

add("kardio-hbg-langt-qt-kanner-inte-till", "skane-kardio", "1997-06-05", "364", [
    N("n1", "Läkaranteckning", "Lina Bengtsson", LK, "2024-02-28 14:45", None, [
        ("Provsvar", "Genetisk analys: patogen variant i KCNQ1. Tillsammans med QTc 490 ms och anamnes på synkope vid simning: långt QT-syndrom typ 1."),
        ("Bedömning", "Pat känner inte till diagnosen ännu. Samtal med pat och föräldrar 5/3, då även kaskadtestning av syskon tas upp. Betablockerare fortsätter."),
    ])],
    must=["NL101"],
    why="'Pat känner inte till diagnosen ännu' after a genetic long QT result.")

add("geri-trelleborg-vaskular-demens-dottern-vet", "skane-geri", "1936-03-17", "447", [
    N("n1", "Läkaranteckning", "Johan Persson", LK, "2024-05-15 10:50", 60, [
        ("Bedömning", "Vaskulär demens, subkortikal typ, med utbredda vitsubstansförändringar på DT. Dottern är informerad vid telefonsamtal i går, pat själv ännu inte. Dottern vill vara med när han får beskedet, besök bokas."),
    ])],
    must=["NL101"],
    why="Inverse near miss: the relative knows but the patient himself has not been told.")

add("lung-su-mesoteliom-ej-informerad-i-dold-sokord", "vgr-lung", "1958-09-19", "770", [
    N("n1", "Läkaranteckning", "Emma Axelsson", LK, "2024-06-11 13:10", 20, [
        ("Bedömning", "Mesoteliom i höger pleura, epiteloid typ, verifierat med torakoskopisk biopsi. Asbestexponering som varvsarbetare på 70-talet."),
        (TH, "Pat ej informerad om PAD-svaret, han vill få besked först efter att hustrun opererats nästa vecka."),
    ])],
    must=["NL101"],
    why="The not-told remark is under the hidden sökord but the mesothelioma itself sits in visible Bedömning.")

add("kardio-nal-dilaterad-kardiomyopati-rondlakare", "vgr-kardio", "1970-12-02", "275", [
    N("n1", "Daganteckning", "Sofie Carlsson", LK, "2024-08-20 17:30", 15, [
        ("Undersökningar", "Ekokardiografi: vänsterkammardilatation, globalt nedsatt funktion, EF 25 %. Inga klaffel av betydelse. Koronarangiografi utan signifikanta stenoser."),
        ("Bedömning", "Dilaterad kardiomyopati. Patienten har ej informerats om undersökningsresultaten idag då hon varit på röntgen större delen av eftermiddagen; rondläkare tar samtalet i morgon förmiddag."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Cardiomyopathy settled on echo and angiography, not yet told on the ward.")

add("lung-lund-kol-svaret-kom-efter-besoket", "skane-lung", "1955-08-08", "094", [
    N("n1", "Läkaranteckning", "Tobias Andersson", LK, "2024-01-30 15:50", 10, [
        ("Spirometri", "FEV1/FVC efter bronkdilatation 0,58. FEV1 48 % av förväntat."),
        ("Bedömning", "Kroniskt obstruktiv lungsjukdom, GOLD 3. Pat har inte fått besked om spirometrin eftersom svaret kom efter att han gått hem. Ringer honom i morgon och bokar in rökavvänjning."),
    ])],
    must=["NL101"],
    why="A common chronic diagnosis (KOL) is also a diagnosis: written before the patient has heard it.")


add("ogon-molndal-glaukom-resultatgenomgang", "vgr-ogon", "1959-06-26", "058", [
    N("n1", "Läkaranteckning", "Olle Dahl", LK, "2024-03-14 10:00", 180, [
        ("Undersökning", "Undersökningarna gjordes av ögonsjuksköterska i går; läkarbedömning i efterhand. Tryck 28/27 mmHg. OCT: tunt nervfiberlager bilat, inferotemporalt. Synfält: bågformigt skotom hö, begynnande vä."),
        ("Bedömning", "Primärt öppenvinkelglaukom båda ögonen. Pat ej informerad ännu, kommer på resultatgenomgång 3/5."),
    ])],
    must=["NL101"],
    why="Eye clinic: a doctor's after-the-fact assessment names glaucoma before the result review with the patient.")

add("kir-hbg-gallblasecancer-overraskningsfynd", "skane-kir", "1950-05-05", "262", [
    N("n1", "Läkaranteckning", "Sofia Ek", LK, "2024-12-10 10:10", 30, [
        ("Provsvar", "PAD gallblåsa efter laparoskopisk kolecystektomi 26/11: adenokarcinom, pT2, som överraskningsfynd."),
        ("Planering", "Operationen gjordes för okomplicerad kolecystit. Pat är hemma och vet inte om PAD-svaret. Kallas till besök hos mig 17/12, MDK övre GI 13/12."),
    ])],
    must=["NL101"],
    why="Incidental cancer in a routine specimen; 'vet inte om PAD-svaret' while it is written visibly.")

# =====================================================================================
# B. NL101 near misses: told, a relative not told, a normal result not told, non-diagnostic
#    things not told, the diagnosis only in Tidiga hypoteser
# =====================================================================================

add("onk-lund-levermetastaser-besked-givet-med-kss", "skane-onk", "1955-02-14", "122", [
    N("n1", "Läkaranteckning", "Nora Ekström", LK, "2024-03-21 11:00", 30, [
        ("Aktuellt", "Besök med maken för svar på leverbiopsi."),
        ("Bedömning", "PAD visar levermetastaser från tidigare opererad rektalcancer. Pat informerad om PAD-svaret vid dagens besök tillsammans med kontaktsjuksköterskan Lena. Hon tog beskedet sakligt och ställde frågor om cellgiftsbehandling."),
    ])],
    must_not=["NL101", "NL102"],
    why="Same kind of result as a positive, but the patient was informed at today's visit.")

add("uro-boras-cancerbesked-lamnat-hustrun-med", "vgr-uro", "1949-06-12", "539", [
    N("n1", "Läkaranteckning", "Per Johansson", LK, "2024-03-12 14:00", 20, [
        ("Bedömning", "Prostatacancer Gleason 3+4, ISUP 2, lågvolym. Cancerbesked lämnat, hustrun närvarande. Pat tog beskedet lugnt. Vi diskuterade aktiv monitorering kontra strålbehandling; han vill fundera."),
    ])],
    must_not=["NL101"],
    why="'Cancerbesked lämnat': diagnosis visible and communicated.")

add("neuro-lund-ms-diagonsen-meddelad-typo", "skane-neuro", "1990-01-09", "385", [
    N("n1", "Läkaranteckning", "Mats Olsson", LK, "2024-03-12 10:30", 45, [
        ("Bedömning", "MS-diagonsen meddelad idag. Pat hade många frågor om graviditet och arbetsförmåga, vi gick igenom dem. Broschyr från Neuroförbundet given. Start av Kesimpta efter JCV och hepatitserologi."),
    ])],
    must_not=["NL101"],
    why="Typo 'diagonsen': MS diagnosis meddelad today, no breach.")

add("lung-su-sonen-i-usa-ej-informerad", "vgr-lung", "1942-04-04", "267", [
    N("n1", "Läkaranteckning", "Emma Axelsson", LK, "2024-04-16 13:20", 15, [
        ("Bedömning", "Småcellig lungcancer, begränsad sjukdom. Pat informerad om diagnosen och om planerad kemoradioterapi. Sonen som bor i USA är ännu inte informerad; pat vill själv ringa honom i helgen."),
    ])],
    must_not=["NL101"],
    why="A relative is not informed, the patient is: not an NL101 breach.")

add("minne-malmo-alzheimer-besked-till-pat-och-make", "skane-minne", "1949-11-11", "731", [
    N("n1", "Läkaranteckning", "Helena Mårtensson", LK, "2024-06-26 14:00", 40, [
        ("Återgivningssamtal", "Diagnosbesked Alzheimers sjukdom givet till pat och make. Pat förstod innebörden och sa att hon anat det länge. Vi pratade om körkort, fullmakter och anhörigstöd. Donepezil startas."),
    ])],
    must_not=["NL101"],
    why="Diagnosbesked givet to patient and spouse.")

add("akut-su-handled-utan-fraktur-ej-informerad", "vgr-akut", "1987-03-23", "014", [
    N("n1", "Akutanteckning", "Leila Moradi", LK, "2024-02-03 23:40", 10, [
        ("Aktuellt", "Föll på cykel, ont i vä handled."),
        ("Bedömning", "Rtg vä handled: ingen fraktur. Pat lämnade akuten innan röntgensvaret var klart och är alltså inte informerad. Ringer honom i morgon; om fortsatt ömhet i fossa tabatière ny rtg om 10 dagar."),
    ], setting="akut")],
    must_not=["NL101"],
    why="Patient not informed, but of a normal X-ray: no diagnosis to withhold.")

add("kir-hbg-gallsten-ej-informerad-om-opdatum", "skane-kir", "1978-07-07", "248", [
    N("n1", "Läkaranteckning", "Ahmad Rahimi", LK, "2024-04-09 09:10", 15, [
        ("Bedömning", "Symtomgivande gallstenssjukdom med tre gallstensanfall senaste halvåret. Planeras för laparoskopisk kolecystektomi. Pat är ännu inte informerad om operationsdatum, planeringssköterskan ringer när tiden är satt."),
    ])],
    must_not=["NL101"],
    why="'inte informerad' concerns the operation date, not the (known) diagnosis.")

add("hemat-su-kll-ssk-fragor-efter-besked", "vgr-hemat", "1950-10-30", "582", [
    N("n1", "Telefonanteckning", "Anneli Björk", SSK, "2024-06-12 10:20", 5, [
        ("Telefonkontakt", "Pat ringer med frågor efter att ha fått besked om KLL av dr Berntsson i går. Undrar om han kan resa till Spanien i sommar. Svarar att det går bra, ingen behandling planerad. Kontaktsjuksköterskans nummer givet."),
    ])],
    must_not=["NL101"],
    why="Nurse note: the patient got the CLL besked yesterday.")

add("neuro-su-huntington-i-tidiga-hypoteser", "vgr-neuro", "1976-12-12", "690", [
    N("n1", "Läkaranteckning", "Lars Gustafsson", LK, "2024-08-28 15:20", 30, [
        ("Aktuellt", "Remiss från vårdcentralen pga ofrivilliga rörelser och koncentrationssvårigheter. Arbetar som lagerarbetare."),
        ("Status", "Lätta koreatiska rörelser i händer och ansikte. Sackadiska ögonrörelser långsamma. Övrigt neurologstatus ua."),
        (TH, "Misstanke om Huntingtons sjukdom utifrån klinik och att fadern dog ung i en oklar neurologisk sjukdom. Pat ej informerad om misstanken; genetisk vägledning krävs innan test."),
        ("Planering", "MR hjärna och neuropsykologisk bedömning. Återbesök efter undersökningarna."),
    ])],
    must_not=["NL101", "NL102", "NL104"],
    why="VGR: the suspicion and the not-told remark sit only under the hidden sökord, which is correct use.")

add("gastro-malmo-pankreas-i-mallen-tidiga-hypoteser", "skane-gastro", "1954-03-29", "157", [
    N("n1", TH, "Oskar Lundgren", LK, "2024-05-06 16:10", 20, [
        ("Bedömning", "Ultraljud visar 3 cm lågekogen förändring i pankreaskroppen, misstänkt pankreascancer. Pat ej informerad om misstanken, DT pankreas bokad och besked ges när den är gjord."),
    ])],
    must_not=["NL101", "NL102", "NL104"],
    why="Skåne Melior: hypothesis and not-told remark in the template Tidiga hypoteser, hidden.")

add("onk-su-avbojer-prognosinformation", "vgr-onk", "1958-08-30", "319", [
    N("n1", "Läkaranteckning", "Johanna Lindh", LK, "2024-09-17 11:40", None, [
        ("Bedömning", "Metastaserad njurcellscancer med progress i lungorna på senaste DT. Pat är informerad om progressen och om att vi byter till andra linjens behandling. Hon avböjer att diskutera prognos och förväntad överlevnad, vilket respekteras."),
    ])],
    must_not=["NL101"],
    why="Patient told of the diagnosis and progress; she only declines prognosis talk.")

add("hud-malmo-basalcellscancer-svar-via-1177", "skane-hud", "1945-01-31", "923", [
    N("n1", "Läkaranteckning", "Therese Lund", SSK, "2024-02-15 08:40", 5, [
        ("Provsvar", "PAD: nodulär basalcellscancer, radikalt exciderad med 3 mm marginal."),
        ("Åtgärd", "Svar meddelat pat via meddelande på 1177. Ingen ytterligare kontroll behövs."),
    ])],
    must_not=["NL101"],
    why="Result told through a 1177 message.")

add("psyk-landskrona-adhd-atergivning-gjord", "skane-psyk", "1999-08-08", "514", [
    N("n1", "Psykologanteckning", "Linnea Ask", "psykolog", "2024-05-14 14:00", 60, [
        ("Återgivning", "Pat har idag tagit del av utredningsresultatet: ADHD, kombinerad form. Hon kände igen sig och uttryckte lättnad. Skriftligt utlåtande överlämnat."),
    ])],
    must_not=["NL101"],
    why="'har idag tagit del av utredningsresultatet': told at the feedback session.")

add("kk-ostra-missed-abortion-beskedd-givet-typo", "vgr-kk", "1991-02-17", "262", [
    N("n1", "Läkaranteckning", "Katarina Olofsson", LK, "2024-01-16 12:30", 20, [
        ("Undersökning", "Vaginalt ultraljud: fostersäck med embryo CRL 9 mm utan hjärtaktivitet, motsvarar v 6+6, amenorré v 9+2."),
        ("Bedömning", "Missed abortion. Beskedd givet i samband med ultraljudet, pat och partner ledsna men hade anat det efter blödningen. Valde medicinsk evakuering med Cytotec hemma."),
    ])],
    must_not=["NL101"],
    why="Typo 'Beskedd': missed abortion told during the scan.")

add("onh-lund-normal-lymfkortel-ej-informerad", "skane-onh", "1983-04-04", "780", [
    N("n1", "Läkaranteckning", "Jonas Wallin", LK, "2024-06-03 13:15", 15, [
        ("Provsvar", "PAD från exstirperad lymfkörtel hö hals: normal lymfkörtelvävnad, inga tecken på malignitet eller lymfom."),
        ("Åtgärd", "Pat ej informerad om svaret ännu, brev skickas i dag. Ingen uppföljning behövs."),
    ])],
    must_not=["NL101", "NL102"],
    why="Not yet told, but the result is normal and negated: nothing to withhold.")

add("gastro-lidkoping-hereditet-koloskopi-ua", "vgr-gastro", "1974-10-01", "658", [
    N("n1", "Läkaranteckning", "Sara Blom", LK, "2024-07-09 10:00", 30, [
        ("Hereditet", "Far avled i koloncancer vid 62 års ålder, farbror insjuknade vid 58."),
        ("Bedömning", "Koloskopi idag utan anmärkning, inga polyper. Pat har inte tidigare blivit erbjuden genetisk vägledning trots hereditet; remiss till onkogenetiska mottagningen skickas i dag."),
    ])],
    must_not=["NL101", "NL102"],
    why="Family history of cancer and a normal colonoscopy; nothing of the patient's is withheld.")

add("endo-su-typ1-diabetes-skriftlig-och-muntlig-info", "vgr-endo", "2005-04-18", "431", [
    N("n1", "Läkaranteckning", "Henrik Strand", LK, "2024-02-01 16:00", 30, [
        ("Bedömning", "Nydebuterad diabetes typ 1, GAD-ak positiva, C-peptid lågt. Pat har fått skriftlig och muntlig information om diagnosen och om insulinbehandling med basal-bolus. Mamma med vid samtalet."),
    ])],
    must_not=["NL101"],
    why="18-year-old given written and oral information about the diagnosis.")

add("akut-malmo-lungemboli-informerad-om-eliquis", "skane-akut", "1969-11-19", "809", [
    N("n1", "Akutanteckning", "Elif Demir", LK, "2024-05-02 18:25", 15, [
        ("Bedömning", "DT lungartärer: bilaterala segmentella lungembolier, ingen högerkammarbelastning. Låg risk enligt sPESI. Pat informerad om fyndet av lungemboli och om behandling med Eliquis i minst tre månader. Hemgång med uppföljning på medicinmottagningen."),
    ], setting="akut")],
    must_not=["NL101"],
    why="Emergency note: pulmonary embolism found and explained to the patient.")

add("infektion-ostra-hiv-delgiven-smittskydd", "vgr-inf", "1986-06-06", "245", [
    N("n1", "Läkaranteckning", "Cecilia Wiberg", LK, "2024-10-15 13:00", 45, [
        ("Bedömning", "HIV-1-infektion, nyupptäckt, CD4 520. Pat delgiven diagnosen vid personligt besök med kurator närvarande. Förhållningsregler enligt smittskyddslagen genomgångna och smittspårning påbörjad. Start av antiretroviral behandling nästa vecka."),
    ])],
    must_not=["NL101"],
    why="'Pat delgiven diagnosen': formal wording for having been told.")

add("neuro-su-parkinson-besked-fran-skovde", "vgr-neuro", "1951-01-27", "502", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-01-22 11:10", 40, [
        ("Aktuellt", "Nyinflyttad från Skövde. Diagnosen Parkinsons sjukdom fick pat av neurologen där 2020. Levodopa med god effekt men end-of-dose-försämring på eftermiddagen."),
        ("Bedömning", "Parkinsons sjukdom med motoriska fluktuationer. Lägger till entakapon."),
    ])],
    must_not=["NL101"],
    why="Diagnosis given years ago by another clinic: known to the patient.")

add("onk-lund-barnbarnen-ska-inte-veta", "skane-onk", "1944-05-30", "911", [
    N("n1", "Läkaranteckning", "Maria Nilsson", LK, "2024-07-11 13:30", 20, [
        ("Bedömning", "Progress av pankreascancer med nya levermetastaser. Pat informerad om progressen och om att vi övergår till palliativ symtomlindring. Önskar att barnbarnen inte får veta något ännu, vilket vi respekterar."),
    ])],
    must_not=["NL101"],
    why="Patient informed; it is the grandchildren who are not to be told.")

add("psyk-affektiv-su-bipolar-svart-att-acceptera", "vgr-psyk-aff", "1988-04-09", "359", [
    N("n1", "Läkaranteckning", "Ville Hermansson", LK, "2024-04-04 15:30", 30, [
        ("Bedömning", "Bipolär sjukdom typ I, nu eutym. Pat har informerats om diagnosen vid flera tillfällen men har svårt att acceptera den och vill trappa ut litium. Vi går igenom risker med utsättning och enas om att avvakta till efter sommaren."),
    ])],
    must_not=["NL101"],
    why="Patient told several times but does not accept the diagnosis: not uncommunicated.")

add("medicin-nal-ej-informerad-se-tidiga-hypoteser", "vgr-med", "1948-06-15", "383", [
    N("n1", "Läkaranteckning", "Niklas Fransson", LK, "2024-03-08 14:20", 20, [
        ("Provsvar", "Proteinelektrofores och kalcium från 1/3 har kommit."),
        ("Bedömning", "Pat ej informerad om svaren ännu, vi väntar in fler prover. Se Tidiga hypoteser."),
        (TH, "M-komponent med hyperkalcemi och anemi, misstänkt myelom. Benmärgsundersökning bokas."),
    ])],
    must_not=["NL101", "NL102"],
    why="Visible text says 'ej informerad' but names no diagnosis; the hypothesis is under the hidden sökord.")

add("onk-su-omvardnad-vet-att-det-ar-cancer", "vgr-onk", "1939-09-12", "588", [
    N("n1", "Omvårdnadsanteckning", "Lotta Engström", SSK, "2024-05-13 20:10", 10, [
        ("Omvårdnad", "Pat ledsen under kvällen. Hon vet om att det är cancer i bukspottkörteln och att det inte går att operera, och vill prata om hur det blir för maken. Samtal en halvtimme, önskar träffa kurator."),
    ], setting="slutenvård")],
    must_not=["NL101"],
    why="Nurse note in lay words: the patient knows it is pancreatic cancer.")

add("kardio-hbg-flimmer-eko-resultat-senare", "skane-kardio", "1958-01-04", "299", [
    N("n1", "Daganteckning", "Lina Bengtsson", LK, "2024-01-09 09:40", 15, [
        ("Bedömning", "Nydebuterat förmaksflimmer, pat informerad om diagnosen och om blodförtunnande behandling i går. Ekokardiografi planeras till i morgon; pat kommer att informeras om resultatet när den är gjord."),
    ], setting="slutenvård")],
    must_not=["NL101"],
    why="'kommer att informeras' refers to an examination not yet done; the diagnosis was told.")

add("akut-su-dt-utan-lungemboli-pat-sov", "vgr-akut", "1977-09-27", "476", [
    N("n1", "Akutanteckning", "Daniel Hedlund", LK, "2024-08-03 04:10", 20, [
        ("Bedömning", "DT thorax: inga tecken på lungemboli, pneumoni eller aortadissektion. Pat ej informerad om DT-svaret då hon somnat på britsen; nattsköterskan meddelar när hon vaknar. Bröstsmärtan bedöms muskuloskeletal."),
    ], setting="akut")],
    must_not=["NL101", "NL102"],
    why="Not told yet, but of a negative CT: negated diagnoses only.")

add("kurator-boras-arbetsgivaren-ska-inte-veta", "vgr-psyk", "1983-03-10", "118", [
    N("n1", "Kuratorsanteckning", "Malin Åberg", "kurator", "2024-02-22 10:00", 60, [
        ("Samtal", "Pat med känd recidiverande depression sedan flera år. Vill inte att arbetsgivaren informeras om diagnosen vid rehabiliteringsmöte, endast om arbetsförmåga. Vi förbereder mötet tillsammans."),
    ])],
    must_not=["NL101"],
    why="Counsellor note: it is the employer who must not be informed, not the patient.")

add("geri-trelleborg-informerad-men-glommer", "skane-geri", "1931-10-05", "624", [
    N("n1", "Omvårdnadsanteckning", "Karin Åkesson", SSK, "2024-09-25 11:20", 30, [
        ("Omvårdnad", "Nyupptäckt hjärtsvikt med nedsatt EF. Patienten har informerats men glömmer på grund av sin kognitiva svikt; upprepad information given i dag och skriftlig lapp lämnad på sängbordet. Sonen informerad per telefon."),
    ], setting="slutenvård")],
    must_not=["NL101"],
    why="Nurse note: informed repeatedly though she forgets: the diagnosis was communicated.")

add("onk-su-besked-per-telefon-pa-egen-begaran", "vgr-onk", "1972-03-31", "468", [
    N("n1", "Telefonanteckning", "Johanna Lindh", LK, "2024-12-05 15:50", 10, [
        ("Telefonkontakt", "Pat ville på egen begäran få svaret per telefon. Meddelat att PAD från sentinel node visar mikrometastas i en av två körtlar. Hon tog beskedet bra, vi ses som planerat 12/12 för genomgång av fortsatt behandling."),
    ])],
    must_not=["NL101"],
    why="Result given by phone at the patient's own request.")

add("barn-dsbus-typ1-foraldrar-informerade", "vgr-barn", "2016-08-14", "337", [
    N("n1", "Läkaranteckning", "Anna Lövgren", LK, "2024-03-18 12:00", 30, [
        ("Bedömning", "Diabetes typ 1 med ketoacidos vid debut, nu stabil på subkutant insulin. Föräldrarna informerade om diagnosen och har träffat diabetessköterskan två gånger. Barnet har fått anpassad information med bilder."),
    ], setting="slutenvård")],
    must_not=["NL101"],
    why="Child under 13: guardians and the child have been informed.")


# =====================================================================================
# C. NL102 positives: an uncertain diagnosis in a visible Melior section
# =====================================================================================

add("akut-su-misstankt-nstemi", "vgr-akut", "1956-04-12", "309", [
    N("n1", "Akutanteckning", "Daniel Hedlund", LK, "2024-01-07 14:40", 25, [
        ("Aktuellt", "Tryckande bröstsmärta sedan 2 timmar med utstrålning mot vänster arm."),
        ("Status", "Cor: regelbunden rytm, inga blåsljud. BT 165/90."),
        ("Bedömning", "EKG utan ST-höjning, TnT 48 → 71. Misstänkt NSTEMI. Ticagrelor och Fragmin givet, läggs in på kardiologen."),
    ], setting="akut")],
    must=["NL102"],
    why="'Misstänkt NSTEMI' in a visible emergency Bedömning.")

add("akut-malmo-trol-pyelonefrit-dd-njursten", "skane-akut", "1992-09-08", "152", [
    N("n1", "Akutanteckning", "Viktor Åkesson", LK, "2024-02-11 21:05", None, [
        ("Bedömning", "Feber 39,1, dunkömhet vä flank, U-sticka nitrit+. Trol. pyelonefrit, DD njursten med sekundär infektion. Urinodling, DT-urografi om ingen förbättring inom 48 h."),
    ], setting="akut")],
    must=["NL102"],
    why="Abbreviated hedges 'Trol.' and 'DD' in a Skåne Melior emergency note.")

add("lung-lund-sarkoidos-dd-lymfom-kan-inte-uteslutas", "skane-lung", "1975-03-25", "427", [
    N("n1", "Läkaranteckning", "Ulrika Friberg", LK, "2024-03-04 15:00", 30, [
        ("Bedömning", "Bilaterala hilusadenopatier och förhöjt ACE. Bilden talar för sarkoidos, men DD lymfom kan inte uteslutas. EBUS med körtelpunktion bokas."),
    ])],
    must=["NL102"],
    why="'DD lymfom kan inte uteslutas': a malignancy left open in a visible note.")

add("reuma-alingsas-trolig-ra-seronegativ", "vgr-reuma", "1978-10-13", "215", [
    N("n1", "Läkaranteckning", "Marie Sandberg", LK, "2024-04-18 13:15", 20, [
        ("Status", "Synovit MCP 2–3 bilat och i vä handled. Morgonstelhet 2 timmar."),
        ("Bedömning", "Trolig reumatoid artrit, seronegativ? RF och anti-CCP negativa, SR 42. Startar metotrexat efter lungröntgen."),
    ])],
    must=["NL102"],
    why="'Trolig reumatoid artrit' with a question mark.")

add("infektion-malmo-ev-endokardit-tee", "skane-inf", "1958-12-21", "673", [
    N("n1", "Daganteckning", "Yasmin Haddad", LK, "2024-04-05 11:50", 10, [
        ("Bedömning", "Staph aureus i 2/2 blododlingar, nytt blåsljud över mitralis. Ev. endokardit – TEE bokas i morgon. Kloxacillin iv."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'Ev. endokardit' (abbreviated eventuell) on an infectious diseases ward.")

add("gastro-lidkoping-kolit-dd-uc-crohn", "vgr-gastro", "1995-05-11", "388", [
    N("n1", "Läkaranteckning", "Sara Blom", LK, "2024-05-16 12:10", 25, [
        ("Koloskopi", "Kontinuerlig inflammation från rektum till transversum med skör slemhinna och ytliga sår. Terminala ileum ua."),
        ("Bedömning", "Kolit, DD ulcerös kolit/Crohns kolit, inväntar PAD. Startar Asacol i väntan på svar."),
    ])],
    must=["NL102"],
    why="Differential between two named IBD diagnoses in a visible Bedömning.")

add("barn-hbg-misstankt-celiaki-7-ar", "skane-barn", "2017-01-23", "246", [
    N("n1", "Läkaranteckning", "Petra Hall", LK, "2024-04-11 14:20", 30, [
        ("Aktuellt", "7-årig flicka med dålig viktuppgång, lös avföring och trötthet sedan i höstas."),
        ("Bedömning", "Misstänkt celiaki, transglutaminas-IgA 86 U/ml. Remiss för gastroskopi med biopsier, fortsatt glutenhaltig kost tills dess."),
    ])],
    must=["NL102"],
    why="Child under 13 (guardians read it): 'Misstänkt celiaki' in a Melior note.")

add("barn-dsbus-mistanke-kawasaki-typo", "vgr-barn", "2020-03-02", "499", [
    N("n1", "Läkaranteckning", "Anna Lövgren", LK, "2024-05-27 19:30", 20, [
        ("Status", "Feber sjätte dygnet, bilateral konjunktivit utan sekretion, jordgubbstunga, spruckna läppar, ödem på handryggar."),
        ("Bedömning", "Mistanke om Kawasakis sjukdom. Ekokardiografi i morgon bitti, IVIG förbereds."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Typo 'Mistanke' before an eponymous diagnosis in a child's ward note.")

add("bup-lund-sannolikt-adhd-dd-inlarningssvarighet", "skane-bup", "2014-06-10", "178", [
    N("n1", "Läkaranteckning", "Karin Thulin", LK, "2024-09-11 13:00", 60, [
        ("Bedömning", "Sannolikt ADHD, huvudsakligen ouppmärksam form, utifrån skattningar från skola och föräldrar. DD specifik inlärningssvårighet, varför psykologutredning med WISC-V planeras."),
    ])],
    must=["NL102"],
    why="BUP Skåne, 10-year-old: 'Sannolikt ADHD' in a visible Bedömning.")

add("psyk-affektiv-su-trolig-bipolar-typ-2", "vgr-psyk-aff", "1990-07-04", "620", [
    N("n1", "Läkaranteckning", "Ville Hermansson", LK, "2024-06-05 10:40", 30, [
        ("Anamnes", "Återkommande depressioner sedan tonåren. Beskriver perioder om 4–5 dagar med minskat sömnbehov, ökad energi och impulsiva köp."),
        ("Bedömning", "Trolig bipolär sjukdom typ II. Avvaktar med SSRI, överväger lamotrigin. Stämningsdagbok i fyra veckor."),
    ])],
    must=["NL102"],
    why="Adult psychiatry outpatient: 'Trolig bipolär sjukdom typ II'.")

add("psyk-landskrona-mojlig-eips", "skane-psyk", "2002-01-29", "264", [
    N("n1", "Läkaranteckning", "Erik Malmberg", LK, "2024-03-19 15:45", 20, [
        ("Bedömning", "Upprepade självskadehandlingar, instabila relationer och snabba affektsvängningar. Möjlig emotionellt instabil personlighetsstörning, men behöver längre observationstid och strukturerad intervju (SCID-5-PD). DBT-grupp erbjuds."),
    ])],
    must=["NL102"],
    why="'Möjlig emotionellt instabil personlighetsstörning' in a visible psychiatric note.")

add("neuro-su-trolig-fokal-epilepsi", "vgr-neuro", "1985-08-29", "434", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-07-24 11:30", 30, [
        ("Bedömning", "Två episoder av stirrande blick och smackningar med efterföljande förvirring. EEG med skarpa vågor vänster temporalt. Trolig fokal epilepsi med ursprung i vänster temporallob. Lamotrigin startas, MR beställd. Körkortsinformation given."),
    ])],
    must=["NL102"],
    why="'Trolig fokal epilepsi' in a neurology outpatient note.")

add("uro-boras-malignitet-kan-inte-uteslutas", "vgr-uro", "1957-11-25", "262", [
    N("n1", "Läkaranteckning", "Robert Fält", LK, "2024-05-07 09:00", 20, [
        ("Status", "Palpatoriskt hård, knölig prostata vä lob."),
        ("Bedömning", "PSA 9,2. Malignitet kan inte uteslutas, MR prostata och därefter ställningstagande till biopsi."),
    ])],
    must=["NL102"],
    why="'Malignitet kan inte uteslutas' is an open hypothesis, not a negation.")

add("kk-ystad-susp-ovarialcancer", "skane-kk", "1962-05-27", "346", [
    N("n1", "Läkaranteckning", "Malin Sjöstrand", LK, "2024-06-20 10:50", 20, [
        ("Undersökning", "Vaginalt ultraljud: 6 cm multilokulär cysta i vä ovarium med solida partier och ökat flöde. Lite fri vätska."),
        ("Bedömning", "Susp. ovarialcancer. CA-125 och DT thorax-buk, remiss till gynonkologen SUS Lund enligt standardiserat vårdförlopp."),
    ])],
    must=["NL102"],
    why="'Susp.' (suspected) ovarian cancer in a Skåne hospital Melior note.")

add("vc-angered-fragetecken-subklinisk-hypotyreos-utkast", "vgr-vc-angered", "1986-01-15", "160", [
    N("n1", "Läkaranteckning", "Farah Ali", LK, "2024-10-03 11:25", None, [
        ("Bedömning", "Trötthet, TSH 8,9 och fritt T4 normalt. ? subklinisk hypotyreos. Ny provtagning med TPO-ak om 6 veckor."),
    ])],
    must=["NL102"],
    why="Unsigned draft, VGR primary care: a leading '?' hedges the diagnosis.")

add("geri-trelleborg-trolig-delirium-uvi", "skane-geri", "1934-12-08", "455", [
    N("n1", "Daganteckning", "Britt Lövgren", LK, "2024-02-23 10:00", 20, [
        ("Bedömning", "Akut påkommen förvirring, växlande vakenhet, urinretention 600 ml. Trolig delirium utlöst av UVI och urinretention. KAD satt, urinodling, Selexid."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Geriatric ward: 'Trolig delirium' with a suspected cause.")

add("gastro-malmo-misstankt-pbc-billiar-typo", "skane-gastro", "1965-07-14", "280", [
    N("n1", "Läkaranteckning", "Gustav Borg", LK, "2024-01-11 15:25", 15, [
        ("Bedömning", "Klåda och stegrat ALP sedan ett år, AMA positiva. Misstänkt primär billiär kolangit. Ultraljud och elastografi, därefter ursodeoxicholsyra."),
    ])],
    must=["NL102"],
    why="Typo in the diagnosis word ('billiär'); the hedge 'Misstänkt' is intact.")

add("hud-malmo-trol-psoriasis-dd-seborroiskt-eksem", "skane-hud", "1989-06-21", "603", [
    N("n1", "Läkaranteckning", "Hanna Lindgren", LK, "2024-03-26 09:55", 10, [
        ("Status", "Välavgränsade rodnade, fjällande plack i hårbotten och bakom öronen. Naglar ua."),
        ("Bedömning", "Trol psoriasis i hårbotten, DD seborroiskt eksem. Dermovat lösning och ketokonazolschampo."),
    ])],
    must=["NL102"],
    why="'Trol' without a full stop plus DD, a mundane skin diagnosis.")

add("hud-su-susp-melanom-excision", "vgr-hud", "1971-08-12", "227", [
    N("n1", "Läkaranteckning", "Martin Ek", LK, "2024-07-03 13:20", 15, [
        ("Status", "Rygg: 8 mm asymmetrisk pigmenterad förändring med oregelbunden kant och flera färger. Dermatoskopi: atypiskt nätverk, regressionszoner."),
        ("Bedömning", "Susp. malignt melanom. Diagnostisk excision med 2 mm marginal i dag."),
    ])],
    must=["NL102"],
    why="'Susp. malignt melanom' before PAD, visible in VGR.")

add("onh-lund-larynxcancer-kan-ej-uteslutas", "skane-onh", "1954-10-30", "149", [
    N("n1", "Läkaranteckning", "Jonas Wallin", LK, "2024-11-14 10:30", 20, [
        ("Bedömning", "Heshet i sex veckor, rökare 40 paketår. Fiberskopi: oregelbunden förändring på vä stämband. Larynxcancer kan ej uteslutas, direktlaryngoskopi med px i narkos bokas."),
    ])],
    must=["NL102"],
    why="'kan ej uteslutas' keeps larynx cancer open.")

add("kardio-nal-fragetecken-aortastenos", "vgr-kardio", "1947-12-18", "381", [
    N("n1", "Läkaranteckning", "Sofie Carlsson", LK, "2024-03-13 11:10", 15, [
        ("Bedömning", "Synkope vid ansträngning, systoliskt blåsljud 3/6 med utstrålning mot halsen. ? aortastenos. Eko prioriteras, avrådd från tung fysisk aktivitet tills vidare."),
    ])],
    must=["NL102"],
    why="'? aortastenos' as the assessment.")

add("endo-su-misstankt-conns-syndrom", "vgr-endo", "1976-03-21", "537", [
    N("n1", "Läkaranteckning", "Henrik Strand", LK, "2024-05-30 15:00", 20, [
        ("Bedömning", "Svårbehandlad hypertoni på tre preparat och hypokalemi 3,1. Kvot aldosteron/renin förhöjd. Misstänkt primär aldosteronism (Conns syndrom), saltbelastningstest och binjure-DT."),
    ])],
    must=["NL102"],
    why="Eponym in parentheses after 'Misstänkt primär aldosteronism'.")

add("neuro-lund-myasthenia-gravis-fragetecken", "skane-neuro", "1970-06-02", "263", [
    N("n1", "Läkaranteckning", "Mats Olsson", LK, "2024-10-09 14:50", 25, [
        ("Bedömning", "Ptos vä och dubbelseende som förvärras under dagen, isprov positivt. Myasthenia gravis? AChR-antikroppar skickas och neurografi med repetitiv stimulering bokas."),
    ])],
    must=["NL102"],
    why="Latin diagnosis followed by a question mark.")

add("reuma-lund-klinisk-misstanke-hortons-sjukdom", "skane-reuma", "1945-04-06", "258", [
    N("n1", "Läkaranteckning", "Ingrid Pålsson", LK, "2024-06-11 09:25", None, [
        ("Bedömning", "Nydebuterad temporal huvudvärk, käkclaudicatio och SR 98. Klinisk misstanke om temporalisarterit (Hortons sjukdom). Prednisolon 60 mg startas i dag och temporalisbiopsi beställs."),
    ])],
    must=["NL102"],
    why="'Klinisk misstanke om' plus eponym (Horton), treatment started on suspicion.")

add("asih-uddevalla-ev-medullakompression", "vgr-asih", "1952-11-01", "639", [
    N("n1", "Läkaranteckning", "Ann-Sofie Berg", LK, "2024-09-06 12:40", 20, [
        ("Bedömning", "Känd prostatacancer med skelettmetastaser. Nytillkommen bältesformad ryggsmärta och svaghet i benen sedan i går. Ev. medullakompression – skickas akut för MR helrygg, Betapred 16 mg givet i hemmet."),
    ], setting="specialiserad hemsjukvård")],
    must=["NL102"],
    why="Palliative home care team: 'Ev. medullakompression' next to a known diagnosis.")

add("medicin-nal-cholangitis-acuta-susp-latin", "vgr-med", "1944-01-26", "720", [
    N("n1", "Daganteckning", "Gunnar Ahl", LK, "2024-11-08 09:35", 20, [
        ("Status", "Icterus, temp 38,9, palpöm i hö arcus."),
        ("Bedömning", "Cholangitis acuta susp., choledocholithiasis trol. ERCP anmäld, Tazocin iv."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Latin diagnoses with postposed hedges 'susp.' and 'trol.'.")

add("kk-ostra-misstankt-extrauterin-graviditet", "vgr-kk", "1996-10-19", "641", [
    N("n1", "Akutanteckning", "Elin Bergqvist", LK, "2024-10-26 01:40", 15, [
        ("Bedömning", "Smärta vä fossa, positivt hCG 1800, tom uteruskavitet och 2 cm adnexresistens vä. Misstänkt extrauterin graviditet. Laparoskopi i natt."),
    ], setting="akut")],
    must=["NL102"],
    why="Gynaecological emergency: 'Misstänkt extrauterin graviditet'.")

add("vc-lerum-troligen-baltros", "vgr-vc-lerum", "1960-07-01", "259", [
    N("n1", "Läkaranteckning", "Anna Karlsson", LK, "2024-08-26 10:40", 10, [
        ("Bedömning", "Brännande smärta i två dagar och nu blåsor i ett bälte på höger sida av bålen. Pat har troligen fått bältros. Valaciklovir i 7 dagar, återkommer vid ögonpåverkan."),
    ])],
    must=["NL102"],
    why="Lay diagnosis word (bältros) hedged with 'troligen' in VGR primary care.")

add("akut-su-misstant-pneumoni-typo", "vgr-akut", "1951-05-08", "413", [
    N("n1", "Akutanteckning", "Daniel Hedlund", LK, "2024-12-14 20:20", 15, [
        ("Bedömning", "Feber, hosta och CRP 180, rassel vä basalt. Misstänt pneumoni vä basalt, CRB-65 1 p. Hemgång med Doxyferm."),
    ], setting="akut")],
    must=["NL102"],
    why="Typo 'Misstänt' for misstänkt.")

add("reuma-lund-sannolikr-reaktiv-artrit-typo", "skane-reuma", "1991-12-28", "366", [
    N("n1", "Läkaranteckning", "Ingrid Pålsson", LK, "2024-08-14 11:05", 15, [
        ("Bedömning", "Svullet hö knä och vä fotled tre veckor efter salmonellainfektion. Sannolikr reaktiv artrit. Ledpunktion utan kristaller, odling neg. NSAID och sjukgymnastik."),
    ])],
    must=["NL102"],
    why="Typo 'Sannolikr' for sannolikt.")

add("reuma-alingsas-trolgi-sjogrens-typo", "vgr-reuma", "1968-03-11", "440", [
    N("n1", "Läkaranteckning", "Marie Sandberg", LK, "2024-11-27 14:25", 10, [
        ("Bedömning", "Torra ögon och mun sedan flera år, Schirmer 3 mm, SSA-ak positiva. trolgi Sjögrens syndrom, läppbiopsi bokas."),
    ])],
    must=["NL102"],
    why="Typo 'trolgi' (lower case) before an eponymous syndrome.")

add("lung-lund-differentialdiagnostiskt-tuberkulos", "skane-lung", "1987-07-13", "296", [
    N("n1", "Läkaranteckning", "Ulrika Friberg", LK, "2024-02-08 14:35", 20, [
        ("Bedömning", "Kavitet i vä ovanlob, nattliga svettningar, uppvuxen i Somalia. Differentialdiagnostiskt övervägs tuberkulos och nekrotiserande pneumoni. Sputum för direktmikroskopi och PCR x3, pat isoleras på enkelrum."),
    ])],
    must=["NL102"],
    why="'Differentialdiagnostiskt övervägs' (spelled-out DD) in a lung clinic note.")

add("medicin-kristianstad-tankbar-polymyalgi", "skane-med", "1949-02-02", "532", [
    N("n1", "Läkaranteckning", "Sebastian Holmqvist", LK, "2024-09-12 13:50", 15, [
        ("Bedömning", "Proximal stelhet i skuldror och höfter sedan en månad, SR 64. Tänkbar diagnos är polymyalgia reumatika. Provar prednisolon 15 mg och utvärderar om en vecka."),
    ])],
    must=["NL102"],
    why="Less common hedge 'Tänkbar diagnos är'.")

add("neuro-su-inte-otankbart-tidig-parkinson", "vgr-neuro", "1958-05-20", "307", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-02-29 15:10", 15, [
        ("Bedömning", "Lätt vilotremor hö hand och nedsatt armsving hö. Det är inte otänkbart att det rör sig om en tidig Parkinsons sjukdom. DaTSCAN beställs."),
    ])],
    must=["NL102"],
    why="Double-negative hedge 'inte otänkbart' is a hypothesis, not a negation.")

add("hemat-su-vacker-misstanke-om-lymfom-utkast", "vgr-hemat", "1980-11-22", "349", [
    N("n1", "Läkaranteckning", "Mikael Berntsson", LK, "2024-09-04 10:30", None, [
        ("Bedömning", "B-symtom och generaliserade lymfkörtelförstoringar upp till 3 cm på halsen och i axiller. Fyndet väcker misstanke om lymfom. Körtelexstirpation och PET-DT bokas."),
    ])],
    must=["NL102"],
    why="Unsigned draft: 'väcker misstanke om lymfom'.")

add("orto-kungalv-skafoideumfraktur-ej-uteslutet", "vgr-orto", "2003-06-06", "470", [
    N("n1", "Läkaranteckning", "Fredrik Lund", LK, "2024-02-17 12:30", 10, [
        ("Bedömning", "Ömhet i fossa tabatière efter fall på utsträckt hand. Rtg utan synlig fraktur men skafoideumfraktur ej uteslutet. Gips i 10 dagar och ny röntgen."),
    ])],
    must=["NL102"],
    why="'ej uteslutet' leaves a fracture diagnosis open despite a normal X-ray.")

add("palliativ-angelholm-misstankt-malign-tarmobstruktion", "skane-pall", "1946-06-16", "195", [
    N("n1", "Daganteckning", "Karolina Jeppsson", LK, "2024-10-14 11:15", 20, [
        ("Bedömning", "Känd koloncancer med peritoneal spridning. Kräkningar och utspänd buk sedan igår, inga gasavgångar. Misstänkt malign tarmobstruktion. Sond, Sandostatin, DT buk om pat önskar."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="A new hedged complication next to a known confirmed cancer.")


# =====================================================================================
# D. NL102 near misses: PMO (diagnoses never shown), negated, family and past history,
#    hedges that are not about a diagnosis, hypothesis only in Tidiga hypoteser, confirmed
# =====================================================================================

add("pmo-nasby-trolig-pneumoni", "skane-vc-nasby", "1958-10-06", "227", [
    N("n1", "Besöksanteckning", "Lars-Erik Mattsson", LK, "2024-01-15 10:20", 10, [
        ("Kontaktorsak", "Hosta och feber i fem dagar."),
        ("Status", "Temp 38,4, sat 95 %. Lungor: krepitationer hö basalt."),
        ("Bedömning", "Trolig pneumoni hö basalt, CRP 96. Kåvepenin 1 g x 3 i 7 dagar."),
    ])],
    must_not=["NL102"],
    why="PMO vårdcentral: a hedged diagnosis is never shown to the patient.")

add("pmo-husensjo-ssk-misstankt-uvi", "skane-vc-husensjo", "1944-03-02", "151", [
    N("n1", "Telefonkontakt", "Birgitta Nyberg", SSK, "2024-02-06 09:15", 5, [
        ("Telefonkontakt", "Sveda och täta trängningar sedan två dagar, ingen feber, ingen flanksmärta. Misstänkt okomplicerad UVI. Lämnar urinprov i dag, recept Selexid efter läkarkonsultation."),
    ])],
    must_not=["NL102"],
    why="PMO nurse telephone note with 'Misstänkt okomplicerad UVI'.")

add("pmo-bvc-simrishamn-ev-sprakforsening", "skane-bvc", "2022-04-01", "268", [
    N("n1", "BVC-besök", "Camilla Persson", "BVC-sjuksköterska", "2024-10-02 14:00", 30, [
        ("Besök", "2,5-årskontroll. Få ord, pekar och drar i föräldern för att visa vad hon vill. Hörsel bedöms normal vid lek. God kontakt och samspel."),
        ("Bedömning", "Ev. språkförsening. Remiss till logoped, uppföljning på BVC om tre månader."),
    ])],
    must_not=["NL102"],
    why="BVC in PMO: 'Ev. språkförsening' is not shown.")

add("pmo-umo-malmo-misstankt-klamydia", "skane-umo", "2006-05-19", "302", [
    N("n1", "Besöksanteckning", "Josefin Ahlström", "barnmorska", "2024-04-17 15:30", 20, [
        ("Kontaktorsak", "Sveda vid miktion i en vecka, ny partner för en månad sedan."),
        ("Bedömning", "Misstänkt klamydia. Provtagning för klamydia och gonorré, partnerinformation given, undviker oskyddat sex tills svar."),
    ])],
    must_not=["NL102"],
    why="Ungdomsmottagning (PMO), 17-year-old: suspected STI stays unshown.")

add("pmo-hemsjukvard-eslov-trol-trycksar", "skane-hsv", "1935-08-23", "286", [
    N("n1", "Hembesök", "Ulla Bengtsson", SSK, "2024-05-10 11:00", 60, [
        ("Omvårdnad", "Rodnad som inte bleknar vid tryck och liten blåsa på vä häl. Trol. trycksår kategori 2. Avlastande hälskydd och byte av madrass beställt, såromläggning varannan dag."),
    ], setting="hemsjukvård")],
    must_not=["NL102"],
    why="Municipal-style home care in PMO: 'Trol. trycksår'.")

add("pmo-linero-mojlig-depression-dd-utmattning", "skane-vc-linero", "1985-04-27", "443", [
    N("n1", "Besöksanteckning", "Daniel Öberg", LK, "2024-06-07 13:30", 20, [
        ("Bedömning", "Nedstämdhet, sömnsvårigheter och orkeslöshet sedan i vintras, PHQ-9 14. Möjlig depression av måttlig grad, DD utmattningssyndrom. Remiss till psykosocialt team, återbesök 3 v."),
    ])],
    must_not=["NL102"],
    why="PMO: 'Möjlig depression', DD, not visible as a diagnosis.")

add("pmo-tomelilla-susp-formaksflimmer", "skane-vc-tomelilla", "1946-12-02", "297", [
    N("n1", "Besöksanteckning", "Anita Kron", "distriktssköterska", "2024-07-15 09:20", 10, [
        ("Bedömning", "Oregelbunden puls 96 vid blodtryckskontroll. Susp. förmaksflimmer, EKG tas i dag och läkare informeras."),
    ])],
    must_not=["NL102"],
    why="District nurse in PMO: 'Susp. förmaksflimmer'.")

add("pmo-nasby-dd-gastrit-ulcus", "skane-vc-nasby", "1977-02-17", "505", [
    N("n1", "Besöksanteckning", "Lars-Erik Mattsson", LK, "2024-08-21 14:45", None, [
        ("Bedömning", "Epigastrisk smärta efter måltid, använder ibuprofen dagligen för ryggvärk. DD gastrit/ulcus. Sätter ut NSAID, Omeprazol 20 mg och helikobakter-test (F-Hp-Ag)."),
    ])],
    must_not=["NL102"],
    why="PMO: a differential diagnosis written with DD.")

add("pmo-husensjo-misstankt-tia-skickas-akut", "skane-vc-husensjo", "1952-06-30", "214", [
    N("n1", "Besöksanteckning", "Reza Karimi", LK, "2024-03-14 10:50", 15, [
        ("Bedömning", "Övergående domning i hö arm och talsvårigheter i 20 minuter i går kväll, nu helt återställd. Misstänkt TIA. Skickas akut till strokeenheten i Helsingborg, ABCD2 5 p."),
    ])],
    must_not=["NL102"],
    why="PMO: serious hedged diagnosis (TIA) still not shown from PMO.")

add("pmo-linero-miststankt-hypotyreos-typo-utkast", "skane-vc-linero", "1970-09-19", "421", [
    N("n1", "Telefonkontakt", "Daniel Öberg", LK, "2024-09-26 16:20", None, [
        ("Telefonkontakt", "Ringer pat med svar på prover: TSH 14, fritt T4 lågt. Miststänkt hypotyreos, Levaxin 50 µg startas, ny kontroll om 6 veckor."),
    ])],
    must_not=["NL102"],
    why="PMO unsigned draft with typo 'Miststänkt'.")

add("pmo-umo-malmo-ev-atstorning", "skane-umo", "2007-01-08", "236", [
    N("n1", "Besöksanteckning", "Josefin Ahlström", "barnmorska", "2024-11-20 16:00", 15, [
        ("Kontaktorsak", "Vill prata om att mensen uteblivit i fyra månader."),
        ("Bedömning", "Viktnedgång 7 kg sedan i somras, BMI 17,1, tränar två gånger om dagen. Ev. ätstörning. Remiss till ungdomsläkare samma vecka och kontakt med ätstörningsenheten efter samtycke."),
    ])],
    must_not=["NL102"],
    why="PMO ungdomsmottagning, 17-year-old: 'Ev. ätstörning'.")

add("pmo-husensjo-borrelia-kan-inte-uteslutas", "skane-vc-husensjo", "1967-08-09", "345", [
    N("n1", "Besöksanteckning", "Reza Karimi", LK, "2024-09-02 11:10", 10, [
        ("Bedömning", "Ledvärk i knän och trötthet, flera fästingbett i somras. Borreliainfektion kan inte uteslutas, serologi tas. Ledstatus utan synovit."),
    ])],
    must_not=["NL102"],
    why="PMO: 'kan inte uteslutas' hedge, not shown.")

add("akut-su-ingen-misstanke-om-faktur-typo", "vgr-akut", "1990-02-25", "376", [
    N("n1", "Akutanteckning", "Leila Moradi", LK, "2024-01-20 15:10", 10, [
        ("Bedömning", "Vrickat hö fotled i fotboll. Kan belasta, ej ömmande över malleolspetsar eller bas MT5 enligt Ottawa-reglerna. Ingen misstanke om faktur, röntgen behövs inte. Distorsion, stödbandage."),
    ], setting="akut")],
    must_not=["NL102"],
    why="Negated suspicion 'Ingen misstanke om' with typo 'faktur'.")

add("medicin-kristianstad-dvt-avskriven-bakercysta", "skane-med", "1964-10-25", "257", [
    N("n1", "Läkaranteckning", "Sebastian Holmqvist", LK, "2024-04-16 09:10", 10, [
        ("Bedömning", "Ultraljud vä ben: inga tromber från ljumske till vad. DVT avskriven, Fragmin sätts ut. Besvären bedöms bero på en sprucken Bakercysta."),
    ])],
    must_not=["NL102"],
    why="'DVT avskriven' and an eponymous confirmed alternative.")

add("kir-skovde-inget-som-talar-for-appendicit", "vgr-kir", "2004-12-12", "231", [
    N("n1", "Akutanteckning", "Tomas Ljung", LK, "2024-05-04 17:45", 10, [
        ("Bedömning", "Diffus buksmärta efter magsjuka i familjen, mjuk buk, CRP 8, vita 7,2. Inget som talar för appendicit. Gastroenterit, vätska och hem. Återkommer vid lokaliserad smärta."),
    ], setting="akut")],
    must_not=["NL102"],
    why="'Inget som talar för appendicit' negates the diagnosis.")

add("vc-hjo-hereditet-mor-trolig-alzheimer", "vgr-vc-hjo", "1964-06-08", "391", [
    N("n1", "Läkaranteckning", "Karl Nordin", LK, "2024-03-19 11:00", 15, [
        ("Hereditet", "Mor hade trolig Alzheimers sjukdom, morbror Parkinson."),
        ("Aktuellt", "Årskontroll hypertoni. Välbehandlad på amlodipin, BT 132/80. Inga minnesbesvär, arbetar heltid som revisor."),
        ("Bedömning", "Essentiell hypertoni, välkontrollerad. Oförändrad behandling, kontroll om ett år."),
    ])],
    must_not=["NL102"],
    why="The hedge is about the mother (family history), not the patient.")

add("vc-angered-bror-utreds-for-hemokromatos", "vgr-vc-angered", "1979-11-29", "573", [
    N("n1", "Läkaranteckning", "Farah Ali", LK, "2024-07-10 13:45", 10, [
        ("Aktuellt", "Pat berättar att hans bror utreds för misstänkt hemokromatos och undrar om han själv bör testas."),
        ("Bedömning", "Ferritin 180 och transferrinmättnad 32 %, normala värden. Inga kliniska tecken på järninlagring. Brodern kan ta upp ärftlighetsfrågan med sin läkare; vid påvisad mutation erbjuds pat gentest."),
    ])],
    must_not=["NL102"],
    why="Suspected diagnosis belongs to the brother; the patient's values are normal.")

add("gastro-lidkoping-tidigare-celiakiutredning-normal", "vgr-gastro", "1990-09-03", "614", [
    N("n1", "Läkaranteckning", "Sara Blom", LK, "2024-03-27 10:20", 15, [
        ("Tidigare", "Utreddes 2019 pga misstänkt celiaki, men duodenalbiopsier var normala och tTG negativa."),
        ("Bedömning", "Nu IBS-bild med växlande avföring och uppblåsthet, normala inflammationsparametrar och F-kalprotektin 20. IBS enligt Rom IV, FODMAP-remiss till dietist."),
    ])],
    must_not=["NL102"],
    why="Past history: an old suspicion that was ruled out in 2019.")

add("onk-su-mojligen-byte-till-kapecitabin", "vgr-onk", "1950-12-13", "217", [
    N("n1", "Läkaranteckning", "Johanna Lindh", LK, "2024-06-19 14:10", 20, [
        ("Bedömning", "Metastaserad koloncancer, stabil sjukdom efter sex kurer FOLFOX. Oxaliplatin ger tilltagande neuropati. Möjligen byte till kapecitabin i tablettform från nästa kur, diskuteras med pat vid nästa besök."),
    ])],
    must_not=["NL102"],
    why="'Möjligen' hedges a treatment change, not a diagnosis.")

add("neuro-lund-korkort-fragetecken-jme", "skane-neuro", "1988-05-25", "336", [
    N("n1", "Läkaranteckning", "Mats Olsson", LK, "2024-06-17 10:10", 10, [
        ("Bedömning", "Känd juvenil myoklonisk epilepsi, anfallsfri i 14 månader på Lamictal. Körkort? Pat informerad om Transportstyrelsens regler, ingen ny anmälan krävs. Oförändrad dos."),
    ])],
    must_not=["NL102"],
    why="The question mark is about the driving licence, the epilepsy is known.")

add("neuro-su-mojlig-parkinson-under-sokord", "vgr-neuro", "1962-09-08", "684", [
    N("n1", "Läkaranteckning", "Lars Gustafsson", LK, "2024-11-13 13:30", 20, [
        ("Aktuellt", "Remiss pga skakningar i vänster hand, främst vid stress. Arbetar som tandläkare och är orolig för yrket."),
        ("Status", "Lätt postural tremor vä, ingen rigiditet, normal gång."),
        (TH, "Möjlig begynnande Parkinsons sjukdom, men för tidigt att ta upp innan DaTSCAN."),
        ("Planering", "DaTSCAN och återbesök efter svar."),
    ])],
    must_not=["NL102", "NL104"],
    why="VGR: the hedged diagnosis is only under the hidden sökord Tidiga hypoteser.")

add("onk-lund-paramalignt-i-mallen-tidiga-hypoteser", "skane-onk", "1966-02-27", "458", [
    N("n1", TH, "Nora Ekström", LK, "2024-08-01 16:30", 10, [
        ("Bedömning", "Hyponatremi och nytillkommen ataxi hos kvinna med tidigare behandlad småcellig lungcancer. Möjligt paramalignt syndrom (anti-Hu?) eller återfall med hjärnmetastaser. Avvaktar MR och antikroppar innan pat informeras."),
    ])],
    must_not=["NL102", "NL104"],
    why="Skåne: hedged hypotheses inside the Tidiga hypoteser template are hidden.")

add("vc-lerum-pat-orolig-for-hjarntumor", "vgr-vc-lerum", "1994-04-04", "480", [
    N("n1", "Läkaranteckning", "Anna Karlsson", LK, "2024-02-13 14:20", None, [
        ("Aktuellt", "Huvudvärk i pannan varje eftermiddag i två månader, mycket skärmarbete. Pat är orolig för hjärntumör efter att en kollega insjuknat."),
        ("Status", "Neurologstatus helt normalt inklusive fundoskopi. Ömma nack- och skuldermuskler."),
        ("Bedömning", "Spänningshuvudvärk. Lugnande besked, ergonomiråd och fysioterapi."),
    ])],
    must_not=["NL102"],
    why="The patient's own worry is not a clinician's hypothesis; the diagnosis is settled.")

add("medicin-nal-epikris-pneumokockpneumoni", "vgr-med", "1937-08-04", "164", [
    N("n1", "Epikris", "Gunnar Ahl", LK, "2024-12-12 13:00", 30, [
        ("Diagnos", "Pneumoni orsakad av Streptococcus pneumoniae (J13)."),
        ("Sammanfattning", "Inkom med feber och andfåddhet, pneumokockantigen positivt i urin. Behandlad med bensylpenicillin med god effekt. Utskriven till hemmet."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="Discharge summary with a confirmed, coded diagnosis and no hedge.")

add("geri-trelleborg-misstanker-glommer-kvallsdos", "skane-geri", "1938-12-30", "274", [
    N("n1", "Läkaranteckning", "Britt Lövgren", LK, "2024-07-23 10:30", 10, [
        ("Bedömning", "Blodtryck 178/95 trots tre preparat. Misstänker att pat glömmer kvällsdosen, flera kartor kvar i skåpet vid hembesök. Dosett och påminnelse via hemtjänsten ordnas innan vi höjer doserna."),
    ])],
    must_not=["NL102"],
    why="'Misstänker' is about missed doses (adherence), not a diagnosis.")

add("akut-malmo-ingen-misstnake-om-lungemboli-typo", "skane-akut", "1984-07-18", "412", [
    N("n1", "Akutanteckning", "Viktor Åkesson", LK, "2024-09-15 06:30", 10, [
        ("Bedömning", "Andfåddhet efter långflygning, men normal saturation, puls 72 och negativt D-dimer. Känd astma, lätt försämring efter förkylning. Ingen misstnake om lungemboli. Ökar Symbicort, hemgång."),
    ], setting="akut")],
    must_not=["NL102"],
    why="Negation with typo 'misstnake' still negates the diagnosis.")

add("reuma-lund-giktmisstanke-avfors-pseudogikt", "skane-reuma", "1966-08-21", "320", [
    N("n1", "Läkaranteckning", "Ingrid Pålsson", LK, "2024-02-27 10:00", 10, [
        ("Bedömning", "Svullen vä stortåled. Ledpunktion utan uratkristaller, urat 280. Misstanken om giktartrit avförs. Pyrofosfatkristaller påvisade – pseudogikt (CPPD-artrit), kortisoninjektion i leden."),
    ])],
    must_not=["NL102"],
    why="'Misstanken ... avförs': suspicion dropped, alternative confirmed by crystals.")

add("kardio-nal-maken-troligen-demens", "vgr-kardio", "1940-07-07", "393", [
    N("n1", "Daganteckning", "Sofie Carlsson", LK, "2024-04-26 14:00", 15, [
        ("Socialt", "Bor med maken som enligt dottern troligen har en demenssjukdom och inte klarar att sköta hushållet. Hemtjänst tre gånger dagligen planeras före hemgång."),
        ("Bedömning", "Hjärtsvikt med reducerad EF, kompenserad efter diuretika. Vikt ned 4 kg."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="The hedged diagnosis concerns the husband, not the patient.")

add("dietist-lidkoping-ev-tre-naringsdrycker", "vgr-gastro", "1956-01-25", "312", [
    N("n1", "Dietistanteckning", "Maja Ström", "dietist", "2024-08-29 10:00", 30, [
        ("Aktuellt", "Crohns sjukdom med tunntarmsresektion 2019. Viktnedgång 3 kg på två månader."),
        ("Åtgärd", "Energiintag beräknat till ca 1500 kcal/dag, behov 2100. Två näringsdrycker dagligen, ev. ökning till tre om vikten fortsätter sjunka. Ny vägning om fyra veckor."),
    ])],
    must_not=["NL102"],
    why="Dietitian: 'ev.' hedges a nutrition plan; Crohn's disease is known.")

add("fysio-hassleholm-kommer-troligen-klara-trappor", "skane-orto", "1972-05-05", "381", [
    N("n1", "Fysioterapeutanteckning", "Mikaela Rosén", "fysioterapeut", "2024-05-28 14:00", 15, [
        ("Bedömning", "Opererad med totalprotes hö höft för artros 14/5. Går med rollator, flexion 85°. Kommer troligen att klara trappor utan stöd inom två veckor. Fortsatt hemträningsprogram."),
    ])],
    must_not=["NL102"],
    why="Physiotherapist: 'troligen' about functional progress, not a diagnosis.")


# =====================================================================================
# E. NL104: Tidiga hypoteser entries with no hypothesis, or settled AND told; and real
#    hypotheses that belong there
# =====================================================================================

add("tidhyp-vgr-vill-kallas-micke", "vgr-kardio", "1966-05-28", "252", [
    N("n1", "Läkaranteckning", "Sofie Carlsson", LK, "2024-01-29 13:40", 10, [
        ("Aktuellt", "Uppföljning efter PCI mot LAD i december. Inga bröstsmärtor, går promenader dagligen."),
        (TH, "Pat vill bli kallad Micke och föredrar telefonsamtal före brev."),
        ("Bedömning", "Stabil kranskärlssjukdom efter PCI. Fortsatt dubbel trombocythämning till december."),
    ])],
    must=["NL104"],
    why="VGR sökord Tidiga hypoteser used for a nickname and contact preference: no hypothesis.")

add("tidhyp-skane-hund-behover-tillsyn", "skane-med", "1948-01-31", "414", [
    N("n1", TH, "Amanda Kjellberg", LK, "2024-02-16 15:20", 5, [
        ("Tidiga hypoteser", "Pat har en hund hemma som behöver tillsyn under vårdtiden. Grannen Åsa har nyckel och är kontaktad."),
    ], setting="slutenvård")],
    must=["NL104"],
    why="Skåne template Tidiga hypoteser holding practical social information only.")

add("tidhyp-vgr-parkinson-faststalld-och-informerad", "vgr-neuro", "1955-10-03", "196", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-03-25 14:30", None, [
        (TH, "Diagnosen Parkinsons sjukdom är nu fastställd med DaTSCAN och patienten informerades om den vid dagens besök."),
        ("Planering", "Start av levodopa/benserazid, återbesök om tre månader."),
    ])],
    must=["NL104"],
    why="Settled and communicated diagnosis left under the hidden sökord.")

add("tidhyp-skane-brostcancer-verifierad-besked-givet", "skane-kir", "1969-04-12", "187", [
    N("n1", TH, "Sofia Ek", LK, "2024-03-05 10:00", 10, [
        ("Tidiga hypoteser", "Bröstcancer hö verifierad med mellannålsbiopsi, duktal typ. Besked givet till pat 4/3 i närvaro av kontaktsjuksköterska."),
    ])],
    must=["NL104"],
    why="Skåne template used for a PAD-verified cancer that the patient has been told.")

add("tidhyp-vgr-kontrollera-blodtryck-nasta-besok", "vgr-vc-hjo", "1962-12-19", "288", [
    N("n1", "Läkaranteckning", "Karl Nordin", LK, "2024-04-15 11:15", 10, [
        ("Aktuellt", "Recept på Losartan förnyat, känd hypertoni."),
        (TH, "Kontrollera blodtryck och kalium vid nästa besök."),
    ])],
    must=["NL104"],
    why="A to-do reminder under Tidiga hypoteser: no diagnostic hypothesis.")

add("tidhyp-skane-orolig-infor-knaoperation", "skane-orto", "1957-07-17", "162", [
    N("n1", TH, "Björn Svensson", LK, "2024-10-07 09:30", 10, [
        ("Tidiga hypoteser", "Pat är mycket orolig inför knäoperationen och har fått en lugnande tablett inför narkosen, önskar att maken får följa med till operationsavdelningen."),
    ])],
    must=["NL104"],
    why="Worry and wishes before surgery in the hidden template: no hypothesis.")

add("tidhyp-vgr-ms-bekraftad-pat-underrattad", "vgr-neuro", "1991-06-22", "375", [
    N("n1", "Läkaranteckning", "Lars Gustafsson", LK, "2024-05-02 16:20", 10, [
        (TH, "Hypotesen om MS är nu bekräftad genom MR och likvor. Pat underrättad vid besök 30/4."),
    ])],
    must=["NL104"],
    why="Hypothesis confirmed and the patient underrättad, yet still only under the sökord.")

add("tidhyp-skane-dotterns-telefonnummer", "skane-geri", "1933-05-13", "421", [
    N("n1", TH, "Britt Lövgren", LK, "2024-04-04 13:00", 5, [
        ("Tidiga hypoteser", "Dotterns mobilnummer: 070-123 45 67. Ring henne hellre än sonen vid frågor om hemgång."),
    ], setting="slutenvård")],
    must=["NL104"],
    why="Contact details in the Tidiga hypoteser template.")

add("tidhyp-vgr-misstankt-ftd-for-tidigt", "vgr-geri", "1958-02-09", "223", [
    N("n1", "Läkaranteckning", "Jenny Lundberg", LK, "2024-06-13 10:40", 20, [
        ("Aktuellt", "Make beskriver personlighetsförändring med hämningslöshet och sötsug det senaste året."),
        (TH, "Misstänkt frontotemporal demens, men för tidigt att nämna för pat innan neuropsykologisk testning och MR."),
        ("Planering", "MR hjärna och neuropsykologi bokas."),
    ])],
    must_not=["NL104", "NL102"],
    why="Correct use: an unsettled hypothesis not yet communicated.")

add("tidhyp-skane-somatiseringssyndrom-for-oklart", "skane-med", "1983-09-09", "208", [
    N("n1", TH, "Amanda Kjellberg", LK, "2024-07-04 15:00", 10, [
        ("Tidiga hypoteser", "Misstanke om somatiseringssyndrom utifrån många negativa utredningar, men bedöms för oklart att diskutera med pat ännu."),
    ])],
    must_not=["NL104"],
    why="Skåne template with a genuine, unsettled hypothesis.")

add("tidhyp-vgr-kan-vara-tidig-als", "vgr-neuro", "1967-08-25", "604", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-08-15 11:00", None, [
        ("Status", "Fascikulationer i båda vaderna, lätt atrofi i vä hand."),
        (TH, "Kan vara tidig ALS, EMG inväntas innan något sägs till pat."),
    ])],
    must_not=["NL104"],
    why="Unsigned draft: 'Kan vara tidig ALS' is a hypothesis, correctly hidden.")

add("tidhyp-skane-psykos-dd-organisk-genes", "skane-psyk", "1975-11-21", "553", [
    N("n1", TH, "Amir Sadeghi", LK, "2024-12-09 14:30", 10, [
        ("Tidiga hypoteser", "DD paranoid psykos kontra organisk genes (frontal tumör? autoimmun encefalit?). För tidigt att kommunicera, MR och LP planeras."),
    ])],
    must_not=["NL104"],
    why="Psychiatry: an open differential in the template is a real hypothesis.")


# =====================================================================================
# F. Records of 2-3 notes
# =====================================================================================

add("rec-hud-malmo-melanom-ssk-sedan-lakare", "skane-hud", "1974-09-15", "357", [
    N("n1", "Telefonanteckning", "Therese Lund", SSK, "2024-05-13 10:15", 5, [
        ("Telefonkontakt", "Pat ringer och frågar efter svar på leverfläcken som togs bort från ryggen. PAD har kommit: malignt melanom, Breslow 1,4 mm, ej ulcererat. Läkaren har inte hunnit ge pat besked, så jag säger bara att svaret kommit och bokar tid hos dr Lindgren 15/5."),
    ]),
    N("n2", "Läkaranteckning", "Hanna Lindgren", LK, "2024-05-15 11:00", 20, [
        ("Bedömning", "Besked om melanomet givet vid dagens besök. Pat förstod informationen och frågade om sol och barnens risk. Remiss för utvidgad excision och sentinel node-biopsi."),
    ]),
    ], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="Nurse writes the melanoma before the doctor's besked (n1); the doctor's note after telling is fine (n2).")

add("rec-neuro-su-als-sokord-sedan-synligt", "vgr-neuro", "1957-03-12", "279", [
    N("n1", "Läkaranteckning", "Lars Gustafsson", LK, "2024-02-05 14:00", 15, [
        ("Aktuellt", "Svaghet i höger hand sedan ett halvår, svårt att knäppa knappar."),
        ("Status", "Atrofi av m. interosseus dorsalis I hö, fascikulationer i överarmar, livliga reflexer."),
        (TH, "Misstänkt motorneuronsjukdom/ALS. Pat är inte informerad om misstanken, EMG först."),
        ("Planering", "EMG och MR halsrygg, återbesök med svar."),
    ]),
    N("n2", "Läkaranteckning", "Lars Gustafsson", LK, "2024-03-04 15:00", 20, [
        ("Bedömning", "EMG visar utbredd denervation. Diagnosen ALS är nu ställd och pat har informerats i dag tillsammans med hustrun. Remiss till ALS-teamet, Rilutek startas."),
    ]),
    ], must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="The routine done right: hypothesis hidden under the sökord, then documented visibly once settled and told.")

add("rec-pmo-njursten-sedan-akut-aortaaneurysm", "skane-akut", "1949-10-14", "318", [
    N("n1", "Besöksanteckning", "Daniel Öberg", LK, "2024-07-08 09:30", 10, [
        ("Bedömning", "Vänstersidig ryggsmärta med utstrålning mot ljumsken, mikroskopisk hematuri. Trolig njursten. Voltaren, åter vid feber eller försämring."),
    ], unit="skane-vc-linero"),
    N("n2", "Akutanteckning", "Viktor Åkesson", LK, "2024-07-09 02:45", 20, [
        ("Bedömning", "Tilltagande smärta, BT 100/60. Pulserande resistens i buken. Misstänkt symtomgivande bukaortaaneurysm, DT-angio omedelbart och kärlkirurg larmad."),
    ], setting="akut"),
    ], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="Same region, two systems: the PMO hedge is not shown, the Melior hedge next day is.")

add("rec-akut-su-stroke-sedan-strokeenhet", "vgr-akut", "1946-02-22", "350", [
    N("n1", "Akutanteckning", "Leila Moradi", LK, "2024-09-21 08:15", 10, [
        ("Bedömning", "Plötslig talsvårighet och hö facialispares debut 07.20, NIHSS 4. DT och DT-angio utan blödning. Misstänkt ischemisk stroke, trombolys ges efter samråd."),
    ], setting="akut"),
    N("n2", "Daganteckning", "Gustav Hellström", LK, "2024-09-22 10:30", 20, [
        ("Bedömning", "MR: akut infarkt i vänster capsula interna. Ischemisk stroke bekräftad. Pat informerad om diagnosen och om sekundärprevention; talet nästan återställt."),
    ], setting="slutenvård", unit="vgr-stroke"),
    ], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="Hedged stroke in the emergency note (n1); confirmed and told on the stroke unit (n2).")

add("rec-tidhyp-skane-lofgren-hypotes-sedan-faststalld", "skane-lung", "1977-04-29", "240", [
    N("n1", TH, "Ulrika Friberg", LK, "2024-01-12 13:00", 10, [
        ("Tidiga hypoteser", "Hilusadenopati och erythema nodosum – trolig Löfgrens syndrom, men lymfom behöver uteslutas innan något sägs till pat."),
    ]),
    N("n2", TH, "Ulrika Friberg", LK, "2024-02-09 11:20", 10, [
        ("Tidiga hypoteser", "Löfgrens syndrom är nu fastställt efter EBUS utan malignitet. Diagnosen meddelad pat vid besöket i dag."),
    ]),
    ], must=[("NL104", "n2")], must_not=[("NL104", "n1")],
    why="The first entry is a proper hypothesis; the second records a settled, told diagnosis in the hidden template.")

add("rec-onk-su-pankreas-tre-anteckningar", "vgr-onk", "1953-12-07", "491", [
    N("n1", "Läkaranteckning", "Johanna Lindh", LK, "2024-04-02 16:00", 15, [
        ("Bedömning", "Finnålspunktion via EUS: adenokarcinom i pankreas. Pat ej informerad, besked planeras på torsdag med kontaktsjuksköterska."),
    ]),
    N("n2", "Läkaranteckning", "Johanna Lindh", LK, "2024-04-04 11:00", 25, [
        ("Bedömning", "Pat informerad om pankreascancern och om att den inte går att operera. Erbjuds palliativ kemoterapi, vill fundera över helgen."),
    ]),
    N("n3", "Telefonanteckning", "Lotta Engström", "kontaktsjuksköterska", "2024-04-08 09:30", 10, [
        ("Telefonkontakt", "Pat ringer efter helgen och har bestämt sig för att pröva cytostatika. Bokar tid för PAC-inläggning."),
    ]),
    ], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="A note rule answers per note: the pre-besked note breaks the routine even though besked follows two days later.")

add("rec-psyk-landskrona-autism-fore-och-efter-atergivning", "skane-psyk", "1997-05-30", "186", [
    N("n1", "Psykologanteckning", "Linnea Ask", "psykolog", "2024-10-01 15:30", 45, [
        ("Sammanfattning", "Testning och intervjuer klara. Sammantaget uppfylls kriterierna för autismspektrumtillstånd nivå 1. Återgivningssamtal med pat är inte genomfört än, bokat 15/10."),
    ]),
    N("n2", "Psykologanteckning", "Linnea Ask", "psykolog", "2024-10-15 14:00", 30, [
        ("Återgivning", "Utredningsresultatet genomgånget med pat och hans sambo. Han säger att diagnosen ger förklaring till många svårigheter i skolan. Informerad om stödinsatser och patientföreningar."),
    ]),
    ], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="Psychologist writes the diagnosis two weeks before the feedback session (n1), then after it (n2).")

add("rec-vc-hjo-hypotyreos-fragetecken-sedan-hashimoto", "vgr-vc-hjo", "1982-08-11", "367", [
    N("n1", "Läkaranteckning", "Karl Nordin", LK, "2024-01-17 10:00", 10, [
        ("Bedömning", "Viktuppgång, frusenhet och torr hud. TSH 7,1. Hypotyreos? Nya prover med TPO-ak om fyra veckor."),
    ]),
    N("n2", "Läkaranteckning", "Karl Nordin", LK, "2024-02-19 13:30", 5, [
        ("Bedömning", "TSH 12, fritt T4 sänkt, TPO-ak kraftigt förhöjda: Hashimotos tyreoidit med hypotyreos. Pat informerad via 1177-meddelande och Levaxin 50 µg förskrivet."),
    ]),
    ], must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
    why="VGR primary care: '?' hypothesis first, then an eponymous confirmed diagnosis told via 1177.")

add("rec-medicin-kristianstad-lakare-och-ssk-utan-hypotes", "skane-med", "1941-11-30", "145", [
    N("n1", "Daganteckning", "Amanda Kjellberg", LK, "2024-10-21 10:00", 15, [
        ("Bedömning", "Hjärtsvikt i försämringsfas, nu 3 kg lättare. Ingen misstanke om pneumoni, lungröntgen med endast stas. Fortsatt furosemid iv ett dygn till."),
    ], setting="slutenvård"),
    N("n2", "Omvårdnadsanteckning", "Elin Persson", SSK, "2024-10-21 21:45", 5, [
        ("Omvårdnad", "Diures 2,5 liter. Pat sover gott med två kuddar. Ev. hemgång på torsdag, sonen informerad om planen."),
    ], setting="slutenvård"),
    ], must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="Doctor's negated suspicion and nurse's 'Ev. hemgång': neither is a hedged diagnosis.")

add("rec-kk-ostra-endometrios-misstanke-sedan-laparoskopi", "vgr-kk", "1993-01-25", "294", [
    N("n1", "Läkaranteckning", "Katarina Olofsson", LK, "2024-03-01 09:30", 20, [
        ("Bedömning", "Svår dysmenorré och djup dyspareuni sedan flera år, ömhet i fornix posterior. Misstänkt endometrios. Diagnostisk laparoskopi planeras."),
    ]),
    N("n2", "Operationsanteckning", "Elin Bergqvist", LK, "2024-05-14 15:00", 30, [
        ("Bedömning", "Laparoskopi: endometrioshärdar i fossa ovarica bilat och på sakrouterinligamenten, excision gjord. Endometrios stadium III bekräftad. Pat informerad postoperativt och nöjd med att ha fått en förklaring."),
    ], setting="slutenvård"),
    ], must=[("NL102", "n1")], must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="Suspected endometriosis in the outpatient note; confirmed and told after surgery.")

add("rec-genetik-lund-lynch-tre-anteckningar", "skane-gen", "1978-06-18", "309", [
    N("n1", "Läkaranteckning", "Anders Nyström", LK, "2024-05-20 13:00", 30, [
        ("Genetisk vägledning", "Pat har två släktingar med koloncancer före 50 års ålder. Vi har gått igenom vad ett gentest kan visa och vad det innebär för barnen. Blodprov för genpanel tas i dag."),
    ]),
    N("n2", "Läkaranteckning", "Anders Nyström", LK, "2024-07-01 10:00", 10, [
        ("Analysresultat", "Patogen variant i MLH1 påvisad: Lynchs syndrom. Pat ej informerad ännu, svarssamtal 8/7 enligt överenskommelse."),
    ]),
    N("n3", "Läkaranteckning", "Anders Nyström", LK, "2024-07-08 14:30", 30, [
        ("Svarssamtal", "Svarssamtal genomfört. Pat informerad om Lynchs syndrom, koloskopiprogram vartannat år och möjligheten till riskreducerande gynekologisk kirurgi. Släktbrev till syskon skickas."),
    ]),
    ], must=[("NL101", "n2")], must_not=[("NL101", "n3")],
    why="Clinical genetics: the result note before the answer talk (n2) exposes Lynch syndrome; the talk note (n3) is fine.")

add("rec-neuro-su-myasteni-misstanke-sedan-ssk-besked", "vgr-neuro", "1964-01-05", "284", [
    N("n1", "Läkaranteckning", "Sanna Wikström", LK, "2024-11-04 10:20", 15, [
        ("Bedömning", "Tröttbar ptos och tuggsvaghet. Misstanke om myasthenia gravis, AChR-ak skickade och DT thorax för tymom beställd."),
    ]),
    N("n2", "Telefonanteckning", "Jessica Lind", SSK, "2024-11-12 13:45", 5, [
        ("Telefonkontakt", "Meddelar pat efter samråd med dr Wikström att AChR-antikropparna är positiva och att diagnosen myasthenia gravis därmed är bekräftad. Mestinon enligt recept, läkarbesök 19/11."),
    ]),
    ], must=[("NL102", "n1")], must_not=[("NL101", "n2")],
    why="Hedged diagnosis by the doctor, later told by phone by a nurse.")


# =====================================================================================
# G. Long notes (about 300 words, several sections) that hide one idea
# =====================================================================================

add("lang-medicin-nal-inskrivning-misstankt-lungemboli", "vgr-med", "1958-07-22", "406", [
    N("n1", "Inskrivningsanteckning", "Gunnar Ahl", LK, "2024-03-16 18:40", 45, [
        ("Kontaktorsak", "Andfåddhet och bröstsmärta vid inandning sedan tre dagar. Remitterad från vårdcentralen i Vänersborg."),
        ("Anamnes", "65-årig man, tidigare frisk förutom hypertoni och höftledsartros. Opererades med höftprotes vä för tre veckor sedan på Uddevalla sjukhus, tromboprofylax med Fragmin i en vecka. Sedan i lördags successivt tilltagande andfåddhet vid ansträngning, nu även vid lätt gång inomhus. Hugg i höger sida av bröstet vid djupa andetag. Lätt torrhosta, ingen feber hemma. Ingen hemoptys. Vänster ben har känts svullet sedan operationen, vilket tolkats som postoperativt."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2010. Höftledsartros vä, opererad med totalprotes 23/2. Appendektomi i ungdomen. Inga kända allergier."),
        ("Läkemedel", "Amlodipin 5 mg x 1, Alvedon vid behov. Oxynorm avslutat förra veckan."),
        ("Socialt", "Bor med hustru i villa i Vänersborg. Pensionerad busschaufför. Aldrig rökt. Alkohol måttligt. Har två vuxna döttrar som bor i Göteborg."),
        ("Status", "AT: Opåverkad i vila men dyspné vid tal. Temp 37,6. Puls 108 regelbunden. BT 138/84. AF 24. Sat 91 % luft.\nCor: takykard, regelbunden rytm, inga blåsljud.\nPulm: vesikulära andningsljud, lätt nedsatt hö basalt, inga rassel.\nBuk: mjuk, oöm.\nBen: vä underben 3 cm större omfång än hö, ömhet i vaden. Op-såret läkt."),
        ("Lab", "CRP 38, Hb 128, LPK 9,4, TnT 22, NT-proBNP 640, D-dimer 3,8, krea 88. Artärblodgas: pO2 8,1 kPa, pCO2 4,2 kPa."),
        ("EKG", "Sinustakykardi 106/min, S1Q3T3-mönster, inga ischemiska förändringar."),
        ("Bedömning", "Misstänkt lungemboli, sannolikt utgången från en DVT i vänster ben efter höftoperationen. DD pneumoni hö basalt. Wells-score 7,5. Hemodynamiskt stabil, lätt förhöjt TnT och NT-proBNP talar för viss högerkammarpåverkan."),
        ("Åtgärd", "DT lungartärer i kväll. Fragmin behandlingsdos ges direkt i väntan på svar. Syrgas 2 l på grimma med mål sat över 92 %. Ultraljud vä ben i morgon. Blododlingar x2 tagna. Ekokardiografi vid bekräftad embolisering. Inläggning avd 43, vitalparametrar var fjärde timme."),
        ("Planering", "Om DT bekräftar embolisering planeras peroral antikoagulation i minst tre månader och uppföljning på medicinmottagningen. Ortopedkliniken i Uddevalla informeras via remiss. Hustrun kommer på besök i morgon förmiddag."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Long admission note: the only hedged diagnosis sits in Bedömning after many plain sections.")

add("lang-uro-malmo-epikris-skelettmetastaser-ej-informerad", "skane-uro", "1950-02-14", "238", [
    N("n1", "Epikris", "Jesper Nilsson", LK, "2024-05-24 14:00", 60, [
        ("Diagnos", "Prostatacancer med skelettmetastaser (C61, C79.5). Hyperkalcemi (E83.5). Akut konfusion, i regress."),
        ("Orsak till inläggning", "Tilltagande ländryggssmärta sedan en månad, de senaste tre dagarna illamående, törst och förvirring enligt hustrun."),
        ("Sammanfattning", "74-årig man som utreds på urologmottagningen för förhöjt PSA, biopsier i april visade adenocarcinoma prostatae Gleason 4+5. Han inkom via akuten 17/5 med albuminkorrigerat P-kalcium 3,4 mmol/l och lätt njurpåverkan, kreatinin 142. Behandlades med rikligt intravenöst dropp och en dos zoledronsyra, varefter kalciumvärdet normaliserades inom tre dygn och kreatinin sjönk till 98. Förvirringen gick i regress parallellt och han har de sista två dygnen varit helt orienterad. Smärtan har lindrats med oxikodon i depåform, han mobiliseras med rollator. På grund av ryggsmärtan gjordes skelettscintigrafi och DT thorax-buk 22/5. PSA var 640 µg/l. DT visade inga lymfkörtel- eller organmetastaser. Skelettscintigrafin visar multipla metastaser i bröst- och ländkotpelare, bäcken och flera revben, utan frakturer eller hot mot ryggmärgen enligt DT. Svaret kom efter att pat skrivits ut på förmiddagen 24/5."),
        ("Information", "Pat ej informerad om skelettmetastaserna. Han och hustrun vet att utredning pågår och att resultaten ska gås igenom på urologmottagningen. Jag har pratat med dr Åström på mottagningen som tar besöket 29/5 tillsammans med kontaktsjuksköterskan, och hormonbehandling planeras att startas då."),
        ("Status vid utskrivning", "Vaken, orienterad till tid, rum och person. Går med rollator i korridoren. BT 132/78, puls 76. Smärta VAS 2–3 i vila och 5 vid förflyttning. Inga neurologiska bortfall i benen, normal blås- och tarmfunktion."),
        ("Socialt", "Bor med hustrun i radhus i Limhamn. Klarar sig utan hemtjänst, hustrun hjälper till med dusch. Arbetsterapeut har provat ut toalettförhöjning."),
        ("Läkemedel", "Nyinsatt: Oxycontin 10 mg x 2, Oxynorm 5 mg vid behov högst 4 ggr/dygn, Movicol 1 påse x 2. Zoledronsyra 4 mg iv givet 18/5. Utsatt: Ipren på grund av njurpåverkan. Oförändrat i övrigt."),
        ("Uppföljning", "P-kalcium, albumin och kreatinin på vårdcentralen om en vecka. Återbesök urologmottagningen 29/5. ASIH-kontakt har erbjudits men pat vill avvakta."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Long discharge summary: metastases in the Diagnos section and 'Pat ej informerad' under Information.")

add("lang-psyk-boras-nybesok-trolig-adhd", "vgr-psyk", "1996-12-03", "445", [
    N("n1", "Läkaranteckning", "Tove Rydberg", LK, "2024-09-09 13:00", 90, [
        ("Kontaktorsak", "Remiss från vårdcentralen Sandared med frågeställning ADHD. Pat söker själv för koncentrationssvårigheter och rastlöshet som påverkar arbetet."),
        ("Anamnes", "27-årig kvinna som beskriver att hon sedan lågstadiet haft svårt att sitta still och att slutföra uppgifter. Lärare kommenterade ofta att hon pratade mycket och glömde läxor, men betygen var godkända tack vare god begåvning. Gymnasiet avbröts i årskurs tre och slutfördes senare på komvux. Hon har haft sju anställningar på fem år och säger att hon tröttnar eller missar deadlines. Tappar bort nycklar och telefon flera gånger i veckan, har betalningsanmärkningar efter glömda räkningar. Sömnen är oregelbunden, hon somnar sent. Perioder av nedstämdhet i samband med motgångar men inga längre depressiva episoder. Inga perioder med förhöjt stämningsläge och minskat sömnbehov."),
        ("Hereditet", "Bror har ADHD-diagnos sedan barndomen. Mor med ångestproblematik."),
        ("Tidigare kontakter", "Kontakt med elevhälsan i mellanstadiet för koncentrationsproblem, ingen utredning gjordes. Två samtalskontakter på vårdcentralen 2019 och 2022 för stress, inga psykofarmaka."),
        ("Somatiskt", "Frisk, inga läkemedel. Blodtryck 118/72 och puls 74 vid besöket. Inga kända hjärtsjukdomar i släkten."),
        ("Missbruk", "AUDIT 6, DUDIT 0. Röker inte. Dricker 3–4 energidrycker om dagen."),
        ("Socialt", "Bor ensam i lägenhet i Borås, arbetar som säljare på ett callcenter. Sambon flyttade för ett halvår sedan. God kontakt med föräldrarna. Tränar på gym två gånger i veckan men har svårt att hålla rutiner."),
        ("Psykiskt status", "Vaken, orienterad. Något rastlös, byter ställning ofta. God kontakt, adekvat affekt. Tankegången sammanhängande men med sidospår. Inga psykotiska symtom. Stämningsläget neutralt."),
        ("Suicidriskbedömning", "Inga aktuella eller tidigare suicidtankar, inga självskadehandlingar. Skyddande faktorer: arbete, familj. Låg risk."),
        ("Bedömning", "Trolig ADHD i vuxen ålder, kombinerad form, med symtom sedan barndomen och funktionsnedsättning i arbete och ekonomi. DD emotionell instabilitet och sömnstörning, som kan ge liknande symtom. ASRS 5/6 positiva i del A."),
        ("Planering", "Neuropsykiatrisk utredning hos psykolog med DIVA-intervju och anhörigintervju med mor. Sömndagbok två veckor. Informerad om väntetiden till utredning, cirka tre månader. EKG tas inför eventuell läkemedelsbehandling. Återbesök efter utredningen."),
    ])],
    must=["NL102"],
    why="Long psychiatric intake: 'Trolig ADHD' with DD after a brother's confirmed diagnosis in Hereditet.")

add("lang-akut-malmo-brostsmarta-allt-negerat", "skane-akut", "1963-01-11", "356", [
    N("n1", "Akutanteckning", "Elif Demir", LK, "2024-08-11 01:30", 40, [
        ("Kontaktorsak", "Bröstsmärta sedan i går kväll, kommer med hustrun."),
        ("Läkemedel", "Inga stående läkemedel, inga naturläkemedel."),
        ("Anamnes", "61-årig man, tidigare frisk, inga läkemedel. Flyttade i helgen och bar tunga möbler i två dagar. I går kväll debuterade en stickande smärta i vänster bröstkorgshalva som förvärras vid vridning av överkroppen och vid djupa andetag. Ingen ansträngningsrelaterad smärta, ingen utstrålning till käke eller arm. Ingen andfåddhet, inga svettningar, ingen synkope. Inga nyligen genomgångna operationer eller längre resor, inga bensvullnader. Far hade hjärtinfarkt vid 70 års ålder. Röker inte sedan 15 år. Har tagit två Alvedon under natten med viss lindring."),
        ("Tidigare sjukdomar", "Inga kända sjukdomar, inga operationer. Inga kända allergier. Senaste hälsokontroll via företagshälsovården 2022 utan anmärkning."),
        ("Socialt", "Gift, två vuxna barn. Arbetar som lärare på högstadiet. Cyklar till jobbet tre dagar i veckan. Alkohol någon gång i veckan."),
        ("Status", "AT: Gott, opåverkad, talar obehindrat. Puls 68, BT 142/86 hö = vä, AF 14, sat 98 %, temp 36,8.\nCor: regelbunden rytm, inga blåsljud, inga gnidningsljud.\nPulm: vesikulära andningsljud bilat, inga rassel.\nThorax: palpationsöm över costa 4–5 vänster parasternalt, reproducerar smärtan exakt.\nBuk mjuk. Ben utan ödem eller vadömhet."),
        ("Lab", "TnT 6 vid ankomst och 7 efter tre timmar. CRP under 5, Hb 151, D-dimer 0,2."),
        ("EKG", "Sinusrytm 66/min, normal axel, inga ST-T-förändringar. Oförändrat mot EKG från 2019."),
        ("Röntgen", "Lungröntgen: normala lungfält, ingen pneumothorax, normalt mediastinum."),
        ("Bedömning", "Akut koronart syndrom kan uteslutas med två normala troponinvärden och normalt EKG. Lungemboli uteslutes, PERC-negativ och normalt D-dimer. Ingen misstanke om aortadissektion med symmetriskt blodtryck och normalt mediastinum. Inga tecken på pneumothorax eller pneumoni. Muskuloskeletal bröstsmärta efter tunga lyft vid flytt."),
        ("Åtgärd", "Paracetamol och vid behov ibuprofen i en vecka. Informerad om att söka igen vid ansträngningsutlöst smärta eller andfåddhet. Vi gick igenom provsvaren och röntgen tillsammans, pat och hustrun lugnade av förklaringen. Kopia av EKG lämnad till pat. Uppföljning på vårdcentral behövs inte om besvären klingar av inom två veckor. Hemgång."),
    ], setting="akut")],
    must_not=["NL102"],
    why="Long emergency note where every serious diagnosis is ruled out or negated; family history of infarction.")

add("lang-geri-molndal-blandad-demens-besked-med-sonen", "vgr-geri", "1944-09-01", "582", [
    N("n1", "Läkaranteckning", "Jenny Lundberg", LK, "2024-11-19 13:30", 50, [
        ("Kontaktorsak", "Återbesök för genomgång av resultaten från minnesutredningen."),
        ("Närvarande", "Patienten, sonen Johan och undertecknad. Arbetsterapeut Lena Sjödin deltog under första halvan."),
        ("Anamnes", "80-årig kvinna som remitterats av vårdcentralen efter två års successivt tilltagande minnesproblem. Hon har tappat bort sig vid bilkörning i bekanta områden och glömt att betala räkningar. Sonen har de senaste månaderna tagit över ekonomin. Hon klarar fortfarande personlig hygien och matlagning med viss hjälp. Själv har hon märkt att hon upprepar frågor och tappar ord."),
        ("Utredningsresultat", "MMSE-SR 21/30 med nedsättning framför allt i närminne och orientering. Klocktest patologiskt. DT hjärna visar måttlig central och kortikal atrofi samt flera lakunära infarkter i basala ganglierna. Likvor: sänkt beta-amyloid 42 och förhöjt total-tau. Arbetsterapeutisk bedömning visar svårigheter med planering av sammansatta aktiviteter. Blodprover inklusive B12, folat, TSH och kalcium var normala."),
        ("Socialt", "Änka sedan 2019, bor ensam i lägenhet på andra våningen med hiss i Mölndal. Sonen bor i Kållered och hälsar på flera gånger i veckan, dottern bor i Malmö. Har ingen hemtjänst i dag men får matlåda från kommunen tre dagar i veckan."),
        ("Läkemedel", "Amlodipin 5 mg, atorvastatin 20 mg, Alvedon vid behov. Sonen delar dosett varje söndag."),
        ("Bedömning", "Blandad demens med både Alzheimer- och vaskulär komponent, mild till måttlig grad."),
        ("Information", "Diagnosen gicks igenom med patienten och sonen vid dagens besök. Hon förstod beskedet och blev ledsen, men sade att hon länge känt att något inte stod rätt till eftersom hennes syster drabbats av samma sjukdom. Vi pratade om att hon inte längre ska köra bil, och körkortsanmälan till Transportstyrelsen görs enligt lag, vilket hon accepterade. Framtidsfullmakt och kontakt med anhörigkonsulent togs upp."),
        ("Åtgärd", "Donepezil 5 mg till kvällen, höjs till 10 mg efter fyra veckor. Blodtryck 148/82, amlodipin fortsätter. Sonen kontaktar biståndshandläggare angående hemtjänst och trygghetslarm. Skriftlig information om sjukdomen och om anhörigstöd i Mölndals stad lämnades. Uppföljning hos demenssjuksköterska om sex veckor och läkarbesök om sex månader."),
    ])],
    must_not=["NL101"],
    why="Long memory-clinic note: the dementia diagnosis was gone through with the patient and her son.")

add("lang-neuro-lund-msa-ej-informerad-utkast", "skane-neuro", "1954-04-27", "326", [
    N("n1", "Läkaranteckning", "Mats Olsson", LK, "2024-10-30 15:30", None, [
        ("Kontaktorsak", "Återbesök efter utredning av parkinsonism och yrsel."),
        ("Anamnes", "70-årig man med två års progredierande stelhet och långsamhet, först i vänster arm. Levodopa prövades i tre månader upp till 600 mg/dygn utan tydlig effekt. Sedan ett år yrsel och svimningskänsla när han reser sig, två fall i hemmet. Urininkontinens med trängningar och erektil dysfunktion sedan ett år. Hustrun beskriver att han slår och sparkar i sömnen. Förstoppning sedan flera år och nedsatt luktsinne som han inte tänkt på tidigare. Ingen kognitiv försämring enligt honom själv eller hustrun."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2015. Prostataförstoring, utredd på urologen 2022 utan malignitet."),
        ("Läkemedel", "Madopark 125 mg x 4, enalapril 10 mg x 1, Alvedon vid behov."),
        ("Socialt", "Gift, bor i villa i Staffanstorp med sovrum på övervåningen. Pensionerad ingenjör. Kör fortfarande bil korta sträckor. Hustrun är frisk och stöttar mycket."),
        ("Status", "Hypomimi, måttlig rigiditet och bradykinesi vä mer än hö, ingen vilotremor. Lätt ataktisk gång med bred bas. Ortostatiskt blodtryck: liggande 148/88, efter tre minuters stående 102/64, pulsökning endast 6 slag. Dysartri av blandad typ. Normala sackader och blickrörelser. Kognitivt intakt vid samtal."),
        ("Undersökningar", "MR hjärna: putaminal atrofi och hot cross bun-tecken i pons. DaTSCAN: kraftigt nedsatt upptag bilateralt. Urodynamik: detrusoröveraktivitet och residualurin 180 ml. MoCA 27/30. Blodprover med B12, TSH och ceruloplasmin normala."),
        ("Bedömning", "Multipel systematrofi av parkinsontyp (MSA-P), kliniskt etablerad enligt MDS-kriterierna från 2022. Uttalad ortostatisk hypotension och neurogen blåsrubbning."),
        ("Information", "Patienten är ännu inte informerad om diagnosen. Han kom ensam i dag och bad att få vänta med genomgången av resultaten tills hustrun kan vara med, vilket blir vid besöket 6/11. Jag har bara sagt att vi fått svar på undersökningarna."),
        ("Åtgärd", "Levodopa trappas ut och enalapril sätts ut. Kompressionsstrumpor, höjd huvudända och ökat salt- och vätskeintag mot blodtrycksfallen. Remiss till uroterapeut för ren intermittent kateterisering. Fysioterapeut kontaktad för fallprevention och hjälpmedel i hemmet. Bilkörning tas upp vid nästa besök."),
    ])],
    must=["NL101"],
    why="Long unsigned draft: a settled rare diagnosis (MSA-P) and 'ännu inte informerad' under Information.")

add("lang-vc-angered-diabeteskontroll-ev-och-troligen", "vgr-vc-angered", "1961-02-14", "199", [
    N("n1", "Sjuksköterskeanteckning", "Amina Yusuf", "diabetessköterska", "2024-04-22 10:00", 40, [
        ("Kontaktorsak", "Årskontroll diabetes typ 2 enligt NDR."),
        ("Aktuellt", "63-årig man med diabetes typ 2 sedan 2012, behandlad med metformin och Jardiance. Mår bra, inga hypoglykemier. Har fastat under ramadan i mars och april och beskriver att han ätit sent på kvällarna. Promenerar till moskén och tillbaka varje dag, cirka 40 minuter. Ingen bröstsmärta eller andfåddhet vid promenaderna, inga domningar i fötterna."),
        ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg x 1, atorvastatin 40 mg x 1, enalapril 10 mg x 1."),
        ("Socialt", "Gift, fyra vuxna barn. Arbetar deltid som taxichaufför, mest kvällar. Röker inte, snusar sedan ungdomen. Hustrun var med på besöket och bidrog med uppgifter om maten hemma."),
        ("Mätvärden", "Vikt 91 kg (89 kg för ett år sedan), midjemått 106 cm. BT 134/82 sittande. HbA1c 61 mmol/mol mot 54 förra året. Kolesterol 4,6, LDL 2,4. U-albumin/kreatinin-kvot 2,1. eGFR 78."),
        ("Fotstatus", "Monofilament kännes på alla punkter bilat. Fotpulsar palpabla. Torr hud på hälarna, inga sår eller tryckmärken. Riskgrupp 1. Går till fotvården två gånger per år."),
        ("Ögon", "Senaste ögonbottenfoto 2022 utan retinopati. Ev. tidigareläggs nästa foto eftersom HbA1c stigit, kallelse skickas."),
        ("Egenvård", "Vi pratade om kost under ramadan och att värdena troligen blir bättre nu när vanliga måltider återupptagits. Vi gick igenom vad HbA1c betyder och varför det har stigit. Pat vill försöka själv med kosten innan läkemedel ändras. Han fick med sig en broschyr om diabetes och fasta på arabiska. Fotvårdsråd givna. Influensa- och pneumokockvaccination erbjuden till hösten."),
        ("Bedömning", "Diabetes typ 2 med något försämrad glukoskontroll, i övrigt uppfyllda behandlingsmål för blodtryck och blodfetter."),
        ("Planering", "Nytt HbA1c om tre månader, ev. läkarbesök för ställningstagande till tillägg om värdet inte sjunkit. Labbremiss för HbA1c skickad, provtagning på vårdcentralen i juli. Diabetessköterskan ringer om tre veckor för att höra hur kosten går. Blodtryck mäts på apoteket en gång i månaden. Nästa årskontroll april 2025."),
    ])],
    must_not=["NL102"],
    why="Long diabetes nurse note in VGR Melior: 'Ev.' and 'troligen' hedge plans and values, not diagnoses.")

add("lang-gastro-malmo-misstankt-autoimmun-hepatit", "skane-gastro", "1987-03-09", "271", [
    N("n1", "Läkaranteckning", "Oskar Lundgren", LK, "2024-06-24 14:00", None, [
        ("Kontaktorsak", "Remiss från vårdcentral pga kraftigt förhöjda leverprover."),
        ("Anamnes", "37-årig kvinna, hypotyreos på Levaxin sedan 2015. Sedan två månader trötthet, illamående och ledvärk. Mörk urin senaste veckan. Behandlades med nitrofurantoin för cystit i tre omgångar under vintern, senast i mars. Ingen alkohol, inga naturpreparat. Inga resor, ingen känd smittexposition. Har gått ned 2 kg sedan i våras på grund av illamåendet. Aldrig fått blodtransfusion, inga tatueringar. Ingen klåda."),
        ("Tidigare sjukdomar", "Hypotyreos (Hashimoto) sedan 2015. En förlossning 2020 utan komplikationer. Cystit tre gånger i vinter."),
        ("Läkemedel", "Levaxin 100 µg x 1, p-piller (Zoely). Inga receptfria preparat."),
        ("Hereditet", "Mor har celiaki, moster har typ 1-diabetes."),
        ("Socialt", "Sambo, en dotter 4 år. Arbetar som förskollärare, sjukskriven 50 % sedan två veckor av vårdcentralen."),
        ("Status", "AT: trött men opåverkad. Lätt ikterisk i sclerae. Inga spindelnevi, ingen palmarerytem. Buk: mjuk, lätt palpationsömhet under hö arcus, lever palpabel 2 cm under arcus. Ingen ascites. Inga tecken på encefalopati. Hjärta och lungor utan anmärkning."),
        ("Lab", "ALAT 14,8 µkat/l, ASAT 11,2, ALP 3,1, bilirubin 54, albumin 34, PK-INR 1,2. IgG 24 g/l (förhöjt). ANA positiv 1:640, anti-glatt muskel positiv. Hepatitserologi A, B, C och E negativ. Ceruloplasmin och alfa-1-antitrypsin normala, transferrinmättnad 35 %. Hb 124, trombocyter 245, LPK 6,8, TSH 2,1."),
        ("Ultraljud", "Ultraljud lever och gallvägar: homogent parenkym, inga fokala förändringar, normala gallvägar, normalt flöde i vena portae."),
        ("Bedömning", "Misstänkt autoimmun hepatit med förhöjt IgG och positiva autoantikroppar. DD läkemedelsutlöst leverskada efter upprepade kurer nitrofurantoin, som kan ge en autoimmunliknande bild. Ingen leversvikt i dagsläget."),
        ("Planering", "Leverbiopsi bokas inom en vecka. Provtagning två gånger i veckan till dess. Nitrofurantoin förs in som överkänslighet i läkemedelslistan. Ställningstagande till prednisolon och azatioprin efter PAD. Sjukskrivningen förlängs till 100 % i fyra veckor på grund av trötthet och täta provtagningar. Återbesök efter biopsisvar, kontaktsjuksköterska nås via 1177 vid försämring. Pat ringer själv om hon får feber, kräkningar eller blir mer gul i ögonen eller huden."),
    ])],
    must=["NL102"],
    why="Long hepatology note: 'Misstänkt autoimmun hepatit' with DD drug-induced injury.")

add("lang-pmo-tomelilla-trolig-kol-fragetecken-hjartsvikt", "skane-vc-tomelilla", "1948-05-06", "417", [
    N("n1", "Besöksanteckning", "Per-Olof Hansson", LK, "2024-03-20 11:00", 30, [
        ("Kontaktorsak", "Andfåddhet och hosta sedan i vintras."),
        ("Anamnes", "75-årig kvinna, rökt 20 cigaretter dagligen i 50 år, slutade i januari. Hypertoni på enalapril. Besvärande andfåddhet i uppförsbackar och vid trappgång, hostar upp vitt slem varje morgon. Tre förkylningar i vinter som dragit ut på tiden. De senaste veckorna svullna fötter mot kvällen och sover med två kuddar. Ingen bröstsmärta. Aptiten god, vikten stabil. Har aldrig tidigare gjort spirometri."),
        ("Tidigare sjukdomar", "Hypertoni sedan 2008. Gallstensoperation 1995. Inga kända allergier."),
        ("Läkemedel", "Enalapril 10 mg x 1, Alvedon vid behov. Inga inhalatorer tidigare."),
        ("Socialt", "Änka, bor ensam i villa utanför Tomelilla. Kör bil och handlar själv. Dottern bor i Ystad. Aktiv i PRO och promenerar med grannen och sin hund två gånger om dagen."),
        ("Status", "AT: gott, lätt andfådd vid av- och påklädning. Sat 93 %, puls 88 regelbunden, BT 152/90.\nCor: regelbunden rytm, svagt systoliskt blåsljud.\nPulm: förlängt exspirium, spridda ronki, basala krepitationer bilat.\nBen: lätta pittingödem över fotryggar och anklar."),
        ("Spirometri", "FEV1/FVC 0,62 efter bronkdilatation, FEV1 61 % av förväntat, reversibilitet 4 %."),
        ("Lab", "Hb 141, CRP 6, NT-proBNP 890, krea 94, TSH 1,8, glukos 5,9."),
        ("EKG", "Sinusrytm, vänsterställd elaxel, inga akuta förändringar."),
        ("Bedömning", "Trolig KOL, måttlig, med tanke på spirometri och rökanamnes. ? samtidig hjärtsvikt med förhöjt NT-proBNP, ödem och krepitationer, DD kronisk venös insufficiens som orsak till ödemen. Ev. astmakomponent mindre trolig med låg reversibilitet."),
        ("Åtgärd", "Spiolto Respimat 2 inhalationer dagligen, inhalationsteknik genomgången av sjuksköterska. Furosemid 20 mg på prov i två veckor. Remiss ekokardiografi. Uppföljning hos astma/KOL-sköterska om fyra veckor och läkarbesök efter ekot. Vaccination mot pneumokocker och influensa rekommenderas. FaR med promenader 30 minuter dagligen. Hon är nöjd med att ha slutat röka och vill inte ha nikotinersättning. Önskar återkoppling per telefon om ekot. Recept skickade till apoteket i Tomelilla."),
    ])],
    must_not=["NL102"],
    why="Long PMO primary-care note full of hedged diagnoses: none is shown from PMO.")

add("lang-kir-skovde-epikris-koloncancer-informerad", "vgr-kir", "1950-08-28", "338", [
    N("n1", "Epikris", "Tomas Ljung", LK, "2024-11-29 10:00", 40, [
        ("Diagnos", "Coloncancer i colon ascendens, pT3N0(0/24)M0, radikalt opererad (C18.2)."),
        ("Åtgärder", "Laparoskopisk högersidig hemikolektomi 18/11, ingen stomi."),
        ("Orsak till inläggning", "Planerad operation efter utredning av järnbristanemi via vårdcentralen, Hb 94 vid remisstillfället."),
        ("Läkemedel före inläggning", "Enalapril 10 mg x 1 och Duroferon 100 mg x 2."),
        ("Vårdförlopp", "74-årig man, tidigare frisk bortsett från hypertoni. Okomplicerat postoperativt förlopp enligt ERAS-protokoll med tidig mobilisering och peroral nutrition från operationsdagen. Gasavgång dag 2, avföring dag 3. Lätt urinretention första dygnet, KAD i ett dygn och därefter spontan miktion. Ytlig sårinfektion i en av trokarincisionerna, öppnad och rengjord, ingen antibiotika behövdes. CRP som högst 142 dag 2, därefter sjunkande. Dietist träffade pat dag 2 och gav kostråd efter tarmresektionen. Smärtlindring med enbart paracetamol från dag 3."),
        ("PAD och information", "PAD: adenokarcinom, måttligt differentierat, pT3, 24 lymfkörtlar utan metastaser, fria resektionsränder. Pat informerad om PAD-svaret vid utskrivningssamtalet i dag tillsammans med hustrun och kontaktsjuksköterskan. Enligt MDK-beslut 27/11 ges ingen tilläggsbehandling, vilket pat var lättad över."),
        ("Status vid utskrivning", "Opåverkad, afebril. Buken mjuk, lätt ömhet kring trokarincisionerna. Såren läker fint och det öppnade såret granulerar. Äter normal kost och går obehindrat i korridoren. Vikt 81 kg, oförändrad mot inskrivningen. Tarmfunktionen normal med formad avföring dagligen."),
        ("Socialt", "Gift, bor i villa i Tibro. Pensionerad snickare. Klarar allt i vardagen själv. Hustrun är frisk och kör honom till suturtagningen."),
        ("Läkemedel vid utskrivning", "Oförändrade ordinarie läkemedel. Tillägg: Fragmin 5000 E x 1 sc till och med 16/12, Alvedon 1 g x 3 vid behov. Järntabletter fortsätter i tre månader."),
        ("Uppföljning", "Suturtagning på vårdcentralen dag 10–12. Telefonuppföljning av kontaktsjuksköterska om två veckor. Uppföljning enligt nationellt vårdprogram med DT thorax-buk och CEA efter 12 och 36 månader samt koloskopi efter tre år. Sjukskrivning ej aktuell, pat är pensionär. Muntlig och skriftlig information om sårvård, att undvika tunga lyft i sex veckor och när han ska söka vård."),
    ], setting="slutenvård")],
    must_not=["NL101", "NL102"],
    why="Long discharge summary: cancer diagnosis visible and told at the discharge talk.")

add("lang-palliativ-angelholm-vill-inte-ha-fler-besked", "skane-pall", "1939-02-14", "364", [
    N("n1", "Daganteckning", "Karolina Jeppsson", LK, "2024-12-16 13:00", 30, [
        ("Bakgrund", "85-årig kvinna med bröstcancer diagnostiserad 2019, opererad och strålbehandlad. Återfall i skelettet 2022, behandlad med endokrin terapi och senast kapecitabin som avslutades i oktober pga trötthet. Hon har även hjärtsvikt och artros i knäna. Inlagd på palliativa enheten sedan 9/12 för smärtlindring och ökande andfåddhet."),
        ("Samtal om information", "Vid inskrivningen sade pat tydligt att hon inte vill få fler dåliga besked om sjukdomen, utan bara veta vad vi gör för att hon ska må bra. Hon vill att dottern Anna tar emot medicinska besked i hennes ställe. Detta har dokumenterats i vårdplanen och respekteras av teamet."),
        ("Undersökningar", "DT thorax 13/12 pga andfåddheten visar multipla nytillkomna lungmetastaser och måttlig pleuravätska höger sida."),
        ("Information", "Pat är alltså inte informerad om lungmetastaserna, i enlighet med hennes egen önskan. Dottern har fått besked per telefon i dag. Pat har själv frågat om vätskan kan tappas så att hon andas lättare, och vi har förklarat att vi gör det."),
        ("Socialt", "Änka sedan många år, bodde ensam i lägenhet i Ängelholm med hemtjänst fyra gånger dagligen före inläggningen. Dottern Anna bor i Båstad och besöker henne dagligen."),
        ("Omvårdnad", "Äter små portioner och dricker näringsdryck. Sover bättre med syrgas. Munvård två gånger per dag, trycksårsprevention med växeltrycksmadrass."),
        ("Status", "Trött men klar och orienterad. AF 22, sat 91 % med 1 liter syrgas. Puls 96 regelbunden, BT 110/65. Dämpning och nedsatta andningsljud höger basalt. Inga ödem. Buk mjuk."),
        ("Åtgärd", "Pleuratappning hö under ultraljudsledning i morgon. Fortsatt Oxycontin 20 mg x 2 och Oxynorm vid behov. Morfin 2,5 mg sc vid behov vid andnöd. Fläkt vid sängen. Brytpunktssamtal med dottern planeras i veckan. Läkemedel som inte bidrar till välbefinnande (statin, kalcium) sätts ut. Sjukhusprästen har besökt henne på hennes egen begäran."),
        ("Närstående", "Dottern Anna känner till mammans önskan att inte få fler besked och stöttar den. Sonen i Stockholm hålls informerad av Anna och planerar att komma hit till helgen."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="Long palliative note: the patient herself does not want to be told, yet the new metastases are written visibly.")

add("lang-hemat-su-inskrivning-misstankt-ttp", "vgr-hemat", "1989-05-17", "410", [
    N("n1", "Inskrivningsanteckning", "Mikael Berntsson", LK, "2024-08-17 23:30", 30, [
        ("Kontaktorsak", "Remitterad från akuten med trombocytopeni och förvirring."),
        ("Anamnes", "35-årig kvinna, tidigare frisk, p-piller. En vecka med huvudvärk och trötthet, i dag talsvårigheter som gått över efter en timme. Petekier på benen sedan tre dagar. Ingen diarré, ingen feber. Förkyld med halsont för en vecka sedan, inga antibiotika. Inga nya läkemedel, ingen graviditet. Ingen tidigare blödningsbenägenhet, inga näsblödningar eller rikliga menstruationer."),
        ("Tidigare sjukdomar", "Inga. En graviditet 2020 med normalt förlopp. Inga operationer."),
        ("Läkemedel", "Kombinerade p-piller (Neovletta), sätts ut. Inga andra läkemedel eller naturpreparat."),
        ("Socialt", "Sambo, en son 4 år. Arbetar som projektledare och pendlar med tåg till Göteborg. Röker inte, alkohol sparsamt."),
        ("Hereditet", "Ingen känd blodsjukdom i släkten. Mormor hade SLE."),
        ("Status", "AT: trött men vaken, orienterad. Temp 37,4, BT 150/95, puls 98. Petekier på underben och enstaka blåmärken på armar. Neurologiskt status utan fokala bortfall vid undersökningstillfället. Ingen nackstelhet. Cor/pulm ua. Buk mjuk, ingen splenomegali, inga förstorade lymfkörtlar."),
        ("Lab", "Hb 78, trombocyter 14, LPK 8,1. Schistocyter 4 % i blodutstryk. LD 1450, haptoglobin under 0,1, bilirubin 38 (okonjugerat), retikulocyter 6 %. DAT negativ. Krea 102. PK-INR 1,1, fibrinogen normalt. Graviditetstest negativt. Urinsticka: Hb 2+, protein 1+. PLASMIC-score 7."),
        ("Bedömning", "Misstänkt trombotisk trombocytopen purpura (TTP) med mikroangiopatisk hemolytisk anemi, svår trombocytopeni och övergående neurologiska symtom. DD atypiskt HUS, men njurfunktionen är bevarad. ADAMTS13-aktivitet och antikroppar skickade innan plasma ges."),
        ("Åtgärd", "Central dialyskateter läggs i natt och plasmaferes startas så snart som möjligt. Prednisolon 1 mg/kg. Caplacizumab diskuteras med bakjour i morgon när ADAMTS13 svarat. Trombocyttransfusion undviks. Övervakning på hematologens intermediärvårdsplatser, neurologstatus var fjärde timme. Bakjour dr Ekholm informerad 23.15 och instämmer i planen."),
        ("Omvårdnad", "Fasta från midnatt inför kateterinläggningen. Sängläge första dygnet. Blodsocker och elektrolyter morgon och kväll. Sambon underrättad per telefon av pat och kommer in i morgon."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="Long haematology admission: 'Misstänkt TTP', DD atypical HUS.")

add("lang-psyk-heldygn-lund-bipolar-meddelad", "skane-psyk-avd", "1981-10-27", "265", [
    N("n1", "Daganteckning", "Amir Sadeghi", LK, "2024-06-03 15:00", 40, [
        ("Aktuellt", "Vårddag 12. Orolig natt för två dygn sedan men nu stabil. Inlagd enligt LPT 22/5 med manisk episod med psykotiska symtom, konverterad till frivillig vård 30/5."),
        ("Förlopp", "Sömnen har successivt normaliserats och hon sover nu sju timmar per natt. Tempo och tal är lugnare, inga grandiosa idéer kvarstår och hon har tagit avstånd från övertygelsen om att hon var utvald att rädda världen. Hon deltar i gruppaktiviteter och har haft två permissioner hem med sambon utan anmärkning. Personalen beskriver henne som vänlig och följsam, hon äter alla måltider. Hon har börjat rita igen, vilket hon själv beskriver som ett friskhetstecken."),
        ("Behandling", "Litium 1200 mg/dygn, S-litium 0,8 mmol/l i går. Olanzapin trappas ned från 15 till 10 mg. Njur- och tyreoideaprover normala. Hon har fått skriftlig information om litiumbehandlingen och ett litiumkort."),
        ("Samtal", "Långt samtal i dag med pat och sambon. Diagnosen bipolär sjukdom typ I meddelades och vi gick igenom vad den innebär, varningstecken inför nya skov och vikten av regelbunden sömn. Pat tog emot informationen sakligt och berättade att hennes morfar hade samma sjukdom. Hon vill fortsätta med litium men är orolig för viktuppgång, och vi lovade kostråd från dietist."),
        ("Somatiskt", "Vikt 72 kg, ökning 2 kg under vårdtiden. BT 124/80. EKG vid inskrivningen normalt med QTc 410 ms. Lätt finvågig tremor i händerna, ingen diarré."),
        ("Socialt", "Sambo, inga barn. Arbetar som grafisk formgivare, sjukskriven på heltid till och med 30/6. Sambon stöttar och har tagit ledigt några dagar. Föräldrarna bor i Kristianstad och har informerats av pat själv."),
        ("Psykiskt status", "Vaken, orienterad, god kontakt. Affekt adekvat, stämningsläget lätt förhöjt men inom normalvariation. Tankegången sammanhängande. Inga hallucinationer eller vanföreställningar. Inga suicidtankar."),
        ("Planering", "Permission över helgen. Utskrivning planeras till nästa vecka med uppföljning på Affektiva mottagningen i Lund inom sju dagar, tid bokad. Psykopedagogisk grupp erbjuds efter utskrivning. Sjukskrivningen ses över vid mottagningsbesöket och S-litium kontrolleras igen före utskrivning."),
    ], setting="psykiatrisk heldygnsvård")],
    must_not=["NL101"],
    why="Long psychiatric inpatient note: the diagnosis was meddelad to the patient and partner.")

add("lang-kardio-nal-attr-amyloidos-ej-informerad", "vgr-kardio", "1947-09-30", "273", [
    N("n1", "Läkaranteckning", "Sofie Carlsson", LK, "2024-07-18 16:00", 30, [
        ("Kontaktorsak", "Återbesök, uppföljning av hjärtsvikt och genomgång av undersökningar."),
        ("Anamnes", "76-årig man med hjärtsvikt som debuterade för ett år sedan. Bilateralt karpaltunnelsyndrom opererat 2018 och 2020. Ökande andfåddhet i trappor, NYHA III. Vikt stabil på furosemid 40 mg. Har märkt att skorna blivit trånga mot kvällen och att aptiten är sämre. Lätt yrsel vid uppresning, ingen synkope. Inlagd på NÄL i februari för hjärtsviktsförsämring."),
        ("Tidigare sjukdomar", "Förmaksflimmer sedan 2023. Spinal stenos i ländryggen, ej opererad. Ingen känd njursjukdom."),
        ("Läkemedel", "Furosemid 40 mg x 1, spironolakton 25 mg x 1, Eliquis 5 mg x 2, atorvastatin 20 mg x 1, Alvedon vid behov för ryggen."),
        ("Socialt", "Gift, bor i villa i Trollhättan. Pensionerad lokförare. Promenerar kortare sträckor med stavar. Två vuxna barn i Vänersborg, hustrun följer oftast med på besöken."),
        ("Status", "BT 108/70, puls 72 regelbunden. Halsvener ej stasade.\nCor: regelbunden rytm, svagt systoliskt blåsljud 2/6 över aortaområdet.\nPulm: basala krepitationer hö. Lätta ankelödem."),
        ("Undersökningar", "Ekokardiografi: koncentrisk vänsterkammarhypertrofi med septum 17 mm, EF 45 %, granulerat myokard och nedsatt longitudinell funktion med apical sparing. Låg voltage på EKG i förhållande till väggtjockleken. Skelettscintigrafi med DPD: hjärtupptag grad 3 enligt Perugini. Fria lätta kedjor och proteinelektrofores utan M-komponent. TTR-gensekvensering utan patogen variant. Långtids-EKG i våras: förmaksflimmer med kontrollerad kammarfrekvens."),
        ("Bedömning", "Transtyretinamyloidos av vildtyp (ATTRwt) med hjärtengagemang och hjärtsvikt med lätt nedsatt ejektionsfraktion. Diagnosen är ställd icke-invasivt enligt gällande algoritm."),
        ("Information", "Pat ej informerad om diagnosen. Skintigrafi- och gensvaret kom först efter dagens besök, och jag vill ge beskedet personligt. Ringer pat i morgon för att boka ett extra besök med honom och hustrun inom en vecka."),
        ("Planering", "Remiss för ställningstagande till tafamidis. Furosemid oförändrat. Undviker betablockerare och digoxin. NT-proBNP och njurfunktion om en månad, senaste NT-proBNP 2450 och eGFR 52. Hjärtsviktssjuksköterskan följer vikt och symtom per telefon varannan vecka."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="Long cardiology note with an eponymous grading: ATTR amyloidosis settled, patient not yet told.")


# =====================================================================================
# Validation and output
# =====================================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL104"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


def sentences(text):
    for line in text.split("\n"):
        for s in SENT_SPLIT.split(line):
            s = s.strip()
            if len(s) >= 25:
                yield s


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def hidden_th(rec_ruleset, note):
    """True if the note holds a Tidiga hypoteser entry (template in Skåne, sökord in VGR)."""
    if rec_ruleset == "skane":
        return note["template"] == TH
    return any(s["keyword"] == TH for s in note["sections"])


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        name = c.get("case", "?")
        p = lambda msg: problems.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            p("case keys %s" % sorted(c))
            continue
        if name in names:
            p("duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name):
            p("case name not kebab-case")
        if c["ruleset"] not in ("skane", "vgr"):
            p("ruleset %r" % c["ruleset"])
        why = c["why"]
        if not why or "\n" in why:
            p("why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            p("record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            p("patient keys %s" % sorted(pat))
        if not luhn_ok(pat["id"]):
            p("personnummer %s fails Luhn" % pat["id"])
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            p("personnummer does not match birth_date")
        try:
            as_of = _dt.datetime.fromisoformat(rec["as_of"])
            if as_of.year != 2024:
                p("as_of not in 2024")
        except ValueError:
            p("bad as_of")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                p("%s should be empty" % k)
        note_ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                p("note keys %s" % sorted(n))
                continue
            if n["id"] in note_ids:
                p("duplicate note id %s" % n["id"])
            note_ids[n["id"]] = n
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                p("unit/author keys in %s" % n["id"])
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                p("note %s time not in 2024" % n["id"])
            if t > as_of:
                p("note %s after as_of" % n["id"])
            if n["signed"] is not None:
                sgn = _dt.datetime.fromisoformat(n["signed"])
                if sgn.year != 2024 or sgn < t:
                    p("note %s signed time" % n["id"])
            if n["system"] not in ("Melior", "PMO"):
                p("system %s" % n["system"])
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                p("VGR notes are Melior")
            age = age_at(pat["birth_date"], t)
            if 13 <= age <= 15:
                p("patient aged %d at note %s (13-15 avoided)" % (age, n["id"]))
            if not n["sections"]:
                p("note %s has no sections" % n["id"])
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    p("bad section in %s" % n["id"])
                    continue
                for sent in sentences(s["text"]):
                    if sent in seen_sent and seen_sent[sent] != (name, n["id"], s["keyword"]):
                        p("sentence repeated (also in %s): %r" % (seen_sent[sent][0], sent))
                    elif sent in seen_sent:
                        p("sentence repeated within the section: %r" % sent)
                    seen_sent.setdefault(sent, (name, n["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            p("no assertion")
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    p("bad %s entry %r" % (kind, item))
                    continue
                code, target = item
                if code not in CODES:
                    p("code %s not in this set's scope" % code)
                if target not in note_ids:
                    p("%s target %s does not exist" % (kind, target))
                    continue
                if (code, target) in pairs:
                    p("%s on %s asserted twice or both ways" % (code, target))
                pairs.add((code, target))
                note = note_ids[target]
                if code == "NL101" and note["system"] == "PMO":
                    p("NL101 asserted on a PMO note")
                if code == "NL102" and kind == "must" and note["system"] != "Melior":
                    p("NL102 must on a non-Melior note")
                if code == "NL104" and not hidden_th(c["ruleset"], note):
                    p("NL104 asserted on a note without a Tidiga hypoteser entry")
    return problems


def main():
    cases = CASES
    problems = validate(cases)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in cases]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    # re-read what was written and validate that too
    with open(OUT, encoding="utf-8") as fh:
        reread = [json.loads(l) for l in fh if l.strip()]
    if reread != cases:
        problems.append("written file differs from the data")
    problems += [] if len(reread) == len(cases) else ["line count mismatch"]
    if problems:
        for pr in problems:
            print("PROBLEM", pr, file=sys.stderr)
        print("%d problem(s); %s written but invalid" % (len(problems), OUT), file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print("%d cases written to %s" % (len(cases), OUT))
    for code in sorted(counts):
        print("  %s must %d, must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
