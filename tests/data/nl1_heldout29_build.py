#!/usr/bin/env python3
"""Held-out NL1 cases (set 29): several diagnoses in one sentence.

Theme: which diagnosis a hedge or a negation belongs to. Only NL101 and NL102 are
asserted. Written from the seeds and DESIGN.md only. Standard library only,
deterministic: `python3 nl1_heldout29_build.py` writes nl1_heldout29_cases.jsonl next
to this file and exits 1 on any validation problem.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_heldout29_cases.jsonl")

UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2231"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4120"),
    "s_med_hbg": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-3340"),
    "s_ort_ksd": ("Ortopedmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5512"),
    "s_hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-6603"),
    "s_kir_ystad": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-7745"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7620"),
    "s_barn_hlm": ("Barn- och ungdomsmedicinska mottagningen, Hässleholms sjukhus", "SE2321000255-8831"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9012"),
    "s_med_lsk": ("Medicinavdelning 3, Landskrona lasarett", "SE2321000255-3417"),
    "s_minne_tbg": ("Minnesmottagningen, Trelleborgs lasarett", "SE2321000255-6158"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2874"),
    "s_kvinno_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-3592"),
    "s_psyk_lund": ("Allmänpsykiatriska mottagningen, Lund", "SE2321000255-4463"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-2690"),
    # Skåne, PMO (primary care)
    "p_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-1104"),
    "p_vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-1287"),
    "p_bvc_eslov": ("BVC Eslöv", "SE2321000255-1350"),
    "p_um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-1419"),
    "p_hsv_hoor": ("Hemsjukvården, Vårdcentralen Höör", "SE2321000255-1476"),
    # VGR, Melior
    "v_med_su": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011203"),
    "v_akut_nal": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000012418"),
    "v_ort_sks": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013377"),
    "v_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014052"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000015129"),
    "v_kvinno_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000016264"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000017310"),
    "v_barn_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000018455"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000019503"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000020616"),
    "v_med_uddevalla": ("Medicinkliniken, Uddevalla sjukhus", "SE2321000131-E000000021742"),
    "v_gastro_ostra": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000022871"),
    "v_geri_lidk": ("Minnesmottagningen, Lidköpings lasarett", "SE2321000131-E000000023908"),
    "v_lung_sas": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000024037"),
    "v_uro_sks": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000025164"),
}

AUTHORS = [
    "Karin Holmgren", "Erik Lindqvist", "Samira Haddad", "Johan Bergström", "Maja Ekdahl",
    "Ali Rostami", "Lena Nordin", "Per Ahlgren", "Ida Sandberg", "Tomas Wikström",
    "Fatima Yilmaz", "Gustav Hedlund", "Elin Forsberg", "Mikael Strand", "Anna-Karin Öberg",
]

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth, name):
    serial = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % 998 + 1
    ymd = birth.replace("-", "")
    nine = ymd[2:] + "%03d" % serial
    return "%s-%03d%s" % (ymd, serial, luhn_digit(nine))


def add(name, ruleset, birth, sections, must=(), must_not=(), why="", system="Melior",
        template="Läkaranteckning", unit="", setting="öppenvård", draft=False, role="läkare"):
    i = len(CASES)
    day = dt.datetime(2024, 1, 8, 8, 5) + dt.timedelta(days=(i * 37) % 340, minutes=(i * 53) % 540)
    signed = None if draft else (day + dt.timedelta(minutes=25 + (i * 17) % 200)).isoformat()
    as_of = min(day + dt.timedelta(days=14), dt.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    uname, hsa = UNITS[unit]
    note = {
        "id": "n1", "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": AUTHORS[i % len(AUTHORS)], "role": role},
        "time": day.isoformat(), "signed": signed, "setting": setting,
        "refs": [], "sections": [{"keyword": k, "text": t} for k, t in sections],
    }
    record = {
        "patient": {"id": pnr(birth, name), "birth_date": birth, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": [note], "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": name, "ruleset": ruleset, "record": record,
        "must": [[c, "n1"] for c in must], "must_not": [[c, "n1"] for c in must_not],
        "why": why,
    })


# ---------------------------------------------------------------------------
# Chunk 1: settled + hedged in one sentence, answered DDs, plan hedges, NL101
# ---------------------------------------------------------------------------

add("skane-kol-exacerbation-nu-misstankt-pneumoni", "skane", "1952-11-03", [
    ("Aktuellt", "71-årig man, f.d. rökare, känd KOL stadium 3 med hemsyrgas 1 l/min. Tilltagande andfåddhet och gulgrönt sputum sedan fyra dagar, feber 38,6 i morse."),
    ("Status", "AT: tagen, talar i korta meningar. Pulm: rassel basalt hö, förlängt expirium bilat. Sat 86 % på 1 l O2, AF 28."),
    ("Bedömning", "KOL-exacerbation, nu även misstänkt pneumoni hö basalt."),
    ("Planering", "Rtg pulm, CRP, blododlingar. Inhalationer, Betapred, inj bensylpc. Läggs in på med."),
], must=["NL102"], must_not=["NL101"], unit="s_akut_malmo", setting="slutenvård",
    why="settled KOL-exacerbation and a suspected pneumonia in one sentence: the hedged pneumonia is an open hypothesis")

add("vgr-dm2-fotsar-misstankt-osteomyelit", "vgr", "1948-02-19", [
    ("Anamnes", "DM2 sedan 2009, hypertoni och perifer neuropati. Sår under vä stortåns grundled sedan sex veckor trots avlastning."),
    ("Status", "Sår 1,5 cm, sondering ner till ben. Rodnad upp över MTP I, ingen krepitation."),
    ("Bedömning", "Diabetesfotsår Wagner 3 med misstänkt osteomyelit i vä dig I."),
    ("Planering", "Rtg vä fot och MR. Odling från sårbotten. Remiss till diabetesfotteamet."),
], must=["NL102"], must_not=["NL101"], unit="v_med_alingsas",
    why="settled diabetic foot ulcer with a suspected osteomyelitis attached: the osteomyelitis hedge is open")

add("skane-erysipelas-trol-ingangsport-fissurer", "skane", "1961-07-28", [
    ("Aktuellt", "Rodnad, svullnad och värmeökning hö underben sedan igår, feber 39. Frossa under natten."),
    ("Status", "Skarpt avgränsad rodnad från fotleden upp till mitten av underbenet, ömt. Fissurer mellan tå 4 och 5 hö."),
    ("Bedömning", "Erysipelas hö underben, trol. ingångsport via fissurerna mellan tårna."),
    ("Planering", "Inj bensylpc 3 g x 3. Högläge. Mjukgörande i tåmellanrummen."),
], must_not=["NL102", "NL101"], unit="s_med_hbg", setting="slutenvård",
    why="'trol.' hedges the entry point of a settled erysipelas, not a diagnosis")

add("vgr-formaksflimmer-trol-sjuka-sinusknutan", "vgr", "1944-09-12", [
    ("Aktuellt", "Paroxysmalt förmaksflimmer sedan 2019 på Eliquis och metoprolol. Yrsel och två svimningar senaste månaden."),
    ("Undersökningar", "Långtids-EKG: pauser upp till 4,2 s efter flimmerepisoder, bradykardi 38/min nattetid."),
    ("Bedömning", "Förmaksflimmer, nu trol. sjuka sinusknutans syndrom (takykardi-bradykardisyndrom)."),
    ("Planering", "Sätter ut metoprolol. Remiss arytmienheten för ställningstagande till pacemaker."),
], must=["NL102"], must_not=["NL101"], unit="v_med_uddevalla",
    why="known atrial fibrillation beside a probable sick sinus syndrome: 'trol.' belongs to the second diagnosis")

add("vgr-formaksflimmer-trol-utlost-av-alkohol", "vgr", "1981-09-06", [
    ("Aktuellt", "42-årig man, tidigare frisk, hjärtklappning sedan natten efter en helg med kraftigt alkoholintag."),
    ("Status", "Oregelbunden rytm 130/min, BT 135/80. Cor i övrigt ua, pulm ua."),
    ("EKG", "Förmaksflimmer med snabbt kammarsvar, inga ischemitecken."),
    ("Bedömning", "Nydebuterat förmaksflimmer, trol. utlöst av alkoholintaget. CHA2DS2-VASc 0."),
    ("Planering", "Elkonvertering idag då debut under 48 h. Samtal om alkoholvanor."),
], must_not=["NL102", "NL101"], unit="v_akut_nal",
    why="'trol.' hedges the trigger (alcohol) of an ECG-verified atrial fibrillation")

add("skane-mor-ms-pat-misstankt-optikusneurit", "skane", "1994-05-21", [
    ("Aktuellt", "Dimsyn och smärta vid ögonrörelser vä sedan fem dagar. Tidigare frisk."),
    ("Status", "Visus vä 0,4, hö 1,0. RAPD vä. Fundus ua bilat. Neurologstatus i övrigt ua."),
    ("Bedömning", "Mor med MS sedan 30-årsåldern, pat nu misstänkt optikusneurit vä öga."),
    ("Planering", "MR hjärna och orbita, VEP. Återbesök efter MR."),
], must=["NL102"], must_not=["NL101"], unit="s_neuro_lund",
    why="mother's MS and the patient's own suspected optic neuritis share a sentence: the patient's hedge fires")

add("skane-bror-misstankt-celiaki-pat-astma", "skane", "1990-10-14", [
    ("Aktuellt", "Årskontroll astma. Har inte behövt Airomir senaste halvåret."),
    ("Anamnes", "Bror utreds för misstänkt celiaki, pat själv utan magbesvär och äter normalkost."),
    ("Status", "Pulm: vesikulära andningsljud bilat, inga ronki. PEF 480, personligt bästa 500."),
    ("Bedömning", "Välkontrollerad astma, ACT 24."),
    ("Planering", "Oförändrad Symbicort. Nytt besök om ett år."),
], must_not=["NL102", "NL101"], unit="s_lung_lund",
    why="the only hedged diagnosis is the brother's suspected coeliac disease; the patient's asthma is settled")

add("vgr-buksmarta-dd-gallsten-pankreatit-ulcus", "vgr", "1968-12-01", [
    ("Aktuellt", "55-årig kvinna med smärta i epigastriet som strålar mot ryggen sedan i går kväll, kräkts tre gånger."),
    ("Status", "Öm i epigastriet och under hö arcus, ingen peritonit. Temp 37,9."),
    ("Bedömning", "Akut buksmärta. DD gallstensanfall, akut pankreatit, perforerat ulcus."),
    ("Planering", "Lipas, leverstatus, CRP. UL buk i morgon bitti, fastande."),
], must=["NL102"], must_not=["NL101"], unit="v_kir_kungalv", setting="slutenvård",
    why="an unanswered differential-diagnosis list of three diagnoses is an open hypothesis")

add("vgr-dd-gallsten-pankreatit-besvarat-kolecystit", "vgr", "1972-03-17", [
    ("Aktuellt", "Inkom under natten med smärta under hö arcus, DD gallsten eller pankreatit."),
    ("Lab", "Lipas 0,4 µkat/l, ingen pankreatit. CRP 96, LPK 14."),
    ("UL buk", "Multipla gallstenar, förtjockad gallblåsevägg 6 mm och perivesikal vätska."),
    ("Bedömning", "Akut kolecystit med gallstenar."),
    ("Planering", "Tazocin. Anmäld för akut laparoskopisk kolecystektomi."),
], must_not=["NL102", "NL101"], unit="v_kir_kungalv", setting="slutenvård",
    why="the admission DD is answered in the same note: pancreatitis ruled out by lipase, gallstones confirmed by ultrasound")

add("skane-susp-fraktur-rtg-visar-ingen-fraktur", "skane", "1979-08-09", [
    ("Aktuellt", "Föll på cykel och tog emot sig med hö hand. Smärta och svullnad dorsalt över handleden."),
    ("Status", "Svullnad över processus styloideus radii, ingen felställning. Ej öm i fossa tabatière."),
    ("Rtg hö handled", "Susp. fraktur distala radius, rtg visar ingen fraktur."),
    ("Bedömning", "Distorsion hö handled."),
    ("Planering", "Ortos en vecka, Alvedon vb. Ny kontakt om kvarstående smärta efter två veckor."),
], must_not=["NL102", "NL101"], unit="s_akut_malmo",
    why="the suspected fracture is ruled out by x-ray later in the same sentence")

add("skane-ingen-fraktur-pa-rtg-distorsion-fotled", "skane", "2001-01-25", [
    ("Aktuellt", "Vrickade hö fot i inversion vid fotbollsträning igår. Kan belasta med smärta."),
    ("Status", "Svullnad och ömhet framför laterala malleolen, ej öm över malleolspetsar eller basen av MT V."),
    ("Bedömning", "Ingen fraktur på rtg, distorsion av laterala ligamenten hö fotled."),
    ("Planering", "Tejpning, högläge, belastning efter förmåga. Fysioterapeut för balansträning."),
], must_not=["NL102", "NL101"], unit="s_ort_ksd",
    why="a negated fracture followed by a settled sprain in the same sentence")

add("vgr-psoriasis-biologiskt-lakemedel-overvags", "vgr", "1985-06-30", [
    ("Anamnes", "Psoriasis sedan tonåren, psoriasisartrit sedan 2020. Provat metotrexat med leverpåverkan."),
    ("Status", "Plack på armbågar, knän, sakralt och i hårbotten, PASI 14."),
    ("Bedömning", "Psoriasis med otillräcklig effekt av systembehandling. Biologiskt läkemedel övervägs."),
    ("Planering", "Tbc-screening och hepatitserologi inför ev. biologisk behandling. Återbesök om fyra veckor."),
], must_not=["NL102", "NL101"], unit="v_hud_sas",
    why="'övervägs' and 'ev.' hedge a drug choice, the psoriasis is settled")

add("skane-hjartsvikt-ev-inlaggning", "skane", "1939-03-02", [
    ("Aktuellt", "Känd hjärtsvikt NYHA III och förmaksflimmer. Viktuppgång 3 kg på en vecka och ökade bensvullnader."),
    ("Status", "Pittingödem till knäna bilat, halsvenstas. Pulm: krepitationer basalt bilat."),
    ("Bedömning", "Försämrad hjärtsvikt. Ev. inläggning om ej bättre med ökad furosemid."),
    ("Planering", "Furosemid 80 mg x 2 i tre dagar, sjuksköterskekontroll av vikt och elstatus på fredag."),
], must_not=["NL102", "NL101"], unit="s_med_hbg",
    why="'Ev.' hedges an admission, not a diagnosis; the heart failure is settled")

add("vgr-pankreascancer-pat-annu-ej-informerad", "vgr", "1950-10-23", [
    ("Aktuellt", "Inlagd för utredning av ikterus och viktnedgång 8 kg på två månader."),
    ("DT buk", "3,5 cm tumör i pankreashuvudet med multipla levermetastaser."),
    ("Bedömning", "Pankreascancer med levermetastaser. Pat ännu ej informerad, dottern vill vara med vid beskedet i morgon."),
    ("Planering", "Brytpunktssamtal i morgon kl 13 tillsammans med kontaktsjuksköterska. Kontakt med palliativa teamet."),
], must=["NL101"], must_not=["NL102"], unit="v_med_su", setting="slutenvård",
    why="a settled cancer in a visible Bedömning while the note says the patient has not been told yet")

add("skane-melanom-pat-informerad-per-telefon", "skane", "1966-02-11", [
    ("Aktuellt", "PAD-svar efter excision av pigmenterad förändring på vä skuldra."),
    ("PAD", "Malignt melanom, Breslow 1,3 mm, utan ulceration, pT2a. Fria marginaler."),
    ("Bedömning", "Malignt melanom vä skuldra. Pat informerad om diagnosen per telefon idag, tog beskedet lugnt."),
    ("Planering", "Remiss för utvidgad excision och portvaktskörtelbiopsi. Kontaktsjuksköterska ringer i veckan."),
], must_not=["NL101", "NL102"], unit="s_hud_lund",
    why="a settled melanoma that the patient has been told about: visible documentation is what the routine wants")

# ---------------------------------------------------------------------------
# Chunk 2: confirmed / ruled out later, Frågeställning, plan hedges, negation + finding
# ---------------------------------------------------------------------------

add("vgr-misstankt-appendicit-pad-bekraftar", "vgr", "1997-09-04", [
    ("Aktuellt", "Inkom i går med misstänkt appendicit efter 18 timmars smärta som vandrat ner till hö fossa."),
    ("Operation", "Laparoskopisk appendektomi, flegmonös appendix utan perforation."),
    ("PAD", "Akut flegmonös appendicit, ingen malignitet."),
    ("Bedömning", "Opererad för akut appendicit, okomplicerat postoperativt förlopp. Äter och är uppegående."),
    ("Planering", "Hem idag. Sjukskrivning en vecka, resorberbara suturer."),
], must_not=["NL102", "NL101"], unit="v_kir_kungalv", setting="slutenvård",
    why="the admission suspicion of appendicitis is confirmed by operation and PAD in the same note")

add("skane-fragestallning-lungemboli-besvarad-pleurit", "skane", "1993-12-13", [
    ("Aktuellt", "Andningskorrelerad smärta vä thorax sedan två dagar, lätt feber. Använder p-piller."),
    ("Frågeställning", "Lungemboli?"),
    ("DT-angio lungartärer", "Inga embolier. Liten pleuravätska vä, i övrigt ua."),
    ("Bedömning", "Lungemboli utesluten med DT. Pleurit vä."),
    ("Planering", "NSAID i en vecka. Åter vid tilltagande andfåddhet."),
], must_not=["NL102", "NL101"], unit="s_akut_malmo",
    why="a Frågeställning question answered in the same note by a negative CT: no open hypothesis")

add("skane-remiss-fragestallning-ms-obesvarad", "skane", "1990-07-19", [
    ("Anamnes", "34-årig kvinna, känd hypotyreos på Levaxin. Domningar i hö arm och ben i tre veckor, nu även balanssvårigheter."),
    ("Status", "Nedsatt vibrationssinne hö fot, positivt Romberg. Reflexer livligare hö än vä."),
    ("Frågeställning", "MS? Tack för bedömning och MR hjärna och halsrygg."),
], must=["NL102"], must_not=["NL101"], template="Remiss", unit="s_med_hbg",
    why="a referral question 'MS?' beside a settled hypothyroidism: the question is an open hypothesis")

add("vgr-hypotyreos-binjurebarksvikt-fragetecken", "vgr", "1975-01-27", [
    ("Aktuellt", "Känd hypotyreos sedan 2012 på Levaxin 100 µg. Trötthet, yrsel i stående och viktnedgång 5 kg."),
    ("Status", "BT 98/60 liggande, 84/55 stående. Pigmenterade handlinjer och munslemhinna."),
    ("Lab", "Na 129, K 5,4. TSH 2,1."),
    ("Bedömning", "Hypotyreos välbehandlad. Binjurebarksvikt (Mb Addison)?"),
    ("Planering", "Kortisol och ACTH kl 8 i morgon, Synacthentest."),
], must=["NL102"], must_not=["NL101"], unit="v_med_su",
    why="settled hypothyroidism, then Addison's disease with a question mark: the '?' belongs to Addison")

add("vgr-misstankt-dvt-ul-visar-bakercysta", "vgr", "1958-05-08", [
    ("Aktuellt", "Smärta och svullnad vä vad sedan i går efter trädgårdsarbete, misstänkt DVT enl remiss från vårdcentralen."),
    ("Status", "Vä vad 2 cm större i omfång än hö, ömhet i fossa poplitea."),
    ("UL vä ben", "Ingen DVT. Rupturerad bakercysta med vätska ned längs mediala gastrocnemius."),
    ("Bedömning", "Rupturerad bakercysta vä knä."),
    ("Planering", "NSAID, kompression. Ingen antikoagulation."),
], must_not=["NL102", "NL101"], unit="v_akut_nal",
    why="the referral's suspected DVT is ruled out by ultrasound in the same note, another diagnosis replaces it")

add("skane-epilepsi-ev-dosokning-typo", "skane", "1986-11-22", [
    ("Aktuellt", "Känd fokal epelepsi sedan 2016 på Lamictal 150 mg x 2. Två fokala anfall med medvetandepåverkan senaste kvartalet, dessförinnan anfallsfri i två år."),
    ("Status", "Neurologstatus ua. Inga tungbett."),
    ("Bedömning", "Fokal epilepsi med ökad anfallsfrekvens. Ev. dosökning av Lamictal om fler anfall."),
    ("Planering", "S-lamotrigin. Anfallsdagbok. Ej bilkörning, vilket pat är medveten om."),
], must_not=["NL102", "NL101"], unit="s_neuro_lund",
    why="typo 'epelepsi'; 'Ev.' hedges a dose increase, the epilepsy is settled")

add("vgr-gikt-allopurinol-kan-bli-aktuellt", "vgr", "1963-08-15", [
    ("Aktuellt", "Tredje giktattacken i år, nu i hö stortåns grundled sedan två dygn."),
    ("Status", "Rodnad, svullen och mycket öm MTP I hö. Tofus på vä öronsnibb."),
    ("Lab", "Urat 520 µmol/l, krea 88."),
    ("Bedömning", "Giktartrit hö MTP I med tofus. Allopurinol kan bli aktuellt när attacken lagt sig."),
    ("Planering", "Kolkicin i tre dagar. Återbesök om fyra veckor för ställningstagande till uratsänkande behandling."),
], must_not=["NL102", "NL101"], unit="v_med_alingsas",
    why="'kan bli aktuellt' hedges a drug, the gout is settled")

add("skane-pneumoni-ev-byte-till-doxycyklin", "skane", "1947-04-29", [
    ("Aktuellt", "Dag 2 på avdelningen. Feber 38,2 i går kväll, i dag afebril. Hostar mindre."),
    ("Rtg pulm", "Konsolidering i vä underlob förenlig med pneumoni."),
    ("Bedömning", "Pneumoni vä underlob, rtg-verifierad. Ev. byte till doxycyklin vid utebliven förbättring."),
    ("Planering", "Fortsatt bensylpc. CRP i morgon bitti."),
], must_not=["NL102", "NL101"], unit="s_med_lsk", setting="slutenvård",
    why="'Ev.' hedges an antibiotic switch; the pneumonia is x-ray verified")

add("vgr-ischias-ev-mr-om-kvarstaende", "vgr", "1977-10-10", [
    ("Aktuellt", "Ländryggssmärta med utstrålning i hö ben ned till stortån sedan tre veckor."),
    ("Status", "Laseuge positiv hö vid 40 grader. Nedsatt kraft i stortåns dorsalflexion hö, nedsatt sensibilitet på fotryggen."),
    ("Bedömning", "Ischias hö med L5-radikulopati. Ev. MR ländrygg om kvarstående besvär efter sex veckor."),
    ("Planering", "Fysioterapi, NSAID. Åter vid tilltagande pares eller blåsstörning."),
], must_not=["NL102", "NL101"], unit="v_ort_sks", draft=True,
    why="unsigned draft: 'Ev.' hedges an MRI, the sciatica with radiculopathy is settled")

add("vgr-inga-tecken-pa-dvt-daremot-tromboflebit", "vgr", "1955-03-23", [
    ("Aktuellt", "Rodnad öm sträng på insidan av hö lår sedan fyra dagar. Varicer sedan många år."),
    ("Status", "Palpabel öm resistens längs v. saphena magna mitt på låret, rodnad runt."),
    ("UL hö ben", "Inga tecken på DVT, däremot ytlig tromboflebit längs v. saphena magna, 8 cm från safenofemorala övergången."),
    ("Planering", "Fragmin profylaxdos i 45 dagar, kompressionsstrumpa. Ny UL om försämring."),
], must_not=["NL102", "NL101"], unit="v_med_uddevalla",
    why="'Inga tecken på' negates DVT only; the superficial thrombophlebitis after 'däremot' is affirmed")

add("skane-ingen-pneumoni-pa-rtg-akut-bronkit", "skane", "1970-06-02", [
    ("Aktuellt", "Hosta och feber i tio dagar, rökare. Söker för att hostan inte ger med sig."),
    ("Status", "Pulm: spridda ronki bilat, inga rassel. Sat 97 %. CRP 18."),
    ("Bedömning", "Ingen pneumoni på rtg; akut bronkit."),
    ("Planering", "Ingen antibiotika. Råd om rökstopp och hostdämpande vid behov."),
], must_not=["NL102", "NL101"], unit="s_akut_malmo",
    why="negated pneumonia followed by a settled bronchitis after a semicolon")

add("vgr-ingen-misstanke-om-malignitet-benign-nevus", "vgr", "1982-09-18", [
    ("Aktuellt", "Remiss från VC pga födelsemärke på ryggen som enl pat förändrats."),
    ("Status", "Dermatoskopi: 5 mm symmetrisk nevus med regelbundet nätverk, inga atypiska strukturer. Axiller ua bilat."),
    ("Bedömning", "Ingen misstanke om malignitet, benign nevus. Dessutom seborroiska keratoser på bålen."),
    ("Planering", "Ingen åtgärd. Egenkontroll, översiktsfoto sparat."),
], must_not=["NL102", "NL101"], unit="v_hud_sas",
    why="'Ingen misstanke om' negates malignancy; nevus and keratoses are settled")

add("skane-ingen-fraktur-men-scaphoideum-kan-ej-uteslutas", "skane", "2004-02-14", [
    ("Aktuellt", "Föll på utsträckt vä hand vid skateboardåkning i går."),
    ("Status", "Öm i fossa tabatière och vid axial kompression av tummen. Ingen felställning."),
    ("Bedömning", "Ingen fraktur syns på rtg, men scaphoideumfraktur kan ej uteslutas."),
    ("Planering", "Gips med tuminfattning, ny rtg om tio dagar alt. MR."),
], must=["NL102"], must_not=["NL101"], unit="s_ort_ksd",
    why="a negated fracture on x-ray, then 'kan ej uteslutas' about the scaphoid fracture: the second is open")

add("vgr-rtg-utan-infiltrat-misstankt-lungemboli", "vgr", "1964-12-09", [
    ("Aktuellt", "Plötslig andfåddhet sedan i morse, opererad med knäprotes hö för tre veckor sedan."),
    ("Status", "Puls 112, sat 91 %, AF 24. Pulm: ua. Hö underben svullet."),
    ("Bedömning", "Rtg pulm utan infiltrat, dock misstänkt lungemboli mot bakgrund av takykardi, hypoxi och nylig operation."),
    ("Planering", "DT-angio lungartärer, Fragmin i behandlingsdos i väntan på svar."),
], must=["NL102"], must_not=["NL101"], unit="v_akut_nal", draft=True,
    why="unsigned draft: no infiltrate on x-ray, 'dock misstänkt lungemboli' is an open hypothesis")

add("vgr-hereditet-kolorektal-cancer-misstankt-ulceros-kolit", "vgr", "1995-11-30", [
    ("Aktuellt", "28-årig man med blodblandade diarréer 6-8 ggr/dygn sedan en månad och nattliga trängningar."),
    ("Status", "Buk mjuk, lätt öm i vä fossa. Rektalpalp: blod på handsken, ingen resistens."),
    ("Bedömning", "Hereditet för tidig kolorektal cancer på fädernet; pat själv med misstänkt ulcerös kolit."),
    ("Planering", "Koloskopi med biopsier inom två veckor, F-calprotektin, fecesodling."),
], must=["NL102"], must_not=["NL101"], unit="v_gastro_ostra",
    why="family cancer and the patient's own suspected ulcerative colitis in one sentence: the patient's hedge fires")

# ---------------------------------------------------------------------------
# Chunk 3: relatives, PMO, Tidiga hypoteser, NL101
# ---------------------------------------------------------------------------

add("skane-mor-huntington-pat-utan-symtom", "skane", "1991-03-06", [
    ("Aktuellt", "Remiss för genetisk vägledning. Mor med Huntingtons sjukdom, diagnostiserad vid 52 års ålder."),
    ("Status", "Neurologstatus ua, inga ofrivilliga rörelser. MMSE 30."),
    ("Bedömning", "Mor med Huntingtons sjukdom; pat själv utan symtom och har ännu inte bestämt sig för prediktiv testning."),
    ("Planering", "Ny tid om sex månader för fortsatt samtal. Kuratorskontakt erbjuds."),
], must_not=["NL102", "NL101"], unit="s_neuro_lund",
    why="the only diagnosis is the mother's Huntington's disease; the patient is symptom-free and nothing is hedged")

add("vgr-syster-brostcancer-mormor-ovarialcancer-mammografi-ua", "vgr", "1980-08-27", [
    ("Aktuellt", "Önskar kontroll pga ärftlighet för bröstcancer."),
    ("Status", "Mammae: inga palpabla resistenser bilat, axiller ua."),
    ("Bedömning", "Syster med bröstcancer vid 42 års ålder och mormor med ovarialcancer, pat har ingen knöl och mammografi i dag ua."),
    ("Planering", "Remiss till onkogenetiska mottagningen för bedömning av BRCA-testning."),
], must_not=["NL102", "NL101"], unit="v_kir_kungalv",
    why="relatives' cancers beside the patient's normal findings: no diagnosis of the patient's is hedged")

add("skane-sonen-celiaki-pat-trol-ocksa-celiaki", "skane", "1976-05-15", [
    ("Aktuellt", "Järnbristanemi sedan ett år utan förklaring, lösa avföringar och uppblåsthet."),
    ("Lab", "Hb 108, ferritin 6. Transglutaminas-ak skickat."),
    ("Bedömning", "Sonen har celiaki; pat trol. också celiaki med tanke på järnbrist och diarréer."),
    ("Planering", "Gastroskopi med duodenalbiopsier på glutenhaltig kost. Återbesök efter PAD."),
], must=["NL102"], must_not=["NL101"], unit="s_gastro_malmo",
    why="the son's settled coeliac disease and the patient's probable coeliac disease in one sentence")

add("skane-pmo-hypertoni-nu-misstankt-uvi", "skane", "1957-10-21", [
    ("Aktuellt", "Känd hypertoni på enalapril. Sveda vid miktion och täta trängningar sedan två dagar, ingen feber."),
    ("Status", "Ej dunkeöm över njurlogerna. Buk mjuk, lätt öm suprapubiskt."),
    ("Bedömning", "Hypertoni, välinställd; nu misstänkt nedre UVI."),
    ("Planering", "Urinsticka och odling. Pivmecillinam 400 mg x 3 i fem dagar."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_vc_linero",
    why="PMO note: a hedged UTI beside settled hypertension, but PMO never shows diagnoses")

add("skane-pmo-erythema-migrans-fragetecken-psoriasis", "skane", "1968-07-03", [
    ("Aktuellt", "Fästingbett på hö lår för tre veckor sedan, nu växande rodnad runt bettet."),
    ("Status", "Rodnad 7 cm med central uppklarning, ej värmeökad. Afebril."),
    ("Bedömning", "Erythema migrans? Känd psoriasis utan aktuellt skov."),
    ("Planering", "Kåvepenin 1 g x 3 i tio dagar. Åter om feber eller ledbesvär."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_vc_sodervarn",
    why="PMO note: 'Erythema migrans?' is hedged, but PMO diagnoses are never shown")

add("skane-pmo-yrsel-dd-bppv-neurit-tia", "skane", "1941-12-28", [
    ("Aktuellt", "82-årig kvinna med yrsel sedan en vecka, värre vid huvudrörelser. Känd diabetes typ 2 och förmaksflimmer på Eliquis."),
    ("Status", "Nystagmus vid Dix-Hallpike hö. Övrigt neurologstatus utan anmärkning."),
    ("Bedömning", "Yrsel, DD BPPV, vestibularisneurit, TIA i bakre cirkulationen."),
    ("Planering", "Epleys manöver utförd. Återbesök om en vecka."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_vc_linero",
    why="PMO note: an open DD list next to settled diabetes and AF, but PMO never shows diagnoses")

add("skane-pmo-bvc-eksem-misstankt-komjolksproteinallergi", "skane", "2024-07-12", [
    ("Aktuellt", "4 mån gammal pojke på BVC-läkarbesök. Eksem på kinderna sedan två månader, blod i blöjan vid två tillfällen."),
    ("Status", "Torrt eksem på kinder och i armveck. Buk mjuk, god viktkurva."),
    ("Bedömning", "Atopiskt eksem; misstänkt komjölksproteinallergi."),
    ("Planering", "Mjölkfri kost för mamman i fyra veckor, sedan återintroduktion. Mjukgörande kräm."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_bvc_eslov",
    why="PMO BVC note for an infant: suspected cow's milk allergy beside settled eczema, PMO never shows diagnoses")

add("vgr-trolig-parkinson-synlig-plus-tidiga-hypoteser-sokord", "vgr", "1952-01-16", [
    ("Aktuellt", "Tremor i hö hand och långsammare gång sedan ett år. Tidigare djup ventrombos 2015."),
    ("Status", "Vilotremor hö hand, rigiditet hö arm, nedsatt medsväng hö."),
    ("Bedömning", "Trolig Parkinsons sjukdom, DaTSCAN beställd."),
    ("Tidiga hypoteser", "Frontotemporal demens kan inte uteslutas med tanke på den personlighetsförändring som anhöriga beskriver."),
    ("Planering", "DaTSCAN, återbesök om sex veckor."),
], must=["NL102"], unit="v_neuro_su",
    why="one hypothesis is correctly under the Tidiga hypoteser sökord, but the probable Parkinson's in Bedömning is visible")

add("vgr-tidiga-hypoteser-sokord-pankreascancer-synlig-dm2", "vgr", "1956-04-24", [
    ("Aktuellt", "Uppföljning av typ 2-diabetes och hypertoni. Har gått ner 9 kg på tre månader utan att försöka."),
    ("Status", "BT 128/78. Lätt ikteriska sklerae. Buk: ingen palpabel resistens."),
    ("Lab", "HbA1c har stigit från 48 till 64 trots oförändrad behandling."),
    ("Bedömning", "Typ 2-diabetes med försämrad glukoskontroll, hypertoni välbehandlad."),
    ("Tidiga hypoteser", "Misstänkt pankreascancer med tanke på viktnedgång, ikterus och försämrad glukoskontroll; pat ej informerad innan DT är gjord."),
    ("Planering", "DT buk. Höjd metformindos."),
], must_not=["NL102", "NL101"], unit="v_med_su",
    why="the suspected cancer and 'ej informerad' are under the filtered Tidiga hypoteser sökord; visible sections hold only settled diagnoses")

add("skane-tidiga-hypoteser-mall-misstankt-bipolar", "skane", "1987-09-09", [
    ("Bedömning", "Känd recidiverande depression, nu misstänkt bipolär sjukdom typ II med tanke på hypomana perioder som maken beskriver. Pat ej informerad om misstanken ännu."),
    ("Planering", "Fortsatt utredning med strukturerad intervju innan frågan tas upp med pat."),
], must_not=["NL102", "NL101"], template="Tidiga hypoteser", unit="s_psyk_lund",
    why="Skåne Tidiga hypoteser template: the hedged bipolar disorder and the uninformed patient are not visible")

add("skane-misstankt-als-pat-ej-informerad", "skane", "1959-06-17", [
    ("Aktuellt", "Tilltagande svaghet i hö hand och sväljsvårigheter sedan ett halvår. Känd hypertoni."),
    ("Status", "Atrofi av interossei hö, fascikulationer i tungan och bägge överarmar. Livliga reflexer."),
    ("Bedömning", "Misstänkt ALS; pat ej informerad om misstanken ännu."),
    ("Planering", "EMG och MR halsrygg. Besked vid återbesök om två veckor med närstående."),
], must=["NL101", "NL102"], unit="s_neuro_lund",
    why="a suspected ALS in a visible Bedömning that the note says the patient has not been told")

add("vgr-misstankt-ms-diskuterat-med-pat", "vgr", "1992-02-03", [
    ("Aktuellt", "Återbesök efter MR hjärna, remitterad för synnedsättning vä öga i våras."),
    ("MR hjärna", "Flera periventrikulära T2-lesioner, en juxtakortikal, ingen kontrastladdning."),
    ("Bedömning", "Misstänkt MS, vilket har diskuterats ingående med pat som är införstådd med fortsatt utredning."),
    ("Planering", "Lumbalpunktion, oligoklonala band. Återbesök om tre veckor."),
], must_not=["NL101"], unit="v_neuro_su",
    why="a hedged MS that the patient has been told about: nothing says the patient is uninformed")

add("vgr-informerad-om-gallsten-ej-om-levermetastas", "vgr", "1949-11-11", [
    ("Aktuellt", "Utredning av smärta under hö arcus. Opererad för koloncancer 2021."),
    ("DT buk", "Gallstenar utan kolecystit. Ny 3 cm lesion i leversegment 6."),
    ("Bedömning", "Gallstenssjukdom och levermetastas från tidigare koloncancer. Pat informerad om gallstenarna men ännu inte om levermetastasen."),
    ("Planering", "Tas upp på MDK på tisdag, därefter besked till pat."),
], must=["NL101"], unit="v_kir_kungalv",
    why="two settled diagnoses, the patient told about one (gallstones) but not the other (liver metastasis)")

add("skane-lymfom-pat-informerad-anhoriga-ej", "skane", "1962-12-04", [
    ("Aktuellt", "Besked efter lymfkörtelbiopsi från vä axill."),
    ("PAD", "Diffust storcelligt B-cellslymfom."),
    ("Bedömning", "DLBCL stadium II. Pat informerad om diagnosen i dag och vill själv berätta för barnen, som alltså ännu inte vet."),
    ("Planering", "PET-DT, benmärgsbiopsi. Start R-CHOP om två veckor."),
], must_not=["NL101", "NL102"], unit="s_onk_lund",
    why="the patient is informed; only the children are not, which is no NL101")

add("skane-pad-utan-malignitet-pat-ej-fatt-svar", "skane", "1983-04-01", [
    ("Aktuellt", "Stansbiopsi tagen från pigmentförändring på ryggen vid förra besöket."),
    ("PAD", "Inga tecken på malignitet."),
    ("Bedömning", "PAD utan malignitet. Pat har ännu inte fått svaret, ringer henne i morgon."),
], must_not=["NL101", "NL102"], template="Telefonanteckning", unit="s_hud_lund",
    why="the patient has not heard the result, but the result negates malignancy: no diagnosis is withheld")

add("vgr-lungcancer-ej-besked-hustru-kol", "vgr", "1950-07-07", [
    ("Aktuellt", "Uppföljning efter bronkoskopi för 4 cm tumör i hö ovanlob."),
    ("PAD", "Skivepitelcancer."),
    ("Bedömning", "Pat har ännu inte fått besked om sin lungcancer; hustrun, som själv har KOL, vill vara med vid beskedet på fredag."),
    ("Planering", "Besök fredag kl 10 med kontaktsjuksköterska. PET-DT beställd."),
], must=["NL101"], must_not=["NL102"], unit="v_lung_sas",
    why="the patient's lung cancer, not yet told, shares a sentence with the wife's KOL")

# ---------------------------------------------------------------------------
# Chunk 4: post-positioned '?', 'möjlig', confirmed questions, children, PMO
# ---------------------------------------------------------------------------

add("skane-astma-rinit-nu-aven-nasalpolypos-fragetecken", "skane", "1978-02-22", [
    ("Aktuellt", "Astma och allergisk rinit sedan barndomen. Nästäppa bilat och nedsatt luktsinne sedan ett år."),
    ("Status", "Rhinoskopi: blek svullen slemhinna bilat, insynen begränsad."),
    ("Bedömning", "Astma och allergisk rinit, nu även nasalpolypos?"),
    ("Planering", "Remiss ÖNH för nasofaryngoskopi. Nasonex tills vidare."),
], must=["NL102"], must_not=["NL101"], unit="s_lung_lund",
    why="two settled diagnoses and a third with a trailing '?': only the nasal polyposis is open")

add("vgr-astma-ingen-misstanke-om-kol-trots-rokning", "vgr", "1978-06-11", [
    ("Aktuellt", "45-årig kvinna med astma sedan 20 år, röker 10 cig/dag. Remitterad för spirometri."),
    ("Spirometri", "FEV1/FVC 0,66 före och 0,78 efter bronkdilatation, FEV1 ökar 19 %."),
    ("Bedömning", "Astma; ingen misstanke om KOL trots rökningen, full reversibilitet."),
    ("Planering", "Rökavvänjning, ICS/formoterol enligt SMART."),
], must_not=["NL102", "NL101"], unit="v_lung_sas",
    why="'ingen misstanke om' negates KOL; asthma is settled")

add("skane-ra-nu-mojlig-metotrexatpneumonit", "skane", "1958-09-30", [
    ("Aktuellt", "Reumatoid artrit sedan 2017 på metotrexat 20 mg/v. Torrhosta och ansträngningsdyspné sedan tre veckor."),
    ("Status", "Sat 92 %. Pulm: fina krepitationer basalt bilat."),
    ("Bedömning", "Reumatoid artrit, välbehandlad; nu möjlig läkemedelsinducerad pneumonit av metotrexat."),
    ("Planering", "Metotrexat pausas. HRCT thorax och spirometri med diffusionskapacitet."),
], must=["NL102"], must_not=["NL101"], unit="s_lung_lund",
    why="settled RA and a 'möjlig' drug-induced pneumonitis after the semicolon: the pneumonitis is open")

add("vgr-hypertoni-hyperlipidemi-angina-fragetecken", "vgr", "1960-01-05", [
    ("Aktuellt", "Hypertoni och hyperlipidemi. Tryck över bröstet vid uppförsbacke sedan en månad, släpper i vila."),
    ("Status", "Cor: regelbunden rytm, inga blåsljud. BT 152/88."),
    ("Bedömning", "Hypertoni, hyperlipidemi och nu ansträngningsutlöst bröstsmärta – angina pectoris?"),
    ("Planering", "Arbets-EKG, Nitrolingual vb. Trombyl insatt."),
], must=["NL102"], must_not=["NL101"], unit="v_med_alingsas",
    why="a list of settled diagnoses ending in 'angina pectoris?': the question mark belongs to angina")

add("skane-fragestallning-angina-bekraftad-arbets-ekg", "skane", "1957-05-26", [
    ("Frågeställning", "Angina pectoris?"),
    ("Arbets-EKG", "ST-sänkning 2 mm i V4-V6 vid 150 W med typisk bröstsmärta, återgång i vila."),
    ("Bedömning", "Stabil angina pectoris. DM2 och hereditet för tidig hjärtinfarkt (far)."),
    ("Planering", "Remiss för kranskärlsröntgen. Insatt Seloken ZOC och atorvastatin."),
], must_not=["NL102", "NL101"], unit="s_med_hbg",
    why="the question 'Angina pectoris?' is confirmed by the exercise test in the same note")

add("vgr-migran-ingen-misstanke-om-sekundar-huvudvark", "vgr", "1984-10-19", [
    ("Aktuellt", "Migrän med aura sedan 20 år, tätare anfall senaste halvåret i samband med ny tjänst."),
    ("Status", "Neurologstatus inkl. ögonbotten ua. BT 124/76."),
    ("Bedömning", "Migrän med aura, ökad anfallsfrekvens; ingen misstanke om sekundär huvudvärk."),
    ("Planering", "Profylax med propranolol. Huvudvärksdagbok."),
], must_not=["NL102", "NL101"], unit="v_neuro_su",
    why="settled migraine and a negated secondary headache in one sentence")

add("skane-kand-migran-sab-kan-inte-uteslutas", "skane", "1979-12-12", [
    ("Aktuellt", "Känd migrän utan aura. Plötslig svår huvudvärk under träning för två timmar sedan, värsta någonsin."),
    ("Status", "Lätt nackstelhet, i övrigt neurologstatus ua. GCS 15."),
    ("Bedömning", "Känd migrän, men denna huvudvärk atypisk och subaraknoidalblödning kan inte uteslutas."),
    ("Planering", "DT hjärna akut, vid negativ DT lumbalpunktion efter 12 h."),
], must=["NL102"], must_not=["NL101"], unit="s_akut_malmo",
    why="known migraine beside an SAH that 'kan inte uteslutas': the SAH is open")

add("skane-sab-fragetecken-dt-och-lp-negativa", "skane", "1988-08-08", [
    ("Aktuellt", "Åskknallshuvudvärk i går kväll, SAB? enligt ambulansens rapport."),
    ("Undersökningar", "DT hjärna utan blödning. LP efter 12 h: inga erytrocyter, ingen xantokromi."),
    ("Bedömning", "SAB utesluten. Primär åskknallshuvudvärk hos pat med känd migrän."),
    ("Planering", "Hem. Åter vid ny åskknallshuvudvärk."),
], must_not=["NL102", "NL101"], unit="s_med_hbg", setting="slutenvård",
    why="'SAB?' from the ambulance report is ruled out by CT and LP in the same note")

add("vgr-hypertyreos-struma-missankt-toxisk-nodos-typo", "vgr", "1953-03-14", [
    ("Aktuellt", "Struma sedan flera år utan besvär. Nu hjärtklappning, darrningar och viktnedgång."),
    ("Lab", "TSH <0,01, fritt T4 32."),
    ("Bedömning", "Hypertyreos vid känd struma; missänkt toxisk nodös struma."),
    ("Planering", "TRAK, tyreoideascintigrafi. Propranolol 20 mg x 3."),
], must=["NL102"], must_not=["NL101"], unit="v_med_uddevalla",
    why="typo 'missänkt': settled hyperthyroidism and a suspected toxic nodular goitre in one sentence")

add("skane-barn-dm1-celiaki-ev-pumpbehandling", "skane", "2013-01-10", [
    ("Aktuellt", "11-årig flicka med typ 1-diabetes sedan 2019 och celiaki sedan 2021. Kommer med mamma."),
    ("Status", "Lipohypertrofi vid injektionsställena på buken. Längd och vikt följer kurvan."),
    ("Bedömning", "Typ 1-diabetes med HbA1c 62 och celiaki välkontrollerad på glutenfri kost. Ev. pumpbehandling diskuteras vid nästa besök."),
    ("Planering", "Byte av injektionsställen. Diabetessköterska i januari."),
], must_not=["NL102", "NL101"], unit="s_barn_hlm",
    why="child under 13: 'Ev.' hedges an insulin pump, both diagnoses are settled")

add("vgr-brostcancer-opererad-inga-tecken-pa-recidiv", "vgr", "1959-07-21", [
    ("Aktuellt", "Årskontroll efter bröstbevarande op vä bröst 2021 för duktal cancer, på letrozol."),
    ("Status", "Ärret ua, inga palpabla resistenser i mammae eller axiller. Inga skelettsmärtor."),
    ("Bedömning", "Bröstcancer vä, opererad 2021. Pat undrar om hon kan få återfall; inga tecken på recidiv vid dagens kontroll."),
    ("Planering", "Mammografi om ett år, fortsatt letrozol."),
], must_not=["NL102", "NL101"], unit="v_onk_su",
    why="the patient's worry about relapse is answered by 'inga tecken på recidiv'; the cancer history is settled")

add("vgr-pat-orolig-for-cancer-ul-lipom", "vgr", "1973-11-02", [
    ("Aktuellt", "Knöl på vä överarm sedan ett år, långsamt växande. Pat orolig för att det kan vara cancer."),
    ("Status", "3 cm mjuk, väl avgränsad, rörlig resistens i subkutis."),
    ("UL", "Homogen subkutan förändring utan kärlförsörjning, typiskt lipom."),
    ("Bedömning", "Lipom vä överarm, inga tecken på malignitet."),
    ("Planering", "Ingen åtgärd, pat lugnad. Ny kontakt vid tillväxt."),
], must_not=["NL102", "NL101"], unit="v_kir_kungalv",
    why="the patient's fear that it 'kan vara cancer' is ruled out in the same note; lipoma is settled")

add("skane-seborroiska-keratoser-trol-ingen-atgard", "skane", "1949-08-19", [
    ("Aktuellt", "Flera bruna vårtliknande förändringar på bålen som kliar."),
    ("Status", "Dermatoskopi: multipla seborroiska keratoser, inga melanocytära förändringar."),
    ("Bedömning", "Seborroiska keratoser på bålen, trol. behövs ingen vidare åtgärd."),
    ("Planering", "Ingen behandling nu; kryo kan erbjudas om klådan tilltar."),
], must_not=["NL102", "NL101"], unit="s_hud_lund",
    why="'trol.' hedges the need for treatment, not the dermatoscopically settled keratoses")

add("skane-pmo-hemsjukvard-kol-hjartsvikt-trol-pneumoni", "skane", "1935-10-27", [
    ("Aktuellt", "Hembesök. 88-årig man med KOL och hjärtsvikt, feber 38,4 och ökad hosta sedan i går."),
    ("Status", "Sat 90 %, AF 24. Rassel basalt vä."),
    ("Bedömning", "KOL och hjärtsvikt, nu trol. pneumoni."),
    ("Planering", "Amoxicillin 750 mg x 3. Sjuksköterska ringer i morgon, inläggning vid försämring."),
], must_not=["NL102"], system="PMO", template="Hembesök", unit="p_hsv_hoor",
    why="PMO home-care note: probable pneumonia beside KOL and heart failure, PMO never shows diagnoses")

add("skane-pmo-um-misstankt-klamydia", "skane", "2006-09-14", [
    ("Aktuellt", "17-årig tjej, partnern har fått positivt klamydiatest. Inga symtom."),
    ("Status", "Gyn: ua, inga flytningar."),
    ("Bedömning", "Misstänkt klamydia, smittspårning pågår."),
    ("Planering", "Provtagning, doxycyklin direkt enligt rutin. Partnerspårning via kurator."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_um_lund",
    why="PMO youth-clinic note: a suspected chlamydia is never shown from PMO")

add("skane-barn-astma-nu-misstankt-mykoplasmapneumoni", "skane", "2017-03-03", [
    ("Aktuellt", "7-årig pojke med känd astma. Hosta i tre veckor, feber senaste fem dagarna."),
    ("Status", "Allmäntillstånd gott. Pulm: fina rassel vä bas. Sat 95 %."),
    ("Bedömning", "Känd astma, nu misstänkt mykoplasmapneumoni."),
    ("Planering", "Mykoplasma-PCR från nasofarynx. Erytromycin i tio dagar."),
], must=["NL102"], must_not=["NL101"], unit="s_barn_hlm",
    why="child under 13 (guardian reads): known asthma and a suspected mycoplasma pneumonia in one sentence")

# ---------------------------------------------------------------------------
# Chunk 5: children, pregnancy, 'möjligen', 'kan ej uteslutas', NL101 positives
# ---------------------------------------------------------------------------

add("vgr-barn-feber-kawasaki-kan-ej-uteslutas", "vgr", "2020-02-17", [
    ("Aktuellt", "4-årig flicka med feber sedan fem dygn trots paracetamol. Tidigare frisk, vaccinerad enligt programmet."),
    ("Status", "Bilateral konjunktivit utan sekret, röda spruckna läppar, makulopapulösa utslag på bålen. Svullna händer."),
    ("Bedömning", "Feber sedan fem dygn med konjunktivit och utslag, Kawasakis sjukdom kan ej uteslutas."),
    ("Planering", "Inläggning. Ekokardiografi, CRP, SR, albumin."),
], must=["NL102"], must_not=["NL101"], unit="v_barn_dsbus", setting="slutenvård",
    why="child under 13: conjunctivitis is a finding, Kawasaki disease that 'kan ej uteslutas' is open")

add("vgr-barn-misstankt-invagination-ul-lymfadenit", "vgr", "2021-04-09", [
    ("Aktuellt", "3-årig pojke med intermittent buksmärta och kräkningar sedan i går, misstänkt invagination enl remitterande läkare."),
    ("UL buk", "Ingen invagination. Förstorade mesenteriella lymfkörtlar i hö fossa."),
    ("Bedömning", "Mesenteriell lymfadenit; invagination utesluten med UL."),
    ("Planering", "Hem med föräldrarna, Alvedon. Återkontakt vid blod i avföringen eller ökad smärta."),
], must_not=["NL102", "NL101"], unit="v_barn_dsbus",
    why="child under 13: the referral's suspected intussusception is excluded by ultrasound in the same note")

add("vgr-parkinson-nu-mojligen-lewy-body-demens", "vgr", "1943-05-05", [
    ("Aktuellt", "Parkinsons sjukdom sedan 2018 på Madopark. Synhallucinationer av små djur i rummet och fluktuerande vakenhet senaste månaderna."),
    ("Status", "Bradykinesi, rigiditet bilat. MMSE 22/30."),
    ("Bedömning", "Parkinsons sjukdom, nu möjligen Lewy body-demens."),
    ("Planering", "Neuropsykologisk utredning. Inga neuroleptika."),
], must=["NL102"], must_not=["NL101"], unit="v_geri_lidk",
    why="settled Parkinson's and a 'möjligen' dementia with Lewy bodies in one sentence")

add("vgr-crohn-remission-misstankt-perianal-fistel", "vgr", "1990-12-24", [
    ("Aktuellt", "Crohns sjukdom i ileum sedan 2016 på Humira. Smärta och flytning vid anus sedan två veckor."),
    ("Status", "Rodnad, öm förhårdnad klockan 5 perianalt, sekret vid tryck."),
    ("Bedömning", "Crohns sjukdom i klinisk remission, nu misstänkt perianal fistel med abscess."),
    ("Planering", "MR lilla bäckenet. Kirurgkonsult för ev. dränage."),
], must=["NL102"], must_not=["NL101"], unit="v_gastro_ostra",
    why="Crohn's in remission is settled, the perianal fistula with abscess is suspected")

add("vgr-osteoporos-th12-mojlig-ny-kotfraktur-l1", "vgr", "1940-09-01", [
    ("Aktuellt", "Osteoporos med kotkompression Th12 sedan 2022 på alendronat. Ny akut ryggsmärta efter att ha lyft en blomkruka."),
    ("Status", "Knackömhet över L1, ingen neurologisk påverkan."),
    ("Bedömning", "Osteoporos med känd kotkompression Th12; möjlig ny kotfraktur L1."),
    ("Planering", "Rtg ländrygg. Smärtlindring, korsett vb."),
], must=["NL102"], must_not=["NL101"], unit="v_ort_sks", draft=True,
    why="unsigned draft: an old settled compression fracture and a possible new one at L1")

add("skane-ulceros-kolit-c-difficile-kan-ej-uteslutas", "skane", "1971-02-08", [
    ("Aktuellt", "Ulcerös kolit sedan 2010, stabil på mesalazin. Nu vattentunna diarréer 10 ggr/dygn efter antibiotikakur för tandinfektion."),
    ("Status", "Temp 38,1, diffust öm buk, ingen peritonit."),
    ("Bedömning", "Ulcerös kolit; C. difficile-infektion kan ej uteslutas efter klindamycinkuren."),
    ("Planering", "F-C. difficile toxin, F-calprotektin. Kontakt med pat i morgon."),
], must=["NL102"], must_not=["NL101"], unit="s_gastro_malmo",
    why="settled ulcerative colitis and a C. difficile infection that cannot be excluded")

add("vgr-gravid-graviditetsdiabetes-begynnande-preeklampsi-fragetecken", "vgr", "1994-06-28", [
    ("Aktuellt", "Gravid v 32+3, omföderska. Huvudvärk och ödem i ansikte och händer sedan i går. Graviditetsdiabetes, kostbehandlad."),
    ("Status", "BT 152/101 och 148/98 med fyra timmars mellanrum. Urinsticka protein 2+."),
    ("Bedömning", "Graviditetsdiabetes, nu begynnande preeklampsi?"),
    ("Planering", "Inläggning, labetalol. PlGF/sFlt-1, CTG och tillväxtultraljud."),
], must=["NL102"], must_not=["NL101"], unit="v_kvinno_ostra", setting="slutenvård",
    why="settled gestational diabetes, then pre-eclampsia with a trailing '?'")

add("skane-postpartum-efter-sectio-misstankt-endometrit", "skane", "1992-10-05", [
    ("Aktuellt", "Dag 5 efter akut kejsarsnitt. Feber 38,9 och illaluktande flytningar."),
    ("Status", "Uterus öm vid palpation, fundus två tvärfingrar under naveln. Såret ua. Brösten mjuka."),
    ("Bedömning", "Postpartum dag 5 efter sectio, misstänkt endometrit."),
    ("Planering", "Cervixodling, blododlingar. Klindamycin och gentamicin iv."),
], must=["NL102"], must_not=["NL101"], unit="s_kvinno_hbg", setting="slutenvård",
    why="a settled postpartum state after caesarean and a suspected endometritis")

add("vgr-prostatacancer-pat-kanner-annu-inte-till-biopsisvar", "vgr", "1951-04-16", [
    ("Aktuellt", "Genomgång av biopsisvar efter MR-riktade prostatabiopsier. Pat har även BPH med LUTS sedan länge."),
    ("PAD", "Adenocarcinom Gleason 3+4=7 i 4 av 12 biopsier."),
    ("Bedömning", "Prostatacancer, intermediär risk. Pat känner ännu inte till biopsisvaret; besked ges vid besöket på torsdag."),
    ("Planering", "Skelettscint beställd. MDK nästa vecka."),
], must=["NL101"], must_not=["NL102"], unit="v_uro_sks",
    why="settled prostate cancer beside known BPH; the patient does not yet know the biopsy result")

add("vgr-alzheimer-ej-informerad-informeras-med-dottern", "vgr", "1957-08-03", [
    ("Aktuellt", "Sammanfattning efter minnesutredning. Hypertoni och hypotyreos sedan tidigare."),
    ("Utredning", "MMSE 21, DT hjärna med hippocampusatrofi, likvor med lågt beta-amyloid och förhöjt tau."),
    ("Bedömning", "Alzheimers sjukdom, tidig debut. Pat inte informerad ännu, informeras vid återbesök tillsammans med dottern."),
    ("Planering", "Återbesök om tio dagar. Donepezil tas upp då."),
], must=["NL101"], must_not=["NL102"], unit="v_geri_lidk",
    why="a settled Alzheimer's diagnosis in visible text that the patient has not been told yet")

add("skane-levermetastaser-besked-ej-fore-mdk", "skane", "1954-01-29", [
    ("Aktuellt", "Uppföljning efter hemikolektomi hö för koloncancer i mars."),
    ("DT thorax-buk", "Två nytillkomna lesioner i leverns hö lob, 12 och 18 mm."),
    ("Bedömning", "Levermetastaser från koloncancern. Besked ska inte ges till pat förrän efter MDK på torsdag."),
    ("Planering", "Anmäld till lever-MDK. Pat kallas till läkarbesök veckan efter."),
], must=["NL101"], unit="s_kir_ystad",
    why="the note says the patient must not be told the liver metastases before the MDT conference")

add("skane-njurcellscancer-ej-infomerad-typo", "skane", "1963-06-06", [
    ("Aktuellt", "Återbesök efter DT urografi pga makroskopisk hematuri. Njursten vä 2019, spontanavgång."),
    ("PAD", "Klarcellig njurcellscancer, biopsi från 5 cm tumör i hö njure."),
    ("Bedömning", "Klarcellig njurcellscancer hö njure. Pat ej infomerad, uteblev från dagens besök och nås inte på telefon."),
    ("Planering", "Ny kallelse per brev. DT thorax för stadieindelning."),
], must=["NL101"], must_not=["NL102"], unit="s_uro_malmo",
    why="typo 'infomerad': a settled renal cancer that the patient has not been told")

add("vgr-koxartros-pat-ej-informerad-om-flyttad-rtg-tid", "vgr", "1950-03-19", [
    ("Aktuellt", "Artros i hö höft, väntar på höftprotes. Alvedon och tramadol vid behov."),
    ("Status", "Inåtrotation hö höft 5 grader, haltar, Trendelenburg negativ."),
    ("Bedömning", "Koxartros hö, oförändrad. Pat ej informerad om att röntgentiden flyttats till nästa vecka, sekreteraren ringer."),
    ("Planering", "Preoperativ bedömning efter ny rtg."),
], must_not=["NL101", "NL102"], unit="v_ort_sks",
    why="'ej informerad' concerns a moved x-ray appointment, not the hip arthrosis the patient already knows")

add("vgr-mds-besked-lamnat-till-pat-och-make", "vgr", "1946-11-25", [
    ("Aktuellt", "Svar på benmärgsutredning, pat kommer med maken."),
    ("Benmärg", "Myelodysplastiskt syndrom med ringsideroblaster, lågrisk enligt IPSS-R."),
    ("Bedömning", "MDS lågrisk. Besked om diagnosen lämnat till pat och make vid dagens besök, frågor besvarade."),
    ("Planering", "Kontroll av blodstatus var tredje månad, EPO om Hb sjunker under 95."),
], must_not=["NL101", "NL102"], unit="v_med_su",
    why="a settled MDS that the note says was told to the patient today")

add("vgr-kol-nu-misstankt-lungcancer-ej-informerad", "vgr", "1955-09-13", [
    ("Aktuellt", "Remiss från VC pga hemoptys och viktnedgång. Röker sedan 40 år, känd KOL."),
    ("DT thorax", "3 cm spikulerad förändring i hö ovanlob, förstorade mediastinala körtlar."),
    ("Bedömning", "KOL, nu misstänkt lungcancer hö ovanlob. Pat ej informerad om misstanken, besked avvaktas tills bronkoskopin är gjord."),
    ("Planering", "Bronkoskopi och PET-DT. Standardiserat vårdförlopp lungcancer startat."),
], must=["NL101", "NL102"], unit="v_lung_sas",
    why="settled KOL and a suspected lung cancer the patient has not been told, both in visible Bedömning")

add("skane-sarkoidos-fragetecken-dd-lymfom", "skane", "1986-03-31", [
    ("Aktuellt", "Torrhosta och trötthet sedan två månader. Erythema nodosum på underbenen förra månaden."),
    ("Rtg pulm", "Bilateral hiluslymfadenopati, lungparenkymet ua."),
    ("Bedömning", "Sarkoidos? DD lymfom."),
    ("Planering", "DT thorax, EBUS med biopsi av mediastinala körtlar. ACE, kalcium."),
], must=["NL102"], must_not=["NL101"], unit="s_lung_lund",
    why="'Sarkoidos? DD lymfom.' is an open differential beside a settled erythema nodosum")

# ---------------------------------------------------------------------------
# Chunk 6: hedges on causes, plans and adherence; answered referral questions
# ---------------------------------------------------------------------------

add("skane-s-aureus-bakteriemi-sannolikt-ingangsport-pvk", "skane", "1944-06-14", [
    ("Aktuellt", "Dag 3 på med-avd efter inläggning för hjärtsvikt. Frossa och feber 39,4 i natt."),
    ("Status", "Rodnad och ömhet runt tidigare PVK-insticksställe i vä armbåge. Cor: inga nytillkomna blåsljud."),
    ("Lab", "Blododling 2/2 flaskor växt av S. aureus."),
    ("Bedömning", "S. aureus-bakteriemi, sannolikt med ingångsport via den perifera venkatetern i vä armbåge. Hjärtsvikten kompenserad."),
    ("Planering", "Kloxacillin iv, TTE. Ny blododling om 48 h."),
], must_not=["NL102", "NL101"], unit="s_med_lsk", setting="slutenvård", draft=True,
    why="unsigned draft: 'sannolikt' hedges the entry point of a culture-proven bacteraemia")

add("vgr-kontakteksem-trol-utlost-av-nytt-tvattmedel", "vgr", "1987-12-21", [
    ("Aktuellt", "Kliande utslag på bålen och armarna sedan en vecka. Atopiskt eksem som barn."),
    ("Status", "Erytematösa papler och fjällning på bålen och armarnas insidor, ansiktet fritt."),
    ("Bedömning", "Kontakteksem, trol. utlöst av det nya tvättmedlet som familjen bytte till för tre veckor sedan."),
    ("Planering", "Byta tillbaka tvättmedel. Grupp III-steroid i två veckor. Lapptest vid recidiv."),
], must_not=["NL102", "NL101"], unit="v_hud_sas",
    why="'trol.' hedges the trigger (a detergent) of a settled contact eczema")

add("skane-lumbago-trol-efter-lyft-ingen-ishias-typo", "skane", "1982-07-07", [
    ("Aktuellt", "Akut ländryggsmärta sedan i förrgår, började när pat bar möbler vid en flytt. Ingen utstrålning."),
    ("Status", "Palpöm paravertebralt L4-L5, Laseuge neg bilat, neurologi ua."),
    ("Bedömning", "Lumbago, trol. efter de tunga lyften vid flytten; inga tecken på ishias."),
    ("Planering", "Fortsatt aktivitet, NSAID i en vecka. Återkontakt vid blåsstörning eller bensvaghet."),
], must_not=["NL102", "NL101"], unit="s_ort_ksd",
    why="typo 'ishias' (negated); 'trol.' hedges the cause of a settled lumbago")

add("vgr-dm2-foljsamhet-till-metformin-fragetecken", "vgr", "1966-04-12", [
    ("Aktuellt", "Typ 2-diabetes sedan 2018 och hyperlipidemi. Kommer på årskontroll."),
    ("Lab", "HbA1c 78, stigande från 58 i fjol. LDL 3,4."),
    ("Bedömning", "Typ 2-diabetes med försämrad kontroll. Följsamhet till metformin? Pat medger att hon ofta glömmer kvällsdosen."),
    ("Planering", "Dosett, Jardiance insatt. Diabetessköterska om sex veckor."),
], must_not=["NL102", "NL101"], unit="v_med_alingsas",
    why="the '?' questions drug adherence, not the settled diabetes")

add("skane-formaksflimmer-elkonvertering-trol-om-fyra-veckor", "skane", "1956-02-26", [
    ("Aktuellt", "Persisterande förmaksflimmer sedan i höstas, hypertoni. Trött och ansträngningsintolerant."),
    ("EKG", "Förmaksflimmer 88/min, normal QRS-bredd."),
    ("Bedömning", "Persisterande förmaksflimmer och hypertoni. Elkonvertering trol. om fyra veckor när Eliquis getts tillräckligt länge."),
    ("Planering", "Eliquis 5 mg x 2. Kallelse till elkonvertering."),
], must_not=["NL102", "NL101"], unit="s_med_hbg",
    why="'trol.' hedges the timing of a cardioversion; both diagnoses are settled")

add("vgr-koloskopi-fragestallning-malignitet-besvarad-adenom", "vgr", "1959-05-30", [
    ("Frågeställning", "Blödningskälla? Malignitet? Järnbrist och positivt F-Hb hos 64-årig man."),
    ("Koloskopi", "Undersökt till caecum. 15 mm polyp i sigmoideum, avlägsnad med slynga. Divertiklar i sigmoideum."),
    ("PAD", "Tubulärt adenom med låggradig dysplasi, ingen malignitet."),
    ("Bedömning", "Adenom i sigmoideum, radikalt avlägsnat, och divertikulos. Malignitet utesluten."),
    ("Planering", "Ny koloskopi om tre år. Järntillskott, Hb-kontroll på VC."),
], must_not=["NL102", "NL101"], unit="v_gastro_ostra",
    why="the referral question 'Malignitet?' is answered by PAD in the same note")

add("skane-mr-kna-fragestallning-menisk-ledband-besvarad", "skane", "1998-11-18", [
    ("Frågeställning", "Meniskskada? Ledbandsskada? Vridvåld mot vä knä vid fotboll."),
    ("MR vä knä", "Horisontell ruptur i mediala meniskens bakhorn. Främre korsbandet intakt, kollateralligamenten ua."),
    ("Bedömning", "Medial meniskruptur vä knä, ingen ledbandsskada."),
    ("Planering", "Fysioterapi i tre månader, ställningstagande till artroskopi därefter."),
], must_not=["NL102", "NL101"], unit="s_ort_ksd", draft=True,
    why="unsigned draft: both referral questions are answered by MRI, one confirmed and one negated")

add("vgr-pmr-ul-temporalis-ingen-jattecellsarterit", "vgr", "1947-01-09", [
    ("Aktuellt", "Stelhet och värk i axlar och höfter sedan sex veckor, värst på morgonen. SR 62."),
    ("Status", "Temporalisartärer mjuka, ej ömma. Inga synstörningar, ingen käkklaudikation."),
    ("Bedömning", "Polymyalgia reumatika; UL temporalisartärer utan halo, ingen jättecellsarterit."),
    ("Planering", "Prednisolon 15 mg, nedtrappning enligt schema. Osteoporosprofylax."),
], must_not=["NL102", "NL101"], unit="v_med_uddevalla",
    why="settled polymyalgia beside a giant cell arteritis negated by ultrasound")

add("skane-pmo-dm2-depresion-kan-ej-uteslutas-typo", "skane", "1969-09-23", [
    ("Aktuellt", "Typ 2-diabetes, kommer för uppföljning. Nedstämd, sover dåligt och har slutat träffa vänner."),
    ("Status", "Psykiskt: sänkt grundstämning, ingen suicidalitet. MADRS-S 24."),
    ("Bedömning", "DM2 välreglerad, men depresion kan ej uteslutas."),
    ("Planering", "Återbesök om två veckor, samtalskontakt med kurator erbjuds."),
], must_not=["NL102"], system="PMO", template="Besöksanteckning", unit="p_vc_sodervarn",
    why="typo 'depresion'; PMO note, so the open depression hypothesis is never shown")

add("skane-pmo-hemsjukvard-trycksar-ev-candida", "skane", "1933-04-04", [
    ("Aktuellt", "Hembesök hos 91-årig kvinna med demens och hjärtsvikt. Sängliggande sedan fallet i mars."),
    ("Status", "Trycksår sakralt 2x3 cm, kategori 2. Rodnad fuktig hud med satellitlesioner i bägge ljumskar."),
    ("Bedömning", "Trycksår kategori 2 sakralt; ev. candidainfektion i ljumskarna."),
    ("Planering", "Tryckavlastande madrass, vändschema. Daktarin kräm två gånger dagligen i ljumskarna."),
], must_not=["NL102"], system="PMO", template="Hembesök", unit="p_hsv_hoor",
    why="PMO home-care note: 'ev. candidainfektion' beside a settled pressure ulcer, PMO never shows diagnoses")

add("vgr-herpes-zoster-v1-kll-ingen-keratit", "vgr", "1952-08-31", [
    ("Aktuellt", "Brännande smärta och blåsor i pannan vä sedan tre dagar. Känd KLL, obehandlad."),
    ("Status", "Vesiklar i vä V1-dermatom, ej på nästippen. Ögon: ingen rodnad, visus 1,0 bilat."),
    ("Ögonkonsult", "Ingen keratit eller uveit."),
    ("Bedömning", "Herpes zoster vä V1 hos pat med KLL, utan ögonengagemang."),
    ("Planering", "Valaciklovir 1 g x 3 i sju dagar. Ny ögonkontroll om en vecka."),
], must_not=["NL102", "NL101"], unit="v_med_su",
    why="zoster and CLL settled, keratitis and uveitis negated in a consultant's line")

add("skane-misstankt-tia-mr-visar-infarkt", "skane", "1945-10-16", [
    ("Aktuellt", "Inkom med misstänkt TIA efter 30 minuters talsvårigheter i går kväll. Förmaksflimmer utan antikoagulantia."),
    ("MR hjärna", "Färsk liten infarkt i vä frontallob på DWI."),
    ("Bedömning", "Ischemisk stroke vä frontalt med övergående afasi, kardioembolisk genes vid förmaksflimmer."),
    ("Planering", "Start Eliquis dag 3. Logopedbedömning."),
], must_not=["NL102", "NL101"], unit="s_med_hbg", setting="slutenvård",
    why="the admission suspicion of TIA is superseded by an MRI-proven stroke in the same note")

add("vgr-alkoholberoende-levercirros-fragetecken", "vgr", "1967-07-25", [
    ("Aktuellt", "Alkoholberoende sedan många år, dricker en flaska vin per dag. Ökat bukomfång och trötthet."),
    ("Status", "Spider naevi på bröstkorgen, palmarerytem. Lätt ascites."),
    ("Lab", "ALAT 1,8, GT 4,2, albumin 29, PK 1,4."),
    ("Bedömning", "Alkoholberoende, levercirros?"),
    ("Planering", "UL buk, fibroscan. Kontakt med beroendemottagningen."),
], must=["NL102"], must_not=["NL101"], unit="v_gastro_ostra",
    why="settled alcohol dependence, then liver cirrhosis with a '?' in the same short sentence")

add("skane-tidigare-brostcancer-nu-skelettmetastaser-fragetecken", "skane", "1961-01-19", [
    ("Aktuellt", "Bröstcancer hö 2019, opererad och strålbehandlad, på tamoxifen. Smärta i ländryggen och hö höft sedan två månader."),
    ("Status", "Knackömhet över L3 och hö os ilium."),
    ("Bedömning", "Tidigare bröstcancer, nu skelettmetastaser?"),
    ("Planering", "Skelettscintigrafi, ALP, kalcium. Smärtlindring."),
], must=["NL102"], must_not=["NL101"], unit="s_onk_lund",
    why="a settled past breast cancer and possible bone metastases marked with '?'")

add("vgr-barn-astma-pappan-utreds-misstankt-adhd", "vgr", "2014-11-27", [
    ("Aktuellt", "9-årig pojke på astmakontroll med pappa. Inga nattliga besvär, använder Flixotide morgon och kväll."),
    ("Status", "Pulm ua. PEF 290, förväntat 300."),
    ("Bedömning", "Sonen har välkontrollerad astma; pappan, som själv utreds för misstänkt ADHD, önskar hjälp med påminnelser om medicinen."),
    ("Planering", "Påminnelseapp rekommenderad. Kontroll om sex månader."),
], must_not=["NL102", "NL101"], unit="v_barn_dsbus",
    why="child under 13: the suspected ADHD is the father's, the child's asthma is settled")

# ---------------------------------------------------------------------------
# Chunk 7: 'kan uteslutas' vs 'kan ej uteslutas', partial answers, NL101, typos
# ---------------------------------------------------------------------------

add("vgr-pneumoni-lungemboli-kan-uteslutas", "vgr", "1974-08-22", [
    ("Aktuellt", "Feber, hosta och andningskorrelerad smärta hö sedan tre dagar. Opererad för ljumskbråck för två veckor sedan."),
    ("Status", "Rassel hö basalt, sat 94 %, puls 96."),
    ("Bedömning", "Pneumoni hö underlob; lungemboli kan uteslutas med negativ D-dimer och låg Wells-poäng."),
    ("Planering", "Doxycyklin i tio dagar, kontroll på vårdcentralen om en vecka."),
], must_not=["NL102", "NL101"], unit="v_med_uddevalla",
    why="'kan uteslutas' (without 'ej') negates the pulmonary embolism; the pneumonia is settled")

add("skane-uretarsten-bukaortaaneurysm-uteslutes-typo", "skane", "1964-03-10", [
    ("Aktuellt", "Plötslig smärta vä flank med utstrålning mot ljumsken, illamående. Rökare, hypertoni."),
    ("DT buk", "4 mm konkrement i vä distala uretär med lätt hydronefors. Aorta normalvid."),
    ("Bedömning", "Vä uretärsten, bukaortaaneurysm uteslutes."),
    ("Planering", "Voltaren, alfuzosin. Ny DT om tre veckor om stenen ej avgått."),
], must_not=["NL102", "NL101"], unit="s_akut_malmo",
    why="typo 'hydronefors'; a settled ureteric stone and an aortic aneurysm negated by 'uteslutes'")

add("vgr-kand-dvt-nu-sannolkit-lungemboli-typo", "vgr", "1976-10-28", [
    ("Aktuellt", "Känd DVT vä ben sedan förra veckan, på Eliquis. Nu plötslig bröstsmärta och andnöd."),
    ("Status", "Puls 118, sat 89 %. Vä ben svullet, ömt i vaden."),
    ("Bedömning", "Känd DVT vä ben; nu sannolkit lungemboli trots pågående antikoagulation."),
    ("Planering", "DT-angio, syrgas. Kontakt med koagulationsjouren."),
], must=["NL102"], must_not=["NL101"], unit="v_akut_nal", draft=True,
    why="typo 'sannolkit', unsigned draft: known DVT and a probable pulmonary embolism in one sentence")

add("skane-hanvisning-till-tidiga-hypoteser-utan-diagnos", "skane", "1970-11-05", [
    ("Aktuellt", "Känd juvenil myoklon epilepsi, anfallsfri på Keppra sedan tre år. Ny försämring av minnet enligt maken."),
    ("Status", "Neurologstatus ua. MoCA 24/30."),
    ("Bedömning", "Epilepsi välkontrollerad. Ytterligare bedömning av minnesbesvären finns i Tidiga hypoteser."),
    ("Planering", "Neuropsykologisk testning, MR hjärna."),
], must_not=["NL102", "NL101"], unit="s_neuro_lund",
    why="the visible note only points to Tidiga hypoteser without naming a hypothesis; epilepsy is settled")

add("vgr-kognitiv-svikt-dd-vaskular-demens-blanddemens", "vgr", "1945-02-13", [
    ("Aktuellt", "Minnessvikt sedan två år. Hypertoni och tidigare stroke 2019."),
    ("Utredning", "MMSE 23. DT hjärna: vitsubstansförändringar och gammal infarkt hö parietalt."),
    ("Bedömning", "Kognitiv svikt, DD vaskulär demens eller blanddemens."),
    ("Planering", "Likvoranalys, neuropsykolog. Återbesök om två månader."),
], must=["NL102"], must_not=["NL101"], unit="v_geri_lidk",
    why="a settled cognitive impairment followed by an open DD between two dementias")

add("skane-dd-pneumoni-lungemboli-delvis-besvarad", "skane", "1965-05-17", [
    ("Aktuellt", "Andfåddhet och lätt feber sedan fyra dagar. Känd bröstcancer under cytostatikabehandling. DD pneumoni eller lungemboli."),
    ("Rtg pulm", "Inga infiltrat, ingen pleuravätska."),
    ("Bedömning", "Ingen pneumoni. Lungemboli kvarstår som möjlig förklaring, D-dimer förhöjd."),
    ("Planering", "DT-angio lungartärer i morgon bitti, Fragmin i behandlingsdos i natt."),
], must=["NL102"], must_not=["NL101"], unit="s_med_lsk", setting="slutenvård", draft=True,
    why="unsigned draft: the DD is only half answered; pneumonia is excluded but the embolism stays possible")

add("vgr-misstankt-urosepsis-bekraftad-odlingar-typo", "vgr", "1941-07-02", [
    ("Aktuellt", "Inlagd i förrgår med feber, frossa och förvirrig. Typ 2-diabetes och KOL."),
    ("Lab", "Blododling och urinodling med växt av E. coli, känslig för cefotaxim."),
    ("Bedömning", "Misstänkt urosepsis vid ankomst, nu bekräftad med E. coli i blod- och urinodling. KOL och DM2 stabila."),
    ("Planering", "Cefotaxim iv, byte till peroral behandling när afebril i 48 h."),
], must_not=["NL102", "NL101"], unit="v_med_uddevalla", setting="slutenvård",
    why="typo 'förvirrig'; the suspected urosepsis is confirmed by cultures in the same sentence")

add("skane-gerd-striktur-malignitet-kan-ej-uteslutas-pat-informerad", "skane", "1958-12-20", [
    ("Aktuellt", "Dysfagi för fast föda sedan tre månader, viktnedgång 4 kg. Känd GERD på omeprazol."),
    ("Gastroskopi", "Oregelbunden striktur i distala esofagus, biopsier tagna."),
    ("Bedömning", "GERD med striktur; malignitet kan ej uteslutas innan PAD, vilket pat informerats om vid undersökningen."),
    ("Planering", "Svar på PAD om en vecka, telefontid bokad."),
], must_not=["NL101"], unit="s_gastro_malmo", draft=True,
    why="unsigned draft: an open malignancy question that the patient has been told about, so no NL101")

add("vgr-epilepsi-arbetsgivaren-ska-ej-informeras", "vgr", "1990-04-07", [
    ("Aktuellt", "Två generaliserade anfall senaste månaden, tidigare frisk. EEG med epileptiform aktivitet vä temporalt."),
    ("Bedömning", "Fokal epilepsi vä temporallob. Pat har fått diagnosen förklarad men vill inte att arbetsgivaren informeras ännu."),
    ("Planering", "Lamotrigin med långsam upptrappning. Körkortsinformation given, intyg till Transportstyrelsen."),
], must_not=["NL101", "NL102"], unit="v_neuro_su",
    why="the patient knows the epilepsy diagnosis; only the employer is not to be told")

add("skane-myelom-diagnosen-ej-meddelad-pat", "skane", "1953-09-08", [
    ("Aktuellt", "Utredning av anemi och ryggsmärta. Känd hypertoni och hypotyreos."),
    ("Lab", "M-komponent IgG kappa 38 g/l, kalcium 2,75. Benmärg med 30 % plasmaceller."),
    ("Bedömning", "Multipelt myelom. Diagnosen ej meddelad pat, samtal bokat på måndag med kontaktsjuksköterska."),
    ("Planering", "Helkropps-DT lågdos. Remiss till hematologen."),
], must=["NL101"], must_not=["NL102"], unit="s_med_hbg", draft=True,
    why="unsigned draft: a settled myeloma in visible text that has not been told to the patient")

add("vgr-barn-remiss-fragestallning-celiaki-mor-dm1", "vgr", "2017-10-02", [
    ("Anamnes", "6-årig flicka med dålig viktuppgång och lös avföring sedan ett år. Mamman har diabetes typ 1."),
    ("Status", "Vikten har fallit från +1 till -1 SD. Buken lätt utspänd."),
    ("Frågeställning", "Celiaki? Transglutaminas-ak förhöjt, 45 U/ml. Tack för gastroskopi."),
], must=["NL102"], must_not=["NL101"], template="Remiss", unit="v_barn_dsbus",
    why="child under 13: the mother's diabetes is settled, the child's coeliac disease is a referral question")

add("vgr-ul-utan-appendicit-ovarialcysta", "vgr", "2000-01-31", [
    ("Aktuellt", "24-årig kvinna med smärta i hö fossa sedan i morse, ingen feber."),
    ("UL buk", "Utan tecken på appendicit. 4 cm enkel cysta i hö ovarium, ingen fri vätska."),
    ("Bedömning", "Funktionell ovarialcysta hö, appendicit utesluten."),
    ("Planering", "Smärtlindring, ny UL om sex veckor via gynmottagningen."),
], must_not=["NL102", "NL101"], unit="v_kir_kungalv", draft=True,
    why="unsigned draft: appendicitis negated by ultrasound, the ovarian cyst is settled")

add("skane-bph-njursten-blascancer-kan-inte-uteslutas-typo", "skane", "1955-06-24", [
    ("Aktuellt", "Makroskopisk hematuri vid två tillfällen. Njursten hö 2017, BPH på tamsulosin. Röker."),
    ("Status", "Prostata förstorad, jämn, oöm. Urinsticka blod 3+."),
    ("Bedömning", "BPH och tidigare njursten, men blåscancer kan inte uteslutas hos rökare med makroskopisk hematuri."),
    ("Planering", "Cystoskpi och DT urografi enligt SVF."),
], must=["NL102"], must_not=["NL101"], unit="s_uro_malmo",
    why="typo 'Cystoskpi': two settled diagnoses and a bladder cancer that 'kan inte uteslutas'")

add("vgr-terapiresistent-hypertoni-trol-primar-aldosteronism", "vgr", "1982-02-09", [
    ("Aktuellt", "Svårbehandlad hypertoni trots tre läkemedel, 42 år. Muskelkramper."),
    ("Lab", "K 3,1, aldosteron/renin-kvot kraftigt förhöjd."),
    ("Bedömning", "Terapiresistent hypertoni, trol. sekundär till primär aldosteronism."),
    ("Planering", "Saltbelastningstest, DT binjurar. Spironolakton insatt."),
], must=["NL102"], must_not=["NL101"], unit="v_med_su",
    why="'trol.' hedges a cause that is itself a diagnosis (primary aldosteronism), unlike a trigger")

add("skane-pmo-misstankt-demens-dottern-ringer", "skane", "1938-08-16", [
    ("Aktuellt", "Dottern ringer oroad över mammans minne, hon har gått vilse två gånger i höst."),
    ("Bedömning", "Misstänkt demenssjukdom hos pat med känd hypertoni; pat ej informerad om dotterns samtal."),
    ("Planering", "Kallar pat till minnesutredning på vårdcentralen."),
], must_not=["NL102"], system="PMO", template="Telefonanteckning", unit="p_vc_linero",
    why="PMO note: a suspected dementia is never shown from PMO (NL101 not asserted on PMO)")

add("vgr-overburen-graviditet-ev-induktion-typo", "vgr", "1996-05-03", [
    ("Aktuellt", "Förstföderska i v 41+2, graviditeten okomplcerad. Lite minskade fosterrörelser i går, normala idag."),
    ("Status", "CTG normalt. Fostervattenmängd normal på UL, beräknad vikt 3800 g."),
    ("Bedömning", "Överburen graviditet v 41+2 utan tecken på fosterpåverkan. Ev. induktion v 41+5 om spontan start uteblir."),
    ("Planering", "Tid för igångsättning bokad, pat informerad om förloppet."),
], must_not=["NL102", "NL101"], unit="v_kvinno_ostra",
    why="typo 'okomplcerad'; 'Ev.' hedges an induction of labour, not a diagnosis")


add("skane-kol-hypertoni-spirometri-ev-upprepas", "skane", "1951-10-09", [
    ("Aktuellt", "KOL-kontroll, har haft en förkylning med ökad hosta de senaste två veckorna. Hypertoni på amlodipin."),
    ("Spirometri", "FEV1 58 % av förväntat, FEV1/FVC 0,61 efter bronkdilatation."),
    ("Bedömning", "KOL GOLD 2 och hypertoni, stabilt. Spirometrin ev. upprepas när infektionen har klingat av."),
    ("Planering", "Fortsatt Anoro. Influensa- och pneumokockvaccin erbjuds."),
], must_not=["NL102", "NL101"], unit="s_lung_lund",
    why="'ev.' hedges a repeat spirometry, both diagnoses in the sentence before are settled")

# === END CASES ===

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
KEYS_TOP = {"case", "ruleset", "record", "must", "must_not", "why"}
KEYS_REC = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
KEYS_PAT = {"id", "birth_date", "protected_identity"}
KEYS_NOTE = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case")
        if set(c) != KEYS_TOP:
            errors.append("%s: keys %s" % (n, sorted(c)))
        if n in names:
            errors.append("%s: duplicate case name" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % n)
        if not c["why"] or "\n" in c["why"]:
            errors.append("%s: why must be one line" % n)
        rec = c["record"]
        if set(rec) != KEYS_REC:
            errors.append("%s: record keys" % n)
        pat = rec["patient"]
        if set(pat) != KEYS_PAT:
            errors.append("%s: patient keys" % n)
        m = re.fullmatch(r"(\d{8})-(\d{4})", pat["id"])
        if not m or m.group(1) != pat["birth_date"].replace("-", ""):
            errors.append("%s: pnr does not match birth_date" % n)
        else:
            ten = (m.group(1) + m.group(2))[2:]
            if luhn_digit(ten[:9]) != ten[9]:
                errors.append("%s: pnr Luhn" % n)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not 2024" % n)
        ids = set()
        for note in rec["notes"]:
            if set(note) != KEYS_NOTE:
                errors.append("%s: note keys %s" % (n, sorted(note)))
            ids.add(note["id"])
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errors.append("%s: note time not 2024" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: signed" % n)
            if dt.datetime.fromisoformat(pat["birth_date"]) >= t:
                errors.append("%s: born after note" % n)
            if t > as_of:
                errors.append("%s: note after as_of" % n)
            for when in (t, as_of):
                if 13 <= age_at(pat["birth_date"], when) <= 15:
                    errors.append("%s: patient aged 13-15" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % n)
            if note["system"] not in ("Melior", "PMO"):
                errors.append("%s: system" % n)
            if set(note["unit"]) != {"name", "hsa_id"} or set(note["author"]) != {"name", "role"}:
                errors.append("%s: unit/author keys" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"}:
                    errors.append("%s: section keys" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != n:
                            errors.append("%s: sentence also in %s: %r" % (n, seen_sent[sent], sent))
                        elif sent in seen_sent:
                            errors.append("%s: sentence twice: %r" % (n, sent))
                        seen_sent[sent] = n
            if note["system"] == "PMO":
                if any(code == "NL101" for code, _ in c["must"] + c["must_not"]):
                    errors.append("%s: NL101 asserted on PMO" % n)
                if any(code == "NL102" for code, _ in c["must"]):
                    errors.append("%s: must NL102 on PMO" % n)
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if len(pair) != 2 or pair[0] not in ("NL101", "NL102") or pair[1] not in ids:
                    errors.append("%s: bad target %r" % (n, pair))
        if {p[0] for p in c["must"]} & {p[0] for p in c["must_not"]}:
            errors.append("%s: code in must and must_not" % n)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: nothing asserted" % n)
    return errors


def main():
    errors = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # summary
    per_rs, per_code = {}, {}
    for c in CASES:
        per_rs[c["ruleset"]] = per_rs.get(c["ruleset"], 0) + 1
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                per_code[(code, lst)] = per_code.get((code, lst), 0) + 1
    n_must = sum(1 for c in CASES if c["must"])
    n_pmo = sum(1 for c in CASES if c["record"]["notes"][0]["system"] == "PMO")
    n_draft = sum(1 for c in CASES if c["record"]["notes"][0]["signed"] is None)
    n_typo = sum(1 for c in CASES if "typo" in c["case"])
    print("cases:", len(CASES), "per ruleset:", per_rs, "PMO:", n_pmo, "drafts:", n_draft, "typo:", n_typo)
    print("cases with a must:", n_must, "(%.0f %%)" % (100.0 * n_must / max(1, len(CASES))))
    for key in sorted(per_code):
        print("  %s %-8s %d" % (key[0], key[1], per_code[key]))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
