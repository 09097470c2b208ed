#!/usr/bin/env python3
"""Gold cases nl1cd_dev_cases: child and adolescent psychiatry, psychiatry, paediatrics,
BVC and habilitation (NL101, NL102, NL104).

All cases are data. `python3 build.py` writes nl1cd_dev_cases.jsonl beside this file and
validates it; it exits with status 1 on any problem. No dependencies, deterministic.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1cd_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
# key: (region, system, name, hsa_id, default setting)
UNITS = {
    # Region Skåne, Melior (hospital care, psychiatry, habilitation)
    "bup_malmo": ("skane", "Melior", "BUP Malmö, öppenvårdsmottagning", "SE2321000255-4410", "öppenvård"),
    "bup_smabarn": ("skane", "Melior", "BUP Malmö, småbarnsteamet", "SE2321000255-4417", "öppenvård"),
    "bup_lund": ("skane", "Melior", "BUP Lund, mottagning för barn och ungdom", "SE2321000255-4522", "öppenvård"),
    "bup_np_lund": ("skane", "Melior", "BUP Lund, neuropsykiatriska utredningsenheten", "SE2321000255-4529", "öppenvård"),
    "bup_hbg": ("skane", "Melior", "BUP Helsingborg", "SE2321000255-4630", "öppenvård"),
    "bup_kristianstad": ("skane", "Melior", "BUP Kristianstad", "SE2321000255-4741", "öppenvård"),
    "bup_ystad": ("skane", "Melior", "BUP Ystad", "SE2321000255-4858", "öppenvård"),
    "bup_landskrona": ("skane", "Melior", "BUP Landskrona", "SE2321000255-4963", "öppenvård"),
    "bup_akut_lund": ("skane", "Melior", "BUP akutmottagning Lund", "SE2321000255-5074", "akutmottagning"),
    "bup_atstorning": ("skane", "Melior", "BUP Ätstörningsenheten Malmö", "SE2321000255-5185", "öppenvård"),
    "hab_malmo": ("skane", "Melior", "Barn- och ungdomshabiliteringen Malmö", "SE2321000255-6120", "öppenvård"),
    "hab_lund": ("skane", "Melior", "Barn- och ungdomshabiliteringen Lund", "SE2321000255-6236", "öppenvård"),
    "barnneuro_lund": ("skane", "Melior", "Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7342", "öppenvård"),
    "barnmed_hbg": ("skane", "Melior", "Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-7458", "öppenvård"),
    "barnmed_krstd": ("skane", "Melior", "Barn- och ungdomsmedicin, Centralsjukhuset Kristianstad", "SE2321000255-7564", "öppenvård"),
    "vuxpsyk_malmo": ("skane", "Melior", "Allmänpsykiatrisk mottagning Malmö", "SE2321000255-8670", "öppenvård"),
    # Region Skåne, PMO (primary care)
    "bvc_linero": ("skane", "PMO", "BVC Linero vårdcentral", "SE2321000255-9101", "öppenvård"),
    "bvc_hjarup": ("skane", "PMO", "Barnavårdscentralen Hjärup", "SE2321000255-9117", "öppenvård"),
    "bvc_nasby": ("skane", "PMO", "BVC Näsby, Kristianstad", "SE2321000255-9123", "öppenvård"),
    "bvc_rosengard": ("skane", "PMO", "Familjecentralen Rosengård, BVC", "SE2321000255-9139", "öppenvård"),
    "vc_sorgenfri": ("skane", "PMO", "Vårdcentralen Sorgenfri, Malmö", "SE2321000255-9245", "öppenvård"),
    "vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", "SE2321000255-9251", "öppenvård"),
    "um_hbg": ("skane", "PMO", "Ungdomsmottagningen Helsingborg", "SE2321000255-9367", "öppenvård"),
    # Västra Götalandsregionen, Melior
    "dsbus_neuro": ("vgr", "Melior", "Barnneurologmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-3302", "öppenvård"),
    "dsbus_ungdom": ("vgr", "Melior", "Ungdomsmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-3318", "öppenvård"),
    "nal_barn": ("vgr", "Melior", "Barn- och ungdomsmedicinska mottagningen, NÄL Trollhättan", "SE2321000131-3424", "öppenvård"),
    "sas_barn": ("vgr", "Melior", "Barnmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-3530", "öppenvård"),
    "skovde_barn": ("vgr", "Melior", "Barn- och ungdomsmedicin, Skaraborgs sjukhus Skövde", "SE2321000131-3646", "öppenvård"),
    "kungalv_barn": ("vgr", "Melior", "Barnmottagningen, Kungälvs sjukhus", "SE2321000131-3752", "öppenvård"),
    "su_affektiva": ("vgr", "Melior", "Affektiva mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-4868", "öppenvård"),
    "su_psykos": ("vgr", "Melior", "Psykosmottagningen Nordost, Sahlgrenska universitetssjukhuset", "SE2321000131-4974", "öppenvård"),
    "su_np_vuxen": ("vgr", "Melior", "Neuropsykiatriska mottagningen för vuxna, SU Östra", "SE2321000131-5080", "öppenvård"),
    "uddevalla_psyk": ("vgr", "Melior", "Vuxenpsykiatrisk mottagning, Uddevalla sjukhus", "SE2321000131-5196", "öppenvård"),
    "alingsas_psyk": ("vgr", "Melior", "Vuxenpsykiatriska mottagningen, Alingsås lasarett", "SE2321000131-5202", "öppenvård"),
    "molndal_akut": ("vgr", "Melior", "Psykiatriska akutmottagningen, Mölndals sjukhus", "SE2321000131-5318", "akutmottagning"),
}

# ---------------------------------------------------------------- helpers
_serial = [0]


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def P(birth, sex):
    """A patient born `birth` (YYYY-MM-DD), sex 'M' or 'F'; Luhn-valid personnummer."""
    _serial[0] += 1
    n = _serial[0]
    first_two = "%02d" % (10 + (n * 37) % 89)
    third = (n * 3) % 10
    if sex == "M" and third % 2 == 0:
        third = (third + 1) % 10
    if sex == "F" and third % 2 == 1:
        third = (third + 1) % 10
    serial = first_two + str(third)
    yymmdd = birth[2:4] + birth[5:7] + birth[8:10]
    check = luhn_digit(yymmdd + serial)
    pnr = birth.replace("-", "") + "-" + serial + check
    return {"id": pnr, "birth_date": birth, "protected_identity": False}


def N(unit, author, role, when, sections, template="Läkaranteckning", nid="n1",
      draft=False, setting=None, sign_after=40):
    region, system, uname, hsa, default_setting = UNITS[unit]
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    signed = None if draft else (t + dt.timedelta(minutes=sign_after)).isoformat()
    return {
        "_region": region,
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(), "signed": signed,
        "setting": setting or default_setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []

# unsigned drafts (pre-signing check): signed is null
DRAFTS = {
    "bup-dd-angest-eller-adhd",
    "hab-misstankt-lindrig-ifn",
    "vgr-vuxen-misstanke-om-adhd",
    "bup-kan-vara-fraga-om-add-bild",
    "bup-ingen-misstanke-om-autism",
    "vgr-utan-hallpunkt-for-bipolar",
    "vgr-storebror-utreds-for-misstankt-autism",
    "bup-ssk-misstanker-att-hon-inte-tar-medicinen",
    "bvc-susp-atopiskt-eksem-pmo",
    "vgr-th-sokord-dd-autism-sprakstorning",
    "vgr-telegram-f840-ej-meddelat-vh",
    "bup-skolan-inte-informerad-om-autism",
    "skane-th-mall-lakemedelslista",
    "vgr-th-sokord-hypotes-prader-willi",
    "hab-lang-arbetsterapi-hembesok-inga-diagnoshedgar",
}


def C(name, patient, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    regions = {n["_region"] for n in notes}
    if len(regions) != 1:
        raise SystemExit("case %s mixes regions" % name)
    region = regions.pop()
    clean = []
    last = None
    for n in notes:
        n = {k: v for k, v in n.items() if k != "_region"}
        if name in DRAFTS and n is not None and len(notes) == 1:
            n["signed"] = None
        clean.append(n)
        t = dt.datetime.fromisoformat(n["time"])
        last = t if last is None or t > last else last
    as_of = last.date() + dt.timedelta(days=21)
    if as_of.year != 2024:
        as_of = dt.date(2024, 12, 31)
    record = {
        "patient": patient,
        "as_of": dt.datetime.combine(as_of, dt.time()).isoformat(),
        "notes": clean,
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": region, "record": record,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


# shorthands
M101, M102, M104 = ("NL101", "n1"), ("NL102", "n1"), ("NL104", "n1")

# ================================================================ A. NL102 positives
C("bup-susp-adhd-pojke-7ar", P("2016-09-03", "M"),
  N("bup_malmo", "Karin Lindqvist", "läkare", "2024-02-06 10:15", [
      ("Aktuellt", "Nybesök efter remiss från elevhälsan. Läraren beskriver en pojke som har svårt att sitta still under genomgångar och ofta avbryter klasskamraterna."),
      ("Bedömning", "Susp. ADHD, kombinerad form. Symtomen finns både hemma och i skolan och har funnits sedan förskoleåldern."),
      ("Planering", "Skattningsskalor till föräldrar och lärare. Återbesök om sex veckor för genomgång."),
  ]),
  must=[M102], must_not=[M101],
  why="'Susp. ADHD' in Bedömning of a BUP Melior note that the guardians of a 7-year-old can read")

C("bup-trol-forenlig-med-autism-psykolog", P("2015-02-17", "F"),
  N("bup_np_lund", "Sara Holm", "psykolog", "2024-03-11 13:00", [
      ("Observation", "Flickan tar sparsam ögonkontakt och svarar kort. Hon återkommer flera gånger till sitt intresse för tåg och tidtabeller."),
      ("Bedömning", "Bilden är trol. förenlig med autism, men den kognitiva profilen behöver kartläggas innan ställningstagande."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="psychologist writes 'trol. förenlig med autism' in a visible section")

C("bup-adhd-fragetecken-telegrafiskt", P("2013-11-21", "M"),
  N("bup_hbg", "Mikael Berg", "läkare", "2024-04-03 08:40", [
      ("Aktuellt", "Åb. Fortsatt oro, glömmer läxor, tappar saker dagligen."),
      ("Bedömning", "ADHD? Ouppmärksamhet mer än hyperaktivitet."),
      ("Åtgärd", "Conners till mentor. Skolobservation bokas v. 16."),
  ]),
  must=[M102],
  why="telegraphic 'ADHD?' as the whole assessment is a hedged diagnosis")

C("bup-dd-angest-eller-adhd", P("2014-05-08", "F"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-01-23 14:20", [
      ("Bedömning", "Koncentrationssvårigheterna debuterade efter flytten förra året. DD generaliserat ångestsyndrom, ADHD med sekundär oro."),
  ]),
  must=[M102],
  why="differential diagnosis 'DD' listing anxiety disorder and ADHD")

C("bup-bipolar-kan-ej-uteslutas-17", P("2006-12-30", "F"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-05-14 11:10", [
      ("Anamnes", "Två perioder i höstas med minskat sömnbehov, ökad energi och många projekt samtidigt, följda av veckor med nedstämdhet."),
      ("Bedömning", "Bipolär sjukdom typ II kan inte uteslutas. Avvaktar med SSRI tills stämningsläget kartlagts med stämningsdagbok."),
  ]),
  must=[M102],
  why="'kan inte uteslutas' about bipolar II in a note the 17-year-old reads")

C("bup-sannolikt-depressiv-episod-17", P("2007-03-14", "M"),
  N("bup_malmo", "Fatima Al-Hassan", "läkare", "2024-04-10 15:30", [
      ("Aktuellt", "Har slutat med handbollen, ligger mest på rummet. Sover till lunch på helgerna."),
      ("Bedömning", "Sannolikt medelsvår depressiv episod. MADRS-S 27, ingen aktuell suicidplan."),
  ]),
  must=[M102],
  why="'Sannolikt' before a depressive episode; a negated suicide plan nearby does not cancel it")

C("bup-mojlig-begynnande-psykos", P("2006-08-02", "M"),
  N("bup_lund", "Anders Wikström", "läkare", "2024-03-19 09:50", [
      ("Psykiskt status", "Vaken, orienterad. Något splittrad i tankegången, svarar ibland förbi frågan. Uppger att han hör en viskande röst när han ska somna."),
      ("Bedömning", "Möjlig begynnande psykos. Skattning med SIPS planeras och cannabisbruk efterfrågas vid nästa besök."),
  ]),
  must=[M102],
  why="'Möjlig begynnande psykos' in Bedömning of a 17-year-old")

C("bup-misstanke-om-tourette", P("2014-01-25", "M"),
  N("bup_ystad", "Hanna Persson", "läkare", "2024-02-27 13:35", [
      ("Aktuellt", "Blinkningar och axelryckningar sedan två år, sedan i vintras också harklingar och små tjut."),
      ("Bedömning", "Misstanke om Tourettes syndrom. Ticsen stör i klassrummet men inte sömnen."),
  ]),
  must=[M102],
  why="eponym diagnosis after 'Misstanke om'")

C("bup-ev-tvangssyndrom", P("2012-10-10", "F"),
  N("bup_landskrona", "Oskar Dahl", "läkare", "2024-06-04 10:00", [
      ("Bedömning", "Ev. tvångssyndrom med tvättritualer som tar upp till en timme om kvällarna."),
      ("Planering", "CY-BOCS vid nästa besök, psykoedukation till familjen."),
  ]),
  must=[M102],
  why="abbreviated hedge 'Ev.' before OCD")

C("bup-atstorning-susp-anorexia-nervosa", P("2007-05-19", "F"),
  N("bup_atstorning", "Ingrid Söderberg", "läkare", "2024-09-03 08:15", [
      ("Status", "Vikt 44,2 kg, längd 166 cm, BMI 16,0. Puls 48, kalla händer."),
      ("Bedömning", "Susp. anorexia nervosa, restriktiv typ. Somatiskt stabil för öppenvård i nuläget."),
  ]),
  must=[M102],
  why="Latin diagnosis after 'Susp.' at an eating disorder unit")

C("bup-typo-missankt-autismspektrum", P("2017-06-06", "M"),
  N("bup_hbg", "Nadia Rahimi", "psykolog", "2024-10-08 14:00", [
      ("Bedömning", "Missänkt autismspektrumtillstånd. Pojken har svårt med turtagning och blir mycket upprörd vid ändrade rutiner."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="typo 'Missänkt' for misstänkt before autism spectrum condition")

C("hab-misstankt-lindrig-ifn", P("2015-12-01", "F"),
  N("hab_malmo", "Tove Bergman", "psykolog", "2024-04-22 09:00", [
      ("Testresultat", "WISC-V genomförd vid två tillfällen. Samtliga index ligger mellan 58 och 68, jämnt fördelat."),
      ("Bedömning", "Misstänkt lindrig intellektuell funktionsnedsättning. Adaptiv förmåga skattas med ABAS innan slutlig bedömning."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="suspected intellectual disability at habilitation, visible to guardians")

C("barnneuro-trolig-absensepilepsi", P("2016-07-27", "F"),
  N("barnneuro_lund", "David Jönsson", "läkare", "2024-05-07 10:30", [
      ("Anamnes", "Skolan har noterat korta stunder då hon stirrar tomt och inte svarar, upp till tio gånger per dag."),
      ("Bedömning", "Trolig absensepilepsi. Hyperventilationsprovokation på mottagningen utlöste en typisk episod."),
      ("Planering", "EEG bokat, därefter ställningstagande till etosuximid."),
  ]),
  must=[M102],
  why="paediatric neurology: 'Trolig absensepilepsi' in a visible section")

C("barnmed-dd-somnapne-adhd", P("2017-02-11", "M"),
  N("barnmed_hbg", "Malin Håkansson", "läkare", "2024-11-12 13:10", [
      ("Bedömning", "Trötthet och koncentrationssvårigheter. Snarkar högljutt, stora tonsiller. DD obstruktiv sömnapné, ADHD."),
      ("Åtgärd", "Remiss för polygrafi. NPF-frågan avvaktas tills sömnen utretts."),
  ]),
  must=[M102],
  why="paediatric clinic lists sleep apnoea and ADHD as differential diagnoses")

C("vgr-barnneuro-misstankt-autism-4ar", P("2020-03-09", "M"),
  N("dsbus_neuro", "Jonas Strand", "läkare", "2024-03-05 09:20", [
      ("Aktuellt", "Fyraårig pojke som remitteras från BVC pga sen talutveckling och begränsat samspel."),
      ("Bedömning", "Misstänkt autism. Remiss skickas till barnneuropsykiatriska teamet för utredning."),
  ]),
  must=[M102],
  why="VGR Melior: suspected autism in Bedömning, no Tidiga hypoteser sökord used")

C("vgr-sannolikt-adhd-ouppmarksam", P("2013-01-29", "F"),
  N("nal_barn", "Camilla Eriksson", "läkare", "2024-08-27 11:00", [
      ("Bedömning", "Sannolikt ADHD av huvudsakligen ouppmärksam typ. Föräldrarna och skolan beskriver samstämmigt svårigheter."),
  ]),
  must=[M102],
  why="'Sannolikt ADHD' in a VGR paediatric note for an 11-year-old")

C("vgr-dysmorfi-dd-fragilt-x-22q11", P("2019-08-18", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-02-13 14:45", [
      ("Status", "Hypertelorism, långt ansikte, stora öron. Lätt hypoton."),
      ("Bedömning", "Global utvecklingsförsening, trol. syndromal. DD fragilt X-syndrom, 22q11-deletion."),
      ("Åtgärd", "Array-CGH och FMR1-analys skickas."),
  ]),
  must=[M102],
  why="genetic syndromes as differential diagnoses in a visible paediatric note")

C("vgr-misstankt-celiaki-viktkurva", P("2018-04-04", "F"),
  N("skovde_barn", "Ulrika Mårtensson", "läkare", "2024-10-15 10:05", [
      ("Bedömning", "Viktkurvan har planat ut sedan ett år, lös avföring och uppblåst mage. Misstänkt celiaki."),
      ("Åtgärd", "Transglutaminasantikroppar och totalt IgA tas idag."),
  ]),
  must=[M102],
  why="child health: suspected coeliac disease in a visible section")

C("vgr-vuxen-bipolar-typ2-kan-ej-uteslutas", P("1997-10-12", "F"),
  N("su_affektiva", "Sofia Andersson", "läkare", "2024-04-16 13:30", [
      ("Anamnes", "Återkommande depressioner sedan tonåren. Sambon beskriver veckor då hon knappt sover och pratar oavbrutet."),
      ("Bedömning", "Bipolär sjukdom typ II kan ej uteslutas utifrån sambons beskrivning."),
  ]),
  must=[M102],
  why="adult affective clinic: bipolar II 'kan ej uteslutas'")

C("vgr-susp-schizofreni-dd-drogutlost", P("1999-02-20", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-06-18 15:00", [
      ("Bedömning", "Susp. schizofreni. DD drogutlöst psykos, positiv urinscreening för THC för två veckor sedan."),
  ]),
  must=[M102],
  why="'Susp. schizofreni' with a drug-induced psychosis differential")

C("vgr-vuxen-misstanke-om-adhd", P("1993-07-22", "F"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-09-24 09:45", [
      ("Aktuellt", "Har alltid haft svårt att komma igång med uppgifter. Klarade gymnasiet med stöd av en strukturerad mentor."),
      ("Bedömning", "Misstanke om ADHD, ouppmärksam form. Utredning enligt vårdprogram."),
  ]),
  must=[M102],
  why="adult neuropsychiatry: 'Misstanke om ADHD' in Bedömning")

C("vgr-trol-emotionellt-instabil-personlighet", P("2001-03-03", "F"),
  N("uddevalla_psyk", "Eva Granqvist", "läkare", "2024-07-09 11:20", [
      ("Bedömning", "Trol. emotionelt instabil personlighetsstörning. Återkommande självskada med rakblad, instabila relationer och intensiv ilska."),
  ]),
  must=[M102],
  why="typo 'emotionelt': 'Trol.' before a personality disorder in visible text")

C("vgr-mojlig-postpartumdepression", P("1994-09-09", "F"),
  N("alingsas_psyk", "Gunilla Nordin", "läkare", "2024-03-26 10:40", [
      ("Aktuellt", "Remiss från BVC-sköterska efter EPDS 17 vid åttaveckorsbesöket. Sover dåligt även när barnet sover."),
      ("Bedömning", "Möjlig postpartumdepression. Inga psykotiska inslag."),
  ]),
  must=[M102],
  why="'Möjlig postpartumdepression'; the negated psychotic features are a separate sentence")

C("vgr-dietist-misstankt-arfid-17", P("2007-01-14", "M"),
  N("dsbus_ungdom", "Peter Blom", "dietist", "2024-05-28 13:15", [
      ("Kostanamnes", "Äter sju livsmedel totalt, främst pasta, pannkakor och ett visst märke av fiskpinnar. Kväljs av nya konsistenser."),
      ("Bedömning", "Misstänkt ARFID snarare än anorexi då vikträdsla saknas. Tas upp med ansvarig läkare."),
  ], template="Dietistanteckning"),
  must=[M102],
  why="dietitian writes a suspected eating disorder in a note the 17-year-old reads")

C("bup-trol-ptsd-efter-trafikolycka", P("2006-11-05", "F"),
  N("bup_kristianstad", "Yasmin Osman", "psykolog", "2024-10-22 14:30", [
      ("Bedömning", "Trol. PTSD efter trafikolyckan i augusti. Återupplevanden nattetid och undvikande av bilåkning."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="'Trol. PTSD' in a psychologist's visible assessment")

C("bup-diagnosfalt-kod-med-fragetecken", P("2015-08-30", "M"),
  N("bup_malmo", "Johan Ek", "läkare", "2024-01-16 16:05", [
      ("Aktuellt", "Genomgång av utredningsläget med mamma per telefon."),
      ("Diagnos", "F84.0? Utredningen inte avslutad."),
  ], template="Telefonanteckning"),
  must=[M102],
  why="an ICD-10 code followed by '?' in the Diagnos section")

C("vgr-typo-psykossjukdom-kan-ej-utselutas", P("2003-05-05", "M"),
  N("molndal_akut", "Ahmed Karimi", "läkare", "2024-12-02 22:40", [
      ("Bedömning", "Paranoida tankar om grannarna sedan en månad. Psykossjukdom kan ej utselutas, erbjuds inläggning men tackar nej."),
  ]),
  must=[M102],
  why="typo 'utselutas' in 'kan ej uteslutas' about a psychotic disorder")

C("bup-inte-uteslutet-depression-forneker", P("2012-07-19", "M"),
  N("bup_ystad", "Hanna Persson", "läkare", "2024-03-12 14:00", [
      ("Bedömning", "Skolfrånvaron har ökat till över hälften av lektionerna. Det är inte uteslutet att en depression ligger bakom, men pojken förnekar nedstämdhet."),
  ]),
  must=[M102],
  why="'inte uteslutet att en depression'; the patient's denial of a symptom is not a negation of the hypothesis")

C("hab-logoped-kan-vara-selektiv-mutism", P("2018-01-23", "F"),
  N("hab_lund", "Lena Sjöberg", "logoped", "2024-02-20 10:10", [
      ("Observation", "Pratar obehindrat med mamma i väntrummet men tystnar helt när hon kommer in i rummet."),
      ("Bedömning", "Bilden kan vara förenlig med selektiv mutism. Språkförståelsen är åldersadekvat."),
  ], template="Logopedanteckning"),
  must=[M102],
  why="speech therapist: 'kan vara förenlig med selektiv mutism'")

C("bup-specialpedagog-skulle-kunna-vara-dyslexi", P("2016-03-16", "M"),
  N("bup_np_lund", "Maria Olsson", "specialpedagog", "2024-11-19 09:30", [
      ("Testresultat", "Läshastigheten ligger långt under årskursnivå och avkodningen är mödosam."),
      ("Bedömning", "Svårigheterna skulle kunna tala för dyslexi, vilket bör prövas med fördjupad läs- och skrivutredning."),
  ], template="Specialpedagoganteckning"),
  must=[M102],
  why="special educator hedges dyslexia with 'skulle kunna tala för'")

C("hab-logoped-misstanke-sprakstorning", P("2019-05-27", "M"),
  N("hab_malmo", "Lena Sjöberg", "logoped", "2024-06-11 13:00", [
      ("Bedömning", "Misstanke om språkstörning med både expressiva och impressiva svårigheter. Kartläggning fortsätter med CELF."),
  ], template="Logopedanteckning"),
  must=[M102],
  why="suspected developmental language disorder in a visible habilitation note")

C("bup-arbetshypotes-autism-kamouflerar", P("2013-04-02", "F"),
  N("bup_hbg", "Nadia Rahimi", "psykolog", "2024-05-06 15:10", [
      ("Sammanfattning", "Arbetshypotes: autism utan intellektuell funktionsnedsättning. Flickan kamouflerar mycket i skolan och kraschar hemma."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="'Arbetshypotes: autism' is a hypothesis written in a visible section")

C("vgr-oklart-om-adhd-eller-flykt", P("2014-10-08", "M"),
  N("kungalv_barn", "Jonas Strand", "läkare", "2024-04-23 10:50", [
      ("Bedömning", "Oklart om det rör sig om ADHD eller om oron hänger ihop med den svåra tiden efter att familjen kom till Sverige."),
  ]),
  must=[M102],
  why="'Oklart om det rör sig om ADHD' is an uncertain diagnosis")

C("bup-ev-aspergers-syndrom-aldre-term", P("2007-10-25", "M"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-02-08 11:40", [
      ("Bedömning", "Ev. Aspergers syndrom enligt äldre terminologi; utredningen får visa om kriterierna för autism uppfylls."),
  ]),
  must=[M102],
  why="old eponym 'Aspergers syndrom' hedged by 'Ev.' in a 16-year-old's note")

C("vgr-barnneuro-mojligt-retts-syndrom", P("2021-06-14", "F"),
  N("dsbus_neuro", "Ulrika Mårtensson", "läkare", "2024-01-30 13:20", [
      ("Anamnes", "Normal utveckling till 15 månader. Därefter förlorat ord och börjat gnugga händerna mot varandra framför munnen."),
      ("Bedömning", "Möjligt Retts syndrom. MECP2-analys skickad."),
  ]),
  must=[M102],
  why="eponym syndrome with 'Möjligt' in paediatric neurology")

C("barnneuro-susp-landau-kleffner", P("2018-09-19", "M"),
  N("barnneuro_lund", "David Jönsson", "läkare", "2024-07-02 09:00", [
      ("Bedömning", "Förlust av språkförståelse under våren. Susp. Landau–Kleffners syndrom, sömn-EEG beställt."),
  ]),
  must=[M102],
  why="double eponym after 'Susp.' with an en dash")

C("bup-bulimia-nervosa-fragetecken-latin", P("2006-04-28", "F"),
  N("bup_atstorning", "Ingrid Söderberg", "läkare", "2024-01-09 14:50", [
      ("Bedömning", "Bulimia nervosa? Hetsätningsepisoder med kräkning tre gånger i veckan enligt egen uppgift."),
  ]),
  must=[M102],
  why="Latin diagnosis followed by a question mark")

C("bup-kan-vara-fraga-om-add-bild", P("2014-02-14", "F"),
  N("bup_malmo", "Fatima Al-Hassan", "läkare", "2024-09-17 10:25", [
      ("Bedömning", "Dagdrömmer, tappar tråden och blir klar sist på varje prov. Kan vara fråga om en ADD-bild."),
  ]),
  must=[M102],
  why="colloquial 'Kan vara fråga om en ADD-bild' still hedges a diagnosis")

C("vgr-ssk-trol-depression-phq9", P("1988-11-30", "F"),
  N("uddevalla_psyk", "Tove Lindahl", "sjuksköterska", "2024-08-13 08:55", [
      ("Aktuellt", "Telefon från pat som beskriver tomhet, gråter mycket och har slutat träffa vänner."),
      ("Bedömning", "Pat har trol. en depression, PHQ-9 19. Bokas till läkare inom en vecka."),
  ], template="Sjuksköterskeanteckning"),
  must=[M102],
  why="nurse note with 'trol. en depression' is visible too")

C("vgr-planering-utreda-misstankt-adhd", P("2015-06-01", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-03-21 15:15", [
      ("Bedömning", "Läkarundersökning utan anmärkning. Hörsel och syn kontrollerade, normala."),
      ("Planering", "Vidare utredning av misstänkt ADHD via barnneuropsykiatriskt team."),
  ]),
  must=[M102],
  why="the hedged diagnosis sits in Planering, not Bedömning; still visible")

C("vgr-misstankt-mitokondriell-sjukdom", P("2017-09-09", "F"),
  N("dsbus_neuro", "Jonas Strand", "läkare", "2024-10-01 11:30", [
      ("Bedömning", "Återkommande laktatacidos vid infektioner, hypotoni och ptos. Misstänkt mitokondriel sjukdom."),
  ]),
  must=[M102],
  why="typo 'mitokondriel': suspected metabolic disease in a visible paediatric neurology note")

C("bup-differentialdiagnostiskt-overvags-adhd", P("2012-08-21", "F"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-06-25 13:45", [
      ("Bedömning", "Lägger sig efter midnatt varje kväll och somnar på lektionerna. Differentialdiagnostiskt övervägs ADHD, men sömnbristen behöver åtgärdas först."),
  ]),
  must=[M102],
  why="'Differentialdiagnostiskt övervägs ADHD' is a hedged diagnosis")

C("bup-typo-sannolkit-autism-ados", P("2016-05-05", "M"),
  N("bup_np_lund", "Sara Holm", "psykolog", "2024-12-10 10:00", [
      ("Bedömning", "Sannolkit autism. ADOS-2 modul 3 ger poäng över gränsvärdet och föräldraintervjun bekräftar tidig debut."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="typo 'Sannolkit' for sannolikt before autism")

C("bup-tvangssyndrom-fragetecken-cybocs", P("2006-07-11", "M"),
  N("bup_ystad", "Oskar Dahl", "läkare", "2024-04-09 14:15", [
      ("Bedömning", "Tvångssyndrom? CY-BOCS 22, kontrollbeteenden kring spisen och ytterdörren."),
  ]),
  must=[M102],
  why="diagnosis followed by '?' in the note of a 17-year-old")

C("bup-utkast-trol-adhd-teamkonferens", P("2013-06-17", "M"),
  N("bup_landskrona", "Oskar Dahl", "läkare", "2024-08-20 16:30", [
      ("Bedömning", "Trol. ADHD kombinerad typ. Sammanställning pågår och anteckningen kompletteras efter teamkonferensen."),
  ], draft=True),
  must=[M102],
  why="unsigned draft (pre-signing) with 'Trol. ADHD' in Bedömning")

C("vgr-troligen-ifn-sprakbarriar", P("2016-11-11", "M"),
  N("nal_barn", "Anna Wallin", "psykolog", "2024-09-10 13:00", [
      ("Bedömning", "Begåvningsnivån ligger troligen inom ramen för intellektuell funktionsnedsättning, men språkbarriären gör testresultaten osäkra."),
  ], template="Psykologanteckning"),
  must=[M102],
  why="'troligen' about intellectual disability in a psychologist's visible note")

C("vgr-akut-misstankt-manisk-episod", P("1985-01-01", "M"),
  N("molndal_akut", "Ahmed Karimi", "läkare", "2024-07-20 03:10", [
      ("Bedömning", "Misstänkt manisk episod. Har inte sovit på tre nätter och köpt två bilar på kredit."),
  ]),
  must=[M102],
  why="night-time emergency note: 'Misstänkt manisk episod'")

C("vgr-typo-trolig-depresion", P("2000-02-02", "F"),
  N("alingsas_psyk", "Gunilla Nordin", "läkare", "2024-05-21 11:50", [
      ("Bedömning", "Trolig depresion, medelsvår. Startar sertralin 50 mg."),
  ]),
  must=[M102],
  why="typo 'depresion' after 'Trolig'")

C("bup-akut-psykotisk-depression-kan-ej-uteslutas", P("2007-02-18", "F"),
  N("bup_akut_lund", "Anders Wikström", "läkare", "2024-05-02 19:25", [
      ("Psykiskt status", "Djup nedstämdhet, talar lågt och långsamt. Skuldtankar av nästan vanföreställningskaraktär."),
      ("Bedömning", "Psykotisk depression kan ej uteslutas. Stannar hemma med föräldrarna över natten, nytt besök i morgon."),
  ]),
  must=[M102],
  why="BUP emergency: psychotic depression 'kan ej uteslutas'")

# ================================================================ B. NL102 near misses
# --- negated
C("bup-ingen-misstanke-om-autism", P("2017-10-03", "M"),
  N("bup_np_lund", "Sara Holm", "psykolog", "2024-03-04 09:15", [
      ("Bedömning", "Ingen misstanke om autism. Pojken samspelar åldersadekvat och har en flexibel lek."),
  ], template="Psykologanteckning"),
  must_not=[M102],
  why="negated: 'Ingen misstanke om autism'")

C("vgr-hypnagoga-psykos-uteslutes", P("2002-08-08", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-02-29 14:10", [
      ("Bedömning", "Hörselhallucinationerna var hypnagoga och förekom endast vid insomning. Pyskos uteslutes."),
  ]),
  must_not=[M102],
  why="negated with typo 'Pyskos uteslutes'")

C("bup-inga-tecken-pa-depression-stress", P("2006-09-21", "F"),
  N("bup_malmo", "Karin Lindqvist", "läkare", "2024-06-12 10:45", [
      ("Psykiskt status", "Ler adekvat, god kontakt, inga tecken på depression."),
      ("Bedömning", "Stressreaktion i samband med skolavslutningen, förväntas klinga av."),
  ]),
  must_not=[M102],
  why="negated: 'inga tecken på depression' in psychiatric status")

C("bup-ej-talande-for-adhd", P("2014-03-30", "M"),
  N("bup_hbg", "Mikael Berg", "läkare", "2024-11-05 11:20", [
      ("Bedömning", "Uppmärksamheten är god i testsituationen och skattningarna från skolan ligger under gränsvärdet. Ej talande för ADHD."),
  ]),
  must_not=[M102],
  why="negated: 'Ej talande för ADHD'")

C("vgr-utan-hallpunkt-for-bipolar", P("1990-05-17", "F"),
  N("su_affektiva", "Sofia Andersson", "läkare", "2024-09-03 13:40", [
      ("Bedömning", "Recidiverande depression. Utan hållpunkt för bipolär sjukdom, inga hypomana episoder enligt pat eller maken."),
  ]),
  must_not=[M102],
  why="negated: 'Utan hållpunkt för bipolär sjukdom'; the depression is confirmed")

C("bup-typo-ingen-missanke-om-psykos", P("2006-06-16", "M"),
  N("bup_lund", "Anders Wikström", "läkare", "2024-03-28 15:20", [
      ("Bedömning", "Ingen missanke om psykos; rösterna beskrivs som egna tankar i huvudet."),
  ]),
  must_not=[M102],
  why="typo 'missanke' inside a negation that must still block the hedge")

C("bup-kriterier-for-autism-uppfylls-inte", P("2016-01-19", "F"),
  N("bup_kristianstad", "Yasmin Osman", "psykolog", "2024-05-15 10:30", [
      ("Bedömning", "Kriterierna för autism uppfylls inte. Svårigheterna förklaras bättre av den kända språkstörningen."),
  ], template="Psykologanteckning"),
  must_not=[M102],
  why="negated: autism criteria not met")

C("barnneuro-eeg-inga-tecken-pa-epilepsi", P("2015-04-24", "F"),
  N("barnneuro_lund", "David Jönsson", "läkare", "2024-08-06 14:00", [
      ("Bedömning", "EEG med sömnregistrering visar inga epileptiforma urladdningar. Episoderna bedöms som dagdrömmar, inga tecken på epilepsi."),
  ]),
  must_not=[M102],
  why="negated: 'inga tecken på epilepsi' after a normal EEG")

C("hab-ifn-foreligger-inte", P("2013-09-04", "M"),
  N("hab_malmo", "Tove Bergman", "psykolog", "2024-02-14 13:30", [
      ("Bedömning", "Någon intellektuell funktionsnedsättning föreligger inte; helskale-IK 84 med ojämn profil."),
  ], template="Psykologanteckning"),
  must_not=[M102],
  why="negated: 'Någon intellektuell funktionsnedsättning föreligger inte'")

C("vgr-inget-som-talar-for-atstorning", P("2006-03-27", "F"),
  N("dsbus_ungdom", "Camilla Eriksson", "läkare", "2024-01-18 10:15", [
      ("Bedömning", "Viktnedgången förklaras av den nyupptäckta hypertyreosen. Inget som talar för ätstörnig."),
  ]),
  must_not=[M102],
  why="negated with typo 'ätstörnig': 'Inget som talar för'")

C("vgr-tourette-inte-aktuellt", P("2016-12-24", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-04-30 08:50", [
      ("Bedömning", "Enstaka motoriska tics sedan tre månader. Tourettes syndrom är inte aktuellt då vokala tics saknas."),
  ]),
  must_not=[M102],
  why="negated: Tourette 'inte aktuellt'")

C("bup-akut-sjalvskada-ingen-misstanke-bipolaritet", P("2007-01-30", "F"),
  N("bup_akut_lund", "Anders Wikström", "läkare", "2024-10-12 21:05", [
      ("Bedömning", "Självskada i affekt efter gräl med pojkvännen. Inga psykotiska symtom och ingen misstanke om bipolaritet."),
  ]),
  must_not=[M102],
  why="negated mood and psychotic disorders in a BUP emergency note")

C("vgr-autism-avskriven-vuxen", P("1996-10-10", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-11-26 14:30", [
      ("Bedömning", "Autism har avskrivits efter genomförd utredning; social ångest förklarar undvikandet bättre."),
  ]),
  must_not=[M102],
  why="ruled out: 'Autism har avskrivits'")

# --- family history
C("bup-hereditet-morfar-trol-bipolar", P("2015-07-07", "M"),
  N("bup_malmo", "Johan Ek", "läkare", "2024-03-07 09:10", [
      ("Hereditet", "Mor har ADHD. Morfar trol. bipolär, aldrig utredd. Faster med epilepsi."),
      ("Bedömning", "Nybesök; anamnesen kompletteras vid nästa besök tillsammans med pappa."),
  ]),
  must_not=[M102],
  why="family history: a grandfather's hedged bipolar disorder is not the patient's diagnosis")

C("vgr-storebror-utreds-for-misstankt-autism", P("2019-02-27", "F"),
  N("nal_barn", "Camilla Eriksson", "läkare", "2024-07-16 10:00", [
      ("Socialt", "Bor med båda föräldrarna och två syskon. Storebror utreds just nu för misstänkt autism inom BUP."),
      ("Bedömning", "Normal utveckling enligt BVC-kurvor. Inget som föranleder vidare utredning av flickan."),
  ]),
  must_not=[M102],
  why="a sibling's suspected autism in Socialt")

C("bup-hereditet-pappa-schizofreni", P("2007-08-12", "F"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-09-12 13:25", [
      ("Hereditet", "Pappa har schizofreni och bor på ett gruppboende. Farbror tog sitt liv i 30-årsåldern."),
      ("Bedömning", "Oro inför studenten, sömnen ok. Inga psykotiska symtom hos flickan."),
  ]),
  must_not=[M102],
  why="family history of schizophrenia and suicide; the girl has no hedged diagnosis")

C("hab-hereditet-kusin-fragilt-x", P("2018-10-30", "M"),
  N("hab_malmo", "Ahmed Nasser", "läkare", "2024-05-20 11:00", [
      ("Hereditet", "Kusin på mammans sida har fragilt X-syndrom."),
      ("Åtgärd", "Med tanke på hereditet och pojkens utvecklingsprofil skickas FMR1-analys."),
  ]),
  must_not=[M102],
  why="a cousin's syndrome; ordering a test is not a hedged diagnosis")

C("vgr-mamma-tror-sjalv-hon-har-adhd", P("2016-08-15", "M"),
  N("skovde_barn", "Ulrika Mårtensson", "läkare", "2024-06-04 14:40", [
      ("Hereditet", "Mamma tror att hon själv har ADHD men är aldrig utredd. Pappa hade läs- och skrivsvårigheter i skolan."),
      ("Bedömning", "Förstoppning sedan ett halvår, behandlas med makrogol."),
  ]),
  must_not=[M102],
  why="the mother's own lay suspicion about herself, in Hereditet")

C("bup-typo-hereditet-morbror-schizofrenni", P("2014-11-13", "F"),
  N("bup_ystad", "Hanna Persson", "läkare", "2024-01-25 10:05", [
      ("Hereditet", "Morbror med schizofrenni. Mormor trol. depresiv under många år."),
      ("Bedömning", "Separationsångest i samband med skolstart, ingen annan psykiatrisk problematik hos flickan."),
  ]),
  must_not=[M102],
  why="typos 'schizofrenni' and 'depresiv' in family history; relatives' hedges do not count")

C("vgr-lillasyster-misstankt-anorexi", P("2006-10-05", "F"),
  N("dsbus_ungdom", "Peter Lundgren", "läkare", "2024-04-11 15:35", [
      ("Socialt", "Lillasyster är under utredning för misstänkt anorexi, vilket präglar stämningen hemma."),
      ("Bedömning", "Spänningshuvudvärk, normal neurologisk undersökning och ögonbottenstatus."),
  ]),
  must_not=[M102],
  why="a sibling's suspected anorexia is third-party information, not the patient's hedge")

# --- past history
C("bup-tidigare-utredd-adhd-ej-kriterier", P("2006-02-09", "M"),
  N("bup_malmo", "Fatima Al-Hassan", "läkare", "2024-01-11 13:00", [
      ("Anamnes", "Utreddes 2019 på BUP för misstänkt ADHD men uppfyllde då inte kriterierna. Söker nu för sömnsvårigheter och oro inför körkortet."),
  ]),
  must_not=[M102],
  why="past history: an earlier ADHD suspicion that was ruled out")

C("barnmed-misstankt-epilepsi-som-treaaring-avskriven", P("2014-06-22", "F"),
  N("barnmed_krstd", "Lars Nilsson", "läkare", "2024-03-14 11:15", [
      ("Tidigare", "Misstänkt epilepsi som treåring efter en kramp vid feber; EEG var normalt och misstanken avskrevs."),
      ("Bedömning", "Aktuell sökorsak är huvudvärk av spänningstyp."),
  ]),
  must_not=[M102],
  why="past history: a childhood epilepsy suspicion dismissed")

C("vgr-psykos-2018-drogutlost-over", P("1998-07-30", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-08-22 10:20", [
      ("Anamnes", "År 2018 vårdades han kort med misstänkt psykos som visade sig vara drogutlöst och gick över helt."),
      ("Bedömning", "Nu ingen psykossymtomatologi, kommer för intyg till Transportstyrelsen."),
  ]),
  must_not=[M102],
  why="past history: a resolved psychosis episode from 2018")

# --- hedges that are not about a diagnosis
C("bup-ev-nytt-besok-efter-sommarlovet", P("2012-05-15", "M"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-06-13 15:50", [
      ("Bedömning", "ADHD, välbehandlad med metylfenidat 36 mg. Aptiten har återhämtat sig."),
      ("Planering", "Ev. nytt besök efter sommarlovet, annars telefonuppföljning i augusti."),
  ]),
  must_not=[M102],
  why="'Ev.' hedges a visit; the ADHD is confirmed")

C("hab-arbetsterapeut-mojligen-anpassad-studiegang", P("2007-04-30", "F"),
  N("hab_lund", "Jenny Fors", "arbetsterapeut", "2024-05-08 10:30", [
      ("Bakgrund", "Autism och ADHD sedan tidigare, behov av stöd i planering av vardagen."),
      ("Åtgärd", "Genomgång av tidshjälpmedel och veckoschema i telefonen. Möjligen kan skolan erbjuda anpassad studiegång under vårterminen."),
  ], template="Arbetsterapeutanteckning"),
  must_not=[M102],
  why="'Möjligen' hedges a school measure, not a diagnosis")

C("bup-ssk-trolig-forbattring-av-somnen", P("2017-01-08", "M"),
  N("bup_hbg", "Maja Ekström", "sjuksköterska", "2024-02-22 08:30", [
      ("Aktuellt", "Trolig förbättring av insomningen sedan melatonin sattes in, somnar nu inom en halvtimme."),
  ], template="Sjuksköterskeanteckning"),
  must_not=[M102],
  why="'Trolig förbättring' hedges a treatment effect")

C("vgr-oklart-om-mamma-kan-komma", P("2018-06-30", "F"),
  N("sas_barn", "Hanna Lind", "sjuksköterska", "2024-10-03 13:55", [
      ("Planering", "Oklart om mamma kan komma nästa gång då hon börjat nytt arbete; pappa följer med i annat fall."),
  ], template="Sjuksköterskeanteckning"),
  must_not=[M102],
  why="'Oklart om' is about who comes to the visit")

C("bup-kurator-kanske-tolk-mormor", P("2015-09-14", "M"),
  N("bup_malmo", "Ida Mattsson", "kurator", "2024-04-17 14:05", [
      ("Planering", "Kanske behövs tolk på somaliska till mormor som ofta följer med."),
  ], template="Kuratorsanteckning"),
  must_not=[M102],
  why="'Kanske' about an interpreter")

C("bup-dosokning-fragetecken", P("2012-03-03", "M"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-07-11 09:05", [
      ("Läkemedel", "Concerta 27 mg. Dosökning till 36 mg? Diskuteras vid nästa besök."),
  ]),
  must_not=[M102],
  why="a question mark after a dose change, not after a diagnosis")

C("bup-ssk-misstanker-att-hon-inte-tar-medicinen", P("2006-12-01", "F"),
  N("bup_lund", "Maja Ekström", "sjuksköterska", "2024-03-06 11:45", [
      ("Bedömning", "Misstänker att hon inte tar sin medicin regelbundet, apoteksuttagen stämmer inte."),
  ], template="Sjuksköterskeanteckning"),
  must_not=[M102],
  why="suspicion about adherence is not a diagnosis")

C("vgr-kurator-mamma-misstanker-retad", P("2014-04-19", "M"),
  N("nal_barn", "Sanna Holmgren", "kurator", "2024-09-19 10:20", [
      ("Aktuellt", "Mamma misstänker att han blir retad på rasterna och att det är därför han inte vill gå till skolan."),
  ], template="Kuratorsanteckning"),
  must_not=[M102],
  why="a parent suspects teasing at school, no diagnosis")

C("bup-dosen-kan-ev-hojas-sertralin", P("2007-09-27", "M"),
  N("bup_ystad", "Oskar Dahl", "läkare", "2024-03-20 13:10", [
      ("Bedömning", "Depression, lätt förbättrad sedan förra besöket."),
      ("Läkemedel", "Sertralin 50 mg sedan sex veckor, dosen kan ev. höjas till 75 mg om effekten uteblir."),
  ]),
  must_not=[M102],
  why="'ev.' hedges a dose increase; the depression is stated without a hedge")

# --- confirmed diagnoses
C("bup-autism-fastslagen-aterbesked", P("2014-09-25", "F"),
  N("bup_np_lund", "Per Åkesson", "läkare", "2024-04-25 14:00", [
      ("Bedömning", "Uppfyller kriterierna för autism enligt DSM-5, nivå 1. Diagnosen har återgetts till båda föräldrarna som känner igen beskrivningen."),
  ]),
  must_not=[M102, M101],
  why="confirmed autism, told to both guardians")

C("bup-adhd-kombinerad-f900-fastställd", P("2013-12-07", "M"),
  N("bup_malmo", "Johan Ek", "läkare", "2024-10-29 10:40", [
      ("Diagnos", "ADHD, kombinerad form (F90.0)."),
      ("Bedömning", "Diagnosen fastställd efter komplett utredning med skolobservation och kognitiv testning."),
  ]),
  must_not=[M102],
  why="confirmed ADHD with ICD code, no hedge")

C("hab-mattlig-ifn-downs-syndrom", P("2017-11-16", "F"),
  N("hab_malmo", "Ahmed Nasser", "läkare", "2024-08-29 09:25", [
      ("Diagnos", "Måttlig intellektuell funktionsnedsättning (F71). Downs syndrom."),
      ("Aktuellt", "Årligt läkarbesök. Fungerar väl i särskolan, sköldkörtelprover normala."),
  ]),
  must_not=[M102],
  why="confirmed intellectual disability and Down syndrome")

C("vgr-kand-fokal-epilepsi-anfallsfri", P("2016-10-01", "M"),
  N("dsbus_neuro", "Ulrika Mårtensson", "läkare", "2024-12-05 13:50", [
      ("Bedömning", "Känd fokal epilepsi, anfallsfri sedan två år på lamotrigin. Utsättningsförsök diskuteras till sommaren."),
  ]),
  must_not=[M102],
  why="known epilepsy, no hedge")

C("vgr-paranoid-schizofreni-depot", P("1987-03-15", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-02-01 11:05", [
      ("Bedömning", "Paranoid schizofreni, stabil på depåinjektion var fjärde vecka."),
  ]),
  must_not=[M102],
  why="established schizophrenia under treatment")

# --- PMO: hedged diagnoses are never shown as diagnoses
C("bvc-tvaarsbesok-misstankt-autism-pmo", P("2022-01-11", "M"),
  N("bvc_linero", "Helena Borg", "sjuksköterska", "2024-02-12 09:30", [
      ("Aktuellt", "Tvåårsbesök tillsammans med pappa. Säger ett fåtal ord, pekar inte och reagerar sparsamt på sitt namn."),
      ("Bedömning", "Misstänkt autism, ev. språkförsening. Remiss till barnläkare."),
  ], template="BVC-besök"),
  must_not=[M102],
  why="PMO (BVC): a hedged diagnosis is not shown, so no NL102")

C("vc-trol-adhd-remiss-pmo", P("1999-12-19", "M"),
  N("vc_sorgenfri", "Erik Sandberg", "läkare", "2024-03-18 14:20", [
      ("Bedömning", "Trol. ADHD, remiss till vuxenpsykiatrin för utredning."),
  ], template="Läkarbesök"),
  must_not=[M102],
  why="PMO primary care: hedged ADHD is not NL102")

C("ungdomsmott-misstankt-depression-17-pmo", P("2006-05-30", "F"),
  N("um_hbg", "Annika Ros", "läkare", "2024-03-25 15:00", [
      ("Bedömning", "Misstänkt depression, PHQ-9 17. Erbjuds tid hos läkare på vårdcentralen."),
  ], template="Läkarbesök"),
  must_not=[M102],
  why="PMO youth clinic: hedged depression is not NL102")

C("bvc-susp-atopiskt-eksem-pmo", P("2023-04-20", "F"),
  N("bvc_hjarup", "Lisa Mellberg", "sjuksköterska", "2024-01-29 10:10", [
      ("Status", "Torra, röda fläckar i armvecken och på kinderna."),
      ("Bedömning", "Susp. atopiskt eksem. Mjukgörande kräm två gånger dagligen."),
  ], template="BVC-besök"),
  must_not=[M102],
  why="PMO (BVC): suspected eczema in an infant")

C("bvc-18-man-horselnedsattning-kan-ej-uteslutas-pmo", P("2022-10-02", "M"),
  N("bvc_rosengard", "Samira Khalil", "sjuksköterska", "2024-04-08 13:40", [
      ("Aktuellt", "Artonmånadersbesök med mamma och tolk på arabiska. Pojken jollrar men har inga ord."),
      ("Bedömning", "Hörselnedsättning kan ej uteslutas, remiss till hörselmottagningen."),
  ], template="BVC-besök"),
  must_not=[M102],
  why="PMO (BVC): 'kan ej uteslutas' about hearing loss")

C("vc-bipolar-kan-ej-uteslutas-pmo", P("1979-08-08", "F"),
  N("vc_eslov", "Magnus Lind", "läkare", "2024-05-13 10:55", [
      ("Bedömning", "Bipolär sjukdom kan ej uteslutas; SSRI avvaktas och remiss skickas till psykiatrin."),
  ], template="Läkarbesök"),
  must_not=[M102],
  why="PMO primary care: bipolar 'kan ej uteslutas'")

C("bvc-fyraarsbesok-trol-adhd-pmo", P("2020-01-27", "M"),
  N("bvc_nasby", "Gustav Engström", "läkare", "2024-02-19 11:30", [
      ("Bedömning", "Trol. ADHD-problematik enligt förskolans beskrivning, men fyra år är tidigt för ställningstagande."),
  ], template="Läkarbesök"),
  must_not=[M102],
  why="PMO (BVC doctor): hedged ADHD in a 4-year-old")

C("vc-typo-sannolkt-paniksyndrom-pmo", P("2003-03-13", "F"),
  N("vc_eslov", "Rebecka Holm", "sjuksköterska", "2024-06-26 08:20", [
      ("Kontaktorsak", "Ringer om hjärtklappning och rädsla att dö, tredje gången denna månad."),
      ("Bedömning", "Sannolkt paniksyndrom. Läkartid bokad."),
  ], template="Telefonkontakt"),
  must_not=[M102],
  why="PMO with typo 'Sannolkt'; hedged diagnoses in PMO are never NL102")

# --- Tidiga hypoteser
C("skane-th-misstankt-schizofreni-mall", P("2006-05-09", "M"),
  N("bup_lund", "Anders Wikström", "läkare", "2024-02-21 16:00", [
      ("Bedömning", "Misstänkt schizofreni. Negativa symtom sedan ett år och bisarra idéer om att hans tankar sänds ut. För tidigt att diskutera med pat och familj innan observationsperioden är klar."),
  ], template="Tidiga hypoteser"),
  must_not=[M102, M104, M101],
  why="Skåne Melior template Tidiga hypoteser hides the suspected schizophrenia")

C("vgr-th-sokord-dd-autism-sprakstorning", P("2019-09-17", "F"),
  N("nal_barn", "Camilla Eriksson", "läkare", "2024-06-20 09:10", [
      ("Aktuellt", "Uppföljning av tal och samspel. Flickan har börjat förskola och trivs."),
      ("Tidiga hypoteser", "DD autism eller svår språkstörning; för oklart för att ta upp med föräldrarna ännu."),
  ]),
  must_not=[M102, M104],
  why="VGR: the differential sits under sökord Tidiga hypoteser, the visible section has none")

C("vgr-th-sokord-men-lackage-i-bedomning", P("2017-04-01", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-03-12 13:20", [
      ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi, CK 12 000."),
      ("Bedömning", "Gowers tecken positivt. Trol. muskeldystrofi, genetisk analys skickas."),
  ]),
  must=[M102], must_not=[M104],
  why="VGR: hypothesis in Tidiga hypoteser but repeated hedged in the visible Bedömning")

C("skane-th-mall-hab-hypotes-fasd", P("2016-06-06", "M"),
  N("hab_malmo", "Ahmed Nasser", "läkare", "2024-09-16 14:15", [
      ("Bedömning", "Hypotes: FASD. Ansiktsdrag och tillväxtmönster stämmer, men uppgift om exponering under graviditeten saknas."),
  ], template="Tidiga hypoteser"),
  must_not=[M102, M104],
  why="Skåne habilitation: FASD hypothesis correctly placed in template Tidiga hypoteser")

# --- lay words and euphemisms
C("bup-lekmannasprak-virvelvind", P("2018-02-09", "M"),
  N("bup_malmo", "Maja Ekström", "sjuksköterska", "2024-05-22 10:35", [
      ("Aktuellt", "Mamma beskriver honom som 'en virvelvind från morgon till kväll'. Kanske är han mest trött efter långa dagar på fritids."),
  ], template="Sjuksköterskeanteckning"),
  must_not=[M102],
  why="lay description and a hedge about tiredness, no diagnosis")

C("vgr-lite-speciell-enligt-pappa", P("2015-05-21", "F"),
  N("skovde_barn", "Ulrika Mårtensson", "läkare", "2024-08-15 13:05", [
      ("Anamnes", "Pappa säger att hon alltid varit 'lite speciell' och att hon trivs bäst i sällskap med vuxna."),
      ("Bedömning", "Frisk flicka med normal tillväxt. Kommer för återkommande magont, bukstatus och prover utan anmärkning."),
  ]),
  must_not=[M102],
  why="a father's lay words 'lite speciell' are not a diagnosis")

C("bup-hjarnspoken-tvangssyndrom-kbt", P("2006-10-18", "F"),
  N("bup_hbg", "Nadia Rahimi", "psykolog", "2024-02-01 14:50", [
      ("Aktuellt", "Kallar själv sina tvångstankar för 'hjärnspöken' och ritar dem som små gröna figurer."),
      ("Bedömning", "Tvångssyndrom, behandlas med KBT med exponering och responsprevention."),
  ], template="Psykologanteckning"),
  must_not=[M102],
  why="patient's own lay word for obsessions; the OCD is confirmed")

C("vgr-myror-i-brallan-enligt-laraten", P("2017-07-03", "M"),
  N("kungalv_barn", "Jonas Strand", "läkare", "2024-05-16 11:25", [
      ("Aktuellt", "Läraren skriver att han har 'myror i brallan', möjligen mer efter lunch."),
      ("Bedömning", "Utvecklingsbedömning utan avvikelser; föräldrarna lugnade."),
  ]),
  must_not=[M102],
  why="teacher's idiom with 'möjligen' about time of day")

C("vgr-nerverna-enligt-mormor", P("1995-04-04", "F"),
  N("su_affektiva", "Sofia Andersson", "läkare", "2024-10-24 09:15", [
      ("Anamnes", "Pat berättar att mormor alltid sagt att det är 'nerverna' när hon haft svårt att sova."),
      ("Bedömning", "Generaliserat ångestsyndrom, diagnostiserat 2021, nu i bättre fas."),
  ]),
  must_not=[M102],
  why="a grandmother's euphemism 'nerverna'; the anxiety disorder is confirmed")

# ================================================================ C. NL101
C("bup-schizofreni-pat-ej-informerad-17", P("2006-03-19", "M"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-01-31 15:40", [
      ("Bedömning", "Uppfyller kriterierna för schizofreni efter sex månaders observation. Pat är ännu inte informerad om diagnosen; tas upp vid familjesamtal nästa vecka."),
  ]),
  must=[M101], must_not=[M102],
  why="settled schizophrenia in Bedömning while the 17-year-old reader has not been told")

C("vgr-misstankt-duchenne-foraldrar-ej-informerade", P("2020-07-07", "M"),
  N("dsbus_neuro", "Jonas Strand", "läkare", "2024-04-04 14:25", [
      ("Bedömning", "Misstänkt Duchennes muskeldystrofi med CK över 15 000. Föräldrarna har ännu inte informerats om misstanken; besked ges när genetiksvaret kommit."),
  ]),
  must=[M101, M102],
  why="guardians of a 3-year-old read the journal and have not been told of the suspicion")

C("hab-ifn-resultat-ej-fortmedlat-foraldrar", P("2017-03-08", "F"),
  N("hab_lund", "Tove Bergman", "psykolog", "2024-04-29 11:00", [
      ("Bedömning", "Testresultaten visar måttlig intellektuell funktionsnedsättning. Resultatet har inte förmedlats till föräldrarna än, återgivningssamtal bokat den 14 maj."),
  ], template="Psykologanteckning"),
  must=[M101],
  why="intellectual disability written visibly before the guardians' feedback session")

C("vgr-bipolar-typ1-ej-informerad-manisk", P("1980-12-12", "M"),
  N("su_affektiva", "Sofia Andersson", "läkare", "2024-06-05 10:50", [
      ("Bedömning", "Bipolär sjukdom typ I. Pat ej infomerad om diagnosen då han fortfarande är manisk och saknar sjukdomsinsikt; informeras när han stabiliserats."),
  ]),
  must=[M101], must_not=[M102],
  why="typo 'infomerad': adult psychiatry diagnosis visible, patient deliberately not yet told")

C("bup-autism-pojken-vet-inte-foraldrar-vill-berätta", P("2007-11-29", "M"),
  N("bup_np_lund", "Karin Lindqvist", "läkare", "2024-03-13 13:15", [
      ("Bedömning", "Autism konstaterad efter avslutad utredning. Pojken vet ännu inte om resultatet eftersom föräldrarna vill berätta själva i lugn och ro."),
  ]),
  must=[M101], must_not=[M102],
  why="the 16-year-old reads his own journal; only his parents were told")

C("vgr-trol-bipolar-ska-inte-tas-upp", P("1998-01-26", "F"),
  N("alingsas_psyk", "Gunilla Nordin", "läkare", "2024-11-20 14:35", [
      ("Bedömning", "Trol. bipolär sjukdom typ II. Ska inte tas upp med pat förrän den pågående krisen lagt sig."),
  ]),
  must=[M101, M102],
  why="'Ska inte tas upp med pat' about a hedged diagnosis written visibly")

C("bup-utkast-adhd-besked-ej-lamnat", P("2006-07-31", "F"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-02-26 16:10", [
      ("Bedömning", "ADHD bekräftad. Besked ej lämnat till pat ännu, planeras till återbesöket."),
  ], draft=True),
  must=[M101],
  why="unsigned draft: confirmed ADHD, 'Besked ej lämnat till pat'")

C("vgr-telegram-f840-ej-meddelat-vh", P("2016-09-22", "M"),
  N("nal_barn", "Camilla Eriksson", "läkare", "2024-12-03 15:25", [
      ("Diagnos", "F84.0 Autism."),
      ("Information", "Ej meddelat vh ännu."),
  ]),
  must=[M101],
  why="telegraphic: guardians (vh) of an 8-year-old not told of a registered diagnosis")

C("bup-typo-inte-infromerad-anorexi", P("2006-08-24", "F"),
  N("bup_atstorning", "Ingrid Söderberg", "läkare", "2024-05-29 10:20", [
      ("Bedömning", "Atypisk anorexia nervosa. Patienten är inte infromerad om diagnosen ännu."),
  ]),
  must=[M101],
  why="typo 'infromerad' in the not-informed statement")

C("vgr-misstankt-ftd-diagnos-ej-kommunicerad", P("1965-05-05", "F"),
  N("uddevalla_psyk", "Eva Granqvist", "läkare", "2024-09-30 13:10", [
      ("Bedömning", "Misstänkt frontotemporal demens utifrån personlighetsförändring och MR-fynd. Diagnosen ännu inte kommunicerad med pat, maken informerad."),
  ]),
  must=[M101, M102],
  why="the husband was told, the patient (who reads the journal) was not")

C("bup-tourette-avvaktar-att-beratta-for-foraldrar", P("2013-08-08", "F"),
  N("bup_lund", "Anders Wikström", "läkare", "2024-10-17 14:45", [
      ("Bedömning", "Tourettes syndrom. Vi har valt att avvakta med att berätta om diagnosen för föräldrarna tills pappa kan delta."),
  ]),
  must=[M101],
  why="guardians of an 11-year-old read the journal but have not been told")

C("vgr-autism-vuxen-planering-ej-informerad", P("2001-11-01", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-07-04 09:30", [
      ("Bedömning", "Uppfyller kriterier för autism, nivå 1."),
      ("Planering", "Pat ej informerad om utfallet, återgivning bokas med psykolog."),
  ]),
  must=[M101],
  why="diagnosis in Bedömning, not-informed statement in Planering")

C("bup-pat-kanner-inte-till-bipolar", P("2006-01-22", "M"),
  N("bup_malmo", "Fatima Al-Hassan", "läkare", "2024-01-04 11:35", [
      ("Bedömning", "Pat känner inte till att det rör sig om en bipolär sjukdom; föräldrarna vill att vi väntar med beskedet."),
  ]),
  must=[M101],
  why="'Pat känner inte till' the bipolar disorder that is written visibly")

C("vgr-barnneuro-foraldrar-ej-underrattade-cp", P("2022-05-15", "F"),
  N("dsbus_neuro", "Ulrika Mårtensson", "läkare", "2024-02-07 16:20", [
      ("Bedömning", "MR visar periventrikulär leukomalaci och kliniken stämmer med spastisk diplegi, cerebral pares. Föräldrarna är inte underrättade om fyndet ännu."),
  ]),
  must=[M101],
  why="cerebral palsy diagnosis visible to guardians who are 'inte underrättade'")

C("bup-misstankt-psykosutveckling-ej-informerad", P("2007-01-05", "F"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-06-27 10:05", [
      ("Bedömning", "Misstänkt psykosutveckling. Pat ej informerad om vår misstanke."),
  ]),
  must=[M101, M102],
  why="suspected psychosis written visibly and the 17-year-old not told")

# --- NL101 near misses
C("bup-pat-informerad-vill-inte-att-foraldrar-vet", P("2006-11-26", "F"),
  N("bup_malmo", "Karin Lindqvist", "läkare", "2024-08-08 14:00", [
      ("Bedömning", "Depression, medelsvår. Pat informerad om diagnosen och behandlingsalternativen."),
      ("Information", "Vill inte att föräldrarna får veta något just nu, vilket respekteras."),
  ]),
  must_not=[M101, M102],
  why="the 17-year-old patient was told; the parents not being informed is not NL101")

C("bup-mamma-ej-informerad-pat-vill-beratta-sjalv", P("2007-02-07", "M"),
  N("bup_hbg", "Mikael Berg", "läkare", "2024-09-05 13:30", [
      ("Bedömning", "ADHD fastställd. Pat fick beskedet idag. Mamma är inte informerad än eftersom han vill berätta själv."),
  ]),
  must_not=[M101],
  why="patient informed, a relative not; near miss for NL101")

C("vgr-foraldrar-informerade-om-misstanken", P("2014-12-02", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-05-23 10:15", [
      ("Bedömning", "Misstänkt ADHD. Föräldrarna informerade om misstanken och om vad en utredning innebär."),
  ]),
  must=[M102], must_not=[M101],
  why="guardians were told of the suspicion: NL102 only, not NL101")

C("vgr-foraldrar-ej-informerade-om-eeg-tid", P("2017-05-03", "F"),
  N("dsbus_neuro", "Jonas Strand", "läkare", "2024-03-27 15:45", [
      ("Bedömning", "Fokal epilepsi med debut i januari, diagnosen genomgången med familjen vid förra besöket."),
      ("Planering", "Föräldrarna ännu inte informerade om tid för nytt EEG, kallelse skickas per post."),
  ]),
  must_not=[M101],
  why="'not informed' is about an appointment time, not the diagnosis")

C("bup-skolan-inte-informerad-om-autism", P("2013-02-25", "M"),
  N("bup_kristianstad", "Yasmin Osman", "psykolog", "2024-04-18 09:55", [
      ("Bedömning", "Autism, fastställd i mars. Skolan är inte informerad om diagnosen eftersom föräldrarna vill avvakta till höstterminen."),
  ], template="Psykologanteckning"),
  must_not=[M101],
  why="the school, not the patient or guardians, is uninformed")

C("skane-th-mall-trol-bipolar-ej-informerad", P("2006-09-09", "F"),
  N("bup_lund", "Anders Wikström", "läkare", "2024-07-25 11:30", [
      ("Bedömning", "Trol. bipolär sjukdom. Pat är inte informerad om hypotesen, som behöver prövas över tid."),
  ], template="Tidiga hypoteser"),
  must_not=[M101, M102, M104],
  why="Skåne template Tidiga hypoteser: neither the hypothesis nor the not-told note is visible")

C("vgr-th-sokord-vanforestallning-ej-informerad", P("1991-02-28", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-10-09 13:20", [
      ("Aktuellt", "Kommer på uppmaning av sin syster. Sover dåligt och har sagt upp sig från jobbet."),
      ("Tidiga hypoteser", "Misstänkt vanföreställningssyndrom. Pat ej informerad om misstanken."),
  ]),
  must_not=[M101, M102, M104],
  why="VGR: diagnosis and not-informed statement only under sökord Tidiga hypoteser")

C("bup-smabarn-treaaring-foraldrar-informerade", P("2021-01-19", "M"),
  N("bup_smabarn", "Karin Lindqvist", "läkare", "2024-05-30 10:00", [
      ("Bedömning", "Autism, nivå 2, med språkstörning. Diagnosen återgiven till båda föräldrarna idag."),
      ("Information", "Pojken är tre år och har själv inte fått någon förklaring, vilket inte är aktuellt i hans ålder."),
  ]),
  must_not=[M101],
  why="a 3-year-old not told himself while both guardians (the readers) were informed")

C("vgr-tidigare-inte-velat-ta-emot-information", P("1983-06-06", "F"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-12-12 14:10", [
      ("Bedömning", "Schizoaffektivt syndrom. Pat har tidigare inte velat ta emot information om diagnosen men idag gick vi igenom den i lugn och ro."),
  ]),
  must_not=[M101],
  why="past refusal of information, informed today")

C("bup-pappa-utan-vardnad-ej-informerad", P("2015-10-29", "F"),
  N("bup_ystad", "Hanna Persson", "läkare", "2024-11-28 13:00", [
      ("Bedömning", "ADHD, kombinerad form. Mamma, som är ensam vårdnadshavare, har fått återgivning."),
      ("Socialt", "Pappan har inte vårdnad och har inte informerats."),
  ]),
  must_not=[M101],
  why="the sole guardian was told; a parent without custody is not the journal reader")

C("vgr-forsakringskassan-ej-informerad", P("1995-01-17", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-03-07 10:35", [
      ("Bedömning", "ADHD, kombinerad form, ställd 2023. Ingen information om diagnosen har lämnats till Försäkringskassan, pat vill själv ta den kontakten."),
  ]),
  must_not=[M101],
  why="an authority, not the patient, is uninformed")

C("bup-aldrig-hort-talas-om-emetofobi", P("2006-04-07", "F"),
  N("bup_kristianstad", "Yasmin Osman", "psykolog", "2024-01-24 15:15", [
      ("Bedömning", "Emetofobi. Pat hade aldrig hört talas om diagnosen men kände igen sig direkt när den förklarades."),
  ], template="Psykologanteckning"),
  must_not=[M101],
  why="'aldrig hört talas om' yet the diagnosis was explained today")

C("bup-ej-fatt-information-om-studie", P("2007-06-18", "M"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-08-13 09:20", [
      ("Bedömning", "Social fobi, klart förbättrad efter KBT i grupp."),
      ("Planering", "Patienten har inte fått information om forskningsstudien ännu; frågan tas upp vid nästa besök."),
  ]),
  must_not=[M101],
  why="not informed about a research study, not about the diagnosis")

# ================================================================ D. NL104
C("skane-th-mall-bara-bokning-tolk", P("2014-07-14", "M"),
  N("bup_malmo", "Johan Ek", "läkare", "2024-05-27 12:10", [
      ("Planering", "Nästa besök 12 juni kl 13. Tolk på arabiska bokad via tolkförmedlingen."),
  ], template="Tidiga hypoteser"),
  must=[M104],
  why="Tidiga hypoteser used for a booking, no hypothesis at all")

C("vgr-th-sokord-mamma-flyttade-tiden", P("2016-04-16", "F"),
  N("nal_barn", "Camilla Eriksson", "läkare", "2024-02-28 08:45", [
      ("Aktuellt", "Återbesök för viktkontroll, växer nu längs sin kurva."),
      ("Tidiga hypoteser", "Mamma ringde och flyttade tiden till torsdag."),
  ]),
  must=[M104],
  why="VGR sökord Tidiga hypoteser holding an administrative message")

C("skane-th-mall-autism-fastslagen-aterford", P("2012-09-19", "F"),
  N("bup_hbg", "Nadia Rahimi", "psykolog", "2024-03-15 14:40", [
      ("Sammanfattning", "Autism fastställd vid utredningen. Diagnosen återgavs till flickan och föräldrarna den 12 mars och de har fått skriftlig information."),
  ], template="Tidiga hypoteser"),
  must=[M104],
  why="a settled and communicated diagnosis kept in Tidiga hypoteser")

C("vgr-th-sokord-adhd-konstaterad-informerad", P("1997-09-02", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-10-31 13:50", [
      ("Tidiga hypoteser", "ADHD konstaterad. Pat informerad och har fått broschyr om diagnosen."),
      ("Planering", "Startar metylfenidat enligt titreringsschema."),
  ]),
  must=[M104],
  why="VGR: confirmed and communicated ADHD under sökord Tidiga hypoteser")

C("skane-th-mall-foraldrar-separerade", P("2015-01-31", "M"),
  N("bup_ystad", "Hanna Persson", "läkare", "2024-09-25 15:05", [
      ("Socialt", "Föräldrarna separerade i våras, pojken bor varannan vecka hos vardera."),
  ], template="Tidiga hypoteser"),
  must=[M104],
  why="social background in Tidiga hypoteser, no diagnostic hypothesis")

C("vgr-th-sokord-schizofreni-forklarad", P("2000-12-20", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-05-09 11:10", [
      ("Tidiga hypoteser", "Schizofreni. Diagnosen förklarad för pat och hans mor vid gårdagens samtal, han accepterar den."),
      ("Planering", "Fortsatt aripiprazol, psykoedukation i grupp."),
  ]),
  must=[M104],
  why="settled schizophrenia explained to the patient yet kept in Tidiga hypoteser")

C("skane-th-mall-lakemedelslista", P("2013-03-23", "F"),
  N("bup_landskrona", "Oskar Dahl", "läkare", "2024-01-15 10:25", [
      ("Läkemedel", "Aktuell medicinering: Elvanse 30 mg på morgonen, melatonin 2 mg till natten."),
  ], template="Tidiga hypoteser"),
  must=[M104],
  why="a medication list in Tidiga hypoteser")

C("vgr-th-sokord-kand-epilepsi-akutplan", P("2014-08-28", "M"),
  N("skovde_barn", "Ulrika Mårtensson", "läkare", "2024-06-19 09:00", [
      ("Aktuellt", "Årlig kontroll, inga anfall sedan senaste besöket."),
      ("Tidiga hypoteser", "Känd epilepsi sedan 2019, föräldrarna välinformerade och har akutplan."),
  ]),
  must=[M104],
  why="known, communicated epilepsy under sökord Tidiga hypoteser")

C("skane-th-typo-diagnosen-medelad", P("2007-03-03", "M"),
  N("bup_kristianstad", "Elin Nyström", "läkare", "2024-04-24 16:15", [
      ("Bedömning", "Tvångssyndrom fastställt. Diagnosen medelad till pat och föräldrar vid besöket igår."),
  ], template="Tidiga hypoteser"),
  must=[M104],
  why="typo 'medelad' (meddelad): settled and told diagnosis in Tidiga hypoteser")

C("skane-th-mall-misstankt-psykosutveckling", P("2006-12-09", "F"),
  N("bup_lund", "Per Åkesson", "läkare", "2024-03-01 13:35", [
      ("Bedömning", "Misstänkt psykosutveckling med tilltagande misstänksamhet mot familjen. För tidigt att dela med pat."),
  ], template="Tidiga hypoteser"),
  must_not=[M104, M102],
  why="correct use: an uncommunicated psychosis suspicion in template Tidiga hypoteser")

C("vgr-th-sokord-dd-bipolar-eller-adhd", P("2004-04-14", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-08-01 10:40", [
      ("Aktuellt", "Uppföljning, arbetar heltid på lager och trivs."),
      ("Tidiga hypoteser", "DD bipolär sjukdom eller ADHD med emotionell dysreglering; behöver följas över tid."),
  ]),
  must_not=[M104, M102],
  why="VGR: differential diagnosis correctly under sökord Tidiga hypoteser")

C("skane-th-mall-ifn-kan-inte-uteslutas", P("2019-11-06", "M"),
  N("hab_lund", "Tove Bergman", "psykolog", "2024-04-02 13:00", [
      ("Bedömning", "Intellektuell funktionsnedsättning kan inte uteslutas. Testning görs när pojken blivit äldre och kan medverka."),
  ], template="Tidiga hypoteser"),
  must_not=[M104, M102],
  why="habilitation hypothesis correctly hidden in Tidiga hypoteser")

C("vgr-th-sokord-fragestallning-eips-17", P("2006-08-17", "F"),
  N("dsbus_ungdom", "Peter Lundgren", "läkare", "2024-02-22 14:55", [
      ("Bedömning", "Ytliga skärsår på underarmen, läker fint. Sårvård vid behov på vårdcentralen."),
      ("Tidiga hypoteser", "Frågeställning emotionellt instabil personlighetsstörning? Avvaktar med ställningstagande till vuxen ålder."),
  ]),
  must_not=[M104, M102],
  why="VGR: a personality disorder question kept under sökord Tidiga hypoteser")

C("skane-th-typo-missankt-bipolar-vuxen", P("1996-06-21", "F"),
  N("vuxpsyk_malmo", "Rasmus Lindberg", "läkare", "2024-07-17 15:30", [
      ("Bedömning", "Missänkt bipolär sjukdom; hypomana drag enligt sambon. Inte berört med pat."),
  ], template="Tidiga hypoteser"),
  must_not=[M104, M102],
  why="typo 'Missänkt' in a correct Tidiga hypoteser entry")

C("vgr-th-sokord-hypotes-prader-willi", P("2021-10-10", "F"),
  N("dsbus_neuro", "Jonas Strand", "läkare", "2024-01-22 11:15", [
      ("Status", "Hypoton, svag sugförmåga tidigare, nu god aptit."),
      ("Tidiga hypoteser", "Hypotes: Prader–Willis syndrom, metyleringsanalys skickad."),
  ]),
  must_not=[M104, M102],
  why="VGR: syndrome hypothesis correctly under sökord Tidiga hypoteser")

C("skane-th-mall-fastslagen-ej-aterford", P("2014-04-11", "M"),
  N("bup_np_lund", "Sara Holm", "psykolog", "2024-11-21 16:00", [
      ("Sammanfattning", "Kriterierna för autism är uppfyllda. Återgivning till föräldrarna sker först vid det gemensamma mötet nästa vecka."),
  ], template="Tidiga hypoteser"),
  must_not=[M102, M101],
  why="settled but not yet told, in Tidiga hypoteser: NL104 not asserted (routines differ), nothing visible")

# ================================================================ E. several notes in one record
C("skane-th-hypotes-sedan-synligt-besked", P("2015-11-02", "M"),
  [N("bup_np_lund", "Sara Holm", "psykolog", "2024-02-05 15:00", [
      ("Bedömning", "Trol. autism; profilen är ojämn och föräldraintervjun inte klar. Avvaktar med att föra fram hypotesen."),
   ], template="Tidiga hypoteser", nid="n1"),
   N("bup_np_lund", "Karin Lindqvist", "läkare", "2024-04-10 10:30", [
      ("Bedömning", "Autism utan intellektuell funktionsnedsättning, fastställd efter teamkonferens."),
      ("Information", "Diagnosen återgiven till pojken och båda föräldrarna idag, skriftlig sammanfattning medgiven."),
   ], nid="n2")],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL102", "n2"), ("NL101", "n2")],
  why="hypothesis first hidden in Tidiga hypoteser, then settled and told in a visible note")

C("vgr-forst-ej-informerad-sedan-informerad", P("1994-12-14", "F"),
  [N("su_np_vuxen", "Niklas Ström", "läkare", "2024-03-01 13:00", [
      ("Bedömning", "Uppfyller kriterier för ADHD, ouppmärksam form. Pat ännu ej informerad, återgivning om två veckor."),
   ], nid="n1"),
   N("su_np_vuxen", "Niklas Ström", "läkare", "2024-03-15 14:00", [
      ("Information", "Pat informerad om diagnosen ADHD idag och fick frågor besvarade. Hon upplever att mycket faller på plats."),
   ], nid="n2")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="first note says not informed (breach), the follow-up records that she was told")

C("vgr-ssk-neutral-lakare-susp-atstorning", P("2007-07-07", "F"),
  [N("dsbus_ungdom", "Hanna Lind", "sjuksköterska", "2024-09-09 08:30", [
      ("Status", "Vikt 47,8 kg, längd 170 cm. Puls 52, blodtryck 98/60. Ortostatiskt test utan anmärkning."),
   ], template="Sjuksköterskeanteckning", nid="n1"),
   N("dsbus_ungdom", "Peter Lundgren", "läkare", "2024-09-09 09:15", [
      ("Bedömning", "Susp. ätstörning med restriktivt ätande sedan i våras, remiss till ätstörningsenheten."),
   ], nid="n2")],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="nurse note with vitals only, doctor note with a suspected eating disorder")

C("skane-synlig-hedge-och-th-mall", P("2017-08-25", "F"),
  [N("barnmed_hbg", "Malin Håkansson", "läkare", "2024-06-03 10:00", [
      ("Bedömning", "Misstänkt selektiv mutism, talar inte alls på förskolan sedan ett år."),
   ], nid="n1"),
   N("barnmed_hbg", "Malin Håkansson", "läkare", "2024-06-03 10:20", [
      ("Bedömning", "Misstänker att autism ligger bakom mutismen; lyfts inte med familjen förrän BUP gjort sin bedömning."),
   ], template="Tidiga hypoteser", nid="n2")],
  must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL104", "n2")],
  why="one hedge visible in an ordinary note, the other correctly in template Tidiga hypoteser")

# ================================================================ L. long notes
C("bup-lang-np-sammanfattning-autism-kan-ej-uteslutas", P("2014-03-08", "M"),
  N("bup_np_lund", "Karin Lindqvist", "läkare", "2024-10-10 14:00", [
      ("Bakgrund", "Tioårig pojke, remitterad från elevhälsan i höstas pga koncentrationssvårigheter, konflikter på rasterna och stora svårigheter att komma igång med skoluppgifter. Bor med mamma, pappa och lillasyster i radhus. Inga kända somatiska sjukdomar, inga läkemedel."),
      ("Hereditet", "Pappa beskriver sig som 'rastlös hela livet' men är inte utredd. Farmor har behandlats för depression."),
      ("Utvecklingsanamnes", "Normal graviditet och förlossning. Gick vid elva månader, första ord vid ett års ålder. Förskolan noterade tidigt att han hade svårt att vänta på sin tur och lätt hamnade i bråk, men också att han lekte fantasifullt med andra barn."),
      ("Skolsituation", "Går i årskurs fyra. Klarar de flesta ämnen men lämnar ofta in ofullständiga arbeten. Har en assistent i matematik sedan förra året. Läraren beskriver att han lyssnar bättre när han får stå upp vid sin bänk."),
      ("Testresultat", "WISC-V: helskale-IK 104, arbetsminne 82 och bearbetningshastighet 85, övriga index i genomsnittet. QbTest visar förhöjd aktivitet och impulsivitet jämfört med normgrupp. Conners från lärare och föräldrar över gränsvärdet för både ouppmärksamhet och hyperaktivitet."),
      ("Observation", "Under skolobservationen lämnade han sin plats sju gånger på en lektion och pratade rakt ut. I det sociala samspelet var han engagerad men hade svårt att läsa av när kamraterna tröttnat på leken."),
      ("Somatiskt", "Längd och vikt följer kurvorna. Hörseln kontrollerades av skolsköterskan i höstas och var normal. Blodtryck och puls i vila är normala, vilket är av betydelse inför eventuell läkemedelsbehandling."),
      ("Sömn", "Somnar sent, ofta efter klockan tio, men sover sedan hela natten. Föräldrarna har provat fasta kvällsrutiner med viss effekt."),
      ("Bedömning", "Uppfyller kriterierna för ADHD, kombinerad form. Autism kan inte helt uteslutas med tanke på svårigheterna att läsa av sociala signaler, varför ADOS-2 genomförs i januari."),
      ("Återgivning", "Resultatet genomgånget med pojken och båda föräldrarna. Han tyckte att det var skönt att få veta varför skoldagarna är så tröttsamma."),
      ("Planering", "Information till skolan om föräldrarna önskar. Läkemedelsbehandling diskuteras vid läkarbesök i november. Föräldrautbildning i grupp erbjuds under våren."),
  ], template="Sammanfattning NP-utredning"),
  must=[M102], must_not=[M101],
  why="long assessment summary: confirmed ADHD, told family, but autism 'kan inte helt uteslutas' in Bedömning")

C("bup-lang-np-sammanfattning-inga-hedgar", P("2012-06-29", "F"),
  N("bup_np_lund", "Sara Holm", "psykolog", "2024-04-15 13:30", [
      ("Bakgrund", "Elvaårig flicka som utretts under våren pga att hon halkat efter i skolan och ofta är helt slut när hon kommer hem. Mamma är ensamstående, pappa bor i Göteborg och träffas varannan helg."),
      ("Hereditet", "Morbror trol. bipolär enligt mamma, aldrig utredd. Mamma själv har haft en förlossningsdepression."),
      ("Anamnes", "Lugn och försiktig som liten. Har alltid haft ett par nära vänner. Dagdrömmer mycket enligt både lärare och mamma och tappar ofta bort sina saker. Ingen historia av tics, tvång eller ätproblem."),
      ("Testresultat", "WISC-V visar en jämn profil i genomsnittet med lägre arbetsminne. Skattningar från skola och hem ligger över gränsvärdet för ouppmärksamhet men inte för hyperaktivitet. Spence ångestskala inom normalområdet."),
      ("Observation", "I klassrummet satt hon stilla men tittade ofta ut genom fönstret och missade instruktioner som gavs muntligt. Kamratkontakten var god och hon skrattade med sina vänner på rasten."),
      ("Somatiskt", "Frisk och tar inga läkemedel. Hörsel och syn kontrollerade inom elevhälsan utan anmärkning. Menarche i höstas, inga besvär."),
      ("Fritid", "Spelar fiol i kulturskolan sedan tre år och övar helst själv på sitt rum. Tycker om att baka med mormor på helgerna och tar hand om familjens katt."),
      ("Sömn", "Somnar inom en halvtimme och sover hela natten, men är trött på morgnarna under terminerna."),
      ("Skolans bidrag", "Mentor och specialpedagog har bidragit med skattningar och en skriftlig beskrivning av hur hon fungerar i gruppen. Skolan har redan infört placering längst fram och skriftliga veckoplaneringar."),
      ("Bedömning", "ADHD, huvudsakligen ouppmärksam form. Ingen misstanke om autism och inga tecken på ångestsyndrom eller depression. Trötthet efter skoldagen förklaras av den ansträngning det kostar att hålla fokus."),
      ("Återgivning", "Flickan och mamma fick återgivning tillsammans. Pappa deltog via videolänk och har fått samma information. Flickan frågade om hon kan bli av med diagnosen och fick svar i lugn och ro."),
      ("Planering", "Anpassningar i skolan enligt skriftligt underlag: skriftliga instruktioner, pauser och förlängd provtid. Läkarbesök för ställningstagande till läkemedel om två månader. Kontakt med elevhälsan bokas i maj."),
  ], template="Sammanfattning NP-utredning"),
  must_not=[M102, M101],
  why="long summary: confirmed ADHD, negated autism, relatives' hedges only, everyone informed")

C("vgr-lang-nybesok-trol-schizofreniform-psykos", P("2002-01-16", "M"),
  N("su_psykos", "Leila Haddad", "läkare", "2024-04-03 13:00", [
      ("Kontaktorsak", "Remiss från vårdcentralen efter att föräldrarna sökt för att sonen isolerat sig och uttalat märkliga idéer om grannarna under två månader."),
      ("Anamnes", "Tjugotvåårig man som läser andra året på högskola men inte varit på en föreläsning sedan januari. Sover oregelbundet, vaknar ofta vid fyratiden och går då runt i lägenheten. Har slutat svara på meddelanden från kompisar. Röker cannabis någon gång i månaden enligt egen uppgift, senast för tre veckor sedan. Ingen alkohol under veckorna."),
      ("Hereditet", "Inga kända psykossjukdomar i släkten. Mormor hade långvariga depressioner."),
      ("Socialt", "Bor ensam i studentlägenhet i Göteborg. Föräldrarna bor i Kungsbacka och har ökat sina besök den senaste månaden. Studiemedlen är indragna sedan vårterminen och han ligger efter med hyran."),
      ("Tidigare", "Ingen tidigare psykiatrisk kontakt. Hade en period av nedstämdhet under gymnasiet som gick över utan behandling. Inga kända somatiska sjukdomar och inga läkemedel."),
      ("Psykiskt status", "Vaken, orienterad till tid, rum och person. Ögonkontakten flackar och han sitter med jackan på hela samtalet. Tankegången är delvis osammanhängande och han återkommer till att grannarna kan höra hans tankar genom väggen. Förnekar hallucinationer men lyssnar ibland uppmärksamt mot fönstret. Förnekar suicidtankar, inga tecken på självskada."),
      ("Status", "Somatiskt utan anmärkning. Blodtryck 128/78, puls 84. Inga neurologiska bortfall."),
      ("Riskbedömning", "Bor högt upp men har inte uttryckt några tankar på att skada sig. Föräldrarna har nyckel till lägenheten och tittar till honom varannan dag."),
      ("Bedömning", "Trol. schizofreniform psykos med debut för ungefär två månader sedan. Drogutlöst genes mindre sannolik med tanke på sparsamt bruk men följs med urinprov. Ingen akut suicidrisk. Han har själv fått höra att vi ser tecken på psykos och går med på fortsatt kontakt."),
      ("Åtgärd", "Blodprover inklusive TSH, B12 och drogscreening i urin. MR hjärna beställd. Information till patient och föräldrar om symtom och behandlingsmöjligheter. Han fick skriftlig information om kontaktvägar till mottagningen kvällstid och helger."),
      ("Planering", "Återbesök om en vecka med ställningstagande till antipsykotisk behandling. Kontaktperson utsedd, sjuksköterska ringer på fredag. Föräldrarna erbjuds anhörigsamtal."),
  ], template="Nybesök läkare"),
  must=[M102], must_not=[M101],
  why="long new-patient note: 'Trol. schizofreniform psykos' in Bedömning, patient informed")

C("bvc-lang-fyraarsbesok-pmo", P("2020-02-04", "M"),
  N("bvc_nasby", "Karolina Ek", "sjuksköterska", "2024-03-04 09:00", [
      ("Aktuellt", "Fyraårsbesök tillsammans med mamma. Pappa är på arbetet men har fyllt i frågeformuläret hemma. Familjen har flyttat till en större lägenhet och pojken har fått eget rum."),
      ("Utveckling", "Springer, hoppar jämfota och kan gå i trappor växelvis. Ritar huvudfoting. Talar i korta meningar men är svår att förstå för personer utanför familjen. Förskolan rapporterar att han har svårt att delta i samling och ofta går iväg för att leka med bilar själv."),
      ("Syn och hörsel", "Synprövning med HVOT utan anmärkning på båda ögonen. Hörselscreening: reagerar på alla frekvenser."),
      ("Tillväxt", "Längd 104 cm och vikt 17,2 kg, följer sin kurva. Huvudomfång kontrollerat och normalt."),
      ("Vaccinationer", "Vaccinationsprogrammet följt, inga vaccinationer aktuella vid detta besök."),
      ("Tandhälsa", "Borstar tänderna med hjälp av mamma morgon och kväll. Besökte folktandvården i höstas utan anmärkning."),
      ("Språkmiljö", "Familjen talar bosniska och svenska hemma. Pojken förstår båda språken enligt mamma men använder mest enstaka svenska ord."),
      ("Lek", "Leker helst med bilar och tåg och kan bygga långa banor. Deltar sällan i rollek med andra barn enligt förskolan."),
      ("Föräldraskap", "Mamma känner sig ibland ensam med ansvaret då pappa arbetar kvällar. Hon har gått i föräldragrupp på familjecentralen och vill gärna gå igen."),
      ("Samtal", "Mamma berättar att han blir mycket arg när planer ändras och att kvällarna ofta slutar i långa utbrott. Hon undrar om det är normalt trots. Sömnen är god, somnar vid halv åtta med sin gosedjursapa. Äter varierat men vill helst ha samma tallrik varje gång."),
      ("Bedömning", "Misstänkt språkstörning, ev. autism eller ADHD med tanke på förskolans beskrivning. Talet är klart sent för åldern och samspelet behöver bedömas närmare."),
      ("Åtgärd", "Remiss till logoped och till barnläkare på BVC för vidare bedömning. Informationsblad om språkutveckling och tips om bildstöd hemma lämnat. Mamma vill gärna ha kontakt med BVC-psykolog för råd kring utbrotten."),
      ("Planering", "Ny kontakt när logopeden gjort sin bedömning. Femårsbesök enligt programmet. Mamma vet att hon kan ringa om utbrotten tilltar. Pappa erbjuds att följa med till logopeden så att båda föräldrarna får samma information."),
  ], template="BVC-besök"),
  must_not=[M102],
  why="long PMO BVC note with several hedged diagnoses: never NL102 in PMO")

C("hab-lang-arbetsterapi-hembesok-inga-diagnoshedgar", P("2016-12-12", "F"),
  N("hab_malmo", "Jenny Fors", "arbetsterapeut", "2024-11-04 13:00", [
      ("Bakgrund", "Sjuårig flicka med autism och lindrig intellektuell funktionsnedsättning, känd på habiliteringen sedan tre års ålder. Bor med mamma och två äldre bröder i lägenhet på tredje våningen med hiss."),
      ("Kontaktorsak", "Mamma har bett om hjälp med morgonrutinerna, som ofta slutar i konflikt och sen ankomst till skolan."),
      ("Tidigare insatser", "Har tidigare fått tyngdtäcke och hörselkåpor förskrivna via habiliteringen, som båda används dagligen. Föräldrautbildning i tydliggörande pedagogik genomfördes förra året."),
      ("Skola", "Går i första klass i anpassad grundskola med elva elever och två pedagoger. Skolan rapporterar att dagen fungerar bättre när hon kommer i tid och får en lugn start."),
      ("Mål", "Målet är att flickan ska kunna klä på sig med enbart muntligt stöd och att familjen ska kunna lämna hemmet senast kvart över åtta."),
      ("Hembesök", "Besöket gjordes klockan sju på morgonen för att se rutinen i sitt sammanhang. Flickan vaknade själv men blev stående länge i badrummet utan att komma igång. Klädvalet tog över tjugo minuter och avbröts av att hon ville byta tröja flera gånger. Frukosten fungerade bra när hon fick sitta på sin vanliga plats med hörselkåpor."),
      ("Bedömning", "Svårigheterna handlar främst om att komma igång och att växla mellan aktiviteter. Sannolikt hjälper en bildbaserad schemaremsa och att kläderna läggs fram kvällen innan. Möjligen kan en visuell timer göra väntan i badrummet mer begriplig för henne."),
      ("Åtgärd", "Schemaremsa med sex bilder tillverkad tillsammans med flickan, som själv fick välja symboler. Visuell timer lånas ut på prov i fyra veckor. Mamma fick skriftliga tips om hur belöning kan kopplas till schemat."),
      ("Planering", "Uppföljning per telefon om två veckor. Ev. nytt hembesök i december om rutinen inte fungerar. Kontakt med skolans specialpedagog om att använda samma symboler i klassrummet, mamma har gett sitt medgivande."),
      ("Övrigt", "Bröderna hjälper ibland till på morgonen men har själva skolstart tidigt. Kanske kan färdtjänst till skolan bli aktuellt längre fram, vilket mamma tar upp med kommunen. Mamma upplever att besöket gav konkreta idéer som går att prova redan i morgon."),
  ], template="Arbetsterapeutanteckning"),
  must_not=[M102],
  why="long habilitation note: confirmed diagnoses, hedges only about aids and plans")

C("vgr-lang-barnmed-ifn-misstanke-foraldrar-ej-informerade", P("2018-03-30", "M"),
  N("sas_barn", "Björn Falk", "läkare", "2024-05-13 14:30", [
      ("Kontaktorsak", "Sexårig pojke, remiss från BVC-läkare pga försenad utveckling och svårigheter att följa instruktioner på förskolan inför skolstarten."),
      ("Anamnes", "Född i vecka 35 efter en graviditet med havandeskapsförgiftning, vägde 2 300 gram. Satt vid elva månader och gick vid tjugo månader. Talar i två- till treordsmeningar. Förskolan beskriver en glad pojke som gärna leker med yngre barn och behöver mycket stöd vid av- och påklädning. Inga kramper, sover bra."),
      ("Socialt", "Bor med föräldrar och en storasyster. Pappa arbetar skift, mamma är föräldraledig med ett yngre syskon. Familjen talar arabiska hemma och svenska på förskolan."),
      ("Tidigare vård", "Vårdades på neonatalavdelningen i en vecka för matningsproblem och gulsot. Följd på BVC enligt ordinarie program, med extra besök för vikten under första året."),
      ("Hörsel och syn", "Hörselprov på hörcentralen i vintras visade normal hörsel. Ögonmottagningen har inte funnit några avvikelser förutom lätt översynthet."),
      ("Förskolans beskrivning", "Förskolan har skickat en skriftlig sammanfattning. Pojken behöver bildstöd för att förstå dagens aktiviteter och klarar att sitta med i samlingen i ungefär fem minuter. Han är omtyckt av de andra barnen och söker gärna vuxnas uppmärksamhet."),
      ("Nutrition", "Äter allsidigt men i små portioner, gröt och mjölk dominerar frukost och kvällsmål."),
      ("Status", "Längd och vikt under minus två standardavvikelser men följer sin kurva. Inga dysmorfa drag. Neurologiskt något hypoton, i övrigt normala reflexer. Hjärta och lungor utan anmärkning."),
      ("Bedömning", "Global utvecklingsförsening. Misstänkt intellektuell funktionsnedsättning, vilket behöver bedömas med psykologtestning på modersmålet. Ärftlig orsak bör sökas."),
      ("Information", "Föräldrarna har ännu inte informerats om misstanken om intellektuell funktionsnedsättning. Vi vill först ha testresultaten och har vid besöket bara talat om att utvecklingen går långsammare än väntat."),
      ("Åtgärd", "Blodprover för kromosomanalys med array, fragilt X och sköldkörtelprov. Remiss till barnpsykolog med tolk. Kontakt med förskolan om stöd inför skolstarten, föräldrarna har samtyckt."),
      ("Planering", "Återbesök om två månader med provsvar och testresultat. Tolk på arabiska bokas även då. Föräldrarna har fått telefonnummer till mottagningens sjuksköterska om frågor uppstår innan dess."),
  ]),
  must=[M101, M102],
  why="long note: suspected intellectual disability visible to guardians who were deliberately not told")

C("bup-lang-17-depression-informerad-foraldrar-ej", P("2006-10-30", "F"),
  N("bup_malmo", "Fatima Al-Hassan", "läkare", "2024-02-15 15:00", [
      ("Kontaktorsak", "Sjuttonårig flicka som själv sökt via elevhälsan pga nedstämdhet och sömnsvårigheter sedan jul."),
      ("Anamnes", "Beskriver att hon tappat lusten till det mesta, har slutat rida och orkar knappt med skolarbetet. Vaknar tidigt och kan inte somna om. Aptiten är minskad och hon har gått ner tre kilo. Har haft tankar på att det vore skönt att inte vakna, men inga planer och inga tidigare försök. Ingen självskada."),
      ("Socialt", "Bor med mamma och styvpappa. Har en pojkvän sedan ett år som hon beskriver som ett stöd. Vill inte att mamma ska veta hur dåligt hon mår, eftersom mamma själv har det tungt efter en skilsmässa."),
      ("Tidigare", "Ingen tidigare kontakt med psykiatrin. Hade en kortare period av oro i högstadiet som hanterades med samtal hos skolkuratorn."),
      ("Somatiskt", "Blodstatus, TSH och järnstatus togs via vårdcentralen i januari, samtliga normala. Inga läkemedel, inga allergier."),
      ("Alkohol och droger", "Dricker alkohol någon gång i månaden på fester, aldrig ensam. Har aldrig provat narkotika."),
      ("Skola", "Går tredje året på naturvetenskapsprogrammet och har missat flera prov under våren. Mentorn vet att hon har det tufft men inte varför."),
      ("Psykiskt status", "God kontakt, gråter under delar av samtalet. Nedstämd grundstämning, begränsad affektiv modulation. Inga psykotiska symtom. Tankar på döden utan avsikt eller plan."),
      ("Skattningar", "MADRS-S 28. C-SSRS: passiva dödstankar, ingen avsikt."),
      ("Styrkor", "Beskriver sig som envis och omtänksam. Har tydliga planer på att plugga till veterinär efter studenten."),
      ("Bedömning", "Egentlig depression, medelsvår episod. Låg till måttlig suicidrisk med skyddande faktorer i pojkvän, skola och framtidsplaner."),
      ("Information", "Pat informerad om diagnosen och om behandlingsalternativen KBT och SSRI. Hon vill att föräldrarna inte informeras i nuläget, vilket respekteras då hon bedöms mogen att själv ta ställning. Vi har kommit överens om att ta upp frågan igen vid nästa besök."),
      ("Planering", "KBT-kontakt hos psykolog med start om två veckor. Sömnråd givna och sömndagbok lämnad att fylla i. Krisplan upprättad och telefonnummer till BUP akut och 1177 lämnat. Läkarbesök om tre veckor för ställningstagande till läkemedel."),
  ]),
  must_not=[M101, M102],
  why="long note: 17-year-old informed of her depression, only her parents are not; not NL101")

C("vgr-lang-vuxen-adhd-aterkoppling-hereditet", P("1989-05-11", "M"),
  N("su_np_vuxen", "Niklas Ström", "läkare", "2024-06-12 10:00", [
      ("Kontaktorsak", "Återkoppling efter avslutad neuropsykiatrisk utredning som påbörjades i januari på egen begäran."),
      ("Bakgrund", "Trettiofemårig man som arbetar som elektriker. Beskriver livslånga svårigheter med att planera, passa tider och slutföra pappersarbete. Har två barn i lågstadieåldern och en sambo som fyllt i skattningar om honom."),
      ("Arbete", "Har bytt arbetsgivare fyra gånger på tio år, oftast efter konflikter kring rapporter och tidrapportering. Trivs med själva hantverket och beskrivs som snabb och noggrann när han väl kommit igång."),
      ("Uppväxt", "Växte upp i Borås med mamma och två syskon. Mamma beskriver ett mycket aktivt barn som ofta skadade sig och hade svårt att sitta still i skolan. Fick extra stöd i matematik under mellanstadiet."),
      ("Somatiskt", "Frisk, inga läkemedel. Blodtryck 132/84, puls 72. Ingen känd hjärtsjukdom i släkten."),
      ("Sömn", "Somnar sent, ofta efter midnatt, och har svårt att komma upp på morgonen."),
      ("Fritid", "Spelar innebandy i korpen en kväll i veckan och fiskar med barnen på somrarna."),
      ("Sambons beskrivning", "Sambon beskriver en omtänksam pappa som ofta glömmer hämtningar och överenskommelser. Hon har tagit över all ekonomi i hemmet för att slippa påminnelseavgifter."),
      ("Hereditet", "Äldsta sonen utreds just nu för misstänkt ADHD på BUP. Hans pappa trol. alkoholberoende under uppväxten, morbror med bipolär sjukdom."),
      ("Utredning", "Anamnes med DIVA-5 tillsammans med sambo och mamma. Skattningar med ASRS och BRIEF-A över gränsvärdena. WAIS-IV visar genomsnittlig begåvning med lägre arbetsminne. Inga tecken på autism vid intervju och skattning. Screening för alkohol och droger med AUDIT och DUDIT utan anmärkning."),
      ("Bedömning", "Samtliga kriterier för ADHD av kombinerad form är uppfyllda. Ingen misstanke om bipolär sjukdom eller depression. Svårigheterna har funnits sedan barndomen och påverkar både arbete och familjeliv."),
      ("Information", "Pat informerad om resultatet och diagnosen vid dagens besök, sambo närvarande på hans begäran. Han beskriver lättnad och många igenkänningar. Skriftlig sammanfattning medgiven."),
      ("Planering", "Erbjuds psykoedukation i grupp under hösten. Läkemedelsbehandling med lisdexamfetamin diskuterad, pat vill fundera till nästa besök. EKG och blodtryck tas innan eventuell start. Återbesök om fyra veckor. Sambon är välkommen även vid nästa besök om pat önskar det."),
  ], template="Läkaranteckning"),
  must_not=[M102, M101],
  why="long adult note: confirmed and told ADHD; hedges only about a son and a father")


# ================================================================ write and validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, day):
    b = dt.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def validate(lines):
    problems = []
    names = set()
    seen_sentences = {}
    for ln, line in enumerate(lines, 1):
        c = json.loads(line)
        where = "line %d (%s)" % (ln, c.get("case"))
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
            continue
        if c["case"] in names:
            problems.append("%s: duplicate case name" % where)
        names.add(c["case"])
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %s" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one non-empty line" % where)
        r = c["record"]
        if set(r.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(r.keys())))
            continue
        p = r["patient"]
        if set(p.keys()) != {"id", "birth_date", "protected_identity"}:
            problems.append("%s: patient keys" % where)
        pnr, birth = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr):
            problems.append("%s: personnummer format %s" % (where, pnr))
        else:
            if pnr[:8] != birth.replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % where)
            ten = pnr[2:8] + pnr[9:13]
            if luhn_digit(ten[:9]) != ten[9]:
                problems.append("%s: personnummer fails Luhn" % where)
        try:
            dt.date.fromisoformat(birth)
        except ValueError:
            problems.append("%s: bad birth_date" % where)
        as_of = dt.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        if age_on(birth, as_of.date()) in (13, 14, 15):
            problems.append("%s: patient aged 13-15 at as_of" % where)
        ids = set()
        systems = {}
        if not r["notes"]:
            problems.append("%s: no notes" % where)
        for n in r["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n.keys())))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id" % where)
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                problems.append("%s: note time not in 2024" % where)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % where)
            if t > as_of:
                problems.append("%s: note after as_of" % where)
            if age_on(birth, t.date()) in (13, 14, 15):
                problems.append("%s: patient aged 13-15 at note %s" % (where, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR case not Melior" % where)
            if not n["sections"]:
                problems.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != c["case"]:
                            problems.append("%s: sentence also in %s: %r"
                                            % (where, seen_sentences[sent], sent))
                        elif sent in seen_sentences:
                            problems.append("%s: sentence repeated within case: %r" % (where, sent))
                        seen_sentences[sent] = c["case"]
        pairs = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2 or not re.fullmatch(r"NL\d{3}", item[0]):
                    problems.append("%s: bad %s entry %s" % (where, kind, item))
                    continue
                code, nid = item
                if nid not in ids:
                    problems.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in pairs:
                    problems.append("%s: %s on %s asserted twice" % (where, code, nid))
                pairs.add((code, nid))
                if systems[nid] == "PMO" and code == "NL101":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if systems[nid] == "PMO" and code == "NL102" and kind == "must":
                    problems.append("%s: NL102 must on a PMO note" % where)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
    return problems


def main():
    lines = [json.dumps(c, ensure_ascii=False, sort_keys=False) for c in CASES]
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
    problems = validate(lines)
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print("%s: %d cases -> %s" % (NAME, len(CASES), out))
    for code in sorted(counts):
        print("  %s  must %3d  must_not %3d" % (code, counts[code][0], counts[code][1]))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
