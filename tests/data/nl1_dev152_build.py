#!/usr/bin/env python3
"""dev152: independent obstetric test set for notelint NL101 / NL102.

Maternity and obstetric care (MVC, obstetric ultrasound, labour ward, BB, fetal
medicine, neonatal). Written by hand from the regional routines only.
Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev152_cases.jsonl")

# unit key -> (name, hsa_id, region, system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund-forl": ("Förlossningen, Skånes universitetssjukhus Lund", "SE2321000255-4F21", "skane", "Melior"),
    "malmo-forl": ("Förlossningen, Skånes universitetssjukhus Malmö", "SE2321000255-4F35", "skane", "Melior"),
    "malmo-ante": ("Antenatalavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A88", "skane", "Melior"),
    "lund-bb": ("BB-avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4B12", "skane", "Melior"),
    "hbg-bb": ("BB-avdelningen, Helsingborgs lasarett", "SE2321000255-7C40", "skane", "Melior"),
    "hbg-forl": ("Förlossningen, Helsingborgs lasarett", "SE2321000255-7C41", "skane", "Melior"),
    "krs-smvc": ("Specialistmödravården, Centralsjukhuset Kristianstad", "SE2321000255-8K07", "skane", "Melior"),
    "krs-forl": ("Förlossningen, Centralsjukhuset Kristianstad", "SE2321000255-8F19", "skane", "Melior"),
    "malmo-ul": ("Obstetrisk ultraljudsmottagning, Skånes universitetssjukhus Malmö", "SE2321000255-4U56", "skane", "Melior"),
    "lund-fmc": ("Fostermedicinskt centrum, Skånes universitetssjukhus Lund", "SE2321000255-4M90", "skane", "Melior"),
    "ystad-forl": ("Förlossning och BB, Lasarettet i Ystad", "SE2321000255-9Y14", "skane", "Melior"),
    "lund-neo": ("Neonatalavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-5N33", "skane", "Melior"),
    "malmo-smvc": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-4S61", "skane", "Melior"),
    "lund-smvc": ("Specialistmödravården, Skånes universitetssjukhus Lund", "SE2321000255-4S62", "skane", "Melior"),
    "lund-gynakut": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4G02", "skane", "Melior"),
    "malmo-aurora": ("Auroramottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4R17", "skane", "Melior"),
    "hbg-neo": ("Neonatalavdelningen, Helsingborgs lasarett", "SE2321000255-7N05", "skane", "Melior"),
    # Region Skåne, PMO (primary care: barnmorskemottagning, BVC, vårdcentral)
    "pmo-linero": ("Barnmorskemottagningen Linero, Lund", "SE2321000255-1L77", "skane", "PMO"),
    "pmo-rosengard": ("Barnmorskemottagningen Rosengård, Malmö", "SE2321000255-1R23", "skane", "PMO"),
    "pmo-drottninghog": ("Barnmorskemottagningen Drottninghög, Helsingborg", "SE2321000255-1D58", "skane", "PMO"),
    "pmo-trelleborg": ("Barnmorskemottagningen Trelleborg", "SE2321000255-1T91", "skane", "PMO"),
    "pmo-bvc-eslov": ("Barnavårdscentralen Eslöv", "SE2321000255-1E30", "skane", "PMO"),
    "pmo-vc-hoor": ("Vårdcentralen Höör", "SE2321000255-1H64", "skane", "PMO"),
    "pmo-simrishamn": ("Barnmorskemottagningen Simrishamn", "SE2321000255-1S12", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "su-ostra-forl": ("Förlossningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011021", "vgr", "Melior"),
    "su-ostra-bb": ("BB Östra, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011034", "vgr", "Melior"),
    "su-fmc": ("Fostermedicin, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011047", "vgr", "Melior"),
    "su-gynakut": ("Gynekologisk akutmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011050", "vgr", "Melior"),
    "su-smvc": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011063", "vgr", "Melior"),
    "su-antenatal": ("Antenatalavdelning 32, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011076", "vgr", "Melior"),
    "nal-forl": ("Förlossningsavdelningen, NU-sjukvården NÄL", "SE2321000131-E000000022108", "vgr", "Melior"),
    "nal-bb": ("BB-avdelningen, NU-sjukvården NÄL", "SE2321000131-E000000022111", "vgr", "Melior"),
    "nal-smvc": ("Specialistmödravården, NU-sjukvården Uddevalla", "SE2321000131-E000000022124", "vgr", "Melior"),
    "nal-gynakut": ("Gynekologisk akutmottagning, NU-sjukvården NÄL", "SE2321000131-E000000022137", "vgr", "Melior"),
    "sas-forl": ("Förlossningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000033205", "vgr", "Melior"),
    "sas-bb": ("BB-avdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000033218", "vgr", "Melior"),
    "skas-ul": ("Obstetriskt ultraljud, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044302", "vgr", "Melior"),
    "skas-bb": ("BB och förlossning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000044315", "vgr", "Melior"),
    "dsbus-neo": ("Neonatalavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011289", "vgr", "Melior"),
    "alingsas-kk": ("Kvinnosjukvården, Alingsås lasarett", "SE2321000131-E000000055401", "vgr", "Melior"),
    "angered-mvc": ("Specialistmödravården, Angereds Närsjukhus", "SE2321000131-E000000066510", "vgr", "Melior"),
}

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit."""
    y, m, d = birth.split("-")
    core = y[2:] + m + d + "%03d" % serial
    total = 0
    for i, ch in enumerate(core):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return "%s%s%s-%03d%d" % (y, m, d, serial, check)


def N(nid, template, unit, author, time, sections, signed=35, setting="öppenvård", refs=None):
    """One note. author = (name, role). signed = minutes after time, or None (draft)."""
    name, hsa, _region, system = UNITS[unit]
    t = datetime.datetime.fromisoformat(time)
    sig = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(),
        "signed": sig,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(datetime.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
        as_of = (last + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0).isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ---------------------------------------------------------------- cases
# ---- part 1: Skåne Melior, hedges, negations, protection (1-15)

C("obs-skane-misstankt-preeklampsi-antenatal", "skane", "1991-03-14", 284, [
    N("n1", "Läkaranteckning", "malmo-ante", ("Johan Ekdahl", "läkare"), "2024-02-12T14:20", [
        ("Aktuellt", "Omföderska v 34+2, remitterad från MVC pga BT 152/101 och frontal huvudvärk sedan igår kväll. Inga synrubbningar, ingen smärta under revbensbågen."),
        ("Status", "BT 148/98 resp 150/96 efter vila. U-sticka prot 2+. Patellarreflexer livliga bilat, ingen klonus. CTG reaktivt med normal variabilitet."),
        ("Bedömning", "Misstänkt preeklampsi. Läggs in för observation och provtagning."),
        ("Planering", "Hb, TPK, ASAT, ALAT, kreatinin, urat och U-alb/krea. BT var 4:e timme. Ny läkarbedömning när proverna är klara."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL101", "n1")],
    why="misstänkt preeklampsi in the visible Bedömning of a Melior note; nothing is said about telling the patient")

C("obs-skane-ingen-misstanke-preeklampsi-ystad", "skane", "1996-11-02", 146, [
    N("n1", "Läkaranteckning", "ystad-forl", ("Maria Lindqvist", "läkare"), "2024-04-03T09:45", [
        ("Anamnes", "Förstföderska v 37+5 som sökt för lätt pannhuvudvärk sedan i morse. Tagit paracetamol 1 g med god effekt."),
        ("Status", "BT 128/82. Ingen proteinuri på sticka. Mjuk och oöm buk, ingen epigastrisk ömhet."),
        ("Bedömning", "Normala PE-prover. Ingen misstanke om preeklampsi. Går hem, åter vid försämring."),
    ])],
    must_not=[("NL102", "n1")],
    why="preeklampsi only under 'ingen misstanke om' is a negated mention")

C("obs-skane-tidiga-hypoteser-mall-skelettdysplasi", "skane", "1988-07-21", 362, [
    N("n1", "Ultraljudsutlåtande", "lund-fmc", ("Sara Håkansson", "barnmorska"), "2024-05-14T10:10", [
        ("Undersökning", "Kompletterande ultraljud v 19+3 efter remiss från rutinultraljudet. Ett levande foster, normal mängd fostervatten, placenta i bakväggen."),
        ("Information", "Pat och partner fick veta att vi vill göra om mätningarna av armar och ben om en vecka tillsammans med fostermedicinare."),
    ]),
    N("n2", "Tidiga hypoteser", "lund-fmc", ("Henrik Jovanovic", "läkare"), "2024-05-14T11:30", [
        ("Bedömning", "Femur och humerus under 3:e percentilen, lätt böjd femur. Kan röra sig om skelettdysplasi, DD konstitutionellt korta rörben. Bör bekräftas vid förnyat ultraljud och ev. genetisk analys innan det kommuniceras som diagnos."),
    ])],
    must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="Skåne: the hedged fetal diagnosis sits only in a note whose template is Tidiga hypoteser; the visible note holds none")

C("obs-skane-sokord-tidiga-hypoteser-i-lakaranteckning", "skane", "1994-01-30", 528, [
    N("n1", "Läkaranteckning", "lund-bb", ("Anders Wikström", "läkare"), "2024-03-09T22:15", [
        ("Aktuellt", "Dag 4 post partum. Nattpersonalen beskriver att pat sovit nästan ingenting, verkar förvirrad och talar osammanhängande om att barnet är utbytt."),
        ("Tidiga hypoteser", "Misstänkt begynnande postpartumpsykos. Psykiatrikonsult beställd akut."),
        ("Planering", "Extravak i natt. Barnet sover hos partnern på familjerummet."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="Skåne protects by template only: a sökord called Tidiga hypoteser inside a Läkaranteckning is visible, so the hedged psychosis shows")

C("obs-skane-trolig-hemgang-i-morgon", "skane", "1999-09-09", 204, [
    N("n1", "Omvårdnadsanteckning", "hbg-bb", ("Lina Persson", "barnmorska"), "2024-06-18T15:05", [
        ("Omvårdnad", "Dag 2 efter normal vaginal förlossning. Barnet tar bröstet fint och ammar var tredje timme. Efterblödning normal, livmodern välkontraherad. Trolig hemgång i morgon efter barnläkarundersökningen."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="the only hedge ('trolig hemgång') is about discharge, a plan and no diagnosis")

C("obs-skane-ev-ballong-overburenhet", "skane", "1990-12-12", 468, [
    N("n1", "Läkaranteckning", "krs-smvc", ("Karin Olofsson", "läkare"), "2024-08-22T13:40", [
        ("Aktuellt", "Överburenhetskontroll v 41+1. Mår bra, känner goda fosterrörelser."),
        ("Status", "SF 36 cm, huvudbjudning, fixerat. Fostervattenficka 3,8 cm. CTG normalt."),
        ("Planering", "Bishop 4. Ev. ballongkateter i morgon om inte förlossningen startar spontant i natt, annars igångsättning v 41+2 enl rutin."),
    ], signed=None)],
    must_not=[("NL102", "n1")],
    why="'ev.' hedges a procedure (ballongkateter); confirmed överburenhet is no hypothesis")

C("obs-skane-dd-hellp-gallsten", "skane", "1986-04-25", 182, [
    N("n1", "Läkaranteckning", "lund-forl", ("Erik Sandberg", "läkare"), "2024-01-27T03:20", [
        ("Aktuellt", "Tredjegångsföderska v 36+0, inkommen akut med smärta under högra revbensbågen sedan 3 timmar och illamående."),
        ("Utredning", "TPK 88, ASAT 140, ALAT 165, LD 9,2. Hb 112. BT 142/94."),
        ("Bedömning", "DD HELLP, DD gallstensanfall. Bakjour kontaktad, magnesiumsulfat förbereds."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="HELLP listed as a differential diagnosis (DD) in the visible Bedömning")

C("obs-skane-pmo-misstankt-graviditetsdiabetes", "skane", "1993-06-17", 326, [
    N("n1", "Barnmorskebesök", "pmo-linero", ("Ingrid Nyberg", "barnmorska"), "2024-03-19T10:30", [
        ("Aktuellt", "Graviditetsvecka 28+3. Glukos 2+ i urinen och kapillärt P-glukos 9,1 en timme efter frukost. Misstänkt graviditetsdiabetes, OGTT bokad på fredag."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO never shows diagnoses, so a hedged GDM in a barnmorskemottagning note is not NL102")

C("obs-skane-gdm-faststalld-ingen-hedge", "skane", "1987-10-05", 244, [
    N("n1", "Läkaranteckning", "krs-smvc", ("Per Gunnarsson", "läkare"), "2024-07-02T11:15", [
        ("Diagnos", "Graviditetsdiabetes O24.4, kostbehandlad."),
        ("Aktuellt", "OGTT v 26 med 2-timmarsvärde 10,6. Fört glukosdagbok i två veckor, fastevärden 4,8–5,4 och värden efter måltid under 8."),
        ("Planering", "Fortsatt kostbehandling. Tillväxtultraljud v 32 och v 36."),
    ])],
    must_not=[("NL102", "n1"), ("NL101", "n1")],
    why="a confirmed diagnosis without hedge, and nothing said about telling")

C("obs-skane-hereditet-mamma-trolig-havandeskapsforgiftning", "skane", "1997-02-28", 408, [
    N("n1", "Inskrivningsanteckning", "malmo-smvc", ("Sofia Berglund", "läkare"), "2024-02-06T08:50", [
        ("Anamnes", "Förstagångsgravid v 11, spontan graviditet. Tidigare frisk, inga läkemedel."),
        ("Hereditet", "Mamma hade troligen havandeskapsförgiftning i sin första graviditet, förlöstes i v 32. Morfar hjärtinfarkt vid 60 års ålder."),
        ("Planering", "ASA 75 mg från v 12 erbjuds pga hereditet och BMI 31. Täta BT-kontroller på barnmorskemottagningen."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedged diagnosis belongs to the patient's mother (Hereditet), not the patient")

C("obs-skane-lungemboli-uteslutes-post-sectio", "skane", "1985-08-13", 566, [
    N("n1", "Läkaranteckning", "ystad-forl", ("Tobias Hellström", "läkare"), "2024-09-11T16:25", [
        ("Aktuellt", "Dag 3 efter elektivt kejsarsnitt. Tilltagande andfåddhet i trappor, ingen bröstsmärta, ingen hosta."),
        ("Status", "AF 18, saturation 97 % på luft, puls 92. Vaderna mjuka och symmetriska."),
        ("Utredning", "DT lungartärer: inga embolier, små basala atelektaser bilat."),
        ("Bedömning", "Lungemboli uteslutes. Andfåddheten förklaras av atelektaser, andningsträning med fysioterapeut."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="the only diagnosis mentioned is ruled out ('uteslutes')")

C("obs-skane-missankt-endometrit-typo", "skane", "1995-05-07", 142, [
    N("n1", "Läkaranteckning", "hbg-bb", ("Nadia Haddad", "läkare"), "2024-10-16T19:40", [
        ("Aktuellt", "Dag 5 post partum, återinlagd via gynakuten med feber 38,9 och illaluktande flytningar."),
        ("Status", "Ömmande uterus vid bimanuell palpation. CRP 148, LPK 17."),
        ("Bedömning", "Missänkt endometrit. Start iv cefotaxim och metronidazol, odlingar tagna."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Missänkt' still hedges endometrit in a visible section")

C("obs-skane-ablatio-kan-ej-uteslutas-trafikolycka", "skane", "1992-09-19", 388, [
    N("n1", "Läkaranteckning", "malmo-forl", ("Jonas Åberg", "läkare"), "2024-11-04T18:05", [
        ("Aktuellt", "Omföderska v 31+4, inkommer med ambulans efter trafikolycka där bältet gick över magen. Sparsam mörk blödning, ömhet i fundus."),
        ("Status", "Uterus spänd men relaxerar mellan sammandragningarna. CTG med nedsatt variabilitet i 20 min, därefter normaliserat."),
        ("Bedömning", "Ablatio placentae kan ej uteslutas. CTG-övervakning minst 24 h, pat är Rh-negativ och får anti-D."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'kan ej uteslutas' keeps ablatio placentae open as a hypothesis in a visible section")

C("obs-skane-troligen-flicka-rutinultraljud", "skane", "2000-03-23", 226, [
    N("n1", "Ultraljudsutlåtande", "malmo-ul", ("Emma Svensson", "barnmorska"), "2024-04-17T09:20", [
        ("Undersökning", "Rutinultraljud v 18+4. Ett foster med positiv hjärtaktivitet. BPD 42 mm, FL 28 mm, mätningarna stämmer med beräknad tid. Placenta i framväggen, högt belägen, normal mängd fostervatten."),
        ("Övrigt", "Pat önskade veta kön: troligen flicka. Informerad om att könsbestämning på ultraljud inte är helt säker."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedge is on the fetus's sex, which is no diagnosis")

C("obs-skane-vid-tecken-pa-mastit-villkor", "skane", "1998-12-01", 582, [
    N("n1", "Utskrivningssamtal BB", "lund-bb", ("Hanna Ek", "barnmorska"), "2024-07-26T12:10", [
        ("Utskrivning", "Hemgång dag 2, barnet har gått upp 20 g sedan i går. Fått amningsråd och handmjölkning visad. Hör av sig till BB-mottagningen vid tecken på mastit, t.ex. rodnad och ömhet i bröstet med feber, eller vid kraftigt ökande blödning."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="mastit appears only in a conditional safety-net instruction, not as a hypothesis about the patient")

# ---- part 2: VGR Melior, sökord protection and hedges (16-30)

C("obs-vgr-sokord-tidiga-hypoteser-epds", "vgr", "1993-04-11", 262, [
    N("n1", "Läkaranteckning", "su-ostra-bb", ("Fredrik Holm", "läkare"), "2024-02-20T11:05", [
        ("Aktuellt", "Dag 3 efter akut kejsarsnitt pga värkarbetsrubbning. Sårläkning utan anmärkning, ammar med stöd och barnet mår bra."),
        ("Tidiga hypoteser", "EPDS 16 vid screening idag, gråtit mycket senaste dygnen och uttrycker skuldkänslor. Möjlig postpartumdepression, behöver värderas vidare av psykiatrin innan det tas upp som diagnos."),
        ("Planering", "Kuratorssamtal i morgon. Återbesök hos barnmorska på BB-mottagningen dag 5."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="VGR: the hedged depression is only under the protected sökord Tidiga hypoteser; the visible sections hold no hypothesis")

C("obs-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1990-08-08", 486, [
    N("n1", "Tidiga hypoteser", "nal-smvc", ("Cecilia Strand", "läkare"), "2024-03-05T14:35", [
        ("Aktuellt", "v 33+1, klåda nattetid i handflator och fotsulor sedan tio dagar. Inga utslag."),
        ("Bedömning", "Trol. intrahepatisk graviditetskolestas, gallsyror 21 µmol/l. Nytt prov om en vecka."),
    ])],
    must=[("NL102", "n1")],
    why="VGR protects by sökord, not template: a note titled Tidiga hypoteser with sökord Bedömning is visible")

C("obs-vgr-accreta-bade-tidiga-hypoteser-och-bedomning", "vgr", "1984-06-03", 564, [
    N("n1", "Ultraljudsanteckning", "skas-ul", ("Magnus Ternström", "läkare"), "2024-05-28T13:00", [
        ("Undersökning", "v 28+0, två tidigare kejsarsnitt. Placenta previa totalis i framväggen över ärret."),
        ("Tidiga hypoteser", "Förlorad retroplacentär klar zon och multipla lakuner. Inger misstanke om placenta accreta spectrum."),
        ("Bedömning", "Misstänkt placentainväxt i tidigare snittärr. Remiss till SU för MR och planering av förlossning i team."),
    ])],
    must=[("NL102", "n1")],
    why="the hypothesis is also written in the visible Bedömning, so the protected sökord does not cover it")

C("obs-vgr-fragestallning-placenta-previa-remiss", "vgr", "1995-10-27", 140, [
    N("n1", "Läkaranteckning", "alingsas-kk", ("Johanna Björk", "läkare"), "2024-06-10T10:50", [
        ("Aktuellt", "Omföderska v 24+1, sparsam ljusröd blödning efter samlag i går, nu upphört. Inga sammandragningar."),
        ("Status", "Spekulum: ingen pågående blödning, portio sluten, ingen ektropion. Fosterljud 145."),
        ("Planering", "Remiss till ultraljud Östra, frågeställning placenta previa. Undvika samlag tills vidare."),
    ])],
    must=[("NL102", "n1")],
    why="'frågeställning placenta previa' is an open diagnostic question in the visible Planering")

C("obs-vgr-talar-for-graviditetskolestas", "vgr", "1989-01-19", 324, [
    N("n1", "Läkaranteckning", "su-smvc", ("Elin Fransson", "läkare"), "2024-09-04T08:40", [
        ("Anamnes", "v 35+3. Klåda i handflator och fotsulor sedan en vecka, värst på natten. Inga hudutslag."),
        ("Lab", "S-gallsyror 38 µmol/l, ALAT 1,9 µkat/l, bilirubin normalt."),
        ("Bedömning", "Talar för graviditetskolestas. Start ursodeoxicholsyra, nya gallsyror om 7 dagar."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'talar för' graviditetskolestas is a hedged diagnosis in a visible section")

C("obs-vgr-talar-emot-korioamnionit-pprom", "vgr", "1997-07-14", 228, [
    N("n1", "Läkaranteckning", "sas-forl", ("Oskar Lundgren", "läkare"), "2024-10-02T09:15", [
        ("Aktuellt", "PPROM v 33+2, inlagd sedan fyra dygn. Betametason givet, erytromycin enligt PM."),
        ("Status", "Afebril, CRP 6, LPK 11,2. Fosterhjärtfrekvens 140 utan takykardi, fostervattnet klart och luktfritt."),
        ("Bedömning", "Talar emot korioamnionit. Fortsatt exspektans till v 34+0."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'talar emot' negates korioamnionit; PPROM itself is confirmed")

C("obs-vgr-forenligt-med-missed-abortion", "vgr", "1992-02-16", 406, [
    N("n1", "Läkaranteckning", "su-gynakut", ("Amir Karimi", "läkare"), "2024-01-15T15:30", [
        ("Anamnes", "Gravid v 9+2 enligt SM, brunaktiga flytningar i tre dagar, inga smärtor."),
        ("Status", "VUL: intrauterin hinnsäck med fosterekon CRL 7 mm, ingen hjärtaktivitet."),
        ("Bedömning", "Förenligt med missed abortion. Nytt VUL om 7 dagar innan beslut om behandling."),
    ])],
    must=[("NL102", "n1")],
    why="'förenligt med' missed abortion, still to be confirmed, stands in a visible Bedömning")

C("obs-vgr-misstankt-extrauterin-graviditet", "vgr", "1998-05-22", 182, [
    N("n1", "Läkaranteckning", "su-gynakut", ("Linnea Ahlström", "läkare"), "2024-03-27T21:10", [
        ("Anamnes", "Positivt graviditetstest, SM för sex veckor sedan. Smärta i höger fossa sedan i morse, lätt blödning."),
        ("Status", "Palpöm över höger adnex. VUL: tom uterus, inhomogen resistens 3 cm vid höger ovarium, lite fri vätska i fossa Douglasi. S-hCG 1450."),
        ("Bedömning", "Misstänkt X höger. Laparoskopi i kväll, pat fastar."),
    ])],
    must=[("NL102", "n1")],
    why="suspected ectopic pregnancy (abbreviated X) in the visible Bedömning")

C("obs-vgr-pul-inga-tecken-pa-x", "vgr", "1991-12-30", 342, [
    N("n1", "Läkaranteckning", "su-gynakut", ("Linnea Ahlström", "läkare"), "2024-04-08T10:20", [
        ("Aktuellt", "Uppföljning av graviditet med okänd lokalisation. hCG steg från 820 till 1900 på 48 timmar."),
        ("Bedömning", "VUL idag visar intrauterin hinnsäck med gulesäck. Inga tecekn på extrauterin graviditet, avslutas härifrån och hänvisas till MVC."),
    ])],
    must_not=[("NL102", "n1")],
    why="extrauterin graviditet only under a negation with a typo ('Inga tecekn på')")

C("obs-vgr-partner-ev-anlagsbarare-cf", "vgr", "1996-09-03", 202, [
    N("n1", "Läkaranteckning", "angered-mvc", ("Rasmus Dahl", "läkare"), "2024-02-26T13:25", [
        ("Anamnes", "Partnerns syster har cystisk fibros och partnern är ev. anlagsbärare. Pat själv frisk utan kända ärftliga sjukdomar i släkten."),
        ("Planering", "Remiss till klinisk genetik för bärarskapsanalys hos partnern. Pat har fått information om möjligheten till fosterdiagnostik."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedge concerns the partner's carrier status, not a diagnosis of the patient")

C("obs-vgr-epikris-svar-preeklampsi-bekraftad", "vgr", "1988-03-09", 286, [
    N("n1", "Epikris", "nal-forl", ("Mikaela Berg", "läkare"), "2024-05-06T15:00", [
        ("Diagnos", "Svår preeklampsi O14.1. Akut kejsarsnitt O82.1."),
        ("Epikris", "Inlagd v 33+4 med BT 170/112 och proteinuri 3 g/dygn. Magnesiumsulfat och labetalol iv. Förlöst med kejsarsnitt p.g.a. stigande leverprover. Pojke 1980 g, Apgar 7-9-10, vårdas på neonatal."),
        ("Uppföljning", "BT-kontroll på vårdcentralen om en vecka. Eftersamtal med förlossningsläkare om 8 veckor."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="preeklampsi is a settled diagnosis in the epikris, no hedge")

C("obs-vgr-lang-inlaggning-trolig-pyelonefrit", "vgr", "1994-11-21", 468, [
    N("n1", "Inläggningsanteckning", "su-antenatal", ("Gustav Nordin", "läkare"), "2024-10-21T20:35", [
        ("Kontaktorsak", "Feber och flanksmärta v 26+4."),
        ("Anamnes", "Andragångsgravid, tidigare graviditet okomplicerad. Frisk, inga läkemedel utöver folsyra. Inga kända allergier. Sedan två dygn sveda vid miktion, sedan i går frossa och smärta i höger flank. Kräkts en gång i kväll. Inga sammandragningar, ingen blödning eller vattenavgång. Känner fosterrörelser som vanligt."),
        ("Status", "AT: påverkad av feber, varm och torr. Temp 39,1, puls 112, BT 108/64, AF 20, saturation 98 %. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, uterus motsvarar tiden, oöm. Dunkömhet över höger njurloge. Spekulum ej aktuellt. CTG: baslinje 160, god variabilitet, inga decelerationer."),
        ("Tidigare", "Två okomplicerade cystiter som tonåring. Inga njursjukdomar kända, ingen tidigare pyelonefrit. Första barnet fött vaginalt 2021 i v 40, ua."),
        ("Socialt", "Sambo, arbetar som förskollärare. Icke-rökare, ingen alkohol under graviditeten. Sonen 3 år har varit frisk."),
        ("Läkemedel", "Folsyra 0,4 mg. Tog två paracetamol 500 mg kl 17 med kortvarig effekt på febern."),
        ("Lab", "CRP 186, LPK 18,4, Hb 114, kreatinin 62. U-sticka nitrit pos, leukocyter 3+. Laktat 1,6, elektrolyter normala."),
        ("Bedömning", "Trolig akut pyelonefrit höger. Fostret opåverkat bortsett från lätt takykardi som följer moderns feber."),
        ("Åtgärd", "Blododling x 2 och urinodling tagna. Cefotaxim 1 g x 3 iv, Ringer-acetat 1 liter. Paracetamol."),
        ("Planering", "CTG två gånger dagligen. Ultraljud njurar om utebliven förbättring inom 48 h. Byte till peroralt efter odlingssvar. Vätskelista och temp var fjärde timme, uppmana till att dricka. Tromboprofylax diskuteras om hon blir sängliggande mer än ett dygn. Pat och sambo har fått information om planen."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="long admission note; one hedged diagnosis (trolig pyelonefrit) in the visible Bedömning")

C("obs-vgr-bild-som-vid-mastit", "vgr", "2001-04-26", 148, [
    N("n1", "Telefonanteckning", "skas-bb", ("Therese Wallin", "läkare"), "2024-08-14T17:45", [
        ("Telefonkontakt", "Dag 9 post partum, ringer pga ömt vänster bröst och frossa sedan i natt. Kommer in för bedömning."),
        ("Status", "Rodnad och värmeökning vänster bröst övre yttre kvadrant, ingen fluktuation. Temp 38,6."),
        ("Bedömning", "Bild som vid mastit. Flukloxacillin 1 g x 3 i 10 dagar, fortsätt amma från båda sidor."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'bild som vid' mastit is a hedged diagnosis in a visible section")

C("obs-vgr-ev-antibiotika-vid-feber-plan", "vgr", "1999-01-08", 266, [
    N("n1", "Barnmorskeanteckning", "sas-bb", ("Petra Eliasson", "barnmorska"), "2024-11-12T10:25", [
        ("Amning", "Ömma bröstvårtor med små sprickor bilat. Ingen feber, ingen rodnad. Amningsobservation visar ett ytligt tag, korrigerat tillsammans med mamman."),
        ("Planering", "Lanolin efter varje amning. Ev. antibiotika efter läkarkontakt om rodnad eller feber tillkommer."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'ev.' hedges a treatment plan; sore, cracked nipples are a finding, not a hedged diagnosis")

C("obs-vgr-oklart-om-hyperemesis-eller-gastroenterit", "vgr", "2003-07-29", 386, [
    N("n1", "Läkaranteckning", "nal-gynakut", ("Daniel Forsberg", "läkare"), "2024-12-03T23:10", [
        ("Aktuellt", "Gravid v 8, kräkts mer än tio gånger per dygn sedan fyra dagar. Även lös avföring och feber 38,1 i går, hennes son har magsjuka."),
        ("Status", "Torra slemhinnor, puls 104. U-ketoner 3+, kalium 3,3."),
        ("Bedömning", "Oklart om det rör sig om hyperemesis gravidarum eller gastroenterit. Inläggning för iv vätska och tiamin."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'oklart om det rör sig om' keeps hyperemesis gravidarum open as a hypothesis")

# ---- part 3: NL101, telling and not telling (31-45)

C("obs-skane-nl101-hiv-ej-informerad", "skane", "1995-02-14", 306, [
    N("n1", "Läkaranteckning", "malmo-smvc", ("Sofia Berglund", "läkare"), "2024-02-21T16:05", [
        ("Utredning", "Inskrivningsprover från MVC: HIV-1-antikroppar reaktiva, konfirmerat med HIV-RNA 12 000 kopior/ml. CD4 420."),
        ("Bedömning", "Nyupptäckt HIV-infektion under graviditet v 13."),
        ("Planering", "Pat är ännu inte informerad om provsvaret. Infektionsläkare och undertecknad ger besked vid besök på fredag med tolk (tigrinja), kurator bokad i anslutning."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="a confirmed HIV diagnosis stands visibly while the note says the patient is not yet told")

C("obs-skane-nl101-gdm-informerad-idag", "skane", "1990-05-30", 124, [
    N("n1", "Läkaranteckning", "krs-smvc", ("Per Gunnarsson", "läkare"), "2024-06-13T09:30", [
        ("Aktuellt", "OGTT v 25+2: fasteglukos 5,4, 2-timmarsvärde 10,9. Diagnos graviditetsdiabetes."),
        ("Åtgärd", "Pat informerad om diagnosen vid dagens besök, har fått glukosmätare och instruktion. Träffar dietist nästa vecka."),
    ])],
    must_not=[("NL101", "n1")],
    why="the patient was told about the diagnosis at today's visit")

C("obs-vgr-nl101-trisomi-21-ej-besked", "vgr", "1983-09-17", 448, [
    N("n1", "Läkaranteckning", "su-fmc", ("Katarina Lindahl", "läkare"), "2024-03-14T15:50", [
        ("Utredning", "Fostervattenprov v 16+2 pga NIPT med hög sannolikhet. QF-PCR: trisomi 21."),
        ("Bedömning", "Trisomi 21 hos fostret verifierad."),
        ("Planering", "Paret har ännu inte fått besked om svaret. Samtal bokat i morgon kl 10 med fostermedicinare och barnmorska."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL102", "n1")],
    why="verified trisomi 21 in a visible section while the couple has not been told yet")

C("obs-vgr-nl101-syfilis-informerad-dagen-efter", "vgr", "1997-10-10", 162, [
    N("n1", "Läkaranteckning", "nal-smvc", ("Cecilia Strand", "läkare"), "2024-04-22T14:00", [
        ("Lab", "Inskrivningsserologi: TPPA positiv, RPR 1:16."),
        ("Bedömning", "Tolkas som obehandlad syfilis. Patienten är inte informerad ännu, kallas till besök i morgon."),
    ]),
    N("n2", "Besöksanteckning", "nal-smvc", ("Cecilia Strand", "läkare"), "2024-04-23T10:15", [
        ("Aktuellt", "Pat informerad om syfilisdiagnosen och vad den innebär för barnet."),
        ("Åtgärd", "Bensatinpenicillin 2,4 ME im givet idag. Smittspårning via venereologen."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="the first note shows the diagnosis before telling; the next-day note documents that she was told")

C("obs-skane-nl101-datum-for-induktion-ej-meddelat", "skane", "1986-12-24", 268, [
    N("n1", "Läkaranteckning", "krs-forl", ("Karin Olofsson", "läkare"), "2024-08-28T11:20", [
        ("Diagnos", "Graviditetsdiabetes, insulinbehandlad sedan v 30."),
        ("Planering", "Igångsättning planeras v 39, exakt dag inte bestämd. Pat ej informerad om datum ännu, förlossningen ringer henne."),
    ])],
    must_not=[("NL101", "n1")],
    why="what is not yet told is a date for induction, not a diagnosis")

C("obs-vgr-nl101-remiss-ej-meddelad-svt", "vgr", "1994-03-02", 304, [
    N("n1", "Ultraljudsanteckning", "skas-ul", ("Magnus Ternström", "läkare"), "2024-07-09T12:40", [
        ("Undersökning", "v 29+5. Regelbunden fosterhjärtfrekvens 230/min, i övrigt normal anatomi och normalt fostervatten."),
        ("Bedömning", "Fetal supraventrikulär takykardi. Pat informerad om fyndet och om behovet av bedömning på fostermedicin."),
        ("Planering", "Remissen faxades efter besöket; att den redan är skickad har pat inte fått veta, görs vid telefonkontakt i morgon."),
    ])],
    must_not=[("NL101", "n1")],
    why="the patient was told about the diagnosis; only the sending of the referral is not yet told")

C("obs-skane-nl101-normalt-nipt-ej-meddelat", "skane", "1989-08-06", 346, [
    N("n1", "Telefonanteckning", "lund-fmc", ("Sara Håkansson", "barnmorska"), "2024-02-08T13:10", [
        ("Provsvar", "NIPT: låg sannolikhet för trisomi 13, 18 och 21. Pat har ännu inte fått svaret, ringer henne i morgon förmiddag."),
    ])],
    must_not=[("NL101", "n1")],
    why="the untold result is normal, no diagnosis")

C("obs-vgr-nl101-vsd-bara-i-tidiga-hypoteser", "vgr", "1992-11-15", 526, [
    N("n1", "Ultraljudsanteckning", "skas-ul", ("Anneli Sjöberg", "barnmorska"), "2024-05-16T10:00", [
        ("Undersökning", "RUL v 19+0. Biometri motsvarar graviditetslängden, normal mängd fostervatten, placenta i bakväggen."),
        ("Tidiga hypoteser", "Misstänkt perimembranös VSD. Ej kommunicerat med pat, ska först verifieras med fosterekokardiografi på SU."),
        ("Planering", "Kallelse till kompletterande ultraljud skickas, ca en vecka."),
    ])],
    must_not=[("NL101", "n1"), ("NL102", "n1")],
    why="VGR: the untold, hedged fetal finding is kept only under the protected sökord Tidiga hypoteser")

C("obs-skane-nl101-hepatit-b-partnern-vet-inte", "skane", "1991-07-07", 186, [
    N("n1", "Läkaranteckning", "malmo-smvc", ("Ali Rahimi", "läkare"), "2024-09-24T14:45", [
        ("Bedömning", "Kronisk hepatit B, HBsAg pos, HBeAg neg, lågt HBV-DNA. Ingen antiviral behandling behövs under graviditeten."),
        ("Information", "Pat informerad om diagnosen idag via tolk. Hon vill själv berätta för sin man, som ännu inte vet något."),
        ("Planering", "Barnet får vaccin och immunglobulin direkt efter födelsen, noterat i förlossningsplanen."),
    ])],
    must_not=[("NL101", "n1")],
    why="the patient is told; only her husband is not")

C("obs-skane-nl101-hsil-ej-underrattad", "skane", "1993-10-21", 424, [
    N("n1", "Läkaranteckning", "lund-smvc", ("Helena Wirén", "läkare"), "2024-10-08T11:55", [
        ("Utredning", "Cellprov från inskrivningen v 10 visar HSIL. Kolposkopi med biopsi planeras tre månader post partum enligt rutin."),
        ("Information", "Pat ej underrättad om cellprovssvaret ännu – ska meddelas av gynekolog vid återbesöket nästa vecka."),
    ], signed=None)],
    must=[("NL101", "n1")],
    why="a high-grade cervical lesion is written visibly while the patient has not been told")

C("obs-skane-nl101-hepatit-c-typo-infomerad", "skane", "1987-01-12", 562, [
    N("n1", "Läkaranteckning", "krs-smvc", ("Mohammed Saleh", "läkare"), "2024-03-12T15:25", [
        ("Lab", "Anti-HCV pos, HCV-RNA 2,1 milj IU/ml, genotyp 3a."),
        ("Bedömning", "Kronisk hepatit C. Pat ej infomerad än, besked vid besöket på torsdag tillsammans med infektionssjuksköterska."),
    ])],
    must=[("NL101", "n1")],
    why="typo 'infomerad': the diagnosis is visible and the patient not yet told")

C("obs-vgr-nl101-hypotyreos-inget-om-information", "vgr", "1990-02-02", 222, [
    N("n1", "Läkaranteckning", "su-smvc", ("Elin Fransson", "läkare"), "2024-01-23T09:05", [
        ("Diagnos", "Hypotyreos, substituerad."),
        ("Aktuellt", "TSH 4,9 i v 10. Levaxin höjt från 75 till 100 µg, ny TSH om fyra veckor."),
    ], signed=None)],
    must_not=[("NL101", "n1")],
    why="a diagnosis with nothing said about telling the patient")

C("obs-vgr-nl101-trisomi-18-informerad-tidigare", "vgr", "1985-04-04", 368, [
    N("n1", "Läkaranteckning", "su-fmc", ("Katarina Lindahl", "läkare"), "2024-04-30T13:30", [
        ("Aktuellt", "Trisomi 18 konstaterad med moderkaksprov v 13. Paret informerades vid besöket 3/4 och har efter betänketid valt att fortsätta graviditeten."),
        ("Planering", "Palliativ vårdplan för barnet upprättas tillsammans med neonatolog. Nästa ultraljud om tre veckor."),
    ])],
    must_not=[("NL101", "n1")],
    why="the diagnosis was told at an earlier visit")

C("obs-skane-nl101-pad-korioamnionit-inte-fatt-veta", "skane", "1996-06-19", 244, [
    N("n1", "Läkaranteckning", "lund-forl", ("Erik Sandberg", "läkare"), "2024-07-17T10:40", [
        ("Provsvar", "PAD placenta: akut korioamnionit med funisit."),
        ("Bedömning", "Pat har inte fått veta svaret ännu, tas upp vid eftersamtalet om sex veckor."),
    ])],
    must=[("NL101", "n1")],
    why="a histologic diagnosis is visible and the text says the patient has not heard it")

C("obs-vgr-nl101-corpus-callosum-ska-inte-meddelas", "vgr", "1988-12-18", 184, [
    N("n1", "Läkaranteckning", "su-fmc", ("Jakob Engström", "läkare"), "2024-06-05T16:20", [
        ("Utredning", "MR foster v 22+5: komplett agenesi av corpus callosum, i övrigt normal hjärnanatomi."),
        ("Planering", "Ska inte meddelas patienten förrän barnneurolog kan delta i samtalet på onsdag."),
    ])],
    must=[("NL101", "n1")],
    why="the diagnosis stands visibly with an explicit 'must not be told yet'")

# ---- part 4: more hedges and hard negatives (46-60)

C("obs-skane-pyelonefrit-fragetecken", "skane", "1994-08-31", 502, [
    N("n1", "Läkaranteckning", "malmo-forl", ("Jonas Åberg", "läkare"), "2024-02-02T02:50", [
        ("Aktuellt", "v 29+0, feber 39,2 med frossa och ont i höger flank sedan i kväll."),
        ("Status", "Dunköm hö njurloge. CTG: fostertakykardi 170 i samband med moderns feber."),
        ("Bedömning", "Pyelonefrit? Urinodling och blododling tagna, start cefotaxim iv."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="a diagnosis followed by '?' is a hedged diagnosis")

C("obs-vgr-fragetecken-pa-symtom-och-tid", "vgr", "2000-10-13", 346, [
    N("n1", "Barnmorskeanteckning", "sas-bb", ("Petra Eliasson", "barnmorska"), "2024-03-21T14:15", [
        ("Aktuellt", "Yrsel vid uppstigning? Pat säger själv att det har blivit bättre sedan lunch. Hb 121."),
        ("Planering", "Återbesök på BB-mottagningen torsdag eller fredag? Pat återkommer när hon vet hur partnern jobbar."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="question marks sit on a symptom and on a visit time, not on a diagnosis")

C("obs-skane-sannolik-peripartumkardiomyopati", "skane", "1984-02-17", 188, [
    N("n1", "Konsultationsanteckning", "lund-bb", ("Viktor Malmberg", "läkare"), "2024-04-11T13:35", [
        ("Frågeställning från BB", "Dyspné dag 6 post partum."),
        ("Anamnes", "Tilltagande andfåddhet och ortopné sedan tre dagar, svullna ben."),
        ("Utredning", "Eko: dilaterad vänster kammare, EF 35 %, ingen klaffpatologi. NT-proBNP 3400."),
        ("Bedömning", "Sannolik peripartumkardiomyopati. Start betablockad och diuretika, bromokriptin diskuteras med obstetriker."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'sannolik' hedges peripartumkardiomyopati in a visible consultation note")

C("obs-vgr-mojlig-sinustrombos-dd-postspinal", "vgr", "1992-05-05", 424, [
    N("n1", "Läkaranteckning", "nal-bb", ("Mikaela Berg", "läkare"), "2024-06-27T19:55", [
        ("Aktuellt", "Dag 4 post partum, svår huvudvärk som inte släpper på paracetamol och inte är lägesberoende. EDA under förlossningen."),
        ("Status", "Vaken och orienterad. Inga fokala neurologiska bortfall, ingen nackstelhet."),
        ("Bedömning", "Möjlig sinustrombos, DD postspinal huvudvärk. Akut MR med venografi beställd."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'möjlig' sinustrombos in a visible Bedömning")

C("obs-skane-eventuell-symfysiolys", "skane", "1989-11-28", 248, [
    N("n1", "Läkaranteckning", "malmo-smvc", ("Ali Rahimi", "läkare"), "2024-05-08T10:05", [
        ("Aktuellt", "v 30+2. Intensiv smärta över symfysen sedan en vecka, klarar knappt att gå i trappor."),
        ("Status", "Palpationsöm över symfysen, positivt smärtprovokationstest."),
        ("Bedömning", "Eventuel symfysiolys. Remiss till fysioterapeut för bäckenbälte och kryckor, sjukskrivning 50 %."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'Eventuel' still hedges a pelvic joint diagnosis in a visible section")

C("obs-vgr-trolgi-postpartumdepression-typo", "vgr", "1995-09-25", 506, [
    N("n1", "Efterkontroll", "angered-mvc", ("Nora Sandström", "läkare"), "2024-09-17T11:10", [
        ("Aktuellt", "Efterkontroll 8 v post partum. EPDS 17, nedstämd och sover dåligt även när barnet sover. Inga suicidtankar."),
        ("Bedömning", "Trolgi postpartumdepression. Remiss till psykiatrisk öppenvård, partnern var med vid besöket."),
    ])],
    must=[("NL102", "n1")],
    why="typo 'Trolgi' still hedges postpartumdepression")

C("obs-skane-kan-rora-sig-om-sepsis", "skane", "1990-04-09", 406, [
    N("n1", "Läkaranteckning", "hbg-forl", ("Nadia Haddad", "läkare"), "2024-11-22T04:30", [
        ("Aktuellt", "Dag 2 efter akut snitt. Temp 39,4, puls 124, BT 95/55, laktat 3,1."),
        ("Bedömning", "Kan röra sig om begynnande sepsis med oklart fokus. Sepsispaket enligt PM, bakjour informerad."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'kan röra sig om' sepsis in a visible section")

C("obs-vgr-trol-graviditetshypertoni", "vgr", "1986-07-16", 302, [
    N("n1", "Läkaranteckning", "su-smvc", ("Rasmus Dahl", "läkare"), "2024-08-06T09:35", [
        ("Aktuellt", "v 30+4, BT 146/94 vid två mätningar på MVC med en veckas mellanrum. Ingen proteinuri, mår bra."),
        ("Bedömning", "Trol. graviditetshypretoni. Hemblodtryck två gånger dagligen, återbesök om en vecka."),
    ])],
    must=[("NL102", "n1")],
    why="abbreviated hedge 'Trol.' on graviditetshypertoni, itself misspelled (typo 'graviditetshypretoni')")

C("obs-skane-misstanken-om-lungemboli-avskrivs", "skane", "1993-12-03", 144, [
    N("n1", "Läkaranteckning", "malmo-forl", ("Johan Ekdahl", "läkare"), "2024-12-10T14:55", [
        ("Aktuellt", "v 34, hugg i höger sida av bröstkorgen vid djupa andetag sedan i går."),
        ("Utredning", "Lungskintigrafi utan perfusionsdefekter. D-dimer inte användbar i graviditet."),
        ("Bedömning", "Misstanken om lungemboli avskrivs. Smärtan bedöms muskuloskeletal, paracetamol vid behov."),
    ])],
    must_not=[("NL102", "n1")],
    why="the suspicion is dismissed ('avskrivs')")

C("obs-vgr-ej-forenligt-med-preeklampsi", "vgr", "1987-03-26", 526, [
    N("n1", "Läkaranteckning", "su-antenatal", ("Gustav Nordin", "läkare"), "2024-07-30T16:10", [
        ("Status", "BT 138/88 efter vila. U-alb/krea normal, TPK 245, leverprover normala."),
        ("Bedömning", "Fynden är inte förenliga med preeklampsi. Hemblodtryck i en vecka visar normala värden, skrivs ut."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'inte förenliga med' negates preeklampsi")

C("obs-skane-pmo-trolig-cystit-telefon", "skane", "1998-08-18", 322, [
    N("n1", "Telefonkontakt", "pmo-trelleborg", ("Ulrika Månsson", "barnmorska"), "2024-04-25T08:15", [
        ("Telefonkontakt", "Gravid v 20, sveda och täta trängningar sedan två dagar, ingen feber och inga ryggsmärtor. Trolig cystit. Lämnar urinodling i morgon, recept på pivmecillinam efter kontakt med distriktsläkare."),
    ], signed=None)],
    must_not=[("NL102", "n1")],
    why="PMO: hedged diagnoses are never shown, so no NL102")

C("obs-skane-susp-sfinkterruptur", "skane", "1999-06-06", 128, [
    N("n1", "Förlossningsanteckning", "ystad-forl", ("Tobias Hellström", "läkare"), "2024-03-30T06:20", [
        ("Förlossning", "Spontan vaginal förlossning efter 25 min krystning. Vid rektalpalpation defekt i analsfinktern."),
        ("Bedömning", "Susp. sfinkterruptur grad 3b. Sutureras på operation i spinalbedövning, endoanalt ultraljud vid återbesöket."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Susp.' hedges an obstetric injury diagnosis in a visible section")

C("obs-vgr-kan-inte-utesluta-korioamnionit", "vgr", "1994-01-14", 248, [
    N("n1", "Förlossningsanteckning", "sas-forl", ("Oskar Lundgren", "läkare"), "2024-05-19T13:45", [
        ("Aktuellt", "Feber 38,3 under aktivt skede, fostertakykardi 175, illaluktande fostervatten."),
        ("Bedömning", "Kan inte utesluta korioamnionit. Ampicillin och gentamicin iv, neonatolog underrättad inför förlossningen."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'kan inte utesluta' korioamnionit keeps it open as a hypothesis")

C("obs-skane-differentialdiagnoser-buksmarta", "skane", "1997-04-03", 588, [
    N("n1", "Läkaranteckning", "lund-gynakut", ("Helena Wirén", "läkare"), "2024-08-03T20:40", [
        ("Aktuellt", "v 22+1, smärta i höger fossa sedan i morse, illamående, temp 37,9."),
        ("Status", "Ömhet i höger fossa och flank, ingen défense. U-sticka leukocyter 1+."),
        ("Bedömning", "Differentialdiagnoser: appendicit, pyelonefrit, ovarialtorsion. Kirurgkonsult och ultraljud buk beställt."),
    ])],
    must=[("NL102", "n1")],
    why="a list of differentialdiagnoser is a set of hedged diagnoses")

C("obs-vgr-hereditet-mor-ev-typ-2-diabetes", "vgr", "1993-08-27", 166, [
    N("n1", "Inskrivningsanteckning", "alingsas-kk", ("Johanna Björk", "läkare"), "2024-02-13T10:35", [
        ("Hereditet", "Pat:s mor har ev. typ 2-diabetes, aldrig utredd. Far frisk."),
        ("Aktuellt", "v 9+4, andra graviditeten. BMI 27. Mår bra bortsett från illamående."),
        ("Planering", "Tidig glukosbelastning erbjuds v 12–14 pga hereditet och etnicitet."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedged diabetes belongs to the patient's mother")

# ---- part 5: newborns, long charts, several notes (61-75)

C("obs-skane-ev-remiss-fysioterapeut-bakensmarta", "skane", "1991-10-30", 266, [
    N("n1", "Läkaranteckning", "krs-smvc", ("Mohammed Saleh", "läkare"), "2024-01-31T13:05", [
        ("Aktuellt", "v 27. Ont i bäckenet och ländryggen vid gång, värre på kvällen. Inga urinvägssymtom, inga sammandragningar."),
        ("Planering", "Bäckenbälte utprovat. Ev. remiss till fysioterapeut om ingen förbättring på två veckor."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedge is on a referral; pelvic pain is a symptom")

C("obs-vgr-trolig-fostervikt-tillvaxt", "vgr", "1989-06-12", 388, [
    N("n1", "Ultraljudsanteckning", "skas-ul", ("Anneli Sjöberg", "barnmorska"), "2024-10-15T08:55", [
        ("Undersökning", "Tillväxtultraljud v 36+2. Skattad fostervikt trol. ca 3 900 g (+18 %), följer sin tidigare kurva. Fostervattenficka 6 cm, huvudbjudning."),
        ("Bedömning", "Normal tillväxt. Ingen ny kontroll behövs."),
    ])],
    must_not=[("NL102", "n1")],
    why="'trol.' hedges an estimated fetal weight, which is no diagnosis")

C("obs-skane-nyfodd-misstankt-tidig-sepsis", "skane", "2024-06-03", 452, [
    N("n1", "Inskrivningsanteckning", "lund-neo", ("Ebba Wahlgren", "läkare"), "2024-06-03T11:30", [
        ("Anamnes", "Fullgången flicka född i dag kl 04.12 efter vaginal förlossning. Mor GBS-bärare utan profylax, feber 38,5 under förlossningen."),
        ("Status", "Vid 6 timmars ålder grunting och temp 38,2. Rosig, god perifer cirkulation, kapillär återfyllnad 2 s."),
        ("Bedömning", "Misstänkt tidig neonatal sepsis. Blododling och CRP, bensylpenicillin och gentamicin iv."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="newborn patient (guardians read the journal): hedged sepsis in her own visible Melior note")

C("obs-vgr-nyfodd-ingen-misstanke-hoftledsdysplasi", "vgr", "2024-09-14", 135, [
    N("n1", "Nyföddhetsundersökning", "su-ostra-bb", ("Olof Rydén", "läkare"), "2024-09-16T09:40", [
        ("Status", "Pojke 2 dygn. Hjärta: inga blåsljud, femoralispulsar palpabla bilat. Höfter stabila bilat, ingen misstanke om höftledsdysplasi. Röda reflexer bilat, navel ua."),
        ("Bedömning", "Frisk nyfödd, klar för hemgång."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="newborn examination; the only diagnosis is negated ('ingen misstanke om')")

C("obs-vgr-nyfodd-modern-misstanks-varicella", "vgr", "2024-02-27", 317, [
    N("n1", "Läkaranteckning", "dsbus-neo", ("Signe Ekström", "läkare"), "2024-02-28T15:15", [
        ("Anamnes", "Modern misstänks ha haft vattkoppor med debut tre dagar före förlossningen, hennes prover inväntas."),
        ("Status", "Barnet opåverkat, äter bra, inga blåsor eller utslag."),
        ("Planering", "Varicella-zosterimmunglobulin ges enligt infektionskonsult. Observation på neo i minst fem dygn."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="in the newborn's record the hedged varicella is the mother's, a relative's disease")

C("obs-skane-pmo-bvc-misstankt-navelgranulom", "skane", "2024-04-19", 258, [
    N("n1", "BVC-besök", "pmo-bvc-eslov", ("Malin Torstensson", "sjuksköterska"), "2024-04-29T13:50", [
        ("Hembesök", "Tio dagars ålder. Navelstumpen har fallit av, en liten fuktig rodnad knopp i naveln. Misstänkt navelgranulom, tid hos BVC-läkare nästa vecka."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO (BVC): a hedged diagnosis of the child is never shown")

C("obs-skane-lang-forlossningsjournal-bara-negativa", "skane", "1995-03-18", 342, [
    N("n1", "Förlossningsanteckning", "lund-forl", ("Linda Carlsson", "barnmorska"), "2024-05-23T07:30", [
        ("Inkomst", "Förstföderska v 40+3, inkommer 01.40 med regelbundna sammandragningar var 4:e minut sedan kl 22. Vattenavgång kl 00.30, klart fostervatten."),
        ("Status", "BT 124/78, puls 84, temp 37,1. Livlig fosteraktivitet enligt pat. Yttre palpation: huvudbjudning, huvudet fixerat. VU: portio utplånad, öppen 4 cm, mjuk, huvudet i spinalplanet -1, kontinuerligt fostervatten."),
        ("CTG", "Baslinje 135, god variabilitet, accelerationer, inga decelerationer. Kontraktioner 3–4/10 min."),
        ("Förlopp", "Kl 03.00 önskar pat smärtlindring, ev. EDA senare om lustgasen inte räcker. Dusch och TENS med god effekt, partnern masserar ländryggen. Kl 03.40 kissat spontant 300 ml, dricker saft och äter en smörgås. Kl 04.45 öppen 7 cm, huvudet i spinalplanet, liten svulst. Temp 37,4 vid kontroll, ingen misstanke om infektion. Kl 05.20 tilltagande tryck nedåt, pat klarar sig fortfarande med lustgas och vill inte ha EDA. Kl 05.50 fullvidgad, huvudet på bäckenbotten, krystvärkar. Krystar i halvsittande med bra effekt, CTG med tidiga decelerationer i krystvärkarna och snabb återhämtning."),
        ("Förlossning", "Flicka född kl 06.24, 3 620 g, Apgar 9-10-10. Navelsträngen klipptes av partnern efter tre minuter, navelartär-pH 7,27. Placenta född komplett kl 06.35, blödning 350 ml. Bristning grad 1, sutureras i lokalbedövning, sfinktern intakt vid rektalpalpation. Hud mot hud direkt, barnet söker bröstet och suger bra efter 40 minuter."),
        ("Planering", "Överflyttning till BB efter två timmars observation. Trolig hemgång tidigt i morgon om amningen fungerar, barnläkarundersökning före hemgång."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="long labour chart whose only hedges concern a plan (ev. EDA, trolig hemgång) and a negated infection")

C("obs-vgr-lang-forlossning-trolig-atoni", "vgr", "1986-10-07", 304, [
    N("n1", "Förlossningsanteckning", "sas-forl", ("Sanna Nyström", "läkare"), "2024-09-26T23:40", [
        ("Förlossning", "Omföderska, tredje barnet. Spontan start v 39+6, värkstimulerad med oxytocin pga sekundär värksvaghet. Pojke född 21.58 i huvudbjudning, 4 280 g, Apgar 8-9-10."),
        ("Blödning", "Placenta spontant 22.10, ser hel ut. Därefter ihållande blödning, uterus mjuk och stor. Uppmätt blödning 1 800 ml kl 22.45."),
        ("Åtgärd", "Uteruskompression, oxytocininfusion, Methergin 0,2 mg im och karbetocin. Tranexamsyra 1 g iv x 2. Två perifera infarter, Ringer-acetat och två enheter erytrocyter. Bakjour och anestesi på plats."),
        ("Status", "Efter åtgärd fast uterus två fingrar under naveln, ytterligare blödning sparsam. BT 102/60, puls 108. Hb 86 efter transfusion."),
        ("Bedömning", "Trolig atoni, DD kvarvarande placentarester. Manuell exploration av kaviteten utan fynd av rester."),
        ("Planering", "Övervakning på förlossningen till i morgon bitti, timdiures via KAD. Nytt Hb kl 06. Tromboprofylax från i morgon."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="long postpartum haemorrhage chart with 'trolig atoni, DD placentarester' in the visible Bedömning")

C("obs-skane-tidiga-hypoteser-sedan-synlig-anteckning", "skane", "1988-05-15", 186, [
    N("n1", "Tidiga hypoteser", "lund-smvc", ("Helena Wirén", "läkare"), "2024-01-16T10:30", [
        ("Bedömning", "PEth 0,45 µmol/l vid inskrivningen, AUDIT 18 men pat förnekar högkonsumtion. Misstänkt alkoholberoende, ska diskuteras med pat innan det dokumenteras synligt."),
    ]),
    N("n2", "Läkaranteckning", "lund-smvc", ("Helena Wirén", "läkare"), "2024-01-24T10:45", [
        ("Aktuellt", "Samtal om alkohol. Pat berättar nu om dagligt vindrickande före graviditeten, har minskat men inte slutat. PEth 0,52."),
        ("Bedömning", "Misstänkt alkoholberoende. Remiss till mödra-barnhälsovårdens beroendeteam, pat samtycker."),
    ])],
    must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="the hypothesis is protected in the Tidiga hypoteser note but is later written hedged in an ordinary visible note")

C("obs-vgr-misstankt-sedan-faststalld-preeklampsi", "vgr", "1992-07-23", 182, [
    N("n1", "Inläggningsanteckning", "su-antenatal", ("Gustav Nordin", "läkare"), "2024-03-03T18:20", [
        ("Bedömning", "BT 156/104, proteinuri 2+, lätt huvudvärk v 35+1. Misstänkt preeklampsi, labetalol insatt."),
    ], setting="slutenvård"),
    N("n2", "Läkaranteckning", "su-antenatal", ("Lisa Granqvist", "läkare"), "2024-03-04T10:10", [
        ("Bedömning", "U-protein 0,9 g/dygn och fortsatt förhöjt BT: preeklampsi, diagnosen fastställd. Pat informerad, igångsättning v 37+0."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")], must_not=[("NL102", "n2")],
    why="the admission note hedges preeklampsi; the next note states it as settled")

C("obs-skane-pmo-sannolik-jarnbristanemi", "skane", "2001-01-22", 184, [
    N("n1", "Barnmorskebesök", "pmo-simrishamn", ("Åsa Lundberg", "barnmorska"), "2024-07-04T14:20", [
        ("Aktuellt", "v 28+0, trött och andfådd i trappor. Hb 98, ferritin 8. Sannolik järnbristanemi, börjar med järntabletter varannan dag och nytt Hb om fyra veckor."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: the hedged anaemia is never shown as a diagnosis")

C("obs-skane-typo-ingen-missanke-om-ablatio", "skane", "1990-09-01", 142, [
    N("n1", "Läkaranteckning", "hbg-forl", ("Anders Wikström", "läkare"), "2024-10-29T12:25", [
        ("Aktuellt", "v 30+3, sparsam ljusröd blödning efter toalettbesök, inga smärtor. Fosterrörelser som vanligt."),
        ("Status", "Mjuk, oöm uterus. Spekulum: lättblödande ektropion på portio. CTG normalt."),
        ("Bedömning", "Ingen missanke om ablatio; blödningen kommer från ektropion. Går hem."),
    ])],
    must_not=[("NL102", "n1")],
    why="typo in the negation 'Ingen missanke om' still rules ablatio out")

C("obs-vgr-sannolkit-gestationell-trombocytopeni-typo", "vgr", "1994-04-20", 542, [
    N("n1", "Läkaranteckning", "su-antenatal", ("Lisa Granqvist", "läkare"), "2024-11-07T11:00", [
        ("Lab", "TPK 92 v 37, övriga PE-prover normala och normalt BT."),
        ("Bedömning", "Sannolkit gestationell trombocytopeni. Nytt TPK före förlossning, anestesi informerad inför ev. EDA."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Sannolkit' still hedges the thrombocytopenia diagnosis")

C("obs-vgr-inga-tecken-pa-tillvaxthamning", "vgr", "1998-02-09", 226, [
    N("n1", "Ultraljudsanteckning", "su-fmc", ("Jakob Engström", "läkare"), "2024-04-16T14:05", [
        ("Undersökning", "v 32+2, skattad vikt -18 %, samma kurva som vid förra mätningen. Flöde i navelsträng och arteria cerebri media normalt."),
        ("Bedömning", "Inga tecken på tillväxthämning. Bedöms som ett konstitutionellt litet foster, avslutas här."),
    ])],
    must_not=[("NL102", "n1")],
    why="tillväxthämning only under 'inga tecken på'")

C("obs-skane-susp-uterusruptur-vbac", "skane", "1985-11-11", 326, [
    N("n1", "Förlossningsanteckning", "krs-forl", ("Karin Olofsson", "läkare"), "2024-12-14T03:15", [
        ("Förlopp", "Vaginal förlossning efter tidigare kejsarsnitt, öppen 8 cm. Plötslig konstant smärta mellan värkarna och fosterbradykardi 70 i fyra minuter."),
        ("Bedömning", "Susp. uterusruptur. Larm, akut kejsarsnitt kategori 1."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Susp.' uterusruptur in a visible section")

# ---- part 6: sökord variety, drafts, staff roles (76-90)

C("obs-vgr-telefon-systern-mojligen-hellp", "vgr", "1996-12-06", 186, [
    N("n1", "Telefonanteckning", "nal-smvc", ("Jenny Holmgren", "barnmorska"), "2024-01-09T10:40", [
        ("Telefonkontakt", "Pat ringer och är orolig eftersom systern möjligen hade HELLP vid sin förlossning i Polen förra året. Pat själv har haft normala blodtryck hela graviditeten, nu v 31. Lugnad, tar upp det vid läkarbesöket på måndag."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedged HELLP is the sister's, a relative's disease")

C("obs-skane-diagnos-sokord-kolestas-fragetecken", "skane", "1993-02-25", 362, [
    N("n1", "Läkaranteckning", "malmo-smvc", ("Sofia Berglund", "läkare"), "2024-09-19T15:15", [
        ("Diagnos", "Graviditetsklåda. Kolestas?"),
        ("Aktuellt", "v 32, klåda över hela kroppen sedan två veckor, gallsyror tagna i dag."),
    ])],
    must=[("NL102", "n1")],
    why="'Kolestas?' under the sökord Diagnos is a hedged diagnosis shown to the patient")

C("obs-vgr-atgard-ev-blodtransfusion", "vgr", "1997-05-31", 508, [
    N("n1", "Läkaranteckning", "sas-bb", ("Sanna Nyström", "läkare"), "2024-09-27T09:25", [
        ("Aktuellt", "Dag 1 efter blödning 1,8 liter. Trött men cirkulatoriskt stabil, puls 94."),
        ("Åtgärd", "Hb 78 i morse. Järninfusion 1 000 mg i dag, ev. blodtransfusion om Hb sjunker under 70 eller om hon får symtom."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'ev.' hedges a transfusion plan; no diagnosis is hedged")

C("obs-skane-sate-ev-kejsarsnitt", "skane", "1991-04-17", 528, [
    N("n1", "Läkaranteckning", "hbg-forl", ("Nadia Haddad", "läkare"), "2024-02-15T11:40", [
        ("Status", "v 36+2, ultraljud bekräftar komplett sätesbjudning, normalt fostervatten."),
        ("Planering", "Yttre vändning erbjuds v 37, pat positiv. Eventuellt kejsarsnitt v 39 om vändningen misslyckas, pat vill i så fall inte föda vaginalt i säte."),
    ], signed=None)],
    must_not=[("NL102", "n1")],
    why="sätesbjudning is confirmed; 'eventuellt' hedges an operation, a plan")

C("obs-vgr-misstankt-djup-ventrombos", "vgr", "1989-09-29", 286, [
    N("n1", "Läkaranteckning", "alingsas-kk", ("Rasmus Dahl", "läkare"), "2024-11-26T16:50", [
        ("Aktuellt", "v 24, svullet och ömt vänster underben sedan tre dagar."),
        ("Status", "Vänster vad 3 cm större i omfång än höger, ömhet längs vena poplitea."),
        ("Bedömning", "Misstänkt DVT vänster ben. Dalteparin i behandlingsdos i väntan på kompressionsultraljud i morgon."),
    ])],
    must=[("NL102", "n1")],
    why="'Misstänkt DVT' in the visible Bedömning")

C("obs-skane-dvt-nej-kompressionsultraljud", "skane", "1994-10-06", 344, [
    N("n1", "Läkaranteckning", "lund-gynakut", ("Viktor Malmberg", "läkare"), "2024-06-20T18:30", [
        ("Utredning", "Kompressionsultraljud av vänster ben från ljumske till knäveck: ingen DVT."),
        ("Bedömning", "Svullnaden bedöms som graviditetsödem, stödstrumpor rekommenderas."),
    ])],
    must_not=[("NL102", "n1")],
    why="DVT is ruled out by the examination ('ingen DVT')")

C("obs-vgr-eventuellt-tillvaxtultraljud-sf", "vgr", "1999-03-12", 424, [
    N("n1", "Besöksanteckning", "angered-mvc", ("Nora Sandström", "läkare"), "2024-05-02T13:15", [
        ("Status", "v 33. SF-måttet har planat ut något sedan förra besöket men ligger kvar inom normalkurvan."),
        ("Planering", "Eventuellt tillväxtultraljud om nästa SF-mätning också ligger lågt."),
    ])],
    must_not=[("NL102", "n1")],
    why="'eventuellt' hedges an examination; the SF finding is no diagnosis")

C("obs-skane-lang-bb-trolig-anemi", "skane", "1992-12-19", 302, [
    N("n1", "Läkaranteckning", "lund-bb", ("Anders Wikström", "läkare"), "2024-08-08T13:25", [
        ("Aktuellt", "Dag 2 efter instrumentell förlossning med sugklocka pga långdraget utdrivningsskede. Blödning 900 ml enligt förlossningsjournalen. Pat känner sig trött och yr vid uppstigning, ammar men tycker att mjölken inte kommit igång."),
        ("Status", "AT: blek, opåverkad i vila. BT 106/66, puls 98. Uterus fast i navelhöjd. Lochia måttliga. Episiotomi utan hematom eller infektionstecken. Vader mjuka, inga ödem."),
        ("Lab", "Hb 92 i går, ej taget i dag. Ferritin beställt."),
        ("Bedömning", "Trol. anemi efter blödning, kontroll av Hb i morgon bitti innan beslut om järninfusion. Yrseln bedöms bero på blodförlusten."),
        ("Planering", "Uppmuntra vätska och vila. Amningsstöd av barnmorska, hjälp att handmjölka. Tromboprofylax enligt PM. Hemgång tidigast i morgon eftermiddag."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="long BB chart with 'Trol. anemi' in the visible Bedömning")

C("obs-vgr-lang-rutinultraljud-normalt", "vgr", "1993-06-08", 286, [
    N("n1", "Ultraljudsanteckning", "skas-ul", ("Anneli Sjöberg", "barnmorska"), "2024-03-26T09:15", [
        ("Indikation", "Rutinultraljud i andra trimestern, erbjudet alla gravida."),
        ("Undersökning", "Ett levande foster med hjärtfrekvens 148. BPD 45 mm, HC 168 mm, AC 146 mm, FL 31 mm, motsvarar v 19+4 och stämmer med KUB-datering. Huvud: normala sidoventriklar, cerebellum och cisterna magna. Ansikte: läppar utan defekt. Ryggrad intakt i längs- och tvärsnitt."),
        ("Hjärta", "Fyrkammarbild och utflödeskanaler normala, ingen misstanke om hjärtfel."),
        ("Buk och extremiteter", "Mage och två njurar på plats, urinblåsan fylld. Tre kärl i navelsträngen. Fyra extremiteter med normala längder."),
        ("Placenta och fostervatten", "Placenta i framväggen, nedre kanten 15 mm från inre modermunnen. Normal mängd fostervatten."),
        ("Planering", "Ny kontroll v 32 av placentaläget, eventuellt vaginalt ultraljud då. Pat ville veta kön: troligen pojke, med reservation."),
    ])],
    must_not=[("NL102", "n1")],
    why="long normal scan; hedges only on sex and on a follow-up plan, heart defect negated")

C("obs-skane-aurora-forenligt-med-ptsd", "skane", "1990-01-26", 466, [
    N("n1", "Psykologanteckning", "malmo-aurora", ("Klara Hedman", "psykolog"), "2024-02-29T14:00", [
        ("Anamnes", "Traumatisk förlossning 2021 med akut snitt i generell anestesi. Nu gravid igen v 20."),
        ("Aktuellt", "Mardrömmar, undvikande av sjukhusmiljö, påträngande minnesbilder från operationssalen."),
        ("Bedömning", "Bilden är förenlig med posttraumatiskt stressyndrom; strukturerad bedömning med PCL-5 görs nästa gång."),
    ])],
    must=[("NL102", "n1")],
    why="'förenlig med' PTSD, still to be confirmed, in a psychologist's visible note")

C("obs-vgr-dietist-kand-gdm-ev-telefon", "vgr", "1985-08-20", 148, [
    N("n1", "Dietistanteckning", "nal-smvc", ("Ida Lindgren", "dietist"), "2024-07-11T10:30", [
        ("Aktuellt", "Känd graviditetsdiabetes sedan v 27, kostbehandlad. Blodsockervärden efter middag ofta över 8."),
        ("Åtgärd", "Genomgång av tallriksmodellen, mindre portioner ris och bröd till middag, promenad efter maten."),
        ("Planering", "Ev. uppföljning per telefon om två veckor."),
    ])],
    must_not=[("NL102", "n1")],
    why="a known, confirmed GDM; the only hedge is on a follow-up call")

C("obs-skane-ssk-ev-kad-residualurin", "skane", "2002-05-13", 204, [
    N("n1", "Omvårdnadsanteckning", "ystad-forl", ("Moa Bengtsson", "undersköterska"), "2024-04-14T20:05", [
        ("Elimination", "Har inte kissat på sex timmar efter förlossningen. Bladderscan 520 ml, tappas på 560 ml. Ev. KAD om hon har residualurin även vid nästa kontroll."),
    ], setting="slutenvård")],
    must_not=[("NL102", "n1")],
    why="'Ev. KAD' hedges a procedure; no diagnosis is hedged")

C("obs-vgr-utkast-misstankt-tvillingtransfusion", "vgr", "1991-03-04", 346, [
    N("n1", "Ultraljudsanteckning", "su-fmc", ("Katarina Lindahl", "läkare"), "2024-08-20T15:40", [
        ("Undersökning", "Monokoriot diamniot tvillinggraviditet v 18+3. Polyhydramnios hos tvilling A med djupaste ficka 9 cm, ingen synlig urinblåsa hos tvilling B."),
        ("Bedömning", "Misstänkt tvilling-tvillingtransfusionssyndrom stadium II. Diskuteras med Stockholm inför ev. laserbehandling."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="unsigned draft (pre-signing): a suspected TTTS, a pregnancy complication coded on the mother, in a visible section")

C("obs-skane-utkast-inga-tecken-pa-preeklampsi", "skane", "1997-09-15", 126, [
    N("n1", "Läkaranteckning", "malmo-ante", ("Johan Ekdahl", "läkare"), "2024-05-25T16:45", [
        ("Aktuellt", "v 37, svullna fötter och händer sedan en vecka, vill ha kontroll."),
        ("Bedömning", "BT 122/76, inga tecken på preeklampsi i proverna. Ödemen bedöms fysiologiska."),
    ], signed=None)],
    must_not=[("NL102", "n1")],
    why="unsigned draft; preeklampsi only under 'inga tecken på'")

C("obs-vgr-nl101-mola-besked-ej-lamnat", "vgr", "1994-07-02", 322, [
    N("n1", "Läkaranteckning", "su-gynakut", ("Amir Karimi", "läkare"), "2024-02-05T12:15", [
        ("Provsvar", "PAD efter vakuumexeres: komplett mola hydatidosa."),
        ("Planering", "Besked ej lämnat till pat ännu, gynonkolog ringer henne i eftermiddag. Därefter hCG-kontroller varje vecka."),
    ])],
    must=[("NL101", "n1")],
    why="molar pregnancy diagnosis is visible while 'besked ej lämnat' to the patient")

# ---- part 7: NL101 continued, PMO, more hedges (91-105)

C("obs-skane-nl101-misstankt-brostcancer-ej-informerad", "skane", "1983-05-09", 206, [
    N("n1", "Läkaranteckning", "malmo-smvc", ("Ali Rahimi", "läkare"), "2024-04-04T15:35", [
        ("Utredning", "Knöl 2 cm i vänster bröst upptäckt v 22. Mammografi och ultraljud: BI-RADS 5, misstänkt malignitet, mellannålsbiopsi tagen."),
        ("Information", "Pat är ännu inte informerad om misstanken, bröstkirurg tar samtalet på måndag när PAD finns."),
    ])],
    must=[("NL101", "n1"), ("NL102", "n1")],
    why="a hedged cancer diagnosis stands visibly and the patient has not been told of it")

C("obs-vgr-nl101-tuberkulos-tolk-saknades", "vgr", "1998-11-03", 168, [
    N("n1", "Läkaranteckning", "su-smvc", ("Elin Fransson", "läkare"), "2024-10-24T16:40", [
        ("Utredning", "Lungröntgen med infiltrat i höger ovanlob. Sputum-PCR positiv för Mycobacterium tuberculosis."),
        ("Bedömning", "Lungtuberkulos under graviditet v 26."),
        ("Planering", "Pat ännu ej infromerad eftersom tolk på dari inte gick att få i dag. Smittskydd kontaktat."),
    ])],
    must=[("NL101", "n1")],
    why="confirmed tuberculosis is visible while the patient is not yet informed (typo 'infromerad')")

C("obs-vgr-nl101-gbs-meddelat-per-telefon", "vgr", "1995-12-28", 406, [
    N("n1", "Telefonanteckning", "sas-forl", ("Hedvig Olsson", "barnmorska"), "2024-06-25T09:50", [
        ("Telefonkontakt", "Ringt pat och meddelat att vaginalodlingen visar grupp B-streptokocker. Informerad om antibiotikaprofylax under förlossningen, noterat i förlossningsplanen."),
    ])],
    must_not=[("NL101", "n1")],
    why="the finding was told to the patient in this call")

C("obs-skane-nl101-tid-for-eftersamtal-ej-meddelad", "skane", "1999-02-11", 284, [
    N("n1", "Läkaranteckning", "hbg-bb", ("Nadia Haddad", "läkare"), "2024-05-31T11:05", [
        ("Diagnos", "Sfinkterruptur grad 3a, primärsuturerad."),
        ("Planering", "Återbesök på bäckenbottenmottagningen om tre månader. Pat har ännu inte fått tid för eftersamtalet, kallelse skickas."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="what the patient has not received is an appointment, not a diagnosis")

C("obs-vgr-nl101-fick-besked-av-jourlakare", "vgr", "1992-10-10", 248, [
    N("n1", "Läkaranteckning", "su-antenatal", ("Lisa Granqvist", "läkare"), "2024-12-05T10:20", [
        ("Aktuellt", "Graviditetskolestas med gallsyror 46. Pat fick beskedet av jourläkaren i går och har börjat med ursodeoxicholsyra."),
        ("Planering", "Igångsättning v 38+0, gallsyror två gånger i veckan fram till dess."),
    ], setting="slutenvård")],
    must_not=[("NL101", "n1")],
    why="the patient was told by the on-call doctor the day before")

C("obs-skane-nl101-utkast-borderlinetumor", "skane", "1987-07-27", 426, [
    N("n1", "Läkaranteckning", "lund-smvc", ("Helena Wirén", "läkare"), "2024-11-15T14:10", [
        ("Provsvar", "PAD efter laparoskopisk cystektomi v 16: serös borderlinetumör i höger ovarium."),
        ("Bedömning", "Pat har inte informerats, besked vid återbesöket om en vecka tillsammans med gynonkolog."),
    ], signed=None)],
    must=[("NL101", "n1")],
    why="unsigned draft: a diagnosis is visible while the patient has not been informed")

C("obs-skane-nl101-klumpfot-i-mall-tidiga-hypoteser", "skane", "1996-01-05", 208, [
    N("n1", "Ultraljudsutlåtande", "malmo-ul", ("Emma Svensson", "barnmorska"), "2024-03-07T10:50", [
        ("Undersökning", "Kompletterande ultraljud v 20+2 efter svårbedömd extremitetsgranskning. Bildkvaliteten begränsad av bukväggen."),
        ("Information", "Pat har fått veta att vi vill göra om undersökningen om två veckor med bättre bildläge."),
    ]),
    N("n2", "Tidiga hypoteser", "malmo-ul", ("Fredrik Nilsson", "läkare"), "2024-03-07T11:40", [
        ("Bedömning", "Bilateral klumpfot hos fostret. Pat inte informerad ännu, tas när fostermedicinare kan vara med."),
    ])],
    must_not=[("NL101", "n1"), ("NL101", "n2")],
    why="Skåne: the untold finding is kept only in the Tidiga hypoteser template; the visible note holds no diagnosis")

C("obs-vgr-nl101-placenta-pad-utan-anmarkning-ej-meddelad", "vgr", "1990-06-29", 444, [
    N("n1", "Läkaranteckning", "nal-forl", ("Mikaela Berg", "läkare"), "2024-07-23T13:00", [
        ("Provsvar", "PAD placenta: inga tecken på infektion eller infarkter, åldersadekvat mognad."),
        ("Information", "Pat ej informerad om svaret än, skickas brev."),
    ])],
    must_not=[("NL101", "n1")],
    why="the untold result is normal and rules infection out")

C("obs-vgr-nl101-mrsa-har-ej-fatt-information", "vgr", "2000-08-24", 226, [
    N("n1", "Läkaranteckning", "sas-bb", ("Oskar Lundgren", "läkare"), "2024-03-15T15:55", [
        ("Provsvar", "Screeningodling från näsa och perineum: MRSA-bärarskap."),
        ("Åtgärd", "Patienten har ej fått information om odlingssvaret ännu. Vårdhygien kontaktad, enkelrum med eget hygienutrymme."),
    ], setting="slutenvård")],
    must=[("NL101", "n1")],
    why="MRSA carriage stands visibly while the patient has not been told")

C("obs-skane-nl101-anti-k-informerad-i-senare-telefonsamtal", "skane", "1988-10-18", 384, [
    N("n1", "Läkaranteckning", "lund-smvc", ("Johanna Lind", "läkare"), "2024-09-03T12:30", [
        ("Lab", "Irreguljära antikroppar: anti-K, titer 32."),
        ("Bedömning", "Blodgruppsimmunisering med anti-K. Pat ej informerad ännu, ringer henne i morgon när partnerns blodgrupp är klar."),
    ]),
    N("n2", "Telefonanteckning", "lund-smvc", ("Johanna Lind", "läkare"), "2024-09-04T09:10", [
        ("Telefonkontakt", "Har informerat pat om immuniseringen. Hon remitteras till fostermedicin för dopplerkontroller av fostrets blodflöde."),
    ])],
    must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="the first note withholds the diagnosis; the telephone note the day after tells her")

C("obs-skane-pmo-misstankt-havandeskapsforgiftning", "skane", "1994-09-08", 366, [
    N("n1", "Barnmorskebesök", "pmo-drottninghog", ("Leila Amini", "barnmorska"), "2024-10-01T11:25", [
        ("Aktuellt", "v 35+4. BT 150/100 och 148/98, protein 1+ i urinen, huvudvärk."),
        ("Åtgärd", "Misstänkt havandeskapsförgiftning, skickas direkt till förlossningen i Helsingborg för bedömning. Förlossningen meddelad per telefon."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: a hedged preeclampsia in a barnmorskemottagning note is never shown")

C("obs-skane-pmo-dd-hyperemesis-vardcentral", "skane", "2004-03-16", 448, [
    N("n1", "Läkarbesök", "pmo-vc-hoor", ("Gunnar Alm", "läkare"), "2024-01-18T10:15", [
        ("Bedömning", "Gravid v 7, kräkningar i en vecka. DD hyperemesis, DD gastroenterit. Ketoner 1+, dricker. Postafen, åter om hon inte får behålla vätska."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO (vårdcentral): a hedged differential diagnosis is not NL102")

C("obs-skane-pmo-trolig-postpartumdepression-efterkontroll", "skane", "1993-05-27", 124, [
    N("n1", "Efterkontroll", "pmo-rosengard", ("Yasmin Obeid", "barnmorska"), "2024-08-29T13:35", [
        ("Efterkontroll", "Tio veckor post partum. EPDS 14, känner sig ledsen och otillräcklig. Trolig postpartumdepression, remiss till vårdcentralens psykolog och tid hos distriktsläkare."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: the hedged depression is not shown as a diagnosis")

C("obs-vgr-dd-ablatio-dd-prematura-varkar", "vgr", "1990-11-30", 224, [
    N("n1", "Läkaranteckning", "skas-bb", ("Therese Wallin", "läkare"), "2024-04-27T01:35", [
        ("Aktuellt", "v 32+5, smärtor i magen varannan minut och lätt mörk blödning sedan en timme."),
        ("Status", "Uterus irritabel. Portio 2 cm, sluten. CTG: tät kontraktionsaktivitet, fosterljud normala."),
        ("Bedömning", "DD ablatio, DD prematura värkar. Betametason, tokolys med atosiban, kontakt med neo."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="two differential diagnoses marked DD in the visible Bedömning")

C("obs-vgr-misstankt-cervixinsufficiens", "vgr", "1996-02-22", 368, [
    N("n1", "Ultraljudsanteckning", "su-smvc", ("Rasmus Dahl", "läkare"), "2024-06-13T09:00", [
        ("Undersökning", "VUL v 21+2: cervixlängd 14 mm med trattbildning, inga sammandragningar."),
        ("Bedömning", "Misstänkt cervixinsufficiens. Cerklage diskuteras med bakjour, vaginalt progesteron startas."),
    ], signed=None)],
    must=[("NL102", "n1")],
    why="'Misstänkt' cervixinsufficiens in a visible Bedömning")

# ---- part 8: last hedges, typos, PMO (106-115)

C("obs-skane-talar-for-pagaende-missfall", "skane", "1995-08-04", 522, [
    N("n1", "Läkaranteckning", "lund-gynakut", ("Viktor Malmberg", "läkare"), "2024-02-18T19:20", [
        ("Anamnes", "Gravid v 10 enligt SM, kraftig blödning med koagel sedan två timmar och molande smärtor i nedre delen av buken."),
        ("Status", "Spekulum: koagel i vagina, cervix öppen och vävnad i cervikalkanalen. Puls 88, BT 118/72."),
        ("Bedömning", "Talar för pågående missfall. Vävnaden avlägsnas med tång, misoprostol ges."),
    ])],
    must=[("NL102", "n1")],
    why="'talar för' pågående missfall in a visible Bedömning")

C("obs-vgr-trol-pep-typo-graviditetsdermatos", "vgr", "1991-09-06", 264, [
    N("n1", "Läkaranteckning", "nal-smvc", ("Jenny Holmgren", "läkare"), "2024-10-10T14:30", [
        ("Aktuellt", "Förstföderska v 36+1, kliande utslag som började i bristningarna på magen och spritt sig till låren. Naveln fri."),
        ("Bedömning", "Trol. polymorf graviditetsdermatso. Gallsyror tas för att inte missa kolestas, betametasonkräm."),
    ])],
    must=[("NL102", "n1")],
    why="'Trol.' hedges polymorf graviditetsdermatos, with a typo in the diagnosis word")

C("obs-skane-troligen-latensfas-hem", "skane", "2000-12-20", 404, [
    N("n1", "Telefonrådgivning", "krs-forl", ("Jessica Ljung", "barnmorska"), "2024-07-19T23:05", [
        ("Telefonkontakt", "v 40+1, sammandragningar var 6–8 minut sedan kvällen, inte smärtsamma. Ingen vattenavgång, rör sig som vanligt. Troligen i latensfas, rekommenderas dusch och vila hemma och att ringa igen vid tätare värkar."),
    ])],
    must_not=[("NL102", "n1")],
    why="the hedge is on a normal phase of labour, which is no disease")

C("obs-skane-misstant-preeklampsi-typo", "skane", "1989-02-03", 308, [
    N("n1", "Läkaranteckning", "krs-forl", ("Jessica Ljung", "läkare"), "2024-03-22T12:40", [
        ("Aktuellt", "v 38+3, remitterad från MVC med BT 146/96 och ödem i ansiktet."),
        ("Bedömning", "Misstänt preeklampsi. PE-prover och dygnsurin, ställningstagande till igångsättning när svaren finns."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Misstänt' still hedges preeklampsi")

C("obs-vgr-diffrentialdiagnos-lungemboli-typo", "vgr", "1987-12-01", 146, [
    N("n1", "Läkaranteckning", "nal-bb", ("Daniel Forsberg", "läkare"), "2024-01-04T07:55", [
        ("Aktuellt", "Dag 1 efter sectio, plötslig andfåddhet och hugg i bröstet vid inandning. Saturation 93 %, puls 118."),
        ("Bedömning", "Diffrentialdiagnos lungemboli, även pneumoni möjlig. DT lungartärer akut, dalteparin i väntan på svar."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="typo 'Diffrentialdiagnos' still marks lungemboli as a differential")

C("obs-skane-nl101-toxoplasmos-typo-informerd", "skane", "1992-04-14", 384, [
    N("n1", "Läkaranteckning", "lund-fmc", ("Henrik Jovanovic", "läkare"), "2024-05-21T15:05", [
        ("Lab", "Toxoplasma IgM och IgG positiva med låg aviditet, serokonvertering sedan inskrivningsprovet."),
        ("Bedömning", "Primär toxoplasmainfektion under graviditeten. Pat ännu inte informerd, kallas till besök på torsdag för besked och planering av fostervattenprov."),
    ])],
    must=[("NL101", "n1")],
    why="typo 'informerd': a diagnosis is visible and the patient is not yet informed")

C("obs-vgr-nl101-triploidi-missfall-ej-informerad", "vgr", "1986-03-31", 542, [
    N("n1", "Läkaranteckning", "su-gynakut", ("Amir Karimi", "läkare"), "2024-09-09T11:45", [
        ("Provsvar", "Kromosomanalys av vävnad från missfallet v 12: triploidi, 69,XXY."),
        ("Planering", "Pat är inte informerad om analyssvaret, får det vid det planerade telefonsamtalet med gynekolog nästa vecka."),
    ])],
    must=[("NL101", "n1")],
    why="a chromosomal diagnosis is visible while the patient has not been told")

C("obs-vgr-misstankt-navelstrangsframfall", "vgr", "1993-01-17", 306, [
    N("n1", "Förlossningsanteckning", "su-ostra-forl", ("Hedda Sjögren", "barnmorska"), "2024-11-18T14:25", [
        ("Förlopp", "Spontan vattenavgång kl 14.10 i v 38+4, därefter djupa decelerationer till 80."),
        ("Bedömning", "Misstänkt navelsträngsframfall vid VU. Larm, pat i knä-armbågsläge, huvudet hålls upp tills akut snitt."),
    ], setting="slutenvård")],
    must=[("NL102", "n1")],
    why="'Misstänkt' navelsträngsframfall, an obstetric emergency diagnosis, in a visible section")

C("obs-skane-placentarester-kan-ej-utelsutas-typo", "skane", "1996-07-09", 162, [
    N("n1", "Läkaranteckning", "hbg-bb", ("Fredrik Nilsson", "läkare"), "2024-06-07T10:35", [
        ("Aktuellt", "Tolv dagar post partum, ökande ljusröd blödning sedan i går, inga smärtor, afebril."),
        ("Status", "Uterus något stor för tiden. VUL: inhomogent eko 2 cm i kaviteten med flöde."),
        ("Bedömning", "Placentarester kan ej utelsutas. Misoprostol och nytt ultraljud om en vecka."),
    ])],
    must=[("NL102", "n1")],
    why="typo in the hedge 'kan ej utelsutas' still leaves retained placenta open")

C("obs-skane-pmo-ev-graviditetskolestas-klada", "skane", "1990-10-25", 526, [
    N("n1", "Barnmorskebesök", "pmo-linero", ("Ingrid Nyberg", "barnmorska"), "2024-11-05T09:10", [
        ("Aktuellt", "v 33+6, klåda i händer och fötter nattetid. Ev. graviditetskolestas, gallsyror och leverprover tagna, läkare på specialistmödravården kontaktad."),
    ])],
    must_not=[("NL102", "n1")],
    why="PMO: the hedged cholestasis is never shown")

# ---------------------------------------------------------------- validation

CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def luhn_ok(pn):
    digits = pn[2:8] + pn[9:]
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if part:
            yield part


def validate(cases):
    errors = []
    names = set()
    seen_sentences = {}
    unit_by_name = {u[0]: u for u in UNITS.values()}
    for c in cases:
        name = c.get("case")
        where = name or "?"
        if list(c.keys()) != CASE_KEYS:
            errors.append("%s: case keys %s" % (where, list(c.keys())))
        if not name or not name.startswith("obs-"):
            errors.append("%s: name must start with obs-" % where)
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            errors.append("%s: bad ruleset %r" % (where, rs))
        if not c["why"].strip():
            errors.append("%s: empty why" % where)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, list(rec.keys())))
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errors.append("%s: %s must be empty" % (where, k))
        pat = rec["patient"]
        pn, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pn) or not luhn_ok(pn):
            errors.append("%s: personnummer %s not Luhn-valid" % (where, pn))
        if pn[:8] != birth.replace("-", ""):
            errors.append("%s: personnummer %s does not match birth_date %s" % (where, pn, birth))
        as_of = datetime.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        age = age_at(birth, as_of)
        if age < 0 or 13 <= age <= 15:
            errors.append("%s: patient age %d not allowed" % (where, age))
        ids = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (where, list(n.keys())))
            if n["id"] in ids:
                errors.append("%s: duplicate note id %s" % (where, n["id"]))
            ids[n["id"]] = n
            t = datetime.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                errors.append("%s/%s: time not in 2024" % (where, n["id"]))
            if t > as_of:
                errors.append("%s/%s: note after as_of" % (where, n["id"]))
            if age_at(birth, t) < 0:
                errors.append("%s/%s: note before birth" % (where, n["id"]))
            if n["signed"] is not None:
                s = datetime.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t or s > as_of:
                    errors.append("%s/%s: bad signed time" % (where, n["id"]))
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s/%s: bad system" % (where, n["id"]))
            if rs == "vgr" and n["system"] != "Melior":
                errors.append("%s/%s: VGR notes must be Melior" % (where, n["id"]))
            unit = unit_by_name.get(n["unit"]["name"])
            if unit is None or unit[1] != n["unit"]["hsa_id"] or unit[2] != rs:
                errors.append("%s/%s: unit does not belong to ruleset" % (where, n["id"]))
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s/%s: bad setting" % (where, n["id"]))
            if not n["author"]["name"] or not n["author"]["role"] or not n["template"]:
                errors.append("%s/%s: missing author or template" % (where, n["id"]))
            if not n["sections"]:
                errors.append("%s/%s: no sections" % (where, n["id"]))
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errors.append("%s/%s: bad section" % (where, n["id"]))
                    continue
                for sent in sentences(sec["text"]):
                    if len(sent) >= 25:
                        if sent in seen_sentences:
                            errors.append("%s: sentence also in %s: %r" % (where, seen_sentences[sent], sent))
                        else:
                            seen_sentences[sent] = where
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
        pairs_must = {tuple(x) for x in c["must"]}
        pairs_not = {tuple(x) for x in c["must_not"]}
        if pairs_must & pairs_not:
            errors.append("%s: same assertion in must and must_not" % where)
        if len(pairs_must) != len(c["must"]) or len(pairs_not) != len(c["must_not"]):
            errors.append("%s: duplicate assertion" % where)
        for code, target in list(pairs_must) + list(pairs_not):
            if code not in CODES:
                errors.append("%s: code %s not covered by this set" % (where, code))
            note = ids.get(target)
            if note is None:
                errors.append("%s: target %s does not exist" % (where, target))
                continue
            if code == "NL102" and (code, target) in pairs_must and note["system"] != "Melior":
                errors.append("%s: NL102 must only on Melior" % where)
            if code == "NL102" and note["system"] != "Melior" and (code, target) in pairs_not:
                pass  # PMO hedges are must_not NL102 by convention
            if code == "NL101" and note["system"] == "PMO":
                errors.append("%s: NL101 asserted on a PMO note" % where)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
