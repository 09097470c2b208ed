#!/usr/bin/env python3
"""d88 - liver clinic test cases (NL101 / NL102) for the notelint gold set.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev88_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "sus_mal_gastro": ("Gastroenterologi- och hepatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6TQ3"),
    "sus_lund_lever": ("Levermottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7KX1"),
    "sus_lund_transpl": ("Transplantationsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-8PL4"),
    "sus_lund_avd": ("Vårdavdelning gastroenterologi och hepatologi, Skånes universitetssjukhus Lund", "SE2321000255-8PQ7"),
    "hbg_med": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-2RD9"),
    "kri_avd": ("Medicinkliniken avd 8, Centralsjukhuset Kristianstad", "SE2321000255-3WN6"),
    "kri_mott": ("Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3WM1"),
    "ystad_avd": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-5BC2"),
    "sus_mal_inf": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-9FJ8"),
    "sus_lund_barn": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1MV5"),
    "sus_mal_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4AK0"),
    "landskrona_med": ("Medicinmottagningen, Lasarettet Landskrona", "SE2321000255-2LK3"),
    "trelleborg_med": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-5TB8"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-3HS4"),
    "sus_mal_endo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-6EN2"),
    "angelholm_med": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-2AG6"),
    "sus_mal_beroende": ("Beroendecentrum, Psykiatri Skåne, Malmö", "SE2321000255-7BM9"),
    "hbg_avd": ("Medicinavdelning 34, Helsingborgs lasarett", "SE2321000255-2RA1"),
    # Region Skåne, PMO (primärvård)
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1H4"),
    "vc_lorensborg": ("Vårdcentralen Lorensborg, Malmö", "SE2321000255-P2L8"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P3S2"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P4E6"),
    "hsj_trelleborg": ("Hemsjukvården Trelleborg", "SE2321000255-P5T3"),
    "vc_bromolla": ("Vårdcentralen Bromölla", "SE2321000255-P6B9"),
    # Västra Götalandsregionen, Melior
    "su_gastro": ("Gastroenterologi och hepatologi, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011482"),
    "su_transpl": ("Transplantationscentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011507"),
    "su_ostra_avd": ("Medicinavdelning 32, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012213"),
    "su_inf": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012930"),
    "su_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011655"),
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010044"),
    "su_beroende": ("Beroendemottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013377"),
    "nal_med": ("Medicinmottagningen, NÄL Trollhättan", "SE2321000131-E000000021408"),
    "nal_avd": ("Medicinavdelning 11, NÄL Trollhättan", "SE2321000131-E000000021419"),
    "skas_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030716"),
    "skas_lid": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000030802"),
    "sas_med": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040155"),
    "sas_avd": ("Medicinavdelning 52, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040171"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000050238"),
    "kungalv_avd": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000060317"),
    "dsbus": ("Barngastroenterologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011990"),
    "uddevalla_avd": ("Medicinavdelning 4, Uddevalla sjukhus", "SE2321000131-E000000022561"),
    "uddevalla_med": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-E000000022540"),
}

PMO_UNITS = {"vc_hoor", "vc_lorensborg", "vc_simrishamn", "vc_eslov", "hsj_trelleborg", "vc_bromolla"}

CASES = []


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def S(keyword, text):
    return {"keyword": keyword, "text": text}


def N(nid, unit, template, author, role, time, signed_after, sections, setting="öppenvård", system=None):
    """signed_after: minutes after time, or None for an unsigned draft."""
    name, hsa = UNITS[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None
    if signed_after is not None:
        signed = (t + _dt.timedelta(minutes=signed_after)).strftime("%Y-%m-%dT%H:%M:00")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [S(k, v) for k, v in sections],
    }


def case(name, ruleset, birth, serial, notes, must, must_not, why, protected=False):
    last = max(
        max(_dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S"),
            _dt.datetime.strptime(n["signed"], "%Y-%m-%dT%H:%M:%S") if n["signed"] else
            _dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S"))
        for n in notes)
    as_of = (last + _dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": protected},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ---------------------------------------------------------------- validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (nm, sorted(c)))
        if nm in names:
            problems.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d88-"):
            problems.append("%s: name lacks d88- prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (nm, c["ruleset"]))
        if not c["why"].strip():
            problems.append("%s: empty why" % nm)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: non-empty events/conversations/treatments" % nm)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: pnr format %s" % (nm, pid))
        else:
            digits = pid.replace("-", "")
            if digits[:8] != bd.replace("-", ""):
                problems.append("%s: pnr does not match birth_date" % nm)
            if luhn_digit(digits[2:11]) != digits[11]:
                problems.append("%s: pnr fails Luhn" % nm)
        try:
            _dt.date.fromisoformat(bd)
        except ValueError:
            problems.append("%s: bad birth_date" % nm)
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not 2024" % nm)
        age = age_at(bd, rec["as_of"])
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d" % (nm, age))
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (nm, sorted(n)))
            if n["id"] in notes:
                problems.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (nm, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % nm)
            for fld in ("time", "signed"):
                v = n[fld]
                if v is not None and not v.startswith("2024-"):
                    problems.append("%s: %s not 2024" % (nm, fld))
            if n["time"] > rec["as_of"] or (n["signed"] and n["signed"] > rec["as_of"]):
                problems.append("%s: note after as_of" % nm)
            if not n["sections"]:
                problems.append("%s: note without sections" % nm)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % nm)
                for sent in SENT_SPLIT.split(sec["text"]):
                    s = sent.strip()
                    if len(s) >= 25:
                        if s in seen_sent and seen_sent[s] != (nm, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r" % (nm, seen_sent[s][0], s))
                        seen_sent.setdefault(s, (nm, n["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    problems.append("%s: bad assertion %r" % (nm, item))
                    continue
                code, tgt = item
                if code not in CODES:
                    problems.append("%s: code %s" % (nm, code))
                if tgt not in notes:
                    problems.append("%s: target %s missing" % (nm, tgt))
                    continue
                if (code, tgt) in pairs:
                    problems.append("%s: %s/%s asserted twice" % (nm, code, tgt))
                pairs.add((code, tgt))
                system = notes[tgt]["system"]
                if code == "NL102" and lst == "must" and system != "Melior":
                    problems.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: nothing asserted" % nm)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("regions:", regions)
    for k in sorted(stats):
        print("%s %s: %d" % (k[0], k[1], stats[k]))


# ================================================================ cases
# ---------------------------------------------------------------- chunk 1: NL102 positives
case("d88-skane-misstankt-masld-remiss-vc", "skane", "1970-03-14", "417",
     [N("n1", "sus_mal_gastro", "Läkaranteckning", "Henrik Lindqvist", "läkare", "2024-02-06 09:40", 55, [
         ("Anamnes", "Remitterad från vårdcentral pga lätt förhöjda transaminaser i drygt ett år. "
                     "Typ 2-diabetes sedan 2018, metformin. Alkohol ca 2 glas vin i veckan enligt pat. Ingen naturmedicin."),
         ("Status", "Opåverkad, BMI 33. Buk mjuk och oöm, levern ej palpabel. Inga spider naevi, ingen palmarerytem."),
         ("Bedömning", "Misstänkt MASLD med metabola riskfaktorer. FIB-4 1,9 vilket motsvarar intermediär risk för avancerad fibros."),
         ("Planering", "Fibroscan bokas. Återbesök med svar om ca 6 veckor."),
     ])],
     [("NL102", "n1")], [("NL101", "n1")],
     "hedged MASLD ('Misstänkt') in visible Bedömning of a Skåne Melior note; nothing said about telling")

case("d88-vgr-trolig-alkoholrelaterad-cirros-nal", "vgr", "1961-11-02", "235",
     [N("n1", "nal_med", "Öppenvårdsanteckning", "Maria Sandberg", "läkare", "2024-03-12 13:15", 40, [
         ("Aktuellt", "Nybesök efter remiss från akuten där pat sökte för bensvullnad och tilltagande bukomfång."),
         ("Status", "Lätt ikterisk. Gynekomasti. Ascites palpatoriskt, pittingödem till knäna."),
         ("Bedömning", "Trolig alkoholrelaterad levercirros, Child-Pugh B8. Fortsatt högt intag, en flaska vin per dag."),
         ("Åtgärd", "Spironolakton 100 mg x1. Remiss beroendemottagningen, pat positiv till det."),
     ])],
     [("NL102", "n1")], [],
     "'Trolig alkoholrelaterad levercirros' in visible Bedömning, VGR Melior")

case("d88-skane-susp-hcc-lirads4-mr", "skane", "1953-07-21", "193",
     [N("n1", "sus_lund_lever", "Läkaranteckning", "Sofia Berglund", "läkare", "2024-05-16 10:05", 70, [
         ("Utredning", "MR lever 14/5: 2,1 cm lesion i segment VIII med arteriell hyperenhancement, washout kan inte säkert bedömas. LI-RADS 4."),
         ("Bedömning", "Susp. HCC i cirrotisk lever (känd HCV-cirros, behandlad 2017). Tas upp på MDK-lever 23/5."),
         ("Planering", "AFP kompletteras. Kontaktsjuksköterska ringer pat efter konferensen."),
     ])],
     [("NL102", "n1")], [],
     "abbreviated hedge 'Susp. HCC' after LI-RADS 4 MRI in visible Bedömning")

case("d88-vgr-aih-kan-ej-uteslutas-dd-dili", "vgr", "1986-01-29", "586",
     [N("n1", "su_gastro", "Läkaranteckning", "Johan Ekström", "läkare", "2024-04-03 14:20", 35, [
         ("Anamnes", "38-årig kvinna, tidigare frisk. Nitrofurantoinkur i februari för cystit. Trötthet och mörk urin sedan tre veckor."),
         ("Lab", "ALAT 6,8 µkat/L, ASAT 5,1, ALP 2,0, bilirubin 41. IgG 21 g/L, ANA 1:320, SMA positiv."),
         ("Bedömning", "Autoimmun hepatit kan ej uteslutas, DD läkemedelsutlöst leverskada efter nitrofurantoin."),
         ("Planering", "Leverbiopsi via ultraljud nästa vecka. Nya prover om 7 dagar."),
     ])],
     [("NL102", "n1")], [],
     "'kan ej uteslutas' + DD for autoimmune hepatitis in a visible VGR section")

case("d88-skane-dd-pbc-psc-kolestatisk-bild", "skane", "1965-09-08", "342",
     [N("n1", "hbg_med", "Mottagningsanteckning", "Erik Håkansson", "läkare", "2024-01-23 11:30", 25, [
         ("Bedömning", "Kolestatisk enzymbild med ALP 3 gånger övre referensgränsen och normalt bilirubin. DD PBC, PSC eller läkemedelsbiverkan av karbamazepin."),
         ("Åtgärd", "AMA, ANA, IgM och ultraljud lever/gallvägar beställs."),
     ])],
     [("NL102", "n1")], [],
     "differential diagnosis 'DD PBC, PSC' in a visible section")

case("d88-vgr-fragestallning-psc-vid-uc", "vgr", "2000-06-17", "159",
     [N("n1", "skas_med", "Läkaranteckning", "Anders Bergkvist", "läkare", "2024-06-11 08:50", 60, [
         ("Aktuellt", "Känd ulcerös kolit (pankolit) sedan 2019, i remission på mesalazin. ALP stigit från 1,6 till 3,4 µkat/L under våren."),
         ("Utredning", "Frågeställning PSC. MRCP beställd, IgG4 och fekalt kalprotektin tas samtidigt."),
         ("Planering", "Telefonuppföljning när MRCP är besvarad."),
     ])],
     [("NL102", "n1")], [],
     "'Frågeställning PSC' in visible Utredning; the ulcerative colitis is confirmed")

case("d88-skane-hepatisk-encefalopati-fragetecken", "skane", "1958-12-03", "471",
     [N("n1", "ystad_avd", "Daganteckning", "Linnea Åberg", "läkare", "2024-02-19 09:10", 45, [
         ("Aktuellt", "Känd alkoholrelaterad cirros. Enligt nattssk oroligare och desorienterad i natt, plockar i sängkläderna."),
         ("Status", "Vaken men långsam, orienterad till person men ej tid. Lätt asterixis bilat. Buk spänd, ej öm."),
         ("Bedömning", "Hepatisk encefalopati grad 2? Utlösande faktor oklar – obstipation sedan fyra dagar."),
         ("Åtgärd", "Laktulos 20 ml x 3, mål 2–3 mjuka avföringar per dygn. Rifaximin 550 mg x 2 insättes. Odlingar tas."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "question mark after 'Hepatisk encefalopati grad 2' marks it uncertain, visible Bedömning inpatient")

case("d88-vgr-mojlig-sbp-inskrivning", "vgr", "1949-04-25", "277",
     [N("n1", "sas_avd", "Inskrivningsanteckning", "Karin Fransson", "läkare", "2024-08-07 22:40", 50, [
         ("Anamnes", "75-årig man med känd MASLD-cirros och ascites, inkommer med feber 38,6 och diffus buksmärta sedan i går."),
         ("Status", "Allmänpåverkad. Buk utspänd, diffust öm utan peritonitretning. Inga tecken på GI-blödning."),
         ("Bedömning", "Möjlig spontan bakteriell peritonit."),
         ("Åtgärd", "Diagnostisk ascitestappning på akuten, LPK och odling. Cefotaxim iv efter odling, albumin 1,5 g/kg."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "'Möjlig spontan bakteriell peritonit' in visible Bedömning at admission")

case("d88-skane-serologi-talar-for-aih", "skane", "1992-10-30", "802",
     [N("n1", "kri_mott", "Läkaranteckning", "Oskar Nyström", "läkare", "2024-09-04 15:05", 30, [
         ("Bedömning", "Serologin talar för autoimmun hepatit med IgG 24 g/L och positiva SMA, aktin-antikroppar. Leverbiopsi planeras vecka 38."),
     ])],
     [("NL102", "n1")], [],
     "'talar för autoimmun hepatit' is a hedged diagnosis in a one-section visible note")

case("d88-vgr-mrcp-inger-misstanke-klatskin", "vgr", "1971-02-11", "391",
     [N("n1", "su_gastro", "Läkaranteckning", "Helena Strand", "läkare", "2024-10-15 12:00", 90, [
         ("Aktuellt", "Känd PSC sedan 2012, årlig MRCP. Ny klåda och viktnedgång 4 kg sedan sommaren."),
         ("Utredning", "MRCP 10/10 inger misstanke om perihilärt kolangiokarcinom, ny dominant striktur i hilus. CA 19-9 320 kU/L."),
         ("Planering", "ERCP med borstcytologi bokas. Tas upp på HPB-konferens."),
     ])],
     [("NL102", "n1")], [],
     "'inger misstanke om perihilärt kolangiokarcinom' in visible Utredning, PSC is known")

case("d88-skane-dili-kan-rora-sig-om", "skane", "1944-05-19", "158",
     [N("n1", "kri_avd", "Daganteckning", "Amanda Persson", "läkare", "2024-03-27 10:25", 35, [
         ("Aktuellt", "Inlagd för ikterus. Avslutade amoxicillin-klavulansyra för pneumoni för tre veckor sedan."),
         ("Bedömning", "Kan röra sig om läkemedelsinducerad leverskada av amoxicillin-klavulansyra, R-kvot 3,1 (blandbild). Ultraljud utan gallvägsdilatation."),
         ("Planering", "Följer bilirubin och PK dagligen."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "'Kan röra sig om läkemedelsinducerad leverskada' is a hedged DILI diagnosis")

case("d88-vgr-dt-bild-som-vid-budd-chiari", "vgr", "1994-08-06", "644",
     [N("n1", "su_akut", "Akutanteckning", "Viktor Almqvist", "läkare", "2024-07-02 03:15", 65, [
         ("Anamnes", "30-årig kvinna med p-piller, sedan en vecka smärta i höger övre kvadrant och ökat bukomfång."),
         ("Utredning", "DT buk med kontrast: bild som vid Budd-Chiarri med ej kontrastfyllda levervener och måttlig ascites."),
         ("Åtgärd", "Tinzaparin i behandlingsdos påbörjad. Läggs in på medicin, hepatologjour kontaktad."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "'bild som vid Budd-Chiarri' (eponym misspelt) on CT, hedged, in a visible emergency note")

case("d88-skane-barn-sannolik-wilson", "skane", "2013-02-14", "624",
     [N("n1", "sus_lund_barn", "Läkaranteckning", "Cecilia Hammar", "läkare", "2024-04-18 13:40", 120, [
         ("Anamnes", "11-årig flicka, remitterad efter fynd av ALAT 4,2 µkat/L vid infektionsprover. Mamma med. Inga skolproblem, ingen tremor."),
         ("Status", "Välmående. Lever 2 cm under arcus. Ögonundersökning på ögonmottagningen: inga säkra Kayser-Fleischer-ringar."),
         ("Bedömning", "Sannolik Wilsons sjukdom: ceruloplasmin 0,08 g/L och förhöjt dygnsurin-koppar 2,1 µmol."),
         ("Planering", "Genetisk analys av ATP7B. Leverbiopsi med kopparkvantifiering diskuteras."),
     ])],
     [("NL102", "n1")], [],
     "child under 13 (guardian reads): 'Sannolik Wilsons sjukdom' in visible Bedömning")

case("d88-vgr-barn-ev-fettlever-fetma", "vgr", "2014-05-09", "335",
     [N("n1", "dsbus", "Öppenvårdsanteckning", "Petra Lundgren", "läkare", "2024-11-05 09:20", 40, [
         ("Aktuellt", "10-årig pojke med fetma (ISO-BMI 35), följs på barnöverviktsenheten. ALAT 1,3 µkat/L vid två tillfällen."),
         ("Bedömning", "Ev. fettlever (pediatrisk NAFLD). Andra orsaker ska uteslutas först: hepatitserologi, ceruloplasmin, celiakiscreening."),
         ("Planering", "Ultraljud lever. Familjen träffar dietist i december."),
     ])],
     [("NL102", "n1")], [],
     "child: 'Ev. fettlever' in visible Bedömning is a hedged diagnosis, guardian reads it")
# ---------------------------------------------------------------- chunk 2: more NL102 positives
case("d88-skane-trol-alkoholhepatit-maddrey", "skane", "1979-06-23", "573",
     [N("n1", "sus_lund_avd", "Inskrivningsanteckning", "Gustav Rydberg", "läkare", "2024-01-09 16:50", 55, [
         ("Anamnes", "45-årig man, dagligt intag ca 15 standardglas sedan många år, senaste intag i förrgår. Ikterus sedan två veckor."),
         ("Status", "Ikterisk, febril 38,1. Hepatomegali med öm leverkant. Inga abstinenssymtom för tillfället."),
         ("Lab", "Bilirubin 212, PK-INR 1,9, ASAT 4,8, ALAT 1,6. Maddrey 41, GAHS 9."),
         ("Bedömning", "Trol. alkoholhepatit, svår enligt Maddrey. Infektion behöver uteslutas innan ev. kortison."),
         ("Åtgärd", "Odlingar, lungröntgen. Tiamin iv, Oxascand enl. CIWA. Nutrition via dietist."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "abbreviated hedge 'Trol. alkoholhepatit' in visible Bedömning")

case("d88-vgr-typo-misstankr-hepatorenalt", "vgr", "1956-03-30", "812",
     [N("n1", "skas_med", "Daganteckning", "Lovisa Engström", "läkare", "2024-02-28 11:45", None, [
         ("Aktuellt", "Kreatinin 95 → 214 µmol/L på fyra dagar trots utsatta diuretika och albuminbelastning 1 g/kg i två dygn."),
         ("Bedömning", "Misstänkr hepatorenalt syndrom (HRS-AKI) hos pat med dekompenserad alkoholcirros."),
         ("Åtgärd", "Terlipressin-infusion startas. Timdiures, vikt dagligen."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "typo in hedge ('Misstänkr') before hepatorenal syndrome in visible Bedömning")

case("d88-skane-kan-inte-utesluta-overlapp-pbc-aih", "skane", "1968-08-15", "260",
     [N("n1", "sus_lund_lever", "Mottagningsanteckning", "Ingrid Mattsson", "läkare", "2024-03-05 14:10", 45, [
         ("Aktuellt", "Känd PBC sedan 2021 på ursodeoxicholsyra 13 mg/kg. ALP välbehandlat men nu ALAT 5 gånger referensvärdet och IgG 19."),
         ("Bedömning", "Kan inte utesluta överlappssyndrom PBC/AIH."),
         ("Planering", "Leverbiopsi. Fortsätter Ursofalk oförändrat tills vidare."),
     ])],
     [("NL102", "n1")], [],
     "'Kan inte utesluta överlappssyndrom' in visible Bedömning; the PBC itself is confirmed")

case("d88-vgr-ev-hereditar-hemokromatos", "vgr", "1975-12-12", "497",
     [N("n1", "alingsas_med", "Läkaranteckning", "Mattias Wallin", "läkare", "2024-05-21 10:35", 20, [
         ("Anamnes", "Ledvärk i MCP-lederna och trötthet. Ingen alkohol. Ej blodgivare."),
         ("Lab", "Ferritin 1450 µg/L, transferrinmättnad 68 %, ALAT 1,1 µkat/L."),
         ("Bedömning", "Evntuell hereditär hemokromatos, HFE-analys skickad."),
     ])],
     [("NL102", "n1")], [],
     "typo 'Evntuell' still hedges hereditary haemochromatosis in a visible VGR note")

case("d88-skane-typo-missankt-kompenserad-cirros", "skane", "1963-04-07", "156",
     [N("n1", "hbg_med", "Läkaranteckning", "Fredrik Olausson", "läkare", "2024-06-25 09:00", 35, [
         ("Anamnes", "Följs för MASLD sedan 2020. Har gått ner 6 kg sedan förra besöket, promenerar dagligen."),
         ("Bedömning", "Missänkt kompenserad cirros: trombocyter 98, elastografi 19 kPa. Ingen ascites på ultraljud."),
         ("Planering", "Gastroskopi för varixscreening och halvårsvis ultraljud."),
     ])],
     [("NL102", "n1")], [],
     "typo 'Missänkt' is still a hedge on cirrhosis in visible Bedömning")

case("d88-vgr-typo-sannolkit-portavenstrombos", "vgr", "1959-09-27", "218",
     [N("n1", "uddevalla_med", "Öppenvårdsanteckning", "Emma Torstensson", "läkare", "2024-09-17 13:25", 25, [
         ("Utredning", "Ultraljud doppler: sannolkit partiell portavenstrombos, flödet i huvudstammen nedsatt."),
         ("Planering", "DT portafas för att bekräfta. Diskuterar antikoagulation efter gastroskopi."),
     ])],
     [("NL102", "n1")], [],
     "typo 'sannolkit' hedges partial portal vein thrombosis in visible Utredning")

case("d88-skane-oklart-om-cirros-diskrepans", "skane", "1972-01-18", "383",
     [N("n1", "landskrona_med", "Läkaranteckning", "Jonas Ek", "läkare", "2024-04-09 15:30", None, [
         ("Bedömning", "Oklart om pat har utvecklat cirros – Fibroscan 14 kPa men normal levermorfologi på ultraljud och trombocyter 210."),
         ("Planering", "Ny elastografi om 6 mån, ELF-test tas nu."),
     ])],
     [("NL102", "n1")], [],
     "'Oklart om pat har utvecklat cirros' is an uncertain diagnosis in visible Bedömning")

case("d88-vgr-pad-forenligt-med-mash", "vgr", "1977-07-04", "671",
     [N("n1", "sas_med", "Läkaranteckning", "Sara Nilsson", "läkare", "2024-10-01 08:45", 30, [
         ("Utredning", "PAD leverbiopsi: förenligt med steatohepatit (MASH), fibros stadium F2 enl. Kleiner."),
         ("Planering", "Resmetirom är inte godkänt i Sverige, fokus på viktnedgång och GLP-1-analog via diabetesmott."),
     ])],
     [("NL102", "n1")], [],
     "'förenligt med steatohepatit' counts as a hedge per definition, in visible Utredning")

case("d88-skane-misstankt-varixblodning-akut", "skane", "1966-11-20", "459",
     [N("n1", "sus_mal_akut", "Akutanteckning", "Nils Karlberg", "läkare", "2024-07-13 01:55", 80, [
         ("Anamnes", "Känd alkoholrelaterad cirros, Child B. Två episoder hematemes i kväll, melena sedan i går."),
         ("Status", "BT 95/60, puls 118. Blek, kallsvettig. Hb 78."),
         ("Bedömning", "Misstänkt varixblödning."),
         ("Åtgärd", "Terlipressin 2 mg iv, ceftriaxon 1 g iv, erytrocyter beställda. Akut gastroskopi, endoskopijour larmad."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "'Misstänkt varixblödning' in visible Bedömning of an emergency note")

case("d88-vgr-long-cirros-kontroll-trolig-gastropati", "vgr", "1955-02-02", "154",
     [N("n1", "nal_med", "Läkaranteckning", "Elin Hedlund", "läkare", "2024-03-19 10:00", 75, [
         ("Anamnes", "69-årig man med alkoholrelaterad cirros diagnostiserad 2021, nykter sedan augusti 2022 enligt egen uppgift och PEth <0,03. "
                     "Tidigare en episod ascites som svarat på diuretika. Inga kända varicer vid gastroskopi 2022. "
                     "Nu kontroll, uppger trötthet och lätt ansträngningsdyspné sedan jul. Inga melena, ingen hematemes. "
                     "Sover dåligt, ingen dagtrötthet av betydelse enligt hustrun som är med."),
         ("Aktuella läkemedel", "Spironolakton 100 mg, furosemid 40 mg, propranolol 40 mg x 2, tiamin 100 mg."),
         ("Status", "AT: gott. Ej ikterisk. Cor RR, bltr 128/74, puls 64. Pulm ua. Buk: lätt utspänd, flankdämpning bilat, ej öm. "
                    "Ben: lätta ödem över vristerna. Neuro: ingen asterixis, orienterad."),
         ("Lab", "Hb 98 (121 i okt), MCV 101, trombocyter 84, albumin 29, bilirubin 28, PK-INR 1,4, kreatinin 88, Na 133. MELD-Na 15."),
         ("Bedömning", "Stabil leverfunktion men sjunkande Hb. Trolig portahypertensiv gastropati med ockult blödning, "
                       "järnbrist behöver bekräftas. Lätt tilltagande ascites, fortfarande grad 1–2."),
         ("Planering", "Gastroskopi inom fyra veckor. Ferritin, B12, folat tas i dag. Ultraljud lever för HCC-surveillance i maj. "
                       "Salt max 5 g/dag, dietistkontakt. Återbesök om tre månader, tidigare vid behov."),
     ])],
     [("NL102", "n1")], [("NL101", "n1")],
     "long cirrhosis follow-up chart: one hedged diagnosis ('Trolig portahypertensiv gastropati') in visible Bedömning")

case("d88-skane-long-surveillance-dd-tidig-hcc", "skane", "1950-10-10", "136",
     [N("n1", "sus_mal_gastro", "Mottagningsanteckning", "Anna-Karin Welander", "läkare", "2024-11-12 13:00", 60, [
         ("Anamnes", "74-årig kvinna med HBV-relaterad cirros, på entekavir sedan 2015 med omätbart virus. Halvårsvis ultraljud. "
                     "Mår bra, promenerar med stavar, inga fall. Ingen klåda, ingen ikterus, aptiten god."),
         ("Status", "Pigg. Ej ikterisk. Inga spider naevi. Buk mjuk, mjälten palpabel 2 cm under arcus. Inga ödem."),
         ("Lab", "Trombocyter 112, albumin 36, bilirubin 14, PK-INR 1,1. AFP 9 (4 i maj)."),
         ("Utredning", "Ultraljud 5/11: ny 14 mm hypoekogen förändring i segment VI. Kompletterande MR 8/11: LI-RADS 3, "
                       "intermediär sannolikhet för malignitet."),
         ("Bedömning", "Välkompenserad cirros Child A5. Nytillkommen LR-3-förändring, trolig regenerativ nodulus, DD tidig HCC."),
         ("Planering", "Ny MR om tre månader enligt LI-RADS. Fortsatt entekavir. Återbesök efter MR."),
     ])],
     [("NL102", "n1")], [],
     "long HCC-surveillance note: 'DD tidig HCC' after LR-3 in visible Bedömning")

case("d88-vgr-typo-trolgi-aih-typ1", "vgr", "1998-04-13", "208",
     [N("n1", "skas_lid", "Läkaranteckning", "Rebecka Jansson", "läkare", "2024-08-20 11:10", None, [
         ("Bedömning", "Trolgi autoimmun hepatit typ 1, simplified score 7. Biopsi bokad före start av prednisolon."),
     ])],
     [("NL102", "n1")], [],
     "unsigned draft with typo 'Trolgi' hedging autoimmune hepatitis in visible Bedömning")

case("d88-skane-ssk-inskrivning-misstankt-leverabscess", "skane", "1947-03-01", "579",
     [N("n1", "hbg_avd", "Omvårdnadsanteckning", "Therese Blom", "sjuksköterska", "2024-06-03 20:15", 25, [
         ("Inskrivning", "Inkommer från akuten med feber 39,2 och smärta under höger arcus. Inlagd för misstänkt leverabscess enligt jourläkaren."),
         ("Omvårdnad", "Pvk i vä armbåge, första dos piperacillin-tazobaktam given 19.40. Febernedsättande enl. ordination. Vätskelista startad."),
     ], setting="slutenvård")],
     [("NL102", "n1")], [],
     "nurse admission note: 'misstänkt leverabscess' in a visible section is also a hedged diagnosis")

case("d88-vgr-th-sokord-men-upprepat-i-bedomning", "vgr", "1960-05-28", "375",
     [N("n1", "su_gastro", "Läkaranteckning", "Per Sundin", "läkare", "2024-04-24 15:45", 35, [
         ("Aktuellt", "Uppföljning efter DT buk för oklar viktnedgång hos pat med känd MASLD."),
         ("Tidiga hypoteser", "DT-fynd med två hypovaskulära leverlesioner, misstänkt metastasering från pankreas."),
         ("Bedömning", "Misstänkta levermetastaser, pankreas som trolig primärtumör. PET-DT beställs."),
     ])],
     [("NL102", "n1")], [],
     "the hypothesis is put under the protected sökord Tidiga hypoteser but repeated hedged in visible Bedömning")

case("d88-skane-tva-anteckningar-synlig-och-th", "skane", "1982-11-11", "431",
     [N("n1", "trelleborg_med", "Läkaranteckning", "Camilla Söderberg", "läkare", "2024-05-07 10:20", 30, [
         ("Bedömning", "Möjlig primär skleroserande kolangit hos pat med Crohns kolit, MRCP med kalibervariationer i intrahepatiska gallgångar."),
         ("Planering", "Remiss till levermottagningen SUS Lund."),
     ]),
      N("n2", "trelleborg_med", "Tidiga hypoteser", "Camilla Söderberg", "läkare", "2024-05-07 10:35", 5, [
         ("Bedömning", "Ev. small-duct PSC om MRCP vid uppföljning blir normal, men oklart i nuläget."),
     ])],
     [("NL102", "n1")], [("NL102", "n2")],
     "same hypothesis: visible Läkaranteckning fires, the Skåne Tidiga hypoteser template note does not")
# ---------------------------------------------------------------- chunk 3: NL102 negatives (hard)
case("d88-skane-ingen-misstanke-om-hcc-ul", "skane", "1957-08-30", "116",
     [N("n1", "sus_lund_lever", "Mottagningsanteckning", "Sofia Berglund", "läkare", "2024-03-14 09:15", 30, [
         ("Utredning", "Ultraljud lever 11/3: grovt ekomönster och nodulär leverkontur, ingen fokal lesion. AFP 3."),
         ("Bedömning", "Ingen misstanke om HCC vid dagens surveillance. Alkoholrelaterad cirros Child A6, nykter sedan 2020."),
     ])],
     [], [("NL102", "n1")],
     "negated: 'Ingen misstanke om HCC'; the cirrhosis is confirmed")

case("d88-vgr-aih-uteslutes-statin", "vgr", "1964-02-21", "930",
     [N("n1", "kungalv_avd", "Läkaranteckning", "Olof Grönberg", "läkare", "2024-01-31 13:50", 20, [
         ("Aktuellt", "Transaminasstegring efter start av atorvastatin 80 mg i november. Statinet utsatt 10/1."),
         ("Lab", "ALAT 0,9 µkat/L i dag mot 3,6 för tre veckor sedan. IgG normalt, autoantikroppsscreening negativ."),
         ("Bedömning", "AIH uteslutes. Byte till rosuvastatin 5 mg diskuteras med kardiolog."),
     ], setting="slutenvård")],
     [], [("NL102", "n1")],
     "ruled out: 'AIH uteslutes' is no hedged diagnosis")

case("d88-skane-inga-tecken-pa-cirros-fibroscan", "skane", "1988-05-03", "267",
     [N("n1", "angelholm_med", "Läkaranteckning", "Mikael Dahl", "läkare", "2024-10-08 14:05", 40, [
         ("Utredning", "Fibroscan 6,1 kPa (IQR/M 12 %), CAP 318 dB/m."),
         ("Bedömning", "Steatotisk leversjukdom (MASLD) utan tecken på avancerad fibros. Inga tecekn på cirros."),
         ("Planering", "Åter till vårdcentralen med råd om livsstil, ny FIB-4 om tre år."),
     ])],
     [], [("NL102", "n1")],
     "typo in the negation ('Inga tecekn på cirros') plus a confirmed MASLD diagnosis")

case("d88-vgr-typo-talar-emott-psc", "vgr", "1996-12-05", "453",
     [N("n1", "su_gastro", "Läkaranteckning", "Helena Strand", "läkare", "2024-06-19 10:30", 35, [
         ("Utredning", "MRCP 14/6 med normala intra- och extrahepatiska gallvägar, inga strikturer."),
         ("Bedömning", "Fyndet talar emott PSC. ALP-stegringen bedöms som övergående efter EBV-infektionen i våras."),
     ])],
     [], [("NL102", "n1")],
     "typo in the negating phrase ('talar emott PSC'): still ruled out, not a hedge")

case("d88-skane-hcv-avskrivs-infektion", "skane", "1981-09-16", "590",
     [N("n1", "sus_mal_inf", "Läkaranteckning", "Jenny Wikström", "läkare", "2024-02-13 11:20", 25, [
         ("Aktuellt", "Remiss från beroendecentrum pga positiv anti-HCV vid screening."),
         ("Lab", "HCV-RNA ej påvisbart vid två tillfällen med tre månaders mellanrum."),
         ("Bedömning", "Spontant utläkt infektion, kronisk hepatit C avskrivs. Informerad om att antikropparna finns kvar livet ut."),
     ])],
     [], [("NL102", "n1")],
     "'kronisk hepatit C avskrivs' is a dismissed diagnosis")

case("d88-vgr-mor-trolig-pbc-hereditet", "vgr", "1984-03-22", "842",
     [N("n1", "alingsas_med", "Öppenvårdsanteckning", "Mattias Wallin", "läkare", "2024-07-09 09:30", 45, [
         ("Hereditet", "Mor hade trolig PBC, aldrig utredd färdigt innan hon dog i stroke. Morbror med typ 1-diabetes."),
         ("Aktuellt", "Pat orolig efter att ha läst om ärftlighet. Inga symtom, ingen klåda."),
         ("Bedömning", "Normalt ALP och negativ AMA. Ingen leversjukdom påvisad hos pat."),
     ])],
     [], [("NL102", "n1")],
     "hedged PBC belongs to the patient's mother (Hereditet), the patient has no liver disease")

case("d88-skane-far-misstankt-levercancer", "skane", "1974-06-29", "156",
     [N("n1", "sus_mal_inf", "Mottagningsanteckning", "Ahmed Haddad", "läkare", "2024-05-28 14:40", 30, [
         ("Anamnes", "Kronisk hepatit B, HBeAg-negativ, känd sedan 2005. Fadern avled 2010 i hemlandet i misstänkt levercancer, bror HBsAg-positiv."),
         ("Bedömning", "Inaktiv bärare med HBV-DNA 800 IE/ml och normalt ALAT. Fibroscan 5,4 kPa."),
         ("Planering", "Med hänsyn till hereditet för levercancer erbjuds halvårsvis ultraljud."),
     ])],
     [], [("NL102", "n1")],
     "the only hedged diagnosis is the father's 'misstänkt levercancer'; the patient's hepatitis B is confirmed")

case("d88-vgr-ev-leverbiopsi-vid-otillrackligt-svar", "vgr", "1958-10-14", "406",
     [N("n1", "skas_med", "Mottagningsanteckning", "Anders Bergkvist", "läkare", "2024-02-07 10:15", 30, [
         ("Aktuellt", "PBC, AMA-positiv, diagnos 2023. Ursodeoxicholsyra 1000 mg dagligen sedan ett år."),
         ("Bedömning", "ALP 2,1 gånger referensvärdet efter 12 månader, otillräckligt biokemiskt svar enligt Parisdefinitionen."),
         ("Planering", "Eventuellt tillägg av bezafibrat. Ev. leverbiopsi om fortsatt bristande svar efter ytterligare sex månader."),
     ])],
     [], [("NL102", "n1")],
     "'Eventuellt'/'Ev.' hedge treatment and biopsy (plans), the PBC is confirmed")

case("d88-skane-trolig-utskrivning-efter-tappning", "skane", "1952-01-27", "712",
     [N("n1", "kri_avd", "Daganteckning", "Amanda Persson", "läkare", "2024-04-16 09:35", 20, [
         ("Aktuellt", "Alkoholrelaterad cirros med refraktär ascites. Tappat 7,5 liter i går, albumin 60 g givet."),
         ("Status", "Buk mjuk och inte längre spänd. BT 118/70. Kreatinin oförändrat 92."),
         ("Planering", "Trolig utskrivning i morgon om vikten är stabil. Ny tappning planeras om två veckor på dagvården."),
     ], setting="slutenvård")],
     [], [("NL102", "n1")],
     "'Trolig utskrivning' is a hedged plan, not a diagnosis")

case("d88-vgr-om-feber-sok-akut-villkor", "vgr", "1947-07-07", "195",
     [N("n1", "uddevalla_avd", "Utskrivningsanteckning", "Emma Torstensson", "läkare", "2024-08-29 14:00", 50, [
         ("Diagnos", "Levercirros med ascites, etiologi alkohol (K70.3). Hyponatremi."),
         ("Information", "Om feber, buksmärta eller snabbt ökande bukomfång ska pat söka akut, då bukhinneinflammation kan behöva uteslutas."),
         ("Planering", "Ciprofloxacin som primärprofylax. Provtagning på vårdcentralen om en vecka."),
     ], setting="slutenvård")],
     [], [("NL102", "n1")],
     "conditional safety-net advice ('Om feber ... kan behöva uteslutas'), no hedged diagnosis of the patient")

case("d88-skane-konfirmerad-psc-arskontroll", "skane", "1990-04-01", "337",
     [N("n1", "sus_lund_lever", "Mottagningsanteckning", "Ingrid Mattsson", "läkare", "2024-09-24 10:45", None, [
         ("Aktuellt", "PSC diagnostiserad med MRCP 2019, samtidig ulcerös kolit. Årskontroll, ingen klåda, inga kolangitepisoder."),
         ("Planering", "MRCP och koloskopi med biopsier i höst enligt PSC-program."),
     ])],
     [], [("NL102", "n1")],
     "confirmed PSC at yearly control, no hedge at all")

case("d88-skane-th-mall-misstankt-hcc-ej-informerad", "skane", "1948-02-16", "553",
     [N("n1", "sus_mal_gastro", "Tidiga hypoteser", "Anna-Karin Welander", "läkare", "2024-06-05 16:10", 10, [
         ("Bedömning", "Misstänkt HCC segment VI på DT, LI-RADS 4. Pat ej informerad i väntan på MDK-ställningstagande."),
     ])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "hedged and uncommunicated HCC kept in the Skåne Tidiga hypoteser template, which is protected")

case("d88-vgr-th-sokord-kolangio-ej-kommunicerat", "vgr", "1969-11-30", "268",
     [N("n1", "su_gastro", "Läkaranteckning", "Per Sundin", "läkare", "2024-03-06 11:00", 40, [
         ("Aktuellt", "Återbesök PSC. Mår bra, ingen feber, ingen klåda."),
         ("Tidiga hypoteser", "Stigande CA 19-9 (85 → 240) och ny striktur i ductus hepaticus communis, misstänkt kolangiokarcinom. "
                              "Ej kommunicerat med pat ännu i väntan på borstcytologi."),
         ("Planering", "ERCP med borstning bokas inom två veckor."),
     ])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "VGR: the hedged, untold cholangiocarcinoma is only under the protected sökord Tidiga hypoteser")

case("d88-skane-pmo-trol-fettlever-vc", "skane", "1973-08-08", "224",
     [N("n1", "vc_hoor", "Besöksanteckning", "Lena Paulsson", "läkare", "2024-02-20 10:30", 15, [
         ("Bedömning", "Trol. fettlever, ALAT 1,8 µkat/L, BMI 31, ingen alkohol. FIB-4 0,9 – låg risk."),
         ("Åtgärd", "Livsstilsråd, ny leverstatus om ett år."),
     ])],
     [], [("NL102", "n1")],
     "PMO primary-care note: hedged fatty liver, but PMO never shows diagnoses")

case("d88-skane-pmo-susp-alkoholorsakad-leverskada", "skane", "1967-05-05", "871",
     [N("n1", "vc_lorensborg", "Besöksanteckning", "Tobias Gren", "läkare", "2024-09-12 14:15", 35, [
         ("Anamnes", "Kontroll av blodtryck. Medger att han dricker 4–5 starköl dagligen sedan separationen."),
         ("Bedömning", "Susp. alkoholorsakad leverskada, GT 4,2 och ASAT/ALAT-kvot 2,1. PEth 0,9."),
         ("Åtgärd", "Remiss medicinmottagningen för vidare utredning. Erbjuden kontakt med alkoholsjuksköterska."),
     ])],
     [], [("NL102", "n1")],
     "PMO: 'Susp.' alcohol-related liver injury is not shown, must_not NL102")

case("d88-vgr-symtomhedge-klada-trol-varme", "vgr", "1954-06-12", "484",
     [N("n1", "sas_med", "Sjuksköterskeanteckning", "Annika Holm", "sjuksköterska", "2024-07-23 10:05", 15, [
         ("Telefonkontakt", "Pat med PBC ringer om ökad klåda senaste månaden, trol. förvärrad av värmen. Inget nytt läkemedel."),
         ("Åtgärd", "Ordinerat kolestyramin enl. dr Nilsson, tas fyra timmar från Ursofalk. Ringer åter om två veckor."),
     ])],
     [], [("NL102", "n1")],
     "the hedge 'trol. förvärrad av värmen' is about a symptom (itch); PBC is confirmed")

case("d88-skane-gastroskopi-inga-varicer", "skane", "1961-03-03", "339",
     [N("n1", "sus_mal_endo", "Endoskopisvar", "Karl-Johan Mårtensson", "läkare", "2024-05-02 11:25", 15, [
         ("Fynd", "Esofagus: inga varicer. Ventrikel: ingen portahypertensiv gastropati, inga fundusvaricer. Duodenum u.a."),
         ("Bedömning", "Varixscreening vid kompenserad MASLD-cirros utan anmärkning. Ny skopi om två år."),
     ])],
     [], [("NL102", "n1")],
     "negated endoscopy findings ('inga varicer') and a confirmed cirrhosis")

case("d88-vgr-inga-tecken-pa-he", "vgr", "1950-09-19", "291",
     [N("n1", "su_ostra_avd", "Daganteckning", "Jakob Lindahl", "läkare", "2024-11-19 09:05", 30, [
         ("Status", "Orienterad till tid, rum och person. Ingen asterixis, klarar seriesjuor utan fel."),
         ("Bedömning", "Inga tecken på hepatisk encefalopati efter laktulosupptrappning. Känd cirros Child B7 efter hepatit C."),
     ], setting="slutenvård")],
     [], [("NL102", "n1")],
     "negated encephalopathy ('Inga tecken på hepatisk encefalopati')")
# ---------------------------------------------------------------- chunk 4: NL102 negatives, continued
case("d88-skane-lirads1-hemangiom-sakert", "skane", "1983-12-24", "628",
     [N("n1", "hlm_med", "Läkaranteckning", "Maja Lindström", "läkare", "2024-08-13 13:35", 25, [
         ("Aktuellt", "Incidentalom i levern på DT njurar i juli."),
         ("Utredning", "MR lever med kontrast: 2,8 cm lesion med perifer nodulär uppladdning och centripetal fyllnad, typiskt hemangiom, LI-RADS 1."),
         ("Bedömning", "Benignt leverhemangiom. Ingen ytterligare uppföljning behövs."),
     ])],
     [], [("NL102", "n1")],
     "definite benign lesion (LI-RADS 1, hemangioma), no hedge")

case("d88-vgr-tidigare-misstanke-wilson-avskrevs", "vgr", "2003-01-08", "416",
     [N("n1", "su_gastro", "Öppenvårdsanteckning", "Johan Ekström", "läkare", "2024-02-27 08:55", 40, [
         ("Anamnes", "21-årig man. Misstanke om Wilsons sjukdom 2022 avskrevs efter normal leverkopparkoncentration i biopsi."),
         ("Aktuellt", "Transaminaserna har normaliserats sedan han slutade med anabola steroider förra året."),
         ("Bedömning", "Leverskada orsakad av anabola androgena steroider, nu läkt. Avslutas från mottagningen."),
     ])],
     [], [("NL102", "n1")],
     "earlier suspicion of Wilson explicitly dismissed ('avskrevs'); current cause stated as fact")

case("d88-skane-ev-vaccination-hepatit-a-b", "skane", "1960-07-15", "279",
     [N("n1", "sus_lund_transpl", "Mottagningsanteckning", "Daniel Öberg", "läkare", "2024-03-21 09:30", 30, [
         ("Aktuellt", "Transplantationsutredning pga dekompenserad MASLD-cirros, MELD-Na 19."),
         ("Planering", "Ev. vaccination mot hepatit A och B innan listning, titrar tas först. Eventuellt tandläkarbedömning i samma veva."),
     ])],
     [], [("NL102", "n1")],
     "hard negative: 'Ev. vaccination mot hepatit A och B' hedges a vaccination plan, the word hepatit is no diagnosis here")

case("d88-vgr-ej-forenligt-med-pbc", "vgr", "1971-05-26", "620",
     [N("n1", "skas_lid", "Läkaranteckning", "Rebecka Jansson", "läkare", "2024-04-30 14:25", 30, [
         ("Utredning", "AMA och sp100/gp210 negativa, ALP 1,4 µkat/L (normalt), IgM normalt."),
         ("Bedömning", "Ej förenligt med PBC. Klådan utreds vidare på hudkliniken."),
     ])],
     [], [("NL102", "n1")],
     "negated 'Ej förenligt med PBC' is no hedged diagnosis")

case("d88-vgr-eventuellt-transplantationsutredning", "vgr", "1966-09-03", "157",
     [N("n1", "su_transpl", "Konsultationsanteckning", "Malin Axelsson", "läkare", "2024-06-04 13:00", None, [
         ("Bakgrund", "Dekompenserad alkoholrelaterad cirros med två episoder varixblödning och refraktär ascites. MELD-Na 18. Nykter sedan 14 månader."),
         ("Bedömning", "Eventuellt aktuell för levertransplantation, utredningen kräver dokumenterad nykterhet och psykosocial bedömning."),
         ("Planering", "Beroendemedicinsk bedömning och kurator. Nytt möte i transplantationskonferensen i augusti."),
     ])],
     [], [("NL102", "n1")],
     "'Eventuellt aktuell för levertransplantation' hedges eligibility, not a diagnosis")

case("d88-skane-sklerae-mojligen-subikteriska", "skane", "1976-02-09", "443",
     [N("n1", "trelleborg_med", "Mottagningsanteckning", "Peter Wahlberg", "läkare", "2024-10-22 10:40", 20, [
         ("Status", "Sklerae möjligen subikteriska i lampljus. Huden utan klådmärken. Buk mjuk, oöm, ingen hepatosplenomegali."),
         ("Bedömning", "Känt Gilberts syndrom med fastande bilirubin 38 och normala leverenzymer."),
     ])],
     [], [("NL102", "n1")],
     "'möjligen subikteriska' hedges a clinical sign; Gilbert's syndrome is confirmed")

case("d88-vgr-typo-ingen-missanke-malignitet", "vgr", "1962-08-21", "364",
     [N("n1", "sas_med", "Läkaranteckning", "Sara Nilsson", "läkare", "2024-03-26 15:15", 25, [
         ("Utredning", "Kontrast-ultraljud av 12 mm förändring segment IV: fokal fettsparing intill gallblåsan."),
         ("Bedömning", "Ingen missanke om malignitet i levern. MASLD med lätt fibros F1."),
     ])],
     [], [("NL102", "n1")],
     "typo in negation 'Ingen missanke om malignitet': still negated")

case("d88-skane-hcc-biopsiverifierad-ev-rfa-informerad", "skane", "1951-04-11", "175",
     [N("n1", "sus_lund_lever", "Läkaranteckning", "Sofia Berglund", "läkare", "2024-07-10 14:30", 55, [
         ("Bedömning", "Hepatocellulär cancer 2,4 cm i segment VII, biopsiverifierad, BCLC A på HCV-cirros Child A5."),
         ("Åtgärd", "Pat och dotter informerade i dag om diagnosen och om behandlingsalternativen. Ev. RFA alternativt resektion enligt MDK 18/7."),
     ])],
     [], [("NL102", "n1"), ("NL101", "n1")],
     "confirmed HCC, told today; the only hedge ('Ev. RFA') is on treatment")

case("d88-skane-pmo-dd-hemokromatos-alkohol", "skane", "1959-11-25", "952",
     [N("n1", "vc_simrishamn", "Besöksanteckning", "Gunilla Axelsson", "läkare", "2024-05-14 11:50", 20, [
         ("Bedömning", "Förhöjt ferritin 980 och ALAT 1,5. DD hemokromatos, DD alkohol, DD metabolt betingad hyperferritinemi."),
         ("Åtgärd", "Transferrinmättnad, HFE, PEth. Telefontid om tre veckor."),
     ])],
     [], [("NL102", "n1")],
     "PMO: differential diagnoses (DD) are never shown in PMO")

case("d88-skane-pmo-hbsag-misstankt-kronisk-ej-nadd", "skane", "1990-10-19", "486",
     [N("n1", "vc_eslov", "Telefonkontakt", "Sanna Björk", "sjuksköterska", "2024-11-26 13:05", 10, [
         ("Telefonkontakt", "HBsAg positivt vid graviditetsscreening, misstänkt kronisk hepatit B. Söker pat två gånger, ej nådd. Ny kontakt i morgon."),
     ])],
     [], [("NL102", "n1")],
     "PMO: hedged hepatitis B in primary care is never shown; NL101 is not asserted on PMO")

case("d88-vgr-fragestallning-tips-teknisk-mojlighet", "vgr", "1957-12-29", "310",
     [N("n1", "su_gastro", "Remissanteckning", "Helena Strand", "läkare", "2024-09-10 16:00", 20, [
         ("Remiss", "Till interventionell radiologi. Alkoholrelaterad cirros med refraktär ascites, tappas var tionde dag."),
         ("Frågeställning", "Teknisk möjlighet för TIPS? Öppen portaven på DT i augusti."),
     ])],
     [], [("NL102", "n1")],
     "hard negative: the question in the referral is about a procedure (TIPS), not an uncertain diagnosis")

case("d88-skane-barn-ingen-misstanke-biliar-atresi", "skane", "2024-02-02", "383",
     [N("n1", "sus_lund_barn", "Läkaranteckning", "Cecilia Hammar", "läkare", "2024-03-15 10:10", 45, [
         ("Anamnes", "Sex veckor gammal flicka, helammad, kvarstående gulsot. Avföringen gul enligt färgkortet, urinen ljus."),
         ("Lab", "Totalbilirubin 190, konjugerat bilirubin 9 µmol/L. Leverenzymer normala."),
         ("Bedömning", "Okonjugerad hyperbilirubinemi, bröstmjölksikterus. Ingen misstanke om biliär atresi eller annan kolestas."),
         ("Planering", "Föräldrarna kontaktar BVC om avföringen blir blek. Ny bilirubin om två veckor."),
     ])],
     [], [("NL102", "n1")],
     "infant: biliary atresia is negated ('Ingen misstanke om'), breast-milk jaundice is stated as the diagnosis")

case("d88-vgr-syster-aih-pat-screenas", "vgr", "1993-06-30", "527",
     [N("n1", "nal_med", "Öppenvårdsanteckning", "Maria Sandberg", "läkare", "2024-12-03 09:45", 30, [
         ("Anamnes", "Pat vill kontrollera sin lever då systern nyligen fått diagnosen trolig autoimmun hepatit på Sahlgrenska."),
         ("Lab", "ALAT 0,4, ASAT 0,5, IgG 11, ANA negativ."),
         ("Bedömning", "Normala leverprover, ingen leversjukdom. Ingen ytterligare uppföljning."),
     ])],
     [], [("NL102", "n1")],
     "the hedged AIH belongs to the sister; the patient's own tests are normal")

case("d88-skane-aterbesok-fragetecken-plan", "skane", "1985-08-17", "514",
     [N("n1", "kri_mott", "Sjuksköterskeanteckning", "Eva Holmgren", "sjuksköterska", "2024-04-04 15:20", 10, [
         ("Planering", "Autoimmun hepatit, stabil på azatioprin 100 mg. Nästa provtagning v. 20? Pat återkommer med tid när semesterschemat är klart."),
     ])],
     [], [("NL102", "n1")],
     "the question mark hedges the date of sampling, not the confirmed autoimmune hepatitis")
# ---------------------------------------------------------------- chunk 5: NL101 positives
case("d88-skane-hcc-pad-ej-informerad-aterbesok", "skane", "1949-09-09", "718",
     [N("n1", "sus_lund_lever", "Läkaranteckning", "Daniel Öberg", "läkare", "2024-02-15 16:20", 30, [
         ("Utredning", "PAD leverbiopsi 9/2: högt differentierad hepatocellulär cancer."),
         ("Bedömning", "HCC i segment V hos pat med alkoholrelaterad cirros Child A6. Pat ej informerad ännu, besked ges på återbesök 22/2 tillsammans med kontaktsjuksköterska."),
     ])],
     [("NL101", "n1")], [("NL102", "n1")],
     "biopsy-confirmed HCC in visible Bedömning while the note says the patient is not yet informed")

case("d88-vgr-fibroscan-cirros-svar-ej-meddelat", "vgr", "1968-04-02", "191",
     [N("n1", "sas_med", "Läkaranteckning", "Karin Fransson", "läkare", "2024-03-07 12:30", 15, [
         ("Utredning", "Fibroscan 24 kPa, CAP 310 dB/m. Trombocyter 101."),
         ("Bedömning", "Cirros på basen av MASLD. Svaret har ännu inte meddelats pat, ringer i morgon på telefontid."),
     ])],
     [("NL101", "n1")], [],
     "confirmed cirrhosis in visible Bedömning, result 'ännu inte meddelats pat'")

case("d88-skane-typo-pbc-telefon-ej-infromerad", "skane", "1963-10-27", "660",
     [N("n1", "angelholm_med", "Telefonanteckning", "Mikael Dahl", "läkare", "2024-04-11 10:50", 5, [
         ("Telefonkontakt", "AMA M2 starkt positiv och ALP 4,1 µkat/L, diagnosen PBC är därmed klar. Söker pat på mobilen utan svar, pat ej infromerad om diagnosen. Nytt försök i eftermiddag."),
     ])],
     [("NL101", "n1")], [],
     "typo 'infromerad': PBC diagnosis in a visible phone note, patient not informed")

case("d88-vgr-kolangiokarcinom-familjen-ber-vanta", "vgr", "1944-01-14", "337",
     [N("n1", "su_gastro", "Läkaranteckning", "Per Sundin", "läkare", "2024-05-22 14:00", 50, [
         ("Utredning", "Borstcytologi från ERCP: adenokarcinom. Vid HPB-konferensen 21/5 fastställt perihilärt kolangiokarcinom, ej resektabelt."),
         ("Information", "Pat ej underrättad. Familjen har bett att vi väntar med beskedet tills sonen kommit hem från Australien nästa vecka."),
         ("Planering", "Samtal med pat och familj bokas 29/5. Onkologremiss skickas."),
     ])],
     [("NL101", "n1")], [],
     "cholangiocarcinoma established and written visibly; patient not told at family's request")

case("d88-skane-ssk-lakaren-har-ej-berattat-cirros", "skane", "1972-07-31", "282",
     [N("n1", "hbg_med", "Sjuksköterskeanteckning", "Therese Blom", "sjuksköterska", "2024-06-13 11:15", 10, [
         ("Telefonkontakt", "Pat ringer och frågar om svaret på leverbiopsin. Läkaren har ännu inte berättat för pat att biopsin visade cirros. Hänvisad till telefontid med dr Olausson i morgon."),
     ])],
     [("NL101", "n1")], [],
     "nurse phone note names the cirrhosis diagnosis while saying the doctor has not yet told the patient")

case("d88-vgr-levermetastaser-okand-primar-ej-informerad", "vgr", "1955-10-05", "446",
     [N("n1", "kungalv_avd", "Daganteckning", "Olof Grönberg", "läkare", "2024-09-25 13:40", 40, [
         ("Aktuellt", "DT thorax-buk i går: multipla levermetastaser, största 6 cm, primärtumör ej säkert identifierad."),
         ("Bedömning", "Metastaserad cancer med okänd primärtumör. Pat ännu inte informerad, läkarsamtal bokas i morgon eftermiddag med make närvarande."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "liver metastases stated in visible sections, patient not yet informed")

case("d88-skane-ska-inte-informeras-forran-abstinens", "skane", "1978-03-18", "835",
     [N("n1", "sus_mal_beroende", "Läkaranteckning", "Erik Lönn", "läkare", "2024-01-17 09:20", 60, [
         ("Aktuellt", "Inlagd för alkoholabstinens dag 2, fortfarande tremor och svettningar. Leverkonsult i går, ultraljud visade nodulär lever och mjältförstoring."),
         ("Bedömning", "Alkoholrelaterad levercirros enligt gastroenterolog. Pat ska inte informeras om cirrosdiagnosen förrän abstinensen klingat av, bedöms inte kunna ta till sig beskedet nu."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "cirrhosis diagnosis written visibly with 'Pat ska inte informeras ... förrän' (must not be told yet)")

case("d88-vgr-typo-infomerad-aih-biopsi", "vgr", "1989-12-01", "742",
     [N("n1", "skas_med", "Läkaranteckning", "Lovisa Engström", "läkare", "2024-07-16 15:40", 25, [
         ("Utredning", "Leverbiopsi: interface-hepatit med plasmacellsinfiltrat och rosettbildning, fibros F2."),
         ("Bedömning", "Autoimmun hepatit typ 1. Pat ej infomerad om AIH-diagnosen ännu, nås inte förrän efter semestern."),
     ])],
     [("NL101", "n1")], [],
     "typo 'infomerad': autoimmune hepatitis in visible Bedömning, patient not yet informed")

case("d88-skane-typo-underattad-psc", "skane", "1999-02-25", "573",
     [N("n1", "sus_lund_lever", "Mottagningsanteckning", "Ingrid Mattsson", "läkare", "2024-08-27 11:55", 35, [
         ("Utredning", "MRCP: multifokala strikturer och dilatationer i intrahepatiska gallvägar, typiskt pärlbandsmönster."),
         ("Bedömning", "Primär skleroserande kolangit. Pat ännu ej underättad om PSC, besked planeras vid besök med IBD-sköterska närvarande."),
     ])],
     [("NL101", "n1")], [],
     "typo 'underättad': confirmed PSC in a visible note, patient not yet told")

case("d88-vgr-epikris-hcc-ej-informerats", "vgr", "1946-06-06", "159",
     [N("n1", "nal_avd", "Epikris", "Elin Hedlund", "läkare", "2024-10-30 14:30", 90, [
         ("Diagnoser", "Alkoholrelaterad levercirros med ascites K70.3. Hepatocellulär cancer C22.0."),
         ("Vårdförlopp", "Inlagd för ascites, tappad 6 liter. DT visade 4 cm lesion med arteriell uppladdning och washout, LI-RADS 5, HCC fastställd på MDK 28/10."),
         ("Information", "HCC-diagnosen har pat ännu inte informerats om, det görs vid återbesök hos hepatolog 5/11."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "discharge summary lists HCC as a diagnosis and says the patient has not been informed")

case("d88-skane-misstankt-hcc-dt-ej-informerad-bada", "skane", "1954-12-19", "918",
     [N("n1", "kri_mott", "Läkaranteckning", "Oskar Nyström", "läkare", "2024-11-07 10:00", 35, [
         ("Utredning", "DT lever trefas: 3 cm förändring segment II med arteriell uppladdning, washout osäker."),
         ("Bedömning", "Misstänkt HCC. Pat ej informerad om fyndet, avvaktar MR och MDK."),
     ])],
     [("NL101", "n1"), ("NL102", "n1")],
     [],
     "hedged HCC in visible Bedömning with 'Pat ej informerad': both rules apply")

case("d88-vgr-trolig-psc-har-ej-informerat-bada", "vgr", "1995-03-09", "354",
     [N("n1", "uddevalla_med", "Läkaranteckning", "Jesper Falk", "läkare", "2024-05-08 13:20", 30, [
         ("Bedömning", "Trolig PSC med tanke på MRCP-bilden och samtidig Crohnkolit. Har ej informerat pat om misstanken ännu, väntar in hepatologbedömning."),
     ])],
     [("NL101", "n1"), ("NL102", "n1")],
     [],
     "'Trolig PSC' in visible Bedömning and the patient has not been told about the suspicion")

case("d88-skane-tva-ant-cirros-kand-hcc-ej-sagt", "skane", "1958-06-14", "351",
     [N("n1", "sus_mal_gastro", "Läkaranteckning", "Henrik Lindqvist", "läkare", "2024-03-04 09:30", 40, [
         ("Bedömning", "Alkoholrelaterad cirros Child A6, verifierad med elastografi 32 kPa. Pat informerad om diagnosen i dag och om vikten av nykterhet."),
     ]),
      N("n2", "sus_mal_gastro", "Läkaranteckning", "Henrik Lindqvist", "läkare", "2024-09-09 15:10", 20, [
         ("Utredning", "MR lever 5/9: 26 mm LI-RADS 5-lesion segment VII."),
         ("Bedömning", "Hepatocellulär cancer enligt LI-RADS-kriterier. Pat har ännu inte fått beskedet om HCC, ringer honom för tidigt återbesök."),
     ])],
     [("NL101", "n2")], [("NL101", "n1")],
     "two notes: cirrhosis was told in n1 (no NL101), the later HCC in n2 is written visibly but not yet told")

case("d88-vgr-gastroskopi-varicer-sederad-ej-informerad", "vgr", "1967-01-23", "270",
     [N("n1", "su_endo", "Endoskopisvar", "Anna Wennerberg", "läkare", "2024-02-14 10:45", 15, [
         ("Fynd", "Esofagusvaricer grad III med red wale signs, tre band lagda. Fundus utan varicer."),
         ("Kommentar", "Pat djupt sederad med propofol och ej informerad om fynden. Avdelningsläkaren informerar pat i eftermiddag."),
     ])],
     [("NL101", "n1")], [],
     "endoscopy report: large esophageal varices written visibly, sedated patient not informed")

case("d88-vgr-ascitescytologi-karcinos-ej-meddelat", "vgr", "1950-04-28", "628",
     [N("n1", "sas_avd", "Daganteckning", "Karin Fransson", "läkare", "2024-06-20 14:15", 25, [
         ("Aktuellt", "Ascitesutredning: SAAG 0,8, protein 38 g/L. Cytologi från tappningen: maligna celler av adenokarcinomtyp."),
         ("Bedömning", "Peritoneal karcinos, inte portal hypertension som orsak till ascites. Ej medelat pat ännu då cytologsvaret kom sent i dag."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "typo 'Ej medelat': ascites work-up reveals peritoneal carcinomatosis, written visibly, not yet told")

case("d88-skane-hbv-kronisk-inte-fatt-besked", "skane", "1987-07-12", "446",
     [N("n1", "sus_mal_inf", "Läkaranteckning", "Jenny Wikström", "läkare", "2024-10-03 13:30", 45, [
         ("Lab", "HBsAg positivt, HBeAg negativt, HBV-DNA 2,1 × 10^6 IE/ml, ALAT 1,9 µkat/L."),
         ("Bedömning", "Kronisk hepatit B i immunaktiv fas. Pat har inte fått beskedet ännu, tolk på tigrinja bokas till besöket 10/10."),
     ])],
     [("NL101", "n1")], [],
     "chronic hepatitis B written as a diagnosis; patient 'har inte fått beskedet ännu'")

case("d88-vgr-wilson-genetik-ej-informerad", "vgr", "2005-08-19", "119",
     [N("n1", "su_gastro", "Läkaranteckning", "Johan Ekström", "läkare", "2024-11-14 11:20", None, [
         ("Utredning", "ATP7B: två patogena varianter (H1069Q homozygot)."),
         ("Bedömning", "Wilsons sjukdom genetiskt bekräftad. Pat själv (19 år) ej informerad ännu, har inte svarat på två samtal. Brev med kallelse skickat."),
     ])],
     [("NL101", "n1")], [],
     "adult (19) with genetically confirmed Wilson disease in visible note, not yet informed")

case("d88-skane-long-portatrombos-ej-informerad-rond", "skane", "1962-02-08", "615",
     [N("n1", "sus_lund_avd", "Daganteckning", "Gustav Rydberg", "läkare", "2024-12-04 10:30", 60, [
         ("Aktuellt", "Dag 5 för 62-årig man med MASLD-cirros Child B8, inlagd för tilltagande ascites och lätt hyponatremi. "
                      "Tappad 5 liter i måndags, sedan dess ingen ny vätskeansamling av betydelse. Äter bättre, mobiliseras med rollator."),
         ("Status", "Vaken, orienterad. Ingen flapping. Buk lätt utspänd, mjuk, oöm. Ödem +1 underben. Temp 36,9."),
         ("Lab", "Na 130 (127), krea 104, albumin 27, bilirubin 36, PK-INR 1,5, CRP 8."),
         ("Utredning", "DT buk portafas i går: ocklusiv trombos i portavenens huvudstam med utbredning i vena mesenterica superior."),
         ("Bedömning", "Akut portavenstrombos hos pat med cirros, sannolikt bidragande till ascitesdekompensationen. "
                       "Pat ej informerad om att DT visat portavenstrombos, görs på ronden i morgon tillsammans med ansvarig överläkare."),
         ("Planering", "Antikoagulation med LMH efter diskussion med hepatolog, gastroskopi först pga varixrisk. Vätskerestriktion 1,5 l."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "long inpatient chart: one sentence says the patient is not informed of the portal vein thrombosis shown in a visible section")

case("d88-vgr-hrs-pat-konfus-ej-info-maken-informerad", "vgr", "1953-11-16", "243",
     [N("n1", "su_ostra_avd", "Daganteckning", "Jakob Lindahl", "läkare", "2024-04-22 16:05", 35, [
         ("Bedömning", "Hepatorenalt syndrom typ AKI, kreatinin 260 trots terlipressin. Pat konfusorisk pga encefalopati och ej informerad om njursviktsdiagnosen. Maken informerad per telefon."),
     ], setting="slutenvård")],
     [("NL101", "n1")], [],
     "relative informed but the patient is not: still an uncommunicated diagnosis in a visible note")

case("d88-skane-ul-cirros-ascites-inte-fatt-veta", "skane", "1969-05-22", "824",
     [N("n1", "landskrona_med", "Läkaranteckning", "Jonas Ek", "läkare", "2024-08-06 14:50", 20, [
         ("Utredning", "Ultraljud buk: nodulär leveryta, splenomegali 15 cm och måttlig ascites."),
         ("Bedömning", "Dekompenserad levercirros, etiologi sannolikt alkohol och MASLD i kombination. Pat har ännu inte fått veta att ultraljudet visar cirros; besök bokat 9/8."),
     ])],
     [("NL101", "n1")], [],
     "decompensated cirrhosis in visible Bedömning; patient 'har ännu inte fått veta'")

case("d88-vgr-vantar-med-psc-besked-kolitskov", "vgr", "2001-09-04", "431",
     [N("n1", "skas_med", "Läkaranteckning", "Anders Bergkvist", "läkare", "2024-07-01 09:40", 25, [
         ("Bedömning", "MRCP bekräftar primär skleroserande kolangit. Vi väntar med att informera pat om PSC-diagnosen tills det pågående kolitskovet lagt sig."),
     ])],
     [("NL101", "n1")], [],
     "confirmed PSC written visibly while the team deliberately waits to tell the patient")

case("d88-skane-aih-biopsi-besked-ej-lamnat-utkast", "skane", "1984-10-06", "260",
     [N("n1", "hbg_med", "Läkaranteckning", "Fredrik Olausson", "läkare", "2024-05-30 17:05", None, [
         ("Utredning", "Leverbiopsi: interface-hepatit och lobulär inflammation med rikligt plasmaceller, fibros F1."),
         ("Bedömning", "Autoimmun hepatit. Besked ej lämnat till pat, planeras på mottagningen 4/6 innan prednisolon startas."),
     ])],
     [("NL101", "n1")], [],
     "unsigned draft: autoimmune hepatitis stated visibly, 'Besked ej lämnat till pat'")
# ---------------------------------------------------------------- chunk 6: NL101 negatives (hard)
case("d88-skane-informerad-idag-biopsi-cirros", "skane", "1966-03-26", "244",
     [N("n1", "sus_lund_lever", "Läkaranteckning", "Sofia Berglund", "läkare", "2024-01-25 13:45", 40, [
         ("Bedömning", "Leverbiopsin visar cirros (F4) med steatohepatit, etiologi alkohol."),
         ("Information", "Infomerade pat i dag om att biopsin visat cirros. Hon tog beskedet sansat och ställde frågor om alkohol och prognos."),
     ])],
     [], [("NL101", "n1"), ("NL102", "n1")],
     "typo 'Infomerade': cirrhosis told to the patient today; no hedge either")

case("d88-vgr-kanner-till-pbc-sedan-2017", "vgr", "1952-10-13", "566",
     [N("n1", "alingsas_med", "Mottagningsanteckning", "Mattias Wallin", "läkare", "2024-02-22 10:20", 20, [
         ("Anamnes", "Pat känner till sin PBC-diagnos sedan 2017 och är välinformerad, medlem i patientföreningen."),
         ("Bedömning", "God respons på Ursofalk, ALP normalt. Fibroscan 7,2 kPa oförändrat."),
     ])],
     [], [("NL101", "n1")],
     "the patient has known the PBC diagnosis since 2017")

case("d88-skane-ej-informerad-om-tips-datum", "skane", "1959-06-01", "367",
     [N("n1", "sus_lund_transpl", "Mottagningsanteckning", "Daniel Öberg", "läkare", "2024-03-28 11:05", 30, [
         ("Bedömning", "Alkoholrelaterad cirros med refraktär ascites, accepterad för TIPS vid konferensen."),
         ("Planering", "Pat ej informerad om datum för TIPS ännu, koordinator på röntgen återkommer med tid."),
     ])],
     [], [("NL101", "n1")],
     "what the patient has not been told is a date, not a diagnosis")

case("d88-vgr-remiss-transpl-ej-meddelad", "vgr", "1964-07-28", "158",
     [N("n1", "su_gastro", "Remissanteckning", "Helena Strand", "läkare", "2024-05-15 15:35", 15, [
         ("Åtgärd", "Remiss till Transplantationscentrum skickad i dag för utredning av dekompenserad MASLD-cirros, MELD-Na 21. "
                    "Pat ännu ej meddelad om att remissen gått iväg, informeras vid telefonkontakt på fredag."),
     ])],
     [], [("NL101", "n1")],
     "the untold item is that a referral was sent; the cirrhosis itself is known")

case("d88-skane-normal-elastografi-ej-meddelad", "skane", "1980-12-12", "489",
     [N("n1", "hlm_med", "Sjuksköterskeanteckning", "Ida Rosén", "sjuksköterska", "2024-06-18 14:25", 10, [
         ("Undersökning", "Fibroscan utförd: 4,8 kPa, IQR/M 9 %, CAP 295 dB/m. Känd MASLD."),
         ("Information", "Svaret på leverstelheten är normalt, ej meddelat pat ännu. Dr Lindström skickar brev."),
     ])],
     [], [("NL101", "n1")],
     "hard negative: the untold item is a normal stiffness result, not a diagnosis")

case("d88-vgr-dotter-ej-informerad-pat-vet", "vgr", "1941-08-02", "339",
     [N("n1", "nal_med", "Läkaranteckning", "Maria Sandberg", "läkare", "2024-07-04 10:50", 30, [
         ("Bedömning", "HCC 5 cm med kärlinväxt, BCLC C. Palliativ inriktning, onkolog bedömer systembehandling."),
         ("Information", "Pat informerad om HCC-diagnosen i går. Dottern vet ännu inte om det, pat vill själv berätta för henne i helgen."),
     ])],
     [], [("NL101", "n1")],
     "patient told, only the daughter is not")

case("d88-skane-ej-berattat-for-arbetsgivare", "skane", "1975-04-20", "553",
     [N("n1", "sus_mal_beroende", "Kuratorsanteckning", "Lina Ståhl", "kurator", "2024-08-15 13:00", 30, [
         ("Samtal", "Pat har inte berättat om sin alkoholrelaterade leversjukdom för arbetsgivaren och är rädd att bli av med körkortet. "
                    "Vi pratade om hur han kan lägga upp samtalet med chefen och om företagshälsovårdens roll."),
     ])],
     [], [("NL101", "n1")],
     "the patient himself has not told his employer; he knows his diagnosis")

case("d88-skane-th-mall-aih-bekraftad-ej-info", "skane", "1991-01-31", "624",
     [N("n1", "kri_mott", "Tidiga hypoteser", "Oskar Nyström", "läkare", "2024-09-19 16:45", 5, [
         ("Bedömning", "Biopsin förenlig med autoimmun hepatit. Pat ej informerad ännu, bokas till besök nästa vecka."),
     ])],
     [], [("NL101", "n1"), ("NL102", "n1")],
     "untold and hedged AIH only in the Skåne Tidiga hypoteser template, which is protected")

case("d88-vgr-th-sokord-metastas-pat-vet-ej", "vgr", "1948-05-10", "451",
     [N("n1", "skas_lid", "Läkaranteckning", "Rebecka Jansson", "läkare", "2024-10-10 13:15", None, [
         ("Aktuellt", "Kontroll efter koloncancer opererad 2022. Mår bra, inga magbesvär."),
         ("Tidiga hypoteser", "Ny 18 mm leverförändring segment IVb på DT, talar för metastas. Pat vet ännu inget om fyndet."),
         ("Planering", "MR lever bokas, därefter återbesök."),
     ])],
     [], [("NL101", "n1"), ("NL102", "n1")],
     "VGR: the untold, hedged metastasis stands only under the protected sökord Tidiga hypoteser")

case("d88-vgr-tva-ant-th-sedan-informerad", "vgr", "1956-02-17", "275",
     [N("n1", "su_gastro", "Läkaranteckning", "Per Sundin", "läkare", "2024-02-01 14:20", 20, [
         ("Aktuellt", "Halvårskontroll av HCV-cirros efter SVR 2018."),
         ("Tidiga hypoteser", "LI-RADS 4 i segment VIII på MR, misstänkt HCC. Ej diskuterat med pat förrän MDK tagit ställning."),
     ]),
      N("n2", "su_gastro", "Läkaranteckning", "Per Sundin", "läkare", "2024-02-12 10:30", 25, [
         ("Bedömning", "MDK 8/2: HCC enligt LI-RADS 5 vid uppföljande MR. Pat informerad i dag om diagnosen och om planerad mikrovågsablation."),
     ])],
     [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1")],
     "n1 keeps the untold HCC under Tidiga hypoteser (protected); n2 tells the patient and documents it visibly")

case("d88-skane-diagnos-utan-nagot-om-information", "skane", "1970-11-08", "343",
     [N("n1", "trelleborg_med", "Läkaranteckning", "Peter Wahlberg", "läkare", "2024-04-23 09:45", 30, [
         ("Diagnos", "Alkoholrelaterad leversjukdom med steatos och fibros F2 (K70.1)."),
         ("Åtgärd", "Akamprosat förskrivet. PEth var tredje månad."),
     ])],
     [], [("NL101", "n1")],
     "confirmed diagnosis, nothing at all said about telling the patient")

case("d88-vgr-ej-informerad-om-vantetid-mr", "vgr", "1997-05-15", "184",
     [N("n1", "sas_med", "Sjuksköterskeanteckning", "Annika Holm", "sjuksköterska", "2024-08-22 08:35", 10, [
         ("Telefonkontakt", "Pat med känd PSC ringer och undrar över MR-tiden. Ej informerad om väntetiden tidigare, har nu fått veta att den är ca sex veckor."),
     ])],
     [], [("NL101", "n1")],
     "the untold thing was a waiting time, not a diagnosis")

case("d88-skane-informerad-per-telefon-igar-lirads5", "skane", "1946-09-29", "272",
     [N("n1", "sus_mal_gastro", "Mottagningsanteckning", "Anna-Karin Welander", "läkare", "2024-12-10 14:00", 45, [
         ("Anamnes", "Pat informerades per telefon i går om att MR visat HCC, LI-RADS 5, och kommer i dag med sin son för att prata om behandling."),
         ("Bedömning", "Solitär HCC 3,5 cm, Child A5, BCLC A. Kandidat för resektion."),
     ])],
     [], [("NL101", "n1")],
     "HCC was told to the patient by phone yesterday")

case("d88-vgr-typo-informerd-alkoholhepatit", "vgr", "1983-06-26", "817",
     [N("n1", "uddevalla_avd", "Daganteckning", "Jesper Falk", "läkare", "2024-03-13 11:30", 20, [
         ("Bedömning", "Svår alkoholhepatit, Lille-score dag 7 0,38 – svarar på prednisolon."),
         ("Information", "Pat informerd om diagnosen och att all alkohol måste upphöra. Motiverad till kontakt med beroendemottagningen."),
     ], setting="slutenvård")],
     [], [("NL101", "n1")],
     "typo in the told-phrase ('informerd'): the patient was told")

case("d88-vgr-maken-ej-informerad-pat-onskar", "vgr", "1972-12-20", "426",
     [N("n1", "su_beroende", "Läkaranteckning", "Cecilia Nord", "läkare", "2024-09-03 10:10", 25, [
         ("Bedömning", "Alkoholberoende och alkoholrelaterad fettleversjukdom, diagnoserna genomgångna med pat."),
         ("Planering", "Maken ej informerad, pat önskar diskretion och vill själv avgöra när hon berättar."),
     ])],
     [], [("NL101", "n1")],
     "patient told; only the husband is not informed")

case("d88-skane-dt-utan-lesioner-ej-meddelat", "skane", "1955-01-04", "168",
     [N("n1", "kri_mott", "Läkaranteckning", "Oskar Nyström", "läkare", "2024-07-25 14:55", None, [
         ("Utredning", "DT lever trefas utan fokala leverlesioner, oförändrad cirrotisk morfologi."),
         ("Bedömning", "Känd cirros efter hemokromatos, nu utan tecken till HCC. Pat ej informerad om DT-svaret ännu, brev skickas."),
     ])],
     [], [("NL101", "n1")],
     "hard negative: what is untold is a normal CT result; the cirrhosis is known")

case("d88-vgr-tolk-informerad-hbv", "vgr", "1990-02-03", "229",
     [N("n1", "su_inf", "Läkaranteckning", "Fatima Rahimi", "läkare", "2024-04-17 13:10", 35, [
         ("Information", "Med hjälp av telefontolk på arabiska informerat pat om kronisk hepatit B, smittsamhet och vikten av regelbundna kontroller. Make och barn erbjuds provtagning."),
         ("Planering", "Fibroscan och ultraljud. Återbesök om sex månader."),
     ])],
     [], [("NL101", "n1")],
     "patient informed through an interpreter about chronic hepatitis B")

case("d88-vgr-ej-hunnit-ny-provtid-aih", "vgr", "1987-11-29", "584",
     [N("n1", "skas_med", "Sjuksköterskeanteckning", "Hanna Borg", "sjuksköterska", "2024-05-27 15:50", 10, [
         ("Planering", "Autoimmun hepatit under nedtrappning av prednisolon. Ej hunnit informera pat om ny provtagningstid, sms skickas i morgon."),
     ])],
     [], [("NL101", "n1")],
     "what is untold is the new sampling time, not the diagnosis")

case("d88-skane-epikris-pat-och-hustru-informerade", "skane", "1961-04-14", "357",
     [N("n1", "ystad_avd", "Epikris", "Linnea Åberg", "läkare", "2024-02-29 15:00", 120, [
         ("Diagnoser", "Alkoholhepatit (K70.1). Alkoholberoende (F10.2)."),
         ("Vårdförlopp", "Inlagd med ikterus och feber, odlingar negativa. Prednisolon påbörjat dag 3 med god effekt på bilirubin."),
         ("Information", "Pat och hustru informerade om diagnosen alkoholhepatit och vikten av total avhållsamhet."),
     ], setting="slutenvård")],
     [], [("NL101", "n1")],
     "discharge summary states the patient (and wife) were informed about the diagnosis")

case("d88-skane-kurator-lakaren-informerat-forra-veckan", "skane", "1974-09-12", "450",
     [N("n1", "hbg_med", "Kuratorsanteckning", "Josefin Mårtensson", "kurator", "2024-11-21 10:40", 20, [
         ("Samtal", "Pat berättar att läkaren förra veckan informerade henne om att hon har levercirros. Hon känner sig skamfylld och har svårt att sova."),
         ("Planering", "Nytt stödsamtal om två veckor. Information om patientföreningen gavs."),
     ])],
     [], [("NL101", "n1")],
     "kurator note: the patient was told of the cirrhosis by the doctor last week")

case("d88-vgr-informerad-om-misstanke-aih", "vgr", "1994-10-21", "660",
     [N("n1", "nal_med", "Läkaranteckning", "Elin Hedlund", "läkare", "2024-06-26 14:35", 30, [
         ("Information", "Pat informerad om att proverna väcker misstanke om autoimmun hepatit och att leverbiopsi behövs för att säkerställa diagnosen."),
     ])],
     [], [("NL101", "n1")],
     "the suspicion of autoimmune hepatitis was communicated to the patient (NL102 not asserted)")

case("d88-skane-ej-fatt-kallelse-gastroskopi", "skane", "1965-12-03", "258",
     [N("n1", "landskrona_med", "Telefonanteckning", "Karin Bengtsson", "sjuksköterska", "2024-10-16 09:25", 10, [
         ("Telefonkontakt", "Pat med känd cirros har ännu inte fått kallelse till varixscreeningen. Kontrollerat med endoskopin, tiden är 4/11 och kallelsen går ut i dag."),
     ])],
     [], [("NL101", "n1")],
     "what has not reached the patient is a summons, not a diagnosis")


# ---------------------------------------------------------------- chunk 7: extra NL101 positives
case("d88-vgr-hcc-recidiv-resektionskant-ej-underrattad", "vgr", "1957-04-09", "372",
     [N("n1", "su_gastro", "Läkaranteckning", "Malin Axelsson", "läkare", "2024-11-28 13:20", 35, [
         ("Utredning", "Kontroll-DT ett år efter leverresektion: 17 mm arteriellt uppladdande förändring med washout i resektionskanten."),
         ("Bedömning", "Recidiv av HCC i resektionskanten. Pat är ännu inte underrättad; meddelas av operatören vid återbesöket 3/12."),
     ])],
     [("NL101", "n1")], [],
     "HCC recurrence stated in visible Bedömning, patient 'ännu inte underrättad'")

case("d88-skane-sannolik-alkoholcirros-berusad-ej-informerad", "skane", "1971-08-25", "912",
     [N("n1", "kri_mott", "Läkaranteckning", "Amanda Persson", "läkare", "2024-03-20 11:40", 25, [
         ("Status", "Luktar alkohol, sluddrar lätt. Spider naevi på bröstet, palmarerytem, mjälten palpabel."),
         ("Bedömning", "Sannolik alkoholorsakad levercirros. Pat har inte informerats om misstanken då han kom påverkad till besöket."),
         ("Planering", "Nytt besök om en vecka, pat uppmanad att komma nykter. Ultraljud och elastografi innan dess."),
     ])],
     [("NL101", "n1"), ("NL102", "n1")], [],
     "'Sannolik ... levercirros' in visible Bedömning and the patient was not told because he came intoxicated")

case("d88-vgr-kontaktssk-mdk-hcc-lakare-ej-informerat", "vgr", "1952-05-31", "458",
     [N("n1", "su_gastro", "Sjuksköterskeanteckning", "Sandra Olofsson", "sjuksköterska", "2024-03-13 15:25", 15, [
         ("Kontaktsjuksköterska", "MDK bekräftade i går HCC i segment IV. Dr Strand har ännu inte informerat pat; samtal med pat och make bokat 15/3 kl 10."),
     ])],
     [("NL101", "n1")], [],
     "contact-nurse note states the HCC confirmed at MDK; the doctor has not yet informed the patient")


if __name__ == "__main__":
    main()
