#!/usr/bin/env python3
"""nl1aw_dev_cases: independent gold cases for notelint NL101 (and some NL102).

Theme: records of two to four notes written over days or weeks (admission, result
note, conference note, follow-up call). The question is put to one note at a time
(assertions per note id): a diagnosis is visible in a note whose text says the
patient has not been told yet; a later note records the telling; an earlier
not-told statement is copied forward; relatives or guardians are told at
different times. Also single notes where the statement stands far from the
diagnosis (another section, another paragraph), and near misses.

Dependency-free and deterministic: `python3 build.py` writes nl1aw_dev_cases.jsonl
beside this file and validates it; exit status 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1aw_dev_cases.jsonl")

# --------------------------------------------------------------------------
# patients: birth date -> personnummer (Luhn-valid, checked below)
PNR = {
    "1956-09-14": "19560914-4315", "1949-11-02": "19491102-1493",
    "2016-08-21": "20160821-1742", "1965-12-03": "19651203-1599",
    "1982-07-19": "19820719-1381", "1988-10-30": "19881030-1880",
    "1961-03-08": "19610308-1714", "1943-05-27": "19430527-3460",
    "1979-12-11": "19791211-6790", "1963-04-22": "19630422-7454",
    "1954-09-01": "19540901-1631", "1957-06-15": "19570615-6907",
    "1960-02-28": "19600228-6992", "1968-11-15": "19681115-5065",
    "1953-01-09": "19530109-1475", "1975-08-04": "19750804-6708",
    "1971-10-23": "19711023-2365", "1994-05-12": "19940512-5296",
    "2014-03-30": "20140330-2472", "2018-11-07": "20181107-2204",
    "1945-06-02": "19450602-6840", "1958-04-17": "19580417-7987",
    "1990-09-25": "19900925-6844", "1960-10-10": "19601010-4815",
    "1973-02-14": "19730214-6605", "1985-12-22": "19851222-1642",
    "1986-01-31": "19860131-6774", "1951-07-07": "19510707-3107",
    "1938-03-19": "19380319-6082", "1992-06-06": "19920606-5378",
    "1977-04-04": "19770404-8953", "1976-03-03": "19760303-5762",
    "1966-08-12": "19660812-6998", "1995-11-11": "19951111-5645",
    "1980-05-05": "19800505-4708", "1947-09-09": "19470909-4066",
    "2007-02-20": "20070220-3548", "1952-12-12": "19521212-2849",
    "1959-08-08": "19590808-8155", "1964-01-27": "19640127-3492",
    "1970-07-14": "19700714-6884", "1997-10-03": "19971003-6063",
    "1950-03-16": "19500316-4513", "1962-11-29": "19621129-5594",
    "1940-02-02": "19400202-7235", "1969-09-18": "19690918-8754",
    "1955-05-21": "19550521-4501", "1999-04-09": "19990409-2559",
    "1944-10-14": "19441014-6007", "1983-06-26": "19830626-1408",
    "1972-08-30": "19720830-1791", "1987-03-12": "19870312-8820",
    "1989-07-25": "19890725-6864", "1948-02-11": "19480211-9372",
    "1961-12-05": "19611205-4488", "2016-01-15": "20160115-8114",
    "1946-06-18": "19460618-6932", "1978-09-07": "19780907-5679",
    "1967-05-03": "19670503-1950", "1974-12-19": "19741219-3760",
    "1963-07-28": "19630728-5855", "1991-02-14": "19910214-7809",
    "1958-09-23": "19580923-1664", "1981-04-12": "19810412-4170",
    "2001-11-30": "20011130-7625", "1953-03-25": "19530325-5565",
    "1957-10-01": "19571001-7848", "1950-08-14": "19500814-4551",
    "1956-01-19": "19560119-5729", "1934-07-07": "19340707-2721",
    "1998-08-17": "19980817-7258", "2005-05-05": "20050505-2191",
    "1939-04-04": "19390404-6053", "1971-06-30": "19710630-3238",
    "1993-03-03": "19930303-8864", "1984-09-09": "19840909-3534",
    "1962-04-04": "19620404-5006", "1975-01-21": "19750121-5599",
    "2013-06-10": "20130610-6624", "1951-11-11": "19511111-6637",
    "1966-04-27": "19660427-2846",
}

# --------------------------------------------------------------------------
# units (name, HSA-id). Skåne SE2321000255-…, VGR SE2321000131-…
U = {
    # Skåne, Melior
    "lund_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4411"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-2208"),
    "lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-3310"),
    "lund_barnonk": ("Barnonkologiska avdelningen 64, Skånes universitetssjukhus Lund", "SE2321000255-3318"),
    "lund_gynonk": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-5120"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-6602"),
    "hbg_kard": ("Kardiologimottagningen, Helsingborgs lasarett", "SE2321000255-2231"),
    "lund_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "lund_gen": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-7702"),
    "malmo_uro": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8114"),
    "lund_ovregi": ("Kirurgi, sektionen för övre GI, Skånes universitetssjukhus Lund", "SE2321000255-4470"),
    "malmo_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8150"),
    "kri_onk": ("Onkologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9031"),
    "ystad_kir": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-9412"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-5533"),
    "kri_psyk": ("Allmänpsykiatrisk mottagning, Psykiatri Skåne Kristianstad", "SE2321000255-9088"),
    "malmo_bupnp": ("BUP Skåne, Neuropsykiatriska utredningsenheten Malmö", "SE2321000255-8340"),
    "lund_barnkir": ("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3322"),
    "ystad_med": ("Medicinavdelning 3, Lasarettet i Ystad", "SE2321000255-9420"),
    "hlm_medavd": ("Medicinavdelning 2, Hässleholms sjukhus", "SE2321000255-6610"),
    "hbg_orto": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-2250"),
    "hbg_ortoavd": ("Ortopedavdelning 45, Helsingborgs lasarett", "SE2321000255-2255"),
    "ystad_kk": ("Kvinnokliniken, Lasarettet i Ystad", "SE2321000255-9440"),
    "hbg_barndiab": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-2270"),
    "tbg_kir": ("Kirurgiska kliniken, Lasarettet Trelleborg", "SE2321000255-9510"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-8120"),
    "malmo_inf": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8177"),
    "lskr_ger": ("Geriatriska kliniken, Lasarettet Landskrona", "SE2321000255-2601"),
    "malmo_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8133"),
    "lund_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4488"),
    "malmo_hem": ("Hematologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8190"),
    "lund_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-5570"),
    "lund_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-5590"),
    "lund_psyk": ("Psykiatrisk mottagning Lund, Psykiatri Skåne", "SE2321000255-4860"),
    "ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-9401"),
    "ystad_medavd": ("Medicinavdelning 4, Lasarettet i Ystad", "SE2321000255-9424"),
    "lund_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5601"),
    "kri_kiravd": ("Kirurgavdelning 11, Centralsjukhuset Kristianstad", "SE2321000255-9050"),
    # Skåne, PMO (primary care)
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-1104"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-1120"),
    "hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-1188"),
    # VGR, Melior
    "su_niva": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011"),
    "su_rehab": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-E000000023"),
    "sas_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000104"),
    "sas_minne": ("Minnesmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000112"),
    "skas_med": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000205"),
    "skas_medavd": ("Medicinavdelning 31, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000211"),
    "su_hem": ("Hematologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000031"),
    "su_lung": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000037"),
    "su_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000043"),
    "su_kard": ("Kardiologi, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000049"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000055"),
    "su_neurokir": ("Neurokirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000061"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000067"),
    "su_endokir": ("Endokrinkirurgi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000073"),
    "su_onk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000079"),
    "su_thorax": ("Thoraxkirurgisk intensivvård, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000085"),
    "su_njur": ("Njurmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000091"),
    "su_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000097"),
    "nu_stroke": ("Strokeenheten, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000301"),
    "nu_uro": ("Urologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000307"),
    "kung_kk": ("Kvinnokliniken, Kungälvs sjukhus", "SE2321000131-E000000401"),
    "sas_neuro": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000118"),
    "sas_gastro": ("Medicinmottagningen, gastroenterologi, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000124"),
    "skas_kard": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000217"),
    "alin_akut": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000501"),
    "alin_med": ("Medicinkliniken, Alingsås lasarett", "SE2321000131-E000000507"),
    "su_psyk": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000103"),
}

KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
KEYS_NOTE = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]


def N(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = U[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def M(nid, template, unit, author, role, time, signed, setting, sections):
    """A Melior note."""
    return N(nid, "Melior", template, unit, author, role, time, signed, setting, sections)


def P(nid, template, unit, author, role, time, signed, setting, sections):
    """A PMO note (Skåne primary care)."""
    return N(nid, "PMO", template, unit, author, role, time, signed, setting, sections)


CASES = []


def case(name, ruleset, birth, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": PNR[birth], "birth_date": birth, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


S, V = "skane", "vgr"
LK, SSK, SEKR, PSY, KUR, BM, DIET = ("läkare", "sjuksköterska", "sekreterare",
                                     "psykolog", "kurator", "barnmorska", "dietist")
OV, SV = "öppenvård", "slutenvård"

# ==========================================================================
# 1. Lung: suspicion at first visit, PAD note not told, visit with telling
case("lunga-rundhard-pad-ej-besked-sedan-besked", S, "1956-09-14", "2024-03-01T00:00:00", [
    M("n1", "Läkaranteckning", "lund_lung", "Karin Öhrström", LK,
      "2024-02-05T10:40:00", "2024-02-05T16:12:00", OV, [
          ("Aktuellt", "Remitterad från VC pga rundhärd hö ovanlob, 2,4 cm, sedd på rtg pulm 15/1. "
                       "Rökt ca 20 cig/dag i 45 år. Viktnedgång 4 kg sedan jul, lite blodtingerade upphostningar."),
          ("Status", "AT gott. Lungor: vesikulärt andningsljud bilat, inga biljud. Ingen palpabel "
                     "lymfkörtelförstoring supraklavikulärt."),
          ("Bedömning", "Rundhärd hö ovanlob, misstänkt lungcancer. Utreds enl. SVF."),
          ("Planering", "DT thorax/buk med kontrast samt bronkoskopi bokas. Kontaktssk Lena Paulsson."),
      ]),
    M("n2", "Läkaranteckning", "lund_lung", "Karin Öhrström", LK,
      "2024-02-19T14:05:00", "2024-02-19T15:30:00", OV, [
          ("Provsvar", "PAD bronkoskopi (px hö ovanlobsbronk): skivepitelcancer. DT thorax/buk: "
                       "tumör 27 mm hö ovanlob, förstorad lgl station 4R 14 mm, inga fjärrmetastaser."),
          ("Bedömning", "Skivepitelcancer hö ovanlob, kliniskt stadium IIIA. Anmäld till "
                        "lungcancerkonferensen på torsdag, PET-DT beställd."),
          ("Planering", "Pat ej informerad om PAD-svaret ännu. Besked ges på mottagningen 22/2, "
                        "kontaktssk med."),
      ]),
    M("n3", "Mottagningsanteckning", "lund_lung", "Karin Öhrström", LK,
      "2024-02-22T09:15:00", "2024-02-22T11:02:00", OV, [
          ("Samtal", "Besök tillsammans med hustrun. Har informerat om att bronkoskopin visat "
                     "skivepitelcancer i hö lunga och att en lymfkörtel i mediastinum behöver "
                     "undersökas vidare med PET. Pat tar beskedet lugnt, frågor om rökstopp och "
                     "behandling besvarade."),
          ("Planering", "PET-DT 28/2, därefter ny konferens. Lena ringer pat nästa vecka."),
      ]),
], [("NL102", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "three notes over 17 days: suspected in n1, PAD stated but not told in n2, told at the visit in n3")

# 2. Colon: result note not told, MDK note copies the statement forward, call tells
case("kolon-pad-mdk-kopierat-ej-underrattad", S, "1949-11-02", "2024-03-20T00:00:00", [
    M("n1", "Läkaranteckning", "hbg_kir", "Johan Lindqvist", LK,
      "2024-03-04T13:20:00", "2024-03-04T13:55:00", OV, [
          ("Endoskopi", "Koloskopi 27/2: stenoserande tumör i sigmoideum ca 25 cm ab ano, px tagna, "
                        "tatuering distalt."),
          ("PAD", "Adenocarcinom, måttligt differentierat, MMR-proteiner bevarade."),
          ("Bedömning", "Sigmoideumcancer. DT thorax-buk beställd. Pat ej underrättad ännu – "
                        "vill ta det på mottagningen efter MDK."),
      ]),
    M("n2", "Konferensanteckning", "hbg_kir", "Johan Lindqvist", LK,
      "2024-03-07T08:45:00", "2024-03-07T10:10:00", OV, [
          ("Deltagare", "Kirurg, onkolog, radiolog, patolog, kontaktssk."),
          ("Bakgrund", "Koloskopi 27/2: stenoserande tumör i sigmoideum ca 25 cm ab ano, px tagna, "
                       "tatuering distalt. PAD: Adenocarcinom, måttligt differentierat, MMR-proteiner "
                       "bevarade. Pat ej underrättad ännu – vill ta det på mottagningen efter MDK."),
          ("Radiologi", "DT thorax-buk 5/3: cT3N0, inga fjärrmetastaser."),
          ("Beslut", "Laparoskopisk sigmoideumresektion. Ingen neoadjuvant behandling."),
      ]),
    M("n3", "Mottagningsanteckning", "hbg_kir", "Johan Lindqvist", LK,
      "2024-03-12T10:30:00", "2024-03-12T12:00:00", OV, [
          ("Besök", "Pat med dotter. Informerad om cancern i sigmoideum och om konferensens förslag "
                    "på laparoskopisk resektion. Vill opereras. Op-anmälan gjord, preop-besök i april."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "not-told statement copied verbatim into the MDK note still makes that note say the patient is not told")

# 3. Child ALL: probable at ER, diagnosis with neither parents nor child told, telling
case("barn-all-varken-barn-eller-foraldrar-sedan-besked", S, "2016-08-21", "2024-04-20T00:00:00", [
    M("n1", "Akutanteckning", "lund_barnakut", "Sofia Berg", LK,
      "2024-04-08T22:40:00", "2024-04-08T23:35:00", OV, [
          ("Aktuellt", "7-årig flicka, två veckors trötthet, blåmärken på benen, feber sedan tre dagar."),
          ("Lab", "Hb 81, TPK 19, LPK 46. Blaster i diff enligt labjouren."),
          ("Bedömning", "Trolig akut leukemi. Läggs in på barnonkologen avd 64."),
          ("Information", "Föräldrarna informerade om att proverna är kraftigt avvikande och att "
                          "fortsatt utredning görs under natten och imorgon."),
      ]),
    M("n2", "Läkaranteckning", "lund_barnonk", "Anders Malmgren", LK,
      "2024-04-10T11:00:00", "2024-04-10T12:10:00", SV, [
          ("Utredning", "Benmärg 9/4: 87 % lymfoblaster, flödescytometri B-prekursor-fenotyp. "
                        "Cytogenetik inväntas."),
          ("Bedömning", "Akut lymfatisk leukemi av B-cellstyp. Induktion enligt ALLTogether "
                        "när cytogenetiken är klar."),
          ("Information", "Varken föräldrarna eller Ella själv har ännu fått diagnosbesked. Samtal "
                          "bokat imorgon kl 09 med båda föräldrarna, kurator och kontaktssk."),
      ]),
    M("n3", "Samtalsanteckning", "lund_barnonk", "Anders Malmgren", LK,
      "2024-04-11T09:00:00", "2024-04-11T10:40:00", SV, [
          ("Samtal", "Diagnosbesked till mamma och pappa: akut lymfatisk leukemi av B-cellstyp. "
                     "Genomgång av behandlingsplanen, biverkningar och skolgång."),
          ("Barnet", "Ella har i föräldrarnas närvaro fått veta av ssk och lekterapeut att hon har "
                     "sjuka blodceller och ska få medicin för att bli frisk."),
      ]),
], [("NL102", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "child under 13: diagnosis note says neither child nor guardians told (must); telling note (must_not)")

# 4. ICH: wife told at night, patient sedated; weeks later patient told, daughter not
case("ich-hustru-informerad-pat-sederad-sedan-pat-informerad", V, "1965-12-03", "2024-06-01T00:00:00", [
    M("n1", "Inskrivningsanteckning", "su_niva", "Petra Wallin", LK,
      "2024-05-02T03:15:00", "2024-05-02T05:40:00", SV, [
          ("Kontaktorsak", "Hittad medvetslös hemma av hustrun ca 00.30. GCS 7 på plats, intuberad "
                           "av ambulans."),
          ("Röntgen", "DT hjärna: 4,5 cm intracerebral blödning vä basala ganglier med genombrott "
                      "till ventrikelsystemet, lätt hydrocefalus."),
          ("Bedömning", "Hypertensiv intracerebral blödning vä. EVD läggs av neurokirurg i natt."),
          ("Närstående", "Hustrun informerad per telefon kl 02.30 om blödningen och allvaret. Pat "
                         "själv sederad och har ej kunnat informeras."),
      ]),
    M("n2", "Läkaranteckning", "su_rehab", "Olof Hansson", LK,
      "2024-05-20T13:30:00", "2024-05-20T16:45:00", SV, [
          ("Aktuellt", "Vaken, samarbetar. Lätt expressiv afasi, hö hemipares i bättring."),
          ("Samtal", "Har med stöd av logoped gått igenom vad som hänt: hjärnblödning i vänster "
                     "hjärnhalva orsakad av högt blodtryck. Pat förstår och ställer frågor om bilkörning."),
          ("Närstående", "Dottern i Kanada är inte informerad ännu, pat vill berätta själv när hon "
                         "ringer till helgen."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "wife told before the sedated patient (must on admission); weeks later patient told, only daughter not (must_not)")

# 5. Single long gyn note, not-told statement in Övrigt far from the diagnosis
case("gyn-cervixcancer-ej-informerad-i-ovrigt-langt-ner", S, "1982-07-19", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_gynonk", "Maria Ekdahl", LK,
      "2024-03-19T15:10:00", "2024-03-20T08:30:00", OV, [
          ("Anamnes", "Remiss från Kvinnohälsan pga cellprov HSIL och HPV 16. Kolposkopi med px 4/3. "
                      "Två barn, partus 2012 och 2016. Ingen tidigare gynekologisk sjukdom. Röker ej."),
          ("PAD", "Skivepitelcancer, invasivt växande, invasionsdjup 6 mm, LVSI ej påvisad."),
          ("Röntgen", "MR lilla bäckenet 18/3: 3,1 cm tumör i portio utan parametrieinväxt. Inga "
                      "förstorade lymfkörtlar i bäckenet."),
          ("Bedömning", "Cervixcancer stadium IB2 (FIGO 2018). Tas upp på regional gyn-onk-konferens "
                        "21/3. Radikal hysterektomi eller kemoradioterapi beroende på konferensens "
                        "rekommendation."),
          ("Läkemedel", "Inga stående."),
          ("Övrigt", "OBS har inte fått MR-svaret eller PAD ännu, hon tror att det rör sig om "
                     "cellförändringar. Ringer henne efter konferensen och bokar besök."),
      ]),
], [("NL101", "n1")], [],
    "diagnosis in Bedömning, not-told statement four sections later in Övrigt")

# 6. Near miss: diagnosis told; not-informed concerns an ultrasound appointment
case("hypotyreos-informerad-ej-informerad-om-tid", V, "1988-10-30", "2024-05-31T00:00:00", [
    M("n1", "Mottagningsanteckning", "skas_med", "Elin Kraft", LK,
      "2024-05-14T10:20:00", None, OV, [
          ("Aktuellt", "Trötthet, frusenhet och viktuppgång 5 kg sedan hösten. TSH 24, fritt T4 8."),
          ("Bedömning", "Hashimotos tyreoidit med hypotyreos, TPO-ak > 1000. Informerad om diagnosen "
                        "och att behandlingen är livslång."),
          ("Åtgärd", "Levaxin 50 mikrog x 1, ökas till 75 efter 4 veckor. Nytt TSH om 6 veckor."),
          ("Planering", "Palpabel knöl vä tyreoidealob, ultraljud beställt. Pat ännu inte informerad "
                        "om tiden, kallelse skickas hem."),
      ]),
], [], [("NL101", "n1")],
    "not-informed is about an appointment time, the diagnosis itself was told (two sections apart)")

# 7. Near miss record: known diagnoses, not informed about normal lab results
case("hypertoni-dm-normala-prover-ej-informerad", S, "1961-03-08", "2024-06-20T00:00:00", [
    M("n1", "Mottagningsanteckning", "hlm_med", "Ahmed Nasser", LK,
      "2024-06-04T08:50:00", "2024-06-04T09:40:00", OV, [
          ("Diagnoser", "Hypertoni sedan 2015. Diabetes mellitus typ 2 sedan 2018."),
          ("Aktuellt", "Årskontroll. Mår bra, promenerar dagligen. BT 134/82."),
          ("Planering", "Prover tagna idag: HbA1c, krea, lipider, U-albumin/krea. Pat har ännu inte "
                        "fått några svar, återkoppling per brev."),
      ]),
    M("n2", "Provsvarsanteckning", "hlm_med", "Ahmed Nasser", LK,
      "2024-06-06T15:00:00", "2024-06-06T15:05:00", OV, [
          ("Lab", "HbA1c 48, krea 82, LDL 2,4, U-alb/krea 1,1. Samtliga inom målvärden."),
          ("Planering", "Pat ej informerad om svaren ännu, brev skickas idag. Oförändrad medicinering."),
      ]),
], [], [("NL101", "n1"), ("NL101", "n2")],
    "not-informed concerns lab results within target; the diagnoses are long known")

# 8. Near miss: AF known, not informed about a dose change
case("formaksflimmer-dosandring-ej-informerad", S, "1943-05-27", "2024-09-30T00:00:00", [
    M("n1", "Läkaranteckning", "hbg_kard", "Gustav Rehn", LK,
      "2024-09-17T16:20:00", "2024-09-17T16:40:00", OV, [
          ("Aktuellt", "Permanent förmaksflimmer känt sedan 2019, CHA2DS2-VASc 4. Eliquis 5 mg x 2."),
          ("Lab", "Krea 148, eGFR 31. Vikt 58 kg, 81 år."),
          ("Åtgärd", "Uppfyller två av tre kriterier för dosreduktion, sänker till Eliquis 2,5 mg x 2. "
                     "Pat ännu ej informerad om dosändringen, ssk ringer imorgon och ändrar i "
                     "läkemedelslistan."),
      ]),
], [], [("NL101", "n1")],
    "not-informed concerns a medication change, not a diagnosis")

# 9. Huntington: Tidiga hypoteser template, visible note without diagnosis, telling
case("huntington-th-mall-sedan-gentest-besked", S, "1979-12-11", "2024-06-30T00:00:00", [
    M("n1", "Tidiga hypoteser", "lund_neuro", "Hanna Sjöberg", LK,
      "2024-04-16T14:00:00", "2024-04-16T15:20:00", OV, [
          ("Hypotes", "Choreatiska rörelser, irritabilitet och hereditet (far avled 59 år i oklar "
                      "neurologisk sjukdom) talar för Huntingtons sjukdom. Pat ej informerad om "
                      "misstanken, bör först träffa genetisk vägledare."),
      ]),
    M("n2", "Läkaranteckning", "lund_neuro", "Hanna Sjöberg", LK,
      "2024-04-16T13:10:00", "2024-04-16T15:25:00", OV, [
          ("Aktuellt", "Ofrivilliga rörelser i händer och ansikte sedan ca ett år enligt sambon. "
                       "Mer lättirriterad, svårt att hänga med på jobbet."),
          ("Status", "Ryckiga rörelser i fingrarna, grimaser. Nedsatt sackadhastighet."),
          ("Bedömning", "Ofrivilliga rörelser av oklar genes. Pat har inte informerats om vilken sjukdom "
                        "vi överväger. Remiss klinisk genetik för samtal."),
      ]),
    M("n3", "Läkaranteckning", "lund_gen", "Per-Erik Dahl", LK,
      "2024-06-11T10:00:00", "2024-06-11T14:30:00", OV, [
          ("Svarssamtal", "Gentest HTT: 43 CAG-repetitioner. Huntingtons sjukdom. Svaret lämnat vid "
                          "besök idag, sambo med. Genetisk vägledare närvarande."),
          ("Planering", "Uppföljning neurologen, kontakt med HD-teamet. Information om anlagsbärarskap "
                        "till syskon via släktbrev diskuteras."),
      ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL101", "n3")],
    "hypothesis kept in the Skåne Tidiga hypoteser template; visible note names no diagnosis; later note tells")

# 10. VGR: suspicion under sökord Tidiga hypoteser, not-informed in Planering; later told
case("ftd-th-sokord-ej-informerade-sedan-besked", V, "1963-04-22", "2024-10-31T00:00:00", [
    M("n1", "Läkaranteckning", "su_minne", "Lars Widell", LK,
      "2024-08-29T09:30:00", "2024-08-29T12:00:00", OV, [
          ("Aktuellt", "Makan beskriver personlighetsförändring sedan 2 år, hämningslös, köper saker "
                       "impulsivt, har slutat bry sig om barnbarnen."),
          ("Status", "MMT 27/30. Klocktest med planeringssvårigheter. Perseverationer i ordflödestest."),
          ("Tidiga hypoteser", "Misstänkt frontotemporal demens, beteendevariant. DD sent debuterande "
                               "bipolär sjukdom."),
          ("Planering", "Neuropsykologisk testning, MR hjärna, lumbalpunktion. Varken pat eller maka "
                        "har informerats om vad vi misstänker, avvaktar utredningen."),
      ]),
    M("n2", "Läkaranteckning", "su_minne", "Lars Widell", LK,
      "2024-10-17T13:00:00", "2024-10-17T15:10:00", OV, [
          ("Utredning", "MR: uttalad frontal och temporal atrofi bilat. Neuropsykologiskt: exekutiv "
                        "dysfunktion, bevarat minne. Likvor: normalt beta-amyloid, NfL förhöjt."),
          ("Bedömning", "Frontotemporal demens, beteendevariant. Diagnosen meddelad pat och maka idag."),
      ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
    "VGR: the suspicion stands only under sökord Tidiga hypoteser, so the not-informed line shows no diagnosis")

# 11. Prostate: PMO primary care, Melior biopsy answer not told, then told
case("prostata-pmo-remiss-melior-pad-ej-besked", S, "1954-09-01", "2024-06-05T00:00:00", [
    P("n1", "Besöksanteckning", "vc_sjobo", "Ingrid Svensson", LK,
      "2024-04-08T11:10:00", "2024-04-08T12:00:00", OV, [
          ("Aktuellt", "Täta miktioner. PSA 28 (4,1 för två år sedan)."),
          ("Status", "Palp: hård, knölig prostata hö lob."),
          ("Bedömning", "Misstänkt prostatacancer. Remiss urologen enligt SVF. Pat informerad om "
                        "remissen, men inte om vad vi misstänker."),
      ]),
    M("n2", "Läkaranteckning", "malmo_uro", "Tobias Ljung", LK,
      "2024-05-15T14:30:00", "2024-05-15T15:05:00", OV, [
          ("Utredning", "MR prostata: PI-RADS 5 hö perifera zonen. Riktade biopsier 6/5."),
          ("PAD", "Acinärt adenocarcinom Gleason 4+4=8 (ISUP 4) i 5 av 6 riktade kolvar."),
          ("Bedömning", "Högrisk prostatacancer. PSMA-PET beställd."),
          ("Planering", "Pat har ännu ej fått besked, återbesök 20/5 med kontaktssk."),
      ]),
    M("n3", "Mottagningsanteckning", "malmo_uro", "Tobias Ljung", LK,
      "2024-05-20T09:00:00", "2024-05-20T10:15:00", OV, [
          ("Samtal", "Besked om prostatacancern lämnat, hustrun med. PSMA-PET utan spridning. "
                     "Skriftlig information om strålbehandling och prostatektomi lämnad."),
      ]),
], [("NL101", "n2")], [("NL102", "n1"), ("NL101", "n3")],
    "PMO referral note never shows diagnoses (no NL102); Melior biopsy note not told; visit note tells")

# 12. Pancreas: MDK not told; same-day note copies it forward and then records telling
case("pankreas-mdk-ej-informerad-kopierat-in-i-beskedsanteckning", S, "1957-06-15", "2024-03-31T00:00:00", [
    M("n1", "Konferensanteckning", "lund_ovregi", "Emil Forsberg", LK,
      "2024-03-13T08:15:00", "2024-03-13T09:00:00", OV, [
          ("MDK övre GI", "Pankreascancer i caput, 2,8 cm, utan kärlinväxt på DT. Resektabel. "
                          "Förslag: pankreatikoduodenektomi (Whipple)."),
          ("Information", "Pat ännu ej informerad, besked ges av operatören."),
      ]),
    M("n2", "Läkaranteckning", "lund_ovregi", "Emil Forsberg", LK,
      "2024-03-13T15:00:00", "2024-03-13T17:20:00", OV, [
          ("Bakgrund", "Från MDK idag: Pankreascancer i caput, 2,8 cm, utan kärlinväxt på DT. "
                       "Resektabel. Pat ännu ej informerad, besked ges av operatören."),
          ("Samtal", "Träffat pat och maken kl 15. Informerat om pankreascancern och att vi "
                     "rekommenderar Whippleoperation. Pat ledsen men förberedd, hade själv läst "
                     "DT-svaret."),
          ("Planering", "Preop-bedömning anestesi 20/3. Op preliminärt v. 14."),
      ]),
], [("NL101", "n1")], [("NL102", "n2")],
    "MDK note not told (must); the copied line in the telling note makes it contradictory, so NL101 not asserted there")

# 13. Unsigned draft: lung metastases, not informed
case("njurcancer-recidiv-lungmetastaser-utkast-ej-informerad", S, "1960-02-28", "2024-08-31T00:00:00", [
    M("n1", "Läkaranteckning", "malmo_onk", "Yasmin Haddad", LK,
      "2024-08-14T16:40:00", None, OV, [
          ("Bakgrund", "Nefrektomi vä 2022 pga klarcellig njurcancer pT3a. Uppföljning enligt vårdprogram."),
          ("Röntgen", "DT thorax 12/8: multipla nytillkomna rundhärdar bilat, största 18 mm."),
          ("Bedömning", "Recidiv av klarcellig njurcancer med lungmetastaser. Pembrolizumab + "
                        "axitinib tas upp på konferens."),
          ("Information", "Pat ej informerad om DT-svaret. Bokar besök nästa vecka."),
      ]),
], [("NL101", "n1")], [],
    "unsigned draft (pre-signing): metastases stated, patient not informed")

# 14. Myeloma: physician note (besked at visit), nurse call, telling
case("myelom-ssk-telefon-ej-fatt-besked-sedan-besok", V, "1953-01-09", "2024-10-31T00:00:00", [
    M("n1", "Läkaranteckning", "su_hem", "Ulrika Bergström", LK,
      "2024-10-04T12:30:00", "2024-10-04T13:15:00", OV, [
          ("Utredning", "Benmärg 3/10: 34 % klonala plasmaceller. M-komponent IgG-kappa 38 g/L. "
                        "Lågdos-DT skelett: multipla lytiska lesioner i bäcken och kotpelare. Hb 96."),
          ("Bedömning", "Multipelt myelom, symtomgivande (anemi, skelettengagemang). Start VRd planeras."),
          ("Planering", "Pat kallas till besök 10/10 för besked och behandlingsstart."),
      ]),
    M("n2", "Telefonanteckning", "su_hem", "Mikaela Norén", SSK,
      "2024-10-07T09:50:00", "2024-10-07T10:05:00", OV, [
          ("Kontaktorsak", "Pat ringer och undrar över benmärgsprovet, orolig och sover dåligt."),
          ("Åtgärd", "Har ännu inte fått beskedet om myelomet; förklarat att dr Bergström går "
                     "igenom svaret vid besöket på torsdag. Pat nöjd med det."),
      ]),
    M("n3", "Läkaranteckning", "su_hem", "Ulrika Bergström", LK,
      "2024-10-10T10:00:00", "2024-10-10T11:30:00", OV, [
          ("Samtal", "Diagnosbesked multipelt myelom, sonen närvarande. Informerad om VRd och om att "
                     "autolog stamcellstransplantation kan bli aktuell senare, ev. remiss i vår."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3"), ("NL102", "n3")],
    "besked planned at a later visit (must), nurse call confirms not told (must), visit note tells (must_not)")

# 15. Secretary call: no diagnosis, PAD not to be given by phone
case("sekr-pad-svar-ej-per-telefon-ingen-diagnos", S, "1975-08-04", "2024-05-31T00:00:00", [
    M("n1", "Telefonanteckning", "ystad_kir", "Birgitta Mårtensson", SEKR,
      "2024-05-27T08:25:00", "2024-05-27T08:30:00", OV, [
          ("Kontaktorsak", "Pat ringer och vill ha PAD-svar från knölen som togs bort i bröstet."),
          ("Åtgärd", "Enligt dr Holm lämnas svaret inte per telefon. Tid bokad 3/6 kl 10.20 hos dr Holm. "
                     "Pat har alltså inte fått svaret ännu."),
      ]),
], [], [("NL101", "n1")],
    "patient not told the PAD, but the note names no diagnosis")

# 16. Melanoma: suspected at excision, PAD note not told (typo), patient read 1177 first
case("melanom-pad-ej-infomerad-typo-sedan-last-i-1177", S, "1971-10-23", "2024-04-30T00:00:00", [
    M("n1", "Operationsanteckning", "lund_hud", "Nils Nyberg", LK,
      "2024-04-02T10:10:00", "2024-04-02T11:00:00", OV, [
          ("Åtgärd", "Excision 2 x 1 cm pigmenterad förändring hö skulderblad med 2 mm marginal."),
          ("Bedömning", "Dermatoskopiskt atypiskt nätverk och regressionszoner. Misstänkt malignt "
                        "melanom, PAD inväntas."),
      ]),
    M("n2", "Läkaranteckning", "lund_hud", "Nils Nyberg", LK,
      "2024-04-17T14:45:00", "2024-04-17T15:00:00", OV, [
          ("PAD", "Malignt melanom, ytligt spridande, Breslow 1,3 mm, ej ulcererat. pT2a. Radikalt."),
          ("Planering", "pat ej infomerad ännu, kallas till mig nästa vecka för besked och planering "
                        "av utvidgad excision + sentinel node."),
      ]),
    M("n3", "Telefonanteckning", "lund_hud", "Jessica Alm", SSK,
      "2024-04-22T13:15:00", "2024-04-22T13:50:00", OV, [
          ("Kontaktorsak", "Pat ringer, har läst i 1177 att det är melanom innan någon hunnit ringa. "
                           "Upprörd och ledsen."),
          ("Åtgärd", "Dr Nyberg har ringt upp och förklarat diagnosen och den fortsatta planen. "
                     "Besök 25/4 står kvar."),
      ]),
], [("NL102", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "typo 'infomerad': PAD note not told (must); the later call where the doctor explains it (must_not)")

# 17. Bipolar II: not communicated yet, told at the next visit
case("psyk-bipolar-ej-kommunicerad-sedan-genomgangen", S, "1994-05-12", "2024-04-30T00:00:00", [
    M("n1", "Samtalsanteckning", "kri_psyk", "Rebecka Håkansson", LK,
      "2024-03-21T14:00:00", None, OV, [
          ("Aktuellt", "Tredje besöket. Sover 3–4 h per natt sedan en vecka, pratar snabbt, har startat "
                       "flera projekt och köpt en motorcykel på avbetalning."),
          ("Bedömning", "Återkommande depressioner och minst två tydliga hypomana episoder enligt pat "
                        "och mor. Uppfyller kriterierna för bipolär sjukdom typ II."),
          ("Planering", "Diagnosen är ännu inte kommunicerad med pat, som idag var för uppvarvad för att "
                        "ta in den. Tas upp vid nästa samtal om två veckor."),
      ]),
    M("n2", "Samtalsanteckning", "kri_psyk", "Rebecka Håkansson", LK,
      "2024-04-04T14:00:00", "2024-04-04T15:15:00", OV, [
          ("Aktuellt", "Lugnare, sover 6–7 h."),
          ("Samtal", "Har idag gått igenom diagnosen bipolär sjukdom typ II och vad den innebär. Pat "
                     "säger att det förklarar mycket. Start lamotrigin enligt upptrappningsschema."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "psychiatry: diagnosis not yet communicated (must), next session communicates it (must_not)")

# 18. BUP autism: neither guardians nor child told; guardians told; child told
case("bup-autism-aterkoppling-foraldrar-sedan-barnet", S, "2014-03-30", "2024-10-15T00:00:00", [
    M("n1", "Utredningsanteckning", "malmo_bupnp", "Sara Lindahl", PSY,
      "2024-08-30T13:00:00", "2024-09-02T09:10:00", OV, [
          ("Sammanställning", "ADOS-2 modul 3, WISC-V, föräldraintervju (ADI-R) och skolobservation."),
          ("Bedömning", "Kriterierna för autism (F84.0) är uppfyllda. Ingen intellektuell "
                        "funktionsnedsättning, ojämn profil med styrka i perceptuell slutledning."),
          ("Återgivning", "Föräldrarna har ännu inte fått någon återkoppling, återgivningssamtal 12/9. "
                          "Liam själv har inte heller informerats."),
      ]),
    M("n2", "Samtalsanteckning", "malmo_bupnp", "Sara Lindahl", PSY,
      "2024-09-12T10:00:00", "2024-09-12T15:00:00", OV, [
          ("Återgivning", "Återgivning för mamma och pappa. Genomgång av testresultaten och diagnosen "
                          "autism. Föräldrarna känner igen beskrivningen. Liam får egen återgivning med "
                          "bildstöd 26/9, föräldrarna vill vara med."),
      ]),
    M("n3", "Samtalsanteckning", "malmo_bupnp", "Sara Lindahl", PSY,
      "2024-09-26T09:00:00", "2024-09-26T11:45:00", OV, [
          ("Återgivning", "Återgivning för Liam med bildstöd, mamma närvarande. Vi pratade om hur hans "
                          "hjärna fungerar och att det kallas autism. Han ville veta om fler i klassen har det."),
      ]),
], [("NL101", "n1")], [("NL101", "n3")],
    "BUP, child 10: neither guardians nor child told (must); guardians-only step not asserted; child told (must_not)")

# 19. Wilms: mother and child told, father (joint custody) not yet; father told next day
case("barn-wilms-mamma-informerad-pappa-ej-annu", S, "2018-11-07", "2024-02-29T00:00:00", [
    M("n1", "Läkaranteckning", "lund_barnkir", "Henrik Stål", LK,
      "2024-02-12T15:30:00", "2024-02-12T17:00:00", SV, [
          ("Utredning", "UL buk 9/2: 8 cm solid expansivitet utgående från vä njure. MR 11/2: Wilms "
                        "tumör vä njure utan tumörtromb, DT thorax utan metastaser."),
          ("Bedömning", "Wilms tumör vä njure. Preoperativ cytostatika enligt UMBRELLA-protokollet."),
          ("Information", "Mamma informerad om diagnos och behandlingsplan idag. Ebba har av mamma och "
                          "ssk fått en enkel förklaring: en knöl i magen som ska krympas med medicin och "
                          "sedan opereras bort. Pappa, som har gemensam vårdnad men bor i Göteborg, är "
                          "ännu inte informerad – mamma ringer honom ikväll."),
      ]),
    M("n2", "Telefonanteckning", "lund_barnkir", "Henrik Stål", LK,
      "2024-02-13T10:05:00", "2024-02-13T10:20:00", SV, [
          ("Samtal", "Pappa ringer efter att ha pratat med mamma. Informerat honom om Wilms tumör och "
                     "planen. Han kommer till Lund på torsdag."),
      ]),
], [], [("NL101", "n1"), ("NL101", "n2")],
    "child and one guardian told, the other guardian only not yet: a relative, not the patient (must_not)")

# 20. Alzheimer: daughter told first, patient at the next visit
case("alzheimer-dottern-informerad-pat-ej-annu", V, "1945-06-02", "2024-11-30T00:00:00", [
    M("n1", "Läkaranteckning", "sas_minne", "Gunilla Thor", LK,
      "2024-10-22T15:00:00", "2024-10-23T08:00:00", OV, [
          ("Utredning", "MMT 21/30, klocktest patologiskt. Likvor: lågt beta-amyloid 42/40-kvot, "
                        "förhöjt tau och P-tau. DT hjärna: mediotemporal atrofi."),
          ("Bedömning", "Alzheimers sjukdom, mild demens."),
          ("Information", "Dottern (kontaktperson) informerad om diagnosen per telefon på hennes "
                          "begäran. Pat själv ej informerad ännu, diagnosbesked 4/11 med dottern närvarande."),
      ]),
    M("n2", "Läkaranteckning", "sas_minne", "Gunilla Thor", LK,
      "2024-11-04T10:30:00", "2024-11-04T12:00:00", OV, [
          ("Samtal", "Diagnosbesked Alzheimers sjukdom till pat och dotter. Pat frågar om körkortet; "
                     "informerad om att hon inte längre får köra bil. Start donepezil 5 mg."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "relative told, patient not yet (must); patient told at the later visit (must_not)")

# 21. Nurse note: was not told on arrival, told today
case("ssk-ej-visste-vid-ankomst-nu-informerad-levermetastaser", S, "1958-04-17", "2024-07-31T00:00:00", [
    M("n1", "Omvårdnadsanteckning", "ystad_med", "Camilla Holm", SSK,
      "2024-07-09T20:15:00", None, SV, [
          ("Psykosocialt", "Pat kom från akuten igår utan att veta vad DT visat. Dr Lind har idag "
                           "informerat henne om levermetastaserna. Pat ledsen, har ringt sin syster. "
                           "Erbjuden samtal med kurator imorgon."),
      ]),
], [], [("NL101", "n1")],
    "past not-knowing on arrival, told today by the doctor: patient informed")

# 22. MS: diagnosis in Bedömning, telling recorded in Information far below
case("ms-diagnosbesked-i-annan-sektion", V, "1990-09-25", "2024-02-29T00:00:00", [
    M("n1", "Mottagningsanteckning", "su_neuro", "Jonas Eklöf", LK,
      "2024-02-13T13:00:00", "2024-02-13T16:10:00", OV, [
          ("Aktuellt", "Återbesök efter MR och lumbalpunktion. Domningar i benen i höstas, synnedsättning "
                       "vä öga 2022 som gick över."),
          ("Utredning", "MR hjärna och ryggmärg: 11 periventrikulära och juxtakortikala lesioner, två med "
                        "kontrastuppladdning. Oligoklonala band i likvor."),
          ("Bedömning", "Multipel skleros, skovvis förlopp, uppfyller McDonald 2017."),
          ("Åtgärd", "Ocrelizumab. Screeningprover för hepatit och VZV tagna. Vaccinationsstatus ses över."),
          ("Information", "Diagnosbesked givet, maken närvarande. Skriftlig information om MS och "
                          "patientförening lämnad."),
      ]),
], [], [("NL101", "n1")],
    "established diagnosis with the telling recorded two sections below: no NL101, no NL102")

# 23. HCC: day note not told, nurse note later same course, conversation note
case("hcc-daganteckning-ssk-ej-fatt-svar-sedan-samtal", S, "1960-10-10", "2024-01-31T00:00:00", [
    M("n1", "Daganteckning", "hlm_medavd", "Viktor Ek", LK,
      "2024-01-15T11:40:00", "2024-01-15T13:00:00", SV, [
          ("Aktuellt", "Dag 4. Leverbiopsi 12/1: hepatocellulär cancer, måttligt differentierad, i "
                       "alkoholorsakad cirros."),
          ("Bedömning", "HCC i cirrotisk lever, Child-Pugh B. Ej kurativt behandlingsbar."),
          ("Planering", "Pat ännu ej informerad om biopsisvaret, öl Ek tar samtalet imorgon med sambon."),
      ]),
    M("n2", "Omvårdnadsanteckning", "hlm_medavd", "Amra Begić", SSK,
      "2024-01-16T07:30:00", "2024-01-16T07:45:00", SV, [
          ("Nutrition", "Äter halva portioner, näringsdryck x 2."),
          ("Psykosocialt", "Vaken, orienterad. Har inte fått biopsisvaret (HCC) ännu och frågar på varje "
                           "pass. Hänvisat till läkarsamtalet kl 14."),
      ]),
    M("n3", "Samtalsanteckning", "hlm_medavd", "Viktor Ek", LK,
      "2024-01-16T14:00:00", "2024-01-16T15:30:00", SV, [
          ("Samtal", "Samtal med pat och sambo om leverbiopsin. Informerat om att det är levercancer "
                     "och att leverfunktionen inte tillåter operation. Palliativ inriktning, remiss ASIH."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "inpatient course: physician note and next-morning nurse note both say not told; afternoon talk tells")

# 24. DCIS: 'besked ges vid återbesök'
case("dcis-besked-ges-vid-aterbesok", V, "1973-02-14", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "sas_brost", "Malin Gustavsson", LK,
      "2024-03-14T16:00:00", "2024-03-14T16:10:00", OV, [
          ("PAD", "Mellannålsbiopsi hö bröst kl 10: duktal cancer in situ, höggradig, ER-positiv. "
                  "Ingen invasiv växt i materialet."),
          ("Planering", "Besked ges vid återbesök 21/3 hos bröstkirurg och kontaktsjuksköterska, inte "
                        "per telefon. Anmäls till bröstkonferens 19/3."),
      ]),
], [("NL101", "n1")], [],
    "diagnosis in PAD section, 'besked ges vid återbesök' means not yet told")

# 25. Near miss: thyroid cancer, told at the visit
case("tyreoideacancer-besked-gavs-vid-aterbesoket", V, "1985-12-22", "2024-05-31T00:00:00", [
    M("n1", "Mottagningsanteckning", "su_endokir", "Kristoffer Bengtsson", LK,
      "2024-05-16T11:30:00", "2024-05-16T13:00:00", OV, [
          ("PAD", "Hemityreoidektomi hö 18/4: papillär tyreoideacancer 9 mm, radikalt exciderad."),
          ("Bedömning", "Besked gavs vid återbesöket idag. Pat informerad om att ingen ytterligare "
                        "behandling behövs, TSH och tyreoglobulin om 6 mån."),
      ]),
], [], [("NL101", "n1")],
    "'besked gavs' is past tense: the patient has been told")

# 26. Sarcoidosis: DD in first note, verified and told later
case("sarkoidos-dd-lymfom-sedan-verifierad", V, "1986-01-31", "2024-04-30T00:00:00", [
    M("n1", "Läkaranteckning", "su_lung", "Anna Sterner", LK,
      "2024-03-11T10:00:00", "2024-03-11T10:50:00", OV, [
          ("Röntgen", "DT thorax: bilaterala hilära och mediastinala lymfkörtelförstoringar, "
                      "perilymfatiska noduli."),
          ("Bedömning", "Sarkoidos? DD lymfom. EBUS bokad."),
      ]),
    M("n2", "Läkaranteckning", "su_lung", "Anna Sterner", LK,
      "2024-04-02T15:20:00", "2024-04-02T15:40:00", OV, [
          ("Provsvar", "EBUS-TBNA station 7 och 11R: icke-nekrotiserande granulom, ingen malignitet."),
          ("Bedömning", "Sarkoidos stadium II. Pat informerad per telefon idag, ingen behandling i nuläget. "
                        "Spirometri och DLCO om 3 mån."),
      ]),
], [("NL102", "n1")], [("NL102", "n2"), ("NL101", "n2")],
    "question mark and DD in the first note; verified and told in the second")

# 27. Pathological fracture: suspicion, then metastatic kidney cancer told, son not yet
case("patologisk-fraktur-susp-metastas-sedan-pat-informerad-son-ej", S, "1951-07-07", "2024-10-31T00:00:00", [
    M("n1", "Inskrivningsanteckning", "hbg_orto", "Mattias Falk", LK,
      "2024-10-08T18:20:00", "2024-10-08T19:10:00", SV, [
          ("Aktuellt", "Föll i hemmet, kunde inte resa sig. Smärta vä lår sedan några veckor före fallet."),
          ("Röntgen", "Subtrochantär fraktur vä femur genom en osteolytisk förändring."),
          ("Bedömning", "Patologisk fraktur, susp. skelettmetastas med okänd primärtumör. DT thorax-buk."),
      ]),
    M("n2", "Läkaranteckning", "hbg_orto", "Mattias Falk", LK,
      "2024-10-11T13:00:00", "2024-10-11T14:20:00", SV, [
          ("Röntgen", "DT thorax-buk 9/10: 5 cm tumör vä njure, multipla skelettlesioner."),
          ("Bedömning", "Metastaserande njurcancer med patologisk fraktur vä femur. Märgspikning "
                        "imorgon, onkolog konsulteras."),
          ("Information", "Pat informerad om fynden och att det rör sig om cancer med spridning till "
                          "skelettet. Sonen har ringt flera gånger men är inte informerad – pat vill "
                          "berätta själv."),
      ]),
], [("NL102", "n1")], [("NL101", "n2")],
    "suspected metastasis (NL102); later the patient is told and only the son is not (must_not NL101)")

# 28. HIV: positive, confirmed, not told
case("hiv-positiv-konfirmerad-ej-informerad", V, "1992-06-06", "2024-07-31T00:00:00", [
    M("n1", "Läkaranteckning", "su_inf", "Fredrik Almqvist", LK,
      "2024-07-03T14:10:00", None, OV, [
          ("Provsvar", "HIV-1/2 ag/ak-test positivt 2/7, konfirmerat. Virusmängd 84 000 kopior/mL, "
                       "CD4 310."),
          ("Bedömning", "Nyupptäckt hivinfektion."),
          ("Planering", "Pat ej informerad ännu – provet togs på akuten i samband med pneumonin. Kallas "
                        "till mottagningen för besked med kurator, inte per telefon."),
      ]),
], [("NL101", "n1")], [],
    "infectious disease: confirmed diagnosis, patient explicitly not told")

# 29. Dilated cardiomyopathy: echo read after discharge; phone call tells
case("dcm-ekosvar-efter-utskrivning-sedan-telefon", V, "1976-03-03", "2024-03-15T00:00:00", [
    M("n1", "Läkaranteckning", "su_kard", "Daniel Rask", LK,
      "2024-02-26T09:10:00", "2024-02-26T09:30:00", SV, [
          ("Aktuellt", "Vårdad 20–24/2 för andfåddhet och bensvullnad, behandlad med furosemid iv. "
                       "Utskriven innan ekot var bedömt."),
          ("Eko", "Eko 23/2: dilaterad vä kammare, EF 25 %, global hypokinesi. Inga klaffel."),
          ("Bedömning", "Dilaterad kardiomyopati, hjärtsvikt NYHA III."),
          ("Planering", "Pat ej informerad om ekosvaret då hon redan gått hem. Ringer henne idag och "
                        "kallar till hjärtsviktsmottagningen."),
      ]),
    M("n2", "Telefonanteckning", "su_kard", "Daniel Rask", LK,
      "2024-02-26T13:45:00", "2024-02-26T14:00:00", OV, [
          ("Samtal", "Nått pat. Informerat om att ultraljudet visar nedsatt pumpförmåga, dilaterad "
                     "kardiomyopati. Tid hjärtsviktsmottagningen 4/3 där Entresto tas ställning till."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "morning note not told (must), afternoon call tells (must_not)")

# 30. ALS: neurologist note, team conference plans besked, besked given
case("als-eneg-teamkonferens-diagnosbesked", S, "1966-08-12", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_neuro", "Tove Kjellberg", LK,
      "2024-03-05T15:00:00", "2024-03-05T15:40:00", OV, [
          ("Utredning", "ENeG 1/3: utbredd denervation i tre regioner (bulbärt, cervikalt, lumbalt), "
                        "fascikulationer."),
          ("Bedömning", "Amyotrofisk lateralskleros (ALS), definitiv enligt Gold Coast-kriterierna."),
          ("Planering", "Pat ej informerad än, ALS-teamet planerar diagnosbeskedet."),
      ]),
    M("n2", "Konferensanteckning", "lund_neuro", "Tove Kjellberg", LK,
      "2024-03-07T12:00:00", "2024-03-07T12:30:00", OV, [
          ("ALS-team", "ALS, definitiv. Diagnosbesked planeras till 12/3 av dr Kjellberg med kurator "
                       "och fysioterapeut. Pat och maka kallas. Fram till dess inget besked per telefon."),
      ]),
    M("n3", "Samtalsanteckning", "lund_neuro", "Tove Kjellberg", LK,
      "2024-03-12T10:00:00", "2024-03-12T11:50:00", OV, [
          ("Samtal", "Diagnosbesked ALS lämnat till pat och maka. Genomgång av sjukdomsförlopp, "
                     "riluzol och teamets stöd. Vill inte ha PEG i nuläget."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "conference note with 'diagnosbesked planeras' and no besked before then: still not told")

# 31. Midwife, unsigned: missed abortion, doctor to give the news
case("bm-missed-abortion-lakare-ger-besked-utkast", S, "1995-11-11", "2024-08-31T00:00:00", [
    M("n1", "Barnmorskeanteckning", "ystad_kk", "Emma Wikström", BM,
      "2024-08-20T10:35:00", None, OV, [
          ("Undersökning", "Tidigt UL pga blödning, v 9+2 enligt SM. Intrauterin gestationssäck, "
                           "fosterekon CRL 8 mm motsvarande 6+5, ingen hjärtaktivitet."),
          ("Bedömning", "Missed abortion."),
          ("Information", "Pat ej informerad om fynden, läkare tillkallad för att ge besked."),
      ]),
], [("NL101", "n1")], [],
    "midwife's unsigned note: finding and diagnosis stated, the doctor will tell")

# 32. Glioblastoma: patient told, children not (near miss)
case("glioblastom-pat-informerad-barnen-ej", V, "1980-05-05", "2024-06-30T00:00:00", [
    M("n1", "Läkaranteckning", "su_neurokir", "Sebastian Wik", LK,
      "2024-06-18T14:20:00", "2024-06-18T16:00:00", SV, [
          ("PAD", "Glioblastom, IDH-vildtyp, MGMT-promotorn metylerad."),
          ("Information", "Pat infomerad om PAD idag tillsammans med maken. Hon vill vänta med att "
                          "berätta för barnen (8 och 11 år); kurator kontaktad för stöd."),
          ("Planering", "Remiss onkologen för strålbehandling och temozolomid."),
      ]),
], [], [("NL101", "n1")],
    "typo 'infomerad' in a told statement: only the patient's children are not told")

# 33. Stroke with global aphasia: could not be informed; husband told
case("stroke-global-afasi-ej-kunnat-informeras", V, "1947-09-09", "2024-09-30T00:00:00", [
    M("n1", "Läkaranteckning", "nu_stroke", "Amir Sadeghi", LK,
      "2024-09-11T11:00:00", "2024-09-11T12:15:00", SV, [
          ("Röntgen", "DT-angio 9/9: ocklusion vä MCA M1. MR dag 2: stor infarkt i vä MCA-området."),
          ("Bedömning", "Ischemisk stroke vä MCA-område. Nyupptäckt förmaksflimmer."),
          ("Information", "Pat har global afasi och har inte kunnat informeras om diagnosen på ett "
                          "meningsfullt sätt. Maken informerad."),
      ]),
    M("n2", "Läkaranteckning", "nu_stroke", "Amir Sadeghi", LK,
      "2024-09-24T10:00:00", "2024-09-24T10:30:00", SV, [
          ("Aktuellt", "Förbättrad språkförståelse, svarar adekvat ja/nej."),
          ("Information", "Med logoped och bildstöd förklarat för pat att hon haft en stroke i vänster "
                          "hjärnhalva och att flimmer i hjärtat troligen orsakat den. Pat nickar, förstår."),
          ("Planering", "Eliquis insatt. Remiss till rehab i hemmet."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "aphasic patient could not be informed, husband told (must); patient told two weeks later (must_not)")

# 34. Type 1 diabetes, 17-year-old: parents told at night, patient the next day
case("dm1-17-aring-foraldrar-informerade-pat-ej", S, "2007-02-20", "2024-10-31T00:00:00", [
    M("n1", "Akutanteckning", "hbg_barndiab", "Linnea Ström", LK,
      "2024-10-02T02:10:00", "2024-10-02T03:30:00", SV, [
          ("Aktuellt", "17-årig flicka med törst, viktnedgång 6 kg på en månad, kräkningar sedan igår."),
          ("Lab", "pH 7,12, BE -19, B-glukos 31, B-ketoner 5,8."),
          ("Bedömning", "Diabetesketoacidos, nydebuterad diabetes typ 1. Insulininfusion enligt PM."),
          ("Information", "Föräldrarna informerade om diagnosen på akuten. Pat själv somnolent och ännu "
                          "inte informerad, tas imorgon när hon är piggare."),
      ]),
    M("n2", "Omvårdnadsanteckning", "hbg_barndiab", "Jenny Paulsson", SSK,
      "2024-10-02T13:30:00", "2024-10-02T14:20:00", SV, [
          ("Undervisning", "Samtal med pat och föräldrar. Pat informerad av dr Ström att hon har diabetes "
                           "typ 1. Visat insulinpennor och glukossensor. Pat ledsen men engagerad."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "17-year-old reads her own journal: parents told but not her (must); told the next day (must_not)")

# 35. Record-level near miss: diagnosis and not-told in different notes
case("appendix-net-diagnos-och-ej-informerad-i-olika-anteckningar", S, "1952-12-12", "2024-05-31T00:00:00", [
    M("n1", "Läkaranteckning", "tbg_kir", "Oskar Bengtsson", LK,
      "2024-05-13T12:00:00", "2024-05-13T12:10:00", OV, [
          ("PAD", "Appendix: neuroendokrin tumör 9 mm, G1, radikalt exciderad."),
          ("Bedömning", "Appendix-NET. Ingen ytterligare åtgärd enligt riktlinjer, kontroll om ett år."),
      ]),
    M("n2", "Telefonanteckning", "tbg_kir", "Hanna Lund", SSK,
      "2024-05-14T10:30:00", "2024-05-14T10:35:00", OV, [
          ("Åtgärd", "Försökt nå pat angående PAD-svaret, inget svar. Pat ej informerad ännu, nytt "
                     "försök imorgon förmiddag."),
      ]),
], [], [("NL101", "n1"), ("NL101", "n2")],
    "note rule: n1 names the diagnosis but says nothing about telling; n2 says not told but names no diagnosis")

# 36. Lung cancer known; bone metastases not yet told
case("nsclc-kand-skelettmetastaser-ej-informerad", S, "1959-08-08", "2024-11-30T00:00:00", [
    M("n1", "Läkaranteckning", "kri_onk", "Lisa Ahlgren", LK,
      "2024-11-15T13:30:00", "2024-11-15T14:00:00", OV, [
          ("Bakgrund", "Adenocarcinom vä underlob, EGFR-mutation, osimertinib sedan mars 2023. Väl "
                       "informerad om sin lungcancer."),
          ("Röntgen", "Skelettscint 14/11: nytillkomna upptag Th8 och hö os ilium. DT: lytiska "
                      "lesioner motsvarande."),
          ("Bedömning", "Progress med skelettmetastaser Th8 och bäcken."),
          ("Planering", "Pat ännu inte informerad om skelettmetastaserna, besked vid besöket 20/11. "
                        "Remiss palliativ strålning Th8."),
      ]),
], [("NL101", "n1")], [],
    "patient knows the lung cancer but not the new diagnosis (skeletal metastases)")

# 37. Near miss: told diagnosis, not prognosis
case("ventrikelcancer-informerad-om-diagnos-ej-prognos", V, "1964-01-27", "2024-04-30T00:00:00", [
    M("n1", "Läkaranteckning", "su_onk", "Karl-Johan Lind", LK,
      "2024-04-10T10:45:00", "2024-04-10T11:30:00", OV, [
          ("Aktuellt", "Ventrikelcancer med peritoneal spridning, informerad om diagnosen vid förra "
                       "besöket. Inför kur 3 FLOT."),
          ("Samtal", "Önskar inte prata om prognos idag och har ännu inte fått någon information om "
                     "förväntad överlevnad. Respekteras, tas upp igen om han vill."),
      ]),
], [], [("NL101", "n1")],
    "not-informed concerns prognosis; the diagnosis was told at the previous visit")

# 38. DLBCL: 'omedveten om diagnosen', copied into lymphoma conference, then told
case("dlbcl-omedveten-kopierat-till-lymfomkonferens-sedan-informerad", S, "1950-03-16", "2024-05-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_hem", "Cecilia Brandt", LK,
      "2024-04-25T15:00:00", "2024-04-25T15:45:00", OV, [
          ("PAD", "Lymfkörtel hö axill: diffust storcelligt B-cellslymfom, non-GCB."),
          ("Bedömning", "DLBCL, stadieindelning med PET-DT pågår."),
          ("Planering", "Pat ännu omedveten om diagnosen (vistas hos dottern i Spanien), åter 5/5."),
      ]),
    M("n2", "Konferensanteckning", "lund_hem", "Cecilia Brandt", LK,
      "2024-05-02T13:00:00", "2024-05-02T13:40:00", OV, [
          ("Lymfomkonferens", "DLBCL non-GCB. PET-DT: stadium IIIA. IPI 2. Förslag R-CHOP x 6."),
          ("Övrigt", "Pat ännu omedveten om diagnosen (vistas hos dottern i Spanien), åter 5/5."),
      ]),
    M("n3", "Läkaranteckning", "lund_hem", "Cecilia Brandt", LK,
      "2024-05-06T09:30:00", "2024-05-06T10:40:00", OV, [
          ("Samtal", "Pat hemkommen. Informerad om lymfomet och förslaget R-CHOP x 6, vill starta "
                     "snarast. Subkutan venport beställd."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "'omedveten om diagnosen' copied forward into the conference note (must both); telling note (must_not)")

# 39. Long admission note, AML, not-told line at the very end
case("aml-lang-inskrivning-ej-informerad-sist", V, "1962-11-29", "2024-01-31T00:00:00", [
    M("n1", "Inskrivningsanteckning", "skas_medavd", "Sanna Örn", LK,
      "2024-01-18T21:30:00", None, SV, [
          ("Kontaktorsak", "Remitterad från VC pga pancytopeni, trötthet och feber 38,6."),
          ("Tidigare sjukdomar", "Hypertoni. Appendektomi 1988. Ingen känd hematologisk sjukdom."),
          ("Läkemedel", "Amlodipin 5 mg x 1."),
          ("Socialt", "Gift, två vuxna barn. Arbetar som lastbilschaufför. Röker ej, alkohol måttligt."),
          ("Aktuellt", "Tre veckors tilltagande trötthet, blåmärken, tandköttsblödning. Feber sedan igår."),
          ("Status", "AT påverkat, blek. Petekier på underbenen. Cor: RR, inga blåsljud. Pulm: ua. "
                     "Buk: mjuk, ingen hepatosplenomegali. Munhåla: gingivahyperplasi."),
          ("Lab", "Hb 74, TPK 12, LPK 2,1, neutrofiler 0,3. CRP 88. LD 610. Perifert utstryk: 60 % "
                  "blaster, flödescytometri myeloisk fenotyp."),
          ("Bedömning", "Akut myeloisk leukemi med neutropen feber. Pip-tazo insatt, trombocyter och "
                        "erytrocyter ges ikväll. Kontakt med hematologjouren SU, överflyttning imorgon."),
          ("Övrigt", "Pat har inte informerats om flödescytometrisvaret; han vet att det är blodsjukdom "
                     "som utreds. Hematologen SU tar diagnosbeskedet."),
      ]),
], [("NL101", "n1")], [],
    "long note: diagnosis in Bedömning, not-told line in the last section")

# 40. Long geriatric note, only the son is not told
case("geriatrik-lang-lungcancer-progress-sonen-ej-informerad", S, "1940-02-02", "2024-03-31T00:00:00", [
    M("n1", "Inskrivningsanteckning", "lskr_ger", "Märta Fridh", LK,
      "2024-03-12T16:10:00", "2024-03-12T18:00:00", SV, [
          ("Kontaktorsak", "Inläggs från akuten pga fall i hemmet och tilltagande förvirring sedan 3 dagar."),
          ("Tidigare sjukdomar", "Småcellig lungcancer vä 2023, cytostatika avslutad i höstas. KOL. "
                                 "Förmaksflimmer. Prostatahyperplasi."),
          ("Aktuellt", "DT thorax 26/2 visade progress i lungan och nya levermetastaser. Informerad om "
                       "progressen av sin onkolog för två veckor sedan och har tackat nej till mer "
                       "cytostatika. Ingen hjälp i hemmet."),
          ("Status", "Vaken, desorienterad till tid. Torr i munnen. Hematom vä höft, rör benet fritt. "
                     "Pulm: ronki bilat. Cor: oregelbunden rytm, fq 96."),
          ("Lab", "Na 128, Ca 2,9, krea 131, CRP 22."),
          ("Bedömning", "Konfusion, trol. multifaktoriell (hyperkalcemi, exsiccos). Rehydrering, "
                        "Zometa, nya elstatus imorgon."),
          ("Närstående", "Sonen i Stockholm är inte informerad om progressen, pat vill inte oroa honom "
                         "före hans resa. Respekteras."),
      ]),
], [], [("NL101", "n1")],
    "long note: the not-informed statement at the end is about the son; the patient was told by the oncologist")

# 41. Gastric cancer, interpreter needed
case("ventrikelcancer-dari-tolk-ej-kunnat-informeras", S, "1969-09-18", "2024-06-30T00:00:00", [
    M("n1", "Läkaranteckning", "malmo_kir", "Klara Engström", LK,
      "2024-06-14T11:00:00", "2024-06-14T11:45:00", SV, [
          ("PAD", "Gastroskopi-px kardia: adenocarcinom, diffus typ."),
          ("Bedömning", "Ventrikelcancer i kardia. DT och laparoskopi för stadieindelning."),
          ("Information", "Pat talar endast dari och har inte kunnat informeras utan tolk; tolk på plats "
                          "bokad till tisdag. Sonen erbjöd sig att tolka, avböjt."),
      ]),
], [("NL101", "n1")], [],
    "language barrier: not yet informed, interpreter booked")

# 42. Deliberate postponement after bereavement
case("lungcancer-besked-skjuts-upp-efter-begravning", S, "1955-05-21", "2024-02-29T00:00:00", [
    M("n1", "Läkaranteckning", "lund_lung", "Erik Hägg", LK,
      "2024-02-09T14:30:00", "2024-02-09T15:00:00", OV, [
          ("Provsvar", "PAD EBUS station 4L: småcellig lungcancer."),
          ("Bedömning", "Småcellig lungcancer, begränsad sjukdom enligt DT."),
          ("Planering", "Pat i akut kris efter makens död förra veckan. Efter samråd med kurator bedöms "
                        "att hon inte bör få beskedet förrän efter begravningen 16/2. Nytt besök 19/2."),
      ]),
], [("NL101", "n1")], [],
    "decision not to tell until after the funeral: patient must not be told yet")

# 43. Myocarditis: cannot be ruled out, later established and told
case("myokardit-kan-ej-uteslutas-sedan-bekraftad", V, "1999-04-09", "2024-08-31T00:00:00", [
    M("n1", "Akutanteckning", "alin_akut", "Theo Lindblad", LK,
      "2024-08-03T23:10:00", "2024-08-04T00:05:00", OV, [
          ("Aktuellt", "25-årig man, bröstsmärta sedan igår, förkyld förra veckan."),
          ("Lab", "TnT 45 → 52."),
          ("Bedömning", "Myokardit kan ej uteslutas, DD NSTEMI. Inläggs för angio imorgon."),
      ]),
    M("n2", "Läkaranteckning", "alin_med", "Siri Alm", LK,
      "2024-08-06T13:00:00", "2024-08-06T14:00:00", SV, [
          ("Utredning", "Angio: normala kranskärl. MR hjärta: subepikardiellt sent kontrastupptag lateralt."),
          ("Bedömning", "Akut myokardit. Pat informerad, avstår träning i 6 månader."),
      ]),
], [("NL102", "n1")], [("NL102", "n2")],
    "'kan ej uteslutas' and DD at the ER; confirmed and told on the ward")

# 44. Pneumonia? then confirmed; negated PE
case("pneumoni-fragetecken-sedan-bekraftad-ingen-le", S, "1944-10-14", "2024-12-20T00:00:00", [
    M("n1", "Akutanteckning", "ystad_akut", "Fanny Lövgren", LK,
      "2024-12-02T19:00:00", "2024-12-02T19:40:00", OV, [
          ("Aktuellt", "Feber, hosta, andfådd sedan tre dagar."),
          ("Lab", "CRP 187, LPK 15,2, sat 91 % på luft."),
          ("Bedömning", "Pneumoni? Rtg pulm beställd, odlingar tagna."),
      ]),
    M("n2", "Inskrivningsanteckning", "ystad_medavd", "Oscar Thelin", LK,
      "2024-12-03T09:30:00", "2024-12-03T10:10:00", SV, [
          ("Röntgen", "Infiltrat hö underlob."),
          ("Bedömning", "Pneumoni hö underlob. Ingen misstanke om lungemboli, D-dimer normal. "
                        "Bensyl-pc 3 g x 3. Pat informerad."),
      ]),
], [("NL102", "n1")], [("NL102", "n2")],
    "question-mark diagnosis at the ER; confirmed with a negated suspicion on the ward")

# 45. Near miss: PE suspicion dismissed, normal CT not yet told
case("lungemboli-avskriven-dt-svar-ej-meddelat", V, "1983-06-26", "2024-04-30T00:00:00", [
    M("n1", "Läkaranteckning", "alin_med", "Mona Ekström", LK,
      "2024-04-21T07:50:00", "2024-04-21T08:05:00", SV, [
          ("Bedömning", "Misstanken om lungemboli avskriven efter DT-angio utan embolier. Bröstsmärtan "
                        "bedöms muskuloskeletal."),
          ("Planering", "Pat sover, ej informerad om DT-svaret ännu. Hem efter rond."),
      ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "negated (dismissed) suspicion and a normal CT that is not yet told")

# 46. Past history of suspected MS, current established BPPV
case("bppv-tidigare-misstankt-ms-avskrevs", S, "1972-08-30", "2024-06-30T00:00:00", [
    M("n1", "Akutanteckning", "ystad_akut", "Ronja Kvist", LK,
      "2024-06-09T14:15:00", "2024-06-09T14:50:00", OV, [
          ("Tidigare", "Utreddes 2015 för misstänkt MS, avskrevs efter normal MR."),
          ("Aktuellt", "Rotatorisk yrsel vid huvudrörelser sedan i morse, ingen hörselnedsättning."),
          ("Bedömning", "Dix-Hallpike positivt hö: BPPV hö bakre båggång. Epley utförd med god effekt. "
                        "Pat informerad."),
      ]),
], [], [("NL102", "n1")],
    "hedge only in past history (dismissed); current diagnosis established and told")

# 47. Family history, normal mammogram not yet told
case("hereditet-brostcancer-mammografi-ua-ej-informerad", S, "1987-03-12", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "malmo_brost", "Ida Persson", LK,
      "2024-03-08T15:40:00", "2024-03-08T15:50:00", OV, [
          ("Hereditet", "Mor och moster bröstcancer före 50 års ålder."),
          ("Röntgen", "Mammografi + UL 6/3: inga malignitetsmisstänkta fynd."),
          ("Planering", "Pat ej informerad om mammografisvaret ännu, brev skickas. Ny kontroll om ett år."),
      ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
    "diagnosis only in family history; the not-told answer is normal")

# 48. BRCA2: variant not told, then told; sisters not told
case("brca2-variant-ej-informerad-sedan-svarssamtal", S, "1989-07-25", "2024-08-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_gen", "Per-Erik Dahl", LK,
      "2024-08-02T10:00:00", "2024-08-02T10:20:00", OV, [
          ("Provsvar", "Genetisk analys: patogen variant i BRCA2 (c.5946delT) påvisad. Ärftlig bröst- och "
                       "äggstockscancer, BRCA2-associerad."),
          ("Planering", "Pat ej informerad ännu, svarssamtal med genetisk vägledare 14/8."),
      ]),
    M("n2", "Samtalsanteckning", "lund_gen", "Stina Wahlberg", KUR,
      "2024-08-14T13:00:00", "2024-08-14T14:30:00", OV, [
          ("Svarssamtal", "Pat informerad om BRCA2-varianten och den ökade risken för bröst- och "
                          "äggstockscancer. Kontrollprogram och riskreducerande kirurgi diskuterat."),
          ("Släkt", "Systrarna är inte informerade ännu; släktbrev formuleras tillsammans med pat."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "hereditary diagnosis not told (must); told, sisters not yet (must_not)")

# 49. Bladder cancer: not-told in a separate paragraph, same section
case("blascancer-ej-informerad-i-annat-stycke", V, "1948-02-11", "2024-04-30T00:00:00", [
    M("n1", "Läkaranteckning", "nu_uro", "Magnus Sandberg", LK,
      "2024-04-12T15:30:00", "2024-04-12T16:00:00", OV, [
          ("Bedömning",
           "Cystoskopi 20/3: papillär tumör 3 cm i blåstaket. TUR-B 3/4. PAD: urotelial cancer, "
           "höggradig, T1, muskel finns i preparatet utan inväxt.\n\n"
           "Postoperativt okomplicerat, kateter drogs dag 2 och han kissar bra. Lite sveda första "
           "dagarna, U-odling negativ. Fortsatt rökfri sedan jul.\n\n"
           "Ny TUR-B om 6 veckor enligt vårdprogram. Pat inte informerad om PAD ännu, informeras av "
           "mig vid återbesöket 19/4."),
      ]),
], [("NL101", "n1")], [],
    "one section, three paragraphs: diagnosis in the first, not-told statement in the last")

# 50. VGR: lymphoma visible and not told; suspicion of transformation under Tidiga hypoteser
case("follikulart-lymfom-synligt-ej-informerad-th-transformation", V, "1961-12-05", "2024-06-30T00:00:00", [
    M("n1", "Läkaranteckning", "su_hem", "Ulrika Bergström", LK,
      "2024-06-05T14:00:00", "2024-06-05T14:40:00", OV, [
          ("PAD", "Lymfkörtel vä ljumske: follikulärt lymfom grad 1–2."),
          ("Bedömning", "Follikulärt lymfom. Pat ännu ej informerad, tid 14/6."),
          ("Tidiga hypoteser", "Misstänkt transformation med tanke på högt LD och snabb tillväxt; "
                               "avvaktar PET."),
      ]),
], [("NL101", "n1")], [("NL102", "n1")],
    "VGR: established lymphoma visible and not told (must); the hedge sits only under Tidiga hypoteser")

# 51. Celiac disease: father and child told, mother not; mother calls after reading 1177
case("barn-celiaki-pappa-informerad-mamma-ej-sedan-ringer", V, "2016-01-15", "2024-03-31T00:00:00", [
    M("n1", "Mottagningsanteckning", "su_dsbus", "Johanna Blom", LK,
      "2024-03-07T10:00:00", "2024-03-07T11:20:00", OV, [
          ("Utredning", "tTG-IgA > 128, EMA positiv. Tunntarmsbiopsi 29/2: Marsh 3b."),
          ("Bedömning", "Celiaki."),
          ("Information", "Pappa informerad vid besöket idag. Noah (8 år) var med och fick veta att han "
                          "inte tål gluten och vad det betyder. Mamma (gemensam vårdnad) ej informerad, "
                          "pappa lovade att berätta."),
      ]),
    M("n2", "Telefonanteckning", "su_dsbus", "Ebba Lindgren", DIET,
      "2024-03-12T11:00:00", None, OV, [
          ("Kontaktorsak", "Mamma ringer, visste inte om celiakin förrän hon läste i 1177."),
          ("Åtgärd", "Förklarat diagnosen och glutenfri kost. Gemensam dietistträff för båda "
                     "föräldrarna 20/3."),
      ]),
], [], [("NL101", "n1"), ("NL101", "n2")],
    "guardians told at different times, child told: the uninformed mother is a relative, not the patient")

# 52. Nurse note: doctor suspects lymphoma (NL102 in a visible nursing note)
case("ssk-enligt-lakare-misstankt-lymfom", V, "1978-09-07", "2024-05-31T00:00:00", [
    M("n1", "Omvårdnadsanteckning", "skas_medavd", "Patrik Alvarez", SSK,
      "2024-05-21T21:40:00", "2024-05-21T22:00:00", SV, [
          ("Psykosocialt", "Pat orolig, frågar om det kan vara cancer. Enl. jourläkaren misstänkt lymfom "
                           "pga förstorade lymfkörtlar på DT, men px inte tagen än. Hänvisat till ronden."),
      ]),
], [("NL102", "n1")], [],
    "suspected diagnosis reported in a visible nursing note")

# 53. Gout? 'ev.' as a diagnostic hedge, then confirmed
case("ev-gikt-sedan-uratkristaller", S, "1967-05-03", "2024-09-30T00:00:00", [
    M("n1", "Akutanteckning", "ystad_akut", "Fanny Lövgren", LK,
      "2024-09-02T22:30:00", "2024-09-02T22:45:00", OV, [
          ("Aktuellt", "Svullen, röd och öm stortå hö sedan i natt. Vattendrivande sedan i vår."),
          ("Bedömning", "Ev. gikt hö MTP1. Urat skickat, ledpunktion om ej bättre."),
      ]),
    M("n2", "Läkaranteckning", "lund_reuma", "Axel Moberg", LK,
      "2024-09-10T10:00:00", "2024-09-10T10:40:00", OV, [
          ("Utredning", "Ledpunktion MTP1: uratkristaller i polariserat ljus. S-urat 520."),
          ("Bedömning", "Gikt. Informerad om kost och alkohol, allopurinol efter att attacken lagt sig. "
                        "Ev. återbesök om 3 mån."),
      ]),
], [("NL102", "n1")], [("NL102", "n2")],
    "'Ev.' before a diagnosis is a hedge; 'ev. återbesök' is not")

# 54. Differential diagnosis in a rheumatology conference, later settled and told
case("reuma-konferens-differentialdiagnos-sedan-gpa", S, "1974-12-19", "2024-11-30T00:00:00", [
    M("n1", "Konferensanteckning", "lund_reuma", "Axel Moberg", LK,
      "2024-10-29T12:00:00", "2024-10-29T12:30:00", OV, [
          ("Reumakonferens", "Sinuit, hemoptys och lungnoduli. PR3-ANCA positiv. Differentialdiagnoser: "
                             "granulomatös polyangit, sarkoidos. Lungpx och njurbiopsi planeras."),
      ]),
    M("n2", "Läkaranteckning", "lund_reuma", "Axel Moberg", LK,
      "2024-11-19T09:30:00", "2024-11-19T10:30:00", OV, [
          ("Utredning", "Lungpx: nekrotiserande granulomatös vaskulit. Njurbiopsi: pauci-immun GN."),
          ("Bedömning", "Granulomatös polyangit med njurengagemang. Pat informerad om diagnosen och om "
                        "induktion med rituximab och kortison."),
      ]),
], [("NL102", "n1")], [("NL102", "n2")],
    "differential diagnoses in a visible conference note; settled and told later")

# 55. ENT: cancer told, primary found on PET not yet told, then told
case("onh-halsmetastas-informerad-tonsill-ej-annu-sedan-besked", S, "1963-07-28", "2024-07-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_onh", "Nora Bäckström", LK,
      "2024-06-18T11:00:00", "2024-06-18T11:50:00", OV, [
          ("Provsvar", "Finnålspunktion halslymfkörtel hö: metastas av skivepitelcancer, p16-positiv."),
          ("Bedömning", "Halslymfkörtelmetastas hö av skivepitelcancer, okänd primärtumör. PET-DT."),
          ("Information", "Pat informerad idag om att knölen på halsen är en spridning av cancer och "
                          "att vi letar efter ursprunget."),
      ]),
    M("n2", "Läkaranteckning", "lund_onh", "Nora Bäckström", LK,
      "2024-06-27T14:00:00", "2024-06-27T14:15:00", OV, [
          ("Röntgen", "PET-DT: upptag i hö tonsill, i övrigt bara den kända lymfkörteln."),
          ("Bedömning", "Tonsillcancer hö, p16-positiv, T1N1. Anmäld till huvud-halskonferens."),
          ("Information", "Pat ej informerad om PET-fyndet ännu, tas vid besöket 3/7."),
      ]),
    M("n3", "Mottagningsanteckning", "lund_onh", "Nora Bäckström", LK,
      "2024-07-03T09:00:00", "2024-07-03T10:00:00", OV, [
          ("Samtal", "Informerat om att primärtumören sitter i hö tonsill och om förslaget "
                     "strålbehandling. Pat lättad att det inte spridit sig mer."),
      ]),
], [("NL101", "n2")], [("NL101", "n1"), ("NL101", "n3")],
    "patient told there is cancer (must_not), new diagnosis from PET not told (must), then told (must_not)")

# 56. Ovarian cancer: suspected, PAD not told due to confusion, told
case("ovarialcancer-misstankt-pad-ej-informerad-postop-konfusion", V, "1958-09-23", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "kung_kk", "Elsa Hedberg", LK,
      "2024-02-05T11:00:00", "2024-02-05T11:30:00", OV, [
          ("Undersökning", "Vaginalt UL: 9 cm komplex adnexresistens hö med solida partier. CA-125 640."),
          ("Bedömning", "Misstänkt ovarialcancer, RMI 1920. Remiss gynonkologen SU enligt SVF."),
      ]),
    M("n2", "Läkaranteckning", "kung_kk", "Elsa Hedberg", LK,
      "2024-03-04T14:00:00", "2024-03-04T14:20:00", SV, [
          ("PAD", "Höggradig serös karcinom, ovarium hö, FIGO IIIC."),
          ("Bedömning", "Postop dag 5 efter primär cytoreduktiv kirurgi."),
          ("Information", "Pat ännu ej informerad om PAD pga postoperativ konfusion, tas så snart hon "
                          "är klar."),
      ]),
    M("n3", "Läkaranteckning", "kung_kk", "Elsa Hedberg", LK,
      "2024-03-07T10:30:00", "2024-03-07T11:00:00", SV, [
          ("Information", "Klar och orienterad. Informerad om PAD: äggstockscancer stadium IIIC. "
                          "Cytostatika på SU planeras."),
      ]),
], [("NL102", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "suspected, then PAD not told pending confusion (must), then told (must_not)")

# 57. IgA nephropathy: not told, nurse confirms told
case("iga-nefrit-biopsi-ej-informerad-sedan-ssk", V, "1981-04-12", "2024-10-31T00:00:00", [
    M("n1", "Läkaranteckning", "su_njur", "Rasmus Holmberg", LK,
      "2024-10-15T16:10:00", "2024-10-15T16:20:00", OV, [
          ("PAD", "Njurbiopsi 8/10: IgA-nefrit, MEST-C M1 E0 S1 T0 C0."),
          ("Planering", "Pat ej informerd om biopsisvaret, ringer honom imorgon och bokar besök. "
                        "Start ACE-hämmare."),
      ]),
    M("n2", "Telefonanteckning", "su_njur", "Sofie Carlsson", SSK,
      "2024-10-17T09:00:00", "2024-10-17T09:10:00", OV, [
          ("Åtgärd", "Pat informerad om IgA-nefriten av dr Holmberg igår. Ringer nu för att boka "
                     "besök, tid 29/10."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "typo 'informerd': biopsy diagnosis not told (must); nurse records it was told (must_not)")

# 58. Ulcerative colitis: endoscopy hedge, PAD and phone information
case("ulceros-kolit-endoskopi-talande-for-sedan-pad", V, "2001-11-30", "2024-02-29T00:00:00", [
    M("n1", "Endoskopianteckning", "sas_gastro", "Victor Järn", LK,
      "2024-02-01T10:30:00", "2024-02-01T10:45:00", OV, [
          ("Fynd", "Kontinuerlig inflammation från rektum till mitten av transversum, Mayo 2."),
          ("Bedömning", "Bilden talar för ulcerös kolit. Px tagna. Pat sederad, ej informerad om fynden."),
      ]),
    M("n2", "Telefonanteckning", "sas_gastro", "Victor Järn", LK,
      "2024-02-09T15:00:00", "2024-02-09T15:15:00", OV, [
          ("PAD", "Kronisk aktiv kolit med kryptabscesser."),
          ("Samtal", "Ulcerös kolit, utbredd. Informerad per telefon, start Pentasa 4 g och Asacol "
                     "klysma. Besök om 6 veckor."),
      ]),
], [("NL102", "n1")], [("NL101", "n2"), ("NL102", "n2")],
    "'talar för' is a hedge on the endoscopy note; confirmed and told on the phone")

# 59. Choroidal melanoma: not told, wants husband present
case("koroidalt-melanom-ej-informerad-vill-ha-make-med", S, "1953-03-25", "2024-05-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_ogon", "Åsa Lindberg", LK,
      "2024-05-08T13:30:00", "2024-05-08T14:40:00", OV, [
          ("Undersökning", "UL: 11 mm prominerande pigmenterad tumör nasalt vä öga, kragknappsform."),
          ("Bedömning", "Koroidalt melanom vä öga."),
          ("Planering", "Pat har inte fått veta att det är en tumör ännu, hon vill ha maken med. Besök "
                        "fredag, därefter remiss till St Erik ögonsjukhus."),
      ]),
], [("NL101", "n1")], [],
    "ophthalmology: 'har inte fått veta' with the diagnosis visible")

# 60. Relatives told first, patient later in the same note
case("mesoteliom-maken-forst-pat-sedan-samma-dag", V, "1957-10-01", "2024-09-30T00:00:00", [
    M("n1", "Läkaranteckning", "su_thorax", "Erik Lundmark", LK,
      "2024-09-13T15:00:00", "2024-09-13T16:10:00", SV, [
          ("Operation", "Thorakoskopi med pleurabiopsier hö. Fryssnitt: malignt pleuramesoteliom, "
                        "epiteloid typ."),
          ("Information", "Maken informerades per telefon kl 11 om fryssnittet. Pat informerad av mig kl "
                          "14 när hon var vaken och klar."),
      ]),
], [], [("NL101", "n1")],
    "husband told in the morning and the patient in the afternoon: patient informed")

# 61. CLL: typos 'inforemrad' and 'ännnu'
case("kll-ej-inforemrad-annnu-typo", S, "1950-08-14", "2024-12-31T00:00:00", [
    M("n1", "Läkaranteckning", "malmo_hem", "Bo Ekelund", LK,
      "2024-12-10T11:20:00", "2024-12-10T11:30:00", OV, [
          ("Provsvar", "Flödescytometri perifert blod: KLL, LPK 24, Hb 138, TPK 210."),
          ("Bedömning", "KLL Binet A, ingen behandlingsindikation."),
          ("Planering", "pat ej inforemrad om diagnosen ännnu, ssk ringer för tid hos mig i januari."),
      ]),
], [("NL101", "n1")], [],
    "typos 'inforemrad' and 'ännnu' in the not-told statement")

# 62. Parkinson: not told (wants answer at visit), PD nurse tells
case("parkinson-datscan-ej-underrattad-sedan-pd-ssk", V, "1956-01-19", "2024-04-30T00:00:00", [
    M("n1", "Läkaranteckning", "sas_neuro", "Ola Fredriksson", LK,
      "2024-04-03T14:00:00", "2024-04-03T14:10:00", OV, [
          ("Provsvar", "DaTSCAN: reducerat upptag i putamen bilat, mest vä."),
          ("Bedömning", "Parkinssons sjukdom."),
          ("Planering", "Pat ej underrättad om DaTSCAN-svaret; hon har bett att få svaret vid besök, inte "
                        "per brev. Tid 16/4 hos mig och PD-ssk."),
      ]),
    M("n2", "Mottagningsanteckning", "sas_neuro", "Karin Ljungqvist", SSK,
      "2024-04-16T11:00:00", "2024-04-16T12:20:00", OV, [
          ("Samtal", "Deltog när dr Fredriksson gav diagnosbeskedet Parkinsons sjukdom. Genomgång av "
                     "Madopark, fysisk aktivitet och PD-skolan. Pat och dotter fick broschyrer."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "typo 'Parkinssons' in the diagnosis, 'ej underrättad' (must); PD nurse records the telling (must_not)")

# 63. PMO home care: possible UTI, not told of answer
case("pmo-hemsjukvard-ev-uvi", S, "1934-07-07", "2024-07-31T00:00:00", [
    P("n1", "Hemsjukvårdsanteckning", "hsv_hoor", "Elisabeth Ring", SSK,
      "2024-07-22T10:30:00", "2024-07-22T10:45:00", "hemsjukvård", [
          ("Aktuellt", "Mer förvirrad sedan igår, luktande urin."),
          ("Bedömning", "Ev. urinvägsinfektion. U-sticka: nitrit pos, leukocyter 3+. Urinodling skickad. "
                        "Pat ej informerad om svaret, dottern meddelad."),
      ]),
], [], [("NL102", "n1")],
    "PMO never shows diagnoses: hedged diagnosis in PMO is not NL102 (NL101 not asserted on PMO)")

# 64. Schizophrenia: diagnosis in its own section, explanation not yet given
case("schizofreni-diagnos-ej-forklarad-annan-sektion", S, "1998-08-17", "2024-08-31T00:00:00", [
    M("n1", "Läkaranteckning", "lund_psyk", "Jakob Sten", LK,
      "2024-08-15T15:00:00", "2024-08-16T08:45:00", OV, [
          ("Diagnos", "Schizofreni, paranoid form (F20.0)."),
          ("Aktuellt", "Uppföljning efter utskrivning från avd 7. Tar Abilify Maintena, kommer "
                       "på sina besök. Hör fortfarande grannarnas röster men mindre påträngande."),
          ("Status", "Vaken, kontaktbar, något misstänksam. Inga suicidtankar."),
          ("Samtal", "Pat delar inte vår bedömning och har ännu inte fått diagnosen förklarad för sig; "
                     "görs när han är mindre misstänksam, i samråd med kontaktpersonen."),
          ("Planering", "Nästa injektion 12/9. Besök hos mig om 4 veckor."),
      ]),
], [("NL101", "n1")], [],
    "diagnosis in the first section, not-told statement two sections later")

# 65. Dementia: told several times but does not remember
case("demens-informerad-flera-ganger-minns-ej", S, "1939-04-04", "2024-10-31T00:00:00", [
    M("n1", "Läkaranteckning", "lskr_ger", "Märta Fridh", LK,
      "2024-10-08T10:00:00", "2024-10-08T10:40:00", OV, [
          ("Bedömning", "Alzheimers sjukdom, måttlig demens, MMT 16."),
          ("Information", "Pat har informerats om diagnosen vid flera tillfällen men minns det inte; "
                          "frågar idag om varför han ska träffa oss. Hustrun väl informerad."),
      ]),
], [], [("NL101", "n1")],
    "patient has been informed (does not remember): not an uncommunicated diagnosis")

# 66. Patient told 'we suspect malignancy'
case("pat-informerad-om-misstankt-malignitet", V, "1971-06-30", "2024-11-30T00:00:00", [
    M("n1", "Läkaranteckning", "skas_med", "Hampus Nord", LK,
      "2024-11-11T13:10:00", "2024-11-11T13:40:00", OV, [
          ("Bedömning", "Pat informerad om att vi misstänker malignitet i pankreas efter DT. "
                        "Utredning via SVF, EUS bokas."),
      ]),
], [("NL102", "n1")], [],
    "suspicion communicated to the patient is still an uncertain diagnosis in a visible note")

# 67. Ewing sarcoma, 11-year-old: neither child nor guardians told; all told
case("barn-ewing-sarkom-ej-besked-sedan-familjesamtal", S, "2013-06-10", "2024-06-30T00:00:00", [
    M("n1", "Läkaranteckning", "lund_barnonk", "Anders Malmgren", LK,
      "2024-06-03T16:00:00", "2024-06-03T16:30:00", SV, [
          ("PAD", "Biopsi hö femur: Ewing-sarkom, EWSR1-FLI1-fusion."),
          ("Planering", "Familjesamtal imorgon kl 10. Varken Alva eller föräldrarna vet ännu "
                        "vad biopsin visade."),
      ]),
    M("n2", "Samtalsanteckning", "lund_barnonk", "Anders Malmgren", LK,
      "2024-06-04T10:00:00", "2024-06-04T11:30:00", SV, [
          ("Samtal", "Familjesamtal med Alva, mamma och pappa. Berättat att det är en ovanlig "
                     "cancersjukdom i skelettet, Ewing-sarkom, och om cytostatika och operation."),
      ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "child 11: diagnosis visible while neither child nor parents know (must); family talk tells (must_not)")

# 68. Lung cancer on CT: daily note copied forward wholesale, told on day 3
case("lungcancer-dt-daganteckning-kopierad-ej-informerad", V, "1962-04-04", "2024-01-31T00:00:00", [
    M("n1", "Daganteckning", "alin_med", "Mona Ekström", LK,
      "2024-01-09T10:00:00", "2024-01-09T11:00:00", SV, [
          ("Aktuellt", "Inlagd 7/1 pga hemoptys."),
          ("Röntgen", "DT thorax 8/1: 6 cm central tumör vä hilus med atelektas i vä ovanlob, mediastinala "
                      "lymfkörtelmetastaser."),
          ("Bedömning", "Centralt växande lungcancer vä med lymfkörtelmetastaser. Bronkoskopi för PAD."),
          ("Planering", "Pat ej informerad om DT-svaret ännu, görs på ronden imorgon med "
                        "kontaktsjuksköterska."),
      ]),
    M("n2", "Daganteckning", "alin_med", "Mona Ekström", LK,
      "2024-01-10T10:30:00", "2024-01-10T11:10:00", SV, [
          ("Aktuellt", "Ingen ny hemoptys. Bronkoskopi 12/1."),
          ("Röntgen", "DT thorax 8/1: 6 cm central tumör vä hilus med atelektas i vä ovanlob, mediastinala "
                      "lymfkörtelmetastaser."),
          ("Bedömning", "Centralt växande lungcancer vä med lymfkörtelmetastaser. Bronkoskopi för PAD."),
          ("Planering", "Pat ej informerad om DT-svaret ännu, görs på ronden imorgon med "
                        "kontaktsjuksköterska."),
      ]),
    M("n3", "Daganteckning", "alin_med", "Mona Ekström", LK,
      "2024-01-11T11:00:00", "2024-01-11T11:40:00", SV, [
          ("Aktuellt", "Samtal på ronden med pat och kontaktssk: informerad om att DT visar en tumör i "
                       "vänster lunga med spridning till lymfkörtlar, sannolikt lungcancer, och att "
                       "bronkoskopin ska säkerställa typen."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "daily notes copied forward wholesale keep the not-told line (must on both); third day tells")

# 69. Unsigned draft + far apart: meningioma not told
case("meningeom-utkast-ej-underrattad-tva-sektioner-ifran", S, "1951-11-11", "2024-09-30T00:00:00", [
    M("n1", "Läkaranteckning", "lund_neuro", "Tove Kjellberg", LK,
      "2024-09-18T15:20:00", None, OV, [
          ("Aktuellt", "Remitterad pga huvudvärk och dubbelseende sedan 2 veckor."),
          ("Utredning", "MR hjärna 16/9: 3,5 cm extraaxiell tumör vid sinus cavernosus hö med typisk "
                        "'dural tail'."),
          ("Bedömning", "Meningeom vid sinus cavernosus hö."),
          ("Status", "Abducenspares hö, i övrigt neurologiskt ua."),
          ("Planering", "Remiss neurokirurgen. Pat inte underrättad om MR-svaret ännu; han ringer "
                        "själv på måndag och då bokas besök."),
      ]),
], [("NL101", "n1")], [],
    "unsigned draft: diagnosis and not-told statement two sections apart")



# 70. Pancreatitis admission: CT shows cancer; discharge summary copies the not-told line
case("pankreascancer-dt-daganteckning-och-epikris-ej-informerad", V, "1975-01-21", "2024-05-31T00:00:00", [
    M("n1", "Daganteckning", "skas_medavd", "Sanna Örn", LK,
      "2024-05-08T10:15:00", "2024-05-08T11:00:00", SV, [
          ("Aktuellt", "Dag 3 med akut pankreatit, smärtfri på peroral medicinering. Lipas sjunkande."),
          ("Röntgen", "DT buk 7/5: 3 cm hypodens tumör i pankreas corpus med inväxt i truncus coeliacus. "
                      "Två små levermetastaser."),
          ("Bedömning", "Pankreascancer corpus med levermetastaser, orsak till pankreatiten. "
                        "Anmäls till MDK övre GI."),
          ("Planering", "Pat ej informerad om DT-fyndet. Informeras av onkolog på mottagningen 15/5 "
                        "enligt önskemål från MDK-ansvarig."),
      ]),
    M("n2", "Epikris", "skas_medavd", "Sanna Örn", LK,
      "2024-05-09T14:00:00", None, SV, [
          ("Sammanfattning", "Inlagd 5–9/5 för akut pankreatit, behandlad med vätska och analgetika. "
                             "DT buk 7/5 visade en 3 cm tumör i pankreas corpus med inväxt i truncus "
                             "coeliacus och två levermetastaser: pankreascancer med levermetastaser."),
          ("Planering", "Pat ej informerad om DT-fyndet. Informeras av onkolog på mottagningen 15/5 "
                        "enligt önskemål från MDK-ansvarig."),
          ("Läkemedel", "Creon 25 000 E till måltid, Oxynorm vid behov."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [],
    "the discharge summary copies the diagnosis and the not-told line from the day note")

# 71. Breast cancer: result note, contact nurse call the day before, besked visit
case("brostcancer-pad-kontaktssk-dagen-fore-besked", S, "1966-04-27", "2024-06-30T00:00:00", [
    M("n1", "Läkaranteckning", "malmo_brost", "Ida Persson", LK,
      "2024-05-29T15:50:00", "2024-05-30T07:45:00", OV, [
          ("PAD", "Mellannålsbiopsi vä bröst kl 2: invasiv bröstcancer av ingen speciell typ, NHG 2, "
                  "ER 90 %, PR 40 %, HER2 neg, Ki67 18 %."),
          ("Bedömning", "Bröstcancer vä, cT1c N0. Primär operation med sentinel node."),
          ("Planering", "Pat har inte fått PAD-svaret, besked på mottagningen 5/6. Bröstkonferens 3/6."),
      ]),
    M("n2", "Telefonanteckning", "malmo_brost", "Ulla Nordin", SSK,
      "2024-06-04T11:20:00", "2024-06-04T11:30:00", OV, [
          ("Kontaktorsak", "Pat ringer, kan inte sova, vill veta om provet visade något."),
          ("Åtgärd", "Hon vet ännu inte att det är bröstcancer. Bekräftat tiden imorgon kl 13 hos "
                     "dr Persson, jag är med som kontaktssk. Föreslog att hon tar med sig någon."),
      ]),
    M("n3", "Mottagningsanteckning", "malmo_brost", "Ida Persson", LK,
      "2024-06-05T13:00:00", "2024-06-05T14:30:00", OV, [
          ("Samtal", "Besked om bröstcancer vä till pat och hennes syster. Genomgång av operation, "
                     "strålbehandling och endokrin behandling. Op-datum 19/6."),
      ]),
], [("NL101", "n1"), ("NL101", "n2")], [("NL101", "n3")],
    "result note and the contact nurse's call the day before both say not told; visit tells")

# 72. Juvenile myoclonic epilepsy, typo 'epilpsi'
case("jme-eeg-svar-ej-informerad-typo", V, "2005-05-05", "2024-03-31T00:00:00", [
    M("n1", "Läkaranteckning", "su_neuro", "Jonas Eklöf", LK,
      "2024-03-19T16:00:00", "2024-03-19T16:15:00", OV, [
          ("Provsvar", "Sömndeprivations-EEG: generaliserade 4–5 Hz polyspike-wave-urladdningar, "
                       "fotoparoxysmalt svar. MR hjärna ua."),
          ("Bedömning", "Juvenil myoklon epilpsi."),
          ("Planering", "Pat ej informerad ännu, ringer honom på fredag och bokar besök för info om "
                        "körkort, sömn och lamotrigin."),
      ]),
], [("NL101", "n1")], [],
    "typo 'epilpsi': the diagnosis is still there, patient not yet informed")

# 73. Cushing: not-told statement in a later paragraph of the same section
case("cushing-binjureadenom-ej-informerad-annat-stycke", S, "1984-09-09", "2024-10-31T00:00:00", [
    M("n1", "Läkaranteckning", "hlm_med", "Ahmed Nasser", LK,
      "2024-10-10T14:00:00", "2024-10-10T14:40:00", OV, [
          ("Bedömning",
           "Dexametasonhämningstest: kortisol 310 nmol/L (ej hämmat). ACTH < 1. DT binjurar: 3,2 cm "
           "adenom vä binjure. Sammantaget ACTH-oberoende Cushings syndrom orsakat av binjureadenom.\n\n"
           "Blodtrycket fortsatt högt, ökar amlodipin till 10 mg. Kaliumtillskott fortsätter.\n\n"
           "Pat har ännu inte informerats om resultaten; han vill ha svaret på mottagningen och inte per "
           "telefon. Tid 17/10. Remiss endokrinkirurgi Lund skrivs efter besöket."),
      ]),
], [("NL101", "n1")], [],
    "diagnosis in the first paragraph, not-told statement two paragraphs later")

# 74. Appendicitis? at the ER; incidental appendix cancer not told
case("appendicit-fragetecken-sedan-pad-adenocarcinom-ej-informerad", S, "1993-03-03", "2024-02-29T00:00:00", [
    M("n1", "Akutanteckning", "ystad_akut", "Ronja Kvist", LK,
      "2024-01-30T03:20:00", "2024-01-30T04:00:00", OV, [
          ("Aktuellt", "Smärta i hö fossa sedan igår kväll, illamående, temp 38,1."),
          ("Status", "Buk: ömhet och släppömhet McBurney."),
          ("Bedömning", "Appendicit? DD ovarialcysta. Kirurgjour kontaktad, UL buk."),
      ]),
    M("n2", "Läkaranteckning", "ystad_kir", "Oskar Bengtsson", LK,
      "2024-02-14T12:30:00", "2024-02-14T12:45:00", OV, [
          ("PAD", "Appendix: akut appendicit, samt incidentellt mucinöst adenocarcinom i appendixspetsen, "
                  "pT3, ej radikalt mot mesoappendix."),
          ("Bedömning", "Adenocarcinom i appendix. Tas på kolorektal-MDK, trol. hö-sidig hemikolektomi."),
          ("Planering", "Pat ännu ej informerad om PAD-svaret, informeras på återbesöket 20/2."),
      ]),
], [("NL102", "n1"), ("NL101", "n2")], [],
    "question-mark diagnosis at the ER; incidental cancer in PAD not yet told")


# ==========================================================================
# validation
def luhn_ok(pnr):
    digits = pnr.replace("-", "")[2:]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, c in enumerate(digits[:9]):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(digits[9])


def parse_time(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", s or ""):
        raise ValueError(s)
    return dt.datetime.fromisoformat(s)


def age_on(birth, when):
    b = dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    problems = []
    names = set()
    patients = {}
    sentence_owner = {}
    for c in cases:
        name = c.get("case")
        where = f"case {name!r}"
        if list(c.keys()) != KEYS_CASE:
            problems.append(f"{where}: keys {list(c.keys())}")
        if not name or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append(f"{where}: bad case name")
        if name in names:
            problems.append(f"{where}: duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{where}: ruleset {c['ruleset']}")
        if not c["why"] or "\n" in c["why"]:
            problems.append(f"{where}: why must be one line")
        rec = c["record"]
        pat = rec["patient"]
        if not luhn_ok(pat["id"]):
            problems.append(f"{where}: personnummer check digit {pat['id']}")
        if patients.setdefault(pat["id"], name) != name:
            problems.append(f"{where}: patient {pat['id']} also used in {patients[pat['id']]!r}")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            problems.append(f"{where}: personnummer does not match birth_date")
        try:
            as_of = parse_time(rec["as_of"])
        except ValueError:
            problems.append(f"{where}: as_of not ISO: {rec['as_of']}")
            continue
        if as_of.year != 2024:
            problems.append(f"{where}: as_of outside 2024")
        ids = [n["id"] for n in rec["notes"]]
        if len(ids) != len(set(ids)):
            problems.append(f"{where}: duplicate note ids")
        systems = {}
        for n in rec["notes"]:
            nw = f"{where} note {n['id']}"
            if list(n.keys()) != KEYS_NOTE:
                problems.append(f"{nw}: keys {list(n.keys())}")
            if not re.fullmatch(r"n\d+", n["id"]):
                problems.append(f"{nw}: bad id")
            systems[n["id"]] = n["system"]
            if n["system"] not in ("Melior", "PMO"):
                problems.append(f"{nw}: system {n['system']}")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{nw}: VGR cases are Melior only")
            hsa = n["unit"]["hsa_id"]
            prefix = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not hsa.startswith(prefix):
                problems.append(f"{nw}: HSA-id {hsa} not in region")
            try:
                t = parse_time(n["time"])
                if t.year != 2024 or t > as_of:
                    problems.append(f"{nw}: time {n['time']} outside 2024 or after as_of")
                if n["signed"] is not None:
                    s = parse_time(n["signed"])
                    if s < t or s.year != 2024 or s > as_of:
                        problems.append(f"{nw}: signed {n['signed']} before time or after as_of")
                a = age_on(pat["birth_date"], t)
                if 13 <= a <= 15:
                    problems.append(f"{nw}: patient aged {a} (13-15 not used)")
            except ValueError as e:
                problems.append(f"{nw}: time not ISO: {e}")
            if not n["sections"]:
                problems.append(f"{nw}: no sections")
            for sec in n["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    problems.append(f"{nw}: empty section")
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        owner = sentence_owner.setdefault(sent, name)
                        if owner != name:
                            problems.append(f"{where}: sentence also in {owner!r}: {sent!r}")
        a = age_on(pat["birth_date"], as_of)
        if 13 <= a <= 15:
            problems.append(f"{where}: patient aged {a} at as_of")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{where}: asserts nothing")
        seen = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2:
                    problems.append(f"{where}: bad {kind} item {item}")
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    problems.append(f"{where}: code {code} outside this set's scope")
                if target not in systems:
                    problems.append(f"{where}: {kind} target {target} does not exist")
                    continue
                if (code, target) in seen:
                    problems.append(f"{where}: {code} on {target} asserted twice")
                seen.add((code, target))
                if systems[target] == "PMO" and code == "NL101":
                    problems.append(f"{where}: NL101 asserted on a PMO note")
                if systems[target] == "PMO" and code == "NL102" and kind == "must":
                    problems.append(f"{where}: NL102 must on a PMO note")
    return problems


def main():
    problems = validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[kind] += 1
    print(f"{len(CASES)} cases -> {OUT}")
    for code in sorted(counts):
        print(f"  {code}: must {counts[code]['must']}, must_not {counts[code]['must_not']}")
    rs = {}
    notes = 0
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        notes += len(c["record"]["notes"])
    print(f"  rulesets {rs}, notes {notes}")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
