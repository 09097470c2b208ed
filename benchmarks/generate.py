"""Seeded generator of realistic notelint exports (interchange format v1, JSON Lines).

    python benchmarks/generate.py --records 10000 --seed 1 -o out.jsonl
    python benchmarks/generate.py --notes 100000 --seed 1 -o out.jsonl

One line = one patient's record: notes in the templates and sökord of four regions
(Skåne: PMO/Melior, VGR: Melior/AsynjaVisph, Jönköping and Kalmar: Cosmic), access
events (Reglerad åtkomst), 1177 e-service conversations and Stöd och behandling
treatments. Note text is built from clinical phrase lists (anamnes, status, bedömning,
åtgärd — telegraphic, with the usual abbreviations); notes are 30–800 words.

The violations the rules look for are sprinkled at realistic (low) rates: uncertain
diagnoses in Melior free text, violence or child concern outside the protected
template, staff seals without documentation or without end date, 1177 cases with no
note, treatments never documented, late notes, pasted conversations. The same seed
always gives byte-identical output. Personal identity numbers are valid (Luhn) but random;
they are synthetic, never real people's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from typing import Any, Iterator, TextIO

# --------------------------------------------------------------------------- regions

REGIONS: dict[str, dict[str, Any]] = {
    "skane": {
        "systems": ["Melior", "PMO"],
        "hsa": "SE2321000255",
        "units": ["Psykiatrimottagning Lund", "Vårdcentralen Sörbo", "BUP Malmö",
                  "Akutmottagningen SUS Lund", "Barnavårdscentralen Eslöv",
                  "Ortopedmottagning Helsingborg"],
        "violence": "Våld i nära relationer", "violence_kind": "template",
        "child": "Oro för att barn far illa", "hypothesis": "Tidiga hypoteser",
        "access_doc": ("Administrativ anteckning", "Reglerad åtkomst på 1177.se"),
    },
    "vgr": {
        "systems": ["Melior", "AsynjaVisph"],
        "hsa": "SE2321000131",
        "units": ["Vårdcentralen Hjällbo", "Psykiatri Affektiva Sahlgrenska",
                  "Kvinnokliniken NÄL", "Barnmedicin Borås", "Vårdcentralen Lerum"],
        "violence": "Våldsutsatthet i nära relationer", "violence_kind": "keyword",
        "child": "Orosanmälan gällande barn", "hypothesis": "Tidiga hypoteser",
        "access_doc": ("Administrativ anteckning", "Reglerad åtkomst på 1177.se"),
    },
    "jonkoping": {
        "systems": ["Cosmic"],
        "hsa": "SE2321000065",
        "units": ["Vårdcentralen Bra Liv Tenhult", "Psykiatriska kliniken Ryhov",
                  "Medicinkliniken Värnamo", "Barn- och ungdomspsykiatri Jönköping"],
        "violence": None, "violence_kind": None, "child": None, "hypothesis": None,
        "access_doc": ("Administrativ anteckning", "Åtgärd"),
    },
    "kalmar": {
        "systems": ["Cosmic"],
        "hsa": "SE2321000180",
        "units": ["Hälsocentralen Lindsdal", "Länssjukhuset Kalmar Kirurgmottagning",
                  "Vuxenpsykiatrin Västervik", "Hälsocentralen Nybro"],
        "violence": None, "violence_kind": None, "child": None, "hypothesis": None,
        "access_doc": ("Administrativ anteckning", "Reglerad åtkomst på 1177.se"),
    },
}

TEMPLATES = [  # (template, role, weight)
    ("Läkaranteckning", "läkare", 30), ("Sjuksköterskeanteckning", "sjuksköterska", 25),
    ("Telefonkontakt", "sjuksköterska", 15), ("Besöksanteckning", "läkare", 10),
    ("Psykologanteckning", "psykolog", 6), ("Kuratorsanteckning", "kurator", 4),
    ("Inskrivningsanteckning", "läkare", 4), ("Epikris", "läkare", 3),
    ("Fysioterapeutanteckning", "fysioterapeut", 3),
]
SETTINGS = ["öppenvård", "öppenvård", "öppenvård", "slutenvård", "psykiatrisk slutenvård",
            "akutmottagning", "primärvård"]
FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Mohammed", "Eva",
         "Ahmed", "Ingrid", "Per", "Fatima", "Nils", "Elin", "Oskar", "Leila", "Björn"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Hassan", "Lindqvist", "Berg", "Ali", "Holm"]

# --------------------------------------------------------------------------- phrases

CONTACT = [
    "Pat ringer pga {symptom} sedan {dur}.", "Kontakt via 1177 ang {symptom}.",
    "Återbesök för uppföljning av {symptom}.", "Remitterad från VC pga {symptom}.",
    "Söker akut med {symptom} sedan {dur}.", "Anhörig ringer, oroliga för pat:s {symptom}.",
    "Planerat besök, kontroll efter insatt beh.", "Inkommen via ambulans pga {symptom}.",
]
ANAMNES = [
    "Tidigare frisk.", "Tidigare väsentligen frisk, inga kända allergier.",
    "Hereditet för hjärt-kärlsjd på faderns sida.", "Rökare sedan 20 år, ca 10 cig/dag.",
    "Alkohol enl pat måttligt, AUDIT ej gjord.", "Bor med sambo och två barn, arbetar som {job}.",
    "Sover dåligt sedan {dur}, vaknar tidigt.", "Aptit nedsatt, gått ner ca 3 kg.",
    "Har haft {symptom} i perioder tidigare, senast för ett år sedan.",
    "Står på Waran, INR följs på VC.", "Ingen feber, inga frossbrytningar.",
    "Pat upplever {symptom}, värst på kvällarna.", "Sjukskriven 50 % sedan {dur}.",
    "Tar Sertralin 50 mg x1, upplever viss effekt.", "Har provat Alvedon och Ipren utan effekt.",
    "Förnekar brösttryck, ingen dyspné i vila.", "Trött, orkar inte med jobbet.",
    "Besvär med koncentrationen, glömmer saker.", "Hög arbetsbelastning senaste mån.",
    "Ont vid miktion sedan igår, ingen flanksmärta.", "Nedstämd, lust och intresse minskat.",
    "Senaste mens för 3 v sedan, regelbunden.", "Föll i hemmet igår, slog i höger höft.",
]
STATUS = [
    "AT: opåverkad, orienterad x3.", "Cor: regelbunden rytm, inga blåsljud. Fq 72.",
    "Pulm: vesikulära andningsljud bilat, inga rassel.", "BT 135/85, puls 78 reg.",
    "Buk: mjuk, oöm, inga resistenser.", "Temp 38,2. CRP 45.", "Sat 97 % på luft, AF 16.",
    "Psykiskt status: vaken, adekvat, sänkt grundstämning, ej psykotisk.",
    "Suicidriskbedömning: inga aktuella suicidtankar, ingen plan.",
    "Neurologiskt status ua.", "Lokalstatus: svullnad och ömhet över laterala malleolen.",
    "Hb 128, LPK 11,2, Krea 78.", "U-sticka: nitrit pos, LPK 2+.",
    "Öron, näsa, svalg ua.", "Lymfkörtlar: inga palpabla.", "Hud: utslag på bålen, ej kliande.",
    "MADRS-S 24 p.", "PHQ-9 17 p.", "Gångförmåga nedsatt, använder rollator.",
    "EKG: sinusrytm, inga ischemitecken.",
]
ASSESS = [
    "Bedöms som okomplicerad {dx}.", "Klinisk bild talar för {dx}.",
    "Sannolikt viral genes, ingen indikation för antibiotika.",
    "Ingen misstanke om allvarlig bakomliggande sjukdom.", "Inga tecken på {dx}.",
    "Stabil, förbättrad sedan förra besöket.", "Lindrig försämring, behöver tätare uppf.",
    "Måttlig {dx}, funktionsnedsättning i vardagen.", "{dx} kan uteslutas.",
    "Sammantaget godartat, pat lugnad.", "Oklar genes, vidare utredning behövs.",
]
ACTION = [
    "Recept på {drug}.", "Sjukskrivning 14 dagar, intyg till FK.", "Remiss till {spec}.",
    "Återbesök om 4 v.", "Kontakt med ssk om 1 v för uppf.", "Blodprover tas inför återbesök.",
    "Råd om egenvård, hör av sig vid försämring.", "Bakjour konsulterad, instämmer.",
    "Info till pat om planen, pat införstådd.", "Ordinerat {drug}, utsätter tidigare beh.",
    "Inläggning på avd för observation.", "Samtal om sömnhygien, kbt-material skickat.",
    "Tid hos psykolog bokad.", "Uppföljning via 1177 om 2 v.",
]
SYMPTOM = ["huvudvärk", "bröstsmärta", "nedstämdhet", "ångest", "hosta", "feber", "buksmärta",
           "yrsel", "ryggsmärta", "sömnsvårigheter", "utslag", "sveda vid miktion",
           "andfåddhet", "trötthet", "ledvärk", "hjärtklappning"]
DX = ["depression", "UVI", "pneumoni", "lumbago", "migrän", "GAD", "hypertoni", "astma",
      "faryngit", "sinuit", "gastroenterit", "stukning", "utmattningssyndrom", "KOL"]
SERIOUS_DX = ["bipolär sjukdom", "schizofreni", "lungcancer", "MS", "ADHD", "autism",
              "anorexia nervosa", "emotionellt instabil personlighetsstörning", "demens",
              "prostatacancer", "hiv"]
DRUGS = ["Sertralin 50 mg 1x1", "Pivmecillinam 400 mg 1x3 i 3 d", "Omeprazol 20 mg 1x1",
         "Alvedon 1 g vb max 4 g/d", "Amlodipin 5 mg 1x1", "Propavan 25 mg tn", "Kåvepenin 1 g 1x3",
         "Melatonin 2 mg tn", "Bricanyl turbuhaler vb"]
SPECS = ["psykiatrin", "ortopeden", "kardiologen", "röntgen", "BUP", "gyn-mottagningen",
         "smärtmottagningen", "fysioterapeut", "hudkliniken"]
JOBS = ["undersköterska", "lärare", "snickare", "ekonom", "busschaufför", "student"]
DUR = ["igår", "3 dagar", "en vecka", "2 veckor", "en månad", "ca 3 mån", "i vintras"]
FILLER = [
    "Pat berättar vidare om situationen hemma och på jobbet.",
    "Diskuterar olika beh-alternativ, pat vill avvakta med läkemedel.",
    "Genomgång av tidigare journalant, inget nytt av vikt.",
    "Pat har svårt att beskriva besvären men tydligt påverkad.",
    "Samtalet tar längre tid än planerat, pat gråter ibland.",
    "Vi går igenom provsvaren tillsammans, pat har många frågor.",
    "Tolk via telefon används, samtalet fungerar bra.",
    "Pat ger ett välordnat intryck och har god insikt i sina besvär.",
]
# Open vocabulary: real notes name many drugs, places, people and numbers, and have typos.
# Without this a 10k-note corpus has ~650 distinct words and the tokenizer cache answers
# every word (NLP-FACTS.md: "benchmark on varied text, never on a few repeated sentences").
MORE_DRUGS = [
    "Eliquis", "Waran", "Metformin", "Levaxin", "Furix", "Bisoprolol", "Atorvastatin",
    "Simvastatin", "Enalapril", "Losartan", "Candesartan", "Ramipril", "Spironolakton",
    "Madopark", "Lyrica", "Gabapentin", "Tramadol", "Oxynorm", "Citalopram", "Escitalopram",
    "Fluoxetin", "Mirtazapin", "Venlafaxin", "Lamotrigin", "Litium", "Quetiapin", "Olanzapin",
    "Imovane", "Theralen", "Atarax", "Stesolid", "Prednisolon", "Betapred", "Symbicort",
    "Flutide", "Ventoline", "Spiriva", "Desloratadin", "Aerius", "Nasonex", "Doxyferm",
    "Heracillin", "Dalacin", "Ciprofloxacin", "Furadantin", "Selexid", "Primolut", "Cilest",
    "Mirena", "Novorapid", "Lantus", "Trulicity", "Jardiance", "Forxiga", "Xarelto",
    "Trombyl", "Clopidogrel", "Pantoprazol", "Esomeprazol", "Movicol", "Laktulos",
    "Loperamid", "Voltaren", "Naproxen", "Ipren", "Panodil", "Citodon", "Morfin", "Fentanyl",
    "Elvanse", "Concerta", "Medikinet", "Strattera", "Melatonin", "Circadin", "Emgesan",
    "Calcichew", "Behepan", "Duroferon", "Folsyra", "Kaliumklorid", "Allopurinol", "Colrefuz",
]
SYLLABLES = ["ka", "lo", "mi", "se", "tor", "ven", "ul", "ra", "bi", "ne", "sta", "fel",
             "gur", "pa", "dis", "ko", "lin", "ma", "bo", "tri", "an", "el", "ber", "sun",
             "vik", "hol", "dal", "sjö", "ås", "by", "näs", "rud", "berg", "ström"]
BODY = ["knä", "höft", "axel", "rygg", "nack", "handled", "fotled", "armbåge", "bröst",
        "buk", "ljumsk", "huvud", "käk", "tand", "öron", "hals", "bäcken", "lår", "vad"]
BODY_HEAD = ["smärta", "värk", "svullnad", "stelhet", "ömhet", "besvär", "domning"]
OPEN_CLAUSES = [
    "{drug} {dose} mg {freq}.", "Ordinerat {drug} {dose} mg {freq}, utvärderas om {k} v.",
    "Samtal med {name}, {relation}, tel {phone}.", "Remiss skickad {date} till {place}.",
    "{body}{head} {side} sedan {k} {unit}.", "Lab {date}: Hb {hb}, CRP {crp}, Na {na}, K {kal}.",
    "Vikt {kg} kg, längd {cm} cm.", "Besök på {place} kl {hh}.{mm}, pat kom i tid.",
    "Dr {name} kontaktad, bedömning enl ovan.", "Pat boende i {place}, {k} barn.",
    "Uppf via {place} {date}.", "BT {sys}/{dia} hö arm, puls {puls}.",
]
RELATIONS = ["dotter", "son", "make", "maka", "sambo", "granne", "syster", "bror", "god man"]
FREQ = ["1x1", "1x2", "1x3", "2x2", "tn", "vb", "vb max 3/d", "1x1 på morgonen"]
UNITS = ["dagar", "dgr", "veckor", "v", "mån", "år"]

HYPOTHESES = ["Misstänkt {sdx}.", "Trolig {sdx}, utredning påbörjas.", "Ev. {sdx}?",
              "Differentialdiagnos {sdx}.", "{sdx} kan ej uteslutas.", "Möjlig {sdx}."]
NOT_TOLD = ["Pat ej informerad om diagnosen ännu, ska meddelas vid nästa besök.",
            "Diagnosbeskedet ej lämnat, pat ska ej informeras förrän MDK."]
VIOLENCE = ["Pat berättar att sambon slagit henne flera gånger senaste året.",
            "Uppger att maken hotat och knuffat pat, rädd att gå hem.",
            "Blåmärken på överarmarna, pat säger att pojkvännen tagit hårt."]
CHILD = ["Orosanmälan till socialtjänsten görs pga oro för att barnet far illa.",
         "Barnet berättar att pappa slår, orosanmälan skickad till soc."]
ACCESS_TEXT = [
    "Spärr av pat:s åtkomst till journalen via 1177 fr.o.m. {start} t.o.m. {end}. "
    "Beslut av {role} {name}. Skäl: risk för allvarlig skada vid läsning under pågående vård. "
    "Gäller hela journalen. Pat informerad av behandlande läkare.",
    "Reglerad åtkomst: journalen förseglad {start}–{end}, beslutsfattare {role} {name}. "
    "Grund: pågående utredning. Pat informerad muntligt.",
]
PATIENT_MSG = [
    "Hej! Jag har haft ont i halsen i fem dagar och nu har jag feber. Vad ska jag göra?",
    "Jag behöver förnya mitt recept på Sertralin, det tar slut nästa vecka.",
    "Kan jag få en ny tid? Jag kan inte komma på tisdag.",
    "Jag har fått utslag på armen, bifogar en bild.",
    "Jag mår sämre igen, sover nästan inte alls och har tankar på att inte orka.",
    "Vill lämna synpunkter på bemötandet vid mitt senaste besök.",
    "Jag vill ha en remiss till hudläkare för en förändring på ryggen.",
]
STAFF_MSG = [
    "Hej, tack för ditt meddelande. Vi ringer upp dig i morgon förmiddag.",
    "Receptet är förnyat och finns på apoteket.", "Ny tid är bokad, se Mina sidor.",
    "Vi behöver träffa dig, ring mottagningen för tid.",
]
CONV_TYPES = [("Rådgivning", 35), ("Förnya recept", 25), ("Av- och omboka tid", 15),
              ("Egen vårdbegäran", 10), ("Kontakta mottagningen", 12), ("Synpunkter", 3)]
PROGRAMS = ["Internetbaserad KBT vid depression", "Internetbaserad KBT vid insomni",
            "Stöd vid oro och ångest", "Smärtskola", "Viktstöd för vuxna"]


# --------------------------------------------------------------------------- helpers

_NUMBER = re.compile(r"(?<![\d,])\d+(?:,\d+)?(?![\d,]| ?(?:mg|g)\b)")

#: the corpora ``--vocabulary`` can make
VOCABULARIES = ("realistic", "repetitive", "copyforward")

#: copy-forward: the chance that a sentence of a patient's previous note is carried into
#: the same section of the next one. About half of the text of EHR notes is duplicated from
#: the same patient's earlier documentation (Steinkamp et al., JAMA Netw Open 2022: 50.1 %
#: of all text; Wang et al., JAMA Intern Med 2017: 46 % of inpatient progress-note text
#: copied, 36 % imported); 0.75 gives ≈ 50 % of a corpus's sentence characters carried
#: (``copied_share`` below measures it).
COPY_KEEP = 0.75


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def personnummer(rng: random.Random, born: dt.date) -> str:
    """A valid (Luhn) 12-digit personnummer for someone born on ``born``."""
    serial = f"{rng.randrange(1, 1000):03d}"  # serial 000 is never issued
    nine = born.strftime("%y%m%d") + serial
    return f"{born:%Y%m%d}-{serial}{luhn_digit(nine)}"


def _wchoice(rng: random.Random, pairs: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return rng.choices(pairs, weights=[p[-1] for p in pairs])[0]


class Gen:
    """One generator instance = one seeded stream of records."""

    def __init__(self, seed: int, rates: dict[str, float] | None = None,
                 vocabulary: str = "realistic") -> None:
        if vocabulary not in VOCABULARIES:
            raise ValueError(f"vocabulary must be one of {', '.join(VOCABULARIES)}")
        self.rng = random.Random(seed)
        # "repetitive": the phrase lists only (~650 distinct words per 10k notes), the
        # corpus of the figures measured before 2026-12-01, byte for byte
        self.varied = vocabulary != "repetitive"
        # "copyforward": realistic text, but a patient's later note carries sentences of
        # the same section of the note before it (see COPY_KEEP)
        self.copy_forward = vocabulary == "copyforward"
        self._carry: dict[str, list[str]] = {}   # the previous note's sentences by sökord
        self._written: dict[str, list[str]] = {}  # this note's, by sökord
        self.carried_chars = self.para_chars = 0  # sentence characters: carried / all
        self.rates = {
            "hypothesis": 0.04,        # uncertain diagnosis in a visible (Melior) section
            "not_told": 0.005,          # diagnosis + "ej informerad" in visible text
            "violence_visible": 0.008,  # violence outside the protected template
            "child_visible": 0.004,
            "violence_protected": 0.01,  # done right, in the template
            "seal": 0.03,               # a record has a staff seal
            "seal_undocumented": 0.3,   # … of which undocumented
            "seal_no_end": 0.15,
            "conversation": 0.25,       # a record has 1177 cases
            "conv_undocumented": 0.12,
            "conv_copied": 0.05,
            "late_note": 0.06,
            "treatment": 0.05,
            "treatment_undocumented": 0.2,
        }
        self.rates.update(rates or {})

    # --- text -------------------------------------------------------------------------
    def fill(self, phrase: str) -> str:
        r = self.rng
        if "{" not in phrase:
            return phrase
        return phrase.format(symptom=r.choice(SYMPTOM), dur=r.choice(DUR), dx=r.choice(DX),
                             sdx=r.choice(SERIOUS_DX), drug=r.choice(DRUGS),
                             spec=r.choice(SPECS), job=r.choice(JOBS))

    def para(self, pool: list[str], words: int, keyword: str = "") -> str:
        out: list[str] = []
        n = 0
        if self.copy_forward:
            # copy-forward: each sentence of the previous note's section is carried over
            # with probability COPY_KEEP, in its order, before anything new is written
            out = [s for s in self._carry.get(keyword, ()) if self.rng.random() < COPY_KEEP]
            n = sum(s.count(" ") + 1 for s in out)
            self.carried_chars += sum(len(s) for s in out)
        while n < words:
            s = self.fill(self.rng.choice(pool))
            if self.varied:
                s = self.vary(s)
            out.append(s)
            n += s.count(" ") + 1
        if self.copy_forward:
            self._written[keyword] = out
            self.para_chars += sum(len(s) for s in out)
        if self.varied and self.rng.random() < 0.4:
            return "\n".join(out)  # one finding a line, as many clinicians write
        return " ".join(out)

    # --- open vocabulary (realistic mode) ---------------------------------------------
    def word(self) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))

    def name(self) -> str:
        r = self.rng
        return r.choice(LAST) if r.random() < 0.3 else self.word().capitalize()

    def open_clause(self) -> str:
        r = self.rng
        return r.choice(OPEN_CLAUSES).format(
            drug=r.choice(MORE_DRUGS), dose=r.choice([2.5, 5, 10, 20, 25, 40, 50, 100, 250, 500]),
            freq=r.choice(FREQ), k=r.randint(1, 12), name=self.name(),
            relation=r.choice(RELATIONS), phone=f"07{r.randint(0, 9)}-{r.randint(1000000, 9999999)}",
            date=f"{r.randint(2022, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            place=self.word().capitalize() + r.choice(["", "", " VC", " vårdcentral", "mottagningen"]),
            body=r.choice(BODY), head=r.choice(BODY_HEAD), side=r.choice(["hö", "vä", "bilat", ""]),
            unit=r.choice(UNITS), hb=r.randint(85, 165), crp=r.choice(["<5", str(r.randint(5, 250))]),
            na=r.randint(128, 146), kal=f"{r.randint(30, 55) / 10:.1f}".replace(".", ","),
            kg=r.randint(45, 140), cm=r.randint(150, 200), hh=f"{r.randint(7, 17):02d}",
            mm=f"{r.randrange(0, 60, 5):02d}", sys=r.randint(100, 190), dia=r.randint(55, 110),
            puls=r.randint(45, 130)).replace("  ", " ")

    def vary(self, sentence: str) -> str:
        """Fresh numbers, a clause of open vocabulary now and then, and ~1.5 % typos."""
        r = self.rng
        sentence = _NUMBER.sub(lambda m: self.near(m.group()), sentence)
        if r.random() < 0.5:
            sentence += " " + self.open_clause()
        words = sentence.split(" ")
        for i, w in enumerate(words):
            if len(w) > 4 and w.isalpha() and r.random() < 0.02:
                words[i] = self.typo(w)
        return " ".join(words)

    def near(self, number: str) -> str:
        """A plausible value near ``number``: ±25 % for counts and values ≥ 10, ±4 % for
        decimals ("38,2"); single digits (doses "1x3", "3 kg") stay as written."""
        whole, _, frac = number.partition(",")
        value = float(f"{whole}.{frac}" if frac else whole)
        if frac:
            return f"{value * self.rng.uniform(0.96, 1.04):.{len(frac)}f}".replace(".", ",")
        if value < 10:
            return number
        return str(round(value * self.rng.uniform(0.75, 1.25)))

    def typo(self, w: str) -> str:
        r = self.rng
        i = r.randrange(1, len(w) - 1)
        kind = r.randrange(3)
        if kind == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]   # swapped letters
        if kind == 1:
            return w[:i] + w[i + 1:]                      # dropped letter
        return w[:i] + w[i] + w[i:]                       # doubled letter

    def note_words(self) -> int:
        """30–800 words, most notes short (log-normal, median ≈ 110)."""
        w = int(self.rng.lognormvariate(4.7, 0.7))
        return max(30, min(800, w))

    def sections(self, words: int) -> list[dict[str, str]]:
        r = self.rng
        parts = [("Kontaktorsak", CONTACT, 0.1), ("Anamnes", ANAMNES + FILLER, 0.35),
                 ("Status", STATUS, 0.2), ("Bedömning", ASSESS, 0.2), ("Åtgärd", ACTION, 0.15)]
        if r.random() < 0.3:
            parts[0] = ("Aktuellt", CONTACT, 0.1)
        secs = []
        for kw, pool, share in parts:
            if kw == "Status" and r.random() < 0.25:
                continue
            secs.append({"keyword": kw, "text": self.para(pool, max(4, int(words * share)), kw)})
        return secs

    # --- objects ----------------------------------------------------------------------
    def unit(self, region: dict[str, Any]) -> dict[str, str]:
        i = self.rng.randrange(len(region["units"]))
        return {"name": region["units"][i], "hsa_id": f"{region['hsa']}-{1000 + i * 37}"}

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def note(self, nid: str, region: dict[str, Any], when: dt.datetime,
             unit: dict[str, str] | None = None) -> dict[str, Any]:
        r = self.rng
        template, role, _ = _wchoice(r, TEMPLATES)
        system = r.choice(region["systems"])
        words = self.note_words()
        sections = self.sections(words)
        rates = self.rates
        bed = next((s for s in sections if s["keyword"] == "Bedömning"), sections[-1])
        if system == "Melior" and r.random() < rates["hypothesis"]:
            bed["text"] += " " + self.fill(r.choice(HYPOTHESES))
        if r.random() < rates["not_told"]:
            bed["text"] += f" Bekräftad {r.choice(SERIOUS_DX)}. {r.choice(NOT_TOLD)}"
        if r.random() < rates["violence_visible"]:
            sections[min(1, len(sections) - 1)]["text"] += " " + r.choice(VIOLENCE)
        if r.random() < rates["child_visible"]:
            sections[-1]["text"] += " " + r.choice(CHILD)
        if region["violence"] and r.random() < rates["violence_protected"]:
            if region["violence_kind"] == "template":
                template = region["violence"]
                sections = [{"keyword": "Anamnes", "text": r.choice(VIOLENCE)},
                            {"keyword": "Åtgärd", "text": "Info om kvinnofridslinjen, "
                             "kontakt med kurator erbjuds."}]
            else:
                sections.append({"keyword": region["violence"], "text": r.choice(VIOLENCE)})
        if region["hypothesis"] and r.random() < 0.02:
            if region["violence_kind"] == "template":
                template = region["hypothesis"]
            sections.append({"keyword": region["hypothesis"] if region["violence_kind"] != "template"
                             else "Bedömning", "text": self.fill(r.choice(HYPOTHESES))})
        signed = when + dt.timedelta(minutes=r.randrange(5, 600))
        if r.random() < 0.02:
            signed = None  # unsigned draft
        return {
            "id": nid, "system": system, "template": template,
            "unit": unit or self.unit(region),
            "author": {"name": self.person(), "role": role},
            "time": when.isoformat(timespec="seconds"),
            "signed": signed.isoformat(timespec="seconds") if signed else None,
            "setting": r.choice(SETTINGS), "refs": [], "sections": sections,
        }

    def record(self, n_notes: int | None = None) -> dict[str, Any]:
        r = self.rng
        region = REGIONS[r.choices(list(REGIONS), weights=[35, 40, 13, 12])[0]]
        born = dt.date(1930, 1, 1) + dt.timedelta(days=r.randrange(0, 34000))
        as_of = dt.datetime(2024, 6, 30)
        if n_notes is None:
            n_notes = max(1, min(40, int(r.expovariate(1 / 3.5)) + 1))
        start = as_of - dt.timedelta(days=r.randrange(30, 900))
        span = (as_of - start).total_seconds()
        times = sorted(start + dt.timedelta(seconds=r.randrange(int(span))) for _ in range(n_notes))
        times = [t.replace(second=0, microsecond=0) for t in times]
        notes = []
        self._carry = {}
        for i, t in enumerate(times):
            self._written = {}
            notes.append(self.note(f"n{i + 1}", region, t))
            self._carry = self._written
        rec: dict[str, Any] = {
            "patient": {"id": personnummer(r, born), "protected_identity": r.random() < 0.002},
            "as_of": as_of.isoformat(timespec="seconds"),
            "notes": notes, "access_events": [], "conversations": [], "treatments": [],
        }
        if r.random() < self.rates["seal"]:
            self.add_seal(rec, region, times[0])
        if r.random() < self.rates["conversation"]:
            for k in range(1 + int(r.random() < 0.3)):
                self.add_conversation(rec, region, k, start, span)
        if r.random() < self.rates["treatment"]:
            self.add_treatment(rec, region, start)
        return rec

    def add_seal(self, rec: dict[str, Any], region: dict[str, Any], t: dt.datetime) -> None:
        r = self.rng
        unit = self.unit(region)
        ordered = t.replace(hour=r.choice([9, 10, 14, 15, 20]), minute=r.choice([0, 15, 30]))
        startd = ordered.date()
        end = None if r.random() < self.rates["seal_no_end"] else startd + dt.timedelta(days=r.choice([30, 60, 90, 120]))
        role = "verksamhetschef" if 8 <= ordered.hour < 16 else "bakjour"
        decider = self.person()
        ev = {"id": "a1", "action": "seal", "scope": r.choice(["whole", "unit"]),
              "initiated_by": "staff", "unit": unit,
              "ordered": ordered.isoformat(timespec="seconds"),
              "start": startd.isoformat(), "end": end.isoformat() if end else None,
              "decided_by": {"name": decider, "role": role}, "guardian_id": None,
              "urgent": r.random() < 0.1, "form_sent": startd.isoformat(),
              "ongoing_care": r.random() > 0.05, "reason": "risk för skada vid läsning"}
        rec["access_events"].append(ev)
        if r.random() >= self.rates["seal_undocumented"]:
            template, keyword = region["access_doc"]
            text = r.choice(ACCESS_TEXT).format(start=startd, end=end or "tills vidare",
                                                role=role, name=decider)
            n = len(rec["notes"]) + 1
            rec["notes"].append({
                "id": f"n{n}", "system": region["systems"][0], "template": template,
                "unit": unit, "author": {"name": self.person(), "role": "läkare"},
                "time": ordered.isoformat(timespec="seconds"),
                "signed": (ordered + dt.timedelta(hours=1)).isoformat(timespec="seconds"),
                "setting": "öppenvård", "refs": [], "sections": [{"keyword": keyword, "text": text}],
            })

    def add_conversation(self, rec: dict[str, Any], region: dict[str, Any], k: int,
                         start: dt.datetime, span: float) -> None:
        r = self.rng
        ctype, _ = _wchoice(r, CONV_TYPES)
        unit = self.unit(region)
        opened = (start + dt.timedelta(seconds=r.randrange(int(span)))).replace(second=0, microsecond=0)
        handled = opened + dt.timedelta(hours=r.randrange(1, 72))
        cid = f"1177-{r.randrange(10**6, 10**7)}-{k}"
        pmsg = r.choice(PATIENT_MSG)
        msgs = [{"sender": "patient", "time": opened.isoformat(timespec="seconds"), "text": pmsg},
                {"sender": "staff", "time": handled.isoformat(timespec="seconds"),
                 "text": r.choice(STAFF_MSG)}]
        atts = [{"name": "bild1.jpg", "kind": "image"}] if "bild" in pmsg else []
        rec["conversations"].append({
            "id": cid, "type": ctype, "unit": unit, "opened": opened.isoformat(timespec="seconds"),
            "handled": handled.isoformat(timespec="seconds"),
            "concerns_care": ctype not in ("Av- och omboka tid",), "messages": msgs,
            "attachments": atts,
        })
        if ctype in ("Förnya recept", "Av- och omboka tid") or r.random() < self.rates["conv_undocumented"]:
            return
        delay = dt.timedelta(days=r.randrange(4, 20)) if r.random() < self.rates["late_note"] \
            else dt.timedelta(hours=r.randrange(1, 8))
        when = handled + delay
        if r.random() < self.rates["conv_copied"]:
            body = f"Kopierat från 1177: {pmsg} Svar: {msgs[1]['text']}"
            sections = [{"keyword": "Kontaktorsak", "text": body}]
        else:
            sections = [{"keyword": "Kontaktorsak", "text": f"Kontakt via 1177 ({ctype.lower()})"
                         f" ang {r.choice(SYMPTOM)}."},
                        {"keyword": "Bedömning", "text": self.fill(r.choice(ASSESS))},
                        {"keyword": "Åtgärd", "text": self.fill(r.choice(ACTION))}]
            if atts:
                sections[0]["text"] += " Bifogad bild granskad och inskannad."
        rec["notes"].append({
            "id": f"n{len(rec['notes']) + 1}", "system": region["systems"][0],
            "template": "Egen vårdbegäran" if ctype == "Egen vårdbegäran" and r.random() < 0.7
            else "Telefonkontakt",
            "unit": unit, "author": {"name": self.person(), "role": "sjuksköterska"},
            "time": when.isoformat(timespec="seconds"),
            "signed": (when + dt.timedelta(minutes=30)).isoformat(timespec="seconds"),
            "setting": "primärvård", "refs": [cid], "sections": sections,
        })

    def add_treatment(self, rec: dict[str, Any], region: dict[str, Any], start: dt.datetime) -> None:
        r = self.rng
        unit = self.unit(region)
        status = r.choice(["ongoing", "completed", "completed", "aborted"])
        s = start.date() + dt.timedelta(days=r.randrange(0, 20))
        e = s + dt.timedelta(days=70) if status != "ongoing" else None
        worse = r.random() < 0.1
        msgs = [{"sender": "patient", "time": f"{s}T20:00:00",
                 "text": "Modul 3 klar. Har haft tankar på att inte vilja leva senaste veckan."
                 if worse else "Modul 2 klar, sömndagboken går bättre nu."}]
        tid = "sob-1"
        rec["treatments"].append({"id": tid, "program": r.choice(PROGRAMS), "unit": unit,
                                  "status": status, "start": s.isoformat(),
                                  "end": e.isoformat() if e else None, "messages": msgs})
        if r.random() < self.rates["treatment_undocumented"]:
            return
        secs = [{"keyword": "Bakgrund", "text": "Pat med lindrig-måttlig depression, "
                 "MADRS-S 22 p, motiverad till iKBT via Stöd och behandling."},
                {"keyword": "Planerade åtgärder", "text": "iKBT 8 moduler, behandlarkontakt 1 ggr/v."}]
        if status != "ongoing" and r.random() < 0.8:
            secs.append({"keyword": "Resultat", "text": "MADRS-S vid avslut 11 p, förbättrad."})
        when = dt.datetime.combine(s, dt.time(10, 0))
        rec["notes"].append({
            "id": f"n{len(rec['notes']) + 1}", "system": region["systems"][0],
            "template": "Psykologanteckning", "unit": unit,
            "author": {"name": self.person(), "role": "psykolog"},
            "time": when.isoformat(timespec="seconds"),
            "signed": (when + dt.timedelta(hours=2)).isoformat(timespec="seconds"),
            "setting": "öppenvård", "refs": [tid], "sections": secs,
        })


def generate(records: int | None = None, *, notes: int | None = None, seed: int = 1,
             rates: dict[str, float] | None = None,
             vocabulary: str = "realistic") -> Iterator[dict[str, Any]]:
    """Yield records: exactly ``records`` of them, or until ``notes`` notes are produced
    (the last record is trimmed so the total is exact)."""
    if records is None and notes is None:
        raise ValueError("give records or notes")
    g = Gen(seed, rates, vocabulary)
    made_records = made_notes = 0
    while True:
        if records is not None and made_records >= records:
            return
        if notes is not None and made_notes >= notes:
            return
        rec = g.record()
        if notes is not None and made_notes + len(rec["notes"]) > notes:
            keep = notes - made_notes
            kept = rec["notes"][:keep]
            ids = {r for n in kept for r in n["refs"]}
            rec["notes"] = kept
            # keep cases/treatments only with their notes so trimming adds no violations
            rec["conversations"] = [c for c in rec["conversations"] if c["id"] in ids]
            rec["treatments"] = [t for t in rec["treatments"] if t["id"] in ids]
            rec["access_events"] = []
        made_records += 1
        made_notes += len(rec["notes"])
        yield rec


def copied_share(notes: int, seed: int = 1) -> float:
    """The share of the copy-forward corpus's sentence characters carried over from the
    patient's previous note (the rule-breaking sentences added after are not counted)."""
    g = Gen(seed, vocabulary="copyforward")
    made = 0
    while made < notes:
        made += len(g.record()["notes"])
    return g.carried_chars / max(1, g.para_chars)


def write_jsonl(out: TextIO, records: Iterator[dict[str, Any]]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--records", type=int, help="number of patient records")
    size.add_argument("--notes", type=int, help="generate records until this many notes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-", help="output .jsonl ('-' = stdout)")
    ap.add_argument("--vocabulary", choices=VOCABULARIES, default="realistic",
                    help="realistic: open vocabulary, numbers, typos (default); repetitive: the "
                         "phrase lists only (the corpus of the figures before 2026-12-01); "
                         "copyforward: realistic text, a patient's later notes copying the "
                         "earlier ones in the proportion EHR studies report")
    args = ap.parse_args(argv)
    n = args.records if args.records is not None else args.notes
    if n is None or n < 0:
        ap.error("size must be ≥ 0")
    gen = generate(args.records, notes=args.notes, seed=args.seed, vocabulary=args.vocabulary)
    if args.output == "-":
        write_jsonl(sys.stdout, gen)
    else:
        with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
            write_jsonl(fh, gen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
