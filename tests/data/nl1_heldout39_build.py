#!/usr/bin/env python3
"""Held-out NL101/NL102 test set: outpatient clinics of a mid-size county hospital
(endocrinology/diabetes, urology, dermatology, ENT), October 2024.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.  Written from the regional routines and the
rule definitions only.
"""
import datetime as _dt
import json
import os
import re
import sys

AS_OF = "2024-11-01T00:00:00"

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior: Centralsjukhuset Kristianstad
    "sk_endo": ("Endokrin- och diabetesmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4E17"),
    "sk_uro": ("Urologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4U22"),
    "sk_hud": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4H09"),
    "sk_onh": ("Öron-, näs- och halsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-4N31"),
    "sk_hors": ("Hörselvården, Centralsjukhuset Kristianstad", "SE2321000255-4A44"),
    "sk_dagk": ("Dagkirurgiska enheten, Centralsjukhuset Kristianstad", "SE2321000255-4D58"),
    # Region Skåne, PMO: primary care
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-7P12"),
    "vc_ahus": ("Vårdcentralen Åhus", "SE2321000255-7P40"),
    "vc_tollarp": ("Vårdcentralen Tollarp", "SE2321000255-7P63"),
    # Västra Götalandsregionen, Melior: Södra Älvsborgs Sjukhus Borås
    "vg_endo": ("Endokrin- och diabetesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5K2"),
    "vg_uro": ("Urologiska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5U7"),
    "vg_hud": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5H3"),
    "vg_onh": ("ÖNH-mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5N8"),
    "vg_hb": ("Hörsel- och balansmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E5B1"),
    "vg_skene": ("Medicinmottagningen, Skene lasarett", "SE2321000131-E6S4"),
}

# -------------------------------------------------------------- authors
AUTHORS = {
    # Skåne
    "hedin": ("Annika Hedin", "läkare"),
    "bergkvist": ("Olof Bergkvist", "läkare"),
    "nasser": ("Rami Nasser", "läkare"),
    "akesson": ("Lena Åkesson", "sjuksköterska"),
    "persson_m": ("Maja Persson", "sjuksköterska"),
    "dahlgren": ("Tobias Dahlgren", "läkare"),
    "ljung": ("Sara Ljung", "läkare"),
    "wikstrom": ("Henrik Wikström", "läkare"),
    "olsson_b": ("Birgitta Olsson", "undersköterska"),
    "kovacs": ("Eszter Kovács", "läkare"),
    "holm": ("Jonas Holm", "läkare"),
    "sandberg": ("Frida Sandberg", "audionom"),
    "rahimi": ("Leyla Rahimi", "läkare"),
    "friberg": ("Per Friberg", "sjuksköterska"),
    "ek": ("Malin Ek", "dietist"),
    "nyberg": ("Claes Nyberg", "läkare"),
    "vc_lund": ("Ingrid Lund", "läkare"),
    "vc_mattsson": ("Eva Mattsson", "sjuksköterska"),
    "vc_ali": ("Hassan Ali", "läkare"),
    "vc_strom": ("Kerstin Ström", "distriktssköterska"),
    # VGR
    "andersson_k": ("Karin Andersson", "läkare"),
    "mohammadi": ("Dariush Mohammadi", "läkare"),
    "blom": ("Ulrika Blom", "sjuksköterska"),
    "svensson_j": ("Johan Svensson", "läkare"),
    "lindqvist": ("Therese Lindqvist", "läkare"),
    "gustafsson": ("Anders Gustafsson", "läkare"),
    "nilsson_a": ("Anna Nilsson", "sjuksköterska"),
    "karlsson_p": ("Petra Karlsson", "undersköterska"),
    "johansson_e": ("Erik Johansson", "läkare"),
    "hallberg": ("Mikael Hallberg", "läkare"),
    "petrovic": ("Jelena Petrović", "läkare"),
    "wallin": ("Sofia Wallin", "audionom"),
    "bengtsson": ("Gunnel Bengtsson", "sjuksköterska"),
    "ramos": ("Daniel Ramos", "läkare"),
    "fransson": ("Elin Fransson", "läkare"),
    "eriksson_l": ("Linnea Eriksson", "fysioterapeut"),
}

PMO_UNITS = {"vc_nasby", "vc_ahus", "vc_tollarp"}


def _iso(stamp):
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").isoformat()


def N(nid, tmpl, unit, author, time, signed, sections, system=None, refs=()):
    """One note.  time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None
    for an unsigned draft; sections = [(keyword, text), ...]."""
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid,
        "system": system,
        "template": tmpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + _dt.timedelta(minutes=signed)).isoformat(),
        "setting": "öppenvård",
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{_luhn_digit(nine)}"


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why):
    """patient = (birth_date, three-digit serial)."""
    birth, serial = patient
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": AS_OF,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


def M1(*codes):
    """Shorthand: codes asserted on note n1."""
    return [(c, "n1") for c in codes]

# ======================================================= ENDOCRINOLOGY
C("mix-endo-misstankt-graves-nyremitterad", "skane", ("1980-05-12", "284"),
  [N("n1", "Läkaranteckning", "sk_endo", "hedin", "2024-10-01 09:20", 35, [
      ("Anamnes", "44-årig kvinna, remitterad från VC pga viktnedgång 5 kg på två månader, hjärtklappning och värmeintolerans. Ingen tidigare tyreoideasjukdom. Röker ej."),
      ("Status", "Lätt förstorad, mjuk tyreoidea utan palpabla knutor. Fin tremor. Puls 104, regelbunden. Ögon: ingen exoftalmus, ingen lid lag."),
      ("Provsvar", "TSH <0,01, fritt T4 48, fritt T3 14,2. TRAK skickat."),
      ("Bedömning", "Misstänkt Graves sjukdom, TRAK inväntas. Toxisk multinodös struma mindre sannolik med tanke på palpationsfyndet."),
      ("Åtgärd", "Insatt Tiamazol 20 mg x 1 samt Propranolol 10 mg v.b. Nytt lab om 4 v."),
  ])],
  M1("NL102"), M1("NL101"),
  "'Misstänkt Graves sjukdom' in the visible Bedömning of a Skåne Melior note; nothing about telling")

C("mix-endo-trol-subakut-tyreoidit-kort", "vgr", ("1966-11-03", "426"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "petrovic", "2024-10-01 14:05", 10, [
      ("Bedömning", "Trol. subakut tyreoidit (de Quervain) – ömmande struma sedan en vecka efter förkylning, SR 74, TSH lågt. Prednisolon enl. schema."),
  ])],
  M1("NL102"), [],
  "two-line note: 'Trol. subakut tyreoidit' in a visible VGR section")

C("mix-endo-hashimoto-fragetecken", "skane", ("1990-02-27", "602"),
  [N("n1", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-02 10:40", 15, [
      ("Bedömning", "Subklinisk hypotyreos, TSH 7,8, fT4 12. Hashimoto? Anti-TPO beställt, ingen behandling nu."),
  ])],
  M1("NL102"), [],
  "a bare question mark after the disease name ('Hashimoto?') is a hedged diagnosis")

C("mix-endo-hashimoto-bekraftad-levaxin", "vgr", ("1975-08-19", "148"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "andersson_k", "2024-10-02 13:10", 25, [
      ("Diagnos", "Autoimmun tyreoidit (Hashimoto) med manifest hypotyreos, E06.3"),
      ("Aktuellt", "Anti-TPO >600, TSH 24, fT4 7. Startar Levaxin 50 mikrog, ökas till 75 om 6 v om det tolereras."),
  ])],
  [], M1("NL102", "NL101"),
  "confirmed Hashimoto, no hedge and nothing said about telling the patient")

C("mix-endo-mormor-trol-graves-hereditet", "skane", ("1998-04-06", "385"),
  [N("n1", "Läkaranteckning", "sk_endo", "hedin", "2024-10-03 08:30", 40, [
      ("Anamnes", "Söker för trötthet och håravfall. Hereditet: mor och syster behandlas för hypotyreos, mormor hade trol. Graves med ögonbesvär."),
      ("Status", "Tyreoidea palpatoriskt normalstor och slät. Hud och hår ua."),
      ("Provsvar", "TSH 1,9, fT4 15, anti-TPO neg, ferritin 11."),
      ("Bedömning", "Eutyreoid, ingen tyreoideasjukdom. Lågt järnförråd kan förklara håravfallet, järntabletter rekommenderas. Åter v.b."),
  ])],
  [], M1("NL102"),
  "the only hedged diagnosis belongs to the grandmother (hereditet)")

C("mix-endo-lada-bild-som-vid", "vgr", ("1986-01-22", "517"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "mohammadi", "2024-10-03 11:00", None, [
      ("Aktuellt", "BMI 22. HbA1c stigit från 52 till 71 på ett halvår trots Metformin i full dos."),
      ("Bedömning", "Nydebuterad diabetes hos normalviktig 38-åring med snabb progress. Bild som vid LADA, GAD-ak och C-peptid skickade."),
  ])],
  M1("NL102"), [],
  "'bild som vid LADA' is a hedged diagnosis in a visible section (unsigned draft)")

C("mix-endo-dd-mody-glukokinas", "skane", ("2001-09-14", "073"),
  [N("n1", "Läkaranteckning", "sk_endo", "bergkvist", "2024-10-04 09:00", 30, [
      ("Aktuellt", "23-årig man, fastande glukos 6,8–7,2 vid upprepade tillfällen, HbA1c 47. Far och farfar har enligt pat 'lite högt socker' utan behandling."),
      ("Bedömning", "DD MODY 2 (glukokinas) med tanke på stabil mild hyperglykemi och dominant ärftlighet. Genetisk analys efter samtycke."),
  ])],
  M1("NL102"), [],
  "'DD MODY 2' names a differential diagnosis of the patient in Bedömning")

C("mix-endo-typ2-ev-sglt2-ssk", "skane", ("1952-12-01", "239"),
  [N("n1", "Sjuksköterskeanteckning", "sk_endo", "akesson", "2024-10-04 13:30", 20, [
      ("Aktuellt", "Diabetes typ 2 sedan 2016. HbA1c 58 (i våras 54). Tar Metformin 1 g x 2, följsamheten verkar god."),
      ("Planering", "Ev. tillägg av SGLT2-hämmare diskuteras med dr Bergkvist. Trol. kontroll hos mig om 3 mån."),
  ])],
  [], M1("NL102"),
  "the hedges ('ev.', 'trol.') are on a drug plan and a follow-up, the diabetes itself is settled")

C("mix-endo-pmo-misstankt-neuropati", "skane", ("1949-03-30", "551"),
  [N("n1", "Diabetesmottagning", "vc_nasby", "vc_mattsson", "2024-10-07 10:15", 15, [
      ("Fotstatus", "Monofilament: känner 6/10 punkter hö fot, 7/10 vä. Vibrationssinne nedsatt bilat."),
      ("Bedömning", "Misstänkt perifer diabetesneuropati. Remiss fotterapeut, riskgrupp 2."),
  ])],
  [], M1("NL102"),
  "hedged diagnosis in a PMO note: PMO never shows diagnoses, so no NL102")

C("mix-endo-susp-hyperparatyreoidism-typo", "skane", ("1958-07-07", "664"),
  [N("n1", "Läkaranteckning", "sk_endo", "nyberg", "2024-10-07 14:45", 50, [
      ("Utredning", "Ca 2,78, joniserat Ca 1,46, PTH 9,8 (förhöjt), kreatinin normalt. Njursten 2019."),
      ("Bedömning", "Susp. primär hyperparatyreodism. Bentäthetsmätning och scintigrafi av bisköldkörtlar beställda."),
  ])],
  M1("NL102"), [],
  "typo in the key word ('hyperparatyreodism') after 'Susp.'; still a hedged diagnosis in Bedömning")

C("mix-endo-ingen-misstanke-hpt-stasprov", "vgr", ("1963-10-25", "092"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "lindqvist", "2024-10-08 09:35", 15, [
      ("Bedömning", "Lätt hyperkalcemi vid VC-prov, nu Ca 2,52 och PTH 3,1. Ingen misstanke om primär hyperparatyreoidism, det första värdet var sannolikt ett stasprov. Avslutas."),
  ])],
  [], M1("NL102"),
  "hyperparathyroidism is negated ('ingen misstanke om'); 'sannolikt' hedges a sampling error, not a disease")

C("mix-endo-cushing-kan-ej-uteslutas", "skane", ("1979-06-18", "743"),
  [N("n1", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-08 11:20", 25, [
      ("Anamnes", "Viktuppgång 12 kg senaste året, bukfetma, lätt för blåmärken, nyupptäckt hypertoni."),
      ("Status", "Pletoriskt ansikte, breda lila striae på buken, proximal muskelsvaghet i benen."),
      ("Bedömning", "Cushings syndrom kan ej uteslutas. 1 mg dexametasonhämningstest och nattligt salivkortisol x 2 ordineras."),
  ])],
  M1("NL102"), [],
  "'kan ej uteslutas' keeps Cushing open: hedged diagnosis in visible Bedömning")

C("mix-endo-cushing-talar-emot", "vgr", ("1983-03-09", "860"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "petrovic", "2024-10-09 10:00", None, [
      ("Provsvar", "Kortisol efter 1 mg dexametason 31 nmol/l. Salivkortisol kl 23 normalt vid båda tillfällena."),
      ("Bedömning", "Normalt hämningstest och normala salivkortisol talar emot Chushing. Viktuppgången bedöms livsstilsrelaterad, remiss till dietist."),
  ])],
  [], M1("NL102"),
  "'talar emot Chushing' (typo) rules the diagnosis out (unsigned draft)")

C("mix-endo-binjure-tidiga-hypoteser-mall", "skane", ("1956-02-14", "418"),
  [N("n1", "Tidiga hypoteser", "sk_endo", "bergkvist", "2024-10-09 15:10", 20, [
      ("Bedömning", "Incidentalom vä binjure 4,6 cm med attenuering 32 HU, misstänkt binjurebarkcancer. Tas upp på endokrinkirurgisk konferens innan pat informeras om misstanken."),
  ]),
   N("n2", "Läkaranteckning", "sk_endo", "bergkvist", "2024-10-09 15:30", 15, [
      ("Bedömning", "Pat informerad om att binjurefyndet på DT behöver utredas vidare med hormonprover och ny röntgen."),
      ("Planering", "Metoxikatekolaminer, dexametasontest, DHEAS. Återbesök 28/10."),
  ])],
  [], M1("NL102", "NL101"),
  "suspected adrenal carcinoma and the not-yet-informed remark sit only in a Skåne 'Tidiga hypoteser' template note")

C("mix-endo-feo-tidiga-hypoteser-sokord", "vgr", ("1972-09-02", "335"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "mohammadi", "2024-10-10 08:45", 40, [
      ("Anamnes", "Attackvis huvudvärk, svettningar och hjärtklappning sedan i somras. BT vid besöket 168/102."),
      ("Status", "Blek under undersökningen, i övrigt ua."),
      ("Planering", "Plasma-metoxikatekolaminer x 2, 24-timmars blodtrycksmätning, återbesök om 3 v."),
      ("Tidiga hypoteser", "Ev. feokromocytom; normetanefrin 3 ggr övre ref. Bör bekräftas innan det kommuniceras."),
  ])],
  [], M1("NL102"),
  "VGR: the hedged diagnosis stands only under the protected sökord 'Tidiga hypoteser'; visible sections hold symptoms and plans")

C("mix-endo-paragangliom-lackt-till-bedomning", "vgr", ("1968-12-12", "574"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "andersson_k", "2024-10-10 13:40", 20, [
      ("Tidiga hypoteser", "Misstänkt paragangliom, MIBG-scint övervägs efter DT buk."),
      ("Bedömning", "Hypertoni med attacker, trol. paragangliom enl. ovan – utredning pågår."),
  ])],
  M1("NL102"), [],
  "the hypothesis was put under Tidiga hypoteser but repeated ('trol. paragangliom') in the visible Bedömning")

C("mix-endo-fragestallning-prolaktinom", "skane", ("1995-07-21", "628"),
  [N("n1", "Läkaranteckning", "sk_endo", "hedin", "2024-10-11 10:30", 30, [
      ("Aktuellt", "Remiss från gyn: amenorré sedan 8 mån, galaktorré. Prolaktin 2300 mIE/l, graviditetstest neg."),
      ("Bedömning", "Frågeställning prolaktinom. MR sella beställd, synfältsundersökning via ögonmottagningen."),
  ])],
  M1("NL102"), [],
  "'Frågeställning prolaktinom' is an open diagnostic hypothesis in visible Bedömning")

C("mix-endo-akromegali-inger-misstanke", "vgr", ("1961-05-05", "199"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "svensson_j", "2024-10-11 14:00", 20, [
      ("Anamnes", "Ringarna går inte längre på och skostorleken har ökat från 43 till 45. Snarkar, svettas mycket."),
      ("Bedömning", "Grova drag och förstorade händer inger misstanke om akromegali. IGF-1 och glukosbelastning med GH-kurva."),
  ])],
  M1("NL102"), [],
  "'inger misstanke om akromegali' in Bedömning")

C("mix-endo-binjurebarksinsufficiens-utkast-typo", "skane", ("1988-10-30", "247"),
  [N("n1", "Telefonanteckning", "sk_endo", "nyberg", "2024-10-14 16:20", None, [
      ("Telefonkontakt", "Pat ringer, fortsatt trött, yr vid uppresning, saltsug. Morgonkortisol 142."),
      ("Bedömning", "Möjlig binjurebarksinsufficens, Synacthentest bokas 24/10."),
  ])],
  M1("NL102"), [],
  "unsigned draft; 'Möjlig' plus misspelt disease ('binjurebarksinsufficens') in a visible section")

C("mix-endo-hypotyreos-villkor-tyreotoxikos", "vgr", ("1954-04-17", "702"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "lindqvist", "2024-10-14 09:10", 25, [
      ("Diagnos", "Hypotyreos efter radiojodbehandling 2019."),
      ("Planering", "TSH 6,4, Levaxin höjs till 125 mikrog. Om hjärtklappning, svettningar eller sömnsvårigheter tillkommer kan det röra sig om iatrogen tyreotoxikos – pat ombeds då höra av sig för tidigare TSH."),
  ])],
  [], M1("NL102"),
  "the hedged 'kan röra sig om tyreotoxikos' is conditional on future symptoms; the hypothyroidism is settled")

C("mix-endo-papillar-cancer-ej-informerad", "skane", ("1977-01-28", "460"),
  [N("n1", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-15 12:05", 15, [
      ("Provsvar", "Finnålscytologi från 2,1 cm knuta i hö tyreoidealob: papillär tyreoideacancer, Bethesda VI."),
      ("Bedömning", "Pat ej informerad ännu – sökt på mobil två gånger utan svar. Kallas till läkarbesök 23/10, kontaktsjuksköterska vidtalad."),
  ])],
  M1("NL101"), M1("NL102"),
  "settled cancer diagnosis in a visible note while 'pat ej informerad ännu'")

C("mix-endo-papillar-cancer-besked-givet", "vgr", ("1969-06-23", "311"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "petrovic", "2024-10-15 10:30", 45, [
      ("Besök", "Pat kommer tillsammans med maken för besked. Informerad om cytologisvaret: papillär tyreoideacancer. Gråter men tar emot informationen väl, frågor besvarade."),
      ("Planering", "Remiss till endokrinkirurgi för total tyreoidektomi. Kontaktsjuksköterska Ulrika Blom presenterad."),
  ])],
  [], M1("NL101", "NL102"),
  "the patient is told the cancer diagnosis at this visit")

C("mix-endo-medullar-cancer-tva-anteckningar", "skane", ("1964-08-08", "953"),
  [N("n1", "Telefonanteckning", "sk_endo", "kovacs", "2024-10-08 14:30", 10, [
      ("Provsvar", "Cytologi med immunfärgning: medullär tyreoideacancer. Kalcitonin 420 ng/l."),
      ("Åtgärd", "Pat ej underrättad ännu, besked ges personligen på mottagningen 10/10 tillsammans med kontaktssk."),
  ]),
   N("n2", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-10 09:00", 60, [
      ("Bedömning", "Pat informerad om diagnosen medullär tyreoideacancer och om fortsatt utredning. Genetisk testning för RET-mutation erbjuden och accepterad."),
  ])],
  [("NL101", "n1")], [("NL101", "n2")],
  "the earlier telephone note withholds the cancer diagnosis; the later visit note tells the patient")

C("mix-endo-pmo-trol-hypotyreos", "skane", ("1970-11-11", "522"),
  [N("n1", "Besök", "vc_ahus", "vc_ali", "2024-10-16 08:40", 20, [
      ("Aktuellt", "Trött, frusen, viktuppgång 4 kg sedan i vintras."),
      ("Bedömning", "TSH 8,9, fT4 10. Trol. hypotyreos, anti-TPO tas, Levaxin 25 mikrog startas."),
  ])],
  [], M1("NL102"),
  "PMO vårdcentral note with 'Trol. hypotyreos': diagnoses are never shown from PMO")

C("mix-endo-kemisk-hemolys-trol", "skane", ("1993-03-03", "874"),
  [N("n1", "Sjuksköterskeanteckning", "sk_endo", "persson_m", "2024-10-16 13:15", 10, [
      ("Telefonkontakt", "Diabetes typ 1 med pump. Kalium 5,9 i gårdagens prov – trol. hemolyserat, lab kommenterar hemolys. Omtas imorgon på VC, pat informerad."),
  ])],
  [], M1("NL102"),
  "'trol.' hedges a haemolysed sample, not a disease")

C("mix-endo-graves-op-datum-ej-meddelat", "vgr", ("1985-12-19", "156"),
  [N("n1", "Telefonanteckning", "vg_endo", "blom", "2024-10-17 11:25", 5, [
      ("Telefonkontakt", "Graves sjukdom med recidiv efter två tiamazolkurer, pat har valt operation. Pat ej informerad om operationsdatum ännu, planeringsenheten kontaktar henne."),
  ])],
  [], M1("NL101"),
  "what the patient has not been told is the operation date, not a diagnosis")

C("mix-endo-metformin-utsattning-ej-informerad", "vgr", ("1944-09-09", "043"),
  [N("n1", "Mottagningsanteckning", "vg_skene", "svensson_j", "2024-10-18 15:40", 20, [
      ("Bedömning", "Diabetes typ 2 och kronisk njursvikt, eGFR nu 28. Metformin bör sättas ut och ersättas med DPP4-hämmare."),
      ("Åtgärd", "Pat ej informerad om läkemedelsändringen ännu, ringer imorgon förmiddag då hon inte svarade idag."),
  ])],
  [], M1("NL101"),
  "hard negative: diagnoses are visible and the patient is 'ej informerad', but about a drug change, not a diagnosis")

C("mix-endo-tyst-tyreoidit-avskriven", "vgr", ("1991-10-04", "227"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "mohammadi", "2024-10-21 10:20", 35, [
      ("Bedömning", "Differentialdiagnostiskt övervägdes tyst tyreoidit men den avskrivs då TRAK är klart positivt och scintigrafin visar diffust ökat upptag. Graves sjukdom."),
      ("Åtgärd", "Tiamazol 15 mg x 1."),
  ])],
  [], M1("NL102"),
  "the differential diagnosis is explicitly dismissed ('avskrivs'); the remaining diagnosis is confirmed")

C("mix-endo-prolaktinom-ej-underrattad-mr", "vgr", ("1982-04-28", "576"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "petrovic", "2024-10-22 16:10", 15, [
      ("Utredning", "MR sella: 14 mm makroadenom med suprasellär utbredning mot chiasma. Prolaktin 5400 – prolaktinom."),
      ("Planering", "Pat ännu ej underrättad om MR-svaret; tid hos mig 29/10 för besked och start av kabergolin."),
  ])],
  M1("NL101"), [],
  "pituitary macroadenoma/prolactinoma written visibly, patient 'ännu ej underrättad'")
# ---- long endocrinology charts
C("mix-endo-lang-arskontroll-typ2", "vgr", ("1957-03-16", "171"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "andersson_k", "2024-10-23 08:15", 55, [
      ("Aktuellt", "Årskontroll diabetes typ 2, diagnos 2011. Kommer ensam. Mår bra, inga hypoglykemier sedan dosjustering av Gliklazid i våras. Promenerar 40 min dagligen med hunden. Slutade snusa i augusti. Nattlig nykturi x 1, oförändrad."),
      ("Kost", "Äter regelbundet, har dragit ner på ljust bröd och läsk. Alkohol 2–3 glas vin i veckan."),
      ("Egenvård", "Mäter glukos själv 2–3 ggr/vecka fastande, värden 6–8. Gick diabetesskolan 2012 och vill gärna fräscha upp kunskaperna om mat vid restaurangbesök."),
      ("Socialt", "Gift, två vuxna barn. Arbetar deltid som snickare, planerar att gå i pension nästa höst."),
      ("Läkemedel", "Metformin 1 g x 2, Jardiance 10 mg x 1, Gliklazid 30 mg x 1, Atorvastatin 40 mg x 1, Enalapril 10 mg x 1, Trombyl 75 mg x 1."),
      ("Hereditet", "Bror har diabetes typ 2 och trol. kranskärlssjukdom, far dog i stroke 74 år gammal."),
      ("Status", "AT: gott, BMI 29,4 (30,8 vid förra årskontrollen). BT 134/82 hö arm sittande.\nCor: regelbunden rytm, frekvens 68, inga blåsljud.\nPulm: vesikulära andningsljud bilat.\nFötter: varma, fotpulsar palpabla bilat, hel hud utan förhårdnader, monofilament 10/10 bilat. Klipper naglarna själv, bra skor.\nMunhåla: egna tänder, går regelbundet till tandläkare."),
      ("Provsvar", "HbA1c 51 (56), fP-glukos 7,4, kreatinin 88, eGFR 79, U-albumin/kreatinin 2,1, LDL 1,9, Hb 146, ALAT 0,4.\nÖgonbottenfoto juni 2024: ingen retinopati."),
      ("Bedömning", "Välreglerad diabetes typ 2 utan kända komplikationer. Fin viktnedgång; HbA1c-sänkningen talar för att livsstilsförändringarna ger effekt. Blodtryck och blodfetter i mål."),
      ("Planering", "Oförändrad medicinering. Ev. utsättning av Gliklazid vid nästa kontroll om HbA1c ligger kvar under 52. Influensa- och pneumokockvaccin rekommenderas, bokar själv på VC. Trol. fortsatt årskontroll hos diabetessköterska med läkarbesök vartannat år. Nytt fotstatus och lab om 12 mån."),
      ("Information", "Provsvaren genomgångna med pat, som fick en utskrift. Informerad om sjukdagsregler för Jardiance och Metformin vid feber, kräkningar eller diarré."),
  ])],
  [], M1("NL102", "NL101"),
  "long annual diabetes chart: hedges only on a brother's disease, on an effect and on plans; all patient diagnoses settled")

C("mix-endo-lang-graves-oftalmopati", "skane", ("1971-08-27", "208"),
  [N("n1", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-02 13:30", 70, [
      ("Anamnes", "Graves sjukdom diagnostiserad i juni 2024 (TRAK 12, diffust upptag på scint). Behandlas enligt block-replace. Sedan ca 6 v grusighet i ögonen, tårflöde och dubbelseende vid blick uppåt, mest på morgonen. Röker 10 cig/dag, motiverad att sluta. Ingen hjärtklappning längre."),
      ("Läkemedel", "Tiamazol 10 mg x 2, Levaxin 75 mikrog x 1, Propranolol utsatt i september."),
      ("Status", "AT gott. Puls 76 regelbunden.\nTyreoidea: diffust förstorad, mjuk, inga knutor, inget blåsljud.\nÖgon: lätt retraktion av övre ögonlock bilat, konjunktival rodnad och lätt kemos vä, ögonlocksödem bilat. Dubbelbild vid uppåtblick.\nHertel 21 mm hö, 23 mm vä, bas 100."),
      ("Provsvar", "TSH 0,05, fT4 18, fT3 5,1, TRAK 9,4 (12)."),
      ("Bedömning", "Graves sjukdom, biokemiskt förbättrad på block-replace. Ögonfynden inger misstanke om måttlig endokrin oftalmopati, CAS 4/7 vä. Rökningen är en stark riskfaktor för försämring."),
      ("Åtgärd", "Akut remiss till ögonkliniken CSK för aktivitetsbedömning och ev. steroidbehandling. Selen 100 mikrog x 2 i 6 mån. Remiss till tobaksavvänjare skickad efter samtal om rökstopp. Konstgjorda tårar dagtid och gel till natten, pat instruerad."),
      ("Planering", "Nytt lab om 6 v. Återbesök hos mig om 2 mån, telefonkontakt däremellan v.b."),
  ])],
  M1("NL102"), [],
  "long chart with settled Graves disease; 'inger misstanke om ... endokrin oftalmopati' is a new hedged diagnosis")
# ============================================================ UROLOGY
C("mix-uro-susp-prostatacancer-knol", "skane", ("1957-02-02", "059"),
  [N("n1", "Läkaranteckning", "sk_uro", "dahlgren", "2024-10-01 10:50", 25, [
      ("Anamnes", "67-årig man, remiss från VC pga PSA 14 (8,2 för ett år sedan). Inga miktionsbesvär utöver lätt nykturi. Inga skelettsmärtor."),
      ("Status", "PR: hård, oregelbunden knöl i hö lob, vä lob mjuk. Prostata ca 35 g."),
      ("Bedömning", "Susp. prostatacancer. MR prostata och därefter riktade biopsier."),
  ])],
  M1("NL102"), [],
  "'Susp. prostatacancer' in visible Bedömning, nothing said about telling")

C("mix-uro-fynden-talar-for-bph", "vgr", ("1955-09-18", "133"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "hallberg", "2024-10-01 13:20", 20, [
      ("Aktuellt", "Svag stråle, känsla av ofullständig tömning, nykturi x 3. IPSS 19."),
      ("Status", "PR: förstorad, slät, elastisk prostata ca 50 g utan knölar. Resurin 120 ml på bladderscan."),
      ("Bedömning", "Fynden talar för benign prostatahyperplasi. Tamsulosin 0,4 mg till natten, åter med miktionslista om 3 mån."),
  ])],
  M1("NL102"), [],
  "'talar för benign prostatahyperplasi': a benign diagnosis is still a hedged diagnosis")

C("mix-uro-prostatacancer-misstanke-avskrivs", "skane", ("1953-06-06", "614"),
  [N("n1", "Läkaranteckning", "sk_uro", "ljung", "2024-10-02 09:15", 20, [
      ("Bedömning", "MR PI-RADS 2 och 12 systematiska biopsier utan malignitet. Misstanken om prostatacancer avskirvs, PSA-förhöjningen förklaras av stor prostata (80 g)."),
      ("Planering", "PSA-kontroll via VC om 1 år."),
  ])],
  [], M1("NL102"),
  "the suspicion is explicitly dropped ('Misstanken ... avskirvs', typo in the negation word)")

C("mix-uro-bror-och-far-prostatacancer", "vgr", ("1964-01-13", "272"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "johansson_e", "2024-10-02 14:35", 15, [
      ("Anamnes", "Bror strålbehandlad för prostatacancer 2022, far dog trol. av prostatacancer i 70-årsåldern. Önskar kontroll."),
      ("Status", "PR: normalstor, slät prostata."),
      ("Bedömning", "PSA 1,1. Inga tecken på prostatacancer. Organiserad PSA-testning rekommenderas vartannat år."),
  ])],
  [], M1("NL102"),
  "the 'trol.' hedge concerns the father's cause of death; the patient's own cancer is negated")

C("mix-uro-trol-uretarsten-akut", "skane", ("1987-04-24", "791"),
  [N("n1", "Läkaranteckning", "sk_uro", "wikstrom", "2024-10-03 08:05", 10, [
      ("Aktuellt", "Akut remiss. Hö flanksmärta sedan igår med strålning mot ljumsken, mikroskopisk hematuri. Trol. uretärsten hö, lågdos-DT idag."),
  ])],
  M1("NL102"), [],
  "short note: 'Trol. uretärsten' in a visible section")

C("mix-uro-misstankt-blascancer-cystoskopi", "skane", ("1948-11-30", "405"),
  [N("n1", "Åtgärdsanteckning", "sk_uro", "dahlgren", "2024-10-04 10:00", 30, [
      ("Cystoskopi", "Flexibel cystoskopi i lokalbedövning. 2 cm papillär tumör vid vä uretärmynning, i övrigt normal slemhinna."),
      ("Bedömning", "Misstänkt urotelial blåscancer. TURB planeras inom 2 veckor, pat informerad om fyndet och planen."),
  ])],
  M1("NL102"), M1("NL101"),
  "suspected bladder cancer in visible Bedömning; the patient was told, so NL101 stays silent")

C("mix-uro-turb-pad-ej-fatt-besked", "vgr", ("1946-07-15", "521"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "hallberg", "2024-10-07 15:00", None, [
      ("Provsvar", "PAD efter TURB 2/10: höggradig urotelial cancer, stadium T1, muskel finns i preparatet utan växt."),
      ("Planering", "Pat har ej fått besked ännu, kallas till läkarbesök 24/10 för information och planering av re-TURB."),
  ])],
  M1("NL101"), M1("NL102"),
  "PAD-verified bladder cancer written visibly while 'Pat har ej fått besked ännu' (unsigned draft)")

C("mix-uro-turb-pad-besked-per-telefon", "skane", ("1951-12-22", "667"),
  [N("n1", "Telefonanteckning", "sk_uro", "ljung", "2024-10-07 11:30", 10, [
      ("Telefonkontakt", "Ringt pat och meddelat PAD-svaret: låggradig urotelial cancer Ta, radikalt resecerad. Pat förstår, inga frågor just nu."),
      ("Planering", "Kontrollcystoskopi om 3 mån."),
  ])],
  [], M1("NL101", "NL102"),
  "the diagnosis is communicated by telephone in this very note")

C("mix-uro-njurtumor-tidiga-hypoteser-mall", "skane", ("1962-03-19", "738"),
  [N("n1", "Tidiga hypoteser", "sk_uro", "wikstrom", "2024-10-08 13:10", 15, [
      ("Utredning", "DT buk (tagen akut pga divertikulit): 3 cm solid, kontrastuppladdande process i vä njures nedre pol, trol. njurcellscancer. Pat ej informerad om fyndet, avvaktar urologisk bedömning på MDK 17/10."),
  ]),
   N("n2", "Läkaranteckning", "sk_uro", "wikstrom", "2024-10-08 13:25", 10, [
      ("Planering", "Pat kallad till återbesök 21/10 för att gå igenom röntgensvaret."),
  ])],
  [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  "the untold, hedged renal finding is kept in a Skåne 'Tidiga hypoteser' template note; the visible note names no diagnosis")

C("mix-uro-njurcellscancer-ovetande", "vgr", ("1959-08-01", "286"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "gustafsson", "2024-10-08 16:00", 20, [
      ("Bedömning", "DT-urografi: 5 cm tumör i vä njure med inväxt i njurvenen – njurcellscancer. Pat ovetande om röntgensvaret, informeras vid besöket 29/10 med kontaktsjuksköterska."),
  ])],
  M1("NL101"), [],
  "renal cell carcinoma stated visibly; 'Pat ovetande om röntgensvaret'")

C("mix-uro-epididymit-fragetecken", "skane", ("1993-05-09", "402"),
  [N("n1", "Läkaranteckning", "sk_uro", "dahlgren", "2024-10-09 09:40", 20, [
      ("Aktuellt", "31-årig man, successivt tilltagande smärta och svullnad vä pung sedan 3 dagar, sveda vid miktion."),
      ("Status", "Svullen, öm bitestikel vä, testikeln normalt belägen. Prehns tecken positivt."),
      ("Bedömning", "Epididymit vä? Ultraljud med doppler visar normalt flöde, torsion osannolik. Klamydia-PCR och urinodling tagna, Ciprofloxacin 500 mg x 2 i 10 d."),
  ])],
  M1("NL102"), [],
  "'Epididymit vä?' is a hedged diagnosis in visible Bedömning")

C("mix-uro-oklart-om-interstitiell-cystit", "skane", ("1984-09-27", "826"),
  [N("n1", "Läkaranteckning", "sk_uro", "ljung", "2024-10-10 14:10", None, [
      ("Anamnes", "Smärta över blåsan som lindras vid miktion, miktionsfrekvens 16 ggr/dygn. Upprepade odlingar negativa."),
      ("Bedömning", "Oklart om interstitiell cystit/blåssmärtsyndrom föreligger. Cystoskopi med hydrodistension i narkos planeras."),
  ])],
  M1("NL102"), [],
  "'Oklart om interstitiell cystit ... föreligger' keeps a diagnosis open (unsigned draft)")

C("mix-uro-pmo-misstankt-pyelonefrit", "skane", ("1997-12-05", "264"),
  [N("n1", "Akutbesök", "vc_tollarp", "vc_lund", "2024-10-10 17:20", 15, [
      ("Aktuellt", "Feber 39,2, ont i hö flank, dunkömhet hö. CRP 118, urinsticka nitrit pos."),
      ("Bedömning", "Misstänkt pyelonefrit, odling tagen, Ceftibuten 400 mg x 1 i 10 d."),
  ])],
  [], M1("NL102"),
  "PMO primary-care note with 'Misstänkt pyelonefrit': not shown, no NL102")

C("mix-uro-uretrastriktur-typo-utesluta", "vgr", ("1947-10-10", "547"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "hallberg", "2024-10-11 09:05", 15, [
      ("Bedömning", "Tunn stråle och efterdropp efter TUR-P 2019. Uretrastriktur kan ej utelsutas, uretrocystoskopi bokad."),
  ])],
  M1("NL102"), [],
  "typo in the hedge ('kan ej utelsutas') keeping urethral stricture open")

C("mix-uro-prostatacancer-hustrun-ej-informerad", "skane", ("1954-04-04", "178"),
  [N("n1", "Läkaranteckning", "sk_uro", "dahlgren", "2024-10-11 13:50", 30, [
      ("Besök", "Pat informerad om att biopsierna visar prostatacancer Gleason 3+4=7, ISUP 2. Vill inte att hustrun informeras förrän efter hennes höftoperation nästa vecka, vilket respekteras."),
      ("Planering", "Skelettscint ej indicerat. Remiss onkolog för diskussion om strålbehandling kontra prostatektomi."),
  ])],
  [], M1("NL101"),
  "the patient is told; only his wife has not been informed")

C("mix-uro-skelettmetastaser-dottern-vill-vanta", "vgr", ("1941-01-30", "114"),
  [N("n1", "Telefonanteckning", "vg_uro", "johansson_e", "2024-10-14 11:10", 20, [
      ("Telefonkontakt", "Dottern ringer och vill att pappa inte ska få veta om skelettmetastaserna ännu, han är 'så ledsen redan'."),
      ("Bedömning", "Skelettscintigrafi visar multipla skelettmetastaser av känd prostatacancer. Pat ej inforerad om skintigrafisvaret. Dottern upplyst om att pat har rätt till information om sin sjukdom; besked ges vid besöket 30/10."),
  ])],
  M1("NL101"), [],
  "bone metastases written visibly, patient 'ej inforerad' (typo) while a relative asks to wait")

C("mix-uro-remiss-onkolog-ej-underrattad", "skane", ("1950-10-16", "323"),
  [N("n1", "Administrativ anteckning", "sk_uro", "wikstrom", "2024-10-14 15:45", 5, [
      ("Åtgärd", "Prostatacancer, pat fick besked vid besök 2/10. Remiss till onkologen skickad idag. Pat ej underrättad om att remissen gått iväg, får kallelse direkt därifrån."),
  ])],
  [], M1("NL101"),
  "the diagnosis was told earlier; only the sent referral is not yet known to the patient")

C("mix-uro-barn-misstankt-retraktil-testikel", "skane", ("2020-03-11", "487"),
  [N("n1", "Läkaranteckning", "sk_uro", "ljung", "2024-10-15 10:20", 20, [
      ("Anamnes", "4-årig pojke, remiss från BVC: hö testikel inte alltid i pungen. Mamma ser den i badet."),
      ("Status", "Vä testikel normalt belägen. Hö testikel i ljumskkanalen, går att föra ner i pungen och stannar kvar en stund."),
      ("Bedömning", "Misstänkt retraktil testikel hö, DD glidtestikel. Ny undersökning om 6 mån."),
  ])],
  M1("NL102"), [],
  "child under 13 (guardian reads): hedged diagnosis in visible Bedömning")

C("mix-uro-barn-fimos-ev-operation", "vgr", ("2017-05-20", "239"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "gustafsson", "2024-10-15 13:00", 20, [
      ("Diagnos", "Fimos."),
      ("Aktuellt", "7-åring med trång förhud, ballongering vid miktion. Ingen balanit."),
      ("Planering", "Betametason kräm x 2 i 6 v, pappa instruerad. Ev. operation om utebliven effekt."),
  ])],
  [], M1("NL102"),
  "child with a settled diagnosis; 'Ev.' only on a possible operation")

C("mix-uro-ssk-kateter-trol-uvi", "skane", ("1938-06-14", "950"),
  [N("n1", "Sjuksköterskeanteckning", "sk_uro", "friberg", "2024-10-16 09:30", 10, [
      ("Kateterbyte", "KAD byts enligt schema, Ch 16. Urinen grumlig och illaluktande, pat har subfebrilitet 37,9. Trol. UVI, urinodling tagen och dr Ljung informerad."),
  ])],
  M1("NL102"), [],
  "nurse's note: 'Trol. UVI' is a hedged diagnosis in a visible Melior section")

C("mix-uro-cystoskopi-inga-tecken-malignitet", "skane", ("1945-03-23", "262"),
  [N("n1", "Åtgärdsanteckning", "sk_uro", "dahlgren", "2024-10-17 10:40", 15, [
      ("Cystoskopi", "Normal uretra, lätt trabekulerad blåsa, inga tumörer."),
      ("Bedömning", "Makroskopisk hematuri under Waranbehandling, DT-urografi ua. Inga tecken på malignitet i urinvägarna. Avslutas."),
  ])],
  [], M1("NL102"),
  "malignancy is negated ('Inga tecken på')")

C("mix-uro-psa-normalt-ej-meddelat", "vgr", ("1962-12-02", "816"),
  [N("n1", "Sjuksköterskeanteckning", "vg_uro", "nilsson_a", "2024-10-17 15:05", 5, [
      ("Provsvar", "PSA 1,2, normalt."),
      ("Åtgärd", "Pat ej meddelad ännu, brev med provsvaret skickas idag."),
  ])],
  [], M1("NL101"),
  "what the patient has not been told is a normal result, no diagnosis")

C("mix-uro-testikelcancer-typo-ej-infomerad", "skane", ("1996-11-07", "640"),
  [N("n1", "Läkaranteckning", "sk_uro", "wikstrom", "2024-10-18 16:30", 15, [
      ("Utredning", "Ultraljud: 2 cm solid hypoekogen tumör i hö testikel. AFP 89, hCG 240 – testikelcancer."),
      ("Planering", "Orkiektomi planeras 22/10. Pat ej infomerad om ultraljudssvaret ännu, tid för besked imorgon kl 08."),
  ])],
  M1("NL101"), [],
  "typo ('ej infomerad') in the not-told phrase; testicular cancer stated visibly")

C("mix-uro-avvaktar-informera-mdk", "vgr", ("1949-02-17", "390"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "johansson_e", "2024-10-21 12:15", None, [
      ("Provsvar", "Biopsier: adenocarcinom i prostata, ISUP 4 i 5/12 kolvar."),
      ("Planering", "Avvaktar med att informera pat om biopsisvaret tills MDK 6/11 har tagit ställning till behandling. Skelettscint beställd."),
  ])],
  M1("NL101"), M1("NL102"),
  "'Avvaktar med att informera pat' about a visible cancer diagnosis (unsigned draft)")

C("mix-uro-preop-ssk-redan-informerad", "vgr", ("1958-05-29", "713"),
  [N("n1", "Sjuksköterskeanteckning", "vg_uro", "bengtsson", "2024-10-21 09:00", 20, [
      ("Inskrivning", "Inskrivningssamtal inför laparoskopisk nefrektomi vä 4/11. Njurcellscancer vä, pat informerad om diagnosen av dr Gustafsson redan 3/10 och har läst om ingreppet."),
      ("Åtgärd", "Preop-lab tagen, fasteinformation given muntligt och skriftligt."),
  ])],
  [], M1("NL101"),
  "the diagnosis was told at an earlier visit")
# ---- long urology charts
C("mix-uro-lang-luts-sannolik-bph", "skane", ("1950-01-09", "451"),
  [N("n1", "Läkaranteckning", "sk_uro", "ljung", "2024-10-24 09:30", 65, [
      ("Anamnes", "Remiss från VC pga tilltagande miktionsbesvär sedan två år: svag stråle, startsvårigheter, efterdropp och nykturi x 3–4. Ingen makroskopisk hematuri, inga UVI. Tidigare frisk bortsett från hypertoni. Hustrun klagar på att han går upp så ofta att hon inte kan sova. Dricker mycket kaffe, även sent på kvällen."),
      ("Socialt", "Pensionerad lantbrukare, bor med hustrun på en gård utanför Tollarp. Kör bil och cyklar dagligen."),
      ("Sexualfunktion", "Lätt erektil dysfunktion sedan några år, inte besvärande för honom. Informerad om att ejakulationsstörning kan förekomma med Tamsulosin."),
      ("Läkemedel", "Amlodipin 5 mg x 1, Losartan 50 mg x 1. Inga antikolinergika."),
      ("Miktionslista", "Tre dygn: 11–13 miktioner/dygn, volymer 90–220 ml, nattlig urinproduktion 38 % av dygnsvolymen."),
      ("Status", "Buk mjuk, ingen palpabel blåsa.\nYttre genitalia ua, ingen fimos.\nPR: slät, fast-elastisk prostata ca 45 g, ingen knöl, ej öm.\nFlödesmätning: Qmax 8 ml/s, voided volume 210 ml, utdragen kurva.\nResurin 140 ml (bladderscan)."),
      ("Provsvar", "PSA 2,8, kreatinin 96, urinsticka ua."),
      ("Bedömning", "Sannolik BPH med måttliga till uttalade LUTS, IPSS 22, QoL 5. Nattlig polyuri bidrar till nykturin. PSA-värdet i relation till prostatavolymen ger ingen anledning till vidare cancerutredning."),
      ("Åtgärd", "Tamsulosin 0,4 mg x 1 startas. Råd om minskat vätskeintag efter kl 18 och att ta Losartan på morgonen i stället. Informerad om yrsel vid uppresning som möjlig biverkan."),
      ("Planering", "Återbesök med ny flödesmätning och miktionslista om 3 mån. Vid otillräcklig effekt: tillägg av 5-alfa-reduktashämmare eller ställningstagande till TUR-P. Svar till remittenten: vid god effekt kan fortsatt uppföljning ske på VC med årlig IPSS och PSA."),
  ])],
  M1("NL102"), [],
  "long LUTS work-up; 'Sannolik BPH' is the hedged diagnosis, other hedges are on side effects and plans")

C("mix-uro-lang-aktiv-monitorering-stabil", "vgr", ("1955-07-03", "024"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "johansson_e", "2024-10-25 10:00", 45, [
      ("Aktuellt", "Aktiv monitorering av prostatacancer sedan 2021 (Gleason 3+3, ISUP 1, cT1c, 2/12 biopsikolvar). Kommer för halvårskontroll. Mår bra, inga nya miktionsbesvär, inga skelettsmärtor. Har läst på 1177 om sin diagnos och tycker att han har god koll."),
      ("Läkemedel", "Inga stående."),
      ("Status", "PR: prostata ca 30 g, slät vä lob, oförändrad lätt fasthet hö basalt enligt tidigare beskrivning. Inga förstorade ljumsklymfkörtlar."),
      ("Provsvar", "PSA 5,9 (5,6 i april, 5,4 i oktober 2023). PSA-densitet 0,20. Kvot fritt/totalt 18 %."),
      ("Röntgen", "MR prostata 2024-09-30: PI-RADS 3-förändring i hö perifera zon, oförändrad i storlek jämfört med 2022. Ingen extraprostatisk växt, inga förstorade lymfkörtlar."),
      ("Bedömning", "Stabil lågrisk-prostatacancer utan tecken på progress. PSA-stegringen är långsam och i linje med prostatavolymen. Fortsatt aktiv monitorering är rimlig; pat instämmer efter samtal om alternativen strålbehandling och operation."),
      ("Planering", "PSA var 6:e mån via VC, svar till mig. Ev. ny MR och kontrollbiopsier hösten 2025 enligt programmet. Kontaktsjuksköterska Gunnel Bengtsson nås via 1177 vid frågor. Återbesök om 6 mån."),
  ])],
  [], M1("NL102", "NL101"),
  "long surveillance chart: known, told cancer; progress negated; only plans hedged")
# ======================================================== DERMATOLOGY
C("mix-hud-misstankt-melanom-excision", "skane", ("1968-09-09", "163"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-01 11:15", 20, [
      ("Anamnes", "Pat har märkt att ett födelsemärke på ryggen vuxit och blivit mörkare sedan i våras. Kliar ibland."),
      ("Status", "Vä skulderblad: 9 mm asymmetrisk, flerfärgad pigmentering med oskarp kant. Dermatoskopi: atypiskt nätverk, blå-vit slöja."),
      ("Bedömning", "Misstänkt malignt melanom. Diagnostisk excision med 2 mm marginal utförd i lokalbedövning, PAD skickat."),
  ])],
  M1("NL102"), [],
  "'Misstänkt malignt melanom' in visible Bedömning")

C("mix-hud-melanom-kan-uteslutas", "vgr", ("1990-12-24", "648"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-01 15:20", 10, [
      ("Dermatoskopi", "Symmetriskt retikulärt nätverk, jämn pigmentering, inga regressionsstrukturer."),
      ("Bedömning", "Benignt junktionsnevus. Melanom kan uteslutas, ingen åtgärd."),
  ])],
  [], M1("NL102"),
  "hard negative: 'kan uteslutas' (without 'ej') rules melanoma out")

C("mix-hud-trol-basaliom-enrad", "skane", ("1943-05-17", "305"),
  [N("n1", "Läkaranteckning", "sk_hud", "rahimi", "2024-10-02 08:50", 5, [
      ("Bedömning", "Trol. basaliom näsvinge hö, remiss plastikkirurgen för Mohs."),
  ])],
  M1("NL102"), [],
  "one-line note: 'Trol. basaliom'")

C("mix-hud-dd-palmar-psoriasis-handeksem", "vgr", ("1985-03-31", "452"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "ramos", "2024-10-02 10:10", None, [
      ("Aktuellt", "Fjällande, fissurerade plack i båda handflatorna sedan ett år, arbetar som frisör."),
      ("Bedömning", "DD palmar psoriasis/kroniskt hyperkeratotiskt handeksem. Lapptest bokas, potent steroid tills vidare."),
  ])],
  M1("NL102"), [],
  "'DD' with two candidate diagnoses in Bedömning (unsigned draft)")

C("mix-hud-bild-som-vid-lichen-planus", "skane", ("1972-10-20", "774"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-03 13:05", 15, [
      ("Status", "Violetta, platta, polygonala papler på handledernas volarsidor med Wickhams striae. Vitt nätmönster på kindslemhinnan."),
      ("Bedömning", "Bild som vid lichen plannus. Stansbiopsi tagen, Dermovat kräm."),
  ])],
  M1("NL102"), [],
  "'Bild som vid lichen plannus' (typo in the key word) is a hedged diagnosis")

C("mix-hud-psoriasis-bild-som-vid-forra-besoket", "vgr", ("1966-04-11", "287"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-03 14:40", 10, [
      ("Diagnos", "Psoriasis vulgaris, L40.0"),
      ("Status", "Bild som vid förra besöket, kvarstående tunna plack på armbågarna, PASI 4."),
      ("Planering", "Fortsatt Enstilar vid skov."),
  ])],
  [], M1("NL102"),
  "hard negative: 'Bild som vid förra besöket' compares with a visit, the psoriasis is settled")

C("mix-hud-forenligt-med-rosacea", "skane", ("1975-07-08", "931"),
  [N("n1", "Läkaranteckning", "sk_hud", "rahimi", "2024-10-04 09:25", None, [
      ("Status", "Rodnad över kinder och näsa med papler och pustler, telangiektasier, inga komedoner."),
      ("Bedömning", "Förenligt med papulopustulös rosacea. Soolantra kräm, åter om 3 mån."),
  ])],
  M1("NL102"), [],
  "'Förenligt med papulopustulös rosacea' in Bedömning (unsigned draft)")

C("mix-hud-skivepitelcancer-pad-ej-informerad", "vgr", ("1939-11-25", "228"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "ramos", "2024-10-04 15:35", None, [
      ("Provsvar", "PAD från excision på hjässan 1/10: högt differentierad skivepitelcancer, radikalt exciderad med 4 mm marginal."),
      ("Åtgärd", "Pat ej informerad om PAD-svaret ännu. Kontaktsjuksköterskan ringer pat nästa vecka."),
  ])],
  M1("NL101"), M1("NL102"),
  "PAD-proven squamous cell carcinoma in a visible note, patient not informed yet (unsigned draft)")

C("mix-hud-melanom-in-situ-besked-tidigare", "skane", ("1961-02-08", "516"),
  [N("n1", "Åtgärdsanteckning", "sk_hud", "holm", "2024-10-07 10:00", 25, [
      ("Aktuellt", "Melanom in situ vä vad, pat fick PAD-besked per telefon 8/10. Kommer nu för utvidgad excision med 5 mm marginal."),
      ("Åtgärd", "Utvidgad excision i lokalbedövning, sutur 4-0, trådtagning på VC om 12 d."),
  ])],
  [], M1("NL101", "NL102"),
  "the diagnosis was told by telephone before this visit")

C("mix-hud-pmo-misstankt-skabb", "skane", ("1994-08-16", "677"),
  [N("n1", "Besök", "vc_ahus", "vc_ali", "2024-10-07 14:15", 10, [
      ("Aktuellt", "Intensiv klåda nattetid sedan 3 v, även sambon kliar. Papler och gångar mellan fingrarna och på handlederna. Misstänkt skabb, permetrin till hela hushållet."),
  ])],
  [], M1("NL102"),
  "PMO note with 'Misstänkt skabb'")

C("mix-hud-trol-scabies-vgr", "vgr", ("1999-09-03", "341"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "ramos", "2024-10-08 11:30", 15, [
      ("Status", "Exkoriationer på bålen, gångar i fingervinklar och på penisskaftet."),
      ("Bedömning", "Trol. scabies. Permetrin kräm x 2 med en veckas mellanrum, tvätt av kläder och sängkläder i 60 grader."),
  ])],
  M1("NL102"), [],
  "'Trol. scabies' in visible Bedömning of a VGR Melior note")

C("mix-hud-usk-ljusbehandling-ev-uppehall", "skane", ("1982-01-19", "290"),
  [N("n1", "Behandlingsanteckning", "sk_hud", "olsson_b", "2024-10-08 08:20", 5, [
      ("Ljusbehandling", "Behandling nr 14 smalbands-UVB för psoriasis, dos 1,4 J/cm², lätt rodnad efter förra gången men ingen blåsbildning. Ev. uppehåll v. 44 pga resa."),
  ])],
  [], M1("NL102"),
  "assistant nurse's light-therapy note: 'Ev.' hedges a pause in treatment")

C("mix-hud-kan-rora-sig-om-hidradenit", "vgr", ("1992-05-26", "803"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-09 13:45", 20, [
      ("Aktuellt", "Återkommande ömmande knölar och fistlar i båda armhålorna och ljumskarna sedan tonåren. Röker 15 cig/dag."),
      ("Bedömning", "Kan röra sig om hidradenitis suppurativa, Hurley II. Doxycyklin 100 mg x 1 i 3 mån, rökstopp rekommenderas."),
  ])],
  M1("NL102"), [],
  "'Kan röra sig om hidradenitis suppurativa'")

C("mix-hud-erysipelas-villkor-efter-excision", "skane", ("1980-12-03", "144"),
  [N("n1", "Åtgärdsanteckning", "sk_hud", "rahimi", "2024-10-09 15:00", 15, [
      ("Åtgärd", "Excision av 1 cm dermatofibrom vä underben på pat:s önskan, sutur 4-0."),
      ("Information", "Om tilltagande rodnad, värme och feber uppstår kan det röra sig om erysipelas – pat söker då vårdcentral samma dag."),
  ])],
  [], M1("NL102"),
  "'kan röra sig om erysipelas' is conditional advice about future symptoms")

C("mix-hud-mycosis-tidiga-hypoteser-sokord", "vgr", ("1958-06-21", "562"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "ramos", "2024-10-10 10:25", 30, [
      ("Status", "Eksematösa, välavgränsade plack på bålen och skinkorna, en del med atrofisk yta."),
      ("Åtgärd", "Två stansbiopsier tagna för PAD och klonalitetsanalys."),
      ("Tidiga hypoteser", "Kan ej utesluta tidig mycosis fungoides, bör bekräftas histologiskt innan det tas upp med pat."),
  ])],
  [], M1("NL102"),
  "VGR: the lymphoma hypothesis stands only under sökord 'Tidiga hypoteser'")

C("mix-hud-mycosis-skane-sokord-ej-mall", "skane", ("1955-10-06", "715"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-10 14:55", 20, [
      ("Status", "Fläckvisa, fint fjällande erytem på bål och lår, poikilodermi i flankerna."),
      ("Tidiga hypoteser", "Misstänkt mycosis fungoides, biopsier skickade."),
  ])],
  M1("NL102"), [],
  "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' heading inside an ordinary Läkaranteckning is visible")

C("mix-hud-barn-trol-impetigo", "skane", ("2018-04-02", "626"),
  [N("n1", "Läkaranteckning", "sk_hud", "rahimi", "2024-10-11 09:10", 10, [
      ("Aktuellt", "6-årig flicka med gulaktiga krustor kring munnen sedan 4 dagar, går i förskoleklass. Pappa med vid besöket."),
      ("Bedömning", "Trol. impetigio. Väteperoxidkräm 3 ggr dagligen, hemma från skolan tills krustorna torkat in."),
  ])],
  M1("NL102"), [],
  "child under 13: 'Trol. impetigio' (typo) visible to the guardian")

C("mix-hud-barn-atopiskt-eksem-pappa-trol-atopiker", "vgr", ("2021-06-30", "383"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-11 13:30", 15, [
      ("Diagnos", "Atopiskt eksem."),
      ("Anamnes", "Mamma har psoriasis, pappa trol. också atopiker med astma som barn."),
      ("Planering", "Mjukgörande x 2, hydrokortison 1 % i ansiktet vid skov."),
  ])],
  [], M1("NL102"),
  "child with settled eczema; the hedge is about the father")

C("mix-hud-aktinisk-keratos-vs-bowen", "skane", ("1947-08-28", "498"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-14 10:35", 20, [
      ("Status", "Hjässan: flera sträva, rodnade fjällande fläckar, den största 12 mm och mer infiltrerad."),
      ("Bedömning", "Aktinisk keratos vs Mb Bowen i den större lesionen. Stansbiopsi därifrån, övriga behandlas med kryo."),
  ])],
  M1("NL102"), [],
  "'Aktinisk keratos vs Mb Bowen' leaves the diagnosis open")

C("mix-hud-ev-borrelialymfocytom", "skane", ("1988-07-13", "259"),
  [N("n1", "Läkaranteckning", "sk_hud", "rahimi", "2024-10-15 11:50", 15, [
      ("Aktuellt", "Blåröd, mjuk knuta i vä örsnibb sedan 5 v, fästingbett i augusti."),
      ("Bedömning", "Ev. borrelialymfocytom. Borreliaserologi, Doxycyklin 100 mg x 2 i 14 d."),
  ])],
  M1("NL102"), [],
  "'Ev.' in front of a diagnosis (borrelialymfocytom)")

C("mix-hud-melanom-pat-vet-dottern-ej", "vgr", ("1952-09-14", "640"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-15 15:10", 30, [
      ("Besök", "Besked om PAD: malignt melanom vä överarm, Breslow 0,8 mm. Pat informerad och tog det lugnt. Vill själv berätta för dottern när hon kommit hem från utlandet och ber att vi inte nämner det om dottern ringer."),
      ("Planering", "Utvidgad excision 1 cm och remiss för portvaktskörtelbiopsi."),
  ])],
  [], M1("NL101"),
  "the patient knows; only the daughter is not to be told")

C("mix-hud-kutant-lymfom-ej-informerad-utkast", "skane", ("1960-03-07", "832"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-16 16:40", None, [
      ("Provsvar", "PAD från båda biopsierna: primärt kutant marginalzonslymfom."),
      ("Planering", "Pat ej informerad ännu – ringer efter hematologisk konferens 25/10. Staging med DT hals-torax-buk beställd."),
  ])],
  M1("NL101"), [],
  "unsigned draft: cutaneous lymphoma stated visibly, 'Pat ej informerad ännu'")

C("mix-hud-basaliom-ej-informerad-om-tid", "vgr", ("1950-11-02", "118"),
  [N("n1", "Administrativ anteckning", "vg_hud", "karlsson_p", "2024-10-16 09:45", 5, [
      ("Administrativt", "Basaliom hö kind, pat fick diagnosen vid besöket 9/10. Pat ej informerad om tid för excision, kallelse skickas via 1177."),
  ])],
  [], M1("NL101"),
  "the untold item is the operation time; the diagnosis was given on 9/10")

C("mix-hud-missankt-lakemedelsexantem-typo", "vgr", ("1979-10-31", "491"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-18 10:55", 15, [
      ("Aktuellt", "Makulopapulöst utslag på bål och armar sedan 2 dagar, startade Amoxicillin för sinuit för en vecka sedan. Ingen slemhinnepåverkan."),
      ("Bedömning", "Missänkt läkemedelsutlöst exantem. Amoxicillin sätts ut, Mometason kräm."),
  ])],
  M1("NL102"), [],
  "typo in the hedge ('Missänkt') before a drug eruption diagnosis")

C("mix-hud-ingen-missanke-typo-melanom", "skane", ("1984-06-05", "336"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-18 14:30", 10, [
      ("Bedömning", "Dermatoskopiskt regelbundet globulärt mönster. Ingen missanke om melanom, pat lugnad."),
  ])],
  [], M1("NL102"),
  "typo in a negation ('Ingen missanke om melanom') still rules the diagnosis out")
# ---- long dermatology charts
C("mix-hud-lang-psoriasis-misstankt-artrit", "skane", ("1978-05-15", "617"),
  [N("n1", "Läkaranteckning", "sk_hud", "holm", "2024-10-22 13:00", 50, [
      ("Anamnes", "Psoriasis vulgaris sedan 20-årsåldern, tidigare ljusbehandling och Metotrexat (utsatt 2022 pga förhöjda levervärden). Sedan juni Cosentyx 300 mg var 4:e vecka med god effekt på huden. Ny besvärsbild: morgonstelhet i händerna ca en timme, svullet vä pekfinger sedan augusti och ont i hälarna vid gång. Arbetar som elektriker och har svårt att hålla verktyg. Fadern har också psoriasis."),
      ("Livskvalitet", "DLQI 6 (18 före biologisk behandling). Sover bättre sedan klådan försvann, besväras mest av att inte klara jobbet fullt ut."),
      ("Socialt", "Sambo, två barn i skolåldern. Röker inte, alkohol sparsamt."),
      ("Läkemedel", "Cosentyx 300 mg s.c. var 4:e v, Dovobet gel v.b. i hårbotten, Ipren v.b."),
      ("Status", "Hud: enstaka tunna plack på armbågar och i hårbotten, PASI 2,1 (14,8 före start).\nNaglar: pittings och onykolys på flera fingrar bilat.\nLeder: daktylit vä dig II, ömhet över MCP II–III hö. Hälsenefästen ömma bilat, ingen svullnad.\nRygg: normal rörlighet, ingen palpationsömhet över SI-lederna."),
      ("Provsvar", "CRP 14, SR 28, RF och anti-CCP neg. Leverstatus normalt."),
      ("Bedömning", "Psoriasis med mycket god hudrespons på sekukinumab. Daktylit, nagelengagemang och entesopati gör att psoriasisartrit misstänks starkt. Hudmässigt ingen anledning att byta biologiskt läkemedel."),
      ("Åtgärd", "Remiss reumatologen CSK för bedömning, önskas inom 4 v. Ipren får tas regelbundet 400 mg x 3 med mat i väntan på reumatologbesöket."),
      ("Planering", "Cosentyx oförändrat. Influensavaccin och covid-påfyllnadsdos rekommenderas inför vintern. Återbesök hos mig om 6 mån med DLQI och PASI. Pat informerad om planen och nöjd med hudens förbättring."),
  ])],
  M1("NL102"), M1("NL101"),
  "long psoriasis chart; the verb form 'psoriasisartrit misstänks' is the hedged diagnosis")

C("mix-hud-lang-naevuskontroll-hereditet", "vgr", ("1988-02-03", "529"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "fransson", "2024-10-28 08:30", 60, [
      ("Anamnes", "Kontroll av födelsemärken. Många nevi sedan barndomen. Mamma opererades för malignt melanom 2019 och morbror har haft trol. basaliom i ansiktet. Solade solarium i tonåren, brände sig ofta som barn. Inga nytillkomna eller förändrade märken enligt pat, men partnern tycker att ett på ryggen ser mörkare ut."),
      ("Status", "Hudtyp II. Ca 80 nevi på bål och extremiteter, flertalet 2–5 mm, några upp till 7 mm.\nDermatoskopi av 14 utvalda lesioner: övervägande retikulärt eller globulärt mönster, symmetriska.\nLesionen som partnern reagerat på (hö skulderblad, 6 mm): jämnt brunt nätverk med lätt centralt hyperpigmenterat område, inga atypiska strukturer.\nHårbotten och naglar ua. Inga palpabla lymfkörtlar i axiller eller ljumskar."),
      ("Bedömning", "Multipla benigna nevi, uppfyller inte kriterierna för dysplastiskt naevussyndrom. Ingen misstanke om melanom i någon av de undersökta lesionerna. Förhöjd risk pga hereditet och antal nevi."),
      ("Åtgärd", "Helkroppsfotografering utförd, bilderna sparade. Solskyddsråd och instruktion för självundersökning gavs muntligt och med broschyr."),
      ("Planering", "Ny kontroll med jämförande dermatoskopi om 12 mån. Ev. sekventiell digital dermatoskopi av lesionen på hö skulderblad om 3 mån om pat fortfarande känner sig osäker. Pat ombeds höra av sig vid förändring innan dess."),
  ])],
  [], M1("NL102", "NL101"),
  "long naevus check: hedges only on an uncle's disease and a follow-up; melanoma negated")

# ================================================================ ENT
AUTHORS.update({
    "tornqvist": ("Ebba Törnqvist", "läkare"),
    "sjoberg": ("Martin Sjöberg", "läkare"),
    "haddad": ("Nadia Haddad", "läkare"),
})

C("mix-onh-trol-bppv-bakre-bage", "skane", ("1959-11-21", "482"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-01 08:40", 15, [
      ("Anamnes", "Kortvarig snurrande yrsel när hon lägger sig ner och vänder sig i sängen, sedan 2 veckor. Ingen hörselpåverkan."),
      ("Status", "Dix-Hallpike hö: torsionell uppåtslående nystagmus efter 3 s latens, avklingar inom 20 s. Vä ua."),
      ("Bedömning", "Trol. BPPV bakre båge hö. Epleys manöver utförd, instruerad i hemövningar."),
  ])],
  M1("NL102"), [],
  "'Trol. BPPV' in visible Bedömning; nothing about telling")

C("mix-onh-meniere-fragetecken", "vgr", ("1970-03-04", "057"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-02 11:05", None, [
      ("Aktuellt", "Tre attacker av rotatorisk yrsel i 2–4 timmar med lock för vä öra och brusande tinnitus. Mellan attackerna besvärsfri."),
      ("Audiometri", "Lågfrekvent sensorineural nedsättning vä 35–40 dB, hö normal."),
      ("Bedömning", "Mb Ménière vä? Betahistin prövas, saltreducerad kost. Yrseldagbok till nästa besök."),
  ])],
  M1("NL102"), [],
  "'Mb Ménière vä?' in visible Bedömning (unsigned draft)")

C("mix-onh-vestibularisschwannom-ej-informerad", "skane", ("1962-07-30", "394"),
  [N("n1", "Läkaranteckning", "sk_onh", "tornqvist", "2024-10-03 15:15", 10, [
      ("Provsvar", "MR inre hörselgångar: 9 mm vestibularisschwannom vä, intrameatalt, ingen kompression av hjärnstammen."),
      ("Planering", "Pat ej informerad, besked ges vid återbesök 4/11 då hörselkurvan också gås igenom."),
  ])],
  M1("NL101"), M1("NL102"),
  "MR-verified vestibular schwannoma written visibly while the patient is not informed")

C("mix-onh-vestibularisschwannom-besked", "vgr", ("1957-12-09", "531"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-04 13:00", 40, [
      ("Besök", "Går igenom MR med pat och hustrun: 14 mm vestibularisschwannom hö. Pat informerad om diagnosen, att tumören är godartad och om alternativen kontroll med MR, strålkniv eller operation."),
      ("Planering", "Ny MR om 6 mån. Remiss till neurokirurgisk konferens på Sahlgrenska för kännedom."),
  ])],
  [], M1("NL101", "NL102"),
  "the diagnosis is told at this visit")

C("mix-onh-susp-vestibularisschwannom-asymmetri", "skane", ("1973-01-16", "276"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-07 09:55", 20, [
      ("Aktuellt", "Successivt sämre hörsel hö och ensidig tinnitus sedan ett år."),
      ("Audiometri", "Sensorineural diskantnedsättning hö upp till 55 dB, vä normal. Taluppfattning hö 72 %."),
      ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning, susp. vestibularisschwannom hö. MR inre hörselgångar beställd."),
  ])],
  M1("NL102"), [],
  "'susp. vestibularisschwannom' as a working hypothesis in visible Bedömning")

C("mix-onh-misstankt-tonsillcancer-svf", "vgr", ("1963-09-19", "745"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "sjoberg", "2024-10-07 14:10", 25, [
      ("Anamnes", "Ont i halsen hö sedan 2 mån, strålar mot örat. Viktnedgång 4 kg. Röker 20 cig/dag sedan 40 år."),
      ("Status", "Hö tonsill förstorad, hård och ulcererad. 3 cm fast körtel nivå II hö."),
      ("Bedömning", "Misstänkt tonsilcancer hö. Biopsi i lokalbedövning tagen, PET-DT och standardiserat vårdförlopp startat."),
  ])],
  M1("NL102"), [],
  "'Misstänkt tonsilcancer' (typo in the key word) in visible Bedömning")

C("mix-onh-tonsill-tidiga-hypoteser-mall", "skane", ("1981-06-08", "118"),
  [N("n1", "Tidiga hypoteser", "sk_onh", "tornqvist", "2024-10-08 10:30", 10, [
      ("Bedömning", "Asymmetrisk tonsill vä med fast konsistens, kan ej utesluta lymfom eller tonsillcancer. Tonsillektomi för PAD planeras."),
  ]),
   N("n2", "Läkaranteckning", "sk_onh", "tornqvist", "2024-10-08 10:45", 10, [
      ("Aktuellt", "Asymmetriska tonsiller sedan i somras, vä större. Inga smärtor."),
      ("Planering", "Tonsillektomi vä för PAD, pat informerad om ingreppet och samtycker."),
  ])],
  [], [("NL102", "n1"), ("NL102", "n2")],
  "the malignancy hypothesis is only in a Skåne 'Tidiga hypoteser' template note; the visible note holds findings and a plan")

C("mix-onh-stambandsnoduli-inga-tecken", "vgr", ("1986-10-27", "962"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-08 15:50", 15, [
      ("Laryngoskopi", "Symmetriska små noduli på stämbandens gräns mellan främre och mellersta tredjedelen, normal rörlighet."),
      ("Bedömning", "Stämbandsnoduli hos lärare med hög röstbelastning. Inga tecken på malignitet. Remiss logoped."),
  ])],
  [], M1("NL102"),
  "malignancy negated; the vocal fold nodules are settled")

C("mix-onh-barn-trol-sekretorisk-otit", "skane", ("2020-09-14", "553"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-09 09:20", 15, [
      ("Aktuellt", "4-åring, förskolan har märkt att han inte hör när de ropar. Upprepade öroninflammationer i vintras."),
      ("Status", "Indragna, matta trumhinnor bilat med vätskenivå hö. Tympanometri B-kurva bilat."),
      ("Bedömning", "Trol. sekretorisk otit bilat. Ny kontroll med audiometri om 3 mån, ev. plaströr om kvarstående."),
  ])],
  M1("NL102"), [],
  "child under 13: 'Trol. sekretorisk otit' visible to guardians")

C("mix-onh-audiogram-forenligt-med-normal-horsel", "skane", ("1991-04-12", "438"),
  [N("n1", "Audiologisk anteckning", "sk_hors", "sandberg", "2024-10-10 10:15", 20, [
      ("Audiometri", "Tonaudiometri 0–15 dB HL på alla frekvenser bilat. Taluppfattning 100 % bilat."),
      ("Bedömning", "Audiogram förenligt med normal hörsel. Hörselskydd rekommenderas på arbetet pga bullerexponering."),
  ])],
  [], M1("NL102"),
  "hard negative: 'förenligt med normal hörsel' names no disease")

C("mix-onh-audiogram-forenligt-med-presbyacusis", "vgr", ("1946-08-22", "611"),
  [N("n1", "Audiologisk anteckning", "vg_hb", "wallin", "2024-10-10 14:30", 15, [
      ("Audiometri", "Symmetrisk sluttande sensorineural nedsättning, 20 dB på 500 Hz och 60 dB på 4 kHz bilat."),
      ("Bedömning", "Förenligt med presbyacusis. Hörapparatutprovning bokas, pat motiverad."),
  ])],
  M1("NL102"), [],
  "audiologist writes 'Förenligt med presbyacusis': a hedged diagnosis")

C("mix-onh-mojlig-obstruktiv-somnapne", "skane", ("1976-12-28", "725"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-11 11:40", 15, [
      ("Anamnes", "Snarkar högljutt, sambon har sett andningsuppehåll. Dagtrött, somnar framför tv:n. BMI 33."),
      ("Status", "Stor tungbas, tonsiller grad 2, Mallampati 3. Näsa ua."),
      ("Bedömning", "Mölig obstruktiv sömnapné. Nattlig polygrafi bokas."),
  ])],
  M1("NL102"), [],
  "typo in the hedge ('Mölig obstruktiv sömnapné')")

C("mix-onh-sannolkit-rinosinuit-typo", "vgr", ("1983-07-01", "813"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-14 09:00", 15, [
      ("Aktuellt", "Nästäppa, gulaktig snuva och nedsatt lukt sedan 5 månader trots nässpray."),
      ("Bedömning", "Sannolkit kronisk rinosinuit utan polyper. DT bihålor beställd, Nasonex x 2."),
  ])],
  M1("NL102"), [],
  "typo in the hedge ('Sannolkit') before chronic rhinosinusitis")

C("mix-onh-pmo-barn-misstankt-akut-otit", "skane", ("2021-03-21", "904"),
  [N("n1", "Besök", "vc_tollarp", "vc_ali", "2024-10-15 16:30", 10, [
      ("Aktuellt", "3-årig flicka med feber och öronvärk sedan igår. Vä trumhinna röd och buktande. Misstänkt akut mediaotit vä, PcV i 5 dagar."),
  ])],
  [], M1("NL102"),
  "child's PMO note with a suspected otitis: PMO never shows diagnoses")

C("mix-onh-larynxcancer-ej-meddelad", "vgr", ("1951-05-31", "447"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-16 12:20", 10, [
      ("Provsvar", "PAD från mikrolaryngoskopi 7/10: invasiv skivepitelcancer vä stämband, T1a."),
      ("Planering", "Pat ej meddelad ännu, kallas till samtal med läkare och kontaktssk 28/10. Anmäld till MDK huvud-hals."),
  ])],
  M1("NL101"), M1("NL102"),
  "laryngeal cancer in a visible note, 'Pat ej meddelad ännu'")

C("mix-onh-larynxcancer-besked-med-sonen", "skane", ("1948-09-05", "365"),
  [N("n1", "Läkaranteckning", "sk_onh", "tornqvist", "2024-10-16 14:45", 35, [
      ("Besök", "Besked om PAD till pat och hans son: skivepitelcancer på hö stämband. Pat informerad om diagnosen och att strålbehandling i första hand planeras. Pat är samlad, frågor om rösten besvarade."),
      ("Planering", "Remiss onkologen Lund. Kontaktsjuksköterska ringer inom en vecka."),
  ])],
  [], M1("NL101", "NL102"),
  "the diagnosis is given to the patient at this visit")

C("mix-onh-trol-bells-pares-dd-borrelia", "skane", ("1989-08-17", "521"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-17 08:25", 15, [
      ("Aktuellt", "Vaknade igår med hängande mungipa hö och kunde inte blunda med hö öga. Inga utslag i örat."),
      ("Status", "Perifer facialispares hö, House-Brackmann IV. Öron ua, inga vesikler."),
      ("Bedömning", "Trol. Bells pares, DD borreliainfektion. Prednisolon 50 mg i 10 d, borreliaserologi, ögonskydd."),
  ])],
  M1("NL102"), [],
  "'Trol. Bells pares, DD borreliainfektion'")

C("mix-onh-dt-bihalor-normal-ej-informerad", "vgr", ("1994-01-25", "258"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-18 09:40", None, [
      ("Provsvar", "DT bihålor: normal luftfyllnad, inga slemhinneförtjockningar."),
      ("Åtgärd", "Pat ej informerad om svaret ännu, skickar meddelande via 1177 imorgon."),
  ])],
  [], M1("NL101"),
  "the untold item is a normal CT result (unsigned draft)")

C("mix-onh-lymfom-tidiga-hypoteser-sokord-ej-informerad", "vgr", ("1967-04-03", "839"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "sjoberg", "2024-10-21 15:30", 20, [
      ("Bedömning", "Pat informerad om att biopsisvaret väntas om en vecka och att vi ringer henne då."),
      ("Tidiga hypoteser", "Preliminärt PAD talar för lymfom i halskörteln; slutligt svar med immunhistokemi inväntas innan pat informeras."),
  ])],
  [], M1("NL101", "NL102"),
  "VGR: the untold, hedged lymphoma stands only under sökord 'Tidiga hypoteser'")

C("mix-onh-septumplastik-fragetecken-uppfoljning", "skane", ("1995-10-02", "615"),
  [N("n1", "Telefonanteckning", "sk_onh", "tornqvist", "2024-10-21 10:10", 5, [
      ("Telefonkontakt", "Septumplastik 1/10 för septumdeviation, läkt fint, andas bättre. Återbesök eller telefonuppföljning? Pat väljer telefon om 3 mån."),
  ])],
  [], M1("NL102"),
  "the question mark is on the follow-up form, not on a diagnosis")

C("mix-onh-hpv-tonsillcancer-ej-delgiven", "skane", ("1966-06-11", "209"),
  [N("n1", "Läkaranteckning", "sk_onh", "nasser", "2024-10-22 16:00", 15, [
      ("Provsvar", "PAD: p16-positiv skivepitelcancer i hö tonsill."),
      ("Planering", "Diagnosen ännu inte delgiven pat, som är bortrest till fredag. Tid bokad 1/11 kl 10 med kontaktssk."),
  ])],
  M1("NL101"), [],
  "'Diagnosen ännu inte delgiven pat' with the cancer in the same visible note")
# ---- long ENT charts
C("mix-onh-lang-yrselutredning-trol-neurit", "vgr", ("1965-05-19", "371"),
  [N("n1", "Mottagningsanteckning", "vg_hb", "sjoberg", "2024-10-29 13:00", 80, [
      ("Anamnes", "Akut debuterad rotatorisk yrsel 12/10 med kräkningar, sängliggande i tre dygn. Inga hörselbesvär, ingen tinnitus, inga öronsmärtor. Ingen huvudvärk, inga dubbelbilder, inga sensoriska eller motoriska bortfall. Förkyld veckan innan. Nu kvarstående ostadighet vid snabba huvudrörelser och i mörker. Hypertoni, i övrigt frisk. Akutbesök 12/10 med DT hjärna utan blödning eller infarktbild."),
      ("Socialt", "Arbetar som undersköterska på ett äldreboende i Borås, sjukskriven sedan 13/10. Bor med make och tonårsdotter. Kör inte bil sedan insjuknandet."),
      ("Funktion", "DHI 46 poäng. Går utan hjälpmedel men håller i ledstången i trappor. Undviker att böja sig ner och att gå i affärer med mycket folk."),
      ("Läkemedel", "Enalapril 5 mg x 1. Postafen v.b. sedan akutbesöket."),
      ("Status", "Öron: normala trumhinnor bilat.\nSpontannystagmus: lätt horisontell nystagmus åt vä i Frenzelglasögon, förstärks efter huvudskakning.\nHuvudimpulstest: positivt åt hö med korrektionssackad.\nRomberg: faller åt hö med slutna ögon. Tandemgång ostadig.\nKranialnerver ua, finger-näs-test utan dysmetri bilat."),
      ("Audiometri", "Symmetriska tonkurvor inom normalområdet, talaudiometri 100 % bilat."),
      ("Vestibulär testning", "vHIT: sänkt gain 0,52 för hö horisontella båge, normala värden vä. Kalorisk prövning: 68 % nedsatt svar hö."),
      ("Bedömning", "Trol. vestibularisneurit hö med kvarstående ensidigt vestibulärt bortfall. Normal neurologi och förloppet talar emot central genes; ingen misstanke om stroke i bakre skallgropen."),
      ("Åtgärd", "Remiss till fysioterapeut för vestibulär rehabilitering, hemövningar demonstrerade. Postafen sätts ut då det motverkar kompensationen."),
      ("Planering", "Återbesök med ny vHIT om 3 mån. Pat ska höra av sig om hörselnedsättning, tinnitus eller nya neurologiska symtom tillkommer."),
      ("Intyg", "Sjukintyg förlängt till 17/11 på heltid, därefter planeras successiv återgång i arbetet tillsammans med fysioterapeuten."),
  ])],
  M1("NL102"), M1("NL101"),
  "long vertigo work-up: stroke is negated, but 'Trol. vestibularisneurit' is a hedged diagnosis")

C("mix-onh-lang-halsknuta-reaktiv", "skane", ("1998-03-26", "143"),
  [N("n1", "Läkaranteckning", "sk_onh", "tornqvist", "2024-10-30 09:15", 55, [
      ("Anamnes", "26-årig man, remiss från VC pga knöl på vä halssidan sedan 2 mån, debuterade i samband med halsfluss. Har blivit mindre men inte försvunnit. Ingen heshet, inga sväljningsbesvär, ingen viktnedgång, inga nattliga svettningar. Icke-rökare, snusar. Ingen utlandsvistelse eller djurkontakt."),
      ("Status", "Munhåla och svalg: små, symmetriska tonsiller, slemhinnor ua.\nFiberskopi: epifarynx, hypofarynx och larynx ua, stämbanden rörliga bilat.\nHals: 2 x 1,5 cm mjuk, lättrörlig, oöm lymfkörtel nivå II vä. Inga övriga förstorade körtlar. Tyreoidea ua.\nÖron: ua bilat."),
      ("Ultraljud", "Ovalt, 19 mm lymfkörtel med bevarad hilusstruktur och normalt kärlmönster. Finnålspunktion: reaktiv lymfkörtel utan atypiska celler."),
      ("Provsvar", "CRP <5, blodstatus normalt, EBV-serologi visar genomgången infektion."),
      ("Bedömning", "Kvarstående reaktiv körtel efter tonsillit. Ultraljud och cytologi talar emot lymfom, inga hållpunkter för metastas eller lateral halscysta. Pat lugnad."),
      ("Planering", "Ny klinisk kontroll om 6 v. Om körteln växer eller nya symtom tillkommer görs öppen biopsi. Pat informerad om svaren och om hur han når mottagningen."),
  ])],
  [], M1("NL102", "NL101"),
  "long neck-lump chart: lymphoma, metastasis and cyst are all negated; a conditional plan")

# ================================== more NL101: withheld diagnoses
C("mix-endo-binjurebarkcancer-pat-vet-annu-inte", "vgr", ("1960-10-22", "586"),
  [N("n1", "Mottagningsanteckning", "vg_endo", "mohammadi", "2024-10-22 13:35", 10, [
      ("Provsvar", "PAD efter laparoskopisk adrenalektomi vä: binjurebarkcancer, Weiss score 5, fria marginaler."),
      ("Planering", "Pat vet ännu inte om PAD-svaret; jag tar det med henne vid återbesöket på tisdag."),
  ])],
  M1("NL101"), M1("NL102"),
  "'Pat vet ännu inte om PAD-svaret' with adrenocortical carcinoma in the same visible note")

C("mix-endo-cushings-sjukdom-ej-informerd-typo", "skane", ("1985-05-03", "419"),
  [N("n1", "Läkaranteckning", "sk_endo", "hedin", "2024-10-23 15:55", 20, [
      ("Utredning", "Höga salivkortisol, ohämmat dexametasontest och ACTH 14. MR hypofys visar 6 mm adenom."),
      ("Bedömning", "Cushings sjukdom. Pat ej informerd om diagnosen, nås på torsdag när hon är tillbaka från jobbresan."),
  ])],
  M1("NL101"), [],
  "typo in the not-told phrase ('ej informerd'); Cushing's disease written visibly")

C("mix-endo-men1-genetik-ej-meddelat", "skane", ("1990-07-09", "247"),
  [N("n1", "Läkaranteckning", "sk_endo", "kovacs", "2024-10-24 11:05", 15, [
      ("Provsvar", "Genetisk analys: patogen variant i MEN1-genen. Diagnosen multipel endokrin neoplasi typ 1 är därmed fastställd."),
      ("Planering", "Resultatet är ännu inte meddelat pat – genetisk vägledning på klinisk genetik bokas först, därefter besök hos mig."),
  ])],
  M1("NL101"), M1("NL102"),
  "a genetically settled MEN 1 diagnosis is visible; the result 'ännu inte meddelat pat'")

C("mix-uro-njurcellscancer-nadde-ej-pat", "skane", ("1956-09-12", "661"),
  [N("n1", "Telefonanteckning", "sk_uro", "dahlgren", "2024-10-22 16:05", 5, [
      ("Telefonkontakt", "Försökt nå pat för besked om PAD efter partiell nefrektomi hö (klarcellig njurcellscancer, pT1a, radikal), inget svar. Pat alltså inte informerad, nytt försök imorgon."),
  ])],
  M1("NL101"), [],
  "failed phone call: the renal cancer is written visibly and the patient is 'inte informerad'")

C("mix-hud-nodulart-melanom-besked-ej-lamnat", "skane", ("1971-03-27", "748"),
  [N("n1", "Telefonanteckning", "sk_hud", "rahimi", "2024-10-21 14:20", 10, [
      ("Telefonkontakt", "Pat ringer om recept på mjukgörande."),
      ("Provsvar", "PAD från excision höger vad: nodulärt malignt melanom, Breslow 2,4 mm, ulcererat."),
      ("Åtgärd", "Besked ej lämnat i telefon; ska ges vid fysiskt besök 24/10 med kontaktsjuksköterska."),
  ])],
  M1("NL101"), M1("NL102"),
  "'Besked ej lämnat' about a melanoma that is written in the visible Provsvar")

C("mix-hud-dfsp-maken-vill-vara-med", "vgr", ("1976-12-07", "302"),
  [N("n1", "Mottagningsanteckning", "vg_hud", "ramos", "2024-10-23 10:45", 15, [
      ("Provsvar", "PAD: dermatofibrosarcoma protuberans på bröstkorgen, ej radikalt exciderad."),
      ("Åtgärd", "Maken har bett att få vara med när pat får beskedet; pat är därför inte informerad än. Besök bokat 30/10, remiss till sarkomcentrum förbereds."),
  ])],
  M1("NL101"), [],
  "the patient has not been told (waiting for her husband to attend); sarcoma in visible Provsvar")

C("mix-onh-parotiscancer-informeras-efter-konferens", "vgr", ("1958-01-31", "555"),
  [N("n1", "Mottagningsanteckning", "vg_onh", "haddad", "2024-10-24 09:30", 15, [
      ("Provsvar", "Cytologi från parotis hö: mukoepidermoid cancer."),
      ("Planering", "Pat informeras först efter huvud-halskonferensen 5/11; har hittills bara fått veta att svaret dröjer."),
  ])],
  M1("NL101"), [],
  "the patient 'informeras först efter' the conference; only told the answer is delayed")

C("mix-onh-tungcancer-dottern-vet-pat-ej", "vgr", ("1940-04-18", "124"),
  [N("n1", "Telefonanteckning", "vg_onh", "sjoberg", "2024-10-25 12:10", 10, [
      ("Telefonkontakt", "Dottern, som är kontaktperson, ringer och fick på pat:s begäran veta att PAD är klart."),
      ("Bedömning", "PAD: skivepitelcancer i tungans vä kant. Pat själv ej informerad om diagnosen ännu, besök med tolk 29/10."),
  ])],
  M1("NL101"), [],
  "reverse of the relative case: a relative knows the result exists, the patient is not yet told the diagnosis")

C("mix-onh-nasofarynxcancer-tidhyp-och-synlig", "skane", ("1979-08-30", "817"),
  [N("n1", "Tidiga hypoteser", "sk_onh", "nasser", "2024-10-15 13:00", 10, [
      ("Bedömning", "PAD från epifarynxbiopsi: odifferentierad nasofarynxcancer. Pat ej informerad, besked efter MDK."),
  ]),
   N("n2", "Läkaranteckning", "sk_onh", "nasser", "2024-10-15 13:20", 10, [
      ("Bedömning", "Nasofarynxcancer enligt PAD 15/10, MR och PET-DT beställda. Pat ännu ej underrättad om PAD-svaret, tid på mottagningen 25/10."),
  ])],
  [("NL101", "n2")], [("NL101", "n1")],
  "the withholding was documented in a Skåne Tidiga hypoteser note, but the second, ordinary note repeats the diagnosis and 'ännu ej underrättad'")

C("mix-uro-lang-journalgenomgang-fore-besked", "vgr", ("1952-11-19", "438"),
  [N("n1", "Mottagningsanteckning", "vg_uro", "hallberg", "2024-10-30 08:00", 50, [
      ("Journalgenomgång", "Genomgång inför beskedsbesöket 31/10. Remitterad i augusti från VC för PSA 22 och palpabel förändring. Tidigare hypertoni och typ 2-diabetes, tablettbehandlad. Pensionerad busschaufför, bor med hustrun i Fristad."),
      ("Utredning", "MR prostata 2024-09-12: PI-RADS 5-lesion 18 mm i vä perifera zon med kapselgenombrott.\nRiktade och systematiska biopsier 2024-10-03: adenocarcinom i prostata, Gleason 4+4=8 (ISUP 4) i 7/14 kolvar, perineural växt.\nPSMA-PET/DT 2024-10-24: upptag i prostata och i två lymfkörtlar längs vä iliaca externa, inga skelettmetastaser."),
      ("Provsvar", "PSA 22,4, kreatinin 81, Hb 139, ALP normalt, HbA1c 49."),
      ("Bedömning", "Högrisk-prostatacancer med regional lymfkörtelspridning, cT3a N1 M0. Pat har inte fått besked om cancerdiagnosen än; besöket 31/10 är bokat för det och hustrun följer med."),
      ("MDK", "Diskuterad på MDK 29/10: rekommendation hormonbehandling i kombination med strålbehandling mot prostata och bäckenlymfkörtlar."),
      ("Planering", "Vid besöket: besked, genomgång av MDK-rekommendationen och start av bikalutamid inför GnRH-analog. Kontaktsjuksköterska Gunnel Bengtsson deltar. Remiss till onkologen SÄS skrivs efter besöket. Bentäthetsmätning beställs inför den långvariga hormonbehandlingen."),
  ])],
  M1("NL101"), M1("NL102"),
  "long chart-review note with no hedges; one sentence says the patient has not yet been told the cancer diagnosis")

# ================================================= build and validate
CODES = {"NL101", "NL102"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    asof = _dt.datetime.fromisoformat(AS_OF)
    if asof.year != 2024:
        problems.append("as_of not in 2024")
    for c in cases:
        name = c["case"]
        where = f"{name}: "
        if set(c) != CASE_KEYS:
            problems.append(where + "wrong case keys")
        if name in names:
            problems.append(where + "duplicate case name")
        names.add(name)
        if not name.startswith("mix-"):
            problems.append(where + "name must start with mix-")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(where + "bad ruleset")
        if not c["why"].strip():
            problems.append(where + "empty why")
        rec = c["record"]
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m or m.group(1) != birth.replace("-", ""):
            problems.append(where + "personnummer does not match birth_date")
        else:
            digits = pid[2:8] + pid[9:]
            if _luhn_digit(digits[:9]) != digits[9]:
                problems.append(where + "personnummer fails Luhn")
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append(where + f"note {n.get('id')} wrong keys")
            if n["id"] in notes:
                problems.append(where + f"duplicate note id {n['id']}")
            notes[n["id"]] = n
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > asof:
                problems.append(where + f"note {n['id']} time outside 2024/as_of")
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > asof:
                    problems.append(where + f"note {n['id']} bad signed time")
            age = _age(birth, t)
            if 13 <= age <= 15:
                problems.append(where + f"patient aged {age} (13-15) at note {n['id']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(where + "VGR note not Melior")
            if n["system"] not in ("Melior", "PMO"):
                problems.append(where + "unknown system")
            if not n["sections"]:
                problems.append(where + f"note {n['id']} has no sections")
            for sec in n["sections"]:
                for sent in _SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append(where + f"sentence repeated (also in {sentences[sent]}): {sent!r}")
                        sentences.setdefault(sent, name)
        age_asof = _age(birth, asof)
        if 13 <= age_asof <= 15:
            problems.append(where + f"patient aged {age_asof} at as_of")
        if not c["must"] and not c["must_not"]:
            problems.append(where + "nothing asserted")
        seen = set()
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                code, target = item
                if code not in CODES:
                    problems.append(where + f"unexpected code {code}")
                if target not in notes:
                    problems.append(where + f"target {target} missing")
                    continue
                if (code, target) in seen:
                    problems.append(where + f"{code} on {target} asserted twice")
                seen.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and lst_name == "must" and system != "Melior":
                    problems.append(where + "NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    problems.append(where + "NL101 asserted on a PMO note")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout39_cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {out}")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")


if __name__ == "__main__":
    main()
