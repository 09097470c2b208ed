#!/usr/bin/env python3
"""dev112 - prenatal diagnostics and specialist antenatal care (NL101, NL102).

Hand-written Swedish notes from specialistmödravård, fostermedicin, ultraljud,
barnmorskemottagning (PMO, Skåne) and antenatal wards: KUB, NIPT, RUL findings,
amniocentesis answers, couples told or not yet told, fetal findings in the pregnant
woman's own journal, and maternal conditions (preeklampsi, GDM, kolestas) hedged or
settled.

Annotation stance used throughout: a fetal diagnosis written in the pregnant woman's
journal is a diagnosis in *her* record (coded on her, O35/O36), so a hedged fetal
diagnosis in a visible Melior section counts for NL102 and an untold fetal diagnosis
counts for NL101.  Soft markers, risk figures and normal screening answers are
findings, not diagnoses.  The partner, older siblings and the woman's mother are
relatives.

Standard library only, deterministic.  `python3 build.py` writes cases.jsonl next to
this file and exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev112_cases.jsonl")

# --------------------------------------------------------------------------- units
U = {
    # Region Skåne, Melior (hospital)
    "smv_mal": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-4A71"),
    "fm_lund": ("Fostermedicinsk mottagning, Kvinnosjukvården SUS Lund", "SE2321000255-4B02"),
    "ul_hbg": ("Ultraljudsmottagningen, Kvinnokliniken Helsingborgs lasarett", "SE2321000255-5C13"),
    "smv_kri": ("Specialistmödravården, Centralsjukhuset Kristianstad", "SE2321000255-6D24"),
    "kk_yst": ("Kvinnokliniken, Lasarettet i Ystad", "SE2321000255-7E35"),
    "forl_lund": ("Förlossningsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-8F46"),
    "ante_mal": ("Antenatalavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-9G57"),
    "kgen_lund": ("Klinisk genetik, Labmedicin Skåne, Lund", "SE2321000255-1H68"),
    "smv_hlm": ("Specialistmödravården, Hässleholms sjukhus", "SE2321000255-2J79"),
    "kk_hbg": ("Kvinnokliniken avd 21 graviditet, Helsingborgs lasarett", "SE2321000255-3K80"),
    "bkard_lund": ("Barnhjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L91"),
    "endo_mal": ("Endokrinologimottagningen, SUS Malmö", "SE2321000255-5M02"),
    # Region Skåne, PMO (primary care)
    "bmm_husie": ("Barnmorskemottagningen Husie, Malmö", "SE2321000255-P101"),
    "bmm_lkr": ("Barnmorskemottagningen Landskrona", "SE2321000255-P102"),
    "bmm_esl": ("Barnmorskemottagningen Eslöv", "SE2321000255-P103"),
    "bmm_trb": ("Barnmorskemottagningen Trelleborg", "SE2321000255-P104"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P105"),
    "bmm_ang": ("Barnmorskemottagningen Ängelholm", "SE2321000255-P106"),
    "vc_sim": ("Vårdcentralen Simrishamn", "SE2321000255-P107"),
    # Västra Götalandsregionen, Melior
    "smv_os": ("Specialistmödravården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E201"),
    "fmc_os": ("Fostermedicinskt centrum, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E202"),
    "ul_nal": ("Ultraljudsenheten, Kvinnokliniken NÄL Trollhättan", "SE2321000131-E203"),
    "smv_sko": ("Specialistmödravården, Skaraborgs Sjukhus Skövde", "SE2321000131-E204"),
    "kk_bor": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E205"),
    "grav_os": ("Graviditetsavdelning 315, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E206"),
    "kk_kun": ("Kvinnokliniken, Kungälvs sjukhus", "SE2321000131-E207"),
    "smv_ali": ("Specialistmödravården, Alingsås lasarett", "SE2321000131-E208"),
    "kk_udd": ("Kvinnokliniken, NU-sjukvården Uddevalla", "SE2321000131-E209"),
    "kgen_su": ("Klinisk genetik och genomik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E210"),
    "bhc_dsbus": ("Barnhjärtcentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E211"),
    "med_lid": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E212"),
    "forl_bor": ("Förlossningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E213"),
}

# --------------------------------------------------------------------------- authors
A = {
    # Skåne
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "rahimi": ("Ahmad Rahimi", "läkare"),
    "berggren": ("Johanna Berggren", "barnmorska"),
    "persson": ("Lena Persson", "barnmorska"),
    "nilsson_o": ("Olof Nilsson", "läkare"),
    "hadzic": ("Amra Hadžić", "läkare"),
    "sjoberg": ("Maria Sjöberg", "sjuksköterska"),
    "ek": ("Frida Ek", "barnmorska"),
    "wallin": ("Peter Wallin", "läkare"),
    "holm": ("Sara Holm", "genetisk vägledare"),
    "andersson_t": ("Tove Andersson", "barnmorska"),
    "kovacs": ("Gábor Kovács", "läkare"),
    "mansour": ("Rania Mansour", "läkare"),
    "bengtsson": ("Ingrid Bengtsson", "undersköterska"),
    "ohlsson": ("Hanna Ohlsson", "kurator"),
    "strand": ("Emil Strand", "läkare"),
    "pettersson": ("Cecilia Pettersson", "barnmorska"),
    "ali": ("Yasmin Ali", "dietist"),
    # VGR
    "svensson": ("Erik Svensson", "läkare"),
    "karlsson_a": ("Anna Karlsson", "barnmorska"),
    "johansson": ("Maja Johansson", "läkare"),
    "osman": ("Hodan Osman", "barnmorska"),
    "lund": ("Fredrik Lund", "läkare"),
    "gustafsson": ("Elin Gustafsson", "sjuksköterska"),
    "nyberg": ("Kristina Nyberg", "läkare"),
    "akesson": ("Jonas Åkesson", "läkare"),
    "moradi": ("Shirin Moradi", "barnmorska"),
    "dahl": ("Linnea Dahl", "genetisk vägledare"),
    "forsberg": ("Ulf Forsberg", "läkare"),
    "wikstrom": ("Annika Wikström", "kurator"),
    "petrovic": ("Jelena Petrović", "läkare"),
    "hermansson": ("Ida Hermansson", "barnmorska"),
    "berg": ("Mattias Berg", "läkare"),
    "lindgren": ("Sofia Lindgren", "dietist"),
}


def N(nid, system, template, unit, author, time, sections, signed="auto",
      setting="öppenvård", refs=()):
    """Build one note.  time 'YYYY-MM-DDTHH:MM'; signed 'auto' = +40 min, None = draft."""
    t = _dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed == "auto":
        s = (t + _dt.timedelta(minutes=40)).strftime("%Y-%m-%dT%H:%M:00")
    elif signed is None:
        s = None
    else:
        s = _dt.datetime.strptime(signed, "%Y-%m-%dT%H:%M").strftime("%Y-%m-%dT%H:%M:00")
    uname, hsa = U[unit]
    aname, role = A[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": s,
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, birth, notes, must, must_not, why, as_of=None):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "notes": notes,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why, "as_of": as_of,
    })


M, P = "Melior", "PMO"
SK, VG = "skane", "vgr"
O, S = "öppenvård", "slutenvård"

# =========================================================================== cases
# --------------------------------------------------------------------------- part A
# NL102 positives, Region Skåne, Melior (hedged diagnosis in a visible section).

C("sk-smv-misstankt-preeklampsi-bt-proteinuri", SK, "1990-02-11", [
    N("n1", M, "Läkaranteckning", "smv_mal", "lindqvist", "2024-03-04T10:15", [
        ("Aktuellt", "Omföderska v 33+2, remitterad från BMM Rosengård pga stigande BT. "
                     "Huvudvärk sedan igår kväll, inga synrubbningar, ingen epigastriesmärta."),
        ("Status", "BT 152/98 resp 149/97 med 15 min mellanrum. U-albumin 2+. Reflexer ua, inga ödem i ansiktet."),
        ("Bedömning", "Misstänkt preeklampsi."),
        ("Planering", "Hb, TPK, ASAT, ALAT, kreatinin, urat och sFlt-1/PlGF. CTG. "
                      "Läggs in på antenatalavdelningen för observation över natten."),
    ]),
], [("NL102", "n1")], [],
   "hedged maternal diagnosis (misstänkt preeklampsi) alone in visible Bedömning; nothing said about telling")

C("sk-fm-dubbelbubbla-inger-misstanke-duodenalatresi", SK, "1994-07-23", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "rahimi", "2024-05-16T13:40", [
        ("Ultraljud", "Graviditetslängd 28+1 enl KUB. Dubbelbubbla i fostrets övre buk, "
                      "polyhydramnion med största vertikala ficka 9,1 cm. Ventrikelns storlek ökar under undersökningen."),
        ("Bedömning", "Fyndet inger misstanke om duodenalatresi."),
        ("Information", "Paret informerat om fyndet och misstanken. Erbjuds amniocentes för kromosomanalys, vill fundera till i morgon."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "'inger misstanke om' a fetal malformation in the woman's visible note; couple already told")

C("sk-hbg-rul-fallot-kan-ej-uteslutas", SK, "1988-11-30", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "nilsson_o", "2024-02-08T09:05", [
        ("Ultraljud", "RUL 18+6. Ett levande foster, biometri motsvarar tiden. Fyrkammarbilden ser normal ut "
                      "men aorta tycks rida över septum och pulmonalisbanan visualiseras dåligt."),
        ("Bedömning", "Kan ej utesluta Fallots tetrad."),
        ("Planering", "Remiss för fetalekokardiografi till barnhjärtmottagningen i Lund inom en vecka."),
    ]),
], [("NL102", "n1")], [],
   "'kan ej utesluta' + fetal heart defect stands in visible Bedömning")

C("sk-kri-bild-som-vid-gastroschisis", SK, "2001-04-04", [
    N("n1", M, "Mottagningsanteckning", "smv_kri", "hadzic", "2024-04-22T14:10", [
        ("Bedömning", "Fritt flytande tarmslingor till höger om navelsträngsfästet, ingen omgivande hinna – "
                      "bild som vid gastroschisis. S-AFP förhöjt i KUB-provet."),
    ]),
], [("NL102", "n1")], [],
   "one-section note: 'bild som vid' a fetal abdominal wall defect")

C("sk-yst-fragestallning-placenta-praevia", SK, "1986-09-17", [
    N("n1", M, "Läkaranteckning", "kk_yst", "wallin", "2024-06-12T11:20", [
        ("Utredning", "Frågeställning placenta praevia? Moderkakan sitter lågt på bakväggen, "
                      "nedre kanten ca 8 mm från inre modermunnen vid transabdominellt ultraljud v 21."),
        ("Åtgärd", "Vaginalt ultraljud v 32. Blödningsinformation given muntligt och skriftligt."),
    ]),
], [("NL102", "n1")], [],
   "'Frågeställning … ?' on a maternal obstetric diagnosis in a visible Utredning section")

C("sk-smv-sannolkit-kolestas-typo", SK, "1992-12-01", [
    N("n1", M, "Läkaranteckning", "smv_mal", "mansour", "2024-08-19T08:50", [
        ("Anamnes", "Klåda i handflator och fotsulor sedan tio dagar, värst nattetid. Inga hudutslag."),
        ("Lab", "Gallsyror 19 µmol/l, ALAT 1,4 µkat/l, bilirubin normalt."),
        ("Bedömning", "Sannolkit graviditetskolestas."),
        ("Ordination", "Ursofalk 500 mg 1x2. Nya gallsyror och leverprover om en vecka."),
    ]),
], [("NL102", "n1")], [],
   "typo in the hedge ('Sannolkit') before intrahepatic cholestasis of pregnancy, visible Bedömning")

C("sk-fm-primar-cmv-kan-inte-uteslutas", SK, "1995-03-09", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "kovacs", "2024-09-03T10:30", [
        ("Anamnes", "Förskollärare, förkylning med feber v 9. Remitterad efter RUL med ekogen tarm."),
        ("Ultraljud", "Ekogen tarm grad 2, sidoventriklar 11 mm bilat. Biometri vid 20:e percentilen."),
        ("Lab", "CMV-IgG pos, CMV-IgM pos, IgG-aviditet låg."),
        ("Bedömning", "Primär CMV-infektion hos pat under tidig graviditet kan inte uteslutas."),
        ("Planering", "Amniocentes för CMV-PCR tidigast v 21 och minst åtta veckor efter febertoppen. Foster-MR v 28."),
    ]),
], [("NL102", "n1")], [],
   "'kan inte uteslutas' on the woman's own infection (primary CMV) in a visible section")

C("sk-hbg-trol-lkg-spalt", SK, "1997-06-27", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "strand", "2024-01-25T15:00", [
        ("Ultraljud", "Trol. läpp-käk-gomspalt vänster sida, i övrigt normal anatomi vid RUL 19+2."),
        ("Planering", "Remiss till LKG-teamet i Malmö för prenatalt samtal."),
    ]),
], [("NL102", "n1")], [],
   "abbreviated hedge 'Trol.' before a fetal cleft diagnosis in the woman's visible note")

C("sk-antenatal-hog-misstanke-hellp", SK, "1984-10-14", [
    N("n1", M, "Läkaranteckning", "ante_mal", "lindqvist", "2024-10-07T02:35", [
        ("Aktuellt", "Inlagd sedan igår pga graviditetshypertoni v 31+4. Väcktes kl 01 av smärta under höger "
                     "revbensbåge och illamående."),
        ("Status", "BT 162/104, puls 96. Ömmar i epigastriet. Hyperreflexi, ingen klonus. CTG normalt."),
        ("Lab", "TPK 88, ASAT 3,1, ALAT 2,7, LD 9,8, haptoglobin < 0,1."),
        ("Bedömning", "Hög misstanke om HELLP-syndrom."),
        ("Åtgärd", "Bakjour på plats. Magnesiumsulfat enl PM, Trandate iv, betametason 12 mg im. "
                   "Neonatal informerad, förlossning planeras efter andra steroiddosen om pat är stabil."),
    ], setting=S),
], [("NL102", "n1")], [],
   "night-time inpatient chart: 'Hög misstanke om' HELLP in visible Bedömning")

C("sk-kri-lang-superimponerad-preeklampsi-forenlig", SK, "1981-05-20", [
    N("n1", M, "Läkaranteckning", "smv_kri", "kovacs", "2024-07-11T09:30", [
        ("Anamnes", "42-årig omföderska, P2, kronisk hypertoni sedan 2019 behandlad med Trandate 200 mg x 2 "
                    "under graviditeten. Fetma, BMI 36 vid inskrivning. ASA 150 mg t.n. sedan v 12. "
                    "Tidigare graviditeter: 2012 vaginal partus fullgången, 2016 sectio pga sätesbjudning."),
        ("Aktuellt", "Nu 34+5. Remitteras från BMM Hässleholm då BT trots dosökning legat 150–160/100 senaste veckan "
                     "och U-sticka visat albumin 1+ två gånger. Lätt huvudvärk, tar Alvedon. Känner fosterrörelser som vanligt."),
        ("Status", "AT: opåverkad, vaken och adekvat. BT 158/102, 155/100 (manuellt, rätt manschettstorlek). P 88 rr. "
                   "Hjärta: rr, inga blåsljud. Lungor: ua bilat, inga rassel. "
                   "Buk: mjuk, ingen ömhet under höger arcus eller i epigastriet. SF-mått 33 cm, följer kurvan. "
                   "Ödem på underben upp till knäna, ej i ansiktet eller händerna. "
                   "Patellarreflexer livliga, ingen klonus. Ögonbotten ej undersökt. "
                   "CTG 40 min: basalfrekvens 135, normal variabilitet, accelerationer, inga dippar."),
        ("Lab", "U-protein/kreatininkvot 48 mg/mmol. Hb 118, TPK 162, ASAT 0,6, ALAT 0,5, LD 3,1, kreatinin 68, urat 410. "
                "sFlt-1/PlGF-kvot 64. Blodgruppering och bastest tagna."),
        ("Läkemedel", "Trandate 200 mg x 3, ASA 150 mg t.n., Duroferon 100 mg x 1, Folsyra 1 mg."),
        ("Ultraljud", "Skattad fostervikt -9 %, normala flöden i a. umbilicalis och a. cerebri media. Normal fostervattenmängd."),
        ("Bedömning", "Tilltagande BT och nytillkommen proteinuri; bilden är förenlig med superimponerad preeklampsi "
                      "på kronisk hypertoni."),
        ("Planering", "Trandate höjs till 300 mg x 3. Läggs in på avd 7 för dygnsurin och BT-kurva. "
                      "Förlossning planeras senast v 37+0, tidigare vid försämring enligt PM. Narkosbedömning inför ev. sectio."),
    ]),
], [("NL102", "n1")], [],
   "long multi-section chart; the single hedge ('förenlig med' superimposed preeclampsia) sits in Bedömning")

C("sk-forl-dd-chorioamnionit-pprom", SK, "1999-01-03", [
    N("n1", M, "Läkaranteckning", "forl_lund", "rahimi", "2024-11-18T21:10", [
        ("Aktuellt", "PPROM v 31+2 sedan tre dygn, inneliggande. Temp 38,3 i kväll, frossbrytningar."),
        ("Status", "Uterus lätt öm vid palpation. Fosterfrekvens 170 slag/min med nedsatt variabilitet. CRP 46."),
        ("Bedömning", "DD chorioamnionit, UVI."),
        ("Åtgärd", "Blododling, urinodling och vaginalodling. Ampicillin och gentamicin iv enligt PM."),
    ], setting=S),
], [("NL102", "n1")], [],
   "'DD' listing a maternal intrauterine infection in a visible section")

C("sk-bkard-draft-misstankt-hlhs-paret-informerat", SK, "1993-08-08", [
    N("n1", M, "Konsultationsanteckning", "bkard_lund", "wallin", "2024-03-27T16:05", [
        ("Fetalekokardiografi", "V 22+3. Liten vänsterkammare som inte når hjärtspetsen, retrograd fyllnad av aortabågen."),
        ("Bedömning", "Misstänkt hypoplastiskt vänsterhjärtsyndrom."),
        ("Information", "Paret har fått information om misstanken av undertecknad, kurator närvarade."),
    ], signed=None),
], [("NL102", "n1")], [("NL101", "n1")],
   "unsigned draft from paediatric cardiology in the mother's journal: hedged fetal heart diagnosis, couple told")

C("sk-fm-cpam-inger-misstanke-dd-sekvester", SK, "1989-04-26", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "kovacs", "2024-04-02T09:45", [
        ("Ultraljud", "Ekogen förändring i vänster lunga, 2,3 x 1,8 cm, med små cystor. Mediastinum lätt förskjutet åt höger."),
        ("Bedömning", "Förändringen inger misstanke om CPAM, differentialdiagnos bronkopulmonell sekvester – "
                      "ingen systemisk artär ses med färgdoppler."),
    ]),
], [("NL102", "n1")], [],
   "hedged fetal lung malformation plus 'differentialdiagnos' in a visible section")

C("sk-yst-eventuell-pyelonefrit-v30", SK, "1996-02-14", [
    N("n1", M, "Läkaranteckning", "kk_yst", "wallin", "2024-09-22T19:45", [
        ("Aktuellt", "Gravid v 30+1. Feber 39,2 sedan i morse, ont i vänster flank, sveda vid miktion."),
        ("Status", "Dunkömhet vänster njurloge. Uterus mjuk, ej öm. CTG reaktivt."),
        ("Bedömning", "Eventuell pyelonefrit."),
        ("Åtgärd", "U-odling, blododling. Inj cefotaxim 1 g x 3. Inläggning."),
    ], setting=S),
], [("NL102", "n1")], [],
   "spelled-out 'Eventuell' before the woman's own infection diagnosis")

C("sk-fm-susp-svt-foster", SK, "1987-12-19", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "rahimi", "2024-06-05T10:10", [
        ("Ultraljud", "Fosterfrekvens 240/min, regelbunden, 1:1-överledning i M-mode. Inga tecken till hydrops."),
        ("Bedömning", "Susp. supraventrikulär takykardi hos fostret."),
        ("Planering", "EKG på pat och kaliumkontroll inför ev. digoxinbehandling. Diskuteras med barnkardiolog i dag."),
    ]),
], [("NL102", "n1")], [],
   "'Susp.' fetal arrhythmia in a visible section; the hydrops negation does not cancel it")

C("sk-hbg-eventuelt-polyhydramnion-typo", SK, "1991-10-05", [
    N("n1", M, "Mottagningsanteckning", "kk_hbg", "strand", "2024-05-29T13:15", [
        ("Ultraljud", "Eventuelt polyhydramnion, största vertikala ficka 7,9 cm."),
        ("Planering", "Ny mätning om en vecka, OGTT ordineras."),
    ]),
], [("NL102", "n1")], [],
   "typo in the hedge ('Eventuelt') before polyhydramnion, visible Ultraljud section")

C("sk-fm-ventrikulomegali-kan-rora-sig-om-agenesi", SK, "1994-01-29", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "kovacs", "2024-10-15T11:00", [
        ("Ultraljud", "Bilat vidgade sidoventriklar 12–13 mm, cavum septi pellucidi ses inte."),
        ("Bedömning", "Kan röra sig om agenesi av corpus callosum."),
        ("Planering", "Foster-MR v 22 bokas, amniocentes erbjuden."),
    ], signed=None),
], [("NL102", "n1")], [],
   "draft note: 'Kan röra sig om' a fetal brain malformation")

C("sk-yst-misstanke-om-hyperemesis", SK, "2002-08-31", [
    N("n1", M, "Inskrivningsanteckning", "kk_yst", "hadzic", "2024-02-19T17:25", [
        ("Kontaktorsak", "Gravid v 9+2, kräkts över tio gånger per dygn i fem dagar."),
        ("Status", "Torra slemhinnor, vikt 54 kg (58 kg vid BMM-inskrivning). U-ketoner 3+."),
        ("Bedömning", "Misstanke om hyperemesis gravidarum."),
        ("Ordination", "Ringer-acetat 2 l, tiamin iv, Postafen."),
    ], setting=S),
], [("NL102", "n1")], [],
   "'Misstanke om' a maternal pregnancy complication in a visible section")

C("sk-hlm-trolig-kornisk-hypertoni-typo", SK, "1983-03-13", [
    N("n1", M, "Läkaranteckning", "smv_hlm", "strand", "2024-01-16T10:40", [
        ("Bedömning", "BT 148/96 redan vid inskrivningen v 10, inga tidigare mätvärden finns. Trolig kornisk hypertoni."),
        ("Planering", "Start Trandate 100 mg x 2, ASA 150 mg t.n. Hemblodtrycksmätning."),
    ]),
], [("NL102", "n1")], [],
   "typo in the diagnosis word ('kornisk') after 'Trolig', visible Bedömning")

C("sk-hbg-kub-talar-for-missed-abortion", SK, "1985-07-07", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "nilsson_o", "2024-03-14T08:35", [
        ("KUB", "Graviditetslängd enligt SM 12+1. Ett foster utan hjärtaktivitet, CRL motsvarar 9+3."),
        ("Bedömning", "Talar för missed abortion."),
        ("Information", "Pat informerad om fyndet av undertecknad, får tid på gynakuten i morgon för ställningstagande till medicinsk behandling."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "'Talar för' an early pregnancy loss at KUB; the woman was told, so only NL102")

# --------------------------------------------------------------------------- part B
# NL102 positives, Västra Götaland (always Melior; protection by sökord).

C("vgr-nal-rul-misstankt-vsd-paret-informerat", VG, "1993-05-02", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "moradi", "2024-02-13T10:20", [
        ("Ultraljud", "RUL 18+3. Ett levande foster, normal biometri. I fyrkammarbilden ses ett ca 2 mm stort avbrott "
                      "i det perimembranösa septum med flöde vänster till höger."),
        ("Bedömning", "Misstänkt perimembranös VSD."),
        ("Information", "Paret informerat om misstanken och om att små defekter ofta sluter sig spontant. Remiss Barnhjärtcentrum."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "hedged fetal VSD in visible Bedömning; told couple does not remove the NL102 warning")

C("vgr-sko-trolig-tillvaxthamnig-typo", VG, "1990-09-09", [
    N("n1", M, "Läkaranteckning", "smv_sko", "lund", "2024-06-20T14:00", [
        ("Ultraljud", "Tillväxtkontroll 32+0. Skattad vikt -24 %, bukomfång under 3:e percentilen. "
                      "Pulsatilitetsindex i a. umbilicalis 1,4, över 95:e percentilen."),
        ("Bedömning", "Trolig tillväxthämnig."),
        ("Planering", "Flödeskontroll två gånger i veckan och CTG. Betametason diskuteras vid försämring."),
    ]),
], [("NL102", "n1")], [],
   "typo in the diagnosis ('tillväxthämnig') after 'Trolig', fetal growth restriction")

C("vgr-bor-sannolik-graviditetskolestas", VG, "1988-04-18", [
    N("n1", M, "Mottagningsanteckning", "kk_bor", "petrovic", "2024-09-12T11:35", [
        ("Aktuellt", "Gravid v 33. Nattlig klåda i handflatorna i två veckor."),
        ("Lab", "Gallsyror 14 µmol/l, transaminaser lätt förhöjda."),
        ("Bedömning", "Sannolik graviditetskolestas, gallsyror under behandlingsgränsen."),
        ("Planering", "Nytt prov om en vecka. Antihistamin till natten vid behov."),
    ]),
], [("NL102", "n1")], [],
   "'Sannolik' maternal cholestasis in a visible Bedömning")

C("vgr-os-dd-placenta-accreta-spectrum", VG, "1982-11-11", [
    N("n1", M, "Läkaranteckning", "smv_os", "nyberg", "2024-04-09T13:25", [
        ("Anamnes", "Två tidigare kejsarsnitt, 2018 och 2021."),
        ("Ultraljud", "Placenta praevia på framväggen över ärret. Multipla lakuner, förlorad klar zon och ökad vaskularisering mot blåsan."),
        ("Bedömning", "DD placenta accreta spectrum."),
        ("Planering", "MR placenta v 28. Konferens med gynonkologi, urologi och anestesi inför planerat kejsarsnitt."),
    ]),
], [("NL102", "n1")], [],
   "'DD' before an invasive placentation diagnosis of the woman")

C("vgr-fmc-forenligt-med-hydrops-fetalis", VG, "1991-01-21", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-07-02T09:15", [
        ("Ultraljud", "Hudödem över skalpen 6 mm, ascites och liten perikardutgjutning. MCA-PSV 1,0 MoM."),
        ("Bedömning", "Förenligt med hydrops fetalis, orsak oklar."),
        ("Planering", "Amniocentes för karyotyp och virus-PCR. Parvovirus-serologi på pat."),
    ]),
], [("NL102", "n1")], [],
   "'Förenligt med' a fetal diagnosis in visible Bedömning")

C("vgr-udd-missankt-preeklamsi-typo", VG, "1997-03-28", [
    N("n1", M, "Läkaranteckning", "kk_udd", "forsberg", "2024-08-06T18:40", [
        ("Status", "BT 154/100, U-albumin 1+, ödem i händerna sedan några dagar."),
        ("Bedömning", "Missänkt preeklamsi."),
    ], setting=S),
], [("NL102", "n1")], [],
   "double typo ('Missänkt preeklamsi') in a short visible Bedömning")

C("vgr-fmc-talar-for-trisomi-18", VG, "1986-06-06", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "johansson", "2024-02-29T10:45", [
        ("Ultraljud", "Knutna händer bilat, VSD, bilaterala plexuscystor och jordgubbsformat kranium. Biometri -2 v."),
        ("Bedömning", "Sammantaget talar fynden för trisomi 18."),
        ("Information", "Paret har fått beskedet om misstanken i dag. Amniocentes erbjuds i eftermiddag."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "'talar för' a fetal chromosomal diagnosis, couple told the same day")

C("vgr-fmc-oklart-om-skelettdysplasi", VG, "1989-02-02", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-10-24T14:20", [
        ("Ultraljud", "Samtliga rörben under 3:e percentilen, femur fem veckor efter. Normal thoraxkvot."),
        ("Bedömning", "Oklart om det rör sig om skelettdysplasi eller konstitutionellt korta ben – båda föräldrarna är under 155 cm."),
    ]),
], [("NL102", "n1")], [],
   "'Oklart om det rör sig om' a fetal skeletal diagnosis")

C("vgr-bhc-mojlig-avsd-fragetecken", VG, "1995-12-12", [
    N("n1", M, "Konsultationsanteckning", "bhc_dsbus", "berg", "2024-05-08T15:30", [
        ("Fetalekokardiografi", "Möjlig AVSD? En gemensam AV-klaff kan ej säkert avgränsas pga ogynnsamt fosterläge."),
        ("Planering", "Ny undersökning om två veckor."),
    ]),
], [("NL102", "n1")], [],
   "'Möjlig … ?' fetal heart defect in paediatric cardiology's note in the mother's journal")

C("vgr-nal-fragetecken-spina-bifida-draft", VG, "1998-07-15", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "svensson", "2024-03-19T11:50", [
        ("Ultraljud", "? Spina bifida – citrontecken och bananformat cerebellum, ryggen svårbedömd i detta läge."),
        ("Planering", "Remiss Fostermedicinskt centrum Östra, akut."),
    ], signed=None),
], [("NL102", "n1")], [],
   "leading '?' as the hedge on a fetal neural tube defect; unsigned draft")

C("vgr-ali-diagnos-misstankt-fgr", VG, "1992-08-25", [
    N("n1", M, "Läkaranteckning", "smv_ali", "petrovic", "2024-11-05T09:10", [
        ("Diagnos", "Misstänkt fetal tillväxthämning (O36.5)"),
    ]),
], [("NL102", "n1")], [],
   "hedged diagnosis in the Diagnos sökord with ICD code, one-line note")

C("vgr-lid-trolgi-gdm-typo", VG, "1987-10-10", [
    N("n1", M, "Mottagningsanteckning", "med_lid", "forsberg", "2024-04-16T08:20", [
        ("Bedömning", "trolgi graviditetsdiabetes, fP-glukos 5,3 vid ett tillfälle."),
        ("Planering", "OGTT bokad 23/4. Kostråd av dietist redan nu."),
    ]),
], [("NL102", "n1")], [],
   "typo in the hedge ('trolgi') before gestational diabetes")

C("vgr-nal-kub-kan-inte-utesluta-downs", VG, "1980-04-30", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "moradi", "2024-01-18T13:05", [
        ("KUB", "NUPP 3,6 mm, nasalbenet visualiseras inte, trikuspidalisläckage. KUB-sannolikhet 1:12."),
        ("Bedömning", "Kan inte utesluta Downs syndrom."),
        ("Information", "Paret fick KUB-resultatet och vår tolkning direkt vid undersökningen. Önskar CVB."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "'Kan inte utesluta' a fetal chromosomal syndrome; result already given, so no NL101")

C("vgr-os-mall-tidiga-hypoteser-men-sokord-bedomning", VG, "1994-09-03", [
    N("n1", M, "Tidiga hypoteser", "smv_os", "nyberg", "2024-06-25T10:55", [
        ("Bedömning", "Misstänkt coarctatio aortae hos fostret, aortabågen smal vid RUL."),
    ]),
], [("NL102", "n1")], [],
   "VGR protects by sökord, not by template name: hedge under 'Bedömning' is visible even in a note called Tidiga hypoteser")

C("vgr-fmc-th-sokord-men-lacka-i-planering", VG, "1990-05-19", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "johansson", "2024-09-17T11:40", [
        ("Ultraljud", "NUPP 5,1 mm v 13 och nu pleuravätska bilat. Normal karyotyp i CVB."),
        ("Tidiga hypoteser", "Misstänkt Noonans syndrom."),
        ("Planering", "Exomsekvensering på CVB-materialet pga trolig Noonan, svar inom tre veckor."),
    ]),
], [("NL102", "n1")], [],
   "hypothesis is in the protected sökord but leaks into visible Planering ('trolig Noonan')")

C("vgr-sko-misstank-antifosfolipidsyndrom-typo", VG, "1985-01-08", [
    N("n1", M, "Läkaranteckning", "smv_sko", "lund", "2024-02-27T13:30", [
        ("Anamnes", "Tre tidiga missfall 2021–2023. Nu gravid v 8 efter spontan konception."),
        ("Lab", "Lupus antikoagulans svagt positivt, kardiolipin-ak negativa."),
        ("Bedömning", "Misstänk antifosfolipidsyndrom, kontrollprov om 12 veckor krävs för diagnos."),
        ("Ordination", "Fragmin 5000 E sc dagligen och Trombyl 75 mg."),
    ]),
], [("NL102", "n1")], [],
   "typo in the hedge ('Misstänk') before a maternal autoimmune diagnosis")

C("vgr-kun-mojligen-gestationell-trombocytopeni-dd-itp", VG, "1996-11-29", [
    N("n1", M, "Telefonanteckning", "kk_kun", "berg", "2024-10-01T15:45", [
        ("Telefonkontakt", "Ringer pat angående provsvar. TPK 92, Hb och leverprover normala. "
                           "Möjligen gestationell trombocytopeni, DD ITP. Pat informerad, nytt prov om två veckor."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
   "phone note: 'Möjligen' + 'DD' on the woman's own haematological diagnosis, patient informed")

C("vgr-fmc-misstankt-ttts-stadium-1-draft", VG, "1999-06-14", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-08-13T12:00", [
        ("Ultraljud", "Monokorial diamniotisk tvillinggraviditet v 19+1. Tvilling A: största ficka 9 cm, stor blåsa. "
                      "Tvilling B: största ficka 1,5 cm, liten blåsa. Flöden normala."),
        ("Bedömning", "Misstänkt TTTS stadium I."),
        ("Planering", "Kontroll om tre dagar, laserbehandling diskuteras med Stockholm vid progress."),
    ], signed=None),
], [("NL102", "n1")], [],
   "hedged twin-transfusion syndrome in an unsigned fetal-medicine draft")

C("vgr-ali-trolig-depression-under-graviditeten", VG, "1993-02-17", [
    N("n1", M, "Läkaranteckning", "smv_ali", "johansson", "2024-05-21T14:15", [
        ("Aktuellt", "Remiss från BMM pga EPDS 17 i v 25. Sover dåligt, gråter ofta, orkar inte träffa vänner."),
        ("Bedömning", "Trolig depression under graviditeten, inga suicidtankar."),
        ("Planering", "Remiss till Mödra-barnhälsovårdspsykolog. Återbesök om tre veckor."),
    ]),
], [("NL102", "n1")], [],
   "hedged maternal psychiatric diagnosis in specialist antenatal care")

C("vgr-grav-lang-sannolikt-kolestas-dd-aflp", VG, "1988-12-24", [
    N("n1", M, "Läkaranteckning", "grav_os", "nyberg", "2024-12-02T08:05", [
        ("Aktuellt", "Förstföderska v 35+4, inlagd i natt via förlossningsmottagningen. Två dagars illamående, "
                     "kräkningar och trötthet, klåda sedan en vecka. Ökad törst."),
        ("Status", "AT: trött men opåverkad. BT 138/86, P 92, temp 37,1. Lätt sklerikterus? Buk mjuk, "
                   "lätt ömhet i epigastriet. Inga ödem. CTG: basalfrekvens 140, normal variabilitet, inga dippar."),
        ("Lab", "ALAT 6,2, ASAT 4,8, bilirubin 38, gallsyror 64, P-glukos 3,2, kreatinin 98, urat 520, TPK 151, "
                "PK(INR) 1,3, LPK 16."),
        ("Ultraljud", "Skattad vikt vid 45:e percentilen, normal fostervattenmängd. Leverultraljud bokat."),
        ("Bedömning", "Sannolikt obstetrisk kolestas, men DD akut fettlever (AFLP) måste beaktas då glukos är lågt och "
                      "INR förhöjt; 5 av 14 Swansea-kriterier uppfyllda."),
        ("Åtgärd", "Glukosinfusion 10 %, blodsocker var 2:a timme. Koagulationsstatus och ammoniak. "
                   "Bakjour och anestesi informerade. Ställningstagande till förlossning under dagen."),
    ], setting=S),
], [("NL102", "n1")], [],
   "long inpatient chart: 'Sannolikt' + 'DD' on severe maternal liver disease of pregnancy")

C("vgr-bor-epikris-ev-preeklampsi", VG, "1991-07-31", [
    N("n1", M, "Epikris", "forl_bor", "petrovic", "2024-11-26T12:30", [
        ("Epikris", "Inkom v 37+2 med BT 150/100 och U-albumin 1+. Dygnsurin 0,28 g. Igångsatt med ballong och "
                    "förlöst vaginalt med frisk flicka 3120 g. BT normaliserat dag 3 utan behandling."),
        ("Diagnos", "Graviditetshypertoni, ev. preeklampsi."),
    ], setting=S),
], [("NL102", "n1")], [],
   "discharge summary with 'ev.' on a preeclampsia diagnosis in the Diagnos section")

# --------------------------------------------------------------------------- part C
# NL102 negatives, Region Skåne: Melior hard negatives and PMO (never shows diagnoses).

C("sk-smv-inga-tecken-pa-preeklampsi", SK, "1994-04-12", [
    N("n1", M, "Läkaranteckning", "smv_mal", "mansour", "2024-05-06T10:50", [
        ("Status", "BT 134/86 och 131/84. U-sticka negativ. Ingen huvudvärk eller epigastriesmärta."),
        ("Bedömning", "Inga tecken på preeklampsi."),
        ("Planering", "Fortsatt BT-kontroll på BMM en gång i veckan."),
    ]),
], [], [("NL102", "n1")],
   "negated preeclampsia ('Inga tecken på') is no hypothesis")

C("sk-kri-mamma-och-syster-kolestas", SK, "1996-09-21", [
    N("n1", M, "Mottagningsanteckning", "smv_kri", "berggren", "2024-06-03T09:25", [
        ("Anamnes", "Pats mamma hade graviditetskolestas i två graviditeter och systern hade misstänkt kolestas förra året."),
        ("Status", "Ingen klåda. Gallsyror 3 µmol/l."),
        ("Bedömning", "Frisk förstföderska med ärftlig belastning, följs på BMM som vanligt."),
    ]),
], [], [("NL102", "n1")],
   "hedged cholestasis belongs to the sister (relative), the patient herself is well")

C("sk-fm-ev-amniocentes-plan-hog-alder", SK, "1980-08-02", [
    N("n1", M, "Mottagningsanteckning", "fm_lund", "holm", "2024-03-21T14:40", [
        ("Samtal", "44-årig förstföderska efter IVF, önskar information om fosterdiagnostik. KUB-sannolikhet 1:180. "
                   "Genomgång av NIPT, moderkaksprov och fostervattenprov med för- och nackdelar."),
        ("Planering", "Ev. amniocentes v 16+0, paret återkommer per telefon inom en vecka."),
    ]),
], [], [("NL102", "n1")],
   "'Ev.' attaches to a procedure (amniocentes), not to any diagnosis")

C("sk-hlm-kand-kolestas-om-gallsyror-over-40", SK, "1990-11-16", [
    N("n1", M, "Läkaranteckning", "smv_hlm", "strand", "2024-08-27T11:05", [
        ("Bedömning", "Intrahepatisk graviditetskolestas sedan v 31, gallsyror i dag 28 µmol/l på Ursofalk."),
        ("Planering", "Om gallsyrorna når 40 eller mer planeras igångsättning v 37+0. Annars förlossning v 38–39."),
    ]),
], [], [("NL102", "n1")],
   "settled cholestasis plus a conditional plan: nothing hedged")

C("sk-fm-mall-tidiga-hypoteser-trisomi-13", SK, "1987-05-05", [
    N("n1", M, "Tidiga hypoteser", "fm_lund", "rahimi", "2024-02-06T12:15", [
        ("Bedömning", "Holoprosencefali, postaxial polydaktyli och omfalocele; misstänkt trisomi 13. "
                      "Ej delgivet paret innan snabbsvar på QF-PCR föreligger."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "Skåne: hedged and untold fetal diagnosis only in a note written in the Tidiga hypoteser template")

C("sk-fm-qfpcr-trisomi-21-paret-informerat-idag", SK, "1985-12-30", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "kovacs", "2024-04-04T15:20", [
        ("Provsvar", "QF-PCR från amniocentes 3/4: trisomi 21."),
        ("Information", "Paret informerat i dag av undertecknad, arabisktalande tolk närvarande. Kurator kontaktad för stödsamtal."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "confirmed fetal trisomy given to the couple the same day")

C("sk-ante-preeklampsi-avskrivs", SK, "1992-03-18", [
    N("n1", M, "Läkaranteckning", "ante_mal", "lindqvist", "2024-03-06T08:30", [
        ("Aktuellt", "Observation över natten efter BT 145/95 på BMM. Egenmätningar i natt 125–132/80–86."),
        ("Lab", "sFlt-1/PlGF-kvot 12, normala leverprover och TPK, ingen proteinuri."),
        ("Bedömning", "Preeklampsi avskrivs."),
        ("Planering", "Hemgång med egenmätning av BT morgon och kväll."),
    ], setting=S),
], [], [("NL102", "n1")],
   "'avskrivs' rules preeclampsia out")

C("sk-kri-ingen-missanke-om-tillvaxthamning-typo", SK, "1998-10-27", [
    N("n1", M, "Mottagningsanteckning", "smv_kri", "hadzic", "2024-09-30T13:55", [
        ("Ultraljud", "Tillväxtkontroll v 34: skattad vikt -8 %, normala flöden i navelsträng och a. cerebri media."),
        ("Bedömning", "Ingen missanke om tillväxthämning. Åter till BMM."),
    ]),
], [], [("NL102", "n1")],
   "negation with a typo ('Ingen missanke om') must still count as ruled out")

C("sk-hbg-plexuscystor-sannolikt-overgaende", SK, "1995-11-07", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "strand", "2024-07-09T10:25", [
        ("Ultraljud", "RUL 19+0. Bilaterala plexus choroideus-cystor, största 6 mm, sannolikt övergående fynd. "
                      "I övrigt normal anatomi inklusive händer, hjärta och ansikte."),
        ("Bedömning", "Isolerad mjuk markör utan indikation för vidare utredning."),
    ]),
], [], [("NL102", "n1")],
   "the hedge qualifies the course of a soft-marker finding, not a disease")

C("sk-kgen-partner-misstankt-marfan", SK, "1991-06-23", [
    N("n1", M, "Samtalsanteckning", "kgen_lund", "holm", "2024-10-10T09:00", [
        ("Samtal", "Pats partner utreds på kardiologen för misstänkt Marfans syndrom, ektasi av aortaroten 44 mm."),
        ("Information", "Genetisk vägledning om ärftlighet given. Om diagnosen bekräftas hos partnern och en variant hittas "
                        "kan riktad fosterdiagnostik erbjudas."),
    ]),
], [], [("NL102", "n1")],
   "suspected Marfan belongs to the partner; the rest is conditional")

C("sk-forl-insulinbehandlad-gdm-trolig-hemgang", SK, "1984-06-09", [
    N("n1", M, "Sjuksköterskeanteckning", "forl_lund", "sjoberg", "2024-04-28T19:10", [
        ("Omvårdnad", "Insulinbehandlad graviditetsdiabetes, kapillära glukosvärden 4,8–7,1 i dag. Trolig hemgång i morgon efter dietistsamtal."),
    ], setting=S),
], [], [("NL102", "n1")],
   "'Trolig' qualifies discharge; the GDM is settled")

C("sk-hbg-kub-trolig-sen-agglossning-draft", SK, "1993-12-04", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "nilsson_o", "2024-05-14T09:50", [
        ("KUB", "Graviditetslängd enligt sista mens 13+2, CRL motsvarar 11+5. Trolig sen ägglossning. "
                "BF ändras till 2/11 enligt ultraljud. NUPP 1,4 mm."),
    ], signed=None),
], [], [("NL102", "n1")],
   "hedge on ovulation timing / dating, which is no diagnosis; unsigned draft")

C("sk-bkard-misstanken-om-coarctatio-avskrivs", SK, "1997-04-19", [
    N("n1", M, "Konsultationsanteckning", "bkard_lund", "wallin", "2024-08-08T13:35", [
        ("Fetalekokardiografi", "V 33+0. Aortabågen normalvid, isthmus 4,1 mm, antegrad fyllnad hela vägen."),
        ("Bedömning", "Misstanken om coarctatio aortae från RUL avskrivs. Ingen uppföljning efter födseln behövs."),
    ]),
], [], [("NL102", "n1")],
   "'Misstanken om X avskrivs' looks like a hypothesis but rules it out")

# ---- PMO, Region Skåne (barnmorskemottagning, ungdomsmottagning, vårdcentral)

C("sk-pmo-husie-misstankt-gdm", SK, "1990-03-03", [
    N("n1", P, "Besöksanteckning MHV", "bmm_husie", "ek", "2024-02-21T10:00", [
        ("Aktuellt", "v 25+3. fP-glukos 5,8 på BMM i dag. Misstänkt graviditetsdiabetes."),
        ("Åtgärd", "Remiss SMV för OGTT och kostråd."),
    ]),
], [], [("NL102", "n1")],
   "PMO never shows diagnoses: hedged GDM at the midwife clinic")

C("sk-pmo-lkr-trol-preeklampsi-till-forlossningen", SK, "1995-10-20", [
    N("n1", P, "Telefonkontakt", "bmm_lkr", "andersson_t", "2024-06-17T16:20", [
        ("Telefonkontakt", "Pat ringer, egenmätt BT 158/102 och huvudvärk. trol. preeklampsi, hänvisas direkt till förlossningen Helsingborg."),
    ]),
], [], [("NL102", "n1")],
   "PMO phone note with 'trol.' preeclampsia")

C("sk-pmo-um-misstankt-extrauterin-draft", SK, "2007-05-14", [
    N("n1", P, "Besöksanteckning", "um_lund", "persson", "2024-09-09T15:35", [
        ("Kontaktorsak", "Positivt graviditetstest i helgen, sista mens för sju veckor sedan."),
        ("Aktuellt", "Ensidig smärta höger fossa och småblödning sedan i går."),
        ("Bedömning", "Misstänkt extrauterin graviditet?"),
        ("Åtgärd", "Ringt gynjouren, pat åker direkt till gynakuten Lund med sin mamma."),
    ], signed=None),
], [], [("NL102", "n1")],
   "17-year-old at the youth clinic (PMO): hedged ectopic pregnancy is not shown; draft")

C("sk-pmo-esl-missankt-kolestas-typo", SK, "1988-08-18", [
    N("n1", P, "Besöksanteckning MHV", "bmm_esl", "berggren", "2024-10-29T11:15", [
        ("Aktuellt", "Missänkt kolestas, klåda i fotsulorna nattetid sedan en vecka. Gallsyror och leverprover tagna."),
    ]),
], [], [("NL102", "n1")],
   "PMO with a typo in the hedge ('Missänkt'); still never shown")

C("sk-pmo-trb-rul-misstankt-klumpfot", SK, "1999-12-09", [
    N("n1", P, "Besöksanteckning MHV", "bmm_trb", "pettersson", "2024-03-12T13:20", [
        ("Aktuellt", "RUL-svar från Ystad: misstänkt klumpfot höger, i övrigt ua."),
        ("Åtgärd", "Pat informerad, SMV Ystad kallar för samtal och ny undersökning."),
    ]),
], [], [("NL102", "n1")],
   "PMO barnmorskemottagning relays a hedged fetal finding from RUL")

C("sk-pmo-ang-sannolik-jarnbristanemi", SK, "1986-01-26", [
    N("n1", P, "Besöksanteckning MHV", "bmm_ang", "ek", "2024-07-15T09:40", [
        ("Aktuellt", "Hb 96 i v 28. Trött och andfådd i trappor."),
        ("Bedömning", "Sannolik järnbristanemi."),
        ("Åtgärd", "Niferex 100 mg x 1, ferritin och nytt Hb om fyra veckor."),
    ]),
], [], [("NL102", "n1")],
   "PMO: hedged maternal anaemia in Bedömning")

C("sk-pmo-vc-gravid-trolig-pneumoni", SK, "1994-05-30", [
    N("n1", P, "Läkarbesök", "vc_sim", "kovacs", "2024-01-30T11:30", [
        ("Anamnes", "Gravid v 24. Hosta och feber 38,6 i fyra dagar."),
        ("Status", "Krepitationer basalt höger, SpO2 96 %. CRP 88."),
        ("Bedömning", "Trolig pneumoni, DD influensa."),
        ("Åtgärd", "Influensasnabbtest neg. Amoxicillin 750 mg x 3 i sju dagar. BMM informerad."),
    ]),
], [], [("NL102", "n1")],
   "PMO at a health centre: pregnant woman with hedged pneumonia, DD")

C("sk-pmo-husie-eventuell-tillvaxthamning-sf", SK, "1983-02-08", [
    N("n1", P, "Besöksanteckning MHV", "bmm_husie", "andersson_t", "2024-11-13T14:05", [
        ("Aktuellt", "SF-måttet under nedre kurvan två gånger i rad, v 30 och v 32. Eventuell tillväxthämning."),
        ("Åtgärd", "Remiss tillväxtultraljud SMV Malmö inom en vecka."),
    ]),
], [], [("NL102", "n1")],
   "PMO: 'Eventuell' fetal growth restriction from symphysis-fundus measurement")

# --------------------------------------------------------------------------- part D
# NL102 negatives, Västra Götaland.

C("vgr-bhc-hjartfel-uteslutes", VG, "1992-10-31", [
    N("n1", M, "Konsultationsanteckning", "bhc_dsbus", "berg", "2024-03-05T10:30", [
        ("Fetalekokardiografi", "Normal fyrkammarbild, korsande utflödeskanaler och normal trekärlsbild. Sinusrytm 145/min."),
        ("Bedömning", "Hjärtfel uteslutes så långt fosterekokardiografi medger. Ingen uppföljning planeras."),
    ]),
], [], [("NL102", "n1")],
   "'uteslutes' after fetal echocardiography; the caveat about method limits is no hedge of a diagnosis")

C("vgr-kgen-sonen-misstankt-duchenne", VG, "1989-07-07", [
    N("n1", M, "Samtalsanteckning", "kgen_su", "dahl", "2024-04-11T13:00", [
        ("Bakgrund", "Pats son, 4 år, utreds på barnneurologen för misstänkt Duchenne muskeldystrofi, CK 12 000."),
        ("Planering", "Bärarskapsanalys på pat när sonens DMD-analys är klar. Fosterdiagnostik kan då erbjudas i denna graviditet."),
    ]),
], [], [("NL102", "n1")],
   "the hedged diagnosis belongs to the woman's son; her own test is only a plan")

C("vgr-bor-mojligen-minskade-fosterrorelser-draft", VG, "1997-09-26", [
    N("n1", M, "Barnmorskeanteckning", "forl_bor", "hermansson", "2024-06-09T22:15", [
        ("Kontaktorsak", "Möjligen minskade fosterrörelser sedan i morse, v 36+2."),
        ("Status", "CTG reaktivt efter 20 minuter, normal fostervattenmängd vid ultraljud."),
        ("Åtgärd", "Hem. Information om att räkna rörelser och att höra av sig direkt vid förändring."),
    ], signed=None),
], [], [("NL102", "n1")],
   "hedge on a symptom (fewer fetal movements), not a diagnosis; unsigned draft")

C("vgr-fmc-th-sokord-akondroplasi-synligt-neutralt", VG, "1994-02-20", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "johansson", "2024-05-28T11:10", [
        ("Ultraljud", "Rörbenen mäts korta, femur under 3:e percentilen v 26. Normal thoraxomkrets och skallform."),
        ("Tidiga hypoteser", "Misstänkt akondroplasi, DD tanatofor dysplasi; FGFR3-analys på fostervatten skickad."),
        ("Planering", "Nytt ultraljud om två veckor, svar på DNA-analys väntas inom tio dagar."),
    ]),
], [], [("NL102", "n1")],
   "VGR: hypothesis only under sökord Tidiga hypoteser, visible sections carry only findings and plans")

C("vgr-ali-nipt-lag-sannolikhet-ingen-misstanke", VG, "1983-11-03", [
    N("n1", M, "Telefonanteckning", "smv_ali", "karlsson_a", "2024-02-14T14:50", [
        ("Provsvar", "NIPT: låg sannolikhet för trisomi 13, 18 och 21. Fosterfraktion 9 %."),
        ("Bedömning", "Ingen misstanke om kromosomavvikelse kvarstår. Pat meddelad per telefon, mycket lättad."),
    ]),
], [], [("NL102", "n1")],
   "normal NIPT worded as 'låg sannolikhet' plus 'Ingen misstanke om'")

C("vgr-kun-talar-emot-kolestas-eksem", VG, "1995-05-05", [
    N("n1", M, "Läkaranteckning", "kk_kun", "berg", "2024-07-18T10:40", [
        ("Lab", "Gallsyror 4 µmol/l, ALAT 0,3."),
        ("Bedömning", "Talar emot kolestas. Klådan förklaras av hennes kända atopiska eksem som försämrats under graviditeten."),
    ]),
], [], [("NL102", "n1")],
   "'Talar emot' cholestasis; the eczema is known and settled")

C("vgr-os-mr-inga-hallpunkter-accreta", VG, "1984-08-16", [
    N("n1", M, "Läkaranteckning", "smv_os", "nyberg", "2024-05-02T15:05", [
        ("Utredning", "MR placenta v 28: inga hållpunkter för placenta accreta, tydlig myometriegräns mot placenta."),
        ("Planering", "Elektivt kejsarsnitt v 38 pga placenta praevia, ingen hybridsal behövs."),
    ]),
], [], [("NL102", "n1")],
   "'inga hållpunkter för' an invasive placenta")

C("vgr-sko-hog-risk-preeklampsi-screening", VG, "1990-12-22", [
    N("n1", M, "Mottagningsanteckning", "smv_sko", "osman", "2024-01-10T10:05", [
        ("Aktuellt", "Preeklampsiscreening v 12 enligt FMF-algoritmen visar hög risk, 1:45."),
        ("Ordination", "ASA 150 mg till natten till och med v 36. Hemblodtrycksmätare lånas ut."),
    ]),
], [], [("NL102", "n1")],
   "a screening risk for a future disease is no hedged diagnosis of a present one")

C("vgr-udd-vid-huvudvark-ring-forlossningen", VG, "1998-01-19", [
    N("n1", M, "Barnmorskeanteckning", "kk_udd", "moradi", "2024-09-04T12:25", [
        ("Information", "Vid huvudvärk, synpåverkan eller smärta under höger revbensbåge ska du ringa förlossningen direkt, "
                        "eftersom det kan vara tecken på havandeskapsförgiftning."),
        ("Planering", "BT-kontroll på BMM två gånger i veckan."),
    ]),
], [], [("NL102", "n1")],
   "conditional safety-net advice addressed to the patient")

C("vgr-nal-hydronefros-kan-uteslutas", VG, "1993-03-30", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "svensson", "2024-10-08T08:55", [
        ("Ultraljud", "Njurbäckenvidd 4 mm vid kontroll v 32, var 7 mm vid RUL. Hydronefros hos fostret kan uteslutas."),
    ]),
], [], [("NL102", "n1")],
   "'kan uteslutas' (not 'kan inte uteslutas') - ruled out")

C("vgr-bor-misstanken-om-tillvaxthammning-avskrivs-typo", VG, "1987-06-11", [
    N("n1", M, "Mottagningsanteckning", "kk_bor", "hermansson", "2024-11-14T13:45", [
        ("Bedömning", "Misstanken om tillväxthämmning avskrivs – skattad vikt följer 40:e percentilen vid två mätningar."),
    ]),
], [], [("NL102", "n1")],
   "ruled-out growth restriction, with a typo in the diagnosis word")

C("vgr-ali-kurator-sambon-troligen-depression", VG, "1996-04-03", [
    N("n1", M, "Kuratorsanteckning", "smv_ali", "wikstrom", "2024-03-26T10:00", [
        ("Samtal", "Pat berättar att sambon troligen har en depression, han har varit sjukskriven sedan januari. "
                   "Hon oroar sig för hur han ska klara föräldraskapet."),
        ("Planering", "Nytt samtal om två veckor, sambon välkommen."),
    ]),
], [], [("NL102", "n1")],
   "hedged depression of the partner (relative), not of the patient")

C("vgr-nal-eventuellt-ekogent-fokus", VG, "1999-08-27", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "moradi", "2024-12-10T09:20", [
        ("Ultraljud", "RUL 18+5. Eventuellt ett litet ekogent fokus i vänster kammare, isolerat fynd. Normal anatomi i övrigt."),
    ]),
], [], [("NL102", "n1")],
   "hedge on an isolated soft marker, which is a finding and no diagnosis")

C("vgr-fmc-anti-kell-ej-fetal-anemi", VG, "1985-10-02", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-09-24T14:35", [
        ("Anamnes", "Känd anti-Kell-immunisering sedan förra graviditeten, titer 1:32."),
        ("Ultraljud", "MCA-PSV 1,12 MoM, ej tecken till fetal anemi. Ingen hydrops."),
        ("Planering", "Doppler av a. cerebri media varje vecka."),
    ]),
], [], [("NL102", "n1")],
   "settled immunisation plus 'ej tecken till' fetal anaemia")

C("vgr-udd-sate-ev-yttre-vandning", VG, "1992-01-05", [
    N("n1", M, "Läkaranteckning", "kk_udd", "forsberg", "2024-05-15T10:15", [
        ("Status", "Fostret i sätesbjudning v 35+5 vid ultraljud, normal fostervattenmängd, placenta på bakväggen."),
        ("Planering", "Ev. yttre vändning v 36+0, pat positiv till det."),
    ]),
], [], [("NL102", "n1")],
   "'Ev.' qualifies a procedure; the breech presentation is a stated fact")

C("vgr-forl-preeklampsi-hellp-kan-uteslutas", VG, "1994-12-17", [
    N("n1", M, "Läkaranteckning", "forl_bor", "petrovic", "2024-07-28T03:20", [
        ("Kontaktorsak", "v 38+1, huvudvärk sedan i kväll. BT hemma 142/90."),
        ("Status", "BT 128/82 och 126/80 på förlossningen. U-sticka neg."),
        ("Bedömning", "Preeklampsi och HELLP kan uteslutas: normala trombocyter, ASAT och ALAT, ingen proteinuri. "
                      "Spänningshuvudvärk."),
    ], setting=S),
], [], [("NL102", "n1")],
   "night note ruling out preeclampsia/HELLP; the headache diagnosis is settled")

# --------------------------------------------------------------------------- part E
# NL101 positives: a diagnosis in a visible section while the woman is not yet told.

C("sk-smv-ogtt-gdm-ej-underrattad", SK, "1991-08-14", [
    N("n1", M, "Provsvarsanteckning", "smv_mal", "mansour", "2024-03-11T15:40", [
        ("Provsvar", "OGTT 8/3: fP-glukos 5,4, 2-timmarsvärde 10,8 mmol/l – graviditetsdiabetes."),
        ("Planering", "Pat ej underrättad ännu, barnmorska ringer i morgon förmiddag och bokar dietist."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled GDM in the visible Provsvar while the text says the patient is not yet told")

C("vgr-fmc-qfpcr-trisomi-21-paret-har-inte-fatt-svaret", VG, "1984-02-03", [
    N("n1", M, "Provsvarsanteckning", "fmc_os", "johansson", "2024-01-31T11:20", [
        ("Provsvar", "Snabbsvar QF-PCR från fostervattenprov: 47,XY,+21, trisomi 21."),
        ("Planering", "Paret har ännu inte fått svaret; undertecknad ringer kl 15 enligt överenskommelse och erbjuder besök i morgon."),
    ]),
], [("NL101", "n1")], [],
   "confirmed fetal trisomy in the woman's visible note before the couple has been told")

C("sk-bkard-hlhs-kvinnan-ej-informerad", SK, "1990-06-28", [
    N("n1", M, "Konsultationsanteckning", "bkard_lund", "wallin", "2024-04-17T17:10", [
        ("Fetalekokardiografi", "V 21+5. Hypoplastiskt vänsterhjärtsyndrom med mitralisatresi och aortaatresi. "
                                "Högerkammarfunktion god, restriktivt foramen ovale föreligger ej."),
        ("Bedömning", "Kvinnan är inte informerad ännu, hon kommer med partnern till samtal i morgon kl 10 med barnkardiolog och kurator."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled fetal heart diagnosis in the mother's journal, she is explicitly not yet informed")

C("vgr-bor-kolestas-nas-ej-pa-mobil-draft", VG, "1996-10-09", [
    N("n1", M, "Telefonanteckning", "kk_bor", "hermansson", "2024-08-22T13:15", [
        ("Telefonkontakt", "Gallsyror 52 µmol/l – intrahepatisk graviditetskolestas. Pat ej informerad, nås ej på mobilen. "
                           "Nytt försök i eftermiddag, annars brev."),
    ], signed=None),
], [("NL101", "n1")], [],
   "phone draft: settled cholestasis and failed attempt to reach the woman")

C("sk-hbg-misstankt-avsd-informeras-ej-forran", SK, "1988-03-22", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "nilsson_o", "2024-06-18T14:25", [
        ("Ultraljud", "RUL 19+1. Fyrkammarbilden avviker, AV-klaffarna tycks ligga i samma plan."),
        ("Bedömning", "Misstänkt AVSD. Paret ska inte informeras förrän fetalekokardiografi gjorts i Lund på torsdag."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "hedged fetal heart defect written visibly with an explicit decision not to tell yet: both rules")

C("vgr-grav-preeklampsi-vet-annu-inte-tolk", VG, "1993-11-23", [
    N("n1", M, "Läkaranteckning", "grav_os", "nyberg", "2024-02-24T11:50", [
        ("Lab", "Dygnsurin 3,2 g protein, TPK 140, leverprover normala."),
        ("Bedömning", "Preeklampsi med betydande proteinuri v 33+3. Pat vet ännu inte om diagnosen – "
                      "arabisktalande tolk bokad till kl 14 då hela planen gås igenom."),
    ], setting=S),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed preeclampsia, patient not told pending interpreter")

C("sk-kgen-22q11-ej-meddelat-draft", SK, "1992-09-15", [
    N("n1", M, "Provsvarsanteckning", "kgen_lund", "holm", "2024-05-23T16:00", [
        ("Provsvar", "Kromosomal mikroarray på fostervatten: 22q11.2-deletion, 2,5 Mb (DiGeorges syndrom)."),
        ("Planering", "Ej meddelat pat – genetisk vägledare och läkare kontaktar henne efter teamgenomgång på fredag."),
    ], signed=None),
], [("NL101", "n1")], [],
   "unsigned genetics draft: microdeletion result in the woman's journal, 'Ej meddelat pat'")

C("vgr-sko-fgr-pat-ej-informerd-typo", VG, "1995-07-04", [
    N("n1", M, "Läkaranteckning", "smv_sko", "lund", "2024-09-10T16:30", [
        ("Ultraljud", "Skattad vikt -28 %, absent diastoliskt flöde i a. umbilicalis."),
        ("Bedömning", "Fetal tillväxthämning, nu med påverkade flöden. Pat ej informerd ännu – hon gick hem innan svaret var klart."),
        ("Planering", "Ringer in pat i kväll för inläggning och betametason."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo in the telling phrase ('informerd'); confirmed fetal growth restriction untold")

C("sk-kri-kolestas-tva-anteckningar-sedan-informerad", SK, "1989-12-12", [
    N("n1", M, "Provsvarsanteckning", "smv_kri", "hadzic", "2024-10-02T15:50", [
        ("Provsvar", "Gallsyror 44 µmol/l, ALAT 2,1 – intrahepatisk graviditetskolestas v 34."),
        ("Planering", "Pat har ej fått svaret än, kontaktas i morgon av barnmorska."),
    ]),
    N("n2", M, "Telefonanteckning", "smv_kri", "berggren", "2024-10-03T09:20", [
        ("Telefonkontakt", "Pat informerad om att hon har graviditetskolestas och om behandling med Ursofalk. "
                           "Recept skickat, kontroll på SMV om en vecka."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")],
   "the first note withholds a settled diagnosis (fires), the next-day phone note tells her (does not)")

C("vgr-kgen-turner-far-inte-meddelas-per-telefon", VG, "1990-03-19", [
    N("n1", M, "Provsvarsanteckning", "kgen_su", "dahl", "2024-05-07T10:05", [
        ("Provsvar", "Odlad karyotyp från fostervatten: 45,X – Turners syndrom hos fostret."),
        ("Planering", "Får inte meddelas per telefon. Besked ges vid besök 14/5 med fostermedicinare och genetisk vägledare."),
    ]),
], [("NL101", "n1")], [],
   "result withheld until a planned visit, written in a visible section")

C("sk-endo-nyupptackt-hypotyreos-pat-ovetande", SK, "1994-11-01", [
    N("n1", M, "Läkaranteckning", "endo_mal", "nilsson_o", "2024-01-12T14:45", [
        ("Lab", "TSH 9,1, fritt T4 9 pmol/l, TPO-antikroppar positiva. Gravid v 9."),
        ("Bedömning", "Nyupptäckt hypotyreos, sannolikt Hashimoto-genes."),
        ("Planering", "Pat ovetande om provsvaret. Levaxin ordineras efter telefonsamtal med henne i morgon."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "untold maternal hypothyroidism; the hedged aetiology (sannolikt Hashimoto) also triggers NL102")

C("vgr-fmc-trisomi-18-partnern-vill-vanta", VG, "1983-05-25", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-03-01T16:20", [
        ("Provsvar", "Trisomi 18 bekräftad i QF-PCR."),
        ("Bedömning", "På partnerns begäran informeras inte kvinnan förrän han är på plats i morgon förmiddag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
   "the patient herself (not only a relative) is kept uninformed of a confirmed fetal diagnosis")

C("sk-fm-myelomeningocele-paret-annu-ej-underrattat", SK, "1997-02-16", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "rahimi", "2024-07-16T12:30", [
        ("Ultraljud", "Öppen spina bifida, myelomeningocele L4–S1, med Chiari II-malformation och ventrikelvidd 14 mm. "
                      "Fötterna i normalställning, rörelser i benen ses."),
        ("Bedömning", "Paret ännu ej underrättat; samtal med neonatolog och neurokirurg bokas först."),
    ]),
], [("NL101", "n1")], [],
   "'Paret ännu ej underrättat' (the couple includes the patient) about a settled fetal CNS malformation")

C("vgr-os-lang-inskrivning-hepatit-b-ej-informerad", VG, "1990-10-18", [
    N("n1", M, "Inskrivningsanteckning", "smv_os", "svensson", "2024-02-07T09:40", [
        ("Anamnes", "34-årig förstföderska, inflyttad från Vietnam 2019. Frisk, inga mediciner utöver folsyra. "
                    "Remitterad till SMV från BMM Angered pga avvikande infektionsscreening och högt BMI."),
        ("Graviditetsanamnes", "SM 12/11-23, BF 18/8-24 enligt KUB. Spontan konception. Inga blödningar, lindrigt illamående."),
        ("Status", "AT gott. Längd 158 cm, vikt 86 kg. BT 122/78. Hjärta och lungor ua. Sköldkörtel ej förstorad."),
        ("Lab", "Hb 121. Blodgrupp A RhD pos, inga irregulära antikroppar. Rubella immun. HIV neg, syfilis neg. "
                "HBsAg positivt, HBeAg negativt, HBV-DNA 2 400 IE/ml, ALAT 0,4."),
        ("Bedömning", "Kronisk hepatit B med låg virusnivå. Pat ännu inte informerad om provsvaret, "
                      "infektionsläkare ringer henne i dag med tolk."),
        ("Planering", "Remiss infektionskliniken Östra. Barnet ska ha hepatit B-vaccin och immunglobulin direkt efter födseln. "
                      "OGTT v 24–28 pga BMI. Återbesök SMV v 20."),
    ]),
], [("NL101", "n1")], [],
   "long intake chart: one line says a settled maternal infection is not yet told")

C("sk-hlm-rh-immunisering-inte-fatt-beksed-typo", SK, "1986-04-07", [
    N("n1", M, "Provsvarsanteckning", "smv_hlm", "strand", "2024-11-21T10:50", [
        ("Provsvar", "Anti-D påvisat, titer 1:64 – Rh-immunisering. Förra barnet föddes 2022 utan profylax."),
        ("Planering", "Pat har inte fått beksed om antikroppsfyndet. Remiss fostermedicin Lund för MCA-doppler."),
    ]),
], [("NL101", "n1")], [],
   "typo in the telling phrase ('beksed'); maternal alloimmunisation untold")

C("vgr-udd-jarnbristanemi-ej-kontaktad", VG, "1999-09-30", [
    N("n1", M, "Provsvarsanteckning", "kk_udd", "osman", "2024-04-30T14:10", [
        ("Provsvar", "Hb 88, ferritin 6 – järnbristanemi. Pat ej kontaktad med svaret, bm ringer i morgon om järninfusion."),
    ]),
], [("NL101", "n1")], [],
   "short note: settled anaemia, patient not contacted yet")

C("sk-hbg-kub-cystiskt-hygrom-besked-i-morgon", SK, "1991-02-02", [
    N("n1", M, "Ultraljudsutlåtande", "ul_hbg", "strand", "2024-08-14T11:40", [
        ("KUB", "CRL 62 mm. NUPP 6,2 mm med septerat cystiskt hygrom längs hela ryggen."),
        ("Bedömning", "Paret får besked först i morgon när fostermedicinare kan närvara. Tid bokad kl 09."),
    ]),
], [("NL101", "n1")], [],
   "KUB finding that is a diagnosis (cystic hygroma) withheld until tomorrow")

C("vgr-nal-misstankt-lappspalt-ej-info-bildkvalitet", VG, "2000-12-06", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "svensson", "2024-07-03T10:35", [
        ("Ultraljud", "RUL 18+4. Misstänkt läppspalt höger, bildkvaliteten begränsad av bukväggen."),
        ("Planering", "Paret ej informerat om misstanken; ny undersökning med erfaren kollega i morgon."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
   "hedged fetal cleft, couple deliberately not told: both rules")

C("sk-yst-preeklampsi-efter-sectio-vet-inte", SK, "1988-07-21", [
    N("n1", M, "Läkaranteckning", "kk_yst", "hadzic", "2024-12-04T06:30", [
        ("Aktuellt", "Akut kejsarsnitt i natt pga sätesbjudning i värkarbete v 37. Postoperativt BT 165/108, proteinuri 3+."),
        ("Bedömning", "Postpartal preeklampsi. Pat sover efter natten och vet inte om diagnosen än, "
                      "informeras på förmiddagsronden."),
        ("Ordination", "Trandate 200 mg x 3, magnesiumsulfat enligt PM i 24 timmar."),
    ], setting=S),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled postpartum preeclampsia, patient asleep and not yet told")

# --------------------------------------------------------------------------- part F
# NL101 negatives: told (today/earlier), untold thing is no diagnosis, only a relative
# untold, untold diagnosis only in the protected place, nothing said about telling.

C("vgr-lid-kand-gdm-informerad-v28", VG, "1985-04-21", [
    N("n1", M, "Mottagningsanteckning", "med_lid", "gustafsson", "2024-07-23T10:20", [
        ("Aktuellt", "Känd graviditetsdiabetes sedan v 28, informerad av diabetessköterska då. "
                     "Fasteglukos 5,6–6,2 trots kost, start Insulatard 8 E till natten."),
        ("Uppföljning", "Glukosprofil skickas via 1177 om en vecka."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "diagnosis told earlier; settled, so neither rule")

C("sk-smv-praevia-sectiotid-ej-meddelad", SK, "1987-01-14", [
    N("n1", M, "Läkaranteckning", "smv_mal", "lindqvist", "2024-05-13T14:35", [
        ("Bedömning", "Placenta praevia totalis, känd sedan v 32 och genomgången med pat vid förra besöket."),
        ("Planering", "Tid för elektivt kejsarsnitt v 37 är ännu inte meddelad pat, operationsplaneringen återkommer."),
    ]),
], [], [("NL101", "n1")],
   "what is not yet told is a date, the diagnosis was told earlier")

C("vgr-fmc-normalt-qfpcr-pat-ej-nadd", VG, "1982-06-19", [
    N("n1", M, "Telefonanteckning", "fmc_os", "dahl", "2024-03-13T12:45", [
        ("Telefonkontakt", "Normalt QF-PCR-svar, inga tecken på trisomi 13, 18, 21 eller könskromosomavvikelse. "
                           "Pat ej nådd ännu, sms skickat med begäran om återuppringning."),
    ]),
], [], [("NL101", "n1")],
   "the untold result is normal, no diagnosis is withheld")

C("sk-kri-gdm-dietistremiss-ej-informerad", SK, "1993-07-29", [
    N("n1", M, "Mottagningsanteckning", "smv_kri", "berggren", "2024-06-26T11:10", [
        ("Aktuellt", "Graviditetsdiabetes, kostbehandlad, pat väl införstådd med diagnosen och egenmätningarna."),
        ("Åtgärd", "Remiss till dietist skickad efter besöket, pat ej informerad om detta ännu."),
    ]),
], [], [("NL101", "n1")],
   "the untold item is that a referral was sent; the diagnosis is known to her")

C("vgr-fmc-trisomi-18-sambon-vet-inte", VG, "1988-10-26", [
    N("n1", M, "Fostermedicinsk bedömning", "fmc_os", "johansson", "2024-03-08T13:55", [
        ("Provsvar", "QF-PCR: trisomi 18."),
        ("Information", "Pat informerad om trisomi 18 av undertecknad. Hon vill själv berätta för sambon, som alltså inte vet ännu."),
        ("Planering", "Kurator i morgon. Pat funderar på avbrytande."),
    ]),
], [], [("NL101", "n1")],
   "the patient is told; only the partner (relative) does not know yet")

C("sk-fm-mall-tidiga-hypoteser-triploidi-ej-informerade", SK, "1996-12-20", [
    N("n1", M, "Tidiga hypoteser", "fm_lund", "kovacs", "2024-09-19T15:15", [
        ("Bedömning", "Stor cystisk placenta och svår tidig tillväxthämning v 17, misstänkt triploidi. "
                      "Paret ej informerade om misstanken innan karyotyp finns."),
    ]),
    N("n2", M, "Fostermedicinsk bedömning", "fm_lund", "kovacs", "2024-09-19T15:30", [
        ("Ultraljud", "Fostret mäter 15+2 vid 17+1. Placentan förtjockad med små cystor."),
        ("Planering", "Amniocentes utförd, svar inom två dagar. Paret informerat om att fostret är litet och att prov tagits."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
   "Skåne: the untold hypothesis sits only in the Tidiga hypoteser template; the visible note has findings and plan only")

C("vgr-bhc-th-sokord-coarctatio-ej-informerat", VG, "1994-03-10", [
    N("n1", M, "Konsultationsanteckning", "bhc_dsbus", "berg", "2024-06-13T10:25", [
        ("Fetalekokardiografi", "V 24+0. Bildkvaliteten begränsad av bukväggen. Vänster kammare något mindre än höger."),
        ("Tidiga hypoteser", "Misstänkt coarctatio aortae, paret ej informerat innan kontrollen v 28."),
        ("Planering", "Ny fetalekokardiografi v 28."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "VGR: untold hypothesis only under sökord Tidiga hypoteser; visible text is a finding and a plan")

C("sk-fm-trisomi-21-bekraftad-inget-om-information", SK, "1984-09-04", [
    N("n1", M, "Fostermedicinsk bedömning", "fm_lund", "rahimi", "2024-06-14T09:00", [
        ("Diagnos", "Trisomi 21 hos fostret, bekräftad genom amniocentes 12/6."),
    ]),
], [], [("NL101", "n1")],
   "settled fetal diagnosis with nothing said about telling")

C("vgr-nal-pat-vill-inte-veta-konet", VG, "1997-11-13", [
    N("n1", M, "Ultraljudsanteckning", "ul_nal", "moradi", "2024-04-18T11:30", [
        ("Ultraljud", "RUL 18+2. Normal anatomi, placenta på framväggen högt upp."),
        ("Information", "Pat vill inte veta fostrets kön, det har därför inte meddelats."),
    ]),
], [], [("NL101", "n1")],
   "the fetal sex is withheld on request - it is no diagnosis")

C("sk-hlm-nipt-svar-vantas", SK, "1986-10-16", [
    N("n1", M, "Telefonanteckning", "smv_hlm", "pettersson", "2024-02-15T10:45", [
        ("Telefonkontakt", "Paret ringer och undrar. De har inte fått svar på NIPT ännu – svaret beräknas komma om 7–10 dagar."),
    ], signed=None),
], [], [("NL101", "n1")],
   "a pending test result is not an untold diagnosis; unsigned draft")

C("vgr-os-downs-mamman-ska-inte-veta", VG, "1995-08-08", [
    N("n1", M, "Läkaranteckning", "smv_os", "nyberg", "2024-08-29T14:40", [
        ("Information", "Pat informerad i dag om att fostret har Downs syndrom enligt fostervattenprovet. "
                        "Hennes mamma, som följde med som stöd, vet inte och ska inte få veta på pats begäran."),
        ("Planering", "Pat vill fortsätta graviditeten. Remiss barnkardiologi för fetalekokardiografi."),
    ]),
], [], [("NL101", "n1")],
   "patient told; only her mother (relative) is kept uninformed at her own request")

C("vgr-ali-avbojt-info-om-mjuka-markorer", VG, "1989-06-02", [
    N("n1", M, "Ultraljudsanteckning", "smv_ali", "hermansson", "2024-10-22T13:25", [
        ("Information", "Pat har avböjt information om mjuka markörer vid RUL; enligt önskemål informeras hon endast om "
                        "strukturella avvikelser. Inga sådana sågs."),
    ]),
], [], [("NL101", "n1")],
   "declined information about soft markers, which are not diagnoses; no structural anomaly")

C("vgr-os-gastroschisis-th-sedan-synligt-informerat", VG, "1999-03-16", [
    N("n1", M, "Ultraljudsanteckning", "smv_os", "svensson", "2024-01-09T10:10", [
        ("Ultraljud", "RUL 18+0. Oklar struktur vid bukväggen, svårbedömd pga fosterläge."),
        ("Tidiga hypoteser", "Misstänkt gastroschisis, paret ej informerat förrän fostermedicin bedömt."),
    ]),
    N("n2", M, "Fostermedicinsk bedömning", "fmc_os", "akesson", "2024-01-11T13:30", [
        ("Ultraljud", "Gastroschisis med fritt flytande tunntarm höger om navelsträngen, ingen dilatation."),
        ("Information", "Paret informerat av undertecknad om fyndet, om att det oftast är isolerat och om operation efter födseln."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
   "record: hypothesis first kept under Tidiga hypoteser, then settled and told in a later visible note")

C("sk-fm-spina-bifida-fick-besked-igar", SK, "1993-04-23", [
    N("n1", M, "Samtalsanteckning", "fm_lund", "ohlsson", "2024-07-17T10:30", [
        ("Samtal", "Pat fick i går besked av dr Rahimi om att fostret har ryggmärgsbråck. Hon och partnern har sovit dåligt, "
                   "vill träffa neurokirurg innan beslut."),
        ("Planering", "Nytt samtal på torsdag."),
    ]),
], [], [("NL101", "n1")],
   "counsellor's note: the diagnosis was told the day before")

C("vgr-sko-lang-typ1-diabetes-inga-hedgade-diagnoser", VG, "1989-05-12", [
    N("n1", M, "Läkaranteckning", "smv_sko", "lund", "2024-03-28T13:10", [
        ("Anamnes", "35-årig omföderska, P1. Typ 1-diabetes sedan 12 års ålder, insulinpump (Tandem) och CGM. "
                    "Ingen känd retinopati eller nefropati, senaste ögonbottenfoto 2023 utan anmärkning. "
                    "Hypotyreos på Levaxin 100 µg. Pats mamma hade trolig graviditetsdiabetes i sin sista graviditet. "
                    "Förlossning 2020: vaginal partus v 38+2 efter igångsättning, pojke 3980 g, kortvarig hypoglykemi hos barnet."),
        ("Aktuellt", "Nu 26+1. HbA1c 46 mmol/mol, tid i målområde 71 % senaste två veckorna. Enstaka nattliga "
                     "hypoglykemier ner till 3,1, vaknar av larmet. Känner fosterrörelser väl. Ingen huvudvärk, inga synrubbningar."),
        ("Status", "AT gott. BT 122/76. Vikt 78 kg (+9 kg). SF-mått 27 cm. Inga ödem. U-sticka: albumin neg, glukos neg."),
        ("Ultraljud", "Skattad vikt 980 g, 62:a percentilen. Fostervattenmängd normal. Normal fyrkammarbild och utflödeskanaler "
                      "vid kontrollen, som vid RUL. Placenta på bakväggen, ej lågt sittande."),
        ("Lab", "TSH 1,8, fritt T4 14. U-albumin/kreatininkvot 1,2. Kreatinin 52."),
        ("Bedömning", "Välreglerad typ 1-diabetes och substituerad hypotyreos. Normal fostertillväxt. "
                      "Ingen misstanke om preeklampsi. Inga tecken på diabetesnefropati."),
        ("Planering", "Om nattliga hypoglykemier kvarstår sänks basaldosen 00–04 med 10 %, pat justerar själv och "
                      "återkopplar via 1177. Tillväxtultraljud v 30 och v 34. Ev. igångsättning v 38–39 beroende på tillväxten, "
                      "beslutas v 36. Ögonbottenfoto i tredje trimestern. Återbesök om två veckor."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "long diabetes chart: hedges only on a relative ('trolig' GDM of her mother) and a plan ('Ev. igångsättning'), plus negations and a conditional")

# --------------------------------------------------------------------------- part G
# More NL101 positives: told about one thing but not the diagnosis, long charts.

C("sk-kri-lang-mc-tvillingar-sfgr-ej-informarad-typo", SK, "1992-04-09", [
    N("n1", M, "Läkaranteckning", "smv_kri", "kovacs", "2024-04-25T11:45", [
        ("Anamnes", "32-årig förstföderska med monokorial diamniotisk tvillinggraviditet efter spontan konception. "
                    "Frisk, inga läkemedel utöver järn. Följs på SMV varannan vecka sedan v 16 enligt PM för MC-tvillingar."),
        ("Aktuellt", "Nu 24+3. Känner liv av båda, lätt foglossning. Inga sammandragningar, ingen blödning eller flytning."),
        ("Status", "AT gott. BT 118/72. Buk: mjuk, SF 29 cm. U-sticka neg."),
        ("Ultraljud", "Tvilling A: skattad vikt 690 g (50:e percentilen), största ficka 5,2 cm, normala flöden. "
                      "Tvilling B: skattad vikt 470 g (under 3:e percentilen), största ficka 2,4 cm, "
                      "persisterande absent diastoliskt flöde i a. umbilicalis. Viktdiskordans 32 %. "
                      "Cervix 34 mm, sluten."),
        ("Bedömning", "Selektiv tillväxthämning typ II hos tvilling B. Inga kriterier för tvillingtransfusionssyndrom. "
                      "Pat ännu inte informarad om att tvilling B nu har sFGR; läkare tar det vid återbesöket i eftermiddag "
                      "efter konferens med Fostermedicin Lund."),
        ("Planering", "Konferens kl 13 om ev. remiss till Stockholm för bedömning av laser eller selektiv reduktion. "
                      "Ultraljud med flöden två gånger i veckan. Betametason övervägs från v 26."),
    ]),
], [("NL101", "n1")], [],
   "long twin chart with a typo in the telling word ('informarad'); settled twin growth restriction untold")

C("sk-kkhbg-mr-placenta-increta-ej-informerad", SK, "1985-11-26", [
    N("n1", M, "Läkaranteckning", "kk_hbg", "mansour", "2024-07-30T16:15", [
        ("Utredning", "MR bäcken v 30 visar placenta increta i framväggen under det gamla snittet, ingen genomväxt mot blåsan."),
        ("Bedömning", "Pat ännu ej informerad om MR-fyndet – samtal efter multidisciplinär konferens på torsdag."),
    ]),
], [("NL101", "n1")], [],
   "settled invasive placentation confirmed by MR, the woman explicitly not yet informed")

C("vgr-os-gdm-beskedet-givet-men-inte-hjartfelet", VG, "1991-12-03", [
    N("n1", M, "Läkaranteckning", "smv_os", "svensson", "2024-08-20T10:35", [
        ("Aktuellt", "Pat informerad i dag om graviditetsdiabetes och fick mätare och kostråd."),
        ("Ultraljud", "Fetalekokardiografisvar från Barnhjärtcentrum: isolerad transposition av de stora artärerna."),
        ("Bedömning", "Beskedet om fostrets hjärtfel har hon däremot inte fått än; barnkardiolog tar det på fredag enligt deras rutin."),
    ]),
], [("NL101", "n1")], [],
   "she is told one diagnosis (GDM) but the fetal TGA in the same note is explicitly not yet told")

C("vgr-kgen-47xxy-kvinnan-vet-annu-inte", VG, "1988-09-29", [
    N("n1", M, "Provsvarsanteckning", "kgen_su", "dahl", "2024-11-07T14:20", [
        ("Provsvar", "Karyotyp från fostervatten: 47,XXY – Klinefelters syndrom hos fostret."),
        ("Planering", "Kvinnan vet ännu inte svaret; enligt överenskommelse meddelas det vid telefontid på måndag med genetisk vägledare."),
    ]),
], [("NL101", "n1")], [],
   "sex-chromosome aneuploidy in the woman's record, 'vet ännu inte' about the result")


# =========================================================================== build
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make_pnr(birth, idx):
    """YYYYMMDD-NNNC; female (even third serial digit), serial derived from case index."""
    y, m, d = birth.split("-")
    serial = (idx * 47 + 113) % 1000
    if serial % 2:
        serial = (serial + 1) % 1000
    body = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, luhn_digit(body))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def age_on(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def build():
    problems = []
    out = []
    seen_names = set()
    seen_sent = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if name in seen_names:
            problems.append("duplicate case name %s" % name)
        seen_names.add(name)
        if c["ruleset"] not in (SK, VG):
            problems.append("%s: bad ruleset" % name)
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note id" % name)
        last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
        for n in notes:
            if n["signed"]:
                last = max(last, _dt.datetime.fromisoformat(n["signed"]))
        if c["as_of"]:
            as_of = _dt.datetime.fromisoformat(c["as_of"])
        else:
            as_of = min(_dt.datetime(last.year, last.month, last.day) + _dt.timedelta(days=3),
                        _dt.datetime(2024, 12, 31))
        pnr = make_pnr(c["birth"], idx)
        digits = pnr.replace("-", "")
        if not luhn_ok(digits[2:]):
            problems.append("%s: Luhn" % name)
        if digits[:8] != c["birth"].replace("-", ""):
            problems.append("%s: pnr/birth mismatch" % name)
        age = age_on(c["birth"], as_of)
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: age %d not allowed" % (name, age))
        for n in notes:
            if list(n.keys()) != KEYS_NOTE:
                problems.append("%s/%s: note keys" % (name, n["id"]))
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None:
                    continue
                dt = _dt.datetime.fromisoformat(v)
                if dt.year != 2024:
                    problems.append("%s/%s: %s not in 2024" % (name, n["id"], fld))
            if n["signed"] and n["signed"] < n["time"]:
                problems.append("%s/%s: signed before time" % (name, n["id"]))
            if n["system"] not in (M, P):
                problems.append("%s/%s: system" % (name, n["id"]))
            if c["ruleset"] == VG and n["system"] != M:
                problems.append("%s: VGR case with non-Melior note" % name)
            if n["setting"] not in (O, S):
                problems.append("%s/%s: setting" % (name, n["id"]))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (name, n["id"]))
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    problems.append("%s/%s: empty section" % (name, n["id"]))
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            problems.append("duplicate sentence in %s and %s: %r" % (seen_sent[sent], name, sent))
                        else:
                            seen_sent[sent] = name
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % name)
        if as_of < last.replace(hour=0, minute=0, second=0):
            problems.append("%s: as_of before notes" % name)
        by_id = {n["id"]: n for n in notes}
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if not pairs:
            problems.append("%s: asserts nothing" % name)
        if len(set(pairs)) != len(pairs):
            problems.append("%s: code/target both in must and must_not or repeated" % name)
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                problems.append("%s: unexpected code %s" % (name, code))
            if target not in by_id:
                problems.append("%s: target %s missing" % (name, target))
                continue
            sysname = by_id[target]["system"]
            if code == "NL102" and sysname != M and (code, target) in [tuple(x) for x in c["must"]]:
                problems.append("%s: NL102 must on non-Melior" % name)
            if code == "NL101" and sysname == P:
                problems.append("%s: NL101 asserted on PMO" % name)
        if not c["why"].strip():
            problems.append("%s: empty why" % name)
        rec = {
            "patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        }
        obj = {"case": name, "ruleset": c["ruleset"], "record": rec,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        if list(obj.keys()) != KEYS_CASE:
            problems.append("%s: case keys" % name)
        out.append(obj)
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _t in obj[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for obj in out:
        rs[obj["ruleset"]] = rs.get(obj["ruleset"], 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    print("rulesets:", dict(sorted(rs.items())))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
