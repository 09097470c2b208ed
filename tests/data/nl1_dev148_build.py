#!/usr/bin/env python3
"""Independent test set: geriatric and palliative care notes (NL101, NL102).

Standard library only, deterministic. Running it writes cases.jsonl next to
this file and validates every case; it exits 1 on any problem.
Written from the regional routines (seeds) and the rule catalog only.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, setting, region)
UNITS = {
    # Skåne, Melior (hospital units, ASIH)
    "s_ger_malmo": ("Geriatriska kliniken avd 1, Skånes universitetssjukhus Malmö", "SE2321000255-G4M1", "Melior", "slutenvård", "skane"),
    "s_akger_hbg": ("Akutgeriatrisk vårdavdelning 12, Helsingborgs lasarett", "SE2321000255-H7A2", "Melior", "slutenvård", "skane"),
    "s_ger_lund": ("Geriatrisk vårdavdelning, Skånes universitetssjukhus Lund", "SE2321000255-L3G8", "Melior", "slutenvård", "skane"),
    "s_ger_ystad": ("Medicin-geriatrisk avdelning 5, Lasarettet i Ystad", "SE2321000255-Y2M5", "Melior", "slutenvård", "skane"),
    "s_ger_trbg": ("Geriatriska avdelningen, Lasarettet Trelleborg", "SE2321000255-T9G4", "Melior", "slutenvård", "skane"),
    "s_asih_lund": ("ASIH Lund", "SE2321000255-A1L6", "Melior", "slutenvård", "skane"),
    "s_asih_malmo": ("ASIH Malmö", "SE2321000255-A5M3", "Melior", "slutenvård", "skane"),
    "s_asih_kristianstad": ("ASIH Nordost, Centralsjukhuset Kristianstad", "SE2321000255-A8K1", "Melior", "slutenvård", "skane"),
    "s_pall_ystad": ("Palliativa vårdenheten, Lasarettet i Ystad", "SE2321000255-P6Y7", "Melior", "slutenvård", "skane"),
    "s_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-M2N9", "Melior", "öppenvård", "skane"),
    "s_gerott_lund": ("Geriatriska öppenvårdsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-O4G2", "Melior", "öppenvård", "skane"),
    "s_mobgerteam_landskrona": ("Mobila geriatriska teamet, Lasarettet Landskrona", "SE2321000255-MG15", "Melior", "öppenvård", "skane"),
    "s_kurator_ger_malmo": ("Kuratorsenheten Geriatrik, Skånes universitetssjukhus Malmö", "SE2321000255-K7G3", "Melior", "slutenvård", "skane"),
    # Skåne, PMO (primary care, hemsjukvård, SÄBO rounds)
    "s_vc_eslov": ("Vårdcentralen Eslöv Centrum, hemsjukvård", "SE2321000255-V1E4", "PMO", "öppenvård", "skane"),
    "s_vc_hoor": ("Vårdcentralen Höör, distriktssköterskemottagning", "SE2321000255-V3H8", "PMO", "öppenvård", "skane"),
    "s_vc_kavlinge": ("Vårdcentralen Kävlinge, särskilt boende-team", "SE2321000255-V5K2", "PMO", "öppenvård", "skane"),
    "s_vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-V6S9", "PMO", "öppenvård", "skane"),
    "s_vc_hassleholm": ("Vårdcentralen Hässleholm Väst, hemsjukvård", "SE2321000255-V8W1", "PMO", "öppenvård", "skane"),
    "s_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-V2S6", "PMO", "öppenvård", "skane"),
    # VGR, Melior
    "v_ger_molndal": ("Geriatriska kliniken avd 6, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-E4G6", "Melior", "slutenvård", "vgr"),
    "v_akger_nal": ("Akutgeriatrisk avdelning 51, NÄL Trollhättan", "SE2321000131-N5A1", "Melior", "slutenvård", "vgr"),
    "v_ger_uddevalla": ("Geriatrik avd 14, Uddevalla sjukhus", "SE2321000131-U1G4", "Melior", "slutenvård", "vgr"),
    "v_ger_skovde": ("Geriatriska avdelningen 9, Skaraborgs sjukhus Skövde", "SE2321000131-S9G2", "Melior", "slutenvård", "vgr"),
    "v_ger_boras": ("Geriatrisk vårdavdelning M4, Södra Älvsborgs sjukhus Borås", "SE2321000131-B4M8", "Melior", "slutenvård", "vgr"),
    "v_pall_skovde": ("Palliativ slutenvårdsenhet, Skaraborgs sjukhus Skövde", "SE2321000131-P2S5", "Melior", "slutenvård", "vgr"),
    "v_sah_boras": ("SAH Sjukhusansluten avancerad hemsjukvård, Södra Älvsborgs sjukhus", "SE2321000131-H3B7", "Melior", "slutenvård", "vgr"),
    "v_asih_goteborg": ("ASIH Långmossen, Sahlgrenska universitetssjukhuset", "SE2321000131-A6L1", "Melior", "slutenvård", "vgr"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska universitetssjukhuset/Mölndal", "SE2321000131-M8N3", "Melior", "öppenvård", "vgr"),
    "v_gerott_alingsas": ("Geriatrisk mottagning, Alingsås lasarett", "SE2321000131-G7A9", "Melior", "öppenvård", "vgr"),
    "v_mobnarvard_kungalv": ("Mobil närvård, Kungälvs sjukhus", "SE2321000131-K2M6", "Melior", "öppenvård", "vgr"),
    "v_palltm_su": ("Palliativa konsultteamet, Sahlgrenska universitetssjukhuset", "SE2321000131-P9K4", "Melior", "öppenvård", "vgr"),
    "v_kurator_nal": ("Kuratorsmottagningen medicin-geriatrik, NÄL Trollhättan", "SE2321000131-K5N2", "Melior", "slutenvård", "vgr"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    "lindqvist": ("Karin Lindqvist", "läkare"),
    "rezaei": ("Ahmad Rezaei", "läkare"),
    "bergstrom": ("Johan Bergström", "läkare"),
    "holm": ("Oskar Holm", "läkare"),
    "ekstrom": ("Sara Ekström", "läkare"),
    "axelsson": ("Per Axelsson", "läkare"),
    "nguyen": ("Linh Nguyen", "läkare"),
    "johansson_m": ("Mikael Johansson", "läkare"),
    "haddad": ("Rana Haddad", "läkare"),
    "strand": ("Ingrid Strand", "läkare"),
    "petrovic": ("Milan Petrović", "läkare"),
    "wallin": ("Elsa Wallin", "läkare"),
    "osman": ("Abdi Osman", "läkare"),
    "fors": ("Henrik Fors", "läkare"),
    "sandberg": ("Lotta Sandberg", "läkare"),
    "olsson_ssk": ("Maria Olsson", "sjuksköterska"),
    "karlsson_ssk": ("Jonas Karlsson", "sjuksköterska"),
    "persson_ssk": ("Annika Persson", "sjuksköterska"),
    "ali_ssk": ("Hodan Ali", "sjuksköterska"),
    "berg_ssk": ("Sofia Berg", "sjuksköterska"),
    "nilsson_dsk": ("Eva Nilsson", "distriktssköterska"),
    "andersson_dsk": ("Birgitta Andersson", "distriktssköterska"),
    "lund_dsk": ("Camilla Lund", "distriktssköterska"),
    "hassan_usk": ("Fatima Hassan", "undersköterska"),
    "sjoberg_kur": ("Lena Sjöberg", "kurator"),
    "engstrom_kur": ("Tove Engström", "kurator"),
    "mattsson_at": ("Ulrika Mattsson", "arbetsterapeut"),
    "dahl_fys": ("Peter Dahl", "fysioterapeut"),
}

CASES = []


def N(unit, author, time, template, sections, nid="n1", signed="auto", refs=(), system=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, None (unsigned draft),
    or "auto" (a fixed delay of 8-187 minutes derived from the time string)."""
    if signed == "auto":
        signed = 8 + sum(int(ch) * (i + 1) for i, ch in enumerate(time) if ch.isdigit()) % 180
    uname, hsa, usys, setting, _region = UNITS[unit]
    aname, role = AUTHORS[author]
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system or usys,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC with Luhn check digit over YYMMDDNNN."""
    digits = birth.replace("-", "")[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    check = (10 - total % 10) % 10
    return birth.replace("-", "") + "-" + serial + str(check)


def C(name, ruleset, patient, notes, must=(), must_not=(), why="", as_of=None):
    birth, serial = patient
    if as_of is None:
        last = max(datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (datetime(last.year, last.month, last.day) + timedelta(days=2)).isoformat()
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


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")

# ================================================================ cases
# ---------------------------------------------------------------- part A: NL102 positives (hedged diagnosis, visible Melior)
C("ger-susp-aspirationspneumoni-akutgeriatrik", "skane", ("1934-02-11", "473"),
  [N("s_akger_hbg", "rezaei", "2024-01-16 10:20", "Daganteckning läkare", [
      ("Aktuellt", "Pat feber 38,4 i natt, ssk noterar hosta i samband med måltid. Sväljer sämre sedan strokeinsjuknandet i december."),
      ("Status", "AT: Trött, lätt takypné. Cor: RR, inga blåsljud. Pulm: Rassel basalt hö. Sat 91 % på luft."),
      ("Bedömning", "Susp. aspirationspneumoni hö basalt. Startar Tazocin 4 g x 3 iv efter odlingar."),
      ("Planering", "Logoped bedömer sväljförmågan. Konsistensanpassad kost tills vidare.")])],
  must=[M102], must_not=[M101],
  why="'Susp.' hedges aspiration pneumonia in the visible Bedömning of a ward note; nothing about telling, so no NL101.")

C("ger-bild-som-vid-alzheimer-minnesmott", "vgr", ("1941-07-23", "135"),
  [N("v_minne_molndal", "strand", "2024-02-06 13:15", "Nybesök", [
      ("Anamnes", "Remitterad från vårdcentralen för tilltagande minnesproblem sedan ca två år. Hustrun berättar att han gått vilse i bostadsområdet vid två tillfällen."),
      ("Status", "MMSE 21/30, klocktest 3/6. Neurologiskt status utan fokalitet."),
      ("Bedömning", "Kognitiv profil och MR-fynd med hippocampusatrofi ger en bild som vid Alzheimers sjukdom. LP för biomarkörer bokas innan ställningstagande.")])],
  must=[M102],
  why="'bild som vid Alzheimers sjukdom' is a not yet settled dementia diagnosis in a visible VGR section.")

C("ger-hypoaktivt-delirium-kan-ej-uteslutas", "skane", ("1929-11-30", "248"),
  [N("s_ger_lund", "ekstrom", "2024-02-19 09:40", "Daganteckning läkare", [
      ("Aktuellt", "Enligt personalen mer stillsam och svårväckt sedan två dygn, äter nästan ingenting."),
      ("Bedömning", "Hypoaktivt delirium kan ej uteslutas, möjligen utlöst av nyinsatt oxikodon."),
      ("Åtgärd", "Oxikodon sätts ut. 4AT görs i morgon bitti av ssk.")])],
  must=[M102],
  why="'kan ej uteslutas' keeps hypoactive delirium open in a visible section of a geriatric ward note.")

C("ger-dd-lungemboli-asih-hembesok", "vgr", ("1951-04-02", "286"),
  [N("v_asih_goteborg", "nguyen", "2024-03-04 15:05", "Läkaranteckning", [
      ("Aktuellt", "Hembesök pga tilltagande andfåddhet sedan i går, pat med känd ovarialcancer under palliativ cytostatikabehandling."),
      ("Status", "Takypné 28/min, puls 112, sat 88 %. Vänster vad svullnare än höger."),
      ("Bedömning", "DD lungemboli respektive tilltagande pleuravätska. Pat avböjer inläggning för DT-angio efter samtal om för- och nackdelar."),
      ("Åtgärd", "Fragmin i behandlingsdos enligt ordination, syrgas 2 l via grimma.")])],
  must=[M102], must_not=[M101],
  why="'DD lungemboli' in an advanced home care note is a differential diagnosis of the patient in a visible section.")

C("ger-uvi-fragetecken-jour-telegrafisk", "skane", ("1938-08-14", "362"),
  [N("s_ger_ystad", "holm", "2024-03-09 02:35", "Jouranteckning", [
      ("Aktuellt", "Kallad av ssk, pat oroligare, plockar i sängkläderna. T 37,9."),
      ("Status", "Cirk stabil. Buk mjuk, dunkömhet u.a. Urinsticka: nitrit pos, LPK 3+."),
      ("Bedömning", "UVI? Annat infektionsfokus ej funnet."),
      ("Åtgärd", "U-odl. Selexid 200 mg x 3 i 3 dagar.")], signed=None)],
  must=[M102],
  why="Telegraphic 'UVI?' on an unsigned night note: a question-marked diagnosis in a visible section.")

C("ger-fragetecken-prefix-tia", "vgr", ("1944-12-05", "419"),
  [N("v_akger_nal", "osman", "2024-03-21 11:50", "Läkaranteckning", [
      ("Aktuellt", "Övergående talsvårigheter ca 20 min i morse enligt dottern, nu helt återställd."),
      ("Bedömning", "?TIA. Trombocythämning startas efter DT hjärna, karotisdoppler beställt.")], signed=None)],
  must=[M102],
  why="A leading question mark ('?TIA') is a common hedge; the transient ischaemic attack is not confirmed.")

C("ger-mojlig-lewybody-demens", "vgr", ("1946-05-17", "208"),
  [N("v_gerott_alingsas", "wallin", "2024-04-03 14:00", "Återbesök", [
      ("Anamnes", "Maken beskriver livliga mardrömmar där hon slår omkring sig, samt att hon ibland ser barn sitta i vardagsrummet."),
      ("Status", "Lätt rigiditet i hö arm, hypomimi. MoCA 19/30 med uttalad visuospatial svikt."),
      ("Bedömning", "Möjlig Lewybody-demens med tanke på synhallucinationer, fluktuationer och parkinsonism. Neuroleptika undviks.")])],
  must=[M102],
  why="'Möjlig Lewybody-demens' in the visible assessment of a geriatric outpatient visit.")

C("ger-ev-collumfraktur-sabo-hembesok", "skane", ("1932-03-08", "126"),
  [N("s_mobgerteam_landskrona", "bergstrom", "2024-04-11 10:30", "Hembesök", [
      ("Aktuellt", "Besök på SÄBO Solgården efter fall i går kväll. Pat har ont i vä ljumske och vill inte belasta."),
      ("Status", "Vä ben möjligen förkortat, svårbedömt i sängläge. Smärta vid passiv rotation i vä höft."),
      ("Bedömning", "Ev. collumfraktur vä. Ambulanstransport till akuten för rtg är ordnad.")])],
  must=[M102],
  why="'Ev. collumfraktur' from the hospital's mobile geriatric team: a hedged fracture diagnosis in a Melior note.")

C("ger-forenligt-med-hjartsvikt-rtg", "vgr", ("1937-09-27", "153"),
  [N("v_ger_boras", "johansson_m", "2024-04-24 13:10", "Daganteckning", [
      ("Utredning", "Rtg pulm: förstorat hjärta, bilat pleuravätska, förenligt med hjärtsvikt. NT-proBNP 4800."),
      ("Bedömning", "Furosemid ökas till 40 mg x 2. Daglig vikt och vätskelista.")])],
  must=[M102],
  why="'förenligt med hjärtsvikt' is a radiological hedge on a diagnosis of the patient in the visible Utredning section.")

C("ger-talar-for-vaskular-demens", "skane", ("1940-10-19", "064"),
  [N("s_minne_malmo", "lindqvist", "2024-05-02 09:15", "Läkaranteckning", [
      ("Utredning", "MR hjärna: uttalade vitsubstansförändringar Fazekas 3 samt lakunära infarkter i basala ganglierna."),
      ("Bedömning", "Radiologin och det stegvisa förloppet talar för vaskulär demens. Diskuteras på teamkonferens innan diagnos sätts.")])],
  must=[M102],
  why="'talar för vaskulär demens' with the diagnosis explicitly not yet set, in a visible section.")

C("ger-inger-misstanke-pankreastumor", "vgr", ("1943-01-29", "397"),
  [N("v_ger_skovde", "fors", "2024-05-14 14:45", "Daganteckning", [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, ikterus sedan en vecka."),
      ("Utredning", "DT buk inger misstanke om tumör i pankreashuvudet med multipla leverförändringar."),
      ("Planering", "Tas upp på MDK övre GI på tisdag.")])],
  must=[M102],
  why="'inger misstanke om tumör i pankreashuvudet' is a suspected malignancy in a visible section.")

C("ger-kan-rora-sig-om-pmr", "skane", ("1948-06-21", "282"),
  [N("s_gerott_lund", "haddad", "2024-05-27 10:05", "Återbesök", [
      ("Anamnes", "Stelhet och värk i skuldror och höfter, värst på morgonen i ca en timme."),
      ("Status", "Nedsatt aktiv abduktion bilat, ömhet över skuldermuskulaturen. SR 64, CRP 38."),
      ("Bedömning", "Kan röra sig om polymyalgia reumatica. Prednisolon 15 mg prövas, effekten utvärderas om en vecka.")], signed=None)],
  must=[M102], must_not=[M101],
  why="'Kan röra sig om polymyalgia reumatica' is a working hypothesis shown to the patient; nothing said about informing.")

C("ger-oklart-om-parkinson-eller-lakemedel", "vgr", ("1936-02-15", "491"),
  [N("v_ger_uddevalla", "petrovic", "2024-06-05 11:25", "Läkaranteckning", [
      ("Bedömning", "Oklart om det rör sig om idiopatisk Parkinsons sjukdom eller läkemedelsutlöst parkinsonism av metoklopramid, som pat stått på i ett halvår."),
      ("Åtgärd", "Metoklopramid sätts ut, ny bedömning av motoriken om 6–8 veckor.")])],
  must=[M102],
  why="'Oklart om' Parkinson's disease or drug-induced parkinsonism: two open diagnoses in a visible section.")

C("ger-fragestallning-nph-gangrubbning", "skane", ("1945-09-03", "177"),
  [N("s_gerott_lund", "axelsson", "2024-06-12 08:50", "Läkaranteckning", [
      ("Utredning", "Frågeställning normaltryckshydrocefalus pga gångrubbning, urininkontinens och kognitiv svikt. Tap-test planeras på neurokirurgen.")])],
  must=[M102],
  why="'Frågeställning normaltryckshydrocefalus' is an open diagnostic question about the patient in a visible section.")

C("ger-sannolik-urosepsis-asih-kad", "skane", ("1939-12-12", "319"),
  [N("s_asih_malmo", "sandberg", "2024-06-20 19:40", "Läkaranteckning", [
      ("Aktuellt", "Frossa och feber 39,2, pat har KAD sedan tre månader pga blåstumör."),
      ("Bedömning", "Sannolik urosepsis utgången från KAD. I samråd med pat och hustrun ges behandling i hemmet."),
      ("Åtgärd", "KAD byts av ASIH-ssk, blododling x 2, Ceftriaxon 2 g iv x 1.")])],
  must=[M102],
  why="'Sannolik urosepsis' in an ASIH note; the known bladder tumour is confirmed and nothing is withheld.")

C("ger-trol-kroniskt-subduralhematom", "vgr", ("1933-05-25", "457"),
  [N("v_akger_nal", "haddad", "2024-07-02 16:20", "Läkaranteckning", [
      ("Aktuellt", "Tilltagande förvirring och vänstersidig svaghet senaste veckan, föll i hemmet för ca en månad sedan. Står på Eliquis."),
      ("Bedömning", "Trol. kroniskt subduralhematom hö. Akut DT hjärna beställd, Eliquis pausas.")])],
  must=[M102],
  why="Abbreviated hedge 'Trol.' on chronic subdural haematoma in a visible Bedömning.")

C("ger-misstanke-om-skabb-sabo-rond", "vgr", ("1928-10-09", "262"),
  [N("v_mobnarvard_kungalv", "wallin", "2024-07-15 10:45", "Hembesök", [
      ("Aktuellt", "Rond på Ekbackens SÄBO. Personalen rapporterar intensiv klåda nattetid, två andra boende på avdelningen har liknande besvär."),
      ("Status", "Papulösa utslag i fingerveck och på handleder, rivmärken på bålen."),
      ("Bedömning", "Misstanke om skabb. Hudkonsult via bild i dag, hygiensjuksköterskan är informerad.")])],
  must=[M102],
  why="'Misstanke om skabb' on a nursing-home round by the hospital's mobile team (Melior).")

C("ger-typo-missankt-stroke-jour", "skane", ("1942-03-31", "335"),
  [N("s_akger_hbg", "nguyen", "2024-07-27 21:55", "Jouranteckning", [
      ("Aktuellt", "Plötsligt insättande hö-sidig svaghet och afasi, hittad av nattpersonalen kl 21."),
      ("Bedömning", "Missänkt vänstersidig stroke, utanför trombolysfönster då debuttid är okänd. DT hjärna + angio akut.")])],
  must=[M102],
  why="Typo in the hedge ('Missänkt' for misstänkt) before a stroke diagnosis in a visible section.")

C("ger-typo-sannolkit-pneumoni-telegrafisk", "vgr", ("1930-08-01", "224"),
  [N("v_ger_molndal", "strand", "2024-08-06 08:35", "Daganteckning", [
      ("Bedömning", "Sannolkit pneumoni vä basalt, CRP 187. Byter till iv antibiotika.")])],
  must=[M102],
  why="Typo 'Sannolkit' (sannolikt) hedging pneumonia in a one-line visible note.")

C("ger-misstanke-om-depression-efter-makens-dod", "skane", ("1944-04-16", "146"),
  [N("s_gerott_lund", "lindqvist", "2024-08-19 13:30", "Återbesök", [
      ("Anamnes", "Nedstämd sedan makens död i våras, sover dåligt och har slutat gå till dagverksamheten."),
      ("Bedömning", "Misstanke om depression, GDS-15 10 p. Samtalskontakt erbjuds, ställning till SSRI vid nästa besök.")])],
  must=[M102],
  why="'Misstanke om depression' of the patient in a visible assessment; the husband's death is no diagnosis issue.")
# ---------------------------------------------------------------- part B: more NL102 positives, mixed notes, long charts
C("ger-vgr-tidiga-hyp-men-ocksa-synlig-bedomning", "vgr", ("1947-02-14", "160"),
  [N("v_pall_skovde", "fors", "2024-01-23 15:30", "Läkaranteckning", [
      ("Aktuellt", "Tilltagande ryggsmärta senaste månaden, opererad för bröstcancer 2019."),
      ("Tidiga hypoteser", "Misstänkt recidiv med skelettmetastasering, skintigrafi bokad."),
      ("Bedömning", "Trolig skelettmetastasering förklarar ryggsmärtan, smärtlindringen optimeras."),
      ("Åtgärd", "Oxikodon depot 10 mg x 2 insätts, Laxoberal vb.")])],
  must=[M102],
  why="The hypothesis is correctly under the VGR sökord Tidiga hypoteser but is repeated with 'Trolig' in the visible Bedömning.")

C("ger-skane-n2-upprepar-tidig-hypotes", "skane", ("1950-11-06", "379"),
  [N("s_gerott_lund", "haddad", "2024-01-30 10:10", "Tidiga hypoteser", [
      ("Bedömning", "Beteendeförändring med hämningslöshet och sötsug sedan ett år, misstänkt frontotemporal demens. Ej diskuterat med pat.")]),
   N("s_gerott_lund", "haddad", "2024-01-30 10:55", "Läkaranteckning", [
      ("Anamnes", "Hustrun beskriver att han blivit rastlös och handlar saker de inte behöver."),
      ("Bedömning", "Bilden är trolig frontotemporal demens, SPECT och neuropsykologisk testning beställs.")], nid="n2")],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="Skåne: the hypothesis in the Tidiga hypoteser template (n1) is protected, but the same day's ordinary note (n2) repeats it hedged.")

C("ger-skane-sokord-tidiga-hyp-i-vanlig-mall", "skane", ("1935-06-28", "243"),
  [N("s_ger_trbg", "axelsson", "2024-02-08 14:25", "Läkaranteckning", [
      ("Aktuellt", "Anemi Hb 92, järnbrist, mörka avföringar enligt undersköterska."),
      ("Tidiga hypoteser", "Misstänkt koloncancer, koloskopi begärs.")])],
  must=[M102],
  why="In Skåne protection is by template, not sökord: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning stays visible.")

C("ger-long-epikris-sannolikt-siadh", "skane", ("1938-03-19", "422"),
  [N("s_ger_malmo", "axelsson", "2024-02-22 14:00", "Epikris", [
      ("Orsak till inläggning", "86-årig kvinna, bor i lägenhet med hemtjänst tre gånger dagligen, inkommer via akuten efter två fall i hemmet på tre dagar samt tilltagande trötthet och förvirring."),
      ("Anamnes", "Hypertoni. Typ 2-diabetes, tablettbehandlad. Depression sedan 2019 behandlad med sertralin 100 mg. Höftplastik hö 2016. Kataraktop bilat."),
      ("Vårdförlopp", "Vid ankomst S-Na 118, i övrigt stabila vitalparametrar. DT hjärna utan tecken på blödning, inga färska frakturer på rtg bäcken och hö höft. Vätskerestriktion 1 liter per dygn och sertralin utsatt dag 2. Långsam korrigering av natrium under övervakning, 126 vid utskrivning. Förvirringen har successivt klingat av, 4AT 0 p de sista två dygnen. Fysioterapeut har gångtränat dagligen, går nu självständigt med rollator inomhus. Arbetsterapeut har gjort hembesök tillsammans med pat, duschpall och toalettförhöjning är förskrivna."),
      ("Bedömning", "Sannolikt läkemedelsutlöst SIADH av sertralin som bakomliggande orsak till fallen och konfusionen. Stämningsläget har varit stabilt under vårdtiden utan antidepressiv behandling."),
      ("Status vid utskrivning", "AT: Pigg, orienterad till tid och rum. Cor: RR, 76/min, BT 138/74 sittande, 130/72 stående. Pulm: Vesikulärt bilat. Neuro: Inga fokala bortfall. Hud: Hematom vä höft i regress. MMSE 26/30. Vikt 58 kg."),
      ("Läkemedel", "Sertralin utsatt. Nyinsatt mirtazapin 15 mg till natten efter diskussion med pat. Övriga läkemedel oförändrade, se läkemedelsberättelse."),
      ("Uppföljning", "Natrium kontrolleras på vårdcentralen om en vecka. Hemtjänst utökad med tillsyn nattetid under två veckor. Pat och dotter är informerade om vårdförloppet och planen.")], signed=1440)],
  must=[M102], must_not=[M101],
  why="Long discharge summary where one sentence hedges the cause ('Sannolikt ... SIADH'); the rest is confirmed or negated.")

C("ger-long-asih-inskrivning-dd-hjarnmetastaser", "vgr", ("1952-01-13", "431"),
  [N("v_asih_goteborg", "nguyen", "2024-03-12 13:20", "Inskrivningsanteckning", [
      ("Anamnes", "72-årig man med icke-småcellig lungcancer stadium IV, diagnostiserad i januari, progress trots två linjers behandling. Onkologen har avslutat tumörspecifik behandling och remitterat till ASIH för symtomlindring i hemmet. Bor i villa med hustrun, två vuxna barn i Göteborgsområdet."),
      ("Aktuellt", "Senaste veckan tilltagande huvudvärk, värst på morgonen, samt illamående och ostadighet vid gång. Har kräkts två gånger. Äter små portioner, dricker ca en liter per dygn."),
      ("Status", "AT: Blek, trött men adekvat och orienterad. Cor: RR, 88/min. Pulm: Dämpning och nedsatta andningsljud vä basalt. Neuro: Lätt ataxi vid knä-häl-försök vä, Romberg instabil. Pupiller lika stora, ljusreaktion u.a. Buk: Mjuk, oöm."),
      ("Bedömning", "DD hjärnmetastaser med lillhjärnsengagemang som förklaring till huvudvärk, illamående och ataxi. Pat önskar ingen ny DT men vill ha symtomlindring. Betametason 8 mg prövas i fem dagar."),
      ("Läkemedel", "Betametason 8 mg x 1 på morgonen, esomeprazol 40 mg som ulcusprofylax. Ondansetron vb. Oxikodon depot oförändrat."),
      ("Planering", "Hembesök av ASIH-ssk dagligen första veckan. Läkarbesök på fredag för utvärdering av steroideffekten. Brytpunktssamtal har förts med pat och hustrun av onkolog, se deras anteckning. Närståendepenning diskuterad.")])],
  must=[M102],
  why="Long ASIH admission chart; 'DD hjärnmetastaser' is the only hedged diagnosis, the lung cancer is confirmed and known to the patient.")

C("ger-ssk-misstankt-uvi-omvardnad", "skane", ("1931-07-07", "320"),
  [N("s_ger_trbg", "olsson_ssk", "2024-03-18 22:10", "Omvårdnadsanteckning", [
      ("Elimination", "Illaluktande grumlig urin, pat mer förvirrad än under dagen. Misstänkt UVI, urinsticka tagen och jourhavande dr informerad.")])],
  must=[M102],
  why="A nurse's Melior note is also visible: 'Misstänkt UVI' in an omvårdnad sökord.")

C("ger-trolig-temporalisarterit", "vgr", ("1946-10-30", "387"),
  [N("v_ger_uddevalla", "petrovic", "2024-03-26 09:05", "Läkaranteckning", [
      ("Anamnes", "Nytillkommen tinninghuvudvärk hö sedan två veckor, käkklaudikation vid tuggning."),
      ("Status", "Förtjockad, öm a. temporalis hö med svag puls. SR 92."),
      ("Bedömning", "Bedöms som trolig temporalisarterit. Prednisolon 60 mg startas i dag, temporalisbiopsi inom en vecka.")])],
  must=[M102],
  why="'trolig temporalisarterit' (Hortons sjukdom) before biopsy, in a visible section.")

C("ger-troligen-herpes-zoster-th6", "skane", ("1936-12-22", "488"),
  [N("s_ger_ystad", "ekstrom", "2024-04-08 11:40", "Daganteckning läkare", [
      ("Status", "Grupperade blåsor på rodnad botten i bandformat område Th6 hö, brännande smärta."),
      ("Bedömning", "Trolgien herpes zoster. Valaciklovir 1 g x 3 i sju dagar, PCR från blåsa skickad.")])],
  must=[M102],
  why="Typo in the adverb hedge ('Trolgien' for troligen) before herpes zoster in a visible assessment.")

C("ger-mojligen-paroxysmalt-fmf", "vgr", ("1949-03-11", "114"),
  [N("v_gerott_alingsas", "wallin", "2024-04-16 15:20", "Återbesök", [
      ("Anamnes", "Episoder av hjärtklappning och yrsel, ett par gånger per vecka, varar en halvtimme."),
      ("Utredning", "Vilo-EKG sinusrytm 72."),
      ("Bedömning", "Möjligen paroxysmalt förmaksflimmer. 72-timmars Holter bokas innan ställningstagande till antikoagulation.")])],
  must=[M102],
  why="'Möjligen paroxysmalt förmaksflimmer' in a visible section while the ECG shows sinus rhythm.")

C("ger-verkar-vara-erysipelas", "skane", ("1943-08-08", "296"),
  [N("s_ger_trbg", "axelsson", "2024-04-29 10:15", "Daganteckning läkare", [
      ("Status", "Rodnad, värmeökning och skarp avgränsning hö underben, feber 38,6."),
      ("Bedömning", "Verkar vara erysipelas hö underben. Bensyl-PC startas iv, byte till PcV peroralt när feberfri.")])],
  must=[M102],
  why="Lay-ish hedge 'Verkar vara' before erysipelas: uncertain diagnosis in a visible note.")

C("ger-suspekt-kotkompression-osteoporos", "vgr", ("1940-05-05", "282"),
  [N("v_ger_boras", "nguyen", "2024-05-08 13:45", "Daganteckning", [
      ("Utredning", "Rtg ländrygg: suspekt kotkompression L1, i övrigt degenerativa förändringar."),
      ("Bedömning", "Osteoporos? DXA beställs, kalcium och D-vitamin insätts.")])],
  must=[M102],
  why="'suspekt kotkompression' and 'Osteoporos?' are unsettled diagnoses in visible sections.")

C("ger-inte-osannolikt-covid-utbrott-boende", "skane", ("1927-09-18", "355"),
  [N("s_akger_hbg", "rezaei", "2024-05-20 08:55", "Inskrivningsanteckning", [
      ("Aktuellt", "Inkommer från korttidsboende med feber och hosta, utbrott av luftvägsinfektion på avdelningen."),
      ("Bedömning", "Inte osannolikt covid-19. PCR tagen, pat vårdas isolerad i väntan på svar.")])],
  must=[M102],
  why="Double negative 'Inte osannolikt' is a hedge: covid-19 is likely but unconfirmed.")

C("ger-dd-subileus-peritoneal-karcinos", "vgr", ("1945-12-27", "301"),
  [N("v_sah_boras", "fors", "2024-06-03 17:35", "Läkaranteckning", [
      ("Aktuellt", "Kräkningar sedan i morse, uppspänd buk och ingen avföring på fyra dagar. Känd äggstockscancer med spridning till bukhinnan."),
      ("Bedömning", "DD subileus vid känd peritoneal karcinos. Pat vill stanna hemma."),
      ("Åtgärd", "Sond via ssk avstås enligt pat önskan. Metoklopramid utsatt, Buscopan sc insatt.")])],
  must=[M102],
  why="'DD subileus' in advanced home care (SAH); the carcinosis is known and nothing is withheld.")

C("ger-typo-differentaldiagnos-lewy", "skane", ("1944-02-26", "197"),
  [N("s_minne_malmo", "lindqvist", "2024-06-17 14:10", "Läkaranteckning", [
      ("Bedömning", "Alzheimertyp i första hand, differentaldiagnos Lewy body-demens med tanke på synvillor. Ny bedömning efter DAT-scan.")])],
  must=[M102],
  why="Typo 'differentaldiagnos' (differentialdiagnos) and 'i första hand': two open dementia diagnoses in a visible note.")

C("ger-typo-kan-ej-utseslutas-lungemboli", "vgr", ("1939-04-20", "413"),
  [N("v_ger_molndal", "strand", "2024-06-26 12:05", "Daganteckning", [
      ("Aktuellt", "Postop dag 5 efter höftfraktur, plötslig dyspné och bröstsmärta vid mobilisering."),
      ("Bedömning", "Lungemboli kan ej utseslutas, DT-angio beställd akut.")])],
  must=[M102],
  why="Typo in the hedge 'kan ej utseslutas' (uteslutas) before pulmonary embolism.")

C("ger-ssk-asih-trolig-dvt", "skane", ("1950-09-09", "263"),
  [N("s_asih_kristianstad", "persson_ssk", "2024-07-08 11:00", "Hembesök sjuksköterska", [
      ("Status", "Vä vad svullen och öm sedan i går, omfång 4 cm större än hö."),
      ("Bedömning", "Trolig DVT vä underben, ASIH-läkare kontaktad."),
      ("Planering", "Ultraljud ordnas via medicinmottagningen i morgon.")])],
  must=[M102],
  why="An ASIH nurse writes 'Trolig DVT' in a visible home-visit note.")

C("ger-demens-fragetecken-kognitiv-svikt", "vgr", ("1937-01-04", "175"),
  [N("v_ger_uddevalla", "osman", "2024-07-19 14:50", "Utskrivningsanteckning", [
      ("Bedömning", "Kognitiv svikt sedan ett år enligt sonen, demens? Utreds på minnesmottagning efter utskrivning.")])],
  must=[M102],
  why="'demens?' raises dementia as an open question; the cognitive failure itself is a symptom.")

C("ger-telefon-dotter-misstanker-lunginflammation", "vgr", ("1932-11-17", "126"),
  [N("v_ger_skovde", "fors", "2024-07-30 16:40", "Telefonkontakt", [
      ("Telefonkontakt", "Samtal med dottern Ann-Britt. Informerar om att vi misstänker lunginflammation hos hennes mamma och att antibiotika har startats.")])],
  must=[M102],
  why="A hedged diagnosis of the patient stated in a call with the daughter is still visible in the patient's Melior note.")

C("ger-tyder-pa-hypotyreos", "skane", ("1941-06-14", "206"),
  [N("s_ger_lund", "ekstrom", "2024-08-12 09:25", "Daganteckning läkare", [
      ("Utredning", "TSH 14, fritt T4 lågt, tyder på hypotyreos. Kontrolleras om sex veckor efter akut sjukdom innan behandling.")])],
  must=[M102],
  why="'tyder på hypotyreos' is deliberately left unconfirmed until repeat labs: a hedged diagnosis.")

C("ger-typo-trolig-pnuemoni", "skane", ("1929-02-02", "311"),
  [N("s_ger_trbg", "axelsson", "2024-08-21 07:50", "Jouranteckning", [
      ("Bedömning", "Trolig pnuemoni hö, rtg thorax i morgon bitti, Bensylpc 3 g x 3 iv.")], signed=None)],
  must=[M102],
  why="Typo in the diagnosis word ('pnuemoni') after 'Trolig', unsigned night note.")

C("ger-vgr-ssk-misstankt-cdiff", "vgr", ("1934-10-23", "224"),
  [N("v_ger_boras", "ali_ssk", "2024-09-02 06:15", "Omvårdnadsanteckning", [
      ("Elimination", "Frekventa vattniga diarréer x 6 sedan natten, står på Dalacin."),
      ("Åtgärd", "Misstänkt Clostridioides difficile, pat isolerad och F-tox skickad.")])],
  must=[M102],
  why="Nurse writes 'Misstänkt Clostridioides difficile' in a visible Melior section.")
# ---------------------------------------------------------------- part C: NL102 negatives (negated, ruled out, family, non-diagnosis, conditional, confirmed)
C("ger-ingen-misstanke-om-fraktur-efter-fall", "skane", ("1933-01-21", "246"),
  [N("s_ger_ystad", "holm", "2024-01-09 03:10", "Jouranteckning", [
      ("Aktuellt", "Ramlat ur sängen i natt vid toalettbesök, slog i vä höft. Går med stöd."),
      ("Status", "Ingen felställning, full passiv rörlighet i höftleden, lätt ömhet över trokanter."),
      ("Bedömning", "Ingen misstanke om fraktur, rtg höft utan anm. Kontusion, Alvedon vb.")])],
  must_not=[M102, M101],
  why="Negated fracture ('Ingen misstanke om fraktur') and a confirmed contusion: no hedged diagnosis.")

C("ger-lungemboli-uteslutes-dt-angio", "vgr", ("1942-09-13", "157"),
  [N("v_ger_molndal", "strand", "2024-01-18 15:45", "Daganteckning", [
      ("Utredning", "DT-angio lungor: inga embolier, små bilaterala pleuravätskor."),
      ("Bedömning", "Lungemboli uteslutes. Dyspnén förklaras av dekompenserad hjärtsvikt, furosemid iv ges.")])],
  must_not=[M102],
  why="'Lungemboli uteslutes' rules the diagnosis out; the heart failure is stated as fact.")

C("ger-rtg-inga-tecken-pa-pneumoni", "skane", ("1936-04-04", "188"),
  [N("s_akger_hbg", "rezaei", "2024-01-25 11:35", "Daganteckning läkare", [
      ("Utredning", "Rtg pulm: inga tecken på pneumoni eller stas. CRP 12."),
      ("Bedömning", "Hostan kvarstår efter förkylning, ingen antibiotika.")])],
  must_not=[M102],
  why="'inga tecken på pneumoni' is negated; a cold-related cough is no hedged diagnosis.")

C("ger-talar-emot-stroke-ortostatism", "vgr", ("1938-07-29", "333"),
  [N("v_akger_nal", "osman", "2024-02-01 10:00", "Läkaranteckning", [
      ("Aktuellt", "Yrsel när han reser sig, ingen svaghet eller talpåverkan."),
      ("Status", "Neurologstatus u.a. Liggande BT 148/80, stående efter 3 min 112/66."),
      ("Bedömning", "Normal DT hjärna och status talar emot stroke. Ortostatiskt blodtrycksfall förklarar yrseln, doxazosin sätts ut.")])],
  must_not=[M102],
  why="'talar emot stroke' argues against the diagnosis; the orthostatic drop was measured, not hedged.")

C("ger-misstanken-avskrivs-normal-koloskopi", "skane", ("1940-02-09", "225"),
  [N("s_ger_trbg", "axelsson", "2024-02-13 13:05", "Daganteckning läkare", [
      ("Bedömning", "Misstanken om koloncancer avskrivs efter normal koloskopi. Anemin förklaras av angiodysplasier i caekum som behandlats med APC.")])],
  must_not=[M102],
  why="Hard negative: 'Misstanken om koloncancer' is followed by 'avskrivs' — a ruled-out diagnosis.")

C("ger-cam-negativ-ej-forenlig-med-delirium", "vgr", ("1931-03-16", "264"),
  [N("v_ger_skovde", "fors", "2024-02-20 09:55", "Daganteckning", [
      ("Status", "Vaken, uppmärksam, följer samtal. CAM negativ."),
      ("Bedömning", "Bilden är inte förenlig med delirum. Minnessvikten är känd sedan flera år och oförändrad.")])],
  must_not=[M102],
  why="'inte förenlig med delirum' (typo for delirium) negates the hedge word 'förenlig'.")

C("ger-kurator-makens-trolig-alzheimer", "skane", ("1939-10-01", "466"),
  [N("s_kurator_ger_malmo", "sjoberg_kur", "2024-02-27 14:30", "Kuratorsanteckning", [
      ("Samtal", "Samtal med pat inför hemgång. Maken, som pat vårdar, har trolig Alzheimers sjukdom och utreds på vårdcentralen. Pat känner sig sliten och önskar avlösning."),
      ("Åtgärd", "Kontakt med biståndshandläggare om växelvård för maken.")])],
  must_not=[M102, M101],
  why="The hedged dementia belongs to the patient's husband, not the patient.")

C("ger-hereditet-modern-troligen-demens", "vgr", ("1955-06-30", "086"),
  [N("v_minne_molndal", "strand", "2024-03-05 10:40", "Nybesök", [
      ("Anamnes", "Hereditet: modern hade troligen demens, insjuknade i 80-årsåldern. Morbror med Parkinsons sjukdom. Pat själv upplever att hon tappar ord."),
      ("Status", "MMSE 29/30, klocktest u.a."),
      ("Bedömning", "Normal kognitiv screening, ingen demenssjukdom. Återkontakt vid försämring.")])],
  must_not=[M102],
  why="'troligen demens' is family history (the mother); the patient is assessed as having no dementia.")

C("ger-ev-remiss-fysioterapeut-artros", "skane", ("1947-11-24", "208"),
  [N("s_gerott_lund", "haddad", "2024-03-13 15:10", "Återbesök", [
      ("Bedömning", "Känd artros i båda knäna, smärtan väl kontrollerad med paracetamol."),
      ("Planering", "Ev. remiss till fysioterapeut för artrosskola, pat funderar.")])],
  must_not=[M102],
  why="'Ev.' hedges a referral (a plan); the knee osteoarthritis is known and confirmed.")

C("ger-trolig-utskrivning-korttidsboende", "vgr", ("1930-05-12", "395"),
  [N("v_ger_uddevalla", "petrovic", "2024-03-19 11:15", "Daganteckning", [
      ("Planering", "Trolig utskrivning till korttidsboende på torsdag, SIP-möte med kommunen i morgon.")], signed=None)],
  must_not=[M102],
  why="'Trolig' hedges a discharge date, not a diagnosis.")

C("ger-sah-vid-misstanke-om-pneumoni-ring", "vgr", ("1948-08-17", "376"),
  [N("v_sah_boras", "johansson_m", "2024-03-27 13:50", "Läkaranteckning", [
      ("Bedömning", "Stabil, smärtan väl lindrad på nuvarande doser."),
      ("Planering", "Vid misstanke om pneumoni eller saturation under 90 % kontaktas SAH-läkare dygnet runt.")])],
  must_not=[M102],
  why="A conditional instruction ('Vid misstanke om pneumoni ... kontaktas') is no hypothesis about the patient now.")

C("ger-sabo-ordination-vid-misstanke-uvi-odla", "skane", ("1926-12-03", "142"),
  [N("s_mobgerteam_landskrona", "bergstrom", "2024-04-02 14:20", "Hembesök", [
      ("Aktuellt", "Uppföljning på SÄBO Lindgården efter avslutad antibiotikakur, pat pigg och äter bra."),
      ("Planering", "Till personalen: vid misstanke om UVI hos pat framöver tas urinodling innan antibiotika ges.")])],
  must_not=[M102],
  why="Standing order for a future UVI suspicion: conditional, not a current hedged diagnosis.")

C("ger-konstaterad-alzheimer-uppfoljning", "vgr", ("1939-02-18", "240"),
  [N("v_minne_molndal", "strand", "2024-04-09 09:00", "Återbesök", [
      ("Bedömning", "Alzheimers sjukdom, diagnos ställd 2022 här på mottagningen. Donepezil tolereras väl, MMSE 22 mot 23 i fjol.")])],
  must_not=[M102],
  why="A confirmed, earlier communicated Alzheimer diagnosis with no hedge and nothing said about withholding.")

C("ger-pneumoni-konstaterad-pa-rtg", "skane", ("1935-09-25", "271"),
  [N("s_ger_lund", "ekstrom", "2024-04-15 12:20", "Daganteckning läkare", [
      ("Utredning", "Rtg thorax visar pneumoni basalt hö med liten parapneumonisk vätska."),
      ("Bedömning", "Fortsatt bensylpenicillin 3 g x 3, CRP sjunker.")])],
  must_not=[M102],
  why="Pneumonia confirmed on x-ray, stated without any hedge.")

C("ger-asih-mojligen-trottare-symtom", "skane", ("1953-03-03", "128"),
  [N("s_asih_lund", "persson_ssk", "2024-04-22 10:50", "Hembesök sjuksköterska", [
      ("Aktuellt", "Möjligen något tröttare än vanligt, äter sämre enligt maken. Sover mer dagtid."),
      ("Åtgärd", "Vikt och vätskeintag följs, återbesök på torsdag.")])],
  must_not=[M102],
  why="'Möjligen' hedges tiredness, a symptom, not a diagnosis.")

C("ger-pall-trolig-smarta-vid-vandning", "vgr", ("1944-07-08", "359"),
  [N("v_pall_skovde", "berg_ssk", "2024-04-30 23:15", "Omvårdnadsanteckning", [
      ("Smärta", "Grimaserar och stönar vid vändning, trolig smärta. Morfin 2,5 mg sc givet kl 22.40 med god effekt.")])],
  must_not=[M102],
  why="Hard negative: 'trolig smärta' in a dying patient who cannot speak hedges a symptom.")

C("ger-oklart-om-tabletter-tagits", "skane", ("1937-05-30", "309"),
  [N("s_gerott_lund", "axelsson", "2024-05-06 11:05", "Återbesök", [
      ("Aktuellt", "Oklart om pat tagit sina tabletter senaste veckan, dosetten fortfarande full för tisdag–torsdag."),
      ("Åtgärd", "Apodos och läkemedelsgenomgång ordnas, hemtjänsten tar över överlämningen.")])],
  must_not=[M102],
  why="'Oklart om' concerns medication adherence, not a diagnosis.")

C("ger-misstankt-fall-under-natten", "vgr", ("1932-04-26", "268"),
  [N("v_ger_boras", "karlsson_ssk", "2024-05-13 05:40", "Omvårdnadsanteckning", [
      ("Aktivitet", "Misstänkt fall under natten, pat hittad sittande på golvet vid sängen. Inga synliga skador, rör alla extremiteter. Jourhavande läkare informerad.")], signed=None)],
  must_not=[M102],
  why="Hard negative: 'Misstänkt fall' hedges an event (a fall), not a disease.")

C("ger-asih-prognos-troligen-dagar", "skane", ("1946-01-17", "391"),
  [N("s_asih_lund", "sandberg", "2024-05-22 16:05", "Läkaranteckning", [
      ("Bedömning", "Pat är i livets slutskede med känd metastaserad prostatacancer. Förväntad överlevnad troligen dagar till någon vecka."),
      ("Åtgärd", "Vid behovs-läkemedel i sc-form ordinerade, Stesolid, Morfin, Haldol, Robinul.")])],
  must_not=[M102],
  why="'troligen' hedges the prognosis (survival time); the cancer and end-of-life state are confirmed.")

C("ger-typo-ingen-missanke-om-dvt", "vgr", ("1941-11-02", "182"),
  [N("v_ger_molndal", "strand", "2024-05-29 10:25", "Daganteckning", [
      ("Status", "Vadomfång lika bilat, ingen ömhet längs venstråk."),
      ("Bedömning", "Ingen missanke om DVT. Svullnaden tolkas som ödem vid immobilisering.")])],
  must_not=[M102],
  why="Typo in the negation ('missanke' for misstanke): still a negated DVT.")

C("ger-inga-hallpunkter-for-temporalisarterit", "skane", ("1949-09-14", "242"),
  [N("s_ger_ystad", "ekstrom", "2024-06-04 14:00", "Daganteckning läkare", [
      ("Bedömning", "Inga hållpunkter för temporalisarterit, SR 12 och normala temporalispulsar. Huvudvärken av spänningstyp.")])],
  must_not=[M102],
  why="'Inga hållpunkter för' negates the diagnosis.")

C("ger-hjartinfarkt-kan-uteslutas-troponin", "skane", ("1934-06-06", "331"),
  [N("s_akger_hbg", "rezaei", "2024-06-11 18:30", "Daganteckning läkare", [
      ("Utredning", "Troponin T 14 och 15 med tre timmars intervall, EKG oförändrat mot tidigare."),
      ("Bedömning", "Hjärtinfarkt kan uteslutas. Bröstsmärtan är muskuloskeletal, ömhet vid palpation av bröstkorgen.")])],
  must_not=[M102],
  why="Hard negative against 'kan ej uteslutas': 'kan uteslutas' rules the infarction out.")

C("ger-dt-buk-eventuellt-kontrast", "vgr", ("1943-10-10", "233"),
  [N("v_ger_skovde", "fors", "2024-07-01 13:35", "Daganteckning", [
      ("Planering", "DT buk planeras, eventuellt med kontrast beroende på kreatinin i morgon.")])],
  must_not=[M102],
  why="'eventuellt' hedges how an examination is done, a plan.")

C("ger-om-parkinsonism-av-haloperidol", "vgr", ("1935-12-01", "377"),
  [N("v_ger_skovde", "fors", "2024-07-16 10:10", "Läkaranteckning", [
      ("Bedömning", "Agitation nattetid vid känd Alzheimers sjukdom, haloperidol 0,5 mg till natten i högst en vecka."),
      ("Planering", "Om pat skulle utveckla parkinsonism av haloperidolen sätts den ut direkt.")])],
  must_not=[M102],
  why="A hypothetical side effect ('Om pat skulle utveckla parkinsonism') is conditional, not a hypothesis.")

C("ger-pat-oro-cancer-inget-talar-for", "skane", ("1945-04-11", "062"),
  [N("s_gerott_lund", "lindqvist", "2024-07-23 11:30", "Återbesök", [
      ("Anamnes", "Pat är orolig för att hon har cancer efter att en väninna fått sitt besked."),
      ("Bedömning", "Det finns inget som talar för malignitet: stabil vikt, normalt Hb och SR, normal buk- och bröstpalpation. Pat lugnad.")])],
  must_not=[M102],
  why="The patient's own worry plus 'inget som talar för malignitet': the hedge is negated.")

C("ger-fragestallning-pneumoni-besvaras-nekande", "vgr", ("1940-01-27", "350"),
  [N("v_ger_uddevalla", "petrovic", "2024-07-31 15:25", "Daganteckning", [
      ("Utredning", "Frågeställning pneumoni besvaras nekande: rtg u.a. och CRP 8."),
      ("Bedömning", "Hostan har lindrats, antibiotika avslutas.")])],
  must_not=[M102],
  why="The diagnostic question is answered in the negative in the same sentence.")

C("ger-kurator-systern-avled-troligen-als", "vgr", ("1951-08-22", "161"),
  [N("v_kurator_nal", "engstrom_kur", "2024-08-07 13:00", "Kuratorsanteckning", [
      ("Samtal", "Pat berättar att systern avled i våras, troligen av ALS, och oroar sig för ärftlighet. Vill prata med läkaren om det.")])],
  must_not=[M102],
  why="The hedged ALS belongs to the patient's late sister.")

C("ger-diagnos-sokord-bekraftade", "vgr", ("1933-09-09", "220"),
  [N("v_ger_molndal", "strand", "2024-08-22 14:15", "Utskrivningsanteckning", [
      ("Diagnos", "Höftfraktur vä, opererad med hemiartroplastik. Postoperativt delirium, regredierat. Förmaksflimmer, känt sedan tidigare.")])],
  must_not=[M102],
  why="A Diagnos sökord listing only settled diagnoses without hedges.")

C("ger-asih-pat-vill-troligen-inte-sjukhus", "vgr", ("1942-02-28", "393"),
  [N("v_asih_goteborg", "nguyen", "2024-08-28 11:45", "Läkaranteckning", [
      ("Bedömning", "Känd ALS med tilltagande andningssvikt. Pat vill troligen inte läggas in igen, brytpunktssamtal bokas med pat och hustrun på måndag.")])],
  must_not=[M102],
  why="'troligen' hedges the patient's wishes about hospital care; ALS is known.")

# ---------------------------------------------------------------- part D: protected places and PMO (never shows diagnoses)
C("ger-skane-tidiga-hyp-mall-pankreas", "skane", ("1941-05-09", "343"),
  [N("s_ger_malmo", "johansson_m", "2024-01-11 16:10", "Tidiga hypoteser", [
      ("Bedömning", "Misstänkt pankreascancer med tanke på smärtfri ikterus och viktnedgång. DT buk beställd, hypotesen diskuteras inte med pat förrän svar finns.")], signed=None)],
  must_not=[M102],
  why="Skåne: the hedged cancer is only in a note whose template is Tidiga hypoteser, which Journalen hides.")

C("ger-vgr-tidiga-hyp-sokord-ftd", "vgr", ("1953-10-18", "135"),
  [N("v_gerott_alingsas", "wallin", "2024-02-15 10:35", "Nybesök", [
      ("Anamnes", "Hustrun söker för att han blivit ovanligt hänsynslös och spenderar stora summor på nätet."),
      ("Status", "MoCA 26/30, lätt nedsatt verbal flyt. Neurologiskt u.a."),
      ("Tidiga hypoteser", "Trolig frontotemporal demens av beteendevariant. Tas inte upp med pat innan neuropsykologisk bedömning är klar."),
      ("Planering", "Neuropsykolog och MR hjärna, återbesök om sex veckor.")])],
  must_not=[M102],
  why="VGR: the only hedged diagnosis sits under the sökord Tidiga hypoteser; the visible sections hold symptoms and plans.")

C("ger-vgr-endast-tidiga-hyp-sokord", "vgr", ("1947-06-03", "279"),
  [N("v_pall_skovde", "sandberg", "2024-03-07 17:20", "Läkaranteckning", [
      ("Tidiga hypoteser", "Kan röra sig om paramalign hyperkalcemi som förklaring till förvirringen, joniserat kalcium tas i morgon.")])],
  must_not=[M102],
  why="VGR note with a single section, sökord Tidiga hypoteser: nothing visible.")

C("ger-skane-tidiga-hyp-mall-alkohol-asih", "skane", ("1955-02-07", "453"),
  [N("s_asih_kristianstad", "sandberg", "2024-04-18 15:50", "Tidiga hypoteser", [
      ("Bedömning", "Misstänkt alkoholberoende, sonen har berättat om dolda flaskor i garaget. Wernickes encefalopati kan ej uteslutas vid ataxi och förvirring, tiamin ges iv.")])],
  must_not=[M102],
  why="Skåne ASIH: two hedged diagnoses, both only in the Tidiga hypoteser template.")

C("ger-pmo-dsk-susp-pneumoni-hembesok", "skane", ("1931-01-30", "284"),
  [N("s_vc_eslov", "nilsson_dsk", "2024-01-29 13:25", "Hembesök distriktssköterska", [
      ("Aktuellt", "Hemsjukvård, larm från hemtjänst om andfåddhet och feber 38,7."),
      ("Status", "AF 26, sat 89 %, rassel hö basalt."),
      ("Bedömning", "Susp pneumoni. Dr på vårdcentralen kontaktad, hembesök av läkare i eftermiddag.")])],
  must_not=[M102],
  why="PMO hemsjukvård note: PMO never shows diagnoses, so 'Susp pneumoni' is no NL102.")

C("ger-pmo-sabo-rond-trolig-blanddemens", "skane", ("1929-06-16", "163"),
  [N("s_vc_kavlinge", "sandberg", "2024-02-28 10:00", "Läkaranteckning", [
      ("Aktuellt", "SÄBO-rond Solrosen. Ökad oro kvällstid, vandrar i korridoren."),
      ("Bedömning", "Trolig blanddemens, Alzheimer och vaskulär komponent. Ingen ytterligare utredning enligt pat tidigare uttalade önskan."),
      ("Åtgärd", "Bemötandeplan med personalen, melatonin till natten.")])],
  must_not=[M102],
  why="Nursing-home round by a vårdcentral doctor in PMO: hedged dementia diagnosis, but PMO is not shown.")

C("ger-pmo-typo-misstant-uvi", "skane", ("1934-08-25", "226"),
  [N("s_vc_hoor", "andersson_dsk", "2024-03-14 09:10", "Telefonkontakt", [
      ("Telefonkontakt", "Hemtjänst ringer, pat har sveda och täta trängningar. Misstänt UVI, urinprov hämtas i dag av dsk.")], signed=None)],
  must_not=[M102],
  why="PMO with a typo in the hedge ('Misstänt'): not shown in Journalen either way.")

C("ger-pmo-dd-erysipelas-stasdermatit", "skane", ("1940-03-02", "492"),
  [N("s_vc_hassleholm", "osman", "2024-04-04 14:45", "Hembesök läkare", [
      ("Status", "Rodnad och värme hö underben, bilat pittingödem, hemosiderosfläckar."),
      ("Bedömning", "Erysipelas, DD stasdermatit. PcV 1 g x 3 i tio dagar, stödstrumpor när rodnaden lagt sig.")])],
  must_not=[M102],
  why="PMO home-visit note with 'DD stasdermatit': PMO does not show diagnoses.")

C("ger-pmo-telefonradgivning-mojlig-baltros", "skane", ("1945-11-11", "148"),
  [N("s_vc_simrishamn", "lund_dsk", "2024-05-16 11:20", "Telefonrådgivning", [
      ("Telefonkontakt", "Pat ringer om brännande smärta och utslag på ena sidan av bröstkorgen sedan två dagar. Möjlig bältros, tid till läkare i eftermiddag.")])],
  must_not=[M102],
  why="District nurse telephone note in PMO: 'Möjlig bältros' is never shown.")

C("ger-pmo-vc-kan-ej-utesluta-hjartsvikt", "skane", ("1938-09-30", "255"),
  [N("s_vc_sjobo", "johansson_m", "2024-06-13 15:35", "Läkaranteckning", [
      ("Bedömning", "Bensvullnad och ansträngningsdyspné, kan ej utesluta hjärtsvikt. NT-proBNP och EKG, ekokardiografi vid förhöjt värde.")])],
  must_not=[M102],
  why="PMO doctor's note at a vårdcentral: the hedged heart failure is not visible.")

C("ger-pmo-long-sabo-rond", "skane", ("1927-04-22", "381"),
  [N("s_vc_kavlinge", "sandberg", "2024-09-12 13:00", "Läkaranteckning", [
      ("Aktuellt", "Ordinarie SÄBO-rond på Vallmon, avdelning 2, tillsammans med ssk Kerstin. 97-årig man, boende sedan 2021. Känd hjärtsvikt, förmaksflimmer med Eliquis, måttlig Alzheimers sjukdom och prostatahyperplasi med KAD. Personalen rapporterar att han ätit sämre senaste två veckorna, ligger mer i sängen och har hostat i samband med måltider. Ingen feber uppmätt. Dottern har ringt och undrar om pappa har ont."),
      ("Status", "AT: Blek, sitter i rullstol, svarar med korta meningar, orienterad till person. Cor: Oregelbunden rytm, frekvens ca 84. Pulm: Krepitationer basalt bilat, dämpning hö basalt. Buk: Mjuk, oöm. Ben: Pittingödem till knäna bilat. Munhåla: Torr, beläggningar på tungan. Vikt 61 kg mot 65 kg i juni. Abbey pain scale 4."),
      ("Bedömning", "Trolig aspiration vid måltider med pneumoni hö basalt, DD tilltagande hjärtsvikt med pleuravätska. Munsvamp sannolikt bidragande till att han äter sämre. Allmän avtackling vid hög ålder."),
      ("Åtgärd", "Amoxicillin mixtur 750 mg x 3 i sju dagar. Mycostatin 1 ml x 4. Munvård två gånger dagligen enligt bedömning av tandhygienist. Konsistensanpassad kost och sittande ställning vid måltid. Paracetamol 1 g x 3 regelbundet tills vidare."),
      ("Planering", "Brytpunktssamtal med dottern på fredag, ssk Kerstin bokar tiden. Ny rond om en vecka, tidigare vid försämring. Ej aktuellt med sjukhusvård enligt tidigare samtal med pat och dotter.")])],
  must_not=[M102],
  why="Long PMO SÄBO-rond chart with several hedged diagnoses (trolig, DD, sannolikt): PMO is never shown.")
# ---------------------------------------------------------------- part E: NL101 positives (diagnosis visible, patient not told)
C("ger-levermetastaser-ej-informerad-besked-i-morgon", "skane", ("1939-08-03", "451"),
  [N("s_ger_lund", "ekstrom", "2024-01-12 15:15", "Daganteckning läkare", [
      ("Utredning", "DT buk: multipla levermetastaser från tumör i colon sigmoideum."),
      ("Bedömning", "Pat ej informerad ännu, besked ges av ansvarig överläkare i morgon tillsammans med dottern.")])],
  must=[M101], must_not=[M102],
  why="Confirmed metastases in a visible section while 'Pat ej informerad ännu'.")

C("ger-vgr-dottern-vill-att-vi-vantar-med-besked", "vgr", ("1936-06-19", "262"),
  [N("v_ger_boras", "johansson_m", "2024-01-24 11:00", "Daganteckning", [
      ("Utredning", "Svar på finnålsbiopsi: adenocarcinom i vä lunga."),
      ("Information", "Pat har inte informerats om cancerbeskedet, dottern vill att vi väntar tills hon är på plats på fredag.")])],
  must=[M101],
  why="A relative asks staff to wait; the lung cancer is already in a visible section and the patient has not been told.")

C("ger-typo-alzhiemer-ej-informerad", "skane", ("1943-11-15", "188"),
  [N("s_minne_malmo", "lindqvist", "2024-02-05 14:40", "Läkaranteckning", [
      ("Diagnos", "Alzhiemers sjukdom med sen debut."),
      ("Planering", "Pat är ännu inte informerad om diagnosen. Återbesök för diagnosbesked om två veckor tillsammans med maken.")])],
  must=[M101],
  why="Typo in the diagnosis ('Alzhiemers') under the Diagnos sökord; the patient has not yet been told.")

C("ger-asih-skelettmetastaser-inte-meddelat", "vgr", ("1944-03-27", "397"),
  [N("v_asih_goteborg", "nguyen", "2024-02-14 16:30", "Läkaranteckning", [
      ("Utredning", "Skelettskintigrafi visar skelettmetastaser i bäckenet och ländryggen."),
      ("Planering", "Inte meddelat pat än. Hembesök med läkare och ssk på torsdag för samtal om fyndet och strålbehandling.")])],
  must=[M101],
  why="Telegraphic 'Inte meddelat pat än' next to confirmed bone metastases in ASIH.")

C("ger-typo-ventrikelcancer-ej-infomerad", "skane", ("1934-10-12", "375"),
  [N("s_ger_ystad", "holm", "2024-02-26 13:15", "Daganteckning läkare", [
      ("Utredning", "Gastroskopi med ulcererande tumör i corpus, PAD bekräftar adenocarcinom i ventrikeln."),
      ("Bedömning", "Pat ej infomerad ännu, överläkaren håller i samtalet.")])],
  must=[M101], must_not=[M102],
  why="Typo in 'infomerad' (informerad); a confirmed stomach cancer is visible before the patient is told.")

C("ger-als-faststalld-besked-forst-pa-fredag", "vgr", ("1950-04-08", "413"),
  [N("v_ger_skovde", "fors", "2024-03-06 10:20", "Läkaranteckning", [
      ("Bedömning", "Diagnosen ALS är fastställd av neurolog efter EMG. Pat ska inte få beskedet förrän hustrun kan närvara, planerat på fredag.")])],
  must=[M101], must_not=[M102],
  why="'ska inte få beskedet förrän ...': a settled ALS diagnosis visible before the patient is told.")

C("ger-ssk-pat-vet-inte-om-frakturen", "skane", ("1930-12-24", "226"),
  [N("s_ger_trbg", "olsson_ssk", "2024-03-15 09:45", "Omvårdnadsanteckning", [
      ("Smärta", "Rtg visar collumfraktur vä. Pat vet ännu inte om frakturen, dr informerar vid förmiddagsronden.")])],
  must=[M101],
  why="A nurse documents a fracture in a visible note while stating the patient does not know yet.")

C("ger-vgr-beskedet-om-lungcancer-ej-lamnat", "vgr", ("1941-02-01", "355"),
  [N("v_ger_uddevalla", "petrovic", "2024-03-22 14:05", "Läkaranteckning", [
      ("Utredning", "Bronkoskopi: skivepitelcancer i hö huvudbronk."),
      ("Bedömning", "Beskedet om lungcancern har ännu inte lämnats till pat. Kontaktsjuksköterska bokas till samtalet.")], signed=None)],
  must=[M101],
  why="Passive phrasing ('Beskedet ... har ännu inte lämnats till pat') about a confirmed cancer.")

C("ger-multinot-n1-mds-ej-informerad", "skane", ("1937-04-14", "264"),
  [N("s_ger_lund", "ekstrom", "2024-04-01 15:25", "Daganteckning läkare", [
      ("Utredning", "Benmärgsbiopsi: myelodysplastiskt syndrom med låg risk."),
      ("Bedömning", "Pat ej informerad om diagnosen, samtal med pat och dotter bokat på måndag.")]),
   N("s_ger_lund", "persson_ssk", "2024-04-02 07:30", "Omvårdnadsanteckning", [
      ("Nutrition", "Sovit gott, mobiliserad till stol. Äter hälften av portionerna.")], nid="n2")],
  must=[M101], must_not=[("NL101", "n2")],
  why="Two notes: the doctor's note (n1) shows MDS untold; the nurse's next-day note (n2) has no diagnosis.")

C("ger-vgr-long-stroke-ej-underrattad", "vgr", ("1940-09-21", "480"),
  [N("v_akger_nal", "osman", "2024-04-10 13:30", "Daganteckning", [
      ("Aktuellt", "Dag 2 på avdelningen. 84-årig kvinna som inkom via akuten med plötslig svaghet i hö arm och ben samt talsvårigheter, insjuknande ca kl 06 i går enligt maken. Trombolys ej aktuellt då hon låg utanför tidsfönstret vid ankomst."),
      ("Status", "AT: Vaken, trött, följer enkla uppmaningar. Tal: Uttalad motorisk afasi, enstaka ord. Neuro: Pares hö arm 2/5, hö ben 3/5, central facialispares hö. NIHSS 11. Cor: Oregelbunden rytm 96/min. BT 162/88. Sväljtest: Ej godkänt."),
      ("Utredning", "MR hjärna i dag visar färsk infarkt i vä a. cerebri media-territoriet. Telemetri visar förmaksflimmer, ej känt sedan tidigare."),
      ("Bedömning", "Ischemisk stroke i vä a. cerebri media-territoriet orsakad av nyupptäckt förmaksflimmer. Antikoagulation med apixaban planeras från dag 6 enligt riktlinje."),
      ("Information", "Pat ännu ej underrättad om stroken eller flimret då hon varit för trött och afatisk för samtal. Maken informeras i eftermiddag, samtal med pat när tillståndet tillåter."),
      ("Planering", "Logoped, fysioterapeut och arbetsterapeut kopplas in. Nasogastrisk sond för läkemedel och nutrition. Trycksårsprofylax och lägesändring var tredje timme. Ny bedömning av sväljförmågan på måndag.")])],
  must=[M101], must_not=[M102],
  why="Long stroke chart; one sentence says the patient is not yet told ('ännu ej underrättad') about the stroke.")

C("ger-demensdiagnos-ej-informerat-pat-trott", "skane", ("1938-01-09", "441"),
  [N("s_gerott_lund", "haddad", "2024-04-19 11:10", "Återbesök", [
      ("Bedömning", "Utredningen är klar: blandform av Alzheimers sjukdom och vaskulär demens. Ej informerat pat om demensdiagnosen i dag då hon var för trött, nytt besök om en vecka.")])],
  must=[M101],
  why="'Ej informerat pat om demensdiagnosen' while the dementia diagnosis stands in the same visible section.")

C("ger-typo-inte-imformerad-progress", "vgr", ("1948-05-31", "126"),
  [N("v_pall_skovde", "sandberg", "2024-04-26 15:55", "Läkaranteckning", [
      ("Utredning", "DT buk: progress av levermetastaserna, ny peritoneal karcinos."),
      ("Bedömning", "Pat ännu inte imformerad om progressen, samtal i morgon med kontaktssk.")])],
  must=[M101],
  why="Typo 'imformerad'; new peritoneal carcinosis is visible before the patient is told.")

C("ger-barnen-informerade-pat-sjalv-ej-glioblastom", "skane", ("1945-07-26", "222"),
  [N("s_ger_lund", "strand", "2024-05-03 16:20", "Läkaranteckning", [
      ("Utredning", "MR hjärna: tumör i vä temporallob, PAD efter stereotaktisk biopsi visar glioblastom."),
      ("Information", "Dottern och sonen informerade per telefon. Pat själv ej informerad, samtal med henne planeras på tisdag.")])],
  must=[M101],
  why="Relatives told, the patient not: the glioblastoma stays visible to an uninformed patient.")

C("ger-vgr-telefon-son-pankreascancer-pat-ej-vet", "vgr", ("1935-03-05", "171"),
  [N("v_ger_molndal", "strand", "2024-05-17 12:40", "Telefonkontakt", [
      ("Telefonkontakt", "Informerar sonen om att DT visat pankreascancer med levermetastaser. Pat har ännu inte fått veta, besked ges när sonen är på plats.")])],
  must=[M101],
  why="Phone note to the son; the same sentence pair states the cancer and that the patient has not been told.")

C("ger-avvaktar-med-att-beratta-blasecancer", "skane", ("1933-09-18", "337"),
  [N("s_ger_malmo", "johansson_m", "2024-05-28 10:45", "Daganteckning läkare", [
      ("Bedömning", "Cystoskopi med PAD: muskelinvasiv urinblåsecancer. Vi avvaktar med att berätta om cancern för pat tills deliriet klingat av.")])],
  must=[M101],
  why="'avvaktar med att berätta' means the patient has not been told about a visible cancer.")

C("ger-vgr-typo-myleom-ska-inte-informeras", "vgr", ("1942-12-16", "299"),
  [N("v_ger_boras", "nguyen", "2024-06-07 14:20", "Daganteckning", [
      ("Utredning", "Benmärgsprov visar multipelt myleom."),
      ("Planering", "Pat ska inte informeras förrän hematologen tagit ställning till behandling.")])],
  must=[M101],
  why="Typo in the diagnosis ('myleom'); the note says the patient must not be told yet.")

C("ger-misstankt-lungcancer-ej-informerad-om-fyndet", "skane", ("1946-02-22", "419"),
  [N("s_akger_hbg", "rezaei", "2024-06-19 13:55", "Daganteckning läkare", [
      ("Utredning", "Misstänkt lungcancer på DT thorax med 4 cm tumör i hö överlob."),
      ("Bedömning", "Pat är inte informerad om fyndet ännu, remiss till lungmottagningen skickas.")])],
  must=[M101, M102],
  why="A hedged cancer in a visible section that the patient has not been told about breaks both rules.")

C("ger-vgr-sah-hjarnmetastaser-ej-berattat", "vgr", ("1949-10-28", "238"),
  [N("v_sah_boras", "fors", "2024-07-04 15:00", "Läkaranteckning", [
      ("Utredning", "MR hjärna visar multipla hjärnmetastaser."),
      ("Bedömning", "Har inte berättat detta för pat ännu, hustrun ber oss vänta tills barnen kommit hem.")])],
  must=[M101],
  why="'Har inte berättat detta för pat' about confirmed brain metastases in SAH.")

C("ger-asih-recidiv-pat-har-inte-fatt-veta", "skane", ("1951-05-14", "386"),
  [N("s_asih_kristianstad", "sandberg", "2024-08-09 11:35", "Läkaranteckning", [
      ("Utredning", "Recidiv av ovarialcancer med ascites, bekräftat cytologiskt."),
      ("Planering", "Pat har inte fått veta ännu, onkologen ringer henne i morgon.")], signed=None)],
  must=[M101],
  why="ASIH note with a confirmed recurrence the patient has not heard about.")

C("ger-vgr-epikris-vaskular-demens-ej-informerad", "vgr", ("1936-11-29", "140"),
  [N("v_ger_uddevalla", "petrovic", "2024-09-06 10:30", "Epikris", [
      ("Orsak till inläggning", "Inlagd för fall och förvirring, hemtjänst fyra gånger dagligen."),
      ("Vårdförlopp", "Fallutredning utan fynd av fraktur. Kognitiv utredning under vårdtiden med MR och neuropsykologisk testning."),
      ("Diagnos", "Vaskulär demens. Ortostatisk hypotension."),
      ("Uppföljning", "Pat ej informerad om demensdiagnosen, informeras vid återbesök på minnesmottagningen med dottern.")])],
  must=[M101],
  why="Discharge summary lists vascular dementia under Diagnos while the patient is not yet informed.")
# ---------------------------------------------------------------- part F: NL101 negatives (told, not a diagnosis, protected, relative)
C("ger-informerat-om-alzheimer-i-dag", "vgr", ("1940-07-12", "246"),
  [N("v_minne_molndal", "strand", "2024-01-17 14:25", "Återbesök", [
      ("Bedömning", "Alzheimers sjukdom, tidig fas."),
      ("Information", "Informerat pat och dottern om diagnosen. Pat tar beskedet lugnt och ställer frågor om körkortet.")], signed=None)],
  must_not=[M101, M102],
  why="The dementia diagnosis is given to the patient today in the same note.")

C("ger-asih-informerad-tidigare-om-levermetastaser", "skane", ("1947-03-23", "317"),
  [N("s_asih_malmo", "sandberg", "2024-01-31 10:50", "Inskrivningsanteckning", [
      ("Anamnes", "Koloncancer med levermetastaser. Pat informerad om metastaserna vid besök på onkologen 12/1 och vet att behandlingen är palliativ.")])],
  must_not=[M101],
  why="The patient was told earlier; the note says so.")

C("ger-ej-informerad-om-datum-for-mr", "vgr", ("1944-09-02", "193"),
  [N("v_gerott_alingsas", "wallin", "2024-02-09 09:35", "Läkaranteckning", [
      ("Bedömning", "Parkinsons sjukdom sedan 2019, ökade off-perioder."),
      ("Planering", "MR hjärna beställd. Pat ej informerad om datum för MR ännu, kallelse kommer per post.")])],
  must_not=[M101],
  why="What the patient has not been told is a date, not the (known) Parkinson diagnosis.")

C("ger-remiss-skickad-pat-ej-informerad-om-remissen", "skane", ("1937-02-06", "428"),
  [N("s_ger_ystad", "holm", "2024-02-16 15:05", "Daganteckning läkare", [
      ("Bedömning", "Känd hjärtsvikt, kompenserad. Minnesproblem enligt hustrun."),
      ("Åtgärd", "Remiss skickad till minnesmottagningen, pat ännu inte informerad om remissen.")])],
  must_not=[M101],
  why="The untold item is that a referral was sent; no untold diagnosis.")

C("ger-normalt-dt-svar-ej-meddelat", "vgr", ("1932-06-07", "333"),
  [N("v_ger_uddevalla", "osman", "2024-02-23 11:20", "Daganteckning", [
      ("Utredning", "DT hjärna normal för åldern."),
      ("Bedömning", "Känd hjärtsvikt NYHA III. Pat har ännu inte fått besked om det normala DT-svaret, meddelas vid ronden.")])],
  must_not=[M101],
  why="The result the patient has not heard is normal; the heart failure is long known.")

C("ger-skane-tidiga-hyp-mall-lymfom-ej-informerad", "skane", ("1943-04-30", "211"),
  [N("s_ger_lund", "ekstrom", "2024-03-01 16:40", "Tidiga hypoteser", [
      ("Bedömning", "Förstorade lymfkörtlar på halsen och nattsvettningar, misstänkt lymfom. Pat ej informerad, avvaktar körtelbiopsi.")])],
  must_not=[M101, M102],
  why="Skåne: the untold hypothesis is kept only in the Tidiga hypoteser template.")

C("ger-vgr-tidiga-hyp-sokord-myelom-ej-informerad", "vgr", ("1939-11-19", "375"),
  [N("v_ger_skovde", "fors", "2024-03-11 13:45", "Läkaranteckning", [
      ("Aktuellt", "Ryggsmärta sedan två månader, Hb 98, kreatinin 142."),
      ("Tidiga hypoteser", "Misstänkt myelom, M-komponent 32 g/l. Pat ej informerad, avvaktar benmärgsprov."),
      ("Planering", "Benmärgsprov på torsdag.")])],
  must_not=[M101, M102],
  why="VGR: the untold suspected myeloma is only under the sökord Tidiga hypoteser; visible sections hold findings and plans.")

C("ger-pall-pat-informerad-sonen-inte", "skane", ("1946-08-29", "160"),
  [N("s_pall_ystad", "wallin", "2024-03-20 14:15", "Läkaranteckning", [
      ("Information", "Pat informerad om att bröstcancern spridit sig till lungorna. Hon vill inte att sonen får veta ännu, vilket respekteras.")], signed=None)],
  must_not=[M101],
  why="The patient is told; only a relative is not.")

C("ger-urosepsis-bekraftad-inget-om-information", "vgr", ("1935-01-25", "456"),
  [N("v_ger_boras", "johansson_m", "2024-03-28 10:05", "Daganteckning", [
      ("Bedömning", "Urosepsis med E. coli i blododling, förbättras på cefotaxim. Feberfri sedan i går.")])],
  must_not=[M101],
  why="A confirmed diagnosis with nothing said about telling the patient.")

C("ger-multinot-n2-pat-informerad-om-koloncancer", "skane", ("1938-05-04", "283"),
  [N("s_ger_malmo", "johansson_m", "2024-04-05 15:35", "Daganteckning läkare", [
      ("Utredning", "PAD från koloskopin: adenocarcinom i colon ascendens."),
      ("Bedömning", "Pat ej informerad ännu, informationssamtal bokat i morgon.")]),
   N("s_ger_malmo", "johansson_m", "2024-04-06 11:00", "Läkaranteckning", [
      ("Information", "Informationssamtal med pat och sonen. Pat informerad om koloncancern och om att kirurgen bedömer henne för operation.")], nid="n2", refs=["n1"])],
  must_not=[("NL101", "n2")],
  why="The later note (n2) records that the patient was told; it must not be flagged for the earlier withholding.")

C("ger-informerad-i-gar-minns-inte-i-dag", "vgr", ("1928-07-13", "240"),
  [N("v_ger_molndal", "strand", "2024-04-12 09:50", "Daganteckning", [
      ("Bedömning", "Collumfraktur hö, opereras i eftermiddag."),
      ("Information", "Pat informerades i går om höftfrakturen men minns det inte i dag, informationen upprepas.")])],
  must_not=[M101],
  why="Hard negative for dementia care: the patient was told and forgot; the note repeats the information.")

C("ger-asih-vill-inte-diskutera-prognos", "skane", ("1949-12-08", "311"),
  [N("s_asih_lund", "sandberg", "2024-04-23 13:30", "Läkaranteckning", [
      ("Bedömning", "Pat känner till sin pankreascancer men önskar inte diskutera prognos i dag. Smärtan väl lindrad.")])],
  must_not=[M101],
  why="The patient knows the diagnosis; declining to discuss prognosis is not withholding a diagnosis.")

C("ger-vgr-dottern-ej-informerad-pat-vill-beratta", "vgr", ("1941-10-15", "168"),
  [N("v_ger_skovde", "fors", "2024-05-07 15:40", "Läkaranteckning", [
      ("Information", "Pat informerad om att hon haft en stroke. Dottern är ännu inte informerad om stroken, pat vill själv berätta för henne.")])],
  must_not=[M101],
  why="The patient is told; the daughter is not, by the patient's own wish.")

C("ger-ej-hunnit-informera-om-tid-for-peg", "skane", ("1936-03-28", "485"),
  [N("s_ger_trbg", "axelsson", "2024-05-15 16:15", "Daganteckning läkare", [
      ("Bedömning", "Dysfagi efter stroke, sondmatas."),
      ("Planering", "Har inte hunnit informera pat om tiden för PEG-sättning, görs i morgon.")])],
  must_not=[M101],
  why="The untold item is the time of a procedure; the post-stroke dysphagia is not withheld.")

C("ger-informerad-via-tolk-brostcancer", "vgr", ("1950-02-10", "328"),
  [N("v_ger_boras", "nguyen", "2024-05-24 13:10", "Läkaranteckning", [
      ("Information", "Pat informerad om diagnosen bröstcancer via arabisktalande tolk, dottern närvarande. Kontaktsjuksköterska utsedd.")])],
  must_not=[M101],
  why="Patient informed through an interpreter in the same note.")

C("ger-typo-pat-och-hustru-infomrerade", "skane", ("1942-08-11", "397"),
  [N("s_ger_lund", "ekstrom", "2024-06-28 14:50", "Daganteckning läkare", [
      ("Bedömning", "Njursvikt stadium 4, dialys ej aktuellt enligt pat önskan. Pat och hustru infomrerade om beslutet och om njursvikten i dag.")])],
  must_not=[M101],
  why="Typo in 'infomrerade' (informerade): the patient was told, nothing is withheld.")

C("ger-kurator-ej-informerad-om-korttidsplats", "skane", ("1937-10-22", "253"),
  [N("s_kurator_ger_malmo", "sjoberg_kur", "2024-07-11 13:20", "Kuratorsanteckning", [
      ("Samtal", "Känd Parkinsons sjukdom, boendefrågan drivs av maken. Pat ännu inte informerad om att korttidsplatsen beviljats, maken vill berätta själv i kväll.")])],
  must_not=[M101],
  why="The untold item is a social decision (a short-term placement), not a diagnosis.")


# ================================================================ validation and output
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def in_2024(iso):
    return datetime.fromisoformat(iso).year == 2024


def validate(cases):
    errors = []
    seen_names = set()
    seen_why = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
            continue
        if not name.startswith("ger-"):
            err("name must start with ger-")
        if name in seen_names:
            err("duplicate case name")
        seen_names.add(name)
        if not c["why"] or c["why"] in seen_why:
            err("empty or duplicate why")
        seen_why.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            err("record keys %s" % sorted(rec))
            continue
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            err("access_events/conversations/treatments must be empty")
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            err("patient keys")
        pid = pat["id"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            err("personnummer format %s" % pid)
        else:
            if not luhn_ok(pid[2:8] + pid[9:]):
                err("personnummer fails Luhn %s" % pid)
            if pid[:8] != pat["birth_date"].replace("-", ""):
                err("personnummer does not match birth_date")
        try:
            born = date.fromisoformat(pat["birth_date"])
        except ValueError:
            err("bad birth_date")
            continue
        if not in_2024(rec["as_of"]):
            err("as_of not in 2024")
        asof = datetime.fromisoformat(rec["as_of"]).date()
        age = asof.year - born.year - ((asof.month, asof.day) < (born.month, born.day))
        if 13 <= age <= 15:
            err("patient aged 13-15")
        notes = rec["notes"]
        if not notes:
            err("no notes")
        ids = {}
        for n in notes:
            if set(n) != NOTE_KEYS:
                err("note keys %s" % sorted(n))
                continue
            if n["id"] in ids:
                err("duplicate note id %s" % n["id"])
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                err("unknown system %s" % n["system"])
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err("VGR note not Melior")
            if not in_2024(n["time"]):
                err("note time not in 2024")
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    err("signed not in 2024")
                if n["signed"] < n["time"]:
                    err("signed before time")
            if datetime.fromisoformat(n["time"]) > datetime.fromisoformat(rec["as_of"]):
                err("note after as_of")
            if set(n["unit"]) != {"name", "hsa_id"} or set(n["author"]) != {"name", "role"}:
                err("unit/author keys")
            if not n["sections"]:
                err("note without sections")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["keyword"].strip() or not s["text"].strip():
                    err("bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in sentences and sentences[key] != (name, n["id"], s["keyword"]):
                            err("sentence repeated (also in %s): %s" % (sentences[key][0], sent))
                        sentences.setdefault(key, (name, n["id"], s["keyword"]))
        for n in notes:
            for r in n.get("refs", []):
                if r not in ids:
                    err("ref to missing note %s" % r)
        if not c["must"] and not c["must_not"]:
            err("asserts nothing")
        pairs = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for item in lst:
                if not (isinstance(item, list) and len(item) == 2):
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    err("unexpected code %s" % code)
                if target not in ids:
                    err("target %s does not exist" % target)
                    continue
                if (code, target) in pairs:
                    err("%s on %s asserted twice" % (code, target))
                pairs.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    err("must NL102 on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    err("NL101 asserted on a PMO note")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev148_cases.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), out))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
