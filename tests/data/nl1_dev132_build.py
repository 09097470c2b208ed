#!/usr/bin/env python3
"""dev132: one patient's path across care providers (NL101, NL102).

Hand-written Swedish journal notes: private specialist clinics, county hospitals,
primary care, hemsjukvård and kommunal hälso- och sjukvård, Skåne and VGR.
Standard library only, deterministic.  Running it writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev132_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals, private specialists on the regional system)
    "kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4K11"),
    "hjart_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-4H27"),
    "hjart_avd_ksd": ("Hjärtavdelning 5, Centralsjukhuset Kristianstad", "SE2321000255-4C05"),
    "kard_priv_mlm": ("Hjärtspecialisten Malmö, privat kardiologmottagning", "SE5568104417-0H01"),
    "uro_mlm": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5U31"),
    "uro_avd_mlm": ("Urologiska avdelningen 2, Skånes universitetssjukhus Malmö", "SE2321000255-5U42"),
    "uro_jour_mlm": ("Urologjouren, Skånes universitetssjukhus Malmö", "SE2321000255-5U09"),
    "kk_ksd": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-4C61"),
    "gyn_ystad": ("Gynekologimottagningen, Ystads lasarett", "SE2321000255-6Y14"),
    "gyn_priv_mlm": ("Gynekologhuset Triangeln, privat specialistmottagning Malmö", "SE5569022183-0G02"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L88"),
    "hud_priv_hbg": ("Hudkliniken Helsingborg, privat specialistmottagning", "SE5567731950-0D01"),
    "onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-4H52"),
    "onh_akut_lund": ("Öron-, näs- och halsakuten, Skånes universitetssjukhus Lund", "SE2321000255-4L13"),
    "onh_priv_lund": ("ÖNH-specialisterna Lund, privat mottagning", "SE5590146637-0E01"),
    "med_ystad": ("Medicinkliniken avdelning 3, Ystads lasarett", "SE2321000255-6Y03"),
    "stroke_ystad": ("Strokeenheten, Ystads lasarett", "SE2321000255-6Y21"),
    "akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-6Y01"),
    "kir_ystad": ("Kirurgiska mottagningen, Ystads lasarett", "SE2321000255-6Y40"),
    "med_tbg": ("Medicinavdelningen, Trelleborgs lasarett", "SE2321000255-6T02"),
    "asih_tbg": ("ASIH Trelleborg–Vellinge", "SE2321000255-6T77"),
    "minne_mlm": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5M19"),
    "barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-4H70"),
    # Skåne, PMO (primary care, hemsjukvård, kommunal hälso- och sjukvård)
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-7S10"),
    "vc_tagaborg": ("Vårdcentralen Tågaborg, Helsingborg", "SE2321000255-7T22"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-7E31"),
    "vc_trelleborg": ("Vårdcentralen Söder, Trelleborg", "SE2321000255-7T48"),
    "bvc_horby": ("BVC, Vårdcentralen Hörby", "SE2321000255-7H05"),
    "hsjv_tbg": ("Hemsjukvården Trelleborg", "SE2321000255-7T90"),
    "hsjv_horby": ("Hemsjukvården, Vårdcentralen Hörby", "SE2321000255-7H91"),
    "kommunal_eslov": ("Kommunal hälso- och sjukvård, Eslövs kommun", "SE2321000255-7E95"),
    # VGR, Melior everywhere in this set
    "kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E0K3"),
    "hjart_nal": ("Hjärtmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-N4H1"),
    "kard_priv_gbg": ("Carlanderska sjukhuset, hjärtmottagningen", "SE5560176802-0C11"),
    "uro_sas": ("Urologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B2U5"),
    "uro_su": ("Urologiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-S7U2"),
    "uro_avd_su": ("Urologiska avdelningen 132, Sahlgrenska Universitetssjukhuset", "SE2321000131-S7U9"),
    "kk_nal": ("Kvinnosjukvården, NU-sjukvården NÄL", "SE2321000131-N4K6"),
    "kk_skas": ("Gynekologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K3G2"),
    "gyn_priv_gbg": ("Gyn Göteborg Avenyn, privat specialistmottagning", "SE5569887341-0A01"),
    "ungdom_gbg": ("Ungdomsmottagningen Frölunda, Göteborg", "SE2321000131-F1U4"),
    "hud_skas": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K3H8"),
    "hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-S7H1"),
    "hud_priv_kba": ("Hudläkarhuset Kungsbacka, privat specialistmottagning", "SE5591234476-0K02"),
    "onh_su": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset Gröna stråket", "SE2321000131-S7O3"),
    "onh_priv_gbg": ("ÖNH-kliniken Capio Lundby", "SE5565947210-0L05"),
    "onh_jour_su": ("ÖNH-jouren, Sahlgrenska Universitetssjukhuset", "SE2321000131-S7O0"),
    "med_alingsas": ("Medicinavdelning 4, Alingsås lasarett", "SE2321000131-A1M4"),
    "med_kungalv": ("Medicinkliniken avdelning 24, Kungälvs sjukhus", "SE2321000131-K5M2"),
    "akut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-K5A1"),
    "vc_lerum": ("Närhälsan Lerum vårdcentral", "SE2321000131-L8V1"),
    "vc_herrestad": ("Närhälsan Herrestad vårdcentral, Uddevalla", "SE2321000131-U6V2"),
    "vc_skovde": ("Närhälsan Ryd vårdcentral, Skövde", "SE2321000131-K3V7"),
    "kommunal_thn": ("Kommunal hälso- och sjukvård, Trollhättans stad", "SE2321000131-T9K1"),
    "hsjv_boras": ("Hemsjukvården, Borås Stad", "SE2321000131-B2K4"),
    "kommunal_lerum": ("Kommunal hälso- och sjukvård, Lerums kommun", "SE2321000131-L8K3"),
}

DOCTORS = ["Anna Lindqvist", "Johan Holm", "Sara Nordin", "Erik Bergström", "Maria Sandberg",
           "Ali Hassan", "Karin Ek", "Per Wallin", "Fatima Rahimi", "Lars-Göran Persson",
           "Elin Fransson", "Mikael Öberg", "Helena Dahl", "Oskar Lund", "Ingrid Sjöberg",
           "Tomas Kowalski", "Nadia Haddad", "Gustav Ahlgren", "Jenny Blom", "Reza Karimi",
           "Cecilia Wrede", "Björn Axelsson", "Amira Said", "Henrik Falk"]
NURSES = ["Lena Svensson", "Camilla Nilsson", "Maja Olofsson", "Birgitta Håkansson",
          "Sofia Jönsson", "Emma Lindgren", "Petra Axelsson", "Hanna Berg", "Malin Eriksson",
          "Agneta Strand", "Linnea Mattsson", "Yasmin Ali", "Therese Kvist", "Monica Ljung"]
MIDWIVES = ["Ulrika Hedlund", "Josefin Ström", "Annika Borg"]

_pick = {"n": 0}


def _author(role, name=None):
    if name:
        return {"name": name, "role": role}
    _pick["n"] += 1
    k = _pick["n"]
    if role == "läkare":
        pool = DOCTORS
    elif role == "barnmorska":
        pool = MIDWIVES
    else:
        pool = NURSES
    return {"name": pool[(k * 7) % len(pool)], "role": role}


def _ts(s):
    return s.replace(" ", "T") + ":00"


def N(nid, system, template, unit, role, when, sign_min, setting, sections, author=None):
    """One note. sign_min = minutes until signing, or None for an unsigned draft."""
    t = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    signed = None
    if sign_min is not None:
        signed = (t + _dt.timedelta(minutes=sign_min)).strftime("%Y-%m-%dT%H:%M:%S")
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": _author(role, author),
        "time": _ts(when),
        "signed": signed,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, sex, idx):
    serial = (37 * idx + 113) % 1000
    want_odd = sex == "M"
    if (serial % 2 == 1) != want_odd:
        serial = (serial + 1) % 1000
        if (serial % 2 == 1) != want_odd:
            serial = (serial + 1) % 1000
    ymd = birth.replace("-", "")
    s3 = "%03d" % serial
    check = _luhn(ymd[2:] + s3)
    return "%s-%s%d" % (ymd, s3, check)


CASES = []


def C(name, ruleset, birth, sex, as_of, notes, must=(), must_not=(), why=""):
    CASES.append({
        "_birth": birth, "_sex": sex,
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": None, "birth_date": birth, "protected_identity": False},
            "as_of": as_of + "T00:00:00",
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


TH = "Tidiga hypoteser"

# ======================================================================
# CASES
# ======================================================================
# ---------------------------------------------------------------- kardiologi
C("d132-kard-flimmer-pmo-remiss-sedan-melior-trolig", "skane", "1955-09-14", "M", "2024-03-15", [
    N("n1", "PMO", "Besöksanteckning", "vc_sjobo", "läkare", "2024-02-05 09:40", 30, "öppenvård", [
        ("Aktuellt", "68-årig man med hjärtklappning i attacker sedan jul, varar 10–30 min, ibland yrsel. Ingen bröstsmärta, ingen svimning."),
        ("Status", "Cor: regelbunden rytm idag, frekv 76, inga blåsljud. BT 148/86. Pulm: ua."),
        ("Bedömning", "Misstänkt paroxysmalt förmaksflimmer. Vilo-EKG visar sinusrytm utan överledningsrubbning. Remiss kardiologmottagningen Lund för långtids-EKG och ställningstagande till antikoagulation."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "kard_lund", "läkare", "2024-03-11 13:20", 55, "öppenvård", [
        ("Anamnes", "Remiss från VC Sjöbo. Beskriver anfall av snabb, oregelbunden hjärtrytm, senast för fyra dagar sedan efter en middag. Dricker 2–3 glas vin per vecka, snusar inte."),
        ("Bedömning", "Troligt paroxysmalt förmaksflimmer, CHA2DS2-VASc 2 p (ålder, hypertoni). Anamnesen talar starkt för arytmi trots normalt vilo-EKG."),
        ("Planering", "72 h Holter och UKG. Återbesök efter undersökningarna för beslut om NOAK."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Same hedged AF first in a PMO referral note (never shown) and then in the Melior specialist note: only the Melior note is flagged.")

C("d132-kard-hcm-endast-i-th-mallen", "skane", "2004-06-02", "M", "2024-02-20", [
    N("n1", "Melior", TH, "hjart_hbg", "läkare", "2024-02-14 10:05", 40, "öppenvård", [
        ("Bedömning", "EKG med uttalade T-vågsinversioner V4–V6 och höga QRS-amplituder. Susp. hypertrof kardiomyopati, DD idrottshjärta. Framförs inte till pat innan MR hjärta är gjord."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "hjart_hbg", "läkare", "2024-02-14 10:10", 45, "öppenvård", [
        ("Aktuellt", "Remitterad från idrottsmedicin efter screening-EKG inför elitsatsning i fotboll. Inga symtom, ingen synkope. Ingen känd plötslig hjärtdöd i släkten."),
        ("Planering", "MR hjärta och arbetsprov. Rekommenderar uppehåll med matchspel tills svaren finns, vilket pat accepterar efter viss diskussion."),
    ]),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
  why="Skåne: hedged HCM stands only in the Tidiga hypoteser template; the visible note the same day holds history and plan only.")

C("d132-kard-hcm-th-mall-men-ssk-telefon-lacker", "skane", "1987-11-23", "M", "2024-03-08", [
    N("n1", "Melior", TH, "hjart_hbg", "läkare", "2024-02-27 11:30", 20, "öppenvård", [
        ("Bedömning", "Asymmetrisk septumhypertrofi 17 mm på UKG, SAM-fenomen saknas. Inger misstanke om hypertrof kardiomyopati; genetisk utredning övervägs innan något kommuniceras."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "hjart_hbg", "sjuksköterska", "2024-03-04 08:50", 15, "öppenvård", [
        ("Telefonkontakt", "Pat ringer och undrar varför han ska göra MR. Förklarar att läkaren vill utreda om det kan röra sig om hypertrof kardiomyopati, alltså en förtjockad hjärtmuskel. Tid för MR 14/3 bekräftad."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="The doctor keeps the hypothesis in the Tidiga hypoteser template, but the nurse repeats it hedged in a visible phone note: assert on the nurse's note.")

C("d132-kard-amyloidos-sokord-th-vgr", "vgr", "1944-12-01", "M", "2024-04-02", [
    N("n1", "Melior", "Läkaranteckning", "kard_su", "läkare", "2024-03-26 14:15", 60, "öppenvård", [
        ("Anamnes", "79-årig man, bilateralt karpaltunnelsyndrom opererat 2019 och 2021. Tilltagande ansträngningsdyspné sedan i våras, klarar en trappa."),
        ("Status", "Lätta underbensödem. Cor: regelbunden, inga blåsljud. BT 112/70, puls 68."),
        ("Tidiga hypoteser", "Väggtjocklek 16 mm, låg voltage på EKG och karpaltunnel bilat: misstänkt ATTR-amyloidos. Avvaktar DPD-scintigrafi innan detta tas upp med pat."),
        ("Planering", "DPD-skintigrafi, fria lätta kedjor i serum, NT-proBNP. Återbesök efter svar."),
    ]),
], must_not=[("NL102", "n1")],
  why="VGR: the hedged amyloidosis sits only under the sökord Tidiga hypoteser; the visible sections hold symptoms, status and plan.")

C("d132-kard-amyloidos-ssk-kopierar-fragestallning", "vgr", "1949-03-17", "K", "2024-04-12", [
    N("n1", "Melior", "Läkaranteckning", "kard_su", "läkare", "2024-04-03 09:30", 35, "öppenvård", [
        ("Aktuellt", "Uppföljning av hypertrofi på UKG, besvärad av trötthet och domningar i händerna."),
        ("Tidiga hypoteser", "Susp. kardiell amyloidos (ATTR), inte nämnt för pat ännu."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "kard_su", "sjuksköterska", "2024-04-04 10:40", 10, "öppenvård", [
        ("Planering", "Kallelse till DPD-skintigrafi skickad, frågeställning kardiell amyloidos enligt remissen. Pat informerad om att ingen fasta krävs och att undersökningen tar ungefär tre timmar."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="The nurse copies the referral question 'frågeställning kardiell amyloidos' into a visible Planering while the doctor kept it under Tidiga hypoteser.")

C("d132-kard-amyloidos-faststalld-och-meddelad", "vgr", "1946-07-29", "M", "2024-05-10", [
    N("n1", "Melior", "Läkaranteckning", "kard_su", "läkare", "2024-04-08 15:00", 30, "öppenvård", [
        ("Status", "Halsvenstas saknas. Måttliga ankelödem bilat."),
        ("Tidiga hypoteser", "Ev. transtyretinamyloidos, väntar scintigrafi och lätta kedjor."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "kard_su", "läkare", "2024-05-06 13:45", 50, "öppenvård", [
        ("Bedömning", "DPD-skintigrafi Perugini grad 3 och normala fria lätta kedjor: diagnosen ATTR-amyloidos med hjärtengagemang är därmed ställd."),
        ("Åtgärd", "Diagnosen genomgången med pat och hustrun vid dagens besök. Remiss för analys av TTR-genen. Tafamidis diskuteras, ansökan skrivs."),
    ]),
], must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="The hypothesis from the Tidiga hypoteser section is settled and told in the next visible note: no hedge remains and the patient is informed.")

C("d132-kard-nstemi-typo-sanolikt", "skane", "1961-01-08", "M", "2024-01-18", [
    N("n1", "Melior", "Inskrivningsanteckning", "hjart_avd_ksd", "läkare", "2024-01-16 07:55", None, "slutenvård", [
        ("Aktuellt", "Tryck över bröstet sedan kl 04 i natt som strålar mot vä arm. Diabetiker, röker 10 cig/dag."),
        ("Status", "Opåverkad, BT 162/94, puls 88 reg. Cor/pulm ua."),
        ("Bedömning", "Troponin T 48 -> 95 ng/L, EKG med ST-sänkningar V5–V6. Sanolikt NSTEMI. Start ASA, ticagrelor och fondaparinux enligt PM, angio planeras imorgon."),
    ]),
], must=[("NL102", "n1")],
  why="Typo in the hedge ('Sanolikt') before NSTEMI in a visible, still unsigned admission note.")

C("d132-kard-troponin-talar-emot-aks", "skane", "1968-10-30", "K", "2024-02-03", [
    N("n1", "Melior", "Akutanteckning", "akut_ystad", "läkare", "2024-02-01 22:10", 35, "öppenvård", [
        ("Aktuellt", "55-årig kvinna med stickande smärta i vä bröstkorgshalva sedan två dagar, värre vid djupandning och vid tryck mot revbenen."),
        ("Bedömning", "Troponin T <5 ng/L vid 0 och 3 h, EKG ua. Talar emot akut koronart syndrom. Smärtan reproduceras vid palpation av de costochondrala övergångarna."),
        ("Åtgärd", "Hem med NSAID i fem dagar. Söker igen vid tilltagande andfåddhet."),
    ]),
], must_not=[("NL102", "n1")],
  why="ACS is argued against ('talar emot'); no hedged diagnosis remains in the visible note.")

C("d132-kard-perikardit-talar-for", "vgr", "1991-04-19", "M", "2024-03-02", [
    N("n1", "Melior", "Akutanteckning", "akut_kungalv", "läkare", "2024-03-01 19:25", None, "öppenvård", [
        ("Anamnes", "32-årig man, förkyld för en vecka sedan. Nu skarp retrosternal smärta som lindras när han lutar sig framåt."),
        ("Status", "Gnidningsljud parasternalt vä. Temp 37,9."),
        ("Bedömning", "Utbredda konkava ST-höjningar och PR-sänkningar. Talar för akut perikardit. Troponin lätt förhöjt 22, kontroll om 3 h."),
    ]),
], must=[("NL102", "n1")],
  why="'Talar för akut perikardit' is a hedged diagnosis in a visible Bedömning.")

C("d132-kard-pneumoni-trolig-utskrivning", "vgr", "1939-02-11", "K", "2024-01-25", [
    N("n1", "Melior", "Daganteckning", "med_alingsas", "läkare", "2024-01-23 11:00", 25, "slutenvård", [
        ("Aktuellt", "Dag 3 med bensylpenicillin för vänstersidig pneumoni. Feberfri sedan igår, CRP 212 -> 64."),
        ("Planering", "Byte till peroralt amoxicillin. Trolig utskrivning i morgon efter rond om fortsatt stabil."),
    ]),
], must_not=[("NL102", "n1")],
  why="The only hedge is on the discharge ('trolig utskrivning'); the pneumonia is confirmed.")

C("d132-kard-kant-flimmer-ev-dosjustering", "vgr", "1950-08-05", "M", "2024-02-16", [
    N("n1", "Melior", "Telefonanteckning", "hjart_nal", "sjuksköterska", "2024-02-15 09:20", 15, "öppenvård", [
        ("Telefonkontakt", "Känt permanent förmaksflimmer sedan 2019, Eliquis 5 mg x 2. Pat ringer om trötthet och puls 48 på blodtrycksmätaren. Ev. dosjustering av bisoprolol, tar upp det med dr Lindqvist idag och återkommer till pat."),
    ]),
], must_not=[("NL102", "n1")],
  why="Known AF stated as fact; the 'ev.' hedges a dose change, which is no diagnosis.")

C("d132-kard-stabil-angina-om-brostsmarta-ring", "skane", "1952-05-21", "M", "2024-04-22", [
    N("n1", "Melior", "Läkaranteckning", "kard_priv_mlm", "läkare", "2024-04-18 16:00", 30, "öppenvård", [
        ("Diagnos", "Stabil angina pectoris, tvåkärlssjukdom enligt koronarangiografi 2022."),
        ("Åtgärd", "Nitroglycerin resoriblett förnyad. Om vilobröstsmärta eller smärta som inte släpper efter två doser: ring 112."),
    ]),
], must_not=[("NL102", "n1")],
  why="Private cardiologist: confirmed angina plus a conditional safety instruction; nothing hedged.")

C("d132-kard-remiss-eko-fragestallnig-typo", "vgr", "1949-09-09", "K", "2024-03-20", [
    N("n1", "Melior", "Besöksanteckning", "vc_lerum", "läkare", "2024-03-18 10:30", None, "öppenvård", [
        ("Aktuellt", "74-årig kvinna, tilltagande andfåddhet i trappor och svullna anklar sedan februari."),
        ("Status", "Pittingödem bilat till mitten av skenbenen. Basala rassel bilat. SpO2 94 %."),
        ("Åtgärd", "NT-proBNP 1 850. Remiss ekokardiografi SU/Östra, frågeställnig hjärtsvikt med nedsatt EF. Furosemid 40 mg x 1 insatt i väntan."),
    ]),
], must=[("NL102", "n1")],
  why="VGR primary care on Melior: remiss question 'frågeställnig hjärtsvikt' (typo) in a visible Åtgärd, draft note.")

C("d132-kard-hjartsvikt-th-sedan-avskrivs", "vgr", "1947-06-13", "K", "2024-05-03", [
    N("n1", "Melior", "Besöksanteckning", "vc_herrestad", "läkare", "2024-04-10 08:40", 25, "öppenvård", [
        ("Aktuellt", "Svullna ben sedan vintern, ingen andnöd i vila."),
        ("Tidiga hypoteser", "Hjärtsvikt kan inte uteslutas vid bilaterala ödem hos hypertoniker, avvaktar NT-proBNP och UKG."),
    ]),
    N("n2", "Melior", "Besöksanteckning", "vc_herrestad", "läkare", "2024-04-30 14:10", 20, "öppenvård", [
        ("Bedömning", "NT-proBNP 96 ng/L och UKG med EF 62 %. Hjärtsvikt avskrivs. Ödemen förklaras av venös insufficiens med varicer bilat."),
        ("Åtgärd", "Kompressionsstrumpor klass 2 utprovade, pat nöjd med beskedet."),
    ]),
], must_not=[("NL102", "n2")],
  why="Hypothesis kept under Tidiga hypoteser in the first note, ruled out ('avskrivs') in the visible follow-up note.")

C("d132-kard-hemsjukvard-vgr-inger-misstanke-hjartsvikt", "vgr", "1936-03-03", "K", "2024-02-09", [
    N("n1", "Melior", "Hemsjukvårdsanteckning", "hsjv_boras", "sjuksköterska", "2024-02-08 11:15", 30, "öppenvård", [
        ("Hembesök", "Pat uppger att byxorna stramar kring midjan, vikt 81,4 kg mot 77,9 kg för en vecka sedan."),
        ("Status", "Ödem båda underbenen upp till knäna, andas tungt vid förflyttning säng–rullstol. Sat 91 % utan syrgas."),
        ("Bedömning", "Inger misstanke om nytillkommen hjärtsvikt. Kontaktat vårdcentralens läkare som ordinerar furosemid 40 mg och gör hembesök i morgon."),
    ]),
], must=[("NL102", "n1")],
  why="Home-care nurse in VGR (Melior) writes a hedged heart failure ('inger misstanke om') in a visible Bedömning.")

C("d132-kard-mammas-kardiomyopati-pat-frisk", "skane", "1990-01-26", "K", "2024-03-28", [
    N("n1", "Melior", "Läkaranteckning", "hjart_hbg", "läkare", "2024-03-25 10:45", 35, "öppenvård", [
        ("Anamnes", "Mamma avled 52 år, misstänkt dilaterad kardiomyopati enligt släktingar men aldrig utredd. Morbror har pacemaker sedan 60 års ålder."),
        ("Status", "Cor: regelbunden, 64/min, inga blåsljud. Inga ödem."),
        ("Bedömning", "UKG och EKG utan avvikelser hos pat, ingen kardiomyopati. Kaskadscreening erbjuds även syskonen."),
    ]),
], must_not=[("NL102", "n1")],
  why="The hedged cardiomyopathy belongs to the mother; the patient's own finding is negative.")

C("d132-kard-aortastenos-ej-meddelat-pat", "skane", "1938-12-19", "K", "2024-02-24", [
    N("n1", "PMO", "Besöksanteckning", "vc_sjobo", "läkare", "2024-02-12 13:30", 25, "öppenvård", [
        ("Aktuellt", "Svimmade i köket i förrgår, slog i huvudet lätt. Ansträngningsdyspné sedan ett halvår."),
        ("Status", "Systoliskt blåsljud 3/6 med utstrålning mot halsen. BT 128/74."),
        ("Åtgärd", "Remiss Ystads lasarett akut för inläggning och UKG."),
    ]),
    N("n2", "Melior", "Daganteckning", "med_ystad", "läkare", "2024-02-14 15:20", None, "slutenvård", [
        ("Aktuellt", "Inlagd för synkope i hemmet. Telemetri utan arytmi under två dygn. Blodtryck stabilt, inga ortostatiska fall."),
        ("Bedömning", "UKG idag: svår aortastenos, AVA 0,7 cm², medelgradient 52 mmHg, bevarad EF. Detta är ännu inte meddelat pat; kardiolog från Lund ronderar torsdag och tar samtalet då."),
        ("Planering", "Undvik nitrater och kraftig diures. Remiss till TAVI-konferens."),
    ]),
], must=[("NL101", "n2")], must_not=[("NL102", "n2")],
  why="County hospital draft: confirmed severe aortic stenosis in a visible Bedömning that says it is not yet told to the patient.")

C("d132-kard-aortastenos-besked-i-senare-anteckning", "skane", "1941-04-07", "M", "2024-03-09", [
    N("n1", "Melior", "Daganteckning", "med_ystad", "läkare", "2024-03-04 14:40", 30, "slutenvård", [
        ("Bedömning", "UKG visar uttalad aortastenos med kraftigt förkalkad klaff. Pat ej informerad, väntar på kardiologbedömning innan samtal."),
    ]),
    N("n2", "Melior", "Daganteckning", "med_ystad", "läkare", "2024-03-06 11:05", 20, "slutenvård", [
        ("Bedömning", "Kardiolog dr Nordin har i dag tillsammans med undertecknad informerat pat och sonen om den svåra aortastenosen och om att TAVI kan bli aktuellt. Pat tog beskedet lugnt och vill gå vidare med utredning."),
    ]),
], must_not=[("NL101", "n2")],
  why="The later note documents the telling of the stenosis withheld in the first note; the later note is not flagged.")

C("d132-kard-myh7-genetiskt-svar-ej-informerad", "vgr", "1979-08-16", "M", "2024-04-19", [
    N("n1", "Melior", "Läkaranteckning", "kard_su", "läkare", "2024-04-17 12:00", 45, "öppenvård", [
        ("Utredning", "Svar från klinisk genetik: patogen variant i MYH7 (c.1208G>A). Diagnosen är därmed familjär hypertrof kardiomyopati med autosomalt dominant ärftlighet."),
        ("Planering", "Patienten har inte informerats om svaret ännu. Genetisk vägledare bokas till samma besök i maj så att frågor om barnen kan tas direkt."),
    ]),
], must=[("NL101", "n1")],
  why="A genetic diagnosis stated in a visible Utredning while Planering says the patient has not been informed.")

C("d132-kard-holter-normalt-ej-underrattad", "vgr", "1966-02-02", "K", "2024-03-14", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "hjart_nal", "sjuksköterska", "2024-03-13 15:30", 10, "öppenvård", [
        ("Utredning", "Långtids-EKG 48 h: sinusrytm, enstaka VES, inga pauser och inget förmaksflimmer."),
        ("Planering", "Pat ej underrättad om resultatet ännu, brev skickas i veckan. Känd hypertoni, fortsatt amlodipin 5 mg."),
    ]),
], must_not=[("NL101", "n1")],
  why="What is not yet told is a normal Holter result; the only diagnosis (hypertension) is long known.")

C("d132-kard-remiss-skickad-pat-vet-ej", "skane", "1957-10-10", "K", "2024-05-16", [
    N("n1", "Melior", "Läkaranteckning", "kard_priv_mlm", "läkare", "2024-05-14 17:10", 40, "öppenvård", [
        ("Bedömning", "Måttlig mitralisinsufficiens, känd sedan 2021 och genomgången med pat vid förra besöket. Lätt progress på dagens UKG, vänster förmak 48 mm."),
        ("Åtgärd", "Remiss till thoraxkirurgisk bedömning skickad i dag. Pat har inte fått veta att remissen gått iväg, jag ringer henne i morgon."),
    ]),
], must_not=[("NL101", "n1")],
  why="Private cardiologist: the untold item is that a referral was sent; the mitral regurgitation was told earlier.")

C("d132-kard-dcm-pmo-fragar-melior-informerad", "skane", "1972-07-27", "M", "2024-06-05", [
    N("n1", "PMO", "Telefonanteckning", "vc_tagaborg", "distriktssköterska", "2024-05-20 09:05", 10, "öppenvård", [
        ("Telefonkontakt", "Pat undrar över svaret på hjärtultraljudet. Svaret har inte kommit till oss, hänvisar till hjärtmottagningen."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "hjart_hbg", "läkare", "2024-05-28 10:30", 50, "öppenvård", [
        ("Bedömning", "Dilaterad kardiomyopati, EF 30 %, ingen signifikant kranskärlssjukdom på DT-angio. Pat informerad om diagnosen vid dagens besök och fick skriftlig information om hjärtsvikt."),
        ("Planering", "Insättning av sakubitril/valsartan, upptitrering via hjärtsviktssköterska."),
    ]),
], must_not=[("NL101", "n2"), ("NL102", "n2")],
  why="Primary care (PMO) only knows that a result is pending; the Melior note states the diagnosis and that it was told today.")
# ---------------------------------------------------------------- urologi
C("d132-uro-psa-vc-pmo-sedan-urolog-misstankt", "skane", "1957-12-04", "M", "2024-02-28", [
    N("n1", "PMO", "Besöksanteckning", "vc_eslov", "läkare", "2024-02-01 10:20", 30, "öppenvård", [
        ("Aktuellt", "Hälsokontroll. PSA 14 µg/L, för ett år sedan 6. Inga miktionsbesvär."),
        ("Bedömning", "Misstänkt prostatacancer utifrån PSA-stegringen. Remiss urologen enligt SVF."),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "uro_mlm", "läkare", "2024-02-22 09:15", 60, "öppenvård", [
        ("Anamnes", "66-årig man, remitterad från VC Eslöv. Far hade prostatacancer i 80-årsåldern. Nykturi 1 gång."),
        ("Status", "PR: hård resistens i vä lob, avgränsbar mot sidan, ej fixerad."),
        ("Bedömning", "Misstänkt prostatacancer, kliniskt T2. MR prostata och därefter riktade biopsier."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Same 'misstänkt prostatacancer' in the PMO referral (never shown) and in the urologist's Melior note (shown).")

C("d132-uro-pad-gleason-besked-vantar", "skane", "1955-03-30", "M", "2024-03-09", [
    N("n1", "Melior", "Mottagningsanteckning", "uro_mlm", "läkare", "2024-02-05 08:30", 35, "öppenvård", [
        ("Åtgärd", "Transperineala biopsier x 12 under lokalbedövning, inga komplikationer. Svar väntas om två veckor."),
    ]),
    N("n2", "Melior", "Provsvarsbedömning", "uro_mlm", "läkare", "2024-03-01 16:40", 25, "öppenvård", [
        ("Utredning", "PAD prostatabiopsier: adenocarcinom Gleason 4+4=8 i 6 av 12 biopsier, ISUP 4."),
        ("Planering", "Pat ej informerad om PAD. Besked ges på mottagningen 12/3 med kontaktsjuksköterska närvarande. Skelettscintigrafi beställd."),
    ]),
], must=[("NL101", "n2")], must_not=[("NL102", "n2")],
  why="Confirmed prostate cancer in a visible Utredning with 'pat ej informerad om PAD' in the same note.")

C("d132-uro-kontaktssk-efter-cancerbesked", "skane", "1950-06-18", "M", "2024-04-11", [
    N("n1", "Melior", "Provsvarsbedömning", "uro_mlm", "läkare", "2024-03-25 15:10", 20, "öppenvård", [
        ("Utredning", "Biopsier: adenocarcinom Gleason 3+4 i tre av tolv kolvar. MR utan extraprostatisk växt."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "uro_mlm", "sjuksköterska", "2024-04-09 11:30", 15, "öppenvård", [
        ("Information", "Samtal efter att dr Holm lämnat beskedet om prostatacancer idag. Pat och hustrun fick Min vårdplan, mitt direktnummer samt skriftlig information om strålbehandling och operation."),
    ]),
], must_not=[("NL101", "n2")],
  why="The contact nurse documents the conversation right after the doctor told the diagnosis: told, so no NL101.")

C("d132-uro-makrohematuri-blascancer-kan-ej-uteslutas", "vgr", "1953-11-25", "M", "2024-01-31", [
    N("n1", "Melior", "Mottagningsanteckning", "uro_sas", "läkare", "2024-01-29 13:00", 45, "öppenvård", [
        ("Anamnes", "Rökare 40 paketår. Synligt blod i urinen vid två tillfällen, smärtfritt, inga koagel."),
        ("Bedömning", "Makroskopisk hematuri hos rökare, blåscancer kan ej uteslutas. DT-urografi och cystoskopi enligt standardiserat vårdförlopp."),
    ]),
], must=[("NL102", "n1")],
  why="'Blåscancer kan ej uteslutas' in a visible Bedömning.")

C("d132-uro-hematuri-ingen-misstanke-malignitet", "vgr", "1975-05-05", "K", "2024-02-22", [
    N("n1", "Melior", "Mottagningsanteckning", "uro_su", "läkare", "2024-02-20 10:15", 30, "öppenvård", [
        ("Bedömning", "Cystoskopi och DT-urografi utan anmärkning. Ingen misstanke om malignitet; hematurin förklaras av den odlingsverifierade cystiten i januari."),
        ("Planering", "Avslutas från urologin. Ny kontakt vid recidiv av synlig blödning."),
    ]),
], must_not=[("NL102", "n1")],
  why="Malignancy explicitly negated ('ingen misstanke om'); the cystitis is confirmed.")

C("d132-uro-turb-blastumor-pat-sov", "vgr", "1948-09-02", "M", "2024-03-07", [
    N("n1", "Melior", "Operationsanteckning", "uro_avd_su", "läkare", "2024-03-06 10:50", None, "slutenvård", [
        ("Åtgärd", "TURB i narkos. Papillär blåstumör ca 3 cm vid vä uretärmynning, resekerad i sin helhet med detrusormuskel i preparatet."),
        ("Planering", "Pat sov under ingreppet och är ännu inte informerad om fyndet av blåstumör; undertecknad informerar på avdelningen i eftermiddag. Ingen mitomycininstillation pga perforationsrisk."),
    ]),
], must=[("NL101", "n1")],
  why="Operation note draft: bladder tumour stated and the note says the patient is not yet informed.")

C("d132-uro-njurcancer-th-mall-sedan-mdk-besked", "skane", "1962-02-14", "K", "2024-03-01", [
    N("n1", "Melior", TH, "uro_mlm", "läkare", "2024-02-08 14:20", 30, "öppenvård", [
        ("Bedömning", "Solid kontrastladdande förändring 4 cm i nedre polen hö njure. Sannolikt njurcellscancer, diskuteras på MDK innan pat får besked."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "uro_mlm", "läkare", "2024-02-27 09:40", 40, "öppenvård", [
        ("Bedömning", "MDK 20/2 fastställer diagnosen njurcellscancer T1a utifrån DT-bilden; biopsi behövs inte."),
        ("Åtgärd", "Diagnosen och rekommendationen om robotassisterad partiell nefrektomi genomgången med pat i dag. Hon vill opereras före sommaren."),
    ]),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
  why="Hedge lives in the Skåne Tidiga hypoteser template; the visible follow-up states the settled diagnosis.")

C("d132-uro-uretarsten-typo-misstant", "skane", "1984-08-08", "M", "2024-04-05", [
    N("n1", "Melior", "Akutanteckning", "akut_ystad", "läkare", "2024-04-04 03:15", 50, "öppenvård", [
        ("Aktuellt", "Kraftig kolikartad smärta i vä flank som strålar mot ljumsken, har kräkts två gånger."),
        ("Bedömning", "Misstänt uretärsten vä. Stix: blod 3+, nitrit neg. DT urinvägar utan kontrast beställd, diklofenak 50 mg supp."),
    ]),
], must=[("NL102", "n1")],
  why="Typo in the hedge ('Misstänt') before a ureteric stone in a visible emergency note.")

C("d132-uro-sten-bekraftad-ev-spontanavgang", "skane", "1979-01-19", "K", "2024-04-16", [
    N("n1", "Melior", "Akutanteckning", "uro_jour_mlm", "läkare", "2024-04-15 21:30", 25, "öppenvård", [
        ("Bedömning", "DT: 4 mm konkrement i distala uretären vä med lätt hydronefros. Uretärsten bekräftad."),
        ("Planering", "Ev. spontanavgång inom 2–4 veckor, tamsulosin 0,4 mg insatt. Sila urinen och spara stenen."),
    ]),
], must_not=[("NL102", "n1")],
  why="Confirmed stone; the 'ev.' only hedges the expected passage of the stone.")

C("d132-uro-hemsjukvard-pmo-sedan-avdelning-trol-urosepsis", "skane", "1933-05-27", "M", "2024-01-12", [
    N("n1", "PMO", "Hemsjukvårdsanteckning", "hsjv_tbg", "sjuksköterska", "2024-01-10 16:45", 20, "öppenvård", [
        ("Hembesök", "Pat med KAD sedan 2022, nu feber 38,9 och grumlig urin, nytillkommen förvirring enligt hemtjänsten. Misstänkt urosepsis. Ringer 112 efter samråd med vårdcentralens läkare."),
    ]),
    N("n2", "Melior", "Inskrivningsanteckning", "med_tbg", "läkare", "2024-01-10 19:20", 35, "slutenvård", [
        ("Bedömning", "Feber, takykardi 118, laktat 3,1. Trol. urosepsis utgående från KAD."),
        ("Åtgärd", "KAD byts, urin- och blododlingar tagna, piperacillin/tazobaktam insatt. Vätska 1 liter Ringer-acetat."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Home care (PMO) and the admitting Melior note hedge the same urosepsis; only the Melior note shows it.")

C("d132-uro-kommunal-ev-kateterbyte", "vgr", "1940-10-14", "M", "2024-02-27", [
    N("n1", "Melior", "Omvårdnadsanteckning", "kommunal_thn", "sjuksköterska", "2024-02-26 13:40", 15, "öppenvård", [
        ("Omvårdnad", "Suprapubiskateter spolad, fri passage. Huden runt insticksstället lugn, inget läckage. Ev. kateterbyte nästa vecka om flödet fortsätter avta."),
    ]),
], must_not=[("NL102", "n1")],
  why="Municipal nurse: the only hedge is on a catheter change, a plan.")

C("d132-uro-pat-informerad-sonen-ska-inte-veta", "skane", "1945-07-02", "M", "2024-05-22", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "uro_avd_mlm", "sjuksköterska", "2024-05-21 20:10", 10, "slutenvård", [
        ("Omvårdnad", "Pat informerad av dr Holm igår om metastaserad prostatacancer. Han önskar att sonen inte får veta något ännu eftersom sonen själv är sjuk. Respekteras, ingen information lämnas per telefon till sonen."),
    ]),
], must_not=[("NL101", "n1")],
  why="The patient is told; only the son is kept uninformed.")

C("d132-uro-nefrektomi-hustrun-informerad-pat-ej", "vgr", "1951-12-28", "M", "2024-06-14", [
    N("n1", "Melior", "Daganteckning", "uro_avd_su", "läkare", "2024-06-12 12:30", 30, "slutenvård", [
        ("Aktuellt", "Dag 2 efter akut nefrektomi hö pga blödande tumör. Fluktuerande förvirring nattetid, bättre dagtid."),
        ("Bedömning", "PAD: klarcellig njurcancer, radikalt exstirperad. Hustrun fick beskedet per telefon; pat själv har ännu inte informerats eftersom han inte bedöms kunna ta emot det i dag."),
    ]),
], must=[("NL101", "n1")],
  why="The wife is told but the patient is not: a visible diagnosis still uncommunicated to the patient.")

# ---------------------------------------------------------------- gynekologi
C("d132-gyn-bild-som-vid-endometrios", "vgr", "1995-10-03", "K", "2024-02-15", [
    N("n1", "Melior", "Läkaranteckning", "kk_nal", "läkare", "2024-02-13 14:00", 45, "öppenvård", [
        ("Anamnes", "28-årig kvinna, svår dysmenorré sedan menarche, djup dyspareuni. Försökt bli gravid i 1,5 år."),
        ("Status", "Gyn us: ömhet i fossa Douglasi, fixerad retroflekterad uterus. VUL: 3 cm cysta vä ovarium med homogent grumligt innehåll."),
        ("Bedömning", "Bild som vid endometrios med endometriom vä. Laparoskopi övervägs efter diskussion om fertilitetsönskan."),
    ]),
], must=[("NL102", "n1")],
  why="'Bild som vid endometrios' is a hedged diagnosis in a visible Bedömning.")

C("d132-gyn-moderns-cancer-moster-misstankt", "vgr", "1983-04-12", "K", "2024-03-06", [
    N("n1", "Melior", "Läkaranteckning", "kk_skas", "läkare", "2024-03-04 09:00", 30, "öppenvård", [
        ("Anamnes", "Mor hade endometrios och fick ovarialcancer vid 58 års ålder. Moster misstänkt bröstcancer, oklart om utredd. Pat själv besvärsfri, önskar kontroll."),
        ("Status", "VUL: uterus och ovarier ua, endometrium 6 mm."),
        ("Bedömning", "Normalt gynekologiskt status. Remiss till cancergenetisk mottagning för bedömning av ärftlighet."),
    ]),
], must_not=[("NL102", "n1")],
  why="The hedged and confirmed diseases are the mother's and aunt's; the patient's own status is normal.")

C("d132-gyn-privat-dd-dermoid-endometriom", "skane", "1989-06-24", "K", "2024-04-25", [
    N("n1", "Melior", "Mottagningsanteckning", "gyn_priv_mlm", "läkare", "2024-04-23 12:45", 20, "öppenvård", [
        ("Status", "VUL: 5 cm cystisk resistens hö adnex med ekogena partier och akustisk skugga, inget flöde på doppler."),
        ("Bedömning", "DD dermoidcysta/endometriom. CA-125 och HE4 tas, ny VUL om 8 veckor."),
    ]),
], must=[("NL102", "n1")],
  why="Private gynaecologist on Melior: a differential diagnosis ('DD') in a visible Bedömning.")

C("d132-gyn-x-graviditet-avskrivs", "skane", "1994-02-09", "K", "2024-01-20", [
    N("n1", "Melior", "Akutanteckning", "kk_ksd", "läkare", "2024-01-19 23:40", 30, "öppenvård", [
        ("Aktuellt", "Gravid v 7+2 enligt SM, sparsam blödning och molvärk nedtill sedan igår."),
        ("Bedömning", "VUL: intrauterin graviditet med hjärtaktivitet, CRL motsvarar 7+0. Misstanken om extrauterin graviditet avskrivs."),
        ("Åtgärd", "Hem, kontakt med barnmorskemottagningen enligt plan."),
    ]),
], must_not=[("NL102", "n1")],
  why="The suspicion is written off ('avskrivs') and an intrauterine pregnancy is verified.")

C("d132-gyn-pcos-typo-mistankt", "skane", "1999-08-30", "K", "2024-02-07", [
    N("n1", "Melior", "Läkaranteckning", "gyn_ystad", "läkare", "2024-02-06 10:25", 25, "öppenvård", [
        ("Bedömning", "Oligomenorré sedan tre år, akne och ökad behåring på hakan. VUL: fler än 20 folliklar per ovarium. Mistänkt PCOS, kompletterar med testosteron, SHBG, prolaktin och TSH."),
    ]),
], must=[("NL102", "n1")],
  why="Typo in the hedge ('Mistänkt') before PCOS in a visible Bedömning.")

C("d132-gyn-forenligt-med-myom", "skane", "1978-11-11", "K", "2024-05-08", [
    N("n1", "Melior", "Läkaranteckning", "kk_ksd", "läkare", "2024-05-06 15:15", 35, "öppenvård", [
        ("Utredning", "Rikliga mens sedan ett år, Hb 104. VUL: 4 cm välavgränsad hypoekogen förändring i fundus, förenligt med myom."),
        ("Planering", "Hysteroskopi bokas, järntabletter under tiden."),
    ]),
], must=[("NL102", "n1")],
  why="'Förenligt med myom' hedges a diagnosis in a visible Utredning.")

C("d132-gyn-pmb-ingen-misstanke-endometriecancer", "vgr", "1956-01-15", "K", "2024-03-22", [
    N("n1", "Melior", "Läkaranteckning", "kk_skas", "läkare", "2024-03-21 11:10", 20, "öppenvård", [
        ("Bedömning", "Postmenopausal blödning vid ett tillfälle för tre veckor sedan. VUL: endometrium 3 mm, regelbundet. Ingen misstanke om endometriecancer vid denna endometrietjocklek. Vid ny blödning återkommer hon för provtagning."),
    ]),
], must_not=[("NL102", "n1")],
  why="Cancer negated ('ingen misstanke om') plus a conditional instruction; no hedged diagnosis.")

C("d132-gyn-ovarialcancer-th-sokord-ssk-lacker", "vgr", "1958-07-07", "K", "2024-04-02", [
    N("n1", "Melior", "Läkaranteckning", "kk_nal", "läkare", "2024-03-26 13:30", 55, "öppenvård", [
        ("Anamnes", "65-årig kvinna med tilltagande bukomfång och tidig mättnadskänsla sedan jul. Viktnedgång 4 kg. Två barn, inga gynekologiska operationer."),
        ("Status", "Buk: utspänd, dämpning i flankerna. Gyn us: fast, oöm resistens i lilla bäckenet, svår att avgränsa. VUL: komplex adnexresistens 9 cm med solida partier, måttlig ascites."),
        ("Tidiga hypoteser", "CA-125 890. Misstänkt ovarialcancer; ska inte framföras förrän DT är gjord och fallet diskuterats på MDK."),
        ("Planering", "DT thorax-buk, ny tid hos undertecknad efter DT. Kontaktsjuksköterska utses."),
    ]),
    N("n2", "Melior", "Telefonanteckning", "kk_nal", "sjuksköterska", "2024-03-28 09:10", None, "öppenvård", [
        ("Telefonkontakt", "Pat ringer orolig över sin stora mage. Informerar om att DT är bokad 3/4 och att läkaren utreder en möjlig äggstockscancer, vilket pat säger att hon själv anat."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="VGR: the doctor hid the hypothesis under the Tidiga hypoteser sökord, the nurse's visible phone draft repeats it hedged ('möjlig').")

C("d132-gyn-privat-hsil-ej-besked", "vgr", "1990-09-19", "K", "2024-03-01", [
    N("n1", "Melior", "Läkaranteckning", "gyn_priv_gbg", "läkare", "2024-02-28 17:20", None, "öppenvård", [
        ("Utredning", "Kolposkopi med biopsier 7/2. PAD: HSIL/CIN 3 i två av tre biopsier."),
        ("Planering", "Pat har ännu inte fått besked. Ringer henne när hon är hemma från resan v 10, därefter konisering."),
    ]),
], must=[("NL101", "n1")],
  why="Private gynaecologist: CIN 3 in a visible Utredning while the patient has not yet been told.")

C("d132-gyn-cin2-telefonbesked-lamnat", "vgr", "1993-05-13", "K", "2024-04-09", [
    N("n1", "Melior", "Telefonanteckning", "kk_skas", "läkare", "2024-04-08 12:50", 15, "öppenvård", [
        ("Telefonkontakt", "Ringt pat och lämnat besked om HSIL (CIN 2) i biopsin. Förklarat att det är ett förstadium och att konisering rekommenderas, hon vill ha tid i maj."),
    ]),
], must_not=[("NL101", "n1")],
  why="The diagnosis is told by phone in the same note.")

C("d132-gyn-missed-abortion-bm-vantar-lakare", "skane", "1992-12-05", "K", "2024-05-14", [
    N("n1", "Melior", "Barnmorskeanteckning", "kk_ksd", "barnmorska", "2024-05-13 10:35", 20, "öppenvård", [
        ("Ultraljud", "VUL v 11+4: fosterkropp med CRL motsvarande 8+5, ingen hjärtaktivitet, missed abortion. Pat ej informerad ännu, väntar på att läkare bekräftar och tar samtalet. Pat sitter kvar i väntrummet med sin partner."),
    ]),
], must=[("NL101", "n1")],
  why="Midwife's visible note names the missed abortion and says the patient is not yet told.")

C("d132-gyn-missed-abortion-informerad-valde", "skane", "1988-03-21", "K", "2024-06-03", [
    N("n1", "Melior", "Läkaranteckning", "gyn_ystad", "läkare", "2024-06-01 11:20", 25, "öppenvård", [
        ("Bedömning", "Informerat pat om missed abortion v 9. Hon valde medicinsk behandling med mifepriston följt av misoprostol hemma. Kurator erbjuds. Hon har själv berättat för sambon som väntar i bilen."),
    ]),
], must_not=[("NL101", "n1")],
  why="The patient was told in this visit and chose treatment.")

C("d132-gyn-ungdom-klamydia-foraldrar-ej", "vgr", "2006-11-27", "K", "2024-02-13", [
    N("n1", "Melior", "Besöksanteckning", "ungdom_gbg", "barnmorska", "2024-02-12 15:40", 15, "öppenvård", [
        ("Åtgärd", "Pat informerad om positivt klamydiaprov, doxycyklin utskrivet. Hon vill själv kontakta partnern, smittspårning påbörjad. Föräldrarna ska inte informeras enligt hennes uttryckliga önskan."),
    ]),
], must_not=[("NL101", "n1")],
  why="17-year-old is told; only the parents are not told, which is no uncommunicated diagnosis.")

C("d132-gyn-prolaps-op-datum-ej-klart", "skane", "1951-08-17", "K", "2024-03-19", [
    N("n1", "Melior", "Läkaranteckning", "kk_ksd", "läkare", "2024-03-18 13:55", 20, "öppenvård", [
        ("Planering", "Uterusprolaps grad 2, diskuterad med pat vid förra besöket. Pat ej informerad om operationsdatum ännu, kallelse skickas från operationsplaneringen."),
    ]),
], must_not=[("NL101", "n1")],
  why="What the patient does not know yet is a date; the prolapse was discussed earlier.")
# ---------------------------------------------------------------- dermatologi
C("d132-hud-misstankt-melanom-excision", "vgr", "1970-02-28", "M", "2024-04-05", [
    N("n1", "Melior", "Läkaranteckning", "hud_skas", "läkare", "2024-04-03 10:00", 30, "öppenvård", [
        ("Status", "Pigmenterad förändring vä skulderblad, 9 mm, asymmetrisk med flera färgnyanser. Dermatoskopi: atypiskt nätverk och regressionszoner."),
        ("Bedömning", "Misstänkt malignt melanom, excision med 2 mm marginal görs idag."),
    ]),
], must=[("NL102", "n1")],
  why="Suspected melanoma in a visible Bedömning before PAD.")

C("d132-hud-privat-kan-inte-utesluta-sedan-pad-benign", "vgr", "1985-07-09", "K", "2024-05-21", [
    N("n1", "Melior", "Läkaranteckning", "hud_priv_kba", "läkare", "2024-04-30 14:30", 25, "öppenvård", [
        ("Bedömning", "Oregelbundet nevus hö lår, dermatoskopiskt svårbedömt. Kan inte utesluta tidigt melanom, excideras idag."),
    ]),
    N("n2", "Melior", "Provsvarsanteckning", "hud_priv_kba", "läkare", "2024-05-17 08:20", 10, "öppenvård", [
        ("PAD", "Dysplastiskt compound nevus med lätt atypi, radikalt exciderat. Melanom föreligger inte. Besked till pat via 1177-meddelande."),
    ]),
], must=[("NL102", "n1")], must_not=[("NL102", "n2")],
  why="Private dermatologist: hedged melanoma in the first visible note, settled as benign in the second.")

C("d132-hud-aktinisk-keratos-ev-ny-kryo", "skane", "1946-04-04", "M", "2024-02-29", [
    N("n1", "Melior", "Läkaranteckning", "hud_priv_hbg", "läkare", "2024-02-27 09:35", 15, "öppenvård", [
        ("Bedömning", "Aktinisk keratos på hjässan, ett tiotal kliniskt typiska lesioner. Kryobehandlade idag."),
        ("Planering", "Ev. ny kryoterapi av kvarvarande lesioner vid besök om tre månader."),
    ]),
], must_not=[("NL102", "n1")],
  why="Confirmed actinic keratoses; 'ev.' hedges a treatment.")

C("d132-hud-handeksem-kontaktallergi-fragetecken", "skane", "1997-03-16", "K", "2024-03-13", [
    N("n1", "Melior", "Läkaranteckning", "hud_lund", "läkare", "2024-03-12 13:10", None, "öppenvård", [
        ("Anamnes", "Handeksem sedan ett år, arbetar som frisör. Sämre under arbetsveckan, bättre på semester."),
        ("Bedömning", "Kontaktallergi? Lapptest med basserie och frisörserie bokas. Mometason kräm x 1 i tre veckor."),
    ]),
], must=[("NL102", "n1")],
  why="A question mark hedges contact allergy in a visible Bedömning.")

C("d132-hud-psoriasis-eller-seb-dermatit-typo", "vgr", "1981-12-22", "M", "2024-01-30", [
    N("n1", "Melior", "Läkaranteckning", "hud_su", "läkare", "2024-01-29 15:50", 20, "öppenvård", [
        ("Bedömning", "Fjällande rodnader i hårbotten, bakom öronen och i nasolabialvecken. Kan vara psorisis eller seborroisk dermatit, stansbiopsi tas från hårfästet."),
    ]),
], must=[("NL102", "n1")],
  why="'Kan vara' hedges a misspelt psoriasis ('psorisis') against seborrhoeic dermatitis.")

C("d132-hud-kand-psoriasis-ev-biologiskt", "vgr", "1976-05-31", "K", "2024-02-21", [
    N("n1", "Melior", "Läkaranteckning", "hud_skas", "läkare", "2024-02-20 11:40", 30, "öppenvård", [
        ("Aktuellt", "Psoriasis vulgaris sedan 2010, PASI 14 trots metotrexat 20 mg/v i ett år."),
        ("Planering", "Ev. byte till biologiskt läkemedel, tas upp på psoriasisronden 6/3."),
    ]),
], must_not=[("NL102", "n1")],
  why="Known psoriasis; the hedge is on a change of drug.")

C("d132-hud-privat-melanom-pad-ej-informerad", "vgr", "1964-10-26", "K", "2024-03-04", [
    N("n1", "Melior", "Provsvarsanteckning", "hud_priv_kba", "läkare", "2024-03-01 16:05", 20, "öppenvård", [
        ("PAD", "Excision hö vad 14/2: malignt melanom av superficiellt spridande typ, Breslow 1,2 mm, ingen ulceration."),
        ("Planering", "Patienten är inte informerad ännu. Kallas till läkarbesök för besked och planering av utvidgad excision samt portvaktskörtel."),
    ]),
], must=[("NL101", "n1")],
  why="Private dermatologist: melanoma in a visible PAD section while the patient is not informed.")

C("d132-hud-in-situ-under-th-sokord-aterbesok", "vgr", "1959-01-03", "M", "2024-04-26", [
    N("n1", "Melior", "Läkaranteckning", "hud_su", "läkare", "2024-04-24 10:15", 25, "öppenvård", [
        ("Tidiga hypoteser", "PAD: melanoma in situ, radikalt. Ej meddelat pat, besked ges vid återbesöket."),
        ("Planering", "Återbesök 4/5 för genomgång av PAD-svar och fortsatt kontrollplan."),
    ]),
], must_not=[("NL101", "n1")],
  why="VGR: the untold diagnosis stands only under the Tidiga hypoteser sökord; the visible Planering names no diagnosis.")

C("d132-hud-basaliom-th-mall-ssk-telefon-lacker", "skane", "1949-11-08", "K", "2024-05-30", [
    N("n1", "Melior", TH, "hud_lund", "läkare", "2024-05-20 14:00", 30, "öppenvård", [
        ("PAD", "Morfeaform basalcellscancer på nästippen, icke radikalt exciderad. Pat ej informerad; samtal i samband med Mohs-bedömning."),
    ]),
    N("n2", "Melior", "Sjuksköterskeanteckning", "hud_lund", "sjuksköterska", "2024-05-27 09:25", 10, "öppenvård", [
        ("Telefonkontakt", "Pat ringer och frågar om provsvaret från näsan. Svaret visar basalcellscancer som inte tagits bort helt, men dr vill meddela det själv så pat är inte informerad. Återuppringning från dr bokad torsdag."),
    ]),
], must=[("NL101", "n2")], must_not=[("NL101", "n1")],
  why="Skåne: the doctor's untold diagnosis is in the Tidiga hypoteser template, but the nurse writes it, still untold, into a visible phone note.")

C("d132-hud-mycosis-fungoides-pat-utomlands", "skane", "1958-06-06", "M", "2024-03-05", [
    N("n1", "Melior", "Läkaranteckning", "hud_lund", "läkare", "2024-03-04 12:20", 40, "öppenvård", [
        ("Bedömning", "Tredje biopsin visar T-cellsreceptorklonalitet och epidermotropism, vilket bekräftar mycosis fungoides stadium IB. Ej kommunicerat med pat; han är på Kanarieöarna till 20/3 och vill få beskedet personligen."),
    ]),
], must=[("NL101", "n1")],
  why="Confirmed mycosis fungoides in a visible Bedömning that says it is not communicated to the patient.")

C("d132-hud-uvb-mycosis-fungoides-meddelad-i-mars", "skane", "1953-09-24", "K", "2024-05-15", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "hud_lund", "sjuksköterska", "2024-05-14 08:05", 5, "öppenvård", [
        ("Behandling", "Ljusbehandling UVB nr 12 av 24. Mycosis fungoides, diagnosen meddelades pat av dr Berg i mars. Tål behandlingen väl, lätt erytem över bröstet."),
    ]),
], must_not=[("NL101", "n1")],
  why="Nurse's treatment note: the diagnosis was told to the patient earlier.")

C("d132-hud-hemsjukvard-vgr-erysipelas-typo", "vgr", "1942-08-20", "K", "2024-06-19", [
    N("n1", "Melior", "Hemsjukvårdsanteckning", "hsjv_boras", "sjuksköterska", "2024-06-18 10:50", 20, "öppenvård", [
        ("Hembesök", "Såromläggning vä underben. Rodnad med skarp kant, värmeökning och svullnad har tillkommit sedan i förrgår, temp 38,2."),
        ("Bedömning", "Misstänkt erysipleas. Ringt vårdcentralen, läkare gör hembesök i eftermiddag."),
    ]),
], must=[("NL102", "n1")],
  why="Home-care nurse in VGR: 'misstänkt' before a misspelt erysipelas ('erysipleas') in a visible Bedömning.")

C("d132-hud-kommunal-bensar-inga-tecken-infektion", "vgr", "1937-01-29", "M", "2024-03-26", [
    N("n1", "Melior", "Omvårdnadsanteckning", "kommunal_thn", "sjuksköterska", "2024-03-25 14:20", 10, "öppenvård", [
        ("Sårvård", "Venöst bensår hö mediala malleolen, 3x2 cm, granulerande botten. Inga tecken på infektion. Kompression klass 2 på, byte två gånger i veckan."),
    ]),
], must_not=[("NL102", "n1")],
  why="Infection negated ('inga tecken på'); the venous ulcer is confirmed.")

C("d132-hud-hemsjukvard-pmo-bild-som-vid-trycksar", "skane", "1929-04-15", "K", "2024-01-09", [
    N("n1", "PMO", "Hemsjukvårdsanteckning", "hsjv_horby", "sjuksköterska", "2024-01-08 09:45", 15, "öppenvård", [
        ("Hembesök", "Rodnad som inte bleknar vid tryck över sacrum, ytlig blåsa. Bild som vid trycksår kategori 2. Vändschema varannan timme, luftmadrass beställd."),
    ]),
], must_not=[("NL102", "n1")],
  why="Hedged pressure ulcer in a PMO home-care note; PMO never shows diagnoses.")

# ---------------------------------------------------------------- öron-näsa-hals
C("d132-onh-seros-otit-tumor-epifarynx-ej-uteslutas", "vgr", "1965-09-12", "M", "2024-02-10", [
    N("n1", "Melior", "Läkaranteckning", "onh_su", "läkare", "2024-02-08 13:35", 45, "öppenvård", [
        ("Anamnes", "58-årig man med ensidig lock- och tryckkänsla i vä öra i två månader. Ingen förkylning."),
        ("Status", "Otoskopi: serös otit vä, indragen trumhinna. Hö öra ua."),
        ("Bedömning", "Hos vuxen med ensidig sekretorisk otit kan en tumör i epifarynx inte uteslutas, epifarynxskopi och MR bokas."),
    ]),
], must=[("NL102", "n1")],
  why="Split hedge 'kan en tumör i epifarynx inte uteslutas' in a visible Bedömning.")

C("d132-onh-privat-mr-inga-tecken-schwannom", "vgr", "1961-03-08", "K", "2024-04-18", [
    N("n1", "Melior", "Läkaranteckning", "onh_priv_gbg", "läkare", "2024-04-17 10:10", 20, "öppenvård", [
        ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning hö. MR inneröra: inga tecken på vestibularisschwannom. Hörapparatutprovning via hörselvården."),
    ]),
], must_not=[("NL102", "n1")],
  why="Private ENT: schwannoma negated ('inga tecken på').")

C("d132-onh-heshet-stambandscancer-fragetecken", "skane", "1960-12-30", "M", "2024-03-27", [
    N("n1", "Melior", "Läkaranteckning", "onh_hbg", "läkare", "2024-03-26 11:45", 30, "öppenvård", [
        ("Anamnes", "Heshet sedan sju veckor, röker 15 cigaretter per dag."),
        ("Status", "Laryngoskopi: vitaktig oregelbunden förändring på vä stämbands fria kant, rörligheten bevarad."),
        ("Bedömning", "Stämbandscancer? Mikrolaryngoskopi med biopsi bokad inom SVF."),
    ]),
], must=[("NL102", "n1")],
  why="'Stämbandscancer?' is a hedged diagnosis in a visible Bedömning.")

C("d132-onh-peritonsillit-vc-pmo-sedan-onh-akuten", "skane", "1998-07-22", "K", "2024-01-27", [
    N("n1", "PMO", "Besöksanteckning", "vc_eslov", "läkare", "2024-01-26 09:15", 20, "öppenvård", [
        ("Aktuellt", "Halsont vä sedan fem dagar, svårt att svälja, grötig röst. Gapar två fingrar."),
        ("Bedömning", "Misstänkt peritonsillit vä, remitteras akut till ÖNH-akuten i Lund."),
    ]),
    N("n2", "Melior", "Akutanteckning", "onh_akut_lund", "läkare", "2024-01-26 13:00", 30, "öppenvård", [
        ("Status", "Utbuktning av vä gombåge, uvula devierar mot hö. Punktion gav sparsamt blod men ingen pus."),
        ("Bedömning", "Trolig peritonsillit i tidigt skede, alternativt peritonsillär cellulit. Bensylpenicillin iv, ny punktion imorgon."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Primary care (PMO) and ENT emergency (Melior) hedge the same peritonsillitis; only the Melior note is flagged.")

C("d132-onh-privat-barn-trolig-adenoidhypertrofi", "skane", "2019-10-14", "M", "2024-03-12", [
    N("n1", "Melior", "Läkaranteckning", "onh_priv_lund", "läkare", "2024-03-11 14:15", 25, "öppenvård", [
        ("Anamnes", "4-årig pojke som snarkar varje natt, föräldrarna har sett andningsuppehåll. Munandas dagtid, återkommande öroninflammationer."),
        ("Bedömning", "Trolig adenoidhypertrofi, tonsillerna storlek 3. Planerar adenotonsillotomi, föräldrarna vill fundera."),
    ]),
], must=[("NL102", "n1")],
  why="Child under 13 (guardians read the journal): hedged adenoid hypertrophy in a visible note at a private ENT clinic.")

C("d132-onh-bvc-pmo-ev-oroninflammation", "skane", "2022-01-31", "K", "2024-02-14", [
    N("n1", "PMO", "Telefonanteckning", "bvc_horby", "distriktssköterska", "2024-02-13 08:20", 10, "öppenvård", [
        ("Telefonkontakt", "Mamma berättar att flickan varit febrig och tagit sig mot hö öra i natt. Ev. öroninflammation, tid hos vårdcentralens läkare kl 14 idag."),
    ]),
], must_not=[("NL102", "n1")],
  why="BVC note in PMO with a hedged otitis: PMO never shows diagnoses.")

C("d132-onh-tonsillcancer-besked-ej-lamnat", "vgr", "1963-05-18", "M", "2024-04-04", [
    N("n1", "Melior", "Läkaranteckning", "onh_su", "läkare", "2024-04-03 15:25", 35, "öppenvård", [
        ("PAD", "Tonsillbiopsi vä: skivepitelcancer, p16-positiv."),
        ("Planering", "Besked ej lämnat till pat, han har tid hos undertecknad och kontaktsjuksköterska 9/4. PET-DT beställd."),
    ]),
], must=[("NL101", "n1")],
  why="Tonsil cancer in a visible PAD section with 'besked ej lämnat'.")

C("d132-onh-tonsillcancer-besked-forst-imorgon", "skane", "1967-08-01", "M", "2024-05-08", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "onh_hbg", "sjuksköterska", "2024-05-06 14:45", None, "öppenvård", [
        ("Telefonkontakt", "Pat ringer och frågar om svaret på vävnadsprovet. Tonsillcancer enligt PAD; han får beskedet av läkare vid besöket imorgon kl 10 och vet ännu inte om det. Bekräftat att han tar med sin fru."),
    ]),
], must=[("NL101", "n1")],
  why="Contact nurse's draft: the telling is only planned for tomorrow, so the visible diagnosis is still uncommunicated.")

C("d132-onh-tonsillcancer-fick-besked-igar", "skane", "1959-02-25", "M", "2024-05-29", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "onh_hbg", "sjuksköterska", "2024-05-28 10:20", 15, "öppenvård", [
        ("Telefonkontakt", "Pat fick besked om tonsillcancern av dr Sandberg igår och ringer nu med frågor om strålbehandlingen. Går igenom tandsanering och PEG-diskussionen inför start."),
    ]),
], must_not=[("NL101", "n1")],
  why="The diagnosis was told yesterday.")

C("d132-onh-schwannom-ej-infomerad-typo", "vgr", "1972-11-05", "K", "2024-03-18", [
    N("n1", "Melior", "Läkaranteckning", "onh_su", "läkare", "2024-03-15 09:55", 30, "öppenvård", [
        ("Utredning", "MR: 11 mm kontrastladdande process i vä inre hörselgång, vestibularisschwannom."),
        ("Planering", "Pat ej infomerad, hon har tid för audiogram nästa vecka och får svaret i samband med det."),
    ]),
], must=[("NL101", "n1")],
  why="Typo ('infomerad') in the not-informed phrase; the schwannoma stands in a visible Utredning.")

C("d132-onh-privat-mr-normal-ej-informerad", "vgr", "1980-04-23", "M", "2024-06-11", [
    N("n1", "Melior", "Läkaranteckning", "onh_priv_gbg", "läkare", "2024-06-10 16:30", 20, "öppenvård", [
        ("Bedömning", "Kronisk tinnitus hö sedan ett halvår. MR hjärna och inneröra utan patologi."),
        ("Planering", "Pat ej informerad om MR-svaret ännu, skickar brev. Remiss till tinnitusskola."),
    ]),
], must_not=[("NL101", "n1")],
  why="Only a normal MR result is untold; the tinnitus diagnosis is known to the patient.")

C("d132-onh-privat-pulserande-tinnitus-glomus", "skane", "1974-06-15", "K", "2024-04-12", [
    N("n1", "Melior", "Läkaranteckning", "onh_priv_lund", "läkare", "2024-04-11 10:50", 30, "öppenvård", [
        ("Aktuellt", "Pulssynkron susning i hö öra sedan hösten."),
        ("Status", "Otoskopi: rödaktig pulserande skiftning bakom trumhinnan hö, nedre kvadranter."),
        ("Bedömning", "MR inger misstanke om glomustumör i mellanörat hö. DT tinningben och remiss till ÖNH Lund."),
    ]),
], must=[("NL102", "n1")],
  why="'Inger misstanke om glomustumör' in a visible Bedömning at a private ENT clinic.")
# ---------------------------------------------------------------- länssjukhus, medicin, övrigt
C("d132-med-lang-inskrivning-dd-lungembolli-typo", "skane", "1958-02-19", "K", "2024-02-23", [
    N("n1", "Melior", "Inskrivningsanteckning", "med_ystad", "läkare", "2024-02-21 18:30", 70, "slutenvård", [
        ("Kontaktorsak", "Feber och högersidig andningskorrelerad bröstsmärta sedan tre dagar."),
        ("Anamnes", "65-årig kvinna, tidigare frisk frånsett hypotyreos på Levaxin 100 µg. Ingen känd hjärt- eller lungsjukdom. Flög hem från Thailand för tio dagar sedan, elva timmars flygresa. Hostar lite gulaktigt sedan i fredags, frossbrytningar i går kväll. Äter och dricker sämre. Inga bensvullnader enligt henne själv. Inga p-piller eller hormoner. Ex-rökare sedan 2005."),
        ("Status", "AT: Något medtagen, varm och torr i huden, talar hela meningar. Temp 38,4, AF 24, SpO2 93 % på luft, puls 112 reg, BT 134/78. Cor: takykard, inga blåsljud. Pulm: nedsatt andningsljud och krepitationer hö basalt, i övrigt vesikulärt. Buk: mjuk, oöm. Ben: inga ödem, vaderna mjuka och oömma bilat. Neuro: orienterad x 3, inga fokala bortfall."),
        ("Lab", "CRP 148, LPK 13,9, Hb 131, krea 78, D-dimer 2,8, troponin T 9. Blodgas: pO2 8,9 kPa, laktat 1,4."),
        ("Bedömning", "Rtg pulm visar infiltrat i hö underlob. Pneumoni hö basalt, DD lungembolli då D-dimer är högt, hon nyligen flugit långt och takykardin kvarstår trots paracetamol."),
        ("Åtgärd", "Bensylpenicillin 3 g x 3 iv, vätska, syrgas vid behov med mål SpO2 över 92 %. DT thorax med kontrast beställd ikväll. Profylaktisk tinzaparin i väntan på DT. Odlingar från blod och sputum."),
        ("Planering", "Ny bedömning efter DT. Pat informerad om varför vi gör röntgen med kontrast."),
    ]),
], must=[("NL102", "n1")],
  why="Long admission chart: 'DD lungembolli' (typo) as a differential diagnosis in a visible Bedömning.")

C("d132-med-lungcancer-th-mall-och-pmo-eftervard", "skane", "1949-05-09", "M", "2024-03-29", [
    N("n1", "Melior", TH, "med_tbg", "läkare", "2024-03-14 16:10", 25, "slutenvård", [
        ("Bedömning", "Rtg pulm: 3 cm rundhärd i hö ovanlob hos storrökare, 50 paketår. Lungcancer kan ej uteslutas. Tas upp med pat först när DT och bronkoskopi finns."),
    ]),
    N("n2", "PMO", "Besöksanteckning", "vc_trelleborg", "läkare", "2024-03-25 10:40", 30, "öppenvård", [
        ("Aktuellt", "Uppföljning efter utskrivning från medicinavdelningen för KOL-exacerbation. Hostar mindre, promenerar till affären igen."),
        ("Bedömning", "Enligt epikrisen misstänkt lungtumör, DT bokad från sjukhuset. Fortsatt Anoro, rökavvänjning erbjuds."),
    ]),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
  why="Hospital keeps the hypothesis in the Tidiga hypoteser template; the vårdcentral repeats it hedged, but in PMO, which never shows diagnoses.")

C("d132-med-ssk-natt-trol-delirium", "skane", "1936-11-02", "M", "2024-01-06", [
    N("n1", "Melior", "Omvårdnadsanteckning", "med_ystad", "sjuksköterska", "2024-01-05 03:20", None, "slutenvård", [
        ("Omvårdnad", "Pat orolig, plockar med täcket, desorienterad till tid och rum och försöker kliva över sänggrindarna. Trol. delirium, jourläkare kontaktad. Extravak ordnat resten av natten."),
    ]),
], must=[("NL102", "n1")],
  why="Night nurse's draft: 'trol. delirium' is a hedged diagnosis in a visible nursing note.")

C("d132-med-oklart-om-lakemedelsintag", "vgr", "1944-06-26", "K", "2024-04-10", [
    N("n1", "Melior", "Omvårdnadsanteckning", "med_alingsas", "sjuksköterska", "2024-04-09 14:55", 10, "slutenvård", [
        ("Omvårdnad", "Oklart om pat tagit sina läkemedel senaste veckan, dosetten var full enligt dottern. Läkemedelsgenomgång ordinerad. Känd typ 2-diabetes, P-glukos 14,2 vid ankomst."),
    ]),
], must_not=[("NL102", "n1")],
  why="'Oklart om' hedges adherence, not a diagnosis; the diabetes is known.")

C("d132-stroke-oklart-om-tia-eller-migran", "skane", "1975-03-11", "K", "2024-06-07", [
    N("n1", "Melior", "Läkaranteckning", "stroke_ystad", "läkare", "2024-06-06 12:05", 35, "slutenvård", [
        ("Aktuellt", "Övergående synstörning och stickningar i hö hand i 20 minuter, därefter pulserande huvudvärk."),
        ("Bedömning", "Oklart om det rör sig om TIA eller migrän med aura. DT hjärna ua, MR och karotisdoppler beställda."),
    ]),
], must=[("NL102", "n1")],
  why="'Oklart om det rör sig om TIA eller migrän' hedges two diagnoses in a visible Bedömning.")

C("d132-med-malignitet-kan-uteslutas-hypertyreos", "vgr", "1969-08-13", "K", "2024-05-02", [
    N("n1", "Melior", "Läkaranteckning", "med_kungalv", "läkare", "2024-04-30 13:15", 40, "öppenvård", [
        ("Bedömning", "Viktnedgång 6 kg. DT thorax-buk, gastroskopi och koloskopi utan fynd. Malignitet kan därmed uteslutas. Viktnedgången förklaras av nydebuterad Graves sjukdom med positiva TRAK."),
    ]),
], must_not=[("NL102", "n1")],
  why="Hard negative: 'kan därmed uteslutas' rules out, unlike 'kan ej uteslutas'; the thyroid diagnosis is confirmed.")

C("d132-med-barnen-informerade-pat-sov", "vgr", "1940-01-21", "M", "2024-02-17", [
    N("n1", "Melior", "Besöksanteckning", "vc_lerum", "läkare", "2024-02-02 11:00", 20, "öppenvård", [
        ("Aktuellt", "Gulsot sedan en vecka, ljus avföring och mörk urin. Remiss akut till medicinakuten i Kungälv."),
    ]),
    N("n2", "Melior", "Daganteckning", "med_kungalv", "läkare", "2024-02-15 16:30", 30, "slutenvård", [
        ("Bedömning", "Biopsi från levern: metastas av adenocarcinom, pankreasursprung enligt PAD."),
        ("Åtgärd", "Dottern och sonen informerade vid anhörigsamtal idag. Pat själv ej informerad än, han sov hela eftermiddagen; samtal med honom imorgon förmiddag."),
    ]),
], must=[("NL101", "n2")],
  why="County hospital: the children were told, the patient not; the pancreatic cancer stands visibly in Bedömning.")

C("d132-med-pat-informerad-dottern-efter-helgen", "skane", "1947-10-18", "K", "2024-03-23", [
    N("n1", "Melior", "Daganteckning", "med_tbg", "läkare", "2024-03-22 15:45", 25, "slutenvård", [
        ("Information", "Pat informerad om lungcancer med skelettmetastaser vid samtal med undertecknad och ssk. Hon önskar att dottern inte informeras förrän efter helgen när dottern kommit hem från Spanien."),
    ]),
], must_not=[("NL101", "n1")],
  why="The patient herself is told; only the daughter waits.")

C("d132-minne-lang-alzhaimer-typo-vantar-anhorigsamtal", "skane", "1950-04-28", "K", "2024-04-12", [
    N("n1", "Melior", "Läkaranteckning", "minne_mlm", "läkare", "2024-04-10 10:00", 90, "öppenvård", [
        ("Kontaktorsak", "Sammanfattande bedömning efter basal och utvidgad demensutredning."),
        ("Anamnes", "73-årig kvinna, tidigare lärare. Maken beskriver tilltagande glömska sedan två år, hon har gått vilse med bilen två gånger och tappat bort räkningar. Själv tycker hon att minnet är som förut. Sover bra, ingen nedstämdhet enligt GDS. Hypertoni, behandlad med enalapril. Ingen alkoholöverkonsumtion."),
        ("Status", "Vaken, vänlig, något vag i tidsangivelser. MMSE 21/30 med bortfall främst på orientering och fördröjd återgivning. Klocktest med felplacerade visare. Neurologiskt status utan fokala bortfall, normal gång."),
        ("Utredning", "MR hjärna: bilateral hippocampusatrofi MTA 3, lätta vitsubstansförändringar. Likvor: sänkt beta-amyloid 42/40-kvot och förhöjt fosfo-tau. Neuropsykologisk testning talar för episodisk minnesstörning med påverkan på exekutiva funktioner. B12, folat, TSH och kalcium normala."),
        ("Bedömning", "Demens av Alzhaimertyp, måttlig grad. Körkortsfrågan behöver tas upp."),
        ("Planering", "Pat ska inte informeras förrän anhörigsamtal hållits med maken 18/4, på hans begäran. Donepezil planeras därefter. Anmälan till Transportstyrelsen skrivs efter samtalet."),
    ]),
], must=[("NL101", "n1")],
  why="Long memory-clinic chart: Alzheimer dementia (misspelt 'Alzhaimertyp') is visible while Planering says the patient must not be told yet.")

C("d132-kommunal-parkinson-hemtjanst-ej-informerad", "vgr", "1939-09-30", "M", "2024-05-27", [
    N("n1", "Melior", "Omvårdnadsanteckning", "kommunal_thn", "sjuksköterska", "2024-05-24 13:20", 15, "öppenvård", [
        ("Omvårdnad", "Parkinsons sjukdom sedan 2016 med fluktuationer eftermiddagstid. Pat ej informerad om att hemtjänstinsatserna utökas från måndag, biståndshandläggaren ringer honom. Madopar-tiderna justerade enligt neurologens ordination."),
    ]),
], must_not=[("NL101", "n1")],
  why="Municipal nurse: what is untold is a change in home help, not the long-known diagnosis.")

C("d132-hemsjukvard-als-beskedt-typo", "vgr", "1958-12-12", "M", "2024-03-14", [
    N("n1", "Melior", "Besöksanteckning", "vc_lerum", "läkare", "2024-02-20 09:30", 20, "öppenvård", [
        ("Aktuellt", "Svaghet i hö hand och muskelryckningar i överarmarna. Remiss neurologen SU."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "kommunal_lerum", "sjuksköterska", "2024-03-12 14:00", 20, "öppenvård", [
        ("Hembesök", "Enligt läkarbrev från neurologen är diagnosen ALS fastställd. Pat har ännu inte fått beskedt; neurologen informerar honom vid hembesök v 12. Vi avvaktar med att prata om hjälpmedel."),
    ]),
], must=[("NL101", "n2")],
  why="Municipal nurse writes the confirmed ALS and that the patient has not been told (typo 'beskedt').")

C("d132-asih-valinformerad-ovarialcancer", "skane", "1954-07-14", "K", "2024-06-21", [
    N("n1", "Melior", "Hembesöksanteckning", "asih_tbg", "sjuksköterska", "2024-06-20 11:25", 15, "öppenvård", [
        ("Hembesök", "Pat är välinformerad om sin ovarialcancer och om att behandlingen nu är palliativ. Hon vill inte diskutera prognos i dag. Morfinpumpen fungerar, smärta VAS 2."),
    ]),
], must_not=[("NL101", "n1")],
  why="ASIH nurse: the patient knows her diagnosis; declining a prognosis talk is not withholding.")

C("d132-med-vk-trombos-kanner-inte-till-diagonsen", "vgr", "1955-02-06", "M", "2024-01-17", [
    N("n1", "Melior", "Daganteckning", "med_alingsas", "läkare", "2024-01-16 09:10", 30, "slutenvård", [
        ("Bedömning", "UKG igår: stor apikal trombos i vänster kammare efter genomgången framväggsinfarkt. Warfarin startat med tinzaparin som brygga. Patienten känner inte till diagonsen än, jag tar det vid ronden."),
    ]),
], must=[("NL101", "n1")],
  why="'Känner inte till diagonsen' (typo) next to a confirmed ventricular thrombus in a visible Bedömning.")

C("d132-uro-bcg-kanner-till-blascancer", "vgr", "1946-10-09", "M", "2024-02-08", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "uro_sas", "sjuksköterska", "2024-02-07 10:05", 10, "öppenvård", [
        ("Behandling", "Patienten känner till sin blåscancer sedan i höstas och kommer för BCG-instillation nr 4. Tolererat tidigare instillationer väl, lätt sveda efteråt."),
    ]),
], must_not=[("NL101", "n1")],
  why="The patient knows the diagnosis since earlier.")

C("d132-barn-celiaki-varken-barn-eller-foraldrar", "skane", "2016-09-03", "K", "2024-04-20", [
    N("n1", "PMO", "Besöksanteckning", "vc_tagaborg", "läkare", "2024-02-22 14:20", 20, "öppenvård", [
        ("Aktuellt", "Mamma berättar om lös avföring, magont och dålig viktuppgång sedan i höstas. Transglutaminas-IgA 128. Remiss barnmottagningen."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "barn_hbg", "läkare", "2024-04-16 15:00", 35, "öppenvård", [
        ("Utredning", "Tunntarmsbiopsi: totalvillusatrofi Marsh 3c. Transglutaminas-IgA mer än tio gånger referensvärdet. Diagnosen celiaki är därmed fastställd."),
        ("Planering", "Varken barnet eller föräldrarna är informerade ännu; dietist och jag träffar familjen 22/4."),
    ]),
], must=[("NL101", "n2")],
  why="7-year-old: guardians read the journal, and neither they nor the child have been told the confirmed coeliac disease.")

C("d132-uro-informerad-ingen-prostatacancer", "vgr", "1952-04-01", "M", "2024-05-06", [
    N("n1", "Melior", "Telefonanteckning", "uro_su", "läkare", "2024-05-03 13:30", 15, "öppenvård", [
        ("Telefonkontakt", "Pat informerades om att biopsierna inte visade prostatacancer. Benign prostatahyperplasi, fortsatt finasterid och ny PSA om ett år."),
    ]),
], must_not=[("NL101", "n1")],
  why="The patient was told; the benign diagnosis is communicated.")

C("d132-kir-gallsten-fasteregler-ej-givna", "skane", "1970-09-25", "K", "2024-05-02", [
    N("n1", "Melior", "Läkaranteckning", "kir_ystad", "läkare", "2024-04-30 10:40", 20, "öppenvård", [
        ("Planering", "Symtomgivande gallstenssjukdom, planerad för laparoskopisk kolecystektomi 16/5. Pat ej informerad om fasteregler, ssk ringer upp."),
    ]),
], must_not=[("NL101", "n1")],
  why="The untold item is the fasting instruction, not the diagnosis.")

C("d132-uro-diagnos-hydronefros-vet-inte-om-fyndet", "skane", "1966-06-30", "M", "2024-02-03", [
    N("n1", "Melior", "Läkaranteckning", "uro_mlm", "läkare", "2024-02-01 17:05", None, "öppenvård", [
        ("Diagnos", "Hydronefros hö orsakad av uretärstriktur (N13.1)."),
        ("Planering", "Svaret på DT kom efter att pat gått hem. Han vet inte om fyndet, ringer honom imorgon för att planera nefrostomi."),
    ]),
], must=[("NL101", "n1")],
  why="Diagnosis in the Diagnos sökord and 'han vet inte om fyndet' in Planering of the same draft note.")
# ---------------------------------------------------------------- fler vårdkedjor
C("d132-hud-privat-lichen-scleorosus-nas-ej", "skane", "1961-02-17", "K", "2024-03-22", [
    N("n1", "Melior", "Provsvarsanteckning", "hud_priv_hbg", "läkare", "2024-03-20 16:15", 10, "öppenvård", [
        ("PAD", "Stansbiopsi vulva: lichen scleorosus, ingen dysplasi."),
        ("Planering", "Pat har inte fått svaret, hon har bett att bli uppringd efter kl 16 och nås inte idag. Nytt försök i morgon."),
    ]),
], must=[("NL101", "n1")],
  why="Private dermatologist: misspelt lichen sclerosus in a visible PAD while the patient has not been given the answer.")

C("d132-gyn-lichen-sclerosus-besked-via-1177", "vgr", "1957-11-29", "K", "2024-04-03", [
    N("n1", "Melior", "Provsvarsanteckning", "kk_nal", "läkare", "2024-04-02 12:35", 10, "öppenvård", [
        ("PAD", "Vulvabiopsi: lichen sclerosus utan atypi."),
        ("Åtgärd", "Svaret meddelat pat via 1177-inkorgen med länk till egenvårdsråd. Klobetasol salva ordinerad enligt nedtrappningsschema."),
    ]),
], must_not=[("NL101", "n1")],
  why="The diagnosis was sent to the patient through the 1177 inbox.")

C("d132-kard-privat-huvudstam-thoraxkirurg-tar-samtal", "vgr", "1956-07-19", "M", "2024-05-24", [
    N("n1", "Melior", "Besöksanteckning", "vc_skovde", "läkare", "2024-04-22 09:45", 25, "öppenvård", [
        ("Aktuellt", "Tryck i bröstet vid promenad i uppförsbacke, går över i vila. Remiss arbetsprov."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "kard_priv_gbg", "läkare", "2024-05-22 14:25", 45, "öppenvård", [
        ("Utredning", "Arbetsprov med signifikanta ST-sänkningar vid låg belastning. Koronarangiografi idag: huvudstamsstenos 80 % och proximal LAD-stenos."),
        ("Planering", "Pat ännu ej informerad om angiografifyndet, thoraxkirurg ska ta samtalet i morgon. Observation över natten."),
    ]),
], must=[("NL101", "n2")],
  why="Private cardiology clinic: left-main disease in a visible Utredning while the patient is not yet informed.")

C("d132-uro-aktiv-monitorering-mr-flyttas", "vgr", "1954-03-04", "M", "2024-06-12", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "uro_sas", "sjuksköterska", "2024-06-11 11:10", 10, "öppenvård", [
        ("Planering", "Prostatacancer Gleason 3+3 under aktiv monitorering sedan 2022, väl känt för pat. Ny MR är ännu inte bokad och pat är inte informerad om att den flyttas till september."),
    ]),
], must_not=[("NL101", "n1")],
  why="Untold item is the moved MR; the cancer under active surveillance is known to the patient.")

C("d132-hjart-ssk-endokardit-dr-informerar-efter-rond", "skane", "1971-10-22", "M", "2024-02-27", [
    N("n1", "Melior", "Inskrivningsanteckning", "hjart_avd_ksd", "läkare", "2024-02-24 21:00", 40, "slutenvård", [
        ("Aktuellt", "Feber i tio dagar, nattsvettningar. Tandextraktion i januari."),
        ("Åtgärd", "Blododlingar x 3, UKG beställt."),
    ]),
    N("n2", "Melior", "Omvårdnadsanteckning", "hjart_avd_ksd", "sjuksköterska", "2024-02-26 10:15", None, "slutenvård", [
        ("Omvårdnad", "Pat frågar vad UKG visade. Enligt dr visar UKG endokardit med vegetation på mitralisklaffen, men dr informerar själv efter ronden och pat har inte fått veta ännu."),
    ]),
], must=[("NL101", "n2")],
  why="Nurse's visible draft names the endocarditis and says the patient has not been told.")

C("d132-kard-epikris-nstemi-information-given", "vgr", "1963-01-13", "M", "2024-03-16", [
    N("n1", "Melior", "Epikris", "med_kungalv", "läkare", "2024-03-15 13:00", 60, "slutenvård", [
        ("Epikris", "Diagnos: Hjärtinfarkt utan ST-höjning (NSTEMI), PCI mot LAD med ett läkemedelsavgivande stent. Okomplicerat vårdförlopp, EF 50 %."),
        ("Information till patient", "Diagnos, behandling och sekundärprevention genomgångna muntligt och skriftligt. Pat vet att han inte får köra bil på en vecka."),
    ]),
], must_not=[("NL101", "n1")],
  why="Discharge summary documents that the diagnosis was told.")

C("d132-epikris-tillagg-pad-koloncancer-efter-utskrivning", "skane", "1948-08-09", "K", "2024-04-19", [
    N("n1", "Melior", "Epikris", "med_ystad", "läkare", "2024-04-05 14:30", 45, "slutenvård", [
        ("Epikris", "Inlagd för järnbristanemi, Hb 82. Koloskopi med biopsier från en tumörliknande förändring i sigmoideum. Transfunderad två enheter."),
    ]),
    N("n2", "Melior", "Tillägg till epikris", "med_ystad", "läkare", "2024-04-16 09:20", 15, "slutenvård", [
        ("Tillägg", "PAD efter utskrivning: adenocarcinom i sigmoideum. Pat ej informerad om diagnosen; kirurgmottagningen kallar henne inom SVF och lämnar beskedet."),
    ]),
], must=[("NL101", "n2")],
  why="Addendum to a discharge summary: colon cancer stated and the patient not informed.")

C("d132-gyn-th-mall-sedan-endometriecancer-informerad", "skane", "1953-12-21", "K", "2024-05-17", [
    N("n1", "Melior", TH, "kk_ksd", "läkare", "2024-04-25 11:00", 20, "öppenvård", [
        ("Bedömning", "Endometrium 14 mm och oregelbundet hos postmenopausal kvinna. Susp. endometriecancer, avvaktar PAD innan det nämns."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "kk_ksd", "läkare", "2024-05-13 10:30", 30, "öppenvård", [
        ("Bedömning", "PAD: endometrioid endometriecancer grad 1. Pat informerad vid besöket idag, hon tog beskedet sansat och hade maken med sig."),
        ("Planering", "MR bäcken och DT thorax, därefter robotassisterad hysterektomi."),
    ]),
], must_not=[("NL101", "n2"), ("NL102", "n2")],
  why="Hypothesis was in the Tidiga hypoteser template; the later visible note settles and tells it.")

C("d132-gyn-ovarialcancer-beskedet-forst-vid-aterbesok", "vgr", "1951-06-08", "K", "2024-04-30", [
    N("n1", "Melior", "Läkaranteckning", "kk_nal", "läkare", "2024-04-26 15:40", 40, "öppenvård", [
        ("Diagnos", "Höggradig serös ovarialcancer stadium IIIC enligt PAD från laparoskopin och DT."),
        ("Planering", "Pat får beskedet först vid återbesöket 3/5 tillsammans med kontaktsjuksköterska. Tumörkonferens 30/4."),
    ]),
], must=[("NL101", "n1")],
  why="'Får beskedet först vid återbesöket' means not yet told; the cancer stands in a visible Diagnos.")

C("d132-uro-blascancer-inget-om-besked", "skane", "1944-03-26", "M", "2024-03-02", [
    N("n1", "Melior", "Läkaranteckning", "uro_mlm", "läkare", "2024-02-29 14:10", 30, "öppenvård", [
        ("Diagnos", "Blåscancer T1 höggradig, CIS i angränsande slemhinna."),
        ("Planering", "Re-TURB om sex veckor, därefter BCG-induktion. Kallelse skickas."),
    ]),
], must_not=[("NL101", "n1")],
  why="A confirmed diagnosis with nothing said about telling the patient.")

C("d132-uro-seminom-inte-via-1177", "vgr", "1993-07-31", "M", "2024-01-24", [
    N("n1", "Melior", "Provsvarsanteckning", "uro_su", "läkare", "2024-01-23 12:15", None, "öppenvård", [
        ("PAD", "Efter orkidektomi vä: seminom, pT1, inga kärlinväxter."),
        ("Planering", "Pat ska inte få svaret via 1177 utan muntligen och har ännu inte fått det. Tid hos onkolog och undertecknad 30/1."),
    ]),
], must=[("NL101", "n1")],
  why="Seminoma stated in a visible PAD section; the patient has not yet been told.")

C("d132-onh-th-mall-larynxcancer-plan-synlig", "skane", "1952-09-16", "M", "2024-04-09", [
    N("n1", "Melior", TH, "onh_hbg", "läkare", "2024-04-05 13:15", 25, "öppenvård", [
        ("PAD", "Biopsi från vä stämband: invasiv skivepitelcancer. Pat ej informerad, besked ges när PET-DT finns."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "onh_hbg", "läkare", "2024-04-05 13:20", 25, "öppenvård", [
        ("Planering", "PET-DT och tid på mottagningen efter tumörkonferensen. Pat vet att biopsisvaret är klart och att vi går igenom allt vid besöket."),
    ]),
], must_not=[("NL101", "n1"), ("NL101", "n2")],
  why="Skåne: the untold cancer is kept in the Tidiga hypoteser template; the visible note the same minute holds only the plan.")

C("d132-onh-tungcancer-pat-ovetande", "vgr", "1962-10-01", "K", "2024-05-10", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "onh_su", "sjuksköterska", "2024-05-08 10:40", 15, "öppenvård", [
        ("Telefonkontakt", "Pat ringer om smärtlindring efter biopsin. Hon är ännu ovetande om att biopsin från tungkanten visar skivepitelcancer; läkaren ringer henne i eftermiddag."),
    ]),
], must=[("NL101", "n1")],
  why="'Ännu ovetande om' a tongue cancer that is named in the same visible nurse note.")

C("d132-hud-bullos-pemfigoid-forklarad", "vgr", "1935-05-25", "K", "2024-02-06", [
    N("n1", "Melior", "Läkaranteckning", "hud_skas", "läkare", "2024-02-05 11:15", 25, "öppenvård", [
        ("Bedömning", "Bullös pemfigoid, bekräftad med biopsi och direkt immunfluorescens."),
        ("Åtgärd", "Diagnosen förklarad för pat och dottern, informationsblad givet. Klobetasol kräm på blåsorna, kontroll om två veckor."),
    ]),
], must_not=[("NL101", "n1")],
  why="Confirmed and explained to the patient in the same note.")

C("d132-gyn-privat-endometriecancer-pat-inlagd-annat-sjukhus", "skane", "1946-12-10", "K", "2024-06-14", [
    N("n1", "PMO", "Besöksanteckning", "vc_trelleborg", "läkare", "2024-05-16 09:00", 20, "öppenvård", [
        ("Aktuellt", "Blödning från underlivet i två veckor, tio år efter menopaus. Remiss gynekolog."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "gyn_priv_mlm", "läkare", "2024-06-12 13:50", 30, "öppenvård", [
        ("Utredning", "Endometriebiopsi: endometrioid adenocarcinom grad 2."),
        ("Planering", "Pat inte underrättad, hon ligger inlagd på Trelleborgs lasarett för höftfraktur; kontaktar avdelningen för att ordna samtalet. Remiss till kvinnokliniken i Lund."),
    ]),
], must=[("NL101", "n2")],
  why="Private gynaecologist: endometrial cancer in a visible Utredning, patient 'inte underrättad'.")

C("d132-gyn-lichen-planus-nasta-steg-ej-klart", "vgr", "1960-08-27", "K", "2024-04-08", [
    N("n1", "Melior", "Läkaranteckning", "kk_skas", "läkare", "2024-04-05 10:20", 20, "öppenvård", [
        ("Bedömning", "Erosiv lichen planus i vulva, diagnosen meddelad vid förra besöket."),
        ("Planering", "Pat har inte fått information om nästa behandlingssteg ännu eftersom den multidisciplinära ronden är 12/4."),
    ]),
], must_not=[("NL101", "n1")],
  why="The diagnosis was told before; only the next treatment step is pending.")

C("d132-vc-pmo-trolig-gikt", "skane", "1964-04-17", "M", "2024-03-07", [
    N("n1", "PMO", "Besöksanteckning", "vc_tagaborg", "läkare", "2024-03-06 08:30", 15, "öppenvård", [
        ("Bedömning", "Svullen, röd och het stortåled hö sedan i natt, urat 520. Trolig gikt, kolkicin enligt schema och kontroll om en vecka."),
    ]),
], must_not=[("NL102", "n1")],
  why="Hedged gout in a PMO primary-care note; PMO never shows diagnoses.")

C("d132-onh-jour-mojligt-septumhematom", "vgr", "2006-09-08", "M", "2024-01-14", [
    N("n1", "Melior", "Akutanteckning", "onh_jour_su", "läkare", "2024-01-13 20:40", None, "öppenvård", [
        ("Aktuellt", "17-årig handbollsspelare som fick en armbåge mot näsan under match för två timmar sedan. Näsblod som nu stoppat."),
        ("Bedömning", "Möjligt septumhematom vä, incideras direkt. Näsfraktur utan felställning."),
    ]),
], must=[("NL102", "n1")],
  why="'Möjligt septumhematom' is hedged in a visible Bedömning of a 17-year-old, who reads his own journal.")

C("d132-uro-testikel-ingen-misstake-typo", "skane", "1996-11-19", "M", "2024-02-12", [
    N("n1", "Melior", "Läkaranteckning", "uro_mlm", "läkare", "2024-02-09 15:35", 15, "öppenvård", [
        ("Bedömning", "Ultraljud skrotum: liten epididymiscysta hö, testiklarna homogena. Ingen misstake om testikeltumör. Avslutas."),
    ]),
], must_not=[("NL102", "n1")],
  why="Negation with a typo ('ingen misstake om') still rules the tumour out.")

# ---------------------------------------------------------------- tillägg: samma patient, olika enheter
C("d132-obst-mvc-pmo-sedan-kk-preeklampsi-ej-uteslutas", "skane", "1996-05-02", "K", "2024-05-25", [
    N("n1", "PMO", "Barnmorskeanteckning", "vc_sjobo", "barnmorska", "2024-05-21 10:10", 20, "öppenvård", [
        ("Aktuellt", "Gravid v 34+2, förstföderska. BT 146/96 vid två mätningar, albuminuri 1+ på sticka, lätt huvudvärk sedan i morse."),
        ("Åtgärd", "Misstänkt preeklampsi, ringt förlossningen i Kristianstad som tar emot henne direkt."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "kk_ksd", "läkare", "2024-05-21 13:35", 40, "öppenvård", [
        ("Status", "BT 150/98 efter vila, reflexer livliga utan klonus. CTG reaktivt."),
        ("Bedömning", "Preeklampsi kan inte uteslutas; U-albumin/kreatinin och leverprover skickade, sFlt-1/PlGF-kvot tas."),
        ("Planering", "Inläggning på BB-specialvård för observation över natten."),
    ]),
], must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Antenatal care in PMO and the women's clinic in Melior both hedge pre-eclampsia; only the Melior note shows it.")

C("d132-hud-kant-eksem-sedan-kan-rora-sig-om-lymfom", "vgr", "1957-03-23", "M", "2024-06-28", [
    N("n1", "Melior", "Besöksanteckning", "vc_herrestad", "läkare", "2024-05-06 14:50", 20, "öppenvård", [
        ("Bedömning", "Atopiskt eksem sedan barndomen, nu sämre trots grupp III-steroid i två månader. Remiss hudmottagningen."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "hud_su", "läkare", "2024-06-25 09:30", 35, "öppenvård", [
        ("Status", "Skarpt avgränsade, lätt infiltrerade erytematösa plack på bålen och i sätesregionen, poikilodermi i ljumskarna."),
        ("Bedömning", "Atypiskt förlopp för eksem i hans ålder; kan röra sig om kutant T-cellslymfom. Tre stansbiopsier tas för PAD och klonalitet."),
    ]),
], must=[("NL102", "n2")],
  why="The vårdcentral note states known eczema; the dermatology note adds a hedged lymphoma ('kan röra sig om'): assert on the dermatology note.")

C("d132-kommunal-vgr-trol-overflodesinkontinens", "vgr", "1938-07-11", "M", "2024-03-05", [
    N("n1", "Melior", "Omvårdnadsanteckning", "kommunal_lerum", "sjuksköterska", "2024-03-04 15:05", 15, "öppenvård", [
        ("Omvårdnad", "Personalen på boendet rapporterar att pat läcker urin dygnet runt och byter skydd sex gånger per dag. Bladderscan efter miktion visar 450 ml residualurin. Trol. överflödesinkontinens, vårdcentralens läkare informerad och KAD sätts i väntan på urologbedömning."),
    ]),
], must=[("NL102", "n1")],
  why="Municipal nurse in VGR hedges a diagnosis ('trol. överflödesinkontinens') in a visible note.")

C("d132-onh-pmo-remiss-sedan-onh-meniere-ej-uteslutas", "skane", "1977-01-05", "K", "2024-02-02", [
    N("n1", "PMO", "Besöksanteckning", "vc_tagaborg", "läkare", "2024-01-30 11:25", 15, "öppenvård", [
        ("Aktuellt", "Lockkänsla och sus i hö öra sedan igår morse, otoskopi ua. Remiss akut till ÖNH Helsingborg för hörselmätning."),
    ]),
    N("n2", "Melior", "Läkaranteckning", "onh_hbg", "läkare", "2024-01-30 15:45", 30, "öppenvård", [
        ("Utredning", "Tonaudiogram: sensorineural nedsättning hö med 40 dB i bastonerna, vä normalt. Kraftig rotatorisk yrsel i tre timmar förra veckan."),
        ("Bedömning", "Menières sjukdom kan inte uteslutas med tanke på yrselattacken. Prednisolon enligt PM för plötslig hörselnedsättning, nytt audiogram om en vecka."),
    ]),
], must=[("NL102", "n2")],
  why="Primary care only refers; the ENT note hedges Ménière's disease in a visible Bedömning.")


# ======================================================================
# build + validate
# ======================================================================
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = _dt.date.fromisoformat(when[:10])
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def _in_2024(s):
    return s is not None and s.startswith("2024-")


def build():
    problems = []
    out = []
    seen_names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["case"]
        if not name.startswith("d132-"):
            problems.append("%s: bad prefix" % name)
        if name in seen_names:
            problems.append("%s: duplicate case name" % name)
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        rec = c["record"]
        birth = c["_birth"]
        pid = pnr(birth, c["_sex"], idx)
        rec["patient"]["id"] = pid
        # personnummer check
        digits = pid[2:8] + pid[9:]
        if _luhn(digits[:9]) != int(digits[9]) or pid[:8] != birth.replace("-", ""):
            problems.append("%s: personnummer" % name)
        if (int(pid[11]) % 2 == 1) != (c["_sex"] == "M"):
            problems.append("%s: sex digit" % name)
        if not _in_2024(rec["as_of"]):
            problems.append("%s: as_of not 2024" % name)
        ages = [_age(birth, rec["as_of"])]
        notes = rec["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note id" % name)
        bynote = {n["id"]: n for n in notes}
        for n in notes:
            ages.append(_age(birth, n["time"]))
            if not _in_2024(n["time"]):
                problems.append("%s/%s: time not 2024" % (name, n["id"]))
            if n["signed"] is not None:
                if not _in_2024(n["signed"]) or n["signed"] < n["time"]:
                    problems.append("%s/%s: signed" % (name, n["id"]))
            if n["time"] > rec["as_of"]:
                problems.append("%s/%s: note after as_of" % (name, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: system" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (name, n["id"]))
            if c["ruleset"] == "vgr" and n["template"] == TH:
                problems.append("%s/%s: VGR protects by sökord, not template" % (name, n["id"]))
            if c["ruleset"] == "skane" and any(s["keyword"] == TH for s in n["sections"]):
                problems.append("%s/%s: Skåne protects by template, not sökord" % (name, n["id"]))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for s in n["sections"]:
                for sent in _SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append("%s: sentence repeated (also in %s): %s" % (name, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        for a in ages:
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient age %d" % (name, a))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: no assertions" % name)
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in CODES:
                    problems.append("%s: code %s" % (name, code))
                if target not in bynote:
                    problems.append("%s: missing target %s" % (name, target))
                    continue
                sysname = bynote[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on non-Melior" % name)
                if code == "NL102" and sysname != "Melior" and lst == "must_not":
                    pass  # PMO never shows diagnoses: must_not is the convention
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % name)
                if (code, target) in pairs:
                    problems.append("%s: %s/%s asserted twice" % (name, code, target))
                pairs.add((code, target))
        if not c["why"]:
            problems.append("%s: no why" % name)
        out.append({
            "case": name,
            "ruleset": c["ruleset"],
            "record": rec,
            "must": c["must"],
            "must_not": c["must_not"],
            "why": c["why"],
        })
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in out:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print("%d cases -> %s" % (len(out), OUT))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
