#!/usr/bin/env python3
"""dev86: echocardiography / clinical physiology / heart failure clinic (NL101, NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_dev86_cases.jsonl"

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Skåne, Melior (hospitals)
    "lund_kf": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", SK + "4KF1"),
    "mal_kf": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Malmö", SK + "5KF2"),
    "hlm_kf": ("Klinisk fysiologi, Hässleholms sjukhus", SK + "7H31"),
    "hbg_kf": ("Klinisk fysiologi, Helsingborgs lasarett", SK + "3HK8"),
    "krs_kf": ("Klinisk fysiologi, Centralsjukhuset Kristianstad", SK + "8KF4"),
    "ystad_kf": ("Klinisk fysiologi, Ystads lasarett", SK + "6YF2"),
    "ang_kf": ("Klinisk fysiologi, Ängelholms sjukhus", SK + "2AF7"),
    "lund_kard": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", SK + "4K19"),
    "lund_kard_avd": ("Kardiologavdelning 62, Skånes universitetssjukhus Lund", SK + "4K62"),
    "lund_hf": ("Hjärtsviktsmottagningen, Skånes universitetssjukhus Lund", SK + "4HS3"),
    "lund_arytmi": ("Arytmimottagningen, Skånes universitetssjukhus Lund", SK + "4AR5"),
    "lund_thorax": ("Thoraxkirurgiska mottagningen, Skånes universitetssjukhus Lund", SK + "4TX2"),
    "lund_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "4HM7"),
    "lund_barnkard": ("Barnkardiologiska mottagningen, Skånes universitetssjukhus Lund", SK + "4BK1"),
    "mal_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Malmö", SK + "5HI9"),
    "mal_bfm": ("Bild och funktion, Skånes universitetssjukhus Malmö", SK + "5BF3"),
    "hbg_kard": ("Kardiologavdelning 3, Helsingborgs lasarett", SK + "3KA3"),
    "hbg_hf": ("Hjärtsviktsmottagningen, Helsingborgs lasarett", SK + "3HS1"),
    "hbg_infek": ("Infektionskliniken, Helsingborgs lasarett", SK + "3IN6"),
    "krs_hjart": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", SK + "8HM2"),
    "krs_hf": ("Hjärtsviktsmottagningen, Centralsjukhuset Kristianstad", SK + "8HS5"),
    "ystad_med": ("Medicinmottagningen, Ystads lasarett", SK + "6MM1"),
    "ystad_medavd": ("Medicinavdelning 4, Ystads lasarett", SK + "6MA4"),
    "trelleborg_med": ("Medicinmottagningen, Trelleborgs lasarett", SK + "9TM2"),
    "trelleborg_medavd": ("Medicinavdelning 2, Trelleborgs lasarett", SK + "9TA2"),
    "ang_hf": ("Hjärtsviktsmottagningen, Ängelholms sjukhus", SK + "2AH3"),
    "lsk_hf": ("Hjärtsviktsmottagningen, Landskrona lasarett", SK + "1LH8"),
    # Skåne, PMO (primary care)
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "P1T4"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "P2S7"),
    "vc_aastorp": ("Vårdcentralen Åstorp", SK + "P3A1"),
    "vc_hoor": ("Vårdcentralen Höör", SK + "P4H6"),
    "hsv_eslov": ("Hemsjukvården Eslöv", SK + "P5E2"),
    # VGR, Melior
    "sahl_kf": ("Klinisk fysiologi, Sahlgrenska Universitetssjukhuset, Göteborg", VG + "E1KF"),
    "sahl_kard": ("Kardiologimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "E1KM"),
    "sahl_arytmi": ("Arytmimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "E1AR"),
    "sahl_hia": ("Hjärtintensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG + "E1HI"),
    "sahl_thorax": ("Thoraxkirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "E1TX"),
    "sahl_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", VG + "E1HE"),
    "ostra_hf": ("Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "E3HS"),
    "molndal_kard": ("Kardiologimottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E2KM"),
    "molndal_avd": ("Kardiologavdelning 13, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E2K13"),
    "dsbus_barnhjart": ("Barnhjärtcentrum, Drottning Silvias barn- och ungdomssjukhus", VG + "E4BH"),
    "nal_kard": ("Kardiologimottagningen, NU-sjukvården NÄL Trollhättan", VG + "N1KM"),
    "nal_hf": ("Hjärtsviktsmottagningen, NU-sjukvården NÄL Trollhättan", VG + "N1HS"),
    "nal_kf": ("Klinisk fysiologi, NU-sjukvården NÄL Trollhättan", VG + "N1KF"),
    "uddevalla_hf": ("Hjärtsviktsmottagningen, NU-sjukvården Uddevalla sjukhus", VG + "N2HS"),
    "skovde_kf": ("Klinisk fysiologi, Skaraborgs Sjukhus Skövde", VG + "S1KF"),
    "skovde_kard": ("Kardiologimottagningen, Skaraborgs Sjukhus Skövde", VG + "S1KM"),
    "lidkoping_kf": ("Klinisk fysiologi, Skaraborgs Sjukhus Lidköping", VG + "S2KF"),
    "lidkoping_med": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", VG + "S2MM"),
    "boras_hjart": ("Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "B1HM"),
    "boras_kf": ("Klinisk fysiologi, Södra Älvsborgs Sjukhus Borås", VG + "B1KF"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "A1MM"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", VG + "K1MM"),
    "kungalv_avd": ("Medicinavdelning 5, Kungälvs sjukhus", VG + "K1M5"),
}
PMO_UNITS = {"vc_tomelilla", "vc_sjobo", "vc_aastorp", "vc_hoor", "hsv_eslov"}


# --------------------------------------------------------------------------- helpers
def pnr(birth_date, serial):
    """Personnummer YYYYMMDD-NNNC with a Luhn check digit over YYMMDDNNN."""
    digits = birth_date.replace("-", "")[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return "%s-%s%d" % (birth_date.replace("-", ""), serial, check)


def luhn_ok(pid):
    m = re.fullmatch(r"(\d{2})(\d{6})-(\d{4})", pid)
    if not m:
        return False
    digits = m.group(2) + m.group(3)
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def _iso(t):
    """'2024-03-12 10:15' -> '2024-03-12T10:15:00'."""
    return _dt.datetime.strptime(t, "%Y-%m-%d %H:%M").isoformat()


def N(unit, author, time, template, sections, nid="n1", system=None, signed=40,
      setting="öppenvård", refs=()):
    """One note. author = (name, role). signed = minutes after time, or None (draft)."""
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    name, hsa = UNITS[unit]
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def _pairs(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append([it, "n1"])
        else:
            out.append([it[0], it[1]])
    return out


def case(name, ruleset, born, serial, notes, must=(), must_not=(), why=""):
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    for n in notes:
        if n["signed"]:
            last = max(last, _dt.datetime.fromisoformat(n["signed"]))
    as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, serial), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _pairs(must),
        "must_not": _pairs(must_not),
        "why": why,
    })


# --------------------------------------------------------------------------- validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(born, at):
    b = _dt.date.fromisoformat(born)
    years = at.year - b.year - ((at.month, at.day) < (b.month, b.day))
    return years


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: case keys %s" % (nm, list(c.keys())))
        if not nm.startswith("d86-"):
            problems.append("%s: name must start with d86-" % nm)
        if nm in names:
            problems.append("%s: duplicate case name" % nm)
        names.add(nm)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            problems.append("%s: bad ruleset %s" % (nm, rs))
        if not c["why"] or len(c["why"]) < 15:
            problems.append("%s: why missing" % nm)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: non-empty access_events/conversations/treatments" % nm)
        pat = rec["patient"]
        if list(pat.keys()) != ["id", "birth_date", "protected_identity"]:
            problems.append("%s: patient keys" % nm)
        pid, born = pat["id"], pat["birth_date"]
        if not luhn_ok(pid):
            problems.append("%s: personnummer %s fails Luhn" % (nm, pid))
        if pid[:8] != born.replace("-", ""):
            problems.append("%s: personnummer %s does not match birth_date %s" % (nm, pid, born))
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % nm)
        age = _age(born, as_of.date())
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (nm, age))
        note_ids = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (nm, list(n.keys())))
            if n["id"] in note_ids:
                problems.append("%s: duplicate note id %s" % (nm, n["id"]))
            note_ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system" % nm)
            if rs == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % nm)
            if rs == "vgr" and not n["unit"]["hsa_id"].startswith(VG):
                problems.append("%s: VGR case with non-VGR unit" % nm)
            if rs == "skane" and not n["unit"]["hsa_id"].startswith(SK):
                problems.append("%s: Skåne case with non-Skåne unit" % nm)
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append("%s: note time %s" % (nm, n["time"]))
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    problems.append("%s: signed %s" % (nm, n["signed"]))
            if n["author"]["role"] not in ("läkare", "sjuksköterska", "biomedicinsk analytiker",
                                           "undersköterska", "fysioterapeut"):
                problems.append("%s: odd role %s" % (nm, n["author"]["role"]))
            if not n["sections"]:
                problems.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append("%s: bad section" % nm)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (nm, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r"
                                            % (nm, seen_sent[sent][0], sent))
                        elif sent in seen_sent:
                            problems.append("%s: sentence repeated within section: %r" % (nm, sent))
                        seen_sent[sent] = (nm, n["id"], sec["keyword"])
        asserted = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (nm, code))
                if target not in note_ids:
                    problems.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (nm, code, target))
                asserted.add((code, target))
                sysname = note_ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    problems.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: nothing asserted" % nm)
    return problems


def stats(cases):
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    return counts


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    by_rs = {}
    by_sys = {}
    drafts = 0
    for c in CASES:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            by_sys[n["system"]] = by_sys.get(n["system"], 0) + 1
            drafts += n["signed"] is None
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets:", by_rs, "notes by system:", by_sys, "unsigned drafts:", drafts)
    for code, cnt in sorted(stats(CASES).items()):
        print("%s must=%d must_not=%d" % (code, cnt["must"], cnt["must_not"]))


# =========================================================================== cases
# ---------------------------------------------------------------- Skåne: eko, klin fys
case("d86-sk-eko-inger-misstanke-kardiell-amyloidos", "skane", "1946-02-11", "273", [
    N("lund_kf", ("Helena Bergkvist", "läkare"), "2024-02-19 13:40", "Klinisk fysiologi utlåtande", [
        ("Undersökning", "Transtorakal ekokardiografi inkl. strainanalys. Sinusrytm 68/min under undersökningen. "
                         "Acceptabel insonering från apikala fönster, sämre parasternalt."),
        ("Fynd", "Koncentriskt förtjockad vänsterkammare, IVSd 17 mm, LVPWd 16 mm, normal kavitetsstorlek. "
                 "Myokardiet har ett granulärt, glittrande utseende. EF ca 50 % (biplan). "
                 "GLS -11 % med uttalat nedsatt basal deformation och relativt bevarad apikal funktion. "
                 "Restriktiv fyllnad, E/e' 19, förstorat vänster förmak (LAVI 48 ml/m2). "
                 "Förtjockat förmaksseptum och lätt förtjockade AV-klaffar. "
                 "Liten perikardvätska utan hemodynamisk betydelse."),
        ("Utlåtande", "Sammantaget inger fynden misstanke om kardiell amyloidos. "
                      "Förslag: DPD-scintigrafi, fria lätta kedjor i serum samt elektrofores av serum och urin."),
    ])],
    must=["NL102"],
    why="'inger misstanke om' kardiell amyloidos i synligt utlåtande från klinisk fysiologi (Melior)")

case("d86-sk-hcm-trolig-osignerat-utkast-kardiomypati-typo", "skane", "1989-07-30", "415", [
    N("krs_hjart", ("Johan Nilsson", "läkare"), "2024-04-03 10:20", "Mottagningsanteckning läkare", [
        ("Aktuellt", "34-årig man remitterad från företagshälsovården pga avvikande EKG vid hälsokontroll. "
                     "Andfåddhet vid löpning i uppförsbacke sedan ett halvår, ingen synkope."),
        ("Hereditet", "Inga kända fall av plötslig död i släkten."),
        ("Status", "Cor: systoliskt blåsljud 3/6 vänster sternalrand som ökar vid Valsalva. BT 128/76."),
        ("Bedömning", "Trolig hypertrofisk kardiomypati med septum 21 mm, SAM-fenomen och LVOT-gradient "
                      "35 mmHg i vila, 78 mmHg vid Valsalva."),
        ("Planering", "MR hjärta, 24-timmars Holter och remiss till genetisk mottagning. "
                      "Avråds från tävlingsidrott tills vidare."),
    ], signed=None)],
    must=["NL102"],
    why="trolig HCM (typo 'kardiomypati') under Bedömning i ett osignerat utkast; hedgad diagnos synlig")

case("d86-sk-eko-talar-emot-amyloidengagemang", "skane", "1958-11-04", "128", [
    N("mal_kf", ("Ingrid Sjöberg", "läkare"), "2024-05-14 15:05", "Klinisk fysiologi utlåtande", [
        ("Remissuppgifter", "Hematologen önskar värdering av hjärtat vid känd MGUS med stigande lätta kedjor."),
        ("Fynd", "Normal vänsterkammarstorlek och väggtjocklek (IVSd 9 mm). EF 63 %, GLS -20 % utan regional skillnad. "
                 "Normal diastolisk funktion, E/e' 8. Normala klaffar."),
        ("Utlåtande", "Normal ekokardiografi. Normal väggtjocklek och normal longitudinell strain "
                      "talar emot kardiellt amyloidengagemang."),
    ])],
    must_not=["NL102"],
    why="'talar emot' negerar amyloidos; MGUS är bekräftad; ingen hedgad diagnos")

case("d86-sk-hia-mojlig-myokardit", "skane", "1999-03-21", "531", [
    N("mal_hia", ("Sara Ekström", "läkare"), "2024-06-08 11:30", "Daganteckning", [
        ("Aktuellt", "Inkom i natt med tryckande bröstsmärta efter en veckas förkylning med feber. "
                     "TnT 412 → 688 ng/l. EKG med konkava ST-höjningar i flera avledningar utan spegelbild."),
        ("Ekokardiografi", "Bedside-eko: EF ca 50 % med lätt hypokinesi inferolateralt, ingen perikardvätska."),
        ("Bedömning", "Möjlig akut myokardit i anslutning till virusinfektion. Akut koronart syndrom bedöms mindre "
                      "sannolikt hos 25-åring utan riskfaktorer, koronarangiografi diskuteras med bakjour."),
        ("Planering", "MR hjärta på måndag. Telemetri. Fysisk vila."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'möjlig' akut myokardit under Bedömning på hjärtintensiven")

case("d86-sk-takotsubo-kan-rora-sig-om", "skane", "1951-09-17", "762", [
    N("hbg_kard", ("Mats Persson", "läkare"), "2024-02-27 09:50", "Daganteckning", [
        ("Aktuellt", "Inlagd igår med bröstsmärta dagen efter makens bortgång. Angio utan signifikanta stenoser."),
        ("Bedömning", "Vänsterventrikulografi och eko visar apikal ballongering med hyperkinetiska basala segment. "
                      "Kan röra sig om takotsubokardiomyopati; myokardit är en alternativ förklaring."),
        ("Åtgärd", "Behåller betablockad. Kontrolleko om 6 veckor."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'kan röra sig om' takotsubo och myokardit som alternativ förklaring, synligt")

case("d86-sk-sokord-tidiga-hypoteser-i-lakaranteckning-fabry", "skane", "1978-12-02", "655", [
    N("lund_kard", ("Karin Holmgren", "läkare"), "2024-09-10 14:15", "Läkaranteckning", [
        ("Aktuellt", "Återbesök efter MR hjärta. Lätt ansträngningsdyspné, brännande smärtor i händer och fötter sedan tonåren."),
        ("Tidiga hypoteser", "Misstänkt Fabrys sjukdom med tanke på vänsterkammarhypertrofi, kort PQ-tid, "
                             "neuropatisk smärta och proteinuri. Alfa-galaktosidas A-aktivitet beställd."),
        ("Planering", "Nytt besök när enzymsvaret finns."),
    ])],
    must=["NL102"],
    why="Skåne skyddar via mallen Tidiga hypoteser, inte via sökord: hypotesen under sökordet i en vanlig Läkaranteckning är synlig")

case("d86-sk-mall-tidiga-hypoteser-al-amyloidos-ej-informerad", "skane", "1955-05-23", "347", [
    N("lund_kard", ("Erik Lundberg", "läkare"), "2024-03-05 16:40", "Tidiga hypoteser", [
        ("Bedömning", "Sannolik AL-amyloidos med hjärtengagemang: NT-proBNP 6400, TnT 58, kvot fria lätta kedjor "
                      "kappa/lambda 14. Ekot med typisk bild."),
        ("Planering", "Pat ej informerad om misstanken. Benmärgsbiopsi och bukfettsbiopsi beställda; "
                      "besked när vävnadsdiagnos finns."),
    ])],
    must_not=["NL102", "NL101"],
    why="hedgad diagnos och 'ej informerad' står endast i Skånes skyddade mall Tidiga hypoteser")

case("d86-sk-barneko-pappan-sannolikt-hcm", "skane", "2015-08-14", "208", [
    N("lund_barnkard", ("Lena Forsberg", "läkare"), "2024-10-01 10:00", "Mottagningsanteckning läkare", [
        ("Anamnes", "9-årig flicka som kommer med mamma för screening. Pappan har sannolikt hypertrofisk "
                    "kardiomyopati och utreds just nu på vuxenkardiologen i Malmö. "
                    "Flickan är symtomfri och spelar fotboll tre gånger i veckan."),
        ("Status", "Välmående. Cor: regelbunden rytm, inga blåsljud. Perifera pulsar palpabla."),
        ("Ekokardiografi", "Normala dimensioner och väggtjocklekar för åldern (IVSd z-score +0,4). "
                           "Normal systolisk och diastolisk funktion."),
        ("Bedömning", "Normalt hjärta idag. Ny kontroll om ett år eller tidigare om pappans diagnos bekräftas genetiskt."),
    ])],
    must_not=["NL102"],
    why="den hedgade HCM-diagnosen gäller pappan, inte barnet (barn <13, vårdnadshavare läser)")

case("d86-sk-holter-sannolikt-paroxysmalt-ff", "skane", "1960-04-12", "386", [
    N("ystad_kf", ("Peter Axelsson", "läkare"), "2024-08-20 13:00", "Långtids-EKG utlåtande", [
        ("Registrering", "24-timmars Holter, analyserbar tid 23 h 40 min. Grundrytm sinusrytm, frekvens 52–128, medel 74/min."),
        ("Fynd", "Enstaka SVES (totalt 210), inga VES. Kl 03:12 en 40 sekunder lång episod av oregelbunden "
                 "smal-QRS-takykardi, 130–150/min, sannolikt paroxysmalt förmaksflimmer. "
                 "Dagboken anger hjärtklappning kl 03:15."),
        ("Utlåtande", "Kortvarig episod av trolig paroxysmal FF med symtomkorrelation. Inga pauser."),
    ])],
    must=["NL102"],
    why="'sannolikt'/'trolig' paroxysmalt förmaksflimmer i synligt Holter-utlåtande")

case("d86-sk-holter-av-block-ej-informerad-infor-pacemaker", "skane", "1939-06-06", "491", [
    N("trelleborg_medavd", ("Maria Dahl", "sjuksköterska"), "2024-03-18 15:30", "Omvårdnadsanteckning", [
        ("Aktuellt", "Holter nedtagen kl 14. Dr Lind har granskat registreringen: intermittent AV-block III "
                     "med pauser upp till 5,2 sekunder nattetid."),
        ("Planering", "Pat är ännu inte informerad om AV-blocket; dr Lind samtalar med pat och hustru i eftermiddag "
                      "inför pacemakerinläggning i Lund. Fastar från midnatt."),
    ], setting="slutenvård")],
    must=["NL101"], must_not=["NL102"],
    why="bekräftat AV-block III synligt medan texten säger att pat ännu inte informerats")

case("d86-sk-holter-skulle-kunna-vara-fladder", "skane", "1972-10-09", "524", [
    N("hbg_kf", ("Ola Sandberg", "läkare"), "2024-11-05 11:10", "Långtids-EKG utlåtande", [
        ("Fynd", "48 timmars registrering med sinusrytm och normal frekvensvariation. En 12 minuter lång episod av "
                 "regelbunden takykardi 150/min med smala QRS-komplex, som skulle kunna vara förmaksfladder med "
                 "2:1-överledning; sinustakykardi är differentialdiagnos då P-vågorna är svårbedömda."),
    ])],
    must=["NL102"],
    why="'skulle kunna vara' förmaksfladder, en enda sektion i Holter-svar")

case("d86-sk-holter-emboliorsak-avskirvs-typo", "skane", "1949-12-24", "631", [
    N("lund_kf", ("Nils Åkesson", "läkare"), "2024-04-22 14:45", "Långtids-EKG utlåtande", [
        ("Remissuppgifter", "Ischemisk stroke i vänster media-område 10/4, utredning av emboliorsak."),
        ("Fynd", "72 timmars Holter. Sinusrytm genomgående, inga episoder av förmaksflimmer eller förmaksfladder. "
                 "Sparsamma SVES utan salvor."),
        ("Utlåtande", "Ingen arytmi påvisad. Tillsammans med normalt eko och normalstort vänster förmak "
                      "avskirvs förmaksflimmer som emboliorsak."),
    ])],
    must_not=["NL102"],
    why="förmaksflimmer avskrivs (typo 'avskirvs'); stroken är bekräftad; ingen hedgad diagnos")

case("d86-sk-arbetsprov-talar-for-kranskarlssjukdom", "skane", "1963-03-03", "717", [
    N("hlm_kf", ("Eva Strand", "läkare"), "2024-05-29 10:30", "Arbetsprov utlåtande", [
        ("Undersökning", "Cykelergometri med stegrande belastning, start 30 W, ökning 10 W/min. Betablockad utsatt 48 h innan."),
        ("Resultat", "Max 170 W (88 % av förväntat), maxpuls 158/min (96 %). Avbröts pga benfatigue, Borg 17. "
                     "Horisontella ST-sänkningar 2 mm i V4–V6 från 140 W, normaliserade efter 4 minuters vila. "
                     "Ingen bröstsmärta, inga arytmier. BT 140/85 → 210/90."),
        ("Utlåtande", "Positivt arbetsprov avseende ischemi; fynden talar för kranskärlssjukdom."),
    ])],
    must=["NL102"],
    why="'talar för' kranskärlssjukdom i synligt arbetsprovsutlåtande")

case("d86-sk-arbetsprov-anstrangningshypertoni-fragetecken", "skane", "1981-07-19", "339", [
    N("ang_kf", ("Sofia Lind", "läkare"), "2024-06-12 08:55", "Arbetsprov utlåtande", [
        ("Resultat", "Uppnådd belastning 250 W, 115 % av förväntat. Inga ischemiska ST-förändringar. "
                     "Systoliskt blodtryck steg från 150 till 250 mmHg vid 225 W."),
        ("Utlåtande", "Ingen ischemi. Kraftig blodtrycksreaktion – ansträngningshypertoni? "
                      "Ambulatorisk 24-timmars blodtrycksmätning rekommenderas."),
    ])],
    must=["NL102"],
    why="frågetecken efter diagnosen ansträngningshypertoni; 'Ingen ischemi' bredvid är negerad")

# ---------------------------------------------------------------- Skåne: hjärtsviktsmottagning, PMO
case("d86-sk-hfssk-titrering-ev-hojning-plan", "skane", "1952-02-18", "853", [
    N("hbg_hf", ("Camilla Nord", "sjuksköterska"), "2024-01-23 09:30", "Hjärtsviktsmottagning ssk", [
        ("Aktuellt", "Återbesök för upptitrering enligt protokoll. Känd HFrEF, EF 30 % på eko i november, NYHA II. "
                     "Mår bättre, går 2 km promenad utan att stanna."),
        ("Status", "BT 112/68, puls 64 regelbunden. Vikt 82,4 kg (82,6 förra gången). Lätta ankelödem bilat. Inga rassel."),
        ("Provsvar", "K 4,6, krea 102, eGFR 61, Na 139."),
        ("Åtgärd", "Bisoprolol höjs från 5 mg till 7,5 mg x 1 efter ordination av dr Ahmadi. "
                   "Sakubitril/valsartan oförändrat 49/51 mg x 2."),
        ("Planering", "Ev. höjning av sakubitril/valsartan vid nästa besök om 3 veckor, lab innan."),
    ])],
    must_not=["NL102"],
    why="'Ev.' gäller nästa titreringssteg (plan); hjärtsvikten är bekräftad")

case("d86-sk-hfssk-telefon-trolig-pneumoni", "skane", "1947-08-08", "266", [
    N("lsk_hf", ("Annika Roos", "sjuksköterska"), "2024-02-14 13:20", "Telefonanteckning", [
        ("Telefonkontakt", "Pat ringer. Hosta med gulgrönt slem sedan 4 dagar, feber 38,4 igår, ökad andfåddhet. "
                           "Vikt oförändrad 71 kg, inga ökade bensvullnader."),
        ("Bedömning", "Trolig pneumoni som kan försämra hjärtsvikten. Vätskestatus verkar stabil."),
        ("Åtgärd", "Hänvisad till vårdcentralen idag för CRP och läkarbedömning. "
                   "Pausar dapagliflozin under akut sjukdom enligt sick day rules."),
    ], signed=None)],
    must=["NL102"],
    why="hjärtsviktssköterska skriver 'trolig pneumoni' i osignerad telefonanteckning (Melior)")

case("d86-sk-pmo-vc-misstankt-hjartsvikt", "skane", "1950-10-30", "075", [
    N("vc_tomelilla", ("Gunnar Bengtsson", "läkare"), "2024-03-07 11:00", "Läkarbesök", [
        ("Anamnes", "Tilltagande andfåddhet vid ansträngning sedan jul, behöver två kuddar för att sova. "
                    "Svullna fotleder på kvällarna."),
        ("Status", "Halsvenstas i 45 grader. Basala rassel bilat. Pittingödem till mitt på underbenen."),
        ("Bedömning", "Misstänkt hjärtsvikt, NT-proBNP 1850 ng/l. EKG sinusrytm med vänstergrenblock."),
        ("Åtgärd", "Furosemid 40 mg x 1. Remiss för ekokardiografi till klinisk fysiologi Ystad."),
    ])],
    must_not=["NL102"],
    why="PMO visar aldrig diagnoser: 'misstänkt hjärtsvikt' på vårdcentral ger inget NL102")

case("d86-sk-pmo-susp-amyloidos-ej-informerad", "skane", "1944-06-15", "199", [
    N("vc_sjobo", ("Lisa Ohlsson", "läkare"), "2024-04-29 15:10", "Journalanteckning", [
        ("Aktuellt", "Svar på ekokardiografi inkommit: susp. kardiell amyloidos, klin fys föreslår DPD-scintigrafi."),
        ("Åtgärd", "Remiss skickad till kardiologen CSK. Pat ej informerad om misstanken ännu, tid på VC bokas "
                   "nästa vecka för att ge svaret muntligt."),
    ])],
    must_not=["NL102"],
    why="PMO: hedgad amyloidos och 'ej informerad' på vårdcentral; NL102 aldrig, NL101 inte asserterat på PMO")

case("d86-sk-hfssk-ny-dos-ej-meddelad", "skane", "1957-05-05", "414", [
    N("ang_hf", ("Jenny Falk", "sjuksköterska"), "2024-05-16 16:00", "Hjärtsviktsmottagning ssk", [
        ("Aktuellt", "Labbsvar efter doshöjning: K 4,9, krea 118 (tidigare 104). "
                     "HFmrEF, EF 45 %, ischemisk genes efter framväggsinfarkt 2021."),
        ("Bedömning", "Acceptabel påverkan på njurfunktionen. Dr Ahmadi ordinerar metoprolol 150 mg."),
        ("Planering", "Den nya dosen är ännu inte meddelad pat; ringer henne i morgon förmiddag och uppdaterar läkemedelslistan."),
    ])],
    must_not=["NL101"],
    why="det som ännu inte är berättat är en dosändring, inte diagnosen")

case("d86-sk-hfssk-nybesok-informerad-med-dottern", "skane", "1940-11-11", "333", [
    N("krs_hf", ("Therese Magnusson", "sjuksköterska"), "2024-06-25 10:45", "Hjärtsviktsmottagning ssk", [
        ("Information", "Nybesök hos hjärtsviktssköterska. Pat och dottern informerade om diagnosen hjärtsvikt med "
                        "nedsatt pumpförmåga (EF 35 %), hur sjukdomen yttrar sig och varför flera läkemedel behövs. "
                        "Egenvårdsbroschyr och vågdagbok givna."),
        ("Egenvård", "Genomgång av daglig vägning, vätskeintag cirka 1,5–2 liter och saltbegränsning. "
                     "Pat förstår och kan återberätta."),
        ("Planering", "Telefonkontakt om 2 veckor, besök efter 4 veckor."),
    ])],
    must_not=["NL101"],
    why="pat informerad idag om den bekräftade diagnosen")

case("d86-sk-pmo-hemsjukvard-trolig-hjartsviktsforsamring", "skane", "1934-09-02", "284", [
    N("hsv_eslov", ("Malin Persson", "sjuksköterska"), "2024-07-18 14:25", "Hemsjukvård omvårdnad", [
        ("Aktuellt", "Hembesök. Vikt 64,2 kg, +1,8 kg på tre dagar. Ödem upp till knäna, andfådd vid förflyttning till toaletten."),
        ("Bedömning", "Trolig hjärtsviktsförsämring, eventuellt pga för lite vätskedrivande efter att hon själv hoppat över doser."),
        ("Åtgärd", "Kontakt med hjärtsviktsmottagningen Lund, dr ordinerar extra furosemid 40 mg i 3 dagar. "
                   "Nytt hembesök på måndag."),
    ])],
    must_not=["NL102"],
    why="PMO hemsjukvård: hedgad försämring syns aldrig för patienten")

case("d86-sk-hfssk-sarkoidos-ej-infomerad-typo", "skane", "1968-01-26", "571", [
    N("lund_hf", ("Hanna Svensson", "sjuksköterska"), "2024-06-10 11:50", "Hjärtsviktsmottagning ssk", [
        ("Aktuellt", "Besök för blodprover och vikt inför läkarbesök. Biopsi från mediastinal lymfkörtel visar "
                     "icke-kaseös granulomatös inflammation och MR hjärta har typiskt LGE-mönster; "
                     "kardiell sarkoidos fastställdes vid MDK 5/6."),
        ("Planering", "Pat ej infomerad om sarkoidosdiagnosen ännu – dr Berg ger beskedet vid besöket 14/6 och startar då kortison."),
    ])],
    must=["NL101"],
    why="'ej infomerad' (typo) om fastställd kardiell sarkoidos som står synligt")

case("d86-sk-epikris-lang-allt-bekraftat-informerade", "skane", "1945-03-14", "417", [
    N("hbg_kard", ("Fredrik Holm", "läkare"), "2024-08-29 14:00", "Epikris", [
        ("Sammanfattning", "79-årig man med känd hypertoni, typ 2-diabetes och KOL som inkom 22/8 med tilltagande andnöd "
                           "och viktuppgång 6 kg. Röntgen pulm visade stas och bilaterala pleuravätskor. NT-proBNP 9800. "
                           "Eko visade nytillkommen nedsatt EF 30 % med dilaterad vänsterkammare och regionala "
                           "väggrörelsestörningar i LAD-området. Koronarangiografi 26/8 med ocklusion av proximala LAD "
                           "och 80 % stenos i RCA, ej lämpligt för PCI; remiss till hjärtkonferens för ställningstagande "
                           "till CABG. Diuretikabehandlad iv med god effekt, vikt ned 7 kg. Ingen infektion, CRP normalt "
                           "hela vårdtiden. Inga tecken på förmaksflimmer på telemetrin."),
        ("Diagnos", "Akut hjärtsvikt. Ischemisk kardiomyopati. Kranskärlssjukdom, tvåkärlssjukdom. "
                    "Hypertoni. Typ 2-diabetes. KOL."),
        ("Läkemedel", "Insatt: sakubitril/valsartan 24/26 mg x 2, bisoprolol 2,5 mg, spironolakton 25 mg, "
                      "dapagliflozin 10 mg, furosemid 40 mg x 1. Utsatt: amlodipin, enalapril."),
        ("Information", "Pat och hustrun informerade om angiografifyndet, diagnosen hjärtsvikt och planen med "
                        "hjärtkonferens. Båda har fått skriftlig information om egenvård."),
        ("Uppföljning", "Hjärtsviktssköterska Helsingborg ringer inom en vecka. Trolig kallelse till thoraxkirurgisk "
                        "bedömning i Lund inom 4–6 veckor. Lab (K, krea) om 1 vecka på VC."),
    ], setting="slutenvård")],
    must_not=["NL102", "NL101"],
    why="lång epikris: bara bekräftade diagnoser, negationer och hedge på kallelse (plan); pat informerad")

case("d86-sk-hfmott-lang-nybesok-etiologi-oklar", "skane", "1966-12-09", "635", [
    N("lund_hf", ("Rasmus Friberg", "läkare"), "2024-09-24 13:30", "Mottagningsanteckning läkare", [
        ("Anamnes", "57-årig man, tidigare frisk, icke-rökare, måttligt alkoholbruk (ca 10 standardglas/vecka). "
                    "Remitteras från VC efter fynd av nedsatt EF. Sedan i våras successivt tilltagande "
                    "ansträngningsdyspné, nu NYHA II–III. Ingen bröstsmärta, ingen synkope. "
                    "Morfar hade 'hjärtförstoring' och dog i 60-årsåldern."),
        ("Status", "AT gott. BT 118/74, puls 88 regelbunden. Cor: galopprytm, inga blåsljud. "
                   "Pulm: basala rassel höger. Lätta ankelödem."),
        ("Utredning", "Eko 9/9: LVEDD 68 mm, EF 25 %, global hypokinesi, måttlig funktionell MI. "
                      "EKG: sinusrytm, vänstergrenblock, QRS 156 ms. NT-proBNP 3450, TnT 22, ferritin 45, TSAT 14 %."),
        ("Bedömning", "Nydiagnostiserad hjärtsvikt med kraftigt nedsatt EF och vänstergrenblock. Etiologin är oklar: "
                      "ischemisk kardiomyopati behöver uteslutas, men bilden kan också passa med idiopatisk dilaterad "
                      "kardiomyopati, ev. med ärftlig komponent med tanke på morfadern. Järnbrist."),
        ("Planering", "DT kranskärl, därefter MR hjärta. Startar bisoprolol 1,25 mg, sakubitril/valsartan 24/26 mg x 2 "
                      "och dapagliflozin 10 mg. Järninfusion. Ny bedömning av CRT-indikation efter 3 månaders "
                      "optimerad behandling. Hjärtsviktssköterska tar över titreringen."),
    ], signed=None)],
    must=["NL102"],
    why="lång nybesöksanteckning (utkast): etiologin hedgad – dilaterad kardiomyopati 'kan också passa', ischemisk ska uteslutas")

case("d86-sk-eko-mattlig-aortastenos-graderad", "skane", "1948-04-27", "262", [
    N("ystad_kf", ("Peter Axelsson", "läkare"), "2024-03-26 10:15", "Klinisk fysiologi utlåtande", [
        ("Fynd", "Förkalkad trikuspid aortaklaff med nedsatt rörlighet. Vmax 3,5 m/s, medelgradient 29 mmHg, "
                 "AVA 1,2 cm2 (kontinuitetsekvationen), dimensionslöst index 0,32. "
                 "Normal LV-storlek, EF 60 %, lätt koncentrisk remodellering."),
        ("Utlåtande", "Måttlig aortastenos, lätt progress sedan 2022 (då medelgradient 22 mmHg). "
                      "Förslag: ny kontroll om ett år, tidigare vid symtom."),
    ])],
    must_not=["NL102"],
    why="graderad aortastenos utan hedge är en bekräftad diagnos")

case("d86-sk-tavi-koordinator-datum-ej-meddelat", "skane", "1941-07-07", "215", [
    N("lund_thorax", ("Lotta Ek", "sjuksköterska"), "2024-09-13 10:40", "Sjuksköterskeanteckning", [
        ("Aktuellt", "Svår symtomgivande aortastenos, AVA 0,6 cm2. Accepterad för transfemoral TAVI vid hjärtkonferens 12/9."),
        ("Planering", "Pat är ännu inte informerad om operationsdatum, då tiden 8/10 först ska bekräftas av operatören. "
                      "Koordinator ringer pat när datum är spikat."),
    ])],
    must_not=["NL101"],
    why="det som inte är berättat är operationsdatumet, inte diagnosen")

case("d86-sk-mps-forenligt-med-ischemi-ej-informerad", "skane", "1959-09-19", "754", [
    N("mal_kf", ("Jonas Berg", "läkare"), "2024-10-15 14:20", "Klinisk fysiologi utlåtande", [
        ("Undersökning", "Myokardskintigrafi med Tc-99m-tetrofosmin, adenosinbelastning och vila, tvådagarsprotokoll."),
        ("Fynd", "Reversibel perfusionsdefekt i framväggen och apex, omfattande ca 12 % av vänsterkammaren. "
                 "Normal EF i vila. Ingen transitorisk ischemisk dilatation."),
        ("Utlåtande", "Fynden är förenliga med ischemi i LAD-området och talar för signifikant kranskärlsstenos."),
        ("Kommentar", "Patienten har inte informerats om resultatet vid undersökningstillfället; svaret går till "
                      "remitterande kardiolog som meddelar patienten."),
    ])],
    must=["NL102", "NL101"],
    why="hedgad kranskärlsstenos ('talar för') i synligt svar och texten säger att pat inte informerats")

case("d86-sk-hcm-17-ar-besked-fredag-med-mamma", "skane", "2006-11-21", "389", [
    N("lund_kard", ("Karin Holmgren", "läkare"), "2024-05-22 15:50", "Läkaranteckning", [
        ("Aktuellt", "MR hjärta från 15/5 granskad med radiolog: asymmetrisk septal hypertrofi, maximal väggtjocklek "
                     "19 mm, fläckvis LGE i septum. Diagnosen hypertrofisk kardiomyopati är därmed fastställd."),
        ("Planering", "Pat har ännu inte fått beskedet; han önskar att mamma är med och vi ses därför tillsammans "
                      "fredag 24/5. Då tas även frågan om fortsatt ishockey och genetisk testning upp."),
    ])],
    must=["NL101"],
    why="17-åring läser själv: fastställd HCM synlig medan texten säger att han ännu inte fått beskedet")

case("d86-sk-mr-fynd-forenliga-med-hcm", "skane", "1975-02-28", "468", [
    N("mal_bfm", ("Viktor Almqvist", "läkare"), "2024-02-09 12:05", "Röntgenutlåtande", [
        ("Utlåtande", "MR hjärta med kontrast. Asymmetrisk hypertrofi av basala och mellersta septum, max 18 mm. "
                      "Fläckvis midmyokardiell LGE vid högerkammarens insertioner. Normal EF 68 %. "
                      "Fynden är förenliga med hypertrofisk kardiomyopati."),
    ])],
    must=["NL102"],
    why="'förenliga med' HCM i synligt MR-utlåtande (Melior)")

case("d86-sk-pmo-vc-trol-hcm-ekg", "skane", "1990-06-30", "116", [
    N("vc_aastorp", ("Nadia Haddad", "läkare"), "2024-01-30 09:20", "Läkarbesök", [
        ("Aktuellt", "Kommer för yrsel vid träning. EKG med uttalade vänsterkammarhypertrofikriterier och "
                     "djupa negativa T-vågor i V3–V6."),
        ("Bedömning", "Trol. HCM, DD atlethjärta hos vältränad man."),
        ("Åtgärd", "Remiss till kardiologen Helsingborg, förtur. Avråder från hård träning tills vidare."),
    ])],
    must_not=["NL102"],
    why="PMO: 'Trol. HCM' på vårdcentral visas aldrig som diagnos")

case("d86-sk-eko-trolig-barlow", "skane", "1970-05-17", "542", [
    N("lund_kf", ("Helena Bergkvist", "läkare"), "2024-04-09 11:35", "Klinisk fysiologi utlåtande", [
        ("Fynd", "Redundanta, förtjockade mitralisklaffsegel med prolaps av både främre och bakre seglet (A2, P2, P3). "
                 "Måttlig-uttalad mitralisinsufficiens, flera jetstrålar, vena contracta 6 mm. "
                 "Dilaterat vänster förmak, LAVI 45 ml/m2. EF 66 %, LVESD 38 mm."),
        ("Utlåtande", "Bileaflet-prolaps, trolig Barlows sjukdom, med måttlig till uttalad MI. "
                      "Förslag TEE inför ställningstagande till mitralisplastik."),
    ])],
    must=["NL102"],
    why="'trolig Barlows sjukdom' i synligt ekoutlåtande")

case("d86-sk-eko-pulmonell-hypertension-kan-inte-uteslutas", "skane", "1953-08-03", "923", [
    N("krs_kf", ("Ulf Sjögren", "läkare"), "2024-07-23 09:40", "Klinisk fysiologi utlåtande", [
        ("Fynd", "Dilaterad högerkammare (basal diameter 46 mm), TAPSE 15 mm. Måttlig trikuspidalisinsufficiens, "
                 "TR-gradient 48 mmHg. Vidgad vena cava inferior utan andningsvariation. Normal vänsterkammarfunktion."),
        ("Utlåtande", "Pulmonell hypertension kan inte uteslutas. Högerkateterisering rekommenderas om kliniskt motiverat."),
    ])],
    must=["NL102"],
    why="'kan inte uteslutas' om pulmonell hypertension i synligt utlåtande")

case("d86-sk-hia-misstankt-protestrombos", "skane", "1962-12-12", "597", [
    N("mal_hia", ("Sara Ekström", "läkare"), "2024-11-19 20:15", "Inskrivningsanteckning", [
        ("Anamnes", "Mekanisk mitralisklaffprotes sedan 2015 (On-X). Waran, men svängande INR senaste månaden "
                    "efter antibiotikakur. Inkommer med tilltagande andnöd sedan 3 dagar."),
        ("Status", "Dämpade klaffklick vid auskultation. Sat 91 % på luft. Basala rassel bilat."),
        ("Bedömning", "Ekot visar medelgradient 14 mmHg över mitralisprotesen (tidigare 4) och nedsatt rörlighet i "
                      "ena disken. Misstänkt protestrombos, DD pannus. INR idag 1,6."),
        ("Åtgärd", "Heparininfusion enligt PM. Genomlysning av protesen och TEE i morgon bitti. "
                   "Thoraxkirurgisk bakjour kontaktad."),
    ], setting="slutenvård", signed=None)],
    must=["NL102"],
    why="'misstänkt protestrombos, DD pannus' i osignerad inskrivningsanteckning")

case("d86-sk-avd-trolig-utskrivning-i-morgon", "skane", "1938-02-02", "148", [
    N("ystad_medavd", ("Emil Ström", "läkare"), "2024-12-03 10:25", "Daganteckning", [
        ("Aktuellt", "Dag 4 för akut dekompenserad hjärtsvikt med bevarad EF. Vikt ned 4,2 kg sedan inkomst, "
                     "andas lättare, klarar korridoren med rollator."),
        ("Status", "Sat 95 % på luft. Inga rassel. Lätta ödem vid anklarna."),
        ("Planering", "Byter till peroral furosemid 40 mg x 2. Trolig utskrivning i morgon förmiddag om vikten står still. "
                      "Hemsjukvården kontaktad för daglig vägning."),
    ], setting="slutenvård")],
    must_not=["NL102"],
    why="'trolig utskrivning' är en plan; hjärtsvikten är bekräftad")

case("d86-sk-arbetsprov-ingen-misstnake-typo", "skane", "1977-09-09", "771", [
    N("hbg_kf", ("Kristina Wik", "läkare"), "2024-08-07 08:45", "Arbetsprov utlåtande", [
        ("Resultat", "Belastning till 260 W (120 % av förväntat), maxpuls 178/min. Normalt blodtryckssvar. "
                     "Uppsloping ST-sänkning 0,5 mm vid maxbelastning, normaliserad direkt i vila. Inga arytmier, inga symtom."),
        ("Utlåtande", "Normalt arbetsprov med god arbetsförmåga. Ingen misstnake om ansträngningsutlöst ischemi."),
    ])],
    must_not=["NL102"],
    why="negerad misstanke med typo ('Ingen misstnake om') ger inget NL102")

# ---------------------------------------------------------------- Skåne: amyloidos, NL101, övrigt
case("d86-sk-amyloid-tidiga-hypoteser-sedan-informerad", "skane", "1943-10-20", "455", [
    N("lund_kard", ("Erik Lundberg", "läkare"), "2024-02-06 15:00", "Tidiga hypoteser", [
        ("Bedömning", "Misstänkt ATTR-amyloidos: bilateralt karpaltunnelsyndrom opererat 2019, lumbal spinal stenos, "
                      "eko med apical sparing. Ännu ej diskuterat med pat, avvaktar DPD-scint."),
    ], nid="n1"),
    N("lund_kard", ("Erik Lundberg", "läkare"), "2024-03-01 10:30", "Läkaranteckning", [
        ("Aktuellt", "Återbesök efter DPD-scintigrafi som visar grad 2-upptag i myokardiet. Ingen monoklonal komponent "
                     "i serum eller urin, normal kvot fria lätta kedjor. TTR-gentest utan patogen variant."),
        ("Bedömning", "Transtyretinamyloidos av vildtyp (ATTRwt) med hjärtengagemang, NYHA II."),
        ("Information", "Pat informerad om diagnosen idag tillsammans med sambon, inkl. vad sjukdomen innebär och att "
                        "behandling med tafamidis kan bromsa förloppet. Han tog beskedet lugnt och ställde relevanta frågor."),
        ("Planering", "Ansökan om tafamidis. Uppföljning på hjärtsviktsmottagningen."),
    ], nid="n2")],
    must_not=[("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    why="hypotesen först i Skånes mall Tidiga hypoteser; den senare synliga anteckningen har fastställd diagnos som pat informerats om")

case("d86-sk-amyloid-misstanken-har-bekraftats", "skane", "1949-05-30", "839", [
    N("krs_hjart", ("Johan Nilsson", "läkare"), "2024-10-22 14:10", "Mottagningsanteckning läkare", [
        ("Bedömning", "Den tidigare misstanken om kardiell amyloidos har nu bekräftats: DPD-scintigrafi grad 3 (Perugini) "
                      "och ingen monoklonal komponent, vilket enligt gällande algoritm räcker för diagnosen "
                      "ATTR-amyloidos utan biopsi."),
        ("Planering", "Genetisk analys av TTR-genen skickad. Pat informerad och har fått skriftlig information."),
    ])],
    must_not=["NL102", "NL101"],
    why="'misstanken ... har bekräftats' är en bekräftad diagnos trots ordet misstanke; pat informerad")

case("d86-sk-hematolog-sannolkit-al-amyloidos-typo", "skane", "1961-01-08", "383", [
    N("lund_hem", ("Cecilia Rosén", "läkare"), "2024-05-08 11:20", "Läkaranteckning", [
        ("Aktuellt", "Remitterad från kardiologen pga hög lättkedjekvot. Lambda fria lätta kedjor 410 mg/l, kvot 0,03. "
                     "NT-proBNP 8900, TnT 74."),
        ("Bedömning", "Sannolkit AL-amyloidos med hjärtengagemang, Mayo stadium IIIa. Bukfettsbiopsi tagen idag."),
        ("Planering", "Benmärgsundersökning torsdag. Diskuteras på myelomkonferens."),
    ])],
    must=["NL102"],
    why="'Sannolkit' (typo för sannolikt) AL-amyloidos under Bedömning")

case("d86-sk-hfssk-ej-informerad-om-remiss-dpd", "skane", "1950-03-22", "260", [
    N("ang_hf", ("Jenny Falk", "sjuksköterska"), "2024-06-19 09:10", "Telefonanteckning", [
        ("Telefonkontakt", "Dr Ahmadi har skickat remiss för DPD-scintigrafi efter läkarbesöket. Pat har inte fått "
                           "information om att remissen är skickad; kallelse kommer med post från klinisk fysiologi Helsingborg."),
        ("Anamnes", "Känd hypertoni och permanent förmaksflimmer, Eliquis 5 mg x 2."),
    ])],
    must_not=["NL101", "NL102"],
    why="det som inte är berättat är att remissen skickats; diagnoserna är kända och ohedgade")

case("d86-sk-holter-ihallande-ff-remittent-ger-besked", "skane", "1947-02-05", "397", [
    N("krs_kf", ("Ulf Sjögren", "läkare"), "2024-09-03 13:55", "Långtids-EKG utlåtande", [
        ("Remissuppgifter", "Oregelbunden puls vid blodtryckskontroll på VC, inget tidigare känt förmaksflimmer."),
        ("Fynd", "24-timmars Holter. Förmaksflimmer under hela registreringen med frekvens 48–142/min, medel 88/min. "
                 "Enstaka VES, inga pauser över 2,5 sekunder."),
        ("Utlåtande", "Ihållande förmaksflimmer med acceptabel kammarfrekvens."),
        ("Kommentar", "Pat ej informerad om resultatet, remitterande läkare på vårdcentralen ansvarar för besked."),
    ])],
    must=["NL101"],
    why="nyupptäckt förmaksflimmer står synligt medan texten säger att pat ej informerats")

case("d86-sk-eko-myxom-har-inte-meddelats", "skane", "1964-08-16", "126", [
    N("hbg_kf", ("Kristina Wik", "läkare"), "2024-04-16 16:05", "Klinisk fysiologi utlåtande", [
        ("Fynd", "I vänster förmak en 3 x 2 cm stor, rörlig, lobulerad tumör med stjälk fäst vid fossa ovalis, som "
                 "delvis prolaberar genom mitralisostiet i diastole. Medelgradient över mitralis 6 mmHg. "
                 "Vänsterkammaren normalstor med normal funktion."),
        ("Utlåtande", "Vänsterförmaksmyxom."),
        ("Kommentar", "Fyndet har inte meddelats patienten. Kardiolog- och thoraxkirurgjour kontaktade; pat stannar kvar "
                      "på sjukhuset och besked ges av kardiolog i kväll."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="bekräftat myxom synligt; 'fyndet har inte meddelats patienten'")

case("d86-sk-arytmi-ev-brugadasyndrom", "skane", "1996-04-04", "813", [
    N("lund_arytmi", ("Pontus Åberg", "läkare"), "2024-07-09 10:00", "Mottagningsanteckning läkare", [
        ("Anamnes", "28-årig man med två episoder av svimning i samband med feber. Inga kända hjärtsjukdomar i släkten."),
        ("Utredning", "Vilo-EKG vid feber från akuten: sadelformad ST-höjning i V1–V2. Idag afebril och EKG normaliserat."),
        ("Bedömning", "Ev. Brugadasyndrom, typ 2-mönster vid feber."),
        ("Planering", "Ajmalintest. Febernedsättande vid infektion, info om läkemedel att undvika (brugadadrugs.org)."),
    ])],
    must=["NL102"],
    why="'Ev.' framför en diagnos (Brugadasyndrom) – inte en plan")

case("d86-sk-gravid-nytt-eko-fragetecken-plan", "skane", "1985-12-31", "742", [
    N("trelleborg_med", ("Sanna Holm", "läkare"), "2024-10-08 09:05", "Läkaranteckning", [
        ("Aktuellt", "Gravid v 24, remitterad pga blåsljud. Eko: lätt aortainsufficiens vid bikuspid aortaklaff, "
                     "känd sedan barndomen. Aorta ascendens 36 mm, oförändrad sedan 2021."),
        ("Planering", "Nytt eko i graviditetsvecka 34? Diskuteras med obstetriker på MVC."),
    ])],
    must_not=["NL102"],
    why="frågetecknet gäller planen (nytt eko); bikuspid klaff och AI är kända")

case("d86-sk-loop-recorder-oklart-om-reflexsynkope", "skane", "1955-11-29", "851", [
    N("lund_arytmi", ("Pontus Åberg", "läkare"), "2024-03-14 14:30", "Telefonanteckning", [
        ("Telefonkontakt", "Fjärravläsning av implanterbar loop-recorder efter ny synkope 11/3 enligt pat. "
                           "Ingen registrerad arytmi kring händelsen, sinusrytm 72/min vid aktivering."),
        ("Bedömning", "Oklart om det rör sig om reflexsynkope eller ortostatisk hypotoni; arytmi bedöms osannolik. "
                      "Pat berättar att han hade stått länge under en begravning."),
        ("Åtgärd", "Bokar tilt-test. Råd om vätskeintag och att sätta sig ned vid förkänning."),
    ])],
    must=["NL102"],
    why="'oklart om det rör sig om' reflexsynkope/ortostatisk hypotoni, synligt")

case("d86-sk-barn-liten-vsd-spontan-slutning-trolig", "skane", "2023-06-11", "063", [
    N("lund_barnkard", ("Lena Forsberg", "läkare"), "2024-06-18 10:30", "Mottagningsanteckning läkare", [
        ("Aktuellt", "1-årskontroll av liten muskulär VSD, upptäckt pga blåsljud på BVC. Äter och växer bra, följer sin kurva."),
        ("Status", "Pigg och glad. Systoliskt blåsljud 2/6 i 3–4 intercostalrummet vänster."),
        ("Ekokardiografi", "Liten muskulär VSD i mellersta septum, vänster-högershunt, 2 mm. Normala kammarstorlekar. "
                           "Inga tecken på pulmonell hypertension."),
        ("Bedömning", "Liten hemodynamiskt betydelselös VSD. Spontan slutning är trolig under de närmaste åren."),
        ("Planering", "Ny kontroll vid 3 års ålder. Ingen endokarditprofylax behövs."),
    ])],
    must_not=["NL102"],
    why="hedgen gäller förloppet (spontan slutning); VSD är bekräftad; barn <13")

case("d86-sk-hfssk-mr-dcm-pat-kanner-inte-till", "skane", "1970-08-19", "315", [
    N("krs_hf", ("Therese Magnusson", "sjuksköterska"), "2024-07-30 14:05", "Hjärtsviktsmottagning ssk", [
        ("Aktuellt", "Kommer för provtagning och vikt. Vikt 96 kg, BT 124/78, puls 70. MR-svar föreligger: "
                     "dilaterad kardiomyopati utan ischemiskt ärrmönster, EF 32 %."),
        ("Planering", "Pat känner inte till MR-svaret ännu; läkarbesök 5/8 för besked och fortsatt plan. Inga doser ändrade idag."),
    ])],
    must=["NL101"],
    why="bekräftad dilaterad kardiomyopati synlig; 'pat känner inte till MR-svaret ännu'")

case("d86-sk-epikris-misstankt-sarkoidos-ej-informerad", "skane", "1972-12-06", "586", [
    N("lund_kard_avd", ("Rasmus Friberg", "läkare"), "2024-05-03 12:30", "Epikris", [
        ("Sammanfattning", "51-årig kvinna inlagd 28/4–3/5 för AV-block III, fick permanent pacemaker 30/4 utan "
                           "komplikationer. MR hjärta innan implantationen visade fläckvis LGE i basala septum."),
        ("Bedömning", "Misstänkt kardiell sarkoidos."),
        ("Uppföljning", "Vid utskrivning ännu ej informerad om misstanken om sarkoidos; detta tas av "
                        "hjärtsviktsmottagningen när PET-DT är gjord."),
    ], setting="slutenvård", signed=None)],
    must=["NL102", "NL101"],
    why="misstänkt sarkoidos synlig i epikris och 'ännu ej informerad om misstanken'")

case("d86-sk-hfssk-telefon-pat-vet-inte-om-amyloidos", "skane", "1946-06-28", "139", [
    N("hbg_hf", ("Camilla Nord", "sjuksköterska"), "2024-10-24 10:10", "Telefonanteckning", [
        ("Telefonkontakt", "Pat ringer och undrar varför han ska på fler undersökningar. Dr Ahmadi har i journalen "
                           "konstaterat att hjärtsvikten beror på ATTR-amyloidos, men pat vet inte om detta ännu."),
        ("Åtgärd", "Har inte gett besked per telefon. Tidigarelagt läkarbesöket till på tisdag så att doktorn kan informera."),
    ])],
    must=["NL101"], must_not=["NL102"],
    why="konstaterad ATTR-amyloidos synlig och 'pat vet inte om detta ännu'")

case("d86-sk-avd-ssk-hanvisar-mi-ej-informerad", "skane", "1939-09-14", "362", [
    N("ystad_medavd", ("Josefin Ek", "sjuksköterska"), "2024-04-05 19:45", "Omvårdnadsanteckning", [
        ("Aktuellt", "Pat frågar om svaret på dagens eko. Hänvisat till läkaren på morgonronden, då pat ännu inte har "
                     "informerats om att ekot visade uttalad mitralisinsufficiens med flail-segel."),
        ("Andning", "Andningsfrekvens 18/min, sat 94 % på 1 l syrgas. Vilar i säng, något orolig."),
    ], setting="slutenvård")],
    must=["NL101"],
    why="uttalad mitralisinsufficiens står synligt i omvårdnadsanteckning; pat ännu inte informerad")

case("d86-sk-al-amyloidos-informerad-prognos-ej-diskuterad", "skane", "1951-04-11", "579", [
    N("lund_kard", ("Karin Holmgren", "läkare"), "2024-08-15 15:20", "Läkaranteckning", [
        ("Bedömning", "AL-amyloidos med hjärtengagemang, Mayo stadium II, vävnadsverifierad via bukfettsbiopsi."),
        ("Information", "Pat informerad om diagnosen och om att hematologen startar cytostatikabehandling. Vi har ännu "
                        "inte pratat om prognosen i detalj; han vill ta det vid nästa besök."),
    ])],
    must_not=["NL101"],
    why="diagnosen är berättad; det som inte är sagt är prognosen")

case("d86-sk-lqts-arbetsgivaren-inte-informerad", "skane", "1984-02-02", "613", [
    N("lund_arytmi", ("Amanda Hägg", "läkare"), "2024-09-26 11:45", "Läkaranteckning", [
        ("Aktuellt", "Lastbilschaufför, kommer för årlig uppföljning. Inga synkoper."),
        ("Bedömning", "Långt QT-syndrom typ 1, genetiskt verifierat (KCNQ1). QTc 478 ms på betablockad."),
        ("Information", "Pat känner väl till sin diagnos sedan 2022. Han har ännu inte informerat sin arbetsgivare om "
                        "diagnosen; vi diskuterade Transportstyrelsens krav."),
    ])],
    must_not=["NL101", "NL102"],
    why="pat känner till diagnosen; det är arbetsgivaren som inte informerats")

case("d86-sk-lvnc-separat-tidiga-hypoteser-anteckning", "skane", "1983-07-07", "248", [
    N("lund_kard", ("Erik Lundberg", "läkare"), "2024-10-03 14:00", "Läkaranteckning", [
        ("Aktuellt", "Återbesök efter eko som visade trabekulerad vänsterkammarapex. Pat upplever inga besvär."),
        ("Planering", "MR hjärta och familjescreening diskuteras vid nästa besök."),
    ], nid="n1"),
    N("lund_kard", ("Erik Lundberg", "läkare"), "2024-10-03 14:05", "Tidiga hypoteser", [
        ("Bedömning", "Misstänkt non-compaction-kardiomyopati (LVNC), men kan vara normalvariant. "
                      "Pat ej informerad om misstanken; avvaktar MR."),
    ], nid="n2")],
    must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
    why="Skåne: hypotes och 'ej informerad' i separat Tidiga hypoteser-anteckning; den synliga anteckningen nämner bara fyndet")

case("d86-sk-infektion-missankt-endokardit-typo", "skane", "1957-01-17", "291", [
    N("hbg_infek", ("Tobias Ring", "läkare"), "2024-02-22 10:40", "Daganteckning", [
        ("Aktuellt", "Feber sedan 10 dagar, nytt diastoliskt blåsljud. S. mitis i 2/2 blododlingar. "
                     "TTE utan säkra vegetationer, TEE bokad till i morgon."),
        ("Bedömning", "Missänkt endokardit på aortaklaffen."),
        ("Åtgärd", "Bensylpenicillin 3 g x 4 iv. Tandstatus via käkkirurg."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'Missänkt' (typo) endokardit under Bedömning, synligt")

case("d86-sk-avd-kan-inte-utesluta-lungemboli", "skane", "1949-07-21", "433", [
    N("trelleborg_medavd", ("Sanna Holm", "läkare"), "2024-06-26 17:05", "Daganteckning", [
        ("Aktuellt", "Inlagd sedan 5 dagar för hjärtsviktsförsämring, sängliggande större delen av tiden. "
                     "I eftermiddag ny takykardi 118/min och sat-fall till 89 %."),
        ("Bedömning", "Kan inte utesluta lungemboli, D-dimer 2,8. Pneumoni är alternativ förklaring."),
        ("Åtgärd", "DT lungartärer beställd ikväll. Fragmin i behandlingsdos i väntan på svar."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'kan inte utesluta' lungemboli hos inneliggande hjärtsviktspatient")

case("d86-sk-pmo-ekosvar-sannolikt-ischemisk-genes", "skane", "1956-09-09", "951", [
    N("vc_hoor", ("Elsa Månsson", "läkare"), "2024-05-13 13:35", "Läkarbesök", [
        ("Aktuellt", "Genomgång av ekosvar: lätt nedsatt pumpfunktion, EF 45 %, hypokinesi inferiort."),
        ("Bedömning", "Sannolikt ischemisk genes, tidigare tyst infarkt kan inte uteslutas."),
        ("Information", "Pat informerad om ekosvaret och om att hjärtat behöver utredas vidare. Remiss arbetsprov."),
    ])],
    must_not=["NL102"],
    why="PMO: hedgad ischemisk genes/tyst infarkt på vårdcentral ger inget NL102")

case("d86-sk-dobutaminstress-akta-svar-as-besked-ej-lamnat", "skane", "1944-03-30", "611", [
    N("lund_kf", ("Nils Åkesson", "läkare"), "2024-02-01 13:25", "Klinisk fysiologi utlåtande", [
        ("Undersökning", "Lågdos dobutaminstressekokardiografi upp till 20 µg/kg/min. Inga komplikationer."),
        ("Fynd", "Slagvolymen ökade med 28 % (kontraktil reserv finns). Medelgradienten steg från 27 till 44 mmHg "
                 "medan AVA förblev 0,8 cm2."),
        ("Utlåtande", "Fynden är förenliga med äkta svår aortastenos med lågt flöde."),
        ("Kommentar", "Besked om fyndet har inte lämnats till patienten; remitterande kardiolog kontaktad per telefon."),
    ])],
    must=["NL102", "NL101"],
    why="gradering av aortastenos hedgad ('förenliga med äkta svår') och besked har inte lämnats till pat")

case("d86-sk-hcm-besked-efter-genetisk-vagledning", "skane", "1991-05-19", "264", [
    N("lund_kard", ("Amanda Hägg", "läkare"), "2024-03-12 11:05", "Läkaranteckning", [
        ("Utredning", "MR hjärta: maximal väggtjocklek 22 mm i anteroseptum, utbredd LGE. Genetik: patogen variant i MYBPC3."),
        ("Bedömning", "Hypertrofisk kardiomyopati, icke-obstruktiv."),
        ("Planering", "Beskedet om diagnosen lämnas först i samband med genetisk vägledning 19/3, enligt överenskommelse "
                      "med genetiska mottagningen; pat har därför inte informerats ännu."),
    ])],
    must=["NL101"],
    why="fastställd HCM synlig medan texten säger att pat ännu inte informerats")

case("d86-sk-kontrolleko-svar-ai-ej-delgivits", "skane", "1952-10-25", "597", [
    N("krs_hjart", ("Johan Nilsson", "läkare"), "2024-12-11 15:10", "Mottagningsanteckning läkare", [
        ("Utredning", "Kontrolleko visar progress till svår aortainsufficiens, vena contracta 7 mm, holodiastoliskt "
                      "backflöde i aorta descendens. LVESD 52 mm."),
        ("Planering", "Pat har ej delgivits resultatet ännu, då han inte kunde komma idag; telefontid bokad 13/12. "
                      "Remiss till thoraxkirurgisk bedömning skrivs då."),
    ])],
    must=["NL101"],
    why="svår aortainsufficiens synlig; resultatet (diagnosen) har 'ej delgivits' pat")

case("d86-sk-ppcm-ssk-ej-informerad-lakare-informerar-sedan", "skane", "1993-12-02", "506", [
    N("lund_kard_avd", ("Lovisa Berg", "sjuksköterska"), "2024-09-04 13:10", "Omvårdnadsanteckning", [
        ("Aktuellt", "Överflyttad från BB dag 5 postpartum pga andnöd. Eko visade peripartumkardiomyopati med EF 30 %."),
        ("Planering", "Pat ej informerad om diagnosen än, kardiolog och obstetriker ger besked tillsammans kl 15. "
                      "Partnern är på väg."),
    ], nid="n1", setting="slutenvård"),
    N("lund_kard_avd", ("Rasmus Friberg", "läkare"), "2024-09-04 15:45", "Läkaranteckning", [
        ("Information", "Samtal med pat och partner tillsammans med obstetriker. Informerade om peripartumkardiomyopati, "
                        "om behandling med bromokriptin och hjärtsviktsläkemedel, och om att amning därför avråds."),
        ("Planering", "Telemetri. Bromokriptin 2,5 mg x 2 i två veckor. Heparin i profylaxdos."),
    ], nid="n2", setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="ssk-anteckningen har diagnosen synlig och 'ej informerad'; läkaranteckningen senare samma dag berättar")

case("d86-sk-dd-hypertensiv-hjartsjukdom-vs-amyloidos", "skane", "1950-02-28", "419", [
    N("ystad_med", ("Hampus Lindh", "läkare"), "2024-03-20 09:55", "Läkaranteckning", [
        ("Aktuellt", "Remitterad för ökad väggtjocklek vid eko, 15 mm. Hypertoni sedan 20 år."),
        ("Bedömning", "DD hypertensiv hjärtsjukdom vs kardiell amyloidos. EKG utan lågvoltage."),
        ("Planering", "Fria lätta kedjor, elektrofores, DPD-scint."),
    ])],
    must=["NL102"],
    why="'DD' mellan två diagnoser hos pat under Bedömning")

case("d86-sk-eko-differentialdiagnos-konstriktion", "skane", "1958-06-17", "833", [
    N("lund_kf", ("Helena Bergkvist", "läkare"), "2024-11-28 14:10", "Klinisk fysiologi utlåtande", [
        ("Fynd", "Normal vänsterkammarstorlek och EF 55 %. Septal bounce och uttalad respiratorisk variation av "
                 "mitralisinflödet (38 %). Annulus reversus: e' septalt 12 cm/s, lateralt 8 cm/s. "
                 "Vidgad vena cava utan andningsvariation. Förtjockat perikard bakom vänsterkammaren."),
        ("Utlåtande", "Fynd som ger misstanke om konstriktiv fysiologi. Differentialdiagnos restriktiv kardiomyopati, "
                      "men mönstret talar snarare för konstriktiv perikardit. Rekommenderar MR och ev. hjärtkateterisering."),
    ])],
    must=["NL102"],
    why="'differentialdiagnos' och 'talar snarare för' konstriktiv perikardit i synligt utlåtande")

case("d86-sk-hfssk-misstankt-digoxinintoxikation", "skane", "1932-07-12", "262", [
    N("lsk_hf", ("Annika Roos", "sjuksköterska"), "2024-04-17 11:35", "Telefonanteckning", [
        ("Telefonkontakt", "Dottern ringer: mamman har mått illa i fyra dagar, ätit dåligt och säger att allt ser "
                           "gulaktigt ut. Hon tar Digoxin 0,13 mg x 1 och furosemid 80 mg."),
        ("Bedömning", "Misstänkt digoxinintoxikation, ev. förvärrad av uttorkning och försämrad njurfunktion."),
        ("Åtgärd", "Uppmanat dottern att ta mamman till akutmottagningen Helsingborg idag. Akuten förvarnad."),
    ])],
    must=["NL102"],
    why="hjärtsviktssköterska: 'misstänkt digoxinintoxikation' synligt i telefonanteckning")

case("d86-sk-barn-koarktation-kan-ej-utseslutas-typo", "skane", "2013-11-30", "073", [
    N("lund_barnkard", ("Erik Hammar", "läkare"), "2024-10-14 13:40", "Mottagningsanteckning läkare", [
        ("Anamnes", "10-årig pojke remitterad från skolsköterskan pga högt blodtryck, 145/90 vid upprepade mätningar. "
                    "Huvudvärk ibland, i övrigt frisk."),
        ("Status", "BT höger arm 148/88, höger ben 118/70. Svaga femoralispulsar. Systoliskt blåsljud mellan skulderbladen."),
        ("Bedömning", "Koarctatio aortae kan ej utseslutas."),
        ("Planering", "Eko i eftermiddag, därefter ev. MR aorta."),
    ])],
    must=["NL102"],
    why="barn <13 (vårdnadshavare läser): 'kan ej utseslutas' (typo) om koarktation")

# ---------------------------------------------------------------- VGR: eko, arbetsprov, Holter
case("d86-vgr-eko-svar-aortastenos-bevarad-ef", "vgr", "1940-06-19", "237", [
    N("sahl_kf", ("Maria Lindström", "läkare"), "2024-02-13 14:40", "Ekokardiografi", [
        ("Undersökning", "Transtorakalt eko, god bildkvalitet. Sinusrytm 70/min."),
        ("Fynd", "Kraftigt förkalkad trikuspid aortaklaff. Vmax 4,8 m/s, medelgradient 58 mmHg, AVA 0,6 cm2 "
                 "(0,32 cm2/m2). Koncentrisk hypertrofi, septum 13 mm. EF 60 %. Lätt MI. Aorta ascendens 38 mm."),
        ("Utlåtande", "Svår aortastenos med bevarad vänsterkammarfunktion. Progress sedan föregående undersökning 2023."),
    ])],
    must_not=["NL102"],
    why="svår aortastenos graderad utan hedge: bekräftad diagnos")

case("d86-vgr-eko-lagflode-mojligen-svar-aortastenos", "vgr", "1946-01-25", "153", [
    N("skovde_kf", ("Lars Eriksson", "läkare"), "2024-03-19 11:25", "Ekokardiografi", [
        ("Fynd", "Förkalkad aortaklaff med nedsatt öppning. Vmax 3,4 m/s, medelgradient 28 mmHg, AVA 0,8 cm2. "
                 "Slagvolymindex 29 ml/m2. Dilaterad vänsterkammare, EF 30 %, global hypokinesi."),
        ("Utlåtande", "Diskordanta mått. Möjligen svår aortastenos med lågt flöde och låg gradient; pseudosvår stenos "
                      "är differentialdiagnos. Dobutaminstressekokardiografi föreslås för att skilja dessa åt."),
    ])],
    must=["NL102"],
    why="graderingen hedgad: 'möjligen svår aortastenos' med lågt flöde, DD pseudosvår")

case("d86-vgr-eko-talar-inte-for-hcm", "vgr", "1988-10-03", "226", [
    N("boras_kf", ("Petra Sund", "läkare"), "2024-04-25 10:10", "Ekokardiografi", [
        ("Remissuppgifter", "Avvikande EKG med högspänning, far har hypertrofisk kardiomyopati."),
        ("Fynd", "Normala dimensioner, septum 9 mm, bakvägg 8 mm. Ingen SAM, ingen obstruktion i utflödet, "
                 "inte heller vid Valsalva. Normal diastolisk funktion."),
        ("Utlåtande", "Ekot talar inte för hypertrofisk kardiomyopati. Normalfynd."),
    ])],
    must_not=["NL102"],
    why="'talar inte för' är negation; faderns HCM är en anhörigs sjukdom")

case("d86-vgr-eko-bild-som-vid-apikal-hcm", "vgr", "1959-07-14", "571", [
    N("nal_kf", ("Hans Björk", "läkare"), "2024-05-07 13:50", "Ekokardiografi", [
        ("Fynd", "Uttalad hypertrofi av apikala segment, apikal väggtjocklek 17 mm, spadformad kavitet i diastole. "
                 "Inget apikalt aneurysm. EF 70 %. Diastolisk dysfunktion grad 1."),
        ("Utlåtande", "Bild som vid apikal hypertrofisk kardiomyopati. Kompletterande MR med kontrast föreslås. "
                      "Jämför EKG med jättenegativa T-vågor anterolateralt."),
    ])],
    must=["NL102"],
    why="'bild som vid' apikal HCM i synligt ekoutlåtande")

case("d86-vgr-tee-endokardit-kan-ej-uteslutas", "vgr", "1971-03-09", "318", [
    N("sahl_kf", ("Maria Lindström", "läkare"), "2024-06-04 15:15", "Ekokardiografi", [
        ("Remissuppgifter", "S. aureus-bakteriemi, intravenöst missbruk. Tidigare TTE utan säkra vegetationer."),
        ("Fynd", "TEE i lokalbedövning och lätt sedering. På trikuspidalisklaffens förmakssida en 6 mm rörlig, "
                 "ekotät struktur. Måttlig TI. Ingen abscess, inga perivalvulära läckage. Aorta- och mitralisklaff u.a."),
        ("Utlåtande", "Endokardit på trikuspidalisklaffen kan ej uteslutas; strukturen kan också vara en degenerativ "
                      "förändring eller ett Chiari-nätverk."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="'kan ej uteslutas' om endokardit i synligt TEE-svar")

case("d86-vgr-sokord-tidiga-hypoteser-attr-synligt-rent", "vgr", "1947-04-18", "395", [
    N("nal_kard", ("Ahmed Karimi", "läkare"), "2024-08-27 11:00", "Läkaranteckning", [
        ("Aktuellt", "Återbesök efter ekokardiografi. Lätt ansträngningsdyspné vid trappgång, i övrigt opåverkad. "
                     "Domningar i båda händerna, opererad för karpaltunnelsyndrom bilat."),
        ("Status", "BT 104/66. Cor: regelbunden rytm utan blåsljud. Inga ödem."),
        ("Bedömning", "Förtjockad vänsterkammarvägg på ekot. Vidare utredning planeras med scintigrafi och blodprover."),
        ("Tidiga hypoteser", "Misstänkt ATTR-amyloidos (karpaltunnelsyndrom, spinal stenos, lågt QRS-voltage trots "
                             "väggförtjockning). Inte diskuterat med pat ännu."),
    ])],
    must_not=["NL102", "NL101"],
    why="VGR: hypotesen och 'inte diskuterat med pat' står bara under sökordet Tidiga hypoteser; synliga sökord är rena")

case("d86-vgr-mallnamn-tidiga-hypoteser-sokord-bedomning", "vgr", "1952-09-07", "264", [
    N("sahl_kard", ("Eva Hallberg", "läkare"), "2024-09-17 14:25", "Tidiga hypoteser", [
        ("Bedömning", "Trolig kardiell sarkoidos med AV-block II och fläckvis LGE på MR, lungröntgen med hiluslymfkörtlar."),
        ("Planering", "PET-DT och bronkoskopi med EBUS."),
    ])],
    must=["NL102"],
    why="VGR filtrerar på sökordet, inte mallnamnet: hypotesen står under sökordet Bedömning och syns")

case("d86-vgr-tidiga-hypoteser-men-misstanke-lacker-i-bedomning", "vgr", "1976-02-22", "138", [
    N("sahl_arytmi", ("Johan Strömberg", "läkare"), "2024-10-29 13:10", "Läkaranteckning", [
        ("Aktuellt", "48-årig kvinna med AV-block II Mobitz typ 2 upptäckt på Holter, yrselattacker."),
        ("Tidiga hypoteser", "Kardiell sarkoidos? Ung patient med högt AV-block utan annan förklaring. "
                             "Diskuteras med MR-ansvarig kollega."),
        ("Bedömning", "Pacemakerindikation föreligger. Misstänkt sarkoidos även i lungorna enligt DT thorax med "
                      "förstorade hiluskörtlar."),
        ("Planering", "Pacemaker, CRT-P övervägs. Remiss till lungmedicin."),
    ], signed=None)],
    must=["NL102"],
    why="hypotesen lagd under Tidiga hypoteser, men 'misstänkt sarkoidos' står också under synliga Bedömning (utkast)")

case("d86-vgr-arbetsprov-talar-emot-kranskarlssjukdom", "vgr", "1968-05-11", "279", [
    N("lidkoping_kf", ("Sven Olausson", "läkare"), "2024-01-17 09:45", "Arbetsprov", [
        ("Resultat", "Belastning upp till 230 W (104 % av förväntat). Maxpuls 168/min. Inga ST-förändringar, ingen "
                     "bröstsmärta. Normal blodtrycksstegring 135/80 → 205/85. Enstaka VES i återhämtningen."),
        ("Utlåtande", "Normalt arbetsprov. Fynden talar emot signifikant kranskärlssjukdom."),
    ])],
    must_not=["NL102"],
    why="'talar emot' kranskärlssjukdom är en negation")

case("d86-vgr-arbetsprov-misstankt-sjuk-sinusknuta", "vgr", "1950-08-29", "352", [
    N("boras_kf", ("Petra Sund", "läkare"), "2024-02-28 10:50", "Arbetsprov", [
        ("Resultat", "Cykelergometri till 90 W, avbruten pga trötthet. Maxpuls 98/min (64 % av förväntat) trots god "
                     "ansträngning enligt Borg 18. Ingen betablockerare. ST-sträckan oförändrad under hela provet."),
        ("Utlåtande", "Uttalad kronotrop inkompetens, misstänkt sjuk sinusknuta. Rekommenderar långtids-EKG."),
    ])],
    must=["NL102"],
    why="'misstänkt sjuk sinusknuta' i synligt arbetsprovsutlåtande")

case("d86-vgr-holter-normalt-svar-ej-meddelat", "vgr", "1997-01-12", "624", [
    N("kungalv_med", ("Linnea Berg", "sjuksköterska"), "2024-03-12 15:20", "Omvårdnadsanteckning", [
        ("Aktuellt", "Holter-svar inkommet: sinusrytm hela registreringen, även under de tre dagboksnoterade "
                     "hjärtklappningsepisoderna (88–96/min). Inga arytmier."),
        ("Planering", "Pat är inte informerad om svaret ännu. Dr Sandell har bedömt svaret som normalt och brev "
                      "skickas hem denna vecka."),
    ])],
    must_not=["NL101", "NL102"],
    why="det som inte är berättat är ett normalt provsvar, ingen diagnos")

case("d86-vgr-eventrecorder-ff-inet-fatt-besked-typo", "vgr", "1956-06-26", "411", [
    N("sahl_arytmi", ("Ingela Hed", "sjuksköterska"), "2024-04-11 14:05", "Omvårdnadsanteckning", [
        ("Aktuellt", "Eventregistrering 14 dagar granskad av dr Strömberg. Paroxysmalt förmaksflimmer vid två "
                     "tillfällen, 40 min resp. 2 tim, med symtomkorrelation."),
        ("Planering", "Pat har ännu inet fått besked om fyndet. Dr Strömberg ringer honom på måndag och tar då "
                      "ställning till antikoagulation."),
    ])],
    must=["NL101"],
    why="bekräftat paroxysmalt FF synligt; pat har 'ännu inet fått besked' (typo)")

case("d86-vgr-holter-trolgi-ves-kardiomyopati-typo", "vgr", "1979-10-15", "593", [
    N("sahl_arytmi", ("Johan Strömberg", "läkare"), "2024-05-02 10:15", "Läkaranteckning", [
        ("Utredning", "Holter: 24 % VES, monomorfa, vänstergrenblocksmorfologi och inferior axel. "
                      "Eko: EF 40 %, lätt dilaterad vänsterkammare."),
        ("Bedömning", "Trolgi VES-inducerad kardiomyopati."),
        ("Planering", "Remiss för ablation av VES-fokus. Nytt eko 3 månader efter ingreppet."),
    ])],
    must=["NL102"],
    why="'Trolgi' (typo för trolig) VES-inducerad kardiomyopati under Bedömning")

case("d86-vgr-holter-sannolikt-elektrodartefakt", "vgr", "1962-02-10", "488", [
    N("nal_kf", ("Hans Björk", "läkare"), "2024-06-13 09:30", "Långtids-EKG", [
        ("Fynd", "Registrering 24 h. Sinusrytm 54–121/min. Kl 07:42 ett 4 sekunder långt avbrott i signalen i samtliga "
                 "kanaler, sannolikt elektrodartefakt då pat enligt dagboken duschade vid den tiden. "
                 "Inga äkta pauser, inga takyarytmier."),
        ("Utlåtande", "Normal registrering."),
    ])],
    must_not=["NL102"],
    why="hedgen gäller en artefakt i registreringen, ingen diagnos")

# ---------------------------------------------------------------- VGR: hjärtsviktsmottagning
case("d86-vgr-hfssk-hyperkalemi-trolig-aterinsattning", "vgr", "1949-09-09", "195", [
    N("ostra_hf", ("Sofie Engström", "sjuksköterska"), "2024-07-09 13:40", "Hjärtsvikt ssk-mottagning", [
        ("Aktuellt", "Telefonuppföljning efter provtagning. Känd HFrEF, EF 28 %. K 5,8 (förra veckan 5,1), krea 131."),
        ("Bedömning", "Hyperkalemi. Enligt dr Ali pausas spironolakton och pat ska undvika kaliumrika salttillskott."),
        ("Planering", "Nytt K om en vecka. Trolig återinsättning av spironolakton 12,5 mg om K under 5,0."),
    ])],
    must_not=["NL102"],
    why="'trolig återinsättning' är en plan; hyperkalemi och HFrEF är bekräftade")

case("d86-vgr-hfssk-egenvard-vid-tecken-pa-lungodem", "vgr", "1944-04-04", "258", [
    N("uddevalla_hf", ("Karolina Ahl", "sjuksköterska"), "2024-08-14 10:20", "Hjärtsvikt ssk-mottagning", [
        ("Aktuellt", "Stabil sedan förra besöket, vikt 68,1 kg. NYHA II. HFpEF med förmaksflimmer."),
        ("Egenvård", "Om vikten ökar mer än 2 kg på tre dagar tar du en extra tablett furosemid 40 mg och ringer "
                     "hjärtsviktsmottagningen samma dag. Vid tecken på lungödem, som svår andnöd i vila eller rosslande "
                     "andning, ring 112."),
    ])],
    must_not=["NL102"],
    why="villkorlig nämning av lungödem i egenvårdsråd, ingen hedgad diagnos")

case("d86-vgr-hfssk-pat-informerad-dottern-inte", "vgr", "1955-12-19", "331", [
    N("ostra_hf", ("Sofie Engström", "sjuksköterska"), "2024-09-05 15:30", "Hjärtsvikt ssk-mottagning", [
        ("Aktuellt", "Gemensamt besök med dr Ali. Nytt eko visar att EF sjunkit till 25 % trots full behandling; "
                     "dilaterad kardiomyopati."),
        ("Information", "Pat informerad om ekofyndet och om att ICD kommer att diskuteras på arytmikonferens. Han vill "
                        "inte att dottern informeras ännu, eftersom hon precis fått barn."),
    ])],
    must_not=["NL101"],
    why="pat är informerad; bara en närstående (dottern) är det inte")

case("d86-vgr-hfssk-informerad-via-tolk", "vgr", "1966-03-30", "591", [
    N("uddevalla_hf", ("Karolina Ahl", "sjuksköterska"), "2024-10-17 09:15", "Hjärtsvikt ssk-mottagning", [
        ("Information", "Informerad via telefontolk på arabiska om diagnosen hjärtsvikt med nedsatt pumpförmåga, om "
                        "varför han ska väga sig dagligen och om vad varje tablett gör. Pat återberättar med egna ord."),
        ("Åtgärd", "Ramipril höjt till 5 mg x 1 enligt ordination. Doseringsschema på arabiska utskrivet."),
    ])],
    must_not=["NL101"],
    why="pat informerad (via tolk) om diagnosen")

case("d86-vgr-hfssk-pat-infomerad-hfpef-typo", "vgr", "1951-06-01", "666", [
    N("nal_hf", ("Emma Grahn", "sjuksköterska"), "2024-11-26 11:05", "Hjärtsvikt ssk-mottagning", [
        ("Information", "Pat infomerad om diagnosen hjärtsvikt med bevarad ejektionsfraktion (HFpEF) och att "
                        "behandlingen främst är vätskedrivande och SGLT2-hämmare."),
        ("Status", "Vikt 91,0 kg, BT 146/82, puls 76 regelbunden. Ödem till mitten av underbenen."),
    ])],
    must_not=["NL101"],
    why="pat 'infomerad' (typo) om diagnosen: berättad, inget NL101")

case("d86-vgr-attr-forst-ej-informerad-sedan-informerad", "vgr", "1942-08-21", "177", [
    N("sahl_kard", ("Eva Hallberg", "läkare"), "2024-01-16 16:20", "Läkaranteckning", [
        ("Bedömning", "Kardiell amyloidos av transtyretintyp, bekräftad med DPD-scintigrafi (Perugini grad 3) utan "
                      "monoklonalt protein."),
        ("Planering", "Pat är ännu inte informerad om diagnosen; han får beskedet vid återbesöket om en vecka då "
                      "hustrun kan följa med."),
    ], nid="n1"),
    N("sahl_kard", ("Eva Hallberg", "läkare"), "2024-01-23 10:30", "Läkaranteckning", [
        ("Aktuellt", "Återbesök tillsammans med hustrun."),
        ("Information", "Informerat pat och hustru om diagnosen ATTR-amyloidos, sjukdomens förlopp och "
                        "behandlingsmöjligheter. De fick broschyr från patientföreningen."),
    ], nid="n2")],
    must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
    why="första anteckningen: bekräftad diagnos synlig men pat ej informerad; nästa anteckning: informerad")

case("d86-vgr-amyloidos-avskrivs-hypertensiv", "vgr", "1954-02-14", "220", [
    N("skovde_kard", ("Magnus Ljung", "läkare"), "2024-02-20 13:15", "Läkaranteckning", [
        ("Anamnes", "Remitterad i höstas för misstänkt amyloidos efter eko med väggförtjockning. "
                    "Lång hypertonianamnes med dålig kontroll."),
        ("Utredning", "DPD-scintigrafi utan myokardupptag. Fria lätta kedjor och elektrofores normala. "
                      "MR visar koncentrisk hypertrofi utan LGE."),
        ("Bedömning", "Amyloidos avskrivs. Hypertrofin är hypertensiv, intensifierad blodtrycksbehandling."),
    ])],
    must_not=["NL102"],
    why="tidigare misstanke som nu avskrivs; ingen kvarstående hedgad diagnos")

case("d86-vgr-hematolog-oklart-om-al-amyloidos", "vgr", "1948-11-02", "513", [
    N("sahl_hem", ("Nina Wallgren", "läkare"), "2024-03-27 11:40", "Läkaranteckning", [
        ("Aktuellt", "Endomyokardbiopsi visar amyloidinlagring (Kongorött positivt). Samtidigt lätt förhöjd "
                     "kappa-kvot (2,1) och njursvikt."),
        ("Bedömning", "Kardiell amyloidos. Det är oklart om det rör sig om AL-amyloidos eller ATTR med samtidig MGUS; "
                      "masspektrometrisk typning av biopsin har begärts."),
    ], signed=None)],
    must=["NL102"],
    why="amyloidosen är bekräftad men typen hedgad: 'oklart om det rör sig om AL-amyloidos'")

case("d86-vgr-remiss-fragestallning-attr", "vgr", "1939-05-25", "279", [
    N("lidkoping_med", ("Gustav Hellström", "läkare"), "2024-04-18 15:45", "Läkaranteckning", [
        ("Aktuellt", "84-årig man med HFpEF, NYHA II, bilateralt karpaltunnelsyndrom och bicepsseneruptur. "
                     "Eko visar väggtjocklek 16 mm och EKG har lågt QRS-voltage."),
        ("Planering", "Remiss till klinisk fysiologi Skövde för DPD-scintigrafi. Frågeställning: ATTR-amyloidos? "
                      "Fria lätta kedjor och elektrofores tas idag."),
    ])],
    must=["NL102"],
    why="'Frågeställning: ATTR-amyloidos?' i synlig planering")

case("d86-vgr-hocm-myh7-informerad-om-arftlighet", "vgr", "1985-08-08", "420", [
    N("sahl_kard", ("Eva Hallberg", "läkare"), "2024-05-21 14:00", "Läkaranteckning", [
        ("Diagnos", "Hypertrofisk obstruktiv kardiomyopati, patogen variant i MYH7 påvisad."),
        ("Bedömning", "LVOT-gradient 64 mmHg efter Valsalva. ESC-riskscore för plötslig död 3,1 %."),
        ("Information", "Pat informerad om diagnosen och ärftlighetsgången (autosomalt dominant). "
                        "Hon erbjuds att hennes två barn screenas via barnhjärtcentrum."),
        ("Planering", "Startar metoprolol. Mavakamten kan övervägas vid kvarstående symtom."),
    ])],
    must_not=["NL101", "NL102"],
    why="bekräftad HOCM och pat informerad om diagnosen")

case("d86-vgr-dd-atlethjarta-vs-hcm-kardiomyoapti-typo", "vgr", "1998-04-16", "617", [
    N("boras_hjart", ("Per-Olof Svahn", "läkare"), "2024-06-27 09:40", "Läkaranteckning", [
        ("Anamnes", "26-årig elitroddare som remitteras efter avvikande EKG vid idrottsmedicinsk screening. Inga symtom."),
        ("Utredning", "Eko: väggtjocklek 14 mm, symmetrisk, normalstor kavitet, normal diastolisk funktion. "
                      "VO2max 68 ml/kg/min."),
        ("Bedömning", "DD atlethjärta vs mild hypertrofisk kardiomyoapti."),
        ("Planering", "Detraining i tre månader, därefter nytt eko och MR."),
    ])],
    must=["NL102"],
    why="'DD atlethjärta vs' HCM (typo 'kardiomyoapti') under Bedömning")

# ---------------------------------------------------------------- VGR: klaffar, NL101, långa anteckningar
case("d86-vgr-eko-svar-svar-as-ej-informerad-om-svaret", "vgr", "1945-10-10", "382", [
    N("kungalv_med", ("Albin Sjöstrand", "läkare"), "2024-08-06 13:25", "Läkaranteckning", [
        ("Aktuellt", "Ekosvar från Sahlgrenska granskat: svår aortastenos, medelgradient 52 mmHg, AVA 0,7 cm2, EF 55 %."),
        ("Planering", "Pat ej informerad om svaret; jag tar upp det vid hennes återbesök 3/9 och remitterar då till "
                      "TAVI-bedömning."),
    ])],
    must=["NL101"],
    why="svår aortastenos synlig; pat 'ej informerad om svaret' (svaret är diagnosen)")

case("d86-vgr-misstankt-bikuspid-aortaklaff", "vgr", "2001-09-22", "339", [
    N("alingsas_med", ("Oskar Nyberg", "läkare"), "2024-10-02 14:50", "Läkaranteckning", [
        ("Aktuellt", "23-årig man med blåsljud upptäckt vid mönstring."),
        ("Undersökning", "Eko på mottagningen: systoliskt ejektionsklick, Vmax över aortaklaffen 2,4 m/s, lätt AI. "
                         "Dålig insyn i parasternal kortaxel."),
        ("Bedömning", "Misstänkt bikuspid aortaklaff med lätt aortainsufficiens. Aorta ascendens 39 mm."),
        ("Planering", "TEE alt. MR för att bedöma klaffmorfologi och aorta."),
    ])],
    must=["NL102"],
    why="'misstänkt bikuspid aortaklaff' under Bedömning")

case("d86-vgr-mitralisstenos-eventuelt-reumatisk-typo", "vgr", "1958-12-27", "760", [
    N("nal_kard", ("Ahmed Karimi", "läkare"), "2024-11-07 09:25", "Läkaranteckning", [
        ("Anamnes", "Uppvuxen i Eritrea, hade ledbesvär och feber som barn. Tilltagande andfåddhet senaste året."),
        ("Undersökning", "Eko: förtjockade mitralisklaffsegel med kommissurfusion och hockeyklubbsform av främre seglet. "
                         "MVA 1,3 cm2, medelgradient 9 mmHg."),
        ("Bedömning", "Måttlig-svår mitralisstenos, eventuelt reumatisk hjärtsjukdom."),
    ])],
    must=["NL102"],
    why="'eventuelt' (typo) reumatisk hjärtsjukdom – etiologin är en hedgad diagnos")

case("d86-vgr-tee-endokardit-utelsutes-typo", "vgr", "1980-01-19", "155", [
    N("sahl_kf", ("Anton Wik", "läkare"), "2024-01-29 14:30", "Ekokardiografi", [
        ("Remissuppgifter", "Långvarig feber och blåsljud. Blododlingar negativa x 3."),
        ("Fynd", "TEE: tunna, välfungerande klaffar utan vegetationer. Ingen abscess. Lätt fysiologisk MI och TI. "
                 "Ingen tromb i vänster förmaksöra."),
        ("Utlåtande", "Endokardit utelsutes ekokardiografiskt."),
    ])],
    must_not=["NL102"],
    why="utesluten endokardit (typo 'utelsutes') ger inget NL102")

case("d86-vgr-pat-orolig-for-amyloidos-ingen-misstanke", "vgr", "1960-05-05", "284", [
    N("lidkoping_med", ("Gustav Hellström", "läkare"), "2024-02-07 10:55", "Läkaranteckning", [
        ("Aktuellt", "Pat har läst om hjärtamyloidos på internet efter att hennes bror fått diagnosen, och är orolig att "
                     "hon har samma sjukdom. Ingen andfåddhet, inga karpaltunnelbesvär."),
        ("Bedömning", "Normal EKG-voltage, normalt NT-proBNP och normalt eko. Vi har ingen misstanke om amyloidos hos henne."),
        ("Planering", "Broderns form är vildtyp, som inte är ärftlig; ingen ytterligare utredning. Lugnande besked givet."),
    ])],
    must_not=["NL102"],
    why="patientens oro, broderns diagnos och 'ingen misstanke om' – ingen hedgad diagnos hos pat")

case("d86-vgr-informerat-att-fynden-kan-tala-for-amyloidos", "vgr", "1946-07-23", "197", [
    N("boras_hjart", ("Per-Olof Svahn", "läkare"), "2024-05-14 13:20", "Läkaranteckning", [
        ("Bedömning", "Ekot med väggtjocklek 17 mm och apical sparing samt förhöjt TnT kan tala för hjärtamyloidos."),
        ("Information", "Jag har informerat pat om att fynden kan tala för amyloidos och att vidare utredning med "
                        "scintigrafi behövs innan vi vet säkert."),
    ])],
    must=["NL102"], must_not=["NL101"],
    why="hypotesen är berättad för pat (inget NL101) men står fortfarande hedgad i synlig text (NL102)")

case("d86-vgr-inskrivning-lang-trolig-pneumoni-utlosande", "vgr", "1937-12-08", "392", [
    N("molndal_avd", ("Filip Dahlin", "läkare"), "2024-01-09 22:40", "Inskrivningsanteckning", [
        ("Kontaktorsak", "Andnöd sedan 3 dygn, feber."),
        ("Anamnes", "86-årig kvinna med känd HFmrEF (EF 45 % 2023), permanent förmaksflimmer, hypertoni och njursvikt "
                    "stadium 3b. Bor ensam med hemtjänst 2 ggr/dag. Sedan tre dagar hosta och feber till 38,6, därefter "
                    "tilltagande andnöd, nu även i vila. Har sovit sittande i fåtöljen senaste natten. "
                    "Viktuppgång 3 kg enligt hemtjänstens vågkort."),
        ("Läkemedel", "Eliquis 2,5 mg x 2, furosemid 40 mg x 1, metoprolol 50 mg x 1, dapagliflozin 10 mg, enalapril 5 mg x 1."),
        ("Status", "AT: påverkad, takypné 28/min. Sat 88 % på luft, 94 % på 2 l O2. Temp 38,2. BT 156/92, puls 112 "
                   "oregelbunden. Cor: oregelbunden rytm, 2/6 systoliskt blåsljud apikalt. Pulm: krepitationer basalt "
                   "bilat, dämpning höger bas. Buk: mjuk, ua. Ben: pittingödem till knäna."),
        ("Provsvar", "Hb 118, LPK 14,2, CRP 86, krea 168 (tidigare 140), K 4,1, NT-proBNP 12 400, TnT 38 (stabilt vid kontroll)."),
        ("Utredning", "Rtg pulm: stas, bilaterala pleuravätskor, tätare parti höger underlob, infiltrat?"),
        ("Bedömning", "Akut dekompenserad hjärtsvikt. Trolig pneumoni i höger underlob som utlösande faktor. "
                      "Förmaksflimmer med snabb kammarfrekvens sekundärt till infektion och stas. "
                      "Inget som talar för akut koronart syndrom."),
        ("Åtgärd", "Furosemid 40 mg iv x 3, bensylpenicillin 3 g x 3 iv efter odlingar, metoprolol höjs till 100 mg. "
                   "Dapagliflozin pausas under akut sjukdom. Syrgas till sat 92–96 %. Vätskelista, daglig vikt."),
        ("Planering", "Ny CRP och krea i morgon. Eko under vårdtiden om förloppet inte blir det förväntade. "
                      "Kontakta sonen i morgon."),
    ], setting="slutenvård", signed=None)],
    must=["NL102"],
    why="lång inskrivningsanteckning (utkast) med många bekräftade diagnoser; 'trolig pneumoni' och 'infiltrat?' är hedgade")

case("d86-vgr-eko-lang-forenligt-med-kand-infarkt", "vgr", "1953-05-29", "773", [
    N("sahl_kf", ("Anton Wik", "läkare"), "2024-06-19 13:10", "Ekokardiografi", [
        ("Undersökning", "Transtorakal ekokardiografi i vila, 3D-volymer och strain. Bildkvalitet god parasternalt, "
                         "medelgod apikalt. Sinusrytm 62/min. BT 138/84."),
        ("Fynd", "LVEDD 58 mm, LVESD 44 mm. IVSd 10 mm, LVPWd 10 mm. 3D-EF 41 %, GLS -14 %. Hypokinesi i inferior och "
                 "inferolateral vägg, basalt och mittventrikulärt, i övrigt normal regional funktion. "
                 "Diastolisk funktion: E/A 0,8, e' septalt 6 cm/s, E/e' 11, LAVI 36 ml/m2 – sammantaget lätt förhöjda "
                 "fyllnadstryck. Höger kammare normalstor, TAPSE 21 mm, S' 11 cm/s. Aortaklaff trikuspid, lätt "
                 "förtjockad, ingen stenos eller insufficiens. Mitralisklaff med lätt-måttlig insufficiens, excentrisk "
                 "jet mot bakre förmaksväggen, vena contracta 4 mm, EROA uppskattningsvis 0,2 cm2 men mätningen är "
                 "osäker pga excentriciteten. Trikuspidalisklaff med lätt insufficiens, TR-gradient 26 mmHg. "
                 "Ingen perikardvätska. Aorta ascendens 35 mm."),
        ("Kommentar", "Jämfört med undersökning 2023-11 något förbättrad EF (då 35 %) efter insatt läkemedelsbehandling."),
        ("Utlåtande", "Lätt dilaterad vänster kammare med nedsatt systolisk funktion och regionala "
                      "väggrörelsestörningar inferiort och inferolateralt, förenligt med känd inferior infarkt 2023. "
                      "Lätt-måttlig ischemisk MI. Lätt förbättring sedan förra undersökningen."),
    ])],
    must_not=["NL102"],
    why="långt ekosvar: 'förenligt med känd infarkt' knyter fynd till en bekräftad diagnos; osäkerheten gäller ett mätvärde")

case("d86-vgr-thorax-ska-inte-informeras-fore-mdk", "vgr", "1967-09-14", "352", [
    N("sahl_thorax", ("Robert Lövgren", "läkare"), "2024-07-25 16:10", "Konsultationsanteckning", [
        ("Aktuellt", "Konsult på begäran av kardiologen. DT och eko visar en 4 cm stor expansivitet i höger förmak med "
                     "infiltration i förmaksväggen."),
        ("Bedömning", "Misstänkt malign hjärttumör, sarkom kan inte uteslutas. Primärt inte operabel i nuläget."),
        ("Planering", "Pat ska inte informeras om den misstänkta maligniteten innan fallet diskuterats på "
                      "multidisciplinär konferens på tisdag. Kardiologen säger till pat att ytterligare undersökningar behövs."),
    ], signed=None)],
    must=["NL102", "NL101"],
    why="misstänkt malign hjärttumör i synlig Bedömning och 'ska inte informeras' innan MDK (utkast)")

case("d86-vgr-ej-informerad-om-icd-diskussion", "vgr", "1958-03-11", "619", [
    N("molndal_kard", ("Filip Dahlin", "läkare"), "2024-08-20 10:50", "Läkaranteckning", [
        ("Bedömning", "Ischemisk kardiomyopati, EF 30 % trots tre månaders optimal behandling. NYHA II."),
        ("Planering", "Pat ej informerad om att ICD har diskuterats på arytmironden; vi avvaktar nytt eko i oktober "
                      "innan beslut och tar då upp frågan med honom."),
    ])],
    must_not=["NL101", "NL102"],
    why="det som inte är berättat är en behandlingsdiskussion (ICD), inte diagnosen")

case("d86-vgr-as-pat-informerad-hustrun-vet-inte", "vgr", "1943-11-16", "133", [
    N("nal_kard", ("Elin Vik", "läkare"), "2024-09-24 14:40", "Läkaranteckning", [
        ("Bedömning", "Svår aortastenos, symtomgivande med ansträngningsdyspné och en episod av yrsel. "
                      "Remiss till TAVI-konferens."),
        ("Information", "Pat informerad om fyndet och remissen. Hustrun vet ännu inte om att det är allvarligt; "
                        "pat vill själv berätta för henne i lugn och ro."),
    ])],
    must_not=["NL101"],
    why="pat informerad; det är hustrun som ännu inte vet")

case("d86-vgr-fladder-vantetid-ablation-ej-informerad", "vgr", "1972-04-26", "484", [
    N("sahl_arytmi", ("Johan Strömberg", "läkare"), "2024-10-10 15:25", "Läkaranteckning", [
        ("Bedömning", "Typiskt förmaksfladder, verifierat med 12-avlednings-EKG. Frekvenskontroll med betablockad fungerar."),
        ("Planering", "Anmäld för kateterablation. Pat har inte fått information om väntetiden, som för närvarande är "
                      "ca sex månader; kallelse skickas från koordinator."),
    ])],
    must_not=["NL101"],
    why="det som inte är berättat är väntetiden, inte diagnosen")

case("d86-vgr-endokardit-konfusorisk-ej-kunnat-informeras", "vgr", "1936-02-29", "247", [
    N("kungalv_avd", ("Albin Sjöstrand", "läkare"), "2024-11-14 11:10", "Daganteckning", [
        ("Aktuellt", "Dag 3. Växt av Enterococcus faecalis i 4/4 blododlingsflaskor. TEE igår med 9 mm vegetation på aortaklaffen."),
        ("Bedömning", "Aortaklaffendokardit orsakad av E. faecalis. Pat fortsatt konfusorisk och har därför inte kunnat "
                      "informeras om diagnosen."),
        ("Planering", "Ampicillin + ceftriaxon iv. Sonen informerad per telefon. Nytt försök att informera pat när hon är klarare."),
    ], setting="slutenvård")],
    must=["NL101"], must_not=["NL102"],
    why="bekräftad endokardit synlig; pat har inte kunnat informeras (bara sonen)")

case("d86-vgr-hia-vanster-kammartromb-pat-ovetande", "vgr", "1964-06-06", "395", [
    N("sahl_hia", ("Cecilia Torstensson", "läkare"), "2024-12-10 09:50", "Daganteckning", [
        ("Aktuellt", "Dag 4 efter främre STEMI, sen PCI av LAD."),
        ("Utredning", "Eko idag: apikal akinesi med 15 x 12 mm tromb i vänsterkammarens apex, EF 35 %."),
        ("Bedömning", "Vänsterkammartromb efter framväggsinfarkt. Warfarin insätts parallellt med heparin."),
        ("Planering", "Pat är hittills ovetande om tromben; ansvarig kardiolog informerar i samband med ronden i eftermiddag."),
    ], setting="slutenvård")],
    must=["NL101"], must_not=["NL102"],
    why="bekräftad vänsterkammartromb synlig och pat 'hittills ovetande'")

case("d86-vgr-attr-avvaktar-informera-tills-dottern-kan", "vgr", "1941-01-31", "128", [
    N("boras_hjart", ("Marie Kling", "läkare"), "2024-02-15 16:30", "Läkaranteckning", [
        ("Utredning", "DPD-scintigrafi grad 3, ingen M-komponent, normala lätta kedjor."),
        ("Bedömning", "ATTR-amyloidos med hjärtengagemang, NYHA II."),
        ("Planering", "Avvaktar med att informera pat om ATTR-diagnosen tills dottern kan närvara; hon kommer hem från "
                      "utlandsresa nästa vecka. Ny tid bokad 22/2."),
    ])],
    must=["NL101"],
    why="bekräftad ATTR-amyloidos synlig; 'avvaktar med att informera pat'")

case("d86-vgr-sonen-onskar-att-pat-inte-far-veta", "vgr", "1934-10-18", "160", [
    N("alingsas_med", ("Oskar Nyberg", "läkare"), "2024-03-21 14:15", "Läkaranteckning", [
        ("Bedömning", "Svår aortastenos, Vmax 4,6 m/s. Med hänsyn till skörhet och demens är pat inte aktuell för TAVI; "
                      "symtomlindrande behandling."),
        ("Anhörigkontakt", "Sonen önskar att pat inte får veta om den svåra klaffsjukdomen, då hon blir mycket orolig. "
                           "Enligt överenskommelse med sonen informeras pat därför inte i nuläget; frågan tas upp igen "
                           "vid nästa besök."),
    ])],
    must=["NL101"],
    why="svår aortastenos synlig och texten säger att pat inte ska informeras i nuläget")

case("d86-vgr-takotsubo-informerad-redan-vid-utskrivning", "vgr", "1958-08-08", "442", [
    N("sahl_kard", ("Eva Hallberg", "läkare"), "2024-04-30 09:35", "Läkaranteckning", [
        ("Aktuellt", "Uppföljning 3 månader efter takotsubokardiomyopati. Helt återställd EF 62 % på kontrolleko."),
        ("Information", "Pat informerades redan vid utskrivningen om diagnosen takotsubo. Idag ingen ny information "
                        "given utöver ekosvaret, som hon fått muntligt."),
    ])],
    must_not=["NL101"],
    why="pat informerad tidigare; 'ingen ny information given' betyder inte att diagnosen är oberättad")

case("d86-vgr-hia-perimyokardit-fragetecken", "vgr", "2000-05-12", "673", [
    N("sahl_hia", ("Cecilia Torstensson", "läkare"), "2024-05-26 03:40", "Inskrivningsanteckning", [
        ("Aktuellt", "24-årig man med stickande bröstsmärta som förvärras liggande, debut två dagar efter gastroenterit. TnT 86."),
        ("Bedömning", "Perimyokardit?"),
        ("Planering", "Telemetri, eko i morgon, NSAID."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="diagnos följd av frågetecken ('Perimyokardit?') under Bedömning")

case("d86-vgr-barnhjart-forenligt-med-kawasaki", "vgr", "2020-02-03", "051", [
    N("dsbus_barnhjart", ("Annelie Rydberg", "läkare"), "2024-03-04 13:15", "Läkaranteckning", [
        ("Anamnes", "4-årig pojke med feber i sex dagar, konjunktivit, jordgubbstunga och fjällning av fingertopparna. CRP 140."),
        ("Ekokardiografi", "Dilaterad LAD proximalt, z-score +3,2. Normal kammarfunktion, liten perikardvätska."),
        ("Bedömning", "Förenligt med Kawasakis sjukdom med koronarengagemang."),
        ("Åtgärd", "IVIG 2 g/kg och ASA enligt PM. Föräldrarna informerade om behandlingen."),
    ], setting="slutenvård")],
    must=["NL102"],
    why="barn <13: 'förenligt med' Kawasakis sjukdom synligt för vårdnadshavare")

case("d86-vgr-tee-tromb-i-formaksorat-kan-inte-uteslutas", "vgr", "1961-11-27", "293", [
    N("sahl_kf", ("Maria Lindström", "läkare"), "2024-07-30 10:20", "Ekokardiografi", [
        ("Remissuppgifter", "TEE inför elkonvertering av förmaksflimmer, NOAK i 10 dagar."),
        ("Fynd", "Vänster förmaksöra med spontan ekokontrast (smoke) och tömningshastighet 18 cm/s. I örats spets ett "
                 "5 mm ekotätt område; liten tromb kan inte uteslutas, DD pektinatmuskel."),
        ("Utlåtande", "Konvertering avråds i dagsläget. Förnyad TEE efter 4 veckors effektiv antikoagulation."),
    ])],
    must=["NL102"],
    why="tromb i förmaksörat 'kan inte uteslutas' – hedgad diagnos i TEE-svar")

case("d86-vgr-hfssk-talar-for-hfpef-ej-informerad", "vgr", "1950-01-14", "328", [
    N("uddevalla_hf", ("Karolina Ahl", "sjuksköterska"), "2024-05-28 10:45", "Hjärtsvikt ssk-mottagning", [
        ("Aktuellt", "Nybesök inför läkarbedömning. Remitterad från VC för andfåddhet och bensvullnad. NT-proBNP 980, "
                     "eko med LAVI 44 ml/m2, E/e' 16 och EF 58 %."),
        ("Bedömning", "Eko och NT-proBNP talar för hjärtsvikt med bevarad ejektionsfraktion."),
        ("Planering", "Pat har inte informerats om detta ännu, dr Ljungqvist tar det vid läkarbesöket om en timme."),
    ], signed=None)],
    must=["NL102", "NL101"],
    why="'talar för' HFpEF synligt och pat ännu inte informerad (osignerat utkast)")

case("d86-vgr-malign-perikardvatska-ej-infromerad-typo", "vgr", "1955-09-03", "211", [
    N("kungalv_avd", ("Albin Sjöstrand", "läkare"), "2024-06-21 18:20", "Daganteckning", [
        ("Aktuellt", "Känd icke-småcellig lungcancer, palliativ cytostatika. Inlagd för tilltagande andfåddhet."),
        ("Utredning", "Bedside-eko: stor cirkumferentiell perikardvätska, 25 mm, begynnande kollaps av höger förmak."),
        ("Bedömning", "Misstänkt malign perikardvätska. Perikardiocentes planeras i morgon."),
        ("Planering", "Pat ej infromerad om misstanken om maligna celler i vätskan; samtal med pat när cytologin är klar."),
    ], setting="slutenvård")],
    must=["NL102", "NL101"],
    why="misstänkt malign perikardvätska synlig och pat 'ej infromerad' (typo)")

case("d86-vgr-hfref-diagnosen-inte-kommunicerad", "vgr", "1963-02-08", "433", [
    N("nal_hf", ("Emma Grahn", "sjuksköterska"), "2024-07-11 14:50", "Hjärtsvikt ssk-mottagning", [
        ("Aktuellt", "Remiss från akuten efter besök för andfåddhet. Eko där visade EF 28 %, dilaterad vänsterkammare."),
        ("Bedömning", "Hjärtsvikt med reducerad ejektionsfraktion, nyupptäckt."),
        ("Övrigt", "Diagnosen är inte kommunicerad med patienten, då akutläkaren enbart sagt att hjärtat behöver "
                   "undersökas mer. Kardiolog informerar vid nybesöket."),
    ])],
    must=["NL101"],
    why="bekräftad HFrEF synlig; 'diagnosen är inte kommunicerad med patienten'")

case("d86-vgr-holter-trolig-sjuk-sinusknuta-ej-underrattad", "vgr", "1940-04-09", "188", [
    N("boras_kf", ("Petra Sund", "läkare"), "2024-08-29 12:40", "Långtids-EKG", [
        ("Fynd", "Sinusbradykardi ner till 34/min dagtid, sinusarrest med pauser upp till 4,1 s, samt korta episoder "
                 "av förmaksflimmer med snabb kammarfrekvens."),
        ("Utlåtande", "Trolig sjuk sinusknuta med bradykardi-takykardi-syndrom."),
        ("Kommentar", "Pat ännu ej underrättad; resultatet ringt till remittent på grund av de långa pauserna."),
    ])],
    must=["NL102", "NL101"],
    why="'trolig sjuk sinusknuta' synligt och pat 'ännu ej underrättad'")

case("d86-vgr-eventrec-susp-avnrt", "vgr", "1986-03-25", "746", [
    N("sahl_arytmi", ("Malin Kjellberg", "läkare"), "2024-09-19 10:25", "Läkaranteckning", [
        ("Utredning", "Eventregistrering: tre episoder av regelbunden smal-QRS-takykardi 190/min med abrupt start och "
                      "stopp; pat kunde bryta en av dem med Valsalva."),
        ("Bedömning", "Susp. AVNRT, DD AVRT via dold accessorisk bana."),
        ("Planering", "EFU med ablation. Tills dess metoprolol vid behov."),
    ], signed=None)],
    must=["NL102"],
    why="'Susp.' AVNRT och 'DD' AVRT under Bedömning")

if __name__ == "__main__":
    main()
