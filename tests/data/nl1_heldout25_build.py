#!/usr/bin/env python3
"""nl1_heldout25_cases: a held-out gold set for notelint (NL1, some NL2).

Theme: a random sample of one winter week (29 Jan - 4 Feb 2024) of journal notes from
Swedish regions (Skåne, Västra Götaland) as an auditor would draw it: hospital wards,
emergency departments, primary care, psychiatry, child health, oncology and home care.
Plain notes with nothing to flag, hedged diagnoses in visible and hidden sections, notes
that record that the patient has not yet been told, and near misses.

Written from the regional routines (seeds) and the rule catalog only.
Dependency-free and deterministic: `python3 build.py` writes nl1_heldout25_cases.jsonl
beside this file and validates it (exit 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout25_cases"
AS_OF = "2024-03-11T00:00:00"  # the audit was drawn six weeks after the sampled week

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals, psychiatry)
    "akut_mas": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4410"),
    "akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4402"),
    "akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5120"),
    "akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-6031"),
    "akut_ksd": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5877"),
    "med_ksd": ("Medicinavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-5891"),
    "inf_lund": ("Infektionsavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-4488"),
    "ort_ystad": ("Ortopedavdelningen, Lasarettet i Ystad", "SE2321000255-6044"),
    "kir_mas": ("Kirurgavdelning 7, Skånes universitetssjukhus Malmö", "SE2321000255-4523"),
    "geri_tbg": ("Geriatriska avdelningen, Trelleborgs lasarett", "SE2321000255-6217"),
    "lung_lund": ("Lungavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4471"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4495"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4560"),
    "onk_mas": ("Onkologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4577"),
    "kk_mas": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4602"),
    "hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4618"),
    "kard_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-5140"),
    "uro_ksd": ("Urologmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5923"),
    "hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4631"),
    "psyk_akut_mas": ("Psykiatriska akutmottagningen Malmö", "SE2321000255-7012"),
    "psyk_avd_mas": ("Allmänpsykiatrisk avdelning 84, Malmö", "SE2321000255-7031"),
    "psyk_ldk": ("Allmänpsykiatrisk mottagning Landskrona", "SE2321000255-7145"),
    "psyk_lund": ("Affektiva mottagningen Lund", "SE2321000255-7102"),
    "bup_hbg": ("BUP-mottagning Helsingborg", "SE2321000255-7311"),
    "bup_avd_lund": ("BUP slutenvård, Lund", "SE2321000255-7302"),
    "barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4705"),
    "barnavd_hbg": ("Barn- och ungdomsmedicinsk avdelning, Helsingborgs lasarett", "SE2321000255-5166"),
    "barnonk_lund": ("Barnonkologiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4719"),
    "barnmott_ksd": ("Barn- och ungdomsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5902"),
    # Region Skåne, PMO (primary care, child health, youth clinic, home care)
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-8120"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-8233"),
    "vc_lindeborg": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-8412"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-8650"),
    "bvc_sjobo": ("Barnavårdscentralen, Vårdcentralen Sjöbo", "SE2321000255-8341"),
    "bvc_horby": ("Barnavårdscentralen, Vårdcentralen Hörby", "SE2321000255-8455"),
    "um_tbg": ("Ungdomsmottagningen Trelleborg", "SE2321000255-8520"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-8603"),
    # Västra Götalandsregionen, Melior
    "akut_su": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204"),
    "akut_mol": ("Akutmottagningen Mölndal, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011236"),
    "akut_nal": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000012418"),
    "akut_skas": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013390"),
    "akut_boras": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014077"),
    "med_skas": ("Medicinavdelning 32, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013455"),
    "med_udd": ("Medicinavdelning 14, Uddevalla sjukhus", "SE2321000131-E000000012502"),
    "kir_nal": ("Kirurgavdelning 42, NU-sjukvården NÄL", "SE2321000131-E000000012466"),
    "inf_ostra": ("Infektionsavdelning 3, Östra sjukhuset", "SE2321000131-E000000011578"),
    "geri_mol": ("Geriatriska avdelningen, Mölndals sjukhus", "SE2321000131-E000000011612"),
    "hjart_boras": ("Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014129"),
    "lung_udd": ("Lungmottagningen, Uddevalla sjukhus", "SE2321000131-E000000012533"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011347"),
    "gastro_su": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011359"),
    "ort_alingsas": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000015021"),
    "kk_ostra": ("Kvinnosjukvården, Östra sjukhuset", "SE2321000131-E000000011590"),
    "uro_kungalv": ("Urologmottagningen, Kungälvs sjukhus", "SE2321000131-E000000015288"),
    "hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011372"),
    "onk_jub": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011401"),
    "onk_boras": ("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014165"),
    "psyk_aff_su": ("Affektiva mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011720"),
    "psyk_avd_ostra": ("Psykiatrisk slutenvård avd 6, Östra sjukhuset", "SE2321000131-E000000011744"),
    "psyk_akut_su": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011731"),
    "psyk_nal": ("Vuxenpsykiatrisk mottagning, NU-sjukvården NÄL", "SE2321000131-E000000012610"),
    "barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011801"),
    "barnavd_dsbus": ("Barnavdelning 325, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011815"),
    "barn_boras": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000014188"),
    "barnavd_skas": ("Barnavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013478"),
    "asih_su": ("ASIH Göteborg Centrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011866"),
    "palliativ_skas": ("Palliativt team, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000013512"),
}

REGION_OF_PREFIX = {"SE2321000255": "skane", "SE2321000131": "vgr"}


# --------------------------------------------------------------------------- helpers
def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def P(birth, serial, protected=False):
    """Patient from birth date 'YYYY-MM-DD' and a three-digit birth serial."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return {"id": f"{y}{m}{d}-{serial}{_luhn_digit(nine)}", "birth_date": birth,
            "protected_identity": protected}


def _iso(t):
    return t.replace(" ", "T") + (":00" if len(t) == 16 else "")


def N(nid, system, template, unit, author, role, time, sections, setting="öppenvård",
      signed="auto", refs=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed 'auto' (= time + a few minutes to hours),
    None (unsigned draft) or an explicit 'YYYY-MM-DD HH:MM'."""
    name, hsa = UNITS[unit]
    t = _iso(time)
    if signed == "auto":
        text_len = sum(len(s[1]) for s in sections)
        delta = _dt.timedelta(minutes=20 + (text_len * 7) % 170)
        s = (_dt.datetime.fromisoformat(t) + delta).isoformat(timespec="seconds")
    elif signed is None:
        s = None
    else:
        s = _iso(signed)
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": t, "signed": s, "setting": setting, "refs": list(refs or []),
            "sections": [{"keyword": k, "text": x} for k, x in sections]}


CASES = []


def C(case, ruleset, patient, notes, must=(), must_not=(), why=""):
    CASES.append({
        "case": case, "ruleset": ruleset,
        "record": {"patient": patient, "as_of": AS_OF, "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


# =========================================================================== cases
# ---------------------------------------------------------------- emergency departments
C("akut-mas-trol-pneumoni-dd-influensa", "skane", P("1952-10-17", "173"),
  [N("n1", "Melior", "Akutanteckning", "akut_mas", "Johan Lindqvist", "läkare", "2024-01-29 21:14", [
      ("Kontaktorsak", "Feber och hosta sedan 5 dagar, tilltagande andfåddhet sista dygnet."),
      ("Anamnes", "71-årig man med KOL GOLD 2 och typ 2-diabetes. Hustrun insjuknade i influensa förra veckan. Pat har haft frossa, gulgröna upphostningar och nedsatt aptit."),
      ("Status", "AT: påverkad men vaken och orienterad. AF 24, sat 91 % på luft, temp 38,9. Cor: RR, inga blåsljud. Pulm: krepitationer hö basalt, i övrigt ronki bilat."),
      ("Lab", "CRP 187, LPK 14,2. Influensa-PCR skickad."),
      ("Bedömning", "Trol. pneumoni hö basalt, DD influensa med sekundär bakteriell infektion. CRB-65 1 p."),
      ("Åtgärd", "Bensylpenicillin 3 g x 3 iv, oxygen 2 l/min. Inläggs medicin."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="ED Melior note: 'Trol. pneumoni' and a DD in the visible Bedömning.")

C("akut-su-scaphoideum-kan-ej-uteslutas", "vgr", P("1989-12-04", "426"),
  [N("n1", "Melior", "Akutanteckning", "akut_su", "Sara Holm", "läkare", "2024-01-30 08:52", [
      ("Kontaktorsak", "Halkade på isig trottoar på väg till jobbet, tog emot sig med utsträckt hö hand."),
      ("Status", "Svullnad radialt över hö handled. Ömhet i fossa tabatière. Nedsatt grepp pga smärta. Distalstatus ua."),
      ("Röntgen", "Hö handled, scaphoideumserie: ingen synlig fraktur."),
      ("Bedömning", "Scaphoideumfraktur kan ej uteslutas trots negativ röntgen."),
      ("Åtgärd", "Skafoidgips. Ny röntgen om 10–14 dagar via ortopedmottagningen, remiss skickad. Ipren vb."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="'kan ej uteslutas' hedges a fracture diagnosis in a visible VGR Melior section.")

C("akut-hbg-brostsmarta-ingen-misstanke-aks", "skane", P("1965-06-22", "351"),
  [N("n1", "Melior", "Akutanteckning", "akut_hbg", "Amir Haddad", "läkare", "2024-01-30 19:40", [
      ("Kontaktorsak", "Stickande smärta vä bröstkorg sedan igår kväll efter snöskottning."),
      ("Anamnes", "Ingen tidigare hjärtsjukdom. Icke-rökare. Smärtan förvärras vid vridning av bålen och vid djupandning."),
      ("Status", "Opåverkad. BT 138/84, puls 72 regelbunden. Palpationsöm över 3:e–4:e revbenet vä parasternalt. Pulm ua."),
      ("EKG/Lab", "EKG sinusrytm utan ST-förändringar. hs-TnT 5 och 6 ng/l med en timmes intervall."),
      ("Bedömning", "Ingen misstane om akut koronart syndrom. Bröstväggssmärta efter ovanlig ansträngning."),
      ("Åtgärd", "Paracetamol och NSAID enligt ordination. Åter vid ändrad smärtkaraktär."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss with typo 'Ingen misstane om': the suspicion stays negated; the assessment is certain.")

C("akut-nal-konfusion-sannolikt-uvi", "vgr", P("1941-03-09", "268"),
  [N("n1", "Melior", "Akutanteckning", "akut_nal", "Erik Sjöberg", "läkare", "2024-01-31 11:05", [
      ("Kontaktorsak", "Förvirrad sedan i morse enligt hemtjänsten."),
      ("Anamnes", "Bor själv med hemtjänst fyra gånger dagligen. Känd lätt kognitiv svikt. Enl hemtjänstpersonalen har hon kissat ofta och luktat starkt urin de sista dagarna."),
      ("Status", "Desorienterad till tid och rum, följer enkla uppmaningar. Temp 37,9. Buk mjuk, lätt öm suprapubiskt. Inga fokala neurologiska bortfall."),
      ("Lab", "CRP 64, LPK 11,8, Na 134. U-sticka: nitrit pos, leukocyter 3+."),
      ("Bedömning", "Akut konfusion, sannolikt sekundärt till UVI."),
      ("Planering", "Urinodling. Nitrofurantoin insätts. Inläggning medicin för observation."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="'sannolikt sekundärt till UVI' is a probable (uncertain) diagnosis in a visible section.")

C("akut-ystad-hjarnskakning-dt-utan-blodning", "skane", P("1997-08-14", "193"),
  [N("n1", "Melior", "Akutanteckning", "akut_ystad", "Linnea Berg", "läkare", "2024-01-31 23:18", [
      ("Kontaktorsak", "Singelolycka med bil i halka på väg 9, körde i diket i ca 60 km/h."),
      ("Anamnes", "Bältad, airbag utlöst. Slog huvudet mot sidorutan. Kort medvetslöshet enl vittne, minns inte själva olyckan."),
      ("Status", "GCS 15. Ömhet och svullnad hö temporalt. Pupiller lika, ljusreaktion ua. Nacke utan ömhet. Thorax och buk ua."),
      ("Röntgen", "DT skalle: inga tecken på intrakraniell blödning eller fraktur."),
      ("Bedömning", "Hjärnskakning."),
      ("Åtgärd", "Hemgång med anhörig som kan vaka i natt. Skriftlig information om hjärnskakning och när man ska söka igen."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'inga tecken på' blödning is negated and the concussion is stated as certain.")

C("akut-skas-misstankt-migran-dd-tia", "vgr", P("1978-11-30", "580"),
  [N("n1", "Melior", "Akutanteckning", "akut_skas", "Maria Gustafsson", "läkare", "2024-02-01 14:30", [
      ("Kontaktorsak", "Flimmerskotom följt av huvudvärk och stickningar i vä hand."),
      ("Anamnes", "Synstörning i ca 20 min, därefter pulserande huvudvärk hö sida med illamående. Domning i vä hand som vandrade upp i armen och gick över efter en halvtimme. Ingen tidigare liknande episod. Använder kombinerade p-piller."),
      ("Status", "NIHSS 0. Normal kraft och sensorik. Fundoskopi ua."),
      ("Röntgen", "DT hjärna ua."),
      ("Bedömning", "Misstänkt migrän med aura, första episod. TIA bedöms som mindre sannolik men är en differentialdiagnos."),
      ("Planering", "Diskuterat med neurolog bakjour. MR hjärna polikliniskt. Rekommenderas byta preventivmetod, kontakt med barnmorskemottagning."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="'Misstänkt migrän' plus TIA as a differentialdiagnos in a visible Bedömning.")

C("akut-lund-appendicit-fragetecken", "skane", P("2004-05-06", "244"),
  [N("n1", "Melior", "Akutanteckning", "akut_lund", "Oskar Nilsson", "läkare", "2024-02-01 03:12", [
      ("Kontaktorsak", "Buksmärta sedan igår, har vandrat från naveln ner mot hö fossa."),
      ("Status", "Temp 38,1. Ömhet och släppömhet i hö fossa iliaca. Rovsing pos. Senaste mens för två veckor sedan."),
      ("Lab", "CRP 48, LPK 13,9. U-hCG neg."),
      ("Bedömning", "Apendicit?"),
      ("Åtgärd", "Fasta. Kirurgkonsult beställd. Ultraljud buk."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="Typo 'Apendicit?': a bare question mark after the diagnosis is the hedge.")

C("akut-boras-lungemboli-kan-inte-uteslutas-utkast", "vgr", P("1956-09-19", "331"),
  [N("n1", "Melior", "Akutanteckning", "akut_boras", "Henrik Ek", "läkare", "2024-02-02 16:45", [
      ("Kontaktorsak", "Andfåddhet sedan tre dagar, hugg i hö sida vid djupandning."),
      ("Anamnes", "Opererad med knäprotes hö för fyra veckor sedan, trombosprofylax avslutad efter två veckor."),
      ("Status", "AF 22, sat 93 %, puls 104. Hö vad något svullen jämfört med vä."),
      ("Lab", "D-dimer 2,4. Troponin lätt förhöjt, 19."),
      ("Bedömning", "Lungemboli kan inte uteslutas, Wells 6 p."),
      ("Åtgärd", "DT lungartärer beställd. Fragmin i behandlingsdos ges i väntan på svar."),
  ], setting="akutmottagning", signed=None)],
  must=[("NL102", "n1")],
  why="Unsigned draft (pre-signing): 'Lungemboli kan inte uteslutas' in a visible section.")

C("akut-mas-collumfraktur-utkast-bekraftad", "skane", P("1935-12-02", "062"),
  [N("n1", "Melior", "Akutanteckning", "akut_mas", "Fatima Rahimi", "läkare", "2024-02-02 02:20", [
      ("Kontaktorsak", "Fall i hemmet nattetid på väg till toaletten. Kan inte belasta vä ben."),
      ("Status", "Vä ben förkortat och utåtroterat. Distalstatus ua. Kognitivt adekvat."),
      ("Röntgen", "Vä höft: dislocerad cervikal collumfraktur."),
      ("Bedömning", "Collumfraktur vä."),
      ("Åtgärd", "Fascia iliaca-blockad av narkosläkare. Inläggs ortopeden, planeras för halvprotes imorgon."),
  ], setting="akutmottagning", signed=None)],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Plain draft: a radiologically confirmed hip fracture, nothing hedged or withheld.")

C("akut-su-gastroenterit-trol-calici", "vgr", P("1993-01-25", "097"),
  [N("n1", "Melior", "Akutanteckning", "akut_su", "Jonas Wallin", "läkare", "2024-02-03 10:15", [
      ("Kontaktorsak", "Kräkningar och diarré sedan i natt, tre kollegor på förskolan har samma symtom."),
      ("Status", "Torra slemhinnor, puls 108, BT 112/70. Buken mjuk, diffust öm, ingen peritonit."),
      ("Lab", "Krea 104, K 3,3."),
      ("Bedömning", "Akut gastroenterit, trol. calicivirus (vinterkräksjuka). Lätt dehydrering."),
      ("Åtgärd", "Iv Ringer-acetat 1 liter samt Primperan. Kan dricka efter infusion, hemgång. Råd om handhygien och att stanna hemma 48 timmar efter sista symtom."),
  ], setting="akutmottagning", signed=None)],
  must=[("NL102", "n1")],
  why="The cause is hedged ('trol. calicivirus') though the gastroenteritis itself is certain.")

C("akut-ksd-hypotermi-koldskada-bostadslos", "skane", P("1968-04-11", "439"),
  [N("n1", "Melior", "Akutanteckning", "akut_ksd", "Per Olausson", "läkare", "2024-02-03 04:50", [
      ("Kontaktorsak", "Hittad av polis sovande i en busskur, natten var minus 8 grader."),
      ("Anamnes", "Bostadslös sedan i höstas. Alkoholberoende enl tidigare journal. Har druckit ikväll men är kontaktbar."),
      ("Status", "Rektaltemp 34,6. Vita, känselnedsatta tår bilateralt som återfår färg vid uppvärmning. Inga blåsor."),
      ("Bedömning", "Lätt hypotermi. Köldskada grad 1 på tår bilateralt."),
      ("Åtgärd", "Aktiv uppvärmning med varmluftstäcke, varma drycker. Socialjouren kontaktad för härbärgesplats. Akutens kurator följer upp imorgon."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Plain winter ED note with affirmed diagnoses only.")

C("akut-nal-alkoholforgiftning-16-aring", "vgr", P("2007-06-18", "385"),
  [N("n1", "Melior", "Akutanteckning", "akut_nal", "Elin Strand", "läkare", "2024-02-03 01:35", [
      ("Kontaktorsak", "Förd hit av ambulans från fest, har kräkts och är svårväckt."),
      ("Anamnes", "Har enl kamrater druckit vodka. Ingen känd sjukdom. Mamma på plats."),
      ("Status", "Väckbar på tilltal, RLS 2. Andning ua, sat 97 %. Blodsocker 5,1."),
      ("Lab", "P-etanol 39 mmol/l. Paracetamol och salicylat negativa."),
      ("Bedömning", "Akut alkoholförgiftning. Ingen misstanke om samtidigt intag av andra substanser."),
      ("Åtgärd", "Observation över natten på akutvårdsavdelningen. Kontakt med beroendemottagning för unga erbjuds vid hemgång, mamma informerad."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ingen misstanke om' other substances is negated; the intoxication is affirmed.")

C("akut-ystad-mojligt-njurstensanfall-typo", "skane", P("1982-02-27", "575"),
  [N("n1", "Melior", "Akutanteckning", "akut_ystad", "Kristina Möller", "läkare", "2024-02-04 13:25", [
      ("Kontaktorsak", "Kraftig kolikartad smärta hö flank som strålar ner mot ljumsken."),
      ("Status", "Orolig, kan inte ligga still. Dunkömhet hö njurloge. Buk mjuk."),
      ("Lab", "U-sticka: blod 3+. Krea 88. CRP 6."),
      ("Bedömning", "Möjligt njursternsanfall hö, ingen feber."),
      ("Åtgärd", "Diklofenak 50 mg supp med god effekt. DT urinvägar ej akut indicerat, görs polikliniskt. Åter vid feber eller oupphörlig smärta."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="Typo 'njursternsanfall' in a 'Möjligt ...' hedged diagnosis, visible section.")

C("akut-skas-fotledsdistorsion-ottawa-negativ", "vgr", P("1971-12-12", "626"),
  [N("n1", "Melior", "Akutanteckning", "akut_skas", "Anders Påhlsson", "läkare", "2024-01-29 17:02", [
      ("Kontaktorsak", "Vrickade hö fotled vid halka på parkeringen."),
      ("Status", "Svullnad lateralt. Kan gå fyra steg. Ingen ömhet över malleolspetsar eller basen av metatarsale V."),
      ("Bedömning", "Distorsion hö fotled. Enligt Ottawa-reglerna ingen indikation för röntgen, fraktur bedöms ej föreligga."),
      ("Åtgärd", "Elastisk linda, högläge, avlastning med kryckor några dagar. Fysioterapeut vid kvarstående besvär om 3 v."),
  ], setting="akutmottagning", signed=None)],
  must_not=[("NL102", "n1")],
  why="Near miss: fracture 'bedöms ej föreligga' is a negation, the sprain is certain.")

C("akut-hbg-obs-urosepsis", "skane", P("1949-07-03", "117"),
  [N("n1", "Melior", "Akutanteckning", "akut_hbg", "Mikael Andersson", "läkare", "2024-01-30 22:10", [
      ("Kontaktorsak", "Frossa och feber, nedsatt allmäntillstånd. Kateterbärare sedan prostataoperation."),
      ("Status", "Temp 39,6, AF 26, BT 94/58, puls 118. Varm och röd. Pulm ua. Kateter med grumlig urin."),
      ("Lab", "Laktat 3,8. CRP 220."),
      ("Bedömning", "Obs urosepsis. Sepsislarm utlöst."),
      ("Åtgärd", "Blododlingar x2, urinodling från ny kateter. Cefotaxim 2 g iv inom 20 min, vätska 30 ml/kg. IVA-konsult bedömer att pat kan vårdas på infektion."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="Swedish 'Obs urosepsis' (under observation for = suspected) is a hedged diagnosis in view.")

C("akut-mol-kontusion-utan-hallpunkt-pneumothorax", "vgr", P("1959-05-21", "462"),
  [N("n1", "Melior", "Akutanteckning", "akut_mol", "Karin Nyström", "läkare", "2024-01-31 15:48", [
      ("Kontaktorsak", "Föll baklänges på isen vid busshållplatsen, ont i vä sida av bröstkorgen."),
      ("Status", "Palpationsömhet över costae 8–9 vä lateralt. Symmetriska andningsljud, sat 98 %."),
      ("Röntgen", "Lungröntgen utan hållpunkt för pneumothorax. Inga revbensfrakturer ses."),
      ("Bedömning", "Kontusion bröstkorg vä."),
      ("Åtgärd", "Smärtlindring, andningsövningar med PEP-flaska. Informerad om att smärtan kan bestå i flera veckor."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'utan hållpunkt för pneumothorax' is a negated finding.")

C("akut-su-misshandel-av-sambo-synlig", "vgr", P("1990-09-08", "668"),
  [N("n1", "Melior", "Akutanteckning", "akut_su", "Lina Carlsson", "läkare", "2024-02-04 09:30", [
      ("Kontaktorsak", "Smärta i vä underarm och ansikte."),
      ("Anamnes", "Pat uppger att hennes sambo slog henne med knytnäve i ansiktet igår kväll och vred om hennes arm när hon försökte gå. Det har hänt förut. Hon vill inte polisanmäla just nu."),
      ("Status", "Hematom runt vä öga. Ömhet över distala ulna vä."),
      ("Röntgen", "Vä underarm: ingen fraktur."),
      ("Bedömning", "Kontusion vä underarm och ansikte efter misshandel."),
      ("Åtgärd", "Kontakt med kurator, information om kvinnojour. Skyddat boende erbjudet, avböjs."),
  ], setting="akutmottagning")],
  must=[("NL201", "n1")], must_not=[("NL102", "n1")],
  why="Violence by a partner written in ordinary visible sections instead of the protected sökord.")

C("akut-mas-strypvald-i-vald-mallen", "skane", P("1986-03-15", "202"),
  [N("n1", "Melior", "Våld i nära relationer", "akut_mas", "Hanna Ljung", "läkare", "2024-02-01 00:40", [
      ("Anamnes", "Pat berättar att hennes make sedan ett år tillbaka tar hennes telefon, hotar att ta barnen och i natt tryckte upp henne mot väggen med handen om halsen."),
      ("Status", "Rodnad och petekier på halsens framsida, ca 3 x 4 cm. Heshet. Inga sväljsvårigheter. Foto taget enligt vårdprogrammet."),
      ("Bedömning", "Strypvåld i nära relation, risk för upprepat och eskalerande våld."),
      ("Åtgärd", "Riskbedömning enligt FREDA genomförd. Kontakt med socialjouren, pat placeras i skyddat boende i natt. Information om polisanmälan lämnad."),
  ], setting="akutmottagning")],
  must_not=[("NL201", "n1"), ("NL206", "n1")],
  why="Skåne: the violence is documented in the template Våld i nära relationer, which is filtered.")

C("akut-lund-fall-i-halka-blamarken", "skane", P("1944-11-29", "387"),
  [N("n1", "Melior", "Akutanteckning", "akut_lund", "Gustav Ahlin", "läkare", "2024-02-02 11:20", [
      ("Kontaktorsak", "Blåmärken och smärta i hö höft efter fall på isig trappa hemma."),
      ("Anamnes", "Bor med hustrun som följer med. Fallet skedde när han skulle hämta tidningen, halkade på översta trappsteget."),
      ("Status", "Stort hematom lateralt hö lår. Kan belasta. Ingen förkortning eller rotation."),
      ("Röntgen", "Hö höft och bäcken: ingen fraktur."),
      ("Bedömning", "Kontusion hö höft efter fall i halka."),
      ("Åtgärd", "Hemgång. Broddar rekommenderas. Fallriskbedömning via vårdcentralen."),
  ], setting="akutmottagning")],
  must_not=[("NL201", "n1"), ("NL102", "n1")],
  why="Near miss: bruises from a fall on ice with the wife present, no violence.")

C("akut-boras-tonsillit-vald-fraga-nekad", "vgr", P("1999-10-10", "508"),
  [N("n1", "Melior", "Akutanteckning", "akut_boras", "Viktor Hedlund", "läkare", "2024-02-03 18:05", [
      ("Kontaktorsak", "Ont i halsen och feber i tre dagar."),
      ("Status", "Tonsiller svullna med beläggningar bilat. Ömma käkvinkelkörtlar. Ingen hosta."),
      ("Lab", "Strep A-test positivt."),
      ("Bedömning", "Streptokocktonsillit, Centor 4."),
      ("Åtgärd", "PcV 1 g x 3 i 10 dagar."),
      ("Övrigt", "Rutinfråga om våld i nära relation ställd i enskildhet, pat förnekar."),
  ], setting="akutmottagning")],
  must_not=[("NL201", "n1"), ("NL102", "n1")],
  why="Near miss: routine violence screening that the patient denies.")

C("akut-ksd-slagen-av-okand-utanfor-krog", "skane", P("2001-07-22", "419"),
  [N("n1", "Melior", "Akutanteckning", "akut_ksd", "Sofia Björk", "läkare", "2024-02-04 03:55", [
      ("Kontaktorsak", "Slagen med knytnäve av okänd man i kön utanför en nattklubb."),
      ("Status", "Sårskada 2 cm över hö ögonbryn. Ömhet över näsryggen, ingen feldeformitet. Visus ua."),
      ("Bedömning", "Sårskada hö ögonbryn. Näsbenskontusion."),
      ("Åtgärd", "Suturerat med 5-0 Ethilon, suturtagning om 5 dagar på VC. Pat har själv polisanmält på plats."),
  ], setting="akutmottagning")],
  must_not=[("NL201", "n1"), ("NL102", "n1")],
  why="Near miss: assault by a stranger is violence but not in a close relationship.")

C("akut-hbg-skarskada-ev-suturtagning", "skane", P("1974-01-08", "299"),
  [N("n1", "Melior", "Akutanteckning", "akut_hbg", "Nora Ekström", "sjuksköterska", "2024-01-29 18:33", [
      ("Kontaktorsak", "Skar sig i vä tumme med kniv vid matlagning."),
      ("Status", "3 cm sårskada volart över grundfalangen. Sensorik och flexion ua. Ingen senskada enligt läkare."),
      ("Bedömning", "Okomplicerad skärskada vä tumme."),
      ("Åtgärd", "Suturerad, 4 stygn. Stelkrampsvaccin givet, senaste dos okänd. Ev. suturtagning på egen vårdcentral om 10 dagar, annars kan pat själv ta bort stygnen efter instruktion."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ev.' hedges where the stitches are removed, not a diagnosis.")

C("akut-nal-aortadissektion-uteslutes", "vgr", P("1960-08-05", "353"),
  [N("n1", "Melior", "Akutanteckning", "akut_nal", "Tobias Lund", "läkare", "2024-01-30 13:12", [
      ("Kontaktorsak", "Plötslig kraftig ryggsmärta mellan skulderbladen."),
      ("Anamnes", "Behandlad hypertoni. Smärtan kom när han bar in ved."),
      ("Status", "BT 168/94 hö arm, 162/90 vä. Pulsar palpabla i alla extremiteter."),
      ("Röntgen", "DT aorta: ingen dissektion, normalvid aorta."),
      ("Bedömning", "Aortadissektion uteslutes. Muskulär ryggsmärta."),
      ("Åtgärd", "Smärtlindring. Blodtrycksuppföljning på vårdcentralen inom en månad."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Aortadissektion uteslutes' negates the diagnosis.")

C("akut-skas-susp-collumfraktur-rtg-negativ", "vgr", P("1939-06-14", "244"),
  [N("n1", "Melior", "Akutanteckning", "akut_skas", "Ida Forsberg", "läkare", "2024-02-02 20:26", [
      ("Kontaktorsak", "Fallit på köksgolvet, ont i vä ljumske."),
      ("Status", "Kan inte lyfta vä ben från britsen. Ingen tydlig förkortning."),
      ("Röntgen", "Vä höft: ingen säker fraktur."),
      ("Bedömning", "Susp. ickedislocerad collumfraktur vä trots negativ slätröntgen."),
      ("Åtgärd", "DT höft beställd. Inläggs ortopeden i väntan på svar, smärtlindring med oxikodon."),
  ], setting="akutmottagning")],
  must=[("NL102", "n1")],
  why="Abbreviated hedge 'Susp.' before a fracture diagnosis in a visible section.")

# ---------------------------------------------------------------- hospital wards
C("avd-ksd-misstankt-hjartsvikt-inskrivning", "skane", P("1947-09-04", "319"),
  [N("n1", "Melior", "Inskrivningsanteckning", "med_ksd", "Jessica Fransson", "läkare", "2024-01-29 15:20", [
      ("Inkomstorsak", "Tilltagande andfåddhet och bensvullnad sedan två veckor."),
      ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes. Hjärtinfarkt 2016, PCI mot LAD."),
      ("Aktuellt", "Sover med tre kuddar, vaknar nattetid av andnöd. Vikt +4 kg sedan jul enligt egen våg."),
      ("Status", "Halsvenstas. Cor: oregelbunden rytm, systoliskt blåsljud 2/6 apex. Pulm: basala rassel bilat. Pittingödem till knäna."),
      ("Bedömning", "Misstänkt hjärtsvikt, nytillkommen. Rytmen bör kontrolleras på telemetri."),
      ("Planering", "NT-proBNP skickat, UCG beställs. Furosemid 40 mg iv x 2. Daglig vägning, vätskelista."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="Admission note: 'Misstänkt hjärtsvikt' in a visible Bedömning.")

C("avd-skas-omvardnad-natt-inget-att-flagga", "vgr", P("1942-02-18", "148"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "med_skas", "Annika Larsson", "sjuksköterska", "2024-01-30 06:40", [
      ("Sömn", "Sovit större delen av natten, vaknade kl 03 och ville ha något att dricka."),
      ("Elimination", "Kissat i bäcken x2, ca 300 ml vardera. Ingen avföring sedan inkomst, laxantia enligt ordination givet."),
      ("Aktivitet", "Mobiliserad med rollator till toaletten med stöd av en personal."),
      ("Nutrition", "Äter halva portioner, dricker en flaska näringsdryck per dag."),
      ("Planering", "Fortsatt vätskelista. Vägning på torsdag."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Plain nursing night note, no diagnosis at all.")

C("avd-lund-erysipelas-i-forbattring", "skane", P("1969-11-27", "398"),
  [N("n1", "Melior", "Daganteckning", "inf_lund", "Magnus Fredriksson", "läkare", "2024-01-31 10:30", [
      ("Aktuellt", "Dag 3 med iv bensylpenicillin. Feberfri sedan igår kväll, mindre smärta."),
      ("Status", "Rodnaden hö underben tydligt tillbakagången jämfört med markeringen vid inkomst. Inga blåsor, ingen fluktuation."),
      ("Lab", "CRP 96 → 41."),
      ("Bedömning", "Erysipelas hö underben i god förbättring."),
      ("Planering", "Byte till PcV 1 g x 3 per os, totalt 14 dagars behandling. Hemgång imorgon om fortsatt feberfri. Kompressionsstrumpa när rodnaden lagt sig."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Confirmed diagnosis on a ward round, no hedge.")

C("avd-ostra-influensa-superinfektion-avskrivs", "vgr", P("1984-04-30", "600"),
  [N("n1", "Melior", "Daganteckning", "inf_ostra", "Rebecka Olsson", "läkare", "2024-02-01 11:10", [
      ("Aktuellt", "Inlagd i förrgår med hög feber, hosta och muskelvärk."),
      ("Lab", "Influensa A-PCR positiv. CRP 34 → 22. Lungröntgen utan infiltrat."),
      ("Bedömning", "Influensa A. Misstanken om bakteriell superinfektion från inkomsten avskrivs efter sjunkande CRP och normal lungröntgen."),
      ("Planering", "Oseltamivir fullföljs 5 dagar. Antibiotika sätts ut. Hemgång i eftermiddag."),
  ], setting="slutenvård", signed=None)],
  must_not=[("NL102", "n1")],
  why="Near miss: the earlier suspicion is explicitly dismissed ('avskrivs'); influenza is PCR-verified.")

C("avd-ystad-fysio-ev-hjalpmedel", "skane", P("1940-05-12", "225"),
  [N("n1", "Melior", "Fysioterapeutanteckning", "ort_ystad", "Emma Wikström", "fysioterapeut", "2024-01-31 13:40", [
      ("Aktuellt", "Dag 2 efter halvprotes vä höft. Full belastning tillåten."),
      ("Åtgärd", "Gångträning med rollator i korridoren 2 x 20 m med handledning. Övat förflyttning säng–stol, klarar med visst stöd. Instruerad i vilka höftrörelser hon ska undvika."),
      ("Bedömning", "God progress, lätt trötthet efter gångträning. Ev. behov av toalettförhöjning och duschpall i hemmet ses över med arbetsterapeut."),
      ("Planering", "Fortsatt gångträning två gånger dagligen."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ev. behov av' aids is a hedge about equipment, not a diagnosis.")

C("avd-mol-trol-blandform-demens", "vgr", P("1936-08-21", "186"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Pontus Berglund", "läkare", "2024-02-01 14:05", [
      ("Aktuellt", "Inlagd efter fall i hemmet. Hustrun beskriver att minnet försämrats gradvis i två år, han har gått vilse i bostadsområdet två gånger i vinter."),
      ("Status", "MMSE-SR 19/30, framför allt brister i orientering och närminne. Lätt gångrubbning med korta steg."),
      ("DT hjärna", "Måttlig central och kortikal atrofi samt utbredda vitsubstansförändringar."),
      ("Bedömning", "Kognitiv svikt, trol. blandform av Alzheimers sjukdom och vaskulär demens."),
      ("Planering", "Remiss till minnesmottagningen för fortsatt utredning. Biståndshandläggare kontaktad för utökad hemtjänst. Resultaten har diskuterats med pat och hustrun."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'trol. blandform' dementia in view; discussed with the patient, so no NL101.")

C("avd-tbg-dietist-undernaring", "skane", P("1931-03-28", "020"),
  [N("n1", "Melior", "Dietistanteckning", "geri_tbg", "Lisa Persson", "dietist", "2024-02-02 10:00", [
      ("Bakgrund", "Remiss från avdelningsläkare pga viktnedgång."),
      ("Nutritionsstatus", "Vikt 44 kg, längd 157 cm, BMI 17,8. Viktförlust 8 % på tre månader enligt vårdcentralens journal. Äter ca en tredjedel av serverad mat."),
      ("Bedömning", "Undernäring. Energibehov beräknat till ca 1500 kcal/dygn."),
      ("Åtgärd", "Energiberikad kost, mellanmål tre gånger dagligen. Näringsdryck 2 x 200 ml. Matregistrering i tre dagar."),
      ("Uppföljning", "Ny bedömning på måndag."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Dietitian note with an affirmed nutritional diagnosis, nothing hedged.")

C("avd-nal-misstankt-sarinfektion-postop", "vgr", P("1975-10-03", "557"),
  [N("n1", "Melior", "Daganteckning", "kir_nal", "Maja Engström", "läkare", "2024-02-02 09:25", [
      ("Aktuellt", "Postop dag 2 efter laparoskopisk kolecystektomi. Feber 38,4 under natten."),
      ("Status", "Rodnad, värmeökning och ömhet kring trokarincisionen i navelgropen, lite seröst sekret. Buken i övrigt mjuk."),
      ("Bedömning", "Misstänkt sårinfekton vid naveltrokaren."),
      ("Åtgärd", "Odling från sekretet. Flukloxacillin 1 g x 3 po insätts. Fortsatt inneliggande ett dygn."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="Post-op ward note with typo 'sårinfekton': a suspected wound infection in a visible section.")

C("avd-mas-trol-bridileus-utkast", "skane", P("1958-02-09", "490"),
  [N("n1", "Melior", "Inskrivningsanteckning", "kir_mas", "David Rosén", "läkare", "2024-01-29 23:50", [
      ("Inkomstorsak", "Kräkningar och uppblåst buk sedan ett dygn, ingen gasavgång."),
      ("Tidigare sjukdomar", "Laparotomi 1998 pga perforerad appendicit. Hysterektomi 2010."),
      ("Status", "Utspänd tympanistisk buk, klingande tarmljud. Inga bråck."),
      ("Röntgen", "DT buk: dilaterade tunntarmar med kaliberväxling i nedre buken, inga tecken på strangulation."),
      ("Bedömning", "Tunntarmsileus, trol. bridileus."),
      ("Planering", "Ventrikelsond, fasta, iv vätska. Gastrografinpassage i morgon bitti. Kirurgbakjour informerad."),
  ], setting="slutenvård", signed=None)],
  must=[("NL102", "n1")],
  why="Unsigned admission draft: 'trol. bridileus' in the visible Bedömning.")

C("avd-udd-formaksflimmer-ingen-misstanke-tyreotoxikos", "vgr", P("1963-07-15", "172"),
  [N("n1", "Melior", "Daganteckning", "med_udd", "Niklas Hägg", "läkare", "2024-01-30 11:45", [
      ("Aktuellt", "Inlagd igår med hjärtklappning sedan två dagar."),
      ("EKG", "Förmaksflimmer med kammarfrekvens 130, nu 88 efter metoprolol."),
      ("Lab", "TSH 1,9. Hb 142. Krea 78."),
      ("Bedömning", "Nydebuterat förmaksflimmer. Ingen misstanke om tyreotoxikos, TSH normalt. CHA2DS2-VASc 1."),
      ("Planering", "Fortsatt betablockad. Elkonvertering planeras efter tre veckors antikoagulation. Apixaban insatt efter diskussion med pat."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ingen misstanke om tyreotoxikos' is negated; the arrhythmia is confirmed.")

C("avd-lund-kol-trol-hemgang-helgen", "skane", P("1950-12-24", "244"),
  [N("n1", "Melior", "Daganteckning", "lung_lund", "Cecilia Hammar", "läkare", "2024-02-01 10:15", [
      ("Aktuellt", "KOL-exacerbation dag 4. Mindre andfådd, kan gå till toaletten utan syrgas."),
      ("Status", "Sat 92 % på luft i vila. Pulm: förlängt exspirium, spridda ronki."),
      ("Bedömning", "KOL med akut exacerbation, i förbättring."),
      ("Planering", "Prednisolon dag 4 av 5. Pat frågar om hon kan åka hem till helgen, vilket trol. är möjligt om saturationen håller sig stabil. Inhalationsteknik kontrolleras av sjuksköterska."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: 'trol.' and 'möjligt' hedge the discharge date, not a diagnosis.")

C("avd-udd-jarnbrist-misstankt-gi-blodning", "vgr", P("1944-06-06", "339"),
  [N("n1", "Melior", "Inskrivningsanteckning", "med_udd", "Mohammed Saleh", "läkare", "2024-01-31 16:35", [
      ("Inkomstorsak", "Trötthet och yrsel, Hb 78 vid provtagning på vårdcentralen."),
      ("Anamnes", "Använder Trombyl och ibland Ipren mot knävärk. Har inte märkt svart avföring."),
      ("Status", "Blek. BT 118/70, puls 96. Buk mjuk, oöm."),
      ("Lab", "Hb 76, MCV 71, ferritin 6."),
      ("Bedömning", "Järnbristanemi, misstänkt ockult gastrointestinal blödning."),
      ("Planering", "Gastroskopi och koloskopi. Iv järn. Trombyl pausas."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="A certain anaemia with a hedged cause ('misstänkt ockult ... blödning') in view.")

C("avd-ksd-levermetastaser-ej-besked-annu", "skane", P("1951-04-19", "457"),
  [N("n1", "Melior", "Daganteckning", "med_ksd", "Anton Wiberg", "läkare", "2024-02-01 15:50", [
      ("Aktuellt", "Inlagd för viktnedgång och buksmärta under utredning."),
      ("Röntgen", "DT thorax-buk idag: multipla levermetastaser och en 4 cm stor tumör i pankreassvansen."),
      ("Bedömning", "Pankreascancer med levermetastaser."),
      ("Information", "Pat har ännu inte fått beksed om DT-svaret. Han har bett att hustrun ska vara med, så informationssamtal hålls imorgon kl 10 tillsammans med kontaktsjuksköterska."),
      ("Planering", "Remiss till MDK övre GI. Smärtlindring optimeras."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="Typo 'beksed': the cancer diagnosis is in view while the patient has not been told yet.")

C("avd-skas-lungcancer-besked-dagen-efter", "vgr", P("1956-12-01", "274"),
  [N("n1", "Melior", "Daganteckning", "med_skas", "Fredrik Lantz", "läkare", "2024-01-30 16:20", [
      ("Aktuellt", "Inlagd för pleuravätska hö, tappad igår på 1,2 liter."),
      ("Lab", "Cytologi från pleuravätskan: adenocarcinom av lungtyp."),
      ("Bedömning", "Lungcancer, adenocarcinom, med malign pleuravätska."),
      ("Information", "Svaret kom sent i eftermiddag. Pat är inte informerad ännu, ansvarig läkare tar samtalet imorgon förmiddag när dottern kan närvara."),
  ], setting="slutenvård"),
   N("n2", "Melior", "Daganteckning", "med_skas", "Fredrik Lantz", "läkare", "2024-01-31 11:30", [
      ("Aktuellt", "Informationssamtal med pat och dottern i samtalsrummet, kontaktsjuksköterska närvarande."),
      ("Information", "Pat informerad om att cellprovet visar lungcancer och att sjukdomen har spridit sig till lungsäcken. Hon tog emot beskedet lugnt och ställde frågor om behandling. Dottern stannar över natten."),
      ("Planering", "PET-DT och remiss till lungonkologisk MDK. Ny tappning vid behov."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="Two notes: n1 writes the cancer before the patient is told; n2 records that she was told.")

C("avd-tbg-tidiga-hypoteser-lewy-body", "skane", P("1938-01-13", "170"),
  [N("n1", "Melior", "Tidiga hypoteser", "geri_tbg", "Björn Isaksson", "läkare", "2024-02-01 16:05", [
      ("Hypotes", "Synhallucinationer nattetid, fluktuerande vakenhet och lätt parkinsonism gör att Lewy body-demens kan föreligga. Pat har tidigare reagerat med stark ångest på tal om demens; hypotesen bör prövas med DAT-scan innan den tas upp med honom."),
      ("Planering", "Undvik neuroleptika. Diskuteras på geriatrisk konferens nästa vecka."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="Skåne: an untold hypothesis correctly placed in the Tidiga hypoteser template (hidden).")

C("avd-ostra-tidiga-hypoteser-sokord-sjalvframkallad", "vgr", P("1991-05-09", "688"),
  [N("n1", "Melior", "Läkaranteckning", "inf_ostra", "Sanna Ivarsson", "läkare", "2024-02-02 15:15", [
      ("Aktuellt", "Tredje inläggningen sedan december med feber och växt av hudbakterier i blododling från PICC-line."),
      ("Status", "Insticksstället ua. Opåverkad mellan febertopparna."),
      ("Bedömning", "Recidiverande kateterrelaterad blodbaneinfektion."),
      ("Åtgärd", "PICC-line avlägsnas. Vankomycin iv. Ny infart läggs av anestesi efter negativa odlingar."),
      ("Tidiga hypoteser", "Blandflora med tarmbakterier i odlingarna och feber som bara uppträder när pat är ensam gör att självframkallade infektioner måste övervägas. För tidigt att ta upp med pat innan teamet gått igenom förloppet; psykiatrikonsult tillfrågas."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="VGR: the sensitive hypothesis is under the sökord Tidiga hypoteser; visible sections are certain.")

C("avd-mas-omvardnad-risk-for-trycksar-trol-hemgang", "skane", P("1946-09-30", "283"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "kir_mas", "Elsa Jönsson", "sjuksköterska", "2024-01-31 20:10", [
      ("Omvårdnad", "Dag 4 efter högersidig hemikolektomi. Mobiliserad till stol tre gånger idag."),
      ("Hud", "Risk för trycksår enligt Norton, 19 poäng. Luftmadrass beställd, vändschema varannan timme nattetid."),
      ("Nutrition", "Äter flytande kost, tolererar väl."),
      ("Planering", "Trol. hemgång fredag om tarmfunktionen kommer igång. Anhörig informerad per telefon enligt pat:s önskemål."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: a risk score and a 'Trol.' discharge day are not uncertain diagnoses.")

C("avd-ystad-radiusfraktur-osteoporos-fragetecken", "skane", P("1955-03-03", "062"),
  [N("n1", "Melior", "Läkaranteckning", "ort_ystad", "Jakob Svensson", "läkare", "2024-02-03 09:00", [
      ("Aktuellt", "Inlagd med distal radiusfraktur vä efter fall i halka, opererad igår med volar platta."),
      ("Status", "Förbandet torrt. Fingrarna varma och rörliga, sensorik ua."),
      ("Bedömning", "Distal radiusfraktur vä, opererad. Lågenergifraktur hos 68-årig kvinna – osteoporos?"),
      ("Planering", "DXA beställd via osteoporosmottagningen. Gipsskena 2 veckor, därefter handterapeut. Hemgång idag."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="'osteoporos?' is a question-marked second diagnosis after a certain fracture.")

C("avd-ksd-pneumoni-trolgi-aspiration-typo", "skane", P("1934-10-05", "148"),
  [N("n1", "Melior", "Daganteckning", "med_ksd", "Karl Månsson", "läkare", "2024-01-30 10:40", [
      ("Aktuellt", "Inlagd från särskilt boende med feber och rosslig andning. Personalen fann henne med kräkning på kudden natten till igår."),
      ("Status", "Temp 38,3, sat 90 %. Rassel hö basalt."),
      ("Röntgen", "Lungröntgen: infiltrat hö underlob."),
      ("Bedömning", "Pneumoni hö underlob, trolgi aspiration i samband med kräkningen."),
      ("Planering", "Piperacillin-tazobaktam iv. Logoped bedömer sväljningen. Brytpunktssamtal med dottern planeras."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="Typo 'trolgi' (trolig) hedging aspiration as the cause, visible section.")

C("avd-lund-sarkoidos-verifierad-far-mojligen", "skane", P("1982-08-17", "268"),
  [N("n1", "Melior", "Daganteckning", "lung_lund", "Hampus Lind", "läkare", "2024-02-02 13:30", [
      ("Aktuellt", "Inlagd för EBUS igår, uttalad trötthet efteråt men i övrigt bra."),
      ("PAD", "Icke-nekrotiserande granulom i lymfkörtlar station 7 och 11R, odlingar för mykobakterier negativa hittills."),
      ("Bedömning", "Sarkoidos stadium II, verifierad med EBUS."),
      ("Hereditet", "Pat:s far hade enligt henne möjligen också sarkoidos men blev aldrig utredd."),
      ("Information", "Pat informerad om diagnosen och om att många blir bra utan behandling."),
      ("Planering", "Spirometri och DLCO om tre månader, återbesök lungmottagningen."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Near miss: the hedge ('möjligen') is about the father; the patient's diagnosis is verified and told.")

C("avd-mol-tidigare-misstankt-pmr-avskrevs", "vgr", P("1943-04-02", "426"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Helena Björklund", "läkare", "2024-02-03 11:50", [
      ("Aktuellt", "Inlagd för stelhet och smärta i skuldror och höfter sedan tre veckor, svårt att ta sig ur sängen."),
      ("Tidigare sjukdomar", "Hypotyreos. 2019 utreddes misstänkt polymyalgia reumatika på vårdcentralen, men besvären försvann spontant och diagnosen avskrevs."),
      ("Lab", "SR 12, CRP 4. CK 1450."),
      ("Läkemedel", "Atorvastatin 80 mg sedan november."),
      ("Bedömning", "Statinutlöst myopati."),
      ("Planering", "Atorvastatin sätts ut. Ny CK om en vecka."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: a past suspicion from 2019 that was dismissed; today's diagnosis is certain.")

C("avd-udd-arbetsterapeut-adl", "vgr", P("1937-11-18", "381"),
  [N("n1", "Melior", "Arbetsterapeutanteckning", "med_udd", "Moa Lundberg", "arbetsterapeut", "2024-02-02 14:20", [
      ("Bakgrund", "Remiss för ADL-bedömning inför hemgång efter pneumoni."),
      ("Bedömning", "Klarar personlig hygien och påklädning med tillsyn. Behöver hjälp med strumpor. Förflyttningar säkra med rollator. Matlagning ej bedömd då pat uppger att hustrun lagar all mat."),
      ("Åtgärd", "Strumppådragare och griptång utprovade och överlämnade. Hembesök inte indicerat."),
      ("Planering", "Avslutas från arbetsterapin."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Plain occupational-therapy note without any diagnosis.")

# ---------------------------------------------------------------- primary care, child health, home care (Skåne, PMO)
C("pmo-nasby-trol-influensa", "skane", P("1979-07-07", "284"),
  [N("n1", "PMO", "Besöksanteckning", "vc_nasby", "Ingrid Holmberg", "läkare", "2024-01-29 09:20", [
      ("Kontaktorsak", "Hög feber, huvudvärk och värk i hela kroppen sedan igår eftermiddag."),
      ("Anamnes", "Insjuknade plötsligt. Flera på arbetsplatsen sjuka. Ovaccinerad mot influensa i år. Frisk sedan tidigare."),
      ("Status", "Temp 39,0. Röd i svalget, inga beläggningar. Lungor: vesikulära andningsljud bilat. Sat 97 %."),
      ("Bedömning", "Trol. influenas. Ingen indikation för antiviral behandling."),
      ("Åtgärd", "Symtomatisk behandling, vila och vätska. Sjukskriven en vecka. Åter vid andfåddhet eller förnyad feberstegring."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="PMO never shows diagnoses: a hedged 'Trol. influenas' (typo) is not NL102.")

C("pmo-tabelund-telefon-misstankt-vinterkraksjuka-barn", "skane", P("2020-11-03", "143"),
  [N("n1", "PMO", "Telefonkontakt", "vc_tabelund", "Birgitta Nordin", "sjuksköterska", "2024-01-30 07:55", [
      ("Kontaktorsak", "Mamma ringer, sonen har kräkts fem gånger sedan i natt och haft två lösa avföringar."),
      ("Bedömning", "Misstänkt vinterkräksjuka, flera barn på förskolan sjuka. Dricker små mängder, kissade i morse, pigg mellan kräkningarna."),
      ("Råd", "Vätskeersättning i små klunkar ofta. Söka akut vid tecken på uttorkning, slöhet eller blod i kräkning eller avföring. Återkommer vid behov."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="PMO telephone advice for a 3-year-old with a hedged diagnosis: not NL102.")

C("pmo-lindeborg-misstankt-prostatacancer-ej-informerad", "skane", P("1961-03-21", "397"),
  [N("n1", "PMO", "Besöksanteckning", "vc_lindeborg", "Rasmus Kjellberg", "läkare", "2024-01-30 14:10", [
      ("Kontaktorsak", "Uppföljning av provsvar, besvär med täta urinträngningar."),
      ("Lab", "PSA 14 (4,2 för ett år sedan)."),
      ("Status", "PR: prostata förstorad med hård knöl i vä lob."),
      ("Bedömning", "Misstänkt prostatacancer. Remiss enligt standardiserat vårdförlopp."),
      ("Information", "Pat ej informerad om cancermisstanken ännu då han fick bråttom från besöket; ringer honom i eftermiddag innan remissen skickas."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="PMO: a hedged, not-yet-told cancer suspicion is still never NL102 (NL101 not asserted on PMO).")

C("pmo-simrishamn-diabetes-arskontroll", "skane", P("1954-05-30", "215"),
  [N("n1", "PMO", "Besöksanteckning", "vc_simrishamn", "Gunilla Persson", "sjuksköterska", "2024-01-31 10:30", [
      ("Kontaktorsak", "Årskontroll diabetes."),
      ("Status", "Vikt 92 kg (-2 kg sedan förra året). BT 134/78. Fotstatus: monofilament känns på alla punkter, inga sår."),
      ("Lab", "HbA1c 52. U-albumin/krea normal."),
      ("Åtgärd", "Diskuterat kost och promenader. Fotvårdsremiss ej aktuell. Ögonbottenfoto bokat i april."),
      ("Planering", "Läkarbesök vid behov, annars ny kontroll om ett år."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="Plain district-nurse diabetes check in PMO, nothing to flag.")

C("pmo-sjobo-bvc-rs-virus-fragetecken", "skane", P("2023-05-28", "462"),
  [N("n1", "PMO", "BVC-besök", "bvc_sjobo", "Therese Ahl", "sjuksköterska", "2024-01-31 13:15", [
      ("Kontaktorsak", "Hosta och snuva i fyra dagar, äter något sämre."),
      ("Status", "Pigg och tittar, AF 38. Inga synliga indragningar. Temp 37,8. Vikt 8,1 kg (följer sin kurva)."),
      ("Bedömning", "RS-virus? Storasyster har konstaterad RS."),
      ("Åtgärd", "Näsdroppar med koksalt, mindre och tätare måltider. Tid hos VC-läkare i eftermiddag. Föräldrarna informerade om när de ska söka barnakuten."),
  ], setting="barnhälsovård")],
  must_not=[("NL102", "n1")],
  why="PMO child-health note, 'RS-virus?' hedged: not NL102.")

C("pmo-trelleborg-um-misstankt-klamydia", "skane", P("2006-08-09", "386"),
  [N("n1", "PMO", "Besöksanteckning", "um_tbg", "Jenny Håkansson", "barnmorska", "2024-02-01 15:30", [
      ("Kontaktorsak", "Sveda vid vattenkastning och ökade flytningar sedan en vecka."),
      ("Anamnes", "Ny partner sedan december, oskyddat samlag. Använder p-stav."),
      ("Bedömning", "Misstänkt klamydia."),
      ("Åtgärd", "Klamydia- och gonorréprov taget. Provsvar via 1177 om några dagar. Partnern rekommenderas testa sig."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="Youth clinic (PMO), 17-year-old: hedged STI diagnosis is not NL102 in PMO.")

C("pmo-hoor-hemsjukvard-trycksar-omlaggning", "skane", P("1932-12-19", "357"),
  [N("n1", "PMO", "Hembesök", "hsv_hoor", "Marie Olofsson", "sjuksköterska", "2024-02-01 11:00", [
      ("Aktuellt", "Hembesök för omläggning av sår på sacrum."),
      ("Status", "Trycksår kategori 2 över sacrum, 3 x 2 cm, rosa sårbädd, ingen lukt. Huden runt omkring intakt."),
      ("Åtgärd", "Rengjort med koksalt, skumförband. Hemtjänsten instruerad att vända pat varannan timme dagtid. Tryckavlastande madrass finns."),
      ("Planering", "Nästa omläggning på måndag."),
  ], setting="hemsjukvård")],
  must_not=[("NL102", "n1")],
  why="Plain home-care wound note in PMO.")

C("pmo-nasby-depression-trolig-dd-utmattning", "skane", P("1988-10-14", "524"),
  [N("n1", "PMO", "Besöksanteckning", "vc_nasby", "Olle Bengtsson", "läkare", "2024-02-01 09:40", [
      ("Kontaktorsak", "Nedstämdhet och sömnproblem sedan hösten."),
      ("Anamnes", "Arbetar som undersköterska på särskilt boende, mycket övertid under vintern. Svårt att komma upp på morgnarna, gråter ofta. Inga självmordstankar."),
      ("Status", "Ledsen men god kontakt. PHQ-9 17 poäng."),
      ("Bedömning", "Måttlig depressiv episod, trolig. DD utmattningssyndrom."),
      ("Åtgärd", "Sertralin 50 mg. Remiss till psykosocialt team för KBT. Sjukskrivning 50 % i fyra veckor. Återbesök om tre veckor."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="PMO: 'trolig' plus a DD, but PMO hides diagnoses, so no NL102.")

C("pmo-lindeborg-lumbago-inga-tecken-cauda", "skane", P("1986-02-14", "331"),
  [N("n1", "PMO", "Besöksanteckning", "vc_lindeborg", "Tove Ringström", "läkare", "2024-02-02 08:40", [
      ("Kontaktorsak", "Ryggvärk sedan han skottade snö för tre dagar sedan."),
      ("Status", "Paravertebral muskelömhet lumbalt. SLR neg bilat. Normala reflexer och kraft i benen. Normal sensibilitet perianalt."),
      ("Bedömning", "Akut lumbago. Inga tecken på cauda equina eller nervrotspåverkan."),
      ("Åtgärd", "Fortsätta vara i rörelse, NSAID i 5 dagar. Informerad om alarmsymtom."),
  ], setting="primärvård", signed=None)],
  must_not=[("NL102", "n1")],
  why="PMO note with a negated finding and a certain diagnosis.")

C("pmo-hoor-hemsjukvard-misstankt-uvi", "skane", P("1928-04-25", "146"),
  [N("n1", "PMO", "Hembesök", "hsv_hoor", "Kajsa Fors", "sjuksköterska", "2024-02-02 16:20", [
      ("Aktuellt", "Hemtjänsten ringde, pat förvirrad och illaluktande urin."),
      ("Status", "Temp 37,6. Urinsticka: leukocyter 3+, nitrit pos."),
      ("Bedömning", "Misstänkt UVI."),
      ("Åtgärd", "Kontakt med jourhavande läkare på vårdcentralen, som ordinerar pivmecillinam. Urinodling skickad. Ökat vätskeintag, hemtjänsten följer upp."),
  ], setting="hemsjukvård")],
  must_not=[("NL102", "n1")],
  why="Home-care nurse in PMO writes 'Misstänkt UVI': not NL102.")

C("pmo-horby-bvc-18-manader-utan-anmarkning", "skane", P("2022-07-30", "242"),
  [N("n1", "PMO", "BVC-besök", "bvc_horby", "Ellinor Svahn", "sjuksköterska", "2024-02-02 09:00", [
      ("Kontaktorsak", "18-månaderskontroll."),
      ("Utveckling", "Går själv sedan 13 mån. Säger ca tio ord, pekar på saker hon vill ha. Leker gärna med klossar."),
      ("Tillväxt", "Vikt 10,9 kg, längd 81 cm, följer sina kurvor."),
      ("Samtal", "Föräldrarna trivs i föräldraskapet, pappa föräldraledig sedan januari. Sömnen fungerar bra, tandborstning två gånger dagligen."),
      ("Åtgärd", "Vaccination enligt program genomförd. Nästa besök vid 2,5 år."),
  ], setting="barnhälsovård")],
  must_not=[("NL102", "n1"), ("NL202", "n1")],
  why="Plain child-health check-up with nothing to flag.")

C("pmo-sjobo-bvc-orosanmalan-i-vanlig-mall", "skane", P("2023-04-04", "117"),
  [N("n1", "PMO", "BVC-besök", "bvc_sjobo", "Therese Ahl", "sjuksköterska", "2024-02-02 14:40", [
      ("Kontaktorsak", "Extrabesök, mamma ville att vi skulle titta på ett märke på kinden."),
      ("Status", "Blåmärke 3 x 2 cm över vä kind och två mindre blåmärken på överarmen. Barnet kryper inte ännu. Mamma kan inte förklara hur de uppstått."),
      ("Åtgärd", "Barnläkare på VC har bedömt skadorna. Orosanmälan till socialtjänsten gjord per telefon idag, bekräftas skriftligt. Remiss till barnakuten för skelettröntgen."),
  ], setting="barnhälsovård")],
  must=[("NL202", "n1")],
  why="Unexplained bruises on an infant and a report to social services in an ordinary, visible BVC template.")

C("pmo-horby-bvc-oro-mallen-cannabis", "skane", P("2021-03-17", "395"),
  [N("n1", "PMO", "Oro för att barn far illa", "bvc_horby", "Ellinor Svahn", "sjuksköterska", "2024-02-01 15:50", [
      ("Iakttagelser", "Vid hembesöket luktade lägenheten kraftigt av cannabis. Pojken hade en smutsig blöja som enligt pappa inte bytts sedan morgonen, klockan var 15."),
      ("Samtal", "Pappa sluddrig i talet, förnekade droganvändning. Mamma på arbete."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Hörby gjord via anmälningsblanketten. Samråd med BVC-läkare."),
  ], setting="barnhälsovård")],
  must_not=[("NL202", "n1")],
  why="Skåne: child concern documented in the filtered template Oro för att barn far illa.")

C("pmo-tabelund-hubs-i-besoksanteckning", "skane", P("2016-09-12", "273"),
  [N("n1", "PMO", "Besöksanteckning", "vc_tabelund", "Anna-Karin Ström", "läkare", "2024-01-31 13:00", [
      ("Kontaktorsak", "Hälsoundersökning på begäran av socialnämnden inför placering i familjehem."),
      ("Anamnes", "Pojken har varit placerad i jourhem sedan december. Uppgifter om tidigare vård från BVC och skolhälsovård inhämtade. Vaccinerad enligt program."),
      ("Status", "Längd och vikt följer kurvan. Hjärta, lungor och buk ua. Karies i två mjölktänder enligt tandläkare."),
      ("Bedömning", "Frisk pojke med eftersatt tandvård och viss sömnstörning."),
      ("Åtgärd", "Utlåtande till socialnämnden skickat. Remiss till BUP för bedömning av psykisk hälsa."),
  ], setting="primärvård")],
  must=[("NL203", "n1")],
  why="A HUBS examination documented in an ordinary visible template instead of the HUBS template.")

C("pmo-simrishamn-hubs-mallen", "skane", P("2013-06-03", "442"),
  [N("n1", "PMO", "Hälsoundersökning på begäran av socialnämnd (HUBS)", "vc_simrishamn", "Lars-Erik Blom", "läkare", "2024-02-02 10:30", [
      ("Anamnes", "Flickan har bott hos mormor sedan i höstas. Socialnämnden har begärt hälsoundersökning inför placering i familjehem. Tidigare journaler från Malmö och Ystad genomgångna."),
      ("Status", "Tunn men inom normalkurvan. Har astma och behöver inhalator dagligen men har inte fått medicinen regelbundet. Ärr efter gamla brännskador på vä underarm."),
      ("Psykisk hälsa", "Ledsen, oroar sig för sin yngre bror. Sover dåligt."),
      ("Åtgärd", "Astmamedicin förnyad. Utlåtande till socialnämnden. Remiss till barn- och ungdomspsykiatrin."),
  ], setting="primärvård")],
  must_not=[("NL203", "n1")],
  why="HUBS documented in its own filtered template.")

C("pmo-lindeborg-sparkad-av-maken-synlig", "skane", P("1983-12-30", "608"),
  [N("n1", "PMO", "Besöksanteckning", "vc_lindeborg", "Simon Axelsson", "läkare", "2024-02-01 16:05", [
      ("Kontaktorsak", "Smärta i revbenen vä sida."),
      ("Anamnes", "Pat berättar att hennes man sparkade henne när hon låg på golvet i lördags. Han har slagit henne tidigare men aldrig så här hårt."),
      ("Status", "Palpationsöm över costae 7–9 vä, hematom 5 x 6 cm. Lungor ua."),
      ("Bedömning", "Revbenskontusion vä efter misshandel."),
      ("Åtgärd", "Lungröntgen. Kurator bokad imorgon. Information om kvinnojouren och polisanmälan lämnad."),
  ], setting="primärvård")],
  must=[("NL201", "n1")],
  why="PMO text is visible: partner violence in a Besöksanteckning instead of Våld i nära relationer.")

C("pmo-nasby-tidiga-hypoteser-alkohol", "skane", P("1966-01-20", "173"),
  [N("n1", "PMO", "Tidiga hypoteser", "vc_nasby", "Olle Bengtsson", "läkare", "2024-02-02 11:30", [
      ("Hypotes", "Upprepade leverprovsstegringar (GT 4,2), makrocytos och skador efter fall gör att alkoholberoende bör misstänkas, trots att pat uppger lågt intag. Tas upp med pat vid nästa besök när PEth-svaret finns."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="Proper use of Tidiga hypoteser in PMO: a real, not yet discussed hypothesis.")

C("pmo-hoor-hembesok-misstankt-pnemoni-typo", "skane", P("1933-08-08", "228"),
  [N("n1", "PMO", "Hembesök", "hsv_hoor", "Kajsa Fors", "sjuksköterska", "2024-01-30 15:10", [
      ("Aktuellt", "Hembesök, pat har hostat sedan helgen och är tröttare än vanligt."),
      ("Status", "Temp 38,2, AF 26, sat 91 %. Rosslig andning."),
      ("Bedömning", "Misstänkt pnemoni."),
      ("Åtgärd", "Kontakt med husläkaren som gör hembesök under eftermiddagen. CRP taget patientnära: 118."),
  ], setting="hemsjukvård")],
  must_not=[("NL102", "n1")],
  why="Typo 'pnemoni' in a hedged diagnosis in PMO home care: still not NL102.")

C("pmo-trelleborg-um-kurator-nedstamdhet", "skane", P("2006-12-04", "457"),
  [N("n1", "PMO", "Besöksanteckning", "um_tbg", "Alva Rydberg", "kurator", "2024-01-31 15:00", [
      ("Kontaktorsak", "Kommer på egen hand, känner sig nere sedan jullovet."),
      ("Samtal", "Berättar om konflikter hemma och att han har svårt att somna. Spelar datorspel till sent på natten. Träffar kompisar i skolan men inte på fritiden."),
      ("Bedömning", "Nedstämdhet av lindrig grad. Inga tecken på självskadebeteende, inga självmordstankar."),
      ("Planering", "Tre stödsamtal. Sömnråd. Ny tid om två veckor."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="Youth-clinic counsellor note with negated self-harm, nothing hedged.")

C("pmo-simrishamn-sinuit-fragetecken-utkast", "skane", P("1972-09-19", "646"),
  [N("n1", "PMO", "Besöksanteckning", "vc_simrishamn", "Lars-Erik Blom", "läkare", "2024-02-02 15:45", [
      ("Kontaktorsak", "Täppt näsa och tryck över kinderna i tio dagar."),
      ("Status", "Ömhet över hö maxillarsinus. Purulent sekret i hö näsgång. Afebril."),
      ("Bedömning", "Bakteriell sinuit?"),
      ("Åtgärd", "PcV 1,6 g x 3 i 10 dagar. Nässpray med kortison."),
  ], setting="primärvård", signed=None)],
  must_not=[("NL102", "n1")],
  why="Unsigned PMO draft with 'sinuit?': PMO never shows diagnoses.")

# ---------------------------------------------------------------- psychiatry
C("psyk-landskrona-misstankt-adhd-nybesok", "skane", P("1995-06-11", "240"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_ldk", "Mattias Ohlsson", "läkare", "2024-01-29 10:00", [
      ("Kontaktorsak", "Nybesök på egen remiss, koncentrationssvårigheter sedan skoltiden."),
      ("Anamnes", "Har bytt arbete fyra gånger på fem år. Beskriver att hon tappar bort saker, glömmer möten och blir rastlös på långa möten. Mamma har berättat att hon var en virvelvind som barn. Ingen missbruksanamnes."),
      ("Psykiskt status", "Vaken, orienterad. Pratar snabbt, byter ämne ofta men går att styra. Stämningsläge neutralt. Inga psykotiska symtom. Förnekar suicidtankar."),
      ("Bedömning", "Misstänt ADHD, utredning bör göras. Differentialdiagnostiskt behöver affektiv sjukdom beaktas."),
      ("Planering", "ASRS och DIVA skickas hem. Remiss till neuropsykologisk utredning. Anhörigintervju med mamma bokas."),
  ])],
  must=[("NL102", "n1")],
  why="Adult psychiatry (Skåne Melior): typo 'Misstänt ADHD' in a visible Bedömning.")

C("psyk-su-psykolog-kbt-session-utan-anmarkning", "vgr", P("1990-03-02", "515"),
  [N("n1", "Melior", "Psykologanteckning", "psyk_aff_su", "Johanna Lindgren", "psykolog", "2024-01-30 13:00", [
      ("Kontaktorsak", "Behandlingssession 4 av 12, KBT vid depression."),
      ("Samtal", "Genomgång av aktivitetsschemat. Pat har promenerat tre gånger i veckan och träffat en vän, vilket han upplevde som positivt. Arbetat med att identifiera negativa automatiska tankar kring arbetet."),
      ("Skattning", "MADRS-S 18 (vid start 26)."),
      ("Planering", "Hemuppgift: fortsatt aktivitetsregistrering samt tankedagbok. Nästa session om en vecka."),
  ])],
  must_not=[("NL102", "n1")],
  why="Plain psychologist session note, nothing hedged.")

C("psyk-malmo-heldygn-trol-schizofreniform-psykos", "skane", P("2002-02-20", "299"),
  [N("n1", "Melior", "Inskrivningsanteckning", "psyk_avd_mas", "Aleksandra Nowak", "läkare", "2024-01-30 22:40", [
      ("Inkomstorsak", "Förd av polis efter att ha uppträtt förvirrat i en trappuppgång, hörde röster som uppmanade honom att gömma sig."),
      ("Anamnes", "Enligt mamma har han isolerat sig sedan i höstas och slutat på sitt arbete. Röker cannabis dagligen sedan ett år."),
      ("Psykiskt status", "Misstänksam, svarar kortfattat. Tankemässigt ostrukturerad. Uppger att grannarna övervakar honom via elnätet. Förnekar suicidtankar."),
      ("Lab", "Drogscreening: positiv för THC."),
      ("Bedömning", "Psykotiskt insjuknande, trol. schizofreniform psykos, DD cannabisutlöst psykos."),
      ("Planering", "Vårdas enligt LPT. Olanzapin 5 mg till natten. Ny drogscreening om en vecka."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL102", "n1")],
  why="Psychiatric inpatient note (shown after the 28-day delay): 'trol.' psychosis with a DD in view.")

C("psyk-ostra-tidiga-hypoteser-personlighetssyndrom", "vgr", P("1998-09-25", "628"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_avd_ostra", "Gabriel Nyberg", "läkare", "2024-01-31 14:20", [
      ("Aktuellt", "Inlagd efter överdos av paracetamol i samband med relationsuppbrott, tredje inläggningen på ett år."),
      ("Psykiskt status", "Lugn idag, samarbetar. Ångest 6/10. Förnekar aktuella suicidtankar men kan inte garantera sin säkerhet efter utskrivning."),
      ("Bedömning", "Självskadehandling med läkemedel, somatiskt återställd."),
      ("Planering", "Kvarstannar frivilligt över helgen. Kontakt med öppenvården inför utskrivning."),
      ("Tidiga hypoteser", "Återkommande kriser i relationer, impulsivitet och självskada gör att emotionellt instabilt personlighetssyndrom kan övervägas. För tidigt att diskutera med pat i nuvarande krisläge; bör bedömas i öppenvården efter strukturerad intervju."),
  ], setting="psykiatrisk heldygnsvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="VGR: the hedged personality-disorder hypothesis sits under the hidden sökord Tidiga hypoteser.")

C("bup-helsingborg-misstankt-autism-10-aring", "skane", P("2013-10-02", "414"),
  [N("n1", "Melior", "Psykologanteckning", "bup_hbg", "Linda Åkesson", "psykolog", "2024-01-31 10:00", [
      ("Kontaktorsak", "Första besök med pojken och båda föräldrarna efter remiss från elevhälsan."),
      ("Anamnes", "Enligt föräldrarna har han sedan förskolan haft svårt med kamratrelationer, fastnar i intressen (tåg och tidtabeller) och får utbrott vid förändringar i rutiner. Språkutvecklingen var normal."),
      ("Observation", "Undviker ögonkontakt, berättar sakligt och detaljerat om Öresundstågen. Svårt att växla ämne."),
      ("Bedömning", "Misstänkt autismspektrumtillstånd. Samsjuklighet med ADHD kan inte uteslutas."),
      ("Planering", "NPF-utredning med ADOS-2 och kognitiv bedömning. Skolobservation i februari."),
  ])],
  must=[("NL102", "n1")],
  why="BUP Skåne, 10-year-old (guardians read): a suspected autism diagnosis in a visible section.")

C("bup-lund-tidiga-hypoteser-anorexi-16-aring", "skane", P("2007-04-16", "346"),
  [N("n1", "Melior", "Tidiga hypoteser", "bup_avd_lund", "Per-Ola Ivarsson", "läkare", "2024-02-01 12:00", [
      ("Hypotes", "Restriktivt ätande, mycket träning och viktnedgång på 9 kg sedan i höstas gör att anorexia nervosa bör misstänkas. Flickan beskriver själv sina besvär som magont och förnekar rädsla för viktuppgång; hypotesen tas upp efter nästa vägning och samtal med familjen."),
  ], setting="psykiatrisk heldygnsvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1"), ("NL101", "n1")],
  why="Skåne: an untold eating-disorder hypothesis in the Tidiga hypoteser template, correctly hidden.")

C("psyk-su-akut-anpassningsstorning-separation", "vgr", P("1977-05-19", "350"),
  [N("n1", "Melior", "Akutanteckning", "psyk_akut_su", "Ebba Sundqvist", "läkare", "2024-02-01 23:15", [
      ("Kontaktorsak", "Söker med ångest och sömnlöshet efter att sambon lämnade honom för en vecka sedan."),
      ("Psykiskt status", "Ledsen, gråter under samtalet. Orienterad. Inga psykotiska symtom. Har haft tankar på att inte orka men inga planer, tar avstånd från suicid med hänvisning till sina barn."),
      ("Suicidriskbedömning", "Låg akut risk. Skyddande faktorer: barnen, arbetet, en stödjande bror."),
      ("Bedömning", "Anpassningsstörning efter separation."),
      ("Åtgärd", "Propavan 25 mg till natten i en vecka. Kontakt med vårdcentralens psykosociala team. Brodern hämtar honom."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Psychiatric ED note with a certain diagnosis and negated psychotic symptoms.")

C("psyk-nal-litiumkontroll-bipolar-kand", "vgr", P("1970-01-27", "282"),
  [N("n1", "Melior", "Sjuksköterskeanteckning", "psyk_nal", "Stina Mellberg", "sjuksköterska", "2024-02-02 09:30", [
      ("Kontaktorsak", "Litiumkontroll."),
      ("Aktuellt", "Bipolär sjukdom typ I sedan 2015, stabil på litium. Sover bra, arbetar heltid. Ingen tremor eller ökad törst."),
      ("Lab", "S-litium 0,7 mmol/l. Krea 71. TSH 2,1."),
      ("Åtgärd", "Oförändrad dos. Receptförnyelse via läkare."),
      ("Planering", "Nästa provtagning om tre månader."),
  ])],
  must_not=[("NL102", "n1")],
  why="A long-known, certain diagnosis in a routine nurse check.")

C("psyk-lund-bipolar-ii-ej-kommunicerad", "skane", P("1987-08-30", "173"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_lund", "Karolina Wendt", "läkare", "2024-02-01 15:00", [
      ("Aktuellt", "Genomgång av utredningen efter perioder av sänkt stämningsläge och minst två hypomana episoder enligt livsdiagram och hustruns beskrivning."),
      ("Bedömning", "Bedömer att kriterierna för bipolär sjukdom typ II är uppfyllda."),
      ("Information", "Diagnosen har ännu inte kommunicerats med patienten. Tas upp vid nästa besök den 8/2 tillsammans med behandlande sjuksköterska, så att tid finns för frågor om behandling."),
      ("Planering", "Lamotrigin diskuteras vid besöket."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="A settled psychiatric diagnosis written visibly before it has been communicated.")

C("psyk-su-tidiga-hypoteser-faststalld-och-meddelad", "vgr", P("1992-11-09", "548"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_aff_su", "Adam Rydén", "läkare", "2024-02-02 10:45", [
      ("Aktuellt", "Återbesök efter avslutad utredning med livsdiagram och anhörigintervju. Mår stabilt, sover 7 timmar per natt."),
      ("Planering", "Lamotrigin insätts med långsam upptrappning enligt skriftligt schema. Återbesök om sex veckor."),
      ("Tidiga hypoteser", "Bipolär sjukdom typ II bedöms nu fastställd. Pat informerades om diagnosen vid dagens besök och fick skriftlig information."),
  ])],
  must=[("NL104", "n1")], must_not=[("NL101", "n1")],
  why="Tidiga hypoteser holds a diagnosis that is both settled and already told to the patient.")

C("psyk-landskrona-tidiga-hypoteser-bara-praktiskt", "skane", P("1985-02-02", "421"),
  [N("n1", "Melior", "Tidiga hypoteser", "psyk_ldk", "Petra Holm", "sjuksköterska", "2024-01-31 11:20", [
      ("Anteckning", "Pat vill helst bli kallad med sms och inte brev. Har svårt att komma till mottagningen på tisdagar pga arbetstider."),
  ])],
  must=[("NL104", "n1")],
  why="A Tidiga hypoteser entry holding only practical booking wishes, no hypothesis at all.")

C("psyk-ostra-systern-ringer-hot-synligt", "vgr", P("1981-06-28", "458"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_avd_ostra", "Gabriel Nyberg", "läkare", "2024-02-02 17:30", [
      ("Aktuellt", "Tredje vårddygnet, fortsatt paranoid och irritabel."),
      ("Telefonsamtal", "Pat:s syster ringde på eftermiddagen. Hon berättade att pat före inläggningen hotat att döda sin f.d. sambo och att han har ett jaktgevär hemma hos en kompis. Systern är rädd för vad pat gör om han får veta att hon har ringt och vill inte att det framkommer."),
      ("Bedömning", "Ökad risk för våld mot tredje person vid utskrivning."),
      ("Planering", "Polisen informeras om vapeninnehavet via chefsöverläkare. Fortsatt vård enligt LPT."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL204", "n1")],
  why="VGR: a relative's report of threats, which could harm her, written in a visible section.")

C("psyk-nal-tredje-person-sokord-dotter", "vgr", P("1976-10-12", "497"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_nal", "Ulrika Hjelm", "läkare", "2024-01-30 16:10", [
      ("Aktuellt", "Återbesök, pat uppger att han mår bättre på nuvarande medicinering och sover bättre."),
      ("Bedömning", "Stabil. Fortsatt behandling med sertralin."),
      ("Tredje person", "Pat:s vuxna dotter ringde före besöket och berättade att pat vid ett par tillfällen i januari hotat grannen med kniv när han druckit. Hon vill inte att pat får veta att uppgiften kommer från henne, då hon är rädd för honom."),
  ])],
  must_not=[("NL204", "n1"), ("NL206", "n1")],
  why="VGR: third-party information correctly placed under the filtered sökord Tredje person.")

C("psyk-malmo-akut-paniksyndrom-inga-tecken-psykos", "skane", P("1999-12-07", "626"),
  [N("n1", "Melior", "Akutanteckning", "psyk_akut_mas", "Jonathan Bauer", "läkare", "2024-02-03 02:30", [
      ("Kontaktorsak", "Hjärtklappning, andnöd och dödsångest i natt, tredje gången på två veckor."),
      ("Anamnes", "Attackerna kommer plötsligt och varar 10–20 minuter. Undviker nu att åka buss. Somatiskt utredd på medicinakuten i januari med normalt EKG och normala blodprover."),
      ("Psykiskt status", "Orolig men god kontakt. Inga tecken på psykos eller mani. Förnekar suicidtankar."),
      ("Bedömning", "Paniksyndrom med begynnande agorafobi."),
      ("Åtgärd", "Psykoedukation om panikattacker. Remiss till psykiatrimottagningen för KBT. Sertralin diskuterat, pat vill avvakta."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: negated psychosis/mania and a certain anxiety diagnosis.")

C("psyk-malmo-heldygn-barn-ensamma-orosanmalan", "skane", P("1990-07-01", "204"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_avd_mas", "Aleksandra Nowak", "läkare", "2024-02-01 14:10", [
      ("Aktuellt", "Inlagd för alkoholabstinens."),
      ("Samtal", "Pat berättar att hon under januari vid flera tillfällen lämnat sina barn, 4 och 7 år, ensamma över natten när hon gått ut och druckit. Den äldsta har då gett den yngsta mat."),
      ("Åtgärd", "Orosanmälan till socialtjänsten i Malmö gjord idag. Pat informerad om anmälan."),
      ("Planering", "Fortsatt abstinensbehandling enligt schema."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL202", "n1")],
  why="Adult psychiatry note: neglected children and a report to social services in a visible section.")

C("psyk-lund-depression-mamma-trol-bipolar", "skane", P("1974-03-23", "766"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_lund", "Nils Grahn", "läkare", "2024-01-29 13:40", [
      ("Aktuellt", "Återbesök, recidiverande depression. Har mått sämre sedan november, sover dåligt och har svårt att ta sig för saker."),
      ("Hereditet", "Mamma hade trol. bipolär sjukdom men blev aldrig utredd. Morbror tog sitt liv 1990."),
      ("Status", "Sänkt stämningsläge, psykomotoriskt långsam. MADRS 24. Inga suicidplaner."),
      ("Bedömning", "Recidiverande depression, nuvarande episod måttlig."),
      ("Planering", "Höjer escitalopram till 20 mg. Ljusterapi prövas under vintern. Återbesök om fyra veckor."),
  ])],
  must_not=[("NL102", "n1")],
  why="Near miss: 'trol. bipolär' is the mother's (family history), the patient's diagnosis is certain.")

C("psyk-landskrona-adhd-far-inte-meddelas-fore-aterkoppling", "skane", P("1996-05-05", "193"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_ldk", "Mattias Ohlsson", "läkare", "2024-02-02 12:15", [
      ("Aktuellt", "Sammanställning av neuropsykologisk utredning inför teamkonferens."),
      ("Resultat", "Testningen och anamnesen visar ADHD, kombinerad form, samt dyslexi."),
      ("Information", "Enligt teamets beslut ska diagnoserna inte meddelas pat förrän de presenterats av psykolog vid återgivningssamtalet den 14/2."),
  ], signed=None)],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="'ska inte meddelas pat förrän' – diagnoses in view that must not be told yet.")

C("psyk-ostra-delirium-kan-inte-uteslutas", "vgr", P("1956-11-21", "311"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_avd_ostra", "Linn Bergqvist", "läkare", "2024-01-29 11:00", [
      ("Aktuellt", "67-årig man inlagd igår med nydebuterade hallucinationer och oro. Ingen tidigare psykiatrisk sjukdom."),
      ("Status", "Fluktuerande uppmärksamhet, desorienterad till tid. Plockar i luften."),
      ("Bedömning", "Delirium kan inte uteslutas, en organisk orsak måste utredas innan psykiatrisk diagnos ställs."),
      ("Planering", "Medicinkonsult, blodprover inkl. elektrolyter och B12, DT hjärna."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL102", "n1")],
  why="'Delirium kan inte uteslutas' in a visible psychiatric inpatient note.")

C("psyk-nal-sannolkit-ptsd-typo-utkast", "vgr", P("1989-01-15", "280"),
  [N("n1", "Melior", "Läkaranteckning", "psyk_nal", "Ulrika Hjelm", "läkare", "2024-02-02 15:40", [
      ("Kontaktorsak", "Remiss från vårdcentralen, mardrömmar och påträngande minnen efter trafikolycka i oktober."),
      ("Anamnes", "Var passagerare när bilen voltade på E6 i halka. Undviker att åka bil, får hjärtklappning av bromsljud. Sover 3–4 timmar per natt."),
      ("Bedömning", "Sannolkit posttraumatiskt stressyndrom."),
      ("Planering", "PCL-5 skickas. Traumafokuserad KBT via psykolog."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="Unsigned draft with typo 'Sannolkit' hedging PTSD in a visible section.")

C("psyk-su-telefon-ev-dosjustering", "vgr", P("1983-06-17", "522"),
  [N("n1", "Melior", "Telefonanteckning", "psyk_aff_su", "Stefan Krantz", "sjuksköterska", "2024-01-31 08:50", [
      ("Kontaktorsak", "Pat ringer, mår sämre sedan december med trötthet och ökat sömnbehov, som tidigare vintrar."),
      ("Bedömning", "Känd recidiverande depression med säsongsmönster. Inga suicidtankar. Ev. dosjustering av bupropion diskuteras med ansvarig läkare."),
      ("Åtgärd", "Läkartid bokad 6/2. Påmind om ljusterapilampan hon har hemma."),
  ])],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ev.' hedges a dose change; the depression is known and certain.")

# ---------------------------------------------------------------- oncology, haematology, palliative care
C("onk-lund-axillrecidiv-pad-ej-besked", "skane", P("1964-08-08", "468"),
  [N("n1", "Melior", "Läkaranteckning", "onk_lund", "Eva Lindahl", "läkare", "2024-01-29 14:30", [
      ("Bakgrund", "Bröstcancer vä 2019, opererad med sektorresektion och sentinel node, därefter strålbehandling och endokrin behandling med tamoxifen."),
      ("Aktuellt", "Knöl i vä axill upptäckt av pat i december. Finnålspunktion gjord 24/1."),
      ("PAD", "Metastas av duktal bröstcancer, ER-positiv, HER2-negativ."),
      ("Bedömning", "Regionalt recidiv av bröstcancer i vä axill."),
      ("Information", "Pat är ännu inte inforemrad om PAD-svaret. Besked lämnas av undertecknad vid besök på måndag, kontaktsjuksköterska deltar."),
      ("Planering", "DT thorax-buk och skelettscint före besöket. Diskuteras på bröst-MDK torsdag."),
  ])],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="Typo 'inforemrad': a verified recurrence is in view while the patient has not been informed.")

C("onk-jub-progress-informerad-med-maken", "vgr", P("1958-04-27", "246"),
  [N("n1", "Melior", "Läkaranteckning", "onk_jub", "Jens Malmqvist", "läkare", "2024-01-30 10:30", [
      ("Kontaktorsak", "Återbesök med DT-svar efter fyra cykler karboplatin-paklitaxel."),
      ("Röntgen", "DT thorax-buk: progress med nytillkomna lungmetastaser bilat, oförändrad peritoneal karcinos."),
      ("Bedömning", "Ovarialcancer stadium IIIC med progress under första linjens behandling."),
      ("Information", "Pat informerad om progressen vid dagens besök tillsammans med maken. Hon var förberedd efter att ha känt sig sämre. Vi diskuterade att målet med behandlingen nu är att bromsa sjukdomen."),
      ("Planering", "Byte till andra linjens behandling med liposomalt doxorubicin. Kontaktsjuksköterskan ringer på fredag."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: bad news written visibly after the patient was told.")

C("onk-mas-kontaktssk-illamaende-efter-kur", "skane", P("1969-01-30", "117"),
  [N("n1", "Melior", "Telefonanteckning", "onk_mas", "Malin Åberg", "sjuksköterska", "2024-01-31 09:15", [
      ("Kontaktorsak", "Pat ringer dag 3 efter FOLFOX-kur, illamående och har kräkts två gånger i morse."),
      ("Bedömning", "Klarar att dricka, kissar som vanligt. Afebril. Har inte tagit ondansetron sedan igår."),
      ("Åtgärd", "Uppmanad att ta ondansetron regelbundet enligt schemat tre dagar till samt Postafen vid behov. Ringer igen imorgon om ingen förbättring."),
  ])],
  must_not=[("NL102", "n1")],
  why="Plain contact-nurse phone note about side effects.")

C("onk-boras-misstankt-hjarnmetastasering", "vgr", P("1955-10-31", "455"),
  [N("n1", "Melior", "Läkaranteckning", "onk_boras", "Ann-Sofie Wikström", "läkare", "2024-01-31 13:50", [
      ("Bakgrund", "Icke-småcellig lungcancer stadium IV, behandlas med pembrolizumab sedan oktober."),
      ("Aktuellt", "Hustrun ringde i morse, han har varit förvirrad och haft svårt att hitta ord sedan två dagar. Huvudvärk på morgnarna."),
      ("Status", "Ordletningsproblem, lätt pares i hö hand."),
      ("Bedömning", "Misstänkt hjärnmetastasering."),
      ("Planering", "Betapred 8 mg x 2. MR hjärna med akutprioritet imorgon. Pat och hustrun informerade om varför undersökningen görs."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="'Misstänkt hjärnmetastasering' in view; the patient was told why the MRI is done.")

C("onk-lund-tidiga-hypoteser-oklara-leverforandringar", "skane", P("1950-06-15", "132"),
  [N("n1", "Melior", "Tidiga hypoteser", "onk_lund", "Oskar Engdahl", "läkare", "2024-02-01 16:40", [
      ("Hypotes", "Ultraljud inför port-a-cath visade två oklara förändringar i levern som kan vara metastaser. Ej verifierat; DT buk görs på tisdag och pat informeras först när svaret finns och kan tolkas."),
  ])],
  must_not=[("NL102", "n1"), ("NL101", "n1"), ("NL104", "n1")],
  why="Skåne: an unverified metastasis hypothesis kept in the Tidiga hypoteser template.")

C("onk-jub-tidiga-hypoteser-skelettmetastaser-redan-beskedade", "vgr", P("1946-02-10", "398"),
  [N("n1", "Melior", "Läkaranteckning", "onk_jub", "Sofie Gran", "läkare", "2024-02-01 11:20", [
      ("Kontaktorsak", "Besök för besked om skelettscintigrafi."),
      ("Planering", "Zoledronsyra var 12:e vecka. Strålbehandling mot smärtande kota Th10 diskuteras med strålonkolog."),
      ("Tidiga hypoteser", "Skelettscintigrafin bekräftar skelettmetastaser i bäcken och bröstrygg. Pat och hans dotter har fått beskedet vid dagens besök."),
  ])],
  must=[("NL104", "n1")], must_not=[("NL101", "n1")],
  why="Tidiga hypoteser misused for a confirmed diagnosis the patient has already been given.")

C("onk-mas-skelettmetastaser-besked-imorgon", "skane", P("1948-12-04", "219"),
  [N("n1", "Melior", "Läkaranteckning", "onk_mas", "Thomas Rask", "läkare", "2024-02-02 15:30", [
      ("Bakgrund", "Prostatacancer, strålbehandlad 2020, stigande PSA sedan hösten (nu 38)."),
      ("Röntgen", "Skelettscintigrafi 1/2: multipla skelettmetastaser i ryggraden, bäckenet och revbenen."),
      ("Bedömning", "Metastaserad prostatacancer."),
      ("Information", "Pat har inte fått besked ännu. Han informeras av ansvarig onkolog vid besök imorgon; sjuksköterskan har bokat tiden per telefon utan att nämna svaret."),
      ("Planering", "Start av androgendeprivation diskuteras vid besöket."),
  ])],
  must=[("NL101", "n1")],
  why="Visible metastatic diagnosis while 'Pat har inte fått besked ännu'.")

C("onk-boras-recidiv-informerad-barnen-ej", "vgr", P("1972-03-14", "564"),
  [N("n1", "Melior", "Läkaranteckning", "onk_boras", "Marcus Eliasson", "läkare", "2024-02-02 09:45", [
      ("Aktuellt", "Besök för svar på PET-DT efter avslutad primärbehandling för cervixcancer."),
      ("Röntgen", "PET-DT: nytillkomna upptag i paraaortala lymfkörtlar."),
      ("Bedömning", "Lymfkörtelrecidiv av cervixcancer."),
      ("Information", "Pat informerad om recidivet. Hon vill inte att barnen, 14 och 17 år, informeras förrän efter nästa behandlingsbeslut och ber oss att inte nämna det om de följer med på besök."),
      ("Planering", "Gyn-onkologisk MDK 7/2. Återbesök därefter."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: the patient was told; only her children are not to be informed.")

C("onk-lund-dietist-stralbehandling-huvud-hals", "skane", P("1961-11-11", "291"),
  [N("n1", "Melior", "Dietistanteckning", "onk_lund", "Anneli Sjöstrand", "dietist", "2024-01-30 14:00", [
      ("Bakgrund", "Huvud-halscancer, strålbehandling vecka 4 av 7. Ont i munnen och svårt att svälja."),
      ("Nutritionsstatus", "Vikt 71 kg, ned 5 kg sedan behandlingsstart. Äter mest soppa och yoghurt."),
      ("Åtgärd", "Näringsdrycker 3 per dag, konsistensanpassad kost. Smärtlindring inför måltid diskuterad med sjuksköterska. PEG tas upp om viktnedgången fortsätter."),
      ("Uppföljning", "Vägning varje vecka i samband med strålbehandlingen."),
  ])],
  must_not=[("NL102", "n1")],
  why="Plain dietitian note in oncology.")

C("asih-su-brytpunktssamtal-hemma", "vgr", P("1939-09-09", "184"),
  [N("n1", "Melior", "Hembesöksanteckning", "asih_su", "Gunnar Thell", "läkare", "2024-02-03 13:00", [
      ("Aktuellt", "Hembesök. Pankreascancer med levermetastaser, inskriven i ASIH sedan december. Tilltagande trötthet, äter nästan ingenting, sover större delen av dygnet."),
      ("Status", "Ikterisk, vaken men trött. Ingen uppenbar smärta i vila. Lätta ödem på fötterna."),
      ("Samtal", "Brytpunktssamtal med pat och sonen. Pat vet att hon är döende och vill vara hemma till slutet. Sonen har fått information om vad som kan hända de sista dagarna."),
      ("Åtgärd", "Vid behovsläkemedel ordinerade i subkutan kvarnål: morfin, midazolam, haloperidol och glykopyrron. Rutinprover sätts ut."),
      ("Planering", "Sjuksköterskebesök två gånger dagligen. Hemtjänsten utökas vid behov."),
  ], setting="hemsjukvård")],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Palliative home visit, diagnosis known and talked through; nothing to flag.")

C("hem-lund-aml-ej-infomerad-typo", "skane", P("1963-05-18", "373"),
  [N("n1", "Melior", "Läkaranteckning", "hem_lund", "Ylva Hansson", "läkare", "2024-01-31 17:20", [
      ("Aktuellt", "Inlagd igår med pancytopeni och feber."),
      ("Lab", "Benmärgsprov i morse: 62 % blaster, flödescytometri visar myeloisk linje."),
      ("Bedömning", "Akut myeloisk leukemi."),
      ("Information", "Pat ej infomerad ännu, då svaret kom efter att han somnat. Samtal med pat och hustrun imorgon kl 9 innan induktionsbehandling planeras."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="Typo 'infomerad': a leukaemia diagnosis in view before the patient is told.")

C("onk-jub-misstankt-immunterapipneumonit", "vgr", P("1967-07-07", "642"),
  [N("n1", "Melior", "Läkaranteckning", "onk_jub", "Sofie Gran", "läkare", "2024-02-02 14:10", [
      ("Bakgrund", "Malignt melanom stadium III, adjuvant nivolumab sedan september."),
      ("Aktuellt", "Torrhosta och andfåddhet vid ansträngning sedan två veckor."),
      ("Röntgen", "DT thorax: bilaterala fläckvisa matglasförändringar."),
      ("Bedömning", "Misstänkt immunterapirelaterad pneumonit, grad 2. Infektion kan inte uteslutas."),
      ("Planering", "Nivolumab pausas. Prednisolon 1 mg/kg. Bronkoskopi med BAL."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="A suspected treatment complication and an unexcluded infection in a visible Bedömning.")

C("onk-mas-provsvar-normala-ej-informerad", "skane", P("1975-02-22", "428"),
  [N("n1", "Melior", "Telefonanteckning", "onk_mas", "Malin Åberg", "sjuksköterska", "2024-02-01 15:40", [
      ("Kontaktorsak", "Uppföljande provtagning inför nästa kur av adjuvant cytostatika för bröstcancer."),
      ("Lab", "Hb 121, LPK 4,8, neutrofiler 2,6, trombocyter 241. Leverprover normala."),
      ("Åtgärd", "Pat ej informerad om provsvaren ännu, nås inte på telefon. Samtliga värden normala och kuren kan ges som planerat på måndag. Ringer igen imorgon förmiddag."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: the untold items are normal lab results, not a new diagnosis.")

C("onk-lund-pad-ej-klart-informerad-om-vantan", "skane", P("1957-12-20", "355"),
  [N("n1", "Melior", "Läkaranteckning", "onk_lund", "Oskar Engdahl", "läkare", "2024-01-29 11:10", [
      ("Aktuellt", "Besök efter px från förstorad lymfkörtel på halsen i förra veckan."),
      ("PAD", "PAD är ännu inte klart, patologen behöver göra kompletterande färgningar."),
      ("Information", "Pat informerad om att svaret dröjer till nästa vecka och att vi då ringer honom. Han förstår och är inte oroligare än vid förra besöket."),
      ("Planering", "Telefontid bokad 6/2."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: no diagnosis exists yet and the patient knows the answer is pending.")

C("onk-boras-ny-straltid-ej-meddelad", "vgr", P("1960-04-04", "486"),
  [N("n1", "Melior", "Sjuksköterskeanteckning", "onk_boras", "Ida Kronqvist", "sjuksköterska", "2024-02-01 10:05", [
      ("Aktuellt", "Bröstcancer hö, postoperativ strålbehandling vecka 2 av 3. Lätt rodnad i huden över strålfältet."),
      ("Åtgärd", "Hudvård med oparfymerad mjukgörande kräm. Instruerad att undvika stramande BH."),
      ("Övrigt", "Behandlingen på fredag flyttas pga service av acceleratorn. Pat ej informerad om den nya tiden ännu, kallelse skickas via 1177 idag."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: 'ej informerad' concerns a new appointment time, not the (known) diagnosis.")

C("palliativ-lidkoping-trol-hyperkalcemi-hembesok", "vgr", P("1944-01-26", "172"),
  [N("n1", "Melior", "Hembesöksanteckning", "palliativ_skas", "Per Sandgren", "läkare", "2024-02-04 11:30", [
      ("Aktuellt", "Hembesök på begäran av hustrun. Myelom sedan 2021, palliativ inriktning sedan december. Senaste dygnen ökande trötthet, förstoppning och förvirring."),
      ("Status", "Torr i munnen, desorienterad till tid. Ingen feber."),
      ("Bedömning", "Trol. hyperkalcemi, DD opioidbiverkan."),
      ("Åtgärd", "Kalcium och krea tas och skickas med budbil. Subkutan vätska 1 liter. Morfindosen minskas."),
  ], setting="hemsjukvård")],
  must=[("NL102", "n1")],
  why="Specialised home care in Melior: 'Trol. hyperkalcemi' with a DD in view.")

C("hem-lund-myelom-hypotes-sedan-besked", "skane", P("1952-09-29", "506"),
  [N("n1", "Melior", "Tidiga hypoteser", "hem_lund", "Ylva Hansson", "läkare", "2024-01-29 16:00", [
      ("Hypotes", "M-komponent IgG 32 g/l, anemi och stansade förändringar i skallbenet gör att myelom är sannolikt. Benmärgsbiopsi tas på onsdag; pat informeras först när diagnosen är säker."),
  ]),
   N("n2", "Melior", "Läkaranteckning", "hem_lund", "Ylva Hansson", "läkare", "2024-02-02 13:30", [
      ("Aktuellt", "Besök för besked efter benmärgsbiopsi."),
      ("PAD", "Benmärg med 40 % monoklonala plasmaceller."),
      ("Bedömning", "Multipelt myelom, ISS stadium II."),
      ("Information", "Pat informerad om diagnosen och om planerad behandling. Hon fick skriftlig information och kontaktsjuksköterskans telefonnummer."),
      ("Planering", "Start av behandling enligt vårdprogrammet nästa vecka."),
  ])],
  must_not=[("NL104", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
  why="Two notes: a proper hidden hypothesis (n1), then the confirmed diagnosis told and visible (n2).")

C("uro-kungalv-prostatacancer-hustrun-ej-informerad", "vgr", P("1953-03-31", "530"),
  [N("n1", "Melior", "Läkaranteckning", "uro_kungalv", "Christoffer Dahl", "läkare", "2024-02-01 15:15", [
      ("Aktuellt", "Besked om PAD efter transrektal biopsi."),
      ("PAD", "Prostatacancer Gleason 4+4, ISUP 4, i 8 av 12 biopsier."),
      ("Information", "Pat fullt informerad och ställer relevanta frågor. Hustrun är inte informerad om diagnosen på pat:s uttryckliga begäran; han vill själv berätta efter hennes operation nästa vecka."),
      ("Planering", "MR prostata och PSMA-PET. Uro-onkologisk MDK därefter."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: the wife is not informed, but the patient is.")

# ---------------------------------------------------------------- children in hospital care
C("barn-dsbus-rs-bronkiolit-spadbarn", "vgr", P("2023-07-22", "151"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_dsbus", "Clara Nordgren", "läkare", "2024-01-29 20:30", [
      ("Kontaktorsak", "Hosta, snuva och ansträngd andning sedan två dagar. Ammar sämre."),
      ("Status", "AF 54, lätta jugulära och subkostala indragningar. Sat 94 %. Pulm: fina krepitationer och pip bilat. Temp 38,0."),
      ("Lab", "RS-snabbtest positivt."),
      ("Bedömning", "Bronkiolit orsakad av RS-virus, måttlig."),
      ("Åtgärd", "Näsavsugning, nasal koksaltlösning. Inläggs på barnavdelning för övervakning av saturation och nutrition, nasogastrisk sond vid behov. Föräldrarna informerade."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Infant with test-verified RSV bronchiolitis: certain diagnosis, nothing to flag.")

C("barn-lund-misstankt-pneumoni-dd-viral-bronkit", "skane", P("2019-11-14", "260"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_lund", "Filip Lund", "läkare", "2024-01-30 17:10", [
      ("Kontaktorsak", "Feber sedan fyra dagar, hosta och trötthet."),
      ("Status", "Temp 39,4, AF 36, sat 95 %. Nedsatta andningsljud hö basalt med enstaka rassel. Pigg mellan febertopparna."),
      ("Lab", "CRP 96."),
      ("Bedömning", "Misstänkt pneumoni i hö nedre lob, DD viral bronkit. Ingen lungröntgen i nuläget."),
      ("Åtgärd", "Amoxicillin mixtur i 7 dagar. Återbesök på VC vid utebliven förbättring efter 48 timmar. Föräldrarna fick skriftlig information om andningsbesvär."),
  ], setting="akutmottagning", signed=None)],
  must=[("NL102", "n1")],
  why="Children's ED (guardians read): 'Misstänkt pneumoni, DD ...' in view.")

C("barn-boras-trolig-celiaki", "vgr", P("2014-08-03", "362"),
  [N("n1", "Melior", "Läkaranteckning", "barn_boras", "Hanna Svärd", "läkare", "2024-01-31 09:30", [
      ("Kontaktorsak", "Nybesök efter remiss från skolsköterskan: magont, lös avföring och dålig viktuppgång."),
      ("Anamnes", "Besvär i ett år. Äter vanlig kost med gluten. Moster har celiaki."),
      ("Status", "Längd på -1 SD, vikt på -2 SD (har fallit från 0 SD). Uppblåst buk. I övrigt ua."),
      ("Lab", "Transglutaminas-IgA 98 (ref < 7), totalt IgA normalt. Hb 108, ferritin 5."),
      ("Bedömning", "Trolig celiaki."),
      ("Planering", "Gastroskopi med duodenalbiopsier i narkos planeras. Glutenfri kost ska inte påbörjas före biopsin, vilket har förklarats för flickan och pappa. Järntillskott insätts."),
  ])],
  must=[("NL102", "n1")],
  why="'Trolig celiaki' in a paediatric outpatient note (the aunt's coeliac disease is family history).")

C("barn-hbg-feberkramp-ingen-misstanke-meningit", "skane", P("2021-12-01", "334"),
  [N("n1", "Melior", "Daganteckning", "barnavd_hbg", "Emil Strandberg", "läkare", "2024-02-01 10:20", [
      ("Aktuellt", "Inlagd över natten efter generaliserat krampanfall i ca 2 minuter vid temp 39,8. Förkyld sedan två dagar."),
      ("Status", "Pigg och lekfull på morgonronden. Ingen nackstyvhet. Normal neurologi."),
      ("Bedömning", "Enkel feberkramp vid övre luftvägsinfektion. Ingen misstanke om meningit."),
      ("Planering", "Hemgång idag. Föräldrarna har fått information om feberkramper och om hur de ska agera vid nytt anfall, inkl. Stesolid rektalt."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: meningitis suspicion negated; febrile seizure certain.")

C("barn-dsbus-typ1-diabetes-familjen-informerad", "vgr", P("2012-10-20", "580"),
  [N("n1", "Melior", "Daganteckning", "barnavd_dsbus", "Julia Ekberg", "läkare", "2024-01-30 14:00", [
      ("Aktuellt", "Dag 2 efter inläggning med ketoacidos. Acidosen hävd under natten, går över till subkutant insulin."),
      ("Lab", "pH 7,36, B-glukos 11. GAD-antikroppar positiva."),
      ("Bedömning", "Nydebuterad typ 1-diabetes med ketoacidos, nu hävd."),
      ("Information", "Elsa och hennes föräldrar informerade om diagnosen av undertecknad och diabetessjuksköterska. De ställde många frågor om skolan och idrotten."),
      ("Planering", "Insulinpump diskuteras längre fram. Undervisning med diabetessjuksköterska dagligen under vårdtiden. Dietist imorgon."),
  ], setting="slutenvård")],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: a new serious diagnosis in view, and child and guardians were informed.")

C("barn-lund-all-foraldrar-ej-informerade", "skane", P("2016-05-24", "253"),
  [N("n1", "Melior", "Läkaranteckning", "barnonk_lund", "Magdalena Roos", "läkare", "2024-02-01 13:05", [
      ("Aktuellt", "Inlagd från barnakuten igår med blåmärken, trötthet och blekhet."),
      ("Lab", "Benmärgsaspirat: 86 % lymfoblaster med B-cellsfenotyp."),
      ("Bedömning", "Akut lymfatisk leukemi, B-prekursor."),
      ("Information", "Föräldrarna är ännu inte informerade om benmärgssvaret. Samtal bokat kl 15 idag med båda föräldrarna, barnonkolog och kontaktsjuksköterska."),
      ("Planering", "Central venkateter läggs imorgon. Behandling enligt ALLTogether-protokollet planeras."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="Child under 13: the guardians, who read the journal, have not been told the leukaemia diagnosis in view.")

C("barn-dsbus-frakturer-misstankt-misshandel-synligt", "vgr", P("2023-09-05", "442"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_dsbus", "Clara Nordgren", "läkare", "2024-02-02 11:40", [
      ("Kontaktorsak", "Föräldrarna söker pga att flickan inte rör vä arm sedan igår."),
      ("Anamnes", "Pappa berättar att hon rullade ner från skötbordet, mamma att hon fastnade med armen i spjälsängen. Ingen tidigare sjukdom."),
      ("Status", "Skyddar vä arm. Två små blåmärken på bröstkorgen. Fontanell ua. Retinala blödningar bilat enligt ögonkonsult."),
      ("Röntgen", "Skelettröntgen: spiralfraktur vä humerus samt läkande revbensfrakturer costae 5–6 hö."),
      ("Bedömning", "Skador som inte förklaras av uppgiven mekanism, misstanke om att barnet utsatts för misshandel."),
      ("Åtgärd", "Barnskyddsteamet konsulterat. Orosanmälan till socialtjänsten gjord, polisen kontaktad. Inläggs."),
  ], setting="akutmottagning")],
  must=[("NL202", "n1")],
  why="VGR: suspected abuse of an infant and a report to social services in visible sections.")

C("barn-dsbus-orosanmalan-sokord-astma", "vgr", P("2017-02-13", "378"),
  [N("n1", "Melior", "Läkaranteckning", "barnavd_dsbus", "Julia Ekberg", "läkare", "2024-02-02 16:20", [
      ("Aktuellt", "Inlagd för astmaanfall, nu förbättrad och klarar sig utan inhalationer nattetid."),
      ("Status", "Pulm: fria andningsljud. Sat 97 %."),
      ("Bedömning", "Akut astmaexacerbation, hävd."),
      ("Planering", "Hemgång imorgon med Flutide och Airomir. Astmasjuksköterska följer upp."),
      ("Orosanmälan gällande barn", "Pojken har enligt journalen missat sju planerade astmakontroller och hämtats ut utan mediciner vid två tidigare tillfällen. Hemmet är enligt skolan kallt och han kommer ofta utan vinterkläder. Orosanmälan till socialtjänsten i Göteborg gjord idag."),
  ], setting="slutenvård")],
  must_not=[("NL202", "n1")],
  why="VGR: the child concern is under the filtered sökord Orosanmälan gällande barn.")

C("barn-lund-fall-fran-sang-ingen-oro", "skane", P("2022-09-09", "275"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_lund", "Filip Lund", "läkare", "2024-02-03 09:15", [
      ("Kontaktorsak", "Föll från föräldrarnas säng, ca 60 cm, ner på trägolv i morse. Grät direkt."),
      ("Status", "Pigg, lekfull, går runt i rummet. Liten svullnad i pannan. Inga andra blåmärken vid avklätt status. Normal neurologi."),
      ("Bedömning", "Lätt skallskada. Skadan stämmer med beskriven mekanism och ålder, ingen oro för att barnet far illa."),
      ("Åtgärd", "Hemgång med information om skallskador hos små barn och väckningsråd."),
  ], setting="akutmottagning")],
  must_not=[("NL202", "n1"), ("NL102", "n1")],
  why="Near miss: a toddler's fall with the concern for harm explicitly negated.")

C("barn-skovde-influensa-b-oroliga-foraldrar", "vgr", P("2018-03-30", "229"),
  [N("n1", "Melior", "Daganteckning", "barnavd_skas", "Oliver Wahl", "läkare", "2024-01-31 11:55", [
      ("Aktuellt", "Inlagd igår med hög feber och nedsatt vätskeintag. Föräldrarna mycket oroliga då hon haft feber över 39 i fyra dagar."),
      ("Lab", "Influensa B påvisad med snabbtest. CRP 18."),
      ("Status", "Piggare idag, dricker själv. Kapillär återfyllnad < 2 s."),
      ("Bedömning", "Influensa B med lätt dehydrering, nu i förbättring."),
      ("Planering", "Hemgång i eftermiddag. Föräldrarnas oro bemöts med information om förväntat förlopp."),
  ], setting="slutenvård")],
  must_not=[("NL202", "n1"), ("NL102", "n1")],
  why="Near miss: parents' worry about fever is not concern that the child is being harmed.")

C("barn-ksd-tidiga-hypoteser-pubertas-praecox", "skane", P("2015-11-23", "466"),
  [N("n1", "Melior", "Tidiga hypoteser", "barnmott_ksd", "Cecilia Rönn", "läkare", "2024-02-01 14:30", [
      ("Hypotes", "Bröstutveckling och längdspurt vid 7,5 års ålder. Central pubertas praecox trolig; en intrakraniell orsak som hypotalamiskt hamartom kan inte uteslutas före MR. Mamma är mycket orolig och har själv nämnt hjärntumör; misstanken tas upp först när MR-svaret finns."),
  ])],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="Skåne child: hedged hypotheses kept in the Tidiga hypoteser template.")

C("barn-dsbus-invagination-foraldrar-informerade", "vgr", P("2022-11-10", "153"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_dsbus", "Ali Mansour", "läkare", "2024-01-31 19:50", [
      ("Kontaktorsak", "Periodiska skrikattacker sedan i eftermiddag, har kräkts tre gånger."),
      ("Status", "Blek under attackerna, lugn däremellan. Palpabel resistens i hö övre kvadranten."),
      ("Röntgen", "Ultraljud buk: ileokolisk invagination."),
      ("Bedömning", "Invagination."),
      ("Åtgärd", "Luftreposition av barnradiolog med lyckat resultat. Föräldrarna informerade om diagnosen och om att återfall kan ske. Observation på barnavdelning över natten."),
  ], setting="akutmottagning")],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Plain paediatric ED note: confirmed diagnosis, guardians informed.")

C("barn-boras-missankt-astma-typo", "vgr", P("2018-06-06", "517"),
  [N("n1", "Melior", "Läkaranteckning", "barn_boras", "Hanna Svärd", "läkare", "2024-02-02 10:40", [
      ("Kontaktorsak", "Återkommande hosta och pip i bröstet vid förkylningar och när han springer i kylan."),
      ("Status", "Pulm: fria andningsljud idag. Lätt eksem i armvecken."),
      ("Bedömning", "Missänkt astma, ansträngnings- och infektionsutlöst."),
      ("Planering", "Airomir med spacer vid behov. Astmasjuksköterska instruerar inhalationsteknik. Återbesök om tre månader, spirometri när han fyllt sex."),
  ])],
  must=[("NL102", "n1")],
  why="Typo 'Missänkt' (misstänkt) before a diagnosis in a visible paediatric note.")

C("barn-lund-mediaotit-inga-tecken-pa-meningit-utan-a", "skane", P("2018-12-28", "480"),
  [N("n1", "Melior", "Akutanteckning", "barnakut_lund", "Sara Paulsson", "läkare", "2024-02-04 22:10", [
      ("Kontaktorsak", "Feber 40 och huvudvärk sedan i eftermiddag, har kräkts en gång."),
      ("Status", "Trött men vaknar och svarar adekvat. Ingen nackstelhet, Kernig neg. Inga petekier. Röd trumhinna hö med buktning."),
      ("Bedömning", "Akut mediaotit hö. Inga tecken pa meningit."),
      ("Åtgärd", "Antipyretika, kåvepenin mixtur 5 dagar. Hemgång, föräldrarna instruerade om varningstecken."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Typo 'pa' (på without å) inside a negation: meningitis is still negated.")

# ---------------------------------------------------------------- specialist outpatient clinics
C("neuro-lund-trol-epileptiskt-anfall", "skane", P("1994-04-09", "137"),
  [N("n1", "Melior", "Läkaranteckning", "neuro_lund", "Jonas Ahlberg", "läkare", "2024-01-30 09:30", [
      ("Kontaktorsak", "Nybesök efter förstagångsanfall på julafton."),
      ("Anamnes", "Vittnen beskriver att han föll ihop, blev stel och ryckte i armar och ben i ca en minut, bet sig i tungan och var förvirrad en halvtimme efteråt. Sov dåligt veckan innan. Ingen alkohol."),
      ("Status", "Neurologiskt utan anmärkning."),
      ("EEG", "Vaken-EEG: enstaka skarpa vågor temporalt vä."),
      ("Bedömning", "Trol. epileptiskt anfall av fokal typ med bilateral spridning."),
      ("Planering", "MR hjärna. Informerad om att han inte får köra bil på sex månader. Återbesök efter MR."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="'Trol. epileptiskt anfall' in a visible neurology note.")

C("neuro-su-parkinson-wearing-off", "vgr", P("1951-09-17", "255"),
  [N("n1", "Melior", "Läkaranteckning", "neuro_su", "Karin Åström", "läkare", "2024-01-31 15:20", [
      ("Aktuellt", "Parkinsons sjukdom sedan 2019. Fått mer off-perioder sista månaden, framför allt på eftermiddagen."),
      ("Status", "Lätt rigiditet vä arm, bradykinesi. Inga dyskinesier."),
      ("Bedömning", "Parkinsons sjukdom med wearing off."),
      ("Åtgärd", "Levodopa fördelas på fem doser i stället för fyra. Fysioterapeut för balansträning."),
      ("Planering", "Parkinsonsjuksköterska ringer om fyra veckor."),
  ])],
  must_not=[("NL102", "n1")],
  why="Plain neurology follow-up, certain long-standing diagnosis.")

C("gastro-su-crohn-fragetecken-avvaktar-pad", "vgr", P("2001-01-03", "342"),
  [N("n1", "Melior", "Läkaranteckning", "gastro_su", "Fredrika Holmqvist", "läkare", "2024-02-01 10:50", [
      ("Kontaktorsak", "Remiss: diarré och buksmärta sedan sommaren, viktnedgång 6 kg."),
      ("Lab", "F-kalprotektin 640. CRP 22. Hb 112."),
      ("Endoskopi", "Koloskopi: normalt kolon, fläckvis rodnad och aftösa sår i terminala ileum."),
      ("Bedömning", "Crohns sjukdom i terminala ileum? Avvaktar PAD."),
      ("Planering", "MR tunntarm. Återbesök när PAD är klart."),
  ])],
  must=[("NL102", "n1")],
  why="A question-marked diagnosis pending histology, visible section.")

C("hud-lund-misstankt-melanom-excision-pat-vet", "skane", P("1969-06-30", "399"),
  [N("n1", "Melior", "Läkaranteckning", "hud_lund", "Anna Sandell", "läkare", "2024-02-02 09:10", [
      ("Kontaktorsak", "Remiss från vårdcentralen för en pigmenterad förändring på ryggen som vuxit."),
      ("Status", "Vä skulderblad: asymmetrisk, oregelbundet pigmenterad förändring 9 x 7 mm. Dermatoskopi: atypiskt pigmentnät och regressionsområde."),
      ("Bedömning", "Misstänkt malignt melanom."),
      ("Åtgärd", "Excision med 2 mm marginal utförd i lokalbedövning. PAD skickat. Pat har fått veta att förändringen ser misstänkt ut och att svar kommer inom två veckor."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="Hedged melanoma in view (NL102) although the patient was told of the suspicion (no NL101).")

C("hud-su-melanom-pad-pat-nas-inte", "vgr", P("1982-03-03", "444"),
  [N("n1", "Melior", "Läkaranteckning", "hud_su", "Petter Wall", "läkare", "2024-02-01 14:40", [
      ("Aktuellt", "PAD inkommit efter excision av pigmentförändring på vä vad 22/1."),
      ("PAD", "Malignt melanom, ytligt spridande, Breslow 1,3 mm, ulceration saknas."),
      ("Bedömning", "Malignt melanom stadium IB, utvidgad excision och portvaktskörtelbiopsi behövs."),
      ("Information", "Pat är inte informerad ännu; har sökt henne på telefon två gånger utan svar. Nytt försök imorgon, annars kallas hon till besök."),
  ], signed=None)],
  must=[("NL101", "n1")],
  why="Confirmed melanoma in view while the patient could not yet be reached and is not informed.")

C("kk-mas-missed-abortion-informerad", "skane", P("1991-08-21", "524"),
  [N("n1", "Melior", "Läkaranteckning", "kk_mas", "Ingela Dahlgren", "läkare", "2024-01-30 11:30", [
      ("Kontaktorsak", "Graviditetsvecka 10+2, lätt blödning sedan igår."),
      ("Ultraljud", "Vaginalt ultraljud: intrauterin fosterkropp med CRL motsvarande v 8+1, ingen hjärtaktivitet."),
      ("Bedömning", "Missed abortion."),
      ("Information", "Pat och hennes partner informerade om fyndet; hon var ledsen men förberedd efter blödningen. Information om behandlingsalternativ given."),
      ("Planering", "Medicinsk behandling med mifepriston idag och misoprostol hemma om två dagar. Kurator erbjuds. Graviditetstest om tre veckor."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Plain gynaecology note: confirmed and communicated.")

C("kk-ostra-tidiga-hypoteser-onskemal-om-lakare", "vgr", P("1997-12-15", "648"),
  [N("n1", "Melior", "Läkaranteckning", "kk_ostra", "Maria Törnqvist", "läkare", "2024-02-02 13:10", [
      ("Kontaktorsak", "Uppföljning efter kejsarsnitt i december. Såret läkt, ingen smärta."),
      ("Status", "Ärret lugnt. Uterus involverad."),
      ("Planering", "Avslutas från specialistmödravården. Preventivmedelsrådgivning via barnmorskemottagningen."),
      ("Tidiga hypoteser", "Pat önskar kvinnlig läkare vid eventuella framtida besök och vill inte bli kallad per brev."),
  ], signed=None)],
  must=[("NL104", "n1")],
  why="The Tidiga hypoteser sökord is used for booking wishes, with no hypothesis in it.")

C("kard-hbg-hjartsvikt-nedsatt-ef-uppfoljning", "skane", P("1949-02-14", "275"),
  [N("n1", "Melior", "Läkaranteckning", "kard_hbg", "Roger Hall", "läkare", "2024-01-31 11:00", [
      ("Aktuellt", "Uppföljning av hjärtsvikt efter inläggning i december."),
      ("UCG", "EF 30 %, dilaterad vänsterkammare, måttlig mitralisinsufficiens."),
      ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, NYHA II. Ischemisk genes efter tidigare infarkt."),
      ("Åtgärd", "Dapagliflozin insätts. Sakubitril/valsartan upptitreras. Hjärtsviktssjuksköterska följer upp kalium och krea om en vecka."),
  ])],
  must_not=[("NL102", "n1")],
  why="Certain cardiology diagnosis, no hedge.")

C("hjart-boras-enkelblind-arm-i-synlig-text", "vgr", P("1957-05-05", "520"),
  [N("n1", "Melior", "Läkaranteckning", "hjart_boras", "Emma Fält", "läkare", "2024-02-01 09:40", [
      ("Aktuellt", "Studiebesök 2 i läkemedelsprövning av nytt lipidsänkande preparat vid familjär hyperkolesterolemi."),
      ("Prövning", "Pat har randomiserats till den aktiva armen. Studien är enkelblind, pat känner inte till sin behandlingsgrupp och ska inte göra det förrän studien avslutats."),
      ("Lab", "LDL 2,1 (från 5,4)."),
      ("Planering", "Nästa studiebesök om fyra veckor."),
  ])],
  must=[("NL205", "n1")],
  why="VGR: single-blind allocation written in an ordinary visible section.")

C("hjart-boras-enkelblind-sokord", "vgr", P("1962-10-26", "419"),
  [N("n1", "Melior", "Läkaranteckning", "hjart_boras", "Emma Fält", "läkare", "2024-01-30 10:15", [
      ("Aktuellt", "Studiebesök 3. Mår bra, inga nya biverkningar. Tar studieläkemedlet enligt anvisning, tablettkontrollen stämmer."),
      ("Status", "BT 128/76, puls 64."),
      ("Enkelblind prövning", "Pat är randomiserad till placeboarmen. Får ej delges pat före studiens avblindning."),
      ("Planering", "Studiebesök 4 om åtta veckor med fasteprover."),
  ])],
  must_not=[("NL205", "n1"), ("NL206", "n1")],
  why="VGR: allocation under the filtered sökord Enkelblind prövning.")

C("kard-hbg-enkelblind-sokord-i-skane", "skane", P("1955-01-19", "158"),
  [N("n1", "Melior", "Läkaranteckning", "kard_hbg", "Roger Hall", "läkare", "2024-02-02 14:00", [
      ("Aktuellt", "Inklusionsbesök i enkelblind prövning av ny antitrombotisk behandling efter PCI."),
      ("Status", "Opåverkad, BT 132/80. EKG sinusrytm."),
      ("Enkelblind prövning", "Randomiserad till experimentarmen med låg dos. Pat ska inte känna till armtillhörigheten."),
      ("Planering", "Studiesjuksköterska ringer om två veckor."),
  ])],
  must=[("NL206", "n1")],
  why="Skåne does not filter the sökord Enkelblind prövning, so the allocation is visible.")

C("lung-udd-astma-mojlig-kol-komponent", "vgr", P("1960-12-12", "240"),
  [N("n1", "Melior", "Läkaranteckning", "lung_udd", "Lars Hellström", "läkare", "2024-02-02 08:50", [
      ("Aktuellt", "Remiss för långvarig andfåddhet. Rökt 30 paketår, slutade 2020. Astma sedan barndomen."),
      ("Spirometri", "FEV1/FVC 0,62 efter bronkdilatation, FEV1 68 % av förväntat. Reversibilitet 9 %."),
      ("Bedömning", "Astma med möjlg KOL-komponent."),
      ("Planering", "Inhalationsbehandling med ICS/LABA i kombination. Ny spirometri och DLCO om tre månader."),
  ])],
  must=[("NL102", "n1")],
  why="Typo 'möjlg' (möjlig) hedging a second diagnosis beside a certain one.")

C("ort-alingsas-gonartros-ev-protes", "vgr", P("1956-07-13", "380"),
  [N("n1", "Melior", "Läkaranteckning", "ort_alingsas", "Viktor Brandt", "läkare", "2024-01-29 14:15", [
      ("Aktuellt", "Remiss för knäsmärta hö, värre sedan hösten. Går 1 km innan hon måste vila."),
      ("Röntgen", "Hö knä: kraftig medial ledspaltsminskning och osteofyter."),
      ("Bedömning", "Gonartros hö, medialt."),
      ("Planering", "Fortsatt artrosskola och träning. Ev. protesoperation om ett år om besvären tilltar, pat sätts inte upp på väntelista nu."),
  ])],
  must_not=[("NL102", "n1")],
  why="Near miss: 'Ev.' hedges a future operation, not the diagnosis.")

C("uro-ksd-misstankt-njurcancer-pat-informerad", "skane", P("1958-09-01", "395"),
  [N("n1", "Melior", "Läkaranteckning", "uro_ksd", "Hans Westberg", "läkare", "2024-01-31 13:20", [
      ("Kontaktorsak", "Nybesök efter DT-fynd i samband med utredning för njursten."),
      ("Röntgen", "DT buk: 3,5 cm kontrastuppladdande solid förändring i hö njures nedre pol."),
      ("Bedömning", "Misstänkt njurcellscancer hö, T1a."),
      ("Information", "Pat informerad om att fyndet är misstänkt för njurcancer och om fortsatt utredning. Han fick kontaktsjuksköterskans nummer."),
      ("Planering", "DT thorax. Diskuteras på uro-MDK för ställningstagande till partiell nefrektomi."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="Hedged cancer in view (NL102); the suspicion was communicated, so no NL101.")

C("neuro-lund-tidiga-hypoteser-pnes", "skane", P("1998-03-18", "522"),
  [N("n1", "Melior", "Tidiga hypoteser", "neuro_lund", "Jonas Ahlberg", "läkare", "2024-02-01 15:10", [
      ("Hypotes", "Anfallssemiologin med slutna ögon, fluktuerande rörelser och gråt efteråt samt normalt EEG vid två tillfällen gör att psykogena icke-epileptiska anfall bör övervägas. Bör verifieras med video-EEG innan det diskuteras med pat, som är övertygad om att hon har epilepsi."),
  ])],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="Skåne: a delicate untold hypothesis correctly in the Tidiga hypoteser template.")

C("gastro-su-hepatit-c-ej-fatt-svaret", "vgr", P("1979-04-22", "191"),
  [N("n1", "Melior", "Läkaranteckning", "gastro_su", "Fredrika Holmqvist", "läkare", "2024-02-02 16:00", [
      ("Aktuellt", "Utredning av förhöjda levervärden."),
      ("Lab", "Anti-HCV positiv, HCV-RNA 2,1 milj IE/ml, genotyp 3a."),
      ("Bedömning", "Kronisk hepatit C."),
      ("Information", "Pat har ännu inte fått provsvaret. Kallas till besök hos hepatitsjuksköterska för besked och smittskyddsinformation nästa vecka."),
      ("Planering", "Fibroscan. Behandling med direktverkande antivirala läkemedel planeras."),
  ])],
  must=[("NL101", "n1")],
  why="A new infectious diagnosis in view before the patient has received the result.")

C("med-ksd-tredje-person-sokord-i-skane", "skane", P("1959-11-05", "334"),
  [N("n1", "Melior", "Läkaranteckning", "med_ksd", "Anton Wiberg", "läkare", "2024-02-02 12:30", [
      ("Aktuellt", "Inlagd för alkoholrelaterad pankreatit, förbättrad."),
      ("Bedömning", "Akut pankreatit, alkoholutlöst, i regress."),
      ("Planering", "Hemgång imorgon. Remiss till beroendemottagningen."),
      ("Tredje person", "Grannen ringde avdelningen och berättade att pat vid flera tillfällen hotat henne när han varit berusad. Hon vill inte att han ska få veta att hon hört av sig."),
  ], setting="slutenvård")],
  must=[("NL206", "n1")],
  why="Skåne does not filter the sökord Tredje person: the neighbour's report is visible.")

C("kk-ostra-valdsutsatthet-sokord", "vgr", P("1994-09-14", "566"),
  [N("n1", "Melior", "Läkaranteckning", "kk_ostra", "Maria Törnqvist", "läkare", "2024-01-31 10:30", [
      ("Kontaktorsak", "Blödning och smärta i underlivet."),
      ("Status", "Ytliga sårskador i vulva, inga tecken på infektion."),
      ("Åtgärd", "STI-prover tagna. Läkande salva. Återbesök om en vecka."),
      ("Våldsutsatthet i nära relationer", "Pat berättar att pojkvännen tvingat henne till samlag upprepade gånger sista månaden och att han slår henne när han är svartsjuk. Information om Kvinnofridslinjen och stödmottagning lämnad. Pat vill inte polisanmäla nu."),
  ])],
  must_not=[("NL201", "n1")],
  why="VGR: partner violence documented only under the filtered sökord.")

C("geri-mol-dottern-slar-pat-synligt", "vgr", P("1934-05-08", "102"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Helena Björklund", "läkare", "2024-02-01 13:20", [
      ("Aktuellt", "Inlagd för fall och blåmärken."),
      ("Anamnes", "Pat berättar i enrum att dottern, som bor hos henne, slår henne och tar hennes pension. Hon är rädd för vad som händer när hon kommer hem."),
      ("Status", "Gamla och nya blåmärken på båda överarmarna i form av fingertryck."),
      ("Åtgärd", "Kurator kontaktad. Socialtjänstens äldreomsorg kontaktad för skyddsbedömning inför utskrivning."),
  ], setting="slutenvård")],
  must=[("NL201", "n1")],
  why="Violence by an adult daughter (a close relationship) against an old woman, visible section.")

# ---------------------------------------------------------------- long notes (300+ words)
C("lang-ksd-epikris-misstankt-lakemedelsutlost-hyponatremi", "skane", P("1939-07-19", "306"),
  [N("n1", "Melior", "Epikris", "med_ksd", "Karl Månsson", "läkare", "2024-02-02 14:00", [
      ("Vårdtid", "2024-01-28 – 2024-02-02, Medicinavdelning 3."),
      ("Inskrivningsorsak", "84-årig kvinna som inkom med yrsel, illamående och två fall i hemmet under veckan före inläggningen. Dottern hade noterat att hon var tröttare och mer glömsk än vanligt."),
      ("Tidigare sjukdomar", "Hypertoni sedan många år. Förmaksflimmer, antikoagulerad med apixaban. Depression, behandlas med sertralin sedan i oktober. Gråstarr opererad bilateralt 2021."),
      ("Socialt", "Änka sedan 2019, bor ensam i lägenhet på andra våningen med hiss i Kristianstad. Dottern bor i närheten och handlar en gång i veckan. Har inte haft hemtjänst tidigare. Promenerar normalt med käpp till affären men har inte vågat gå ut sedan halkan kom i januari."),
      ("Läkemedel vid inkomst", "Apixaban 2,5 mg x 2, hydroklortiazid 25 mg x 1, amlodipin 5 mg x 1, sertralin 50 mg x 1, paracetamol vid behov."),
      ("Status vid inkomst", "AT: blek, trött men orienterad. BT 142/78, puls 76 oregelbunden, temp 36,8. Cor: oregelbunden rytm, inga blåsljud. Pulm: ua. Buk: mjuk, oöm. Neuro: inga fokala bortfall, lätt ostadig i Romberg. Inga ödem."),
      ("Lab vid inkomst", "Na 121, K 3,4, krea 74, glukos 6,2. S-osmolalitet 256. U-osmolalitet 410, U-Na 58. TSH och kortisol normala. Hb 128."),
      ("Förlopp", "Hydroklortiazid och sertralin sattes ut vid inkomsten. Vätskerestriktion 1 liter per dygn. Natrium steg långsamt och kontrollerat till 126 dag 2 och 131 vid utskrivningen. Yrseln och illamåendet gick successivt över. Fysioterapeut bedömde gången som säker med rollator inomhus. Inga nya fall under vårdtiden."),
      ("Omvårdnad", "Klarade personlig hygien med tillsyn vid utskrivningen. Inga trycksår. Vätskelista fördes under hela vårdtiden och vätskerestriktionen följdes väl."),
      ("Bedömning", "Symtomgivande hyponatremi med SIADH-bild. Misstänkt läkemedelsutlöst hyponatremi, där både tiaziden och sertralinet kan ha bidragit."),
      ("Information", "Pat och dottern informerade om orsaken till inläggningen, om utsatta läkemedel och om vikten av att inte dricka stora mängder vatten."),
      ("Läkemedel vid utskrivning", "Apixaban 2,5 mg x 2, amlodipin 10 mg x 1 (höjd dos). Sertralin och hydroklortiazid utsatta."),
      ("Uppföljning", "Natriumkontroll på vårdcentralen om en vecka. Husläkaren tar ställning till annan antidepressiv behandling, t.ex. mirtazapin, om nedstämdheten återkommer. Hemtjänst med tillsyn morgon och kväll beviljad."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="Long discharge summary with one hedged line ('Misstänkt läkemedelsutlöst hyponatremi').")

C("lang-jub-koloncancer-infor-adjuvant-informerad", "vgr", P("1965-02-07", "330"),
  [N("n1", "Melior", "Läkaranteckning", "onk_jub", "Jens Malmqvist", "läkare", "2024-02-01 09:30", [
      ("Kontaktorsak", "Planerat besök inför start av postoperativ cytostatikabehandling."),
      ("Bakgrund", "58-årig man, tidigare frisk bortsett från hypertoni. Sökte i oktober för blod i avföringen och viktnedgång. Koloskopi visade en tumör i sigmoideum. Opererades med laparoskopisk sigmoideumresektion 12 december på Östra sjukhuset utan komplikationer."),
      ("Tidigare sjukdomar", "Hypertoni sedan 2015, behandlas med amlodipin 5 mg. Inga läkemedelsallergier. Ingen tidigare cancersjukdom."),
      ("Socialt", "Gift, två vuxna barn. Arbetar som byggnadsingenjör på ett konsultföretag i Mölndal och planerar att arbeta deltid under behandlingen. Röker inte, dricker alkohol sparsamt vid helger."),
      ("PAD", "Adenocarcinom i sigmoideum, pT3 pN1b (3 av 21 lymfkörtlar med metastas), radikalt opererad, MSS."),
      ("Röntgen", "DT thorax-buk preoperativt och postoperativt: inga tecken på fjärrmetastaser."),
      ("Aktuellt", "Har återhämtat sig väl efter operationen. Promenerar 45 minuter dagligen trots halkan. Äter bra, vikten stabil på 79 kg sedan jul. Normal avföring 1–2 gånger dagligen. Lite stickningar i fingertopparna i kyla, men inga andra neuropatisymtom innan behandlingen startar."),
      ("Status", "AT: gott. WHO-status 0. Buk: läkta operationsärr, mjuk, oöm. Inga förstorade lymfkörtlar. Hjärta och lungor ua."),
      ("Lab", "Hb 134, LPK 6,1, neutrofiler 3,9, trombocyter 288. Krea 82. Leverstatus normalt. CEA 2,1."),
      ("Bedömning", "Koloncancer stadium III, radikalt opererad. Indikation för adjuvant behandling enligt nationellt vårdprogram."),
      ("Information", "Pat och hans fru informerades om att behandlingen syftar till att minska risken för återfall, om förväntade biverkningar med särskild tonvikt på köldkänslighet och nervpåverkan av oxaliplatin, samt om när de ska kontakta avdelningen vid feber. De har fått skriftlig information och kontaktsjuksköterskans direktnummer."),
      ("Planering", "CAPOX i 3 månader, första kuren 6/2. DPYD-genotyp normal. Blodprover före varje kur. Kontaktsjuksköterskan ringer efter första kuren."),
      ("Kontaktsjuksköterska", "Kontaktsjuksköterskan träffade paret efter läkarbesöket och gick igenom praktiska frågor om kapseltabletterna, handhygien, munvård och hur de når avdelningen kvällar och helger. Pat vill gärna ha påminnelser via 1177."),
      ("Fysisk aktivitet", "Rekommenderas fortsätta med dagliga promenader och gärna styrketräning två gånger i veckan under behandlingen, vilket pat redan planerat tillsammans med sin fru. Informerad om att undvika kall dryck och kalla föremål de första dagarna efter varje kur."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Long oncology note: confirmed cancer, negated metastases, patient informed; nothing to flag.")

C("lang-malmo-mani-trol-bipolar-typ-1", "skane", P("1986-11-02", "242"),
  [N("n1", "Melior", "Inskrivningsanteckning", "psyk_avd_mas", "Jonathan Bauer", "läkare", "2024-02-03 21:30", [
      ("Inkomstorsak", "Inkommer med polis och ambulans efter att ha setts springa barfota i snön på Södra Förstadsgatan, talande högt om att hon fått ett uppdrag från Gud."),
      ("Anamnes", "37-årig kvinna, tidigare en depressiv episod 2018 som behandlades på vårdcentralen med citalopram i ett år. Enligt maken har hon sovit två till tre timmar per natt i två veckor, startat tre företag på nätet, köpt en bil på kredit och ringt gamla vänner mitt i natten. Hon har inte druckit alkohol och tar inga droger enligt maken. Ingen somatisk sjukdom."),
      ("Hereditet", "Hennes far har bipolär sjukdom typ I och behandlas med litium."),
      ("Socialt", "Gift, inga barn. Arbetar som projektledare på ett försäkringsbolag men har varit sjukskriven en vecka efter en konflikt med sin chef. Makarna bor i bostadsrätt i centrala Malmö."),
      ("Psykiskt status", "Vaken, orienterad till person men inte till tid. Talar forcerat och går inte att avbryta. Tankeflykt, storhetsidéer med religiöst innehåll. Förnekar hallucinationer men tittar upp mot taket under samtalet. Upprymd stämning med inslag av irritabilitet. Saknar sjukdomsinsikt. Förnekar suicid- och våldstankar."),
      ("Somatiskt status", "BT 146/92, puls 104, temp 36,9. Skavsår på båda fotsulorna men inga köldskador. Neurologiskt grovt ua."),
      ("Lab", "Blodstatus, elektrolyter, TSH och leverprover normala. Drogscreening negativ. U-hCG negativ."),
      ("Bedömning", "Manisk episod med psykotiska symtom, trol. bipolär sjukdom typ I med tanke på tidigare depression och hereditet. Uppfyller kriterierna för vård enligt LPT då hon motsätter sig vård och riskerar att skada sig."),
      ("Åtgärd", "Vårdintyg utfärdat av jourläkare, intagningsbeslut fattat. Olanzapin 10 mg givet peroralt, togs emot efter övertalning. Extra tillsyn första natten."),
      ("Planering", "Litium diskuteras när hon kan ta ställning. Maken kontaktas imorgon för kompletterande anamnes. Sömnregistrering."),
      ("Omvårdnad", "Fick en enkelsal nära expeditionen för att minska stimuli. Åt en smörgås och drack två glas vatten. Vandrade i korridoren fram till midnatt men gick sedan att lägga."),
      ("Anhöriga", "Maken var med på akuten och är mycket orolig. Han har fått information om LPT och om att han kan ringa avdelningen dygnet runt. Han berättar att hon aldrig tidigare har varit så här, inte ens när hon var deprimerad 2018."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL102", "n1")],
  why="Long psychiatric admission: 'trol. bipolär sjukdom typ I' in view (the father's diagnosis is family history).")

C("lang-mol-fall-rabdomyolys-tidiga-hypoteser-alkohol", "vgr", P("1940-03-11", "451"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Pontus Berglund", "läkare", "2024-01-30 15:00", [
      ("Aktuellt", "83-årig man inlagd sedan 26/1 efter att ha hittats på golvet i hemmet av hemtjänsten, okänd liggtid. Ingen fraktur. CK var vid inkomsten 3 200 och har sjunkit till 410 med intravenös vätska. Krea normaliserat."),
      ("Tidigare sjukdomar", "Typ 2-diabetes, tablettbehandlad. Hypertoni. Prostatahyperplasi. Depression efter hustruns död 2022, behandlad med mirtazapin."),
      ("Socialt", "Änkling, bor ensam i villa i Kållered. Hemtjänst en gång dagligen sedan i höstas. Son bor i Stockholm och ringer varje helg. Har tidigare kört bil men gjort sig av med den."),
      ("Läkemedel", "Metformin 1 g x 2, amlodipin 5 mg, finasterid 5 mg, mirtazapin 15 mg till natten. Inga kända läkemedelsallergier."),
      ("Status", "Vaken, orienterad. Lätt dehydrerad. Trycksår kategori 1 över vä höft. Stel och långsam i rörelserna men inga fokala neurologiska bortfall. Kognitivt: MoCA 23/30 med brister i uppmärksamhet och ordflöde."),
      ("Lab", "CK 410, krea 88, Na 139, glukos 9,4, HbA1c 64. Blodstatus normalt. B12 och folat normala."),
      ("Bedömning", "Fall i hemmet med lång liggtid och rabdomyolys, i regress. Lätta kognitiva brister som bör följas upp när det akuta tillståndet lagt sig."),
      ("Planering", "Fortsatt vätska per os, ny CK på torsdag. Fysioterapeut och arbetsterapeut bedömer inför hemgång, trygghetslarm. Vårdplanering med kommunen på fredag."),
      ("Omvårdnad", "Behöver en persons stöd vid förflyttning säng–rullstol. Äter hela portioner, dricker 1,5 liter per dygn. Trycksåret smörjs med barriärkräm och avlastas med vändschema."),
      ("Fysioterapi", "Fysioterapeuten har påbörjat gångträning med rollator och bedömer att han kan gå kortare sträckor inomhus på egen hand inom några dagar. Resningsträning från golvet har inletts, eftersom han inte klarade att resa sig själv efter fallet."),
      ("Information", "Pat informerad om blodprovssvaren och om planen inför hemgång. Han säger att han vill hem så fort som möjligt och har själv ringt sonen."),
      ("Tidiga hypoteser", "Sonen har på telefon berättat att pat de senaste månaderna druckit betydligt mer alkohol än tidigare, och flera tomma flaskor hittades i köket. Alkoholbrukssyndrom och ett depressivt återfall kan ligga bakom fallet och de kognitiva bristerna. Pat har ännu inte tillfrågats om alkohol; detta tas upp efter PEth-svaret och i lugn miljö."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL104", "n1")],
  why="Long VGR note: the hedged hypothesis is only under the hidden sökord; visible sections are certain.")

C("lang-lund-ovarialcancer-recidiv-ej-informerad", "skane", P("1956-05-27", "562"),
  [N("n1", "Melior", "Läkaranteckning", "onk_lund", "Eva Lindahl", "läkare", "2024-02-02 16:30", [
      ("Aktuellt", "67-årig kvinna med ovarialcancer stadium IIIC, opererad med primär debulking i augusti och därefter sex cykler karboplatin-paklitaxel som avslutades i december. Inlagd sedan 30/1 för illamående, kräkningar och uppspänd buk."),
      ("Socialt", "Änka, bor i radhus i Lund. Sonen bor i Göteborg och dottern i Kanada. Har en nära väninna som hälsar på dagligen. Arbetade som bibliotekarie fram till pensionen."),
      ("Förlopp", "Behandlad med ventrikelsond, intravenös vätska och parenteral nutrition. Kräkningarna har minskat och sonden kunde avlägsnas i morse. Hon har druckit lite te och vill gärna prova soppa. Smärtan i buken är väl kontrollerad med oxikodon depå 10 mg x 2 och vid behov."),
      ("Status", "AT: trött men pigg i kontakten, sitter uppe i stolen. Buk: lätt utspänd, mjuk, tarmljud hörs. Ascites kliniskt måttlig. Inga ödem. Sat 96 % på luft."),
      ("Lab", "Hb 104, CRP 38, albumin 26, krea 61. CA-125 412 (var 28 i december)."),
      ("Röntgen", "DT buk 1/2: ny utbredd peritoneal karcinos med hotande tunntarmsobstruktion, måttlig ascites, inga levermetastaser."),
      ("Bedömning", "Tidigt recidiv av ovarialcancer med peritoneal spridning och subileus, platinumresistent sjukdom."),
      ("Omvårdnad", "Mobiliseras till toaletten med rollator. Sover gott på nätterna med tillägg av zopiklon. Munvård två gånger dagligen pga torra slemhinnor efter sondbehandlingen."),
      ("Nutrition", "Parenteral nutrition fortsätter nattetid tills hon äter minst halva portioner. Önskar främst soppa och glass."),
      ("Läkemedel", "Oxikodon depå 10 mg x 2, oxikodon 5 mg vid behov, metoklopramid vid illamående, zopiklon 5 mg till natten, dalteparin i profylaxdos."),
      ("Information", "Pat har ännu inte informerats om DT-svaret och recidivet. Hon har uttryckt att hon vill att sonen ska vara med när hon får besked om resultaten, och han kommer från Göteborg på måndag. Fram till dess har hon fått veta att undersökningen visar att tarmen är påverkad och att vi går igenom helheten på måndag."),
      ("Planering", "Samtal med pat och sonen måndag 5/2 kl 13 med undertecknad och kontaktsjuksköterska. Diskuteras på gyn-onkologisk MDK 7/2 avseende palliativ cytostatika. Ascitestappning vid behov. Dietist bedömer nutritionen. Kontakt med palliativa teamet för att förbereda eventuell hemgång med ASIH."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")], must_not=[("NL102", "n1")],
  why="Long ward note: the recurrence is written in view and the patient has not been told.")

C("lang-asih-kol-hembesok-sjukskoterska", "vgr", P("1948-10-30", "274"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "asih_su", "Ewa Lindblad", "sjuksköterska", "2024-01-31 16:00", [
      ("Hembesök", "Planerat hembesök tillsammans med undersköterska. Pat sitter i fåtöljen i vardagsrummet när vi kommer, hustrun är hemma."),
      ("Aktuellt", "Känd KOL i sent skede och hjärtsvikt, inskriven i ASIH sedan november. Senaste veckan mer andfådd vid förflyttning till toaletten, vilket han själv kopplar till kylan ute och att de har vädrat mycket. Sover i säng med höjd huvudända. Hostar upp lite vitt slem på morgonen."),
      ("Socialt", "Gift, bor i lägenhet på Guldheden med hiss. Hustrun är pensionerad sjuksköterska och sköter det mesta av omvårdnaden. Två döttrar i Göteborgsområdet hjälper till med inköpen."),
      ("Hjälpmedel", "Syrgaskoncentrator i sovrummet och mobil syrgas för kortare stunder ute på balkongen. Toalettförhöjning och duschstol finns sedan tidigare. Trygghetslarm kopplat till hemtjänsten."),
      ("Status", "AF 22 i vila, sat 88 % på 2 l syrgas, vilket är hans vanliga nivå. Puls 84 regelbunden. Lätta ödem runt anklarna, oförändrat mot förra veckan. Vikt 67,2 kg (67,0 förra veckan). Huden hel, inga tryckmärken på hälar eller sacrum."),
      ("Läkemedel", "Dosett kontrollerad, korrekt iordningställd av hustrun. Morfin mixtur 2,5 mg vid andnöd har använts två gånger i veckan med god effekt. Furosemid oförändrad."),
      ("Nutrition", "Äter små portioner fem gånger om dagen, dricker en näringsdryck dagligen. Vikten har varit stabil i en månad."),
      ("Samtal", "Pat berättar att han är rädd för att kvävas den dag han blir sämre. Vi har pratat om att andnöden kan lindras med läkemedel och att personalen kommer hem till honom dygnet runt, vilket lugnade honom något."),
      ("Omvårdnad", "Genomgång av andningsteknik och energibesparande sätt att förflytta sig, till exempel att sitta ned under påklädning. Rullstol för längre förflyttningar inomhus diskuterad och önskas. Hustrun berättar att hon sover dåligt av oro, men att hon känner sig trygg med att kunna ringa ASIH dygnet runt."),
      ("Bedömning", "Stabilt läge jämfört med förra veckan. Andfåddheten är i nivå med grundsjukdomen och lindras av morfinet vid behov."),
      ("Planering", "Arbetsterapeut kontaktas angående rullstol. Läkarbesök enligt plan nästa tisdag. Nästa sjuksköterskebesök fredag. Hustrun erbjuds samtal med ASIH-kurator, tackar ja."),
  ], setting="hemsjukvård")],
  must_not=[("NL102", "n1")],
  why="Long specialised home-care nursing note with known diagnoses only.")

C("lang-pmo-tabelund-jarnbrist-celiaki-kan-ej-uteslutas", "skane", P("1967-04-14", "248"),
  [N("n1", "PMO", "Besöksanteckning", "vc_tabelund", "Anna-Karin Ström", "läkare", "2024-01-30 11:00", [
      ("Kontaktorsak", "Trötthet, yrsel och hjärtklappning sedan några veckor."),
      ("Anamnes", "56-årig kvinna som arbetar som lärare. Sedan jul känner hon sig ovanligt trött, orkar inte promenera med hunden som vanligt och har fått hjärtklappning vid trappgång. Har haft rikliga och oregelbundna menstruationer under hösten, senast för tio dagar sedan. Ingen viktnedgång, inga nattliga svettningar, inget blod i avföringen. Äter blandkost men lite kött. Ingen feber."),
      ("Tidigare sjukdomar", "Hypotyreos, Levaxin 75 mikrogram. Inga operationer."),
      ("Gyn-anamnes", "Två graviditeter med normala förlossningar. Senaste cellprov 2022 normalt. Ingen hormonbehandling."),
      ("Socialt", "Gift, två tonåringar hemma. Arbetar heltid som lärare på en högstadieskola i Eslöv. Promenerar normalt dagligen med hunden. Röker inte, dricker ett glas vin i veckan."),
      ("Hereditet", "Mor hade tjocktarmscancer vid 72 års ålder. Syster har celiaki."),
      ("Status", "AT: blek, opåverkad. BT 118/72, puls 96 regelbunden. Cor: systoliskt blåsljud 1/6 utan utstrålning. Pulm: ua. Buk: mjuk, oöm, ingen palpabel resistens. Munhåla: lätt atrofisk tunga. Thyreoidea palperas utan anmärkning."),
      ("Lab", "Hb 92, MCV 74, ferritin 4, CRP < 1, TSH 2,4, B12 och folat normala. Transglutaminas-IgA skickat. F-Hb-test skickat."),
      ("Bedömning", "Järnbristanemi, sannolikt pga rikliga menstruationer. Celiaki kan inte uteslutas med tanke på hereditet, svar inväntas. Med moderns tarmcancer i bakgrunden bör koloskopi övervägas om F-Hb är positivt."),
      ("Åtgärd", "Järntabletter varannan dag, information om intag på fastande mage och tillsammans med C-vitamin. Remiss till gynekolog för bedömning av blödningarna. Sjukskrivning ej aktuell."),
      ("Information", "Pat informerad om blodvärdet och om att järnbristen i första hand behandlas med tabletter medan orsaken utreds vidare. Hon fick skriftliga råd om järnrik kost. Hon undrar om hon kan fortsätta arbeta, vilket hon kan så länge orken räcker."),
      ("Kost", "Äter frukost med gröt och te, lunch i skolmatsalen och vegetarisk middag de flesta dagar i veckan."),
      ("Uppföljning", "Om Hb inte stiger med minst 10 g/l på fyra veckor planeras järninfusion på vårdcentralen. Ny TSH-kontroll tas vid nästa besök eftersom hon upplever sig frusen."),
      ("Planering", "Nytt Hb om fyra veckor. Ringer pat med svar på celiakiprov och F-Hb. Återbesök vid utebliven förbättring."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="Long PMO note full of hedges ('sannolikt', 'kan inte uteslutas'): PMO never shows diagnoses.")

C("lang-skovde-rs-bronkiolit-utskrivning-spadbarn", "vgr", P("2023-11-19", "288"),
  [N("n1", "Melior", "Utskrivningsanteckning", "barnavd_skas", "Oliver Wahl", "läkare", "2024-02-02 13:00", [
      ("Vårdtid", "2024-01-29 – 2024-02-02, Barnavdelningen."),
      ("Inskrivningsorsak", "Tio veckor gammal flicka som kom in med tre dagars snuva och hosta, därefter ökande andningsarbete och minskade måltider. Storebror på förskolan hade varit förkyld."),
      ("Tidigare", "Född i vecka 39 efter normal graviditet, födelsevikt 3 420 g. Frisk, helammad, följer sin viktkurva."),
      ("Socialt", "Familjen bor i villa utanför Skövde. Pappa är föräldraledig och storebror går i förskola, där det fortfarande finns förkylda barn."),
      ("Status vid inkomst", "AF 62, tydliga indragningar, näsvingespel. Sat 91 % på luft. Pulm: utbredda fina krepitationer och förlängt exspirium. Temp 38,2. Kapillär återfyllnad 2 s. Fontanell i nivå."),
      ("Undersökningar", "RS-PCR positiv. Blodgas: pH 7,35, pCO2 6,1. Ingen lungröntgen."),
      ("Förlopp", "Behandlades med högflödesgrimma i två dygn med maximalt 2 liter per kilo och minut och 30 % syrgas. Nasogastrisk sond för mat dygn 1–3. Andningsarbetet minskade från dygn 3 och hon kunde avvecklas från syrgas dygn 4. Ammar nu helt och tar sex till åtta måltider per dygn. Inga apnéer. Viktnedgången var som mest 4 % och har nu återhämtats."),
      ("Omvårdnad", "Mamma har varit med under hela vårdtiden, pappa dagtid. Föräldrarna har lärt sig näsavsugning och att räkna andningsfrekvensen. Flickan har sovit bra i egen säng de två sista nätterna."),
      ("Läkemedel", "Inga läkemedel vid utskrivningen. Paracetamol vid feber enligt vikt har använts en gång per dygn de sista dagarna."),
      ("Status vid utskrivning", "Pigg, tittar och ler. AF 40, inga indragningar, sat 97 % på luft. Pulm: enstaka rassel. Vikt 5,3 kg. Hud och slemhinnor fuktiga."),
      ("Anhörigas frågor", "Föräldrarna frågade om storebror kan gå på förskolan, vilket han kan, och om syskonen ska hållas isär, vilket inte bedöms nödvändigt men god handhygien rekommenderas."),
      ("Bedömning", "Bronkiolit orsakad av RS-virus, avklingande."),
      ("Information", "Föräldrarna har fått information om att hostan kan finnas kvar i flera veckor och vilka tecken som ska föranleda ny kontakt: ökade indragningar, blå färg runt munnen, andningsuppehåll eller om hon äter mindre än hälften av det vanliga."),
      ("Planering", "Utskrivs till hemmet idag. Telefonkontakt med barnavdelningen imorgon förmiddag. BVC informeras via utskrivningsmeddelande och väger henne på måndag."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Long paediatric discharge note, verified diagnosis and informed guardians.")

C("lang-ystad-pertrokantar-fraktur-vald-forneka", "skane", P("1938-02-25", "188"),
  [N("n1", "Melior", "Akutanteckning", "akut_ystad", "Linnea Berg", "läkare", "2024-02-03 15:10", [
      ("Kontaktorsak", "Fall i trädgården i halka, kan inte stödja på hö ben."),
      ("Anamnes", "85-årig kvinna som bor med sin make i villa i Skurup. Gick ut i morse för att strö sand på den isiga gången, halkade och föll åt höger. Maken hörde henne ropa och ringde 112. Hon har inte slagit i huvudet och minns hela förloppet. Inga bröstsmärtor eller yrsel före fallet. Kan normalt gå utan hjälpmedel och sköter hushållet själv."),
      ("Tidigare sjukdomar", "Hypertoni, osteoporos behandlad med alendronat sedan 2021 efter kotkompression. Katarakt opererad."),
      ("Läkemedel", "Enalapril 10 mg, alendronat 70 mg en gång i veckan, kalcium och D-vitamin."),
      ("Socialt", "Bor med maken i enplansvilla. Inga hemtjänstinsatser. Barnen bor i Malmö och Lund. Kör fortfarande bil dagtid."),
      ("Status", "AT: opåverkad men smärtpåverkad. BT 164/88, puls 82 regelbunden, sat 96 %, temp 36,4. Hö ben förkortat och utåtroterat, smärta vid passiv rotation. Distalt: varm fot, palpabla pulsar, normal sensorik. Inga andra skador vid helkroppsundersökning, bortsett från en liten skrapskada på hö handflata. Kognitivt adekvat."),
      ("Röntgen", "Hö höft: pertrokantär fraktur, måttligt dislocerad. Lungröntgen: ua. EKG: sinusrytm 80, inga ischemitecken."),
      ("Lab", "Hb 128, krea 76, Na 138, K 4,1, CRP < 5. Blodgruppering och bastest tagna."),
      ("Bedömning", "Pertrokantär femurfraktur hö efter fall i halka."),
      ("Övrigt", "Frågat om våld i nära relation i enskildhet enligt rutin, vilket pat förnekar. Maken följer med och är ett gott stöd."),
      ("Åtgärd", "Fascia iliaca-blockad lagd av narkosläkare med god smärtlindring. KAD. Fasta från midnatt, planeras för operation med märgspik imorgon förmiddag. Trombosprofylax enligt ortopedens PM. Inläggs på ortopedavdelningen."),
      ("Omvårdnad", "Smärtskattning NRS 8 före blockaden och 2 efter. Låg risk enligt Norton men hälskydd och luftmadrass inför operationen. Dropp enligt ordination under fastan."),
      ("Anestesi", "Narkosläkare har bedömt pat som ASA 2 inför operationen. Inga problem vid tidigare narkoser. Hon har ätit frukost klockan sju och druckit kaffe klockan tio, vilket beaktas inför operationen."),
      ("Information", "Pat och maken informerade om frakturen och den planerade operationen. De har inga frågor för tillfället."),
  ], setting="akutmottagning")],
  must_not=[("NL201", "n1"), ("NL102", "n1")],
  why="Long ED note: fall on ice with violence screening denied; nothing to flag.")

C("lang-ostra-sjalvmordsforsok-vald-av-sambo-synligt", "vgr", P("1992-06-03", "704"),
  [N("n1", "Melior", "Inskrivningsanteckning", "psyk_avd_ostra", "Linn Bergqvist", "läkare", "2024-01-30 20:00", [
      ("Inkomstorsak", "Självmordsförsök genom intag av ca 20 tabletter sertralin och en flaska vin, enligt egen uppgift med avsikt att dö. Somatiskt bedömd och observerad på medicinakuten, EKG utan QT-förlängning. Överflyttas nu för psykiatrisk vård."),
      ("Anamnes", "31-årig kvinna, arbetar som butikssäljare. Behandlad för depression på vårdcentralen sedan i somras. Har en dotter på fyra år som nu är hos mormor. Inga tidigare självmordsförsök. Ingen missbruksanamnes."),
      ("Socialt", "Bor i hyreslägenhet i Bergsjön med sambon och dottern. Har kontakt med mamma och en syster som stöttar henne."),
      ("Läkemedel", "Sertralin 100 mg (pausad), p-piller. Inga kända allergier. Tog sina läkemedel regelbundet fram till i lördags enligt egen uppgift."),
      ("Anhöriga", "Pat:s mamma har hämtat dottern och är informerad om inläggningen med pat:s samtycke. Mamma kan nås på mobilen dygnet runt och kommer på besök imorgon."),
      ("Aktuellt", "Pat berättar att hennes sambo under det senaste året slagit henne vid flera tillfällen, senast i lördags då han slog henne i ansiktet och kastade henne mot en garderob. Han kontrollerar hennes ekonomi och telefon. Igår hotade han att ta dottern om hon lämnade honom, och hon tog då tabletterna."),
      ("Psykiskt status", "Vaken, orienterad. Nedstämd och gråtfärdig men god kontakt. Ångest. Inga psykotiska symtom. Ambivalent inställning till att leva, ångrar delvis försöket men ser ingen väg ut ur sin situation."),
      ("Somatiskt status", "Gulnande hematom vid vä kindben. Ömhet över vä skuldra. I övrigt ua."),
      ("Suicidriskbedömning", "Hög risk: allvarligt försök med dödsavsikt, pågående våld och hopplöshet. Skyddande faktor är dottern."),
      ("Bedömning", "Egentlig depression, svår episod, med genomfört självmordsförsök i samband med våld i nära relation."),
      ("Åtgärd", "Frivillig inläggning. Tillsyn var 15:e minut. Sertralin pausas, mirtazapin 15 mg till natten. Kurator kontaktas imorgon för stöd, kontakt med kvinnojour och bedömning av skyddsbehov för pat och dottern."),
      ("Planering", "Socialtjänsten kontaktas angående dotterns situation. Sambon får inte besöka avdelningen, enligt pat:s önskemål."),
      ("Omvårdnad", "Inskrivningssamtal med kontaktperson. Personliga tillhörigheter genomgångna, laddsladd och skärp förvaras på expeditionen. Åt lite kvällsmat. Önskar att ingen information lämnas till sambon om han ringer."),
  ], setting="psykiatrisk heldygnsvård")],
  must=[("NL201", "n1")],
  why="Long VGR psychiatric admission with partner violence in visible sections, not under the protected sökord.")

C("lang-nal-trolig-divertikulit-inskrivning", "vgr", P("1963-01-16", "572"),
  [N("n1", "Melior", "Inskrivningsanteckning", "kir_nal", "Maja Engström", "läkare", "2024-02-03 19:30", [
      ("Inkomstorsak", "Smärta i vänster fossa sedan tre dagar, feber sedan igår."),
      ("Anamnes", "60-årig man, lastbilschaufför. Smärtan började gradvis efter julhelgen och har tilltagit, nu konstant och värre vid rörelse. Feber 38,6 hemma igår. Aptiten sämre, inga kräkningar. Avföringen något lösare, inget blod. Inga vattenkastningsbesvär. Koloskopi 2019 för järnbrist visade divertiklar i sigmoideum, i övrigt normalt."),
      ("Tidigare sjukdomar", "Hypertoni. Fetma, BMI 33. Gallstensoperation 2015."),
      ("Läkemedel", "Losartan 50 mg. Inga blodförtunnande."),
      ("Socialt", "Gift, bor i villa i Vänersborg. Arbetar heltid med långa körpass. Röker inte, dricker alkohol måttligt på helger."),
      ("Hereditet", "Far opererades för tjocktarmscancer vid 70 års ålder. Mor har typ 2-diabetes."),
      ("Tidigare vårdtillfällen", "Inga tidigare inläggningar för buksmärta. Gallstensoperationen 2015 gjordes laparoskopiskt utan komplikationer."),
      ("Nutrition", "Klar flytande kost i kväll, ordinationen ses över efter DT-svaret. Har inte ätit sedan frukost och känner sig inte hungrig."),
      ("Status", "AT: opåverkad. Temp 38,3, BT 142/86, puls 96, AF 16. Hjärta: regelbunden rytm, inga blåsljud. Lungor: normala andningsljud på båda sidor. Buk: mjuk, palpationsömhet och lätt muskelförsvar i vä fossa, ingen släppömhet över övriga buken. Normala tarmljud. Inga bråck."),
      ("Lab", "CRP 168, LPK 14,8. Krea 92. Leverprover och lipas normala. U-sticka ua."),
      ("Röntgen", "DT buk med iv kontrast är beställd men ännu inte utförd pga kö på röntgen."),
      ("Bedömning", "Trolig divertikulit i sigmoideum. Med tanke på feber och muskelförsvar bör komplicerad divertikulit med abscess uteslutas med DT innan behandlingen slutligen bestäms."),
      ("Åtgärd", "Inläggs på kirurgavdelningen. Intravenös vätska, paracetamol och oxikodon vid behov. Klar flytande kost. Antibiotika avvaktas till DT-svaret om pat förblir cirkulatoriskt stabil."),
      ("Planering", "DT buk i kväll. Ronderas av dagjouren imorgon. Vid abscess över 3 cm kontaktas interventionell radiolog för dränage."),
      ("Omvårdnad", "Vitalparametrar var fjärde timme, NEWS 3 vid inskrivningen. Vätskelista. Smärtskattning NRS 6 före och 3 efter oxikodon."),
      ("Information", "Pat informerad om att DT behövs för att se om det finns en komplikation och om att han får äta fast föda först när svaret kommit. Hustrun informerad per telefon enligt pat:s önskemål."),
  ], setting="slutenvård")],
  must=[("NL102", "n1")],
  why="Long surgical admission: 'Trolig divertikulit' in the visible Bedömning.")

C("lang-lund-optikusneurit-ms-kan-ej-uteslutas", "skane", P("1996-09-29", "686"),
  [N("n1", "Melior", "Läkaranteckning", "neuro_lund", "Petra Lindén", "läkare", "2024-01-31 10:00", [
      ("Kontaktorsak", "Remiss från ögonkliniken efter synnervsinflammation i hö öga."),
      ("Anamnes", "27-årig kvinna, arbetar som sjuksköterska. I början av januari smärta bakom hö öga vid ögonrörelser och dimsyn som förvärrades under en vecka. Bedömdes på ögonakuten som optikusneurit och behandlades inte med kortison. Synen har nu delvis återhämtat sig. Hon berättar också att hon för två år sedan hade stickningar i båda benen i några veckor, som hon då trodde berodde på träning. Ingen blåsstörning. Ingen känd ärftlighet för neurologisk sjukdom. Röker inte."),
      ("Socialt", "Sambo, inga barn. Arbetar skift på en medicinavdelning i Malmö. Springer tre gånger i veckan och har inte märkt försämrad kondition."),
      ("Läkemedel", "P-piller. Inga andra läkemedel."),
      ("Status", "Visus hö 0,7, vä 1,0. Relativ afferent pupilldefekt hö. Färgseendet nedsatt hö. Ögonmotorik ua. Kranialnerver i övrigt ua. Kraft, reflexer och sensorik i armar och ben symmetriska och normala. Babinski neg bilat. Normal gång, tandemgång ua. Romberg neg."),
      ("MR", "MR hjärna och halsrygg 24/1: fyra periventrikulära och en juxtakortikal T2-hyperintens lesion, ingen kontrastuppladdning. Halsmärgen ua."),
      ("Lab", "Blodstatus, CRP, B12, TSH, borreliaserologi och ANA tagna i januari via ögonkliniken, samtliga normala."),
      ("Bedömning", "Optikusneurit hö. Fynden på MR passar med demyeliniserande sjukdom och MS kan ej uteslutas; diagnosen kan inte ställas förrän likvor analyserats."),
      ("Information", "Pat informerad om MR-fynden och om att det finns en risk för MS. Hon är själv sjuksköterska och förstod resonemanget väl, men blev ledsen. Vi har pratat om att många med MS idag lever ett vanligt liv med effektiv behandling."),
      ("Planering", "Lumbalpunktion med oligoklonala band och IgG-index bokas nästa vecka. VEP. Återbesök med svar om tre veckor. MS-sjuksköterska finns tillgänglig om hon har frågor under väntetiden."),
      ("Ögonkliniken", "Ögonkliniken följer synen och gör ny synfältsundersökning om en månad."),
      ("Arbete", "Vi diskuterade att hon kan arbeta som vanligt under utredningen. Nattarbete kan göra henne tröttare, och hon tar själv upp schemat med sin chef. Sjukskrivning behövs inte i nuläget men kan bli aktuell i samband med lumbalpunktionen."),
  ])],
  must=[("NL102", "n1")], must_not=[("NL101", "n1")],
  why="Long neurology note: 'MS kan ej uteslutas' in view; the patient was told, so no NL101.")

C("lang-skovde-nstemi-epikris-far-troligen-infarkt", "vgr", P("1950-08-08", "419"),
  [N("n1", "Melior", "Epikris", "med_skas", "Fredrik Lantz", "läkare", "2024-02-01 14:30", [
      ("Vårdtid", "2024-01-27 – 2024-02-01, Medicinavdelning 32."),
      ("Inskrivningsorsak", "73-årig man som inkom med bröstsmärta och andfåddhet efter att ha skottat snö."),
      ("Tidigare sjukdomar", "Hyperlipidemi. Tidigare rökare, slutade 2010."),
      ("Läkemedel vid inkomst", "Simvastatin 20 mg."),
      ("Socialt", "Gift, bor i villa i Skövde. Pensionerad lantbrukare, fortfarande aktiv på gården med vedhuggning och snöröjning. Dricker alkohol sparsamt."),
      ("Status vid inkomst", "Blek och kallsvettig. BT 158/92, puls 92, sat 95 %. Cor: regelbunden rytm, inga blåsljud. Pulm: ua. Inga ödem."),
      ("Hereditet", "Far dog plötsligt vid 58 års ålder, troligen i hjärtinfarkt, obducerades inte. Bror har diabetes."),
      ("Förlopp", "Vid ankomsten ST-sänkningar i V4–V6 och troponin T 86 som steg till 340. Koronarangiografi dag 2 visade en högsgradig stenos i RCA som behandlades med PCI och ett läkemedelsavgivande stent. Övriga kärl utan signifikanta stenoser. Ekokardiografi visade lätt nedsatt vänsterkammarfunktion med EF 48 % och hypokinesi inferiort. Telemetri utan arytmier. Mobiliserades dag 3 utan besvär. Inga blödningskomplikationer från punktionsstället i hö handled."),
      ("Undersökningar", "Lungröntgen utan tecken på hjärtsvikt eller pneumoni. HbA1c 39, ingen diabetes. LDL 3,8. Njurfunktion normal."),
      ("Bedömning", "NSTEMI, behandlad med PCI mot RCA. Ingen misstanke om lungemboli eller aortadissektion efter ekokardiografi och klinisk bild. Lätt nedsatt vänsterkammarfunktion."),
      ("Information", "Pat informerad om hjärtinfarkten, behandlingen och vikten av att ta blodförtunnande läkemedel utan uppehåll. Han har fått skriftlig information och träffat rehabsjuksköterska."),
      ("Omvårdnad", "Mobiliserad enligt hjärtrehabiliteringens schema. Punktionsstället i handleden kontrollerat dagligen, utan hematom."),
      ("Lab vid utskrivning", "Hb 141, krea 84, K 4,2. Troponin T sjunkande till 120 dag 4."),
      ("Rehabilitering", "Pat har träffat fysioterapeut och fått ett träningsprogram med promenader som ökas successivt. Han vill kunna hugga ved igen till våren och har fått rådet att vänta med tunga lyft i sex veckor."),
      ("Läkemedel vid utskrivning", "Acetylsalicylsyra 75 mg, ticagrelor 90 mg x 2 i 12 månader, atorvastatin 80 mg, metoprolol 50 mg, ramipril 2,5 mg."),
      ("Uppföljning", "Hjärtrehabilitering med fysisk träning via hjärtmottagningen. Återbesök hos sjuksköterska om två veckor och läkare om tre månader. Ny ekokardiografi om tre månader. Ingen bilkörning på en vecka."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Long discharge summary whose only hedges are the father's cause of death and negated differentials.")

# ---------------------------------------------------------------- more hedges, NL101 variants and near misses
C("ort-alingsas-inte-osannolikt-gikt", "vgr", P("1961-02-26", "514"),
  [N("n1", "Melior", "Läkaranteckning", "ort_alingsas", "Viktor Brandt", "läkare", "2024-02-01 11:30", [
      ("Kontaktorsak", "Akut svullnad och smärta i vä knä sedan två dagar, inget trauma."),
      ("Anamnes", "Hypertoni, behandlas med hydroklortiazid. Åt och drack mycket under en fest i helgen. Hade en liknande attack i stortån för några år sedan som gick över av sig själv."),
      ("Status", "Vä knä: varmt, svullet med palpabel ledvätska, rörelseomfånget nedsatt av smärta. Afebril."),
      ("Åtgärd", "Ledpunktion: 40 ml grumlig ledvätska, skickad för kristallanalys och odling."),
      ("Bedömning", "Inte osannolikt att det rör sig om gikt, men septisk artrit måste uteslutas innan kortison ges i leden."),
      ("Planering", "Svar på odling och kristaller imorgon. NSAID under tiden. Pat ringer vid feber."),
  ])],
  must=[("NL102", "n1")],
  why="Litotes hedge 'Inte osannolikt att det rör sig om gikt' in a visible section.")

C("hud-lund-preliminar-psoriasisartrit-utkast", "skane", P("1977-10-10", "458"),
  [N("n1", "Melior", "Läkaranteckning", "hud_lund", "Anna Sandell", "läkare", "2024-01-29 15:30", [
      ("Aktuellt", "Känd psoriasis sedan tonåren, välbehandlad med lokal steroid. Sedan hösten svullnad i två fingrar på hö hand och morgonstelhet i en timme."),
      ("Status", "Plack på armbågar och i hårbotten, nagelgropar. Korvformad svullnad av dig III och IV hö hand."),
      ("Bedömning", "Preliminär diagnos psoriasisartrit, bör bekräftas av reumatolog."),
      ("Åtgärd", "Remiss till reumatologen. Röntgen av händer och fötter."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="Unsigned draft: a 'Preliminär diagnos' awaiting confirmation, visible section.")

C("hud-su-telefon-kanske-baltros", "vgr", P("1948-01-30", "426"),
  [N("n1", "Melior", "Telefonanteckning", "hud_su", "Jessica Borg", "sjuksköterska", "2024-02-03 10:10", [
      ("Kontaktorsak", "Pat ringer om brännande smärta och små blåsor i ett bälte på hö sida av bröstkorgen sedan igår."),
      ("Bedömning", "Kanske bältros. Har inte haft liknande tidigare."),
      ("Åtgärd", "Tid för bedömning hos hudläkare idag kl 13.30 för ställningstagande till antiviral behandling, som bör startas inom tre dygn."),
  ])],
  must=[("NL102", "n1")],
  why="Lay hedge 'Kanske bältros' in a nurse's visible telephone note.")

C("lung-udd-sarkoidos-misstanks-dd-lymfom", "vgr", P("1985-07-25", "351"),
  [N("n1", "Melior", "Läkaranteckning", "lung_udd", "Lars Hellström", "läkare", "2024-01-30 13:20", [
      ("Aktuellt", "Remiss från vårdcentralen efter lungröntgen som gjordes pga långdragen hosta."),
      ("Röntgen", "DT thorax: förstorade lymfkörtlar i båda lunghilus och mediastinum, små noduli längs bronkkärlsknippena."),
      ("Status", "Opåverkad. Lungor ua. Inga hudförändringar. Ögonen inte röda."),
      ("Bedömning", "Sarkoidos misstänks i första hand. Lymfom är en differentialdiagnos."),
      ("Planering", "EBUS med biopsi bokas. Spirometri och DLCO. S-ACE och kalcium."),
  ], signed=None)],
  must=[("NL102", "n1")],
  why="Passive 'misstänks' and a named differentialdiagnos in a visible section.")

C("med-ksd-har-inte-hunnit-beratta-esofaguscancer", "skane", P("1946-12-12", "248"),
  [N("n1", "Melior", "Daganteckning", "med_ksd", "Karl Månsson", "läkare", "2024-02-03 16:45", [
      ("Aktuellt", "Gastroskopi idag pga sväljningssvårigheter."),
      ("Endoskopi", "Ulcererande tumör i distala esofagus 32–37 cm från tandraden. PAD tagen."),
      ("Bedömning", "Esofaguscancer, makroskopiskt entydig."),
      ("Information", "Har inte hunnit berätta för pat vad gastroskopin visade, hon var sederad och trött efteråt. Tar samtalet imorgon förmiddag när hennes man är här."),
      ("Planering", "DT thorax-buk. Remiss till övre GI-kirurgi enligt standardiserat vårdförlopp. Konsistensanpassad kost."),
  ], setting="slutenvård")],
  must=[("NL101", "n1")],
  why="Colloquial 'Har inte hunnit berätta för pat': the cancer is in view before she is told.")

C("onk-boras-krisreaktion-besked-skjuts-upp", "vgr", P("1954-11-03", "660"),
  [N("n1", "Melior", "Läkaranteckning", "onk_boras", "Marcus Eliasson", "läkare", "2024-01-31 16:15", [
      ("Bakgrund", "Endometriecancer opererad 2022, därefter kontroller utan tecken till återfall."),
      ("Röntgen", "DT thorax-buk 29/1: multipla nytillkomna lungmetastaser."),
      ("Bedömning", "Recidiv av endometriecancer med lungmetastaser."),
      ("Information", "Pat befinner sig i akut krisreaktion efter makens död i förra veckan. Bedömer tillsammans med kontaktsjuksköterskan att hon inte ska få beskedet om recidivet förrän dottern är hemma från utlandet och kan stötta henne, preliminärt om en vecka."),
      ("Planering", "Kontaktsjuksköterskan håller telefonkontakt under tiden. MDK 8/2."),
  ])],
  must=[("NL101", "n1")],
  why="A deliberate decision that the patient must not be told yet, with the recurrence written in view.")

C("uro-ksd-besked-redan-av-huslakaren", "skane", P("1944-08-30", "475"),
  [N("n1", "Melior", "Läkaranteckning", "uro_ksd", "Hans Westberg", "läkare", "2024-02-02 10:00", [
      ("Aktuellt", "Nybesök på remiss från vårdcentralen. Pat fick besked om diagnosen prostatacancer av sin husläkare i december efter biopsi på annat sjukhus."),
      ("PAD", "Prostatacancer ISUP 1 i 3 av 10 biopsier."),
      ("Bedömning", "Lågrisk prostatacancer hos 79-årig man med hjärtsvikt."),
      ("Planering", "Aktiv monitorering med PSA var sjätte månad. Pat förstår och är nöjd med planen."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: the patient was told earlier by his GP.")

C("neuro-su-als-vill-inte-hora-prognos", "vgr", P("1959-06-19", "333"),
  [N("n1", "Melior", "Läkaranteckning", "neuro_su", "Karin Åström", "läkare", "2024-02-02 14:30", [
      ("Aktuellt", "Återbesök för besked efter EMG och MR halsrygg, utreds för svaghet i hö hand och muskelryckningar."),
      ("EMG", "Utbredd denervation i tre regioner."),
      ("Bedömning", "Amyotrofisk lateralskleros (ALS)."),
      ("Information", "Pat och hans hustru informerade om diagnosen. Pat vill i dag inte höra något om prognos eller förväntad livslängd och har bett att få återkomma med frågor själv, vilket respekteras."),
      ("Planering", "Remiss till ALS-teamet. Riluzol erbjuds. Kurator och dietist kopplas in."),
  ])],
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Near miss: the patient is told the diagnosis and only declines prognosis talk.")

C("geri-tbg-tidiga-hypoteser-alzheimer-faststalld-beskedad", "skane", P("1941-09-09", "324"),
  [N("n1", "Melior", "Tidiga hypoteser", "geri_tbg", "Björn Isaksson", "läkare", "2024-01-31 11:00", [
      ("Anteckning", "Demens av Alzheimertyp, nu fastställd efter avslutad basal demensutredning. Pat och hennes make fick diagnosen vid dagens besök och har fått skriftlig information om sjukdomen och om stöd från kommunens demenssjuksköterska."),
  ])],
  must=[("NL104", "n1")],
  why="Skåne Tidiga hypoteser template holding a settled diagnosis already given to the patient.")

C("geri-mol-maken-troligen-demens-enligt-pat", "vgr", P("1939-04-14", "162"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Pontus Berglund", "läkare", "2024-01-29 10:20", [
      ("Aktuellt", "Inlagd för bensår och tilltagande svårigheter att klara sig hemma."),
      ("Socialt", "Bor med maken, som enligt pat troligen har en demenssjukdom då han blivit glömsk och ibland inte hittar hem. Han är inte utredd. Han har hittills skött inköpen."),
      ("Status", "Venöst bensår vä underben, 4 x 3 cm, rent."),
      ("Bedömning", "Venöst bensår. Behov av utökade insatser i hemmet."),
      ("Planering", "Kompressionsbehandling. Biståndshandläggare kontaktas. Pat uppmuntras att låta makens minne utredas på vårdcentralen."),
  ], setting="slutenvård", signed=None)],
  must_not=[("NL102", "n1")],
  why="Near miss: the hedged dementia is the husband's, not the patient's.")

C("akut-lund-mononukleos-talar-emot-malignitet", "skane", P("1973-03-08", "444"),
  [N("n1", "Melior", "Akutanteckning", "akut_lund", "Oskar Nilsson", "läkare", "2024-01-31 12:40", [
      ("Kontaktorsak", "Knöl på halsen sedan en vecka, ont i halsen."),
      ("Status", "Ömma, rörliga lymfkörtlar 1,5 cm på båda sidor av halsen. Tonsiller förstorade med beläggning. Temp 37,9."),
      ("Lab", "CRP 32. Monospot positivt."),
      ("Bedömning", "Mononukleos med reaktiva lymfkörtlar."),
      ("Information", "Pat frågade om knölen kan vara cancer. Förklarat att fynden talar emot malignitet och att körtlarna väntas minska inom några veckor."),
      ("Planering", "Vila, undvika kontaktsport i fyra veckor pga mjälten. Kontakt med VC om körtlarna kvarstår efter sex veckor."),
  ], setting="akutmottagning")],
  must_not=[("NL102", "n1")],
  why="Near miss: the patient's own worry about cancer, answered with 'talar emot malignitet'.")

C("kir-nal-utskrivning-vid-tecken-pa-infektion", "vgr", P("1980-05-01", "502"),
  [N("n1", "Melior", "Utskrivningsanteckning", "kir_nal", "Sofia Ek", "sjuksköterska", "2024-02-01 13:00", [
      ("Aktuellt", "Utskrivs dag 1 efter laparoskopisk kolecystektomi. Smärtan välkontrollerad med paracetamol. Har ätit och kissat."),
      ("Sår", "Fyra små operationssår täckta med förband, torra."),
      ("Information", "Pat instruerad att duscha från imorgon och byta förband vid behov. Vid feber över 38,5, ökande buksmärta, gulfärgning av hud eller ögon eller tecken på sårinfektion ska hon kontakta avdelningen dygnet runt."),
      ("Uppföljning", "Telefonuppföljning om en vecka. Stygnen behöver inte tas."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Near miss: conditional safety-netting ('vid tecken på sårinfektion') is not a hedged diagnosis.")

C("geri-mol-dotterns-anamnes-utan-skada", "vgr", P("1935-10-17", "213"),
  [N("n1", "Melior", "Läkaranteckning", "geri_mol", "Helena Björklund", "läkare", "2024-01-30 09:50", [
      ("Aktuellt", "Inlagd för viktnedgång och trötthet."),
      ("Anamnes från dotter", "Dottern berättar att pat sedan jul ätit allt mindre, glömmer måltider och har gått ned i vikt. Han har slutat gå på sina promenader."),
      ("Status", "Vikt 58 kg (66 kg i augusti). Avmagrad. Inga resistenser i buken. MMSE 24."),
      ("Bedömning", "Ofrivillig viktnedgång under utredning. Nedsatt näringsintag."),
      ("Planering", "DT thorax-buk, blodprover inkl. TSH och kalcium. Dietist. Minnesutredning planeras."),
  ], setting="slutenvård")],
  must_not=[("NL204", "n1"), ("NL102", "n1")],
  why="Near miss: harmless collateral history from a daughter is not harmful third-party information.")

C("lung-udd-oppen-registerstudie", "vgr", P("1952-03-05", "526"),
  [N("n1", "Melior", "Sjuksköterskeanteckning", "lung_udd", "Karin Olofsson", "sjuksköterska", "2024-02-01 09:00", [
      ("Aktuellt", "Besök på KOL-mottagningen. Pat deltar i en öppen registerstudie om inhalationsteknik där både hon och personalen vet vilket inhalationshjälpmedel hon använder."),
      ("Åtgärd", "Inhalationstekniken kontrollerad, korrekt. CAT-formulär ifyllt: 14 poäng."),
      ("Planering", "Nästa registrering om sex månader."),
  ])],
  must_not=[("NL205", "n1")],
  why="Near miss: an open (not blinded) study is not single-blind allocation.")

C("barn-ksd-hubs-mallen-seedens-namn", "skane", P("2019-02-02", "333"),
  [N("n1", "Melior", "Hälsoundersökning på begäran om socialnämnd", "barnmott_ksd", "Cecilia Rönn", "läkare", "2024-01-30 10:30", [
      ("Bakgrund", "Socialnämnden i Kristianstad har begärt hälsoundersökning inför placering i familjehem. Pojken har bott i jourhem sedan mitten av januari."),
      ("Undersökning", "Längd 102 cm, vikt 15,2 kg. Talar i korta meningar, förstår enkla instruktioner. Hjärta och lungor ua. Flera kariesskador enligt tandvårdens bedömning. Vaccinationen vid 18 månader saknas."),
      ("Bedömning", "Somatiskt frisk pojke med försenad talutveckling och eftersatt tandhälsa."),
      ("Åtgärd", "Vaccinationen kompletteras. Remiss till logoped och barnpsykolog. Skriftligt utlåtande skickas till socialnämnden."),
  ])],
  must_not=[("NL203", "n1")],
  why="HUBS in the template under the name the Skåne routine itself uses ('på begäran om socialnämnd').")


# ---------------------------------------------------------------- other professions
C("avd-skas-logoped-svaljbedomning-efter-stroke", "vgr", P("1937-07-07", "197"),
  [N("n1", "Melior", "Logopedanteckning", "med_skas", "Frida Sandberg", "logoped", "2024-02-02 10:30", [
      ("Bakgrund", "Remiss från avdelningsläkare för sväljbedömning efter stroke i vänster hemisfär för en vecka sedan."),
      ("Bedömning", "Klarar tjockflytande vätska och finfördelad kost utan tecken på felsväljning. Hostar vid tunn vätska och vid torr, smulig mat. Lätt afasi med ordletningsproblem men god förståelse."),
      ("Åtgärd", "Kost enligt IDDSI nivå 5 och förtjockad dryck. Personalen instruerad om sittställning och små tuggor. Kommunikationsråd till anhöriga."),
      ("Planering", "Ny sväljbedömning på måndag."),
  ], setting="slutenvård")],
  must_not=[("NL102", "n1")],
  why="Plain speech-therapist note with a known diagnosis and no hedge.")

C("pmo-simrishamn-fysioterapeut-ev-hoftartros", "skane", P("1958-12-01", "262"),
  [N("n1", "PMO", "Besöksanteckning", "vc_simrishamn", "Mattias Frid", "fysioterapeut", "2024-01-31 14:00", [
      ("Kontaktorsak", "Direktåtkomst till fysioterapeut, smärta i hö ljumske vid promenader sedan i höstas."),
      ("Status", "Nedsatt inåtrotation och flexion i hö höft med smärta i ljumsken. Normal styrka. Haltar lätt efter 10 minuters gång."),
      ("Bedömning", "Ev. höftledsartros hö, ljumskbråck mindre troligt."),
      ("Åtgärd", "Artrosskola erbjuden och accepterad. Hemövningar för rörlighet och styrka. Remiss till läkare för röntgen vid utebliven effekt."),
  ], setting="primärvård")],
  must_not=[("NL102", "n1")],
  why="PMO physiotherapist with 'Ev. höftledsartros': PMO never shows diagnoses.")

C("kk-ostra-barnmorska-misstankt-graviditetsdiabetes", "vgr", P("1993-04-18", "524"),
  [N("n1", "Melior", "Barnmorskeanteckning", "kk_ostra", "Elin Hjort", "barnmorska", "2024-02-01 08:30", [
      ("Kontaktorsak", "Specialistmödravård, graviditetsvecka 28+3. Glukosbelastning utförd på remiss från barnmorskemottagningen pga BMI 34 och stort symfys-fundusmått."),
      ("Lab", "OGTT: fastande 5,2, 2-timmarsvärde 8,7."),
      ("Bedömning", "Misstänkt graviditetsdiabetes, värdet ligger precis över gränsen och läkarbedömning återstår."),
      ("Åtgärd", "Blodsockermätare utlämnad, instruerad i kapillär provtagning före och efter måltider. Dietistkontakt bokad."),
      ("Planering", "Läkarbesök om en vecka med blodsockerdagbok."),
  ])],
  must=[("NL102", "n1")],
  why="Midwife's Melior note: 'Misstänkt graviditetsdiabetes' in a visible section.")

# =========================================================================== build + validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append(f"{name}: {msg}")
        if list(c.keys()) != CASE_KEYS:
            err(f"keys {list(c.keys())} != {CASE_KEYS}")
            continue
        if name in names:
            err("duplicate case name")
        names.add(name)
        if not re.fullmatch(r"[a-z0-9-]+", name):
            err("case name must be lowercase ascii with hyphens")
        if c["ruleset"] not in ("skane", "vgr"):
            err(f"unknown ruleset {c['ruleset']}")
        why = c["why"]
        if not why or "\n" in why:
            err("why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err(f"record keys {sorted(rec)}")
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            err(f"patient keys {sorted(pat)}")
        pnr, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
        if not m:
            err(f"bad personnummer {pnr}")
        else:
            if m.group(1) != birth.replace("-", ""):
                err(f"personnummer {pnr} does not match birth_date {birth}")
            ten = m.group(1)[2:] + m.group(2)
            if _luhn_digit(ten[:9]) != ten[9]:
                err(f"personnummer {pnr} fails Luhn")
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            err(f"bad birth_date {birth}")
        if not rec["as_of"].startswith("2024-"):
            err("as_of not in 2024")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                err(f"{k} must be empty in this set")
        note_ids = set()
        systems = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                err(f"note keys {sorted(n)}")
                continue
            if n["id"] in note_ids:
                err(f"duplicate note id {n['id']}")
            note_ids.add(n["id"])
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                err(f"unexpected system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR notes must be Melior")
            region = REGION_OF_PREFIX.get(n["unit"]["hsa_id"].split("-")[0])
            if region != c["ruleset"]:
                err(f"unit {n['unit']['name']} is not in region {c['ruleset']}")
            for k in ("time", "signed"):
                v = n[k]
                if v is None and k == "signed":
                    continue
                if not isinstance(v, str) or not v.startswith("2024-"):
                    err(f"note {n['id']} {k} not in 2024")
                else:
                    _dt.datetime.fromisoformat(v)
            if n["signed"] is not None and n["signed"] < n["time"]:
                err(f"note {n['id']} signed before written")
            if n["time"] > rec["as_of"]:
                err(f"note {n['id']} after as_of")
            age = _age(birth, n["time"])
            if 13 <= age <= 15:
                err(f"patient is {age} (13-15 not used)")
            if age < 0:
                err("note before birth")
            if not set(n["author"]) == {"name", "role"} or not set(n["unit"]) == {"name", "hsa_id"}:
                err("author/unit keys")
            if not n["sections"]:
                err(f"note {n['id']} has no sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    err(f"bad section in {n['id']}")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences and seen_sentences[sent] != (name, n["id"], s["keyword"]):
                            err(f"sentence repeated (also in {seen_sentences[sent][0]}): {sent!r}")
                        else:
                            seen_sentences[sent] = (name, n["id"], s["keyword"])
        pairs = set()
        for kind in ("must", "must_not"):
            for t in c[kind]:
                if not (isinstance(t, list) and len(t) == 2 and re.fullmatch(r"NL\d{3}", t[0])):
                    err(f"bad {kind} entry {t}")
                    continue
                if t[1] not in note_ids:
                    err(f"{kind} target {t[1]} does not exist")
                    continue
                if (t[0], t[1]) in pairs:
                    err(f"{t} asserted twice / both ways")
                pairs.add((t[0], t[1]))
                sysname = systems.get(t[1])
                if t[0] == "NL101" and sysname == "PMO":
                    err("NL101 is never asserted on PMO notes")
                if t[0] == "NL102" and kind == "must" and sysname != "Melior":
                    err("NL102 must only on Melior notes")
        if not c["must"] and not c["must_not"]:
            err("case asserts nothing")
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read and re-validate what was written
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    errors = validate(back)
    if errors or len(back) != len(CASES):
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in back:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, [0, 0])[0 if kind == "must" else 1] += 1
    print(f"{len(back)} cases written to {out}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code][0]:3d}  must_not {counts[code][1]:3d}")


if __name__ == "__main__":
    main()
