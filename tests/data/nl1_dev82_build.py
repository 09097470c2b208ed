#!/usr/bin/env python3
"""dev82: haematology wards and clinics -- NL101 / NL102 test cases.

Standard library only, deterministic. Running it validates all cases and writes
cases.jsonl next to this file. Exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev82_cases.jsonl")
PREFIX = "d82-"

# --------------------------------------------------------------------------
# units (name, hsa_id, system)
# --------------------------------------------------------------------------
U = {
    # Skåne, Melior (hospitals)
    "sk_hem_lund": ("Hematologiska kliniken, avdelning 13, Skånes universitetssjukhus Lund", "SE2321000255-7H13", "Melior"),
    "sk_hemmott_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7H20", "Melior"),
    "sk_hem_malmo": ("Hematologiavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-8H31", "Melior"),
    "sk_hemmott_malmo": ("Hematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8H32", "Melior"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A01", "Melior"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A01", "Melior"),
    "sk_med_hbg": ("Medicinkliniken avd 51, Helsingborgs lasarett", "SE2321000255-5M51", "Melior"),
    "sk_medmott_hbg": ("Medicinmottagningen hematologi, Helsingborgs lasarett", "SE2321000255-5M10", "Melior"),
    "sk_med_ksd": ("Medicinkliniken avd 8, Centralsjukhuset Kristianstad", "SE2321000255-6M08", "Melior"),
    "sk_medmott_ksd": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6M01", "Melior"),
    "sk_med_ystad": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-4M03", "Melior"),
    "sk_barnonk": ("Barnonkologiska avdelningen 84, Skånes universitetssjukhus Lund", "SE2321000255-7B84", "Melior"),
    "sk_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-7B01", "Melior"),
    "sk_transf": ("Klinisk immunologi och transfusionsmedicin, Region Skåne", "SE2321000255-9T01", "Melior"),
    "sk_infek_malmo": ("Infektionskliniken avd 2, Skånes universitetssjukhus Malmö", "SE2321000255-8I02", "Melior"),
    "sk_iva_lund": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-7I01", "Melior"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7O10", "Melior"),
    "sk_njur_lund": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7N05", "Melior"),
    "sk_ort_hbg": ("Ortopedkliniken avd 33, Helsingborgs lasarett", "SE2321000255-5O33", "Melior"),
    # Skåne, PMO (primary care)
    "sk_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-2V11", "PMO"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-2V12", "PMO"),
    "sk_vc_trelleborg": ("Vårdcentralen Söder, Trelleborg", "SE2321000255-2V13", "PMO"),
    "sk_vc_hassleholm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-2V14", "PMO"),
    "sk_bvc_lomma": ("BVC Lomma", "SE2321000255-2B01", "PMO"),
    "sk_hemsjv_ang": ("Hemsjukvården Ängelholm", "SE2321000255-2H01", "PMO"),
    "sk_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-2V15", "PMO"),
    # VGR, Melior
    "vg_hem_su": ("Sektionen för hematologi och koagulation, avd 114, Sahlgrenska Universitetssjukhuset", "SE2321000131-E114", "Melior"),
    "vg_hemmott_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E120", "Melior"),
    "vg_hem_nu": ("Hematologimottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E301", "Melior"),
    "vg_med_sks": ("Medicinkliniken avd 11, Skaraborgs Sjukhus Skövde", "SE2321000131-E411", "Melior"),
    "vg_medmott_sks": ("Medicinmottagningen hematologi, Skaraborgs Sjukhus Skövde", "SE2321000131-E410", "Melior"),
    "vg_med_sas": ("Medicinavdelning 43, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E543", "Melior"),
    "vg_medmott_sas": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E540", "Melior"),
    "vg_akut_su": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E001", "Melior"),
    "vg_barncancer": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E701", "Melior"),
    "vg_barnakut": ("Barnakutmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E702", "Melior"),
    "vg_transf": ("Transfusionsmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E880", "Melior"),
    "vg_alingsas": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E603", "Melior"),
    "vg_kungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E650", "Melior"),
    "vg_angered": ("Medicinmottagningen, Angereds Närsjukhus", "SE2321000131-E660", "Melior"),
    "vg_iva_su": ("Centralintensiven, Sahlgrenska Universitetssjukhuset", "SE2321000131-E090", "Melior"),
    "vg_infek_su": ("Infektionskliniken avd 2, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E202", "Melior"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E810", "Melior"),
    "vg_njur_su": ("Njurmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E350", "Melior"),
    "vg_lung_su": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E360", "Melior"),
}

PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"

CASES = []


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, _luhn_digit(nine))


def _plus(ts, minutes):
    t = _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S") + _dt.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, template, author, role, time, sections, signed=45,
      setting=None, refs=None):
    """A note. signed: minutes after time (int), None for an unsigned draft,
    or an explicit timestamp string."""
    name, hsa, system = U[unit]
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = _plus(time, signed)
    else:
        s = signed
    if setting is None:
        setting = "slutenvård" if any(w in name.lower() for w in ("avd", "avdelning", "intensiv")) else "öppenvård"
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def add(name, ruleset, birth, serial, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = _dt.datetime.strptime(last, "%Y-%m-%dT%H:%M:%S").date() + _dt.timedelta(days=3)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_TS = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def _age(birth, as_of):
    b = _dt.date.fromisoformat(birth)
    a = _dt.date.fromisoformat(as_of[:10])
    return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        nm = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %r" % (nm, list(c.keys())))
        if not nm.startswith(PREFIX):
            errs.append("%s: name lacks prefix" % nm)
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        if c["why"] in whys:
            errs.append("%s: duplicate why" % nm)
        whys.add(c["why"])
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % nm)
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        if not re.match(r"^\d{8}-\d{4}$", pid):
            errs.append("%s: pnr format" % nm)
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % nm)
            if _luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
                errs.append("%s: Luhn" % nm)
        try:
            _dt.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth date" % nm)
            continue
        if not _TS.match(rec["as_of"]):
            errs.append("%s: as_of not 2024" % nm)
        age = _age(bd, rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (nm, age))
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s/%s: note keys" % (nm, n.get("id")))
            if n["id"] in notes:
                errs.append("%s: duplicate note id %s" % (nm, n["id"]))
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system" % (nm, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR note not Melior" % (nm, n["id"]))
            if not _TS.match(n["time"]):
                errs.append("%s/%s: time not 2024" % (nm, n["id"]))
            if n["signed"] is not None:
                if not _TS.match(n["signed"]):
                    errs.append("%s/%s: signed not 2024" % (nm, n["id"]))
                elif n["signed"] < n["time"]:
                    errs.append("%s/%s: signed before time" % (nm, n["id"]))
            if n["time"] > rec["as_of"]:
                errs.append("%s/%s: note after as_of" % (nm, n["id"]))
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s/%s: setting" % (nm, n["id"]))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (nm, n["id"]))
            for r in n["refs"]:
                if r not in [x["id"] for x in rec["notes"]]:
                    errs.append("%s/%s: bad ref %s" % (nm, n["id"], r))
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s/%s: bad section" % (nm, n["id"]))
                for sent in _SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            errs.append("%s: sentence repeated (first in %s): %r" % (nm, sentences[sent][0], sent))
                        else:
                            sentences[sent] = (nm, n["id"], s["keyword"])
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
        seen = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (nm, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, target))
                seen.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL102" and sysname != "Melior" and lst != "must_not":
                    errs.append("%s: NL102 on PMO must be must_not" % nm)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
    return errs


def summary(cases):
    cnt = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                cnt[(code, lst)] = cnt.get((code, lst), 0) + 1
    reg = {}
    sysc = {}
    for c in cases:
        reg[c["ruleset"]] = reg.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            sysc[n["system"]] = sysc.get(n["system"], 0) + 1
    typo = sum(1 for c in cases if "typo" in c["case"])
    drafts = sum(1 for c in cases for n in c["record"]["notes"] if n["signed"] is None)
    lines = ["cases: %d  regions: %r  notes per system: %r  typo cases: %d  drafts: %d"
             % (len(cases), reg, sysc, typo, drafts)]
    for code in ("NL101", "NL102"):
        lines.append("%s  must %d  must_not %d" % (code, cnt.get((code, "must"), 0), cnt.get((code, "must_not"), 0)))
    return "\n".join(lines)


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(summary(CASES))
    print("wrote", OUT)


# ==========================================================================
# CASES
# ==========================================================================
# ---------------- part 1: blood smear, suspected acute leukaemia, marrow awaited

add("d82-skane-akut-utstryk-blaster-misstankt-leukemi-informerad", "skane", "1956-02-11", "317", [
    N("n1", "sk_akut_lund", "Läkaranteckning", "Johan Lindqvist", "läkare", "2024-01-09T21:40:00", [
        ("Anamnes", "68-årig man med tre veckors tilltagande trötthet, blåmärken på benen och näsblod två gånger senaste veckan. Ingen feber. Tidigare frisk, inga läkemedel."),
        ("Status", "AT: blek men opåverkad. Petekier bilat på underbenen. Cor: RR, inga blåsljud. Pulm: u.a. Buk: mjuk, ingen palpabel mjälte eller lever."),
        ("Lab", "Hb 78, LPK 42, TPK 18, CRP 12. Blodutstryk granskat av BMA på jourlab, ca 60 % blaster."),
        ("Bedömning", "Misstänkt akut leukemi. Diskuterat med hematologjouren som tar över, pat läggs in på avd 13 för benmärgsprov i morgon. Pat och hustru informerade om misstanken om leukemi och att det krävs benmärgsprov för att säkerställa diagnosen."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Misstänkt akut leukemi i visible Bedömning (NL102); the patient was told about the suspicion, so no NL101.")

add("d82-vgr-trolig-aml-benmarg-imorgon", "vgr", "1961-09-30", "428", [
    N("n1", "vg_hem_su", "Inskrivningsanteckning", "Sara Bergström", "läkare", "2024-02-14T16:05:00", [
        ("Aktuellt", "Inremitterad från Partille vårdcentral p.g.a. pancytopeni. Hb 84, LPK 1,9, neutrofila 0,3, TPK 22. I utstryket enstaka blaster, någon med Auerstav."),
        ("Bedömning", "Trolig AML. Benmärgsaspiration och biopsi planerad i morgon fm, flödescytometri och genetik skickas akut."),
        ("Åtgärd", "Enkelrum p.g.a. neutropeni. Blododling vid temp över 38. Allopurinol 300 mg x 1 insatt."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Trolig AML in visible Bedömning; nothing is said about telling the patient, so NL101 is silent.")

add("d82-skane-typo-missankt-apl-dic", "skane", "1979-05-22", "264", [
    N("n1", "sk_hem_lund", "Daganteckning", "Karin Holm", "läkare", "2024-03-02T03:15:00", [
        ("Aktuellt", "Jouranteckning. Inkom via akuten kvällstid med gingivablödning och hematom på armarna."),
        ("Bedömning", "Missänkt APL med tanke på DIC-bild (fibrinogen 0,9, D-dimer >35) och rikligt med hypergranulerade promyelocyter i utstryket. ATRA insatt direkt utan att invänta PML-RARA."),
        ("Åtgärd", "Fibrinogen 2 g iv, trombocyttransfusion med mål TPK över 50. Kontroll av koagulationsstatus var 6:e timme under natten."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Typo in the hedge (Missänkt) before APL in visible Bedömning still makes a hedged diagnosis; no telling is mentioned.")

add("d82-vgr-benmargssvar-aml-ej-informerad", "vgr", "1958-12-03", "183", [
    N("n1", "vg_hem_su", "Läkaranteckning", "Per Ekström", "läkare", "2024-02-16T14:20:00", [
        ("Aktuellt", "Benmärgssvar inkommet: 45 % myeloiska blaster, flödescytometri CD34+, CD117+, MPO+. Diagnos akut myeloisk leukemi. Genetik (NPM1, FLT3) besvaras inom en vecka."),
        ("Planering", "Pat ej informerad ännu om benmärgssvaret. Informationssamtal bokat i morgon kl 10 med pat och dotter, kontaktsjuksköterska närvarar."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed AML stands in visible Aktuellt while the note says the patient is not yet informed: NL101; no hedge, so no NL102.")

add("d82-skane-informationssamtal-aml-besked-givet", "skane", "1967-07-19", "540", [
    N("n1", "sk_hem_lund", "Läkaranteckning", "Anders Nyberg", "läkare", "2024-01-11T11:30:00", [
        ("Informationssamtal", "Samtal med pat och sambo, kontaktsjuksköterska Maria Ek närvarande. Benmärgsundersökningen visar akut myeloisk leukemi. Pat informerad om diagnosen och om planerad induktion med daunorubicin och cytarabin samt om infektionsrisken under aplasin. Frågor besvarade, pat tar beskedet sansat men är ledsen. Ny kontakt i morgon före behandlingsstart."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Settled AML diagnosis that the patient has just been told: neither untold nor hedged.")

add("d82-vgr-tidiga-hypoteser-sokord-blaster", "vgr", "1949-04-08", "622", [
    N("n1", "vg_med_sks", "Inskrivningsanteckning", "Emma Sjöberg", "läkare", "2024-04-03T15:10:00", [
        ("Aktuellt", "Pat inlagd för utredning av avvikande blodvärden, se lab. Allmäntillståndet gott, äter och dricker."),
        ("Tidiga hypoteser", "Blastökning i utstryket, misstänkt akut leukemi. Pat ej informerad om misstanken innan benmärgssvar föreligger."),
        ("Planering", "Benmärgsprov på måndag, hematologkonsult kontaktad."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: both the hedged leukaemia and the 'not informed' remark sit only under the protected sökord Tidiga hypoteser.")

add("d82-skane-tidiga-hypoteser-mall-all", "skane", "1987-10-26", "451", [
    N("n1", "sk_hem_malmo", "Tidiga hypoteser", "Lina Persson", "läkare", "2024-03-19T17:45:00", [
        ("Bedömning", "Utstryk med lymfoblaster ca 30 %, misstanke om ALL. Pat informeras först när flödescytometrin är klar, sannolikt i morgon."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: the whole note is written in the protected template Tidiga hypoteser, so the hedged ALL and the untold status are hidden.")

add("d82-skane-tidiga-hypoteser-som-sokord-i-vanlig-mall", "skane", "1940-06-14", "236", [
    N("n1", "sk_medmott_ksd", "Mottagningsanteckning", "Björn Axelsson", "läkare", "2024-05-07T10:15:00", [
        ("Aktuellt", "Återbesök för makrocytär anemi. Hb 96, MCV 109, TPK 110, neutrofila 1,2. B12, folat och TSH normala."),
        ("Tidiga hypoteser", "Sannolikt myelodysplastiskt syndrom, benmärgsprov ej taget ännu."),
        ("Planering", "Remiss till hematologen SUS Lund för ställningstagande till benmärgsundersökning."),
    ])],
    must=[("NL102", "n1")],
    why="Skåne protects by template, not by sökord: 'Tidiga hypoteser' used as a keyword in an ordinary Mottagningsanteckning leaves sannolikt MDS visible.")

add("d82-skane-barn-inger-misstanke-all", "skane", "2018-03-05", "882", [
    N("n1", "sk_barnakut", "Läkaranteckning", "Hanna Wikström", "läkare", "2024-02-21T19:30:00", [
        ("Anamnes", "Flicka 5 år med två veckors blekhet, benvärk nattetid och feber av och till. Föräldrarna har sett blåmärken utan trauma."),
        ("Status", "Blek, petekier på bålen. Lever 3 cm under arcus. Lgll på halsen bilat 1–2 cm, ömmar ej."),
        ("Bedömning", "Inger misstanke om akut lymfatisk leukemi. Läggs in på barnonkologen, benmärgsprov i narkos i morgon. Föräldrarna informerade om misstanken."),
    ])],
    must=[("NL102", "n1")],
    why="Child under 13: 'inger misstanke om' ALL in a visible Melior note is a hedged diagnosis the guardians can read.")

add("d82-vgr-barn-ingen-misstanke-leukemi-itp", "vgr", "2020-01-17", "935", [
    N("n1", "vg_barnakut", "Läkaranteckning", "Oskar Dahlgren", "läkare", "2024-03-08T12:50:00", [
        ("Anamnes", "Pojke 4 år, förkyld för tre veckor sedan. Sedan igår prickar på benen och blåmärken på bålen. Ingen feber, pigg."),
        ("Status", "Gott AT. Petekier på benen och enstaka ekkymoser. Ingen lymfadenopati, ingen hepatosplenomegali."),
        ("Bedömning", "TPK 9, Hb och LPK normala med normal differentialräkning. Utstryket granskat med hematolog: inga blaster, normal morfologi på de vita. Ingen misstanke om leukemi. Akut ITP efter virusinfektion. Föräldrarna informerade, expektans, återbesök om en vecka."),
    ])],
    must_not=[("NL102", "n1")],
    why="Leukaemia is explicitly negated and ITP is stated as settled: no hedged diagnosis.")

add("d82-vgr-kll-ev-benmarg-plan", "vgr", "1946-08-29", "118", [
    N("n1", "vg_medmott_sas", "Mottagningsanteckning", "Ingrid Hallberg", "läkare", "2024-06-12T09:40:00", [
        ("Aktuellt", "Känd KLL Binet A sedan 2019, halvårskontroll. Inga B-symtom, inga infektioner."),
        ("Status", "Små lgll i axillerna bilat, oförändrade. Mjälte ej palp."),
        ("Bedömning", "LPK 28, lymfocyter 24, Hb 131, TPK 165. Stabil sjukdom utan behandlingsindikation. Ev. benmärgsprov om cytopeni tillkommer. Ny kontroll om sex månader."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Ev.' hedges a plan (benmärgsprov), not a diagnosis; the known KLL is settled.")

add("d82-skane-mor-trolig-leukemi-hereditet", "skane", "1972-11-02", "374", [
    N("n1", "sk_medmott_hbg", "Mottagningsanteckning", "Fredrik Olsson", "läkare", "2024-04-24T13:20:00", [
        ("Anamnes", "Remiss från VC p.g.a. lätt lymfocytos vid hälsokontroll. Hereditet: mor avled i trolig leukemi på 80-talet, morbror hade KLL."),
        ("Bedömning", "Lymfocyter 4,1, flödescytometri i perifert blod utan klonal B-cellspopulation. Ingen hematologisk sjukdom påvisad hos pat, remissen besvaras och pat avslutas hos oss."),
    ])],
    must_not=[("NL102", "n1")],
    why="The only hedged diagnosis (trolig leukemi) belongs to the patient's mother, not the patient.")

add("d82-skane-kalium-sannolikt-hemolyserat-prov", "skane", "1964-02-28", "509", [
    N("n1", "sk_hem_lund", "Omvårdnadsanteckning", "Therese Månsson", "sjuksköterska", "2024-01-23T08:35:00", [
        ("Omvårdnad", "Pat med AML, dag 12 efter induktion. Sovit gott, afebril."),
        ("Provtagning", "Kalium 6,3 på morgonprovet, enligt labbet sannolikt hemolyserat prov. Nytt prov taget via venflon kl 08.15: K 4,1. Jourhavande läkare meddelad."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Sannolikt hemolyserat prov' hedges a pre-analytic sample problem, not a disease of the patient.")

add("d82-vgr-neutropen-feber-mojlig-pneumoni", "vgr", "1970-03-16", "247", [
    N("n1", "vg_hem_su", "Daganteckning", "Mikael Sandberg", "läkare", "2024-02-28T04:10:00", [
        ("Aktuellt", "Jour. Pat med AML, dag 14 efter induktion, feber 38,9 sedan kl 02. Hosta sedan igår. Neutrofila <0,1."),
        ("Status", "Påverkad, AF 24, sat 93 % på luft. Krepitationer basalt hö. BT 105/60, puls 112."),
        ("Bedömning", "Neutropen feber, möjlig pneumoni hö basalt. Blododlingar x 2 samt från CVK tagna, meropenem insatt inom 30 min. DT thorax i morgon om ej förbättring."),
    ])],
    must=[("NL102", "n1")],
    why="'Möjlig pneumoni' is a hedged diagnosis in visible Bedömning alongside confirmed neutropen feber.")

add("d82-skane-neutropen-feber-utan-hedge", "skane", "1983-09-09", "162", [
    N("n1", "sk_hem_malmo", "Daganteckning", "Amir Haddad", "läkare", "2024-03-27T22:05:00", [
        ("Aktuellt", "Pat med diffust storcelligt B-cellslymfom, dag 9 efter tredje R-CHOP. Temp 38,6 i kväll, frossa."),
        ("Status", "Opåverkad, BT 125/75, AF 16. Munslemhinna med lätt mukosit. Pulm: u.a. PICC-line utan rodnad."),
        ("Bedömning", "Neutropen feber, neutrofila 0,2. Inga tecken på pneumoni och ingen misstanke om kateterinfektion. Blododlingar tagna, piperacillin-tazobaktam insatt enligt PM."),
    ])],
    must_not=[("NL102", "n1")],
    why="Neutropen feber is stated as a fact; pneumonia and catheter infection are negated, so nothing hedged.")

add("d82-vgr-ssk-lakaren-misstanker-leukemi", "vgr", "1993-06-21", "713", [
    N("n1", "vg_med_sas", "Omvårdnadsanteckning", "Elin Karlsson", "sjuksköterska", "2024-05-15T20:40:00", [
        ("Omvårdnad", "Pat inkom till avdelningen 18.30. Blek och trött, blödande tandkött vid tandborstning."),
        ("Information", "Dr Lundgren misstänker leukemi och har bett om benmärgsprov i morgon. Pat fastar från midnatt inför provet."),
    ])],
    must=[("NL102", "n1")],
    why="A nurse writes that the doctor suspects leukaemia: still a hedged diagnosis of the patient in a visible section.")

add("d82-skane-akut-misstanke-leukemi-pat-ej-informerad", "skane", "1951-12-30", "293", [
    N("n1", "sk_med_ystad", "Inskrivningsanteckning", "Gustav Strand", "läkare", "2024-06-04T23:20:00", [
        ("Aktuellt", "Inlagd från akuten med feber och LPK 86. I utstryket dominerar omogna celler."),
        ("Bedömning", "Stark misstanke om akut leukemi. Pat är inte informerad om misstanken i kväll, mycket trött och förvirrad av feber. Hematologen SUS Lund kontaktad för överflyttning i morgon."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Hedged leukaemia in visible Bedömning and the note says the patient is not informed about it: both rules.")

add("d82-vgr-flodescytometri-svar-bal-all-informerad", "vgr", "1999-08-13", "466", [
    N("n1", "vg_hem_su", "Läkaranteckning", "Nora Lindahl", "läkare", "2024-04-18T15:25:00", [
        ("Aktuellt", "Flödescytometri från benmärg: B-prekursor-ALL, CD10+, CD19+, TdT+. Cytogenetik med BCR-ABL1 FISH negativ."),
        ("Information", "Besked om ALL-diagnosen givet till pat och mamma idag på eftermiddagen. Pat vill ha skriftlig information om behandlingen enligt ALLTogether-protokollet."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Confirmed ALL with the diagnosis told today: no untold diagnosis and no hedge.")

add("d82-skane-draft-benmarg-aml-ej-berattat", "skane", "1955-01-25", "357", [
    N("n1", "sk_hem_lund", "Läkaranteckning", "Eva Sundqvist", "läkare", "2024-02-07T16:50:00", [
        ("Aktuellt", "Benmärgsbiopsi besvarad: AML med myelodysplasirelaterade förändringar, 32 % blaster."),
        ("Planering", "Har inte hunnit berätta för pat om resultatet, gör det vid ronden i morgon tillsammans med överläkare."),
    ], signed=None)],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Unsigned draft: a confirmed AML with 'har inte hunnit berätta för pat' in a visible section.")

add("d82-vgr-kml-forenligt-bcr-abl-skickad", "vgr", "1977-04-04", "531", [
    N("n1", "vg_hem_nu", "Mottagningsanteckning", "Lars Wennerholm", "läkare", "2024-01-30T10:05:00", [
        ("Anamnes", "Remitterad p.g.a. LPK 98 vid kontroll inför knäoperation. Lätt trötthet, tryckkänsla under vänster arcus."),
        ("Status", "Mjälte palperas 8 cm under arcus. I övrigt u.a."),
        ("Bedömning", "Leukocytos med vänsterförskjutning, basofili och splenomegali, förenligt med KML. BCR-ABL1 PCR skickad, benmärgsprov nästa vecka."),
    ])],
    must=[("NL102", "n1")],
    why="'Förenligt med KML' while the confirming PCR is pending is a hedged diagnosis in visible Bedömning.")

add("d82-vgr-kml-uteslutet-bcr-abl-negativ", "vgr", "1962-10-10", "648", [
    N("n1", "vg_medmott_sks", "Telefonanteckning", "Johanna Berg", "läkare", "2024-05-21T13:35:00", [
        ("Telefonkontakt", "Ringt pat angående provsvar. BCR-ABL1 negativt, JAK2 negativt. KML uteslutet. Leukocytosen bedöms reaktiv efter pneumonin i april, ny kontroll av blodstatus hos VC om en månad. Pat nöjd med beskedet."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="KML is explicitly ruled out (uteslutet) and the patient is told: a hard negative for both.")
# ---------------- part 2: lymphoma staging, MDS

add("d82-vgr-misstanke-lymfom-dt-informerad", "vgr", "1968-02-19", "374", [
    N("n1", "vg_med_sks", "Mottagningsanteckning", "Johanna Berg", "läkare", "2024-03-12T14:00:00", [
        ("Anamnes", "Sex veckors nattsvettningar, viktnedgång 7 kg och en knöl på halsen som växt."),
        ("Status", "Lgll hö supraklavikulärt 3 x 2 cm, fast, ej öm. Lgll i vä axill 2 cm. Mjälte ej palp."),
        ("Utredning", "DT hals-thorax-buk: multipla förstorade lgll på halsen, i mediastinum och retroperitonealt, största 4 cm."),
        ("Bedömning", "Misstanke om lymfom med B-symtom. Remiss för ultraljudsledd mellannålsbiopsi, därefter PET-DT. Pat informerad om att lymfom är den troligaste orsaken."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Hedged lymphoma in visible Bedömning, and the patient is told about it, so NL101 stays silent.")

add("d82-skane-dlbcl-pad-besked-ej-givet", "skane", "1959-05-31", "412", [
    N("n1", "sk_hemmott_malmo", "Telefonanteckning", "Sofia Lund", "läkare", "2024-04-09T15:45:00", [
        ("Telefonkontakt", "PAD från exstirperad lgll vä axill: diffust storcelligt B-cellslymfom, non-GCB-typ, Ki-67 80 %. Sökt pat på telefon två gånger utan svar. Pat har alltså ännu inte fått besked om lymfomdiagnosen, ny tid för informationssamtal skickas per brev och kontaktsjuksköterskan ringer i morgon."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed DLBCL stands in visible Telefonkontakt while the patient 'ännu inte fått besked'.")

add("d82-vgr-hodgkin-stadieindelning-informerad", "vgr", "2001-11-07", "295", [
    N("n1", "vg_hemmott_su", "Mottagningsanteckning", "Viktor Holmgren", "läkare", "2024-02-22T11:10:00", [
        ("Aktuellt", "Klassiskt Hodgkinlymfom, nodulär skleros, diagnostiserat via mediastinal biopsi 12/2."),
        ("Utredning", "PET-DT: upptag i lgll på halsen bilat och i främre mediastinum, ingen extranodal sjukdom. Stadium IIA, bulk saknas."),
        ("Bedömning", "Pat informerad om stadieindelningen och om planen med ABVD två kurer följt av interims-PET. Fertilitetsbevarande samtal bokat hos reproduktionsmedicin."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Staging of an established Hodgkin lymphoma, explained to the patient: settled and told.")

add("d82-skane-follikulart-pet-utan-upptag-ej-meddelad", "skane", "1953-03-27", "586", [
    N("n1", "sk_hemmott_lund", "Läkaranteckning", "Maja Engström", "läkare", "2024-05-28T16:00:00", [
        ("Aktuellt", "Follikulärt lymfom grad 1–2 stadium I i ljumsken, diagnosen känd för pat sedan 2022, strålbehandlad hösten 2023."),
        ("Utredning", "Uppföljande PET-DT: inget patologiskt upptag, komplett metabol remission."),
        ("Planering", "Pat ännu ej meddelad om PET-svaret, ringer henne i morgon. Fortsatt klinisk kontroll var sjätte månad."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="What is not yet told is a normal PET result; the lymphoma diagnosis itself has been known to the patient since 2022.")

add("d82-vgr-reaktiv-lymfadenit-inget-som-talar-for-lymfom", "vgr", "1990-07-08", "137", [
    N("n1", "vg_kungalv", "Mottagningsanteckning", "Klara Nilsson", "läkare", "2024-03-05T10:20:00", [
        ("Aktuellt", "Återbesök efter exstirpation av lgll på halsen vä."),
        ("Bedömning", "PAD visar reaktiv follikulär hyperplasi, inget som talar för lymfom. Flödescytometri utan klonalitet. Pat informerad och lugnad, avslutas på mottagningen."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="'Inget som talar för lymfom' negates the hedge word 'talar för': no hedged diagnosis.")

add("d82-vgr-dd-lymfom-sarkoidos-ebus", "vgr", "1975-12-12", "254", [
    N("n1", "vg_lung_su", "Läkaranteckning", "Henrik Falk", "läkare", "2024-04-02T13:30:00", [
        ("Utredning", "DT thorax: symmetrisk hilär och mediastinal lymfadenopati, inga lungparenkymförändringar. ACE lätt förhöjt."),
        ("Bedömning", "DD lymfom och sarkoidos. EBUS med finnålspunktion bokad nästa vecka, prover skickas för cytologi, flödescytometri och odling."),
    ])],
    must=[("NL102", "n1")],
    why="'DD lymfom och sarkoidos' is a differential diagnosis in visible Bedömning.")

add("d82-skane-barn-fragetecken-burkitt", "skane", "2015-09-24", "861", [
    N("n1", "sk_barnonk", "Inskrivningsanteckning", "Ebba Lindgren", "läkare", "2024-06-18T18:15:00", [
        ("Anamnes", "Pojke 8 år, buksmärta och tilltagande bukomfång sedan tio dagar. Kräkts i dag."),
        ("Utredning", "Ultraljud buk: stor solid process i höger fossa, ascites. LD 2100, urat 640."),
        ("Bedömning", "?Burkitt. Tumörlyssyndrom hotar, hyperhydrering och rasburikas startas i kväll. Biopsi och ascitespunktion planeras i morgon."),
    ])],
    must=[("NL102", "n1")],
    why="A question-mark hedge ('?Burkitt') on a child's lymphoma in visible Bedömning (guardians read the note).")

add("d82-vgr-typo-lyfom-ej-informerad", "vgr", "1948-01-29", "603", [
    N("n1", "vg_hem_nu", "Läkaranteckning", "Anna-Karin Bohlin", "läkare", "2024-02-09T12:45:00", [
        ("Aktuellt", "Benmärgsbiopsi och PAD från mjälten klar: mantelcellslyfom, cyklin D1-positivt, TP53 ej muterad."),
        ("Planering", "Pat är inte informerad om diagnosen än. Besked ges på mottagningsbesöket på måndag, maken önskar närvara."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Typo in the diagnosis word (mantelcellslyfom) in visible Aktuellt; the patient is explicitly not informed yet.")

add("d82-skane-suspekt-lymfom-rtg", "skane", "1966-04-17", "328", [
    N("n1", "sk_med_hbg", "Daganteckning", "Pontus Ahl", "läkare", "2024-01-16T10:40:00", [
        ("Aktuellt", "Utredning av feber utan fokus sedan fyra veckor. DT buk visar splenomegali 17 cm och lgll paraaortalt upp till 3 cm."),
        ("Bedömning", "Suspekt lymfom. Hematologen konsulterad, önskar benmärgsbiopsi och PET-DT inför eventuell lgll-biopsi."),
    ])],
    must=[("NL102", "n1")],
    why="'Suspekt lymfom' is a hedged diagnosis in visible Bedömning.")

add("d82-vgr-lymfom-epikris-diagnos-ej-meddelad", "vgr", "1944-10-05", "725", [
    N("n1", "vg_alingsas", "Epikris", "Tobias Ljung", "läkare", "2024-03-22T14:10:00", [
        ("Diagnos", "Diffust storcelligt B-cellslymfom (C83.3). Pneumoni (J18.9)."),
        ("Epikris", "Vårdats för pneumoni, behandlad med bensylpenicillin med god effekt. Under vårdtiden har lgll-biopsi från halsen besvarats som DLBCL. Pat ej underrättad om lymfomdiagnosen, hematologen tar beskedet vid första besöket 28/3 enligt överenskommelse med pat:s ansvariga läkare."),
        ("Uppföljning", "Remiss till hematologen skickad. Blodstatus och CRP på VC om en vecka."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Discharge summary lists DLBCL as diagnosis while the text says the patient is not yet told.")

add("d82-skane-lymfom-maken-vet-inte", "skane", "1962-08-01", "447", [
    N("n1", "sk_hemmott_lund", "Mottagningsanteckning", "Cecilia Borg", "läkare", "2024-04-16T09:50:00", [
        ("Aktuellt", "Marginalzonslymfom i mjälten, diagnosen meddelad pat vid förra besöket. Mår bra, ingen behandling behövs nu."),
        ("Övrigt", "Pat har valt att inte berätta om lymfomet för maken ännu, vill vänta tills efter dotterns bröllop. Respekteras."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="The patient knows the diagnosis; only the husband is not told, which is not NL101.")

add("d82-vgr-sannolikt-mds-aldre", "vgr", "1942-05-13", "264", [
    N("n1", "vg_hem_nu", "Konsultationssvar", "Anna-Karin Bohlin", "läkare", "2024-05-06T11:00:00", [
        ("Bedömning", "82-årig kvinna med makrocytär anemi Hb 92, MCV 108 och TPK 98. B12, folat, TSH och leverprover normala, ingen alkoholöverkonsumtion. Sannolikt MDS. Benmärgsprov ändrar knappast handläggningen med tanke på ålder och hjärtsvikt, vi föreslår i stället transfusion vid Hb under 80 och kontroll hos oss om tre månader."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'Sannolikt MDS' in a consultation answer, a visible note; nothing about telling.")

add("d82-skane-mds-rs-benmarg-ej-informerad", "skane", "1950-07-22", "138", [
    N("n1", "sk_hemmott_malmo", "Läkaranteckning", "David Rosén", "läkare", "2024-03-14T17:10:00", [
        ("Aktuellt", "Benmärgssvar: MDS med SF3B1-mutation och ringsideroblaster 25 %, blaster 2 %. IPSS-R lågrisk."),
        ("Planering", "Svaret kom efter att pat gått hem, pat ej informerad än. Återbesök 21/3 för besked och diskussion om erytropoietin."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Settled MDS in visible Aktuellt, patient explicitly not informed yet.")

add("d82-vgr-mds-blastokning-informerad-allo", "vgr", "1963-11-18", "591", [
    N("n1", "vg_hemmott_su", "Mottagningsanteckning", "Karl-Erik Moberg", "läkare", "2024-06-25T10:30:00", [
        ("Aktuellt", "MDS med ökat antal blaster (MDS-IB2), 14 % blaster i benmärgen, komplex karyotyp."),
        ("Bedömning", "Högrisk-MDS. Pat och fru har fått diagnosen förklarad och informerats om att allogen stamcellstransplantation är enda botande behandling. Azacitidin startas som brygga, HLA-typning av syskon skickad."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="High-risk MDS explained to the patient: settled and communicated.")

add("d82-skane-mds-tidiga-hypoteser-sen-information", "skane", "1945-02-03", "356", [
    N("n1", "sk_medmott_hbg", "Tidiga hypoteser", "Fredrik Olsson", "läkare", "2024-02-06T10:00:00", [
        ("Bedömning", "Pancytopeni och dysplastiska neutrofiler i utstryket, misstänkt MDS. Avvaktar benmärg innan vi tar upp det med pat."),
    ]),
    N("n2", "sk_medmott_hbg", "Mottagningsanteckning", "Fredrik Olsson", "läkare", "2024-02-27T11:15:00", [
        ("Aktuellt", "Benmärgen visar MDS med enlinjedysplasi, lågrisk enligt IPSS-R."),
        ("Information", "Diagnosen genomgången med pat och sonen, skriftlig information om MDS lämnad. Pat vill avvakta behandling, kontroll av blodstatus om två månader."),
    ], refs=["n1"])],
    must_not=[("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Hypothesis first kept in a Skåne Tidiga hypoteser note, later settled and told in an ordinary note: nothing fires on either.")

add("d82-vgr-fragestallning-mds-remiss", "vgr", "1955-09-02", "473", [
    N("n1", "vg_angered", "Läkaranteckning", "Leila Hosseini", "läkare", "2024-04-11T15:30:00", [
        ("Aktuellt", "Långsamt sjunkande Hb senaste året, nu 98, MCV 104, TPK 121. Järnstatus, B12 och folat normala."),
        ("Åtgärd", "Remiss till hematologen SU. Frågeställning: MDS? Benmärgsundersökning önskas."),
    ])],
    must=[("NL102", "n1")],
    why="'Frågeställning: MDS?' in a visible Åtgärd section is a hedged diagnosis of the patient.")

add("d82-skane-mds-kan-ej-uteslutas-typo-utesluats", "skane", "1958-06-11", "681", [
    N("n1", "sk_med_ksd", "Daganteckning", "Martin Sjögren", "läkare", "2024-05-02T09:25:00", [
        ("Bedömning", "Kvarstående trombocytopeni 62 trots utsatt trimetoprim-sulfa. MDS kan ej utesluats, hematolog kontaktad inför benmärgsprov."),
    ])],
    must=[("NL102", "n1")],
    why="Typo in the hedge (kan ej utesluats) still leaves MDS hedged in a visible Bedömning.")

add("d82-vgr-mds-ej-informerad-om-transfusionstid", "vgr", "1939-12-27", "117", [
    N("n1", "vg_alingsas", "Omvårdnadsanteckning", "Sanna Öberg", "sjuksköterska", "2024-06-06T14:20:00", [
        ("Omvårdnad", "Pat med känd MDS, transfusionsberoende, inkom för blodtransfusion 2 E. Hb 74 före."),
        ("Planering", "Nästa transfusionstid inte bestämd än, pat ej informerad om datum. Ringer pat när tid finns."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="What is untold is a transfusion date, not the known MDS diagnosis.")

add("d82-skane-myelofibros-differentialdiagnos", "skane", "1957-10-30", "528", [
    N("n1", "sk_hemmott_lund", "Mottagningsanteckning", "Cecilia Borg", "läkare", "2024-03-26T13:05:00", [
        ("Aktuellt", "Anemi Hb 101, TPK 510, leukoerytroblastisk bild med droppceller i utstryket. Mjälte 6 cm under arcus. JAK2 V617F positiv."),
        ("Bedömning", "Differentialdiagnos primär myelofibros och essentiell trombocytemi i fibrotisk fas. Benmärgsbiopsi med retikulinfärgning bokad."),
    ])],
    must=[("NL102", "n1")],
    why="'Differentialdiagnos' between two myeloproliferative diseases in visible Bedömning.")

add("d82-vgr-ssk-kontaktssk-besked-benmarg-mds-vantar", "vgr", "1947-03-09", "386", [
    N("n1", "vg_medmott_sas", "Telefonanteckning", "Linda Åström", "sjuksköterska", "2024-02-13T10:55:00", [
        ("Telefonkontakt", "Pat ringer och frågar om benmärgsprovet. Förklarat att svaret inte är klart, brukar ta 2–3 veckor. Läkaren ringer när svar finns."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="A result that does not exist yet is not an untold diagnosis; no diagnosis is named at all.")
# ---------------- part 3: myeloma, M-komponent, CRAB, amyloidosis, Waldenström

add("d82-skane-m-komponent-crab-talar-for-myelom", "skane", "1952-04-21", "615", [
    N("n1", "sk_med_hbg", "Inskrivningsanteckning", "Pontus Ahl", "läkare", "2024-02-02T18:25:00", [
        ("Anamnes", "Ryggvärk sedan två månader, nu förvirrad och illamående. Törstig."),
        ("Lab", "M-komponent IgG kappa 38 g/L. Albuminkorrigerat Ca 2,89, kreatinin 168, Hb 94."),
        ("Utredning", "Lågdos-DT skelett: multipla osteolyser i kotpelaren och bäckenet, kompressionsfraktur Th12."),
        ("Bedömning", "Talar för myelom med uppfyllda CRAB-kriterier. Hyperkalcemi behandlas med rehydrering och zoledronsyra. Benmärgsprov och fria lätta kedjor i morgon."),
    ])],
    must=[("NL102", "n1")],
    why="'Talar för myelom' is a hedged diagnosis in visible Bedömning.")

add("d82-vgr-mgus-talar-emot-myelom", "vgr", "1949-09-14", "342", [
    N("n1", "vg_medmott_sks", "Mottagningsanteckning", "Johanna Berg", "läkare", "2024-05-16T08:45:00", [
        ("Aktuellt", "Årskontroll av M-komponent IgG lambda, 6 g/L, oförändrad sedan 2021."),
        ("Bedömning", "Normalt kalcium, kreatinin och Hb, kvot fria lätta kedjor normal, lågdos-DT skelett 2023 utan lyser. Talar emot myelom. Diagnos MGUS lågrisk, ny kontroll om ett år på VC med remissvar till distriktsläkaren."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Talar emot myelom' is a negation, and MGUS is stated plainly: no hedged diagnosis.")

add("d82-vgr-myelom-vill-ge-beskedet-sjalv", "vgr", "1951-06-02", "207", [
    N("n1", "vg_hem_su", "Läkaranteckning", "Per Ekström", "läkare", "2024-03-07T15:30:00", [
        ("Aktuellt", "Benmärg: 40 % klonala plasmaceller, kappa-restriktion. t(4;14) påvisad i FISH."),
        ("Bedömning", "Diagnos multipelt myelom, ISS II, högrisk-cytogenetik. Pat ej informerad ännu; ansvarig läkare vill själv ge beskedet på återbesöket 12/3."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Settled myeloma in visible Bedömning with 'pat ej informerad ännu'.")

add("d82-skane-myelom-informerad-barnen-ovetande", "skane", "1947-12-16", "479", [
    N("n1", "sk_hemmott_malmo", "Mottagningsanteckning", "David Rosén", "läkare", "2024-04-04T14:15:00", [
        ("Aktuellt", "Besked om multipelt myelom givet till pat idag. Pat informerad om behandling med daratumumab, lenalidomid och dexametason."),
        ("Övrigt", "Pat har tre vuxna barn som ännu inte vet något om sjukdomen. Han vill berätta för dem själv i helgen och önskar att vi inte kontaktar dem innan dess."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Patient informed today; only the adult children are unaware, which is no NL101.")

add("d82-vgr-susp-al-amyloidos-nefros", "vgr", "1960-01-08", "554", [
    N("n1", "vg_njur_su", "Läkaranteckning", "Mattias Grön", "läkare", "2024-02-26T13:40:00", [
        ("Aktuellt", "Nefrotiskt syndrom med albuminuri 8 g/dygn, albumin 21. Fria lambda-kedjor 480 mg/L, kvot kraftigt patologisk."),
        ("Bedömning", "Susp. AL-amyloidos. Bukfettsbiopsi tas i morgon, NT-proBNP och troponin för hjärtengagemang. Hematologen underrättad."),
    ])],
    must=[("NL102", "n1")],
    why="'Susp.' before AL-amyloidos in visible Bedömning.")

add("d82-skane-inger-misstanke-plasmacellsleukemi", "skane", "1956-08-19", "283", [
    N("n1", "sk_hem_lund", "Daganteckning", "Karin Holm", "läkare", "2024-05-10T11:05:00", [
        ("Aktuellt", "Känt myelom sedan 2021, nu snabbt stigande LD och plasmaceller 2,8 x10^9/L i perifert blod."),
        ("Bedömning", "Inger misstanke om sekundär plasmacellsleukemi. Flödescytometri på perifert blod skickad, diskuteras på MDK på torsdag."),
    ])],
    must=[("NL102", "n1")],
    why="'Inger misstanke om' plasma cell leukaemia, a new hedged diagnosis beside a known myeloma.")

add("d82-vgr-sannolik-waldenstrom", "vgr", "1943-07-25", "661", [
    N("n1", "vg_hemmott_su", "Mottagningsanteckning", "Viktor Holmgren", "läkare", "2024-01-25T09:15:00", [
        ("Aktuellt", "IgM-kappa 28 g/L, huvudvärk och synstörningar. Ögonbottnar med slingrande vener."),
        ("Bedömning", "Sannolik Waldenströms makroglobulinemi med hyperviskositet. Plasmaferes på transfusionsmedicin i dag, benmärgsprov med MYD88-analys."),
    ])],
    must=[("NL102", "n1")],
    why="'Sannolik Waldenströms makroglobulinemi' in visible Bedömning.")

add("d82-skane-myelom-typo-ej-infomerad", "skane", "1953-10-12", "145", [
    N("n1", "sk_medmott_ksd", "Läkaranteckning", "Martin Sjögren", "läkare", "2024-06-13T16:35:00", [
        ("Aktuellt", "Benmärgssvar inkommit: 22 % monoklonala plasmaceller. Tillsammans med anemin och njurpåverkan uppfylls kriterierna för multipelt myelom."),
        ("Planering", "Pat ej infomerad om myelomdiagnosen, kallas till läkarbesök nästa vecka. Remiss till hematologen SUS Lund."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Typo in the telling word (infomerad) does not change that a settled myeloma is untold.")

add("d82-vgr-patologisk-fraktur-myelom-kan-inte-uteslutas", "vgr", "1946-02-17", "738", [
    N("n1", "vg_kungalv", "Inskrivningsanteckning", "Klara Nilsson", "läkare", "2024-04-20T20:10:00", [
        ("Aktuellt", "Inkommer med smärta i vä höft efter fall i hemmet. Rtg: patologisk fraktur i proximala femur med osteolys."),
        ("Lab", "Hb 88, Ca 2,71, kreatinin 142. Sänka 95. Elfores skickad."),
        ("Bedömning", "Myelom kan inte uteslutas, DD metastas från okänd primärtumör. Ortoped opererar i morgon, PAD från frakturområdet önskas."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Myelom kan inte uteslutas' and a DD metastasis are hedged diagnoses in visible Bedömning.")

add("d82-skane-pmo-vc-misstankt-myelom", "skane", "1950-11-23", "392", [
    N("n1", "sk_vc_eslov", "Besöksanteckning", "Ulla Hedlund", "läkare", "2024-03-18T10:45:00", [
        ("Aktuellt", "Ryggont sedan jul, trött. Sänka 92, Hb 102, totalprotein 96."),
        ("Bedömning", "Misstänkt myelom. Elfores, fria lätta kedjor och kalcium skickade, rtg ländrygg beställd."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO (vårdcentral) never shows diagnoses, so a hedged myeloma here is not NL102.")

add("d82-vgr-myelom-dottern-ber-vanta", "vgr", "1938-05-06", "829", [
    N("n1", "vg_med_sas", "Daganteckning", "Ingrid Hallberg", "läkare", "2024-05-24T13:25:00", [
        ("Aktuellt", "Benmärgsprovet visar multipelt myelom, 60 % plasmaceller. Njurfunktionen förbättrad efter vätska."),
        ("Bedömning", "Dottern har bett att vi väntar med att berätta om myelomet för pat tills hon själv kan vara med på fredag. Pat har ännu inte fått veta diagnosen, vi avvaktar till dess enligt önskemål. Dexametason startat."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A relative asked to delay the news and the patient has not been told the myeloma diagnosis, which stands in visible text.")

add("d82-skane-myelom-kurator-ej-fatt-veta", "skane", "1964-09-29", "506", [
    N("n1", "sk_hem_lund", "Kuratorsanteckning", "Louise Falk", "kurator", "2024-02-20T14:50:00", [
        ("Samtal", "Samtal med pat på avdelningen på ssk:s begäran. Pat oroar sig för ekonomin och för att förlora jobbet under sjukskrivningen."),
        ("Bedömning", "Pat har ännu inte fått veta att det rör sig om myelom, läkarsamtalet är planerat till i morgon. Jag har därför inte berört sjukdomen. Ny kontakt efter läkarsamtalet."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A counsellor names the myeloma and writes that the patient has not yet been told it.")

add("d82-vgr-myelom-ej-informerad-om-remissen", "vgr", "1955-03-30", "471", [
    N("n1", "vg_hemmott_su", "Läkaranteckning", "Karl-Erik Moberg", "läkare", "2024-06-10T15:05:00", [
        ("Aktuellt", "Multipelt myelom i andra remission efter autolog transplantation, känt av pat sedan 2020. Stigande M-komponent 4 → 9 g/L."),
        ("Åtgärd", "Remiss skickad till strålbehandlingen för ställningstagande till palliativ strålning av smärtsam lesion i vä skuldra. Pat inte informerad om att remissen skickats, görs på telefon i morgon."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="What the patient has not been told is that a referral was sent; the myeloma is long known.")

add("d82-skane-mgus-uppfoljning-inga-tecken-pa-progress", "skane", "1941-01-18", "237", [
    N("n1", "sk_medmott_hbg", "Telefonanteckning", "Fredrik Olsson", "läkare", "2024-01-19T12:30:00", [
        ("Telefonkontakt", "Ringt pat med provsvar. M-komponent IgA 8 g/L, oförändrad. Inga tecken på progress till myelom, normalt Hb, Ca och krea. Fortsatt kontroll en gång per år."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Inga tecken på progress till myelom' is a negated mention; no hedged diagnosis.")

add("d82-vgr-myelom-njursvikt-cast-nefropati-troligen", "vgr", "1958-11-11", "315", [
    N("n1", "vg_njur_su", "Konsultationssvar", "Mattias Grön", "läkare", "2024-03-29T10:40:00", [
        ("Bedömning", "Akut njursvikt med krea 512 hos pat med nydiagnostiserat myelom och fria kappa 6800 mg/L. Troligen castnefropati. Rekommenderar snabb start av bortezomib-baserad behandling, högflödes-HD med high cut-off-filter diskuteras. Njurbiopsi avvaktas."),
    ])],
    must=[("NL102", "n1")],
    why="'Troligen castnefropati' is a hedged renal diagnosis in a visible consultation answer.")

add("d82-skane-myelom-tidiga-hypoteser-och-synlig-ok", "skane", "1966-06-06", "154", [
    N("n1", "sk_hemmott_lund", "Mottagningsanteckning", "Maja Engström", "läkare", "2024-04-25T10:05:00", [
        ("Aktuellt", "Nybesök p.g.a. M-komponent 14 g/L och anemi. Pat informerad om att utredningen fortsätter med benmärgsprov och DT skelett."),
    ]),
    N("n2", "sk_hemmott_lund", "Tidiga hypoteser", "Maja Engström", "läkare", "2024-04-25T10:20:00", [
        ("Bedömning", "Trolig myelomsjukdom, pat ej informerad om misstanken innan benmärgssvar finns."),
    ], refs=["n1"])],
    must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    why="Skåne: the hedged myeloma and its untold status go to a separate Tidiga hypoteser note; the visible note has no diagnosis hedge.")

add("d82-vgr-myelom-ovetande-typo-myleom", "vgr", "1950-08-08", "697", [
    N("n1", "vg_med_sks", "Daganteckning", "Emma Sjöberg", "läkare", "2024-02-15T12:20:00", [
        ("Bedömning", "Svar på benmärgsprov: multipelt myleom, IgA-typ. Pat är fortfarande ovetande om diagnosen, anhöriga har bett att få vara med vid beskedet som ges i eftermiddag."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Typo in the diagnosis (myleom); the patient is 'ovetande om diagnosen'.")
# ---------------- part 4: ITP vs TTP, haemolysis, HIT, DIC

add("d82-vgr-itp-dd-ttp-trombocyter-6", "vgr", "1995-02-24", "832", [
    N("n1", "vg_akut_su", "Läkaranteckning", "Rebecka Lund", "läkare", "2024-01-13T02:30:00", [
        ("Anamnes", "Kvinna 28 år, petekier och munslemhinneblödning sedan två dagar. Inga läkemedel, inte gravid."),
        ("Lab", "TPK 6, Hb 128, LPK 7,2. LD och bilirubin normala, kreatinin 64."),
        ("Bedömning", "ITP i första hand, DD TTP. Enstaka fragmentocyter i utstryket men ingen hemolys i labbet. ADAMTS13 skickad akut, prednisolon 1 mg/kg startas, läggs in på hematologen."),
    ])],
    must=[("NL102", "n1")],
    why="'ITP i första hand, DD TTP' is an open differential in visible Bedömning.")

add("d82-skane-ttp-uteslutes-adamts13-primar-itp", "skane", "1988-07-03", "724", [
    N("n1", "sk_hem_malmo", "Daganteckning", "Amir Haddad", "läkare", "2024-02-19T10:50:00", [
        ("Aktuellt", "ADAMTS13-aktivitet 78 %, TTP uteslutes. Inga schistocyter vid omgranskning av utstryket."),
        ("Bedömning", "Diagnos: primär ITP. TPK stigit från 8 till 46 på prednisolon, inga nya blödningar. Pat informerad om diagnosen och planen för nedtrappning av kortison."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="TTP is ruled out (uteslutes) and ITP is settled and told: hard negative for both rules.")

add("d82-vgr-ttp-kan-ej-uteslutas-plasmaferes-informerad", "vgr", "1979-12-21", "516", [
    N("n1", "vg_hem_su", "Inskrivningsanteckning", "Sara Bergström", "läkare", "2024-03-15T23:35:00", [
        ("Aktuellt", "Överflyttad från Kungälv. Huvudvärk, förvirring episodiskt, TPK 14, Hb 81, LD 1450, haptoglobin omätbart lågt, rikligt med schistocyter."),
        ("Bedömning", "TTP kan ej uteslutas, PLASMIC-score 6. Akut plasmaferes i natt, metylprednisolon 1 g iv. ADAMTS13 tagen före första plasmaferesen."),
        ("Information", "Pat informerad om att vi misstänker TTP och varför plasmaferes behövs akut."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="'TTP kan ej uteslutas' in visible Bedömning; the patient has been told, so no NL101.")

add("d82-skane-bild-som-vid-ttp-ej-informerad-intuberad", "skane", "1972-09-17", "839", [
    N("n1", "sk_iva_lund", "Daganteckning", "Jonas Eklund", "läkare", "2024-04-27T08:40:00", [
        ("Aktuellt", "Intuberad sedan i går efter generaliserat krampanfall. Trombocytopeni 11, hemolys med schistocyter 4 %, troponin stigande."),
        ("Bedömning", "Bild som vid TTP med CNS- och hjärtpåverkan. Plasmaferes dagligen, kaplacizumab insatt efter diskussion med koagulationsjour. Pat har inte kunnat informeras om misstanken då hon är sederad, make informerad i telefon."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Hedged TTP ('bild som vid') in visible Bedömning, and the sedated patient has not been informed of it; only the husband was.")

add("d82-vgr-inga-tecken-pa-hemolys-jarnbrist", "vgr", "1984-05-28", "148", [
    N("n1", "vg_angered", "Mottagningsanteckning", "Leila Hosseini", "läkare", "2024-05-09T14:45:00", [
        ("Aktuellt", "Hb 97 och trötthet. Rikliga menstruationer."),
        ("Bedömning", "Haptoglobin, LD och bilirubin normala, retikulocyter låga. Inga tecken på hemolys. Ferritin 4: järnbristanemi p.g.a. menorragi. Järntabletter varannan dag, remiss till gynekolog, kontroll av Hb om sex veckor."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Haemolysis is negated and iron deficiency anaemia is stated as a fact.")

add("d82-skane-varm-aiha-forenlig-med", "skane", "1969-03-04", "471", [
    N("n1", "sk_med_ystad", "Daganteckning", "Gustav Strand", "läkare", "2024-01-31T11:20:00", [
        ("Aktuellt", "Hb sjunkit till 68 på tre dagar, ikterisk. LD 780, haptoglobin <0,1, bilirubin 64, retikulocyter 310."),
        ("Bedömning", "DAT positiv för IgG, negativ för C3d. Bild förenlig med varm autoimmun hemolytisk anemi. Prednisolon 1 mg/kg, folsyra, transfusion efter kontakt med transfusionsmedicin."),
    ])],
    must=[("NL102", "n1")],
    why="'Förenlig med' varm AIHA is a hedge on a diagnosis in visible Bedömning.")

add("d82-skane-hemolys-kan-uteslutas-b12", "skane", "1960-12-09", "662", [
    N("n1", "sk_medmott_ksd", "Mottagningsanteckning", "Björn Axelsson", "läkare", "2024-06-20T09:10:00", [
        ("Bedömning", "Makrocytär anemi Hb 104 med kobalamin 95. Haptoglobin normalt och LD normalt, hemolys kan uteslutas. Perniciös anemi med positiva intrinsic factor-antikroppar. Hydroxokobalamin-injektioner startas, pat informerad och ssk ger första sprutan idag."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="'Kan uteslutas' (without ej) rules haemolysis out; pernicious anaemia is settled and told.")

add("d82-vgr-trolig-pnh-flodescytometri", "vgr", "1991-10-19", "229", [
    N("n1", "vg_hemmott_su", "Läkaranteckning", "Nora Lindahl", "läkare", "2024-04-23T16:15:00", [
        ("Aktuellt", "Mörk morgonurin, buksmärtor och trombos i v. hepatica i mars. DAT negativ, LD 1900."),
        ("Bedömning", "Trolig PNH. Flödescytometri med FLAER skickad. Fortsatt antikoagulation med LMH."),
    ])],
    must=[("NL102", "n1")],
    why="'Trolig PNH' in visible Bedömning.")

add("d82-vgr-ev-hit-heparin-utsatt", "vgr", "1954-04-12", "395", [
    N("n1", "vg_med_sas", "Daganteckning", "Tove Andersson", "läkare", "2024-02-08T09:30:00", [
        ("Aktuellt", "Dag 7 efter höftprotes, TPK fallit från 260 till 88. Ny svullnad vä vad."),
        ("Bedömning", "Ev. HIT, 4T-score 6 p. Dalteparin utsatt, argatroban-infusion startad. PF4-antikroppar skickade, ultraljud vä ben i dag."),
    ])],
    must=[("NL102", "n1")],
    why="'Ev.' directly before a diagnosis (HIT) is a hedged diagnosis, unlike 'ev.' before a plan.")

add("d82-skane-ingen-misstanke-om-hit-4t-lag", "skane", "1948-08-27", "538", [
    N("n1", "sk_ort_hbg", "Konsultationssvar", "Cecilia Borg", "läkare", "2024-03-01T13:15:00", [
        ("Bedömning", "Hematologkonsult. TPK 112 dag 2 postop, sjunkit i samband med blodförlust och vätsketillförsel. 4T-score 2 p, ingen misstanke om HIT. Fortsätt tromboesprofylax med dalteparin, kontroll av TPK dag 5."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Ingen misstanke om HIT' is a negated mention.")

add("d82-skane-dic-kan-inte-uteslutas-sepsis", "skane", "1965-01-14", "196", [
    N("n1", "sk_infek_malmo", "Daganteckning", "Linnea Bergqvist", "läkare", "2024-01-06T07:50:00", [
        ("Aktuellt", "Pneumokocksepsis, IVA-vård natten till i går. TPK 38, fibrinogen 1,4, PK 1,9, D-dimer >35."),
        ("Bedömning", "DIC kan inte uteslutas. Ingen pågående blödning, vi avstår från plasma tills vidare. Koagulationsprover två gånger dagligen."),
    ])],
    must=[("NL102", "n1")],
    why="'Kan inte uteslutas' hedges DIC in visible Bedömning.")

add("d82-vgr-typo-ingen-missanke-dic", "vgr", "1971-06-30", "487", [
    N("n1", "vg_infek_su", "Daganteckning", "Johan Ek", "läkare", "2024-06-15T10:15:00", [
        ("Bedömning", "E. coli-urosepsis, förbättrad på cefotaxim. TPK 145, fibrinogen 5,2, PK normalt. Ingen missanke om DIC. Övergår till peroral behandling i morgon."),
    ])],
    must_not=[("NL102", "n1")],
    why="Typo in the negation (Ingen missanke om DIC) is still a negated mention.")

add("d82-skane-itp-kand-tpk-normal-ej-meddelad", "skane", "1998-02-13", "574", [
    N("n1", "sk_hemmott_lund", "Läkaranteckning", "Anders Nyberg", "läkare", "2024-05-14T15:55:00", [
        ("Aktuellt", "Kronisk ITP sedan 2019, behandlas med eltrombopag 50 mg. Kontrollprov idag: TPK 145."),
        ("Planering", "Pat ej meddelad om provsvaret ännu, svarar via 1177 i morgon. Oförändrad dos."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="The untold thing is a normal platelet count; chronic ITP has been known for years.")

add("d82-vgr-barn-trolig-hus-stec", "vgr", "2019-07-22", "846", [
    N("n1", "vg_barnakut", "Inskrivningsanteckning", "Oskar Dahlgren", "läkare", "2024-07-02T21:20:00", [
        ("Anamnes", "Flicka 4 år, blodig diarré sedan fem dagar efter besök på bondgård. Minskad urinmängd i dag."),
        ("Lab", "Hb 79, TPK 41, kreatinin 188, LD 1600, schistocyter i utstryket."),
        ("Bedömning", "Trolig STEC-associerad HUS. Feces-PCR för EHEC skickad. Föräldrarna informerade, läggs in på barnnjurenheten för vätskebalans och ställningstagande till dialys."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Child under 13: 'trolig STEC-associerad HUS' is a hedged diagnosis in a visible note.")

add("d82-skane-hemolytisk-transfusionsreaktion-avskrivs", "skane", "1957-05-05", "319", [
    N("n1", "sk_transf", "Konsultationssvar", "Åsa Runesson", "läkare", "2024-02-12T14:05:00", [
        ("Utredning", "Utredning efter temperaturstegring vid transfusion på avd 51. Kontroll av blodgrupp och BAS-test utan anmärkning, DAT negativ efter transfusion, ingen hemoglobinuri."),
        ("Bedömning", "Misstanken om hemolytisk transfusionsreaktion avskrivs. Temperaturstegringen var en febril icke-hemolytisk reaktion. Leukocytreducerade enheter används redan, inga ytterligare åtgärder."),
    ])],
    must_not=[("NL102", "n1")],
    why="The suspicion of a haemolytic transfusion reaction is written off (avskrivs); the remaining reaction is stated without hedge.")

add("d82-vgr-hit-bekraftad-ej-informerad", "vgr", "1952-09-03", "226", [
    N("n1", "vg_med_sks", "Daganteckning", "Henrik Falk", "läkare", "2024-05-30T14:30:00", [
        ("Aktuellt", "PF4-antikroppar starkt positiva, funktionellt test (HIPA) positivt."),
        ("Bedömning", "Heparininducerad trombocytopeni typ II är därmed bekräftad. Pat har inte informerats ännu, sov vid ronden. Allergiregistrering av heparin görs idag och pat informeras i eftermiddag."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed HIT in visible Bedömning while the patient has not been informed yet.")
# ---------------- part 5: neutropenic fever, transfusion reactions, non-diagnostic hedges, PMO

add("d82-skane-transfusion-frossa-misstankt-fnhtr-dd-kontamination", "skane", "1944-03-19", "258", [
    N("n1", "sk_med_hbg", "Daganteckning", "Pontus Ahl", "läkare", "2024-03-04T15:40:00", [
        ("Aktuellt", "Kallad av ssk: frossa och temp 39,2 tjugo minuter in i andra erytrocytenheten. BT 138/80, ingen andningspåverkan, ingen urtikaria."),
        ("Bedömning", "Misstänkt febril icke-hemolytisk transfusionsreaktion, DD bakteriell kontamination av enheten. Transfusionen avbruten, påse och aggregat skickade till transfusionsmedicin för odling. Blododling från pat, paracetamol 1 g."),
        ("Åtgärd", "Avvikelse och transfusionsreaktionsanmälan ifylld."),
    ])],
    must=[("NL102", "n1")],
    why="A suspected transfusion reaction with a DD of bacterial contamination, in visible Bedömning.")

add("d82-vgr-mojlig-trali-iva", "vgr", "1976-11-28", "563", [
    N("n1", "vg_iva_su", "Daganteckning", "Fredrika Sund", "läkare", "2024-04-14T06:20:00", [
        ("Aktuellt", "Inlagd efter postpartumblödning, fått 6 E erytrocyter och 4 E plasma under natten. Akut hypoxi 02.30 med bilaterala infiltrat på rtg pulm, normal ekokardiografi."),
        ("Bedömning", "Möjlig TRALI. Högflödesoxygen 50 %, ingen diuretika. Rapporterat till transfusionsmedicin för utredning av givarnas HLA-antikroppar."),
    ])],
    must=[("NL102", "n1")],
    why="'Möjlig TRALI' is a hedged diagnosis in visible Bedömning.")

add("d82-skane-typo-trolgi-taco", "skane", "1936-10-02", "142", [
    N("n1", "sk_med_ksd", "Daganteckning", "Martin Sjögren", "läkare", "2024-05-19T19:05:00", [
        ("Aktuellt", "88-årig kvinna med hjärtsvikt, fått 2 E erytrocyter under eftermiddagen p.g.a. Hb 71. Nu dyspné, sat 86 %, rassel bilat basalt, BT 178/92."),
        ("Bedömning", "Trolgi TACO. Furosemid 40 mg iv, syrgas, högläge. Vidare transfusioner ges långsamt med diuretika."),
    ])],
    must=[("NL102", "n1")],
    why="Typo in the hedge (Trolgi) before TACO, a transfusion-associated circulatory overload, in visible Bedömning.")

add("d82-vgr-neutropen-feber-trol-tyflit", "vgr", "1985-04-26", "391", [
    N("n1", "vg_hem_su", "Daganteckning", "Mikael Sandberg", "läkare", "2024-06-21T10:10:00", [
        ("Aktuellt", "ALL, dag 18 i induktionen. Feberfri på meropenem sedan i går men nu diffus buksmärta, lös avföring x 5."),
        ("Status", "Ömhet i hö fossa, ingen défense. Tarmljud normala."),
        ("Bedömning", "Trol. tyflit. DT buk akut, fasta, tillägg av metronidazol. Kirurgkonsult vid försämring."),
    ])],
    must=[("NL102", "n1")],
    why="'Trol. tyflit' (neutropenic enterocolitis) hedged in visible Bedömning.")

add("d82-skane-kan-rora-sig-om-aspergillos", "skane", "1959-02-08", "675", [
    N("n1", "sk_hem_lund", "Daganteckning", "Eva Sundqvist", "läkare", "2024-02-24T11:45:00", [
        ("Aktuellt", "AML efter andra cytarabinkuren, långvarig neutropeni. Kvarstående feber trots bredspektrumantibiotika i fem dagar."),
        ("Utredning", "DT thorax: två noduli med halo-tecken i hö överlob."),
        ("Bedömning", "Kan röra sig om invasiv aspergillos. Galaktomannan i serum skickat, bronkoskopi med BAL i morgon. Vorikonazol insatt empiriskt."),
    ])],
    must=[("NL102", "n1")],
    why="'Kan röra sig om invasiv aspergillos' hedges an infection diagnosis in visible Bedömning.")

add("d82-vgr-misstankt-cvk-infektion-draft", "vgr", "1973-08-15", "204", [
    N("n1", "vg_hem_su", "Daganteckning", "Sara Bergström", "läkare", "2024-01-18T14:35:00", [
        ("Bedömning", "Feber 38,7 vid spolning av CVK, frossa direkt efter. Neutrofila 1,4. Misstänkt CVK-infektion, odlingar från kateter och perifert tagna, vankomycin tillagt. Ställningstagande till att dra katetern när odlingssvar finns."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="Unsigned draft with 'misstänkt CVK-infektion' in visible Bedömning.")

add("d82-vgr-mojlig-hemgang-ev-trombocyter-plan", "vgr", "1967-12-01", "508", [
    N("n1", "vg_med_sks", "Daganteckning", "Johanna Berg", "läkare", "2024-03-23T10:25:00", [
        ("Aktuellt", "AML i första remission, konsolideringskur 2 avslutad. Afebril, äter bra."),
        ("Planering", "Möjlig hemgång i helgen om fortsatt afebril. Ev. trombocyttransfusion före hemgång om TPK under 20. Provtagning på hemmaplan på tisdag."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Möjlig' and 'Ev.' hedge plans (hemgång, transfusion); AML in remission is settled.")

add("d82-skane-eventuell-frossa-symtom", "skane", "1982-07-07", "343", [
    N("n1", "sk_transf", "Omvårdnadsanteckning", "Petra Widell", "sjuksköterska", "2024-04-08T09:00:00", [
        ("Anamnes", "Pat med talassemia major, transfusion var tredje vecka. Uppger eventuell frossa kvällen efter förra transfusionen men är osäker på om hon verkligen frös."),
        ("Åtgärd", "Kontroller var 15:e min under första enheten: temp 36,9, BT 118/70. Inga reaktioner under dagens transfusion."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Eventuell frossa' hedges a symptom, not a diagnosis; thalassaemia is known and stated without hedge.")

add("d82-vgr-om-feber-sok-direkt-villkor", "vgr", "1997-03-12", "652", [
    N("n1", "vg_hemmott_su", "Omvårdnadsanteckning", "Moa Järvinen", "sjuksköterska", "2024-05-27T13:50:00", [
        ("Information", "Utskrivningssamtal efter första kuren R-CHOP för DLBCL. Om pat får feber över 38,0 under de kommande två veckorna ska hon ringa avdelningen direkt, oavsett tid på dygnet, eftersom det då behandlas som neutropen feber. Skriftlig information och telefonnummer lämnade."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Conditional instruction (om feber … behandlas som neutropen feber), not a hedged diagnosis.")

add("d82-skane-allergisk-transfusionsreaktion-bekraftad", "skane", "2003-05-16", "487", [
    N("n1", "sk_hem_malmo", "Daganteckning", "Lina Persson", "läkare", "2024-06-09T17:30:00", [
        ("Aktuellt", "Urtikaria på bålen och klåda tio minuter in i trombocyttransfusionen, inga luftvägssymtom, stabilt BT."),
        ("Bedömning", "Allergisk transfusionsreaktion, lindrig. Transfusionen pausad, klemastin 2 mg iv, fortsatt i lägre hastighet efter 30 min utan nya symtom. Premedicinering inför nästa trombocyttransfusion."),
    ])],
    must_not=[("NL102", "n1")],
    why="An allergic transfusion reaction stated as a fact, with no hedge.")

add("d82-vgr-kan-ej-uteslutas-transfusionsbehov", "vgr", "1940-11-05", "289", [
    N("n1", "vg_alingsas", "Konsultationssvar", "Tobias Ljung", "läkare", "2024-02-06T11:05:00", [
        ("Bedömning", "Hb 104 inför höftprotes, känd myelodysplasi med stabila värden sedan 2021. Kan ej uteslutas att pat behöver transfusion peroperativt, blodgruppering och bastest tagna."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Kan ej uteslutas' hedges the need for transfusion, a plan, not a diagnosis; the myelodysplasia is settled.")

add("d82-skane-pmo-vc-trol-jarnbristanemi", "skane", "1990-09-21", "568", [
    N("n1", "sk_vc_hoor", "Besöksanteckning", "Karolina Berglund", "läkare", "2024-01-22T15:20:00", [
        ("Bedömning", "Hb 101, MCV 74, ferritin väntas. Trol. järnbristanemi efter två graviditeter tätt. Järntabletter startas, Hb-kontroll om sex veckor."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: a hedged diagnosis in a vårdcentral note is never shown, so no NL102.")

add("d82-skane-pmo-bvc-misstankt-itp-barn", "skane", "2022-11-30", "913", [
    N("n1", "sk_bvc_lomma", "Besöksanteckning", "Helena Strömberg", "sjuksköterska", "2024-04-29T10:30:00", [
        ("Aktuellt", "Mamma visar prickar på benen som kommit senaste dygnet. Barnet pigg, äter bra."),
        ("Bedömning", "Små petekier på underbenen. Kontakt med BVC-läkare som misstänker ITP efter nylig förkylning, remiss till barnakuten samma dag för blodstatus."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO BVC note: suspected ITP in a child, but PMO never shows diagnoses.")

add("d82-skane-pmo-vc-kan-ej-utesluta-lymfom-ej-informerad", "skane", "1961-03-08", "435", [
    N("n1", "sk_vc_hassleholm", "Telefonkontakt", "Ulf Bengtsson", "läkare", "2024-05-13T12:10:00", [
        ("Bedömning", "Rtg thorax visar breddökat mediastinum. Lymfom kan ej uteslutas, DT thorax beställd med förtur. Pat ej informerad om lymfommisstanken ännu, ringer när DT är gjord."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: hedged lymphoma with an untold remark; NL102 never fires on PMO and NL101 is not asserted on PMO.")

add("d82-vgr-lang-rondanteckning-eventuell-gvhd", "vgr", "1978-01-23", "754", [
    N("n1", "vg_hem_su", "Daganteckning", "Karl-Erik Moberg", "läkare", "2024-03-28T13:40:00", [
        ("Aktuellt", "Dag +24 efter allogen stamcellstransplantation (MUD) för AML i CR1. Engraftment av neutrofiler dag +17, trombocyter ännu transfusionsberoende. Sovit dåligt p.g.a. klåda."),
        ("Status", "AT: gott, afebril. Hud: makulopapulöst utslag på handflator, öron och övre bålen, ca 25 % av kroppsytan. Mun: lätt mukosit, ingen candida. Cor: RR 84. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Ben: inga ödem. CVK utan rodnad."),
        ("Lab", "Hb 92, LPK 3,1, neutrofila 2,2, TPK 19. Krea 88, bilirubin 14, ALAT 0,6. CRP 7. Takrolimus-konc 9,8. CMV-PCR negativ, EBV-PCR negativ."),
        ("Läkemedel", "Takrolimus 2 mg x 2 oförändrat. Aciklovir, posakonazol och sulfametoxazol-trimetoprim enligt protokoll. Ursodeoxycholsyra. Pantoprazol."),
        ("Bedömning", "Stabilt förlopp efter transplantationen. Hudutslaget med typisk distribution talar för akut GVHD i huden, grad II. Ingen diarré och normalt bilirubin, så inga tecken på engagemang av tarm eller lever. Hudbiopsi tas i dag av dermatolog."),
        ("Åtgärd", "Betametason-kräm grupp III två gånger dagligen. Om utslaget sprider sig över 50 % startas systemiskt prednisolon 1 mg/kg. Trombocyttransfusion vid TPK under 10 eller blödning. Vikt dagligen."),
        ("Information", "Pat informerad om utslaget, om misstanken om GVHD och om planen med biopsi och kräm. Hustrun närvarande via telefon."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Long ward-round chart where the one hedged diagnosis (talar för akut GVHD) sits in Bedömning; the patient was told.")

add("d82-skane-lang-rondanteckning-utan-hedge", "skane", "1962-06-28", "186", [
    N("n1", "sk_hem_lund", "Daganteckning", "Anders Nyberg", "läkare", "2024-04-12T12:30:00", [
        ("Aktuellt", "Multipelt myelom IgG kappa, inlagd sedan 4/4 för högdos melfalan med autolog stamcellsåterföring. Dag +8. Aptit nedsatt, illamående morgontid, två lösa avföringar senaste dygnet."),
        ("Status", "AT: trött men opåverkad. Temp 37,4. Mun: mukosit grad 2, äter flytande. Cor: RR 92, inga blåsljud. Pulm: ua. Buk: mjuk, lätt öm diffust, inga peritoneala retningstecken. Hud: ua. CVK: ren insticksställe."),
        ("Lab", "Hb 86, LPK 0,2, neutrofila <0,1, TPK 14. CRP 18. Krea 74, K 3,4, Mg 0,62. Albumin 29."),
        ("Läkemedel", "Ondansetron och metoklopramid vid behov, morfin via PCA för mukositen. Aciklovir och flukonazol profylaktiskt. Kalium- och magnesiumtillskott iv."),
        ("Bedömning", "Förväntat förlopp i aplasifasen efter högdosbehandling. Diarrén orsakas av cytostatika, C. difficile-toxin negativt. Ingen infektionsmisstanke för närvarande. Neutrofilåterhämtning förväntas runt dag +11–13."),
        ("Planering", "Trombocyttransfusion om TPK under 10. Erytrocyter om Hb under 80. Nutritionsbedömning av dietist, överväg parenteral nutrition om intaget inte ökar inom två dagar. Pat och sambo informerade om förloppet vid ronden."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Long aplasia-phase chart with several diagnoses, all settled or negated; no hedge on any diagnosis.")
# ---------------- part 6: when the patient is told -- hedged and settled findings not yet told

add("d82-vgr-misstankt-richter-ej-informerad", "vgr", "1949-10-31", "572", [
    N("n1", "vg_hemmott_su", "Läkaranteckning", "Viktor Holmgren", "läkare", "2024-04-30T16:40:00", [
        ("Aktuellt", "KLL sedan 2017, behandlad med ibrutinib. Senaste månaden snabbt växande lgll på halsen, feber och LD 690."),
        ("Bedömning", "Misstänkt Richtertransformation. PET-DT och biopsi från lgll med högst SUV planeras. Pat ej informerad om misstanken än, tas upp när PET är gjord."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Hedged Richter transformation in visible Bedömning plus an explicit 'ej informerad om misstanken'.")

add("d82-skane-trolig-aml-recidiv-pat-vet-inte", "skane", "1968-05-09", "681", [
    N("n1", "sk_hemmott_lund", "Läkaranteckning", "Eva Sundqvist", "läkare", "2024-06-03T13:25:00", [
        ("Aktuellt", "Rutinkontroll 14 mån efter allogen SCT för AML. TPK 62 (tidigare normalt), 8 % blaster i utstryket."),
        ("Bedömning", "Trolig AML-recidiv. Pat vet ännu inte om fyndet, åkte hem innan utstryket var granskat. Benmärgsprov med MRD och kimärism bokat på fredag, pat kallas på telefon i morgon."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="'Trolig AML-recidiv' in visible Bedömning, and the patient does not yet know about the finding.")

add("d82-vgr-lymfomrecidiv-forst-otalt-sedan-berattat", "vgr", "1957-12-14", "319", [
    N("n1", "vg_hem_nu", "Läkaranteckning", "Lars Wennerholm", "läkare", "2024-02-05T15:10:00", [
        ("Utredning", "PET-DT uppföljning efter R-CHOP: nytillkommet upptag i lgll vid truncus coeliacus, SUV 14."),
        ("Bedömning", "Sannolikt lymfomrecidiv. Pat ej informerad om PET-fyndet, vi vill ha biopsisvar först."),
    ]),
    N("n2", "vg_hem_nu", "Mottagningsanteckning", "Lars Wennerholm", "läkare", "2024-02-19T10:30:00", [
        ("Aktuellt", "Biopsi via EUS bekräftar recidiv av diffust storcelligt B-cellslymfom."),
        ("Information", "Pat och hustru informerade om recidivet och om att CAR-T-behandling kan bli aktuell. Remiss till Sahlgrenska för bedömning skickad."),
    ], refs=["n1"])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    must_not=[("NL101", "n2"), ("NL102", "n2")],
    why="First note keeps a hedged, untold relapse in visible text (both rules on n1); the later note confirms and tells it (neither on n2).")

add("d82-skane-mojlig-harcellsleukemi-avvaktar-info", "skane", "1966-01-27", "245", [
    N("n1", "sk_medmott_hbg", "Mottagningsanteckning", "Pontus Ahl", "läkare", "2024-03-21T11:55:00", [
        ("Aktuellt", "Pancytopeni med monocytopeni och splenomegali 19 cm. Enstaka lymfocyter med håriga utskott i utstryket."),
        ("Bedömning", "Möjlig hårcellsleukemi. Flödescytometri och BRAF V600E skickade. Vi avvaktar med att informera pat om leukemimisstanken tills flödescytometrin är klar, pat har en svår ångestproblematik."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="'Möjlig hårcellsleukemi' visible while the team waits to tell the patient about it.")

add("d82-vgr-typo-misstant-hodgkin-ej-informerad", "vgr", "2004-08-22", "463", [
    N("n1", "vg_medmott_sas", "Läkaranteckning", "Ingrid Hallberg", "läkare", "2024-05-03T14:00:00", [
        ("Aktuellt", "20-årig man med klåda, nattsvett och mediastinal expansivitet 9 cm på DT."),
        ("Bedömning", "Misstänt Hodgkinlymfom. Mediastinoskopi bokas via thoraxkirurgin. Pat ej informerad om lymfommisstanken, endast om att en förstorad körtel i bröstkorgen behöver provtas."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Typo in the hedge (Misstänt) before Hodgkinlymfom, and the patient is explicitly not informed of the suspicion.")

add("d82-vgr-oklart-om-kll-bor-inte-informeras", "vgr", "1953-06-19", "138", [
    N("n1", "vg_angered", "Läkaranteckning", "Leila Hosseini", "läkare", "2024-01-12T09:35:00", [
        ("Aktuellt", "Lymfocytos 11 vid kontroll efter influensa i december, inga lgll, ingen mjälte."),
        ("Bedömning", "Oklart om det rör sig om KLL eller reaktiv lymfocytos efter infektionen. Flödescytometri skickad. Pat bör inte informeras om leukemimisstanken förrän svaret finns, för att undvika onödig oro."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="'Oklart om det rör sig om KLL' is hedged and the note says the patient should not yet be told.")

add("d82-skane-typo-sannolkit-t-cellslymfom-eftergranskning", "skane", "1960-04-03", "526", [
    N("n1", "sk_hemmott_malmo", "Läkaranteckning", "Sofia Lund", "läkare", "2024-04-22T15:15:00", [
        ("Utredning", "Hudbiopsi och lgll-biopsi: atypiska T-celler, förlust av CD7, klonalt TCR-rearrangemang."),
        ("Bedömning", "Sannolkit perifert T-cellslymfom. Preparatet skickat för eftergranskning till referenspatolog. Pat ska inte få veta diagnosen förrän eftergranskningen är klar, enligt beslut på MDK."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Typo in the hedge (Sannolkit); visible T-cell lymphoma that the patient is not to be told until review.")

add("d82-vgr-misstankt-hlh-ej-informerad", "vgr", "1989-09-07", "684", [
    N("n1", "vg_infek_su", "Daganteckning", "Johan Ek", "läkare", "2024-03-11T12:05:00", [
        ("Aktuellt", "Tio dagars feber efter EBV-infektion. Ferritin 42 000, triglycerider 4,8, fibrinogen 1,1, bicytopeni, splenomegali."),
        ("Bedömning", "Misstänkt HLH sekundärt till EBV, HScore 241. Hematologkonsult i dag, löslig CD25 och benmärgsprov. Pat inte informerad om HLH-misstanken ännu, har enbart fått veta att infektionen påverkat blodvärdena."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Suspected HLH in visible Bedömning; the patient has not been told about that suspicion.")

add("d82-skane-dd-aplastisk-anemi-hypoplastisk-mds", "skane", "1999-12-25", "337", [
    N("n1", "sk_hem_lund", "Daganteckning", "Karin Holm", "läkare", "2024-05-23T16:25:00", [
        ("Aktuellt", "Benmärgsbiopsi med cellularitet 10 %, inga blaster. Retikulocyter 12, neutrofila 0,4."),
        ("Bedömning", "DD aplastisk anemi och hypoplastiskt MDS, cytogenetik och NGS inväntas. Pat har inte fått veta något om dessa två möjligheter än, samtal när genetiken är klar. Syskonens HLA-typning beställs redan nu."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="An open DD between two marrow diseases stands visible and the patient has not been told of either.")

add("d82-vgr-typo-fragetecken-kml-besked-ej-lamant", "vgr", "1986-02-10", "518", [
    N("n1", "vg_medmott_sks", "Telefonanteckning", "Johanna Berg", "läkare", "2024-06-17T11:40:00", [
        ("Telefonkontakt", "Samtal med VC-läkaren som remitterat: LPK 64 med basofili. ?KML. BCR-ABL1 skickat via oss. Besked om leukemimisstanken ännu ej lämant till pat, vi träffar pat på torsdag."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="'?KML' in a visible Telefonkontakt, with a typo in 'lämnat' in the sentence saying the patient has not been told.")

add("d82-skane-draft-trolig-cns-engagemang-lymfom", "skane", "1955-11-16", "491", [
    N("n1", "sk_hem_malmo", "Daganteckning", "David Rosén", "läkare", "2024-02-29T17:50:00", [
        ("Aktuellt", "DLBCL under behandling, ny huvudvärk och dubbelseende sedan två dagar. MR hjärna: leptomeningealt kontrastuppladdande stråk."),
        ("Bedömning", "Troligt CNS-engagemang av lymfomet. LP med cytologi och flödescytometri i morgon. Pat ej informerad om att lymfomet kan ha spridits, vill ha LP-svar först."),
    ], signed=None)],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Unsigned draft: hedged CNS lymphoma in visible Bedömning, and the patient not informed of it.")

add("d82-vgr-typo-leukmi-misstanke-ssk-ej-informerad", "vgr", "1994-10-24", "376", [
    N("n1", "vg_med_sas", "Omvårdnadsanteckning", "Elin Karlsson", "sjuksköterska", "2024-01-27T22:15:00", [
        ("Omvårdnad", "Pat frågar om resultatet av dagens blodprover. Enligt jourläkaren finns misstanke om akut leukmi, men läkaren vill själv informera pat i morgon bitti tillsammans med hematolog. Pat har därför inte fått veta detta i kväll, endast att proverna ska kompletteras."),
    ])],
    must=[("NL102", "n1"), ("NL101", "n1")],
    why="Typo in the diagnosis (leukmi): a nurse records a suspected leukaemia the patient has not been told.")

add("d82-skane-kml-n1-ej-informerad-n2-informerad", "skane", "1980-07-30", "264", [
    N("n1", "sk_hemmott_lund", "Läkaranteckning", "Anders Nyberg", "läkare", "2024-01-15T16:30:00", [
        ("Aktuellt", "BCR-ABL1 p210 positiv, 45 % IS. Kronisk myeloisk leukemi i kronisk fas, Sokal låg risk."),
        ("Planering", "Pat ännu inte informerad om svaret. Nybesök med information bokat 17/1."),
    ]),
    N("n2", "sk_hemmott_lund", "Mottagningsanteckning", "Anders Nyberg", "läkare", "2024-01-17T10:45:00", [
        ("Information", "Pat informerad om KML-diagnosen, om den goda prognosen med tyrosinkinashämmare och om biverkningar av imatinib. Broschyr och kontaktuppgifter till kontaktssk lämnade."),
        ("Planering", "Imatinib 400 mg startas. Blodstatus varannan vecka första tre månaderna."),
    ], refs=["n1"])],
    must=[("NL101", "n1")],
    must_not=[("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="The first note shows a settled KML not yet told (NL101 on n1); the follow-up note records that it was told (nothing on n2).")

add("d82-vgr-aplastisk-anemi-vantar-pa-sambo", "vgr", "1996-05-14", "592", [
    N("n1", "vg_hem_su", "Läkaranteckning", "Nora Lindahl", "läkare", "2024-05-06T15:20:00", [
        ("Aktuellt", "Benmärgsbiopsi: gravt hypocellulär märg utan fibros eller infiltrat. Neutrofila 0,3, retikulocyter 15, TPK 9. Kriterierna för svår aplastisk anemi uppfyllda."),
        ("Planering", "Pat ej informerad om diagnosen ännu, vill att sambon ska vara med. Samtal i morgon kl 13. HLA-typning av pat och två syskon skickad."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Severe aplastic anaemia stated as settled; the patient has not been informed.")

add("d82-skane-t-all-foraldrar-kommer", "skane", "2005-03-02", "615", [
    N("n1", "sk_hem_lund", "Daganteckning", "Lina Persson", "läkare", "2024-02-17T20:30:00", [
        ("Aktuellt", "Flödescytometri från perifert blod: T-ALL, cytCD3+, CD7+, CD1a+. Mediastinal massa på rtg pulm."),
        ("Bedömning", "Pat, 18 år, har själv önskat att föräldrarna ska vara med när hon får svaret. Hon är därför ännu inte informerad om T-ALL-diagnosen, föräldrarna landar från Stockholm i kväll och samtalet hålls i morgon kl 08."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="An 18-year-old patient not yet informed of a settled T-ALL at her own request; the diagnosis is visible.")

add("d82-vgr-polycytemia-vera-ej-nadd", "vgr", "1958-09-25", "433", [
    N("n1", "vg_hem_nu", "Telefonanteckning", "Anna-Karin Bohlin", "läkare", "2024-04-05T14:55:00", [
        ("Telefonkontakt", "JAK2 V617F positiv, Hb 189, EPK-värden förhöjda. Diagnos polycytemia vera. Försökt nå pat för besked två gånger, ej svar. Pat känner således inte till diagnosen än. Ringer igen på måndag, venesektion bokas då."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Polycythaemia vera stated plainly; the patient could not be reached and does not know it yet.")

add("d82-skane-ssk-essentiell-trombocytemi-ej-besked", "skane", "1972-12-07", "372", [
    N("n1", "sk_hemmott_malmo", "Telefonanteckning", "Maria Ek", "sjuksköterska", "2024-03-13T09:20:00", [
        ("Telefonkontakt", "Pat ringer och undrar över benmärgsprovet. Enligt journalen visar provet essentiell trombocytemi med CALR-mutation, men pat har inte fått besked från läkaren om detta. Jag har inte lämnat svaret, pat får läkartid på onsdag."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A nurse writes the settled ET diagnosis in visible text and that the patient has not been told.")

add("d82-vgr-typo-imformerad-kll-mdk", "vgr", "1951-02-28", "254", [
    N("n1", "vg_medmott_sas", "Läkaranteckning", "Ingrid Hallberg", "läkare", "2024-06-19T16:05:00", [
        ("Aktuellt", "Flödescytometri i perifert blod: KLL, CD5+/CD23+, kappa-restriktion. Binet B. TP53 och IGHV skickade."),
        ("Planering", "Pat ej imformerad om KLL-diagnosen ännu, fallet tas på regional MDK på tisdag och pat kallas därefter."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Typo in the telling word (imformerad): a settled KLL not yet told to the patient.")

add("d82-vgr-bror-hla-match-ej-besked", "vgr", "1970-10-18", "457", [
    N("n1", "vg_hemmott_su", "Mottagningsanteckning", "Karl-Erik Moberg", "läkare", "2024-03-19T11:25:00", [
        ("Aktuellt", "AML med FLT3-ITD, i CR1 efter två kurer. Pat känner till diagnosen och planen för allogen transplantation."),
        ("Planering", "HLA-typningen visar att brodern är fullt HLA-identisk. Brodern har ännu inte fått besked om att han matchar, transplantationskoordinatorn kontaktar honom. Pat informerad om att syskondonator finns."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="The only person not told is the brother, and what he is not told is a donor match, not a diagnosis.")

add("d82-skane-benmarg-ingen-leukemi-beskedet-givet", "skane", "1985-08-11", "628", [
    N("n1", "sk_medmott_ksd", "Telefonanteckning", "Björn Axelsson", "läkare", "2024-05-31T10:05:00", [
        ("Telefonkontakt", "Ringt pat med svar på benmärgsprovet. Normocellulär märg med normal mognad, inga tecken på leukemi eller lymfom. Neutropenin är en benign etnisk neutropeni. Pat lättad, ingen ytterligare uppföljning hos oss."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Leukaemia and lymphoma are negated and the benign diagnosis is told over the phone.")

add("d82-vgr-mojlig-cmv-reaktivering-efter-allo", "vgr", "1982-04-29", "347", [
    N("n1", "vg_hem_su", "Daganteckning", "Mikael Sandberg", "läkare", "2024-04-26T10:35:00", [
        ("Bedömning", "Dag +41 efter allo-SCT. CMV-PCR 1800 IU/ml, var negativ förra veckan. Feber 38,2 och lätt ALAT-stegring, möjlig CMV-sjukdom med hepatit. Valganciklovir startas, ny PCR om en vecka."),
    ])],
    must=[("NL102", "n1")],
    why="'Möjlig CMV-sjukdom' is a hedged infectious diagnosis in visible Bedömning after transplantation.")

add("d82-skane-hemolys-sannolikt-g6pd-brist", "skane", "2000-03-23", "819", [
    N("n1", "sk_med_hbg", "Daganteckning", "Fredrik Olsson", "läkare", "2024-06-26T13:15:00", [
        ("Aktuellt", "Hb från 138 till 94 på tre dagar efter behandling med nitrofurantoin för cystit. Mörk urin, ikterisk."),
        ("Bedömning", "Akut hemolys, DAT negativ, Heinz-kroppar i utstryket. Sannolikt G6PD-brist, enzymanalys skickas men tas om tre månader då den kan vara falskt normal nu. Nitrofurantoin utsatt."),
    ])],
    must=[("NL102", "n1")],
    why="Acute haemolysis is settled but its cause, 'sannolikt G6PD-brist', is a hedged diagnosis in visible Bedömning.")

add("d82-skane-pmo-hemsjukvard-kll-trolig-pneumoni", "skane", "1934-07-12", "271", [
    N("n1", "sk_hemsjv_ang", "Hembesök", "Gunilla Roos", "sjuksköterska", "2024-02-01T11:20:00", [
        ("Aktuellt", "Hembesök hos pat med KLL och hypogammaglobulinemi. Hosta med gulgrönt slem sedan tre dagar, temp 38,3, sat 92 %."),
        ("Bedömning", "Kontakt med jourhavande distriktsläkare per telefon, som bedömer trolig pneumoni. Amoxicillin insatt, CRP i morgon, ny kontakt om sämre."),
    ], setting="öppenvård")],
    must_not=[("NL102", "n1")],
    why="PMO home-care note: 'trolig pneumoni' in a patient with KLL, but PMO never shows diagnoses.")

# Unsigned drafts (pre-signing case), in addition to those written with signed=None above.
DRAFTS = {
    "d82-vgr-dd-lymfom-sarkoidos-ebus": "n1",
    "d82-skane-varm-aiha-forenlig-med": "n1",
    "d82-vgr-myelom-dottern-ber-vanta": "n1",
    "d82-skane-inger-misstanke-plasmacellsleukemi": "n1",
    "d82-vgr-kan-ej-uteslutas-transfusionsbehov": "n1",
    "d82-skane-hemolys-sannolikt-g6pd-brist": "n1",
    "d82-vgr-oklart-om-kll-bor-inte-informeras": "n1",
    "d82-skane-follikulart-pet-utan-upptag-ej-meddelad": "n1",
}
for _c in CASES:
    if _c["case"] in DRAFTS:
        for _n in _c["record"]["notes"]:
            if _n["id"] == DRAFTS[_c["case"]]:
                _n["signed"] = None
_missing = set(DRAFTS) - {c["case"] for c in CASES}
if _missing:
    print("ERROR: DRAFTS names unknown cases:", sorted(_missing), file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
