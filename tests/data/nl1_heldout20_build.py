#!/usr/bin/env python3
"""Held-out NL1 gold set: a broad random-looking sample of NL101/NL102 cases.

Dependency-free and deterministic: `python3 build.py` writes
nl1_heldout20_cases.jsonl beside this file and validates it (exit 1 on any problem).
Written from the regional routines (seeds) and the rule catalog only.
"""
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

NAME = "nl1_heldout20_cases"
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{NAME}.jsonl"


# ---------------------------------------------------------------- helpers
def sk(name, n):
    """A Region Skåne unit."""
    return {"name": name, "hsa_id": f"SE2321000255-{n:04d}"}


def vg(name, n):
    """A Västra Götalandsregionen unit."""
    return {"name": name, "hsa_id": f"SE2321000131-E00000{n:06d}"}


def luhn_check_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pnr(born, sex, seed):
    """Deterministic Luhn-valid personnummer YYYYMMDD-NNNN for a birth date."""
    h = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16)
    first = h % 100
    third = (h // 100) % 5 * 2 + (1 if sex == "m" else 0)
    serial = f"{first:02d}{third}"
    ymd = born.replace("-", "")
    check = luhn_check_digit(ymd[2:] + serial)
    return f"{ymd}-{serial}{check}"


def N(nid, unit, author, role, time, secs, template="Läkaranteckning",
      system="Melior", signed=45, setting="öppenvård"):
    """One note. signed: minutes after `time`, None for an unsigned draft."""
    t = dt.datetime.fromisoformat(time)
    if signed is None:
        s = None
    elif isinstance(signed, int):
        s = (t + dt.timedelta(minutes=signed)).isoformat()
    else:
        s = dt.datetime.fromisoformat(signed).isoformat()
    return {
        "id": nid, "system": system, "template": template, "unit": unit,
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


def PMO(nid, unit, author, role, time, secs, template="Besöksanteckning", **kw):
    return N(nid, unit, author, role, time, secs, template=template, system="PMO", **kw)


CASES = []


def _targets(spec):
    out = []
    for item in spec:
        code, _, nid = item.partition("@")
        out.append([code, nid or "n1"])
    return out


def C(name, ruleset, born, sex, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    stamps = []
    for n in notes:
        stamps.append(dt.datetime.fromisoformat(n["time"]))
        if n["signed"]:
            stamps.append(dt.datetime.fromisoformat(n["signed"]))
    as_of = dt.datetime.combine(max(stamps).date() + dt.timedelta(days=1), dt.time())
    record = {
        "patient": {"id": pnr(born, sex, name), "birth_date": born, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": notes,
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({"case": name, "ruleset": ruleset, "record": record,
                  "must": _targets(must), "must_not": _targets(must_not), "why": why})


# ================================================================ units
# Skåne, Melior (hospitals)
SUS_M_AKUT = sk("Akutmottagningen, Skånes universitetssjukhus Malmö", 1103)
SUS_L_NEURO = sk("Neurologimottagningen, Skånes universitetssjukhus Lund", 2214)
SUS_L_HUD = sk("Hudmottagningen, Skånes universitetssjukhus Lund", 2231)
HBG_ORTAKUT = sk("Ortopedakuten, Helsingborgs lasarett", 3120)
SUS_L_KARD = sk("Kardiologiska kliniken, avdelning 5, Skånes universitetssjukhus Lund", 2305)
SUS_L_LUNG = sk("Lungmottagningen, Skånes universitetssjukhus Lund", 2250)
SUS_M_KK = sk("Kvinnokliniken, Skånes universitetssjukhus Malmö", 1140)
CSK_BARN = sk("Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad", 4410)
SUS_M_MINNE = sk("Minnesmottagningen, Skånes universitetssjukhus Malmö", 1188)
SUS_L_INF = sk("Infektionsmottagningen, Skånes universitetssjukhus Lund", 2260)
HBG_URO = sk("Urologmottagningen, Helsingborgs lasarett", 3155)
SUS_L_OGON = sk("Ögonakuten, Skånes universitetssjukhus Lund", 2277)
HBG_ONH = sk("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", 3161)
YST_MED3 = sk("Medicinavdelning 3, Ystads lasarett", 5230)
TBG_FYSIO = sk("Fysioterapin, Trelleborgs lasarett", 5512)
SUS_L_SMARTA = sk("Smärtrehabilitering, Skånes universitetssjukhus Lund", 2290)
CSK_KIR = sk("Kirurgmottagningen, Centralsjukhuset Kristianstad", 4120)
SUS_L_REUMA = sk("Reumatologiska kliniken, Skånes universitetssjukhus Lund", 2310)
SUS_M_ENDO = sk("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", 1160)
SUS_L_HEMAT = sk("Hematologimottagningen, Skånes universitetssjukhus Lund", 2320)
HBG_KAVA = sk("Kirurgiska akutvårdsavdelningen, Helsingborgs lasarett", 3140)
SUS_M_DIET = sk("Dietistmottagningen, Skånes universitetssjukhus Malmö", 1195)
HBG_LOGO = sk("Logopedmottagningen, Helsingborgs lasarett", 3177)
CSK_AKUT = sk("Akutmottagningen, Centralsjukhuset Kristianstad", 4101)
SUS_M_ORTAKUT = sk("Ortopedakuten, Skånes universitetssjukhus Malmö", 1120)
TBG_ORT = sk("Ortopedmottagningen, Trelleborgs lasarett", 5520)
CSK_REUMA = sk("Reumatologmottagningen, Centralsjukhuset Kristianstad", 4175)
YST_AKUT = sk("Akutmottagningen, Ystads lasarett", 5201)
SUS_L_MEDAKUT = sk("Medicinakuten, Skånes universitetssjukhus Lund", 2202)
SUS_M_ENDOSKOPI = sk("Endoskopienheten, Skånes universitetssjukhus Malmö", 1172)
HBG_INF = sk("Infektionskliniken, Helsingborgs lasarett", 3190)
HBG_HJARTA = sk("Hjärtmottagningen, Helsingborgs lasarett", 3130)
YST_ORTAVD = sk("Ortopedavdelning 8, Ystads lasarett", 5240)
LKR_MED2 = sk("Medicinavdelning 2, Lasarettet i Landskrona", 6120)
SUS_M_LIPID = sk("Lipidmottagningen, Skånes universitetssjukhus Malmö", 1166)
HBG_NEURO = sk("Neurologimottagningen, Helsingborgs lasarett", 3182)
HBG_LUNG = sk("Lungmottagningen, Helsingborgs lasarett", 3150)
SUS_M_GASTRO = sk("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", 1150)
SUS_M_NEURO = sk("Neurologimottagningen, Skånes universitetssjukhus Malmö", 1181)
SUS_M_KIR = sk("Kirurgmottagningen, Skånes universitetssjukhus Malmö", 1130)
SUS_L_BARNONK = sk("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", 2340)
HBG_HUD = sk("Hudmottagningen, Helsingborgs lasarett", 3171)
SUS_L_GASTROKIR = sk("Gastrokirurgiska mottagningen, Skånes universitetssjukhus Lund", 2355)
CSK_KIRAVD = sk("Kirurgavdelning 6, Centralsjukhuset Kristianstad", 4130)
SUS_M_BROST = sk("Bröstmottagningen, Skånes universitetssjukhus Malmö", 1145)
SUS_M_UROONK = sk("Uro-onkologiska mottagningen, Skånes universitetssjukhus Malmö", 1156)
YST_KIR = sk("Kirurgmottagningen, Ystads lasarett", 5215)
SUS_M_RYGG = sk("Ryggmottagningen, Skånes universitetssjukhus Malmö", 1125)
SUS_L_ONK = sk("Onkologiska kliniken, Skånes universitetssjukhus Lund", 2360)
SUS_M_HEMAT = sk("Hematologimottagningen, Skånes universitetssjukhus Malmö", 1177)
SUS_M_INFAVD = sk("Infektionsavdelning 1, Skånes universitetssjukhus Malmö", 1199)
SUS_L_AKUT = sk("Akutmottagningen, Skånes universitetssjukhus Lund", 2201)
CSK_URO = sk("Urologmottagningen, Centralsjukhuset Kristianstad", 4160)
HBG_MED4 = sk("Medicinavdelning 4, Helsingborgs lasarett", 3105)
SUS_M_KIRAVD = sk("Kirurgavdelning 7, Skånes universitetssjukhus Malmö", 1135)
HBG_HUDAKUT = sk("Hudakuten, Helsingborgs lasarett", 3172)
# Skåne, PMO (primary care)
VC_KARRAKRA = sk("Vårdcentralen Kärråkra, Eslöv", 7011)
BVC_KRISTIANSTAD = sk("BVC, Vårdcentralen Centrum Kristianstad", 7022)
UM_MALMO = sk("Ungdomsmottagningen Malmö Centrum", 7033)
HSV_YSTAD = sk("Hemsjukvården, Vårdcentralen Ystad", 7044)
VC_STLARS = sk("Vårdcentralen Sankt Lars, Lund", 7055)
VC_BUNKEFLO = sk("Vårdcentralen Bunkeflo, Malmö", 7066)
VC_HASSLEHOLM = sk("Vårdcentralen Läkarhuset, Hässleholm", 7077)
VC_DALBY = sk("Vårdcentralen Dalby", 7088)
VC_HUSENSJO = sk("Vårdcentralen Husensjö, Helsingborg", 7099)
BVC_ANGELHOLM = sk("BVC, Vårdcentralen Ängelholm", 7110)
VC_TRELLEBORG = sk("Vårdcentralen Söderport, Trelleborg", 7121)
VC_HOOR = sk("Vårdcentralen Höör", 7132)
VC_STAFFANSTORP = sk("Rehabmottagningen, Vårdcentralen Staffanstorp", 7143)
VC_LIMHAMN = sk("Vårdcentralen Limhamn, Malmö", 7154)
VC_TOMELILLA = sk("Vårdcentralen Tomelilla", 7165)
VC_SJOBO = sk("Vårdcentralen Sjöbo", 7176)
UM_HBG = sk("Ungdomsmottagningen Helsingborg", 7187)
VC_SVEDALA = sk("Vårdcentralen Svedala", 7198)
VC_LINERO = sk("Vårdcentralen Linero, Lund", 7209)
VC_SKURUP = sk("Vårdcentralen Skurup", 7210)

# Västra Götaland, Melior (hospitals)
SU_OSTRA_AKUT = vg("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", 101)
NAL_AKUT = vg("Akutmottagningen, NÄL, Trollhättan", 202)
DSBUS_AKUT = vg("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", 303)
SAS_AKUT = vg("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", 404)
SAS_GASTRO = vg("Medicinmottagningen, gastroenterologi, Södra Älvsborgs Sjukhus Borås", 405)
NAL_ENDO = vg("Endokrinmottagningen, NÄL, Trollhättan", 206)
SKAS_LUNG = vg("Lungmottagningen, Skaraborgs Sjukhus Skövde", 507)
SU_HUD = vg("Hudmottagningen, Sahlgrenska Universitetssjukhuset", 108)
KUNG_MED = vg("Medicinmottagningen, Kungälvs sjukhus", 609)
SU_OSTRA_KIRAKUT = vg("Kirurgakuten, Sahlgrenska Universitetssjukhuset/Östra", 110)
SU_MOLNDAL_GER = vg("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", 111)
SU_PSYK = vg("Psykiatrisk öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", 112)
SU_OSTRA_INF31 = vg("Infektionsavdelning 31, Sahlgrenska Universitetssjukhuset/Östra", 113)
UDD_FYSIO = vg("Fysioterapimottagningen, Uddevalla sjukhus", 714)
ALI_MINNE = vg("Minnesmottagningen, Alingsås lasarett", 815)
SU_OSTRA_FORL = vg("Förlossningen, Sahlgrenska Universitetssjukhuset/Östra", 116)
SKAS_URO = vg("Urologmottagningen, Skaraborgs Sjukhus Skövde", 517)
SU_ONH_AKUT = vg("Öron-, näs- och halsakuten, Sahlgrenska Universitetssjukhuset", 118)
SU_NEURO_AVD = vg("Neurologiavdelningen, Sahlgrenska Universitetssjukhuset", 119)
KUNG_AKUT = vg("Akutmottagningen, Kungälvs sjukhus", 620)
ALI_AKUT = vg("Akutmottagningen, Alingsås lasarett", 821)
SKAS_MEDAKUT = vg("Medicinakuten, Skaraborgs Sjukhus Skövde", 522)
DSBUS_BARNKIR = vg("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", 323)
SU_REUMA = vg("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", 124)
NAL_BARNAKUT = vg("Barnakuten, NÄL, Trollhättan", 225)
SU_HEMAT = vg("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", 126)
LID_KIR = vg("Kirurgmottagningen, Lidköpings sjukhus", 927)
SU_GASTRO = vg("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", 128)
SU_ENDO = vg("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", 129)
SU_GYNONK = vg("Kvinnokliniken, gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", 130)
UDD_AKUT = vg("Akutmottagningen, Uddevalla sjukhus", 731)
SAS_HEMAT = vg("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", 432)
SU_OSTRA_INFMOTT = vg("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", 133)
LID_MED = vg("Medicinmottagningen, Lidköpings sjukhus", 934)
SU_MOLNDAL_AKUT = vg("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", 135)
SAS_KIRAKUT = vg("Kirurgakuten, Södra Älvsborgs Sjukhus Borås", 436)
SKAS_HJARTA = vg("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", 537)
NAL_STROKE = vg("Strokeenheten, NÄL, Trollhättan", 238)
ALI_ORT = vg("Ortopedmottagningen, Alingsås lasarett", 839)
UDD_REUMA = vg("Reumatologmottagningen, Uddevalla sjukhus", 740)
SAS_BROST = vg("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", 441)
KUNG_MED2 = vg("Medicinmottagningen, diabetes och hypertoni, Kungälvs sjukhus", 642)
SKAS_BARN = vg("Barn- och ungdomsmedicinska avdelningen, Skaraborgs Sjukhus Skövde", 543)
ALI_MED12 = vg("Medicinavdelning 12, Alingsås lasarett", 844)
KUNG_FYSIO = vg("Fysioterapin, Kungälvs sjukhus", 645)
SU_ONH_AVD = vg("Öron-, näs- och halskliniken, avdelning 131, Sahlgrenska Universitetssjukhuset", 146)
SU_BROST = vg("Bröstcentrum, Sahlgrenska Universitetssjukhuset", 147)
SU_NKIR = vg("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", 148)
KUNG_MED5 = vg("Medicinavdelning 5, Kungälvs sjukhus", 649)
DSBUS_BARNONK = vg("Barnonkologiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", 350)
ALI_KIR = vg("Kirurgmottagningen, Alingsås lasarett", 851)
SU_NEURO = vg("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", 152)
NAL_KK = vg("Kvinnokliniken, NÄL, Trollhättan", 253)
SKAS_LUNGAVD = vg("Lungmedicinska avdelningen, Skaraborgs Sjukhus Skövde", 554)
SU_MOLNDAL_MINNE = vg("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", 155)
SAS_URO = vg("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", 456)
SKAS_ONK = vg("Onkologimottagningen, Skaraborgs Sjukhus Skövde", 557)
UDD_MED = vg("Medicinmottagningen, Uddevalla sjukhus", 758)
SAS_KK = vg("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", 459)
UDD_ORT = vg("Ortopedmottagningen, Uddevalla sjukhus", 760)
SU_ONK = vg("Onkologimottagningen, Sahlgrenska Universitetssjukhuset", 161)
NAL_REUMA = vg("Reumatologmottagningen, NÄL, Trollhättan", 262)
SU_SAHL_AKUT = vg("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", 163)
SU_URO = vg("Urologmottagningen, Sahlgrenska Universitetssjukhuset", 164)
SKAS_KIR = vg("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", 565)
SAS_FYSIO = vg("Fysioterapin, Södra Älvsborgs Sjukhus Borås", 466)
SAS_ORT = vg("Ortopedmottagningen, Södra Älvsborgs Sjukhus Borås", 467)
DSBUS_BARNKIRAVD = vg("Barnkirurgiska avdelningen, Drottning Silvias barn- och ungdomssjukhus", 368)
SU_AFFEKTIVA = vg("Affektiva mottagningen, Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", 169)
SU_NPF = vg("Neuropsykiatriska utredningsenheten, Sahlgrenska Universitetssjukhuset", 170)
SU_SAHL_KIRAKUT = vg("Kirurgakuten, Sahlgrenska Universitetssjukhuset/Sahlgrenska", 171)
SAS_ONK = vg("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", 472)
SKAS_BARNMOTT = vg("Barn- och ungdomsmedicinska mottagningen, Skaraborgs Sjukhus Skövde", 573)
SU_MOLNDAL_GER3 = vg("Geriatriska kliniken, avdelning 3, Sahlgrenska Universitetssjukhuset/Mölndal", 174)
UDD_PSYK = vg("Psykiatriska öppenvårdsmottagningen, Uddevalla sjukhus", 775)
LID_AKUT = vg("Akutmottagningen, Lidköpings sjukhus", 976)
SAS_ONH = vg("Öron-, näs- och halsmottagningen, Södra Älvsborgs Sjukhus Borås", 477)


# ================================================================ Skåne, Melior: NL102 must
C("sk-akut-susp-appendicit-telegrafisk", "skane", "1998-05-14", "m",
  N("n1", SUS_M_AKUT, "Jonas Lindqvist", "läkare", "2024-02-11T22:40", [
      ("Kontaktorsak", "Buksmärta sedan igår kväll."),
      ("Anamnes", "Debut periumbilikalt, nu lokaliserad till hö fossa. Illamående, kräkts x2. Ingen diarré, aptitlös sedan i morse."),
      ("Status", "AT: opåverkad men rör sig försiktigt. Temp 38,1. Buk: mjuk, palpöm och släppöm i hö fossa, McBurney +, Rovsing +."),
      ("Lab", "CRP 54, LPK 13,8."),
      ("Bedömning", "Susp. appendicit. Kirjour kontaktad, pat fastande, DT buk beställd."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="telegraphic ER note: 'Susp. appendicit' in the Bedömning of an ordinary Melior note")

C("sk-neuro-mojlig-parkinson", "skane", "1951-09-03", "m",
  N("n1", SUS_L_NEURO, "Karin Ek", "läkare", "2024-04-09T10:15", [
      ("Anamnes", "Remitterad från vårdcentralen för skakningar i höger hand sedan drygt ett år. Hustrun har märkt att han tar kortare steg och att handstilen blivit mindre."),
      ("Status", "Vilotremor hö hand, lätt rigiditet hö arm med kugghjulsfenomen. Nedsatt medsving hö arm vid gång. Ingen ortostatisk blodtrycksreaktion."),
      ("Bedömning", "Möjlig idiopatisk Parkinsons sjukdom. DaTSCAN beställs, återbesök när undersökningen är gjord."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Möjlig' with the eponym Parkinsons sjukdom in a visible neurology note")

C("sk-hud-trol-basaliom", "skane", "1946-12-20", "f",
  N("n1", SUS_L_HUD, "Anders Holm", "läkare", "2024-05-16T13:20", [
      ("Anamnes", "Sår på vänster näsvinge som inte läker sedan i höstas, blöder ibland vid tvätt."),
      ("Status", "Vä ala nasi: 6 mm pärlemorglänsande papel med central krusta och telangiektasier. Dermatoskopi: arboriserande kärl."),
      ("Bedömning", "Trol. basaliom. Stansbiopsi tagen, svar inom tre veckor via brev."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="abbreviated hedge 'Trol.' before basaliom in a dermatology note (unsigned draft)")

C("sk-ortoped-scaphoideum-fragetecken", "skane", "2001-02-27", "m",
  N("n1", HBG_ORTAKUT, "Sara Nilsson", "läkare", "2024-01-20T16:05", [
      ("Aktuellt", "Föll på utsträckt hand i skatepark idag."),
      ("Status", "Ömhet i fossa tabatière och vid axiell kompression av tummen. Ingen felställning."),
      ("Rtg", "Handled fyra projektioner utan säker fraktur."),
      ("Bedömning", "Scaphoideumfraktur? Skafoidgips, ny rtg om 10–14 dagar på gipsmottagningen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="a question mark right after the diagnosis marks it uncertain")

C("sk-kardiologi-dd-perikardit", "skane", "1989-07-11", "m",
  N("n1", SUS_L_KARD, "Mikael Bergström", "läkare", "2024-03-04T02:30", [
      ("Anamnes", "Förkyld för en vecka sedan. Sedan igår bröstsmärta som förvärras i ryggläge och vid djupandning, lindras framåtlutad."),
      ("Status", "Cor: regelbunden rytm, svagt gnidningsljud vid vänster sternalrand. Pulm ua. BT 128/76."),
      ("EKG", "Utbredda konkava ST-höjningar, PR-sänkning i II och aVF."),
      ("Lab", "Hs-TnT 19, CRP 41."),
      ("Bedömning", "DD akut perikardit/myoperikardit. Eko imorgon, NSAID och kolkicin insätts."),
  ], template="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="'DD' (differential diagnosis) list in an admission note")

C("sk-lung-sarkoidos-kan-ej-uteslutas", "skane", "1979-10-02", "f",
  N("n1", SUS_L_LUNG, "Helena Sjöberg", "läkare", "2024-04-23T09:40", [
      ("Anamnes", "Torrhosta och trötthet sedan februari. Ömma röda knölar på smalbenen i mars, självläkt."),
      ("DT thorax", "Bilateral hiluslymfadenopati, perilymfatiska noduli i ovanlober."),
      ("Bedömning", "Sarkoidos kan ej uteslutas, men lymfom måste också övervägas. EBUS med provtagning bokas v. 18."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'kan ej uteslutas' is a hedge, not a negation")

C("sk-gyn-misstankt-endometrios", "skane", "1994-03-19", "f",
  N("n1", SUS_M_KK, "Linnea Persson", "läkare", "2024-06-12T11:10", [
      ("Anamnes", "Smärtsamma menstruationer sedan menarche, tilltagande senaste åren, nu även djup dyspareuni. Har provat p-piller utan effekt."),
      ("Gynstatus", "Ömhet i bakre fornix, fixerad retroflekterad uterus."),
      ("VUL", "3 cm cysta vä ovarium med homogent ground glass-eko."),
      ("Bedömning", "Misstänkt endometrios med endometriom vänster ovarium. MR lilla bäckenet och uppföljning på endometriosmottagningen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Misstänkt endometrios' in a gynaecology note")

C("sk-barn-misstankt-celiaki", "skane", "2017-01-25", "f",
  N("n1", CSK_BARN, "Erik Åberg", "läkare", "2024-02-28T14:00", [
      ("Anamnes", "Flicka, 7 år. Föräldrarna berättar om uppblåst mage, lös avföring och att hon inte ökat i vikt på ett år."),
      ("Status", "Vikt -1,5 SD, längd 0 SD. Buken lätt utspänd, mjuk. Övrigt ua."),
      ("Lab", "Transglutaminas-IgA 86 (ref <7), total-IgA normalt. Hb 108."),
      ("Bedömning", "Misstänkt celiaki. Remiss gastroskopi med duodenalbiopsier; hon ska äta gluten som vanligt fram till undersökningen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="child under 13 (guardians read the journal): hedged celiaki in a visible paediatric note")

C("sk-minnesmott-sannolikt-alzheimer", "skane", "1943-05-08", "f",
  N("n1", SUS_M_MINNE, "Per Olofsson", "läkare", "2024-05-02T10:30", [
      ("Bakgrund", "Remitterad från vårdcentral pga tilltagande minnesproblem sedan 2 år, enligt dottern."),
      ("Kognitiva tester", "MMSE 22/30, klocktest 3/6. Tydlig svikt i fördröjd återgivning."),
      ("DT hjärna", "Mediotemporal atrofi, måttliga vitsubstansförändringar."),
      ("Bedömning", "Sannolikt Alzheimers sjukdom, ev. blandform med vaskulär komponent. Uppföljning med lumbalpunktion för biomarkörer."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Sannolikt' before an eponymous dementia diagnosis")

C("sk-infektion-missankt-neuroborrelios-typo", "skane", "1967-08-30", "m",
  N("n1", SUS_L_INF, "Johanna Wik", "läkare", "2024-08-19T11:50", [
      ("Anamnes", "Fästingbett på sommarstället i juli. Sedan tre dagar hängande vänster mungipa, huvudvärk och bandformad smärta runt bröstryggen nattetid."),
      ("Status", "Perifer facialispares vänster, kan inte rynka pannan på vänster sida. Nackstel: ingen."),
      ("Bedömning", "Missänkt neuroborrelios. LP görs idag med celler och borreliaantikroppar i likvor och serum."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="typo 'Missänkt' for misstänkt before neuroborrelios")

C("sk-urologi-susp-prostatacancer", "skane", "1956-11-14", "m",
  N("n1", HBG_URO, "Olof Dahl", "läkare", "2024-03-13T08:45", [
      ("Anamnes", "Remiss från vårdcentral, PSA 14 vid hälsokontroll. Inga vattenkastningsbesvär av betydelse."),
      ("Status", "PR: prostata förstorad, hård knöl i höger lob, skarpt avgränsad."),
      ("Bedömning", "Susp. prostatacancer. MR prostata och därefter riktade biopsier."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Susp.' before a cancer diagnosis in a urology note")

C("sk-ogon-hortons-misstanks", "skane", "1948-06-02", "f",
  N("n1", SUS_L_OGON, "Sofia Lund", "läkare", "2024-01-09T15:30", [
      ("Anamnes", "Plötslig synnedsättning vänster öga sedan i morse. Tuggtrötthet i käken och ömhet i tinningen i två veckor."),
      ("Status", "Visus hö 0,8 vä 0,1. Blek och svullen papill vänster."),
      ("Lab", "SR 78, CRP 62."),
      ("Bedömning", "Arteriitisk AION vä, Hortons sjukdom misstänks. Startar högdos kortison idag, temporalisbiopsi bokas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="passive hedge 'misstänks' after the eponym Hortons sjukdom")

C("sk-onh-trol-vestibularisneurit-typo", "skane", "1985-04-21", "m",
  N("n1", HBG_ONH, "Maria Engström", "läkare", "2024-10-07T13:15", [
      ("Anamnes", "Akut insättande rotatorisk yrsel sedan igår morse, kräkningar, ingen hörselnedsättning eller tinnitus."),
      ("Status", "Spontannystagmus åt höger, positivt head impulse-test åt vänster. Normal hörsel vid stämgaffelprov. Ingen skew deviation."),
      ("Bedömning", "Trol. vestibularisnuerit vänster. Vestibulär rehabilitering via fysioterapeut, åter vid hörselpåverkan."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="typo in the diagnosis itself ('vestibularisnuerit') after 'Trol.'")

C("sk-avd-ssk-misstankt-uvi", "skane", "1936-02-17", "f",
  N("n1", YST_MED3, "Emma Karlsson", "sjuksköterska", "2024-11-02T03:20", [
      ("Observation", "Pat orolig och förvirrad i natt, plockar med täcket. Urinen grumlig och illaluktande. Temp 38,2, puls 98."),
      ("Åtgärd", "Urinsticka och odling tagen. Jourläkare kontaktad."),
      ("Bedömning", "Misstänkt urinvägsinfektion som orsak till förvirringen. Fortsatt tillsyn varje timme."),
  ], template="Omvårdnadsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="nurse's night note with a suspected UVI: the rule is not limited to doctors")

C("sk-fysio-trol-rotatorcuffruptur", "skane", "1962-09-09", "m",
  N("n1", TBG_FYSIO, "Lina Blom", "fysioterapeut", "2024-04-17T09:00", [
      ("Anamnes", "Föll från stege för sex veckor sedan, sedan dess svårt att lyfta höger arm över axelhöjd."),
      ("Status", "Aktiv flexion hö 90°, passivt fullt. Positivt drop arm-test, svaghet i utåtrotation."),
      ("Bedömning", "Trol. rotatorcuffruptur hö axel. Kontaktar remitterande läkare för ställningstagande till ultraljud och ortopedbedömning."),
  ], template="Fysioterapeutanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="physiotherapist's hedged structural diagnosis in a visible note")

C("sk-smarta-mojligt-crps", "skane", "1971-05-09", "f",
  N("n1", SUS_L_SMARTA, "Ahmed Karimi", "läkare", "2024-09-05T14:20", [
      ("Anamnes", "Distal radiusfraktur vänster i april, gipsbehandlad. Sedan gipset togs brännande smärta, svullnad och färgskiftningar i handen."),
      ("Status", "Vä hand varmare och blålila, glansig hud, allodyni vid lätt beröring. Nedsatt knytnävsgrepp."),
      ("Bedömning", "Möjligt komplext regionalt smärtsyndrom (CRPS typ 1) i vänster hand. Arbetsterapeut för desensibilisering, ställningstagande till bisfosfonat vid nästa besök."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Möjligt' before a pain-clinic diagnosis with abbreviation in parentheses")

C("sk-kir-misstankta-levermetastaser", "skane", "1955-01-30", "m",
  N("n1", CSK_KIR, "Gustav Hedlund", "läkare", "2024-06-20T10:50", [
      ("Bakgrund", "Opererad med höger hemikolektomi för koloncancer 2022, därefter uppföljning enligt vårdprogram."),
      ("DT buk", "Tre nytillkomna hypodensa leverlesioner, största 18 mm i segment 6, misstänkta metastaser."),
      ("Bedömning", "Tas upp på MDK torsdag; kompletterande MR lever beställd."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="the hedge sits in the imaging section, which is just as visible as Bedömning")

C("sk-reuma-mojlig-bechterew", "skane", "1990-05-05", "m",
  N("n1", SUS_L_REUMA, "Cecilia Falk", "läkare", "2024-02-14T13:40", [
      ("Anamnes", "Ländryggssmärta sedan fyra år, värst på morgonen med stelhet över en timme, bättre av rörelse. Vaknar av smärta andra halvan av natten."),
      ("Status", "Nedsatt lateralflexion, Schobers test 2 cm. Ömhet över SI-leder bilat."),
      ("Lab", "HLA-B27 positiv, CRP 14."),
      ("Bedömning", "Möjlig axial spondylartrit (Mb Bechterew). MR SI-leder och ländrygg beställs."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="hedged diagnosis with the eponym 'Mb Bechterew'")

C("sk-endo-cushing-typo", "skane", "1977-03-28", "f",
  N("n1", SUS_M_ENDO, "Fredrik Sandberg", "läkare", "2024-10-15T09:30", [
      ("Anamnes", "Viktuppgång 15 kg på ett år, lätt för blåmärken, svårbehandlad hypertoni."),
      ("Status", "Bukfetma, breda lila striae på buken, supraklavikulära fettkuddar."),
      ("Bedömning", "Misstanke om Cushings syndom. Dexametasonhämningstest och salivkortisol sent på kvällen."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Misstanke om' with a typo in the diagnosis ('syndom')")

C("sk-hemat-myelom-fragetecken", "skane", "1950-08-12", "m",
  N("n1", SUS_L_HEMAT, "Ingrid Strand", "läkare", "2024-07-03T11:15", [
      ("Remissorsak", "Anemi och M-komponent vid utredning av ryggvärk."),
      ("Lab", "Hb 98, M-komponent IgG-kappa 32 g/L, kreatinin 131, kalcium 2,71."),
      ("Bedömning", "Myelom? Benmärgsprov och helkropps-DT lågdos bokas under nästa vecka."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="bare 'Myelom?' as the assessment")

C("sk-kir-obs-ileus", "skane", "1941-04-04", "f",
  N("n1", HBG_KAVA, "Nils Wallin", "läkare", "2024-12-01T21:45", [
      ("Anamnes", "Tidigare laparotomi för perforerat ulcus. Kolikartade buksmärtor sedan i morse, kräkts gallfärgat x4, ingen gasavgång sedan igår."),
      ("Status", "Buken uttänd, tympanistisk, livliga metalliska tarmljud. Ingen peritonit."),
      ("Bedömning", "Obs ileus, trol. adherensbetingad. Sond, dropp, DT buk med peroral kontrast."),
  ], template="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="surgical shorthand 'Obs ileus, trol. adherensbetingad' is an unconfirmed diagnosis")

C("sk-dietist-hedge-intag-ej-diagnos", "skane", "1958-10-18", "m",
  N("n1", SUS_M_DIET, "Anna Björk", "dietist", "2024-03-27T10:00", [
      ("Bakgrund", "Remiss efter ventrikelresektion för GIST 2023. Diagnosen och behandlingen är väl kända för patienten."),
      ("Anamnes", "Äter små portioner, ca 5–6 mål per dag, dumpingkänsla efter söta drycker."),
      ("Vikt", "64,2 kg, stabil sedan förra besöket."),
      ("Bedömning", "Energiintaget trol. något lågt i förhållande till behovet. Ev. tillägg av energirik näringsdryck; utvärderas om sex veckor."),
  ], template="Dietistanteckning"),
  must_not=["NL102", "NL101"],
  why="dietitian's 'trol.'/'ev.' hedge an intake estimate and a plan, not a diagnosis")

C("sk-logoped-misstanke-myastenia", "skane", "1969-07-22", "f",
  N("n1", HBG_LOGO, "Karolina Mattsson", "logoped", "2024-09-18T13:30", [
      ("Anamnes", "Remiss för sväljsvårigheter och nasalt tal som tilltar under dagen och vid långa samtal."),
      ("Status", "Efter tio minuters läsning tilltagande hypernasalitet och sluddrigt tal. Fördröjd sväljreflex vid vatten, ingen hosta."),
      ("Bedömning", "Uttröttbarheten inger misstanke om myastenia gravis. Diskuterat med neurolog som tar över utredningen."),
  ], template="Logopedanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="speech therapist writes 'inger misstanke om' a neurological diagnosis")

C("sk-utkast-trol-pneumoni", "skane", "1952-02-02", "m",
  N("n1", CSK_AKUT, "Viktor Nyberg", "läkare", "2024-01-27T19:05", [
      ("Anamnes", "Feber och hosta med rostfärgade upphostningar sedan fyra dagar, andfådd i vila."),
      ("Status", "AF 26, saturation 91 % luft. Krepitationer basalt hö. Temp 39,0."),
      ("Lab", "CRP 212, LPK 16."),
      ("Bedömning", "Trol. pneumoni hö underlob, CRB-65 1. Läggs in på medicinavdelning, bensylpenicillin iv."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="unsigned draft (pre-signing): hedged pneumonia still flagged")

C("sk-lat-susp-fractura-colli", "skane", "1938-11-11", "f",
  N("n1", SUS_M_ORTAKUT, "Hampus Ek", "läkare", "2024-02-06T08:30", [
      ("Anamnes", "Halkat på isen utanför bostaden, kan inte belasta vänster ben."),
      ("Status", "Vä ben förkortat och utåtroterat, smärta vid rotation i höftled. Distalstatus ua."),
      ("Bedömning", "Susp. fractura colli femoris sin. Rtg höft och bäcken, smärtlindring, fastande inför ev. op."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Latin diagnosis after 'Susp.'")

C("sk-negation-sedan-hedge-korsband", "skane", "2003-06-15", "f",
  N("n1", TBG_ORT, "Lars Svensson", "läkare", "2024-03-19T10:40", [
      ("Anamnes", "Vridvåld i vänster knä vid fotbollsmatch för fem dagar sedan, hörde en smäll. Svullnade upp inom en timme."),
      ("Status", "Hemartros vä knä. Lachman svårbedömt pga smärta, ingen fast stopp. Ingen ledlinjeömhet."),
      ("Rtg", "Ingen fraktur."),
      ("Bedömning", "Ingen misstanke om fraktur. Främre korsbandsskada kan dock inte uteslutas, MR knä beställs och fysioterapi under tiden."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="negation covers only fraktur; the cruciate ligament injury stays hedged")

C("sk-inte-otankbart-ra", "skane", "1982-01-08", "f",
  N("n1", CSK_REUMA, "Emil Forsberg", "läkare", "2024-11-20T14:10", [
      ("Anamnes", "Morgonstelhet i händerna i en timme sedan i somras, svullna fingerleder periodvis."),
      ("Status", "Synovit i MCP 2–3 bilat, ömhet vid kompression av MTP-leder."),
      ("Lab", "RF negativ, anti-CCP inväntas. SR 32."),
      ("Bedömning", "Det är inte otänkbart att detta är en tidig reumatoid artrit. Återbesök när anti-CCP och ultraljud av händerna finns."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="litotes hedge 'inte otänkbart att' before a diagnosis")

C("sk-enrad-susp-zoster", "skane", "1960-10-31", "f",
  N("n1", HBG_HUDAKUT, "Oscar Lundgren", "läkare", "2024-05-03T11:05", [
      ("Bedömning", "Susp. herpes zoster Th5 vä, valaciklovir 7 d."),
  ], signed=10),
  must=["NL102"], must_not=["NL101"],
  why="one-line note: 'Susp. herpes zoster'")


# ================================================================ Skåne, Melior: NL102 must_not
C("sk-neg-ingen-misstanke-dvt", "skane", "1987-09-23", "f",
  N("n1", YST_AKUT, "Tobias Lindgren", "läkare", "2024-05-28T17:20", [
      ("Anamnes", "Ont i vänster vad sedan tennismatch igår, kände ett hugg vid en löpning."),
      ("Status", "Ömhet och lätt svullnad mediala gastrocnemius vä, inget ödem distalt. Homans neg."),
      ("Lab", "D-dimer <0,27."),
      ("Bedömning", "Muskelbristning i mediala gastrocnemius vänster. Ingen misstanke om DVT. Avlastning, kryckor några dagar."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Ingen misstanke om DVT' is negated; the stated diagnosis is certain")

C("sk-neg-lungemboli-uteslutes", "skane", "1974-12-12", "m",
  N("n1", SUS_L_MEDAKUT, "Amanda Holmgren", "läkare", "2024-07-14T23:10", [
      ("Anamnes", "Hugg i höger sida av bröstkorgen sedan två dagar, värre vid vridning och djupandning. Långbilresa förra veckan."),
      ("Status", "Palpationsöm över revben 6–7 hö lateralt. Pulm ua. Saturation 98 %."),
      ("Undersökningar", "DT-angio lungartärer utan embolier. Lungemboli uteslutes."),
      ("Bedömning", "Muskuloskeletal bröstsmärta. Hem med paracetamol, åter vid försämring."),
  ], signed=None),
  must_not=["NL102", "NL101"],
  why="'Lungemboli uteslutes' after a normal CT is a negated mention (unsigned draft)")

C("sk-neg-inga-tecken-malignitet-koloskopi", "skane", "1960-04-26", "f",
  N("n1", SUS_M_ENDOSKOPI, "Jakob Nordin", "läkare", "2024-09-10T10:20", [
      ("Indikation", "Positivt F-Hb i screeningprogrammet."),
      ("Fynd", "Koloskopi till caekum, god tarmrengöring. Rikligt med divertiklar i sigmoideum. Inga tecken på malignitet, inga polyper."),
      ("Bedömning", "Divertikulos i sigmoideum. Ingen ny koloskopi behövs inom screeningprogrammet."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Inga tecken på malignitet' — a normal result, negated")

C("sk-neg-typo-ingen-missanke-meningit", "skane", "1999-10-30", "m",
  N("n1", HBG_INF, "Rebecka Ahlström", "läkare", "2024-03-08T20:35", [
      ("Anamnes", "Feber och huvudvärk sedan två dagar, hosta, en kollega i samma arbetslag har influensa."),
      ("Status", "Opåverkad. Nackstel: ingen, Kernig neg. Inga petekier. Neurologiskt ua."),
      ("Lab", "Influensa A-PCR positiv. CRP 24."),
      ("Bedömning", "Influensa A. Ingen missanke om meningit. Hem med symtomatisk behandling."),
  ]),
  must_not=["NL102", "NL101"],
  why="typo in the negation cue ('Ingen missanke om meningit') — still negated")

C("sk-bekraftad-forsmaksflimmer-informerad", "skane", "1957-06-06", "m",
  N("n1", HBG_HJARTA, "Elin Wahlberg", "läkare", "2024-04-04T15:00", [
      ("Anamnes", "Hjärtklappning i attacker senaste halvåret, långtids-EKG beställt vid förra besöket."),
      ("Långtids-EKG", "Tre episoder av förmaksflimmer, längsta 6 timmar."),
      ("Bedömning", "Diagnos: paroxysmalt förmaksflimmer. CHA2DS2-VASc 2. Pat informerad om diagnosen och om strokerisken; apixaban insätts."),
  ]),
  must_not=["NL102", "NL101"],
  why="confirmed diagnosis, told to the patient: nothing to flag")

C("sk-hedge-ej-diagnos-hemgang", "skane", "1949-03-15", "f",
  N("n1", YST_ORTAVD, "Oskar Persson", "läkare", "2024-10-22T11:40", [
      ("Aktuellt", "Dag 2 efter höftprotesoperation vänster pga coxartros. Mobiliseras med gåbord, smärta VAS 3."),
      ("Status", "Förband torrt. Cirkulation och sensibilitet ua distalt."),
      ("Planering", "Trol. hemgång imorgon förmiddag om smärtan fortsatt är under kontroll. Ev. behov av toalettförhöjning, arbetsterapeut bedömer idag."),
  ], setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="'Trol.'/'Ev.' hedge discharge and aids, not a diagnosis")

C("sk-hedge-prov-hemolyserat", "skane", "1945-07-19", "m",
  N("n1", LKR_MED2, "Johan Eklund", "sjuksköterska", "2024-06-03T07:15", [
      ("Observation", "Morgonprover tagna. Kalium 6,1 men provet trol. hemolyserat enligt labbet."),
      ("Åtgärd", "Nytt prov taget med kortare venstas, svar inom en timme. Pat opåverkad, äter frukost."),
  ], template="Omvårdnadsanteckning", setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="'trol. hemolyserat' is about a sample, not a diagnosis")

C("sk-hereditet-farbror-mojligen", "skane", "1972-08-08", "m",
  N("n1", SUS_M_LIPID, "Hanna Lindblom", "läkare", "2024-02-21T09:15", [
      ("Hereditet", "Far hjärtinfarkt vid 52 års ålder. Farbror hade möjligen också hjärtsjukdom i unga år, men uppgifterna är osäkra."),
      ("Lab", "Totalkolesterol 7,9, LDL 5,4, TG 3,2."),
      ("Bedömning", "Blandad hyperlipidemi. Atorvastatin 40 mg insätts, ny lipidstatus om tre månader."),
  ]),
  must_not=["NL102", "NL101"],
  why="family history: 'möjligen' concerns the uncle, not the patient")

C("sk-tidigare-misstankt-epilepsi-avskriven", "skane", "1993-11-27", "f",
  N("n1", HBG_NEURO, "Ulrika Håkansson", "läkare", "2024-05-21T15:45", [
      ("Tidigare", "2018 utredd för misstänkt epilepsi efter ett krampanfall i samband med sömnbrist; EEG och MR normala och epilepsi avskrevs."),
      ("Aktuellt", "Återkommande pulserande huvudvärk med ljuskänslighet och illamående, föregås ibland av sicksackmönster i synfältet."),
      ("Bedömning", "Migrän med aura. Triptan vid anfall, huvudvärksdagbok."),
  ]),
  must_not=["NL102", "NL101"],
  why="past history: an old suspicion that was ruled out")

C("sk-th-mall-lungcancer-dold", "skane", "1953-01-17", "m",
  N("n1", HBG_LUNG, "Petra Dahlgren", "läkare", "2024-08-27T16:30", [
      ("Bedömning", "DT-bilden med spikulerad förändring i vänster ovanlob och förstorade mediastinala körtlar inger stark misstanke om lungcancer. Patienten ej informerad om misstanken i väntan på bronkoskopi; ska informeras när PAD finns."),
  ], template="Tidiga hypoteser"),
  must_not=["NL102", "NL101"],
  why="Skåne template Tidiga hypoteser is filtered: hedged and uncommunicated diagnosis is hidden")

C("sk-tidigare-misstanke-nu-bekraftad", "skane", "1988-02-09", "f",
  N("n1", SUS_M_GASTRO, "Martin Söderberg", "läkare", "2024-06-25T13:00", [
      ("Aktuellt", "Den celiaki som misstänktes vid förra besöket är nu bekräftad med duodenalbiopsi, Marsh 3b."),
      ("Bedömning", "Celiaki. Pat informerad om diagnosen och remitteras till dietist för glutenfri kost."),
  ]),
  must_not=["NL102", "NL101"],
  why="an earlier suspicion now settled and told: 'misstänktes' refers to the past")

C("sk-patientens-oro-ingen-klinisk-misstanke", "skane", "2000-09-14", "f",
  N("n1", SUS_M_NEURO, "Daniel Ström", "läkare", "2024-11-06T10:10", [
      ("Anamnes", "Pat orolig för MS efter att ha läst om stickningar på nätet. Pirrningar i fingrarna vid mobilanvändning, inga synbesvär."),
      ("Status", "Neurologstatus helt ua, normala reflexer och sensibilitet."),
      ("Bedömning", "Ingen klinisk misstanke om MS. Besvären bedöms ofarliga, ergonomiråd."),
  ]),
  must_not=["NL102", "NL101"],
  why="the patient's own worry plus an explicit 'ingen klinisk misstanke om'")


# ================================================================ Skåne, Melior: NL101
C("sk-nl101-kolon-pad-ej-informerad", "skane", "1951-05-13", "m",
  N("n1", SUS_M_KIR, "Therese Månsson", "läkare", "2024-04-08T15:40", [
      ("Provsvar", "PAD från koloskopin: måttligt differentierat adenokarcinom i colon ascendens."),
      ("Bedömning", "Pat ej informerad ännu; besked ges vid besök hos kolorektalkirurg 18/4. DT thorax-buk för stadieindelning beställd."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="confirmed cancer in a visible note while the patient has not been told")

C("sk-nl101-kll-ej-fatt-besked", "skane", "1947-10-01", "f",
  N("n1", SUS_L_HEMAT, "Gunnar Lindholm", "läkare", "2024-02-19T16:05", [
      ("Provsvar", "Flödescytometri av perifert blod: monoklonal B-cellspopulation CD5+/CD23+, 14 x 10^9/L. Diagnosen kronisk lymfatisk leukemi (KLL) är därmed fastställd."),
      ("Planering", "Patienten har inte fått besked ännu. Kallas till mottagningen inom två veckor för information; ingen behandlingsindikation i nuläget."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="'har inte fått besked ännu' with a settled leukaemia diagnosis visible (unsigned draft)")

C("sk-nl101-ms-ansvarig-neurolog", "skane", "1991-07-29", "f",
  N("n1", SUS_L_NEURO, "Björn Axelsson", "läkare", "2024-03-26T12:30", [
      ("MR", "Multipla periventrikulära och juxtakortikala lesioner samt en lesion i halsmärgen, två kontrastladdande."),
      ("Bedömning", "McDonald-kriterierna uppfyllda, diagnosen multipel skleros ställs. Pat är ännu inte informerad – ansvarig neurolog ger beskedet vid besöket på fredag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="MS diagnosis set in a visible note before the patient is told")

C("sk-nl101-telegrafisk-ej-meddelat", "skane", "1950-12-24", "m",
  N("n1", SUS_L_LUNG, "Viktoria Berg", "läkare", "2024-10-29T14:50", [
      ("Bronkoskopi", "PAD: skivepitelcancer hö ovanlobsbronk."),
      ("DT", "4 cm tumör hö ovanlob, förstorade körtlar i station 4R."),
      ("Bedömning", "Lungcancer, stadium minst IIIA. Ej meddelat pat. MDK 5/11."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="telegraphic 'Ej meddelat pat.' after a confirmed lung cancer")

C("sk-nl101-familjen-vill-inte", "skane", "1938-03-03", "f",
  N("n1", LKR_MED2, "Mattias Holm", "läkare", "2024-08-06T13:25", [
      ("Aktuellt", "DT buk i går visar tumör i pankreashuvudet med levermetastaser, bilden är typisk för pankreascancer."),
      ("Samtal", "Sonen och dottern ringer och önskar att mamma inte ska få veta diagnosen. Beslut att patienten inte informeras förrän familjemöte hållits på torsdag."),
  ], setting="slutenvård"),
  must=["NL101"],
  why="relatives ask that the patient not be told; the diagnosis is in the visible note")

C("sk-nl101-barn-foraldrar-ej-informerade", "skane", "2020-04-11", "m",
  N("n1", SUS_L_BARNONK, "Ebba Stenberg", "läkare", "2024-05-14T11:20", [
      ("Provsvar", "Benmärgsprov: 86 % lymfoblaster, immunfenotyp B-prekursor. Akut lymfatisk leukemi."),
      ("Planering", "Föräldrarna är ännu inte informerade. Samtal med båda föräldrarna kl 15 idag tillsammans med kontaktsjuksköterska."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="child aged 4: the guardians read the journal and have not been told the leukaemia diagnosis")

C("sk-nl101-typo-infomerad", "skane", "1975-06-30", "f",
  N("n1", HBG_HUD, "Oscar Lundgren", "läkare", "2024-07-25T09:50", [
      ("Provsvar", "PAD excision rygg: malignt melanom, superficiellt spridande, Breslow 1,8 mm, ulceration saknas."),
      ("Planering", "Pat ej infomerad om diagnosen, nås inte per telefon. Ny kontakt imorgon, utvidgad excision och portvaktskörtel planeras."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="typo 'infomerad' in the not-informed statement; melanoma visible")

C("sk-nl101-hedge-och-ej-informerad", "skane", "1958-09-16", "m",
  N("n1", SUS_L_GASTROKIR, "Sanna Eriksson", "läkare", "2024-09-24T15:15", [
      ("Bakgrund", "Ikterus sedan två veckor, viktnedgång."),
      ("DT", "3 cm lågattenuerande förändring i pankreashuvudet, dilaterad gallgång."),
      ("Bedömning", "Misstänkt pankreascancer. Pat ej informerad om fyndet i väntan på EUS med biopsi nästa vecka."),
  ]),
  must=["NL101", "NL102"],
  why="a hypothesis kept from the patient belongs in Tidiga hypoteser, not in a visible note")

C("sk-nl101-lekmanna-inte-berattat", "skane", "1944-12-05", "m",
  N("n1", CSK_KIRAVD, "Lotta Nyström", "läkare", "2024-12-10T10:30", [
      ("Rond", "Gastroskopisvaret har kommit: det är cancer i magsäcken."),
      ("Bedömning", "Vi har inte berättat det för honom än, eftersom han sov vid ronden och hustrun vill vara med. Samtal bokat i eftermiddag."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="plain lay wording: 'vi har inte berättat det för honom än'")

C("sk-nl101n-informerad-sansat", "skane", "1966-02-22", "f",
  N("n1", SUS_M_BROST, "Camilla Ljung", "läkare", "2024-03-15T14:30", [
      ("Provsvar", "Mellannålsbiopsi vänster bröst: invasiv bröstcancer NST, ER+, HER2-."),
      ("Samtal", "Pat informerad om att biopsin visar bröstcancer. Tog beskedet sansat, kontaktsjuksköterska närvarande och följer upp per telefon."),
  ]),
  must_not=["NL101", "NL102"],
  why="the patient has been told: no uncommunicated diagnosis")

C("sk-nl101n-maken-ej-informerad", "skane", "1955-10-10", "f",
  N("n1", SUS_M_UROONK, "Andreas Blomqvist", "läkare", "2024-05-07T11:05", [
      ("Bedömning", "Njurcellscancer vänster njure, 4 cm, ingen spridning. Informerat patienten om diagnosen och om planerad partiell nefrektomi."),
      ("Övrigt", "Hon vill själv berätta för maken, som ännu inte vet något; han är därför inte informerad av oss."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="the husband is not informed, the patient is (unsigned draft)")

C("sk-nl101n-ej-besked-om-operationsdatum", "skane", "1970-04-14", "m",
  N("n1", YST_KIR, "Elsa Berglund", "läkare", "2024-02-01T10:25", [
      ("Bedömning", "Ljumskbråck höger, känt sedan förra året och opereras planerat. Pat känner väl till diagnosen men har ännu inte fått besked om operationsdatum; kallelse skickas när tid finns."),
  ]),
  must_not=["NL101", "NL102"],
  why="not yet told the operation date, but the diagnosis is known to him")

C("sk-nl101n-normalt-svar-ej-nadd", "skane", "1983-01-21", "m",
  N("n1", SUS_M_RYGG, "Magnus Åkesson", "läkare", "2024-06-10T13:40", [
      ("Provsvar", "MR ländrygg utan anmärkning, inget diskbråck eller nervrotspåverkan."),
      ("Åtgärd", "Pat ej nådd per telefon och har alltså ännu inte fått besked om det normala svaret. Brev skickas idag."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="not informed of a normal result: there is no diagnosis to withhold")

C("sk-nl101n-th-mall-als", "skane", "1961-09-19", "m",
  N("n1", SUS_L_NEURO, "Tove Lindahl", "läkare", "2024-09-03T16:50", [
      ("Bedömning", "Fascikulationer i tre regioner och neurografi med denerveringstecken gör att ALS är trolig. Pat ej informerad om hypotesen; ny EMG om sex veckor innan den diskuteras med honom."),
  ], template="Tidiga hypoteser"),
  must_not=["NL101", "NL102"],
  why="uncommunicated hypothesis correctly placed in the filtered Tidiga hypoteser template")

C("sk-nl101n-besked-givet-igar", "skane", "1964-08-02", "f",
  N("n1", SUS_L_ONK, "Jenny Arvidsson", "läkare", "2024-11-12T09:30", [
      ("Aktuellt", "Ovarialcancer stadium IIIC. Pat fick besked om diagnosen igår av gynonkolog och kommer idag med sin syster för att diskutera cytostatikabehandling."),
      ("Planering", "Karboplatin och paklitaxel var tredje vecka, start nästa vecka. PAC-inläggning bokad."),
  ]),
  must_not=["NL101", "NL102"],
  why="the diagnosis was communicated the day before")


# ================================================================ Skåne: multi-note records
C("sk-multi-th-myelom-sedan-informerad", "skane", "1949-04-28", "m", [
    N("n1", SUS_M_HEMAT, "Peter Wiklund", "läkare", "2024-04-02T15:10", [
        ("Bedömning", "Hög M-komponent och osteolyser på DT gör att myelom är den ledande hypotesen. Patienten är inte informerad om misstanken innan benmärgsprovet är analyserat."),
    ], template="Tidiga hypoteser"),
    N("n2", SUS_M_HEMAT, "Peter Wiklund", "läkare", "2024-04-12T11:00", [
        ("Provsvar", "Benmärgsprov: 24 % klonala plasmaceller."),
        ("Bedömning", "Multipelt myelom. Informerat patienten idag om diagnosen och om planerad behandling med daratumumab-kombination."),
    ]),
  ],
  must_not=["NL101@n1", "NL102@n1", "NL101@n2", "NL102@n2"],
  why="the routine done right: hypothesis in Tidiga hypoteser, then a visible note once told")

C("sk-multi-inlaggning-pyelonefrit", "skane", "1990-02-13", "f", [
    N("n1", SUS_M_INFAVD, "Axel Forsman", "läkare", "2024-01-15T02:10", [
        ("Anamnes", "Sveda vid miktion i fyra dagar, sedan igår frossa och ont i höger flank."),
        ("Status", "Temp 39,4. Dunkömhet hö njurloge."),
        ("Bedömning", "Trol. pyelonefrit hö. Odlingar tagna, cefotaxim iv."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
    N("n2", SUS_M_INFAVD, "Moa Jönsson", "sjuksköterska", "2024-01-15T14:30", [
        ("Omvårdnad", "Feberfri efter paracetamol, dricker bra, mobiliseras själv. Urinproduktion tillfredsställande."),
    ], template="Omvårdnadsanteckning", setting="slutenvård"),
    N("n3", SUS_M_INFAVD, "Axel Forsman", "läkare", "2024-01-18T13:00", [
        ("Diagnos", "Akut pyelonefrit höger (N10.9), E. coli i urin och blododling."),
        ("Förlopp", "God effekt av iv antibiotika, byte till peroralt ciprofloxacin dag 3."),
        ("Uppföljning", "Ingen rutinmässig kontroll, åter vid ny feber."),
    ], template="Epikris", setting="slutenvård"),
  ],
  must=["NL102@n1"], must_not=["NL102@n2", "NL102@n3", "NL101@n3"],
  why="a stay: only the admission note is hedged; nursing note and discharge summary are not")

C("sk-multi-pmo-till-melior-dvt", "skane", "1967-03-06", "f", [
    PMO("n1", VC_LINERO, "Sven Holmberg", "läkare", "2024-10-14T10:20", [
        ("Anamnes", "Svullet och ömt höger ben sedan tre dagar efter lång bussresa."),
        ("Bedömning", "Misstänkt DVT höger ben. Remiss till akuten för ultraljud samma dag."),
    ]),
    N("n2", SUS_L_AKUT, "Ida Hallberg", "läkare", "2024-10-14T15:30", [
        ("Status", "Omkrets hö vad 3 cm större än vä, pittingödem."),
        ("Bedömning", "DVT kan inte uteslutas, ultraljud först imorgon. Tinzaparin i behandlingsdos ikväll."),
    ]),
  ],
  must=["NL102@n2"], must_not=["NL102@n1", "NL101@n2"],
  why="same hedge in PMO (never shown) and then in Melior (shown): only the Melior note fires")

C("sk-multi-ej-informerad-sedan-informerad", "skane", "1959-12-07", "m", [
    N("n1", CSK_URO, "Olle Rydberg", "läkare", "2024-02-12T16:00", [
        ("Provsvar", "PAD TUR-B: muskelinvasiv urotelial cancer, T2."),
        ("Planering", "Pat ännu ej informerad om svaret, besök bokat på onsdag."),
    ]),
    N("n2", CSK_URO, "Olle Rydberg", "läkare", "2024-02-14T10:45", [
        ("Samtal", "Pat och hustru informerade om att det rör sig om muskelinvasiv blåscancer. Cystektomi efter neoadjuvant behandling diskuterad."),
    ]),
  ],
  must=["NL101@n1"], must_not=["NL101@n2", "NL102@n1", "NL102@n2"],
  why="first note shows the cancer before it is told; the follow-up note records the telling")


# ================================================================ Skåne, PMO (diagnoses never shown)
C("pmo-vc-ssk-misstankt-cystit", "skane", "1952-07-07", "f",
  PMO("n1", VC_KARRAKRA, "Lisa Sundberg", "sjuksköterska", "2024-03-05T09:20", [
      ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar, ingen feber."),
      ("Bedömning", "Misstänkt okomplicerad cystit. Urinprov lämnas idag, läkare tar ställning till antibiotika."),
  ], template="Telefonkontakt"),
  must_not=["NL102"],
  why="PMO telephone note: hedged diagnosis is never visible in PMO")

C("pmo-bvc-misstankt-hoftinstabilitet", "skane", "2024-01-30", "m",
  PMO("n1", BVC_KRISTIANSTAD, "Maja Lindström", "sjuksköterska", "2024-04-02T10:00", [
      ("Undersökning", "Asymmetriska lårveck och inskränkt abduktion i vänster höft vid 8-veckorskontrollen."),
      ("Bedömning", "Misstänkt höftledsinstabilitet vänster. Remiss till barnortoped för ultraljud, föräldrarna informerade."),
  ], template="BVC-besök"),
  must_not=["NL102"],
  why="BVC (PMO) infant note with a suspected hip instability")

C("pmo-ungdomsmott-trol-klamydia", "skane", "2006-11-03", "f",
  PMO("n1", UM_MALMO, "Julia Nordqvist", "barnmorska", "2024-05-23T15:00", [
      ("Anamnes", "Ökade flytningar och lätt sveda sedan en vecka, ny partner i april, oskyddat samlag."),
      ("Bedömning", "Trol. klamydia. Provtagning gjord, smittspårning om positivt."),
  ]),
  must_not=["NL102"],
  why="youth clinic (PMO), patient 17: 'Trol. klamydia' not shown")

C("pmo-hemsjukvard-trol-pneumoni", "skane", "1932-12-01", "m",
  PMO("n1", HSV_YSTAD, "Katarina Öberg", "sjuksköterska", "2024-02-16T14:10", [
      ("Hembesök", "Pat med feber 38,6, rosslig andning och ökad trötthet sedan i går. Saturation 90 %."),
      ("Åtgärd", "Trol. pneumoni, jourläkare kontaktad som ordinerar amoxicillin. Anhöriga informerade om att höra av sig vid försämring."),
  ], template="Sjuksköterskeanteckning", setting="hemsjukvård"),
  must_not=["NL102"],
  why="home care (PMO) nurse's hedged pneumonia")

C("pmo-vc-dd-lista", "skane", "1976-06-18", "m",
  PMO("n1", VC_STLARS, "Eva Strömberg", "läkare", "2024-08-14T11:30", [
      ("Anamnes", "Brännande smärta i övre delen av magen, värre efter fet mat, vaknar ibland av den."),
      ("Bedömning", "DD gastrit, ulcus, gallstensbesvär. Helikobakter-test i avföring, ultraljud lever-gallvägar."),
  ]),
  must_not=["NL102"],
  why="PMO: a DD list is not shown to the patient")

C("pmo-vc-sannolkit-hypotyreos-typo", "skane", "1980-02-10", "f",
  PMO("n1", VC_BUNKEFLO, "Robert Isaksson", "läkare", "2024-07-01T10:50", [
      ("Lab", "TSH 9,8, fritt T4 11."),
      ("Bedömning", "Sannolkit hypotyreos, trol. Hashimoto. TPO-antikroppar och ny TSH om sex veckor."),
  ]),
  must_not=["NL102"],
  why="PMO with typo 'Sannolkit': hedge never visible in PMO")

C("pmo-vc-temporalisarterit-kan-ej-uteslutas", "skane", "1946-09-01", "f",
  PMO("n1", VC_HASSLEHOLM, "Nils Carlsson", "läkare", "2024-11-26T13:05", [
      ("Anamnes", "Ny huvudvärk i tinningarna sedan tre veckor, ömt att kamma håret."),
      ("Lab", "SR 64."),
      ("Bedömning", "Temporalisarterit kan ej uteslutas. Akut remiss till medicinkliniken, prednisolon 40 mg startas idag."),
  ]),
  must_not=["NL102"],
  why="PMO: 'kan ej uteslutas' is a hedge, but PMO never shows diagnoses")

C("pmo-th-mall-malignitet", "skane", "1968-04-16", "m",
  PMO("n1", VC_DALBY, "Anna-Karin Wester", "läkare", "2024-06-18T16:10", [
      ("Bedömning", "Anemi och viktnedgång hos storrökare väcker misstanke om malignitet i mag-tarmkanalen. Ej diskuterat med pat ännu; remiss gastroskopi och koloskopi skickad."),
  ], template="Tidiga hypoteser"),
  must_not=["NL102"],
  why="PMO Tidiga hypoteser template: hidden twice over")

C("pmo-vc-trol-utmattningssyndrom-typo", "skane", "1985-12-12", "f",
  PMO("n1", VC_HUSENSJO, "Jessica Andersson", "läkare", "2024-09-09T14:30", [
      ("Anamnes", "Sex månader hög arbetsbelastning, nu svårt att koncentrera sig, glömmer möten, sover dåligt och orkar inte umgås."),
      ("Bedömning", "Trol. utmattningssydrom, DD depression. Sjukskrivning 50 % två veckor, kontakt med kurator på vårdcentralen."),
  ]),
  must_not=["NL102"],
  why="PMO with typo 'utmattningssydrom' after 'Trol.'")

C("pmo-bvc-misstankt-komjolksallergi", "skane", "2023-12-05", "m",
  PMO("n1", BVC_ANGELHOLM, "Hanna Ek", "sjuksköterska", "2024-03-11T09:40", [
      ("Anamnes", "Föräldrarna berättar om mycket kräkningar, eksem på kinderna och slembelagd avföring sedan byte till modersmjölksersättning."),
      ("Bedömning", "Misstänkt komjölksproteinallergi. Tid hos BVC-läkare på torsdag, fortsatt amning där det går."),
  ], template="BVC-besök"),
  must_not=["NL102"],
  why="BVC (PMO) note with a suspected milk protein allergy")

C("pmo-vc-mojlig-pmr", "skane", "1950-05-30", "m",
  PMO("n1", VC_TRELLEBORG, "Karl Lindén", "läkare", "2024-04-25T11:00", [
      ("Anamnes", "Stel och värk i axlar och höfter på morgonen sedan en månad, svårt att ta på jackan."),
      ("Lab", "SR 48, CRP 36, CK normalt."),
      ("Bedömning", "Möjlig polymyalgia reumatika. Prednisolon 15 mg, ny kontroll om en vecka för att värdera effekten."),
  ], signed=None),
  must_not=["NL102"],
  why="PMO: 'Möjlig' + Latin diagnosis (unsigned draft)")

C("pmo-vc-telefon-susp-erythema-migrans", "skane", "1978-08-04", "f",
  PMO("n1", VC_HOOR, "Sofie Åström", "sjuksköterska", "2024-07-29T08:40", [
      ("Kontaktorsak", "Rodnad runt fästingbett på låret sedan fem dagar, växer och är nu 7 cm."),
      ("Bedömning", "Susp. erythema migrans. Bokas till läkare idag för bedömning och ev. antibiotika."),
  ], template="Telefonkontakt"),
  must_not=["NL102"],
  why="PMO telephone triage with 'Susp.'")

C("pmo-vc-fysio-trol-lumbago", "skane", "1991-03-31", "m",
  PMO("n1", VC_STAFFANSTORP, "Simon Berg", "fysioterapeut", "2024-01-23T08:15", [
      ("Anamnes", "Akut ryggskott när han lyfte en låda igår. Ingen utstrålning, normal blås- och tarmfunktion."),
      ("Bedömning", "Trol. lumbago utan nervrotspåverkan. Råd om att hålla sig i rörelse, hemövningar."),
  ], template="Fysioterapeutanteckning"),
  must_not=["NL102"],
  why="primary care physiotherapist in PMO: hedge not visible")

C("pmo-dietist-mojlig-laktosintolerans", "skane", "1997-10-28", "f",
  PMO("n1", VC_LIMHAMN, "Elin Kvist", "dietist", "2024-02-26T13:20", [
      ("Anamnes", "Gaser och lös avföring efter mjölkprodukter, men tål hårdost."),
      ("Bedömning", "Symtombilden talar för möjlig laktosintolerans. Provar laktosfri kost i två veckor och för matdagbok."),
  ], template="Dietistanteckning"),
  must_not=["NL102"],
  why="PMO dietitian's 'möjlig' diagnosis")

C("pmo-vc-utkast-fragetecken-celiaki", "skane", "1963-11-08", "f",
  PMO("n1", VC_TOMELILLA, "Mohammed Saleh", "läkare", "2024-12-03T15:55", [
      ("Lab", "Hb 96, MCV 72, ferritin 5."),
      ("Bedömning", "Järnbristanemi, ? celiaki DD tarmblödning. Transglutaminas och remiss koloskopi."),
  ], signed=None),
  must_not=["NL102"],
  why="unsigned PMO draft with '? celiaki' and DD")

C("pmo-vc-ej-informerad-prostatacancer", "skane", "1957-01-19", "m",
  PMO("n1", VC_SJOBO, "Lena Hellström", "läkare", "2024-08-20T16:40", [
      ("Provsvar", "PSA 48 vid kontroll, DT visar skelettförändringar som inger misstanke om metastaserad prostatacancer."),
      ("Planering", "Pat ej informerad ännu, nås på telefon imorgon. Remiss urolog enligt standardiserat vårdförlopp."),
  ]),
  must_not=["NL102"],
  why="PMO: hedged and uncommunicated, but NL102 never fires on PMO (NL101 not asserted)")

C("pmo-ungdomsmott-misstankt-atstorning", "skane", "2007-04-22", "f",
  PMO("n1", UM_HBG, "Tilda Lund", "sjuksköterska", "2024-10-01T15:30", [
      ("Samtal", "Har gått ner 7 kg sedan sommaren, räknar kalorier, tränar varje dag och mår dåligt om hon missar ett pass. Menstruationen har uteblivit i tre månader."),
      ("Bedömning", "Misstänkt ätstörning, trol. anorexia nervosa. Hon går med på remiss till ätstörningsenheten; tid till läkare för somatisk kontroll."),
  ]),
  must_not=["NL102"],
  why="youth clinic (PMO), patient 17: suspected eating disorder not shown")

C("pmo-vc-diabetes-fragetecken", "skane", "1961-06-24", "m",
  PMO("n1", VC_SVEDALA, "Per-Erik Jansson", "sjuksköterska", "2024-05-13T09:10", [
      ("Mätning", "Fasteglukos 7,4 vid hälsokontroll, tidigare 6,8."),
      ("Bedömning", "Diabetes typ 2? Ny fasteglukos och HbA1c bokas, läkarbesök därefter."),
  ]),
  must_not=["NL102"],
  why="PMO nurse note with 'Diabetes typ 2?'")


# ================================================================ VGR, Melior: NL102 must
C("vgr-akut-susp-uretarsten", "vgr", "1981-08-17", "m",
  N("n1", SU_OSTRA_AKUT, "Elias Johansson", "läkare", "2024-03-02T04:15", [
      ("Anamnes", "Vaknade kl 02 av intensiv smärta i vänster flank som strålar mot ljumsken, kan inte ligga still."),
      ("Status", "Dunkömhet vä njurloge, buk mjuk. Afebril."),
      ("Urinsticka", "Blod 3+, nitrit neg."),
      ("Bedömning", "Susp. uretärsten vänster. Diklofenak iv, DT urinvägar utan kontrast."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="VGR ER note: 'Susp. uretärsten' in a visible section")

C("vgr-akut-susp-urosepsis", "vgr", "1940-10-10", "m",
  N("n1", NAL_AKUT, "Jenny Holm", "läkare", "2024-06-09T22:50", [
      ("Anamnes", "Inneliggande KAD sedan prostataproblem. Frossa och förvirring sedan eftermiddagen."),
      ("Status", "Temp 39,8, BT 92/55, puls 118, AF 24. Grumlig urin i påsen."),
      ("Bedömning", "Susp. sepsis med urinvägsfokus. Blododlingar x2, pip-tazo, vätska, KAD byts. Läggs på IMA."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Susp. sepsis' with focus in a telegraphic ER note")

C("vgr-barn-misstankt-kawasaki-typo", "vgr", "2021-03-15", "f",
  N("n1", DSBUS_AKUT, "Anton Sjöström", "läkare", "2024-04-19T18:30", [
      ("Anamnes", "Flicka 3 år med feber i sex dagar trots paracetamol. Mamma har sett röda ögon och att händerna svullnat."),
      ("Status", "Injicerade konjunktiver utan sekret, jordgubbstunga, spruckna läppar, erytem och ödem i handflator. Förstorad körtel vä halssida 2 cm."),
      ("Bedömning", "Misstänkt Kawazakis sjukdom. Läggs in, ekokardiografi imorgon, IVIG diskuteras med bakjour."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="child aged 3 (guardians read): misspelt eponym 'Kawazakis' after 'Misstänkt'")

C("vgr-akut-trol-bells-pares", "vgr", "1986-12-29", "f",
  N("n1", SAS_AKUT, "Rasmus Lindberg", "läkare", "2024-02-23T13:00", [
      ("Anamnes", "Vaknade i morse med hängande höger mungipa och kan inte blunda helt med höger öga. Lite ont bakom örat igår."),
      ("Status", "Perifer facialispares hö, påverkar även pannan. Övrigt neurologstatus ua. Inga blåsor i hörselgången."),
      ("Bedömning", "Trol. Bells pares. Prednisolon tio dagar, ögonskydd nattetid; åter om andra symtom tillkommer."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="eponym 'Bells pares' after 'Trol.' (unsigned draft)")

C("vgr-gastro-misstankt-mb-crohn", "vgr", "2002-07-01", "m",
  N("n1", SAS_GASTRO, "Ellen Fors", "läkare", "2024-05-15T10:45", [
      ("Anamnes", "Diarré 4–6 gånger per dag sedan fyra månader, buksmärta i höger fossa och viktnedgång 6 kg. Perianal fistel opererad i vintras."),
      ("Lab", "Kalprotektin 1 250, CRP 38, Hb 112."),
      ("Bedömning", "Misstänkt Mb Crohn med ileocekal lokalisation. Ileokoloskopi och MR tunntarm beställs."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Misstänkt Mb Crohn' with the 'Mb' abbreviation")

C("vgr-endo-misstankt-de-quervain", "vgr", "1973-09-05", "f",
  N("n1", NAL_ENDO, "Magnus Olsson", "läkare", "2024-10-22T09:15", [
      ("Anamnes", "Ont på framsidan av halsen som strålar mot käken, hjärtklappning och svettningar sedan två veckor efter en förkylning."),
      ("Status", "Mycket palpationsöm, lätt förstorad tyreoidea. Puls 104."),
      ("Lab", "TSH <0,01, fritt T4 38, SR 72."),
      ("Bedömning", "Misstänkt subakut tyreoidit (de Quervain). Scintigrafi bokas, betablockerare och NSAID under tiden."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="hedged thyroiditis with an eponym in parentheses")

C("vgr-lung-ev-kol", "vgr", "1958-02-18", "m",
  N("n1", SKAS_LUNG, "Louise Wikström", "läkare", "2024-01-31T14:20", [
      ("Anamnes", "Rökt 40 paketår. Tilltagande andfåddhet i backar och morgonhosta med slem sedan flera år."),
      ("Status", "Förlängt expirium, spridda ronki."),
      ("Bedömning", "Ev. KOL. Dynamisk spirometri med reversibilitetstest bokas, rökstopp diskuterat och erbjudet stöd."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Ev.' before a diagnosis abbreviation (KOL)")

C("vgr-hud-misstankt-melanom", "vgr", "1963-05-25", "m",
  N("n1", SU_HUD, "Sara Hammar", "läkare", "2024-06-27T11:35", [
      ("Anamnes", "Frun har sett att en prick på ryggen växt och blivit mörkare sedan i vintras."),
      ("Status", "Interskapulärt 9 mm asymmetrisk pigmenterad lesion med flera färger och oregelbunden kant. Dermatoskopi: atypiskt nätverk, regressionsområden."),
      ("Bedömning", "Misstänkt malignt melanom. Excision med 2 mm marginal på operationsmottagningen nästa vecka."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="suspected melanoma in a visible dermatology note (unsigned draft)")

C("vgr-med-hjartsvikt-fragetecken", "vgr", "1944-03-12", "f",
  N("n1", KUNG_MED, "Henrik Blom", "läkare", "2024-11-05T13:30", [
      ("Anamnes", "Svullna ben sedan en månad, andfådd vid påklädning, sover med tre kuddar."),
      ("Status", "Halsvenstas, basala rassel bilat, pittingödem till knäna."),
      ("Lab", "NT-proBNP 2 100."),
      ("Bedömning", "Hjärtsvikt? UCG bokas inom två veckor, furosemid 40 mg insätts."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Hjärtsvikt?' as the assessment")

C("vgr-kir-kolecystit-kan-ej-uteslutas", "vgr", "1979-11-20", "f",
  N("n1", SU_OSTRA_KIRAKUT, "Patrik Sund", "läkare", "2024-08-03T15:10", [
      ("Anamnes", "Smärta under höger arcus sedan 14 timmar efter en fet middag, kräkts."),
      ("Status", "Murphys tecken positivt. Temp 37,9."),
      ("Lab", "CRP 87, LPK 12,1, leverprover ua."),
      ("Bedömning", "Akut kolecystit kan ej uteslutas. Ultraljud lever och gallvägar i morgon bitti, fastande."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'kan ej uteslutas' after the diagnosis")

C("vgr-geriatrik-trol-delirium", "vgr", "1935-06-13", "m",
  N("n1", SU_MOLNDAL_GER, "Annika Rosén", "läkare", "2024-02-08T11:20", [
      ("Aktuellt", "Enligt personalen fluktuerande vakenhet sedan igår, sover dagtid och är uppe och vandrar nattetid. Ser insekter på väggen."),
      ("Status", "Ouppmärksam, kan inte räkna baklänges från 20. Ingen fokal neurologi."),
      ("Bedömning", "Trol. delirium, utlösande faktor ännu oklar. Läkemedelsgenomgång, urinodling och blodprover, sätter ut oxikodon."),
  ], setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="geriatric ward: 'Trol. delirium'")

C("vgr-psyk-misstankt-schizofreni", "vgr", "2000-01-09", "m",
  N("n1", SU_PSYK, "Lovisa Ek", "läkare", "2024-03-21T15:00", [
      ("Anamnes", "Föräldrarna kontaktade mottagningen pga att sonen isolerat sig sedan i höstas, slutat på universitetet och pratar om att grannarna avlyssnar honom."),
      ("Psykiskt status", "Avvaktande, misstänksam. Beskriver tankeutsändning och att TV:n skickar budskap till honom. Inga suicidtankar."),
      ("Bedömning", "Misstänkt debuterande schizofreni, DD drogutlöst psykos. Drogscreening, kontakt med teamet för tidiga insatser."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="adult psychiatry outpatient note (VGR): suspected schizophrenia with DD")

C("vgr-ssk-misstankt-clostridioides", "vgr", "1947-08-21", "f",
  N("n1", SU_OSTRA_INF31, "Fatima Yousef", "sjuksköterska", "2024-09-14T06:40", [
      ("Omvårdnad", "Sju vattentunna avföringar sedan kvällen, behandlas med klindamycin sedan en vecka."),
      ("Åtgärd", "Misstänkt clostridioides difficile-diarré, pat isolerad på eget rum med egen toalett i väntan på provsvar. Avföringsprov skickat."),
  ], template="Omvårdnadsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="nurse's hedged infection diagnosis in the Åtgärd section")

C("vgr-fysio-misstanke-cauda-equina", "vgr", "1976-04-07", "m",
  N("n1", UDD_FYSIO, "Jonna Bergqvist", "fysioterapeut", "2024-05-06T10:30", [
      ("Anamnes", "Känd ländryggssmärta sedan tre veckor. Sedan igår domning i skrevet och svårt att starta vattenkastningen."),
      ("Status", "Nedsatt sensibilitet perianalt bilat, svaghet i plantarflexion bilat."),
      ("Bedömning", "Misstanke om cauda equina-syndrom. Pat skickad direkt till akuten för MR, jourhavande ortoped informerad per telefon."),
  ], template="Fysioterapeutanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="physiotherapist: 'Misstanke om' an eponymous syndrome")

C("vgr-at-mojlig-demenssjukdom", "vgr", "1941-01-28", "f",
  N("n1", ALI_MINNE, "Malin Fredriksson", "arbetsterapeut", "2024-10-09T13:45", [
      ("Bakgrund", "Hembesök inför utredning på minnesmottagningen."),
      ("Observation", "Svårt att planera matlagning i rätt ordning, har glömt plattan på två gånger enligt maken. Hittar inte i egna skåp."),
      ("Bedömning", "Aktivitetsförmågan talar för möjlig demenssjukdom av måttlig grad. Förslag om spisvakt, rapporterat till läkaren inför teambedömning."),
  ], template="Arbetsterapeutanteckning"),
  must=["NL102"], must_not=["NL101"],
  why="occupational therapist writes 'möjlig demenssjukdom'")

C("vgr-forlossning-misstankt-preeklampsi", "vgr", "1993-12-16", "f",
  N("n1", SU_OSTRA_FORL, "Hedda Lindqvist", "barnmorska", "2024-07-20T01:10", [
      ("Aktuellt", "Förstföderska v. 36+2, söker för huvudvärk och flimmer för ögonen."),
      ("Status", "BT 152/101 och 148/98 med 15 minuters mellanrum. Proteinuri 2+. Reflexer livliga."),
      ("Bedömning", "Misstänkt preeklampsi. Jourhavande obstetriker tillkallad, prover och CTG pågår."),
  ], template="Barnmorskeanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="midwife's hedged diagnosis on the labour ward")

C("vgr-uro-trolig-njurcellscancer", "vgr", "1955-02-02", "m",
  N("n1", SKAS_URO, "Hugo Almqvist", "läkare", "2024-04-11T14:15", [
      ("Aktuellt", "Makrohematuri för tre veckor sedan, utreds enligt standardiserat vårdförlopp."),
      ("DT urinvägar", "5 cm kontrastladdande solid expansivitet i höger njures nedre pol, inga tecken på metastasering."),
      ("Bedömning", "Trolig njurcellscancer höger. Tas upp på uro-MDK för ställningstagande till nefrektomi."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Trolig' before a cancer diagnosis; a negated spread alongside")

C("vgr-onh-misstankt-peritonsillit", "vgr", "1997-05-19", "m",
  N("n1", SU_ONH_AKUT, "Klara Nyqvist", "läkare", "2024-12-14T19:20", [
      ("Anamnes", "Halsont sedan fem dagar, nu svårt att gapa och svälja saliv. Talar med grötig röst."),
      ("Status", "Trismus två fingrar. Buktande vänster gombåge, uvula deviert åt höger."),
      ("Bedömning", "Misstänkt peritonsillit vänster. Punktion planeras, antibiotika iv och smärtlindring."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="ENT emergency: suspected peritonsillar abscess")

C("vgr-neuro-susp-guillain-barre", "vgr", "1984-08-08", "m",
  N("n1", SU_NEURO_AVD, "Sebastian Falk", "läkare", "2024-01-12T20:40", [
      ("Anamnes", "Magsjuk för två veckor sedan. Sedan fyra dagar stickningar i fötter och händer och tilltagande svaghet i benen, nu svårt att gå i trappor."),
      ("Status", "Arefleksi i underbenen, distal svaghet 4-/5 i benen, vitalkapacitet 3,1 L."),
      ("Bedömning", "Susp. Guillain-Barrés syndrom. LP och neurografi imorgon, VK-mätning var fjärde timme."),
  ], template="Inskrivningsanteckning", setting="slutenvård"),
  must=["NL102"], must_not=["NL101"],
  why="hyphenated eponym after 'Susp.'")

C("vgr-latin-susp-erysipelas-dd", "vgr", "1959-11-04", "f",
  N("n1", KUNG_AKUT, "Oskar Malm", "läkare", "2024-08-26T12:05", [
      ("Status", "Crus dx: rodnad, värmeökning och svullnad med skarp kant, lymfangit upp mot knät. Temp 38,4."),
      ("Bedömning", "Susp. erysipelas cruris dx, DD djup ventrombos. D-dimer tas, kloxacillin."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="Latin 'erysipelas cruris dx' after 'Susp.' plus a DD")

C("vgr-lekmanna-troligen-magsjuka", "vgr", "1995-02-14", "f",
  N("n1", ALI_AKUT, "Viktor Hellberg", "läkare", "2024-01-05T23:55", [
      ("Anamnes", "Kräkts ett tiotal gånger sedan eftermiddagen och har haft vattniga diarréer. Flera på arbetsplatsen har varit sjuka samma vecka."),
      ("Status", "Torra slemhinnor, buk mjuk och oöm."),
      ("Bedömning", "Troligen magsjuka av vinterkräksjuketyp. Vätska iv, hem när hon dricker själv."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="lay diagnosis 'magsjuka' after 'Troligen'")

C("vgr-typo-trolgi-pneumoni", "vgr", "1949-07-30", "m",
  N("n1", SKAS_MEDAKUT, "Ida Nordström", "läkare", "2024-03-29T17:45", [
      ("Anamnes", "Hosta och feber i fem dagar, tilltagande andfåddhet."),
      ("Status", "Dämpning och bronkiell andning basalt vä. Sat 93 %."),
      ("Bedömning", "Trolgi pneumoni vänster underlob. Rtg thorax, odlingar, bensylpenicillin."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="typo 'Trolgi' for trolig")

C("vgr-barn-typo-misstannkt-blindtarm", "vgr", "2015-03-03", "m",
  N("n1", DSBUS_BARNKIR, "Linda Sandström", "läkare", "2024-06-15T16:30", [
      ("Anamnes", "Pojke 9 år med magont sedan igår, började kring naveln, nu ont nere till höger. Vill inte hoppa."),
      ("Status", "Temp 38,0. Lokal ömhet och muskelförsvar i hö fossa."),
      ("Bedömning", "Misstännkt blindtarmsinflammation. Ultraljud buk, fastande, barnkirurg bedömer efter svaret."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="child aged 9: typo 'Misstännkt' with the lay word blindtarmsinflammation")

C("vgr-differentialdiagnos-reaktiv-artrit", "vgr", "1992-10-21", "m",
  N("n1", SU_REUMA, "Johan Wester", "läkare", "2024-02-29T10:10", [
      ("Anamnes", "Svullet höger knä och vänster fotled sedan tio dagar. Hade diarré efter en resa för en månad sedan."),
      ("Status", "Artrit hö knä och vä fotled, hälseneinfästningen öm."),
      ("Bedömning", "Oligoartrit. Differentialdiagnos: reaktiv artrit efter tarminfektion. Ledvätska till odling och kristaller."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="spelled-out 'Differentialdiagnos:'")

C("vgr-barn-fragetecken-fore-pneumoni", "vgr", "2019-01-23", "m",
  N("n1", NAL_BARNAKUT, "Theo Lund", "läkare", "2024-11-30T21:10", [
      ("Anamnes", "Feber i tre dagar, hosta och snabb andning. Äter och dricker mindre."),
      ("Status", "AF 38, indragningar, nedsatt andningsljud hö bas. Sat 94 %."),
      ("Bedömning", "?Pneumoni hö. Rtg thorax, CRP, syrgas vid behov."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="child aged 5: leading question mark '?Pneumoni'")

C("vgr-hemat-inger-misstanke-lymfom", "vgr", "1971-06-06", "m",
  N("n1", SU_HEMAT, "Maria Ahlberg", "läkare", "2024-06-04T13:55", [
      ("Anamnes", "Nattsvettningar och viktnedgång 8 kg, förstorade körtlar på halsen sedan två månader."),
      ("Status", "Flera 2–3 cm fasta, oömma körtlar bilat på halsen och i vänster axill."),
      ("Bedömning", "Bilden inger misstanke om lymfom. Excision av halskörtel och PET-DT bokas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'inger misstanke om lymfom'")

C("vgr-utkast-trol-analfissur", "vgr", "1987-02-17", "f",
  N("n1", LID_KIR, "Gustaf Lindström", "läkare", "2024-08-13T11:25", [
      ("Anamnes", "Färskt blod på pappret vid toalettbesök i två veckor, svider efter avföring."),
      ("Status", "Inspektion: liten spricka kl 6 i litotomiläge. Proktoskopi: hemorrojder grad II."),
      ("Bedömning", "Trol. analfissur, DD blödande hemorrojder. Bulkmedel och lokalbehandling, återbesök om sex veckor."),
  ], signed=None),
  must=["NL102"], must_not=["NL101"],
  why="unsigned VGR draft with a hedged diagnosis and DD")

C("vgr-th-sokord-plus-hedge-i-bedomning", "vgr", "1954-10-15", "m",
  N("n1", SU_GASTRO, "Camilla Rask", "läkare", "2024-09-19T14:05", [
      ("Anamnes", "Viktnedgång och fettglänsande lös avföring sedan våren, hög alkoholkonsumtion tidigare."),
      ("Tidiga hypoteser", "Förhöjt CA 19-9 och diffus smärta i ryggen väcker oro för en pankreastumör; ej diskuterat med patienten."),
      ("Bedömning", "Trol. kronisk pankreatit med exokrin svikt. Enzymsubstitution, DT pankreas."),
  ]),
  must=["NL102"],
  why="the Tidiga hypoteser sökord hides only its own section; the hedge in Bedömning is visible")

C("vgr-endo-fragestallning-feokromocytom", "vgr", "1983-03-23", "f",
  N("n1", SU_ENDO, "Robin Axelsson", "läkare", "2024-07-09T10:40", [
      ("Anamnes", "Attacker med huvudvärk, hjärtklappning och svettningar, blodtryck upp till 210/120 vid attack."),
      ("Lab", "P-metoxikatekolaminer förhöjda, normetanefrin 3 ggr övre ref."),
      ("Åtgärd", "Remiss DT binjurar. Frågeställning: feokromocytom?"),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="referral question 'feokromocytom?' written in the visible note")

C("vgr-gynonk-mojligt-lokalrecidiv", "vgr", "1952-12-30", "f",
  N("n1", SU_GYNONK, "Eva Sandell", "läkare", "2024-10-24T09:00", [
      ("Bakgrund", "Endometriecancer opererad 2021, därefter kontroller utan anmärkning."),
      ("Aktuellt", "Vaginal blödning i två veckor. Vid undersökning 1 cm oregelbunden förändring i vaginaltoppen."),
      ("Bedömning", "Möjligt lokalrecidiv i vaginaltoppen. Biopsi tagen, MR bäcken beställd."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'Möjligt lokalrecidiv' of a known cancer")

C("vgr-barn-trol-feberkramp", "vgr", "2022-06-10", "m",
  N("n1", DSBUS_AKUT, "Amelie Strand", "läkare", "2024-02-03T02:20", [
      ("Anamnes", "Pojke 1 år 8 mån, förkyld. Ikväll generaliserade ryckningar i två minuter i samband med feber 39,8 enligt föräldrarna."),
      ("Status", "Vaken, pigg, leker. Inga meningittecken, trumhinnorna röda och buktande bilat."),
      ("Bedömning", "Trol. enkel feberkramp vid otit. Råd om febernedsättning, hem efter observation."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="toddler: 'Trol. enkel feberkramp' read by the guardians")

C("vgr-akut-misstankt-gikt-dd", "vgr", "1966-04-12", "m",
  N("n1", UDD_AKUT, "Erik Hagström", "läkare", "2024-05-31T08:50", [
      ("Anamnes", "Vaknade med kraftig smärta i vänster stortåled, kan inte ha täcket på."),
      ("Status", "Rodnad, svullen och mycket öm MTP I vä."),
      ("Bedömning", "Misstänkt gikt, DD pseudogikt eller septisk artrit. Ledpunktion för kristaller och odling, urat tas."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="suspected gout with a DD list")

C("vgr-hemat-itp-fragetecken", "vgr", "2004-09-27", "f",
  N("n1", SAS_HEMAT, "Nils Backman", "läkare", "2024-03-14T11:30", [
      ("Anamnes", "Blåmärken utan trauma och småprickiga blödningar på benen i en vecka. Förkyld för tre veckor sedan."),
      ("Lab", "TPK 12, Hb och LPK normala, utstryk utan blaster."),
      ("Bedömning", "ITP? Kontrollerar TPK om två dagar, prednisolon om fortsatt under 20."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="abbreviation with a question mark: 'ITP?'")

C("vgr-inf-tbc-inte-uteslutet", "vgr", "1990-07-15", "m",
  N("n1", SU_OSTRA_INFMOTT, "Sofia Khalil", "läkare", "2024-04-30T15:25", [
      ("Anamnes", "Hosta i tre månader, nattsvettningar och viktnedgång. Uppvuxen i ett land med hög förekomst av tuberkulos."),
      ("Rtg thorax", "Kavitet i höger ovanlob."),
      ("Bedömning", "Lungtuberkulos är inte uteslutet. Luftburen smittisolering, sputum för direktmikroskopi och PCR x3."),
  ]),
  must=["NL102"], must_not=["NL101"],
  why="'är inte uteslutet' is a hedge, not a negation")

C("vgr-enrad-dd-yrsel", "vgr", "1956-12-02", "f",
  N("n1", SAS_ONH, "Kerstin Moberg", "läkare", "2024-09-12T09:05", [
      ("Bedömning", "Yrsel, DD BPPV/vestibularisneurit, Dix-Hallpike imorgon."),
  ], signed=5),
  must=["NL102"], must_not=["NL101"],
  why="one-line note with a DD of two diagnoses")


# ================================================================ VGR, Melior: NL102 must_not
C("vgr-th-sokord-enbart", "vgr", "1948-02-19", "f",
  N("n1", LID_MED, "Anders Nyström", "läkare", "2024-06-11T16:15", [
      ("Anamnes", "Trötthet och viktnedgång 5 kg sedan våren."),
      ("Lab", "Hb 104, SR 58, ALP förhöjt."),
      ("Tidiga hypoteser", "Labbilden och viktnedgången kan passa med en malign process, misstänkt myelom eller skelettmetastaser. Ej nämnt för pat."),
      ("Bedömning", "Anemi och förhöjd SR, orsak under utredning. Kompletterande prover och DT thorax-buk."),
  ]),
  must_not=["NL102", "NL101"],
  why="hedge and not-told statement only under the filtered VGR sökord Tidiga hypoteser")

C("vgr-neg-inga-tecken-pa-fraktur", "vgr", "1977-01-13", "f",
  N("n1", SU_MOLNDAL_AKUT, "Jesper Kullberg", "läkare", "2024-12-18T14:35", [
      ("Anamnes", "Snubblade och vrickade höger fotled, kan gå några steg."),
      ("Status", "Svullnad och ömhet framför laterala malleolen. Ingen benömhet enligt Ottawa ankle rules."),
      ("Bedömning", "Inga tecken på fraktur, röntgen behövs inte. Distorsion av laterala ledbanden, RICE och stödbandage."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Inga tecken på fraktur' is negated")

C("vgr-neg-appendicit-kan-uteslutas", "vgr", "1996-06-22", "f",
  N("n1", SAS_KIRAKUT, "Moa Åkerlund", "läkare", "2024-04-02T20:30", [
      ("Anamnes", "Ont i nedre delen av buken sedan igår, mitt i menscykeln."),
      ("Undersökningar", "DT buk: normal appendix, lite fri vätska i lilla bäckenet. CRP 6."),
      ("Bedömning", "Appendicit kan uteslutas. Smärtan bedöms som ovulationssmärta, hem med smärtstillande."),
  ], signed=None),
  must_not=["NL102", "NL101"],
  why="'kan uteslutas' without 'ej' is an exclusion, not a hedge (unsigned draft)")

C("vgr-neg-typo-inga-hallpunker-hjartsvikt", "vgr", "1950-09-18", "m",
  N("n1", SKAS_HJARTA, "Lena Åhlund", "läkare", "2024-07-04T10:15", [
      ("Anamnes", "Remiss pga andfåddhet vid ansträngning."),
      ("UCG", "Normal vänsterkammarfunktion, EF 60 %, inga klaffel."),
      ("Bedömning", "Inga hållpunker för hjärtsvikt. Andfåddheten bedöms bero på dålig kondition och övervikt, råd om fysisk aktivitet på recept."),
  ]),
  must_not=["NL102", "NL101"],
  why="typo in the negation cue ('hållpunker') — still a negated mention")

C("vgr-neg-misstanken-om-tia-avskrivs", "vgr", "1942-11-29", "m",
  N("n1", NAL_STROKE, "Karin Fält", "läkare", "2024-01-25T09:45", [
      ("Aktuellt", "Inkom igår med övergående svaghet i höger arm. På akuten uppmättes P-glukos 2,1 och symtomen försvann efter glukos."),
      ("MR hjärna", "Inga färska ischemiska förändringar."),
      ("Bedömning", "Misstanken om TIA avskrivs; symtomen förklaras av hypoglykemi orsakad av glibenklamid. Läkemedlet sätts ut, diabetessköterska följer upp."),
  ], setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="'Misstanken om TIA avskrivs' — a suspicion that is withdrawn")

C("vgr-hedge-ej-diagnos-ev-aterbesok", "vgr", "1984-05-09", "f",
  N("n1", ALI_ORT, "Petter Ljungberg", "läkare", "2024-09-26T13:50", [
      ("Aktuellt", "Kontroll sex veckor efter gipsbehandlad distal radiusfraktur höger."),
      ("Rtg", "Läkt i god ställning."),
      ("Bedömning", "Fin läkning. Ev. återbesök om rörligheten inte förbättras med träning; remiss till arbetsterapeut för handträning."),
  ]),
  must_not=["NL102", "NL101"],
  why="'Ev. återbesök' hedges a visit, not a diagnosis")

C("vgr-hedge-ej-diagnos-trol-god-effekt", "vgr", "1965-03-07", "f",
  N("n1", UDD_REUMA, "Birgitta Lund", "sjuksköterska", "2024-11-14T10:05", [
      ("Aktuellt", "Reumatoid artrit sedan 2015, uppföljning på sjuksköterskemottagning efter byte till tocilizumab."),
      ("Bedömning", "Färre svullna leder och kortare morgonstelhet, trol. god effekt av bytet. Möjligen kan prednisolon trappas ut, tas upp med läkaren."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL102", "NL101"],
  why="'trol.'/'Möjligen' hedge treatment effect and tapering; the diagnosis is established")

C("vgr-hereditet-modern-troligen", "vgr", "1978-08-28", "f",
  N("n1", SAS_BROST, "Helene Svahn", "läkare", "2024-02-13T14:45", [
      ("Hereditet", "Modern dog i 50-årsåldern i en cancer som troligen utgick från äggstockarna; någon utredning gjordes aldrig."),
      ("Undersökning", "Mammografi och ultraljud bilat utan anmärkning."),
      ("Bedömning", "Inget malignitetsmisstänkt fynd. Remiss till cancergenetisk mottagning för bedömning av ärftlighet."),
  ]),
  must_not=["NL102", "NL101"],
  why="family history: 'troligen' is about the mother's cancer")

C("vgr-tidigare-misstankt-sarkoidos-avfardad", "vgr", "1970-10-03", "m",
  N("n1", KUNG_MED2, "Ahmad Rezaei", "läkare", "2024-05-22T11:45", [
      ("Tidigare", "Utreddes 2020 för misstänkt sarkoidos med hiluskörtlar, men biopsier visade reaktiva förändringar och diagnosen avfärdades."),
      ("Aktuellt", "Nu kontroll av välreglerad hypertoni och typ 2-diabetes, HbA1c 48."),
      ("Bedömning", "Hypertoni och typ 2-diabetes välbehandlade. Oförändrad medicinering."),
  ]),
  must_not=["NL102", "NL101"],
  why="past history: an old suspicion dismissed after biopsy")

C("vgr-barn-bekraftad-diabetes-typ1", "vgr", "2014-01-16", "m",
  N("n1", SKAS_BARN, "Therese Olausson", "läkare", "2024-03-18T15:10", [
      ("Aktuellt", "Pojke 10 år med törst, viktnedgång och nattliga toalettbesök i tre veckor."),
      ("Lab", "P-glukos 24, ketoner 3,1, pH 7,31. GAD-antikroppar positiva."),
      ("Bedömning", "Diabetes typ 1 med lätt ketoacidos. Föräldrarna och pojken informerade om diagnosen, diabetesteamet startar utbildning imorgon."),
  ], setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="child aged 10: a confirmed diagnosis told to the parents and the child")

C("vgr-neg-typo-ingen-misstnke-sepsis", "vgr", "1987-04-30", "f",
  N("n1", UDD_AKUT, "Filip Ström", "läkare", "2024-10-30T22:15", [
      ("Anamnes", "Feber i två dagar och ont i halsen, dricker bra."),
      ("Status", "Opåverkad. Beläggningar på tonsillerna, ömma käkvinkelkörtlar. BT 122/78, puls 84."),
      ("Bedömning", "Tonsillit, strep A-test positivt. Ingen misstnke om sepsis. PcV tio dagar."),
  ]),
  must_not=["NL102", "NL101"],
  why="typo 'misstnke' inside a negation")

C("vgr-fragetecken-logistik", "vgr", "1939-12-08", "f",
  N("n1", ALI_MED12, "Agnes Sjöberg", "sjuksköterska", "2024-08-08T14:20", [
      ("Omvårdnad", "Pneumonin på bättringsväg, feberfri sedan igår, går med rollator i korridoren."),
      ("Planering", "Hemgång fredag? Dottern kan hämta efter lunch. Hemtjänsten behöver utökas med kvällsbesök?"),
  ], template="Omvårdnadsanteckning", setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="question marks about discharge logistics; the diagnosis is settled")

C("vgr-fysio-inga-tecken-nervrot", "vgr", "1988-06-14", "m",
  N("n1", KUNG_FYSIO, "Ludvig Sand", "fysioterapeut", "2024-03-06T09:30", [
      ("Anamnes", "Ländryggssmärta sedan två veckor efter flytt, ingen utstrålning nedom knät."),
      ("Status", "Normal neurologi i benen, SLR negativt bilat."),
      ("Bedömning", "Ospecifik ländryggssmärta, inga tecken på nervrotspåverkan. Träningsprogram och återbesök om tre veckor."),
  ], template="Fysioterapeutanteckning"),
  must_not=["NL102", "NL101"],
  why="physiotherapist: a negated finding, no hedged diagnosis")

C("vgr-dietist-ev-byte-sondnaring", "vgr", "1951-09-11", "m",
  N("n1", SU_ONH_AVD, "Linn Hedman", "dietist", "2024-06-19T13:00", [
      ("Bakgrund", "Strålbehandlad för tonsillcancer, PEG sedan två veckor. Patienten är sedan start införstådd med diagnos och behandling."),
      ("Bedömning", "Får i sig ca 80 % av beräknat energibehov. Ev. byte till en mer energität sondnäring om vikten fortsätter sjunka."),
  ], template="Dietistanteckning", setting="slutenvård"),
  must_not=["NL102", "NL101"],
  why="'Ev.' about a feed change; the cancer diagnosis is known to the patient")

C("vgr-enrad-kontroll-ua", "vgr", "1968-07-27", "m",
  N("n1", SU_OSTRA_INFMOTT, "Sofia Khalil", "läkare", "2024-09-30T08:20", [
      ("Bedömning", "Kontroll efter behandlad borrelia, erytemet borta och inga kvarstående besvär."),
  ], signed=5),
  must_not=["NL102", "NL101"],
  why="one-line follow-up of a treated, settled diagnosis")


# ================================================================ VGR, Melior: NL101
C("vgr-nl101-brostcancer-ej-informerad", "vgr", "1969-01-27", "f",
  N("n1", SU_BROST, "Ulrika Berggren", "läkare", "2024-01-16T15:20", [
      ("Provsvar", "Mellannålsbiopsi höger bröst: invasiv lobulär cancer, ER 90 %, HER2 negativ."),
      ("Planering", "Pat ännu ej informerad, besked lämnas vid besök på tisdag tillsammans med kontaktsjuksköterska. MR bröst beställd."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="VGR: confirmed breast cancer visible before the patient is told")

C("vgr-nl101-glioblastom", "vgr", "1962-05-17", "m",
  N("n1", SU_NKIR, "Tomas Engdahl", "läkare", "2024-05-29T16:00", [
      ("PAD", "Stereotaktisk biopsi: glioblastom, IDH-vildtyp, MGMT-promotor metylerad."),
      ("Planering", "Patienten och hustrun har ännu inte fått besked om PAD. Brytpunktssamtal planeras imorgon förmiddag med neuroonkolog."),
  ], setting="slutenvård", signed=None),
  must=["NL101"], must_not=["NL102"],
  why="'har ännu inte fått besked om PAD' with a glioblastoma diagnosis visible (unsigned draft)")

C("vgr-nl101-familjen-bett", "vgr", "1936-08-31", "m",
  N("n1", KUNG_MED5, "Pernilla Hjort", "läkare", "2024-09-27T12:30", [
      ("Aktuellt", "DT buk: multipla levermetastaser och primärtumör i kolon sigmoideum."),
      ("Samtal", "Familjen har bett att han inte ska informeras om cancersjukdomen. Patienten har därför ännu inte fått veta diagnosen; etiskt samtal med ansvarig överläkare bokas."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="the family asks that the patient not be told; the metastatic cancer is visible")

C("vgr-nl101-hiv-ej-informerad", "vgr", "1985-11-11", "m",
  N("n1", SU_OSTRA_INFMOTT, "Sara Lindahl", "läkare", "2024-02-07T10:40", [
      ("Provsvar", "Hiv-1-infektion, konfirmerad med immunoblot. Virusmängd 85 000 kopior/ml, CD4 310."),
      ("Åtgärd", "Pat ej informerad; kallas till mottagningen via telefon för personligt besked inom två dagar."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="a positive HIV result written in the visible note before the patient is told")

C("vgr-nl101-barn-neuroblastom", "vgr", "2022-01-19", "f",
  N("n1", DSBUS_BARNONK, "Anna Lindgren", "läkare", "2024-03-22T13:40", [
      ("PAD", "Biopsi från binjuretumören: neuroblastom, MYCN ej amplifierad."),
      ("Planering", "Vårdnadshavarna har ännu inte informerats om PAD-svaret. Samtal med båda föräldrarna och kurator bokat måndag."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="child aged 2: guardians (the readers) not yet told the diagnosis")

C("vgr-nl101-telegrafisk-ej-inf", "vgr", "1946-04-09", "f",
  N("n1", ALI_KIR, "Bo Ekberg", "läkare", "2024-04-16T15:50", [
      ("Provsvar", "DT: pankreascancer i corpus, levermetastaser."),
      ("Bedömning", "Ca pancreatis m. spridning. Pat ej inf. om dg ännu – återbesök 19/4."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="heavily abbreviated: 'Ca pancreatis', 'Pat ej inf. om dg ännu'")

C("vgr-nl101-typo-lateralskeros", "vgr", "1957-07-04", "m",
  N("n1", SU_NEURO, "Karl Nyman", "läkare", "2024-11-08T14:30", [
      ("Neurofysiologi", "EMG: utbredd akut och kronisk denervering i tre regioner."),
      ("Bedömning", "Diagnosen amyotrofisk lateralskeros (ALS) är nu fastställd enligt Gold Coast-kriterierna. Patienten är ännu inte informerad; besked ges på mottagningen onsdag med ALS-teamets sjuksköterska."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="typo in the diagnosis ('lateralskeros'); not-told statement in the same section")

C("vgr-nl101-trolig-ovarialcancer", "vgr", "1961-03-25", "f",
  N("n1", NAL_KK, "Rickard Holm", "läkare", "2024-08-22T16:20", [
      ("VUL", "Solid-cystisk 9 cm tumör vänster ovarium med rikligt flöde, ascites."),
      ("Bedömning", "Trolig ovarialcancer. Pat ej informerad om misstanken, väntar på CA-125 och DT innan samtal."),
  ]),
  must=["NL101", "NL102"],
  why="hedged and withheld: should have gone under the Tidiga hypoteser sökord")

C("vgr-nl101-kurator-lekmanna", "vgr", "1953-10-26", "m",
  N("n1", SKAS_LUNGAVD, "Eva Hammarberg", "kurator", "2024-05-03T14:00", [
      ("Samtal", "Samtal om boendesituation och ekonomi inför hemgång."),
      ("Bedömning", "Läkaren har ännu inte berättat för patienten att tumören i lungan är elakartad, så det togs inte upp i samtalet. Nytt samtal efter läkarbeskedet."),
  ], template="Kuratorsanteckning", setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="social worker's note discloses a lay-worded cancer the patient has not been told")

C("vgr-nl101-demens-ej-informerad", "vgr", "1934-02-25", "f",
  N("n1", SU_MOLNDAL_MINNE, "Gunilla Bengtsson", "läkare", "2024-07-17T11:10", [
      ("Bedömning", "Alzheimers sjukdom, måttlig grad. Patienten är inte informerad om diagnosen på grund av den kognitiva svikten; dottern och sonen har fått beskedet."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="the children were told, the patient (who reads the journal) was not")

C("vgr-nl101n-informerad-med-fru", "vgr", "1959-06-01", "m",
  N("n1", SAS_URO, "Karin Lindell", "läkare", "2024-01-29T14:50", [
      ("Provsvar", "Prostatabiopsier: adenokarcinom Gleason 4+3 i sex av tolv biopsier."),
      ("Samtal", "Pat och hans fru informerade om att det är prostatacancer. Behandlingsalternativen radikal prostatektomi och strålbehandling genomgångna; han återkommer med besked."),
  ]),
  must_not=["NL101", "NL102"],
  why="patient and wife told the diagnosis")

C("vgr-nl101n-dottern-ej-informerad", "vgr", "1944-12-18", "f",
  N("n1", SKAS_ONK, "Mats Edvardsson", "läkare", "2024-10-17T13:25", [
      ("Aktuellt", "Återfall av bröstcancer med skelettmetastaser, pat informerad förra veckan."),
      ("Samtal", "Pat vill inte att dottern i USA ska informeras ännu; hon har bett oss att inte lämna uppgifter till henne."),
  ]),
  must_not=["NL101", "NL102"],
  why="a relative is not to be informed; the patient knows")

C("vgr-nl101n-th-sokord-ej-informerad", "vgr", "1966-07-12", "m",
  N("n1", UDD_MED, "Carina Wall", "läkare", "2024-04-24T15:05", [
      ("Anamnes", "Kontroll av leverprover som varit förhöjda sedan i vintras."),
      ("Tidiga hypoteser", "Ultraljudsbilden med nodulär lever och förhöjt AFP inger misstanke om hepatocellulär cancer vid alkoholcirros. Pat ej informerad om denna misstanke innan DT lever är gjord."),
      ("Bedömning", "Förhöjda leverprover. DT lever med kontrast beställd, återbesök när svaret finns."),
  ]),
  must_not=["NL101", "NL102"],
  why="diagnosis and 'ej informerad' both inside the filtered Tidiga hypoteser section")

C("vgr-nl101n-hanvisning-till-th", "vgr", "1955-11-23", "f",
  N("n1", SAS_KK, "Oliver Brandt", "läkare", "2024-11-27T10:20", [
      ("Tidiga hypoteser", "Misstänkt endometriecancer med tanke på förtjockad endometrieslemhinna 14 mm och postmenopausal blödning."),
      ("Bedömning", "Postmenopausal blödning. Endometriebiopsi tagen. Pat ej informerad om misstanken, se Tidiga hypoteser; besked när PAD finns."),
  ]),
  must_not=["NL101"],
  why="visible text says a suspicion is withheld but names only the symptom she came with")

C("vgr-nl101n-normalt-benmargsprov", "vgr", "1990-12-01", "f",
  N("n1", SU_HEMAT, "Lars Grahn", "läkare", "2024-09-04T16:10", [
      ("Provsvar", "Benmärgsprovet visar normal hematopoes, inga tecken på malignitet."),
      ("Åtgärd", "Pat ännu inte informerad om det normala svaret då hon inte svarat i telefon; nytt försök imorgon."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="not yet told a normal result: nothing diagnostic withheld")

C("vgr-nl101n-vantetid-knaprotes", "vgr", "1973-02-08", "m",
  N("n1", UDD_ORT, "Stina Rydell", "läkare", "2024-02-20T11:15", [
      ("Bedömning", "Gonartros höger knä, känd sedan 2021 och nu aktuell för knäprotes. Pat har ännu inte informerats om väntetiden till operation, som beräknas till fem månader; brev skickas."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="not informed about the waiting time, the diagnosis is long known (unsigned draft)")

C("vgr-nl101n-avbojer-prognos", "vgr", "1949-09-29", "m",
  N("n1", SU_ONK, "Jenny Åström", "läkare", "2024-12-05T13:35", [
      ("Aktuellt", "Metastaserad koloncancer, informerad om diagnosen i oktober och går nu på cytostatika."),
      ("Samtal", "Pat vill inte ha information om förväntad överlevnad; respekteras. Han vet om att sjukdomen inte går att bota."),
  ]),
  must_not=["NL101", "NL102"],
  why="patient declines prognosis details but knows the diagnosis")

C("vgr-nl101n-informerad-via-tolk", "vgr", "1980-05-20", "f",
  N("n1", NAL_REUMA, "Henrik Dahl", "läkare", "2024-06-26T09:55", [
      ("Bedömning", "Systemisk lupus erythematosus med ledengagemang, ANA och anti-dsDNA positiva. Pat informerad om diagnosen via arabisktalande tolk och fick skriftlig information på arabiska."),
  ]),
  must_not=["NL101", "NL102"],
  why="told through an interpreter")


# ================================================================ VGR: multi-note records
C("vgr-multi-njursten-sedan-bekraftad", "vgr", "1983-10-10", "m", [
    N("n1", SU_SAHL_AKUT, "Emma Wallin", "läkare", "2024-05-10T02:40", [
        ("Anamnes", "Kolikartad smärta i höger flank sedan midnatt, illamående."),
        ("Bedömning", "Misstänkt njursten höger, DD pyelonefrit. Smärtlindring, DT urinvägar beställs."),
    ]),
    N("n2", SU_URO, "Per Boman", "läkare", "2024-05-10T10:15", [
        ("DT", "4 mm konkrement i höger uretärs distala del, lätt hydronefros."),
        ("Bedömning", "Höger uretärsten 4 mm, bekräftad på DT. Pat informerad, stenen förväntas avgå spontant; tamsulosin och smärtlindring."),
    ]),
  ],
  must=["NL102@n1"], must_not=["NL102@n2", "NL101@n2"],
  why="ER hypothesis in n1; n2 confirms and tells, so only n1 is hedged")

C("vgr-multi-pad-ej-sedan-informerad", "vgr", "1958-03-04", "f", [
    N("n1", SKAS_KIR, "Anders Fransson", "läkare", "2024-06-05T15:30", [
        ("Provsvar", "PAD från ventrikelbiopsier: adenokarcinom av diffus typ."),
        ("Planering", "Pat har inte fått svaret än. Kallas till läkarbesök på måndag."),
    ]),
    N("n2", SKAS_KIR, "Anders Fransson", "läkare", "2024-06-10T11:00", [
        ("Samtal", "Pat och sambo informerade om ventrikelcancer. Utredning med DT och diagnostisk laparoskopi planeras, kontaktsjuksköterska utsedd."),
    ]),
  ],
  must=["NL101@n1"], must_not=["NL101@n2", "NL102@n1", "NL102@n2"],
  why="result note before telling fires; the telling note does not")

C("vgr-multi-th-sokord-sedan-synlig", "vgr", "1967-09-14", "m", [
    N("n1", SU_NEURO, "Helena Kvist", "läkare", "2024-02-15T14:20", [
        ("Anamnes", "Ostadighet och dubbelseende i episoder sedan hösten."),
        ("Tidiga hypoteser", "Episodisk ataxi och fynden på MR kan tala för en demyeliniserande sjukdom; ej diskuterat med pat innan LP-svar."),
        ("Bedömning", "Ostadighet och diplopi under utredning. LP och synundersökning bokas."),
    ]),
    N("n2", SU_NEURO, "Helena Kvist", "läkare", "2024-03-07T10:30", [
        ("Bedömning", "LP med oligoklonala band och MR-fynd ger sammantaget diagnosen multipel skleros. Pat informerad idag, remiss till MS-sjuksköterska."),
    ]),
  ],
  must_not=["NL101@n1", "NL102@n1", "NL101@n2", "NL102@n2"],
  why="VGR routine done right: sökord Tidiga hypoteser first, visible diagnosis once told")

C("vgr-multi-fysio-sedan-ortoped", "vgr", "1971-12-22", "f", [
    N("n1", SAS_FYSIO, "Anja Holmqvist", "fysioterapeut", "2024-09-16T08:30", [
        ("Bedömning", "Smärta och svaghet i höger axel vid abduktion, trol. subakromiell smärta med inslag av frusen skuldra. Stretch- och styrkeprogram."),
    ], template="Fysioterapeutanteckning"),
    N("n2", SAS_ORT, "Kent Eriksson", "läkare", "2024-10-21T13:10", [
        ("Bedömning", "Ultraljud utan rotatorcuffruptur. Inga tecken på frusen skuldra, rörligheten nu fri. Subakromiell smärta, fortsatt träning hos fysioterapeut."),
    ]),
  ],
  must=["NL102@n1"], must_not=["NL102@n2", "NL101@n2"],
  why="lay 'frusen skuldra' hedged by the physio, then negated by the orthopaedist")

C("vgr-multi-barn-invagination", "vgr", "2022-11-02", "m", [
    N("n1", DSBUS_AKUT, "Ingrid Berglund", "läkare", "2024-04-27T17:50", [
        ("Anamnes", "Pojke 1,5 år med attacker av otröstlig gråt var 15–20:e minut, blek mellan attackerna. Kräkts två gånger."),
        ("Status", "Korvformad resistens i övre högra kvadranten."),
        ("Bedömning", "Misstänkt invagination. Akut ultraljud buk, barnkirurg kontaktad."),
    ]),
    N("n2", DSBUS_BARNKIRAVD, "Omid Rahimi", "läkare", "2024-04-27T21:15", [
        ("Bedömning", "Ultraljud bekräftar ileokolisk invagination, reponerad med luftlavemang utan komplikation. Föräldrarna informerade om förloppet och risken för recidiv."),
    ], setting="slutenvård"),
  ],
  must=["NL102@n1"], must_not=["NL102@n2", "NL101@n2"],
  why="toddler: suspicion at the ER, confirmation and parents told on the ward")

C("vgr-multi-psyk-tre-anteckningar", "vgr", "1998-08-19", "f", [
    N("n1", SU_AFFEKTIVA, "Tina Gran", "sjuksköterska", "2024-01-10T09:30", [
        ("Bedömning", "Telefonsamtal med pat som mår bättre på nuvarande dos sertralin, sover bra. Ingen suicidrisk framkommer."),
    ], template="Sjuksköterskeanteckning"),
    N("n2", SU_AFFEKTIVA, "David Holm", "psykolog", "2024-01-24T14:00", [
        ("Bedömning", "Beskrivningen av perioder med minskat sömnbehov och stegrad aktivitet ger misstanke om hypomana episoder. Strukturerad intervju (MINI) påbörjad."),
    ], template="Psykologanteckning"),
    N("n3", SU_AFFEKTIVA, "Sara Jovanovic", "läkare", "2024-02-07T13:20", [
        ("Bedömning", "Uppfyller kriterier för bipolär sjukdom typ II. Diagnosen genomgången med pat, som känner igen sig; lamotrigin insätts med långsam upptitrering."),
    ]),
  ],
  must=["NL102@n2"], must_not=["NL102@n1", "NL102@n3", "NL101@n3"],
  why="three professions: only the psychologist's note carries an uncertain diagnosis")

C("vgr-multi-psykolog-adhd", "vgr", "1999-05-26", "m", [
    N("n1", SU_NPF, "Nora Fransson", "psykolog", "2024-03-20T13:00", [
        ("Testning", "WAIS-IV genomförd, ojämn profil med lågt arbetsminnesindex."),
        ("Bedömning", "Resultaten tillsammans med skattningarna talar för trolig ADHD, kombinerad form. Sammanställs till läkarbedömning."),
    ], template="Psykologanteckning"),
    N("n2", SU_NPF, "Farid Haddad", "läkare", "2024-04-10T14:40", [
        ("Bedömning", "ADHD, kombinerad form, F90.0. Diagnosen återkopplad till patienten idag; han vill prova metylfenidat."),
    ]),
  ],
  must=["NL102@n1"], must_not=["NL102@n2", "NL101@n2"],
  why="psychologist's 'trolig ADHD' fires; the doctor's settled and fed-back diagnosis does not")


# ================================================================ long notes (300+ words)
C("sk-lang-inskrivning-hjartsvikt", "skane", "1940-06-21", "m",
  N("n1", HBG_MED4, "Ebba Lindqvist", "läkare", "2024-11-18T19:30", [
      ("Inkomstorsak", "Tilltagande andfåddhet och bensvullnad sedan en vecka."),
      ("Tidigare sjukdomar", "Hypertoni sedan 1995. Typ 2-diabetes, tablettbehandlad. Hjärtinfarkt 2016, PCI mot LAD. Njursvikt stadium 3a. Gallstensoperation 1988."),
      ("Läkemedel", "Enligt läkemedelslistan: metoprolol 50 mg x 1, ramipril 5 mg x 1, metformin 500 mg x 2, atorvastatin 40 mg, ASA 75 mg. Inga kända läkemedelsallergier."),
      ("Socialt", "Änkeman, bor ensam i lägenhet med hiss. Klarar sig själv, dottern handlar en gång i veckan. Ex-rökare sedan 20 år, alkohol sparsamt."),
      ("Aktuellt", "Sedan ca en vecka tilltagande andfåddhet, nu även vid påklädning. Sover sittande i fåtöljen senaste tre nätterna. Svullna ben upp till knäna, har gått upp 4 kg. Känt oregelbunden hjärtklappning sedan i helgen. Ingen bröstsmärta, ingen feber, lite torrhosta nattetid."),
      ("Status", "AT: trött, talar i hela meningar men blir andfådd vid förflyttning. Cor: oregelbunden rytm, frekvens ca 120, inga blåsljud. Pulm: krepitationer basalt bilat upp till skulderbladsspetsarna. Buk: mjuk, oöm. Ben: pittingödem till knän bilat. BT 148/92. Sat 91 % luft, 96 % på 2 l O2. AF 24. Temp 36,9."),
      ("EKG", "Förmaksflimmer med snabbt kammarsvar, frekvens 118. Ingen akut ischemi. Gamla Q-vågor framväggen."),
      ("Lab", "Hb 131, CRP 8, kreatinin 142 (tidigare 118), kalium 4,6, NT-proBNP 8 400, hs-TnT 31 utan dynamik."),
      ("Rtg thorax", "Lungstas med pleuravätska bilat, förstorat hjärta."),
      ("Bedömning", "Trol. dekompenserad hjärtsvikt utlöst av nydebuterat förmaksflimmer med snabb överledning. Ingen misstanke om akut koronart syndrom med hänsyn till stabilt troponin och EKG-bilden."),
      ("Åtgärd", "Furosemid 40 mg iv x 2, vätskelista och daglig vikt. Metoprolol ökas till 100 mg. Apixaban insätts efter beräkning av CHA2DS2-VASc 5. Metformin pausas pga njurfunktionen. Eko under vårdtiden. Kontroll av elektrolyter och kreatinin imorgon."),
      ("Omvårdnad", "Högläge i sängen, syrgas med mål saturation 92–96 %. Vätskerestriktion 1,5 liter per dygn. Trycksårsrisk bedömd enligt Norton, låg. Fallrisk bedömd, ringklocka inom räckhåll och sänggrind nere enligt pat önskan."),
      ("Kontakt", "Dottern informerad per telefon om inläggningen med pat medgivande. Hon kommer på besök imorgon eftermiddag och tar med glasögon och rakapparat."),
  ], template="Inskrivningsanteckning", setting="slutenvård", signed=95),
  must=["NL102"], must_not=["NL101"],
  why="long admission note: one hedged line ('Trol. dekompenserad hjärtsvikt') among telegraphic status")

C("sk-lang-epikris-utan-hedge", "skane", "1952-03-30", "f",
  N("n1", SUS_M_KIRAVD, "Jens Palm", "läkare", "2024-07-12T14:00", [
      ("Diagnoser", "Akut kolecystit (K81.0). Koledokussten (K80.5). Hypertoni."),
      ("Inskrivningsorsak", "Inkom via akuten med smärta under höger arcus, feber och ikterus sedan två dagar."),
      ("Anamnes vid inskrivning", "Tidigare frisk bortsett från hypertoni, behandlad med amlodipin. Haft liknande men kortare smärtattacker efter måltider i ett halvår, aldrig sökt för dem. Inga allergier. Bor med maken i villa, helt självständig, kör bil och sköter trädgården."),
      ("Operationsfynd", "Inflammerad och förtjockad gallblåsa med flera mindre konkrement, ingen perforation eller abscess. Cystikus klippt och delad mellan clips, gallblåsan extraherad i påse via navelporten. Blodförlust minimal."),
      ("Förlopp", "Ultraljud visade förtjockad gallblåsevägg och konkrement samt vidgad koledokus. MRCP bekräftade en 7 mm sten i distala koledokus. ERCP dag 2 med papillotomi och stenextraktion utan komplikation; leverproverna normaliserades därefter. Laparoskopisk kolecystektomi dag 4, opåverkad postoperativt. Piperacillin-tazobaktam iv dag 1–4, därefter ingen fortsatt antibiotika. Pankreatit efter ERCP uteslöts med normalt amylas. Under 2022 misstänktes ulcus, men gastroskopin var då utan anmärkning och den frågan är avslutad."),
      ("Status vid utskrivning", "Afebril, äter normalt, sårläkning ua. Bilirubin 18, ALP 2,1. Buken mjuk och oöm, går obehindrat i korridoren."),
      ("Läkemedel", "Inga ändringar av stående medicinering. Paracetamol vid behov i en vecka. Ev. oxikodon 5 mg vid genombrottssmärta de första dagarna, fem tabletter förskrivna."),
      ("Information", "Patienten informerad om diagnoserna, operationen och förloppet. Skriftlig information om sårvård och tecken på komplikation utdelad. Dottern närvarade vid utskrivningssamtalet på patientens önskan."),
      ("Uppföljning", "Inget rutinmässigt återbesök. Agrafer tas på vårdcentralen om tio dagar, remiss skickad. Sjukskrivning behövs inte, hon är pensionär. PAD från gallblåsan meddelas per brev; vid avvikande fynd kontaktas hon per telefon. Åter till akuten vid feber, tilltagande buksmärta eller gulfärgning av hud och ögonvitor."),
      ("Vårdtid", "2024-07-07 till 2024-07-12, fem vårddygn på kirurgavdelning 7."),
      ("Kopia", "Epikris skickas till patientens vårdcentral i Lomma samt till patienten."),
      ("Omvårdnad", "Mobiliserad dag 1 efter operationen, klarar personlig hygien själv. Port- och navelsår täckta med förband som byts vid behov. Normal tarmfunktion sedan dag 5, urinerar utan besvär."),
  ], template="Epikris", setting="slutenvård", signed=120),
  must_not=["NL102", "NL101"],
  why="long discharge summary: settled diagnoses, an excluded complication, a past question closed, 'Ev.' about a drug")

C("vgr-lang-akut-bukmarta-divertikulit", "vgr", "1964-11-25", "f",
  N("n1", SU_SAHL_KIRAKUT, "Amir Nasser", "läkare", "2024-10-12T01:45", [
      ("Kontaktorsak", "Buksmärta sedan 18 timmar."),
      ("Tidigare", "Hysterektomi 2010. Divertikulit 2019, behandlad konservativt. Hypotyreos, levotyroxin. Ingen annan bukkirurgi."),
      ("Läkemedel", "Levotyroxin 100 mikrog x 1, D-vitamin. Inga blodförtunnande, inga NSAID senaste veckan."),
      ("Socialt", "Gift, två vuxna barn. Arbetar som förskollärare på heltid. Röker inte, alkohol någon gång i månaden. Motionerar med promenader."),
      ("Hereditet", "Pappan opererad för tjocktarmscancer vid 74 års ålder. Inga kända blödningssjukdomar i släkten."),
      ("Allergier", "Penicillinallergi förnekas, fick amoxicillin som barn utan reaktion. Inga kontrastmedelsreaktioner vid DT 2019."),
      ("Vitalparametrar kl 01.30", "NEWS 4. Smärta VAS 7 i vila före morfin, VAS 3 efter 5 mg iv."),
      ("Ordinationer", "Blodprover igen kl 07 med blodstatus, CRP, elektrolyter och kreatinin. Vitalparametrar var fjärde timme, tätare vid NEWS över 5. Urinmätning, ingen KAD. Sjuksköterska kontaktar jourhavande kirurg vid stigande smärta eller sjunkande blodtryck."),
      ("Aktuellt", "Debut igår em, gradvis tilltagande smärta vä fossa. Ej kolikartad. Illamående, ej kräkts. Senaste avföring igår, normal. Ingen blödning. Feber hemma 38,3. Inga miktionsbesvär. Aptit nedsatt. Inga resor."),
      ("Status", "AT: lätt påverkad av smärta, ligger still. Temp 38,4. BT 138/84, P 96, AF 18, Sat 98 %. Cor: RR, inga bl. Pulm: ua. Buk: mjuk i övrigt, palpöm och lätt muskelförsvar i vä fossa, ingen släppömhet i hö. Tarmljud normala. Inga bråck. PR: oöm, brun avföring utan blod."),
      ("Lab", "Hb 128, LPK 14,2, CRP 118, krea 72, leverprover ua, lipas ua, U-sticka ua."),
      ("Bedömning", "Trolig recidiv av divertikulit i sigmoideum, DD okomplicerad vs abscess. DT buk med iv kontrast inatt."),
      ("Åtgärd", "Fastande tills DT bedömd. Inf Ringer-acetat 1 l. Morfin iv enligt ordination, paracetamol iv. Antibiotika avvaktas tills DT är bedömd; vid abscess eller fri gas kontakt med bakjour. Inläggning kirurgavdelning, ny bedömning på förmiddagsronden."),
      ("Information", "Pat informerad om planen för natten och varför hon ska vara fastande. Maken har åkt hem och ringer i morgon bitti."),
      ("Övrigt", "Levotyroxin ges som vanligt i morgon med en klunk vatten. Trombosprofylax ordinerad från i morgon kväll om ingen operation blir aktuell, tidigare blödningsbenägenhet förnekas. Inga kända allergier."),
  ], signed=70),
  must=["NL102"], must_not=["NL101"],
  why="long telegraphic ER note; a single hedged line with DD in Bedömning")

C("vgr-lang-onkologi-ej-informerad-typo", "vgr", "1956-07-07", "m",
  N("n1", SAS_ONK, "Linnéa Aronsson", "läkare", "2024-08-29T16:45", [
      ("Bakgrund", "Esofaguscancer, adenokarcinom i distala esofagus, diagnostiserad i januari 2024. Neoadjuvant kemoradioterapi februari–mars, därefter esofagusresektion i maj med radikal resektion, ypT2N1."),
      ("Aktuellt", "Kommer på planerat uppföljningsbesök tre månader postoperativt. Äter små portioner, vikt stabil 68 kg sedan förra besöket. Lätt dumping efter söt mat. Ingen dysfagi. Tröttare än tidigare men promenerar 3 km dagligen. Har återgått till halvtid som snickare. Sömnen fungerar."),
      ("Status", "AT: gott. Op-ärren läkta. Cor/pulm ua. Buk mjuk oöm, ingen palpabel lever. Inga förstorade lymfkörtlar supraklavikulärt."),
      ("Lab", "Hb 124, CRP 4, leverprover ua, albumin 36."),
      ("Tidigare behandling", "Under kemoradioterapin besvär av esofagit och trötthet, krävde smärtlindring men ingen sondnäring. Postoperativt anastomosläckage uteslutet med kontrastundersökning, vårdtid elva dagar. Lätt kvarstående polyneuropati i fingertopparna efter karboplatin och paklitaxel, påverkar inte finmotoriken nämnvärt."),
      ("Socialt", "Gift, bor i radhus i Borås. Två vuxna döttrar i närheten. Röker inte sedan diagnosen, tidigare 20 cigaretter per dag i 30 år."),
      ("Funktion", "ECOG 1. Klarar alla vardagsaktiviteter, cyklar kortare sträckor och går med hunden morgon och kväll. Inga smärtor, inga nattliga svettningar eller feber."),
      ("Läkemedel", "Pantoprazol 40 mg x 1, B12-injektion senast i juli, paracetamol vid behov. Inga kända allergier."),
      ("Uppföljning", "Ingen röntgen ytterligare före besöket."),
      ("Undersökningar", "PET-DT 2024-08-26: två nytillkomna FDG-upptagande leverlesioner, 14 och 22 mm, samt upptag i en retroperitoneal lymfkörtel. Av röntgenläkaren bedömt som metastaser av esofaguscancern till lever och retroperitonealt."),
      ("Bedömning", "Metastaserad esofaguscancer, recidiv fem månader efter operation. Pat ännu ej infromerad om PET-fyndet eftersom svaret kom efter besöket, och ansvarig läkare vill ge beskedet personligen tillsammans med kontaktsjuksköterskan. Ingen akut åtgärd krävs."),
      ("Planering", "Tid bokad tisdag 3/9 kl 10 för besked och diskussion om palliativ cytostatika. Tas upp på MDK övre GI fredag. Kontaktsjuksköterska meddelad. Nutritionsstatus följs av dietist som tidigare, nästa kontakt om två veckor. Sjukskrivning på halvtid förlängs inte i dag; tas upp vid besöket."),
      ("Övrigt", "Hustrun följde med på dagens besök. Inga nya läkemedel, fortsatt protonpumpshämmare och B12-injektioner var tredje månad enligt tidigare ordination."),
  ], signed=60),
  must=["NL101"], must_not=["NL102"],
  why="long follow-up note with one not-told sentence (typo 'infromerad') about a visible recurrence")

C("vgr-lang-barn-funktionell-buksmarta", "vgr", "2016-05-12", "f",
  N("n1", SKAS_BARNMOTT, "Elsa Wikander", "läkare", "2024-09-23T10:30", [
      ("Remissorsak", "Återkommande buksmärtor sedan ett år, remiss från vårdcentral."),
      ("Anamnes", "Flicka 8 år, kommer med mamma och pappa. Buksmärtor runt naveln några gånger i veckan, oftast morgnar före skolan, varar 30–60 minuter. Vaknar inte av smärtan. Normal avföring varannan dag, inget blod eller slem. Ingen viktnedgång, växer längs sin kurva. Äter allsidigt. Inga urinvägsbesvär. Trivs i skolan men har bytt klass i höstas."),
      ("Hereditet", "Moster har celiaki. Morfar har IBD, troligen ulcerös kolit, men familjen är osäker."),
      ("Tidigare", "Född i fullgången tid, normal nyföddhetsperiod. Öroninflammationer som liten, annars frisk. Vaccinerad enligt programmet. Inga läkemedel, tar ibland paracetamol vid magont utan säker effekt."),
      ("Socialt", "Bor med båda föräldrarna och en lillebror på 5 år. Går i årskurs 2. Dansar på fritiden två gånger i veckan och har flera nära kompisar enligt föräldrarna."),
      ("Kost", "Äter frukost hemma, skollunch och middag med familjen. Dricker mjölk till maten utan besvär. Godis och läsk på lördagar."),
      ("Sömn och skärmtid", "Lägger sig kl 20, somnar snabbt. Tittar på surfplatta en timme efter skolan. Sover hela natten."),
      ("Kopia", "Remissvar till vårdcentralen."),
      ("Status", "AT: pigg och samarbetsvillig. Längd 130 cm (0 SD), vikt 27 kg (0 SD). Buk: mjuk, oöm, inga resistenser, normala tarmljud. Perianalt ua. Hjärta och lungor ua. Hud ua."),
      ("Lab", "Hb 128, CRP <1, SR 6, transglutaminas-IgA negativt med normalt total-IgA, kalprotektin 22, albumin ua, leverprover ua, U-sticka ua."),
      ("Bedömning", "Funktionell buksmärta hos barn. Ingen misstanke om celiaki eller inflammatorisk tarmsjukdom med normala prover och normal tillväxt. Inga tecken på förstoppning."),
      ("Åtgärd", "Föräldrarna och flickan informerade om bedömningen och om att smärtan är verklig men ofarlig. Råd om regelbundna måltider, sömn och att gå till skolan som vanligt. Remiss till barnpsykolog för smärthantering om besvären kvarstår. Återbesök om tre månader, tidigare vid viktnedgång, nattlig smärta eller blod i avföringen."),
      ("Skola", "Föräldrarna får ett intyg till skolan om att hon kan vila en stund i elevhälsans rum vid smärta och sedan återgå till lektionen."),
  ], signed=50),
  must_not=["NL102", "NL101"],
  why="long paediatric note: negated diagnoses, a hedge only in family history")

C("pmo-lang-arskontroll-diabetes", "skane", "1955-04-17", "m",
  PMO("n1", VC_SKURUP, "Birgitta Nilsson", "läkare", "2024-10-03T14:15", [
      ("Kontaktorsak", "Årskontroll typ 2-diabetes."),
      ("Anamnes", "Diabetes sedan 2012. Mår bra i stort. Pirrningar och brännande känsla i fötterna nattetid sedan ett halvår. Har gått ner 3 kg efter kostomläggning. Tar sina mediciner, inga känningar. Slutade röka för två år sedan. Promenerar med hunden dagligen."),
      ("Läkemedel", "Metformin 1 g x 2, empagliflozin 10 mg, atorvastatin 20 mg, enalapril 10 mg."),
      ("Livsstil", "Äter frukost och lunch regelbundet, småäter på kvällen framför TV. Har bytt läsk mot vatten sedan i våras. Alkohol två glas vin i veckan. Sover sju timmar, snarkar enligt frun men inga andningsuppehåll observerade."),
      ("Socialt", "Pensionerad busschaufför, bor med frun i villa i Skurup. Tre barnbarn som han hämtar från förskolan två dagar i veckan."),
      ("Vaccinationer", "Influensa- och covidvaccin erbjudna, pat vill ta båda på vårdcentralens drop in i november. Pneumokockvaccin givet 2020."),
      ("Egenvård", "Mäter blodsocker hemma några gånger i veckan, värden 6–9 på morgonen. Har fått ny mätare i våras och kan hantera den själv. Kontrollerar fötterna när han duschar och smörjer dem med fotkräm på kvällen."),
      ("Status", "BT 142/86 sittande. Vikt 94 kg, BMI 31. Fötter: nedsatt vibrationssinne bilat på stortån, monofilament känns ej på två punkter hö fot. Fotpulsar palpabla. Inga sår, lätt förhårdnad under MTP-huvuden. Cor: RR, inga blåsljud."),
      ("Lab", "HbA1c 58 (föregående 61). Kreatinin 88, eGFR 79. U-albumin/kreatinin 4,2. LDL 2,4. Kalium 4,3. B12 i nedre normalområdet."),
      ("Ögonbottenfoto", "Juni 2024 utan retinopati."),
      ("Bedömning", "Typ 2-diabetes, acceptabel glukoskontroll men målet är HbA1c under 52. Misstänkt diabetesneuropati i fötterna, DD B12-brist. Lätt albuminuri. Blodtrycket över målvärdet."),
      ("Åtgärd", "Remiss till fotterapeut, riskgrupp 2. Kontroll av B12 och folat. Enalapril ökas till 20 mg. Diskuterat GLP-1-analog, pat vill vänta och försöka själv med kost och motion först. Diabetessköterska om tre månader med ny HbA1c och BT. Läkare om ett år eller vid behov."),
      ("Information", "Pat informerad om fynden i fötterna och om vikten av daglig fotinspektion. Skriftliga fotvårdsråd utdelade. Frun var med och stöttar omläggningen av kosten hemma."),
  ], signed=40),
  must_not=["NL102"],
  why="long PMO annual check with a hedged neuropathy and DD: PMO never shows diagnoses")

C("vgr-lang-geriatrik-informerad", "vgr", "1937-09-09", "f",
  N("n1", SU_MOLNDAL_GER3, "Tobias Engström", "läkare", "2024-04-11T13:30", [
      ("Aktuellt", "Dag 6 av vårdtiden. Inlagd efter fall i hemmet med höger distal radiusfraktur, gipsbehandlad, samt nydebuterad förvirring. Förvirringen har klingat av sedan urinvägsinfektionen behandlades och smärtlindringen justerades."),
      ("Utredning", "Under vårdtiden kognitiv bedömning av arbetsterapeut och läkare: MoCA 17/30, DT hjärna med generell atrofi och uttalad mediotemporal atrofi. Anamnes från dottern om gradvis försämrat minne i tre år, tappad förmåga att sköta ekonomin och glömda tider."),
      ("Bedömning", "Alzheimers sjukdom, lindrig till måttlig grad, enligt samlad bedömning. Delirium i samband med UVI, nu i regress. Radiusfraktur höger, läker."),
      ("Information", "Patienten informerad om demensdiagnosen vid ett lugnt samtal idag i närvaro av dottern. Hon uppfattar informationen och säger att hon själv märkt att minnet svikit. Skriftlig information om sjukdomen och anhörigstöd lämnad. Sonen, som bor i Norrland, är ännu inte informerad; dottern ringer honom ikväll."),
      ("Läkemedel", "Donepezil 5 mg insätts, ökning till 10 mg efter fyra veckor om tolererat. Oxikodon utsatt. Alendronat och kalcium-D insätts pga fragilitetsfraktur."),
      ("Omvårdnad och funktion", "Går med rollator på avdelningen utan tillsyn, klarar toalettbesök själv. Behöver hjälp med dusch och påklädning av höger arm pga gipset. Äter bra, vikt stabil 58 kg. Sover hela nätterna sedan förvirringen gick över."),
      ("Socialt", "Änka sedan 2019, bor ensam i lägenhet på tredje våningen med hiss. Hemtjänst en gång per vecka för städning före inläggningen. Dottern bor i Mölndal och hjälper till med inköp och post."),
      ("Status idag", "Vaken, lugn, orienterad till person och plats men osäker på datum. BT 134/78, puls 72 regelbunden. Gips intakt, fingrarna varma och rörliga."),
      ("Kopia", "Anteckningen kopieras till minnesmottagningen och till hemtjänstens sjuksköterska i Mölndals stad, med patientens samtycke."),
      ("Planering", "Trol. utskrivning måndag. Ev. korttidsboende några veckor i väntan på utökad hemtjänst, biståndshandläggare kontaktad. Möjligen behövs trygghetslarm, arbetsterapeut tar upp det med kommunen. Uppföljning på minnesmottagning om tre månader, remiss skickad. Gipskontroll på ortopedmottagning om två veckor."),
      ("Övrigt", "Körkort saknas sedan flera år, ingen anmälan till Transportstyrelsen aktuell. Vapeninnehav förnekas."),
  ], setting="slutenvård", signed=60),
  must_not=["NL101", "NL102"],
  why="long ward note: dementia told to the patient, son not yet informed, hedges only about discharge")

C("vgr-lang-psyk-nybesok-gad", "vgr", "1995-08-14", "m",
  N("n1", UDD_PSYK, "Shirin Amini", "läkare", "2024-06-04T15:30", [
      ("Remissorsak", "Remiss från vårdcentral för bedömning av långvarig ångest och sömnproblem."),
      ("Anamnes", "28-årig man, bor med sambo, arbetar som lagerarbetare. Sedan tonåren orolig för det mesta: jobbet, ekonomin, hälsan, sambons bilkörning. Oron går inte att stänga av, han ältar på kvällen och somnar först vid 2-tiden. Spänd i nacke och käkar, lätt irriterad. Ingen panikattack enligt beskrivningen. Nedstämd perioder men inte sammanhängande två veckor. Inga maniska perioder. Alkohol 4–6 burkar öl på helgen, ingen narkotika. Provat sertralin 50 mg via vårdcentralen, slutade efter tre veckor pga illamående."),
      ("Hereditet", "Mamma behandlad för depression. Morbror hade möjligen bipolär sjukdom, oklart."),
      ("Psykiskt status", "Vaken, orienterad x3. God kontakt, lite rastlös. Stämningsläge lätt sänkt, affekt adekvat och följsam. Tankeinnehåll präglat av oro, inga tvångstankar. Inga psykotiska symtom. Förnekar suicidtankar och har inga planer, inga tidigare försök."),
      ("Skattningar", "GAD-7 17, PHQ-9 11, AUDIT 9."),
      ("Somatik", "Frisk i övrigt, inga läkemedel. Blodprover från vårdcentralen i april med normalt blodstatus, TSH och leverprover. Ingen koffeinkonsumtion utöver två koppar kaffe på morgonen. Tränar på gym två gånger i veckan när han orkar."),
      ("Socialt", "Uppvuxen i Uddevalla med mamma och två yngre syskon, pappan flyttade när han var tio. Gick ut gymnasiet med godkända betyg. Har ett par nära vänner sedan skoltiden som han spelar fotboll med. Ekonomin stabil, inga skulder. Sambon är stöttande och följde med till mottagningen men väntade i väntrummet."),
      ("Sömn", "Somnar sent, vaknar flera gånger, känner sig inte utvilad. Använder mobilen i sängen. Inga snarkningar eller andningsuppehåll enligt sambon."),
      ("Körkort", "Kör truck på jobbet och bil privat, inga hinder ur psykiatrisk synvinkel i nuläget."),
      ("Suicidriskbedömning", "Låg aktuell risk, skyddande faktorer sambo och arbete."),
      ("Bedömning", "Sannolikt generaliserat ångestsyndrom med sekundär sömnstörning. Riskbruk av alkohol, ingen beroendeproblematik framkommer."),
      ("Åtgärd", "Erbjuds KBT-grupp för GAD på mottagningen. Escitalopram 5 mg med upptrappning till 10 mg efter en vecka, information om biverkningar. Sömnråd. Återbesök om fyra veckor hos sjuksköterska, läkarbesök om åtta veckor."),
  ], signed=55),
  must=["NL102"], must_not=["NL101"],
  why="long psychiatry intake (VGR): 'Sannolikt generaliserat ångestsyndrom' visible")


# ================================================================ validation
KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
PNR = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
FILTERED_SK_TEMPLATES = {"Tidiga hypoteser"}
FILTERED_VGR_KEYWORDS = {"Tidiga hypoteser"}


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = f"case {name!r}"
        if set(c) != KEYS:
            errors.append(f"{where}: keys {sorted(c)}")
            continue
        if name in names:
            errors.append(f"{where}: duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append(f"{where}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            errors.append(f"{where}: why must be one line")
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errors.append(f"{where}: record keys {sorted(rec)}")
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            errors.append(f"{where}: patient keys")
        m = PNR.match(pat["id"])
        if not m:
            errors.append(f"{where}: personnummer format {pat['id']}")
        else:
            if f"{m[1]}-{m[2]}-{m[3]}" != pat["birth_date"]:
                errors.append(f"{where}: personnummer does not match birth_date")
            if not luhn_ok(pat["id"][2:8] + m[4]):
                errors.append(f"{where}: personnummer fails Luhn")
        try:
            dt.date.fromisoformat(pat["birth_date"])
        except ValueError:
            errors.append(f"{where}: bad birth_date")
        stamps = [rec["as_of"]]
        ids = set()
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errors.append(f"{where}: note keys {sorted(n)}")
                continue
            if n["id"] in ids:
                errors.append(f"{where}: duplicate note id {n['id']}")
            ids.add(n["id"])
            stamps.append(n["time"])
            if n["signed"] is not None:
                stamps.append(n["signed"])
                if n["signed"] < n["time"]:
                    errors.append(f"{where}: {n['id']} signed before written")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append(f"{where}: VGR notes are Melior")
            if n["system"] not in ("Melior", "PMO"):
                errors.append(f"{where}: system {n['system']}")
            a = age_at(pat["birth_date"], dt.datetime.fromisoformat(n["time"]))
            if 13 <= a <= 15 or a < 0:
                errors.append(f"{where}: patient aged {a} (13–15 excluded)")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errors.append(f"{where}: bad section in {n['id']}")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = " ".join(sent.split())
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != (name,):
                            errors.append(f"{where}: sentence also in {sentences[key][0]!r}: {sent!r}")
                        elif key in sentences:
                            errors.append(f"{where}: sentence repeated within case: {sent!r}")
                        sentences[key] = (name,)
        for st in stamps:
            try:
                t = dt.datetime.fromisoformat(st)
            except (TypeError, ValueError):
                errors.append(f"{where}: bad timestamp {st!r}")
                continue
            if t.year != 2024:
                errors.append(f"{where}: date outside 2024: {st}")
        notes_by_id = {n["id"]: n for n in rec["notes"]}
        seen = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if not (isinstance(item, list) and len(item) == 2):
                    errors.append(f"{where}: bad {kind} item {item}")
                    continue
                code, nid = item
                if not re.fullmatch(r"NL\d{3}", code):
                    errors.append(f"{where}: bad code {code}")
                if nid not in notes_by_id:
                    errors.append(f"{where}: target {nid} does not exist")
                    continue
                if (code, nid) in seen:
                    errors.append(f"{where}: {code}@{nid} asserted twice")
                seen.add((code, nid))
                note = notes_by_id[nid]
                if code == "NL101" and note["system"] == "PMO":
                    errors.append(f"{where}: NL101 asserted on a PMO note")
                if code == "NL102" and kind == "must" and note["system"] != "Melior":
                    errors.append(f"{where}: NL102 must on a non-Melior note")
                hidden = (c["ruleset"] == "skane" and note["template"] in FILTERED_SK_TEMPLATES)
                if kind == "must" and hidden:
                    errors.append(f"{where}: must on a note hidden by its template")
        if not c["must"] and not c["must_not"]:
            errors.append(f"{where}: asserts nothing")
    return errors


def main():
    errors = validate(CASES)
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); wrote {OUT.name} anyway for inspection", file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print(f"wrote {OUT.name}: {len(CASES)} cases")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code]['must']}, must_not {counts[code]['must_not']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
