#!/usr/bin/env python3
"""Gold cases nl1bl_dev_cases: uncertainty words in notes by many professions.

Nurses (telephone advice, district nursing, diabetes and asthma nurses),
physiotherapists, occupational therapists, psychologists, counsellors (kurator),
dieticians, midwives, speech therapists, 1177 e-service replies, and physicians.
Hedges about function, adherence, logistics, test results, symptoms, social
situation and attendance (near misses) as well as hedged diagnoses (NL102) and
diagnoses the patient has not yet been told (NL101).

Dependency-free and deterministic: `python3 build.py` writes nl1bl_dev_cases.jsonl
beside this file and validates it (exit status 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bl_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# --------------------------------------------------------------------------- units
# key: (name, hsa_id, region, system)
S = "SE2321000255-"
V = "SE2321000131-"
UNITS = {
    # Skåne, hospitals: Melior
    "S_AKUT_MA": ("Akutmottagningen, Skånes universitetssjukhus Malmö", S + "4102", "skane", "Melior"),
    "S_LUNG_LU": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", S + "4118", "skane", "Melior"),
    "S_ENDO_MA": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", S + "4125", "skane", "Melior"),
    "S_FYS_HBG": ("Fysioterapin, Helsingborgs lasarett", S + "4131", "skane", "Melior"),
    "S_AT_CSK": ("Arbetsterapin, Centralsjukhuset Kristianstad", S + "4147", "skane", "Melior"),
    "S_KVINNO_YS": ("Kvinnokliniken, Ystads lasarett", S + "4153", "skane", "Melior"),
    "S_ONK_LU": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", S + "4169", "skane", "Melior"),
    "S_DIET_MA": ("Dietistverksamheten, Skånes universitetssjukhus Malmö", S + "4174", "skane", "Melior"),
    "S_GERI_LA": ("Geriatriska mottagningen, Lasarettet i Landskrona", S + "4180", "skane", "Melior"),
    "S_BARN_LU": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", S + "4196", "skane", "Melior"),
    "S_ORT_HLM": ("Ortopedmottagningen, Hässleholms sjukhus", S + "4203", "skane", "Melior"),
    "S_NEURO_LU": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", S + "4219", "skane", "Melior"),
    "S_MED_TBG": ("Medicinmottagningen, Trelleborgs lasarett", S + "4225", "skane", "Melior"),
    "S_PSYK_LU": ("Allmänpsykiatrisk mottagning Lund", S + "4231", "skane", "Melior"),
    "S_HUD_LU": ("Hudmottagningen, Skånes universitetssjukhus Lund", S + "4247", "skane", "Melior"),
    "S_KUR_CSK": ("Kuratorsenheten, Centralsjukhuset Kristianstad", S + "4252", "skane", "Melior"),
    "S_HJART_HBG": ("Hjärtmottagningen, Helsingborgs lasarett", S + "4268", "skane", "Melior"),
    "S_SMARTA_LU": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", S + "4274", "skane", "Melior"),
    "S_REHAB_ANG": ("Rehabiliteringsmedicinska enheten, Ängelholms sjukhus", S + "4280", "skane", "Melior"),
    "S_KIR_YS": ("Kirurgmottagningen, Ystads lasarett", S + "4296", "skane", "Melior"),
    "S_INF_MA": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", S + "4303", "skane", "Melior"),
    "S_URO_MA": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", S + "4319", "skane", "Melior"),
    "S_NJUR_LU": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", S + "4325", "skane", "Melior"),
    "S_GYN_MA": ("Gynekologiska mottagningen, Skånes universitetssjukhus Malmö", S + "4331", "skane", "Melior"),
    "S_LOGO_LU": ("Logopedmottagningen, Skånes universitetssjukhus Lund", S + "4347", "skane", "Melior"),
    "S_REUMA_LU": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", S + "4352", "skane", "Melior"),
    "S_AVD_HBG": ("Medicinavdelning 5, Helsingborgs lasarett", S + "4368", "skane", "Melior"),
    "S_ASIH_KRI": ("ASIH Kristianstad", S + "4374", "skane", "Melior"),
    # Skåne, primary care: PMO
    "P_VC_HORBY": ("Vårdcentralen Hörby", S + "5102", "skane", "PMO"),
    "P_VC_SJOBO": ("Vårdcentralen Sjöbo", S + "5118", "skane", "PMO"),
    "P_VC_LIMHAMN": ("Vårdcentralen Limhamn", S + "5125", "skane", "PMO"),
    "P_VC_ESLOV": ("Vårdcentralen Eslöv", S + "5131", "skane", "PMO"),
    "P_HSV_TOMELILLA": ("Hemsjukvården, Vårdcentralen Tomelilla", S + "5147", "skane", "PMO"),
    "P_BVC_TBG": ("BVC, Vårdcentralen Trelleborg Söder", S + "5153", "skane", "PMO"),
    "P_UM_LUND": ("Ungdomsmottagningen Lund", S + "5169", "skane", "PMO"),
    "P_BMM_LSK": ("Barnmorskemottagningen Landskrona", S + "5174", "skane", "PMO"),
    "P_VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", S + "5180", "skane", "PMO"),
    "P_VC_HOGANAS": ("Vårdcentralen Höganäs", S + "5196", "skane", "PMO"),
    "P_REHAB_SIMRIS": ("Rehabenheten, Vårdcentralen Simrishamn", S + "5203", "skane", "PMO"),
    "P_VC_BURLOV": ("Vårdcentralen Burlöv", S + "5219", "skane", "PMO"),
    # Västra Götaland: Melior
    "V_DIAB_SU": ("Diabetesmottagningen, Sahlgrenska Universitetssjukhuset", V + "6101", "vgr", "Melior"),
    "V_LUNG_SU": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", V + "6117", "vgr", "Melior"),
    "V_FYS_SAS": ("Fysioterapin, Södra Älvsborgs Sjukhus Borås", V + "6124", "vgr", "Melior"),
    "V_AT_NU": ("Arbetsterapin, NU-sjukvården Uddevalla sjukhus", V + "6130", "vgr", "Melior"),
    "V_DIET_SKAS": ("Dietistenheten, Skaraborgs Sjukhus Skövde", V + "6146", "vgr", "Melior"),
    "V_GYN_OSTRA": ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", V + "6151", "vgr", "Melior"),
    "V_AKUT_KGV": ("Akutmottagningen, Kungälvs sjukhus", V + "6167", "vgr", "Melior"),
    "V_MED_ALS": ("Medicinmottagningen, Alingsås lasarett", V + "6172", "vgr", "Melior"),
    "V_ORT_MOL": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "6188", "vgr", "Melior"),
    "V_BARN_DSBUS": ("Barnmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", V + "6193", "vgr", "Melior"),
    "V_PSYK_SAS": ("Psykiatriska öppenvårdsmottagningen, Södra Älvsborgs Sjukhus Borås", V + "6200", "vgr", "Melior"),
    "V_KUR_NAL": ("Kuratorsmottagningen, NÄL Trollhättan", V + "6216", "vgr", "Melior"),
    "V_LUNG_LIDK": ("Lungmottagningen, Skaraborgs Sjukhus Lidköping", V + "6221", "vgr", "Melior"),
    "V_NEURO_SU": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V + "6237", "vgr", "Melior"),
    "V_ONK_SU": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", V + "6242", "vgr", "Melior"),
    "V_SAVH_SAS": ("Sjukhusansluten avancerad hemsjukvård, Södra Älvsborgs Sjukhus", V + "6258", "vgr", "Melior"),
    "V_REUMA_SU": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", V + "6263", "vgr", "Melior"),
    "V_GERI_FROL": ("Geriatriska mottagningen, Frölunda Specialistsjukhus", V + "6279", "vgr", "Melior"),
    "V_HJART_NAL": ("Hjärtmottagningen, NÄL Trollhättan", V + "6284", "vgr", "Melior"),
    "V_HUD_SU": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", V + "6290", "vgr", "Melior"),
    "V_INF_OSTRA": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", V + "6307", "vgr", "Melior"),
    "V_LOGO_SKAS": ("Logopedmottagningen, Skaraborgs Sjukhus Skövde", V + "6312", "vgr", "Melior"),
    "V_URO_SU": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", V + "6328", "vgr", "Melior"),
    "V_AVD_ALS": ("Medicinavdelning 3, Alingsås lasarett", V + "6333", "vgr", "Melior"),
    "V_BARNAKUT": ("Barnakutmottagningen, Drottning Silvias barn- och ungdomssjukhus", V + "6349", "vgr", "Melior"),
    "V_REHAB_KGV": ("Rehabiliteringsmottagningen, Kungälvs sjukhus", V + "6354", "vgr", "Melior"),
    "V_KIR_SKAS": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", V + "6360", "vgr", "Melior"),
    "V_MED_NU": ("Medicinmottagningen, NU-sjukvården NÄL", V + "6375", "vgr", "Melior"),
    "V_KVINNO_SAS": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", V + "6381", "vgr", "Melior"),
}


# --------------------------------------------------------------------------- helpers
def _luhn(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, idx):
    """Personnummer YYYYMMDD-NNNC for a birth date; third serial digit odd for men."""
    y, m, d = birth.split("-")
    a = 2 + idx % 7
    b = (idx * 3) % 10
    c = (idx % 5) * 2 + (1 if sex == "M" else 0)
    serial = "%d%d%d" % (a, b, c)
    check = _luhn(y[2:] + m + d + serial)
    return "%s%s%s-%s%d" % (y, m, d, serial, check)


def _iso(t):
    """'2024-03-12 14:05' -> '2024-03-12T14:05:00'."""
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def note(nid, unit, author, role, template, time, sections, signed="auto",
         setting="öppenvård", refs=None):
    name, hsa, region, system = UNITS[unit]
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed == "auto":
        s = (t + _dt.timedelta(minutes=35 + (len(sections) * 7) % 50)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = _iso(signed)
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s,
        "setting": setting, "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_region": region,
    }


def conv(cid, ctype, unit, opened, handled, messages, attachments=(), concerns_care=True):
    name, hsa, _region, _system = UNITS[unit]
    return {
        "id": cid, "type": ctype, "unit": {"name": name, "hsa_id": hsa},
        "opened": _iso(opened), "handled": _iso(handled), "concerns_care": concerns_care,
        "messages": [{"sender": s, "time": _iso(t), "text": x} for s, t, x in messages],
        "attachments": [{"name": n, "kind": k} for n, k in attachments],
    }


CASES = []


def case(name, ruleset, birth, sex, notes, must, must_not, why, convs=()):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "sex": sex,
        "notes": notes, "must": must, "must_not": must_not, "why": why,
        "convs": list(convs),
    })


def M(*codes_and_ids):
    """M('NL102', 'n1', 'NL101', 'n1') -> [['NL102','n1'], ['NL101','n1']]."""
    it = list(codes_and_ids)
    return [[it[i], it[i + 1]] for i in range(0, len(it), 2)]



# --------------------------------------------------------------------------- build + validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    out = []
    for idx, c in enumerate(CASES):
        times = []
        notes = []
        for n in c["notes"]:
            n = dict(n)
            n.pop("_region")
            notes.append(n)
            times.append(_dt.datetime.fromisoformat(n["time"]))
            if n["signed"]:
                times.append(_dt.datetime.fromisoformat(n["signed"]))
        for cv in c["convs"]:
            times.append(_dt.datetime.fromisoformat(cv["handled"]))
        last = max(times)
        as_of = (last.date() + _dt.timedelta(days=1))
        if as_of.year != 2024:
            as_of = _dt.date(2024, 12, 31)
        record = {
            "patient": {"id": pnr(c["birth"], c["sex"], idx + 11), "birth_date": c["birth"],
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
            "notes": notes,
            "access_events": [],
            "conversations": c["convs"],
            "treatments": [],
        }
        out.append({"case": c["name"], "ruleset": c["ruleset"], "record": record,
                    "must": c["must"], "must_not": c["must_not"], "why": c["why"]})
    return out


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text):
    for s in _SENT_SPLIT.split(text):
        s = s.strip()
        if len(s) >= 25:
            yield s


def _in2024(value):
    return isinstance(value, str) and value.startswith("2024-")


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case")
        def err(msg):
            errors.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            err("keys %s" % list(c.keys()))
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
            err("bad case name")
        if c["ruleset"] not in ("skane", "vgr"):
            err("ruleset")
        why = c["why"]
        if not why or "\n" in why:
            err("why must be one line")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            err("record keys %s" % list(rec.keys()))
        pat = rec["patient"]
        if list(pat.keys()) != ["id", "birth_date", "protected_identity"]:
            err("patient keys")
        pid = pat["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            err("personnummer format %s" % pid)
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != pat["birth_date"]:
                err("personnummer does not match birth_date")
            if _luhn(pid[2:8] + m.group(4)) != int(m.group(5)):
                err("personnummer Luhn")
        _dt.date.fromisoformat(pat["birth_date"])
        if not _in2024(rec["as_of"]):
            err("as_of not in 2024")
        note_ids = set()
        conv_ids = {cv["id"] for cv in rec["conversations"]}
        systems = {}
        if not rec["notes"]:
            err("no notes")
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                err("note keys %s" % list(n.keys()))
            if n["id"] in note_ids:
                err("duplicate note id")
            note_ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if not _in2024(n["time"]):
                err("note time not in 2024")
            t = _dt.datetime.fromisoformat(n["time"])
            if n["signed"] is not None:
                if not _in2024(n["signed"]):
                    err("signed not in 2024")
                if _dt.datetime.fromisoformat(n["signed"]) < t:
                    err("signed before time")
            if t > _dt.datetime.fromisoformat(rec["as_of"]):
                err("note after as_of")
            age = _age(pat["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                err("patient age %d at note time" % age)
            region = [u[2] for u in UNITS.values() if u[1] == n["unit"]["hsa_id"]][0]
            if region != c["ruleset"]:
                err("unit region %s != ruleset" % region)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            for r in n["refs"]:
                if r not in conv_ids:
                    err("ref %s has no conversation" % r)
            if not n["sections"]:
                err("note without sections")
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    err("section")
                for s in _sentences(sec["text"]):
                    if s in seen and seen[s] != name:
                        err("sentence also in %s: %r" % (seen[s], s))
                    elif s in seen:
                        err("sentence repeated in case: %r" % s)
                    seen[s] = name
        for cv in rec["conversations"]:
            for key in ("opened", "handled"):
                if not _in2024(cv[key]):
                    err("conversation %s not in 2024" % key)
            for msg in cv["messages"]:
                if not _in2024(msg["time"]):
                    err("message time not in 2024")
                for s in _sentences(msg["text"]):
                    if s in seen:
                        err("sentence also in %s: %r" % (seen[s], s))
                    seen[s] = name
        asserted = set()
        if not c["must"] and not c["must_not"]:
            err("nothing asserted")
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if not (isinstance(pair, list) and len(pair) == 2):
                    err("bad %s entry" % lst)
                    continue
                code, target = pair
                if not re.fullmatch(r"NL1\d\d", code):
                    err("code %s outside NL1" % code)
                if target not in note_ids:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in asserted:
                    err("%s/%s asserted twice" % (code, target))
                asserted.add((code, target))
                if systems[target] == "PMO":
                    if code == "NL101":
                        err("NL101 asserted on a PMO note")
                    if code == "NL102" and lst == "must":
                        err("NL102 must on a PMO note")
    return errors


def main():
    cases = build()
    errors = validate(cases)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("%d cases -> %s" % (len(cases), OUT))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))


# =========================================================================== cases
# ---------------------------------------------------------------- A. hedged diagnoses,
# visible Melior notes written by professions other than physicians -> NL102 must

case("telrad-ssk-trol-cystit", "skane", "1987-04-19", "K", [
    note("n1", "S_AKUT_MA", "Malin Holmqvist", "sjuksköterska", "Telefonrådgivning",
         "2024-02-14 09:12", [
             ("Kontaktorsak", "Ringer pga sveda vid vattenkastning sedan två dygn och täta trängningar. Ingen feber, ingen smärta i flankerna, ej gravid."),
             ("Bedömning", "Trol. okomplicerad cystit."),
             ("Åtgärd", "Hänvisas till sin vårdcentral för urinsticka imorgon bitti. Åter vid feber eller ryggsmärta."),
         ], setting="telefonrådgivning")],
    M("NL102", "n1"), M("NL101", "n1"),
    "telephone nurse: 'Trol. cystit' in Bedömning of a Melior note is a hedged diagnosis")

case("diabssk-misstankt-infekterat-fotsar", "vgr", "1951-11-02", "M", [
    note("n1", "V_DIAB_SU", "Lena Bergström", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-03-05 10:40", [
             ("Aktuellt", "Känd typ 2-diabetes sedan 2009, kommer för årlig fotundersökning."),
             ("Status", "Sår ca 1 x 1 cm på vänster stortås undersida med rodnad och värmeökning runt om. Luktar illa."),
             ("Bedömning", "Misstänkt infekterat fotsår vänster fot."),
             ("Åtgärd", "Ansvarig diabetesläkare tittar på foten innan pat går hem. Såret rengjort och täckt."),
         ])],
    M("NL102", "n1"), [],
    "diabetes nurse writes 'Misstänkt infekterat fotsår' in a visible assessment")

case("fysio-misstankt-halseneruptur", "skane", "1976-06-30", "M", [
    note("n1", "S_ORT_HLM", "Jonas Lindh", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-04-22 13:30", [
             ("Anamnes", "Kände en smäll i höger vad vid padel igår, haltar sedan dess."),
             ("Status", "Palpabel grop ca 4 cm ovan hälbenet. Positivt Thompsons test höger."),
             ("Bedömning", "Misstänkt total hälseneruptur hö."),
             ("Åtgärd", "Kontakt med ortopedjour, pat går direkt till akutmottagningen för bedömning samma dag."),
         ])],
    M("NL102", "n1"), [],
    "physiotherapist: suspected Achilles rupture is a hedged diagnosis in a visible note")

case("at-adl-kunna-tala-for-demens", "vgr", "1940-08-14", "K", [
    note("n1", "V_GERI_FROL", "Sara Nyström", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-05-07 14:00", [
             ("Aktivitet", "ADL-bedömning i mottagningens kök. Pat tappar bort sig mitt i momenten när hon lagar en enkel gröt, behöver verbala påminnelser om ordningsföljd."),
             ("Bedömning", "Svårigheterna att planera och genomföra aktivitet i flera steg skulle kunna tala för en begynnande demenssjukdom. Detta har förmedlats till ansvarig geriatriker."),
             ("Planering", "Hembesök inbokat 21/5."),
         ])],
    M("NL102", "n1"), [],
    "occupational therapist hedges a dementia diagnosis ('skulle kunna tala för')")

case("psykolog-trolig-adhd", "skane", "1998-01-25", "M", [
    note("n1", "S_PSYK_LU", "Elin Sandberg", "psykolog", "Psykologanteckning",
         "2024-01-30 15:10", [
             ("Samtal", "Fjärde utredningssamtalet. Genomgång av QbTest och skolbetyg från grundskolan."),
             ("Bedömning", "Sammantaget bedöms trolig ADHD, kombinerad form. Utredningen slutförs när skattningar från pat:s mamma kommit in."),
         ])],
    M("NL102", "n1"), [],
    "psychologist: 'trolig ADHD' in the visible assessment of a Melior note")

case("kurator-mojlig-depression", "vgr", "1969-03-11", "K", [
    note("n1", "V_KUR_NAL", "Hanna Ek", "kurator", "Kuratorsanteckning",
         "2024-02-20 11:00", [
             ("Samtal", "Pat beskriver nedstämdhet, sömnsvårigheter och minskad ork sedan i höstas, efter att maken blev sjuk."),
             ("Bedömning", "Möjlig depression. Pat är motiverad att träffa läkare och tid bokas via mottagningens sekreterare."),
         ])],
    M("NL102", "n1"), [],
    "counsellor (kurator) writes 'Möjlig depression' in a visible section")

case("dietist-misstankt-laktosintolerans", "skane", "1990-09-09", "K", [
    note("n1", "S_DIET_MA", "Karin Åkesson", "dietist", "Dietistanteckning",
         "2024-06-11 08:45", [
             ("Kostanamnes", "Uppblåsthet och lös avföring 1–2 h efter mjölk och glass, inga besvär efter hårdost."),
             ("Bedömning", "Misstänkt laktosintolerans."),
             ("Åtgärd", "Laktosfri kost i två veckor med symtomdagbok. Uppföljning per telefon 26/6."),
         ])],
    M("NL102", "n1"), [],
    "dietician: suspected lactose intolerance in a visible Melior note")

case("barnmorska-trolig-bakteriell-vaginos", "vgr", "1995-12-03", "K", [
    note("n1", "V_GYN_OSTRA", "Amanda Wikström", "barnmorska", "Barnmorskeanteckning",
         "2024-03-18 10:15", [
             ("Anamnes", "Ökad tunn grå flytning med fiskig lukt i en vecka. Ingen klåda."),
             ("Status", "pH 5,5, positivt sniff-test."),
             ("Bedömning", "Trolig bakteriell vaginos. Odling tagen."),
             ("Planering", "Läkare ordinerar behandling efter att ha sett svaret."),
         ])],
    M("NL102", "n1"), [],
    "midwife: 'Trolig bakteriell vaginos' in a visible assessment")

case("astmassk-fragetecken-astma", "skane", "1983-07-21", "M", [
    note("n1", "S_LUNG_LU", "Petra Olsson", "astma/KOL-sjuksköterska", "Sjuksköterskeanteckning",
         "2024-09-03 09:30", [
             ("Undersökning", "Spirometri före och efter bronkdilatation: FEV1 ökar med 14 % och 320 ml."),
             ("Bedömning", "Astma? Diskuteras med ansvarig läkare."),
         ])],
    M("NL102", "n1"), [],
    "asthma nurse: a diagnosis followed by '?' is a hedged diagnosis")

case("1177-svar-sannolik-borrelia", "vgr", "1972-05-27", "M", [
    note("n1", "V_HUD_SU", "Sofia Lind", "sjuksköterska", "1177 e-tjänster",
         "2024-07-02 13:20", [
             ("Kontaktorsak", "Pat skickar via 1177 en bild på en rodnad ring på vänster lår, ca 8 cm, som växt i fem dagar. Fästingbett på samma ställe för tre veckor sedan."),
             ("Bedömning", "Bilden talar för erythema migrans, dvs sannolik borreliainfektion. Bilden skannad till journalen."),
             ("Åtgärd", "Pat erbjuds läkartid imorgon kl 09.40 och har bekräftat tiden i meddelande."),
         ], refs=["1177-30211"])],
    M("NL102", "n1"), [],
    "1177 reply by nurse: 'sannolik borreliainfektion' is a hedged diagnosis in a visible note",
    convs=[conv("1177-30211", "Rådgivning", "V_HUD_SU", "2024-07-01 21:14", "2024-07-02 13:05", [
        ("patient", "2024-07-01 21:14", "Hej, jag har fått en röd ring på låret där jag hade en fästing i juni. Bifogar bild. Behöver jag komma in?"),
        ("staff", "2024-07-02 13:05", "Hej! Tack för bilden. Du behöver träffa en läkare, vi har en tid imorgon kl 09.40. Passar den?"),
        ("patient", "2024-07-02 13:11", "Ja det passar bra, tack."),
    ], attachments=[("lar_rodnad.jpg", "image")])])

case("fysio-sannol-subakromiell-smarta", "skane", "1964-10-08", "K", [
    note("n1", "S_FYS_HBG", "Magnus Persson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-03-26 14:20", [
             ("Status", "Smärtsam båge vid abduktion 70–120 grader hö, positivt Hawkins och Neer. Full passiv rörlighet."),
             ("Bedömning", "Sannol. subakromiellt smärtsyndrom hö axel."),
             ("Åtgärd", "Hemprogram med excentrisk rotatorcuffträning utlämnat. Återbesök om 4 v."),
         ])],
    M("NL102", "n1"), [],
    "physiotherapist uses the abbreviation 'Sannol.' before a diagnosis")

case("savh-dvt-kan-ej-uteslutas", "vgr", "1945-02-17", "K", [
    note("n1", "V_SAVH_SAS", "Ida Johansson", "sjuksköterska", "Hembesök",
         "2024-10-14 11:05", [
             ("Aktuellt", "Hembesök. Pat säger att vänster vad värkt sedan igår."),
             ("Status", "Vänster vad 3 cm större i omfång än höger, varm och öm vid palpation."),
             ("Bedömning", "DVT kan ej uteslutas."),
             ("Åtgärd", "Ansvarig läkare kontaktad, ultraljud bokat idag kl 15. Pat åker med sjukresa."),
         ], setting="hemsjukvård")],
    M("NL102", "n1"), [],
    "hospital home-care nurse: 'DVT kan ej uteslutas' is a hedged diagnosis")

case("barnssk-telefon-trol-krupp", "skane", "2020-01-28", "M", [
    note("n1", "S_BARN_LU", "Josefin Mårtensson", "sjuksköterska", "Telefonanteckning",
         "2024-11-19 21:40", [
             ("Kontaktorsak", "Mamma ringer: sonen 4 år har skällande hosta och är hes sedan kvällen. Andas lugnt enligt mamma, inga indragningar, dricker."),
             ("Bedömning", "Trol. krupp."),
             ("Råd", "Sval luft, högt huvudläge. Ring 112 vid andningsbesvär eller om barnet blir slött."),
         ], setting="telefonrådgivning")],
    M("NL102", "n1"), [],
    "children's nurse on the phone: 'Trol. krupp' for a 4-year-old in a Melior note (guardian reads it)")

case("logoped-misstankt-dysfagi", "vgr", "1938-04-04", "M", [
    note("n1", "V_LOGO_SKAS", "Therese Dahl", "logoped", "Logopedanteckning",
         "2024-04-09 10:00", [
             ("Undersökning", "Sväljbedömning med vatten, nektar och puré. Hostar efter varje klunk tunn vätska, röstkvaliteten blir våt."),
             ("Bedömning", "Misstänkt orofaryngeal dysfagi med risk för aspiration."),
             ("Åtgärd", "Förtjockad dryck tills vidare. Remiss till videoröntgen av sväljningen skickad."),
         ])],
    M("NL102", "n1"), [],
    "speech therapist: suspected dysphagia written in a visible section")

case("at-hand-misstankt-karpaltunnel", "skane", "1979-12-12", "K", [
    note("n1", "S_AT_CSK", "Linda Håkansson", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-08-20 08:30", [
             ("Anamnes", "Domningar i tumme, pek- och långfinger höger hand, värst nattetid."),
             ("Status", "Positivt Phalens och Tinels test höger. Ingen atrofi i thenar."),
             ("Bedömning", "Misstänkt karpaltunnelsyndrom hö."),
             ("Åtgärd", "Nattskena utprovad. Föreslår neurografi, handkirurg informerad."),
         ])],
    M("NL102", "n1"), [],
    "hand therapist (OT) writes a suspected carpal tunnel syndrome in a visible note")

case("psykolog-dd-angest", "vgr", "1993-06-06", "K", [
    note("n1", "V_PSYK_SAS", "Maria Fredriksson", "psykolog", "Psykologanteckning",
         "2024-02-06 09:00", [
             ("Samtal", "Pat beskriver oro större delen av dagen sedan ett år, svårt att släppa tankar om jobbet, hjärtklappning i perioder."),
             ("Bedömning", "Generaliserat ångestsyndrom. DD paniksyndrom, social ångest."),
             ("Planering", "Fortsatt bedömning med MINI vid nästa besök."),
         ])],
    M("NL102", "n1"), [],
    "psychologist lists differential diagnoses ('DD') in a visible assessment")

case("dietist-barn-misstanke-celiaki", "skane", "2017-05-15", "K", [
    note("n1", "S_BARN_LU", "Anna Nilsson", "dietist", "Dietistanteckning",
         "2024-05-28 13:00", [
             ("Bakgrund", "Flicka 7 år, remitterad för dålig viktuppgång."),
             ("Nutritionsstatus", "Viktkurvan har planat ut sedan 5 års ålder, längden följer kurvan. Återkommande buksmärtor enligt pappa."),
             ("Bedömning", "Misstanke om celiaki. Ansvarig barnläkare kontaktad angående tTG-prov innan eventuell kostomläggning."),
         ])],
    M("NL102", "n1"), [],
    "dietician at paediatrics: 'Misstanke om celiaki' in a child's visible Melior note")

case("hjartssk-troligt-recidiv-flimmer", "vgr", "1958-08-29", "M", [
    note("n1", "V_HJART_NAL", "Eva Karlsson", "sjuksköterska", "Telefonanteckning",
         "2024-06-17 08:20", [
             ("Kontaktorsak", "Pat ringer, oregelbunden hjärtklappning sedan igår kväll, lätt andfådd i trappor. Elkonverterad i april."),
             ("Bedömning", "Troligt recidiv av förmaksflimmer."),
             ("Åtgärd", "Kommer på EKG kl 10.30 idag, kardiolog tittar på kurvan."),
         ], setting="telefonrådgivning")],
    M("NL102", "n1"), [],
    "cardiology nurse on the phone: 'Troligt recidiv av förmaksflimmer'")

case("kurator-mojligt-utmattningssyndrom", "skane", "1981-03-03", "K", [
    note("n1", "S_KUR_CSK", "Cecilia Jönsson", "kurator", "Kuratorsanteckning",
         "2024-03-13 14:30", [
             ("Samtal", "Pat har varit sjukskriven i två månader, beskriver minnesluckor, ljudkänslighet och total trötthet efter lång tid av hög arbetsbelastning."),
             ("Bedömning", "Möjligt utmattningssyndrom, vilket pat själv också funderat på."),
             ("Planering", "Pat tar upp det med sin läkare på fredag. Fortsatta stödsamtal varannan vecka."),
         ])],
    M("NL102", "n1"), [],
    "counsellor: 'Möjligt utmattningssyndrom' in a visible section")

case("fysio-misstankt-diskbrack", "vgr", "1985-10-10", "M", [
    note("n1", "V_FYS_SAS", "Oskar Svensson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-01-16 10:30", [
             ("Anamnes", "Ländryggssmärta sedan tre veckor med utstrålning ned på baksidan av vänster ben till lilltån."),
             ("Status", "Positivt SLR vä vid 40 grader, nedsatt akillesreflex vä, sensibilitetsnedsättning lateralt på foten."),
             ("Bedömning", "Misstänkt diskbråck L5–S1 med rotpåverkan S1 vä."),
             ("Åtgärd", "Pat kontaktar sin läkare för ställningstagande till MR. Råd om att vara i rörelse."),
         ])],
    M("NL102", "n1"), [],
    "physiotherapist: suspected disc herniation in a visible note")

case("barnmorska-preeklampsi-fragetecken", "skane", "1992-02-02", "K", [
    note("n1", "S_KVINNO_YS", "Johanna Lundberg", "barnmorska", "Barnmorskeanteckning",
         "2024-07-24 16:10", [
             ("Aktuellt", "Vecka 34+2, kommer efter att ha känt sig svullen i ansiktet och händerna."),
             ("Status", "BT 148/96 och 150/98 med 15 minuters mellanrum. Proteinuri 1+."),
             ("Bedömning", "Begynnande preeklampsi?"),
             ("Åtgärd", "Jourhavande obstetriker bedömer pat nu, blodprover tagna."),
         ])],
    M("NL102", "n1"), [],
    "midwife: trailing question mark on a diagnosis in the assessment")

case("infssk-misstant-pneumoni-typo", "vgr", "1960-12-24", "M", [
    note("n1", "V_INF_OSTRA", "Kristina Andersson", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-01-09 15:45", [
             ("Aktuellt", "Feber 39,1 och hosta sedan hemkomst från Thailand för fyra dagar sedan."),
             ("Status", "Saturation 93 % på rumsluft, AF 24."),
             ("Bedömning", "Misstänt pneumoni. Läkare bedömer inom 30 min."),
         ])],
    M("NL102", "n1"), [],
    "typo 'Misstänt' for 'Misstänkt': still a hedged diagnosis written by a nurse")

case("diabssk-lada-sannolik", "skane", "1978-09-18", "M", [
    note("n1", "S_ENDO_MA", "Sanna Mattsson", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-04-03 11:00", [
             ("Aktuellt", "Nyupptäckt hyperglykemi i februari, sköts sedan dess med metformin."),
             ("Provsvar", "C-peptid lågt och GAD-antikroppar positiva."),
             ("Bedömning", "LADA sannolik, endokrinolog tar ställning till insulin vid besöket 12/4."),
         ])],
    M("NL102", "n1"), [],
    "diabetes nurse: postposed hedge ('LADA sannolik')")

case("1177-fysio-mojligt-lopar-kna", "vgr", "1999-07-07", "K", [
    note("n1", "V_REHAB_KGV", "Filip Eriksson", "fysioterapeut", "1177 e-tjänster",
         "2024-05-13 12:30", [
             ("Kontaktorsak", "Pat skriver via 1177 om smärta på utsidan av höger knä efter cirka 5 km löpning, ökat mängden inför halvmaraton."),
             ("Bedömning", "Beskrivningen passar med ett möjligt iliotibialbandssyndrom (löparknä)."),
             ("Åtgärd", "Råd om att minska löpmängden och göra höftstyrkeövningar via länk. Fysioterapeutbesök bokat 22/5."),
         ], refs=["1177-41180"])],
    M("NL102", "n1"), [],
    "physiotherapist's 1177 reply hedges a diagnosis ('möjligt iliotibialbandssyndrom')",
    convs=[conv("1177-41180", "Fråga fysioterapeut", "V_REHAB_KGV", "2024-05-12 19:02", "2024-05-13 12:20", [
        ("patient", "2024-05-12 19:02", "Jag får ont på utsidan av knät när jag springit en bit, det släpper när jag går. Vad kan det vara?"),
        ("staff", "2024-05-13 12:20", "Hej! Det låter som en överbelastning. Dra ner på löpningen en tid och prova övningarna i länken. Jag har bokat en tid 22/5."),
    ])])

case("psykolog-fibromyalgi-kan-inte-uteslutas", "skane", "1974-11-30", "K", [
    note("n1", "S_SMARTA_LU", "Ulrika Hedlund", "psykolog", "Psykologanteckning",
         "2024-10-01 13:00", [
             ("Samtal", "Utbredd smärta i mer än ett år, sover dåligt, upplever kognitiv dimma. Har slutat med körsång."),
             ("Bedömning", "Fibromyalgi kan inte uteslutas; bedömning av teamets läkare planerad."),
         ])],
    M("NL102", "n1"), [],
    "psychologist: 'kan inte uteslutas' (spelled out) after a diagnosis")

case("barnmorska-mojlig-graviditetsdiabetes", "vgr", "1989-06-14", "K", [
    note("n1", "V_KVINNO_SAS", "Rebecka Strand", "barnmorska", "Barnmorskeanteckning",
         "2024-08-08 09:50", [
             ("Aktuellt", "Graviditetsvecka 28. Slumpmässigt glukos 9,4 vid besöket."),
             ("Bedömning", "Eventuell graviditetsdiabetes; OGTT bokas nästa vecka."),
         ])],
    M("NL102", "n1"), [],
    "midwife: 'Eventuell graviditetsdiabetes' written in full")

case("ssk-avd-trycksar-misstankt-typo", "skane", "1934-01-21", "K", [
    note("n1", "S_AVD_HBG", "Emma Sjöberg", "sjuksköterska", "Omvårdnadsanteckning",
         "2024-12-03 07:10", [
             ("Hud", "Rodnad som inte bleknar vid tryck över korsbenet, ca 4 x 3 cm. Huden intakt."),
             ("Bedömning", "Misstänkt trycksår kategori 1 sakralt, trolgen pga långvarigt sängläge."),
             ("Åtgärd", "Lägesändring varannan timme, tryckavlastande madrass beställd."),
         ], setting="slutenvård")],
    M("NL102", "n1"), [],
    "ward nurse: suspected pressure ulcer (typo 'trolgen' in the second hedge)")

# ---------------------------------------------------------------- A2. hedged diagnoses by
# physicians, visible Melior notes -> NL102 must

case("lak-akut-misstankt-appendicit-dd", "vgr", "2001-03-22", "K", [
    note("n1", "V_AKUT_KGV", "Ahmed Hassan", "läkare", "Läkaranteckning",
         "2024-09-14 02:35", [
             ("Anamnes", "Buksmärta sedan igår eftermiddag, började runt naveln och har flyttat till höger fossa. Illamående, en kräkning."),
             ("Status", "Palpöm McBurney, släppömhet. Temp 37,9."),
             ("Bedömning", "Misstänkt appendicit. DD ovarialcysta."),
             ("Åtgärd", "DT buk beställd, fastande. Kirurgjouren kontaktad."),
         ], setting="akutmottagning")],
    M("NL102", "n1"), M("NL101", "n1"),
    "physician at ED: 'Misstänkt appendicit' with a differential in a visible note")

case("lak-neuro-sannolikt-migran-aura", "skane", "1996-08-01", "K", [
    note("n1", "S_NEURO_LU", "Per-Olof Mattsson", "läkare", "Läkaranteckning",
         "2024-02-27 10:15", [
             ("Anamnes", "Återkommande flimmerskotom som varar 20 minuter följt av bultande huvudvärk och illamående."),
             ("Bedömning", "Sannolikt migrän med aura. Normalt neurologstatus."),
             ("Planering", "Triptan vid behov, huvudvärksdagbok, återbesök 3 mån."),
         ])],
    M("NL102", "n1"), [],
    "neurologist: 'Sannolikt migrän med aura' in the assessment")

case("lak-reuma-ev-psoriasisartrit", "vgr", "1971-01-19", "M", [
    note("n1", "V_REUMA_SU", "Karin Wallin", "läkare", "Läkaranteckning",
         "2024-03-12 13:40", [
             ("Status", "Svullna DIP-leder på tre fingrar vänster hand, nagelgropar. Psoriasisplack i hårbotten."),
             ("Bedömning", "Oligoartrit, ev. psoriasisartrit."),
             ("Planering", "Röntgen händer och fötter, CCP-antikroppar."),
         ])],
    M("NL102", "n1"), [],
    "rheumatologist: 'ev. psoriasisartrit' after a descriptive finding")

case("lak-geri-trolig-alzheimer", "skane", "1939-05-05", "M", [
    note("n1", "S_GERI_LA", "Birgitta Ahlström", "läkare", "Läkaranteckning",
         "2024-06-04 11:20", [
             ("Sammanfattning", "Smygande minnessvikt i tre år, MMSE 22/30, klocktest med planeringsfel. DT hjärna visar hippocampusatrofi."),
             ("Bedömning", "Trolig Alzheimers sjukdom. Pat och dotter delaktiga i samtalet om fynden."),
         ])],
    M("NL102", "n1"), M("NL101", "n1"),
    "geriatrician: 'Trolig Alzheimers sjukdom', patient present at the conversation (not NL101)")

case("lak-lung-sarkoidos-fragetecken", "vgr", "1988-02-29", "M", [
    note("n1", "V_LUNG_LIDK", "Johan Blom", "läkare", "Läkaranteckning",
         "2024-04-16 14:10", [
             ("Röntgen", "DT thorax: bilaterala hilära lymfkörtelförstoringar, små perilymfatiska noduli."),
             ("Bedömning", "Sarkoidos? Bronkoskopi med EBUS planeras."),
         ])],
    M("NL102", "n1"), [],
    "lung physician: 'Sarkoidos?' in a visible assessment (patient born on a leap day)")

case("lak-hud-susp-basaliom", "skane", "1950-10-27", "K", [
    note("n1", "S_HUD_LU", "Lars Winther", "läkare", "Läkaranteckning",
         "2024-05-21 09:05", [
             ("Status", "Pärlemorglänsande papel 6 mm på vänster näsvinge med teleangiektasier."),
             ("Bedömning", "Susp. basaliom."),
             ("Åtgärd", "Excision planeras, pat uppsatt på väntelistan."),
         ])],
    M("NL102", "n1"), [],
    "dermatologist uses the abbreviation 'Susp.' before a diagnosis")

case("lak-ortoped-scafoid-kan-ej-uteslutas", "vgr", "2005-09-30", "M", [
    note("n1", "V_ORT_MOL", "Nils Åberg", "läkare", "Läkaranteckning",
         "2024-02-10 17:50", [
             ("Anamnes", "Föll på utsträckt hand vid snowboardåkning."),
             ("Status", "Öm i fossa tabatière vä."),
             ("Röntgen", "Ingen synlig fraktur."),
             ("Bedömning", "Scafoideumfraktur kan ej uteslutas trots normal röntgen."),
             ("Åtgärd", "Gips som vid scafoideumfraktur, ny röntgen om 10 dagar."),
         ], setting="akutmottagning")],
    M("NL102", "n1"), [],
    "orthopaedist: 'kan ej uteslutas' on a fracture despite a normal X-ray")

case("lak-barn-misstankt-kawasaki", "skane", "2021-07-09", "K", [
    note("n1", "S_BARN_LU", "Fredrik Holm", "läkare", "Läkaranteckning",
         "2024-03-30 20:15", [
             ("Anamnes", "Feber i sex dygn trots antibiotika, röda ögon utan sekret."),
             ("Status", "Jordgubbstunga, röda spruckna läppar, svullna händer, förstorad lymfkörtel på halsen."),
             ("Bedömning", "Misstänkt Kawaskis sjukdom."),
             ("Åtgärd", "Inläggning, ekokardiografi och immunglobulin diskuteras med bakjour."),
         ], setting="akutmottagning")],
    M("NL102", "n1"), [],
    "paediatrician: eponym diagnosis (typo 'Kawaskis') hedged with 'Misstänkt' in a child's note")

case("lak-sannolkit-gikt-typo", "vgr", "1962-04-26", "M", [
    note("n1", "V_MED_ALS", "Gustav Nord", "läkare", "Läkaranteckning",
         "2024-11-05 15:30", [
             ("Anamnes", "Akut insättande smärta och rodnad i höger stortåns grundled under natten."),
             ("Status", "Rodnad, svullen och extremt öm MTP I hö."),
             ("Bedömning", "Sannolkit gikt. Urat tas."),
         ])],
    M("NL102", "n1"), [],
    "typo 'Sannolkit' for 'Sannolikt' before the diagnosis")

case("lak-kir-oklart-om-gallsten-eller-ulcus", "skane", "1967-12-01", "K", [
    note("n1", "S_KIR_YS", "Mikael Strömberg", "läkare", "Läkaranteckning",
         "2024-08-27 10:45", [
             ("Anamnes", "Återkommande smärta i övre delen av buken efter måltid."),
             ("Bedömning", "Gallstenssjukdom eller ulcussjukdom, ännu oklrat vilket. Ultraljud och gastroskopi beställda."),
         ])],
    M("NL102", "n1"), [],
    "surgeon: two alternative diagnoses left open (typo 'oklrat' for 'oklart')")

# ---------------------------------------------------------------- B. hedges about things
# that are not diagnoses (function, adherence, logistics, results, symptoms, social
# situation, attendance) in visible Melior notes -> NL102 must_not

case("fysio-funktion-mojligen-trappa", "vgr", "1944-07-13", "K", [
    note("n1", "V_FYS_SAS", "Oskar Svensson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-01-23 13:15", [
             ("Aktuellt", "Dag 4 efter höftprotesoperation hö."),
             ("Funktion", "Går ca 50 m med rollator, stabil. Möjligen klarar pat trappan till övervåningen med ledstång, prövas imorgon."),
             ("Planering", "Fortsatt gångträning två ggr dagligen."),
         ], setting="slutenvård")],
    [], M("NL102", "n1"),
    "physiotherapist hedges a functional ability ('Möjligen klarar pat trappan'), not a diagnosis")

case("at-tveksamt-om-dusch", "skane", "1937-03-29", "K", [
    note("n1", "S_AT_CSK", "Linda Håkansson", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-02-19 10:20", [
             ("Bakgrund", "Opererad för höftfraktur vänster för en vecka sedan."),
             ("Aktivitet", "Klarar av- och påklädning av överkroppen själv. Tveksamt om pat klarar att duscha självständigt hemma, badkaret har hög kant."),
             ("Åtgärd", "Hembesök planeras före utskrivning, ev. badkarsbräda förskrivs då."),
         ], setting="slutenvård")],
    [], M("NL102", "n1"),
    "OT's doubts are about showering and an aid; the diagnosis (hip fracture) is affirmed")

case("diabssk-osakert-basinsulin", "vgr", "1980-10-05", "M", [
    note("n1", "V_DIAB_SU", "Lena Bergström", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-04-11 14:00", [
             ("Aktuellt", "Typ 1-diabetes sedan 20 års ålder. Sensorkurvan visar flera nätter med värden över 15."),
             ("Bedömning", "Osäkert om pat tar sitt basinsulin varje kväll; pat medger att det ibland glöms bort efter kvällspass."),
             ("Åtgärd", "Ställt in påminnelse i mobilen tillsammans med pat. Telefonuppföljning om två veckor."),
         ])],
    [], M("NL102", "n1"),
    "diabetes nurse's uncertainty is about insulin adherence, not a diagnosis")

case("astmassk-misstanker-fel-inhalationsteknik", "skane", "1954-12-19", "K", [
    note("n1", "S_LUNG_LU", "Petra Olsson", "astma/KOL-sjuksköterska", "Sjuksköterskeanteckning",
         "2024-05-16 09:40", [
             ("Aktuellt", "KOL stadium 2, fler exacerbationer i vinter än tidigare."),
             ("Observation", "Misstänker att inhalationstekniken är felaktig – pat andas ut genom inhalatorn och håller inte andan efteråt."),
             ("Åtgärd", "Instruktion med placeboinhalator, pat visar korrekt teknik vid tredje försöket."),
         ])],
    [], M("NL102", "n1"),
    "'Misstänker' about inhaler technique, the diagnosis (KOL) is stated as known")

case("savh-ev-hembesok-dosrulle", "vgr", "1931-06-10", "M", [
    note("n1", "V_SAVH_SAS", "Ida Johansson", "sjuksköterska", "Telefonanteckning",
         "2024-03-07 16:05", [
             ("Aktuellt", "Dottern ringer, pappa har fått ny dosrulle men apoteket har ringt om försenad leverans."),
             ("Planering", "Ev. hembesök fredag om dottern kan vara hemma. Oklart om apoteket hinner leverera innan helgen, kontakt tas med apoteket imorgon."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "home-care nurse's 'Ev.' and 'Oklart' concern a visit and a pharmacy delivery")

case("telrad-kalium-trol-hemolys", "skane", "1959-04-15", "M", [
    note("n1", "S_MED_TBG", "Annika Bengtsson", "sjuksköterska", "Telefonanteckning",
         "2024-06-26 13:50", [
             ("Provsvar", "Kalium 6,1 på gårdagens prov, lab anger hemolys."),
             ("Bedömning", "Provet trol. hemolyserat och värdet falskt förhöjt enligt ansvarig läkare."),
             ("Åtgärd", "Pat kommer på nytt prov imorgon kl 08. Informerad per telefon, mår bra."),
         ])],
    [], M("NL102", "n1", "NL101", "n1"),
    "'trol. hemolyserat' is about the sample, not the patient's diagnosis")

case("kurator-bor-troligen-hos-syster", "vgr", "1975-09-24", "K", [
    note("n1", "V_KUR_NAL", "Hanna Ek", "kurator", "Kuratorsanteckning",
         "2024-05-29 10:30", [
             ("Social situation", "Separerad sedan mars. Bor troligen kvar hos sin syster i Vänersborg till efter sommaren, bostadssituationen i övrigt osäker."),
             ("Åtgärd", "Information om hur man söker förtur till bostad via kommunen. Nytt samtal 12/6."),
         ])],
    [], M("NL102", "n1"),
    "counsellor's hedges concern housing, not a diagnosis")

case("psykolog-sannolikt-ej-delta-grupp", "skane", "1990-11-11", "M", [
    note("n1", "S_PSYK_LU", "Elin Sandberg", "psykolog", "Psykologanteckning",
         "2024-09-10 14:15", [
             ("Samtal", "Pat har börjat ett nytt arbete med skift."),
             ("Planering", "Pat kommer sannolikt inte att kunna delta i KBT-gruppen på tisdagar. Individuella samtal varannan vecka erbjuds i stället."),
         ])],
    [], M("NL102", "n1"),
    "'sannolikt inte kunna delta' concerns attendance, not a diagnosis")

case("dietist-vikt-mojligen-felaktig", "vgr", "1929-02-08", "K", [
    note("n1", "V_DIET_SKAS", "Jenny Lundqvist", "dietist", "Dietistanteckning",
         "2024-10-22 11:10", [
             ("Nutritionsstatus", "Vikten enligt hemtjänsten 48 kg, förra månaden 52 kg. Vikten är möjligen felaktig då vågen i bostaden inte är kalibrerad."),
             ("Åtgärd", "Vägs på mottagningen nästa besök. Energiberikad kost och två näringsdrycker om dagen fortsätter."),
         ])],
    [], M("NL102", "n1"),
    "dietician doubts a weight measurement, not a diagnosis")

case("barnmorska-ev-partner-tolk", "skane", "1997-05-02", "K", [
    note("n1", "S_KVINNO_YS", "Johanna Lundberg", "barnmorska", "Barnmorskeanteckning",
         "2024-04-18 13:00", [
             ("Aktuellt", "Inskrivning efter remiss, graviditetsvecka 12+3. Mår bra."),
             ("Planering", "Pat kommer evetnuellt med sin partner till nästa besök och då behövs kanske tolk på arabiska; pat meddelar via 1177."),
         ])],
    [], M("NL102", "n1"),
    "midwife's 'evetnuellt' (typo) and 'kanske' concern companion and interpreter")

case("fysio-smarta-mojligen-lindrigare", "vgr", "1966-08-18", "K", [
    note("n1", "V_FYS_SAS", "Malin Ohlsson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-06-05 08:50", [
             ("Aktuellt", "Femte besöket för knäartros hö."),
             ("Subjektivt", "Smärtan möjligen något lindrigare, VAS 5 jämfört med 6 förra veckan. Går till affären utan paus."),
             ("Åtgärd", "Ökar belastningen i knäböj och step-up."),
         ])],
    [], M("NL102", "n1"),
    "hedge about the degree of a symptom; the diagnosis (knee osteoarthritis) is affirmed")

case("at-rullstol-kan-ej-uteslutas-felinstalld", "skane", "1958-01-06", "M", [
    note("n1", "S_REHAB_ANG", "Therese Möller", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-07-09 14:40", [
             ("Aktuellt", "Pat med ryggmärgsskada Th10 sedan 2019 upplever ökat tryck på höger sittbensknöl."),
             ("Bedömning", "Kan ej uteslutas att rullstolen är felinställd efter senaste service, ryggstödsvinkeln har ändrats."),
             ("Åtgärd", "Sittdynan och ryggstödet justerade. Trycksmätning vid nästa besök."),
         ])],
    [], M("NL102", "n1"),
    "'Kan ej uteslutas' applies to a wheelchair setting, not to a diagnosis")

case("1177-oklart-om-kallelse-natt-pat", "vgr", "1983-02-14", "K", [
    note("n1", "V_MED_NU", "Sara Pettersson", "sjuksköterska", "1177 e-tjänster",
         "2024-08-13 09:30", [
             ("Kontaktorsak", "Pat frågar via 1177 om tiden för ekokardiografi står kvar på torsdag."),
             ("Bedömning", "Oklart om kallelsen nått pat, adressen i systemet var gammal."),
             ("Åtgärd", "Tiden bekräftad i svar via 1177, adressen uppdaterad."),
         ], refs=["1177-52244"])],
    [], M("NL102", "n1", "NL101", "n1"),
    "1177 reply: uncertainty about whether a letter arrived",
    convs=[conv("1177-52244", "Fråga om bokad tid", "V_MED_NU", "2024-08-12 18:40", "2024-08-13 09:25", [
        ("patient", "2024-08-12 18:40", "Hej, jag har inte fått någon kallelse men min läkare sa att jag skulle göra ultraljud på hjärtat på torsdag. Stämmer det?"),
        ("staff", "2024-08-13 09:25", "Hej! Ja, du har en tid torsdag 15/8 kl 13.00. Vi har nu rättat din adress i vårt system."),
    ])])

case("lak-ev-utskrivning-imorgon", "skane", "1946-09-03", "M", [
    note("n1", "S_AVD_HBG", "Jens Lund", "läkare", "Daganteckning",
         "2024-01-12 11:30", [
             ("Aktuellt", "Pneumoni vänster underlob, dag 4 med antibiotika. Feberfri sedan igår, CRP 68 från 210."),
             ("Planering", "Ev. utskrivning imorgon om pat klarar förflyttning säng–stol med en person. Byte till perorala antibiotika."),
         ], setting="slutenvård")],
    [], M("NL102", "n1"),
    "physician: 'Ev. utskrivning' is about discharge; the pneumonia is affirmed")

case("lak-trolig-effekt-furosemid", "vgr", "1942-05-16", "K", [
    note("n1", "V_MED_ALS", "Gustav Nord", "läkare", "Läkaranteckning",
         "2024-02-22 10:00", [
             ("Aktuellt", "Känd hjärtsvikt med nedsatt ejektionsfraktion, uppföljning efter dosökning."),
             ("Bedömning", "Trolig effekt av den ökade furosemiddosen: vikten ned 2 kg, mindre ödem och lättare att andas på natten."),
             ("Planering", "Kontroll av elektrolyter och kreatinin om en vecka."),
         ])],
    [], M("NL102", "n1"),
    "'Trolig effekt' is a hedge about treatment response, the diagnosis is affirmed")

case("diabssk-fragetecken-teststickor", "skane", "1952-03-08", "M", [
    note("n1", "S_ENDO_MA", "Sanna Mattsson", "diabetessjuksköterska", "Telefonanteckning",
         "2024-03-19 15:20", [
             ("Aktuellt", "Pat med typ 2-diabetes på insulin ringer, säger att teststickorna är slut."),
             ("Åtgärd", "Nytt recept på teststickor? Kontrolleras med läkaren idag, pat återkommer imorgon."),
         ])],
    [], M("NL102", "n1"),
    "a question mark about a prescription, not about a diagnosis")

case("psykolog-oklart-hemuppgifter", "vgr", "1987-12-30", "K", [
    note("n1", "V_PSYK_SAS", "Maria Fredriksson", "psykolog", "Psykologanteckning",
         "2024-03-27 09:00", [
             ("Behandling", "Session 6 av 14 i KBT för paniksyndrom. Exponering för kroppsliga symtom genomförd på mottagningen."),
             ("Bedömning", "Oklart om pat genomfört hemuppgifterna mellan sessionerna, registreringsbladet saknades."),
         ])],
    [], M("NL102", "n1"),
    "psychologist is unsure whether homework was done; the diagnosis is affirmed")

case("kurator-pat-osaker-sjukskrivning", "skane", "1973-07-04", "K", [
    note("n1", "S_KUR_CSK", "Cecilia Jönsson", "kurator", "Kuratorsanteckning",
         "2024-11-12 13:30", [
             ("Samtal", "Pat är osäker på om hon vill ansöka om förlängd sjukskrivning eller försöka börja arbeta 50 %."),
             ("Åtgärd", "Gått igenom Försäkringskassans regler. Pat återkommer efter att ha pratat med sin chef."),
         ])],
    [], M("NL102", "n1"),
    "the patient's own uncertainty about sick leave is not a diagnostic hedge")

case("fysio-sannolikt-ej-hemovningar", "skane", "1979-04-27", "M", [
    note("n1", "S_FYS_HBG", "Magnus Persson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-10-15 11:00", [
             ("Aktuellt", "Uppföljning efter främre korsbandsrekonstruktion vänster knä för 12 veckor sedan."),
             ("Bedömning", "Pat har sannolikt inte gjort hemövningarna regelbundet, quadricepsstyrkan är oförändrad sedan förra testet."),
             ("Åtgärd", "Förenklat programmet till tre övningar. Gruppträning erbjuds."),
         ])],
    [], M("NL102", "n1"),
    "physiotherapist hedges adherence to exercises")

case("at-eventuellt-bostadsanpassning", "vgr", "1949-10-31", "M", [
    note("n1", "V_AT_NU", "Karolina Berg", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-09-18 13:20", [
             ("Bakgrund", "Parkinsons sjukdom sedan 2016."),
             ("Bedömning", "Eventuellt behov av bostadsanpassning av badrummet, pat och hustrun funderar på att flytta till lägenhet."),
             ("Åtgärd", "Intyg för bostadsanpassning skrivs när paret bestämt sig."),
         ])],
    [], M("NL102", "n1"),
    "OT's 'Eventuellt behov' concerns housing adaptation; Parkinson is affirmed")

case("telrad-vet-ej-om-skjuts", "skane", "1940-02-11", "M", [
    note("n1", "S_AKUT_MA", "Malin Holmqvist", "sjuksköterska", "Telefonrådgivning",
         "2024-12-20 22:10", [
             ("Kontaktorsak", "Hustrun ringer, pat har kräkts fyra gånger ikväll, klarar inte att behålla vätska."),
             ("Bedömning", "Behöver bedömas på akutmottagning inom några timmar."),
             ("Åtgärd", "Vet ej om det finns någon som kan köra pat, hustrun har inte körkort. Taxi på regionens bekostnad erbjuds och accepteras."),
         ], setting="telefonrådgivning")],
    [], M("NL102", "n1"),
    "telephone nurse's 'Vet ej' concerns transport")

case("dietist-troligen-ater-mindre", "vgr", "1936-11-25", "K", [
    note("n1", "V_DIET_SKAS", "Jenny Lundqvist", "dietist", "Dietistanteckning",
         "2024-05-02 14:30", [
             ("Kostanamnes", "Pat uppger att hon äter hela portioner. Troligen äter pat mindre än så, personalen på avdelningen uppskattar ungefär två tredjedelar."),
             ("Åtgärd", "Mat- och vätskeregistrering i tre dagar."),
         ], setting="slutenvård")],
    [], M("NL102", "n1"),
    "dietician hedges food intake, not a diagnosis")

case("lak-osakert-om-remiss-mottagen", "skane", "1968-06-21", "K", [
    note("n1", "S_NJUR_LU", "Ola Björk", "läkare", "Läkaranteckning",
         "2024-04-24 16:00", [
             ("Aktuellt", "Kronisk njursjukdom stadium 3b, eGFR stabilt 38."),
             ("Planering", "Osäkert om röntgenremissen för ultraljud av njurarna är mottagen; sekreteraren ringer röntgen imorgon."),
         ])],
    [], M("NL102", "n1"),
    "physician's uncertainty about whether a referral was received")

case("ssk-saturation-svarvarderad", "vgr", "1947-01-01", "M", [
    note("n1", "V_AVD_ALS", "Emil Lindgren", "sjuksköterska", "Omvårdnadsanteckning",
         "2024-01-29 03:20", [
             ("Andning", "Saturationen svårvärderad pga kalla fingrar, mätt på örsnibben 95 %. Andas lugnt, AF 18."),
             ("Åtgärd", "Varma filtar, ny kontroll kl 06."),
         ], setting="slutenvård")],
    [], M("NL102", "n1"),
    "'svårvärderad' concerns a measurement, not a diagnosis")

case("astmassk-mojligen-battre-foljsamhet", "skane", "2002-08-16", "M", [
    note("n1", "S_LUNG_LU", "Petra Olsson", "astma/KOL-sjuksköterska", "Sjuksköterskeanteckning",
         "2024-10-29 10:00", [
             ("Aktuellt", "Allergisk astma, uppföljning efter att underhållsbehandlingen lagts om."),
             ("Bedömning", "Möjligen bättre följsamhet sedan pat fick påminnelser i appen, uttagen enligt apoteket stämmer med ordinationen. ACT 22."),
         ])],
    [], M("NL102", "n1"),
    "hedge about adherence; allergic asthma is affirmed")

case("psykolog-phq9-osaker-tolkning", "skane", "1985-03-17", "K", [
    note("n1", "S_PSYK_LU", "Ulrika Hedlund", "psykolog", "Psykologanteckning",
         "2024-02-13 15:00", [
             ("Skattning", "PHQ-9 ger 8 poäng, osäker tolkning eftersom pat hoppade över två frågor."),
             ("Planering", "Skattningen görs om tillsammans vid nästa samtal."),
         ])],
    [], M("NL102", "n1"),
    "psychologist is unsure how to read a rating scale, not about a diagnosis")

case("1177-kurator-kanske-inte-kommer", "vgr", "1991-04-08", "K", [
    note("n1", "V_KUR_NAL", "Hanna Ek", "kurator", "1177 e-tjänster",
         "2024-06-18 08:40", [
             ("Kontaktorsak", "Pat skriver att hon kanske inte kan komma på samtalet på onsdag eftersom dottern är sjuk."),
             ("Åtgärd", "Samtalet görs som videobesök i stället, länk skickad via 1177."),
         ], refs=["1177-55310"])],
    [], M("NL102", "n1"),
    "1177 reply: uncertainty about whether the patient will come",
    convs=[conv("1177-55310", "Meddelande till mottagningen", "V_KUR_NAL", "2024-06-17 20:22", "2024-06-18 08:35", [
        ("patient", "2024-06-17 20:22", "Hej Hanna, min dotter har feber så jag vet inte om jag kan komma på onsdag."),
        ("staff", "2024-06-18 08:35", "Hej! Vi kan ses via video i stället, jag skickar en länk."),
    ])])

case("barnmorska-fosterrorelser-mojligen-farre", "skane", "1994-10-20", "K", [
    note("n1", "S_KVINNO_YS", "Johanna Lundberg", "barnmorska", "Barnmorskeanteckning",
         "2024-10-03 18:30", [
             ("Kontaktorsak", "Vecka 37+1. Fosterrörelserna möjligen färre senaste dygnet enligt pat."),
             ("Status", "CTG reaktivt och normalt under 40 min. Pat känner flera rörelser under registreringen."),
             ("Åtgärd", "Går hem, informerad om att höra av sig direkt vid minskade rörelser."),
         ])],
    [], M("NL102", "n1"),
    "midwife hedges a symptom report (fewer fetal movements) with a normal CTG")

case("savh-pump-kan-ha-stannat", "vgr", "1950-06-28", "M", [
    note("n1", "V_SAVH_SAS", "Jonna Åström", "sjuksköterska", "Hembesök",
         "2024-07-30 09:15", [
             ("Aktuellt", "Pat med pankreascancer i palliativt skede, smärtpump subkutant."),
             ("Observation", "Pumpen kan ha stannat under natten, pat vaknade med mer smärta kl 04. Larmloggen ska kontrolleras."),
             ("Åtgärd", "Bytt kassett och infart. Extra dos given kl 09.05 med god effekt."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "uncertainty about a pump malfunction in a palliative patient with a known cancer")

case("diabssk-hba1c-troligen-falskt-lagt", "skane", "1961-11-07", "K", [
    note("n1", "S_ENDO_MA", "Mirja Ek", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-05-14 13:45", [
             ("Provsvar", "HbA1c 41 mmol/mol jämfört med 58 i januari."),
             ("Bedömning", "HbA1c troligen falskt lågt efter blodtransfusionen i mars, sensorns medelglukos motsvarar snarare 55."),
         ])],
    [], M("NL102", "n1"),
    "uncertainty about the validity of a lab value")

case("barnakut-oklart-vatskeintag", "vgr", "2022-12-15", "M", [
    note("n1", "V_BARNAKUT", "Lovisa Hellström", "sjuksköterska", "Telefonrådgivning",
         "2024-01-04 03:50", [
             ("Kontaktorsak", "Pappa ringer om sonen 1 år med feber 39 sedan igår, kräkts två gånger."),
             ("Bedömning", "Oklart hur mycket vätska barnet druckit, pappa uppskattar 3 dl sedan igår kväll. Blöta blöjor två st."),
             ("Åtgärd", "Rekommenderas att komma till barnakuten inom två timmar."),
         ], setting="telefonrådgivning")],
    [], M("NL102", "n1"),
    "telephone nurse is unsure about fluid intake, not about a diagnosis")

case("at-pat-vill-eventuellt-elrullstol", "skane", "1963-05-29", "M", [
    note("n1", "S_NEURO_LU", "Anders Wahlström", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-08-06 10:00", [
             ("Aktuellt", "ALS sedan 2022, gångförmågan har försämrats."),
             ("Hjälpmedel", "Pat vill eventuellt prova elrullstol inomhus; hustrun är tveksam på grund av trösklarna."),
             ("Åtgärd", "Provkörning bokad i hjälpmedelsverkstaden 20/8."),
         ])],
    [], M("NL102", "n1", "NL101", "n1"),
    "hedges about an assistive device; the diagnosis (ALS) is affirmed and known")

case("lak-mojligen-dosjustering-levaxin", "vgr", "1979-01-23", "K", [
    note("n1", "V_MED_NU", "Rasmus Ehn", "läkare", "Läkaranteckning",
         "2024-09-24 14:50", [
             ("Aktuellt", "Hypotyreos efter radiojodbehandling, trött sedan sommaren."),
             ("Planering", "Möjligen dosjustering av levotyroxin beroende på nästa TSH, som tas om sex veckor."),
         ])],
    [], M("NL102", "n1"),
    "physician's 'Möjligen' concerns a dose change; hypothyroidism is affirmed")

case("ssk-aterbesok-fragetecken", "skane", "1955-08-08", "M", [
    note("n1", "S_URO_MA", "Helena Rosén", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-03-21 11:40", [
             ("Aktuellt", "Kateterbyte, KAD sedan prostataoperationen. Urinen klar."),
             ("Planering", "Nästa byte om 6 veckor? Pat ringer om han hellre vill göra det på vårdcentralen."),
         ])],
    [], M("NL102", "n1"),
    "question mark on a follow-up interval, not on a diagnosis")

case("logoped-kanske-battre-rost", "vgr", "1970-02-03", "K", [
    note("n1", "V_LOGO_SKAS", "Therese Dahl", "logoped", "Logopedanteckning",
         "2024-11-26 13:10", [
             ("Aktuellt", "Stämbandsknötchen, tredje röstterapitillfället."),
             ("Bedömning", "Rösten kanske något klarare enligt pat, inspelningen är svår att jämföra pga olika mikrofon."),
         ])],
    [], M("NL102", "n1"),
    "speech therapist hedges voice improvement; the diagnosis is affirmed")

case("ssk-osakert-om-provror-kommit-fram", "vgr", "1984-08-25", "M", [
    note("n1", "V_INF_OSTRA", "Kristina Andersson", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-09-09 10:25", [
             ("Aktuellt", "Uppföljning av hiv, välinställd på behandling sedan 2015."),
             ("Provtagning", "Virusmängd från förra månaden saknas i systemet, osäkert om provröret kommit fram till laboratoriet."),
             ("Åtgärd", "Nytt prov taget idag."),
         ])],
    [], M("NL102", "n1"),
    "uncertainty is about a lost sample; the known diagnosis is affirmed")

case("kurator-tveksamt-om-hemtjanst", "skane", "1935-04-01", "K", [
    note("n1", "S_GERI_LA", "Maja Ström", "kurator", "Kuratorsanteckning",
         "2024-06-13 09:30", [
             ("Social situation", "Änka, bor ensam i villa. Tveksamt om pat vill ta emot hemtjänst, hon säger att det inte behövs men sonen är orolig."),
             ("Åtgärd", "Biståndshandläggare kontaktad med pat:s samtycke."),
         ])],
    [], M("NL102", "n1"),
    "counsellor's doubt is about accepting home help")

# ---------------------------------------------------------------- C. negated, ruled out,
# past and family history, Tidiga hypoteser -> NL102 must_not

case("telrad-ingen-misstanke-hjarnhinneinflammation", "skane", "2018-02-23", "K", [
    note("n1", "S_BARN_LU", "Josefin Mårtensson", "sjuksköterska", "Telefonanteckning",
         "2024-02-01 19:30", [
             ("Kontaktorsak", "Pappa ringer, dottern 5 år har haft feber 38,8 i ett dygn och ont i huvudet."),
             ("Bedömning", "Ingen misstanke om hjärnhinneinflamation – barnet är piggt, leker, kan böja huvudet mot bröstet och har inga utslag."),
             ("Råd", "Febernedsättande vid behov, mycket att dricka. Ring 1177 eller kom in vid försämring."),
         ], setting="telefonrådgivning")],
    [], M("NL102", "n1"),
    "'Ingen misstanke om' negates the diagnosis (lay term, typo 'hjärnhinneinflamation')")

case("fysio-inga-tecken-pa-fraktur", "vgr", "1957-07-19", "K", [
    note("n1", "V_FYS_SAS", "Malin Ohlsson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-03-04 14:45", [
             ("Bakgrund", "Föll på isen för två veckor sedan, röntgen av höger handled på akuten."),
             ("Röntgen", "Inga tecken på fraktur enligt röntgensvaret."),
             ("Åtgärd", "Rörlighetsträning för handleden, greppstyrketräning med theraputty."),
         ])],
    [], M("NL102", "n1"),
    "'Inga tecken på fraktur' is negated")

case("dietist-celiaki-uteslutits", "skane", "1986-04-12", "K", [
    note("n1", "S_DIET_MA", "Karin Åkesson", "dietist", "Dietistanteckning",
         "2024-07-16 10:30", [
             ("Bakgrund", "Remiss för IBS-kost. Celiaki har uteslutits med normalt tTG och normala tunntarmsbiopsier 2022."),
             ("Åtgärd", "Genomgång av FODMAP-principerna, eliminationsfas i fyra veckor."),
         ])],
    [], M("NL102", "n1"),
    "'har uteslutits' rules the diagnosis out; IBS is affirmed")

case("barnmorska-mamma-troligen-gdm", "vgr", "1993-01-30", "K", [
    note("n1", "V_KVINNO_SAS", "Rebecka Strand", "barnmorska", "Barnmorskeanteckning",
         "2024-04-02 15:10", [
             ("Hereditet", "Pat:s mamma hade troligen graviditetsdiabetes i båda sina graviditeter, aldrig utrett."),
             ("Aktuellt", "Vecka 25. OGTT idag normalt."),
         ])],
    [], M("NL102", "n1"),
    "hedged diagnosis belongs to the patient's mother (family history)")

case("astmassk-misstanktes-som-barn-avskrivet", "skane", "2000-05-25", "M", [
    note("n1", "S_LUNG_LU", "Petra Olsson", "astma/KOL-sjuksköterska", "Sjuksköterskeanteckning",
         "2024-11-07 09:15", [
             ("Anamnes", "Som barn misstänktes astma, men utredningen vid 10 års ålder var normal och diagnosen avskrevs."),
             ("Aktuellt", "Nu remitterad för ansträngningsutlösta andningsbesvär vid fotboll. Spirometri och provokation bokade."),
         ])],
    [], M("NL102", "n1"),
    "past suspicion that was settled and dismissed in childhood")

case("savh-dvt-avskrivet", "vgr", "1943-09-12", "K", [
    note("n1", "V_SAVH_SAS", "Ida Johansson", "sjuksköterska", "Telefonanteckning",
         "2024-10-15 09:00", [
             ("Provsvar", "Ultraljud igår visade inga proppar i benets vener, DVT avskrivet av ansvarig läkare."),
             ("Åtgärd", "Pat informerad per telefon. Fortsatt kompressionsstrumpa dagtid."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1", "NL101", "n1"),
    "'DVT avskrivet' and the patient was informed")

case("lak-onk-ingen-misstanke-recidiv", "vgr", "1959-03-06", "K", [
    note("n1", "V_ONK_SU", "Jenny Falk", "läkare", "Läkaranteckning",
         "2024-05-23 10:40", [
             ("Aktuellt", "Opererad och strålbehandlad för bröstcancer vänster 2021, årlig kontroll."),
             ("Bedömning", "Ingen misstanke om recidiv. Mammografin utan anmärkning."),
         ])],
    [], M("NL102", "n1"),
    "physician: 'Ingen misstanke om recidiv' (negated), the cancer is past and known")

case("fysio-inget-talar-for-cauda-equina", "skane", "1982-01-08", "M", [
    note("n1", "S_FYS_HBG", "Jonas Lindh", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-06-19 08:15", [
             ("Anamnes", "Lumbago sedan fem dagar efter flyttstädning."),
             ("Röda flaggor", "Inga blåsbesvär, normal känsel i underlivet. Inget talar för cauda equina-syndrom."),
             ("Åtgärd", "Smärtlindring enligt ordination, rörelseråd, återbesök vid behov."),
         ])],
    [], M("NL102", "n1"),
    "'Inget talar för' negates the diagnosis")

case("psykolog-stodjer-inte-adhd", "vgr", "1995-04-21", "M", [
    note("n1", "V_PSYK_SAS", "Maria Fredriksson", "psykolog", "Psykologanteckning",
         "2024-06-25 13:00", [
             ("Sammanfattning", "Neuropsykiatrisk utredning avslutad. Testresultaten och anamnesen från barndomen stödjer inte diagnosen ADHD."),
             ("Återkoppling", "Pat har fått resultatet muntligt idag och tar med sig det skriftliga utlåtandet hem."),
         ])],
    [], M("NL102", "n1", "NL101", "n1"),
    "psychologist: the assessment does not support ADHD (negated), patient informed")

case("dietist-bror-mojlig-hemokromatos", "skane", "1972-10-16", "M", [
    note("n1", "S_DIET_MA", "Karin Åkesson", "dietist", "Dietistanteckning",
         "2024-09-24 09:30", [
             ("Bakgrund", "Fettlever, remitterad för viktnedgång. Bror under utredning för möjlig hemokromatos, pat själv har normalt ferritin."),
             ("Åtgärd", "Mål 5 % viktnedgång på sex månader. Tallriksmodellen genomgången."),
         ])],
    [], M("NL102", "n1"),
    "hedged diagnosis concerns the brother (family history)")

case("lak-epilepsi-avfardad-tidigare", "vgr", "1990-08-09", "K", [
    note("n1", "V_NEURO_SU", "Olof Sjögren", "läkare", "Läkaranteckning",
         "2024-08-15 11:00", [
             ("Anamnes", "Tidigare misstänkt epilepsi 2019 efter ett svimningsanfall, EEG normalt och diagnosen avfärdad."),
             ("Aktuellt", "Nu spänningshuvudvärk, ingen ny medvetandeförlust."),
         ])],
    [], M("NL102", "n1"),
    "earlier suspicion of epilepsy was dismissed (past history)")

case("dsk-inga-tecken-pa-infektion-typo", "skane", "1948-12-28", "K", [
    note("n1", "S_ASIH_KRI", "Camilla Olsson", "sjuksköterska", "Hembesök",
         "2024-04-30 10:50", [
             ("Omläggning", "Operationssåret efter mastektomi läker fint, ingen rodnad eller sekretion. Inga tecken pa infektion."),
             ("Planering", "Nästa omläggning på fredag."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "negation with a typo ('pa' for 'på') is still a negation")

case("barnmorska-gdm-misstanke-avskrivs", "skane", "1990-07-31", "K", [
    note("n1", "S_KVINNO_YS", "Maria Blomqvist", "barnmorska", "Barnmorskeanteckning",
         "2024-06-03 10:00", [
             ("Provsvar", "OGTT: fastande 4,9 och 2-timmarsvärde 7,1."),
             ("Bedömning", "Misstanken om graviditetsdiabetes avskrivs, värdena är normala."),
         ])],
    [], M("NL102", "n1"),
    "a suspicion explicitly dismissed by a normal test")

case("th-skane-psykolog-ast-mall", "skane", "1999-09-19", "K", [
    note("n1", "S_PSYK_LU", "Elin Sandberg", "psykolog", "Tidiga hypoteser",
         "2024-03-06 16:30", [
             ("Hypotes", "Misstänkt autismspektrumtillstånd. För osäkert att ta upp med pat innan utredningen är klar; ska inte framföras ännu."),
         ])],
    [], M("NL102", "n1", "NL101", "n1"),
    "Skåne: hedged diagnosis not yet told is written in the Tidiga hypoteser template, not visible")

case("th-vgr-sokord-mojlig-atstorning", "vgr", "2003-11-14", "K", [
    note("n1", "V_DIET_SKAS", "Jenny Lundqvist", "dietist", "Dietistanteckning",
         "2024-02-15 13:40", [
             ("Kostanamnes", "Äter tre mål om dagen enligt egen uppgift, tränar sex dagar i veckan."),
             ("Tidiga hypoteser", "Möjlig ätstörning, inte tagit upp det med pat ännu. Tas upp med teamets läkare på konferensen."),
             ("Åtgärd", "Kostråd inför träning. Ny tid om tre veckor."),
         ])],
    [], M("NL102", "n1", "NL101", "n1"),
    "VGR: the hedge and the not-yet-told remark sit under the filtered sökord Tidiga hypoteser")

case("th-skane-multi-lak-och-at", "skane", "1945-06-17", "M", [
    note("n1", "S_NEURO_LU", "Per-Olof Mattsson", "läkare", "Tidiga hypoteser",
         "2024-05-08 12:00", [
             ("Hypotes", "Misstänkt Parkinsons sjukdom med tanke på vilotremor och stelhet. Pat ej informerad, DaTSCAN inväntas."),
         ]),
    note("n2", "S_NEURO_LU", "Anders Wahlström", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-05-15 10:30", [
             ("Aktivitet", "Tar längre tid på sig att knäppa knappar och skriva. Eventuellt nytta av förtjockade pennor och bestick, provas hemma."),
         ]),
    ], [], M("NL102", "n1", "NL101", "n1", "NL102", "n2"),
    "hypothesis kept in Tidiga hypoteser (n1); the OT's visible note only hedges aids (n2)")

case("kurator-ingen-misstanke-demens-pat-orolig", "vgr", "1952-02-26", "K", [
    note("n1", "V_GERI_FROL", "Helena Wik", "kurator", "Kuratorsanteckning",
         "2024-10-08 14:00", [
             ("Samtal", "Pat oroar sig för att bli dement som sin mamma. Enligt läkarens bedömning förra veckan finns ingen misstanke om demens."),
             ("Åtgärd", "Samtal om oro och sömn. Tid vid behov."),
         ])],
    [], M("NL102", "n1"),
    "patient's worry with a physician's negated suspicion; mother's dementia is family history")

case("lak-tidigare-utredd-for-mojlig-mb-crohn", "skane", "1984-09-02", "M", [
    note("n1", "S_MED_TBG", "Jens Lund", "läkare", "Läkaranteckning",
         "2024-12-10 09:20", [
             ("Anamnes", "Utreddes 2020 för möjlig Crohns sjukdom, koloskopi och kapselendoskopi normala. Fick diagnosen IBS."),
             ("Aktuellt", "Nu besvär av halsbränna sedan två månader."),
         ])],
    [], M("NL102", "n1"),
    "past workup for a possible diagnosis that was not confirmed")

case("ssk-pappa-trol-hjartinfarkt-hereditet", "vgr", "1976-03-31", "M", [
    note("n1", "V_HJART_NAL", "Eva Karlsson", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-04-25 08:30", [
             ("Hereditet", "Pappa dog 52 år gammal, troligen i hjärtinfarkt. Farbror har kärlkramp."),
             ("Aktuellt", "Arbets-EKG idag utan ischemitecken, god arbetsförmåga."),
         ])],
    [], M("NL102", "n1"),
    "the father's probable infarction is family history")

case("1177-ssk-ingen-anledning-misstanka-borrelia", "skane", "1988-06-03", "K", [
    note("n1", "S_INF_MA", "Louise Friberg", "sjuksköterska", "1177 e-tjänster",
         "2024-06-20 11:15", [
             ("Kontaktorsak", "Pat skickar bild via 1177 på liten rodnad efter fästingbett igår, undrar om hon behöver antibiotika."),
             ("Bedömning", "Rodnad ca 1 cm direkt runt bettet, ingen anledning att misstänka borrelia i nuläget. Fotot har skannats in."),
             ("Åtgärd", "Råd om att fotografera och bevaka området i fyra veckor och höra av sig om rodnaden växer."),
         ], refs=["1177-60072"])],
    [], M("NL102", "n1"),
    "1177 reply: 'ingen anledning att misstänka' negates the diagnosis",
    convs=[conv("1177-60072", "Rådgivning", "S_INF_MA", "2024-06-19 22:30", "2024-06-20 11:05", [
        ("patient", "2024-06-19 22:30", "Hej, jag tog bort en fästing igår och nu är det lite rött. Bifogar foto. Behöver jag penicillin?"),
        ("staff", "2024-06-20 11:05", "Hej! En liten rodnad direkt efter bettet är vanlig och behöver ingen behandling. Håll koll i fyra veckor och hör av dig om den växer."),
    ], attachments=[("fastingbett.jpg", "image")])])

# ---------------------------------------------------------------- D. Skåne primary care
# (PMO never shows diagnoses) -> hedged diagnoses are NL102 must_not

case("pmo-dsk-trol-erysipelas", "skane", "1941-08-22", "M", [
    note("n1", "P_VC_HORBY", "Marie Nilsson", "distriktssköterska", "Besöksanteckning",
         "2024-05-06 10:10", [
             ("Aktuellt", "Kommer för omläggning av bensår, nu rodnad upp mot knät och frossa under natten."),
             ("Status", "Temp 38,4. Skarpt avgränsad rodnad på hö underben, varm."),
             ("Bedömning", "Trol. erysipelas hö underben."),
             ("Åtgärd", "Läkare tittar på pat före lunch."),
         ])],
    [], M("NL102", "n1"),
    "PMO: a district nurse's 'Trol. erysipelas' is not shown to the patient")

case("pmo-bvc-misstankt-sprakforsening", "skane", "2022-02-10", "K", [
    note("n1", "P_BVC_TBG", "Lisa Svensson", "sjuksköterska", "BVC-besök",
         "2024-08-29 09:00", [
             ("Utveckling", "2-årsbesök. Använder cirka fem ord, pekar och drar i föräldrarna. Förstår enkla uppmaningar."),
             ("Bedömning", "Misstänkt språkförsening."),
             ("Åtgärd", "Remiss till logoped, hörselkontroll bokas."),
         ])],
    [], M("NL102", "n1"),
    "PMO child health centre: suspected language delay is not visible as a diagnosis")

case("pmo-um-misstankt-klamydia", "skane", "2006-04-18", "K", [
    note("n1", "P_UM_LUND", "Sofie Lindgren", "barnmorska", "Besöksanteckning",
         "2024-10-10 15:30", [
             ("Aktuellt", "Sveda och ökad flytning sedan en vecka, ny partner i september."),
             ("Bedömning", "Misstänkt klamydia, prov tas."),
             ("Åtgärd", "Pat får svaret via 1177 inom en vecka. Kondom tills svaret är klart."),
         ])],
    [], M("NL102", "n1"),
    "PMO youth clinic: midwife's suspected chlamydia (patient 18)")

case("pmo-psykolog-trolig-social-fobi", "skane", "1997-12-05", "M", [
    note("n1", "P_VC_LIMHAMN", "Hugo Bergman", "psykolog", "Psykologsamtal",
         "2024-02-08 13:00", [
             ("Samtal", "Undviker att äta i personalmatsalen och att prata i telefon på jobbet, rodnar och svettas."),
             ("Bedömning", "Trolig social fobi."),
             ("Planering", "KBT, sex samtal till att börja med."),
         ])],
    [], M("NL102", "n1"),
    "PMO: a primary-care psychologist's 'Trolig social fobi'")

case("pmo-kurator-mojlig-utmattningsreaktion", "skane", "1980-06-26", "K", [
    note("n1", "P_VC_ESLOV", "Eva Lindahl", "kurator", "Kuratorssamtal",
         "2024-04-16 10:00", [
             ("Samtal", "Mycket hög arbetsbelastning som förskolechef i ett år. Gråter lätt, glömmer möten."),
             ("Bedömning", "Möjlig utmattningsreaktion."),
             ("Åtgärd", "Rekommenderar läkarbesök, tid bokad hos husläkaren 18/4."),
         ])],
    [], M("NL102", "n1"),
    "PMO: counsellor's 'Möjlig utmattningsreaktion'")

case("pmo-hemsjukvard-trycksar-fragetecken", "skane", "1930-10-13", "K", [
    note("n1", "P_HSV_TOMELILLA", "Birgitta Persson", "distriktssköterska", "Hembesök",
         "2024-01-25 14:20", [
             ("Hud", "Blåsa 2 cm på höger häl, omgiven av rodnad."),
             ("Bedömning", "Trycksår kategori 2?"),
             ("Åtgärd", "Hälskydd, hydrokolloidförband. Nytt besök måndag."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "PMO home nursing: question-marked pressure ulcer")

case("pmo-diabssk-misstankt-neuropati", "skane", "1955-03-15", "M", [
    note("n1", "P_VC_NASBY", "Annelie Sjöstrand", "diabetessjuksköterska", "Diabetesbesök",
         "2024-09-12 08:40", [
             ("Fotstatus", "Känner inte monofilamentet på fyra av tio punkter på vänster fot, vibrationssinnet nedsatt."),
             ("Bedömning", "Misstänkt perifer neuropati vä fot. Riskgrupp 2."),
             ("Åtgärd", "Remiss till fotterapeut, läkarbesök för bedömning."),
         ])],
    [], M("NL102", "n1"),
    "PMO diabetes nurse: suspected neuropathy")

case("pmo-kolssk-kol-kan-ej-uteslutas", "skane", "1962-07-30", "K", [
    note("n1", "P_VC_HOGANAS", "Ingrid Ask", "astma/KOL-sjuksköterska", "Spirometri",
         "2024-03-14 13:50", [
             ("Spirometri", "FEV1/FVC 0,71 efter bronkdilatation, rökt 30 paketår."),
             ("Bedömning", "KOL kan ej uteslutas, gränsvärde."),
             ("Planering", "Rökavvänjning, ny spirometri om tre månader."),
         ])],
    [], M("NL102", "n1"),
    "PMO asthma/KOL nurse: 'KOL kan ej uteslutas'")

case("pmo-fysio-misstankt-plantarfasciit", "skane", "1971-05-09", "K", [
    note("n1", "P_REHAB_SIMRIS", "Per Holmberg", "fysioterapeut", "Fysioterapi",
         "2024-07-03 11:30", [
             ("Anamnes", "Hälsmärta vänster, värst de första stegen på morgonen."),
             ("Bedömning", "Misstänkt plantarfasciit vä."),
             ("Åtgärd", "Stretch av vadmuskulatur och fotsula, hälkopp provad."),
         ])],
    [], M("NL102", "n1"),
    "PMO physiotherapy: suspected plantar fasciitis")

case("pmo-lak-sannolik-hypotyreos", "skane", "1977-01-14", "K", [
    note("n1", "P_VC_SJOBO", "Anders Olin", "läkare", "Läkaranteckning",
         "2024-11-21 14:30", [
             ("Anamnes", "Trötthet, frusenhet och viktuppgång 5 kg sedan i våras."),
             ("Bedömning", "Sannolik hypotyreos. TSH och T4 tas idag."),
         ])],
    [], M("NL102", "n1"),
    "PMO physician: 'Sannolik hypotyreos' is not shown")

case("pmo-telrad-trol-gastroenterit-barn", "skane", "2021-09-27", "M", [
    note("n1", "P_VC_BURLOV", "Malin Åberg", "sjuksköterska", "Telefonkontakt",
         "2024-03-02 08:10", [
             ("Kontaktorsak", "Mamma ringer, sonen 2 år har kräkts och haft diarré sedan natten. Kissar, dricker små klunkar."),
             ("Bedömning", "Trol. magsjuka (gastroenterit)."),
             ("Råd", "Vätskeersättning i små mängder ofta. Ring åter om han slutar kissa eller blir slö."),
         ], setting="telefonrådgivning")],
    [], M("NL102", "n1"),
    "PMO telephone advice: 'Trol. magsjuka' for a toddler")

case("pmo-bmm-hyperemesis-fragetecken", "skane", "1996-02-19", "K", [
    note("n1", "P_BMM_LSK", "Emelie Falk", "barnmorska", "Barnmorskebesök",
         "2024-02-27 10:45", [
             ("Aktuellt", "Vecka 9. Kräks 6–8 gånger om dagen, gått ned 3 kg."),
             ("Bedömning", "Hyperemesis gravidarum?"),
             ("Åtgärd", "Ketoner i urinen 2+. Kontakt med kvinnokliniken för bedömning idag."),
         ])],
    [], M("NL102", "n1"),
    "PMO midwife clinic: question-marked hyperemesis")

case("pmo-lak-misstankt-prostatacancer-ej-informerad", "skane", "1953-11-18", "M", [
    note("n1", "P_VC_ESLOV", "Erik Sandell", "läkare", "Läkaranteckning",
         "2024-05-17 12:40", [
             ("Provsvar", "PSA 18, tidigare 4,2 för två år sedan."),
             ("Bedömning", "Misstänkt prostatacancer. Pat ännu ej informerad om PSA-svaret, ringer honom efter lunch."),
             ("Åtgärd", "Remiss enligt standardiserat vårdförlopp till urologen skickad."),
         ])],
    [], M("NL102", "n1"),
    "PMO: a hedged diagnosis not yet told is still not shown; NL101 is not asserted on PMO")

case("pmo-dietist-ev-ibs", "skane", "1989-08-11", "K", [
    note("n1", "P_VC_LIMHAMN", "Hanna Lövgren", "dietist", "Dietistbesök",
         "2024-08-22 09:20", [
             ("Kostanamnes", "Växlande lös och hård avföring, uppblåsthet efter lök och bönor."),
             ("Bedömning", "Ev. IBS."),
             ("Åtgärd", "Låg-FODMAP-kost i fyra veckor, återbesök för återintroduktion."),
         ])],
    [], M("NL102", "n1"),
    "PMO dietician: 'Ev. IBS'")

case("pmo-1177-dsk-trolig-svampinfektion", "skane", "1967-04-03", "M", [
    note("n1", "P_VC_HORBY", "Marie Nilsson", "distriktssköterska", "1177 e-tjänster",
         "2024-07-11 14:05", [
             ("Kontaktorsak", "Pat skickar bild via 1177 på rodnad och klåda i ljumsken sedan två veckor, mycket svettig på jobbet."),
             ("Bedömning", "Bilden skannad. Trolig svampinfektion i ljumsken."),
             ("Åtgärd", "Receptfri svampkräm enligt råd i svaret. Åter om inte bättre på två veckor."),
         ], refs=["1177-71003"])],
    [], M("NL102", "n1"),
    "PMO 1177 reply: 'Trolig svampinfektion' is not shown",
    convs=[conv("1177-71003", "Rådgivning", "P_VC_HORBY", "2024-07-10 20:45", "2024-07-11 14:00", [
        ("patient", "2024-07-10 20:45", "Hej! Jag har fått rött och kliande i ljumsken, se bild. Vad ska jag göra?"),
        ("staff", "2024-07-11 14:00", "Hej! Det ser ut som en vanlig svampinfektion. Köp svampkräm på apoteket och smörj två gånger om dagen i två veckor."),
    ], attachments=[("ljumske.jpg", "image")])])

case("pmo-dsk-osakert-om-pat-kommer", "skane", "1944-03-09", "K", [
    note("n1", "P_VC_SJOBO", "Helén Roos", "distriktssköterska", "Telefonkontakt",
         "2024-10-02 09:10", [
             ("Aktuellt", "Pat med hjärtsvikt har uteblivit från två sköterskebesök."),
             ("Planering", "Osäkert om pat kommer på fredag, hon säger att hon inte vet om grannen kan skjutsa. Hembesök erbjuds i stället."),
         ])],
    [], M("NL102", "n1"),
    "PMO: uncertainty about attendance (no diagnostic hedge at all)")

# ---------------------------------------------------------------- E. diagnosis in a visible
# Melior section while the note says the patient is not told yet -> NL101 must

case("ssk-onk-levermetastaser-ej-informerad", "vgr", "1956-05-11", "M", [
    note("n1", "V_ONK_SU", "Anneli Roth", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-03-20 15:30", [
             ("Provsvar", "PET-DT visar levermetastaser, tre stycken i höger lob."),
             ("Information", "Pat ej informerad ännu, läkarbesök bokat på fredag där beskedet ges. Hustrun följer med."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "oncology nurse: confirmed metastases in a visible note, patient not informed yet")

case("fysio-mr-diskbrack-inte-fatt-svaret", "skane", "1977-02-15", "M", [
    note("n1", "S_FYS_HBG", "Magnus Persson", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-02-05 13:00", [
             ("Aktuellt", "Återbesök för ländryggssmärta med utstrålning i höger ben."),
             ("Journalgenomgång", "MR-svaret visar diskbråck L4–L5 med påverkan på nervroten L5 hö. Pat har ännu inte fått svaret av sin läkare, därför avvaktar jag med att diskutera fynden."),
             ("Åtgärd", "Fortsätter med nervmobilisering och rörelseträning."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "physiotherapist copies an MRI diagnosis into a visible note before the patient has heard it")

case("psykolog-ast-aterkoppling-senare", "vgr", "2002-10-29", "K", [
    note("n1", "V_PSYK_SAS", "Lina Hedberg", "psykolog", "Psykologanteckning",
         "2024-04-04 16:20", [
             ("Sammanfattning", "Utredningen visar autismspektrumtillstånd utan intellektuell funktionsnedsättning."),
             ("Planering", "Återgivning sker 12/4 tillsammans med psykiatern. Pat är inte informerad om slutsatsen ännu."),
         ])],
    M("NL101", "n1"), [],
    "psychologist writes the conclusion of an assessment before feedback to the patient")

case("dietist-celiaki-pat-ej-fatt-besked", "skane", "1994-06-08", "K", [
    note("n1", "S_DIET_MA", "Karin Åkesson", "dietist", "Dietistanteckning",
         "2024-05-22 09:00", [
             ("Bakgrund", "Enligt gastroenterologens remiss bekräftade tunntarmsbiopsin celiaki."),
             ("Planering", "Pat har inte fått besked om diagnosen, läkaren ringer henne på måndag. Dietistbesök om glutenfri kost bokas därefter."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "dietician documents a confirmed coeliac disease the patient has not yet been told")

case("gyn-barnmorska-cin3-ej-informerad", "vgr", "1991-12-17", "K", [
    note("n1", "V_GYN_OSTRA", "Amanda Wikström", "barnmorska", "Barnmorskeanteckning",
         "2024-09-05 11:30", [
             ("Provsvar", "Cellprov med HSIL, biopsi visar CIN 3."),
             ("Planering", "Pat ej informerad om svaret. Kallas till kolposkopi och konisering, besked ges av gynekolog vid det besöket."),
         ])],
    M("NL101", "n1"), [],
    "midwife: a CIN 3 result in a visible note, patient not informed")

case("ssk-neuro-misstankt-als-kanner-inte-till", "vgr", "1961-04-30", "M", [
    note("n1", "V_NEURO_SU", "Sanna Holm", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-06-12 14:10", [
             ("Aktuellt", "Neurografi/EMG igår."),
             ("Bedömning", "Misstänkt ALS enligt neurolog efter EMG. Pat känner inte till misstanken än, besök med neurolog och kurator planeras nästa vecka."),
         ])],
    M("NL101", "n1", "NL102", "n1"), [],
    "hedged diagnosis the patient does not know about: both NL101 and NL102")

case("kurator-skelettmetastaser-besked-torsdag", "skane", "1949-09-14", "K", [
    note("n1", "S_KUR_CSK", "Cecilia Jönsson", "kurator", "Kuratorsanteckning",
         "2024-10-21 10:45", [
             ("Bakgrund", "Känd lungcancer sedan i somras, skelettscintigrafin visar nu skelettmetastaser."),
             ("Planering", "Pat ännu ej informerad om spridningen till skelettet; kurator deltar när läkaren ger beskedet på torsdag."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "counsellor: a new diagnosis (bone metastases) of a known cancer, patient not told yet")

case("at-geri-alzheimer-ej-meddelats", "vgr", "1938-12-22", "K", [
    note("n1", "V_GERI_FROL", "Sara Nyström", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-09-26 13:00", [
             ("Bakgrund", "Demens av Alzheimertyp fastställd vid teamkonferensen igår. Diagnosen har ännu inte meddelats patienten."),
             ("Planering", "Hembesök efter diagnosbeskedet för bedömning av behov av kognitiva hjälpmedel."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "OT records a settled dementia diagnosis not yet communicated to the patient")

case("lak-neuro-ms-besked-vid-aterbesok", "skane", "1995-11-03", "K", [
    note("n1", "S_NEURO_LU", "Johanna Rydberg", "läkare", "Läkaranteckning",
         "2024-04-26 12:30", [
             ("Provsvar", "MR hjärna och ryggmärg med spridda demyeliniserande lesioner, oligoklonala band i likvor."),
             ("Diagnos", "Multipel skleros, skovvis förlöpande."),
             ("Planering", "Pat ej informerad – besked ges vid återbesöket 3/5 med MS-sjuksköterska närvarande."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "physician: affirmed MS in a Diagnos section, the patient is to be told later")

case("1177-ssk-melanom-ej-i-meddelandet", "skane", "1966-07-12", "M", [
    note("n1", "S_HUD_LU", "Eva Möller", "sjuksköterska", "1177 e-tjänster",
         "2024-08-14 10:20", [
             ("Kontaktorsak", "Pat frågar via 1177 efter svaret på den bortopererade leverfläcken på ryggen."),
             ("Bedömning", "PAD visar malignt melanom, tjocklek 1,2 mm. Pat har inte informerats om detta i meddelandet."),
             ("Åtgärd", "Svarat att läkaren vill träffa honom och erbjudit tid imorgon kl 13.15, pat har accepterat."),
         ], refs=["1177-80155"])],
    M("NL101", "n1"), M("NL102", "n1"),
    "1177 reply note names a melanoma that the patient was deliberately not told in the message",
    convs=[conv("1177-80155", "Fråga om provsvar", "S_HUD_LU", "2024-08-13 21:30", "2024-08-14 10:10", [
        ("patient", "2024-08-13 21:30", "Hej, det har gått tre veckor sedan ni tog bort fläcken på ryggen. Har svaret kommit?"),
        ("staff", "2024-08-14 10:10", "Hej! Svaret har kommit och doktorn vill gå igenom det med dig. Vi har en tid imorgon kl 13.15."),
        ("patient", "2024-08-14 10:15", "Okej, jag kommer."),
    ])])

case("dietist-t2d-enligt-remiss-ej-besked", "vgr", "1970-01-27", "M", [
    note("n1", "V_DIET_SKAS", "Jenny Lundqvist", "dietist", "Dietistanteckning",
         "2024-02-28 14:15", [
             ("Bakgrund", "Remiss från medicinmottagningen: nyupptäckt typ 2-diabetes, HbA1c 61."),
             ("Kommentar", "Enligt remittenten har pat ännu inte fått besked om diagnosen, det ska tas upp av läkaren först. Kostbesöket skjuts upp till efter läkarbesöket 7/3."),
         ])],
    M("NL101", "n1"), [],
    "dietician repeats a diagnosis from a referral and notes the patient has not been told")

case("psykolog-bipolar-aterkopplas-av-psykiater", "skane", "1988-03-25", "M", [
    note("n1", "S_PSYK_LU", "Ulrika Hedlund", "psykolog", "Psykologanteckning",
         "2024-05-30 15:40", [
             ("Bedömning", "Bipolär sjukdom typ II bedöms föreligga utifrån SCID-intervju och livsdiagram."),
             ("Planering", "Pat är inte informerad, diagnosen återkopplas av psykiatern vid besöket 10/6."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "psychologist: a settled diagnosis in a visible note, feedback left to the psychiatrist")

case("lak-lymfom-ej-infomerad-typo", "vgr", "1958-10-19", "K", [
    note("n1", "V_ONK_SU", "Jenny Falk", "läkare", "Läkaranteckning",
         "2024-07-17 17:05", [
             ("Provsvar", "Körtelbiopsi från halsen: diffust storcelligt B-cellslymfom."),
             ("Planering", "Pat ej infomerad om diagnosen lymfom ännu, besked på mottagningen imorgon kl 10 med kontaktsjuksköterska."),
         ], signed=None)],
    M("NL101", "n1"), M("NL102", "n1"),
    "unsigned draft with the typo 'infomerad': lymphoma written before the patient is told")

case("multi-ra-ej-informerad-sedan-informerad", "skane", "1975-05-18", "K", [
    note("n1", "S_REUMA_LU", "Tove Lindqvist", "läkare", "Läkaranteckning",
         "2024-01-18 16:00", [
             ("Provsvar", "CCP-antikroppar kraftigt förhöjda, reumatoid faktor positiv, röntgen med erosioner i MCP-leder."),
             ("Diagnos", "Reumatoid artrit."),
             ("Planering", "Pat ej informerad, besked ges vid besök 25/1 då metotrexat startas."),
         ]),
    note("n2", "S_REUMA_LU", "Malin Kvist", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-01-25 14:30", [
             ("Information", "Pat informerad av dr Lindqvist om RA-diagnosen tidigare idag. Fått skriftlig information om metotrexat och provtagningsschema."),
         ]),
    ], M("NL101", "n1"), M("NL101", "n2"),
    "record: the physician's note (n1) breaches; the nurse's later note (n2) records that the patient was told")

case("lak-trolig-pankreascancer-mdk", "vgr", "1947-06-01", "M", [
    note("n1", "V_KIR_SKAS", "Viktor Hägg", "läkare", "Läkaranteckning",
         "2024-03-15 13:25", [
             ("Röntgen", "DT buk: 3 cm stor lågattenuerande förändring i pankreashuvudet med gallvägsdilatation."),
             ("Bedömning", "Trolig pankreascancer. Pat ej informerad om fyndet, väntar på multidisciplinär konferens på tisdag."),
         ])],
    M("NL101", "n1", "NL102", "n1"), [],
    "surgeon: hedged diagnosis and patient not informed")

case("anhoriga-informerade-men-inte-pat", "skane", "1944-11-26", "M", [
    note("n1", "S_NEURO_LU", "Per-Olof Mattsson", "läkare", "Läkaranteckning",
         "2024-10-30 18:10", [
             ("Provsvar", "MR visar glioblastom i vänster temporallob."),
             ("Information", "Hustru och son informerade per telefon på pat:s tidigare uttryckta önskan. Pat själv ännu ej underrättad om hjärntumören, samtal imorgon förmiddag."),
         ], setting="slutenvård")],
    M("NL101", "n1"), [],
    "relatives were told but the patient was not: still NL101")

case("sarkom-ska-inte-informeras-forran-pad", "vgr", "1984-01-09", "K", [
    note("n1", "V_ORT_MOL", "Nils Åberg", "läkare", "Läkaranteckning",
         "2024-05-27 11:50", [
             ("Röntgen", "MR lår: 8 cm stor mjukdelsförändring i vastus lateralis."),
             ("Bedömning", "Misstänkt mjukdelssarkom. Pat ska inte informeras om misstanken förrän PAD från biopsin finns."),
         ])],
    M("NL101", "n1", "NL102", "n1"), [],
    "'ska inte informeras förrän' (must not be told yet) with a hedged diagnosis in a visible note")

case("logoped-ppa-ej-informerad", "skane", "1952-08-30", "K", [
    note("n1", "S_LOGO_LU", "Kerstin Ahl", "logoped", "Logopedanteckning",
         "2024-11-14 09:40", [
             ("Bakgrund", "Enligt neurologens anteckning igår är diagnosen primär progressiv afasi, logopenisk variant. Pat ännu ej informerad om diagnosen."),
             ("Undersökning", "Ordmobiliseringstest: 12 ord på en minut. Tvekar och letar ord i spontantal."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "speech therapist repeats a neurologist's diagnosis that the patient has not been told")

case("diabssk-typ1-bekraftad-pat-vet-inte", "vgr", "1999-02-21", "M", [
    note("n1", "V_DIAB_SU", "Lena Bergström", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-12-12 15:55", [
             ("Provsvar", "GAD- och IA2-antikroppar positiva, typ 1-diabetes bekräftad."),
             ("Planering", "Pat vet inte om att diagnosen ändrats från typ 2, läkaren tar samtalet vid besöket 16/12. Insulinstart planeras då."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "diabetes nurse: changed diagnosis ('pat vet inte om') written before the patient is told")

case("lak-uro-prostatacancer-ej-per-telefon", "vgr", "1951-03-04", "M", [
    note("n1", "V_URO_SU", "Anders Lindberg", "läkare", "Läkaranteckning",
         "2024-06-20 16:40", [
             ("PAD", "Prostatabiopsier: adenocarcinom Gleason 4+3 i sex av tolv biopsier."),
             ("Planering", "Pat har ännu inte fått beskedet. Ska inte ges per telefon, besök med kontaktsjuksköterska 27/6."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "urologist: a biopsy-confirmed cancer with 'ännu inte fått beskedet'")

# ---------------------------------------------------------------- F. near misses for NL101:
# the patient was told, someone else was not, what was not told is not a diagnosis, the
# result is normal, the text sits in Tidiga hypoteser

case("ssk-onk-informerad-igar-om-metastaser", "vgr", "1955-12-09", "K", [
    note("n1", "V_ONK_SU", "Anneli Roth", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-03-22 10:10", [
             ("Aktuellt", "Pat informerades av läkaren igår om levermetastaserna. Hon har många frågor om cytostatikabehandlingen och om hur det blir med jobbet."),
             ("Åtgärd", "Gått igenom behandlingsschemat. Kontaktsjuksköterskans nummer givet."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "patient was told the diagnosis the day before")

case("fysio-pat-informerad-om-mr-fyndet", "skane", "1969-01-31", "M", [
    note("n1", "S_FYS_HBG", "Jonas Lindh", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-02-12 09:30", [
             ("Aktuellt", "Pat är informerad av ortopeden om MR-fyndet (diskbråck L4–L5) och att operation inte är aktuell nu."),
             ("Åtgärd", "McKenzie-övningar, gradvis ökad gångsträcka."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "physiotherapist documents that the patient knows the MRI diagnosis")

case("kurator-sambon-ej-informerad", "vgr", "1963-08-04", "M", [
    note("n1", "V_KUR_NAL", "Hanna Ek", "kurator", "Kuratorsanteckning",
         "2024-04-10 13:30", [
             ("Samtal", "Pat fick beskedet om koloncancer av kirurgen i måndags. Sambon är ännu inte infromerad om cancerdiagnosen, pat vill berätta själv i helgen."),
             ("Åtgärd", "Samtal om hur han kan berätta. Nytt samtal efter helgen."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "the partner has not been told (typo 'infromerad'), the patient has")

case("diabssk-ej-informerad-om-ny-tid", "skane", "1946-04-23", "K", [
    note("n1", "S_ENDO_MA", "Mirja Ek", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-07-04 11:20", [
             ("Aktuellt", "Typ 2-diabetes med neuropati. Fotterapeuten har flyttat tiden till 19/8."),
             ("Planering", "Pat ej informerad om den nya tiden hos fotterapeuten – brev skickas idag."),
         ])],
    [], M("NL101", "n1"),
    "what the patient has not been told is an appointment, not a diagnosis")

case("ssk-ej-nadd-prover-normala", "vgr", "1978-05-06", "K", [
    note("n1", "V_MED_ALS", "Elin Norén", "sjuksköterska", "Telefonanteckning",
         "2024-05-08 14:45", [
             ("Provsvar", "Samtliga prover från 2/5 normala: Hb, ferritin, TSH, B12."),
             ("Åtgärd", "Pat ej nådd per telefon, inget svar på två försök. Nytt försök imorgon, annars brev."),
         ])],
    [], M("NL101", "n1"),
    "patient not yet reached about normal results: no diagnosis is withheld")

case("psykolog-ej-info-vantetid", "skane", "2001-06-27", "K", [
    note("n1", "S_PSYK_LU", "Elin Sandberg", "psykolog", "Psykologanteckning",
         "2024-08-28 10:30", [
             ("Aktuellt", "Pat med paniksyndrom, står på väntelista för KBT-grupp."),
             ("Planering", "Pat har inte fått information om väntetiden till gruppbehandlingen, ringer henne när höstens schema är klart."),
         ])],
    [], M("NL101", "n1"),
    "not told the waiting time; the diagnosis is known")

case("barnmorska-cellprov-normalt-ej-informerad", "vgr", "1986-09-15", "K", [
    note("n1", "V_GYN_OSTRA", "Amanda Wikström", "barnmorska", "Barnmorskeanteckning",
         "2024-10-17 13:10", [
             ("Provsvar", "Cellprovet normalt, HPV negativt."),
             ("Åtgärd", "Pat ännu ej informerad, svarsbrev skickas enligt rutin."),
         ])],
    [], M("NL101", "n1"),
    "normal test result not yet communicated: no diagnosis")

case("ssk-kir-op-flyttad-ej-informerad", "skane", "1960-02-08", "K", [
    note("n1", "S_KIR_YS", "Anna Lilja", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-04-11 15:00", [
             ("Aktuellt", "Pat med gallstenssjukdom står på väntelista för laparoskopisk kolecystektomi."),
             ("Planering", "Pat har ännu inte informerats om att operationen flyttas till vecka 22. Ringer i morgon."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "not told a new operation date; gallstone disease is known")

case("lak-onk-vill-inte-veta-prognos", "vgr", "1948-07-25", "M", [
    note("n1", "V_ONK_SU", "Jenny Falk", "läkare", "Läkaranteckning",
         "2024-09-03 11:10", [
             ("Aktuellt", "Pat känner till sin diagnos kolorektal cancer med spridning till lungorna sedan i våras."),
             ("Samtal", "Pat önskar inte detaljerad information om prognosen och vill fokusera på behandlingen. Respekteras, erbjuds samtal igen vid behov."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "patient knows the diagnosis and declines prognosis details")

case("dietist-arbetsgivare-ej-informerad", "skane", "1992-11-21", "M", [
    note("n1", "S_DIET_MA", "Karin Åkesson", "dietist", "Dietistanteckning",
         "2024-10-24 14:00", [
             ("Aktuellt", "Celiaki diagnostiserad i juni, glutenfri kost sedan dess."),
             ("Samtal", "Arbetsgivaren är inte informerad om pat:s celiaki, pat vill inte det. Svårt med luncher på jobbet, tar med egen mat."),
         ])],
    [], M("NL101", "n1"),
    "the employer has not been told, by the patient's choice")

case("at-hemtjansten-ej-informerad", "vgr", "1933-05-20", "K", [
    note("n1", "V_AT_NU", "Karolina Berg", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-11-04 10:50", [
             ("Aktuellt", "Stroke i oktober med vänstersidig svaghet, utskrivningsklar."),
             ("Planering", "Hemtjänsten är ännu inte informerad om ändrad förflyttningsteknik med vridplatta, mejl till enhetschefen skickas idag."),
         ], setting="slutenvård")],
    [], M("NL101", "n1"),
    "home-help staff not informed about a transfer technique")

case("lak-biopsi-ingen-malignitet-ej-informerad", "skane", "1965-10-04", "M", [
    note("n1", "S_URO_MA", "Erik Wennberg", "läkare", "Läkaranteckning",
         "2024-06-05 16:30", [
             ("PAD", "Blåsbiopsi: normal slemhinna, ingen malignitet."),
             ("Planering", "Pat ej informerad ännu – ringer honom imorgon förmiddag med beskedet."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "biopsy without malignancy not yet told: the only diagnosis is negated")

case("th-vgr-misstankt-schizofreni-ej-informerad", "vgr", "1998-04-05", "M", [
    note("n1", "V_PSYK_SAS", "Samir Khalil", "läkare", "Läkaranteckning",
         "2024-07-08 15:15", [
             ("Aktuellt", "Pat kommer tillsammans med mamma. Sover dåligt, har slutat gå till jobbet."),
             ("Tidiga hypoteser", "Misstänkt schizofreni. Pat ej informerad, för tidigt att ta upp innan observationsperioden."),
             ("Planering", "Återbesök om en vecka, mamma hör av sig vid försämring."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "VGR: the not-told hypothesis sits under the filtered sökord Tidiga hypoteser")

case("th-skane-mall-mojlig-huntington", "skane", "1979-07-29", "K", [
    note("n1", "S_NEURO_LU", "Johanna Rydberg", "läkare", "Tidiga hypoteser",
         "2024-09-19 14:50", [
             ("Hypotes", "Möjlig Huntingtons sjukdom med tanke på koreatiska rörelser och far som dog i ung ålder med oklar diagnos. Pat ej informerad, genetisk vägledning först."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "Skåne: the Tidiga hypoteser template hides a possible diagnosis the patient was not told")

case("ssk-ej-informerad-om-omprovtagning", "vgr", "1971-11-13", "K", [
    note("n1", "V_LUNG_SU", "Petra Ahlgren", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-02-26 09:50", [
             ("Aktuellt", "Pat med sarkoidos, kontroll av kalcium och ACE."),
             ("Provtagning", "Pat ej informerad om att kalciumprovet måste tas om pga hemolys, kallelse skickas."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "not told that a sample must be retaken")

case("ssk-tidigare-informerad-av-huslakare", "skane", "1957-02-18", "M", [
    note("n1", "S_HJART_HBG", "Sofia Ljung", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-03-28 13:20", [
             ("Aktuellt", "Ny patient på hjärtsviktsmottagningen. Fick diagnosen hjärtsvikt av sin husläkare i februari och har läst på själv."),
             ("Åtgärd", "Egenvårdsutbildning: daglig vägning, vätskeintag, tecken på försämring."),
         ])],
    [], M("NL101", "n1"),
    "the diagnosis was given earlier by the GP")

case("kurator-vuxna-barn-ej-informerade-als", "vgr", "1954-01-16", "M", [
    note("n1", "V_NEURO_SU", "Karin Sjödin", "kurator", "Kuratorsanteckning",
         "2024-08-21 11:30", [
             ("Samtal", "Pat fick ALS-diagnosen av neurologen för två veckor sedan. De vuxna barnen är inte informerade, pat vill vänta tills dottern fött sitt barn."),
             ("Åtgärd", "Stödsamtal, erbjuder familjesamtal när pat är redo."),
         ])],
    [], M("NL101", "n1"),
    "adult children not informed; the patient was told")

case("ssk-tolk-saknades-fasta-info", "skane", "1968-12-02", "M", [
    note("n1", "S_MED_TBG", "Annika Bengtsson", "sjuksköterska", "Telefonanteckning",
         "2024-09-17 10:40", [
             ("Aktuellt", "Pat med järnbristanemi, gastroskopi 24/9."),
             ("Åtgärd", "Tolk saknades, pat därför ej informerad om fastan inför gastroskopin. Ringer upp med telefontolk på dari imorgon kl 9."),
         ])],
    [], M("NL101", "n1"),
    "fasting instructions not given; the known diagnosis is not withheld")

case("lak-informerad-om-misstanke-sarkoidos", "vgr", "1980-03-10", "K", [
    note("n1", "V_LUNG_SU", "Johan Blom", "läkare", "Läkaranteckning",
         "2024-04-18 15:20", [
             ("Bedömning", "Misstänkt sarkoidos med tanke på bilaterala hilusförstoringar och erythema nodosum."),
             ("Information", "Pat informerad om misstanken om sarkoidos och om planerad bronkoskopi, frågor besvarade."),
         ])],
    M("NL102", "n1"), M("NL101", "n1"),
    "patient informed of the suspicion: NL102 still applies, NL101 does not")

case("fysio-ej-info-gangtest", "skane", "1950-05-03", "K", [
    note("n1", "S_REHAB_ANG", "Therese Möller", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-05-23 15:30", [
             ("Test", "6 minuters gångtest 310 m, 40 m längre än i mars."),
             ("Kommentar", "Pat ej informerad om resultatet av gångtestet, hann inte innan färdtjänsten kom. Tas upp nästa gång."),
         ])],
    [], M("NL101", "n1"),
    "a walking test result not told, not a diagnosis")

case("diabssk-ej-fatt-veta-hba1c", "vgr", "1965-09-08", "M", [
    note("n1", "V_DIAB_SU", "Fatima Rahimi", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-10-09 13:35", [
             ("Provsvar", "HbA1c 52 mmol/mol, förbättrat från 63."),
             ("Planering", "Pat har inte fått veta sitt HbA1c-värde än, meddelas via 1177 idag."),
         ])],
    [], M("NL101", "n1"),
    "an improved lab value not yet told is not a diagnosis")

case("telrad-informerad-kan-vara-borrelia", "skane", "1983-04-29", "M", [
    note("n1", "S_INF_MA", "Louise Friberg", "sjuksköterska", "Telefonrådgivning",
         "2024-08-01 12:00", [
             ("Kontaktorsak", "Ansiktsförlamning på vänster sida sedan i morse, fästingbett i juni."),
             ("Bedömning", "Facialispares, möjligen orsakad av borrelia."),
             ("Information", "Pat informerad om att det kan röra sig om borrelia och att det behöver bedömas av läkare idag."),
         ], setting="telefonrådgivning")],
    M("NL102", "n1"), M("NL101", "n1"),
    "hedged diagnosis the patient was told about on the phone")

# ---------------------------------------------------------------- G. long notes with several
# sections (300+ words), and more short notes with typos

case("lang-savh-hembesok-manga-hedges-ingen-dx", "vgr", "1936-02-04", "M", [
    note("n1", "V_SAVH_SAS", "Jonna Åström", "sjuksköterska", "Hembesök",
         "2024-11-18 13:30", [
             ("Bakgrund", "88-årig man med hjärtsvikt NYHA III, förmaksflimmer på antikoagulantia, typ 2-diabetes och KOL. Inskriven i sjukhusansluten hemsjukvård sedan september efter tre inläggningar i höstas. Bor med hustrun i radhus, hemtjänst morgon och kväll."),
             ("Aktuellt", "Planerat hembesök. Hustrun berättar att han sovit sittande i fåtöljen de senaste två nätterna, möjligen för att det känts tyngre att andas liggande, men han själv säger att det mest är för att sängen är obekväm. Aptiten lite sämre. Har tagit sina tabletter enligt hustrun, men dosetten för tisdag kväll var inte tömd, så det är oklart om kvällsdosen togs."),
             ("Status", "Vaken, orienterad, pratar i hela meningar. AF 20, saturation 93 % på rumsluft (94 % förra veckan). Puls oregelbunden 84. BT 118/72. Vikt 81,4 kg, vilket är 1,2 kg mer än förra måndagen, men vågen stod på mattan den här gången och värdet är därför osäkert. Lätta ödem runt fotlederna, oförändrade. P-glukos 9,8 två timmar efter lunch."),
             ("Bedömning", "Stabilt allmäntillstånd. Viktuppgången kan vara verklig eller bero på mätfel, och det går inte att avgöra idag. Följsamheten till kvällsmedicinen behöver ses över."),
             ("Åtgärd", "Ny vägning på hårt golv, 80,9 kg. Ansvarig läkare informerad per telefon, ingen ändring av diuretika i nuläget. Överenskommet med hustrun att hon lägger fram kvällstabletterna vid kvällsmaten. Hemtjänsten ska eventuellt få en påminnelse om att titta i dosetten, men hustrun vill själv fundera på det till nästa besök."),
             ("Läkemedel", "Furosemid 40 mg på morgonen och 20 mg kl 14, metoprolol 50 mg, apixaban 5 mg två gånger dagligen, insulin glargin 14 E till kvällen, metformin 500 mg två gånger dagligen samt inhalation med tiotropium och formoterol. Inga ändringar idag. Hustrun vet vilka tabletter som är vätskedrivande och har fått en lista att sätta på kylskåpet."),
             ("Egenvård", "Vätskeintag cirka 1,5 liter per dygn enligt hustruns anteckningar. Han promenerar till brevlådan varje dag med rollator och vilar efteråt i fåtöljen."),
             ("Planering", "Hembesök torsdag med vägning. Kanske behövs en ny säng med höj- och sänkbar rygg; arbetsterapeut kontaktas. Hustrun ringer oss vid ökad andfåddhet eller om han inte kan ligga ned alls."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1", "NL101", "n1"),
    "long home-care note: hedges about sleep, adherence, weight and an aid, every diagnosis affirmed")

case("lang-fysio-stroke-kan-tala-for-frusen-skuldra", "skane", "1951-09-27", "K", [
    note("n1", "S_REHAB_ANG", "Therese Möller", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-03-11 10:15", [
             ("Bakgrund", "73-årig kvinna med högersidig hjärninfarkt 15/1 och vänstersidig hemipares. Inskriven i dagrehabilitering sedan 19/2, tre dagar i veckan. Bor ensam i lägenhet med hiss, dottern i närheten."),
             ("Subjektivt", "Pat tycker att gången blivit säkrare men att vänster axel gör mer ont för varje vecka, särskilt nattetid och när hon ska ta på sig jackan. Hon har gjort hemövningarna för benet de flesta dagar, möjligen inte armövningarna eftersom de gör ont."),
             ("Objektivt", "Går 120 m inomhus med käpp i höger hand utan att stanna, lätt cirkumduktion vänster ben. Berg balansskala 44/56 (39 i februari). Vänster arm: aktiv flexion i axeln 80 grader, passiv utåtrotation kraftigt inskränkt och smärtsam, passiv flexion 110 grader. Ingen palpabel subluxation. Handfunktionen förbättrad, kan greppa en mugg."),
             ("Bedömning", "Förbättrad gångförmåga och balans. Den tilltagande smärtan och den inskränkta passiva utåtrotationen i vänster axel kan tala för en begynnande frusen skuldra. Övrig rehabilitering fortsätter som planerat."),
             ("Åtgärd", "Smärtfri passiv rörlighetsträning visad, dottern instruerad att hjälpa till. Positionering av armen på kudde i sängen. Kontakt med rehabläkaren för bedömning av axeln och smärtlindring. Balansträning i grupp fortsätter måndagar och torsdagar."),
             ("Hjälpmedel", "Käpp med isdubb för utomhusbruk förskriven. Rollatorn finns hemma men används inte längre inomhus. Duschpall och armstöd till toalettstolen förskrevs av arbetsterapeuten i februari."),
             ("Mål och delaktighet", "Pat vill kunna gå till kyrkan på söndagar, ungefär 500 m, och hälsa på sin syster som bor två trappor upp utan hiss. Det viktigaste för henne är att klara att handla utan dotterns hjälp. Målen är formulerade tillsammans med pat och uppdaterade idag."),
             ("Smärta", "VAS 6 i vänster axel nattetid och 3 i vila dagtid. Paracetamol enligt ordination. Hon vill helst undvika starkare smärtstillande eftersom hon blev yr av tramadol på strokeenheten."),
             ("Planering", "Uppföljning av axelns rörlighet om två veckor. Mål inför utskrivning från dagrehab: gå utomhus till affären 300 m med käpp. Eventuellt hembesök tillsammans med arbetsterapeuten i april, beroende på hur trappan till tvättstugan fungerar."),
         ])],
    M("NL102", "n1"), M("NL101", "n1"),
    "long rehab note: one hedged diagnosis (frozen shoulder) among hedges about exercises and a visit")

case("lang-psykolog-kbt-session-hedges-ej-dx", "vgr", "1990-06-22", "K", [
    note("n1", "V_PSYK_SAS", "Lina Hedberg", "psykolog", "Psykologanteckning",
         "2024-10-23 14:00", [
             ("Bakgrund", "34-årig kvinna med social ångest sedan tonåren, diagnostiserad vid mottagningen i våras. Arbetar som lagerarbetare, bor med sambo. Går i individuell KBT, detta är session 9 av planerade 16."),
             ("Session", "Genomgång av veckans hemuppgift: exponering genom att ringa kundtjänst och ställa en fråga. Pat har ringt två av tre samtal, det tredje sköts upp. Ångesten skattades till 70 före och 40 efter första samtalet. Hon tror själv att hon kanske undvek det tredje samtalet för att det var till en myndighet. Vi arbetade med säkerhetsbeteenden, bland annat att hon skriver ett manus och läser innantill."),
             ("Skattning", "LSAS 68 jämfört med 84 vid start. Resultatet är möjligen något osäkert eftersom pat fyllde i formuläret i väntrummet under tidspress."),
             ("Bedömning", "Gradvis minskad ångest i sociala situationer, god förmåga att använda modellen. Oklart hur mycket av förbättringen som hänger ihop med att arbetsgruppen är mindre under hösten. Fortsatt behov av exponering för mer krävande situationer, till exempel att säga nej till sin chef."),
             ("Hemuppgift", "Tre telefonsamtal utan manus, varav ett till Försäkringskassan. Registrera ångest före och efter."),
             ("Planering", "Nästa session 6/11. Pat är osäker på om hon kan komma då på grund av ett eventuellt extrapass, hon meddelar via 1177 senast måndag. Vid förhinder erbjuds videosamtal samma tid."),
         ])],
    [], M("NL102", "n1"),
    "long psychology note: hedges about homework, a rating and attendance, the diagnosis is affirmed")

case("lang-diabssk-misstankt-gastropares", "skane", "1972-12-14", "K", [
    note("n1", "S_ENDO_MA", "Sanna Mattsson", "diabetessjuksköterska", "Sjuksköterskeanteckning",
         "2024-09-04 09:00", [
             ("Bakgrund", "52-årig kvinna med typ 1-diabetes sedan 1985, insulinpump och sensor sedan 2019. Känd retinopati, laserbehandlad. Arbetar som lärare."),
             ("Aktuellt", "Kommer på extrabesök på grund av svängande glukosvärden sedan sommaren. Hon beskriver att hon ofta får lågt blodsocker en till två timmar efter maten och sedan höga värden sent på kvällen. Mättnadskänsla efter några tuggor, illamående och ibland kräkning av mat hon ätit flera timmar tidigare."),
             ("Sensordata", "Tid i målområde 48 % (62 % i våras). Tid under 3,9: 7 %. Mönster med fall i glukos 60–90 minuter efter måltidsbolus och stigning 4–5 timmar efter måltid. Sensorn har enligt pat suttit dåligt på armen de senaste veckorna, så några av de lägsta värdena kan vara falska."),
             ("Bedömning", "Det typiska mönstret med tidiga hypoglykemier och sena höga värden tillsammans med mättnadskänslan och kräkningarna väcker misstanke om diabetesgastropares. Tas upp med diabetesläkaren som får ta ställning till utredning med ventrikeltömningsscintigrafi."),
             ("Åtgärd", "Provar förlängd bolus (kombinationsbolus 50/50 över två timmar) till huvudmålen. Råd om mindre och fler måltider med mindre fett och fibrer. Ny sensor applicerad på buken, ny placering prövas."),
             ("Planering", "Uppladdning av pumpdata och telefonuppföljning om tio dagar. Läkarbesök bokat 23/9. Pat vet att hon ska höra av sig vid upprepade kräkningar och ketoner över 1,5."),
         ])],
    M("NL102", "n1"), [],
    "long diabetes nurse note: 'väcker misstanke om diabetesgastropares' among hedges about sensor values")

case("lang-dietist-hedges-ej-dx-typo", "vgr", "1941-04-17", "M", [
    note("n1", "V_DIET_SKAS", "Jenny Lundqvist", "dietist", "Dietistanteckning",
         "2024-06-26 10:30", [
             ("Bakgrund", "83-årig man med KOL stadium 3 och hjärtsvikt, remitterad från lungmottagningen för ofrivillig viktnedgång. Bor med hustrun som lagar maten, hemtjänst en gång i veckan för städning."),
             ("Kostanamnes", "Äter frukost med gröt och smörgås, lunch är oftast soppa och på kvällen en halv portion middag. Dricker två koppar kaffe med grädde. Mellanmål sällan, han blir andfådd när han äter och orkar inte. Hustrun uppger att han äter mindre än han själv tror, men det är svårt att veta säkert eftersom han ofta äter ensam när hon är på sin körövning."),
             ("Nutritionsstatus", "Vikt 61,2 kg, längd 178 cm, BMI 19,3. Vikten var 66 kg i januari enligt journalen, dvs ca 7 % nedgång på sex månader. Handgreppsstyrka nedsatt. Vikten från januari är möjligen uppmätt med kläder och skor, så nedgången kan vara något mindre."),
             ("Bedömning", "Undernäring enligt GLIM-kriterierna, orsakad av lågt intag i samband med andfåddhet vid måltid. Energibehov beräknat till ca 2 100 kcal/dygn, intaget uppskattas till 1 300–1 500 kcal. Osäkert om han kommer att orka dricka näringsdrycker, han har tidigare tyckt att de smakar för sött."),
             ("Åtgärd", "Sex små mål om dagen, berikning med grädde och olja, proteinrikt mellanmål på kvällen. Näringsdryck 1–2 st/dag, provsmakning av tre smaker ordnad. Hustrun får skriftliga råd och exempel på mellanmål."),
             ("Läkemedel av betydelse", "Prednisolon i kurer vid försämringar, senast i maj, vilket tillfälligt kan påverka aptit och blodsocker. Furosemid 40 mg dagligen. Inga läkemedel som ger muntorrhet enligt listan."),
             ("Mål", "Viktstabilisering inom en månad och därefter viktuppgång till 64 kg till hösten. Bibehållen muskelstyrka så att han kan fortsätta gå promenaden runt kvarteret med hustrun. Han vill själv kunna äta söndagsmiddag med barnbarnen utan att bli för trött. Hustrun vill gärna lära sig fler recept på energität mat och har fått tips om receptsamlingen från mottagningen."),
             ("Planering", "Telefonuppföljning om tre veckor, återbesök med vägning om sex veckor. Eventuelt kontakt med arbetsterapeut om sittställning och ork vid måltid."),
         ])],
    [], M("NL102", "n1"),
    "long dietician note: malnutrition is affirmed, hedges concern intake and weights (typo 'Eventuelt')")

case("lang-at-hembesok-oklart-om-fall", "skane", "1934-08-19", "K", [
    note("n1", "S_GERI_LA", "Lotta Engström", "arbetsterapeut", "Arbetsterapeutanteckning",
         "2024-04-15 13:45", [
             ("Bakgrund", "90-årig kvinna med Alzheimers sjukdom i mild fas och artros i båda knäna. Bor ensam i lägenhet på andra våningen med hiss. Hemtjänst tre gånger dagligen, sonen handlar en gång i veckan."),
             ("Hembesök", "Hembesök tillsammans med sonen. Pat visar hur hon tar sig upp ur sängen och går till badrummet. Hon tar stöd mot möbler och dörrkarmar, använder inte rollatorn inomhus. I hallen ligger en lös matta och i badrummet saknas stödhandtag vid toaletten. Sonen berättar att han i förra veckan hittade henne sittande på golvet i köket. Det är oklart om hon ramlat eller satt sig ned för att plocka upp något, pat minns inte själv och hade inga synliga skador."),
             ("Aktivitet", "Klarar att koka kaffe och värma färdiglagad mat i mikron. Spisen används inte längre, spisvakt finns installerad. Klarar av- och påklädning med viss tidsåtgång. Duschar med hjälp av hemtjänsten två gånger i veckan."),
             ("Kognition", "Pat hittar i lägenheten och känner igen personalen. Hon glömmer ibland om hon ätit lunch, och hemtjänsten har därför börjat anteckna måltiderna i en pärm på köksbordet. Klockan med veckodag och datum används och uppskattas av henne."),
             ("Samtycke", "Pat har gett sitt samtycke till att sonen deltar vid besöket och till att information lämnas till hemtjänsten. Hon vill fortsätta bo kvar hemma så länge som möjligt."),
             ("Bedömning", "Ökad risk för fall i hemmet på grund av lösa mattor, avsaknad av stödhandtag och att rollatorn inte används inomhus. Tveksamt om pat kommer att vilja använda rollatorn inne, hon säger att den är i vägen."),
             ("Åtgärd", "Mattan i hallen borttagen med pat:s medgivande. Stödhandtag vid toaletten och toalettförhöjning förskrivs. Trygghetslarm finns men bärs inte alltid; pat och sonen informerade om att ha det på sig även på natten. Förslag till hemtjänsten att påminna om larmet vid kvällsbesöket."),
             ("Planering", "Uppföljande hembesök om fyra veckor när hjälpmedlen är monterade. Sonen hör av sig om hon verkar otrygg eller om det händer något nytt."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "long OT home visit: uncertain whether she fell, doubts about an aid; Alzheimer is affirmed")

case("lang-lak-nl101-begravd-i-planering", "vgr", "1962-09-11", "K", [
    note("n1", "V_MED_NU", "Rasmus Ehn", "läkare", "Läkaranteckning",
         "2024-02-08 16:15", [
             ("Kontaktorsak", "Uppföljning av utredning för trötthet, viktnedgång 6 kg och nattliga svettningar sedan i höstas."),
             ("Anamnes", "62-årig kvinna, tidigare frisk sånär som på hypertoni. Arbetar som undersköterska. Ingen rökning. Har haft ont i ryggen sedan december och tagit paracetamol med viss effekt. Hon tycker själv att hon blivit piggare sedan jul, men maken säger att hon sover mer än förr."),
             ("Status", "Allmäntillstånd gott. Blek hud och slemhinnor. Knackömhet över ländkotpelaren, ingen neurologisk påverkan i benen. Hjärta och lungor utan anmärkning. Inga förstorade lymfkörtlar. Buken mjuk och oöm, ingen förstorad lever eller mjälte."),
             ("Social situation", "Gift, två vuxna barn som bor i Göteborg. Maken har egen firma och kan följa med på besök. Pat är inte sjukskriven men har gått ned till 75 % arbetstid sedan januari eftersom hon inte orkar heltid. Hon har ett stort intresse för trädgård och har fått lämna sin kolonilott till grannen i höst."),
             ("Provsvar", "Hb 104, SR 88, totalprotein förhöjt. Serumelektrofores visar M-komponent IgG kappa 38 g/l. Benmärgsprovet från 1/2 visar 35 % klonala plasmaceller. Skelettröntgen med DT visar multipla osteolytiska förändringar i kotpelaren och bäckenet."),
             ("Bedömning", "Multipelt myelom med skelettengagemang och anemi. Njurfunktionen normal, kalcium normalt."),
             ("Planering", "Diskuterat med hematologjouren på NÄL som tar över fortsatt handläggning. Pat ej informerad om diagnosen ännu; hon är kallad till mottagningen på måndag 12/2 tillsammans med maken, och hematologen och kontaktsjuksköterskan deltar. Fram till dess ingen ändring av medicinering. Remiss till tandläkare inför eventuell bisfosfonatbehandling skickas efter besöket."),
             ("Läkemedel", "Oförändrat: amlodipin 5 mg x 1, paracetamol 1 g vid behov högst 4 g/dygn."),
             ("Uppföljning", "Blodstatus, kreatinin och kalcium tas på måndag morgon före besöket. Sjukintyg erbjuds vid besöket om hon önskar. Hon har fått direktnumret till mottagningen och ringer vid ökad ryggsmärta, feber eller om hon känner sig sämre under helgen. Vid akuta besvär under jourtid söker hon akutmottagningen på NÄL och uppger att utredning pågår hos oss."),
         ])],
    M("NL101", "n1"), M("NL102", "n1"),
    "long physician note: the not-yet-told remark sits in the Planering section of a note with an affirmed myeloma")

case("lang-kurator-maken-ej-informerad", "skane", "1967-03-23", "K", [
    note("n1", "S_ONK_LU", "Nina Carlsson", "kurator", "Kuratorsanteckning",
         "2024-07-10 10:00", [
             ("Bakgrund", "57-årig kvinna med äggstockscancer stadium III, opererad i maj och under cytostatikabehandling. Gift, två vuxna barn, arbetar som tandhygienist men är sjukskriven sedan april."),
             ("Samtal", "Pat kommer ensam. Hon berättar att hon fått beskedet om att cancern spridit sig till bukhinnan vid förra läkarbesöket och att hon förstått att behandlingen nu är livsförlängande. Maken är ännu inte informerad om detta eftersom han haft en egen hjärtoperation i juni och hon vill vänta tills han återhämtat sig. Hon vet inte hur hon ska säga det till barnen och är rädd att dottern, som är gravid, ska bli för ledsen."),
             ("Bedömning", "Pat bär mycket ensam just nu. Hon är tydlig med att hon själv vill bestämma när och hur familjen får veta. Det är osäkert om hon orkar vänta länge med att berätta, hon sover dåligt och gråter ofta när hon är ensam."),
             ("Åtgärd", "Samtal om olika sätt att berätta, förslag på familjesamtal med läkare och kurator. Information om närståendepenning och om stödlinjer för anhöriga. Pat fick broschyren om att prata med vuxna barn om cancer."),
             ("Planering", "Nytt samtal om två veckor, eventuellt tillsammans med maken om pat bestämt sig. Hon hör av sig via 1177 vid behov. Kontaktsjuksköterskan informerad om sömnsvårigheterna med pat:s medgivande."),
         ])],
    [], M("NL101", "n1", "NL102", "n1"),
    "long counsellor note: the husband has not been told, the patient knows her diagnosis")

case("lang-barnmorska-trolig-mastit", "vgr", "1994-05-28", "K", [
    note("n1", "V_KVINNO_SAS", "Maria Törnqvist", "barnmorska", "Barnmorskeanteckning",
         "2024-03-04 11:20", [
             ("Kontaktorsak", "Kommer till amningsmottagningen tolv dagar efter förlossning med ont i höger bröst sedan igår och feber."),
             ("Anamnes", "Förstföderska, vaginal förlossning 21/2 i vecka 40+3, helamning. Barnet har enligt pat sugit dåligt på höger sida de senaste dagarna och hon har haft såriga bröstvårtor. Hon har tagit paracetamol i natt. Sover lite, pappan är hemma och hjälper till."),
             ("Status", "Temp 38,7. Höger bröst: rodnat, svullet och ömt område lateralt ca 6 x 5 cm, ingen fluktuation. Spricka i höger bröstvårta. Vänster bröst utan anmärkning. Amningsobservation: barnet tar bröstet med för lite vävnad på höger sida, ytliga sugtag."),
             ("Bedömning", "Trolig mastit höger bröst, sannolikt utlöst av ineffektiv tömning. Ingen bröstböld vid palpation."),
             ("Åtgärd", "Hjälp med sugtaget och amningsställning, mjölken töms på höger sida efter amning med pump. Råd om vila, vätska och att fortsätta amma. Läkare kontaktad för ställningstagande till antibiotika, som ordineras om inte feberfri inom ett dygn."),
             ("Planering", "Telefonuppföljning imorgon förmiddag. Pat hör av sig direkt vid frossa, ökad rodnad eller om en knöl känns. Återbesök på amningsmottagningen på torsdag."),
         ])],
    M("NL102", "n1"), [],
    "long midwife note: 'Trolig mastit' in the assessment of a Melior note")

case("lang-ssk-avd-urinretention-fragetecken", "skane", "1939-10-06", "M", [
    note("n1", "S_AVD_HBG", "Emma Sjöberg", "sjuksköterska", "Omvårdnadsanteckning",
         "2024-06-09 22:45", [
             ("Bakgrund", "85-årig man inlagd sedan 6/6 för pneumoni. Känd prostataförstoring behandlad med tamsulosin, diabetes typ 2 och lätt kognitiv svikt. Bor med hustrun."),
             ("Omvårdnad", "Pat har varit orolig under kvällen och plockat med täcket. Han har enligt vätskelistan druckit ca 1 200 ml under dagen men inte kissat sedan kl 14. Han säger själv att han inte är kissnödig men tar sig ofta mot nedre delen av magen. Han är möjligen något mer förvirrad än igår, men nattpersonalen som känner honom är inte säker."),
             ("Status", "Temp 37,4, puls 92, BT 146/84, saturation 95 %. Buken spänd och öm ovanför blygdbenet. Bladderscan visar 780 ml."),
             ("Bedömning", "Urinretention? Oron kan hänga ihop med den fulla blåsan."),
             ("Åtgärd", "Jourhavande läkare kontaktad, ordinerar engångskateterisering. Tappad på 820 ml klar urin kl 22.30. Pat lugnare efteråt och somnade. Urinsticka tagen och skickad för odling enligt ordination."),
             ("Planering", "Bladderscan efter nästa miktion och senast kl 06. Nattpersonalen rapporterar till dagläkaren om det behövs kvarliggande kateter. Hustrun informeras imorgon bitti, hon ville inte bli uppringd på natten."),
         ], setting="slutenvård")],
    M("NL102", "n1"), M("NL101", "n1"),
    "long ward nursing note: a question-marked diagnosis in Bedömning; the wife is told next morning")

case("lang-pmo-dsk-hembesok-trolig-hypoglykemi-orsak", "skane", "1938-01-30", "K", [
    note("n1", "P_HSV_TOMELILLA", "Birgitta Persson", "distriktssköterska", "Hembesök",
         "2024-12-16 09:40", [
             ("Bakgrund", "86-årig kvinna med typ 2-diabetes på insulin, hjärtsvikt och nedsatt syn. Hemsjukvården ger insulin morgon och kväll. Bor ensam, dottern bor i Ystad och kommer på helgerna."),
             ("Aktuellt", "Hemtjänsten ringde kl 08.15 då pat varit svettig och förvirrad vid frukostbesöket. De gav henne saft och smörgås. Vid vårt besök är hon vaken och orienterad men trött. Hon har ätit dåligt sedan i lördags enligt hemtjänsten, möjligen på grund av en ny tandprotes som skaver."),
             ("Status", "P-glukos 5,8 kl 09.10 (enligt hemtjänsten 2,6 kl 08.20). Puls 78, BT 132/76. Inga tecken på skada. Såret i munnen vid protesen är rodnat."),
             ("Bedömning", "Trolig hypoglykemi orsakad av minskat matintag och oförändrad insulindos. Misstänkt protesstomatit."),
             ("Åtgärd", "Läkare på vårdcentralen kontaktad, kvällsdosen insulin minskas från 18 till 12 enheter tills vidare. Hemtjänsten instrueras att kontrollera glukos före kvällsinsulinet och ringa vid värde under 6. Tid hos tandhygienist bokas via dottern."),
             ("Planering", "Nytt hembesök imorgon. Dottern informerad per telefon, hon kommer redan på onsdag."),
         ], setting="hemsjukvård")],
    [], M("NL102", "n1"),
    "long PMO home-nursing note with two hedged diagnoses: PMO does not show them")

case("lang-1177-kolssk-hedges-ej-dx", "vgr", "1949-07-02", "M", [
    note("n1", "V_LUNG_LIDK", "Marianne Öhman", "astma/KOL-sjuksköterska", "1177 e-tjänster",
         "2024-01-22 14:10", [
             ("Kontaktorsak", "Pat med KOL stadium 3 skriver via 1177 att han varit mer andfådd sedan i fredags och hostar mer. Slemmet är gulgrönt. Han undrar om han ska ta kortisonkuren från egenvårdsplanen, och om han behöver ställa in besöket hos lungläkaren på torsdag eftersom han inte vet om han orkar åka."),
             ("Bakgrund", "76-årig man, f.d. rökare med 45 paketår. Två exacerbationer i fjol, varav en med inläggning. Underhållsbehandling med trippelinhalator och bronkvidgare vid behov. Bor med sin fru i villa utanför Lidköping och kör fortfarande bil korta sträckor."),
             ("Egenvårdsplan", "Planen upprättades vid lungsköterskebesöket i oktober och ger stöd för att själv starta kortisonkur vid ökad andfåddhet och ökad slemmängd. Enligt planen ska han kontakta mottagningen inom ett dygn efter att kuren startat, vilket han nu har gjort."),
             ("Bedömning", "Telefonkontakt tagen för att komplettera. Pratar i hela meningar, ingen feber. Saturation på egen mätare 91 % (brukar ligga på 92–93 %), men mätaren är gammal och värdet kan vara osäkert. Har använt sin bronkvidgare 6–8 gånger per dag. Följer egenvårdsplanen för försämring. Det är oklart om han fortfarande har kortisontabletterna hemma eller om de gick åt i november."),
             ("Åtgärd", "Startar prednisolon 30 mg i fem dagar enligt egenvårdsplanen, nytt recept skickat efter kontakt med lungläkaren. Antibiotika ordinerat av läkaren på grund av missfärgade upphostningar, finns att hämta idag. Besöket på torsdag står kvar, men sjukresa bokas så att han slipper köra själv. Svar skickat via 1177 med sammanfattning av råden."),
             ("Resultat", "Pat har bekräftat i meddelandet att han hämtar ut medicinerna idag och att sjukresan passar. Han ringer 1177 eller åker in vid ökad andnöd, förvirring eller om han inte kan prata i hela meningar."),
             ("Uppföljning", "Telefonkontakt med pat på onsdag förmiddag för att höra hur kuren fungerar. Lungläkaren informerad inför torsdagens besök. Vi går igenom egenvårdsplanen igen vid besöket och ser över om den behöver uppdateras efter vinterns försämring."),
         ], refs=["1177-90412"])],
    [], M("NL102", "n1"),
    "long 1177 reply by an asthma/COPD nurse: hedges about a meter, a prescription and the trip; COPD affirmed",
    convs=[conv("1177-90412", "Fråga sjuksköterska", "V_LUNG_LIDK", "2024-01-21 18:55", "2024-01-22 13:50", [
        ("patient", "2024-01-21 18:55", "Hej. Jag är tyngre i andningen sedan fredag och hostar upp grönt. Ska jag ta kortisonet? Och jag vet inte om jag orkar åka till Lidköping på torsdag."),
        ("staff", "2024-01-22 13:50", "Hej! Som vi pratade om i telefon: börja med kortisonet idag och hämta antibiotikan. Sjukresa är bokad till torsdag kl 09.15."),
        ("patient", "2024-01-22 14:02", "Tack, jag hämtar ut det idag."),
    ])])

case("fysio-misstakt-meniskskada-typo", "vgr", "1989-11-18", "M", [
    note("n1", "V_ORT_MOL", "Erik Holmgren", "fysioterapeut", "Fysioterapeutanteckning",
         "2024-09-02 10:40", [
             ("Anamnes", "Vred till vänster knä i fotboll, låsningar två gånger sedan dess."),
             ("Status", "Ledspaltsömhet medialt, positivt McMurray, lätt hydrops."),
             ("Bedömning", "Misstäkt medial meniskskada vä."),
             ("Åtgärd", "Ortopedläkare bedömer knät på onsdag."),
         ])],
    M("NL102", "n1"), [],
    "typo 'Misstäkt' for 'Misstänkt' before a meniscus injury")

case("ssk-evetuell-uvi-typo", "skane", "1945-04-07", "K", [
    note("n1", "S_GERI_LA", "Maja Lund", "sjuksköterska", "Telefonanteckning",
         "2024-07-22 10:05", [
             ("Kontaktorsak", "Hemtjänsten ringer: pat mer förvirrad sedan igår och luktar starkt urin."),
             ("Bedömning", "Evetuell urinvägsinfektion."),
             ("Åtgärd", "Urinodling tas av distriktssköterskan idag, geriatriker kontaktad."),
         ], signed=None)],
    M("NL102", "n1"), [],
    "unsigned draft with the typo 'Evetuell' before a urinary tract infection")

case("kurator-osakert-samtla-typo", "vgr", "1982-12-08", "M", [
    note("n1", "V_KUR_NAL", "Jesper Alm", "kurator", "Kuratorsanteckning",
         "2024-03-14 15:30", [
             ("Samtal", "Pat har fått avslag på sin ansökan om sjukpenning och har överklagat."),
             ("Planering", "Osäkert om pat kommer till nästa samtla, han har fått ett tillfälligt arbete i Göteborg."),
         ])],
    [], M("NL102", "n1"),
    "counsellor's uncertainty about attendance, with a typo ('samtla')")

case("ssk-diagnsen-brostcancer-ej-informerad-typo", "skane", "1970-08-13", "K", [
    note("n1", "S_KIR_YS", "Anna Lilja", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-11-28 14:25", [
             ("Provsvar", "Mellannålsbiopsin från vänster bröst visar invasiv duktal bröstcancer."),
             ("Planering", "Pat ej informerad om diagnsen ännu, bröstkirurgen ger beskedet vid besöket 3/12. Kontaktsjuksköterska tilldelad."),
         ], signed=None)],
    M("NL101", "n1"), M("NL102", "n1"),
    "unsigned nurse's draft with the typo 'diagnsen': breast cancer written before the patient is told")

case("astmassk-mojlig-astam-typo", "vgr", "2012-03-19", "K", [
    note("n1", "V_BARN_DSBUS", "Linnea Wahl", "sjuksköterska", "Sjuksköterskeanteckning",
         "2024-10-01 13:15", [
             ("Aktuellt", "12-åring med hosta och pip i bröstet vid ansträngning, särskilt i kall luft."),
             ("Undersökning", "Ansträngningstest på löpband: FEV1 sjunker 16 % efter löpning."),
             ("Bedömning", "Möjlig astam, ansträngningsutlöst. Barnläkaren tar ställning till behandling."),
         ])],
    M("NL102", "n1"), [],
    "typo 'astam' for 'astma' in a 12-year-old's visible note (guardians read it)")

case("lak-enrad-trol-bppv", "vgr", "1958-02-12", "K", [
    note("n1", "V_AKUT_KGV", "Ahmed Hassan", "läkare", "Läkaranteckning",
         "2024-12-05 11:05", [
             ("Bedömning", "Trol. BPPV hö bakre båggång, Epleys manöver utförd med god effekt."),
         ], setting="akutmottagning")],
    M("NL102", "n1"), [],
    "one-line physician note: 'Trol. BPPV' with an eponymous manoeuvre")

# Unsigned drafts (the pre-signing case): note n1 of these cases has signed = null.
DRAFTS = {
    "fysio-misstankt-halseneruptur", "psykolog-trolig-adhd", "dietist-misstankt-laktosintolerans",
    "lak-reuma-ev-psoriasisartrit", "at-tveksamt-om-dusch", "kurator-bor-troligen-hos-syster",
    "lak-trolig-effekt-furosemid", "fysio-inga-tecken-pa-fraktur", "psykolog-stodjer-inte-adhd",
    "pmo-psykolog-trolig-social-fobi", "ssk-neuro-misstankt-als-kanner-inte-till",
    "dietist-t2d-enligt-remiss-ej-besked", "ssk-kir-op-flyttad-ej-informerad",
    "lang-fysio-stroke-kan-tala-for-frusen-skuldra", "lang-diabssk-misstankt-gastropares",
}
for _c in CASES:
    if _c["name"] in DRAFTS:
        _c["notes"][0]["signed"] = None
assert all(any(c["name"] == d for c in CASES) for d in DRAFTS)


if __name__ == "__main__":
    main()
