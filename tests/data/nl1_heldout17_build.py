#!/usr/bin/env python3
"""Gold cases nl1_heldout17_cases: NL101 / NL102 in a broad mix of Swedish clinics.

All cases are data below. `python3 build.py` writes nl1_heldout17_cases.jsonl beside
this file and validates it; exit status 1 on any problem. No dependencies.
"""
import datetime as dt
import json
import os
import re
import sys

NAME = "nl1_heldout17_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

S = "SE2321000255-"   # Region Skåne HSA prefix
V = "SE2321000131-"   # Västra Götalandsregionen HSA prefix

# key: (ruleset, system, unit name, hsa id)
UNITS = {
    # Skåne, Melior (hospital care)
    "s_onk_lund": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", S + "4411"),
    "s_akut_malmo": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", S + "2087"),
    "s_med_hbg": ("skane", "Melior", "Medicinkliniken, Helsingborgs lasarett", S + "6132"),
    "s_kir_csk": ("skane", "Melior", "Kirurgiska kliniken, Centralsjukhuset Kristianstad", S + "7704"),
    "s_kk_ystad": ("skane", "Melior", "Kvinnokliniken, Lasarettet Ystad", S + "8820"),
    "s_barn_lund": ("skane", "Melior", "Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", S + "3356"),
    "s_psyk_lund": ("skane", "Melior", "Vuxenpsykiatrimottagning Lund", S + "5190"),
    "s_psyk_hbg": ("skane", "Melior", "Allmänpsykiatrisk mottagning Helsingborg", S + "5247"),
    "s_bup_malmo": ("skane", "Melior", "BUP-mottagning Malmö Väster", S + "5563"),
    "s_inf_malmo": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö", S + "2931"),
    "s_reum_lund": ("skane", "Melior", "Reumatologimottagningen, Skånes universitetssjukhus Lund", S + "3078"),
    "s_geri_hbg": ("skane", "Melior", "Geriatriska kliniken, Helsingborgs lasarett", S + "6219"),
    "s_minne_malmo": ("skane", "Melior", "Minnesmottagningen, Skånes universitetssjukhus Malmö", S + "2455"),
    "s_ort_trelleborg": ("skane", "Melior", "Ortopedmottagningen, Lasarettet Trelleborg", S + "9034"),
    "s_hem_lund": ("skane", "Melior", "Hematologimottagningen, Skånes universitetssjukhus Lund", S + "4126"),
    "s_neuro_lund": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund", S + "3642"),
    "s_kvinno_malmo": ("skane", "Melior", "Kvinnosjukvården, Skånes universitetssjukhus Malmö", S + "2310"),
    "s_barnakut_hbg": ("skane", "Melior", "Barnakuten, Helsingborgs lasarett", S + "6078"),
    "s_akut_csk": ("skane", "Melior", "Akutmottagningen, Centralsjukhuset Kristianstad", S + "7512"),
    "s_uro_malmo": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö", S + "2774"),
    "s_hud_lund": ("skane", "Melior", "Hudmottagningen, Skånes universitetssjukhus Lund", S + "3991"),
    "s_lung_lund": ("skane", "Melior", "Lungmottagningen, Skånes universitetssjukhus Lund", S + "4203"),
    "s_med_landskrona": ("skane", "Melior", "Medicinmottagningen, Lasarettet Landskrona", S + "8156"),
    "s_beroende_malmo": ("skane", "Melior", "Beroendecentrum Malmö, öppenvård", S + "2649"),
    "s_kir_hlm": ("skane", "Melior", "Kirurgmottagningen, Hässleholms sjukhus", S + "7861"),
    "s_onk_kir_avd": ("skane", "Melior", "Avdelning 5, Kirurgiska kliniken, Skånes universitetssjukhus Malmö", S + "2583"),
    # Skåne, PMO (primary care)
    "p_vc_horby": ("skane", "PMO", "Vårdcentralen Hörby", S + "1105"),
    "p_vc_sodervarn": ("skane", "PMO", "Vårdcentralen Södervärn, Malmö", S + "1218"),
    "p_vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", S + "1342"),
    "p_vc_simrishamn": ("skane", "PMO", "Vårdcentralen Simrishamn", S + "1476"),
    "p_bvc_lomma": ("skane", "PMO", "BVC Lomma", S + "1590"),
    "p_um_lund": ("skane", "PMO", "Ungdomsmottagningen Lund", S + "1623"),
    "p_vc_klippan": ("skane", "PMO", "Vårdcentralen Klippan", S + "1757"),
    "p_vc_hoganas": ("skane", "PMO", "Vårdcentralen Höganäs", S + "1881"),
    "p_hsj_tomelilla": ("skane", "PMO", "Hemsjukvårdsteamet, Vårdcentralen Tomelilla", S + "1914"),
    # VGR, Melior
    "v_onk_su": ("vgr", "Melior", "Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", V + "3105"),
    "v_akut_su": ("vgr", "Melior", "Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", V + "3021"),
    "v_med_nal": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL Trollhättan", V + "4410"),
    "v_kir_sas": ("vgr", "Melior", "Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", V + "5202"),
    "v_kk_skas": ("vgr", "Melior", "Kvinnokliniken, Skaraborgs Sjukhus Skövde", V + "6017"),
    "v_barn_dsbus": ("vgr", "Melior", "Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", V + "3388"),
    "v_psyk_su": ("vgr", "Melior", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", V + "3547"),
    "v_psyk_nu": ("vgr", "Melior", "Vuxenpsykiatrisk mottagning Trollhättan, NU-sjukvården", V + "4638"),
    "v_inf_ostra": ("vgr", "Melior", "Infektionsmottagningen Östra, Sahlgrenska Universitetssjukhuset", V + "3719"),
    "v_reum_molndal": ("vgr", "Melior", "Reumatologmottagningen Mölndal, Sahlgrenska Universitetssjukhuset", V + "3826"),
    "v_geri_molndal": ("vgr", "Melior", "Geriatrik Mölndal, Sahlgrenska Universitetssjukhuset", V + "3902"),
    "v_med_alingsas": ("vgr", "Melior", "Medicinmottagningen, Alingsås lasarett", V + "7115"),
    "v_akut_kungalv": ("vgr", "Melior", "Akutmottagningen, Kungälvs sjukhus", V + "7240"),
    "v_barn_sas": ("vgr", "Melior", "Barn- och ungdomsmottagningen, Södra Älvsborgs Sjukhus Borås", V + "5319"),
    "v_ort_skas": ("vgr", "Melior", "Ortopedmottagningen, Skaraborgs Sjukhus Skövde", V + "6124"),
    "v_onk_nu": ("vgr", "Melior", "Onkologimottagningen, NU-sjukvården Uddevalla", V + "4755"),
    "v_hem_su": ("vgr", "Melior", "Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", V + "3463"),
    "v_minne_kungalv": ("vgr", "Melior", "Minnesmottagningen, Kungälvs sjukhus", V + "7366"),
    "v_uro_su": ("vgr", "Melior", "Urologmottagningen, Sahlgrenska Universitetssjukhuset", V + "3290"),
    "v_kk_ostra": ("vgr", "Melior", "Kvinnokliniken Östra, Sahlgrenska Universitetssjukhuset", V + "3674"),
    "v_akut_skas": ("vgr", "Melior", "Akutmottagningen, Skaraborgs Sjukhus Skövde", V + "6241"),
    "v_lung_sas": ("vgr", "Melior", "Lungmottagningen, Södra Älvsborgs Sjukhus Borås", V + "5436"),
    "v_neuro_su": ("vgr", "Melior", "Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V + "3158"),
    "v_kir_avd_nal": ("vgr", "Melior", "Kirurgavdelning 31, NU-sjukvården NÄL", V + "4521"),
    "v_hud_su": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset", V + "3587"),
    "v_gastro_sas": ("vgr", "Melior", "Mag- och tarmmottagningen, Södra Älvsborgs Sjukhus Borås", V + "5548"),
    "v_ogon_molndal": ("vgr", "Melior", "Ögonmottagningen Mölndal, Sahlgrenska Universitetssjukhuset", V + "3961"),
    "v_inf_skas": ("vgr", "Melior", "Infektionskliniken, Skaraborgs Sjukhus Skövde", V + "6350"),
}

CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(born, ser):
    y, m, d = born.split("-")
    return "%s%s%s-%s%s" % (y, m, d, ser, luhn_digit(y[2:] + m + d + ser))


def iso(t):
    return dt.datetime.strptime(t, "%Y-%m-%d %H:%M").isoformat()


def N(unit, author, time, secs, template="Läkaranteckning", signed=40, setting="öppenvård",
      nid="n1", refs=()):
    """One note. author = (name, role); secs = [(sökord, text), ...]; signed = minutes
    after `time`, or None for an unsigned draft."""
    _rs, system, uname, hsa = UNITS[unit]
    t = dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "_unit": unit,
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": x} for k, x in secs],
    }


def _targets(spec):
    out = []
    for s in spec:
        if isinstance(s, str):
            out.append([s, "n1"])
        else:
            out.append([s[0], s[1]])
    return out


def C(name, born, ser, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    rs = UNITS[notes[0]["_unit"]][0]
    clean = []
    last = None
    for n in notes:
        if UNITS[n["_unit"]][0] != rs:
            raise SystemExit("case %s mixes regions" % name)
        n = {k: v for k, v in n.items() if k != "_unit"}
        clean.append(n)
        t = dt.datetime.fromisoformat(n["signed"] or n["time"])
        last = t if last is None or t > last else last
    as_of = min(last + dt.timedelta(days=10), dt.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0, microsecond=0)
    CASES.append({
        "case": name,
        "ruleset": rs,
        "record": {
            "patient": {"id": pnr(born, ser), "birth_date": born, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": clean,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })

# ---------------------------------------------------------------------------
# A. NL102 positives: hedged diagnoses in visible Melior sections
# ---------------------------------------------------------------------------

C("akut-kungalv-susp-appendicit-dd", "1998-07-21", "236",
  N("v_akut_kungalv", ("Johan Ekdahl", "läkare"), "2024-02-11 22:40", [
      ("Anamnes", "25-årig kvinna med buksmärta sedan i morse, började kring naveln och har vandrat ned mot höger fossa. Illamående med en kräkning. Ingen diarré. SM för tre veckor sedan."),
      ("Status", "Opåverkad men rör sig försiktigt. Buk mjuk, palpöm i hö fossa med släppömhet. Temp 37,9."),
      ("Lab", "CRP 38, LPK 13,2. U-hCG negativt."),
      ("Bedömning", "Misstänkt appendicit. DD ovarialcysta, gastroenterit."),
      ("Åtgärd", "Fastande, dropp. Kirurgjouren tillkallad, UL buk beställt."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Misstänkt appendicit plus DD in Bedömning of a VGR emergency note is a visible hypothesis.")

C("med-hbg-trol-pneumoni-telegrafiskt", "1941-03-09", "518",
  N("s_med_hbg", ("Leila Haddad", "läkare"), "2024-01-17 10:15", [
      ("Aktuellt", "Inkommer från SÄBO m feber o sänkt AT sedan 2 d. Hosta, ngt ökad andningsfrekvens."),
      ("Status", "AF 24, sat 91 % på luft. Krepitationer hö basalt. Cor RR."),
      ("Bedömning", "Trol. pneumoni hö underlob, CRP 145. Ingen sepsis enl NEWS."),
      ("Planering", "Inj bensylpenicillin 3 g x 3. Rtg pulm i dag. Syrgas vb."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="Abbreviated hedge 'Trol.' before a diagnosis in a Skåne Melior ward note.")

C("onk-su-levermetastaser-kan-ej-uteslutas", "1959-11-30", "604",
  N("v_onk_su", ("Anders Lindqvist", "läkare"), "2024-04-03 13:20", [
      ("Aktuellt", "Uppföljning efter avslutad adjuvant cytostatika för koloncancer, op 2023."),
      ("Röntgen", "DT thorax-buk 2024-03-28: två nytillkomna lågattenuerande förändringar i levern, 8 och 11 mm."),
      ("Bedömning", "Levermetastaser kan ej uteslutas. Förändringarna är för små för säker karaktärisering."),
      ("Planering", "MR lever med leverspecifikt kontrastmedel. Tas upp på MDK efter MR."),
  ]),
  must=["NL102"],
  why="'kan ej uteslutas' about metastases in a visible oncology note (VGR).")

C("geri-hbg-sannolik-alzheimer", "1938-06-14", "372",
  N("s_geri_hbg", ("Per-Olof Nyström", "läkare"), "2024-05-22 09:40", [
      ("Anamnes", "Dottern beskriver tilltagande glömska i två år, har gått vilse i hemkvarteret vid två tillfällen."),
      ("Kognitiva test", "MMSE 21/30, klocktest med planeringssvårigheter."),
      ("Bedömning", "Sannolik Alzheimers sjukdom, debut i sen ålder. DT hjärna visar måttlig central atrofi."),
      ("Planering", "Provar donepezil 5 mg. Biståndshandläggare kontaktas. Återbesök om 3 mån."),
  ]),
  must=["NL102"],
  why="'Sannolik Alzheimers sjukdom' (eponym) in a visible geriatric assessment, Skåne Melior.")

C("reum-molndal-fragetecken-pmr", "1951-09-02", "440",
  N("v_reum_molndal", ("Karin Bjurström", "läkare"), "2024-03-14 11:05", [
      ("Anamnes", "Sedan 6 v stelhet i skuldror och höfter, värst på morgonen, över en timme. Gått ned 3 kg."),
      ("Status", "Nedsatt aktiv abduktion bilat pga smärta. Inga synoviter i händerna."),
      ("Lab", "SR 64, CRP 41. RF och anti-CCP negativa."),
      ("Bedömning", "?Polymyalgia reumatica. Inga huvudvärkssymtom eller käkclaudicatio."),
      ("Åtgärd", "Prednisolon 15 mg dagligen, kontakt per telefon om en vecka för att värdera effekt."),
  ]),
  must=["NL102"],
  why="A question mark in front of a Latin diagnosis is a hedge (VGR rheumatology).")

C("akut-skas-obs-pro-meningit", "2002-12-18", "279",
  N("v_akut_skas", ("Elin Sjöberg", "läkare"), "2024-10-05 03:10", [
      ("Anamnes", "Huvudvärk sedan igår kväll, tilltagande, ljuskänslig. Kräkts tre gånger."),
      ("Status", "Temp 39,4. Lätt nackstyvhet, inga petekier. GCS 15."),
      ("Bedömning", "Obs pro meningit. Blododlingar tagna, LP utförd."),
      ("Åtgärd", "Betapred 8 mg + cefotaxim och ampicillin givet före LP-svar. Läggs på infektion."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="'Obs pro' is the Swedish clinical hedge for a working diagnosis; visible VGR emergency note.")

C("kk-skas-misstankt-endometrios", "1993-02-25", "588",
  N("v_kk_skas", ("Sofia Amini", "läkare"), "2024-06-11 14:30", [
      ("Kontaktorsak", "Remiss från vårdcentral pga svår dysmenorré och dyspareuni."),
      ("Anamnes", "Smärtor sedan menarche men förvärrade senaste året. Missar arbete 2 dagar per mens. Försöker inte bli gravid."),
      ("Status", "Ömhet i bakre fornix, fixerad uterus i retroversion. VUL: ingen endometriom."),
      ("Bedömning", "Misstänkt endometrios, djup infiltrerande form kan inte uteslutas."),
      ("Planering", "Start med kontinuerlig gestagenbehandling. MR lilla bäckenet."),
  ], signed=None),
  must=["NL102"],
  why="Suspected endometriosis in a gynaecology assessment (VGR Melior).")

C("barn-dsbus-mojlig-inkomplett-kawasaki", "2021-08-07", "163",
  N("v_barn_dsbus", ("Hanna Lövgren", "läkare"), "2024-09-19 16:45", [
      ("Anamnes", "3-årig pojke med feber 6:e dygnet. Mamma har sett röda ögon och spruckna läppar."),
      ("Status", "Bilateral konjunktival injektion utan sekretion. Jordgubbstunga. Svullna händer. Inget utslag."),
      ("Lab", "CRP 112, SR 78, trombocyter 520. Albumin 29."),
      ("Bedömning", "Möjlig inkomplett Kawasakis sjukdom. Uppfyller fyra av fem kriterier."),
      ("Planering", "Ekokardiografi i morgon bitti. IVIG diskuterat med bakjour."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="'Möjlig' with an eponym diagnosis for a child under 13 whose guardians read the Melior note.")

C("psyk-lund-trolig-bipolar-typ2", "1996-04-29", "057",
  N("s_psyk_lund", ("Mattias Holm", "läkare"), "2024-02-27 10:00", [
      ("Aktuellt", "Nybesök. Återkommande depressioner sedan 19 års ålder. Beskriver perioder om några dagar med minskat sömnbehov, ökad energi och impulsiva köp."),
      ("Psykiskt status", "Vaken, orienterad, god kontakt. Neutralt till lätt sänkt stämningsläge. Inga psykotiska symtom. Inga aktuella suicidtankar."),
      ("Bedömning", "Trolig bipolär sjukdom typ II, aktuellt lindrig depressiv episod."),
      ("Planering", "Stämningsdagbok, MDQ och anhörigintervju. Återbesök 4 v."),
  ]),
  must=["NL102"],
  why="Probable bipolar II in an adult psychiatry outpatient assessment (Skåne Melior).")

C("kir-csk-differentialdiagnos-divertikulit", "1966-01-12", "391",
  N("s_kir_csk", ("Gustav Ahlqvist", "läkare"), "2024-07-08 15:25", [
      ("Anamnes", "Smärta vänster fossa sedan 3 dygn, lös avföring, feber 38,2 hemma."),
      ("Status", "Palpationsömhet vä fossa, ingen defens. Tarmljud normala."),
      ("Bedömning", "Akut vänstersidig buksmärta. Differentialdiagnos divertikulit; koloncancer mindre troligt men behöver värderas efter utläkning."),
      ("Planering", "DT buk med kontrast. Peroral vätska tillåts."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="A differential diagnosis written out in a visible surgical assessment (Skåne Melior).")

C("barn-sas-tel-ssk-ev-halsfluss", "2017-05-03", "218",
  N("v_barn_sas", ("Maria Olofsson", "sjuksköterska"), "2024-11-12 08:20", [
      ("Telefonkontakt", "Pappa ringer. Dottern 7 år har haft feber 39 i två dygn, ont i halsen och vill inte äta. Inga andningsbesvär, dricker hyfsat."),
      ("Bedömning", "Ev. halsfluss, allmäntillståndet gott enligt pappa."),
      ("Åtgärd", "Tid för strep A-test och läkarbedömning kl 10.40 i dag. Febernedsättande vb."),
  ], template="Telefonanteckning"),
  must=["NL102"],
  why="Nurse telephone note with lay name 'halsfluss' hedged by 'Ev.', read by a guardian in VGR.")

C("akut-malmo-misstant-lungemboli-typo", "1979-10-10", "826",
  N("s_akut_malmo", ("Oskar Wennberg", "läkare"), "2024-03-30 19:50", [
      ("Anamnes", "Plötslig andfåddhet och hugg i hö sida sedan i eftermiddags. Långflygning från Thailand för fem dagar sedan. P-piller."),
      ("Status", "Puls 112, AF 22, sat 93 %. Hö vad något svullnare än vä."),
      ("Bedömning", "Misstänt lungemboli, Wells 6. D-dimer ej indicerat."),
      ("Åtgärd", "DT lungartärer. Fragmin 200 E/kg ges i väntan på svar."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Typo 'Misstänt' for misstänkt; suspected pulmonary embolism in a Skåne emergency note.")

C("inf-malmo-susp-erysipelas-latin", "1955-08-24", "639",
  N("s_inf_malmo", ("Amira Jusić", "läkare"), "2024-08-14 11:35", [
      ("Aktuellt", "Remitterad från akuten pga rodnad och värme vä underben sedan igår, frossa under natten."),
      ("Status", "Avgränsad rodnad med skarp kant från fotled till knä, värmeökning. Fotsvamp mellan tårna."),
      ("Bedömning", "Susp. erysipelas cruris sin. Ingen abscess palperas."),
      ("Planering", "Kåvepenin 1 g x 4 i 10 d. Behandla tinea pedis. Åter vid försämring."),
  ], signed=None),
  must=["NL102"],
  why="Latin diagnosis with 'Susp.' in an infection clinic note (Skåne Melior).")

C("barn-lund-sannolkit-diabetes-typ1-typo", "2015-02-16", "745",
  N("s_barn_lund", ("Jonas Bergfeldt", "läkare"), "2024-01-09 17:10", [
      ("Anamnes", "9-årig flicka med törst, kissat på natten sedan tre veckor, gått ned 2 kg."),
      ("Status", "Torra slemhinnor, ej acidotisk andning. Vikt 27 kg."),
      ("Lab", "P-glukos 24, ketoner 1,8, pH 7,34."),
      ("Bedömning", "Sannolkit nydebuterad diabetes typ 1 utan svår ketoacidos."),
      ("Planering", "Läggs in på barnavdelningen. Diabetessköterska informerad. Autoantikroppar skickas."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="Typo 'Sannolkit' hedging new type 1 diabetes in a child's Melior note read by guardians.")

C("akut-csk-trolig-baltros-lekmannaord", "1947-12-01", "510",
  N("s_akut_csk", ("Viktor Hedlund", "läkare"), "2024-06-23 13:00", [
      ("Anamnes", "Brännande smärta i vänster bröstkorg sedan 4 dagar, i dag små blåsor."),
      ("Status", "Grupperade vesikler på rodnad botten i ett bälte längs Th6 vänster. EKG sinusrytm utan ST-förändringar."),
      ("Bedömning", "Trolig bältros."),
      ("Åtgärd", "Valaciklovir 1 g x 3 i 7 dagar, paracetamol."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Lay name for herpes zoster with 'Trolig' as the whole assessment (Skåne Melior).")

C("med-nal-epikris-trolig-urosepsis", "1944-04-19", "162",
  N("v_med_nal", ("Ida Fransson", "läkare"), "2024-02-20 14:10", [
      ("Vårdtid", "2024-02-14 till 2024-02-20, medicinavdelning 52."),
      ("Orsak till inläggning", "Feber, förvirring och blodtrycksfall hemma."),
      ("Vårdförlopp", "Trolig urosepsis; E. coli växte i urinen men blododlingarna var negativa. Behandlad med cefotaxim, byte till ciprofloxacin per os dag 4. Förvirringen gick tillbaka under dag 2–3."),
      ("Åtgärder efter utskrivning", "Ciprofloxacin t.o.m. 2024-02-24. Hemtjänst återupptas i samma omfattning."),
  ], template="Epikris", setting="slutenvård"),
  must=["NL102"],
  why="Hedged working diagnosis kept in a discharge summary's course section (VGR).")

C("hem-su-remissvar-misstanke-lymfom", "1972-07-05", "298",
  N("v_hem_su", ("Fredrik Almgren", "läkare"), "2024-05-06 16:00", [
      ("Frågeställning", "Konsultation från medicinkliniken: generell lymfadenopati och nattsvettningar."),
      ("Remissvar", "Har bedömt patienten på avdelningen. Multipla förstorade lymfkörtlar på halsen och i axillerna, mjälten palpabel. Bilden inger misstanke om lymfom, främst indolent typ."),
      ("Rekommendation", "Extirpation av körtel på halsen via ÖNH. Benmärgsprov inväntar PAD."),
  ], template="Remissvar"),
  must=["NL102"],
  why="A consultation answer says the picture raises suspicion of lymphoma (VGR Melior).")

C("ogon-molndal-horton-kan-inte-uteslutas", "1946-10-27", "473",
  N("v_ogon_molndal", ("Lars Runesson", "läkare"), "2024-08-02 09:30", [
      ("Anamnes", "Övergående synbortfall hö öga två gånger senaste veckan, tinningshuvudvärk, tuggtrötthet."),
      ("Status", "Visus 0,8 bilat. Papiller utan svullnad. Ömhet över hö temporalartär."),
      ("Bedömning", "Temporalisarterit (Hortons sjukdom) kan inte uteslutas, SR 72."),
      ("Åtgärd", "Prednisolon 60 mg startas i dag. Remiss temporalisbiopsi och reumatolog."),
  ]),
  must=["NL102"],
  why="Eponym and Latin name with 'kan inte uteslutas' in an ophthalmology note (VGR).")

C("gastro-sas-plan-misstanke-celiaki", "1990-03-08", "825",
  N("v_gastro_sas", ("Nora Ekström", "läkare"), "2024-04-17 10:50", [
      ("Aktuellt", "Järnbrist trots peroral substitution, diarré och uppblåsthet sedan ett år."),
      ("Lab", "Hb 104, ferritin 6. Transglutaminas-IgA kraftigt förhöjt."),
      ("Planering", "Gastroskopi med duodenalbiopsier pga misstanke om celiaki. Fortsätt äta gluten fram till undersökningen."),
  ]),
  must=["NL102"],
  why="The hedged diagnosis sits in the plan, as the reason for a gastroscopy; still a visible hypothesis (VGR).")

C("neuro-lund-susp-tia-forkortning", "1957-05-15", "687",
  N("s_neuro_lund", ("Helena Rask", "läkare"), "2024-10-21 14:00", [
      ("Aktuellt", "Igår 20 minuter lång episod med talsvårighet och svaghet i höger hand, helt i regress."),
      ("Status", "Neurologstatus utan fokala bortfall. BT 162/94. EKG sinusrytm."),
      ("Bedömning", "Susp. TIA, ABCD2 5 p."),
      ("Planering", "Karotisdoppler och långtids-EKG. Trombyl och atorvastatin insatt."),
  ]),
  must=["NL102"],
  why="Abbreviation TIA hedged with 'Susp.' in a neurology note (Skåne Melior).")

C("hud-lund-ev-erythema-migrans", "1983-06-02", "456",
  N("s_hud_lund", ("Josefin Kjellberg", "läkare"), "2024-07-29 13:45", [
      ("Anamnes", "Fästingbett på låret i slutet av juni. Nu växande rodnad, ingen klåda."),
      ("Status", "Ringformat erytem 7 cm med central uppklarning på vä lår."),
      ("Bedömning", "Erytem på låret, ev. erythema migrans."),
      ("Åtgärd", "Fenoximetylpenicillin 1 g x 3 i 10 dagar."),
  ]),
  must=["NL102"],
  why="'ev.' used as a diagnostic hedge before a Latin borreliosis term (Skåne Melior).")

C("med-alingsas-dd-hjartsvikt-kol", "1949-01-22", "134",
  N("v_med_alingsas", ("Björn Tellander", "läkare"), "2024-01-30 11:20", [
      ("Aktuellt", "Ökad andfåddhet vid ansträngning och bensvullnad sedan en månad. Rökt 40 paketår."),
      ("Status", "Halsvenstas 3 cm. Ödem till knäna. Förlängt expirium, enstaka ronki."),
      ("Bedömning", "Dyspné, DD hjärtsvikt/KOL-exacerbation, sannolikt kombination."),
      ("Planering", "NT-proBNP, UCG, spirometri efter stabilisering. Furosemid 40 mg provas."),
  ]),
  must=["NL102"],
  why="DD and 'sannolikt' in a medicine clinic assessment (VGR Melior).")

C("psyk-nu-mojligen-eips", "2001-11-11", "572",
  N("v_psyk_nu", ("Cecilia Wahl", "psykolog"), "2024-03-05 15:00", [
      ("Aktuellt", "Tredje bedömningssamtalet. Berättar om intensiva och instabila relationer, rädsla att bli övergiven och självskada med rakblad i perioder."),
      ("Bedömning", "Möjligen emotionellt instabil personlighetsstörning; SCID-5-PD ska genomföras innan något fastställs."),
      ("Planering", "SCID-intervju nästa vecka. Krisplan upprättad tillsammans med patienten."),
  ], template="Psykologanteckning"),
  must=["NL102"],
  why="Psychologist writes 'Möjligen' before a personality disorder in a visible outpatient note (VGR).")

C("onk-lund-susp-carcinoma-mammae-latin", "1968-09-13", "304",
  N("s_onk_lund", ("Eva Magnusson", "läkare"), "2024-11-04 10:10", [
      ("Aktuellt", "Tidigare behandlad för bröstcancer vänster 2017. Nu ny knöl i höger bröst."),
      ("Status", "1,5 cm oregelbunden resistens hö bröst kl 10. Inga palpabla körtlar i axillen."),
      ("Bedömning", "Susp. carcinoma mammae dx, ny primärtumör eller recidiv."),
      ("Planering", "Mammografi, UL och mellannålsbiopsi via bröstdiagnostiskt centrum."),
  ]),
  must=["NL102"],
  why="Latin breast cancer diagnosis after 'Susp.' in an oncology follow-up (Skåne Melior).")

C("barnakut-hbg-misstankt-invagination", "2022-10-30", "410",
  N("s_barnakut_hbg", ("Tove Sandberg", "läkare"), "2024-04-12 21:15", [
      ("Anamnes", "1,5-årig pojke med attackvis skrik och uppdragna ben sedan i eftermiddags, däremellan blek och trött. En blodtillblandad blöja."),
      ("Status", "Slö mellan attackerna. Korvformad resistens i övre delen av buken."),
      ("Bedömning", "Misstänkt invagination."),
      ("Åtgärd", "Akut UL buk, barnkirurg kontaktad."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Suspected intussusception in a child's emergency note read by guardians (Skåne Melior).")

C("lung-sas-diffrentialdiagnostiskt-sarkoidos-typo", "1985-12-09", "203",
  N("v_lung_sas", ("Mikael Persson", "läkare"), "2024-05-28 09:15", [
      ("Aktuellt", "Remiss pga bilaterala hiluslymfkörtlar på lungröntgen tagen inför anställning."),
      ("Status", "Inga hudförändringar. Lungor auskultatoriskt utan anmärkning."),
      ("Bedömning", "Bilateral hilusförstoring. Diffrentialdiagnostiskt övervägs sarkoidos, lymfom mindre sannolikt."),
      ("Planering", "DT thorax och bronkoskopi med EBUS."),
  ]),
  must=["NL102"],
  why="Typo 'Diffrentialdiagnostiskt' introducing a differential diagnosis (VGR lung clinic).")

C("inf-ostra-trolig-influensa-a", "1987-02-14", "560",
  N("v_inf_ostra", ("Samir Haidari", "läkare"), "2024-01-04 18:30", [
      ("Anamnes", "Hastigt insjuknande med hög feber, muskelvärk och torrhosta igår. Två kollegor sjuka med liknande."),
      ("Status", "Temp 39,6, sat 96 %. Lungor rena."),
      ("Bedömning", "Trolig influensa A, svar på snabbtest dröjer."),
      ("Åtgärd", "Hem med egenvårdsråd, åter vid andningsbesvär."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="'Trolig influensa A' as the assessment before the test answer (VGR infection).")

C("geri-molndal-sannolikt-delirum-uvi-typo", "1934-08-30", "381",
  N("v_geri_molndal", ("Ulrika Strand", "läkare"), "2024-12-02 10:45", [
      ("Aktuellt", "Inlagd från akuten. Ny förvirring sedan 2 dygn, plockig, vaken nattetid. Tidigare klarat sig med hemtjänst."),
      ("Status", "Desorienterad till tid och rum, fluktuerande uppmärksamhet. Ömhet ovan symfysen."),
      ("Bedömning", "Sannolikt delirum utlöst av urinvägsinfektion. Urinsticka positiv för nitrit."),
      ("Planering", "Urinodling, pivmecillinam. Delirium-åtgärder enligt vårdprogram, minska tramadol."),
  ], setting="slutenvård"),
  must=["NL102"],
  why="Typo 'delirum' hedged by 'Sannolikt' in a geriatric ward admission note (VGR).")

C("kk-ostra-misstankt-extrauterin", "1995-05-19", "417",
  N("v_kk_ostra", ("Annika Dahlberg", "läkare"), "2024-06-29 23:40", [
      ("Anamnes", "SM för 7 veckor sedan, positivt graviditetstest. Blödning och ensidig smärta vänster sedan igår."),
      ("Status", "Ömhet i vänster fossa. VUL: tom uterus, 2 cm resistens vid vänster ovarium, lite fri vätska."),
      ("Lab", "S-hCG 1850."),
      ("Bedömning", "Misstänkt extrauterin graviditet vänster."),
      ("Planering", "Laparoskopi i natt, patienten har gett sitt samtycke."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Suspected ectopic pregnancy in a visible gynaecology emergency note (VGR).")

C("kir-avd-nal-misstankt-ileus-utkast", "1952-04-04", "295",
  N("v_kir_avd_nal", ("Petra Holmgren", "läkare"), "2024-09-07 07:55", [
      ("Aktuellt", "Opererad för sigmoideumresektion för fem dygn sedan. I natt kräkningar och uppspänd buk, ingen gasavgång."),
      ("Status", "Uttalat uppspänd buk, metalliska tarmljud."),
      ("Bedömning", "Misstänkt ileus postoperativt."),
      ("Planering", "V-sond, DT buk, fasta."),
  ], template="Ronddokumentation", signed=None, setting="slutenvård"),
  must=["NL102"],
  why="Unsigned draft (pre-signing) with a suspected postoperative ileus in a VGR ward note.")

C("med-landskrona-kan-vara-hypotyreos", "1976-03-03", "518",
  N("s_med_landskrona", ("Kristoffer Lund", "läkare"), "2024-02-08 13:30", [
      ("Aktuellt", "Trötthet, frusenhet och viktuppgång 6 kg sedan hösten. Förstoppning."),
      ("Status", "Torr hud, långsam reflexavslappning. Puls 56."),
      ("Bedömning", "Symtomen kan vara tecken på hypotyreos. TSH och fritt T4 tas i dag."),
      ("Planering", "Telefonkontakt när proverna är klara."),
  ]),
  must=["NL102"],
  why="'kan vara tecken på' hypothyroidism as the assessment (Skåne Melior).")

C("kir-hlm-gallstensanfall-misstanks", "1981-10-22", "347",
  N("s_kir_hlm", ("Simon Wikström", "läkare"), "2024-03-19 14:40", [
      ("Anamnes", "Tre episoder av krampartad smärta under höger arcus efter fet mat, varje gång ett par timmar."),
      ("Status", "Lätt ömhet under höger arcus, Murphys tecken negativt."),
      ("Bedömning", "Gallstensanfall misstänks, ingen kolecystit i dag."),
      ("Planering", "UL lever och gallvägar. Kostråd."),
  ]),
  must=["NL102"],
  why="The verb 'misstänks' after the diagnosis (Skåne surgical outpatient note).")

C("barn-dsbus-astma-eller-eilo-oklart", "2011-11-20", "654",
  N("v_barn_dsbus", ("Linnea Carlsson", "läkare"), "2024-10-15 13:10", [
      ("Anamnes", "12-årig fotbollsspelande flicka som får andnöd och ett väsande inandningsljud vid hård träning, släpper inom minuter efter vila."),
      ("Status", "Lungor utan anmärkning i vila. Spirometri normal."),
      ("Bedömning", "Oklart om det rör sig om astma eller ansträngningsutlöst laryngeal obstruktion (EILO)."),
      ("Planering", "Ansträngningstest med laryngoskopi. Provar Airomir före träning tills vidare."),
  ]),
  must=["NL102"],
  why="An open either-or between two diagnoses for a 12-year-old whose guardians read the note (VGR).")

C("hud-su-suspekt-melamon-typo", "1962-08-16", "238",
  N("v_hud_su", ("Jenny Mårtensson", "läkare"), "2024-05-14 10:20", [
      ("Aktuellt", "Remiss från vårdcentral för pigmenterad förändring på ryggen som ändrat sig."),
      ("Status", "8 mm asymmetrisk förändring med oregelbunden kant och flera färgnyanser. Dermatoskopiskt atypiskt nätverk."),
      ("Bedömning", "Suspekt malignt melamon."),
      ("Åtgärd", "Excision med 2 mm marginal bokas inom en vecka."),
  ]),
  must=["NL102"],
  why="Typo 'melamon' for melanom after 'Suspekt' in a dermatology note (VGR).")

C("reum-lund-inte-osannolikt-reaktiv-artrit", "1997-01-31", "126",
  N("s_reum_lund", ("Daniel Forsberg", "läkare"), "2024-09-03 11:55", [
      ("Anamnes", "Svullet hö knä och vä fotled sedan tio dagar. Hade magsjuka med blodig diarré på semester tre veckor innan."),
      ("Status", "Hydrops hö knä, värmeökning. Vä fotled svullen."),
      ("Bedömning", "Det är inte osannolikt att det rör sig om en reaktiv artrit efter tarminfektion."),
      ("Åtgärd", "Ledpunktion med odling och kristaller. Naproxen."),
  ]),
  must=["NL102"],
  why="Litotes 'inte osannolikt' is a hedge about reactive arthritis (Skåne rheumatology).")

C("akut-su-misstankt-pnemothorax-typo", "2000-06-06", "791",
  N("v_akut_su", ("Rasmus Berg", "läkare"), "2024-11-23 01:30", [
      ("Anamnes", "Lång smal man, plötslig smärta i vänster bröstkorg och andfåddhet när han bar möbler."),
      ("Status", "Nedsatta andningsljud vänster. Sat 95 %."),
      ("Bedömning", "Misstänkt pnemothorax vänster, spontan."),
      ("Åtgärd", "Lungröntgen akut. Thoraxjour underrättad."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Typo in the diagnosis 'pnemothorax' with a clear hedge (VGR emergency).")

C("neuro-su-th-och-bedomning-bada-hedge", "1991-04-09", "342",
  N("v_neuro_su", ("Magnus Alvén", "läkare"), "2024-04-25 14:20", [
      ("Aktuellt", "Domningar i båda benen upp till naveln sedan två veckor. Synnedsättning höger öga för ett år sedan som gick över spontant."),
      ("Status", "Nedsatt vibrationssinne distalt i benen, livliga reflexer i benen."),
      ("Bedömning", "Misstänkt inflammatorisk ryggmärgsaffektion, ev. debut av multipel skleros."),
      ("Tidiga hypoteser", "MS är huvudhypotes, men diskuteras inte med patienten förrän MR och likvor är klara."),
      ("Planering", "MR hjärna och helrygg, lumbalpunktion."),
  ]),
  must=["NL102"], must_not=[],
  why="Hedge in Bedömning is visible even though the same hypothesis also sits under the hidden sökord Tidiga hypoteser (VGR).")

C("onk-nu-lang-misstankt-recidiv-i-planering", "1958-02-11", "619",
  N("v_onk_nu", ("Gunilla Sahlin", "läkare"), "2024-08-20 09:00", [
      ("Kontaktorsak", "Planerat uppföljningsbesök, ovarialcancer stadium IIIC, primäroperation och sex cykler karboplatin/paklitaxel avslutade i december 2022, därefter olaparib underhåll."),
      ("Aktuellt", "Mår överlag bra, arbetar 75 % som lärare. Senaste månaden lite mer uppkördhet efter maten och något tröttare. Inga blödningar. Avföring och vattenkastning utan anmärkning. Aptit oförändrad, vikt stabil 68 kg. Tar olaparib enligt ordination, lätt illamående som hon hanterar med små måltider."),
      ("Läkemedel", "Olaparib 300 mg x 2, Primperan vid behov, Omeprazol 20 mg. Levaxin 75 mikrogram sedan tyreoideaoperation 2010. Inga nya läkemedel sedan förra besöket."),
      ("Social anamnes", "Gift, två tonårsbarn hemma. Maken följer med på besöken. Promenerar med hunden dagligen och har börjat simma igen en gång i veckan. Röker inte."),
      ("Biverkningar", "Lätt trötthet på eftermiddagarna som inte hindrar arbetet. Ingen andfåddhet, inga blåmärken eller näsblödningar. Smakförändringar har minskat jämfört med i våras."),
      ("Status", "AT gott. Buk mjuk, ingen palpabel resistens, ingen ascites kliniskt. Inga förstorade lymfkörtlar i ljumskar eller på halsen. Gyn-us: vaginaltoppen utan anmärkning, ingen resistens i lilla bäckenet."),
      ("Tidigare behandling", "Primär debulking i januari 2022 med makroskopiskt radikalt resultat. Sex cykler karboplatin och paklitaxel, doserna reducerade en gång pga neutropeni. BRCA1-mutation påvisad i blod, syster och dotter har erbjudits genetisk vägledning. Olaparib startades i februari 2023 och har tolererats väl bortsett från en period med anemi som krävde dosreduktion under två månader. Senaste DT i februari 2024 visade ingen kvarvarande sjukdom."),
      ("Lab", "Hb 118, LPK 3,9, TPK 190. Kreatinin 78. CA-125 stigit från 14 till 46 på tre månader."),
      ("Psykosocialt", "Beskriver oro inför varje kontroll, sover sämre veckan före besöken. Har haft god hjälp av samtal med kurator på mottagningen tidigare och vill gärna få en ny tid där. Arbetsgivaren är informerad om behandlingen och hon har anpassade arbetstider."),
      ("Bedömning", "Klinisk stabil bild men stigande CA-125. Olaparib tolereras väl."),
      ("Planering", "DT thorax-buk inom två veckor pga misstänkt recidiv i buken. Ny CA-125 samtidigt. Telefonkontakt med svar när DT är granskad, därefter ställningstagande till fortsatt underhållsbehandling. Kontaktsjuksköterska Anna nås via mottagningen vid frågor eller nya besvär."),
      ("Information", "Vi har pratat om provsvaret och att vi vill göra en röntgen. Hon förstår planen och vill få besked per telefon."),
  ]),
  must=["NL102"],
  why="Long oncology note (VGR) whose only hedge is 'misstänkt recidiv' inside the plan.")

C("akut-malmo-lang-trol-njurstensanfall", "1980-09-25", "164",
  N("s_akut_malmo", ("Ebba Lindholm", "läkare"), "2024-07-19 04:25", [
      ("Kontaktorsak", "Akut insättande smärta i vänster flank."),
      ("Anamnes", "Tidigare frisk man, inga mediciner, inga kända allergier. Vaknade i natt av kraftig smärta i vänster flank som strålar mot ljumsken, kan inte ligga still. Illamående, kräkts en gång. Ingen feber, inga frossbrytningar. Ingen tidigare liknande episod. Far hade njursten i medelåldern. Inga miktionsbesvär bortsett från lite trängningar."),
      ("Läkemedel", "Inga stående läkemedel. Tog två tabletter Ipren hemma kl 02 utan effekt."),
      ("Social anamnes", "Sambo, en dotter 4 år. Arbetar som elektriker. Snusar, röker inte, alkohol någon gång i helgerna. Tränar på gym tre gånger i veckan och dricker enligt egen uppgift för lite vatten under arbetsdagen."),
      ("Status", "AT: smärtpåverkad, rör sig oroligt på britsen. Temp 37,1, puls 96, BT 152/88, AF 16. Cor RR utan biljud. Pulm ua. Buk mjuk, ingen peritonit, ingen pulserande resistens. Dunkömhet över vänster njurloge. Testis ua."),
      ("Förlopp på akuten", "Ankom kl 03.40 med ambulans, triage orange pga smärta. Fick Toradol inom 20 minuter och har därefter kunnat ligga stilla. Kräkts inte igen, dricker vatten i små klunkar. Urinerat en gång på akuten utan synlig sten i silen. Sambon har hämtat ut dottern till förskolan och kommer efter lunch. Röntgenavdelningen har lovat DT inom en timme, patienten är fastande sedan midnatt om ingrepp skulle bli aktuellt."),
      ("Lab", "U-sticka blod 3+, nitrit neg, LPK neg. Krea 92, CRP <5, LPK 9,8."),
      ("Tidigare sjukdomar", "Inga kända sjukdomar. Opererad för menisk i höger knä 2015. Vaccinerad enligt program. Inga tidigare inläggningar på sjukhus och inga kontakter med urolog."),
      ("Smärtskattning", "NRS 9/10 vid ankomst, 5/10 efter 15 minuter och 2/10 efter 40 minuter."),
      ("Bedömning", "Trol. njurstensanfall vänster, ingen infektion. Aortaaneurysm bedöms osannolikt, bukaorta ej palpabelt vidgad."),
      ("Åtgärd", "Inj Toradol 30 mg iv med god effekt, smärtan nu 2/10. DT urinvägar utan kontrast beställd."),
      ("Planering", "Om sten under 5 mm utan tecken på avflödeshinder hemgång med Diklofenak och Alfuzosin, sil urinen. Åter vid feber eller okontrollerad smärta. Uppföljning urolog om stenen inte avgått inom 4 veckor."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Long telegraphic emergency note (Skåne Melior) with one hedge: 'Trol. njurstensanfall'.")

C("uro-malmo-mojlig-prostatit", "1970-11-17", "583",
  N("s_uro_malmo", ("Henrik Sjöstedt", "läkare"), "2024-03-11 08:50", [
      ("Aktuellt", "Återkommande sveda vid miktion och tryck i perineum sedan tre månader, negativa urinodlingar hos vårdcentralen."),
      ("Status", "PR: lätt öm prostata, ej förstorad, inga knölar."),
      ("Bedömning", "Möjlig kronisk prostatit/kroniskt bäckensmärtsyndrom."),
      ("Planering", "NIH-CPSI-formulär. Provar alfuzosin i 6 veckor."),
  ]),
  must=["NL102"],
  why="'Möjlig' chronic prostatitis in a urology note (Skåne Melior).")

C("hem-lund-misstanke-om-myelom", "1953-07-28", "406",
  N("s_hem_lund", ("Sara Widell", "läkare"), "2024-06-04 15:30", [
      ("Aktuellt", "Remiss pga M-komponent 28 g/L IgG kappa, ryggvärk och lätt anemi."),
      ("Lab", "Hb 101, kalcium 2,71, kreatinin 118. Fria lätta kedjor kappa/lambda-kvot 38."),
      ("Bedömning", "Stark misstanke om myelom."),
      ("Planering", "Benmärgsprov och helkropps-DT lågdos. Besök för genomgång om två veckor."),
  ], signed=None),
  must=["NL102"],
  why="'Stark misstanke om myelom' is still a suspicion in a visible haematology note (Skåne).")

C("kk-ystad-preeklampsi-kan-ej-uteslutas", "1992-10-01", "274",
  N("s_kk_ystad", ("Malin Tengblad", "barnmorska"), "2024-09-12 19:05", [
      ("Kontaktorsak", "Gravid v 34+2, skickad från MVC pga blodtryck 152/98 och huvudvärk."),
      ("Status", "BT 148/96 upprepat. U-albumin 1+. Inga ögonsymtom. CTG reaktivt."),
      ("Bedömning", "Havandeskapsförgiftning kan ej uteslutas, läkare bedömer."),
      ("Åtgärd", "Preeklampsiprover tagna. Jourläkare Sanna informerad."),
  ], template="Barnmorskeanteckning", setting="akutmottagning"),
  must=["NL102"],
  why="Midwife uses the lay name 'havandeskapsförgiftning' with 'kan ej uteslutas' (Skåne Melior).")

C("beroende-malmo-trolig-wernicke", "1969-05-05", "328",
  N("s_beroende_malmo", ("Kristina Ek", "läkare"), "2024-02-02 12:15", [
      ("Aktuellt", "Känd alkoholberoende. Inkommer efter avbruten avgiftning hemma, ostadig och förvirrad enligt sambon."),
      ("Status", "Ataxi, horisontell nystagmus, desorienterad till tid."),
      ("Bedömning", "Trolig Wernickes encefalopati."),
      ("Åtgärd", "Tiamin 500 mg iv x 3 startat omgående. Överflytt till medicinakuten."),
  ]),
  must=["NL102"],
  why="Eponym 'Wernickes encefalopati' hedged with 'Trolig' in an addiction clinic note (Skåne Melior).")

C("ort-skas-misstankt-scaphoideumfraktur", "2004-03-18", "512",
  N("v_ort_skas", ("Niklas Bengtsson", "läkare"), "2024-02-24 11:40", [
      ("Anamnes", "Föll på utsträckt hand vid skateboardåkning igår."),
      ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression av tummen."),
      ("Röntgen", "Slätröntgen handled med navikulareserie: ingen synlig fraktur."),
      ("Bedömning", "Klinisk misstanke om scaphoideumfraktur trots negativ röntgen."),
      ("Åtgärd", "Gips med tuminneslutning. MR handled inom 10 dagar."),
  ]),
  must=["NL102"],
  why="Clinical suspicion of a scaphoid fracture despite a negative X-ray (VGR orthopaedics).")

C("inf-skas-fragetecken-inne-i-mening", "1986-12-24", "148",
  N("v_inf_skas", ("Jakob Nordin", "läkare"), "2024-08-26 16:25", [
      ("Anamnes", "Hemkommen från Ghana för en vecka sedan, feber i tre dagar, huvudvärk. Tog ingen malariaprofylax."),
      ("Status", "Temp 39,8, lätt ikterisk, mjälten palpabel."),
      ("Lab", "TPK 62, bilirubin 41. Malariasnabbtest väntar."),
      ("Bedömning", "Feber efter vistelse i Västafrika, malaria? Denguefeber mindre troligt."),
      ("Åtgärd", "Tjock och tunn droppe akut. Inläggning på infektionsavdelningen."),
  ], setting="akutmottagning"),
  must=["NL102"],
  why="Question mark after the diagnosis ('malaria?') in a visible infection note (VGR).")

C("psyk-hbg-susp-adhd-vuxen", "1999-07-12", "681",
  N("s_psyk_hbg", ("Johanna Arvidsson", "sjuksköterska"), "2024-05-07 09:30", [
      ("Kontaktorsak", "Egen vårdbegäran bedömd vid teamkonferens, nu första besök."),
      ("Aktuellt", "Svårt att fullfölja studier, tappar bort saker, rastlös sedan barndomen enligt mamma. ASRS-screening positiv."),
      ("Bedömning", "Susp. ADHD i vuxen ålder, depression behöver också värderas."),
      ("Planering", "Köas till neuropsykiatrisk utredning, skattningsskalor skickas hem."),
  ], template="Sjuksköterskeanteckning"),
  must=["NL102"],
  why="A nurse's 'Susp. ADHD' in an adult psychiatry note (Skåne Melior).")

C("med-hbg-ev-ny-diagnos-sle-sammanfattning", "1988-08-08", "275",
  N("s_med_hbg", ("Farid Hosseini", "läkare"), "2024-10-09 14:05", [
      ("Sammanfattning", "Ung kvinna med ledvärk, fjärilsformat utslag och proteinuri, ev. SLE med njurpåverkan."),
      ("Planering", "Anti-dsDNA, komplement, U-albumin/kreatinin-kvot. Remiss reumatolog och njurmedicin."),
  ]),
  must=["NL102"],
  why="Short two-section note with 'ev. SLE' in the summary (Skåne Melior).")
# ---------------------------------------------------------------------------
# B. NL102 near misses in Melior: negated, excluded, family/past history,
#    hedges about plans, medication or practical matters, hidden sections
# ---------------------------------------------------------------------------

C("akut-kungalv-ingen-misstanke-dvt", "1973-04-14", "233",
  N("v_akut_kungalv", ("Therese Lagerlöf", "läkare"), "2024-03-02 17:35", [
      ("Anamnes", "Ont i vänster vad sedan fotbollsmatch igår, kände ett knäpp vid löpning."),
      ("Status", "Lokal ömhet mediala gastrocnemius, ingen svullnad, omkrets lika bilateralt."),
      ("Bedömning", "Muskelbristning i vaden. Ingen misstanke om DVT."),
      ("Åtgärd", "Avlastning, kompression, successiv belastning. Åter vid ökande svullnad."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL102"],
  why="Negated 'Ingen misstanke om DVT' next to a settled diagnosis must not fire (VGR).")

C("akut-skas-lungemboli-utesluten-dt", "1964-11-03", "705",
  N("v_akut_skas", ("Alexander Friberg", "läkare"), "2024-05-09 20:20", [
      ("Anamnes", "Andfåddhet och bröstsmärta vid djupa andetag sedan två dagar, förkyld veckan innan."),
      ("Röntgen", "DT lungartärer: inga embolier. Liten pleuravätska höger."),
      ("Bedömning", "Lungemboli utesluten med DT. Pleurit efter virusinfektion."),
      ("Åtgärd", "NSAID i en vecka. Hem."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL102"],
  why="A diagnosis excluded by CT ('utesluten') is not a hedge (VGR emergency).")

C("med-landskrona-rtg-inga-tecken-pneumoni", "1950-02-27", "368",
  N("s_med_landskrona", ("Sanna Pettersson", "läkare"), "2024-01-24 15:10", [
      ("Aktuellt", "Hosta sedan tre veckor efter förkylning, ingen feber."),
      ("Röntgen", "Lungröntgen: inga tecken på pneumoni, normal hjärtstorlek."),
      ("Bedömning", "Postinfektiös hosta. Lugnande besked."),
  ]),
  must_not=["NL102"],
  why="'inga tecken på pneumoni' is a normal finding, and the assessment is settled (Skåne Melior).")

C("neuro-lund-hereditet-mor-trolig-ms", "1994-06-19", "471",
  N("s_neuro_lund", ("Kajsa Wallin", "läkare"), "2024-02-15 10:30", [
      ("Aktuellt", "Migrän med aura sedan tonåren, fler anfall senaste halvåret, runt 6 per månad."),
      ("Hereditet", "Mor hade trolig MS men utreddes aldrig färdigt innan hon avled i en olycka."),
      ("Status", "Neurologiskt utan anmärkning."),
      ("Bedömning", "Migrän med aura, ökad anfallsfrekvens. Ingen indikation för MR."),
      ("Planering", "Propranolol som profylax, huvudvärksdagbok."),
  ]),
  must_not=["NL102"],
  why="The hedged MS belongs to the mother in the family history; the patient's diagnosis is settled (Skåne).")

C("onk-su-hereditet-far-ev-lynch", "1977-03-26", "180",
  N("v_onk_su", ("Ingrid Holmberg", "läkare"), "2024-10-02 13:50", [
      ("Hereditet", "Far fick koloncancer vid 48 års ålder, ev. Lynchs syndrom i släkten enligt farbror, aldrig testat."),
      ("Aktuellt", "Opererad för endometriecancer stadium I i våras, nu uppföljning. Inga besvär."),
      ("Bedömning", "Recidivfri. MMR-proteiner i tumören bevarade."),
      ("Planering", "Remiss till onkogenetisk mottagning för släktutredning. Nästa kontroll om sex månader."),
  ]),
  must_not=["NL102"],
  why="'ev. Lynchs syndrom' is about the father's side of the family, not the patient (VGR oncology).")

C("barn-lund-tidigare-misstankt-epilepsi-avskrivet", "2014-09-09", "592",
  N("s_barn_lund", ("Ellen Norberg", "läkare"), "2024-04-08 09:20", [
      ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt epilepsi efter stirrattacker, EEG normalt och frågeställningen avskrevs."),
      ("Aktuellt", "Nu 9 år, kontroll av sin astma. Använder Flutiform 2 x 2, behöver sällan Airomir."),
      ("Bedömning", "Välkontrollerad astma."),
      ("Planering", "Oförändrad medicinering, återbesök om ett år."),
  ]),
  must_not=["NL102"],
  why="Old suspicion that was written off is past history, not a current hypothesis (Skåne, guardians read).")

C("ort-trelleborg-ev-remiss-plan", "1967-07-07", "826",
  N("s_ort_trelleborg", ("Erik Söderlund", "läkare"), "2024-06-18 10:45", [
      ("Aktuellt", "Smärta i höger axel vid lyft över huvudhöjd sedan i vintras."),
      ("Status", "Smärtsam båge 70–120 grader, positivt Hawkins. Full rörlighet passivt."),
      ("Diagnos", "Subakromiellt smärtsyndrom höger axel."),
      ("Planering", "Fysioterapi med rotatorcuffträning. Ev. kortisoninjektion eller ny bedömning om 3 månader vid utebliven effekt."),
  ]),
  must_not=["NL102"],
  why="'Ev.' hedges a treatment plan, not the diagnosis, which is settled (Skåne orthopaedics).")

C("med-alingsas-ev-byte-till-apixaban", "1945-05-30", "224",
  N("v_med_alingsas", ("Hanna Edlund", "läkare"), "2024-11-06 11:30", [
      ("Aktuellt", "Förmaksflimmer sedan 2019, behandlas med warfarin. Svårinställt INR senaste halvåret."),
      ("Läkemedel", "Waran enligt ordination, metoprolol 50 mg."),
      ("Bedömning", "Permanent förmaksflimmer, god frekvenskontroll. Njurfunktion eGFR 58."),
      ("Planering", "Ev. byte till apixaban vid nästa besök när hon har pratat med sin dotter."),
  ]),
  must_not=["NL102"],
  why="A hedge about switching medication, with a confirmed diagnosis (VGR).")

C("barn-sas-trolig-orsak-glomt-insulin", "2012-12-12", "473",
  N("v_barn_sas", ("Moa Henriksson", "sjuksköterska"), "2024-08-13 14:00", [
      ("Kontaktorsak", "Diabetesbesök, HbA1c stigit till 71."),
      ("Aktuellt", "11-årig pojke med diabetes typ 1 sedan fem år, pump. Mamma berättar om stökig sommar med läger."),
      ("Bedömning", "Trolig orsak till det höga HbA1c är missade måltidsbolusar under sommaren."),
      ("Åtgärd", "Genomgång av pumpens påminnelsefunktion. Nytt besök om 6 veckor."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL102"],
  why="'Trolig' hedges a behavioural cause, not a diagnosis; diabetes is known (VGR paediatrics).")

C("kir-sas-erysipelas-bekraftad-diagnos", "1958-10-18", "560",
  N("v_kir_sas", ("Olle Kristensson", "läkare"), "2024-07-02 12:25", [
      ("Status", "Skarpt avgränsad rodnad och svullnad vänster underben, feber 38,8."),
      ("Diagnos", "Erysipelas vänster underben. A46.9"),
      ("Åtgärd", "Bensylpenicillin iv, högläge."),
  ], setting="slutenvård"),
  must_not=["NL102"],
  why="A plain confirmed diagnosis with an ICD code, no hedge (VGR surgery).")

C("kir-csk-malignitet-kunde-uteslutas", "1955-03-22", "641",
  N("s_kir_csk", ("Maja Ljungberg", "läkare"), "2024-05-16 13:35", [
      ("Aktuellt", "Återbesök efter koloskopi pga blod i avföringen."),
      ("Bedömning", "Inre hemorrojder grad II. Malignitet kunde uteslutas vid koloskopin, biopsierna visade inflammation."),
      ("Planering", "Fiberrik kost, Xyloproct vb. Ingen ytterligare uppföljning."),
  ]),
  must_not=["NL102"],
  why="'kunde uteslutas' (was ruled out), the opposite of 'kan ej uteslutas' (Skåne surgery).")

C("lung-lund-endast-tidiga-hypoteser-mall", "1961-01-05", "356",
  N("s_lung_lund", ("Torbjörn Ek", "läkare"), "2024-09-25 16:40", [
      ("Tidiga hypoteser", "Rundhärd 14 mm i höger överlob hos storrökare, misstänkt lungcancer. PET-DT beställd, tas inte upp med patienten förrän svaret finns."),
  ], template="Tidiga hypoteser"),
  must_not=["NL102", "NL101"],
  why="The suspicion is written in the Skåne Tidiga hypoteser template, which is hidden.")

C("ogon-molndal-atervisit-fragetecken-praktiskt", "1940-04-01", "119",
  N("v_ogon_molndal", ("Agnes Lindström", "sjuksköterska"), "2024-03-27 10:10", [
      ("Telefonkontakt", "Patienten ringer, osäker på när nästa Eylea-injektion är. Hon har tappat kallelsen."),
      ("Åtgärd", "Ny kallelse skickad till 15 april. Färdtjänst? Hon ordnar det själv via kommunen."),
  ], template="Telefonanteckning"),
  must_not=["NL102"],
  why="A question mark about transport, not about any diagnosis (VGR eye clinic nurse).")

C("akut-csk-oro-cancer-bedomning-muskular", "1975-12-30", "587",
  N("s_akut_csk", ("Andreas Holmqvist", "läkare"), "2024-10-29 18:00", [
      ("Anamnes", "Stickande smärta i bröstet vid vridning sedan han flyttade i helgen. Hans bror fick nyligen lungcancer och han är rädd för att ha samma sak."),
      ("Status", "Ömhet över costochondrala leder vä. EKG normalt, troponin 4."),
      ("Bedömning", "Muskuloskeletal bröstsmärta. Inga hållpunkter för kardiell genes eller lungsjukdom."),
      ("Åtgärd", "Lugnande besked, paracetamol och ibuprofen. Hem."),
  ], signed=None, template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL102"],
  why="The patient's own fear is not a clinical hypothesis and the assessment negates it (Skåne).")

C("akut-su-dvt-avskriven-ultraljud", "1983-08-03", "427",
  N("v_akut_su", ("Li Johansson", "läkare"), "2024-04-30 11:25", [
      ("Aktuellt", "Kom igår kväll med svullet höger ben, fick dalteparin över natten i väntan på ultraljud."),
      ("Ultraljud", "Kompressionsultraljud höger ben: inga tromboser."),
      ("Bedömning", "Misstanken om DVT är avskriven efter negativt ultraljud. Bakercysta som rupturerat."),
      ("Åtgärd", "Dalteparin avslutas. NSAID, kompression."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL102"],
  why="The word 'Misstanken' appears but the suspicion is explicitly written off (VGR).")

C("med-nal-ekg-troponin-normala", "1968-06-21", "342",
  N("v_med_nal", ("Karl Wiklund", "läkare"), "2024-06-07 09:55", [
      ("Aktuellt", "Kontroll efter besök på akuten för hjärtklappning."),
      ("Undersökningar", "EKG utan tecken på ischemi. Troponin normalt vid två tillfällen. Långtids-EKG: enstaka ventrikulära extraslag."),
      ("Bedömning", "Benigna ventrikulära extraslag."),
  ]),
  must_not=["NL102"],
  why="Normal results and a settled benign diagnosis, no hedge (VGR).")

C("inf-malmo-ingen-missanke-sepsis-typo", "1990-01-28", "318",
  N("s_inf_malmo", ("Adam Engström", "läkare"), "2024-12-05 13:15", [
      ("Aktuellt", "Feber och sveda vid miktion sedan igår, ont i höger flank."),
      ("Status", "Temp 38,6, puls 88, BT 128/78. Dunköm höger njurloge."),
      ("Bedömning", "Akut pyelonefrit. Ingen missanke om sepsis, NEWS 2."),
      ("Åtgärd", "Ciprofloxacin 500 mg x 2 i 7 dagar, urinodling."),
  ]),
  must_not=["NL102"],
  why="Typo 'missanke' inside a negation ('Ingen missanke om sepsis') must still not fire (Skåne).")

C("geri-hbg-troligen-flytt-sabo", "1929-11-15", "265",
  N("s_geri_hbg", ("Birgitta Hall", "kurator"), "2024-03-13 14:45", [
      ("Samtal", "Samtal med patienten och sonen om boendesituationen efter höftfrakturen."),
      ("Bedömning", "Troligen flyttar hon till särskilt boende i vår, hon vill själv inte tillbaka till lägenheten på tredje våningen."),
      ("Åtgärd", "Ansökan om SÄBO skickad till biståndshandläggare i Helsingborgs stad."),
  ], template="Kuratorsanteckning"),
  must_not=["NL102"],
  why="A social worker hedges a move to nursing home, not a diagnosis (Skåne geriatrics).")

C("psyk-su-inga-tecken-psykos", "1984-02-09", "604",
  N("v_psyk_su", ("Marcus Eliasson", "läkare"), "2024-07-16 13:30", [
      ("Aktuellt", "Återbesök, recidiverande depression, nu på sertralin 150 mg sedan 8 veckor."),
      ("Psykiskt status", "Ljusare i stämningen, bättre sömn. Inga tecken på psykos. Inga suicidtankar."),
      ("Bedömning", "Recidiverande depression, i förbättring."),
      ("Planering", "Fortsatt sertralin. Återbesök om 2 månader."),
  ]),
  must_not=["NL102"],
  why="A negated finding in psychiatric status beside a confirmed diagnosis (VGR psychiatry).")

C("kir-hlm-appendicit-uteslots-ultraljud", "2005-05-11", "198",
  N("s_kir_hlm", ("Rebecka Svärd", "läkare"), "2024-09-30 22:05", [
      ("Anamnes", "18-årig kvinna med smärta i nedre delen av buken sedan förmiddagen, mitt i cykeln."),
      ("Ultraljud", "Normal appendix. Rupturerad follikel höger ovarium med lite fri vätska."),
      ("Bedömning", "Appendicit uteslöts med ultraljud. Ovulationssmärta (mittelschmerz)."),
      ("Åtgärd", "Hem med smärtlindring."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL102"],
  why="Past-tense exclusion 'uteslöts' and a settled eponym-like diagnosis (Skåne).")

C("ort-skas-ej-misstake-fraktur-typo", "1998-12-03", "751",
  N("v_ort_skas", ("Johanna Falk", "fysioterapeut"), "2024-01-18 15:20", [
      ("Aktuellt", "Stukade vänster fotled i innebandy för två veckor sedan, röntgad på akuten."),
      ("Status", "Lätt svullnad lateralt, stabil främre draglåda."),
      ("Bedömning", "Lateral ligamentskada grad I. Ej misstake om fraktur, röntgen var utan anmärkning."),
      ("Åtgärd", "Balansträning och hemprogram, återbesök om 3 veckor."),
  ], template="Fysioterapeutanteckning"),
  must_not=["NL102"],
  why="Typo 'misstake' inside a negation by a physiotherapist; nothing uncertain (VGR).")

C("gastro-sas-undrar-gluten-negativt", "1989-09-14", "236",
  N("v_gastro_sas", ("Emma Rydberg", "dietist"), "2024-02-19 10:00", [
      ("Kontaktorsak", "Remiss för kostrådgivning vid IBS."),
      ("Aktuellt", "Patienten undrade om det kan vara glutenintolerans men transglutaminasantikropparna var negativa och gastroskopin normal, så celiaki är inte aktuellt."),
      ("Åtgärd", "Genomgång av låg-FODMAP i tre steg. Matdagbok."),
  ], template="Dietistanteckning"),
  must_not=["NL102"],
  why="The patient's question is answered with negative tests; celiac disease is ruled out (VGR dietitian).")

C("hem-su-mojligen-dosminskning", "1960-10-10", "158",
  N("v_hem_su", ("Tobias Kronberg", "läkare"), "2024-04-22 14:15", [
      ("Aktuellt", "Polycytemia vera sedan 2020, hydroxyurea 1 g dagligen. Hematokrit 0,41."),
      ("Bedömning", "Polycytemia vera, välkontrollerad."),
      ("Planering", "Möjligen kan hydroxyurea minskas till 500 mg om värdena håller sig stabila i höst."),
  ]),
  must_not=["NL102"],
  why="'Möjligen' about lowering a dose, with a confirmed Latin diagnosis (VGR haematology).")

C("minne-kungalv-tveksamt-bo-hemma", "1936-07-27", "349",
  N("v_minne_kungalv", ("Sara Ljung", "arbetsterapeut"), "2024-05-03 13:00", [
      ("Aktuellt", "Hembesök tillsammans med maken. Diagnosen vaskulär demens ställdes vid minnesmottagningen i januari."),
      ("Bedömning", "Tveksamt om hon klarar att laga mat på egen hand, glömde spisen på vid besöket."),
      ("Åtgärd", "Spisvakt förskrivs, dosett fylls av hemsjukvården."),
  ], template="Arbetsterapeutanteckning"),
  must_not=["NL102"],
  why="Hedge about daily function, while the dementia diagnosis is settled (VGR occupational therapist).")
# ---------------------------------------------------------------------------
# C. PMO (Skåne primary care): diagnoses are never shown, hedges must not fire
# ---------------------------------------------------------------------------

C("pmo-horby-misstankt-otit", "2019-03-21", "214",
  N("p_vc_horby", ("Gunnel Åkesson", "sjuksköterska"), "2024-02-06 08:45", [
      ("Telefonkontakt", "Mamma ringer om 4-årig son som haft feber och gråtit av öronvärk i natt. Äter och dricker."),
      ("Bedömning", "Misstänkt otit, gott AT."),
      ("Åtgärd", "Läkartid i eftermiddag, Alvedon enligt vikt."),
  ], template="Telefonkontakt"),
  must_not=["NL102"],
  why="PMO never shows diagnoses, so a hedged otitis in a nurse's telephone note must not fire.")

C("pmo-sodervarn-trol-cysitit-typo", "1979-11-09", "582",
  N("p_vc_sodervarn", ("Yasmin Ali", "sjuksköterska"), "2024-03-18 09:10", [
      ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar. Ingen feber, ingen flanksmärta, ej gravid."),
      ("Bedömning", "Trol. okomplicerad cysitit."),
      ("Åtgärd", "Pivmecillinam 400 mg x 3 i 3 dagar enligt delegering. Åter vid feber."),
  ], template="Telefonkontakt"),
  must_not=["NL102"],
  why="Hedged cystitis with typo 'cysitit' in a PMO telephone note, not visible.")

C("pmo-eslov-dd-kolecystit-ulcus", "1962-04-02", "735",
  N("p_vc_eslov", ("Ragnar Björk", "läkare"), "2024-04-15 11:30", [
      ("Anamnes", "Återkommande smärta i epigastriet och under höger arcus, värst nattetid."),
      ("Status", "Palpationsöm epigastriet, Murphy negativ."),
      ("Bedömning", "DD gallsten/ulcus. H. pylori-test taget."),
      ("Planering", "UL lever och gallvägar, omeprazol 20 mg i väntan."),
  ], signed=None, template="Läkarbesök"),
  must_not=["NL102"],
  why="Differential diagnoses in primary care PMO are not shown to the patient.")

C("pmo-bvc-lomma-trol-rs-virus", "2023-11-28", "447",
  N("p_bvc_lomma", ("Lotta Nordqvist", "sjuksköterska"), "2024-01-16 10:05", [
      ("Telefonkontakt", "Förälder ringer, 7 veckor gammalt barn snorigt och hostar, äter något mindre. Storebror har RS."),
      ("Bedömning", "Trol. RS-virus, andas lugnt enligt förälder."),
      ("Åtgärd", "Råd om nässköljning och små täta mål. Ringer 1177 eller barnakut vid indragningar eller minskat ätande."),
  ], template="Telefonkontakt"),
  must_not=["NL102"],
  why="BVC note in PMO with a hedged RS infection in an infant; PMO hides diagnoses.")

C("pmo-um-lund-misstankt-klamydia", "2005-01-30", "623",
  N("p_um_lund", ("Ida Svensson", "barnmorska"), "2024-05-20 15:40", [
      ("Besöksorsak", "Ny partner, sveda och flytningar sedan en vecka."),
      ("Bedömning", "Misstänkt klamydia, prov taget."),
      ("Åtgärd", "Svar via 1177 inom en vecka. Kondom tills vidare."),
  ], template="Besöksanteckning"),
  must_not=["NL102"],
  why="Suspected chlamydia at a youth clinic documented in PMO, never shown.")

C("pmo-klippan-kan-ej-uteslutas-demens", "1941-06-06", "276",
  N("p_vc_klippan", ("Nils-Erik Thorén", "läkare"), "2024-06-26 14:15", [
      ("Aktuellt", "Maken upplever att hon upprepar frågor och har slutat betala räkningar."),
      ("Status", "MMSE 24, klocktest med felplacerade visare."),
      ("Bedömning", "Kognitiv svikt, demenssjukdom kan ej uteslutas. B12 och TSH normala."),
      ("Planering", "DT hjärna, basal demensutredning fortsätter."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="'kan ej uteslutas' in a PMO note; not visible in PMO.")

C("pmo-simrishamn-fragetecken-borrelia", "1958-08-19", "391",
  N("p_vc_simrishamn", ("Anneli Rosén", "läkare"), "2024-08-08 13:20", [
      ("Anamnes", "Fästingbett i juni, nu perifer facialispares vänster sedan igår."),
      ("Bedömning", "Facialispares, ?neuroborrelios. Bells pares det viktigaste alternativet."),
      ("Planering", "Borreliaserologi, remiss infektion för LP."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="'?neuroborrelios' and an eponym differential in PMO, hidden from the patient.")

C("pmo-hoganas-lang-ev-diabetes-typ2", "1966-02-22", "508",
  N("p_vc_hoganas", ("Pernilla Lundin", "läkare"), "2024-09-05 09:30", [
      ("Kontaktorsak", "Hälsokontroll via arbetsgivaren visade förhöjt fastesocker, 7,4."),
      ("Anamnes", "Man, snart 59 år, lastbilschaufför. Röker inte, snusar. Alkohol sparsamt. Ingen känd hjärt-kärlsjukdom. Mor hade diabetes från 60-årsåldern och fick amputera en tå. Har märkt att han är törstigare än förr och kissar oftare på natten, men tänkte att det var värmen i somras. Ingen viktnedgång, snarare ökat 8 kg på fem år."),
      ("Läkemedel", "Inga regelbundna läkemedel. Alvedon vid ryggvärk."),
      ("Levnadsvanor", "Kör långa pass och äter ofta på vägkrogar, dricker två till tre burkar läsk om dagen. Rör sig lite utöver jobbet men cyklade mycket förr. Sover sju timmar, snarkar enligt frun men inga kända andningsuppehåll."),
      ("Status", "Vikt 104 kg, längd 181 cm, BMI 31,7. BT 146/92 höger arm, 144/90 vänster. Cor regelbunden rytm, inga blåsljud. Fötter: palpabla pulsar, normal monofilament. Inga sår."),
      ("Hereditet", "Mor diabetes typ 2 och hjärtinfarkt vid 70. Far levde till 88 utan kända hjärt-kärlsjukdomar. Bror behandlas för högt blodtryck sedan några år."),
      ("Patientens önskemål", "Vill i första hand försöka med livsstilsförändringar och undvika tabletter om det går. Frun vill följa med till diabetessköterskan för att lära sig mer om maten."),
      ("Lab", "P-glukos fastande 7,4 i förra veckan. HbA1c i dag 51. Kolesterol 6,1, LDL 4,2. Krea 81. U-albumin negativ."),
      ("Socialt", "Gift, tre utflugna barn. Bor i villa i Höganäs. Arbetar heltid med skiftschema, ibland nattkörningar till Göteborg. Fritidsintresse fiske och att laga mat, har funderat på att börja gå med i en vandringsgrupp."),
      ("Samtal", "Pratade en stund om vad ett förhöjt blodsocker kan innebära på sikt och om sambandet med vikt och rörelse. Han tog själv upp läsken som den största förändringen han kan göra direkt."),
      ("Bedömning", "Ev. diabetes typ 2, ett HbA1c över gränsen och ett förhöjt fasteglukos. Förhöjt blodtryck, ej diagnos ännu. Hyperlipidemi."),
      ("Planering", "Nytt HbA1c om två veckor för att bekräfta. Hemblodtrycksmätning en vecka, lämnar in värdena. Kostråd och fysisk aktivitet på recept. Återbesök diabetessköterska efter provsvar, läkarbesök om 6 veckor."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="Long PMO note (primary care) with a hedged diabetes diagnosis; PMO never shows diagnoses.")

C("pmo-tomelilla-hemsjukvard-misstankt-trycksar", "1931-05-13", "657",
  N("p_hsj_tomelilla", ("Anette Sjögren", "sjuksköterska"), "2024-11-19 14:25", [
      ("Hembesök", "Rodnad som inte bleknar vid tryck på vänster häl, blåsa 1 cm. Ligger mycket i sängen sedan influensan."),
      ("Bedömning", "Misstänkt trycksår kategori 2."),
      ("Åtgärd", "Hälavlastning med kudde, skyddsförband. Tryckavlastande madrass beställd. Ny kontroll torsdag."),
  ], template="Besöksanteckning"),
  must_not=["NL102"],
  why="Home care nurse in PMO hedges a pressure ulcer; PMO is not visible.")

C("pmo-horby-sannolikt-depression-utkast", "1988-07-04", "129",
  N("p_vc_horby", ("Emil Strandberg", "läkare"), "2024-10-14 16:10", [
      ("Aktuellt", "Nedstämd sedan separationen i somras, sover dåligt, orkar inte med arbetet."),
      ("Bedömning", "Sannolikt depressiv episod, medelsvår. MADRS-S 26. Inga suicidtankar."),
      ("Planering", "Sjukskrivning 50 % två veckor, kontakt med psykosocialt team."),
  ], template="Läkarbesök", signed=None),
  must_not=["NL102"],
  why="Unsigned PMO draft with a probable depression; PMO hides diagnoses.")

C("pmo-eslov-obs-pro-pneumoni-barn", "2016-06-11", "384",
  N("p_vc_eslov", ("Maria Gren", "läkare"), "2024-12-10 10:40", [
      ("Anamnes", "8-årig flicka med feber i fyra dygn och hosta, ont i magen."),
      ("Status", "Temp 39, AF 30, dämpade andningsljud höger basalt. CRP 96."),
      ("Bedömning", "Obs pro pneumoni höger basalt."),
      ("Åtgärd", "Amoxicillin, kontroll om två dagar."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="'Obs pro pneumoni' for a child in a PMO note; not visible.")

C("pmo-klippan-ej-informerad-inte-asserterad", "1954-03-03", "418",
  N("p_vc_klippan", ("Lena Frisk", "läkare"), "2024-07-24 15:05", [
      ("Provsvar", "PSA 14, tidigare 4,2. Palpatoriskt hård knöl i prostata."),
      ("Bedömning", "Misstänkt prostatacancer. Patienten inte informerad ännu, han är på semester."),
      ("Planering", "Standardiserat vårdförlopp startas, remiss urologen. Ringer honom på måndag."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="PMO note: a hedged prostate cancer with the patient not yet told; only NL102 is asserted (must not), NL101 is never asserted on PMO.")

C("pmo-sodervarn-confirmed-hypertoni", "1971-01-19", "276",
  N("p_vc_sodervarn", ("Jamal Rahimi", "läkare"), "2024-02-28 13:00", [
      ("Aktuellt", "Hemblodtryck i snitt 152/94 över en vecka."),
      ("Diagnos", "Essentiell hypertoni."),
      ("Åtgärd", "Amlodipin 5 mg insatt. Kontroll hos distriktssköterska om 4 veckor."),
  ], template="Läkarbesök"),
  must_not=["NL102"],
  why="Confirmed hypertension in a PMO note: no hedge and no visibility.")

C("pmo-um-lund-positivt-graviditetstest", "2006-09-15", "732",
  N("p_um_lund", ("Frida Hellström", "barnmorska"), "2024-10-01 16:20", [
      ("Besöksorsak", "Mensen är tio dagar sen, oskyddat samlag för tre veckor sedan."),
      ("Bedömning", "Graviditetstest positivt. Samtal om alternativ, hon vill fundera några dagar."),
      ("Åtgärd", "Ny tid på fredag. Informerad om abortmottagningen i Lund."),
  ], template="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO youth clinic note; a positive pregnancy test is no hedged diagnosis and PMO is not shown.")

C("pmo-simrishamn-hereditet-och-plan-ev", "1973-10-26", "145",
  N("p_vc_simrishamn", ("Stina Olsson", "distriktssköterska"), "2024-04-04 11:50", [
      ("Aktuellt", "Astmakontroll. Använder Symbicort vid behov."),
      ("Hereditet", "Syster ev. astma, pappa KOL."),
      ("Planering", "Ev. spirometri till hösten om fler besvär."),
  ], template="Besöksanteckning"),
  must_not=["NL102"],
  why="PMO note with hedges only about a sister and a plan.")
# ---------------------------------------------------------------------------
# D. NL101 positives: diagnosis written in a visible Melior section while the
#    note says the patient is not told yet / must not be told yet
# ---------------------------------------------------------------------------

C("onk-lund-pankreascancer-ej-informerad", "1952-12-05", "239",
  N("s_onk_lund", ("Maria Lejon", "läkare"), "2024-01-11 15:40", [
      ("PAD", "Finnålspunktion från pankreashuvudet: adenocarcinom."),
      ("Bedömning", "Pankreascancer i huvudet, lokalt avancerad enligt DT."),
      ("Planering", "Pat ej informerad ännu, besked ges vid besöket på fredag med kontaktsjuksköterska. Tas upp på MDK måndag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Confirmed pancreatic cancer written visibly while the patient has not been told.")

C("hem-su-aml-ej-underrattad", "1963-04-30", "183",
  N("v_hem_su", ("Jesper Malmgren", "läkare"), "2024-02-13 17:20", [
      ("Benmärg", "Benmärgsprovet visar 62 % myeloiska blaster, flödescytometri förenlig med AML."),
      ("Bedömning", "Akut myeloisk leukemi."),
      ("Information", "Patienten ännu ej underrättad. Ansvarig hematolog ger besked i morgon förmiddag tillsammans med hustrun."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="AML confirmed; 'ännu ej underrättad' in a visible VGR haematology note.")

C("neuro-lund-als-ej-forran-hustrun", "1955-01-17", "564",
  N("s_neuro_lund", ("Anton Åberg", "läkare"), "2024-03-06 12:30", [
      ("Neurofysiologi", "EMG visar utbredd denervation i tre regioner, förenligt med motorneuronsjukdom."),
      ("Bedömning", "ALS, spinal debut."),
      ("Planering", "Patienten ska inte informeras förrän hustrun kan vara med, besöket bokas nästa vecka. Kurator och ALS-team kopplas in då."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'ska inte informeras förrän' about a confirmed ALS diagnosis (Skåne neurology).")

C("uro-su-prostatacancer-inte-fat-besked-typo", "1949-09-08", "626",
  N("v_uro_su", ("Carl-Johan Lind", "läkare"), "2024-04-16 08:30", [
      ("PAD", "Systematiska biopsier: prostatacancer Gleason 4+3=7 i 7 av 12 biopsier."),
      ("Bedömning", "Prostatacancer intermediär risk."),
      ("Planering", "Patienten har inte fåt besked, kallas till läkarbesök 23/4. PSMA-PET beställd."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Typo 'fåt' in 'har inte fåt besked'; prostate cancer in a visible VGR urology note.")

C("kvinno-malmo-missed-abortion-ej-informerad", "1990-06-27", "302",
  N("s_kvinno_malmo", ("Elsa Nyberg", "barnmorska"), "2024-05-08 10:25", [
      ("Ultraljud", "Tidigt ultraljud graviditetsvecka 11+2 enligt SM. Fosterekot 7 mm utan hjärtaktivitet."),
      ("Bedömning", "Missed abortion."),
      ("Åtgärd", "Patienten ej informerad ännu, läkare kallad för att ge beskedet. Patienten väntar i samtalsrummet med sin partner."),
  ], template="Barnmorskeanteckning"),
  must=["NL101"], must_not=["NL102"],
  why="Midwife documents missed abortion before the doctor has told the patient (Skåne Melior).")

C("minne-malmo-alzheimer-ej-meddelad", "1944-02-12", "471",
  N("s_minne_malmo", ("Ola Persson", "läkare"), "2024-06-19 11:10", [
      ("Sammanfattning", "Utredningen är klar: MMSE 22, likvor med sänkt beta-amyloid och förhöjt tau, MR med hippocampusatrofi."),
      ("Diagnos", "Alzheimers sjukdom, sen debut. G30.1"),
      ("Planering", "Diagnosen ej meddelad patienten ännu, planeras vid återbesök med dottern 3/7. Därefter start av donepezil."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Alzheimer's diagnosis with an ICD code, 'ej meddelad patienten ännu' (Skåne memory clinic).")

C("psyk-su-schizofreni-ej-delgiven", "1997-08-16", "355",
  N("v_psyk_su", ("Petter Strömgren", "läkare"), "2024-07-09 14:50", [
      ("Aktuellt", "Utredningen efter förstagångspsykosen förra året är nu sammanställd."),
      ("Bedömning", "Schizofreni, paranoid form (F20.0). Kriterierna uppfylls över mer än sex månader."),
      ("Planering", "Diagnosen har ännu inte delgetts patienten. Återkoppling sker med psykos-teamet och mamman närvarande vid besök om två veckor."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="Schizophrenia diagnosis not yet given to the patient in a visible VGR psychiatry note.")

C("reum-lund-systemisk-skleros-ej-informerd-typo", "1978-11-24", "417",
  N("s_reum_lund", ("Lina Fagerström", "läkare"), "2024-08-27 09:35", [
      ("Lab", "Anti-Scl-70 starkt positiv. Kapillärmikroskopi med sklerodermimönster."),
      ("Bedömning", "Systemisk skleros, diffus kutan form."),
      ("Planering", "Pat ej informerd om diagnosen än, besök på tisdag med genomgång. Lungfunktion och HRCT bokas."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Typo 'informerd'; systemic sclerosis confirmed and the patient not informed yet (Skåne rheumatology).")

C("akut-su-hjarntumor-ej-informerad-avd", "1971-03-14", "246",
  N("v_akut_su", ("Sebastian Quist", "läkare"), "2024-08-17 02:15", [
      ("Anamnes", "Krampanfall i hemmet, första gången. Huvudvärk sedan några veckor."),
      ("Röntgen", "DT hjärna med kontrast: 4 cm kontrastladdande tumör i vänster frontallob med ödem."),
      ("Bedömning", "Hjärntumör vänster frontalt, glioblastom är det troligaste."),
      ("Åtgärd", "Betapred och Keppra. Pat ej informerad om röntgenfyndet i natt, neurokirurgen informerar på avdelningen i morgon."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL101", "NL102"],
  why="Brain tumour found at night and the patient not told; 'troligaste' also hedges the tumour type (VGR).")

C("inf-ostra-hiv-ej-informerad", "1986-05-22", "178",
  N("v_inf_ostra", ("Annelie Borg", "läkare"), "2024-09-10 15:15", [
      ("Provsvar", "HIV-1 antikroppar och antigen positivt, konfirmerat med Western blot. CD4 380."),
      ("Bedömning", "Nydiagnostiserad hivinfektion."),
      ("Planering", "Patienten ännu ej informerad, kallas till besök 12/9 med kurator. Smittspårning efter beskedet."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Confirmed HIV infection visible before the patient has been told (VGR infection).")

C("onk-kir-avd-koloncancer-skopi-ej-informerad", "1946-12-19", "384",
  N("s_onk_kir_avd", ("Viktoria Östlund", "läkare"), "2024-10-24 13:05", [
      ("Koloskopi", "Cirkulär ulcererande tumör i sigmoideum 25 cm från analöppningen, biopsier tagna."),
      ("Bedömning", "Koloncancer i sigmoideum enligt makroskopisk bedömning, PAD inväntas."),
      ("Information", "Pat sederad under undersökningen och ännu inte informerad om fyndet. Avdelningsläkaren tar samtalet i eftermiddag."),
  ], setting="slutenvård"),
  must=["NL101"],
  why="Colonoscopy finding of colon cancer, patient sedated and not yet informed (Skåne surgery ward).")

C("neuro-su-misstankt-ms-ej-informerad-om-misstanken", "1993-09-27", "249",
  N("v_neuro_su", ("Frida Norén", "läkare"), "2024-11-14 11:00", [
      ("Aktuellt", "Optikusneurit vänster i september. MR visar periventrikulära lesioner."),
      ("Bedömning", "Misstänkt multipel skleros."),
      ("Planering", "Pat ej informerad om misstanken, vi inväntar likvorsvaret innan vi tar upp det."),
  ]),
  must=["NL101", "NL102"],
  why="A suspicion kept from the patient but written in a visible section: both NL101 and NL102 (VGR).")

C("onk-nu-sonen-ber-levermetastaser", "1937-04-06", "153",
  N("v_onk_nu", ("Tomas Hedberg", "läkare"), "2024-03-21 16:35", [
      ("Röntgen", "DT buk: multipla levermetastaser, progress sedan förra undersökningen."),
      ("Bedömning", "Progredierande ventrikelcancer med levermetastaser."),
      ("Anhörigkontakt", "Sonen ringer och ber att pappan inte ska få veta om metastaserna. Vi har ännu inte informerat patienten, samtal planeras med patienten själv på måndag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Liver metastases documented while the patient has not been told (son asks for secrecy) (VGR).")

C("lung-lund-ej-infomerad-typo", "1950-10-31", "531",
  N("s_lung_lund", ("Mona Berggren", "läkare"), "2024-02-22 15:00", [
      ("Bronkoskopi", "EBUS-biopsi från station 7: småcellig lungcancer."),
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt PET-DT."),
      ("Planering", "Pat ej infomerad om diagnosen, besked via telefon undviks. Besök i morgon kl 10."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Typo 'infomerad' in the not-informed statement; small-cell lung cancer visible (Skåne).")

C("kk-skas-cervixcancer-annu-inte-informrad-typo", "1981-07-13", "590",
  N("v_kk_skas", ("Camilla Roos", "läkare"), "2024-06-03 14:20", [
      ("PAD", "Konisering: skivepitelcancer, invasionsdjup 6 mm, ej fria marginaler."),
      ("Bedömning", "Cervixcancer stadium IB1."),
      ("Planering", "Patienten är ännu inte informrad, kallas till besök med kontaktsjuksköterska. Remiss till gynonkologen Sahlgrenska."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Typo 'informrad'; cervical cancer written visibly before the patient is told (VGR gynaecology).")

C("remissvar-hud-basaliom-ej-informerad", "1948-05-25", "437",
  N("v_hud_su", ("Anders Öhman", "läkare"), "2024-09-18 10:30", [
      ("Frågeställning", "Remiss från vårdcentral, sår på näsan som inte läker."),
      ("Remissvar", "Stansbiopsi visar nodulärt basalcellscancer på näsvingen. Mohs-kirurgi rekommenderas."),
      ("Kommentar", "Patienten har ännu inte informerats om PAD-svaret; remittenten ombeds meddela patienten vid planerat besök."),
  ], template="Remissvar"),
  must=["NL101"], must_not=["NL102"],
  why="Referral answer with a basal cell carcinoma the patient has not been told about (VGR dermatology).")

C("inf-malmo-tel-ssk-hepatit-c-ej-meddelat", "1975-02-08", "269",
  N("s_inf_malmo", ("Kerstin Wallén", "sjuksköterska"), "2024-04-24 09:45", [
      ("Telefonkontakt", "Ringde patienten för att boka tid till läkaren. Provsvaret med kronisk hepatit C, genotyp 3, meddelades inte per telefon enligt läkarens ordination, läkaren tar det vid besöket."),
      ("Åtgärd", "Tid bokad 30/4 kl 13.00."),
  ], template="Telefonanteckning"),
  must=["NL101"],
  why="Nurse's telephone note: chronic hepatitis C result deliberately not told yet, visible in Skåne Melior.")

C("onk-su-utkast-njurcancer-ej-informerad", "1966-08-29", "142",
  N("v_onk_su", ("Hampus Lindberg", "läkare"), "2024-05-27 16:55", [
      ("Röntgen", "DT: 6 cm tumör i höger njure med tumörtromb i njurvenen, två lungmetastaser."),
      ("Bedömning", "Metastaserad njurcancer."),
      ("Planering", "Inte informerad ännu. Samtal bokat med patient och sambo på onsdag."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="Unsigned draft (pre-signing check) with metastatic kidney cancer not yet told (VGR).")

C("onk-lund-lang-ventrikelcancer-latin-ej-informerad", "1951-03-17", "378",
  N("s_onk_lund", ("Björn Karlström", "läkare"), "2024-12-03 13:30", [
      ("Kontaktorsak", "Genomgång av utredningsresultat inför behandlingsbeslut, ingen patientkontakt i dag."),
      ("Anamnes", "Man 73 år med dyspepsi sedan i somras, viktnedgång 9 kg och järnbristanemi. Tidigare opererad för ljumskbråck. Behandlas för hypertoni. Bor med hustrun i Staffanstorp, två vuxna barn. Fortfarande aktiv med trädgård och golf men har tappat orken senaste månaden."),
      ("Status", "Blek men opåverkad. Vikt 71 kg mot 80 kg i juni. Inga palpabla lymfkörtlar supraklavikulärt. Buk mjuk, lätt ömhet i epigastriet, ingen palpabel resistens, ingen ascites. Hjärta och lungor utan anmärkning."),
      ("Funktion", "Klarar all personlig vård själv, kör bil och går promenader om tre kilometer. Har tappat aptiten och äter mindre portioner, tål inte fet mat."),
      ("Utredning", "Gastroskopi 18/11: ulcererad tumör i ventrikelns antrum, biopsier tagna. PAD: adenocarcinom, intestinal typ, HER2 negativ. DT thorax-buk: förtjockad ventrikelvägg antralt, förstorade lokala lymfkörtlar, inga fjärrmetastaser. Laparoskopi 29/11 utan peritoneal spridning, buksköljvätska cytologiskt negativ."),
      ("Social anamnes", "Pensionerad civilingenjör. Hustrun är frisk och kör honom till sjukhuset. Sonen bor i Lund och dottern i Stockholm. Röker inte sedan 1995, alkohol ett glas vin till helgmiddagar. Har god hjälp av grannar med trädgården."),
      ("Nutrition", "Äter fyra små mål per dag, dricker en näringsdryck på kvällen sedan två veckor. Vikten har stabiliserats senaste veckan enligt hemmavågen."),
      ("Samsjuklighet", "Hypertoni välbehandlad. Lätt nedsatt hörsel vänster öra, använder hörapparat vid samtal. Ingen känd hjärtsjukdom, arbetsprov 2021 utan ischemi och god arbetsförmåga för åldern."),
      ("Bedömning", "Carcinoma ventriculi, cT3N1M0. God funktionsnivå, ECOG 1. Kandidat för perioperativ kemoterapi enligt FLOT följt av gastrektomi."),
      ("Läkemedel", "Enalapril 10 mg, Omeprazol 40 mg sedan gastroskopin, Duroferon 100 mg x 1. Inga kända läkemedelsallergier."),
      ("Lab", "Hb 97, MCV 74, ferritin 8. Albumin 34. Kreatinin 88, leverstatus normalt. CEA 6,2."),
      ("MDK", "Diskuterad på övre GI-konferens 2/12: rekommendation perioperativ FLOT, fyra cykler före och fyra efter operation."),
      ("Planering", "Patienten är ännu inte informerad om PAD eller behandlingsförslaget, besked ges vid besök 6/12 tillsammans med hustrun och kontaktsjuksköterska. Dietist kopplas in inför cytostatika. Port-a-cath beställs efter besöket om han accepterar behandlingen."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Long oncology note with Latin 'Carcinoma ventriculi'; the plan says the patient is not yet informed (Skåne).")

C("neuro-su-huntington-ej-delgivet", "1983-01-04", "610",
  N("v_neuro_su", ("Eva Granström", "läkare"), "2024-02-01 10:15", [
      ("Genetik", "Gentest: CAG-expansion 44 repetitioner i HTT-genen."),
      ("Bedömning", "Huntingtons sjukdom, presymtomatisk bärare med lätta motoriska tecken."),
      ("Planering", "Resultatet är ej delgivet patienten. Genetisk vägledning med kurator först, besök bokat 8/2."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Eponym Huntington's disease confirmed genetically and not yet given to the patient (VGR).")

C("hem-lund-avvaktar-informera-chronic-lymfatisk", "1947-10-02", "525",
  N("s_hem_lund", ("Gunnar Lilja", "läkare"), "2024-09-26 14:40", [
      ("Flödescytometri", "Monoklonal B-cellspopulation CD5+ CD23+, 18 x 10^9/L."),
      ("Bedömning", "Kronisk lymfatisk leukemi (KLL), Binet A, behandling inte indicerad."),
      ("Planering", "Vi avvaktar med att informera patienten om diagnosen tills han kommit hem från sjukhuset efter höftoperationen. Kontroll om tre månader."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'Vi avvaktar med att informera patienten om diagnosen' with CLL written out (Skåne haematology).")

C("kk-ostra-pat-vet-annu-inte-mola", "1996-11-08", "213",
  N("v_kk_ostra", ("Hilda Axelsson", "läkare"), "2024-03-04 12:00", [
      ("PAD", "Material från vakuumaspiration: komplett mola hydatidosa."),
      ("Bedömning", "Komplett druvbörd. hCG-uppföljning enligt nationellt program krävs."),
      ("Planering", "Patienten vet ännu inte om PAD-svaret, ringer henne efter kl 15 och bokar besök."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Latin and lay names of a molar pregnancy; 'vet ännu inte' (VGR gynaecology).")

C("lung-sas-kol-bedomning-info-i-planering", "1957-06-23", "381",
  N("v_lung_sas", ("Ruben Ekholm", "läkare"), "2024-10-08 13:25", [
      ("Spirometri", "FEV1/FVC 0,54 efter bronkdilatation, FEV1 48 % av förväntat."),
      ("Bedömning", "KOL GOLD 3, grupp E."),
      ("Planering", "Ej informerad om resultatet ännu, patienten fick gå innan svaret var tolkat. Telefontid bokad på fredag."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Diagnosis in Bedömning, not-informed statement in Planering of the same visible note (VGR).")

C("geri-molndal-forkortat-ej-info-om-dg", "1932-01-29", "420",
  N("v_geri_molndal", ("Joel Wester", "läkare"), "2024-06-12 10:05", [
      ("Bedömning", "Parkinsons sjukd, god effekt av L-dopa-test."),
      ("Planering", "Pat ej info om dg ännu pga nedsatt hörsel o stress på avd, tas vid lugnare tillfälle m dottern."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="Heavily abbreviated 'ej info om dg' with Parkinson's disease visible (VGR geriatrics).")

C("geri-hbg-dottern-informerad-pat-ej", "1930-09-12", "185",
  N("s_geri_hbg", ("Sandra Sjölin", "läkare"), "2024-11-27 15:20", [
      ("Röntgen", "DT buk: tumör i pankreassvansen med levermetastaser."),
      ("Bedömning", "Metastaserande pankreascancer. Ingen tumörspecifik behandling aktuell pga funktionsnivå."),
      ("Information", "Dottern informerad per telefon. Patienten själv har ännu inte informerats om cancern, tas upp när hon är mindre konfusorisk."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="The daughter knows but the patient is not yet informed; the cancer is visible (Skåne geriatrics).")

C("psyk-lund-f-kod-ej-kommunicerad", "1999-12-20", "470",
  N("s_psyk_lund", ("Tove Engdahl", "psykolog"), "2024-04-02 13:45", [
      ("Testresultat", "WAIS-IV och ADOS-2 genomförda."),
      ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning, F84.5."),
      ("Planering", "Diagnosen ej kommunicerad med patienten ännu, återgivningssamtal med läkare och psykolog 16/4."),
  ], template="Psykologanteckning"),
  must=["NL101"], must_not=["NL102"],
  why="Psychologist records an autism diagnosis not yet fed back to the patient (Skåne psychiatry).")

C("kvinno-malmo-brostcancer-besked-ej-lamnat", "1974-08-31", "356",
  N("s_kvinno_malmo", ("Ulrika Moberg", "läkare"), "2024-07-31 11:20", [
      ("PAD", "Mellannålsbiopsi höger bröst: invasiv duktal cancer, NHG 2, ER positiv."),
      ("Bedömning", "Bröstcancer höger."),
      ("Planering", "Besked ej lämnat, patienten kommer på besök i morgon. Preliminär anmälan till bröstkonferensen."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'Besked ej lämnat' about a breast cancer diagnosis (Skåne women's clinic).")

C("reum-molndal-vaskulit-anca-ej-informerad-utkast", "1964-03-10", "298",
  N("v_reum_molndal", ("Per Hammar", "läkare"), "2024-01-23 17:05", [
      ("Lab", "PR3-ANCA starkt positiv. Kreatinin stigit till 168."),
      ("Bedömning", "Granulomatös polyangit (Wegeners granulomatos) med njurengagemang."),
      ("Planering", "Ej informerad ännu, patienten ringer i morgon. Njurbiopsi, start av högdos kortison."),
  ], signed=None),
  must=["NL101"], must_not=["NL102"],
  why="Unsigned draft: vasculitis under old eponym and new name, patient not informed (VGR).")

C("akut-malmo-epilepsi-ej-informerad-korkort", "2003-02-05", "347",
  N("s_akut_malmo", ("Samuel Dahl", "läkare"), "2024-05-25 06:40", [
      ("Anamnes", "Andra generaliserade krampanfallet på tre månader, i sömnen. Sambon beskriver tungbett."),
      ("Bedömning", "Epilepsi, två oprovocerade anfall. EEG tidigare med generaliserade spike-wave-urladdningar."),
      ("Planering", "Pat fortfarande postiktal och inte informerad om diagnosen eller körkortsreglerna. Neurolog tar det före hemgång."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must=["NL101"], must_not=["NL102"],
  why="Epilepsy diagnosed, postictal patient not informed (Skåne emergency).")

C("ort-trelleborg-osteosarkom-19ar-ej-informerad", "2005-04-14", "236",
  N("s_ort_trelleborg", ("Johan Tell", "läkare"), "2024-08-05 14:00", [
      ("Röntgen", "MR vänster lårben: destruktiv tumör distala femur med mjukdelskomponent."),
      ("PAD", "Osteosarkom, höggradigt."),
      ("Planering", "Patienten (19 år) har inte informerats om PAD ännu, mamma följer med på besöket i morgon. Remiss sarkomcentrum Lund skickad."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Osteosarcoma in a 19-year-old, not yet told (Skåne orthopaedics).")

C("med-nal-dialys-njursvikt-ej-berattat", "1953-11-06", "419",
  N("v_med_nal", ("Ingela Söder", "läkare"), "2024-12-09 11:45", [
      ("Lab", "Kreatinin 612, eGFR 7, kalium 6,1."),
      ("Bedömning", "Kronisk njursvikt stadium 5, behov av dialysstart."),
      ("Planering", "Har inte berättat för patienten att dialys behövs inom kort, vill först ha njurmedicinsk bedömning. Patienten ovetande om provsvaren."),
  ], setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="'ovetande om provsvaren' with stage 5 kidney failure visible (VGR medicine).")

C("kir-sas-rektalcancer-mdk-forst", "1960-07-19", "302",
  N("v_kir_sas", ("Kristina Palm", "läkare"), "2024-03-28 13:15", [
      ("MR", "MR lilla bäckenet: rektaltumör 8 cm från anus, T3c, hotad MRF."),
      ("Bedömning", "Rektalcancer, lokalt avancerad."),
      ("Planering", "Ska ej delges patienten förrän efter MDK på tisdag då behandlingsstrategin är klar."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="'Ska ej delges patienten förrän efter MDK' about rectal cancer (VGR surgery).")

C("hem-su-ej-informerad-mgus-eller-myelom", "1956-06-01", "287",
  N("v_hem_su", ("Ahmed Said", "läkare"), "2024-10-30 15:10", [
      ("Benmärg", "15 % klonala plasmaceller."),
      ("Bedömning", "Myelom eller smouldering myelom, oklart vilket innan skelettet är kartlagt."),
      ("Planering", "Patienten är inte informerad om benmärgssvaret, besked när helkropps-DT är klar."),
  ]),
  must=["NL101", "NL102"],
  why="Either-or between two diagnoses, withheld from the patient in a visible note (VGR haematology).")

C("barn-lund-17ar-crohn-ej-informerad", "2007-01-21", "458",
  N("s_barn_lund", ("Sanna Holm", "läkare"), "2024-02-29 16:20", [
      ("Koloskopi", "Aftösa sår i terminala ileum och skip lesions i kolon, PAD med granulom."),
      ("Bedömning", "Crohns sjukdom, ileokolit."),
      ("Planering", "17-åringen och föräldrarna ej informerade ännu, besök på fredag med IBD-sköterska. Start med exklusiv enteral nutrition därefter."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="A 17-year-old patient (who reads her own journal) and her parents not told about Crohn's disease (Skåne).")
# ---------------------------------------------------------------------------
# E. NL101 near misses: told patient, relative not told, not-informed about
#    something that is not a diagnosis, hidden templates/sökord, negated
#    findings, past events, multi-note records
# ---------------------------------------------------------------------------

C("onk-lund-informerad-om-diagnosen", "1961-05-09", "264",
  N("s_onk_lund", ("Lisa Wendt", "läkare"), "2024-02-05 14:30", [
      ("PAD", "Resektat höger kolon: adenocarcinom pT3N1a, 1 av 22 lymfkörtlar."),
      ("Bedömning", "Koloncancer stadium III."),
      ("Information", "Patienten informerad om diagnosen och om adjuvant behandling vid dagens besök, hustrun närvarande. Tackar ja till CAPOX."),
  ]),
  must_not=["NL101", "NL102"],
  why="The patient has been told; a confirmed cancer in a visible note is fine (Skåne oncology).")

C("onk-su-maken-ej-informerad-pat-informerad", "1969-12-14", "308",
  N("v_onk_su", ("Karolina Dahlqvist", "läkare"), "2024-04-11 10:40", [
      ("Bedömning", "Metastaserad bröstcancer med skelettmetastaser."),
      ("Information", "Patienten informerad om spridningen. Maken ej informerad ännu, hon vill berätta för honom själv i helgen."),
      ("Planering", "Denosumab, byte av endokrin behandling till fulvestrant plus CDK4/6-hämmare."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="Only the husband is not informed; the patient herself was told (VGR oncology).")

C("kir-csk-ej-informerad-om-flyttad-operation", "1959-09-01", "372",
  N("s_kir_csk", ("Andreas Bäck", "sjuksköterska"), "2024-05-13 15:55", [
      ("Administrativt", "Operationen för ljumskbråck vänster flyttad från 20/5 till 3/6 pga personalbrist på operation."),
      ("Åtgärd", "Patienten ej informerad om att operationen flyttats, sökt två gånger per telefon. Brev skickas i dag."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"],
  why="What the patient has not been told is a new operation date, not a diagnosis (Skåne surgery).")

C("lung-lund-tidiga-hypoteser-ej-informerad-mall", "1956-02-18", "417",
  N("s_lung_lund", ("Karin Mellberg", "läkare"), "2024-03-25 16:00", [
      ("Tidiga hypoteser", "Mesoteliom misstänks med tanke på asbestexponering som rörläggare och pleuraförtjockning. Patienten ej informerad om misstanken, torakoskopi bokad."),
  ], template="Tidiga hypoteser"),
  must_not=["NL101", "NL102"],
  why="Hypothesis and not-informed statement sit in the hidden Skåne Tidiga hypoteser template.")

C("neuro-su-sokord-th-ej-informerad-synligt-neutralt", "1975-07-07", "524",
  N("v_neuro_su", ("Oscar Tengvall", "läkare"), "2024-05-29 13:40", [
      ("Aktuellt", "Fascikulationer i båda överarmarna och viss svaghet i vänster hand sedan ett halvår."),
      ("Bedömning", "Utredning pågår. EMG och blodprover beställda."),
      ("Tidiga hypoteser", "Motorneuronsjukdom misstänks. Ännu inte framfört till patienten."),
  ]),
  must_not=["NL101", "NL102"],
  why="In VGR the sökord Tidiga hypoteser is hidden; the visible sections hold no diagnosis.")

C("med-hbg-dt-utan-malignitet-ej-informerad-svar", "1965-04-23", "190",
  N("s_med_hbg", ("Mikaela Rehn", "läkare"), "2024-06-05 11:15", [
      ("Röntgen", "DT thorax-buk: inga tecken på malignitet, ingen lymfadenopati."),
      ("Planering", "Patienten ännu ej informerad om svaret, ringer honom i eftermiddag. Fortsatt utredning av viktnedgången hos gastroenterolog."),
  ]),
  must_not=["NL101", "NL102"],
  why="The result not yet given is a normal CT; no diagnosis is written (Skåne medicine).")

C("inf-skas-tidigare-ej-fatt-veta-hepatit", "1970-03-29", "206",
  N("v_inf_skas", ("Josef Halvarsson", "läkare"), "2024-02-26 09:50", [
      ("Anamnes", "Patienten berättar att han inte fick veta om sin hepatit B förrän flera år efter blodprovet som togs vid en blodgivning 2009, något han fortfarande är upprörd över."),
      ("Bedömning", "Kronisk hepatit B, HBeAg-negativ, låg virusmängd. Ingen behandlingsindikation."),
      ("Planering", "Leverelastografi årligen. Återbesök om ett år."),
  ]),
  must_not=["NL101", "NL102"],
  why="Not being told is a past event; the patient knows his hepatitis B today (VGR infection).")

C("psyk-nu-mamma-demens-informeras-ej", "1972-10-17", "131",
  N("v_psyk_nu", ("Anna Sundin", "kurator"), "2024-09-24 14:10", [
      ("Samtal", "Samtal om hur hon ska orka efter sin nya diagnos bipolär sjukdom typ I, som hon fick besked om förra månaden."),
      ("Social situation", "Hennes mamma har demens och bor på boende, hon informeras inte om dotterns sjukdom för att inte oroas i onödan."),
      ("Planering", "Fortsatta stödsamtal varannan vecka."),
  ], template="Kuratorsanteckning"),
  must_not=["NL101", "NL102"],
  why="The mother is the one not informed; the patient knows her bipolar diagnosis (VGR).")

C("uro-malmo-informerad-att-svar-ej-kommit", "1958-12-22", "473",
  N("s_uro_malmo", ("Pontus Lagerqvist", "sjuksköterska"), "2024-10-16 10:35", [
      ("Telefonkontakt", "Patienten ringer och undrar över svaret på cystoskopin med biopsi."),
      ("Åtgärd", "Informerat patienten om att PAD-svaret ännu inte kommit från patologen. Återkommer så snart det finns."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="No diagnosis exists yet; the patient is told the answer is pending (Skåne urology).")

C("med-alingsas-ej-informerad-om-dosandring", "1948-08-14", "352",
  N("v_med_alingsas", ("Emelie Rask", "läkare"), "2024-07-11 13:05", [
      ("Bedömning", "Kronisk hjärtsvikt med nedsatt ejektionsfraktion, NYHA II. Kalium 5,6."),
      ("Planering", "Spironolakton sätts ut. Patienten ej informerad om ändringen ännu, sjuksköterskan ringer i eftermiddag och uppdaterar dosetten."),
  ]),
  must_not=["NL101", "NL102"],
  why="Not informed about a medication change, and the heart failure is known (VGR medicine).")

C("kk-ystad-pat-informerad-make-informeras-av-pat", "1985-11-02", "189",
  N("s_kk_ystad", ("Hedvig Bohman", "läkare"), "2024-01-31 10:50", [
      ("PAD", "Endometriebiopsi: atypisk endometriehyperplasi."),
      ("Bedömning", "Atypisk endometriehyperplasi, hysterektomi rekommenderas."),
      ("Information", "Pat informerad om PAD och behandlingsalternativ. Hon berättar själv för sin man."),
  ]),
  must_not=["NL101", "NL102"],
  why="Patient informed; she will tell her husband herself (Skåne gynaecology).")

C("hem-lund-vill-inte-barnen-informeras", "1954-04-04", "530",
  N("s_hem_lund", ("Lars-Göran Blom", "läkare"), "2024-11-08 11:25", [
      ("Bedömning", "Diffust storcelligt B-cellslymfom, stadium IV."),
      ("Information", "Patienten har fått besked om diagnosen och behandlingsplanen. Han vill inte att barnen informeras förrän efter första kuren."),
      ("Planering", "R-CHOP start 12/11."),
  ]),
  must_not=["NL101", "NL102"],
  why="Patient told; only his children are not to be informed yet (Skåne haematology).")

C("kir-sas-informerades-av-kirurg-tidigare", "1962-02-07", "145",
  N("v_kir_sas", ("Eva-Lena Kvist", "sjuksköterska"), "2024-06-14 09:05", [
      ("Kontaktorsak", "Kontaktsjuksköterskans första samtal."),
      ("Aktuellt", "Patienten informerades om sin rektalcancer av kirurgen den 12 juni. Hon är ledsen men förberedd och har många frågor om stomi."),
      ("Åtgärd", "Stomiterapeut bokad. Skriftlig information om strålbehandlingen lämnad."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"],
  why="The note records that the patient was informed earlier by the surgeon (VGR).")

C("onk-nu-ej-informerad-om-studie", "1967-01-16", "219",
  N("v_onk_nu", ("Malin Strid", "forskningssjuksköterska"), "2024-08-22 15:30", [
      ("Bedömning", "Lungcancer, adenocarcinom stadium IV, EGFR-mutation. Patienten känner väl till sin diagnos."),
      ("Planering", "Kan vara aktuell för läkemedelsstudie. Patienten ej informerad om studien ännu, frågan tas upp vid läkarbesöket."),
  ], template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"],
  why="Not yet told about a study, while the known lung cancer has been communicated (VGR).")

C("kvinno-malmo-infromerad-typo", "1983-09-19", "463",
  N("s_kvinno_malmo", ("Sara Nilsson", "läkare"), "2024-03-07 13:55", [
      ("PAD", "Konisering: CIN 3, fria marginaler."),
      ("Bedömning", "Höggradig cellförändring på livmoderhalsen, radikalt behandlad."),
      ("Information", "Pat infromerad per telefon, lättad över svaret. Kontroll med HPV-test om sex månader."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="Typo 'infromerad' in an affirmative 'patient informed' statement (Skåne women's clinic).")

C("akut-skas-anhoriga-ej-informerade-pat-skoter-sjalv", "1988-01-11", "256",
  N("v_akut_skas", ("David Lund", "läkare"), "2024-10-20 15:30", [
      ("Bedömning", "Diabetes typ 1, nydebuterad, med lindrig ketoacidos."),
      ("Information", "Patienten är informerad. Anhöriga ej informerade, patienten vill sköta det själv."),
      ("Åtgärd", "Insulininfusion, inläggning medicin."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL101", "NL102"],
  why="Relatives not informed at the patient's wish; the patient knows (VGR emergency).")

C("hud-lund-tel-meddelat-benign", "1979-05-28", "127",
  N("s_hud_lund", ("Birgitta Rydén", "sjuksköterska"), "2024-04-19 10:15", [
      ("Telefonkontakt", "Meddelat patienten att biopsisvaret visade en godartad förändring, seborroisk keratos, ingen ytterligare åtgärd behövs."),
  ], signed=None, template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="A nurse records that the benign result was given to the patient (Skåne dermatology).")

C("med-nal-epikris-pat-och-make-informerade", "1951-07-30", "432",
  N("v_med_nal", ("Viktor Brandt", "läkare"), "2024-05-17 14:25", [
      ("Vårdtid", "2024-05-10 till 2024-05-17."),
      ("Vårdförlopp", "Inlagd för andfåddhet. UCG visade kraftigt nedsatt vänsterkammarfunktion, EF 25 %, och koronarangiografin visade trekärlssjukdom."),
      ("Diagnoser", "Hjärtsvikt med nedsatt ejektionsfraktion. Ischemisk kardiomyopati."),
      ("Information", "Patienten och maken informerade om diagnos och prognos. De vill avvakta med ställningstagande till bypassoperation."),
  ], template="Epikris", setting="slutenvård"),
  must_not=["NL101", "NL102"],
  why="Discharge summary records that patient and husband were informed (VGR medicine).")

C("barn-dsbus-foraldrar-informerade-cf", "2023-09-18", "306",
  N("v_barn_dsbus", ("Ingrid Sävström", "läkare"), "2024-01-26 13:35", [
      ("Bakgrund", "PKU-screening positiv för cystisk fibros, svettest 98 mmol/L."),
      ("Bedömning", "Cystisk fibros, homozygot F508del."),
      ("Information", "Föräldrarna informerade om diagnosen i dag, båda närvarande. CF-sköterska följer upp nästa vecka."),
  ]),
  must_not=["NL101", "NL102"],
  why="Infant's guardians informed about cystic fibrosis; nothing withheld (VGR paediatrics).")

C("med-landskrona-normalt-hb-ej-informerad", "1995-10-13", "289",
  N("s_med_landskrona", ("Julia Franzén", "läkare"), "2024-08-09 14:30", [
      ("Provsvar", "Hb 138, ferritin 45, B12 och folat normala."),
      ("Planering", "Pat ej informerad om provsvaren ännu, normala, brev skickas."),
  ], signed=None),
  must_not=["NL101", "NL102"],
  why="Not yet informed about results that are normal; no diagnosis (Skåne medicine).")

C("med-nal-ej-informerad-om-remiss-kand-njursvikt", "1946-06-26", "207",
  N("v_med_nal", ("Rolf Hammarén", "läkare"), "2024-04-09 10:20", [
      ("Bedömning", "Kronisk njursvikt stadium 4, känd sedan 2019, långsam progress."),
      ("Planering", "Remiss till njurmedicin för dialysförberedelse. Patienten ej informerad om att remissen skickats, tas vid besöket om två veckor."),
  ]),
  must_not=["NL101", "NL102"],
  why="Not informed about a referral being sent; the diagnosis has been known for years (VGR).")
C("reum-lund-informerad-om-misstanken-ra", "1984-03-15", "338",
  N("s_reum_lund", ("Emma Kullberg", "läkare"), "2024-03-20 10:25", [
      ("Status", "Synoviter i MCP 2–3 bilateralt och i höger handled."),
      ("Bedömning", "Misstänkt tidig reumatoid artrit, anti-CCP skickat."),
      ("Information", "Patienten informerad om misstanken och om att behandling bör startas tidigt om proverna stödjer diagnosen."),
  ]),
  must_not=["NL101"],
  why="A suspicion that has been told to the patient: no NL101; NL102 left open as auditors differ on communicated hypotheses (Skåne).")

C("psyk-su-informerad-om-misstanke-bipolar", "1990-10-05", "447",
  N("v_psyk_su", ("Ylva Backman", "läkare"), "2024-06-25 15:05", [
      ("Bedömning", "Misstanke om bipolär sjukdom efter en hypoman period i våras, inte säkerställd."),
      ("Information", "Har gått igenom misstanken med patienten, som själv känner igen beskrivningen och vill gå vidare med utredning."),
  ]),
  must_not=["NL101"],
  why="The hypothesis was discussed with the patient, so nothing is withheld (VGR psychiatry); NL102 not asserted.")

C("ogon-molndal-ej-informerad-om-vantetid-katarakt", "1943-12-28", "251",
  N("v_ogon_molndal", ("Pia Granlund", "sjuksköterska"), "2024-10-11 11:40", [
      ("Bedömning", "Katarakt höger öga, operationsindikation enligt läkaren 4/10."),
      ("Åtgärd", "Uppsatt på väntelista. Patienten ej informerad om väntetiden ännu eftersom planeringen för november inte är klar."),
  ], signed=None, template="Sjuksköterskeanteckning"),
  must_not=["NL101", "NL102"],
  why="Not informed about a waiting time; the cataract is known to the patient (VGR eye clinic).")

C("kk-skas-mammografi-utan-malignitet-ej-info", "1971-05-08", "294",
  N("v_kk_skas", ("Hanna Westin", "läkare"), "2024-11-01 09:00", [
      ("Röntgen", "Kompletterande mammografi och ultraljud: enkel cysta vänster bröst, ingen malignitetsmisstanke."),
      ("Planering", "Patienten inte informerad om svaret ännu, ringer henne i dag. Ingen vidare uppföljning behövs."),
  ]),
  must_not=["NL101", "NL102"],
  why="The pending answer is a simple cyst with no suspicion of malignancy (VGR).")

C("reum-molndal-besked-via-1177-gikt", "1963-09-11", "385",
  N("v_reum_molndal", ("Nils Fredén", "läkare"), "2024-02-09 16:05", [
      ("Provsvar", "Ledvätska från höger knä: uratkristaller."),
      ("Bedömning", "Giktartrit."),
      ("Åtgärd", "Besked om diagnosen lämnat via 1177-meddelande, allopurinol förskrivet med upptrappning."),
  ]),
  must_not=["NL101", "NL102"],
  why="The diagnosis was communicated via a 1177 message (VGR rheumatology).")

C("psyk-lund-aterkoppling-adhd-gjord", "2000-02-17", "512",
  N("s_psyk_lund", ("Amanda Falk", "psykolog"), "2024-09-17 14:00", [
      ("Återgivning", "Återgivningssamtal efter neuropsykiatrisk utredning. Patienten fick diagnosen ADHD, kombinerad form, och vi gick igenom testresultaten tillsammans."),
      ("Planering", "Läkarbesök för ställningstagande till läkemedel. Psykoedukation i grupp erbjuden."),
  ], template="Psykologanteckning"),
  must_not=["NL101", "NL102"],
  why="Feedback session: the patient received the ADHD diagnosis (Skåne psychiatry).")

C("akut-malmo-informerar-om-halseneruptur", "1982-04-26", "219",
  N("s_akut_malmo", ("Isak Berglund", "läkare"), "2024-06-30 16:20", [
      ("Status", "Positivt Thompsons test, palpabel glipa 4 cm ovan hälen."),
      ("Bedömning", "Total hälseneruptur höger."),
      ("Åtgärd", "Informerar patienten om skadan och om att behandlingen blir icke-operativ i ortos. Ortopedmottagningen kallar."),
  ], template="Akutanteckning", setting="akutmottagning"),
  must_not=["NL101", "NL102"],
  why="Present-tense 'Informerar patienten' about the rupture; nothing withheld (Skåne emergency).")

C("med-hbg-tidigare-vardtillfalle-ej-informerad", "1947-11-14", "490",
  N("s_med_hbg", ("Klara Ström", "läkare"), "2024-04-29 12:45", [
      ("Aktuellt", "Vid förra vårdtillfället informerades patienten inte om sin nyupptäckta diabetes, vilket vi beklagar. Det har nu åtgärdats och hon har träffat diabetessköterskan."),
      ("Bedömning", "Diabetes typ 2, HbA1c 62."),
      ("Planering", "Metformin 500 mg x 2 med upptrappning."),
  ]),
  must_not=["NL101", "NL102"],
  why="The lack of information belonged to an earlier stay and has been corrected (Skåne medicine).")

C("inf-ostra-sambon-ska-inte-veta", "1991-08-23", "174",
  N("v_inf_ostra", ("Mira Hellgren", "läkare"), "2024-07-25 10:55", [
      ("Bedömning", "Hivinfektion, välbehandlad, virus ej mätbart."),
      ("Samtal", "Har informerat patienten om smittsamheten vid omätbar virusnivå. Han vill inte att sambon ska få veta om diagnosen ännu, vi har gått igenom vad smittskyddslagen innebär."),
  ]),
  must_not=["NL101", "NL102"],
  why="It is the partner, not the patient, who does not know (VGR infection).")

C("lung-sas-tbc-ej-information-sprakhinder", "1994-01-07", "203",
  N("v_lung_sas", ("Erik Modin", "läkare"), "2024-03-12 11:30", [
      ("Provsvar", "Sputum: syrafasta stavar i direktmikroskopi, PCR positiv för M. tuberculosis."),
      ("Bedömning", "Lungtuberkulos, smittsam."),
      ("Planering", "Patienten har ännu inte fått information om diagnosen pga språkhinder, tolk på tigrinja bokad i eftermiddag. Isolering på infektion."),
  ]),
  must=["NL101"], must_not=["NL102"],
  why="Tuberculosis diagnosed but not yet told (interpreter booked), visible in VGR Melior.")

C("geri-hbg-lang-epikris-anhorigas-begaran", "1928-07-19", "442",
  N("s_geri_hbg", ("Rikard Nord", "läkare"), "2024-08-30 13:10", [
      ("Vårdtid", "2024-08-19 till 2024-08-30, geriatrisk avdelning 2."),
      ("Orsak till inläggning", "Fall i hemmet, allmän försämring och viktnedgång."),
      ("Vårdförlopp", "96-årig kvinna, änka, bor ensam med hemtjänst fyra gånger dagligen. Inkom efter fall utan fraktur. Vid utredning av anemi och viktnedgång fann man på DT en tumör i höger lunga med skelettmetastaser, biopsi ej aktuell med tanke på ålder och önskemål. Fått blodtransfusion två enheter med bättre ork. Smärta i ryggen välbehandlad med Oxynorm. Mobiliserad med rollator av fysioterapeut. Ätit dåligt, näringsdrycker insatta av dietist."),
      ("Status vid utskrivning", "Vaken, orienterad till person och plats. Blodtryck 128/70, puls 84, saturation 94 % på luft. Lätt blek. Hjärta regelbunden rytm, inga blåsljud. Lungor med nedsatta andningsljud höger basalt. Ödem runt anklarna. Inga trycksår, huden hel. Går kortare sträckor med rollator och klarar förflyttning säng-stol med stöd av en person."),
      ("Läkemedel vid utskrivning", "Oxycontin 10 mg x 2, Oxynorm 5 mg vid behov, Movicol 1 x 2, Alvedon 1 g x 3, Omeprazol 20 mg. Furix 40 mg har satts ut pga lågt blodtryck vid inkomst."),
      ("Diagnoser", "Lungcancer med skelettmetastaser, kliniskt diagnostiserad. Anemi. Fall utan fraktur."),
      ("Funktion och boende", "Före inläggningen klarade hon toalettbesök och enklare matlagning själv, hemtjänsten hjälpte med inköp, städning och dusch. Hon har ett trygghetslarm som hon använde vid fallet. Dottern bor i samma stad och tittar in varannan dag, sonen bor i Norge."),
      ("Omvårdnad", "Sömn bättre efter att Oxycontin kvällsdos justerats. Urinkateter har inte behövts. Behöver påminnelse om att dricka och hjälp med dusch två gånger i veckan. Hemtjänsten har fått muntlig rapport inför hemgång och ny bedömning av insatserna görs av biståndshandläggaren."),
      ("Information", "På barnens begäran har patienten ännu inte informerats om cancern. Vi har förklarat för barnen att hon har rätt att få veta och att frågan tas upp igen vid hembesök av palliativa teamet."),
      ("Åtgärder efter utskrivning", "Remiss ASIH. Brytpunktssamtal med patient och barn planeras. Oxynorm 5 mg vid behov, Oxycontin 10 mg x 2. Laxantia."),
  ], template="Epikris", setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="Long geriatric discharge summary: metastatic lung cancer visible while the patient has not been told.")

C("hem-lund-ssk-pat-fragade-ej-informerad", "1976-09-30", "126",
  N("s_hem_lund", ("Johanna Lindell", "sjuksköterska"), "2024-05-15 20:40", [
      ("Omvårdnad", "Patienten frågade om svaret på benmärgsprovet. Svarade att läkaren kommer i morgon bitti."),
      ("Kommentar", "Enligt läkaranteckning visar provet akut lymfatisk leukemi, patienten ej informerad om leukemin."),
  ], template="Omvårdnadsanteckning", setting="slutenvård"),
  must=["NL101"], must_not=["NL102"],
  why="Nurse's ward note names ALL and says the patient is not informed (Skåne haematology).")

C("multi-skane-th-sedan-informerad-lymfom", "1973-02-13", "280",
  [N("s_hem_lund", ("Ali Nasser", "läkare"), "2024-01-08 16:10", [
       ("Tidiga hypoteser", "Lymfom misstänks, körtelbiopsi på halsen utförd. Inte informerad om misstanken, vi väntar på PAD."),
   ], template="Tidiga hypoteser"),
   N("s_hem_lund", ("Ali Nasser", "läkare"), "2024-01-18 14:30", [
       ("PAD", "Körtelbiopsi: follikulärt lymfom grad 1–2."),
       ("Information", "Informerat patienten om att biopsin visar follikulärt lymfom. Ingen behandling behövs nu, aktiv exspektans."),
   ], nid="n2")],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  why="Hidden Tidiga hypoteser note (Skåne template) and a later visible note after the patient was told.")

C("multi-vgr-forst-ej-informerad-sedan-informerad", "1966-06-16", "349",
  [N("v_kk_ostra", ("Linda Hjort", "läkare"), "2024-02-14 17:30", [
       ("PAD", "Mellannålsbiopsi vänster bröst: invasiv lobulär cancer."),
       ("Bedömning", "Bröstcancer vänster."),
       ("Planering", "Ej informerad ännu, besök i morgon kl 9."),
   ]),
   N("v_kk_ostra", ("Linda Hjort", "läkare"), "2024-02-15 09:50", [
       ("Information", "Patienten informerad om bröstcancern, hennes syster var med. Många frågor, skriftlig information och kontaktsjuksköterskans nummer lämnat."),
       ("Planering", "MR bröst, bröstkonferens nästa onsdag."),
   ], nid="n2")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  why="The first note breaks NL101 (note rule, unchanged by the later visit); the second records that the patient was told (VGR).")

C("multi-vgr-th-sokord-sedan-ms-informerad", "1995-03-04", "256",
  [N("v_neuro_su", ("Ebba Granath", "läkare"), "2024-09-02 13:20", [
       ("Aktuellt", "Pares och domning i vänster arm sedan två veckor."),
       ("Bedömning", "Utreds vidare med MR och likvor."),
       ("Tidiga hypoteser", "Sannolikt skov av MS. Inte diskuterat med patienten ännu."),
   ]),
   N("v_neuro_su", ("Ebba Granath", "läkare"), "2024-09-23 10:00", [
       ("Bedömning", "Multipel skleros, skovvis förlöpande. Oligoklonala band i likvor och nya lesioner på MR."),
       ("Information", "Patienten har fått diagnosen i dag och vi har pratat om bromsmedicin."),
   ], nid="n2")],
  must_not=[("NL101", "n1"), ("NL101", "n2"), ("NL102", "n1"), ("NL102", "n2")],
  why="First note keeps the hypothesis under the hidden VGR sökord; the second gives the settled, told diagnosis.")

C("kir-hlm-pat-inforamerad-typo", "1969-04-18", "153",
  N("s_kir_hlm", ("Leo Hammarström", "läkare"), "2024-11-20 15:45", [
      ("Bedömning", "Navelbråck, 2 cm bråckport."),
      ("Information", "Pat inforamerad om diagnosen och om operation i dagkirurgi, vill fundera."),
  ]),
  must_not=["NL101", "NL102"],
  why="Typo 'inforamerad' in an affirmative statement that the patient was informed (Skåne surgery).")

C("akut-kungalv-ej-informerad-om-rontgen-ua", "2001-08-09", "567",
  N("v_akut_kungalv", ("Nina Ahlström", "sjuksköterska"), "2024-12-14 03:50", [
      ("Omvårdnad", "Röntgen av vänster handled visade ingen fraktur. Patienten sover i väntrummet och är ännu inte informerad om svaret, läkaren väcker honom."),
  ], template="Sjuksköterskeanteckning", setting="akutmottagning"),
  must_not=["NL101", "NL102"],
  why="Not yet told a normal X-ray answer; there is no diagnosis (VGR emergency).")

C("onk-lund-tel-inte-informerad-om-tid-kand-dg", "1955-10-21", "386",
  N("s_onk_lund", ("Gerd Lindahl", "sjuksköterska"), "2024-07-03 11:05", [
      ("Telefonkontakt", "Patienten med känd prostatacancer under hormonbehandling ringer om värmevallningar."),
      ("Åtgärd", "Råd om kläder i lager och att undvika alkohol. Läkartiden är flyttad till 14/8, patienten ännu inte informerad om ny tid, kallelse skickas."),
  ], template="Telefonanteckning"),
  must_not=["NL101", "NL102"],
  why="Known prostate cancer, and what is not told is a new appointment time (Skåne oncology).")

C("psyk-hbg-anorexi-informerad-foraldrar-ej", "2004-06-28", "418",
  N("s_psyk_hbg", ("Elin Hagström", "läkare"), "2024-05-02 13:15", [
      ("Bedömning", "Anorexia nervosa, BMI 15,8, bradykardi 44."),
      ("Information", "Patienten (19 år) informerad om diagnosen och om risken för inläggning. Hon vill inte att föräldrarna informeras och vi respekterar det."),
  ]),
  must_not=["NL101", "NL102"],
  why="Adult patient informed; only the parents are not to be told (Skåne psychiatry).")

C("hem-su-informerad-normaliserat-hb", "1962-05-31", "437",
  N("v_hem_su", ("Jonna Lundkvist", "läkare"), "2024-03-22 15:20", [
      ("Bakgrund", "Järnbristanemi efter magsår, nu behandlad."),
      ("Provsvar", "Hb 141, ferritin 62, normala."),
      ("Information", "Patienten informerad om att värdena är normaliserade. Ingen ny kontroll."),
  ]),
  must_not=["NL101", "NL102"],
  why="Past diagnosis treated and normalised results told to the patient (VGR haematology).")
# ---------------------------------------------------------------------------
# F. More clinics and authors: BUP (Skåne only), physiotherapy, dietetics
# ---------------------------------------------------------------------------

C("bup-malmo-misstakt-adhd-typo", "2015-10-03", "271",
  N("s_bup_malmo", ("Karin Hedin", "psykolog"), "2024-04-23 13:30", [
      ("Kontaktorsak", "Remiss från elevhälsan. Pojken 8 år har svårt att sitta still och komma igång med skoluppgifter, konflikter på rasterna."),
      ("Bedömning", "Misstäkt ADHD, ångest behöver värderas parallellt."),
      ("Planering", "Skattningsskalor till föräldrar och lärare, observation i skolan. Kognitiv testning under våren."),
  ], template="Psykologanteckning"),
  must=["NL102"],
  why="Typo 'Misstäkt' for a child's suspected ADHD at BUP Skåne, visible to guardians.")

C("bup-malmo-ingen-misstanke-autism", "2013-06-25", "384",
  N("s_bup_malmo", ("Daniel Ek", "läkare"), "2024-10-10 10:10", [
      ("Aktuellt", "10-årig flicka med ängslan inför skolan och magont på morgnarna sedan höstterminen."),
      ("Bedömning", "Separationsångest. Ingen misstanke om autism, god ömsesidig kontakt och flexibel lek."),
      ("Planering", "KBT-baserat föräldrastöd, fem träffar."),
  ]),
  must_not=["NL102"],
  why="Negated autism suspicion beside a settled anxiety diagnosis at BUP Skåne.")

C("fysio-ort-trelleborg-trolig-frusen-skuldra", "1968-01-30", "427",
  N("s_ort_trelleborg", ("Amanda Björklund", "fysioterapeut"), "2024-01-22 08:40", [
      ("Aktuellt", "Smärta och stelhet i vänster axel sedan november utan trauma. Diabetes typ 2."),
      ("Status", "Kraftigt nedsatt passiv utåtrotation och abduktion, kapsulärt mönster."),
      ("Bedömning", "Trolig frusen skuldra, smärtsam fas."),
      ("Åtgärd", "Rörlighetsövningar inom smärtgräns. Läkarbedömning för ställningstagande till kortisoninjektion."),
  ], template="Fysioterapeutanteckning"),
  must=["NL102"],
  why="Physiotherapist writes a lay-named hedged diagnosis ('Trolig frusen skuldra') in Skåne Melior.")

C("dietist-barn-sas-kostrad-ev-celiaki-hos-syster", "2018-02-08", "559",
  N("v_barn_sas", ("Lovisa Grahn", "dietist"), "2024-06-20 10:30", [
      ("Kontaktorsak", "Kostrådgivning efter konstaterad komjölksproteinallergi hos 6-åring."),
      ("Anamnes", "Storasyster utreds för ev. celiaki på vårdcentralen, familjen undrar om samma kost passar båda."),
      ("Åtgärd", "Genomgång av mjölkfri kost och kalciumersättning. Lämnat recept på berikad havredryck."),
  ], template="Dietistanteckning"),
  must_not=["NL102"],
  why="'ev. celiaki' concerns the sister; the child's allergy is confirmed (VGR dietitian).")

C("reum-molndal-fibromyalgi-fragetecken-utkast", "1977-09-06", "362",
  N("v_reum_molndal", ("Susanne Kvarnström", "läkare"), "2024-12-12 14:50", [
      ("Aktuellt", "Utbredd smärta sedan tre år, trötthet, dålig sömn. Inflammatoriska prover normala."),
      ("Status", "Ömhet över flertalet muskelfästen, inga synoviter."),
      ("Bedömning", "Fibromyalgi? Hypotyreos och polymyosit ska först uteslutas."),
      ("Planering", "TSH, CK, D-vitamin. Fysisk aktivitet på recept."),
  ], signed=None),
  must=["NL102"],
  why="Unsigned draft with 'Fibromyalgi?' plus a differential to rule out (VGR rheumatology).")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODE_RE = re.compile(r"^NL\d{3}$")
PNR_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def in_2024(value):
    return value is not None and value.startswith("2024-")


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if set(c) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, sorted(c)))
            continue
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one non-empty line" % where)
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec)))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            problems.append("%s: patient keys %s" % (where, sorted(pat)))
        m = PNR_RE.match(pat["id"])
        if not m:
            problems.append("%s: bad personnummer %r" % (where, pat["id"]))
        else:
            y, mo, d, tail = m.groups()
            if "%s-%s-%s" % (y, mo, d) != pat["birth_date"]:
                problems.append("%s: personnummer does not match birth_date" % where)
            if luhn_digit(y[2:] + mo + d + tail[:3]) != tail[3]:
                problems.append("%s: personnummer fails Luhn" % where)
        if not in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % where)
        ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n)))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if not in_2024(n["time"]):
                problems.append("%s: note %s time not in 2024" % (where, n["id"]))
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    problems.append("%s: note %s signed not in 2024" % (where, n["id"]))
                elif n["signed"] < n["time"]:
                    problems.append("%s: note %s signed before written" % (where, n["id"]))
            last = n["signed"] or n["time"]
            if rec["as_of"] < last:
                problems.append("%s: as_of before note %s" % (where, n["id"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR notes are Melior" % where)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %r" % (where, n["system"]))
            age = age_at(pat["birth_date"], n["time"])
            if 13 <= age < 16:
                problems.append("%s: patient aged %d (13-15 not used)" % (where, age))
            if not n["sections"]:
                problems.append("%s: note %s without sections" % (where, n["id"]))
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    problems.append("%s: bad section %r" % (where, sec))
                    continue
                for s in SENT_SPLIT.split(sec["text"]):
                    s = s.strip()
                    if len(s) >= 25:
                        sentences.setdefault(s, []).append(name)
        seen = set()
        for kind in ("must", "must_not"):
            for t in c[kind]:
                if not (isinstance(t, list) and len(t) == 2 and CODE_RE.match(t[0])):
                    problems.append("%s: bad %s entry %r" % (where, kind, t))
                    continue
                code, nid = t
                if nid not in ids:
                    problems.append("%s: %s target %s does not exist" % (where, kind, nid))
                    continue
                if (code, nid) in seen:
                    problems.append("%s: %s on %s asserted twice" % (where, code, nid))
                seen.add((code, nid))
                if systems[nid] == "PMO" and code == "NL101":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if systems[nid] == "PMO" and code == "NL102" and kind == "must":
                    problems.append("%s: must NL102 on a PMO note" % where)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
    for s, where in sentences.items():
        if len(where) > 1:
            problems.append("sentence repeated in %s: %r" % (sorted(set(where)), s))
    return problems


def main():
    problems = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        again = [json.loads(line) for line in fh if line.strip()]
    if again != CASES:
        problems.append("written file differs from the data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("wrote %s: %d cases %s" % (out, len(CASES), regions))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code][0], counts[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
