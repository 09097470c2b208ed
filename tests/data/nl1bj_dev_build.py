#!/usr/bin/env python3
"""nl1bj_dev_cases: longer multi-section Swedish clinical notes (NL101 / NL102).

Dependency-free and deterministic. `python3 build.py` writes nl1bj_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime
import hashlib
import json
import os
import re
import sys

NAME = "nl1bj_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))


class Rng:
    """Tiny deterministic generator (independent of Python's random module)."""

    def __init__(self, seed):
        self.state = int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16], 16)

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]

    def sample(self, seq, k):
        pool = list(seq)
        out = []
        for _ in range(k):
            out.append(pool.pop(self.next() % len(pool)))
        return out


# ---------------------------------------------------------------- clinics
# key: (region, system, unit name, hsa-id, default setting)
CLINICS = {
    # Region Skåne, Melior (hospitals)
    "s_onk_lund": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4411", "öppenvård"),
    "s_med_malmo": ("skane", "Melior", "Medicinkliniken avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-3302", "slutenvård"),
    "s_med_hbg": ("skane", "Melior", "Medicinkliniken, Helsingborgs lasarett", "SE2321000255-5120", "slutenvård"),
    "s_medmott_krs": ("skane", "Melior", "Medicinmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6214", "öppenvård"),
    "s_ger_malmo": ("skane", "Melior", "Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3388", "slutenvård"),
    "s_minne_ystad": ("skane", "Melior", "Minnesmottagningen, Lasarettet Ystad", "SE2321000255-7731", "öppenvård"),
    "s_psyk_lund": ("skane", "Melior", "Allmänpsykiatrisk mottagning Lund", "SE2321000255-8120", "öppenvård"),
    "s_psyk_hbg_avd": ("skane", "Melior", "Psykiatriska kliniken avd 32, Helsingborg", "SE2321000255-8244", "psykiatrisk heldygnsvård"),
    "s_bup_malmo": ("skane", "Melior", "BUP-mottagning Malmö Väster", "SE2321000255-8460", "öppenvård"),
    "s_barn_lund": ("skane", "Melior", "Barn- och ungdomsmedicinska mottagningen, Lund", "SE2321000255-9012", "öppenvård"),
    "s_barnavd_hbg": ("skane", "Melior", "Barnavdelning 1, Helsingborgs lasarett", "SE2321000255-9155", "slutenvård"),
    "s_kir_krs": ("skane", "Melior", "Kirurgiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-6390", "slutenvård"),
    "s_neuro_lund": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619", "öppenvård"),
    "s_uro_malmo": ("skane", "Melior", "Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4522", "öppenvård"),
    "s_kvinno_lund": ("skane", "Melior", "Kvinnokliniken, gynekologisk mottagning Lund", "SE2321000255-4780", "öppenvård"),
    "s_hemat_lund": ("skane", "Melior", "Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4460", "öppenvård"),
    "s_lung_lund": ("skane", "Melior", "Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5571", "öppenvård"),
    "s_reuma_malmo": ("skane", "Melior", "Reumatologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5830", "öppenvård"),
    "s_akut_ystad": ("skane", "Melior", "Akutmottagningen, Lasarettet Ystad", "SE2321000255-7702", "akutvård"),
    "s_hjart_hbg": ("skane", "Melior", "Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-5177", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "s_vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", "SE2321000255-1204", "öppenvård"),
    "s_vc_hoor": ("skane", "PMO", "Hörby-Höör vårdcentral, Höör", "SE2321000255-1318", "öppenvård"),
    "s_vc_malmo": ("skane", "PMO", "Vårdcentralen Lindängen, Malmö", "SE2321000255-1442", "öppenvård"),
    "s_bvc_tbg": ("skane", "PMO", "BVC Trelleborg", "SE2321000255-1560", "öppenvård"),
    "s_hsv_simr": ("skane", "PMO", "Hemsjukvården Simrishamn", "SE2321000255-1677", "hemsjukvård"),
    "s_vc_angelh": ("skane", "PMO", "Vårdcentralen Ängelholm", "SE2321000255-1731", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "v_onk_sahl": ("vgr", "Melior", "Jubileumskliniken, onkologi, Sahlgrenska universitetssjukhuset", "SE2321000131-E33410", "öppenvård"),
    "v_med_ostra": ("vgr", "Melior", "Medicinavdelning 52, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E21150", "slutenvård"),
    "v_med_nal": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL", "SE2321000131-E60213", "slutenvård"),
    "v_medmott_skas": ("vgr", "Melior", "Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E70121", "öppenvård"),
    "v_ger_molndal": ("vgr", "Melior", "Geriatrik och akutmedicin, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E24480", "slutenvård"),
    "v_minne_molndal": ("vgr", "Melior", "Minnesmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E24512", "öppenvård"),
    "v_psyk_sas": ("vgr", "Melior", "Psykiatrimottagning, Södra Älvsborgs sjukhus Borås", "SE2321000131-E81045", "öppenvård"),
    "v_psyk_avd_nu": ("vgr", "Melior", "Psykiatriavdelning 16, NU-sjukvården", "SE2321000131-E60877", "psykiatrisk heldygnsvård"),
    "v_barn_dsbus": ("vgr", "Melior", "Drottning Silvias barnsjukhus, barnmottagning", "SE2321000131-E11250", "öppenvård"),
    "v_barnavd_skas": ("vgr", "Melior", "Barn- och ungdomsavdelningen, Skaraborgs sjukhus Skövde", "SE2321000131-E70340", "slutenvård"),
    "v_kir_sas": ("vgr", "Melior", "Kirurgkliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E81210", "slutenvård"),
    "v_neuro_sahl": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E31122", "öppenvård"),
    "v_uro_sahl": ("vgr", "Melior", "Urologmottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E32210", "öppenvård"),
    "v_gyn_ostra": ("vgr", "Melior", "Gynekologimottagningen, Sahlgrenska universitetssjukhuset/Östra", "SE2321000131-E21400", "öppenvård"),
    "v_hemat_sahl": ("vgr", "Melior", "Sektionen för hematologi och koagulation, Sahlgrenska", "SE2321000131-E33520", "öppenvård"),
    "v_lung_kungalv": ("vgr", "Melior", "Lungmottagningen, Kungälvs sjukhus", "SE2321000131-E42110", "öppenvård"),
    "v_akut_alingsas": ("vgr", "Melior", "Akutmottagningen, Alingsås lasarett", "SE2321000131-E45001", "akutvård"),
    "v_hjart_uddevalla": ("vgr", "Melior", "Kardiologimottagningen, Uddevalla sjukhus", "SE2321000131-E60450", "öppenvård"),
    "v_gastro_sahl": ("vgr", "Melior", "Gastroenterologiska mottagningen, Sahlgrenska", "SE2321000131-E31640", "öppenvård"),
    "v_endo_sas": ("vgr", "Melior", "Endokrinmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E81320", "öppenvård"),
}

ROLES = {
    "lak": "läkare", "ssk": "sjuksköterska", "kss": "sjuksköterska", "psy": "psykolog",
    "fys": "fysioterapeut", "diet": "dietist", "arb": "arbetsterapeut", "kur": "kurator",
    "usk": "undersköterska", "bm": "barnmorska",
}
FIRST = ["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Mikael", "Eva", "Anders",
         "Lena", "Per", "Emma", "Fredrik", "Ida", "Jonas", "Sofia", "Magnus", "Helena", "Ahmed",
         "Leila", "Nils", "Malin", "Oskar", "Petra", "Daniel", "Yasmin", "Gustav", "Hanna", "Tomas",
         "Elin", "Björn", "Amira", "Viktor", "Cecilia", "Rasmus", "Linnea", "Hassan", "Ulrika", "Jakob"]
LAST = ["Lindqvist", "Nyström", "Holm", "Berglund", "Sandberg", "Håkansson", "Ekström", "Öberg",
        "Persson", "Nilsson", "Jönsson", "Mattsson", "Karimi", "Lundgren", "Axelsson", "Strand",
        "Wallin", "Bengtsson", "Hedlund", "Sjöberg", "Åberg", "Olofsson", "Falk", "Dahl",
        "Mansour", "Engström", "Borg", "Lindahl", "Svensson", "Ivarsson"]

TEMPLATES_PMO = {"lak": "Besöksanteckning", "ssk": "Sjuksköterskeanteckning"}

# ---------------------------------------------------------------- background pools
# None of these may hold a hedge, a negated diagnosis cue tied to the case, or any
# statement about informing the patient: the deciding matter is written by hand.
SOC_LIVE = ["Bor med make i lägenhet", "Bor ensam i radhus", "Bor med sambo och två barn i villa",
            "Bor ensam i lägenhet med hiss", "Bor med maka på gård utanför tätort",
            "Bor med sin dotter och hennes familj", "Bor på särskilt boende sedan i våras",
            "Bor med hustru i villa, trappa till sovrum", "Bor med partner i hyresrätt",
            "Bor i studentkorridor", "Bor med vuxen son i lägenhet", "Ensamboende sedan partnern dog"]
SOC_WORK = ["pensionerad lärare", "arbetar som busschaufför", "pensionerad snickare",
            "arbetar inom hemtjänsten", "studerar på universitetet", "sjukskriven från lagerarbete",
            "pensionerad sjuksköterska", "egen företagare inom bygg", "arbetar som ekonom",
            "pensionerad lantbrukare", "arbetar som förskollärare", "tidigare svetsare, nu pensionär",
            "arbetslös sedan ett år", "arbetar som IT-konsult", "pensionerad undersköterska"]
SOC_TOB = ["aldrig rökt", "slutade röka 2005", "röker 10 cig/dag", "snusar dagligen",
           "f.d. rökare, 20 paketår", "röker ca 5 cig/dag", "ej rökare", "slutade röka för 15 år sedan"]
SOC_ALC = ["alkohol måttligt", "alkohol sparsamt", "dricker ej alkohol", "alkohol vid helger",
           "uppger 1-2 glas vin/vecka", "AUDIT 3 p"]

TID_DX = ["hypertoni", "typ 2-diabetes", "förmaksflimmer", "hypotyreos", "astma", "KOL",
          "hyperlipidemi", "gikt", "artros i höger knä", "glaukom", "GERD", "migrän",
          "osteoporos", "psoriasis", "njursten", "hjärtsvikt med bevarad EF",
          "ländryggssmärta", "sömnapné med CPAP", "kronisk njursvikt stadium 3a",
          "polymyalgia rheumatica", "hörselnedsättning", "divertikulos", "nackdiskbråck"]
TID_OP = ["appendektomi", "kolecystektomi", "höftprotes vä", "knäprotes hö", "hemorrojdop",
          "axelop hö", "kataraktop bilat", "PCI mot LAD", "ljumskbråcksop", "tonsillektomi",
          "karpaltunnelop hö", "galloperation"]
HER = [
    "Mor hypertoni, avled i stroke {a} år gammal", "Far hjärtinfarkt vid {a} års ålder",
    "Syster typ 1-diabetes sedan barndomen", "Bror behandlad för tjocktarmscancer vid {a} års ålder",
    "Mormor bröstcancer vid {a} år", "Far typ 2-diabetes och höftartros",
    "Mor hypotyreos", "Farfar demens, debut runt {a} år", "Moster reumatoid artrit",
    "Morbror prostatacancer vid {a} år", "Far förmaksflimmer sedan {a} års ålder",
    "Mor depression, behandlad i primärvården", "Syster psoriasis",
    "Farmor osteoporos med höftfraktur vid {a} år", "Bror astma", "Mor migrän",
]
MEDS = [("Metoprolol", ["25 mg 1x1", "50 mg 1x1", "100 mg 1x1"]),
        ("Atorvastatin", ["20 mg 0+0+1", "40 mg 0+0+1", "80 mg 0+0+1"]),
        ("Metformin", ["500 mg 1x2", "1 g 1x2", "850 mg 1x2"]),
        ("Levaxin", ["50 mikrog 1x1", "75 mikrog 1x1", "100 mikrog 1x1", "125 mikrog 1x1"]),
        ("Eliquis", ["5 mg 1x2", "2,5 mg 1x2"]), ("Omeprazol", ["20 mg 1x1", "40 mg 1x1"]),
        ("Enalapril", ["5 mg 1x1", "10 mg 1x1", "20 mg 1x1"]), ("Amlodipin", ["5 mg 1x1", "10 mg 1x1"]),
        ("Furix", ["20 mg 1x1", "40 mg 1x1", "40 mg 1+1+0"]), ("Alvedon", ["1 g vb", "665 mg 2x3", "1 g x3"]),
        ("Sertralin", ["50 mg 1x1", "100 mg 1x1"]), ("Behepan", ["1 mg 1x1"]),
        ("Trombyl", ["75 mg 1x1"]), ("Losartan", ["50 mg 1x1", "100 mg 1x1"]),
        ("Kalcipos-D", ["1x2"]), ("Alendronat", ["70 mg 1 gång/vecka"]),
        ("Symbicort", ["160/4,5 2 inh x2", "320/9 1 inh x2"]), ("Oxascand", ["5 mg vb", "10 mg tn vb"]),
        ("Zopiklon", ["5 mg tn vb", "7,5 mg tn vb"]), ("Spironolakton", ["25 mg 1x1"]),
        ("Insulin Toujeo", ["18 E kl 22", "24 E kl 22", "30 E kl 22"]), ("Lyrica", ["75 mg 1x2"]),
        ("Laxoberal", ["10 dr tn vb"]), ("Movicol", ["1 påse 1x1", "1 påse vb"]),
        ("Bisoprolol", ["2,5 mg 1x1", "5 mg 1x1"]), ("Candesartan", ["8 mg 1x1", "16 mg 1x1"]),
        ("Mirtazapin", ["15 mg tn", "30 mg tn"]), ("Xarelto", ["20 mg 1x1", "15 mg 1x1"])]
ORGAN = ["Cor: RR, inga bl.", "Cor: oregelbunden rytm.", "Pulm: ua bilat.", "Pulm: ua.",
         "Buk: mjuk, oöm.", "Buk: ua.", "Ben: inga ödem.", "Ben: lätta ankelödem.",
         "Neuro: grovt ua.", "Hud: ua.", "MoS: ua.", "Lgl: ua."]
CHILD_LIVE = ["Bor med mamma, pappa och storebror", "Bor växelvis hos mamma och pappa",
              "Bor med mamma och två yngre syskon", "Bor med föräldrarna och lillasyster",
              "Bor med pappa och hans sambo", "Bor med båda föräldrarna, enda barnet"]
CHILD_DAY = ["går på förskola", "går i förskoleklass", "går i årskurs 3", "går i årskurs 5",
             "är hemma med förälder", "går i årskurs 1", "går på dagis fyra dagar i veckan"]
CHILD_HER = ["Mor astma", "Far pollenallergi", "Mor hypotyreos", "Morfar typ 2-diabetes",
             "Far migrän", "Storebror atopiskt eksem", "Farmor celiaki", "Mor glutenintolerans"]

USED_SENT = set()


def split_sentences(text):
    parts = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = s.strip()
            if s:
                parts.append(s)
    return parts


def fresh(rng, make, tries=60):
    """Call make(rng) until every long sentence in the result is new to the set."""
    for _ in range(tries):
        text = make(rng)
        sents = [s for s in split_sentences(text) if len(s) >= 25]
        if not any(s in USED_SENT for s in sents):
            USED_SENT.update(sents)
            return text
    raise SystemExit("could not make a fresh background sentence")


def bg_soc(rng, kid):
    if kid:
        return fresh(rng, lambda r: f"{r.choice(CHILD_LIVE)}, {r.choice(CHILD_DAY)}. "
                     f"Vaccinerad enl. programmet, {r.choice(['husdjur: katt', 'inga husdjur', 'hund hemma', 'kanin hemma'])}.")
    return fresh(rng, lambda r: f"{r.choice(SOC_LIVE)}, {r.choice(SOC_WORK)}. "
                 f"{r.choice(SOC_TOB).capitalize()}, {r.choice(SOC_ALC)}.")


def bg_tid(rng, kid):
    if kid:
        return fresh(rng, lambda r: f"Född i v. {r.randint(36, 41)}, {r.choice(['normal förlossning', 'sectio', 'sugklocka'])}, "
                     f"födelsevikt {r.randint(2600, 4300)} g. {r.choice(['Tidigare frisk', 'Tidigare frisk frånsett öroninflammationer', 'Atopiskt eksem som spädbarn', 'Obstruktiva besvär vid förkylning'])}.")

    def make(r):
        dx = r.sample(TID_DX, r.randint(2, 4))
        s = ", ".join(f"{d} ({r.randint(1995, 2023)})" for d in dx)
        op = r.sample(TID_OP, r.randint(0, 2))
        out = s[0].upper() + s[1:] + "."
        if op:
            out += " Op: " + ", ".join(f"{o} {r.randint(1985, 2022)}" for o in op) + "."
        return out
    return fresh(rng, make)


def bg_her(rng, kid):
    if kid:
        return fresh(rng, lambda r: ", ".join(r.sample(CHILD_HER, 2)) + f", i övrigt ingen känd hereditet av betydelse ({r.choice(['enl. mor', 'enl. far', 'enl. föräldrar'])}).")

    def make(r):
        items = [h.format(a=r.randint(52, 88)) for h in r.sample(HER, r.randint(1, 3))]
        return ". ".join(items) + "."
    return fresh(rng, make)


def bg_med(rng, kid):
    if kid:
        return fresh(rng, lambda r: r.choice(["Inga stående läkemedel", "Aerius mixtur vid behov",
                                              "Flutide 50 mikrog 1x2, Airomir vb", "Propyless kräm vb",
                                              "Inga fasta mediciner"]) + f". Vikt {r.randint(12, 45)},{r.randint(0, 9)} kg.")

    def make(r):
        items = r.sample(MEDS, r.randint(3, 6))
        return ", ".join(f"{n} {r.choice(d)}" for n, d in items) + "."
    return fresh(rng, make)


def bg_lab(rng, kid):
    def make(r):
        d = f"{r.randint(1, 28)}/{r.randint(2, 11)}"
        if kid:
            return f"Lab {d}: Hb {r.randint(105, 138)}, LPK {r.randint(4, 16)},{r.randint(0, 9)}, CRP {r.randint(1, 60)}, B-glukos {r.randint(4, 6)},{r.randint(0, 9)}."
        return (f"Lab {d}: Hb {r.randint(98, 158)}, LPK {r.randint(4, 14)},{r.randint(0, 9)}, TPK {r.randint(140, 420)}, "
                f"CRP {r.randint(1, 90)}, Na {r.randint(132, 144)}, K {r.randint(3, 4)},{r.randint(0, 9)}, krea {r.randint(55, 160)}.")
    return fresh(rng, make)


def bg_stat(rng, kid):
    def make(r):
        if kid:
            head = (f"AT: {r.choice(['pigg, leker', 'samarbetar fint', 'lite trött men alert'])}, "
                    f"temp {r.randint(36, 38)},{r.randint(0, 9)}, puls {r.randint(80, 140)}, sat {r.randint(95, 100)} %.")
        else:
            head = (f"AT: {r.choice(['gott', 'opåverkat', 'lätt påverkat', 'trött men alert'])}. "
                    f"BT {r.randint(105, 175)}/{r.randint(60, 98)}, puls {r.randint(52, 112)}, sat {r.randint(91, 99)} %, temp {r.randint(36, 38)},{r.randint(0, 9)}.")
        organ = r.sample(ORGAN, 3)
        return head + " " + " ".join(organ)
    return fresh(rng, make)


BG = {"@SOC": ("Socialt", bg_soc), "@TID": ("Tidigare sjukdomar", bg_tid),
      "@HER": ("Hereditet", bg_her), "@MED": ("Läkemedel", bg_med),
      "@LAB": ("Lab", bg_lab), "@STAT": ("Status", bg_stat)}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


CASES = []


def N(sections, tpl=None, au="lak", days=0, nid=None, signed=True, clinic=None):
    """A note spec for multi-note cases."""
    return dict(sections=sections, tpl=tpl, au=au, days=days, nid=nid, signed=signed, clinic=clinic)


def K(name, clinic, sections=None, must=(), must_not=(), why="", tpl=None, au="lak",
      age=60, signed=True, notes=None):
    CASES.append(dict(name=name, clinic=clinic, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, tpl=tpl, au=au, age=age,
                      signed=signed, notes=notes))


DEFAULT_TPL = {"lak": "Läkaranteckning", "ssk": "Omvårdnadsanteckning", "kss": "Kontaktsjuksköterskeanteckning",
               "psy": "Psykologanteckning", "fys": "Fysioterapeutanteckning", "diet": "Dietistanteckning",
               "arb": "Arbetsterapeutanteckning", "kur": "Kuratorsanteckning", "usk": "Omvårdnadsanteckning",
               "bm": "Barnmorskeanteckning"}


def render(case, idx):
    rng = Rng(case["name"])
    region = CLINICS[case["clinic"]][0]
    kid = case["age"] < 13
    month, day = rng.randint(3, 11), rng.randint(1, 27)
    base = datetime.datetime(2024, month, day, rng.randint(8, 15), rng.choice([0, 5, 10, 20, 30, 40, 45, 50]))
    by = 2024 - case["age"]
    birth = datetime.date(by, rng.randint(1, 2), rng.randint(1, 28))
    nine = birth.strftime("%y%m%d") + f"{(idx * 37 + 101) % 1000:03d}"
    pnr = birth.strftime("%Y%m%d") + "-" + nine[6:] + str(luhn_digit(nine))
    specs = case["notes"] or [N(case["sections"], case["tpl"], case["au"], 0, "n1", case["signed"])]
    notes = []
    for i, sp in enumerate(specs):
        ckey = sp["clinic"] or case["clinic"]
        _, system, uname, hsa, setting = CLINICS[ckey]
        au = sp["au"]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = ROLES[au]
        tpl = sp["tpl"] or (TEMPLATES_PMO.get(au, "Besöksanteckning") if system == "PMO" else DEFAULT_TPL[au])
        t = base + datetime.timedelta(days=sp["days"], minutes=7 * i)
        sections = []
        for s in sp["sections"]:
            if isinstance(s, str):
                kw, fn = BG[s]
                sections.append({"keyword": kw, "text": fn(rng, kid)})
            else:
                sections.append({"keyword": s[0], "text": s[1]})
        signed = None
        if sp["signed"]:
            signed = (t + datetime.timedelta(minutes=rng.randint(20, 200))).isoformat(timespec="seconds")
        notes.append({"id": sp["nid"] or f"n{i + 1}", "system": system, "template": tpl,
                      "unit": {"name": uname, "hsa_id": hsa},
                      "author": {"name": name, "role": role},
                      "time": t.isoformat(timespec="seconds"), "signed": signed,
                      "setting": setting, "refs": [], "sections": sections})
    record = {"patient": {"id": pnr, "birth_date": birth.isoformat(), "protected_identity": False},
              "as_of": "2024-12-31T00:00:00", "notes": notes,
              "access_events": [], "conversations": [], "treatments": []}
    return {"case": case["name"], "ruleset": region, "record": record,
            "must": [norm(x) for x in case["must"]],
            "must_not": [norm(x) for x in case["must_not"]], "why": case["why"]}


def norm(x):
    return [x, "n1"] if isinstance(x, str) else [x[0], x[1]]


M1, M2, M4 = "NL101", "NL102", "NL104"


# ================================================================ cases
# ---- oncology, haematology, urology, gynaecology ---------------------------------
K("onk-lund-lunga-pad-adenokarcinom-besked-ej-givet", "s_lung_lund", [
    ("Aktuellt", "67-årig man utreds för höger hilär förstoring efter långdragen hosta sedan januari. Bronkoskopi med EBUS utfördes förra veckan."),
    "@TID", "@SOC", "@MED",
    ("Provsvar", "PAD från EBUS station 4R och 7: adenokarcinom i lunga, TTF-1 positivt. PD-L1 och molekylärpatologi pågår."),
    ("Bedömning", "Adenokarcinom i höger lunga med mediastinal spridning, stadium minst IIIA. Patienten har ännu inte fått beskedet, detta ges av ansvarig läkare på återbesöket 14/5 tillsammans med kontaktsjuksköterska."),
    ("Planering", "PET-DT bokad. MDK torsdag. Kontaktsjuksköterska ringer pat och bokar besöket utan att föregripa svaret."),
], must=[M1], age=67, why="PAD-verified lung cancer written in Bedömning while the note says the patient has not yet been told")

K("onk-vgr-skelettscint-inger-misstanke-metastaser", "v_onk_sahl", [
    ("Kontaktorsak", "Uppföljning efter avslutad adjuvant cytostatika för bröstcancer vä 2022. Nytillkommen värk i ländryggen sedan två månader."),
    "@TID", "@HER", "@MED", "@LAB",
    ("Röntgen", "Skelettscintigrafi 3/6: ökat upptag i L3 och höger os ilium."),
    ("Bedömning", "Fynden på skelettscint inger misstanke om skelettmetastaser, men degenerativa förändringar kan inte uteslutas i L3. Pat informerad om att fynden behöver utredas vidare med MR."),
    ("Planering", "MR ländrygg och bäcken. Återbesök med svar om 2 veckor. Alvedon x4 tills vidare."),
], must=[M2], must_not=[M1], age=58, why="hedged metastatic disease (inger misstanke om) in a visible Bedömning; patient told about the need for work-up")

K("onk-kss-maken-ej-informerad-pat-informerad", "s_onk_lund", [
    ("Kontaktorsak", "Telefonsamtal med patienten dagen efter cancerbeskedet på kirurgmottagningen."),
    ("Aktuellt", "Pat fick igår besked av kirurg om invasiv duktal bröstcancer hö, 18 mm, ER-positiv. Hon har förstått informationen och kan återberätta planen."),
    "@SOC",
    ("Omvårdnad", "Sover dåligt sedan beskedet. Har inte berättat för maken ännu och vill göra det själv i helgen när barnen är bortresta. Önskar att vi inte kontaktar honom."),
    ("Åtgärd", "Informerat om kontaktsjuksköterskans roll och Min vårdplan. Broschyr om bröstcancer skickas hem. Ringer igen på tisdag."),
], au="kss", must_not=[M1, M2], age=52, why="near miss: the husband has not been told, the patient herself has been informed of the diagnosis")

K("onk-genetik-mor-troligen-ovarialcancer", "v_onk_sahl", [
    ("Kontaktorsak", "Remiss för ställningstagande till genetisk utredning efter nyupptäckt trippelnegativ bröstcancer."),
    ("Hereditet", "Mor dog 49 år gammal av en cancer i buken som troligen var äggstockscancer, aldrig närmare utredd enl. pat. Moster bröstcancer vid 44 års ålder."),
    "@TID", "@MED",
    ("Bedömning", "Trippelnegativ bröstcancer hö hos 38-årig kvinna med stark familjeanamnes. Uppfyller kriterier för BRCA-analys. Pat informerad och samtycker."),
    ("Planering", "Blodprov för BRCA1/2 och panel tas idag. Genetisk vägledning via onkogenetiska mottagningen."),
], must_not=[M2, M1], age=38, why="near miss: the only hedge (troligen äggstockscancer) is about the mother; the patient's cancer is confirmed and told")

K("hemat-lund-benmarg-talar-for-mds-dd-aplastisk", "s_hemat_lund", [
    ("Aktuellt", "73-årig kvinna remitterad från vårdcentral pga pancytopeni upptäckt vid rutinkontroll. Trötthet sedan hösten, inga infektioner."),
    "@TID", "@MED", "@LAB",
    ("Benmärg", "Benmärgsaspirat: hypocellulär märg med dysplastiska drag i erytropoesen, blaster 3 %. Cytogenetik ej klar."),
    ("Bedömning", "Bilden är mest förenlig med myelodysplastiskt syndrom, lågrisk. DD hypoplastisk MDS eller aplastisk anemi. Genomgått resultatet med pat, som vet att slutlig diagnos väntar på cytogenetiken."),
    ("Planering", "Åter om 3 veckor med cytogenetik. Transfusionsgräns Hb 80."),
], must=[M2], must_not=[M1], age=73, why="MDS with a differential diagnosis (DD aplastisk anemi) in a visible Bedömning")

K("hemat-vgr-kll-pat-ej-nadd", "v_hemat_sahl", [
    ("Aktuellt", "Remiss från vårdcentralen Lerum pga lymfocytos 18 sedan ett halvår, palpabla lgl på halsen."),
    "@TID", "@MED",
    ("Provsvar", "Flödescytometri perifert blod: monoklonal B-cellspopulation CD5+/CD23+, kappa-restriktion."),
    ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Inget behandlingsbehov i nuläget. Patienten har inte kunnat nås per telefon och är alltså ännu inte informerad om diagnosen."),
    ("Planering", "Nytt telefonförsök imorgon, annars kallelse till läkarbesök. Uppföljning med blodstatus var 3:e mån."),
], must=[M1], age=64, why="confirmed CLL written in Bedömning while the patient is not yet informed (could not be reached)")

K("uro-psa-normalt-ej-meddelat", "s_uro_malmo", [
    ("Kontaktorsak", "Provsvarsgenomgång, ej besök."),
    ("Anamnes", "71-årig man under aktiv monitorering för lågrisk prostatacancer, Gleason 3+3, diagnos 2021. Pat välinformerad om diagnos och upplägg."),
    "@MED", "@LAB",
    ("Provsvar", "PSA 4,1, oförändrat jämfört med 4,3 i höstas. Kvot fritt/totalt 0,24."),
    ("Bedömning", "Stabilt PSA. Svaret har ännu inte meddelats pat, men det är normalt för honom och föranleder ingen åtgärd."),
    ("Planering", "Brev med svaret skickas. Ny MR prostata 2025 enligt plan."),
], must_not=[M1, M2], age=71, why="near miss: an untold result that is normal; the cancer diagnosis was told long ago")

K("uro-vgr-misstankt-prostatacancer-pirads4", "v_uro_sahl", [
    ("Aktuellt", "Remiss från VC pga PSA 9,8, palp. fast parti vä lob."),
    "@TID", "@HER", "@MED",
    ("Status", "PR: förstorad prostata, palpabel förhårdnad vä sida, ej fixerad."),
    ("Röntgen", "MR prostata: PI-RADS 4-lesion vä perifera zon, 11 mm."),
    ("Bedömning", "Misstänkt prostatacancer vä lob. Pat informerad om fynden och att biopsi behövs för diagnos."),
    ("Planering", "Transperineal riktad biopsi v. 38, pat får skriftlig info. Ciprofloxacin profylax."),
], must=[M2], must_not=[M1], age=66, why="Misstänkt prostatacancer in a visible Bedömning of a Melior note")

K("uro-hematuri-misstanke-blascancer-avskriven", "s_uro_malmo", [
    ("Kontaktorsak", "Makroskopisk hematuri, remiss från VC med frågeställning blåscancer."),
    "@TID", "@MED", "@STAT",
    ("Undersökning", "Cystoskopi: normal blåsslemhinna, inga tumörer, inga stenar i blåsan. DT-urografi: 6 mm konkrement i hö uretär, i övrigt normala urinvägar."),
    ("Bedömning", "Hematurin förklaras av uretärstenen. Blåstumör är därmed avförd och ingen ytterligare malignitetsutredning behövs. Detta framfört till pat."),
    ("Planering", "Stenen bedöms kunna avgå spontant. Diklofenak vb, ny DT om 4 v."),
], must_not=[M2], age=59, why="near miss: the referral's question of bladder cancer is settled as ruled out later in the note, in other words")

K("gyn-vgr-trolig-endometrios", "v_gyn_ostra", [
    ("Aktuellt", "29-årig kvinna med tilltagande dysmenorré sedan 3 år, dyspareuni och smärta vid tarmtömning under mens. Kombinerade p-piller utan tillräcklig effekt."),
    "@TID", "@MED",
    ("Status", "Gyn: öm i bakre fornix, ingen palpabel resistens. VUL: normal uterus, 3 cm endometriom-liknande cysta vä ovarium."),
    ("Bedömning", "Klinisk bild och ultraljud talar för trolig endometrios med endometriom vä. Har gått igenom detta med pat."),
    ("Planering", "Byte till kontinuerlig gestagenbehandling. Ny VUL om 3 mån. Ställningstagande till laparoskopi vid utebliven effekt."),
], must=[M2], must_not=[M1], age=29, why="trolig endometrios in a visible Bedömning (Melior, VGR)")

K("gyn-lund-cin3-ej-meddelat", "s_kvinno_lund", [
    ("Kontaktorsak", "Svar på kolposkopiriktade biopsier, pat ej på plats."),
    "@TID", "@MED",
    ("Provsvar", "PAD: CIN 3 (HSIL) med engagemang av körtlar, 3 av 4 biopsier."),
    ("Bedömning", "CIN 3 i portio, behandlingskrävande. Pat har inte fått besked om svaret än; vill inte lämna det per brev eller 1177-meddelande."),
    ("Planering", "Kallas till läkarsamtal nästa vecka där diagnosen och planerad konisering gås igenom."),
], must=[M1], age=34, why="biopsy-proven CIN 3 in a visible section while the note says the patient has not got the answer yet")

K("gyn-myom-ev-kontroll-plan", "s_kvinno_lund", [
    ("Aktuellt", "Återbesök. Känt myom i uterus sedan 2022, diagnostiserat med ultraljud. Blödningarna har minskat efter insatt tranexamsyra."),
    "@MED", "@LAB",
    ("Status", "VUL: intramuralt myom 4,2 cm, oförändrat mot förra året. Endometriet tunt."),
    ("Bedömning", "Stabilt myom med god symtomkontroll. Pat nöjd. Ev. kan vi glesa ut kontrollerna om det fortsatt är stabilt."),
    ("Planering", "Ny VUL om ett år, eventuellt byte till hormonspiral om blödningarna åter ökar."),
], must_not=[M2, M1], age=46, why="near miss: ev./eventuellt hedge only the plan; the myoma is confirmed")

K("onk-kss-vgr-kolorektal-besked-flyttat", "v_onk_sahl", [
    ("Kontaktorsak", "Kontaktsjuksköterska, förberedelse inför läkarbesök."),
    ("Aktuellt", "MDK igår: PAD från koloskopin visar adenokarcinom i sigmoideum, DT utan fjärrmetastaser. Rekommendation: operation."),
    ("Omvårdnad", "Pat ringde idag och frågade om svaren. Enligt överenskommelse med kirurgen lämnade jag inget besked per telefon eftersom pat inte ska få diagnosen förrän på läkarbesöket på måndag, då hans dotter kan följa med."),
    ("Åtgärd", "Bekräftat tid måndag 10.30. Tolk beställd (arabiska)."),
], au="kss", must=[M1], age=61, why="nurse note: sigmoid adenocarcinoma written visibly while the patient must not get it before Monday's visit")

K("hemat-lund-myelom-m-komponent-mgus-avford", "s_hemat_lund", [
    ("Aktuellt", "Uppföljning av M-komponent IgG kappa 12 g/L upptäckt 2023."),
    "@TID", "@MED", "@LAB",
    ("Provsvar", "Benmärg: 4 % klonala plasmaceller. Helkropps-DT utan lytiska lesioner. Fria lätta kedjor kvot 1,9."),
    ("Bedömning", "Misstanken om myelom från förra besöket är nu utredd och avskriven: fynden motsvarar MGUS, lågrisk. Resultatet har diskuterats med patienten."),
    ("Planering", "Kontroll av M-komponent och lätta kedjor hos VC om 6 mån."),
], must_not=[M2, M1], age=69, why="near miss: earlier suspicion of myeloma settled in the same note as MGUS and told")

K("onk-palliativ-trolig-hjarnmetastas", "s_onk_lund", [
    ("Aktuellt", "Känd NSCLC stadium IV sedan 2023, andra linjens immunterapi. Sedan en vecka huvudvärk och ostadighet, ramlade igår."),
    "@MED",
    ("Status", "Vaken, orienterad. Lätt ataxi vä arm. Pupiller lika, ljusreaktion ua."),
    ("Bedömning", "Symtomen inger stark misstanke om hjärnmetastasering. Pat och maka informerade om misstanken och att DT hjärna görs idag."),
    ("Planering", "DT hjärna med kontrast idag. Betapred 8 mg x1 insätts. Kontakt med strålbehandling vid positivt fynd."),
], must=[M2], must_not=[M1], age=72, why="suspected brain metastases (inger stark misstanke om) in a visible Bedömning, told to patient")

K("hemat-vgr-lymfom-kan-ej-uteslutas", "v_hemat_sahl", [
    ("Aktuellt", "41-årig man med nattliga svettningar, viktnedgång 6 kg på 3 mån och förstorade lgl i vä axill."),
    "@TID", "@SOC", "@LAB",
    ("Röntgen", "DT thorax-buk: multipla förstorade lgl axillärt vä och retroperitonealt, största 3,4 cm. Mjälte 14 cm."),
    ("Bedömning", "Lymfom kan inte uteslutas. DD reaktiv lymfadenopati, sarkoidos. Pat informerad om att vi behöver en lymfkörtelbiopsi för att få svar."),
    ("Planering", "Exstirpation av lgl vä axill via kirurgen inom 1 v. LD, urat, HIV, hepatitserologi."),
], must=[M2], must_not=[M1], age=41, why="kan inte uteslutas + DD for lymphoma in a visible Bedömning")

K("uro-njurtumor-ej-informerad-typo", "s_uro_malmo", [
    ("Kontaktorsak", "Röntgenrond, pat ej närvarande."),
    "@TID", "@MED",
    ("Röntgen", "DT buk med kontrast (utförd pga gallstensbesvär): 4 cm solid kontrastladdande tumör i hö njure, typiskt utseende för njurcellscancer, inga metastaser."),
    ("Bedömning", "Njurcellscancer hö njure cT1a. Pat är ännu inte infomerad om fyndet, röntgen var beställd av annan klinik."),
    ("Planering", "Kallas till urologmottagningen inom 2 veckor för besked och diskussion om partiell nefrektomi."),
], must=[M1], age=63, why="renal cell cancer in Bedömning while patient not informed; typo 'infomerad'")

K("onk-epikris-ev-uppehall-cytostatika", "v_onk_sahl", [
    ("Inskrivningsorsak", "Feber 38,9 dag 10 efter kur 3 FEC pga bröstcancer."),
    ("Förlopp", "Neutropen feber, LPK 0,6 vid ankomst. Blododlingar negativa. Feberfri efter ett dygn på Piperacillin/Tazobactam. Neutrofiler återhämtade dag 4."),
    "@MED",
    ("Sammanfattning", "Neutropen feber utan fokus, nu återställd. Pat informerad om förloppet. Ev. dosreduktion 20 % inför kur 4, tas ställning till av behandlande onkolog."),
    ("Uppföljning", "Blodprov hos kontaktssk om 1 v. Filgrastim övervägs vid nästa kur."),
], tpl="Epikris", must_not=[M2, M1], age=55, why="near miss: discharge summary where ev. concerns a dose reduction, the diagnosis is settled")

K("hemat-itp-trolig-epikris-draft", "s_hemat_lund", [
    ("Inskrivningsorsak", "Petekier på benen och blödande tandkött, TPK 8."),
    "@TID", "@MED",
    ("Förlopp", "Inga tecken till pågående större blödning. Perifert blodutstryk med isolerad trombocytopeni, inga blaster. Betapred 40 mg i 4 dagar, TPK steg till 65 vid utskrivning."),
    ("Sammanfattning", "Trolig primär immunologisk trombocytopeni (ITP). Sekundär orsak ej helt utredd. Pat informerad om diagnosen som sannolik."),
    ("Uppföljning", "TPK om 1 vecka. Hematologmottagningen om 3 veckor."),
], tpl="Epikris", signed=False, must=[M2], must_not=[M1], age=26, why="unsigned discharge summary draft with Trolig ITP in a visible section")

# ---- internal medicine, cardiology, lung, gastro, endocrine ------------------------
K("med-malmo-inskr-misstankt-lungemboli", "s_med_malmo", [
    ("Inskrivningsorsak", "Akut dyspné och hö-sidig andningskorrelerad bröstsmärta sedan igår kväll."),
    "@TID", "@MED", "@SOC",
    ("Aktuellt", "Flög hem från Thailand för 5 dagar sedan. Svullnad vä vad sedan resan."),
    "@STAT", "@LAB",
    ("Bedömning", "Misstänkt lungemboli med trolig DVT vä ben, Wells 6,5. D-dimer 3,2. Pat informerad om misstanken."),
    ("Planering", "DT lungartärer ikväll. Fragmin terapeutisk dos i väntan på svar. Ultraljud vä ben imorgon."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=48, why="admission note with misstänkt lungemboli in Bedömning")

K("med-malmo-lungemboli-avskriven-epikris", "s_med_malmo", [
    ("Inskrivningsorsak", "Dyspné och takykardi, inkom med frågeställning lungemboli."),
    "@TID", "@MED",
    ("Förlopp", "DT lungartärer utan embolier. Ekokardiografi med normal högerkammare. Bilaterala infiltrat i basalerna, CRP 140. Förbättrad av Bensylpenicillin."),
    ("Sammanfattning", "Samhällsförvärvad pneumoni bilateralt. Den initiala frågan om lungemboli är besvarad med nej. Pat informerad."),
    ("Uppföljning", "Doxycyklin till totalt 7 dagar. Lungröntgen om 6 veckor via VC."),
], tpl="Epikris", must_not=[M2, M1], age=77, why="near miss: admission question (frågeställning lungemboli) settled as no in the discharge summary")

K("med-hbg-hjartsvikt-dd-amyloidos", "s_med_hbg", [
    ("Aktuellt", "81-årig man med tilltagande ansträngningsdyspné och bensvullnad. Karpaltunnelop bilat för 5 år sedan."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Eko", "Koncentrisk vänsterkammarhypertrofi, septum 17 mm, EF 50 %, granulerat myokard. NT-proBNP 4 200."),
    ("Bedömning", "Hjärtsvikt med lätt nedsatt EF. Ekobilden och anamnesen väcker frågan om transtyretinamyloidos; hypertensiv hjärtsjukdom är differentialdiagnos. Resonerat med pat om fortsatt utredning."),
    ("Planering", "DPD-scint, fria lätta kedjor, u-elfores. Furix ökas till 40 mg x2."),
], must=[M2], must_not=[M1], age=81, why="heart failure (affirmed) with amyloidosis as a raised question and differential in visible Bedömning")

K("hjart-vgr-fmf-paroxysmalt-sakerstallt-ev-ablation", "v_hjart_uddevalla", [
    ("Kontaktorsak", "Återbesök efter långtids-EKG."),
    ("Aktuellt", "Hjärtklappningsattacker sedan i vintras, upp till 6 timmar."),
    "@TID", "@MED",
    ("Undersökning", "7-dygns Holter: två episoder förmaksflimmer, längsta 4 h 10 min, symtomkorrelerade."),
    ("Bedömning", "Paroxysmalt förmaksflimmer, nu verifierat. CHA2DS2-VASc 2. Genomgått med pat som förstår diagnosen. Möjligen aktuellt med ablation längre fram om attackerna tilltar."),
    ("Planering", "Eliquis 5 mg x2 insätts. Bisoprolol 2,5 mg. Åter om 3 mån."),
], must_not=[M2, M1], age=62, why="near miss: hedge (möjligen) is about a future ablation, the AF diagnosis is verified")

K("lung-lund-sarkoidos-trolig", "s_lung_lund", [
    ("Kontaktorsak", "Nybesök, remiss från VC pga bilateral hiluslymfadenopati på lungröntgen."),
    "@TID", "@SOC", "@MED",
    ("Aktuellt", "35-årig kvinna, torrhosta sedan 2 mån, erythema nodosum på underbenen i maj."),
    "@STAT",
    ("Bedömning", "Sannolikt sarkoidos, Löfgrens syndrom. Ingen vävnadsdiagnos ännu. Informerat pat om den troliga diagnosen och den goda prognosen."),
    ("Planering", "DT thorax, spirometri med diffusionskapacitet, S-ACE, Ca. Åter 6 v."),
], must=[M2], must_not=[M1], age=35, why="Sannolikt sarkoidos in a visible Bedömning (Skåne Melior)")

K("lung-vgr-kol-spirometri-verifierad-mor-trol-astma", "v_lung_kungalv", [
    ("Kontaktorsak", "Spirometriuppföljning."),
    ("Hereditet", "Mor hade troligen astma, använde inhalator men fick aldrig någon diagnos. Far lungemfysem."),
    "@TID", "@SOC", "@MED",
    ("Undersökning", "Spirometri efter bronkdilatation: FEV1/FVC 0,58, FEV1 64 % av förväntat."),
    ("Bedömning", "KOL GOLD 2, verifierad med spirometri. Pat har fått diagnosen förklarad och får rökavvänjning."),
    ("Planering", "Spiolto Respimat insätts. Rökavvänjning via VC. Fysioterapeut för KOL-skola."),
], must_not=[M2, M1], age=64, why="near miss: the hedge (troligen astma) is family history; the patient's COPD is verified")

K("gastro-vgr-misstankt-crohn-dd-ibs", "v_gastro_sahl", [
    ("Aktuellt", "24-årig man med diarréer 4-6 ggr/dag sedan 4 mån, viktnedgång 5 kg, nattliga buksmärtor."),
    "@TID", "@HER", "@MED", "@LAB",
    ("Provsvar", "F-kalprotektin 620. Hb 118, CRP 28."),
    ("Bedömning", "Misstänkt Mb Crohn, DD infektiös kolit eller IBS-D (mindre troligt givet kalprotektinet). Planerad utredning förklarad för pat."),
    ("Planering", "Ileokoloskopi med biopsier inom 3 v. Faecesodling. MR tunntarm om ileum engagerat."),
], must=[M2], must_not=[M1], age=24, why="Misstänkt Mb Crohn with DD in a visible Bedömning")

K("gastro-vgr-celiaki-tidigare-misstankt-utredd", "v_gastro_sahl", [
    ("Kontaktorsak", "Återbesök, dyspepsi."),
    ("Anamnes", "Tidigare utredd för misstänkt celiaki 2019 med normal duodenalbiopsi och negativa transglutaminasantikroppar. Sedan dess glutenhaltig kost utan besvär."),
    "@MED", "@LAB",
    ("Undersökning", "Gastroskopi: lätt erytematös antrumslemhinna. Ureastest positivt."),
    ("Bedömning", "Helicobacter pylori-positiv gastrit. Diagnosen förklarad för pat."),
    ("Planering", "Eradikering enligt trippelbehandling 10 dagar. UBT om 6 v."),
], must_not=[M2, M1], age=45, why="near miss: past suspicion of coeliac disease, already ruled out in 2019; current diagnosis confirmed")

K("endo-vgr-cushing-kan-ej-uteslutas", "v_endo_sas", [
    ("Aktuellt", "Remiss pga svårinställd hypertoni, viktuppgång 12 kg på ett år, lätta blåmärken, tunn hud."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Provsvar", "Dygnsurin-kortisol förhöjt x2. Dexametasonhämningstest: S-kortisol 140 nmol/L."),
    ("Bedömning", "Kortisolöverskott, Cushings syndrom kan inte uteslutas. Pseudo-Cushing pga alkohol mindre sannolikt. Pat informerad om att vidare provtagning behövs."),
    ("Planering", "Sen kvällssaliv-kortisol x2, ACTH. Återbesök om 4 veckor."),
], must=[M2], must_not=[M1], age=47, why="Cushings syndrom kan inte uteslutas in a visible Bedömning")

K("endo-vgr-hypertyreos-graves-meddelad", "v_endo_sas", [
    ("Aktuellt", "Hjärtklappning, viktnedgång och värmeintolerans sedan 2 mån. Lätt exoftalmus."),
    "@MED", "@LAB",
    ("Provsvar", "TSH <0,01, fritt T4 48, TRAK 9,2 (ref <1,8)."),
    ("Bedömning", "Graves sjukdom med tyreotoxikos. Pat informerad om diagnosen och behandlingsalternativen vid dagens besök."),
    ("Planering", "Tiamazol 20 mg x1, Propranolol 20 mg x3. Prover om 4 v. Remiss ögonkliniken."),
], must_not=[M2, M1], age=39, why="near miss: confirmed Graves disease told to the patient at the visit")

K("medmott-krs-ana-positiv-trolig-sle-typo", "s_medmott_krs", [
    ("Aktuellt", "Ledvärk i händer och handleder sedan 6 mån, fotosensitivt utslag över kinderna i somras, afte."),
    "@TID", "@MED", "@LAB",
    ("Provsvar", "ANA positiv 1:640, anti-dsDNA 85, C3 lågt."),
    ("Bedömning", "Sannolkit SLE med led- och hudengagemang. Pat vet om att reumatolog ska bekräfta diagnosen."),
    ("Planering", "Remiss reumatologen. Plaquenil insätts efter ögonbedömning."),
], must=[M2], must_not=[M1], age=31, why="probable SLE in a visible Bedömning; typo 'Sannolkit'")

K("reuma-malmo-ra-verifierad-ev-metotrexat-hojning", "s_reuma_malmo", [
    ("Kontaktorsak", "Återbesök, reumatoid artrit."),
    ("Anamnes", "Seropositiv RA sedan 2021, anti-CCP positiv. Metotrexat 20 mg/v."),
    "@MED",
    ("Status", "3 svullna och 5 ömma leder, DAS28-CRP 3,9."),
    ("Bedömning", "Måttlig sjukdomsaktivitet av känd RA. Möjligen behövs tillägg av biologiskt läkemedel om inte förbättring sker inom 3 månader."),
    ("Planering", "Metotrexat höjs till 25 mg/v. Ny DAS28 om 3 mån."),
], must_not=[M2, M1], age=54, why="near miss: möjligen hedges adding a biologic, the RA diagnosis is established")

K("reuma-malmo-jattecellsarterit-misstankt", "s_reuma_malmo", [
    ("Kontaktorsak", "Akutbesök, tinninghuvudvärk."),
    "@TID", "@MED",
    ("Aktuellt", "76-årig kvinna med 3 veckors temporal huvudvärk hö, tuggclaudicatio, ingen synpåverkan."),
    "@STAT", "@LAB",
    ("Bedömning", "Klinisk misstanke om jättecellsarterit, SR 78. Pat informerad om att vi startar kortison innan diagnosen är bekräftad."),
    ("Planering", "Prednisolon 50 mg x1 från idag. Ultraljud temporalisartärer imorgon, ev. biopsi."),
], must=[M2], must_not=[M1], age=76, why="klinisk misstanke om jättecellsarterit in a visible Bedömning")

K("akut-ystad-appendicit-kan-ej-uteslutas-draft", "s_akut_ystad", [
    ("Kontaktorsak", "Buksmärta sedan igår."),
    ("Aktuellt", "22-årig man, smärta startade periumbilikalt, vandrat till hö fossa. Aptitlös, illamående."),
    "@TID", "@STAT", "@LAB",
    ("Bedömning", "Akut appendicit kan ej uteslutas, Alvarado 6. DD mesenteriell lymfadenit."),
    ("Planering", "DT buk. Fastande. Kirurgjour kontaktad."),
], tpl="Akutanteckning", signed=False, must=[M2], age=22, why="unsigned ED draft: appendicit kan ej uteslutas + DD")

K("akut-vgr-tia-ej-misstanke-efter-utredning", "v_akut_alingsas", [
    ("Kontaktorsak", "Övergående yrsel."),
    "@TID", "@MED",
    ("Aktuellt", "Rotatorisk yrsel vid huvudrörelser sedan 2 dagar, inga neurologiska bortfall, inga dubbelseenden."),
    "@STAT",
    ("Undersökning", "Dix-Hallpike positivt hö med geotrop nystagmus. HINTS-undersökning perifert mönster."),
    ("Bedömning", "Benign paroxysmal lägesyrsel hö. Ingen misstanke om TIA eller stroke. Pat informerad och fått Epleys manöver."),
    ("Planering", "Egenövningar enligt instruktion. Åter vid nya symtom."),
], tpl="Akutanteckning", must_not=[M2, M1], age=68, why="near miss: stroke/TIA negated (ingen misstanke om); BPPV is confirmed")

K("med-nal-pneumoni-ev-tbc", "v_med_nal", [
    ("Inskrivningsorsak", "Feber, hosta och viktnedgång."),
    "@TID", "@SOC", "@MED",
    ("Aktuellt", "Kom till Sverige från Somalia 2019. Hosta sedan 2 månader, nattsvettningar, viktnedgång 7 kg. Hemoptys x1."),
    "@STAT",
    ("Röntgen", "Lungröntgen: kavitet i hö ovanlob med omgivande infiltrat."),
    ("Bedömning", "Lungtuberkulos? Pat isolerad i luftslussrum. Bakteriell abscess är DD. Informerat pat via tolk."),
    ("Planering", "Sputum för direktmikroskopi och PCR x3. Infektionskonsult."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=33, why="question-mark hedge (Lungtuberkulos?) with DD in a visible Bedömning")

K("med-nal-epikris-tbc-bekraftad", "v_med_nal", [
    ("Inskrivningsorsak", "Utredning av kavitet i hö ovanlob."),
    ("Förlopp", "Direktmikroskopi positiv för syrafasta stavar, PCR positiv för M. tuberculosis, ingen rifampicinresistens. Startat fyrdubbel behandling dag 2, tolererat väl."),
    "@MED",
    ("Sammanfattning", "Lungtuberkulos, smittsam vid ankomst. Pat informerad via tolk om diagnos, smittsamhet och behandlingslängd. Anmälan enl. smittskyddslagen gjord."),
    ("Uppföljning", "Infektionsmottagningen om 2 veckor. Smittspårning via smittskydd."),
], tpl="Epikris", must_not=[M2, M1], age=34, why="near miss: TB now confirmed and told in the discharge summary")

K("medmott-krs-anemi-ej-meddelad-koloskopi", "s_medmott_krs", [
    ("Kontaktorsak", "Svar på koloskopi, pat ej närvarande."),
    "@TID", "@MED", "@LAB",
    ("Undersökning", "Koloskopi: 3 cm exofytisk tumör i caekum, biopsier tagna. PAD: adenokarcinom, måttligt differentierat."),
    ("Bedömning", "Caekumcancer förklarar järnbristanemin. Pat har ännu inte fått beskedet och ska inte få det via 1177 utan vid ett planerat besök med kirurg."),
    ("Planering", "Remiss kirurgen, DT thorax-buk beställd. Kontaktsjuksköterska utses."),
], must=[M1], age=74, why="caecal cancer in a visible Bedömning while the patient has not yet been told")

K("med-hbg-levercirrhos-trolig-alkohol-plus-relativ", "s_med_hbg", [
    ("Inskrivningsorsak", "Ascites och ikterus."),
    "@TID", "@SOC", "@MED", "@STAT", "@LAB",
    ("Röntgen", "UL buk: nodulär leverkontur, splenomegali 15 cm, måttlig ascites."),
    ("Bedömning", "Trolig levercirros, etiologi sannolikt alkohol. Pat förstår att diagnosen behöver säkerställas med elastografi och ytterligare prover."),
    ("Planering", "Diagnostisk ascitestappning. Spironolakton 100 mg. Hepatitserologi, ferritin, alfa-1-antitrypsin."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=58, why="Trolig levercirros in a visible Bedömning of an admission note")

K("hjart-hbg-angina-susp", "s_hjart_hbg", [
    ("Kontaktorsak", "Nybesök, bröstsmärta vid ansträngning."),
    "@TID", "@HER", "@MED", "@STAT",
    ("Undersökning", "Arbetsprov: ST-sänkning 1,5 mm i V4-V6 vid 125 W med typisk bröstsmärta."),
    ("Bedömning", "Susp. stabil angina pectoris. Pat informerad om fyndet."),
    ("Planering", "Kranskärlsröntgen planeras. Trombyl, Atorvastatin 80 mg, Nitroglycerin resoriblett vb."),
], must=[M2], must_not=[M1], age=66, why="abbreviated hedge 'Susp.' on angina in a visible Bedömning")

K("hjart-vgr-ekg-normalt-ej-meddelat", "v_hjart_uddevalla", [
    ("Kontaktorsak", "Provsvar, ingen kontakt med pat."),
    ("Anamnes", "Hypertrofisk kardiomyopati sedan 2018, välkänd av pat. Årlig kontroll."),
    "@MED",
    ("Undersökning", "Ekokardiografi: oförändrad septumtjocklek 19 mm, ingen obstruktion i vila. 24-h EKG utan arytmier."),
    ("Bedömning", "Stabil HCM. Pat har inte fått höra svaren ännu, de är dock utan anmärkning och påverkar inte planen."),
    ("Planering", "Svar per brev. Nästa kontroll om 1 år."),
], must_not=[M1, M2], age=44, why="near miss: untold results that are normal; the HCM diagnosis has long been known to the patient")

K("lung-vgr-lungcancer-pat-ej-informerad-typo", "v_lung_kungalv", [
    ("Kontaktorsak", "Svar på DT-ledd lungbiopsi. Pat ej på plats."),
    "@TID", "@MED",
    ("Provsvar", "PAD: skivepitelcancer."),
    ("Bedömning", "Skivepitelcancer vä underlob, perifer, 28 mm, cT1cN0. Patienten är inte informerad ännu; dottern har ringt och bett att få vara med när han får beskedet."),
    ("Planering", "Kallelse till samtal nästa vecka, dotter med. Lungfunktion inför ev. lobektomi."),
], must=[M1], age=78, why="squamous cell lung cancer written visibly while the patient is not yet informed")

K("lung-lund-astma-dd-vcd", "s_lung_lund", [
    ("Kontaktorsak", "Svårbehandlad astma?"),
    ("Aktuellt", "Pat med återkommande andnöd och stridor vid ansträngning trots högdos ICS/LABA. Normal spirometri mellan attackerna."),
    "@MED", "@STAT",
    ("Bedömning", "Det är oklart om besvären är astma eller inducerbar laryngeal obstruktion (EILO). Pat informerad om vidare utredning."),
    ("Planering", "CLE-test via ÖNH. Metakolintest. Behåll nuvarande behandling."),
], must=[M2], must_not=[M1], age=19, why="uncertain diagnosis phrased as 'oklart om astma eller EILO' in a visible Bedömning")

# ---- geriatrics, memory clinics, neurology -----------------------------------------
K("ger-malmo-inskr-delirium-trolig-demens", "s_ger_malmo", [
    ("Inskrivningsorsak", "Akut förvirring sedan 2 dygn, fall i hemmet."),
    "@TID", "@MED", "@SOC",
    ("Aktuellt", "Enl. dottern tilltagande glömska sedan ett par år, klarar inte längre ekonomin. Hemtjänst 2 ggr/dag."),
    "@STAT", "@LAB",
    ("Bedömning", "Delirium utlöst av UVI. Bakomliggande trolig demenssjukdom av Alzheimertyp. Dottern och pat informerade om att kognitiv utredning görs när deliriet klingat av."),
    ("Planering", "Pivmecillinam. Undvik antikolinerga lm. MMSE och klocktest efter 2 v."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=86, why="admission note: trolig demenssjukdom in a visible Bedömning")

K("ger-vgr-alzheimer-pat-ej-informerad-anhorig-vet", "v_ger_molndal", [
    ("Kontaktorsak", "Vårdplaneringsunderlag."),
    "@TID", "@MED",
    ("Utredning", "Kognitiv utredning slutförd under vårdtiden: MMSE 19, DT hjärna med mediotemporal atrofi, likvor med lågt beta-amyloid och förhöjt tau."),
    ("Bedömning", "Alzheimers sjukdom, måttlig grad. Sonen har informerats per telefon. Pat själv har ännu inte fått diagnosen; sonen vill vara med vid det samtalet som bokas nästa vecka."),
    ("Planering", "Donepezil 5 mg efter informationssamtalet. Demenssjuksköterska i kommunen kontaktas."),
], must=[M1], age=82, why="Alzheimer diagnosis visible while the patient himself has not yet been told (only the son)")

K("minne-ystad-mci-diagnos-meddelad-ev-omtest", "s_minne_ystad", [
    ("Kontaktorsak", "Återbesök, diagnossamtal."),
    "@TID", "@HER", "@MED",
    ("Utredning", "MoCA 24/30, neuropsykologisk testning med isolerad episodisk minnesnedsättning, MR hjärna ålderstypisk."),
    ("Bedömning", "Lindrig kognitiv störning (MCI). Diagnosen meddelad pat och maka idag, de tog det lugnt. Eventuellt ny testning om ett år för att följa förloppet."),
    ("Planering", "Fysisk aktivitet, blodtryckskontroll via VC. Ny bedömning om 12 mån."),
], must_not=[M2, M1], age=70, why="near miss: MCI confirmed and told; eventuellt concerns re-testing")

K("minne-ystad-frontotemporal-kan-ej-uteslutas", "s_minne_ystad", [
    ("Kontaktorsak", "Nybesök, personlighetsförändring."),
    ("Anamnes", "Enl. maken sedan 2 år ändrad personlighet, hämningslös, äter sötsaker i stora mängder, tappat intresse för barnbarnen. Pat själv upplever inga besvär."),
    "@TID", "@MED", "@STAT",
    ("Bedömning", "Beteendevariant av frontotemporal demens kan inte uteslutas. DD sen debut av bipolär sjukdom. Vi har berättat för pat och make att utredningen fortsätter."),
    ("Planering", "MR hjärna, FDG-PET, neuropsykologisk utredning, likvor."),
], must=[M2], must_not=[M1], age=61, why="frontotemporal dementia kan inte uteslutas with DD in a visible Bedömning")

K("minne-vgr-tidiga-hypoteser-sokord-lewy", "v_minne_molndal", [
    ("Kontaktorsak", "Kognitiv utredning, läkarbesök 2."),
    "@TID", "@MED",
    ("Anamnes", "Fluktuerande vakenhet, livliga drömmar sedan några år, ramlar ofta. Minnet sviktar enligt dottern."),
    "@STAT",
    ("Bedömning", "Kognitiv svikt med fluktuationer. Fortsatt utredning, pat och dotter informerade om planen."),
    ("Tidiga hypoteser", "Misstänkt Lewy body-demens, visuella hallucinationer som pat förnekar men dottern beskriver. Tas upp när DaTSCAN är klar."),
    ("Planering", "DaTSCAN, neuropsykologisk testning. Åter om 6 v."),
], must_not=[M2], age=77, why="near miss: the hedged diagnosis stands only under the filtered sökord Tidiga hypoteser (VGR)")

K("neuro-lund-ms-misstankt-optikusneurit-draft", "s_neuro_lund", [
    ("Kontaktorsak", "Remiss från ögonkliniken, optikusneurit hö."),
    "@TID", "@MED",
    ("Aktuellt", "31-årig kvinna med smärtsam synnedsättning hö öga sedan 10 dagar, nu förbättrad. Domningar i vä ben i höstas som gick över."),
    "@STAT",
    ("Röntgen", "MR hjärna: 6 periventrikulära T2-lesioner, en juxtakortikal, ingen laddning."),
    ("Bedömning", "Kliniskt isolerat syndrom med MR-fynd som gör MS mycket trolig. Pat informerad om att likvorprov avgör."),
    ("Planering", "LP med oligoklonala band. MR ryggmärg. Åter om 3 v."),
], signed=False, must=[M2], must_not=[M1], age=31, why="unsigned draft: MS mycket trolig in a visible Bedömning")

K("neuro-vgr-als-ej-meddelad", "v_neuro_sahl", [
    ("Kontaktorsak", "Journalgenomgång efter ENeG, pat ej på plats."),
    "@TID", "@MED",
    ("Undersökning", "ENeG: utbredd denervation i tre regioner, fascikulationer, normala sensoriska neurografier."),
    ("Bedömning", "Amyotrofisk lateralskleros enligt Gold Coast-kriterierna. Pat har inte informerats om diagnosen än. Besked ges vid planerat besök 12/9 med närstående och ALS-teamets kurator."),
    ("Planering", "Riluzol diskuteras vid besöket. Remiss ALS-team."),
], must=[M1], age=57, why="ALS diagnosis in a visible Bedömning while the patient is explicitly not yet informed")

K("neuro-vgr-parkinson-meddelad-far-ev-parkinson", "v_neuro_sahl", [
    ("Kontaktorsak", "Återbesök efter DaTSCAN."),
    ("Hereditet", "Far hade skakningar på äldre dar, möjligen Parkinson, utreddes aldrig. Mor frisk."),
    "@TID", "@MED",
    ("Undersökning", "DaTSCAN: nedsatt upptag i putamen bilat, mest vä."),
    ("Bedömning", "Parkinsons sjukdom, hö-dominant. Pat fick diagnosen idag och vi gick igenom behandlingsmöjligheter."),
    ("Planering", "Madopark 50/12,5 mg x3, upptitrering enl. schema. Parkinsonsjuksköterska."),
], must_not=[M2, M1], age=68, why="near miss: hedge (möjligen Parkinson) is about the father; patient's diagnosis confirmed and told")

K("neuro-lund-epilepsi-trol-fokal-typo", "s_neuro_lund", [
    ("Kontaktorsak", "Nybesök efter två krampanfall."),
    "@TID", "@MED", "@SOC",
    ("Aktuellt", "Två generaliserade krampanfall på 3 mån, föregångna av konstig lukt och déjà vu-känsla."),
    ("Undersökning", "EEG: intermittent thetaaktivitet vä temporalt, ingen epileptiform aktivitet. MR hjärna ua."),
    ("Bedömning", "Trol. fokal epelepsi med utgång temporalt vä. Pat informerad om körkortsregler."),
    ("Planering", "Lamotrigin upptrappning. Sömn-EEG. Körförbud i 6 mån, anmälan Transportstyrelsen ej aktuell."),
], must=[M2], must_not=[M1], age=43, why="Trol. fokal epilepsi in a visible Bedömning; typo 'epelepsi'")

K("neuro-lund-huvudvark-ingen-misstanke-tumor", "s_neuro_lund", [
    ("Kontaktorsak", "Huvudvärk, remiss från VC."),
    ("Aktuellt", "Pulserande huvudvärk med ljuskänslighet 3-4 ggr/mån sedan tonåren, nu tätare pga stress. Aura med flimmer i synfältet."),
    "@HER", "@MED", "@STAT",
    ("Bedömning", "Migrän med aura, ökad attackfrekvens. Inga tecken på sekundär huvudvärk, ingen misstanke om tumör. Pat lugnad."),
    ("Planering", "Sumatriptan vb. Profylax med propranolol. Huvudvärksdagbok."),
], must_not=[M2, M1], age=36, why="near miss: negated suspicion of tumour, migraine confirmed")

K("ger-vgr-epikris-fall-osteoporos-mojlig-dos", "v_ger_molndal", [
    ("Inskrivningsorsak", "Fall i hemmet, smärta vä höft."),
    ("Förlopp", "Röntgen utan fraktur. Mobiliserad med rollator av fysioterapeut. Ortostatiskt blodtrycksfall, Amlodipin utsatt. DXA visade T-score -3,1 i ländrygg."),
    "@MED",
    ("Sammanfattning", "Fall utan fraktur. Osteoporos, informerad om diagnosen och behandling. Möjligen kan Alendronat bytas mot Prolia om hon får svårt med intaget."),
    ("Uppföljning", "VC följer blodtrycket. Fallprevention via kommunens rehab."),
], tpl="Epikris", must_not=[M2, M1], age=84, why="near miss: möjligen concerns a drug switch; osteoporosis is confirmed and told")

K("ger-malmo-parkinsonism-dd-lakemedel", "s_ger_malmo", [
    ("Inskrivningsorsak", "Tilltagande gångsvårigheter, fall."),
    "@TID", "@MED",
    ("Aktuellt", "Behandlad med Haldol i låg dos på boendet sedan 4 mån pga oro på kvällen. Sedan dess stelare och små steg."),
    "@STAT",
    ("Bedömning", "Parkinsonism, sannolikt läkemedelsutlöst av haloperidol. DD idiopatisk Parkinsons sjukdom. Pat och dotter informerade."),
    ("Planering", "Haldol utsätts. Omvärdering om 6 veckor."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=88, why="probable drug-induced parkinsonism with DD in a visible Bedömning")

K("ger-vgr-tidiga-hypoteser-multinote", "v_ger_molndal", notes=[
    N([("Aktuellt", "Viktnedgång 9 kg på 4 mån hos 83-årig man, aptitlös."),
       "@TID", "@MED", "@LAB",
       ("Bedömning", "Oklar viktnedgång. Utredning pågår, pat informerad om planen."),
       ("Planering", "DT thorax-buk, gastroskopi.")]),
    N([("Tidiga hypoteser", "Misstänkt ventrikelcancer eller pankreascancer. Ej diskuterat med pat förrän DT är klar.")],
      tpl="Tidiga hypoteser", days=0),
], must_not=[M2, (M2, "n2"), (M1, "n2")], age=83,
  why="near miss: visible note has no diagnosis; the hedged cancer suspicion is written only in a separate Tidiga hypoteser note")

K("neuro-vgr-myasteni-ev-plan-meddelad", "v_neuro_sahl", [
    ("Kontaktorsak", "Återbesök."),
    ("Anamnes", "Okulär myasthenia gravis sedan 2022, AChR-antikroppar positiva."),
    "@MED",
    ("Status", "Lätt ptos hö efter uthållighetstest, inga dubbelbilder."),
    ("Bedömning", "Stabil okulär MG. Ev. kan Mestinon trappas ned till x2."),
    ("Planering", "Åter om 6 mån. Pat vet att höra av sig vid sväljsvårigheter."),
], must_not=[M2, M1], age=52, why="near miss: ev. hedges a dose change; myasthenia is established")

K("neuro-lund-tidiga-hypoteser-template-funktionell", "s_neuro_lund", [
    ("Tidiga hypoteser", "Bilden talar för funktionell neurologisk störning, möjligen med inslag av konversion. Vill inte ta upp detta med pat innan MR och EMG är klara, pat har uttryckt stark oro för att inte bli trodd."),
], tpl="Tidiga hypoteser", must_not=[M2, M1], age=27, why="near miss: hedge written in the Skåne Tidiga hypoteser template (filtered)")

# ---- psychiatry ---------------------------------------------------------------------
K("psyk-lund-bipolar-ii-trolig", "s_psyk_lund", [
    ("Kontaktorsak", "Bedömningssamtal, remiss från VC pga recidiverande depression."),
    "@SOC", "@HER", "@MED",
    ("Anamnes", "Tre depressiva episoder sedan 20-årsåldern. Perioder på 1-2 veckor med minskat sömnbehov, ökad energi och impulsiva köp, senast i våras."),
    ("Psykiskt status", "Vaken, orienterad. Lätt sänkt grundstämning, adekvat affekt. Inga psykotiska symtom. Förnekar suicidtankar."),
    ("Bedömning", "Trolig bipolär sjukdom typ II. Pat informerad om bedömningen och att vi vill göra en strukturerad intervju innan diagnosen sätts."),
    ("Planering", "SCID-5 vid nästa besök. Sertralin trappas inte upp."),
], must=[M2], must_not=[M1], age=32, why="Trolig bipolär sjukdom typ II in a visible psychiatry Bedömning")

K("psyk-vgr-schizofreni-ej-informerad", "v_psyk_sas", [
    ("Kontaktorsak", "Läkaranteckning efter teamkonferens."),
    ("Anamnes", "22-årig man med psykotiska symtom sedan 8 mån, rösthallucinationer, förföljelseidéer, social tillbakadragenhet. Ingen drogpåverkan enl. urinprov x3."),
    "@MED",
    ("Bedömning", "Kriterierna för schizofreni är uppfyllda. Pat har inte fått diagnosen ännu; teamet bedömer att han i dagsläget inte kan ta emot beskedet och vi avvaktar tills han är mer stabil."),
    ("Planering", "Fortsatt Aripiprazol 15 mg. Samtal med pat och mor om 2 veckor."),
], must=[M1], age=22, why="schizophrenia written visibly although the note says the patient has not been told and will not be yet")

K("psyk-avd-hbg-psykos-dd-drog-inskrivning", "s_psyk_hbg_avd", [
    ("Inskrivningsorsak", "Vårdintyg, LPT. Förvirrad och hotfull i hemmet."),
    "@SOC", "@MED",
    ("Aktuellt", "Uppger att grannarna avlyssnar honom via elnätet. Har inte sovit på tre nätter. Medger amfetaminbruk senaste veckan."),
    ("Psykiskt status", "Vaken, rastlös, tankestörd, paranoida vanföreställningar. Ingen insikt."),
    ("Bedömning", "Akut psykos, möjligen drogutlöst. DD debuterande schizofreni. Pat informerad om LPT och bedömningen."),
    ("Planering", "Olanzapin 10 mg tn. U-tox. Ny bedömning inom 24 h."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=27, why="inpatient psychiatry admission: möjligen drogutlöst psykos + DD in visible Bedömning")

K("psyk-lund-adhd-diagnos-ej-meddelad-typo", "s_psyk_lund", [
    ("Kontaktorsak", "Sammanställning av neuropsykiatrisk utredning."),
    ("Utredning", "DIVA-intervju, QbTest och WAIS-IV genomförda. Anhörigintervju med mor."),
    ("Bedömning", "ADHD, kombinerad form, uppfyller DSM-5-kriterierna. Patinten har ännu inte fått återkoppling, det görs vid återgivningssamtalet 3/10."),
    ("Planering", "Återgivning 3/10 med psykolog och läkare. Ställningstagande till farmakologisk behandling därefter."),
], au="psy", tpl="Psykologanteckning", must=[M1], age=25, why="ADHD diagnosis visible while feedback to the patient has not been given yet; typo 'Patinten'")

K("psyk-vgr-depression-mor-ev-bipolar", "v_psyk_sas", [
    ("Kontaktorsak", "Nybesök."),
    ("Hereditet", "Mor har varit inlagd flera gånger, eventuellt bipolär sjukdom men pat vet inte säkert. Morbror tog sitt liv."),
    "@SOC", "@MED",
    ("Psykiskt status", "Nedstämd, gråtmild, psykomotoriskt långsam. Inga psykotiska symtom. Passiva dödstankar utan planer."),
    ("Bedömning", "Egentlig depression, medelsvår episod, MADRS 27. Diagnosen har förklarats för henne. Suicidriskbedömning: förhöjd men ej akut."),
    ("Planering", "Sertralin 50 mg. Återbesök 2 veckor. KBT-remiss."),
], must_not=[M2, M1], age=41, why="near miss: eventuellt bipolär concerns the mother; patient's depression is affirmed and told")

K("psyk-vgr-autism-misstankt-vuxen", "v_psyk_sas", [
    ("Kontaktorsak", "Psykologanteckning efter bedömningssamtal."),
    ("Anamnes", "Svårt med sociala relationer hela livet, rigida rutiner, sensorisk överkänslighet för ljud."),
    ("Bedömning", "Misstanke om autismspektrumtillstånd, kan inte bedömas färdigt utan fullständig utredning. Pat informerad om väntetiden."),
    ("Planering", "Sätts upp för NP-utredning, ADOS-2 och anhörigintervju."),
], au="psy", must=[M2], must_not=[M1], age=30, why="psychologist note: misstanke om autismspektrumtillstånd in a visible Bedömning")

K("psyk-lund-ptsd-ev-samtal-plan", "s_psyk_lund", [
    ("Kontaktorsak", "Behandlingssamtal 6 av 12."),
    ("Anamnes", "PTSD efter trafikolycka 2022, diagnos satt i fjol efter strukturerad intervju. Pat välinformerad."),
    ("Aktuellt", "Färre mardrömmar, klarar att åka bil som passagerare. PCL-5 sjunkit från 52 till 31."),
    ("Bedömning", "Tydlig förbättring av känd PTSD. Eventuellt kan vi avsluta efter 10 sessioner om trenden håller."),
    ("Planering", "Fortsatt traumafokuserad KBT varannan vecka."),
], au="psy", must_not=[M2, M1], age=38, why="near miss: eventuellt hedges ending treatment; PTSD is established")

K("psyk-avd-nu-epikris-personlighetssyndrom-preliminar", "v_psyk_avd_nu", [
    ("Inskrivningsorsak", "Suicidförsök med paracetamol, efter somatisk vård."),
    "@SOC", "@MED",
    ("Förlopp", "Stabiliserades snabbt på avdelningen. Självskadehistorik sedan tonåren, instabila relationer, kronisk tomhetskänsla."),
    ("Sammanfattning", "Suicidförsök i samband med relationskris. Emotionellt instabil personlighetsstörning misstänks men bedöms preliminärt och behöver utredas i öppenvården. Pat informerad."),
    ("Uppföljning", "Mottagningen inom 1 vecka. DBT-bedömning."),
], tpl="Epikris", must=[M2], must_not=[M1], age=21, why="inpatient discharge summary: EIPS misstänks (preliminärt) in a visible section")

K("psyk-lund-kss-anhorig-ej-informerad", "s_psyk_lund", [
    ("Kontaktorsak", "Telefonsamtal med pat."),
    ("Aktuellt", "Pat fick diagnosen bipolär sjukdom typ I förra veckan och har börjat med litium. Hon förstår diagnosen och har läst på 1177."),
    ("Omvårdnad", "Vill inte att föräldrarna informeras om diagnosen i nuläget, de vet bara att hon går på samtal. Respekteras."),
    ("Åtgärd", "Litiumprov om 5 dagar, bokat. Info om biverkningar given igen."),
], au="ssk", must_not=[M1, M2], age=24, why="near miss: parents not told while the patient herself knows her diagnosis")

K("psyk-lund-lithium-ev-dosjustering", "s_psyk_lund", [
    ("Kontaktorsak", "Litiumkontroll."),
    ("Anamnes", "Bipolär sjukdom typ I, stabil på litium sedan 2019."),
    "@LAB",
    ("Provsvar", "S-litium 0,52, något lågt. TSH 3,1, krea oförändrat."),
    ("Bedömning", "Stabil. Eventuell höjning av litium diskuteras om nedstämdhet återkommer under hösten."),
    ("Planering", "Nytt prov om 3 mån."),
], au="ssk", tpl="Sjuksköterskeanteckning", must_not=[M2, M1], age=48, why="near miss: eventuell concerns a dose change; bipolar I is established")

K("psyk-vgr-ocd-trolig-draft", "v_psyk_sas", [
    ("Kontaktorsak", "Nybesök."),
    ("Anamnes", "Tvättar händerna 40-50 ggr/dag, kontrollerar spisen i upp till en timme innan hon kan gå hemifrån."),
    "@SOC",
    ("Psykiskt status", "Ångestfylld men samarbetsvillig. God insikt i att tankarna är orimliga."),
    ("Bedömning", "Sannolikt tvångssyndrom, Y-BOCS 28. Diskuterat bedömningen med pat."),
    ("Planering", "KBT med exponering. Ev. SSRI."),
], signed=False, must=[M2], must_not=[M1], age=23, why="unsigned draft: Sannolikt tvångssyndrom in a visible Bedömning")

K("bup-malmo-adhd-misstankt-barn", "s_bup_malmo", [
    ("Kontaktorsak", "Nybesök med mor och far, remiss från skolhälsovården."),
    "@TID", "@SOC", "@HER",
    ("Aktuellt", "Lärare beskriver uttalad motorisk oro, svårt att vänta på sin tur, impulsiva utbrott. Hemma liknande bild sedan förskolan."),
    ("Bedömning", "Misstänkt ADHD, kombinerad form. DD språkstörning, anknytningsproblematik. Föräldrarna informerade om utredningsgången."),
    ("Planering", "NP-utredning med psykolog, skattningsskalor till skola och föräldrar."),
], must=[M2], must_not=[M1], age=8, why="child (guardians read): misstänkt ADHD with DD in a visible BUP Bedömning")

K("bup-malmo-autism-foraldrar-ej-informerade", "s_bup_malmo", [
    ("Kontaktorsak", "Sammanfattning efter teamkonferens om NP-utredning."),
    ("Utredning", "ADOS-2, WISC-V och föräldraintervju ADI-R. Genomsnittlig begåvning."),
    ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning. Föräldrarna har ännu inte fått återkoppling; återgivningssamtal 21/11."),
    ("Planering", "Återgivning till föräldrar 21/11, därefter anpassad återkoppling till barnet."),
], au="psy", must=[M1], age=9, why="child under 13: autism diagnosis visible to the guardians before they have been given it")

# ---- paediatrics --------------------------------------------------------------------
K("barn-lund-celiaki-misstankt", "s_barn_lund", [
    ("Kontaktorsak", "Remiss från BVC, viktkurva som planar ut."),
    "@TID", "@SOC", "@HER", "@MED",
    ("Aktuellt", "Lös avföring sedan 6 mån, uppblåst mage, gnällig."),
    "@STAT",
    ("Provsvar", "Transglutaminas-IgA 98 (ref <7)."),
    ("Bedömning", "Misstänkt celiaki. Föräldrarna informerade om att vi behöver bekräfta med gastroskopi innan glutenfri kost."),
    ("Planering", "Gastroskopi med tunntarmsbiopsier. Fortsatt glutenhaltig kost tills dess."),
], must=[M2], must_not=[M1], age=4, why="child note: misstänkt celiaki in a visible Bedömning read by guardians")

K("barn-vgr-typ1-diabetes-bekraftad", "v_barnavd_skas", [
    ("Inskrivningsorsak", "Törst, viktnedgång, högt blodsocker på VC."),
    "@TID", "@SOC", "@HER",
    ("Förlopp", "P-glukos 24, pH 7,29, ketoner 3,8. Insulininfusion, ketoacidosen hävd efter 14 timmar."),
    ("Bedömning", "Nydebuterad typ 1-diabetes med lätt ketoacidos. Föräldrarna och barnet informerade om diagnosen av diabetesteamet."),
    ("Planering", "Basal-bolus, CGM. Undervisning för familjen under vårdtiden."),
], must_not=[M2, M1], age=10, why="near miss: confirmed type 1 diabetes told to parents and child")

K("barn-vgr-kawasaki-trolig-draft", "v_barnavd_skas", [
    ("Inskrivningsorsak", "Feber 6 dagar."),
    "@TID",
    ("Aktuellt", "Hög feber sedan 6 dagar, röda ögon utan sekret, jordgubbstunga, utslag på bålen, svullna händer."),
    "@STAT", "@LAB",
    ("Bedömning", "Kawasakis sjukdom är trolig, uppfyller 4 av 5 kriterier. Föräldrarna informerade."),
    ("Planering", "IVIG 2 g/kg, ASA. Ekokardiografi idag."),
], tpl="Inskrivningsanteckning", signed=False, must=[M2], must_not=[M1], age=3, why="unsigned paediatric admission draft: Kawasakis sjukdom är trolig")

K("barn-hbg-leukemi-foraldrar-ej-informerade", "s_barnavd_hbg", [
    ("Kontaktorsak", "Jourläkare, kväll."),
    "@TID", "@LAB",
    ("Provsvar", "Perifert utstryk granskat av hematologjour: 62 % blaster, morfologi förenlig med ALL, flödescytometri bekräftar B-ALL."),
    ("Bedömning", "Akut lymfatisk leukemi. Föräldrarna är inte informerade än; barnonkolog ger besked imorgon bitti tillsammans med kurator."),
    ("Planering", "Remiss barnonkologen Lund. Allopurinol, hyperhydrering."),
], must=[M1], age=5, why="child under 13: ALL visible to guardians while the note says they have not yet been informed")

K("barn-lund-astma-bror-ev-allergi", "s_barn_lund", [
    ("Kontaktorsak", "Astmakontroll."),
    ("Anamnes", "Astma sedan 3 års ålder, verifierad med reversibilitetstest förra året."),
    ("Hereditet", "Storebror har eventuellt nötallergi, utreds på annat sjukhus. Mor pollenallergi."),
    "@MED", "@STAT",
    ("Bedömning", "Välkontrollerad astma, ACT 23. Föräldrar och barnet känner diagnosen väl."),
    ("Planering", "Oförändrad behandling. Åter om ett år."),
], must_not=[M2, M1], age=9, why="near miss: eventuellt hedges the brother's allergy; the child's asthma is verified")

K("barn-vgr-cystisk-fibros-screening-ev-pavisad", "v_barn_dsbus", [
    ("Kontaktorsak", "Svettest efter avvikande nyföddhetsscreening."),
    "@SOC",
    ("Provsvar", "Svettklorid 72 och 68 mmol/L. Genotyp F508del homozygot."),
    ("Bedömning", "Cystisk fibros, bekräftad. Föräldrarna informerade idag tillsammans med CF-sjuksköterska och kurator."),
    ("Planering", "Creon, vitaminer. CF-teamet följer."),
], must_not=[M2, M1], age=1, why="near miss: cystic fibrosis confirmed and told to the parents")

K("barn-lund-epilepsi-dd-affektanfall", "s_barn_lund", [
    ("Kontaktorsak", "Nybesök, anfall."),
    "@TID", "@SOC",
    ("Aktuellt", "Tre episoder av medvetslöshet med ryckningar efter att ha slagit sig eller blivit arg. Blir blå runt munnen innan."),
    "@STAT",
    ("Bedömning", "Affektanfall mest sannolikt, men epilepsi är differentialdiagnos. Föräldrar informerade."),
    ("Planering", "EEG, EKG, Hb och ferritin. Föräldrarna filmar vid nästa episod."),
], must=[M2], must_not=[M1], age=2, why="child: probable breath-holding spells with epilepsy as differential in a visible Bedömning")

K("barn-vgr-appendicit-avskriven-gastroenterit", "v_barnavd_skas", [
    ("Inskrivningsorsak", "Buksmärta, frågeställning appendicit."),
    "@TID",
    ("Förlopp", "Ultraljud med normal appendix. Kräkts och haft diarré under natten, smärtan diffus. Syskonen har samma symtom."),
    ("Bedömning", "Gastroenterit. Appendicit är inte längre aktuellt. Föräldrarna informerade."),
    ("Planering", "Hem med vätskeersättning."),
], tpl="Epikris", must_not=[M2, M1], age=7, why="near miss: admission question of appendicitis settled in the same note")

K("barn-hbg-mammas-misstanke-pat-friskt", "s_barnavd_hbg", [
    ("Kontaktorsak", "Feberkramp."),
    "@TID",
    ("Hereditet", "Pappa hade feberkramper som barn. Mamma tror att hennes bror hade epilepsi, men är osäker."),
    "@STAT",
    ("Bedömning", "Enkel feberkramp vid övre luftvägsinfektion. Föräldrarna informerade, muntligt och skriftligt."),
    ("Planering", "Hem. Febernedsättande vid behov."),
], must_not=[M2, M1], age=2, why="near miss: uncertainty is about the maternal uncle's epilepsy; child's febrile seizure is confirmed")

# ---- surgery -----------------------------------------------------------------------
K("kir-krs-inskr-misstankt-ileus-dd-tumor", "s_kir_krs", [
    ("Inskrivningsorsak", "Buksmärta, uppspänd buk, ingen avföring på 4 dagar."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Röntgen", "DT buk: dilaterade kolonslingor fram till sigmoideum, där kaliberväxling med väggförtjockning."),
    ("Bedömning", "Mekaniskt kolonileus, misstänkt obstruerande sigmoideumcancer. Volvulus mindre troligt. Informerat pat och hustru om misstanken."),
    ("Planering", "Fasta, V-sond, akut sigmoideoskopi. Ställningstagande till avlastande stomi."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=79, why="admission note with misstänkt sigmoideumcancer in a visible Bedömning")

K("kir-vgr-pad-pankreascancer-ej-informerad", "v_kir_sas", [
    ("Kontaktorsak", "Rondanteckning dag 6 postop."),
    ("Förlopp", "Whipple-operation 6 dagar sedan pga tumör i pankreashuvudet. Mobiliserad, äter."),
    "@MED", "@LAB",
    ("Provsvar", "PAD: duktalt adenokarcinom i pankreas, pT2N1, radikalt opererat."),
    ("Bedömning", "Pankreascancer, radikalt opererad. PAD-svaret kom idag och pat är ännu inte informerad; operatören tar samtalet imorgon."),
    ("Planering", "Remiss onkologen för adjuvant cytostatika efter samtalet."),
], must=[M1], age=65, why="postoperative PAD with pancreatic cancer visible while the patient is not yet informed")

K("kir-vgr-gallsten-kolecystit-trolig-epikris-fixed", "v_kir_sas", [
    ("Inskrivningsorsak", "Smärta hö arcus, feber."),
    "@TID",
    ("Förlopp", "UL: förtjockad gallblåsevägg, gallstenar, positivt Murphys tecken. Behandlad med Zinacef och Flagyl."),
    ("Sammanfattning", "Akut kolecystit, bekräftad med ultraljud. Pat informerad och uppsatt för laparoskopisk kolecystektomi om 6-8 veckor, sannolikt i september."),
    ("Uppföljning", "Kallelse till operation skickas."),
], tpl="Epikris", must_not=[M2, M1], age=51, why="near miss: 'sannolikt i september' hedges only the operation date; cholecystitis confirmed")

K("kir-krs-brostknol-misstankt-cancer-mammografi", "s_kir_krs", [
    ("Kontaktorsak", "Bröstmottagningen, trippeldiagnostik."),
    "@TID", "@HER", "@MED",
    ("Undersökning", "Palp 2 cm oregelbunden, fast knöl hö bröst kl 10. Mammografi BI-RADS 5. Mellannålsbiopsi tagen."),
    ("Bedömning", "Mycket misstänkt bröstcancer hö. Pat informerad om att PAD-svaret kommer om en vecka."),
    ("Planering", "Besked vid återbesök med kontaktsjuksköterska."),
], au="lak", must=[M2], must_not=[M1], age=57, why="Mycket misstänkt bröstcancer in a visible Bedömning")

K("kir-vgr-kss-stomi-informerad-cancer", "v_kir_sas", [
    ("Kontaktorsak", "Stomiterapeut, preoperativt samtal."),
    ("Aktuellt", "Pat med rektalcancer, diagnosen meddelades förra veckan av kirurg. Opereras om 10 dagar med rektumamputation."),
    ("Omvårdnad", "Stomiplacering markerad vä nedre kvadrant. Pat orolig för kroppsuppfattning, fått broschyrer."),
    ("Åtgärd", "Ny kontakt postop dag 2."),
], au="ssk", tpl="Stomiterapeutanteckning", must_not=[M1, M2], age=63, why="near miss: stoma nurse note on rectal cancer that was already told to the patient")

K("kir-krs-pancreatit-etiologi-trol-alkohol", "s_kir_krs", [
    ("Inskrivningsorsak", "Övre buksmärta med strålning mot ryggen."),
    "@SOC", "@MED", "@LAB",
    ("Bedömning", "Akut pankreatit med amylas 14 ggr övre ref. Etiologin trol. alkohol, gallsten ej påvisad på UL. Pat informerad."),
    ("Planering", "Vätska, smärtlindring, nutrition per os efter tolerans. MRCP om gallstensorsaken inte kan avföras."),
], tpl="Inskrivningsanteckning", must_not=[M1], age=46, why="pancreatitis is affirmed; the hedge concerns its cause (trol. alkohol) — only NL101 asserted")

K("kir-krs-ljumskbrack-ingen-misstanke-inklamning", "s_kir_krs", [
    ("Kontaktorsak", "Mottagningsbesök."),
    "@TID", "@MED",
    ("Status", "Reponibelt ljumskbråck hö, ca 3 cm, oömt. Vä sida ua."),
    ("Bedömning", "Symtomgivande ljumskbråck hö. Inga tecken till inklämning. Pat informerad om operation och väntetid."),
    ("Planering", "Laparoskopisk TEP. Sätts upp på väntelistan."),
], must_not=[M2, M1], age=55, why="near miss: inklämning negated; inguinal hernia confirmed")

# ---- nurse, allied health, contact nurse -------------------------------------------
K("ssk-med-malmo-omvardnad-misstankt-uvi", "s_med_malmo", [
    ("Omvårdnadsstatus", "Pat förvirrad i natt, plockig. Temp 38,4. Urinen grumlig och illaluktande."),
    ("Åtgärd", "Urinsticka: nitrit pos, leukocyter 3+. Urinodling skickad. Läkare kontaktad."),
    ("Bedömning", "Misstänkt urinvägsinfektion som kan förklara förvirringen."),
    ("Planering", "Vätskelista, tätare tillsyn."),
], au="ssk", must=[M2], age=89, why="nurse note in Melior: misstänkt urinvägsinfektion in a visible section")

K("ssk-vgr-trycksar-sannolikt-trycksar-grad2", "v_ger_molndal", [
    ("Omvårdnadsstatus", "Rodnad över sacrum som inte bleknar vid tryck, blåsa 2 cm."),
    ("Bedömning", "Sannolikt trycksår kategori 2."),
    ("Åtgärd", "Växelvis sidoläge var 2:a timme, luftmadrass beställd, Mepilex Border."),
], au="ssk", tpl="Omvårdnadsanteckning", must=[M2], age=91, why="nurse note: Sannolikt trycksår kategori 2 in a visible section")

K("diet-lund-malnutrition-trolig-cancer-kand", "s_onk_lund", [
    ("Kontaktorsak", "Dietistbesök, viktnedgång under strålbehandling."),
    ("Anamnes", "Känd tonsillcancer hö, pågående strålbehandling vecka 4. Pat väl informerad om sin sjukdom."),
    ("Nutritionsstatus", "Vikt 64 kg, för 2 mån sedan 71 kg. Äter flytande, ont att svälja."),
    ("Bedömning", "Undernäring på grund av sväljsmärta. Trolig fortsatt viktnedgång under resterande behandlingsveckor om inte intaget ökar."),
    ("Planering", "Näringsdrycker 3 per dag. PEG diskuteras med onkolog."),
], au="diet", must_not=[M1], age=59, why="dietitian note: 'trolig fortsatt viktnedgång' predicts a course rather than hedging a diagnosis — only NL101 asserted")

K("fys-vgr-ev-menisk-skada", "v_kir_sas", [
    ("Kontaktorsak", "Fysioterapeutisk bedömning hö knä."),
    ("Anamnes", "Vred knät vid fotboll för 3 veckor sedan, låsningar vid trappgång."),
    ("Status", "Svullnad +, ledspaltsömhet medialt, positivt McMurray."),
    ("Bedömning", "Bilden talar för medial meniskskada hö knä. Främre korsband stabilt vid Lachman."),
    ("Planering", "Träningsprogram. Åter 4 v, remiss ortoped vid kvarstående låsningar."),
], au="fys", tpl="Fysioterapeutanteckning", must=[M2], must_not=[M1], age=28, why="physiotherapist note: 'bilden talar för' meniscal injury, not yet verified")

K("arb-ger-vgr-kognition-demens-kand-mojligen-hjalpmedel", "v_ger_molndal", [
    ("Kontaktorsak", "Arbetsterapeutisk bedömning inför hemgång."),
    ("Anamnes", "Känd vaskulär demens sedan 2021."),
    ("Aktivitet", "Klarar av- och påklädning med verbal guidning. Osäker vid kaffekokning, glömde plattan på."),
    ("Bedömning", "Behov av tillsyn vid matlagning. Möjligen räcker spisvakt och hemtjänst till middagen."),
    ("Planering", "Spisvakt beställs. Överrapport till kommunens arbetsterapeut."),
], au="arb", must_not=[M2, M1], age=87, why="near miss: möjligen concerns aids; the dementia is known")

K("kss-hemat-informerad-tidigare-ej-mer", "s_hemat_lund", notes=[
    N([("Provsvar", "Benmärg: 45 % myelomceller. M-komponent IgA 32."),
       ("Bedömning", "Multipelt myelom. Pat har inte fått besked; kallas till läkarbesök på fredag."),
       ("Planering", "Skelett-DT, njurfunktion.")], days=0),
    N([("Kontaktorsak", "Läkarbesök, besked."),
       ("Bedömning", "Multipelt myelom, ISS II. Pat och maka fick diagnosen idag och behandlingsplanen förklarades."),
       ("Planering", "Start VRd efter skelett-DT.")], days=4),
], must=[(M1, "n1")], must_not=[(M1, "n2"), (M2, "n2")], age=66,
  why="two notes: myeloma visible before the patient was told (n1 breaches); the later note documents the besked (n2 fine)")

K("kss-onk-vgr-pat-vill-inte-veta-prognos", "v_onk_sahl", [
    ("Kontaktorsak", "Kontaktsjuksköterska, uppföljande samtal."),
    ("Aktuellt", "Känd metastaserad pankreascancer sedan i våras, informerad vid diagnos. Andra linjens cytostatika."),
    ("Omvårdnad", "Pat vill inte ha information om förväntad överlevnad, har sagt det tydligt. Vill fokusera på att orka vara med barnbarnen."),
    ("Åtgärd", "Info till behandlande läkare om pat önskemål. Kontakt med ASIH för inskrivning diskuteras."),
], au="kss", must_not=[M1, M2], age=70, why="near miss: the patient declines prognosis information; the diagnosis itself has been told")

K("ssk-vgr-telefon-biopsisvar-ej-klart", "v_uro_sahl", [
    ("Kontaktorsak", "Pat ringer och frågar om biopsisvar."),
    ("Aktuellt", "Biopsi av prostata för 8 dagar sedan. PAD ännu inte klart enligt patologen."),
    ("Åtgärd", "Pat informerad om att svaret dröjer och att han inte fått något besked ännu eftersom inget finns att ge. Läkare ringer när svaret finns."),
], au="ssk", tpl="Telefonanteckning", must_not=[M1, M2], age=68, why="near miss: not informed because no result exists yet, no diagnosis written")

K("kur-psyk-lund-anhorigsamtal-mor-vet-ej", "s_psyk_lund", [
    ("Kontaktorsak", "Kuratorssamtal."),
    ("Aktuellt", "Pat med anorexia nervosa, diagnosen har hon fått av läkare och accepterar den. Vikt stabil sista månaden."),
    ("Samtal", "Pat berättar att hennes mor inte vet om diagnosen. Hon vill berätta själv men är rädd för reaktionen. Vi övade på samtalet."),
    ("Planering", "Nytt samtal om 2 veckor."),
], au="kur", must_not=[M1, M2], age=19, why="near miss: the mother has not been told, the adult patient has")

K("psy-lund-testning-ev-fortsatt-utredning-intellektuell", "s_psyk_lund", [
    ("Kontaktorsak", "Psykologisk testning, del 2."),
    ("Utredning", "WAIS-IV: helskala-IK 68 (konfidensintervall 64-73). Adaptiv funktion ej skattad ännu."),
    ("Bedömning", "Resultatet kan tala för lindrig intellektuell funktionsnedsättning, men det går inte att säga förrän adaptiv funktion skattats. Pat informerad om preliminärt resultat."),
    ("Planering", "ABAS-3 med boendestödjare."),
], au="psy", must=[M2], must_not=[M1], age=20, why="psychologist note: possible intellectual disability (kan tala för … går inte att säga) in a visible section")

# ---- primary care PMO (Skåne) -----------------------------------------------------
K("vc-eslov-pmo-misstankt-hypotyreos", "s_vc_eslov", [
    ("Kontaktorsak", "Trötthet, frusenhet."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Bedömning", "Misstänkt hypotyreos, TSH 9,1. Kontroll av fritt T4 och TPO-ak."),
    ("Planering", "Ny provtagning om 6 v."),
], must_not=[M2], age=49, why="PMO note: hedged diagnosis, PMO never shows diagnoses — no NL102")

K("vc-hoor-pmo-trolig-pneumoni", "s_vc_hoor", [
    ("Kontaktorsak", "Feber och hosta i 5 dagar."),
    "@TID", "@SOC", "@STAT",
    ("Bedömning", "Trolig pneumoni hö basalt, CRP 96, krepitationer hö. DD akut bronkit."),
    ("Planering", "PcV 1 g x3 i 7 dagar. Åter vid försämring."),
], must_not=[M2], age=62, why="PMO note with trolig pneumoni + DD — PMO hides diagnoses, no NL102")

K("vc-malmo-pmo-diabetes-ej-informerad", "s_vc_malmo", [
    ("Kontaktorsak", "Provsvar."),
    "@TID", "@MED",
    ("Provsvar", "HbA1c 58 och 61 mmol/mol vid två tillfällen."),
    ("Bedömning", "Typ 2-diabetes. Pat ej informerad ännu, kallas till diabetessjuksköterska."),
], must_not=[M2], age=57, why="PMO note: affirmed diabetes, patient not told — NL101 not asserted on PMO; no hedge so no NL102")

K("vc-angelh-pmo-depression-mojlig-draft", "s_vc_angelh", [
    ("Kontaktorsak", "Sömnsvårigheter, nedstämdhet."),
    "@SOC", "@MED",
    ("Aktuellt", "Svårt att somna, tidigt uppvaknande, tappat lusten sedan separationen i våras. PHQ-9 16."),
    ("Bedömning", "Möjlig depressiv episod, medelsvår. DD anpassningsstörning."),
    ("Planering", "Samtalskontakt med psykosocial mottagning. Återbesök 3 v."),
], signed=False, must_not=[M2], age=44, why="unsigned PMO draft with hedged depression — no NL102 in PMO")

K("bvc-tbg-pmo-misstankt-hoftledsluxation", "s_bvc_tbg", [
    ("Kontaktorsak", "4-veckorskontroll, läkarundersökning."),
    "@TID", "@HER",
    ("Status", "Asymmetriska lårveck, klick vid Ortolani vä."),
    ("Bedömning", "Misstänkt höftledsinstabilitet vä. Föräldrar informerade."),
    ("Planering", "Remiss barnortoped för ultraljud."),
], must_not=[M2], age=0, why="BVC (PMO) note: suspected hip instability — PMO hides diagnoses, no NL102")

K("hsv-simr-pmo-sannolikt-trycksar", "s_hsv_simr", [
    ("Hembesök", "Pat sängliggande, hälen hö rodnad och mörk, intakt hud."),
    ("Bedömning", "Sannolikt djup vävnadsskada/trycksår kategori 1-2. Hälavlastning."),
    ("Åtgärd", "Hälskydd, tryckavlastande madrass beställd. Tillsyn 2 ggr/v."),
], au="ssk", tpl="Hembesök", must_not=[M2], age=93, why="home-care PMO note with hedged pressure ulcer — no NL102")

K("vc-eslov-pmo-ingen-misstanke-malignitet", "s_vc_eslov", [
    ("Kontaktorsak", "Knöl på halsen."),
    "@TID",
    ("Status", "1 cm mjuk, rörlig lgl hö käkvinkel, ömmande. Halsen ua i övrigt. Förkyld förra veckan."),
    ("Bedömning", "Reaktiv lymfkörtel efter ÖLI. Ingen misstanke om malignitet."),
    ("Planering", "Egenkontroll, åter om kvar efter 4 v."),
], must_not=[M2], age=35, why="PMO note with negated malignancy suspicion — no NL102")

K("vc-hoor-pmo-tidigare-susp-tia-utredd", "s_vc_hoor", [
    ("Kontaktorsak", "Årskontroll hypertoni."),
    ("Anamnes", "Utreddes 2021 för susp. TIA, utan fynd på DT och karotisdoppler, slutsats migränaura. Sedan dess inga nya episoder."),
    "@MED", "@STAT",
    ("Bedömning", "Välkontrollerad hypertoni."),
    ("Planering", "Oförändrad behandling."),
], must_not=[M2], age=66, why="PMO note; past suspected TIA that was worked up — no NL102")

K("vc-malmo-pmo-gikt-trolig", "s_vc_malmo", [
    ("Kontaktorsak", "Svullen stortå."),
    "@MED", "@STAT", "@LAB",
    ("Bedömning", "Trolig giktattack vä MTP I, urat 520. Tiazid kan ha bidragit."),
    ("Planering", "Naproxen 500 mg x2 i 5 dagar. Byte av blodtrycksmedicin diskuteras."),
], must_not=[M2], age=61, why="PMO note: trolig giktattack — PMO hides diagnoses, no NL102")

K("vc-angelh-pmo-langt-anteckning-hedge", "s_vc_angelh", [
    ("Kontaktorsak", "Hjärtklappning och yrsel."),
    "@TID", "@HER", "@SOC", "@MED",
    ("Aktuellt", "Episoder av snabb, oregelbunden puls senaste månaden, varar en halvtimme. Ingen svimning."),
    "@STAT", "@LAB",
    ("EKG", "Sinusrytm 68, normal PQ-tid, inga ST-förändringar."),
    ("Bedömning", "Susp. paroxysmalt förmaksflimmer. Ev. tyreoidea bidrar, TSH tas."),
    ("Planering", "Långtids-EKG via fysiologen. Åter efter svar."),
], must_not=[M2], age=63, why="long PMO note with hedged AF — no NL102 in PMO")

# ---- more internal medicine, mixed long notes ------------------------------------
K("med-ostra-inskr-kan-rora-sig-om-pmr", "v_med_ostra", [
    ("Inskrivningsorsak", "Stelhet i axlar och höfter, svårt att ta sig ur sängen."),
    "@TID", "@HER", "@SOC", "@MED",
    ("Aktuellt", "74-årig kvinna med 6 veckors morgonstelhet i skulder- och bäckengördel, ca 2 timmar varje morgon. Viktnedgång 3 kg. Ingen huvudvärk, inga synstörningar, ingen käkclaudicatio."),
    "@STAT", "@LAB",
    ("Bedömning", "Det kan röra sig om polymyalgia reumatika, SR 64. Paramalign orsak behöver dock övervägas givet viktnedgången. Pat informerad om vårt resonemang."),
    ("Planering", "DT thorax-buk innan kortisonstart. Prednisolon 15 mg efter DT. Uppföljning via reumatologmottagningen."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=74, why="long admission note: 'kan röra sig om' polymyalgia in a visible Bedömning")

K("med-ostra-trolig-utskrivning-nstemi-bekraftad", "v_med_ostra", [
    ("Aktuellt", "Dag 3 efter PCI mot RCA pga NSTEMI."),
    "@MED", "@STAT",
    ("Bedömning", "NSTEMI, behandlad med PCI, okomplicerat förlopp. Pat har fått information om diagnosen och sekundärprevention. Trolig utskrivning imorgon förmiddag."),
    ("Planering", "Hjärtrehab. Ticagrelor i 12 mån. Eko om 6 v."),
], must_not=[M2, M1], age=59, why="near miss: 'trolig' is about discharge; NSTEMI confirmed and told")

K("med-ostra-diagnos-sektion-pneumoni-fragetecken", "v_med_ostra", [
    ("Aktuellt", "Feber och förvirring hos 88-årig man från äldreboende."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Diagnos", "Pneumoni? J18.9. Sepsis utan chock."),
    ("Planering", "Lungröntgen, blododlingar x2. Cefotaxim. Anhörig informerad per telefon."),
], tpl="Inskrivningsanteckning", must=[M2], age=88, why="question-marked pneumonia in a visible Diagnos section")

K("med-nal-hiv-ej-informerad-infektion", "v_med_nal", [
    ("Kontaktorsak", "Läkaranteckning, provsvar under vårdtiden."),
    "@TID", "@MED",
    ("Provsvar", "HIV-1 antikropp/antigen positivt, konfirmerat med Western blot. CD4 210."),
    ("Bedömning", "Nyupptäckt hivinfektion. Pat har inte informerats; infektionsläkare ger beskedet imorgon med tolk."),
    ("Planering", "Remiss infektionskliniken. PJP-profylax diskuteras."),
], must=[M1], age=36, why="confirmed HIV written visibly while the patient has not yet been told")

K("med-hbg-dd-uteslutna-lungemboli-uteslutes", "s_med_hbg", [
    ("Aktuellt", "Bröstsmärta och dyspné efter förkylning."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Undersökning", "EKG: utbredda konkava ST-höjningar, PR-sänkning. Eko: liten perikardvätska."),
    ("Bedömning", "Akut perikardit. Lungemboli uteslutes med normalt D-dimer, akut koronart syndrom avfört med normalt TnT x2. Pat informerad om diagnosen."),
    ("Planering", "Ibuprofen 600 mg x3 och kolkicin i 3 mån. Sjukskrivning 2 v."),
], must_not=[M2, M1], age=34, why="near miss: alternatives are excluded (uteslutes, avfört); pericarditis confirmed")

K("medmott-krs-hemokromatos-genetik-ej-informerad-typo", "s_medmott_krs", [
    ("Kontaktorsak", "Provsvar, ej besök."),
    "@TID", "@MED", "@LAB",
    ("Provsvar", "Ferritin 1 250, transferrinmättnad 82 %. HFE-genotyp: C282Y homozygot."),
    ("Bedömning", "Hereditär hemokromatos. Pat har ej fått veta diagnsoen än, återbesök bokat om 10 dagar."),
    ("Planering", "Venesectio. Leverelastografi. Släktutredning efter besked."),
], must=[M1], age=51, why="hereditary haemochromatosis visible before the patient knows; typo 'diagnsoen'")

K("medmott-krs-anemi-normal-gastroskopi-ej-meddelad", "s_medmott_krs", [
    ("Kontaktorsak", "Svar gastroskopi."),
    ("Anamnes", "Järnbristanemi vid menorragi, känt sedan 2022, pat väl informerad."),
    "@MED", "@LAB",
    ("Undersökning", "Gastroskopi med duodenalbiopsier: normala fynd, ingen celiaki."),
    ("Bedömning", "Ingen gastrointestinal förklaring. Pat ej meddelad ännu om det normala svaret."),
    ("Planering", "Svar via 1177. Järn iv. Gynremiss för menorragi."),
], must_not=[M1, M2], age=42, why="near miss: untold result is normal; the anaemia diagnosis is known to the patient")

K("med-malmo-sepsis-fokus-oklart-pyelonefrit-trolig", "s_med_malmo", [
    ("Inskrivningsorsak", "Frossa, feber 39,6, lågt blodtryck."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Bedömning", "Sepsis, fokus sannolikt urinvägar med trolig pyelonefrit hö, ömhet över njurloge. DD kolangit med tanke på lätt förhöjt bilirubin."),
    ("Planering", "Cefotaxim 2 g x3, odlingar, vätska. UL njurar och lever. IVA-konsult vid fortsatt hypotoni."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=71, why="trolig pyelonefrit with DD kolangit in a visible Bedömning")

K("med-malmo-ssk-anhorig-ej-informerad-pat-vet", "s_med_malmo", [
    ("Omvårdnad", "Pat fick på ronden diagnosen hjärtsvikt och har ställt frågor om vätskeintag. Hon vill inte att sonen informeras om diagnosen förrän hon själv pratat med honom."),
    ("Åtgärd", "Vätskelista, daglig vikt. Hjärtsviktssköterska kontaktad."),
], au="ssk", must_not=[M1, M2], age=79, why="near miss: son not informed at patient's wish; patient herself told")

K("med-hbg-langt-epikris-ev-myokardit-avskriven", "s_med_hbg", [
    ("Inskrivningsorsak", "Bröstsmärta och TnT-stegring efter luftvägsinfektion."),
    "@TID", "@SOC", "@HER", "@MED",
    ("Förlopp", "Inkom med TnT 180, normal kranskärlsröntgen. Initialt misstänktes myokardit, men MR hjärta dag 3 var helt normal och TnT normaliserades. Smärtan var tydligt lägesberoende och reproducerbar vid palpation av bröstbenet."),
    "@LAB",
    ("Sammanfattning", "Muskuloskeletal bröstsmärta. Myokardit är utesluten med normal MR. Den lätta TnT-stegringen bedöms som ospecifik. Pat informerad och lugnad."),
    ("Uppföljning", "Ingen uppföljning på hjärtmottagningen. Åter vid nya symtom."),
], tpl="Epikris", must_not=[M2, M1], age=29, why="near miss: an earlier myocarditis suspicion is settled (utesluten) in the same discharge summary")

K("medmott-krs-osaker-compliance-diabetes", "s_medmott_krs", [
    ("Kontaktorsak", "Diabeteskontroll."),
    ("Anamnes", "Typ 1-diabetes sedan 1998, insulinpump. Retinopati grad 1."),
    "@MED", "@LAB",
    ("Bedömning", "HbA1c 78, försämrat. Osäkert om pat byter infusionsset tillräckligt ofta, möjligen lipohypertrofi vid insticksställena. Pat informerad om fynden."),
    ("Planering", "Diabetessjuksköterska går igenom pumpen. Åter 3 mån."),
], must_not=[M1], age=37, why="only NL101 asserted: hedges mix compliance and a possible local finding (lipohypertrofi), auditor could go either way on NL102")

K("gastro-vgr-levertumor-hcc-ej-informerad-multinote", "v_gastro_sahl", notes=[
    N([("Kontaktorsak", "Röntgenrond."),
       ("Röntgen", "MR lever: 3,5 cm arteriellt laddande lesion seg VII med wash-out, LI-RADS 5."),
       ("Bedömning", "Hepatocellulär cancer i cirrotisk lever. Pat är ännu ej informerad; besked vid besök 2/10."),
       ("Planering", "MDK leverteam.")]),
    N([("Kontaktorsak", "Besök, besked."),
       "@MED",
       ("Bedömning", "HCC seg VII, BCLC A. Pat och hustru informerade, ställde bra frågor."),
       ("Planering", "Resektion eller ablation enligt MDK.")], days=6),
], must=[(M1, "n1")], must_not=[(M1, "n2"), (M2, "n2")], age=67,
  why="two notes: HCC visible before besked (n1 breach), besked documented later (n2 fine)")

K("endo-vgr-feokromocytom-misstanke-binjure", "v_endo_sas", [
    ("Kontaktorsak", "Incidentalom vä binjure."),
    "@TID", "@MED",
    ("Aktuellt", "2,8 cm binjureexpansivitet vä, upptäckt på DT pga njursten. Attacker med svettningar och hjärtklappning."),
    "@LAB",
    ("Provsvar", "P-normetanefrin 3 ggr övre ref."),
    ("Bedömning", "Misstänkt feokromocytom vä binjure. Pat informerad om fynd och fortsatt utredning."),
    ("Planering", "MR binjurar. Alfablockad inför ev. operation. Remiss endokrinkirurg."),
], must=[M2], must_not=[M1], age=49, why="Misstänkt feokromocytom in a visible Bedömning")

K("endo-vgr-diabetes-typ-oklar-lada-eller-t2", "v_endo_sas", [
    ("Kontaktorsak", "Nybesök, svårreglerad diabetes."),
    "@TID", "@MED", "@LAB",
    ("Provsvar", "GAD-antikroppar 45 (pos), C-peptid lågt normal."),
    ("Bedömning", "Diabetes, typ oklar: LADA ligger nära till hands, men typ 2-diabetes är inte uteslutet. Pat informerad."),
    ("Planering", "Basinsulin. Ny C-peptid om 6 mån."),
], must=[M2], must_not=[M1], age=45, why="'ligger nära till hands' / 'inte uteslutet' hedge LADA in a visible Bedömning")

# ---- Tidiga hypoteser and NL104 ------------------------------------------------------
K("th-skane-bekraftad-hypotes-synlig-efter", "s_onk_lund", notes=[
    N([("Tidiga hypoteser", "Misstänkt recidiv av ovarialcancer, CA-125 stigande. Pat ej informerad förrän DT är gjord.")],
      tpl="Tidiga hypoteser", days=0),
    N([("Kontaktorsak", "Besök, DT-svar."),
       "@MED",
       ("Bedömning", "Recidiv av ovarialcancer med peritoneala metastaser. Pat informerad idag om recidivet."),
       ("Planering", "Cytostatika, platinum-baserad.")], days=9),
], must_not=[(M2, "n1"), (M1, "n1"), (M1, "n2"), (M2, "n2")], age=62,
  why="near miss: hypothesis kept in the Skåne Tidiga hypoteser template, later confirmed and told in a visible note")

K("th-skane-ingen-hypotes-praktisk-info", "s_ger_malmo", [
    ("Tidiga hypoteser", "Pat har svårt med trappor och behöver hjälp vid dusch. Dottern hämtar vid utskrivning på fredag."),
], tpl="Tidiga hypoteser", must=[M4], must_not=[M2], age=85, why="Tidiga hypoteser template used for practical information, no hypothesis at all")

K("th-vgr-sokord-bekraftad-och-berattad", "v_onk_sahl", [
    ("Kontaktorsak", "Besök med besked."),
    "@MED",
    ("Bedömning", "Pat fick besked om PAD idag."),
    ("Tidiga hypoteser", "Malignt melanom på ryggen, PAD-verifierat, Breslow 1,4 mm. Pat informerad om diagnosen idag."),
    ("Planering", "Utvidgad excision och portvaktskörtel."),
], must=[M4], must_not=[M2], age=53, why="Tidiga hypoteser sökord holding a diagnosis that is both settled and already told")

K("th-skane-hypotes-med-anamnes-ok", "s_psyk_lund", [
    ("Tidiga hypoteser", "Misstänkt bipolär sjukdom. Pat har uttryckt att en sådan diagnos skulle vara förödande för yrkeslivet; tas upp när observationsperioden är slut."),
], tpl="Tidiga hypoteser", must_not=[M4, M2, M1], age=39, why="near miss: proper use of the Tidiga hypoteser template for an unsettled psychiatric hypothesis")

K("th-vgr-sokord-hypotes-synlig-bedomning-ocksa", "v_neuro_sahl", [
    ("Kontaktorsak", "Nybesök, domningar."),
    "@TID", "@MED", "@STAT",
    ("Tidiga hypoteser", "Misstänkt MS, MR med lesioner."),
    ("Bedömning", "Domningar i båda benen, trolig demyeliniserande sjukdom. Pat informerad om MR-fynden."),
    ("Planering", "LP. Åter 4 v."),
], must=[M2], must_not=[M1], age=34, why="the hypothesis is in Tidiga hypoteser but also repeated hedged in the visible Bedömning")

# ---- further Skåne/VGR Melior cases -----------------------------------------------
K("onk-lund-kss-cytostatika-biverkan-neuropati-mojlig", "s_onk_lund", [
    ("Kontaktorsak", "Telefonuppföljning efter kur 4 oxaliplatin."),
    ("Aktuellt", "Koloncancer stadium III, adjuvant behandling. Pickningar i fingrar, värre i kyla, går över efter några dagar."),
    ("Bedömning", "Möjlig oxaliplatinorsakad perifer neuropati, grad 1."),
    ("Åtgärd", "Info om att undvika kyla. Läkare informerad inför ställningstagande till dosreduktion."),
], au="kss", must=[M2], must_not=[M1], age=60, why="contact nurse note: Möjlig oxaliplatin-induced neuropathy (a diagnosis) in a visible section")

K("onk-vgr-lang-mottagning-recidiv-misstankt", "v_onk_sahl", [
    ("Kontaktorsak", "Planerad uppföljning 3 år efter operation för koloncancer."),
    "@TID", "@SOC", "@HER", "@MED",
    ("Aktuellt", "Mår bra, arbetar heltid. Har gått ner 2 kg i vikt senaste halvåret, vilket han tillskriver träning. Normal avföring, ingen blödning."),
    "@STAT", "@LAB",
    ("Röntgen", "DT thorax-buk: två nytillkomna 7 och 9 mm noduli i hö underlob. Levern utan metastasmisstänkta förändringar."),
    ("Provsvar", "CEA 8,4, för ett år sedan 2,1."),
    ("Bedömning", "Nytillkomna lungnoduli och stigande CEA, recidiv i form av lungmetastaser är trolig. Pat informerad om fynden och att vi behöver PET-DT."),
    ("Planering", "PET-DT. MDK efter svar. Kontaktsjuksköterska följer upp per telefon om 1 v."),
], must=[M2], must_not=[M1], age=64, why="long follow-up note: recurrence with lung metastases 'är trolig' in a visible Bedömning")

K("hemat-lund-polycytemi-jak2-bekraftad-ev-plan", "s_hemat_lund", [
    ("Kontaktorsak", "Återbesök, JAK2-svar."),
    "@TID", "@MED", "@LAB",
    ("Provsvar", "JAK2 V617F positiv, allelbörda 34 %. EPO lågt."),
    ("Bedömning", "Polycytemia vera, nu bekräftad. Pat informerad om diagnosen och behandlingsmålet EVF <45 %. Eventuellt kan hydroxyurea bli aktuellt om venesectio inte räcker."),
    ("Planering", "Venesectio varannan vecka. Trombyl 75 mg."),
], must_not=[M2, M1], age=58, why="near miss: PV confirmed and told; eventuellt concerns future hydroxyurea")

K("kvinno-lund-graviditet-x-ej-informerad-nej", "s_kvinno_lund", [
    ("Kontaktorsak", "Svar på ultraljud tidig graviditet."),
    "@TID",
    ("Undersökning", "VUL: intrauterin graviditetssäck 18 mm utan embryo. Oförändrat mot undersökningen för 10 dagar sedan."),
    ("Bedömning", "Missed abortion. Pat och partner informerade om att graviditeten inte är livskraftig."),
    ("Planering", "Medicinsk behandling med Mifegyne och Cytotec enligt PM. Kurator erbjuds."),
], must_not=[M2, M1], age=33, why="near miss: missed abortion confirmed and told")

K("kvinno-vgr-ovarialcancer-ej-informerad-ca125", "v_gyn_ostra", [
    ("Kontaktorsak", "Journalgenomgång inför MDK."),
    "@TID", "@MED",
    ("Röntgen", "DT buk: 11 cm komplex adnexresistens hö, ascites, omentkaka."),
    ("Provsvar", "CA-125 1 850."),
    ("Bedömning", "Avancerad ovarialcancer. Patienten vet ännu inte om DT-fynden; behandlande gynekolog informerar efter MDK imorgon."),
    ("Planering", "MDK. Ascitescytologi."),
], must=[M1], age=69, why="ovarian cancer (imaging + marker) visible while the patient does not yet know")

K("kvinno-vgr-preeklampsi-misstankt-mvc", "v_gyn_ostra", [
    ("Kontaktorsak", "Specialistmödravård, remiss från barnmorska."),
    "@TID", "@MED",
    ("Aktuellt", "G1P0 i v. 33+2. BT 152/98 vid två tillfällen, albuminuri 2+. Huvudvärk sedan igår."),
    "@LAB",
    ("Bedömning", "Misstänkt preeklampsi. Pat informerad och inläggs för observation."),
    ("Planering", "Inläggning förlossningen. Labetalol. CTG x2/dygn."),
], must=[M2], must_not=[M1], age=30, why="Misstänkt preeklampsi in a visible Bedömning")

K("bm-kvinno-lund-cervixcytologi-normal-ej-meddelad", "s_kvinno_lund", [
    ("Kontaktorsak", "Barnmorska, provsvar."),
    ("Provsvar", "HPV negativt, cytologi normal."),
    ("Bedömning", "Normalt screeningprov. Pat har ännu inte meddelats men ingen åtgärd krävs."),
    ("Planering", "Svar via brev. Nästa screening om 5 år."),
], au="bm", must_not=[M1, M2], age=40, why="near miss: normal screening result not yet told, no diagnosis")

K("lung-lund-lungfibros-ipf-sannolik-mdk", "s_lung_lund", [
    ("Kontaktorsak", "Återbesök efter MDK."),
    "@TID", "@SOC", "@MED",
    ("Undersökning", "HRCT: basal subpleural retikulering med traktionsbronkiektasier, inga säkra honeycombing-förändringar. DLCO 52 %."),
    ("Bedömning", "MDK-bedömning: sannolik idiopatisk lungfibros (probable UIP-mönster). Pat informerad om bedömningen."),
    ("Planering", "Antifibrotisk behandling, nintedanib. Syrgasutredning."),
], must=[M2], must_not=[M1], age=72, why="'sannolik idiopatisk lungfibros' in a visible Bedömning")

K("lung-vgr-somnapne-misstankt-polygrafi", "v_lung_kungalv", [
    ("Kontaktorsak", "Nybesök, snarkning."),
    "@SOC", "@MED",
    ("Aktuellt", "Hustrun beskriver andningsuppehåll nattetid. Dagtrötthet, ESS 14."),
    "@STAT",
    ("Bedömning", "Obstruktiv sömnapné misstänks."),
    ("Planering", "Polygrafi hemma. Åter med svar."),
], signed=False, must=[M2], age=55, why="unsigned draft: sleep apnoea 'misstänks' in a visible Bedömning")

K("akut-ystad-fraktur-ej-synlig-misstankt-scaphoideum", "s_akut_ystad", [
    ("Kontaktorsak", "Fall på utsträckt hand."),
    "@TID",
    ("Status", "Ömhet i fossa tabatière vä. Ingen felställning."),
    ("Röntgen", "Ingen synlig fraktur."),
    ("Bedömning", "Misstänkt scaphoideumfraktur vä trots normal röntgen."),
    ("Planering", "Gips med tuminfattning, ny röntgen om 10-14 dagar eller MR."),
], tpl="Akutanteckning", must=[M2], age=23, why="ED note: misstänkt scaphoid fracture in visible Bedömning")

K("akut-vgr-alkoholabstinens-ej-misstanke-wernicke", "v_akut_alingsas", [
    ("Kontaktorsak", "Darrig, svettig."),
    "@SOC", "@MED", "@STAT",
    ("Bedömning", "Alkoholabstinens, CIWA 14. Ingen misstanke om Wernicke, ingen ataxi eller ögonmotorikstörning. Pat informerad."),
    ("Planering", "Oxascand enligt CIWA-schema. Tiamin iv profylaktiskt. Beroendemottagning."),
], tpl="Akutanteckning", must_not=[M2, M1], age=52, why="near miss: Wernicke negated; abstinence confirmed")

K("akut-ystad-kolik-njursten-trolig-draft", "s_akut_ystad", [
    ("Kontaktorsak", "Flanksmärta vä."),
    "@TID", "@STAT",
    ("Aktuellt", "Plötslig kolikartad smärta vä flank med utstrålning mot ljumsken. Urinsticka: erytrocyter 3+."),
    ("Bedömning", "Trolig vänstersidig uretärsten."),
    ("Planering", "Diklofenak 50 mg. Lågdos-DT."),
], tpl="Akutanteckning", signed=False, must=[M2], age=41, why="unsigned ED draft: Trolig uretärsten in visible Bedömning")

K("hjart-hbg-eko-mitralisinsuff-bekraftad-ev-op", "s_hjart_hbg", [
    ("Kontaktorsak", "Årlig kontroll."),
    "@TID", "@MED",
    ("Undersökning", "Eko: svår primär mitralisinsufficiens med prolaps av bakre seglet, EF 60 %, LVESD 41 mm."),
    ("Bedömning", "Svår mitralisinsufficiens, känd och väl informerad. Ev. aktuellt med mitralisplastik, remiss till thoraxkirurgisk konferens."),
    ("Planering", "TEE. Thoraxkonferens."),
], must_not=[M2, M1], age=66, why="near miss: ev. about surgery; the valve diagnosis is established")

K("hjart-vgr-kss-misstankt-endokardit-typo", "v_hjart_uddevalla", [
    ("Kontaktorsak", "Läkaranteckning, konsult till infektion."),
    "@TID", "@MED", "@LAB",
    ("Aktuellt", "Mekanisk aortaklaff sedan 2016. Feber i 10 dagar, Streptococcus sanguinis i 3 av 3 blododlingar."),
    ("Bedömning", "Missänkt protesendokardit, TEE planeras. Pat informerad."),
    ("Planering", "Bensylpenicillin + gentamicin. TEE imorgon."),
], must=[M2], must_not=[M1], age=71, why="hedged prosthetic valve endocarditis; typo 'Missänkt'")

K("hjart-hbg-kardiomyopati-ej-informerad", "s_hjart_hbg", [
    ("Kontaktorsak", "Provsvar MR hjärta, pat ej kontaktad."),
    "@TID", "@HER", "@MED",
    ("Undersökning", "MR hjärta: dilaterad vänster kammare, EF 32 %, ingen ischemisk sen laddning."),
    ("Bedömning", "Dilaterad kardiomyopati. Pat har inte fått besked ännu; ringer själv till honom imorgon och bokar besök med hustrun."),
    ("Planering", "Optimering av sviktbehandling. Genetisk utredning."),
], must=[M1], age=47, why="dilated cardiomyopathy visible while the patient has not been told")

K("neuro-vgr-ingen-missanke-typo-negation", "v_neuro_sahl", [
    ("Kontaktorsak", "Uppföljning, skakningar i händerna."),
    "@HER", "@MED", "@STAT",
    ("Bedömning", "Essentiell tremor, familjär. Ingen missanke om Parkinsons sjukdom, normal DaTSCAN i våras. Pat informerad."),
    ("Planering", "Propranolol vb vid sociala situationer."),
], must_not=[M2, M1], age=56, why="near miss with typo: negated 'Ingen missanke om' Parkinson; essential tremor confirmed")

K("ger-malmo-sannolik-typo-hjartsvikt", "s_ger_malmo", [
    ("Aktuellt", "Tilltagande andfåddhet och ödem hos 90-årig kvinna på korttidsboende."),
    "@TID", "@MED", "@STAT", "@LAB",
    ("Bedömning", "Sannolk hjärtsvikt, NT-proBNP 6 800. Eko ej gjort. Pat och son informerade om vår bedömning."),
    ("Planering", "Furix 40 mg x1, vikt dagligen. Eko om möjligt polikliniskt."),
], tpl="Inskrivningsanteckning", must=[M2], must_not=[M1], age=90, why="hedged heart failure with typo 'Sannolk'")

K("onk-lund-besked-givet-tidigare-remissvar-ej-mer", "s_onk_lund", [
    ("Kontaktorsak", "Nybesök onkologen."),
    ("Anamnes", "Pat fick besked om sin malignt melanom-diagnos på hudmottagningen i juni och har haft kontakt med kontaktsjuksköterska sedan dess."),
    "@TID", "@MED",
    ("Röntgen", "PET-DT: metastaser i lever och lunga."),
    ("Bedömning", "Metastaserat malignt melanom, BRAF-muterat. Spridningen och behandlingsmålet genomgicks med pat idag."),
    ("Planering", "Immunterapi med ipilimumab/nivolumab."),
], must_not=[M1, M2], age=48, why="near miss: diagnosis and spread both told to the patient")

K("psyk-avd-hbg-epikris-delirium-avfort-schizoaffektiv-kand", "s_psyk_hbg_avd", [
    ("Inskrivningsorsak", "Försämring av känd schizoaffektiv sjukdom."),
    "@MED",
    ("Förlopp", "Förvirring första dygnet väckte frågan om somatiskt delirium, men CRP, elektrolyter och DT hjärna var normala och förvirringen klingade av med sömn. Psykotiska symtom svarade på höjd dos klozapin."),
    ("Sammanfattning", "Skov av schizoaffektiv sjukdom. Delirium bedömdes inte föreligga. Pat känner sin diagnos sedan många år."),
    ("Uppföljning", "Mottagningen om 1 v. Klozapinkontroller enligt schema."),
], tpl="Epikris", must_not=[M2, M1], age=45, why="near miss: a question of delirium raised and settled as not present in the same summary")

K("barn-lund-ibd-ej-informerade-typo", "s_barn_lund", [
    ("Kontaktorsak", "PAD-svar, familjen ej på plats."),
    "@TID", "@MED",
    ("Provsvar", "PAD från koloskopin: kronisk aktiv kolit med kryptabscesser, förenligt med ulcerös kolit, pankolit."),
    ("Bedömning", "Ulcerös kolit. Föräldrarna är ännu inte infomerade om PAD, de kommer på besök på måndag med barnet."),
    ("Planering", "Pentasa efter besöket. IBD-sjuksköterska."),
], must=[M1], age=11, why="child: ulcerative colitis visible to guardians before they are told; typo 'infomerade'")

K("vc-eslov-pmo-misstankt-cancer-typo", "s_vc_eslov", [
    ("Kontaktorsak", "Blod i avföringen."),
    "@TID", "@MED", "@LAB",
    ("Bedömning", "Missänkt kolorektalcancer, Hb sjunkit från 138 till 112. Standardiserat vårdförlopp startas."),
    ("Planering", "Remiss koloskopi SVF. Pat informerad om varför."),
], must_not=[M2], age=68, why="PMO note with typo 'Missänkt' — PMO hides diagnoses, no NL102")

K("med-ostra-lang-inskr-flera-hedges-om-plan-dx-bekraftad", "v_med_ostra", [
    ("Inskrivningsorsak", "Försämring av KOL, ökad dyspné och purulent sputum."),
    "@TID", "@SOC", "@HER", "@MED",
    ("Aktuellt", "Tredje exacerbationen i år. Har hemsyrgas 1 l/min sedan våren. Ökad hosta sedan 5 dagar, grönt sputum, ingen feber."),
    "@STAT", "@LAB",
    ("Blodgas", "pH 7,36, pCO2 7,1, pO2 7,4 på 1 l O2."),
    ("Bedömning", "KOL-exacerbation utan respiratorisk acidos. Eventuellt behov av NIV om pCO2 stiger. Kanske dags att ta upp brytpunktssamtal vid nästa besök, men inte nu. Pat informerad om behandlingen."),
    ("Planering", "Prednisolon 30 mg x5, Doxycyklin, Combivent-inhalationer. Ny blodgas om 2 timmar."),
], tpl="Inskrivningsanteckning", must_not=[M2, M1], age=76, why="near miss: long note where eventuellt/kanske hedge treatment and a conversation; COPD exacerbation confirmed")

K("kir-vgr-ssk-postop-trol-forstoppning-nej-trol-ileus", "v_kir_sas", [
    ("Omvårdnadsstatus", "Dag 3 efter hemikolektomi. Uppspänd buk, kräkts två gånger, inga gasavgångar."),
    ("Bedömning", "Trolig postoperativ paralytisk ileus."),
    ("Åtgärd", "Jourhavande läkare kontaktad, V-sond sätts. Fasta."),
], au="ssk", signed=False, must=[M2], age=70, why="unsigned nurse note: Trolig postoperativ ileus in a visible section")

K("uro-vgr-blastumor-informerad-patient-ej-fru", "v_uro_sahl", [
    ("Kontaktorsak", "Besök efter TURB."),
    "@MED",
    ("Provsvar", "PAD: papillär urotelial cancer, låggradig, pTa."),
    ("Bedömning", "Ytlig blåscancer, låg risk. Pat informerad om diagnosen och uppföljningsplanen. Hustrun vet inget ännu, pat berättar själv."),
    ("Planering", "Cystoskopi om 3 mån."),
], must_not=[M1, M2], age=73, why="near miss: wife not told while the patient was informed")

K("reuma-malmo-spondylartrit-misstankt-ssk-fys", "s_reuma_malmo", [
    ("Kontaktorsak", "Fysioterapeut, ryggsmärta."),
    ("Anamnes", "Inflammatorisk ländryggsvärk sedan 2 år, värst på morgonen, bättre av rörelse. HLA-B27 positiv."),
    ("Status", "Nedsatt lumbal rörlighet, Schober 3 cm."),
    ("Bedömning", "Fynden kan tala för axial spondylartrit. Läkarbedömning med MR SI-leder väntar."),
    ("Planering", "Rörlighetsprogram. Åter efter läkarbesök."),
], au="fys", must=[M2], must_not=[M1], age=27, why="physiotherapist note: 'kan tala för' axial spondyloarthritis not yet verified")

K("hemat-vgr-telefon-trombos-ingen-misstanke-ej-mer", "v_hemat_sahl", [
    ("Kontaktorsak", "Telefonrådgivning, antikoagulation."),
    ("Anamnes", "Känd faktor V Leiden heterozygot, informerad sedan 2017. DVT 2017."),
    ("Aktuellt", "Ska flyga till Thailand. Frågar om profylax."),
    ("Bedömning", "Ingen misstanke om aktuell trombos. Rekommenderar Fragmin 5000 E inför långflygning och kompressionsstrumpor."),
], au="ssk", tpl="Telefonanteckning", must_not=[M2, M1], age=44, why="near miss: negated thrombosis, known thrombophilia told long ago")

K("barn-vgr-hjartfel-misstankt-blasljud", "v_barn_dsbus", [
    ("Kontaktorsak", "Blåsljud vid 6-årskontroll."),
    "@SOC", "@HER",
    ("Status", "Systoliskt blåsljud 2/6 vä sternalrand, fixerad delning av S2."),
    ("Bedömning", "Misstänkt förmaksseptumdefekt. Föräldrarna informerade om att ultraljud avgör."),
    ("Planering", "Ekokardiografi inom 4 veckor."),
], must=[M2], must_not=[M1], age=6, why="child note: misstänkt förmaksseptumdefekt in a visible Bedömning")

K("ger-vgr-ev-utskrivning-inte-diagnos-fraktur", "v_ger_molndal", [
    ("Aktuellt", "Dag 5 efter höftfraktur hö, opererad med glidskruv."),
    "@MED",
    ("Bedömning", "Höftfraktur, opererad. Pat väl informerad om förloppet efter operationen. Eventuellt hem fredag om hemtjänsten hinner starta."),
    ("Planering", "Sjukgymnastik dagligen. SIP med kommunen."),
], must_not=[M2, M1], age=82, why="near miss: eventuellt about discharge timing; fracture confirmed")


# ================================================================ build + validate
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODE_RE = re.compile(r"^NL[1-9]\d\d$")


def in_2024(ts):
    return isinstance(ts, str) and ts.startswith("2024-") and bool(datetime.datetime.fromisoformat(ts))


def validate(out):
    problems = []
    names = set()
    seen = {}
    for c in out:
        n = c.get("case")
        if set(c) != CASE_KEYS:
            problems.append(f"{n}: case keys {sorted(c)}")
            continue
        if n in names:
            problems.append(f"{n}: duplicate case name")
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{n}: why must be one line")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            problems.append(f"{n}: record keys {sorted(r)}")
        p = r["patient"]
        if set(p) != {"id", "birth_date", "protected_identity"}:
            problems.append(f"{n}: patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m or not luhn_ok(m.group(1)[2:] + m.group(2)):
            problems.append(f"{n}: personnummer {p['id']} not Luhn-valid")
        elif p["birth_date"].replace("-", "") != m.group(1):
            problems.append(f"{n}: personnummer does not match birth_date")
        birth = datetime.date.fromisoformat(p["birth_date"])
        if not in_2024(r["as_of"]):
            problems.append(f"{n}: as_of not in 2024")
        ids = set()
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                problems.append(f"{n}: note keys {sorted(note)}")
            ids.add(note["id"])
            if not in_2024(note["time"]) or (note["signed"] is not None and not in_2024(note["signed"])):
                problems.append(f"{n}: note {note['id']} date not in 2024")
            t = datetime.date.fromisoformat(note["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15:
                problems.append(f"{n}: patient aged 13-15")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problems.append(f"{n}: VGR note not Melior")
            if set(note["unit"]) != {"name", "hsa_id"} or set(note["author"]) != {"name", "role"}:
                problems.append(f"{n}: unit/author keys")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append(f"{n}: bad section")
                    continue
                for s in split_sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in seen and seen[s] != (n, note["id"], sec["keyword"]):
                            problems.append(f"{n}: sentence repeated (also in {seen[s][0]}): {s}")
                        seen.setdefault(s, (n, note["id"], sec["keyword"]))
        asserted = [tuple(x) for x in c["must"] + c["must_not"]]
        if not asserted:
            problems.append(f"{n}: nothing asserted")
        if set(map(tuple, c["must"])) & set(map(tuple, c["must_not"])):
            problems.append(f"{n}: code in both must and must_not")
        sysof = {note["id"]: note["system"] for note in r["notes"]}
        for code, target in asserted:
            if not CODE_RE.match(code):
                problems.append(f"{n}: bad code {code}")
            if target not in ids:
                problems.append(f"{n}: target {target} missing")
                continue
            if sysof[target] == "PMO" and code == "NL101":
                problems.append(f"{n}: NL101 asserted on a PMO note")
        for code, target in c["must"]:
            if code == "NL102" and sysof.get(target) == "PMO":
                problems.append(f"{n}: must NL102 on a PMO note")
    return problems


def main():
    out = [render(c, i) for i, c in enumerate(CASES)]
    problems = validate(out)
    path = os.path.join(HERE, NAME + ".jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    counts = {}
    for c in out:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[key] += 1
    print(f"{len(out)} cases -> {path}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code]['must']}, must_not {counts[code]['must_not']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
