#!/usr/bin/env python3
"""dev87: breast and endocrine surgery (BI-RADS, core biopsy, thyroid nodules, Bethesda,
hyperparathyroidism, adrenal incidentaloma, MDK, when the patient is told).
Standard library only, deterministic. Writes cases.jsonl next to this file; exits 1 on any
validation problem."""
import datetime as dt
import json
import os
import re
import sys

# --------------------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Skåne, Melior (hospitals)
    "BRM_MAL": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6B12", "Melior", "skane"),
    "BRM_LUND": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B40", "Melior", "skane"),
    "BRM_HBG": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-7H03", "Melior", "skane"),
    "KIR_KRI": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8K21", "Melior", "skane"),
    "KIR_YST": ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-8Y07", "Melior", "skane"),
    "KIR_LKR": ("Kirurgmottagningen, Landskrona lasarett", "SE2321000255-8L15", "Melior", "skane"),
    "ENDOKIR_LUND": ("Endokrinkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E31", "Melior", "skane"),
    "AVD_LUND": ("Kirurgavdelning 4, endokrin- och bröstkirurgi, SUS Lund", "SE2321000255-6E52", "Melior", "skane"),
    "ENDO_MAL": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6N18", "Melior", "skane"),
    "ONK_LUND": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-6O44", "Melior", "skane"),
    "ONH_MAL": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-6H27", "Melior", "skane"),
    "NUK_LUND": ("Klinisk fysiologi och nuklearmedicin, SUS Lund", "SE2321000255-6F09", "Melior", "skane"),
    "MED_TRE": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-8T33", "Melior", "skane"),
    "BARN_LUND": ("Barn- och ungdomsmedicinska mottagningen, SUS Lund", "SE2321000255-6U61", "Melior", "skane"),
    # Skåne, PMO (primary care)
    "VC_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-4P11", "PMO", "skane"),
    "VC_HOLLV": ("Vårdcentralen Höllviken", "SE2321000255-4P26", "PMO", "skane"),
    "VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-4P38", "PMO", "skane"),
    "VC_NASBY": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-4P49", "PMO", "skane"),
    "VC_SIM": ("Vårdcentralen Simrishamn", "SE2321000255-4P57", "PMO", "skane"),
    "UM_MAL": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-4U02", "PMO", "skane"),
    # VGR, Melior
    "BC_SU": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012BC", "Melior", "vgr"),
    "ENDOKIR_SU": ("Endokrinkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013EK", "Melior", "vgr"),
    "AVD_SU": ("Avdelning 132, endokrin- och bröstkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000014AV", "Melior", "vgr"),
    "ENDO_SU": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000015EN", "Melior", "vgr"),
    "ONH_SU": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000016OH", "Melior", "vgr"),
    "ONK_SU": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000017JK", "Melior", "vgr"),
    "NUK_SU": ("Klinisk fysiologi och nuklearmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000018NM", "Melior", "vgr"),
    "KIR_SAS": ("Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000021KB", "Melior", "vgr"),
    "KIR_NU": ("Kirurgmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000022KU", "Melior", "vgr"),
    "BRM_NU": ("Bröstmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000023BU", "Melior", "vgr"),
    "KIR_SKAS": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000024KS", "Melior", "vgr"),
    "KIR_ALS": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000025KA", "Melior", "vgr"),
    "KIR_KUN": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000026KK", "Melior", "vgr"),
    "MED_SKAS": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000027ML", "Melior", "vgr"),
    "BARN_DSBUS": ("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000028DS", "Melior", "vgr"),
}

CASES = []


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def P(birth, nnn, protected=False):
    """birth 'YYYY-MM-DD', nnn three serial digits (third: odd man, even woman)."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + nnn
    return {"id": f"{y}{m}{d}-{nnn}{luhn_digit(nine)}", "birth_date": birth,
            "protected_identity": protected}


def A(name, role="läkare"):
    return {"name": name, "role": role}


def _iso(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def N(nid, unit, author, time, sections, template="Läkaranteckning", signed=True,
      setting="öppenvård", refs=None):
    uname, hsa, system, _region = UNITS[unit]
    t = _iso(time)
    if signed is True:
        sg = (t + dt.timedelta(minutes=35)).isoformat()
    elif signed is None:
        sg = None
    else:
        sg = _iso(signed).isoformat()
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": uname, "hsa_id": hsa}, "author": author,
            "time": t.isoformat(), "signed": sg, "setting": setting,
            "refs": list(refs or []),
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


def _targets(lst):
    out = []
    for item in lst:
        if isinstance(item, str):
            out.append([item, "n1"])
        else:
            out.append([item[0], item[1]])
    return out


def C(name, ruleset, patient, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_iso(n["time"].replace("T", " ")[:16]) for n in notes)
        d = (last + dt.timedelta(days=7)).date()
        if d.year > 2024:
            d = dt.date(2024, 12, 31)
        as_of = dt.datetime(d.year, d.month, d.day).isoformat()
    CASES.append({"case": name, "ruleset": ruleset,
                  "record": {"patient": patient, "as_of": as_of, "notes": notes,
                             "access_events": [], "conversations": [], "treatments": []},
                  "must": _targets(must), "must_not": _targets(must_not), "why": why})


# --------------------------------------------------------------------------- validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def validate(cases):
    probs = []
    names = set()
    sentences = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                 "refs", "sections"}
    for c in cases:
        nm = c["case"]
        if set(c) != case_keys:
            probs.append(f"{nm}: case keys {sorted(c)}")
        if not nm.startswith("d87-"):
            probs.append(f"{nm}: name prefix")
        if nm in names:
            probs.append(f"{nm}: duplicate case name")
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            probs.append(f"{nm}: ruleset")
        if not c["why"].strip():
            probs.append(f"{nm}: empty why")
        r = c["record"]
        if set(r) != rec_keys:
            probs.append(f"{nm}: record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            probs.append(f"{nm}: non-empty events")
        p = r["patient"]
        pid = p["id"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            probs.append(f"{nm}: pnr format {pid}")
        else:
            if f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != p["birth_date"]:
                probs.append(f"{nm}: pnr/birth_date mismatch")
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != m.group(5):
                probs.append(f"{nm}: Luhn")
        try:
            dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            probs.append(f"{nm}: bad birth date")
        asof = dt.datetime.fromisoformat(r["as_of"])
        if asof.year != 2024:
            probs.append(f"{nm}: as_of not 2024")
        ids = {}
        for n in r["notes"]:
            if set(n) != note_keys:
                probs.append(f"{nm}: note keys {sorted(n)}")
            if n["id"] in ids:
                probs.append(f"{nm}: duplicate note id")
            ids[n["id"]] = n
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                probs.append(f"{nm}: note time not 2024")
            if t > asof:
                probs.append(f"{nm}: note after as_of")
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    probs.append(f"{nm}: signed time")
            for when in (t, asof):
                if 13 <= _age(p["birth_date"], when) <= 15:
                    probs.append(f"{nm}: patient aged 13-15")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                probs.append(f"{nm}: VGR note not Melior")
            if n["system"] not in ("Melior", "PMO"):
                probs.append(f"{nm}: system")
            region = [u for u in UNITS.values() if u[0] == n["unit"]["name"]][0][3]
            if region != c["ruleset"]:
                probs.append(f"{nm}: unit region != ruleset")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                probs.append(f"{nm}: setting")
            if not n["sections"]:
                probs.append(f"{nm}: no sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    probs.append(f"{nm}: section")
                for snt in SENT_SPLIT.split(sec["text"]):
                    snt = snt.strip()
                    if len(snt) >= 25:
                        if snt in sentences and sentences[snt] != (nm, n["id"], sec["keyword"]):
                            probs.append(f"{nm}: sentence repeated (also in {sentences[snt][0]}): {snt!r}")
                        else:
                            sentences[snt] = (nm, n["id"], sec["keyword"])
        seen = set()
        for lst_name in ("must", "must_not"):
            for code, tgt in c[lst_name]:
                if code not in ("NL101", "NL102"):
                    probs.append(f"{nm}: code {code}")
                if tgt not in ids:
                    probs.append(f"{nm}: target {tgt} missing")
                    continue
                if (code, tgt) in seen:
                    probs.append(f"{nm}: {code} {tgt} asserted twice")
                seen.add((code, tgt))
                sysname = ids[tgt]["system"]
                if code == "NL102" and lst_name == "must" and sysname != "Melior":
                    probs.append(f"{nm}: NL102 must on non-Melior (PMO is always must_not)")
                if code == "NL101" and sysname == "PMO":
                    probs.append(f"{nm}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            probs.append(f"{nm}: nothing asserted")
    return probs


def main():
    probs = validate(CASES)
    if probs:
        for pr in probs:
            print("PROBLEM:", pr, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev87_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    reg = {}
    for c in CASES:
        reg[c["ruleset"]] = reg.get(c["ruleset"], 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    print("per ruleset:", reg)
    for k in sorted(stats):
        print(k, stats[k])


# =========================================================================== cases
# ---------------------------------------------------------------- chunk 1: breast
C("d87-mx-birads4c-misstankt-brostcancer", "skane", P("1966-09-14", "382"),
  [N("n1", "BRM_MAL", A("Helena Bergkvist"), "2024-02-06 10:20", [
      ("Aktuellt", "Kallad från screeningmammografi 24/1 pga nytillkommen förändring vä bröst. "
                   "Har själv inte känt något. Ingen hereditet för bröst- eller äggstockscancer."),
      ("Status", "Mammae: ua inspektoriskt. Vä bröst kl 2, 4 cm från mamillen, ca 1 cm fast "
                 "resistens, oöm. Axiller ua bilat."),
      ("Bedömning", "Spikulerad förändring 11 mm vä bröst kl 2, BI-RADS 4c på kompletterande "
                    "mammografi och UL. Misstänkt bröstcancer. Mellannålsbiopsi x3 tagen "
                    "UL-ledd, clipsmarkering."),
      ("Planering", "Svar inom en vecka. Återbesök hos mig 13/2 tillsammans med kontaktsjuksköterska."),
  ])],
  ["NL102"], ["NL101"],
  "BI-RADS 4c lesion written as 'Misstänkt bröstcancer' in Bedömning of a visible Melior note; nothing said about telling")

C("d87-ul-sannolikt-fibroadenom-17-ar", "vgr", P("2006-11-02", "244"),
  [N("n1", "BC_SU", A("Johanna Ekdahl"), "2024-03-11 13:05", [
      ("Anamnes", "17-årig flicka som själv känt en rörlig knöl i hö bröst sedan ett par "
                  "månader. Ingen smärta, ingen sekretion. Inga läkemedel utöver p-piller."),
      ("Status", "Hö bröst kl 10: 1,5 cm välavgränsad, rörlig, gummiartad resistens. Inga "
                 "indragningar. Axiller fria."),
      ("Bedömning", "UL: oval, parallellorienterad, homogent hypoekogen förändring 14 x 8 mm "
                    "med skarpa konturer. Sannolikt fibroadenom. Mellannålsbiopsi tas enligt "
                    "rutin för att fastställa diagnosen."),
  ], template="Mottagningsanteckning")],
  ["NL102"], [],
  "'Sannolikt fibroadenom' in a 17-year-old (reads her own journal): hedged benign diagnosis is still a hedged diagnosis")

C("d87-mx-birads2-ingen-misstanke-malignitet", "skane", P("1958-01-27", "106"),
  [N("n1", "BRM_HBG", A("Per-Olof Nyman"), "2024-04-17 09:40", [
      ("Bedömning", "Mammografi bilat visar spridda grova, popcornlika förkalkningar i vä "
                    "bröst, oförändrade jämfört med 2021. BI-RADS 2. Ingen misstanke om "
                    "malignitet. Åter till ordinarie screeningintervall."),
  ])],
  [], ["NL102"],
  "Hard negative: benign BI-RADS 2 with 'Ingen misstanke om malignitet' (negated) only")

C("d87-pad-nst-pat-ej-informerad", "vgr", P("1971-06-30", "528"),
  [N("n1", "BC_SU", A("Karin Lindqvist"), "2024-03-14 15:50", [
      ("Provsvar", "PAD mellannålsbiopsi hö bröst kl 7: invasiv bröstcancer av ospecificerad "
                   "typ (NST), histologisk grad 2. ER 95 %, PR 40 %, HER2 1+, Ki67 22 %."),
      ("Planering", "Patienten är ännu inte informerad om PAD-svaret. Besked lämnas vid besök "
                    "hos undertecknad 19/3 med kontaktsjuksköterska närvarande. Anmäld till "
                    "preoperativ MDK 21/3."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed invasive cancer in Provsvar while Planering says the patient is not yet informed")

C("d87-pad-lobular-besked-idag", "skane", P("1962-12-05", "020"),
  [N("n1", "BRM_LUND", A("Anders Wahlgren"), "2024-02-20 11:15", [
      ("Aktuellt", "Besök för PAD-besked. Pat kommer med sin make."),
      ("Bedömning", "Mellannålsbiopsin från vä bröst visar invasiv lobulär cancer, grad 2, "
                    "ER 100 %, HER2 negativ. Jag har idag gått igenom svaret med pat, som tar "
                    "emot beskedet sakligt men är tagen. Kontaktsjuksköterska Åsa Persson deltog."),
      ("Planering", "DT thorax-buk och MR bröst för stadieindelning. Tas upp på MDK nästa tisdag."),
  ])],
  [], ["NL101", "NL102"],
  "Confirmed lobular cancer, told to the patient at today's visit: neither rule")

C("d87-axill-misstankt-metastas-ej-informerad", "skane", P("1959-08-19", "462"),
  [N("n1", "BRM_HBG", A("Sofia Andrén"), "2024-05-07 14:10", [
      ("Utredning", "UL axill hö: en förstorad lymfkörtel 18 mm med excentriskt förtjockad "
                    "cortex och utsuddad hilus, misstänkt metastas. UL-ledd mellannål tagen "
                    "från körteln."),
      ("Bedömning", "Pat har inte informerats om axillfyndet idag; vi inväntar PAD innan det "
                    "tas upp, då det påverkar hela behandlingsupplägget."),
  ])],
  ["NL101", "NL102"], [],
  "Suspected axillary metastasis in a visible section and an explicit 'not informed about the axillary finding'")

C("d87-skane-mall-tidiga-hypoteser-inflammatorisk", "skane", P("1977-03-22", "146"),
  [N("n1", "BRM_MAL", A("Helena Bergkvist"), "2024-06-03 16:25", [
      ("Bedömning", "Rodnaden över hö bröst engagerar mer än en tredjedel av huden, peau "
                    "d'orange. Klinisk misstanke om inflammatorisk bröstcancer snarare än mastit "
                    "hos denna icke-ammande kvinna. Pat ej informerad om misstanken; hudbiopsi "
                    "och mellannål tas, svaret avvaktas innan samtal."),
  ], template="Tidiga hypoteser")],
  [], ["NL102", "NL101"],
  "Skåne template Tidiga hypoteser holds both the suspicion and the not-told statement: protected")

C("d87-vgr-sokord-tidiga-hypoteser-paget", "vgr", P("1955-10-11", "266"),
  [N("n1", "BC_SU", A("Maria Sjöstedt"), "2024-04-02 10:45", [
      ("Aktuellt", "Eksemliknande, fjällande förändring vä mamill sedan 4 mån. Har provat "
                   "hydrokortisonkräm i 3 veckor utan effekt. Stansbiopsi 4 mm tagen från areola."),
      ("Tidiga hypoteser", "Pagets sjukdom i bröstvårtan möjlig, DD kontakteksem. Diskuteras "
                           "inte med pat förrän PAD finns."),
  ])],
  [], ["NL102", "NL101"],
  "VGR: the hedged Paget diagnosis sits only under sökord Tidiga hypoteser; the visible section holds findings only")

C("d87-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", P("1969-02-08", "304"),
  [N("n1", "BRM_LUND", A("Anders Wahlgren"), "2024-03-26 08:55", [
      ("Status", "Vä bröst diffust fastare i övre yttre kvadranten, ingen avgränsbar knöl."),
      ("Tidiga hypoteser", "Diffus förtätning på mammografi utan avgränsbar tumör, trolig "
                           "lobulär cancer."),
  ])],
  ["NL102"], [],
  "Skåne filters by template, not sökord: 'Tidiga hypoteser' as a sökord inside an ordinary Läkaranteckning is visible")

C("d87-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", P("1964-07-29", "168"),
  [N("n1", "KIR_SKAS", A("Erik Fransson"), "2024-05-21 13:30", [
      ("Bedömning", "Mammografi: ny arkitekturstörning vä bröst kl 12 utan central tumör. "
                    "Möjlig radiär scar, DD tubulär cancer. Vakuumbiopsi planeras."),
  ], template="Tidiga hypoteser")],
  ["NL102"], [],
  "VGR filters by sökord: a note merely titled Tidiga hypoteser with sökord Bedömning is visible and holds a hedged diagnosis")

C("d87-mor-brostcancer-mormor-trolig-ovarialcancer", "vgr", P("1988-05-16", "422"),
  [N("n1", "KIR_SAS", A("Lina Carlberg"), "2024-01-30 14:00", [
      ("Anamnes", "Mor fick bröstcancer vid 42 års ålder, mormor dog i 50-årsåldern i trolig "
                  "äggstockscancer. Pat själv frisk, inga symtom från brösten."),
      ("Bedömning", "Mammografi och UL bilat utan anmärkning. Uppfyller kriterierna för "
                    "ärftlighetsutredning, remiss till onkogenetiska mottagningen skickad."),
  ])],
  [], ["NL102"],
  "Hedged cancer belongs to the grandmother (family history); patient's own imaging is normal")

C("d87-kand-lobular-ev-mr-trolig-op", "skane", P("1957-11-03", "084"),
  [N("n1", "BRM_LUND", A("Cecilia Hallberg"), "2024-04-09 15:40", [
      ("Planering", "Känd invasiv lobulär cancer vä bröst, 19 mm på UL. Ev. kompletterande MR "
                    "bröst inför op pga täta bröst (ACR d). Operation troligen v. 18, "
                    "sektorresektion + sentinel node."),
  ], signed=None)],
  [], ["NL102"],
  "Hedges only on plans (ev. MR, operation troligen v. 18); the cancer itself is confirmed. Unsigned draft")

C("d87-pmo-vc-susp-brostcancer", "skane", P("1961-04-18", "386"),
  [N("n1", "VC_LINERO", A("Magnus Öberg"), "2024-02-12 10:10", [
      ("Anamnes", "Känt en knöl i vä bröst sedan 2 veckor. Ingen smärta. Senaste mammografi 2022 ua."),
      ("Status", "Vä bröst övre yttre kvadrant: 2 cm fast, oregelbunden resistens, lätt "
                 "hudindragning. Palpabel körtel i vä axill."),
      ("Bedömning", "Susp. bröstcancer vä. Remiss enl. SVF till bröstmottagningen SUS Lund "
                    "idag, pat informerad om vad det innebär."),
  ], template="Besöksanteckning")],
  [], ["NL102"],
  "PMO never shows diagnoses: 'Susp. bröstcancer' in a vårdcentral note is not NL102")

C("d87-typo-mikroforkalkningar-dcis-kan-ej-utselutas", "skane", P("1970-09-09", "448"),
  [N("n1", "BRM_MAL", A("Jonas Strand"), "2024-08-15 11:30", [
      ("Bedömning", "Grupperade fina pleomorfa mikroförkalkningar 15 mm hö bröst kl 11, "
                    "BI-RADS 4b. DCIS kan ej utselutas. Stereotaktisk vakuumbiopsi bokas inom en vecka."),
  ])],
  ["NL102"], [],
  "Typo 'kan ej utselutas' still hedges DCIS about the patient's calcifications")

C("d87-ammande-bild-som-vid-mastit-abscess", "vgr", P("1993-01-25", "208"),
  [N("n1", "KIR_ALS", A("Oskar Brink"), "2024-09-02 19:40", [
      ("Aktuellt", "Ammar sin 5 veckor gamla son. Sedan 3 dagar ömhet, rodnad och feber upp "
                   "mot 39 grader. Tagit Alvedon."),
      ("Status", "Vä bröst kl 3: rodnad 6 x 5 cm, värmeökning, fluktuerande ömmande område "
                 "ca 2 cm. Temp 38,6."),
      ("Bedömning", "Bild som vid puerperal mastit med begynnande abscess; på UL 2,3 cm "
                    "vätskeansamling kl 3 vä bröst."),
      ("Åtgärd", "UL-ledd punktion, 8 ml pus, odling skickad. Flukloxacillin 1 g x 3 i 10 "
                 "dagar. Fortsätt amma eller pumpa."),
  ], setting="öppenvård")],
  ["NL102"], [],
  "'Bild som vid' mastitis with abscess in Bedömning")

C("d87-laktationsmastit-inga-tecken-pa-abscess", "skane", P("1996-07-07", "324"),
  [N("n1", "KIR_YST", A("Fatima Rahimi"), "2024-10-08 16:15", [
      ("Bedömning", "Laktationsmastit hö bröst, tredje dygnet med feber. UL: inga tecken på "
                    "abscess, ingen vätskeansamling."),
      ("Åtgärd", "Flukloxacillin 1 g x 3 i 10 dagar, fortsatt amning. Om tilltagande rodnad "
                 "eller ny feber efter 48 timmars antibiotika, hör av dig till mottagningen."),
  ])],
  [], ["NL102"],
  "Hard negative: confirmed mastitis, abscess negated ('inga tecken på'), and a conditional instruction")

C("d87-man-trolig-gynekomasti-dd-manlig-brostcancer", "skane", P("1953-02-14", "171"),
  [N("n1", "KIR_KRI", A("Björn Lantz"), "2024-03-04 09:20", [
      ("Anamnes", "71-årig man med hjärtsvikt, står på spironolakton sedan ett år. Ömhet och "
                  "förstoring vä bröst sedan 2 mån."),
      ("Bedömning", "Trolig läkemedelsutlöst gynekomasti, DD manlig bröstcancer då resistensen "
                    "ligger excentriskt om mamillen. Mammografi och UL beställda."),
  ])],
  ["NL102"], [],
  "Hedged gynecomastia with a DD of male breast cancer in a man's visible note")

C("d87-pojke-12-pubertetsgynekomasti", "vgr", P("2011-11-20", "113"),
  [N("n1", "BARN_DSBUS", A("Ulrika Hedén"), "2024-05-14 10:30", [
      ("Bedömning", "Pubertetsgynekomasti bilat, Tanner G3. Ingen misstanke om endokrin "
                    "sjukdom: testikelstatus ua, normala LH, FSH, testosteron, östradiol och hCG."),
      ("Information", "Pojken och vårdnadshavare informerade om att tillståndet oftast går "
                      "tillbaka inom 1–2 år. Ingen uppföljning planerad."),
  ], template="Mottagningsanteckning")],
  [], ["NL102"],
  "Child under 13 (guardian reads): confirmed pubertal gynecomastia, other disease negated")

C("d87-kontaktssk-telefon-besked-ej-per-telefon", "skane", P("1952-06-28", "560"),
  [N("n1", "BRM_MAL", A("Åsa Persson", "sjuksköterska"), "2024-02-19 13:45", [
      ("Telefonkontakt", "Pat ringer och frågar efter biopsisvaret. PAD visar invasiv duktal "
                         "cancer. Enligt överenskommelse med ansvarig läkare lämnas beskedet "
                         "inte per telefon, pat vet därför ännu inte om diagnosen. Tid för "
                         "läkarbesök i morgon kl 10.15 bokad, pat tar med sig dottern."),
  ], template="Telefonanteckning")],
  ["NL101"], ["NL102"],
  "Nurse phone note states the cancer and that the patient does not yet know it")

C("d87-telefon-ej-kallad-op-datum", "vgr", P("1968-10-01", "402"),
  [N("n1", "BC_SU", A("Yasmin Haddad", "sjuksköterska"), "2024-04-22 09:05", [
      ("Telefonkontakt", "Pat med känd bröstcancer hö ringer angående operationsdatum. Datumet "
                         "är ännu inte fastställt och pat har därför inte fått någon kallelse. "
                         "Planeringssjuksköterskan återkommer senast fredag."),
  ], template="Telefonanteckning")],
  [], ["NL101"],
  "Hard negative: what the patient has not been told is an operation date; the cancer is known to her")

C("d87-mdk-rekommendation-ej-meddelad-diagnos-kand", "skane", P("1966-01-12", "226"),
  [N("n1", "BRM_LUND", A("Cecilia Hallberg"), "2024-04-09 17:10", [
      ("Bedömning", "MDK 9/4: 58-årig kvinna med invasiv duktal cancer vä bröst, cT1cN0M0, "
                    "ER-positiv, HER2-negativ. Rekommendation: sektorresektion + sentinel node "
                    "biopsi, därefter adjuvant strålbehandling."),
      ("Planering", "Pat känner till sin diagnos sedan besöket 2/4. Konferensens "
                    "rekommendation har ännu inte meddelats henne, kontaktsjuksköterska ringer i morgon."),
  ], template="MDK-anteckning")],
  [], ["NL101", "NL102"],
  "Hard negative: only the MDK recommendation (a plan) is untold; the diagnosis was told 2/4")

C("d87-mdk-dcis-misstankt-mikroinvasion-ej-besked", "vgr", P("1974-04-04", "286"),
  [N("n1", "BC_SU", A("Karin Lindqvist"), "2024-04-16 16:00", [
      ("Konferens", "Preoperativ MDK. Vakuumbiopsi vä bröst: höggradig DCIS, fokalt misstänkt "
                    "mikroinvasion. Utbredning 45 mm på MR. Rekommendation: mastektomi med "
                    "sentinel node, diskussion om direktrekonstruktion."),
      ("Planering", "Pat har ännu inte fått besked om biopsisvaret, beskedssamtal hos dr "
                    "Lindqvist 18/4."),
  ], template="Konferensanteckning")],
  ["NL101", "NL102"], [],
  "DCIS with suspected microinvasion in a visible MDK note and the patient not yet told")

C("d87-epikris-slutligt-pad-ej-klart", "skane", P("1949-03-30", "042"),
  [N("n1", "AVD_LUND", A("Linnea Forsberg"), "2024-05-29 12:20", [
      ("Diagnos", "Invasiv duktal cancer hö bröst, C50.4."),
      ("Epikris", "Inkom planerat för mastektomi hö med sentinel node biopsi. Okomplicerat "
                  "förlopp, drän avvecklat dag 2. Smärtlindrad på paracetamol."),
      ("Uppföljning", "Slutligt PAD är ännu inte klart och pat har därför inte fått något "
                      "besked om det. Återbesök bröstmottagningen om 2 veckor."),
  ], template="Epikris", setting="slutenvård")],
  [], ["NL101"],
  "Hard negative: the thing not yet given to the patient is a pending PAD, not a diagnosis; the cancer is known")

C("d87-vakuumbiopsi-forenligt-med-papillom", "vgr", P("1979-12-17", "364"),
  [N("n1", "KIR_SKAS", A("Erik Fransson"), "2024-06-12 10:50", [
      ("Aktuellt", "Blodig sekretion från en mjölkgång hö bröst sedan 2 mån."),
      ("Bedömning", "Vakuumbiopsi hö bröst retroareolärt: fynd förenligt med intraduktalt "
                    "papillom utan atypi. Ingen ytterligare kirurgi behövs om sekretionen upphör."),
  ])],
  ["NL102"], [],
  "'Förenligt med intraduktalt papillom' hedges a benign diagnosis in a visible section")

C("d87-sokord-fragestallning-malignitet", "skane", P("1983-08-08", "488"),
  [N("n1", "KIR_LKR", A("Mikael Dahl"), "2024-07-03 08:40", [
      ("Frågeställning", "Malignitet? Knöl vä bröst sedan 3 veckor, ökar i storlek."),
      ("Anamnes", "40-årig kvinna, 2 barn, ammade senast 2019. Inga läkemedel."),
      ("Planering", "Trippeldiagnostik på bröstmottagningen Helsingborg nästa vecka."),
  ])],
  ["NL102"], [],
  "'Malignitet?' under the sökord Frågeställning is a question mark on a diagnosis of the patient")

C("d87-brca1-barare-ev-rekonstruktion", "vgr", P("1990-02-21", "526"),
  [N("n1", "BRM_NU", A("Sara Holmgren"), "2024-02-27 14:35", [
      ("Aktuellt", "Känd BRCA1-bärare (patogen variant påvisad 2022). Inför riskreducerande "
                   "bilateral mastektomi."),
      ("Planering", "Op planerad i höst, ev. samtidig rekonstruktion med implantat. Pat har "
                    "funderat länge och är säker på sitt beslut."),
  ])],
  [], ["NL102"],
  "Confirmed carrier status; the only hedge ('ev.') is on a reconstruction plan")

C("d87-typo-missankt-lokalrecidiv", "skane", P("1956-05-05", "140"),
  [N("n1", "BRM_HBG", A("Sofia Andrén"), "2024-09-18 15:05", [
      ("Bedömning", "Opererad vä bröst 2019 pga bröstcancer. Missänkt lokalrecidiv i ärret, "
                    "8 mm oregelbunden förändring på UL. Mellannål tagen."),
  ])],
  ["NL102"], [],
  "Typo 'Missänkt' still hedges a local recurrence in a visible note")

C("d87-fettnekros-recidiv-avskrivs", "skane", P("1954-10-23", "362"),
  [N("n1", "BRM_MAL", A("Jonas Strand"), "2024-10-01 11:10", [
      ("Bedömning", "PAD från förändringen i operationsärret: fettnekros. Recidiv avskrivs. "
                    "Fortsatt årlig mammografikontroll enligt vårdprogram."),
  ])],
  [], ["NL102"],
  "Hard negative: recurrence ruled out ('avskrivs'), fat necrosis confirmed")

C("d87-kontroll-ul-normalt-svar-ej-meddelat", "vgr", P("1985-04-13", "268"),
  [N("n1", "KIR_KUN", A("Malin Ottosson", "sjuksköterska"), "2024-11-05 08:30", [
      ("Provsvar", "Kontroll-UL vä bröst efter 6 månader: oförändrad storlek och utseende, "
                   "radiologen bedömer förändringen som stabil. Ingen ytterligare kontroll."),
      ("Åtgärd", "Svaret är inte meddelat pat ännu, brev med svaret skickas i dag."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL101"],
  "Hard negative: an unchanged, reassuring control result is not yet sent; no diagnosis is withheld")

C("d87-ul-talar-emot-malignitet", "vgr", P("1997-09-30", "186"),
  [N("n1", "BC_SU", A("Johanna Ekdahl"), "2024-06-25 14:20", [
      ("Bedömning", "UL: ovalt hyperekogent område 9 mm hö bröst kl 8, mjukt vid elastografi. "
                    "Morfologin talar emot malignitet, BI-RADS 2. Ingen biopsi behövs."),
  ])],
  [], ["NL102"],
  "Hard negative: 'talar emot malignitet' is a negation, not a hypothesis")

C("d87-malignitetsmisstanke-avskriven-fibroadenom", "skane", P("2000-03-03", "544"),
  [N("n1", "KIR_KRI", A("Björn Lantz"), "2024-01-23 13:00", [
      ("Bedömning", "Mellannålsbiopsin visar fibroadenom. Den malignitetsmisstanke som fanns "
                    "vid den kliniska undersökningen är därmed avskriven. Pat informerad per "
                    "telefon, ingen ytterligare åtgärd."),
  ], template="Telefonanteckning")],
  [], ["NL102", "NL101"],
  "Earlier suspicion explicitly written off; the confirmed fibroadenoma was told to the patient")

C("d87-om-pad-visar-cancer-ny-mdk", "vgr", P("1960-12-12", "482"),
  [N("n1", "KIR_SAS", A("Lina Carlberg"), "2024-08-27 15:30", [
      ("Operation", "Diagnostisk excision av radiär scar vä bröst kl 1 efter trådmarkering. "
                    "Specimenröntgen visar clips och förändringen i preparatet."),
      ("Planering", "Om PAD visar cancer tas pat upp på MDK igen för ställningstagande till "
                    "sentinel node. Besked per telefon om 10 dagar."),
  ], template="Operationsberättelse")],
  [], ["NL102"],
  "Hard negative: cancer only in a conditional ('Om PAD visar cancer'); radial scar is confirmed by biopsy")

C("d87-borderline-phyllodes-ej-informerad", "skane", P("1981-07-19", "502"),
  [N("n1", "BRM_LUND", A("Anders Wahlgren"), "2024-05-23 16:40", [
      ("Provsvar", "PAD efter excision hö bröst: borderline phyllodestumör, 42 mm, marginal 1 mm."),
      ("Bedömning", "Pat är ännu inte informerad. Tid för besked hos kirurg 30/5, då "
                    "reoperation för bredare marginal också behöver diskuteras."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed borderline phyllodes tumour and 'Pat är ännu inte informerad'")

C("d87-manlig-brostcancer-ej-underrattad", "vgr", P("1958-03-09", "317"),
  [N("n1", "KIR_SKAS", A("Henrik Alm"), "2024-07-09 11:55", [
      ("Provsvar", "PAD mellannål vä bröst: invasiv bröstcancer NST, grad 2, ER-positiv, HER2 0."),
      ("Åtgärd", "Pat ej underrättad om PAD-svaret då han inte svarar i telefon; beskedet ska "
                 "inte lämnas i brev. Kallelse till läkarbesök skickad med förtur."),
  ])],
  ["NL101"], ["NL102"],
  "Male breast cancer confirmed; patient not reached and explicitly not told")

C("d87-typo-mr-multifokal-ej-infomerad", "skane", P("1972-11-27", "540"),
  [N("n1", "BRM_MAL", A("Helena Bergkvist"), "2024-03-07 14:25", [
      ("Utredning", "MR bröst: ytterligare två tumörfoci hö bröst, multifokal cancer med total "
                    "utbredning 6 cm."),
      ("Planering", "Pat ej infomerad om MR-svaret, tas vid återbesöket på torsdag då "
                    "mastektomi kommer att rekommenderas."),
  ], signed=None)],
  ["NL101"], [],
  "Typo 'ej infomerad': multifocal cancer on MR not yet told; unsigned draft")

C("d87-slutligt-pad-pn1a-ej-delgiven", "vgr", P("1963-09-05", "226"),
  [N("n1", "BC_SU", A("Maria Sjöstedt"), "2024-05-31 10:15", [
      ("Provsvar", "Slutligt PAD: invasiv duktal cancer 28 mm, pT2, två makrometastaser i "
                   "sentinel node (2/3), pN1a."),
      ("Planering", "Pat har ännu inte delgivits PAD-svaret. Planerat återbesök 6/6 med "
                    "kontaktsjuksköterska, remiss onkologen skickas efter besöket."),
  ], template="Provsvarsanteckning")],
  ["NL101"], [],
  "Lymph node metastases in final PAD 'ännu inte delgivits' the patient")

C("d87-barnen-ej-informerade-pat-valinformerad", "skane", P("1967-06-02", "108"),
  [N("n1", "ONK_LUND", A("Gustav Ek"), "2024-09-10 13:40", [
      ("Bedömning", "Pat välinformerad om sin metastaserade bröstcancer med skelettmetastaser "
                    "i ländrygg och bäcken. På hennes uttryckliga begäran har barnen ännu inte "
                    "informerats; kurator kontaktad för stöd i hur det kan göras."),
  ])],
  [], ["NL101"],
  "Hard negative: only the children are untold; the patient knows her diagnosis")

C("d87-last-pad-i-journalen-fore-besok", "vgr", P("1976-02-16", "464"),
  [N("n1", "KIR_ALS", A("Oskar Brink"), "2024-10-15 09:50", [
      ("Aktuellt", "Pat hade läst PAD-svaret i 1177 innan besöket och kände redan till att det "
                   "rör sig om DCIS. Vi gick igenom vad diagnosen innebär och möjliga operationsmetoder."),
      ("Planering", "Sektorresektion vä efter trådmarkering, MDK-anmäld."),
  ])],
  [], ["NL101"],
  "Patient already knew the DCIS from Journalen and it was discussed today")

C("d87-skelettscint-forenligt-metastaser-ovetande", "skane", P("1960-08-21", "286"),
  [N("n1", "ONK_LUND", A("Gustav Ek"), "2024-09-03 15:15", [
      ("Provsvar", "Skelettscintigrafi: multipla upptag i kotpelaren och bäckenet, förenligt "
                   "med skelettmetastaser."),
      ("Bedömning", "Pat ännu ovetande om fyndet; ansvarig onkolog tar samtalet vid besöket "
                    "12/9 tillsammans med kontaktsjuksköterska."),
  ])],
  ["NL101", "NL102"], [],
  "Skeletal metastases 'förenligt med' in a visible section and 'pat ännu ovetande'")

C("d87-typo-ingen-missanke-cysta-tomd", "vgr", P("1975-05-26", "342"),
  [N("n1", "BRM_NU", A("Sara Holmgren"), "2024-03-19 10:05", [
      ("Bedömning", "Enkel cysta 22 mm vä bröst, UL-ledd punktion med 6 ml klar vätska. Cystan "
                    "helt tömd efteråt. Ingen missanke om malignitet."),
  ])],
  [], ["NL102"],
  "Typo in negation 'Ingen missanke om' still negates")

C("d87-pmo-ungdomsmott-trolig-fibroadenom", "skane", P("2006-10-10", "128"),
  [N("n1", "UM_MAL", A("Ebba Nordin"), "2024-04-24 15:20", [
      ("Bedömning", "17-åring med 2 cm rörlig, oöm knöl hö bröst. Trolig fibroadenom. Remiss "
                    "till bröstmottagningen SUS Malmö för UL."),
  ], template="Journalanteckning")],
  [], ["NL102"],
  "PMO (ungdomsmottagning) note with a hedged diagnosis is never NL102")

C("d87-remiss-plastik-ej-meddelad", "skane", P("1965-12-01", "166"),
  [N("n1", "KIR_YST", A("Fatima Rahimi"), "2024-06-18 14:45", [
      ("Åtgärd", "Känd invasiv cancer hö bröst, opererad med mastektomi 3/6. Remiss för "
                 "rekonstruktionsbedömning skickad till plastikkirurgiska kliniken SUS Malmö. "
                 "Pat har inte fått besked om att remissen gått iväg, meddelas vid nästa kontakt."),
  ])],
  [], ["NL101"],
  "Hard negative: the untold thing is that a referral was sent")

C("d87-besked-via-tolk", "vgr", P("1970-01-31", "504"),
  [N("n1", "BC_SU", A("Karin Lindqvist"), "2024-02-08 13:30", [
      ("Aktuellt", "Besked om PAD via telefontolk på arabiska: invasiv duktal cancer vä bröst, "
                   "grad 3, trippelnegativ. Pat förstod beskedet och ställde relevanta frågor "
                   "om cytostatika. Kontaktsjuksköterska Yasmin Haddad deltog."),
  ])],
  [], ["NL101"],
  "Diagnosis told through an interpreter today")

C("d87-vantetid-rekonstruktion-ej-informerad", "skane", P("1973-04-24", "588"),
  [N("n1", "BRM_HBG", A("Per-Olof Nyman"), "2024-11-12 08:50", [
      ("Aktuellt", "Mastektomi vä 2023 pga DCIS, pat bär extern protes. Pat ej informerad om "
                   "väntetiden för sekundär rekonstruktion, plastikkirurgen hör av sig direkt."),
  ], signed=None)],
  [], ["NL101"],
  "Hard negative: 'ej informerad' is about a waiting time; unsigned draft")

C("d87-postop-eventuellt-latt-feber", "vgr", P("1959-11-11", "222"),
  [N("n1", "KIR_KUN", A("Malin Ottosson", "sjuksköterska"), "2024-08-12 10:40", [
      ("Telefonkontakt", "Opererad med sektorresektion hö i fredags pga bröstcancer. "
                         "Eventuellt lätt feber i går kväll, ej uppmätt. Såret torrt och lugnt "
                         "enligt pat, ingen rodnad. Ringer igen vid temp över 38."),
  ], template="Telefonanteckning")],
  [], ["NL102"],
  "Hard negative: hedge on a symptom ('Eventuellt lätt feber'), the cancer is confirmed")

C("d87-flicka-7-trolig-prematur-telarke", "skane", P("2016-12-06", "060"),
  [N("n1", "BARN_LUND", A("Karolina Vik"), "2024-10-22 09:15", [
      ("Anamnes", "7-årig flicka, mamma har sett en bröstknopp hö sedan 2 månader. Ingen "
                  "längdacceleration, ingen pubesbehåring."),
      ("Bedömning", "Trolig isolerad prematur telarke, DD central pubertas praecox. "
                    "Skelettålder och LH/FSH beställda."),
  ], template="Mottagningsanteckning")],
  ["NL102"], [],
  "Child under 13: hedged diagnosis with DD in a visible note that the guardian reads")

C("d87-ev-begynnande-lymfodem", "skane", P("1957-07-15", "024"),
  [N("n1", "BRM_MAL", A("Åsa Persson", "sjuksköterska"), "2024-12-03 11:00", [
      ("Aktuellt", "Kontroll ett år efter axillutrymning vä. Tyngdkänsla i vä arm, "
                   "omfångsskillnad 1,8 cm mitt på underarmen."),
      ("Bedömning", "Ev. begynnande lymfödem vä arm. Remiss till lymfterapeut, "
                    "kompressionsärm provas ut."),
  ], template="Sjuksköterskeanteckning")],
  ["NL102"], [],
  "'Ev.' directly before a diagnosis (lymfödem) rather than before a plan")

C("d87-oklart-om-recidiv-eller-arrvavnad", "vgr", P("1950-10-05", "188"),
  [N("n1", "BRM_NU", A("Sara Holmgren"), "2024-11-19 14:10", [
      ("Bedömning", "Mammografi: ny oregelbunden förtätning vid tidigare resektionsområde vä. "
                    "Oklart om det rör sig om recidiv eller postoperativ ärrbildning. "
                    "Mellannålsbiopsi tas."),
  ])],
  ["NL102"], [],
  "'Oklart om det rör sig om recidiv' hedges a diagnosis")
# ---------------------------------------------------------------- chunk 2: thyroid
C("d87-tirads5-misstankt-papillar-cancer", "skane", P("1984-02-29", "446"),
  [N("n1", "ENDOKIR_LUND", A("Martin Kjellberg"), "2024-01-16 10:35", [
      ("Anamnes", "Remitterad från vårdcentralen efter att en knöl i halsen hittats vid "
                  "förkylningsbesök. Ingen heshet, inga sväljningsbesvär. Ingen strålning mot halsen i barndomen."),
      ("Status", "Fast, oöm nodulus ca 1,5 cm hö tyreoidealob. Inga palpabla lymfkörtlar på halsen."),
      ("Bedömning", "UL tyreoidea: 14 mm solid, markant hypoekogen nodulus hö lob, "
                    "taller-than-wide, mikroförkalkningar. EU-TIRADS 5. Misstänkt papillär "
                    "tyreoideacancer. UL-ledd finnålspunktion tagen."),
  ])],
  ["NL102"], ["NL101"],
  "EU-TIRADS 5 nodule written as 'Misstänkt papillär tyreoideacancer'; nothing about telling")

C("d87-bethesda-ii-forenligt-med-kolloid-struma", "vgr", P("1961-09-17", "062"),
  [N("n1", "ENDOKIR_SU", A("Annika Storm"), "2024-02-13 14:50", [
      ("Provsvar", "Cytologi från 28 mm nodulus vä lob: Bethesda II, förenligt med kolloid "
                   "nodulär struma."),
      ("Bedömning", "Ingen operationsindikation i dag då pat saknar kompressionssymtom. Ny "
                    "UL-kontroll om 18 månader."),
  ])],
  ["NL102"], [],
  "Benign Bethesda II cytology phrased 'förenligt med kolloid nodulär struma' is a hedged diagnosis")

C("d87-bethesda-iv-follikular-cancer-kan-ej-uteslutas", "skane", P("1975-12-24", "528"),
  [N("n1", "ONH_MAL", A("Ida Kronqvist"), "2024-03-12 11:45", [
      ("Provsvar", "FNP: cellrikt utstryk med mikrofollikulärt mönster, Bethesda IV."),
      ("Bedömning", "Misstanke om follikulär neoplasi; follikulär cancer kan inte uteslutas "
                    "cytologiskt. Diagnostisk hemityreoidektomi hö bör göras."),
  ])],
  ["NL102"], [],
  "Bethesda IV: 'Misstanke om follikulär neoplasi' and 'kan inte uteslutas' in a visible Bedömning")

C("d87-bethesda-vi-pat-ej-informerad", "vgr", P("1989-06-11", "306"),
  [N("n1", "ONH_SU", A("Petter Lundh"), "2024-04-05 15:25", [
      ("Provsvar", "Cytologi hö tyreoidealob: Bethesda VI, papillär tyreoideacancer."),
      ("Planering", "Pat ej informerad om cytologisvaret. Kallas till läkarbesök nästa vecka, "
                    "inte per telefon."),
  ])],
  ["NL101"], ["NL102"],
  "Bethesda VI papillary cancer confirmed cytologically; patient explicitly not informed")

C("d87-bethesda-vi-informerad-tidigare-inskrivning", "skane", P("1978-08-02", "380"),
  [N("n1", "AVD_LUND", A("Linnea Forsberg"), "2024-06-19 07:45", [
      ("Inskrivning", "Pat informerades om papillär tyreoideacancer (Bethesda VI) vid "
                      "mottagningsbesöket 5/6. Inkommer idag för total tyreoidektomi med central "
                      "lymfkörtelutrymning."),
      ("Status", "AT gott. Hals: 2 cm fast nodulus hö lob. Stämband rörliga bilat vid preop "
                 "laryngoskopi. Cor: RR 72. Pulm: ua."),
      ("Planering", "Fastande från midnatt. Postop kalcium och PTH morgon dag 1."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  [], ["NL101"],
  "Diagnosis already told at an earlier visit (5/6)")

C("d87-pmo-typo-trolig-hashimotos-tyreodit", "skane", P("1982-05-20", "248"),
  [N("n1", "VC_HOLLV", A("Sanna Jeppsson"), "2024-02-01 09:30", [
      ("Bedömning", "TSH 7,8, fritt T4 12, TPO-antikroppar kraftigt förhöjda. Trolig Hashimotos "
                    "tyreodit. Start Levaxin 50 µg, ny TSH om 8 veckor."),
  ], template="Besöksanteckning")],
  [], ["NL102"],
  "PMO vårdcentral note with 'Trolig Hashimotos tyreodit' (typo): never NL102")

C("d87-multinodos-struma-ingen-misstanke-malignitet", "vgr", P("1955-03-14", "302"),
  [N("n1", "KIR_SAS", A("Tobias Wiklund"), "2024-03-05 13:15", [
      ("Bedömning", "Multinodös struma, största nodulus 32 mm vä lob, EU-TIRADS 3, benign "
                    "cytologi 2022. Ingen misstanke om malignitet vid UL eller cytologi. Trånghetskänsla och "
                    "sväljningsbesvär, trakea lätt deviderad åt hö på DT."),
      ("Planering", "Total tyreoidektomi erbjuds pga kompressionssymtom, pat accepterar."),
  ])],
  [], ["NL102"],
  "Hard negative: goitre confirmed, malignancy negated")

C("d87-graves-ev-tyreoidektomi", "skane", P("1991-11-08", "564"),
  [N("n1", "ENDO_MAL", A("Nadia Haddad"), "2024-04-23 10:00", [
      ("Bedömning", "Graves sjukdom med recidiv 4 mån efter avslutad tyreostatikabehandling, "
                    "TRAK 12. Lätt endokrin oftalmopati, CAS 2."),
      ("Planering", "Ev. total tyreoidektomi alternativt radiojod, pat funderar och "
                    "återkommer. Tiamazol 10 mg x 2 under tiden."),
  ])],
  [], ["NL102"],
  "Hard negative: the 'Ev.' is on a treatment choice; Graves' disease is confirmed")

C("d87-kalcitonin-talar-for-medullar-cancer", "vgr", P("1968-04-26", "139"),
  [N("n1", "ENDO_SU", A("Rikard Sundén"), "2024-05-08 11:20", [
      ("Provsvar", "S-kalcitonin 480 ng/L, CEA 38 µg/L."),
      ("Bedömning", "Talar för medullär tyreoideacancer i den 2 cm stora nodulus i vä lob. "
                    "RET-analys och P-metanefriner tas före operation."),
  ])],
  ["NL102"], [],
  "'Talar för medullär tyreoideacancer' hedges a cancer diagnosis")

C("d87-men2a-barn-ingen-misstanke-medullar", "vgr", P("2020-01-19", "044"),
  [N("n1", "BARN_DSBUS", A("Ulrika Hedén"), "2024-02-15 10:00", [
      ("Anamnes", "4-årig flicka. Mamma opererad 2021 för medullär tyreoideacancer, RET-mutation "
                  "(MEN2A) påvisad hos mamma och vid familjescreening även hos flickan."),
      ("Bedömning", "Kalcitonin normalt för åldern, UL tyreoidea ua. Ingen misstanke om "
                    "medullär cancer i dagsläget."),
      ("Planering", "Profylaktisk tyreoidektomi diskuteras med föräldrarna, remiss till "
                    "barnkirurgen för bedömning av tidpunkt."),
  ], template="Mottagningsanteckning")],
  [], ["NL102"],
  "Child under 13: cancer belongs to the mother or is negated for the child; carrier status is confirmed")

C("d87-scint-talar-for-toxiskt-adenom", "skane", P("1950-07-01", "508"),
  [N("n1", "ENDO_MAL", A("Nadia Haddad"), "2024-06-04 13:55", [
      ("Bedömning", "Subklinisk hypertyreos, TRAK negativ. Tyreoideascintigrafi: fokalt "
                    "upptag i vä lob med supprimerad övrig körtel, talar för toxiskt adenom."),
      ("Planering", "Radiojodbehandling erbjuds."),
  ])],
  ["NL102"], [],
  "'Talar för toxiskt adenom' in a visible Bedömning")

C("d87-typo-differentialdiagos-subakut-tyreoidit", "vgr", P("1979-10-28", "226"),
  [N("n1", "MED_SKAS", A("Jessica Ljung"), "2024-10-14 16:30", [
      ("Aktuellt", "Smärtsam svullnad hö sida halsen sedan en vecka, strålar mot örat. Haft "
                   "halsfluss för 3 veckor sedan."),
      ("Bedömning", "SR 78, TSH 0,02, fritt T4 31. Differentialdiagos subakut tyreoidit (de "
                    "Quervain) eller blödning i nodulus; UL och scintigrafi beställda."),
  ])],
  ["NL102"], [],
  "Typo 'Differentialdiagos' spelled out before two diagnoses of the patient")

C("d87-postop-trolig-recurrenspares", "skane", P("1964-02-02", "120"),
  [N("n1", "AVD_LUND", A("Martin Kjellberg"), "2024-06-21 08:15", [
      ("Aktuellt", "Dag 1 efter total tyreoidektomi. Påtagligt hes, dricker utan att sätta i halsen."),
      ("Bedömning", "Fiberlaryngoskopi: nedsatt rörlighet vä stämband, trolig övergående pares "
                    "av n. laryngeus recurrens. Kalcium 2,21."),
  ], signed=None, setting="slutenvård")],
  ["NL102"], [],
  "Postoperative complication written 'trolig ... pares' is a hedged diagnosis; unsigned draft")

C("d87-postop-hypopara-om-stickningar", "vgr", P("1972-08-30", "582"),
  [N("n1", "AVD_SU", A("Emma Kullberg"), "2024-07-04 14:00", [
      ("Diagnos", "Postoperativ hypoparatyreoidism efter total tyreoidektomi pga Graves sjukdom."),
      ("Epikris", "Lägsta S-Ca 1,98 dag 1, PTH under 1. Insatt på kalciumkarbonat 500 mg x 3 "
                  "och alfakalcidol 0,5 µg. Ca 2,14 vid utskrivning."),
      ("Information", "Om stickningar i fingrar eller runt munnen, eller kramper, sök akut. Nytt "
                      "kalcium på vårdcentralen om en vecka."),
  ], template="Epikris", setting="slutenvård")],
  [], ["NL102"],
  "Hard negative: confirmed postoperative hypoparathyroidism and a conditional instruction")

C("d87-anaplastisk-pat-informerad-sonen-ej", "skane", P("1941-05-09", "042"),
  [N("n1", "ONH_MAL", A("Ida Kronqvist"), "2024-08-06 15:50", [
      ("Bedömning", "Mellannålsbiopsin visar anaplastisk tyreoideacancer. Pat informerad idag "
                    "med dottern närvarande, hon förstod allvaret. Pat önskar att sonen i "
                    "Australien inte informeras förrän hon själv ringt honom."),
      ("Planering", "Akut MDK i morgon, DT hals-thorax bokad."),
  ])],
  [], ["NL101"],
  "Hard negative: patient told; only a relative is untold")

C("d87-anaplastisk-pat-vet-ej", "vgr", P("1946-12-20", "168"),
  [N("n1", "ONH_SU", A("Petter Lundh"), "2024-08-13 17:05", [
      ("Provsvar", "PAD mellannål hö tyreoidea: anaplastisk tyreoideacancer."),
      ("Bedömning", "Pat vet ännu inte om diagnosen. Enligt överenskommelse med pat vid förra "
                    "besöket ges beskedet först när onkolog kan delta, samtal bokat 15/8."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed anaplastic cancer, 'Pat vet ännu inte om diagnosen'")

C("d87-typo-sannolkit-follikulart-adenom", "vgr", P("1987-01-04", "362"),
  [N("n1", "KIR_NU", A("David Olander"), "2024-09-24 10:25", [
      ("Bedömning", "Hemityreoidektomi vä utförd 10/9. Fryssnitt visade follikulär tumör "
                    "utan säker kapselgenombrott, sannolkit follikulärt adenom. Slutligt PAD "
                    "väntas inom 2 veckor."),
  ])],
  ["NL102"], [],
  "Typo 'sannolkit' still hedges follicular adenoma")

C("d87-tyreoidealymfom-kan-ej-uteslutas", "skane", P("1944-09-13", "264"),
  [N("n1", "KIR_KRI", A("Björn Lantz"), "2024-11-26 13:35", [
      ("Anamnes", "Känd Hashimotos tyreoidit sedan 20 år. Snabbt tilltagande struma senaste månaden."),
      ("Bedömning", "Tyreoidealymfom kan ej uteslutas. Mellannålsbiopsi med flödescytometri tas i dag."),
  ])],
  ["NL102"], [],
  "'Kan ej uteslutas' after a diagnosis of the patient in a visible section")

C("d87-16-arig-bethesda-iii-malignitet-kan-inte-uteslutas", "vgr", P("2008-01-22", "180"),
  [N("n1", "ENDOKIR_SU", A("Annika Storm"), "2024-09-12 09:10", [
      ("Bedömning", "16-årig flicka med solitär nodulus 18 mm hö lob, EU-TIRADS 4, cytologi "
                    "Bethesda III vid två tillfällen. Malignitet kan inte uteslutas."),
      ("Planering", "Diagnostisk hemityreoidektomi hö, op-anmälan skickad."),
  ])],
  ["NL102"], [],
  "16-year-old (reads her own journal): malignancy not excluded in a visible section")

C("d87-typo-medullar-cancer-ej-underattad", "skane", P("1957-10-16", "302"),
  [N("n1", "ENDOKIR_LUND", A("Martin Kjellberg"), "2024-05-02 16:10", [
      ("Provsvar", "Cytologi vä lob med immunfärgning positiv för kalcitonin: medullär "
                   "tyreoideacancer. S-kalcitonin 1 200 ng/L."),
      ("Planering", "Pat inte underättad, tid hos undertecknad 7/5. Genetisk vägledning erbjuds i samband med beskedet."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed medullary cancer with typo 'Pat inte underättad'")

C("d87-utkast-bethesda-v-efter-mdk", "vgr", P("1983-03-18", "408"),
  [N("n1", "ENDOKIR_SU", A("Annika Storm"), "2024-10-03 15:40", [
      ("Provsvar", "Cytologi vä lob: Bethesda V, misstänkt papillär tyreoideacancer."),
      ("Planering", "Ska inte informeras förrän fallet diskuterats på endokrin-MDK 9/10, pat "
                    "har själv bett att få alla besked samlat."),
  ], signed=None)],
  ["NL101", "NL102"], [],
  "Unsigned draft: suspected papillary cancer visible and 'ska inte informeras förrän' MDK")

C("d87-misstankt-provforvaxling-tsh", "skane", P("1948-06-06", "126"),
  [N("n1", "ENDO_MAL", A("Klara Hedin", "sjuksköterska"), "2024-03-21 14:05", [
      ("Telefonkontakt", "Känd hypotyreos sedan 2015, stabil på Levaxin 100 µg. Dagens TSH "
                         "0,01 stämmer inte med tidigare värden eller symtom. Misstänkt "
                         "förväxling av rör på provtagningen, nytt prov tas på fredag."),
  ], template="Telefonanteckning")],
  [], ["NL102"],
  "Hard negative: 'Misstänkt' qualifies a sample mix-up, not a diagnosis; hypothyroidism is confirmed")

C("d87-pmo-misstankt-tyreoideanodulus", "skane", P("1971-11-29", "226"),
  [N("n1", "VC_ESLOV", A("Jakob Malmström"), "2024-07-16 11:00", [
      ("Bedömning", "Palpabel knöl i halsen hö sida som följer med vid sväljning, misstänkt "
                    "tyreoideanodulus, ev. cysta. TSH normalt. Remiss UL tyreoidea."),
  ], template="Besöksanteckning")],
  [], ["NL102"],
  "PMO: hedged nodule/cyst in a vårdcentral note is not NL102")

C("d87-oklart-om-radiojod-papillar-kand", "skane", P("1980-04-14", "344"),
  [N("n1", "ENDOKIR_LUND", A("Hanna Lilja"), "2024-07-30 10:45", [
      ("Bedömning", "Papillär tyreoideacancer pT1b, opererad med hemityreoidektomi hö 12/7. "
                    "Oklart om kompletterande tyreoidektomi och radiojod blir aktuellt, beslut tas "
                    "på MDK när slutligt PAD med BRAF finns."),
  ])],
  [], ["NL102"],
  "Hard negative: 'Oklart om' concerns a treatment decision, the cancer is confirmed")

C("d87-lang-inskrivning-tyreoidektomi-trolig-somnapne", "skane", P("1962-01-30", "371"),
  [N("n1", "AVD_LUND", A("Johan Berglund"), "2024-09-16 07:30", [
      ("Inskrivningsorsak", "Planerad total tyreoidektomi pga multinodös struma med "
                            "retrosternal utbredning och trånghetskänsla."),
      ("Anamnes", "62-årig man. Hypertoni sedan 2010, typ 2-diabetes på metformin. Rökt 20 "
                  "paketår, slutade 2018. Inga tidigare operationer utöver appendektomi 1979. "
                  "Sambon beskriver kraftig snarkning med andningsuppehåll nattetid, dagtrött."),
      ("Läkemedel", "Amlodipin 10 mg, enalapril 20 mg, metformin 1 g x 2, atorvastatin 40 mg."),
      ("Status", "AT: gott, BMI 34. Cor: regelbunden rytm, inga blåsljud, BT 148/86. Pulm: "
                 "vesikulära andningsljud bilat. Hals: stor, fast, knölig struma, nedre pol ej "
                 "palpabel. Ingen stridor. Preop laryngoskopi: stämband rörliga bilat."),
      ("Lab", "Hb 146, krea 81, Ca 2,36, albumin 40, TSH 1,2, HbA1c 52."),
      ("Bedömning", "Operabel. Trolig obstruktiv sömnapné, ej utredd; narkosläkaren informerad "
                    "inför extubation och postop övervakning."),
      ("Planering", "Op i dag. Postop övervakning på IVA-nära avdelning, kalcium och PTH "
                    "morgon dag 1. Metformin pausas op-dagen."),
  ], template="Inskrivningsanteckning", setting="slutenvård")],
  ["NL102"], [],
  "Long admission chart; the only hedged diagnosis is a comorbidity ('Trolig obstruktiv sömnapné')")

C("d87-lang-struma-mottagning-bara-planhedgar", "vgr", P("1953-08-25", "264"),
  [N("n1", "KIR_SAS", A("Tobias Wiklund"), "2024-10-29 13:00", [
      ("Anamnes", "71-årig kvinna, remitterad från vårdcentralen Dalsjöfors för struma som vuxit "
                  "långsamt i 10 år. Besväras av att halsband och krage stramar, ibland "
                  "trögt att svälja fast föda. Ingen heshet. Förmaksflimmer på apixaban."),
      ("Status", "AT: pigg. Hals: symmetrisk, mjuk-fast multinodös struma, avgränsbar nedåt. "
                 "Inga halslymfkörtlar. Cor: oregelbunden rytm, frekvens 76. Pulm: ua."),
      ("Utredning", "TSH 0,9. UL: multipla noduli, största 24 mm hö lob, EU-TIRADS 3. DT hals: "
                    "ingen retrosternal utbredning, trakea ej komprimerad."),
      ("Bedömning", "Multinodös struma med måttliga lokalsymtom. Inga hållpunkter för "
                    "malignitet vid UL."),
      ("Planering", "Pat vill avvakta. Ev. operation om besvären tilltar, ny kontakt då via "
                    "vårdcentralen. Eventuellt ny UL om 2 år. Apixaban behöver i så fall "
                    "pausas 2 dygn före ev. ingrepp."),
  ])],
  [], ["NL102"],
  "Long outpatient chart with many 'ev./eventuellt' on plans and malignancy negated: no hedged diagnosis")
# ---------------------------------------------------------------- chunk 3: parathyroid
C("d87-bild-som-vid-primar-hyperparatyreoidism", "skane", P("1956-03-27", "282"),
  [N("n1", "ENDO_MAL", A("Nadia Haddad"), "2024-01-25 09:45", [
      ("Aktuellt", "Remiss från vårdcentralen pga hyperkalcemi upptäckt vid hälsokontroll. "
                   "Trötthet, lätt nedstämd, en njurstensepisod 2020."),
      ("Bedömning", "S-Ca 2,78, joniserat Ca 1,46, PTH 9,2 pmol/L, 25-OH-vitamin D 62. Bild som "
                    "vid primär hyperparatyreoidism. DXA och tU-kalcium beställda."),
  ])],
  ["NL102"], ["NL101"],
  "'Bild som vid primär hyperparatyreoidism' in a visible Bedömning; nothing about telling")

C("d87-pmo-trolig-phpt-remiss", "skane", P("1949-09-02", "168"),
  [N("n1", "VC_NASBY", A("Gunilla Ståhl"), "2024-02-22 14:15", [
      ("Bedömning", "Upprepat Ca 2,71–2,74 med PTH 6,8, normalt krea. Trolig pHPT. Remiss "
                    "endokrinmottagningen CSK."),
  ], template="Besöksanteckning")],
  [], ["NL102"],
  "PMO vårdcentral note, 'Trolig pHPT': never NL102")

C("d87-typo-sestamibi-forenlit-med-adenom", "vgr", P("1953-12-08", "084"),
  [N("n1", "ENDOKIR_SU", A("Viktor Almqvist"), "2024-03-06 10:30", [
      ("Utredning", "Sestamibi-SPECT/DT: fokalt kvarvarande upptag dorsalt om vä "
                    "tyreoidealobs nedre pol, förenlit med paratyreoideaadenom. UL visar en "
                    "8 mm hypoekogen struktur på motsvarande plats."),
      ("Planering", "Fokuserad paratyreoidektomi vä nedre, anmäld till op."),
  ])],
  ["NL102"], [],
  "Typo 'förenlit med' still hedges a parathyroid adenoma localisation in a visible section")

C("d87-fhh-kan-ej-uteslutas", "skane", P("1986-06-17", "402"),
  [N("n1", "ENDOKIR_LUND", A("Hanna Lilja"), "2024-04-11 13:20", [
      ("Bedömning", "Lätt hyperkalcemi 2,66 med PTH i övre normalområdet och låg "
                    "kalciumutsöndring i urinen, Ca/krea-clearance-kvot 0,008. Familjär "
                    "hypokalciurisk hyperkalcemi (FHH) kan ej uteslutas; pappan ska ha haft högt kalcium."),
      ("Planering", "CaSR-genanalys innan ställningstagande till operation."),
  ])],
  ["NL102"], [],
  "FHH 'kan ej uteslutas' in the patient's visible note (the father's calcium is only background)")

C("d87-fhh-uteslutes-diagnos-phpt-informerad", "vgr", P("1960-02-13", "348"),
  [N("n1", "ENDOKIR_SU", A("Viktor Almqvist"), "2024-04-30 15:00", [
      ("Bedömning", "Ca/krea-clearance-kvot 0,024, FHH uteslutes. Diagnos: primär "
                    "hyperparatyreoidism med osteoporos (T-score -2,8 ländrygg)."),
      ("Information", "Pat informerad om diagnosen och om att operation är den enda botande behandlingen."),
  ])],
  [], ["NL102", "NL101"],
  "FHH ruled out ('uteslutes'), pHPT confirmed and told")

C("d87-phpt-ingen-lokalisation-bilateral-exploration", "skane", P("1951-10-30", "426"),
  [N("n1", "ENDOKIR_LUND", A("Martin Kjellberg"), "2024-05-14 11:10", [
      ("Bedömning", "Biokemiskt säkerställd pHPT, Ca 2,84. Varken UL, sestamibi eller "
                    "kolin-PET har lokaliserat någon patologisk körtel."),
      ("Planering", "Bilateral halsexploration med intraoperativt PTH, anmäld till op i juni."),
  ])],
  [], ["NL102"],
  "Hard negative: confirmed pHPT with negative localisation studies; no hedge on a diagnosis")

C("d87-men1-sannolik-flerkortelhyperplasi", "vgr", P("1990-07-24", "274"),
  [N("n1", "ENDOKIR_SU", A("Annika Storm"), "2024-06-06 14:40", [
      ("Anamnes", "Känd MEN1 (mutation påvisad 2019), prolaktinom behandlat med kabergolin."),
      ("Bedömning", "pHPT med Ca 2,79. Vid MEN1 är sannolik hyperplasi i samtliga "
                    "paratyreoideakörtlar det rimliga antagandet, och kolin-PET visar upptag på två ställen."),
      ("Planering", "Subtotal paratyreoidektomi med transcervikal tymektomi."),
  ])],
  ["NL102"], [],
  "'Sannolik hyperplasi i samtliga paratyreoideakörtlar' is a hedged diagnosis of the patient")

C("d87-paratyreoideakarcinom-ej-informerad", "skane", P("1963-05-01", "224"),
  [N("n1", "ENDOKIR_LUND", A("Hanna Lilja"), "2024-09-25 15:35", [
      ("Provsvar", "PAD: paratyreoideakarcinom 3,2 cm vä nedre, kapselgenombrott och kärlinväxt, fria marginaler."),
      ("Planering", "Pat ännu ej informerad om PAD. Tas vid återbesök 2/10 då även onkolog deltar."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed parathyroid carcinoma, 'ännu ej informerad om PAD'")

C("d87-opber-adenom-ingen-misstanke-flerkortelsjukdom", "vgr", P("1958-11-19", "506"),
  [N("n1", "AVD_SU", A("Viktor Almqvist"), "2024-03-19 12:05", [
      ("Operation", "Fokuserad paratyreoidektomi vä nedre via 3 cm incision. Adenom 1,2 g "
                    "exstirperat i sin helhet. Intraop PTH föll från 14,2 till 3,1 pmol/L efter "
                    "10 min. Fryssnitt: paratyreoideavävnad."),
      ("Bedömning", "Ingen misstanke om flerkörtelsjukdom med adekvat PTH-fall. Hemgång i morgon."),
  ], template="Operationsberättelse", setting="slutenvård")],
  [], ["NL102"],
  "Hard negative: adenoma confirmed intraoperatively, multigland disease negated")

C("d87-sekundar-hpt-ev-cinacalcet", "skane", P("1947-01-08", "191"),
  [N("n1", "MED_TRE", A("Leif Håkansson"), "2024-06-27 10:20", [
      ("Bedömning", "Sekundär hyperparatyreoidism vid kronisk njursjukdom stadium 4, PTH 32, "
                    "fosfat 1,7. Ingen kirurgisk indikation i dagsläget."),
      ("Planering", "Kostråd fosfat, ev. cinacalcet om PTH fortsätter stiga. Ny kontroll om 3 mån."),
  ])],
  [], ["NL102"],
  "Hard negative: confirmed secondary HPT; 'ev.' on a drug")

C("d87-telefon-susp-recidiv-phpt", "vgr", P("1955-04-30", "240"),
  [N("n1", "ENDOKIR_SU", A("Emma Kullberg"), "2024-11-07 09:55", [
      ("Telefonkontakt", "Opererad för pHPT 2021. Vid årskontrollen Ca 2,69 och PTH 7,4. Susp. "
                         "recidiv av pHPT. Ny sestamibi och UL hals bokas."),
  ], template="Telefonanteckning")],
  ["NL102"], [],
  "'Susp. recidiv av pHPT' in a Melior phone note (hedge abbreviation)")

C("d87-tidigare-misstankt-hpt-avskriven-nu-struma", "skane", P("1966-08-12", "402"),
  [N("n1", "KIR_YST", A("Fatima Rahimi"), "2024-08-20 13:40", [
      ("Anamnes", "Utreddes 2019 för misstänkt hyperparatyreoidism som avskrevs då PTH "
                  "normaliserades efter D-vitaminsubstitution."),
      ("Bedömning", "Nu remitterad för knölstruma. UL: två noduli 12 och 17 mm, EU-TIRADS 3, "
                    "under gräns för punktion. Kontroll om ett år."),
  ])],
  [], ["NL102"],
  "Hard negative: an old suspicion that was written off ('avskrevs')")

C("d87-kolin-pet-talar-for-ektopiskt-adenom", "skane", P("1952-04-03", "368"),
  [N("n1", "NUK_LUND", A("Mattias Öhrn"), "2024-02-28 16:20", [
      ("Bedömning", "18F-kolin-PET/DT: fokalt upptag 9 mm i främre mediastinum i nivå med "
                    "thymus, talar för ektopiskt paratyreoideaadenom. Inget upptag på halsen."),
  ], signed=None)],
  ["NL102"], [],
  "'Talar för ektopiskt paratyreoideaadenom' in a nuclear-medicine note; unsigned draft")

C("d87-skane-mall-tidiga-hypoteser-paratyreoideakarcinom", "skane", P("1970-12-30", "584"),
  [N("n1", "ENDOKIR_LUND", A("Martin Kjellberg"), "2024-08-29 14:55", [
      ("Bedömning", "Ca 3,6 och PTH 48 med palpabel, fast resistens vä sida halsen. Misstänkt "
                    "paratyreoideakarcinom. Pat inte informerad om denna misstanke, tas upp först när PAD finns."),
  ], template="Tidiga hypoteser")],
  [], ["NL102", "NL101"],
  "Skåne template Tidiga hypoteser holds both the suspected carcinoma and the not-told statement")

C("d87-postop-kalcium-normaliserat-ej-meddelat", "vgr", P("1961-06-09", "482"),
  [N("n1", "ENDOKIR_SU", A("Linda Svensson", "sjuksköterska"), "2024-03-26 13:10", [
      ("Provsvar", "Opererad 19/3 för pHPT med exstirpation av adenom vä nedre. Kontroll en "
                   "vecka postop: S-Ca 2,38, PTH 3,4, båda normaliserade."),
      ("Åtgärd", "Pat ej informerad om provsvaren ännu, jag ringer henne i morgon förmiddag."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL101"],
  "Hard negative: the untold thing is a normal postoperative result, the diagnosis was treated and known")

C("d87-lang-phpt-nybesok-inger-misstanke-njursten", "vgr", P("1959-05-22", "328"),
  [N("n1", "ENDOKIR_SU", A("Emma Kullberg"), "2024-05-28 10:00", [
      ("Anamnes", "65-årig kvinna, remiss från endokrinologen. Hyperkalcemi känd sedan 2022, "
                  "Ca 2,72–2,80. Trött, glömsk, värk i knän. Har haft två episoder av flanksmärta "
                  "vä senaste året, ingen sten avgången. Hypotyreos på Levaxin."),
      ("Status", "AT gott. Hals: ingen palpabel resistens. Cor och pulm ua. BT 138/82."),
      ("Utredning", "PTH 11,3, joniserat Ca 1,44, krea 74, 25-OH-D 58, tU-Ca 8,2 mmol/dygn. "
                    "DXA: T-score -2,1 höft. UL hals: 10 mm oval struktur bakom hö nedre pol. "
                    "DT urinvägar inger misstanke om vänstersidig njursten, 4 mm i nedre kalyx."),
      ("Bedömning", "Primär hyperparatyreoidism med operationsindikation pga hyperkalciuri och "
                    "nedsatt benmassa. Lokaliserad hö nedre på UL, sestamibi kompletteras."),
      ("Planering", "Fokuserad op hö nedre efter sestamibi. Urolog tar ställning till njurstenen vid behov."),
  ], template="Nybesök")],
  ["NL102"], [],
  "Long new-visit chart: pHPT confirmed, but 'inger misstanke om ... konkrement' hedges nephrolithiasis")
# ---------------------------------------------------------------- chunk 4: adrenal, chains, long
C("d87-typo-incidentalom-talar-for-adneom", "vgr", P("1962-09-21", "159"),
  [N("n1", "ENDO_SU", A("Rikard Sundén"), "2024-01-18 14:30", [
      ("Aktuellt", "DT buk gjord pga njurstensanfall visade en 2,1 cm stor resistens i vä binjure."),
      ("Bedömning", "Homogen, välavgränsad, 6 HU på nativ DT. Talar för lipidrikt "
                    "binjurebarksadneom. Hormonell utredning: 1 mg dexametasontest och P-metanefriner."),
  ])],
  ["NL102"], [],
  "Adrenal incidentaloma: 'Talar för' with a typo in the diagnosis word ('binjurebarksadneom')")

C("d87-feo-uteslutet-dextest-normalt", "skane", P("1958-02-17", "246"),
  [N("n1", "ENDO_MAL", A("Klara Hedin", "sjuksköterska"), "2024-02-29 10:40", [
      ("Provsvar", "Fria P-metanefriner och normetanefriner normala, feokromocytom uteslutet. "
                   "1 mg dexametasontest: S-kortisol 38 nmol/L, ingen autonom kortisolproduktion."),
      ("Planering", "Binjureförändringen 1,8 cm kräver ingen ytterligare uppföljning enligt "
                    "vårdprogram. Brev till pat och remittent."),
  ], template="Sjuksköterskeanteckning")],
  [], ["NL102"],
  "Hard negative: pheochromocytoma ruled out ('uteslutet') and cortisol autonomy negated")

C("d87-misstankt-autonom-kortisolsekretion", "vgr", P("1951-05-14", "328"),
  [N("n1", "ENDO_SU", A("Sofie Wennberg"), "2024-03-07 11:25", [
      ("Bedömning", "1 mg dexametasontest: S-kortisol 110 nmol/L, ACTH lågt. Misstänkt mild "
                    "autonom kortisolsekretion (MACS) från 3 cm adenomet hö binjure. Typ 2-diabetes "
                    "och osteoporos kan hänga ihop med detta."),
      ("Planering", "Upprepat dex-test och salivkortisol sen kväll x2."),
  ], signed=None)],
  ["NL102"], [],
  "'Misstänkt mild autonom kortisolsekretion' in Bedömning; unsigned draft")

C("d87-fragestallning-primar-aldosteronism", "skane", P("1970-06-25", "493"),
  [N("n1", "MED_TRE", A("Leif Håkansson"), "2024-03-18 15:10", [
      ("Aktuellt", "54-årig man med hypertoni trots tre läkemedel, S-kalium 3,2 utan diuretika."),
      ("Bedömning", "Frågeställning primär aldosteronism. Aldosteron/renin-kvot tas efter att "
                    "betablockeraren satts ut i två veckor."),
  ])],
  ["NL102"], [],
  "'Frågeställning primär aldosteronism' written in Bedömning frames a diagnosis of the patient as open")

C("d87-sannolikt-binjurebarkscancer-ej-informerad", "vgr", P("1966-10-07", "084"),
  [N("n1", "ENDOKIR_SU", A("Viktor Almqvist"), "2024-04-18 16:45", [
      ("Utredning", "DT binjureprotokoll: 7 cm heterogen tumör hö binjure, 38 HU nativt, "
                    "relativ wash-out 22 %. Ökat DHEAS och androstendion."),
      ("Bedömning", "Sannolikt binjurebarkscancer (ACC). Pat har ännu inte informerats om "
                    "misstanken; besked ges efter MDK 23/4."),
  ])],
  ["NL101", "NL102"], [],
  "Probable adrenocortical carcinoma in Bedömning with 'ännu inte informerats om misstanken'")

C("d87-mojlig-binjuremetastas-kand-lungcancer", "skane", P("1955-08-31", "117"),
  [N("n1", "ONK_LUND", A("Gustav Ek"), "2024-05-16 13:00", [
      ("Bedömning", "Känd adenocarcinom i hö lunga, behandlad med lobektomi 2023. Uppföljande "
                    "DT: ny 3 cm förändring vä binjure, möjlig metastas. PET-DT beställd."),
  ])],
  ["NL102"], [],
  "'Möjlig metastas' to the adrenal in a visible oncology note")

C("d87-myelolipom-makroskopiskt-fett", "vgr", P("1967-03-02", "302"),
  [N("n1", "KIR_ALS", A("Oskar Brink"), "2024-06-11 08:45", [
      ("Bedömning", "Binjureförändring hö 4 cm med makroskopiskt fett, typiskt myelolipom. "
                    "Asymtomatisk, ingen hormonutredning eller uppföljning behövs."),
  ])],
  [], ["NL102"],
  "Hard negative: a typical myelolipoma stated as confirmed, no hedge")

C("d87-feokromocytom-fragetecken", "skane", P("1979-01-13", "406"),
  [N("n1", "KIR_KRI", A("Mikael Dahl"), "2024-07-09 14:20", [
      ("Aktuellt", "Attacker med hjärtklappning, svettningar och huvudvärk, BT upp till 210/120 "
                   "under attack. DT visar 3,5 cm förändring vä binjure, 34 HU."),
      ("Bedömning", "Feokromocytom? Fria P-metanefriner beställda. Ingen biopsi."),
  ])],
  ["NL102"], [],
  "A question mark after a diagnosis ('Feokromocytom?') in a visible Bedömning")

C("d87-vgr-tidiga-hypoteser-acc-synligt-bara-plan", "vgr", P("1964-12-03", "542"),
  [N("n1", "ENDOKIR_SU", A("Annika Storm"), "2024-11-14 15:15", [
      ("Aktuellt", "DT visar en 5 cm stor förändring i hö binjure. Diskuteras på MDK 19/11, "
                   "återbesök för besked bokas därefter."),
      ("Tidiga hypoteser", "Binjurebarkscancer trolig med tanke på storlek och täthet. Pat ej "
                           "informerad om detta."),
  ])],
  [], ["NL102", "NL101"],
  "VGR: the hedged cancer and the not-told statement both sit only under sökord Tidiga hypoteser")

C("d87-typo-ingen-klinisk-misstake-cushing", "skane", P("1972-10-18", "366"),
  [N("n1", "ENDOKIR_LUND", A("Hanna Lilja"), "2024-08-08 10:15", [
      ("Status", "BMI 26, inga striae, ingen proximal muskelsvaghet, inga blåmärken. BT 128/78."),
      ("Bedömning", "Ingen klinisk misstake om Cushings syndrom. Dexametasontest normalt, "
                    "binjureadenomet 1,6 cm avförs från uppföljning."),
  ])],
  [], ["NL102"],
  "Hard negative with typo: 'Ingen klinisk misstake om Cushings syndrom' is still a negation")

C("d87-postop-binjurebarksinsufficiens-om-krakningar", "vgr", P("1960-04-09", "126"),
  [N("n1", "AVD_SU", A("Emma Kullberg"), "2024-04-26 13:30", [
      ("Diagnos", "Kortisolproducerande adenom vä binjure. Postoperativ binjurebarksinsufficiens."),
      ("Epikris", "Laparoskopisk adrenalektomi vä 23/4, okomplicerat. PAD bekräftar "
                  "binjurebarksadenom. Hydrokortison 20+10 mg insatt."),
      ("Information", "Om kräkningar, feber eller kraftig trötthet: dubbla hydrokortisondosen "
                      "och kontakta avdelningen. Kortisonkort utdelat."),
  ], template="Epikris", setting="slutenvård")],
  [], ["NL102"],
  "Hard negative: confirmed diagnoses and a sick-day rule written as a conditional")

C("d87-feokromocytom-bekraftat-pat-ej-nadd", "vgr", P("1981-08-16", "358"),
  [N("n1", "MED_SKAS", A("Jessica Ljung"), "2024-09-19 15:55", [
      ("Provsvar", "P-normetanefrin 12 gånger övre referensgränsen. Tillsammans med "
                   "DT-fyndet är diagnosen feokromocytom vä binjure fastställd."),
      ("Åtgärd", "Pat har ej kunnat nås och är därför inte informerad om diagnosen. Nytt "
                 "försök i morgon, kallas akut till mottagningen för start av alfablockad."),
  ])],
  ["NL101"], ["NL102"],
  "Established pheochromocytoma, patient not reached and 'inte informerad om diagnosen'")

C("d87-typo-misstankt-feokromoctyom", "skane", P("1985-05-29", "284"),
  [N("n1", "ENDO_MAL", A("Nadia Haddad"), "2024-10-10 09:35", [
      ("Bedömning", "Binjureincidentalom vä 2,8 cm, 29 HU, lätt förhöjt normetanefrin. "
                    "Misstänkt feokromoctyom, fria P-metanefriner upprepas."),
  ])],
  ["NL102"], [],
  "Typo in the diagnosis word ('feokromoctyom') after 'Misstänkt'")

C("d87-pmo-sannolikt-binjureadenom", "skane", P("1954-11-25", "220"),
  [N("n1", "VC_SIM", A("Rolf Isaksson"), "2024-12-02 11:45", [
      ("Bedömning", "Svar på DT thorax: 2 cm förändring vä binjure, sannolikt adenom enligt "
                    "radiologen. Remiss endokrinologen Malmö för hormonutredning."),
  ], template="Besöksanteckning")],
  [], ["NL102"],
  "PMO vårdcentral note with 'sannolikt adenom': not NL102")

C("d87-primar-aldosteronism-bekraftad-avs", "vgr", P("1968-07-06", "139"),
  [N("n1", "ENDO_SU", A("Sofie Wennberg"), "2024-10-24 14:05", [
      ("Bedömning", "Primär aldosteronism bekräftad med saltbelastning. Binjurevenskateterisering "
                    "visar lateralisering till vä sida. Pat informerad."),
      ("Planering", "Remiss endokrinkirurgen för laparoskopisk adrenalektomi vä."),
  ])],
  [], ["NL102"],
  "Hard negative: primary aldosteronism confirmed and lateralised, no hedge")

C("d87-mdk-levermetastaser-ej-informerad", "skane", P("1969-03-11", "344"),
  [N("n1", "ONK_LUND", A("Sara Möller"), "2024-11-21 16:30", [
      ("Konferens", "MDK bröst 21/11: 55-årig kvinna, opererad 2022 för invasiv duktal cancer "
                    "hö. DT buk visar nu tre levermetastaser, största 2,4 cm, biopsiverifierade."),
      ("Planering", "Pat ej informerad om levermetastaserna. Besked vid onkologbesök 26/11, "
                    "då start av första linjens behandling diskuteras."),
  ], template="MDK-anteckning", signed=None)],
  ["NL101"], ["NL102"],
  "Biopsy-verified liver metastases in a visible MDK note, 'ej informerad'; unsigned draft")

C("d87-differentialdiagnoser-lipidfattig-binjureresistens", "vgr", P("1957-02-26", "148"),
  [N("n1", "KIR_SKAS", A("Henrik Alm"), "2024-08-01 10:50", [
      ("Bedömning", "Binjureresistens hö 3,2 cm, 24 HU, wash-out 48 %. Differentialdiagnoser: "
                    "lipidfattigt adenom, feokromocytom. Metanefriner och dex-test innan beslut."),
  ])],
  ["NL102"], [],
  "'Differentialdiagnoser:' listing two possible diagnoses of the patient")

C("d87-lungmetastaser-vantar-med-att-beratta", "vgr", P("1952-12-29", "268"),
  [N("n1", "ONK_SU", A("Ola Berntsson"), "2024-12-10 14:40", [
      ("Provsvar", "DT thorax: nytillkomna multipla lungmetastaser, största 14 mm, vid känd "
                   "hormonkänslig bröstcancer."),
      ("Bedömning", "Vi väntar med att berätta om lungmetastaserna tills maken är utskriven från "
                    "sjukhuset, enligt pat:s egen önskan att få svåra besked tillsammans med honom."),
  ])],
  ["NL101"], ["NL102"],
  "'Vi väntar med att berätta' about confirmed lung metastases")

C("d87-lang-binjureutredning-kan-rora-sig-om", "vgr", P("1963-01-15", "306"),
  [N("n1", "ENDO_SU", A("Rikard Sundén"), "2024-09-05 13:15", [
      ("Anamnes", "61-årig kvinna, remiss från medicinmottagningen Kungälv. DT buk i juli pga "
                  "buksmärta visade en 2,6 cm förändring i vä binjure. Hypertoni sedan 5 år på "
                  "losartan och amlodipin. Ingen attackvis hjärtklappning eller svettning. "
                  "Viktuppgång 6 kg på två år."),
      ("Status", "Längd 166, vikt 81. BT 152/94 sittande. Inga striae, inga ekkymoser, ingen "
                 "supraklavikulär fettkudde. Cor: rent, regelbundet. Pulm: ua. Buk: mjuk, oöm."),
      ("Utredning", "DT: 2,6 cm rund, välavgränsad, 14 HU nativt. P-metanefriner normala. "
                    "1 mg dexametasontest: kortisol 62 nmol/L. S-kalium 3,9. Aldosteron/renin-kvot "
                    "beställd efter byte från losartan till verapamil."),
      ("Bedömning", "Kan röra sig om ett lipidfattigt adenom med lätt autonom kortisolsekretion. "
                    "Feokromocytom avfärdas med normala metanefriner."),
      ("Planering", "Upprepat dex-test om 3 mån, ny DT om 12 mån. Återbesök efter "
                    "aldosteron/renin-svar."),
  ], template="Nybesök")],
  ["NL102"], [],
  "Long chart: 'Kan röra sig om' hedges adenoma with cortisol autonomy; pheochromocytoma is negated")

C("d87-kedja-pad-ej-informerad-sedan-besked", "skane", P("1959-06-14", "464"),
  [N("n1", "BRM_HBG", A("Sofia Andrén"), "2024-01-09 15:20", [
      ("Provsvar", "PAD mellannål vä bröst: invasiv duktal cancer grad 3, ER 10 %, HER2 3+."),
      ("Planering", "Pat ej informerd, besked på mottagningen 11/1."),
  ], template="Provsvarsanteckning"),
   N("n2", "BRM_HBG", A("Sofia Andrén"), "2024-01-11 10:30", [
      ("Aktuellt", "Besök för besked. Pat informerad om att biopsin visar en HER2-positiv "
                   "invasiv cancer och om att behandlingen inleds med cytostatika före operation."),
      ("Planering", "Remiss onkologen Lund, PAC-inläggning bokas."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "Two notes: n1 states the cancer before the patient is told (typo 'ej informerd', NL101); n2 tells her (not NL101)")

C("d87-kedja-vgr-tidiga-hypoteser-sedan-synligt", "vgr", P("1962-08-05", "326"),
  [N("n1", "BC_SU", A("Maria Sjöstedt"), "2024-02-05 11:00", [
      ("Status", "Vä bröst: diffus förtätning övre yttre kvadranten, ingen distinkt knöl."),
      ("Tidiga hypoteser", "Misstänkt lobulär cancer, ej kommunicerat med pat ännu."),
   ]),
   N("n2", "BC_SU", A("Maria Sjöstedt"), "2024-02-07 14:30", [
      ("Bedömning", "Pat informerad om att fyndet ger misstanke om lobulär bröstcancer och att "
                    "vi behöver ta mellannålsbiopsier för att bekräfta eller avfärda den."),
   ])],
  [], [("NL102", "n1"), ("NL101", "n2")],
  "Hypothesis kept under sökord Tidiga hypoteser (n1, protected) and later moved to a visible note once told (n2: not NL101; NL102 on a told hypothesis left unasserted)")

C("d87-kedja-ssk-fraga-sedan-lakare-bethesda-v", "skane", P("1976-11-11", "208"),
  [N("n1", "ENDOKIR_LUND", A("Klara Hedin", "sjuksköterska"), "2024-10-07 09:10", [
      ("Telefonkontakt", "Pat ringer och frågar om cytologisvaret från punktionen 30/9. Svaret "
                         "är inte klart ännu, pat ej informerad om när det väntas; återkommer."),
   ], template="Telefonanteckning"),
   N("n2", "ENDOKIR_LUND", A("Martin Kjellberg"), "2024-10-09 16:05", [
      ("Provsvar", "Cytologi hö lob: Bethesda V, misstanke om papillär tyreoideacancer."),
      ("Planering", "Pat ännu inte informerad om svaret; jag ringer och bokar besök i stället för att ge beskedet per telefon."),
   ], signed=None)],
  [("NL101", "n2"), ("NL102", "n2")], [("NL101", "n1")],
  "n1: nurse note where the untold thing is a pending result (not NL101); n2: suspected cancer stated and not yet told")

C("d87-lang-brostmott-nybesok-bara-planhedgar", "skane", P("1961-02-09", "502"),
  [N("n1", "BRM_LUND", A("Cecilia Hallberg"), "2024-03-28 10:00", [
      ("Anamnes", "63-årig kvinna, remitterad från mammografiscreening Lund. Diagnos invasiv "
                  "duktal cancer vä bröst fastställd på mellannålsbiopsi 20/3, besked gavs per "
                  "telefon av kollega 22/3 med kontaktsjuksköterska. Menopaus vid 51 år, ingen HRT. "
                  "Moster hade bröstcancer i 70-årsåldern. Hypertoni, i övrigt frisk."),
      ("Status", "AT gott. Vä bröst kl 3: 1,5 cm fast, rörlig resistens, ingen hudpåverkan. "
                 "Axiller: inga palpabla körtlar. Hö bröst ua. Fossa supraclavicularis ua bilat."),
      ("Utredning", "Mammografi och UL: 14 mm tumör vä kl 3, ingen multifokalitet. UL axill "
                    "normal. PAD: NST grad 1, ER 100 %, PR 90 %, HER2 0, Ki67 8 %. Inga "
                    "hållpunkter för fjärrmetastaser enligt DT thorax-buk."),
      ("Bedömning", "cT1cN0M0 bröstcancer vä, ER-positiv, HER2-negativ, låg proliferation. Lämpar sig väl för bröstbevarande kirurgi."),
      ("Planering", "Sektorresektion vä + sentinel node, ev. onkoplastisk teknik. Op troligen "
                    "v. 16. Diskuterat med pat som är införstådd. Ev. kontakt med kurator om hon "
                    "önskar, nummer lämnat."),
  ], template="Nybesök")],
  [], ["NL102", "NL101"],
  "Long chart: cancer confirmed and told earlier, family history, negated metastases, hedges only on plans")

# ---------------------------------------------------------------- chunk 5: more hedge forms
C("d87-trol-granulomatos-mastit-dd-tbc", "skane", P("1989-09-04", "366"),
  [N("n1", "KIR_KRI", A("Mikael Dahl"), "2024-02-15 11:35", [
      ("Aktuellt", "Sedan 2 mån ömmande, fast svullnad vä bröst med fistel mot huden. Född i "
                   "Somalia, ammade senast för ett år sedan."),
      ("Bedömning", "Mellannål: granulomatös inflammation utan nekros. Trol. idiopatisk "
                    "granulomatös mastit, DD tuberkulos. Odling för mykobakterier och Quantiferon tas."),
  ])],
  ["NL102"], [],
  "Abbreviated hedge 'Trol.' and 'DD' before diagnoses of the patient")

C("d87-kan-inte-utesluta-paratyreoideacysta", "vgr", P("1973-06-12", "226"),
  [N("n1", "KIR_NU", A("David Olander"), "2024-05-06 13:50", [
      ("Utredning", "Cystisk förändring 3 cm bakom vä tyreoidealob. UL-ledd punktion gav 9 ml "
                    "vattenklar vätska med PTH 2 400 pmol/L i punktatet."),
      ("Bedömning", "Jag kan inte utesluta en paratyreoideacysta, PTH-halten i vätskan pekar åt "
                    "det hållet. S-Ca normalt. Ny UL om 3 mån för att se om den fylls på."),
  ])],
  ["NL102"], [],
  "'Jag kan inte utesluta en paratyreoideacysta' in a visible Bedömning")

C("d87-ev-tyreoglossuscysta", "skane", P("1998-03-25", "184"),
  [N("n1", "ONH_MAL", A("Ida Kronqvist"), "2024-06-13 09:25", [
      ("Status", "2 cm mjuk, oöm resistens i medellinjen strax ovan tyreoideabrosket, följer "
                 "med vid tungutsträckning."),
      ("Bedömning", "Ev. tyreoglossuscysta. UL hals och tyreoidea för att säkerställa att "
                    "normal tyreoideavävnad finns på plats."),
  ])],
  ["NL102"], [],
  "'Ev.' directly before a diagnosis (tyreoglossuscysta)")

C("d87-hyperkalcemi-lagt-pth-mojligen-sarkoidos", "vgr", P("1976-09-09", "193"),
  [N("n1", "ENDO_SU", A("Sofie Wennberg"), "2024-07-11 10:35", [
      ("Bedömning", "Hyperkalcemi 2,81 med supprimerat PTH och förhöjt 1,25-dihydroxivitamin D. "
                    "Möjligen sarkoidos, pat har haft torrhosta sedan i våras. ACE och DT thorax "
                    "beställda, pHPT är inte aktuellt med detta PTH."),
  ])],
  ["NL102"], [],
  "'Möjligen sarkoidos' in a hypercalcaemia work-up; pHPT is negated")

C("d87-postop-misstanke-om-halshematom", "skane", P("1967-02-18", "426"),
  [N("n1", "AVD_LUND", A("Johan Berglund"), "2024-04-04 21:50", [
      ("Aktuellt", "Tillkallad av ssk 4 tim efter hemityreoidektomi vä pga tilltagande svullnad "
                   "på halsen och tryckkänsla. Sat 96 %, ingen stridor."),
      ("Bedömning", "Misstanke om postoperativt halshematom. Öppnar huden och platysma vid sängen "
                    "för avlastning, därefter revision på operationssal. Bakjour underrättad."),
  ], setting="slutenvård")],
  ["NL102"], [],
  "'Misstanke om' before a postoperative complication diagnosis in an on-call note")

C("d87-mr-implantatruptur-trolig", "vgr", P("1980-10-30", "542"),
  [N("n1", "BC_SU", A("Johanna Ekdahl"), "2024-10-21 15:05", [
      ("Aktuellt", "Kosmetiska silikonimplantat sedan 2009. Formförändring och ömhet hö bröst sedan hösten."),
      ("Bedömning", "MR: 'linguine sign' i hö implantat, intrakapsulär implantatruptur trolig. "
                    "Vä implantat intakt. Remiss plastikkirurgen för byte."),
  ])],
  ["NL102"], [],
  "Hedge word after the diagnosis ('implantatruptur trolig')")


if __name__ == "__main__":
    main()
