#!/usr/bin/env python3
"""dev80 gold set: SÄBO and municipal home health care (NL101 / NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this
file and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev80_cases.jsonl")

# key: (name, hsa_id, system, default setting)
UNITS = {
    # Skåne, Melior (hospital-run units, incl. mobile teams and ASIH)
    "SUS_GER_MOB": ("Mobilt geriatriskt team, Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4117", "Melior", "öppenvård"),
    "HBG_AKGER": ("Akutgeriatriska avdelningen, Helsingborgs lasarett", "SE2321000255-5230", "Melior", "slutenvård"),
    "ASIH_LUND": ("ASIH Lund, Avancerad sjukvård i hemmet, Skånes universitetssjukhus", "SE2321000255-6402", "Melior", "öppenvård"),
    "YSTAD_MED": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-3381", "Melior", "slutenvård"),
    "KRST_ORT": ("Ortopedavdelning 21, Centralsjukhuset Kristianstad", "SE2321000255-7045", "Melior", "slutenvård"),
    "KRST_AKUT": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7012", "Melior", "öppenvård"),
    "LAND_GER": ("Geriatrisk vårdavdelning, Landskrona lasarett", "SE2321000255-2896", "Melior", "slutenvård"),
    "SUS_MINNE": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8150", "Melior", "öppenvård"),
    "ANGH_MOB": ("Mobila närvårdsteamet, Ängelholms sjukhus", "SE2321000255-3914", "Melior", "öppenvård"),
    "SUS_AKUT_LUND": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1062", "Melior", "öppenvård"),
    "SUS_MEDAKUT": ("Medicinakuten, Skånes universitetssjukhus Malmö", "SE2321000255-1178", "Melior", "öppenvård"),
    "TRELL_REH": ("Geriatrisk rehabilitering, Trelleborgs lasarett", "SE2321000255-5587", "Melior", "slutenvård"),
    "HLM_MED": ("Medicinkliniken, Hässleholms sjukhus", "SE2321000255-6629", "Melior", "slutenvård"),
    "SUS_LUNG": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2240", "Melior", "öppenvård"),
    # Skåne, PMO (primary care with SÄBO-läkaruppdrag, hemsjukvård)
    "VC_SJOBO": ("Vårdcentralen Sjöbo", "SE2321000255-9031", "PMO", "öppenvård"),
    "HSV_SIMRISHAMN": ("Hemsjukvården, Vårdcentralen Simrishamn", "SE2321000255-9107", "PMO", "öppenvård"),
    "VC_TOMELILLA": ("Vårdcentralen Tomelilla", "SE2321000255-9244", "PMO", "öppenvård"),
    "VC_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-9318", "PMO", "öppenvård"),
    "VC_HORBY": ("Vårdcentralen Hörby, hemsjukvård", "SE2321000255-9452", "PMO", "öppenvård"),
    "VC_KARRAKRA": ("Vårdcentralen Kärråkra, Eslöv", "SE2321000255-9576", "PMO", "öppenvård"),
    # VGR, Melior
    "NU_MNV": ("Mobil närsjukvård, NU-sjukvården Uddevalla", "SE2321000131-E000000014211", "Melior", "öppenvård"),
    "NU_GER": ("Geriatrisk avdelning, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000014307", "Melior", "slutenvård"),
    "SU_GER_MOL": ("Geriatrik, avdelning 5, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011874", "Melior", "slutenvård"),
    "SKAS_MNV": ("Mobil närsjukvård, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016530", "Melior", "öppenvård"),
    "SKAS_LID": ("Palliativa teamet, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000016688", "Melior", "öppenvård"),
    "SKAS_LUNG": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016702", "Melior", "öppenvård"),
    "SAS_GER": ("Geriatriska kliniken, avdelning 41, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017416", "Melior", "slutenvård"),
    "SAS_PAL": ("Palliativ vård och ASIH, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017522", "Melior", "öppenvård"),
    "ALE_MNV": ("Närsjukvårdsteamet, Alingsås lasarett", "SE2321000131-E000000018093", "Melior", "öppenvård"),
    "ALE_GERMOTT": ("Geriatriska mottagningen, Alingsås lasarett", "SE2321000131-E000000018127", "Melior", "öppenvård"),
    "KUNG_GER": ("Geriatrisk avdelning 3, Kungälvs sjukhus", "SE2321000131-E000000012659", "Melior", "slutenvård"),
    "SU_ORTO": ("Ortopedi, avdelning 230, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011902", "Melior", "slutenvård"),
    "SU_AKUT_OST": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011355", "Melior", "öppenvård"),
    "NAL_MED": ("Medicinavdelning 32, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014580", "Melior", "slutenvård"),
    "NAL_AKUT": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014499", "Melior", "öppenvård"),
    "NAL_HUD": ("Hudmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014633", "Melior", "öppenvård"),
    "NAL_KIR": ("Kirurgmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000014671", "Melior", "öppenvård"),
    "FROL_GER": ("Geriatriska mottagningen, Frölunda Specialistsjukhus", "SE2321000131-E000000013028", "Melior", "öppenvård"),
}

REGION_OF_UNIT_PREFIX = {"SE2321000255": "skane", "SE2321000131": "vgr"}

NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
CODES = {"NL101", "NL102"}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def pnr(birth, serial):
    y, m, d = birth.split("-")
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(y[2:] + m + d + serial))


def N(nid, unit, author, role, time, sections, template="Läkaranteckning", signed="auto", setting=None, refs=None):
    """One note. sections: list of (keyword, text). signed: 'auto' (+40 min), None (draft) or ISO."""
    name, hsa, system, dflt = UNITS[unit]
    if signed == "auto":
        t = datetime.datetime.fromisoformat(time) + datetime.timedelta(minutes=40)
        signed = t.isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting or dflt,
        "refs": refs or [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _pairs(lst):
    out = []
    for x in lst:
        if isinstance(x, str):
            out.append([x, "n1"])
        else:
            out.append([x[0], x[1]])
    return out


def C(name, ruleset, birth, serial, sex, notes, must, must_not, why):
    """sex: 'M' or 'F' (checked against the personnummer's gender digit)."""
    last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + datetime.timedelta(days=2)).replace(hour=0, minute=0, second=0).isoformat()
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
        "must": _pairs(must),
        "must_not": _pairs(must_not),
        "why": why,
        "_sex": sex,
    })


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
AGE_RE = re.compile(r"(?:(?:[Mm]an|[Kk]vinna|[Pp]at)\s+(\d{2,3})\s+år\b|\b(\d{2,3})-årig)")


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = Counter(c["case"] for c in cases)
    for n, k in names.items():
        if k > 1:
            errs.append("duplicate case name %s" % n)
    sent_seen = {}
    for c in cases:
        nm = c["case"]
        if set(c) - {"_sex"} != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
        if not nm.startswith("d80-"):
            errs.append("%s: name prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"] or "\n" in c["why"]:
            errs.append("%s: why must be one line" % nm)
        rec = c["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: pnr format" % nm)
            continue
        if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
            errs.append("%s: pnr/birth_date mismatch" % nm)
        if not luhn_ok(p["id"][2:8] + p["id"][9:]):
            errs.append("%s: Luhn" % nm)
        gender_digit = int(p["id"][11])
        if (gender_digit % 2 == 1) != (c["_sex"] == "M"):
            errs.append("%s: gender digit vs sex" % nm)
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not 2024" % nm)
        age = age_on(p["birth_date"], as_of.date())
        if 13 <= age <= 15:
            errs.append("%s: age 13-15" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errs.append("%s: non-empty events" % nm)
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n)))
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errs.append("%s: note time not 2024" % nm)
            if t > as_of:
                errs.append("%s: note after as_of" % nm)
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            region = REGION_OF_UNIT_PREFIX.get(n["unit"]["hsa_id"].split("-")[0])
            if region != c["ruleset"]:
                errs.append("%s: unit region mismatch" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    errs.append("%s: section" % nm)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sent_seen and sent_seen[sent] != (nm, n["id"], sec["keyword"]):
                            errs.append("%s: repeated sentence (also in %s): %s" % (nm, sent_seen[sent][0], sent))
                        elif sent in sent_seen:
                            errs.append("%s: sentence twice in one section: %s" % (nm, sent))
                        sent_seen[sent] = (nm, n["id"], sec["keyword"])
                for mm in AGE_RE.finditer(sec["text"]):
                    stated = int(mm.group(1) or mm.group(2))
                    real = age_on(p["birth_date"], t.date())
                    if stated != real:
                        errs.append("%s: text says %d år, birth date gives %d" % (nm, stated, real))
        asserted = set()
        for lst_name in ("must", "must_not"):
            for code, target in c[lst_name]:
                if code not in CODES:
                    errs.append("%s: code %s" % (nm, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                key = (code, target)
                if key in asserted:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, target))
                asserted.add(key)
                sysn = notes[target]["system"]
                if code == "NL101" and sysn == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
                if code == "NL102" and lst_name == "must" and sysn != "Melior":
                    errs.append("%s: must NL102 on non-Melior" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errs), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            out = {k: c[k] for k in ("case", "ruleset", "record", "must", "must_not", "why")}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    cnt = Counter()
    for c in CASES:
        for code, _ in c["must"]:
            cnt[(code, "must")] += 1
        for code, _ in c["must_not"]:
            cnt[(code, "must_not")] += 1
    typo = sum(1 for c in CASES if "typo" in c["case"] or "typo" in c["why"].lower())
    print("wrote %s: %d cases (skane %d, vgr %d; typo cases %d)" % (
        OUT, len(CASES), sum(c["ruleset"] == "skane" for c in CASES),
        sum(c["ruleset"] == "vgr" for c in CASES), typo))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, cnt[(code, "must")], cnt[(code, "must_not")]))


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------
# ---- Part 1: Skåne (Melior hospital/mobile units and PMO primary care) ------

C("d80-sk-mobger-misstankt-pneumoni-sabo", "skane", "1932-05-03", "342", "F",
  [N("n1", "SUS_GER_MOB", "Karin Bengtsson", "läkare", "2024-01-15T10:20:00", [
      ("Aktuellt", "Kallad av ssk på Solgårdens SÄBO pga feber 38,7 sedan i går kväll, ökad andningsfrekvens och sämre matintag. 91-årig kvinna med Alzheimers sjukdom, förmaksflimmer och hjärtsvikt."),
      ("Status", "AT: Påverkad, slö men väckbar. AF 26, sat 91 % på luft. Cor: oregelbunden rytm, inga blåsljud. Pulm: krepitationer hö basalt, i övrigt vesikulärt. CRP 142 (patientnära)."),
      ("Bedömning", "Misstänkt pneumoni hö basalt. Ingen indikation för inläggning enligt tidigare upprättad vårdplan."),
      ("Åtgärd", "Amoxicillin 750 mg x 3 i 7 dagar. Extra vätska, vändschema. Ssk följer AF, temp och sat två gånger dagligen."),
  ])],
  ["NL102"], ["NL101"],
  "Hedged pneumonia (misstänkt) in Bedömning of a Melior mobile-team SÄBO visit; nothing is said about telling, so no NL101.")

C("d80-sk-akger-bakteriuri-uvi-avskrivs", "skane", "1935-09-12", "517", "M",
  [N("n1", "HBG_AKGER", "Mats Holmqvist", "läkare", "2024-02-03T09:45:00", [
      ("Aktuellt", "88-årig man inlagd i går från korttidsboende med akut förvirring. U-sticka på boendet visade leukocyter 3+ och nitrit positiv, och han fick då en dos pivmecillinam."),
      ("Bedömning", "Afebril, inga miktionsbesvär, ingen flanksmärta. Asymtomatisk bakteriuri, UVI avskrivs som förklaring till förvirringen. Förvirringen debuterade samma dag som tramadol sattes in för fem dagar sedan."),
      ("Planering", "Tramadol utsatt, pivmecillinam avslutas. Ny bedömning av kognitionen om två dagar."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "UVI is explicitly written off (avskrivs) and the bacteriuria is stated as established; no hedged diagnosis remains.")

C("d80-sk-asih-dd-erysipelas-stasdermatit", "skane", "1938-11-21", "264", "F",
  [N("n1", "ASIH_LUND", "Leila Haddad", "läkare", "2024-02-19T13:10:00", [
      ("Status", "Vä underben: rodnad från fotled till mitt på smalbenet, skarpt avgränsad mot frisk hud, varm och öm. Hö underben med brunaktig pigmentering och lätta ödem. Temp 38,1."),
      ("Bedömning", "DD erysipelas vä underben, stasdermatit. Ensidigheten, värmen och febern gör att vi behandlar."),
      ("Åtgärd", "Flukloxacillin 1 g x 3 po i 10 dagar. Rodnadens utbredning markerad med penna. Benhögläge."),
  ], template="Hembesök")],
  ["NL102"], [],
  "Differential diagnosis (DD erysipelas vs stasdermatit) in a visible Bedömning of an ASIH home visit.")

C("d80-sk-akut-fall-fraktur-uteslutes", "skane", "1937-07-30", "193", "M",
  [N("n1", "SUS_AKUT_LUND", "Johan Ekstrand", "läkare", "2024-03-02T22:40:00", [
      ("Anamnes", "Man 86 år från vård- och omsorgsboende i Staffanstorp. Hittad på golvet vid sängen i kväll, okänt hur länge han legat. Waran pga mekanisk mitralisklaff. Klagar över smärta i hö höft och hö sida av huvudet."),
      ("Status", "Vaken, GCS 14 (desorienterad i tid, som vanligt enl personalen). Hematom hö tinning. Hö ben ej förkortat eller utåtroterat, kan lyfta benet från britsen. Smärta vid rotation."),
      ("Utredning", "DT hjärna utan kontrast: inga tecken på intrakraniell blödning. Rtg hö höft och bäcken samt DT bäcken: fraktur uteslutes. PK 2,6."),
      ("Bedömning", "Kontusion hö höft och hö tinning efter fall. Åter till boendet med smärtlindring och tillsyn."),
  ], template="Akutanteckning")],
  [], ["NL102"],
  "Fall from SÄBO: bleeding 'inga tecken på' and fracture 'uteslutes'; only negated diagnoses, the contusion is certain.")

C("d80-sk-akut-collumfraktur-kan-ej-uteslutas", "skane", "1929-12-01", "608", "F",
  [N("n1", "KRST_AKUT", "Nadia Rahimi", "läkare", "2024-03-11T16:05:00", [
      ("Aktuellt", "Kvinna 94 år, SÄBO i Åhus, ramlade i badrummet i morse. Sedan dess vägrar hon stödja på vä ben enligt personalen. Demens, kan inte själv redogöra."),
      ("Status", "Smärtreaktion vid passiv rörelse i vä höft och vid axial stöt. Ingen förkortning."),
      ("Bedömning", "Rtg vä höft utan säker fraktur, men en odislocerad collumfraktur kan ej uteslutas med tanke på kliniken. MR vä höft beställd i morgon bitti, pat läggs in på ortopeden under tiden."),
  ], template="Akutanteckning")],
  ["NL102"], [],
  "'kan ej uteslutas' keeps an occult hip fracture open as a hypothesis in a visible Bedömning.")

C("d80-sk-minne-sannolkit-blanddemens-typo", "skane", "1944-02-14", "455", "M",
  [N("n1", "SUS_MINNE", "Birgitta Ljung", "läkare", "2024-03-20T11:30:00", [
      ("Anamnes", "Remitterad från vårdcentralen för tilltagande minnessvikt sedan två år. Hustrun beskriver att han gått vilse i bostadsområdet och slutat sköta ekonomin."),
      ("Utredning", "MMSE 21/30, klocktest 2/5. DT hjärna: central och kortikal atrofi, uttalade vitsubstansförändringar och gammal lakunär infarkt i vä basala ganglier. Likvor ej aktuellt."),
      ("Bedömning", "Sannolkit blanddemens med Alzheimerkomponent och vaskulär komponent."),
      ("Information", "Pat och hustru informerade om att utredningen pekar mot en demenssjukdom. De fick skriftlig information och kontaktuppgifter till demenssjuksköterskan."),
  ])],
  ["NL102"], ["NL101"],
  "Typo in the hedge (Sannolkit) before a dementia diagnosis; patient and wife were informed, so no NL101.")

C("d80-sk-ystad-pneumoni-verifierad-trolig-utskrivning", "skane", "1931-01-19", "071", "M",
  [N("n1", "YSTAD_MED", "Erik Trulsson", "läkare", "2024-04-04T10:15:00", [
      ("Aktuellt", "Dag 4 på avdelningen för pneumoni vä underlob, röntgenverifierad vid inkomsten. Feberfri sedan i förrgår, CRP från 212 till 48. Äter bättre."),
      ("Planering", "Byter till peroral behandling i dag. Trolig utskrivning till SÄBO i morgon om han håller sig feberfri. Eventuell kontroll av CRP på vårdcentralen om en vecka, ssk på boendet meddelas."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "Hedges touch only the discharge (trolig utskrivning) and a plan (eventuell kontroll); the pneumonia is confirmed.")

C("d80-sk-mobteam-viktnedgang-malignitet-avstar-utredning", "skane", "1930-10-02", "839", "M",
  [N("n1", "ANGH_MOB", "Gustav Ohlsson", "läkare", "2024-04-15T14:00:00", [
      ("Anamnes", "Man 93 år, bor kvar hemma med hemtjänst fyra gånger dagligen och hemsjukvård. Viktnedgång 9 kg sedan nyår, tröttare, äter halva portioner. Ingen synlig blödning men mörkare avföring enligt hemtjänsten."),
      ("Lab", "Hb 92, MCV 71, ferritin 6. F-Hb positivt x 2."),
      ("Bedömning", "Järnbristanemi och viktnedgång, misstänkt malignitet i mag-tarmkanalen, i första hand kolon."),
      ("Samtal", "Pat är klar och orienterad. Han har informerats om misstanken och om vad en utredning med koloskopi och DT skulle innebära. Han avböjer bestämt vidare utredning och vill bo kvar hemma så länge det går; beslutet respekteras."),
      ("Planering", "Järn iv via hemsjukvården. Ny kontakt om tre veckor."),
  ], template="Hembesök")],
  ["NL102"], ["NL101"],
  "Suspected GI malignancy left uninvestigated by the patient's choice: hedged diagnosis is visible, but the patient was told of it.")

C("d80-sk-landskrona-bild-som-vid-delirum-typo", "skane", "1934-03-28", "726", "F",
  [N("n1", "LAND_GER", "Anna-Lena Persson", "läkare", "2024-04-22T09:30:00", [
      ("Aktuellt", "Sedan i går eftermiddag mer inåtvänd, somnar mitt i måltider, svarar med enstaka ord. Personalen på boendet beskriver henne som pratsam och social till vardags."),
      ("Bedömning", "Bild som vid hypoaktivt delirum. Utlösande faktor ännu inte identifierad, urinretention 600 ml vid bladderscan kan bidra."),
      ("Åtgärd", "KAD sätts. Genomgång av läkemedelslistan, oxybutynin utsätts. Blodstatus, elstatus och glukos."),
  ], template="Rondanteckning")],
  ["NL102"], [],
  "'Bild som vid' hedges a hypoactive delirium (typo delirum) in a visible Bedömning.")

C("d80-sk-hbg-make-misstankt-demens", "skane", "1936-06-17", "402", "F",
  [N("n1", "HBG_AKGER", "Linnea Åkesson", "sjuksköterska", "2024-05-06T15:20:00", [
      ("Social situation", "Pat bor i villa tillsammans med maken. Dottern berättar att maken har misstänkt demens som är under utredning på vårdcentralen och att han inte längre klarar att hjälpa pat med dusch och mediciner."),
      ("Omvårdnad", "Pat är inlagd för dekompenserad hjärtsvikt och förmaksflimmer. Vikt i dag 71,2 kg, minus 2,8 kg sedan inskrivningen. Anmälan till biståndshandläggare om behov av utökad hemtjänst gjord."),
  ], template="Omvårdnadsanteckning")],
  [], ["NL102"],
  "The only hedged diagnosis (misstänkt demens) belongs to the husband, not the patient.")

C("d80-sk-mobger-ev-rtg-handled-plan", "skane", "1933-08-09", "318", "F",
  [N("n1", "SUS_GER_MOB", "Sofia Malmberg", "läkare", "2024-05-14T11:00:00", [
      ("Aktuellt", "Föll i går kväll mot dörrkarmen på sitt rum på Lindgårdens boende och tog emot sig med vä hand."),
      ("Status", "Vä handled: måttlig svullnad dorsalt, ömhet över distala radius, ingen felställning. Fingrarna varma med god kapillär återfyllnad."),
      ("Planering", "Ev. röntgen vä handled om svullnad och värk inte avtagit till i morgon eftermiddag. Mitella och paracetamol till dess."),
  ])],
  [], ["NL102"],
  "After a fall the only hedge is on a plan (ev. röntgen) and no diagnosis is hypothesised.")

C("d80-sk-pmo-sabo-telefon-misstankt-uvi", "skane", "1936-11-11", "584", "F",
  [N("n1", "VC_SJOBO", "Petter Nilsson", "läkare", "2024-05-27T08:50:00", [
      ("Telefonkontakt", "Ssk Emma på Ekbackens SÄBO ringer. Pat 87 år har sedan två dagar sveda och täta trängningar, temp 37,9, U-sticka nitrit pos. Misstänkt UVI, ingen misstanke om pyelonefrit. Nitrofurantoin 50 mg x 3 i 5 dagar ordinerat, urinodling tas före start."),
  ], template="Telefon")],
  [], ["NL102"],
  "PMO never shows diagnoses: a suspected UVI in a vårdcentral SÄBO phone note is must_not NL102.")

C("d80-sk-pmo-dsk-trol-erysipelas-hembesok", "skane", "1940-04-04", "237", "M",
  [N("n1", "HSV_SIMRISHAMN", "Ahmed Karimi", "distriktssköterska", "2024-06-03T13:40:00", [
      ("Omvårdnad", "Hembesök för såromläggning. Nytillkommen rodnad och värmeökning runt såret på hö underben, temp 38,4. Trol. erysipelas, jourhavande läkare på vårdcentralen kontaktad och kommer på hembesök efter lunch."),
  ], template="Hembesök hemsjukvård")],
  [], ["NL102"],
  "Hemsjukvård nurse note in PMO with 'Trol. erysipelas': PMO hides diagnoses, so no NL102.")

C("d80-sk-mall-tidiga-hypoteser-pankreas", "skane", "1939-09-30", "913", "M",
  [N("n1", "HLM_MED", "Jonas Wärnberg", "läkare", "2024-06-10T16:30:00", [
      ("Bedömning", "Smärtfri ikterus, viktnedgång och nydebuterad diabetes hos 84-åring. Misstänkt pankreascancer, DT buk med pankreasprotokoll beställd."),
  ], template="Tidiga hypoteser")],
  [], ["NL102"],
  "Skåne protects by template: the hedged pancreatic cancer sits in a note whose template is Tidiga hypoteser.")

C("d80-sk-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "1941-01-25", "680", "F",
  [N("n1", "TRELL_REH", "Hanna Mårtensson", "läkare", "2024-06-18T10:10:00", [
      ("Aktuellt", "Inlagd för rehabilitering efter operation för vä höftfraktur. Tilltagande ländryggsvärk nattetid trots att hon mobiliseras allt bättre."),
      ("Tidiga hypoteser", "Möjligt myelom med tanke på normocytär anemi, SR 88 och ryggsmärta i vila. Elfores och fria lätta kedjor skickade."),
  ])],
  ["NL102"], [],
  "In Skåne only the template protects; a sökord named Tidiga hypoteser inside an ordinary Läkaranteckning is visible.")

C("d80-sk-kol-exacerbation-talar-emot-lungemboli", "skane", "1942-03-15", "446", "F",
  [N("n1", "SUS_MEDAKUT", "Fredrik Sandell", "läkare", "2024-07-01T03:15:00", [
      ("Anamnes", "Kvinna 82 år med känd KOL GOLD 3, hemsjukvård och hemtjänst. Ökad dyspné och gulgröna upphostningar i tre dagar."),
      ("Status", "AF 28, sat 86 % på luft, 92 % på 1 l syrgas. Förlängt exspirium och spridda ronki bilat. Inga bensvullnader."),
      ("Bedömning", "KOL-exacerbation. D-dimer 0,4 och låg klinisk sannolikhet talar emot lungemboli. Rtg pulm utan infiltrat."),
  ], template="Akutanteckning", signed=None)],
  [], ["NL102"],
  "Pulmonary embolism is argued away (talar emot, låg sannolikhet); the exacerbation is stated as fact.")

C("d80-sk-kort-pneumoni-fragetecken", "skane", "1930-02-02", "155", "M",
  [N("n1", "ANGH_MOB", "Ingrid Falk", "läkare", "2024-07-08T17:45:00", [
      ("Bedömning", "Pneumoni? Startar doxycyklin enl ordination ovan, ssk återkopplar i morgon."),
  ], template="Telefonanteckning")],
  ["NL102"], [],
  "A bare question mark after the diagnosis in a one-line Melior phone note is a hypothesis.")

C("d80-sk-rtg-forenligt-med-kompressionsfraktur", "skane", "1935-05-05", "022", "F",
  [N("n1", "KRST_ORT", "Viktor Hallberg", "läkare", "2024-07-16T11:20:00", [
      ("Utredning", "Rtg ländrygg: höjdreduktion av L1 med cirka 30 %, förenligt med osteoporotisk kompressionsfraktur, frakturens ålder går ej att avgöra."),
      ("Planering", "Mobilisering efter smärta med stöd av fysioterapeut. Behandling med zoledronsyra diskuteras med henne vid nästa rond."),
  ], template="Rondanteckning")],
  ["NL102"], [],
  "'förenligt med' hedges the compression fracture in a visible Utredning section.")

C("d80-sk-asih-bensar-om-feber-ring", "skane", "1945-10-10", "771", "M",
  [N("n1", "ASIH_LUND", "Elin Fransson", "sjuksköterska", "2024-07-29T14:30:00", [
      ("Omvårdnad", "Omläggning av venöst bensår vä underben enligt ordination. Sårkanter lugna, måttlig mängd serös sekretion, ingen lukt."),
      ("Information", "Hemtjänsten informerad: om feber över 38,5 eller spridande rodnad ska de ringa ASIH:s jourtelefon."),
  ], template="Omvårdnadsanteckning")],
  [], ["NL102"],
  "Only a conditional instruction (om feber ... ring) and a confirmed venous ulcer; nothing hypothesised.")

C("d80-sk-oro-troligen-smartbetingad", "skane", "1929-07-07", "288", "F",
  [N("n1", "LAND_GER", "Maria Svensson", "sjuksköterska", "2024-08-05T21:10:00", [
      ("Omvårdnad", "Pat med känd Alzheimers sjukdom har varit rastlös under kvällen, drar i lakanet och grimaserar vid förflyttning. Oron bedöms troligen smärtbetingad. Enligt vidbehovsordination gavs paracetamol 1 g kl 20, därefter lugnare och somnade 20.45. Abbey smärtskala 9 före, 3 efter."),
  ], template="Omvårdnadsanteckning")],
  [], ["NL102"],
  "The hedge (troligen) is on the cause of a symptom (restlessness from pain), not on a disease; the dementia is known.")

C("d80-sk-epikris-misstankt-tia-avstar-utredning", "skane", "1933-04-20", "564", "F",
  [N("n1", "LAND_GER", "Anna-Lena Persson", "läkare", "2024-08-12T13:00:00", [
      ("Epikris", "91-årig kvinna från Tallbackens SÄBO, inlagd 8/8 efter en episod med talsvårigheter och hängande vä mungipa som gick över på 20 minuter. DT hjärna utan akuta förändringar. Misstänkt TIA. Redan behandlad med apixaban för förmaksflimmer, ingen ändring. Efter samtal med pat och son avstås ultraljud av halskärlen då kärlkirurgi inte är aktuellt."),
      ("Uppföljning", "SÄBO-läkaren följer upp blodtrycket om två veckor."),
  ], template="Epikris")],
  ["NL102"], [],
  "A discharge summary keeps 'Misstänkt TIA' as the working diagnosis while further work-up is declined.")

C("d80-sk-ortop-patologisk-fraktur-metastas-ej-berattat", "skane", "1945-01-30", "646", "F",
  [N("n1", "KRST_ORT", "Viktor Hallberg", "läkare", "2024-08-20T15:40:00", [
      ("Aktuellt", "Kvinna 79 år med behandlad bröstcancer 2016. Inkom i går efter att hö lårben gått av när hon vände sig i sängen på korttidsboendet."),
      ("Bedömning", "Subtrokantär femurfraktur hö efter lågenergivåld. Det kan röra sig om en patologisk fraktur i en skelettmetastas, DT thorax-buk och skelettskintigrafi beställda."),
      ("Information", "Pat har fått veta att benet är brutet och ska opereras. Misstanken om metastas har vi ännu inte tagit upp med henne."),
  ])],
  ["NL101", "NL102"], [],
  "The fracture was told but the suspected metastasis, visible in Bedömning, has explicitly not been raised with her.")

C("d80-sk-pmo-sabo-rond-sannolik-lewy-body", "skane", "1938-12-12", "359", "M",
  [N("n1", "VC_TOMELILLA", "Per-Olof Sjöstrand", "läkare", "2024-09-02T10:30:00", [
      ("Aktuellt", "SÄBO-rond på Ängsgården. Personalen rapporterar att pat ser djur i rummet på kvällarna och att han blivit stelare och gått med små steg senaste månaderna."),
      ("Status", "Rigiditet i båda armar, kugghjulsfenomen vä. Hypomimi. Blodtryck liggande 138/76, stående 104/60."),
      ("Bedömning", "Sannolik Lewy body-demens med synhallucinationer, parkinsonism och ortostatism. Haloperidol undviks."),
      ("Åtgärd", "Rivastigmin plåster 4,6 mg insätts. Stödstrumpor och uppresning i etapper."),
  ], template="Besök")],
  [], ["NL102"],
  "PMO SÄBO round with 'Sannolik Lewy body-demens': the system never shows diagnoses to the patient.")

C("d80-sk-ingen-misstanke-dvt-hematom", "skane", "1932-09-09", "930", "F",
  [N("n1", "HLM_MED", "Jonas Wärnberg", "läkare", "2024-09-10T14:15:00", [
      ("Bedömning", "Svullnad vä vad efter fallet för fem dagar sedan, blåmärke på vadens baksida och palpabelt hematom. Ingen misstanke om DVT, ultraljud bedöms ej indicerat."),
  ], template="Konsultationsanteckning")],
  [], ["NL102"],
  "'Ingen misstanke om DVT' negates the only candidate diagnosis.")
# ---- Part 2: VGR (Melior), NL102 ---------------------------------------------

C("d80-vg-mnv-trolig-pneumoni-sabo", "vgr", "1934-08-15", "128", "F",
  [N("n1", "NU_MNV", "Henrik Andersson", "läkare", "2024-01-09T11:45:00", [
      ("Aktuellt", "Uppdrag från kommunens ssk på Solrosens vård- och omsorgsboende i Uddevalla. Kvinna 89 år, hosta och feber 38,9 sedan i går, sätter i halsen vid måltider sedan stroke 2022."),
      ("Status", "Tröttare än vanligt men kontaktbar. AF 24, sat 93 %. Rassel vä basalt. CRP 98."),
      ("Bedömning", "Trolig pneumoni vä, aspiration kan bidra."),
      ("Åtgärd", "Doxycyklin 200 mg dag 1, därefter 100 mg x 1 i 9 dagar. Konsistensanpassad kost, logoped kontaktas."),
  ])],
  ["NL102"], ["NL101"],
  "VGR mobile närsjukvård at a SÄBO: 'Trolig pneumoni' in Bedömning; nothing about informing.")

C("d80-vg-mnv-urinodling-neg-uvi-uteslutes", "vgr", "1937-02-27", "846", "F",
  [N("n1", "SKAS_MNV", "Eva Johansson", "läkare", "2024-01-23T15:05:00", [
      ("Telefonkontakt", "Samtal med ssk i hemsjukvården i Tibro angående odlingssvar. Urinodlingen visade blandflora utan dominerande växt. UVI uteslutes, den nyinsatta nitrofurantoinen sätts ut. Fortsatt ökad vätsketillförsel; kvarstår förvirringen görs nytt besök på fredag."),
  ], template="Telefonanteckning")],
  [], ["NL102"],
  "Negative urine culture: the UVI is ruled out (uteslutes); the rest is a conditional plan.")

C("d80-vg-ger-eventuelt-delirium-typo", "vgr", "1933-06-06", "311", "M",
  [N("n1", "SU_GER_MOL", "Björn Karlsson", "läkare", "2024-02-07T10:40:00", [
      ("Aktuellt", "Natten orolig enligt nattpersonalen, försökt klättra över sänggrindarna och ropat efter sin mamma. Dagtid dåsig."),
      ("Bedömning", "Eventuelt delirium, förstoppning sedan fem dagar och nyinsatt oxikodon tänkbara utlösare. Ingen feber."),
      ("Åtgärd", "Laxering, oxikodon byts till paracetamol. Lugn miljö och dämpad belysning nattetid."),
  ], template="Rondanteckning")],
  ["NL102"], [],
  "Misspelt hedge (Eventuelt) before delirium in a visible geriatric round note.")

C("d80-vg-sokord-tidiga-hypoteser-ventrikelcancer", "vgr", "1940-12-03", "562", "F",
  [N("n1", "KUNG_GER", "Marie Olsson", "läkare", "2024-02-14T14:20:00", [
      ("Aktuellt", "Fortsatt dålig aptit, äter ungefär en tredjedel av portionerna. Vikt 49 kg, var 56 kg i oktober."),
      ("Tidiga hypoteser", "Misstanke om ventrikelcancer med tanke på järnbrist, dyspepsi och viktras. Inte diskuterat med pat ännu, gastroskopi först."),
      ("Planering", "Gastroskopi bokad 20/2. Kostregistrering och dietistkontakt."),
  ])],
  [], ["NL101", "NL102"],
  "VGR protects by sökord: both the hedged cancer and the 'not discussed yet' stand only under Tidiga hypoteser.")

C("d80-vg-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1937-10-10", "704", "F",
  [N("n1", "SAS_GER", "Ali Hosseini", "läkare", "2024-02-28T13:50:00", [
      ("Bedömning", "Ascites och förhöjt CA-125 hos 86-årig kvinna. Misstänkt ovarialcancer, gynkonsult begärd."),
  ], template="Tidiga hypoteser")],
  ["NL102"], [],
  "In VGR the note template does not protect; the hedged diagnosis stands under the visible sökord Bedömning.")

C("d80-vg-ortop-hoftfraktur-garden-iv", "vgr", "1939-07-21", "655", "M",
  [N("n1", "SU_ORTO", "Kristina Larsson", "läkare", "2024-03-05T19:30:00", [
      ("Anamnes", "Man 84 år, bor på Björkåsens äldreboende. Föll i korridoren i eftermiddag, kunde inte resa sig. Tidigare TIA, hypertoni, lätt kognitiv svikt."),
      ("Status", "Hö ben förkortat och utåtroterat, kraftig smärta vid rörelse. Distalstatus ua."),
      ("Diagnos", "Dislocerad cervikal höftfraktur hö (Garden IV), röntgenverifierad."),
      ("Planering", "Hemiartroplastik, ev. redan i morgon förmiddag om plats finns på op-programmet. Fasta från midnatt, Fragmin i kväll."),
  ], template="Inskrivningsanteckning")],
  [], ["NL102"],
  "X-ray-verified hip fracture; the only 'ev.' concerns the timing of surgery.")

C("d80-vg-akut-dd-erysipelas-dvt", "vgr", "1945-11-02", "488", "F",
  [N("n1", "SU_AKUT_OST", "Daniel Berg", "läkare", "2024-03-18T02:20:00", [
      ("Aktuellt", "Kvinna 78 år med hemsjukvård, hö underben rött, svullet och ömt sedan två dagar. Frossa i kväll."),
      ("Bedömning", "DD erysipelas, DVT hö underben. Ultraljud venöst i morgon, antibiotika startas redan nu."),
  ], template="Akutanteckning")],
  ["NL102"], [],
  "Two competing diagnoses after 'DD' in a visible emergency Bedömning.")

C("d80-vg-pal-misstankt-hjarnmetastasering", "vgr", "1943-05-19", "236", "F",
  [N("n1", "SKAS_LID", "Helena Strand", "läkare", "2024-04-02T10:00:00", [
      ("Aktuellt", "Känd lungcancer (adenocarcinom), avslutad onkologisk behandling. Sedan tre dagar morgonhuvudvärk, kräkningar och vinglig gång enligt maken."),
      ("Bedömning", "Misstänkt hjärnmetastasering. Efter samtal med pat och make avstår vi DT då det inte skulle ändra handläggningen."),
      ("Åtgärd", "Betametason 8 mg x 1, ondansetron vb. Uppföljning per telefon i morgon."),
  ], template="Hembesök")],
  ["NL102"], [],
  "Palliative home visit: brain metastases suspected and deliberately not confirmed by CT, written in Bedömning.")

C("d80-vg-remiss-minnesutredning-fragestallning", "vgr", "1936-03-30", "950", "F",
  [N("n1", "FROL_GER", "Tomas Nyberg", "läkare", "2024-04-11T09:20:00", [
      ("Anamnes", "Sonen har följt med. Mamman har glömt spisen påslagen vid flera tillfällen och upprepar samma frågor. Bor ensam i lägenhet med hemtjänst."),
      ("Status", "MoCA 17/30. Orienterad till person men ej till datum."),
      ("Planering", "Remiss till minnesmottagningen med frågeställning Alzheimers sjukdom. Trygghetslarm och spisvakt via biståndshandläggare."),
  ])],
  ["NL102"], [],
  "'frågeställning Alzheimers sjukdom' in the visible Planering is an unconfirmed diagnosis of the patient.")

C("d80-vg-ssk-troligen-druckit-for-lite", "vgr", "1931-09-01", "473", "M",
  [N("n1", "NAL_MED", "Jenny Gustafsson", "sjuksköterska", "2024-04-19T20:30:00", [
      ("Omvårdnad", "Urinmängd 350 ml under dagpasset, mörk och koncentrerad. Pat har troligen inte druckit mer än ett par glas sedan frukost, vätskelista påbörjad och jouren informerad. Munslemhinnan torr, pat fick munvård."),
  ], template="Omvårdnadsanteckning", signed=None)],
  [], ["NL102"],
  "'troligen' qualifies how much the patient drank, an observation and not a diagnosis.")

C("d80-vg-hustru-missstankt-parkinson-typo", "vgr", "1938-04-17", "199", "M",
  [N("n1", "ALE_MNV", "Sara Lindqvist", "läkare", "2024-05-02T13:15:00", [
      ("Anamnes", "Bor med hustrun i radhus. Hustrun har själv missstänkt Parkinsons sjukdom under utredning på neurologen och kan allt mindre hjälpa till vid förflyttningar."),
      ("Bedömning", "Kronisk hjärtsvikt med ejektionsfraktion 30 % och njursvikt stadium 4, stabilt sedan förra besöket. Ökat omvårdnadsbehov; vi föreslår korttidsplats."),
  ], template="Hembesök")],
  [], ["NL102"],
  "The suspected Parkinson's disease (typo missstänkt) is the wife's; the patient's own diagnoses are certain.")

C("d80-vg-inga-tecken-infektion-pnuemoni-avskrivs-typo", "vgr", "1935-12-24", "017", "M",
  [N("n1", "NU_MNV", "Olof Hedlund", "läkare", "2024-05-16T11:25:00", [
      ("Status", "Afebril, AF 16, sat 96 %. Lungor med vesikulära andningsljud bilat. Buken mjuk och oöm."),
      ("Bedömning", "Inga tecken på infektion, CRP under 5. Pnuemoni avskrivs. Tröttheten sammanfaller med insättning av mirtazapin och dosen halveras."),
  ])],
  [], ["NL102"],
  "Negations only: 'inga tecken på infektion' and a misspelt diagnosis that is written off (Pnuemoni avskrivs).")

C("d80-vg-dt-kan-inte-utelsuta-subduralhematom-typo", "vgr", "1932-01-08", "382", "F",
  [N("n1", "NAL_AKUT", "Petra Holm", "läkare", "2024-05-25T23:50:00", [
      ("Aktuellt", "Kvinna 92 år från SÄBO, föll baklänges och slog i bakhuvudet. Behandlas med apixaban."),
      ("Utredning", "DT skalle: tunn hyperdens bräm längs vä konvexiteten, radiolog kan inte utelsuta litet subduralhematom."),
      ("Planering", "Apixaban pausas. Observation med vakenhetskontroller och ny DT om sex timmar."),
  ], template="Akutanteckning")],
  ["NL102"], [],
  "Misspelt hedge (kan inte utelsuta) keeps a subdural haematoma open after a fall on anticoagulation.")

C("d80-vg-talar-for-hjartsviktsdekompensation", "vgr", "1940-07-07", "551", "M",
  [N("n1", "SAS_GER", "Ali Hosseini", "läkare", "2024-06-04T16:40:00", [
      ("Status", "Bilaterala pittingödem upp till knäna, halsvenstas, krepitationer basalt bilat. Vikt +4 kg på en vecka enligt hemsjukvårdens lista."),
      ("Bedömning", "Bilden och NT-proBNP 4800 talar för dekompenserad hjärtsvikt. Furosemid iv."),
  ], template="Inskrivningsanteckning")],
  ["NL102"], [],
  "'talar för' hedges the decompensated heart failure in a visible admission note.")

C("d80-vg-klinisk-bild-forenlig-med-covid", "vgr", "1939-03-03", "668", "F",
  [N("n1", "KUNG_GER", "Marie Olsson", "läkare", "2024-06-12T09:05:00", [
      ("Bedömning", "Feber, torrhosta och nytillkommen lukt- och smakförlust; klinisk bild förenlig med covid-19. PCR tagen i morse, isolering på enkelrum tills svar finns."),
  ], template="Rondanteckning", signed=None)],
  ["NL102"], [],
  "'förenlig med covid-19' with PCR pending is an unconfirmed diagnosis in a visible note.")

C("d80-vg-pal-kand-prostatacancer-ev-sanka-morfin", "vgr", "1941-10-20", "795", "M",
  [N("n1", "SAS_PAL", "Ulrika Dahl", "sjuksköterska", "2024-06-20T14:50:00", [
      ("Omvårdnad", "Känd prostatacancer med skelettmetastaser, palliativt skede. Pat sover större delen av dygnet och är svårväckt vid besöket. Andning lugn, inga tecken på smärta."),
      ("Planering", "Ev. sänkning av morfin i pumpen, läkaren tar ställning vid ronden i morgon. Anhöriga informerade om förändringen."),
  ], template="Hembesök")],
  [], ["NL102"],
  "Known, confirmed cancer; the only hedge (Ev.) is on a dose change.")

C("d80-vg-ssk-oklart-om-fallit", "vgr", "1930-11-30", "426", "F",
  [N("n1", "SU_GER_MOL", "Camilla Sjöberg", "sjuksköterska", "2024-07-03T04:10:00", [
      ("Händelse", "Pat hittad sittande på golvet i badrummet kl 03.20. Oklart om hon fallit eller själv satt sig ned, hon kan inte redogöra. Inga synliga skador, rör alla extremiteter utan smärta, BT 128/74, puls 82. Hjälpt tillbaka till sängen av två personal, jourläkare informerad. Avvikelse skrivs."),
  ], template="Omvårdnadsanteckning")],
  [], ["NL102"],
  "'Oklart om hon fallit' is uncertainty about an event, not about a disease.")

C("d80-vg-sokord-diagnos-erysipelas-fragetecken", "vgr", "1944-06-06", "070", "F",
  [N("n1", "ALE_MNV", "Sara Lindqvist", "läkare", "2024-07-10T12:30:00", [
      ("Diagnos", "Erysipelas? vä fot (A46.9)"),
      ("Åtgärd", "PcV 1,6 g x 3 i 10 dagar, fothöjning."),
  ], signed=None)],
  ["NL102"], [],
  "Question-marked diagnosis under the visible sökord Diagnos, with an ICD code attached.")

C("d80-vg-mojligt-lymfom-avboj-biopsi-informerad", "vgr", "1927-09-14", "853", "M",
  [N("n1", "FROL_GER", "Tomas Nyberg", "läkare", "2024-07-22T10:45:00", [
      ("Status", "Multipla förstorade, oömma och fasta lymfkörtlar på halsen bilat, största 3 cm. Även förstorade körtlar i vä axill. Mjälten ej palpabel."),
      ("Bedömning", "Möjligt lymfom."),
      ("Samtal", "Pat 96 år har fått information om att körtlarna kan bero på en lymfkörtelcancer och att en biopsi skulle ge svar. Han avböjer biopsi och vill inte ha behandling; ny kontakt vid besvär."),
  ])],
  ["NL102"], ["NL101"],
  "Possible lymphoma not worked up by choice: hypothesis visible, patient informed about it.")

C("d80-vg-anemi-genes-oklar-ingen-hypotes", "vgr", "1933-01-13", "284", "F",
  [N("n1", "NAL_MED", "Emil Forsberg", "läkare", "2024-08-01T11:10:00", [
      ("Lab", "Hb 88, MCV 92, B12 och folat normala, ferritin 140, retikulocyter låga."),
      ("Bedömning", "Normocytär anemi, genesen ännu oklar. Pat och dotter har tidigare uttryckt att de inte önskar invasiv utredning."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "The anaemia is established by lab; only its cause is unknown and no hypothesis is named.")

C("d80-vg-lang-sabo-misstankt-aspirationspneumoni", "vgr", "1936-12-01", "917", "M",
  [N("n1", "NU_MNV", "Henrik Andersson", "läkare", "2024-08-14T13:30:00", [
      ("Aktuellt", "Uppdrag via kommunens ssk på Kvarnbackens SÄBO, Lysekil. Man 87 år, sedan i morse feber 39,0, rosslig andning och hosta efter frukosten. Enligt personalen satte han i halsen kraftigt vid gröten och har därefter varit andfådd."),
      ("Anamnes", "Parkinsons sjukdom sedan 2011 med uttalad dysfagi, konsistensanpassad kost (timbal). Förmaksflimmer med apixaban. Pneumoni 2023. Vårdplan upprättad med pat och dotter i våras: ingen HLR, sjukhusvård endast om symtomlindring inte kan ges på boendet."),
      ("Status", "AT: påverkad, varm, svettig. Kontaktbar, svarar adekvat på enkla frågor. AF 28, sat 89 % på luft, 94 % med 2 l O2. Puls 112 oregelb, BT 108/64. Cor: oregelb rytm, inga bi-ljud. Pulm: grova rassel hö basalt och i mellersta fältet, nedsatt andningsljud hö bas. Buk: mjuk, oöm. Ben: inga ödem."),
      ("Lab", "CRP 186, LPK 15,4, Hb 124, krea 98."),
      ("Bedömning", "Misstänkt aspirationspneumoni hö efter felsväljning vid frukost. Pat allmänpåverkad men i enlighet med vårdplanen behandlas han på boendet."),
      ("Åtgärd", "Bensylpenicillin iv 3 g x 3 via mobila teamets ssk, syrgas 2 l, höjd huvudända, paus i peroralt intag i dag, subkutan vätska 500 ml. Vid behov morfin 2,5 mg sc mot andnöd."),
      ("Planering", "Nytt besök i morgon förmiddag. Dottern kontaktad per telefon av undertecknad; pat själv har också fått veta vad vi bedömer att det rör sig om."),
  ])],
  ["NL102"], ["NL101"],
  "Long SÄBO chart with telegraphic status; one hedged aspiration pneumonia in Bedömning, patient and daughter informed.")

C("d80-vg-lang-fall-radiusfraktur-allt-faststallt", "vgr", "1931-02-22", "542", "F",
  [N("n1", "KUNG_GER", "Johanna Ek", "läkare", "2024-08-27T10:00:00", [
      ("Kontaktorsak", "Remitterad från akuten efter fall på Fyrens äldreboende. Kvinna 93 år."),
      ("Anamnes", "Hjärtsvikt med bevarad ejektionsfraktion, hypertoni, osteoporos behandlad med alendronat, måttlig Alzheimers sjukdom. Går med rollator inomhus. Föll i natt på väg till toaletten, ingen medvetandeförlust enligt personalen."),
      ("Status", "AT: opåverkad, orienterad till person. Temp 36,8, BT 146/82, puls 76 reg. Cor: reg rytm, systoliskt blåsljud 2/6 över aorta. Pulm: ua. Skalle: hematom vä parietalt, ingen sårskada. Hö handled: svullen, felställd, distalstatus ua. Höfter: fritt rörliga utan smärta bilat."),
      ("Utredning", "Rtg hö handled: distal radiusfraktur med dorsal felställning. Rtg höfter och bäcken: ingen fraktur. DT hjärna: inga tecken på blödning eller skallfraktur. EKG: sinusrytm 74, inga ischemitecken."),
      ("Bedömning", "Distal radiusfraktur hö efter fall i mörker. Ingen misstanke om synkope, fallet bedöms som mekaniskt. Ingen hjärnskada."),
      ("Planering", "Reposition i lokalbedövning och gipsskena i 5 veckor. Fallriskbedömning med arbetsterapeut, nattlampa till rummet. Trolig återgång till boendet i morgon."),
  ], template="Inskrivningsanteckning")],
  [], ["NL102"],
  "Long admission chart after a fall: every diagnosis is confirmed or negated (ingen misstanke om, inga tecken på); 'trolig' concerns discharge.")
# ---- Part 3: NL101, patient told or not (Melior, both regions) ---------------

C("d80-sk-101-dement-dottern-informerad-pneumoni-typo", "skane", "1929-04-11", "168", "F",
  [N("n1", "SUS_GER_MOB", "Sofia Malmberg", "läkare", "2024-01-26T11:15:00", [
      ("Bedömning", "Pneumoni hö underlob, verifierad med lungröntgen via mobil röntgen i dag. Behandlas på boendet med amoxicillin."),
      ("Information", "Pat ej informrad om diagnosen då hon med sin svåra demens (MMSE 6 i höstas) inte kan ta till sig den. Dottern, som är närmast anhörig, informerad per telefon."),
  ])],
  ["NL101"], ["NL102"],
  "Confirmed pneumonia visible; the daughter was told instead of the patient, who is explicitly not informed (typo informrad).")

C("d80-vg-101-pat-informerad-sonen-ej", "vgr", "1939-08-08", "520", "F",
  [N("n1", "KUNG_GER", "Johanna Ek", "läkare", "2024-02-09T14:40:00", [
      ("Utredning", "Rtg bröstrygg: kotkompressionsfraktur Th12 med 40 % höjdreduktion, osteoporotisk."),
      ("Information", "Pat informerad om röntgensvaret och om behandling med zoledronsyra. Hon vill inte att sonen får veta förrän hon själv hunnit prata med honom."),
  ])],
  [], ["NL101"],
  "The patient was told; only her son is not yet informed, at her own wish.")

C("d80-sk-101-levermetastaser-barnens-onskan", "skane", "1938-01-31", "737", "M",
  [N("n1", "YSTAD_MED", "Erik Trulsson", "läkare", "2024-02-22T13:20:00", [
      ("Utredning", "DT thorax-buk: multipla levermetastaser och en 4 cm stor, oskarpt avgränsad process i pankreashuvudet, sannolikt primärtumören."),
      ("Information", "På barnens uttryckliga önskan har pat ännu inte fått besked om fynden. Samtal med barnen om hans rätt till information är bokat i morgon."),
  ], template="Rondanteckning")],
  ["NL101", "NL102"], [],
  "Relatives asked that the patient not be told; metastases and a probable pancreatic primary stand in a visible section.")

C("d80-vg-101-melanom-informerad-op-datum-ej", "vgr", "1942-09-25", "904", "F",
  [N("n1", "NAL_HUD", "Linda Åberg", "läkare", "2024-03-06T10:30:00", [
      ("Diagnos", "Malignt melanom på ryggen, PAD-verifierat, Breslow 1,2 mm."),
      ("Information", "Pat fick diagnosbeskedet vid förra besöket tillsammans med sin dotter. Datum för utvidgad excision är inte bestämt än och pat är därför inte informerad om tiden, kallelse skickas hem."),
  ])],
  [], ["NL101"],
  "What is not yet told is an operation date; the melanoma diagnosis was given at the previous visit.")

C("d80-sk-101-artros-remiss-skickad-ej-informerad", "skane", "1934-10-14", "586", "F",
  [N("n1", "SUS_GER_MOB", "Karin Bengtsson", "läkare", "2024-03-14T15:00:00", [
      ("Bedömning", "Uttalad höftledsartros hö, röntgenverifierad, med vilovärk som inte längre svarar på paracetamol."),
      ("Åtgärd", "Remiss skickad till ortopedkliniken för bedömning av protes. Pat är ännu inte informerad om att remissen gått iväg, ssk på boendet meddelar henne i morgon."),
  ])],
  [], ["NL101"],
  "The untold fact is that a referral was sent, not a diagnosis.")

C("d80-vg-101-normala-prover-ej-meddelade", "vgr", "1943-03-01", "322", "F",
  [N("n1", "SKAS_MNV", "Eva Johansson", "läkare", "2024-03-27T16:20:00", [
      ("Telefonkontakt", "Svar på kontrollprover tagna i hemmet: Hb 131, CRP 4, krea 88, kalium 4,2, samtliga normala. Ännu ej meddelat pat, hemsjukvårdens ssk ringer henne i morgon. Känd hypertoni och typ 2-diabetes, oförändrad behandling."),
  ], template="Telefonanteckning")],
  [], ["NL101"],
  "Only normal lab results are still untold; the known diagnoses are old news to the patient.")

C("d80-sk-101-mall-tidiga-hypoteser-alzheimer-ej-informerad", "skane", "1945-05-29", "893", "M",
  [N("n1", "SUS_MINNE", "Birgitta Ljung", "läkare", "2024-04-03T12:10:00", [
      ("Bedömning", "Misstänkt Alzheimers sjukdom utifrån minnestest och DT, likvoranalys inväntas. Pat ej informerad om misstanken ännu, besked ges när likvorsvaret kommit."),
  ], template="Tidiga hypoteser")],
  [], ["NL101", "NL102"],
  "Skåne: the untold, hedged dementia diagnosis is kept in a Tidiga hypoteser template note, which is not shown.")

C("d80-vg-101-sokord-tidiga-hyp-esofagus-ej-informerad", "vgr", "1937-06-19", "279", "M",
  [N("n1", "SU_GER_MOL", "Björn Karlsson", "läkare", "2024-04-16T15:30:00", [
      ("Aktuellt", "Fortsatt viktnedgång, 1,5 kg sedan förra veckan. Samtal med pat om mellanmål och näringsdrycker."),
      ("Tidiga hypoteser", "Misstänkt esofaguscancer med tanke på tilltagande sväljningssvårigheter för fast föda. Pat ej informerad om misstanken, inväntar gastroskopi 23/4."),
  ], template="Rondanteckning")],
  [], ["NL101", "NL102"],
  "VGR: the untold suspected cancer appears only under the Tidiga hypoteser sökord; the visible part names no diagnosis.")

C("d80-vg-101-tidiga-hyp-men-bedomning-lacker", "vgr", "1941-08-30", "615", "M",
  [N("n1", "SAS_GER", "Nils Ståhl", "läkare", "2024-04-24T11:50:00", [
      ("Tidiga hypoteser", "Lungcancer hö ovanlob? Spikulerad förändring 3 cm på DT thorax."),
      ("Bedömning", "Misstänkt lungcancer enligt DT. Pat ännu inte informerad, vi vill ha PET-svaret först."),
  ])],
  ["NL101", "NL102"], [],
  "The hypothesis was put under Tidiga hypoteser but is repeated, with 'not informed', in the visible Bedömning.")

C("d80-sk-101-njurcancer-ska-ej-infomeras-typo", "skane", "1936-02-20", "744", "F",
  [N("n1", "HBG_AKGER", "Mats Holmqvist", "läkare", "2024-05-08T10:25:00", [
      ("Utredning", "DT buk, gjord för buksmärta: 6 cm solid tumör i vä njure. Urologkonsulten bedömer att det är en njurcancer och att den inte ska opereras med hänsyn till hennes skörhet."),
      ("Information", "Pat ska ej infomeras förrän dottern är på plats på torsdag, enligt överenskommelse i morse om att svaret ges med dottern närvarande."),
  ], template="Rondanteckning")],
  ["NL101"], [],
  "Misspelt 'infomeras': the visible kidney cancer must not be told to the patient until Thursday.")

C("d80-vg-101-rektumcancer-besked-vid-mottagningsbesok", "vgr", "1935-07-04", "117", "M",
  [N("n1", "NAL_KIR", "Anders Wiklund", "läkare", "2024-03-01T14:00:00", [
      ("Utredning", "PAD från rektoskopin 22/2: adenocarcinom i rektum, 8 cm från anus."),
      ("Planering", "Pat har ännu inte informerats om PAD-svaret. Besked lämnas vid mottagningsbesök 12/3 med sonen närvarande, transport från SÄBO bokas."),
  ])],
  ["NL101"], [],
  "A biopsy-proven rectal cancer is visible while the patient has not yet been told.")

C("d80-sk-101-informerad-igar-trokantar-fraktur", "skane", "1932-12-18", "206", "F",
  [N("n1", "KRST_ORT", "Lisa Ahlström", "läkare", "2024-05-21T09:40:00", [
      ("Aktuellt", "Dag 1 efter osteosyntes av trokantär femurfraktur vä. Pat informerades i går eftermiddag av operatören om frakturen och ingreppet och har förstått att hon får belasta fullt."),
      ("Planering", "Mobilisering med fysioterapeut. Hb i morgon."),
  ], template="Rondanteckning")],
  [], ["NL101"],
  "The patient was told about the fracture the day before; nothing is withheld.")

C("d80-vg-101-tva-anteckningar-stroke-informeras-dagen-efter", "vgr", "1940-02-11", "433", "M",
  [N("n1", "NAL_MED", "Robin Axelsson", "sjuksköterska", "2024-06-05T21:30:00", [
      ("Omvårdnad", "DT hjärna visar en färsk infarkt i hö hemisfär enligt jourläkaren. Läkaren vill själv informera pat och hustrun i morgon, pat ej informerad i kväll. Vä arm svagare än i morse, NIHSS oförändrat 4."),
  ], template="Omvårdnadsanteckning"),
   N("n2", "NAL_MED", "Emil Forsberg", "läkare", "2024-06-06T10:15:00", [
      ("Information", "Informerat pat och hustrun om att DT visar en hjärninfarkt i hö hemisfär som förklarar svagheten i vä arm. Pat förstår, hustrun har många frågor som besvaras."),
      ("Planering", "Fysioterapi och arbetsterapi, sekundärprevention med statin. Fortsatt apixaban då han har förmaksflimmer."),
  ], template="Rondanteckning")],
  [("NL101", "n1"), ], [("NL101", "n2")],
  "Two notes: the evening nurse note shows the infarct while saying the patient is not told; next day's note tells him.")

C("d80-sk-101-sonen-informerad-inget-om-pat", "skane", "1931-05-05", "502", "F",
  [N("n1", "ANGH_MOB", "Ingrid Falk", "läkare", "2024-06-13T16:45:00", [
      ("Telefonkontakt", "Ringt sonen och berättat att röntgen visar en fraktur i vä överarm (subkapitulär humerusfraktur) efter fallet i går. Behandlas konservativt med mitella på boendet; han tar själv kontakt med sin syster."),
  ], template="Telefonanteckning")],
  [], ["NL101"],
  "A relative was told; the note says nothing about the patient being uninformed, so no NL101.")

C("d80-vg-101-hlr-beslut-ej-informerat", "vgr", "1933-11-09", "688", "F",
  [N("n1", "KUNG_GER", "Johanna Ek", "läkare", "2024-06-26T13:10:00", [
      ("Diagnoser", "Svår aortastenos, ej aktuell för TAVI. Hjärtsvikt. Kronisk njursvikt stadium 4."),
      ("Ställningstagande", "Beslut att avstå från hjärt-lungräddning, fattat av undertecknad efter samråd med ansvarig sjuksköterska och dottern. Pat har ännu inte informerats om HLR-beslutet då hon i dag är för trött för samtalet, görs i morgon."),
  ])],
  [], ["NL101"],
  "What the patient has not been told is a treatment-limitation decision (HLR), not a diagnosis.")

C("d80-sk-101-brytpunktssamtal-pat-informerad", "skane", "1936-09-27", "346", "F",
  [N("n1", "ASIH_LUND", "Leila Haddad", "läkare", "2024-07-04T15:20:00", [
      ("Samtal", "Brytpunktssamtal i hemmet med pat och dottern. Pat informerad om att hjärtsvikten nu är i ett slutskede och att fokus framöver är lindring. Pat säger att hon anat det och vill dö hemma."),
      ("Planering", "Brytpunktsbeslut dokumenterat. Vidbehovsläkemedel ordineras och beställs till hemmet."),
  ], template="Samtal")],
  [], ["NL101"],
  "End-of-life talk held with the patient herself; the diagnosis is communicated.")

C("d80-vg-101-ventrikelcancer-maken-informerad-pat-ej", "vgr", "1942-04-04", "148", "F",
  [N("n1", "SU_GER_MOL", "Lena Hägg", "läkare", "2024-07-17T14:35:00", [
      ("Utredning", "Gastroskopi 15/7 med PAD: adenocarcinom i ventrikelns corpus."),
      ("Information", "Pat har inte informerats om cancerdiagnosen; hon har måttlig demens och var mycket orolig efter undersökningen. Maken informerad i dag vid besök på avdelningen och vill vara med när hon får beskedet."),
  ], template="Rondanteckning", signed=None)],
  ["NL101"], [],
  "Husband informed instead of the demented patient, who explicitly has not been told the visible cancer diagnosis.")

C("d80-vg-101-kan-rora-sig-om-aggstockstumor-informerad", "vgr", "1927-03-12", "826", "F",
  [N("n1", "ALE_MNV", "Magnus Öberg", "läkare", "2024-07-25T11:00:00", [
      ("Aktuellt", "Kvinna 97 år, hemsjukvård. Tilltagande bukomfång och mättnadskänsla sedan en månad, viktnedgång. Palperas en stor fast resistens i nedre buken."),
      ("Bedömning", "Kan röra sig om en äggstockstumör."),
      ("Samtal", "Pat informerad om att det kan vara en elakartad tumör och om möjligheten till datortomografi. Hon önskar ingen utredning och ingen sjukhusvistelse, vilket förs in i vårdplanen."),
  ], template="Hembesök")],
  ["NL102"], ["NL101"],
  "'Kan röra sig om' hedges an ovarian tumour left uninvestigated by choice; the patient has been told.")

C("d80-vg-101-lungcancer-pat-informerad-barnen-ej", "vgr", "1944-11-15", "239", "M",
  [N("n1", "SKAS_LUNG", "Kerstin Wahl", "läkare", "2024-08-07T10:20:00", [
      ("Information", "Pat informerad om diagnosen småcellig lungcancer och om att behandlingen syftar till att lindra. Barnen är ännu inte informerade, pat vill själv berätta för dem i helgen."),
  ])],
  [], ["NL101"],
  "The patient knows his lung cancer; only the children are uninformed.")

C("d80-sk-101-delirium-uvi-informerad", "skane", "1938-06-02", "762", "F",
  [N("n1", "LAND_GER", "Hussein Ali", "läkare", "2024-08-16T10:50:00", [
      ("Aktuellt", "Klarare i dag, orienterad till tid och rum. Odlingen växte E. coli känslig för mecillinam."),
      ("Information", "Pat informerad om att förvirringen under veckan var ett delirium utlöst av urinvägsinfektionen och att det kan ta några veckor innan hon känner sig som vanligt."),
  ], template="Rondanteckning")],
  [], ["NL101", "NL102"],
  "After a delirium the patient is told its cause; both diagnoses are stated as fact and communicated.")

C("d80-vg-101-alzheimer-diagnosbesked-ej-givet", "vgr", "1939-12-24", "560", "F",
  [N("n1", "FROL_GER", "Tomas Nyberg", "läkare", "2024-08-29T16:10:00", [
      ("Diagnos", "Alzheimers sjukdom med sen debut (F00.1)."),
      ("Planering", "Diagnosbesked är ännu inte givet till pat; planeras vid återbesök 9/9 tillsammans med dottern. Donepezil insätts först efter samtalet."),
  ])],
  ["NL101"], [],
  "Alzheimer diagnosis coded in the visible Diagnos sökord while the diagnostic message has not been given.")

C("d80-sk-101-telefon-mrsa-ej-underattad-typo", "skane", "1934-02-17", "408", "F",
  [N("n1", "ASIH_LUND", "Elin Fransson", "sjuksköterska", "2024-09-04T13:25:00", [
      ("Telefonkontakt", "Mikrobiologen ringer: sårodlingen från hö hälsåret visar MRSA. Pat ännu ej underättad, ansvarig läkare kontaktar henne i morgon. Basala hygienrutiner förstärks, hemtjänsten informerad om handskar och förkläde."),
  ], template="Telefonanteckning")],
  ["NL101"], [],
  "Nurse phone note: MRSA finding visible, patient not yet told (typo 'underättad').")

C("d80-vg-101-avstar-informera-levermetastaser-angest", "vgr", "1943-07-30", "975", "M",
  [N("n1", "SKAS_LID", "Helena Strand", "läkare", "2024-09-11T11:40:00", [
      ("Bedömning", "Ultraljud lever visar multipla metastaser, progress av känd koloncancer."),
      ("Ställningstagande", "Vi avstår tills vidare från att informera pat om levermetastaserna då han är mycket ångestfylld och nyligen fått antidepressiv behandling. Ny bedömning nästa vecka tillsammans med kurator."),
  ])],
  ["NL101"], [],
  "A deliberate decision to withhold the liver metastases from the patient, while they stand in Bedömning.")

C("d80-sk-101-flytt-korttids-ej-informerad", "skane", "1937-03-08", "613", "M",
  [N("n1", "HLM_MED", "Jonas Wärnberg", "läkare", "2024-09-18T10:05:00", [
      ("Aktuellt", "Akut njursvikt på grund av dehydrering, krea från 312 till 140 på vätska. Kronisk hjärtsvikt stabil."),
      ("Planering", "Planerad flytt till korttidsboende i Hässleholm när plats finns. Pat ännu ej informerad om flytten, biståndshandläggaren kommer på tisdag och tar samtalet."),
  ], template="Rondanteckning", signed=None)],
  [], ["NL101"],
  "Untold item is the move to short-term care, a plan rather than a diagnosis.")

C("d80-sk-101-gallstenspankreatit-informerad-vid-inskrivning", "skane", "1941-04-22", "086", "F",
  [N("n1", "YSTAD_MED", "Camilla Rosén", "läkare", "2024-09-26T09:20:00", [
      ("Aktuellt", "Gallstenspankreatit, lipas från 3400 till 310. Pat informerad om diagnosen redan vid inskrivningen och förstår varför hon ska fasta ytterligare ett dygn."),
  ], template="Rondanteckning")],
  [], ["NL101", "NL102"],
  "Diagnosis told at admission; one short confirmed statement, nothing hedged.")

C("d80-vg-101-dt-thorax-normal-ej-informerad", "vgr", "1939-10-05", "171", "M",
  [N("n1", "NAL_MED", "Karl Söder", "läkare", "2024-10-02T14:45:00", [
      ("Remissvar", "DT thorax: ingen tumör, inga förstorade lymfkörtlar, emfysem sedan tidigare känt. Pat ej informerad om det lugnande svaret ännu, ringer honom i morgon."),
  ], template="Telefonanteckning", setting="öppenvård")],
  [], ["NL101"],
  "What is not yet told is a reassuring normal CT; the emphysema is long known.")

C("d80-sk-101-skelettmetastaser-ej-kommunicerad", "skane", "1935-01-17", "853", "M",
  [N("n1", "TRELL_REH", "Hanna Mårtensson", "läkare", "2024-10-09T15:15:00", [
      ("Utredning", "Skelettskintigrafi: multipla skelettmetastaser i revben och bäcken, progress av känd prostatacancer."),
      ("Information", "Diagnosen är ännu inte kommunicerad med pat; besked ges vid ronden i morgon när hustrun kan vara med."),
  ], template="Rondanteckning")],
  ["NL101"], [],
  "'ännu inte kommunicerad' signals that the visible bone metastases are not yet told.")

C("d80-sk-pmo-misstankt-lungcancer-ej-informerad", "skane", "1943-02-02", "995", "M",
  [N("n1", "VC_ESLOV", "Ylva Nord", "läkare", "2024-10-15T11:30:00", [
      ("Bedömning", "Hemoptys och viktnedgång hos storrökare, 81 år, rtg pulm med 4 cm rundhärd hö. Misstänkt lungcancer, remiss till lungmottagningen enligt SVF. Pat ej informerad om misstanken ännu, samtal bokat i morgon med dottern närvarande."),
  ], template="Besök")],
  [], ["NL102"],
  "PMO note: the hedged, untold lung cancer is hidden by the system, so NL102 is must_not and NL101 is not asserted.")

C("d80-vg-101-lang-sabo-aspiration-livets-slutskede-dement", "vgr", "1929-06-30", "242", "F",
  [N("n1", "SKAS_MNV", "Per Lindahl", "läkare", "2024-10-22T12:00:00", [
      ("Aktuellt", "Kallad till Häggens vård- och omsorgsboende i Mariestad. Kvinna 95 år med svår Alzheimers sjukdom, sängliggande sedan i somras. Sedan två dygn feber och rosslig andning, äter nästan ingenting."),
      ("Anamnes", "Alzheimers sjukdom diagnostiserad 2016, numera utan verbal förmåga. Hypertoni. Höftfraktur vä opererad 2021. Läkemedel: paracetamol 1 g x 3, memantin utsatt i våras. Vårdplan med dottern som ombud: ingen sjukhusvård, fokus på lindring."),
      ("Status", "AT: påverkad, sluten blick, reagerar på tilltal med grimas. Temp 38,6, AF 30, sat 88 %. Cor: takykard reg rytm 108. Pulm: rassel bilat basalt, mest hö. Munslemhinna torr. Sacrum: trycksår kategori 2, oförändrat."),
      ("Bedömning", "Misstänkt aspirationspneumoni bilat i livets slutskede. Ingen antibiotika i enlighet med vårdplanen, fokus på symtomlindring."),
      ("Åtgärd", "Morfin 2,5 mg sc vb mot andnöd, glykopyrron 0,2 mg sc vb mot rosslighet, midazolam 1,25 mg sc vb mot oro. Munvård varannan timme, lägesändring."),
      ("Information", "Pat ej informerad om bedömningen pga grav demens; hon kan inte ta emot informationen. Dottern informerad per telefon och kommer i kväll."),
  ])],
  ["NL101", "NL102"], [],
  "Long end-of-life SÄBO chart: hedged aspiration pneumonia visible, daughter told instead of the patient who is explicitly uninformed.")

C("d80-sk-101-lang-collumfraktur-forvirrad-sonen-informerad", "skane", "1934-05-16", "920", "F",
  [N("n1", "KRST_ORT", "Tobias Kvist", "läkare", "2024-10-28T18:20:00", [
      ("Kontaktorsak", "Fall på Sjöljungans SÄBO i Kristianstad, smärta vä höft."),
      ("Anamnes", "Kvinna 90 år. Vaskulär demens, förmaksflimmer behandlat med edoxaban, hypotyreos. Rullstol utomhus, rollator inne med stöd av en personal. Föll vid förflyttning från sängen till rullstolen i förmiddags."),
      ("Status", "AT: cirkulatoriskt opåverkad men orolig och ropar. Desorienterad till tid och rum, känner inte igen sonen i dag. BT 152/88, puls 88 oregelb, sat 95 %. Vä ben förkortat och utåtroterat, smärta vid minsta rörelse. Distalt: palpabla pulsar, varm fot."),
      ("Utredning", "Rtg vä höft: dislocerad lateral collumfraktur. Rtg pulm: ua. EKG: förmaksflimmer 86. Lab: Hb 118, krea 102."),
      ("Bedömning", "Collumfraktur vä. Akut förvirring ovanpå känd demens efter traumat."),
      ("Planering", "Operation med hemiprotes i morgon, edoxaban senaste dos i morse. Fasta från midnatt. Regional nervblockad mot smärta, undvik bensodiazepiner."),
      ("Information", "Pat själv har ännu inte informerats om frakturen då hon är kraftigt förvirrad och inte kan ta till sig det. Sonen informerad på plats om diagnos och operation."),
  ], template="Inskrivningsanteckning")],
  ["NL101"], [],
  "Long admission chart: confirmed hip fracture, son informed on site while the confused patient has not been told.")

C("d80-vg-101-epikris-misstankt-kolangiocarcinom-ej-informerad", "vgr", "1936-08-21", "384", "F",
  [N("n1", "KUNG_GER", "Ingela Brandt", "läkare", "2024-11-05T15:30:00", [
      ("Epikris", "Kvinna 88 år från Nyhamnens äldreboende, inlagd 28/10–5/11 för ikterus och klåda. DT och MR visar dilaterade gallvägar och en striktur i levernära hilus. Misstänkt kolangiocarcinom; ERCP med stentinläggning 31/10 gav god effekt på bilirubin."),
      ("Information", "Pat har ännu inte informerats om tumörmisstanken. Hon var påverkad under vårdtiden och besked planeras på äldreboendet tillsammans med sonen. Ansvaret överlämnas till boendets läkare."),
  ], template="Epikris")],
  ["NL101", "NL102"], [],
  "Discharge summary hands over an untold suspected cholangiocarcinoma that stands in the visible Epikris.")

C("d80-sk-101-missankt-lungcancer-typo", "skane", "1940-09-09", "751", "M",
  [N("n1", "SUS_LUNG", "Oskar Frid", "läkare", "2024-11-12T13:40:00", [
      ("Bedömning", "Missänkt lungcancer hö ovanlob utifrån DT. Bronkoskopi bokad nästa vecka."),
      ("Information", "Ej informerat pat ännu; han bor på SÄBO och vi har kallat honom och hans gode man till samtal efter bronkoskopin."),
  ])],
  ["NL101", "NL102"], [],
  "Typo in the hedge (Missänkt); suspected lung cancer visible and explicitly not yet told.")

C("d80-vg-101-ssk-diabetes-ej-informerad", "vgr", "1938-07-12", "504", "F",
  [N("n1", "SU_GER_MOL", "Camilla Sjöberg", "sjuksköterska", "2024-11-19T14:10:00", [
      ("Omvårdnad", "Blodsocker 14–19 mmol/l under dygnet, HbA1c 61. Enligt dr Karlsson har pat typ 2-diabetes; pat ännu inte informerad, läkaren tar samtalet på tisdag. Insulin ges tills vidare enligt ordination."),
  ], template="Omvårdnadsanteckning")],
  ["NL101"], [],
  "A nurse note shows a new diabetes diagnosis and says the patient has not yet been informed.")

C("d80-sk-101-familjen-onskar-ej-cancerbesked", "skane", "1936-10-31", "579", "M",
  [N("n1", "HBG_AKGER", "Sanna Ekman", "läkare", "2024-11-25T11:20:00", [
      ("Utredning", "Gastroskopi med PAD: ventrikelcancer i antrum."),
      ("Samtal", "Familjen, som tolkar åt pat, önskar att han inte ska få veta att det är cancer. Vi har ännu inte informerat pat; etiskt samtal med familjen om hans rätt till information bokat."),
  ])],
  ["NL101"], [],
  "The family wants the cancer withheld and the note says the patient has not been told.")

C("d80-vg-101-pneumoni-informerad-via-tolk", "vgr", "1946-01-20", "197", "M",
  [N("n1", "NAL_MED", "Karl Söder", "läkare", "2024-12-03T10:30:00", [
      ("Information", "Informerat pat via telefontolk på arabiska om att lungröntgen visar pneumoni på vä sida och att behandlingen fortsätter med antibiotika i tablettform. Pat har förstått och ställde frågor om hemgång."),
  ], template="Rondanteckning")],
  [], ["NL101"],
  "The patient was told through an interpreter; nothing is withheld.")

C("d80-vg-101-esbl-dottern-god-man", "vgr", "1930-03-25", "622", "F",
  [N("n1", "SAS_GER", "Nils Ståhl", "läkare", "2024-12-10T13:30:00", [
      ("Odlingssvar", "Urinodlingen från inkomsten visar ESBL-producerande E. coli, känslig för nitrofurantoin."),
      ("Information", "Enligt önskemål från dottern, som är god man, har pat inte informerats om att hon bär på ESBL. Dottern vill själv förklara för sin mamma i lugn och ro."),
  ])],
  ["NL101"], [],
  "ESBL carriage visible while, at the daughter's request, the patient has not been told.")

C("d80-vg-101-vaskular-demens-ej-informerd-typo", "vgr", "1941-06-14", "228", "F",
  [N("n1", "ALE_MNV", "Magnus Öberg", "läkare", "2024-12-12T10:00:00", [
      ("Bedömning", "Vaskulär demens av måttlig grad efter avslutad basal demensutredning."),
      ("Information", "Pat ej informerd om diagnosen vid dagens besök då hon var trött och ledsen. Maken informerad, nytt samtal med pat om två veckor."),
  ], template="Hembesök")],
  ["NL101"], [],
  "Typo 'informerd': dementia diagnosis visible, husband told instead of the patient.")

C("d80-sk-101-utkast-hjarninfarkt-ej-informerad", "skane", "1935-08-08", "744", "F",
  [N("n1", "SUS_AKUT_LUND", "Amir Said", "läkare", "2024-12-14T01:30:00", [
      ("Utredning", "DT hjärna: nytillkommen infarkt i vä capsula interna, inga blödningstecken."),
      ("Information", "Pat ännu ej informerad om att DT visar hjärninfarkt, hon somnade innan svaret kom. Informeras av avdelningens läkare i morgon."),
  ], template="Akutanteckning", signed=None)],
  ["NL101"], [],
  "Unsigned draft (pre-signing): cerebral infarction visible and the patient not yet informed.")

C("d80-vg-101-meningiom-vantar-till-efter-100-arsdag", "vgr", "1924-06-15", "382", "F",
  [N("n1", "NU_GER", "Fredrika Lund", "läkare", "2024-06-11T14:25:00", [
      ("Utredning", "DT hjärna efter fallet på boendet: 4 cm meningiom frontalt vä med lätt omgivande ödem, ingen blödning."),
      ("Ställningstagande", "Efter samråd med dottern väntar vi med att berätta för pat om hjärntumören tills efter hennes 100-årsdag på lördag. Ingen neurokirurgisk åtgärd aktuell."),
  ])],
  ["NL101"], [],
  "'väntar med att berätta' for a visible meningioma: a withheld diagnosis phrased without 'informerad'.")

C("d80-sk-101-skelettspridning-pat-vet-inte-om", "skane", "1939-04-26", "446", "F",
  [N("n1", "ASIH_LUND", "Leila Haddad", "läkare", "2024-06-05T16:00:00", [
      ("Bedömning", "Skelettskintigrafi 3/6 visar spridning till skelettet av känd bröstcancer, bl a i Th8 och vä höftben."),
      ("Information", "Pat vet ännu inte om spridningen; hon har bett att få alla besked med sin son närvarande och samtal är bokat på torsdag."),
  ], template="Hembesök")],
  ["NL101"], [],
  "'vet ännu inte om' is another way of saying that the visible skeletal spread has not been told.")
# ---- Part 4: more hedge forms (positives) -------------------------------------

C("d80-sk-inger-misstanke-om-temporalisarterit", "skane", "1939-08-19", "602", "F",
  [N("n1", "YSTAD_MED", "Camilla Rosén", "läkare", "2024-01-31T10:30:00", [
      ("Aktuellt", "Kvinna 84 år inlagd från hemmet med nytillkommen tinninghuvudvärk, tuggclaudicatio och SR 96."),
      ("Bedömning", "Fynden inger misstanke om temporalisarterit. Prednisolon 40 mg startas i dag, ultraljud av temporalisartärerna beställt."),
  ], template="Inskrivningsanteckning")],
  ["NL102"], [],
  "'inger misstanke om' hedges giant cell arteritis in a visible admission note.")

C("d80-vg-misstanke-om-siadh-sertralin", "vgr", "1934-04-29", "375", "M",
  [N("n1", "NU_MNV", "Olof Hedlund", "läkare", "2024-02-12T14:00:00", [
      ("Lab", "Natrium 121, var 136 i december. Sertralin insattes för sex veckor sedan."),
      ("Bedömning", "Misstanke om SIADH utlöst av sertralin. Sertralin sätts ut, vätskerestriktion 1 liter per dygn, nytt natrium om tre dagar."),
  ])],
  ["NL102"], [],
  "'Misstanke om' (without a negation) puts a drug-induced SIADH as hypothesis in Bedömning.")

C("d80-sk-mobger-trolig-pseudogikt-kna", "skane", "1931-07-11", "840", "F",
  [N("n1", "SUS_GER_MOB", "Karin Bengtsson", "läkare", "2024-03-08T13:45:00", [
      ("Status", "Hö knä svullet, varmt och rodnat, kraftigt ömt. Temp 37,8. Rtg knä via mobil röntgen: kondrokalcinos."),
      ("Bedömning", "Trolig pseudogikt i hö knä; septisk artrit mindre sannolik men ledpunktion görs för säkerhets skull."),
  ], template="Hembesök")],
  ["NL102"], [],
  "'Trolig pseudogikt' on a home visit to a SÄBO resident, visible Bedömning.")

C("d80-vg-ssk-baltros-fragetecken", "vgr", "1937-09-05", "166", "F",
  [N("n1", "ALE_MNV", "Linn Bergström", "sjuksköterska", "2024-03-22T09:15:00", [
      ("Omvårdnad", "Blåsor i ett band från ryggen runt till vä sida av bröstkorgen, brännande smärta. Bältros? Läkaren tittar på det vid eftermiddagsbesöket, pat uppmanad att inte klia."),
  ], template="Omvårdnadsanteckning")],
  ["NL102"], [],
  "A nurse's question-marked lay diagnosis (Bältros?) is still a hypothesis in a visible Melior note.")

C("d80-sk-mojligen-polymyalgia-reumatika", "skane", "1940-01-28", "328", "F",
  [N("n1", "ANGH_MOB", "Ingrid Falk", "läkare", "2024-04-09T11:30:00", [
      ("Anamnes", "Sedan fem veckor stelhet i skuldror och höfter på morgonen, kan inte längre själv ta på sig koftan. SR 64, CRP 38."),
      ("Bedömning", "Möjligen rör det sig om polymyalgia reumatika. Prova prednisolon 15 mg och utvärdera effekten om en vecka."),
  ], template="Hembesök")],
  ["NL102"], [],
  "'Möjligen rör det sig om' before polymyalgia rheumatica, treated ex juvantibus.")

C("d80-vg-sannolkt-hypotyreos-typo", "vgr", "1942-11-18", "457", "M",
  [N("n1", "FROL_GER", "Anna Sund", "läkare", "2024-05-07T10:10:00", [
      ("Lab", "TSH 14,2, fritt T4 8."),
      ("Bedömning", "Sannolkt hypotyreos som bidrar till trötthet och förstoppning. Levaxin 25 mikrogram insätts, kontroll om sex veckor."),
  ])],
  ["NL102"], [],
  "Typo in the hedge (Sannolkt) before hypothyroidism; still a hypothesis despite clear labs.")

C("d80-sk-oklart-om-ny-stroke-eller-postiktal-pares", "skane", "1936-05-21", "971", "M",
  [N("n1", "LAND_GER", "Hussein Ali", "läkare", "2024-05-30T02:40:00", [
      ("Aktuellt", "Tillkallad av ssk då pat haft ryckningar i hö arm i två minuter och därefter är svag i hö sida. Känd epilepsi efter stroke 2019."),
      ("Bedömning", "Oklart om det rör sig om en ny stroke eller en postiktal pares. DT hjärna akut, neurologstatus om en timme."),
  ], template="Jouranteckning")],
  ["NL102"], [],
  "'Oklart om' between a new stroke and Todd's paresis: an open diagnostic question in Bedömning.")

C("d80-vg-skabb-kan-misstankas-differentialdiagnos-eksem", "vgr", "1933-10-03", "740", "F",
  [N("n1", "SKAS_MNV", "Per Lindahl", "läkare", "2024-06-17T11:20:00", [
      ("Status", "Kliande papler på handleder, mellan fingrarna och kring naveln, rivmärken. Två andra boende på avdelningen kliar enligt personalen."),
      ("Bedömning", "Skabb kan misstänkas, differentialdiagnostiskt eksem. Hudskrap är inte möjligt på boendet, alla boende på avdelningen behandlas samtidigt med permetrin."),
  ])],
  ["NL102"], [],
  "Scabies 'kan misstänkas' with a differential diagnosis, in a SÄBO outbreak visit.")

C("d80-sk-tankbar-digoxinintoxikation", "skane", "1935-03-02", "208", "F",
  [N("n1", "HLM_MED", "Mikael Roos", "läkare", "2024-07-12T11:00:00", [
      ("Aktuellt", "Kvinna 89 år, illamående, gulseende och bradykardi 44. Behandlas med digoxin för förmaksflimmer, krea stigit till 168."),
      ("Bedömning", "Tänkbar digoxinintoxikation. Digoxin pausas, S-digoxin och kalium skickade, telemetri."),
  ], template="Inskrivningsanteckning")],
  ["NL102"], [],
  "'Tänkbar' is a less common hedge, here before digoxin toxicity.")

C("d80-vg-arbetshypotes-lakemedelsutlost-parkinsonism", "vgr", "1938-02-09", "635", "M",
  [N("n1", "KUNG_GER", "Marie Olsson", "läkare", "2024-08-08T13:15:00", [
      ("Aktuellt", "Tilltagande stelhet och småstegad gång sedan hösten, flera fall på boendet. Metoklopramid sedan ett halvår och haloperidol till natten."),
      ("Bedömning", "Arbetshypotes: läkemedelsutlöst parkinsonism. Metoklopramid och haloperidol sätts ut, ny bedömning om fyra veckor."),
  ], template="Rondanteckning")],
  ["NL102"], [],
  "'Arbetshypotes:' marks drug-induced parkinsonism as unconfirmed, in the visible Bedömning.")

C("d80-sk-suspekt-basalcellscancer-nasvinge", "skane", "1932-06-26", "095", "M",
  [N("n1", "SUS_GER_MOB", "Sofia Malmberg", "läkare", "2024-09-05T10:40:00", [
      ("Status", "Vid hö näsvinge en 8 mm pärlemorglänsande papel med kärlteckning och central krusta, växt sedan i våras."),
      ("Bedömning", "Suspekt basalcellscancer hö näsvinge. Remiss till hudkliniken för excision, pat samtycker."),
  ])],
  ["NL102"], [],
  "'Suspekt' before a skin cancer, with referral, in a visible mobile-team note.")

C("d80-vg-stark-misstanke-koloncancer-avboj-informerad", "vgr", "1933-05-01", "413", "M",
  [N("n1", "ALE_GERMOTT", "Lovisa Grahn", "läkare", "2024-09-24T14:25:00", [
      ("Aktuellt", "Man 91 år med järnbristanemi, viktnedgång 7 kg och ändrade avföringsvanor sedan i somras. Bor på Tallhöjdens äldreboende."),
      ("Bedömning", "Stark misstanke om koloncancer. Pat avböjer koloskopi och DT efter att ha fått information om misstanken; vi går vidare med järnbehandling och symtomlindring."),
  ])],
  ["NL102"], ["NL101"],
  "'Stark misstanke om' is still unconfirmed; the informed patient declines work-up, so no NL101.")

C("d80-sk-ev-pneumoni-bilat-stas-eller-infiltrat", "skane", "1934-12-07", "880", "F",
  [N("n1", "HBG_AKGER", "Sanna Ekman", "läkare", "2024-10-03T09:10:00", [
      ("Bedömning", "Ev. pneumoni bilat basalt, rtg tolkas som stas eller infiltrat. Fortsätter cefotaxim tills vidare."),
  ], template="Rondanteckning")],
  ["NL102"], [],
  "'Ev.' before a diagnosis (not a plan): possible bilateral pneumonia.")

C("d80-vg-kort-susp-erysipleas-typo", "vgr", "1945-02-17", "024", "F",
  [N("n1", "NAL_MED", "Karl Söder", "läkare", "2024-10-17T16:30:00", [
      ("Bedömning", "Susp. erysipleas hö fot, PcV ordinerat via hemsjukvården."),
  ], template="Telefonanteckning", setting="öppenvård")],
  ["NL102"], [],
  "One-line phone note with 'Susp.' and a misspelt diagnosis (erysipleas).")

C("d80-sk-utkast-trol-gallstensanfall", "skane", "1943-08-13", "266", "F",
  [N("n1", "YSTAD_MED", "Camilla Rosén", "läkare", "2024-10-24T23:10:00", [
      ("Bedömning", "Trol. gallstensanfall, smärta under hö arcus efter middagen, ingen feber. Ultraljud buk i morgon."),
  ], template="Jouranteckning", signed=None)],
  ["NL102"], [],
  "Unsigned draft on the ward with the abbreviation 'Trol.' before a biliary colic.")

C("d80-sk-sepsis-kan-ej-uteslutas-sabo", "skane", "1938-01-05", "517", "M",
  [N("n1", "SUS_AKUT_LUND", "Amir Said", "läkare", "2024-11-07T20:20:00", [
      ("Aktuellt", "Man 86 år från SÄBO i Lund, slö sedan i morse, temp 35,4, BT 92/50, laktat 3,1."),
      ("Bedömning", "Sepsis kan ej uteslutas, fokus oklart. Blododlingar x 2, urinodling, piperacillin-tazobaktam startat."),
  ], template="Akutanteckning")],
  ["NL102"], [],
  "'kan ej uteslutas' with hypothermia in a frail SÄBO resident: sepsis stays a hypothesis.")

C("d80-vg-rontgenremiss-fragestallning-fraktur", "vgr", "1936-07-23", "848", "F",
  [N("n1", "SKAS_MNV", "Eva Johansson", "läkare", "2024-11-21T10:50:00", [
      ("Frågeställning", "Fraktur vä handled? Föll på boendet i går, svullen och öm över radius distalt."),
  ], template="Remiss röntgen")],
  ["NL102"], [],
  "X-ray request text with a question-marked fracture after a fall at the nursing home.")

C("d80-sk-fysio-trolig-kotkompression", "skane", "1936-01-04", "140", "F",
  [N("n1", "TRELL_REH", "Oskar Lundgren", "fysioterapeut", "2024-02-26T13:30:00", [
      ("Aktuellt", "Pat avbröt gångträningen i korridoren pga akut smärta mitt i ryggen efter att ha satt sig hårt på stolen."),
      ("Bedömning", "Trolig kotkompression enligt ansvarig läkare, rtg bröstrygg beställd. Gångträning pausas tills svar finns, sängläge efter eget önskemål."),
  ], template="Fysioterapi")],
  ["NL102"], [],
  "A physiotherapist's note relays a probable vertebral compression; authorship does not change visibility.")

# ---- Part 5: more hard negatives ----------------------------------------------

C("d80-sk-kort-ej-pneumoni", "skane", "1930-09-19", "231", "M",
  [N("n1", "SUS_GER_MOB", "Sofia Malmberg", "läkare", "2024-12-02T15:10:00", [
      ("Bedömning", "Ej pneumoni, lungorna auskulteras rena."),
  ])],
  [], ["NL102"],
  "One-line negation: 'Ej pneumoni'.")

C("d80-vg-dietist-undernaring-ev-mellanmal", "vgr", "1937-04-14", "386", "F",
  [N("n1", "SU_GER_MOL", "Ida Carlsson", "dietist", "2024-01-18T13:30:00", [
      ("Bedömning", "Undernäring enligt GLIM-kriterierna: viktnedgång 8 % på tre månader och BMI 18,4."),
      ("Åtgärd", "Energiberikad kost, två näringsdrycker dagligen. Ev. tillägg av kvällsmål om vikten fortsätter sjunka."),
  ], template="Dietistanteckning")],
  [], ["NL102"],
  "Malnutrition is stated by criteria; 'Ev.' only qualifies a dietary measure.")

C("d80-vg-arbetsterapeut-fallrisk-ev-hoftskydd", "vgr", "1934-11-28", "624", "F",
  [N("n1", "KUNG_GER", "Hanna Wikström", "arbetsterapeut", "2024-02-20T10:15:00", [
      ("Bedömning", "Hög fallrisk enligt DFRI (5 poäng): tidigare fall, nedsatt syn och fyra fallriskläkemedel. Ev. höftskyddsbyxor och sänglarm, diskuteras med boendets personal inför hemgång."),
  ], template="Arbetsterapi")],
  [], ["NL102"],
  "Fall risk is a scored assessment, not a hedged diagnosis; 'Ev.' concerns aids.")

C("d80-vg-utkast-gikt-avskrivs", "vgr", "1939-05-31", "559", "M",
  [N("n1", "SAS_GER", "Nils Ståhl", "läkare", "2024-03-13T22:05:00", [
      ("Bedömning", "Gikt avskrivs, urat 280 och ledvätskan utan kristaller. Artros hö knä med retningstillstånd."),
  ], template="Jouranteckning", signed=None)],
  [], ["NL102"],
  "Unsigned draft where gout is written off and the osteoarthritis is stated as fact.")

C("d80-sk-tidigare-misstankt-pmr-avskrevs", "skane", "1941-03-09", "262", "F",
  [N("n1", "ANGH_MOB", "Gustav Ohlsson", "läkare", "2024-04-25T11:40:00", [
      ("Anamnes", "2019 utreddes misstänkt polymyalgia reumatika på vårdcentralen, vilket avskrevs efter normala inflammationsprover. Nu smärta i hö axel sedan fallet för en vecka sedan."),
      ("Bedömning", "Rotatorkuffskada hö axel efter fall, rtg utan fraktur. Avlastning och paracetamol, fysioterapeut kopplas in."),
  ], template="Hembesök")],
  [], ["NL102"],
  "An old hypothesis is mentioned only as written off (avskrevs); today's diagnosis is stated plainly.")

C("d80-vg-status-rodnad-fragetecken-stasdermatit", "vgr", "1940-10-16", "948", "F",
  [N("n1", "SKAS_MNV", "Per Lindahl", "läkare", "2024-05-13T13:00:00", [
      ("Status", "Underben: lätt rodnad? vä medialt, ingen värmeökning, ingen ömhet. Brun pigmentering och åderbråck bilat."),
      ("Bedömning", "Stasdermatit bilat. Kompressionsstrumpor och mjukgörande."),
  ])],
  [], ["NL102"],
  "The question mark qualifies a status finding (rodnad), not a diagnosis; the diagnosis is certain.")

C("d80-sk-ingen-misstnake-om-malignitet-typo", "skane", "1938-08-31", "402", "F",
  [N("n1", "YSTAD_MED", "Erik Trulsson", "läkare", "2024-06-24T10:35:00", [
      ("Bedömning", "DT thorax-buk utan tumörmisstänkta förändringar. Ingen misstnake om malignitet som förklaring till viktnedgången, som bedöms bero på nedsatt aptit efter makens död."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "Negation with a typo (Ingen misstnake om) and 'tumörmisstänkta' in a normal CT; weight loss workup ends negative.")

C("d80-vg-pyelonefrit-odlingsverifierad", "vgr", "1935-06-12", "726", "F",
  [N("n1", "SU_GER_MOL", "Lena Hägg", "läkare", "2024-07-30T11:00:00", [
      ("Bedömning", "Pyelonefrit hö, E. coli i urin- och blododling. Fortsatt cefotaxim i tre dagar, därefter ciprofloxacin per os."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "Culture-confirmed pyelonephritis: a confirmed infection with no hedge.")

C("d80-sk-pmo-ssk-sanolik-pneumoni-typo", "skane", "1932-02-25", "633", "M",
  [N("n1", "VC_HORBY", "Karolina Holm", "distriktssköterska", "2024-08-22T15:30:00", [
      ("Omvårdnad", "Sanolik pneumoni enligt dr Nilsson som bedömt pat per telefon. Doxycyklin hämtat från apoteket och första dosen given kl 15. Sat 93 %, AF 22."),
  ], template="Omvårdnad hemsjukvård")],
  [], ["NL102"],
  "PMO home-care nurse note, typo 'Sanolik': PMO never shows diagnoses.")

C("d80-sk-pmo-ev-vaskular-demens", "skane", "1944-03-17", "184", "F",
  [N("n1", "VC_KARRAKRA", "Tove Lindh", "läkare", "2024-09-16T09:30:00", [
      ("Bedömning", "Ev. vaskulär demens, basal demensutredning påbörjad. Blodprover och DT hjärna beställda."),
  ], template="Besök", signed=None)],
  [], ["NL102"],
  "PMO vårdcentral note with a hedged dementia diagnosis: not shown, so no NL102.")

C("d80-vg-pal-om-infektion-ingen-antibiotika", "vgr", "1937-12-12", "393", "M",
  [N("n1", "SAS_PAL", "Karin Vik", "läkare", "2024-10-10T14:00:00", [
      ("Diagnos", "Terminal hjärtsvikt."),
      ("Planering", "Om andnöd eller ångest tillkommer ges morfin 5 mg sc och midazolam 2,5 mg sc enligt ordination. Vid tecken på infektion ska antibiotika inte ges, enligt pats uttryckliga önskan."),
  ], template="Hembesök")],
  [], ["NL102"],
  "Only conditional instructions (om andnöd, vid tecken på infektion) besides a confirmed diagnosis.")

C("d80-sk-tva-anteckningar-tidiga-hyp-sedan-myelom-bekraftat", "skane", "1942-10-01", "775", "M",
  [N("n1", "HLM_MED", "Mikael Roos", "läkare", "2024-11-14T15:00:00", [
      ("Bedömning", "Hyperkalcemi, anemi och njurpåverkan, misstänkt myelom. Benmärgsprov planeras."),
  ], template="Tidiga hypoteser"),
   N("n2", "HLM_MED", "Mikael Roos", "läkare", "2024-11-28T11:30:00", [
      ("Diagnos", "Multipelt myelom, benmärgsbiopsin visar 40 % plasmaceller."),
      ("Information", "Pat och dottern informerade om diagnosen i dag, hematologen tar över behandlingen."),
  ])],
  [], [("NL102", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "Skåne record: the hypothesis sits in a Tidiga hypoteser template note; the later visible note has the confirmed, communicated diagnosis.")

C("d80-vg-erysipelas-sannolikt-hemgang-fredag", "vgr", "1931-06-08", "562", "F",
  [N("n1", "SAS_GER", "Nils Ståhl", "läkare", "2024-12-05T10:20:00", [
      ("Aktuellt", "Erysipelas hö underben med god effekt av PcV, rodnaden har gått tillbaka innanför markeringen."),
      ("Planering", "Sannolikt hemgång till boendet på fredag. Möjligen behov av förhöjd säng, arbetsterapeut kontaktas."),
  ], template="Rondanteckning")],
  [], ["NL102"],
  "'Sannolikt' and 'Möjligen' attach to discharge and equipment; the erysipelas is confirmed.")

C("d80-vg-usk-eventuellt-ont-vid-svaljning", "vgr", "1933-02-14", "546", "F",
  [N("n1", "NU_GER", "Fatima Osman", "undersköterska", "2024-03-29T12:50:00", [
      ("Omvårdnad", "Pat åt dåligt till lunch och verkade eventuellt ha ont när hon svalde. Ssk informerad, munstatus kontrolleras i eftermiddag."),
  ], template="Omvårdnadsanteckning")],
  [], ["NL102"],
  "Assistant nurse note: 'eventuellt' hedges a symptom (pain on swallowing), not a disease.")


if __name__ == "__main__":
    main()
