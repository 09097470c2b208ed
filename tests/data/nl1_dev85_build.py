#!/usr/bin/env python3
"""dev85: youth clinics (ungdomsmottagning) and sexual health, patients 16-25.

Independent hand-written cases for NL101 / NL102. Standard library only,
deterministic. Running it writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev85_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, Melior (sjukhus, psykiatri)
    "sk_kk_lund": ("Kvinnosjukvård, gynekologisk mottagning, Skånes universitetssjukhus Lund", "SE2321000255-4K17", "Melior", "skane"),
    "sk_gynakut_malmo": ("Gynakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4G32", "Melior", "skane"),
    "sk_ven_malmo": ("Hud- och STI-mottagningen (Venereologen), Skånes universitetssjukhus Malmö", "SE2321000255-5V08", "Melior", "skane"),
    "sk_inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6I44", "Melior", "skane"),
    "sk_bup_lund": ("BUP Ätstörningsenheten, Skånes universitetssjukhus Lund", "SE2321000255-7B21", "Melior", "skane"),
    "sk_bup_hbg": ("BUP-mottagningen Helsingborg", "SE2321000255-7B63", "Melior", "skane"),
    "sk_atst_vux": ("Ätstörningsenheten vuxen, Psykiatri Skåne, Malmö", "SE2321000255-8A15", "Melior", "skane"),
    "sk_konsdysf": ("Enheten för könsdysfori, Psykiatri Skåne, Malmö", "SE2321000255-8K02", "Melior", "skane"),
    "sk_psyk_lund": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", "SE2321000255-8P71", "Melior", "skane"),
    "sk_npu_lund": ("Neuropsykiatriska utredningsenheten vuxen, Psykiatri Skåne, Lund", "SE2321000255-8N38", "Melior", "skane"),
    "sk_kk_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-3K90", "Melior", "skane"),
    "sk_kk_krstd": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-2K56", "Melior", "skane"),
    "sk_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-1A27", "Melior", "skane"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5U61", "Melior", "skane"),
    "sk_endo_lund": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E19", "Melior", "skane"),
    "sk_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-3H48", "Melior", "skane"),
    "sk_barnmed_lund": ("Barn- och ungdomsmedicinsk mottagning, endokrin, Skånes universitetssjukhus Lund", "SE2321000255-7E05", "Melior", "skane"),
    # Region Skåne, PMO (primärvård, ungdomsmottagningar)
    "sk_um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-9U11", "PMO", "skane"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-9U24", "PMO", "skane"),
    "sk_um_hbg": ("Ungdomsmottagningen Helsingborg", "SE2321000255-9U37", "PMO", "skane"),
    "sk_um_krstd": ("Ungdomsmottagningen Kristianstad", "SE2321000255-9U42", "PMO", "skane"),
    "sk_um_landskr": ("Ungdomsmottagningen Landskrona", "SE2321000255-9U58", "PMO", "skane"),
    "sk_vc_trbg": ("Vårdcentralen Trelleborg Söder", "SE2321000255-9V73", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "vg_ven_sahlg": ("Venereologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011V2", "Melior", "vgr"),
    "vg_um_frolunda": ("Ungdomsmottagningen Frölunda", "SE2321000131-E000000014U7", "Melior", "vgr"),
    "vg_um_boras": ("Ungdomsmottagningen Borås", "SE2321000131-E000000015U3", "Melior", "vgr"),
    "vg_um_thn": ("Ungdomsmottagningen Trollhättan", "SE2321000131-E000000016U9", "Melior", "vgr"),
    "vg_um_skovde": ("Ungdomsmottagningen Skövde", "SE2321000131-E000000017U1", "Melior", "vgr"),
    "vg_kk_ostra": ("Kvinnokliniken, gynekologisk mottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000021K4", "Melior", "vgr"),
    "vg_abort_ostra": ("Abortmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000022K8", "Melior", "vgr"),
    "vg_gynakut_nal": ("Gynakuten, NU-sjukvården, NÄL Trollhättan", "SE2321000131-E000000031G2", "Melior", "vgr"),
    "vg_kk_sas": ("Kvinnosjukvården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000041K6", "Melior", "vgr"),
    "vg_kk_skas": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000051K0", "Melior", "vgr"),
    "vg_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000061I3", "Melior", "vgr"),
    "vg_atst": ("Ätstörningsmottagningen, Vuxenpsykiatri, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000071P5", "Melior", "vgr"),
    "vg_konsid": ("Könsidentitetsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000072P9", "Melior", "vgr"),
    "vg_psyk_udd": ("Vuxenpsykiatrisk mottagning Uddevalla, NU-sjukvården", "SE2321000131-E000000081P2", "Melior", "vgr"),
    "vg_psykakut_ostra": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000073P4", "Melior", "vgr"),
    "vg_hud_sahlg": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012H6", "Melior", "vgr"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000042A1", "Melior", "vgr"),
    "vg_endo_sahlg": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013E8", "Melior", "vgr"),
    "vg_vc_angered": ("Vårdcentralen Angered", "SE2321000131-E000000091V7", "Melior", "vgr"),
}

DEFAULT_TEMPLATE = {
    ("Melior", "läkare"): "Läkaranteckning",
    ("Melior", "barnmorska"): "Barnmorskeanteckning",
    ("Melior", "sjuksköterska"): "Sjuksköterskeanteckning",
    ("Melior", "kurator"): "Kuratorsanteckning",
    ("Melior", "psykolog"): "Psykologanteckning",
    ("Melior", "dietist"): "Dietistanteckning",
    ("PMO", "läkare"): "Läkarbesök",
    ("PMO", "barnmorska"): "Barnmorskebesök",
    ("PMO", "sjuksköterska"): "Sjuksköterskebesök",
    ("PMO", "kurator"): "Kuratorskontakt",
    ("PMO", "psykolog"): "Psykologkontakt",
}

CASES = []


def _iso(t):
    # "2024-03-14 22:40" -> "2024-03-14T22:40:00"
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, author, time, sections, template=None, signed="auto",
      setting="öppenvård", sign_after=40):
    """One note. author = (name, role); sections = [(keyword, text), ...]."""
    uname, hsa, system, region = UNITS[unit]
    name, role = author
    if template is None:
        template = DEFAULT_TEMPLATE[(system, role)]
    t = _iso(time)
    if signed == "auto":
        s = (_dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S")
             + _dt.timedelta(minutes=sign_after)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = _iso(signed)
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": name, "role": role},
        "time": t, "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_region": region,
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def _pnr(born, sex, name):
    y, m, d = born.split("-")
    seed = sum((i + 1) * ord(c) for i, c in enumerate(name))
    serial = 100 + seed % 880
    third = serial % 10
    if sex == "M" and third % 2 == 0:
        serial += 1
    if sex == "F" and third % 2 == 1:
        serial += 1
    serial = str(serial)[-3:]
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, _luhn_digit(nine))


def _targets(spec, default="n1"):
    out = []
    for item in spec.split():
        if "@" in item:
            code, nid = item.split("@")
        else:
            code, nid = item, default
        out.append([code, nid])
    return out


def C(name, ruleset, born, sex, notes, must="", must_not="", why="", as_of=None):
    """One case. must / must_not: 'NL102 NL101@n2' (default target n1)."""
    if as_of is None:
        last = max(_dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        nxt = last.date() + _dt.timedelta(days=3)
        if nxt.year > 2024:
            nxt = _dt.date(2024, 12, 31)
        as_of = nxt.strftime("%Y-%m-%dT00:00:00")
    else:
        as_of = as_of + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "_sex": sex,
        "record": {
            "patient": {"id": _pnr(born, sex, name), "birth_date": born,
                        "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must), "must_not": _targets(must_not), "why": why,
    })


# ------------------------------------------------------------ validation
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]


def _age(born, when):
    b = _dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        nm = c["case"]
        if nm in names:
            problems.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d85-"):
            problems.append("%s: name must start with d85-" % nm)
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: case keys %s" % (nm, list(c.keys())))
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            problems.append("%s: empty why" % nm)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % nm)
        pat = rec["patient"]
        pid, born = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append("%s: bad personnummer format" % nm)
        else:
            if m.group(1) != born.replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % nm)
            digits = m.group(1)[2:] + m.group(2)
            if _luhn_digit(digits[:9]) != int(digits[9]):
                problems.append("%s: Luhn check fails" % nm)
        asof = _dt.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        if asof.year != 2024:
            problems.append("%s: as_of not in 2024" % nm)
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (nm, list(n.keys())))
            if n["id"] in ids:
                problems.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: unknown system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note that is not Melior" % nm)
            for fld in ("time", "signed"):
                if n[fld] is None:
                    continue
                t = _dt.datetime.strptime(n[fld], "%Y-%m-%dT%H:%M:%S")
                if t.year != 2024:
                    problems.append("%s: %s not in 2024" % (nm, fld))
                if t > asof:
                    problems.append("%s: %s after as_of" % (nm, fld))
            t = _dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S")
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % nm)
            age = _age(born, t.date())
            if 13 <= age <= 15 or age < 16 or age > 25:
                problems.append("%s: patient age %d at note %s" % (nm, age, n["id"]))
            if not n["sections"]:
                problems.append("%s: note without sections" % nm)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["keyword"] or not s["text"].strip():
                    problems.append("%s: bad section" % nm)
                for sent in _SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (nm, n["id"], s["keyword"]):
                            problems.append("%s: sentence reused (first in %s): %r"
                                            % (nm, seen_sentences[sent][0], sent))
                        else:
                            seen_sentences.setdefault(sent, (nm, n["id"], s["keyword"]))
        age_asof = _age(born, asof.date())
        if 13 <= age_asof <= 15 or age_asof < 16:
            problems.append("%s: patient age %d at as_of" % (nm, age_asof))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, nid in c[lst]:
                if nid not in ids:
                    problems.append("%s: target %s missing" % (nm, nid))
                    continue
                if code not in ("NL101", "NL102"):
                    problems.append("%s: unexpected code %s" % (nm, code))
                if (code, nid) in pairs:
                    problems.append("%s: %s on %s asserted twice" % (nm, code, nid))
                pairs.add((code, nid))
                if code == "NL101" and systems[nid] == "PMO":
                    problems.append("%s: NL101 asserted on a PMO note" % nm)
                if code == "NL102" and lst == "must" and systems[nid] != "Melior":
                    problems.append("%s: NL102 must on a non-Melior note" % nm)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % nm)
    return problems


def main():
    cases = []
    for c in CASES:
        c = dict(c)
        c.pop("_sex", None)
        rec = dict(c["record"])
        rec["notes"] = [{k: v for k, v in n.items() if k != "_region"} for n in rec["notes"]]
        c["record"] = rec
        cases.append(c)
    problems = []
    for c in CASES:
        for n in c["record"]["notes"]:
            if n["_region"] != c["ruleset"]:
                problems.append("%s: unit region %s in %s case" % (c["case"], n["_region"], c["ruleset"]))
    problems += validate(cases)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(cases), OUT))
    for key in sorted(counts):
        print("  %s %-8s %d" % (key[0], key[1], counts[key]))


# ================================================================= cases
# ---------------------------------------------------------- chunk 1
# NL102 positives: hedged diagnoses of the patient in visible Melior sections.

C("d85-vgr-ven-misstankt-gonorre-uretrit", "vgr", "2005-02-11", "M", [
    N("n1", "vg_ven_sahlg", ("Johan Ekström", "läkare"), "2024-02-06 10:15", [
        ("Anamnes", "Sedan 3 dgr sveda vid miktion och gulaktig flytning från uretra. "
                    "Oskyddat vaginalt samlag med tillfällig partner för ca 1 v sedan. Ingen feber."),
        ("Status", "Rikligt purulent sekret från meatus. Inga sår. Ljumskar ua. Testiklar palperas ua bilat."),
        ("Bedömning", "Misstänkt gonorré, ev. samtidig klamydia. Direktmikroskopi visar gramnegativa diplokocker intracellulärt."),
        ("Åtgärd", "Odling från uretra och NAAT från urin tagna. Ceftriaxon 1 g im givet på mottagningen."),
    ])],
  must="NL102", why="hedged gonorrhoea ('Misstänkt gonorré') in the visible Bedömning of a Melior venereology note")

C("d85-sk-gynakut-trolig-salpingit", "skane", "2001-09-03", "F", [
    N("n1", "sk_gynakut_malmo", ("Amira Haddad", "läkare"), "2024-03-14 22:40", [
        ("Kontaktorsak", "Buksmärta och flytning, kommer själv efter kontakt med 1177."),
        ("Anamnes", "Tidigare frisk. Inga mediciner förutom Alvedon senaste dagarna. NKMA. "
                    "Kopparspiral insatt för 3 v sedan på ungdomsmottagningen, klamydiaprov togs inte i samband med insättningen. "
                    "Ny partner sedan ca två månader, kondom används ibland. Menstruation för två veckor sedan, normal."),
        ("Aktuellt", "Tilltagande nedre buksmärta bilat sedan 4 dygn, värst vid gång och i samband med samlag. "
                     "Illaluktande gulaktig flytning sedan lika länge. Frossa i går kväll. Inga miktionsbesvär, normal avföring, "
                     "inget illamående."),
        ("Status", "AT: opåverkad men rör sig försiktigt. Temp 38,2, puls 96, BT 118/72. Buk: mjuk, palpöm bilat nedom naveln, "
                   "ingen defence, ingen släppömhet. Spekulum: mukopurulent sekret från cervix, lättblödande portio, spiraltrådar synliga. "
                   "Bimanuell palp: portioömhet +, ömmar bilat i adnexa, ingen säker resistens. "
                   "VUL: spiralen i korrekt läge, inga fria vätskor, ovarier ua bilat, ingen tuboovarialabscess."),
        ("Lab", "CRP 67, LPK 12,4. Hb 131. U-hCG neg. U-sticka ua."),
        ("Bedömning", "Trolig salpingit (PID) i anslutning till nyligen insatt spiral. Opåverkad, ingen abscess, "
                      "kan behandlas polikliniskt. Klamydia- och gonorréprov tagna från cervix."),
        ("Åtgärd", "Ceftriaxon 1 g im på akuten, därefter doxycyklin 100 mg x 2 och metronidazol 400 mg x 2 i 14 dagar. "
                   "Spiralen får sitta kvar så länge förbättring ses inom 72 timmar. Sjukskriven tre dagar."),
        ("Planering", "Återbesök gynmottagningen om 3 dgr för klinisk kontroll. Partnern bör provtas och avstå samlag tills båda är färdigbehandlade; "
                      "smittspårning sköts av UM om klamydia- eller gonorréprovet blir positivt. Söker akut vid försämring."),
    ])],
  must="NL102", why="long emergency gynae chart: 'Trolig salpingit (PID)' stands in a visible Bedömning at a Skåne hospital (Melior)")

C("d85-vgr-nal-sannolik-x-informerad", "vgr", "1999-12-19", "F", [
    N("n1", "vg_gynakut_nal", ("Henrik Sjöberg", "läkare"), "2024-05-02 16:05", [
        ("Aktuellt", "Positivt gravtest hemma för 1 v sedan, SM ca 6+3. Nu ensidig smärta höger fossa och lätt brunaktig blödning."),
        ("Status", "Opåverkad. Öm i höger fossa, ingen defence. TVUL: tom uterus, endometrium 9 mm, "
                   "2 cm oklar resistens i höger adnex, ringa fri vätska i fossa Douglasi."),
        ("Lab", "S-hCG 2 350."),
        ("Bedömning", "Sannolik X (extrauterin graviditet) hö sida. Cirkulatoriskt stabil."),
        ("Planering", "Läggs in för ny hCG om 48 h, ställningstagande till metotrexat vs laparoskopi. "
                      "Pat informerad om bedömningen och planen, har frågat om framtida fertilitet."),
    ], setting="slutenvård")],
  must="NL102", must_not="NL101",
  why="probable ectopic pregnancy is hedged in a visible section (NL102) although the patient was told (no NL101)")

C("d85-sk-kk-pcos-fragetecken", "skane", "2004-07-28", "F", [
    N("n1", "sk_kk_lund", ("Karin Bergqvist", "läkare"), "2024-01-23 09:30", [
        ("Anamnes", "Remiss från UM Lund pga oregelbundna mens sedan menarche vid 12 års ålder, intervall 45–90 dagar. "
                    "Besväras av akne och ökad behåring på haka och mage. BMI 29."),
        ("Status", "Ferriman-Gallwey 14. Acne vulgaris på kinder och rygg. "
                   "Abdominellt UL: multipla små folliklar bilat, ovarialvolym hö 12 ml."),
        ("Bedömning", "PCOS? Differentialdiagnostiskt bör icke-klassisk CAH och hypotyreos uteslutas."),
        ("Planering", "17-OH-progesteron, TSH, prolaktin, testosteron, SHBG och OGTT. Återbesök om 6 v."),
    ])],
  must="NL102", why="a bare question mark after the diagnosis ('PCOS?') is a hedge in a visible Melior Bedömning")

C("d85-vgr-um-dd-bakteriell-vaginos", "vgr", "2006-11-02", "F", [
    N("n1", "vg_um_frolunda", ("Linnea Holm", "barnmorska"), "2024-02-20 15:10", [
        ("Kontaktorsak", "Flytningsbesvär sedan ca två veckor."),
        ("Anamnes", "Tunn gråvit flytning med fiskliknande lukt, mest efter mens. Ingen klåda. "
                    "En fast partner sedan i höstas, använder p-ring."),
        ("Status", "Homogen gråaktig flytning. pH 5,0. Sniff-test pos."),
        ("Bedömning", "DD bakteriell vaginos, candida mindre troligt."),
        ("Åtgärd", "Klamydiaprov (självtest) taget. Metronidazol vaginalgel i 5 dagar."),
    ])],
  must="NL102", why="'DD bakteriell vaginos' written by a midwife at a VGR youth clinic is a visible hedged diagnosis")

C("d85-sk-bup-trolig-anorexi", "skane", "2007-10-15", "F", [
    N("n1", "sk_bup_lund", ("Mats Lindholm", "läkare"), "2024-04-09 13:00", [
        ("Remissorsak", "Remiss från skolsköterska efter viktnedgång från 58 till 47 kg på sex månader."),
        ("Anamnes", "Går första året på naturvetenskapsprogrammet, höga krav på sig själv. Räknar kalorier sedan i höstas, "
                    "har slutat äta lunch i skolan och tränar två pass om dagen. Amenorré sedan januari. "
                    "Fryser mycket, har svårt att koncentrera sig. Föräldrarna mycket oroliga, har märkt att hon gömmer mat. "
                    "Inga kräkningar eller laxermedel enligt pat. Inga tidigare kontakter med psykiatrin. Ingen hereditet för ätstörning."),
        ("Status", "Längd 166 cm, vikt 46,8 kg, BMI 17,0. Puls 48 regelbunden, BT 95/60, ortostatisk pulsökning 35 slag. "
                   "Temp 35,9. Lanugo på armarna, kalla akrala delar, torr hud. Hjärta: regelbunden rytm, inga blåsljud. "
                   "Psykiskt: vaken, orienterad, låg affekt, förnekar sjukdomskänsla, inga suicidtankar."),
        ("Bedömning", "Trolig anorexia nervosa, restriktiv typ. Somatiskt stabil för öppenvård men bradykardin bevakas."),
        ("Planering", "Lab inkl. fosfat, Mg, elstatus, leverstatus och TSH. EKG idag. Start familjebaserad behandling med två "
                      "terapeuter. Viktkontroll en gång i veckan hos ssk. Vid puls under 40 eller synkope tas kontakt med barnmedicin för inläggning. "
                      "Pat och föräldrar fick information om bedömningen tillsammans."),
    ])],
  must="NL102", why="long BUP chart: the 16-year-old reads 'Trolig anorexia nervosa' in a visible Bedömning (Melior)")

C("d85-vgr-atst-forenlig-bulemia-typo", "vgr", "2003-06-21", "F", [
    N("n1", "vg_atst", ("Sofia Nyman", "läkare"), "2024-03-05 11:00", [
        ("Aktuellt", "Bedömningssamtal efter egenremiss. Beskriver hetsätningsepisoder 4–5 ggr/v sedan två år, "
                     "följt av självframkallade kräkningar. Skäms mycket, har inte berättat för någon i familjen."),
        ("Psykiskt status", "Vaken, adekvat, god kontakt. Nedstämd men inte suicidal. Ingen psykotisk symtomatologi."),
        ("Bedömning", "Bilden är förenlig med bulemia nervosa. Strukturerad intervju (EDE) planeras innan diagnos sätts."),
        ("Åtgärd", "Blodprover inkl. kalium. Tandvårdsremiss diskuterad."),
    ])],
  must="NL102", why="'förenlig med' hedges a misspelt diagnosis (typo 'bulemia') in a visible VGR Bedömning")

C("d85-sk-inf-akut-hiv-kan-ej-uteslutas", "skane", "2000-08-30", "M", [
    N("n1", "sk_inf_malmo", ("Erik Paulsson", "läkare"), "2024-06-18 14:20", [
        ("Anamnes", "Remitterad från Venereologen. Feber, halsont och utslag på bålen sedan 5 dgr. "
                    "Oskyddat analt samlag med ny partner för 3 v sedan. Senaste HIV-test neg i januari."),
        ("Status", "Temp 38,6. Makulopapulöst exantem på bålen. Förstorade lymfkörtlar på halsen bilat. "
                   "Tonsiller rodnade utan beläggningar."),
        ("Bedömning", "Akut HIV-infektion kan ej uteslutas, DD EBV, sekundär syfilis."),
        ("Planering", "HIV Ag/Ak combo, HIV-RNA, syfilisserologi och EBV-serologi. Svar inom 2 dygn, pat ringer själv."),
    ])],
  must="NL102", why="'kan ej uteslutas' keeps acute HIV open for the patient in a visible Melior Bedömning")

C("d85-sk-hud-kondylom-diff-molluscum", "skane", "2002-03-05", "M", [
    N("n1", "sk_hud_hbg", ("Anders Wikström", "läkare"), "2024-09-10 08:45", [
        ("Status", "Ett tiotal 1–3 mm hudfärgade papler på penisskaftet och i pubisregionen, några med central navel."),
        ("Bedömning", "Kondylom? Diff molluscum contagiosum, utseendet talar snarare för det senare."),
        ("Åtgärd", "Exkochleation av två papler för PAD. Informerad om att svaret kommer brevledes inom 3 v."),
    ])],
  must="NL102", why="short dermatology note: 'Kondylom? Diff molluscum' is a visible differential of the patient")

C("d85-vgr-um-misstankt-herpes-primar", "vgr", "2005-10-10", "F", [
    N("n1", "vg_um_boras", ("Maria Åberg", "barnmorska"), "2024-04-25 10:30", [
        ("Aktuellt", "Ringde igår pga ömma sår i underlivet, fick akuttid idag. Svårt att kissa pga sveda."),
        ("Status", "Flera ytliga ulcerationer på labia minora bilat, mycket ömma. Lokal lymfadenit i ljumskarna."),
        ("Bedömning", "Misstänkt herpes genitalis, primärinfektion."),
        ("Åtgärd", "PCR från sår taget. Rp valaciklovir 500 mg x 2 i 10 dgr. Lidokaingel vid miktion."),
    ])],
  must="NL102", why="suspected genital herpes in a visible Bedömning of a VGR youth clinic (Melior)")

C("d85-sk-uro-trol-epididymit", "skane", "2003-12-01", "M", [
    N("n1", "sk_uro_malmo", ("Niklas Fransson", "läkare"), "2024-02-27 17:50", [
        ("Aktuellt", "Smärta och svullnad vä testikel sedan två dygn, successiv debut. Lätt sveda vid miktion. Ny sexpartner i januari."),
        ("Status", "Vä bitestikel förstorad och öm, Prehns tecken pos. Doppler-UL: ökat flöde i epididymis, normalt flöde i testikeln."),
        ("Bedömning", "Trol. epididymit, sannolikt klamydiagenes med tanke på ålder och sexualanamnes. Torsion bedöms osannolik."),
        ("Åtgärd", "Klamydia/gonorré-NAAT från förstaportionsurin. Rp doxycyklin 100 mg x 2 i 10 dagar, NSAID, suspensoar."),
    ])],
  must="NL102", why="abbreviated hedge 'Trol. epididymit' plus 'sannolikt klamydiagenes' in a visible urology Bedömning")

C("d85-vgr-konsid-talar-for-konsdysfori", "vgr", "2003-11-25", "F", [
    N("n1", "vg_konsid", ("Elin Carlsson", "psykolog"), "2024-10-01 13:00", [
        ("Aktuellt", "Fjärde bedömningssamtalet. Pat, som tilldelades kvinnligt kön vid födseln och använder han/hans, "
                     "beskriver ett ihållande obehag inför kroppens pubertetsförändringar sedan 11–12 års ålder."),
        ("Bedömning", "Anamnesen hittills talar för könsdysfori, men diagnos kan inte sättas innan psykiatrisk bedömning och teamkonferens är klara."),
        ("Planering", "Nästa samtal om 3 v tillsammans med syster enligt pat:s önskemål. Remiss till teamets psykiater skickad."),
    ])],
  must="NL102", why="gender dysphoria assessment: 'talar för könsdysfori' before the diagnosis is set, in a visible section")

C("d85-sk-psyk-mojlig-eips-sjalvskada", "skane", "2005-05-17", "F", [
    N("n1", "sk_psyk_lund", ("Jonas Håkansson", "läkare"), "2024-07-04 11:40", [
        ("Anamnes", "Kommer via akuten efter att ha skurit sig på vä underarm, har gjort så i perioder sedan 14 års ålder. "
                    "Beskriver relationsproblem, impulsivitet och tomhetskänslor."),
        ("Status", "Ytliga skärsår vä underarm, omlagda på akuten. Psykiskt: orienterad, gråtmild, ingen psykos. "
                   "Förnekar aktuella suicidtankar."),
        ("Bedömning", "Självskadebeteende som affektreglering. Möjlig emotionellt instabil personlighetsstörning, "
                      "men pat är ung och bedömningen bör göras efter längre observationstid."),
        ("Planering", "Erbjuds DBT-grupp med start i augusti. Strukturerad suicidriskbedömning genomförd."),
    ])],
  must="NL102", why="self-harm visit: 'Möjlig emotionellt instabil personlighetsstörning' is a hedged psychiatric diagnosis in a visible note")

C("d85-vgr-um-inger-misstanke-mykoplasma", "vgr", "2001-08-14", "M", [
    N("n1", "vg_um_thn", ("Oskar Lundgren", "läkare"), "2024-03-19 14:00", [
        ("Aktuellt", "Återbesök. Kvarstående sveda i uretra trots tio dagars doxycyklinkur. "
                     "Klamydia- och gonorréprov var negativa vid förra besöket."),
        ("Status", "Sparsamt klart sekret från meatus. I övrigt ua."),
        ("Bedömning", "Persisterande uretrit efter doxycyklin inger misstanke om Mycoplasma genitalium."),
        ("Åtgärd", "MG-PCR med makrolidresistensbestämning skickad. Avvaktar behandling tills svar."),
    ])],
  must="NL102", why="'inger misstanke om Mycoplasma genitalium' is a hedged STI diagnosis in a visible section")

C("d85-sk-akut-missankt-ovarialtorsion-typo", "skane", "2007-01-20", "F", [
    N("n1", "sk_akut_ystad", ("Fredrik Mattsson", "läkare"), "2024-08-11 03:15", [
        ("Aktuellt", "Plötslig debut av svår smärta i höger fossa kl 01 i natt med upprepade kräkningar."),
        ("Status", "Blek och kallsvettig. Mycket öm hö fossa med defence. Afebril. BT 110/70, puls 104."),
        ("Bedömning", "Missänkt ovarialtorsion hö, DD appendicit."),
        ("Åtgärd", "Gynjouren i Malmö kontaktad, pat överflyttas akut för TVUL och ställningstagande till laparoskopi."),
    ])],
  must="NL102", why="typo in the hedge ('Missänkt ovarialtorsion') in a visible Bedömning of a 17-year-old's emergency note")

C("d85-sk-ven-kan-rora-sig-om-primar-syfilis", "skane", "1999-04-13", "M", [
    N("n1", "sk_ven_malmo", ("Peter Jansson", "läkare"), "2024-05-21 09:20", [
        ("Anamnes", "Oömt sår i sulcus coronarius sedan ca 10 dgr. MSM, flera partners senaste 3 mån, "
                    "tar PrEP men använder inte kondom."),
        ("Status", "Ca 8 mm rundat ulcus med indurerad kant, oömt. Oömma förstorade ljumskkörtlar vä."),
        ("Bedömning", "Kan röra sig om primär syfilis. Mörkfältsmikroskopi ej tillgänglig idag."),
        ("Åtgärd", "Syfilisserologi samt PCR från ulcus. Pat vill avvakta behandling till svar om två dagar."),
    ])],
  must="NL102", why="'Kan röra sig om primär syfilis' is a hedged diagnosis in a visible venereology Bedömning")

C("d85-vgr-um-bild-som-vid-trichomonas", "vgr", "2000-10-08", "F", [
    N("n1", "vg_um_thn", ("Camilla Strand", "barnmorska"), "2024-06-12 11:15", [
        ("Status", "Gulgrön skummande flytning, pH 6. Jordgubbsportio."),
        ("Bedömning", "Bild som vid trichomonasinfektion. Wet smear: rörliga flagellater ej säkert sedda."),
        ("Åtgärd", "NAAT för T. vaginalis skickat. Ny kontakt när svaret finns."),
    ])],
  must="NL102", why="'Bild som vid trichomonasinfektion' is a hedged diagnosis in a short visible midwife note")

C("d85-sk-endo-ev-subklinisk-hypotyreos", "skane", "2002-11-11", "F", [
    N("n1", "sk_endo_lund", ("Ulrika Törnqvist", "läkare"), "2024-09-24 10:00", [
        ("Aktuellt", "Remiss från kvinnokliniken för utredning av oligomenorré och trötthet sedan ett år."),
        ("Lab", "TSH 7,8, fritt T4 11. TPO-ak skickat. Prolaktin normalt."),
        ("Bedömning", "Ev. subklinisk hypotyreos, i så fall sannolikt autoimmun. Sambandet med mensrubbningen är oklart."),
        ("Planering", "Kontroll TSH och fT4 om 6 v innan ställningstagande till levotyroxin."),
    ], signed=None)],
  must="NL102", why="'Ev. subklinisk hypotyreos' hedges a diagnosis of the patient in a visible endocrine Bedömning")

C("d85-vgr-kk-fragestallning-endometrios", "vgr", "2005-01-30", "F", [
    N("n1", "vg_kk_ostra", ("Anna Forsberg", "läkare"), "2024-11-05 13:30", [
        ("Anamnes", "Svår dysmenorré sedan 15 års ålder, frånvarande från skolan två dagar varje mens. "
                    "Djup dyspareuni. NSAID ger otillräcklig effekt."),
        ("Status", "Gyn us: ömhet i bakre fornix, ingen palpabel resistens. TVUL: normal uterus, inga endometriom."),
        ("Bedömning", "Frågeställning endometrios. Behandlingsförsök med kontinuerlig hormonell behandling i 3 mån."),
        ("Åtgärd", "Rp desogestrel 75 mikrog kontinuerligt. Smärtdagbok."),
    ], signed=None)],
  must="NL102", why="'Frågeställning endometrios' leaves the diagnosis open in a visible Bedömning")

C("d85-sk-bup-medelsvar-depression-fragetecken", "skane", "2007-03-08", "F", [
    N("n1", "sk_bup_hbg", ("Lena Ahlström", "läkare"), "2024-11-12 15:00", [
        ("Aktuellt", "Kommer med mamma. Sover dåligt, har slutat träffa vänner och är skoltrött sedan höstlovet. "
                     "Har ristat sig på låret vid två tillfällen."),
        ("Bedömning", "Medelsvår depressiv episod? Självskadan förefaller icke-suicidal."),
        ("Planering", "MADRS-S och strukturerad intervju vid nästa besök. Krisplan upprättad tillsammans med pat."),
    ])],
  must="NL102", why="17-year-old's BUP note: 'Medelsvår depressiv episod?' is a visible hedged diagnosis")

C("d85-vgr-hud-oklart-om-lichen", "vgr", "2001-12-27", "F", [
    N("n1", "vg_hud_sahlg", ("Therese Blom", "läkare"), "2024-08-20 09:00", [
        ("Anamnes", "Klåda och sveda i vulva sedan ett halvår, förvärras vid samlag. Har provat receptfri hydrokortison."),
        ("Status", "Vitaktig, glansig hud kring klitorishuvan och i bakre kommissuren, små fissurer."),
        ("Bedömning", "Oklart om det rör sig om lichen sclerosus eller ett irritativt kontakteksem."),
        ("Åtgärd", "Stansbiopsi 3 mm tagen efter lokalbedövning. Mjukgörande tills svar."),
    ])],
  must="NL102", why="'Oklart om det rör sig om lichen sclerosus' is an open diagnosis in a visible Bedömning")

C("d85-vgr-ven-diffrentialdiagnos-lgv-typo", "vgr", "1999-02-14", "M", [
    N("n1", "vg_ven_sahlg", ("Johan Ekström", "läkare"), "2024-01-16 13:40", [
        ("Anamnes", "Analsmärta, tenesmer och slemmig blodtillblandad avföring sedan en vecka. "
                    "Receptivt analt samlag utan kondom med flera partners under senaste månaden."),
        ("Status", "Proktoskopi: rodnad, lättblödande rektalslemhinna med mukopurulent sekret."),
        ("Diagnos", "Proktit. Diffrentialdiagnos: LGV (L1–L3), gonokockproktit."),
        ("Åtgärd", "Rektala NAAT för klamydia med LGV-typning samt gonorré. Doxycyklin 100 mg x 2 i tre veckor insatt."),
    ])],
  must="NL102", why="misspelt 'Diffrentialdiagnos' introduces LGV as a possible diagnosis under the visible sökord Diagnos")

C("d85-sk-kk-sannolikt-hyperemesis", "skane", "2004-02-18", "F", [
    N("n1", "sk_kk_hbg", ("Maja Rosén", "läkare"), "2024-04-03 19:25", [
        ("Inskrivningsorsak", "Graviditet v 9+2 enligt UL på MVC. Kräkts upprepat sedan 5 dagar, behåller inte vätska."),
        ("Status", "Torra slemhinnor. Puls 112. Vikt 54 kg, ned 3 kg sedan inskrivning på MVC."),
        ("Lab", "U-ketoner 3+, kalium 3,1."),
        ("Bedömning", "Sannolikt hyperemesis gravidarum."),
        ("Ordination", "Iv vätska med tillsats av kalium, tiamin, metoklopramid. Ketonkontroll imorgon."),
    ], template="Inskrivningsanteckning", setting="slutenvård")],
  must="NL102", why="admission note: 'Sannolikt hyperemesis gravidarum' is visible in Melior")

C("d85-vgr-kk-misstankt-missed-abortion", "vgr", "1999-03-06", "F", [
    N("n1", "vg_kk_sas", ("Jenny Lindberg", "läkare"), "2024-09-17 10:50", [
        ("Aktuellt", "Remitterad från barnmorskemottagningen, SM motsvarar v 9+5. Ingen blödning, minskade illamående."),
        ("Status", "TVUL: intrauterin hinnsäck 22 mm med ett 5 mm fosterekot utan hjärtaktivitet."),
        ("Bedömning", "Misstänkt missed abortion. Enligt riktlinje nytt UL om 7–10 dagar innan diagnosen fastställs."),
        ("Planering", "Ny tid 26/9. Pat och partner fick god tid för frågor och är medvetna om misstanken."),
    ])],
  must="NL102", must_not="NL101",
  why="suspected missed abortion hedged in visible text (NL102), but the couple knows of the suspicion (no NL101)")

C("d85-sk-kk-trolig-funktionell-cysta", "skane", "2006-05-09", "F", [
    N("n1", "sk_kk_krstd", ("Sara Lindqvist", "läkare"), "2024-10-21 14:10", [
        ("Aktuellt", "Skickad från UM Kristianstad efter två veckors molande smärta vä sida mitt i cykeln."),
        ("Status", "Lätt öm vä adnex. TVUL: 4 cm tunnväggig cysta vä ovarium med retikulärt mönster, inget fritt vatten."),
        ("Bedömning", "Trolig funktionell ovarialcysta (corpus luteum)."),
        ("Planering", "Kontroll-UL om 8 v. Paracetamol/NSAID vid behov."),
    ])],
  must="NL102", why="'Trolig funktionell ovarialcysta' is a hedged diagnosis in a visible Skåne Melior note")

C("d85-vgr-endo-trol-pcos-rotterdam", "vgr", "2000-12-04", "F", [
    N("n1", "vg_endo_sahlg", ("Mikael Öhman", "läkare"), "2024-02-13 08:30", [
        ("Bakgrund", "Remiss från ungdomsmottagningen: amenorré i 7 mån efter att ha slutat med p-piller, hirsutism."),
        ("Lab", "Testosteron 2,4 nmol/l, SHBG 18, fritt androgenindex förhöjt. TSH, prolaktin och 17-OH-P normala."),
        ("Bedömning", "Trol. PCOS enligt Rotterdam (oligoovulation och biokemisk hyperandrogenism), "
                      "UL för det tredje kriteriet inväntas."),
        ("Planering", "Remiss gyn-UL. Livsstilsråd, återbesök med svar."),
    ])],
  must="NL102", why="'Trol. PCOS' (abbreviated hedge) in a visible VGR endocrine Bedömning")
# ---------------------------------------------------------- chunk 2
# More NL102 positives (eating problems, gender, STI, gyn), a few long charts.

C("d85-vgr-atst-misstankt-arfid", "vgr", "2004-09-29", "M", [
    N("n1", "vg_atst", ("Karl Nordin", "läkare"), "2024-05-14 09:10", [
        ("Anamnes", "Undviker fast föda sedan en kvävningsepisod med kött 2021, äter mest yoghurt och näringsdrycker. "
                    "Har gått ned 9 kg på ett år. Ingen önskan om att vara smal, inga kompensatoriska beteenden."),
        ("Status", "Vikt 58 kg, längd 181 cm, BMI 17,7. Puls 56. Tunn men opåverkad."),
        ("Bedömning", "Misstänkt ARFID. Ingen kroppsuppfattningsstörning, vilket talar emot anorexia nervosa."),
        ("Planering", "Remiss till logoped för sväljbedömning. KBT-inriktad behandling via mottagningen, dietistkontakt."),
    ])],
  must="NL102", why="suspected ARFID stands hedged in visible text; the ruled-out anorexia beside it does not cancel it")

C("d85-sk-atst-atypisk-anorexi-dd-arfid", "skane", "2003-01-14", "F", [
    N("n1", "sk_atst_vux", ("Hanna Sörensen", "psykolog"), "2024-06-04 14:00", [
        ("Aktuellt", "Andra bedömningssamtalet. Vikten har minskat med 15 % på ett år men BMI ligger fortfarande på 19,4. "
                     "Hoppar över lunch, rädd för att känna sig uppsvälld."),
        ("Bedömning", "Atypisk anorexia nervosa? DD ARFID, då rädslan främst gäller magbesvär efter måltid."),
        ("Planering", "Kompletterande EDE-Q och gastrostatus via vårdcentralen innan diagnos sätts."),
    ])],
  must="NL102", why="a psychologist's 'Atypisk anorexia nervosa? DD ARFID' is a visible hedged diagnosis in Skåne Melior")

C("d85-vgr-akut-pyelonefrit-kan-inte-uteslutas", "vgr", "2005-06-30", "F", [
    N("n1", "vg_akut_sas", ("Ali Rahimi", "läkare"), "2024-07-27 23:10", [
        ("Aktuellt", "Sveda och täta trängningar sedan i förrgår, började dagen efter samlag. Sedan i kväll frossa och ont i hö flank."),
        ("Status", "Temp 38,9. Dunkömhet hö njurloge. Buk mjuk."),
        ("Lab", "CRP 96. U-sticka: nitrit +, leukocyter 3+. U-hCG neg."),
        ("Bedömning", "Cystit, men med feber och flanksmärta kan jag inte utesluta pyelonefrit."),
        ("Åtgärd", "Urinodling. Rp ciprofloxacin 500 mg x 2 i 7 dagar. Åter vid försämring."),
    ])],
  must="NL102", why="'kan jag inte utesluta pyelonefrit' (first-person variant) is a visible hedge on a diagnosis")

C("d85-vgr-ven-long-talar-for-gonokockuretrit", "vgr", "2006-04-03", "M", [
    N("n1", "vg_ven_sahlg", ("Ida Magnusson", "läkare"), "2024-10-08 14:35", [
        ("Kontaktorsak", "Drop-in. Flytning från urinröret och sveda sedan fyra dagar."),
        ("Sexualanamnes", "Två kvinnliga partners senaste halvåret, den senaste för ca en vecka sedan på en fest, "
                          "oskyddat vaginalt och oralt samlag. Fast flickvän sedan ett år, oskyddade samlag regelbundet. "
                          "Ingen tidigare STI-testning. Har inte rest utomlands."),
        ("Anamnes", "Tidigare frisk, inga mediciner, inga kända allergier. Röker inte, alkohol i helgerna. "
                    "Bor med föräldrarna, läser tredje året på gymnasiet. Inga ledbesvär, inga ögonbesvär, inga hudutslag."),
        ("Status", "AT: opåverkad. Temp 37,1. Genitalt: rodnad meatus, gulvitt sekret spontant och vid mjölkning av uretra. "
                   "Inga sår eller blåsor. Ljumskar: inga förstorade körtlar. Testiklar och bitestiklar ua bilat. "
                   "Munhåla: lätt rodnad svalgvägg, inga beläggningar. Hud: inga exantem."),
        ("Lab", "Gramfärgat uretrautstryk: > 5 leukocyter per synfält och gramnegativa intracellulära diplokocker. "
                "U-sticka: leukocyter 2+, nitrit neg."),
        ("Bedömning", "Talar för uretrit av gonokockgenes, samtidig klamydia kan inte uteslutas."),
        ("Åtgärd", "Odling från uretra och svalg för gonokocker med resistensbestämning. NAAT från urin för klamydia, "
                   "gonorré och Mycoplasma genitalium. HIV- och syfilisprov. Ceftriaxon 1 g im gavs på mottagningen. "
                   "Doxycyklin 100 mg x 2 i 7 dagar."),
        ("Information", "Informerad om att vara sexuellt avhållsam tills kontrollprov efter behandlingen. "
                        "Vet att smittspårning ingår och att hans flickvän behöver provtas."),
        ("Planering", "Kontrollodling om två veckor. Smittspårning påbörjad av kurator enligt smittskyddslagen."),
    ])],
  must="NL102", why="long venereology chart: 'Talar för uretrit av gonokockgenes' is a hedged diagnosis in a visible Bedömning")

C("d85-sk-hud-sannolik-scabies", "skane", "2002-07-19", "M", [
    N("n1", "sk_hud_hbg", ("Gustav Lövgren", "läkare"), "2024-01-30 10:05", [
        ("Anamnes", "Intensiv nattlig klåda i fyra veckor. Flickvännen har liknande klåda sedan en vecka."),
        ("Status", "Papler och enstaka gångar i fingerväven, på handlederna, i naveltrakten och på penis."),
        ("Bedömning", "Sannolik scabies."),
        ("Åtgärd", "Permetrinkräm enligt skriftlig instruktion, upprepas efter en vecka. Partnern behandlas samtidigt."),
    ])],
  must="NL102", why="'Sannolik scabies' (one-line Bedömning) is a hedged diagnosis of the patient; the partner's itch is beside the point")

C("d85-vgr-um-ev-vestibulodyni", "vgr", "2003-10-12", "F", [
    N("n1", "vg_um_skovde", ("Lisa Ström", "läkare"), "2024-03-26 15:40", [
        ("Aktuellt", "Smärta vid penetration sedan ett år, även vid tampongbruk. Inga besvär i vila."),
        ("Status", "Vulva utan synliga förändringar. Vid bomullstopps-test uttalad smärta kl 5 och 7 i vestibulum."),
        ("Bedömning", "Ev. provocerad vulvodyni (vestibulodyni)."),
        ("Planering", "Remiss till vulvamottagningen. Samtal hos kurator erbjuds, pat vill fundera."),
    ])],
  must="NL102", why="'Ev.' before a diagnosis (vestibulodyni) is a hedge in a visible VGR youth-clinic Bedömning")

C("d85-vgr-um-klamydia-fragetecken-cervicit", "vgr", "2007-12-03", "F", [
    N("n1", "vg_um_frolunda", ("Petra Hedlund", "barnmorska"), "2024-10-15 16:20", [
        ("Aktuellt", "Partnern har fått behandling för klamydia förra veckan och bad henne testa sig."),
        ("Status", "Portio rodnad och kontaktblödande, mukopurulent sekret från cervix."),
        ("Bedömning", "Klamydia? Cervicit med kontaktblödning."),
        ("Åtgärd", "NAAT klamydia/gonorré från vagina. Epidemiologisk behandling med doxycyklin enl. läkarordination."),
    ])],
  must="NL102", why="16-year-old at a VGR youth clinic: 'Klamydia?' is a hedged diagnosis in a visible Bedömning")

C("d85-sk-kk-misstankt-postabortiv-endometrit", "skane", "2000-02-25", "F", [
    N("n1", "sk_kk_lund", ("Karin Bergqvist", "läkare"), "2024-05-28 11:20", [
        ("Anamnes", "Medicinsk abort v 8 för tolv dagar sedan. Nu tilltagande buksmärta, illaluktande blödning och feber 38,4 igår."),
        ("Status", "Öm uterus vid bimanuell palp. TVUL: ingen kvarvarande hinnsäck, endometrium 11 mm."),
        ("Bedömning", "Misstänkt postabortiv endometrit."),
        ("Åtgärd", "Cervixodling, klamydiaprov. Doxycyklin och metronidazol i 14 dagar."),
    ])],
  must="NL102", why="after an abortion: 'Misstänkt postabortiv endometrit' is visible in a Melior note")

C("d85-sk-psyk-misstankt-bipolar-ii", "skane", "2002-05-02", "F", [
    N("n1", "sk_psyk_lund", ("Robert Gunnarsson", "läkare"), "2024-02-08 13:15", [
        ("Aktuellt", "Tredje depressiva perioden sedan 18 års ålder. Beskriver också veckor med minskat sömnbehov, "
                     "ökad energi och impulsiva köp."),
        ("Bedömning", "Misstänkt bipolär sjukdom typ II. SSRI bör inte ges som monoterapi innan detta är klarlagt."),
        ("Planering", "Stämningsdagbok i fyra veckor. Nytt läkarbesök 7/3."),
    ])],
  must="NL102", why="'Misstänkt bipolär sjukdom typ II' is a hedged psychiatric diagnosis in a visible VGR note")

C("d85-sk-inf-kronisk-hepatit-b-fragetecken", "skane", "2000-06-15", "M", [
    N("n1", "sk_inf_malmo", ("Sanna Lindahl", "läkare"), "2024-08-06 10:40", [
        ("Bakgrund", "Remiss från Venereologen efter HBsAg pos vid STI-screening. Född i Eritrea, kom till Sverige 2016."),
        ("Bedömning", "Kronisk hepatit B? HBeAg, anti-HBc IgM och HBV-DNA inväntas."),
        ("Planering", "Elastografi och UL lever. Testning av familjemedlemmar erbjuds."),
    ])],
  must="NL102", why="a question mark after 'Kronisk hepatit B' makes a visible hedged diagnosis")

C("d85-sk-gynakut-dd-ektopisk-diagnos-sokord", "skane", "2001-04-22", "F", [
    N("n1", "sk_gynakut_malmo", ("Amira Haddad", "läkare"), "2024-11-03 02:30", [
        ("Aktuellt", "Positivt graviditetstest igår, SM för 7 v sedan. Lätt blödning och buksmärta vä sedan kvällen."),
        ("Status", "Stabil. Lätt öm vä fossa. TVUL: ingen säker intrauterin graviditet, vä ovarium med 2,5 cm cysta."),
        ("Lab", "S-hCG 1 180. Hb 128."),
        ("Diagnos", "DD: ektopisk graviditet, corpus luteum-blödning, tidigt spontant missfall."),
        ("Planering", "Ny hCG om 48 h på gynmottagningen. Pat har fått skriftlig info om varningstecken."),
    ])],
  must="NL102", why="a 'DD:' list under the visible sökord Diagnos names possible diagnoses of the patient")

C("d85-vgr-ven-kan-ej-utesluta-faryngeal-gonorre", "vgr", "2003-09-09", "M", [
    N("n1", "vg_ven_sahlg", ("Peter Jansson", "läkare"), "2024-04-16 15:25", [
        ("Aktuellt", "Kallad för smittspårning. Hans partner har odlingsverifierad gonorré. Själv symtomfri."),
        ("Status", "Svalg lätt rodnat. Genitalt ua."),
        ("Bedömning", "Kan ej utesluta faryngeal gonorré då de haft oskyddat oralsex."),
        ("Åtgärd", "Svalgodling och NAAT från svalg och urin. Ceftriaxon 1 g im."),
    ])],
  must="NL102", why="contact-traced young man: faryngeal gonorrhoea left open ('Kan ej utesluta') in a visible note")

C("d85-vgr-um-misstankt-klamdyia-typo", "vgr", "2004-03-17", "F", [
    N("n1", "vg_um_boras", ("Maria Åberg", "barnmorska"), "2024-07-02 13:30", [
        ("Aktuellt", "Ny partner sedan en månad, inget skydd. Nu lite sveda och mellanblödningar trots p-piller."),
        ("Bedömning", "Misstänkt klamdyia."),
        ("Åtgärd", "Provtagning klamydia/gonorré. Svar via 1177 inom en vecka."),
    ])],
  must="NL102", why="typo in the diagnosis word ('klamdyia') after 'Misstänkt' in a visible Bedömning")

C("d85-sk-kk-sannolkit-pid-typo", "skane", "2002-12-12", "F", [
    N("n1", "sk_kk_hbg", ("Emma Nilsson", "läkare"), "2024-06-26 10:45", [
        ("Aktuellt", "Remiss från UM Helsingborg: klamydiapos för två veckor sedan, behandlad, men nu ont i nedre buken och dyspareuni."),
        ("Status", "Portioömhet och ömhet bilat i adnexa. Afebril. TVUL ua."),
        ("Bedömning", "Sannolkit PID efter klamydia."),
        ("Åtgärd", "Förlängd antibiotikakur enligt PM. Återbesök efter behandling."),
    ])],
  must="NL102", why="misspelt hedge 'Sannolkit PID' in a visible Bedömning of a Skåne hospital note")

C("d85-sk-konsdysf-mojlig-konsdysfori-ickebinar", "skane", "2004-08-08", "M", [
    N("n1", "sk_konsdysf", ("Tove Engström", "läkare"), "2024-03-12 10:00", [
        ("Aktuellt", "Nybesök efter egenremiss. Pat identifierar sig som icke-binär och använder hen. "
                     "Beskriver obehag inför skäggväxt och röstläge sedan tidiga tonåren."),
        ("Bedömning", "Möjlig könsdysfori. Utredningen har inte kommit så långt att diagnos kan ställas."),
        ("Planering", "Psykologbedömning inom teamet. Pat informerad om utredningens upplägg och ungefärliga tidsåtgång."),
    ])],
  must="NL102", why="'Möjlig könsdysfori' is a hedged diagnosis in a visible Skåne gender-identity note")

C("d85-vgr-um-vacker-misstanke-atstorning", "vgr", "2006-08-24", "F", [
    N("n1", "vg_um_skovde", ("Hanna Berg", "kurator"), "2024-09-03 14:15", [
        ("Samtal", "Kommer på eget initiativ pga stress kring skolan. Säger att hon bara äter en måltid per dag och mår dåligt efter middagen. "
                   "Väger sig flera gånger dagligen."),
        ("Bedömning", "Hennes beskrivning väcker misstanke om en ätstörning."),
        ("Planering", "Läkartid bokad för vikt, puls och blodprover. Nytt samtal om en vecka."),
    ])],
  must="NL102", why="counsellor's note: 'väcker misstanke om en ätstörning' is a hedged diagnosis in a visible Melior section")

C("d85-vgr-psykakut-sannolikt-egentlig-depression", "vgr", "2001-01-09", "M", [
    N("n1", "vg_psykakut_ostra", ("Axel Bengtsson", "läkare"), "2024-12-01 21:40", [
        ("Kontaktorsak", "Söker med flickvännen efter att ha skrivit ett avskedsbrev men inte agerat på det."),
        ("Psykiskt status", "Sänkt grundstämning, psykomotoriskt hämmad, gråter. Tankar på att inte vilja leva, ingen konkret plan. "
                            "Inga psykotiska symtom."),
        ("Bedömning", "Sannolikt egentlig depression, medelsvår. Suicidrisken bedöms förhöjd men inte akut."),
        ("Åtgärd", "Hem med flickvän efter samråd. Tid på psykiatrimottagningen i morgon 10.30."),
    ])],
  must="NL102", why="'Sannolikt egentlig depression' is a hedged diagnosis in a visible psychiatric emergency note")

C("d85-sk-ven-hedged-klamydia-draft", "skane", "2005-11-30", "M", [
    N("n1", "sk_ven_malmo", ("Viktor Hallberg", "läkare"), "2024-02-15 16:30", [
        ("Aktuellt", "Sveda i urinröret sedan en vecka, ingen flytning. Flickvännen klamydiapos på UM."),
        ("Bedömning", "Trolig klamydiauretrit."),
        ("Åtgärd", "NAAT från urin. Doxycyklin i 7 dagar utan att invänta svar."),
    ], signed=None)],
  must="NL102", why="unsigned draft (pre-signing check): 'Trolig klamydiauretrit' in a visible Melior section")

C("d85-vgr-abort-misstankt-ofullstandig-abort-draft", "vgr", "2003-04-05", "F", [
    N("n1", "vg_abort_ostra", ("Klara Sundin", "barnmorska"), "2024-06-19 09:50", [
        ("Telefonkontakt", "Ringer tre veckor efter medicinsk abort. Blöder fortfarande rikligt och har kramper."),
        ("Bedömning", "Misstänkt ofullständig abort."),
        ("Åtgärd", "Tid för UL och läkarbedömning i eftermiddag kl 14."),
    ], template="Telefonanteckning", signed=None)],
  must="NL102", why="unsigned telephone draft: 'Misstänkt ofullständig abort' in a visible section")
# ---------------------------------------------------------- chunk 3
# NL102 hard negatives: PMO, protected places, negation, relatives/partners,
# non-diagnostic hedges, conditionals, confirmed diagnoses.

C("d85-sk-um-pmo-misstankt-klamydia", "skane", "2006-02-09", "F", [
    N("n1", "sk_um_malmo", ("Jessica Palm", "barnmorska"), "2024-03-07 14:45", [
        ("Aktuellt", "Pojkvännen har testat positivt för klamydia på Venereologen. Själv inga symtom."),
        ("Bedömning", "Misstänkt klamydia som kontakt till bekräftat fall."),
        ("Åtgärd", "Klamydia- och gonorréprov från vagina. Epidemiologisk behandling enl. ordination av UM-läkare."),
    ])],
  must_not="NL102", why="a hedged chlamydia diagnosis in a PMO youth-clinic note is never shown, so NL102 stays silent")

C("d85-sk-um-pmo-trolig-pcos-remiss", "skane", "2005-03-21", "F", [
    N("n1", "sk_um_lund", ("Olof Dahl", "läkare"), "2024-05-16 10:10", [
        ("Anamnes", "Mens var tredje månad sedan debuten, akne och ökad hårväxt på magen. Vill veta varför."),
        ("Bedömning", "Trolig PCOS."),
        ("Åtgärd", "Remiss till kvinnokliniken SUS Lund för utredning. Hormonprover tagna."),
    ])],
  must_not="NL102", why="'Trolig PCOS' in a PMO note (Skåne ungdomsmottagning): PMO never shows diagnoses")

C("d85-sk-um-pmo-atstorning-fragetecken-kurator", "skane", "2007-07-01", "F", [
    N("n1", "sk_um_hbg", ("Rebecka Ek", "kurator"), "2024-09-18 15:30", [
        ("Samtal", "Berättar att hon kräks efter måltider några gånger i veckan sedan sommaren. Har inte sagt något hemma."),
        ("Bedömning", "Ätstörning? Behöver träffa läkare för somatisk bedömning."),
        ("Planering", "Läkartid på UM nästa vecka. Info om Ätstörningsenheten i Helsingborg lämnad."),
    ])],
  must_not="NL102", why="counsellor's 'Ätstörning?' in a PMO note is not visible as a diagnosis")

C("d85-sk-th-template-misstankt-anorexi", "skane", "2004-04-14", "F", [
    N("n1", "sk_atst_vux", ("Hanna Sörensen", "psykolog"), "2024-02-22 16:00",
      [("Tidig hypotes", "Misstänkt anorexia nervosa trots att pat förnekar restriktivt ätande; "
                         "vikten har sjunkit 8 kg och hon bär stora kläder till besöken.")],
      template="Tidiga hypoteser")],
  must_not="NL102", why="Skåne: the hedged anorexia sits in a note whose template is Tidiga hypoteser, which is filtered")

C("d85-vgr-th-keyword-misstankt-akut-hiv", "vgr", "2001-03-28", "M", [
    N("n1", "vg_ven_sahlg", ("Ida Magnusson", "läkare"), "2024-04-02 11:30", [
        ("Aktuellt", "Feber och halsont sedan fem dagar. Provtagning önskas."),
        ("Åtgärd", "HIV Ag/Ak, HIV-RNA och syfilisserologi tagna. Ringer pat när svaren finns."),
        ("Tidiga hypoteser", "Misstänkt akut HIV-infektion utifrån exponering för tre veckor sedan och aktuella symtom."),
    ])],
  must_not="NL102", why="VGR: the only hedged diagnosis sits under the protected sökord Tidiga hypoteser; visible sections hold none")

C("d85-vgr-gyn-ingen-misstanke-om-pid", "vgr", "2002-10-30", "F", [
    N("n1", "vg_kk_skas", ("Jenny Lindberg", "läkare"), "2024-03-01 09:40", [
        ("Aktuellt", "Kontroll två veckor efter insättning av hormonspiral. Lätt molande värk första dagarna, nu bra."),
        ("Status", "Trådar synliga, 3 cm. Ingen portioömhet. TVUL: spiralen korrekt placerad."),
        ("Bedömning", "Ingen misstanke om PID. Spiralen sitter bra."),
    ])],
  must_not="NL102", why="'Ingen misstanke om PID' is a negated diagnosis and never fires")

C("d85-sk-kk-graviditet-uteslutes", "skane", "2003-05-05", "F", [
    N("n1", "sk_kk_krstd", ("Sara Lindqvist", "läkare"), "2024-07-09 13:15", [
        ("Aktuellt", "Utebliven mens i sex veckor, negativa hemtest men orolig."),
        ("Lab", "S-hCG < 2 IE/l."),
        ("Bedömning", "Graviditet uteslutes."),
        ("Planering", "Följs upp på UM om mens inte kommer inom två månader."),
    ])],
  must_not="NL102",
  why="'Graviditet uteslutes' rules pregnancy out after a negative serum hCG")

C("d85-vgr-um-inga-tecken-pa-herpes", "vgr", "2004-11-19", "F", [
    N("n1", "vg_um_thn", ("Camilla Strand", "barnmorska"), "2024-08-29 10:20", [
        ("Aktuellt", "Ont vid samlag och en liten spricka i underlivet. Orolig för herpes eftersom en kompis haft det."),
        ("Status", "Ytlig fissur i bakre kommissuren. Inga blåsor eller sår."),
        ("Bedömning", "Inga tecken på herpes. Friktionsfissur."),
        ("Åtgärd", "Råd om glidmedel och paus från samlag en vecka."),
    ])],
  must_not="NL102", why="'Inga tecken på herpes' negates the feared diagnosis")

C("d85-vgr-atst-talar-emot-atstorning", "vgr", "2002-02-02", "M", [
    N("n1", "vg_atst", ("Karl Nordin", "läkare"), "2024-10-22 10:30", [
        ("Aktuellt", "Remitterad av vårdcentralen pga viktnedgång 6 kg. Satsar på längdlöpning inför maraton."),
        ("Bedömning", "Ätmönster och kroppsuppfattning talar emot ätstörning. Viktnedgången förklaras av ökad träningsmängd utan anpassat intag."),
        ("Åtgärd", "Avslutas här. Kostråd från idrottsdietist rekommenderas."),
    ])],
  must_not="NL102", why="'talar emot ätstörning' is a negating hedge and must not be read as 'talar för'")

C("d85-vgr-kk-mamma-trolig-pcos", "vgr", "2005-07-07", "F", [
    N("n1", "vg_kk_ostra", ("Anna Forsberg", "läkare"), "2024-01-18 14:20", [
        ("Anamnes", "Vill ha råd om preventivmedel. Regelbunden mens var 28:e dag. Mamma har troligen PCOS men har aldrig utretts."),
        ("Status", "Ingen hirsutism, ingen akne. BT 112/68. BMI 22."),
        ("Bedömning", "Inga symtom på hyperandrogenism. Ingen kontraindikation mot kombinerade p-piller."),
        ("Åtgärd", "Rp kombinerat p-piller, uppföljning på ungdomsmottagningen om 3 mån."),
    ])],
  must_not="NL102", why="'Mamma har troligen PCOS' hedges a relative's disease, not the patient's")

C("d85-sk-ven-partner-misstankt-gonorre", "skane", "2004-06-03", "F", [
    N("n1", "sk_ven_malmo", ("Viktor Hallberg", "läkare"), "2024-04-11 09:15", [
        ("Aktuellt", "Hennes partner har misstänkt gonorré och provtas på annan mottagning. Hon själv helt besvärsfri."),
        ("Status", "Genitalt ua. Ingen flytning, ingen portioömhet."),
        ("Åtgärd", "Odling och NAAT från cervix, svalg och rektum. Inväntar svar innan ställningstagande till behandling."),
    ])],
  must_not="NL102", why="the hedged gonorrhoea belongs to the partner; the patient herself has no hedged diagnosis")

C("d85-vgr-um-ev-p-stav-plan", "vgr", "2006-01-26", "F", [
    N("n1", "vg_um_frolunda", ("Petra Hedlund", "barnmorska"), "2024-04-30 15:00", [
        ("Aktuellt", "Vill byta preventivmedel då hon glömmer p-piller. Humörpåverkan på tidigare gestagenpiller."),
        ("Planering", "Ev. p-stav, alternativt hormonspiral. Hon funderar och återkommer via 1177."),
    ], signed=None)],
  must_not="NL102", why="'Ev. p-stav' hedges a contraception plan, not a diagnosis")

C("d85-vgr-kk-salpingit-trolig-hemgang", "vgr", "2001-11-08", "F", [
    N("n1", "vg_kk_sas", ("Erik Wallin", "läkare"), "2024-02-03 10:00", [
        ("Rond", "Dag 2 av iv antibiotika för klamydiapositiv salpingit. Feberfri sedan i går kväll, CRP sjunkit från 142 till 88. "
                 "Mindre ont, klarar sig på paracetamol. Äter och dricker, mobiliserad. Har sovit bättre i natt."),
        ("Status", "AT: gott. Temp 37,2, puls 78, BT 121/76. Buk mjuk, lätt palpöm i nedre delen, ingen defence. "
                   "Gyn us avstås idag, VUL igår utan abscess eller fri vätska."),
        ("Lab", "CRP 88, LPK 8,9. Hb 124, stabilt."),
        ("Bedömning", "Klamydiasalpingit med god behandlingseffekt. Informerad i går om provsvaret och om smittspårning."),
        ("Planering", "Trolig hemgång i morgon med peroral doxycyklin och metronidazol, totalt 14 dagars behandling. "
                      "Pojkvännen provtas på ungdomsmottagningen i Borås, samlagsuppehåll tills båda är behandlade. "
                      "Återbesök gynmottagningen om tre veckor. Sjukintyg till arbetsgivaren t.o.m. 11/2."),
    ], setting="slutenvård")],
  must_not="NL102", why="long ward round note without a breach: the salpingitis is confirmed and the only hedge ('Trolig hemgång') is about discharge")

C("d85-vgr-ven-villkor-kvarstaende-sveda", "vgr", "2003-03-13", "M", [
    N("n1", "vg_ven_sahlg", ("Johan Ekström", "läkare"), "2024-06-05 14:50", [
        ("Provsvar", "Gonorré pos i urin och svalg, odlingen känslig för ceftriaxon."),
        ("Åtgärd", "Ceftriaxon 1 g im givet idag."),
        ("Information", "Vid kvarstående sveda efter behandlingen ska han kontakta oss för test av Mycoplasma genitalium."),
    ])],
  must_not="NL102", why="conditional instruction names a disease to test for if symptoms persist; no hedged diagnosis of the patient")

C("d85-sk-ven-klamydia-verifierad-informerad", "skane", "2005-09-14", "M", [
    N("n1", "sk_ven_malmo", ("Louise Berg", "sjuksköterska"), "2024-09-05 11:30", [
        ("Telefonkontakt", "Klamydiainfektion, verifierad med NAAT från urin. Pat informerad per telefon om svaret och om smittspårning."),
        ("Åtgärd", "Rp doxycyklin 100 mg x 2 i 7 dagar skickat till apoteket enligt läkarordination."),
    ], template="Telefonanteckning")],
  must_not="NL102 NL101", why="confirmed chlamydia that the patient was told by phone: neither a hedge nor an untold diagnosis")

C("d85-vgr-um-ev-smablodning-symtom", "vgr", "2005-05-25", "F", [
    N("n1", "vg_um_boras", ("Sofie Wennberg", "barnmorska"), "2024-11-14 16:10", [
        ("Aktuellt", "Osäker på om hon haft en lätt småblödning efter samlag förra veckan, ev. bara rester av mens."),
        ("Status", "Portio ua, ingen kontaktblödning."),
        ("Åtgärd", "Klamydiaprov taget. Cellprovtagning ej aktuell förrän vid 23 års ålder."),
    ])],
  must_not="NL102", why="the hedges ('Osäker på om', 'ev.') concern a symptom, not a diagnosis")

C("d85-vgr-um-kondomen-mojligen-trasig", "vgr", "2007-04-16", "F", [
    N("n1", "vg_um_skovde", ("Lisa Ström", "barnmorska"), "2024-05-06 08:50", [
        ("Telefonkontakt", "Kondomen möjligen trasig vid samlag i lördags kväll. Sista mens började för 14 dagar sedan."),
        ("Åtgärd", "Rekommenderas akut-p-piller med ulipristal, hämtas ut på apotek idag. Gravtest om tre veckor."),
    ], template="Telefonanteckning")],
  must_not="NL102", why="'möjligen trasig' hedges an event (broken condom), not a diagnosis")

C("d85-sk-kk-endometrios-avskrivs", "skane", "2000-07-31", "F", [
    N("n1", "sk_kk_hbg", ("Anna Forsberg", "läkare"), "2024-12-03 13:00", [
        ("Aktuellt", "Återbesök efter diagnostisk laparoskopi 12/11."),
        ("Bedömning", "Endometrios avskrivs, inga förändringar sågs vid laparoskopin och biopsierna var utan anmärkning."),
        ("Planering", "Remiss till smärtmottagningen för fortsatt behandling av dysmenorrén."),
    ], signed=None)],
  must_not="NL102", why="'Endometrios avskrivs' is a ruled-out diagnosis")

C("d85-sk-endo-ej-forenligt-med-pcos", "skane", "2006-09-09", "F", [
    N("n1", "sk_endo_lund", ("Per Ahlin", "läkare"), "2024-10-30 10:15", [
        ("Anamnes", "18-årig elitgymnast med sekundär amenorré sedan ett år."),
        ("Lab", "LH och FSH låga, östradiol lågt, testosteron normalt. TSH och prolaktin ua."),
        ("Bedömning", "Labprofilen är inte förenlig med PCOS. Hypotalamisk amenorré pga låg energitillgång vid hög träningsmängd."),
        ("Planering", "DXA. Dietistkontakt. Träningsmängden diskuteras med pat och tränaren."),
    ])],
  must_not="NL102", why="'inte förenlig med PCOS' negates the hedge word 'förenlig'; the stated diagnosis is settled")

C("d85-sk-inf-hiv-neg-ingen-misstanke", "skane", "2002-01-21", "M", [
    N("n1", "sk_inf_malmo", ("Sanna Lindahl", "läkare"), "2024-03-12 15:00", [
        ("Aktuellt", "Uppföljning sex veckor efter PEP-behandling efter oskyddat samlag med partner med okänd HIV-status."),
        ("Provsvar", "HIV Ag/Ak negativt."),
        ("Bedömning", "Ingen kvarstående misstanke om HIV-infektion. Avslutas."),
        ("Information", "PrEP diskuterat, pat vill fundera."),
    ])],
  must_not="NL102", why="after PEP, 'Ingen kvarstående misstanke om HIV-infektion' is a negated diagnosis")

C("d85-vgr-kk-missed-abortion-kan-uteslutas", "vgr", "2000-04-11", "F", [
    N("n1", "vg_kk_skas", ("Helena Ljung", "läkare"), "2024-04-24 11:00", [
        ("Aktuellt", "Kontroll efter UL för en vecka sedan med litet foster utan säker hjärtaktivitet."),
        ("Status", "TVUL: CRL 11 mm motsvarande 7+2, tydlig hjärtaktivitet."),
        ("Bedömning", "Missed abortion kan uteslutas. Graviditeten är yngre än beräknat."),
    ])],
  must_not="NL102", why="'Missed abortion kan uteslutas' (not 'kan ej uteslutas') rules the diagnosis out")

C("d85-sk-kk-fragestallning-preventivmedel-migran", "skane", "2006-12-19", "F", [
    N("n1", "sk_kk_lund", ("Ebba Holmgren", "läkare"), "2024-08-27 09:00", [
        ("Remissorsak", "Frågeställning från UM: lämpligt preventivmedel för 17-åring med migrän med aura."),
        ("Bedömning", "Östrogeninnehållande metoder är kontraindicerade vid migrän med aura."),
        ("Åtgärd", "P-stav eller hormonspiral rekommenderas, pat väljer p-stav som sätts idag."),
    ])],
  must_not="NL102", why="'Frågeställning' asks about contraception; the migraine diagnosis itself is settled, not hedged")

C("d85-vgr-um-oklart-om-aterbesok", "vgr", "2002-06-18", "M", [
    N("n1", "vg_um_thn", ("Oskar Lundgren", "läkare"), "2024-10-10 11:00", [
        ("Bedömning", "Kondylom på penisskaftet, behandlade med kryo idag."),
        ("Planering", "Oklart om pat hinner komma på återbesöket om 3 v pga praktik i Stockholm, han hör av sig."),
    ])],
  must_not="NL102", why="'Oklart om' hedges whether he can attend a follow-up; the condyloma diagnosis is confirmed")

C("d85-vgr-psyk-pappa-sannolikt-bipolar", "vgr", "2004-12-15", "M", [
    N("n1", "vg_psyk_udd", ("Robert Gunnarsson", "läkare"), "2024-09-26 14:30", [
        ("Hereditet", "Pappa har sannolikt bipolär sjukdom, har haft maniska skov men aldrig utretts. Farmor med depression."),
        ("Aktuellt", "Nedstämd sedan i våras, sover mycket. Inga hypomana perioder."),
        ("Bedömning", "Depressiv episod, lindrig (F32.0)."),
        ("Planering", "KBT via mottagningen. Uppföljning om 4 v."),
    ])],
  must_not="NL102", why="'Pappa har sannolikt bipolär sjukdom' hedges a relative's disease; the patient's own diagnosis is stated")

C("d85-vgr-ven-tidigare-misstanke-avskriven", "vgr", "2000-09-24", "F", [
    N("n1", "vg_ven_sahlg", ("Peter Jansson", "läkare"), "2024-11-19 10:00", [
        ("Anamnes", "I mars misstänktes gonorré, men odlingen var negativ och misstanken avskrevs."),
        ("Aktuellt", "Nu rutinmässig STI-kontroll inför ny relation. Inga besvär."),
        ("Åtgärd", "NAAT klamydia/gonorré, HIV och syfilis."),
    ])],
  must_not="NL102", why="an earlier suspicion is reported as dismissed ('misstanken avskrevs')")

C("d85-sk-um-pmo-missankt-pcos-typo", "skane", "2004-01-31", "F", [
    N("n1", "sk_um_krstd", ("Malin Persson", "barnmorska"), "2024-06-13 13:40", [
        ("Aktuellt", "Oregelbundna mens och ökad kroppsbehåring. Vill inte ha p-piller."),
        ("Bedömning", "Missänkt PCOS, läkartid bokad."),
    ])],
  must_not="NL102", why="typo 'Missänkt PCOS' in a PMO note: PMO never shows diagnoses")

C("d85-vgr-um-ingen-missanke-graviditet-typo", "vgr", "2003-08-02", "F", [
    N("n1", "vg_um_frolunda", ("Linnea Holm", "barnmorska"), "2024-09-12 14:25", [
        ("Aktuellt", "Sen mens, har tagit hemtest två gånger med negativt resultat."),
        ("Lab", "U-hCG neg, tre veckor efter senaste oskyddade samlag."),
        ("Bedömning", "Ingen missanke om graviditet."),
    ])],
  must_not="NL102", why="typo inside a negation ('Ingen missanke om graviditet') must still count as negated")

C("d85-vgr-nal-ektopisk-avskrivs", "vgr", "2001-06-06", "F", [
    N("n1", "vg_gynakut_nal", ("Henrik Sjöberg", "läkare"), "2024-08-03 18:30", [
        ("Aktuellt", "Lätt blödning och ensidig molande smärta i v 7. Tidigare klamydia, därav remiss från UM."),
        ("Status", "TVUL: intrauterin graviditet med gulesäck och hjärtaktivitet. Inga adnexresistenser."),
        ("Bedömning", "X kan därmed avskrivas. Hotande missfall, normal prognos."),
    ])],
  must_not="NL102", why="ectopic pregnancy (X) is dismissed by ultrasound; 'Hotande missfall' is a settled working diagnosis")

C("d85-vgr-um-ev-remiss-gyn", "vgr", "2005-04-04", "F", [
    N("n1", "vg_um_boras", ("Sofie Wennberg", "läkare"), "2024-01-25 09:30", [
        ("Aktuellt", "Dysmenorré, NSAID hjälper delvis."),
        ("Bedömning", "Primär dysmenorré."),
        ("Planering", "Provar kombinerade p-piller i tre månader, ev. remiss till gyn om besvären kvarstår."),
    ])],
  must_not="NL102", why="'ev. remiss' hedges a referral; the diagnosis (primär dysmenorré) is not hedged")

C("d85-vgr-hud-om-blasor-kom-tillbaka", "vgr", "2002-09-16", "F", [
    N("n1", "vg_hud_sahlg", ("Therese Blom", "läkare"), "2024-07-15 13:20", [
        ("Aktuellt", "Hade sår i underlivet för tre veckor sedan som läkt av. Inget prov togs då."),
        ("Status", "Läkt slemhinna, inga sår eller blåsor idag."),
        ("Planering", "Om blåsor uppstår igen ska hon kontakta oss inom 48 timmar för herpes-PCR."),
    ])],
  must_not="NL102", why="a conditional plan ('Om blåsor uppstår igen … herpes-PCR'), not a hedged diagnosis")

C("d85-vgr-vc-inga-hallpunkter-depression", "vgr", "2000-03-19", "F", [
    N("n1", "vg_vc_angered", ("Nadia Yousef", "läkare"), "2024-05-08 10:45", [
        ("Aktuellt", "Trött och orkeslös sedan två månader, jobbar natt på lager."),
        ("Status", "PHQ-9 4 poäng. Lab: Hb 104, ferritin 6."),
        ("Bedömning", "Inga hållpunkter för depression eller ätstörning. Järnbristanemi."),
        ("Åtgärd", "Järntabletter. Kontroll Hb om 6 v. Remiss till gyn om menorragin kvarstår."),
    ])],
  must_not="NL102",
  why="'Inga hållpunkter för depression eller ätstörning' negates both diagnoses")

C("d85-sk-kk-syster-endometrios", "skane", "2005-10-01", "F", [
    N("n1", "sk_kk_krstd", ("Ebba Holmgren", "läkare"), "2024-02-29 11:10", [
        ("Hereditet", "Storasyster har möjlig endometrios, under utredning i Lund."),
        ("Aktuellt", "Mensvärk som svarar bra på NSAID. Vill ha hormonspiral som preventivmedel."),
        ("Åtgärd", "Hormonspiral insatt utan komplikationer."),
    ])],
  must_not="NL102", why="the hedged endometriosis belongs to the sister, not to the patient")

C("d85-vgr-ven-trolig-smittkalla", "vgr", "2001-07-22", "F", [
    N("n1", "vg_ven_sahlg", ("Ida Magnusson", "läkare"), "2024-08-13 10:10", [
        ("Diagnos", "Klamydiainfektion, NAAT-positiv från vagina."),
        ("Smittspårning", "Trolig smittkälla är en tillfällig partner från en festival i juli. Pat har inga kontaktuppgifter till honom."),
        ("Åtgärd", "Doxycyklin i 7 dagar. Pat informerad om resultatet och om att vänta med sex en vecka."),
    ])],
  must_not="NL102", why="'Trolig smittkälla' hedges who transmitted the infection; the chlamydia itself is confirmed")

C("d85-sk-kk-ovarialtorsion-avskriven-lps", "skane", "2007-02-14", "F", [
    N("n1", "sk_kk_lund", ("Karin Bergqvist", "läkare"), "2024-06-09 08:20", [
        ("Operation", "Akut laparoskopi. Normala tuber och ovarier utan torsion. Blödande corpus luteum-cysta vä, koagulerad. 150 ml blod i buken."),
        ("Bedömning", "Ovarialtorsion avskriven. Hemorragisk corpus luteum-cysta."),
        ("Planering", "Hem i morgon om stabilt Hb. Pat informerad om fynden efter uppvaknandet."),
    ], setting="slutenvård")],
  must_not="NL102", why="torsion is dismissed at surgery ('avskriven') and the final diagnosis is confirmed")
# ---------------------------------------------------------- chunk 4
# NL101 positives: a diagnosis in a visible Melior section while the text says
# the young patient has not been told.

C("d85-vgr-ven-latent-syfilis-ej-informerad", "vgr", "2000-11-23", "F", [
    N("n1", "vg_ven_sahlg", ("Peter Jansson", "läkare"), "2024-02-21 16:40", [
        ("Provsvar", "TPPA pos, RPR 1:32. Inga symtom vid besöket 12/2."),
        ("Diagnos", "Syfilis, tidig latent."),
        ("Telefonkontakt", "Pat ännu ej informerad, sökt tre gånger per telefon utan svar. Kallelse till läkarbesök skickad."),
    ])],
  must="NL101", must_not="NL102",
  why="confirmed early latent syphilis in visible Diagnos while the patient has not yet been reached with the result")

C("d85-sk-inf-hiv-besked-ej-lamnat", "skane", "2002-04-09", "M", [
    N("n1", "sk_inf_malmo", ("Erik Paulsson", "läkare"), "2024-03-08 12:10", [
        ("Bakgrund", "21-årig man, remitterad från Hud- och STI-mottagningen efter reaktivt HIV-prov vid rutinscreening 29/2. "
                     "Har haft flera manliga partners senaste året, använt kondom oregelbundet, aldrig haft PrEP. "
                     "Senaste negativa HIV-test i maj 2023. Behandlad för gonorré i svalget i höstas."),
        ("Anamnes", "Enligt remissen influensaliknande period med feber och halsont i december. Inga kända sjukdomar, "
                    "inga läkemedel. Studerar på universitetet, bor i studentkorridor. Röker inte, festar i helgerna, "
                    "uppger inget droganvändande. Familjen bor i Kalmar."),
        ("Provsvar", "HIV-1 konfirmerad med immunoblot, HIV-RNA 84 000 kopior/ml, CD4 410 (24 %). "
                     "Syfilisserologi neg. Hepatit B: anti-HBs pos efter vaccination, HBsAg neg. Hepatit C neg. "
                     "Blodstatus, lever- och njurprover ua."),
        ("Bedömning", "Nydiagnostiserad HIV-1-infektion, kronisk fas. "
                      "Ingen immunbrist av betydelse."),
        ("Planering", "Besked ej lämnat. Pat kallas till läkarbesök med kurator 12/3; beskedet ska inte ges per telefon. "
                      "Vid besöket: resistensbestämning, HLA-B*5701, lipider, urinstatus samt start av antiretroviral behandling "
                      "samma dag om pat är redo. Smittspårning enligt smittskyddslagen inleds av kurator efter beskedet. "
                      "Information om att välbehandlad HIV inte smittar sexuellt (U=U)."),
    ])],
  must="NL101", must_not="NL102",
  why="long infection-clinic chart: confirmed HIV-1 infection in a visible section before the patient has been given the news")

C("d85-vgr-kk-missed-abortion-bm-ej-besked", "vgr", "2002-08-17", "F", [
    N("n1", "vg_kk_skas", ("Malin Ek", "barnmorska"), "2024-05-27 10:25", [
        ("Ultraljud", "TVUL: CRL 14 mm utan hjärtaktivitet, motsvarar 8+0. SM motsvarar 10+2."),
        ("Bedömning", "Missed abortion."),
        ("Information", "Pat har ännu inte fått besked om fyndet. Läkare kommer och informerar henne efter ronden."),
    ])],
  must="NL101", must_not="NL102",
  why="a midwife records a definite missed abortion while the patient waits for the doctor to tell her")

C("d85-sk-kk-cin3-ej-underattad-typo", "skane", "2000-10-03", "F", [
    N("n1", "sk_kk_krstd", ("Sara Lindqvist", "läkare"), "2024-04-16 15:20", [
        ("PAD", "Px från kolposkopi 3/4: HSIL/CIN 3 kl 12, ej invasiv växt."),
        ("Bedömning", "CIN 3, behandlingskrävande. Pat ej underättad ännu, ringer henne själv i morgon förmiddag."),
        ("Planering", "Konisering inom sex veckor. Brev ska inte skickas förrän hon fått besked muntligt."),
    ], signed=None)],
  must="NL101", must_not="NL102",
  why="unsigned draft with a misspelt not-told cue ('ej underättad') next to a confirmed CIN 3")

C("d85-vgr-um-klamydia-pos-ej-nadd", "vgr", "2006-05-11", "M", [
    N("n1", "vg_um_boras", ("Sofie Wennberg", "barnmorska"), "2024-03-13 13:55", [
        ("Telefonkontakt", "Klamydia positiv i urinprov 8/3. Pat har inte nåtts för besked, ringt två gånger. "
                           "Meddelande om att ringa mottagningen skickat via 1177."),
    ], template="Telefonanteckning")],
  must="NL101", why="one-section phone note: positive chlamydia stands visible while the 17-year-old has not been reached")

C("d85-vgr-ven-gonorre-odling-ej-informerd-typo", "vgr", "2001-05-29", "M", [
    N("n1", "vg_ven_sahlg", ("Johan Ekström", "läkare"), "2024-07-18 15:05", [
        ("Provsvar", "Odling rektum: Neisseria gonorrhoeae, känslig för ceftriaxon, resistent mot ciprofloxacin."),
        ("Diagnos", "Gonorré, rektal."),
        ("Planering", "Pat ej informerd om svaret. Kallelse via 1177 skickad för behandling och smittspårning."),
    ])],
  must="NL101", must_not="NL102",
  why="rectal gonorrhoea in a visible Diagnos while the patient is not yet told (typo 'informerd')")

C("d85-sk-bup-anorexi-diagnos-ej-formedlad", "skane", "2008-01-05", "F", [
    N("n1", "sk_bup_lund", ("Mats Lindholm", "läkare"), "2024-05-21 14:30", [
        ("Utredning", "Utredningen avslutad efter fyra besök, EDE och somatisk bedömning."),
        ("Diagnos", "Anorexia nervosa (F50.0)."),
        ("Planering", "Diagnosen har ännu inte förmedlats till pat; tas upp vid familjesamtalet nästa vecka tillsammans med behandlaren."),
    ])],
  must="NL101", must_not="NL102",
  why="16-year-old reads her journal: confirmed anorexia nervosa is visible but has not yet been conveyed to her")

C("d85-vgr-konsid-diagnsoen-ej-informerad-typo", "vgr", "2002-02-28", "F", [
    N("n1", "vg_konsid", ("Elin Carlsson", "läkare"), "2024-04-30 16:00", [
        ("Bakgrund", "22-åring, tilldelad kvinnligt kön vid födseln, identifierar sig som man och använder han. "
                     "Egenremiss 2022. Har levt i sin identitet socialt sedan gymnasiet, bytt förnamn 2021. "
                     "Tidigare behandlad på BUP för depression 2017–2018, inga aktuella psykiatriska läkemedel."),
        ("Utredning", "Sju bedömningssamtal med psykolog, två med kurator, psykiatrisk bedömning och somatisk undersökning. "
                      "Samtal med mamma och syster har genomförts med pat:s samtycke. "
                      "Ihållande och uttalat obehag inför bröst och menstruation sedan puberteten, stark önskan om maskulinisering."),
        ("Teamkonferens", "Utredningen genomgången av läkare, psykolog och kurator. Kriterierna uppfylls. "
                          "Inga psykiatriska tillstånd som förklarar könsinkongruensen bättre. God social förankring, arbetar deltid på lager."),
        ("Diagnos", "Könsdysfori (F64.0)."),
        ("Planering", "Pat har inte informerats om diagnsoen ännu, besked vid återbesöket 14/5 då även fortsatt vård diskuteras. "
                      "Därefter remiss till endokrinologen för ställningstagande till testosteronbehandling och "
                      "information om fertilitetsbevarande åtgärder. Kurator fortsätter stödsamtal under väntetiden."),
    ])],
  must="NL101", must_not="NL102",
  why="long gender-dysphoria chart: the team sets the diagnosis but the patient hears it only at the next visit (typo 'diagnsoen')")

C("d85-sk-inf-hepatit-c-ovetande", "skane", "2000-02-07", "M", [
    N("n1", "sk_inf_malmo", ("Sanna Lindahl", "läkare"), "2024-09-30 09:30", [
        ("Bakgrund", "Remiss från beroendemottagningen, tidigare injektionsmissbruk, drogfri sedan ett år."),
        ("Provsvar", "Anti-HCV pos, HCV-RNA 1,2 miljoner IE/ml, genotyp 3a."),
        ("Bedömning", "Kronisk hepatit C. Pat är än så länge ovetande om diagnosen; remitterande kände inte till svaret."),
        ("Planering", "Nybesök 8/10 där beskedet ges och behandling med DAA planeras."),
    ])],
  must="NL101", must_not="NL102",
  why="'ovetande om diagnosen' is a not-told cue beside a confirmed hepatitis C in a visible section")

C("d85-sk-kk-pcos-ej-fatt-besked", "skane", "2003-03-03", "F", [
    N("n1", "sk_kk_lund", ("Ebba Holmgren", "läkare"), "2024-03-19 11:45", [
        ("Provsvar", "Testosteron 2,9 nmol/l, 17-OH-P, TSH och prolaktin normala. UL: > 20 folliklar per ovarium."),
        ("Bedömning", "PCOS, uppfyller samtliga tre Rotterdamkriterier."),
        ("Planering", "Pat har ej fått besked om diagnosen. Telefontid bokad 22/3 för genomgång av svaren och behandlingsalternativ."),
    ])],
  must="NL101", must_not="NL102", why="confirmed PCOS is visible while the patient has not had the news")

C("d85-vgr-psyk-eips-bor-ej-delges", "vgr", "2003-07-26", "F", [
    N("n1", "vg_psyk_udd", ("Maria Holmberg", "läkare"), "2024-11-07 15:10", [
        ("Aktuellt", "Genomgång av strukturerad diagnostisk intervju (SCID-5-PD) och anamnes med återkommande självskada sedan 14 års ålder."),
        ("Diagnos", "Emotionellt instabil personlighetsstörning (F60.3)."),
        ("Bedömning", "Diagnosen bör inte delges pat ännu, behandlande psykolog vill ta upp den i samtal under trygga former först."),
    ], signed=None)],
  must="NL101", must_not="NL102",
  why="staff decide the personality-disorder diagnosis must not be shared yet, but it stands under visible Diagnos")

C("d85-vgr-um-herpes-pcr-ej-infomerad-typo", "vgr", "2005-12-20", "F", [
    N("n1", "vg_um_thn", ("Camilla Strand", "barnmorska"), "2024-05-03 12:40", [
        ("Provsvar", "Herpes simplex typ 1 påvisat med PCR från sår på labia."),
        ("Bedömning", "Genital herpes, HSV-1."),
        ("Åtgärd", "Pat ej infomerad än, ringer i eftermiddag när hon slutat skolan."),
    ])],
  must="NL101", must_not="NL102", why="typo in the not-told cue ('ej infomerad') beside a confirmed genital herpes")

C("d85-sk-kk-partiell-mola-ej-informerad", "skane", "2001-08-28", "F", [
    N("n1", "sk_kk_hbg", ("Maja Rosén", "läkare"), "2024-08-22 13:35", [
        ("PAD", "Vakuumaspiration 9/8 pga missed abortion. PAD: partiell mola hydatidosa."),
        ("Bedömning", "Partiell mola. Pat har inte blivit informerad om PAD-svaret."),
        ("Planering", "Kallas till mottagningen för besked och uppföljning med hCG varje vecka tills negativt."),
    ], signed=None)],
  must="NL101", must_not="NL102",
  why="unsigned draft: a partial mole found on PAD is visible while the patient has not been told")

C("d85-vgr-inf-hiv-screening-reaktiv-ej-informerad", "vgr", "2003-12-30", "M", [
    N("n1", "vg_inf_ostra", ("Axel Moberg", "läkare"), "2024-10-17 14:15", [
        ("Provsvar", "HIV Ag/Ak reaktiv vid screening på ungdomsmottagningen, konfirmation pågår på mikrobiologen."),
        ("Bedömning", "Misstänkt HIV-infektion."),
        ("Planering", "Pat ej informerad om screeningsvaret innan konfirmationen är klar, beräknas i morgon."),
    ])],
  must="NL101 NL102",
  why="a suspected HIV infection is both hedged in a visible section and withheld from the patient")

C("d85-sk-atst-trolig-atstorning-ej-informerad", "skane", "2005-02-02", "F", [
    N("n1", "sk_atst_vux", ("Hanna Sörensen", "läkare"), "2024-10-08 10:00", [
        ("Aktuellt", "Remitterad från UM Malmö, vill själv bara ha hjälp med magont och trötthet."),
        ("Bedömning", "Trolig ätstörning UNS med restriktivt ätande och överdriven träning. "
                      "Pat är inte informerad om misstanken, vi vill bygga allians först."),
        ("Planering", "Nytt besök om två veckor med vikt och lab."),
    ])],
  must="NL101 NL102",
  why="'Trolig ätstörning UNS' is hedged and explicitly not yet told, in a visible Bedömning")

C("d85-vgr-um-graviditet-ej-informerad", "vgr", "2005-09-01", "F", [
    N("n1", "vg_um_skovde", ("Hanna Berg", "barnmorska"), "2024-06-03 16:05", [
        ("Provsvar", "S-hCG 4 100 IE/l."),
        ("Bedömning", "Graviditet, ca v 6 enligt SM."),
        ("Telefonkontakt", "Pat ej informerad då hon inte svarar. Sms skickat med uppmaning att ringa barnmorskan i morgon."),
    ])],
  must="NL101", must_not="NL102",
  why="a confirmed pregnancy stands in a visible Bedömning while the patient has not been told")

C("d85-sk-npu-ast-ej-aterkopplat", "skane", "2004-11-14", "M", [
    N("n1", "sk_npu_lund", ("Jenny Söderberg", "läkare"), "2024-09-19 13:00", [
        ("Utredning", "Neuropsykiatrisk utredning klar: ADOS-2, intervju med mamma och psykologiska test."),
        ("Diagnos", "Autismspektrumtillstånd (F84.0) utan intellektuell funktionsnedsättning."),
        ("Planering", "Utredningsresultatet är inte återkopplat till pat. Återgivningssamtal med psykolog och läkare 3/10."),
    ])],
  must="NL101", must_not="NL102",
  why="autism diagnosis written in a visible Diagnos before the feedback talk with the young man")

C("d85-sk-endo-klinfelters-ej-informerad-typo", "skane", "2006-03-15", "M", [
    N("n1", "sk_endo_lund", ("Mikael Öhman", "läkare"), "2024-07-11 11:50", [
        ("Bakgrund", "18-åring remitterad från ungdomsmottagningen pga gynekomasti och små testiklar."),
        ("Provsvar", "Karyotyp 47,XXY. FSH och LH förhöjda, testosteron lågt."),
        ("Diagnos", "Klinfelters syndrom."),
        ("Planering", "Pat ännu ej informerad. Besked ges av mig tillsammans med genetisk vägledare 17/7."),
    ])],
  must="NL101", must_not="NL102",
  why="misspelt diagnosis ('Klinfelters syndrom') in visible Diagnos, and the patient has not been told")

C("d85-vgr-ven-hiv-n1-ej-n2-informerad", "vgr", "2004-02-24", "M", [
    N("n1", "vg_ven_sahlg", ("Ida Magnusson", "läkare"), "2024-11-21 16:20", [
        ("Provsvar", "HIV-1 konfirmerad, HIV-RNA 230 000 kopior/ml."),
        ("Bedömning", "HIV-1-infektion. Pat ej informerad, kallas till mottagningen i morgon för personligt besked."),
    ]),
    N("n2", "vg_ven_sahlg", ("Ida Magnusson", "läkare"), "2024-11-22 10:30", [
        ("Besök", "Pat informerad om HIV-diagnosen vid besök idag tillsammans med kurator. Tog beskedet sakligt men är rädd."),
        ("Planering", "Remiss till infektionsmottagningen för behandlingsstart. Smittspårning inleds av kurator."),
    ]),
  ], must="NL101@n1", must_not="NL101@n2",
  why="the first note withholds a confirmed HIV diagnosis; the next day's note records that the patient was told")

C("d85-sk-gynakut-klamydia-salpingit-draft-ej-informerad", "skane", "2003-06-12", "F", [
    N("n1", "sk_gynakut_malmo", ("Simon Ekdahl", "läkare"), "2024-12-12 07:40", [
        ("Provsvar", "Klamydia pos i vaginalprov taget på gynakuten 9/12."),
        ("Bedömning", "Salpingit orsakad av klamydia."),
        ("Planering", "Pat har inte informerats om klamydiasvaret, ska ringas i dag. Smittspårning via UM."),
    ], signed=None)],
  must="NL101", must_not="NL102",
  why="unsigned draft: chlamydial salpingitis recorded while the positive result has not yet been told")
# ---------------------------------------------------------- chunk 5
# NL101 hard negatives: patient told, only partner/parent untold, untold thing
# is no diagnosis, protected place, nothing said about telling.

C("d85-sk-ven-gonorre-partner-ej-informerad", "skane", "2002-10-06", "M", [
    N("n1", "sk_ven_malmo", ("Peter Jansson", "läkare"), "2024-03-27 11:15", [
        ("Diagnos", "Gonorré i uretra, odlingsverifierad."),
        ("Information", "Pat informerad om svaret och behandlad med ceftriaxon. "
                        "Partnern är ännu inte informerad; pat vill själv prata med henne i kväll."),
        ("Smittspårning", "Pat uppger en partner senaste två månaderna. Kurator följer upp att hon provtas inom en vecka."),
    ])],
  must_not="NL101", why="the patient knows his gonorrhoea; only the partner who must be contacted is still uninformed")

C("d85-vgr-abort-mamma-vet-inte", "vgr", "2007-02-19", "F", [
    N("n1", "vg_abort_ostra", ("Klara Sundin", "barnmorska"), "2024-04-04 09:20", [
        ("Aktuellt", "Graviditet v 7+1 enligt UL idag. Pat informerad om graviditetslängden och önskar medicinsk abort."),
        ("Social situation", "Bor med mamma och lillebror, går andra året på gymnasiet. Mamma vet inte om graviditeten "
                             "och pat vill inte att hon informeras. Pojkvännen följer med på behandlingsdagen."),
        ("Planering", "Mifepriston idag, misoprostol hemma om två dygn. Kuratorskontakt erbjuds."),
    ])],
  must_not="NL101", why="a 17-year-old knows she is pregnant; it is her mother who is not told, which is no NL101")

C("d85-sk-kk-endometriom-op-datum-ej-informerad", "skane", "2000-12-22", "F", [
    N("n1", "sk_kk_lund", ("Karin Bergqvist", "läkare"), "2024-10-02 15:30", [
        ("Bedömning", "Endometriom vä ovarium 5 cm, känt sedan i våras och diskuterat med pat vid flera besök."),
        ("Planering", "Laparoskopisk cystextirpation. Pat ej informerad om operationsdatum än, operationsplaneringen ringer henne."),
    ])],
  must_not="NL101", why="what the patient has not been told is the operation date, not the known endometrioma")

C("d85-vgr-um-klamydiia-neg-ej-meddelad-typo", "vgr", "2006-07-13", "F", [
    N("n1", "vg_um_frolunda", ("Oliver Axelsson", "sjuksköterska"), "2024-08-08 14:10", [
        ("Provsvar", "Klamydiia neg, gonorré neg."),
        ("Åtgärd", "Pat ej meddelad ännu, svaret går ut automatiskt via 1177 i morgon."),
    ])],
  must_not="NL101", why="the untold result is a normal one (chlamydia negative, typo 'Klamydiia'), not a diagnosis")

C("d85-vgr-atst-bulimi-remiss-ej-informerad", "vgr", "2001-09-18", "F", [
    N("n1", "vg_atst", ("Sofia Nyman", "läkare"), "2024-06-20 13:40", [
        ("Bedömning", "Bulimia nervosa (F50.2), diagnosen genomgången med pat vid förra besöket."),
        ("Åtgärd", "Remiss till tandvården pga emaljskador. Pat ej informerad om att remissen skickats, meddelas vid nästa samtal."),
    ])],
  must_not="NL101", why="the diagnosis was told earlier; what is still untold is only that a referral was sent")

C("d85-sk-th-template-turner-ej-informerad", "skane", "2007-05-30", "F", [
    N("n1", "sk_barnmed_lund", ("Per Ahlin", "läkare"), "2024-02-06 10:30", [
        ("Tidig hypotes", "DD Turners syndrom (mosaik) vid primär amenorré och kortvuxenhet, karyotyp skickad. "
                          "Ej diskuterat med pat eller föräldrar ännu, tas upp när svaret finns."),
    ], template="Tidiga hypoteser")],
  must_not="NL101 NL102",
  why="Skåne: the untold, hedged Turner hypothesis lives only in a Tidiga hypoteser note, which is protected")

C("d85-vgr-th-keyword-anorexi-ej-informerad", "vgr", "2006-11-27", "F", [
    N("n1", "vg_um_skovde", ("Lisa Ström", "läkare"), "2024-03-04 14:50", [
        ("Aktuellt", "Kommer för trötthet och yrsel vid uppresning. Tränar mycket inför fotbollssäsongen."),
        ("Status", "Vikt 49 kg, längd 168 cm. Puls 50, BT 100/60. Hjärta och lungor ua."),
        ("Planering", "Blodprover, EKG. Återbesök om en vecka."),
        ("Tidiga hypoteser", "Inger misstanke om anorexia nervosa. Vill träffa pat fler gånger innan detta tas upp med henne."),
    ])],
  must_not="NL101 NL102",
  why="VGR: hedged and untold anorexia appears only under sökord Tidiga hypoteser; the visible sections are neutral")

C("d85-vgr-um-candida-inget-om-information", "vgr", "2003-01-28", "F", [
    N("n1", "vg_um_boras", ("Maria Åberg", "barnmorska"), "2024-10-24 11:05", [
        ("Status", "Vit grynig flytning, rodnad vulva, pH 4,2. Mikroskopi: hyfer."),
        ("Bedömning", "Candidavaginit."),
        ("Åtgärd", "Flukonazol 150 mg engångsdos."),
    ])],
  must_not="NL101", why="a plain confirmed diagnosis with nothing said about informing the patient is no NL101")

C("d85-sk-konsdysf-tidigare-informerad", "skane", "2001-10-10", "F", [
    N("n1", "sk_konsdysf", ("Tove Engström", "läkare"), "2024-01-17 09:45", [
        ("Diagnos", "Transsexualism (F64.0)."),
        ("Aktuellt", "Pat informerades om diagnosen vid besöket i november 2023 och har sedan påbörjat testosteronbehandling."),
        ("Planering", "Testosteron- och Hb-kontroll om tre månader."),
    ])],
  must_not="NL101", why="the gender-identity diagnosis was told at an earlier visit")

C("d85-vgr-ven-smittsparning-kontakt-ej-nadd", "vgr", "2004-07-04", "F", [
    N("n1", "vg_ven_sahlg", ("Jonna Kvist", "kurator"), "2024-09-09 10:40", [
        ("Smittspårning", "Klamydia hos indexpatient, informerad om diagnos och smittskyddslagen vid läkarbesöket 5/9. "
                          "Två kontakter uppgivna: den ena har testat sig, den andra är ännu inte nådd och har inte fått veta."),
        ("Planering", "Nytt försök att nå kontakt 2 via brev. Kontroll att indexpatienten fullföljt behandlingen."),
    ], template="Kuratorsanteckning")],
  must_not="NL101", why="contact tracing: the patient was told; the one who has not been informed is a sexual contact")

C("d85-sk-kk-cin2-besked-givet", "skane", "2000-05-14", "F", [
    N("n1", "sk_kk_lund", ("Erik Wallin", "läkare"), "2024-11-28 10:30", [
        ("PAD", "Biopsier från kolposkopi: CIN 2, p16-positiv."),
        ("Information", "Pat har fått besked om PAD-svaret idag. Vi valde aktiv exspektans med ny kolposkopi om sex månader."),
    ])],
  must_not="NL101", why="the CIN 2 result was given to the patient today")

C("d85-vgr-konsid-vantetid-ej-underrattad", "vgr", "2005-06-09", "M", [
    N("n1", "vg_konsid", ("Frida Åström", "sjuksköterska"), "2024-08-15 13:10", [
        ("Administration", "Remiss från psykiatrin mottagen. Pat har diagnosen könsdysfori sedan 2023 och har själv efterfrågat fortsatt vård här."),
        ("Planering", "Pat ej underrättad om att väntetiden till första besök just nu är ca nio månader, skickar brev i veckan."),
    ], signed=None)],
  must_not="NL101", why="the untold item is the waiting time; the known diagnosis is not withheld")

C("d85-sk-kk-informerad-om-misstanke-pcos", "skane", "2002-03-25", "F", [
    N("n1", "sk_kk_hbg", ("Emma Nilsson", "läkare"), "2024-09-11 14:00", [
        ("Anamnes", "Oligomenorré sedan ett år efter att ha slutat med p-piller, akne i ansiktet."),
        ("Bedömning", "Misstänkt PCOS. Pat informerad om misstanken och om vilka prover som behövs för att bekräfta den."),
        ("Planering", "Hormonprover i cykeldag 3–5 om mens kommer, annars när som helst. UL på gynmottagningen."),
    ])],
  must="NL102", must_not="NL101",
  why="a hedged PCOS stays an NL102 in visible text, but the patient was told of the suspicion, so no NL101")

C("d85-vgr-ven-partnerns-provsvar-ej-informerad", "vgr", "2003-11-11", "M", [
    N("n1", "vg_ven_sahlg", ("Johan Ekström", "läkare"), "2024-12-05 09:50", [
        ("Diagnos", "Klamydiainfektion i urinröret, svaret känt av pat sedan 29/11."),
        ("Aktuellt", "Frågar om flickvännens prov, men han informeras inte om hennes svar av sekretesskäl."),
        ("Åtgärd", "Doxycyklin fullföljd. Test-of-cure ej indicerat."),
    ])],
  must_not="NL101", why="what the patient is not told is his partner's result, not his own diagnosis")

C("d85-sk-bup-foraldrar-ej-informerade", "skane", "2007-06-18", "M", [
    N("n1", "sk_bup_hbg", ("Lena Ahlström", "läkare"), "2024-10-15 11:30", [
        ("Bedömning", "Egentlig depression, medelsvår (F32.1). Diagnosen genomgången med pat idag."),
        ("Planering", "Föräldrarna har ännu inte informerats om diagnosen enligt pat:s önskan; vi ses igen om en vecka. "
                      "Start av sertralin 25 mg diskuterad."),
    ])],
  must_not="NL101", why="17-year-old was told his depression diagnosis; only the parents are not yet told")

C("d85-sk-multi-th-sedan-informerad-pcos", "skane", "2001-02-09", "F", [
    N("n1", "sk_kk_krstd", ("Ebba Holmgren", "läkare"), "2024-01-11 16:20", [
        ("Tidig hypotes", "Misstänkt PCOS men även hyperprolaktinemi möjlig. Pat ej informerad innan prolaktin och UL är klara."),
    ], template="Tidiga hypoteser"),
    N("n2", "sk_kk_krstd", ("Ebba Holmgren", "läkare"), "2024-02-08 10:10", [
        ("Bedömning", "Prolaktin normalt. UL och androgener uppfyller Rotterdamkriterierna och diagnosen PCOS fastställs."),
        ("Information", "Pat informerad om PCOS idag och fick skriftlig information om livsstil och fertilitet."),
    ]),
  ], must_not="NL102@n1 NL101@n1 NL101@n2",
  why="Skåne: the early hypothesis is kept in Tidiga hypoteser, and the later visible note records that she was told")

C("d85-sk-multi-pmo-remiss-sedan-melior-hedged", "skane", "2003-08-19", "F", [
    N("n1", "sk_um_malmo", ("Olof Dahl", "läkare"), "2024-03-05 14:00", [
        ("Bedömning", "Trolig endometrios med svår dysmenorré och dyschezi."),
        ("Åtgärd", "Remiss till kvinnokliniken SUS Lund."),
    ]),
    N("n2", "sk_kk_lund", ("Karin Bergqvist", "läkare"), "2024-04-16 10:00", [
        ("Bedömning", "Sannolik endometrios, TVUL utan endometriom eller djup infiltration."),
        ("Planering", "Kontinuerlig gestagenbehandling. Pat informerad om att diagnosen bara kan säkerställas vid laparoskopi."),
    ]),
  ], must="NL102@n2", must_not="NL102@n1",
  why="the same hedged endometriosis is silent in the PMO youth-clinic note and fires in the Melior hospital note")

C("d85-vgr-um-misstankt-mykoplasma-informerad", "vgr", "2002-04-27", "F", [
    N("n1", "vg_um_frolunda", ("Linnea Holm", "läkare"), "2024-11-20 15:20", [
        ("Aktuellt", "Mellanblödningar och sveda trots negativt klamydiaprov. Partnern har uretritbesvär."),
        ("Bedömning", "Misstänkt Mycoplasma genitalium-infektion. Har berättat för pat vad misstanken gäller."),
        ("Åtgärd", "MG-PCR från vagina."),
    ], signed=None)],
  must="NL102", must_not="NL101",
  why="unsigned draft: the suspicion is hedged in visible text, but the patient has been told about it")

C("d85-sk-psyk-trolig-social-fobi-pratat-om", "skane", "2004-09-05", "M", [
    N("n1", "sk_psyk_lund", ("Jonas Håkansson", "läkare"), "2024-04-23 14:40", [
        ("Aktuellt", "Undviker föreläsningar och grupparbeten sedan gymnasiet, rodnar och darrar vid muntliga redovisningar."),
        ("Bedömning", "Trolig social fobi. Detta har vi pratat om idag och pat känner igen sig."),
        ("Planering", "LSAS-SR inför nästa besök, därefter ställningstagande till internet-KBT via Stöd och behandling."),
    ])],
  must="NL102", must_not="NL101",
  why="'Trolig social fobi' is a visible hedged diagnosis, and the note says it was discussed with the patient")


if __name__ == "__main__":
    main()
