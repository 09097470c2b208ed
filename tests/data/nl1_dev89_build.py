#!/usr/bin/env python3
"""dev89: health examinations for asylum seekers and newly arrived migrants, care through
interpreters (NL101, NL102). Standard library only, deterministic.

Running it writes cases.jsonl next to this file and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev89_cases.jsonl")
PREFIX = "d89-"

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Skåne, Melior (hospitals)
    "sk_inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4F2K", "Melior", "skane"),
    "sk_inf_lund": ("Infektionskliniken mottagning, Skånes universitetssjukhus Lund", "SE2321000255-4F3R", "Melior", "skane"),
    "sk_inf_avd_lund": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", "SE2321000255-4F7T", "Melior", "skane"),
    "sk_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-51QM", "Melior", "skane"),
    "sk_inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-6H1D", "Melior", "skane"),
    "sk_inf_csk": ("Infektionskliniken, Centralsjukhuset Kristianstad", "SE2321000255-7K4B", "Melior", "skane"),
    "sk_gastro_malmo": ("Gastroenterologi- och hepatologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-52GH", "Melior", "skane"),
    "sk_barn_malmo": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-58BU", "Melior", "skane"),
    "sk_barnakut_malmo": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-58BA", "Melior", "skane"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicin, Helsingborgs lasarett", "SE2321000255-6B2S", "Melior", "skane"),
    "sk_barn_csk": ("Barn- och ungdomskliniken, Centralsjukhuset Kristianstad", "SE2321000255-7B9C", "Melior", "skane"),
    "sk_bup_malmo": ("BUP-mottagning Malmö Väster, Barn- och ungdomspsykiatri Skåne", "SE2321000255-9BUP", "Melior", "skane"),
    "sk_kvinno_malmo": ("Kvinnosjukvårdens mottagning, Skånes universitetssjukhus Malmö", "SE2321000255-53KV", "Melior", "skane"),
    "sk_kvinno_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-53GL", "Melior", "skane"),
    "sk_orto_lund": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-54OL", "Melior", "skane"),
    "sk_hand_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-54HK", "Melior", "skane"),
    "sk_kir_lund": ("Kirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-54KI", "Melior", "skane"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-55UR", "Melior", "skane"),
    "sk_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-56HE", "Melior", "skane"),
    "sk_psyk_malmo": ("Vuxenpsykiatrimottagning Trauma, Malmö", "SE2321000255-8PT1", "Melior", "skane"),
    "sk_psyk_hbg": ("Allmänpsykiatrisk mottagning, Helsingborg", "SE2321000255-8PH2", "Melior", "skane"),
    "sk_smarta_lund": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-57SR", "Melior", "skane"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-57HD", "Melior", "skane"),
    "sk_onh_malmo": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-57ON", "Melior", "skane"),
    "sk_med_ystad": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-7Y41", "Melior", "skane"),
    "sk_med_hbg": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-6M3A", "Melior", "skane"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6AK0", "Melior", "skane"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4AK1", "Melior", "skane"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-56EN", "Melior", "skane"),
    # Skåne, PMO (primary care)
    "sk_pmo_asyl_malmo": ("Mottagningen för asylsökande och nyanlända, Malmö", "SE2321000255-2AS1", "PMO", "skane"),
    "sk_pmo_vc_rosengard": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-2R07", "PMO", "skane"),
    "sk_pmo_vc_drottninghog": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-2D11", "PMO", "skane"),
    "sk_pmo_bvc_seved": ("BVC Seved, Malmö", "SE2321000255-2BV4", "PMO", "skane"),
    "sk_pmo_bvc_landskrona": ("Barnavårdscentralen, Vårdcentralen Centrum Landskrona", "SE2321000255-2BV9", "PMO", "skane"),
    "sk_pmo_um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-2UM3", "PMO", "skane"),
    # Västra Götaland, Melior (hospitals)
    "vg_inf_su": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011402", "Melior", "vgr"),
    "vg_tb_su": ("TB-mottagningen, Infektion, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011477", "Melior", "vgr"),
    "vg_inf_avd_su": ("Infektion avdelning 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011490", "Melior", "vgr"),
    "vg_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012208", "Melior", "vgr"),
    "vg_inf_nal": ("Infektionsmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000020311", "Melior", "vgr"),
    "vg_lung_nal": ("Lungmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000020364", "Melior", "vgr"),
    "vg_inf_skovde": ("Infektionsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030122", "Melior", "vgr"),
    "vg_med_boras": ("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040518", "Melior", "vgr"),
    "vg_barn_boras": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040577", "Melior", "vgr"),
    "vg_barninf_dsbus": ("Barninfektionsmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013345", "Melior", "vgr"),
    "vg_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013301", "Melior", "vgr"),
    "vg_barn_nal": ("Barn- och ungdomsmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000020455", "Melior", "vgr"),
    "vg_kvinno_ostra": ("Kvinnokliniken, gynekologisk mottagning, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014410", "Melior", "vgr"),
    "vg_smvc_ostra": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000014433", "Melior", "vgr"),
    "vg_kvinno_nu": ("Kvinnokliniken, NU-sjukvården Uddevalla", "SE2321000131-E000000020590", "Melior", "vgr"),
    "vg_psyk_angered": ("Psykiatrisk öppenvårdsmottagning, Angereds Närsjukhus", "SE2321000131-E000000016102", "Melior", "vgr"),
    "vg_psyk_su": ("Psykiatri Affektiva, Traumamottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000016155", "Melior", "vgr"),
    "vg_orto_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000017021", "Melior", "vgr"),
    "vg_orto_avd_molndal": ("Ortopedavdelning 37, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000017066", "Melior", "vgr"),
    "vg_gastro_su": ("Mag- och tarmmottagningen, hepatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012750", "Melior", "vgr"),
    "vg_hem_su": ("Sektionen för hematologi och koagulation, mottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012801", "Melior", "vgr"),
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010010", "Melior", "vgr"),
    "vg_med_angered": ("Medicinmottagningen, Angereds Närsjukhus", "SE2321000131-E000000016020", "Melior", "vgr"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012930", "Melior", "vgr"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012644", "Melior", "vgr"),
    "vg_onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012987", "Melior", "vgr"),
    "vg_endo_skovde": ("Endokrinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030190", "Melior", "vgr"),
    "vg_inf_boras": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040533", "Melior", "vgr"),
    "vg_kurator_su": ("Kuratorsenheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011911", "Melior", "vgr"),
    "vg_kir_alingsas": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000050214", "Melior", "vgr"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    "lak1": ("Mona Haddad", "läkare"), "lak2": ("Per-Olof Lindqvist", "läkare"),
    "lak3": ("Sara Ekdahl", "läkare"), "lak4": ("Nils Bergström", "läkare"),
    "lak5": ("Yusuf Demir", "läkare"), "lak6": ("Karin Sjöholm", "läkare"),
    "lak7": ("Johan Wahlberg", "läkare"), "lak8": ("Leila Rostami", "läkare"),
    "lak9": ("Anders Fridh", "läkare"), "lak10": ("Ingrid Nyqvist", "läkare"),
    "lak11": ("Tomas Öberg", "läkare"), "lak12": ("Hanna Mattsson", "läkare"),
    "lak13": ("Erik Holmgren", "läkare"), "lak14": ("Amira Saleh", "läkare"),
    "lak15": ("Gustav Lundh", "läkare"), "lak16": ("Elin Forsberg", "läkare"),
    "at1": ("Oskar Rydén", "AT-läkare"), "at2": ("Linnea Blom", "AT-läkare"),
    "st1": ("Fatima Osman", "ST-läkare"), "st2": ("David Cohen", "ST-läkare"),
    "ssk1": ("Maria Nilsson", "sjuksköterska"), "ssk2": ("Ahmed Jama", "sjuksköterska"),
    "ssk3": ("Lena Persson", "sjuksköterska"), "ssk4": ("Therese Falk", "sjuksköterska"),
    "ssk5": ("Rasmus Engström", "sjuksköterska"), "ssk6": ("Helena Zaric", "sjuksköterska"),
    "bvc1": ("Camilla Ek", "distriktssköterska"), "bvc2": ("Sofia Andersson", "barnsjuksköterska"),
    "bm1": ("Ylva Hedlund", "barnmorska"), "bm2": ("Nour Khalil", "barnmorska"),
    "kur1": ("Malin Strand", "kurator"), "kur2": ("Jonas Ahlberg", "kurator"),
    "psy1": ("Rebecka Lind", "psykolog"), "psy2": ("Samir Hadžić", "psykolog"),
    "fys1": ("Emma Kjellberg", "fysioterapeut"),
}

# ---------------------------------------------------------------- helpers
CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{luhn_digit(nine)}"


def N(nid, unit, author, time, sections, template=None, signed="auto", setting="öppenvård"):
    """One note. sections: list of (keyword, text). signed: 'auto', None or an ISO time."""
    name, hsa, system, _region = UNITS[unit]
    aname, role = AUTHORS[author]
    if template is None:
        template = {"PMO": "Besöksanteckning"}.get(system, "Mottagningsanteckning")
    if signed == "auto":
        t = datetime.fromisoformat(time)
        signed = (t + timedelta(minutes=35 + (len(sections) * 7) % 50)).isoformat(timespec="seconds")
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (datetime(last.year, last.month, last.day) + timedelta(days=3)).isoformat(timespec="seconds")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


# ---------------------------------------------------------------- validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        cid = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            problems.append(f"{cid}: keys {list(c.keys())}")
        if not cid.startswith(PREFIX):
            problems.append(f"{cid}: name lacks prefix {PREFIX}")
        if cid in names:
            problems.append(f"{cid}: duplicate case name")
        names.add(cid)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{cid}: ruleset {c['ruleset']}")
        if not c["why"].strip():
            problems.append(f"{cid}: empty why")
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m or f"{m.group(1)}-{m.group(2)}-{m.group(3)}" != birth:
            problems.append(f"{cid}: personnummer {pid} does not match {birth}")
        elif luhn_digit(pid[2:8] + pid[9:12]) != pid[12]:
            problems.append(f"{cid}: personnummer {pid} fails Luhn")
        as_of = datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append(f"{cid}: as_of not in 2024")
        whens = [as_of]
        note_by_id = {}
        if not rec["notes"]:
            problems.append(f"{cid}: no notes")
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                problems.append(f"{cid}/{n.get('id')}: note keys")
            if n["id"] in note_by_id:
                problems.append(f"{cid}: duplicate note id {n['id']}")
            note_by_id[n["id"]] = n
            t = datetime.fromisoformat(n["time"])
            whens.append(t)
            if t.year != 2024 or t > as_of:
                problems.append(f"{cid}/{n['id']}: time {n['time']} not in 2024 or after as_of")
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append(f"{cid}/{n['id']}: bad signed time")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{cid}/{n['id']}: system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{cid}/{n['id']}: VGR note not Melior")
            unit_region = [u[3] for u in UNITS.values() if u[0] == n["unit"]["name"]]
            if unit_region != [c["ruleset"]]:
                problems.append(f"{cid}/{n['id']}: unit region mismatch")
            if not n["sections"]:
                problems.append(f"{cid}/{n['id']}: no sections")
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["text"].strip():
                    problems.append(f"{cid}/{n['id']}: bad section")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (cid, n["id"], sec["keyword"]):
                            problems.append(f"{cid}: sentence repeated (also in {sentences[sent][0]}): {sent!r}")
                        elif sent in sentences:
                            problems.append(f"{cid}: sentence repeated within note: {sent!r}")
                        else:
                            sentences[sent] = (cid, n["id"], sec["keyword"])
        for w in whens:
            a = age_on(birth, w)
            if 13 <= a <= 15 or a < 0:
                problems.append(f"{cid}: patient aged {a} at {w.date()}")
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    problems.append(f"{cid}: bad assertion {item}")
                    continue
                code, target = item
                if code not in CODES:
                    problems.append(f"{cid}: unexpected code {code}")
                if target not in note_by_id:
                    problems.append(f"{cid}: target {target} missing")
                    continue
                if (code, target) in seen:
                    problems.append(f"{cid}: {code} on {target} asserted twice")
                seen.add((code, target))
                sysname = note_by_id[target]["system"]
                if code == "NL102" and lst == "must" and sysname == "PMO":
                    problems.append(f"{cid}: NL102 must on PMO")
                if code == "NL101" and sysname == "PMO":
                    problems.append(f"{cid}: NL101 asserted on PMO note")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{cid}: asserts nothing")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {tally.get((code, 'must'), 0)}, must_not {tally.get((code, 'must_not'), 0)}")


# ================================================================ cases
# ---------------------------------------------------------------- A: tuberculosis
C("d89-tb-misstankt-lungtb-informerad-via-tolk", "skane", "1994-03-17", "413", [
    N("n1", "sk_lung_lund", "lak2", "2024-02-08T10:20:00", [
        ("Anamnes", "Remitterad från Mottagningen för asylsökande efter hälsoundersökning. 29-årig man från Afghanistan, i Sverige sedan nov 2023, kom via Iran och Turkiet. Hosta sedan ca 2 mån, nattsvettningar, viktnedgång 6 kg. Dari, kontakttolk på plats."),
        ("Status", "AT: opåverkad, mager. Cor: RR 78, inga blåsljud. Pulm: nedsatta andningsljud apikalt hö, inga rassel. Lgll: ua."),
        ("Röntgen", "Rtg pulm: kavernös förtätning i hö ovanlob."),
        ("Bedömning", "Misstänkt lungtuberkulos. Pat informerad via tolken om misstanken, varför vi tar sputumprover och om luftburen isolering tills svar finns."),
        ("Åtgärd", "Sputum x3 för mikroskopi, PCR (GeneXpert) och odling. Inläggning på infektionsavdelning för luftsmitteisolering. Anmälan enligt smittskyddslagen görs när diagnosen verifierats."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Hedged lung TB in a visible Bedömning of a Melior note; the patient was told about the suspicion, so no NL101.")

C("d89-tb-trolig-latent-efter-positiv-igra", "vgr", "1987-11-02", "246", [
    N("n1", "vg_tb_su", "lak6", "2024-04-09T13:05:00", [
        ("Aktuellt", "Nyanländ kvinna från Eritrea, remiss från hälsoundersökningen p.g.a. positiv QuantiFERON (4,2 IE/ml). Inga luftvägssymtom, ingen feber eller viktnedgång. Tigrinjatolk via telefon."),
        ("Status", "Allmäntillstånd gott. Pulm: vesikulära andningsljud bilat. Inga förstorade lymfkörtlar på halsen."),
        ("Röntgen", "Rtg thorax 2024-04-03: inga infiltrat, ingen hiluslymfadenopati."),
        ("Bedömning", "Trolig latent tuberkulos. Behandling med rifampicin i 4 mån diskuteras vid nästa besök när leverprover finns."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="'Trolig latent tuberkulos' after a positive IGRA stands in a visible VGR section.")

C("d89-tb-aktiv-uteslutes-latent-konstaterad", "skane", "1979-06-24", "157", [
    N("n1", "sk_inf_malmo", "lak1", "2024-05-06T09:40:00", [
        ("Bedömning", "Tre sputumprov negativa i mikroskopi och odling efter 8 veckor, DT thorax utan aktiva förändringar. Aktiv lungtuberkulos uteslutes. Latent tuberkulos med positiv IGRA, förebyggande behandling startad i dag."),
        ("Planering", "Leverprover och återbesök om 4 veckor, somalisktalande tolk bokad."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="Active TB is ruled out ('uteslutes') and latent TB is stated as settled, so nothing hedged is left.")

C("d89-tb-ingen-missanke-typo-negerad", "vgr", "2001-01-29", "382", [
    N("n1", "vg_inf_nal", "st1", "2024-03-19T14:15:00", [
        ("Utredning", "Hälsoundersökning nyanländ, remitterad för rtg pga hosta under flykten. QuantiFERON negativ. Rtg pulm utan anmärkning."),
        ("Bedömning", "Ingen missanke om tuberkulos, hostan har gått över. Inget behov av vidare uppföljning hos oss."),
        ("Information", "Beskedet lämnat till pat på arabiska via kontakttolk."),
    ])],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Negated TB with a typo in the hedge ('Ingen missanke om'); the patient was told the result.")

C("d89-tb-storebror-misstankt-smittsparning-barn", "skane", "2017-08-11", "592", [
    N("n1", "sk_barn_malmo", "lak12", "2024-03-04T10:30:00", [
        ("Aktuellt", "6-årig pojke, smittspårning då storebror (17 år) utreds för misstänkt lungtuberkulos på Infektionskliniken i Lund. Familjen bor trångt på Migrationsverkets boende, kom från Syrien i höstas."),
        ("Status", "Pigg, leker med bilar. Vikt följer kurvan (-1 SD). Inga förstorade lgll. Lungor: rena andningsljud."),
        ("Bedömning", "Exponerat barn utan symtom. IGRA och rtg pulm tas i dag."),
        ("Planering", "Ny kontakt när broderns diagnos är klarlagd. Föräldrarna informerade via arabisk tolk."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="The hedged TB belongs to the brother, not to the patient; the child is only an exposed contact.")

C("d89-tb-pmo-misstankt-akutremiss", "skane", "1990-09-13", "271", [
    N("n1", "sk_pmo_asyl_malmo", "lak5", "2024-01-23T11:00:00", [
        ("Anamnes", "Hälsosamtal enl. rutin via telefontolk (tigrinja). Hosta i 5 v, lite blod i upphostningar senaste veckan. Nattsvett."),
        ("Status", "Temp 37,9. Sat 96 %. Pulm: krepitationer vä ovanfält."),
        ("Bedömning", "Misstänkt lungtuberkulos, akut remiss till Infektionskliniken Malmö, pat får munskydd."),
    ], template="Hälsoundersökning asylsökande")],
    must=[], must_not=[("NL102", "n1")],
    why="A hedged TB in a PMO note; PMO never shows diagnoses in Journalen.")

C("d89-tb-odlingsverifierad-ej-informerad-tolk-saknas", "vgr", "1998-02-19", "534", [
    N("n1", "vg_tb_su", "lak13", "2024-06-11T15:20:00", [
        ("Provsvar", "Odling från sputum 2024-05-14 positiv för Mycobacterium tuberculosis-komplex, känslig för rifampicin och isoniazid enligt GeneXpert."),
        ("Bedömning", "Lungtuberkulos, odlingsverifierad. Smittskyddsanmälan gjord."),
        ("Information", "Pat har ännu inte informerats om diagnosen; bokad tigrinjatolk lämnade återbud och telefontolk gick inte att få fram. Nytt besök med tolk på torsdag, pat kallas per telefon av ssk."),
    ], template="Läkaranteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A verified TB diagnosis stands visible while the note says the patient has not been told because no interpreter was available.")

C("d89-tb-informerad-via-telefontolk-somaliska", "skane", "1975-12-05", "488", [
    N("n1", "sk_inf_lund", "lak4", "2024-07-02T08:50:00", [
        ("Aktuellt", "Återbesök efter 2 veckors behandling med Rimstar (HRZE). Somaliska via telefontolk."),
        ("Bedömning", "Lungtuberkulos med känslig stam, fortsätter fyrdrogsbehandling till 8 veckor."),
        ("Information", "Diagnos, smittsamhet och behandlingslängd har gåtts igenom ordentligt med pat i dag via telefontolken, hon återberättar korrekt."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Confirmed TB explained to the patient through a telephone interpreter: told, and not hedged.")

C("d89-tb-negativa-sputum-ej-meddelade-kol-kand", "vgr", "1966-04-30", "319", [
    N("n1", "vg_lung_su", "lak9", "2024-06-24T11:10:00", [
        ("Anamnes", "Utreds för långdragen hosta och förtätning vä underlob, upptäckt vid asylhälsoundersökningen. Känd KOL sedan många år, röker 20 cig/d."),
        ("Utredning", "Sputum mikroskopi x2 negativ för syrafasta stavar, odling pågår. Bronkoskopi ej aktuell i nuläget."),
        ("Planering", "Pat ej informerad om de negativa mikroskopisvaren ännu, det tas vid återbesöket 2/7 när tolk på sorani finns."),
    ])],
    must=[], must_not=[("NL101", "n1")],
    why="What is not yet told is a negative test result; the only diagnosis (KOL) is long known to the patient.")

C("d89-tb-kan-rora-sig-om-potts-spondylit", "skane", "1985-10-08", "165", [
    N("n1", "sk_orto_lund", "lak11", "2024-09-17T13:30:00", [
        ("Anamnes", "Ländryggsvärk sedan 5 mån, tilltagande, nattlig värk, subfebrilitet. Kom till Sverige 2023. Pashto, kontakttolk."),
        ("Status", "Knackömhet över Th12-L1. Neurologiskt ua i UE, normala reflexer."),
        ("MR", "MR ländrygg: destruktion av ändplattor Th12/L1 med paravertebral abscess."),
        ("Bedömning", "Kan röra sig om tuberkulös spondylit (Potts sjukdom), DD pyogen spondylodiskit. Biopsi under DT-ledning beställd, samråd med infektion."),
    ], template="Läkaranteckning", signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="'Kan röra sig om' and a DD about spinal TB in a visible Bedömning.")

C("d89-tb-kontakt-ev-ny-igra-plan", "vgr", "1993-07-21", "627", [
    N("n1", "vg_inf_skovde", "lak15", "2024-10-01T10:00:00", [
        ("Bedömning", "Kontakt till smittsam lungtuberkulos på asylboendet. IGRA negativ och rtg utan anmärkning, ingen TB-infektion påvisad."),
        ("Planering", "Ev. förnyad IGRA om 8 veckor räknat från senaste exponering, kallelse skickas. Arabisk tolk bokas till dess."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The only hedge ('Ev.') is on a planned repeat test; TB infection itself is negated.")

C("d89-tb-om-hosta-kvarstar-sok-igen", "skane", "2003-05-14", "736", [
    N("n1", "sk_akut_hbg", "at1", "2024-11-12T21:40:00", [
        ("Kontaktorsak", "Halsont och hosta i 4 dagar."),
        ("Status", "Temp 38,1. Svalg: rodnad, inga beläggningar. Lungor: ua. CRP 18."),
        ("Bedömning", "Viral övre luftvägsinfektion."),
        ("Råd", "Om hostan kvarstår mer än tre veckor, eller om han får blodiga upphostningar, nattsvettningar eller går ner i vikt ska han söka vårdcentral för ställningstagande till tuberkulosutredning. Råden givna via telefontolk på dari."),
    ], template="Akutanteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="TB appears only in a conditional safety-net advice ('Om hostan kvarstår …'); the diagnosis is a plain viral URI.")

C("d89-tb-trolgi-lymfadenit-hals-typo", "vgr", "1996-08-03", "842", [
    N("n1", "vg_onh_su", "lak16", "2024-02-27T09:15:00", [
        ("Anamnes", "Knöl på vä halssida sedan 3 mån, ej öm. Ingen hosta. Nyanländ från Somalia via Kenya."),
        ("Status", "2 x 3 cm fast, lätt fluktuerande resistens regio II vä, ingen rodnad över."),
        ("Bedömning", "Trolgi tuberkulös lymfadenit. FNP med odling och PCR för mykobakterier tagen i dag."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="Hedged TB lymphadenitis with a typo in the hedge ('Trolgi').")

C("d89-tb-urogenital-i-tidiga-hypoteser-skane", "skane", "1971-03-26", "914", [
    N("n1", "sk_inf_lund", "lak10", "2024-04-16T14:00:00", [
        ("Bedömning", "Steril pyuri vid upprepade urinodlingar, mikroskopisk hematuri. Misstänkt urogenital tuberkulos. Pat ej informerad om misstanken ännu, han sover dåligt sedan broderns död i lägret och vi vill ha odlingssvar först."),
    ], template="Tidiga hypoteser")],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: the hedged, untold TB hypothesis is written in the protected template Tidiga hypoteser.")

C("d89-tb-abdominell-under-sokord-tidiga-hypoteser", "vgr", "1989-12-12", "203", [
    N("n1", "vg_inf_su", "lak8", "2024-05-22T10:45:00", [
        ("Anamnes", "Bukspänning och viktnedgång 8 kg på 3 mån. Somalisk tolk på plats."),
        ("Status", "Buk: mjuk, lätt utspänd, dämpning i flankerna. Ingen palpabel lever."),
        ("Åtgärd", "DT buk beställd, ultraljudsledd ascitestappning nästa vecka med odling, cytologi och ADA."),
        ("Tidiga hypoteser", "Möjlig abdominell tuberkulos med peritonit, DD ovarialcancer. Ej diskuterat med pat innan DT och ascitesanalys finns."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: the hedged and untold hypotheses sit only under the sökord Tidiga hypoteser; the visible sections hold symptoms and plans.")

C("d89-tb-trolig-bcg-arr-fynd", "skane", "2019-02-07", "467", [
    N("n1", "sk_barn_csk", "lak3", "2024-08-20T09:00:00", [
        ("Status", "Litet indraget ärr vä överarm, trolig BCG-vaccination. Vaccinationskort saknas, mamman minns inte."),
        ("Planering", "Vaccination enligt svenskt program kompletteras på BVC. IGRA ej indicerat då ingen exposition eller symtom."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The hedge 'trolig' is on a past vaccination/scar, which is no diagnosis.")

C("d89-tb-dd-pleurit-malignitet", "vgr", "1958-10-30", "551", [
    N("n1", "vg_lung_nal", "lak7", "2024-03-12T11:25:00", [
        ("Röntgen", "DT thorax: stor pleuravätska hö, inga tumörmisstänkta förändringar i lungparenkymet."),
        ("Utredning", "Pleuratappning: exsudat, lymfocytdominerat, ADA 62."),
        ("Bedömning", "DD tuberkulös pleurit, malign pleuravätska. Torakoskopi med pleurabiopsi bokad."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A differential diagnosis ('DD') between TB pleurisy and malignancy in a visible section.")

C("d89-tb-talar-for-latent-tuberklos-typo", "skane", "2000-04-18", "628", [
    N("n1", "sk_inf_csk", "st2", "2024-10-15T13:50:00", [
        ("Bedömning", "Positiv IGRA, symtomfri och normal lungröntgen. Talar för latent tuberklos. Behandling övervägs, men hon ammar – tas upp på nästa besök."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Talar för' a latent TB with a typo in the disease word ('tuberklos').")

C("d89-tb-ska-ej-meddelas-per-telefon", "skane", "1982-01-09", "339", [
    N("n1", "sk_inf_malmo", "lak14", "2024-02-21T16:05:00", [
        ("Telefonkontakt", "Ringt upp pat angående provsvar via telefontolk (arabiska). Odlingen från bronksköljvätska har växt M. tuberculosis."),
        ("Bedömning", "Lungtuberkulos. Diagnosen ska inte meddelas pat per telefon; besked lämnas på plats i morgon kl 10 med auktoriserad kontakttolk, pat fick bara veta att vi vill träffa honom."),
    ], template="Telefonanteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A confirmed TB diagnosis is visible while the note says it must not be told yet (awaiting an in-person interpreter).")

C("d89-tb-latent-ej-informerad-sedan-informerad", "vgr", "1995-09-27", "716", [
    N("n1", "vg_tb_su", "lak6", "2024-08-05T10:10:00", [
        ("Bedömning", "Latent tuberkulos (positiv IGRA, normal rtg). Pat ännu ej informerad eftersom somaliskatolken inte dök upp; ny tid med tolk om en vecka."),
    ], template="Läkaranteckning"),
    N("n2", "vg_tb_su", "ssk2", "2024-08-12T10:30:00", [
        ("Information", "Informerad med somaliskatolk om latent tuberkulos och att hon inte smittar. Accepterar förebyggande behandling med rifampicin i 4 månader."),
    ], template="Omvårdnadsanteckning"),
    ],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="The first note withholds a settled latent TB for lack of an interpreter (NL101); the later note tells her and is clean.")

C("d89-tb-lang-halsoundersokning-trol-jarnbrist", "vgr", "1990-05-20", "185", [
    N("n1", "vg_inf_boras", "lak7", "2024-09-10T13:00:00", [
        ("Kontaktorsak", "Remiss från Migrationshälsan efter hälsosamtal: positiv IGRA och lågt Hb."),
        ("Anamnes", "34-årig kvinna från Afghanistan, hazara, i Sverige sedan jan 2024 med tre barn. Tidigare frisk. Tre graviditeter, senaste förlossning 2022. Kraftiga mens. Ingen hosta, ingen feber, ingen viktnedgång. Ingen känd TB-kontakt men bodde flera år i Iran under osäkra förhållanden. Dari-tolk på plats."),
        ("Status", "AT: gott. Blek i slemhinnor. Cor: RR, 84/min, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Lgll: ua."),
        ("Lab", "Hb 101, MCV 71, ferritin ej taget. QuantiFERON positiv. ALAT 0,4. HBsAg neg, anti-HCV neg, HIV neg."),
        ("Röntgen", "Rtg pulm utan infiltrat eller hiluslymfadenopati."),
        ("Bedömning", "Latent tuberkulos. Ingen misstanke om aktiv TB. Mikrocytär anemi, trol. järnbrist pga menorragi."),
        ("Planering", "Rifampicin 600 mg x1 i 4 månader, kontroll leverprover efter 2 veckor. Ferritin och retikulocyter tas i dag, järntabletter när svar finns. Återbesök med tolk om 4 veckor."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="Long screening note: TB is settled or negated, but 'trol. järnbrist' is a hedged diagnosis in the visible Bedömning.")

C("d89-tb-pat-informerad-hustrun-ej", "skane", "1984-11-21", "095", [
    N("n1", "sk_inf_hbg", "lak5", "2024-06-18T09:30:00", [
        ("Bedömning", "Latent tuberkulos, förebyggande behandling med isoniazid och rifampicin (Rifinah) i 3 månader påbörjas."),
        ("Information", "Pat informerad om diagnosen via kontakttolk på kurmanji. Han vill själv välja när hustrun ska få veta och har bett oss att inte ta upp det vid hennes besök."),
    ])],
    must=[], must_not=[("NL101", "n1")],
    why="The patient has been told; only his wife has not, which is no NL101.")

C("d89-tb-mdr-resistens-ej-meddelad", "skane", "1997-07-07", "264", [
    N("n1", "sk_inf_avd_lund", "lak4", "2024-03-28T11:45:00", [
        ("Aktuellt", "Vårdas isolerad sedan 8 dagar för lungtuberkulos, tolererar HRZE väl."),
        ("Provsvar", "Genotypisk resistensbestämning visar mutationer i rpoB och katG, dvs multiresistent tuberkulos."),
        ("Bedömning", "MDR-TB. Behandlingen läggs om efter samråd med TB-teamet. Pat ej informerad om resistensen ännu, besked lämnas med tolk och kurator på måndag."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[],
    why="The new diagnosis MDR-TB stands in a visible section while the note says the patient has not been told about it.")

C("d89-tb-lungtuberkolos-typo-ej-hunnit-informeras", "vgr", "1999-12-01", "437", [
    N("n1", "vg_inf_avd_su", "at2", "2024-11-04T14:20:00", [
        ("Aktuellt", "Inkommen via akuten i natt med feber och hosta, luftburen isolering."),
        ("Provsvar", "PCR på sputum positiv för M. tuberculosis, rifampicinkänslig."),
        ("Bedömning", "Lungtuberkolos, verifierad med PCR. Pat har ej hunnit informeras om det, dari-tolk är beställd till i eftermiddag."),
    ], template="Daganteckning", setting="slutenvård", signed=None)],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Unsigned draft: a verified TB (typo 'Lungtuberkolos') is visible while the patient has not yet been told.")
# ---------------------------------------------------------------- B: hepatitis B/C, HIV, syphilis
C("d89-hbv-sannolik-kronisk-hepatit-b", "vgr", "1983-02-14", "572", [
    N("n1", "vg_inf_su", "lak13", "2024-01-16T10:15:00", [
        ("Lab", "HBsAg pos, anti-HBc total pos, anti-HBc IgM neg, HBeAg neg, anti-HBe pos. ALAT 0,9."),
        ("Bedömning", "Sannolik kronisk hepatit B, HBeAg-negativ fas. HBV-DNA och elastografi (FibroScan) beställda, ny HBsAg om 6 mån för att säkerställa kronicitet."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Sannolik kronisk hepatit B' in a visible Bedömning after screening serology.")

C("d89-hbv-konstaterad-informerad-arabisk-tolk", "skane", "1978-08-09", "624", [
    N("n1", "sk_gastro_malmo", "lak1", "2024-02-13T14:40:00", [
        ("Bedömning", "Kronisk hepatit B, HBeAg-negativ infektion med låg viremi (HBV-DNA 350 IE/ml) och normalt ALAT. FibroScan 5,1 kPa, ingen fibros."),
        ("Information", "Allt genomgånget med pat och maken med arabisktalande kontakttolk: smittvägar, att familjen ska testas och vaccineras, och att vi följer med prover var 6:e månad."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Settled hepatitis B explained to the patient through an interpreter: neither hedged nor untold.")

C("d89-hbv-bekraftad-tolk-uteblev-ej-besked", "vgr", "1991-06-02", "358", [
    N("n1", "vg_inf_nal", "lak15", "2024-03-05T11:30:00", [
        ("Provsvar", "HBsAg positivt även i kontrollprov efter 6 månader, HBV-DNA 2 400 IE/ml."),
        ("Bedömning", "Kronisk hepatit B bekräftad. Pat har inte fått besked ännu – den bokade tolken på somaliska uteblev och pat ville inte använda sin kusin som tolk. Ny tid bokas med tolk inom 2 veckor."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed chronic hepatitis B is visible while the note says the patient has not been told (interpreter did not come).")

C("d89-hcv-trol-kronsik-hepatit-c-typo", "skane", "1968-11-19", "247", [
    N("n1", "sk_inf_lund", "lak10", "2024-04-02T09:20:00", [
        ("Lab", "Anti-HCV positiv vid screening, HCV-RNA skickat. Trombocyter 142, ALAT 1,3."),
        ("Bedömning", "Trol. kronsik hepatit C, smittad vid sjukvård i hemlandet? Genotyp och elastografi när RNA-svaret kommit. Urdu-tolk bokas till återbesöket."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="Hedged hepatitis C ('Trol.') with a typo in the diagnosis word ('kronsik').")

C("d89-hcv-spontant-utlakt-ingen-infektion", "vgr", "1972-03-08", "816", [
    N("n1", "vg_gastro_su", "lak9", "2024-05-14T13:10:00", [
        ("Lab", "Anti-HCV positiv, HCV-RNA ej påvisbart vid två tillfällen med 3 månaders mellanrum."),
        ("Bedömning", "Spontant utläkt hepatit C, ingen pågående infektion. Ingen behandling eller uppföljning behövs. Pat informerad via rysk tolk och får svaret skriftligt på ryska."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="A cleared, settled hepatitis C with no active infection; nothing hedged.")

C("d89-hcv-pmo-ev-hepatit-c", "skane", "1980-10-25", "463", [
    N("n1", "sk_pmo_vc_rosengard", "lak5", "2024-06-04T10:50:00", [
        ("Bedömning", "Förhöjda levervärden (ALAT 2,1). Anti-HCV reaktivt, ev. hepatit C. Remiss infektion."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="'ev. hepatit C' in a PMO note, which never shows diagnoses.")

C("d89-hiv-ej-via-telefontolk-besok-amhariska", "skane", "1986-01-31", "729", [
    N("n1", "sk_inf_malmo", "lak14", "2024-07-09T15:00:00", [
        ("Provsvar", "HIV-1-infektion bekräftad med immunoblot och HIV-RNA 48 000 kopior/ml, CD4 310."),
        ("Bedömning", "Nydiagnosticerad HIV-1-infektion."),
        ("Planering", "Pat ej informerad. Besked om HIV lämnas inte via telefontolk; besök bokas torsdag med kontakttolk på amhariska och kurator."),
    ], template="Läkaranteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed HIV is visible and the plan says the patient has not been told and will be told in person with an interpreter.")

C("d89-hiv-informerad-maken-ej", "vgr", "1993-04-23", "182", [
    N("n1", "vg_inf_su", "lak8", "2024-08-27T10:00:00", [
        ("Bedömning", "HIV-1-infektion, CD4 520. ART (Biktarvy) startas nästa vecka efter resistensbestämning."),
        ("Information", "Diagnosen meddelad pat i dag med kvinnlig tigrinjatolk, hon tog det lugnt och ställde frågor om barnen. Hon vill inte att maken informeras ännu; partnerinformation diskuterades och kurator kopplas in."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL101", "n1")],
    why="The patient was told her HIV diagnosis; only the husband is not yet informed.")

C("d89-hiv-misstankt-primar-infektion-akut", "vgr", "2002-09-16", "945", [
    N("n1", "vg_akut_su", "at2", "2024-09-21T02:35:00", [
        ("Anamnes", "Feber, halsont och utslag i en vecka. Oskyddat samlag för ca 4 veckor sedan. Talar engelska, tolk behövs inte."),
        ("Status", "Temp 38,8. Makulopapulöst exantem på bålen. Förstorade lgll på hals och i axiller."),
        ("Bedömning", "Misstänkt primär HIV-infektion, DD EBV. HIV Ag/Ak och HIV-RNA tagna, kontakt med infektionsjouren."),
    ], template="Akutanteckning", signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="'Misstänkt primär HIV-infektion' in a visible emergency note.")

C("d89-hiv-negativ-ingen-misstanke-diabetes", "skane", "1960-07-12", "351", [
    N("n1", "sk_med_hbg", "lak2", "2024-10-08T11:15:00", [
        ("Bedömning", "HIV-test negativt, ingen misstanke om HIV som orsak till viktnedgången. Diabetes typ 2 med HbA1c 94, insulinbehandling påbörjas."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="HIV is negated ('ingen misstanke om'); the diabetes is settled.")

C("d89-hiv-exponerat-barn-mamman-trol-smittad", "vgr", "2022-12-18", "624", [
    N("n1", "vg_barninf_dsbus", "lak3", "2024-02-20T09:40:00", [
        ("Aktuellt", "Flicka 14 mån, uppföljning för HIV-exponering. Mamman har känd HIV-infektion sedan 2021, trol. smittad i Kamerun, välbehandlad med omätbar virusnivå under graviditeten. Franska, tolk via telefon."),
        ("Provsvar", "HIV-PCR negativ vid 6 veckor och 4 mån, HIV-antikroppar negativa vid 14 mån."),
        ("Bedömning", "Flickan är inte HIV-smittad. Avslutas från barninfektion."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The hedge 'trol.' is about the mother's infection route; the child's HIV is ruled out.")

C("d89-hbv-hcc-misstanke-under-tidiga-hypoteser", "vgr", "1964-05-27", "703", [
    N("n1", "vg_gastro_su", "lak9", "2024-03-26T13:45:00", [
        ("Aktuellt", "Kronisk hepatit B, halvårskontroll med ultraljud. Somalisk tolk på plats."),
        ("Ultraljud", "Ny 2,5 cm hypoekogen förändring i segment 6."),
        ("Planering", "DT lever med kontrast inom 2 veckor, MDK därefter. Återbesök med samma tolk."),
        ("Tidiga hypoteser", "Inger misstanke om hepatocellulär cancer. Pat ej informerad om misstanken, vi vill ha DT först; hans far dog av levercancer och han är rädd."),
    ])],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: the suspected, untold HCC is only under the sökord Tidiga hypoteser; the visible parts hold the known hepatitis B and a finding.")

C("d89-hcv-cirros-inger-misstanke-om-hcc-synlig", "skane", "1958-09-04", "837", [
    N("n1", "sk_gastro_malmo", "lak1", "2024-04-23T10:25:00", [
        ("Bedömning", "Känd HCV-relaterad levercirros, behandlad och utläkt 2022. Vid dagens ultraljud en ny 3 cm förändring i hö leverlob som inger misstanke om hepatocellulärt karcinom. Alfa-fetoprotein 410. DT lever trefas beställd."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'inger misstanke om hepatocellulärt karcinom' in a visible section of a Melior note.")

C("d89-hbv-barn-ev-fler-vaccindoser", "vgr", "2016-06-10", "418", [
    N("n1", "vg_barn_boras", "lak16", "2024-05-07T14:30:00", [
        ("Provsvar", "HBsAg neg, anti-HBc neg, anti-HBs neg."),
        ("Bedömning", "Ej immun mot hepatit B och ingen genomgången infektion. Mamman har kronisk hepatit B."),
        ("Planering", "Ev. behov av fler doser hepatit B-vaccin avgörs av anti-HBs efter grundvaccination. Elevhälsan får vaccinationsplanen."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The child's infection is negated, the mother's disease is settled, and 'Ev.' hedges a vaccine plan.")

C("d89-hbv-kand-sedan-turkiet-tid-ej-meddelad", "vgr", "1981-01-03", "256", [
    N("n1", "vg_inf_skovde", "lak15", "2024-06-18T09:05:00", [
        ("Anamnes", "Känner till sin kroniska hepatit B sedan diagnos i Turkiet 2019, har tagit tenofovir oregelbundet."),
        ("Bedömning", "Kronisk hepatit B, HBV-DNA omätbart på tenofovir. Fortsätter."),
        ("Planering", "Ultraljud lever ska bokas; pat ej informerad om tiden ännu, kallelse skickas hem på turkiska."),
    ])],
    must=[], must_not=[("NL101", "n1")],
    why="The diagnosis has long been known to the patient; only an appointment time is untold.")

C("d89-hdv-koinfektion-ej-infomerad-typo", "skane", "1987-12-29", "509", [
    N("n1", "sk_inf_hbg", "lak5", "2024-07-23T14:10:00", [
        ("Provsvar", "Anti-HDV positivt, HDV-RNA påvisbart."),
        ("Bedömning", "Kronisk hepatit B med hepatit D-koinfektion. Pat ej infomerad ännu om D-infektionen, tas vid nästa besök med mongolisktalande tolk."),
    ])],
    must=[("NL101", "n1")], must_not=[],
    why="Hepatitis D coinfection is visible and untold, with a typo in the telling word ('infomerad').")

C("d89-tb-behandling-dd-lakemedelshepatit", "vgr", "1997-10-11", "073", [
    N("n1", "vg_tb_su", "lak6", "2024-08-13T11:50:00", [
        ("Aktuellt", "Vecka 5 av TB-behandling (HRZE). Illamående sedan 4 dagar."),
        ("Lab", "ALAT 4,8 (0,2 för 2 v sedan), bilirubin 31. HBsAg var negativt vid start."),
        ("Bedömning", "DD läkemedelsinducerad hepatit, akut hepatit E eller A. Alla TB-läkemedel pausas, hepatitserologi tas."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="A DD of hepatitis causes on TB treatment stands in the visible Bedömning.")

C("d89-hbv-mor-trol-levercancer-hereditet", "skane", "1992-02-25", "614", [
    N("n1", "sk_inf_csk", "lak3", "2024-09-03T13:20:00", [
        ("Anamnes", "Mor avled i levercancer 2015, trol. till följd av hepatit B. Två syskon kvar i Afghanistan, status okänt."),
        ("Bedömning", "Kronisk hepatit B, immunaktiv fas med HBV-DNA 85 000 IE/ml och ALAT 1,6. Entekavir startas."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The hedge is about the late mother's disease; the patient's hepatitis B is settled.")

C("d89-hiv-kaposi-fragetecken-hud", "vgr", "1979-08-20", "392", [
    N("n1", "vg_hud_su", "lak12", "2024-10-22T10:35:00", [
        ("Anamnes", "Känd HIV sedan 2023, nyligen startad ART. Lila plack på båda underbenen sedan 2 mån. Flydde från Uganda 2023."),
        ("Status", "Flera 1-2 cm violetta, infiltrerade plack på underbenen, inga slemhinneförändringar."),
        ("Bedömning", "Kaposis sarkom? Stansbiopsi tagen, svar om ca 2 veckor. Kontakt med infektionsläkaren."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A diagnosis followed by a question mark ('Kaposis sarkom?') in a visible Bedömning.")

C("d89-syfilis-sen-latent-kan-ej-uteslutas", "skane", "1995-05-05", "271", [
    N("n1", "sk_kvinno_malmo", "lak6", "2024-11-05T09:45:00", [
        ("Provsvar", "Syfilisscreening: TPPA positiv, RPR negativ. Ingen känd tidigare behandling."),
        ("Bedömning", "Sen latent syfilis kan ej uteslutas, men kan också vara en tidigare behandlad infektion. Behandling med bensatinpenicillin x3 ges efter samråd med venereolog."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'kan ej uteslutas' about latent syphilis is a hedged diagnosis in a visible section.")

C("d89-hcv-forst-tidiga-hypoteser-sedan-informerad", "skane", "1988-07-16", "905", [
    N("n1", "sk_inf_lund", "lak4", "2024-03-11T10:00:00", [
        ("Bedömning", "Anti-HCV pos, HCV-RNA ej klart. Möjlig kronisk hepatit C. Pat ännu inte informerad, kurmanji-tolk saknas till veckan."),
    ], template="Tidiga hypoteser"),
    N("n2", "sk_inf_lund", "lak4", "2024-03-19T10:30:00", [
        ("Bedömning", "Kronisk hepatit C genotyp 3, HCV-RNA 1,2 milj IE/ml."),
        ("Information", "Informerad med kurmanji-tolk på plats om hepatit C, smittvägar och att behandlingen med Epclusa i 12 veckor har mycket god effekt."),
    ], template="Läkaranteckning"),
    ],
    must=[], must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Correct flow: the untold hypothesis waited in Tidiga hypoteser, and the visible note is written after the patient was told.")

C("d89-hiv-gravid-besked-ska-vanta-kurator-tolk", "vgr", "1999-03-30", "480", [
    N("n1", "vg_smvc_ostra", "lak10", "2024-04-30T15:15:00", [
        ("Aktuellt", "Gravid v 14, inskriven på MVC med rutinprover. Remitterad till specialistmödravården efter positivt HIV-test."),
        ("Provsvar", "HIV-1 konfirmerad, HIV-RNA 12 000 kopior/ml."),
        ("Bedömning", "HIV-1-infektion hos gravid. Besked om diagnosen ska vänta tills infektionsläkare, kurator och somalisk kontakttolk kan närvara samtidigt, planerat till tisdag."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed HIV in pregnancy is visible while the note says the news must wait for an interpreter and a counsellor.")

C("d89-hcv-cirros-telefontolk-kopplades-bort", "vgr", "1961-11-07", "538", [
    N("n1", "vg_gastro_su", "lak13", "2024-05-28T14:50:00", [
        ("Undersökning", "FibroScan 21,4 kPa, trombocyter 96, albumin 33."),
        ("Bedömning", "Levercirros, Child-Pugh A, orsakad av kronisk hepatit C. Pat har inte fått veta om cirrosen ännu, då telefontolken på persiska kopplades bort mitt i samtalet; ny tid med kontakttolk."),
    ])],
    must=[("NL101", "n1")], must_not=[],
    why="Cirrhosis is stated as settled and visible, and the patient has not been told (the phone interpreter dropped).")

C("d89-hbv-besked-vantar-kvinnlig-tolk", "skane", "2004-06-21", "146", [
    N("n1", "sk_inf_malmo", "st1", "2024-06-26T11:20:00", [
        ("Provsvar", "HBsAg pos, HBeAg pos, HBV-DNA > 10^8 IE/ml."),
        ("Bedömning", "Kronisk hepatit B, HBeAg-positiv infektion. Pat har uttryckligen begärt kvinnlig tolk. Beskedet om hepatit B ska därför inte lämnas förrän en kvinnlig tigrinjatolk kan bokas."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A settled hepatitis B is visible while the note says it must not be told until a female interpreter is available.")

C("d89-hbv-tidigare-ej-tolk-idag-informerad", "vgr", "1976-12-13", "267", [
    N("n1", "vg_med_angered", "lak14", "2024-07-16T09:30:00", [
        ("Anamnes", "Återbesök för provsvar från hälsoundersökningen. Vid förra besöket kunde pat inte informeras om provsvaren eftersom det inte fanns någon tolk."),
        ("Bedömning", "Kronisk hepatit B, HBeAg-negativ, låg viremi."),
        ("Information", "I dag informerad med somalisk kontakttolk om hepatit B-diagnosen, vad den innebär och att hushållet erbjuds provtagning."),
    ])],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Hard negative: the note mentions an earlier failure to inform, but the patient is told today.")
# ---------------------------------------------------------------- C: parasites, anaemia, vitamins
C("d89-parasit-eosinofili-fragetecken-strongyloides", "skane", "1994-10-19", "628", [
    N("n1", "sk_inf_malmo", "lak14", "2024-01-30T13:30:00", [
        ("Lab", "Eosinofiler 1,8 x10^9/l, IgE 820. F-parasiter x3 negativa."),
        ("Bedömning", "Eosinofili, ?Strongyloides. Serologi för Strongyloides och Schistosoma skickad. Inga steroider innan svar."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A leading question mark on a parasitic diagnosis ('?Strongyloides') in a visible Bedömning.")

C("d89-parasit-mojlig-urogenital-schistosomiasis", "vgr", "2001-04-04", "539", [
    N("n1", "vg_inf_su", "st2", "2024-02-06T10:40:00", [
        ("Anamnes", "Makroskopisk hematuri intermittent sedan 1 år. Badade i floder i Sudan under flykten. Tigrinja via telefontolk."),
        ("Lab", "U-sticka: blod 3+. Eosinofiler 0,9."),
        ("Bedömning", "Möjilg urogenital schistosomiasis. Urin för ägg (middagsurin) x3 och serologi. Cystoskopi vid kvarstående hematuri."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A hedged schistosomiasis with a typo in the hedge ('Möjilg') in a visible VGR section.")

C("d89-parasit-missankt-schistosomias-typo-cystoskopi", "skane", "1986-08-27", "714", [
    N("n1", "sk_uro_malmo", "lak11", "2024-03-14T11:00:00", [
        ("Cystoskopi", "Sandkornsliknande fläckar och granulom i blåsbotten, ingen tumör."),
        ("Bedömning", "Missänkt schistosomias i urinblåsan. Biopsier tagna, remiss infektion parallellt. Arabisk tolk på plats."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="Typo in both hedge and diagnosis ('Missänkt schistosomias'); still a hedged diagnosis in a visible note.")

C("d89-parasit-bvc-trol-giardia-pmo", "skane", "2021-09-15", "302", [
    N("n1", "sk_pmo_bvc_seved", "bvc2", "2024-04-11T09:20:00", [
        ("Anamnes", "Mamma berättar via telefontolk (dari) att flickan haft lös avföring och uppblåst mage i 3 veckor. Äter sämre."),
        ("Bedömning", "Trol. giardia, F-parasiter x3 skickade. Viktkurvan planar ut, ny vägning om 2 v."),
    ], template="BVC-besök")],
    must=[], must_not=[("NL102", "n1")],
    why="Hedged giardiasis in a PMO child-health note; PMO does not show diagnoses.")

C("d89-parasit-faeces-negativa-talar-emot", "vgr", "2015-11-28", "163", [
    N("n1", "vg_barn_boras", "lak16", "2024-04-24T13:15:00", [
        ("Utredning", "F-parasiter x3 negativa, Strongyloidesserologi negativ, calprotectin 25."),
        ("Bedömning", "Talar emot parasitinfektion som orsak till buksmärtorna. Funktionell buksmärta, stressrelaterad efter flykten."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="'Talar emot' negates the parasitic infection; the functional pain is stated plainly.")

C("d89-malaria-kan-rora-sig-om-barnakut", "skane", "2018-09-02", "446", [
    N("n1", "sk_barnakut_malmo", "lak12", "2024-05-19T22:10:00", [
        ("Anamnes", "5-årig pojke, kom till Sverige för 3 veckor sedan från flyktingläger i Uganda. Feber 40 sedan 2 dagar, frossa. Swahili, tolk via telefon."),
        ("Status", "Trött men kontaktbar. Temp 39,6. Mjältspets palpabel."),
        ("Bedömning", "Kan röra sig om malaria. Snabbtest och tjock/tunn droppe akut, blododling."),
    ], template="Akutanteckning", signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="'Kan röra sig om malaria' is a hedged diagnosis in a visible paediatric emergency note.")

C("d89-malaria-uteslutet-tre-prover", "vgr", "2020-02-22", "795", [
    N("n1", "vg_barnakut_dsbus", "at1", "2024-06-01T08:30:00", [
        ("Bedömning", "Tre negativa malariaprover (snabbtest och mikroskopi) under 24 timmar, malaria är därmed uteslutet. Feberfri sedan i morse, äter och dricker."),
        ("Åtgärd", "Hem. Åter om ny feber inom de närmaste månaderna."),
    ], template="Akutanteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="Malaria is ruled out; the return advice is conditional.")

C("d89-anemi-talar-for-jarnbristanemi", "vgr", "1998-07-30", "258", [
    N("n1", "vg_med_boras", "lak7", "2024-06-13T10:05:00", [
        ("Lab", "Hb 89, MCV 68, ferritin 6, CRP <1."),
        ("Bedömning", "Mikrocytär anemi, talar för järnbristanemi. Kraftiga menstruationer och kost fattig på kött under lång tid i lägret. Celiakiprov taget."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'talar för järnbristanemi' hedges a diagnosis in a visible Bedömning.")

C("d89-anemi-forenligt-med-betatalassemi-minor", "skane", "1990-01-18", "377", [
    N("n1", "sk_hem_lund", "lak4", "2024-07-04T14:20:00", [
        ("Lab", "Hb 118, MCV 62, ferritin 140, HbA2 5,2 %."),
        ("Bedömning", "Mikrocytos med normalt järnlager och förhöjt HbA2, förenligt med betatalassemi minor. Ingen järnbehandling. Partnertest erbjuds inför eventuell graviditet."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'förenligt med betatalassemi minor' is a hedged diagnosis in a visible section.")

C("d89-anemi-talassemibarare-konstaterad-informerad", "vgr", "1995-11-09", "620", [
    N("n1", "vg_hem_su", "lak9", "2024-07-18T11:40:00", [
        ("Bedömning", "Betatalassemibärare, konstaterat med Hb-elfores och DNA-analys. Ingen behandling behövs."),
        ("Information", "Informerad via arabisk tolk om att anlaget inte kräver behandling, men att maken bör testas inför nästa graviditet. Genetisk vägledning erbjuden."),
    ])],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Settled thalassaemia trait, told through an interpreter.")

C("d89-dvitamin-rakit-kan-ej-uteslutas", "skane", "2021-12-03", "519", [
    N("n1", "sk_barn_hbg", "lak3", "2024-08-08T09:35:00", [
        ("Anamnes", "2-årig flicka, går sent, O-bent. Ammas fortfarande, äter lite fast föda. Familjen från Somalia, somalisk tolk på plats."),
        ("Lab", "25-OH-vitamin D 12 nmol/l, ALP 980, Ca 2,18, PTH 14."),
        ("Bedömning", "Uttalad D-vitaminbrist. Rakit kan ej uteslutas, rtg handleder beställd."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Rakit kan ej uteslutas' is a hedged diagnosis, beside a settled vitamin D deficiency.")

C("d89-dvitamin-utan-rakit-rtg-normal", "vgr", "2019-03-21", "431", [
    N("n1", "vg_barn_nal", "lak10", "2024-08-22T13:25:00", [
        ("Röntgen", "Rtg vä handled: normala metafyser, inga tecken på rakit."),
        ("Bedömning", "D-vitaminbrist utan rakit. Substitution med D-vitamin 2000 IE dagligen i 3 mån, därefter ny provtagning."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="Rickets is negated ('inga tecken på', 'utan'); the deficiency is settled.")

C("d89-b12-brist-ej-informerad-pashto", "skane", "1955-04-12", "283", [
    N("n1", "sk_med_ystad", "lak2", "2024-09-05T15:40:00", [
        ("Aktuellt", "Inlagd för yrsel och trötthet, Hb 92 vid ankomst."),
        ("Lab", "MCV 112, kobalamin 85 pmol/l, homocystein 38, folat normalt."),
        ("Bedömning", "B12-brist med makrocytär anemi. Pat ej informerad om provsvaren ännu eftersom tolk på pashto inte fanns att få i dag; injektionsbehandling startas i morgon."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A settled B12 deficiency anaemia is visible while the patient has not been told for lack of an interpreter.")

C("d89-anemi-bvc-misstankt-jarnbrist-pmo", "skane", "2022-10-26", "174", [
    N("n1", "sk_pmo_bvc_landskrona", "bvc1", "2024-09-12T10:00:00", [
        ("Anteckning", "Hb 98 vid 18-månaderskontrollen, dricker mycket mjölk. Misstänkt järnbrist, järndroppar och ny kontroll om 6 veckor. Föräldrar informerade via arabisk tolk."),
    ], template="BVC-besök")],
    must=[], must_not=[("NL102", "n1")],
    why="A suspected iron deficiency in a PMO child-health note is never shown.")

C("d89-anemi-oklart-om-sicklecellsjukdom", "vgr", "2020-07-08", "862", [
    N("n1", "vg_barninf_dsbus", "lak3", "2024-10-03T14:45:00", [
        ("Anamnes", "Smärtepisoder i armar och ben, två tidigare sjukhusvistelser i Sudan enligt pappan. Arabisk tolk."),
        ("Lab", "Hb 82, retikulocyter 210, LD 640."),
        ("Bedömning", "Oklart om sicklecellsjukdom eller endast bärarskap med annan orsak till hemolysen. Hb-elfores skickad."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Oklart om sicklecellsjukdom' leaves a diagnosis open in a visible section.")

C("d89-anemi-bror-sickle-mamma-misstankt-barare", "skane", "2017-01-14", "935", [
    N("n1", "sk_barn_malmo", "lak12", "2024-10-17T09:15:00", [
        ("Aktuellt", "Syskonscreening. Bror har sicklecellsanemi, konstaterad i Malmö 2023, och mamman är misstänkt anlagsbärare."),
        ("Provsvar", "Hb-elfores: normalt mönster, HbS ej påvisat."),
        ("Bedömning", "Pojken har inte sicklecellsanemi och bär inte anlaget. Inga fler kontroller."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="The hedge is about the mother's carrier status; the patient's own disease is negated.")

C("d89-parasit-eosinofili-ev-empirisk-behandling", "vgr", "1983-09-01", "547", [
    N("n1", "vg_inf_skovde", "lak15", "2024-11-07T10:20:00", [
        ("Lab", "Eosinofiler 1,2, Strongyloides-serologi neg, Schistosoma-serologi neg, F-parasiter x3 neg."),
        ("Bedömning", "Eosinofili utan påvisad parasit."),
        ("Planering", "Ev. empirisk behandling med albendazol diskuteras vid återbesök om 3 mån om eosinofilin kvarstår."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="'Ev.' hedges a treatment plan; no parasitic diagnosis is hedged.")

C("d89-skabb-oklart-om-scabbies-typo", "skane", "2005-02-09", "612", [
    N("n1", "sk_hud_lund", "lak6", "2024-11-19T13:40:00", [
        ("Anamnes", "Klåda i 6 veckor, värre nattetid. Flera på boendet har liknande besvär. Dari, telefontolk."),
        ("Status", "Exkorierade papler interdigitalt och på handleder, lichenifiering i armvecken."),
        ("Bedömning", "Oklart om scabbies eller atopiskt eksem, ev. båda. Dermatoskopi utan säkra gångar. Behandlas som skabb med permetrin x2 för säkerhets skull."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Oklart om' scabies (typo 'scabbies') or eczema is an open diagnosis in a visible section.")

C("d89-parasit-bild-som-vid-neurocysticerkos", "vgr", "1996-06-25", "318", [
    N("n1", "vg_neuro_su", "lak13", "2024-05-09T11:10:00", [
        ("Anamnes", "Första epileptiska anfallet, generaliserat, för 10 dagar sedan. Kommer från DR Kongo, i Sverige sedan i våras. Lingalatolk via telefon."),
        ("MR", "MR hjärna: flera små cystiska förändringar med scolex, en med omgivande ödem."),
        ("Bedömning", "Bild som vid neurocysticerkos. Serologi skickad, albendazol + prednisolon efter samråd med infektion. Levetiracetam insatt."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Bild som vid neurocysticerkos' is a hedged diagnosis in the visible Bedömning.")

C("d89-parasit-susp-amobaabscess-lever", "vgr", "1989-03-13", "750", [
    N("n1", "vg_inf_su", "lak8", "2024-03-02T16:30:00", [
        ("Anamnes", "Feber och smärta hö arcus i 10 dagar. Kom från Bangladesh för 2 mån sedan. Bengalisk tolk via telefon."),
        ("Ultraljud", "5 cm hypoekogen, välavgränsad förändring i hö leverlob."),
        ("Bedömning", "Susp. amöbaabscess i levern, DD pyogen leverabscess. Entamoeba-serologi, blododlingar, metronidazol iv."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Susp.' amoebic liver abscess with a DD in a visible section.")

C("d89-parasit-strongyloides-pat-ej-nadd", "vgr", "1980-12-17", "296", [
    N("n1", "vg_inf_boras", "lak7", "2024-04-15T15:55:00", [
        ("Provsvar", "Strongyloides stercoralis-larver påvisade i F-agarplatta, serologi positiv."),
        ("Bedömning", "Strongyloidesinfektion. Ivermektin 2 dagar ska ges innan eventuell steroidbehandling."),
        ("Telefonkontakt", "Har sökt pat två gånger med telefontolk (tigrinja) utan svar. Pat är således ännu inte informerad om infektionen, brev skickas med ny tid."),
    ], signed=None)],
    must=[("NL101", "n1")], must_not=[],
    why="A verified Strongyloides infection is visible while the note says the patient is not yet informed (not reached).")

C("d89-parasit-schistosoma-agg-ej-underrattad", "skane", "2000-11-30", "358", [
    N("n1", "sk_inf_lund", "lak10", "2024-06-20T10:25:00", [
        ("Provsvar", "Schistosoma haematobium-ägg påvisade i middagsurin."),
        ("Bedömning", "Urogenital schistosomiasis, verifierad. Praziquantel 40 mg/kg som engångsdos."),
        ("Planering", "Pat ännu ej underrättad om diagnosen; han har inte kunnat nås sedan flytt till annat boende, Migrationsverket kontaktas för ny adress."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Verified schistosomiasis stands visible while the patient has not yet been told.")

C("d89-parasit-dd-ekinokockcysta", "skane", "1975-03-06", "841", [
    N("n1", "sk_kir_lund", "lak11", "2024-07-30T13:05:00", [
        ("Röntgen", "DT buk: 8 cm cystisk förändring i hö leverlob med dottercystor och förkalkad vägg."),
        ("Bedömning", "DD ekinokockcysta, komplicerad levercysta. Echinococcus-serologi och MDK med infektion innan ställningstagande till ingrepp."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A differential diagnosis with a hydatid cyst in a visible Bedömning.")

C("d89-dvitamin-osteomalaci-ej-information", "vgr", "1984-08-18", "605", [
    N("n1", "vg_endo_skovde", "lak15", "2024-05-21T09:50:00", [
        ("Lab", "25-OH-D < 10 nmol/l, ALP 410, PTH 22, fosfat lågt."),
        ("Röntgen", "Looser-zoner i båda lårbenshalsarna."),
        ("Bedömning", "Osteomalaci på basen av svår D-vitaminbrist. Pat har inte fått information om diagnosen ännu; tolk på somaliska bokas till besöket 4/6 då behandlingsplanen gås igenom."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Settled osteomalacia stands visible while the note says the patient has not been informed yet.")
# ---------------------------------------------------------------- D: trauma, war injuries, FGM
C("d89-trauma-bild-som-vid-ptsd-vuxen", "skane", "1988-04-29", "517", [
    N("n1", "sk_psyk_malmo", "lak8", "2024-01-25T13:00:00", [
        ("Anamnes", "Remiss från vårdcentral. Flydde från Aleppo 2015 via Libanon, kom till Sverige 2023 efter flera år i Turkiet. Mardrömmar, påträngande minnen av bombningar, undviker smällar och folksamlingar. Sover 3-4 tim/natt. Arabisk kontakttolk."),
        ("Psykiskt status", "Vaken, orienterad. Spänd, lättskrämd, vaksam. Stämningsläge sänkt. Inga psykotiska symtom. Förnekar suicidtankar, inga planer."),
        ("Bedömning", "Bild som vid PTSD efter krigsupplevelser och flykt. Strukturerad intervju (CAPS-5) bokas innan diagnos sätts."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="'Bild som vid PTSD' is a hedged psychiatric diagnosis in a visible Bedömning.")

C("d89-trauma-dd-pstd-depression-typo", "vgr", "1980-10-03", "426", [
    N("n1", "vg_psyk_angered", "lak14", "2024-02-15T10:30:00", [
        ("Bedömning", "Nedstämdhet, sömnsvårigheter och minnesproblem sedan ankomsten. DD PSTD, recidiverande depression, ev. båda. MADRS 28. Bedömning med strukturerad intervju via dari-tolk nästa vecka."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="A DD of PTSD (typo 'PSTD') and depression in a visible section.")

C("d89-trauma-ptsd-faststalld-genomgangen-med-tolk", "skane", "1992-07-22", "614", [
    N("n1", "sk_psyk_malmo", "psy1", "2024-03-07T14:15:00", [
        ("Bedömning", "Posttraumatiskt stressyndrom (F43.1) enligt CAPS-5, svår grad. Tortyr i fängelse i Eritrea och övergrepp i Libyen."),
        ("Information", "Diagnosen och planen för traumafokuserad behandling (NET) genomgångna med pat via tigrinjatolk, han känner igen sig i beskrivningen."),
    ], template="Psykologanteckning")],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="A settled PTSD diagnosis, explained to the patient through an interpreter.")

C("d89-trauma-psykosmisstanke-under-tidiga-hypoteser", "vgr", "1985-05-15", "832", [
    N("n1", "vg_psyk_su", "lak6", "2024-03-21T11:20:00", [
        ("Aktuellt", "Uppföljning, behandlas för PTSD med sertralin 100 mg. Kurdisk tolk (sorani)."),
        ("Psykiskt status", "Misstänksam mot tolken, frågar vem han rapporterar till. Osammanhängande vid enstaka tillfällen."),
        ("Planering", "Nytt besök om en vecka med annan tolk, utökad psykiatrisk bedömning."),
        ("Tidiga hypoteser", "Misstänkt psykotisk utveckling med paranoida idéer, DD uttalad traumarelaterad misstänksamhet. Diskuteras inte med pat ännu."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="VGR: the suspected psychosis, not yet discussed, is only under Tidiga hypoteser; 'Misstänksam' in the status is a symptom.")

C("d89-trauma-dissociativ-tidiga-hypoteser-mall", "skane", "1997-09-10", "705", [
    N("n1", "sk_psyk_hbg", "lak2", "2024-04-04T15:30:00", [
        ("Bedömning", "Möjlig dissociativ störning, episoder av minnesluckor och frånvaro som beskrivs av systern. Pat ej informerad om hypotesen, behöver mer tid och tillit; samtalen sker via dari-tolk."),
    ], template="Tidiga hypoteser")],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Skåne: hedged and untold dissociative disorder written in the protected template Tidiga hypoteser.")

C("d89-trauma-rhs15-inga-tecken-pa-ptsd", "vgr", "2006-03-11", "291", [
    N("n1", "vg_med_angered", "ssk2", "2024-04-18T09:10:00", [
        ("Bedömning", "RHS-15 under gränsvärdet, inga tecken på PTSD eller depression i dag. Sover bra, går i skolan på språkintroduktion."),
    ], template="Omvårdnadsanteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="PTSD and depression are negated after screening ('inga tecken på').")

C("d89-trauma-pmo-trol-ptsd-charkiv", "skane", "1990-12-24", "538", [
    N("n1", "sk_pmo_vc_drottninghog", "lak5", "2024-05-02T10:40:00", [
        ("Bedömning", "Trol. PTSD efter bombningarna i Charkiv. Remiss vuxenpsykiatri, zopiklon utskrivet i liten förpackning. Ukrainsk tolk på plats."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="Hedged PTSD in a PMO primary-care note is never shown.")

C("d89-trauma-ptsd-ej-meddelad-tolken-kande-familjen", "vgr", "1994-01-27", "650", [
    N("n1", "vg_psyk_angered", "psy2", "2024-05-16T13:45:00", [
        ("Bedömning", "Uppfyller kriterierna för PTSD enligt strukturerad intervju (CAPS-5) genomförd förra veckan."),
        ("Information", "Diagnosen har inte meddelats pat. Tolken visade sig känna familjen och pat ville inte tala öppet inför henne; nytt besök bokat med telefontolk från annan ort."),
    ], template="Psykologanteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A settled PTSD diagnosis is visible while the note says it has not been told (the interpreter knew the family).")

C("d89-krig-granatsplitter-misstankt-osteomyelit", "skane", "1991-08-14", "729", [
    N("n1", "sk_orto_lund", "lak11", "2024-05-28T10:15:00", [
        ("Anamnes", "Granatsplitterskada vä underben 2016 i Syrien, opererad flera gånger där med extern fixation. Sedan 1 år fistel på framsidan av tibia med intermittent var."),
        ("Status", "Fistelöppning 5 mm mitt på tibiakanten, indurerad hud runt, ingen fluktuation. Fotpulsar palpabla."),
        ("Röntgen", "Läkt fraktur, sklerotiskt område med sekvester, flera metallfragment i mjukdelarna."),
        ("Bedömning", "Misstänkt kronisk osteomyleit i vä tibia. MR och remiss till ortopedisk infektionskirurgi för debridering och biopsi."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="'Misstänkt' chronic osteomyelitis (typo 'osteomyleit') after a war injury in a visible Bedömning.")

C("d89-krig-mojligen-fler-fragment-ingen-infektion", "vgr", "1987-02-08", "364", [
    N("n1", "vg_orto_molndal", "lak4", "2024-06-06T11:35:00", [
        ("Anamnes", "Skadad av vägbomb i Helmand 2019, fragment i hö lår. Värk vid belastning. Dari, telefontolk."),
        ("Status", "Välläkt ärr lateralt hö lår, ingen rodnad eller värmeökning. Ömmar vid djup palpation."),
        ("Röntgen", "Rtg femur hö: två små metalliska främmande kroppar i mjukdelarna, möjligen ytterligare fragment nära periostet."),
        ("Bedömning", "Kvarvarande splitter utan tecken på infektion. Ingen indikation för extraktion, smärtlindring och fysioterapi."),
    ], signed=None)],
    must=[], must_not=[("NL102", "n1")],
    why="'möjligen' hedges a radiological finding (fragments), not a disease; infection is negated.")

C("d89-krig-sannolkit-ulnarisskada-typo", "skane", "1996-03-03", "481", [
    N("n1", "sk_hand_malmo", "lak9", "2024-06-25T09:00:00", [
        ("Anamnes", "Skottskada vä underarm 2021 i Jemen, sårrevision på fältsjukhus. Domningar i lill- och ringfinger, svag greppkraft."),
        ("Status", "Nedsatt 2PD dig IV-V vä, atrofi av interossei, positivt Froments tecken."),
        ("Bedömning", "Sannolkit partiell n. ulnaris-skada i underarmsnivå efter skottskadan. Neurografi beställd, därefter ställningstagande till nervrekonstruktion."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="Hedged nerve injury with a typo in the hedge ('Sannolkit').")

C("d89-krig-fantomsmarta-trolig-utskrivning", "vgr", "1978-11-26", "157", [
    N("n1", "vg_orto_avd_molndal", "lak7", "2024-07-11T08:45:00", [
        ("Aktuellt", "Dag 6 efter revision av transtibial amputationsstump hö. Amputerad 2017 efter minskada i Syrien."),
        ("Bedömning", "Fantomsmärta, bättre på gabapentin. Stumpen läker fint."),
        ("Planering", "Trolig utskrivning på fredag om sårkontrollen ser bra ut. Protesverkstad kontaktad, arabisk tolk bokad till utskrivningssamtalet."),
    ], template="Daganteckning", setting="slutenvård")],
    must=[], must_not=[("NL102", "n1")],
    why="'Trolig' hedges the discharge day; the phantom pain is settled.")

C("d89-krig-trumhinneperforation-ingen-misstanke-kolesteatom", "skane", "1983-06-09", "826", [
    N("n1", "sk_onh_malmo", "lak16", "2024-07-25T13:55:00", [
        ("Anamnes", "Hörselnedsättning och tinnitus hö sedan explosion nära hemmet i Gaza i februari. Arabisk tolk."),
        ("Status", "Otomikroskopi: central perforation ca 30 % av hö trumhinna, torr. Vä trumhinna ua."),
        ("Bedömning", "Traumatisk trumhinneperforation hö med lätt ledningshinder enligt audiogram. Ingen misstanke om kolesteatom. Myringoplastik om ej spontanläkt om 3 mån."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="Cholesteatoma is negated; the blast perforation is settled.")

C("d89-fgm-typ3-konstaterad-informerad-kvinnlig-tolk", "vgr", "1994-10-31", "573", [
    N("n1", "vg_kvinno_ostra", "lak10", "2024-08-15T10:20:00", [
        ("Anamnes", "Remiss från MVC inför planerad graviditet. Könsstympad som barn i Somalia. Svårt att kissa, smärtsamma samlag."),
        ("Status", "Infibulation, kvarvarande öppning ca 5 mm, klitoris ej synlig."),
        ("Bedömning", "Kvinnlig könsstympning typ III (infibulation) med urinvägsbesvär och dyspareuni."),
        ("Information", "Informerad via kvinnlig somalisk tolk om fyndet och om möjligheten till defibulation i lokalbedövning. Pat vill fundera och diskutera med maken."),
    ])],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Settled FGM type III, explained to the patient with a female interpreter.")

C("d89-fgm-mojlig-inklusionscysta", "skane", "1990-02-16", "392", [
    N("n1", "sk_kvinno_malmo", "lak6", "2024-08-29T14:30:00", [
        ("Anamnes", "Ömmande knöl i vulva sedan flera år, långsamt växande. Könsstympad i barndomen i Sudan."),
        ("Status", "3 cm rund, fast, välavgränsad resistens i klitorisregionen under ärrvävnad."),
        ("Bedömning", "Möjlig epidermal inklusionscysta efter könsstympning. Ultraljud och planerad exstirpation."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Möjlig epidermal inklusionscysta' is a hedged diagnosis in a visible gynaecology note.")

C("d89-fgm-typ2-ej-informerad-manlig-telefontolk", "skane", "1999-05-19", "640", [
    N("n1", "sk_kvinno_lund", "bm1", "2024-09-19T11:05:00", [
        ("Bedömning", "Undersökningen visar kvinnlig könsstympning typ II med ärrbildning och kronisk vulvasmärta."),
        ("Information", "Pat ej informerad om fyndet. Endast manlig telefontolk fanns, och pat önskade vänta med samtalet till ett besök med kvinnlig tolk på plats."),
    ], template="Barnmorskeanteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A settled FGM diagnosis is visible while the patient has not been told (only a male phone interpreter was available).")

C("d89-fgm-ungdomsmottagning-misstankt-pmo", "skane", "2006-01-23", "418", [
    N("n1", "sk_pmo_um_malmo", "bm2", "2024-10-10T15:20:00", [
        ("Bedömning", "Misstänkt könsstympning typ I vid inspektion, pat osäker på vad som gjorts. Remiss gyn. Informerad om stödet som finns och att hon kan höra av sig hit."),
    ], template="Barnmorskeanteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="A hedged finding/diagnosis in a PMO youth-clinic note is never shown.")

C("d89-fgm-trolig-keloid-efter-defibulation", "vgr", "1992-12-06", "285", [
    N("n1", "vg_kvinno_nu", "lak12", "2024-10-24T09:30:00", [
        ("Aktuellt", "Kontroll 3 mån efter defibulation i lokalbedövning. Kissar mycket bättre."),
        ("Status", "Ärret ventralt förtjockat, rodnat, 1,5 cm."),
        ("Bedömning", "Trolig keloid i defibulationsärret. Kortisoninjektion erbjuds, pat vill avvakta."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Trolig keloid' is a hedged diagnosis in a visible section.")

C("d89-trauma-sannolik-fibromyalgi-efter-tortyr", "skane", "1976-07-01", "553", [
    N("n1", "sk_smarta_lund", "lak13", "2024-11-14T10:00:00", [
        ("Anamnes", "Generaliserad smärta sedan fängelsevistelse i Iran 2019 med misshandel. Sömnstörning, trötthet. Persisk tolk på plats."),
        ("Status", "Ömhet över flertalet tenderpoints, normal ledstatus, neurologiskt ua."),
        ("Bedömning", "Sannolik fibromyalgi, DD långvarigt smärttillstånd med nociplastisk mekanism efter tortyr. Teambedömning med fysioterapeut och psykolog."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Sannolik fibromyalgi' with a DD in a visible pain-clinic note.")

C("d89-trauma-eventuellt-mardrommar-symtom", "vgr", "1998-04-13", "706", [
    N("n1", "vg_inf_nal", "lak15", "2024-11-26T14:10:00", [
        ("Aktuellt", "Återbesök efter behandlad latent tuberkulos, tagit rifampicin i 4 mån utan biverkningar."),
        ("Anamnes", "Eventuellt inslag av mardrömmar, pat är osäker och vill inte prata mer om det i dag. Sover i övrigt hyfsat."),
        ("Bedömning", "Latent tuberkulos färdigbehandlad. Erbjuden kontakt med Röda korsets behandlingscenter om besvären skulle öka."),
    ])],
    must=[], must_not=[("NL102", "n1")],
    why="'Eventuellt' hedges a symptom (nightmares), and the referral offer is conditional; the TB is settled.")

C("d89-trauma-bup-trolig-ptsd-barn-gaza", "skane", "2013-09-05", "231", [
    N("n1", "sk_bup_malmo", "lak8", "2024-02-12T13:30:00", [
        ("Anamnes", "10-årig pojke från Gaza, kom med mamma och syskon i december. Pappan kvar. Skrämd av höga ljud, kissar i sängen igen, vill inte gå till skolan. Arabisk tolk."),
        ("Bedömning", "Trolig PTSD efter krigsupplevelser. Traumafokuserad KBT för barn planeras, föräldrastöd parallellt."),
    ], template="Läkaranteckning")],
    must=[("NL102", "n1")], must_not=[],
    why="'Trolig PTSD' in a visible BUP note (the guardians read the child's journal).",
    as_of="2024-02-20T00:00:00")

C("d89-trauma-kurator-flytt-av-kontakt-ej-meddelad", "vgr", "1986-06-30", "479", [
    N("n1", "vg_kurator_su", "kur2", "2024-12-03T10:45:00", [
        ("Samtal", "Stödsamtal nr 6 via dari-tolk. Pat har PTSD och behandlas av psykiatrin parallellt. Berättar om oro för dottern som är kvar i Kabul."),
        ("Planering", "Pat har ännu inte informerats om att samtalskontakten flyttas till Angered från mars, eftersom tolken inte var bokad hela tiden; tas upp nästa gång."),
    ], template="Kuratorsanteckning")],
    must=[], must_not=[("NL101", "n1")],
    why="What is untold is an organisational change; the PTSD is known to the patient.")

C("d89-trauma-remiss-fragestallning-ptsd", "vgr", "1990-08-07", "534", [
    N("n1", "vg_med_angered", "lak14", "2024-09-26T11:15:00", [
        ("Bedömning", "Kvarstående sömnbesvär, mardrömmar och irritabilitet sedan flykten genom Libyen."),
        ("Åtgärd", "Remiss till psykiatrisk öppenvård, frågeställning PTSD. Tolk på tigrinja behövs vid kallelse."),
    ], signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="'frågeställning PTSD' in a referral line is a hedged diagnosis in a visible section.")

C("d89-fgm-kand-operationsdatum-ej-meddelat", "vgr", "1988-03-24", "368", [
    N("n1", "vg_kvinno_ostra", "lak16", "2024-12-10T13:20:00", [
        ("Bedömning", "Könsstympning typ III, diagnosen känd av pat sedan besöket i oktober. Önskar defibulation före planerad graviditet."),
        ("Planering", "Pat ej informerad om operationsdatum ännu, kallelse med tid skickas när operationsplaneringen är klar. Kvinnlig tolk ska bokas."),
    ])],
    must=[], must_not=[("NL101", "n1")],
    why="The diagnosis is known to the patient; only the operation date is untold.")
# ---------------------------------------------------------------- E: children, vaccination catch-up, telling results, long notes
C("d89-vacc-oklart-om-mpr-given-kompletteras", "vgr", "2018-04-17", "826", [
    N("n1", "vg_barn_boras", "ssk4", "2024-01-18T10:10:00", [
        ("Aktuellt", "Nyanländ 5-årig flicka från Afghanistan, remitterad efter hälsoundersökning för kompletterande vaccination och lågt Hb som nu är normaliserat (Hb 121)."),
        ("Vaccinationer", "Oklart om hon fått MPR och polio i hemlandet, inget vaccinationskort. Kompletterande vaccination enligt rekommendationen för barn med okänd vaccinationsstatus: DTaP-IPV-Hib, MPR och pneumokocker i dag, därefter enligt schema."),
    ], template="Omvårdnadsanteckning")],
    must=[], must_not=[("NL102", "n1")],
    why="'Oklart om' concerns past vaccinations, which are no diagnosis.")

C("d89-vacc-misstankt-massling-ovaccinerad-utkast", "skane", "2020-11-08", "163", [
    N("n1", "sk_barn_malmo", "at2", "2024-02-03T19:25:00", [
        ("Anamnes", "3-årig ovaccinerad pojke, kom från Jemen i januari. Feber i 4 dagar, hosta, rinnande näsa och röda ögon, i går utslag som började bakom öronen."),
        ("Status", "Temp 39,8. Makulopapulöst konfluerande exantem på ansikte och bål. Vita prickar på kindslemhinnan."),
        ("Bedömning", "Misstänkt mässling. Isoleras i luftsluss, PCR nph och urin samt serologi. Smittskyddsläkaren kontaktad för smittspårning på asylboendet."),
    ], template="Läkaranteckning", signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="Unsigned draft: 'Misstänkt mässling' in a visible Bedömning of a child's Melior note.")

C("d89-vacc-kikhosta-kan-ej-uteslutsa-typo", "vgr", "2023-11-20", "307", [
    N("n1", "vg_barn_nal", "lak3", "2024-02-28T16:40:00", [
        ("Anamnes", "3 mån gammal flicka, hostattacker med kräkning och apnéer sedan en vecka. Ovaccinerad, familjen kom från Syrien för 4 veckor sedan."),
        ("Bedömning", "Kikhosta kan ej uteslutsa. PCR för Bordetella pertussis, inläggning för övervakning, azitromycin påbörjat."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'kan ej uteslutas' (typo 'uteslutsa') about pertussis keeps a diagnosis open in a visible section.")

C("d89-vacc-sardifteri-kan-inte-uteslutas", "skane", "2004-09-29", "552", [
    N("n1", "sk_inf_hbg", "lak5", "2024-03-19T14:25:00", [
        ("Anamnes", "Kom via Balkanrutten, sovit ute i veckor. Sår på hö underben sedan 3 veckor som inte läker. Ovaccinerad enligt egen uppgift. Pashto, kontakttolk."),
        ("Status", "Utstansat sår 2 cm med gråaktig beläggning, rodnad kant."),
        ("Bedömning", "Sårdifteri kan inte uteslutas, DD ektyma. Sårodling med särskild begäran om Corynebacterium diphtheriae, penicillin V insatt."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'kan inte uteslutas' about cutaneous diphtheria is a hedged diagnosis in a visible section.")

C("d89-tolk-saknas-normala-svar-ej-meddelade", "vgr", "1995-02-03", "419", [
    N("n1", "vg_inf_su", "ssk1", "2024-04-09T14:05:00", [
        ("Provsvar", "Hälsoundersökningens prover: HBsAg neg, anti-HCV neg, HIV Ag/Ak neg, syfilis neg, IGRA neg, Hb 148."),
        ("Bedömning", "Inga tecken på hepatit, hiv, syfilis eller tuberkulos."),
        ("Information", "Pat ännu inte informerad om de normala svaren, ingen kurmanji-tolk gick att få i dag; brev med svaret skickas ut via boendet."),
    ], template="Omvårdnadsanteckning")],
    must=[], must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="Hard negative: 'ännu inte informerad' is about normal results, and every disease named is negated.")

C("d89-lang-eritrea-sannolik-strongyloidiasis-informerad", "vgr", "1985-01-21", "248", [
    N("n1", "vg_inf_skovde", "lak15", "2024-04-23T13:00:00", [
        ("Kontaktorsak", "Remiss efter hälsoundersökning: eosinofili, positiv IGRA och lågt D-vitamin."),
        ("Anamnes", "39-årig kvinna från Eritrea, flydde 2021 via Etiopien, Sudan och Libyen, i Sverige sedan mars. Två barn i Sverige, maken kvar i Etiopien. Klåda i huden periodvis, lös mage ibland, i övrigt inga besvär. Inga mediciner. Tigrinjatolk (kontakttolk) under hela besöket."),
        ("Status", "AT gott, BT 118/76, puls 72. Hud: inga utslag vid besöket. Cor/pulm ua. Buk mjuk, oöm, ingen förstorad lever eller mjälte."),
        ("Lab", "Eos 1,4. Strongyloides-serologi positiv, Schistosoma-serologi negativ. IGRA positiv. 25-OH-D 21. HBsAg, anti-HCV, HIV negativa."),
        ("Röntgen", "Rtg pulm ua."),
        ("Bedömning", "1. Sannolik strongyloidiasis med eosinofili. 2. Latent tuberkulos. 3. D-vitaminbrist."),
        ("Planering", "Ivermektin 200 mikrog/kg dag 1 och 2, ny eosinofilkontroll om 3 mån. Rifampicin i 4 mån startas efter ivermektinkuren. D-vitamin 1600 IE dagligen."),
        ("Information", "Samtliga fynd och behandlingar förklarade för pat med tolkens hjälp, hon har fått skriftlig information på tigrinja."),
    ])],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="Long multi-problem chart: one hedged diagnosis ('Sannolik strongyloidiasis') among settled ones; everything was told.")

C("d89-lang-afghanistan-allt-faststallt-ev-plan", "skane", "1979-08-31", "694", [
    N("n1", "sk_inf_malmo", "lak1", "2024-05-08T09:30:00", [
        ("Kontaktorsak", "Nybesök, remiss från Mottagningen för asylsökande: positiv HBsAg och positiv IGRA."),
        ("Anamnes", "44-årig man från Afghanistan, tidigare lastbilschaufför, i Sverige sedan sept 2023. Fängslad och slagen av talibanerna 2022. Sover dåligt, mardrömmar. Ingen hosta, feber eller viktnedgång. Dari-tolk på plats hela besöket."),
        ("Status", "AT gott. Vikt 71 kg. Cor: RR, inga blåsljud. Pulm: ua. Buk: mjuk, lever ej palpabel. Hud: inga spider naevi."),
        ("Lab", "HBsAg pos, HBeAg neg, HBV-DNA 900 IE/ml, ALAT 0,5. IGRA positiv. Hb 151."),
        ("Röntgen", "Rtg pulm utan tecken på aktiv eller genomgången tuberkulos."),
        ("Bedömning", "Kronisk hepatit B, HBeAg-negativ infektion utan behandlingsindikation. Latent tuberkulos. Inga tecken på aktiv TB. Sömnbesvär efter fängelsetiden."),
        ("Planering", "Förebyggande TB-behandling ev. med rifampicin i 4 mån, beslut vid återbesök när FibroScan är gjord. Ev. remiss till traumamottagningen om han vill, han funderar."),
        ("Information", "Pat informerad om hepatit B och latent TB via tolken. Frågar om hustru och barn kan erbjudas provtagning."),
    ], template="Läkaranteckning")],
    must=[], must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="Long hard negative: diagnoses are settled or negated, 'ev.' hedges only plans, and the patient was told.")

C("d89-lang-burundi-hiv-besked-ej-lamnat", "vgr", "1996-01-10", "573", [
    N("n1", "vg_inf_su", "lak13", "2024-05-30T10:50:00", [
        ("Kontaktorsak", "Provsvar efter hälsoundersökning, remiss från Migrationshälsan."),
        ("Anamnes", "28-årig man från Burundi, i Sverige sedan dec 2023. Viktnedgång 5 kg senaste halvåret, i övrigt besvärsfri. Kirundi, telefontolk, kommunikationen bitvis svår."),
        ("Status", "AT gott. Munhåla: lätt candida på tungan. Lgll: små, ömmande på halsen. Cor/pulm ua."),
        ("Lab", "HIV-1 Ag/Ak pos, konfirmerat, HIV-RNA 210 000, CD4 180. IGRA pos. HBsAg neg."),
        ("Röntgen", "Rtg pulm ua. Sputum för TB taget för säkerhets skull."),
        ("Bedömning", "HIV-1-infektion med CD4 180. Oral candidos."),
        ("Information", "Besked om HIV har ännu inte lämnats – telefontolken bröt samtalet två gånger och det bedömdes inte försvarbart att ge beskedet så. Ny tid på fredag med kontakttolk på kirundi och kurator."),
    ])],
    must=[("NL101", "n1")], must_not=[],
    why="Long chart: confirmed HIV stands in the visible Bedömning while the note says the news has not been given.")

C("d89-lang-barn-dd-jarnbrist-alfatalassemi", "skane", "2016-10-12", "471", [
    N("n1", "sk_barn_hbg", "lak12", "2024-06-11T13:15:00", [
        ("Kontaktorsak", "Remiss från elevhälsan: blek, trött, Hb 94."),
        ("Anamnes", "7-årig flicka från Syrien, i Sverige sedan 2023. Föräldrarna är kusiner. Äter lite kött, dricker mycket mjölk. Inga blödningar. Arabisk tolk på plats, båda föräldrarna med."),
        ("Status", "Pigg, något blek. Längd och vikt -1 SD. Ingen ikterus. Buk: mjälte ej palpabel."),
        ("Lab", "Hb 94, MCV 63, MCH 19, ferritin 11, retikulocyter normala, CRP <1."),
        ("Bedömning", "Mikrocytär anemi, DD järnbrist, alfatalassemi (med tanke på släktskapet) eller båda."),
        ("Planering", "Järn per os 3 mg/kg i 3 mån, därefter nytt Hb och ferritin. Om mikrocytosen kvarstår trots normalt ferritin görs Hb-elfores och DNA-analys för alfatalassemi. Vaccinationsstatus gås igenom med BVC."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="Long child chart: a DD between iron deficiency and alpha thalassaemia in the visible Bedömning (guardians read it).")

C("d89-tolk-samtalet-brots-hepatit-c", "skane", "1970-06-15", "386", [
    N("n1", "sk_inf_csk", "lak3", "2024-06-27T15:45:00", [
        ("Telefonkontakt", "Ringde pat med telefontolk (arabiska) för att ge svar på HCV-RNA. Samtalet bröts innan pat hann få beskedet om hepatit C; nytt försök i morgon förmiddag."),
        ("Bedömning", "Kronisk hepatit C, HCV-RNA 3,4 milj IE/ml, genotyp 4."),
    ], template="Telefonanteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="Confirmed hepatitis C is visible while the note says the patient did not get the news (the call dropped).")

C("d89-misstank-brucellos-typo-utkast", "vgr", "1974-05-08", "139", [
    N("n1", "vg_inf_boras", "st2", "2024-07-03T11:20:00", [
        ("Anamnes", "Återkommande feber i 2 mån, svettningar och ledvärk. Har druckit opastöriserad getmjölk och hanterat getter i Syrien fram till avresan. Arabisk telefontolk."),
        ("Lab", "CRP 48, SR 60, ALAT 1,1."),
        ("Bedömning", "Misstänk brucellos. Blododlingar x3 med förlängd inkubation, Brucella-serologi. Laboratoriet varnat."),
    ], signed=None)],
    must=[("NL102", "n1")], must_not=[],
    why="Unsigned draft with a typo in the hedge ('Misstänk brucellos').")

C("d89-1177-fraga-om-svar-hepatit-b-vid-besok", "skane", "1983-09-22", "728", [
    N("n1", "sk_gastro_malmo", "lak1", "2024-05-06T08:40:00", [
        ("Kontaktorsak", "Pat har skrivit via 1177 (på engelska) och frågar om svaren på blodproverna från förra veckan."),
        ("Bedömning", "Kronisk hepatit B med HBV-DNA 45 000 IE/ml och förhöjt ALAT, behandlingsindikation."),
        ("Åtgärd", "Svar ej lämnat i meddelandet. Hepatit B-diagnosen ska meddelas vid besök med somalisk tolk, tid 14/5 skickad via 1177."),
    ], template="Läkaranteckning")],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A 1177 question is answered without the result; the settled hepatitis B is visible but is to be told later at a visit.")

C("d89-vacc-sannolik-bcg-lymfadenit", "vgr", "2023-10-05", "264", [
    N("n1", "vg_barninf_dsbus", "lak16", "2024-04-16T09:25:00", [
        ("Anamnes", "Fick BCG-vaccin för 3 mån sedan (föräldrar från Somalia). Knöl i vä armhåla sedan 3 veckor, ingen feber."),
        ("Status", "1,5 cm mjuk, oöm lymfkörtel vä axill, ingen rodnad. Pigg och välmående."),
        ("Bedömning", "Sannolik BCG-lymfadenit. Avvaktar, går oftast tillbaka spontant. Kontroll om 6 veckor."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Sannolik BCG-lymfadenit' is a hedged diagnosis in an infant's visible note.")

C("d89-barn-hepatit-b-foraldrar-ej-informerade", "skane", "2015-12-01", "415", [
    N("n1", "sk_barn_csk", "lak12", "2024-07-17T10:35:00", [
        ("Provsvar", "HBsAg pos, HBeAg pos, HBV-DNA 10^8 IE/ml, ALAT normalt."),
        ("Bedömning", "Kronisk hepatit B i immuntolerant fas, ingen behandling nu."),
        ("Information", "Föräldrarna ej informerade ännu, tigrinjatolk saknades i dag. Besked ges vid besök nästa vecka; mamman ska då också erbjudas provtagning."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="A child's settled hepatitis B is visible while the guardians (who read the journal) have not been told.")

C("d89-barn-latent-tb-vardnadshavare-ej-informerade", "vgr", "2017-06-28", "509", [
    N("n1", "vg_barn_nal", "lak10", "2024-03-05T14:00:00", [
        ("Bedömning", "Latent tuberkulos, IGRA positiv och rtg pulm utan anmärkning."),
        ("Planering", "Vårdnadshavarna har ännu inte informerats om provsvaret; besked ges vid besöket 12/3 med arabisktalande tolk, då även behandling med rifampicin och isoniazid i 3 mån planeras."),
    ])],
    must=[("NL101", "n1")], must_not=[],
    why="A child's latent TB is stated and visible while the guardians have not been informed.")

C("d89-hiv2-ej-informerad-portugisisk-tolk-utkast", "skane", "1969-02-27", "840", [
    N("n1", "sk_inf_hbg", "lak9", "2024-08-21T16:15:00", [
        ("Provsvar", "HIV-2-infektion bekräftad med typspecifik immunoblot, HIV-2-RNA 850 kopior/ml."),
        ("Bedömning", "HIV-2-infektion."),
        ("Planering", "Pat är inte informerad om diagnosen. Portugisisktalande tolk bokad till besöket på onsdag, kurator med."),
    ], signed=None)],
    must=[("NL101", "n1")], must_not=[],
    why="Unsigned draft: confirmed HIV-2 is visible and the patient is explicitly not informed.")

C("d89-hud-misstankt-kutan-leishmaniasis-barn", "skane", "2012-06-19", "326", [
    N("n1", "sk_hud_lund", "lak6", "2024-03-14T10:45:00", [
        ("Anamnes", "11-årig flicka från Aleppo, kom i januari. Sår på kinden sedan 4 mån som inte läker trots antibiotika i Turkiet."),
        ("Status", "2 cm ulcererad papel med upphöjd, infiltrerad kant på vä kind. Ingen lymfadenit."),
        ("Bedömning", "Misstänkt kutan leishmaniasis (Aleppoböld). Stansbiopsi för PCR och histologi. Mamman informerad via arabisk tolk."),
    ])],
    must=[("NL102", "n1")], must_not=[],
    why="'Misstänkt kutan leishmaniasis' in a visible note for an 11-year-old.",
    as_of="2024-03-20T00:00:00")


if __name__ == "__main__":
    main()
