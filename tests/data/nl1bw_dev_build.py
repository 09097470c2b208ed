#!/usr/bin/env python3
"""Gold cases nl1bw_dev_cases: telegraphic ED / närakut / on-call notes (NL101, NL102).

All cases are data below. `python3 build.py` writes nl1bw_dev_cases.jsonl beside this
file and validates it; exit status 1 on any problem. No dependencies, deterministic.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bw_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Region Skåne, hospitals (Melior)
    "sus_ma": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4017", "Melior", "skane"),
    "sus_lu": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4023", "Melior", "skane"),
    "hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5108", "Melior", "skane"),
    "csk": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6212", "Melior", "skane"),
    "yst": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-7031", "Melior", "skane"),
    "hlm": ("Akutmottagningen, Hässleholms sjukhus", "SE2321000255-6240", "Melior", "skane"),
    "trb": ("Närakuten, Trelleborgs lasarett", "SE2321000255-7305", "Melior", "skane"),
    "lkr": ("Närakuten, Lasarettet i Landskrona", "SE2321000255-5342", "Melior", "skane"),
    "ang": ("Närakuten, Ängelholms sjukhus", "SE2321000255-5417", "Melior", "skane"),
    "bu_lu": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-4466", "Melior", "skane"),
    "bu_ma": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-4471", "Melior", "skane"),
    "med_csk": ("Medicinavdelning 7, Centralsjukhuset Kristianstad", "SE2321000255-6288", "Melior", "skane"),
    "kir_hbg": ("Kirurgavdelning 31, Helsingborgs lasarett", "SE2321000255-5190", "Melior", "skane"),
    "ort_ma": ("Ortopedavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4102", "Melior", "skane"),
    # Region Skåne, primary care (PMO)
    "vc_lin": ("Vårdcentralen Linero, Lund", "SE2321000255-8811", "PMO", "skane"),
    "jc_hbg": ("Primärvårdsjouren Helsingborg", "SE2321000255-8904", "PMO", "skane"),
    "vc_esl": ("Vårdcentralen Eslöv", "SE2321000255-8736", "PMO", "skane"),
    "vc_kir": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-8620", "PMO", "skane"),
    "vc_sim": ("Vårdcentralen Simrishamn", "SE2321000255-8957", "PMO", "skane"),
    "vc_hlm": ("Vårdcentralen Hässleholm, jourmottagning", "SE2321000255-8975", "PMO", "skane"),
    "hsj_ys": ("Hemsjukvården Ystad, läkarjour", "SE2321000255-8991", "PMO", "skane"),
    # Västra Götalandsregionen (Melior)
    "su_s": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011201", "Melior", "vgr"),
    "su_o": ("Akutmottagningen, Östra sjukhuset", "SE2321000131-E000000011244", "Melior", "vgr"),
    "su_m": ("Akutmottagningen, Mölndals sjukhus", "SE2321000131-E000000011287", "Melior", "vgr"),
    "dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011330", "Melior", "vgr"),
    "nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000014102", "Melior", "vgr"),
    "skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016055", "Melior", "vgr"),
    "sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000015218", "Melior", "vgr"),
    "als": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000017301", "Melior", "vgr"),
    "kun": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000018040", "Melior", "vgr"),
    "na_fro": ("Närakuten Frölunda", "SE2321000131-E000000019112", "Melior", "vgr"),
    "na_ang": ("Närakuten Angered", "SE2321000131-E000000019127", "Melior", "vgr"),
    "na_lun": ("Närakuten Lundby", "SE2321000131-E000000019135", "Melior", "vgr"),
    "na_mol": ("Närakuten Mölndal", "SE2321000131-E000000019150", "Melior", "vgr"),
    "na_udd": ("Närakuten Uddevalla", "SE2321000131-E000000019166", "Melior", "vgr"),
    "na_lid": ("Närakuten Lidköping", "SE2321000131-E000000019171", "Melior", "vgr"),
    "na_kun": ("Närakuten Kungälv", "SE2321000131-E000000019188", "Melior", "vgr"),
    "med_su": ("Medicinavdelning 33, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402", "Melior", "vgr"),
    "med_skas": ("Medicinavdelning 12, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016099", "Melior", "vgr"),
    "kir_nal": ("Kirurgavdelning 61, NU-sjukvården NÄL", "SE2321000131-E000000014160", "Melior", "vgr"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    # Skåne
    "lindqvist": ("Johan Lindqvist", "läkare"),
    "snilsson": ("Sara Nilsson", "sjuksköterska"),
    "karimi": ("Ahmad Karimi", "läkare"),
    "epersson": ("Emma Persson", "läkare"),
    "molsson": ("Mikael Olsson", "läkare"),
    "haddad": ("Fatima Haddad", "läkare"),
    "lbengtsson": ("Lena Bengtsson", "sjuksköterska"),
    "holm": ("Oskar Holm", "läkare"),
    "sjoberg": ("Karin Sjöberg", "fysioterapeut"),
    "akesson": ("Nils Åkesson", "läkare"),
    "imartensson": ("Ida Mårtensson", "sjuksköterska"),
    "jonsson": ("Petra Jönsson", "läkare"),
    "malmqvist": ("Erik Malmqvist", "läkare"),
    "msvensson": ("Maja Svensson", "sjuksköterska"),
    "arslan": ("Zeynep Arslan", "läkare"),
    "dahl": ("Henrik Dahl", "läkare"),
    "lgustafsson": ("Linnea Gustafsson", "läkare"),
    "hakansson": ("Ulf Håkansson", "läkare"),
    "rosen": ("Sofia Rosén", "distriktssköterska"),
    "vek": ("Viktor Ek", "läkare"),
    "tran": ("Minh Tran", "läkare"),
    "bjork": ("Annika Björk", "barnmorska"),
    "nordin": ("Camilla Nordin", "psykolog"),
    # VGR
    "akarlsson": ("Anders Karlsson", "läkare"),
    "mjohansson": ("Maria Johansson", "sjuksköterska"),
    "eandersson": ("Elin Andersson", "läkare"),
    "berg": ("Daniel Berg", "läkare"),
    "hassan": ("Nour Hassan", "läkare"),
    "klarsson": ("Kristina Larsson", "sjuksköterska"),
    "wikstrom": ("Jonas Wikström", "läkare"),
    "hlund": ("Helena Lund", "läkare"),
    "strand": ("Tobias Strand", "läkare"),
    "saleh": ("Amira Saleh", "läkare"),
    "hedlund": ("Pernilla Hedlund", "sjuksköterska"),
    "fredriksson": ("Magnus Fredriksson", "läkare"),
    "slindgren": ("Sanna Lindgren", "fysioterapeut"),
    "nyberg": ("Robert Nyberg", "läkare"),
    "hek": ("Hanna Ek", "läkare"),
    "sandberg": ("Gustav Sandberg", "läkare"),
    "amohammed": ("Aisha Mohammed", "sjuksköterska"),
    "forsberg": ("Lisa Forsberg", "läkare"),
    "axelsson": ("Per Axelsson", "läkare"),
    "holmberg": ("Josefin Holmberg", "läkare"),
    "okafor": ("Chidi Okafor", "läkare"),
    "blom": ("Therese Blom", "psykolog"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def iso(t):
    return t.replace(" ", "T") + ":00" if len(t) == 16 else t


def add_min(t, minutes):
    d = _dt.datetime.fromisoformat(iso(t)) + _dt.timedelta(minutes=minutes)
    return d.isoformat()


SETTING_DEFAULT = {
    "akut": "akutmottagning", "nar": "närakut", "avd": "slutenvård",
    "pmo": "öppenvård", "psyk": "psykiatrisk akutmottagning",
}


def setting_for(unit_key):
    name = UNITS[unit_key][0]
    if UNITS[unit_key][2] == "PMO":
        return "hemsjukvård" if "Hemsjukvård" in name else "öppenvård"
    if "avdelning" in name.lower():
        return "slutenvård"
    if "Psykiatrisk" in name:
        return "psykiatrisk akutmottagning"
    if name.startswith("Närakut"):
        return "närakut"
    return "akutmottagning"


def N(unit, author, template, time, sections, signed=35, nid="n1"):
    """A note. signed: minutes after time, or None for an unsigned draft."""
    uname, hsa, system, _region = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": iso(time),
        "signed": None if signed is None else add_min(time, signed),
        "setting": setting_for(unit),
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit": unit,
    }


CASES = []


def K(name, birth, serial, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    regions = {UNITS[n["_unit"]][3] for n in notes}
    assert len(regions) == 1, name
    region = regions.pop()
    last = max(n["signed"] or n["time"] for n in notes)
    as_of = (_dt.datetime.fromisoformat(last).date() + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
    clean = []
    for n in notes:
        n = dict(n)
        n.pop("_unit")
        clean.append(n)
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": clean,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = [("NL102", "n1")]
NOT102 = [("NL102", "n1")]
M101 = [("NL101", "n1")]
NOT101 = [("NL101", "n1")]

# ================================================================ NL102 must
# Hedged diagnoses in visible sections of Melior notes (Skåne hospitals, VGR).

K("akut-susp-appendicit-ho-fossa", "1994-05-17", "238",
  N("sus_ma", "holm", "Akutjournal", "2024-02-03 14:20", [
      ("Aktuellt", "Buksmärta sedan igår, vandrat till hö fossa. Illam, ej kräkts."),
      ("Bedömning", "CRP 48, LPK 13,1. Susp. appendicit. Kir-kons."),
  ]), must=M102, why="'Susp.' before appendicit in Bedömning of a Skåne Melior ED note")

K("narakut-trolgi-tonsillit-typo", "2001-09-02", "414",
  N("na_fro", "eandersson", "Läkaranteckning", "2024-01-18 18:05", [
      ("Aktuellt", "Halsont 3 d, feber 38,9, ingen hosta."),
      ("Status", "Beläggningar bilat tonsiller, ömma käkvinkelkörtlar. Centor 4."),
      ("Bedömning", "Trolgi streptokocktonsillit. Strep A tas."),
  ]), must=M102, why="typo 'Trolgi' (troligen) still hedges streptokocktonsillit at VGR närakut")

K("akut-fragetecken-sah-askknall", "1969-11-23", "102",
  N("su_s", "wikstrom", "Akutjournal", "2024-03-09 21:47", [
      ("Aktuellt", "Plötslig huvudvärk under styrketräning, NRS 10, kräkts x1."),
      ("Bedömning", "?SAH. DT hjärna akut, neurokir-jour info."),
  ]), must=M102, why="leading question mark '?SAH' in Bedömning is an uncertain diagnosis")

K("akut-le-kan-ej-uteslutas-dyspne", "1978-04-30", "561",
  N("hbg", "karimi", "Akutjournal", "2024-04-11 10:32", [
      ("Aktuellt", "Dyspné sedan 2 d, puls 112, sat 93 %. Flög hem från Bangkok i söndags."),
      ("Bedömning", "LE kan ej uteslutas, DT-angio beställd. Fragmin i väntan."),
  ]), must=M102, why="'kan ej uteslutas' about lungemboli (LE) in a Skåne ED note")

K("akut-misst-dvt-hoger-ben", "1956-07-14", "327",
  N("nal", "saleh", "Akutjournal", "2024-01-29 16:10", [
      ("Aktuellt", "Hö underben svullet sedan 4 d, spänd vad. Wells 2."),
      ("Bedömning", "Misst. DVT. D-dimer + UL vener imorgon, Innohep över natten."),
  ]), must=M102, why="abbreviated 'Misst.' DVT at NÄL ED")

K("akut-sannolkit-bppv-typo", "1951-12-08", "644",
  N("csk", "epersson", "Akutjournal", "2024-05-06 09:15", [
      ("Aktuellt", "Rotatorisk yrsel vid huvudvridning, sekunder. Ingen hörselnedsättning."),
      ("Status", "Dix-Hallpike pos hö med geotrop nystagmus. Neurostatus i övrigt ua."),
      ("Bedömning", "Sannolkit BPPV (kristallsjuka) hö bakre båggång. Epleys manöver utförd."),
  ]), must=M102, why="typo 'Sannolkit' still hedges BPPV/kristallsjuka")

K("narakut-barn-trol-falsk-krupp", "2020-02-11", "185",
  N("na_ang", "hassan", "Läkaranteckning", "2024-02-14 02:40", [
      ("Aktuellt", "4-åring, skällande hosta sedan kvällen, hes. Ingen stridor i vila."),
      ("Bedömning", "Trol. falsk krupp. Betapred 0,4 mg/kg givet, föräldrar instruerade."),
  ]), must=M102, why="'Trol.' with lay name falsk krupp for a child at VGR närakut at night")

K("barnakut-invagination-fragetecken-efter", "2022-03-19", "276",
  N("bu_lu", "jonsson", "Akutjournal", "2024-03-27 19:55", [
      ("Aktuellt", "2-åring, kräkts 6 ggr, intermittenta skrikattacker, drar upp benen."),
      ("Bedömning", "Invagination? UL buk akut beställt."),
  ]), must=M102, why="trailing question mark 'Invagination?' at Skåne barnakut")

K("akut-nstemi-trol-efterstallt", "1948-08-02", "353",
  N("skas", "fredriksson", "Akutjournal", "2024-06-02 07:25", [
      ("Aktuellt", "Tryck i bröstet sedan 04-tiden, strålar mot vä arm."),
      ("Lab", "TnT 64 -> 112 efter 3 h. EKG: ST-sänkning V4-V6."),
      ("Bedömning", "NSTEMI trol. Ticagrelor laddning, kontakt med kardiologjour."),
  ]), must=M102, why="postposed 'trol.' after NSTEMI still hedges it")

K("akut-podager-trol-dd-erysipelas", "1962-10-21", "419",
  N("yst", "malmqvist", "Akutjournal", "2024-07-13 11:40", [
      ("Aktuellt", "Akut insatt värk i stortåns grundled vä i natt, kan ej ha täcket på."),
      ("Bedömning", "Trol. gikt (podager). Diff dg erysipelas, CRP 41. Colchicin."),
  ]), must=M102, why="'Trol.' gikt plus 'Diff dg' erysipelas in a Skåne ED note")

K("akut-bells-pares-sannol-dd-borrelia", "1987-06-09", "538",
  N("sas", "nyberg", "Akutjournal", "2024-08-19 13:05", [
      ("Status", "Perifer facialispares hö inkl pannan, i övrigt neurologiskt ua."),
      ("Bedömning", "Bells pares sannol. DD borrelia, serologi tagen. Prednisolon 10 d."),
  ]), must=M102, why="eponym 'Bells pares sannol.' with DD borrelia at SÄS ED")

K("akut-mb-horton-fragetecken", "1941-03-26", "220",
  N("sus_lu", "akesson", "Akutjournal", "2024-02-22 15:30", [
      ("Aktuellt", "Övergående synbortfall hö öga, tinningshuvudvärk, tuggclaudicatio."),
      ("Lab", "SR 82, CRP 67."),
      ("Bedömning", "Mb Horton? Prednisolon 60 mg insatt idag, temporalisbiopsi via kärlkir."),
  ]), must=M102, why="eponym in 'Mb X?' form (Mb Horton?) in a Skåne Melior note")

K("narakut-pyelonefrit-kan-ej-uteslutas", "1990-01-05", "468",
  N("na_lun", "forsberg", "Läkaranteckning", "2024-09-07 17:20", [
      ("Aktuellt", "Sveda vid miktion 3 d, nu flanksmärta vä, temp 38,4."),
      ("Bedömning", "Pyelonefrit kan ej uteslutas. U-odl, Ciprofloxacin 7 d, åter vb."),
  ]), must=M102, why="'kan ej uteslutas' about pyelonefrit at VGR närakut")

K("narakut-pnuemoni-fragetecken-typo", "1958-11-30", "391",
  N("trb", "lgustafsson", "Läkaranteckning", "2024-11-12 12:10", [
      ("Aktuellt", "Hosta och feber 5 d, andfådd i trappor."),
      ("Status", "Krepitationer vä basalt. Sat 94 %, AF 22."),
      ("Bedömning", "CRP 134. Pnuemoni? Rtg pulm."),
  ]), must=M102, why="typo 'Pnuemoni?' is still a question-marked diagnosis (Trelleborg närakut, Melior)")

K("akut-obs-skafoidfraktur", "1999-04-14", "207",
  N("su_m", "sandberg", "Akutjournal", "2024-03-03 20:15", [
      ("Aktuellt", "Föll på utsträckt hand vid skateboard."),
      ("Status", "Ömhet i fossa tabatière, smärta vid axialkompression tumme."),
      ("Bedömning", "Rtg utan fraktur. Obs skafoidfraktur, gips och ny rtg om 10-14 d."),
  ], signed=None), must=M102, why="unsigned draft; 'Obs skafoidfraktur' (under observation for a fracture) is a working hypothesis")

K("akut-debuterande-epilepsi-fragetecken", "1995-08-27", "482",
  N("hbg", "arslan", "Akutjournal", "2024-04-20 23:50", [
      ("Aktuellt", "Generaliserad kramp hemma enl sambo, tungbett vä sida, nu postiktal."),
      ("Bedömning", "Debuterande epilepsi? DT hjärna ua. Remiss neurologmott, körförbud muntligt."),
  ]), must=M102, why="'Debuterande epilepsi?' in a night ED note; DT normal does not settle it")

K("gynakut-misstankt-x-vanstersidig", "1993-12-12", "646",
  N("su_o", "holmberg", "Akutjournal", "2024-05-15 03:10", [
      ("Aktuellt", "Gravid v 7 enl SM, blödning och smärta vä fossa sedan kvällen."),
      ("Status", "hCG 2100, ingen IUP på vaginalt UL, vätska i fossa Douglasi."),
      ("Bedömning", "Misstänkt X (extrauterin graviditet) vä. Op-anmäld för laparoskopi."),
  ]), must=M102, why="'Misstänkt X' with the expansion extrauterin graviditet on a gyn night shift")

K("jour-sepsis-trol-urosepsis", "1938-02-18", "113",
  N("med_csk", "tran", "Jouranteckning", "2024-01-07 02:15", [
      ("Aktuellt", "Kallad av ssk: nytillkommen förvirring, temp 39,2, AF 26, BT 95/55."),
      ("Bedömning", "Sepsis, trol. urosepsis (KAD sedan 5 d). Blododl x2, Pip/Taz."),
  ]), must=M102, why="on-call night: confirmed sepsis but 'trol. urosepsis' hedged")

K("akut-kolecystit-fragetecken-murphy", "1972-09-16", "255",
  N("kun", "axelsson", "Akutjournal", "2024-10-04 22:35", [
      ("Status", "Ömhet hö hypokondrium, Murphys tecken pos. Temp 38,1."),
      ("Bedömning", "Kolecystit? UL buk imorgon bitti, fasta från 24."),
  ]), must=M102, why="'Kolecystit?' with eponymous sign (Murphys tecken) in VGR ED")

K("akut-trolig-divertikulit", "1955-06-01", "370",
  N("sus_ma", "dahl", "Akutjournal", "2024-06-24 16:45", [
      ("Aktuellt", "Vänstersidig nedre buksmärta 3 d, feber, lös avföring."),
      ("Bedömning", "Trolig divertikulit. DT buk för att utesluta perforation/abscess."),
  ]), must=M102, why="full word 'Trolig' before divertikulit in a Skåne ED note")

K("akut-missankt-njursten-typo", "1983-03-08", "539",
  N("als", "okafor", "Akutjournal", "2024-07-22 05:20", [
      ("Aktuellt", "Kolikartad flanksmärta hö sedan 02, kan ej ligga still."),
      ("Bedömning", "U-sticka blod 2+. Missänkt njursten hö, Voltaren supp, DT-urografi."),
  ]), must=M102, why="typo 'Missänkt' hedges njursten at Alingsås ED")

K("narakut-fragetecken-tuberkulos-hosta", "1976-05-25", "184",
  N("lkr", "haddad", "Läkaranteckning", "2024-08-08 10:25", [
      ("Aktuellt", "Hosta 3 v, nattsvettningar, gått ner 6 kg. Kommer från Somalia 2021."),
      ("Bedömning", "?Tuberkulos. Sputum x3 för direktmikroskopi, rtg pulm, munskydd."),
  ]), must=M102, why="'?Tuberkulos' at Skåne närakut (Melior)")

K("barnakut-febril-uvi-trol", "2023-08-03", "417",
  N("dsbus", "hlund", "Akutjournal", "2024-04-05 01:30", [
      ("Aktuellt", "8 mån, feber 39,5 i 2 d utan fokus, äter sämre."),
      ("Status", "Opåverkad. U-sticka leuk 3+, nitrit pos (kateterprov)."),
      ("Bedömning", "Febril UVI trol. U-odl, Ceftibuten, återbesök barnmott om 2 d."),
  ]), must=M102, why="postposed 'trol.' hedges febril UVI in an infant (guardian reads)")

K("barnakut-coxitis-dd-perthes", "2018-01-29", "288",
  N("bu_ma", "lindqvist", "Akutjournal", "2024-11-03 15:10", [
      ("Aktuellt", "6-åring linkar sedan i morse, förkyld förra veckan. Afebril."),
      ("Bedömning", "CRP <5. Coxitis simplex, DD Mb Perthes om ej bättre på 1 v."),
  ], signed=None), must=M102, why="unsigned draft; 'DD Mb Perthes' (eponym as differential diagnosis) in a child ED note")

K("akut-tia-fragetecken-regredierat", "1949-07-07", "512",
  [N("nal", "klarsson", "Triage", "2024-02-26 10:40", [
      ("Kontaktorsak", "Svaghet hö arm i morse, nu återställd. RETTS orange, BT 168/92, p-glukos 6,4."),
  ], signed=10),
   N("nal", "berg", "Akutjournal", "2024-02-26 11:55", [
      ("Aktuellt", "Svaghet hö arm ca 30 min vid frukost, nu helt regredierat. NIHSS 0."),
      ("Bedömning", "TIA? DT hjärna + karotis-UL, inläggning strokeenhet."),
  ], nid="n2")], must=[("NL102", "n2")], must_not=[("NL102", "n1")], why="two notes: triage note clean, doctor's note hedged; 'TIA?' in NÄL ED note")

K("akut-tyreotoxikos-ev-bakom-flimmer", "1980-10-10", "443",
  N("hbg", "vek", "Akutjournal", "2024-03-14 18:30", [
      ("Aktuellt", "Hjärtklappning sedan igår, viktnedgång, varm och svettig."),
      ("Bedömning", "EKG: förmaksflimmer 130. Ev. tyreotoxikos bakom, TSH/fT4 skickat."),
  ]), must=M102, why="'Ev.' hedging tyreotoxikos (not a plan) next to a confirmed förmaksflimmer")

K("ortopedjour-ockult-collumfraktur", "1936-12-03", "159",
  N("su_s", "strand", "Jouranteckning", "2024-01-21 03:05", [
      ("Aktuellt", "Föll på äldreboendet, smärta vä ljumske, kan ej belasta."),
      ("Bedömning", "Rtg höft utan säker fraktur, ockult collumfraktur kan ej uteslutas. MR imorgon."),
  ]), must=M102, why="ockult collumfraktur 'kan ej uteslutas' in an orthopaedic night note")

K("akut-erysipelas-trol-diff-dg-dvt", "1964-05-19", "626",
  N("csk", "molsson", "Akutjournal", "2024-09-30 14:50", [
      ("Status", "Värmeökat erytem vä underben med skarp kant, temp 38,6."),
      ("Bedömning", "Erysipelas (rosfeber) trol. Diff dg DVT, D-dimer tas. Bensyl-pc iv."),
  ]), must=M102, why="Latin+lay pair 'Erysipelas (rosfeber) trol.' with diff dg DVT")

K("narakut-otits-media-typo", "2019-06-22", "351",
  N("na_mol", "hek", "Läkaranteckning", "2024-12-01 10:40", [
      ("Aktuellt", "5-åring, öronvärk hö sedan natten, feber 38,5."),
      ("Status", "Buktande, rodnad trumhinna hö."),
      ("Bedömning", "?Otits media acuta hö. Alvedon/Ipren, åter om ej bättre på 2-3 d."),
  ]), must=M102, why="typo 'Otits' with leading '?' still an uncertain otitis media diagnosis")

K("akut-kol-exacerbation-sannol-ej-diagnos", "1957-02-15", "281",
  N("yst", "jonsson", "Akutjournal", "2024-10-26 19:20", [
      ("Aktuellt", "Akut tung andning, pip i bröstet. Rökt 40 paketår, aldrig spirometrerad."),
      ("Bedömning", "Sannol. KOL-exacerbation, ej diagnostiserat tidigare. Combivent, Prednisolon."),
  ]), must=M102, why="'Sannol.' KOL with no earlier diagnosis")

K("jour-misstankt-hjartsvikt", "1944-09-28", "128",
  N("med_skas", "akarlsson", "Jouranteckning", "2024-11-18 23:10", [
      ("Aktuellt", "Ssk ringer: tilltagande dyspné, sat 89 %, bilat underbensödem."),
      ("Bedömning", "Misstänkt hjärtsvikt. Furix 40 mg iv, NT-proBNP i morgonprover."),
  ], signed=None), must=M102, why="unsigned draft; 'Misstänkt hjärtsvikt' written by the night on-call doctor on a VGR ward")

K("akut-ulcusblodning-fragetecken", "1950-04-04", "490",
  N("hlm", "akesson", "Akutjournal", "2024-01-12 08:50", [
      ("Aktuellt", "Svart avföring sedan igår, yr. Tar Ipren dagligen för knävärk."),
      ("Lab", "Hb 92 (128 i mars)."),
      ("Bedömning", "Ulcusblödning? Pantoloc iv, gastroskopi imorgon."),
  ]), must=M102, why="'Ulcusblödning?' in Hässleholm ED")

K("akut-menignit-fragetecken-typo", "2003-07-17", "235",
  N("sas", "okafor", "Akutjournal", "2024-02-09 04:25", [
      ("Aktuellt", "Feber, svår huvudvärk, ljuskänslig. Nackstel."),
      ("Bedömning", "Menignit? Blododl, LP, Cefotaxim + Doktacillin + Betapred givet."),
  ]), must=M102, why="typo 'Menignit?' still a question-marked meningit")

K("strokejour-misst-stroke-trombolys", "1946-08-11", "324",
  N("sus_lu", "arslan", "Jouranteckning", "2024-03-31 21:58", [
      ("Aktuellt", "Plötslig dysartri och facialispares vä, debut 21:40 enl fru."),
      ("Bedömning", "Misst. stroke (slaganfall). DT/DT-angio, trombolysbedömning pågår."),
  ]), must=M102, why="'Misst. stroke' with lay synonym slaganfall, stroke on-call night")

K("narakut-baltros-fragetecken", "1961-01-31", "317",
  N("na_udd", "hassan", "Läkaranteckning", "2024-06-15 14:05", [
      ("Status", "Grupperade blåsor på rodnad botten Th6 hö, följer dermatom."),
      ("Bedömning", "Bältros? Valaciklovir 1 g x3 i 7 d."),
  ]), must=M102, why="lay name 'Bältros?' (herpes zoster) with question mark")

K("akut-ev-amobadysenteri-resa", "1988-10-03", "406",
  N("sus_ma", "tran", "Akutjournal", "2024-04-17 13:35", [
      ("Aktuellt", "Blodtillblandad diarré 10 d efter resa till Indien, subfebril."),
      ("Bedömning", "Ev. amöbadysenteri. F-parasiter + F-odl, infektionsmott tar över."),
  ]), must=M102, why="'Ev.' before a diagnosis (amöbadysenteri), not a plan")

K("akut-mononukleos-misstanks", "2005-03-13", "244",
  N("nal", "eandersson", "Akutjournal", "2024-05-27 16:25", [
      ("Aktuellt", "Halsont 1 v, extremt trött. Förstorade körtlar på halsen."),
      ("Bedömning", "Mononukleos (körtelfeber) misstänks, Monospot skickat. Undvik kontaktsport."),
  ]), must=M102, why="passive 'misstänks' after mononukleos with lay name körtelfeber")

K("barnakut-mb-kawasaki-fragetecken", "2019-09-14", "166",
  N("hbg", "lindqvist", "Akutjournal", "2024-07-04 20:15", [
      ("Aktuellt", "Feber 5 d, röda ögon utan var, jordgubbstunga, svullna händer."),
      ("Bedömning", "Mb Kawasaki? Barnbakjour kontaktad, EKO imorgon."),
  ]), must=M102, why="'Mb Kawasaki?' in a child (guardian reads)")

K("barnakut-henoch-schonlein-trol", "2015-11-25", "153",
  N("dsbus", "hlund", "Akutjournal", "2024-02-18 12:05", [
      ("Status", "Palpabla petekier ben och skinkor, svullen fotled. Buksmärta."),
      ("Bedömning", "Henoch-Schönleins purpura trol. U-sticka: blod 1+, kontroll om 1 v."),
  ]), must=M102, why="eponym 'Henoch-Schönleins purpura trol.' in a 8-year-old")

K("akut-ischias-misstank-diskbrack-typo", "1984-06-06", "533",
  N("csk", "malmqvist", "Akutjournal", "2024-08-29 09:45", [
      ("Aktuellt", "Ryggsmärta med utstrålning vä ben ned i foten sedan 1 v."),
      ("Status", "Lasègue pos 40 grader vä. Ingen sadelanestesi, normal blåsfunktion."),
      ("Bedömning", "Ischias, misstänk diskbråck L5-S1. Smärtlindring, fysioterapi."),
  ]), must=M102, why="typo 'misstänk' hedges diskbråck (ischias itself stated)")

K("gynjour-torsion-kan-inte-uteslutas", "1998-02-21", "300",
  N("su_o", "holmberg", "Jouranteckning", "2024-09-21 01:50", [
      ("Aktuellt", "Akut debut ensidig smärta vä nedre buk, illamående."),
      ("Bedömning", "Ömhet vä adnex. Ovarialtorsion kan inte uteslutas, akut UL med doppler."),
  ]), must=M102, why="'kan inte uteslutas' (full form) about ovarialtorsion")

K("narakut-menieres-sjukdom-fragetecken", "1967-08-24", "157",
  N("trb", "epersson", "Läkaranteckning", "2024-04-02 15:15", [
      ("Aktuellt", "Återkommande yrselattacker timmar, tinnitus och lockkänsla vä öra."),
      ("Bedömning", "Ménières sjukdom? Remiss ÖNH för audiogram."),
  ], signed=None), must=M102, why="unsigned draft; genitive eponym 'Ménières sjukdom?' with question mark")

K("akut-dka-fragetecken-polyuri", "2002-12-29", "260",
  N("kun", "nyberg", "Akutjournal", "2024-01-25 06:20", [
      ("Aktuellt", "Trött, törstig, kissar mycket sedan 2 v. Kräkts i natt."),
      ("Lab", "P-glukos 24, ketoner 3,8, pH 7,21."),
      ("Bedömning", "DKA? Nydebuterad diabetes typ 1 sannol. Insulininfusion enl PM."),
  ]), must=M102, why="'DKA?' and 'sannol.' after a new diabetes diagnosis")

K("narakut-mykoplasma-mojlig", "2004-10-19", "478",
  N("ang", "hakansson", "Läkaranteckning", "2024-10-15 11:05", [
      ("Aktuellt", "Torrhosta 2 v, subfebril, flera i klassen sjuka."),
      ("Bedömning", "Mykoplasmapneumoni möjlig. Doxyferm 10 d, rtg om ej bättre."),
  ]), must=M102, why="'möjlig' after the diagnosis (mykoplasmapneumoni) at Ängelholm närakut")

K("akut-bakercysta-ruptur-dd-dvt", "1970-03-06", "187",
  N("skas", "sandberg", "Akutjournal", "2024-06-10 18:40", [
      ("Status", "Svullnad knäveck och vad hö, palpabel resistens i fossa poplitea."),
      ("Bedömning", "Rupturerad Baker-cysta? DD DVT, UL i morgon, Fragmin tills vidare."),
  ], signed=None), must=M102, why="unsigned draft; eponym 'Baker-cysta?' plus DD DVT")

K("akut-tietzes-syndrom-trol", "1997-05-02", "298",
  N("hbg", "holm", "Akutjournal", "2024-11-22 22:05", [
      ("Status", "Reproducerbar smärta vid palpation sternokostalled II vä. EKG ua, TnT <5."),
      ("Bedömning", "Tietzes syndrom trol. NSAID 1 v, åter vb."),
  ]), must=M102, why="genitive eponym 'Tietzes syndrom trol.' after normal EKG/TnT")

K("narakut-irit-fragetecken-remiss-ogon", "1986-09-12", "335",
  [N("na_lid", "hedlund", "Triage", "2024-03-23 12:50", [
      ("Kontaktorsak", "Rött öga hö sedan 2 d, ljuskänslig. Visus hö 0,5 och vä 1,0."),
  ], signed=10),
   N("na_lid", "axelsson", "Läkaranteckning", "2024-03-23 13:20", [
      ("Aktuellt", "Rött öga hö 2 d, ljuskänslig, dimsyn. Känd Mb Bechterew."),
      ("Bedömning", "Irit? Remiss ögonakuten samma dag."),
  ], nid="n2")], must=[("NL102", "n2")], must_not=[("NL102", "n1")], why="two notes: triage note clean, doctor's note hedged; 'Irit?' hedged while Mb Bechterew is known history")

K("akut-mb-addison-dubbla-fragetecken", "1975-01-17", "466",
  N("sus_lu", "haddad", "Akutjournal", "2024-07-30 10:15", [
      ("Aktuellt", "Tilltagande trötthet, yrsel vid uppresning, saltsug, mörkare hy."),
      ("Lab", "Na 126, K 5,8. BT 88/50."),
      ("Bedömning", "Mb Addison?? S-kortisol + ACTH, Solu-Cortef 100 mg iv."),
  ]), must=M102, why="double question mark 'Mb Addison??' (binjurebarksvikt)")

K("akut-cauda-equina-utelsutas-typo", "1979-11-08", "427",
  N("su_s", "wikstrom", "Akutjournal", "2024-12-06 02:30", [
      ("Aktuellt", "Ryggsmärta, domningar i underlivet, svårt att kissa sedan kvällen."),
      ("Bedömning", "Cauda equina kan ej utelsutas, akut MR ländrygg, ortopedjour info."),
  ]), must=M102, why="typo 'utelsutas' in 'kan ej uteslutas' about cauda equina-syndrom")

K("akut-malaria-fragetecken-kenya", "1991-04-28", "271",
  [N("yst", "lbengtsson", "Triage", "2024-02-12 17:20", [
      ("Kontaktorsak", "Feber 39,8, puls 118, BT 105/60. RETTS orange, till isoleringsrum."),
  ], signed=10),
   N("yst", "vek", "Akutjournal", "2024-02-12 17:55", [
      ("Aktuellt", "Feber 39,8 och frossa, hemkommen från Kenya för 9 d sedan, ingen profylax."),
      ("Bedömning", "Malaria? Tjock och tunn droppe + snabbtest, infektionsjour tillfrågad."),
  ], nid="n2")], must=[("NL102", "n2")], must_not=[("NL102", "n1")], why="two notes: triage note clean, doctor's note hedged; 'Malaria?' after travel")

K("akut-adherensileus-misst", "1953-10-09", "376",
  N("als", "forsberg", "Akutjournal", "2024-05-08 23:15", [
      ("Aktuellt", "Krampartad buksmärta, kräkningar, ingen gasavgång sedan igår. Tidigare laparotomi."),
      ("Bedömning", "Misst. ileus, trol. adherensileus. Sond, DT buk."),
  ]), must=M102, why="two hedges: 'Misst. ileus' and 'trol. adherensileus'")

K("akut-guillain-barre-fragetecken", "1982-07-23", "139",
  N("hlm", "dahl", "Akutjournal", "2024-10-01 15:05", [
      ("Aktuellt", "Magsjuk för 2 v sedan. Nu tilltagande svaghet i båda benen, stickningar."),
      ("Status", "Areflexi underben, symmetrisk kraftnedsättning."),
      ("Bedömning", "Guillain-Barrés syndrom? Neurologjour kontaktad, spirometri/VC."),
  ]), must=M102, why="'Guillain-Barrés syndrom?' (genitive eponym, question mark)")

K("barnakut-feberkramp-fragetecken", "2021-05-30", "122",
  N("nal", "saleh", "Akutjournal", "2024-12-14 19:40", [
      ("Aktuellt", "3-åring, generaliserad kramp ca 2 min hemma, temp 39,8. Nu vaken och pigg."),
      ("Bedömning", "Feberkramp? Ingen nackstelhet, fokus ÖLI. Hemgång med info."),
  ]), must=M102, why="'Feberkramp?' in a 3-year-old")

K("akut-septisk-artrit-kan-ej-uteslutas", "1965-12-31", "548",
  N("sus_ma", "karimi", "Akutjournal", "2024-08-15 21:25", [
      ("Aktuellt", "Svullet varmt vä knä, feber, fick kortisoninjektion i knät för 1 v sedan."),
      ("Bedömning", "Septisk artrit kan ej uteslutas. Ledpunktion, odl, ortopedjour."),
  ]), must=M102, why="septisk artrit 'kan ej uteslutas'")

K("akut-instabil-angina-fragetecken-obs", "1959-06-18", "193",
  N("sas", "fredriksson", "Akutjournal", "2024-03-18 08:10", [
      ("Aktuellt", "Tryck i bröstet vid ansträngning sedan 2 v, igår även i vila."),
      ("Bedömning", "Instabil angina pectrois? TnT x2 neg hittills. Inlagd på HIA för obs."),
  ]), must=M102, why="typo 'pectrois' in 'angina pectoris?'; 'obs' here is observation of the patient")

K("jour-delirium-trol-uvi", "1935-04-09", "240",
  N("med_csk", "lgustafsson", "Jouranteckning", "2024-04-26 03:35", [
      ("Aktuellt", "Ssk ringer: pat förvirrad, plockig, drar i PVK. Fluktuerande."),
      ("Bedömning", "Delirium, trol. utlöst av UVI. U-odl, Selexid, Haldol 0,5 mg vb."),
  ]), must=M102, why="'trol. utlöst av UVI' hedges the urinary tract infection diagnosis")

K("narakut-skabb-misstanks-familj", "2005-07-16", "181",
  N("na_kun", "hek", "Läkaranteckning", "2024-11-09 16:50", [
      ("Aktuellt", "Kliar mest nattetid, flera i familjen, små gångar mellan fingrarna."),
      ("Bedömning", "Skabb misstänks, hela familjen behandlas med Tenutex."),
  ]), must=M102, why="passive 'misstänks' after skabb (scabies) at VGR närakut")

K("akut-nervskada-fragetecken-handflata", "1992-08-20", "364",
  N("hbg", "molsson", "Akutjournal", "2024-06-01 01:15", [
      ("Aktuellt", "Skar sig på glas, djupt sår i handflatan."),
      ("Status", "Nedsatt sensibilitet radialt dig II, flexion ua."),
      ("Bedömning", "Skada på n. digitalis? Handkirurg bedömer imorgon, sårtoalett."),
  ]), must=M102, why="Latin nerve name with question mark: nerve injury suspected, not confirmed")

K("akut-korsbandsruptur-trol", "2000-01-26", "318",
  N("su_m", "slindgren", "Fysioterapeutanteckning", "2024-02-04 19:05", [
      ("Aktuellt", "Vred knät i innebandy, smäll, svullnad inom en timme."),
      ("Status", "Hemartros, pos Lachman hö."),
      ("Bedömning", "Trol. främre korsbandsruptur hö. Ortos, remiss ortopedmott."),
  ]), must=M102, why="'Trol.' främre korsbandsruptur in Mölndal ED")

K("narakut-akillesruptur-sannol", "1974-11-11", "285",
  N("trb", "holm", "Läkaranteckning", "2024-09-14 11:30", [
      ("Aktuellt", "Kände en spark bakifrån i hälen vid padel."),
      ("Bedömning", "Pos Thompsons test. Akillesruptur sannol., spetsfotsgips, UL och ortoped."),
  ]), must=M102, why="postposed 'sannol.' after akillesruptur")

K("narakut-oli-dd-sinuit", "1985-02-07", "309",
  N("na_fro", "forsberg", "Läkaranteckning", "2024-12-09 09:55", [
      ("Aktuellt", "Snuva och lätt halsont 10 d, nu tryck över kinderna."),
      ("Bedömning", "ÖLI, DD sinuit. Nässpray, åter om feber eller försämring."),
  ]), must=M102, why="'DD sinuit' (bihåleinflammation) as differential after ÖLI")

K("akut-parkinsons-sjukdom-fragetecken", "1952-05-22", "254",
  N("sus_lu", "epersson", "Akutjournal", "2024-05-19 14:45", [
      ("Aktuellt", "Föll hemma. Dottern berättar om skakningar hö hand i vila och långsam gång."),
      ("Bedömning", "Parkinsons sjukdom? Ingen fraktur. Remiss neurologmottagningen."),
  ]), must=M102, why="'Parkinsons sjukdom?' discovered incidentally after a fall")

K("akut-kolorektal-cancer-ej-uteslutas", "1951-01-19", "432",
  N("skas", "akarlsson", "Akutjournal", "2024-10-18 15:40", [
      ("Aktuellt", "Gått ner 8 kg, trött. Hb 84, ferritin 6."),
      ("Bedömning", "Järnbristanemi. Kolorektal cancer kan ej uteslutas, remiss koloskopi förtur."),
  ], signed=None), must=M102, why="unsigned draft; cancer 'kan ej uteslutas' in visible Bedömning (no not-informed statement)")

K("akut-ibd-mb-chron-typo", "2000-06-30", "393",
  N("yst", "tran", "Akutjournal", "2024-03-06 16:00", [
      ("Aktuellt", "Blodig diarré 3 v, 6-8 ggr/d, buksmärta. Kalprotektin >1000."),
      ("Bedömning", "IBD? Mb Chron vs ulcerös kolit, remiss gastro för koloskopi."),
  ]), must=M102, why="typo 'Mb Chron' in a 'vs' differential after 'IBD?'")

K("akut-lungemboli-postpartum-fragetecken", "1995-10-27", "447",
  N("su_o", "saleh", "Akutjournal", "2024-07-09 00:45", [
      ("Aktuellt", "Förlöst för 2 v sedan, nu andfådd och hjärtklappning."),
      ("Bedömning", "Lungemboli? DT-angio med amningsinfo, Innohep direkt."),
  ]), must=M102, why="'Lungemboli?' postpartum (full word, not abbreviation)")

K("ortopedjour-rotatorkuff-trol", "1960-08-05", "219",
  N("ort_ma", "karimi", "Jouranteckning", "2024-11-28 22:50", [
      ("Aktuellt", "Konsult från akuten: föll på axeln, kan ej lyfta armen aktivt. Rtg utan fraktur."),
      ("Bedömning", "Rotatorkufruptur trol. Mitella, UL axel inom 2 v."),
  ]), must=M102, why="orthopaedic on-call, typo 'Rotatorkufruptur' with postposed 'trol.'")

K("jour-synkope-sannolikt-vasovagal-dd-arytmi", "1947-03-01", "336",
  N("kir_nal", "nyberg", "Jouranteckning", "2024-08-03 04:05", [
      ("Aktuellt", "Svimmade vid toalettbesök i natt, vaken direkt. EKG sinus 62."),
      ("Bedömning", "Sannolikt vasovagal synkope, DD arytmi. Telemetri till i morgon."),
  ]), must=M102, why="'Sannolikt' plus 'DD arytmi' on a surgical ward at night")

K("barnakut-pylorusstenos-fragetecken", "2024-01-10", "171",
  N("bu_lu", "jonsson", "Akutjournal", "2024-02-13 18:20", [
      ("Aktuellt", "5 v gammal pojke, kaskadkräkningar efter varje mål, alltid hungrig."),
      ("Bedömning", "Pylorusstenos? UL buk, blodgas, barnkirurg informerad."),
  ]), must=M102, why="'Pylorusstenos?' in an infant (guardians read)")

K("barnakut-rs-sannlikt-typo", "2023-04-15", "292",
  N("dsbus", "okafor", "Akutjournal", "2024-03-01 23:30", [
      ("Aktuellt", "11 mån, snuva 3 d, nu snabb andning, indragningar."),
      ("Status", "Sat 93 %, AF 52, pip och knaster bilat."),
      ("Bedömning", "Sannlikt RS-bronkiolit. Inläggning för obs och näsdropp."),
  ]), must=M102, why="typo 'Sannlikt' hedges RS-bronkiolit")

K("akut-spondylodiskit-fragetecken", "1989-12-04", "506",
  N("csk", "arslan", "Akutjournal", "2024-12-20 16:35", [
      ("Aktuellt", "Feber och tilltagande ländryggsmärta, injicerar heroin."),
      ("Bedömning", "Spondylodiskit? MR ländrygg, blododl x3 innan ab."),
  ]), must=M102, why="'Spondylodiskit?' in a Kristianstad ED note")

K("narakut-cystit-trol-utan-punkt", "1996-03-22", "151",
  N("na_ang", "mjohansson", "Sjuksköterskeanteckning", "2024-05-04 12:45", [
      ("Aktuellt", "Sveda och täta trängningar 2 d, afebril, ingen flanksmärta."),
      ("Bedömning", "Cystit trol, Selexid 3 d"),
  ]), must=M102, why="'trol' without full stop after cystit")

K("forlossning-preeklampsi-fragetecken", "1992-09-09", "214",
  N("sus_ma", "bjork", "Akutjournal", "2024-06-28 02:10", [
      ("Aktuellt", "Gravid v 34+2, huvudvärk och flimmer för ögonen. BT 162/108, proteinuri 2+."),
      ("Bedömning", "Preeklampsi? Förlossningsjour tillkallad, CTG startat."),
  ]), must=M102, why="a midwife's note: 'Preeklampsi?' in a visible Melior section")

K("akut-inklamt-ljumskbrack-fragetecken", "1943-05-05", "327",
  N("kun", "strand", "Akutjournal", "2024-04-14 20:05", [
      ("Status", "Öm, hård resistens vä ljumske, går ej att reponera."),
      ("Bedömning", "Inklämt ljumskbråck? Kirurgjour kallad, fasta."),
  ]), must=M102, why="'Inklämt ljumskbråck?' in Kungälv ED")

K("akut-mb-bechterev-typo", "1998-08-13", "481",
  N("hbg", "arslan", "Akutjournal", "2024-01-31 10:20", [
      ("Aktuellt", "Nattlig ländryggsmärta sedan 1/2 år, morgonstelhet 2 h, bättre av rörelse."),
      ("Bedömning", "Mb Bechterev? HLA-B27, remiss reumatolog."),
  ]), must=M102, why="typo 'Bechterev' (Bechterew) with question mark")

K("akut-passjuka-kan-ej-uteslutas", "2006-01-09", "357",
  N("sas", "hassan", "Akutjournal", "2024-04-22 17:15", [
      ("Aktuellt", "Bilat svullnad framför öronen, feber. Ovaccinerad."),
      ("Bedömning", "Påssjuka kan ej uteslutas, serologi, isolering. Anmälan om det bekräftas."),
  ]), must=M102, why="lay name påssjuka (parotit) 'kan ej uteslutas'")

K("akut-testistorsion-fragetecken", "2006-06-14", "268",
  N("su_o", "saleh", "Akutjournal", "2024-07-27 01:20", [
      ("Aktuellt", "17-åring, plötslig svår smärta vä testikel sedan 23-tiden, kräkts."),
      ("Status", "Högt stående, mycket öm vä testikel, kremasterreflex saknas."),
      ("Bedömning", "Testistorsion? Urologjour kallad, op-anmäld."),
  ]), must=M102, why="'Testistorsion?' in a 17-year-old at night")

K("akut-aortadissektion-fragetecken", "1955-02-02", "205",
  N("sus_lu", "haddad", "Akutjournal", "2024-09-03 22:40", [
      ("Aktuellt", "Akut rivande smärta mellan skulderbladen, BT-skillnad 30 mmHg mellan armarna."),
      ("Bedömning", "Aortadissektion? DT-angio aorta akut, thoraxkir-jour förvarnad."),
  ]), must=M102, why="'Aortadissektion?' in Lund ED")

# ================================================================ NL102 must_not
# --- PMO (Skåne primary care): diagnoses never shown, hedges do not fire.

K("pmo-vc-trol-cystit", "1989-07-27", "345",
  N("vc_lin", "rosen", "Besöksanteckning", "2024-03-05 16:30", [
      ("Aktuellt", "Sveda vid miktion 2 d, afebril."),
      ("Bedömning", "Trol. cystit, Selexid 3 d."),
  ]), must_not=NOT102, why="PMO note: a hedged cystit is never shown, so no NL102")

K("pmo-jour-fragetecken-pneumoni", "1950-10-12", "288",
  N("jc_hbg", "vek", "Besöksanteckning", "2024-01-14 19:25", [
      ("Aktuellt", "Feber 4 d, hosta med gula upphostningar."),
      ("Bedömning", "?Pneumoni. CRP 86, krepitationer hö. Amimox, remiss rtg pulm."),
  ]), must_not=NOT102, why="PMO out-of-hours note with '?Pneumoni' is exempt")

K("pmo-vc-susp-dvt-remiss", "1968-02-03", "461",
  N("vc_esl", "hakansson", "Besöksanteckning", "2024-05-21 10:50", [
      ("Status", "Vä vad 3 cm större omfång, öm längs v. saphena magna."),
      ("Bedömning", "Susp. DVT vä vad, remiss akut UL Lund."),
  ], signed=None), must_not=NOT102, why="unsigned PMO draft with 'Susp. DVT' is exempt")

K("pmo-barn-otitis-media-fragetecken", "2021-11-04", "142",
  N("vc_kir", "rosen", "Telefonkontakt", "2024-10-09 08:40", [
      ("Kontaktorsak", "Mamma ringer: 3-åring öronvärk i natt, feber 38."),
      ("Bedömning", "Otitis media? Avvaktar 2 d med Alvedon, bokar tid om ej bättre."),
  ]), must_not=NOT102, why="PMO nurse phone note for a child: 'Otitis media?' not shown")

K("pmo-vc-misstankt-borrelia", "1972-06-20", "216",
  N("vc_sim", "hakansson", "Besöksanteckning", "2024-07-25 14:05", [
      ("Status", "Ringformat utslag 6 cm vä lår, fästingbett för 2 v sedan."),
      ("Bedömning", "Misstänkt borrelia. Kåvepenin 10 d."),
  ]), must_not=NOT102, why="PMO walk-in: 'Misstänkt borrelia' exempt (PMO never shows diagnoses)")

K("pmo-dd-gastroentrit-appendicit-typo", "2002-04-11", "308",
  N("vc_hlm", "vek", "Besöksanteckning", "2024-06-08 12:15", [
      ("Aktuellt", "Diffus buksmärta och lös avföring sedan i morse."),
      ("Bedömning", "DD gastroentrit / begynnande appendicit. Åter direkt vid försämring."),
  ]), must_not=NOT102, why="typo 'gastroentrit'; PMO DD list is exempt")

K("pmo-sannol-ryggskott", "1977-09-15", "129",
  N("jc_hbg", "hakansson", "Besöksanteckning", "2024-02-24 11:20", [
      ("Aktuellt", "Lyfte tung låda, akut ländryggsmärta. Ingen utstrålning."),
      ("Bedömning", "Sannol. ryggskott (lumbago), inga röda flaggor. Ipren, håll igång."),
  ]), must_not=NOT102, why="PMO: 'Sannol. ryggskott' is not shown")

K("pmo-herpes-zoster-ej-uteslutas", "1948-12-19", "470",
  N("vc_lin", "vek", "Besöksanteckning", "2024-09-19 15:35", [
      ("Aktuellt", "Brännande smärta vä bröstkorg bältesformat, inga blåsor än."),
      ("Bedömning", "Herpes zoster kan ej uteslutas, återbesök om utslag."),
  ]), must_not=NOT102, why="PMO: 'kan ej uteslutas' about herpes zoster exempt")

K("pmo-mojlig-mb-basedow", "1985-05-08", "233",
  N("vc_esl", "vek", "Besöksanteckning", "2024-11-26 09:25", [
      ("Lab", "TSH <0,01, fT4 48."),
      ("Bedömning", "Möjlig Mb Basedow. TRAK skickat, Propranolol tills vidare."),
  ]), must_not=NOT102, why="PMO: eponym 'Möjlig Mb Basedow' exempt")

K("pmo-hemsjukvard-trol-pneumoni-sabo", "1932-08-30", "168",
  N("hsj_ys", "hakansson", "Hembesök", "2024-12-27 21:10", [
      ("Aktuellt", "Jourhembesök SÄBO: feber 38,7 och snabb andning sedan eftermiddagen."),
      ("Bedömning", "Trol. pneumoni. Doxyferm, vård på boendet enl. tidigare ställningstagande."),
  ]), must_not=NOT102, why="PMO home-care on-call: 'Trol. pneumoni' exempt")

K("pmo-missankt-tonsillit-typo", "1999-01-22", "417",
  N("vc_kir", "vek", "Besöksanteckning", "2024-04-16 17:45", [
      ("Status", "Beläggningar tonsiller, feber 39."),
      ("Bedömning", "Missänkt streptokocktonsillit, strep A tas."),
  ]), must_not=NOT102, why="typo 'Missänkt' in a PMO note; PMO is exempt")

# --- Tidiga hypoteser (not visible)

K("th-skane-misstankt-myelom-mb-kahler", "1949-03-17", "241",
  N("sus_ma", "dahl", "Tidiga hypoteser", "2024-03-28 16:05", [
      ("Tidiga hypoteser", "Misstänkt myelom (Mb Kahler), M-komponent 28 g/L och hyperkalcemi. Avvaktar hematolog innan pat informeras."),
  ]), must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Skåne Melior template Tidiga hypoteser is filtered: neither NL102 nor NL101")

K("th-vgr-misst-atstornig-typo", "2004-07-02", "362",
  N("sas", "hek", "Akutjournal", "2024-05-10 15:20", [
      ("Aktuellt", "Buksmärta, kräkts upprepat efter måltider, yr."),
      ("Status", "BMI 15,8, bradykard 48, kalla händer."),
      ("Bedömning", "Elektrolytrubbning, K 2,8. Inläggning med försiktig kaloriupptrappning."),
      ("Tidiga hypoteser", "Misst. ätstörnig (anorexia nervosa), tas upp när förtroende finns."),
  ]), must_not=NOT102, why="typo 'ätstörnig'; hedge only under VGR sökord Tidiga hypoteser, visible sections affirmative")

K("th-vgr-alkoholrelaterad-pankreatit-sambo", "1971-11-15", "193",
  N("su_s", "strand", "Akutjournal", "2024-08-17 01:45", [
      ("Aktuellt", "Bältesformad övre buksmärta sedan kvällen, kräkningar."),
      ("Bedömning", "Pankreatit, amylas 14 ggr övre ref. Inläggning kirurgen, dropp."),
      ("Tidiga hypoteser", "Sannol. alkoholrelaterad genes – sambon uppger dolt drickande och vill inte att pat får veta att uppgiften kommer från henne."),
  ]), must_not=NOT102, why="hedged cause kept under VGR sökord Tidiga hypoteser; visible sections affirmative")

K("th-skane-mojlig-funktionell-genes", "1994-01-13", "404",
  N("hbg", "nordin", "Tidiga hypoteser", "2024-06-19 13:25", [
      ("Tidiga hypoteser", "Möjlig funktionell genes (konversionssyndrom) till bensvagheten. Normal MR och neurofysiologi, pat inte redo att diskutera."),
  ]), must_not=NOT102, why="Skåne Tidiga hypoteser template: hedged funktionell genes not visible")

K("th-vgr-mb-alzheimer-fragetecken", "1939-10-06", "227",
  N("skas", "akarlsson", "Akutjournal", "2024-10-23 14:15", [
      ("Aktuellt", "Hittad vilse på stan av polis, kommer med dottern."),
      ("Bedömning", "Ingen akut somatisk orsak, lab ua. Hemgång med dottern, remiss VC."),
      ("Tidiga hypoteser", "Kognitiv svikt trol., Mb Alzheimer? Tas upp när dottern är med på VC."),
  ], signed=None), must_not=NOT102, why="unsigned draft; 'Mb Alzheimer?' only under VGR sökord Tidiga hypoteser")

K("th-skane-malignitet-pankreas-prelim", "1954-04-24", "356",
  N("csk", "molsson", "Tidiga hypoteser", "2024-04-09 17:40", [
      ("Tidiga hypoteser", "Prel. DT-svar: malignitet i pankreashuvudet kan ej uteslutas. Avvaktar rond innan besked."),
  ]), must_not=NOT102, why="'kan ej uteslutas' about malignancy inside the filtered Tidiga hypoteser template")

K("th-vgr-munchausen-fragetecken", "1986-12-22", "149",
  N("nal", "berg", "Akutjournal", "2024-09-25 03:15", [
      ("Aktuellt", "Buksmärta igen, 14:e besöket i år på olika sjukhus. Lab och DT ua."),
      ("Bedömning", "Buksmärta e.c.i. Hemgång, kontakt VC."),
      ("Tidiga hypoteser", "?Munchausens syndrom – uppgifter från andra sjukhus stämmer ej med pat berättelse."),
  ]), must_not=NOT102, why="'?Munchausens syndrom' under VGR sökord Tidiga hypoteser; 'e.c.i.' is not a hedge")

# --- negated mentions

K("neg-ingen-misstanke-appendcit-typo", "2003-03-29", "284",
  N("sus_lu", "holm", "Akutjournal", "2024-01-09 13:10", [
      ("Status", "Buk mjuk, oöm, ingen défense. Släppömhet saknas."),
      ("Bedömning", "Ingen misstanke om appendcit. Obstipation, Movicol."),
  ]), must_not=NOT102, why="typo 'appendcit' in a negated mention ('Ingen misstanke om')")

K("neg-inga-tecken-meningit-migran", "1997-11-01", "438",
  N("na_fro", "eandersson", "Läkaranteckning", "2024-02-27 20:30", [
      ("Status", "Afebril, ingen nackstelhet, neurostatus ua."),
      ("Bedömning", "Inga tecken på meningit. Migrän utan aura, känd sedan tonåren."),
  ]), must_not=NOT102, why="'Inga tecken på meningit' is negated; migrän is known")

K("neg-ingen-dvt-ul-tennisvad", "1981-08-18", "206",
  N("hbg", "karimi", "Akutjournal", "2024-03-20 12:35", [
      ("Lab", "UL vener vä ben: ingen DVT. D-dimer 0,3."),
      ("Bedömning", "Muskelbristning m. gastrocnemius (tennisvad). Kompression, högläge."),
  ]), must_not=NOT102, why="DVT negated by ultrasound; confirmed tennisvad")

K("neg-ej-misstanke-fraktur-ottawa", "2005-05-14", "373",
  N("na_mol", "sandberg", "Läkaranteckning", "2024-04-24 18:50", [
      ("Status", "Svullnad lat malleol, kan belasta 4 steg, ingen benömhet."),
      ("Bedömning", "Ottawa neg, ej misstanke om fraktur. Distorsion vä fotled (stukad fot)."),
  ]), must_not=NOT102, why="'ej misstanke om fraktur' negated at VGR närakut")

K("neg-ingen-hallpunkt-le-pleurit", "1991-09-03", "252",
  N("csk", "epersson", "Akutjournal", "2024-05-29 10:05", [
      ("Aktuellt", "Andningskorrelerad smärta hö efter förkylning 1 v."),
      ("Bedömning", "Wells 0, PERC neg, ingen hållpunkt för lungemboli. Pleuritsmärta postviralt, NSAID."),
  ], signed=None), must_not=NOT102, why="unsigned draft: 'ingen hållpunkt för lungemboli' is negated")

K("neg-ej-hallpunkt-aks-tnt-normal", "1966-04-07", "389",
  N("skas", "fredriksson", "Akutjournal", "2024-06-17 09:30", [
      ("Lab", "TnT 6 -> 7, EKG sinusrytm utan ischemi."),
      ("Bedömning", "Ej hållpunkt för akut koronart syndrom. Bröstsmärta från bröstkorgsväggen."),
  ]), must_not=NOT102, why="'Ej hållpunkt för' AKS is negated; normal results")

K("neg-talar-ej-for-sepsis-viral-oli", "1988-02-26", "311",
  N("trb", "lgustafsson", "Läkaranteckning", "2024-10-29 21:05", [
      ("Status", "Opåverkad, NEWS 1, laktat 1,1."),
      ("Bedömning", "Talar ej för sepsis. Viral övre luftvägsinfektion, egenvård."),
  ]), must_not=NOT102, why="'Talar ej för sepsis' is negated")

K("neg-barn-ingen-invagination-ul", "2021-07-21", "158",
  N("dsbus", "hlund", "Akutjournal", "2024-08-06 16:20", [
      ("Lab", "UL buk: ingen invagination, normala tarmslingor."),
      ("Bedömning", "Gastroenterit, lätt dehydrerad. Vätskeschema, hem."),
  ]), must_not=NOT102, why="child: invagination negated by ultrasound")

K("neg-stroke-ej-aktuellt-hypoglykemi", "1945-01-28", "360",
  N("hlm", "dahl", "Akutjournal", "2024-02-06 07:50", [
      ("Aktuellt", "Ambulans: hemipares hö, p-glukos 1,9. Efter glukos helt återställd."),
      ("Bedömning", "Stroke ej aktuellt, symtomen förklaras av hypoglykemi. Insulindos justerad."),
  ]), must_not=NOT102, why="'Stroke ej aktuellt' is negated; hypoglykemi confirmed")

K("neg-rtg-ingen-fraktur-kontusion", "1979-06-11", "175",
  N("na_lun", "forsberg", "Läkaranteckning", "2024-07-19 15:40", [
      ("Lab", "Rtg hö hand: ingen fraktur."),
      ("Bedömning", "Kontusion hö hand efter fall från stege. Alvedon, ispåse."),
  ]), must_not=NOT102, why="negated fracture on X-ray; confirmed kontusion")

K("neg-pneumothorax-utesluten-revben", "1962-03-04", "287",
  N("sus_ma", "tran", "Akutjournal", "2024-09-11 23:20", [
      ("Lab", "Rtg thorax: pneumothorax utesluten."),
      ("Bedömning", "Fraktur costa 7 vä efter fall mot badkarskant. Smärtlindring, andningsövningar."),
  ]), must_not=NOT102, why="'pneumothorax utesluten' is negated")

K("neg-ingen-misstanke-sah-spanningshuvudvark", "1983-10-30", "441",
  N("su_s", "wikstrom", "Akutjournal", "2024-11-05 17:05", [
      ("Aktuellt", "Huvudvärk som ökat gradvis över dagen, ingen åskknall."),
      ("Bedömning", "Ingen misstanke om SAH, DT ej indicerat. Spänningshuvudvärk."),
  ]), must_not=NOT102, why="'Ingen misstanke om SAH' negated")

K("neg-missanke-kolecystit-typo", "1974-08-25", "196",
  N("ang", "haddad", "Läkaranteckning", "2024-12-03 11:15", [
      ("Lab", "UL buk: tunn gallblåsevägg, inga stenar."),
      ("Bedömning", "Ingen missanke om kolecystit. Dyspepsi, Omeprazol 4 v."),
  ]), must_not=NOT102, why="typo 'missanke' in a negated 'Ingen misstanke om kolecystit'")

K("neg-ej-tecken-erysipelas-stasdermatit", "1940-09-09", "342",
  N("als", "okafor", "Akutjournal", "2024-01-17 14:30", [
      ("Status", "Afebril, brunaktig missfärgning båda underben, ingen värmeökning."),
      ("Bedömning", "Ej tecken till erysipelas. Stasdermatit, kortisonkräm och stödstrumpor."),
  ], signed=None), must_not=NOT102, why="unsigned draft; 'Ej tecken till erysipelas' negated")

K("neg-kompartment-uteslutet-tibiafraktur", "1996-12-16", "203",
  N("ort_ma", "karimi", "Jouranteckning", "2024-04-13 02:20", [
      ("Status", "Mjuka loger, ingen sträcksmärta, distal cirk ua."),
      ("Bedömning", "Kompartmentsyndrom bedöms uteslutet. Tibiaskaftfraktur, gipsskena, högläge."),
  ]), must_not=NOT102, why="orthopaedic night: 'bedöms uteslutet' negates kompartmentsyndrom")

K("neg-inga-hallpunkter-gbs-hyperventilation", "2000-10-24", "318",
  N("na_udd", "hassan", "Läkaranteckning", "2024-03-12 22:40", [
      ("Status", "Reflexer normala och symmetriska, ingen pares."),
      ("Bedömning", "Inga hållpunkter för Guillain-Barré. Stickningar vid hyperventilation, lugnad."),
  ]), must_not=NOT102, why="eponym Guillain-Barré in a negated mention")

K("neg-inge-tecken-pneumoni-typo", "1970-05-31", "464",
  N("nal", "saleh", "Akutjournal", "2024-10-11 19:55", [
      ("Lab", "Rtg pulm ua. CRP 22."),
      ("Bedömning", "Inge tecken på pneumoni. Akut bronkit, hostdämpande."),
  ]), must_not=NOT102, why="typo 'Inge' (ingen) in a negated pneumoni")

# --- hedges that are not about a diagnosis (plans, prognosis, logistics, 'obs' = observera)

K("plan-ev-rtg-om-ej-battre-distorison-typo", "1993-04-05", "230",
  N("yst", "malmqvist", "Akutjournal", "2024-05-12 16:10", [
      ("Bedömning", "Distorison vä fotled. Ev. rtg om ej bättre på 1 v."),
  ]), must_not=NOT102, why="typo 'Distorison'; 'Ev.' hedges a plan (X-ray), not the diagnosis")

K("plan-ev-u-odling-om-recidiv", "1987-01-16", "415",
  N("na_ang", "forsberg", "Läkaranteckning", "2024-06-26 13:55", [
      ("Bedömning", "Okomplicerad cystit, Selexid 3 d. Ev. U-odling om recidiv."),
  ]), must_not=NOT102, why="'Ev.' about a sample if relapse; cystit stated")

K("plan-obs-over-natten-commotio-cerbri-typo", "1972-02-09", "123",
  N("sus_lu", "akesson", "Akutjournal", "2024-07-06 23:35", [
      ("Aktuellt", "Slog huvudet i kaklet, kortvarig medvetslöshet. DT hjärna ua."),
      ("Bedömning", "Commotio cerbri. Obs över natten, trol. hemgång imorgon förmiddag."),
  ]), must_not=NOT102, why="typo 'cerbri'; 'Obs över natten' and 'trol. hemgång' are plans")

K("plan-suturtagning-ev-tidigare", "1990-08-08", "247",
  N("na_kun", "amohammed", "Sjuksköterskeanteckning", "2024-08-24 12:30", [
      ("Åtgärd", "Vulnus scissum vä pekfinger, 4 suturer av läkare. Omlagt."),
      ("Planering", "Suturtagning ca 10 d på VC, ev. tidigare vid rodnad."),
  ]), must_not=NOT102, why="nurse note: 'ev. tidigare' is about suture removal timing")

K("plan-sannol-battre-gastroenterit", "2006-09-26", "309",
  N("lkr", "haddad", "Läkaranteckning", "2024-09-01 10:45", [
      ("Bedömning", "Gastroenterit (magsjuka). Sannol. bättre inom 2-3 d, drick små mängder ofta."),
  ]), must_not=NOT102, why="'Sannol.' is about prognosis of a stated gastroenterit")

K("plan-ev-op-kontrollrtg-radius", "1953-07-29", "476",
  N("su_m", "berg", "Akutjournal", "2024-11-15 15:25", [
      ("Bedömning", "Fractura radii loco typico vä, reponerad och gipsad. Ev. op beroende på kontrollrtg om 1 v."),
  ], signed=None), must_not=NOT102, why="unsigned draft; Latin fracture confirmed; 'Ev. op' is a hedged plan")

K("jour-ev-ny-kontroll-kalium", "1942-06-13", "158",
  N("med_csk", "tran", "Jouranteckning", "2024-02-29 01:05", [
      ("Aktuellt", "Ssk ringer om K 2,9 på kvällsprov."),
      ("Åtgärd", "Kaliumklorid 40 mmol iv. Ev. ny kontroll kl 06."),
  ]), must_not=NOT102, why="on-call night: 'Ev. ny kontroll' is a plan")

K("plan-sannolikt-utskrivning-pneumoni", "1946-11-20", "393",
  N("med_su", "axelsson", "Jouranteckning", "2024-03-16 20:45", [
      ("Bedömning", "Pneumoni vä underlob, rtg-verifierad, förbättras på Bensyl-pc."),
      ("Planering", "Sannolikt utskrivning imorgon om fortsatt afebril."),
  ]), must_not=NOT102, why="'Sannolikt' is about discharge, diagnosis confirmed")

K("plan-trol-spontanavgang-uretarsten", "1985-03-27", "256",
  N("sus_ma", "karimi", "Akutjournal", "2024-04-30 04:15", [
      ("Lab", "DT: uretärsten 4 mm hö, ingen stas."),
      ("Bedömning", "Uretärsten hö. Trol. spontanavgång, Voltaren + sil."),
  ]), must_not=NOT102, why="'Trol.' about stone passage (prognosis), stone confirmed on DT")

K("obs-pacemaker-observera-kontusion", "1937-05-10", "289",
  N("su_s", "strand", "Akutjournal", "2024-05-23 11:50", [
      ("Aktuellt", "OBS! Pacemaker, ej MR."),
      ("Bedömning", "Kontusion vä höft efter fall, rtg bäcken och höft ua. Gåbord, hem med hemtjänst."),
  ]), must_not=NOT102, why="'OBS!' means observera (pacemaker warning), not 'obs X' hypothesis")

K("plan-ev-sumatriptan-migran", "1984-12-02", "170",
  N("hbg", "vek", "Akutjournal", "2024-06-04 18:25", [
      ("Bedömning", "Migränanfall hos känd migränpatient, bättre efter Toradol. Ev. Sumatriptan vb, recept skrivet."),
  ]), must_not=NOT102, why="'Ev.' about a drug as needed, migrän known")

K("plan-baltros-ev-aterbesok", "1958-08-16", "322",
  N("na_udd", "hassan", "Läkaranteckning", "2024-07-11 09:35", [
      ("Bedömning", "Bältros Th10 vä, debut igår. Valaciklovir 7 d. Ev. återbesök VC om 1 v."),
  ], signed=None), must_not=NOT102, why="unsigned draft: bältros confirmed, 'Ev. återbesök' is a plan")

K("plan-sjukskrivning-fragetecken-astma", "1999-10-07", "187",
  N("trb", "epersson", "Läkaranteckning", "2024-08-31 14:20", [
      ("Bedömning", "Astmaexacerbation, svarat bra på Ventoline x2. Sjukskrivning? Pat avböjer."),
  ]), must_not=NOT102, why="question mark on sick leave, not on a diagnosis")

K("plan-oklart-om-apotek-erysipelas", "1961-04-15", "214",
  N("als", "okafor", "Akutjournal", "2024-09-08 20:10", [
      ("Bedömning", "Erysipelas hö underben, kant markerad med penna. Kåvepenin 1,6 g x3."),
      ("Planering", "Oklart om pat hinner hämta ut medicin ikväll, apoteket stänger 21."),
  ]), must_not=NOT102, why="'Oklart om' is about pharmacy hours")

K("plan-osaker-tidpunkt-hjarnskakning", "1963-09-23", "340",
  N("csk", "msvensson", "Sjuksköterskeanteckning", "2024-10-20 16:30", [
      ("Aktuellt", "Föll från cykel med hjälm. Osäker tidpunkt för fallet, pat minns ej."),
      ("Bedömning", "Hjärnskakning, DT hjärna ua. Hem med väckning enl. PM."),
  ]), must_not=NOT102, why="'Osäker' about the time of the fall")

K("plan-mojligen-aterbesok-tonsillit", "2001-06-03", "259",
  N("na_fro", "eandersson", "Läkaranteckning", "2024-10-30 11:40", [
      ("Bedömning", "Tonsillit, strep A pos. Pc V 10 d. Möjligen återbesök om ej bättre på 3 d."),
  ]), must_not=NOT102, why="'Möjligen' about a return visit")

K("fysio-ev-aterbsok-lumbago-typo", "1975-02-14", "151",
  N("na_lid", "slindgren", "Fysioterapeutanteckning", "2024-11-20 13:50", [
      ("Bedömning", "Lumbago (ryggskott) efter lyft. Rörelseträning instruerad."),
      ("Planering", "Ev återbsök till fysioterapeut vb."),
  ]), must_not=NOT102, why="physiotherapist note; typo 'återbsök'; 'Ev' hedges a visit")

K("plan-tetanus-fragetecken-hundbett", "1967-03-19", "427",
  N("hbg", "molsson", "Akutjournal", "2024-12-11 19:15", [
      ("Aktuellt", "Biten av grannens hund i hö underarm."),
      ("Bedömning", "Bitsår hö underarm, sårvård. Tetanus? Senaste dos >10 år sedan, dTp given. Kåvepenin."),
  ]), must_not=NOT102, why="'Tetanus?' asks about vaccination status, not a suspected disease")

# --- past history

K("past-mb-crohn-nu-gastroentrit", "1985-10-05", "195",
  N("sus_lu", "haddad", "Akutjournal", "2024-01-26 17:25", [
      ("Tidigare sjukdomar", "Mb Crohn sedan 2012, ileocekalresektion 2018."),
      ("Bedömning", "Magsjuka sedan igår, tre i familjen sjuka samtidigt. Gastroenterit."),
  ]), must_not=NOT102, why="eponym in past history; current diagnosis stated")

K("past-blindtarm-som-barn-obstipaton-typo", "2004-02-28", "352",
  N("na_mol", "sandberg", "Läkaranteckning", "2024-02-20 16:15", [
      ("Tidigare sjukdomar", "Op för blindtarmsinflammation som barn."),
      ("Bedömning", "Ont vä fossa, hård avföring sedan 5 d. Obstipaton, Movicol."),
  ]), must_not=NOT102, why="typo 'Obstipaton'; appendicitis only in past history")

K("past-lungemboli-2021-nu-pneumoni", "1957-12-07", "408",
  N("hbg", "karimi", "Akutjournal", "2024-03-25 14:40", [
      ("Tidigare sjukdomar", "Hade lungemboli 2021, behandlad 6 mån, avslutad Eliquis."),
      ("Bedömning", "Lunginflammation hö underlob på rtg, CRP 160. Inläggning infektion."),
  ]), must_not=NOT102, why="past lungemboli plus confirmed lunginflammation")

K("past-utredd-epilepsi-utan-fynd", "1998-06-25", "213",
  N("skas", "sandberg", "Akutjournal", "2024-04-18 10:00", [
      ("Tidigare sjukdomar", "Utredd för epilepsi 2019 utan fynd, ingen behandling."),
      ("Bedömning", "Svimning efter blodprovstagning. Vasovagal reaktion, hem."),
  ]), must_not=NOT102, why="past work-up without findings is not a current hedged diagnosis")

K("past-mb-basedow-radiojod-bronkit", "1969-09-01", "376",
  N("yst", "vek", "Akutjournal", "2024-05-03 12:20", [
      ("Tidigare sjukdomar", "Mb Basedow 2016, radiojodbehandlad, nu Levaxin."),
      ("Bedömning", "Hosta 1 v, lungor ua. Akut bronkit."),
  ]), must_not=NOT102, why="eponym Mb Basedow in past history")

K("past-tia-2020-epistaxis", "1944-11-27", "117",
  N("nal", "berg", "Akutjournal", "2024-06-12 22:25", [
      ("Tidigare sjukdomar", "Förmaksflimmer (Eliquis). TIA 2020."),
      ("Bedömning", "Näsblödning sedan 1 h från locus Kiesselbachii. Epistaxis, kaustik med silvernitrat."),
  ], signed=None), must_not=NOT102, why="unsigned draft; past TIA; epistaxis confirmed with eponymous site")

K("past-kolecystektomi-trol-2015", "1960-01-08", "264",
  N("kir_hbg", "lindqvist", "Jouranteckning", "2024-07-02 02:55", [
      ("Tidigare sjukdomar", "Kolecystektomi, trol. 2015, pat minns ej året."),
      ("Bedömning", "Kallad pga smärta dag 1 efter ljumskbråckop. Sårsmärta, Oxynorm 5 mg vb."),
  ]), must_not=NOT102, why="'trol.' hedges the year of a past operation")

K("past-halsfluss-nu-paronyki", "1991-03-13", "432",
  N("na_lun", "forsberg", "Läkaranteckning", "2024-08-27 18:35", [
      ("Tidigare sjukdomar", "Halsfluss 3 ggr i höstas enl. pat."),
      ("Bedömning", "Paronyki (nagelbandsinfektion) dig I hö hand. Incision, tömt pus."),
  ]), must_not=NOT102, why="lay past history; paronyki confirmed")

# --- relatives

K("fam-far-trol-hjartinfarkt", "1975-07-22", "458",
  N("hbg", "arslan", "Akutjournal", "2024-02-16 11:10", [
      ("Ärftlighet", "Far dog av trol. hjärtinfarkt 52 år."),
      ("Bedömning", "EKG och TnT x2 ua. Bröstsmärta av muskuloskeletalt ursprung."),
  ]), must_not=NOT102, why="'trol. hjärtinfarkt' is about the father (Ärftlighet)")

K("fam-mamma-misst-alzheimer", "1963-05-18", "320",
  N("su_m", "berg", "Akutjournal", "2024-03-07 15:00", [
      ("Aktuellt", "Mamma utreds för misstänkt Mb Alzheimer, pat orolig för eget minne."),
      ("Bedömning", "MMT 30/30, neurostatus ua. Stressreaktion, samtal VC."),
  ]), must_not=NOT102, why="hedged Mb Alzheimer concerns the mother")

K("fam-storebror-trol-magsjuka", "2020-04-08", "291",
  N("bu_ma", "jonsson", "Akutjournal", "2024-04-28 09:40", [
      ("Aktuellt", "Storebror har trol. magsjuka sedan fredag."),
      ("Bedömning", "4-åring med gastroenterit, lätt dehydrerad. Vätskeschema, hem."),
  ]), must_not=NOT102, why="'trol. magsjuka' is about the sibling; child's diagnosis stated")

K("fam-bror-ev-celiaki-ibs", "1995-08-01", "164",
  N("na_ang", "eandersson", "Läkaranteckning", "2024-05-17 12:05", [
      ("Ärftlighet", "Bror utreds för ev. celiaki."),
      ("Bedömning", "IBS sedan 2020, nu typiskt skov efter stress. Egenvård."),
  ], signed=None), must_not=NOT102, why="unsigned draft; 'ev. celiaki' is about the brother")

K("fam-morbror-bechterew-lumbago", "1982-02-22", "378",
  N("trb", "holm", "Läkaranteckning", "2024-06-22 10:20", [
      ("Ärftlighet", "Morbror har Bechterews sjukdom."),
      ("Bedömning", "Akut ryggskott efter lyft, ingen nattlig värk. Lumbago."),
  ]), must_not=NOT102, why="genitive eponym in family history only")

K("fam-syster-fragetecken-tyreoidit", "1997-03-30", "249",
  N("na_kun", "hek", "Läkaranteckning", "2024-07-14 21:00", [
      ("Ärftlighet", "Mor har Graves sjukdom, syster ?tyreoidit."),
      ("Bedömning", "Panikattack, TSH normalt, EKG sinus. Lugnad."),
  ]), must_not=NOT102, why="'?tyreoidit' concerns the sister")

K("fam-sambo-misstankt-covid", "1980-12-14", "236",
  N("lkr", "haddad", "Läkaranteckning", "2024-08-12 14:30", [
      ("Aktuellt", "Sambon hade misstänkt covid förra veckan."),
      ("Bedömning", "Covid-19, PCR pos. Opåverkad, egenvård."),
  ]), must_not=NOT102, why="'misstänkt covid' is about the partner; patient's covid confirmed")

K("fam-pappa-troligen-parkinsson-typo", "1971-10-17", "305",
  N("sas", "nyberg", "Akutjournal", "2024-09-16 17:45", [
      ("Ärftlighet", "Pappa troligen Mb Parkinsson."),
      ("Bedömning", "Essentiell tremor sedan 10 år, oförändrad. Distal radiusfraktur vä efter fall, gips."),
  ]), must_not=NOT102, why="typo 'Parkinsson' in a hedged family history")

# --- confirmed diagnoses and normal findings

K("conf-fibulafraktur-weber-a", "1994-11-09", "182",
  N("ang", "hakansson", "Läkaranteckning", "2024-01-05 13:35", [
      ("Bedömning", "Rtg: fraktur distala fibula, Weber A. Status i övrigt ua. Walker 4 v."),
  ]), must_not=NOT102, why="eponymous classification (Weber A), fracture confirmed")

K("conf-strep-pos-tonsillit", "2002-08-29", "266",
  N("na_fro", "forsberg", "Läkaranteckning", "2024-01-30 18:15", [
      ("Lab", "Strep A pos."),
      ("Bedömning", "Tonsillit. Pc V 1 g x3 i 10 d."),
  ]), must_not=NOT102, why="confirmed tonsillit at VGR närakut")

K("conf-stemi-inferiort", "1954-02-05", "399",
  N("sus_ma", "dahl", "Akutjournal", "2024-02-10 05:40", [
      ("Lab", "EKG: ST-höjning II, III, aVF."),
      ("Bedömning", "STEMI inferiort. PCI-larm, ASA + Brilique."),
  ]), must_not=NOT102, why="confirmed STEMI, no hedge")

K("conf-nedre-uvi-pivmecilinam-typo", "1993-06-19", "223",
  N("na_lun", "forsberg", "Läkaranteckning", "2024-03-02 16:50", [
      ("Lab", "U-sticka nitrit pos, leuk 3+."),
      ("Bedömning", "Nedre UVI. Pivmecilinam 5 d."),
  ]), must_not=NOT102, why="typo 'Pivmecilinam'; confirmed UVI")

K("conf-commotio-dt-ua", "1976-09-06", "284",
  N("hbg", "vek", "Akutjournal", "2024-04-06 23:05", [
      ("Lab", "DT hjärna ua."),
      ("Bedömning", "Commotio cerebri. Hemgång med anhörig, skriftlig hjärnskakningsinfo."),
  ]), must_not=NOT102, why="normal DT and confirmed commotio")

K("conf-hypoglykemi-typ1", "1988-04-17", "346",
  N("kun", "axelsson", "Akutjournal", "2024-05-25 03:30", [
      ("Aktuellt", "P-glukos 2,1 vid ambulansens ankomst, efter glukos 7,8."),
      ("Bedömning", "Hypoglykemi hos insulinbehandlad typ 1-diabetiker. Äter, hem med sambo."),
  ]), must_not=NOT102, why="confirmed hypoglykemi at night")

K("conf-anafylaxi-obs-6h", "1979-07-25", "258",
  N("csk", "epersson", "Akutjournal", "2024-07-18 15:55", [
      ("Bedömning", "Anafylaxi efter getingstick, Adrenalin 0,5 mg im x1. Obs 6 h, stabil. Recept Epipen."),
  ]), must_not=NOT102, why="'Obs 6 h' is observation time; anafylaxi confirmed")

K("conf-barn-vattkopor-typo", "2019-03-11", "135",
  N("dsbus", "hedlund", "Sjuksköterskeanteckning", "2024-03-15 14:10", [
      ("Status", "Blåsor i olika stadier på bål och i hårbotten, opåverkad, temp 38,2."),
      ("Bedömning", "Vattkopor (varicella). Egenvård, hem."),
  ]), must_not=NOT102, why="typo 'Vattkopor'; chickenpox confirmed in a child")

# ================================================================ NL101
# A diagnosis in a visible section while the note says the patient is not told yet.

K("nl101-levermetastaser-ej-informerad", "1947-10-13", "276",
  N("sus_ma", "dahl", "Akutjournal", "2024-02-19 17:30", [
      ("Lab", "DT buk: multipla levermetastaser, primärtumör i pankreas."),
      ("Bedömning", "Pat ej informerad ännu, önskar ha dottern med. Samtal i morgon med kirurgen."),
  ]), must=M101, why="metastatic cancer in visible Lab while 'Pat ej informerad ännu'")

K("nl101-akut-leukemi-natt-ej-informerad", "1968-07-30", "153",
  N("su_s", "strand", "Jouranteckning", "2024-03-21 02:45", [
      ("Lab", "Blaster i perifert blod."),
      ("Bedömning", "Akut leukemi enl hematologjour. Pat ännu ej informerad om diagnosen – hematolog informerar på avd i morgon bitti."),
  ]), must=M101, why="night on-call: akut leukemi written visibly while the patient is not informed")

K("nl101-hjarntumor-ej-meddelat", "1959-03-09", "334",
  N("hbg", "arslan", "Akutjournal", "2024-04-03 20:40", [
      ("Bedömning", "DT hjärna: stor tumör vä frontallob med ödem. Ej meddelat patienten ännu, neurokirurg tar samtalet. Betapred 8 mg."),
  ], signed=None), must=M101, why="unsigned draft: hjärntumör visible and 'Ej meddelat patienten ännu'")

K("nl101-hiv-pos-ej-informerad", "1986-06-07", "189",
  N("skas", "fredriksson", "Akutjournal", "2024-05-14 16:15", [
      ("Lab", "Hiv-test positivt, bekräftat med konfirmationstest."),
      ("Bedömning", "Hivinfektion. Pat ej informerad, infektionsläkare tar samtalet i morgon."),
  ]), must=M101, why="hivinfektion in visible Bedömning with 'Pat ej informerad'")

K("nl101-metastaser-ska-inte-informeras", "1940-12-01", "267",
  N("med_csk", "lgustafsson", "Jouranteckning", "2024-06-06 23:55", [
      ("Lab", "Rtg thorax: multipla rundhärdar bilat."),
      ("Bedömning", "Lungmetastaser. Pat ska inte informeras förrän onkolog kontaktats."),
  ]), must=M101, why="'ska inte informeras förrän' with lungmetastaser in a visible section")

K("nl101-ms-har-annu-inte-fatt-veta", "1990-02-16", "421",
  N("su_o", "holmberg", "Akutjournal", "2024-08-21 15:30", [
      ("Lab", "MR hjärna: multipla periventrikulära lesioner."),
      ("Bedömning", "Multipel skleros. Pat har ännu inte fått veta, neurolog ger besked på mottagningen."),
  ], signed=None), must=M101, why="unsigned draft; MS written visibly; 'har ännu inte fått veta'")

K("nl101-koloncancer-ej-infomerad-typo", "1952-09-24", "148",
  N("yst", "malmqvist", "Akutjournal", "2024-09-27 14:00", [
      ("Bedömning", "DT buk: koloncancer i sigmoideum. Pat ej infomerad än, kirurg meddelar i morgon."),
  ]), must=M101, why="typo 'infomerad' in a not-informed statement about koloncancer")

K("nl101-lungcancer-far-ej-beraettas", "1949-04-19", "365",
  N("nal", "saleh", "Akutjournal", "2024-10-22 12:25", [
      ("Bedömning", "Utbredd lungcancer på DT thorax. Får ej berättas för pat ännu enl. överenskommelse med lungmedicin."),
  ]), must=M101, why="'Får ej berättas för pat ännu' next to lungcancer")

K("nl101-not-njurcellscancer-informerad", "1958-01-27", "211",
  N("csk", "molsson", "Akutjournal", "2024-01-23 15:10", [
      ("Bedömning", "DT: njurcellscancer hö njure, 5 cm. Pat informerad av undertecknad, fru närvarande."),
  ]), must_not=NOT101, why="patient was informed of the cancer")

K("nl101-not-son-vet-ej-pat-informerad", "1944-08-08", "385",
  N("sas", "nyberg", "Akutjournal", "2024-02-28 13:45", [
      ("Bedömning", "DT thorax: lungcancer hö överlob. Pat informerad och vill själv berätta för sonen, som ännu ej vet."),
  ]), must_not=NOT101, why="a relative is not informed, the patient is")

K("nl101-not-aterbesokstid-ej-informerad", "1996-05-05", "319",
  N("trb", "snilsson", "Sjuksköterskeanteckning", "2024-04-25 10:35", [
      ("Bedömning", "Distorsion hö knä. Pat ej informerad om tid för återbesök ännu, kallelse skickas."),
  ]), must_not=NOT101, why="'ej informerad' concerns an appointment, not the diagnosis")

K("nl101-not-blododling-svar-droejer", "1983-11-26", "207",
  N("na_ang", "forsberg", "Läkaranteckning", "2024-06-13 19:20", [
      ("Bedömning", "Pyelonefrit. Blododlingar ej klara, pat informerad om att svar dröjer 2 d."),
  ]), must_not=NOT101, why="patient informed; pending cultures are not an untold diagnosis")

K("nl101-not-labsvar-ua-ringer", "1973-12-18", "298",
  N("lkr", "haddad", "Läkaranteckning", "2024-07-31 21:15", [
      ("Aktuellt", "Yrsel sedan igår, lab tagna."),
      ("Planering", "Ej hunnit informera pat om labsvaren före hemgång, samtliga ua. Ringer i morgon."),
  ], signed=None), must_not=NOT101, why="unsigned draft: normal results not yet told, no diagnosis")

K("nl101-not-diabetes-informerad-vc", "1964-10-28", "113",
  N("na_mol", "sandberg", "Läkaranteckning", "2024-09-05 15:05", [
      ("Lab", "HbA1c 68, p-glukos 16."),
      ("Bedömning", "Diabetes typ 2. Pat informerad om diagnosen och om uppföljning på VC."),
  ]), must_not=NOT101, why="patient informed of the new diabetes diagnosis")

K("nl101-not-anhoriga-ej-pat-sjalv", "1950-06-26", "240",
  N("sus_ma", "tran", "Akutjournal", "2024-10-08 18:05", [
      ("Bedömning", "Hjärtinfarkt (NSTEMI), angio i morgon. Pat själv informerad. Anhöriga ej informerade, pat vill inte att vi ringer dem."),
  ]), must_not=NOT101, why="relatives not informed at the patient's wish; patient informed")

K("nl101-not-infomerad-fraktur-typo", "1987-12-10", "356",
  N("su_m", "berg", "Akutjournal", "2024-11-30 20:55", [
      ("Bedömning", "Distal radiusfraktur hö, reponerad. Pat infomerad om frakturen och gipsbehandlingen."),
  ]), must_not=NOT101, why="typo 'infomerad'; patient was informed of the fracture")


# ================================================================ build + validate
SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PAT_KEYS = {"id", "birth_date", "protected_identity"}


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = _dt.datetime.fromisoformat(when).date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, sorted(c)))
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append("%s: record keys" % nm)
        p = r["patient"]
        if set(p) != PAT_KEYS:
            errs.append("%s: patient keys" % nm)
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: pnr format" % nm)
        else:
            ymd, last4 = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr/birth_date mismatch" % nm)
            if luhn_digit(ymd[2:] + last4[:3]) != last4[3]:
                errs.append("%s: pnr Luhn" % nm)
        if not r["as_of"].startswith("2024-"):
            errs.append("%s: as_of not 2024" % nm)
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, sorted(n)))
            if n["id"] in ids:
                errs.append("%s: duplicate note id" % nm)
            ids.add(n["id"])
            for t in (n["time"], n["signed"]):
                if t is not None and not t.startswith("2024-"):
                    errs.append("%s: date not 2024" % nm)
            if n["signed"] is not None and n["signed"] < n["time"]:
                errs.append("%s: signed before time" % nm)
            if max(n["time"], n["signed"] or "") > r["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR must be Melior" % nm)
            a = age_at(p["birth_date"], n["time"])
            if 13 <= a <= 15 or a < 0:
                errs.append("%s: patient age %d" % (nm, a))
            if not n["sections"]:
                errs.append("%s: no sections" % nm)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                for sent in SENT_SPLIT.split(s["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in seen_sent and seen_sent[key] != nm:
                            errs.append("%s: sentence also in %s: %r" % (nm, seen_sent[key], sent))
                        seen_sent.setdefault(key, nm)
        sysmap = {n["id"]: n["system"] for n in r["notes"]}
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2 or item[1] not in ids:
                    errs.append("%s: bad target %r" % (nm, item))
                    continue
                if tuple(item) in pairs:
                    errs.append("%s: %r both must and must_not" % (nm, item))
                pairs.add(tuple(item))
                code, nid = item
                if not re.fullmatch(r"NL\d{3}", code):
                    errs.append("%s: code %r" % (nm, code))
                if code == "NL101" and sysmap.get(nid) == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
                if code == "NL102" and lst == "must" and sysmap.get(nid) != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % nm)
    return errs


def main():
    errs = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # re-read and validate what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(l) for l in f if l.strip()]
    if back != CASES:
        errs.append("round-trip mismatch")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally.setdefault(code, [0, 0])[lst == "must_not"] += 1
    print("%d cases -> %s" % (len(CASES), OUT))
    for code in sorted(tally):
        print("  %s must %d must_not %d" % (code, tally[code][0], tally[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
