#!/usr/bin/env python3
"""dev77: vascular surgery, wound care and the diabetic foot (NL101, NL102).

Hand-written Swedish journal notes, annotated for notelint NL101/NL102.
Standard library only, deterministic. `python3 build.py` writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev77_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

# key: (name, hsa_id, system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "SK_KARL_MOTT": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "4A71", "Melior"),
    "SK_KARL_AVD": ("Kärlkirurgiska vårdavdelningen, Skånes universitetssjukhus Malmö", SK + "4A88", "Melior"),
    "SK_FOT_MAL": ("Multidisciplinära fotteamet, Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", SK + "51C2", "Melior"),
    "SK_ORT_HBG": ("Ortopedmottagningen, Helsingborgs lasarett", SK + "2F19", "Melior"),
    "SK_INF_LUND": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", SK + "7730", "Melior"),
    "SK_AKUT_KRI": ("Akutmottagningen, Centralsjukhuset Kristianstad", SK + "9B04", "Melior"),
    "SK_AKUT_HBG": ("Akutmottagningen, Helsingborgs lasarett", SK + "2F02", "Melior"),
    "SK_MED_YST": ("Medicinmottagningen, Lasarettet i Ystad", SK + "6D13", "Melior"),
    "SK_MED_LKR": ("Medicinavdelning 5, Lasarettet Landskrona", SK + "3E55", "Melior"),
    "SK_HUD_LUND": ("Hudmottagningen, bensårsenheten, Skånes universitetssjukhus Lund", SK + "7812", "Melior"),
    "SK_STROKE_HBG": ("Strokeenheten, Helsingborgs lasarett", SK + "2F40", "Melior"),
    "SK_KIR_TRE": ("Sårmottagningen, Kirurgiska kliniken, Lasarettet Trelleborg", SK + "8C21", "Melior"),
    "SK_BARN_LUND": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "7901", "Melior"),
    "SK_IVA_MAL": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", SK + "4B10", "Melior"),
    "SK_ENDO_LUND": ("Endokrinologimottagningen, Skånes universitetssjukhus Lund", SK + "7744", "Melior"),
    "SK_DIAB_KRI": ("Diabetesmottagningen, Centralsjukhuset Kristianstad", SK + "9B37", "Melior"),
    "SK_REHAB_LUND": ("Rehabiliteringsmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "7766", "Melior"),
    "SK_REUMA_LUND": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "7758", "Melior"),
    "SK_KIRAVA_LUND": ("Kirurgiska akutvårdsavdelningen, Skånes universitetssjukhus Lund", SK + "7790", "Melior"),
    "SK_ORTAVD_HLM": ("Ortopedavdelning 2, Hässleholms sjukhus", SK + "A310", "Melior"),
    # Region Skåne, PMO (primary care)
    "SK_VC_SORG": ("Vårdcentralen Sorgenfri, Malmö", SK + "C611", "PMO"),
    "SK_VC_HOOR": ("Vårdcentralen Höör", SK + "C7A2", "PMO"),
    "SK_VC_TOMEL": ("Distriktssköterskemottagningen, Vårdcentralen Tomelilla", SK + "C834", "PMO"),
    "SK_HSV_ESL": ("Hemsjukvården, Vårdcentralen Eslöv", SK + "C905", "PMO"),
    "SK_VC_KRIS": ("Vårdcentralen Näsby, Kristianstad", SK + "CA16", "PMO"),
    # Västra Götalandsregionen, Melior
    "VG_KARL_SU": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1K20", "Melior"),
    "VG_KARL_AVD": ("Avdelning 130 kärlkirurgi, Sahlgrenska Universitetssjukhuset", VG + "1K34", "Melior"),
    "VG_FOT_OST": ("Diabetesfotmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "1F08", "Melior"),
    "VG_ORT_NU": ("Ortopedmottagningen, NU-sjukvården Uddevalla sjukhus", VG + "3N51", "Melior"),
    "VG_MED_SKAS": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", VG + "5S17", "Melior"),
    "VG_MEDAVD_SKAS": ("Medicinavdelning 33, Skaraborgs Sjukhus Skövde", VG + "5S29", "Melior"),
    "VG_NJUR_SKAS": ("Njurmedicinska mottagningen, Skaraborgs Sjukhus Skövde", VG + "5S44", "Melior"),
    "VG_INF_SAS": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4B12", "Melior"),
    "VG_HUD_SAS": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4B30", "Melior"),
    "VG_DIAB_SAS": ("Diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4B47", "Melior"),
    "VG_AKUT_KUN": ("Akutmottagningen, Kungälvs sjukhus", VG + "2K03", "Melior"),
    "VG_AKUT_SU": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1A01", "Melior"),
    "VG_STROKE_ALI": ("Strokeenheten, Alingsås lasarett", VG + "6A22", "Melior"),
    "VG_HUD_SU": ("Hudmottagningen, bensårsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1H15", "Melior"),
    "VG_KIR_NAL": ("Kirurgmottagningen, NÄL Trollhättan", VG + "3T60", "Melior"),
    "VG_SAR_MOL": ("Sårcentrum, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "1M72", "Melior"),
    "VG_IVA_SU": ("Intensivvårdsavdelning CIVA, Sahlgrenska Universitetssjukhuset", VG + "1I05", "Melior"),
    "VG_BARN_DSBUS": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "1B88", "Melior"),
    "VG_ORTAVD_SKAS": ("Ortopedavdelning 9, Skaraborgs Sjukhus Skövde", VG + "5S61", "Melior"),
    "VG_GER_MOL": ("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "1M90", "Melior"),
    "VG_FYS_KUN": ("Fysioterapin, Kungälvs sjukhus", VG + "2K40", "Melior"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC' with Luhn check digit."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def luhn_ok(p):
    digits = p.replace("-", "").replace("+", "")[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_digit(digits[:9]) == digits[9]


def _ts(s):
    if s is None:
        return None
    return s if len(s) == 19 else s + ":00"


def note(nid, unit, author, role, time, sections, template="Läkaranteckning",
         signed="auto", setting="öppenvård", refs=()):
    name, hsa, system = UNITS[unit]
    t = _ts(time)
    if signed == "auto":
        body = "".join(x for _, x in sections)
        mins = 12 + (len(body) * 7 + len(nid) * 13) % 95
        s = (datetime.datetime.fromisoformat(t) + datetime.timedelta(minutes=mins)).isoformat()
    else:
        s = _ts(signed)
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t, "signed": s, "setting": setting, "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def case(name, ruleset, birth, serial, notes, must=(), must_not=(), why="", as_of=None,
         protected=False):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last + datetime.timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": protected},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    for c in cases:
        n = c["case"]
        if set(c) != keys:
            problems.append("%s: keys %s" % (n, sorted(c)))
        if not n.startswith("d77-"):
            problems.append("%s: name prefix" % n)
        if n in names:
            problems.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % n)
        if not c["why"].strip():
            problems.append("%s: empty why" % n)
        r = c["record"]
        p = r["patient"]
        if not luhn_ok(p["id"]):
            problems.append("%s: Luhn" % n)
        if p["id"][:8] != p["birth_date"].replace("-", ""):
            problems.append("%s: pnr/birth_date mismatch" % n)
        if not r["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % n)
        age = age_on(p["birth_date"], r["as_of"])
        if 13 <= age <= 15:
            problems.append("%s: patient aged %d" % (n, age))
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                problems.append("%s: %s not empty" % (n, k))
        ids = {}
        for nt in r["notes"]:
            if nt["id"] in ids:
                problems.append("%s: duplicate note id" % n)
            ids[nt["id"]] = nt
            if not nt["time"].startswith("2024-"):
                problems.append("%s: note time not 2024" % n)
            if nt["signed"] is not None:
                if not nt["signed"].startswith("2024-") or nt["signed"] < nt["time"]:
                    problems.append("%s: signed" % n)
            if nt["time"] > r["as_of"]:
                problems.append("%s: note after as_of" % n)
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % n)
            hsa = nt["unit"]["hsa_id"]
            if (c["ruleset"] == "vgr") != hsa.startswith(VG):
                problems.append("%s: unit region mismatch" % n)
            if not nt["sections"]:
                problems.append("%s: note without sections" % n)
            for s in nt["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (n, nt["id"], s["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (n, seen_sent[sent][0], sent))
                        seen_sent.setdefault(sent, (n, nt["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % n)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(pairs) != len(set(pairs)):
            problems.append("%s: code/target listed twice" % n)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                problems.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                problems.append("%s: target %s missing" % (n, target))
                continue
            sysname = ids[target]["system"]
            if code == "NL102" and sysname != "Melior" and (code, target) in [tuple(x) for x in c["must"]]:
                problems.append("%s: NL102 must on non-Melior" % n)
            if code == "NL101" and sysname == "PMO":
                problems.append("%s: NL101 asserted on PMO" % n)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))


# ---------------------------------------------------------------------------
# CASES
# ---------------------------------------------------------------------------
# ---- Part 1: NL102 positives (hedged diagnosis of the patient in a visible Melior section)

case("d77-sk-kli-misstankt-poplitealocklusion", "skane", "1943-02-11", "213", [
    note("n1", "SK_KARL_MOTT", "Johan Ekdahl", "läkare", "2024-02-14T09:20", [
        ("Anamnes", "81-årig man med DM2, rökare sedan tonåren (ca 40 paketår). Sedan 3 v vilovärk i vä fot nattetid, sover med benet hängande över sängkanten. Sår lateralt på dig V vä sedan 2 v."),
        ("Status", "Vä fot blek vid elevation, rubor vid dependens. Ingen palpabel puls i a. poplitea eller distalt vä. Hö: palpabla fotpulsar. Tåtryck vä dig I 22 mmHg, ankeltryck 48 mmHg."),
        ("Bedömning", "Kronisk kritisk ischemi vä ben med vilovärk och sår. Misstänkt ocklusion av a. poplitea vä, ev. även underbenskärlen."),
        ("Planering", "DT-angio inom en vecka, därefter kärlrond. Oxycodone depot 5 mg x 2 mot vilovärken. Fortsatt ASA och atorvastatin."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Misstänkt ocklusion av a. poplitea' stands in the visible Bedömning; nothing is said about telling the patient")

case("d77-vg-trolig-osteomyelit-mtp1", "vgr", "1956-09-30", "418", [
    note("n1", "VG_FOT_OST", "Maria Sandell", "läkare", "2024-03-05T10:40", [
        ("Aktuellt", "Återbesök fotteamet. Neuropatiskt sår plantart under caput MT I hö sedan mars, 1,5 x 1 cm, djup 6 mm."),
        ("Status", "Probe-to-bone positiv. Lätt rodnad runt såret, ingen krepitation, ingen lymfangit. Fotpulsar palpabla bilat."),
        ("Bedömning", "Trolig osteomyelit i caput metatarsale I hö."),
        ("Åtgärd", "Rtg fot beställd, benbiopsi diskuteras med ortoped. Avlastning med totalkontaktgips från idag."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="'Trolig osteomyelit' under the osteomyelitis work-up is a hedged diagnosis in a visible VGR section")

case("d77-sk-charcot-bild-som-vid", "skane", "1966-01-19", "624", [
    note("n1", "SK_ORT_HBG", "Elin Bergkvist", "läkare", "2024-01-23T13:05", [
        ("Aktuellt", "Remiss från VC. Kvinna med DM1 sedan 30 år och uttalad neuropati. Svullen vä fot sedan 10 dagar efter att hon snubblade i trappan hemma, knappt ont."),
        ("Status", "Vä fot varm, temperaturdiff 3,1 grader mot hö med IR-termometer. Uttalad svullnad över mellanfoten, ingen sårbildning. Monofilament 0/8 bilat."),
        ("Bedömning", "Bild som vid akut Charcotfot, stadium 0 enl. Eichenholtz."),
        ("Planering", "MR fot akut. Avlastande gips och kryckor. Åter om 1 v för gipsbyte."),
    ])],
    must=[("NL102", "n1")],
    why="'Bild som vid akut Charcotfot' is a hedge on a diagnosis in a visible Skåne Melior note")

case("d77-vg-sannolikt-inflammatoriskt-aaa", "vgr", "1951-06-02", "731", [
    note("n1", "VG_KARL_SU", "Per Almqvist", "läkare", "2024-04-09T14:15", [
        ("Utredning", "DT-aorta 2024-04-02: infrarenalt bukaortaaneurysm, max diameter 5,3 cm. Tjock periaortal mjukdelsmantel som omger aneurysmet och når uretärerna bilat."),
        ("Bedömning", "Sannolikt inflammatoriskt bukaortaaneurysm, SR 64 och CRP 28."),
        ("Planering", "IgG4-subklasser, ANCA. Diskuteras på multidisciplinär konferens på tisdag."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="the aneurysm is confirmed, but its inflammatory type is hedged with 'Sannolikt' in a visible section")

case("d77-sk-amaurosis-typo-mistankt-karotisstenos", "skane", "1949-11-27", "305", [
    note("n1", "SK_STROKE_HBG", "Ahmad Karimi", "läkare", "2024-05-16T11:30", [
        ("Anamnes", "Igår ca 3 min svart gardin ned över vä öga, helt övergående. Hypertoni, hyperlipidemi."),
        ("Status", "Neurologiskt ua, NIHSS 0. Blåsljud över vä karotis. Visus ua bilat."),
        ("Bedömning", "Amaurosis fugax vä. Mistänkt symtomgivande karotisstenos vä."),
        ("Planering", "Karotisdoppler idag. Laddningsdos klopidogrel given. Kontakt med kärlkirurg när svaret finns."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo in the hedge ('Mistänkt') before a carotid stenosis in a visible Bedömning")

case("d77-vg-forenligt-med-venost-bensar", "vgr", "1947-08-14", "520", [
    note("n1", "VG_HUD_SU", "Karin Wallin", "sjuksköterska", "2024-02-27T09:10", [
        ("Sårstatus", "Sår medialt ovan malleolen hö, 4 x 3 cm, fibrinbelagt och rikligt vätskande. Hemosiderinpigmentering och atrophie blanche runtom. ABI hö 1,02."),
        ("Bedömning", "Förenligt med venöst bensår, ingen arteriell komponent."),
        ("Åtgärd", "Rengöring, skumförband och kompression med tvåkomponentsystem. Ssk-besök 2 ggr/v."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL102", "n1")],
    why="a wound nurse writes 'Förenligt med venöst bensår': a hedged diagnosis in a visible section")

case("d77-sk-ev-kolesterolemboli-bla-ta", "skane", "1950-04-03", "842", [
    note("n1", "SK_KARL_AVD", "Sara Lindholm", "läkare", "2024-03-12T08:45", [
        ("Aktuellt", "Dag 2 efter diagnostisk angiografi via hö ljumske. Pat klagar över ömmande blåfärgad andra tå vä sedan morgonen."),
        ("Status", "Livedo reticularis på vä lår och fot, cyanotisk dig II vä. Perifera pulsar kännbara på båda fötterna. Krea stigit från 92 till 138."),
        ("Bedömning", "Ev. kolesterolemboli (blue toe syndrome) efter angiografin."),
        ("Planering", "Eosinofiler och urinsticka. Statindosen höjs. Ingen antikoagulation i nuläget."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Ev. kolesterolemboli' hedges a diagnosis (not a plan) in a visible ward note")

case("d77-vg-typo-missankt-nekrotiserande-fasciit", "vgr", "1962-12-08", "147", [
    note("n1", "VG_AKUT_KUN", "Jonas Hedlund", "läkare", "2024-06-21T23:40", [
        ("Anamnes", "Diabetiker med sår på hö fotrygg sedan en vecka. Sedan igår snabbt tilltagande smärta upp mot vaden och frossa."),
        ("Status", "T 39,4, puls 118, BT 95/60. Rodnad och svullnad upp till knät, smärta oproportionerlig mot fynden, bullae på fotryggen. Laktat 4,1."),
        ("Bedömning", "Missänkt nekrotiserande fasciit hö underben. Septisk."),
        ("Åtgärd", "Pip-Tazo och klindamycin iv givet. Ortopedjour och kärlkirurg kontaktade, akut op-anmälan för revision."),
    ], template="Akutanteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo in the hedge ('Missänkt') before necrotising fasciitis in a visible VGR note")

case("d77-sk-kan-ej-uteslutas-osteomyelit-calcaneus", "skane", "1938-07-21", "276", [
    note("n1", "SK_INF_LUND", "Helena Crona", "läkare", "2024-04-18T15:00", [
        ("Bedömning", "Hälsår hö sedan 4 mån hos sängbunden pat, rtg visar kortikal oregelbundenhet i calcaneus. Osteomyelit kan ej uteslutas, MR bokas och antibiotika avvaktas tills dess."),
    ])],
    must=[("NL102", "n1")],
    why="a two-sentence note: 'Osteomyelit kan ej uteslutas' is an open differential, not a negation")

case("d77-vg-abi-talar-for-arteriell-insufficiens", "vgr", "1944-10-25", "633", [
    note("n1", "VG_SAR_MOL", "Linnea Forsberg", "sjuksköterska", "2024-05-07T10:20", [
        ("Aktuellt", "Nybesök sårcentrum. Bensår lateralt vä underben sedan 8 mån, ingen läkning trots kompression från vårdcentralen."),
        ("Undersökning", "ABI vä 0,58, hö 0,84. Sårbotten blek, skarpt avgränsade kanter."),
        ("Bedömning", "ABI och sårutseende talar för arteriell insufficiens, blandsår."),
        ("Åtgärd", "Kompressionen avslutas. Remiss till kärlkirurg skrivs av ansvarig läkare. Torrt förband tills vidare."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL102", "n1")],
    why="'talar för arteriell insufficiens' hedges an arterial diagnosis in a visible section")

case("d77-sk-lang-sannolikt-torr-gangran", "skane", "1940-03-17", "158", [
    note("n1", "SK_KARL_AVD", "Mikael Strand", "läkare", "2024-02-02T16:10", [
        ("Kontaktorsak", "Inläggning från kärlmottagningen för svartnande tår hö fot och tilltagande vilovärk."),
        ("Anamnes", "83-årig kvinna, änka, bor ensam i lägenhet med hemtjänst 2 ggr/dag. Tidigare: DM2 sedan 2001 på insulin, hypertoni, förmaksflimmer på apixaban, PCI 2017, lätt njursvikt. Claudicatio hö sedan flera år, gångsträcka senast 50 m. För 3 v sedan blåaktig missfärgning av dig I och II hö, nu svarta och torra. Nattlig värk som väcker henne, bättre med benet ned. Ingen feber. Rökt till 2010."),
        ("Status", "AT: opåverkad, lite trött. Cor: oregelbunden rytm, fq 84, inga blåsljud. Pulm: ua. BT 152/78. Hö fot: kall distalt, kapillär återfyllnad 6 s, ej palpabla pulsar i a. dorsalis pedis eller a. tibialis posterior. A. poplitea svagt palpabel hö, distinkt vä. Dig I och II hö svarta, torra och skrumpna, skarp gräns mot rosa hud proximalt. Ingen rodnad, ingen fluktuation, ingen lukt. Vä fot: varm, palpabla pulsar. Ankeltryck hö 40 mmHg, tåtryck ej mätbart."),
        ("Lab", "Hb 118, LPK 8,1, CRP 14, krea 121, eGFR 38, HbA1c 61, P-glukos 11,2."),
        ("Bedömning", "Kritisk ischemi hö ben. Sannolikt torr gangrän dig I–II hö utan tecken till infektion. Revaskularisering måste utredas innan ställning tas till tåamputation."),
        ("Planering", "DT-angio hö ben tas ej p.g.a. eGFR, i stället diagnostisk angiografi med CO2 i morgon efter hydrering. Apixaban pausas, dalteparin i profylaxdos. Smärtlindring med paracetamol och oxikodon vb. Torra förband, avlastning av hälarna. Ssk följer blodsocker 4 ggr/dag. Dietist kontaktas."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="long admission chart; one hedged diagnosis ('Sannolikt torr gangrän') in the visible Bedömning, nothing about withholding")

case("d77-vg-telefon-kan-rora-sig-om-dvt", "vgr", "1958-05-29", "369", [
    note("n1", "VG_KARL_SU", "Anneli Björk", "sjuksköterska", "2024-08-13T11:05", [
        ("Telefonkontakt", "Pat ringer, opererad med femoropopliteal bypass hö för 12 dagar sedan. Ökande svullnad och värk i hö vad sedan i förrgår, ingen feber. Operationssåret i ljumsken torrt."),
        ("Bedömning", "Kan röra sig om DVT men även om reperfusionsödem efter operationen. Efter samråd med dr Lindqvist får pat komma till akuten för UL idag."),
    ], template="Telefonanteckning")],
    must=[("NL102", "n1")],
    why="'Kan röra sig om DVT' in a nurse's phone note is a hedged diagnosis, visible in VGR")

case("d77-sk-epikris-typo-fragestalning-osteomyelit", "skane", "1952-10-10", "482", [
    note("n1", "SK_MED_YST", "Fredrik Nyman", "läkare", "2024-09-06T14:30", [
        ("Epikris", "Inlagd 5 dygn för infekterat diabetesfotsår hö häl. Behandlad med Tazocin iv, växlat till peroralt klindamycin dag 4. CRP sjunkit från 187 till 41."),
        ("Diagnos", "Diabetesfotsår hö häl med mjukdelsinfektion. Frågestälning osteomyelit kvarstår."),
        ("Planering", "MR hö fot polikliniskt. Återbesök fotmottagningen om 2 v."),
    ], template="Epikris", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Frågestälning osteomyelit' in the visible Diagnos section of a discharge summary")

case("d77-vg-typo-inger-misstanke-kritisk-ischmi", "vgr", "1946-12-31", "795", [
    note("n1", "VG_MED_SKAS", "Olof Granberg", "läkare", "2024-01-30T10:50", [
        ("Aktuellt", "Känd claudicatio vä sedan 2019. Nu värk i framfoten även i vila och på natten. Fotpulsar ej palpabla vä, kapillär återfyllnad 5 s."),
        ("Bedömning", "Anamnesen inger misstanke om kritisk ischmi. Remiss till kärlkirurgen Sahlgrenska prio 1."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="'inger misstanke om kritisk ischmi' (typo in the diagnosis) is a hedged diagnosis in the visible Bedömning")

case("d77-sk-fragetecken-endoleak-typ2", "skane", "1945-05-05", "507", [
    note("n1", "SK_KARL_MOTT", "Cecilia Wahl", "läkare", "2024-10-01T13:40", [
        ("Utredning", "Årlig DT-kontroll 4 år efter EVAR. Aneurysmsäcken mäter 6,1 cm mot 5,7 cm föregående år. Kontrast i säcken i sen fas nära a. mesenterica inferior."),
        ("Bedömning", "?Endoleak typ II med säcktillväxt."),
        ("Planering", "Tas upp på kärlronden, ev. embolisering. CEUS för att bekräfta."),
    ])],
    must=[("NL102", "n1")],
    why="a leading question mark ('?Endoleak typ II') hedges a diagnosis in a visible section")

case("d77-vg-oklart-om-pyoderma-eller-vaskulit", "vgr", "1979-03-22", "284", [
    note("n1", "VG_HUD_SU", "Sofia Lund", "läkare", "2024-03-19T14:25", [
        ("Status", "Två smärtsamma sår på hö underben med underminerade violetta kanter, 3 och 5 cm. Snabb progress efter en bagatellskada. Pat har Crohns sjukdom."),
        ("Bedömning", "Oklart om det rör sig om pyoderma gangrenosum eller vaskulitsår."),
        ("Åtgärd", "Stansbiopsi från sårkanten till PAD och DIF. Ingen revision p.g.a. risk för patergi. Dermovat lokalt."),
    ])],
    must=[("NL102", "n1")],
    why="'Oklart om det rör sig om pyoderma gangrenosum eller vaskulitsår': two open diagnoses, visible")

case("d77-sk-mojlig-tia-efter-tea", "skane", "1948-08-08", "351", [
    note("n1", "SK_KARL_AVD", "Viktor Hallberg", "läkare", "2024-06-04T07:55", [
        ("Aktuellt", "Dag 1 efter TEA vä karotis. Enligt nattssk övergående sluddrigt tal i ca 10 min kl 03."),
        ("Status", "Vaken, orienterad. Tal ua nu, ingen facialispares, inga pareser. Halssåret torrt, ingen svullnad."),
        ("Bedömning", "Möjlig TIA postoperativt."),
        ("Planering", "Akut DT hjärna och duplex av op-området. Neurolog konsulteras."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Möjlig TIA' after carotid endarterectomy is a hedged diagnosis in a visible ward note")

case("d77-vg-kalcifylaxi-kan-inte-uteslutas", "vgr", "1961-02-14", "926", [
    note("n1", "VG_NJUR_SKAS", "Therese Olsson", "läkare", "2024-07-02T09:35", [
        ("Bedömning", "Smärtsamma nekrotiska sår på båda låren hos HD-pat med högt fosfat och warfarinbehandling. Kalcifylaxi kan inte uteslutas."),
        ("Planering", "Hudbiopsi. Byte från warfarin till apixaban diskuteras med njurläkare, natriumtiosulfat övervägs."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="'Kalcifylaxi kan inte uteslutas' keeps a diagnosis open in a visible section")

case("d77-sk-sannolikt-embolus-femoralis", "skane", "1939-09-09", "168", [
    note("n1", "SK_AKUT_KRI", "Nadia Haddad", "läkare", "2024-04-27T14:50", [
        ("Anamnes", "Plötslig smärta vä ben kl 14 idag, sedan domning. Förmaksflimmer, uppehåll med Eliquis sedan 1 v inför tandingrepp."),
        ("Status", "Vä fot kall och marmorerad, ingen puls i ljumsken. Nedsatt sensibilitet på fotryggen, motoriken intakt."),
        ("Bedömning", "Akut ischemi vä ben Rutherford IIa, sannolikt embolus i a. femoralis communis."),
        ("Åtgärd", "Heparin 5000 E iv. Kärljouren tillkallad, DT-angio akut."),
    ], template="Akutanteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="the acute ischaemia is certain, the embolus is hedged ('sannolikt embolus'), visible")

case("d77-vg-ssk-pseudomonas-fragetecken", "vgr", "1954-11-11", "417", [
    note("n1", "VG_SAR_MOL", "Emma Rosén", "sjuksköterska", "2024-09-17T13:20", [
        ("Sårstatus", "Grönaktig beläggning och söt lukt från såret på vä fotrygg, mer exsudat än förra veckan. Pseudomonasinfektion? Sårodling tagen."),
        ("Omvårdnad", "Byte till silverförband, förbandsbyte varannan dag. Meddelar dr Nyström odlingssvaret."),
    ], template="Omvårdnadsanteckning", signed=None)],
    must=[("NL102", "n1")],
    why="a trailing question mark after an infection diagnosis in a wound nurse's visible note")

case("d77-sk-typo-susp-charcot-neuroartopati", "skane", "1970-06-26", "592", [
    note("n1", "SK_ENDO_LUND", "Gustav Palm", "läkare", "2024-02-21T10:05", [
        ("Diagnos", "Susp. Charcot-neuroartopati mellanfot vä, MR-remiss skickad."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="one line; 'Susp.' hedges a misspelled Charcot diagnosis ('neuroartopati') in a visible Diagnos section")

case("d77-vg-th-sokord-plus-synlig-bedomning", "vgr", "1957-04-16", "358", [
    note("n1", "VG_FOT_OST", "Lars Engström", "läkare", "2024-05-28T11:15", [
        ("Tidiga hypoteser", "Misstänkt osteomyelit i os cuboideum, ej diskuterat med pat."),
        ("Status", "Djupt sår lateralt vä fot över cuboideum, 2 x 2 cm, benkontakt vid sondering."),
        ("Bedömning", "Trolig osteit i underliggande ben. Remiss MR."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="the Tidiga hypoteser sökord is protected, but 'Trolig osteit' also stands in the visible Bedömning")

case("d77-sk-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1976-08-03", "471", [
    note("n1", "SK_KARL_MOTT", "Ingrid Melander", "läkare", "2024-03-26T14:00", [
        ("Tidiga hypoteser", "Sannolikt fibromuskulär dysplasi i karotiderna med tanke på pärlbandsbilden på DT-angio."),
        ("Planering", "Njurartärer undersöks med DT. Återbesök efter röntgen."),
    ])],
    must=[("NL102", "n1")],
    why="Skåne protects by template, not sökord: 'Tidiga hypoteser' as a sökord in a Läkaranteckning is visible")

case("d77-vg-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1990-01-12", "620", [
    note("n1", "VG_KARL_SU", "Anders Thörn", "läkare", "2024-02-08T15:30", [
        ("Bedömning", "Misstänkt Buergers sjukdom (thrombangiitis obliterans) hos 34-årig storrökare med distala ulcerationer på tårna."),
    ], template="Tidiga hypoteser")],
    must=[("NL102", "n1")],
    why="VGR protects by sökord: a note template named Tidiga hypoteser with sökord Bedömning is still visible")

case("d77-sk-fantomsmarta-ev-neurom", "skane", "1955-12-01", "733", [
    note("n1", "SK_REHAB_LUND", "Oskar Nord", "läkare", "2024-07-10T10:30", [
        ("Anamnes", "Transtibial amputation hö i januari p.g.a. icke rekonstruerbar kritisk ischemi. Går med protes och rollator. Ilande smärta distalt i stumpen vid belastning i hylsan."),
        ("Status", "Välläkt stump. Tydligt avgränsad palpationsömhet med positivt Tinels tecken medialt distalt."),
        ("Bedömning", "Fantomsmärtor av lindrig grad. Ev. neurom i n. saphenus-området."),
        ("Planering", "UL stump. Justering av hylsan hos ortopedingenjör."),
    ])],
    must=[("NL102", "n1")],
    why="'Ev. neurom' in an amputee's rehab note hedges a diagnosis, not a plan")

case("d77-vg-dd-pseudoaneurysm-ljumske", "vgr", "1949-03-03", "836", [
    note("n1", "VG_KARL_AVD", "Hanna Ek", "läkare", "2024-10-15T08:20", [
        ("Status", "Pulserande resistens ca 3 cm i hö ljumske efter PTA via antegrad punktion igår. Blåsljud över resistensen."),
        ("Bedömning", "DD hematom, pseudoaneurysm."),
        ("Planering", "UL ljumske idag. Sängläge tills svar."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'DD hematom, pseudoaneurysm' lists open differentials in a visible section")

case("d77-sk-talar-for-pad", "skane", "1959-07-07", "244", [
    note("n1", "SK_MED_LKR", "Rebecka Ström", "läkare", "2024-11-05T13:10", [
        ("Bedömning", "Claudicatio vä vad efter 200 m. ABI vä 0,55, hö 0,92. Talar för perifer arteriell sjukdom i vä ben."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="'Talar för perifer arteriell sjukdom' is a hedge in favour of a diagnosis (contrast 'talar emot')")

case("d77-vg-typo-sannolkit-graftinfektion", "vgr", "1950-09-19", "463", [
    note("n1", "VG_INF_SAS", "Daniel Åkesson", "läkare", "2024-04-04T16:45", [
        ("Aktuellt", "Aortobifemoral graft sedan 2019, nu fistel med pus i vä ljumske och positiva blododlingar för S. aureus."),
        ("Bedömning", "Sannolkit graftinfektion vä skänkel."),
        ("Planering", "PET-DT. Kloxacillin iv. Kärlkirurg Sahlgrenska underrättad."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Sannolkit' hedges graft infection in a visible VGR section")

case("d77-sk-fragestallning-mesenterial-ischemi", "skane", "1945-01-28", "389", [
    note("n1", "SK_KIRAVA_LUND", "Tobias Berg", "läkare", "2024-08-24T02:35", [
        ("Bedömning", "Buksmärta ur proportion till status hos 79-åring med obehandlat förmaksflimmer, laktat 3,8. Frågeställning akut mesenterial ischemi."),
        ("Åtgärd", "DT-angio buk akut. Kärlkirurgjouren informerad."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Frågeställning akut mesenterial ischemi' states an unproven diagnosis in the visible Bedömning")

case("d77-vg-typo-eventuelt-popliteaaneurysm-bilat", "vgr", "1952-02-29", "715", [
    note("n1", "VG_KARL_SU", "Magnus Jonsson", "läkare", "2024-06-11T10:00", [
        ("Status", "Påtagligt breda och lättpalpabla pulsationer i båda knävecken. Opererad för bukaortaaneurysm 2021."),
        ("Bedömning", "Eventuelt aneurysm i a. poplitea bilat. Duplex beställt."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="typo 'Eventuelt' hedges an aneurysm (a diagnosis, not the duplex plan) in a visible section")

case("d77-sk-misstankt-sekundar-raynaud", "skane", "1969-10-30", "168", [
    note("n1", "SK_REUMA_LUND", "Camilla Dahl", "läkare", "2024-01-17T09:45", [
        ("Status", "Digitala sår på dig II och III hö hand, sklerodaktyli. Kapillärmikroskopi visar förstorade kapillärslyngor."),
        ("Bedömning", "Misstänkt sekundärt Raynauds fenomen vid systemisk skleros."),
        ("Planering", "ANA, centromer- och Scl-70-antikroppar. Iloprost diskuteras vid försämring."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="digital ulcers: 'Misstänkt sekundärt Raynauds fenomen vid systemisk skleros' is visible")

case("d77-vg-bilden-talar-for-vaskulitsar", "vgr", "1964-05-15", "307", [
    note("n1", "VG_HUD_SAS", "Petra Axelsson", "läkare", "2024-11-12T14:40", [
        ("Status", "Palpabel purpura och multipla små sår på båda underbenen."),
        ("Bedömning", "Bilden talar för vaskulitsår snarare än venösa sår. Biopsi tas."),
    ])],
    must=[("NL102", "n1")],
    why="'Bilden talar för vaskulitsår' is a hedged diagnosis in a visible section")

case("d77-sk-mojligen-subklaviastenos", "skane", "1958-03-09", "926", [
    note("n1", "SK_KARL_MOTT", "Johan Ekdahl", "läkare", "2024-05-21T11:20", [
        ("Anamnes", "Yrsel och tyngdkänsla i vä arm vid arbete ovanför huvudet, t.ex. när hon hänger tvätt."),
        ("Status", "BT hö arm 155/85, vä arm 120/75. Svagare radialispuls vä."),
        ("Bedömning", "Möjligen subklaviastenos vä med steal-fenomen."),
    ])],
    must=[("NL102", "n1")],
    why="'Möjligen subklaviastenos' hedges a diagnosis in a visible Skåne Melior note")

case("d77-vg-informerad-om-misstanke-fortfarande-synlig", "vgr", "1963-07-25", "581", [
    note("n1", "VG_ORT_NU", "Karl Sjöberg", "läkare", "2024-03-14T13:50", [
        ("Bedömning", "Misstänkt Charcotfot hö, aktiv fas."),
        ("Information", "Pat informerad om misstanken och om att gipsbehandlingen kan bli långvarig."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="the patient was told about the suspicion: still a hedged diagnosis in a visible note (NL102), but nothing withheld (no NL101)")

case("d77-sk-typo-misstankt-mykotsikt-aneurysm", "skane", "1953-04-22", "653", [
    note("n1", "SK_INF_LUND", "Helena Crona", "läkare", "2024-10-22T11:10", [
        ("Aktuellt", "Feber sedan 3 v, S. aureus i 3 av 4 blododlingar. DT: sackulärt aneurysm 2,8 cm på a. iliaca communis hö, ej beskrivet på DT 2022."),
        ("Bedömning", "Misstänkt mykotsikt aneurysm."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Misstänkt' before a misspelled diagnosis ('mykotsikt aneurysm') in a visible infection note")

case("d77-vg-trycksar-men-kan-vara-arteriellt", "vgr", "1935-08-30", "245", [
    note("n1", "VG_MEDAVD_SKAS", "Åsa Nilsson", "sjuksköterska", "2024-02-16T19:30", [
        ("Omvårdnad", "Sår på hö häl 3 x 3 cm med svart nekros. Ser ut som trycksår kategori 3 men kan vara ett arteriellt sår, fotpulsar ej kännbara. Hälavlastning med kudde, meddelat avdelningsläkaren."),
    ], template="Omvårdnadsanteckning", signed=None, setting="slutenvård")],
    must=[("NL102", "n1")],
    why="a ward nurse hedges between pressure ulcer and arterial ulcer ('ser ut som', 'kan vara') in a visible note")

case("d77-sk-sannolik-diabetesneuropati", "skane", "1967-09-13", "849", [
    note("n1", "SK_DIAB_KRI", "Lina Holmgren", "läkare", "2024-09-24T08:50", [
        ("Status", "Monofilament 3/8 hö, 4/8 vä. Vibrationssinnet nedsatt upp till mitten av tibia bilat."),
        ("Bedömning", "Sannolik diabetesneuropati, fotriskgrupp 2."),
        ("Åtgärd", "Remiss till fotterapeut och ortopedtekniker för inlägg."),
    ], template="Mottagningsanteckning")],
    must=[("NL102", "n1")],
    why="'Sannolik diabetesneuropati' is a hedged diagnosis in the visible Bedömning")

case("d77-vg-misstanke-om-stumpinfektion", "vgr", "1942-06-06", "392", [
    note("n1", "VG_ORTAVD_SKAS", "Erik Lindgren", "läkare", "2024-07-19T09:00", [
        ("Aktuellt", "Dag 6 efter transfemoral amputation vä. Sårkanten rodnad, lite grumlig sekretion distalt, CRP 145 från 80."),
        ("Bedömning", "Misstanke om stumpinfektion, ev. djup."),
        ("Åtgärd", "Suturer tas delvis, odling. Cefotaxim iv."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Misstanke om stumpinfektion' (not 'ingen misstanke om') in a visible ward note")

case("d77-sk-rtg-inger-misstanke-osteolys", "skane", "1960-11-21", "517", [
    note("n1", "SK_ORT_HBG", "Elin Bergkvist", "läkare", "2024-12-03T14:15", [
        ("Utredning", "Rtg vä fot: destruktion och osteolys i distala falangen dig V, inger misstanke om osteomyelit."),
        ("Planering", "Sårrevision på mottagningen, benbit till odling."),
    ])],
    must=[("NL102", "n1")],
    why="the X-ray finding 'inger misstanke om osteomyelit' is a hedged diagnosis in a visible Utredning")

case("d77-vg-aortadissektion-kan-inte-uteslutas", "vgr", "1964-09-04", "668", [
    note("n1", "VG_AKUT_KUN", "Jonas Hedlund", "läkare", "2024-08-02T21:15", [
        ("Bedömning", "Plötslig rivande smärta mellan skulderbladen, BT-skillnad mellan armarna 30 mmHg. Aortadissektion kan inte uteslutas."),
        ("Åtgärd", "DT-aorta akut, iv labetalol mot BT 120 systoliskt."),
    ], template="Akutanteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Aortadissektion kan inte uteslutas' keeps the diagnosis open in a visible section")

case("d77-sk-utkast-ev-kompartmentsyndrom", "skane", "1957-02-25", "734", [
    note("n1", "SK_KARL_AVD", "Sara Lindholm", "läkare", "2024-03-30T22:10", [
        ("Aktuellt", "4 h efter embolektomi vä ben tilltagande smärta i underbenet, spänd vad och smärta vid passiv dorsalflexion."),
        ("Bedömning", "Ev. kompartmentsyndrom. Ortopedjouren tillfrågad om fasciotomi."),
    ], template="Daganteckning", signed=None, setting="slutenvård")],
    must=[("NL102", "n1")],
    why="unsigned draft (pre-signing): 'Ev. kompartmentsyndrom' hedges a diagnosis in a visible section")

case("d77-sk-barn-spiktramp-osteomyelit-calcaneus", "skane", "2015-03-08", "282", [
    note("n1", "SK_BARN_LUND", "Julia Fors", "läkare", "2024-05-02T17:20", [
        ("Anamnes", "9-årig pojke som trampade på en spik genom gymnastikskon för 10 dagar sedan. Nu ökande smärta i hälen, haltar. Mamma med."),
        ("Status", "Instick plantart på hö häl, svullnad och palpationsömhet. Afebril. CRP 32, SR 40."),
        ("Bedömning", "Misstänkt osteomyelit i calcaneus efter spiktrampsskada, Pseudomonas? MR i morgon."),
    ], template="Akutanteckning")],
    must=[("NL102", "n1")],
    why="child under 13 (guardian reads): 'Misstänkt osteomyelit i calcaneus' in a visible Melior note")

case("d77-vg-lang-daganteckning-trol-sarinfektion-ljumske", "vgr", "1948-10-02", "573", [
    note("n1", "VG_KARL_AVD", "Sebastian Holm", "läkare", "2024-09-03T10:40", [
        ("Aktuellt", "Dag 5 efter femoropopliteal bypass med ven vä ben p.g.a. kritisk ischemi med sår på hälen. Pat har sovit dåligt, ont i ljumsken, ingen vilovärk i foten längre. Äter hälften av portionerna. Mobiliserad till stol och toalett med stöd."),
        ("Status", "Temp 38,1 i kväll, 37,4 nu. Puls 88, BT 138/72, sat 95 % utan syrgas. Vä ljumske: ca 4 cm rodnad runt sårets nedre del, lätt svullnad, serös vätska från nedre sårkanten, ingen fluktuation. Snittet på låret och underbenet läker fint. Fot varm, a. dorsalis pedis palpabel, hälsåret 2 x 2 cm med rosa granulation. Lätt ödem i underbenet."),
        ("Lab", "CRP 96 (igår 71), LPK 11,8, Hb 104, krea 88, kalium 4,2."),
        ("Bedömning", "Fungerande bypass med god distal cirkulation. Trol. sårinfektion i ljumsken. Ödemet i benet är väntat efter reperfusion."),
        ("Planering", "Sårodling från ljumsken. Flukloxacillin 1 g x 3 po. UL ljumske om ingen förbättring på 48 h för att utesluta vätskeansamling runt graften. Fortsatt mobilisering med fysioterapeut, hälsåret läggs om varannan dag. Hemgång tidigast måndag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n1")],
    why="long ward note; everything is confirmed except 'Trol. sårinfektion i ljumsken', which is visible")

case("d77-sk-th-sedan-kopierad-till-daganteckning", "skane", "1944-04-14", "426", [
    note("n1", "SK_KARL_AVD", "Mikael Strand", "läkare", "2024-06-17T14:00", [
        ("Bedömning", "Misstänkt aortoenterisk fistel, Hb-fall och melena 3 år efter öppen aortaop. Ej diskuterat med pat ännu."),
    ], template="Tidiga hypoteser", setting="slutenvård"),
    note("n2", "SK_KARL_AVD", "Viktor Hallberg", "läkare", "2024-06-18T08:30", [
        ("Aktuellt", "Ytterligare melena i natt, Hb 84. Två enheter blod givna."),
        ("Bedömning", "Misstänkt aortoenterisk fistel. Gastroskopi och DT-angio idag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="the hypothesis is protected in the Tidiga hypoteser note (n1) but copied into next day's ordinary Daganteckning (n2), which is visible")

# ---- Part 2: NL102 hard negatives (negated, ruled out, relatives, plans, conditionals,
# ---- confirmed diagnoses, non-diagnostic hedges, protected places, PMO)

case("d77-sk-typo-ingen-misstanke-om-osteomyelt", "skane", "1961-05-18", "439", [
    note("n1", "SK_FOT_MAL", "Anna Persson", "läkare", "2024-02-06T10:15", [
        ("Status", "Ytligt neuropatiskt sår under MTP V vä, 8 mm, rosa granulation. Sondering når ej ben, rtg ua."),
        ("Bedömning", "Ingen misstanke om osteomyelt. Fortsatt avlastning med inlägg och skor från ortopedteknik."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'Ingen misstanke om osteomyelt' (typo in the diagnosis) is a negated mention; the ulcer itself is stated as fact")

case("d77-vg-inga-tecken-pa-kritisk-ischemi", "vgr", "1953-08-23", "214", [
    note("n1", "VG_KARL_SU", "Per Almqvist", "läkare", "2024-03-21T09:30", [
        ("Aktuellt", "Claudicatio hö efter ca 300 m, oförändrad sedan i fjol."),
        ("Bedömning", "ABI hö 0,78, tåtryck 82 mmHg. Inga tecken på kritisk ischemi. Fortsatt gångträning, statin och ASA, ny kontroll om 1 år."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'Inga tecken på kritisk ischemi' negates the only diagnosis that could be read as hedged")

case("d77-sk-charcot-uteslutes-efter-mr", "skane", "1972-12-12", "560", [
    note("n1", "SK_ORT_HBG", "Rasmus Wik", "läkare", "2024-04-11T15:40", [
        ("Bedömning", "MR vä fot utan benmärgsödem eller frakturer, bara mjukdelsödem. Charcotfot uteslutes. Svullnaden är en följd av fotledsdistorsionen i mars."),
        ("Åtgärd", "Gipset tas bort. Stödstrumpa och successiv belastning."),
    ])],
    must_not=[("NL102", "n1")],
    why="Charcot foot is ruled out ('uteslutes') after MR")

case("d77-vg-dvt-avskrivs-efter-ul", "vgr", "1946-02-02", "848", [
    note("n1", "VG_AKUT_SU", "Maja Lindberg", "läkare", "2024-05-03T18:25", [
        ("Bedömning", "Svullen vä vad 4 dagar efter sårrevision på foten. UL vener vä ben utan trombos till och med vadvenerna. DVT avskrivs."),
        ("Åtgärd", "Högläge och stödstrumpa. Åter till sårmottagningen enligt plan."),
    ], template="Akutanteckning")],
    must_not=[("NL102", "n1")],
    why="DVT 'avskrivs' after a normal ultrasound: a ruled-out diagnosis")

case("d77-sk-anhorig-aaa-ev-farbror", "skane", "1959-01-04", "322", [
    note("n1", "SK_KARL_MOTT", "Karin Åberg", "sjuksköterska", "2024-01-25T08:40", [
        ("Anamnes", "Kallad via AAA-screening vid 65 års ålder. Far avled i rupturerat bukaortaaneurysm 72 år gammal, ev. hade även farbrodern samma sjukdom."),
        ("Undersökning", "UL aorta: 2,1 cm, normalvid."),
        ("Planering", "Ingen ytterligare kontroll. Pat nöjd med beskedet."),
    ], template="Omvårdnadsanteckning")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="the only hedge ('ev.') concerns an uncle's disease; the patient's aorta is normal and he got the result")

case("d77-vg-ev-amputation-plan-trolig-hemgang", "vgr", "1941-07-09", "635", [
    note("n1", "VG_KARL_AVD", "Hanna Ek", "läkare", "2024-04-23T09:50", [
        ("Aktuellt", "Gangrän dig IV–V vä fot, demarkerad. PTA av a. tibialis anterior genomförd igår med bra flöde till foten."),
        ("Planering", "Ev. amputation av tårna på sikt när demarkeringen är klar. Trolig hemgång på fredag."),
    ], template="Daganteckning", signed=None, setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="gangrene is confirmed; 'Ev.' hedges a future amputation (a plan) and 'Trolig' the discharge")

case("d77-sk-hedge-pa-symtom-vadvark", "skane", "1955-06-20", "186", [
    note("n1", "SK_MED_YST", "Fredrik Nyman", "läkare", "2024-06-13T10:25", [
        ("Anamnes", "Möjligen något mer värk i vaden vid gång än i våras, pat är osäker. Gångsträcka ca 400 m."),
        ("Status", "Palpabla pulsar i ljumskarna, svaga i fötterna. Varma fötter, inga sår."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'Möjligen' hedges a symptom (calf pain), not a diagnosis")

case("d77-vg-villkor-om-bla-tar-hor-av-sig", "vgr", "1950-12-24", "402", [
    note("n1", "VG_FOT_OST", "Annika Berglund", "sjuksköterska", "2024-07-16T14:05", [
        ("Telefonkontakt", "Ringt pat och gått igenom egenvården av fötterna efter PTA. Om tårna blir kalla, blå eller om ett nytt sår uppstår ska hon höra av sig samma dag. Vid feber eller rodnad som sprider sig söker hon akuten."),
    ], template="Telefonanteckning")],
    must_not=[("NL102", "n1")],
    why="conditional safety-net advice ('Om … ska hon höra av sig') contains no hedged diagnosis")

case("d77-sk-verifierad-osteomyelit-biopsi", "skane", "1949-09-15", "731", [
    note("n1", "SK_INF_LUND", "Gabriel Svensson", "läkare", "2024-08-20T13:30", [
        ("Diagnos", "Osteomyelit i proximala falangen dig II hö, verifierad med benbiopsi som växer S. aureus känslig för kloxacillin."),
        ("Planering", "Heracillin 1,5 g x 3 i 6 veckor. CRP och leverprover varannan vecka på VC."),
    ])],
    must_not=[("NL102", "n1")],
    why="a biopsy-verified diagnosis is confirmed, not a hypothesis")

case("d77-sk-th-mall-marjolin-ulcus", "skane", "1937-03-03", "548", [
    note("n1", "SK_HUD_LUND", "Birgitta Holm", "läkare", "2024-03-07T11:45", [
        ("Bedömning", "Hypertrofisk kant i bensår som funnits i 12 år, misstänkt skivepitelcancer (Marjolins ulcus). Biopsi tagen, inväntar PAD innan vi tar upp det med pat."),
    ], template="Tidiga hypoteser")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne Tidiga hypoteser template: the suspicion and the fact that the patient is not yet told are protected")

case("d77-vg-th-sokord-skivepitelcancer-kroniskt-sar", "vgr", "1939-10-18", "126", [
    note("n1", "VG_SAR_MOL", "Linnea Forsberg", "sjuksköterska", "2024-04-02T10:55", [
        ("Sårstatus", "Sår vä underben 6 x 4 cm, blomkålsliknande vävnad i övre kanten som blöder lätt vid beröring."),
        ("Tidiga hypoteser", "Kan röra sig om skivepitelcancer i kroniskt sår, ansvarig läkare informerad."),
        ("Åtgärd", "Stansbiopsi x 2 tagna av dr Nyström. Återbesök när PAD finns."),
    ], template="Omvårdnadsanteckning")],
    must_not=[("NL102", "n1")],
    why="VGR: the hedged cancer sits only under the protected sökord Tidiga hypoteser; visible sections hold findings and actions")

case("d77-sk-pmo-vc-misstankt-venost-bensar", "skane", "1951-11-06", "293", [
    note("n1", "SK_VC_SORG", "Leila Ahmadi", "läkare", "2024-02-12T15:20", [
        ("Bedömning", "Sår ovan vä malleol sedan 6 v, ABI 1,1. Misstänkt venöst bensår, kompression startas via distriktssköterska."),
    ], template="Besöksanteckning")],
    must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses: a hedged diagnosis in a vårdcentral note does not fire")

case("d77-sk-pmo-dsk-trolig-sarinfektion", "skane", "1940-08-27", "415", [
    note("n1", "SK_VC_TOMEL", "Eva Mårtensson", "sjuksköterska", "2024-05-14T09:35", [
        ("Omläggning", "Sår på hö fotrygg lagt om. Ökad rodnad och värmeökning, trolig sårinfektion. Odling tagen och dr informerad."),
    ], template="Distriktssköterskeanteckning", signed=None)],
    must_not=[("NL102", "n1")],
    why="district nurse's PMO note: 'trolig sårinfektion' is not shown in Journalen")

case("d77-vg-talar-emot-arteriell-insufficiens", "vgr", "1958-01-31", "287", [
    note("n1", "VG_HUD_SU", "Karin Wallin", "sjuksköterska", "2024-06-25T13:15", [
        ("Bedömning", "Palpabla fotpulsar bilat och varm fot talar emot arteriell insufficiens. Såret ligger medialt i gamaschområdet som ett venöst sår. Kompressionen fortsätter oförändrad."),
    ], template="Omvårdnadsanteckning")],
    must_not=[("NL102", "n1")],
    why="'talar emot arteriell insufficiens' argues against a diagnosis; the venous ulcer is stated")

case("d77-sk-ej-hallpunkt-for-endoleak", "skane", "1944-11-30", "662", [
    note("n1", "SK_KARL_MOTT", "Cecilia Wahl", "läkare", "2024-11-19T10:10", [
        ("Utredning", "DT 3 år efter EVAR: säcken 5,0 cm, minskat från 5,4. Ej hållpunkt för endoleak, stentgraften i gott läge."),
        ("Planering", "Nästa DT om 2 år."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Ej hållpunkt för endoleak' is a negated finding")

case("d77-vg-hedge-pa-fynd-dorsalis-pedis", "vgr", "1966-04-08", "519", [
    note("n1", "VG_MED_SKAS", "Olof Granberg", "läkare", "2024-10-08T11:40", [
        ("Status", "A. dorsalis pedis möjligen palpabel hö, säkert palpabel vä. Tibialis posterior palpabel bilat. Doppler med trifasiska signaler i båda fötterna."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'möjligen palpabel' hedges a pulse finding, not a disease")

case("d77-sk-ssk-trolig-utskrivning-imorgon", "skane", "1952-03-26", "384", [
    note("n1", "SK_KARL_AVD", "Louise Nygren", "sjuksköterska", "2024-07-24T20:15", [
        ("Omvårdnad", "Ljumsksåret torrt och rent, inga tecken på infektion. Går med rollator i korridoren. Trolig utskrivning i morgon om sonen kan hämta."),
    ], template="Omvårdnadsanteckning", signed=None, setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="unsigned nurse draft; 'inga tecken på infektion' is negated and 'Trolig utskrivning' is a plan")

case("d77-vg-eventuellt-dt-angio-om-tatryck-sjunker", "vgr", "1947-05-12", "846", [
    note("n1", "VG_KIR_NAL", "Ulrika Mattsson", "läkare", "2024-05-30T14:20", [
        ("Bedömning", "Tåtryck 45 mmHg, oförändrat sedan februari."),
        ("Planering", "Eventuellt DT-angio om tåtrycket sjunker under 30 mmHg eller om vilovärk tillkommer. Kontroll om 3 mån."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'Eventuellt DT-angio' hedges an examination under a condition, not a diagnosis")

case("d77-sk-kan-inte-se-gangran-skavsar", "skane", "1968-07-02", "170", [
    note("n1", "SK_AKUT_HBG", "Ali Rahimi", "läkare", "2024-08-09T19:45", [
        ("Status", "Kan inte se några tecken på gangrän eller djup infektion. Ytlig skavsårsliknande skada på hälen efter nya skor, tårna rosa och varma."),
        ("Åtgärd", "Hydrokolloidförband, råd om skor. Kontakt med fotmottagningen vid utebliven läkning."),
    ], template="Akutanteckning")],
    must_not=[("NL102", "n1")],
    why="'Kan inte se några tecken på gangrän' negates; contrast 'kan inte utesluta'")

case("d77-vg-tidigare-misstankt-osteomyelit-avskriven", "vgr", "1960-02-19", "733", [
    note("n1", "VG_FOT_OST", "Maria Sandell", "läkare", "2024-08-27T10:35", [
        ("Bedömning", "Den tidigare misstänkta osteomyeliten i dig I har avskrivits efter MR utan benmärgsödem. Såret läker, 4 mm kvar."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="the earlier suspicion is reported as dismissed ('avskrivits'); nothing stays hedged")

case("d77-sk-dd-dvt-uteslutet-bakercysta", "skane", "1975-10-05", "497", [
    note("n1", "SK_AKUT_HBG", "Mona Eklund", "läkare", "2024-09-12T16:05", [
        ("Bedömning", "Svullen vä vad efter knäartroskopi. DD DVT uteslutet med UL, som visar en rupturerad Bakercysta."),
        ("Åtgärd", "NSAID och kompression. Ingen antikoagulation."),
    ], template="Akutanteckning")],
    must_not=[("NL102", "n1")],
    why="'DD DVT uteslutet': the differential is closed in the same sentence, the cyst is confirmed")

case("d77-vg-bekraftat-aaa-oforandrat", "vgr", "1949-04-29", "358", [
    note("n1", "VG_KARL_SU", "Magnus Jonsson", "läkare", "2024-04-16T13:05", [
        ("Utredning", "UL-kontroll av bukaortaaneurysm: 4,6 cm, 4,5 cm för ett år sedan."),
        ("Planering", "Fortsatt årlig kontroll. Rökstoppet håller sedan i höstas."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="a known aneurysm under surveillance is a confirmed diagnosis")

case("d77-sk-typo-ingen-missanke-om-charcot", "skane", "1963-08-18", "203", [
    note("n1", "SK_ENDO_LUND", "Gustav Palm", "läkare", "2024-10-29T09:20", [
        ("Bedömning", "Temperaturskillnad 0,5 grader mellan fötterna, ingen svullnad. Ingen missanke om Charcot."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="typo in a negation ('Ingen missanke om Charcot') must still count as negated")

case("d77-vg-mamma-venosa-bensar-misstankt-lymfodem", "vgr", "1971-09-09", "624", [
    note("n1", "VG_HUD_SU", "Sofia Lund", "läkare", "2024-01-23T10:50", [
        ("Anamnes", "Mamma hade venösa bensår i många år och misstänkt lymfödem som aldrig utreddes. Pat själv har åderbråck hö sedan graviditeterna, inga sår."),
        ("Status", "Varicer på hö underben, C2 enligt CEAP. Inga hudförändringar."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedged lymphoedema is the mother's; the patient's varicose veins are confirmed")

case("d77-sk-pmo-hembesok-sannolikt-arteriellt-sar", "skane", "1934-12-14", "261", [
    note("n1", "SK_HSV_ESL", "Jenny Paulsson", "sjuksköterska", "2024-03-04T11:10", [
        ("Hembesök", "Sannolikt arteriellt sår vä fotrygg, kall fot. Kontaktat vårdcentralsläkare som skriver remiss till kärlkirurg."),
    ], template="Hembesök", setting="hemsjukvård")],
    must_not=[("NL102", "n1")],
    why="home-care PMO note: hedged diagnoses in PMO are not shown")

case("d77-vg-konsultsvar-fragestallning-besvarad-nej", "vgr", "1958-11-28", "440", [
    note("n1", "VG_ORT_NU", "Karl Sjöberg", "läkare", "2024-06-05T15:25", [
        ("Konsultationssvar", "Remissens frågeställning om djup infektion: MR visar ingen abscess och ingen osteomyelit. Såret är ytligt, fortsatt sårvård på vårdcentralen."),
    ], template="Konsultationssvar")],
    must_not=[("NL102", "n1")],
    why="the referral question is quoted and answered in the negative in the same sentence")

case("d77-sk-om-osteomyelit-pavisas-villkor", "skane", "1954-02-07", "589", [
    note("n1", "SK_INF_LUND", "Gabriel Svensson", "läkare", "2024-02-29T14:10", [
        ("Bedömning", "Mjukdelsinfektion runt sår på dig III vä, CRP 64."),
        ("Planering", "Benbiopsi tas på operation på torsdag. Om osteomyelit påvisas blir det 6 veckors antibiotika, annars räcker 2 veckor."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Om osteomyelit påvisas' is a conditional treatment plan, not a stated hypothesis")

case("d77-vg-pat-misstanker-att-skorna-skaver", "vgr", "1962-06-17", "916", [
    note("n1", "VG_FOT_OST", "Ida Carlsson", "fotterapeut", "2024-09-10T13:45", [
        ("Aktuellt", "Pat misstänker själv att de nya skorna skaver mot lilltån."),
        ("Åtgärd", "Liten hyperkeratos lateralt dig V, inget sår. Avlastande filt och råd om skoval."),
    ], template="Fotterapeutanteckning")],
    must_not=[("NL102", "n1")],
    why="'misstänker' concerns shoes rubbing, not a disease")

case("d77-sk-histologi-talar-emot-pyoderma", "skane", "1965-03-13", "147", [
    note("n1", "SK_HUD_LUND", "Birgitta Holm", "läkare", "2024-04-30T11:00", [
        ("Bedömning", "Histologin visar ingen neutrofil dermatos och bilden talar emot pyoderma gangrenosum. Venöst bensår med sekundär kontaktdermatit."),
        ("Åtgärd", "Byte till förband utan lanolin, kortison lokalt på omgivande hud."),
    ])],
    must_not=[("NL102", "n1")],
    why="'talar emot pyoderma gangrenosum' rules out; the remaining diagnoses are stated")

case("d77-vg-misstanken-om-karotisdissektion-avskriven", "vgr", "1985-05-05", "329", [
    note("n1", "VG_STROKE_ALI", "Amanda Wikström", "läkare", "2024-07-08T12:30", [
        ("Bedömning", "Misstanken om karotisdissektion kunde avskrivas efter DT-angio av halskärlen utan dissektion eller stenos. Huvudvärken har släppt."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'Misstanken om … kunde avskrivas': a hedge word, but the diagnosis is dismissed")

case("d77-sk-th-mall-utkast-charcot", "skane", "1968-11-03", "804", [
    note("n1", "SK_ORT_HBG", "Rasmus Wik", "läkare", "2024-11-26T16:30", [
        ("Bedömning", "Charcot? Varm svullen fot hos diabetiker, inväntar MR innan pat informeras."),
    ], template="Tidiga hypoteser", signed=None)],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="unsigned draft in the Skåne Tidiga hypoteser template: the hedge and the not-yet-told are protected")

case("d77-vg-th-sokord-pad-och-bekraftad-diagnos", "vgr", "1952-07-30", "276", [
    note("n1", "VG_DIAB_SAS", "Johanna Berg", "läkare", "2024-02-20T09:15", [
        ("Diagnos", "Diabetes typ 2 med neuropati och fotsår vä häl."),
        ("Tidiga hypoteser", "Misstänkt underliggande perifer arteriell sjukdom, tåtryck ej gjort."),
        ("Planering", "Tåtryck bokas. Hälavlastande ortos."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="VGR: the only hedged diagnosis is under the protected sökord; the visible Diagnos is confirmed")

case("d77-sk-pmo-vc-fragetecken-charcot", "skane", "1973-04-01", "668", [
    note("n1", "SK_VC_KRIS", "Henrik Borg", "läkare", "2024-12-10T10:40", [
        ("Bedömning", "? Charcot hö fot, varm och svullen. Remiss till ortopeden i Kristianstad akut."),
    ], template="Besöksanteckning")],
    must_not=[("NL102", "n1")],
    why="a question-marked Charcot diagnosis in a PMO note is not visible as a diagnosis")

case("d77-sk-trol-hemolyserat-prov", "skane", "1946-06-11", "951", [
    note("n1", "SK_MED_LKR", "Rebecka Ström", "läkare", "2024-03-18T10:55", [
        ("Aktuellt", "K 5,9 på morgonprovet, trol. hemolyserat. Tas om kl 13. Pat i övrigt stabil dag 2 efter sårrevisionen."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'trol.' hedges a sample artefact, not a diagnosis")

case("d77-vg-kan-ej-utesluta-missade-doser", "vgr", "1957-12-19", "382", [
    note("n1", "VG_KARL_SU", "Anders Thörn", "läkare", "2024-07-23T15:50", [
        ("Bedömning", "Ocklusion av stenten i a. femoralis superficialis vä, konstaterad med duplex. Kan ej utesluta att pat har missat doser av klopidogrel under semestern."),
        ("Planering", "Trombolys planeras i morgon."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1")],
    why="'Kan ej utesluta' hedges adherence, not a diagnosis; the stent occlusion is confirmed")

case("d77-sk-lang-fotteam-allt-bekraftat", "skane", "1958-09-25", "316", [
    note("n1", "SK_FOT_MAL", "Anna Persson", "läkare", "2024-05-22T13:30", [
        ("Aktuellt", "Återbesök i multidisciplinära fotteamet tillsammans med ortopedtekniker och fotterapeut. 65-årig man med DM2 sedan 2008, neuropati, tidigare amputation av dig II hö 2021. Sår plantart under caput MT III hö sedan januari. Har använt avlastande walker sedan februari men erkänner att han tar av den hemma."),
        ("Status", "Sår 1,2 x 0,8 cm, tidigare 2,5 x 1,5 cm. Ren granulation, ingen sondering till ben. Kallus runt kanten, avlägsnas med skalpell. Ingen rodnad, ingen svullnad, normal temperatur jämfört med vä fot. Fotpulsar palpabla, tåtryck hö 74 mmHg. Monofilament 0/8 hö, 2/8 vä. Hallux valgus bilat."),
        ("Lab", "HbA1c 58, CRP under 5, krea 79."),
        ("Bedömning", "Neuropatiskt fotsår hö i läkning. Inga tecken på osteomyelit eller ischemi. Fotriskgrupp 3."),
        ("Planering", "Fortsatt walker även inomhus, vikten av det har gåtts igenom igen. Ortopedteknikern påbörjar måttagning för specialskor med formgjutna inlägg, ev. leverans i juli. Fotterapeut var 4:e vecka. Om nytt sår eller rodnad uppstår ska pat ringa fotmottagningen direkt. Återbesök om 6 v."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="long foot-team chart with confirmed ulcer, negated osteomyelitis/ischaemia, a hedged delivery date and a conditional; nothing about withholding")

case("d77-vg-trolig-amputationsniva-informerade", "vgr", "1939-01-16", "548", [
    note("n1", "VG_KARL_AVD", "Sebastian Holm", "läkare", "2024-10-24T15:15", [
        ("Bedömning", "Kärlrond: icke rekonstruerbar ischemi hö ben med utbredd gangrän i framfoten."),
        ("Planering", "Trolig nivå blir transtibial, slutgiltigt beslut under op efter bedömning av blödningen i muskulaturen. Pat och hustru informerade och införstådda."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="'Trolig nivå' hedges the amputation level (a plan); the gangrene is confirmed and told")

case("d77-sk-oklart-om-pat-tar-statiner", "skane", "1960-04-04", "525", [
    note("n1", "SK_KARL_MOTT", "Johan Ekdahl", "läkare", "2024-09-19T09:05", [
        ("Bedömning", "Känd PAD med claudicatio hö, stabil. Oklart om pat tar sin atorvastatin, LDL 3,9. Apodos-listan ska kontrolleras."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Oklart om' concerns medication adherence, not a diagnosis")

case("d77-vg-ingen-bild-som-vid-akut-ischemi", "vgr", "1951-03-27", "167", [
    note("n1", "VG_AKUT_KUN", "Viktoria Ahl", "läkare", "2024-12-14T13:25", [
        ("Bedömning", "Ingen bild som vid akut ischemi: foten varm, kapillär återfyllnad under 2 s, pulsar palpabla. Känd knäledsartros hö som förklarar smärtan."),
        ("Åtgärd", "Paracetamol och åter till egen vårdcentral."),
    ], template="Akutanteckning")],
    must_not=[("NL102", "n1")],
    why="'Ingen bild som vid akut ischemi' negates the phrase that is a hedge elsewhere")

case("d77-vg-barn-skallning-inga-tecken-pa-infektion", "vgr", "2018-08-21", "183", [
    note("n1", "VG_BARN_DSBUS", "Klara Nyberg", "sjuksköterska", "2024-02-13T14:50", [
        ("Sårstatus", "Skållningsskada vä underarm efter tekopp, ytlig dermal, ca 2 % TBSA. Epitelialiserar från kanterna. Inga tecken på sårinfektion."),
        ("Åtgärd", "Silikonförband byts. Nästa omläggning om 4 dagar, pappa instruerad."),
    ], template="Omvårdnadsanteckning")],
    must_not=[("NL102", "n1")],
    why="child under 13: a burn wound with negated infection, no hedge on a diagnosis")

case("d77-sk-lakning-troligen-inom-veckor", "skane", "1945-10-17", "438", [
    note("n1", "SK_KIR_TRE", "Marie Jeppsson", "sjuksköterska", "2024-10-10T10:05", [
        ("Sårstatus", "Venöst bensår hö underben, nu 2 x 1 cm, tidigare 5 x 3 cm."),
        ("Bedömning", "Läker troligen inom 4–6 veckor med fortsatt kompression."),
    ], template="Sårbehandlingsanteckning")],
    must_not=[("NL102", "n1")],
    why="'troligen' hedges the healing time (prognosis), the venous ulcer is confirmed")

case("d77-vg-typo-ingen-osteomylit-pa-mr", "vgr", "1967-01-08", "702", [
    note("n1", "VG_ORT_NU", "Lovisa Hellström", "läkare", "2024-11-21T11:35", [
        ("Utredning", "MR vä fot: ingen osteomylit, lätt mjukdelsödem runt såret."),
    ])],
    must_not=[("NL102", "n1")],
    why="misspelled diagnosis in a negated statement ('ingen osteomylit')")

# ---- Part 3: NL101 (diagnosis visible while the patient is not told) and its negatives

case("d77-sk-aaa-63-ej-informerad", "skane", "1950-08-12", "377", [
    note("n1", "SK_KARL_MOTT", "Ingrid Melander", "läkare", "2024-05-08T15:10", [
        ("Utredning", "DT-aorta 2024-05-06: infrarenalt bukaortaaneurysm med max diameter 6,3 cm, tillväxt 9 mm på ett år. Inget läckage."),
        ("Bedömning", "Operationsindikation föreligger."),
        ("Information", "Pat ej informerad ännu, får besked vid nybesöket den 14/5 tillsammans med dottern."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="a confirmed 6,3 cm aneurysm stands in the visible note while it says the patient is not yet informed")

case("d77-vg-mr-osteomyelit-ej-hunnit-informera", "vgr", "1955-03-01", "904", [
    note("n1", "VG_FOT_OST", "Lars Engström", "läkare", "2024-06-19T16:20", [
        ("Utredning", "MR hö fot: osteomyelit i caput MT II och III med liten abscess plantart. Har ej hunnit informera pat om MR-svaret, ringer i morgon förmiddag."),
    ], template="Mottagningsanteckning")],
    must=[("NL101", "n1")],
    why="MR-proven osteomyelitis in a visible section and 'Har ej hunnit informera pat'")

case("d77-sk-typo-gangran-pat-annu-ej-underattad", "skane", "1936-11-22", "265", [
    note("n1", "SK_KARL_AVD", "Viktor Hallberg", "läkare", "2024-01-11T10:30", [
        ("Rond", "Gangrän i hela framfoten hö, ingen möjlighet till revaskularisering enligt angiografin."),
        ("Planering", "Pat ännu ej underättad om gangränen och att amputation krävs; samtal med pat och make i eftermiddag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")],
    why="gangrene stated as fact, and the patient 'ännu ej underättad' (typo) about it")

case("d77-vg-karotisstenos-inte-fatt-veta", "vgr", "1947-04-06", "731", [
    note("n1", "VG_STROKE_ALI", "Amanda Wikström", "läkare", "2024-03-27T14:45", [
        ("Utredning", "Karotisduplex: 85 % stenos i a. carotis interna vä, symtomgivande."),
        ("Planering", "Patienten har inte fått veta resultatet ännu. Remiss till kärlkirurg för ställningstagande till TEA inom 14 dagar."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="a carotid stenosis is documented visibly while 'Patienten har inte fått veta resultatet'")

case("d77-sk-ssk-lakaren-vill-ej-info-per-telefon-scc", "skane", "1938-05-27", "813", [
    note("n1", "SK_HUD_LUND", "Petra Lindqvist", "sjuksköterska", "2024-04-09T13:35", [
        ("Provsvar", "PAD från sårkanten visar högt differentierad skivepitelcancer. Dr Holm önskar att pat inte informeras per telefon utan vid återbesöket på tisdag."),
    ], template="Omvårdnadsanteckning")],
    must=[("NL101", "n1")],
    why="nurse documents the cancer in a visible note together with the instruction not to tell the patient yet")

case("d77-vg-popliteaaneurysm-vuxit-pat-vet-ej", "vgr", "1944-01-20", "486", [
    note("n1", "VG_KARL_SU", "Per Almqvist", "läkare", "2024-09-25T10:05", [
        ("Bedömning", "Popliteaaneurysmet hö har vuxit till 2,9 cm med mural trombos."),
        ("Information", "Pat vet ännu inte om tillväxten, besked ges på mottagningen nästa vecka."),
    ], template="Mottagningsanteckning", signed=None)],
    must=[("NL101", "n1")],
    why="the grown popliteal aneurysm is visible while the patient does not know yet")

case("d77-sk-typo-ej-infomerad-kritisk-ischemi", "skane", "1941-12-09", "654", [
    note("n1", "SK_KARL_MOTT", "Johan Ekdahl", "läkare", "2024-02-28T15:35", [
        ("Bedömning", "Tåtryck 18 mmHg vä, vilovärk. Kritisk ischemi vä ben. Pat ej infomerad om diagnosen, hon var mycket trött idag och vi tar samtalet i morgon."),
    ])],
    must=[("NL101", "n1")],
    why="typo in the not-told phrase ('ej infomerad') next to a confirmed critical ischaemia")

case("d77-vg-endoleak-typ-ia-ej-informerad", "vgr", "1946-07-31", "209", [
    note("n1", "VG_KARL_SU", "Magnus Jonsson", "läkare", "2024-11-06T13:55", [
        ("Utredning", "DT efter EVAR visar endoleak typ Ia vid proximala landningszonen, säcken 6,4 cm."),
        ("Planering", "Pat ännu inte informerad, fallet diskuteras på kärlronden torsdag."),
    ], template="Mottagningsanteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="confirmed type Ia endoleak in a visible note, 'Pat ännu inte informerad'; nothing hedged")

case("d77-sk-charcot-ej-informerad-sedan-telefon", "skane", "1964-10-14", "538", [
    note("n1", "SK_ORT_HBG", "Elin Bergkvist", "läkare", "2024-07-01T11:50", [
        ("Utredning", "MR vä fot: benmärgsödem i cuneiformia och basen av MT II med mikrofrakturer. Akut Charcotfot vä."),
        ("Planering", "Pat ej informerad om MR-svaret ännu då hon inte svarade i telefon. Nytt försök i morgon."),
    ]),
    note("n2", "SK_ORT_HBG", "Elin Bergkvist", "läkare", "2024-07-02T09:15", [
        ("Telefonkontakt", "Nått pat och informerat om att MR visar Charcotfot. Hon förstår att gipset behövs i flera månader och kommer på torsdag för byte."),
    ], template="Telefonanteckning")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="n1 shows the Charcot diagnosis while the patient is not told; the next day's phone note (n2) tells her")

case("d77-vg-polyneuropati-besked-ej-givet", "vgr", "1959-08-08", "330", [
    note("n1", "VG_DIAB_SAS", "Johanna Berg", "läkare", "2024-05-13T11:25", [
        ("Utredning", "ENeG: uttalad sensorimotorisk axonal polyneuropati i benen."),
        ("Planering", "Besked om polyneuropatin ej givet än; pat hade bråttom och vi ses igen om två veckor."),
    ], template="Mottagningsanteckning")],
    must=[("NL101", "n1")],
    why="'Besked om polyneuropatin ej givet' with the neuropathy stated in a visible section")

case("d77-sk-nstemi-efter-aortaop-sederad", "skane", "1948-02-18", "947", [
    note("n1", "SK_IVA_MAL", "Martin Olander", "läkare", "2024-08-15T09:40", [
        ("Aktuellt", "Postop dag 1 efter öppen aortarekonstruktion för BAA. TnT stigit till 312, ST-sänkningar V4–V6."),
        ("Bedömning", "Perioperativ hjärtinfarkt (NSTEMI)."),
        ("Information", "Pat sederad och ännu inte informerad; hustrun underrättad per telefon."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")],
    why="the infarction is documented visibly; the wife knows but the patient is 'ännu inte informerad'")

case("d77-vg-bifynd-njurcancer-skall-ej-meddelas", "vgr", "1952-12-03", "115", [
    note("n1", "VG_KARL_SU", "Anders Thörn", "läkare", "2024-10-30T14:10", [
        ("Utredning", "DT-aorta: oförändrat BAA 4,9 cm. Dessutom solid tumör 4 cm i hö njure, njurcellscancer enligt radiolog."),
        ("Planering", "Skall ej meddelas pat innan urologen bedömt, remiss skickad."),
    ], template="Mottagningsanteckning")],
    must=[("NL101", "n1")],
    why="an incidental renal cancer on aneurysm follow-up is visible with 'Skall ej meddelas pat'")

case("d77-sk-foten-gar-inte-att-radda-ej-informerad", "skane", "1937-06-15", "606", [
    note("n1", "SK_KARL_MOTT", "Cecilia Wahl", "läkare", "2024-03-13T16:00", [
        ("Bedömning", "Angiografin visar ocklusion av samtliga underbenskärl utan distalt målkärl. Irreversibel ischemi vä fot. Patienten har inte informerats om att foten inte går att rädda."),
    ])],
    must=[("NL101", "n1")],
    why="irreversible ischaemia stated while 'Patienten har inte informerats'")

case("d77-vg-ssk-mrsa-i-sarodling-ej-informerad", "vgr", "1950-05-21", "682", [
    note("n1", "VG_SAR_MOL", "Emma Rosén", "sjuksköterska", "2024-06-07T15:05", [
        ("Provsvar", "Sårodlingen från 3/6 visar MRSA. Pat ej informerad, ansvarig läkare ringer pat och gör smittskyddsanmälan."),
    ], template="Omvårdnadsanteckning", signed=None)],
    must=[("NL101", "n1")],
    why="MRSA in the wound culture is visible in a nurse note that says the patient is not informed")

case("d77-sk-jattecellsarterit-pad-ej-informerad", "skane", "1946-09-29", "258", [
    note("n1", "SK_MED_YST", "Fredrik Nyman", "läkare", "2024-01-31T13:20", [
        ("Provsvar", "Temporalisbiopsi: jättecellsarterit."),
        ("Planering", "Pat ännu inte informerad om PAD-svaret, kallas till besök på fredag. Fortsätter prednisolon 40 mg."),
    ], template="Mottagningsanteckning")],
    must=[("NL101", "n1")],
    why="biopsy-proven giant cell arteritis in a visible section, patient not yet told the result")

case("d77-vg-osteomyelit-sacrum-dottern-vill-vara-med", "vgr", "1933-03-16", "471", [
    note("n1", "VG_GER_MOL", "Birgitta Falk", "läkare", "2024-12-05T11:10", [
        ("Bedömning", "Trycksår kategori 4 över sacrum, MR visar osteomyelit i S4–S5."),
        ("Planering", "Pat ej informerad om osteomyeliten, dottern vill vara med vid samtalet på måndag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")],
    why="sacral osteomyelitis documented visibly, the patient is not informed until a planned talk")

case("d77-sk-utkast-avvaktar-info-hit", "skane", "1954-07-04", "393", [
    note("n1", "SK_KARL_AVD", "Sara Lindholm", "läkare", "2024-09-09T17:50", [
        ("Aktuellt", "Trombocyter från 240 till 68 dag 7 av heparinbehandling efter bypass, PF4-antikroppar positiva."),
        ("Bedömning", "Heparininducerad trombocytopeni (HIT). Avvaktar med att informera pat tills hematologen gett råd om fortsatt antikoagulation."),
    ], template="Daganteckning", signed=None, setting="slutenvård")],
    must=[("NL101", "n1")],
    why="unsigned draft: HIT stated, and the team waits before telling the patient")

case("d77-vg-typo-inte-infromerad-posttrombotiskt", "vgr", "1968-02-23", "807", [
    note("n1", "VG_HUD_SU", "Sofia Lund", "läkare", "2024-08-28T10:15", [
        ("Utredning", "Duplex visar djup venös insufficiens med reflux i v. femoralis och v. poplitea hö, posttrombotiskt syndrom."),
        ("Information", "Pat inte infromerad ännu om undersökningsresultatet."),
    ])],
    must=[("NL101", "n1")],
    why="typo 'infromerad' in the not-told statement; the post-thrombotic syndrome is visible")

case("d77-sk-lang-inskrivning-osteomyelit-ej-besked", "skane", "1953-01-09", "141", [
    note("n1", "SK_ORTAVD_HLM", "Niklas Åström", "läkare", "2024-04-25T15:30", [
        ("Kontaktorsak", "Planerad inläggning för sårrevision vä fot efter beslut i fotteamet."),
        ("Anamnes", "71-årig man med DM2 på insulin, njursvikt stadium 3 och hjärtsvikt. Sår lateralt under caput MT V vä sedan hösten, läkningen har avstannat trots avlastning och antibiotika i två omgångar. Går med kryckor, bor med sambo i villa. Ingen feber, men mer vätska från såret senaste veckan. Slutade röka 2015."),
        ("Status", "AT gott. Temp 37,2. Cor: regelbunden, 76/min. Pulm: lätta basala rassel bilat. Vä fot: sår 2 x 1,5 cm under caput MT V, sondering till ben. Rodnad 1 cm runt såret. Fotpulsar palpabla, tåtryck 68 mmHg. Lätta ankelödem bilat."),
        ("Lab", "CRP 38, LPK 9,4, Hb 121, krea 142, HbA1c 67."),
        ("Utredning", "MR vä fot från i förra veckan: osteomyelit i caput och distala diafysen av MT V med sinusgång till huden."),
        ("Bedömning", "Diabetesfotsår med osteomyelit i MT V vä. God cirkulation, förutsättningar för läkning efter resektion."),
        ("Planering", "Resektion av caput MT V på torsdag, benbiopsi till odling och PAD. Antibiotika efter odlingssvar. Infektionskonsult vid behov. Fortsatt insulin enligt schema, diabetesssk kontaktas."),
        ("Information", "Pat har ännu inte fått besked om MR-svaret med osteomyeliten; operatören tar samtalet i morgon före operationsanmälan."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
    must=[("NL101", "n1")],
    why="long admission note: confirmed osteomyelitis in visible sections, and a separate line that the patient has not been told")

case("d77-vg-gasgangran-dottern-informerad-ej-pat", "vgr", "1945-11-13", "529", [
    note("n1", "VG_IVA_SU", "Fredrika Lagerlöf", "läkare", "2024-07-27T04:20", [
        ("Bedömning", "Gasgangrän (Clostridium perfringens) vä underben, akut transfemoral amputation genomförd i natt."),
        ("Information", "Pat konfusorisk och ej informerad om diagnosen; dottern informerad per telefon."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")],
    why="a relative is told but the patient is not: the diagnosis is visible to an uninformed patient")

case("d77-vg-misstankt-vaskulit-ej-informerad-synligt", "vgr", "1972-04-19", "664", [
    note("n1", "VG_HUD_SAS", "Petra Axelsson", "läkare", "2024-09-30T15:05", [
        ("Bedömning", "Misstänkt ANCA-associerad vaskulit med hudsår och hematuri. Pat ej informerad om misstanken förrän serologin är klar."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="what belongs in Tidiga hypoteser is written in the visible Bedömning: hedged and explicitly not yet told")

case("d77-sk-informerad-aaa-vuxit-op-rekommenderas", "skane", "1951-10-26", "420", [
    note("n1", "SK_KARL_MOTT", "Ingrid Melander", "läkare", "2024-06-26T10:45", [
        ("Bedömning", "BAA 5,6 cm, tillväxt 6 mm på 6 mån."),
        ("Information", "Pat informerad om att aneurysmet vuxit och att operation rekommenderas; han vill fundera och ringer inom en vecka."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the aneurysm diagnosis is visible and the patient has been told")

case("d77-vg-informerat-om-osteomyeliten-och-plan", "vgr", "1957-10-03", "854", [
    note("n1", "VG_INF_SAS", "Daniel Åkesson", "läkare", "2024-02-22T14:35", [
        ("Bedömning", "Osteomyelit i dig I vä bekräftad med MR och biopsi."),
        ("Information", "Informerat pat om osteomyeliten, planen med 6 veckors antibiotika och att amputation av tån kan bli aktuell om behandlingen inte hjälper."),
    ])],
    must_not=[("NL101", "n1")],
    why="'Informerat pat om osteomyeliten': the diagnosis was communicated")

case("d77-sk-ej-besked-om-operationsdatum", "skane", "1949-06-30", "572", [
    note("n1", "SK_KARL_MOTT", "Karin Åberg", "sjuksköterska", "2024-08-06T09:25", [
        ("Telefonkontakt", "Pat planerad för EVAR p.g.a. BAA 5,9 cm. Har ännu inte fått besked om operationsdatum, koordinatorn ringer nästa vecka."),
    ], template="Telefonanteckning")],
    must_not=[("NL101", "n1")],
    why="what the patient has not been told is a date, not the diagnosis")

case("d77-vg-ej-informerad-om-att-remiss-skickats", "vgr", "1965-12-27", "238", [
    note("n1", "VG_ORT_NU", "Lovisa Hellström", "läkare", "2024-01-18T12:40", [
        ("Bedömning", "Akut Charcotfot hö i avlastande gips sedan 3 v, temperaturskillnaden minskar."),
        ("Planering", "Pat ej informerad om att remissen till ortopedteknik har skickats, det tar gipsteknikern upp vid nästa byte."),
    ], signed=None)],
    must_not=[("NL101", "n1")],
    why="unsigned draft; the untold item is that a referral was sent, not a diagnosis")

case("d77-sk-ej-fatt-svar-normalt-ul-halskarl", "skane", "1962-09-07", "695", [
    note("n1", "SK_STROKE_HBG", "Ahmad Karimi", "läkare", "2024-10-17T14:55", [
        ("Utredning", "UL halskärl: inga signifikanta stenoser, normala flödeshastigheter bilat."),
        ("Planering", "Pat har inte fått svar ännu, ssk ringer i eftermiddag."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="the result not yet given is normal; no diagnosis is withheld")

case("d77-vg-th-sokord-vaskulit-oinformerad", "vgr", "1974-06-12", "813", [
    note("n1", "VG_HUD_SU", "Karin Wallin", "läkare", "2024-05-15T11:20", [
        ("Status", "Flera nekrotiska sår på fotryggar och tår bilat, livedo racemosa på låren."),
        ("Tidiga hypoteser", "Vaskulit? Antifosfolipidsyndrom? Pat ej informerad om misstankarna förrän serologin är klar."),
        ("Planering", "ANCA, kardiolipinantikroppar, lupus antikoagulans, C3/C4. Återbesök om 2 v."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="VGR: the untold hypotheses sit only under the protected sökord Tidiga hypoteser")

case("d77-sk-th-mall-bifynd-lungtumor-oinformerad", "skane", "1947-02-05", "306", [
    note("n1", "SK_KARL_MOTT", "Johan Ekdahl", "läkare", "2024-07-11T16:15", [
        ("Bedömning", "Bifynd på DT-angio: 3 cm spikulerad förändring i hö överlob, trol. lungcancer. Pat ej informerad, remiss till lungmedicin skickad."),
    ], template="Tidiga hypoteser")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Skåne: the untold suspected lung cancer is written in the Tidiga hypoteser template, which is hidden")

case("d77-vg-pat-informerad-sonen-ej-an", "vgr", "1940-09-24", "395", [
    note("n1", "VG_KARL_AVD", "Hanna Ek", "läkare", "2024-03-06T13:10", [
        ("Samtal", "Pat informerad om att det föreligger gangrän i vä fot och att amputation under knät rekommenderas. Hon samtycker men vill inte att sonen informeras förrän han kommit hem från sin resa."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="the patient is told; only her son is not")

case("d77-vg-redan-informerad-karotisstenos", "vgr", "1943-05-19", "947", [
    note("n1", "VG_KARL_SU", "Magnus Jonsson", "läkare", "2024-12-12T09:50", [
        ("Bedömning", "Asymtomatisk karotisstenos vä 60–70 %, oförändrad sedan 2022. Pat redan informerad vid förra besöket och har valt konservativ behandling."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL101", "n1")],
    why="'redan informerad vid förra besöket': told earlier")

case("d77-vg-ej-informerad-om-normal-mr", "vgr", "1969-11-01", "456", [
    note("n1", "VG_ORT_NU", "Karl Sjöberg", "läkare", "2024-04-24T15:45", [
        ("Utredning", "MR hö fot: inget benmärgsödem, ingen osteomyelit."),
        ("Planering", "Pat ej informerad om MR-svaret ännu, brev skickas."),
    ], signed=None)],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the untold MR is normal (osteomyelitis negated), so no diagnosis is withheld")

case("d77-sk-typo-infomerad-om-diagnosen-tillsagd", "skane", "1944-03-08", "687", [
    note("n1", "SK_KARL_MOTT", "Cecilia Wahl", "läkare", "2024-04-03T11:30", [
        ("Information", "Pat infomerad om diagnosen kritisk ischemi och om planen med ballongvidgning av a. tibialis posterior."),
    ])],
    must_not=[("NL101", "n1")],
    why="typo 'infomerad' without any negation: the patient was told")

case("d77-vg-ej-informerad-om-hba1c-varde", "vgr", "1963-02-10", "268", [
    note("n1", "VG_DIAB_SAS", "Johanna Berg", "läkare", "2024-11-27T10:20", [
        ("Bedömning", "Känd diabetes typ 2 med fotsår som läker. HbA1c 78 mmol/mol. Pat ej informerad om HbA1c-värdet än, tas upp vid nästa besök."),
    ], template="Mottagningsanteckning")],
    must_not=[("NL101", "n1")],
    why="the untold item is a lab value; the known diabetes was diagnosed long ago")

case("d77-vg-informerad-om-diagnos-ej-om-opdag", "vgr", "1946-10-09", "174", [
    note("n1", "VG_STROKE_ALI", "Erik Wahlberg", "läkare", "2024-06-20T15:15", [
        ("Information", "Pat informerad om diagnosen symtomgivande karotisstenos hö. Ej informerad om vilken dag operationen blir, kallelse kommer från Sahlgrenska."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="the diagnosis is told; only the operation day is not")

case("d77-sk-th-mall-sedan-synlig-informerad", "skane", "1967-05-23", "329", [
    note("n1", "SK_ORT_HBG", "Rasmus Wik", "läkare", "2024-09-02T15:00", [
        ("Bedömning", "Misstänkt Charcot vä fot hos pat med långvarig diabetes, ej diskuterat med pat innan MR."),
    ], template="Tidiga hypoteser"),
    note("n2", "SK_ORT_HBG", "Rasmus Wik", "läkare", "2024-09-06T10:30", [
        ("Bedömning", "MR bekräftar akut Charcotfot vä. Pat informerad idag om diagnosen och gipsbehandlingen."),
    ])],
    must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    why="the hypothesis stays in the Tidiga hypoteser template (n1); the later visible note (n2) holds the confirmed diagnosis, told")

case("d77-vg-lang-amputationssamtal-allt-informerat", "vgr", "1938-12-29", "536", [
    note("n1", "VG_KARL_AVD", "Sebastian Holm", "läkare", "2024-02-01T14:40", [
        ("Samtal", "Samtal på vårdsalen med pat, hans hustru och dottern, ssk Jenny närvarande. Vi gick igenom vad som hänt sedan inläggningen: angiografin har visat att det inte finns något kärl nedanför knät att koppla en bypass till och ballongvidgningen i måndags gav inte tillräckligt flöde. Pat har kritisk ischemi hö ben med våt gangrän i hälen och tre tår."),
        ("Information", "Pat informerad om diagnosen och om att infektionen sprider sig trots antibiotika. Vi rekommenderar amputation ovan knät, eftersom såret under knät sannolikt inte kommer att läka med den cirkulation som finns. Han ställde många frågor om protes och om han kan bo kvar hemma. Arbetsterapeut och fysioterapeut träffar honom i morgon för att gå igenom hjälpmedel och bostadsanpassning."),
        ("Bedömning", "Pat förstår informationen och samtycker till operation. Familjen stöttar beslutet. Ingen oklarhet kring beslutsförmågan."),
        ("Planering", "Transfemoral amputation hö på torsdag. Epiduralkateter inför op för att minska risken för fantomsmärtor, anestesin informerad. Fortsatt Tazocin. Kurator erbjuds. Hustrun ringer själv till sonen i Umeå."),
    ], template="Daganteckning", setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="long conversation note: the critical ischaemia and gangrene are fully explained to the patient; nothing withheld")


if __name__ == "__main__":
    main()
