#!/usr/bin/env python3
"""Gold cases nl1bm_dev_cases for notelint (NL1): psychiatry, BUP (Skåne), youth clinics,
school health and addiction care.

Written from the regional routines (seeds) and the rule catalog only. Dependency-free,
deterministic: `python3 build.py` writes nl1bm_dev_cases.jsonl beside this file and
validates it (exit 1 on any problem).
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

NAME = "nl1bm_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (psykiatri, BUP, beroende)
    "lund_allm": ("Allmänpsykiatriska mottagningen Lund", "SE2321000255-5411", "Melior"),
    "malmo_aff": ("Affektiva mottagningen Malmö, Psykiatri Skåne", "SE2321000255-5422", "Melior"),
    "hbg_psykos": ("Psykosmottagningen Helsingborg", "SE2321000255-5433", "Melior"),
    "malmo_np": ("Neuropsykiatriska mottagningen Malmö", "SE2321000255-5444", "Melior"),
    "lund_ata": ("Ätstörningsenheten Psykiatri Skåne, Lund", "SE2321000255-5455", "Melior"),
    "malmo_akut": ("Psykiatriska akutmottagningen Malmö", "SE2321000255-5466", "Melior"),
    "lund_avd64": ("Psykiatrisk vårdavdelning 64, Lund", "SE2321000255-5477", "Melior"),
    "malmo_ber": ("Beroendecentrum Malmö, Mottagning Öst", "SE2321000255-5488", "Melior"),
    "hbg_ber": ("Beroendemottagningen Helsingborg", "SE2321000255-5499", "Melior"),
    "minimaria": ("Mini-Maria Malmö", "SE2321000255-5501", "Melior"),
    "krist_allm": ("Allmänpsykiatriska mottagningen Kristianstad", "SE2321000255-5512", "Melior"),
    "ystad_psyk": ("Psykiatriska mottagningen Ystad", "SE2321000255-5523", "Melior"),
    "malmo_dbt": ("Mottagningen för personlighetssyndrom (DBT), Psykiatri Skåne Malmö", "SE2321000255-5534", "Melior"),
    "bup_lund": ("BUP-mottagningen Lund", "SE2321000255-5545", "Melior"),
    "bup_malmo": ("BUP Malmö Väster", "SE2321000255-5556", "Melior"),
    "bup_hbg": ("BUP-mottagningen Helsingborg", "SE2321000255-5567", "Melior"),
    "bup_krist": ("BUP-mottagningen Kristianstad", "SE2321000255-5578", "Melior"),
    "bup_akut": ("BUP Akut- och konsultmottagning Malmö", "SE2321000255-5589", "Melior"),
    "bup_ata": ("BUP Ätstörningsteamet Lund", "SE2321000255-5591", "Melior"),
    "bup_np": ("BUP Neuropsykiatriska utredningsenheten Malmö", "SE2321000255-5602", "Melior"),
    "bup_avd": ("BUP Heldygnsvård, avdelning 1, Lund", "SE2321000255-5613", "Melior"),
    # Region Skåne, PMO (primärvård, ungdomsmottagning, elevhälsa)
    "um_malmo": ("Ungdomsmottagningen Malmö Centrum", "SE2321000255-6101", "PMO"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-6112", "PMO"),
    "um_krist": ("Ungdomsmottagningen Kristianstad", "SE2321000255-6123", "PMO"),
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-6134", "PMO"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-6145", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör, psykosocialt team", "SE2321000255-6156", "PMO"),
    "ehm_lund": ("Elevhälsans medicinska insats, Lunds kommun", "SE2120001124-1001", "PMO"),
    "ehm_hbg": ("Elevhälsan, Helsingborgs stad, gymnasieskolor", "SE2120001306-1002", "PMO"),
    # Västra Götalandsregionen, Melior
    "su_aff": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007101", "Melior"),
    "su_psykos": ("Psykiatri Psykos, Östra sjukhuset", "SE2321000131-E000000007102", "Melior"),
    "su_np": ("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007103", "Melior"),
    "su_ata": ("Anorexi- och bulimienheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007104", "Melior"),
    "su_ber": ("Beroendekliniken Järntorget, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007105", "Melior"),
    "sas_psyk": ("Vuxenpsykiatrisk mottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000007106", "Melior"),
    "nu_psyk": ("Vuxenpsykiatrisk mottagning Uddevalla, NU-sjukvården", "SE2321000131-E000000007107", "Melior"),
    "ostra_akut": ("Psykiatrisk akutmottagning, Östra sjukhuset", "SE2321000131-E000000007108", "Melior"),
    "skas_avd": ("Psykiatrisk vårdavdelning 207, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000007109", "Melior"),
    "skas_ber": ("Beroendemottagningen, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000007110", "Melior"),
    "alingsas": ("Vuxenpsykiatrisk mottagning Alingsås", "SE2321000131-E000000007111", "Melior"),
    "su_ps": ("Mottagningen för personlighetssyndrom, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000007112", "Melior"),
    "kungalv": ("Psykiatriska mottagningen Kungälvs sjukhus", "SE2321000131-E000000007113", "Melior"),
    "nal_np": ("Neuropsykiatriska utredningsteamet, NÄL Trollhättan", "SE2321000131-E000000007114", "Melior"),
}

SKANE_ONLY = {k for k, v in UNITS.items() if v[1].startswith("SE2321000255") or v[1].startswith("SE2120")}
BUP = {k for k in UNITS if k.startswith("bup_")}


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with a Luhn check digit."""
    digits = birth.replace("-", "")[2:] + serial
    return birth.replace("-", "") + "-" + serial + str(luhn_check(digits))


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10


def iso(t):
    return t.replace(" ", "T") + (":00" if len(t) == 16 else "")


# One person, one profession: a name first seen with another role is replaced,
# deterministically, by the next unused name from this pool.
SPARE_NAMES = ["Amira Suleiman", "Kent Svensson", "Birgitta Olofsson", "Marcus Lindahl",
               "Yasmin Haddad", "Gustav Berglund", "Therese Nordin", "Pia Holmgren",
               "Reza Mohammadi", "Lena Sandberg", "Kristoffer Blom", "Agnes Wikström",
               "Stina Ljung", "Daniel Falk", "Noura Ahmed", "Patrik Dahlberg",
               "Helena Eklund", "Filip Sjögren", "Rebecka Lind", "Tove Hedlund"]
_ROLE_OF = {}
_RENAMED = {}


def staff_name(author, role):
    if (author, role) in _RENAMED:
        return _RENAMED[(author, role)]
    if _ROLE_OF.setdefault(author, role) == role:
        return author
    new = next(n for n in SPARE_NAMES if n not in _ROLE_OF)
    _ROLE_OF[new] = role
    _RENAMED[(author, role)] = new
    return new


def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård"):
    """A note. signed: minutes after `time` (int), or None for an unsigned draft."""
    name, hsa, system = UNITS[unit]
    author = staff_name(author, role)
    t = iso(time)
    s = None
    if signed is not None:
        s = (datetime.fromisoformat(t) + timedelta(minutes=signed)).isoformat()
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t, "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_unit": unit,
    }


CASES = []


def C(name, ruleset, born, serial, notes, must, must_not, why):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last.date() + timedelta(days=10)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, serial), "birth_date": born, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


def n1(*codes):
    return [(c, "n1") for c in codes]

# ====================================================================================
# A. Hedged working diagnoses in visible sections of Melior notes (NL102 must)
# ====================================================================================

C("np-vuxen-misstankt-adhd-remiss-fran-vc", "skane", "1991-04-22", "482",
  N("n1", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-02-06 09:30", 70, [
      ("Aktuellt", "Remitterad från vårdcentral pga koncentrationssvårigheter sedan skolåldern. Har bytt arbete fem gånger på sex år, glömmer möten, tappar bort nycklar dagligen."),
      ("Bedömning", "Misstänkt ADHD av kombinerad typ. Vidare utredning med DIVA-5 och neuropsykologisk testning behövs innan ställningstagande."),
      ("Planering", "Utredningssamtal bokas med psykolog. Anhörigintervju med modern om möjligt."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Misstänkt ADHD' in a visible Bedömning of a Melior note is a hedged diagnosis.")

C("affektiv-trolig-bipolar-ii-dd-recidiverande", "vgr", "1985-11-03", "226",
  N("n1", "su_aff", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-01-18 13:15", 55, [
      ("Anamnes", "Tre depressiva episoder sedan 20-årsåldern. Beskriver perioder om 4–5 dagar med minskat sömnbehov, ökad energi och impulsiva inköp."),
      ("Bedömning", "Trolig bipolär sjukdom typ II, DD recidiverande depression. Lamotrigin diskuteras som nästa steg."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Trolig bipolär sjukdom typ II, DD …' in visible text (VGR Melior) is a hypothesis.")

C("psykos-sannolikt-schizofreni-drogutlost-ej-uteslutet", "skane", "2001-07-19", "315",
  N("n1", "hbg_psykos", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-03-04 10:00", 120, [
      ("Aktuellt", "Sedan i höstas hört röster som kommenterar hans handlingar. Röker cannabis dagligen sedan två år."),
      ("Psykiskt status", "Vaken, orienterad. Något avflackad affekt. Uppger hörselhallucinationer men ej imperativa. Ingen suicidalitet."),
      ("Bedömning", "Sannolikt debuterande schizofreni, men drogutlöst psykos kan inte uteslutas så länge cannabisbruket pågår."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Sannolikt … schizofreni' and 'kan inte uteslutas' in a visible Melior section.")

C("personlighet-fragestallning-eips-scid", "vgr", "1998-02-27", "648",
  N("n1", "su_ps", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-04-10 15:00", 40, [
      ("Bedömning", "Frågeställning emotionellt instabil personlighetsstörning? Mönster av instabila relationer, impulsivitet och upprepade självskador sedan tonåren."),
      ("Planering", "SCID-5-PD genomförs under kommande två besök."),
  ]),
  n1("NL102"), n1("NL101"),
  "Personality disorder posed as a question ('Frågeställning …?') in a visible psychologist note.")

C("atstorning-anorexia-fragetecken-bmi", "skane", "2000-09-14", "764",
  N("n1", "lund_ata", "Läkaranteckning", "Elin Mårtensson", "läkare", "2024-02-20 11:10", 35, [
      ("Status", "Vikt 44,2 kg, längd 165 cm, BMI 16,2. Puls 48 liggande. Lanugobehåring på underarmar."),
      ("Diagnos", "Anorexia nervosa? Amenorré sedan fem månader."),
  ]),
  n1("NL102"), n1("NL101"),
  "A question mark after the diagnosis in the Diagnos section is a hedge.")

C("beroende-sannol-alkoholberoende-ssk", "vgr", "1969-06-08", "531",
  N("n1", "su_ber", "Omvårdnadsanteckning", "Per Gunnarsson", "sjuksköterska", "2024-05-14 08:45", 30, [
      ("Kontaktorsak", "Nybesök efter egen vårdbegäran, vill minska sitt drickande."),
      ("Bedömning", "Sannol. alkoholberoende, tolerans och abstinens beskrivs. AUDIT 27 p. Läkarbesök för fastställande bokas."),
  ]),
  n1("NL102"), n1("NL101"),
  "Abbreviated hedge 'Sannol.' before a diagnosis in a visible nurse note.")

C("bup-misstanke-autism-foraldrar-informerade", "skane", "2015-03-30", "182",
  N("n1", "bup_lund", "Läkaranteckning", "Sofia Bergström", "läkare", "2024-03-19 14:00", 60, [
      ("Aktuellt", "Nybesök med båda föräldrarna. Skolan beskriver att Ella leker bredvid men inte med andra barn och får utbrott vid schemaändringar."),
      ("Bedömning", "Misstanke om autismspektrumtillstånd föreligger utifrån skolans beskrivning och vår observation under besöket."),
      ("Information", "Föräldrarna informerade om misstanken och om att utredning startas. De fick skriftlig information om utredningens upplägg."),
  ]),
  n1("NL102"), n1("NL101"),
  "Child under 13: hedged autism in visible text is NL102; guardians were told, so no NL101.")

C("bup-16-mojlig-social-fobi-dd-autism", "skane", "2007-10-05", "428",
  N("n1", "bup_hbg", "Psykologanteckning", "Ida Holm", "psykolog", "2024-04-02 13:00", 50, [
      ("Bedömning", "Möjlig social fobi, differentialdiagnos autism. Undviker matsalen och lektioner med redovisning sedan högstadiet."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Möjlig' and 'differentialdiagnos' in visible BUP text for a 16-year-old.")

C("akut-trol-maniskt-skov-ingen-tidigare", "vgr", "1994-12-12", "395",
  N("n1", "ostra_akut", "Akutanteckning", "Anders Ek", "läkare", "2024-06-01 02:40", 200, [
      ("Aktuellt", "Inkommer med polis efter att ha stört grannar i tre nätter. Har inte sovit på fyra dygn enl. sambo."),
      ("Bedömning", "Akut psykotiskt tillstånd, trol. maniskt skov. Ingen känd psykiatrisk sjukdom sedan tidigare."),
  ], setting="akut"),
  n1("NL102"), n1("NL101"),
  "'trol.' before a manic episode in a visible emergency note.")


C("np-ev-adhd-ev-dyslexi-telegrafiskt", "vgr", "1999-08-30", "257",
  N("n1", "su_np", "Läkaranteckning", "Mikael Andersson", "läkare", "2024-03-21 16:05", None, [
      ("Bedömning", "ev. ADHD, ev. dyslexi – utreds vidare. Pat själv motiverad."),
  ]),
  n1("NL102"), n1("NL101"),
  "Telegraphic 'ev.' before two diagnoses in a visible Bedömning. Unsigned draft.")

C("allmpsyk-misstakt-bipolar-stavfel", "skane", "1983-05-16", "864",
  N("n1", "krist_allm", "Läkaranteckning", "Henrik Malm", "läkare", "2024-01-29 11:45", 90, [
      ("Bedömning", "Misstäkt bipolär sjukdom, remiss till affektiva mottagningen för bedömning och ställningstagande till stämningsstabiliserare."),
  ]),
  n1("NL102"), n1("NL101"),
  "Typo 'Misstäkt' (misstänkt): still a hedged bipolar diagnosis in visible text.")

C("atstorning-dietist-trolig-bulimi", "vgr", "1997-03-09", "140",
  N("n1", "su_ata", "Dietistanteckning", "Malin Axelsson", "dietist", "2024-04-16 09:00", 25, [
      ("Kostanamnes", "Hoppar över frukost och lunch. Hetsätning cirka tre kvällar i veckan följt av kräkning."),
      ("Bedömning", "Ätbeteendet talar för en ätstörning, trolig bulimia nervosa. Läkarbedömning avvaktas."),
  ]),
  n1("NL102"), n1("NL101"),
  "Dietitian writes 'trolig bulimia nervosa' in a visible section.")

C("bup-11-trolig-tourette", "skane", "2013-01-17", "551",
  N("n1", "bup_malmo", "Läkaranteckning", "Ahmed Al-Rashid", "läkare", "2024-05-07 08:30", None, [
      ("Anamnes", "Tics sedan två år, blinkningar och axelryckningar samt harklingar och enstaka ljud. Varierar i intensitet, värre vid trötthet."),
      ("Bedömning", "Trolig Tourettes syndom. Ticsen stör inte skolarbetet i nuläget."),
  ]),
  n1("NL102"), n1("NL101"),
  "Child (11): 'Trolig Tourettes syndrom' visible to guardians in Melior. (typo 'syndom') Unsigned draft.")

C("heldygn-psykotiskt-syndrom-schizoaffektivt-ej-uteslutet", "skane", "1979-10-21", "607",
  N("n1", "lund_avd64", "Läkaranteckning", "Nils Petersson", "läkare", "2024-07-03 11:00", 180, [
      ("Bedömning", "Psykotiskt syndrom UNS. Schizoaffektivt syndrom kan ej uteslutas med tanke på de långa depressiva perioderna."),
      ("Planering", "Fortsatt olanzapin 10 mg. Ny bedömning efter två veckor."),
  ], setting="psykiatrisk heldygnsvård"),
  n1("NL102"), n1("NL101"),
  "Inpatient note (shown with delay, still visible): 'kan ej uteslutas'.")

C("vuxenpsyk-dd-komplex-ptsd-mot-eips", "vgr", "1990-05-02", "318",
  N("n1", "sas_psyk", "Läkaranteckning", "Camilla Fors", "läkare", "2024-02-27 14:30", 60, [
      ("Bedömning", "Differentialdiagnotiskt diskuteras komplex PTSD mot emotionellt instabilt personlighetssyndrom. Traumaanamnes från barndomen."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Differentialdiagnostiskt diskuteras …' names two candidate diagnoses in visible text. (typo 'Differentialdiagnotiskt')")

C("minimaria-17-sannolikt-begynnande-cannabisberoende", "skane", "2006-09-11", "273",
  N("n1", "minimaria", "Kuratorsanteckning", "Linnea Ström", "kurator", "2024-03-26 15:40", 30, [
      ("Samtal", "Pat kommer med mamma. Röker cannabis flera gånger i veckan, har börjat röka ensam före skolan."),
      ("Bedömning", "Riskbruk av alkohol och cannabis, sannolikt begynnande beroende av cannabis."),
  ]),
  n1("NL102"), n1("NL101"),
  "Youth addiction unit (17): hedged cannabis dependence in a visible Melior note.")

C("beroende-bensodiazepinberoende-fragetecken", "vgr", "1972-01-30", "886",
  N("n1", "skas_ber", "Läkaranteckning", "Lars Engström", "läkare", "2024-08-19 10:10", 35, [
      ("Aktuellt", "Har tagit diazepam utanför förskrivning i åtta månader, köper via bekant."),
      ("Bedömning", "Bensodiazepinberoende? Planerar nedtrappningsschema efter nästa besök."),
  ]),
  n1("NL102"), n1("NL101"),
  "A diagnosis with a question mark in visible addiction care text.")

C("bup-8-spraakstorning-fragetecken", "skane", "2016-02-08", "394",
  N("n1", "bup_krist", "Läkaranteckning", "Cecilia Roos", "läkare", "2024-04-23 13:20", 40, [
      ("Bedömning", "Språkstörning? Talar i korta satser och har svårt att följa instruktioner i flera led. Logopedremiss skickas."),
  ]),
  n1("NL102"), n1("NL101"),
  "Child (8): '<diagnos>?' in visible BUP text.")

C("affektiv-obs-bipolaritet-i-diagnosfaltet", "vgr", "1988-07-25", "462",
  N("n1", "su_aff", "Läkaranteckning", "Robert Kowalski", "läkare", "2024-09-05 11:30", 50, [
      ("Diagnos", "Depressiv episod, medelsvår (F32.1). Obs bipolär sjukdom – maken beskriver hypomana perioder."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Obs' (observation för) bipolär sjukdom next to a confirmed depression: hedged diagnosis.")

C("np-autism-kan-inte-uteslutas-social-angest", "skane", "1995-11-19", "539",
  N("n1", "malmo_np", "Psykologanteckning", "Sara Jovanovic", "psykolog", "2024-06-12 10:00", 25, [
      ("Bedömning", "Autism kan inte uteslutas, men bilden förklaras också väl av social ångest. Kompletterande anamnes från föräldrar behövs."),
  ]),
  n1("NL102"), n1("NL101"),
  "'kan inte uteslutas' after autism in a visible psychologist note.")

C("psykos-trolig-prodromalfas", "vgr", "2003-04-14", "171",
  N("n1", "su_psykos", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-10-08 14:15", 65, [
      ("Aktuellt", "Social tillbakadragenhet sedan ett år, misstänksamhet mot grannar, avbrutit studier."),
      ("Bedömning", "Trolig prodromalfas av schizofreni. Erbjuds tät uppföljning i tidiga insatser-teamet."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Trolig prodromalfas av schizofreni' is a hedged psychosis diagnosis.")

C("atstorning-arfid-misstanks", "skane", "2002-12-01", "925",
  N("n1", "lund_ata", "Läkaranteckning", "Johanna Sjöberg", "läkare", "2024-03-13 09:40", 55, [
      ("Bedömning", "ARFID misstäns; selektivt ätande sedan förskoleåldern utan störd kroppsuppfattning och utan viktfobi."),
  ]),
  n1("NL102"), n1("NL101"),
  "'misstänks' following the diagnosis (ARFID) in visible text. (typo 'misstäns')")


C("akut-misstankt-drogutlost-psykos-dd-mani", "skane", "1999-06-06", "858",
  N("n1", "malmo_akut", "Akutanteckning", "Tobias Olsson", "läkare", "2024-04-20 23:50", 240, [
      ("Bedömning", "Misstänkt drogutlöst psykos efter amfetaminintag i helgen, DD maniskt skov. Ej suicidal."),
      ("Åtgärd", "Inläggning enligt HSL, samtycker."),
  ], setting="akut"),
  n1("NL102"), n1("NL101"),
  "Emergency psychiatry: 'Misstänkt … psykos, DD …' in visible text.")

C("bup-17-trolgen-recidiverande-depression-stavfel", "skane", "2007-05-27", "619",
  N("n1", "bup_hbg", "Läkaranteckning", "Oskar Lund", "läkare", "2024-09-10 10:30", 70, [
      ("Bedömning", "Trolgen recidiverande depression, nu medelsvår episod. Erbjuds KBT och start av fluoxetin 10 mg."),
  ]),
  n1("NL102"), n1("NL101"),
  "Typo 'Trolgen' (troligen) before a depression diagnosis, 17-year-old reads the note.")

C("affektiv-misstanke-om-hypomani", "vgr", "1986-02-11", "937",
  N("n1", "kungalv", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-03-07 15:20", 35, [
      ("Bedömning", "Pratar forcerat, har startat tre företag på en månad. Bild som inger misstanke om hypomani under pågående sertralinbehandling."),
  ]),
  n1("NL102"), n1("NL101"),
  "'inger misstanke om hypomani' is a hedged diagnosis in visible text.")

C("beroende-antisocial-personlighet-kan-misstankas", "skane", "1989-10-30", "246",
  N("n1", "hbg_ber", "Psykologanteckning", "Mohammed Ali", "psykolog", "2024-11-05 14:00", 45, [
      ("Bedömning", "Utifrån livshistorien med tidig debut av normbrytande beteende kan antisocialt personlighetssyndrom misstänkas. Strukturerad intervju planeras."),
  ]),
  n1("NL102"), n1("NL101"),
  "'kan … misstänkas' for a personality disorder in visible addiction care text.")

C("np-ast-fragetecken-rigiditet", "vgr", "2000-01-04", "583",
  N("n1", "nal_np", "Läkaranteckning", "Sanna Virtanen", "läkare", "2024-02-15 09:15", 30, [
      ("Bedömning", "AST? Svårigheter med ömsesidighet i samtal, rigiditet kring rutiner och stark sensorisk känslighet för ljud."),
  ]),
  n1("NL102"), n1("NL101"),
  "Abbreviation 'AST?' (autismspektrumtillstånd) with a question mark.")

C("bup-11-oklart-om-adhd-eller-reaktion", "skane", "2012-07-23", "316",
  N("n1", "bup_malmo", "Läkaranteckning", "Anna-Karin Frid", "läkare", "2024-02-01 10:45", 90, [
      ("Bedömning", "Oklart om ADHD eller reaktion på föräldrarnas separation i höstas. Oron i klassrummet har funnits även tidigare enligt lärare."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Oklart om ADHD' is an uncertain diagnosis; child under 13, guardians read.")

C("beroende-preliminar-diagnos-alkoholbrukssyndrom", "vgr", "1977-04-03", "421",
  N("n1", "su_ber", "Läkaranteckning", "Viktor Nyström", "läkare", "2024-06-18 13:30", 60, [
      ("Diagnos", "Preliminär diagnos: alkoholbrukssyndrom, måttligt. Fastställs efter komplettering med PEth och anhöriguppgifter."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Preliminär diagnos' that is still to be settled is a hedged diagnosis.")


C("atstorning-atypisk-anorexi-trol-telegrafiskt", "vgr", "2001-05-21", "266",
  N("n1", "su_ata", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-11-12 08:30", 40, [
      ("Bedömning", "Atypisk anorexi trol. Viktnedgång 14 kg på 6 mån, BMI 19,8."),
  ]),
  n1("NL102"), n1("NL101"),
  "Post-positioned 'trol.' after the diagnosis, telegraphic style.")

C("beroende-ghb-beroende-kan-ej-uteslutas", "skane", "1995-03-17", "903",
  N("n1", "hbg_ber", "Läkaranteckning", "Nils Petersson", "läkare", "2024-05-02 09:50", 35, [
      ("Bedömning", "Använder GHB helger sedan ett år, senast i lördags. GHB-beroende kan ej uteslutas; abstinensrisk beaktas vid nedtrappning."),
  ]),
  n1("NL102"), n1("NL101"),
  "'kan ej uteslutas' after a substance dependence in visible text.")

C("bup-10-psykolog-misstanke-if-lindrig", "skane", "2014-06-02", "730",
  N("n1", "bup_np", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-08-27 14:10", 80, [
      ("Testresultat", "WISC-V: helskale-IK 66, jämn profil. Adaptiv funktion enligt ABAS-3 ej bedömd än."),
      ("Bedömning", "Resultaten ger stöd för misstanke om intellektuell funktionsnedsättning av lindrig grad, men bedömning av adaptiv förmåga måste göras innan diagnos kan ställas."),
  ]),
  n1("NL102"), n1("NL101"),
  "Child (10): 'misstanke om intellektuell funktionsnedsättning' named after testing.")

C("heldygn-skotare-misstankt-atstorning-omvardnad", "skane", "1998-12-28", "441",
  N("n1", "lund_avd64", "Omvårdnadsanteckning", "Robert Kowalski", "skötare", "2024-09-14 21:30", 15, [
      ("Omvårdnad", "Pat har lämnat nästan all mat orörd i tre dagar och går i korridoren efter måltid. Misstänkt ätstörning, rapporterat till ansvarig läkare."),
  ], setting="psykiatrisk heldygnsvård"),
  n1("NL102"), n1("NL101"),
  "A ward assistant's 'Misstänkt ätstörning' is still a hedged diagnosis in a visible note.")

C("allmpsyk-ptsd-fragestallning-utkast", "skane", "1987-03-03", "852",
  N("n1", "ystad_psyk", "Läkaranteckning", "Anders Ek", "läkare", "2024-12-03 13:00", None, [
      ("Bedömning", "Frågeställning PTSD efter trafikolyckan i maj, återupplevanden och undvikande av bilkörning. PCL-5 planeras."),
  ]),
  n1("NL102"), n1("NL101"),
  "Unsigned draft (pre-signing): 'Frågeställning PTSD' in visible text.")

C("vuxenpsyk-sannolikt-gad-mot-paniksyndrom-utkast", "vgr", "1981-09-09", "618",
  N("n1", "nu_psyk", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-04-25 10:40", None, [
      ("Bedömning", "Sannolikt generaliserat ångestsyndrom; paniksyndrom är en differentialdiagnos att ta ställning till vid nästa besök."),
  ]),
  n1("NL102"), n1("NL101"),
  "Unsigned draft in VGR with 'Sannolikt' and 'differentialdiagnos'.")

C("bup-16-ssk-trolig-adhd-i-planering", "skane", "2007-12-14", "357",
  N("n1", "bup_lund", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-11-20 11:00", 20, [
      ("Aktuellt", "Telefonkontakt med pat. Mår bättre sedan hon bytt klass, sover 7–8 timmar."),
      ("Planering", "Läkarbesök 12/12 för att gå igenom resultatet av skattningarna kring trolig ADHD."),
  ]),
  n1("NL102"), n1("NL101"),
  "The hedge sits in the Planering section, not in Bedömning: still visible, still NL102.")

# ====================================================================================
# B. Near misses for NL102 in visible Melior text
# ====================================================================================

# --- negated
C("psykos-inga-tecken-pa-psykos", "skane", "1990-02-17", "264",
  N("n1", "hbg_psykos", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-05-21 14:20", 40, [
      ("Psykiskt status", "Lugn, god kontakt, formellt tankeflöde. Inga tecken på pyskos vid dagens samtal."),
      ("Bedömning", "Stabil på aripiprazol. Fortsatt kontakt med case manager."),
  ]),
  [], n1("NL102", "NL101"),
  "Negated: 'Inga tecken på psykos' never fires NL102. (typo 'pyskos')")

C("affektiv-ingen-misstanke-om-bipolaritet", "vgr", "1982-08-26", "517",
  N("n1", "su_aff", "Läkaranteckning", "Robert Kowalski", "läkare", "2024-02-08 09:00", 30, [
      ("Bedömning", "Inge misstanke om bipolaritet; MDQ negativ och anhörig beskriver inga hypomana perioder. Fortsatt behandling av depressionen med escitalopram."),
  ]),
  [], n1("NL102", "NL101"),
  "Negated: 'Ingen misstanke om bipolaritet'. (typo 'Inge' in the negation cue)")

C("np-adhd-bedoms-inte-foreligga", "skane", "1997-01-12", "380",
  N("n1", "malmo_np", "Psykologanteckning", "Sara Jovanovic", "psykolog", "2024-06-25 13:30", 60, [
      ("Sammanfattning", "Efter genomförd utredning med DIVA-5, testning och anhörigintervju bedöms ADHD inte föreligga. Koncentrationssvårigheterna förklaras bättre av långvarig sömnbrist."),
  ]),
  [], n1("NL102", "NL101"),
  "Negated after investigation: 'bedöms ADHD inte föreligga'.")

C("beroende-alkoholberoende-uteslutet-peth", "vgr", "1975-10-15", "298",
  N("n1", "skas_ber", "Läkaranteckning", "Lars Engström", "läkare", "2024-07-09 10:30", 25, [
      ("Bedömning", "Alkoholberoende uteslutet, PEth under 0,05 vid två tillfällen och inga abstinenssymtom. Avslutar kontakten."),
  ]),
  [], n1("NL102", "NL101"),
  "'uteslutet' negates the diagnosis.")

C("bup-7-autism-ej-aktuellt", "skane", "2016-11-22", "154",
  N("n1", "bup_krist", "Psykologanteckning", "Ida Holm", "psykolog", "2024-03-14 11:00", 45, [
      ("Bedömning", "Autism är inte aktuellt; Noah har god ömsesidig kontakt, delar uppmärksamhet och leker fantasilekar. Svårigheterna ses i första hand i samband med separationer."),
  ]),
  [], n1("NL102", "NL101"),
  "Child (7): autism explicitly not relevant, a negation.")

C("atstorning-ingen-misstnake-stavfel", "skane", "2005-04-09", "622",
  N("n1", "lund_ata", "Läkaranteckning", "Elin Mårtensson", "läkare", "2024-01-24 15:10", 30, [
      ("Bedömning", "Ingen misstnake om ätstörning. Viktnedgången förklaras av infektionen i december och vikten har återhämtat sig."),
  ]),
  [], n1("NL102", "NL101"),
  "Typo in the negation cue ('misstnake'): still a negated mention.")


C("allmpsyk-differentialdiagnoser-overvagda-och-avskrivna", "skane", "1993-07-07", "469",
  N("n1", "lund_allm", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-04-11 14:00", 50, [
      ("Bedömning", "Differentialdiagnoser som bipolär sjukdom och ADHD har övervägts och avskrivits. Diagnos: recidiverande depression, medelsvår episod (F33.1)."),
  ]),
  [], n1("NL102", "NL101"),
  "The word 'Differentialdiagnoser' appears, but both were dismissed: nothing is left uncertain.")

C("atstorning-ej-forenligt-med-anorexi", "vgr", "2002-10-27", "180",
  N("n1", "su_ata", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-10-01 10:00", 20, [
      ("Bedömning", "Ej förenligt med anorexia nervosa då vikten är stabil och kroppsuppfattningen adekvat. Remitteras tillbaka till vårdcentralen."),
  ]),
  [], n1("NL102", "NL101"),
  "'Ej förenligt med' negates the diagnosis.")

C("bup-17-psykos-kan-uteslutas", "skane", "2007-02-19", "505",
  N("n1", "bup_akut", "Läkaranteckning", "Tobias Olsson", "läkare", "2024-06-08 19:30", 60, [
      ("Bedömning", "Rösterna hörs endast vid insomning och pat vet att de kommer från henne själv. Psykos kan uteslutas. Stress inför studenten."),
  ], setting="akut"),
  [], n1("NL102", "NL101"),
  "'kan uteslutas' (not 'kan ej uteslutas') negates psychosis.")

# --- family history and a parent's own diagnosis
C("bup-8-hereditet-pappa-adhd-farbror-trol-bipolar", "skane", "2015-09-04", "343",
  N("n1", "bup_lund", "Läkaranteckning", "Sofia Bergström", "läkare", "2024-02-22 13:00", None, [
      ("Hereditet", "Pappa har ADHD, diagnostiserad som vuxen. Farbror trol. bipolär sjukdom, aldrig utredd."),
      ("Bedömning", "Fortsatt utredning enligt plan med skolobservation i mars."),
  ]),
  [], n1("NL102", "NL101"),
  "Hedge inside family history (uncle): not the patient's diagnosis. Unsigned draft.")

C("psykos-hereditet-mor-schizofreni-morfar-misstankt", "vgr", "1996-06-13", "128",
  N("n1", "su_psykos", "Läkaranteckning", "Mikael Andersson", "läkare", "2024-03-28 10:15", 30, [
      ("Hereditet", "Mor med schizofreni, vårdad inneliggande flera gånger. Morfar misstänktes ha alkoholberoende men sökte aldrig vård."),
      ("Bedömning", "Pat själv utan psykotiska symtom, kommer för stödsamtal kring moderns sjukdom."),
  ]),
  [], n1("NL102", "NL101"),
  "Hedged diagnosis of a grandfather in Hereditet: family history, no NL102.")

C("bup-11-mamma-fick-autism-forra-aret", "skane", "2013-04-15", "597",
  N("n1", "bup_hbg", "Kuratorsanteckning", "Linnea Ström", "kurator", "2024-09-03 15:30", 40, [
      ("Samtal", "Mamma berättar att hon själv fick diagnosen autism förra året och att det gjort familjen mer uppmärksam på varandras behov av förutsägbarhet."),
      ("Planering", "Fortsatta föräldrasamtal varannan vecka."),
  ]),
  [], n1("NL102", "NL101"),
  "A parent's own confirmed diagnosis in the child's note.")

C("atstorning-syster-utreds-pa-bup", "vgr", "1999-11-30", "846",
  N("n1", "su_ata", "Kuratorsanteckning", "Jenny Åberg", "kurator", "2024-05-15 13:00", 25, [
      ("Social situation", "Bor med sambo. Lillasyster utreds för ätstörning på BUP, vilket pat oroar sig mycket för."),
      ("Bedömning", "Pat i fortsatt god remission från sin bulimi, inga kompensatoriska beteenden sedan i höstas."),
  ]),
  [], n1("NL102", "NL101"),
  "A sibling under investigation for an eating disorder is not the patient's hypothesis.")


C("bup-7-mamma-misstanker-egen-adhd", "skane", "2017-08-19", "258",
  N("n1", "bup_malmo", "Läkaranteckning", "Ahmed Al-Rashid", "läkare", "2024-10-15 09:00", 30, [
      ("Anamnes", "Mamma misstänker att hon själv har ADHD och har sökt på sin vårdcentral för bedömning. Pappa beskriver sig som strukturerad."),
      ("Bedömning", "Leo har normal aktivitetsnivå för åldern enligt förskolan; sömnproblemen står i fokus."),
  ]),
  [], n1("NL102", "NL101"),
  "Mother's suspected ADHD about herself, written in the child's note.")

C("beroende-far-dog-av-trolig-overdos", "vgr", "1991-03-20", "754",
  N("n1", "su_ber", "Kuratorsanteckning", "Per Gunnarsson", "kurator", "2024-09-24 11:15", 20, [
      ("Social bakgrund", "Fadern dog av en trolig överdos när pat var tolv år. Uppvuxen med mor och halvbror."),
      ("Bedömning", "Opioidberoende i LARO, stabil i behandlingen sedan ett år."),
  ]),
  [], n1("NL102", "NL101"),
  "Hedge about the father's death cause, not a diagnosis of the patient.")

# --- earlier or confirmed diagnoses
C("affektiv-kand-bipolar-i-stabil-litium", "skane", "1970-05-05", "307",
  N("n1", "malmo_aff", "Läkaranteckning", "Henrik Malm", "läkare", "2024-03-12 08:40", None, [
      ("Aktuellt", "Känd bipolär sjukdom typ I sedan 2016, stabil på litium. Litiumkoncentration 0,7 mmol/l."),
      ("Planering", "Årskontroll med kreatinin och TSH i september."),
  ]),
  [], n1("NL102", "NL101"),
  "A known, confirmed diagnosis is not hedged. Unsigned draft.")

C("np-adhd-diagnostiserad-2012-aterinsattning", "vgr", "1996-04-28", "831",
  N("n1", "su_np", "Läkaranteckning", "Sanna Virtanen", "läkare", "2024-01-10 13:10", 40, [
      ("Anamnes", "ADHD diagnostiserad på BUP 2012, medicinerade med metylfenidat till 19 års ålder. Söker nu för återinsättning inför universitetsstudier."),
  ]),
  [], n1("NL102", "NL101"),
  "Diagnosis confirmed earlier at BUP: past history, not a hypothesis.")

C("atstorning-tidigare-anorexi-friskforklarad", "skane", "1998-06-24", "450",
  N("n1", "lund_ata", "Psykologanteckning", "Johanna Sjöberg", "psykolog", "2024-07-16 10:00", 35, [
      ("Anamnes", "Tidigare anorexia nervosa i tonåren, behandlad på BUP och friskförklarad 2019. Söker nu för ångest kring graviditet."),
  ]),
  [], n1("NL102", "NL101"),
  "Past, treated eating disorder: no hedge.")

C("psykos-diagnos-paranoid-schizofreni-faststalld", "vgr", "1985-09-01", "611",
  N("n1", "su_psykos", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-04-30 14:00", 45, [
      ("Diagnos", "Schizofreni, paranoid form (F20.0), fastställd 2018."),
      ("Läkemedel", "Paliperidon depå 150 mg var fjärde vecka."),
  ]),
  [], n1("NL102", "NL101"),
  "A settled diagnosis with ICD code in the Diagnos section.")

C("beroende-laro-opioidberoende-sedan-2020", "skane", "1984-02-14", "976",
  N("n1", "malmo_ber", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-05-23 09:30", 15, [
      ("Aktuellt", "Opioidberoende i LARO sedan 2020, buprenorfin 16 mg. Övervakat intag, lugnt besök, U-prov utan anmärkning."),
  ]),
  [], n1("NL102", "NL101"),
  "An established dependence in substitution treatment, stated without hedge.")

C("bup-9-autism-stalld-2021-nu-somn", "skane", "2014-12-09", "415",
  N("n1", "bup_lund", "Läkaranteckning", "Cecilia Roos", "läkare", "2024-02-05 14:30", 60, [
      ("Kontaktorsak", "Autismdiagnos ställd på BUP Lund 2021. Nu ny kontakt pga insomningssvårigheter sedan sommaren."),
      ("Planering", "Sömndagbok två veckor, därefter ställningstagande till melatonin."),
  ]),
  [], n1("NL102", "NL101"),
  "Child (9) with an earlier confirmed autism diagnosis; the new contact is about sleep.")

C("np-utredning-avslutad-autism-aterkopplat", "vgr", "1994-10-10", "287",
  N("n1", "nal_np", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-11-26 10:00", 50, [
      ("Sammanfattning", "Utredningen avslutad: kriterierna för autism uppfylls. Diagnos: autism (F84.0)."),
      ("Återgivning", "Resultatet återgavs för pat och hennes sambo vid dagens besök. Skriftligt utlåtande skickas hem."),
  ]),
  [], n1("NL102", "NL101"),
  "Investigation finished, confirmed diagnosis, and the patient was told.")

C("affektiv-skov-trol-utlost-av-somnbrist", "vgr", "1980-07-17", "364",
  N("n1", "su_aff", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-06-20 16:00", 30, [
      ("Bedömning", "Känd bipolär sjukdom typ I. Aktuellt maniskt skov, troligen utlöst av sömnbrist under nattarbete."),
  ]),
  [], n1("NL102", "NL101"),
  "The hedge is about the trigger; the diagnosis and the episode are established.")

# --- screening and rating results that are not diagnoses
C("np-asrs-del-a-screening", "skane", "1989-03-08", "639",
  N("n1", "malmo_np", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-03-05 10:00", 20, [
      ("Skattningar", "ASRS del A: 5 av 6 i skuggat fält. Skattningen är ett screeninginstrument och används som underlag för fortsatt bedömning hos läkare."),
  ]),
  [], n1("NL102", "NL101"),
  "A positive screening score without a named diagnosis is not a hedged diagnosis.")


C("atstorning-ede-q-global", "skane", "2003-08-03", "870",
  N("n1", "lund_ata", "Psykologanteckning", "Johanna Sjöberg", "psykolog", "2024-09-18 11:20", 25, [
      ("Skattningar", "EDE-Q global skala 3,9, högst på delskalan vikt- och figurbekymmer. CIA 31."),
  ]),
  [], n1("NL102", "NL101"),
  "Eating disorder questionnaire scores without any diagnosis named.")

C("bup-17-phqa-madrs-s", "skane", "2007-03-25", "534",
  N("n1", "bup_krist", "Omvårdnadsanteckning", "Hanna Wallin", "sjuksköterska", "2024-05-06 14:00", 20, [
      ("Skattningar", "PHQ-A 17 p, MADRS-S 26 p. Fråga 9 besvarad med 0. Resultatet gås igenom med läkare på torsdag."),
  ]),
  [], n1("NL102", "NL101"),
  "Rating scale results for a 17-year-old, no diagnosis named.")


C("bup-10-snap-iv-lararskattning", "skane", "2014-01-13", "626",
  N("n1", "bup_np", "Omvårdnadsanteckning", "Ida Holm", "sjuksköterska", "2024-04-09 10:30", 15, [
      ("Skattningar", "SNAP-IV: förhöjt på uppmärksamhetsdelen enligt lärare, inom normalvariation enligt föräldrarna. Underlaget skickas till psykolog."),
  ]),
  [], n1("NL102", "NL101"),
  "Child (10): a teacher rating above the cut-off is a result, not a diagnosis.")

C("np-raads-14-over-gransvarde", "vgr", "1992-05-31", "705",
  N("n1", "nal_np", "Omvårdnadsanteckning", "Jenny Åberg", "sjuksköterska", "2024-07-02 13:15", 15, [
      ("Skattningar", "RAADS-14: 20 p (över gränsvärdet 14). Pat informerad om att skattningen ensam inte säger något om diagnos."),
  ]),
  [], n1("NL102", "NL101"),
  "A screening score over its threshold, explicitly not a diagnosis.")

C("beroende-utox-thc-bensodiazepiner", "skane", "1997-09-25", "488",
  N("n1", "hbg_ber", "Omvårdnadsanteckning", "Oskar Lund", "sjuksköterska", "2024-08-13 08:15", 10, [
      ("Provsvar", "U-tox positivt för THC och bensodiazepiner. Pat bekräftar intag av oxazepam i fredags."),
  ]),
  [], n1("NL102", "NL101"),
  "A positive urine drug screen is a lab result, not a diagnosis.")

C("affektiv-mdq-positiv-utan-diagnos", "vgr", "1990-11-11", "249",
  N("n1", "sas_psyk", "Omvårdnadsanteckning", "Per Gunnarsson", "sjuksköterska", "2024-12-02 10:00", 20, [
      ("Skattningar", "MDQ 8 av 13 ja-svar, samtidighet ja, funktionspåverkan måttlig. Läkare tar ställning vid besöket i januari."),
  ]),
  [], n1("NL102", "NL101"),
  "A mood questionnaire result without a diagnosis named.")

# --- investigation planned without naming a suspicion
C("np-remiss-neuropsykiatrisk-utredning-vantetid", "skane", "2000-04-04", "113",
  N("n1", "lund_allm", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-01-16 15:30", 25, [
      ("Planering", "Remiss skickad för neuropsykiatrisk utredning. Väntetiden är cirka sex månader, pat informerad."),
  ]),
  [], n1("NL102", "NL101"),
  "An investigation is planned but no suspected diagnosis is named.")

C("bup-8-wisc-och-skolobservation-bokas", "skane", "2015-10-28", "276",
  N("n1", "bup_krist", "Läkaranteckning", "Cecilia Roos", "läkare", "2024-03-27 10:00", 35, [
      ("Planering", "Psykologbedömning med WISC-V och observation i skolmiljö bokas till april. Föräldrarna fyller i skattningsformulär hemma."),
  ]),
  [], n1("NL102", "NL101"),
  "Child (8): testing booked, no suspicion named.")

C("personlighet-scid-5-cv-paborjas", "vgr", "1995-07-12", "590",
  N("n1", "su_ps", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-10-17 14:30", 20, [
      ("Planering", "Strukturerad diagnostisk intervju enligt SCID-5-CV påbörjas vid nästa besök, därefter gemensam sammanfattning."),
  ]),
  [], n1("NL102", "NL101"),
  "A structured interview is planned; no diagnosis is suspected in the text.")

C("bup-17-fordjupad-bedomning-koncentration", "skane", "2006-11-02", "432",
  N("n1", "bup_lund", "Psykologanteckning", "Ida Holm", "psykolog", "2024-02-28 13:00", 30, [
      ("Planering", "Vi har kommit överens om en fördjupad bedömning av koncentration och sociala svårigheter under våren. Pat vill att mamma deltar i anamnesen."),
  ]),
  [], n1("NL102", "NL101"),
  "A planned assessment of difficulties, no diagnosis word.")

C("atstorning-somatisk-utredning-forst", "vgr", "2001-01-19", "677",
  N("n1", "su_ata", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-08-29 10:10", 40, [
      ("Planering", "Somatisk utredning med blodprover, EKG och bentäthetsmätning planeras innan vidare bedömning."),
  ]),
  [], n1("NL102", "NL101"),
  "A planned somatic work-up, no hedged diagnosis.")

# --- hedges about the plan or about other things
C("np-ev-byte-till-lisdexamfetamin", "skane", "1993-12-21", "744",
  N("n1", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-05-16 11:00", 20, [
      ("Bedömning", "Känd ADHD. Effekten av metylfenidat avtar redan vid 14-tiden."),
      ("Planering", "Ev. byte till lisdexamfetamin vid nästa besök om effektduration inte förbättras."),
  ]),
  [], n1("NL102", "NL101"),
  "'Ev.' modifies a medication change; the diagnosis is known.")


C("bup-11-trol-aterbesok-augusti", "skane", "2013-03-03", "620",
  N("n1", "bup_hbg", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-06-13 09:00", 10, [
      ("Planering", "Trol. återbesök i augusti, kallelse skickas hem till båda vårdnadshavarna."),
  ]),
  [], n1("NL102", "NL101"),
  "'Trol.' about a follow-up date.")

C("personlighet-eventuellt-dbt-i-host", "vgr", "1999-09-29", "163",
  N("n1", "su_ps", "Kuratorsanteckning", "Per Gunnarsson", "kurator", "2024-04-04 10:45", 20, [
      ("Planering", "Eventuellt blir det aktuellt med färdighetsträning i grupp senare i höst; pat vill först avsluta sin praktik."),
  ]),
  [], n1("NL102", "NL101"),
  "'Eventuellt' about group treatment in the plan.")

C("affektiv-sannolikt-hoja-litium", "skane", "1977-10-08", "299",
  N("n1", "malmo_aff", "Läkaranteckning", "Henrik Malm", "läkare", "2024-11-07 13:50", 35, [
      ("Bedömning", "Bipolär sjukdom typ I med lätta depressiva symtom. Litiumkoncentration 0,5 mmol/l. Sannolikt behöver vi höja dosen till 1 200 mg."),
  ]),
  [], n1("NL102", "NL101"),
  "'Sannolikt' about a dose increase in a patient with a known diagnosis.")

C("heldygn-pat-troligen-trott-vid-samtalet", "skane", "1988-01-06", "508",
  N("n1", "lund_avd64", "Omvårdnadsanteckning", "Robert Kowalski", "sjuksköterska", "2024-10-29 22:00", 20, [
      ("Omvårdnad", "Pat troligen trött efter permissionen, svår att nå i samtal i kväll. Åt kvällsmat och gick och lade sig tidigt."),
  ], setting="psykiatrisk heldygnsvård"),
  [], n1("NL102", "NL101"),
  "'troligen' about tiredness, not a diagnosis.")


C("bup-17-skolan-mojligen-inte-fatt-info", "skane", "2006-12-30", "381",
  N("n1", "bup_malmo", "Kuratorsanteckning", "Linnea Ström", "kurator", "2024-10-03 11:30", 25, [
      ("Samtal", "Möjligen har skolan inte fått det intyg vi skickade i september, pat har inte fått anpassningar på proven."),
      ("Åtgärd", "Ringer mentor i morgon."),
  ]),
  [], n1("NL102", "NL101"),
  "'Möjligen' about a missing school certificate.")

C("beroende-misstankt-felaktig-dosering-apotek", "vgr", "1966-03-15", "479",
  N("n1", "su_ber", "Omvårdnadsanteckning", "Ulrika Dahl", "sjuksköterska", "2024-07-23 14:20", 20, [
      ("Aktuellt", "Misstänkt felaktig expediering från apoteket, pat har fått 8 mg-tabletter i stället för 2 mg. Apoteket kontaktat."),
  ]),
  [], n1("NL102", "NL101"),
  "'Misstänkt' about a dispensing error.")

C("np-patienten-har-funderat-pa-adhd-avfardat", "skane", "1986-06-30", "724",
  N("n1", "lund_allm", "Läkaranteckning", "Johanna Sjöberg", "läkare", "2024-03-22 10:20", 30, [
      ("Aktuellt", "Pat har själv funderat på ADHD efter en dokumentär på tv."),
      ("Bedömning", "Koncentrationssvårigheterna debuterade med depressionen i vintras; ingen misstanke om ADHD. Fortsatt sertralin."),
  ]),
  [], n1("NL102", "NL101"),
  "The patient's own idea, then the clinician negates it: no open hypothesis.")

C("akut-fragetecken-om-korkort-och-arbete", "vgr", "1983-02-02", "605",
  N("n1", "ostra_akut", "Akutanteckning", "Anders Ek", "läkare", "2024-09-28 03:10", 120, [
      ("Bedömning", "Känd schizofreni, nu försämrad efter utsatt medicin. Återinsätter olanzapin."),
      ("Att följa upp", "Körkort? Arbete? Tas upp med öppenvården."),
  ], setting="akut"),
  [], n1("NL102", "NL101"),
  "Question marks after non-diagnostic follow-up items.")

# ====================================================================================
# C. PMO (Skåne primary care, youth clinics, school health): diagnoses never shown
# ====================================================================================

C("pmo-um-17-trolig-atstorning-remiss-bup", "skane", "2006-08-18", "652",
  N("n1", "um_malmo", "Besöksanteckning", "Anna-Karin Frid", "barnmorska", "2024-02-12 16:00", 30, [
      ("Aktuellt", "Kom för preventivmedelsrådgivning. Mens uteblivit sedan fyra månader, har gått ner 7 kg."),
      ("Bedömning", "Trolig ätstörning. Remiss till BUP efter samtycke från pat."),
  ]),
  [], n1("NL102"),
  "PMO youth clinic: a hedged eating disorder is never shown, so no NL102.")

C("pmo-vc-misstankt-adhd-remiss-np", "skane", "1990-10-09", "366",
  N("n1", "vc_sorgenfri", "Besöksanteckning", "Erik Persson", "läkare", "2024-01-23 14:20", 45, [
      ("Bedömning", "Misstänt ADHD, ASRS talar för och svårigheterna har funnits sedan barndomen. Remiss till neuropsykiatriska mottagningen."),
  ]),
  [], n1("NL102"),
  "PMO primary care: 'Misstänkt ADHD' is not NL102. (typo 'Misstänt')")

C("pmo-um-19-sannolikt-depression-phq9", "skane", "2004-12-17", "217",
  N("n1", "um_lund", "Kuratorsanteckning", "Camilla Fors", "kurator", "2024-03-06 15:00", None, [
      ("Bedömning", "Sannolikt depression, PHQ-9 18 p. Ej suicidal. Läkartid bokad på ungdomsmottagningen."),
  ]),
  [], n1("NL102"),
  "PMO youth clinic counsellor: hedged depression is not shown. Unsigned draft.")

C("pmo-elevhalsa-17-mojlig-atstorning", "skane", "2007-04-26", "843",
  N("n1", "ehm_hbg", "Skolsköterskeanteckning", "Jenny Åberg", "skolsköterska", "2024-10-09 10:15", 15, [
      ("Hälsosamtal", "Viktnedgång 6 kg sedan i höstas, tränar varje dag före skolan. Möjlig ätstörning? Pat går med på kontakt med ungdomsmottagningen."),
  ]),
  [], n1("NL102"),
  "School health note in PMO: hedged eating disorder, no NL102.")

C("pmo-vc-alkoholberoende-kan-ej-uteslutas", "skane", "1962-07-02", "154",
  N("n1", "vc_eslov", "Besöksanteckning", "Nils Petersson", "läkare", "2024-04-15 11:30", 30, [
      ("Bedömning", "Förhöjt GT och PEth 0,9. Alkoholberoende kan ej uteslutas, pat tackar nej till remiss men accepterar återbesök."),
  ]),
  [], n1("NL102"),
  "PMO: 'kan ej uteslutas' is not visible as a diagnosis.")

C("pmo-um-18-susp-cannabisberoende", "skane", "2005-11-14", "590",
  N("n1", "um_krist", "Besöksanteckning", "Linnea Ström", "kurator", "2024-05-22 14:40", 25, [
      ("Bedömning", "Susp. cannabisberoende, röker dagligen och har slutat på sin fotbollsträning. Motiverande samtal, erbjuds kontakt med beroendemottagning."),
  ]),
  [], n1("NL102"),
  "PMO youth clinic: 'Susp.' abbreviation, still no NL102.")

C("pmo-elevhalsa-8-adhd-fragetecken-skollakare", "skane", "2016-05-10", "275",
  N("n1", "ehm_lund", "Skolläkaranteckning", "Erik Persson", "läkare", "2024-11-19 09:00", 60, [
      ("Bedömning", "ADHD? Skolan beskriver stora svårigheter att sitta still och avsluta uppgifter. Föräldrarna önskar remiss till BUP."),
  ]),
  [], n1("NL102"),
  "School doctor in PMO, child (8): 'ADHD?' is not shown to guardians as a diagnosis.")



C("pmo-vc-bipolar-misstanks-remiss-psykiatri", "skane", "1980-03-29", "636",
  N("n1", "vc_sorgenfri", "Besöksanteckning", "Fatima Hassan", "läkare", "2024-09-02 15:40", 35, [
      ("Bedömning", "Bipolär sjukdom misstänks, hypomana perioder beskrivs av sambon. Ingen SSRI insätts i väntan på psykiatrisk bedömning."),
  ]),
  [], n1("NL102"),
  "PMO: a suspected bipolar disorder, no NL102.")

C("pmo-um-18-trolig-social-fobi-ej-informerad-om-remiss", "skane", "2006-06-01", "708",
  N("n1", "um_lund", "Besöksanteckning", "Camilla Fors", "kurator", "2024-12-04 16:10", None, [
      ("Bedömning", "Trolig social fobi. Vågar inte äta i skolmatsalen eller prata i telefon."),
      ("Planering", "Remiss till BUP diskuteras med läkare innan pat informeras."),
  ]),
  [], n1("NL102"),
  "PMO draft with a hedged diagnosis; NL101 not asserted on PMO.")

C("pmo-elevhalsa-17-kurator-eventuell-adhd", "skane", "2007-01-09", "346",
  N("n1", "ehm_hbg", "Kuratorsanteckning", "Malin Axelsson", "kurator", "2024-04-18 13:00", 20, [
      ("Samtal", "Eleven beskriver att hon inte klarar att komma igång med uppgifter hemma. Eventuell ADHD diskuterades, eleven vill prata med skolläkaren."),
  ]),
  [], n1("NL102"),
  "School counsellor note in PMO: 'Eventuell ADHD' not shown as a diagnosis.")

# ====================================================================================
# D. What the patient or the guardians have or have not been told (NL101)
# ====================================================================================

C("np-adhd-faststalld-pat-ej-informerad-aterkoppling", "skane", "1994-02-25", "207",
  N("n1", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-05-08 16:30", None, [
      ("Diagnos", "ADHD, kombinerad form (F90.0)."),
      ("Planering", "Pat ännu ej informerad om utredningsresultatet, återkoppling sker vid besöket 14/5."),
  ]),
  n1("NL101"), n1("NL102"),
  "A settled diagnosis in a visible section while the patient has not been told. Unsigned draft.")

C("affektiv-misstankt-bipolar-ej-tagit-upp-med-pat", "vgr", "1987-01-07", "515",
  N("n1", "su_aff", "Läkaranteckning", "Robert Kowalski", "läkare", "2024-02-29 14:00", 40, [
      ("Bedömning", "Misstänkt bipolär sjukdom typ II. Detta har inte tagits upp med pat ännu då hon är mycket skör efter sjukskrivningen."),
  ]),
  n1("NL101", "NL102"), [],
  "Hedged diagnosis visible and explicitly not yet raised with the patient.")

C("heldygn-schizofreni-ska-inte-formedlas-fore-konferens", "skane", "1997-08-12", "136",
  N("n1", "lund_avd64", "Läkaranteckning", "Nils Petersson", "läkare", "2024-06-19 15:00", 60, [
      ("Bedömning", "Schizofreni bedöms föreligga efter sex månaders förlopp. Diagnosen ska inte förmedlas till pat förrän efter behandlingskonferensen på fredag."),
  ], setting="psykiatrisk heldygnsvård"),
  n1("NL101"), n1("NL102"),
  "'ska inte förmedlas till pat förrän …' with the diagnosis in visible text.")

C("bup-10-autism-foraldrar-ej-fatt-aterkoppling", "skane", "2014-03-21", "449",
  N("n1", "bup_np", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-05-30 14:00", 45, [
      ("Sammanfattning", "Utredningen visar att kriterierna för autism är uppfyllda. Föräldrarna har ännu inte fått återkopling; återgivningssamtal den 3 juni."),
  ]),
  n1("NL101"), n1("NL102"),
  "Child (10): the guardians read the journal and have not been told the diagnosis. (typo 'återkopling')")

C("bup-17-ej-informerad-om-misstankt-anorexi", "skane", "2007-06-06", "318",
  N("n1", "bup_ata", "Läkaranteckning", "Elin Mårtensson", "läkare", "2024-09-25 12:30", 50, [
      ("Bedömning", "Misstänkt anorexia nervosa, BMI 16,8 och uttalad viktfobi. Pat har inte informerats om misstanken ännu, föräldrarna är informerade."),
  ]),
  n1("NL101", "NL102"), [],
  "17-year-old reads her own journal and has not been told; that the parents know does not help.")

C("beroende-alkoholberoende-pat-ej-informerad-an", "vgr", "1968-11-28", "853",
  N("n1", "skas_ber", "Läkaranteckning", "Lars Engström", "läkare", "2024-03-18 11:00", 30, [
      ("Diagnos", "Alkoholberoende (F10.2). Pat ej informerad om diagnosen än, tas upp vid nästa besök när provsvaren finns."),
  ]),
  n1("NL101"), n1("NL102"),
  "Diagnosis with ICD code and 'ej informerad om diagnosen än'.")

C("np-autism-aterkoppling-ej-skett", "vgr", "1998-05-19", "696",
  N("n1", "su_np", "Psykologanteckning", "Sara Jovanovic", "psykolog", "2024-10-30 13:30", 25, [
      ("Sammanfattning", "Kriterierna för autsim uppfylls. Återgivning har ännu inte skett och pat har inte fått ta del av resultatet."),
  ]),
  n1("NL101"), n1("NL102"),
  "Confirmed autism written before the feedback session: patient not told. (typo 'autsim')")

C("personlighet-eips-avvaktar-med-att-beratta", "skane", "1996-09-09", "521",
  N("n1", "malmo_dbt", "Läkaranteckning", "Fatima Hassan", "läkare", "2024-04-24 10:00", 35, [
      ("Bedömning", "Emotionellt instabilt personlighetssyndrom. Vi avvaktar med att berätta om diagnosen för pat tills hon är mer stabil efter utskrivningen."),
  ]),
  n1("NL101"), n1("NL102"),
  "The team deliberately withholds a diagnosis that is written in visible text.")

C("bup-8-foraldrar-ej-informerade-om-misstankt-if", "skane", "2016-07-25", "620",
  N("n1", "bup_krist", "Läkaranteckning", "Cecilia Roos", "läkare", "2024-11-14 15:00", 40, [
      ("Bedömning", "Misstanke om lindrig intellektuell funktionsnedsättning efter psykologens testning. Föräldrarna är ännu inte informerade om misstanken."),
  ]),
  n1("NL101", "NL102"), [],
  "Child (8): guardians, who read the journal, not told of a suspected diagnosis.")

C("atstorning-trol-bulimi-ej-diskuterat-med-pat", "vgr", "1995-12-03", "434",
  N("n1", "su_ata", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-06-11 09:30", 45, [
      ("Bedömning", "Trol. bulimia nervosa. Ej diskuterat med pat ännu, planerar att ta upp det nästa gång."),
  ]),
  n1("NL101", "NL102"), [],
  "Hedged diagnosis visible, not yet discussed with the patient.")

C("psykos-ej-infomerad-stavfel-paranoid-schizofreni", "skane", "1992-04-17", "373",
  N("n1", "hbg_psykos", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-08-08 13:45", 70, [
      ("Diagnos", "Paranoid schizofreni (F20.0)."),
      ("Information", "Pat ännu ej infomerad om diagnosen, anhörigsamtal först."),
  ]),
  n1("NL101"), n1("NL102"),
  "Typo 'infomerad' in the not-informed statement; diagnosis visible.")

C("heldygn-bor-inte-fa-veta-misstanke-schizofreni", "vgr", "2000-10-20", "269",
  N("n1", "skas_avd", "Läkaranteckning", "Viktor Nyström", "läkare", "2024-07-25 14:15", 30, [
      ("Bedömning", "Misstanke om schizofrini. Pat bör inte få veta om misstanken innan vi haft anhörigsamtalet med föräldrarna."),
  ], setting="psykiatrisk heldygnsvård"),
  n1("NL101", "NL102"), [],
  "'bör inte få veta' about a suspected diagnosis in a visible inpatient note. (typo 'schizofrini')")

C("minimaria-17-cannabisberoende-ej-fatt-besked", "skane", "2006-10-31", "452",
  N("n1", "minimaria", "Läkaranteckning", "Tobias Olsson", "läkare", "2024-02-07 14:30", 30, [
      ("Bedömning", "Cannabisberoende enligt ICD-10, fem av sex kriterier uppfyllda. Pat har inte fått besked om bedömningen ännu."),
  ]),
  n1("NL101"), n1("NL102"),
  "17-year-old reads her own note: a settled dependence she has not been told about.")

C("np-resultat-talar-for-adhd-ej-meddelat", "vgr", "1990-08-04", "181",
  N("n1", "nal_np", "Psykologanteckning", "Jenny Åberg", "psykolog", "2024-09-12 15:15", 20, [
      ("Sammanfattning", "Resultaten talar för ADHD, ouppmärksam form. Ännu ej meddelat pat, sammanfattas vid läkarbesöket."),
  ]),
  n1("NL101"), [],
  "Not yet told about the ADHD result; whether 'talar för' is a hedge is left open.")

# --- near misses
C("np-adhd-diagnos-meddelad-idag", "skane", "1991-07-29", "358",
  N("n1", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-05-14 10:00", 25, [
      ("Diagnos", "ADHD, kombinerad form (F90.0), utredningen avslutad i april."),
      ("Information", "Diagnosen medelad pat idag, fick skriftlig information och broschyr om vuxen-ADHD."),
  ]),
  [], n1("NL101", "NL102"),
  "The patient was told today: no NL101. (typo 'medelad')")

C("affektiv-inte-berattat-for-arbetsgivaren", "vgr", "1976-03-23", "546",
  N("n1", "su_aff", "Kuratorsanteckning", "Malin Axelsson", "kurator", "2024-08-22 11:00", 20, [
      ("Samtal", "Pat har inte berättat för sin arbetsgivare om sin bipolära sjukdom och är orolig för vad som händer vid en ny sjukskrivning."),
  ]),
  [], n1("NL101", "NL102"),
  "It is the employer, not the patient, who has not been told.")

C("bup-17-informerad-foraldrar-ej-an", "skane", "2006-04-08", "267",
  N("n1", "bup_hbg", "Läkaranteckning", "Oskar Lund", "läkare", "2024-03-11 13:30", 40, [
      ("Diagnos", "Autism (F84.0), utredningen avslutad."),
      ("Information", "Pat informerad om diagnosen idag. Han vill själv berätta för föräldrarna och de är därför inte informerade än."),
  ]),
  [], n1("NL101", "NL102"),
  "17-year-old was told; the parents (no journal access at 17) were not.")

C("bup-9-barnet-ej-fatt-veta-foraldrar-informerade", "skane", "2015-01-26", "491",
  N("n1", "bup_np", "Läkaranteckning", "Ahmed Al-Rashid", "läkare", "2024-06-05 10:30", 35, [
      ("Diagnos", "ADHD, kombinerad form."),
      ("Information", "Föräldrarna infomerade om diagnosen. De vill själva berätta för Omar och har fått material om hur man pratar med barn om ADHD."),
  ]),
  [], n1("NL101", "NL102"),
  "Child (9): the guardians who read the journal were told; the child is told later by them. (typo 'infomerade')")

C("psykos-saknar-sjukdomsinsikt-kand-schizofreni", "vgr", "1978-01-14", "337",
  N("n1", "su_psykos", "Läkaranteckning", "Mikael Andersson", "läkare", "2024-10-24 14:00", 40, [
      ("Bedömning", "Känd schizofreni. Pat saknar sjukdomsinsikt och menar att han inte är sjuk, men tar depåinjektionen regelbundet."),
  ]),
  [], n1("NL101", "NL102"),
  "Lack of insight is not 'not told'.")

C("beroende-fornekar-alkoholberoende-meddelat-tidigare", "skane", "1971-05-30", "745",
  N("n1", "malmo_ber", "Omvårdnadsanteckning", "Eva Lundgren", "sjuksköterska", "2024-07-30 09:40", 30, [
      ("Bedömning", "Pat förnekar alkoholberoende trots PEth 2,1. Diagnosen alkoholberoende meddelades vid förra besöket och diskuterades igen idag."),
  ]),
  [], n1("NL101", "NL102"),
  "Denial by the patient; the diagnosis was communicated earlier.")

C("affektiv-ej-informerad-om-provsvar-kand-bipolar", "vgr", "1983-06-27", "562",
  N("n1", "sas_psyk", "Omvårdnadsanteckning", "Ulrika Dahl", "sjuksköterska", "2024-11-21 13:00", 15, [
      ("Aktuellt", "Känd bipolär sjukdom typ I sedan 2011. TSH och litiumkoncentration tagna i morse, pat ej informerad om provsvaren ännu."),
  ]),
  [], n1("NL101", "NL102"),
  "'ej informerad' is about lab results, not the (known) diagnosis.")

C("psykos-mamma-ej-informerad-pat-vill-beratta", "skane", "1999-12-11", "183",
  N("n1", "hbg_psykos", "Kuratorsanteckning", "Linnea Ström", "kurator", "2024-04-16 10:00", 20, [
      ("Samtal", "Pat vet om sin diagnos schizofreni sedan i vintras. Mamma är ännu inte informerad; pat vill själv berätta när hon kommer hem från Spanien."),
  ]),
  [], n1("NL101", "NL102"),
  "A relative (the adult patient's mother) not informed while the patient knows.")

C("vuxenpsyk-partnern-ska-inte-veta-om-utredningen", "vgr", "1988-09-22", "416",
  N("n1", "nu_psyk", "Kuratorsanteckning", "Jenny Åberg", "kurator", "2024-02-14 15:30", 20, [
      ("Samtal", "Pat vill inte att partnern får veta om utredningen och önskar att kallelser skickas till arbetsadressen."),
  ]),
  [], n1("NL101", "NL102"),
  "Patient's wish that the partner not know; no diagnosis at all.")

C("allmpsyk-ej-informerad-om-avslagen-remiss", "skane", "1985-04-19", "620",
  N("n1", "ystad_psyk", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-09-06 14:00", None, [
      ("Administrativt", "Remissen till traumamottagningen avslogs, pat ännu inte informerad. Ringer pat på måndag."),
  ]),
  [], n1("NL101", "NL102"),
  "Not-informed statement with no diagnosis in the note (draft).")

C("np-informerad-om-misstanke-om-adhd", "vgr", "1997-06-15", "259",
  N("n1", "su_np", "Psykologanteckning", "Sara Jovanovic", "psykolog", "2024-04-09 11:00", None, [
      ("Bedömning", "Misstanke om ADHD, ouppmärksam form. Patienten har fått information om misstanken och om hur utredningen går till."),
  ]),
  n1("NL102"), n1("NL101"),
  "Told about the suspicion: NL102 still (hedged and visible), but no NL101. Unsigned draft.")

C("bup-11-mamma-har-inte-berattat-om-egen-bipolar", "skane", "2013-02-13", "504",
  N("n1", "bup_lund", "Kuratorsanteckning", "Camilla Fors", "kurator", "2024-08-28 13:00", 30, [
      ("Samtal", "Mamma berättar att hon har bipolär sjukdom sedan många år men inte har berättat det för barnen. Hon vill ha stöd i hur hon ska prata med dem."),
  ]),
  [], n1("NL101", "NL102"),
  "A parent's own diagnosis that the children have not been told.")

C("bup-17-vill-inte-att-skolan-informeras", "skane", "2007-08-27", "633",
  N("n1", "bup_malmo", "Läkaranteckning", "Lovisa Granath", "sjuksköterska", "2024-11-28 10:15", 25, [
      ("Aktuellt", "ADHD fastställd i oktober, pat väl informerad. Önskar inte att skolan informeras om ADHD-diagnosen i nuläget."),
  ]),
  [], n1("NL101", "NL102"),
  "The school is not to be told; the patient knows.")

C("affektiv-informerad-vid-tidigare-besok", "vgr", "1981-10-06", "178",
  N("n1", "kungalv", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-03-26 13:00", 30, [
      ("Diagnos", "Bipolär sjukdom typ II (F31.8). Pat informerad om diagnosen vid besöket 2024-01-15."),
      ("Planering", "Lamotrigin upptrappning enligt schema."),
  ]),
  [], n1("NL101", "NL102"),
  "A diagnosis told at an earlier visit.")

# ====================================================================================
# E. Tidiga hypoteser: protected hypotheses (Skåne template, VGR sökord) and NL104
# ====================================================================================

C("th-skane-misstankt-bipolar-ii-ej-tagit-upp", "skane", "1984-07-09", "384",
  N("n1", "malmo_aff", "Tidiga hypoteser", "Henrik Malm", "läkare", "2024-03-15 16:00", 20, [
      ("Hypotes", "Misstänkt bipolär sjukdom typ II utifrån makens beskrivning av perioder med nedsatt sömnbehov. Ännu ej tagit upp med pat då hon är i en djup depressiv fas."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "Skåne Tidiga hypoteser template: a real, uncommunicated hypothesis is protected and correctly placed.")

C("th-vgr-sokord-trol-alkoholberoende-enl-dotter", "vgr", "1958-02-22", "617",
  N("n1", "su_ber", "Läkaranteckning", "Viktor Nyström", "läkare", "2024-05-06 10:30", 35, [
      ("Aktuellt", "Remitterad från medicinkliniken efter leverpåverkan. Pat uppger att hon dricker ett glas vin till maten."),
      ("Tidiga hypoteser", "Trol. alkoholberoende enligt uppgifter från dottern, pat förnekar. Tas upp när behandlingsallians etablerats."),
      ("Planering", "PEth och leverprover om fyra veckor."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "VGR sökord Tidiga hypoteser holds the hedged diagnosis; the visible sections have none.")

C("th-skane-bup-9-hypotes-autism-foraldrar-ej-informerade", "skane", "2014-09-15", "231",
  N("n1", "bup_lund", "Tidiga hypoteser", "Sofia Bergström", "läkare", "2024-04-17 15:20", 25, [
      ("Hypotes", "Hypotes om autism hos Wilma utifrån observation i väntrummet och skolans rapport. Föräldrarna ej informerade ännu; bedöms för tidigt innan skolobservationen."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "Child (9): guardians not told, but the hypothesis is in the protected template.")

C("th-vgr-psykos-kan-ej-uteslutas-hot-fran-bror", "vgr", "1993-05-26", "826",
  N("n1", "su_psykos", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-06-27 13:30", 40, [
      ("Psykiskt status", "Lugn, samarbetar, viss misstänksamhet mot personalen men inga uttalade vanföreställningar."),
      ("Tidiga hypoteser", "Paranoid psykos kan ej uteslutas. Brodern har berättat att pat hotat grannar; uppgiften ska inte föras vidare till pat."),
  ]),
  [], n1("NL102", "NL104"),
  "Hypothesis under the VGR Tidiga hypoteser sökord; status section contains only findings.")

C("th-skane-np-adhd-hypotes-sambo-uppgifter", "skane", "1989-11-01", "447",
  N("n1", "malmo_np", "Tidiga hypoteser", "Jonas Håkansson", "läkare", "2024-10-10 11:45", None, [
      ("Hypotes", "ADHD är en möjlig förklaring men bygger hittills enbart på sambons uppgifter. Pat har inte själv beskrivit svårigheter och hypotesen är inte kommunicerad."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "A genuine uncommunicated hypothesis in Skåne's protected template. Unsigned draft.")

C("th-vgr-atstorning-misstanke-enl-syster", "vgr", "1997-12-19", "734",
  N("n1", "su_ata", "Läkaranteckning", "Karin Lindqvist", "läkare", "2024-09-09 14:00", 25, [
      ("Aktuellt", "Söker för magsmärtor och trötthet. Vikt 51 kg, längd 170 cm."),
      ("Tidiga hypoteser", "Misstanke om bulimia nervosa enligt systerns uppgifter om kräkningar efter måltider; pat har inte tagit upp detta själv."),
      ("Planering", "Elektrolyter och återbesök om två veckor."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "VGR: third-party-based eating disorder suspicion correctly under Tidiga hypoteser.")

# --- NL104 must: no hypothesis, or a settled diagnosis already told
C("th-skane-bara-administrativt-sambon-ska-inte-veta", "skane", "1990-06-20", "524",
  N("n1", "lund_allm", "Tidiga hypoteser", "Karin Lindqvist", "läkare", "2024-02-09 10:10", 15, [
      ("Anteckning", "Pat önskar att sambon inte ska få veta om besöken här. Kallelser skickas endast via 1177."),
  ]),
  n1("NL104"), n1("NL102"),
  "Skåne Tidiga hypoteser entry with no diagnostic hypothesis at all.")

C("th-skane-adhd-faststalld-och-aterkopplad", "skane", "1995-04-12", "611",
  N("n1", "malmo_np", "Tidiga hypoteser", "Sara Jovanovic", "psykolog", "2024-03-08 14:30", None, [
      ("Hypotes", "ADHD, kombinerad form, fastställd efter avslutad utredning. Diagnosen återgiven för pat vid besök 2024-03-05."),
  ]),
  n1("NL104"), n1("NL102"),
  "A settled diagnosis already told to the patient does not belong in Tidiga hypoteser. Unsigned draft.")

C("th-vgr-sokord-bara-aterbesokstid", "vgr", "1986-10-13", "432",
  N("n1", "alingsas", "Läkaranteckning", "Camilla Fors", "läkare", "2024-07-11 11:20", 25, [
      ("Bedömning", "Känd recidiverande depression, nu i remission. Fortsatt sertralin 100 mg."),
      ("Tidiga hypoteser", "Nytt besök om tre vecor, pat informerad om tiden."),
  ]),
  n1("NL104"), n1("NL102"),
  "VGR sökord Tidiga hypoteser used for an appointment: no hypothesis. (typo 'vecor')")

C("th-skane-bup-10-autism-2023-alla-informerade", "skane", "2013-05-05", "270",
  N("n1", "bup_hbg", "Tidiga hypoteser", "Oskar Lund", "läkare", "2024-01-30 13:10", 30, [
      ("Hypotes", "Autism fastställd i november 2023. Föräldrar och barn informerade vid återgivningen och har fått skriftligt utlåtande."),
  ]),
  n1("NL104"), n1("NL102"),
  "Child (10): a settled and communicated diagnosis written in Tidiga hypoteser.")

C("th-vgr-schizofreni-sedan-2015-val-informerad", "vgr", "1980-08-17", "288",
  N("n1", "su_psykos", "Läkaranteckning", "Mikael Andersson", "läkare", "2024-05-20 15:45", 20, [
      ("Aktuellt", "Uppföljning, mår stabilt, arbetar 50 % på daglig verksamhet."),
      ("Tidiga hypoteser", "Schizofreni sedan 2015, pat väl informerad om sin diagnos och välbehandlad med depåinjektion."),
  ]),
  n1("NL104"), n1("NL102"),
  "VGR: a long-settled and known diagnosis under the Tidiga hypoteser sökord.")

C("th-skane-mamman-ringde-boka-om", "skane", "2016-03-18", "195",
  N("n1", "bup_malmo", "Tidiga hypoteser", "Maria Nilsson", "sjuksköterska", "2024-08-15 09:10", 10, [
      ("Anteckning", "Mamman ringde och ville boka om tiden till efter skolstarten. Ny tid 29/8 kl 14."),
  ]),
  n1("NL104"), n1("NL102"),
  "Child (8): a rebooking written in Tidiga hypoteser holds no hypothesis.")

C("th-vgr-sokord-sovit-daligt", "vgr", "1992-01-28", "750",
  N("n1", "nu_psyk", "Omvårdnadsanteckning", "Per Gunnarsson", "sjuksköterska", "2024-04-03 08:50", 15, [
      ("Tidiga hypoteser", "Pat har sovit dåligt senaste veckan och tar extra promethazin till natten."),
  ]),
  n1("NL104"), n1("NL102"),
  "Nursing observation under the Tidiga hypoteser sökord, no hypothesis.")

C("th-skane-bipolar-faststalld-kand-stavfel", "skane", "1975-12-02", "567",
  N("n1", "malmo_aff", "Tidiga hypoteser", "Henrik Malm", "läkare", "2024-10-01 10:30", 25, [
      ("Hypotes", "Bipolär sjukdom typ 1, fastställd 2019, diagnosen känd av pat sedan länge och diskuterad vid varje årskontroll. Stabil på litum."),
  ]),
  n1("NL104"), n1("NL102"),
  "Settled and told diagnosis in Tidiga hypoteser; typo 'litum' in the text.")

C("th-skane-faststalld-ej-berattad-ingen-nl104", "skane", "1993-03-14", "149",
  N("n1", "lund_ata", "Tidiga hypoteser", "Elin Mårtensson", "läkare", "2024-11-13 14:00", 20, [
      ("Hypotes", "Anorexia nervosa, restriktiv typ, kriterierna uppfyllda. Diagnosen ännu ej meddelad pat; tas upp med stöd av dietist nästa vecka."),
  ]),
  [], n1("NL102", "NL101"),
  "Settled but untold diagnosis in the protected template: NL104 deliberately not asserted; nothing visible.")

C("vgr-visible-says-ej-informerad-dx-only-in-th", "vgr", "1991-09-03", "325",
  N("n1", "sas_psyk", "Läkaranteckning", "Camilla Fors", "läkare", "2024-06-06 14:40", 30, [
      ("Bedömning", "Långvarig nedstämdhet och impulsivitet. Pat är inte informerad om den hypotes som förts under särskilt sökord."),
      ("Tidiga hypoteser", "Emotionellt instabilt personlighetssyndrom möjligt; uppgifterna om självskador kommer från modern."),
  ]),
  [], n1("NL101", "NL102", "NL104"),
  "The not-informed sentence is visible but names no diagnosis; the diagnosis is only under the protected sökord.")

C("vgr-visible-names-dx-and-not-informed-despite-th", "vgr", "1987-04-30", "808",
  N("n1", "nu_psyk", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-08-14 10:00", 40, [
      ("Bedömning", "Pat ej informerad om misstänkt bipolär sjukdom, se även särskilt sökord."),
      ("Tidiga hypoteser", "Bipolär sjukdom typ II? Maken beskriver återkommande perioder med överaktivitet."),
  ]),
  n1("NL101", "NL102"), n1("NL104"),
  "The hypothesis is under Tidiga hypoteser, but the Bedömning section names it and says the patient is not told.")

C("visible-note-refers-to-tidiga-hypoteser-no-dx", "skane", "1994-08-22", "701",
  N("n1", "krist_allm", "Läkaranteckning", "Henrik Malm", "läkare", "2024-12-05 13:00", 25, [
      ("Bedömning", "Kvarstående oro och sömnsvårigheter. Ytterligare bedömning dokumenterad under Tidiga hypoteser."),
      ("Planering", "Återbesök om två veckor, sömndagbok."),
  ]),
  [], n1("NL102", "NL101", "NL104"),
  "A visible note that only mentions Tidiga hypoteser is not a Tidiga hypoteser entry.")

# ====================================================================================
# F. Long notes (300+ words, several sections): one sentence breaks the routine, or none
# ====================================================================================

C("lang-bup-17-nybesok-trolig-adhd-en-mening", "skane", "2007-02-03", "546",
  N("n1", "bup_lund", "Läkaranteckning", "Sofia Bergström", "läkare", "2024-03-07 13:00", 150, [
      ("Kontaktorsak", "Nybesök efter remiss från elevhälsan. Frågeställning från skolsköterskan gäller koncentrationssvårigheter och sjunkande betyg i årskurs 2 på gymnasiet. Pat kommer ensam, mamma deltar via telefon under sista delen av besöket."),
      ("Anamnes", "Normal graviditet och förlossning enligt mamma. Gick tidigt, pratade i normal takt. Beskrevs i låg- och mellanstadiet som pratglad och dagdrömmande men klarade skolan bra. Från högstadiet ökade kraven och hon har sedan dess haft svårt att komma igång med skoluppgifter, glömmer inlämningar och tappar bort saker. Sover 6–7 timmar per natt, somnar sent efter mobilanvändning. Ingen alkohol, provat cannabis en gång i somras. Inga självskador, inga suicidtankar."),
      ("Hereditet", "Pappa har ADHD, diagnostiserad i vuxen ålder och medicinerad. Morbror med depression."),
      ("Social situation", "Bor växelvis hos föräldrarna som separerade för fem år sedan, relationen mellan dem beskrivs som fungerande. Går naturvetenskapsprogrammet, har två nära vänner, spelar handboll två kvällar i veckan."),
      ("Psykiskt status", "Vaken och orienterad, god kontakt, adekvat affekt. Pratar snabbt och byter ämne några gånger under samtalet men går att leda tillbaka. Stämningsläget neutralt, inga psykotiska symtom, ingen suicidalitet."),
      ("Skattningar", "ASRS-v1.1 självskattning 5 av 6 i del A. Lärarskattning från två lärare inkommer nästa vecka."),
      ("Skolsituation", "Mentor beskriver i ett mejl som pat själv vidarebefordrat att hon är omtyckt i klassen och deltar aktivt i diskussioner, men att hon ofta kommer för sent till första lektionen och sällan lämnar in skriftliga uppgifter i tid. Betygen har sjunkit från A och B i högstadiet till flera E under höstterminen. Hon har själv provat en planeringsapp utan att det hjälpt."),
      ("Somatiskt", "Längd 166 cm, vikt 58 kg. Puls 72, BT 112/70. Hörsel och syn kontrollerade av skolsköterskan i höstas utan anmärkning. Inga regelbundna läkemedel."),
      ("Bedömning", "17-årig flicka med långvariga svårigheter med uppmärksamhet och organisation som ökat med skolans krav. Trolig ADHD, ouppmärksam form, men sömnbrist och stress behöver vägas in innan ställningstagande."),
      ("Planering", "Utredning hos psykolog med anamnes från båda föräldrarna. Sömnråd givna, pat ska föra sömndagbok i två veckor. Återbesök hos mig efter psykologens bedömning. Pat informerad om planen och samtycker."),
  ]),
  n1("NL102"), n1("NL101"),
  "Long BUP note: only the Bedömning sentence with 'Trolig ADHD' is a visible hypothesis.")

C("lang-vgr-affektiv-arskontroll-inga-hypoteser", "vgr", "1973-09-16", "283",
  N("n1", "su_aff", "Läkaranteckning", "Robert Kowalski", "läkare", "2024-04-23 10:00", 90, [
      ("Aktuellt", "Årskontroll. Bipolär sjukdom typ II diagnostiserad 2017, senaste depressiva episod hösten 2022. Har sedan dess varit stabil på lamotrigin 200 mg och arbetar heltid som lärare. Beskriver en kortare period i februari med sämre sömn och ökad irritabilitet som gick över på en vecka efter att hon tagit extra vila."),
      ("Hereditet", "Mor med depression. Morfar troligen med odiagnostiserad bipolär sjukdom enligt släktens berättelser, vårdades på mentalsjukhus på 1950-talet."),
      ("Skattningar", "MADRS-S 8 p. ASRM 3 p. Sömndagbok visar 7 timmars sömn i snitt senaste månaden."),
      ("Läkemedel", "Lamotrigin 200 mg dagligen sedan 2018. Zopiklon 5 mg vid behov, har tagit fyra tabletter senaste halvåret. Inga receptfria preparat. Hon har inte glömt några doser enligt egen uppgift och hämtar ut läkemedlen regelbundet enligt förskrivningsregistret."),
      ("Psykiskt status", "Välvårdad, god kontakt, stämningsläget neutralt. Inga hypomana tecken under besöket. Tankeflödet formellt sammanhängande. Ingen suicidalitet, inga psykotiska symtom."),
      ("Somatiskt", "Vikt 71 kg, blodtryck 128/80. Inga hudutslag. Inga biverkningar av lamotrigin rapporteras."),
      ("Social situation", "Gift, två tonårsbarn. Trivs på sin skola men har under året haft mentorsansvar för en krävande klass. Maken följer med på årskontrollen vartannat år och beskriver att hon numera själv märker tidiga varningstecken och tar dem på allvar. Motionerar med promenader och yoga."),
      ("Provsvar", "Blodstatus, leverprover och kreatinin utan anmärkning vid provtagningen i mars. Lipider normala."),
      ("Information", "Vi gick igenom krisplanen tillsammans och uppdaterade telefonnummer till närstående. Pat vet att hon kan ringa mottagningen direkt vid tecken på försämring och behöver inte gå via vårdcentralen."),
      ("Bedömning", "Stabilt förlopp av känd bipolär sjukdom typ II. Den kortare perioden i februari uppfyllde inte kriterier för hypomani och bedöms som reaktion på sömnbrist under en intensiv arbetsperiod. Ingen indikation att ändra den stämningsstabiliserande behandlingen."),
      ("Planering", "Oförändrad medicinering. Pat ska själv höra av sig vid sömnstörning mer än tre nätter i rad. Eventuellt kan nästa kontroll göras som videobesök. Återbesök om tolv månader, kallelse via 1177. Pat har fått skriftlig krisplan uppdaterad och har kvar kontaktuppgifter till mottagningen."),
  ]),
  [], n1("NL102", "NL101"),
  "Long note with a settled diagnosis, a hedged family history and a hedged plan: no hypothesis about the patient.")

C("lang-skane-beroende-trol-ghb-beroende-ej-informerad", "skane", "1994-11-07", "612",
  N("n1", "malmo_ber", "Läkaranteckning", "Fatima Hassan", "läkare", "2024-06-14 09:00", 120, [
      ("Kontaktorsak", "Remiss från akutmottagningen efter två besök senaste månaden med nedsatt medvetande efter festande. Pat kommer med sin bror."),
      ("Anamnes", "29-årig man, arbetar som säljare. Alkohol helger, 6–8 enheter per tillfälle. Uppger GHB ca varannan helg sedan ett år, senast för sex dagar sedan. Förnekar intag på vardagar. Amfetamin provat enstaka gånger. Ingen tidigare kontakt med beroendevården. Ingen tidigare psykiatrisk vård. Röker 5 cig/d."),
      ("Tidigare behandling", "Ingen tidigare kontakt med socialtjänstens missbruksenhet. Försökte sluta med GHB på egen hand i våras och klarade sig då en månad, men började igen efter en fest på arbetsplatsen. Beskriver inga kramper vid uppehåll."),
      ("Social situation", "Bor ensam i hyreslägenhet i Malmö och har nyligen separerat från sin sambo. Arbetar heltid på ett telekomföretag och har inte haft någon sjukfrånvaro. Umgås mest med vänner från klubbmiljön."),
      ("Psykiskt status", "Vaken, klar, orienterad. God kontakt, något undvikande när intaget diskuteras. Stämningsläget neutralt. Inga psykotiska symtom. Förnekar suicidtankar, inga tidigare försök."),
      ("Status", "Lugn, något rastlös. Inga abstinenstecken. Puls 88, BT 135/85. Pupiller normala. Inga stickmärken."),
      ("Provsvar", "PEth 0,31. U-tox negativt för opiater, bensodiazepiner och amfetamin. GHB ej analyserat."),
      ("Skattningar", "AUDIT 15 p. DUDIT 19 p."),
      ("Läkemedel", "Inga ordinerade läkemedel. Har köpt melatonin på nätet som han tar vid insomningssvårigheter efter helgerna. Inga kända allergier."),
      ("Motivation", "Pat säger att han vill fortsätta gå ut med vänner men förstår att det har gått för långt när han två gånger vaknat på akuten. Han vill ha hjälp att sluta med GHB men vill dricka alkohol som tidigare."),
      ("Bedömning", "Riskbruk av alkohol. Trol. GHB-beroende med två episoder av medvetandesänkning, men frekvensen är osäker och brodern beskriver intag även på vardagar. Pat ej informerad om bedömningen ännu, då han i dag mest ville diskutera sitt körkort."),
      ("Åtgärd", "Information om risker med GHB i kombination med alkohol. Provtagning för U-tox med GHB-analys inom sju dagar."),
      ("Planering", "Nytt läkarbesök om en vecka med återkoppling av bedömningen. Sjuksköterskekontakt för motiverande samtal. Bror informerad om var han kan vända sig vid akut förgiftning. Pat samtycker till att brodern deltar vid nästa besök."),
  ]),
  n1("NL101", "NL102"), [],
  "Long addiction note: hedged GHB dependence plus 'Pat ej informerad om bedömningen ännu'.")

C("lang-vgr-heldygn-epikris-schizofreni-inga-hypoteser", "vgr", "1989-05-08", "433",
  N("n1", "skas_avd", "Epikris", "Viktor Nyström", "läkare", "2024-09-30 14:00", 180, [
      ("Orsak till vård", "Inlagd via akutmottagningen 2024-09-02 enligt LPT efter att ha slutat ta sitt antipsykotiska läkemedel i juli och blivit alltmer paranoid mot grannarna."),
      ("Tidigare", "Schizofreni, paranoid form, diagnostiserad 2014. Två tidigare vårdtillfällen 2016 och 2020, båda efter utsatt medicinering. Inget känt missbruk."),
      ("Vårdförlopp", "Vid ankomst påtagligt misstänksam, hörde röster som uppmanade henne att inte äta maten. Drogutlöst psykos har uteslutits med negativ toxikologisk screening vid två tillfällen. Olanzapin insattes och trappades upp till 15 mg. Vårdformen konverterades till HSL den 16 september. Successivt minskade de psykotiska symtomen och hon kunde delta i samtal om sin sjukdom och om tidiga varningstecken. Två permissioner till hemmet gick väl. Metabol kontroll utan anmärkning."),
      ("Status vid utskrivning", "Lugn, god kontakt, inga hallucinationer, vanföreställningarna har blekts. Ingen suicidalitet. God sjukdomsinsikt jämfört med ankomsten."),
      ("Social situation", "Bor ensam i lägenhet i Skövde med boendestöd två gånger i veckan. Har god kontakt med sin syster som bor i närheten. Har sjukersättning sedan 2017. Kontakten med kommunens socialpsykiatri kvarstår efter utskrivningen och boendestödjaren har med pats samtycke fått information om tidiga varningstecken."),
      ("Somatik", "Vikt vid inskrivning 68 kg och vid utskrivning 70 kg. Fasteglukos 5,4 och lipidstatus inom referensområdet. EKG med normalt QTc. Inga extrapyramidala biverkningar noterade under vårdtiden."),
      ("Riskbedömning", "Ingen förhöjd suicidrisk vid utskrivning enligt strukturerad bedömning. Risken för ny försämring är främst kopplad till följsamheten till läkemedelsbehandlingen, vilket är skälet till övergången till depåinjektion."),
      ("Läkemedelsgenomgång", "Inga interaktioner. Tidigare behandling med risperidon gav galaktorré och aripiprazol hade otillräcklig effekt 2020, vilket ligger till grund för valet av olanzapin."),
      ("Vårdform", "LPT 2024-09-02 till 2024-09-16, därefter frivillig vård enligt HSL."),
      ("Diagnos", "Schizofreni, paranoid form (F20.0)."),
      ("Läkemedel vid utskrivning", "Olanzapin 15 mg till natten. Övergång till depåinjektion diskuterad och accepterad, första injektion ges på mottagningen om två veckor."),
      ("Uppföljning", "Besök hos case manager på psykosmottagningen inom en vecka och läkarbesök inom fyra veckor. Pat och hennes syster har deltagit i utskrivningssamtalet och fått information om diagnos, behandling och vart de ska vända sig vid försämring."),
  ], setting="psykiatrisk heldygnsvård"),
  [], n1("NL102", "NL101"),
  "Long discharge summary: settled diagnosis, an excluded differential, informed patient.")

C("lang-skane-atstorning-anorexi-dd-arfid", "skane", "2003-01-21", "271",
  N("n1", "lund_ata", "Läkaranteckning", "Johanna Sjöberg", "läkare", "2024-02-26 13:00", None, [
      ("Kontaktorsak", "Nybesök efter remiss från studenthälsan på grund av viktnedgång och uteblivna menstruationer."),
      ("Anamnes", "21-årig kvinna som studerar till sjuksköterska. Har sedan barndomen ätit ett begränsat antal maträtter och blir illamående av vissa konsistenser. Sedan ett halvår äter hon ännu mindre och har gått ner 9 kg. Hon beskriver att hon vill gå ner mer för att känna sig lättare men också att hon är rädd för att kräkas. Tränar löpning fyra gånger i veckan. Ingen hetsätning, inga kräkningar, inga laxermedel."),
      ("Hereditet", "Mamma hade anorexia nervosa som ung, friskförklarad."),
      ("Social situation", "Bor i korridor i Lund, studerar andra året. Har en pojkvän sedan ett år som hon träffar på helgerna. Familjen bor i Kalmar och hon åker hem ungefär en gång i månaden. Klarar studierna men har svårt att koncentrera sig under långa föreläsningar när hon är hungrig."),
      ("Psykiskt status", "God kontakt, något spänd. Stämningsläget lätt sänkt, blir tårögd när vikten diskuteras. Inga psykotiska symtom. Förnekar suicidtankar och självskadehandlingar."),
      ("Information", "Pat har fått information om medicinska risker vid undervikt, bland annat påverkan på hjärta och skelett, och om varför regelbundna måltider är grunden i behandlingen."),
      ("Kostanamnes", "Äter frukost i form av en yoghurt, hoppar oftast över lunch och äter en liten middag av samma fyra rätter. Dricker mycket kaffe och vatten. Undviker fett, kött och allt med klumpig konsistens."),
      ("Status", "Längd 168 cm, vikt 47,5 kg, BMI 16,8. Puls 52, BT 100/60. Kalla händer, lätt torr hud. Hjärta och lungor utan anmärkning."),
      ("Provsvar", "Hb 121, elektrolyter normala, fosfat normalt. EKG sinusrytm, QTc 420 ms."),
      ("Skattningar", "EDE-Q global 3,1. Nine Item ARFID Screen förhöjt på delskalan rädsla för obehag."),
      ("Bedömning", "Restriktivt ätande med betydande viktnedgång och viktfobi som talar för anorexia nervosa. DD ARFID med tanke på det långvariga selektiva ätandet och rädslan för kräkning."),
      ("Planering", "Behandlingsstart i ätstörningsteamet med dietist och psykolog. Veckovis vägning. Träningsuppehåll tills vidare. Nya blodprover om två veckor. Pat informerad om bedömningen och planen och hade möjlighet att ställa frågor."),
  ]),
  n1("NL102"), n1("NL101"),
  "Long eating disorder note: a differential diagnosis (DD ARFID) in Bedömning; patient informed. Unsigned draft.")

C("lang-skane-bup-10-utredning-autism-faststalld-adhd-ej", "skane", "2014-04-29", "358",
  N("n1", "bup_np", "Utredningssammanfattning", "Hanna Wallin", "psykolog", "2024-06-17 10:00", 240, [
      ("Bakgrund", "Lukas remitterades från elevhälsan hösten 2023 med frågeställning kring sociala svårigheter och koncentration. Utredningen har genomförts av psykolog och läkare mellan januari och maj 2024."),
      ("Genomförda moment", "Anamnes med båda föräldrarna, utvecklingsanamnes, observation i klassrummet, WISC-V, ADOS-2 modul 3, skattningar från föräldrar och lärare samt läkarbedömning med somatisk undersökning."),
      ("Utvecklingsanamnes", "Normal graviditet och förlossning. Gick vid 13 månader. Sena första ord och en kort period av ekolali vid två års ålder enligt föräldrarna. I förskolan beskrevs han som en pojke som gärna lekte själv med bilar och hade svårt vid lämning."),
      ("Skolans beskrivning", "Klassläraren beskriver en vänlig och kunnig elev som gärna berättar om sitt specialintresse rymden. Han har svårt i grupparbeten, på raster och när det kommer vikarier."),
      ("Somatiskt", "Längd och vikt följer kurvan. Hörselundersökning utan anmärkning. Ingen epilepsi. Sover bra sedan kvällsrutinerna ändrades i vintras."),
      ("Föräldrarnas beskrivning", "Hemma beskrivs Lukas som en omtänksam storebror som gärna hjälper till med matlagning. Utbrotten kommer främst efter skoldagen och när planer ändras med kort varsel. Föräldrarna har själva infört bildschema på morgonen, vilket har hjälpt."),
      ("Resultat", "WISC-V visar en generell begåvning inom genomsnittet med relativ styrka i perceptuell förmåga och svagare arbetsminne. Vid ADOS-2 ses tydliga svårigheter med ömsesidig kommunikation och att anpassa samtalet efter samtalspartnern. I skolan beskrivs att han gärna leker ensam med samma lekar, reagerar starkt på höga ljud och har svårt med oförutsedda förändringar. Skattningar av uppmärksamhet och aktivitet ligger inom normalvariationen både hemma och i skolan."),
      ("Sammanfattande bedömning", "Sammantaget uppfyller Lukas kriterierna för autism. Koncentrationssvårigheterna uppträder framför allt i bullriga miljöer och förklaras bättre av hans autism; kriterierna för ADHD bedöms inte vara uppfyllda."),
      ("Diagnos", "Autism (F84.0)."),
      ("Återgivning", "Resultatet återgavs för båda föräldrarna den 14 juni. De har fått skriftligt utlåtande och information om föräldrautbildning. Föräldrarna vill själva berätta för Lukas med stöd av bildmaterial som vi lånat ut."),
      ("Planering", "Rekommendationer till skolan om anpassningar skickas efter föräldrarnas samtycke. Erbjudande om föräldrautbildning under hösten. Remiss till habiliteringen skickas. Avslut på utredningsenheten efter uppföljande samtal i augusti."),
  ]),
  [], n1("NL102", "NL101"),
  "Long assessment summary for a child (10): confirmed autism, ADHD ruled out, guardians told.")

C("lang-vgr-np-ev-autism-informerad", "vgr", "1996-02-09", "517",
  N("n1", "su_np", "Läkaranteckning", "Sanna Virtanen", "läkare", "2024-05-02 13:00", 110, [
      ("Kontaktorsak", "Nybesök efter remiss från vårdcentralen med frågeställning kring långvarig social ångest och utmattning."),
      ("Anamnes", "28-årig man, arbetar som programmerare på distans. Beskriver att han sedan barndomen haft svårt att förstå vad andra menar, tröttas ut av sociala sammanhang och behöver långa perioder av ensamhet för att återhämta sig. Har starka intressen för tåg och kartor. Svårt med byte av rutiner, mår dåligt av oväntade telefonsamtal. Gick ut gymnasiet med goda betyg men hoppade av universitetet efter ett år på grund av grupparbeten. Tidigare behandlad med KBT för social ångest med viss effekt."),
      ("Hereditet", "Ingen känd psykiatrisk hereditet."),
      ("Arbete", "Har arbetat som programmerare på samma företag i fem år. Chefen har godkänt distansarbete på heltid, vilket enligt pat är förutsättningen för att han ska orka. Efter de kvartalsvisa personalmötena på kontoret är han utmattad i flera dagar."),
      ("Social situation", "Bor ensam i lägenhet i Mölndal. Har en nära vän från gymnasiet som han spelar onlinespel med. Ingen partner. God kontakt med sin mamma, pappan avled 2019."),
      ("Missbruk", "Ingen alkohol, inga droger."),
      ("Sensoriskt", "Beskriver stark obehagskänsla av lysrörsljus, vissa tyger och av att flera personer pratar samtidigt. Använder hörselkåpor i mataffären och handlar helst sent på kvällen när det är tomt."),
      ("Psykiskt status", "Vaken, orienterad. Begränsad ögonkontakt, monoton prosodi, svarar utförligt och detaljrikt på frågor om intressen. Stämningsläget lätt sänkt. Inga psykotiska symtom. Ingen suicidalitet."),
      ("Skattningar", "RAADS-R 142 p. LSAS 68 p. MADRS-S 16 p."),
      ("Bedömning", "Långvarig social problematik med utmattning. Bilden kan förklaras av social ångest men ev. autism behöver utredas då svårigheterna funnits sedan tidig barndom och även omfattar rigiditet och sensoriska besvär."),
      ("Information", "Vi har pratat om att autism kan vara en förklaring och om vad en utredning innebär. Pat är positiv och vill gärna att hans mamma bidrar med utvecklingsanamnes."),
      ("Planering", "Utredning hos psykolog. Mamma kontaktas för anamnes med pats samtycke. Återbesök hos mig efter utredningen. Fortsatt sertralin 50 mg tills vidare."),
  ]),
  n1("NL102"), n1("NL101"),
  "Long note: 'ev. autism' is a visible hypothesis; the patient has been told, so no NL101.")

C("lang-pmo-um-18-flera-hypoteser-ej-synliga", "skane", "2006-01-23", "641",
  N("n1", "um_malmo", "Läkaranteckning", "Anna-Karin Frid", "läkare", "2024-10-21 15:00", 60, [
      ("Kontaktorsak", "Kommer efter kuratorskontakt för bedömning av nedstämdhet, sömnproblem och alkoholvanor."),
      ("Anamnes", "18-årig man som går sista året på el- och energiprogrammet. Sedan sommaren nedstämd, har slutat träffa kompisar och spelar datorspel till sent på nätterna. Dricker alkohol varje helg, ofta mer än tio enheter per tillfälle, och har vid ett par tillfällen haft minnesluckor. Röker cannabis någon gång i månaden. Inga självskador. Inga tidigare kontakter med psykiatrin."),
      ("Social situation", "Bor med mamma och lillebror. Pappa bor i Göteborg, sporadisk kontakt. Har extrajobb på lager två kvällar i veckan."),
      ("Psykiskt status", "Lätt avflackad affekt, god kontakt. Förnekar suicidtankar och har inga psykotiska symtom."),
      ("Skattningar", "PHQ-9 16 p. AUDIT 19 p. CRAFFT 4 p."),
      ("Bedömning", "Sannolikt depression av medelsvår grad. Skadligt bruk av alkohol, möjligen redan beroende. Differentialdiagnostiskt bör bipolaritet övervägas då pat beskriver kortare perioder med mycket energi."),
      ("Åtgärd", "Motiverande samtal om alkohol. Information om sömnhygien och om sambandet mellan alkohol och nedstämdhet."),
      ("Planering", "Fortsatta kuratorssamtal varje vecka. Nytt läkarbesök om tre veckor för ställningstagande till antidepressiv behandling. Om alkoholvanorna inte förändras erbjuds remiss till Mini-Maria. Pat samtycker till planen och vill inte att mamma kontaktas i nuläget."),
  ]),
  [], n1("NL102"),
  "Long PMO youth clinic note with several hedged diagnoses: PMO never shows diagnoses.")

C("lang-skane-psykakut-telegrafiskt-psykos-ej-uteslutas", "skane", "1986-08-14", "206",
  N("n1", "malmo_akut", "Akutanteckning", "Tobias Olsson", "läkare", "2024-07-21 01:30", 200, [
      ("Kontaktorsak", "Ambulans från hemmet, sambo larmat. Pat har ej sovit på tre nätter, pratar om att grannarna avlyssnar lgh."),
      ("Tidigare", "Recidiverande depression, behandlad på VC. Ingen tidigare psykos. Ingen känd bipolär sjd. Ej tidigare slutenvård, ej tidigare LPT."),
      ("Läkemedel", "Sertralin 100 mg x 1 sedan mars. Inga andra läkemedel enl pat."),
      ("Missbruk", "Alkohol sparsamt enl pat och sambo. Förnekar droger. U-tox tas."),
      ("Social", "Sambo sedan åtta år, inga barn. Ekonom på kommunen, sjukskriven sedan två veckor pga sömnbrist enl VC-journal. Inga ekonomiska problem enl sambo."),
      ("Anhöriguppgifter", "Sambo beskriver successiv förändring sedan ca tre veckor: mer uppvarvad, skrivit långa mejl till chefen nattetid, köpt ny dator och sagt att han blir övervakad via telefonen. Ingen tidigare liknande period enl sambo."),
      ("Somatik", "Inga kända somatiska sjukdomar. Inget skalltrauma enl sambo. Inga infektionstecken."),
      ("Hereditet", "Moster med depression. I övrigt ingen känd psykiatrisk hereditet enl sambo."),
      ("Sömn", "Sover 2–3 h/natt sedan en vecka, 0 h senaste tre nätterna. Har ej använt sömnmedel. Upplever inte själv något sömnbehov."),
      ("Kontakt med öppenvård", "Ingen pågående kontakt med psykiatrin. Senaste VC-besök för fyra veckor sedan, då dosökning av sertralin från 50 till 100 mg. VC-läkaren meddelas om inläggningen i morgon."),
      ("Status", "Vaken, orienterad till person, delvis till tid. Rastlös, går runt i rummet. Tal forcerat men går att avbryta. Misstänksam, vill ej sitta vänd mot fönstret. Förnekar hallucinationer. Ingen suicidalitet, ej hotfull. Puls 96, BT 142/88, temp 36,9. Neurologiskt ua."),
      ("Lab", "Hb, CRP, elstatus, TSH ua. Glukos 5,6. U-tox negativt för amfetamin, kokain, cannabis, opiater, bensodiazepiner."),
      ("Bedömning", "Akut debut av paranoida idéer och sömnlöshet hos pat utan tidigare psykos. Psykos kan ej uteslutas, likaså SSRI-utlöst hypomani med paranoid färgning. Behöver observation."),
      ("Åtgärd", "Erbjuds inläggning, accepterar frivilligt. Sertralin sätts ut tills vidare. Propiomazin 25 mg till natten vb. Sambo informerad med pats samtycke."),
      ("Planering", "Avd 63. Bedömning av ansvarig överläkare i morgon. Ny U-tox dag 2. EKG inför ev. antipsykotika. Pat informerad om planen och om skälen till inläggningen."),
  ], setting="akut"),
  n1("NL102"), n1("NL101"),
  "Long telegraphic emergency note: 'Psykos kan ej uteslutas' in Bedömning.")

C("lang-vgr-beroende-negationer-faststallt-alkoholberoende", "vgr", "1964-10-04", "391",
  N("n1", "su_ber", "Läkaranteckning", "Per Gunnarsson", "läkare", "2024-11-18 09:30", 75, [
      ("Aktuellt", "Uppföljning fyra veckor efter abstinensbehandlingen i oktober. Pat har varit nykter sedan utskrivningen enligt egen uppgift, stöds av negativ PEth. Tar akamprosat tre gånger dagligen och upplever att suget minskat. Går på AA-möten två gånger i veckan."),
      ("Tidigare", "Alkoholberoende sedan många år, fastställt vid första kontakten här 2021. Två tidigare abstinensbehandlingar. Högt blodtryck, behandlat på vårdcentral."),
      ("Psykiskt status", "Välvårdad, god kontakt, stämningsläget neutralt till ljust. Inga tecken på depression. Inga psykotiska symtom. Ingen suicidalitet."),
      ("Skattningar", "MADRS-S 6 p. AUDIT för senaste månaden 0 p. Sömn enligt ISI 9 p."),
      ("Provsvar", "PEth under 0,05. GT 0,9, ASAT och ALAT normala. MCV 96."),
      ("Bedömning", "Alkoholberoende i tidig remission. Ingen misstanke om depression eller ångestsyndrom utöver den lätta oro som hör ihop med återgången i arbete. Kognitiv påverkan efter långvarigt drickande bedöms inte föreligga, pat klarar sitt arbete och sina ärenden själv."),
      ("Planering", "Fortsatt akamprosat sex månader. Möjligen kan kontrollerna glesas ut efter årsskiftet om nykterheten håller. Nytt PEth om en månad. Återbesök hos sjuksköterska om två veckor och hos mig om två månader. Pat vet hur han når oss vid återfall och har fått information om återfallsprevention."),
  ]),
  [], n1("NL102", "NL101"),
  "Long addiction note: settled dependence, negated comorbidity, hedged plan only.")

C("lang-skane-dbt-eips-stalld-2022-familj-trol-depression", "skane", "1999-03-27", "680",
  N("n1", "malmo_dbt", "Psykologanteckning", "Sara Jovanovic", "psykolog", "2024-08-21 15:30", 60, [
      ("Aktuellt", "Individualterapi vecka 18 av 24 i DBT-programmet. Emotionellt instabilt personlighetssyndrom diagnostiserades på mottagningen 2022 och pat har sedan dess genomgått färdighetsträning i grupp. Senaste veckan har varit tung efter ett gräl med pojkvännen, men hon har inte skadat sig själv."),
      ("Kedjeanalys", "Genomgång av söndagskvällen: utlösande händelse var ett sms från pojkvännen, sårbarhetsfaktorer var sömnbrist och att hon inte ätit under dagen. Impuls att skära sig hanterades med kallt vatten och att ringa en vän."),
      ("Familj", "Mamma har troligen en obehandlad depression enligt pat, ligger mycket och orkar inte arbeta. Pat oroar sig för henne och vill att mamman söker vård."),
      ("Dagbokskort", "Självskadeimpulser 3 av 5 två dagar, inga handlingar. Suicidtankar 0. Alkohol en gång, två glas vin."),
      ("Bedömning", "Fortsatt positiv utveckling, inga självskadehandlingar på sju veckor. Pat använder färdigheter aktivt. Ingen akut suicidrisk."),
      ("Planering", "Fortsatt individualterapi varje vecka och grupp på torsdagar. Telefoncoachning enligt överenskommelse. Vi pratade om hur hon kan stötta mamma utan att ta över ansvaret, bland annat genom att ge henne information om hur man söker vård på vårdcentralen."),
  ]),
  [], n1("NL102", "NL101"),
  "Long DBT note: a diagnosis made in 2022 and a hedged diagnosis of the mother only.")

C("lang-vgr-psykos-ej-informerad-om-provsvar-misstankt-metabolt", "vgr", "1995-06-30", "264",
  N("n1", "su_psykos", "Läkaranteckning", "Emma Sundberg", "läkare", "2024-12-09 10:00", None, [
      ("Aktuellt", "Uppföljning av olanzapinbehandlingen som startades i våras efter första psykosepisoden. Pat har gått upp 11 kg på sju månader och är bekymrad över vikten. Rösterna har tystnat, han sover bra och har börjat läsa på komvux igen."),
      ("Psykiskt status", "God kontakt, adekvat affekt, inga hallucinationer. Fortsatt viss misstänksamhet i trånga miljöer som han själv kan distansera sig från. Ingen suicidalitet."),
      ("Somatiskt", "Vikt 94 kg, midjemått 104 cm, BT 138/86."),
      ("Provsvar", "Fasteglukos 6,6, HbA1c 44, triglycerider 2,4. Pat ej informerad om provsvaren ännu, ringer honom i eftermiddag."),
      ("Bedömning", "Psykosen i remission. Viktuppgång och förhöjt fasteglukos under olanzapin, misstänkt begynnande metabolt syndrom som behöver följas."),
      ("Planering", "Diskuterar byte till aripiprazol vid nästa besök. Remiss till dietist och fysisk aktivitet på recept. Nya prover om tre månader."),
  ]),
  n1("NL102"), [],
  "Long unsigned draft: hedged metabolic syndrome in Bedömning is NL102 (NL101 left open: the untold labs underlie it).")

# ====================================================================================
# G. Records with several notes
# ====================================================================================

C("multi-skane-th-hypotes-sedan-faststalld-och-meddelad", "skane", "1982-09-12", "258", [
    N("n1", "malmo_aff", "Tidiga hypoteser", "Henrik Malm", "läkare", "2024-02-02 15:00", 20, [
        ("Hypotes", "Bipolär sjukdom typ II misstänks utifrån anhöriguppgifter om återkommande hypomana perioder; ej kommunicerat med pat."),
    ]),
    N("n2", "malmo_aff", "Läkaranteckning", "Henrik Malm", "läkare", "2024-04-05 10:00", 40, [
        ("Bedömning", "Efter fördjupad anamnes och livsdiagram uppfylls kriterierna för bipolär sjukdom typ II."),
        ("Information", "Diagnosen meddelad pat vid dagens besök, hon kände igen sig i beskrivningen. Start av lamotrigin."),
    ]),
  ],
  [], [("NL102", "n1"), ("NL104", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "Hypothesis kept in Tidiga hypoteser, later settled and told in a visible note: neither note breaks the routine.")

C("multi-vgr-misstankt-autism-sedan-aterkopplad", "vgr", "1993-12-07", "624", [
    N("n1", "nal_np", "Läkaranteckning", "Sanna Virtanen", "läkare", "2024-01-17 13:00", 30, [
        ("Bedömning", "Misstänkt autism, utredning planeras hos psykolog."),
    ]),
    N("n2", "nal_np", "Psykologanteckning", "Jenny Åberg", "psykolog", "2024-05-22 14:00", 45, [
        ("Återgivning", "Utredningen visar att pat uppfyller kriterierna för autism. Resultatet och diagnosen återgavs för pat idag."),
    ]),
  ],
  [("NL102", "n1")], [("NL101", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  "First note holds a visible hypothesis (NL102); the later feedback note is settled and told.")

C("multi-bup-17-ej-informerad-sedan-informerad", "skane", "2006-05-15", "171", [
    N("n1", "bup_ata", "Läkaranteckning", "Elin Mårtensson", "läkare", "2024-03-04 11:00", 30, [
        ("Bedömning", "Trolig anorexia nervosa. Pat har ännu inte fått veta vår bedömning, då hon lämnade besöket i förtid."),
    ]),
    N("n2", "bup_ata", "Läkaranteckning", "Elin Mårtensson", "läkare", "2024-03-08 14:00", 25, [
        ("Information", "Pat informerad idag om bedömningen att hon har anorexia nervosa. Hon grät men ville fortsätta samtalet."),
    ]),
  ],
  [("NL101", "n1"), ("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
  "17-year-old: the first note breaks NL101/NL102, the follow-up in which she is told does not.")

C("multi-vgr-th-hypotes-och-senare-th-med-meddelad-diagnos", "vgr", "1970-11-23", "449", [
    N("n1", "skas_ber", "Läkaranteckning", "Lars Engström", "läkare", "2024-02-21 10:00", 20, [
        ("Aktuellt", "Kommer på uppmaning av sin fru. Uppger måttligt intag av alkohol."),
        ("Tidiga hypoteser", "Misstänkt alkoholberoende enligt hustruns uppgifter, pat förnekar."),
    ]),
    N("n2", "skas_ber", "Läkaranteckning", "Lars Engström", "läkare", "2024-05-15 10:00", 20, [
        ("Aktuellt", "PEth 1,8. Pat medger nu dagligt drickande sedan flera år."),
        ("Tidiga hypoteser", "Alkoholberoende fastställt och meddelat pat i dag, han accepterar behandling."),
    ]),
  ],
  [("NL104", "n2")], [("NL104", "n1"), ("NL102", "n1"), ("NL102", "n2")],
  "VGR: the first Tidiga hypoteser entry is a real hypothesis; the second holds a settled, communicated diagnosis (NL104).")

C("multi-skane-ssk-neutral-lakare-trolig-psykos", "skane", "1998-04-02", "536", [
    N("n1", "malmo_akut", "Omvårdnadsanteckning", "Maria Nilsson", "sjuksköterska", "2024-09-20 22:10", 20, [
        ("Omvårdnad", "Pat kom med polis, lugn men pratar för sig själv. Fått smörgås och dryck. Väntar på läkarbedömning."),
    ], setting="akut"),
    N("n2", "malmo_akut", "Akutanteckning", "Tobias Olsson", "läkare", "2024-09-20 23:30", 90, [
        ("Bedömning", "Trolig psykos med hörselhallucinationer och förföljelseidéer sedan en vecka, oklar genes. Läggs in för observation."),
    ], setting="akut"),
  ],
  [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2")],
  "Two notes from the same contact; only the doctor's note has a hedged diagnosis.")

C("multi-pmo-remiss-och-melior-mottagande", "skane", "1992-10-18", "310", [
    N("n1", "vc_eslov", "Besöksanteckning", "Nils Petersson", "läkare", "2024-01-08 10:00", 30, [
        ("Bedömning", "Misstänkt ADHD med svårigheter sedan skolåren. Remiss till neuropsykiatriska mottagningen i Malmö."),
    ]),
    N("n2", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-04-10 13:00", 45, [
        ("Bedömning", "ADHD? Remissens uppgifter bekräftas delvis. Utredning startas."),
    ]),
  ],
  [("NL102", "n2")], [("NL102", "n1")],
  "The same hedge in a PMO referral note (not shown) and in the Melior note that receives it (shown).")

# ====================================================================================
# H. More variation: eponyms, Latin, other professions, negated or resolved suspicions
# ====================================================================================

C("beroende-wernicke-kan-inte-uteslutas-tiamin", "vgr", "1961-01-25", "207",
  N("n1", "su_ber", "Läkaranteckning", "Viktor Nyström", "läkare", "2024-03-02 04:20", 150, [
      ("Bedömning", "Förvirrad, ostadig gång och nystagmus efter tre veckors drickande. Wernickes encefalopati kan inte uteslutas, tiamin ges intravenöst."),
  ], setting="heldygnsvård beroende"),
  n1("NL102"), n1("NL101"),
  "Eponym: Wernickes encefalopati with 'kan inte uteslutas'.")

C("beroende-delirium-tremens-fragetecken", "skane", "1959-06-11", "841",
  N("n1", "malmo_ber", "Läkaranteckning", "Fatima Hassan", "läkare", "2024-12-14 03:00", 60, [
      ("Bedömning", "Delirium tremens? Desorienterad, taktila hallucinationer, puls 124, dag 3 efter sista intag."),
      ("Åtgärd", "Diazepam enligt CIWA-Ar, övervakning på avdelning."),
  ], setting="heldygnsvård beroende"),
  n1("NL102"), n1("NL101"),
  "Latin term with a question mark.")

C("np-aspergers-syndrom-diagnostiserat-2005", "vgr", "1990-03-31", "773",
  N("n1", "su_np", "Arbetsterapeutanteckning", "Malin Axelsson", "arbetsterapeut", "2024-10-14 10:00", 30, [
      ("Bakgrund", "Aspergers syndrom diagnostiserat 2005 i Borås. Söker nu stöd med struktur i vardagen efter flytt till egen lägenhet."),
      ("Åtgärd", "Genomgång av veckoschema och påminnelser i mobilen."),
  ]),
  [], n1("NL102", "NL101"),
  "Occupational therapist: eponymous diagnosis made in 2005, not a hypothesis.")

C("beroende-trolig-spelberoende-grammatikfel", "skane", "1985-09-19", "624",
  N("n1", "hbg_ber", "Kuratorsanteckning", "Mohammed Ali", "kurator", "2024-05-27 13:00", 25, [
      ("Bedömning", "Trolig spelberoende, spelar på nätkasino varje kväll och har lånat pengar av kollegor. NODS 8 p."),
  ]),
  n1("NL102"), n1("NL101"),
  "Gambling disorder with a grammatical slip ('Trolig spelberoende'): still hedged.")

C("vuxenpsyk-fysioterapeut-kand-ptsd-bas", "vgr", "1978-07-03", "198",
  N("n1", "sas_psyk", "Fysioterapeutanteckning", "Henrik Malm", "fysioterapeut", "2024-02-07 11:00", 20, [
      ("Aktuellt", "Känd PTSD sedan 2021. Deltar i basal kroppskännedom i grupp, tillfälle 4 av 10. Upplever att andningsövningarna hjälper vid insomning."),
  ]),
  [], n1("NL102", "NL101"),
  "Physiotherapist note with a known diagnosis.")

C("np-arbetsterapeut-trolig-adhd-enligt-remiss", "skane", "1998-02-16", "302",
  N("n1", "malmo_np", "Arbetsterapeutanteckning", "Camilla Fors", "arbetsterapeut", "2024-07-08 14:00", 30, [
      ("Aktivitetsbedömning", "Pat med trolig ADHD enligt remissen. Svårt att planera inköp och ekonomi, använder inga hjälpmedel idag."),
      ("Åtgärd", "Provar digital kalender och veckoplanering under fyra veckor."),
  ]),
  n1("NL102"), n1("NL101"),
  "A hedge copied from the referral is still a visible hypothesis.")

C("beroende-korsakoff-misstanks", "skane", "1955-11-08", "451",
  N("n1", "malmo_ber", "Läkaranteckning", "Nils Petersson", "läkare", "2024-10-03 10:30", None, [
      ("Bedömning", "Korsakoffs syndrom misstänks efter långvarigt alkoholberoende; uttalade minnesluckor som fylls ut med konfabulationer."),
      ("Planering", "Remiss till minnesmottagningen, fortsatt tiamin peroralt."),
  ]),
  n1("NL102"), n1("NL101"),
  "Eponym with 'misstänks'. Unsigned draft.")

C("atstorning-stp-anorexia-nervosa-latin", "skane", "1996-05-12", "187",
  N("n1", "lund_ata", "Läkaranteckning", "Johanna Sjöberg", "läkare", "2024-06-26 09:00", 20, [
      ("Tidigare sjukdomar", "St.p. anorexia nervosa 2012–2015, inga återfall."),
      ("Aktuellt", "Konsultation inför graviditet, önskar plan för stöd vid viktuppgång."),
  ]),
  [], n1("NL102", "NL101"),
  "Latin 'status post' marks a past diagnosis.")


C("bup-11-selektiv-mutism-fragetecken", "skane", "2012-08-30", "244",
  N("n1", "bup_krist", "Psykologanteckning", "Ida Holm", "psykolog", "2024-01-25 13:00", 40, [
      ("Bedömning", "Selektiv mutism? Talar obehindrat hemma men har inte sagt något i skolan sedan årskurs 1."),
  ]),
  n1("NL102"), n1("NL101"),
  "Child (11): a diagnosis followed by a question mark.")

C("bup-17-tidigare-utredning-ingen-autism-ingen-adhd", "skane", "2007-09-08", "399",
  N("n1", "bup_akut", "Läkaranteckning", "Oskar Lund", "läkare", "2024-11-02 18:00", 60, [
      ("Tidigare", "Utredd på BUP 2019, varken autism eller ADHD kunde konstateras."),
      ("Bedömning", "Akut krisreaktion efter att en vän tagit sitt liv. Ej suicidal. Uppföljning på hemmottagningen."),
  ], setting="akut"),
  [], n1("NL102", "NL101"),
  "Earlier investigation ruled out both diagnoses.")


C("affektiv-bipolar-kan-ej-utselutas-stavfel", "vgr", "1991-12-22", "366",
  N("n1", "sas_psyk", "Läkaranteckning", "Camilla Fors", "läkare", "2024-09-17 10:00", 35, [
      ("Bedömning", "Depression med blandade drag. Bipolär sjukdom kan ej utselutas, avvaktar med antidepressiva."),
  ]),
  n1("NL102"), n1("NL101"),
  "Typo 'utselutas' in 'kan ej uteslutas': still hedged.")

C("bup-16-tankbar-tvangssyndrom", "skane", "2008-01-04", "463",
  N("n1", "bup_lund", "Psykologanteckning", "Hanna Wallin", "psykolog", "2024-10-24 10:00", 30, [
      ("Bedömning", "Tänkbart tvångssyndrom med kontamineringsrädsla och tvätt upp till två timmar per dag. CY-BOCS planeras."),
  ]),
  n1("NL102"), n1("NL101"),
  "'Tänkbart' as an uncommon hedge word.")

C("affektiv-misstanken-kvarstar-inte", "skane", "1988-10-26", "355",
  N("n1", "malmo_aff", "Läkaranteckning", "Henrik Malm", "läkare", "2024-09-19 14:00", 30, [
      ("Bedömning", "Misstanken om bipolär sjukdom från i våras kvarstår inte efter livsdiagram och anhörigintervju. Diagnos: recidiverande depression."),
  ]),
  [], n1("NL102", "NL101"),
  "An earlier suspicion explicitly withdrawn.")


C("np-ej-informerad-forra-gangen-men-idag", "skane", "1987-07-20", "640",
  N("n1", "malmo_np", "Läkaranteckning", "Jonas Håkansson", "läkare", "2024-06-03 13:20", 30, [
      ("Diagnos", "Autism (F84.0)."),
      ("Information", "Pat informerades inte om diagnosen vid förra besöket eftersom hon mådde dåligt, men fick hela återkopplingen idag."),
  ]),
  [], n1("NL101", "NL102"),
  "An earlier 'not told' that has been resolved in the same note.")

C("beroende-har-inte-berattat-for-barnen", "vgr", "1980-02-13", "287",
  N("n1", "su_ber", "Kuratorsanteckning", "Per Gunnarsson", "kurator", "2024-04-22 14:00", 20, [
      ("Samtal", "Pat har ännu inte berättat för sina barn om sitt alkoholberoende och vill ha hjälp att förbereda ett sådant samtal."),
  ]),
  [], n1("NL101", "NL102"),
  "The patient's children, not the patient, are uninformed.")

C("bup-17-adhd-faststalld-aterkoppling-ej-gjord-sjuk", "skane", "2007-11-19", "515",
  N("n1", "bup_np", "Läkaranteckning", "Ahmed Al-Rashid", "läkare", "2024-12-10 15:00", None, [
      ("Diagnos", "ADHD, huvudsakligen ouppmärksam form (F90.0)."),
      ("Planering", "Återgivning till pat ej gjord ännu då hon var sjuk i dag; ny tid nästa vecka."),
  ]),
  n1("NL101"), n1("NL102"),
  "17-year-old, unsigned draft: settled diagnosis written before the feedback session.")


# ====================================================================================
# Output and validation
# ====================================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102", "NL103", "NL104", "NL105"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    b = date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def in_2024(s):
    return s is not None and s.startswith("2024-")


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        def err(msg):
            errors.append(f"{name}: {msg}")
        if set(c) != CASE_KEYS:
            err(f"keys {sorted(c)}")
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"] or "\n" in c["why"]:
            err("why must be one line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err(f"record keys {sorted(rec)}")
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            err("patient keys")
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            err(f"personnummer format {pid}")
        else:
            if m.group(1) != bd.replace("-", ""):
                err("personnummer does not match birth_date")
            ten = m.group(1)[2:] + m.group(2)
            if luhn_check(ten[:9]) != int(ten[9]):
                err("personnummer fails Luhn")
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        ids = set()
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err(f"note keys {sorted(n)}")
            ids.add(n["id"])
            if not in_2024(n["time"]):
                err(f"note {n['id']} time not in 2024")
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    err(f"note {n['id']} signed not in 2024")
                if n["signed"] < n["time"]:
                    err(f"note {n['id']} signed before written")
            if n["time"] > rec["as_of"]:
                err("note after as_of")
            a = age_on(bd, datetime.fromisoformat(n["time"]))
            if 13 <= a <= 15 or a < 0:
                err(f"patient age {a} (13-15 not allowed)")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            if c["ruleset"] == "vgr" and not n["unit"]["hsa_id"].startswith("SE2321000131"):
                err("VGR case with a non-VGR unit")
            if c["ruleset"] == "skane" and n["unit"]["hsa_id"].startswith("SE2321000131"):
                err("Skåne case with a VGR unit")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"}:
                    err("section keys")
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != name:
                            err(f"sentence also in {sentences[sent]}: {sent!r}")
                        elif sent in sentences:
                            err(f"sentence repeated within case: {sent!r}")
                        sentences[sent] = name
        systems = {n["id"]: n["system"] for n in rec["notes"]}
        units = {n["id"]: n["unit"]["name"] for n in rec["notes"]}
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    err(f"bad {lst} item {item}")
                    continue
                code, target = item
                if code not in CODES:
                    err(f"code {code} outside NL1")
                if target not in ids:
                    err(f"target {target} does not exist")
                    continue
                if (code, target) in seen:
                    err(f"{code}/{target} asserted twice")
                seen.add((code, target))
                if systems[target] == "PMO" and code == "NL101":
                    err("NL101 asserted on a PMO note")
                if systems[target] == "PMO" and code == "NL102" and lst == "must":
                    err("NL102 must on a PMO note")
                if "BUP" in units[target] and c["ruleset"] != "skane":
                    err("BUP case outside Skåne")
        if not c["must"] and not c["must_not"]:
            err("asserts nothing")
    return errors


def main():
    clean = []
    for c in CASES:
        c = json.loads(json.dumps(c, ensure_ascii=False))
        for n in c["record"]["notes"]:
            n.pop("_unit", None)
        clean.append(c)
    errors = validate(clean)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in clean:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in clean:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print(f"{len(clean)} cases -> {OUT}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code]['must']}, must_not {counts[code]['must_not']}")


if __name__ == "__main__":
    main()
