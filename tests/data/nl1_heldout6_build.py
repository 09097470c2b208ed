#!/usr/bin/env python3
"""nl1_heldout6: frozen held-out gold set for notelint NL101 / NL102.

Written independently from the regional routines (seeds) and the rule catalog in
DESIGN.md only. Dependency-free and deterministic:

    python3 build.py        -> writes nl1_heldout6_cases.jsonl beside this file,
                               validates it, prints a summary, exits 1 on any problem.

Every case holds one Melior or PMO note (a few hold two). `must` / `must_not` list
(code, note id) pairs, see ../../shared/data/devset/README.md for the conventions.
"""
import datetime as _dt
import json
import os
import re
import sys
import zlib

NAME = "nl1_heldout6"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + "_cases.jsonl")

# --------------------------------------------------------------------------- units
# key: (region, system, name, hsa_id)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "s_onk_lund": ("skane", "Melior", "Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-O71K"),
    "s_kir_malmo": ("skane", "Melior", "Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-K41M"),
    "s_akut_hbg": ("skane", "Melior", "Akutmottagningen, Helsingborgs lasarett", "SE2321000255-A12H"),
    "s_med_cssk": ("skane", "Melior", "Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-M33K"),
    "s_ort_ystad": ("skane", "Melior", "Ortopedmottagningen, Lasarettet i Ystad", "SE2321000255-Y08O"),
    "s_neuro_lund": ("skane", "Melior", "Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-N27L"),
    "s_inf_malmo": ("skane", "Melior", "Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-I19M"),
    "s_uro_hbg": ("skane", "Melior", "Urologimottagningen, Helsingborgs lasarett", "SE2321000255-U05H"),
    "s_uro_malmo": ("skane", "Melior", "Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-U44M"),
    "s_gyn_lund": ("skane", "Melior", "Kvinnokliniken, Skånes universitetssjukhus Lund", "SE2321000255-G62L"),
    "s_mvc_malmo": ("skane", "Melior", "Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-S90M"),
    "s_hud_malmo": ("skane", "Melior", "Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-H15M"),
    "s_onh_hbg": ("skane", "Melior", "Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-O38H"),
    "s_geri_cssk": ("skane", "Melior", "Geriatriska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-G21K"),
    "s_psyk_lund": ("skane", "Melior", "Vuxenpsykiatrimottagning Lund", "SE2321000255-P56L"),
    "s_bup_malmo": ("skane", "Melior", "BUP-mottagning Malmö", "SE2321000255-B73M"),
    "s_barn_lund": ("skane", "Melior", "Barn- och ungdomsmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-B11L"),
    "s_hemat_lund": ("skane", "Melior", "Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-H47L"),
    "s_kard_lund": ("skane", "Melior", "Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-K02L"),
    "s_endo_malmo": ("skane", "Melior", "Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-E66M"),
    "s_reuma_lund": ("skane", "Melior", "Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-R29L"),
    "s_med_lsk": ("skane", "Melior", "Medicinmottagningen, Lasarettet Landskrona", "SE2321000255-M70L"),
    "s_lung_lund": ("skane", "Melior", "Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-L13L"),
    "s_gastro_malmo": ("skane", "Melior", "Mag- och tarmmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-G84M"),
    "s_brost_malmo": ("skane", "Melior", "Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-B52M"),
    "s_med_angel": ("skane", "Melior", "Medicinavdelning 2, Ängelholms sjukhus", "SE2321000255-M18A"),
    "s_trauma_malmo": ("skane", "Melior", "Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A40M"),
    "s_ogon_lund": ("skane", "Melior", "Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-O25L"),
    "s_kir_trel": ("skane", "Melior", "Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-K77T"),
    # Region Skåne, PMO (primary care)
    "p_vc_sjobo": ("skane", "PMO", "Vårdcentralen Sjöbo", "SE2321000255-V301"),
    "p_vc_eslov": ("skane", "PMO", "Vårdcentralen Eslöv", "SE2321000255-V318"),
    "p_vc_hoganas": ("skane", "PMO", "Vårdcentralen Näktergalen Höganäs", "SE2321000255-V342"),
    "p_vc_tomelilla": ("skane", "PMO", "Vårdcentralen Tomelilla", "SE2321000255-V355"),
    "p_bvc_trel": ("skane", "PMO", "BVC Trelleborg Väster", "SE2321000255-V367"),
    "p_um_lund": ("skane", "PMO", "Ungdomsmottagningen Lund", "SE2321000255-V379"),
    "p_hsv_kavlinge": ("skane", "PMO", "Hemsjukvården Kävlinge", "SE2321000255-V386"),
    # Västra Götalandsregionen, Melior
    "v_kard_sahl": ("vgr", "Melior", "Kardiologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004578"),
    "v_barn_ostra": ("vgr", "Melior", "Drottning Silvias barn- och ungdomssjukhus, Östra", "SE2321000131-E000000006120"),
    "v_ort_molndal": ("vgr", "Melior", "Ortopedmottagningen, Mölndals sjukhus", "SE2321000131-E000000003391"),
    "v_med_nal": ("vgr", "Melior", "Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000007745"),
    "v_akut_nal": ("vgr", "Melior", "Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000007702"),
    "v_kir_skas": ("vgr", "Melior", "Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005012"),
    "v_onk_sas": ("vgr", "Melior", "Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000008264"),
    "v_med_alingsas": ("vgr", "Melior", "Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000002207"),
    "v_akut_kungalv": ("vgr", "Melior", "Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000009133"),
    "v_onh_udd": ("vgr", "Melior", "ÖNH-mottagningen, Uddevalla sjukhus", "SE2321000131-E000000007918"),
    "v_neuro_sahl": ("vgr", "Melior", "Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004610"),
    "v_inf_ostra": ("vgr", "Melior", "Infektionskliniken, Östra sjukhuset", "SE2321000131-E000000006187"),
    "v_uro_sahl": ("vgr", "Melior", "Urologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004655"),
    "v_gyn_ostra": ("vgr", "Melior", "Gynekologimottagningen, Östra sjukhuset", "SE2321000131-E000000006243"),
    "v_hud_sahl": ("vgr", "Melior", "Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004702"),
    "v_ogon_molndal": ("vgr", "Melior", "Ögonmottagningen, Mölndals sjukhus", "SE2321000131-E000000003420"),
    "v_geri_skas": ("vgr", "Melior", "Geriatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000005098"),
    "v_psyk_sahl": ("vgr", "Melior", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004833"),
    "v_psyk_nal": ("vgr", "Melior", "Psykiatrisk öppenvårdsmottagning, NU-sjukvården Trollhättan", "SE2321000131-E000000007861"),
    "v_reuma_sas": ("vgr", "Melior", "Reumatologimottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000008301"),
    "v_endo_sahl": ("vgr", "Melior", "Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004749"),
    "v_lung_sahl": ("vgr", "Melior", "Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004791"),
    "v_hemat_sahl": ("vgr", "Melior", "Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004876"),
    "v_med_lidk": ("vgr", "Melior", "Medicinavdelning 5, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000005174"),
    "v_gastro_sahl": ("vgr", "Melior", "Gastroenterologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004917"),
    "v_njur_sahl": ("vgr", "Melior", "Njurmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004958"),
    "v_kk_sas": ("vgr", "Melior", "Specialistmödravården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000008345"),
    "v_neo_ostra": ("vgr", "Melior", "Neonatalavdelningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000006299"),
    "v_ak_sahl": ("vgr", "Melior", "Antikoagulationsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000004990"),
    "v_onk_sahl": ("vgr", "Melior", "Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000005031"),
}

CASES = []


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def _pnr(birth, sex, salt):
    """Deterministic Luhn-valid personnummer for birth date and sex (M/K)."""
    y, m, d = birth.split("-")
    serial = zlib.crc32(salt.encode("utf-8")) % 1000
    third = serial % 10
    if (sex == "M") != (third % 2 == 1):
        serial = serial - third + ((third + 1) % 10)
    s = "%03d" % serial
    nine = y[2:] + m + d + s
    return "%s%s%s-%s%d" % (y, m, d, s, _luhn_digit(nine))


def N(unit, template, author, role, time, sections, nid="n1", setting="öppenvård",
      draft=False, sign_after=40):
    """One note. time 'YYYY-MM-DD HH:MM'; sections [(keyword, text), ...]."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None if draft else (t + _dt.timedelta(minutes=sign_after)).isoformat(timespec="seconds")
    region, system, uname, hsa = UNITS[unit]
    return {
        "_region": region,
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(timespec="seconds"), "signed": signed,
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, birth, sex, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]

    def targets(lst):
        out = []
        for x in lst:
            out.append([x, "n1"] if isinstance(x, str) else [x[0], x[1]])
        return out

    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + _dt.timedelta(days=9)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "_regions": [n.pop("_region") for n in notes],
        "record": {
            "patient": {"id": _pnr(birth, sex, name), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(timespec="seconds"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": targets(must), "must_not": targets(must_not), "why": why,
    })


# =========================================================================== cases
# ---------------------------------------------------------------- NL101 must (diagnosis visible, patient not told)

C("kir-pad-sigmoideumcancer-ej-informerad", "skane", "1951-07-22", "M",
  N("s_kir_malmo", "Läkaranteckning", "Jonas Ek", "läkare", "2024-02-14 16:10", [
      ("Aktuellt", "Utredd för blod i avföringen och järnbrist sedan i höstas."),
      ("Bedömning", "PAD från koloskopin 9/2: adenocarcinom i sigmoideum, måttligt differentierat. "
                    "Pat ännu ej informerad – besked ges av ansvarig kolorektalkirurg på måndag."),
  ]),
  must=["NL101"], why="settled cancer diagnosis in Bedömning, the same line says the patient is not yet informed")

C("neuro-susp-als-ej-informerad-om-misstanken", "vgr", "1962-11-03", "M",
  N("v_neuro_sahl", "Läkaranteckning", "Sofia Bergqvist", "läkare", "2024-01-23 10:40", [
      ("Aktuellt", "Remitterad från VC för tilltagande svaghet i hö hand sedan i höstas, numera svårt att knäppa knappar. "
                   "Enstaka vadkramper nattetid. Ingen sensibilitetsstörning, inga sväljbesvär."),
      ("Status", "Atrofi i hö thenar och interossei. Fascikulationer i båda överarmarna samt i tungan. "
                 "Livliga senreflexer i armar och ben, Babinski neg bilat. Normal sensibilitet."),
      ("Tidigare sjukdomar", "Hypertoni. Diskbråck L5–S1 opererat 2012."),
      ("Läkemedel", "Amlodipin 5 mg."),
      ("Socialt", "Gift, arbetar som elektriker. Två vuxna barn. Snusar."),
      ("Lab", "CK 480, B12, folat och TSH normala."),
      ("Hereditet", "Ingen känd neurologisk sjukdom i släkten."),
      ("Åtgärd", "Sjukskrivning 50 % på pat:s begäran. Remiss till arbetsterapeut för handortos."),
      ("Bedömning", "Kliniskt stark misstanke om ALS. Pat är inte informerad om misstanken; vi inväntar ENeG innan samtalet tas."),
      ("Planering", "ENeG inom 2 v. MR halsrygg för att utesluta myelopati. Återbesök med anhörig efter ENeG."),
  ]),
  must=["NL101"], why="suspected ALS written in Bedömning together with 'pat är inte informerad om misstanken'")

C("uro-prostatacancer-diktat-ej-fatt-besked", "skane", "1948-04-18", "M",
  N("s_uro_hbg", "Läkaranteckning", "Britt-Marie Svensson", "medicinsk sekreterare", "2024-04-16 13:20", [
      ("Anamnes", "76-årig man som remitterats från vårdcentralen pga stigande PSA, 4,1 för ett år sedan och nu 11,6. "
                  "Inga vattenkastningsbesvär utöver lätt nokturi två gånger per natt. Inga skelettsmärtor, ingen viktnedgång. "
                  "Tidigare frisk bortsett från välbehandlad hypertoni. Lever med hustrun, pensionerad byggnadsingenjör."),
      ("Utredning", "MR prostata 12/3 med en PI-RADS 5-förändring i vänster perifera zon, ingen extraprostatisk växt. "
                    "Riktade biopsier samt systematiska biopsier togs 2/4 under antibiotikaprofylax utan komplikationer."),
      ("Lab", "PSA 11,6. Kreatinin 88. Hb 141. ALP 72."),
      ("Bedömning", "PAD från biopsierna visar prostatacancer, Gleason 4+3=7, ISUP-grad 3, i 5 av 8 kolvar. "
                    "Patienten har ännu inte fått besked om biopsisvaret."),
      ("Planering", "Kallas till mottagningen tillsammans med hustrun för besked. Skelettscintigrafi och DT thorax-buk beställs. "
                    "Tas upp på MDK urologi för val av behandling. Dikterat av överläkare Mattias Åberg, urologi, ej vidimerat."),
  ], draft=True),
  must=["NL101"], why="secretary-typed dictation (draft) with a settled prostate cancer and 'har ännu inte fått besked'")

C("hemat-aml-anhoriga-vill-vanta-med-besked", "vgr", "1958-09-09", "K",
  N("v_hemat_sahl", "Inskrivningsanteckning", "Oskar Lund", "ST-läkare", "2024-03-05 21:15", [
      ("Aktuellt", "Inkommer via akuten med två veckors trötthet, spontana blåmärken och näsblödning. "
                   "Hb 78, TPK 19, LPK 46 med rikligt med blaster i perifert blod."),
      ("Tidigare sjukdomar", "Hypotyreos, i övrigt frisk. Inga tidigare cytostatika eller strålbehandling."),
      ("Status", "AT: blek, trött men opåverkad. Petekier på underbenen, hematom på armarna. Ingen lymfadenopati, mjälten ej palpabel. Temp 37,4."),
      ("Socialt", "Gift, arbetar som kommunal handläggare. Dottern bor i London."),
      ("Bedömning", "Benmärgsundersökningen visar akut myeloisk leukemi (AML). Maken och dottern har bett att vi väntar med att "
                    "informera pat tills dottern är på plats i morgon; pat är alltså inte informerad om diagnosen ännu."),
      ("Åtgärd", "CVK planeras i morgon. Allopurinol och rikligt med vätska insatt. Transfunderas 2 E erytrocyter och 1 E trombocyter."),
      ("Planering", "Benmärgen skickas för cytogenetik och molekylär diagnostik. Induktionsbehandling planeras när svaren finns."),
  ], setting="slutenvård"),
  must=["NL101"], why="AML named in Bedömning while the same paragraph says the patient has not been told, at the family's request")

C("gyn-ovarialcancer-ej-underrattad-typo", "skane", "1960-12-01", "K",
  N("s_gyn_lund", "Läkaranteckning", "Helena Wikström", "läkare", "2024-05-20 15:05", [
      ("Bedömning", "Bilateral adnexresistens, ascites och CA-125 812; cytologi från ascitesvätskan med cancerceller av seröst ursprung, "
                    "dvs höggradig serös ovarialcancer. Pat ej underätad, samtal med gynonkolog bokat tisdag."),
  ]),
  must=["NL101"], why="typo in the cue word ('underätad' for underrättad): ovarian cancer visible, patient not informed")

C("lung-skivepitelcancer-hustrun-vill-narvara", "vgr", "1953-01-30", "M",
  N("v_lung_sahl", "Läkaranteckning", "Per-Erik Hansson", "läkare", "2024-06-11 11:30", [
      ("Anamnes", "Rökare sedan tonåren, ca 50 paketår, slutade i januari. Sedan i vintras torrhosta, de senaste veckorna "
                  "inslag av blodtingerade upphostningar. Viktnedgång 5 kg på tre månader. KOL GOLD 2 sedan tidigare, "
                  "använder Spiolto och vid behov Airomir."),
      ("Status", "AT: opåverkad men tunn. Pulm: nedsatta andningsljud hö ovan, i övrigt vesikulärt. Cor: regelbunden rytm, inga blåsljud. "
                 "Inga palpabla lymfkörtlar på halsen eller i fossa supraclavicularis. SpO2 94 % på rumsluft."),
      ("Utredning", "DT thorax-buk 21/5: 5 cm tumör i hö överlob med överväxt mot mediastinum och förstorade körtlar station 4R och 7, "
                    "ingen fjärrspridning. Bronkoskopi 4/6 med biopsier från hö överlobsbronk."),
      ("Bedömning", "PAD från bronkoskopin: skivepitelcancer i hö överlob, cT3N2M0. Pat är ej informerad om cancerdiagnosen – "
                    "hustrun vill närvara vid beskedet och kan tidigast på torsdag."),
      ("Planering", "Besök torsdag 13/6 kl 14 med pat och hustru, kontaktsjuksköterska närvarar. PET-DT och spirometri med diffusion "
                    "beställda inför MDK thorax 18/6."),
  ]),
  must=["NL101"], why="long note: settled lung cancer with stage in Bedömning, same sentence pair says the patient is not informed")

C("neuro-ms-ej-informerad-tentavecka", "vgr", "1999-05-14", "K",
  N("v_neuro_sahl", "Läkaranteckning", "Anders Nyström", "läkare", "2024-10-08 09:50", [
      ("Aktuellt", "Återbesök efter genomförd utredning för övergående synnedsättning vä öga i mars, då tolkad som optikusneurit."),
      ("Status", "Lätt nedsatt färgseende vä öga, RAPD vä. I övrigt ua neurologstatus, normal gång och balans."),
      ("Socialt", "Studerar juridik i Göteborg, bor med sin pojkvän. Inga läkemedel, röker inte."),
      ("Hereditet", "Moster har reumatoid artrit."),
      ("Utredning", "MR hjärna och ryggmärg: multipla periventrikulära och juxtakortikala lesioner, en kontrastladdande i centrum semiovale. "
                    "Likvor med oligoklonala band, normalt celltal."),
      ("Lab", "B12, ANA och borreliaserologi normala/negativa."),
      ("Läkemedel", "Inga stående läkemedel förutom p-piller."),
      ("Bedömning", "Uppfyller McDonald-kriterierna, diagnosen är multipel skleros. Har i samråd med pat:s mamma inte informerat pat om "
                    "diagnosen ännu eftersom hon skriver tentor hela veckan."),
      ("Planering", "Nytt besök 15/10 för besked och diskussion om sjukdomsmodifierande behandling. JCV-serologi tas då."),
  ]),
  must=["NL101"], why="multiple sclerosis stated as settled, with an explicit 'inte informerat pat om diagnosen'")

C("psyk-paranoid-schizofreni-ej-delgiven", "skane", "1996-02-11", "M",
  N("s_psyk_lund", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-08-27 14:00", [
      ("Aktuellt", "Fjärde besöket i den diagnostiska utredningen. Kommer ensam, har tagit bussen själv. Fortsatt sömnproblem, "
                   "sover 4–5 timmar per natt. Tar Olanzapin 10 mg till natten sedan sex veckor och upplever viss lugnande effekt."),
      ("Anamnes", "Sedan ca två år tilltagande isolering, avbrutna studier vid LTH. Hör röster som kommenterar hans handlingar, "
                  "upplever att grannarna övervakar honom via elnätet. Ingen missbruksanamnes, tox-screening negativ vid två tillfällen."),
      ("Psykiskt status", "Vaken, orienterad. Sparsam mimik, affektivt avflackad. Tankeflöde med tangentiella inslag. Bekräftar rösterna, "
                          "förnekar suicidtankar och planer. Ingen aggressivitet."),
      ("Bedömning", "Sammantaget uppfyller pat kriterierna för paranoid schizofreni (F20.0). Diagnosen har ännu inte delgetts pat; "
                    "vi bedömer att det behövs en stabilare allians innan vi tar det samtalet."),
      ("Planering", "Fortsatt Olanzapin 10 mg. Återbesök om 2 v med kontaktperson. Kontakt med anhöriga enligt pat:s önskan. "
                    "Psykolog fortsätter med neuropsykologisk testning."),
  ]),
  must=["NL101"], why="long psychiatric note: a settled F20 diagnosis in Bedömning, 'ännu inte delgetts pat'")

C("geri-alzheimer-dottern-ber-oss-avvakta", "skane", "1939-06-17", "K",
  N("s_geri_cssk", "Läkaranteckning", "Göran Mattsson", "läkare", "2024-05-02 11:25", [
      ("Utredning", "DT hjärna med lätt temporal atrofi, likvor med förhöjt tau och sänkt beta-amyloid."),
      ("Sammanfattning", "Minnesutredningen klar: Alzheimers sjukdom med sen debut, MMSE 21/30. "
                         "Diagnosen ej meddelad pat – dottern ber oss avvakta till gemensamt besök 28/5."),
  ]),
  must=["NL101"], why="Alzheimer's disease in Sammanfattning, 'ej meddelad pat' in the next sentence")

C("inf-hiv-provsvar-ej-nadd", "skane", "1987-03-26", "M",
  N("s_inf_malmo", "Telefonanteckning", "Nadia Haddad", "läkare", "2024-09-18 15:40", [
      ("Aktuellt", "Testad på egen begäran vid STI-mottagningen efter oskyddat samlag för tre månader sedan."),
      ("Lab", "HIV-1 ak/ag pos, konfirmerat med immunoblot – HIV-infektion. Pat ej informerad om provsvaret, nås inte på telefon. Kallelse skickad."),
  ]),
  must=["NL101"], why="HIV infection written in Lab of a visible note, patient not yet reached or informed")

C("kard-hcm-genetik-forst", "vgr", "1988-10-21", "M",
  N("v_kard_sahl", "Läkaranteckning", "Johanna Ekström", "läkare", "2024-04-29 13:10", [
      ("Aktuellt", "Utreds efter svimning under fotbollsträning och blåsljud vid idrottsläkarkontroll. Bror med plötslig död 31 år."),
      ("Status", "Systoliskt blåsljud 3/6 längs vä sternalrand som ökar vid Valsalva. BT 128/76, puls 62 regelbunden."),
      ("Hereditet", "Brodern dog under ett motionslopp, obducerad utan säker förklaring enligt familjen. Far har högt blodtryck."),
      ("Socialt", "Sambo, arbetar som snickare. Spelar fotboll i division 5."),
      ("Utredning", "Eko: asymmetrisk septumhypertrofi 22 mm, SAM, gradient i vila 45 mmHg. Holter: korta skov av icke-ihållande VT."),
      ("Bedömning", "Hypertrof obstruktiv kardiomyopati. Pat har inte fått veta diagnosen ännu eftersom genetiken ska gås igenom samtidigt "
                    "med genetisk vägledare; det besöket är bokat."),
      ("Planering", "Gemensamt besök kardiolog och genetisk vägledare v. 22. Bisoprolol 2,5 mg insatt. "
                    "Avrådd från tävlingsidrott tills vidare, ICD-indikation bedöms efter MR hjärta."),
  ]),
  must=["NL101"], why="HOCM stated in Bedömning together with 'har inte fått veta diagnosen ännu'")

C("endo-cushings-sjukdom-tas-vid-aterbesok", "skane", "1979-08-30", "K",
  N("s_endo_malmo", "Läkaranteckning", "Rasmus Holmgren", "läkare", "2024-03-19 10:05", [
      ("Bedömning", "Sammantaget ACTH-beroende hyperkortisolism med 7 mm adenom på hypofys-MR, dvs Cushings sjukdom. "
                    "Ej informerat pat – tas vid återbesöket nästa vecka."),
  ]),
  must=["NL101"], why="eponym diagnosis (Cushings sjukdom) with 'ej informerat pat' after it")

C("ogon-retinitis-pigmentosa-besked-med-genetik", "vgr", "1990-02-07", "M",
  N("v_ogon_molndal", "Läkaranteckning", "Lina Forsberg", "läkare", "2024-11-12 14:30", [
      ("Bedömning", "ERG och fundusbild ger diagnosen retinitis pigmentosa. Pat ännu ej informerad – besked ges tillsammans med genetisk vägledare."),
  ]),
  must=["NL101"], why="Latin-named eye diagnosis, 'pat ännu ej informerad' in the same line")

C("onh-vestibularisschwannom-typo-ej-informerad", "skane", "1971-09-12", "K",
  N("s_onh_hbg", "Läkaranteckning", "Fredrik Nordin", "läkare", "2024-07-03 09:15", [
      ("Röntgen", "MR hjärna/inneröra: vestibularisschwanom vä, 14 mm med intrameatal och cisternal del. Pat ej informerad, kallas till mottagningen för besked."),
  ]),
  must=["NL101"], why="typo in the diagnosis ('vestibularisschwanom'): acoustic neuroma in Röntgen, patient not informed")

C("hud-melanom-pad-ej-informerats", "vgr", "1966-04-25", "K",
  N("v_hud_sahl", "Läkaranteckning", "Maria Törnqvist", "läkare", "2024-06-24 16:20", [
      ("Bedömning", "PAD från excisionen: malignt melanom, ytligt spridande, Breslow 1,8 mm, utan ulceration. "
                    "Patienten har inte informerats om PAD-svaret."),
  ]),
  must=["NL101"], why="melanoma with Breslow thickness, the next sentence says the patient has not been informed")

C("kir-pankreascancer-misstanke-ej-informerad", "skane", "1955-10-14", "M",
  N("s_kir_malmo", "Inskrivningsanteckning", "Elin Sandberg", "underläkare", "2024-02-26 19:45", [
      ("Aktuellt", "69-årig man inlagd för smärtfri ikterus sedan en vecka, mörk urin och ljus avföring. Klåda. Viktnedgång 6 kg sedan jul. "
                   "Ingen feber, inga frossbrytningar. Nydebuterad diabetes i höstas enligt VC."),
      ("Tidigare sjukdomar", "Hypertoni. Typ 2-diabetes sedan oktober 2023. Knäprotes hö 2019."),
      ("Läkemedel", "Metformin 500 mg x 2, Enalapril 10 mg. Inga blodförtunnande."),
      ("Socialt", "Änkeman, bor ensam i lägenhet i Malmö, två vuxna söner."),
      ("Status", "AT: gott, ikterisk. Buk: mjuk, palpabel oöm gallblåsa (Courvoisiers tecken), ingen leverförstoring. "
                 "Cor/pulm: ua."),
      ("Lab", "Bilirubin 212, ALP 14,2, ALAT 3,1, CRP 8, CA 19-9 640."),
      ("Bedömning", "DT visar en 3 cm lågattenuerande process i pankreashuvudet med dilaterade gallvägar och pankreasgång, "
                    "bilden talar starkt för pankreascancer. Pat ej informerad om misstanken – vi vill först ha ERCP med borstcytologi."),
      ("Planering", "ERCP med stent och borstcytologi i morgon. Tas upp på HPB-konferensen torsdag. Inj K-vitamin."),
  ], setting="slutenvård", draft=True),
  must=["NL101"], why="unsigned admission note: suspected pancreatic cancer visible, 'pat ej informerad om misstanken'")

C("ort-patologisk-fraktur-pat-ovetande", "vgr", "1949-12-19", "K",
  N("v_ort_molndal", "Läkaranteckning", "Viktor Almgren", "ST-läkare", "2024-08-08 12:00", [
      ("Röntgen", "Osteolytisk förändring i proximala femur hö med patologisk subtrokantär fraktur."),
      ("Bedömning", "Trol. skelettmetastas, primärtumör okänd. Pat ovetande om att frakturen sannolikt är tumörorsakad – onkologkonsult först."),
      ("Åtgärd", "Märgspik planeras i morgon, biopsi tas peroperativt. DT thorax-buk beställd."),
  ], setting="slutenvård"),
  must=["NL101"], why="probable skeletal metastasis visible, the patient is 'ovetande' (lay wording for not informed)")

C("reuma-systemisk-skleros-ej-delgiven", "skane", "1975-01-09", "K",
  N("s_reuma_lund", "Läkaranteckning", "Karl Lindahl", "läkare", "2024-10-30 10:45", [
      ("Bedömning", "Kapillärmikroskopi med jättekapillärer, Scl-70 pos och hudengagemang på fingrar och underarmar – systemisk skleros. "
                    "Diagnosen ej delgiven pat ännu."),
  ]),
  must=["NL101"], why="systemic sclerosis in Bedömning, 'ej delgiven pat ännu'")

C("njur-iga-nefropati-biopsisvar-ej-informerad", "vgr", "1984-07-15", "M",
  N("v_njur_sahl", "Läkaranteckning", "Emma Stål", "läkare", "2024-09-24 08:55", [
      ("Bedömning", "Njurbiopsi: IgA-nefropati med måttlig interstitiell fibros. Pat ej informerad om biopsisvaret, tel-tid bokad 3/10."),
  ]),
  must=["NL101"], why="IgA nephropathy from biopsy, the same line says the patient is not informed")

C("gastro-chrons-sjukdom-typo-ej-informerad", "skane", "2001-11-28", "K",
  N("s_gastro_malmo", "Läkaranteckning", "Henrik Sundberg", "läkare", "2024-06-13 14:35", [
      ("Aktuellt", "22-årig kvinna med sex månaders diarréer, nattlig buksmärta och viktnedgång 7 kg. Mor har ulcerös kolit."),
      ("Status", "Tunn, BMI 18,4. Buk: mjuk, lätt öm i hö fossa, ingen resistens. Perianalt ua."),
      ("Socialt", "Studerar till sjuksköterska, bor med sambo. Röker 10 cigaretter per dag sedan fem år."),
      ("Lab", "Hb 112, CRP 28, albumin 33, ferritin 9."),
      ("Utredning", "Ileokoloskopi 4/6: aftösa sår och kort stenos i terminala ileum, kolon utan anmärkning. PAD med epiteloidcellsgranulom. "
                    "Fekalt kalprotektin 1200."),
      ("Läkemedel", "Inga stående. Har tagit Imodium vid behov."),
      ("Tidigare sjukdomar", "Frisk som barn, appendektomi 2015."),
      ("Bedömning", "Fynden ger diagnosen Chrons sjukdom i terminala ileum, L1 enligt Montreal. "
                    "Pat ej informerad om PAD, brevsvar ännu ej skickat."),
      ("Planering", "IBD-sjuksköterskan ringer pat denna vecka och bokar besök. Budesonid 9 mg startas efter samtalet. "
                    "MR tunntarm för att kartlägga stenosen. Rökstopp rekommenderas starkt."),
  ]),
  must=["NL101"], why="typo in the diagnosis ('Chrons sjukdom'): settled Crohn's disease, patient not informed about PAD")

C("mvc-nipt-trisomi21-barnmorska", "skane", "1991-08-02", "K",
  N("s_mvc_malmo", "Barnmorskeanteckning", "Lena Roos", "barnmorska", "2024-04-04 13:05", [
      ("Aktuellt", "Gravid v. 13+2, förstföderska. KUB-test med förhöjd sannolikhet för trisomi, därför NIPT 27/3."),
      ("Lab", "NIPT visar trisomi 21 hos fostret."),
      ("Planering", "Pat ej informerad om NIPT-svaret. Läkare ringer upp i morgon förmiddag och erbjuder besök samma dag."),
  ]),
  must=["NL101"], why="midwife note: fetal trisomy 21 in Lab, 'ej informerad' in a separate Planering section")

C("akut-hjarntumor-neurokirurg-tar-samtalet", "vgr", "1964-03-03", "K",
  N("v_akut_kungalv", "Akutanteckning", "Daniel Öhman", "läkare", "2024-12-02 22:40", [
      ("Kontaktorsak", "Ambulans efter generaliserat krampanfall i hemmet, första gången. Maken larmade."),
      ("Anamnes", "60-årig kvinna, tidigare frisk bortsett från hypotyreos på Levaxin. Enligt maken sedan någon månad huvudvärk "
                  "på morgonen och förändrad personlighet, mer lättirriterad och glömsk. Ingen alkohol. Inga nya läkemedel."),
      ("Status", "Vid ankomst postiktal, GCS 13, efter en timme GCS 15. Lätt pronationsdrift vä arm. Pupiller lika, ljusreaktion ua. "
                 "Ingen nackstyvhet. Tungbett på vänster sida. BT 152/88, puls 96, temp 37,1."),
      ("Röntgen", "DT hjärna med kontrast: 4,5 cm ringladdande process hö frontallob med kraftigt perifokalt ödem och 6 mm midlinjeförskjutning."),
      ("Bedömning", "Trol. glioblastom hö frontalt med symtomgivande epilepsi. Pat ej informerad ännu om tumörfyndet, "
                    "neurokirurgen på SU tar samtalet i morgon bitti."),
      ("Åtgärd", "Betapred 8 mg iv, Keppra 1000 mg iv. Kontakt med neurokirurgjour, överflyttning till SU planeras i morgon. "
                 "Inlagd på akutvårdsavdelning över natten med neurokontroller varannan timme."),
  ], setting="akutmottagning", draft=True),
  must=["NL101"], why="long emergency note: probable glioblastoma visible, 'pat ej informerad ännu om tumörfyndet'")

C("med-myelom-maken-ska-vara-med", "skane", "1950-05-05", "K",
  N("s_med_lsk", "Läkaranteckning", "Sara Engström", "läkare", "2024-11-07 15:30", [
      ("Aktuellt", "Utreds sedan oktober för ryggvärk och anemi, remitterad från VC. Tilltagande trötthet, fortfarande gående utan hjälpmedel."),
      ("Tidigare sjukdomar", "Hypertoni, förmaksflimmer på Eliquis, gråstarrsoperation bilat."),
      ("Socialt", "Gift, bor i villa i Landskrona och har hemtjänst en gång i veckan för städning."),
      ("Status", "AT: blek men opåverkad. Knackömhet över Th12. Neurologiskt ua i benen."),
      ("Lab", "M-komponent IgG kappa 38 g/l, Hb 98, Ca 2,81, kreatinin 121. Fria lätta kedjor kappa/lambda 48."),
      ("Röntgen", "Lågdos-DT helkropp: multipla osteolyser i kotkroppar och bäcken, kompressionsfraktur Th12."),
      ("Bedömning", "Benmärg med 30 % klonala plasmaceller – multipelt myelom, ISS 2. Pat vill att maken är med vid besked om provsvar, "
                    "därför ännu inte informerad om diagnosen."),
      ("Planering", "Besök med maken 12/11, remiss hematologen Lund skickad. Zoledronsyra efter tandstatus. Smärtlindring Alvedon och Oxynorm vb."),
  ]),
  must=["NL101"], why="multiple myeloma in Bedömning, the reason given for not having informed the patient yet")

C("endo-hypofysadenom-ej-informerat", "vgr", "1968-10-10", "M",
  N("v_endo_sahl", "Läkaranteckning", "Mikael Wahlberg", "läkare", "2024-02-20 11:00", [
      ("Aktuellt", "Utreds för bitemporalt synfältsbortfall som upptäcktes hos optikern."),
      ("Bedömning", "MR sella: makroadenom 18 mm med suprasellär växt mot chiasma. Hypofysadenom, prolaktin endast lätt förhöjt. Ännu ej informerat pat."),
  ]),
  must=["NL101"], why="pituitary adenoma in a one-line Bedömning that ends 'ännu ej informerat pat'")

C("inf-hepatit-c-typo-ej-infomerad", "skane", "1982-01-31", "M",
  N("s_inf_malmo", "Läkaranteckning", "Tove Lindström", "läkare", "2024-03-28 09:20", [
      ("Bedömning", "HCV-RNA pos, genotyp 3a, dvs kronisk hepatit C. Pat ej infomerad – ska kallas till infektionsmottagningen."),
  ]),
  must=["NL101"], why="typo in the cue ('infomerad'): chronic hepatitis C visible, patient not informed")

C("psyk-bipolar-ii-ej-kommunicerad", "vgr", "1993-06-22", "K",
  N("v_psyk_sahl", "Läkaranteckning", "Hanna Bäckström", "läkare", "2024-05-14 14:15", [
      ("Aktuellt", "Uppföljning efter avslutad diagnostisk utredning med SCID-intervju, livsdiagram och anhörigintervju med sambon."),
      ("Anamnes", "Sedan tonåren perioder av nedstämdhet, tre behandlade depressioner. Sambon beskriver återkommande perioder om en till två veckor med minskat sömnbehov, ökad energi och stora impulsiva inköp."),
      ("Psykiskt status", "Vaken, orienterad, god kontakt. Eutym stämning i dag, inga psykotiska symtom. Förnekar suicidtankar."),
      ("Socialt", "Sambo, arbetar som grafisk formgivare."),
      ("Läkemedel", "Sertralin 100 mg sedan 2022. Inga övriga."),
      ("Hereditet", "Morfar hade enligt familjen återkommande perioder av överaktivitet och sömnlöshet."),
      ("Bedömning", "Utredningen visar bipolär sjukdom typ II med återkommande hypomana episoder och tre depressiva skov. "
                    "Diagnosen har inte kommunicerats med pat än; planeras vid nästa samtal då även psykologen deltar."),
      ("Planering", "Fortsatt sertralin 100 mg tills vidare. Återbesök 28/5. Diskutera stämningsstabiliserare då."),
  ]),
  must=["NL101"], why="bipolar II disorder in Bedömning, 'inte kommunicerats med pat än'")

C("neuro-huntington-gentest-ej-besked", "skane", "1978-09-04", "M",
  N("s_neuro_lund", "Läkaranteckning", "Camilla Persson", "läkare", "2024-09-09 13:40", [
      ("Anamnes", "Ofrivilliga rörelser i händer och ansikte sedan ett år, enligt hustrun även mer impulsiv och glömsk. "
                  "Modern avled 61 år gammal, hade en ärftlig rörelsesjukdom."),
      ("Status", "Koreatiska rörelser i fingrar och panna, svårt att hålla ut tungan. Motoriskt impersistent handgrepp. MoCA 24/30 med brister främst i exekutiva delar."),
      ("Socialt", "Gift, tre barn 16, 19 och 22 år. Sjukskriven från jobbet som lastbilschaufför sedan i våras."),
      ("Läkemedel", "Sertralin 50 mg sedan i höstas pga nedstämdhet."),
      ("Lab", "B12, TSH, koppar och ceruloplasmin normala."),
      ("Psykiskt status", "Lätt sänkt stämningsläge, inga suicidtankar. Ingen psykotisk symtomatologi."),
      ("Bedömning", "Gentest med 44 CAG-upprepningar bekräftar Huntingtons sjukdom. Pat ej informerad om testresultatet; "
                    "besked ges enligt protokoll med kurator närvarande."),
      ("Planering", "Besök 17/9 med kurator och hustru. Remiss till genetisk vägledning för barnen när pat själv vill."),
  ]),
  must=["NL101"], why="genetically confirmed Huntington's disease, patient not informed of the result")

C("geri-parkinson-vantar-pga-hustrun", "vgr", "1941-02-13", "M",
  N("v_geri_skas", "Läkaranteckning", "Torbjörn Eklund", "läkare", "2024-07-16 10:10", [
      ("Status", "Vilotremor hö hand, kugghjulsrigiditet hö arm, hypomimi, framåtlutad gång med små steg och nedsatt armpendling hö."),
      ("Bedömning", "Idiopatisk Parkinsons sjukdom. Vi har valt att vänta med att berätta diagnosen för pat då han är mitt i sin frus "
                    "palliativa vårdtid."),
      ("Planering", "Ny kontakt om 4–6 v. Ingen behandling startas innan pat informerats."),
  ]),
  must=["NL101"], why="Parkinson's disease, 'valt att vänta med att berätta diagnosen för pat'")

C("uro-urotelial-blascancer-turb-pad", "skane", "1957-04-09", "M",
  N("s_uro_malmo", "Läkaranteckning", "Ola Gustafsson", "läkare", "2024-10-17 16:00", [
      ("Bedömning", "TURB-PAD: urotelial cancer, höggradig, T1, muskel med i preparatet utan tumörväxt. Pat ej informerad om PAD-svaret."),
  ]),
  must=["NL101"], why="bladder cancer from TURB, one-liner with 'pat ej informerad'")

C("brost-duktal-cancer-ej-per-telefon", "skane", "1972-11-19", "K",
  N("s_brost_malmo", "Läkaranteckning", "Ulrika Berg", "medicinsk sekreterare", "2024-05-08 10:30", [
      ("Anamnes", "52-årig kvinna kallad från screeningmammografi där en 15 mm stjärnformig förändring noterades i hö bröst, övre yttre kvadranten. "
                  "Inga egna symtom, ingen knöl som hon själv känt. Ingen känd hereditet för bröst- eller ovarialcancer."),
      ("Status", "Mammae: i hö övre yttre kvadrant palperas en ca 1,5 cm fast, oöm resistens. Axiller och fossae supraclaviculares utan palpabla körtlar."),
      ("Utredning", "Mammografi och ultraljud 22/4 samt mellannålsbiopsi under ultraljudsledning samma dag. Axillärt UL utan patologiska körtlar."),
      ("Bedömning", "PAD: invasiv duktal bröstcancer (NST), grad 2, ER 95 %, PR 80 %, HER2 neg, Ki-67 15 %. "
                    "Enligt pat:s önskemål ges besked inte per telefon utan vid besöket 14/5, hon är alltså ännu inte informerad."),
      ("Planering", "Besök 14/5 med bröstsjuksköterska. MDK bröst 16/5 för op-planering, sannolikt sektorresektion och portvaktskörtel. "
                    "Dikterat av överläkare Sven Jönsson."),
  ]),
  must=["NL101"], why="dictation typed by a secretary: breast cancer with receptors, 'ännu inte informerad'")

C("kard-attr-amyloidos-typo-besked-vid-aterbesok", "vgr", "1944-08-28", "M",
  N("v_kard_sahl", "Läkaranteckning", "Ahmad Karimi", "läkare", "2024-11-05 09:35", [
      ("Bedömning", "Skelettscint med DPD grad 3-upptag i hjärtat och negativ M-komponent – ATTR-amyliodos med hjärtengagemang. "
                    "Pat ej informerad; besked vid återbesök 12/11."),
  ]),
  must=["NL101"], why="typo in the diagnosis ('amyliodos'): cardiac amyloidosis visible, patient not informed")

C("lung-ipf-kanner-inte-till-diagnosen", "skane", "1952-03-14", "M",
  N("s_lung_lund", "Läkaranteckning", "Malin Åström", "läkare", "2024-10-15 13:25", [
      ("Aktuellt", "Följs för tilltagande ansträngningsdyspné och torrhosta sedan ett år. Tidigare rökare 20 paketår, slutade 1998."),
      ("Status", "Tunn, inga trumpinnefingrar. Pulm: basala torra inspiratoriska krepitationer bilat (sammetsrassel). SpO2 95 % i vila."),
      ("Socialt", "Gift, pensionerad lantbrukare på gård utanför Hörby. Ingen exponering för fåglar eller mögel enligt pat."),
      ("Läkemedel", "Enalapril, Simvastatin."),
      ("Utredning", "HRCT: UIP-mönster med basal och subpleural honeycombing och traktionsbronkiektasier. "
                    "Spirometri FVC 68 % av förväntat, DLCO 52 %. Reumatologisk serologi negativ."),
      ("Hereditet", "Ingen känd lungsjukdom i släkten."),
      ("Bedömning", "MDD-konferensen 14/10: idiopatisk lungfibros. Pat känner ännu inte till diagnosen."),
      ("Planering", "Besök med lungsjuksköterska och läkare 24/10 för besked och diskussion om antifibrotisk behandling. "
                    "6-minuters gångtest samma dag. Influensa- och pneumokockvaccin rekommenderas."),
  ]),
  must=["NL101"], why="idiopathic pulmonary fibrosis settled at MDD, 'pat känner ännu inte till diagnosen'")

C("med-bukaortaaneurysm-bifynd-ej-informerad", "vgr", "1946-06-06", "M",
  N("v_med_nal", "Läkaranteckning", "Lisa Holm", "AT-läkare", "2024-03-12 17:50", [
      ("Röntgen", "DT buk (gjord pga misstänkt njursten) visar som bifynd ett infrarenalt bukaortaaneurysm 5,8 cm. "
                  "Pat ej informerad om bifyndet; remiss till kärlkirurg skickad."),
  ], setting="slutenvård"),
  must=["NL101"], why="incidental abdominal aortic aneurysm in Röntgen, patient not informed of it")

C("endo-papillar-tyreoideacancer-ej-underrattad", "skane", "1985-12-12", "K",
  N("s_endo_malmo", "Läkaranteckning", "Ulrika Berg", "medicinsk sekreterare", "2024-01-30 14:50", [
      ("Anamnes", "38-årig kvinna remitterad från vårdcentralen för en knöl på halsen som hon själv upptäckt i samband med en förkylning i november. "
                  "Ingen heshet, inga sväljningsbesvär. Ingen strålbehandling mot halsen i barndomen. Två barn, 4 och 7 år."),
      ("Status", "Tyreoidea: 2 cm fast, oöm knuta i hö lob, följer med vid sväljning. Inga palpabla lymfkörtlar lateralt på halsen. "
                 "Stämbandsrörlighet normal vid laryngoskopi."),
      ("Lab", "TSH 1,9, fritt T4 15. Kalcium 2,36."),
      ("Utredning", "Ultraljud 11/1 med hypoekogen nodul 19 mm, mikrokalk och oregelbunden kontur, TIRADS 5. Finnålspunktion tagen vid samma tillfälle."),
      ("Bedömning", "Cytologin visar papillär tyreoideacancer, Bethesda VI. Pat är inte underrättad om cytologisvaret än, "
                    "vi har bokat ett besök så att beskedet kan ges personligen."),
      ("Planering", "Besök 6/2 med kontaktsjuksköterska. Remiss ÖNH/endokrinkirurgi för tyreoidektomi. Dikterat av dr Rasmus Holmgren."),
  ]),
  must=["NL101"], why="long secretary-typed note: papillary thyroid cancer, 'inte underrättad om cytologisvaret än'")

C("gyn-endometriecancer-information-sektion", "vgr", "1956-02-29", "K",
  N("v_gyn_ostra", "Läkaranteckning", "Karolina Dahl", "läkare", "2024-08-20 11:45", [
      ("Aktuellt", "Postmenopausal blödning sedan två månader. VUL: endometrium 14 mm, oregelbundet."),
      ("Bedömning", "Endometriebiopsi: endometrioid adenocarcinom grad 1."),
      ("Information", "Pat ej informerad om PAD ännu. Ringer själv tisdag för svar, besked ges då av undertecknad."),
  ]),
  must=["NL101"], why="diagnosis in Bedömning, the 'not informed' statement in a separate Information section of the same note")

C("uro-njurcellscancer-meddelas-forst-efter-mdk", "skane", "1963-07-07", "M",
  N("s_uro_malmo", "Läkaranteckning", "Jesper Falk", "ST-läkare", "2024-03-08 15:10", [
      ("Aktuellt", "Bifynd vid DT buk i samband med divertikulit i februari: 6 cm solid, heterogent laddande tumör i hö njures nedre pol."),
      ("Bedömning", "Radiologiskt typisk njurcellscancer, cT1b N0 M0."),
      ("Planering", "Diagnosen meddelas pat först efter MDK 21/3; fram till dess är han inte informerad om tumören. DT thorax beställd."),
  ]),
  must=["NL101"], why="renal cell carcinoma visible; Planering says the patient is told only after the MDK and is not informed until then")

C("gastro-hcc-ej-informerad-star-i-th-men-dx-i-bedomning", "vgr", "1959-09-27", "M",
  N("v_gastro_sahl", "Läkaranteckning", "Ebba Sjögren", "läkare", "2024-09-03 13:55", [
      ("Aktuellt", "Känd alkoholrelaterad levercirros Child-Pugh A, nykter sedan 2021. Halvårskontroll med ultraljud och AFP."),
      ("Bedömning", "Nytillkommen 4 cm lesion i segment 7 med arteriell uppladdning och washout på DT, LI-RADS 5 = hepatocellulär cancer. AFP 320."),
      ("Tidiga hypoteser", "Pat ej informerad om HCC-fyndet, vill ha sin dotter med vid beskedet."),
      ("Planering", "Tas upp på HPB-rond. Återbesök med dottern om en vecka."),
  ]),
  must=["NL101"], why="VGR: the HCC diagnosis is in the visible Bedömning; only the 'not informed' remark sits under sökord Tidiga hypoteser")
# ---------------------------------------------------------------- NL101 must_not

C("onk-brostcancer-informerad-maken-narvarande", "skane", "1961-05-30", "K",
  N("s_onk_lund", "Läkaranteckning", "Eva Holm", "läkare", "2024-02-06 14:20", [
      ("Information", "Pat informerad om PAD-svaret (duktal bröstcancer vä) vid dagens besök, maken närvarande. Tog beskedet sansat."),
  ]),
  must_not=["NL101"], why="the diagnosis has been communicated: informed, not 'not informed'")

C("neuro-myastenia-gravis-meddelad-idag", "vgr", "1970-08-14", "M",
  N("v_neuro_sahl", "Läkaranteckning", "Anders Nyström", "läkare", "2024-04-11 15:00", [
      ("Aktuellt", "Dubbelseende och hängande ögonlock på kvällarna sedan ett par månader, tröttbar i armarna."),
      ("Bedömning", "Diagnosen meddelad pat och hustru idag: myastenia gravis, okulär och lätt generaliserad form, AChR-ak pos. Broschyr utdelad."),
  ]),
  must_not=["NL101"], why="diagnosis told to patient and wife today")

C("kir-gallsten-ej-informerad-om-opdatum", "skane", "1983-02-18", "K",
  N("s_kir_trel", "Läkaranteckning", "Nils Åkesson", "läkare", "2024-09-12 10:15", [
      ("Aktuellt", "Känd gallstenssjukdom med upprepade gallstensanfall, senast i augusti med besök på akuten i Malmö."),
      ("Status", "Buk mjuk, lätt ömhet under hö arcus, Murphys tecken neg idag."),
      ("Planering", "Uppsatt på väntelista för laparoskopisk kolecystektomi. Pat ej informerad om operationsdatum ännu, planeringssköterskan ringer."),
  ]),
  must_not=["NL101"], why="decoy: 'ej informerad' concerns the operation date, not the (known) gallstone diagnosis")

C("diab-ssk-ny-tid-fotterapeut-ej-meddelad", "vgr", "1949-10-02", "M",
  N("v_med_alingsas", "Sjuksköterskeanteckning", "Anneli Karlsson", "sjuksköterska", "2024-05-23 09:40", [
      ("Aktuellt", "Årskontroll på diabetesmottagningen. Typ 2-diabetes sedan 2008, insulinbehandlad sedan 2016 med Toujeo 34 E till kvällen "
                   "och metformin 1 g x 2. Känd perifer neuropati i båda fötterna. Kommer ensam, kör bil själv."),
      ("Status", "Vikt 94 kg (96 kg förra året), BMI 31. BT 138/82 sittande. Fötter: torr hud och förhårdnader under MTP-huvudena, "
                 "inga sår. Monofilament nedsatt bilat, pulsar palpabla i a. dorsalis pedis bilat."),
      ("Lab", "HbA1c 58, krea 94, eGFR 71, U-albumin/krea 4,2. LDL 2,1."),
      ("Läkemedel", "Toujeo, metformin, Atorvastatin 20 mg och Enalapril 10 mg. Inga förändringar sedan förra året."),
      ("Egenvård", "Pat mäter blodsocker 1–2 gånger dagligen, fastevärden 7–9. Inga kännings senaste halvåret. Går promenad med hunden dagligen."),
      ("Planering", "Fotterapeuten har flyttat tiden till 4/6; pat ej informerad om den nya tiden, jag skickar brev i dag. "
                    "Ögonbottenfoto 2025. Läkarbesök i höst för genomgång av läkemedel, ev. tillägg av GLP-1."),
  ]),
  must_not=["NL101"], why="long nurse note: 'ej informerad' refers to a rebooked appointment, the diabetes is long known")

C("th-mall-skane-frontotemporal-demens", "skane", "1955-03-21", "M",
  N("s_neuro_lund", "Tidiga hypoteser", "Camilla Persson", "läkare", "2024-06-18 16:05", [
      ("Bedömning", "Misstänkt frontotemporal demens. Pat ej informerad om misstanken, anhöriga beskriver personlighetsförändring och omdömeslöshet."),
  ]),
  must_not=["NL101"], why="Skåne: written in the Tidiga hypoteser template, so not visible to the patient")

C("th-sokord-vgr-lungcancer-fore-bronkoskopi", "vgr", "1950-11-08", "M",
  N("v_lung_sahl", "Läkaranteckning", "Per-Erik Hansson", "läkare", "2024-08-29 10:20", [
      ("Aktuellt", "Hosta sedan sex veckor, rökt 40 paketår. DT thorax gjord via VC."),
      ("Tidiga hypoteser", "Spikulerad 2,5 cm förändring i hö överlob, misstänkt lungcancer. Pat ej informerad om misstanken innan bronkoskopin."),
      ("Planering", "Bronkoskopi 6/9. Återbesök efter det, anhörig får gärna följa med."),
  ]),
  must_not=["NL101"], why="VGR: suspicion and 'ej informerad' only under sökord Tidiga hypoteser; visible sections hold no diagnosis")

C("onk-koloncancer-barnen-ska-inte-veta", "skane", "1958-01-17", "K",
  N("s_onk_lund", "Läkaranteckning", "Eva Holm", "läkare", "2024-11-26 13:30", [
      ("Aktuellt", "Första besök på onkologen efter MDK. Kommer med sin syster."),
      ("Anamnes", "Sökte i augusti för trötthet och järnbristanemi. Koloskopin visade en tumör i colon ascendens, DT tre levermetastaser."),
      ("Status", "AT: gott, ECOG 0. Buk mjuk och oöm, levern ej palpabel."),
      ("Socialt", "Frånskild, tre vuxna barn i Stockholm. Arbetar som redovisningskonsult."),
      ("Lab", "Hb 108, CEA 42, leverprover lätt förhöjda, krea 64."),
      ("Läkemedel", "Järntabletter, inga andra stående läkemedel."),
      ("Tidigare sjukdomar", "Frisk sedan tidigare bortsett från en hysterektomi 2010."),
      ("Bedömning", "Koloncancer i colon ascendens med tre levermetastaser, RAS-vildtyp. Pat informerad om diagnosen och att syftet med "
                    "behandlingen är att bromsa sjukdomen."),
      ("Information", "Pat önskar att de vuxna barnen inte informeras förrän efter jul, vilket vi respekterar."),
      ("Planering", "Start FOLFOX + panitumumab v. 49. PAC-inläggning bokad. Kontaktsjuksköterska Lina tel-kontakt efter första kuren."),
  ]),
  must_not=["NL101"], why="the patient knows; the people not informed are her children")

C("hud-basaliom-tidigare-ej-informerad-nu-informerad", "vgr", "1947-07-04", "M",
  N("v_hud_sahl", "Telefonanteckning", "Maria Törnqvist", "läkare", "2024-03-07 11:05", [
      ("Aktuellt", "Pat var tidigare ej informerad om biopsisvaret; informerades idag per telefon om basalcellscancer på näsvingen."),
  ]),
  must_not=["NL101"], why="past 'ej informerad' now resolved: informed today")

C("gastro-biopsier-benigna-svar-ej-meddelat", "skane", "1977-04-23", "M",
  N("s_gastro_malmo", "Läkaranteckning", "Henrik Sundberg", "läkare", "2024-07-25 14:10", [
      ("Lab", "Biopsier från ventrikel och duodenum utan malignitet eller dysplasi, Helicobacter neg. Pat ej informerad om svaret ännu, brev skickas."),
  ]),
  must_not=["NL101"], why="not informed, but the result is normal: no diagnosis is stated")

C("brost-mammografi-utan-malignitet-svar-per-brev", "vgr", "1980-09-16", "K",
  N("v_onk_sahl", "Läkaranteckning", "Annika Ljung", "läkare", "2024-10-01 09:30", [
      ("Aktuellt", "Undersökt pga knölkänsla i vä bröst sedan en månad."),
      ("Utredning", "Mammografi och ultraljud bilat utan malignitetsmisstanke. Palpationsfyndet motsvaras av normal körtelvävnad."),
      ("Planering", "Pat ej informerad om svaret ännu – besked skickas per brev. Ingen uppföljning."),
  ]),
  must_not=["NL101"], why="not informed about a normal imaging answer; no diagnosis is stated")

C("inf-tuberkulos-informerad-via-tolk", "skane", "1994-05-09", "M",
  N("s_inf_malmo", "Läkaranteckning", "Nadia Haddad", "läkare", "2024-01-17 13:45", [
      ("Aktuellt", "30-årig man, kom till Sverige från Eritrea 2022. Remitterad från VC med tre månaders hosta, nattsvettningar och viktnedgång 6 kg. "
                   "Bor med två kamrater i lägenhet i Rosengård, arbetar på lager."),
      ("Status", "AT: opåverkad, något tunn. Temp 37,8. Pulm: rassel hö ovan, i övrigt vesikulärt. Inga förstorade lymfkörtlar. Buk ua."),
      ("Lab", "Sputum direktmikroskopi positiv för syrafasta stavar, PCR positiv för M. tuberculosis-komplexet utan rifampicinresistensmutation. "
              "HIV neg. CRP 46, Hb 121, leverprover normala."),
      ("Röntgen", "Lungröntgen: kaviterande infiltrat i hö överlob."),
      ("Bedömning", "Lungtuberkulos, smittsam. Pat informerad via tolk (tigrinja) om diagnosen, behandlingens längd och vikten av att ta "
                    "tabletterna varje dag. Han har förstått och ställt relevanta frågor."),
      ("Åtgärd", "Start Rifinah + Pyrazinamid + Etambutol enligt vikt. Smittskyddsanmälan gjord. Smittspårning via TB-sköterska, "
                 "kamraterna kallas för screening. Ej arbete tills vidare, sjukintyg utfärdat."),
  ]),
  must_not=["NL101"], why="long note: tuberculosis diagnosis explicitly communicated through an interpreter")

C("onk-skelettmetastaser-vill-inte-veta-prognos", "vgr", "1954-12-03", "M",
  N("v_onk_sas", "Läkaranteckning", "Gunnar Lilja", "läkare", "2024-06-04 10:50", [
      ("Aktuellt", "Återbesök efter skelettscint pga smärtor i ländrygg. Känd prostatacancer sedan 2021, behandlad med hormonell kastration."),
      ("Bedömning", "Skelettmetastaser i L3, bäcken och hö revben. Pat informerad om att cancern spridit sig till skelettet. "
                    "Vill själv inte veta något om förväntad överlevnad, vilket respekteras."),
      ("Planering", "Palliativ strålning mot L3, 8 Gy x 1. Start Xgeva efter tandstatus. Oxynorm vb. Återbesök 4 v."),
  ]),
  must_not=["NL101"], why="the patient was told of the metastases and declined prognosis talk; nothing is withheld against his knowledge")

C("neuro-als-informerad-tidigare-peg", "skane", "1960-10-27", "K",
  N("s_neuro_lund", "Läkaranteckning", "Camilla Persson", "läkare", "2024-07-01 09:05", [
      ("Aktuellt", "Pat informerades om diagnosen ALS av dr Nilsson 2/5 och vill nu diskutera PEG inför tilltagande sväljsvårigheter."),
  ]),
  must_not=["NL101"], why="ALS was already communicated on an earlier visit")

C("psyk-th-sokord-personlighetsstorning", "vgr", "2000-03-18", "K",
  N("v_psyk_nal", "Läkaranteckning", "Johan Berglund", "läkare", "2024-02-27 14:40", [
      ("Aktuellt", "Nybesök efter remiss från akutpsykiatrin där pat sökt tre gånger senaste månaden efter självskadehandlingar "
                   "(skärt sig på underarmarna). Bor ensam, studerar till undersköterska på halvfart. Kommer med sin mamma som väntar ute."),
      ("Anamnes", "Ångest och nedstämdhet sedan tonåren. Tidigare kontakt med BUP 2015–2017. Ingen regelbunden medicinering. "
                  "Alkohol i helgerna, ibland mycket. Inga droger enligt pat."),
      ("Psykiskt status", "Vaken, orienterad. God kontakt efter en stund, växlande affekt. Förnekar aktuella suicidplaner, "
                          "har tankar på att skada sig när ångesten blir för stark. Inga psykotiska symtom."),
      ("Tidiga hypoteser", "Bilden inger misstanke om emotionellt instabil personlighetsstörning. Ej kommunicerat med pat, "
                           "behöver fler besök och strukturerad utredning innan det tas upp."),
      ("Planering", "Kontaktsköterska utses. Återbesök 2 v. Krisplan upprättad tillsammans med pat. Erbjuds DBT-färdighetsträning "
                    "när plats finns. Sömnhygienråd givna."),
  ], draft=True),
  must_not=["NL101"], why="VGR long draft: the suspected diagnosis and 'ej kommunicerat med pat' are only under sökord Tidiga hypoteser")

C("th-mall-skane-hemat-misstankt-mds", "skane", "1946-09-22", "M",
  N("s_hemat_lund", "Tidiga hypoteser", "Lars Hedlund", "läkare", "2024-12-03 15:15", [
      ("Aktuellt", "78-årig man remitterad för makrocytär anemi och lätt trombocytopeni som följts på VC sedan våren. "
                   "Tilltagande trötthet, i övrigt inga symtom. Inga infektioner. Lever med hustrun i villa i Dalby."),
      ("Lab", "Hb 94, MCV 108, TPK 88, LPK 3,1 med neutrofila 1,2. B12 och folat normala. Retikulocyter låga. LD normalt."),
      ("Status", "AT: gott. Inga petekier. Inga förstorade lymfkörtlar, ingen palpabel mjälte eller lever."),
      ("Läkemedel", "Enalapril 5 mg, Omeprazol 20 mg. Inga nya läkemedel senaste året."),
      ("Socialt", "Alkohol 1–2 glas vin till maten dagligen enligt egen uppgift. Slutade röka 1990."),
      ("Bedömning", "Misstänkt myelodysplastiskt syndrom (MDS). Pat ej informerad om misstanken; vi vill ha benmärgssvaret innan vi "
                    "tar upp det med honom. Differentialdiagnos alkoholpåverkan på benmärgen bedöms mindre trolig."),
      ("Planering", "Benmärgsbiopsi och aspirat med cytogenetik 10/12. Återbesök med svar om tre veckor."),
  ]),
  must_not=["NL101"], why="Skåne long note in the Tidiga hypoteser template: hidden from the patient, so no NL101")

C("onk-pankreascancer-anhoriga-ej-informerade", "vgr", "1952-04-14", "K",
  N("v_onk_sahl", "Läkaranteckning", "Annika Ljung", "läkare", "2024-04-23 13:00", [
      ("Information", "Anhöriga ej informerade om diagnosen på pat:s uttryckliga begäran. Pat själv väl införstådd med sin pankreascancer och planen framåt."),
  ]),
  must_not=["NL101"], why="the relatives, not the patient, are the ones not informed")

C("reuma-fibromyalgi-remiss-avslagen", "skane", "1976-06-30", "K",
  N("s_reuma_lund", "Läkaranteckning", "Karl Lindahl", "läkare", "2024-02-15 11:20", [
      ("Aktuellt", "Känd fibromyalgi sedan 2017. Pat har själv frågat om remiss till smärtrehab. Fortsatt generaliserad värk, sömnbesvär."),
      ("Status", "Utbredd palpationsömhet i muskelfästen på båda sidor av kroppen, inga synoviter. Normal ledrörlighet i alla stora leder."),
      ("Tidigare sjukdomar", "Depression 2015, hypotyreos."),
      ("Läkemedel", "Amitriptylin 10 mg till natten, Levaxin 50 mikrog, Alvedon vid behov."),
      ("Socialt", "Arbetar 50 % som kassabiträde, sjukersättning på resterande del. Bor med sin dotter."),
      ("Hereditet", "Mor och moster har haft liknande värk. Ingen psoriasis eller reumatisk sjukdom i släkten."),
      ("Egenvård", "Går i varmvattengympa en gång i veckan och har provat yoga under hösten med viss lindring."),
      ("Lab", "SR 8, CRP <1, RF och anti-CCP neg."),
      ("Planering", "Remissen till smärtrehabiliteringen i Lund har avslagits med hänvisning till primärvården. "
                    "Pat ej informerad om att remissen avslagits, jag ringer henne i morgon och diskuterar alternativ via VC."),
  ], draft=True),
  must_not=["NL101"], why="decoy: not informed about a declined referral; the fibromyalgia is long known")

C("ak-waran-dosandring-ej-informerad", "vgr", "1938-11-11", "K",
  N("v_ak_sahl", "Sjuksköterskeanteckning", "Birgitta Olsson", "sjuksköterska", "2024-01-09 13:35", [
      ("Åtgärd", "INR 3,9. Förmaksflimmer, Waran enligt ordination. Pat ej informerad om ändrad dos – jag ringer i eftermiddag, ny dos 2,5 tabl/dag."),
  ]),
  must_not=["NL101"], why="nurse note: 'ej informerad' refers to a dose change; atrial fibrillation is known")

C("kard-stemi-epikris-informerad", "skane", "1959-08-19", "M",
  N("s_kard_lund", "Epikris", "Ulrika Berg", "medicinsk sekreterare", "2024-04-02 10:10", [
      ("Orsak till vård", "Bröstsmärta sedan två timmar, ST-höjningar i inferiora avledningar, prehospitalt larm till PCI-center."),
      ("Vårdförlopp", "Akut koronarangiografi visade ockluderad hö kranskärl, behandlad med PCI och en läkemedelsavgivande stent. "
                      "Okomplicerat vårdförlopp på HIA och vårdavdelning. Eko med lätt nedsatt vänsterkammarfunktion, EF 45 %, "
                      "inferior hypokinesi. Inga arytmier på telemetri. Mobiliserad utan besvär."),
      ("Diagnoser", "Akut ST-höjningsinfarkt inferiort (I21.1). Hyperlipidemi. Rökare."),
      ("Information", "Pat informerad om diagnosen hjärtinfarkt, om betydelsen av rökstopp och om dubbel trombocythämning i 12 månader. "
                      "Hustrun var med vid utskrivningssamtalet."),
      ("Läkemedel", "Nyinsatt: Trombyl 75 mg, Brilique 90 mg x 2, Atorvastatin 80 mg, Metoprolol 50 mg, Ramipril 2,5 mg."),
      ("Uppföljning", "Hjärtskola och fysisk träning via hjärtrehab. Återbesök hjärtsjuksköterska 2 v, läkare 6–8 v. Dikterat av dr Erik Åman."),
  ], setting="slutenvård"),
  must_not=["NL101"], why="long dictated discharge summary: diagnosis explicitly communicated")

C("reuma-ra-informerad-mtx-info-aterstar", "vgr", "1969-01-25", "K",
  N("v_reuma_sas", "Läkaranteckning", "Stina Johansson", "läkare", "2024-03-14 15:25", [
      ("Aktuellt", "Svullna fingerleder bilat sedan tre månader, morgonstelhet två timmar."),
      ("Status", "Synoviter MCP 2–3 bilat och hö handled. DAS28-CRP 5,1."),
      ("Bedömning", "Seropositiv reumatoid artrit. Pat informerad om diagnosen och om att behandlingen bör startas snart. "
                    "Har inte hunnit få information om metotrexat ännu – reumasjuksköterskan tar det på torsdag."),
  ]),
  must_not=["NL101"], why="patient told the diagnosis; the missing information concerns the drug, not the diagnosis")

C("ssk-provsvar-normala-pat-ej-nadd", "skane", "1990-12-05", "K",
  N("s_med_cssk", "Telefonanteckning", "Jenny Lund", "sjuksköterska", "2024-06-20 10:00", [
      ("Lab", "Hb, krea, elstatus och TSH normala. Pat ej informerad om provsvaren då hon inte svarar i telefon, nytt försök i morgon."),
  ]),
  must_not=["NL101"], why="not informed about normal lab answers; there is no diagnosis")

C("neuro-planering-ej-informerad-dx-bara-i-th", "vgr", "1948-05-13", "K",
  N("v_neuro_sahl", "Läkaranteckning", "Sofia Bergqvist", "läkare", "2024-11-19 14:05", [
      ("Planering", "Pat ej informerad om MR-fynden, se Tidiga hypoteser. Återbesök om 3 v med dottern."),
      ("Tidiga hypoteser", "MR med bilateral hippocampusatrofi, misstänkt Alzheimers sjukdom i tidigt skede."),
  ]),
  must_not=["NL101"], why="VGR: the visible Planering says 'ej informerad' but the diagnosis itself is only under Tidiga hypoteser")

C("lung-kol-informerad-idag", "skane", "1957-10-06", "M",
  N("s_med_lsk", "Läkaranteckning", "Sara Engström", "läkare", "2024-09-26 13:50", [
      ("Utredning", "Spirometri efter bronkdilatation: FEV1/FVC 0,58, FEV1 64 % av förväntat."),
      ("Bedömning", "Har i dag informerat patienten om diagnosen KOL, GOLD 2, och om vikten av rökstopp."),
  ]),
  must_not=["NL101"], why="the diagnosis was communicated today")

C("inf-endokardit-epikris-pat-och-sambo-informerade", "vgr", "1973-07-29", "M",
  N("v_inf_ostra", "Epikris", "Maja Fransson", "ST-läkare", "2024-10-22 09:25", [
      ("Orsak till vård", "Inlagd med feber och frossa sedan en vecka, nytt blåsljud. Tandextraktion i september."),
      ("Vårdförlopp", "Växt av Streptococcus sanguinis i 4/4 blododlingar. TEE visade en 9 mm vegetation på mitralisklaffen "
                      "med lätt insufficiens. Behandlad med bensylpenicillin iv, feberfri från dag 3, CRP normaliserat. "
                      "Ingen embolisering. Kontrollekokardiografi oförändrad vegetation. Bedömd av thoraxkirurg, ingen operationsindikation."),
      ("Diagnoser", "Infektiös endokardit i mitralisklaffen orsakad av viridansstreptokocker."),
      ("Information", "Pat och sambo informerade om endokardit, behandlingslängd fyra veckor och om endokarditprofylax vid framtida tandingrepp."),
      ("Läkemedel", "Bensylpenicillin 3 g x 4 iv via PICC-line till och med 8/11. Inga övriga läkemedel, inga kända allergier."),
      ("Fortsatt vård", "Fortsatt iv-behandling via OPAT-teamet i hemmet till och med 8/11. Återbesök infektionsmottagningen 14/11 med eko. "
                        "Tandläkarkontroll inom en månad."),
  ], setting="slutenvård"),
  must_not=["NL101"], why="long discharge summary: endocarditis communicated to patient and partner")

C("mvc-nipt-trisomi18-paret-informerat", "skane", "1987-02-24", "K",
  N("s_mvc_malmo", "Läkaranteckning", "Moa Ivarsson", "läkare", "2024-08-15 15:55", [
      ("Lab", "NIPT: trisomi 18 hos fostret."),
      ("Information", "Pat och partner informerade om NIPT-svaret vid dagens besök. De vill fundera över helgen och har fått kuratorskontakt."),
  ]),
  must_not=["NL101"], why="fetal trisomy 18 communicated to the pregnant patient and partner")

C("ogon-kataract-typo-vantetid-ej-meddelad", "vgr", "1940-01-02", "M",
  N("v_ogon_molndal", "Läkaranteckning", "Lina Forsberg", "läkare", "2024-05-16 10:35", [
      ("Bedömning", "Kataract hö, visus 0,3. Ej informerat pat om väntetid till op, operationsplaneringen meddelar."),
  ]),
  must_not=["NL101"], why="typo in the diagnosis ('Kataract'); 'ej informerat' concerns the waiting time, not the cataract")

C("ort-osteoporos-typo-informrad", "skane", "1951-03-31", "K",
  N("s_ort_ystad", "Läkaranteckning", "Peter Nyberg", "läkare", "2024-03-04 14:45", [
      ("Aktuellt", "Återbesök 6 v efter distal radiusfraktur vä efter fall i halka i januari. Gipset avlägsnat för två veckor sedan, "
                   "tränar hos fysioterapeut. Ingen tidigare fraktur. Mamman hade höftfraktur i 70-årsåldern."),
      ("Status", "Vä handled: lätt svullnad, dorsalflexion 50°, volarflexion 45°. Nedsatt grepp jämfört med hö. Distalstatus ua."),
      ("Läkemedel", "Levaxin 75 mikrog, Enalapril 10 mg. Flera kortisonkurer för astma genom åren."),
      ("Socialt", "Bor ensam i villa i Skurup, promenerar dagligen och röker inte."),
      ("Röntgen", "Läkt fraktur i godtagbart läge. DXA 20/2: T-score ländrygg -3,1 och höft -2,7."),
      ("Bedömning", "Osteoporos med lågenergifraktur. Pat informrad om diagnosen och om behandlingsalternativ, vill gärna starta behandling."),
      ("Åtgärd", "Alendronat 70 mg 1 gång/vecka, Calcichew D3 1 x 2. Tandstatus ua enligt pat. Remiss till fallpreventionsgrupp. "
                 "Kontroll via VC om ett år, ny DXA om tre år."),
  ]),
  must_not=["NL101"], why="typo in the cue ('informrad'): the diagnosis was communicated, long note")

C("geri-hjartsvikt-full-information-inget-undanhallet", "vgr", "1936-08-08", "K",
  N("v_geri_skas", "Läkaranteckning", "Torbjörn Eklund", "läkare", "2024-12-10 11:15", [
      ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 30 %, NYHA III."),
      ("Information", "Pat har fått full information om diagnosen och dess allvar; inget har undanhållits. Dottern närvarande."),
  ]),
  must_not=["NL101"], why="the note says the opposite of not informed: full information, nothing withheld")
# ---------------------------------------------------------------- NL102 must (hedged diagnosis in a visible Melior section)

C("akut-misstankt-appendicit-obs", "skane", "1998-04-12", "M",
  N("s_akut_hbg", "Akutanteckning", "Amir Rostami", "AT-läkare", "2024-01-12 02:15", [
      ("Status", "Ömhet och släppömhet i hö fossa, temp 38,1, CRP 54, LPK 14."),
      ("Bedömning", "Misstänkt appendicit, inläggs på kir för obs och ev. DT buk i morgon."),
  ], setting="akutmottagning"),
  must=["NL102"], why="'Misstänkt appendicit' in an emergency Bedömning")

C("akut-trol-njursten-va", "vgr", "1979-07-19", "M",
  N("v_akut_nal", "Akutanteckning", "Julia Hedberg", "läkare", "2024-02-03 04:40", [
      ("Bedömning", "Trol. njursten vä, smärtlindrad med Toradol. DT-urografi i morgon bitti."),
  ], setting="akutmottagning"),
  must=["NL102"], why="'Trol.' abbreviation before the diagnosis")

C("med-pneumomi-fragetecken-typo-diagnos", "skane", "1944-09-01", "K",
  N("s_med_cssk", "Inskrivningsanteckning", "Erik Thulin", "underläkare", "2024-02-17 20:30", [
      ("Aktuellt", "Feber 38,9 och hosta sedan tre dagar, ökad andfåddhet. Bor på äldreboende."),
      ("Status", "Pulm: krepitationer hö basalt. AF 24, SpO2 91 %. CRP 180."),
      ("Diagnos", "Pneumomi hö underlob?"),
      ("Åtgärd", "Lungröntgen, blododlingar x 2, Bensylpenicillin 3 g x 3 iv. Syrgas 2 l på grimma."),
  ], setting="slutenvård"),
  must=["NL102"], why="typo in the diagnosis ('Pneumomi') marked uncertain with a trailing question mark in Diagnos")

C("kard-dd-perikardit-myokardit", "vgr", "1995-11-23", "M",
  N("v_kard_sahl", "Inskrivningsanteckning", "Johanna Ekström", "läkare", "2024-03-02 18:55", [
      ("Aktuellt", "28-årig man med skarp bröstsmärta sedan i går kväll, värre i liggande och vid djupa andetag, bättre framåtlutad. "
                   "Förkylning med halsont och feber för en vecka sedan. Ingen tidigare hjärtsjukdom, inga läkemedel, snusar."),
      ("Status", "AT: opåverkad. Cor: regelbunden rytm, gnidningsljud över apex? Pulm: vesikulärt bilat. BT 124/70, puls 94, temp 37,6."),
      ("EKG", "Sinusrytm 92/min, konkava ST-höjningar i flera avledningar samt PR-sänkning i II, III och aVF."),
      ("Lab", "TnT 48 – 61 – 58. CRP 42. LPK 10,2."),
      ("Bedömning", "Bilden passar med akut inflammation i hjärtsäcken men troponinstegringen gör att myokardengagemang inte kan uteslutas. "
                    "DD perikardit vs perimyokardit."),
      ("Planering", "Inläggning på HIA med telemetri. Eko i morgon, MR hjärta under vårdtiden. Ibuprofen 600 mg x 3 och kolkicin 0,5 mg x 2. "
                    "Fysisk vila från träning i minst tre månader om myokardit bekräftas."),
  ], setting="slutenvård"),
  must=["NL102"], why="long cardiology note: 'DD perikardit vs perimyokardit' and 'kan inte uteslutas' in Bedömning")

C("hud-susp-basaliom-hoger-kind", "skane", "1949-06-14", "M",
  N("s_hud_malmo", "Läkaranteckning", "Anna-Karin Möller", "läkare", "2024-04-17 09:10", [
      ("Aktuellt", "Sår på hö kind som inte läkt på ett halvår, blöder ibland."),
      ("Bedömning", "Susp. basaliom på hö kind, 6 mm pärlemorskimrande papel med teleangiektasier. Stansbiopsi tagen."),
  ]),
  must=["NL102"], why="'Susp.' abbreviation with a Latin/eponym-free skin tumour name")

C("inf-sannolikt-neuroborrelios", "vgr", "1967-08-05", "K",
  N("v_inf_ostra", "Läkaranteckning", "Maja Fransson", "ST-läkare", "2024-08-14 15:35", [
      ("Aktuellt", "Fästingbett i juni, rodnad kring bettet som försvann spontant. Nu tre veckors nattlig radikulär smärta i bröstkorgen "
                   "och sedan i går hö-sidig facialispares. Ingen feber. Bor på Orust, mycket i trädgården."),
      ("Status", "Perifer facialispares hö, inkl. pannan. I övrigt ua neurologstatus. Ingen nackstelhet. Inga hudutslag."),
      ("Tidigare sjukdomar", "Hypotyreos sedan 2010, annars frisk."),
      ("Läkemedel", "Levaxin 100 mikrog. Inga allergier."),
      ("Socialt", "Gift, arbetar som bibliotekarie, två vuxna barn."),
      ("Lab", "CRP 6, LPK 7,1. Borreliaserologi skickad."),
      ("Hereditet", "Inget av betydelse."),
      ("Bedömning", "Sannolikt neuroborrelios (Bannwarths syndrom) med facialispares och radikulit. LP i morgon för likvorcellsräkning och "
                    "borreliaantikroppar i likvor."),
      ("Information", "Pat informerad om planen och om att ansiktsförlamningen i regel går tillbaka med behandling."),
      ("Planering", "LP 9:00 på dagvården. Start doxycyklin 200 mg x 1 i 14 dagar efter LP. Ögonskydd nattetid."),
  ], draft=True),
  must=["NL102"], why="long note: 'Sannolikt neuroborrelios' with an eponym in Bedömning")

C("neuro-trol-forsta-epileptiska-anfall", "skane", "2002-02-02", "K",
  N("s_neuro_lund", "Läkaranteckning", "Jakob Svärd", "ST-läkare", "2024-05-06 13:00", [
      ("Aktuellt", "22-årig student som i söndags morse hittades av rumskamraten med stela armar och ryckningar i ca en minut, "
                   "därefter förvirrad i 20 min. Hade sovit tre timmar efter fest med alkohol. Inga tidigare liknande episoder. "
                   "Ryckningar i armarna på morgonen ibland, har tappat kaffekoppar."),
      ("Tidigare sjukdomar", "Frisk. Inga läkemedel. Morbror har epilepsi."),
      ("Status", "Neurologiskt status ua. Tungbett lateralt vä. Inga fokala bortfall."),
      ("Socialt", "Studerar till civilingenjör i Lund, bor i korridor. Har körkort och kör ibland familjens bil."),
      ("Utredning", "DT hjärna på akuten ua. EEG 2/5 med generaliserade spike-wave-urladdningar vid fotostimulering."),
      ("Bedömning", "Trol. juvenil myoklonisk epilepsi med ett första generaliserat tonisk-kloniskt anfall utlöst av sömnbrist och alkohol. "
                    "MR för att utesluta strukturell orsak."),
      ("Planering", "Körförbud enligt Transportstyrelsens föreskrifter, informerad. MR hjärna. Ställningstagande till lamotrigin vid återbesök om 4 v."),
  ]),
  must=["NL102"], why="long neurology note: 'Trol. juvenil myoklonisk epilepsi'")

C("ort-scaphoideumfraktur-kan-inte-uteslutas", "vgr", "1986-12-15", "M",
  N("v_ort_molndal", "Läkaranteckning", "Viktor Almgren", "ST-läkare", "2024-01-27 16:45", [
      ("Bedömning", "Ömhet i fossa tabatière, rtg utan synlig fraktur. Scaphoideumfraktur kan inte uteslutas; gipsas och ny rtg om 10–14 dagar."),
  ]),
  must=["NL102"], why="'kan inte uteslutas' hedge after a Latinised fracture name")

C("gyn-misstankt-extrauterin-graviditet", "skane", "1993-03-27", "K",
  N("s_gyn_lund", "Akutanteckning", "Helena Wikström", "läkare", "2024-07-21 23:10", [
      ("Bedömning", "Buksmärta vä fossa, hCG 1450, tom uterus på VUL och fri vätska i fossa Douglasi. "
                    "Misstänkt extrauterin graviditet, laparoskopi i kväll."),
  ], setting="akutmottagning"),
  must=["NL102"], why="'Misstänkt extrauterin graviditet' (pregnancy chapter) in an acute gynaecology note")

C("barn-trol-inkomplett-kawasaki", "vgr", "2020-05-09", "M",
  N("v_barn_ostra", "Läkaranteckning", "Elsa Nord", "läkare", "2024-06-08 14:25", [
      ("Aktuellt", "4-årig pojke med feber sedan sex dagar, röda ögon utan sekret och spruckna läppar. Föräldrarna har gett Alvedon."),
      ("Status", "Injicerade konjunktivor bilat, jordgubbstunga, svullna händer. Ingen lymfadenit."),
      ("Bedömning", "Trol. Kawasakis sjukdom, inkomplett form. Eko hjärta i dag, IVIG och ASA efter samråd med barnkardiolog."),
  ], setting="slutenvård"),
  must=["NL102"], why="child under 13 (guardians read the journal): 'Trol. Kawasakis sjukdom' visible")

C("barn-misstankt-celiaki-lang", "skane", "2016-09-30", "K",
  N("s_barn_lund", "Läkaranteckning", "Magnus Ahlström", "läkare", "2024-09-05 10:20", [
      ("Aktuellt", "7-årig flicka remitterad från BVC/skolhälsovården pga viktkurva som planat ut sedan två år och återkommande buksmärtor. "
                   "Lös avföring 2–3 gånger dagligen, ibland illaluktande. Trött efter skolan. Mamman har hypotyreos, moster har typ 1-diabetes."),
      ("Status", "Vikt 20,1 kg (-1,5 SD), längd 118 cm (-0,8 SD), korsat ner en kanal i vikt. Buk: lätt utspänd, mjuk, oöm. "
                 "Blek men pigg. Inga munsår. Hud ua."),
      ("Lab", "Transglutaminasantikroppar IgA 98 U/ml (ref <7), total-IgA normalt. Hb 108, ferritin 7. Albumin 34."),
      ("Bedömning", "Misstänkt celiaki med påverkan på tillväxt och järnbrist. Diagnosen bör säkerställas med EMA och ny tTG-IgA "
                    "innan glutenfri kost påbörjas."),
      ("Planering", "Fortsatt glutenhaltig kost tills utredningen är klar. EMA och HLA-typning. Järn Niferex droppar. "
                    "Återbesök med svar och dietist om fyra veckor. Föräldrarna informerade om planen."),
  ], draft=True),
  must=["NL102"], why="long pediatric draft: 'Misstänkt celiaki' in Bedömning, visible to the guardians")

C("ogon-misstankt-glaukom-tryck", "vgr", "1955-05-17", "K",
  N("v_ogon_molndal", "Läkaranteckning", "Rickard Sund", "läkare", "2024-02-22 11:15", [
      ("Bedömning", "Misstänkt glaukom, ögontryck 28/26 och ökad excavation bilat. Ny mätning och synfält om 4 v."),
  ]),
  must=["NL102"], why="'Misstänkt glaukom' in a one-line eye note")

C("onh-peritonsillit-fragetecken-forst", "skane", "1997-10-03", "M",
  N("s_onh_hbg", "Akutanteckning", "Fredrik Nordin", "läkare", "2024-11-29 19:20", [
      ("Aktuellt", "Halsont sedan fem dagar, nu svårt att svälja och gapa. Feber 38,6."),
      ("Status", "Trismus, vä tonsill medialiserad, uvula deviation åt hö. Ömma käkvinkelkörtlar vä."),
      ("Bedömning", "?Peritonsillit vä. Punktion i lokalbedövning, odling. Kåvepenin 1 g x 4 i 10 dagar."),
  ], setting="akutmottagning"),
  must=["NL102"], why="question mark before the diagnosis ('?Peritonsillit vä')")

C("onk-misstanke-om-recidiv-brostcancer", "vgr", "1964-07-22", "K",
  N("v_onk_sas", "Läkaranteckning", "Gunnar Lilja", "läkare", "2024-05-28 14:05", [
      ("Aktuellt", "Opererad för bröstcancer hö 2019 (mastektomi och axillutrymning, pT2N1), därefter cytostatika, strålning och "
                   "fem års anastrozol som avslutades i mars. Sedan två månader smärta i ländryggen som väcker henne nattetid. "
                   "Ingen trauma. Har sökt naprapat utan effekt."),
      ("Status", "Distinkt knackömhet över L2. Neurologiskt ua i benen, normala reflexer. Inga palpabla körtlar. Ärr hö thoraxvägg ua."),
      ("Socialt", "Gift, arbetar som tandhygienist och har två döttrar i tonåren."),
      ("Läkemedel", "Inga stående sedan anastrozol avslutades. Kalk och D-vitamin, Alvedon vid behov."),
      ("Lab", "ALP 168, Ca 2,52, CA 15-3 62 (tidigare 18)."),
      ("Bedömning", "Stark misstanke om recidiv av bröstcancer med skelettmetastas i L2."),
      ("Planering", "DT thorax-buk och skelettscint inom en vecka, MR ländrygg om tecken till instabilitet. Smärtlindring Alvedon 1 g x 4 och "
                    "Oxynorm 5 mg vb. Återbesök efter undersökningarna, kontaktsjuksköterskan ringer."),
  ], draft=True),
  must=["NL102"], why="long oncology draft: 'Stark misstanke om recidiv' in a visible Bedömning")

C("psyk-trol-adhd-vuxen", "skane", "1991-01-16", "M",
  N("s_psyk_lund", "Läkaranteckning", "Ingrid Sjöberg", "läkare", "2024-03-13 09:45", [
      ("Bedömning", "Trol. ADHD, kombinerad form, utifrån anamnes och skattningar; neuropsykologisk utredning påbörjad."),
  ]),
  must=["NL102"], why="psychiatric one-liner: 'Trol. ADHD'")

C("geri-sannolikt-lewy-body-demens", "vgr", "1943-12-27", "M",
  N("v_geri_skas", "Läkaranteckning", "Ingela Wallin", "läkare", "2024-04-24 13:30", [
      ("Aktuellt", "Remiss från VC för kognitiv svikt. Kommer med hustrun som berättar det mesta."),
      ("Tidigare sjukdomar", "Prostatahyperplasi, hypertoni, höftprotes vä 2018."),
      ("Läkemedel", "Enalapril 10 mg, Tamsulosin 0,4 mg, Alvedon vid behov."),
      ("Socialt", "Gift, pensionerad mekaniker. Bor i villa i Tibro och har slutat köra bil i somras."),
      ("Anamnes", "Enligt hustrun sedan ett år synhallucinationer av djur i rummet, fluktuerande vakenhet och sömn med livliga drömmar där "
                  "han slåss. Minnet har blivit sämre, framförallt orientering."),
      ("Status", "MMSE 23/30 med brister i figurkopiering. Lätt rigiditet bilat, långsam gång utan tremor."),
      ("Lab", "B12, folat, TSH, kalcium och glukos normala."),
      ("Utredning", "DT hjärna med lätt generell atrofi, inga infarkter."),
      ("Bedömning", "Sannolikt Lewy body-demens. DaTSCAN beställd. Undvik neuroleptika."),
      ("Planering", "Varning för neuroleptika införd i journalen. Återbesök med DaTSCAN-svar, ställningstagande till rivastigmin."),
  ]),
  must=["NL102"], why="'Sannolikt Lewy body-demens' in Bedömning")

C("endo-mojlig-hypotyros-typo", "skane", "1983-06-08", "K",
  N("s_endo_malmo", "Läkaranteckning", "Rasmus Holmgren", "läkare", "2024-10-24 10:55", [
      ("Bedömning", "Möjlig subklinisk hypotyros, TSH 7,2 med normalt T4 och TPO-ak pos. Kontroll om 6 v."),
  ]),
  must=["NL102"], why="typo in the diagnosis ('hypotyros') after the hedge 'Möjlig'")

C("njur-nefrotiskt-trol-membranos", "vgr", "1962-03-05", "M",
  N("v_njur_sahl", "Läkaranteckning", "Emma Stål", "läkare", "2024-06-19 09:05", [
      ("Bedömning", "Nefrotiskt syndrom, trol. membranös nefropati med positiva PLA2R-antikroppar. Biopsi planeras."),
  ]),
  must=["NL102"], why="confirmed syndrome followed by a hedged cause ('trol. membranös nefropati')")

C("gastro-ulceros-kolit-kan-inte-uteslutas", "skane", "1999-08-11", "M",
  N("s_gastro_malmo", "Läkaranteckning", "Linnea Bjerre", "ST-läkare", "2024-02-08 13:15", [
      ("Aktuellt", "24-årig man med blodblandade diarréer sedan tre veckor, 6–8 gånger per dygn inklusive nattetid. "
                   "Återkom från Thailand för fyra veckor sedan. Ingen feber. Tenesmer. Inga läkemedel, ingen antibiotika senaste året."),
      ("Status", "AT: gott, opåverkad. Buk: mjuk, lätt diffust öm i vä fossa, inga peritonitretningar. Rektalt blod på handsken."),
      ("Lab", "CRP 34, Hb 132, albumin 36. Fekalt kalprotektin 890. Faecesodling och PCR för tarmpatogener skickade."),
      ("Utredning", "Sigmoideoskopi: kontinuerlig inflammation från rektum upp till 25 cm med ytliga sår och kontaktblödning, biopsier tagna."),
      ("Bedömning", "Ulcerös kolit kan inte uteslutas; DD infektiös kolit efter resan. Avvaktar odlingar och PAD innan behandling."),
      ("Planering", "Telefonkontakt när odlingssvar finns, ca fem dagar. Vid negativa odlingar och PAD med kronisk inflammation start "
                    "mesalazin. Åter akut vid feber, ökad blödning eller buksmärta."),
  ]),
  must=["NL102"], why="long gastro note: 'Ulcerös kolit kan inte uteslutas; DD infektiös kolit'")

C("reuma-misstankt-pmr-dd-eora", "vgr", "1950-10-18", "K",
  N("v_reuma_sas", "Läkaranteckning", "Stina Johansson", "läkare", "2024-01-31 10:30", [
      ("Aktuellt", "74-årig kvinna med sex veckors värk och stelhet i skuldror och höfter, morgonstelhet över en timme. "
                   "Svårt att ta på sig kappan. Ingen huvudvärk, inga synbesvär, ingen käkklaudikation."),
      ("Status", "Smärtsam och nedsatt aktiv abduktion i båda axlarna, passiv rörlighet bättre. Inga synoviter i händerna. "
                 "Temporalisartärer palpabla, oömma."),
      ("Tidigare sjukdomar", "Hypertoni, artros i knäna, kolecystektomi 2005."),
      ("Läkemedel", "Amlodipin 5 mg, Alvedon vid behov."),
      ("Socialt", "Gift, pensionerad sjuksköterska, bor i villa utanför Borås."),
      ("Lab", "SR 58, CRP 41. RF och anti-CCP neg. CK normalt."),
      ("Bedömning", "Misstänkt polymyalgia reumatica, DD reumatoid artrit med sen debut. Ingen misstanke om jättecellsarterit i dag."),
      ("Hereditet", "Syster har reumatoid artrit."),
      ("Information", "Pat informerad om kortisonets biverkningar och om att höra av sig vid huvudvärk eller synpåverkan."),
      ("Planering", "Prednisolon 15 mg dagligen, förväntas snabb effekt. Kalk/D-vitamin. Telefonuppföljning om en vecka, "
                    "återbesök om fyra veckor med ny SR/CRP."),
  ]),
  must=["NL102"], why="long rheumatology note: 'Misstänkt polymyalgia reumatica, DD …' (a negated arteritis sits beside it)")

C("akut-misstant-dvt-typo", "skane", "1975-05-21", "K",
  N("s_akut_hbg", "Akutanteckning", "Amir Rostami", "AT-läkare", "2024-03-16 14:50", [
      ("Bedömning", "Misstänt DVT vä underben, D-dimer 1,9. UL i morgon, Fragmin 15 000 E tills vidare."),
  ], setting="akutmottagning"),
  must=["NL102"], why="typo in the hedge ('Misstänt' for misstänkt) before DVT")

C("kir-sanolikt-gallstensanfall-typo", "vgr", "1988-01-07", "K",
  N("v_kir_skas", "Akutanteckning", "Oscar Persson", "underläkare", "2024-04-06 01:35", [
      ("Bedömning", "Sanolikt gallstensanfall, smärtfri efter Ketogan. UL lever/gallvägar beställt, hem med tid."),
  ], setting="akutmottagning"),
  must=["NL102"], why="typo in the hedge ('Sanolikt') before the diagnosis")

C("ssk-trol-uvi-lakare-kontaktad", "skane", "1934-02-10", "K",
  N("s_med_angel", "Omvårdnadsanteckning", "Petra Lindgren", "sjuksköterska", "2024-11-14 03:20", [
      ("Omvårdnad", "Pat oroligare i natt, plockig, temp 38,4. Luktande urin."),
      ("Bedömning", "Pat trol. UVI. Jourläkare kontaktad, urinodling tagen före antibiotika."),
  ], setting="slutenvård"),
  must=["NL102"], why="nurse note in Melior: 'trol. UVI' is visible to the patient")

C("med-epikris-diktat-misstankt-sarkoidos", "vgr", "1980-04-04", "K",
  N("v_med_alingsas", "Epikris", "Marie Lundgren", "medicinsk sekreterare", "2024-09-10 11:00", [
      ("Orsak till vård", "Inlagd via akuten med feber, smärtsamma röda knölar på underbenen och svullna fotleder sedan en vecka."),
      ("Vårdförlopp", "Vid ankomst temp 38,2, erythema nodosum på båda underbenen och periartikulär svullnad kring fotlederna. "
                      "Lungröntgen visade bilateral hilusförstoring, DT thorax bekräftade symmetriska hilära och mediastinala körtlar "
                      "utan parenkymförändringar. ACE förhöjt, kalcium normalt. Symtomatisk behandling med NSAID gav god effekt."),
      ("Sammanfattning", "Bilden inger misstanke om sarkoidos av typen Löfgrens syndrom. Bronkoskopi med EBUS planeras polikliniskt "
                         "för att säkerställa diagnosen."),
      ("Tidigare sjukdomar", "Hypotyreos på Levaxin, i övrigt frisk."),
      ("Socialt", "Arbetar som undersköterska, sjukskriven två veckor. Icke-rökare."),
      ("Läkemedel", "Naproxen 500 mg x 2 i två veckor, Omeprazol 20 mg x 1 under tiden."),
      ("Uppföljning", "Lungmottagningen kallar till EBUS. Spirometri och ögonkonsult inom en månad. Dikterat av dr Henrik Alm, ej signerat."),
  ], setting="slutenvård", draft=True),
  must=["NL102"], why="long dictated discharge summary (draft): 'inger misstanke om sarkoidos' with an eponym")

C("onh-tankbar-bppv", "skane", "1958-12-13", "K",
  N("s_onh_hbg", "Läkaranteckning", "Emelie Cronqvist", "läkare", "2024-06-27 10:05", [
      ("Aktuellt", "Korta attacker av rotatorisk yrsel när hon vänder sig i sängen, sedan tre veckor."),
      ("Bedömning", "Tänkbar BPPV i hö bakre båggång, Dix-Hallpike otydlig i dag. Ny undersökning vid nästa yrselepisod."),
  ]),
  must=["NL102"], why="less common hedge 'Tänkbar' before an abbreviated diagnosis")

C("akut-erysipelas-fragetecken", "vgr", "1961-09-29", "M",
  N("v_akut_kungalv", "Akutanteckning", "Daniel Öhman", "läkare", "2024-07-09 17:25", [
      ("Bedömning", "?Erysipelas vä underben – start Kåvepenin, kontroll på VC om 2 dagar."),
  ], setting="akutmottagning"),
  must=["NL102"], why="'?' prefix on a Latin diagnosis")

C("uro-torsio-testis-kan-ej-uteslutas", "skane", "2008-03-22", "M",
  N("s_uro_hbg", "Akutanteckning", "Ola Gustafsson", "läkare", "2024-08-03 06:15", [
      ("Bedömning", "Torsio testis kan ej uteslutas – akut skrotal exploration. Föräldrarna informerade."),
  ], setting="akutmottagning"),
  must=["NL102"], why="16-year-old (reads his own journal): 'Torsio testis kan ej uteslutas'")

C("ort-rtg-inger-misstanke-spondylodiskit", "vgr", "1957-02-18", "M",
  N("v_ort_molndal", "Läkaranteckning", "Sanna Gerdin", "läkare", "2024-10-09 15:40", [
      ("Aktuellt", "Ryggvärk sedan fyra veckor, feber senaste dagarna. Dialyspatient med permanent kateter."),
      ("Status", "Knackömhet L3–L4. Neurologiskt ua i benen. Temp 38,3, CRP 160."),
      ("Röntgen", "MR ländrygg: signalförändringar i L3 och L4 samt i mellanliggande disk. Bilden inger misstanke om spondylodiskit L3–L4."),
      ("Åtgärd", "Inläggning, blododlingar x 3, DT-ledd biopsi före antibiotika. Kontakt med infektionskonsult."),
  ], setting="slutenvård"),
  must=["NL102"], why="hedge in the visible Röntgen section: 'inger misstanke om spondylodiskit'")

C("akut-fragestallning-lungemboli-lang", "skane", "1969-11-30", "K",
  N("s_trauma_malmo", "Akutanteckning", "Kristoffer Malm", "underläkare", "2024-05-25 03:05", [
      ("Kontaktorsak", "Plötslig andfåddhet och hö-sidig andningskorrelerad bröstsmärta sedan i går kväll."),
      ("Anamnes", "55-årig kvinna, flög hem från Bangkok i förrgår, 11 timmars flygning. P-piller nej, postmenopausal utan HRT. "
                  "Tidigare frisk. Ingen hosta, ingen feber. Hö vad har känts spänd sedan hemresan."),
      ("Status", "AT: lätt påverkad, talar hela meningar. AF 24, SpO2 92 % på luft, puls 112 regelbunden, BT 134/86, temp 37,2. "
                 "Pulm: vesikulärt bilat utan biljud. Hö vad 2 cm större än vä, lätt öm."),
      ("EKG", "Sinustakykardi 110/min, S1Q3T3-mönster."),
      ("Lab", "D-dimer 3,4. TnT 18. CRP 12. Krea 71."),
      ("Tidigare sjukdomar", "Appendektomi i tonåren. Inga tidigare tromboser, ingen känd trombofili i släkten."),
      ("Läkemedel", "Inga stående läkemedel. Ingen känd läkemedelsallergi."),
      ("Bedömning", "Frågeställning lungemboli? Wells 6, hög klinisk sannolikhet. Start Innohep i väntan på DT-angio."),
      ("Planering", "DT lungartärer akut, därefter ställningstagande till inläggning. UL vä vad ej indicerat om DT positiv."),
  ], setting="akutmottagning", draft=True),
  must=["NL102"], why="long emergency draft: 'Frågeställning lungemboli?' in Bedömning")

C("inf-mojligen-reaktiv-artrit", "vgr", "1996-06-03", "M",
  N("v_inf_ostra", "Läkaranteckning", "Jonatan Ek", "läkare", "2024-09-17 11:20", [
      ("Bedömning", "Möjligen reaktiv artrit efter behandlad klamydia i juli; DD gonorroisk artrit, ledvätska och urinprov för NAAT tagna."),
  ]),
  must=["NL102"], why="'Möjligen' plus a DD in one line")

C("onh-talar-for-ramsay-hunt", "skane", "1965-04-07", "M",
  N("s_onh_hbg", "Läkaranteckning", "Emelie Cronqvist", "läkare", "2024-12-05 15:15", [
      ("Bedömning", "Anamnes och status talar för herpes zoster oticus (Ramsay Hunts syndrom) med facialispares hö; valaciklovir och prednisolon insätts."),
  ]),
  must=["NL102"], why="'talar för' hedge with an eponym syndrome")

C("neo-trol-tidig-neonatal-sepsis", "vgr", "2024-05-14", "K",
  N("v_neo_ostra", "Läkaranteckning", "Klara Wennberg", "läkare", "2024-05-15 08:30", [
      ("Aktuellt", "Flicka född i v. 38+4 via vaginal förlossning efter 26 timmars vattenavgång, mamman GBS-positiv och hade feber "
                   "38,3 under förlossningen. Fick en dos bensylpenicillin 2 timmar före förlösningen. Apgar 8-9-10."),
      ("Status", "Vid 14 timmars ålder grymtande andning, indragningar och AF 72. Temp 38,0. Kapillär återfyllnad 3 sek. Slö, ovillig att suga. "
                 "Vikt 3 240 g."),
      ("Lab", "CRP 28 efter 12 tim, LPK 4,2, blodgas med lätt metabol acidos, laktat 3,1. Blododling tagen."),
      ("Röntgen", "Lungröntgen: lätt diffus grumling bilat, ingen pneumothorax."),
      ("Bedömning", "Trol. tidig neonatal sepsis med GBS. DD transitorisk takypné hos nyfödd, men feber och lab talar emot."),
      ("Åtgärd", "Överflyttad till neonatalavdelningen. Bensylpenicillin och gentamicin iv. CPAP vid behov. Sondmatning med bröstmjölk. "
                 "Föräldrarna informerade av undertecknad om planen och om att odlingssvar kommer inom två dygn."),
  ], setting="slutenvård"),
  must=["NL102"], why="long neonatal note (perinatal chapter): 'Trol. tidig neonatal sepsis', visible to the parents")

C("barn-blasljud-misstankt-vsd", "skane", "2023-08-19", "M",
  N("s_barn_lund", "Läkaranteckning", "Magnus Ahlström", "läkare", "2024-02-29 13:55", [
      ("Aktuellt", "6 månader gammal pojke, blåsljud noterat på BVC. Äter bra, följer sin viktkurva."),
      ("Status", "Systoliskt blåsljud 3/6 punctum maximum vä sternalrand i fjärde interkostalrummet. Femoralispulsar palpabla bilat."),
      ("Bedömning", "Misstänkt liten muskulär VSD. Eko bokat om två veckor."),
  ]),
  must=["NL102"], why="congenital chapter in an infant (guardians read): 'Misstänkt liten muskulär VSD'")

C("med-trol-jarnbrisanemi-typo", "vgr", "1962-11-17", "K",
  N("v_med_alingsas", "Läkaranteckning", "Fatima Yilmaz", "läkare", "2024-08-22 10:40", [
      ("Bedömning", "Trol. järnbrisanemi, Hb 96, MCV 72, ferritin 6. Gastro- och koloskopi remitteras."),
  ]),
  must=["NL102"], why="typo in the diagnosis ('järnbrisanemi'): hedged iron-deficiency anaemia (blood chapter)")

C("reuma-ev-gikt-mtp1", "skane", "1964-02-26", "M",
  N("s_reuma_lund", "Läkaranteckning", "Karl Lindahl", "läkare", "2024-11-21 09:40", [
      ("Status", "Rodnad, svullen och mycket öm vä MTP I-led med värmeökning."),
      ("Bedömning", "Ev. gikt i vä MTP I, urat 520. Punktion gav ingen vätska. Colchicin vid behov, kontroll av urat om 3 mån."),
  ]),
  must=["NL102"], why="'Ev.' abbreviation before a diagnosis")

C("hud-kan-rora-sig-om-lakemedelsexantem", "vgr", "2004-09-08", "K",
  N("v_hud_sahl", "Läkaranteckning", "Ida Hellström", "AT-läkare", "2024-03-21 14:15", [
      ("Aktuellt", "Generaliserat makulopapulöst utslag sedan i går, dag 7 av amoxicillin för öroninflammation. Klåda, ingen feber."),
      ("Tidigare sjukdomar", "Atopiskt eksem och astma som barn. Inga kända läkemedelsallergier tidigare."),
      ("Läkemedel", "Amoxicillin 500 mg x 3 (dag 7 av 10), p-piller med desogestrel."),
      ("Socialt", "Studerar på folkhögskola, bor i studentlägenhet."),
      ("Status", "Symmetriska, konfluerande makulopapler på bål och extremiteter. Slemhinnor fria. Inga blåsor. Dermografism neg, temp 37,2, inga palpabla lymfkörtlar."),
      ("Bedömning", "Kan röra sig om läkemedelsutlöst exantem efter amoxicillin, DD virusexantem."),
      ("Planering", "Återbesök om en vecka för kontroll av utslagen och ställningstagande till allergiutredning."),
      ("Åtgärd", "Amoxicillin sätts ut. Kortisonkräm grupp II och antihistamin. Varningsmarkering ej ännu, tas ställning till efter ev. provokation. Åter akut vid blåsor, slemhinneengagemang eller feber."),
  ]),
  must=["NL102"], why="'Kan röra sig om' as hedge in a dermatology note")

C("trauma-mc-olycka-trol-mjaltskada", "skane", "1990-07-13", "M",
  N("s_trauma_malmo", "Akutanteckning", "Kristoffer Malm", "underläkare", "2024-06-29 16:30", [
      ("Kontaktorsak", "Traumalarm. MC-förare som körde av vägen i ca 70 km/h och slog vänster sida mot ett räcke."),
      ("Anamnes", "34-årig man, frisk, inga läkemedel. Hjälm på. Minns hela förloppet. Smärta i vä sida av bröstkorgen och övre buken."),
      ("Status", "A fri. B: AF 22, SpO2 96 %, andningsljud bilat. C: puls 118, BT 108/70, kall perifert. D: GCS 15. "
                 "E: skrapsår vä flank, ömhet över revben 9–10 vä och i vä övre kvadrant. FAST med fri vätska perisplenalt."),
      ("Läkemedel", "Inga. Ingen känd allergi. Tetanusvaccin ges på akuten."),
      ("Socialt", "Bor med sambo i Limhamn, arbetar som elektriker."),
      ("Röntgen", "DT trauma: fraktur revben 9 och 10 vä. Fri vätska kring mjälten och i lilla bäckenet, oklar kontrastblush."),
      ("Bedömning", "Trol. mjältskada grad III–IV efter trafikolycka (MC). Hemodynamiskt svarande på vätska."),
      ("Åtgärd", "2 E blod givna, ringt kärlröntgen för ställningstagande till embolisering, kirurgjour på plats. IVA-plats anmäld."),
  ], setting="akutmottagning"),
  must=["NL102"], why="long trauma note (injury and external cause chapters): 'Trol. mjältskada'")

C("akut-covid-fragetecken-triage-ssk", "vgr", "1952-12-22", "M",
  N("v_akut_nal", "Triageanteckning", "Sara Mårtensson", "sjuksköterska", "2024-01-04 20:05", [
      ("Bedömning", "Covid-19? Feber och hosta sedan tre dagar, snabbtest neg, PCR taget. Isoleringsrum."),
  ], setting="akutmottagning"),
  must=["NL102"], why="triage nurse: 'Covid-19?' (U chapter) with a question mark")

C("bup-misstanke-anorexia-nervosa", "skane", "2007-04-15", "K",
  N("s_bup_malmo", "Läkaranteckning", "Therese Holmberg", "läkare", "2024-10-02 15:20", [
      ("Aktuellt", "17-årig flicka, remiss från skolsköterska pga viktnedgång 9 kg på ett halvår och utebliven mens sedan i våras."),
      ("Status", "BMI 15,8. Puls 48, BT 92/58. Lanugohår på underarmarna. Ortostatisk pulsökning 34 slag."),
      ("Bedömning", "Misstanke om anorexia nervosa med somatisk påverkan."),
      ("Planering", "Kontakt med ätstörningsenheten i dag. EKG, elstatus och fosfat. Återbesök om en vecka med vårdnadshavare."),
  ]),
  must=["NL102"], why="Skåne BUP, patient 17 reads her journal: 'Misstanke om anorexia nervosa'")

C("mvc-misstankt-preeklampsi-lang", "vgr", "1992-09-26", "K",
  N("v_kk_sas", "Läkaranteckning", "Tobias Kvist", "läkare", "2024-07-30 16:40", [
      ("Aktuellt", "Omföderska, nu v. 34+2. Skickad från barnmorskemottagningen pga blodtryck 155/100 och proteinuri 2+. "
                   "Huvudvärk sedan i går, ser flimmer ibland. Inga buksmärtor. Känner fosterrörelser som vanligt. "
                   "Föregående graviditet 2021 utan komplikationer."),
      ("Status", "BT 158/102 vid upprepade mätningar. Reflexer livliga, ingen klonus. Ödem på underben och i ansiktet. "
                 "Buk mjuk, oöm i epigastriet. SF-mått följer kurvan."),
      ("Lab", "U-albumin/krea 65. TPK 142, ASAT 0,6, ALAT 0,5, LD normalt, urat 410, krea 58."),
      ("Läkemedel", "Trombyl 75 mg sedan v. 12 pga högt BT i förra graviditetens slutskede, järntabletter. Inga allergier."),
      ("CTG", "Reaktivt, normal variabilitet, inga decelerationer."),
      ("Bedömning", "Misstänkt preeklampsi i v. 34, utan tecken till HELLP i dagsläget."),
      ("Planering", "Inläggning för BT-kontroller x 4 och dagliga prover. Labetalol 200 mg x 3. Tillväxtultraljud i morgon. "
                    "Betametason för lungmognad diskuteras med bakjour."),
  ], setting="slutenvård", draft=True),
  must=["NL102"], why="long obstetric draft: 'Misstänkt preeklampsi' in Bedömning")

C("inf-sannol-viral-menigit-typo", "skane", "1999-12-30", "K",
  N("s_inf_malmo", "Läkaranteckning", "Tove Lindström", "läkare", "2024-08-31 22:00", [
      ("Bedömning", "Sannol. viral menigit, likvor med 180 mononukleära celler och normalt glukos. Aciklovir tills HSV-PCR svarar."),
  ], setting="slutenvård"),
  must=["NL102"], why="abbreviated hedge 'Sannol.' plus a typo in the diagnosis ('menigit')")

C("kir-diagnos-akut-pankreatit-fragetecken-dd", "vgr", "1966-05-02", "M",
  N("v_kir_skas", "Inskrivningsanteckning", "Oscar Persson", "underläkare", "2024-12-08 02:50", [
      ("Aktuellt", "Akut insättande epigastriesmärta med strålning mot ryggen sedan åtta timmar, upprepade kräkningar. Storhelg med alkohol."),
      ("Tidigare sjukdomar", "Hypertoni. Ulcus duodeni 2019, Helicobacter eradikerad."),
      ("Läkemedel", "Enalapril 10 mg, Omeprazol 20 mg vid behov. Tar Ipren mot ryggvärk ibland."),
      ("Socialt", "Gift, lastbilschaufför. Alkohol 10–15 standardglas i veckan, mer vid helger, röker 10 cigaretter/dag."),
      ("Status", "AT: smärtpåverkad. Buk: diffust öm, mest epigastriet, ingen défense. Puls 104, BT 146/90, temp 37,9."),
      ("Lab", "Amylas 14 (ref <1,2), CRP 24, LPK 14,6, bilirubin 18."),
      ("Diagnos", "Akut pankreatit? DD perforerat ulkus – fri gas? DT buk beställd."),
      ("Åtgärd", "Fasta, Ringer-Acetat 2 l första timmarna, morfin iv vb. Thiamin. Övervakning på avdelning 5."),
      ("Planering", "Ny bedömning av kirurgbakjouren när DT är gjord. Lipas och CRP i morgon bitti, urinmängd följs. Peroralt intag återupptas när smärtan lagt sig."),
  ], setting="slutenvård"),
  must=["NL102"], why="'?' after the diagnosis and a DD in the Diagnos section")

C("ort-inte-osannolikt-rupturerad-bakercysta", "skane", "1959-01-19", "K",
  N("s_ort_ystad", "Läkaranteckning", "Peter Nyberg", "läkare", "2024-04-09 11:35", [
      ("Bedömning", "Inte osannolikt att det rör sig om en rupturerad Bakercysta hö knäveck; DVT utesluten med UL i förmiddags."),
  ], draft=True),
  must=["NL102"], why="litotes hedge 'Inte osannolikt' with an eponym (the DVT beside it is negated)")

C("neuro-karpaltunelsyndrom-typo-narmast", "vgr", "1978-03-10", "K",
  N("v_neuro_sahl", "Läkaranteckning", "Jakob Lindblad", "ST-läkare", "2024-02-13 09:20", [
      ("Bedömning", "Bilden är närmast förenlig med karpaltunelsyndrom hö; ENeG beställd för att bekräfta."),
  ]),
  must=["NL102"], why="typo in the diagnosis ('karpaltunelsyndrom') with the hedge 'närmast förenlig med … för att bekräfta'")

C("med-fuo-i-forsta-hand-jattecellsarterit-diktat", "skane", "1947-07-26", "K",
  N("s_med_cssk", "Läkaranteckning", "Marie Lundgren", "medicinsk sekreterare", "2024-10-11 14:30", [
      ("Aktuellt", "77-årig kvinna med feber upp till 38,5 sedan fem veckor, nattsvettningar, viktnedgång 4 kg och trötthet. "
                   "Tre antibiotikakurer från VC utan effekt. Ingen hosta, inga urinvägsbesvär. Lätt huvudvärk bitemporalt senaste veckorna."),
      ("Status", "AT: trött men opåverkad. Temporalisartärerna lätt förtjockade och ömma bilat. Ingen lymfadenopati. "
                 "Cor: inga blåsljud. Pulm: ua. Buk: ua. Hud: inga utslag."),
      ("Lab", "SR 92, CRP 78, Hb 104, TPK 480, ALP lätt förhöjt. Blododlingar x 3 negativa. Urinodling neg."),
      ("Socialt", "Änka, bor själv i radhus i Kristianstad och klarar sig helt utan hjälp."),
      ("Röntgen", "DT thorax-buk utan tumör, abscess eller lymfadenopati."),
      ("Bedömning", "Feber av oklar orsak. I första hand misstänks jättecellsarterit, i andra hand lymfom eller annan malignitet."),
      ("Planering", "Temporalisbiopsi bokad onsdag. PET-DT. Ögonkonsult. Prednisolon 40 mg startas direkt efter biopsin. "
                    "Dikterat av dr Anders Wikman."),
  ]),
  must=["NL102"], why="long dictated note: 'I första hand misstänks jättecellsarterit, i andra hand lymfom'")

C("endo-remiss-fragestallning-hypertyreos-i-anamnes", "vgr", "1985-08-21", "K",
  N("v_endo_sahl", "Läkaranteckning", "Mikael Wahlberg", "läkare", "2024-05-21 13:40", [
      ("Anamnes", "Remiss från VC med frågeställning hypertyreos? Pat har haft hjärtklappning, viktnedgång och värmeintolerans sedan februari."),
      ("Status", "Lätt struma, finvågig tremor, puls 108. Inga ögonsymtom."),
      ("Planering", "TSH, T4, T3, TRAk och tyreoideascint. Propranolol 10 mg x 3 symtomatiskt."),
  ]),
  must=["NL102"], why="the hedged diagnosis sits in Anamnes as the referral's question ('frågeställning hypertyreos?')")

C("med-ulcus-ventrikuli-typo-fragetecken", "skane", "1953-11-04", "M",
  N("s_med_cssk", "Akutanteckning", "Erik Thulin", "underläkare", "2024-01-20 23:45", [
      ("Bedömning", "Epigastriesmärta och melena sedan i går, Hb 88, tar Diklofenak. Ulcus ventrikuli? Gastroskopi akut i natt."),
  ], setting="akutmottagning"),
  must=["NL102"], why="Latin diagnosis with a typo ('ventrikuli') and a question mark")
# ---------------------------------------------------------------- NL102 must_not

# negated or excluded diagnoses
C("akut-ingen-misstanke-om-dvt", "vgr", "1984-10-30", "K",
  N("v_akut_nal", "Akutanteckning", "Julia Hedberg", "läkare", "2024-03-23 15:10", [
      ("Aktuellt", "Smärta i hö vad sedan i förrgår efter intervallöpning."),
      ("Bedömning", "Ingen misstanke om DVT, D-dimer neg och Wells 0. Vadsmärtan är en muskelsträckning efter löpning."),
  ], setting="akutmottagning"),
  must_not=["NL102"], why="negated suspicion: 'Ingen misstanke om DVT'")

C("akut-lungemboli-kan-uteslutas", "skane", "1971-04-03", "M",
  N("s_akut_hbg", "Akutanteckning", "Louise Ahl", "läkare", "2024-10-19 21:55", [
      ("Bedömning", "Lungemboli kan uteslutas med DT-angio. Muskuloskeletal bröstsmärta, hem med Alvedon."),
  ], setting="akutmottagning"),
  must_not=["NL102"], why="'kan uteslutas' (not 'kan ej uteslutas'): the diagnosis is excluded")

C("med-inga-tecken-pa-penumoni-typo", "vgr", "2003-01-14", "M",
  N("v_med_alingsas", "Läkaranteckning", "Fatima Yilmaz", "läkare", "2024-01-11 10:10", [
      ("Röntgen", "Lungröntgen: inga tecken på penumoni eller pleuravätska."),
      ("Bedömning", "Viral övre luftvägsinfektion. Symtomatisk behandling, åter vid försämring."),
  ]),
  must_not=["NL102"], why="negated finding with a typo in the diagnosis ('penumoni'); the stated diagnosis is certain")

C("gastro-ibs-inget-som-talar-for-malignitet", "skane", "1986-06-19", "K",
  N("s_gastro_malmo", "Läkaranteckning", "Linnea Bjerre", "ST-läkare", "2024-11-01 09:55", [
      ("Aktuellt", "38-årig kvinna med växlande avföring, uppblåsthet och kramper i nedre delen av buken sedan ett par år, "
                   "förvärrat under en stressig höst. Inga nattliga besvär, inget blod i avföringen, vikten stabil. "
                   "Morfar hade tjocktarmscancer vid 80 års ålder."),
      ("Status", "Buk: mjuk, lätt öm i vä fossa, inga resistenser. Rektalpalpation ua."),
      ("Lab", "Hb 134, CRP <1, transglutaminas-ak neg, TSH normalt. Fekalt kalprotektin 18. F-Hb neg."),
      ("Socialt", "Sambo, en dotter på fyra år. Arbetar som ekonom på heltid med hög arbetsbelastning under hösten."),
      ("Utredning", "Koloskopi 24/10 till terminala ileum utan patologiska fynd, slumpbiopsier normala."),
      ("Bedömning", "IBS med växlande avföringsmönster. Inget som talar för malignitet eller inflammatorisk tarmsjukdom."),
      ("Planering", "Information om IBS och kostråd givna, remiss till dietist för low-FODMAP. Psylliumfrö. Ingen ny kontroll planeras, "
                    "pat åter till VC vid försämring."),
  ]),
  must_not=["NL102"], why="long note: 'Inget som talar för malignitet …' is negated; IBS is stated as a settled diagnosis")

C("akut-appendicit-uteslutes", "vgr", "2005-02-21", "M",
  N("v_akut_kungalv", "Akutanteckning", "Hugo Sandell", "AT-läkare", "2024-04-14 18:25", [
      ("Bedömning", "Appendicit uteslutes kliniskt och med ultraljud. Hem med råd, åter vid feber eller tilltagande smärta."),
  ], setting="akutmottagning"),
  must_not=["NL102"], why="'uteslutes' after the diagnosis")

C("reuma-temporalisarterit-misstanke-avskriven", "skane", "1945-12-11", "K",
  N("s_reuma_lund", "Läkaranteckning", "Ebba Roslund", "läkare", "2024-02-23 13:05", [
      ("Aktuellt", "Kontroll efter temporalisbiopsi. Huvudvärken borta sedan en vecka."),
      ("Lab", "SR 12, CRP 3."),
      ("Bedömning", "Misstanken om temporalisarterit avskriven – biopsin utan arterit och SR normaliserad. Prednisolon trappas ut på två veckor."),
  ]),
  must_not=["NL102"], why="the suspicion is explicitly dismissed ('avskriven')")

C("ort-ingen-misstanka-om-fraktur-typo", "vgr", "1998-07-27", "K",
  N("v_ort_molndal", "Läkaranteckning", "Sanna Gerdin", "läkare", "2024-06-15 12:30", [
      ("Bedömning", "Distorsion vä fotled, Ottawa neg. Ingen misstanka om fraktur, rtg ej indicerat."),
  ]),
  must_not=["NL102"], why="typo in the cue ('misstanka'): a negated suspicion")

C("akut-ej-hallpunkt-for-meningit", "skane", "1989-09-15", "K",
  N("s_trauma_malmo", "Akutanteckning", "Louise Ahl", "läkare", "2024-09-28 01:40", [
      ("Aktuellt", "Huvudvärk sedan två dagar, ljuskänslig. Känd migrän, detta liknar tidigare anfall."),
      ("Status", "Nackstel neg, Kernigs tecken neg. Temp 36,9. Neurologiskt ua."),
      ("Bedömning", "Ej hållpunkt för meningit. Migränattack utan aura, god effekt av sumatriptan."),
  ], setting="akutmottagning"),
  must_not=["NL102"], why="'Ej hållpunkt för meningit' is a negation; migraine is settled")

C("onk-uppfoljning-utan-tecken-till-recidiv", "vgr", "1967-03-29", "M",
  N("v_onk_sas", "Läkaranteckning", "Gunnar Lilja", "läkare", "2024-11-27 10:15", [
      ("Aktuellt", "Uppföljning fyra år efter främre resektion för rektalcancer pT3N0 och preoperativ strålbehandling. "
                   "Mår bra, arbetar heltid som snickare. Något lösare avföring och tarmträngningar några gånger i veckan, "
                   "vilket han lärt sig hantera. Ingen blödning, ingen viktnedgång."),
      ("Status", "AT: gott. Buk: mjuk, oöm, ärr ua. Inga palpabla resistenser. Inga förstorade ljumskkörtlar."),
      ("Lab", "CEA 1,8 (oförändrat). Hb 148. Leverprover normala."),
      ("Socialt", "Gift, två vuxna barn. Spelar golf på sommarhalvåret och cyklar till jobbet."),
      ("Röntgen", "DT thorax-buk 20/11 jämfört med föregående år: oförändrat, utan tecken till recidiv eller metastaser."),
      ("Bedömning", "Utan tecken till recidiv av rektalcancer. Kvarstående lätt LARS-problematik som inte påverkar vardagen nämnvärt."),
      ("Planering", "Sista schemalagda DT-kontrollen genomförd. Koloskopi nästa år. Därefter avslutas uppföljningen på onkologen, "
                    "pat informerad och nöjd. Åter vid nya symtom."),
  ]),
  must_not=["NL102"], why="long follow-up: 'utan tecken till recidiv' is a negation, nothing hedged")

C("inf-inget-stod-for-borrelios", "skane", "1970-08-09", "M",
  N("s_inf_malmo", "Läkaranteckning", "Jonas Wendel", "läkare", "2024-07-18 14:00", [
      ("Aktuellt", "Utreds för trötthet och ledvärk sedan i somras, fästingbett i juni."),
      ("Bedömning", "Inget stöd för borrelios, serologi neg och likvor utan pleocytos. Tröttheten utreds vidare via VC."),
  ]),
  must_not=["NL102"], why="'Inget stöd för borrelios' negates the diagnosis")

C("kard-hjartinfarkt-kunde-uteslutas", "vgr", "1958-06-28", "M",
  N("v_kard_sahl", "Läkaranteckning", "Ahmad Karimi", "läkare", "2024-08-26 08:45", [
      ("Aktuellt", "Inkom i går med bröstobehag efter cykeltur, nu besvärsfri."),
      ("Lab", "TnT 9 – 10 – 9, stabilt under referensvärdet."),
      ("Bedömning", "Hjärtinfarkt kunde uteslutas med upprepade TnT. Arbetsprov planeras polikliniskt."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="'kunde uteslutas' (past tense exclusion)")

# Tidiga hypoteser: Skåne template, VGR sökord
C("th-mall-skane-somatiseringssyndom-typo", "skane", "1982-05-26", "K",
  N("s_med_lsk", "Tidiga hypoteser", "Sara Engström", "läkare", "2024-04-25 16:15", [
      ("Bedömning", "Sannolikt somatiseringssyndom; tas inte upp med pat förrän den somatiska utredningen är klar."),
  ]),
  must_not=["NL102"], why="Skåne Tidiga hypoteser template (typo in the diagnosis 'somatiseringssyndom'): hidden, so no NL102")

C("th-mall-skane-trol-alkoholcirros", "skane", "1968-02-04", "M",
  N("s_gastro_malmo", "Tidiga hypoteser", "Henrik Sundberg", "läkare", "2024-05-29 11:50", [
      ("Aktuellt", "Förhöjda leverprover på VC, GT 6,8, trombocyter 98."),
      ("Bedömning", "Trol. alkoholbetingad levercirros, pat förnekar överkonsumtion. PEth beställt."),
      ("Planering", "Fibroscan och UL lever. Återbesök med svar."),
  ]),
  must_not=["NL102"], why="Skåne: hedged cirrhosis in the Tidiga hypoteser template")

C("th-mall-skane-onk-misstankt-recidiv", "skane", "1956-08-17", "K",
  N("s_onk_lund", "Tidiga hypoteser", "Eva Holm", "läkare", "2024-08-06 15:35", [
      ("Aktuellt", "Behandlad för ovarialcancer stadium IIIC 2022 med primärkirurgi och karboplatin-paklitaxel, därefter olaparib. "
                   "Vid dagens kontroll lätt ökat bukomfång och tidig mättnadskänsla sedan en månad. Mår i övrigt bra, promenerar dagligen."),
      ("Status", "Buk: lätt utspänd, ingen tydlig ascites, oöm. Inga palpabla lymfkörtlar. Vaginalt ua."),
      ("Tidigare sjukdomar", "Hypotyreos. Djup ventrombos vä ben 2022 under cytostatikabehandlingen, behandlad i sex månader."),
      ("Läkemedel", "Olaparib avslutat i maj efter två års behandling. Levaxin 50 mikrog."),
      ("Socialt", "Gift, pensionerad lärare. Passar ofta barnbarnen."),
      ("Lab", "CA-125 stigande från 14 till 58 på tre månader. Hb 122, krea 68."),
      ("Bedömning", "Misstänkt tidigt recidiv av ovarialcancer utifrån CA-125-stegringen och symtomen. Vi väntar med att ta upp "
                    "misstanken med pat tills DT är gjord."),
      ("Planering", "DT thorax-buk inom två veckor. Ny CA-125 samtidigt. Återbesök med svar, pat vill ha med maken."),
  ]),
  must_not=["NL102"], why="Skåne long note in the Tidiga hypoteser template with a suspected recurrence")

C("th-mall-skane-bup-misstankt-ast-barn", "skane", "2015-11-02", "M",
  N("s_bup_malmo", "Tidiga hypoteser", "Therese Holmberg", "läkare", "2024-03-06 14:35", [
      ("Bedömning", "Misstänkt autismspektrumtillstånd; tas upp med vårdnadshavarna först efter observation i skolan."),
  ]),
  must_not=["NL102"], why="Skåne BUP child (8 y): the hypothesis is in the Tidiga hypoteser template")

C("th-sokord-vgr-mojlig-ms", "vgr", "1994-04-19", "K",
  N("v_neuro_sahl", "Läkaranteckning", "Anders Nyström", "läkare", "2024-03-26 10:25", [
      ("Aktuellt", "Domningar i vä ben och bål sedan tre veckor, nu på tillbakagång. Tidigare ett skov av dubbelseende 2021."),
      ("Status", "Nedsatt vibrationssinne vä fot, i övrigt ua."),
      ("Tidiga hypoteser", "Möjlig MS, skovvis förlöpande, med två kliniska episoder. DD neuromyelitis optica."),
      ("Planering", "MR hjärna och ryggmärg med kontrast, likvor. Återbesök när svaren kommit."),
  ]),
  must_not=["NL102"], why="VGR: the hedged diagnosis is only under sökord Tidiga hypoteser; visible sections hold symptoms only")

C("th-sokord-vgr-psyk-prodromal-psykos", "vgr", "2005-10-24", "M",
  N("v_psyk_nal", "Läkaranteckning", "Johan Berglund", "läkare", "2024-07-23 13:10", [
      ("Aktuellt", "18-årig man, remitterad av skolläkaren efter att ha slutat gå till skolan under vårterminen. Sover dagtid, "
                   "är vaken på nätterna och spelar. Föräldrarna beskriver att han dragit sig undan kamraterna och blivit mer misstänksam."),
      ("Anamnes", "Ingen tidigare psykiatrisk kontakt. Röker cannabis några gånger i veckan sedan ett år enligt egen uppgift. "
                  "Farfar hade en psykossjukdom."),
      ("Psykiskt status", "Vaken, orienterad. Sparsam ögonkontakt. Svarar kortfattat men relevant. Upplever att folk på bussen "
                          "pratar om honom, kan inte säga hur han vet det. Förnekar röster. Förnekar suicidtankar."),
      ("Tidiga hypoteser", "Trol. prodromalfas av schizofreni, DD cannabisutlöst psykotiskt syndrom. Vill inte lägga fram detta för "
                           "pat innan vi träffats några gånger."),
      ("Planering", "Åtgärder kring sömn och cannabis diskuterade, pat motiverad att minska. Tox-screening. Återbesök om en vecka "
                    "med mamman. Kontakt med skolan efter samtycke."),
  ], draft=True),
  must_not=["NL102"], why="VGR long draft: hedged psychosis hypothesis only under sökord Tidiga hypoteser")

C("th-sokord-vgr-trol-lymfom-dd-tb", "vgr", "1976-12-07", "M",
  N("v_med_lidk", "Läkaranteckning", "Rebecka Fors", "läkare", "2024-10-04 15:50", [
      ("Aktuellt", "Viktnedgång 8 kg, nattsvettningar."),
      ("Tidiga hypoteser", "Trol. lymfom, DD tuberkulos."),
  ]),
  must_not=["NL102"], why="VGR: short note, the hedge is only under the Tidiga hypoteser sökord")

C("th-sokord-vgr-misstankt-endometrios", "vgr", "1996-08-31", "K",
  N("v_gyn_ostra", "Läkaranteckning", "Karolina Dahl", "läkare", "2024-02-01 13:20", [
      ("Aktuellt", "Svåra menssmärtor sedan menarche, djup dyspareuni. Ej hjälpt av p-piller."),
      ("Status", "Öm i bakre fornix, lätt fixerad uterus. VUL: ovarier ua."),
      ("Tidiga hypoteser", "Misstänkt endometrios med djupinfiltrerande inslag i sacrouterinligamenten."),
      ("Planering", "MR lilla bäckenet. Återbesök med svar. Fortsatt Cerazette kontinuerligt."),
  ]),
  must_not=["NL102"], why="VGR: 'Misstänkt endometrios' only under sökord Tidiga hypoteser")

# PMO (Skåne primary care): diagnoses never shown to patients
C("pmo-vc-trol-sinuit", "skane", "1978-11-13", "K",
  N("p_vc_sjobo", "Besöksanteckning", "Hans Olofsson", "läkare", "2024-02-12 10:20", [
      ("Aktuellt", "Tandvärksliknande smärta under vä öga och varig snuva sedan tio dagar, feber 38."),
      ("Bedömning", "Trol. bakteriell sinuit vä, Kåvepenin 1 g x 3 i 10 dagar."),
  ]),
  must_not=["NL102"], why="PMO note: diagnoses are never shown, so a hedged one does not fire")

C("pmo-vc-misstankt-hypertoni-hemblodtryck", "skane", "1966-03-08", "M",
  N("p_vc_eslov", "Besöksanteckning", "Sanna Lind", "distriktsläkare", "2024-04-03 08:50", [
      ("Aktuellt", "Förhöjt BT vid hälsokontroll på jobbet, 162/98. Inga symtom. Far hade stroke."),
      ("Status", "BT 158/96 hö, 154/94 vä. Cor ua. Pulm ua."),
      ("Bedömning", "Misstänkt hypertoni. Hemblodtrycksmätning två veckor, lab och EKG."),
  ]),
  must_not=["NL102"], why="PMO: 'Misstänkt hypertoni' is not shown to the patient")

C("pmo-vc-depression-dd-utmattning-lang", "skane", "1980-05-18", "K",
  N("p_vc_hoganas", "Besöksanteckning", "Lovisa Ek", "ST-läkare allmänmedicin", "2024-09-20 14:10", [
      ("Aktuellt", "44-årig kvinna, förskollärare. Sedan i våras tilltagande trötthet, sömnsvårigheter med tidigt uppvaknande, "
                   "glädjelöshet och koncentrationssvårigheter. Kan inte läsa en bok längre. Hög arbetsbelastning, ny chef, "
                   "separation i vintras. Har varit sjukskriven 50 % i tre veckor via företagshälsovården."),
      ("Anamnes", "Tidigare frisk. Ingen tidigare depression. Alkohol 2–3 glas vin i veckan. Inga droger. Mamma har haft depressioner."),
      ("Status", "Välvårdad, adekvat. Sänkt grundstämning, gråter under samtalet. Förnekar suicidtankar och planer. "
                 "MADRS-S 26. KEDS 24. TSH, Hb, B12 och glukos normala."),
      ("Bedömning", "?Depression, medelsvår episod. DD utmattningssyndrom, där kriterierna delvis uppfylls."),
      ("Åtgärd", "Sertralin 50 mg x 1, information om biverkningar och om att effekten dröjer några veckor. Remiss till KBT via "
                 "psykosocialt team. Sjukskrivning 100 % i fyra veckor. Återbesök om tre veckor, tidigare vid försämring."),
  ], draft=True),
  must_not=["NL102"], why="long PMO draft with '?Depression … DD utmattningssyndrom': PMO never shows diagnoses")

C("pmo-bvc-misstankt-tortikollis", "skane", "2024-02-20", "K",
  N("p_bvc_trel", "BVC-anteckning", "Agneta Mörk", "sjuksköterska", "2024-04-18 09:30", [
      ("Bedömning", "8 v gammal flicka, håller huvudet vridet åt vä. Misstänkt muskulär tortikollis hö. Remiss till barnsjukgymnast."),
  ]),
  must_not=["NL102"], why="PMO (BVC nurse, infant): hedged diagnosis in PMO does not fire")

C("pmo-ungdomsmottagning-trol-klamydia", "skane", "2006-10-09", "M",
  N("p_um_lund", "Besöksanteckning", "Vera Stenberg", "barnmorska", "2024-06-26 15:00", [
      ("Bedömning", "17-årig man med sveda vid miktion sedan fem dagar. Trol. klamydia, prov taget, partner bör testas."),
  ]),
  must_not=["NL102"], why="PMO ungdomsmottagning: 'Trol. klamydia' does not fire in PMO")

C("pmo-hemsjukvard-trol-trycksar", "skane", "1931-01-28", "K",
  N("p_hsv_kavlinge", "Omvårdnadsanteckning", "Marianne Friberg", "sjuksköterska", "2024-12-12 11:00", [
      ("Omvårdnad", "Rodnad som inte bleknar vid tryck på sacrum, 3 x 4 cm, ytlig hudavlossning. Trol. trycksår kategori 2. "
                    "Lägesändring var tredje timme, tryckavlastande madrass beställd."),
  ]),
  must_not=["NL102"], why="PMO home-care nurse note: hedged pressure ulcer does not fire in PMO")

C("pmo-vc-misstakt-gikt-typo", "skane", "1955-07-01", "M",
  N("p_vc_tomelilla", "Besöksanteckning", "Hans Olofsson", "läkare", "2024-08-12 13:25", [
      ("Bedömning", "Misstäkt gikt hö stortåled, rodnad och svullnad sedan i går. Naproxen 500 mg x 2 i fem dagar, urat om 4 v."),
  ]),
  must_not=["NL102"], why="PMO note with a typo in the hedge ('Misstäkt'): never shown, no NL102")

# confirmed diagnoses (no hedge)
C("akut-diagnos-erysipelas-bekraftad", "vgr", "1951-02-15", "K",
  N("v_akut_kungalv", "Akutanteckning", "Hugo Sandell", "AT-läkare", "2024-11-02 14:20", [
      ("Diagnos", "Erysipelas hö underben. Kåvepenin 1 g x 3 i 10 dagar."),
  ], setting="akutmottagning"),
  must_not=["NL102"], why="confirmed diagnosis without any hedge")

C("inf-bekraftad-covid-19", "skane", "1940-05-23", "M",
  N("s_inf_malmo", "Läkaranteckning", "Jonas Wendel", "läkare", "2024-01-25 10:35", [
      ("Aktuellt", "Feber och hosta sedan fyra dagar, ökande andfåddhet."),
      ("Lab", "SARS-CoV-2 PCR positiv."),
      ("Bedömning", "Covid-19 med lätt hypoxi, SpO2 93 %. Dexametason 6 mg och syrgas vb."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="PCR-confirmed covid-19 without hedge")

C("kard-nstemi-epikris-diktat-bekraftad", "vgr", "1950-09-05", "M",
  N("v_kard_sahl", "Epikris", "Marie Lundgren", "medicinsk sekreterare", "2024-06-14 09:55", [
      ("Orsak till vård", "Tryckande bröstsmärta i vila sedan morgonen, strålning mot vänster arm, kallsvettig."),
      ("Vårdförlopp", "TnT 34 – 112 – 248, EKG med ST-sänkningar lateralt. Koronarangiografi dag 2 visade signifikant stenos i "
                      "ramus circumflexus som behandlades med PCI och stent. Övriga kärl med lindriga förändringar. Eko med normal "
                      "vänsterkammarfunktion, EF 55 %. Inga arytmier. Mobiliserad utan besvär och mår bra vid utskrivningen."),
      ("Diagnoser", "NSTEMI (I21.4). Typ 2-diabetes. Hyperlipidemi."),
      ("Socialt", "Gift, pensionerad lantbrukare. Slutade röka 2010, snusar inte."),
      ("Tidigare sjukdomar", "Typ 2-diabetes sedan 2015 på metformin. Höftprotes hö 2020."),
      ("Läkemedel", "Nyinsatt Trombyl, Brilique, Atorvastatin 80 mg, Bisoprolol 2,5 mg. Metformin oförändrat."),
      ("Uppföljning", "Hjärtrehab med fysisk träning. Hjärtsjuksköterska om två veckor, läkarbesök om två månader. "
                      "Körförbud en vecka enligt föreskrifter, pat informerad. Dikterat av dr Johanna Ekström."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="long dictated discharge summary with settled diagnoses only")

C("ort-radiusfraktur-bekraftad", "skane", "1963-10-20", "K",
  N("s_ort_ystad", "Läkaranteckning", "Peter Nyberg", "läkare", "2024-12-14 12:10", [
      ("Aktuellt", "Föll på cykel i dag och tog emot sig med vänster hand."),
      ("Röntgen", "Distal radiusfraktur vä, extraartikulär, dorsalt vinklad 15°. Gipsas efter reposition."),
  ]),
  must_not=["NL102"], why="confirmed fracture read from the X-ray, no hedge")

C("barn-diagnos-fastst-typ1-diabetes", "vgr", "2015-07-11", "K",
  N("v_barn_ostra", "Läkaranteckning", "Elsa Nord", "läkare", "2024-09-13 16:00", [
      ("Aktuellt", "9-årig flicka med två veckors törst, stora urinmängder och viktnedgång."),
      ("Lab", "P-glukos 28, ketoner 3,4, pH 7,29, HbA1c 98. GAD-ak pos."),
      ("Bedömning", "Diagnos fastställd: typ 1-diabetes med lätt ketoacidos. Föräldrarna informerade, insulinbehandling och undervisning startad."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="child: 'Diagnos fastställd' is certain, no hedge")

# hedges that are not about a diagnosis
C("med-trol-hemgang-imorgon", "skane", "1948-12-09", "M",
  N("s_med_angel", "Daganteckning", "Amanda Kjellberg", "AT-läkare", "2024-03-19 15:25", [
      ("Status", "AT: pigg. Temp 37,0. Pulm: enstaka krepitationer hö basalt. SpO2 96 %."),
      ("Bedömning", "Behandlad pneumoni, feberfri i två dygn, CRP sjunkande. Trol. hemgång i morgon om fortsatt feberfri."),
  ], setting="slutenvård"),
  must_not=["NL102"], why="'Trol.' hedges the discharge, not the (settled) pneumonia")

C("kir-ljumskbrack-mojligen-poliklinisk-op", "skane", "1972-04-28", "M",
  N("s_kir_trel", "Läkaranteckning", "Nils Åkesson", "läkare", "2024-05-15 10:50", [
      ("Status", "Reponibelt ljumskbråck hö, lateralt. Ingen inklämning."),
      ("Bedömning", "Ljumskbråck hö med besvär vid tunga lyft."),
      ("Planering", "Möjligen poliklinisk op i höst om arbetsgivaren kan ordna ersättare. Pat hör av sig."),
  ]),
  must_not=["NL102"], why="'Möjligen' hedges the timing of surgery; the hernia is settled")

C("geri-sannolikt-behov-av-hemtjanst", "vgr", "1933-06-16", "K",
  N("v_geri_skas", "Utskrivningsanteckning", "Ingela Wallin", "läkare", "2024-09-30 14:55", [
      ("Orsak till vård", "Inlagd efter fall i hemmet med smärta i vä höft, rtg utan fraktur. Känd förmaksflimmer och hjärtsvikt."),
      ("Vårdförlopp", "Smärtan avklingade på Alvedon. Ortostatisk BT-sänkning 30 mmHg, varför furosemid halverats och "
                      "felodipin satts ut. Mobiliserad med rollator tillsammans med fysioterapeut, går nu självständigt i korridoren. "
                      "Kognitivt klar. Äter och dricker bra."),
      ("Status vid utskrivning", "BT 136/78 utan ortostatism. Hjärtfrekvens 74 oregelbunden. Lätta ankelödem. Gång stadig med rollator."),
      ("Planering", "Sannolikt behov av hemtjänst för dusch och inköp efter utskrivningen; vårdplaneringsmöte med kommunen hålls i morgon. "
                    "Arbetsterapeut gör hembesök för hjälpmedel. Kontroll av vikt och elstatus på VC om en vecka."),
      ("Socialt", "Änka sedan 2019, bor ensam i lägenhet på andra våningen med hiss. Sonen bor i Skövde och handlar en gång i veckan."),
      ("Läkemedel", "Furosemid 20 mg x 1 (tidigare 40 mg). Felodipin utsatt. Eliquis, Bisoprolol och Alvedon oförändrade."),
  ], setting="slutenvård", draft=True),
  must_not=["NL102"], why="long discharge draft: 'Sannolikt' hedges the need for home help, diagnoses are settled")

C("neuro-tolk-till-nasta-besok-fragetecken", "skane", "1985-01-22", "M",
  N("s_neuro_lund", "Läkaranteckning", "Jakob Svärd", "ST-läkare", "2024-04-30 11:40", [
      ("Bedömning", "Migrän utan aura, ökande frekvens. Start propranolol 40 mg x 2."),
      ("Planering", "Tolk till nästa besök? Pat förstår mycket men föredrar arabisktalande tolk. Återbesök om 3 mån."),
  ]),
  must_not=["NL102"], why="the question mark concerns an interpreter, not a diagnosis")

C("ort-sjukskrivning-trol-forlangs", "vgr", "1981-11-26", "M",
  N("v_ort_molndal", "Läkaranteckning", "Viktor Almgren", "ST-läkare", "2024-07-25 09:15", [
      ("Planering", "Opererad menisk hö knä för tre veckor sedan. Behöver trol. sjukskrivning ytterligare två veckor, bedöms vid återbesök."),
  ]),
  must_not=["NL102"], why="'trol.' hedges the sick leave, the operated meniscus is known")

# hedged diagnoses of relatives (family history)
C("neuro-hereditet-mor-trol-demens", "skane", "1962-07-14", "K",
  N("s_neuro_lund", "Läkaranteckning", "Jakob Svärd", "ST-läkare", "2024-06-05 14:20", [
      ("Aktuellt", "Huvudvärk i pannan och tinningarna sedan ett halvår, pressande, värre på eftermiddagarna. Orolig för minnet."),
      ("Tidigare sjukdomar", "Hypotyreos. Ingen tidigare huvudvärkssjukdom."),
      ("Läkemedel", "Levaxin 75 mikrog. Alvedon och Ipren nästan dagligen de senaste månaderna."),
      ("Socialt", "Arbetar i kundtjänst med mycket skärmarbete. Gift, sover dåligt sedan i våras."),
      ("Hereditet", "Mor hade trol. demens de sista åren, morbror misstänkt ALS men aldrig utredd."),
      ("Status", "BT 128/82. Ömhet i nack- och tuggmuskulatur. Fundoskopi ua. Neurologiskt status utan anmärkning. MoCA 29/30."),
      ("Utredning", "Ingen bilddiagnostik indicerad utifrån anamnes och normalt status."),
      ("Egenvård", "Har börjat promenera på lunchen och försöker dricka mer vatten."),
      ("Bedömning", "Spänningshuvudvärk. Ingen objektiv kognitiv svikt."),
      ("Information", "Pat lugnad angående minnet; testresultatet är normalt för åldern."),
      ("Planering", "Information om huvudvärkens natur, avråds från dagligt bruk av värktabletter. Sjukgymnastik. Ingen uppföljning."),
  ]),
  must_not=["NL102"], why="the hedged diagnoses belong to relatives (Hereditet), the patient's diagnosis is settled")

C("kard-hereditet-far-ev-hjartinfarkt", "vgr", "1974-09-03", "M",
  N("v_kard_sahl", "Läkaranteckning", "Carina Blom", "medicinsk sekreterare", "2024-02-09 13:25", [
      ("Aktuellt", "50-årig man remitterad för hjärtklappning som kommer anfallsvis, ca en gång i månaden, varar 10–30 minuter och "
                   "upphör plötsligt. Ingen yrsel, ingen svimning. Utlöses ibland av att böja sig ner. Kaffe 4 koppar per dag."),
      ("Hereditet", "Far dog plötsligt 52 år gammal, ev. i hjärtinfarkt, ingen obduktion. Farbror har pacemaker. Mor frisk."),
      ("Socialt", "Gift, två tonårsbarn. Arbetar som lärare. Röker inte, alkohol måttligt i helgerna."),
      ("Tidigare sjukdomar", "Astma i barndomen. Inga läkemedel."),
      ("Status", "Cor: regelbunden rytm 68/min, inga blåsljud. BT 132/80. Pulm: vesikulärt."),
      ("Utredning", "Vilo-EKG normalt utan preexcitation. Eko normalt med EF 60 %. Event-recorder under 14 dagar registrerade ett "
                    "anfall med smal QRS-takykardi 190/min."),
      ("Bedömning", "Paroxysmal supraventrikulär takykardi, AVNRT enligt EKG-morfologin."),
      ("Planering", "Information om vagala manövrar. Remiss för elektrofysiologisk undersökning och ablation. Dikterat av dr Ahmad Karimi."),
  ]),
  must_not=["NL102"], why="long dictated note: 'ev. i hjärtinfarkt' is about the father; the patient's diagnosis is settled")


# =========================================================================== build + validate
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SKANE_PROTECTED_TEMPLATES = {"Tidiga hypoteser"}
VGR_PROTECTED_KEYWORDS = {"Tidiga hypoteser"}
SENT_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[–-]\s+")


def _luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _length_class(note):
    text = "\n".join(s["text"] for s in note["sections"])
    n = len(text)
    if len(note["sections"]) == 1 and n <= 300:
        return "short"
    if n >= 800 and len(note["sections"]) >= 4:
        return "long"
    return "medium"


def validate(cases):
    errors = []
    names = set()
    sentences = {}
    for c in cases:
        name = c["case"]
        where = "case %s" % name
        if name in names:
            errors.append("%s: duplicate case name" % where)
        names.add(name)
        if [k for k in c.keys() if k != "_regions"] != CASE_KEYS:
            errors.append("%s: keys %s" % (where, list(c.keys())))
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset %r" % (where, c["ruleset"]))
        if not c["why"].strip():
            errors.append("%s: empty why" % where)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errors.append("%s: record keys %s" % (where, list(rec.keys())))
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errors.append("%s: personnummer format %s" % (where, pid))
        else:
            if pid[:8] != birth.replace("-", ""):
                errors.append("%s: personnummer %s does not match birth_date %s" % (where, pid, birth))
            if not _luhn_ok(pid[2:8] + pid[9:]):
                errors.append("%s: personnummer %s fails Luhn" % (where, pid))
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            errors.append("%s: bad birth_date %s" % (where, birth))
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append("%s: as_of not in 2024" % where)
        ids = set()
        for note, region in zip(rec["notes"], c["_regions"]):
            nw = "%s note %s" % (where, note["id"])
            if list(note.keys()) != NOTE_KEYS:
                errors.append("%s: note keys %s" % (nw, list(note.keys())))
            if note["id"] in ids:
                errors.append("%s: duplicate note id" % nw)
            ids.add(note["id"])
            if region != c["ruleset"]:
                errors.append("%s: unit region %s differs from ruleset" % (nw, region))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR cases must be Melior" % nw)
            t = _dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errors.append("%s: time not in 2024" % nw)
            if t > as_of:
                errors.append("%s: note after as_of" % nw)
            if note["signed"] is not None:
                sg = _dt.datetime.fromisoformat(note["signed"])
                if sg.year != 2024 or sg < t or sg > as_of:
                    errors.append("%s: bad signed time" % nw)
            age = _age(birth, t)
            if 13 <= age <= 15 or age < 0:
                errors.append("%s: patient age %d at note time (13-15 not allowed)" % (nw, age))
            if "psykiatri" in note["unit"]["name"].lower() or note["unit"]["name"].startswith("BUP"):
                if note["unit"]["name"].startswith("BUP") and c["ruleset"] != "skane":
                    errors.append("%s: BUP cases are Skåne only" % nw)
            for sec in note["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errors.append("%s: empty section" % nw)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        key = sent.lower()
                        if key in sentences and sentences[key] != name:
                            errors.append("%s: sentence reused from %s: %r" % (where, sentences[key], sent))
                        elif key in sentences:
                            errors.append("%s: sentence repeated inside the case: %r" % (where, sent))
                        sentences[key] = name
        by_id = {n["id"]: n for n in rec["notes"]}
        seen = set()
        for kind in ("must", "must_not"):
            for code, nid in c[kind]:
                if code not in CODES:
                    errors.append("%s: unexpected code %s" % (where, code))
                if nid not in by_id:
                    errors.append("%s: target %s does not exist" % (where, nid))
                    continue
                if (code, nid) in seen:
                    errors.append("%s: %s on %s asserted twice" % (where, code, nid))
                seen.add((code, nid))
                note = by_id[nid]
                if note["system"] == "PMO" and code == "NL101":
                    errors.append("%s: NL101 is not asserted on PMO notes" % where)
                if note["system"] == "PMO" and code == "NL102" and kind == "must":
                    errors.append("%s: NL102 must only on Melior" % where)
                if kind == "must":
                    if c["ruleset"] == "skane" and note["template"] in SKANE_PROTECTED_TEMPLATES:
                        errors.append("%s: must on a protected Skåne template" % where)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % where)
    return errors


def main():
    errors = validate(CASES)
    out_cases = []
    for c in CASES:
        d = {k: c[k] for k in CASE_KEYS}
        out_cases.append(d)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for d in out_cases:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")

    # summary
    from collections import Counter
    cnt = Counter()
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                cnt[(code, kind)] += 1
    primary = Counter()
    for c in CASES:
        code = (c["must"] or c["must_not"])[0][0]
        primary[(code, "must" if c["must"] else "must_not")] += 1
    lengths = Counter(_length_class(c["record"]["notes"][0]) for c in CASES)
    systems = Counter(n["system"] for c in CASES for n in c["record"]["notes"])
    rulesets = Counter(c["ruleset"] for c in CASES)
    roles = Counter(n["author"]["role"] for c in CASES for n in c["record"]["notes"])
    drafts = sum(1 for c in CASES for n in c["record"]["notes"] if n["signed"] is None)
    typos = sum(1 for c in CASES if "typo" in c["case"] or "typo" in c["why"])
    kw = Counter(s["keyword"] for c in CASES for n in c["record"]["notes"] for s in n["sections"])
    children = sum(1 for c in CASES if _age(c["record"]["patient"]["birth_date"],
                                            _dt.datetime.fromisoformat(c["record"]["notes"][0]["time"])) < 13)
    print("cases:", len(CASES))
    print("assertions:", dict(sorted(cnt.items())))
    print("cases by primary code:", dict(sorted(primary.items())))
    print("must_not cases: %d (%.0f %%)" % (sum(1 for c in CASES if not c["must"]),
                                           100.0 * sum(1 for c in CASES if not c["must"]) / len(CASES)))
    print("rulesets:", dict(rulesets), "systems:", dict(systems))
    print("lengths:", dict(lengths), "drafts:", drafts, "typo cases:", typos, "children <13:", children)
    print("roles:", dict(roles))
    print("section keywords:", len(kw), dict(kw.most_common()))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print("OK, wrote", OUT)


if __name__ == "__main__":
    main()
