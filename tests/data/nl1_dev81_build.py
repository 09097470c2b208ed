#!/usr/bin/env python3
"""dev81: infectious diseases clinic follow-up (HIV, hepatitis B/C, tuberculosis,
endocarditis, spondylodiscitis, returning travellers, smittskydd, what the patient
has been told). NL101 and NL102, Skåne and VGR.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev81_cases.jsonl")
PREFIX = "d81-"

# --------------------------------------------------------------------------
# units (name, hsa_id)
# --------------------------------------------------------------------------
U = {
    # Region Skåne, Melior (hospitals)
    "sk_inf_mal": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7Q4B"),
    "sk_infavd_mal": ("Infektionsavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-7Q51"),
    "sk_inf_lund": ("Infektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6H2K"),
    "sk_infavd_lund": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-6H30"),
    "sk_hep_mal": ("Hepatitmottagningen, Infektionskliniken SUS Malmö", "SE2321000255-7Q6C"),
    "sk_tb_mal": ("Tuberkulosmottagningen, Infektionskliniken SUS Malmö", "SE2321000255-7Q7D"),
    "sk_inf_hbg": ("Infektionskliniken, Helsingborgs lasarett", "SE2321000255-3J8M"),
    "sk_inf_kri": ("Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-5T2R"),
    "sk_barninf_lund": ("Barninfektionsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6B9X"),
    "sk_ven_mal": ("Venereologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7V1F"),
    "sk_thx_lund": ("Thoraxkirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-6T4S"),
    "sk_ort_hbg": ("Ortopedavdelning 2, Helsingborgs lasarett", "SE2321000255-3O2P"),
    "sk_med_yst": ("Medicinkliniken, Ystads lasarett", "SE2321000255-8Y1M"),
    "sk_akut_yst": ("Akutmottagningen, Ystads lasarett", "SE2321000255-8Y0A"),
    "sk_med_trb": ("Medicinavdelning 5, Trelleborgs lasarett", "SE2321000255-8T5N"),
    "sk_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6M3H"),
    "sk_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6L1L"),
    "sk_fys_kri": ("Fysioterapin, Centralsjukhuset Kristianstad", "SE2321000255-5F7T"),
    "sk_vacc_mal": ("Vaccinationsmottagningen, Infektionskliniken SUS Malmö", "SE2321000255-7Q8V"),
    # Region Skåne, PMO (primary care)
    "vc_rosengard": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-2R4G"),
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2L6N"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-2E3S"),
    "hsj_ystad": ("Hemsjukvården Ystad", "SE2321000255-2H8Y"),
    "um_hbg": ("Ungdomsmottagningen Helsingborg", "SE2321000255-2U5H"),
    # Västra Götalandsregionen, Melior
    "vg_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004512"),
    "vg_infavd_ostra": ("Infektion avdelning 2, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004520"),
    "vg_hep_ostra": ("Hepatitmottagningen, Infektion Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004533"),
    "vg_tb_ostra": ("Tuberkulosmottagningen, Infektion Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000004547"),
    "vg_inf_nal": ("Infektionsmottagningen, NÄL Trollhättan", "SE2321000131-E000000007781"),
    "vg_infavd_nal": ("Infektionsavdelning 45, NÄL Trollhättan", "SE2321000131-E000000007790"),
    "vg_inf_skas": ("Infektionskliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000009102"),
    "vg_inf_sas": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000006254"),
    "vg_barninf_dsbus": ("Barninfektionsmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000003318"),
    "vg_sti_su": ("Mottagningen för sexuell hälsa, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004602"),
    "vg_med_aling": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000008810"),
    "vg_med_kung": ("Medicinavdelning 12, Kungälvs sjukhus", "SE2321000131-E000000008155"),
    "vg_akut_udd": ("Akutmottagningen, Uddevalla sjukhus", "SE2321000131-E000000007702"),
    "vg_thx_su": ("Thoraxkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004018"),
    "vg_ort_moln": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000004877"),
    "vg_med_lidk": ("Medicinavdelning 3, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000009140"),
    "vg_hem_su": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004260"),
    "vg_resemed_ostra": ("Resemedicinska mottagningen, Infektion Sahlgrenska/Östra", "SE2321000131-E000000004555"),
}

PMO_UNITS = {"vc_rosengard", "vc_linero", "vc_eslov", "hsj_ystad", "um_hbg"}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth_date, serial):
    """birth_date 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    y, m, d = birth_date.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def _plus(ts, minutes):
    t = _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")
    return (t + _dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, unit, template, author, role, time, sections, system=None,
      signed=40, setting="öppenvård", refs=()):
    """One note. time 'YYYY-MM-DD HH:MM'. signed: minutes after time, None for
    an unsigned draft, or an explicit ISO timestamp string."""
    iso = time.replace(" ", "T") + ":00"
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = _plus(iso, signed)
    else:
        s = signed
    name, hsa = U[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso,
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for (k, t) in sections],
    }


CASES = []


def C(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    birth, serial = patient
    if as_of is None:
        last = max(n["time"] for n in notes)
        day = _dt.datetime.strptime(last[:10], "%Y-%m-%d") + _dt.timedelta(days=1)
        as_of = day.strftime("%Y-%m-%dT00:00:00")
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

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
ISO = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if not nm or not nm.startswith(PREFIX):
            errs.append("%s: name must start with %s" % (nm, PREFIX))
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % nm)
        p = r["patient"]
        pid, birth = p["id"], p["birth_date"]
        m = re.match(r"^(\d{8})-(\d{4})$", pid)
        if not m:
            errs.append("%s: bad personnummer format %s" % (nm, pid))
        else:
            if m.group(1) != birth.replace("-", ""):
                errs.append("%s: personnummer does not match birth_date" % nm)
            ten = m.group(1)[2:] + m.group(2)
            if luhn_digit(ten[:9]) != ten[9]:
                errs.append("%s: Luhn check fails for %s" % (nm, pid))
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            errs.append("%s: bad birth date" % nm)
        if not ISO.match(r["as_of"]):
            errs.append("%s: as_of not in 2024" % nm)
        ages = [_age(birth, r["as_of"])]
        ids = set()
        systems = {}
        for n in r["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s/%s: note keys" % (nm, n.get("id")))
            if n["id"] in ids:
                errs.append("%s: duplicate note id %s" % (nm, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s/%s: system" % (nm, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s/%s: VGR note must be Melior" % (nm, n["id"]))
            if not ISO.match(n["time"]):
                errs.append("%s/%s: time not in 2024" % (nm, n["id"]))
            if n["signed"] is not None and (not ISO.match(n["signed"]) or n["signed"] < n["time"]):
                errs.append("%s/%s: bad signed" % (nm, n["id"]))
            if n["time"] > r["as_of"]:
                errs.append("%s/%s: note after as_of" % (nm, n["id"]))
            ages.append(_age(birth, n["time"]))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (nm, n["id"]))
            for s in n["sections"]:
                if not s["keyword"].strip() or not s["text"].strip():
                    errs.append("%s/%s: empty section" % (nm, n["id"]))
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: repeated sentence (also in %s): %r" % (nm, seen_sent[sent][0], sent))
                        else:
                            seen_sent[sent] = (nm, n["id"], s["keyword"])
        for a in ages:
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d (13-15 not allowed)" % (nm, a))
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (nm, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (nm, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, target))
                pairs.add((code, target))
                # NL102 fires only where free-text diagnoses are shown (Melior);
                # a hedged PMO diagnosis is asserted as must_not, never as must.
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must asserted on non-Melior note" % nm)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: no assertions" % nm)
    return errs


def counts(cases):
    out = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                out.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    return out


# ==========================================================================
# CASES
# ==========================================================================

# ---------------------------------------------------------------- HIV ----

C("d81-hiv-nydiagnos-ej-informerad", "skane", ("1987-04-02", "317"), [
    N("n1", "sk_inf_mal", "Läkaranteckning", "Karin Ekdahl", "läkare", "2024-02-12 14:10", [
        ("Aktuellt", "Provsvar inkomna efter screening vid asylhälsoundersökning på vårdcentral, pat har ännu inte varit på besök hos oss."),
        ("Bedömning", "HIV-1-infektion, konfirmerad med immunoblot. CD4 210 x10^6/l, HIV-RNA 184 000 kopior/ml."),
        ("Planering", "Pat ej informerad om diagnosen ännu. Nås inte på angivet telefonnummer, kallelse med tolk (tigrinja) skickad till måndag 19/2. Smittskyddsanmälan görs efter besöket."),
    ])],
    must=[("NL101", "n1")],
    why="Confirmed HIV in Bedömning while Planering says the patient is not yet informed of the diagnosis.")

C("d81-hiv-besked-givet-idag", "vgr", ("1979-11-23", "284"), [
    N("n1", "vg_inf_ostra", "Mottagningsanteckning", "Anders Nyqvist", "läkare", "2024-03-05 10:30", [
        ("Aktuellt", "Nybesök för besked om provsvar. Tolk på plats (arabiska)."),
        ("Bedömning", "HIV-1-infektion, CD4 480, virusmängd 23 000 kopior/ml. Pat fick idag besked om diagnosen; blev ledsen men tog informationen med fattning. Kurator deltog under andra halvan av samtalet."),
        ("Planering", "Start av bictegravir/emtricitabin/tenofoviralafenamid efter baslab. Återbesök om 2 v."),
    ])],
    must_not=[("NL101", "n1")],
    why="HIV diagnosis visible but the patient was told at today's visit: no uncommunicated diagnosis.")

C("d81-hiv-hustrun-vet-inte", "skane", ("1968-06-30", "159"), [
    N("n1", "sk_inf_lund", "Mottagningsanteckning", "Per Wallin", "läkare", "2024-04-18 09:15", [
        ("Anamnes", "Känd HIV-infektion sedan januari, välinställd på dolutegravir + lamivudin."),
        ("Aktuellt", "Pat berättar att han ännu inte har informerat hustrun om sin HIV-diagnos. Han är rädd för reaktionen och för att släkten ska få veta."),
        ("Åtgärd", "Informationsplikten enligt smittskyddslagen genomgången igen. Erbjuds stöd av kurator vid samtalet med hustrun, pat tackar ja. Hustrun erbjuds HIV-test via oss."),
    ])],
    must_not=[("NL101", "n1")],
    why="The patient knows his HIV diagnosis; only the wife has not been told, which is not NL101.")

C("d81-hiv-arbetsgivaren-vet-inte", "vgr", ("1990-01-17", "426"), [
    N("n1", "vg_inf_nal", "Telefonanteckning", "Maria Lindgren", "sjuksköterska", "2024-05-08 13:40", [
        ("Telefonkontakt", "Pat ringer, undrar om hon måste berätta om sin HIV för arbetsgivaren på förskolan. Har inte berättat för någon på jobbet och vill inte det heller. Förklarar att det inte finns någon sådan skyldighet när hon är välbehandlad med omätbar virusmängd."),
    ], signed=15)],
    must_not=[("NL101", "n1")],
    why="The patient has not told her employer; she herself knows the diagnosis, so nothing is uncommunicated.")

C("d81-hiv-misstankt-pneumocystis", "skane", ("1977-09-08", "531"), [
    N("n1", "sk_infavd_mal", "Inskrivningsanteckning", "Oskar Fahlén", "läkare", "2024-01-23 21:05", [
        ("Anamnes", "46-årig man, HIV-diagnos för 3 v sedan men har ej påbörjat ART. Tilltagande torrhosta och ansträngningsdyspné i 2 veckor."),
        ("Status", "AT: påverkad, takypné 28/min. SpO2 89 % på luft, sjunker till 82 % vid gång i korridoren. Lungor: rena andningsljud bilat."),
        ("Bedömning", "CD4 40. Misstänkt pneumocystispneumoni. Trimetoprim-sulfa i högdos + prednisolon insatt. BAL via lungmedicin imorgon."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Misstänkt pneumocystispneumoni' in a visible Bedömning of a Melior admission note.")

C("d81-hiv-trolig-blip", "vgr", ("1972-02-14", "398"), [
    N("n1", "vg_inf_sas", "Läkaranteckning", "Sofia Berg", "läkare", "2024-06-11 11:00", [
        ("Aktuellt", "Halvårskontroll. Tar sina tabletter dagligen, inga missade doser enligt pat."),
        ("Bedömning", "HIV-RNA 74 kopior/ml, tidigare omätbart i fem år. Trolig blip. Ny kontroll om 4 veckor, ingen resistensbestämning nu."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Trolig blip' hedges a transient lab value, not a diagnosis; the HIV itself is settled.")

C("d81-hiv-bild-som-vid-akut-retroviralt", "vgr", ("1998-05-21", "653"), [
    N("n1", "vg_akut_udd", "Läkaranteckning akut", "Jonas Holm", "läkare", "2024-07-02 02:20", [
        ("Anamnes", "Feber, halsont och utslag på bålen sedan 5 dagar. Oskyddat samlag med ny partner ca 3 veckor innan insjuknandet."),
        ("Status", "Makulopapulöst exantem bål, små ömmande körtlar på halsen bilat. Tonsiller lätt rodnade utan beläggningar."),
        ("Bedömning", "HIV Ag/Ak-test reaktivt, konfirmation skickad. Bild som vid akut retroviralt syndrom. Kontakt med infektionsjouren som tar över fortsatt handläggning."),
    ], setting="akut")],
    must=[("NL102", "n1")],
    why="'Bild som vid akut retroviralt syndrom' is a hedged primary HIV diagnosis in a visible section.")

C("d81-hiv-resistens-informerad", "skane", ("1983-12-04", "772"), [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Elin Strand", "läkare", "2024-08-20 14:00", [
        ("Aktuellt", "Stigande virusmängd trots uppgiven god följsamhet, senast 3 400 kopior/ml."),
        ("Utredning", "Genotypisk resistensbestämning: M184V och K65R i RT-genen, inga integrasmutationer."),
        ("Bedömning", "Virologisk svikt med NRTI-resistens. Pat informerad om resultatet och att nuvarande behandling behöver bytas."),
        ("Planering", "Byte till dolutegravir + darunavir/kobicistat. Ny HIV-RNA om 4 v."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Resistance result and treatment failure are stated as settled and the patient was informed today.")

C("d81-hiv-iris-kan-inte-uteslutas", "vgr", ("1975-07-19", "215"), [
    N("n1", "vg_inf_ostra", "Läkaranteckning", "Hanna Ekström", "läkare", "2024-09-03 15:20", [
        ("Aktuellt", "Startade ART för 5 veckor sedan (CD4 då 35). Sedan en vecka ny ömmande körtelsvullnad vä axill och feber till 38,6."),
        ("Bedömning", "IRIS kan inte uteslutas. DD tuberkulös lymfadenit som demaskerats av immunrekonstitutionen. Finnålspunktion och odling för mykobakterier, IGRA."),
    ])],
    must=[("NL102", "n1")],
    why="'IRIS kan inte uteslutas' plus a DD of tuberculous lymphadenitis in a visible Bedömning.")

C("d81-hiv-toxoplasmos-mall-tidiga-hypoteser", "skane", ("1964-03-27", "819"), [
    N("n1", "sk_infavd_lund", "Tidiga hypoteser", "Magnus Lind", "läkare", "2024-10-14 16:45", [
        ("Bedömning", "Ringförstärkande lesioner i basala ganglierna bilat på DT. Ev. cerebral toxoplasmos, DD primärt CNS-lymfom. Pat är ej informerad om lymfommisstanken; avvaktar toxoplasmaserologi och behandlingssvar efter 2 v."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: hedged and untold diagnoses written in the protected template Tidiga hypoteser are not visible.")

C("d81-hiv-misstanke-pa-vardcentral-pmo", "skane", ("1985-10-10", "463"), [
    N("n1", "vc_rosengard", "Besöksanteckning", "Amir Haddad", "läkare", "2024-03-19 08:50", [
        ("Aktuellt", "Viktnedgång 8 kg på ett halvår, nattsvettningar och återkommande munsvamp."),
        ("Bedömning", "Misstänkt HIV-infektion. HIV-test, blodstatus och CRP tagna. Remiss till infektionsmottagningen SUS Malmö vid positivt svar."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses, so a suspected HIV infection in a vårdcentral note is not NL102.")

C("d81-hiv-provdatum-ej-meddelat", "vgr", ("1959-08-12", "935"), [
    N("n1", "vg_inf_skas", "Sjuksköterskeanteckning", "Linnea Karlsson", "sjuksköterska", "2024-04-25 10:05", [
        ("Aktuellt", "Pat med känd HIV-infektion sedan 2015, stabil på behandling."),
        ("Planering", "Pat är ännu inte informerad om datum för nästa provtagning – kallelse skickas när labbtiderna för hösten är klara."),
    ], signed=20)],
    must_not=[("NL101", "n1")],
    why="What the patient has not been told is a sampling date, not a diagnosis.")

C("d81-hiv-kan-inte-utesluta-missade-doser", "skane", ("1981-01-29", "547"), [
    N("n1", "sk_inf_kri", "Läkaranteckning", "Gustav Ahl", "läkare", "2024-05-27 13:30", [
        ("Aktuellt", "HIV-RNA 230 kopior/ml vid årskontrollen."),
        ("Bedömning", "Kan inte utesluta att pat missat doser under fastemånaden då måltiderna förskjutits. Går igenom doseringstider, ny kontroll om 6 v."),
    ])],
    must_not=[("NL102", "n1")],
    why="The hedge 'kan inte utesluta' concerns missed doses (adherence), not a diagnosis.")

C("d81-hiv-typo-misstankr-kaposi", "vgr", ("1970-04-05", "611"), [
    N("n1", "vg_inf_nal", "Läkaranteckning", "Karl Wikström", "läkare", "2024-06-19 15:55", [
        ("Status", "Violett, ca 8 mm stor plack på hårda gommen. Ytterligare två liknande lesioner på vänster underben."),
        ("Bedömning", "Misstänkr Kaposis sarkom. Px tas via ÖNH, remiss skickad. CD4 160."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="Typo 'Misstänkr' still hedges Kaposi's sarcoma in a visible section (unsigned draft).")

C("d81-hiv-lang-arskontroll-neurokognitiv", "skane", ("1962-02-18", "399"), [
    N("n1", "sk_inf_mal", "Mottagningsanteckning", "Ulrika Sandell", "läkare", "2024-11-07 09:00", [
        ("Anamnes", "62-årig man, HIV-diagnos 1996, behandlad sedan dess, numera med bictegravir/FTC/TAF. Hypertoni, typ 2-diabetes på metformin. Exrökare sedan 2010."),
        ("Aktuellt", "Årskontroll. Hustrun har noterat att han blivit glömsk det senaste året, tappar bort nycklar, har svårt att hålla reda på räkningar. Pat själv bagatelliserar men medger att han har svårare att koncentrera sig när han läser."),
        ("Status", "AT: gott. Cor: RR, inga blåsljud, BT 146/88. Pulm: vesikulära andningsljud bilat. Buk: mjuk, oöm. Neurologiskt: Romberg ua, fingertapping lätt långsam hö. MoCA 22/30, förlust framför allt på fördröjd återgivning och exekutiva uppgifter."),
        ("Lab", "CD4 620, HIV-RNA <20. Hb 141, krea 98, HbA1c 54. B12 och TSH normala."),
        ("Bedömning", "Välbehandlad HIV. Möjlig HIV-associerad neurokognitiv störning, men vaskulär genes och depression behöver också värderas."),
        ("Planering", "MR hjärna, remiss minnesmottagningen för neuropsykologisk testning. Ses om 3 mån."),
    ], signed=95)],
    must=[("NL102", "n1")],
    why="Long annual HIV chart: one sentence 'Möjlig HIV-associerad neurokognitiv störning' in visible Bedömning.")

C("d81-hiv-lang-arskontroll-utan-hypotes", "vgr", ("1985-06-09", "228"), [
    N("n1", "vg_inf_ostra", "Mottagningsanteckning", "Johanna Pihl", "läkare", "2024-11-26 13:15", [
        ("Anamnes", "39-årig kvinna, HIV sedan 2009 efter heterosexuell smitta. Sonen född 2014, testad negativt. Inga andra kroniska sjukdomar."),
        ("Aktuellt", "Årskontroll. Mår bra, arbetar heltid som undersköterska. Intresserad av långverkande injektionsbehandling för att slippa dagliga tabletter."),
        ("Status", "Gott och opåverkat AT. Vikt 71 kg, oförändrat. Hjärta och lungor ua. Inga tecken på lipodystrofi. Munhåla: ingen candida."),
        ("Lab", "CD4 890, HIV-RNA omätbart sedan 2011. Lipider, leverprover, krea normala."),
        ("Bedömning", "Stabil, välbehandlad HIV. Cellprov från cervix i våras utan misstanke om dysplasi."),
        ("Planering", "Ev. byte till kabotegravir/rilpivirin var 8:e vecka – pat ska fundera till nästa kontakt. Nästa kontroll om 12 mån."),
    ], signed=60)],
    must_not=[("NL102", "n1")],
    why="Long chart whose only hedges are negations ('inga tecken på', 'utan misstanke om') and a plan ('ev. byte').")

C("d81-hiv-prep-negativt-test", "skane", ("1995-09-13", "173"), [
    N("n1", "sk_inf_lund", "Sjuksköterskeanteckning", "Tove Malm", "sjuksköterska", "2024-02-28 08:25", [
        ("Aktuellt", "PrEP-kontroll var tredje månad. Uppger två nya partners sedan förra kontrollen, kondom inte alltid."),
        ("Utredning", "HIV Ag/Ak negativt, ingen misstanke om HIV-infektion. Syfilisserologi neg. Gonorré och klamydia från svalg, rektum och urin negativa."),
        ("Planering", "Recept på emtricitabin/tenofovirdisoproxil förnyat för 3 mån."),
    ], signed=25)],
    must_not=[("NL102", "n1")],
    why="PrEP visit: 'ingen misstanke om HIV-infektion' is negated, all STI tests negative.")

# ------------------------------------------------------- hepatitis B ----

C("d81-hbv-serologi-talar-for-kronisk", "skane", ("1976-03-15", "482"), [
    N("n1", "sk_hep_mal", "Läkaranteckning", "Niklas Ek", "läkare", "2024-01-16 10:40", [
        ("Aktuellt", "Remiss från vårdcentral efter positivt HBsAg vid hälsokontroll. Född i Vietnam, mor hade leversjukdom."),
        ("Utredning", "HBsAg pos, anti-HBc pos, IgM anti-HBc neg. HBeAg neg, anti-HBe pos. HBV-DNA 1 800 IE/ml, ALAT 0,42."),
        ("Bedömning", "Serologin talar för kronisk hepatit B i HBeAg-negativ fas. Fibroscan och ny HBsAg om 6 mån för att säkerställa kronicitet."),
    ])],
    must=[("NL102", "n1")],
    why="Serology pattern 'talar för kronisk hepatit B' is a hedged diagnosis in visible Bedömning.")

C("d81-hbv-genomgangen-utlakt", "vgr", ("1958-12-01", "317"), [
    N("n1", "vg_hep_ostra", "Läkaranteckning", "Sara Lundqvist", "läkare", "2024-02-06 14:20", [
        ("Utredning", "HBsAg neg. Anti-HBc pos, anti-HBs 140 IE/l."),
        ("Bedömning", "Genomgången och utläkt hepatit B. Ingen behandling eller fortsatt uppföljning behövs. Pat informerad om provsvaren vid dagens besök. Bör upplysa vården vid framtida immunsuppressiv behandling."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Resolved hepatitis B stated as settled and told to the patient today.")

C("d81-hbv-forenligt-med-vaccination", "skane", ("2001-07-27", "264"), [
    N("n1", "sk_inf_lund", "Telefonanteckning", "Ida Persson", "sjuksköterska", "2024-03-14 11:10", [
        ("Telefonkontakt", "Svar på serologi inför arbete inom vården. Anti-HBs 85 IE/l, anti-HBc neg, förenligt med vaccination. Meddelat pat att ingen ytterligare dos behövs."),
    ], signed=10)],
    must_not=[("NL102", "n1")],
    why="'Förenligt med vaccination' hedges an immunity status, not a disease.")

C("d81-hbv-trolig-reaktivering-rituximab", "skane", ("1949-05-06", "156"), [
    N("n1", "sk_hem_lund", "Konsultationssvar", "Lars-Erik Mårtensson", "läkare", "2024-04-09 15:30", [
        ("Frågeställning", "Stigande transaminaser hos pat med follikulärt lymfom under rituximab-underhåll. Anti-HBc pos före behandlingsstart."),
        ("Bedömning", "HBsAg nu positivt och HBV-DNA 4,6 miljoner IE/ml. Trolig HBV-reaktivering under rituximab. Entekavir 0,5 mg x1 insätts omgående."),
    ])],
    must=[("NL102", "n1")],
    why="Infection consultant writes 'Trolig HBV-reaktivering' in a visible Bedömning at hematology.")

C("d81-hbv-mamman-utreds-barnet-skyddat", "skane", ("2023-05-11", "428"), [
    N("n1", "sk_barninf_lund", "Läkaranteckning", "Sanna Wennberg", "läkare", "2024-02-15 09:30", [
        ("Anamnes", "9 mån gammal flicka. Mamman utreds fortfarande för trolig kronisk hepatit B, har uteblivit från två besök på infektion."),
        ("Aktuellt", "Barnet fick hepatit B-vaccin och immunglobulin inom 12 timmar efter förlossningen samt vaccindoser enligt schema."),
        ("Bedömning", "Flickan har HBsAg neg och anti-HBs 310 IE/l. Skyddad, ej smittad. Avslutas hos oss."),
    ])],
    must_not=[("NL102", "n1")],
    why="The hedged hepatitis B is the mother's; the child (guardian reads) is not infected.")

C("d81-hbv-cirros-ej-informerad", "vgr", ("1961-10-22", "271"), [
    N("n1", "vg_hep_ostra", "Läkaranteckning", "Peter Öhman", "läkare", "2024-05-21 16:05", [
        ("Aktuellt", "Kronisk hepatit B, följs sedan 2019. Fibroscan gjord av ssk idag, pat gick direkt efter undersökningen."),
        ("Utredning", "Fibroscan 16,8 kPa (IQR/median 9 %). Trombocyter 118, albumin 34."),
        ("Bedömning", "Kompenserad levercirros, Child-Pugh A. Pat ännu inte informerad om cirrosfyndet – tas upp vid återbesök med tolk 4/6."),
        ("Planering", "Starta tenofovir. Ultraljud lever var 6:e månad för HCC-screening. Gastroskopi för varicesscreening."),
    ])],
    must=[("NL101", "n1")],
    why="Cirrhosis stated in visible Bedömning with 'pat ännu inte informerad om cirrosfyndet'.")

C("d81-hbv-fibroscan-inger-misstanke-cirros", "skane", ("1966-08-03", "635"), [
    N("n1", "sk_inf_kri", "Mottagningsanteckning", "Emma Nordin", "läkare", "2024-06-04 13:50", [
        ("Utredning", "Fibroscan 13,9 kPa, IQR 12 %. CAP 210 dB/m."),
        ("Bedömning", "Inger misstanke om kompenserad cirros vid kronisk hepatit B. Ultraljud lever och portaflöde beställt, ELF-test."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Inger misstanke om kompenserad cirros' after fibroscan in a visible note (unsigned draft).")

C("d81-hbv-fibroscan-normal-ej-meddelad", "vgr", ("1980-02-25", "744"), [
    N("n1", "vg_inf_sas", "Sjuksköterskeanteckning", "Amanda Björk", "sjuksköterska", "2024-06-27 10:35", [
        ("Åtgärd", "Fibroscan utförd: 5,1 kPa, IQR 8 %. Ingen signifikant fibros."),
        ("Planering", "Pat ej informerad om resultatet ännu då hon fick gå före läkarbedömningen, brev skickas efter att dr Sjöberg tittat på det."),
    ], signed=30)],
    must_not=[("NL101", "n1")],
    why="Only a normal fibroscan result is untold; no diagnosis is withheld.")

C("d81-hbv-hcc-i-sokord-tidiga-hypoteser", "vgr", ("1955-04-14", "533"), [
    N("n1", "vg_hep_ostra", "Läkaranteckning", "Mats Ivarsson", "läkare", "2024-07-16 11:25", [
        ("Aktuellt", "Halvårskontroll kronisk hepatit B med cirros. Ultraljud lever gjort i förra veckan."),
        ("Bedömning", "Stabil leverfunktion, HBV-DNA omätbart på tenofovir."),
        ("Tidiga hypoteser", "Ultraljud visar 2,1 cm hypoekogen förändring i segment 7, misstänkt HCC. Pat ej informerad, MR lever med kontrast först och därefter MDK."),
        ("Planering", "MR lever beställd. Nytt besök efter MR."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: suspected, untold HCC sits only under the protected sökord Tidiga hypoteser.")

C("d81-hbv-ev-hepatit-d", "vgr", ("1984-11-30", "192"), [
    N("n1", "vg_inf_nal", "Läkaranteckning", "Farah Yusuf", "läkare", "2024-08-13 14:45", [
        ("Anamnes", "Kronisk hepatit B sedan ankomst till Sverige 2016. Från Mongoliet."),
        ("Bedömning", "ALAT 2,3 trots lågt HBV-DNA (95 IE/ml). Ev. samtidig hepatit D-infektion. Anti-HDV och HDV-RNA skickade."),
    ])],
    must=[("NL102", "n1")],
    why="'Ev. samtidig hepatit D-infektion' hedges a coinfection diagnosis in a visible section.")

C("d81-hbv-trolig-kronisk-pmo-vardcentral", "skane", ("1992-12-19", "857"), [
    N("n1", "vc_linero", "Besöksanteckning", "Britt Holmqvist", "läkare", "2024-09-10 10:15", [
        ("Aktuellt", "Hälsoundersökning asylsökande. HBsAg positivt, i övrigt normala prover."),
        ("Bedömning", "Trolig kronisk hepatit B, smittad i hemlandet. Remiss till infektionsmottagningen i Lund, hushållskontakter erbjuds provtagning."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: a hedged hepatitis B diagnosis in a vårdcentral note is never shown.")

# ------------------------------------------------------- hepatitis C ----

C("d81-hcv-typo-ej-infomerad", "skane", ("1988-06-07", "359"), [
    N("n1", "sk_inf_mal", "Läkaranteckning", "Fredrik Borg", "läkare", "2024-01-30 15:10", [
        ("Aktuellt", "Provsvar från sprututbytet."),
        ("Utredning", "Anti-HCV pos, HCV-RNA 2,3 milj IE/ml, genotyp 3a."),
        ("Bedömning", "Kronisk hepatit C. Pat är ej infomerad ännu – kontaktperson på sprututbytet försöker nå honom så att han kan komma på besök nästa vecka."),
    ])],
    must=[("NL101", "n1")],
    why="Typo 'ej infomerad': hepatitis C stands in Bedömning and the patient has not been told.")

C("d81-hcv-spontant-utlakt", "vgr", ("1974-09-18", "446"), [
    N("n1", "vg_inf_skas", "Mottagningsanteckning", "Cecilia Falk", "läkare", "2024-02-20 09:45", [
        ("Utredning", "Anti-HCV positivt. HCV-RNA ej påvisbart vid två tillfällen med 3 månaders mellanrum."),
        ("Bedömning", "Spontant utläkt hepatit C-infektion. Ingen behandling behövs. Reinfektion är möjlig om han exponeras igen – informerat om sprututbyte och kondom."),
    ])],
    must_not=[("NL102", "n1")],
    why="Settled resolved HCV; 'reinfektion är möjlig om han exponeras igen' is conditional, not a hypothesis.")

C("d81-hcv-svr12-botad", "skane", ("1969-01-11", "738"), [
    N("n1", "sk_inf_hbg", "Telefonanteckning", "Jenny Olofsson", "sjuksköterska", "2024-03-26 13:05", [
        ("Telefonkontakt", "Ringer pat med svar på SVR12: HCV-RNA ej påvisbart. Pat är botad från hepatit C och mycket glad över beskedet. Inga tecken på reinfektion. Avslutas på mottagningen, fortsatt kontakt med sprututbytet."),
    ], signed=8)],
    must_not=[("NL102", "n1")],
    why="Cure after treatment stated as fact; 'inga tecken på reinfektion' is negated.")

C("d81-hcv-reinfektion-kan-ej-uteslutas", "vgr", ("1986-05-03", "612"), [
    N("n1", "vg_hep_ostra", "Läkaranteckning", "Daniel Runesson", "läkare", "2024-04-16 10:20", [
        ("Aktuellt", "Behandlad med sofosbuvir/velpatasvir 2022, SVR12 uppnådd. Nu HCV-RNA åter positivt, 450 000 IE/ml."),
        ("Bedömning", "Reinfektion kan ej uteslutas, DD sent recidiv. Sekvensering för att jämföra med tidigare genotyp 1a."),
    ])],
    must=[("NL102", "n1")],
    why="'Reinfektion kan ej uteslutas, DD sent recidiv' stands in a visible Bedömning.")

C("d81-hcv-fibroscan-talar-emot-fibros", "skane", ("1978-10-26", "921"), [
    N("n1", "sk_hep_mal", "Mottagningsanteckning", "Josefin Alm", "läkare", "2024-05-14 14:15", [
        ("Utredning", "Fibroscan 6,3 kPa, IQR 10 %. Trombocyter 245."),
        ("Bedömning", "Obehandlad hepatit C genotyp 1b. Fynden talar emot avancerad fibros, behandling kan ges på mottagningen utan ultraljudsuppföljning."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Talar emot avancerad fibros' is a ruled-out finding; hepatitis C itself is settled.")

C("d81-hcv-cirros-mall-tidiga-hypoteser", "skane", ("1963-07-22", "284"), [
    N("n1", "sk_inf_lund", "Tidiga hypoteser", "Rasmus Kjellberg", "läkare", "2024-06-12 16:30", [
        ("Bedömning", "Trolig levercirros trots fibroscan 9 kPa – milt förstorad mjälte och låga trombocyter. Pat ej informerad om misstanken, ultraljud med elastografi först."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: the cirrhosis hypothesis and the fact it is untold are kept in the Tidiga hypoteser template.")

C("d81-hcv-ev-behandlingsstart", "vgr", ("1991-03-09", "375"), [
    N("n1", "vg_inf_nal", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-07-09 11:50", [
        ("Aktuellt", "Hepatit C genotyp 3a, ej cirros. Inskriven i LARO sedan i våras, stabil enligt LARO-ssk."),
        ("Planering", "Ev. start av glekaprevir/pibrentasvir i september när pat har fast boende. Pat vill själv vänta."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Ev. start' hedges a treatment plan; the hepatitis C diagnosis is settled.")

C("d81-hcv-forenligt-med-kryoglobulinemi", "vgr", ("1957-11-04", "167"), [
    N("n1", "vg_inf_ostra", "Läkaranteckning", "Eva Gunnarsson", "läkare", "2024-08-22 15:00", [
        ("Status", "Palpabel purpura på underbenen bilat. Artralgier i händer och knän."),
        ("Utredning", "Kryoglobuliner påvisade, C4 0,02 g/l, RF pos. U-sticka: protein 2+, blod 1+."),
        ("Bedömning", "Förenligt med kryoglobulinemisk vaskulit sekundärt till hepatit C. Njurmedicin konsulteras."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Förenligt med kryoglobulinemisk vaskulit' is a hedged diagnosis in a visible draft.")

C("d81-hcv-recept-ej-meddelat", "skane", ("1982-04-28", "590"), [
    N("n1", "sk_inf_kri", "Sjuksköterskeanteckning", "Malin Thorsson", "sjuksköterska", "2024-09-17 14:40", [
        ("Aktuellt", "Hepatit C genotyp 2, beslut om behandling med sofosbuvir/velpatasvir i 12 v taget av dr Ahl."),
        ("Planering", "Pat ännu inte informerad om att receptet skickats till apoteket – ringer imorgon förmiddag och bokar provtagning v. 4."),
    ], signed=20)],
    must_not=[("NL101", "n1")],
    why="What is not yet told is that a prescription was sent, not a diagnosis.")

C("d81-hcv-besked-via-1177", "vgr", ("1993-08-16", "481"), [
    N("n1", "vg_inf_sas", "Administrativ anteckning", "Tobias Lund", "läkare", "2024-10-01 08:40", [
        ("Åtgärd", "Besked om positivt HCV-RNA (genotyp 1a) lämnat till pat via 1177-meddelande enligt pats egen önskan vid förra besöket. Hepatit C bekräftad. Pat har läst meddelandet och svarat, återbesök bokat om 3 v."),
    ], signed=12)],
    must_not=[("NL101", "n1")],
    why="The hepatitis C result was given to the patient via 1177 and acknowledged.")

# ------------------------------------------------------- tuberculosis ----

C("d81-tb-latent-typo-ingen-missanke", "skane", ("1989-02-10", "526"), [
    N("n1", "sk_tb_mal", "Läkaranteckning", "Hampus Rydén", "läkare", "2024-01-11 09:20", [
        ("Aktuellt", "Remitterad efter positiv IGRA vid screening inför biologisk behandling (adalimumab) för Crohns sjukdom."),
        ("Utredning", "QuantiFERON 2,4 IE/ml. Rtg pulm utan anmärkning. Inga symtom: ingen hosta, feber eller viktnedgång."),
        ("Bedömning", "Latent tuberkulos. Ingen missanke om aktiv tbc. Behandling med rifampicin i 4 mån, adalimumab kan startas efter 4 veckors behandling."),
    ])],
    must_not=[("NL102", "n1")],
    why="Typo 'Ingen missanke om aktiv tbc' is still a negation; latent TB is stated as settled.")

C("d81-tb-trol-latent-borderline-igra", "vgr", ("1973-06-25", "341"), [
    N("n1", "vg_tb_ostra", "Mottagningsanteckning", "Anna-Karin Vik", "läkare", "2024-02-07 13:10", [
        ("Aktuellt", "Kontaktspårning efter ett fall av lungtuberkulos på arbetsplatsen."),
        ("Bedömning", "IGRA 0,38 IE/ml, nära gränsvärdet. Trol. latent tbc men osäkert, ny IGRA om 6 v innan ställningstagande till behandling. Rtg pulm ua."),
    ])],
    must=[("NL102", "n1")],
    why="'Trol. latent tbc' with a borderline IGRA hedges the patient's own diagnosis in a visible section.")

C("d81-tb-misstankt-lungtb-kavitet", "skane", ("1991-08-30", "757"), [
    N("n1", "sk_infavd_mal", "Inskrivningsanteckning", "Viktor Hedin", "läkare", "2024-02-21 18:30", [
        ("Anamnes", "32-årig man från Eritrea, i Sverige sedan 2 år. Hosta i 3 mån, nattliga svettningar, gått ner 6 kg."),
        ("Status", "Tunn, opåverkad. Temp 37,9. Krepitationer över hö ovanlob."),
        ("Rtg", "Kavitet ca 3 cm i hö ovanlob med omgivande infiltrat."),
        ("Bedömning", "Misstänkt lungtuberkulos. Luftburen isolering på enkelrum med sluss. Sputa x3 för direktmikroskopi, PCR och odling."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Misstänkt lungtuberkulos' with sputum work-up pending, visible in an admission note.")

C("d81-tb-odling-positiv-besked-ej-givet", "vgr", ("1995-12-12", "219"), [
    N("n1", "vg_inf_skas", "Läkaranteckning", "Lovisa Dahl", "läkare", "2024-03-12 16:20", [
        ("Aktuellt", "Utreds sedan februari för långdragen hosta, direktmikroskopi då negativ."),
        ("Utredning", "Sputumodling nu positiv för M. tuberculosis-komplex. GeneXpert: ingen rifampicinresistens."),
        ("Bedömning", "Lungtuberkulos, mikroskopinegativ. Pat har inte fått besked om odlingssvaret – ringer imorgon förmiddag med telefontolk (dari)."),
        ("Planering", "Start av fyrdrogsbehandling efter samtalet. Smittskyddsanmälan."),
    ])],
    must=[("NL101", "n1")],
    why="Culture-confirmed pulmonary TB is visible while the patient has not yet been given the result.")

C("d81-tb-smittskyddsanmalan-pat-informerad", "skane", ("1984-04-19", "873"), [
    N("n1", "sk_tb_mal", "Mottagningsanteckning", "Lena Mattsson", "läkare", "2024-03-28 10:50", [
        ("Bedömning", "Sputumpositiv lungtuberkulos, fullt känslig stam."),
        ("Åtgärd", "Anmälan enligt smittskyddslagen gjord i SmiNet. Pat informerad om diagnosen, förhållningsreglerna och att smittspårning påbörjas bland familj och kollegor. Tolk via telefon (somaliska)."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Confirmed TB, smittskydd duties done and the patient informed of the diagnosis.")

C("d81-tb-kontakt-till-misstankt-fall", "vgr", ("1997-01-03", "664"), [
    N("n1", "vg_tb_ostra", "Sjuksköterskeanteckning", "Petra Nygren", "sjuksköterska", "2024-04-10 09:05", [
        ("Aktuellt", "Kallad för smittspårning. Delar lägenhet med en bror som vårdas på infektion för misstänkt smittsam lungtbc."),
        ("Åtgärd", "IGRA och rtg pulm beställda. Pat själv helt symtomfri, informerad om att höra av sig vid hosta."),
    ], signed=35)],
    must_not=[("NL102", "n1")],
    why="The suspected TB belongs to the brother (index case), not to the patient.")

C("d81-tb-barn-mormor-smittsam", "skane", ("2020-08-14", "305"), [
    N("n1", "sk_barninf_lund", "Läkaranteckning", "Jenny Hallberg", "läkare", "2024-04-23 14:30", [
        ("Anamnes", "3-årig pojke. Mormor som bor i familjen har nyligen fått diagnosen smittsam lungtuberkulos; hon hade sannolikt varit sjuk i flera månader innan."),
        ("Status", "Pigg, välmående. Lungor ua. Inga palpabla lymfkörtlar."),
        ("Bedömning", "Rtg pulm ua, IGRA neg. Pga åldern ges fönsterprofylax med isoniazid i avvaktan på ny IGRA om 8 v. Föräldrarna informerade."),
    ])],
    must_not=[("NL102", "n1")],
    why="Child contact: the only hedge is about the grandmother's illness; the child has no hedged diagnosis.")

C("d81-tb-typo-missankt-lymfadenit", "vgr", ("1999-10-21", "458"), [
    N("n1", "vg_inf_sas", "Läkaranteckning", "Omar Saleh", "läkare", "2024-05-06 11:30", [
        ("Status", "Ca 3 cm fast, lätt fluktuerande körtel vä sida av halsen, ingen rodnad. I övrigt ua."),
        ("Bedömning", "Missänkt tuberkulös lymfadenit. Finnålspunktion skickad för cytologi, PCR och mykobakterieodling."),
    ])],
    must=[("NL102", "n1")],
    why="Typo 'Missänkt' still hedges tuberculous lymphadenitis in visible Bedömning.")

C("d81-tb-pleuravatska-talar-for", "skane", ("1967-03-04", "139"), [
    N("n1", "sk_lung_lund", "Läkaranteckning", "Hugo Engström", "läkare", "2024-05-22 15:15", [
        ("Utredning", "Pleuratappning hö: exsudat, 85 % lymfocyter, ADA 62 U/l. Mikroskopi neg, odling pågår."),
        ("Bedömning", "Talar för tuberkulös pleurit. Pleurabiopsi diskuteras med infektion."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Talar för tuberkulös pleurit' is a hedged diagnosis in visible Bedömning.")

C("d81-tb-typo-utsluten-isolering-havs", "vgr", ("1952-09-27", "592"), [
    N("n1", "vg_infavd_nal", "Daganteckning", "Rebecka Nilsson", "läkare", "2024-06-03 11:40", [
        ("Bedömning", "Tre sputa negativa i mikroskopi och PCR. Aktiv tbc bedöms därmed utsluten, isoleringen hävs. Pneumonin i vä underlob behandlas vidare med bensylpenicillin."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="Typo 'utsluten' for uteslutet: active TB is ruled out, the pneumonia is settled.")

C("d81-tb-dot-ev-illamaende", "skane", ("1994-11-15", "714"), [
    N("n1", "sk_tb_mal", "Sjuksköterskeanteckning", "Jessica Axelsson", "sjuksköterska", "2024-06-18 08:45", [
        ("Aktuellt", "DOT vecka 6, tar rifampicin, isoniazid, pyrazinamid och etambutol under observation."),
        ("Omvårdnad", "Uppger ev. lätt illamående efter intaget på morgonen. Ingen gulsot, äter bra. Rekommenderas ta tabletterna efter frukost."),
    ], signed=15)],
    must_not=[("NL102", "n1")],
    why="'Ev. lätt illamående' hedges a symptom, not a diagnosis.")

C("d81-tb-trolig-lakemedelshepatit", "vgr", ("1960-02-08", "833"), [
    N("n1", "vg_tb_ostra", "Läkaranteckning", "Björn Tellander", "läkare", "2024-07-04 14:05", [
        ("Utredning", "ALAT 4,8 µkat/l (tidigare 0,6), bilirubin 28. Hepatitserologi neg."),
        ("Bedömning", "Trolig läkemedelsinducerad hepatit av isoniazid/pyrazinamid. Samtliga tbc-läkemedel pausas, leverprover 2 ggr/v."),
    ])],
    must=[("NL102", "n1")],
    why="'Trolig läkemedelsinducerad hepatit' is a hedged diagnosis during TB treatment.")

C("d81-tb-mdr-ej-informerad", "skane", ("1986-07-12", "279"), [
    N("n1", "sk_tb_mal", "Läkaranteckning", "Lena Mattsson", "läkare", "2024-08-08 16:40", [
        ("Utredning", "Fenotypisk resistensbestämning från Folkhälsomyndigheten: resistens mot rifampicin och isoniazid."),
        ("Bedömning", "Multiresistent tuberkulos (MDR-TB). Pat ej informerad ännu; samtal planeras torsdag med tolk, TB-ssk och kurator. Nuvarande behandling byts då."),
    ])],
    must=[("NL101", "n1")],
    why="MDR-TB is written in visible Bedömning together with 'pat ej informerad ännu'.")

C("d81-tb-spinal-besked-dagen-efter", "vgr", ("1971-05-29", "146"), [
    N("n1", "vg_ort_moln", "Läkaranteckning", "Erik Sandberg", "läkare", "2024-09-02 15:30", [
        ("Bedömning", "Biopsi Th8 visar granulomatös inflammation med nekros, PCR positiv för M. tuberculosis. Spinal tuberkulos (Potts sjukdom). Pat ej informerad ännu – besked ges tillsammans med infektionsläkare imorgon."),
    ], setting="slutenvård"),
    N("n2", "vg_inf_ostra", "Läkaranteckning", "Maja Forsberg", "läkare", "2024-09-03 11:00", [
        ("Aktuellt", "Gemensamt besök med ortoped på avdelningen."),
        ("Bedömning", "Pat informerad om diagnosen spinal tuberkulos och om behandling i minst 9–12 månader. Frågor besvarade, hustrun närvarande."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    must_not=[("NL101", "n2")],
    why="The orthopaedic note withholds spinal TB (NL101 on n1); the next day's note tells the patient (not on n2).")

C("d81-tb-misstanke-vardcentral-pmo", "skane", ("1990-03-21", "898"), [
    N("n1", "vc_eslov", "Besöksanteckning", "Gunnar Lilja", "läkare", "2024-09-24 10:30", [
        ("Aktuellt", "Hosta sedan 2 mån, nattsvettningar, viktnedgång 5 kg. Kom till Sverige från Afghanistan via Iran för ett år sedan."),
        ("Bedömning", "Stark misstanke om lungtuberkulos. Akut rtg pulm ordinerad, kontakt med infektionsjour i Lund som tar emot pat idag. Munskydd på i väntrummet."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO vårdcentral note: suspected TB is never shown, so not NL102.")

C("d81-tb-ev-havning-av-isolering", "vgr", ("1948-12-24", "352"), [
    N("n1", "vg_infavd_ostra", "Daganteckning", "Mikael Strömberg", "läkare", "2024-10-08 10:15", [
        ("Aktuellt", "Sputumpositiv lungtuberkulos, behandlingsdag 12. Feberfri sedan 5 dagar, hostar mindre."),
        ("Planering", "Eventuellt hävning av isolering efter 14 dagars behandling om fortsatt förbättring. Trolig utskrivning nästa vecka med DOT via TB-mottagningen."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="Hedges on isolation and discharge plans only; the TB diagnosis is confirmed.")

C("d81-tb-oklart-om-aktiv-eller-gammal", "skane", ("1956-10-09", "467"), [
    N("n1", "sk_inf_kri", "Mottagningsanteckning", "Therese Blom", "läkare", "2024-10-22 13:45", [
        ("Utredning", "Rtg pulm: fibrotiska strängar och förkalkningar i vä ovanlob. IGRA pos. Lätt hosta."),
        ("Bedömning", "Oklart om det rör sig om aktiv tuberkulos eller gamla utläkta förändringar. DT thorax och sputa x3."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Oklart om det rör sig om aktiv tuberkulos' hedges the patient's diagnosis (unsigned draft).")

C("d81-tb-fragestallning-spondylit", "vgr", ("1979-04-16", "581"), [
    N("n1", "vg_inf_skas", "Remiss", "Johan Ahlström", "läkare", "2024-11-05 09:55", [
        ("Frågeställning", "Tuberkulös spondylit? Ryggvärk på Th10-nivå i 2 mån, subfebril, IGRA pos."),
        ("Anamnes", "Kommer från Somalia, latent tbc konstaterad 2019 men aldrig behandlad."),
    ])],
    must=[("NL102", "n1")],
    why="Referral text 'Tuberkulös spondylit?' under Frågeställning is a visible hedged diagnosis.")

C("d81-tb-latent-info-om-varningstecken", "skane", ("1987-09-02", "620"), [
    N("n1", "sk_inf_hbg", "Sjuksköterskeanteckning", "Karolina Ek", "sjuksköterska", "2024-11-19 14:20", [
        ("Aktuellt", "Start av behandling för latent tuberkulos, isoniazid + rifampicin 3 mån."),
        ("Information", "Om hosta med blod, feber eller gulfärgning av ögonen ska pat kontakta TB-mottagningen direkt. Informerad om att urinen blir orange."),
    ], signed=25)],
    must_not=[("NL102", "n1")],
    why="Only a conditional instruction ('om hosta med blod … kontakta') besides a settled latent TB.")

# ------------------------------------------------------- endocarditis ----

C("d81-endo-mojlig-enligt-duke", "skane", ("1953-01-20", "174"), [
    N("n1", "sk_infavd_lund", "Daganteckning", "Annika Roos", "läkare", "2024-01-19 11:10", [
        ("Aktuellt", "Vårddag 3. Streptococcus gallolyticus i 2 av 2 blododlingar. Feber 38,4 igår kväll."),
        ("Bedömning", "Möjlig endokardit enligt modifierade Duke-kriterier (1 major, 1 minor). TTE utan säkra vegetationer, TEE bokad måndag. Koloskopi planeras pga bakterietypen."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Möjlig endokardit' by Duke criteria stands in a visible Bedömning.")

C("d81-endo-tee-verifierad", "vgr", ("1947-06-13", "253"), [
    N("n1", "vg_infavd_ostra", "Daganteckning", "Henrik Borgström", "läkare", "2024-02-13 10:45", [
        ("Bedömning", "TEE: 9 mm vegetation på mitralisklaffens främre segel, lätt MI. Infektiös endokardit orsakad av Streptococcus mitis, verifierad. Bensylpenicillin 3 g x4 i 4 v. Pat informerad vid ronden."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="TEE-verified endocarditis is a confirmed diagnosis, no hedge.")

C("d81-endo-tee-fynd-ej-informerad", "skane", ("1958-09-05", "391"), [
    N("n1", "sk_infavd_mal", "Daganteckning", "Charlotte Wik", "läkare", "2024-02-26 15:50", [
        ("Utredning", "TEE idag: 14 mm mobil vegetation på aortaklaffen, måttlig aortainsufficiens, ingen abscess."),
        ("Bedömning", "Infektiös endokardit på aortaklaffen med S. aureus. Anmäld till thoraxkonferens imorgon."),
        ("Planering", "Pat ännu ej informerad om TEE-fyndet, sov efter sederingen. Dr Wik samtalar med pat och dottern efter thoraxkonferensen."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="Endocarditis confirmed on TEE in Bedömning while Planering says the patient is not yet informed.")

C("d81-endo-operationsdatum-ej-meddelat", "vgr", ("1964-11-27", "618"), [
    N("n1", "vg_thx_su", "Sjuksköterskeanteckning", "Cecilia Hall", "sjuksköterska", "2024-03-07 13:25", [
        ("Aktuellt", "Överflyttad från NÄL för klaffkirurgi pga endokardit med stor vegetation på mitralis."),
        ("Planering", "Pat ännu inte informerad om operationsdatum, operationskoordinator återkommer efter morgonmötet."),
    ], setting="slutenvård", signed=45)],
    must_not=[("NL101", "n1")],
    why="Only the operation date is untold; the patient's endocarditis is not said to be withheld.")

C("d81-endo-tee-talar-starkt-emot", "skane", ("1950-04-30", "715"), [
    N("n1", "sk_inf_hbg", "Konsultationssvar", "Markus Lindholm", "läkare", "2024-03-21 14:10", [
        ("Aktuellt", "Konsult angående E. coli i blododling hos pat med mekanisk aortaklaff sedan 2015."),
        ("Bedömning", "Urinvägsfokus med samma E. coli i urinodling. TEE utan vegetationer, talar starkt emot endokardit. Behandla som febril UVI med bakteriemi i 14 dagar."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Talar starkt emot endokardit' rules the diagnosis out; the UTI with bacteremia is settled.")

C("d81-endo-misstankt-septisk-embolisering", "vgr", ("1989-12-02", "836"), [
    N("n1", "vg_infavd_nal", "Daganteckning", "Albin Fors", "läkare", "2024-04-02 08:55", [
        ("Aktuellt", "Behandlas för S. aureus-endokardit på trikuspidalis, dag 9. Ny huvudvärk sedan igår, lätt förvirrad i natt enligt nattssk."),
        ("Bedömning", "Misstänkt septisk embolisering till CNS. MR hjärna akut, neurologstatus var 4:e timme."),
    ], setting="slutenvård", signed=None)],
    must=[("NL102", "n1")],
    why="'Misstänkt septisk embolisering till CNS' is a hedged complication diagnosis in a visible draft.")

C("d81-endo-picc-tromboflebit-hemsjukvard-pmo", "skane", ("1944-08-18", "268"), [
    N("n1", "hsj_ystad", "Distriktssköterskeanteckning", "Birgitta Hansson", "sjuksköterska", "2024-04-16 10:05", [
        ("Aktuellt", "Hembesök dag 18 av 28 med ceftriaxon iv via PICC-line för endokardit."),
        ("Status", "Rodnad och svullnad 4 cm längs venen proximalt om insticksstället. Afebril."),
        ("Bedömning", "Susp. tromboflebit vid PICC-line. Kontaktar infektionsmottagningen SUS Malmö för bedömning idag."),
    ], signed=20)],
    must_not=[("NL102", "n1")],
    why="PMO home care note: a suspected thrombophlebitis is not shown to the patient.")

C("d81-endo-lang-epikris-bekraftad", "vgr", ("1955-02-11", "497"), [
    N("n1", "vg_infavd_ostra", "Epikris", "Henrik Borgström", "läkare", "2024-05-03 14:30", [
        ("Orsak till inläggning", "69-årig man med biologisk aortaklaff sedan 2019 inkom med feber i två veckor och trötthet."),
        ("Förlopp", "Enterococcus faecalis i 4 av 4 blododlingar. TEE visade 11 mm vegetation på klaffprotesen utan paravalvulär abscess. Behandlats med ampicillin och ceftriaxon. Feberfri från dag 5, CRP från 148 till 12. Koloskopi utan tumör, två små polyper avlägsnade. Tandläkarbedömning utan infektionsfokus."),
        ("Diagnoser", "Protesendokardit orsakad av Enterococcus faecalis (I33.0, T82.6)."),
        ("Status vid utskrivning", "Opåverkad, afebril. Inga tecken på embolisering. Lätt systoliskt blåsljud oförändrat sedan TEE."),
        ("Fortsatt vård", "Fortsatt iv-behandling i hemmet via OPAT-teamet till totalt 6 veckor. Ev. byte till peroralt amoxicillin vecka 5 om pat är stabil. Trolig återinläggning för kontroll-TEE i juni."),
        ("Information", "Pat och hustru informerade om diagnos, behandlingstid och varningssymtom."),
    ], setting="slutenvård", signed=120)],
    must_not=[("NL102", "n1")],
    why="Long discharge summary: confirmed endocarditis, negations and hedged plans only.")

C("d81-endo-kan-rora-sig-om-elektrod", "skane", ("1942-10-25", "352"), [
    N("n1", "sk_inf_kri", "Läkaranteckning", "Patrik Sjögren", "läkare", "2024-05-29 16:15", [
        ("Anamnes", "Pacemaker sedan 2017. Rodnad och sekretion från pacemakerfickan i en vecka."),
        ("Bedömning", "S. aureus i 3 av 4 blododlingar. Kan röra sig om elektrodrelaterad endokardit. TEE och PET-DT, kontakt med arytmisektionen om extraktion."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Kan röra sig om elektrodrelaterad endokardit' is a hedged diagnosis in visible Bedömning.")

C("d81-endo-kand-sedan-vardtiden", "vgr", ("1966-07-07", "174"), [
    N("n1", "vg_inf_sas", "Mottagningsanteckning", "Niklas Alm", "läkare", "2024-06-25 10:10", [
        ("Aktuellt", "Uppföljning efter avslutad behandling för endokardit på mitralisklaffen med Streptococcus sanguinis. Pat känner väl till diagnosen sedan vårdtiden och har läst epikrisen."),
        ("Bedömning", "Mår bra, CRP <5. Remiss till tandvården för kontroll var 6:e mån, endokarditprofylax vid tandingrepp."),
    ])],
    must_not=[("NL101", "n1")],
    why="Endocarditis is visible but the patient has known it since the admission.")

C("d81-endo-skane-sokord-tidiga-hypoteser-synligt", "skane", ("1951-03-19", "836"), [
    N("n1", "sk_infavd_lund", "Läkaranteckning", "Fredrika Holm", "läkare", "2024-07-11 13:05", [
        ("Aktuellt", "E. faecalis-endokardit på aortaklaffen, behandlingsdag 10."),
        ("Tidiga hypoteser", "Trolig koloncancer som ingångsport, järnbrist och positivt F-Hb. Koloskopi bokas."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Skåne protects by template, not sökord: 'Tidiga hypoteser' as a sökord in a Läkaranteckning is visible.")

C("d81-endo-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", ("1973-09-14", "945"), [
    N("n1", "vg_inf_nal", "Tidiga hypoteser", "Ola Persson", "läkare", "2024-07-30 15:40", [
        ("Bedömning", "Bild som vid subakut endokardit: splenomegali, Oslers noduli, mikroskopisk hematuri. Blododlingar x3 tagna, TEE bokas."),
    ])],
    must=[("NL102", "n1")],
    why="VGR protects by sökord: a note template named Tidiga hypoteser with sökord Bedömning is still visible.")

C("d81-endo-diagnos-sokord-besked-ej-lamnat", "skane", ("1949-11-08", "419"), [
    N("n1", "sk_med_yst", "Läkaranteckning", "Johan Bergkvist", "läkare", "2024-08-15 17:20", [
        ("Diagnos", "I33.0 Akut och subakut infektiös endokardit. B95.6 Staphylococcus aureus som orsak."),
        ("Planering", "Besked till pat om endokarditdiagnosen ej lämnat – sker tillsammans med kardiolog vid morgonens rond. Överflyttning till infektion Malmö diskuteras."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="Diagnosis coded under sökord Diagnos while Planering says the patient has not been told.")

C("d81-endo-eventuell-tandextraktion", "vgr", ("1961-01-31", "552"), [
    N("n1", "vg_med_aling", "Läkaranteckning", "Agnes Hultqvist", "läkare", "2024-08-29 11:35", [
        ("Aktuellt", "Streptococcus oralis-endokardit på mitralis, behandlingsvecka 3, opåverkad."),
        ("Planering", "Tandläkarbedömning, eventuell extraktion av 36 som har apikal parodontit. Kontroll-CRP torsdag."),
    ])],
    must_not=[("NL102", "n1")],
    why="'Eventuell extraktion' hedges a procedure; both diagnoses are stated as facts.")

# ------------------------------------------------- spondylodiscitis ----

C("d81-spondy-susp-akut", "skane", ("1952-05-22", "626"), [
    N("n1", "sk_akut_yst", "Akutanteckning", "Mohammed Rahimi", "läkare", "2024-01-08 19:40", [
        ("Anamnes", "71-årig kvinna, tilltagande ländryggsmärta i 4 veckor, nu även nattlig värk. Cystit i december."),
        ("Status", "Palpationsöm över L2-L3 spinalutskott. Neurologi UE ua. Temp 37,8."),
        ("Bedömning", "CRP 96, SR 70. Susp. spondylodiskit L2-L3. Blododlingar x2, MR ländrygg akut. Ingen antibiotika före odlingar om opåverkad."),
    ], setting="akut", signed=None)],
    must=[("NL102", "n1")],
    why="'Susp. spondylodiskit' in a visible emergency note (unsigned draft).")

C("d81-spondy-mr-svar-ej-informerad", "vgr", ("1946-02-03", "137"), [
    N("n1", "vg_med_kung", "Daganteckning", "Alexander Wiik", "läkare", "2024-01-25 12:15", [
        ("Bedömning", "MR bröstrygg: spondylodiskit Th11-Th12 med liten epidural abscess utan medullakompression. Pat ej informerad om MR-svaret ännu, sov vid ronden. Ortopedjour konsulterad – konservativ handläggning."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="MR-confirmed spondylodiscitis written while the patient has not been told the MR result.")

C("d81-spondy-typo-misstank-spondylodikit", "skane", ("1957-12-17", "853"), [
    N("n1", "sk_inf_hbg", "Läkaranteckning", "Sigrid Holmberg", "läkare", "2024-02-15 14:50", [
        ("Aktuellt", "Hemodialyspatient med tunnelerad CDK. S. aureus i blododling från dialysen, ryggsmärta sedan en vecka."),
        ("Bedömning", "Misstänk spondylodikit, MR hela ryggen. Kloxacillin iv, CDK byts."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typos 'Misstänk spondylodikit' still hedge a spondylodiscitis diagnosis.")

C("d81-spondy-mr-talar-emot", "vgr", ("1970-10-13", "272"), [
    N("n1", "vg_ort_moln", "Mottagningsanteckning", "Erik Sandberg", "läkare", "2024-03-04 09:40", [
        ("Bedömning", "MR talar emot spondylodiskit; degenerativa förändringar med Modic typ 1 i L4-L5. CRP normalt. Åter till fysioterapi."),
    ])],
    must_not=[("NL102", "n1")],
    why="'MR talar emot spondylodiskit' is a ruled-out diagnosis.")

C("d81-spondy-eventuell-forlangning", "skane", ("1959-06-01", "948"), [
    N("n1", "sk_inf_lund", "Mottagningsanteckning", "Isabelle Cronholm", "läkare", "2024-03-27 10:25", [
        ("Aktuellt", "Spondylodiskit L4-L5 orsakad av S. aureus, behandlad 5 veckor, nu peroralt klindamycin + rifampicin."),
        ("Bedömning", "Mindre värk, CRP 18. Eventuell förlängning till 12 veckor beroende på CRP-förlopp och MR om 3 v."),
    ])],
    must_not=[("NL102", "n1")],
    why="Long antibiotic course: the only hedge is on treatment length.")

C("d81-spondy-negativ-biopsiodling-ej-meddelad", "vgr", ("1962-08-20", "381"), [
    N("n1", "vg_inf_skas", "Läkaranteckning", "Jakob Lindell", "läkare", "2024-04-11 15:05", [
        ("Utredning", "Odling från DT-ledd biopsi L3-L4 negativ efter 5 dygn, inkl anaerob odling."),
        ("Planering", "Pat ej informerad om odlingssvaret ännu. Fortsatt empirisk behandling med cefotaxim enligt beslut vid MDK."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="What is untold is a negative culture result, not a diagnosis.")

C("d81-spondy-myelom-i-sokord-tidiga-hypoteser", "vgr", ("1950-12-09", "754"), [
    N("n1", "vg_infavd_nal", "Läkaranteckning", "Mira Abdullah", "läkare", "2024-05-15 16:10", [
        ("Aktuellt", "Ryggsmärta Th12-L1, MR visar destruktion av två kotkroppar med diskengagemang."),
        ("Bedömning", "Spondylodiskit Th12-L1, biopsi tagen, odling pågår. Cefotaxim iv."),
        ("Tidiga hypoteser", "Hyperkalcemi och M-komponent 18 g/l – multipelt myelom misstänkt som alternativ förklaring. Pat ej informerad om detta, avvaktar benmärgsprov."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: the hedged and untold myeloma is only under the protected sökord Tidiga hypoteser.")

C("d81-spondy-dd-brucellos", "vgr", ("1976-04-08", "593"), [
    N("n1", "vg_inf_ostra", "Läkaranteckning", "Nadia Karim", "läkare", "2024-06-05 13:20", [
        ("Anamnes", "Besökt familjen i norra Irak i två månader, åt opastöriserad fårost. Sedan hemkomst undulerande feber och ländryggsvärk."),
        ("Bedömning", "Spondylodiskit L4-L5 på MR. DD brucellos, serologi och förlängd blododling med info till lab om riskagens."),
    ])],
    must=[("NL102", "n1")],
    why="'DD brucellos' hedges the causative diagnosis in a visible Bedömning.")

C("d81-spondy-fysio-smartan-mojligen-battre", "skane", ("1948-03-23", "162"), [
    N("n1", "sk_fys_kri", "Fysioterapeutanteckning", "Lina Bergh", "fysioterapeut", "2024-06-20 10:50", [
        ("Aktuellt", "Pat med spondylodiskit L3-L4 under iv-antibiotika."),
        ("Åtgärd", "Gångträning med rollator i korridoren 2 x 40 m. Smärtan möjligen något bättre idag enligt pat, skattar 5/10 jämfört med 7/10 i fredags."),
    ], setting="slutenvård", signed=15)],
    must_not=[("NL102", "n1")],
    why="'Möjligen något bättre' hedges pain, a symptom; the diagnosis is settled.")

C("d81-spondy-kan-inte-utesluta-bakom-kotkollaps", "skane", ("1939-09-10", "386"), [
    N("n1", "sk_ort_hbg", "Läkaranteckning", "Viktor Almqvist", "läkare", "2024-07-08 11:15", [
        ("Aktuellt", "Fall i hemmet, kompressionsfraktur L1. CRP 55 utan annan förklaring."),
        ("Bedömning", "Fynden kan inte utesluta en tidig spondylodiskit bakom kotkollapsen. MR med kontrast, infektionskonsult."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Kan inte utesluta en tidig spondylodiskit' is a hedged diagnosis in an orthopaedic note.")

C("d81-spondy-candida-ej-underrattad", "skane", ("1954-01-14", "279"), [
    N("n1", "sk_infavd_mal", "Daganteckning", "Viktor Hedin", "läkare", "2024-08-06 14:25", [
        ("Utredning", "Biopsiodling L5-S1: Candida albicans, känslig för flukonazol."),
        ("Bedömning", "Candidaspondylodiskit efter lång iv-behandling med bredspektrumantibiotika. Pat ej underrättad ännu om att det rör sig om en svampinfektion; tas upp när sonen är på plats i eftermiddag."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="Confirmed candida spondylodiscitis in Bedömning, 'pat ej underrättad ännu'.")

C("d81-spondy-telefon-om-feber-sok-akut", "vgr", ("1963-05-27", "218"), [
    N("n1", "vg_inf_sas", "Telefonanteckning", "Therese Ljung", "sjuksköterska", "2024-08-19 09:30", [
        ("Telefonkontakt", "Pat ringer, ökad ryggvärk efter att ha burit matkassar, ingen feber. Spondylodiskit behandlad sedan 7 v. Om temp över 38, nytillkommen svaghet i benen eller svårt att kissa ska pat åka in akut. Kontrollerar CRP imorgon."),
    ], signed=10)],
    must_not=[("NL102", "n1")],
    why="Conditional safety-netting ('om temp över 38 … åka in akut'), no hedged diagnosis.")

# ------------------------------------------- fever in returning traveller ----

C("d81-resa-malaria-kan-ej-uteslutas", "vgr", ("1982-07-30", "415"), [
    N("n1", "vg_inf_skas", "Akutanteckning", "Lars Hedman", "läkare", "2024-01-14 23:10", [
        ("Anamnes", "Hemkom från Uganda för 9 dagar sedan, tog ingen malariaprofylax. Feber 39,4, frossa och huvudvärk sedan igår."),
        ("Bedömning", "Malaria kan ej uteslutas förrän snabbtest och direktmikroskopi besvarats. Blododlingar x2. Labjour kontaktad för akut utstryk."),
    ], setting="akut")],
    must=[("NL102", "n1")],
    why="'Malaria kan ej uteslutas' is an open hypothesis of the patient's disease in a visible note.")

C("d81-resa-dengue-bekraftad-sannolikt-bali", "skane", ("1994-02-16", "328"), [
    N("n1", "sk_inf_mal", "Mottagningsanteckning", "Hedvig Sundin", "läkare", "2024-02-19 11:35", [
        ("Utredning", "NS1-antigen positivt, trombocyter 94."),
        ("Bedömning", "Denguefeber, bekräftad. Sannolikt smittad på Bali under vistelsen i januari. Inga varningstecken; dryck och paracetamol, undvik NSAID."),
    ])],
    must_not=[("NL102", "n1")],
    why="Confirmed dengue; 'sannolikt' hedges only where the infection was acquired.")

C("d81-resa-denguefeber-fragetecken", "vgr", ("1990-09-06", "587"), [
    N("n1", "vg_resemed_ostra", "Läkaranteckning", "Klara Engdahl", "läkare", "2024-03-01 14:05", [
        ("Aktuellt", "Hemkom från Thailand för 5 dagar sedan. Feber, muskelvärk och retroorbital huvudvärk."),
        ("Bedömning", "Denguefeber? Trombocyter 62, LPK 2,1. NS1 och denguserologi skickade. Återkontroll blodstatus om 2 dagar."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Denguefeber?' – a question-marked diagnosis in a visible Bedömning (unsigned draft).")

C("d81-resa-dd-tyfoid-rickettsios", "skane", ("1985-05-14", "664"), [
    N("n1", "sk_infavd_mal", "Inskrivningsanteckning", "Samira Nouri", "läkare", "2024-03-15 20:45", [
        ("Anamnes", "Besökt släkt i Pakistan (Lahore) i 6 veckor, hemkom för en vecka sedan. Feber som stigit trappstegsvis, obstipation, torrhosta."),
        ("Status", "Temp 39,8, puls 84. Buk diffust öm. Inga exantem."),
        ("Bedömning", "Malariasnabbtest neg. DD: tyfoidfeber, rickettsios, leptospiros. Blododlingar x3 och F-odling, därefter meropenem pga risk för XDR-tyfoid från Pakistan."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="A differential diagnosis list (DD: tyfoidfeber …) stands in visible Bedömning.")

C("d81-resa-differentialdiagnostiskt-uteslutits", "vgr", ("1978-01-22", "739"), [
    N("n1", "vg_infavd_nal", "Utskrivningsanteckning", "Lisa Granath", "läkare", "2024-04-04 12:20", [
        ("Bedömning", "Differentialdiagnostiskt har malaria, dengue och tyfoid uteslutits. Influensa A påvisad med PCR, förklarar bilden. Oseltamivir ej indicerat då symtomdag 6."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'Differentialdiagnostiskt … uteslutits' – all alternatives are ruled out; influenza is confirmed.")

C("d81-resa-cerebral-malaria-sederad-ej-informerad", "skane", ("1969-10-03", "452"), [
    N("n1", "sk_infavd_lund", "Daganteckning", "Tomas Brandt", "läkare", "2024-04-20 10:40", [
        ("Aktuellt", "Plasmodium falciparum, parasitemi 12 %. Artesunat iv dag 2."),
        ("Bedömning", "Cerebral malaria. Pat sederad och intuberad på IVA och har ännu inte kunnat informeras om diagnosen. Maken informerad per telefon."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="Confirmed cerebral malaria visible while the (sedated) patient has not been informed; only the husband has.")

C("d81-resa-barn-malaria-foraldrar-informerade", "skane", ("2017-03-09", "380"), [
    N("n1", "sk_barninf_lund", "Läkaranteckning", "Jenny Hallberg", "läkare", "2024-05-12 16:50", [
        ("Anamnes", "7-årig flicka, besökt släktingar i Nigeria under påsklovet. Ingen malariaprofylax."),
        ("Bedömning", "Malaria tropica, parasitemi 1,2 %, okomplicerad. Artemeter/lumefantrin peroralt, första dosen given på mottagningen. Föräldrarna informerade om diagnos och behandling."),
    ])],
    must_not=[("NL101", "n1")],
    why="Child under 13: guardians were informed and nothing says the diagnosis is withheld.")

C("d81-resa-typo-misstant-amobaabscess", "vgr", ("1987-11-19", "226"), [
    N("n1", "vg_inf_ostra", "Läkaranteckning", "Sebastian Ek", "läkare", "2024-05-28 15:25", [
        ("Aktuellt", "Hemkom från Mexiko för 6 veckor sedan. Högersidig buksmärta och feber."),
        ("Bedömning", "DT buk: 6 cm abscess i hö leverlob. Misstänt amöbaabscess, amöbaserologi skickad. Metronidazol insatt."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typo 'Misstänt' still hedges an amoebic liver abscess in visible Bedömning.")

C("d81-resa-trolig-schistosomiasis", "skane", ("2000-06-28", "943"), [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Karl-Johan Ek", "läkare", "2024-06-13 09:10", [
        ("Anamnes", "Volontärarbete i Malawi i våras, badade flera gånger i Malawisjön."),
        ("Bedömning", "Eosinofili 2,1 och makroskopisk hematuri. Trolig urogenital schistosomiasis. Schistosomaserologi och urin för ägg; praziquantel efter svar."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Trolig urogenital schistosomiasis' after freshwater exposure, visible.")

C("d81-resa-bild-som-vid-fastingfeber", "vgr", ("1958-03-31", "195"), [
    N("n1", "vg_resemed_ostra", "Mottagningsanteckning", "Anton Rask", "läkare", "2024-06-30 10:00", [
        ("Status", "Svart sårskorpa 8 mm på vänster vad med rodnad halo. Ömmande körtlar i ljumsken."),
        ("Bedömning", "Feber efter safari i Kruger. Bild som vid afrikansk fästingfeber. Doxycyklin 100 mg x2 i 7 dagar, serologi om 3 veckor."),
    ])],
    must=[("NL102", "n1")],
    why="'Bild som vid afrikansk fästingfeber' is a hedged diagnosis in visible Bedömning.")

C("d81-resa-chikungunya-mall-tidiga-hypoteser", "skane", ("1971-12-06", "517"), [
    N("n1", "sk_inf_mal", "Tidiga hypoteser", "Rikard Molin", "läkare", "2024-08-02 13:30", [
        ("Bedömning", "Kvarstående polyartrit 4 mån efter chikungunya i Brasilien. Ev. debuterande reumatoid artrit snarare än postviral artrit – anti-CCP skickat. Ej diskuterat med pat ännu."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: hedged RA hypothesis not yet discussed is kept in the protected template Tidiga hypoteser.")

C("d81-resa-typo-differnetialdiagnos-leptospiros", "vgr", ("1996-08-11", "354"), [
    N("n1", "vg_med_lidk", "Inskrivningsanteckning", "Eva Lindahl", "läkare", "2024-08-26 22:15", [
        ("Anamnes", "Forsränning i Costa Rica, hemkom för 10 dagar sedan. Feber, vadmuskelvärk, konjunktival injektion."),
        ("Bedömning", "Krea 210, bilirubin 45. Differnetialdiagnos leptospiros, serologi och PCR skickade. Bensylpenicillin iv."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typo 'Differnetialdiagnos' still marks leptospirosis as a hypothesis in a visible note.")

C("d81-resa-sannolik-hepatit-e", "skane", ("1983-04-04", "298"), [
    N("n1", "sk_inf_kri", "Läkaranteckning", "Oliver Granström", "läkare", "2024-09-30 14:55", [
        ("Anamnes", "Hemkom från Indien för 4 veckor sedan, ikterus sedan 5 dagar. Åt gatumat i Delhi."),
        ("Bedömning", "ALAT 38, bilirubin 112, PK 1,2. Sannolik akut hepatit E, DD hepatit A. Serologier skickade."),
    ])],
    must=[("NL102", "n1")],
    why="'Sannolik akut hepatit E, DD hepatit A' is a hedged diagnosis in visible Bedömning.")

C("d81-resa-rabiesoro-ingen-exponering", "vgr", ("2002-02-20", "684"), [
    N("n1", "vg_inf_sas", "Telefonanteckning", "Moa Sjöqvist", "sjuksköterska", "2024-09-11 16:35", [
        ("Telefonkontakt", "Pat rädd för att ha blivit smittad med rabies efter att en apa nafsade henne på Bali. Huden ej bruten enligt pat, ingen saliv på slemhinna. Bedöms som ingen exponering, profylax ej indicerad."),
    ], signed=10)],
    must_not=[("NL102", "n1")],
    why="The patient's worry about rabies is answered with 'ingen exponering'; no clinical hypothesis remains.")

# -------------------------------------------------- smittskydd duties ----

C("d81-smitt-syfilis-typo-ej-informerd", "vgr", ("1986-03-12", "593"), [
    N("n1", "vg_sti_su", "Läkaranteckning", "Jonna Almgren", "läkare", "2024-02-09 15:45", [
        ("Utredning", "TPPA pos, RPR 1:32. Ingen tidigare känd syfilis."),
        ("Bedömning", "Sekundär syfilis, i linje med de palmara utslagen vid provtagningsbesöket. Pat ännu ej informerd – har inte svarat på två telefonsamtal och ett 1177-meddelande. Smittskyddsanmälan skickad."),
    ])],
    must=[("NL101", "n1")],
    why="Typo 'ej informerd': secondary syphilis stands in Bedömning and the patient has not been reached.")

C("d81-smitt-misstanke-om-neurosyfilis", "skane", ("1974-12-28", "811"), [
    N("n1", "sk_ven_mal", "Läkaranteckning", "Per-Olof Ljunggren", "läkare", "2024-02-23 10:35", [
        ("Aktuellt", "Behandlad syfilis 2021. Nu synstörning vä öga och huvudvärk, RPR stigit till 1:64."),
        ("Bedömning", "Misstanke om neurosyfilis med okulärt engagemang. LP och ögonkonsult idag, inläggning för iv bensylpenicillin om likvorfynden stöder det."),
    ])],
    must=[("NL102", "n1")],
    why="'Misstanke om neurosyfilis' is a hedged diagnosis in a visible venereology note.")

C("d81-smitt-neurosyfilis-lp-svar-ej-givet", "skane", ("1965-08-09", "237"), [
    N("n1", "sk_inf_lund", "Läkaranteckning", "David Nyström", "läkare", "2024-03-02 16:05", [
        ("Utredning", "Likvor: 42 mononukleära celler, albuminkvot förhöjd, VDRL i likvor positivt."),
        ("Bedömning", "Neurosyfilis. Pat har inte fått LP-svaret ännu, ringer honom på måndag och erbjuder inläggning för iv-behandling i 14 dagar."),
    ], signed=None)],
    must=[("NL101", "n1")],
    why="Neurosyphilis confirmed by CSF is written while the patient has not yet received the result (draft).")

C("d81-smitt-gonorre-pat-informerad-om-smittsparning", "skane", ("1999-05-25", "472"), [
    N("n1", "sk_ven_mal", "Sjuksköterskeanteckning", "Ebba Liljegren", "sjuksköterska", "2024-03-08 13:15", [
        ("Åtgärd", "Pat informerad om diagnosen gonorré och om skyldigheten att medverka i smittspårningen. Uppger tre partners senaste 3 mån, kontaktuppgifter till två. Ceftriaxon 1 g im given."),
    ], signed=20)],
    must_not=[("NL101", "n1")],
    why="Gonorrhoea is visible and the patient was told, including the contact-tracing duty.")

C("d81-smitt-misstankt-klamydia-ungdomsmottagning-pmo", "skane", ("2006-10-02", "286"), [
    N("n1", "um_hbg", "Besöksanteckning", "Elsa Bengtsson", "barnmorska", "2024-04-03 15:30", [
        ("Aktuellt", "Sveda vid miktion och flytningar i en vecka. Partnern har fått klamydia konstaterad förra veckan."),
        ("Bedömning", "Misstänkt klamydiainfektion. NAAT tagen, doxycyklin förskrivet i väntan på svar pga smittad partner."),
    ])],
    must_not=[("NL102", "n1")],
    why="Youth clinic in PMO: suspected chlamydia is not shown, so not NL102 (patient 17).")

C("d81-smitt-syfilis-tidigare-partner-ej-underrattad", "skane", ("1980-11-13", "658"), [
    N("n1", "sk_inf_hbg", "Kuratorsanteckning", "Helena Sahlin", "kurator", "2024-04-17 11:20", [
        ("Smittspårning", "Pat vet om sin syfilisdiagnos sedan besöket i förra veckan. Hans tidigare partner har ännu inte underrättats; smittspåraren ringer henne under veckan och pat vill inte att hans namn nämns."),
    ], signed=30)],
    must_not=[("NL101", "n1")],
    why="The patient knows his syphilis; only the former partner has not yet been notified.")

C("d81-smitt-hepatit-a-arbetskamrater-ej-informerade", "skane", ("1988-01-06", "843"), [
    N("n1", "sk_inf_kri", "Läkaranteckning", "Sara Holst", "läkare", "2024-05-20 14:35", [
        ("Bedömning", "Akut hepatit A, IgM anti-HAV positivt. Pat informerad om diagnosen och om noggrann handhygien."),
        ("Smittskydd", "Arbetskamraterna på förskolan är inte informerade ännu – Smittskydd Skåne beslutar om information och vaccination av kontakter."),
    ])],
    must_not=[("NL101", "n1")],
    why="Patient told of hepatitis A; the co-workers not being informed is not NL101.")

C("d81-smitt-shigella-kock-avstangd", "vgr", ("1977-09-01", "134"), [
    N("n1", "vg_inf_nal", "Telefonanteckning", "Elias Bergman", "läkare", "2024-05-02 15:10", [
        ("Telefonkontakt", "Svar på F-odling: Shigella sonnei, ESBL-bildande. Pat arbetar som kock i skolkök. Smittskyddsläkare kontaktad och avstängning från arbetet gäller tills två negativa odlingar. Pat har fått förhållningsregler."),
    ], signed=15)],
    must_not=[("NL102", "n1")],
    why="Culture-confirmed shigellosis with smittskydd measures, no hedge anywhere.")

C("d81-smitt-hiv-uteblivit-kanner-ej-till", "vgr", ("1992-07-04", "419"), [
    N("n1", "vg_inf_nal", "Läkaranteckning", "Ola Persson", "läkare", "2024-06-14 14:00", [
        ("Aktuellt", "HIV-1-infektion konfirmerad 10/6 efter reaktivt test på mödrahälsovården."),
        ("Bedömning", "Pat har uteblivit från dagens besök och känner därför inte till diagnosen ännu. Smittskyddsläkaren kontaktad enligt rutin för uteblivna patienter, ny tid skickas med tolk."),
    ])],
    must=[("NL101", "n1")],
    why="Confirmed HIV visible while the note says the patient does not yet know the diagnosis.")

C("d81-smitt-hcv-vantar-pa-kontaktperson", "vgr", ("1983-02-27", "562"), [
    N("n1", "vg_hep_ostra", "Läkaranteckning", "Daniel Runesson", "läkare", "2024-06-24 09:50", [
        ("Bedömning", "Kronisk hepatit C genotyp 1a bekräftad med HCV-RNA 870 000 IE/ml. Enligt överenskommelse med socialtjänsten väntar vi med att informera pat om diagnosen tills kontaktpersonen kan vara med, pga tidigare suicidförsök efter svåra besked."),
    ])],
    must=[("NL101", "n1")],
    why="A deliberate delay in telling the patient about confirmed hepatitis C, written in visible Bedömning.")

# --------------------------------------------- what the patient was told ----

C("d81-told-fuo-lymfom-besked-av-hematolog", "vgr", ("1956-06-18", "975"), [
    N("n1", "vg_infavd_ostra", "Daganteckning", "Rut Hedlund", "läkare", "2024-07-01 15:20", [
        ("Aktuellt", "Utreds för långdragen feber (FUO) sedan 5 veckor. Lymfkörtelbiopsi från vänster axill tagen förra veckan."),
        ("Bedömning", "PAD: diffust storcelligt B-cellslymfom. Pat ej informerad – besked ges av hematolog vid gemensamt samtal imorgon kl 10."),
    ], setting="slutenvård", signed=None)],
    must=[("NL101", "n1")],
    why="FUO work-up ends in a lymphoma diagnosis written visibly before the patient is told.")

C("d81-told-hiv-konfusion-bor-inte-informeras-an", "skane", ("1955-03-03", "318"), [
    N("n1", "sk_med_trb", "Läkaranteckning", "Karin Dahlberg", "läkare", "2024-07-19 11:45", [
        ("Aktuellt", "Inlagd med pneumoni och förvirring. HIV-test taget på vida indikationer: positivt, konfirmerat."),
        ("Bedömning", "HIV-infektion, CD4 90. Pat bör inte informeras om diagnosen förrän han är klar i huvudet igen; infektionskonsult planerar samtalet när konfusionen gått över."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="'Bör inte informeras om diagnosen förrän …' next to a confirmed HIV diagnosis in a visible section.")

C("d81-told-hbv-telefon-sedan-besok-med-tolk", "skane", ("1979-12-21", "244"), [
    N("n1", "sk_hep_mal", "Telefonanteckning", "Niklas Ek", "läkare", "2024-08-05 12:10", [
        ("Telefonkontakt", "Provsvar: HBsAg pos, HBV-DNA 52 milj IE/ml, HBeAg pos. Kronisk hepatit B i HBeAg-positiv fas. Pat är inte informerad ännu, nås ej per telefon; besök med tolk bokas."),
    ], signed=10),
    N("n2", "sk_hep_mal", "Mottagningsanteckning", "Josefin Alm", "läkare", "2024-08-12 10:30", [
        ("Aktuellt", "Besök med tolk (vietnamesiska)."),
        ("Bedömning", "Pat informerad om diagnosen kronisk hepatit B, smittvägar och att familjen ska erbjudas provtagning och vaccination. Start av tenofovir diskuterad."),
    ])],
    must=[("NL101", "n1")],
    must_not=[("NL101", "n2")],
    why="The telephone note withholds hepatitis B (n1); the visit a week later tells the patient (n2).")

C("d81-told-cmv-kolit-synlig-plus-tidiga-hypoteser", "vgr", ("1968-10-17", "753"), [
    N("n1", "vg_inf_sas", "Läkaranteckning", "Ronja Kvist", "läkare", "2024-09-06 13:40", [
        ("Aktuellt", "Långdragen diarré och viktnedgång. Koloskopi med biopsier i förra veckan."),
        ("Bedömning", "Cytomegaloviruskolit, PAD och PCR i vävnad positiva. Pat ej informerad om biopsisvaret ännu, telefontid bokad fredag."),
        ("Tidiga hypoteser", "Lågt CD4 (110) trots negativt HIV-test för 2 år sedan – nytt HIV-test tas, idiopatisk CD4-lymfopeni övervägs."),
    ])],
    must=[("NL101", "n1")],
    why="The untold CMV colitis is in visible Bedömning; only the other hypothesis is under Tidiga hypoteser.")

C("d81-told-latent-tb-resultat-ej-meddelat", "vgr", ("1975-05-08", "386"), [
    N("n1", "vg_tb_ostra", "Läkaranteckning", "Björn Tellander", "läkare", "2024-10-15 14:25", [
        ("Utredning", "IGRA 1,9 IE/ml. Rtg pulm utan tecken på aktiv sjukdom. Symtomfri."),
        ("Bedömning", "Latent tuberkulos. Pat ej underrättad om resultatet ännu – brev med tid för behandlingsstart skickas denna vecka."),
    ])],
    must=[("NL101", "n1")],
    why="Unlike a normal result, a positive IGRA means latent TB: a diagnosis visible before it is told.")

C("d81-told-dottern-informerad-pat-ej", "vgr", ("1940-04-26", "528"), [
    N("n1", "vg_med_kung", "Daganteckning", "Alexander Wiik", "läkare", "2024-10-29 16:30", [
        ("Bedömning", "Listeria monocytogenes i likvor och blod – listeriameningit. Ampicillin iv fortsätter. Dottern informerad per telefon. Pat själv ännu ej informerad om diagnosen då hon varit för trött för samtal idag."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="Reverse of the relative case: the daughter knows, the patient herself has not been told.")

# ------------------------------------------------ more hedged diagnoses ----

C("d81-zoonos-mojlig-q-feber", "skane", ("1963-09-29", "617"), [
    N("n1", "sk_med_yst", "Inskrivningsanteckning", "Johan Bergkvist", "läkare", "2024-05-07 21:35", [
        ("Anamnes", "Fårbonde utanför Simrishamn, lamningssäsong under april. Hög feber, huvudvärk och torrhosta i en vecka."),
        ("Bedömning", "Pneumoni i vä underlob och ALAT 3,2. Möjlig Q-feber med tanke på exponeringen. Coxiella-serologi skickad, doxycyklin insatt."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Möjlig Q-feber' after sheep exposure, visible in a Melior admission note.")

C("d81-vgr-synlig-hypotes-bredvid-tidiga-hypoteser", "vgr", ("1984-01-25", "195"), [
    N("n1", "vg_sti_su", "Läkaranteckning", "Jonna Almgren", "läkare", "2024-10-23 14:15", [
        ("Aktuellt", "HIV-positiv man, välbehandlad. Rektal smärta, slem och blödning sedan två veckor."),
        ("Bedömning", "Trolig LGV-proktit. Klamydia-PCR rektalt med LGV-typning, doxycyklin i 21 dagar insatt."),
        ("Tidiga hypoteser", "Palpabel oregelbunden resistens vid rektalpalpation, analcancer misstänkt. Pat ej informerad, remiss kolorektalkirurgi."),
    ])],
    must=[("NL102", "n1")],
    must_not=[("NL101", "n1")],
    why="VGR: the protected sökord hides the untold cancer, but 'Trolig LGV-proktit' in Bedömning is visible.")

C("d81-endo-kort-fragetecken-iv-missbruk", "vgr", ("1997-03-18", "277"), [
    N("n1", "vg_med_kung", "Läkaranteckning", "Alexander Wiik", "läkare", "2024-11-12 03:20", [
        ("Bedömning", "Bed: ?endokardit hos iv-missbrukare med feber och nytt blåsljud, blododl x3, TTE imorgon."),
    ], setting="akut", signed=5)],
    must=[("NL102", "n1")],
    why="One-line telegraphic note with a prefixed question mark '?endokardit'.")

C("d81-tb-typo-trolg-miliartuberkulos", "vgr", ("1950-06-15", "454"), [
    N("n1", "vg_infavd_nal", "Inskrivningsanteckning", "Mira Abdullah", "läkare", "2024-12-03 19:05", [
        ("Anamnes", "Njurtransplanterad 2018, tacrolimus och prednisolon. Feber i 3 veckor, viktnedgång."),
        ("Bedömning", "DT thorax med diffusa hirskornsstora noduli bilat. Trolg miliartuberkulos. Luftburen isolering, sputa, urin och benmärg för mykobakterier."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typo 'Trolg' still hedges miliary tuberculosis in visible Bedömning.")

C("d81-endo-typo-sannolkt-tidig-protesendokardit", "skane", ("1945-11-11", "359"), [
    N("n1", "sk_thx_lund", "Läkaranteckning", "Fredrik Lövgren", "läkare", "2024-10-07 12:40", [
        ("Aktuellt", "Mekaniskt aortaklaffbyte för 6 veckor sedan. Feber sedan 4 dagar."),
        ("Bedömning", "KNS i 3 av 3 blododlingar. Sannolkt tidig protesendokardit. TEE idag, vankomycin + rifampicin + gentamicin enligt infektionskonsult."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typo 'Sannolkt' still hedges early prosthetic valve endocarditis in a thoracic surgery note.")

C("d81-salmonella-typo-mykotiskt-aneurysm-kan-ej-utelsutas", "vgr", ("1946-08-22", "171"), [
    N("n1", "vg_inf_skas", "Konsultationsanteckning", "Johan Ahlström", "läkare", "2024-11-20 11:05", [
        ("Aktuellt", "78-årig man, Salmonella Enteritidis i 4 av 4 blododlingar, ryggsmärta. Känt bukaortaaneurysm 4,5 cm."),
        ("Bedömning", "Infekterat aortaaneurysm kan ej utelsutas. DT angio buk idag, ceftriaxon iv och kontakt med kärlkirurg."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Typo 'kan ej utelsutas' keeps an infected aneurysm open as a hypothesis in a visible note.")

C("d81-hiv-ev-kryptokockmeningit", "skane", ("1982-10-30", "537"), [
    N("n1", "sk_infavd_lund", "Daganteckning", "Magnus Lind", "läkare", "2024-12-10 10:25", [
        ("Aktuellt", "Nydiagnostiserad HIV, CD4 25. Huvudvärk och illamående sedan en vecka."),
        ("Bedömning", "Kryptokockantigen i serum positivt. Ev. kryptokockmeningit – LP med öppningstryck idag innan behandlingsbeslut."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Ev. kryptokockmeningit' with a positive serum antigen stands in visible Bedömning.")


# ==========================================================================
# main
# ==========================================================================


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    cnt = counts(CASES)
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(cnt):
        print("  %s must=%d must_not=%d" % (code, cnt[code]["must"], cnt[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
