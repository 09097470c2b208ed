#!/usr/bin/env python3
"""d84: emergency psychiatry and psychiatric inpatient admissions (NL101, NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev84_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne (Melior hospitals)
    "sk_pakut_mlm": ("Psykiatrisk akutmottagning, Skånes universitetssjukhus Malmö", "SE2321000255-P0A1"),
    "sk_pakut_lund": ("Psykiatrisk akutmottagning och akutvårdsavdelning, Lund", "SE2321000255-P0B7"),
    "sk_pakut_hbg": ("Psykiatrisk akutmottagning, Helsingborgs lasarett", "SE2321000255-P1H3"),
    "sk_pakut_kri": ("Psykiatrisk akutmottagning, Centralsjukhuset Kristianstad", "SE2321000255-P2K4"),
    "sk_avd_lund13": ("Allmänpsykiatrisk slutenvård avd 13, Psykiatri Skåne Lund", "SE2321000255-P3L5"),
    "sk_avd_mlm88": ("Allmänpsykiatrisk slutenvård avd 88, Malmö", "SE2321000255-P3M8"),
    "sk_piva_mlm": ("Psykiatrisk intensivvårdsavdelning (PIVA), Malmö", "SE2321000255-P4I2"),
    "sk_psykos_lund": ("Psykosavdelning 3, Psykiatri Skåne Lund", "SE2321000255-P5S1"),
    "sk_affektiv_mlm": ("Affektiv slutenvård avd 92, Malmö", "SE2321000255-P5A9"),
    "sk_avd_hbg": ("Vuxenpsykiatri slutenvård avd 3, Helsingborg", "SE2321000255-P6H2"),
    "sk_avd_kri": ("Psykiatrisk slutenvård avd 62, Kristianstad", "SE2321000255-P6K6"),
    "sk_beroende_mlm": ("Beroendecentrum Malmö, avgiftningsavdelning", "SE2321000255-P7B3"),
    "sk_konsult_lund": ("Konsultationspsykiatri, Skånes universitetssjukhus Lund", "SE2321000255-P8C4"),
    "sk_geripsyk": ("Äldrepsykiatrisk slutenvård, Malmö", "SE2321000255-P8G7"),
    "sk_bup_akut": ("BUP akutmottagning och heldygnsvård, Lund", "SE2321000255-B0A2"),
    "sk_psyk_opv_lsk": ("Psykiatrisk öppenvårdsmottagning Landskrona", "SE2321000255-P9O1"),
    "sk_akm_mlm": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A1M0"),
    "sk_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-N2L6"),
    "sk_infek_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-I3L2"),
    "sk_med_ystad": ("Medicinkliniken, Ystads lasarett", "SE2321000255-M4Y8"),
    "sk_geri_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-G5H1"),
    "sk_endo_mlm": ("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-E6M3"),
    # Region Skåne (PMO primary care)
    "sk_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-V1E5"),
    "sk_vc_rosengard": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-V2R7"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-V3H9"),
    "sk_hsv_ystad": ("Hemsjukvården Ystad kommun/Region Skåne", "SE2321000255-V4Y1"),
    "sk_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-V5U3"),
    # Västra Götalandsregionen (Melior)
    "vg_pakut_su": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E00011"),
    "vg_affektiv_su": ("Psykiatri Affektiva, avd 345, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00124"),
    "vg_psykos_su": ("Psykiatri Psykos, avd 202, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00231"),
    "vg_pakut_nal": ("Psykiatrisk akutmottagning, NU-sjukvården NÄL Trollhättan", "SE2321000131-E00345"),
    "vg_avd_nal": ("Psykiatrisk slutenvård avd 52, NU-sjukvården Uddevalla", "SE2321000131-E00352"),
    "vg_psyk_skovde": ("Psykiatriska kliniken avd 10, Skaraborgs Sjukhus Skövde", "SE2321000131-E00468"),
    "vg_pakut_boras": ("Psykiatrisk akutvård, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00573"),
    "vg_avd_boras": ("Psykiatrisk heldygnsvård avd 72, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E00580"),
    "vg_beroende_su": ("Beroendekliniken, avgiftningsenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00617"),
    "vg_geripsyk_molndal": ("Gerontopsykiatri, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E00724"),
    "vg_opv_kungalv": ("Psykiatrisk öppenvårdsmottagning, Kungälvs sjukhus", "SE2321000131-E00836"),
    "vg_neuro_su": ("Neurologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00942"),
    "vg_infek_su": ("Infektion, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E01057"),
    "vg_med_alingsas": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E01163"),
    "vg_akm_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E01270"),
    "vg_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E01386"),
    "vg_rattspsyk": ("Rättspsykiatri, Sahlgrenska Universitetssjukhuset/Rågården", "SE2321000131-E01493"),
    "vg_kpsyk_su": ("Konsultpsykiatrin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E01508"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    "ahlgren": ("Karin Ahlgren", "läkare"),
    "bakir": ("Mehmet Bakir", "läkare"),
    "nordin": ("Sofia Nordin", "läkare"),
    "lindqvist": ("Per Lindqvist", "läkare"),
    "haddad": ("Rana Haddad", "läkare"),
    "svensson": ("Erik Svensson", "läkare"),
    "mattsson": ("Lotta Mattsson", "läkare"),
    "rahimi": ("Ali Rahimi", "läkare"),
    "persson": ("Johanna Persson", "läkare"),
    "kowalski": ("Piotr Kowalski", "läkare"),
    "holm": ("Annika Holm", "läkare"),
    "ek": ("Gustav Ek", "läkare"),
    "sandberg": ("Maja Sandberg", "läkare"),
    "osman": ("Hodan Osman", "läkare"),
    "wallin": ("Fredrik Wallin", "läkare"),
    "berg": ("Ingrid Berg", "läkare"),
    "nilsson_at": ("Oskar Nilsson", "läkare"),
    "jovanovic": ("Milena Jovanovic", "läkare"),
    "strand": ("Henrik Strand", "läkare"),
    "lund": ("Elin Lund", "läkare"),
    "karlsson_ssk": ("Therese Karlsson", "sjuksköterska"),
    "andersson_ssk": ("Mikael Andersson", "sjuksköterska"),
    "hussein_ssk": ("Amina Hussein", "sjuksköterska"),
    "olsson_ssk": ("Linnea Olsson", "sjuksköterska"),
    "bergman_ssk": ("Jonas Bergman", "sjuksköterska"),
    "dahl_ssk": ("Sara Dahl", "sjuksköterska"),
    "falk_psykolog": ("Hanna Falk", "psykolog"),
    "eriksson_psykolog": ("David Eriksson", "psykolog"),
    "sjoberg_kurator": ("Marie Sjöberg", "kurator"),
    "lindgren_kurator": ("Ahmed Lindgren", "kurator"),
    "nyberg_skotare": ("Emil Nyberg", "skötare"),
    "wikstrom_at": ("Ida Wikström", "arbetsterapeut"),
}

REGION_OF_UNIT = {k: ("vgr" if v[1].startswith("SE2321000131") else "skane") for k, v in UNITS.items()}
PMO_UNITS = {"sk_vc_eslov", "sk_vc_rosengard", "sk_vc_hoor", "sk_hsv_ystad", "sk_um_lund"}


# ---------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, nnn):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + nnn
    return "%s%s%s-%s%s" % (y, m, d, nnn, luhn_digit(nine))


def P(birth, nnn):
    return {"id": pnr(birth, nnn), "birth_date": birth, "protected_identity": False}


def _ts(s):
    s = s.strip().replace(" ", "T")
    if len(s) == 16:
        s += ":00"
    _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")
    return s


def N(nid, unit, template, author, time, sections, signed=40, system=None, setting="slutenvård"):
    """One note. sections: list of (keyword, text). signed: minutes after time, None = draft."""
    t = _ts(time)
    if signed is None:
        sg = None
    elif isinstance(signed, int):
        sg = (_dt.datetime.strptime(t, "%Y-%m-%dT%H:%M:%S") + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    else:
        sg = _ts(signed)
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t,
        "signed": sg,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit_key": unit,
    }


def _targets(lst):
    out = []
    for x in lst:
        if isinstance(x, (list, tuple)):
            out.append([x[0], x[1]])
        elif "@" in x:
            c, n = x.split("@")
            out.append([c, n])
        else:
            out.append([x, "n1"])
    return out


CASES = []


def C(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = _dt.datetime.strptime(last, "%Y-%m-%dT%H:%M:%S").date() + _dt.timedelta(days=2)
        as_of = d.isoformat() + "T00:00:00"
    else:
        as_of = _ts(as_of)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": patient,
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# ---------------------------------------------------------------- validation
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        nm = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: case keys %s" % (nm, sorted(c)))
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if not nm.startswith("d84-"):
            errs.append("%s: name must start with d84-" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % nm)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (nm, k))
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m or "%s-%s-%s" % m.group(1, 2, 3) != bd:
            errs.append("%s: personnummer/birth_date mismatch" % nm)
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            errs.append("%s: Luhn" % nm)
        times = [rec["as_of"]]
        if not rec["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % nm)
        ids = set()
        systems = {}
        for n in rec["notes"]:
            uk = n.pop("_unit_key", None)
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % nm)
            if uk is not None and REGION_OF_UNIT[uk] != c["ruleset"]:
                errs.append("%s: unit %s not in region %s" % (nm, uk, c["ruleset"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            for t in (n["time"], n["signed"]):
                if t is None:
                    continue
                if not t.startswith("2024-"):
                    errs.append("%s: date not in 2024: %s" % (nm, t))
                times.append(t)
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append("%s: signed before time" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % nm)
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"].strip() or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (nm, n["id"], s["keyword"]):
                            errs.append("%s: repeated sentence (also in %s): %r" % (nm, sentences[sent][0], sent))
                        sentences.setdefault(sent, (nm, n["id"], s["keyword"]))
        for t in times:
            a = _age(bd, t)
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d at %s" % (nm, a, t))
        seen = set()
        for lst_name in ("must", "must_not"):
            for code, tgt in c[lst_name]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (nm, code))
                if tgt not in ids:
                    errs.append("%s: target %s missing" % (nm, tgt))
                    continue
                if (code, tgt) in seen:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, tgt))
                seen.add((code, tgt))
                if code == "NL102" and lst_name == "must" and systems[tgt] != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and systems[tgt] == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats[(code, lst)] = stats.get((code, lst), 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    for k in sorted(stats):
        print("  %s %s: %d" % (k[0], k[1], stats[k]))
    print("  skane: %d, vgr: %d" % (sum(c["ruleset"] == "skane" for c in CASES),
                                     sum(c["ruleset"] == "vgr" for c in CASES)))


# ================================================================= CASES
# ---------------------------------------------------------------- chunk 1: Skåne
C("d84-sk-fep-dd-cannabisinducerad", "skane", P("2001-09-14", "457"), [
    N("n1", "sk_pakut_mlm", "Akutanteckning", "bakir", "2024-02-03 01:40", [
        ("Aktuellt", "22-årig man som förs in av polis efter oro från grannar. Har de senaste två veckorna i princip slutat sova, pratar högt för sig själv och har täckt fönstren med aluminiumfolie. Uppger dagligt cannabisbruk sedan ett halvår, senast igår kväll."),
        ("Psykiskt status", "Vaken, orienterad till person men ej till tid. Misstänksam, undvikande blick. Tankestörd med lösa associationer. Bejakar rösthöring, två mansröster som kommenterar vad han gör. Ej konfusorisk."),
        ("Somatiskt status", "AT gott. Puls 96, BT 138/84, temp 36,9. Pupiller normalstora, ljusreaktion ua."),
        ("Bedömning", "Förstagångspsykos, DD cannabisinducerad psykotisk störning. Behov av heldygnsvård, accepterar inläggning frivilligt enligt HSL."),
        ("Åtgärd", "Inläggning avd 88. Tox-screen urin, blodstatus, elstatus, leverstatus, TSH, B12/folat. Olanzapin 5 mg tn."),
    ]),
], must=["NL102"], must_not=["NL101"],
   why="DD substance-induced psychosis beside a first-episode psychosis in the visible Bedömning; nothing said about telling")

C("d84-sk-trolig-bipolar-typ1-inskrivning", "skane", P("1987-03-02", "288"), [
    N("n1", "sk_affektiv_mlm", "Inskrivningsanteckning", "nordin", "2024-04-11 14:15", [
        ("Anamnes", "Sedan tre veckor minskat sömnbehov, 2-3 h/natt, köpt två bilar på kredit och sagt upp sig från jobbet. En depressiv period 2019 behandlad med sertralin på VC."),
        ("Psykiskt status", "Talträngd, svår att avbryta, tankeflykt. Upprymd men lättretlig. Grandiosa idéer om att starta ett flygbolag. Ingen rösthöring."),
        ("Bedömning", "Trolig bipolär sjukdom typ I, nu manisk episod med psykotiska inslag (storhetsidéer av vanföreställningskaraktär)."),
        ("Planering", "Litium efter njur- och tyreoideaprover. Olanzapin 10 mg tn. Sömnregistrering. Kontakt med maken efter pat:s medgivande."),
    ]),
], must=["NL102"],
   why="'Trolig bipolär sjukdom typ I' in the visible Bedömning of an inpatient admission note")

C("d84-sk-eips-bild-som-vid-typo", "skane", P("1998-11-23", "062"), [
    N("n1", "sk_pakut_hbg", "Akutanteckning", "haddad", "2024-05-19 23:05", [
        ("Kontaktorsak", "Självskada, skärsår vä underarm efter bråk med pojkvän."),
        ("Anamnes", "Upprepade självskadehandlingar sedan 14 års ålder, många akutbesök. Snabba humörsvängningar, tomhetskänsla, instabila relationer."),
        ("Suicidriskbedömning", "Passiva dödstankar men inga konkreta planer. Tidigare ett överdosförsök 2021. Har en syster hon kan bo hos i natt."),
        ("Bedömning", "Bild som vid emotionelt instabil personlighetsstörning. Bedöms ej ha behov av heldygnsvård, ingen grund för LPT."),
        ("Planering", "Sårvård på akuten. Återbesök psykiatrisk öppenvård inom en vecka, DBT-team tillfrågas."),
    ]),
], must=["NL102"],
   why="'Bild som vid' EIPS (typo emotionelt) in visible Bedömning of an akut psychiatric note")

C("d84-sk-suicidrisk-sannolikt-lag-ej-diagnos", "skane", P("1972-06-30", "139"), [
    N("n1", "sk_pakut_kri", "Akutanteckning", "lindqvist", "2024-01-08 16:20", [
        ("Aktuellt", "Separerade från sin fru för tre veckor sedan, har sedan dess sovit dåligt och druckit mer. Söker efter att kollega övertalat honom."),
        ("Suicidriskbedömning", "Inga suicidtankar, inga tidigare försök. Skyddsfaktorer: två barn han träffar varannan helg, fast arbete. Suicidrisken bedöms sannolikt som låg i nuläget."),
        ("Diagnos", "Anpassningsstörning F43.2."),
        ("Planering", "Samtalskontakt via VC. Informerad om hur han söker akut vid försämring."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="hedge 'sannolikt' is on the level of suicide risk, not on a diagnosis; the only diagnosis is confirmed")

C("d84-sk-ev-lpt-konvertering-plan", "skane", P("1979-12-12", "375"), [
    N("n1", "sk_psykos_lund", "Daganteckning", "svensson", "2024-02-27 10:50", [
        ("Aktuellt", "Känd paranoid schizofreni sedan 2015, frivilligt inlagd sedan i fredags pga återinsjuknande efter utsatt depotinjektion. Ifrågasätter idag vården och vill gå hem."),
        ("Status", "Spänd, misstänksam mot personalen, tror att maten är förgiftad. Äter bara förpackade yoghurtar."),
        ("Planering", "Ev. konvertering till LPT om pat insisterar på att lämna avdelningen. Ny depå erbjuds i morgon."),
    ], signed=None),
], must_not=["NL102"],
   why="'Ev.' hedges a plan (conversion to compulsory care), the diagnosis itself is confirmed")

C("d84-sk-tidiga-hypoteser-mall-prodromal-schizofreni", "skane", P("2003-04-17", "214"), [
    N("n1", "sk_psyk_opv_lsk", "Tidiga hypoteser", "mattsson", "2024-03-14 15:10", [
        ("Bedömning", "Sammantaget misstänker jag prodromalfas av schizofreni: social tillbakadragenhet, funktionsfall i studierna och udda magiskt tänkande. För tidigt att kommunicera, pat är redan mycket misstänksam mot vården och risken för avbrott i kontakten bedöms stor."),
    ], setting="öppenvård"),
], must_not=["NL102", "NL101"],
   why="Skåne: hedged diagnosis and untold hypothesis sit in a note whose template is Tidiga hypoteser")

C("d84-sk-sokord-th-i-lakaranteckning-synlig", "skane", P("1990-08-05", "391"), [
    N("n1", "sk_avd_lund13", "Läkaranteckning", "persson", "2024-06-04 13:30", [
        ("Aktuellt", "Vecka två på avdelningen. Stämningsläget har växlat kraftigt, samtidigt kvarstår rösthöring mellan skoven."),
        ("Tidiga hypoteser", "Misstänkt schizoaffektivt syndrom, bör utredas vidare innan vi tar upp det med pat."),
    ]),
], must=["NL102"],
   why="Skåne protects by template, not sökord: 'Tidiga hypoteser' as a section keyword in a Läkaranteckning stays visible")

C("d84-sk-pmo-vc-misstankt-bipolar-typ2", "skane", P("1994-02-21", "170"), [
    N("n1", "sk_vc_eslov", "Besöksanteckning", "kowalski", "2024-09-09 09:20", [
        ("Anamnes", "Återkommande depressioner sedan gymnasiet. Beskriver också perioder av några dagar med mycket energi, lite sömn och många projekt som sedan rinner ut i sanden."),
        ("Bedömning", "Misstänkt bipolär sjukdom typ II. Sertralin ger troligen inte tillräckligt skydd."),
        ("Åtgärd", "Remiss till allmänpsykiatrisk mottagning för utredning."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="hedged bipolar diagnosis in a PMO vårdcentral note: PMO never shows diagnoses")

C("d84-sk-sannolikt-hypoaktivt-delirium-konsult", "skane", P("1938-10-09", "122"), [
    N("n1", "sk_konsult_lund", "Konsultationsanteckning", "holm", "2024-03-06 11:45", [
        ("Frågeställning från remittent", "Depression? Pat äter dåligt och ligger mest i sängen sedan operationen i förrgår."),
        ("Status", "Dåsig, somnar under samtalet. Fluktuerande uppmärksamhet, klarar ej räkna baklänges från 20. Desorienterad till tid och plats."),
        ("Bedömning", "Sannolikt hypoaktivt delirium utlöst av UVI och smärtlindring, snarare än depressiv episod. Antidepressiv behandling ej indicerad nu."),
        ("Rekommendation", "Behandla UVI, se över opioider och antikolinerga läkemedel. Undvik bensodiazepiner. Ny konsult vb."),
    ]),
], must=["NL102"],
   why="'Sannolikt hypoaktivt delirium' in the visible Bedömning of a psychiatric consultation")

C("d84-sk-delirium-uteslutes-cam-neg", "skane", P("1950-05-28", "245"), [
    N("n1", "sk_geripsyk", "Läkaranteckning", "ek", "2024-04-22 14:00", [
        ("Aktuellt", "Remitterad från geriatriken för nedstämdhet och viktnedgång 6 kg på två månader efter makens död."),
        ("Status", "Vaken och klar, orienterad x3. Sänkt grundstämning, gråter när maken nämns. CAM negativ."),
        ("Bedömning", "Delirium uteslutes. Depressiv episod, medelsvår, utan psykotiska symtom."),
        ("Planering", "Mirtazapin 15 mg tn. Kurator erbjuds sorgbearbetning."),
    ]),
], must_not=["NL102"],
   why="delirium is explicitly ruled out ('uteslutes'); the depression diagnosis is stated without hedge")

C("d84-sk-autoimmun-encefalit-kan-ej-uteslutas", "skane", P("1996-07-03", "426"), [
    N("n1", "sk_neuro_lund", "Konsultationsanteckning", "wallin", "2024-10-15 15:25", [
        ("Anamnes", "Tidigare frisk kvinna, inlagd på psykiatrisk akutavdelning med akut debuterande psykos sedan fem dagar. Personalen har noterat ofrivilliga munrörelser och en episod av kramper igår."),
        ("Neurologiskt status", "Orofaciala dyskinesier. Nedsatt kontaktbarhet. Ingen nackstelhet. Pupiller ua."),
        ("Bedömning", "Autoimmun encefalit kan ej uteslutas. Överflyttning till neurologen rekommenderas."),
        ("Åtgärd", "LP med celler, protein, oligoklonala band och NMDA-antikroppar i likvor. MR hjärna och EEG akut. Ultraljud ovarier."),
    ]),
], must=["NL102"],
   why="'kan ej uteslutas' on autoimmune encephalitis in a visible neurology consultation for a psychosis patient")

C("d84-sk-ingen-misstanke-encefalit-typo", "skane", P("1985-01-19", "337"), [
    N("n1", "sk_pakut_lund", "Läkaranteckning", "nilsson_at", "2024-08-21 20:10", [
        ("Aktuellt", "Känd bipolär sjukdom typ I. Sedan fyra dagar alltmer förvirrad enligt sambon, har slutat ta litium. Feber? Nej, afebril hela tiden."),
        ("Status", "Temp 36,8. Ingen nackstelhet, inga fokalneurologiska fynd. Talträngd, distraherbar."),
        ("Bedömning", "Ingen missanke om encefalit. Bilden är en manisk episod i känd bipolär sjukdom efter utsatt litium."),
    ]),
], must_not=["NL102"],
   why="negated encephalitis with typo 'missanke'; the mania is stated as a known diagnosis")

C("d84-sk-nl101-schizofreni-fastslagen-ej-informerad", "skane", P("1999-10-31", "153"), [
    N("n1", "sk_psykos_lund", "Läkaranteckning", "svensson", "2024-05-08 16:40", [
        ("Behandlingskonferens", "Genomgång med psykolog och ansvarig ssk av sex månaders förlopp, SCID och observationer från avdelningen."),
        ("Bedömning", "Kriterierna för paranoid schizofreni F20.0 är uppfyllda."),
        ("Information", "Pat ej informerad om diagnosen ännu. Överläkaren tar diagnossamtalet på torsdag tillsammans med pat:s kontaktperson."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="settled schizophrenia diagnosis in a visible note that says the patient is not yet informed")

C("d84-sk-nl101-bipolar-informerad", "skane", P("1983-09-07", "264"), [
    N("n1", "sk_affektiv_mlm", "Läkaranteckning", "nordin", "2024-07-17 13:05", [
        ("Diagnossamtal", "Samtal med pat och maken. Går igenom förloppet med två maniska och tre depressiva episoder. Pat informerad om diagnosen bipolär sjukdom typ I och vad den innebär för framtida behandling."),
        ("Pat:s reaktion", "Tar det med fattning, säger att hon länge anat att något var fel. Många frågor om graviditet och litium som vi besvarar."),
        ("Planering", "Skriftlig information om bipolär sjukdom lämnad. Psykopedagogisk grupp erbjuds efter utskrivning."),
    ]),
], must_not=["NL101", "NL102"],
   why="diagnosis visible and the patient has been told today")

C("d84-sk-nl101-hiv-positiv-ej-informerad", "skane", P("1976-04-04", "119"), [
    N("n1", "sk_avd_mlm88", "Läkaranteckning", "rahimi", "2024-11-12 10:35", [
        ("Aktuellt", "Inlagd sedan en vecka pga psykotiskt skov. Rutinprover vid inskrivning inkl. hiv, hepatit B och C efter pat:s samtycke."),
        ("Provsvar", "Hiv-1 antikropp/antigen positiv, verifierad med konfirmerande test. Hiv-infektion föreligger."),
        ("Information", "Pat ännu inte informerad om hiv-svaret. Infektionsläkare kommer i morgon förmiddag och vi informerar tillsammans när pat är mindre paranoid."),
    ], signed=None),
], must=["NL101"], must_not=["NL102"],
   why="confirmed HIV infection stands in a visible note that says the patient has not been told")

C("d84-sk-nl101-forvaltningsratt-datum-ej-informerad", "skane", P("1968-02-14", "390"), [
    N("n1", "sk_piva_mlm", "Läkaranteckning", "lund", "2024-03-19 09:40", [
        ("Aktuellt", "Vårdas enligt LPT sedan 12/3 för manisk episod med psykotiska symtom vid känd bipolär sjukdom typ I."),
        ("Status", "Fortsatt talträngd men går att avbryta. Sover 5 h med zopiklon."),
        ("Juridik", "Ansökan om fortsatt tvångsvård skickad till förvaltningsrätten. Pat ej informerad om datum för förhandlingen ännu, besked väntas från rätten."),
    ]),
], must_not=["NL101"],
   why="what has not been told is a court date, not a diagnosis")

C("d84-sk-ev-horselhallucinationer-symtom", "skane", P("1961-08-26", "176"), [
    N("n1", "sk_avd_kri", "Läkaranteckning", "lindqvist", "2024-09-24 11:15", [
        ("Aktuellt", "Inlagd för svår depressiv episod. Personalen rapporterar att hon stannar upp mitt i meningar och tittar mot dörren."),
        ("Status", "Psykomotoriskt hämmad, svarar kortfattat. Ev. hörselhallucinationer, stannar upp och lyssnar men förnekar röster när hon tillfrågas."),
        ("Planering", "Fortsatt observation av perceptionsstörningar. Nortriptylin-koncentration tas."),
    ]),
], must_not=["NL102"],
   why="'Ev.' hedges a symptom (hallucinations), not a diagnosis; the depressive episode is confirmed")

C("d84-sk-hereditet-mor-trolig-schizofreni", "skane", P("2000-03-11", "250"), [
    N("n1", "sk_pakut_mlm", "Akutanteckning", "jovanovic", "2024-06-15 02:55", [
        ("Hereditet", "Mor har troligen schizofreni men har aldrig velat utredas. Morbror tog sitt liv i 30-årsåldern."),
        ("Aktuellt", "Oro och sömnsvårigheter inför tenta. Rädd att bli som mamma."),
        ("Bedömning", "Inga psykotiska symtom. Insomni och ångest i stressituation."),
        ("Åtgärd", "Propiomazin 25 mg tn i några nätter. Studenthälsan."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="the hedged schizophrenia is the mother's (Hereditet); the patient's own findings are stated plainly")

C("d84-sk-misstankt-tyreotoxikos-mani", "skane", P("1992-12-01", "041"), [
    N("n1", "sk_pakut_lund", "Akutanteckning", "nilsson_at", "2024-07-02 22:30", [
        ("Aktuellt", "Tidigare psykiskt frisk. Sedan en månad rastlös, sömnlös, tappat 7 kg. Sista veckan pratat oavbrutet och spenderat sparpengarna."),
        ("Somatiskt status", "Puls 124 oregelbunden, finvågig tremor, varm fuktig hud. Struma palperas."),
        ("Lab", "TSH <0,01, fritt T4 61."),
        ("Bedömning", "Misstänkt tyreotoxikos som utlösande faktor till maniform bild. Behöver medicinsk vård i första hand."),
        ("Åtgärd", "Kontakt med medicinjouren, övertas till medicinakuten. Propranolol enligt medicinjour. EKG: förmaksflimmer."),
    ]),
], must=["NL102"],
   why="'Misstänkt tyreotoxikos' as the organic cause of a manic picture, visible in Bedömning")

C("d84-sk-bup-16-misstankt-depressiv-episod", "skane", P("2007-08-20", "283"), [
    N("n1", "sk_bup_akut", "Akutanteckning", "osman", "2024-10-03 17:45", [
        ("Kontaktorsak", "Kommer med mamma efter att ha skrivit till en kompis att hon inte orkar leva längre."),
        ("Samtal med pat enskilt", "Nedstämd sedan i våras, slutat träna, sover dåligt, skolfrånvaro. Har tänkt på att ta tabletter men har ingen plan och inga tabletter undanlagda."),
        ("Bedömning", "Misstänkt depressiv episod, medelsvår. Suicidtankar utan plan, bedöms kunna gå hem med tillsyn av föräldrar."),
        ("Planering", "Läkemedel i hemmet låses in, mamma informerad. Ny tid BUP-mottagning på måndag."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="16-year-old reads her own journal: 'Misstänkt depressiv episod' in visible Bedömning at BUP akut")

C("d84-sk-ev-wernickes-encefalopati", "skane", P("1964-05-16", "198"), [
    N("n1", "sk_beroende_mlm", "Inskrivningsanteckning", "kowalski", "2024-01-22 19:05", [
        ("Missbruk", "Dricker 1 flaska vodka/dag sedan flera år. Senaste drycken i morse. Äter dåligt."),
        ("Status", "Bredspårig ostadig gång. Nystagmus vid sidoblick bilat. Osäker på vilket datum det är."),
        ("Bedömning", "Ev. Wernickes encefalopati."),
        ("Ordination", "Tiamin 500 mg iv x 3 i tre dagar före glukosinfusion. Oxazepam enligt CIWA-schema."),
    ]),
], must=["NL102"],
   why="'Ev. Wernickes encefalopati' in a visible admission note at the detox unit")

C("d84-sk-talar-for-delirium-tremens-typo", "skane", P("1959-11-04", "312"), [
    N("n1", "sk_med_ystad", "Läkaranteckning", "sandberg", "2024-12-07 04:20", [
        ("Aktuellt", "Inlagd igår för pneumoni. Alkoholöverkonsumtion enligt fru. Nattssk larmar för att pat plockar i luften och försöker dra ut PVK."),
        ("Status", "Svettig, takykard 118, grovvågig tremor. Ser insekter på väggen. Desorienterad."),
        ("Bedömning", "Talar för begynnande delirum tremens."),
        ("Åtgärd", "Diazepam 10 mg iv, upprepas. Tiamin iv. Psykiatrikonsult i morgon."),
    ]),
], must=["NL102"],
   why="'Talar för' on delirium tremens (typo delirum) in a visible medicine note")

C("d84-sk-epikris-bidiagnos-misstankt-alkoholberoende", "skane", P("1981-06-08", "226"), [
    N("n1", "sk_avd_hbg", "Epikris", "haddad", "2024-11-29 15:50", [
        ("Vårdtid", "2024-11-14 – 2024-11-29, frivillig vård."),
        ("Diagnoser", "Huvuddiagnos: Svår depressiv episod utan psykotiska symtom F32.2. Bidiagnos: misstänkt alkoholberoende."),
        ("Förlopp", "Inkom efter överdos av egen medicin. God effekt av escitalopram 20 mg, sömn och aptit förbättrade. AUDIT 24 p. Inga självskadetankar sista veckan."),
        ("Uppföljning", "Öppenvårdsmottagning Helsingborg om en vecka. Remiss till beroendemottagning för vidare bedömning av alkoholbruket."),
    ]),
], must=["NL102"],
   why="secondary diagnosis 'misstänkt alkoholberoende' in a visible discharge summary")

C("d84-sk-pmo-hemsjukvard-trol-demens", "skane", P("1936-02-29", "084"), [
    N("n1", "sk_hsv_ystad", "Omvårdnadsanteckning", "karlsson_ssk", "2024-02-12 13:10", [
        ("Omvårdnad", "Hembesök. Pat förvirrad, visste inte vilken dag det var och hade glömt att äta sina mediciner sedan i fredags. Trol. demensutveckling, dottern orolig."),
        ("Åtgärd", "Dosett iordningställd. Kontaktar dr på VC för bedömning, även urinsticka tas."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="hedged dementia in a PMO home-care note: PMO never shows diagnoses")

C("d84-sk-eventuellt-ect-plan", "skane", P("1955-09-13", "266"), [
    N("n1", "sk_affektiv_mlm", "Läkaranteckning", "ahlgren", "2024-08-06 12:20", [
        ("Aktuellt", "Fjärde veckan på venlafaxin 225 mg, ingen påtaglig förbättring. Äter och dricker knappt. Nihilistiska vanföreställningar om att inälvorna ruttnar."),
        ("Bedömning", "Svår depressiv episod med psykotiska symtom, behandlingsrefraktär."),
        ("Planering", "Eventuellt ECT om ingen förbättring på fredag, pat och dotter informeras om metoden. Vikt dagligen."),
    ]),
], must_not=["NL102"],
   why="'Eventuellt' hedges the plan (ECT); the diagnosis is stated as confirmed")
# ---------------------------------------------------------------- chunk 2: VGR
C("d84-vg-missankt-manisk-episod-typo", "vgr", P("1995-05-05", "318"), [
    N("n1", "vg_pakut_su", "Akutjournal", "strand", "2024-03-23 03:10", [
        ("Kontaktorsak", "Ambulans efter att pat stått och predikat i spårvagn, vägrat gå av vid ändhållplatsen."),
        ("Psykiskt status", "Förhöjd stämning, distanslös, kramar personalen. Snabbt tal, hoppar mellan ämnen. Säger sig ha fått ett uppdrag från Gud."),
        ("Bedömning", "Missänkt manisk episod, första gången. Tox och somatisk genomgång innan ställningstagande till vårdform."),
    ]),
], must=["NL102"],
   why="typo 'Missänkt' on a manic episode in the visible Bedömning")

C("d84-vg-lab-forenligt-med-hypertyreos", "vgr", P("1988-01-27", "405"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "jovanovic", "2024-04-03 10:25", [
        ("Lab", "TSH <0,01 mIE/L, fT4 48 pmol/L, fT3 14."),
        ("Bedömning", "Provsvaren förenliga med hypertyreos, vilket kan bidra till hypomana symtom och sömnlöshet. Endokrinkonsult begärd."),
        ("Planering", "Propranolol 20 mg x 3 i väntan på konsult. Avvaktar med höjning av valproat."),
    ]),
], must=["NL102"],
   why="'förenliga med hypertyreos' (organic cause) in the visible Bedömning of an affective ward note")

C("d84-vg-sokord-th-skyddar-schizofrenimisstanke", "vgr", P("2002-10-22", "137"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "wallin", "2024-05-14 14:30", [
        ("Aktuellt", "Dag 10 inneliggande. Sover bättre på aripiprazol, äter med övriga på avdelningen."),
        ("Status", "Lugn, följsam, men fortfarande bisarra föreställningar om att grannarna läser hans tankar via wifi."),
        ("Tidiga hypoteser", "Trolig schizofreni, paranoid form, men sjukdomsdurationen är ännu för kort för att ställa diagnos och pat är inte mottaglig för ett sådant besked nu."),
        ("Planering", "Fortsatt aripiprazol 15 mg. Anhörigsamtal med föräldrar nästa vecka."),
    ]),
], must_not=["NL102"],
   why="VGR: the hedged schizophrenia stands only under the sökord Tidiga hypoteser; the visible sections hold symptoms only")

C("d84-vg-th-mall-men-sokord-bedomning-synlig", "vgr", P("1980-12-18", "251"), [
    N("n1", "vg_avd_nal", "Tidiga hypoteser", "rahimi", "2024-06-20 11:00", [
        ("Bedömning", "Möjlig vanföreställningssyndrom med svartsjukeinnehåll. Avvaktar komparentuppgifter innan något sägs till pat."),
    ]),
], must=["NL102"],
   why="VGR protects by sökord, not template: template 'Tidiga hypoteser' with sökord Bedömning leaves the hedge visible")

C("d84-vg-th-sokord-men-bedomning-upprepar", "vgr", P("1997-07-07", "099"), [
    N("n1", "vg_pakut_nal", "Akutjournal", "persson", "2024-07-28 21:35", [
        ("Aktuellt", "Inkommer med mamma. Har låst in sig på rummet i tre veckor, slutat äta middag med familjen."),
        ("Tidiga hypoteser", "Misstänkt debuterande schizofreni."),
        ("Bedömning", "Psykotisk bild, trolig schizofreni under debut. Inläggning frivilligt avd 52."),
    ]),
], must=["NL102"],
   why="the hypothesis is put under Tidiga hypoteser but repeated hedged in the visible Bedömning")

C("d84-vg-tankbar-postpartumpsykos", "vgr", P("1993-03-09", "128"), [
    N("n1", "vg_pakut_boras", "Akutjournal", "berg", "2024-08-12 06:15", [
        ("Anamnes", "Förlöst för 9 dagar sedan, första barnet. Maken beskriver att hon sedan i förrgår är sömnlös, förvirrad och säger att barnet är utbytt."),
        ("Status", "Växlande kontakt, perplex. Stundtals orienterad, stundtals inte. Afebril."),
        ("Bedömning", "Tänkbar postpartumpsykos. Behöver heldygnsvård, mor-barn-plats efterfrågas. Organisk genes ska utredas parallellt."),
        ("Åtgärd", "Blodstatus, CRP, elektrolyter, Ca, TSH, glukos. Barnmorska kontaktad."),
    ]),
], must=["NL102"],
   why="'Tänkbar postpartumpsykos' in the visible Bedömning")

C("d84-vg-kan-rora-sig-om-serotonergt-syndrom", "vgr", P("1984-11-11", "444"), [
    N("n1", "vg_akm_su", "Akutjournal", "bakir", "2024-09-01 18:50", [
        ("Aktuellt", "Stod på sertralin 100 mg, igår insatt tramadol av tandläkare. Sedan i morse orolig, svettig, diarré."),
        ("Status", "Temp 38,4, puls 120. Hyperreflexi och inducerbar klonus i fotlederna bilat. Mydriasis."),
        ("Bedömning", "Kan röra sig om serotonergt syndrom. Sertralin och tramadol sätts ut."),
        ("Åtgärd", "Iv vätska, kyla, diazepam vb. Övervakning på akutvårdsavdelning."),
    ], signed=None),
], must=["NL102"],
   why="'Kan röra sig om serotonergt syndrom' in a visible emergency note")

C("d84-vg-oklart-om-malignt-neuroleptikasyndrom", "vgr", P("1970-04-24", "276"), [
    N("n1", "vg_psyk_skovde", "Läkaranteckning", "holm", "2024-10-09 08:40", [
        ("Aktuellt", "Haloperidol höjdes i fredags. Sedan igår stel, svårt att svälja, svettas kraftigt."),
        ("Status", "Temp 38,9. Uttalad blyrörsrigiditet. Fluktuerande medvetandegrad. BT 168/102."),
        ("Lab", "CK 4300, CRP 12, LPK 14."),
        ("Bedömning", "Oklart om det rör sig om malignt neuroleptikasyndrom eller en infektion med katatona inslag. Haloperidol sätts ut omgående."),
        ("Åtgärd", "Överflyttas till medicin-IVA. Blododlingar, urinodling."),
    ]),
], must=["NL102"],
   why="'Oklart om det rör sig om' malignant neuroleptic syndrome, visible Bedömning")

C("d84-vg-talar-emot-malignt-neuroleptikasyndrom", "vgr", P("1966-09-02", "193"), [
    N("n1", "vg_avd_boras", "Läkaranteckning", "osman", "2024-10-21 13:55", [
        ("Aktuellt", "Ssk rapporterar att pat var varm och svettig i natt efter ny dos zuklopentixol."),
        ("Status", "Temp 37,3. Ingen rigiditet, följsam i alla leder. Klar och orienterad."),
        ("Lab", "CK 140, CRP <5."),
        ("Bedömning", "Normalt CK och avsaknad av rigiditet talar emot malignt neuroleptikasyndrom. Sannolikt varmt rum, byte till rum med fläkt."),
    ], signed=None),
], must_not=["NL102"],
   why="malignant neuroleptic syndrome is argued against ('talar emot'); 'Sannolikt' hedges a non-diagnostic cause (warm room)")

C("d84-vg-lpt-intagning-sannolikt-schizofreni-lang", "vgr", P("1991-02-06", "359"), [
    N("n1", "vg_psykos_su", "Intagningsanteckning", "ek", "2024-01-30 19:20", [
        ("Kontaktorsak", "Vårdintyg utfärdat på psykiatrisk akutmottagning 16.40 av dr Strand. Pat förd till avd 202 med polishandräckning."),
        ("Anamnes", "Sedan 2022 två kortare vårdtillfällen för psykotiska symtom, båda gångerna avbrutna på pat:s begäran. Slutade med risperidon i oktober. Sedan jul isolerat sig i lägenheten, hyresvärd larmat om stank och vattenläcka."),
        ("Socialt", "Ensamstående, sjukersättning. Kontakt med en syster i Kungsbacka, föräldrarna avlidna. Ingen god man."),
        ("Missbruk", "Förnekar alkohol och droger. Tox-screen på akuten negativ."),
        ("Psykiskt status", "Ovårdad, lukter urin. Vaken, orienterad till person och plats. Misstänksam, svarar undvikande. Talar om att grannarna planterat sändare i väggarna och att han därför inte kan öppna kranar. Affektivt avflackad. Inga suicidtankar uppges."),
        ("Somatiskt status", "AT nedsatt, mager. Hjärta: RR 88. Lungor ua. BT 112/70. Inga fokalneurologiska bortfall."),
        ("Bedömning", "Sannolikt schizofreni, paranoid form, med återinsjuknande efter utsatt medicinering. Bedöms lida av en allvarlig psykisk störning med oundgängligt behov av heldygnsvård som inte kan tillgodoses frivilligt, då pat motsätter sig vård. Intagning enligt LPT beslutad."),
        ("Planering", "Risperidon erbjuds peroralt, vid vägran ställningstagande till behandling utan samtycke. Blodstatus, elstatus, lever, glukos, lipider. Kontakt med syster efter samtycke."),
    ]),
], must=["NL102"], must_not=["NL101"],
   why="long LPT intake: one hedged diagnosis 'Sannolikt schizofreni' among confirmed legal criteria; nothing said about telling")

C("d84-vg-nl101-mr-forenligt-ms-ej-informerad", "vgr", P("1990-06-19", "162"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "wallin", "2024-02-22 15:05", [
        ("Utredning", "Som del av förstagångspsykosutredningen gjordes MR hjärna 20/2."),
        ("Resultat", "Multipla periventrikulära och juxtakortikala T2-lesioner, förenliga med MS. Neurolog kontaktad, bedömer att LP bör göras."),
        ("Information", "Pat ej informerad om MR-fyndet. Vi väntar in neurologens besök så att frågor kan besvaras direkt."),
    ]),
], must=["NL101", "NL102"],
   why="MR 'förenliga med MS' visible while the note says the patient has not been told")

C("d84-vg-nl101-informerad-om-misstanke-bipolar-typ2", "vgr", P("1986-08-31", "204"), [
    N("n1", "vg_opv_kungalv", "Läkaranteckning", "mattsson", "2024-03-04 14:40", [
        ("Aktuellt", "Utskriven från avd 345 förra veckan efter depressiv episod. Stämningsdagbok från de senaste åren visar korta perioder med förhöjd energi."),
        ("Bedömning", "Misstänkt bipolär sjukdom typ II, ej tidigare diagnostiserad."),
        ("Information", "Pat informerad om misstanken och att utredningen fortsätter här på mottagningen med strukturerad intervju."),
    ], setting="öppenvård"),
], must=["NL102"], must_not=["NL101"],
   why="hedged diagnosis visible (NL102) but the patient has been told of the suspicion, so no NL101")

C("d84-vg-nl101-pat-ej-informerat-arbetsgivaren", "vgr", P("1975-10-15", "118"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "jovanovic", "2024-04-25 11:30", [
        ("Aktuellt", "Bipolär sjukdom typ I sedan 2010, stabil på litium fram till i våras. Nu på avdelningen för depressiv episod."),
        ("Socialt", "Arbetar som lärare. Pat har ej informerat arbetsgivaren om sin bipolära sjukdom och vill inte att sjukintyget anger diagnosen."),
        ("Planering", "Sjukintyg med funktionsnedsättning beskriven utan diagnoskod enligt pat:s önskan, diskuteras med FK-samordnare."),
    ]),
], must_not=["NL101"],
   why="hard negative: it is the patient who has not told the employer; the patient knows the diagnosis")

C("d84-vg-nl101-graves-ej-informerad", "vgr", P("1982-03-16", "321"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "strand", "2024-04-10 16:15", [
        ("Provsvar", "TRAK 12 IE/L. Tillsammans med tidigare TSH och fT4 bekräftar det Graves sjukdom."),
        ("Information", "Pat har ännu inte informerats, låg till sängs och orkade inte samtala på eftermiddagen. Tas upp på morgonronden."),
        ("Planering", "Tiamazol enligt endokrinolog. Propranolol fortsätter."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="confirmed Graves disease visible while the patient has not been informed")

C("d84-vg-trolig-utskrivning-fredag", "vgr", P("1958-12-24", "067"), [
    N("n1", "vg_avd_nal", "Läkaranteckning", "rahimi", "2024-05-29 10:10", [
        ("Aktuellt", "Recidiverande depression, nu i tydlig förbättring efter sex ECT. Äter, går promenader med personal."),
        ("Planering", "Trolig utskrivning på fredag. Uppföljande ECT i öppenvård diskuteras med ECT-enheten. Permission torsdag-fredag."),
    ]),
], must_not=["NL102"],
   why="'Trolig' hedges the discharge date, not a diagnosis")

C("d84-vg-diagnosfalt-schizofreni-fragetecken", "vgr", P("1999-01-02", "147"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "ek", "2024-06-07 09:35", [
        ("Diagnos", "F20.9 Schizofreni?"),
        ("Bedömning", "Psykotiska symtom i åtta månader, negativsymtom dominerar. Utesluter organisk genes innan diagnos fastställs."),
        ("Planering", "MR hjärna, EEG, neuropsykologisk testning."),
    ]),
], must=["NL102"],
   why="a question mark after the diagnosis in the visible Diagnos section")

C("d84-vg-sannolkit-postiktal-psykos-typo", "vgr", P("1978-07-21", "238"), [
    N("n1", "vg_neuro_su", "Läkaranteckning", "sandberg", "2024-07-11 13:45", [
        ("Anamnes", "Känd temporallobsepilepsi. Kluster av tre GTK i förrgår, sedan ett dygns klart intervall. Igår kväll plötsligt rädd, hörde röster och trodde att personalen ville döda honom."),
        ("Bedömning", "Sannolkit postiktal psykos. Förväntas gå i regress inom dagar."),
        ("Åtgärd", "Lorazepam 1 mg x 2, låg dos risperidon. Psykiatrikonsult. EEG."),
    ]),
], must=["NL102"],
   why="typo 'Sannolkit' on postictal psychosis in visible neurology Bedömning")

C("d84-vg-fragestallning-adhd-remiss", "vgr", P("2004-02-12", "330"), [
    N("n1", "vg_opv_kungalv", "Läkaranteckning", "nordin", "2024-08-15 10:05", [
        ("Aktuellt", "Återbesök efter utskrivning från heldygnsvård för självskada. Berättar om livslång rastlöshet, impulsivitet och koncentrationssvårigheter, hoppade av två gymnasieprogram."),
        ("Bedömning", "Frågeställning ADHD."),
        ("Åtgärd", "Remiss till neuropsykiatriska utredningsteamet. Skattningsskalor skickas hem till föräldrarna för barndomsanamnes."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="'Frågeställning ADHD' is an open diagnostic question in the visible Bedömning")

C("d84-vg-adhd-misstankt-tidigare-kriterier-ej-uppfyllda", "vgr", P("1996-04-29", "186"), [
    N("n1", "vg_pakut_su", "Akutjournal", "berg", "2024-08-27 23:30", [
        ("Tidigare", "Remitterades 2020 pga misstänkt ADHD, men utredningen visade att kriterierna inte var uppfyllda. Ingen psykiatrisk diagnos."),
        ("Aktuellt", "Panikattack på nattklubb, hjärtklappning och dödsskräck. Lugn nu."),
        ("Bedömning", "Panikattack, inga tecken på somatisk orsak. Hem."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="the old suspicion of ADHD is reported as ruled out by the investigation; today's finding is plain")

C("d84-vg-hereditet-bror-sannolik-bipolar", "vgr", P("1989-09-25", "291"), [
    N("n1", "vg_affektiv_su", "Inskrivning", "mattsson", "2024-09-18 15:20", [
        ("Hereditet", "Bror med sannolik bipolär sjukdom, vårdad på SU 2015 men aldrig fått diagnos. Far alkoholmissbruk."),
        ("Aktuellt", "Recidiverande depressiv sjukdom, nu svår episod. Inlagd frivilligt efter sex veckor med sömnlöshet och viktnedgång."),
        ("Planering", "Fortsatt sertralin, tillägg av quetiapin till natten."),
    ]),
], must_not=["NL102"],
   why="the hedged bipolar disorder belongs to the brother (Hereditet)")

C("d84-vg-hsv-encefalit-har-uteslutits", "vgr", P("1973-01-14", "372"), [
    N("n1", "vg_infek_su", "Läkaranteckning", "bakir", "2024-10-02 12:05", [
        ("Aktuellt", "Överflyttad från psykiatriska akuten med akut förvirring och feber."),
        ("Utredning", "LP: celler 2, protein normalt, HSV-PCR negativ. MR hjärna utan patologi."),
        ("Bedömning", "HSV-encefalit har uteslutits. Aciklovir sätts ut. Feberorsak: pyelonefrit, odlingssvar E. coli."),
    ]),
], must_not=["NL102"],
   why="encephalitis ruled out ('har uteslutits'); the explaining diagnosis is confirmed by culture")

C("d84-vg-misstankt-hepatisk-encefalopati", "vgr", P("1962-06-06", "115"), [
    N("n1", "vg_med_alingsas", "Läkaranteckning", "lund", "2024-11-05 09:15", [
        ("Aktuellt", "Känd levercirros. Psykiatrin konsulterad för förvirring och aggressivitet men vill att vi utreder först."),
        ("Status", "Flapping tremor. Ikterisk. Sömnig dagtid, orolig nattetid."),
        ("Bedömning", "Misstänkt hepatisk encefalopati grad 2."),
        ("Ordination", "Laktulos till 2-3 mjuka avföringar/dag. Rifaximin. Ammoniak tas."),
    ]),
], must=["NL102"],
   why="'Misstänkt hepatisk encefalopati' as organic cause of agitation, visible Bedömning")

C("d84-vg-nl101-informerad-foraldrar-ej", "vgr", P("2005-12-03", "247"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "holm", "2024-11-19 14:25", [
        ("Samtal", "Enskilt samtal med pat, 18 år. Pat informerad om diagnosen bulimia nervosa och om behandlingsupplägget på ätstörningsenheten."),
        ("Anhöriga", "Pat vill inte att föräldrarna informeras om diagnosen, vilket vi respekterar. Föräldrarna vet bara att hon är inlagd för nedstämdhet."),
    ]),
], must_not=["NL101"],
   why="the patient has been told; only the parents are not informed")

C("d84-vg-nl101-mr-ua-ej-meddelat", "vgr", P("1987-05-10", "209"), [
    N("n1", "vg_psyk_skovde", "Läkaranteckning", "osman", "2024-12-04 15:40", [
        ("Aktuellt", "Schizofreni sedan 2017. Nya huvudvärksepisoder, därför MR hjärna i förrgår."),
        ("Provsvar", "MR hjärna utan anmärkning. Pat ej informerad om svaret ännu, hade permission över dagen."),
    ], signed=None),
], must_not=["NL101"],
   why="what is not yet told is a normal MR result, not a diagnosis")

C("d84-vg-nl101-syfilis-positiv-misstankt-neurosyfilis", "vgr", P("1957-08-18", "353"), [
    N("n1", "vg_geripsyk_molndal", "Läkaranteckning", "strand", "2024-12-10 11:20", [
        ("Bakgrund", "Utreds för kognitiv svikt och personlighetsförändring sedan ett år, inlagd efter uppträdande på offentlig plats."),
        ("Provsvar", "Treponema-serologi positiv, TPPA pos, RPR 1:32."),
        ("Bedömning", "Misstänkt neurosyfilis, LP planeras."),
        ("Information", "Pat ej informerad. Sonen önskar närvara vid beskedet, samtal bokat fredag."),
    ]),
], must=["NL101", "NL102"],
   why="suspected neurosyphilis visible in Bedömning while the patient has not been informed")
# ---------------------------------------------------------------- chunk 3: mixed
C("d84-sk-nl101-diagnos-undanhallen-sedan-besked", "skane", P("1993-10-26", "274"), [
    N("n1", "sk_avd_lund13", "Läkaranteckning", "persson", "2024-02-14 15:30", [
        ("Bedömning", "Efter komplett utredning inkl. hypomaniskattning och komparentintervju med sambon uppfyller pat kriterierna för bipolär sjukdom typ I."),
        ("Information", "Har inte berättat diagnosen för pat ännu. Sambon önskar vara med och kan först i morgon."),
    ]),
    N("n2", "sk_avd_lund13", "Läkaranteckning", "persson", "2024-02-15 11:10", [
        ("Samtal", "Diagnosbesked givet till pat med sambon närvarande: bipolär sjukdom typ I. Pat gråter först men säger sedan att det känns skönt att det finns en förklaring."),
        ("Planering", "Litiumstart efter kreatininclearance. Broschyr från Balans lämnad."),
    ]),
], must=["NL101@n1"], must_not=["NL101@n2"],
   why="day 1 withholds a settled diagnosis in a visible note (NL101); day 2 gives the diagnosis, so n2 is clean")

C("d84-vg-th-hypotes-sedan-faststalld-synlig", "vgr", P("1984-02-02", "190"), [
    N("n1", "vg_rattspsyk", "Läkaranteckning", "kowalski", "2024-03-05 13:20", [
        ("Aktuellt", "Observation fortsätter. Sover oregelbundet, läser mycket, kontakt med medpatienter är sparsam."),
        ("Tidiga hypoteser", "Misstänkt autismspektrumtillstånd med tillkommande psykotiska episoder, kräver testning innan vi diskuterar det."),
    ]),
    N("n2", "vg_rattspsyk", "Läkaranteckning", "kowalski", "2024-04-16 14:00", [
        ("Bedömning", "Neuropsykologisk utredning klar: autismspektrumtillstånd F84.5 fastställt."),
        ("Information", "Resultatet återkopplat till pat av psykolog och mig gemensamt, pat fick behålla den skriftliga sammanfattningen."),
    ]),
], must_not=["NL102@n1", "NL102@n2", "NL101@n2"],
   why="VGR: the hypothesis sat under sökord Tidiga hypoteser and is written visibly only once settled and told")

C("d84-sk-misstankt-korsakofs-syndrom-typo", "skane", P("1958-04-12", "345"), [
    N("n1", "sk_beroende_mlm", "Läkaranteckning", "kowalski", "2024-03-27 10:45", [
        ("Aktuellt", "Dag 8 efter avgiftning. Abstinensen över, men pat konfabulerar, vet inte varför han är här och minns inte personalens namn."),
        ("Status", "MMSE 21/30 med uttalad nedsättning av närminne. Orienterad till person."),
        ("Bedömning", "Misstänkt Korsakofs syndrom efter Wernicke. Fortsatt tiamin."),
        ("Planering", "Neuropsykologisk bedömning, arbetsterapeut för ADL-bedömning. Biståndshandläggare kontaktas om boende."),
    ]),
], must=["NL102"],
   why="'Misstänkt Korsakofs syndrom' (typo Korsakofs) in visible Bedömning at the detox ward")

C("d84-sk-misstankt-litiumintoxikation", "skane", P("1949-07-29", "161"), [
    N("n1", "sk_akm_mlm", "Akutanteckning", "jovanovic", "2024-04-29 15:35", [
        ("Aktuellt", "Litiumbehandlad bipolär sjukdom sedan 30 år. Gastroenterit med diarré i fem dagar. Nu ostadig, grovvågig darrning, sluddrigt tal."),
        ("Status", "Ataxi, grov tremor, hyperreflexi. Torra slemhinnor."),
        ("Bedömning", "Misstänkt litiumintoxikation i samband med dehydrering."),
        ("Åtgärd", "S-litium, kreatinin, elstatus akut. Litium pausas. NaCl iv. Ev. dialys diskuteras med njurjour om högt värde."),
    ]),
], must=["NL102"],
   why="'Misstänkt litiumintoxikation' visible in the emergency note")

C("d84-vg-mojligen-ghb-intoxikation", "vgr", P("2000-11-30", "226"), [
    N("n1", "vg_akm_su", "Akutjournal", "nilsson_at", "2024-05-25 04:40", [
        ("Kontaktorsak", "Hittad medvetslös på fest enligt ambulansen, vaknade plötsligt i ambulansen och blev kraftigt orolig."),
        ("Status", "GCS 14, bradykard 48, myoklonier. Vaknar och somnar om växelvis."),
        ("Bedömning", "Möjligen GHB-intoxikation. Övervakning 6 h."),
        ("Planering", "Psykiatrisk bedömning när nykter med tanke på ev. avsiktlig överdos och tidigare kontakt med beroendemottagning."),
    ]),
], must=["NL102"],
   why="'Möjligen GHB-intoxikation' in a visible emergency note")

C("d84-sk-susp-anti-nmda-receptorencefalit", "skane", P("2002-01-25", "044"), [
    N("n1", "sk_psykos_lund", "Läkaranteckning", "mattsson", "2024-06-11 16:05", [
        ("Aktuellt", "Inkom för ett dygn sedan med akut psykos utan tidigare psykiatrisk historia. Har sedan inkomsten haft två krampanfall och blivit alltmer mutistisk."),
        ("Bedömning", "Susp. anti-NMDA-receptorencefalit. Antipsykotika pausas pga risk för malignt neuroleptikasyndrom."),
        ("Åtgärd", "Neurolog på plats, överflyttas till neurologen ikväll för LP och MR."),
    ]),
], must=["NL102"],
   why="'Susp.' anti-NMDA encephalitis in a visible psychiatric ward note")

C("d84-vg-eventuell-dissociativ-storning", "vgr", P("1997-12-09", "381"), [
    N("n1", "vg_pakut_nal", "Akutjournal", "wallin", "2024-06-23 01:50", [
        ("Anamnes", "Kollegor hittade pat sittande på ett tåg till Oslo utan att hon kunde förklara hur hon hamnat där. Minns inte de senaste två dygnen. Genomgått traumatiska händelser i hemlandet."),
        ("Status", "Lugn, vaken, orienterad till person. Amnesi för de senaste 48 h. Neurologiskt ua."),
        ("Bedömning", "Eventuell dissociativ störning (fugue), men organisk orsak måste uteslutas först."),
        ("Åtgärd", "DT hjärna, EEG, tox."),
    ]),
], must=["NL102"],
   why="'Eventuell dissociativ störning' in a visible Bedömning")

C("d84-sk-inger-misstanke-frontotemporal-demens", "skane", P("1960-03-18", "197"), [
    N("n1", "sk_geripsyk", "Läkaranteckning", "ek", "2024-07-09 10:30", [
        ("Anamnes", "Maken beskriver två års personlighetsförändring: ohämmad, äter stora mängder godis, har snattat i butiker. Tidigare förskollärare utan psykiatrisk historia."),
        ("Status", "Distanslös, skrattar omotiverat. Perseverationer. MMSE 27."),
        ("Bedömning", "Klinisk bild inger misstanke om frontotemporal demens, beteendevariant, snarare än sen debut av bipolär sjukdom."),
        ("Planering", "MR hjärna, FDG-PET, neuropsykologisk utredning. Remiss minnesmottagningen."),
    ]),
], must=["NL102"],
   why="'inger misstanke om frontotemporal demens' in the visible Bedömning")

C("d84-vg-troligen-blandepisod", "vgr", P("1979-05-03", "250"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "nordin", "2024-07-19 13:00", [
        ("Aktuellt", "Känd bipolär sjukdom typ I sedan 2012. Nedstämd och gråtmild samtidigt som hon är rastlös, talträngd och sover 3 h per natt."),
        ("Bedömning", "Troligen rör det sig om en blandepisod. Hög suicidrisk under sådana tillstånd, observationsgrad 2."),
        ("Planering", "Sertralin sätts ut. Litiumnivå kontrolleras, quetiapin höjs."),
    ]),
], must=["NL102"],
   why="'Troligen rör det sig om en blandepisod' in the visible Bedömning")

C("d84-sk-tyreoideasjukdom-kan-uteslutas", "skane", P("1971-10-01", "052"), [
    N("n1", "sk_avd_kri", "Läkaranteckning", "lindqvist", "2024-08-13 14:15", [
        ("Aktuellt", "Sköldkörtelprover tagna pga ångest och viktnedgång 5 kg."),
        ("Provsvar", "TSH 1,9, fT4 15, TPO-ak negativa."),
        ("Bedömning", "Tyreoideasjukdom kan uteslutas. Generaliserat ångestsyndrom F41.1 kvarstår som förklaring."),
    ]),
], must_not=["NL102"],
   why="hard negative: 'kan uteslutas' (without ej) rules thyroid disease out; GAD is stated plainly")

C("d84-vg-om-feber-nackstelhet-villkorat", "vgr", P("1968-06-14", "333"), [
    N("n1", "vg_psyk_skovde", "Läkaranteckning", "holm", "2024-08-30 19:10", [
        ("Aktuellt", "Akut förvirring hos pat med känd schizofreni, nu klar efter vätska. Temp 37,1, ingen nackstelhet."),
        ("Ordination till nattpersonal", "Om feber, nackstelhet eller sjunkande vakenhet under natten: ring psykiatrijour som kontaktar neurojour för ställningstagande till LP."),
    ]),
], must_not=["NL102"],
   why="a conditional instruction to night staff is no hypothesis; no hedged diagnosis")

C("d84-sk-pats-fraga-kan-jag-ga-hem", "skane", P("1986-04-07", "210"), [
    N("n1", "sk_avd_mlm88", "Omvårdnadsanteckning", "hussein_ssk", "2024-09-07 20:35", [
        ("Omvårdnad", "Pat frågade flera gånger under kvällen: kan jag gå hem imorgon? Informerad om att läkaren tar ställning på ronden. Åt kvällsmat och tog sin medicin."),
        ("Sömn", "Lade sig 22.30, sov vid tillsyn 23 och 01."),
    ]),
], must_not=["NL102"],
   why="the only '?' is in the patient's question about going home, not a diagnosis")

C("d84-vg-mojlig-ptsd-efter-olycka", "vgr", P("1983-08-08", "127"), [
    N("n1", "vg_pakut_boras", "Akutjournal", "berg", "2024-09-14 22:15", [
        ("Aktuellt", "Lastbilschaufför som för fyra månader sedan var med om en dödsolycka på riksväg 40. Sedan dess mardrömmar, undviker att köra, lättskrämd. Ikväll druckit för att kunna sova."),
        ("Bedömning", "Möjlig PTSD. Ej akut suicidal, har stöd av sambo."),
        ("Planering", "Remiss till traumaenheten. Sömnmedicin i väntan på kontakt."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="'Möjlig PTSD' in visible Bedömning")

C("d84-sk-bild-forenlig-med-akut-stressreaktion", "skane", P("1990-01-29", "311"), [
    N("n1", "sk_pakut_hbg", "Akutanteckning", "sandberg", "2024-09-28 17:00", [
        ("Aktuellt", "Söker efter att ha blivit rånad med kniv utanför jobbet igår kväll. Skakig, har inte sovit, ser händelsen framför sig hela tiden."),
        ("Bedömning", "Bilden är förenlig med akut stressreaktion. Inga suicidtankar."),
        ("Åtgärd", "Krisstöd via kurator, sjukskriven en vecka. Informerad om normala reaktioner."),
    ], setting="öppenvård", signed=None),
], must=["NL102"],
   why="'förenlig med akut stressreaktion' in visible Bedömning")

C("d84-sk-pmo-ungdomsmottagning-misstankt-atstorning", "skane", P("2007-01-22", "068"), [
    N("n1", "sk_um_lund", "Besöksanteckning", "dahl_ssk", "2024-10-10 15:45", [
        ("Aktuellt", "17-åring som söker för yrsel. Har gått ner 8 kg sedan sommaren, tränar två gånger om dagen, äter inte lunch."),
        ("Bedömning", "Misstänkt ätstörning, anorexia nervosa kan inte uteslutas."),
        ("Åtgärd", "Kontakt med läkare här, remiss till ätstörningsenheten BUP diskuteras med pat."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="hedged eating disorder in a PMO youth-clinic note: PMO never shows diagnoses")

C("d84-sk-pmo-vc-susp-hypotyreos-efter-psykakut", "skane", P("1965-12-19", "255"), [
    N("n1", "sk_vc_hoor", "Besöksanteckning", "svensson", "2024-10-24 08:50", [
        ("Aktuellt", "Besökte psykiatrisk akutmottagning förra veckan för nedstämdhet och trötthet, hänvisades hit för somatisk kontroll."),
        ("Status", "Torr hud, bradykard 54. Trög reflexåtergång."),
        ("Bedömning", "Susp. hypotyreos som bidrar till nedstämdheten."),
        ("Åtgärd", "TSH, fT4, TPO-ak. Telefontid om en vecka."),
    ], setting="öppenvård", signed=None),
], must_not=["NL102"],
   why="hedged hypothyroidism in a PMO vårdcentral note: no NL102 in PMO")

C("d84-vg-nl101-alzheimer-anhoriga-vill-vanta", "vgr", P("1941-09-09", "208"), [
    N("n1", "vg_geripsyk_molndal", "Läkaranteckning", "strand", "2024-11-01 14:45", [
        ("Bedömning", "Likvormarkörer och PET klara: Alzheimers sjukdom med tidig debut av BPSD. Den psykotiska bilden förklaras av demenssjukdomen."),
        ("Information", "Pat ej informerad om Alzheimerdiagnosen. Dottern har bett att få vara med och vi väntar tills hon är hemma från utlandsresan."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="settled Alzheimer diagnosis in a visible note while the patient is not yet informed")

C("d84-sk-nl101-hepatit-c-ej-underrattad", "skane", P("1985-07-25", "134"), [
    N("n1", "sk_beroende_mlm", "Läkaranteckning", "kowalski", "2024-11-14 13:25", [
        ("Provsvar", "Anti-HCV positiv, HCV-RNA påvisat: kronisk hepatit C. Hiv och hepatit B negativa."),
        ("Information", "Pat ännu inte underrättad, avvek från avdelningen innan svaret kom. Kontaktas via socialtjänsten."),
        ("Planering", "Remiss infektionskliniken för behandling när kontakt etablerats."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="chronic hepatitis C confirmed and visible, patient not yet told ('ännu inte underrättad')")

C("d84-sk-nl101-remiss-skickad-ej-kant", "skane", P("1977-02-03", "289"), [
    N("n1", "sk_avd_hbg", "Läkaranteckning", "haddad", "2024-11-21 11:40", [
        ("Aktuellt", "Svår depressiv episod, recidiverande. Stegvis bättre på nortriptylin men fortfarande kraftlös."),
        ("Åtgärd", "Remiss till rTMS-mottagningen skickad i eftermiddags. Pat har inte fått veta att remissen skickats än, tas upp på samtalet i morgon."),
    ]),
], must_not=["NL101"],
   why="what is not yet told is that a referral was sent, not a diagnosis")

C("d84-vg-nl101-forneker-sjukdom-trots-information", "vgr", P("1981-11-26", "302"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "ek", "2024-12-02 10:20", [
        ("Aktuellt", "Schizoaffektivt syndrom, LPT. Pat har vid upprepade tillfällen informerats om diagnosen och om skälen till tvångsvården."),
        ("Status", "Förnekar att hon är sjuk, säger att diagnosen är ett påhitt av hennes exman. Sjukdomsinsikt saknas."),
        ("Planering", "Fortsatt LPT. Depåinjektion aripiprazol på fredag."),
    ]),
], must_not=["NL101"],
   why="hard negative: patient lacks insight but has been told the diagnosis")

C("d84-sk-nl101-levermetastaser-ej-meddelat", "skane", P("1952-05-30", "076"), [
    N("n1", "sk_geripsyk", "Läkaranteckning", "ek", "2024-12-05 16:30", [
        ("Aktuellt", "Inlagd för depression med viktnedgång, DT buk gjordes pga förhöjda leverprover."),
        ("DT-svar", "Multipla levermetastaser, primärtumör ej identifierad."),
        ("Information", "Pat har inte meddelats fyndet. Diskuterat med onkologjouren, besked ges tillsammans med onkolog i morgon."),
    ]),
], must=["NL101"],
   why="liver metastases visible in a note that says the patient has not been told")

C("d84-vg-nl101-th-sokord-synlig-text-utan-diagnos", "vgr", P("1974-03-28", "167"), [
    N("n1", "vg_avd_boras", "Läkaranteckning", "osman", "2024-12-11 12:55", [
        ("Aktuellt", "Pat ej informerad om de diagnostiska övervägandena, se sökord nedan. Mer observation behövs först."),
        ("Tidiga hypoteser", "Misstänkt vanföreställningssyndrom av förföljelsetyp. Sannolikt svårt för pat att ta emot just nu."),
        ("Planering", "Fortsatt observation, komparentuppgifter från bror."),
    ]),
], must_not=["NL101", "NL102"],
   why="VGR: the untold hedged diagnosis stands only under sökord Tidiga hypoteser; the visible text names no diagnosis")

C("d84-sk-nl101-lungrtg-misstankt-malignitet", "skane", P("1954-10-17", "239"), [
    N("n1", "sk_avd_kri", "Läkaranteckning", "lindqvist", "2024-01-17 13:50", [
        ("Aktuellt", "Hosta och viktnedgång hos rökare, inlagd för svår ångest. Lungröntgen tagen igår."),
        ("Röntgensvar", "Rundhärd 3 cm hö överlob, misstänkt malignitet. DT thorax rekommenderas."),
        ("Information", "Pat är ej informerad om röntgensvaret, bedöms för ångestfylld idag. Besked när DT är gjord."),
    ]),
], must=["NL101", "NL102"],
   why="suspected lung cancer visible while the patient is deliberately not informed")

C("d84-vg-nl101-permission-ej-informerad", "vgr", P("1963-12-31", "285"), [
    N("n1", "vg_avd_nal", "Läkaranteckning", "rahimi", "2024-01-25 09:25", [
        ("Aktuellt", "Bipolär sjukdom typ I, nu i remission efter manisk episod."),
        ("Planering", "Beslut om helgpermission fattat på teamträffen. Pat ej informerad om permissionen ännu, var på promenad med personal."),
    ]),
], must_not=["NL101"],
   why="what is not yet told is a leave decision, not a diagnosis")

C("d84-sk-nl101-intagningsbeslut-ej-meddelat", "skane", P("1988-06-23", "101"), [
    N("n1", "sk_piva_mlm", "Intagningsanteckning", "lund", "2024-02-08 02:10", [
        ("Bakgrund", "Känd paranoid schizofreni, vårdintyg utfärdat på akuten 23.15."),
        ("Intagningsbeslut", "Intagning enligt LPT 6b § beslutas 01.45. Pat sover efter injektion och har därför ännu inte fått beskedet om intagningsbeslutet, meddelas när han vaknar."),
    ]),
], must_not=["NL101"],
   why="what is not told yet is the admission decision, not a diagnosis; the schizophrenia is a known diagnosis")
# ---------------------------------------------------------------- chunk 4
C("d84-sk-inga-tecken-pa-psykos-cannabis", "skane", P("2004-08-09", "293"), [
    N("n1", "sk_pakut_lund", "Akutanteckning", "nilsson_at", "2024-02-17 00:40", [
        ("Aktuellt", "19-åring som kommer med kompis efter att ha rökt starkare cannabis än vanligt och fått hjärtklappning och dödsångest. Rädd att ha blivit psykotisk."),
        ("Psykiskt status", "Klar, orienterad, god kontakt. Logiskt sammanhängande tal. Inga tecken på psykos, förnekar hallucinationer och misstänksamhet."),
        ("Bedömning", "Akut cannabisintoxikation med ångest, avklingande. Skadligt bruk av cannabis F12.1."),
        ("Råd", "Informerad om risker med cannabis och psykos. Tips om Mini-Maria och beroendemottagningen."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="'Inga tecken på psykos' negates the feared diagnosis; the rest is stated without hedge")

C("d84-vg-talar-emot-bipolar-sjukdom", "vgr", P("1977-09-19", "146"), [
    N("n1", "vg_affektiv_su", "Läkaranteckning", "jovanovic", "2024-02-28 12:35", [
        ("Utredning", "Strukturerad intervju och komparentsamtal med syster genomförda. Inga hypomana eller maniska perioder kan identifieras."),
        ("Bedömning", "Avsaknaden av hypomana episoder talar emot bipolär sjukdom. Diagnos: recidiverande depressiv sjukdom, nuvarande episod svår."),
        ("Planering", "Litiumaugmentation som tillägg till venlafaxin."),
    ]),
], must_not=["NL102"],
   why="bipolar disorder is argued against ('talar emot'); the recurrent depression is stated as the diagnosis")

C("d84-sk-hypertyreos-avskrivs-normalt-tsh", "skane", P("1991-03-21", "227"), [
    N("n1", "sk_affektiv_mlm", "Läkaranteckning", "ahlgren", "2024-03-12 13:15", [
        ("Provsvar", "Kontroll av TSH 1,4 och fT4 16 efter förhöjt värde på akuten, som troligen var ett provtagningsfel."),
        ("Bedömning", "Hypertyreos avskrivs. Manin förklaras av den kända bipolära sjukdomen efter utsatt litium."),
    ]),
], must_not=["NL102"],
   why="hyperthyroidism is dismissed ('avskrivs'); 'troligen' hedges a sampling error, not a diagnosis")

C("d84-vg-mojligen-tankepasattning-symtom", "vgr", P("1986-10-12", "374"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "wallin", "2024-03-20 11:05", [
        ("Aktuellt", "Känd schizofreni. Tolk på arabiska via telefon."),
        ("Status", "Ångestfylld. Möjligen tankepåsättning, beskriver att någon lägger ord i hans huvud, men svårvärderat via tolk."),
        ("Planering", "Nytt samtal med tolk på plats. Klozapinnivå tas."),
    ]),
], must_not=["NL102"],
   why="'Möjligen' hedges a symptom (thought insertion); the diagnosis is known")

C("d84-sk-oklart-om-medicinfoljsamhet", "skane", P("1969-05-27", "188"), [
    N("n1", "sk_avd_mlm88", "Läkaranteckning", "rahimi", "2024-04-02 10:00", [
        ("Aktuellt", "Inlagd igår för återinsjuknande i schizoaffektivt syndrom. Bor ensam, hemtjänst två gånger i veckan."),
        ("Bedömning", "Oklart om pat tagit sin medicin senaste månaden, dosetten var full enligt hemtjänsten. Koncentrationsbestämning av olanzapin tas."),
    ]),
], must_not=["NL102"],
   why="'Oklart om' concerns medication adherence, not a diagnosis")

C("d84-vg-ev-lp-imorgon-plan", "vgr", P("1992-07-15", "231"), [
    N("n1", "vg_psyk_skovde", "Läkaranteckning", "holm", "2024-04-16 16:25", [
        ("Aktuellt", "Förstagångsinsjuknande i psykos, ingen misstanke om infektion, afebril, CRP <5. MR hjärna ua."),
        ("Planering", "Ev. LP imorgon för att komplettera utredningen enligt vårdprogram för förstagångspsykos. Pat vill fundera."),
    ]),
], must_not=["NL102"],
   why="'Ev.' hedges a procedure (lumbar puncture); infection is negated")

C("d84-sk-diagnos-f31-2-bekraftad", "skane", P("1980-04-30", "136"), [
    N("n1", "sk_piva_mlm", "Läkaranteckning", "lund", "2024-04-24 14:05", [
        ("Diagnos", "F31.2 Bipolär sjukdom, aktuell episod manisk med psykotiska symtom."),
        ("Aktuellt", "Fortsatt LPT, avskiljning avslutad i morse efter 3 h. Sov 6 h i natt."),
        ("Planering", "Valproat 750 mg x 2, koncentration på fredag. Ta upp vårdform på ronden."),
    ]),
], must_not=["NL102"],
   why="confirmed F31.2 diagnosis, no hedge anywhere")

C("d84-vg-hereditet-mormor-trolgen-typo", "vgr", P("1998-02-18", "158"), [
    N("n1", "vg_pakut_su", "Akutjournal", "strand", "2024-05-04 02:30", [
        ("Hereditet", "Mormor hade trolgen bipolär sjukdom, var intagen på Lillhagen flera gånger. Mamma depression."),
        ("Aktuellt", "Sömnsvårigheter och oro inför flytt, inga förhöjda perioder."),
        ("Bedömning", "Insomni, ångest. Ej behov av slutenvård."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="hedged bipolar disorder of the grandmother (typo 'trolgen'), not of the patient")

C("d84-sk-bup-10-misstankt-pans", "skane", P("2014-03-08", "266"), [
    N("n1", "sk_bup_akut", "Akutanteckning", "osman", "2024-05-16 16:50", [
        ("Kontaktorsak", "10-årig flicka med föräldrar. Över en natt tvångsmässig handtvätt, vägrar äta av rädsla för bakterier, nytillkommen sängvätning."),
        ("Anamnes", "Halsfluss för tre veckor sedan, streptokocktest positivt på VC. Tidigare frisk och välfungerande i skolan."),
        ("Bedömning", "Misstänkt PANS med akut debuterande tvångssymtom efter streptokockinfektion."),
        ("Planering", "Remiss barnneurolog, ASO och halsodling. Föräldrarna får skriftliga råd."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="10-year-old (guardian reads): 'Misstänkt PANS' in visible Bedömning")

C("d84-vg-barn-8-sannolikt-feberdelirium", "vgr", P("2016-01-11", "091"), [
    N("n1", "vg_barnakut", "Akutjournal", "persson", "2024-06-02 21:40", [
        ("Anamnes", "8-årig pojke, feber 40,1 sedan i morse. Föräldrarna berättar att han ser spindlar i rummet och inte känner igen sin mamma."),
        ("Status", "Febril, trött, ingen nackstelhet. Blir klarare efter paracetamol och ibuprofen."),
        ("Bedömning", "Sannolikt feberdelirium vid influensa."),
        ("Planering", "Hem om fortsatt klar efter 2 h observation. Åter vid kramper eller sjunkande vakenhet."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="8-year-old: 'Sannolikt feberdelirium' in visible Bedömning at the paediatric ED")

C("d84-sk-utkast-misstanke-amfetaminpsykos", "skane", P("1994-06-27", "212"), [
    N("n1", "sk_pakut_kri", "Akutanteckning", "bakir", "2024-06-18 05:15", [
        ("Aktuellt", "Polis har hämtat pat från ett trapphus där han skrek att någon jagade honom. Sömnlös i fyra dygn."),
        ("Status", "Vidgade pupiller, puls 130, svettig. Paranoid, tittar sig ständigt över axeln."),
        ("Bedömning", "Inger misstanke om amfetaminutlöst psykos. Urintox skickad."),
    ], signed=None),
], must=["NL102"],
   why="unsigned draft (pre-signing) with 'Inger misstanke om amfetaminutlöst psykos' in Bedömning")

C("d84-vg-utkast-nl101-schizoaffektivt-ej-info", "vgr", P("1985-12-22", "317"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "ek", "2024-06-26 15:55", [
        ("Bedömning", "Schizoaffektivt syndrom, manisk typ, F25.0. Diagnosen fastställd vid psykoskonferensen idag."),
        ("Information", "Pat är inte informerad om diagnosen ännu, samtal bokas med pat och kontaktperson."),
    ], signed=None),
], must=["NL101"], must_not=["NL102"],
   why="unsigned draft: settled diagnosis visible and the patient is not yet informed")

C("d84-sk-vid-tecken-pa-serotonergt-syndrom", "skane", P("1974-09-04", "244"), [
    N("n1", "sk_psyk_opv_lsk", "Läkaranteckning", "mattsson", "2024-07-04 10:45", [
        ("Aktuellt", "Generaliserat ångestsyndrom, escitalopram höjs till 20 mg. Har även migrän med triptan vid behov."),
        ("Information", "Vid tecken på serotonergt syndrom, såsom feber, muskelryckningar eller kraftig oro, ska pat söka akut. Skriftlig information lämnad."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="serotonin syndrome only as a conditional safety instruction, not a hypothesis about the patient")

C("d84-vg-diagnos-f10-3-alkoholabstinens", "vgr", P("1966-11-17", "179"), [
    N("n1", "vg_beroende_su", "Inskrivning", "nordin", "2024-07-14 23:20", [
        ("Diagnos", "F10.3 Alkoholabstinens utan delirium. F10.2 Alkoholberoende."),
        ("Status", "CIWA 16. Tremor, svettning, takykardi 108. Orienterad. Inga hallucinationer."),
        ("Ordination", "Oxazepam enligt symtomstyrt schema. Tiamin 100 mg x 3 po."),
    ]),
], must_not=["NL102"],
   why="confirmed F10 diagnoses; 'utan delirium' is a plain negation")

C("d84-sk-kurator-ev-stodboende-plan", "skane", P("1997-04-14", "168"), [
    N("n1", "sk_avd_lund13", "Kuratorsanteckning", "sjoberg_kurator", "2024-07-24 14:10", [
        ("Samtal", "Samtal om boendesituationen inför utskrivning. Pat har blivit uppsagd från sin hyresrätt efter störningar."),
        ("Åtgärd", "Kontakt med socialtjänstens vuxenenhet. Ev. stödboende, ansökan görs tillsammans med pat nästa vecka. Eventuellt tillfälligt boende via härbärge om inget annat ordnas."),
    ]),
], must_not=["NL102"],
   why="kurator note: the hedges concern housing plans, not diagnoses")

C("d84-vg-psykolog-talar-for-autism", "vgr", P("2001-06-01", "303"), [
    N("n1", "vg_kpsyk_su", "Psykologanteckning", "falk_psykolog", "2024-08-01 13:35", [
        ("Testning", "WAIS-IV: ojämn profil med hög verbal förmåga och låg bearbetningshastighet. Utvecklingsanamnes från mor: sen talutveckling, inga kamrater i skolan."),
        ("Bedömning", "Testprofil och utvecklingsanamnes talar för autismspektrumtillstånd, ADOS-2 återstår."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="psychologist note: 'talar för autismspektrumtillstånd' in visible Bedömning")

C("d84-sk-ssk-trolg-alkoholabstinens-typo", "skane", P("1971-12-06", "211"), [
    N("n1", "sk_med_ystad", "Omvårdnadsanteckning", "andersson_ssk", "2024-08-10 03:45", [
        ("Omvårdnad", "Pat svettig och darrig, CIWA 18, orolig och vill gå ut och röka. Uppgav vid inskrivningen att han dricker dagligen."),
        ("Bedömning", "Trolg alkoholabstinens. Jourhavande läkare kontaktad, ordinerar oxazepam 25 mg."),
    ]),
], must=["NL102"],
   why="nursing note with typo 'Trolg' on alcohol withdrawal in a visible section")

C("d84-vg-telefon-troligt-depressionsrecidiv", "vgr", P("1960-01-23", "186"), [
    N("n1", "vg_opv_kungalv", "Telefon", "olsson_ssk", "2024-08-22 09:05", [
        ("Telefonkontakt", "Pat ringer, utskriven från avd 345 i juni. Sover sämre igen, gråter mycket, har slutat gå ut med hunden."),
        ("Bedömning", "Troligt recidiv av depressionen. Inga suicidtankar."),
        ("Åtgärd", "Läkartid på torsdag hos dr Mattsson. Råd att inte sätta ut sertralin."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="phone note: 'Troligt recidiv av depressionen' in visible Bedömning")

C("d84-sk-misstanke-om-hebefren-schizofreni", "skane", P("2003-11-19", "132"), [
    N("n1", "sk_psykos_lund", "Läkaranteckning", "svensson", "2024-09-03 15:15", [
        ("Status", "Skrattar omotiverat, fragmenterat tal, inadekvat affekt. Ointresserad av personlig hygien. Inga tydliga vanföreställningar."),
        ("Bedömning", "Misstanke om hebefren schizofreni. Observation i minst sex veckor innan diagnos."),
    ]),
], must=["NL102"],
   why="'Misstanke om hebefren schizofreni' in visible Bedömning")

C("d84-vg-ej-forenligt-med-delirium", "vgr", P("1947-08-27", "242"), [
    N("n1", "vg_geripsyk_molndal", "Läkaranteckning", "strand", "2024-09-11 10:30", [
        ("Status", "Vaken, följer samtalet utan att tappa tråden. Orienterad. Ingen fluktuation enligt nattpersonalen."),
        ("Bedömning", "Bilden är inte förenlig med delirium. Sen debut av depressiv episod med kognitiva symtom."),
    ], signed=None),
], must_not=["NL102"],
   why="hard negative: 'inte förenlig med delirium' negates the hedge-like phrase")

C("d84-sk-diffrentialdiagnos-typo-schizotypal", "skane", P("1995-10-03", "350"), [
    N("n1", "sk_psyk_opv_lsk", "Läkaranteckning", "mattsson", "2024-09-19 14:55", [
        ("Aktuellt", "Uppföljning efter korttidsinläggning. Sociala svårigheter, magiskt tänkande kring siffror, ingen tydlig psykos."),
        ("Bedömning", "Diffrentialdiagnos schizotypal personlighetsstörning eller autismspektrumtillstånd."),
        ("Planering", "Neuropsykiatrisk utredning. Återbesök om 4 v."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="typo 'Diffrentialdiagnos' naming schizotypal disorder in a visible section")

C("d84-vg-nl101-berattat-vid-tidigare-vardtillfalle", "vgr", P("1990-03-13", "194"), [
    N("n1", "vg_avd_boras", "Inskrivning", "berg", "2024-09-25 20:05", [
        ("Bakgrund", "Paranoid schizofreni, diagnosen meddelades pat vid vårdtillfället 2021 och har diskuterats i öppenvården sedan dess."),
        ("Aktuellt", "Återinsjuknande efter att ha slutat med depån. Frivillig inläggning."),
    ]),
], must_not=["NL101"],
   why="diagnosis was told to the patient at an earlier admission")

C("d84-sk-nl101-inget-sagt-om-information", "skane", P("1983-01-31", "277"), [
    N("n1", "sk_avd_hbg", "Läkaranteckning", "haddad", "2024-10-01 11:20", [
        ("Aktuellt", "Emotionellt instabil personlighetsstörning. Inlagd efter intoxikation med paracetamol, nu medicinskt klar."),
        ("Bedömning", "Kortvarig inläggning utan behandlingsvinst, planeras utskrivning i morgon med DBT-kontakt."),
    ]),
], must_not=["NL101", "NL102"],
   why="diagnosis visible but nothing is said about telling the patient; no hedge")

C("d84-vg-nl101-pat-har-inte-berattat-for-sambo", "vgr", P("1987-11-04", "203"), [
    N("n1", "vg_opv_kungalv", "Läkaranteckning", "nordin", "2024-10-08 15:10", [
        ("Aktuellt", "Återbesök efter heldygnsvård för manisk episod, bipolär sjukdom typ I."),
        ("Socialt", "Pat har inte berättat för sin nya sambo om diagnosen och vill ha hjälp att formulera sig. Erbjuds gemensamt samtal."),
    ], setting="öppenvård"),
], must_not=["NL101"],
   why="hard negative: the patient has not told the partner; the patient knows the diagnosis")

C("d84-sk-nl101-vaskular-demens-bor-ej-meddelas", "skane", P("1939-04-19", "151"), [
    N("n1", "sk_geri_hbg", "Läkaranteckning", "sandberg", "2024-10-16 13:00", [
        ("Bedömning", "MR och kognitiv testning visar vaskulär demens. Aktuell förvirring är ett delirium ovanpå demenssjukdomen, utlöst av pneumoni."),
        ("Information", "Demensdiagnosen bör inte meddelas pat förrän deliriet klingat av. Dottern är informerad om att samtal planeras."),
    ]),
], must=["NL101"],
   why="vascular dementia visible with an explicit 'bör inte meddelas pat förrän'")

C("d84-vg-nl101-hepatit-b-ej-delgiven", "vgr", P("1979-08-15", "308"), [
    N("n1", "vg_beroende_su", "Läkaranteckning", "kowalski", "2024-10-23 11:50", [
        ("Provsvar", "HBsAg positivt, HBeAg negativt, HBV-DNA lågt. Kronisk hepatit B."),
        ("Information", "Pat ännu ej delgiven provsvaret, sov vid rond. Tolk på somaliska bokad till eftermiddagen."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="confirmed chronic hepatitis B visible, patient not yet told ('ej delgiven')")

C("d84-sk-nl101-ej-infomerad-typo-schizotyp", "skane", P("1996-12-14", "229"), [
    N("n1", "sk_psyk_opv_lsk", "Läkaranteckning", "mattsson", "2024-10-31 16:20", [
        ("Bedömning", "Utredningen klar, schizotypal störning F21 fastställd."),
        ("Information", "Pat ej infomerad, återbesök med diagnosbesked om två veckor."),
    ], setting="öppenvård"),
], must=["NL101"], must_not=["NL102"],
   why="typo 'infomerad': settled diagnosis visible and the patient not informed")

C("d84-vg-nl101-avvaktar-informera-lewy-body", "vgr", P("1944-06-25", "146"), [
    N("n1", "vg_geripsyk_molndal", "Läkaranteckning", "strand", "2024-11-07 14:20", [
        ("Bedömning", "DaTSCAN patologisk. Synhallucinationer, fluktuationer och parkinsonism: Lewy body-demens."),
        ("Information", "Vi avvaktar med att informera pat om diagnosen tills maken kan vara med på tisdag."),
        ("Planering", "Undvik neuroleptika. Rivastigmin startas."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="Lewy body dementia visible; 'avvaktar med att informera pat' about the diagnosis")

C("d84-sk-nl101-huntington-ej-informerad", "skane", P("1982-07-02", "264"), [
    N("n1", "sk_konsult_lund", "Konsultationsanteckning", "holm", "2024-11-13 12:30", [
        ("Bakgrund", "Konsult från avd 13 för ofrivilliga rörelser hos pat inlagd för irritabilitet och depression. Far död i ung ålder i okänd neurologisk sjukdom."),
        ("Gentest", "CAG-expansion 44 repetitioner i HTT-genen. Huntingtons sjukdom bekräftad."),
        ("Information", "Pat ej informerad om gentestsvaret. Besked ges tillsammans med genetisk vägledare enligt rutin."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="confirmed Huntington's disease visible while the patient has not been told")

C("d84-vg-nl101-diabetes-klozapin-ej-info", "vgr", P("1989-04-08", "227"), [
    N("n1", "vg_psykos_su", "Läkaranteckning", "wallin", "2024-11-20 10:15", [
        ("Provsvar", "HbA1c 74, fP-glukos 11,2 upprepat. Diabetes mellitus typ 2, sannolikt klozapinrelaterad viktuppgång som bidrar."),
        ("Information", "Pat ej informerad ännu, diabetessjuksköterska kommer i morgon och vi informerar tillsammans."),
    ]),
], must=["NL101"],
   why="new type 2 diabetes visible and the patient is not yet told")

C("d84-sk-bup-nl101-foraldrar-vet-pat-ej", "skane", P("2007-05-18", "102"), [
    N("n1", "sk_bup_akut", "Läkaranteckning", "osman", "2024-11-26 15:35", [
        ("Bedömning", "Utredningen under vårdtiden visar bipolär sjukdom typ I hos 17-åring med första maniska episoden."),
        ("Information", "Föräldrarna informerade om diagnosen vid samtal idag. Pat själv ännu inte informerad, är fortfarande för upptrissad för ett sådant samtal."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="17-year-old reads her journal: parents told but the patient herself not informed of the diagnosis")

C("d84-vg-nl101-eeg-temporallobsepilepsi-ej-info", "vgr", P("1993-09-29", "169"), [
    N("n1", "vg_kpsyk_su", "Konsultationsanteckning", "sandberg", "2024-12-03 11:05", [
        ("Bakgrund", "Episodiska déjà vu-upplevelser och lukthallucinationer, remitterad som psykos."),
        ("EEG", "Epileptiform aktivitet temporalt vänster. Temporallobsepilepsi bedöms föreligga, ingen primär psykossjukdom."),
        ("Information", "Pat är ännu inte informerad om EEG-svaret, neurologen ger beskedet vid besöket nästa vecka."),
    ], setting="öppenvård"),
], must=["NL101"], must_not=["NL102"],
   why="epilepsy diagnosis visible and the patient not yet informed")

C("d84-sk-nl101-telefonbesked-efter-utskrivning", "skane", P("1975-02-26", "124"), [
    N("n1", "sk_avd_kri", "Läkaranteckning", "lindqvist", "2024-12-09 16:45", [
        ("Provsvar", "B12 78 pmol/L, homocystein högt. Perniciös anemi konstaterad, intrinsic factor-antikroppar positiva."),
        ("Information", "Pat utskriven innan svaret kom och har inte informerats, ringer i morgon."),
    ]),
    N("n2", "sk_avd_kri", "Telefonanteckning", "lindqvist", "2024-12-10 10:15", [
        ("Telefonkontakt", "Ringt pat och informerat om perniciös anemi och att den kan ha bidragit till nedstämdheten och minnesproblemen. Pat förstår och har inga frågor just nu."),
        ("Åtgärd", "B12-injektioner ordnas via VC Kristianstad, recept på cyanokobalamin skickat."),
    ]),
], must_not=["NL101@n2"],
   why="the follow-up phone note tells the patient the diagnosis withheld in the earlier note; n2 is clean")

C("d84-vg-nl101-ej-info-om-utskrivningsdatum", "vgr", P("1970-10-10", "131"), [
    N("n1", "vg_avd_nal", "Läkaranteckning", "rahimi", "2024-12-13 12:40", [
        ("Aktuellt", "Recidiverande depressiv sjukdom, svar på behandling med litiumaugmentation."),
        ("Planering", "Preliminärt utskrivningsdatum satt till 20/12. Pat ej informerad om datumet ännu, vill först ordna hemtjänst."),
    ]),
], must_not=["NL101"],
   why="what is untold is a discharge date, not a diagnosis")
# ---------------------------------------------------------------- chunk 5: long notes and last cases
C("d84-vg-lang-epikris-missstankt-eips-typo", "vgr", P("2002-05-12", "283"), [
    N("n1", "vg_avd_boras", "Epikris", "osman", "2024-02-19 15:30", [
        ("Vårdtid", "2024-02-02 – 2024-02-19. Frivillig vård enligt HSL hela vårdtiden."),
        ("Orsak till inläggning", "Inkom via akuten efter intag av 30 tabletter sertralin och 10 tabletter zopiklon i samband med separation. Medicinskt övervakad på MAVA ett dygn, ingen organpåverkan."),
        ("Förlopp", "Första veckan påtagligt nedstämd, låg mycket i sängen. Vid två tillfällen rispat sig på underarmen med plastbestick, omlagt av ssk. Deltog successivt i gruppaktiviteter och arbetsterapi. Stämningsläget skiftade snabbt under dagen beroende på kontakter med ex-partnern. Sömnen normaliserades med melatonin."),
        ("Suicidriskbedömning vid utskrivning", "Förnekar aktuella suicidtankar och planer. Riskfaktorer: tidigare överdoser, impulsivitet, nyligen separerad. Skyddsfaktorer: bor med mamma, studier hon vill slutföra, engagerad i sin hund. Samlad risk bedöms förhöjd men inte akut."),
        ("Diagnoser", "Depressiv episod, medelsvår F32.1. Missstänkt emotionellt instabil personlighetsstörning, utreds i öppenvården."),
        ("Läkemedel vid utskrivning", "Sertralin 100 mg x 1, utdelas veckovis av mamma. Melatonin 2 mg tn. Inga bensodiazepiner."),
        ("Uppföljning", "Återbesök psykiatrisk öppenvård Borås 26/2 hos ssk, läkarbesök inom fyra veckor. Krisplan upprättad tillsammans med pat och mamma."),
    ]),
], must=["NL102"],
   why="long discharge summary: one hedged diagnosis (typo 'Missstänkt' EIPS) among confirmed diagnoses and risk wording")

C("d84-sk-lang-utskrivning-endast-negationer-typo", "skane", P("1967-08-03", "213"), [
    N("n1", "sk_avd_mlm88", "Epikris", "rahimi", "2024-03-28 14:10", [
        ("Vårdtid", "2024-03-11 – 2024-03-28, LPT 11/3–18/3, därefter frivillig vård."),
        ("Inkomstorsak", "Förd av polis efter att ha stått på en balkongräcke och ropat om att världen skulle gå under. Förvirrad, pratade osammanhängande."),
        ("Organisk utredning", "LP: celler 1, protein 0,38, inga oligoklonala band. MR hjärna ua. EEG normalt. TSH och fT4 normala, B12 och folat normala. Encefalit uteslutes. Ingen misstanke om tyretoxikos. Inga tecken på delirium vid upprepade CAM."),
        ("Förlopp", "Snabb förbättring på olanzapin. Efter en vecka sammanhängande, sover hela nätter. Konverterades till frivillig vård 18/3. Två permissioner utan anmärkning."),
        ("Diagnos", "Akut polymorf psykos utan symtom på schizofreni F23.0."),
        ("Information", "Pat och dotter informerade om diagnosen, förväntat förlopp och varningstecken på återfall."),
        ("Uppföljning", "Psykosmottagningen Malmö om tio dagar. Olanzapin 10 mg minst sex månader. Eventuellt nedtrappning diskuteras i öppenvården efter sommaren."),
    ]),
], must_not=["NL102", "NL101"],
   why="long discharge summary where every organic cause is negated (typo 'tyretoxikos'), the psychosis diagnosis is confirmed and told")

C("d84-vg-kan-inte-uteslutta-bipolar-typo", "vgr", P("1999-06-21", "151"), [
    N("n1", "vg_pakut_nal", "Akutjournal", "persson", "2024-04-07 00:30", [
        ("Aktuellt", "Stod på fluoxetin sedan två veckor för depression. Nu plötsligt energisk, sover inte, startat tre företag på nätet på två dygn."),
        ("Bedömning", "Antidepressivautlöst omslag, kan inte uteslutta bipolär sjukdom. Fluoxetin sätts ut."),
        ("Planering", "Uppföljning psykiatrisk mottagning Uddevalla inom en vecka."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="typo 'uteslutta' in 'kan inte utesluta' bipolar disorder, visible Bedömning")

C("d84-sk-lang-suicidriskbedomning-trol-depression", "skane", P("1953-11-28", "174"), [
    N("n1", "sk_pakut_hbg", "Akutanteckning", "jovanovic", "2024-05-11 21:25", [
        ("Kontaktorsak", "Hittad av grannen i garaget med bilen igång och slang från avgasröret. Ambulans, CO-Hb 8 %."),
        ("Anamnes", "Änkeman sedan ett år. Pensionerad snickare. Ingen tidigare psykiatrisk kontakt. Dricker 3–4 öl/kväll sedan fruns död, mer senaste månaden."),
        ("Somatiskt", "Syrgas på akuten, nu CO-Hb 2 %. Neurologiskt ua. EKG sinusrytm."),
        ("Psykiskt status", "Vaken, orienterad. Låg och sluten i kontakten, ångrar att han blev hittad. Ingen psykotisk symtomatologi. Sömn 3–4 h, tappat aptiten."),
        ("Suicidriskbedömning", "Allvarligt menat suicidförsök med förberedelse, hög letalitet och avsiktlig avskildhet. Riskfaktorer: äldre man, ensamboende, nyligen förlust, ökat alkoholintag, tillgång till bil och vapen (jaktlicens). Skyddsfaktorer: en dotter i Lund. Suicidrisken bedöms som hög."),
        ("Bedömning", "Trol. underliggande depressiv episod, svår. Behov av heldygnsvård. Motsätter sig inläggning, vårdintyg utfärdas."),
        ("Åtgärd", "Vårdintyg 21.10. Polisen kontaktas om omhändertagande av vapen. Dottern underrättad efter pat:s medgivande."),
    ]),
], must=["NL102"],
   why="long suicide-risk note: 'Trol.' depressive episode in visible Bedömning beside a confirmed high-risk assessment")

C("d84-vg-nl101-ifn-ej-informrad-typo", "vgr", P("1998-10-07", "232"), [
    N("n1", "vg_rattspsyk", "Psykologanteckning", "eriksson_psykolog", "2024-06-12 14:15", [
        ("Utredning", "WAIS-IV helskala IQ 64, Vineland med låga värden i alla domäner. Utvecklingsanamnes från fosterhem stöder tidig debut."),
        ("Bedömning", "Lindrig intellektuell funktionsnedsättning F70."),
        ("Återkoppling", "Pat ej informrad om resultatet, återkoppling med bildstöd bokad med överläkare och kontaktperson nästa vecka."),
    ]),
], must=["NL101"], must_not=["NL102"],
   why="psychologist note: settled intellectual disability visible, patient not informed (typo 'informrad')")

C("d84-sk-piva-lang-lpt-inga-hedges", "skane", P("1986-02-11", "188"), [
    N("n1", "sk_piva_mlm", "Läkaranteckning", "lund", "2024-07-21 11:25", [
        ("Aktuellt", "Dag 4 på PIVA, LPT. Paranoid schizofreni sedan 2012. Återinsjuknad efter utsatt klozapin."),
        ("Omvårdnadsrapport", "Natten lugn efter 22. Åt frukost i rummet. Hotfull mot en skötare vid medicinutdelning, lugnades med samtal."),
        ("Psykiskt status", "Fortfarande förföljelseidéer om grannen, men går att resonera med. Inga imperativa röster idag. Ej suicidal."),
        ("Somatiskt status", "Puls 88, BT 126/78. Ingen feber. Salivering."),
        ("Tvångsåtgärder", "Inga tvångsåtgärder senaste dygnet. Bältesläggning i förrgår 40 min, beslut dokumenterat separat."),
        ("Lab", "Klozapin 380 ng/mL, LPK 7,1, neutrofila 4,5, CRP <5."),
        ("Bedömning", "Stegvis förbättring, fortsatt allvarlig psykisk störning med behov av sluten psykiatrisk tvångsvård."),
        ("Planering", "Överflyttning till allmänpsykiatrisk avd 88 när det finns plats, eventuellt i morgon. Pat informerad om planen och ställer sig positiv."),
    ]),
], must_not=["NL102", "NL101"],
   why="long PIVA note: confirmed schizophrenia, only a hedged transfer date; nothing untold")

C("d84-vg-th-sokord-tva-hypoteser-synligt-ren", "vgr", P("1976-12-29", "244"), [
    N("n1", "vg_pakut_boras", "Akutjournal", "berg", "2024-08-04 16:50", [
        ("Aktuellt", "Hämtad av polis efter upprepade anmälningar mot grannar för avlyssning. Lugn på akuten, ber om att få åka hem."),
        ("Psykiskt status", "Välordnad, formellt sammanhängande. Systematiserade förföljelseidéer kring grannarna, i övrigt ingen psykotisk symtomatologi."),
        ("Tidiga hypoteser", "DD vanföreställningssyndrom eller debuterande frontallobsprocess, alternativt alkoholutlöst. Pat skulle sannolikt bryta kontakten om detta framfördes nu."),
        ("Bedömning", "Ej grund för LPT, ingen fara för eget liv eller andras. Accepterar uppföljning."),
        ("Åtgärd", "Tid på öppenvårdsmottagning 12/8. Alkoholanamnes och lab via mottagningen."),
    ], setting="öppenvård"),
], must_not=["NL102"],
   why="VGR: the differential diagnoses are kept under sökord Tidiga hypoteser; the visible Bedömning has no diagnosis")

C("d84-sk-lakaranteckning-misstankt-kvarvarande-mani-efter-permission", "skane", P("1973-04-26", "107"), [
    N("n1", "sk_avd_kri", "Läkaranteckning", "lindqvist", "2024-08-19 09:50", [
        ("Aktuellt", "Åter från helgpermission. Sambon ringde i går och berättade att pat handlat för 40 000 kr och inte sovit."),
        ("Bedömning", "Misstänkt kvarvarande manisk episod trots att pat ser lugn ut på avdelningen. Permissioner pausas tills vidare."),
        ("Information", "Pat informerad om bedömningen och varför permissionerna pausas, ilsken men accepterar."),
    ], signed=None),
], must=["NL102"], must_not=["NL101"],
   why="hedged manic episode visible (NL102), and the patient has been told of the assessment (no NL101)")

C("d84-vg-kurator-anhorig-ev-sjukskrivning", "vgr", P("1964-07-17", "260"), [
    N("n1", "vg_avd_nal", "Kuratorsanteckning", "lindgren_kurator", "2024-09-05 13:40", [
        ("Samtal", "Träffar pat och hustrun. Hustrun berättar att hennes egen syster möjligen har en bipolär sjukdom och att familjen är rädd för ärftlighet."),
        ("Åtgärd", "Information om anhörigstöd via Balans. Ev. förlängd sjukskrivning tas upp med läkare. Kontakt med arbetsgivare via pat på hans begäran."),
    ]),
], must_not=["NL102"],
   why="the only hedged diagnosis belongs to the wife's sister; 'Ev.' concerns sick leave")

C("d84-sk-opv-differentialdiagnostiskt-adhd-bipolar", "skane", P("1992-09-16", "141"), [
    N("n1", "sk_psyk_opv_lsk", "Läkaranteckning", "mattsson", "2024-09-30 10:40", [
        ("Aktuellt", "Remitterad från akuten efter tredje besöket i år för ilska, impulsivitet och sömnstörning."),
        ("Bedömning", "Differentialdiagnostiskt ADHD kontra bipolär sjukdom typ II, eventuellt båda."),
        ("Planering", "DIVA och MDQ. Stämningsdagbok i åtta veckor. Återbesök efter det."),
    ], setting="öppenvård"),
], must=["NL102"],
   why="'Differentialdiagnostiskt' ADHD versus bipolar II in the visible Bedömning")


if __name__ == "__main__":
    main()
