#!/usr/bin/env python3
"""dev83: rheumatology and clinical immunology cases for NL101/NL102.

Standard library only, deterministic. Running it writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev83_cases.jsonl")
PREFIX = "d83-"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospital care)
    "s_reum_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4R11"),
    "s_reum_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4R27"),
    "s_reum_avd_lund": ("Reumatologiska vårdavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4R33"),
    "s_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-2M40"),
    "s_med_kri": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3M12"),
    "s_med_ystad": ("Medicinavdelning 2, Ystads lasarett", "SE2321000255-5M02"),
    "s_med_trelle": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-5M19"),
    "s_med_hass": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-3M55"),
    "s_med_angel": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-2M71"),
    "s_med_landskr": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-2M88"),
    "s_ogon_lund": ("Ögonakuten, Skånes universitetssjukhus Lund", "SE2321000255-6O04"),
    "s_njur_malmo": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4N16"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L09"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H21"),
    "s_barn_lund": ("Barnreumatologiska mottagningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-7B30"),
    "s_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7B45"),
    "s_immun_lund": ("Immunbristmottagningen, Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4I38"),
    "s_infekt_hbg": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-2I14"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A01"),
    "s_neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-2N66"),
    "s_onh_lund": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-6H52"),
    "s_iva_lund": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4V07"),
    "s_kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K63"),
    "s_kvinno_malmo": ("Specialistmödravården, Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4Q29"),
    "s_fysio_kri": ("Fysioterapin, Centralsjukhuset Kristianstad", "SE2321000255-3F17"),
    # Region Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-8P11"),
    "s_vc_sandby": ("Vårdcentralen Södra Sandby", "SE2321000255-8P24"),
    "s_vc_horby": ("Vårdcentralen Hörby", "SE2321000255-8P37"),
    "s_vc_simrishamn": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-8P42"),
    "s_vc_eslov": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-8P58"),
    "s_hsjv_klippan": ("Hemsjukvården Klippan", "SE2321000255-8P63"),
    # Västra Götalandsregionen, Melior
    "v_reum_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset, Göteborg", "SE2321000131-E000000011R2"),
    "v_reum_molndal": ("Reumatologavdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011R7"),
    "v_reum_nal": ("Reumatologimottagningen, NU-sjukvården NÄL, Trollhättan", "SE2321000131-E000000024R1"),
    "v_med_skovde": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000033M4"),
    "v_med_lidk": ("Medicinkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000033M9"),
    "v_med_boras": ("Medicinkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041M2"),
    "v_med_aling": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000052M6"),
    "v_med_kungalv": ("Medicinavdelning 3, Kungälvs sjukhus", "SE2321000131-E000000063M3"),
    "v_med_uddev": ("Medicinkliniken, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000024M8"),
    "v_immun_su": ("Klinisk immunologi och allergologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011I3"),
    "v_immbrist_ostra": ("Immunbristmottagningen, Infektionskliniken, Östra sjukhuset", "SE2321000131-E000000011I9"),
    "v_barnreum": ("Barnreumatologmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011B5"),
    "v_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011B8"),
    "v_lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011L4"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011O2"),
    "v_njur_su": ("Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011N6"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011H1"),
    "v_onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011H7"),
    "v_akut_ostra": ("Akutmottagningen, Östra sjukhuset", "SE2321000131-E000000011A2"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011N2"),
    "v_kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011K5"),
    "v_iva_nal": ("Intensivvårdsavdelningen, NU-sjukvården NÄL", "SE2321000131-E000000024V3"),
    "v_arbter_boras": ("Arbetsterapin, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041T1"),
}
PMO_UNITS = {"s_vc_linero", "s_vc_sandby", "s_vc_horby", "s_vc_simrishamn", "s_vc_eslov", "s_hsjv_klippan"}

CASES = []
_FMT = "%Y-%m-%dT%H:%M:%S"


def _ts(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime(_FMT)


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return (10 - total % 10) % 10


def _pnr(birth, sex, idx):
    """Personnummer YYYYMMDD-NNNC; third serial digit odd for men, even for women."""
    ymd = birth.replace("-", "")
    serial = (137 + 53 * idx) % 1000
    d3 = serial % 10
    if sex == "M" and d3 % 2 == 0:
        d3 = (d3 + 1) % 10
    if sex == "F" and d3 % 2 == 1:
        d3 = (d3 + 1) % 10
    serial = serial - serial % 10 + d3
    nnn = "%03d" % serial
    return "%s-%s%d" % (ymd, nnn, _luhn_digit(ymd[2:] + nnn))


def note(nid, system, template, unit, author, time, sections, signed="auto",
         setting="öppenvård", refs=None):
    t = _ts(time)
    if signed == "auto":
        s = (_dt.datetime.strptime(t, _FMT) + _dt.timedelta(minutes=35)).strftime(_FMT)
    elif signed is None:
        s = None
    else:
        s = _ts(signed)
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t,
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for (k, x) in sections],
        "_unit_key": unit,
    }


def case(name, ruleset, birth, sex, notes, must=(), must_not=(), why="", as_of=None):
    last = max(_dt.datetime.strptime(n["time"], _FMT) for n in notes)
    if as_of is None:
        a = last.date() + _dt.timedelta(days=6)
        if a.year > 2024:
            a = _dt.date(2024, 12, 31)
        as_of = a.strftime("%Y-%m-%d") + "T00:00:00"
    else:
        as_of = _ts(as_of)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "_birth": birth,
        "_sex": sex,
        "_notes": notes,
        "as_of": as_of,
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def M(nid, template, unit, author, time, sections, **kw):
    return note(nid, "Melior", template, unit, author, time, sections, **kw)


def P(nid, template, unit, author, time, sections, **kw):
    return note(nid, "PMO", template, unit, author, time, sections, **kw)


# ---------------------------------------------------------------- build and validate
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    names = set()
    seen_sent = {}
    for idx, c in enumerate(CASES):
        nm = c["case"]
        if not nm.startswith(PREFIX):
            problems.append("%s: name lacks prefix" % nm)
        if nm in names:
            problems.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            problems.append("%s: empty why" % nm)
        pnr = _pnr(c["_birth"], c["_sex"], idx)
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            problems.append("%s: bad personnummer format" % nm)
        if pnr[:8] != c["_birth"].replace("-", ""):
            problems.append("%s: personnummer/birth mismatch" % nm)
        if _luhn_digit(pnr[2:8] + pnr[9:12]) != int(pnr[12]):
            problems.append("%s: Luhn" % nm)
        as_of = _dt.datetime.strptime(c["as_of"], _FMT)
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % nm)
        ages = [_age(c["_birth"], as_of)]
        notes_by_id = {}
        clean_notes = []
        for n in c["_notes"]:
            if n["id"] in notes_by_id:
                problems.append("%s: duplicate note id %s" % (nm, n["id"]))
            notes_by_id[n["id"]] = n
            t = _dt.datetime.strptime(n["time"], _FMT)
            ages.append(_age(c["_birth"], t))
            if t.year != 2024 or t > as_of:
                problems.append("%s/%s: note time outside 2024 or after as_of" % (nm, n["id"]))
            if n["signed"] is not None:
                s = _dt.datetime.strptime(n["signed"], _FMT)
                if s.year != 2024 or s < t:
                    problems.append("%s/%s: bad signed time" % (nm, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: bad system" % (nm, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (nm, n["id"]))
            uk = n["_unit_key"]
            if n["system"] == "PMO" and (c["ruleset"] != "skane" or uk not in PMO_UNITS):
                problems.append("%s/%s: PMO outside Skåne primary care" % (nm, n["id"]))
            if n["system"] == "Melior" and uk in PMO_UNITS:
                problems.append("%s/%s: Melior note at a PMO unit" % (nm, n["id"]))
            hsa = n["unit"]["hsa_id"]
            if c["ruleset"] == "skane" and not hsa.startswith("SE2321000255-"):
                problems.append("%s/%s: Skåne unit with foreign HSA" % (nm, n["id"]))
            if c["ruleset"] == "vgr" and not hsa.startswith("SE2321000131-"):
                problems.append("%s/%s: VGR unit with foreign HSA" % (nm, n["id"]))
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s/%s: bad setting" % (nm, n["id"]))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (nm, n["id"]))
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s/%s: empty section" % (nm, n["id"]))
                for sent in _SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], sec["keyword"]):
                            problems.append("repeated sentence in %s and %s: %r" % (seen_sent[sent][0], nm, sent))
                        elif sent in seen_sent:
                            problems.append("repeated sentence inside %s: %r" % (nm, sent))
                        seen_sent[sent] = (nm, n["id"], sec["keyword"])
            clean_notes.append({k: v for k, v in n.items() if not k.startswith("_")})
        for a in ages:
            if 13 <= a <= 15:
                problems.append("%s: patient aged %d (13-15 not allowed)" % (nm, a))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: no assertions" % nm)
        pairs = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (nm, code))
                if target not in notes_by_id:
                    problems.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in pairs:
                    problems.append("%s: %s on %s asserted twice" % (nm, code, target))
                pairs.add((code, target))
                sysname = notes_by_id[target]["system"]
                if code == "NL102" and kind == "must" and sysname != "Melior":
                    problems.append("%s: must NL102 on non-Melior note" % nm)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % nm)
        record = {
            "patient": {"id": pnr, "birth_date": c["_birth"], "protected_identity": False},
            "as_of": c["as_of"],
            "notes": clean_notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {
            "case": nm,
            "ruleset": c["ruleset"],
            "record": record,
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        }
        if list(obj.keys()) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problems.append("%s: key order" % nm)
        out.append(obj)
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    tally = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _t in obj[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    for (code, kind) in sorted(tally):
        print("  %s %-8s %d" % (code, kind, tally[(code, kind)]))
    regions = {}
    for obj in out:
        regions[obj["ruleset"]] = regions.get(obj["ruleset"], 0) + 1
    print("  regions:", regions)


# ---------------------------------------------------------------- authors
A = {
    "lind": ("Karin Lindqvist", "läkare"),
    "bengt": ("Bengt Åkesson", "läkare"),
    "nadia": ("Nadia Haddad", "läkare"),
    "olof": ("Olof Nilsson", "läkare"),
    "sara_ssk": ("Sara Persson", "sjuksköterska"),
    "mats": ("Mats Ekdahl", "läkare"),
    "ingrid": ("Ingrid Bergkvist", "läkare"),
    "yusuf": ("Yusuf Demir", "läkare"),
    "lena_ssk": ("Lena Holmberg", "sjuksköterska"),
    "petra": ("Petra Sandström", "läkare"),
    "jonas": ("Jonas Wikström", "läkare"),
    "amira": ("Amira Saleh", "läkare"),
    "henrik": ("Henrik Falk", "läkare"),
    "maria_ssk": ("Maria Johansson", "sjuksköterska"),
    "erik": ("Erik Gustafsson", "läkare"),
    "sofia": ("Sofia Axelsson", "läkare"),
    "tomas": ("Tomas Öberg", "läkare"),
    "eva_ssk": ("Eva Strand", "sjuksköterska"),
    "anders": ("Anders Hellström", "läkare"),
    "linnea": ("Linnéa Carlsson", "läkare"),
    "goran": ("Göran Blomqvist", "läkare"),
    "hanna_fys": ("Hanna Lundgren", "fysioterapeut"),
    "malin_at": ("Malin Fors", "arbetsterapeut"),
    "rebecka": ("Rebecka Norén", "läkare"),
    "dragan": ("Dragan Petrović", "läkare"),
    "ulla_ssk": ("Ulla Rosén", "sjuksköterska"),
    "fredrik": ("Fredrik Sjöberg", "läkare"),
    "mei": ("Mei Lin Zhang", "läkare"),
    "kerstin_ssk": ("Kerstin Ahl", "sjuksköterska"),
    "johan": ("Johan Berglund", "läkare"),
    "elif": ("Elif Yılmaz", "läkare"),
    "camilla": ("Camilla Håkansson", "läkare"),
    "nils": ("Nils Ekberg", "läkare"),
    "anna_usk": ("Anna Mattsson", "undersköterska"),
    "viktor": ("Viktor Lindahl", "läkare"),
    "therese_ssk": ("Therese Wallin", "sjuksköterska"),
    "ahmed": ("Ahmed Karimi", "läkare"),
    "gunilla": ("Gunilla Svensson", "läkare"),
    "pia_kur": ("Pia Engström", "kurator"),
    "oskar": ("Oskar Hedlund", "läkare"),
}

# ================================================================ cases
# ---------------------------------------------------------------- chunk 1: Skåne, Melior
case("d83-s-sle-misstankt-hud-led-cytopeni", "skane", "1995-02-17", "F", [
    M("n1", "Läkaranteckning", "s_reum_lund", A["lind"], "2024-01-16 10:20", [
        ("Anamnes", "29-årig kvinna, remitterad från vårdcentral pga ledvärk i händer och fotleder sedan oktober. "
                    "Har blivit kraftigt röd i ansiktet efter solexponering i somras och haft återkommande sår i munnen. "
                    "Röker ej. Inga läkemedel utöver p-piller."),
        ("Status", "Gott AT. Ömhet och lätt svullnad MCP 2–3 bilat samt PIP 3 vä. "
                   "Fjärilsliknande rodnad över kindbenen och näsryggen. Ytlig ulceration i hårda gommen. "
                   "Cor: regelbunden rytm, inga blåsljud. Pulm: normala andningsljud."),
        ("Lab", "ANA positiv 1:1280, homogent mönster. Anti-dsDNA 210 IE/ml. C3 0,62 g/l, C4 0,07 g/l. "
                "Hb 108, LPK 2,9, Tpk 141. Kreatinin 64. U-sticka: protein 1+."),
        ("Bedömning", "Misstänkt SLE med hud-, slemhinne- och ledengagemang, leukopeni och komplementkonsumtion. "
                      "Proteinurin behöver kvantifieras."),
        ("Planering", "U-albumin/kreatinin, antifosfolipidantikroppar och direkt antiglobulintest. "
                      "Återbesök om två veckor med svar, då tas ställning till hydroxiklorokin."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Misstänkt SLE' in a visible Bedömning of a Melior note; nothing said about withholding")

case("d83-s-sle-bekraftad-kriterier-informerad", "skane", "1990-11-03", "F", [
    M("n1", "Mottagningsanteckning", "s_reum_malmo", A["mats"], "2024-02-06 14:05", [
        ("Aktuellt", "Återbesök efter kompletterande provtagning. Mår bättre sedan Plaquenil-start, mindre ledvärk och inga nya munsår."),
        ("Diagnos", "Systemisk lupus erythematosus M32.1. Uppfyller EULAR/ACR 2019-klassifikationskriterierna med 17 poäng "
                    "(artrit, akut kutan lupus, leukopeni, anti-dsDNA, lågt C3/C4)."),
        ("Åtgärd", "Diagnosen genomgången med pat idag, hon har fått skriftlig information och tips om Reumatikerförbundets lupusgrupp. "
                   "Fortsätter hydroxiklorokin 200 mg x 2. Ögonbottenkontroll årligen från behandlingsår fem."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="classification criteria met and diagnosis told today: no hedge, nothing withheld")

case("d83-s-sjogren-trolig-biopsi-tagen", "skane", "1966-05-22", "F", [
    M("n1", "Läkaranteckning", "s_reum_lund", A["ingrid"], "2024-02-13 09:40", [
        ("Anamnes", "58-årig kvinna med sveda och gruskänsla i ögonen sedan två år, behöver dricka vatten till varje tugga. "
                    "Svullnad kring käkvinkeln vä i omgångar."),
        ("Status", "Schirmer 3 mm/5 min hö, 4 mm vä. Ostimulerad salivsekretion 0,05 ml/min. "
                   "Lätt förstorad parotis vä, ej öm. Inga förstorade lymfkörtlar på halsen."),
        ("Lab", "Anti-Ro60 och anti-Ro52 positiva, RF 48. IgG 21 g/l. SR 38."),
        ("Bedömning", "Trolig primär Sjögrens syndrom. Läppspottkörtelbiopsi tagen idag av käkkirurg, svar väntas om 3–4 veckor."),
        ("Planering", "Artificiella tårar och saliversättning. Remiss tandhygienist. Återbesök efter biopsisvar."),
    ])],
    must=[("NL102", "n1")],
    why="'Trolig primär Sjögrens syndrom' pending lip biopsy, visible Bedömning")

case("d83-s-sjogren-kriterier-ej-uppfyllda-amitriptylin", "skane", "1957-08-30", "F", [
    M("n1", "Mottagningsanteckning", "s_reum_malmo", A["erik"], "2024-03-05 13:15", [
        ("Aktuellt", "Uppföljning av muntorrhet. Pat, 66 år, har sedan 2022 behandlats med amitriptylin för postherpetisk neuralgi."),
        ("Utredning", "Anti-SSA och anti-SSB negativa. Läppspottkörtelbiopsi: fokusscore 0, endast enstaka spridda lymfocyter. "
                      "Schirmer 9 mm vä och 11 mm hö."),
        ("Bedömning", "Uppfyller inte ACR/EULAR 2016-kriterierna för primärt Sjögrens syndrom. "
                      "Muntorrheten bedöms som läkemedelsbiverkan av amitriptylin, ingen systemsjukdom."),
        ("Planering", "Diskuterar byte till gabapentin med distriktsläkaren. Ingen planerad uppföljning på reumatologen."),
    ])],
    must_not=[("NL102", "n1")],
    why="classification criteria explicitly not met; Sjögren negated, the diagnosis made is confirmed")

case("d83-s-ssc-vedoss-kan-ej-uteslutas", "skane", "1980-01-09", "M", [
    M("n1", "Läkaranteckning", "s_reum_lund", A["bengt"], "2024-03-12 11:00", [
        ("Anamnes", "44-årig man, Raynaud sedan ett år med vita och blåa fingrar vid kyla, nu även två små sår på fingertopparna. "
                    "Svullna fingrar på morgonen. Ingen dysfagi, ingen andfåddhet."),
        ("Status", "Puffy fingers bilat, hudtjocklek normal proximalt om MCP (mRSS 2). Två digitala ulcerationer dig II och III hö. "
                   "Kapillaroskopi: megakapillärer och mikroblödningar, tidigt sklerodermimönster."),
        ("Lab", "ANA positiv med centromermönster, anti-centromer B starkt positiv. NT-proBNP 110."),
        ("Bedömning", "Systemisk skleros i tidigt skede kan ej uteslutas (VEDOSS-bild). "
                      "Klassifikationskriterierna är ännu inte uppfyllda."),
        ("Planering", "HRCT, spirometri med DLCO och UKG. Nifedipin depå 30 mg. Återbesök om tre månader."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'kan ej uteslutas' about systemic sclerosis in visible Bedömning")

case("d83-s-ssc-ild-hrct-besked-efter-konferens", "skane", "1962-06-14", "F", [
    M("n1", "Läkaranteckning", "s_lung_lund", A["nadia"], "2024-04-15 15:10", [
        ("Aktuellt", "Pat med känd diffus kutan systemisk skleros sedan 2021, remitterad från reumatologen för bedömning av lungengagemang. "
                     "Ökande ansträngningsdyspné senaste halvåret, torrhosta."),
        ("Status", "Sat 95 % i vila, 89 % efter trappgång. Fina velcrorassel basalt bilat."),
        ("Utredning", "HRCT 12/4: retikulära förändringar och dragbronkiektasier basalt bilat, NSIP-mönster utan honeycombing. "
                      "Spirometri: FVC 71 % av förväntat, DLCO 54 %."),
        ("Bedömning", "Interstitiell lungsjukdom av NSIP-typ som manifestation av systemisk skleros. "
                      "Pat är inte informerad om HRCT-svaret ännu; fallet tas upp på ILD-konferensen 23/4 och pat får besked av ansvarig lungläkare därefter."),
        ("Planering", "Ny tid efter konferensen. Nintedanib respektive mykofenolat övervägs."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="settled ILD diagnosis visible while note says patient is not yet informed of it")

case("d83-s-gca-aion-starkt-misstankt", "skane", "1950-04-02", "M", [
    M("n1", "Akutanteckning", "s_ogon_lund", A["yusuf"], "2024-04-20 08:25", [
        ("Anamnes", "74-årig man som vaknade i morse med kraftigt nedsatt syn på vänster öga. "
                    "Sedan tre veckor tinningshuvudvärk och smärta i käken när han tuggar. Gått ner 3 kg."),
        ("Status", "Visus hö 0,8, vä räkna fingrar på 1 m. RAPD vä. Fundus vä: kritvit svullen papill med flammor, hö ua. "
                   "A. temporalis vä förtjockad och pulslös."),
        ("Lab", "SR 88, CRP 64, Tpk 512."),
        ("Bedömning", "Främre ischemisk optikusneuropati vä. Starkt misstänkt jättecellsarterit."),
        ("Åtgärd", "Diskuterat med reumajouren. Metylprednisolon 500 mg iv dagligen i tre dagar, därefter Prednisolon 60 mg. "
                   "Temporalisbiopsi och ultraljud av temporalartärerna beställda. Läggs in på medicinkliniken."),
    ])],
    must=[("NL102", "n1")],
    why="'Starkt misstänkt jättecellsarterit' in visible Bedömning of an eye-emergency note")

case("d83-s-gca-biopsi-pet-neg-avskrivs", "skane", "1955-09-19", "F", [
    M("n1", "Läkaranteckning", "s_reum_malmo", A["petra"], "2024-05-07 10:45", [
        ("Aktuellt", "Återbesök. Pat, 68 år, startade Prednisolon 40 mg för tre veckor sedan pga huvudvärk och CRP 31 i avvaktan på utredning."),
        ("Utredning", "Temporalisbiopsi hö 2,1 cm: ingen inflammation, intakt lamina elastica interna. "
                      "Ultraljud temporalis och axillaris: inga halotecken. PET-DT utan ökat FDG-upptag i aorta eller stora kärl."),
        ("Bedömning", "Jättecellsarterit avskrivs. Huvudvärken har karaktär av spänningshuvudvärk och CRP-stegringen förklaras av samtidig urinvägsinfektion som behandlats."),
        ("Åtgärd", "Prednisolon trappas ut på två veckor enligt ordination. Åter till vårdcentralen."),
    ])],
    must_not=[("NL102", "n1")],
    why="GCA ruled out ('avskrivs') after biopsy and PET; no other hedged diagnosis")

case("d83-s-gca-telefon-vid-misstanke-om-recidiv", "skane", "1948-12-11", "F", [
    M("n1", "Telefonanteckning", "s_reum_lund", A["sara_ssk"], "2024-05-14 13:30", [
        ("Telefonkontakt", "Pat med jättecellsarterit diagnostiserad i januari, står nu på Prednisolon 10 mg dagligen och Alendronat. "
                           "Ringer för förnyelse av Prednisolon; recept förnyat enligt ordination dr Bergkvist. Inga nya besvär. "
                           "Vid misstanke om recidiv, t.ex. ny tinningsvärk, tuggsmärta eller synpåverkan, ska hon ringa reumatologen samma dag eller söka akut kvällstid. "
                           "Pat förstår och har skrivit upp numret."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="'Vid misstanke om recidiv' is a conditional instruction; the GCA itself is confirmed and known")

case("d83-s-hereditet-mor-sle-mormor-trolig-ra", "skane", "2000-03-27", "F", [
    M("n1", "Läkaranteckning", "s_med_trelle", A["jonas"], "2024-05-21 09:15", [
        ("Anamnes", "24-årig kvinna med diffus värk i leder och muskler sedan ett halvår, sämre efter nattpass. "
                    "Ingen morgonstelhet över 15 min, inga ledsvullnader, ingen feber."),
        ("Hereditet", "Mor har SLE sedan 30-årsåldern. Mormor hade troligen reumatoid artrit men blev aldrig utredd."),
        ("Status", "Inga synoviter. Generellt ömma muskelfästen. Inga hudutslag, inga munsår."),
        ("Lab", "ANA negativ. CRP <1, SR 6. Blodstatus ua. CK och TSH normala."),
        ("Bedömning", "Inga hållpunkter för inflammatorisk ledsjukdom eller systemisk bindvävssjukdom. "
                      "Besvären bedöms som ospecifika myalgier i relation till skiftarbete och sömnbrist."),
        ("Planering", "Fysioterapeutkontakt för graderad träning. Ingen uppföljning här."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="the only hedged diagnosis ('troligen reumatoid artrit') belongs to the grandmother; patient's disease negated")

case("d83-s-aosd-sannolikt-still-inneliggande", "skane", "1989-07-08", "M", [
    M("n1", "Inskrivningsanteckning", "s_med_hbg", A["henrik"], "2024-06-03 16:40", [
        ("Anamnes", "35-årig man inlagd för utredning av feber sedan tre veckor. Tempspikar över 39 varje kväll med frossa, avfebril på morgonen. "
                    "Samtidigt laxrosa utslag på bålen som kommer med febern, halsont och värk i knän och handleder. Tre antibiotikakurer utan effekt."),
        ("Status", "Temp 39,4 kl 19. Laxfärgat makulärt exantem på bål och proximala armar, ej kliande. "
                   "Palpabla lymfkörtlar på halsen bilat, 1–2 cm. Mjälte palpabel 2 cm under arcus. Synovit hö handled."),
        ("Lab", "LPK 19,6 (neutrofiler 17,1). CRP 188. Ferritin 8 400, glykosylerat ferritin 14 %. ALAT 2,1. "
                "ANA och RF negativa. Blododlingar x 4 negativa. TTE utan vegetationer. DT thorax-buk: lätt splenomegali, i övrigt ua."),
        ("Bedömning", "Sannolikt Stills sjukdom hos vuxen. Yamaguchi-kriterierna uppfylls, men infektion och hematologisk sjukdom ska vara säkert uteslutna innan diagnosen fastställs; "
                      "PET-DT och benmärgsprov planeras."),
        ("Åtgärd", "Naproxen 500 mg x 2. Avvaktar med kortison tills benmärgen är tagen."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Sannolikt Stills sjukdom' although Yamaguchi criteria are fulfilled: still hedged, visible")

case("d83-s-tidhyp-mall-paramalign-dermatomyosit", "skane", "1958-10-25", "M", [
    M("n1", "Tidiga hypoteser", "s_reum_lund", A["lind"], "2024-06-11 14:50", [
        ("Bedömning", "Anti-TIF1-gamma starkt positiv. Med hänsyn till ålder, snabbt debuterande dermatomyosit och viktnedgång 8 kg misstänks paramalign dermatomyosit. "
                      "Pat är inte informerad om malignitetsmisstanken; informeras när PET-DT och gastroskopi är gjorda."),
        ("Planering", "PET-DT och gastroskopi/koloskopi bokade med förtur. PSA kompletteras."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: hedged and untold malignancy suspicion is in the protected template Tidiga hypoteser")

case("d83-s-tidhyp-sokord-i-lakaranteckning-pmr", "skane", "1953-01-31", "F", [
    M("n1", "Läkaranteckning", "s_med_kri", A["camilla"], "2024-06-18 10:05", [
        ("Aktuellt", "71-årig kvinna med bilateral skuldervärk och höftvärk sedan sex veckor, morgonstelhet över en timme. SR 62, CRP 41."),
        ("Tidiga hypoteser", "Polymyalgia reumatika trolig; paramalign bild bör också övervägas med tanke på viktnedgången."),
        ("Planering", "Prednisolon 15 mg, utvärdering om en vecka. DT thorax-buk beställd."),
    ])],
    must=[("NL102", "n1")],
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible")

case("d83-s-typo-sannolkit-sarkoidos-tatuering", "skane", "1983-03-03", "M", [
    M("n1", "Mottagningsanteckning", "s_lung_lund", A["goran"], "2024-06-25 11:20", [
        ("Anamnes", "41-årig man med torrhosta och trötthet sedan vårvintern. Har noterat knölar i huden i gamla tatueringar. Ingen feber."),
        ("Status", "Papulösa infiltrat i tatueringarna vä underarm. Pulm: ua. Inga palpabla lymfkörtlar."),
        ("Utredning", "DT thorax: symmetrisk hilus- och mediastinal lymfkörtelförstoring samt perilymfatiska mikronoduli i ovanloberna. "
                      "S-ACE 112, S-Ca 2,61. Spirometri normal."),
        ("Bedömning", "Sannolkit sarkoidos stadium II. EBUS med biopsi bokas för histologisk verifikation."),
        ("Planering", "Ögonundersökning, EKG och urin-kalcium/dygn."),
    ])],
    must=[("NL102", "n1")],
    why="typo in the hedge ('Sannolkit') before sarkoidos in visible Bedömning")

case("d83-s-typo-ej-infomerad-inklusionskroppsmyosit", "skane", "1952-02-12", "M", [
    M("n1", "Läkaranteckning", "s_neuro_hbg", A["viktor"], "2024-05-16 15:30", [
        ("Aktuellt", "72-årig man med långsamt progredierande svaghet i lårmuskulatur och fingerflexorer sedan fyra år, faller i trappor. CK 620."),
        ("Utredning", "Muskelbiopsi från m. vastus lateralis vä: endomysiella inflammatoriska infiltrat, rimmed vacuoles och p62-positiva inklusioner. "
                      "Anti-cN1A positiv."),
        ("Bedömning", "Sporadisk inklusionskroppsmyosit. Pat ännu ej infomerad om biopsisvaret, besked ges vid planerat återbesök 28/5 tillsammans med hustrun som han önskat."),
        ("Planering", "Remiss fysioterapi och logoped för sväljbedömning."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="typo 'infomerad': biopsy-proven IBM stands visible while the patient is not yet told")

case("d83-s-cvid-ej-delgiven-scig", "skane", "1992-09-05", "F", [
    M("n1", "Läkaranteckning", "s_immun_lund", A["amira"], "2024-07-02 13:00", [
        ("Anamnes", "32-årig kvinna remitterad pga fyra röntgenverifierade pneumonier senaste två åren och kronisk bihåleinflammation."),
        ("Utredning", "IgG 2,4 g/l, IgA <0,07 g/l, IgM 0,18 g/l. Uteblivet antikroppssvar fyra veckor efter Pneumovax. "
                      "Switchade minnes-B-celler 0,6 % av B-cellerna. Albumin 41, ingen proteinförlust. Inga läkemedel som förklarar hypogammaglobulinemin."),
        ("Bedömning", "Common variable immunodeficiency (CVID), ESID-kriterierna uppfyllda. "
                      "Diagnosen är ännu inte delgiven pat, som ringt och efterfrågat svaren; besked ges muntligt vid besöket nästa vecka då även start av subkutant immunglobulin planeras."),
        ("Planering", "DT thorax för bronkiektasistatus. Ssk-kontakt för självbehandlingsskola."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="CVID diagnosis (criteria met) visible with 'ännu inte delgiven pat'")

case("d83-s-aortit-aneurysm-trolig-ej-informerad", "skane", "1946-04-18", "F", [
    M("n1", "Läkaranteckning", "s_med_hass", A["fredrik"], "2024-06-05 14:20", [
        ("Aktuellt", "78-årig kvinna med polymyalgia reumatika sedan 2022, recidiv vid varje nedtrappning under 7,5 mg. "
                     "Nu armclaudicatio vä och blodtrycksskillnad 25 mmHg mellan armarna."),
        ("Utredning", "PET-DT 3/6: kraftigt FDG-upptag längs aorta thoracalis, truncus brachiocephalicus och a. subclavia bilat. Aorta ascendens mäter 49 mm."),
        ("Bedömning", "Trolig storkärlsvaskulit (extrakraniell jättecellsarterit) med aortit och aneurysm i aorta ascendens. "
                      "Pat har inte informerats om aortafyndet ännu, det tas upp på vaskulitronden på torsdag innan besked lämnas."),
        ("Planering", "Prednisolon höjs till 40 mg. Remiss thoraxkirurgi efter ronden."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="hedged large-vessel vasculitis and aneurysm visible and explicitly not yet told")

case("d83-s-dermatomyosit-pankreastumor-ej-informerad", "skane", "1958-07-07", "M", [
    M("n1", "Läkaranteckning", "s_hud_lund", A["rebecka"], "2024-06-12 11:35", [
        ("Aktuellt", "66-årig man med heliotropt utslag kring ögonen, Gottrons papler och V-tecken på bröstet sedan februari; sedan en månad svårt att resa sig ur stol."),
        ("Utredning", "CK 2 300. Anti-TIF1γ positiv. DT thorax-buk 10/6: 3,5 cm lågattenuerande expansivitet i pankreashuvudet med vidgad ductus choledochus, "
                      "hög misstanke om pankreascancer."),
        ("Bedömning", "Dermatomyosit, sannolikt paramalign. Pat är ännu inte informerad om DT-fyndet och ska få beskedet av ansvarig läkare tillsammans med kontaktsjuksköterska på onsdag."),
        ("Planering", "Akut remiss kirurgkliniken enligt standardiserat vårdförlopp för bukspottkörtelcancer. Prednisolon 1 mg/kg startas."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="suspected pancreatic cancer behind dermatomyositis stands visible; note says patient not yet told")

case("d83-s-gca-biopsiverifierad-dotter-informerad-pat-ej", "skane", "1938-01-21", "F", [
    M("n1", "Daganteckning", "s_med_ystad", A["johan"], "2024-03-19 15:55", [
        ("Aktuellt", "86-årig kvinna med Alzheimers sjukdom, inlagd sedan i förrgår pga huvudvärk och synflimmer. SR 96, CRP 78."),
        ("Utredning", "Temporalisbiopsi vä: transmural inflammation med jätteceller och fragmenterad lamina elastica interna."),
        ("Bedömning", "Biopsiverifierad jättecellsarterit. Dottern är informerad per telefon. "
                      "Pat själv är inte informerad om diagnosen pga uttalad kognitiv svikt och oro i kväll, tas upp i lugnt läge i morgon med dottern närvarande."),
        ("Åtgärd", "Fortsatt Prednisolon 50 mg. Kalcium/D-vitamin och Alendronat."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="relative informed but the patient herself explicitly not told: confirmed GCA visible")

case("d83-s-behcet-trolig-informerad-om-misstanken", "skane", "1997-06-29", "M", [
    M("n1", "Läkaranteckning", "s_reum_malmo", A["ahmed"], "2024-07-09 10:10", [
        ("Anamnes", "27-årig man, uppvuxen i Turkiet, med återkommande smärtsamma munsår 5–6 gånger per år sedan tonåren, två episoder med genitala sår och nu rött smärtsamt öga hö."),
        ("Status", "Tre aftösa sår på tungan och insidan av underläppen. Ärr i skrotalhuden. Akneiforma papler på ryggen. Patergitest avläses i morgon."),
        ("Bedömning", "Behçets sjukdom trolig. Pat informerad om misstanken och om att diagnosen ställs kliniskt; han fick skriftlig information på turkiska."),
        ("Planering", "Akut remiss ögonkliniken idag för bedömning av uveit. HLA-B51. Kolkicin 0,5 mg x 2 startas."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="hedged Behçet visible (NL102) but patient was informed of the suspicion, so no NL101")

case("d83-s-gca-pet-datum-ej-meddelat", "skane", "1951-10-14", "F", [
    M("n1", "Sjuksköterskeanteckning", "s_reum_lund", A["lena_ssk"], "2024-07-16 09:50", [
        ("Telefonkontakt", "Pat med jättecellsarterit sedan mars ringer och undrar när kontrollen med PET-DT blir av. "
                           "Tiden är ännu inte fastställd av nuklearmedicin, så pat är inte informerad om något datum. "
                           "Kallelse skickas per post. Mår bra på Prednisolon 12,5 mg utan nya huvudvärksattacker."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="what the patient is not informed about is a date, not a diagnosis; GCA is known to her")

case("d83-s-temporalisbiopsi-normal-ej-meddelad", "skane", "1949-08-08", "F", [
    M("n1", "Läkaranteckning", "s_med_angel", A["oskar"], "2024-08-20 16:15", [
        ("Aktuellt", "Svar på temporalisbiopsi hö från 14/8: normal kärlvägg, ingen arterit. Ultraljud temporalartärer bilat utan halo."),
        ("Bedömning", "Inga tecken på jättecellsarterit. Pat ej informerad om biopsisvaret ännu då hon inte svarat i telefon, nytt försök i morgon. "
                      "Prednisolon kan trappas ut."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="untold item is a normal biopsy result and GCA is negated: neither rule applies")

case("d83-s-sarkoidos-informerad-vid-tidigare-besok", "skane", "1975-12-01", "M", [
    M("n1", "Mottagningsanteckning", "s_lung_lund", A["sofia"], "2024-08-27 13:40", [
        ("Aktuellt", "Årskontroll. Pat informerades om diagnosen sarkoidos vid besöket i februari och har sedan dess läst på själv. "
                     "Mindre hosta, orkar promenera 5 km."),
        ("Status", "Sat 98 %. Pulm: vesikulära andningsljud bilat. Huden utan erythema nodosum."),
        ("Utredning", "Spirometri: FVC 92 % av förväntat, DLCO 84 %. Rtg pulm: minskade hilusskuggor jämfört med januari."),
        ("Bedömning", "Sarkoidos stadium II i regress utan behandling. Fortsatt expektans."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="patient was told earlier; confirmed sarcoidosis, no hedge")

case("d83-s-typo-mpa-kan-ej-uteslutsa", "skane", "1961-02-26", "F", [
    M("n1", "Läkaranteckning", "s_njur_malmo", A["elif"], "2024-09-03 10:30", [
        ("Aktuellt", "63-årig kvinna remitterad pga kreatininstegring från 88 till 214 på två månader, mikroskopisk hematuri och proteinuri 1,8 g/dygn."),
        ("Utredning", "MPO-ANCA 96 U/ml. Anti-GBM negativ. C3 och C4 normala. U-sediment: dysmorfa erytrocyter och erytrocytcylindrar."),
        ("Bedömning", "Snabbt progredierande glomerulonefrit. Mikroskopisk polyangiit kan ej uteslutsa, njurbiopsi planeras i morgon."),
        ("Planering", "Inläggning, njurbiopsi och därefter pulsad metylprednisolon."),
    ])],
    must=[("NL102", "n1")],
    why="typo in 'kan ej uteslutas' hedge on microscopic polyangiitis, visible")

case("d83-s-kryoglobulinemi-hepatit-c-ej-informerad", "skane", "1970-05-13", "M", [
    M("n1", "Läkaranteckning", "s_med_landskr", A["dragan"], "2024-09-24 14:00", [
        ("Aktuellt", "54-årig man med palpabel purpura på underbenen, artralgier och perifer neuropati i fötterna."),
        ("Utredning", "Kryoglobuliner påvisade, typ II med monoklonalt IgM-kappa. RF 380, C4 <0,02. HCV-RNA positivt, genotyp 3a. "
                      "Hudbiopsi: leukocytoklastisk vaskulit."),
        ("Bedömning", "Kryoglobulinemisk vaskulit sekundär till kronisk hepatit C. Pat känner inte till hepatit C-infektionen och har ännu inte informerats om den; "
                      "besked och smittskyddsinformation ges av infektionsläkare vid gemensamt besök 2/10."),
        ("Planering", "Remiss infektionskliniken. Smittskyddsanmälan görs efter att pat fått beskedet."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="confirmed hepatitis C (and cryoglobulinaemic vasculitis) visible; patient not yet informed")

# ---------------------------------------------------------------- chunk 2: VGR, Melior
A.update({
    "jenny": ("Jenny Kjellberg", "läkare"),
    "per": ("Per Alm", "läkare"),
    "sanna": ("Sanna Ljung", "läkare"),
    "mohammed": ("Mohammed Al-Hassan", "läkare"),
    "bjorn": ("Björn Tell", "läkare"),
    "frida": ("Frida Wester", "läkare"),
    "ida_ssk": ("Ida Nyberg", "sjuksköterska"),
    "ali": ("Ali Rostami", "läkare"),
    "hugo": ("Hugo Lindblad", "läkare"),
    "saga": ("Saga Ekström", "läkare"),
    "karl": ("Karl Envall", "läkare"),
    "lars": ("Lars Wennerholm", "läkare"),
    "omar": ("Omar Nasser", "läkare"),
    "emma": ("Emma Rydén", "läkare"),
    "sven": ("Sven Rask", "läkare"),
})

case("d83-v-gpa-njurbiopsi-besked-i-eftermiddag", "vgr", "1967-03-15", "F", [
    M("n1", "Daganteckning", "v_njur_su", A["mei"], "2024-05-06 11:10", [
        ("Aktuellt", "57-årig kvinna inlagd sedan 1/5 med kreatinin 310, hemoptys och kronisk rinosinuit med blodiga krustor sedan i vintras."),
        ("Utredning", "Njurbiopsi 3/5: pauci-immun nekrotiserande glomerulonefrit med halvmånar i 9 av 22 glomeruli. PR3-ANCA 180 U/ml. "
                      "DT thorax: multipla noduli, två med kavitering."),
        ("Bedömning", "Granulomatos med polyangiit med njur-, lung- och ÖNH-engagemang. "
                      "Pat har ännu inte informerats om biopsisvaret; dr Öhman träffar henne på avdelningen i eftermiddag tillsammans med maken."),
        ("Planering", "Rituximab 1 g dag 1 och 15, metylprednisolon 500 mg x 3 och därefter reducerat kortisonschema enligt PEXIVAS. PCP-profylax."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="biopsy-confirmed GPA visible in VGR Melior note while the patient has not yet been informed")

case("d83-v-gpa-fragestallning-septumperforation", "vgr", "1979-10-02", "M", [
    M("n1", "Mottagningsanteckning", "v_onh_su", A["anders"], "2024-02-20 09:30", [
        ("Anamnes", "45-årig man med nästäppa, blodiga krustor och nedsatt luktsinne sedan ett halvår. Hörselnedsättning hö sedan en månad."),
        ("Status", "Anteriort septum perforerat, 1 cm. Tjocka krustor och granulationsvävnad bilat. Begynnande sadelnäsa. "
                   "Hö trumhinna indragen med vätska i mellanörat."),
        ("Bedömning", "Frågeställning GPA. Biopsi från septumkanten tagen, ANCA och U-sticka skickade idag."),
        ("Planering", "Plaströr hö vid behov. Svar på biopsi och ANCA följs upp av undertecknad, remiss reumatologen vid positivt utfall."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Frågeställning GPA' is a hedged diagnosis in a visible ENT Bedömning")

case("d83-v-tidhyp-sokord-gpa-ej-informerad", "vgr", "1962-08-21", "M", [
    M("n1", "Läkaranteckning", "v_reum_nal", A["tomas"], "2024-03-04 14:25", [
        ("Aktuellt", "62-årig man med mellanöreinflammation som inte svarat på två antibiotikakurer, nu även hosta och CRP 96."),
        ("Status", "Hö trumhinna bombérad. Pulm: krepitationer basalt hö. Kreatinin 101."),
        ("Tidiga hypoteser", "Misstänkt GPA med ÖNH- och lungengagemang. Pat ej informerad om vaskulitmisstanken, vill ha ANCA och DT först."),
        ("Planering", "ANCA, U-sticka och DT thorax. Nytt besök när svaren inkommit."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: the hedged, untold GPA suspicion sits only under the protected sökord Tidiga hypoteser")

case("d83-v-tidhyp-mallnamn-men-sokord-bedomning", "vgr", "1956-06-06", "M", [
    M("n1", "Tidiga hypoteser", "v_med_skovde", A["linnea"], "2024-03-11 10:50", [
        ("Bedömning", "Trolig IgG4-relaterad sjukdom med bilateral submandibularissvullnad och autoimmun pankreatit. S-IgG4 4,8 g/l."),
        ("Planering", "Biopsi från submandibularis via ÖNH-kliniken."),
    ])],
    must=[("NL102", "n1")],
    why="VGR filters by sökord, not by template name: hedged IgG4-RD under sökord Bedömning is visible")

case("d83-v-lofgren-bild-som-vid", "vgr", "1993-04-11", "F", [
    M("n1", "Läkaranteckning", "v_med_boras", A["nils"], "2024-04-09 16:05", [
        ("Anamnes", "31-årig kvinna med feber sedan en vecka, ömma röda knölar på båda underbenen och svullna, värmeökade fotleder. Torrhosta. Inga utlandsresor."),
        ("Status", "Multipla ömma rödvioletta subkutana noduli på underbenens framsidor. Periartikulär svullnad i båda fotlederna. Temp 38,2."),
        ("Utredning", "Rtg pulm: bilateral hiluslymfadenopati, lungparenkym ua. CRP 74, S-ACE 98. Quantiferon negativ."),
        ("Bedömning", "Bild som vid Löfgrens syndrom. Spontan regress förväntas inom månader."),
        ("Planering", "NSAID. Kontroll med rtg pulm om tre månader, ögonkonsult och EKG."),
    ])],
    must=[("NL102", "n1")],
    why="'Bild som vid Löfgrens syndrom' is a hedge on a diagnosis, visible")

case("d83-v-sarkoidos-talar-emot-efter-ebus", "vgr", "1971-09-28", "M", [
    M("n1", "Mottagningsanteckning", "v_lung_su", A["gunilla"], "2024-04-16 13:20", [
        ("Aktuellt", "Uppföljning av förstorade mediastinala lymfkörtlar efter pneumoni i januari."),
        ("Utredning", "EBUS-TBNA station 7 och 4R: reaktiv lymfkörtel, ingen granulomatös inflammation, ingen malignitet. "
                      "BAL: CD4/CD8-kvot 1,4. Ny DT: lymfkörtlarna har minskat till under 1 cm."),
        ("Bedömning", "Fynden talar emot sarkoidos. Lymfkörtelförstoringen bedöms ha varit reaktiv efter genomgången pneumoni."),
        ("Planering", "Avslutas från lungmottagningen."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="'talar emot sarkoidos' is a negation; nothing hedged remains")

case("d83-v-antisyntetas-ssk-telefon-ej-informerad", "vgr", "1969-01-19", "F", [
    M("n1", "Telefonanteckning", "v_reum_su", A["ulla_ssk"], "2024-04-23 10:35", [
        ("Telefonkontakt", "Pat ringer och efterfrågar svar på proverna från förra veckan. "
                           "Myositpanelen visar anti-Jo-1 starkt positiv och anti-Ro52 positiv; enligt dr Kjellberg talar det för antisyntetassyndrom. "
                           "Pat har inte informerats om detta per telefon, dr Kjellberg ringer upp henne i morgon förmiddag. Pat nöjd med det."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="nurse phone note: 'talar för antisyntetassyndrom' visible and explicitly withheld from the patient")

case("d83-v-myosit-kan-uteslutas-ck-efter-traning", "vgr", "1998-02-08", "M", [
    M("n1", "Läkaranteckning", "v_med_aling", A["frida"], "2024-04-30 08:45", [
        ("Aktuellt", "26-årig man remitterad för CK 3 400 upptäckt vid hälsokontroll dagen efter ett crossfitpass."),
        ("Utredning", "Kontroll-CK efter en veckas vila 240. MR lår: inget muskelödem. EMG normalt. Myositpanel negativ."),
        ("Bedömning", "Myosit kan uteslutas. Övergående ansträngningsutlöst CK-stegring."),
        ("Planering", "Ingen uppföljning. Informerad om att undvika maximal träning dagarna före provtagning."),
    ])],
    must_not=[("NL102", "n1")],
    why="hard negative: 'kan uteslutas' without 'ej' rules myositis out")

case("d83-v-cvid-trolig-gi-manifestation", "vgr", "1986-11-30", "M", [
    M("n1", "Läkaranteckning", "v_immbrist_ostra", A["mohammed"], "2024-05-13 13:55", [
        ("Anamnes", "38-årig man med återkommande bihåleinfektioner och tre pneumonier senaste året, kronisk diarré sedan i våras. "
                    "Ingen känd ärftlighet för immunbrist."),
        ("Utredning", "IgG 3,1 g/l, IgA 0,1, IgM 0,3. Pneumokockserologi efter vaccination utan stegring. "
                      "Lymfocytsubpopulationer: låga switchade minnes-B-celler. F-calprotektin 190. Giardia-PCR i feces negativ."),
        ("Bedömning", "Trolig CVID med gastrointestinal manifestation. Sekundära orsaker till hypogammaglobulinemi ska uteslutas innan diagnosen fastställs."),
        ("Planering", "DT thorax-buk, U-albumin, gastroskopi med biopsier. Återbesök med svar."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Trolig CVID' in visible Bedömning of an immunodeficiency clinic note")

case("d83-v-iga-brist-bekraftad-informerad", "vgr", "2002-07-24", "F", [
    M("n1", "Mottagningsanteckning", "v_immun_su", A["per"], "2024-05-20 10:00", [
        ("Aktuellt", "22-årig kvinna remitterad efter att IgA inte gått att mäta vid celiakiutredning på vårdcentralen."),
        ("Utredning", "IgA <0,07 g/l vid två tillfällen, IgG 11,2 och IgM 1,1 g/l. Deamiderat gliadin-IgG negativt. Normalt vaccinsvar."),
        ("Bedömning", "Selektiv IgA-brist. Ingen ökad infektionsbenägenhet, och celiaki är utesluten med IgG-baserad serologi."),
        ("Åtgärd", "Informerat pat om diagnosen, att den oftast är ofarlig och att hon ska uppge den inför blodtransfusion. "
                   "Intyg om IgA-brist utfärdat. Ingen ny kontroll."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="confirmed selective IgA deficiency, told to the patient; celiac disease excluded")

case("d83-v-dd-mctd-odifferentierad-bindvavssjukdom", "vgr", "1988-05-05", "F", [
    M("n1", "Läkaranteckning", "v_reum_nal", A["jenny"], "2024-05-27 15:00", [
        ("Anamnes", "36-årig kvinna med Raynaud, svullna händer och muskelvärk i överarmarna sedan i höstas."),
        ("Status", "Svullna fingrar bilat, ingen sklerodaktyli. Lätt proximal muskelsvaghet, 4+/5 i deltoideus. Synovit MCP 2 hö."),
        ("Lab", "ANA 1:2560 prickigt mönster, anti-U1-RNP >240. Anti-Sm och anti-dsDNA negativa. CK 480."),
        ("Bedömning", "DD MCTD respektive odifferentierad bindvävssjukdom, förloppet får avgöra. "
                      "HRCT och UKG för att screena för lungengagemang och pulmonell hypertension."),
        ("Planering", "Hydroxiklorokin. Återbesök om sex veckor."),
    ])],
    must=[("NL102", "n1")],
    why="'DD MCTD respektive odifferentierad bindvävssjukdom': differential diagnosis of the patient, visible")

case("d83-v-dotter-utreds-misstankt-jia", "vgr", "1984-12-17", "F", [
    M("n1", "Mottagningsanteckning", "v_med_boras", A["sanna"], "2024-06-03 11:25", [
        ("Aktuellt", "Pat med seropositiv reumatoid artrit sedan 2015, välinställd på metotrexat 20 mg/v och etanercept. DAS28-CRP 2,1."),
        ("Socialt", "Berättar att hennes åttaåriga dotter just nu utreds för misstänkt JIA på barnreumatologen, vilket gör henne orolig."),
        ("Bedömning", "RA i remission. Oförändrad behandling. Kuratorskontakt erbjuds med tanke på oron för dottern."),
    ])],
    must_not=[("NL102", "n1")],
    why="the suspected JIA belongs to the patient's daughter; the patient's RA is confirmed")

case("d83-v-pmr-arbetsdiagnos", "vgr", "1951-03-09", "M", [
    M("n1", "Läkaranteckning", "v_med_lidk", A["bjorn"], "2024-06-10 09:10", [
        ("Aktuellt", "73-årig man med värk och stelhet i skuldror och nacke sedan en månad, svårt att få på sig jackan på morgonen. Ingen huvudvärk, inga synbesvär."),
        ("Status", "Smärtsam aktiv abduktion över 90 grader bilat, passivt full rörlighet. Inga synoviter. Temporalisartärer med normal puls."),
        ("Lab", "SR 54, CRP 38. RF och anti-CCP negativa. CK normalt."),
        ("Bedömning", "Arbetsdiagnos polymyalgia reumatika. Effekten av kortison utvärderas och diagnosen omprövas om snabb förbättring uteblir."),
        ("Planering", "Prednisolon 15 mg dagligen. Telefonuppföljning om en vecka, återbesök om fyra veckor."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Arbetsdiagnos' marks a provisional, unconfirmed diagnosis in a visible section")

case("d83-v-typo-missankt-takayasu", "vgr", "2001-01-26", "F", [
    M("n1", "Läkaranteckning", "v_med_uddev", A["ali"], "2024-06-17 14:40", [
        ("Anamnes", "23-årig kvinna med trötthet, viktnedgång och smärta i vänster arm vid ansträngning sedan ett halvår. Yrsel när hon tittar uppåt."),
        ("Status", "BT hö arm 128/76, vä arm 96/60. Svag radialispuls vä. Blåsljud över a. subclavia vä och a. carotis hö."),
        ("Utredning", "CRP 34, SR 48. MR-angiografi: väggförtjockning och stenos i a. subclavia vä och a. carotis communis hö."),
        ("Bedömning", "Missänkt Takayasus arterit. PET-DT för att kartlägga utbredningen, diskuteras med reumatolog."),
        ("Planering", "Prednisolon 40 mg efter samråd med reumajouren. Återbesök om två veckor."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'Missänkt' hedging Takayasu arteritis in visible Bedömning")

case("d83-v-typo-ingen-misstake-om-vaskulit", "vgr", "1972-04-14", "M", [
    M("n1", "Läkaranteckning", "v_hud_su", A["saga"], "2024-06-24 10:20", [
        ("Aktuellt", "52-årig man med kliande röda prickar på båda underbenen sedan fem dagar, debut två dagar efter start av amoxicillin för sinuit."),
        ("Status", "Icke-palpabla, blekbara makulopapulösa utslag på underben och fotryggar. Inga blåsor, ingen slemhinnepåverkan. AT gott."),
        ("Bedömning", "Läkemedelsutlöst makulopapulöst exantem av amoxicillin. Ingen misstake om vaskulit, utslagen är blekbara och icke-palpabla."),
        ("Åtgärd", "Amoxicillin utsatt och registrerat som överkänslighet. Betametasonkräm. Ingen uppföljning."),
    ])],
    must_not=[("NL102", "n1")],
    why="typo in the negation 'Ingen misstake om vaskulit'; the drug exanthema is confirmed")

case("d83-v-typo-fornelig-med-dermatomyosit", "vgr", "1976-08-03", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["per"], "2024-07-01 13:10", [
        ("Aktuellt", "48-årig kvinna med rodnad på knogarna och ögonlocken, klåda i hårbotten och svårt att resa sig från huksittande sedan två månader."),
        ("Status", "Gottrons papler över MCP och PIP bilat. Lilaaktigt periorbitalt erytem. Dilaterade nagelbandskapillärer. Proximal svaghet 4/5 i höftflexorer."),
        ("Lab", "CK 4 100, ALAT 2,3. Anti-Mi-2 positiv."),
        ("Bedömning", "Bilden förnelig med dermatomyosit. Muskel-MR inför biopsi beställd."),
        ("Planering", "Cancerscreening enligt lokal rutin. Prednisolon 60 mg startas efter biopsin."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'förnelig med' (förenlig med) hedging dermatomyositis, visible")

case("d83-v-typo-inte-inforemrad-malt-lymfom", "vgr", "1959-11-11", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["jenny"], "2024-09-12 15:45", [
        ("Aktuellt", "Pat med primärt Sjögrens syndrom sedan 2012 och kvarstående parotissvullnad hö sedan i vintras. Kryoglobuliner och lågt C4 noterade tidigare."),
        ("Utredning", "Ultraljudsledd grovnålsbiopsi parotis hö 6/9: extranodalt marginalzonslymfom av MALT-typ."),
        ("Bedömning", "MALT-lymfom i parotis som komplikation till Sjögrens syndrom. "
                      "Pat är inte inforemrad om PAD-svaret ännu, hon har tid här på måndag då besked ges och remiss till onkologen diskuteras."),
        ("Planering", "Remiss lymfomteamet. PET-DT för stadieindelning."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="typo 'inforemrad': confirmed MALT lymphoma visible while patient not yet told")

case("d83-v-aps-trippelpositiv-besked-vid-gemensamt-besok", "vgr", "1990-02-02", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["hugo"], "2024-09-30 11:00", [
        ("Aktuellt", "34-årig kvinna som planerar graviditet, remitterad efter oprovocerad DVT i vänster ben 2023."),
        ("Utredning", "Lupusantikoagulans positivt, anti-kardiolipin IgG 68 GPL och anti-β2-glykoprotein I IgG 74 U/ml, samtliga bekräftade vid ny provtagning efter 12 veckor."),
        ("Bedömning", "Trippelpositivt antifosfolipidsyndrom med venös trombos. "
                      "Pat har ännu inte fått besked om diagnosen; hon informeras vid gemensamt besök med specialistmödravården och reumatolog den 14/10 då antikoagulation under graviditet också planeras."),
        ("Planering", "Fortsatt Waran tills vidare, byte till LMH inför graviditet. Ingen östrogenhaltig antikonception."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="settled antiphospholipid syndrome visible while 'ännu inte fått besked om diagnosen'")

case("d83-v-npsle-trolig-mr-ej-informerad", "vgr", "1985-06-20", "F", [
    M("n1", "Läkaranteckning", "v_neuro_su", A["frida"], "2024-10-07 14:15", [
        ("Aktuellt", "Pat med SLE sedan 2016, remitterad från reumatologen pga nytillkommen kognitiv svikt, ordmobiliseringssvårigheter och ett generaliserat krampanfall förra veckan."),
        ("Utredning", "MR hjärna: multipla små T2-hyperintensa lesioner subkortikalt bilat utan kontrastuppladdning. "
                      "EEG: intermittent temporal långsamaktivitet vä. LP: lätt förhöjt albumin, inga celler. Anti-ribosomalt P positivt."),
        ("Bedömning", "Neuropsykiatrisk SLE bedöms som trolig. Pat ej informerad om MR-svaret och vår bedömning ännu då hon var påtagligt trött idag. Nytt samtal på fredag."),
        ("Planering", "Levetiracetam 500 mg x 2. Tas upp på neuro-reumaronden angående cyklofosfamid."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="'bedöms som trolig' NPSLE visible and the patient explicitly not yet informed")

case("d83-v-pah-ssc-hogerkateter-ej-besked", "vgr", "1958-09-09", "F", [
    M("n1", "Läkaranteckning", "v_kard_su", A["karl"], "2024-10-03 09:30", [
        ("Aktuellt", "Pat med begränsad kutan systemisk skleros sedan 2010, remitterad efter stigande NT-proBNP och TR-gradient 52 mmHg på ekokardiografi."),
        ("Utredning", "Högerkateterisering 1/10: mPAP 38 mmHg, PAWP 10 mmHg, PVR 5,1 WU. Sex minuters gångtest 340 m."),
        ("Bedömning", "Pulmonell arteriell hypertension associerad med systemisk skleros, WHO-grupp 1. "
                      "Pat har inte fått besked om kateteriseringsresultatet, besked lämnas på PAH-mottagningen nästa vecka av ansvarig kardiolog."),
        ("Planering", "Kombinationsbehandling med ambrisentan och tadalafil planeras. PAH-sjuksköterska kontaktas."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="catheter-proven PAH visible; patient has not been told")

case("d83-v-hjartsarkoidos-vet-annu-inte", "vgr", "1966-12-24", "M", [
    M("n1", "Daganteckning", "v_med_kungalv", A["lars"], "2024-10-14 16:20", [
        ("Aktuellt", "Pat med lungsarkoidos sedan 2019, inlagd efter synkope med totalt AV-block."),
        ("Utredning", "Hjärt-MR: LGE midmyokardiellt i basala septum och laterala väggen. FDG-PET: fokalt upptag i samma områden."),
        ("Bedömning", "Diagnosen hjärtsarkoidos ställs i samråd med kardiolog. Pat vet ännu inte om detta och får besked av kardiolog tillsammans med ICD-information i morgon."),
        ("Planering", "Temporär pacemaker kvar. Prednisolon 40 mg. ICD-implantation planeras."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="'Pat vet ännu inte om detta' after a settled cardiac sarcoidosis diagnosis, visible")

case("d83-v-aa-amyloidos-still-ej-informerad", "vgr", "1964-04-04", "M", [
    M("n1", "Läkaranteckning", "v_med_skovde", A["bjorn"], "2024-10-15 10:40", [
        ("Aktuellt", "Pat med Stills sjukdom sedan 1998, länge otillräckligt behandlad, nu nefrotiskt syndrom med U-albumin 4,2 g/dygn."),
        ("Utredning", "Bukfettsbiopsi: Kongorött-positiva depåer med äppelgrön dubbelbrytning, immunhistokemiskt SAA-positiva."),
        ("Bedömning", "AA-amyloidos med njurengagemang sekundärt till Stills sjukdom. Pat ej informerad ännu, besked planeras när nefrologen är med vid besöket 22/10."),
        ("Planering", "IL-1-hämning intensifieras. Remiss njurmedicin. UKG för att värdera hjärtengagemang."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="biopsy-proven AA amyloidosis visible and 'Pat ej informerad ännu'")

case("d83-v-ssc-meddelad-pat-vill-beratta-for-maken-sjalv", "vgr", "1973-02-14", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["mei"], "2024-02-27 13:35", [
        ("Aktuellt", "Återbesök med svar. Stramande hud på händer, underarmar och ansikte sedan i höstas, Raynaud och halsbränna."),
        ("Status", "mRSS 22. Sklerodaktyli, pittingärr på fingertopparna. Teleangiektasier i ansiktet."),
        ("Lab", "Anti-topoisomeras I (Scl-70) positiv. Kreatinin 70, NT-proBNP 95."),
        ("Bedömning", "Diffus kutan systemisk skleros, diagnosen meddelad pat idag. "
                      "Hon vill själv berätta för maken och barnen i lugn och ro och önskar att vi inte informerar maken ännu."),
        ("Planering", "HRCT och lungfunktion, mykofenolat startas efter provsvar. Blodtryck hemma två gånger i veckan."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="patient told; only the husband is not yet informed, which is no NL101")

case("d83-v-sarkoidos-uveit-remiss-ej-meddelad", "vgr", "1982-08-16", "M", [
    M("n1", "Telefonanteckning", "v_med_boras", A["sanna"], "2024-07-08 12:05", [
        ("Aktuellt", "Pat med histologiskt verifierad sarkoidos sedan mars hör av sig via 1177 om dimsyn och ljuskänslighet på hö öga sedan två dagar."),
        ("Åtgärd", "Remiss till ögonmottagningen skickad som förtur. Pat har ännu inte informerats om att remissen är skickad, svar via 1177 går ut i eftermiddag. "
                   "Ska söka ögonakuten vid tilltagande smärta eller synförsämring."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="what is not yet told is that a referral was sent, not a diagnosis")

case("d83-v-cyklofosfamid-biverkningsinfo-ej-given", "vgr", "1955-05-31", "M", [
    M("n1", "Sjuksköterskeanteckning", "v_reum_molndal", A["eva_ssk"], "2024-07-15 08:55", [
        ("Omvårdnad", "Pat med GPA sedan i juni, inlagd för första cyklofosfamidinfusionen enligt EUVAS-schema. "
                      "Har ännu inte informerats av läkare om risken för håravfall och nedsatt fertilitet, därför skjuts infusionen till i morgon då dr Öhman kan ta samtalet. "
                      "Pat informerad om uppskjutningen och accepterar."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="the untold item is treatment side-effect information, not a diagnosis; GPA is known")

case("d83-v-psa-behover-inte-informeras-igen", "vgr", "1978-10-10", "F", [
    M("n1", "Sjuksköterskeanteckning", "v_reum_nal", A["kerstin_ssk"], "2024-07-22 14:30", [
        ("Ssk-besök", "Besök för injektionsundervisning. Pat har psoriasisartrit; diagnosen fick hon av dr Öberg i april och hon behöver inte informeras om den igen, hon har läst på väl. "
                      "Självinjektion av adalimumab instruerad och utförd korrekt i buken. Förvaring i kylskåp genomgången."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="'behöver inte informeras' about a diagnosis the patient already has: told earlier")

case("d83-v-behcet-uveit-informerad-via-tolk", "vgr", "1991-03-22", "M", [
    M("n1", "Läkaranteckning", "v_ogon_molndal", A["omar"], "2024-07-29 10:15", [
        ("Anamnes", "33-årig man med Behçets sjukdom, diagnosen satt av reumatolog i juni. Dimsyn bilat sedan en vecka."),
        ("Status", "Visus hö 0,5, vä 0,6. Glaskroppsgrumling 2+ bilat. Fundus: retinal vaskulit med kärlsheathing och blödningar i periferin bilat."),
        ("Bedömning", "Bakre uveit bilat med retinal vaskulit vid Behçets sjukdom."),
        ("Åtgärd", "Informerad via tolk på arabiska om ögonfynden och behovet av snabb behandlingsstart. Kontakt med reumatolog om infliximab. Prednisolon 1 mg/kg."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="confirmed Behçet uveitis explained to the patient via interpreter; no hedge")

case("d83-v-lymfom-uteslutet-svar-ej-meddelat", "vgr", "1968-01-07", "F", [
    M("n1", "Läkaranteckning", "v_med_aling", A["emma"], "2024-08-05 15:20", [
        ("Aktuellt", "Pat med Sjögrens syndrom, utredd för nytillkommen lymfkörtelförstoring på halsen."),
        ("Utredning", "Excisionsbiopsi lymfkörtel hö halssida: reaktiv follikulär hyperplasi, inget lymfom."),
        ("Bedömning", "Lymfom har kunnat uteslutas. Pat har ännu inte fått svaret då hon är bortrest, ringer henne när hon är hemma på måndag."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="untold item is a reassuring result (lymphoma excluded), not a diagnosis")

case("d83-v-typo-inga-tecken-pa-aktiv-vaskluit", "vgr", "1957-06-18", "M", [
    M("n1", "Akutanteckning", "v_akut_ostra", A["hugo"], "2024-08-12 21:40", [
        ("Anamnes", "67-årig man med GPA i remission på rituximab var sjätte månad, söker för feber och hosta sedan tre dagar."),
        ("Status", "Sat 93 %, temp 38,6. Bronkiellt andningsljud basalt hö. Näsa utan krustor."),
        ("Utredning", "Rtg pulm: lobär konsolidering i hö underlob. U-sticka ua, kreatinin oförändrat 98."),
        ("Bedömning", "Samhällsförvärvad pneumoni i hö underlob hos immunsupprimerad patient. Inga tecken på aktiv vaskluit."),
        ("Åtgärd", "Bensylpenicillin 3 g x 3 iv. Inläggning infektion."),
    ])],
    must_not=[("NL102", "n1")],
    why="typo 'vaskluit' inside a negation; pneumonia is confirmed")

case("d83-v-typo-statinmyalgi-myosit-utelsuten", "vgr", "1950-10-29", "M", [
    M("n1", "Läkaranteckning", "v_neuro_su", A["emma"], "2024-08-19 11:45", [
        ("Aktuellt", "Muskelvärk i lår och vader sedan atorvastatin höjdes till 80 mg i våras."),
        ("Utredning", "CK normalt vid två tillfällen, anti-HMGCR negativ. Neurografi normal."),
        ("Bedömning", "Statinassocierad myalgi. Myosit utelsuten."),
        ("Planering", "Uppehåll med atorvastatin i fyra veckor, därefter rosuvastatin 5 mg i samråd med distriktsläkaren."),
    ])],
    must_not=[("NL102", "n1")],
    why="typo in the ruling-out word 'utelsuten'; the myalgia diagnosis is confirmed")

case("d83-v-mas-still-sederad-forenligt-med", "vgr", "1995-09-14", "F", [
    M("n1", "Daganteckning", "v_iva_nal", A["sven"], "2024-08-26 15:30", [
        ("Aktuellt", "29-årig kvinna med känd Stills sjukdom, inkom i går med feber 40, sjunkande trombocyter och cirkulatorisk påverkan. Intuberad sedan i natt."),
        ("Utredning", "Ferritin 48 000, triglycerider 4,8, fibrinogen 0,9. ASAT 410. Tpk 62. Benmärg: rikligt med hemofagocyterande makrofager."),
        ("Bedömning", "Förenligt med makrofagaktiveringssyndrom utlöst av Stills sjukdom. "
                      "Pat är sederad och har inte kunnat informeras; föräldrarna informerade vid samtal kl 14."),
        ("Åtgärd", "Anakinra iv i högdos, metylprednisolon 1 g dagligen i tre dagar. Ciklosporin diskuteras med reumatolog."),
    ], setting="slutenvård")],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="'Förenligt med' MAS visible; patient (sedated) not informed, only parents told")

# ---------------------------------------------------------------- chunk 3: children, PMO, several notes, long notes
A.update({
    "kristina": ("Kristina Holm", "läkare"),
    "jakob": ("Jakob Malm", "läkare"),
    "leila": ("Leila Moradi", "läkare"),
    "agneta_ssk": ("Agneta Bengtsson", "sjuksköterska"),
    "mikael": ("Mikael Persson", "läkare"),
    "astrid": ("Astrid Nordin", "läkare"),
    "patrik": ("Patrik Lund", "läkare"),
    "helena_ssk": ("Helena Olsson", "distriktssköterska"),
    "gustav": ("Gustav Ahlin", "läkare"),
    "fanny": ("Fanny Löw", "läkare"),
    "tove": ("Tove Almgren", "läkare"),
    "hampus": ("Hampus Grön", "läkare"),
    "maja": ("Maja Strömberg", "läkare"),
    "ebba": ("Ebba Thorsell", "läkare"),
    "viveka": ("Viveka Dahl", "läkare"),
})

case("d83-s-barn-kawasaki-trolig-komplett", "skane", "2020-03-14", "M", [
    M("n1", "Akutanteckning", "s_barnakut_malmo", A["olof"], "2024-01-27 19:45", [
        ("Anamnes", "4-årig pojke med feber sedan sex dygn trots paracetamol. Röda ögon sedan tre dagar, spruckna läppar och utslag på bålen. Svullna händer och fötter sedan i går."),
        ("Status", "Irritabel men kontaktbar. Bilateral konjunktival injektion utan sekret. Röda fissurerade läppar och jordgubbstunga. "
                   "Polymorft makulopapulöst exantem på bålen. Ödem på hand- och fotryggar. Ensidig cervikal lymfkörtel hö 2 cm."),
        ("Lab", "CRP 142, LPK 17, Tpk 520, albumin 28, ALAT 1,4. U-sticka: leukocyter 1+."),
        ("Bedömning", "Trolig komplett Kawasakis sjukdom. Ekokardiografi idag: normala koronarkärl."),
        ("Åtgärd", "IVIG 2 g/kg och ASA enligt PM. Inläggning på barnavdelningen. Föräldrarna informerade om misstanken och behandlingen."),
    ])],
    must=[("NL102", "n1")],
    why="child under 13 (guardians read): 'Trolig komplett Kawasakis sjukdom' visible in Melior")

case("d83-s-barn-oligoartikular-jia-remission", "skane", "2017-10-02", "F", [
    M("n1", "Mottagningsanteckning", "s_barn_lund", A["kristina"], "2024-02-08 10:30", [
        ("Aktuellt", "Kontroll. 6-årig flicka med oligoartikulär JIA sedan maj 2023, ANA-positiv. Vänster knä injicerat med triamcinolonhexacetonid i november med god effekt. "
                     "Mamma beskriver att hon springer och leker som vanligt."),
        ("Status", "Inga svullna leder. Full rörlighet i knän och fotleder. Lika benlängd. Normal gång."),
        ("Bedömning", "Oligoartikulär JIA i klinisk remission utan behandling. Ögonkontroller var tredje månad fortsätter pga ANA-positivitet, hittills ingen uveit."),
        ("Planering", "Återbesök om sex månader, tidigare vid ny ledsvullnad."),
    ])],
    must_not=[("NL102", "n1")],
    why="confirmed oligoarticular JIA in a child; uveitis negated")

case("d83-v-barn-iga-vaskulit-bild-som-vid", "vgr", "2017-01-20", "M", [
    M("n1", "Akutanteckning", "v_barnakut", A["tove"], "2024-03-02 17:10", [
        ("Anamnes", "7-årig pojke med utslag på benen sedan tre dagar, ont i magen och ont i fotlederna. Halsfluss för två veckor sedan."),
        ("Status", "Palpabel purpura på nates, lår och underben, symmetriskt. Lätt svullna fotleder. Buken mjuk, diffust öm; ingen invagination på ultraljud."),
        ("Lab", "Tpk 310, Hb 128, CRP 18. Kreatinin 38. U-sticka: blod 2+, protein 1+. BT 104/62."),
        ("Bedömning", "Bild som vid IgA-vaskulit (Henoch-Schönleins purpura) med hud-, led- och buksymtom samt lätt njurpåverkan."),
        ("Planering", "Hem med paracetamol. Urinstickor hemma varje vecka och blodtryckskontroll på vårdcentralen enligt PM i sex månader. Återbesök barnmottagningen om två veckor."),
    ])],
    must=[("NL102", "n1")],
    why="child: 'Bild som vid IgA-vaskulit' hedges the diagnosis in a visible VGR section")

case("d83-v-barn-juvenil-dermatomyosit-misstanks", "vgr", "2015-05-09", "F", [
    M("n1", "Läkaranteckning", "v_barnreum", A["hampus"], "2024-03-18 13:25", [
        ("Anamnes", "9-årig flicka som sedan jul blivit allt tröttare, har svårt att gå i trappor och orkar inte gympan. Rodnad på kinder och ögonlock."),
        ("Status", "Heliotropt erytem på övre ögonlocken, Gottrons papler över MCP och knän. Gowers tecken positivt. Nagelbandskapillärer med dropout."),
        ("Lab", "CK 1 900, LD 780, ALAT 1,9. Myositpanel skickad."),
        ("Bedömning", "Juvenil dermatomyosit misstänks starkt. MR lår och muskelbiopsi planeras under inläggningen."),
        ("Planering", "Inläggning på barnavdelning. Sväljbedömning av logoped. Kontakt med barnreumatolog i bakjour."),
    ])],
    must=[("NL102", "n1")],
    why="child: 'misstänks starkt' (verb form of the hedge) for juvenile dermatomyositis")

case("d83-v-barn-mamma-sle-morbror-trolig-bechterew", "vgr", "2014-02-23", "F", [
    M("n1", "Läkaranteckning", "v_barnreum", A["tove"], "2024-04-04 09:05", [
        ("Aktuellt", "10-årig flicka remitterad av skolläkare pga värk i knäna efter fotbollsträning. Ingen morgonstelhet, inga svullnader, inga utslag."),
        ("Hereditet", "Mamma har SLE. Morbror har trolig ankyloserande spondylit, inte färdigutredd."),
        ("Status", "Inga artriter. Hypermobil, Beighton 7/9. Ömhet över tuberositas tibiae bilat."),
        ("Lab", "SR 5, CRP <1, blodstatus ua, ANA negativ."),
        ("Bedömning", "Morbus Osgood-Schlatter bilat och generell hypermobilitet. Ingen inflammatorisk ledsjukdom."),
        ("Planering", "Information om belastningsanpassning till flickan och mamma. Fysioterapeut i primärvården. Ingen uppföljning här."),
    ])],
    must_not=[("NL102", "n1")],
    why="child: the only hedged diagnosis belongs to an uncle; the child's diagnoses are confirmed or negated")

case("d83-s-barn-systemisk-jia-kan-inte-uteslutas", "skane", "2021-06-11", "M", [
    M("n1", "Daganteckning", "s_barn_lund", A["kristina"], "2024-04-22 14:00", [
        ("Aktuellt", "3-årig pojke inlagd sedan fyra dagar med dagliga febertoppar till 40, flyktigt utslag och hälta hö."),
        ("Status", "Laxfärgade makuler på bålen under febertopp, borta morgonen efter. Svullet hö knä med värmeökning. Hepatosplenomegali."),
        ("Lab", "CRP 160, LPK 24, Tpk 640, ferritin 2 100. Blodutstryk utan blaster."),
        ("Bedömning", "Kan inte utesluta systemisk JIA, men leukemi och neuroblastom måste uteslutas först. Benmärgsprov och MR buk i narkos i morgon."),
        ("Planering", "Ibuprofen. Ingen kortison före benmärgsprovet. Föräldrarna informerade om utredningsgången."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="child: 'Kan inte utesluta systemisk JIA' is a hedge on the diagnosis, visible")

case("d83-s-barn-jia-ev-remiss-ogon", "skane", "2013-04-18", "F", [
    M("n1", "Mottagningsanteckning", "s_barn_lund", A["jakob"], "2024-11-05 15:20", [
        ("Aktuellt", "11-årig flicka med polyartikulär RF-negativ JIA sedan 2021, står på metotrexat 15 mg/v sc och etanercept. Inga nya ledbesvär."),
        ("Status", "Inga aktiva artriter. Lätt extensionsdefekt hö armbåge, oförändrad."),
        ("Bedömning", "JIA i inaktiv fas på behandling. Vid nästa besök ev. remiss till ögonkliniken för tätare kontroller om ögonläkaren önskar, annars fortsatt årskontroll."),
        ("Planering", "Leverprover och blodstatus var tredje månad. Återbesök i maj."),
    ])],
    must_not=[("NL102", "n1")],
    why="the only hedge ('ev. remiss') is on a plan; JIA is confirmed")

case("d83-v-barn-pfapa-trolig", "vgr", "2019-08-30", "M", [
    M("n1", "Läkaranteckning", "v_barnreum", A["hampus"], "2024-05-15 11:40", [
        ("Anamnes", "5-årig pojke med febertoppar till 40 grader var fjärde vecka sedan ett år, varje gång med halsont, munsår och svullna körtlar på halsen. "
                    "Helt frisk mellan episoderna och växer normalt."),
        ("Status", "Idag afebril, inga munsår, små rörliga lymfkörtlar på halsen. Tonsiller normalstora."),
        ("Bedömning", "Trolig PFAPA. Feberdagboken fortsätter och en engångsdos betametason vid nästa episod får visa om diagnosen håller."),
        ("Planering", "Recept betametason. Återbesök om tre månader med feberdagbok."),
    ])],
    must=[("NL102", "n1")],
    why="child: 'Trolig PFAPA' (autoinflammatory fever syndrome) in visible Bedömning")

case("d83-s-pmo-misstankt-pmr-vardcentral", "skane", "1952-06-30", "F", [
    P("n1", "Läkarbesök", "s_vc_linero", A["leila"], "2024-01-30 10:15", [
        ("Anamnes", "72-årig kvinna med smärta och stelhet i skuldror och höfter sedan fyra veckor, svårt att kamma håret."),
        ("Status", "Smärtsam abduktion bilat, inga synoviter. Temporalisartärer ua."),
        ("Bedömning", "Misstänkt polymyalgia reumatika. SR 58, CRP 35."),
        ("Åtgärd", "Prednisolon 15 mg, telefontid om en vecka."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses: hedged PMR in a primary-care note is no NL102")

case("d83-s-pmo-typo-missankt-sjogren", "skane", "1963-03-19", "F", [
    P("n1", "Läkarbesök", "s_vc_horby", A["mikael"], "2024-02-22 08:40", [
        ("Aktuellt", "61-årig kvinna med torra ögon och muntorrhet sedan ett år, svårt att svälja torra kex."),
        ("Bedömning", "Missänkt Sjögrens syndrom. Anti-SSA/SSB och IgG tas, remiss reumatologen om positivt."),
    ])],
    must_not=[("NL102", "n1")],
    why="typo 'Missänkt' in a PMO note: PMO diagnoses are not visible, so no NL102")

case("d83-s-pmo-hemsjukvard-fragetecken-gca", "skane", "1936-09-02", "F", [
    P("n1", "Hemsjukvård omvårdnad", "s_hsjv_klippan", A["helena_ssk"], "2024-03-07 13:50", [
        ("Hembesök", "Hembesök hos 87-årig kvinna. Klagar över huvudvärk i tinningarna och ont i käken när hon äter sedan några dagar. Temp 37,4. "
                     "?GCA – kontakt med jourhavande läkare på vårdcentralen som ordinerar SR och CRP i morgon bitti och läkarbesök under dagen."),
    ])],
    must_not=[("NL102", "n1")],
    why="'?GCA' written by a district nurse in PMO home care: not visible as a diagnosis")

case("d83-s-pmo-hilusadenopati-sarkoidos-fragetecken", "skane", "1979-11-23", "M", [
    P("n1", "Journalanteckning", "s_vc_simrishamn", A["patrik"], "2024-03-26 16:30", [
        ("Provsvar", "Rtg pulm: bilateral hiluslymfadenopati, sarkoidos? Pat ej informerad om röntgensvaret ännu, nås inte på telefon. Remiss lungmottagningen skickad."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: hedged sarcoidosis (and an untold finding) — NL102 never fires in PMO, NL101 not asserted")

case("d83-s-pmo-raynaud-dd-sklerodermi", "skane", "1994-12-08", "F", [
    P("n1", "Läkarbesök", "s_vc_eslov", A["astrid"], "2024-04-11 11:05", [
        ("Anamnes", "29-årig kvinna med vita, sedan blåröda fingrar vid kyla sedan vintern. Inga sår, ingen svullnad, inga sväljbesvär."),
        ("Bedömning", "DD primär Raynaud, sklerodermi. Kapillaroskopi och ANA via reumatologen."),
    ])],
    must_not=[("NL102", "n1")],
    why="'DD ... sklerodermi' in a PMO note is not visible as a diagnosis")

case("d83-v-lupusnefrit-n1-ej-informerad-n2-besked", "vgr", "1993-07-01", "F", [
    M("n1", "Läkaranteckning", "v_njur_su", A["maja"], "2024-06-10 15:40", [
        ("Aktuellt", "Pat med SLE sedan 2019, proteinuri 2,3 g/dygn och aktivt sediment."),
        ("Utredning", "Njurbiopsi 5/6: diffus proliferativ glomerulonefrit med subendoteliala depåer och full-house-mönster på immunfluorescens."),
        ("Bedömning", "Lupusnefrit klass IV-G enligt ISN/RPS, aktivitetsindex 9 och kronicitetsindex 2. "
                      "Pat är ännu inte informerad om biopsisvaret, besked ges vid läkarbesöket på torsdag."),
    ]),
    M("n2", "Läkaranteckning", "v_njur_su", A["maja"], "2024-06-13 10:20", [
        ("Aktuellt", "Planerat besök för biopsisvar tillsammans med sambon."),
        ("Bedömning", "Pat informerad om biopsisvaret och diagnosen lupusnefrit klass IV, frågor besvarade. Hon tog beskedet lugnt."),
        ("Planering", "Induktionsbehandling med mykofenolat 3 g/dag och belimumab, Prednisolon 0,5 mg/kg med nedtrappning. Ny kontroll om fyra veckor."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    why="two notes: n1 shows lupus nephritis before telling (NL101), n2 records that the patient was told")

case("d83-s-igg4-tidhyp-sedan-bekraftad-och-informerad", "skane", "1960-04-26", "M", [
    M("n1", "Tidiga hypoteser", "s_reum_malmo", A["mats"], "2024-04-02 11:30", [
        ("Bedömning", "Misstänkt IgG4-relaterad sjukdom med orbitala pseudotumörer och retroperitoneal fibros. "
                      "Lymfom kan inte uteslutas före biopsi; pat ej informerad om lymfomfrågan."),
    ]),
    M("n2", "Läkaranteckning", "s_reum_malmo", A["mats"], "2024-04-23 14:10", [
        ("Utredning", "Biopsi från orbita: lymfoplasmacytärt infiltrat, storiform fibros, obliterativ flebit och 68 IgG4-positiva plasmaceller/HPF. Inget lymfom."),
        ("Bedömning", "IgG4-relaterad sjukdom med orbital- och retroperitonealt engagemang. Pat informerad om diagnosen och behandlingsplanen idag."),
        ("Planering", "Prednisolon 40 mg i fyra veckor med nedtrappning, därefter rituximab. DT buk om tre månader."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    why="Skåne Tidiga hypoteser template holds the hedge; later visible note has the confirmed, told diagnosis")

case("d83-s-tidhyp-sedan-misstanken-kopierad-till-daganteckning", "skane", "1950-02-05", "M", [
    M("n1", "Tidiga hypoteser", "s_reum_avd_lund", A["gustav"], "2024-05-02 16:00", [
        ("Bedömning", "Möjlig paramalign bakgrund till den nydebuterade leukocytoklastiska vaskuliten hos 74-årig storrökare; lungtumör kan inte uteslutas på DT. Pat ej informerad."),
    ], setting="slutenvård"),
    M("n2", "Daganteckning", "s_reum_avd_lund", A["gustav"], "2024-05-03 09:30", [
        ("Aktuellt", "Purpuran på benen bleknar, inga nya lesioner. Kreatinin stabilt 84."),
        ("Bedömning", "Trolig paramalign vaskulit. DT-ledd biopsi av förändringen i hö överlob bokad till måndag."),
    ], setting="slutenvård")],
    must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL101", "n2")],
    why="hypothesis correctly kept in Tidiga hypoteser (n1) but repeated with a hedge in an ordinary visible note (n2)")

case("d83-v-egpa-tidhyp-sokord-sedan-epikris-misstankt", "vgr", "1977-12-12", "F", [
    M("n1", "Daganteckning", "v_med_uddev", A["ali"], "2024-05-21 13:15", [
        ("Aktuellt", "46-årig kvinna med svårkontrollerad astma och näspolypos, inlagd pga domningar och droppfot vä."),
        ("Tidiga hypoteser", "Eosinofil granulomatos med polyangiit misstänks; astma, eosinofili 4,2 och mononeurit. Pat ej informerad om misstanken ännu."),
        ("Planering", "ANCA, neurografi, UKG och hjärt-MR."),
    ], setting="slutenvård"),
    M("n2", "Epikris", "v_med_uddev", A["ali"], "2024-05-27 11:00", [
        ("Epikris", "Inlagd 20/5–27/5 för utredning av droppfot vä och eosinofili. Neurografi visar multipel mononeuropati. MPO-ANCA negativ. UKG och hjärt-MR utan myokardengagemang. "
                    "Misstänkt eosinofil granulomatos med polyangiit, utredningen fortsätter på reumatologmottagningen. Prednisolon 40 mg startat med god effekt på eosinofilerna."),
    ], setting="slutenvård")],
    must=[("NL102", "n2")], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: hedge protected under sökord Tidiga hypoteser in n1, but the discharge summary n2 repeats it visibly")

case("d83-s-egpa-myokardit-n1-ej-fatt-veta-n2-besked-pa-ronden", "skane", "1971-08-19", "M", [
    M("n1", "Daganteckning", "s_reum_avd_lund", A["astrid"], "2024-09-09 15:15", [
        ("Utredning", "Hjärt-MR: myokardit med subendokardiellt LGE i laterala väggen. Troponin T 210. Eosinofiler 6,1."),
        ("Bedömning", "EGPA med hjärtengagemang, FFS 2. Pat har ännu inte fått veta om hjärtfyndet; besked ges på ronden i morgon när kardiolog är med."),
    ], setting="slutenvård"),
    M("n2", "Omvårdnadsanteckning", "s_reum_avd_lund", A["agneta_ssk"], "2024-09-10 12:40", [
        ("Omvårdnad", "Pat har under ronden fått beskedet om EGPA och att hjärtmuskeln är påverkad, av dr Nordin och kardiolog. "
                      "Ledsen men samlad. Hustrun på väg in. Telemetri fortsätter."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="n1 withholds cardiac EGPA involvement visibly (NL101); n2 nurse note documents that he was told")

case("d83-v-ssc-arbetsterapeut-bostadsanpassning-ej-meddelad", "vgr", "1958-03-03", "F", [
    M("n1", "Arbetsterapeutanteckning", "v_arbter_boras", A["malin_at"], "2024-09-16 10:50", [
        ("Aktuellt", "Pat med systemisk skleros och flexionskontrakturer i PIP-lederna bilat, har svårt med grepp om kranar och burkar."),
        ("Åtgärd", "Provat förstorade grepp, burköppnare och termoplastisk nattortos hö hand. "
                   "Pat är inte informerad om att ansökan om bostadsanpassning av badrummet avslagits, kommunens handläggare ringer henne i veckan."),
        ("Planering", "Uppföljning om sex veckor."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="occupational therapy note: the untold item is a housing-adaptation decision, not a diagnosis")

case("d83-v-lang-epikris-gca-bekraftad-icke-diagnostiska-hedgar", "vgr", "1946-05-16", "F", [
    M("n1", "Epikris", "v_med_skovde", A["ebba"], "2024-09-10 14:30", [
        ("Epikris", "78-årig kvinna, tidigare frisk bortsett från hypertoni och hypotyreos. Bror hade polymyalgia reumatika. "
                    "Inkom via akuten 2/9 pga två veckors tinningshuvudvärk hö, käkklaudikation och övergående dimsyn hö öga vid två tillfällen. SR 92, CRP 71, Tpk 488.\n"
                    "Ultraljud temporalis: halotecken bilat, icke-komprimerbara artärer. Temporalisbiopsi hö 3/9: granulomatös arterit med jätteceller. "
                    "PET-DT 4/9: ingen misstanke om aortit eller storkärlsengagemang.\n"
                    "Ögonkonsult 2/9: ingen AION, normala papiller bilat, visus 0,8/0,8.\n"
                    "Behandling: metylprednisolon 250 mg iv dag 1–3, därefter Prednisolon 60 mg. Huvudvärken försvann inom två dygn, CRP 9 vid utskrivning. "
                    "Möjligen lätt förbättrad visus hö vid kontroll dag 5, pat upplever inga synstörningar längre.\n"
                    "Diagnosen jättecellsarterit genomgången med pat och dottern, skriftlig information om kortisonbehandling och biverkningar medgiven.\n"
                    "Under vårdtiden hyperglykemi upp till 14 mmol/l, behandlad med NPH-insulin 10 E till frukost; HbA1c 41, ingen diabetes.\n"
                    "Benskörhetsprofylax med kalcium/D-vitamin och alendronat startad, DXA beställd."),
        ("Utskrivningsdiagnoser", "M31.6 Annan jättecellsarterit. R73.9 Hyperglykemi, steroidutlöst."),
        ("Planering", "Prednisolon 60 mg i ytterligare två veckor, därefter nedtrappning enligt bifogat schema. "
                      "Eventuellt kan nedtrappningen ske snabbare om tocilizumab startas, vilket tas ställning till vid återbesök på reumatologmottagningen om fyra veckor. "
                      "Blodsocker två gånger i veckan via distriktssköterska, insulinet trappas ut parallellt med kortisonet. Söka akut vid nya synbesvär."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="long discharge summary: GCA confirmed and told; hedges only on findings/plans, relative's disease, negations")

case("d83-s-lang-gpa-inskrivning-misstankt-alveolar-blodning", "skane", "1964-10-30", "M", [
    M("n1", "Inskrivningsanteckning", "s_med_hbg", A["gustav"], "2024-10-01 22:10", [
        ("Inskrivningsorsak", "Hemoptys och andnöd hos pat med känd GPA."),
        ("Anamnes", "60-årig man med PR3-ANCA-positiv GPA sedan 2020 med njur- och ÖNH-engagemang, i remission på azatioprin 100 mg efter rituximabinduktion. "
                    "Senaste rituximab gavs för 14 månader sedan. Sedan fem dagar tilltagande hosta, blodtingerade upphostningar sedan i går och andfåddhet vid minsta ansträngning. "
                    "Ingen feber. Nästäppa och krustor sedan två veckor. Ex-rökare sedan 15 år."),
        ("Aktuella läkemedel", "Azatioprin 100 mg x 1, Prednisolon 5 mg x 1, Bactrim forte 1 x 1 mån-ons-fre, Enalapril 10 mg x 1, Alendronat 70 mg 1 gång/vecka."),
        ("Status", "AT: påverkad av andnöd, talar i korta meningar. AF 28, sat 88 % på luft, 95 % på 3 l syrgas. BT 148/92, puls 104 regelbunden. Temp 37,3. "
                   "Pulm: krepitationer bilat basalt upp till skulderbladsvinkeln. Cor: takykard, inga blåsljud. Hud: inga purpura. Näsa: blodiga krustor bilat."),
        ("Lab", "Hb 98 (118 för tre veckor sedan), LPK 11,2, Tpk 402. CRP 86. Kreatinin 168 (tidigare 105). U-sticka: blod 3+, protein 2+. PR3-ANCA 210 U/ml. "
                "Blodgas: pO2 7,8 kPa, pCO2 4,4 kPa."),
        ("Rtg/DT", "DT thorax: bilaterala ground glass-förändringar centralt och perihilärt, inga embolier."),
        ("Bedömning", "GPA-recidiv med njurpåverkan. Hb-fall 20 g/l och nytillkomna bilaterala infiltrat, misstänkt alveolär blödning. "
                      "Lungemboli är utesluten på DT."),
        ("Åtgärd", "Metylprednisolon 500 mg iv i kväll. Rituximab och plasmaferes diskuteras med reumajour i morgon. "
                   "IVA-konsult informerad, övervakning på HIA-platsen. Urinsediment och U-albumin/kreatinin. Bronkoskopi med BAL om pat tolererar."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="long admission note with one hedged diagnosis ('misstänkt alveolär blödning') among confirmed findings")

case("d83-v-lang-sle-arsbesok-allt-faststallt", "vgr", "1981-01-13", "F", [
    M("n1", "Mottagningsanteckning", "v_reum_su", A["viveka"], "2024-10-21 13:00", [
        ("Aktuellt", "Årsbesök. 43-årig kvinna med SLE sedan 2009 (hud, leder, serosit 2011, hematologiskt engagemang) och sekundärt antifosfolipidsyndrom med lungemboli 2015. "
                     "Senaste året lugnt, inga skov. Lite mer trötthet efter sommaren, sover dåligt. Inga munsår, inga utslag, ingen bröstsmärta. Arbetar 75 % som förskollärare."),
        ("Läkemedel", "Hydroxiklorokin 200 mg x 1, Prednisolon 5 mg x 1, Waran enligt PK, Kalcium/D-vitamin, Alendronat 70 mg/vecka."),
        ("Status", "Gott AT. BT 124/78. Inga synoviter, 0/28 svullna leder. Huden utan lupusutslag, ingen alopeci. Cor: rr, inga gnidningsljud. Pulm: ua. Inga ödem."),
        ("Lab", "Hb 126, LPK 3,8, Tpk 188. SR 14, CRP 2. Kreatinin 66. U-albumin/kreatinin 2,1. C3 0,88, C4 0,15. Anti-dsDNA 24 IE/ml (oförändrat). PK 2,6."),
        ("Bedömning", "SLE med låg sjukdomsaktivitet, SLEDAI-2K 2 (serologi). Inga tecken på lupusnefrit. Antifosfolipidsyndrom välbehandlat utan nya tromboser. "
                      "Tröttheten bedöms som multifaktoriell med sömnstörning och hög arbetsbelastning."),
        ("Planering", "Fortsatt hydroxiklorokin, ögonbottenundersökning med OCT bokad i december. Ev. dosreduktion av Prednisolon till 2,5 mg diskuteras vid nästa besök om labb är stabilt. "
                      "Influensa- och covidvaccin rekommenderas. DXA om ett år. Kontakt med företagshälsovården om arbetsanpassning. Återbesök om sex månader, lab inför besöket."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="long annual SLE visit: all diagnoses settled, nephritis negated, the only hedge is on a dose plan")

case("d83-s-lang-neurosarkoidos-sannolik-ej-informerad", "skane", "1976-07-27", "F", [
    M("n1", "Läkaranteckning", "s_neuro_hbg", A["fanny"], "2024-11-12 15:50", [
        ("Anamnes", "48-årig kvinna med histologiskt verifierad lungsarkoidos sedan 2018, utan behandling sedan 2021. Sedan två månader huvudvärk, dubbelseende och "
                    "domning i hö ansiktshalva. Ökad törst och nattlig urinering sedan i somras. Inga kramper."),
        ("Status", "Vaken, orienterad. Pupiller lika, ljusreaktion normal. Abducenspares hö. Nedsatt sensibilitet för stick i trigeminus V2–V3 hö. Facialis ua. "
                   "Kraft och reflexer symmetriska, plantarreflexer nedåtgående. Romberg ua. Ingen nackstyvhet."),
        ("Utredning", "MR hjärna med kontrast: leptomeningeal kontrastuppladdning basalt, förtjockad hypofysstjälk och uppladdning längs hö n. trigeminus. "
                      "LP: 18 vita/µl (mononukleära), protein 0,96 g/l, glukoskvot 0,42, ACE i likvor förhöjt. Odlingar och cytologi negativa. "
                      "S-natrium 146, U-osmolalitet 210 mosm/kg."),
        ("Bedömning", "Sannolik neurosarkoidos med leptomeningit, kranialnervspåverkan och diabetes insipidus. "
                      "Pat är inte informerad om MR-fynden ännu, besked ges av undertecknad efter neuroradiologisk rond på tisdag."),
        ("Planering", "Endokrinkonsult angående desmopressin. Diskuteras med lungklinik och reumatolog om infliximab. Ny MR om tre månader efter behandlingsstart."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="long neurology note: 'Sannolik neurosarkoidos' visible and the patient not yet informed")

# ---------------------------------------------------------------- chunk 4: more hedges, hard negatives, withheld diagnoses
A.update({
    "nora": ("Nora Iversen", "läkare"),
    "leo": ("Leo Fransson", "läkare"),
    "jesper": ("Jesper Holm", "läkare"),
    "ronja": ("Ronja Håkansson", "läkare"),
})

case("d83-s-ev-egpa-eosinofil-astma", "skane", "1972-03-08", "M", [
    M("n1", "Mottagningsanteckning", "s_lung_lund", A["sofia"], "2024-01-23 14:15", [
        ("Aktuellt", "52-årig man med vuxendebuterad astma sedan 2019, tre kortisonkurer senaste året. Nu bihålebesvär, vandrande lunginfiltrat och stickningar i fötterna."),
        ("Lab", "B-eosinofiler 3,8 x 10⁹/l. IgE 890. MPO-ANCA negativ. Kreatinin 72, U-sticka ua."),
        ("Bedömning", "Svår eosinofil astma, ev. EGPA. Neurografi och reumatologkonsult innan biologisk behandling väljs."),
    ])],
    must=[("NL102", "n1")],
    why="'ev. EGPA' hedges a diagnosis (contrast with 'ev.' before a plan)")

case("d83-v-pan-fragetecken-i-diagnosfaltet", "vgr", "1963-07-19", "M", [
    M("n1", "Läkaranteckning", "v_med_aling", A["frida"], "2024-01-31 11:50", [
        ("Aktuellt", "61-årig man med viktnedgång 9 kg, testikelsmärta, livedo på benen och nytillkommen hypertoni 180/105. HBsAg negativt, anti-HBc positivt."),
        ("Utredning", "ANCA negativa. Kreatinin 132. DT-angiografi buk: multipla mikroaneurysm i njurartärernas grenar och a. mesenterica superior."),
        ("Diagnos", "Polyarteritis nodosa?"),
        ("Planering", "Diskuteras med reumatolog och kärlkirurg. Prednisolon 1 mg/kg."),
    ])],
    must=[("NL102", "n1")],
    why="trailing question mark on the diagnosis in the Diagnos section")

case("d83-s-inger-misstanke-om-recidiverande-polykondrit", "skane", "1977-02-28", "F", [
    M("n1", "Läkaranteckning", "s_onh_lund", A["nora"], "2024-02-14 10:25", [
        ("Anamnes", "47-årig kvinna med tredje episoden av smärtsam svullnad och rodnad av vänster ytteröra, örsnibben skonad. Heshet och ömhet över struphuvudet sedan en vecka."),
        ("Status", "Rodnat, svullet och ömt vä öra med fri lobulus. Lätt sadelnäsa. Ömhet över thyreoideabrosket. Laryngoskopi: lätt subglottiskt ödem."),
        ("Bedömning", "Det återkommande broskengagemanget inger misstanke om recidiverande polykondrit. Remiss reumatologen och DT hals/thorax för luftvägarna."),
        ("Åtgärd", "Prednisolon 30 mg i väntan på reumatologbedömning."),
    ])],
    must=[("NL102", "n1")],
    why="'inger misstanke om recidiverande polykondrit' in visible ENT Bedömning")

case("d83-v-kan-rora-sig-om-urtikariavaskulit", "vgr", "1985-09-03", "F", [
    M("n1", "Läkaranteckning", "v_hud_su", A["saga"], "2024-02-21 15:05", [
        ("Anamnes", "39-årig kvinna med nässelutslag som sitter kvar i 2–3 dygn och lämnar bruna fläckar, brännande snarare än kliande. Ledvärk och trötthet. Antihistamin utan effekt."),
        ("Status", "Urtikariella plack på bål och lår, enstaka med purpura i centrum. Kvarstående hyperpigmentering efter äldre lesioner."),
        ("Lab", "C3 0,51, C4 0,04, C1q låg, anti-C1q positiv. U-sticka ua."),
        ("Bedömning", "Kan röra sig om hypokomplementemisk urtikariavaskulit. Stansbiopsi tagen för histologi och immunfluorescens."),
        ("Planering", "Remiss reumatologen för screening av SLE-överlapp. Återbesök med PAD-svar."),
    ])],
    must=[("NL102", "n1")],
    why="'Kan röra sig om' hedging urticarial vasculitis, visible dermatology note")

case("d83-s-oklart-om-igg4-eller-lymfom", "skane", "1955-05-17", "M", [
    M("n1", "Läkaranteckning", "s_med_kri", A["camilla"], "2024-03-13 13:45", [
        ("Aktuellt", "69-årig man med bilateral förstoring av tårkörtlar och submandibulariskörtlar sedan ett år, nu även periaortal mjukdelsvävnad retroperitonealt på DT."),
        ("Lab", "S-IgG4 3,2 g/l. IgG 19. LD normalt. Eosinofiler 0,9."),
        ("Bedömning", "Oklart om det rör sig om IgG4-relaterad sjukdom eller lymfom. Biopsi från submandibularis behövs innan behandling."),
        ("Planering", "Remiss ÖNH för excision. Ingen kortison före biopsin."),
    ])],
    must=[("NL102", "n1")],
    why="'Oklart om det rör sig om' IgG4-RD or lymphoma: two hedged diagnoses, visible")

case("d83-v-misstankt-anti-gbm-sjukdom-akut", "vgr", "2000-04-29", "M", [
    M("n1", "Akutanteckning", "v_akut_ostra", A["jesper"], "2024-03-20 02:15", [
        ("Anamnes", "24-årig man, rökare, med blodig hosta sedan fyra dagar och mörk urin sedan i går. Tidigare frisk."),
        ("Status", "Blek, sat 91 %. Krepitationer bilat. BT 162/96. Inga ödem, inga hudutslag."),
        ("Lab", "Hb 102, kreatinin 420 utan tidigare jämförelse, K 5,6. U-sticka: blod 3+, protein 3+. Anti-GBM och ANCA skickade akut."),
        ("Bedömning", "Pulmorenalt syndrom. Misstänkt anti-GBM-sjukdom (Goodpastures syndrom) i första hand, ANCA-vaskulit i andra hand."),
        ("Åtgärd", "Kontakt med njurjouren: akut njurbiopsi och plasmaferes diskuteras. Metylprednisolon 1 g iv. Inläggning njurmedicin."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="night emergency note: 'Misstänkt anti-GBM-sjukdom', ANCA vasculitis as second differential")

case("d83-s-kan-vara-fmf", "skane", "1998-10-21", "M", [
    M("n1", "Läkaranteckning", "s_infekt_hbg", A["leo"], "2024-04-03 09:20", [
        ("Anamnes", "26-årig man med armenisk bakgrund, sedan barndomen återkommande attacker med feber och svår buksmärta i 2–3 dygn, ibland bröstsmärta. "
                    "Appendektomerad 2015, appendix var då normal."),
        ("Status", "Besvärsfri mellan attackerna, normalt status idag."),
        ("Lab", "CRP 4 idag, 210 under attacken förra veckan. SAA kraftigt förhöjt under attack. U-albumin normalt."),
        ("Bedömning", "Kan vara FMF (familjär medelhavsfeber). Genetisk analys av MEFV skickad och kolkicin provas."),
        ("Planering", "Kolkicin 0,5 mg x 2. Attackdagbok. Nytt besök i juli med dagboken."),
    ])],
    must=[("NL102", "n1")],
    why="'Kan vara FMF' is a hedged autoinflammatory diagnosis in a visible section")

case("d83-v-vexas-tankbar-forklaring", "vgr", "1952-01-04", "M", [
    M("n1", "Läkaranteckning", "v_med_kungalv", A["lars"], "2024-04-17 14:35", [
        ("Aktuellt", "72-årig man med återkommande feber, öronbroskinflammation, lunginfiltrat och makrocytär anemi sedan ett år. Kortisonberoende, recidiv under 20 mg Prednisolon."),
        ("Lab", "Hb 96, MCV 112, Tpk 98. CRP 120. Benmärg: vakuoler i myeloida och erytroida förstadier."),
        ("Bedömning", "VEXAS-syndrom är en tänkbar förklaring med tanke på vakuolerna i benmärgen, kondriten och makrocytosen. UBA1-sekvensering beställd via klinisk genetik."),
        ("Planering", "Kontakt med hematolog. Prednisolon 20 mg tills vidare."),
    ])],
    must=[("NL102", "n1")],
    why="'tänkbar förklaring' hedges VEXAS syndrome, visible")

case("d83-s-fragetecken-fore-schnitzlers-syndrom", "skane", "1960-06-25", "M", [
    M("n1", "Läkaranteckning", "s_hud_lund", A["rebecka"], "2024-04-24 11:10", [
        ("Aktuellt", "64-årig man med icke-kliande nässelutslag dagligen sedan två år, återkommande feber och skelettsmärta i låren."),
        ("Lab", "IgM-kappa M-komponent 6 g/l. CRP 78, LPK 13. Hudbiopsi: neutrofil urtikariell dermatos."),
        ("Bedömning", "?Schnitzlers syndrom. Hematologkonsult för M-komponenten; anakinra övervägs om diagnosen stärks."),
    ])],
    must=[("NL102", "n1")],
    why="leading question mark ('?Schnitzlers syndrom') in visible Bedömning")

case("d83-v-pseudogikt-trolig-septisk-artrit-ej-uteslutd", "vgr", "1943-02-16", "F", [
    M("n1", "Akutanteckning", "v_akut_ostra", A["jesper"], "2024-05-08 18:25", [
        ("Anamnes", "81-årig kvinna med akut svullet, varmt hö knä sedan i går. Opererad för höftfraktur för fem dagar sedan."),
        ("Status", "Temp 38,1. Hö knä kraftigt svullet med hydrops, värmeökat, smärtsam rörlighet."),
        ("Utredning", "Ledpunktion: grumlig ledvätska, LPK 38 000, kalciumpyrofosfatkristaller i polarisationsmikroskop. Odling pågår. Rtg knä: kondrokalcinos i meniskerna."),
        ("Bedömning", "Trolig pseudogiktartrit efter operationen, men septisk artrit kan inte uteslutas förrän odlingen är klar."),
        ("Åtgärd", "Kloxacillin 2 g x 3 iv i avvaktan på odling. Inläggning ortopeden, reumakonsult i morgon."),
    ])],
    must=[("NL102", "n1")],
    why="'Trolig pseudogiktartrit' and 'septisk artrit kan inte uteslutas' in visible Bedömning")

case("d83-s-hydralazinutlost-lupus-ej-informerad", "skane", "1954-03-30", "F", [
    M("n1", "Läkaranteckning", "s_med_trelle", A["jonas"], "2024-05-22 16:05", [
        ("Aktuellt", "70-årig kvinna som sedan 2022 behandlas med hydralazin för svårbehandlad hypertoni, nu artralgier, pleuritsmärta och feber."),
        ("Utredning", "ANA 1:640 homogent, anti-histonantikroppar starkt positiva, anti-dsDNA negativ, komplement normala. UKG: liten perikardvätska."),
        ("Bedömning", "Läkemedelsinducerad lupus orsakad av hydralazin. "
                      "Pat ej informerad om diagnosen ännu då hon satt hos tandläkaren när jag ringde; ny kontakt i morgon och hydralazin ska då sättas ut."),
    ])],
    must=[("NL101", "n1")],
    why="drug-induced lupus stated as settled in visible Bedömning; patient not yet informed")

case("d83-v-felty-bor-inte-informeras-forran-benmarg", "vgr", "1949-11-05", "M", [
    M("n1", "Läkaranteckning", "v_reum_nal", A["tomas"], "2024-11-04 10:45", [
        ("Aktuellt", "Pat med långvarig seropositiv nodulär RA, återkommande infektioner senaste halvåret."),
        ("Lab", "Neutrofiler 0,4, Hb 112, Tpk 160. Ultraljud buk: mjälte 16 cm. Flödescytometri: ingen klonal LGL-population."),
        ("Bedömning", "Feltys syndrom. Enligt överenskommelse med hematologen bör pat inte informeras om diagnosen förrän benmärgssvaret finns, för att undvika två olika besked."),
        ("Planering", "G-CSF vid infektion. Benmärgsprov 12/11."),
    ])],
    must=[("NL101", "n1")],
    why="'bör pat inte informeras om diagnosen förrän' with Felty's syndrome written in visible Bedömning")

case("d83-v-sannolik-sklerodermirenal-kris", "vgr", "1969-08-11", "F", [
    M("n1", "Inskrivningsanteckning", "v_med_boras", A["nils"], "2024-06-19 20:30", [
        ("Aktuellt", "Pat med diffus kutan systemisk skleros sedan åtta månader, Prednisolon 20 mg sedan ett par veckor. Akut huvudvärk och synstörning, BT 210/120."),
        ("Lab", "Kreatinin 188 (86 för en månad sedan). Tpk 96, fragmentocyter i utstryk, haptoglobin <0,1. U-sticka: protein 2+."),
        ("Bedömning", "Sannolik sklerodermirenal kris med kortisonet som bidragande faktor."),
        ("Åtgärd", "Kaptopril 6,25 mg med upptitrering var fjärde timme. Prednisolon trappas ned. Njurmedicinkonsult."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Sannolik sklerodermirenal kris' in a visible admission note")

case("d83-s-ev-lupusmyokardit", "skane", "1993-01-15", "F", [
    M("n1", "Läkaranteckning", "s_kard_lund", A["ronja"], "2024-06-26 13:05", [
        ("Aktuellt", "31-årig kvinna med SLE, remitterad pga bröstsmärta och hjärtklappning sedan två veckor. Troponin T 48, NT-proBNP 1 200."),
        ("Utredning", "UKG: EF 42 % med global hypokinesi. Koronarangiografi: normala kärl. Hjärt-MR bokad."),
        ("Bedömning", "Nedsatt vänsterkammarfunktion, ev. lupusmyokardit. Viral myokardit och hydroxiklorokininducerad kardiomyopati är differentialdiagnoser."),
    ])],
    must=[("NL102", "n1")],
    why="'ev. lupusmyokardit' plus named differential diagnoses, visible cardiology note")

case("d83-v-talar-for-eosinofil-fasciit", "vgr", "1969-05-27", "M", [
    M("n1", "Läkaranteckning", "v_reum_su", A["per"], "2024-07-03 09:55", [
        ("Anamnes", "55-årig man med snabbt tilltagande stramhet i underarmar och vader efter ett intensivt träningsprogram i våras. Händer och ansikte opåverkade, ingen Raynaud."),
        ("Status", "Apelsinskalshud och fåror längs venerna (groove sign) på underarmarna. Fingrarna mjuka."),
        ("Lab", "Eosinofiler 2,4. ANA negativ. CK normalt. MR underarm: förtjockad, kontrastladdande fascia."),
        ("Bedömning", "Bilden talar för eosinofil fasciit (Shulmans syndrom). Fullhudsbiopsi ned till fascian bokad för bekräftelse."),
    ])],
    must=[("NL102", "n1")],
    why="'talar för eosinofil fasciit' pending biopsy confirmation, visible")

case("d83-s-fysioterapeut-ra-ev-ortoser", "skane", "1961-09-12", "F", [
    M("n1", "Fysioterapeutanteckning", "s_fysio_kri", A["hanna_fys"], "2024-07-10 08:30", [
        ("Aktuellt", "Pat med reumatoid artrit sedan 2010, remitterad för fotbesvär och gångsvårigheter."),
        ("Status", "Hallux valgus bilat, nedsjunkna framfotsvalv, ömhet under MTP 2–4 bilat. Gånghastighet 0,9 m/s."),
        ("Åtgärd", "Instruerad i fot- och vadträning. Ev. ortoser via ortopedteknik om besvären kvarstår efter sex veckor; möjligen också avlastande skor."),
    ])],
    must_not=[("NL102", "n1")],
    why="physiotherapy note: hedges only on aids ('Ev. ortoser', 'möjligen ... skor'); RA confirmed")

case("d83-s-gpa-trolig-utskrivning-i-morgon", "skane", "1959-04-09", "M", [
    M("n1", "Daganteckning", "s_reum_avd_lund", A["gustav"], "2024-07-17 11:15", [
        ("Aktuellt", "Pat med GPA, dag 2 efter andra rituximabdosen. Mår bra, inga infusionsreaktioner. Kreatinin 112 och sjunkande."),
        ("Planering", "Trolig utskrivning i morgon om provsvaren är stabila. Ssk-uppföljning per telefon om en vecka."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'Trolig utskrivning' hedges a discharge plan, not a diagnosis; GPA known")

case("d83-v-ana-sannolikt-utan-klinisk-betydelse", "vgr", "1979-04-20", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["viveka"], "2024-07-24 14:20", [
        ("Aktuellt", "Remiss från vårdcentral pga ANA 1:160 hos 45-årig kvinna med trötthet. Inga ledsvullnader, inga utslag, ingen Raynaud, inga siccabesvär."),
        ("Lab", "ANA 1:160 fint prickigt mönster (DFS70). ENA-screen och anti-dsDNA negativa. Blodstatus, SR, CRP och komplement normala."),
        ("Bedömning", "ANA-fyndet är sannolikt utan klinisk betydelse, DFS70-mönster är vanligt hos friska. Ingen systemisk autoimmun sjukdom."),
        ("Planering", "Åter till vårdcentralen, ingen uppföljning här."),
    ])],
    must_not=[("NL102", "n1")],
    why="hedge is on the significance of a lab finding (positive ANA), not on a diagnosis; autoimmune disease negated")

case("d83-s-kalium-troligen-hemolyserat-prov", "skane", "1971-12-29", "M", [
    M("n1", "Provsvarsanteckning", "s_reum_malmo", A["erik"], "2024-07-31 15:40", [
        ("Provsvar", "Pat med psoriasisartrit på metotrexat. Rutinprover: Hb 134, LPK 6,1, ALAT 0,6, kreatinin 81. "
                     "Kalium 5,9, troligen hemolyserat prov då övriga värden är normala och provet stått över natten. Nytt kaliumprov tas på vårdcentralen i morgon."),
    ])],
    must_not=[("NL102", "n1")],
    why="'troligen hemolyserat prov' is a sample artefact, not a diagnosis")

case("d83-s-differentialdiagnoser-uteslutna-still-faststalld", "skane", "1987-08-06", "F", [
    M("n1", "Läkaranteckning", "s_med_hbg", A["henrik"], "2024-08-07 10:30", [
        ("Aktuellt", "Återbesök två veckor efter utskrivning. Feberfri sedan en vecka, utslaget borta."),
        ("Bedömning", "Stills sjukdom hos vuxen, diagnosen fastställd. Differentialdiagnoserna infektion, lymfom och läkemedelsreaktion har uteslutits med PET-DT, benmärg och odlingar. "
                      "Pat informerad och har fått skriftlig information."),
        ("Planering", "Anakinra 100 mg sc dagligen. Prednisolon trappas ned. Ferritin och CRP om två veckor."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="the word 'Differentialdiagnoserna' introduces excluded diagnoses; Still's disease confirmed and told")

case("d83-v-kriterier-ej-uppfyllda-men-misstanke-kvarstar", "vgr", "1988-03-01", "F", [
    M("n1", "Läkaranteckning", "v_reum_su", A["mei"], "2024-08-14 13:10", [
        ("Aktuellt", "36-årig kvinna med fotosensitivt utslag, artralgier och positiv ANA 1:320."),
        ("Lab", "Anti-dsDNA och anti-Sm negativa, komplement normala, blodstatus ua, U-sticka ua."),
        ("Bedömning", "Uppfyller inte EULAR/ACR-kriterierna för SLE, men klinisk misstanke om tidig SLE kvarstår med tanke på utslagens utseende. Hudbiopsi tagen."),
    ])],
    must=[("NL102", "n1")],
    why="hard positive: criteria not met is negated, yet 'klinisk misstanke om tidig SLE kvarstår'")

case("d83-s-anti-mda5-ild-ska-inte-informeras-forran-mdk", "skane", "1968-11-18", "F", [
    M("n1", "Läkaranteckning", "s_reum_lund", A["ingrid"], "2024-08-21 16:25", [
        ("Aktuellt", "Pat med klinisk amyopatisk dermatomyosit sedan mars, nytillkommen andfåddhet."),
        ("Utredning", "Anti-MDA5 starkt positiv. HRCT: progredierande konsolideringar basalt bilat jämfört med för sex veckor sedan. Ferritin 1 600."),
        ("Bedömning", "Anti-MDA5-positiv dermatomyosit med snabbt progredierande interstitiell lungsjukdom. "
                      "Pat ska inte informeras om lungdiagnosen förrän efter MDK i morgon då behandlingsbeslut tas."),
        ("Planering", "Inläggning för trippelbehandling med kortison, takrolimus och cyklofosfamid övervägs."),
    ])],
    must=[("NL101", "n1")],
    why="'ska inte informeras om lungdiagnosen förrän efter MDK' with the ILD diagnosis visible")

case("d83-v-gca-pat-ovetande-om-diagnosen", "vgr", "1944-06-13", "F", [
    M("n1", "Läkaranteckning", "v_med_lidk", A["bjorn"], "2024-08-28 11:35", [
        ("Aktuellt", "Svar på temporalisbiopsi: jättecellsarterit med transmural inflammation."),
        ("Bedömning", "Jättecellsarterit, histologiskt bekräftad. Pat är fortfarande ovetande om diagnosen, hon har inte svarat på två telefonförsök. Prednisolon fortsätter oförändrat 50 mg."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="'ovetande om diagnosen' — lay wording for not told, confirmed GCA visible")

case("d83-s-typo-ej-underattad-tubulointerstitiell-nefrit", "skane", "1974-02-09", "F", [
    M("n1", "Läkaranteckning", "s_njur_malmo", A["elif"], "2024-09-04 14:50", [
        ("Aktuellt", "Pat med Sjögrens syndrom och stigande kreatinin 140, hypokalemi 2,9 och distal renal tubulär acidos."),
        ("Utredning", "Njurbiopsi: tubulointerstitiell nefrit med lymfoplasmacytära infiltrat, glomeruli ua."),
        ("Bedömning", "Tubulointerstitiell nefrit som manifestation av Sjögrens syndrom. Pat är ej underättad om biopsisvaret, ringer henne efter njurronden på fredag."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="typo 'underättad' (underrättad): biopsy-proven nephritis visible while patient not informed")

case("d83-v-sjogren-besked-via-1177-och-telefon", "vgr", "1970-10-08", "F", [
    M("n1", "1177-ärende", "v_reum_su", A["hugo"], "2024-09-11 13:15", [
        ("Kontaktorsak", "Pat har via 1177 frågat efter svaret på läppbiopsin."),
        ("Bedömning", "Fokusscore 2,1, vilket tillsammans med positiv anti-SSA innebär att kriterierna för primärt Sjögrens syndrom är uppfyllda."),
        ("Åtgärd", "Besked om diagnosen lämnat i svar via 1177 i dag och därefter per telefon, då pat fick ställa frågor. Återbesök om tre månader som planerat."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="1177 e-service case: criteria met and diagnosis told via message and phone")

case("d83-v-typo-trolgi-kutan-sarkoidos", "vgr", "1965-07-02", "F", [
    M("n1", "Mottagningsanteckning", "v_lung_su", A["gunilla"], "2024-09-18 10:40", [
        ("Status", "Lupus pernio-liknande violetta infiltrat på näsan och kinderna."),
        ("Bedömning", "Trolgi kutan sarkoidos; hudbiopsi tagen. DT thorax visar inga förstorade lymfkörtlar."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'Trolgi' (trolig) hedging cutaneous sarcoidosis, visible")

case("d83-s-typo-eventuel-sjogrenassocierad-ganglionopati", "skane", "1966-12-03", "F", [
    M("n1", "Läkaranteckning", "s_reum_malmo", A["petra"], "2024-09-25 09:25", [
        ("Aktuellt", "Pat med primärt Sjögrens syndrom sedan 2016, nu brännande smärta och domningar i fötter och händer sedan i höstas, ostadig i mörker."),
        ("Status", "Nedsatt vibrations- och ledsinne distalt i alla extremiteter, arefleksi, positiv Romberg. Kraft normal."),
        ("Bedömning", "Eventuel Sjögrenassocierad sensorisk ganglionopati. Neurografi och remiss neurolog."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'Eventuel' (eventuell) hedging a neurological manifestation of Sjögren")

case("d83-s-susp-reaktiv-artrit-campylobacter", "skane", "1990-05-24", "M", [
    M("n1", "Läkaranteckning", "s_med_hass", A["fredrik"], "2024-10-02 15:30", [
        ("Anamnes", "34-årig man som fick blodig diarré efter en grillfest för tre veckor sedan, Campylobacter i feces. Nu svullet hö knä och vä fotled, sveda vid miktion och röda ögon."),
        ("Status", "Hydrops hö knä, synovit vä fotled. Daktylit dig 2 vä fot. Lätt konjunktivit bilat."),
        ("Bedömning", "Susp. reaktiv artrit efter Campylobacterinfektion. Ledvätska skickad för odling och kristaller, klamydia-PCR tagen."),
    ])],
    must=[("NL102", "n1")],
    why="abbreviation 'Susp.' hedging reactive arthritis, visible")

case("d83-v-talar-for-nekrotiserande-myopati-ej-informerad", "vgr", "1962-09-27", "M", [
    M("n1", "Läkaranteckning", "v_reum_su", A["viveka"], "2024-10-09 16:40", [
        ("Utredning", "Muskelbiopsi vä lår: rikligt med nekrotiska fibrer utan nämnvärd inflammation. Anti-SRP positiv. CK 7 800."),
        ("Bedömning", "Talar för immunmedierad nekrotiserande myopati. Pat ej informerad om biopsisvaret ännu, dr Alm tar det vid inläggningen på måndag."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="'Talar för' immune-mediated necrotising myopathy, visible and not yet told")

case("d83-s-dd-inklusionskroppsmyosit-eller-polymyosit", "skane", "1962-04-04", "F", [
    M("n1", "Läkaranteckning", "s_neuro_hbg", A["fanny"], "2024-10-16 11:05", [
        ("Aktuellt", "62-årig kvinna med asymmetrisk svaghet i quadriceps och fingerflexorer sedan två år. CK 890."),
        ("Utredning", "EMG: myopatiska förändringar med spontanaktivitet."),
        ("Bedömning", "DD inklusionskroppsmyosit och polymyosit; muskelbiopsi avgör."),
    ])],
    must=[("NL102", "n1")],
    why="'DD' listing two myositis diagnoses of the patient, visible")

case("d83-v-uveit-sannolikt-axial-spondylartrit", "vgr", "1996-11-15", "M", [
    M("n1", "Läkaranteckning", "v_ogon_molndal", A["omar"], "2024-10-23 08:50", [
        ("Anamnes", "Tredje episoden av rött, ljuskänsligt vä öga. Berättar om nattlig ländryggssmärta som blir bättre av rörelse. HLA-B27 positiv."),
        ("Status", "Visus vä 0,7. Cirkumkorneal injektion, celler 2+ i främre kammaren, inga synekier. Fundus ua."),
        ("Bedömning", "Akut främre uveit vä, sannolikt som del av en axial spondylartrit."),
        ("Åtgärd", "Dexametasondroppar och cyklopentolat. Remiss reumatologen."),
    ])],
    must=[("NL102", "n1")],
    why="confirmed uveitis, but 'sannolikt ... axial spondylartrit' hedges the underlying diagnosis")

case("d83-s-mojligt-hereditart-angioodem", "skane", "2001-06-08", "M", [
    M("n1", "Läkaranteckning", "s_immun_lund", A["amira"], "2024-10-30 13:35", [
        ("Anamnes", "23-årig man med återkommande svullnader i ansikte och händer utan klåda, ingen effekt av antihistamin. Pappa hade liknande besvär."),
        ("Lab", "C4 0,04. C1-inhibitorkoncentration 0,08 g/l."),
        ("Bedömning", "Möjligt hereditärt angioödem typ 1. Funktionell C1-INH och genetisk analys skickade."),
    ])],
    must=[("NL102", "n1")],
    why="'Möjligt hereditärt angioödem' in visible Bedömning")

case("d83-v-ssk-telefon-dr-tror-kan-rora-sig-om-lupus", "vgr", "1999-02-11", "F", [
    M("n1", "Telefonanteckning", "v_reum_su", A["therese_ssk"], "2024-11-06 09:15", [
        ("Telefonkontakt", "Pat ringer orolig efter besöket i går. Förklarat att dr Dahl tror att det kan röra sig om lupus men att vi väntar på fler prover innan något är säkert. "
                           "Pat lugnare efter samtalet, provtagning bokad på fredag."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="nurse's lay phrasing 'tror att det kan röra sig om lupus' is a hedge; the suspicion was explained to the patient")

case("d83-v-ssc-barrett-dysplasi-ej-informerad", "vgr", "1957-12-20", "F", [
    M("n1", "Läkaranteckning", "v_med_skovde", A["linnea"], "2024-11-13 15:25", [
        ("Aktuellt", "Pat med systemisk skleros och svår reflux trots PPI i dubbeldos."),
        ("Utredning", "Gastroskopi med biopsier: Barretts esofagus med höggradig dysplasi."),
        ("Bedömning", "Barretts esofagus med höggradig dysplasi. Pat ej informerad om PAD-svaret, besked ges vid telefontiden 21/11 då även remiss för endoskopisk behandling diskuteras."),
    ])],
    must=[("NL101", "n1")],
    why="high-grade dysplasia in Barrett's oesophagus stated in visible Bedömning before the patient is told")

case("d83-s-forenlig-med-njursarkoidos-inte-fatt-besked", "skane", "1967-05-10", "M", [
    M("n1", "Läkaranteckning", "s_lung_lund", A["nadia"], "2024-11-20 14:00", [
        ("Aktuellt", "Pat med lungsarkoidos, hyperkalcemi 2,9 och kreatinin 190."),
        ("Utredning", "Njurbiopsi: granulomatös interstitiell nefrit utan nekros."),
        ("Bedömning", "Bilden förenlig med njursarkoidos. Pat har inte fått besked om biopsin ännu."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="'förenlig med njursarkoidos' visible and the patient has not been told")

# ---------------------------------------------------------------- unsigned drafts (pre-signing)
DRAFTS = {
    ("d83-s-ssc-vedoss-kan-ej-uteslutas", "n1"),
    ("d83-v-gpa-fragestallning-septumperforation", "n1"),
    ("d83-s-typo-mpa-kan-ej-uteslutsa", "n1"),
    ("d83-v-npsle-trolig-mr-ej-informerad", "n1"),
    ("d83-s-pmo-raynaud-dd-sklerodermi", "n1"),
    ("d83-v-kan-rora-sig-om-urtikariavaskulit", "n1"),
    ("d83-s-anti-mda5-ild-ska-inte-informeras-forran-mdk", "n1"),
    ("d83-v-myosit-kan-uteslutas-ck-efter-traning", "n1"),
    ("d83-s-kalium-troligen-hemolyserat-prov", "n1"),
    ("d83-v-barn-pfapa-trolig", "n1"),
    ("d83-s-lang-neurosarkoidos-sannolik-ej-informerad", "n1"),
}


def _apply_drafts():
    hit = set()
    for c in CASES:
        for n in c["_notes"]:
            if (c["case"], n["id"]) in DRAFTS:
                n["signed"] = None
                hit.add((c["case"], n["id"]))
    missing = DRAFTS - hit
    if missing:
        print("PROBLEM: draft targets not found: %r" % sorted(missing), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    _apply_drafts()
    main()
