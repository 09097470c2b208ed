#!/usr/bin/env python3
"""nl1t: multi-note records for NL101 (and NL102 where natural).

Each case is one patient's record with 2-5 notes written over days or weeks by
different authors and professions (admission note, radiology/pathology answer,
progress note, telephone note, discharge summary ...). The question of every case
is on WHICH note NL101 must or must not fire. NL101 is a note rule: each note is
judged on its own text (a later note that repeats a stale "ej informerad" line
still says so; a note that repeats a diagnosis without any "not told" statement
does not).

Dependency-free and deterministic: `python3 build.py` writes nl1t_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1t_dev_cases.jsonl")

AUTO = "auto"      # signed 45 minutes after the note time
DRAFT = None       # unsigned draft (pre-signing case)

_UNITS = {}
_COUNTER = {"skane": 0, "vgr": 0}


def _hsa(unit, ruleset):
    if unit not in _UNITS:
        _COUNTER[ruleset] += 1
        n = _COUNTER[ruleset]
        if ruleset == "skane":
            _UNITS[unit] = "SE2321000255-%04d" % (4100 + 37 * n)
        else:
            _UNITS[unit] = "SE2321000131-E0000000%05d" % (21000 + 53 * n)
    return _UNITS[unit]


def _iso(t):
    return t.replace(" ", "T") + ":00"


def N(nid, template, unit, author, role, time, setting, *sections, sg=AUTO, system="Melior"):
    return {"_nid": nid, "_template": template, "_unit": unit, "_author": author,
            "_role": role, "_time": time, "_setting": setting, "_sections": sections,
            "_sg": sg, "_system": system}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth_date, serial):
    y, m, d = birth_date.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


CASES = []

# About one note in ten is an unsigned draft (the pre-signing moment).
DRAFT_NOTES = {
    ("nl1t-kir-koloncancer-misstanke-pad-besked-dagen-efter", "n3"),
    ("nl1t-hem-aml-kopierad-status-fortfarande-sann", "n2"),
    ("nl1t-barnonk-all-6år-vårdnadshavare", "n2"),
    ("nl1t-ortop-osteosarkom-17år-föräldrar-först", "n2"),
    ("nl1t-inf-hiv-16år-föräldrar-ej-informerade", "n1"),
    ("nl1t-endo-papillär-tyreoideacancer-semester", "n2"),
    ("nl1t-neuro-ms-misstanke-sedan-fastställd", "n1"),
    ("nl1t-hem-hodgkin-misstanke-pad-besked-måndag", "n3"),
    ("nl1t-med-pankreascancer-ssk-telefon-utan-diagnos", "n2"),
    ("nl1t-barn-absensepilepsi-eeg-mamma-ringd", "n2"),
    ("nl1t-med-kll-epikris-svaret-kom-efter-hemgång", "n1"),
    ("nl1t-geri-vaskulär-demens-minns-ej-beskedet", "n1"),
    ("nl1t-reuma-ra-ej-informerad-om-biverkningar", "n1"),
    ("nl1t-ortop-koxartros-ej-informerad-om-operationsdatum", "n1"),
    ("nl1t-barnonk-neuroblastom-kvällsssk-kopierar-varning", "n2"),
    ("nl1t-onk-leiomyosarkom-kopierad-tillsamans-typo", "n3"),
    ("nl1t-med-myelom-hyperkalcemi-fortfarande-oinformerad", "n2"),
    ("nl1t-neuro-nmosd-tidiga-hypoteser-plus-synlig-misstanke", "n2"),
    ("nl1t-barnonk-wilms-morföräldrar-vet-ej", "n1"),
    ("nl1t-kard-attr-amyloidos-hustrun-vet-först", "n1"),
    ("nl1t-gastro-koloskopi-ingen-malignitet-brev", "n1"),
    ("nl1t-uro-prostata-ej-informerad-gömd-i-tidiga-hypoteser", "n1"),
    ("nl1t-bröst-dcis-informerad-om-mammografi-ej-diagnos", "n1"),
    ("nl1t-uro-seminom-17år-vill-ej-att-föräldrar-vet", "n1"),
    ("nl1t-lung-sarkoidos-utomlands", "n2"),
}


def C(name, ruleset, birth_date, serial, notes, must, must_not, why):
    out_notes = []
    times = []
    for n in notes:
        t = _iso(n["_time"])
        if (name, n["_nid"]) in DRAFT_NOTES:
            sg = None
        elif n["_sg"] == AUTO:
            sg = (_dt.datetime.fromisoformat(t) + _dt.timedelta(minutes=45)).isoformat()
        elif n["_sg"] is None:
            sg = None
        else:
            sg = _iso(n["_sg"])
        times.append(t)
        if sg:
            times.append(sg)
        out_notes.append({
            "id": n["_nid"], "system": n["_system"], "template": n["_template"],
            "unit": {"name": n["_unit"], "hsa_id": _hsa(n["_unit"], ruleset)},
            "author": {"name": n["_author"], "role": n["_role"]},
            "time": t, "signed": sg, "setting": n["_setting"], "refs": [],
            "sections": [{"keyword": k, "text": v} for k, v in n["_sections"]],
        })
    last = max(_dt.datetime.fromisoformat(x) for x in times)
    as_of = (last.date() + _dt.timedelta(days=1)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth_date, serial), "birth_date": birth_date,
                        "protected_identity": False},
            "as_of": as_of, "notes": out_notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [s.split(":") for s in must],
        "must_not": [s.split(":") for s in must_not],
        "why": why,
    })


# ---------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------
C("nl1t-kir-koloncancer-misstanke-pad-besked-dagen-efter", "skane", "1951-04-09", "231", [
    N("n1", "Inskrivningsanteckning", "Kirurgiska kliniken, Helsingborgs lasarett", "Per Lindqvist", "läkare",
      "2024-02-05 10:20", "slutenvård",
      ("Aktuellt", "72-årig man inremitterad från vårdcentralen pga järnbristanemi, Hb 88, och viktnedgång 6 kg sedan jul. Koloskopi 2/2 visade ulcererande, cirkulär tumör i colon ascendens, biopsier tagna."),
      ("Bedömning", "Misstänkt koloncancer hö sida. Pat ej informerad om misstanken i väntan på PAD, har endast fått veta att en förändring hittats. DT thorax-buk beställd.")),
    N("n2", "PAD-svar", "Klinisk patologi, Labmedicin Skåne, Lund", "Sofia Berg", "läkare",
      "2024-02-08 14:40", "öppenvård",
      ("Utlåtande", "Biopsier colon ascendens: adenokarcinom, måttligt differentierat. MMR-proteiner bevarade (MLH1, PMS2, MSH2, MSH6).")),
    N("n3", "Daganteckning", "Kirurgiska kliniken, Helsingborgs lasarett", "Hanna Ek", "läkare",
      "2024-02-08 16:10", "slutenvård",
      ("Status", "AT gott, buk mjuk och oöm."),
      ("Bedömning", "PAD bekräftar adenokarcinom i colon ascendens. DT utan fjärrmetastaser. Pat har inte fått PAD-beskedet än, informationssamtal bokat i morgon med operatör och kontaktsjuksköterska.")),
    N("n4", "Omvårdnadsanteckning", "Kirurgiska kliniken, Helsingborgs lasarett", "Lena Ohlsson", "sjuksköterska",
      "2024-02-09 11:30", "slutenvård",
      ("Information", "Deltog när dr Lindqvist gav pat beskedet om tjocktarmscancer. Hustrun med. Pat frågade mest om stomi, förklarat att det sällan blir aktuellt vid hemikolektomi.")),
], ["NL102:n1", "NL101:n3"], ["NL101:n2"],
   "Hedged suspicion not yet told (NL102 n1); the pathologist's answer holds the cancer but no not-told line (no NL101 n2); progress note with the confirmed cancer and 'inte fått PAD-beskedet' (NL101 n3).")

C("nl1t-bröstcancer-mellannål-besked-med-kontaktssk", "vgr", "1961-11-23", "482", [
    N("n1", "Röntgensvar", "Bröstradiologi, Södra Älvsborgs sjukhus Borås", "Karin Vall", "läkare",
      "2024-03-04 09:15", "öppenvård",
      ("Frågeställning", "Palpabel resistens vä bröst kl 2, 62 år."),
      ("Utlåtande", "Vä bröst: 18 mm oregelbunden, spikulerad förtätning kl 2 med mikrokalk. BI-RADS 5. Ultraljudsledd mellannålsbiopsi utförd, 3 kolvar. Ingen patologisk körtel i axillen.")),
    N("n2", "Läkaranteckning", "Bröstmottagningen, Kirurgkliniken, Södra Älvsborgs sjukhus Borås", "Eva Hammar", "läkare",
      "2024-03-08 13:40", "öppenvård",
      ("PAD", "Invasiv cancer av NST-typ, grad 2, ER 95 %, PR 40 %, HER2 negativ, Ki67 18 %."),
      ("Bedömning", "Bröstcancer vä, cT1cN0. Anmäld till MDK 12/3. Pat har ännu inte fått besked om PAD, besök hos mig med kontaktsjuksköterska 13/3.")),
    N("n3", "Läkaranteckning", "Bröstmottagningen, Kirurgkliniken, Södra Älvsborgs sjukhus Borås", "Eva Hammar", "läkare",
      "2024-03-13 10:00", "öppenvård",
      ("Aktuellt", "Besök tillsammans med maken för PAD-besked."),
      ("Information", "Jag har gått igenom att det är bröstcancer, hormonkänslig typ, och att MDK rekommenderar sektorresektion och sentinel node följt av strålbehandling. Pat ställde relevanta frågor och vill opereras så snart som möjligt.")),
], ["NL101:n2"], ["NL101:n3"],
   "Surgeon's note with biopsy-proven breast cancer and 'ännu inte fått besked' fires (n2); the visit where she was told does not (n3).")

C("nl1t-lung-sclc-barnen-ber-oss-vänta", "skane", "1941-07-30", "657", [
    N("n1", "Inskrivningsanteckning", "Lung- och allergikliniken, Skånes universitetssjukhus Lund", "Jonas Friberg", "läkare",
      "2024-04-02 19:45", "slutenvård",
      ("Anamnes", "82-årig f.d. rökare (50 paketår), änkling, bor ensam i villa. Tilltagande dyspné och hosta sedan 3 v, 8 kg viktnedgång."),
      ("Röntgen", "DT thorax: stor central tumör i hö hilus med mediastinala lymfkörtlar, kompression av hö huvudbronk."),
      ("Bedömning", "Trol. småcellig lungcancer med tanke på snabbt förlopp och central lokalisation. Bronkoskopi planeras.")),
    N("n2", "Läkaranteckning", "Lung- och allergikliniken, Skånes universitetssjukhus Lund", "Maria Åkesson", "läkare",
      "2024-04-05 11:10", "slutenvård",
      ("Bronkoskopi", "PAD från bronkoskopin: småcellig lungcancer (SCLC)."),
      ("Information", "Sonen och dottern informerade per telefon efter att pat gett sitt medgivande till att de får information. De ber att vi väntar med att berätta för pappa tills de kan vara på plats på måndag. Pat själv är således ännu inte informerad om SCLC-diagnosen.")),
    N("n3", "Läkaranteckning", "Lung- och allergikliniken, Skånes universitetssjukhus Lund", "Maria Åkesson", "läkare",
      "2024-04-08 14:30", "slutenvård",
      ("Information", "Informationssamtal med pat, son och dotter. Beskedet om småcellig lungcancer och möjligheten till cytostatika gavs. Pat sansad, vill fundera över behandling.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Relatives told but the patient himself not (NL101 n2, he reads his journal); after the family meeting he is told (n3). Admission note is a hedged lung cancer in a visible Melior note (NL102 n1).")

C("nl1t-hem-aml-kopierad-status-fortfarande-sann", "vgr", "1979-01-17", "306", [
    N("n1", "Daganteckning", "Hematologi, Sahlgrenska Universitetssjukhuset", "Anders Nyström", "läkare",
      "2024-05-13 15:00", "slutenvård",
      ("Lab", "Benmärgsaspiration: 62 % myeloiska blaster, Auer-stavar."),
      ("Bedömning", "Akut myeloisk leukemi. Pat är ännu inte informerad – vi inväntar snabbsvar på FLT3/NPM1 innan informationssamtalet så att behandlingsplanen kan presenteras samtidigt.")),
    N("n2", "Daganteckning", "Hematologi, Sahlgrenska Universitetssjukhuset", "Lisa Engström", "läkare",
      "2024-05-14 09:20", "slutenvård",
      ("Status", "AT gott, afebril. Hb 79, TPK 31, LPK 14."),
      ("Bedömning", "AML, FLT3 inväntas. Pat ännu inte informerad, se gårdagens anteckning. Trombocyttransfusion ges.")),
    N("n3", "Läkaranteckning", "Hematologi, Sahlgrenska Universitetssjukhuset", "Anders Nyström", "läkare",
      "2024-05-14 16:45", "slutenvård",
      ("Information", "Informationssamtal med pat och sambo, kontaktsjuksköterska närvarande: akut myeloisk leukemi, NPM1-mutation, FLT3 negativ. Plan induktion med DA 3+7 med start i morgon. Pat frågade om fertilitet, fertilitetsbevarande diskuterat.")),
], ["NL101:n1", "NL101:n2"], ["NL101:n3"],
   "The not-told line is carried forward into the next day's note while still true: both notes fire; the information meeting note does not.")

C("nl1t-uro-blåscancer-inaktuell-kopierad-rad", "skane", "1958-09-02", "117", [
    N("n1", "Inskrivningsanteckning", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "Erik Holm", "läkare",
      "2024-06-03 08:40", "slutenvård",
      ("Aktuellt", "Inkommer för cystoskopikontroll och planering efter TUR-B 21/5."),
      ("PAD", "Höggradigt urotelialt karcinom med invasion i muscularis propria (pT2)."),
      ("Bedömning", "Muskelinvasiv urinblåsecancer. Pat ej informerad om PAD, får besked vid ronden av ansvarig urolog.")),
    N("n2", "Telefonanteckning", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "Johanna Sandberg", "läkare",
      "2024-06-03 15:30", "öppenvård",
      ("Kontaktorsak", "Pat skrevs ut innan ronden hann ske, ringt upp honom hemma."),
      ("Åtgärd", "Meddelat PAD-svaret: muskelinvasiv blåscancer. Förklarat att MDK 11/6 tar ställning till cystektomi och neoadjuvant cytostatika. Pat förstår.")),
    N("n3", "Läkaranteckning", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "Erik Holm", "läkare",
      "2024-06-10 13:10", "öppenvård",
      ("Bedömning", "Muskelinvasiv blåscancer pT2, DT utan spridning. Pat ej informerad om PAD-svaret, besked ges vid rond av ansvarig urolog (kopierat från inskrivningen 3/6).")),
], ["NL101:n1", "NL101:n3"], ["NL101:n2"],
   "Stale copy-forward: the patient was told by phone (n2), but the MDK note still carries 'ej informerad om PAD-svaret'. NL101 is a note rule, so n3 fires on its own text and the line must be corrected.")

C("nl1t-barnonk-all-6år-vårdnadshavare", "vgr", "2018-02-11", "523", [
    N("n1", "Inskrivningsanteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Malin Ek", "läkare",
      "2024-09-09 22:15", "slutenvård",
      ("Anamnes", "6-årig pojke med två veckors blekhet, blåmärken och bensmärtor, remitterad från barnakuten i Borås."),
      ("Lab", "Hb 71, TPK 18, LPK 48 med 80 % blaster i perifert blod."),
      ("Bedömning", "Trolig akut leukemi, sannolikt ALL. Föräldrarna har fått veta att blodbilden är allvarligt avvikande men ännu inte ordet leukemi; samtal när benmärgen är klar.")),
    N("n2", "Läkaranteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Per Ljung", "läkare",
      "2024-09-10 16:30", "slutenvård",
      ("Lab", "Benmärg och flödescytometri: prekursor-B-ALL."),
      ("Bedömning", "Akut lymfatisk leukemi, B-prekursor. Mamma och pappa ännu ej informerade om diagnosen, samtal i morgon 09.00 med kurator och kontaktsjuksköterska.")),
    N("n3", "Läkaranteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Per Ljung", "läkare",
      "2024-09-11 10:40", "slutenvård",
      ("Information", "Diagnosbesked till båda föräldrarna: ALL. Gått igenom behandlingsprotokollet ALLTogether, central infart och risk för infektioner. Pojken var med en stund och fick veta att han har sjukt blod som ska bli friskt med medicin.")),
    N("n4", "Kuratorsanteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Sara Holmgren", "kurator",
      "2024-09-11 14:00", "slutenvård",
      ("Samtal", "Samtal med föräldrarna efter leukemibeskedet. Pappa har svårt att sova, mamma vill fortsätta arbeta deltid. Syskon 9 år, skolan informeras på föräldrarnas önskan.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Child under 13: the guardians read the journal, so a hedged untold leukaemia (NL102 n1) and then confirmed ALL with 'föräldrarna ännu ej informerade' (NL101 n2); after the diagnosis talk no NL101 (n3).")

C("nl1t-barn-diabetes-9år-föräldrar-vet-barnet-ej", "skane", "2014-05-20", "742", [
    N("n1", "Inskrivningsanteckning", "Barn- och ungdomsmedicin, Centralsjukhuset Kristianstad", "Olof Bengtsson", "läkare",
      "2024-03-17 21:30", "slutenvård",
      ("Aktuellt", "9-årig flicka med 3 veckors törst, nattkissande och viktnedgång. P-glukos 27, pH 7,29, ketoner 4,1."),
      ("Bedömning", "Nydebuterad diabetes typ 1 med lätt ketoacidos. Föräldrarna informerade om diagnosen på akuten. Flickan själv har ännu inte fått diagnosen förklarad, vi gör det i lugn och ro i morgon med diabetessköterskan.")),
    N("n2", "Omvårdnadsanteckning", "Barn- och ungdomsmedicin, Centralsjukhuset Kristianstad", "Elin Persson", "sjuksköterska",
      "2024-03-18 14:00", "slutenvård",
      ("Undervisning", "Pratat med flickan och mamma om vad diabetes är, med bilder från barnboken. Flickan tog själv ett stick i fingret. Pappa kommer i eftermiddag för insulinundervisning.")),
], [], ["NL101:n1", "NL101:n2"],
   "Under 13 the readers of 1177 Journalen are the guardians, who are informed; the 9-year-old has no access of her own (notes before 16 are never shown), so the child not yet having had it explained is no NL101.")

C("nl1t-ortop-osteosarkom-17år-föräldrar-först", "vgr", "2006-12-04", "168", [
    N("n1", "Röntgensvar", "Radiologi, Sahlgrenska Universitetssjukhuset", "Nils Sandell", "läkare",
      "2024-04-15 11:20", "öppenvård",
      ("Utlåtande", "Destruktiv process i distala femurmetafysen hö med periostal reaktion och mjukdelskomponent, bild förenlig med primär bentumör, i första hand osteosarkom.")),
    N("n2", "Läkaranteckning", "Ortopediska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Linnea Cederberg", "läkare",
      "2024-04-22 12:00", "öppenvård",
      ("PAD", "Biopsi: konventionellt osteoblastiskt osteosarkom, höggradigt."),
      ("Information", "Föräldrarna informerade i telefon, de vill vara med när dottern får beskedet och ber oss vänta till onsdag. Pat (17 år) är alltså ännu inte informerad om osteosarkomet.")),
    N("n3", "Läkaranteckning", "Ortopediska kliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Linnea Cederberg", "läkare",
      "2024-04-24 10:15", "öppenvård",
      ("Information", "Pat informerad om osteosarkom med båda föräldrarna närvarande. Hon vill att vi pratar direkt med henne i fortsättningen och läser själv i journalen på 1177.")),
], ["NL101:n2"], ["NL101:n3"],
   "A 17-year-old reads her own journal: parents told, patient not (NL101 n2); after she is told no finding (n3).")

C("nl1t-inf-hiv-16år-föräldrar-ej-informerade", "skane", "2008-01-09", "095", [
    N("n1", "Telefonanteckning", "Infektionskliniken, Skånes universitetssjukhus Malmö", "Amanda Lind", "sjuksköterska",
      "2024-10-07 10:50", "öppenvård",
      ("Lab", "Hiv-1/2 Ag/Ak reaktivt, konfirmerande immunoblot positivt. Hiv-1 RNA 84 000 kopior/ml."),
      ("Åtgärd", "Pat ännu ej informerad om hiv-infektionen. Svaret ska inte lämnas i telefon; nytt besök bokat hos dr Wahlberg i morgon 13.00, pat kallad via sms utan angivande av anledning.")),
    N("n2", "Läkaranteckning", "Infektionskliniken, Skånes universitetssjukhus Malmö", "Gustav Wahlberg", "läkare",
      "2024-10-08 13:20", "öppenvård",
      ("Information", "Pat, 16 år, informerad om hiv-infektion. Han vill i nuläget inte att föräldrarna informeras och bedöms mogen att ta ställning; föräldrarna är inte informerade av oss. Smittspårning påbörjad.")),
    N("n3", "Kuratorsanteckning", "Infektionskliniken, Skånes universitetssjukhus Malmö", "Rebecka Nord", "kurator",
      "2024-10-15 09:00", "öppenvård",
      ("Samtal", "Andra samtalet efter hiv-beskedet. Pat sover bättre, har berättat för en kompis. Funderar på hur han ska säga det hemma.")),
], ["NL101:n1"], ["NL101:n2"],
   "Nurse's telephone note with confirmed HIV and 'ännu ej informerad' fires (n1); once the 16-year-old is told, parents not being informed is no NL101 (n2; guardians have no access at 16).")

C("nl1t-gyn-cervixcancer-tolk-uteblev", "skane", "1983-06-14", "224", [
    N("n1", "Läkaranteckning", "Kvinnokliniken, Helsingborgs lasarett", "Fredrik Strand", "läkare",
      "2024-02-20 11:00", "öppenvård",
      ("PAD", "Konisering 6/2: invasiv skivepitelcancer, invasionsdjup 6 mm, ej radikalt i djupet."),
      ("Aktuellt", "Pat kallad för PAD-besked, somalisktalande. Bokad kontakttolk uteblev, telefontolk på somaliska ej tillgänglig under förmiddagen."),
      ("Bedömning", "Livmoderhalscancer, minst stadium IB1. Beskedet har inte lämnats; pat fick veta att vi behöver ses igen med tolk. Ny tid fredag 23/2 med kontakttolk.")),
    N("n2", "Läkaranteckning", "Kvinnokliniken, Helsingborgs lasarett", "Fredrik Strand", "läkare",
      "2024-02-23 10:30", "öppenvård",
      ("Information", "Via somalisk kontakttolk har pat informerats om att hon har cancer i livmoderhalsen. MR lilla bäckenet och PET-DT beställda, MDK 5/3. Maken närvarande på pat:s önskan.")),
    N("n3", "Telefonanteckning", "Kvinnokliniken, Helsingborgs lasarett", "Camilla Öberg", "sjuksköterska",
      "2024-03-01 14:10", "öppenvård",
      ("Kontaktorsak", "Pat ringer via telefontolk, undrar varför hon ska göra PET-DT när hon redan gjort MR."),
      ("Åtgärd", "Förklarat syftet med undersökningen inför behandlingen av livmoderhalscancern. Pat nöjd med svaret.")),
], ["NL101:n1"], ["NL101:n2"],
   "Interpreter did not come, so the cancer diagnosis was not given (NL101 n1); told via contact interpreter (no NL101 n2).")

C("nl1t-önh-tungcancer-sonen-tolkar-ej", "vgr", "1956-03-03", "451", [
    N("n1", "Läkaranteckning", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "Mikael Berglund", "läkare",
      "2024-05-06 14:00", "öppenvård",
      ("PAD", "Biopsi tungkant hö: högt differentierad skivepitelcancer."),
      ("Bedömning", "Tungcancer hö, klin. T2N0. Pat talar arabiska och har begränsad svenska. Sonen erbjöd sig att tolka men vi avstår från anhörig som tolk vid cancerbesked; pat därför ännu inte informerad. Auktoriserad tolk bokad 8/5.")),
    N("n2", "Telefonanteckning", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "Tove Alm", "sjuksköterska",
      "2024-05-07 11:15", "öppenvård",
      ("Kontaktorsak", "Sonen ringer och vill veta vad provet från tungan visade."),
      ("Åtgärd", "Hänvisat till besöket 8/5 med tolk. Tungcancerdiagnosen är inte lämnad till pat och lämnas inte heller till sonen per telefon.")),
    N("n3", "Läkaranteckning", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "Mikael Berglund", "läkare",
      "2024-05-08 09:40", "öppenvård",
      ("Information", "Auktoriserad arabisk tolk på plats. Pat informerad om att det rör sig om cancer i tungan samt plan för partiell glossektomi och halskörtelutrymning. Sonen och hustrun närvarande.")),
    N("n4", "Logopedanteckning", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "Hedda Lund", "logoped",
      "2024-05-20 10:00", "öppenvård",
      ("Bedömning", "Preoperativ bedömning av tal och sväljning inför operation för tungcancer. Tal ua. Informerat om postoperativ sväljträning, tolk via telefon.")),
], ["NL101:n1", "NL101:n2"], ["NL101:n3"],
   "The son offered to interpret but was not used for the cancer news, so the patient is not yet informed (NL101 n1); the nurse's phone note to the son names the tongue cancer and says it is not given (NL101 n2); authorised interpreter visit (no NL101 n3).")

C("nl1t-neuro-als-tidiga-hypoteser-mall-sedan-synligt", "skane", "1962-10-29", "773", [
    N("n1", "Tidiga hypoteser", "Neurologiska kliniken, Skånes universitetssjukhus Lund", "Karolina Blom", "läkare",
      "2024-01-22 15:10", "öppenvård",
      ("Tidiga hypoteser", "Fascikulationer i tunga och båda överarmar, atrofier hö hand, livliga reflexer. Misstänkt ALS. Pat ej informerad om misstanken, ENeG planerad innan vi går vidare.")),
    N("n2", "Läkaranteckning", "Neurologiska kliniken, Skånes universitetssjukhus Lund", "Karolina Blom", "läkare",
      "2024-01-22 15:25", "öppenvård",
      ("Status", "Atrofi av interosseus I hö, kraft 4/5 vid fingerabduktion hö. Reflexer livliga bilat, Babinski neg."),
      ("Planering", "ENeG och MR halsrygg. Återbesök efter undersökningarna.")),
    N("n3", "Läkaranteckning", "Neurologiska kliniken, Skånes universitetssjukhus Lund", "Karolina Blom", "läkare",
      "2024-03-04 10:00", "öppenvård",
      ("Bedömning", "ENeG visar utbredd akut och kronisk denervation i tre regioner. Kriterierna för ALS uppfyllda (Gold Coast). Pat och maka informerade om diagnosen amyotrofisk lateralskleros under ett långt samtal; riluzol påbörjas.")),
], [], ["NL101:n1", "NL102:n1"],
   "Skåne template Tidiga hypoteser is filtered: the untold ALS suspicion there is correct use (no NL101/NL102 on n1).")

C("nl1t-neuro-huntington-tidiga-hypoteser-sökord", "vgr", "1987-07-07", "380", [
    N("n1", "Läkaranteckning", "Neurologi, Sahlgrenska Universitetssjukhuset", "Henrik Sjölin", "läkare",
      "2024-02-14 13:00", "öppenvård",
      ("Anamnes", "Remitterad för ofrivilliga rörelser och koncentrationssvårigheter sedan ett år. Modern avled 58-årig, oklar neurologisk sjukdom enligt pat."),
      ("Status", "Koreatiska rörelser i ansikte och händer, långsam sackadinitiering."),
      ("Tidiga hypoteser", "Huntingtons sjukdom misstänkt, modern trol. samma sjukdom. Pat ej informerad om misstanken, genetisk vägledning före eventuell gentest."),
      ("Planering", "Remiss klinisk genetik för genetisk vägledning. MR hjärna.")),
    N("n2", "Läkaranteckning", "Neurologi, Sahlgrenska Universitetssjukhuset", "Henrik Sjölin", "läkare",
      "2024-05-16 11:00", "öppenvård",
      ("Bedömning", "Gentest visar 44 CAG-repetitioner i HTT-genen: Huntingtons sjukdom. Resultatet meddelat pat av genetiker 10/5 och genomgånget på nytt idag tillsammans med maken.")),
], [], ["NL101:n1", "NL102:n1"],
   "VGR filters the sökord Tidiga hypoteser: the untold Huntington suspicion sits only there, other sections name no diagnosis (no NL101/NL102 on n1).")

C("nl1t-ortop-koxartros-ej-informerad-om-operationsdatum", "skane", "1950-12-12", "046", [
    N("n1", "Läkaranteckning", "Ortopedkliniken, Hässleholms sjukhus", "Stefan Malm", "läkare",
      "2024-04-11 10:20", "öppenvård",
      ("Röntgen", "Kraftigt reducerad ledspringa hö höft med subkondral skleros och cystor."),
      ("Bedömning", "Primär koxartros hö, uttalad. Pat vill opereras, anmäld för total höftplastik."),
      ("Planering", "Pat ännu ej informerad om operationsdatum, planeringssköterskan återkommer när tid finns.")),
    N("n2", "Telefonanteckning", "Ortopedkliniken, Hässleholms sjukhus", "Gunilla Åberg", "sjuksköterska",
      "2024-05-02 09:05", "öppenvård",
      ("Åtgärd", "Ringt pat och meddelat operationsdatum 4/6 samt preop besök 28/5. Skickat kallelse och information om fysioterapi.")),
    N("n3", "Fysioterapeutanteckning", "Ortopedkliniken, Hässleholms sjukhus", "Mats Örn", "fysioterapeut",
      "2024-05-28 13:00", "öppenvård",
      ("Åtgärd", "Preoperativ information inför höftplastik pga artros: gånghjälpmedel, rörelserestriktioner och övningsprogram genomgångna.")),
], [], ["NL101:n1"],
   "The only not-told statement concerns the operation date, not the osteoarthritis the patient wants operated: no NL101 on n1.")

C("nl1t-hud-pad-ingen-malignitet-brev-ej-skickat", "vgr", "1974-02-28", "619", [
    N("n1", "Läkaranteckning", "Hudkliniken, Sahlgrenska Universitetssjukhuset", "Ulrika Franzén", "läkare",
      "2024-03-21 09:30", "öppenvård",
      ("Status", "Pigmenterad, asymmetrisk förändring 7 mm på ryggen, dermatoskopiskt atypiskt nätverk."),
      ("Bedömning", "Excideras för PAD pga atypi, melanom kan inte uteslutas. Pat ej informerad om melanommisstanken, fick veta att förändringen tas bort för säkerhets skull.")),
    N("n2", "Läkaranteckning", "Hudkliniken, Sahlgrenska Universitetssjukhuset", "Ulrika Franzén", "läkare",
      "2024-04-04 14:15", "öppenvård",
      ("PAD", "Ingen malignitet, inga dysplastiska förändringar, radikalt exciderad."),
      ("Åtgärd", "Pat ännu inte informerad om svaret; brev skickas i dag.")),
], ["NL102:n1"], ["NL101:n2", "NL102:n2"],
   "The untold 'melanom kan inte uteslutas' is a visible hypothesis (NL102 n1); the later PAD note is negated (ingen malignitet), so not-yet-informed there names no diagnosis: no NL101/NL102 on n2.")

C("nl1t-kir-koloncancer-informerad-men-ej-om-levermetastaser", "skane", "1960-05-05", "333", [
    N("n1", "Läkaranteckning", "Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "Lars Kjellberg", "läkare",
      "2024-07-01 13:00", "öppenvård",
      ("Bedömning", "Adenokarcinom i sigmoideum enl PAD. Pat informerad om tjocktarmscancern idag. DT buk visar dessutom tre levermetastaser i hö leverlob; detta har pat ännu inte informerats om, vi vill först ha leverkirurgisk bedömning.")),
    N("n2", "Läkaranteckning", "Kirurgiska kliniken, sektionen för lever och pankreas, Skånes universitetssjukhus Lund", "Anna-Karin Dahl", "läkare",
      "2024-07-09 10:30", "öppenvård",
      ("Information", "Pat informerad om levermetastaserna och att de bedöms resektabla efter neoadjuvant cytostatika. Frågade om prognos, svarat ärligt.")),
], ["NL101:n1"], ["NL101:n2"],
   "Partly informed: told about the colon cancer but explicitly not about the liver metastases written in the same visible note (NL101 n1); told by the liver surgeon (n2).")

C("nl1t-med-kll-epikris-svaret-kom-efter-hemgång", "vgr", "1945-11-18", "157", [
    N("n1", "Epikris", "Medicinkliniken, Alingsås lasarett", "Tove Lindahl", "läkare",
      "2024-08-14 12:00", "slutenvård",
      ("Sammanfattning", "78-årig man inlagd 9/8–14/8 för pneumoni i hö underlob, behandlad med bensylpenicillin med god effekt. Lymfocytos 19 vid inkomst; flödescytometri visar monoklonal B-cellspopulation, kronisk lymfatisk leukemi."),
      ("Information", "KLL-diagnosen är inte framförd till pat före utskrivning, då svaret kom på utskrivningsdagen efter att han lämnat avdelningen. Hematolog kontaktar pat per telefon nästa vecka.")),
    N("n2", "Telefonanteckning", "Medicinmottagningen, hematologi, Alingsås lasarett", "Johan Björk", "läkare",
      "2024-08-20 10:10", "öppenvård",
      ("Åtgärd", "Ringt pat och berättat om fyndet av kronisk lymfatisk leukemi, Binet A. Ingen behandling behövs nu, kontroll av blodstatus var 6:e månad. Pat lugn, frågade om barnen kan ärva det.")),
], ["NL101:n1"], ["NL101:n2"],
   "Discharge summary with CLL and 'inte framförd till pat' fires; the haematologist's telephone note after telling him does not.")

C("nl1t-psyk-schizofreni-diagnos-ej-kommunicerad", "vgr", "1998-01-25", "271", [
    N("n1", "Läkaranteckning", "Psykiatri Psykos, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", "Rasmus Holm", "läkare",
      "2024-09-03 15:00", "öppenvård",
      ("Bedömning", "Efter sex månaders uppföljning uppfylls kriterierna för schizofreni, paranoid form (F20.0). Pat är ännu ej informerad om diagnosen då han i nuläget saknar sjukdomsinsikt och riskerar avbryta kontakten; diagnosen kommuniceras vid nästa läkarbesök med kontaktperson närvarande.")),
    N("n2", "Läkaranteckning", "Psykiatri Psykos, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", "Rasmus Holm", "läkare",
      "2024-09-24 14:30", "öppenvård",
      ("Information", "Diagnosen schizofreni kommunicerad med pat idag, kontaktperson Sanna närvarande. Pat invände att han inte är sjuk men ville ha skriftlig information om diagnosen.")),
    N("n3", "Omvårdnadsanteckning", "Psykiatri Psykos, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", "Sanna Ibrahim", "sjuksköterska",
      "2024-10-01 11:00", "öppenvård",
      ("Samtal", "Hembesök. Pat har läst broschyren om schizofreni och hade många frågor om ärftlighet. Tar klozapin enligt ordination, dosett kontrollerad.")),
], ["NL101:n1"], ["NL101:n2"],
   "Psychiatric diagnosis deliberately not yet communicated (NL101 n1); communicated three weeks later (no NL101 n2).")

C("nl1t-geri-alzheimer-diagnosbesked-vid-återbesök", "skane", "1946-04-01", "262", [
    N("n1", "Läkaranteckning", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "Helena Rosén", "läkare",
      "2024-03-11 13:00", "öppenvård",
      ("Utredning", "MMT 22/30, klocktest patologiskt. DT hjärna: mediotemporal atrofi. Likvor: sänkt beta-amyloid 42/40, förhöjt fosfo-tau."),
      ("Bedömning", "Alzheimers sjukdom med sen debut, mild demens. Pat och make har ännu inte fått diagnosbeskedet; återbesök för återgivning 3/4.")),
    N("n2", "Läkaranteckning", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "Helena Rosén", "läkare",
      "2024-04-03 10:00", "öppenvård",
      ("Information", "Diagnosbesked: Alzheimers sjukdom. Pat informerad tillsammans med maken, tar till sig delar av informationen och behöver få den upprepad. Kolinesterashämmare insätts.")),
    N("n3", "Arbetsterapeutanteckning", "Minnesmottagningen, Skånes universitetssjukhus Malmö", "Maja Törnqvist", "arbetsterapeut",
      "2024-04-25 09:30", "öppenvård",
      ("Hembesök", "Hembesök efter demensdiagnosen. Pat klarar matlagning med stöd av maken, glömmer ibland spisen. Spisvakt förskrivs.")),
], ["NL101:n1"], ["NL101:n2"],
   "Dementia diagnosis written before the feedback visit (NL101 n1); diagnosis given, even if she will need it repeated (no NL101 n2).")

C("nl1t-geri-myelom-dottern-vill-skydda-typo", "vgr", "1938-09-09", "020", [
    N("n1", "Läkaranteckning", "Medicinkliniken, Kungälvs sjukhus", "Omar Khalil", "läkare",
      "2024-06-17 14:00", "slutenvård",
      ("Lab", "M-komponent IgG kappa 38 g/l, benmärg 30 % plasmaceller. Skelettröntgen med osteolyser i kraniet."),
      ("Bedömning", "Multipelt myelom. Dottern ringde och vill att mamma inte ska få veta att det är cancer. Pat är ännu inte infomerad om myelomdiagnosen; vi har förklarat för dottern att pat har rätt till information och att samtal hålls i morgon.")),
    N("n2", "Läkaranteckning", "Medicinkliniken, Kungälvs sjukhus", "Omar Khalil", "läkare",
      "2024-06-18 11:30", "slutenvård",
      ("Information", "Samtal med pat, dottern närvarande. Pat informerad om att hon har en blodcancer, myelom, och att behandling med tabletter och injektioner kan bromsa sjukdomen. Pat ville själv veta.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'infomerad'. A relative asks us to withhold; the patient is not yet informed (NL101 n1); told the next day with the daughter present (n2).")

C("nl1t-önh-larynxcancer-underättad-typo", "vgr", "1952-08-08", "391", [
    N("n1", "Läkaranteckning", "Öron-näsa-halskliniken, NU-sjukvården Uddevalla", "Patrik Aronsson", "läkare",
      "2024-01-15 10:00", "öppenvård",
      ("PAD", "Mikrolaryngoskopi 8/1: skivepitelcancer i vä stämbandet, utan inväxt i främre kommissuren."),
      ("Bedömning", "Glottisk larynxcancer T1a. Pat ej underättad om PAD ännu, kallas till besök 18/1 med kontaktsjuksköterska.")),
    N("n2", "Läkaranteckning", "Öron-näsa-halskliniken, NU-sjukvården Uddevalla", "Patrik Aronsson", "läkare",
      "2024-01-18 09:30", "öppenvård",
      ("Information", "Pat underrättad om stämbandscancern och om plan för strålbehandling, god prognos. Frågade om han kan fortsätta sjunga i kören.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'underättad' in the not-told cue; laryngeal cancer not yet told (NL101 n1), told at the visit (n2).")

C("nl1t-hud-melanom-ssk-lämnar-ej-svar-i-telefon", "skane", "1990-03-30", "528", [
    N("n1", "PAD-svar", "Klinisk patologi, Labmedicin Skåne, Lund", "Björn Alm", "läkare",
      "2024-04-02 13:00", "öppenvård",
      ("Utlåtande", "Hud rygg: ytligt spridande malignt melanom, Breslow 1,2 mm, ulceration saknas, mitoser 2/mm². Radikalt exciderat med 2 mm marginal.")),
    N("n2", "Telefonanteckning", "Hudkliniken, Skånes universitetssjukhus Lund", "Therese Lund", "sjuksköterska",
      "2024-04-04 10:45", "öppenvård",
      ("Kontaktorsak", "Pat ringer och frågar efter PAD-svaret på leverfläcken."),
      ("Åtgärd", "PAD visar malignt melanom. Svaret lämnas inte per telefon enligt läkarens ordination; pat har inte fått veta diagnosen men fått tid hos dr Ljungberg 8/4.")),
    N("n3", "Läkaranteckning", "Hudkliniken, Skånes universitetssjukhus Lund", "Carl Ljungberg", "läkare",
      "2024-04-08 14:00", "öppenvård",
      ("Information", "Pat informerad om melanom stadium IB. Utvidgad excision 2 cm och sentinel node-biopsi planeras. Broschyr om solskydd och självundersökning given.")),
], ["NL101:n2"], ["NL101:n3"],
   "A nurse's telephone note writes the melanoma diagnosis while stating the patient has not been told (NL101 n2); the doctor's visit after telling does not fire (n3).")

C("nl1t-ögon-retinoblastom-2år-föräldrar", "vgr", "2022-01-19", "464", [
    N("n1", "Läkaranteckning", "Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Elsa Roos", "läkare",
      "2024-02-06 16:00", "slutenvård",
      ("Aktuellt", "2-årig flicka, föräldrarna har sett att vä pupill lyser vitt på foton (leukokori)."),
      ("Status", "Undersökning i narkos: vitaktig kalkinnehållande tumör i vä ögas bakre pol, 12 mm, glaskroppssådd."),
      ("Bedömning", "Retinoblastom vä öga, grupp D. Föräldrarna ännu ej informerade om fyndet, de åkte hem innan flickan vaknat; samtal bokat i morgon med barnonkolog.")),
    N("n2", "Läkaranteckning", "Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Elsa Roos", "läkare",
      "2024-02-07 11:00", "öppenvård",
      ("Information", "Föräldrarna informerade om retinoblastom i vänster öga. Remiss till nationellt retinoblastomteam samt genetisk utredning avseende RB1.")),
], ["NL101:n1"], ["NL101:n2"],
   "Guardians of a 2-year-old read the journal; retinoblastoma written while they are not yet told (NL101 n1); told the next day (n2).")

C("nl1t-neuro-ms-misstanke-sedan-fastställd", "skane", "1995-10-10", "142", [
    N("n1", "Läkaranteckning", "Neurologiska kliniken, Skånes universitetssjukhus Malmö", "David Åström", "läkare",
      "2024-05-13 11:00", "öppenvård",
      ("Aktuellt", "Optikusneurit vä i april, nu domningar i båda benen sedan en vecka."),
      ("Röntgen", "MR hjärna och rygg: multipla periventrikulära och juxtakortikala lesioner, en laddande lesion i Th6."),
      ("Bedömning", "Misstänkt skovvis förlöpande MS. Pat ej informerad om misstanken, vill invänta likvorsvar före information.")),
    N("n2", "Läkaranteckning", "Neurologiska kliniken, Skånes universitetssjukhus Malmö", "David Åström", "läkare",
      "2024-05-27 13:30", "öppenvård",
      ("Bedömning", "Oligoklonala band i likvor. McDonald-kriterierna uppfyllda: skovvis förlöpande multipel skleros. Pat informerad om diagnosen idag, sjuksköterska från MS-teamet deltog.")),
], ["NL102:n1"], ["NL101:n2"],
   "Untold MS suspicion in a visible Melior note (NL102 n1); two weeks later confirmed and told (no NL101 n2).")

C("nl1t-neurokir-glioblastom-gliobastom-typo", "vgr", "1966-12-31", "579", [
    N("n1", "Röntgensvar", "Neuroradiologi, Sahlgrenska Universitetssjukhuset", "Sven Lundmark", "läkare",
      "2024-03-05 15:30", "öppenvård",
      ("Utlåtande", "Ringformigt laddande process 4 cm i hö temporallob med central nekros och omgivande ödem. Bilden talar i första hand för höggradigt gliom, DD metastas.")),
    N("n2", "Läkaranteckning", "Neurokirurgi, Sahlgrenska Universitetssjukhuset", "Ida Wennberg", "läkare",
      "2024-03-19 15:00", "slutenvård",
      ("PAD", "Glioblastom, IDH-vildtyp, CNS WHO grad 4, MGMT-promotorn metylerad."),
      ("Bedömning", "Gliobastom hö temporalt, makroradikalt opererad 12/3. Pat och hustru ej informerade om PAD ännu, besked vid återbesök med kontaktsjuksköterska 21/3.")),
    N("n3", "Läkaranteckning", "Neurokirurgi, Sahlgrenska Universitetssjukhuset", "Ida Wennberg", "läkare",
      "2024-03-21 10:15", "öppenvård",
      ("Information", "PAD-besked givet till pat och hustru: glioblastom. Förklarat att tumören inte går att bota men att strålning och temozolomid kan bromsa. Remiss onkologen.")),
], ["NL101:n2"], ["NL101:n3"],
   "Typo 'Gliobastom' (correct spelling in the PAD line). Glioblastoma with 'ej informerade om PAD ännu' fires (n2); the disclosure visit does not (n3).")

C("nl1t-endo-papillär-tyreoideacancer-semester", "skane", "1972-07-21", "748", [
    N("n1", "Läkaranteckning", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "Mona Fransson", "läkare",
      "2024-05-27 14:30", "öppenvård",
      ("Ultraljud", "19 mm hypoekogen, oskarpt avgränsad nodul i vä lob med mikroförkalkningar. FNAC tagen."),
      ("Bedömning", "Misstänkt tyreoideacancer. Pat ej informerad om cancermisstanken, har fått veta att knölen ska provtas.")),
    N("n2", "Läkaranteckning", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "Mona Fransson", "läkare",
      "2024-06-10 10:00", "öppenvård",
      ("Cytologi", "FNAC vä tyreoidealob: papillär tyreoideacancer, Bethesda VI."),
      ("Bedömning", "Papillär tyreoideacancer vä lob, 19 mm, inga patologiska lymfkörtlar på ultraljud. Pat har ännu inte fått svaret; hon är på semester och kommer på besök 24/6.")),
    N("n3", "Läkaranteckning", "Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "Mona Fransson", "läkare",
      "2024-06-24 11:00", "öppenvård",
      ("Information", "Pat informerad om papillär sköldkörtelcancer med mycket god prognos. Remiss ÖNH för hemityreoidektomi.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Untold cancer suspicion after the ultrasound (NL102 n1); cytology-proven thyroid cancer while she is away and not yet told (NL101 n2); told at the visit (n3).")

C("nl1t-reuma-ssc-interstitiell-lungsjukdom-ej-tagen", "vgr", "1961-02-02", "684", [
    N("n1", "Läkaranteckning", "Reumatologi, Sahlgrenska Universitetssjukhuset", "Jenny Westin", "läkare",
      "2024-09-16 09:00", "öppenvård",
      ("Anamnes", "Känd systemisk skleros, diffus kutan form sedan 2021."),
      ("Röntgen", "HRCT: retikulära förändringar basalt bilat med dragbronkiektasier, NSIP-mönster."),
      ("Bedömning", "Interstitiell lungsjukdom sekundär till systemisk skleros. Pat ej informerad om HRCT-fyndet ännu, tas upp vid nästa besök när spirometri och DLCO är klara.")),
    N("n2", "Läkaranteckning", "Reumatologi, Sahlgrenska Universitetssjukhuset", "Jenny Westin", "läkare",
      "2024-10-07 14:00", "öppenvård",
      ("Information", "Gått igenom HRCT, spirometri och diffusionskapacitet. Pat informerad om interstitiell lungsjukdom och om att mykofenolat rekommenderas.")),
], ["NL101:n1"], ["NL101:n2"],
   "A new organ complication (ILD) written before it is told, although the underlying SSc is known (NL101 n1); told three weeks later (n2).")

C("nl1t-kard-hcm-17år-läser-själv", "vgr", "2006-11-11", "317", [
    N("n1", "Läkaranteckning", "Kardiologi, Skaraborgs sjukhus Skövde", "Karl Edvardsson", "läkare",
      "2024-02-12 15:00", "öppenvård",
      ("Aktuellt", "17-årig fotbollsspelare remitterad efter avvikande EKG vid idrottsscreening."),
      ("Ekokardiografi", "Asymmetrisk septumhypertrofi 22 mm, SAM, LVOT-gradient 40 mmHg i vila."),
      ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Föräldrarna informerade i telefon. Pat, som själv läser sin journal på 1177, har ännu inte fått veta diagnosen; han kallas med föräldrarna 15/2.")),
    N("n2", "Läkaranteckning", "Kardiologi, Skaraborgs sjukhus Skövde", "Karl Edvardsson", "läkare",
      "2024-02-15 13:00", "öppenvård",
      ("Information", "Pat informerad om hypertrofisk kardiomyopati och om att tävlingsidrott avråds tills vidare. Mycket ledsen. Genetisk utredning av familjen erbjuds.")),
], ["NL101:n1"], ["NL101:n2"],
   "17-year-old who reads his own journal: parents told, he not (NL101 n1); told three days later (n2).")

C("nl1t-inf-hepatit-c-dari-telefontolk", "skane", "1989-06-06", "419", [
    N("n1", "Läkaranteckning", "Infektionskliniken, Helsingborgs lasarett", "Sanna Lilja", "läkare",
      "2024-03-25 16:00", "öppenvård",
      ("Lab", "Anti-HCV positiv, HCV-RNA 2,1 milj IE/ml, genotyp 3a. Leverelastografi ej gjord."),
      ("Bedömning", "Kronisk hepatit C. Pat talar dari, har inte nåtts via telefontolk trots tre försök och har därför ännu inte fått provsvaret.")),
    N("n2", "Telefonanteckning", "Infektionskliniken, Helsingborgs lasarett", "Yasmin Hedlund", "sjuksköterska",
      "2024-03-27 10:20", "öppenvård",
      ("Åtgärd", "Nått pat via telefontolk (dari). Informerat enligt dr Lilja om hepatit C och att det finns tablettbehandling som botar. Bokat besök för elastografi.")),
    N("n3", "Läkaranteckning", "Infektionskliniken, Helsingborgs lasarett", "Sanna Lilja", "läkare",
      "2024-04-15 09:30", "öppenvård",
      ("Bedömning", "Kronisk HCV genotyp 3a, fibros F1. Sofosbuvir/velpatasvir 12 v. Smittskyddsanmälan gjord.")),
], ["NL101:n1"], ["NL101:n3"],
   "Not reached via telephone interpreter, so not yet told (NL101 n1); after a nurse told him via interpreter, a later doctor's note just repeats the diagnosis (no NL101 n3).")

C("nl1t-gyn-ovarialcancer-fryssnitt-sövd", "vgr", "1955-05-17", "506", [
    N("n1", "Operationsberättelse", "Gynekologi, Sahlgrenska Universitetssjukhuset Östra", "Maria Sundin", "läkare",
      "2024-10-02 13:30", "slutenvård",
      ("Fynd", "Ascites 2 liter, karcinos på peritoneum och oment, bilaterala ovarialtumörer. Fryssnitt: höggradig serös cancer."),
      ("Bedömning", "Avancerad ovarialcancer. Pat ej informerad om fynden (sövd), maken informerad i telefon postop.")),
    N("n2", "Läkaranteckning", "Gynekologi, Sahlgrenska Universitetssjukhuset Östra", "Maria Sundin", "läkare",
      "2024-10-03 09:00", "slutenvård",
      ("Information", "Ronden: pat informerad om att det var äggstockscancer och att spridning finns i bukhinnan. Fortsatt behandling diskuteras på MDK.")),
], ["NL101:n1"], ["NL101:n2"],
   "Operation note: ovarian cancer found under anaesthesia, husband told, patient not yet (NL101 n1); told on the ward round (n2).")

C("nl1t-uro-prostatacancer-gleason-vc-pmo", "skane", "1949-01-08", "051", [
    N("n1", "Läkaranteckning", "Urologiska kliniken, Centralsjukhuset Kristianstad", "Viktor Nilsson", "läkare",
      "2024-08-21 11:00", "öppenvård",
      ("PAD", "Prostatabiopsier: acinärt adenokarcinom Gleason 4+4=8 i 7 av 12 kolvar."),
      ("Bedömning", "Högrisk prostatacancer. Skelettscint och DT beställda. Pat ännu ej informerad, kallas till besök efter undersökningarna.")),
    N("n2", "Läkaranteckning", "Urologiska kliniken, Centralsjukhuset Kristianstad", "Viktor Nilsson", "läkare",
      "2024-09-04 13:00", "öppenvård",
      ("Information", "Pat informerad om prostatacancer, ingen spridning på DT eller skelettscint. Föreslår strålbehandling med hormonbehandling.")),
    N("n3", "Besöksanteckning", "Vårdcentralen Näsby, Kristianstad", "Jenny Axelsson", "läkare",
      "2024-09-12 10:00", "öppenvård",
      ("Aktuellt", "Kommer för blodtryckskontroll. Nyligen diagnostiserad prostatacancer enligt urologen, ska börja med hormonbehandling."),
      ("Åtgärd", "Amlodipin oförändrat, BT 138/82. Ny kontroll om ett år."), system="PMO"),
], ["NL101:n1"], ["NL101:n2"],
   "Urologist's note with Gleason 8 cancer and 'ännu ej informerad' fires (n1); told at the next visit (n2). The PMO primary-care note is not asserted.")

C("nl1t-med-pankreascancer-ssk-telefon-utan-diagnos", "vgr", "1944-04-04", "831", [
    N("n1", "Röntgensvar", "Röntgen, Skaraborgs sjukhus Skövde", "Åsa Kvist", "läkare",
      "2024-11-04 16:20", "slutenvård",
      ("Utlåtande", "3,5 cm hypodens tumör i pankreashuvudet med inväxt i VMS, dilaterade gallvägar samt multipla levermetastaser. Sammantaget bild av pankreascancer med leverspridning.")),
    N("n2", "Läkaranteckning", "Medicinkliniken, Skaraborgs sjukhus Skövde", "Theo Granqvist", "läkare",
      "2024-11-05 14:00", "slutenvård",
      ("Bedömning", "Metastaserad pankreascancer enligt DT. Pat ej informerad – önskar att hustrun är med och hon kan först på torsdag.")),
    N("n3", "Telefonanteckning", "Medicinkliniken, Skaraborgs sjukhus Skövde", "Linda Strömberg", "sjuksköterska",
      "2024-11-06 10:00", "slutenvård",
      ("Kontaktorsak", "Pat ringer från permission, orolig, vill veta vad röntgen visade."),
      ("Åtgärd", "Förklarat att läkaren går igenom svaret vid samtalet på torsdag tillsammans med hustrun. Pat accepterar. Erbjudit kontakt med kurator.")),
    N("n4", "Läkaranteckning", "Medicinkliniken, Skaraborgs sjukhus Skövde", "Theo Granqvist", "läkare",
      "2024-11-07 13:00", "slutenvård",
      ("Information", "Pat och hustru informerade om cancer i bukspottkörteln med spridning till levern. Bot saknas; palliativ cytostatika diskuterad, pat vill fundera. Kontakt med palliativt team.")),
], ["NL101:n2"], ["NL101:n3"],
   "Doctor's note with the cancer and 'ej informerad' fires (n2); the nurse's phone note says the answer comes on Thursday but names no diagnosis (no NL101 n3).")

C("nl1t-barn-cystisk-fibros-spädbarn-screening", "skane", "2024-01-10", "286", [
    N("n1", "Läkaranteckning", "Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "Kristina Hallberg", "läkare",
      "2024-02-02 15:00", "öppenvård",
      ("Aktuellt", "PKU-screening med förhöjt IRT, svettest utfört idag."),
      ("Lab", "Svettklorid 98 mmol/l. CFTR: homozygot F508del."),
      ("Bedömning", "Cystisk fibros. Föräldrarna ej informerade ännu, CF-teamet kallar familjen till samtal måndag 5/2.")),
    N("n2", "Läkaranteckning", "Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "Kristina Hallberg", "läkare",
      "2024-02-05 10:00", "öppenvård",
      ("Information", "Föräldrarna informerade om cystisk fibros av mig, CF-sjuksköterska och fysioterapeut. Enzymsubstitution och saltsubstitution startas. Föräldrarna fick skriftlig information.")),
    N("n3", "Fysioterapeutanteckning", "Barn- och ungdomsmedicin, Skånes universitetssjukhus Lund", "Anders Hedin", "fysioterapeut",
      "2024-02-05 11:30", "öppenvård",
      ("Åtgärd", "Visat föräldrarna andningsgymnastik och PEP-teknik anpassad för spädbarn med CF.")),
], ["NL101:n1"], ["NL101:n2"],
   "Infant: guardians read the journal and are not yet told about CF (NL101 n1); told by the CF team (no NL101 n2).")

C("nl1t-barn-absensepilepsi-eeg-mamma-ringd", "vgr", "2016-03-22", "342", [
    N("n1", "Remissvar", "Klinisk neurofysiologi, Sahlgrenska Universitetssjukhuset", "Axel Brandt", "läkare",
      "2024-04-09 14:00", "öppenvård",
      ("Utlåtande", "Generaliserade 3 Hz spike-wave-urladdningar provocerade av hyperventilation, klinisk absens vid två tillfällen. Fynd förenligt med absensepilepsi.")),
    N("n2", "Läkaranteckning", "Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "Lova Carlsson", "läkare",
      "2024-04-10 08:30", "öppenvård",
      ("Bedömning", "Barnabsensepilepsi. Föräldrarna har inte fått EEG-svaret än, jag ringer mamma i eftermiddag.")),
    N("n3", "Telefonanteckning", "Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "Lova Carlsson", "läkare",
      "2024-04-10 14:10", "öppenvård",
      ("Åtgärd", "Samtal med mamma: informerat om absensepilepsi och att etosuximid insätts. Pappa får informationen av mamma, recept skickat.")),
], ["NL101:n2"], ["NL101:n3"],
   "8-year-old: the epilepsy diagnosis is written before the guardians have the EEG result (NL101 n2); telephone note after telling the mother (no NL101 n3).")

C("nl1t-lung-mesoteliom-efter-mdk", "skane", "1948-02-25", "879", [
    N("n1", "Inskrivningsanteckning", "Lungmedicin, Helsingborgs lasarett", "Arvid Kronqvist", "läkare",
      "2024-05-08 16:00", "slutenvård",
      ("Aktuellt", "Ensidig pleuravätska hö, pleurapunktion med exsudat, cytologi med atypiska mesotelceller."),
      ("Bedömning", "Malignt mesoteliom kan inte uteslutas med tanke på asbestexponeringen. Pat ej informerad om denna misstanke, thorakoskopi planeras.")),
    N("n2", "Läkaranteckning", "Lungmedicin, Helsingborgs lasarett", "Birgitta Olin", "läkare",
      "2024-05-20 10:00", "slutenvård",
      ("Anamnes", "Varvsarbetare i Landskrona 1965–1990, asbestexponerad."),
      ("PAD", "Thorakoskopiska pleurabiopsier: epiteloitt malignt mesoteliom."),
      ("Bedömning", "Malignt pleuramesoteliom hö. Pat är inte informerad om PAD-svaret, det görs efter MDK på onsdag då behandlingsförslag finns.")),
    N("n3", "Läkaranteckning", "Lungmedicin, Helsingborgs lasarett", "Birgitta Olin", "läkare",
      "2024-05-23 15:00", "slutenvård",
      ("Information", "Pat och dotter informerade om mesoteliom och om att sjukdomen är kopplad till asbest; arbetsskadeanmälan diskuterad. Cytostatika med cisplatin/pemetrexed erbjuds.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Untold 'kan inte uteslutas' suspicion on admission (NL102 n1); mesothelioma held back until after the MDT (NL101 n2); told with daughter (n3).")

C("nl1t-inf-hiv-vuxen-kallad-via-sms", "vgr", "1985-08-30", "624", [
    N("n1", "Läkaranteckning", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "Jakob Sten", "läkare",
      "2024-07-08 12:00", "öppenvård",
      ("Lab", "Hiv Ag/Ak positiv, konfirmation positiv för hiv-1. CD4 340."),
      ("Bedömning", "Nyupptäckt hiv-1-infektion. Pat ej informerad; kallad till besök i morgon utan att orsaken angetts i sms-kallelsen.")),
    N("n2", "Läkaranteckning", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "Jakob Sten", "läkare",
      "2024-07-09 13:30", "öppenvård",
      ("Information", "Pat informerad om hiv-infektion. Informerat om god prognos med behandling, U=U och smittskyddslagens förhållningsregler. Start av bictegravir/emtricitabin/tenofoviralafenamid.")),
    N("n3", "Kuratorsanteckning", "Infektionskliniken, Sahlgrenska Universitetssjukhuset Östra", "Emma Falk", "kurator",
      "2024-07-16 10:00", "öppenvård",
      ("Samtal", "Stödsamtal efter hiv-beskedet. Pat oroar sig för att berätta för sin partner; vi övar på hur samtalet kan gå till.")),
], ["NL101:n1"], ["NL101:n2"],
   "HIV written the day before the patient is told (NL101 n1); the disclosure visit does not fire (n2).")

C("nl1t-neonatal-downs-misstanke-sedan-trisomi", "skane", "2024-04-28", "503", [
    N("n1", "Läkaranteckning", "Neonatalavdelningen, Lasarettet i Ystad", "Sofie Lundgren", "läkare",
      "2024-04-29 09:00", "slutenvård",
      ("Status", "Nyfödd pojke: uppåtsneda ögonspringor, epikantusveck, tvärfåra i båda handflatorna, lätt hypotoni."),
      ("Bedömning", "Kliniskt misstänkt Downs syndrom. Föräldrarna ej informerade om misstanken ännu, vi inväntar snabb-QF-PCR före samtal.")),
    N("n2", "Läkaranteckning", "Neonatalavdelningen, Lasarettet i Ystad", "Sofie Lundgren", "läkare",
      "2024-04-30 16:00", "slutenvård",
      ("Lab", "QF-PCR: trisomi 21."),
      ("Information", "Föräldrarna informerade om att pojken har Downs syndrom. Ekokardiografi inbokad, kontakt med habilitering förmedlas.")),
], ["NL102:n1"], ["NL101:n2"],
   "Newborn: an untold clinical suspicion belongs in Tidiga hypoteser, not a visible note (NL102 n1); confirmed and told to the guardians next day (no NL101 n2).")

C("nl1t-onk-bröstcancer-recidiv-skelett", "vgr", "1959-09-19", "208", [
    N("n1", "Läkaranteckning", "Onkologi, Södra Älvsborgs sjukhus Borås", "Gabriel Ekström", "läkare",
      "2024-08-05 09:00", "öppenvård",
      ("Röntgen", "Skelettscintigrafi och DT: multipla skelettmetastaser i kotpelare och bäcken."),
      ("Bedömning", "Recidiv av bröstcancer med skelettmetastaser, 6 år efter primärbehandling. Pat ej informerad om DT-fynden, återbesök bokat på fredag.")),
    N("n2", "Läkaranteckning", "Onkologi, Södra Älvsborgs sjukhus Borås", "Gabriel Ekström", "läkare",
      "2024-08-09 10:00", "öppenvård",
      ("Information", "Pat informerad om att bröstcancern kommit tillbaka i skelettet. CDK4/6-hämmare och aromatashämmare planeras, samt zoledronsyra.")),
], ["NL101:n1"], ["NL101:n2"],
   "A recurrence is a new diagnosis the patient has not been told (NL101 n1), even though she knows her old breast cancer; told on Friday (n2).")

C("nl1t-hem-hodgkin-misstanke-pad-besked-måndag", "skane", "1999-12-24", "084", [
    N("n1", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "Nadia Persson", "läkare",
      "2024-02-26 10:00", "öppenvård",
      ("Status", "Fast, oöm lymfkörtel 3 cm supraklavikulärt vä. Nattsvettningar, klåda."),
      ("Bedömning", "Misstänkt lymfom, DD tuberkulos. Pat ej informerad om lymfommisstanken, exstirpation bokad.")),
    N("n2", "PAD-svar", "Klinisk patologi, Labmedicin Skåne, Lund", "Peter Sjögren", "läkare",
      "2024-03-06 12:00", "öppenvård",
      ("Utlåtande", "Lymfkörtel supraklavikulärt vä: klassiskt Hodgkins lymfom, nodulärskleroserande typ. CD30+, CD15+.")),
    N("n3", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "Nadia Persson", "läkare",
      "2024-03-07 09:00", "öppenvård",
      ("Bedömning", "Klassiskt Hodgkins lymfom. PET-DT beställd för stadieindelning. Pat har ännu inte fått PAD-svaret, det ges vid besöket på måndag.")),
    N("n4", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "Nadia Persson", "läkare",
      "2024-03-11 13:00", "öppenvård",
      ("Information", "Pat informerad om Hodgkins lymfom, stadium IIA enligt PET-DT. Mycket god chans till bot med ABVD. Remiss för fertilitetsbevarande åtgärder.")),
], ["NL102:n1", "NL101:n3"], ["NL101:n2", "NL101:n4"],
   "Untold suspicion (NL102 n1); pathologist's answer with no not-told line (no NL101 n2); confirmed lymphoma awaiting disclosure (NL101 n3); disclosure (no NL101 n4).")

C("nl1t-barn-celiaki-föräldrar-ej-nådda", "vgr", "2017-06-15", "419", [
    N("n1", "Läkaranteckning", "Barnmedicin, Södra Älvsborgs sjukhus Borås", "Moa Hellström", "läkare",
      "2024-01-29 11:00", "öppenvård",
      ("PAD", "Duodenalbiopsier: total villusatrofi, kryptohyperplasi, ökade intraepiteliala lymfocyter (Marsh 3c)."),
      ("Bedömning", "Celiaki. Föräldrarna ännu inte nådda per telefon, de har inte fått svaret.")),
    N("n2", "Telefonanteckning", "Barnmedicin, Södra Älvsborgs sjukhus Borås", "Moa Hellström", "läkare",
      "2024-01-30 09:20", "öppenvård",
      ("Åtgärd", "Nått mamma. Informerat om celiaki och att pojken ska äta glutenfri kost livslångt. Remiss dietist. Mamma berättar för pappa.")),
    N("n3", "Dietistanteckning", "Barnmedicin, Södra Älvsborgs sjukhus Borås", "Klara Nyberg", "dietist",
      "2024-02-12 10:00", "öppenvård",
      ("Åtgärd", "Glutenfri kost genomgången med båda föräldrarna och pojken, 6 år. Skolan får intyg om celiaki för specialkost.")),
], ["NL101:n1"], ["NL101:n2"],
   "Low-stakes diagnosis still counts: celiac disease written while the guardians have not been reached (NL101 n1); mother told by phone (no NL101 n2).")

C("nl1t-barnonk-tall-16år-sov-efter-narkos", "skane", "2007-11-03", "146", [
    N("n1", "Läkaranteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Emil Strand", "läkare",
      "2024-05-21 17:00", "slutenvård",
      ("Lab", "Benmärg: T-ALL, 85 % blaster."),
      ("Bedömning", "Akut lymfatisk leukemi av T-cellstyp. Föräldrarna är informerade. Pat själv (16 år) ej informerad ännu – hon sov efter narkosen och föräldrarna vill vara med när vi berättar i kväll.")),
    N("n2", "Läkaranteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Emil Strand", "läkare",
      "2024-05-21 20:30", "slutenvård",
      ("Information", "Pat informerad om T-ALL med föräldrarna närvarande. Hon frågade om håret och om hon kan gå på studenten nästa år.")),
], ["NL101:n1"], ["NL101:n2"],
   "16-year-old reads her own journal: parents informed is not enough (NL101 n1); told the same evening (n2).")

C("nl1t-bup-anorexi-17år-föräldrar-vet", "skane", "2007-02-14", "362", [
    N("n1", "Läkaranteckning", "BUP Ätstörningsenheten, Lund", "Anna Cronholm", "läkare",
      "2024-09-02 14:00", "öppenvård",
      ("Bedömning", "Anorexia nervosa, restriktiv typ, BMI 15,1. Föräldrarna har fått diagnosen förklarad. Pat (17 år) har ännu inte informerats om diagnosen, som tas upp vid nästa samtal när hon är mer mottaglig.")),
    N("n2", "Psykologanteckning", "BUP Ätstörningsenheten, Lund", "Tobias Ehn", "psykolog",
      "2024-09-09 10:00", "öppenvård",
      ("Samtal", "Diagnosen anorexia nervosa genomgången med pat enskilt efter överenskommelse med läkaren. Hon förnekar att hon är sjuk men kan beskriva rädslan för att äta.")),
], ["NL101:n1"], ["NL101:n2"],
   "BUP Skåne, 17-year-old: guardians told but not the reader of the journal (NL101 n1); psychologist goes through the diagnosis with her (n2).")

C("nl1t-med-diabetes-typ2-ej-nådd", "vgr", "1970-03-19", "415", [
    N("n1", "Läkaranteckning", "Medicinkliniken, NU-sjukvården NÄL", "Elin Söderström", "läkare",
      "2024-06-12 14:00", "öppenvård",
      ("Lab", "HbA1c 62 mmol/mol, upprepat 64 mmol/mol. fP-glukos 9,8."),
      ("Bedömning", "Diabetes mellitus typ 2, nyupptäckt. Pat ännu ej informerad om provsvaren – ej nåtts på telefon två gånger, brev med ny tid skickas.")),
    N("n2", "Telefonanteckning", "Medicinkliniken, NU-sjukvården NÄL", "Jonatan Berg", "sjuksköterska",
      "2024-06-14 09:00", "öppenvård",
      ("Åtgärd", "Pat ringde tillbaka. Informerat om typ 2-diabetes enligt läkarens anteckning och bokat besök hos diabetessköterska 25/6.")),
], ["NL101:n1"], ["NL101:n2"],
   "Not reached by phone, so not informed of new type 2 diabetes (NL101 n1); nurse informs him (n2).")

C("nl1t-kard-långtids-ekg-förmaksflimer-typo", "vgr", "1953-12-01", "560", [
    N("n1", "Remissvar", "Klinisk fysiologi, Kungälvs sjukhus", "Olle Back", "läkare",
      "2024-07-15 11:00", "öppenvård",
      ("Utlåtande", "Långtids-EKG 48 h: paroxysmalt förmaksflimmer, 6 episoder, längsta 3 h 12 min, kammarfrekvens 110–140. Symtomdagbok: hjärtklappning vid två av episoderna.")),
    N("n2", "Läkaranteckning", "Medicinmottagningen, Kungälvs sjukhus", "Fatima Rahimi", "läkare",
      "2024-07-16 10:00", "öppenvård",
      ("Bedömning", "Paroxysmalt förmaksflimer, CHA2DS2-VASc 3. Antikoagulation indicerad. Pat ännu ej underrättad, sjuksköterska ringer i eftermiddag med svar och recept på apixaban.")),
    N("n3", "Telefonanteckning", "Medicinmottagningen, Kungälvs sjukhus", "Helena Gran", "sjuksköterska",
      "2024-07-16 15:10", "öppenvård",
      ("Åtgärd", "Ringt pat och meddelat att långtids-EKG visade förmaksflimmer. Informerat om apixaban 5 mg x 2 och blödningsrisk. Pat förstår och hämtar ut i dag.")),
], ["NL101:n2"], ["NL101:n3"],
   "Typo 'förmaksflimer'. Doctor's note with AF and 'ännu ej underrättad' fires (n2); the nurse's phone call telling her does not (n3).")

C("nl1t-geri-kronisk-njursjukdom-väntar-nefrolog", "skane", "1939-10-10", "237", [
    N("n1", "Läkaranteckning", "Geriatriska kliniken, Trelleborgs lasarett", "Elias Jansson", "läkare",
      "2024-10-21 14:00", "slutenvård",
      ("Lab", "Krea 268, eGFR 18, stabilt sedan tre mån. U-albumin/krea 90."),
      ("Bedömning", "Kronisk njursjukdom stadium 4 sekundär till diabetes och hypertoni. Pat är ej informerad om stadiet; vi vill att njurmedicin först bedömer om dialysförberedelse är aktuell, remiss skickad.")),
    N("n2", "Läkaranteckning", "Njurmedicin, Skånes universitetssjukhus Lund", "Tove Rask", "läkare",
      "2024-11-12 10:00", "öppenvård",
      ("Information", "Pat informerad om kronisk njursvikt stadium 4 och om alternativen dialys respektive konservativ behandling. Pat, 85 år, lutar åt konservativ vård.")),
], ["NL101:n1"], ["NL101:n2"],
   "Geriatric ward writes CKD stage 4 but waits for the nephrologist to tell (NL101 n1); told at the renal clinic (n2).")

C("nl1t-önh-barn-hörselnedsättning-abr-svar", "vgr", "2021-09-09", "186", [
    N("n1", "Remissvar", "Hörselverksamheten, Sahlgrenska Universitetssjukhuset", "Rut Andersson", "audionom",
      "2024-03-14 10:00", "öppenvård",
      ("Utlåtande", "ABR i spontan sömn: tröskel 70 dB nHL bilat. OAE saknas bilat.")),
    N("n2", "Läkaranteckning", "ÖNH-barnmottagningen, Drottning Silvias barn- och ungdomssjukhus", "Jesper Holmberg", "läkare",
      "2024-03-15 09:00", "öppenvård",
      ("Bedömning", "Bilateral måttlig-grav sensorineural hörselnedsättning. Föräldrarna har ännu inte fått svaret på hjärnstamsaudiometrin; samtal med audionom och läkare bokat 20/3.")),
    N("n3", "Läkaranteckning", "ÖNH-barnmottagningen, Drottning Silvias barn- och ungdomssjukhus", "Jesper Holmberg", "läkare",
      "2024-03-20 13:30", "öppenvård",
      ("Information", "Föräldrarna informerade om dubbelsidig sensorineural hörselnedsättning. Hörapparatutprovning samt CMV- och genetisk utredning. Teckenspråkskurs erbjuds familjen.")),
], ["NL101:n2"], ["NL101:n3"],
   "2-year-old: hearing loss written before the guardians have the result (NL101 n2); told five days later (n3).")

C("nl1t-ortop-patologisk-fraktur-njurcancermetastas", "skane", "1950-07-07", "082", [
    N("n1", "Inskrivningsanteckning", "Ortopedkliniken, Skånes universitetssjukhus Malmö", "Yusuf Demir", "läkare",
      "2024-09-08 23:40", "slutenvård",
      ("Aktuellt", "Subtrokantär femurfraktur vä efter fall i hemmet från stående. Röntgen: osteolytisk förändring i frakturområdet."),
      ("Bedömning", "Patologisk fraktur, misstänkt skelettmetastas, DD myelom. Pat ej informerad om misstanken om malignitet; biopsi tas vid märgspikningen.")),
    N("n2", "Läkaranteckning", "Ortopedkliniken, Skånes universitetssjukhus Malmö", "Rickard Svensson", "läkare",
      "2024-09-11 10:00", "slutenvård",
      ("Aktuellt", "Lågenergifraktur i vä femur subtrokantärt, osteolys på röntgen. Märgspikad 9/9 med biopsi."),
      ("PAD", "Metastas av klarcellig njurcancer."),
      ("Bedömning", "Patologisk femurfraktur orsakad av metastas från njurcancer; DT visar 7 cm tumör i vä njure. Pat ej informerad om PAD eller DT, onkolog och urolog kommer på ronden i morgon.")),
    N("n3", "Konsultationsanteckning", "Onkologiska kliniken, Skånes universitetssjukhus Malmö", "Cecilia Borg", "läkare",
      "2024-09-12 14:00", "slutenvård",
      ("Information", "Konsult. Pat informerad om njurcancer med spridning till skelettet och att frakturen beror på detta. Hon vill ha all information, även om prognos.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Admission note with an untold malignancy suspicion (NL102 n1); ward note with metastatic renal cancer and 'ej informerad' (NL101 n2); oncology consultant tells her (n3).")

C("nl1t-inf-lungtuberkulos-tigrinjatolk", "vgr", "1996-05-05", "457", [
    N("n1", "Läkaranteckning", "Infektionskliniken, Skaraborgs sjukhus Skövde", "Mats Lindh", "läkare",
      "2024-04-16 14:00", "slutenvård",
      ("Lab", "Sputum: Mycobacterium tuberculosis-komplex påvisat med PCR, mikroskopi positiv. Rifampicinresistens ej påvisad."),
      ("Bedömning", "Smittsam lungtuberkulos. Pat talar tigrinja, telefontolk ej tillgänglig idag; pat är därför inte informerad om tbc-diagnosen men har ombetts stanna på rummet. Kontakttolk bokad 17/4 kl 9.")),
    N("n2", "Läkaranteckning", "Infektionskliniken, Skaraborgs sjukhus Skövde", "Mats Lindh", "läkare",
      "2024-04-17 09:45", "slutenvård",
      ("Information", "Pat informerad om lungtuberkulos via tigrinjatolk på plats. Informerat om isolering, fyrdubbelbehandling och smittspårning. Förhållningsregler enligt smittskyddslagen givna.")),
    N("n3", "Omvårdnadsanteckning", "Infektionskliniken, Skaraborgs sjukhus Skövde", "Lotta Håkansson", "undersköterska",
      "2024-04-18 08:00", "slutenvård",
      ("Omvårdnad", "Pat isolerad på rum 12 pga tuberkulos. Tar läkemedlen utan problem, äter bra.")),
], ["NL101:n1"], ["NL101:n2"],
   "No interpreter, so TB not yet told (NL101 n1); told via interpreter on site (no NL101 n2).")

C("nl1t-hud-mycosis-fungoides-eftergranskning", "skane", "1963-03-23", "791", [
    N("n1", "Läkaranteckning", "Hudkliniken, Skånes universitetssjukhus Lund", "Anna Wikström", "läkare",
      "2024-05-06 11:00", "öppenvård",
      ("PAD", "Hudbiopsi bål: epidermotropt T-cellsinfiltrat, klonalitet påvisad."),
      ("Bedömning", "Mycosis fungoides, stadium IB. Besked ännu ej lämnat till pat – svaret tas vid återbesöket.")),
    N("n2", "Läkaranteckning", "Hudkliniken, Skånes universitetssjukhus Lund", "Anna Wikström", "läkare",
      "2024-05-27 10:00", "öppenvård",
      ("Information", "Pat informerad om mycosis fungoides, ett långsamt växande lymfom i huden. UVB-behandling 3 ggr/v startas.")),
], ["NL101:n1"], ["NL101:n2"],
   "Cutaneous lymphoma with 'besked ännu ej lämnat' (NL101 n1); told at follow-up (n2).")

C("nl1t-endo-binjurebarkscancer-inforemrad-typo", "vgr", "1977-01-31", "860", [
    N("n1", "Läkaranteckning", "Endokrinologi, Sahlgrenska Universitetssjukhuset", "Hugo Engdahl", "läkare",
      "2024-02-19 13:00", "öppenvård",
      ("Bedömning", "Binjurebarkscancer vä, 9 cm, kortisolproducerande, enl PAD efter adrenalektomi. Pat ej inforemrad om PAD, onkologen ska vara med vid beskedet.")),
    N("n2", "Läkaranteckning", "Endokrinologi, Sahlgrenska Universitetssjukhuset", "Hugo Engdahl", "läkare",
      "2024-02-26 09:00", "öppenvård",
      ("Information", "Beskedet om binjurebarkscancer givet av mig och onkolog. Mitotan adjuvant föreslås, pat vill fundera en vecka.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'inforemrad' in the cue. Adrenocortical carcinoma not yet told (NL101 n1); disclosure a week later (n2).")

C("nl1t-med-levercirros-konfusorisk-vid-ankomst", "skane", "1957-11-11", "553", [
    N("n1", "Inskrivningsanteckning", "Medicinkliniken, Lasarettet i Ystad", "Cecilia Wall", "läkare",
      "2024-03-02 20:00", "slutenvård",
      ("Status", "Ascites, ikterus, flapping tremor. Ultraljud: knottrig lever, splenomegali."),
      ("Bedömning", "Levercirros Child-Pugh C, alkoholorsakad, med hepatisk encefalopati. Pat är inte informerad om cirrosdiagnosen, han var konfusorisk vid ankomsten; tas när han är klar.")),
    N("n2", "Daganteckning", "Medicinkliniken, Lasarettet i Ystad", "Hampus Lindgren", "läkare",
      "2024-03-05 11:00", "slutenvård",
      ("Information", "Pat nu klar och orienterad. Informerad om levercirros och att fortsatt alkoholintag är livshotande. Remiss till beroendemottagningen accepteras.")),
], ["NL101:n1"], ["NL101:n2"],
   "Confused on admission so not yet informed of cirrhosis (NL101 n1); informed once lucid (n2).")

C("nl1t-kir-ventrikelcancer-kopierad-infromerad-typo", "vgr", "1948-06-20", "402", [
    N("n1", "Daganteckning", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Peder Hall", "läkare",
      "2024-06-24 10:00", "slutenvård",
      ("Gastroskopi", "Ulcererande tumör i antrum, biopsier tagna 20/6."),
      ("PAD", "Adenokarcinom av diffus typ med signetringceller."),
      ("Bedömning", "Ventrikelcancer. Pat ej informerad ännu – väntar på DT för stadieindelning innan samtalet.")),
    N("n2", "Daganteckning", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Louise Thorsén", "läkare",
      "2024-06-25 09:30", "slutenvård",
      ("Bedömning", "Ventrikelcancer diffus typ (se PAD 24/6). DT i eftermiddag. Pat ej infromerad ännu, samtal efter DT.")),
    N("n3", "Daganteckning", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Peder Hall", "läkare",
      "2024-06-26 13:30", "slutenvård",
      ("Information", "Informationssamtal: pat och son informerade om magsäckscancer utan fjärrspridning. Preoperativ cytostatika enligt FLOT föreslås.")),
], ["NL101:n1", "NL101:n2"], ["NL101:n3"],
   "Copy-forward of a still-true not-told line (typo 'infromerad' in n2): both progress notes fire; the information meeting (n3) does not.")

C("nl1t-gyn-cin3-brev-barnmorska-förklarar", "skane", "1996-09-15", "664", [
    N("n1", "Läkaranteckning", "Kvinnokliniken, Skånes universitetssjukhus Malmö", "Jessica Morin", "läkare",
      "2024-10-14 14:00", "öppenvård",
      ("PAD", "Cervixbiopsier kl 12 och kl 3: HSIL (CIN3)."),
      ("Bedömning", "CIN 3. Pat har ännu inte fått veta PAD-svaret. Kallas till konisering, brev med svaret skickas samtidigt.")),
    N("n2", "Telefonanteckning", "Kvinnokliniken, Skånes universitetssjukhus Malmö", "Anneli Brodin", "barnmorska",
      "2024-10-17 10:30", "öppenvård",
      ("Kontaktorsak", "Pat ringer efter att ha fått brevet om cellförändringar."),
      ("Åtgärd", "Förklarat att CIN 3 är höggradiga cellförändringar, inte cancer, och att koniseringen tar bort dem. Pat lugnare.")),
], ["NL101:n1"], ["NL101:n2"],
   "CIN 3 written before the letter reached her (NL101 n1); midwife's phone note after she got the letter (n2).")

C("nl1t-neuro-myasteni-informerad-av-ögonläkare", "vgr", "1982-04-12", "322", [
    N("n1", "Läkaranteckning", "Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Lina Aho", "läkare",
      "2024-08-02 09:00", "öppenvård",
      ("Status", "Fluktuerande ptos vä, uttröttbar vid uppåtblick, dubbelseende vid trötthet."),
      ("Bedömning", "Okulär myasteni. Pat informerad om diagnosen och att AChR-antikroppar tas; neurolog tar över.")),
    N("n2", "Läkaranteckning", "Neurologi, Sahlgrenska Universitetssjukhuset", "Jonna Lindell", "läkare",
      "2024-08-12 10:00", "öppenvård",
      ("Aktuellt", "Remiss från ögonkliniken. AChR-antikroppar positiva."),
      ("Bedömning", "Okulär myasthenia gravis. Pat informerad om diagnosen redan av remitterande ögonläkare 2/8, vilket hon bekräftar. Pyridostigmin insätts.")),
    N("n3", "Läkaranteckning", "Neurologi, Sahlgrenska Universitetssjukhuset", "Jonna Lindell", "läkare",
      "2024-09-16 10:00", "öppenvård",
      ("Bedömning", "Myasthenia gravis, nu även lätt sväljsvårighet – generaliserad form. DT thorax utan tymom.")),
], [], ["NL101:n2"],
   "Informed by the referring eye clinic; the neurologist's note says so and nothing says she is uninformed (no NL101 n2).")

C("nl1t-reuma-ra-ej-informerad-om-biverkningar", "skane", "1975-03-08", "726", [
    N("n1", "Läkaranteckning", "Reumatologiska kliniken, Skånes universitetssjukhus Lund", "Petra Hallin", "läkare",
      "2024-01-24 13:00", "öppenvård",
      ("Bedömning", "Seropositiv reumatoid artrit, anti-CCP > 340. Pat informerad om RA-diagnosen idag. Metotrexat insätts; hon har ännu inte fått information om metotrexatets biverkningar och provtagningskontroller, det sköter reumasjuksköterskan på torsdag.")),
    N("n2", "Omvårdnadsanteckning", "Reumatologiska kliniken, Skånes universitetssjukhus Lund", "Linn Bergqvist", "sjuksköterska",
      "2024-01-26 09:00", "öppenvård",
      ("Information", "Gått igenom metotrexat vid reumatoid artrit: illamående, leverpåverkan, folsyra dagen efter, provtagning var 4:e vecka initialt. Pat har skrivit ned frågor om graviditet, besvarade.")),
], [], ["NL101:n1"],
   "The only not-told statement concerns drug side effects; the RA diagnosis itself was told the same day (no NL101 n1).")

C("nl1t-hem-dlbcl-kommer-att-informeras-måndag", "vgr", "1968-05-25", "615", [
    N("n1", "Läkaranteckning", "Hematologi, Södra Älvsborgs sjukhus Borås", "Amir Said", "läkare",
      "2024-10-28 10:00", "öppenvård",
      ("Status", "Generaliserade lymfkörtlar, största 4 cm i vä axill. LDH 480, B-symtom."),
      ("Bedömning", "Misstänkt lymfom. Pat ännu ej informerad om misstanken, körtelexstirpation bokad till torsdag.")),
    N("n2", "Läkaranteckning", "Hematologi, Södra Älvsborgs sjukhus Borås", "Amir Said", "läkare",
      "2024-11-08 15:30", "öppenvård",
      ("PAD", "Diffust storcelligt B-cellslymfom, non-GCB-typ."),
      ("Bedömning", "DLBCL. Pat kommer att informeras om lymfomdiagnosen på måndag när PET-DT är klar, har idag enbart fått veta att svaret finns och att vi ses då.")),
    N("n3", "Läkaranteckning", "Hematologi, Södra Älvsborgs sjukhus Borås", "Amir Said", "läkare",
      "2024-11-11 10:00", "öppenvård",
      ("Information", "Pat informerad om diffust storcelligt B-cellslymfom stadium III och om plan för R-CHOP x 6 med start om en vecka.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Untold lymphoma suspicion (NL102 n1); future tense 'kommer att informeras på måndag' means not yet informed (NL101 n2); told on Monday (n3).")

C("nl1t-akut-bifynd-bukaortaneurysm-typo", "skane", "1952-12-17", "279", [
    N("n1", "Akutanteckning", "Akutmottagningen, Helsingborgs lasarett", "Sara Nyqvist", "läkare",
      "2024-07-22 02:30", "akut",
      ("Aktuellt", "Njurstensanfall vä, DT urinvägar: 5 mm konkrement i vä distala uretär."),
      ("Bedömning", "Uretärsten vä. Bifynd: infrarenalt bukaortaneurysm 5,1 cm. Pat ej informerad om aneurysmet, somnade efter analgetika; remiss kärlkirurgen, dagteamet ringer pat.")),
    N("n2", "Telefonanteckning", "Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", "Magnus Fors", "läkare",
      "2024-07-24 11:00", "öppenvård",
      ("Åtgärd", "Ringt pat och berättat om bukaortaaneurysmet, 5,1 cm. Förklarat att det ska utredas för operation och att han ska söka akut vid plötslig buk- eller ryggsmärta.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'bukaortaneurysm'. Incidental aneurysm at the ED, patient asleep and not told (NL101 n1); vascular surgeon phones him (n2).")

C("nl1t-barnneuro-duchenne-5år", "vgr", "2019-03-03", "339", [
    N("n1", "Läkaranteckning", "Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "Ellen Bäck", "läkare",
      "2024-05-14 14:00", "öppenvård",
      ("Lab", "CK 18 000. Genetik: deletion exon 45–50 i DMD-genen."),
      ("Bedömning", "Duchennes muskeldystrofi. Föräldrarna ej informerade om gensvaret ännu, samtal med neuromuskulärt team bokat 22/5.")),
    N("n2", "Läkaranteckning", "Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "Ellen Bäck", "läkare",
      "2024-05-22 10:00", "öppenvård",
      ("Information", "Båda föräldrarna informerade om Duchennes muskeldystrofi. Mamma vill att hennes syster erbjuds bärarskapstest. Kortison och fysioterapi diskuterat.")),
    N("n3", "Fysioterapeutanteckning", "Barnneurologi, Drottning Silvias barn- och ungdomssjukhus", "Oskar Wiklund", "fysioterapeut",
      "2024-06-03 13:00", "öppenvård",
      ("Bedömning", "Bedömning enligt NSAA 24/34. Stretchprogram för vadmuskler, nattortoser provas. Föräldrarna har fått information om vikten av daglig töjning vid DMD.")),
], ["NL101:n1"], ["NL101:n2"],
   "5-year-old, guardians not yet told of the gene result (NL101 n1); told (no NL101 n2).")

C("nl1t-bup-autism-9år-återgivning-ej-gjord", "skane", "2015-01-12", "222", [
    N("n1", "Läkaranteckning", "BUP Helsingborg", "Ola Bruhn", "läkare",
      "2024-03-25 13:00", "öppenvård",
      ("Utredning", "Neuropsykiatrisk utredning klar: ADOS-2, ADI-R och WISC-V genomförda."),
      ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning. Föräldrarna har ännu inte fått återkoppling av utredningen; återgivningssamtal 8/4 med psykolog och läkare.")),
    N("n2", "Psykologanteckning", "BUP Helsingborg", "Frida Mellgren", "psykolog",
      "2024-04-08 14:00", "öppenvård",
      ("Återgivning", "Utredningsresultatet återgivet för föräldrarna: diagnosen autism. Dottern fick en anpassad återgivning med bildstöd.")),
], ["NL101:n1"], ["NL101:n2"],
   "BUP Skåne, 9-year-old: diagnosis set before the feedback meeting with the guardians (NL101 n1); feedback given (n2).")

C("nl1t-psyk-bipolär-diagnosändring-ej-meddelad", "vgr", "1993-07-03", "448", [
    N("n1", "Läkaranteckning", "Psykiatri Affektiva, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset Östra", "Nora Eklund", "läkare",
      "2024-04-22 11:00", "öppenvård",
      ("Bedömning", "Bipolär sjukdom typ II; tidigare hypomana episoder framkommer via sambo. Pat ej informerad om diagnosändringen från recidiverande depression ännu, tas vid nästa besök då sambo också är med.")),
    N("n2", "Läkaranteckning", "Psykiatri Affektiva, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset Östra", "Nora Eklund", "läkare",
      "2024-05-06 11:00", "öppenvård",
      ("Information", "Informerat pat och sambo om bipolär sjukdom typ II. Litium diskuterat, pat vill först prova lamotrigin.")),
], ["NL101:n1"], ["NL101:n2"],
   "A changed psychiatric diagnosis not yet told (NL101 n1); told two weeks later (n2).")

C("nl1t-kir-esofaguscancer-fel-tolkspråk", "skane", "1960-09-29", "673", [
    N("n1", "Läkaranteckning", "Kirurgiska kliniken, Skånes universitetssjukhus Lund", "Mattias Ahlgren", "läkare",
      "2024-02-12 09:00", "öppenvård",
      ("PAD", "Esofagusbiopsier 32–36 cm: skivepitelcancer."),
      ("Bedömning", "Esofaguscancer i mellersta tredjedelen. Pat är persisktalande; tolken idag var daritolk och pat förstod inte tillräckligt, därför har diagnosen inte meddelats. Ny tid med persisk tolk 14/2.")),
    N("n2", "Läkaranteckning", "Kirurgiska kliniken, Skånes universitetssjukhus Lund", "Mattias Ahlgren", "läkare",
      "2024-02-14 13:00", "öppenvård",
      ("Information", "Persisk kontakttolk närvarande. Pat informerad om matstrupscancer och om utredningen som följer: PET-DT och EUS.")),
], ["NL101:n1"], ["NL101:n2"],
   "Interpreter in the wrong language, so the diagnosis was not given (NL101 n1); told with a Persian interpreter (n2).")

C("nl1t-kir-kolangiokarcinom-sonen-läkare", "vgr", "1941-03-14", "128", [
    N("n1", "Läkaranteckning", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Wilhelm Zetterlund", "läkare",
      "2024-09-23 12:00", "slutenvård",
      ("Bedömning", "Perihilärt kolangiokarcinom (Klatskin), borstcytologi med adenokarcinom. Sonen, som är läkare, informerad i telefon med pat:s tillstånd. Pat själv ännu inte informerad – sonen kommer i morgon och vill vara med.")),
    N("n2", "Läkaranteckning", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Wilhelm Zetterlund", "läkare",
      "2024-09-24 15:00", "slutenvård",
      ("Information", "Samtal med pat och son. Pat informerad om gallgångscancer som inte går att operera. Stent och palliativ cytostatika diskuterat.")),
    N("n3", "Epikris", "Kirurgi, Sahlgrenska Universitetssjukhuset", "Wilhelm Zetterlund", "läkare",
      "2024-09-27 10:00", "slutenvård",
      ("Sammanfattning", "83-årig kvinna inlagd för ikterus. ERCP med stent. Diagnos: perihilärt kolangiokarcinom, inoperabelt. Pat och son informerade 24/9. Remiss onkologen och palliativa teamet.")),
], ["NL101:n1"], ["NL101:n3"],
   "The son is told, the patient not (NL101 n1); the discharge summary repeats the diagnosis and records that she was informed (no NL101 n3).")

C("nl1t-njur-iga-nefroapti-typo", "skane", "1991-11-30", "395", [
    N("n1", "Läkaranteckning", "Njurmedicin, Skånes universitetssjukhus Malmö", "Ebba Sundqvist", "läkare",
      "2024-05-08 10:00", "öppenvård",
      ("PAD", "Njurbiopsi: mesangial IgA-deposition, Oxford MEST-C M1 E0 S1 T0 C0."),
      ("Bedömning", "IgA-nefroapti. Pat inte nådd idag och har inte fått svaret; skriver brev och ringer igen i morgon.")),
    N("n2", "Telefonanteckning", "Njurmedicin, Skånes universitetssjukhus Malmö", "Ebba Sundqvist", "läkare",
      "2024-05-09 08:40", "öppenvård",
      ("Åtgärd", "Nådde pat. Informerat om IgA-nefropati, att ACE-hämmare ska maxas och att SGLT2-hämmare läggs till.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'IgA-nefroapti' in the diagnosis. Biopsy diagnosis, patient not reached (NL101 n1); told by phone next morning (n2).")

C("nl1t-med-jättecellsarterit-biopsisvar", "vgr", "1944-01-04", "586", [
    N("n1", "Läkaranteckning", "Medicinkliniken, Alingsås lasarett", "Kerstin Ahl", "läkare",
      "2024-01-22 10:00", "öppenvård",
      ("PAD", "Temporalisbiopsi vä: granulomatös inflammation med jätteceller och fragmenterad lamina elastica interna."),
      ("Bedömning", "Jättecellsarterit verifierad. Pat har ännu inte fått biopsisvaret men står sedan 12/1 på prednisolon 50 mg; ringer pat i morgon.")),
    N("n2", "Telefonanteckning", "Medicinkliniken, Alingsås lasarett", "Kerstin Ahl", "läkare",
      "2024-01-23 11:00", "öppenvård",
      ("Åtgärd", "Informerat pat om att biopsin bekräftar temporalisarterit. Prednisolon trappas enligt schema, benskydd insätts.")),
], ["NL101:n1"], ["NL101:n2"],
   "Biopsy-confirmed giant cell arteritis not yet told (NL101 n1); told by phone (n2).")

C("nl1t-kard-dilaterad-kardiomyopati-polsk-tolk", "skane", "1971-08-18", "839", [
    N("n1", "Läkaranteckning", "Hjärtmottagningen, Lasarettet i Ystad", "Joakim Hult", "läkare",
      "2024-03-18 14:00", "öppenvård",
      ("Ekokardiografi", "Dilaterad vänsterkammare, EF 25 %, global hypokinesi."),
      ("Bedömning", "Dilaterad kardiomyopati med hjärtsvikt. Pat talar polska, telefontolken bröts två gånger och informationen nådde inte fram; diagnosen därför ej förmedlad. Ny tid med kontakttolk nästa vecka.")),
    N("n2", "Läkaranteckning", "Hjärtmottagningen, Lasarettet i Ystad", "Joakim Hult", "läkare",
      "2024-03-25 13:00", "öppenvård",
      ("Information", "Via polsk kontakttolk har pat informerats om dilaterad kardiomyopati och hjärtsvikt. Läkemedelsplan med sacubitril/valsartan, betablockad, MRA och SGLT2-hämmare.")),
], ["NL101:n1"], ["NL101:n2"],
   "Telephone interpreter failed, so the diagnosis did not reach him (NL101 n1); told via contact interpreter (n2).")

C("nl1t-uro-seminom-17år-vill-ej-att-föräldrar-vet", "vgr", "2007-01-20", "499", [
    N("n1", "Läkaranteckning", "Urologi, NU-sjukvården Uddevalla", "Klas Ring", "läkare",
      "2024-06-03 10:00", "öppenvård",
      ("PAD", "Orkiektomi hö: seminom, 3,2 cm, ingen kärlinväxt."),
      ("Information", "Pat (17 år) informerad om testikelcancer, seminom. Han vill inte att föräldrarna informeras av oss; föräldrarna har inte fått veta. Pat bedöms mogen att ta ställning.")),
    N("n2", "Läkaranteckning", "Onkologi, Sahlgrenska Universitetssjukhuset", "Tilda Ek", "läkare",
      "2024-06-20 10:00", "öppenvård",
      ("Bedömning", "Seminom stadium I efter orkiektomi. Pat har nu själv berättat för mamma som var med idag. Aktiv uppföljning enligt SWENOTECA.")),
], [], ["NL101:n1"],
   "17-year-old is informed himself; parents not being told is no NL101 (they have no access at 17; he is the reader) (n1).")

C("nl1t-barnonk-wilms-morföräldrar-vet-ej", "skane", "2020-06-02", "146", [
    N("n1", "Läkaranteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Hanna Möller", "läkare",
      "2024-04-15 16:00", "slutenvård",
      ("Bedömning", "Wilms tumör hö njure, stadium II efter nefrektomi, histologi intermediärrisk. Båda föräldrarna informerade om PAD idag. Morföräldrarna, som hämtar på förskolan, vet ännu inte om diagnosen enligt föräldrarnas önskan.")),
    N("n2", "Omvårdnadsanteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Evelina Grön", "sjuksköterska",
      "2024-04-16 09:00", "slutenvård",
      ("Omvårdnad", "Flickan piggare, äter glass. Mamma undrar om hon kan gå på förskolan under cytostatikabehandlingen av Wilms tumör; hänvisat till läkarsamtal.")),
], [], ["NL101:n1"],
   "Guardians (the readers) are informed; grandparents who do not know are not journal readers (no NL101 n1).")

C("nl1t-barnonk-neuroblastom-kvällsssk-kopierar-varning", "vgr", "2022-11-20", "279", [
    N("n1", "Läkaranteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Gustaf Eng", "läkare",
      "2024-06-10 18:00", "slutenvård",
      ("Bedömning", "MIBG-scint och PAD: neuroblastom, MYCN-amplifierat, högrisk. Föräldrarna ej informerade om PAD ännu; samtal i morgon när båda kan komma.")),
    N("n2", "Omvårdnadsanteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Julia Strand", "sjuksköterska",
      "2024-06-10 22:00", "slutenvård",
      ("Omvårdnad", "Lugn kväll. Pappa sover över. OBS föräldrarna ej informerade om neuroblastomdiagnosen – läkarsamtal i morgon, svara inte på frågor om PAD.")),
    N("n3", "Läkaranteckning", "Barnonkologi, Drottning Silvias barn- och ungdomssjukhus", "Gustaf Eng", "läkare",
      "2024-06-11 10:00", "slutenvård",
      ("Information", "Föräldrarna informerade om högrisk-neuroblastom och behandlingsprotokoll med induktion, kirurgi och högdoscytostatika med stamcellsstöd.")),
], ["NL101:n1", "NL101:n2"], ["NL101:n3"],
   "The evening nurse repeats the not-told warning together with the diagnosis in a visible note, so both n1 and n2 fire for the guardians of a 1-year-old; the information meeting (n3) does not.", )

C("nl1t-vuxenpsyk-eips-förmedlas-av-psykolog", "skane", "2001-04-04", "520", [
    N("n1", "Läkaranteckning", "Vuxenpsykiatrimottagning Lund", "Mikael Rydén", "läkare",
      "2024-11-04 13:00", "öppenvård",
      ("Bedömning", "Efter SCID-5-PD bedöms kriterierna för emotionellt instabil personlighetsstörning (F60.3) uppfyllda. Diagnosen har ännu inte förmedlats till pat; förmedlas av behandlande psykolog inom ramen för DBT-förberedande samtal.")),
    N("n2", "Psykologanteckning", "Vuxenpsykiatrimottagning Lund", "Sofia Lind", "psykolog",
      "2024-11-11 10:00", "öppenvård",
      ("Samtal", "Gått igenom diagnosen emotionellt instabil personlighetsstörning med pat och vad den innebär. Hon kände igen sig i beskrivningen och vill börja DBT.")),
], ["NL101:n1"], ["NL101:n2"],
   "Doctor sets a personality disorder diagnosis to be conveyed later by the psychologist (NL101 n1); the psychologist's note after conveying it (n2).")

C("nl1t-lung-adenokarcinom-teckenspråkstolk-avbokad", "vgr", "1958-02-07", "213", [
    N("n1", "Läkaranteckning", "Lungmedicin, Sahlgrenska Universitetssjukhuset", "Ingela Moberg", "läkare",
      "2024-10-14 09:00", "öppenvård",
      ("PAD", "EBUS-TBNA station 7: adenokarcinom, TTF-1 positiv, PD-L1 60 %."),
      ("Bedömning", "Lungcancer, adenokarcinom, cT2aN2M0. Pat är döv; teckenspråkstolken avbokade i sista stund och beskedet har därför inte givits. Ny tid 16/10 med tolk.")),
    N("n2", "Läkaranteckning", "Lungmedicin, Sahlgrenska Universitetssjukhuset", "Ingela Moberg", "läkare",
      "2024-10-16 13:30", "öppenvård",
      ("Information", "Teckenspråkstolk närvarande. Pat informerad om lungcancer och att kombinerad cytostatika och strålbehandling rekommenderas. Skriftlig sammanfattning given.")),
], ["NL101:n1"], ["NL101:n2"],
   "Deaf patient, sign-language interpreter cancelled, news not given (NL101 n1); told with interpreter (n2).")

C("nl1t-uro-njurcancer-informerad-vid-besöket", "skane", "1965-10-05", "120", [
    N("n1", "Röntgensvar", "Bild och funktion, Skånes universitetssjukhus Malmö", "Lennart Pihl", "läkare",
      "2024-09-02 15:00", "öppenvård",
      ("Utlåtande", "Solid, kontrastladdande 4 cm tumör i hö njures nedre pol, typiskt utseende för njurcellscancer. Ingen venös inväxt.")),
    N("n2", "Läkaranteckning", "Urologiska kliniken, Helsingborgs lasarett", "Pia Engman", "läkare",
      "2024-09-10 10:00", "öppenvård",
      ("Bedömning", "Njurcancer hö, cT1a. Pat informerad om fyndet i samband med dagens besök och om plan för partiell nefrektomi.")),
    N("n3", "Läkaranteckning", "Urologiska kliniken, Helsingborgs lasarett", "Pia Engman", "läkare",
      "2024-10-24 10:00", "öppenvård",
      ("PAD", "Klarcellig njurcancer ISUP grad 2, radikalt opererad."),
      ("Bedömning", "Postop kontroll. PAD-beskedet lämnat idag. Uppföljning med DT enligt vårdprogram.")),
], [], ["NL101:n2"],
   "The urologist writes the cancer and that she was informed at the visit; no not-told statement (no NL101 n2).")

C("nl1t-gyn-endometriecancer-epikris-före-besked", "vgr", "1951-05-29", "368", [
    N("n1", "Epikris", "Gynekologi, NU-sjukvården NÄL", "Alva Ström", "läkare",
      "2024-05-30 12:00", "slutenvård",
      ("Sammanfattning", "Inlagd 27/5–30/5 för postmenopausal blödning och anemi, Hb 78, transfunderad. Hysteroskopi med abrasio 28/5."),
      ("Diagnos", "Endometriecancer, endometrioid typ grad 1 (PAD kom 30/5). Pat har inte fått besked om PAD före hemgång; besked på gynmottagningen 4/6.")),
    N("n2", "Läkaranteckning", "Gynekologi, NU-sjukvården NÄL", "Alva Ström", "läkare",
      "2024-06-04 10:00", "öppenvård",
      ("Information", "Pat informerad om livmodercancer i tidigt skede. Laparoskopisk hysterektomi med bilateral salpingooforektomi planeras.")),
], ["NL101:n1"], ["NL101:n2"],
   "Discharge summary lists the new cancer although the patient left before being told (NL101 n1); told at the clinic (n2).")

C("nl1t-std-syfilis-partnern-ej-informerad", "skane", "1988-12-12", "757", [
    N("n1", "Läkaranteckning", "Hud- och STI-mottagningen, Skånes universitetssjukhus Malmö", "Kim Berglöf", "läkare",
      "2024-08-19 15:00", "öppenvård",
      ("Bedömning", "Sekundär syfilis. Pat informerad om diagnosen och behandlad med bensatinpenicillin idag. Hans partner är ännu inte informerad; pat vill själv berätta, smittspårning via kurator.")),
    N("n2", "Kuratorsanteckning", "Hud- och STI-mottagningen, Skånes universitetssjukhus Malmö", "Pernilla Udd", "kurator",
      "2024-08-26 10:00", "öppenvård",
      ("Smittspårning", "Pat har berättat för partnern om syfilisdiagnosen, partnern bokad för provtagning.")),
], [], ["NL101:n1"],
   "The uninformed person is the partner, not the patient, who was told the same day (no NL101 n1).")

C("nl1t-neuro-parkinson-datscan-diagnosbesked", "vgr", "1954-02-14", "377", [
    N("n1", "Remissvar", "Nuklearmedicin, Sahlgrenska Universitetssjukhuset", "Fredrika Ohlin", "läkare",
      "2024-03-08 14:00", "öppenvård",
      ("Utlåtande", "Asymmetriskt nedsatt upptag i putamen, vä > hö. Fyndet är förenligt med presynaptisk dopaminerg degeneration.")),
    N("n2", "Läkaranteckning", "Neurologi, Skaraborgs sjukhus Skövde", "Per-Olof Kvarnström", "läkare",
      "2024-03-12 14:00", "öppenvård",
      ("Bedömning", "Parkinsons sjukdom, idiopatisk, med hö-sidig dominans. Pat ej informerad om DaTSCAN-svaret ännu; besöket 26/3 blir diagnosbesked.")),
    N("n3", "Läkaranteckning", "Neurologi, Skaraborgs sjukhus Skövde", "Per-Olof Kvarnström", "läkare",
      "2024-03-26 10:00", "öppenvård",
      ("Information", "Diagnosbesked Parkinsons sjukdom. Levodopa/benserazid insätts. Pat och hustru fick information om Parkinsonsjuksköterskan och patientföreningen.")),
], ["NL101:n2"], ["NL101:n3"],
   "Neurologist writes Parkinson's disease before the planned disclosure visit (NL101 n2); the disclosure does not fire (n3).")

C("nl1t-hem-mds-del5q-informrad-typo", "skane", "1936-06-06", "315", [
    N("n1", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "Ronja Wik", "läkare",
      "2024-11-18 10:00", "öppenvård",
      ("Benmärg", "Dysplasi i tre cellinjer, 4 % blaster, inga ringsideroblaster. Karyotyp: del(5q)."),
      ("Bedömning", "Myelodysplastiskt syndrom med isolerad del(5q), lågrisk. Pat ännu inte informrad om benmärgssvaret, ringer honom efter helgen.")),
    N("n2", "Telefonanteckning", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "Ronja Wik", "läkare",
      "2024-11-25 09:30", "öppenvård",
      ("Åtgärd", "Informerat pat om MDS med del(5q). Lenalidomid kan bli aktuellt om transfusionsbehov uppstår. Pat föredrar att avvakta.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'informrad'. MDS with a not-told statement (NL101 n1); told by phone (n2).")

C("nl1t-barngastro-crohn-17år-mamma-i-norge", "vgr", "2006-09-30", "202", [
    N("n1", "Läkaranteckning", "Barngastroenterologi, Drottning Silvias barn- och ungdomssjukhus", "Mira Lönn", "läkare",
      "2024-02-05 13:00", "öppenvård",
      ("PAD", "Ileokolonoskopi: kronisk aktiv ileit med epiteloidcellsgranulom."),
      ("Bedömning", "Mb Crohn, ileocekal. Pat (17 år) informerad om diagnosen direkt efter koloskopin, pappa var med. Mamma, som bor i Norge, ej informerad än på pat:s önskan.")),
    N("n2", "Dietistanteckning", "Barngastroenterologi, Drottning Silvias barn- och ungdomssjukhus", "Alice Borg", "dietist",
      "2024-02-12 10:00", "öppenvård",
      ("Åtgärd", "Exklusiv enteral nutrition i 8 veckor vid Crohns sjukdom genomgången, pat motiverad och har valt smaker.")),
], [], ["NL101:n1"],
   "17-year-old informed herself; the uninformed person is a parent who does not read her journal (no NL101 n1).")

C("nl1t-lung-sarkoidos-utomlands", "skane", "1984-01-16", "184", [
    N("n1", "Läkaranteckning", "Lung- och allergimottagningen, Centralsjukhuset Kristianstad", "Anton Fält", "läkare",
      "2024-04-08 11:00", "öppenvård",
      ("Röntgen", "Lungröntgen och DT: bilaterala hilusförstoringar, små perilymfatiska noduli."),
      ("Bedömning", "Trolig sarkoidos, DD lymfom. Pat ej informerad om lymfom som differentialdiagnos, EBUS bokad.")),
    N("n2", "Läkaranteckning", "Lung- och allergimottagningen, Centralsjukhuset Kristianstad", "Anton Fält", "läkare",
      "2024-04-29 15:00", "öppenvård",
      ("Bronkoskopi", "EBUS-TBNA: icke-nekrotiserande granulom, odlingar negativa."),
      ("Bedömning", "Sarkoidos stadium II. Inget behandlingsbehov. Pat ännu inte underrättad om svaret – reser utomlands, kontaktar henne i början av maj.")),
    N("n3", "Telefonanteckning", "Lung- och allergimottagningen, Centralsjukhuset Kristianstad", "Anton Fält", "läkare",
      "2024-05-06 10:00", "öppenvård",
      ("Åtgärd", "Pat hemkommen. Informerad om sarkoidos, oftast självläkande. Ny lungröntgen och spirometri om 6 mån.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Hedged sarcoidosis with untold lymphoma DD (NL102 n1); benign confirmed diagnosis, patient abroad and not yet told (NL101 n2); told after return (n3).")

C("nl1t-önh-parotiscancer-inte-ovetande", "vgr", "1967-07-27", "871", [
    N("n1", "Läkaranteckning", "Öron-näsa-halskliniken, Sahlgrenska Universitetssjukhuset", "Lovisa Åhman", "läkare",
      "2024-06-17 10:00", "öppenvård",
      ("Bedömning", "Mukoepidermoid cancer i hö parotis enl PAD efter parotidektomi. Pat är inte ovetande om diagnosen: han läste PAD-svaret på 1177 innan besöket och vi gick igenom det i detalj idag.")),
    N("n2", "Läkaranteckning", "Onkologi, Sahlgrenska Universitetssjukhuset", "Rikard Forsberg", "läkare",
      "2024-07-01 11:00", "öppenvård",
      ("Bedömning", "Höggradig mukoepidermoid parotiscancer, postoperativ strålbehandling 66 Gy. Pat välinformerad om diagnos och plan.")),
], [], ["NL101:n1"],
   "Double negation 'inte ovetande om diagnosen' means informed (no NL101 n1).")

C("nl1t-kir-rektalcancer-tidigare-ej-nu-informerad", "skane", "1955-04-23", "859", [
    N("n1", "Daganteckning", "Kirurgiska kliniken, Centralsjukhuset Kristianstad", "Josef Ek", "läkare",
      "2024-10-01 11:00", "slutenvård",
      ("Bedömning", "Rektalcancer 8 cm från anal verge enl PAD. Pat ej informerad om PAD; väntar på MR bäcken före besked.")),
    N("n2", "Daganteckning", "Kirurgiska kliniken, Centralsjukhuset Kristianstad", "Ellinor Falk", "läkare",
      "2024-10-03 10:00", "slutenvård",
      ("Bedömning", "Rektalcancer, MR: cT3bN1, EMVI neg. Informationsstatus: tidigare ej informerad i väntan på MR, nu informerad av mig idag tillsammans med kontaktsjuksköterska.")),
], ["NL101:n1"], ["NL101:n2"],
   "The copied status line was updated: 'tidigare ej informerad … nu informerad' is no longer a not-told statement (no NL101 on n2); the first note fires.")

C("nl1t-geri-vaskulär-demens-minns-ej-beskedet", "vgr", "1933-08-08", "404", [
    N("n1", "Läkaranteckning", "Geriatrik, Kungälvs sjukhus", "Rolf Ekman", "läkare",
      "2024-09-09 10:00", "öppenvård",
      ("Bedömning", "Vaskulär demens, måttlig grad. Pat informerad om diagnosen idag men kommer troligen inte ihåg beskedet; dottern informerad samtidigt och får skriftlig sammanfattning.")),
    N("n2", "Omvårdnadsanteckning", "Geriatrik, Kungälvs sjukhus", "Anja Mäki", "undersköterska",
      "2024-09-12 08:00", "slutenvård",
      ("Omvårdnad", "Pat frågar flera gånger vad doktorn sa. Upprepat att minnet är påverkat av demenssjukdomen, hon blir lugn av förklaringen.")),
], [], ["NL101:n1"],
   "Informed even if she will probably forget; forgetting is not 'not informed' (no NL101 n1).")

C("nl1t-reuma-lupusnefrit-biopsisvar", "skane", "1997-02-21", "262", [
    N("n1", "Läkaranteckning", "Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "Hedvig Sand", "läkare",
      "2024-07-03 10:00", "öppenvård",
      ("Bedömning", "Känd SLE. Njurbiopsi 26/6: lupusnefrit klass IV. Pat har ännu inte fått biopsisvaret, kallas till besök 5/7 för besked och start av induktionsbehandling.")),
    N("n2", "Läkaranteckning", "Reumatologiska kliniken, Skånes universitetssjukhus Malmö", "Hedvig Sand", "läkare",
      "2024-07-05 13:00", "öppenvård",
      ("Information", "Pat informerad om lupusnefrit klass IV och behandling med mykofenolat och kortison. Graviditet avråds under behandlingen, preventivmedel diskuterat.")),
], ["NL101:n1"], ["NL101:n2"],
   "New organ diagnosis in known SLE written before the result is given (NL101 n1); told two days later (n2).")

C("nl1t-akut-bifynd-menigeom-typo", "vgr", "1962-12-12", "524", [
    N("n1", "Akutanteckning", "Akutmottagningen, Sahlgrenska Universitetssjukhuset", "Simon Dahlgren", "läkare",
      "2024-02-02 01:00", "akut",
      ("Bedömning", "Yrsel, inget fokalneurologiskt. DT hjärna utan blödning. Bifynd: 2,5 cm menigeom frontalt vä. Pat ej informerad om bifyndet, remiss neurokirurgen för bedömning.")),
    N("n2", "Läkaranteckning", "Neurokirurgi, Sahlgrenska Universitetssjukhuset", "Hilda Sjö", "läkare",
      "2024-03-04 10:00", "öppenvård",
      ("Information", "Pat informerad om meningeomet och att det är godartat och långsamväxande. Ny MR om 6 mån; ingen operation nu.")),
], ["NL101:n1"], ["NL101:n2"],
   "Typo 'menigeom'. Incidental meningioma not told at the ED (NL101 n1); told by the neurosurgeon (n2).")

C("nl1t-barnonk-medulloblastom-mamma-utomlands", "skane", "2016-07-07", "135", [
    N("n1", "Läkaranteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Leo Fridh", "läkare",
      "2024-01-18 16:30", "slutenvård",
      ("PAD", "Medulloblastom, WNT-aktiverat."),
      ("Bedömning", "Medulloblastom efter resektion 12/1. PAD-svaret är ännu inte framfört till vårdnadshavarna; mamma är utomlands och pappa vill att de får beskedet tillsammans, videosamtal bokas.")),
    N("n2", "Läkaranteckning", "Barnonkologen, Skånes universitetssjukhus Lund", "Leo Fridh", "läkare",
      "2024-01-19 11:00", "slutenvård",
      ("Information", "Båda vårdnadshavarna informerade, mamma via video, om medulloblastom av gynnsam WNT-subtyp. Strålbehandling och cytostatika planeras.")),
], ["NL101:n1"], ["NL101:n2"],
   "7-year-old, guardians not yet told (NL101 n1); told together, mother by video (n2).")

C("nl1t-med-hemokromatos-syskonen-ej-informerade", "vgr", "1969-10-20", "531", [
    N("n1", "Läkaranteckning", "Medicinmottagningen, Södra Älvsborgs sjukhus Borås", "Britt Lindahl", "läkare",
      "2024-04-22 10:00", "öppenvård",
      ("Bedömning", "Hereditär hemokromatos, homozygot C282Y, ferritin 1450. Pat informerad idag om diagnosen och om behandling med venesectio. Hans syskon är inte informerade; pat uppmanas själv berätta och får informationsbrev till släktingar.")),
    N("n2", "Omvårdnadsanteckning", "Medicinmottagningen, Södra Älvsborgs sjukhus Borås", "Nils Hedberg", "sjuksköterska",
      "2024-05-06 09:00", "öppenvård",
      ("Åtgärd", "Första venesectio 450 ml vid hemokromatos, väl tolererat. Nästa om en vecka.")),
], [], ["NL101:n1"],
   "Relatives (siblings) not informed, the patient is (no NL101 n1).")

C("nl1t-lever-hepatocelulär-cancer-typo", "vgr", "1950-03-31", "915", [
    N("n1", "Röntgensvar", "Radiologi, Sahlgrenska Universitetssjukhuset", "Beata Krantz", "läkare",
      "2024-05-13 16:00", "öppenvård",
      ("Utlåtande", "Cirrotisk lever. 4 cm lesion i segment VII med arteriell uppladdning och wash-out, LI-RADS 5.")),
    N("n2", "Läkaranteckning", "Transplantationskirurgi, lever, Sahlgrenska Universitetssjukhuset", "Jens Bolin", "läkare",
      "2024-05-15 14:00", "öppenvård",
      ("Bedömning", "Hepatocelulär cancer i segment VII i cirrotisk lever, LI-RADS 5 räcker som diagnos utan biopsi. Pat ej informerad ännu, besök med kontaktsjuksköterska 21/5.")),
    N("n3", "Läkaranteckning", "Transplantationskirurgi, lever, Sahlgrenska Universitetssjukhuset", "Jens Bolin", "läkare",
      "2024-05-21 10:00", "öppenvård",
      ("Information", "Pat informerad om levercancer. Resektion ej möjlig pga portal hypertension; TACE föreslås.")),
], ["NL101:n2"], ["NL101:n3"],
   "Typo 'Hepatocelulär'. HCC not yet told (NL101 n2); disclosure visit (no NL101 n3).")

C("nl1t-ögon-koroidalt-melanom-besked-på-s-t-erik", "skane", "1958-12-01", "960", [
    N("n1", "Läkaranteckning", "Ögonkliniken, Skånes universitetssjukhus Lund", "Isak Nordin", "läkare",
      "2024-06-18 10:00", "öppenvård",
      ("Status", "Vä öga: pigmenterad koroidal tumör 11 x 6 mm med orange pigment och subretinal vätska."),
      ("Bedömning", "Koroidalt melanom vä öga. Pat har ännu inte fått diagnosen; remiss till S:t Eriks ögonsjukhus där besked och behandlingsplan ges samtidigt enligt överenskommelse.")),
    N("n2", "Läkaranteckning", "Ögonkliniken, Skånes universitetssjukhus Lund", "Isak Nordin", "läkare",
      "2024-07-15 10:00", "öppenvård",
      ("Bedömning", "Koroidalt melanom vä, brakyterapi given på S:t Erik 2/7. Pat informerades där och har inga frågor om diagnosen idag. Kontroll om 3 mån.")),
], ["NL101:n1"], ["NL101:n2"],
   "Uveal melanoma to be disclosed by the referral centre (NL101 n1); later follow-up records she was informed there (n2).")

C("nl1t-barn-nefrotiskt-syndrom-arabisk-tolk", "vgr", "2019-10-10", "562", [
    N("n1", "Inskrivningsanteckning", "Barnmedicin, NU-sjukvården NÄL", "Karin Sjöholm", "läkare",
      "2024-08-05 20:00", "slutenvård",
      ("Bedömning", "Nefrotiskt syndrom, albumin 14, U-albumin kraftigt förhöjt, ödem kring ögon och fotryggar. Föräldrarna talar arabiska och har ännu inte informerats om diagnosen då telefontolk inte gick att få i kväll; endast allmän information om inläggning gavs.")),
    N("n2", "Läkaranteckning", "Barnmedicin, NU-sjukvården NÄL", "Karin Sjöholm", "läkare",
      "2024-08-06 10:00", "slutenvård",
      ("Information", "Föräldrarna informerade om nefrotiskt syndrom via arabisk tolk på plats. Prednisolon startas, förväntas svara inom 2 veckor.")),
], ["NL101:n1"], ["NL101:n2"],
   "4-year-old; guardians need an interpreter and have not been told (NL101 n1); told via interpreter (n2).")

C("nl1t-epikris-bifynd-pankreas-net-sannolikt", "skane", "1960-01-01", "422", [
    N("n1", "Epikris", "Medicinkliniken, Hässleholms sjukhus", "Tilde Falk", "läkare",
      "2024-03-15 11:00", "slutenvård",
      ("Sammanfattning", "Inlagd för pyelonefrit, behandlad med cefotaxim, nu feberfri."),
      ("Bifynd", "På DT buk ses en 2 cm kraftigt laddande tumör i pankreassvansen, sannolikt neuroendokrin tumör. Pat ej informerad om bifyndet före hemgång, remiss kirurgmottagningen som tar upp det.")),
    N("n2", "Läkaranteckning", "Kirurgiska kliniken, Skånes universitetssjukhus Lund", "Viggo Ahl", "läkare",
      "2024-04-10 10:00", "öppenvård",
      ("Bedömning", "Ga-68-DOTATOC PET och EUS-biopsi: högt differentierad neuroendokrin tumör grad 1 i pankreassvansen. Pat informerad idag om diagnosen och om distal pankreatektomi.")),
], ["NL102:n1"], ["NL101:n2"],
   "Discharge summary with a hedged, untold incidental tumour (NL102 n1); surgeon's note with the confirmed diagnosis told the same day (no NL101 n2).")

C("nl1t-uro-prostata-ej-informerad-gömd-i-tidiga-hypoteser", "vgr", "1946-05-05", "093", [
    N("n1", "Läkaranteckning", "Urologi, Skaraborgs sjukhus Skövde", "Elvira Tunström", "läkare",
      "2024-04-08 14:00", "öppenvård",
      ("Bedömning", "Metastaserad prostatacancer, PSA 410, skelettscint med multipla metastaser."),
      ("Tidiga hypoteser", "Pat ej informerad om spridningen; han är nyopererad i höften och vi vill vänta till återbesöket.")),
    N("n2", "Läkaranteckning", "Urologi, Skaraborgs sjukhus Skövde", "Elvira Tunström", "läkare",
      "2024-04-29 10:00", "öppenvård",
      ("Information", "Pat informerad om prostatacancer med skelettspridning, hormonbehandling startad.")),
], ["NL101:n1"], ["NL101:n2"],
   "Only the not-told sentence went under the filtered sökord; the metastatic cancer itself stands in the visible Bedömning, so NL101 fires on n1; told later (n2).")

C("nl1t-bröst-dcis-informerad-om-mammografi-ej-diagnos", "skane", "1970-11-11", "328", [
    N("n1", "Läkaranteckning", "Bröstcentrum, Helsingborgs lasarett", "Axel Rehn", "läkare",
      "2024-05-22 10:00", "öppenvård",
      ("Bedömning", "Duktal cancer in situ vä bröst, 35 mm, enligt mellannålsbiopsi. Pat informerad om att ny mammografi med förstoringsbilder behövs. Själva diagnosbeskedet har ännu inte lämnats, sker vid besöket 27/5.")),
    N("n2", "Läkaranteckning", "Bröstcentrum, Helsingborgs lasarett", "Axel Rehn", "läkare",
      "2024-05-27 11:00", "öppenvård",
      ("Information", "Pat informerad om DCIS, ett förstadium till bröstcancer, och att mastektomi med direktrekonstruktion rekommenderas.")),
], ["NL101:n1"], ["NL101:n2"],
   "'Informerad' appears in n1 but about a new mammogram; the diagnosis itself has explicitly not been given (NL101 n1); told at the visit (n2).")

C("nl1t-gastro-koloskopi-ingen-malignitet-brev", "vgr", "1963-09-09", "075", [
    N("n1", "Läkaranteckning", "Medicinmottagningen, gastroenterologi, Kungälvs sjukhus", "Linnéa Hjort", "läkare",
      "2024-10-28 13:00", "öppenvård",
      ("Koloskopi", "Tre polyper 4–8 mm i sigmoideum avlägsnade med kall slynga; pat informerad om fynden vid undersökningen."),
      ("PAD", "Ingen dysplasi, ingen malignitet."),
      ("Åtgärd", "Pat har inte fått PAD-svaret ännu; brev skickas. Ingen ny koloskopi behövs.")),
    N("n2", "Telefonanteckning", "Medicinmottagningen, gastroenterologi, Kungälvs sjukhus", "Sofie Bergkvist", "sjuksköterska",
      "2024-11-04 09:15", "öppenvård",
      ("Kontaktorsak", "Pat ringer, har fått brevet och undrar om han behöver kontrolleras igen."),
      ("Åtgärd", "Bekräftat att proverna var utan anmärkning och att ingen kontroll behövs.")),
], [], ["NL101:n1", "NL102:n1"],
   "The not-told PAD result is negative (ingen dysplasi, ingen malignitet) and the polyps were shown at the procedure: no diagnosis is withheld, no NL101/NL102 on n1.")

C("nl1t-hem-kml-vc-pmo-sedan-sjukhus", "skane", "1980-02-02", "113", [
    N("n1", "Besöksanteckning", "Vårdcentralen Centrum, Landskrona", "Ahmed Yusuf", "läkare",
      "2024-01-10 10:00", "öppenvård",
      ("Bedömning", "Leukocytos 86 med vänsterförskjutning och basofili, trol. kronisk myeloisk leukemi. Pat ej informerad om misstanken, akut remiss hematologen."), system="PMO"),
    N("n2", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Malmö", "Louise Brink", "läkare",
      "2024-01-12 10:00", "öppenvård",
      ("Lab", "BCR-ABL1 p210 påvisat."),
      ("Bedömning", "Kronisk myeloisk leukemi i kronisk fas. Pat har inte fått diagnosen, har bara fått veta att blodvärdena ska utredas; informationssamtal i eftermiddag med sambo.")),
    N("n3", "Läkaranteckning", "Hematologiska kliniken, Skånes universitetssjukhus Malmö", "Louise Brink", "läkare",
      "2024-01-12 16:00", "öppenvård",
      ("Information", "Pat och sambo informerade om KML och om att tablettbehandling med tyrosinkinashämmare ger normal förväntad livslängd för de flesta.")),
], ["NL101:n2"], ["NL102:n1", "NL101:n3"],
   "PMO never shows diagnoses, so the primary-care suspicion is no NL102 (NL101 not asserted on PMO); the hospital Melior note with confirmed CML and 'inte fått diagnosen' fires (n2); told in the afternoon (n3).")

C("nl1t-onk-leiomyosarkom-kopierad-tillsamans-typo", "vgr", "1973-06-16", "644", [
    N("n1", "Läkaranteckning", "Onkologi, Sahlgrenska Universitetssjukhuset", "Harald Vik", "läkare",
      "2024-03-11 10:00", "öppenvård",
      ("Bedömning", "Leiomyosarkom i uterus enl PAD efter hysterektomi. Pat ej informerad, besked tillsammans med gynonkolog på torsdag.")),
    N("n2", "Läkaranteckning", "Gynekologisk onkologi, Sahlgrenska Universitetssjukhuset", "Maja Grahn", "läkare",
      "2024-03-14 14:00", "öppenvård",
      ("Information", "Pat informerad om leiomyosarkom i livmodern och om att adjuvant behandling inte har visat nytta; uppföljning med DT.")),
    N("n3", "Läkaranteckning", "Onkologi, Sahlgrenska Universitetssjukhuset", "Harald Vik", "läkare",
      "2024-03-28 09:30", "öppenvård",
      ("Bedömning", "Leiomyosarkom uterus, radikalt opererat, DT thorax/buk utan spridning. Pat ej informerad, besked tillsamans med gynonkolog (från anteckning 11/3).")),
], ["NL101:n1", "NL101:n3"], ["NL101:n2"],
   "Stale copy-forward with typo 'tillsamans': the patient was told on 14/3 (n2) but the oncologist's template still says 'ej informerad' on 28/3; NL101 fires on n1 and again on n3.")

C("nl1t-med-myelom-hyperkalcemi-fortfarande-oinformerad", "skane", "1952-03-01", "559", [
    N("n1", "Inskrivningsanteckning", "Medicinkliniken, Helsingborgs lasarett", "Emilia Kron", "läkare",
      "2024-02-19 18:00", "slutenvård",
      ("Bedömning", "Hyperkalcemi 3,4 och njursvikt. M-komponent IgA lambda 52 g/l, fria lätta kedjor lambda 2400. Diagnos: multipelt myelom med CRAB-kriterier. Pat ej informerad; han är trött och förvirrad av hyperkalcemin, tas när han klarnat.")),
    N("n2", "Daganteckning", "Medicinkliniken, Helsingborgs lasarett", "Jon Fahlén", "läkare",
      "2024-02-20 10:00", "slutenvård",
      ("Bedömning", "Myelom, Ca nu 2,9 efter rehydrering och zoledronsyra. Pat fortfarande ej informerad om myelomdiagnosen, fortsatt något disorienterad.")),
    N("n3", "Daganteckning", "Medicinkliniken, Helsingborgs lasarett", "Emilia Kron", "läkare",
      "2024-02-22 11:00", "slutenvård",
      ("Information", "Pat nu klar. Informerad om myelom och om att behandling med daratumumab-baserad kombination planeras av hematolog.")),
], ["NL101:n1", "NL101:n2"], ["NL101:n3"],
   "Not-told status carried into the next day's note while still true (both n1 and n2 fire); told once lucid (n3).")

C("nl1t-ortop-ewingsarkom-16år-mamma-först", "vgr", "2008-03-03", "253", [
    N("n1", "Läkaranteckning", "Ortopediska kliniken, tumörsektionen, Sahlgrenska Universitetssjukhuset", "Kalle Engström", "läkare",
      "2024-09-23 16:00", "öppenvård",
      ("PAD", "Småcellig rundcellstumör, EWSR1-FLI1-fusion påvisad: Ewingsarkom."),
      ("Bedömning", "Ewingsarkom i vä fibula. Pat, 16 år och själv läsare av sin journal, har ännu inte fått beskedet. Mamma informerad per telefon på hennes begäran; samtal med pat och båda föräldrarna i morgon.")),
    N("n2", "Läkaranteckning", "Ortopediska kliniken, tumörsektionen, Sahlgrenska Universitetssjukhuset", "Kalle Engström", "läkare",
      "2024-09-24 10:30", "öppenvård",
      ("Information", "Pat informerad om Ewingsarkom. Han reagerade med tystnad, ställde sedan frågor om fotboll och hår. Remiss barnonkologen för behandling enligt protokoll.")),
], ["NL101:n1"], ["NL101:n2"],
   "16-year-old is the journal reader; mother told first does not help (NL101 n1); told next day (n2).")

C("nl1t-neuro-nmosd-tidiga-hypoteser-plus-synlig-misstanke", "skane", "1990-08-08", "486", [
    N("n1", "Tidiga hypoteser", "Neurologiska kliniken, Helsingborgs lasarett", "Rebecka Hall", "läkare",
      "2024-06-03 14:00", "slutenvård",
      ("Tidiga hypoteser", "Misstanke om neuromyelitis optica-spektrumsjukdom (NMOSD), AQP4-ak tagna. Pat ej informerad om misstanken.")),
    N("n2", "Läkaranteckning", "Neurologiska kliniken, Helsingborgs lasarett", "Rebecka Hall", "läkare",
      "2024-06-03 14:10", "slutenvård",
      ("Bedömning", "Longitudinell transversell myelit C4–C7. Misstänkt NMOSD, pat ännu ej informerad om denna misstanke, se Tidiga hypoteser.")),
    N("n3", "Läkaranteckning", "Neurologiska kliniken, Helsingborgs lasarett", "Rebecka Hall", "läkare",
      "2024-06-20 10:00", "öppenvård",
      ("Bedömning", "AQP4-antikroppar positiva: NMOSD. Pat informerad om diagnosen och om behandling med rituximab.")),
], ["NL102:n2"], ["NL101:n1", "NL102:n1", "NL102:n3"],
   "Correct Tidiga hypoteser note (nothing on n1), but the same untold suspicion is repeated in the visible note ten minutes later (NL102 n2); confirmed and told (no NL102 n3).")

C("nl1t-lung-tidiga-hypoteser-sökord-sedan-skivepitelcancer", "vgr", "1945-09-12", "335", [
    N("n1", "Läkaranteckning", "Lungmedicin, Södra Älvsborgs sjukhus Borås", "Maja Löfgren", "läkare",
      "2024-01-08 10:00", "öppenvård",
      ("Röntgen", "DT thorax: 25 mm spikulerad förtätning i vä överlob."),
      ("Tidiga hypoteser", "Hög misstanke om lungcancer. Pat ännu ej informerad om misstanken, har fått veta att fyndet ska utredas vidare med PET-DT och biopsi."),
      ("Planering", "PET-DT och transtorakal biopsi. Återbesök när svar finns.")),
    N("n2", "Läkaranteckning", "Lungmedicin, Södra Älvsborgs sjukhus Borås", "Maja Löfgren", "läkare",
      "2024-01-24 10:00", "öppenvård",
      ("Bedömning", "Biopsi: skivepitelcancer. PET-DT utan spridning, cT1cN0M0. Pat informerad om lungcancer och att operation rekommenderas.")),
], [], ["NL101:n1", "NL102:n1"],
   "VGR sökord Tidiga hypoteser holds the untold lung cancer suspicion; the visible sections name no diagnosis (no NL101/NL102 on n1).")

C("nl1t-gyn-mola-hydatitosa-typo", "skane", "1992-04-04", "448", [
    N("n1", "Läkaranteckning", "Kvinnokliniken, Lasarettet i Ystad", "Nina Borgström", "läkare",
      "2024-02-19 08:30", "öppenvård",
      ("Ultraljud", "Förstorad uterus med vesikulärt, snöstormsliknande innehåll utan fosterdelar. hCG 210 000."),
      ("Bedömning", "Misstänkt molagraviditet. Pat ej informerad om molamisstanken, vakuumaspiration idag och besked när PAD finns.")),
    N("n2", "Läkaranteckning", "Kvinnokliniken, Lasarettet i Ystad", "Nina Borgström", "läkare",
      "2024-02-27 10:00", "öppenvård",
      ("PAD", "Vakuumaspiration 19/2: komplett mola."),
      ("Bedömning", "Mola hydatitosa. Pat har ännu inte fått PAD; hon ringdes men svarade inte. Brev med telefontid skickat. hCG-uppföljning krävs.")),
    N("n3", "Telefonanteckning", "Kvinnokliniken, Lasarettet i Ystad", "Nina Borgström", "läkare",
      "2024-02-29 13:30", "öppenvård",
      ("Åtgärd", "Nått pat. Informerat om druvbörd (mola hydatidosa), att hCG ska följas varje vecka tills negativt och att hon bör undvika graviditet under uppföljningen. Registrerat i molaregistret.")),
], ["NL102:n1", "NL101:n2"], ["NL101:n3"],
   "Typo 'hydatitosa'. Untold suspicion before the evacuation (NL102 n1); molar pregnancy confirmed, patient not reached (NL101 n2); told by phone (n3).")

C("nl1t-barnreuma-jia-6år-barnet-vet-ej-ordet", "vgr", "2017-12-12", "128", [
    N("n1", "Läkaranteckning", "Barnreumatologi, Drottning Silvias barn- och ungdomssjukhus", "Petter Öhman", "läkare",
      "2024-05-06 10:00", "öppenvård",
      ("Bedömning", "Oligoartikulär juvenil idiopatisk artrit, ANA positiv. Föräldrarna informerade om diagnosen idag. Flickan, 6 år, har fått höra att knät är inflammerat men inte ordet JIA, vilket föräldrarna själva vill ta hemma.")),
    N("n2", "Läkaranteckning", "Ögonkliniken, Sahlgrenska Universitetssjukhuset Mölndal", "Lina Aho", "läkare",
      "2024-05-20 09:00", "öppenvård",
      ("Bedömning", "Uveitscreening vid JIA: ingen uveit bilat. Ny kontroll om 3 mån.")),
], [], ["NL101:n1", "NL102:n2"],
   "Under 13 the informed guardians are the readers; the 6-year-old not knowing the word JIA is no NL101 (n1). Eye screening note with negated uveitis (no NL102 n2).")

C("nl1t-kard-attr-amyloidos-hustrun-vet-först", "skane", "1940-05-15", "873", [
    N("n1", "Läkaranteckning", "Kardiologiska kliniken, Skånes universitetssjukhus Lund", "Hampus Sten", "läkare",
      "2024-08-26 14:00", "slutenvård",
      ("Bedömning", "Transtyretinamyloidos med hjärtengagemang (vildtyp) enligt DPD-scint grad 3 och negativ M-komponent. Hustrun informerad vid telefonsamtal när hon ringde till avdelningen. Pat själv ej informerad ännu, han sov; tas på ronden i morgon.")),
    N("n2", "Läkaranteckning", "Kardiologiska kliniken, Skånes universitetssjukhus Lund", "Hampus Sten", "läkare",
      "2024-08-27 10:00", "slutenvård",
      ("Information", "Pat informerad om ATTR-amyloidos i hjärtat. Tafamidis ansöks via läkemedelsrådet.")),
    N("n3", "Epikris", "Kardiologiska kliniken, Skånes universitetssjukhus Lund", "Ida Rosengren", "läkare",
      "2024-08-29 11:00", "slutenvård",
      ("Sammanfattning", "Inlagd för hjärtsvikt med nydiagnostiserad ATTR-kardiomyopati, informerad under vårdtiden. Diuretika justerat, utskriven i habitualtillstånd.")),
], ["NL101:n1"], ["NL101:n2"],
   "Wife told on the phone before the patient (NL101 n1); told on the round (no NL101 n2).")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------
CODES = {"NL101", "NL102"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def _sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        norm = re.sub(r"\s+", " ", part.strip().lower())
        if len(norm) >= 25:
            yield norm


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if set(c) != CASE_KEYS:
            errors.append("%s: keys %s" % (where, sorted(c)))
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset %s" % (where, c["ruleset"]))
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errors.append("%s: record keys" % where)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errors.append("%s: bad personnummer %s" % (where, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                errors.append("%s: personnummer does not match birth_date" % where)
            nine = m.group(1)[2:] + m.group(2) + m.group(3) + m.group(4)
            if luhn_digit(nine) != m.group(5):
                errors.append("%s: Luhn check fails for %s" % (where, pid))
        _dt.date.fromisoformat(bd)
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        notes = rec["notes"]
        if not 2 <= len(notes) <= 5:
            errors.append("%s: %d notes (want 2-5)" % (where, len(notes)))
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate note ids" % where)
        systems = {}
        prev = None
        for n in notes:
            if set(n) != NOTE_KEYS:
                errors.append("%s/%s: note keys" % (where, n["id"]))
            systems[n["id"]] = n["system"]
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s/%s: VGR notes must be Melior" % (where, n["id"]))
            t = _dt.datetime.fromisoformat(n["time"])
            stamps = [t] + ([_dt.datetime.fromisoformat(n["signed"])] if n["signed"] else [])
            for s in stamps:
                if s.year != 2024:
                    errors.append("%s/%s: date not in 2024" % (where, n["id"]))
                if s > as_of:
                    errors.append("%s/%s: after as_of" % (where, n["id"]))
            if prev and t < prev:
                errors.append("%s/%s: notes out of time order" % (where, n["id"]))
            prev = t
            age = _age(bd, t)
            if age < 0 or 13 <= age <= 15:
                errors.append("%s/%s: patient aged %d (no 13-15)" % (where, n["id"], age))
            if not n["sections"]:
                errors.append("%s/%s: no sections" % (where, n["id"]))
            for s in n["sections"]:
                for sent in _sentences(s["text"]):
                    if sent in seen:
                        errors.append("%s/%s: sentence reused (also in %s): %s" % (where, n["id"], seen[sent], sent))
                    else:
                        seen[sent] = name
        asserted = set()
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if len(pair) != 2 or pair[0] not in CODES:
                    errors.append("%s: bad assertion %s" % (where, pair))
                    continue
                code, nid = pair
                if nid not in systems:
                    errors.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in asserted:
                    errors.append("%s: %s on %s asserted twice" % (where, code, nid))
                asserted.add((code, nid))
                if code == "NL101" and systems[nid] == "PMO":
                    errors.append("%s: NL101 asserted on PMO note %s" % (where, nid))
                if code == "NL102" and lst == "must" and systems[nid] != "Melior":
                    errors.append("%s: NL102 must on non-Melior note %s" % (where, nid))
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
        if not c["why"] or "\n" in c["why"]:
            errors.append("%s: why must be one line" % where)
    return errors


def main():
    errors = validate(CASES)
    known = {(c["case"], n["id"]) for c in CASES for n in c["record"]["notes"]}
    for key in sorted(DRAFT_NOTES - known):
        errors.append("draft note %s/%s does not exist" % key)
    if len(CASES) != 100:
        errors.append("expected 100 cases, got %d" % len(CASES))
    if errors:
        for e in errors:
            print("ERROR:", e)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    notes = sum(len(c["record"]["notes"]) for c in CASES)
    drafts = sum(1 for c in CASES for n in c["record"]["notes"] if n["signed"] is None)
    typos = sum(1 for c in CASES if "typo" in c["case"])
    print("wrote %s: %d cases, %d notes (%d drafts), rulesets %s, typo cases %d"
          % (os.path.basename(OUT), len(CASES), notes, drafts, rs, typos))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
