#!/usr/bin/env python3
"""nl1bi_dev_cases: independent gold cases for notelint NL101/NL102.

Written from the regional routines (seeds) and the rule catalog only.
`python3 build.py` writes nl1bi_dev_cases.jsonl beside this file and validates it;
exit status 1 on any problem. No dependencies, deterministic output.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bi_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Units: key -> (name, hsa_id, region, system)
# ---------------------------------------------------------------------------
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4A17", "skane", "Melior"),
    "sus_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3B02", "skane", "Melior"),
    "sus_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1C55", "skane", "Melior"),
    "sus_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1C61", "skane", "Melior"),
    "sus_kir_malmo": ("Kirurgiavdelning 3, Skånes universitetssjukhus Malmö", "SE2321000255-5D20", "skane", "Melior"),
    "sus_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-6E81", "skane", "Melior"),
    "sus_barn_lund": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", "SE2321000255-7F33", "skane", "Melior"),
    "sus_barnakut_malmo": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Malmö", "SE2321000255-7F48", "skane", "Melior"),
    "sus_kvinno_malmo": ("Kvinnokliniken, gynekologisk mottagning, Skånes universitetssjukhus Malmö", "SE2321000255-8G12", "skane", "Melior"),
    "sus_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-9H04", "skane", "Melior"),
    "sus_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2J76", "skane", "Melior"),
    "sus_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-2K19", "skane", "Melior"),
    "sus_hem_lund": ("Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3L88", "skane", "Melior"),
    "sus_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3M27", "skane", "Melior"),
    "hbg_onh": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-4N90", "skane", "Melior"),
    "hbg_med": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-4P35", "skane", "Melior"),
    "csk_kard": ("Kardiologiavdelningen, Centralsjukhuset Kristianstad", "SE2321000255-5Q62", "skane", "Melior"),
    "csk_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5Q71", "skane", "Melior"),
    "ystad_geri": ("Geriatriska kliniken, Lasarettet i Ystad", "SE2321000255-6R14", "skane", "Melior"),
    "ystad_kir": ("Kirurgmottagningen, Lasarettet i Ystad", "SE2321000255-6R29", "skane", "Melior"),
    "landskrona_geri": ("Minnesmottagningen, Lasarettet i Landskrona", "SE2321000255-6S53", "skane", "Melior"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-7T08", "skane", "Melior"),
    "psyk_malmo_avd": ("Psykiatrisk avdelning 82, Vuxenpsykiatri Malmö", "SE2321000255-7T44", "skane", "Melior"),
    "bup_hbg": ("BUP-mottagningen Helsingborg", "SE2321000255-7U66", "skane", "Melior"),
    "hlm_med": ("Medicinavdelning 2, Hässleholms sjukhus", "SE2321000255-8V37", "skane", "Melior"),
    "angelholm_ort": ("Ortopedmottagningen, Ängelholms sjukhus", "SE2321000255-8W85", "skane", "Melior"),
    "trelleborg_kir": ("Kirurgmottagningen, Trelleborgs lasarett", "SE2321000255-8X50", "skane", "Melior"),
    "asih_lund": ("ASIH Lund, avancerad sjukvård i hemmet", "SE2321000255-9Y23", "skane", "Melior"),
    "sus_bkk_lund": ("Bröstcentrum, Skånes universitetssjukhus Lund", "SE2321000255-9Z17", "skane", "Melior"),
    # Region Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-P1001", "skane", "PMO"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P1002", "skane", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1003", "skane", "PMO"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P1004", "skane", "PMO"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", "SE2321000255-P1005", "skane", "PMO"),
    "bvc_lomma": ("BVC Lomma", "SE2321000255-P1006", "skane", "PMO"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P1007", "skane", "PMO"),
    "vc_ystad_hsv": ("Vårdcentralen Ystad, hemsjukvårdsteamet", "SE2321000255-P1008", "skane", "PMO"),
    "vc_landskrona": ("Vårdcentralen Landskrona Centrum", "SE2321000255-P1009", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "su_onk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10021", "vgr", "Melior"),
    "su_akut": ("Akutmottagningen Sahlgrenska, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10035", "vgr", "Melior"),
    "su_akut_ostra": ("Akutmottagningen Östra, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10036", "vgr", "Melior"),
    "su_neuro": ("Neurologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10047", "vgr", "Melior"),
    "su_kard": ("Kardiologiavdelning 321, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E10052", "vgr", "Melior"),
    "su_psyk": ("Psykiatri Affektiva, öppenvårdsmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10068", "vgr", "Melior"),
    "su_psyk_avd": ("Psykosvårdsavdelning 2, Psykiatri Psykos, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10069", "vgr", "Melior"),
    "su_gyn": ("Gynekologimottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E10073", "vgr", "Melior"),
    "dsbus": ("Drottning Silvias barn- och ungdomssjukhus, barnmedicinsk mottagning", "SE2321000131-E10084", "vgr", "Melior"),
    "dsbus_akut": ("Drottning Silvias barn- och ungdomssjukhus, barnakuten", "SE2321000131-E10085", "vgr", "Melior"),
    "su_inf": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E10091", "vgr", "Melior"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E10102", "vgr", "Melior"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10113", "vgr", "Melior"),
    "su_onh": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10124", "vgr", "Melior"),
    "su_geri": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E10135", "vgr", "Melior"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10146", "vgr", "Melior"),
    "su_kir": ("Kirurgavdelning 14, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E10157", "vgr", "Melior"),
    "su_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10168", "vgr", "Melior"),
    "nu_med": ("Medicinkliniken, NU-sjukvården, NÄL Trollhättan", "SE2321000131-E20011", "vgr", "Melior"),
    "nu_kir": ("Kirurgkliniken, NU-sjukvården, Uddevalla sjukhus", "SE2321000131-E20022", "vgr", "Melior"),
    "nu_akut": ("Akutmottagningen, NU-sjukvården, NÄL Trollhättan", "SE2321000131-E20033", "vgr", "Melior"),
    "skas_geri": ("Geriatriska kliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E30014", "vgr", "Melior"),
    "skas_onk": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E30025", "vgr", "Melior"),
    "skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E30036", "vgr", "Melior"),
    "sas_kard": ("Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40017", "vgr", "Melior"),
    "sas_psyk": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40028", "vgr", "Melior"),
    "sas_barn": ("Barn- och ungdomsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40039", "vgr", "Melior"),
    "sas_gyn": ("Kvinnosjukvården, gynmottagning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E40041", "vgr", "Melior"),
    "alingsas_med": ("Medicinavdelning 3, Alingsås lasarett", "SE2321000131-E50012", "vgr", "Melior"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E50023", "vgr", "Melior"),
    "kungalv_med": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E50024", "vgr", "Melior"),
    "su_pall": ("Palliativt konsultteam, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10179", "vgr", "Melior"),
    "su_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10180", "vgr", "Melior"),
}

CASES = []
_serial = [0]


def _luhn_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, sex):
    """Deterministic Luhn-valid personnummer for a birth date and sex (M/F)."""
    _serial[0] += 1
    n = (_serial[0] * 73 + 211) % 1000
    third = n % 10
    if sex == "M" and third % 2 == 0:
        n = n - third + (third + 1) % 10
    if sex == "F" and third % 2 == 1:
        n = n - 1
    ser = "%03d" % n
    ymd = birth.replace("-", "")
    return ymd + "-" + ser + _luhn_digit(ymd[2:] + ser)


def _iso(t):
    return t.replace(" ", "T") + ":00"


def N(unit, template, author, role, time, sections, delay=40, setting="öppenvård", nid="n1"):
    """One note. time 'YYYY-MM-DD HH:MM'; delay = minutes to signing, None = unsigned draft."""
    uname, hsa, _region, system = UNITS[unit]
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    signed = None if delay is None else (t + _dt.timedelta(minutes=delay)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": signed,
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, birth, sex, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    if name in DRAFTS:
        assert len(notes) == 1, name
        notes[0]["signed"] = None
    regions = {UNITS_BY_HSA[n["unit"]["hsa_id"]] for n in notes}
    assert len(regions) == 1, name
    region = regions.pop()
    last = max(_dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = min(last + _dt.timedelta(days=21), _dt.datetime(2024, 12, 31))
    CASES.append({
        "case": name,
        "ruleset": region,
        "record": {
            "patient": {"id": pnr(birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT00:00:00"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


UNITS_BY_HSA = {v[1]: v[2] for v in UNITS.values()}

# Unsigned drafts (the pre-signing case): the note of these single-note cases has signed = null.
DRAFTS = {
    "psyk-emotionellt-instabil-ej-berattat",
    "reuma-sle-diagnos-ej-meddelad",
    "lung-lungcancer-barnen-ej-informerade",
    "geri-vaskular-demens-svart-ta-till-sig",
    "neuro-bells-pares-fragetecken",
    "reuma-mojligen-sjogren",
    "gastro-utreds-for-misstankt-celiaki",
    "akut-inga-tecken-pa-pneumoni",
    "reuma-overvager-ev-biologiskt",
    "pmo-vc-dd-migran-spanningshuvudvark",
    "kard-far-trol-marfan-pat-utredd-normal",
    "neuro-ms-besked-ges-vid-lakarbesok",
    "th-skane-mall-misstankt-als",
    "onh-sannol-menieres",
}

P101 = [("NL101", "n1")]
P102 = [("NL102", "n1")]
PB = [("NL101", "n1"), ("NL102", "n1")]

# ===========================================================================
# A. NL101 positives: a diagnosis in a visible section, the patient not told
# ===========================================================================

C("uro-prostatacancer-besked-vid-aterbesok", "1951-09-03", "M",
  N("sus_uro_malmo", "Läkaranteckning", "Henrik Lindqvist", "läkare", "2024-02-27 13:10", [
      ("Provsvar", "PAD från ultraljudsledd px: adenocarcinoma prostatae, Gleason 4+4=8 i 7 av 12 biopsier. PSA 23."),
      ("Planering", "Pat ej informerad ännu, ska få besked av ansvarig urolog vid återbesök 14/3. Lämna inte ut svaret per telefon om han ringer. Skelettskint beställt."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="confirmed prostate cancer written in a visible note while the patient is explicitly not yet told")

C("onk-mdk-nsclc-ej-informerad", "1957-11-21", "F",
  N("su_onk", "Konferensanteckning", "Maria Ekström", "läkare", "2024-03-04 15:20", [
      ("Konferens", "Lungonkologisk MDK. Närvarande: lungmedicin, onkologi, thoraxkirurgi, radiologi, patologi."),
      ("Bedömning", "Icke-småcellig lungcancer, adenokarcinom, stadium IVB med multipla skelettmetastaser. EGFR-mutation påvisad."),
      ("Beslut", "Ej operabel. Rekommenderas osimertinib. Pat är ännu inte informerad om MDK:s bedömning; läkare och kontaktsjuksköterska träffar henne 7/3."),
  ]),
  must=P101,
  why="MDT conference note states stage IV NSCLC and says the patient is not yet informed")

C("akut-levermetastaser-besked-i-morgon", "1949-05-16", "M",
  N("sus_akut_malmo", "Akutanteckning", "Sofia Nyberg", "läkare", "2024-01-19 02:45", [
      ("Aktuellt", "82-årig man med tilltagande buksmärtor och ikterus sedan en vecka."),
      ("Undersökningar", "DT buk: multipla levermetastaser, primärtumör i pankreashuvudet. Gallvägsdilatation."),
      ("Bedömning", "Metastaserad pankreascancer. Pat har inte fått besked om DT-fynden, han var kraftigt påverkad av morfin i natt. Information ges av avdelningsläkaren i morgon förmiddag."),
      ("Åtgärd", "Inläggning kirurgen, dropp, analgetika, PTC-diskussion dagtid."),
  ], delay=55, setting="akutvård"),
  must=P101,
  why="emergency note: metastatic pancreatic cancer stated, patient not yet told (information deferred to ward doctor)")

C("neuro-als-diagnosbesked-ej-lamnat", "1963-07-30", "M",
  N("su_neuro", "Läkaranteckning", "Jonas Bergh", "läkare", "2024-04-11 11:05", [
      ("Sammanfattning", "Utredning av progredierande svaghet i händer och dysartri. ENeG med utbredd denervation i tre regioner."),
      ("Diagnos", "Amyotrofisk lateralskleros (ALS), reviderade El Escorial-kriterier uppfyllda."),
      ("Planering", "Diagnosbesked ej lämnat. Pat och hustru kallas till samtal 22/4 med mig och kurator, avsätter en timme."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="ALS stated as diagnosis, 'diagnosbesked ej lämnat' with a planned disclosure talk")

C("barnonk-all-foraldrar-ej-informerade", "2018-02-14", "F",
  N("sus_barn_lund", "Läkaranteckning", "Lena Fagerberg", "läkare", "2024-06-03 10:40", [
      ("Provsvar", "Benmärgsaspiration: 86 % blaster, flödescytometri visar B-prekursor akut lymfatisk leukemi (ALL)."),
      ("Planering", "Föräldrarna är ännu inte informerade om diagnosen. Informationssamtal med båda föräldrarna i dag kl 15 tillsammans med kontaktsjuksköterska. CVK-inläggning planeras onsdag."),
  ], setting="slutenvård"),
  must=P101,
  why="6-year-old: ALL written in the note while the guardians (who read the child's journal) are not yet told")

C("geri-alzheimer-dottern-vill-ej-att-pat-far-veta", "1938-10-09", "F",
  N("ystad_geri", "Läkaranteckning", "Gunnar Åkesson", "läkare", "2024-05-22 14:30", [
      ("Bedömning", "Kognitiv svikt med MMSE 19/30, DT hjärna med tydlig hippocampusatrofi. Diagnos: Alzheimers sjukdom med sen debut."),
      ("Anhöriga", "Dottern har bett oss att inte berätta diagnosen för mamma, hon är rädd att hon blir nedstämd. Vi avvaktar därför med diagnosbesked till patienten och tar upp frågan igen på nästa besök."),
  ]),
  must=P101,
  why="Alzheimer diagnosis visible, and the note says the patient is deliberately not told at the daughter's request")

C("psyk-schizofreni-ingen-insikt-ej-informerad", "1996-01-27", "M",
  N("su_psyk_avd", "Läkaranteckning", "Elin Sandberg", "läkare", "2024-08-15 13:15", [
      ("Bedömning", "Sammantaget uppfylls kriterierna för schizofreni, paranoid form (F20.0), med >6 månaders förlopp."),
      ("Information", "Pat har i nuläget ingen sjukdomsinsikt och har inte informerats om diagnosen. Diagnosen tas upp när han är mer stabiliserad, troligen inför utskrivning."),
  ], setting="psykiatrisk heldygnsvård"),
  must=P101,
  why="psychiatric inpatient note names schizophrenia and states the patient has not been told")

C("gyn-endometriecancer-nas-ej", "1959-04-02", "F",
  N("sus_kvinno_malmo", "Telefonanteckning", "Karin Dahl", "läkare", "2024-09-10 16:05", [
      ("Provsvar", "PAD från abrasio: endometriecancer, endometrioid typ, grad 1."),
      ("Kontakt", "Sökt pat per telefon två gånger utan svar, lämnat meddelande om att ringa upp. Pat ej underrättad om svaret. Nytt försök i morgon förmiddag."),
  ]),
  must=P101,
  why="telephone note: endometrial cancer in the PAD line, patient could not be reached and is not yet told")

C("inf-hiv-positiv-kallas-for-besked", "1988-12-11", "M",
  N("su_inf", "Läkaranteckning", "Amir Haddad", "läkare", "2024-02-08 09:50", [
      ("Provsvar", "HIV-1 antikropp/antigen positiv, bekräftat med immunoblot. CD4 410, virusmängd 48 000 kopior/ml."),
      ("Planering", "Patienten är ännu inte inforemrad om provsvaret. Kallas till mottagningen fredag för besked, kurator bokad samtidigt. Smittspårning startas efter beskedet."),
  ]),
  must=P101,
  why="confirmed HIV infection recorded, patient called in for disclosure and not yet informed (typo: 'inforemrad')")

C("kir-rektalcancer-ej-informerad-typo", "1966-06-19", "M",
  N("trelleborg_kir", "Läkaranteckning", "Per-Olof Mårtensson", "läkare", "2024-03-26 12:20", [
      ("Undersökningar", "Rektoskopi med px 8 cm ovan anus, PAD adenokarcinom. MR lilla bäckenet: T3N1, MRF fri."),
      ("Diagnos", "Rektalcancer cT3N1M0."),
      ("Planering", "Pat ej infomerad om diagnosen ännu. Tas på kolorektal MDK 2/4, besked därefter på mottagningen."),
  ]),
  must=P101,
  why="rectal cancer written out, patient not told (typo: 'infomerad')")

C("hud-melanom-ringer-efter-plastik", "1979-08-25", "F",
  N("sus_hud_lund", "Läkaranteckning", "Therese Ljung", "läkare", "2024-07-02 15:45", [
      ("PAD", "Excision vä skuldra: malignt melanom, superficiellt spridande typ, Breslow 1,4 mm, ej ulcererat. Marginal 2 mm."),
      ("Bedömning", "pT2a. Utvidgad excision 2 cm + sentinel node-diskussion."),
      ("Planering", "Ej meddelat patienten än. Jag ringer henne när jag pratat med plastikkirurgen om tid för reoperation."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="melanoma PAD with stage, result explicitly not yet given to the patient")

C("onh-tonsillcancer-pat-vet-inte", "1970-03-13", "M",
  N("hbg_onh", "Läkaranteckning", "Mikael Svensson", "läkare", "2024-10-21 10:10", [
      ("PAD", "Tonsillektomi vä: skivepitelcancer, p16-positiv."),
      ("Bedömning", "HPV-associerad orofarynxcancer vä tonsill. Utredning med PET-DT."),
      ("Övrigt", "Pat vet ännu inte om detta. Han kommer på återbesök torsdag tillsammans med sambon, då ges besked."),
  ]),
  must=P101,
  why="tonsil cancer recorded; 'Pat vet ännu inte om detta'")

C("neuro-ms-besked-ges-vid-lakarbesok", "1993-05-08", "F",
  N("sus_neuro_lund", "Läkaranteckning", "Anna-Karin Holm", "läkare", "2024-05-14 14:00", [
      ("Resultat", "MR hjärna och rygg: periventrikulära, juxtakortikala och spinala lesioner, en laddande. Likvor: oligoklonala band."),
      ("Bedömning", "Diagnosen multipel skleros, skovvis förlöpande, uppfyller McDonald-kriterierna 2017."),
      ("Planering", "Besked till pat ges vid planerat läkarbesök 3/6, hon är inte informerad i dag. MS-sjuksköterska deltar."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="MS confirmed by criteria, patient not informed until a later visit")

C("kard-dcm-ekosvar-ej-meddelat", "1971-02-17", "M",
  N("csk_kard", "Läkaranteckning", "Jesper Holmgren", "läkare", "2024-11-05 11:30", [
      ("Ekokardiografi", "Dilaterad vänsterkammare, LVEDD 68 mm, globalt nedsatt funktion, EF 25 %. Måttlig funktionell MI."),
      ("Bedömning", "Dilaterad kardiomyopati med svårt nedsatt systolisk funktion."),
      ("Planering", "Patienten är inte informerad om ekosvaret ännu, informeras på hjärtsviktsmottagningen 12/11. Upptitrering av läkemedel påbörjas då."),
  ]),
  must=P101,
  why="dilated cardiomyopathy stated in cardiology note, patient not yet told of the echo result")

C("reuma-sle-diagnos-ej-meddelad", "1990-10-30", "F",
  N("sus_reuma_lund", "Läkaranteckning", "Ingrid Söderlund", "läkare", "2024-04-03 13:40", [
      ("Provsvar", "ANA 1:1280 homogent, anti-dsDNA 210, lågt C3 och C4. U-sticka protein 2+."),
      ("Bedömning", "Systemisk lupus erythematosus (SLE), uppfyller EULAR/ACR-kriterierna 2019. Njurengagemang måste utredas."),
      ("Planering", "Pat har inte fått diagnosen meddelad, nås ej i dag. Akut tid på mottagningen ordnas, U-albumin/kreatinin inför besöket."),
  ]),
  must=P101,
  why="SLE diagnosis in a visible section; 'pat har inte fått diagnosen meddelad'")

C("kir-ventrikelcancer-avdelningen-informerar-ej", "1955-12-01", "M",
  N("su_kir", "Omvårdnadsanteckning", "Helena Wikström", "sjuksköterska", "2024-06-12 20:15", [
      ("Omvårdnad", "Pat har ätit lite, mår illa efter måltid. Vikt 61 kg."),
      ("Information", "Enligt ansvarig kirurg visar gastroskopi-PAD ventrikelcancer av diffus typ. Patienten är ännu ej informerad och ska inte informeras av avdelningen, kirurgen tar samtalet onsdag."),
  ], setting="slutenvård"),
  must=P101,
  why="nurse's ward note repeats the gastric cancer diagnosis and says the patient must not be told by the ward yet")

C("onk-telefon-brostcancer-inga-besked", "1968-01-22", "F",
  N("sus_bkk_lund", "Telefonanteckning", "Camilla Persson", "sjuksköterska", "2024-10-01 09:25", [
      ("Kontaktorsak", "Pat ringer och undrar när hon får svar på biopsin och om hon ska ta ledigt från jobbet."),
      ("Åtgärd", "Bekräftat tid 8/10 kl 10. Obs! Pat ännu ej informerad om sin bröstcancer (invasiv duktal, ER+, HER2-), läkaren lämnar besked vid besöket. Inga besked per telefon."),
  ]),
  must=P101,
  why="nurse's telephone note names the breast cancer while warning that the patient is not yet told")

C("psyk-bipolar-i-manisk-informeras-senare", "1985-07-07", "M",
  N("psyk_malmo_avd", "Läkaranteckning", "Dragan Petrović", "läkare", "2024-09-03 10:30", [
      ("Bedömning", "Efter genomgång av tidigare episoder och anhöriganamnes fastställs diagnosen bipolär sjukdom typ I, aktuell manisk episod med psykotiska symtom."),
      ("Planering", "Litium insätts. Patienten informeras inte om diagnosen i dag pga manin, vi tar det i ett lugnare skede tillsammans med hustrun."),
  ], setting="psykiatrisk heldygnsvård"),
  must=P101,
  why="bipolar I diagnosis established, patient deliberately not informed during the manic episode")

C("barn-duchenne-foraldrar-ej-informerade", "2019-09-18", "M",
  N("dsbus", "Läkaranteckning", "Karl Nordin", "läkare", "2024-03-18 16:20", [
      ("Provsvar", "Genetisk analys: deletion exon 45–50 i DMD-genen. CK 14 000."),
      ("Bedömning", "Duchennes muskeldystrofi."),
      ("Planering", "Vårdnadshavarna har inte informerats ännu, besked ges på planerat samtal i morgon med barnneurolog och kurator. Ingen information via 1177 innan dess."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="4-year-old with genetically confirmed Duchenne; guardians (the journal readers) not yet informed")

C("onk-pankreascancer-anhoriga-vill-ej", "1940-04-28", "M",
  N("skas_onk", "Läkaranteckning", "Birgitta Lund", "läkare", "2024-02-20 14:50", [
      ("Bedömning", "Pankreascancer med levermetastaser, WHO 2. Ingen tumörspecifik behandling aktuell."),
      ("Samtal", "Son och dotter har uttryckligen bett att pappa inte ska få veta diagnosen, de anser att han inte skulle orka. Pat har själv inte frågat. Vi informerar inte pat i nuläget, men har förklarat för barnen att vi svarar ärligt om han frågar."),
      ("Planering", "Remiss palliativ vård i hemmet."),
  ]),
  must=P101,
  why="metastatic pancreatic cancer written; the note says the patient is not being told at the family's request")

C("hem-susp-lymfom-pat-ej-informerad", "1977-11-04", "F",
  N("sus_hem_lund", "Läkaranteckning", "Oskar Pålsson", "läkare", "2024-08-27 11:55", [
      ("Bedömning", "Generell lymfadenopati och B-symtom. Misstänkt lymfom, DD reaktiv lymfadenit. Körtelexstirpation gjord, PAD inväntas."),
      ("Information", "Pat ej informerad om misstanken, hon är mycket orolig och jag vill ha PAD först."),
  ]),
  must=PB,
  why="suspected lymphoma written in a visible note with an explicit 'not informed' — the Tidiga hypoteser situation")

C("neuro-glioblastom-talar-for-ej-fatt-veta", "1961-02-06", "M",
  N("su_neuro", "Läkaranteckning", "Ida Lindgren", "läkare", "2024-12-02 13:25", [
      ("Bedömning", "MR hjärna: ringladdande expansivitet vä temporalt med kraftigt ödem, bilden talar starkt för glioblastom."),
      ("Planering", "Neurokirurgisk bedömning. Pat har inte fått veta detta ännu, vill vänta tills frun kan vara med på onsdag."),
  ]),
  must=PB,
  why="suspected glioblastoma ('talar starkt för') in a visible section and the patient has not been told")

C("hem-aml-ej-underattad-typo", "1958-03-15", "M",
  N("su_hem", "Läkaranteckning", "Fredrik Ahlberg", "läkare", "2024-01-30 17:10", [
      ("Provsvar", "Perifert blod med 40 % myeloiska blaster, Auerstavar. Benmärg bekräftar akut myeloisk leukemi (AML)."),
      ("Planering", "Pat ej underättad ännu, kommer in i morgon kl 8 för besked och inläggning. Avd 53 vidtalad."),
  ]),
  must=P101,
  why="AML confirmed, patient not informed (typo: 'underättad')")

C("gastro-levercirros-epikris-ej-informerad", "1962-08-12", "M",
  N("hlm_med", "Epikris", "Sara Olofsson", "läkare", "2024-07-18 15:00", [
      ("Orsak till inläggning", "Ascites och benödem."),
      ("Förlopp", "Ascitestappning 6 liter, spironolakton insatt. DT och elastografi visar levercirros, Child-Pugh B, trolig alkoholetiologi."),
      ("Information", "Patienten har ännu inte informerats om cirrosdiagnosen, han var konfusorisk större delen av vårdtiden. Besked ges på levermottagningen om två veckor."),
  ], setting="slutenvård"),
  must=P101,
  why="discharge summary names liver cirrhosis; patient not told during the stay")

C("gyn-missed-abortion-ej-meddelad", "1991-06-21", "F",
  N("sas_gyn", "Läkaranteckning", "Hanna Berglund", "läkare", "2024-04-16 10:05", [
      ("Ultraljud", "Vaginalt ultraljud: intrauterin fostersäck, fosterlängd motsvarande 8+2, ingen hjärtaktivitet. Ej förenligt med levande graviditet."),
      ("Diagnos", "Missed abortion."),
      ("Planering", "Ultraljudsbarnmorskan har inte meddelat pat, besked ges av mig när partnern kommit till mottagningen om en halvtimme."),
  ]),
  must=P101,
  why="missed abortion diagnosed, patient not yet told (waiting for partner)")

C("geri-ftd-endast-maken-informeras", "1952-11-26", "F",
  N("skas_geri", "Läkaranteckning", "Per Carlsson", "läkare", "2024-10-08 14:15", [
      ("Utredning", "Neuropsykologisk testning med exekutiv svikt, MR med frontal och temporal atrofi, FDG-PET med frontal hypometabolism."),
      ("Diagnos", "Frontotemporal demens, beteendevariant."),
      ("Information", "Pat är inte informerad. Pga bristande insikt och tidigare kraftig agitation vid samtal om minnet informeras enbart maken i nuläget, vi planerar ett anpassat samtal med pat senare."),
  ]),
  must=P101,
  why="FTD diagnosis in visible note, patient not informed (only spouse)")

C("onh-akustikusneurinom-telefontid", "1975-09-29", "F",
  N("su_onh", "Läkaranteckning", "Erik Johansson", "läkare", "2024-11-14 08:45", [
      ("Frågeställning", "Asymmetrisk hörselnedsättning vä och tinnitus."),
      ("MR", "Vestibularisschwannom (akustikusneurinom) vä inre hörselgång, 14 mm, Koos II."),
      ("Planering", "Patienten har inte meddelats resultatet. Hon får det vid telefontid med ÖNH-läkare 20/11, därefter remiss till skallbasteam."),
  ]),
  must=P101,
  why="acoustic neuroma (eponym-free Latin and lay names) recorded, result not yet given to the patient")

C("onk-ovarialcancerrecidiv-utkast", "1954-05-05", "F",
  N("su_onk", "Läkaranteckning", "Malin Hedlund", "läkare", "2024-05-29 16:40", [
      ("Aktuellt", "DT thorax-buk: ascites och peritoneala förändringar, CA-125 stigande från 35 till 410."),
      ("Bedömning", "Recidiv av höggradig serös ovarialcacner med peritoneal karcinos."),
      ("Planering", "Pat ej informerad ännu, besked vid besök tisdag. Då diskuteras platinumbaserad behandling."),
  ], delay=None),
  must=P101,
  why="unsigned draft (pre-signing): ovarian cancer recurrence stated, patient not yet told (typo: 'ovarialcacner')")

C("inf-lungtb-nas-ej-smittskydd", "1983-02-09", "M",
  N("sus_inf_lund", "Läkaranteckning", "Johanna Mattsson", "läkare", "2024-03-07 15:30", [
      ("Provsvar", "Odling sputum: Mycobacterium tuberculosis, känslig för förstahandsmedel."),
      ("Bedömning", "Lungtuberkulos, smittsam."),
      ("Åtgärd", "Pat ej informerad om odlingssvaret, nås inte på telefon. Smittskyddsläkare kontaktad. Tolk (tigrinja) bokad till besök i morgon."),
  ]),
  must=P101,
  why="pulmonary TB confirmed by culture, patient not yet informed")

C("hem-kll-epikris-lang", "1947-06-14", "M",
  N("hlm_med", "Epikris", "Magnus Hedin", "läkare", "2024-09-20 14:10", [
      ("Inskrivningsorsak", "85-årig man inlagd via akuten 12/9 pga feber, hosta och allmän sjukdomskänsla sedan fyra dagar. Bor med hustrun i villa, klarar sig själv, kör bil."),
      ("Tidigare sjukdomar", "Hypertoni, typ 2-diabetes på metformin, höftprotes hö 2015. Opererad för ljumskbråck 1998."),
      ("Förlopp", "Vid ankomsten CRP 180, temp 38,9, sat 91 % på luft. Lungröntgen med infiltrat i hö underlob. Behandlad med bensylpenicillin iv, övergång till amoxicillin per os dag 4. Snabb klinisk förbättring, afebril från dag 3. Blodsockret var initialt förhöjt till 16 under infektionen men normaliserades utan insulin. Sjukgymnast bedömde gång och balans som goda inför hemgång. Blodstatus visade samtidigt lymfocytos 38 × 10^9/l utan anemi eller trombocytopeni, vilket kvarstod efter infektionen. Flödescytometri på perifert blod skickades 15/9 och visar klonal B-cellspopulation med CD5+/CD23+, förenligt med kronisk lymfatisk leukemi. Hematolog konsulterad per telefon: Binet A, ingen behandlingsindikation, uppföljning på hematologmottagningen."),
      ("Status vid utskrivning", "Gott och opåverkat allmäntillstånd, afebril sedan fem dygn. Sat 96 % på luft, AF 16. Lungor med enstaka rassel basalt hö, i övrigt normalt. Inga förstorade lymfkörtlar på halsen eller i axiller, mjälten ej palpabel. Mobiliserad utan gånghjälpmedel på avdelningen."),
      ("Provsvar vid utskrivning", "CRP 22, Hb 131, LPK 41, lymfocyter 37, TPK 188. Kreatinin 84, elektrolyter normala. HbA1c 51."),
      ("Socialt", "Bor med hustrun, två vuxna barn i närheten. Ingen hemtjänst, klarar hushållet och handlar själv. Önskar åka hem så snart som möjligt inför barnbarnets dop. Hustrun hämtar honom med bil på eftermiddagen, och hemtjänst behövs inte enligt arbetsterapeutens bedömning av hans förmåga i ADL-köket i går."),
      ("Information", "Patienten är ännu inte informerad om KLL-diagnosen. Den kom sent i vårdtiden och vi bedömde att beskedet bör ges lugnt på hematologmottagningen snarare än vid utskrivningen. Hustrun har inte heller fått veta något."),
      ("Läkemedel vid utskrivning", "Amoxicillin 750 mg x 3 t.o.m. 23/9. Övriga läkemedel oförändrade enligt läkemedelslistan."),
      ("Uppföljning", "Remiss hematologmottagningen Lund, önskas inom 4 veckor. Kontroll CRP och blodstatus på vårdcentralen om två veckor. Åter vid försämring."),
      ("Diagnoser", "J18.1 Lobärpneumoni. C91.1 Kronisk lymfatisk leukemi av B-cellstyp."),
  ], setting="slutenvård"),
  must=P101,
  why="long discharge summary: one sentence says the patient is not told about CLL, which is listed as a diagnosis")

C("onk-net-tva-anteckningar", "1964-01-31", "F",
  [N("sus_onk_lund", "Läkaranteckning", "Anders Kjellberg", "läkare", "2024-04-09 12:00", [
      ("Provsvar", "Leverbiopsi: metastas från väldifferentierad neuroendokrin tumör, Ki-67 3 %."),
      ("Planering", "Pat ej informerad. Kallas till mottagningen 11/4 för besked, 68Ga-DOTATOC-PET beställd."),
   ]),
   N("sus_onk_lund", "Läkaranteckning", "Anders Kjellberg", "läkare", "2024-04-11 14:30", [
      ("Samtal", "Informerat pat och hennes syster om diagnosen neuroendokrin tumör med levermetastaser. Hon tog emot beskedet lugnt och ställde många frågor om behandling."),
      ("Planering", "Somatostatinanalog diskuteras efter PET. Kontaktsjuksköterska ringer nästa vecka."),
   ], nid="n2")],
  must=[("NL101", "n1")], must_not=[("NL101", "n2")],
  why="two notes: the first names NET while the patient is not told (fires), the follow-up records the disclosure (does not)")

C("uro-blasacancer-ska-ej-informeras-an", "1950-03-22", "M",
  N("su_uro", "Remissvar", "Lars Fransson", "läkare", "2024-06-25 09:15", [
      ("Frågeställning", "Makroskopisk hematuri, cystoskopi önskas."),
      ("Svar", "Cystoskopi: 3 cm papillär tumör vid vä uretärmynning. TURB utförd 18/6, PAD muskelinvasiv urotelial cancer (pT2)."),
      ("Planering", "Pat ska inte informeras om PAD-svaret av remittenten, vi tar beskedet på urologmottagningen 2/7 där cystektomi diskuteras."),
  ]),
  must=P101,
  why="referral answer names invasive bladder cancer and says the patient must not yet be told by the referrer")

C("kard-amyloidos-anhorig-formedlar-senare", "1944-09-11", "M",
  N("sas_kard", "Läkaranteckning", "Emma Granath", "läkare", "2024-08-06 13:00", [
      ("Utredning", "Skelettskintigrafi (DPD) med grad 3-upptag i myokardiet, M-komponent saknas."),
      ("Diagnos", "Transtyretinamyloidos med hjärtengagemang (ATTR-kardiomyopati)."),
      ("Övrigt", "Patienten har ej informerats om diagnosen. Han hör dåligt och vill att sonen är med, besök bokas när sonen är hemma från utlandet i september."),
  ]),
  must=P101, must_not=[("NL102", "n1")],
  why="ATTR cardiomyopathy diagnosis; patient explicitly not informed yet")

C("neuro-huntington-prediktiv-ej-meddelad", "1989-04-19", "F",
  N("sus_neuro_lund", "Läkaranteckning", "Viktor Engström", "läkare", "2024-02-12 10:20", [
      ("Bakgrund", "Pat med koreatiska rörelser och kognitiv påverkan, modern har Huntingtons sjukdom."),
      ("Provsvar", "DNA-analys: 44 CAG-upprepningar i HTT-genen. Diagnosen Huntingtons sjukdom är därmed bekräftad."),
      ("Planering", "Pat ej informerad om provsvaret, bokas till genetisk vägledning med kurator och mig nästa vecka enligt överenskommelse."),
  ]),
  must=P101,
  why="Huntington's confirmed for the patient (not only family history), result not yet given")

C("akut-kungalv-subduralhematom-dement-ej-informerad", "1935-12-24", "F",
  N("kungalv_akut", "Akutanteckning", "Oliver Strand", "läkare", "2024-12-28 21:40", [
      ("Aktuellt", "Fallit i hemmet, hittad av hemtjänsten. Waranbehandlad."),
      ("DT hjärna", "Akut-på-kroniskt subduralhematom hö, 12 mm, lätt midlinjeförskjutning."),
      ("Bedömning", "Subduralhematom hos waranbehandlad kvinna. Reversering med Ocplex och vitamin K. Diskuterat med neurokirurg."),
      ("Information", "Pat har ej kunnat informeras om fynden pga konfusion. Sonen informerad per telefon."),
  ], setting="akutvård"),
  must=P101,
  why="subdural haematoma stated; the patient could not be informed (son told instead)")

C("onk-skas-myelom-besked-nasta-vecka", "1953-07-01", "M",
  N("skas_onk", "Telefonanteckning", "Kristina Fors", "sjuksköterska", "2024-03-12 11:40", [
      ("Kontaktorsak", "Pat ringer om ryggsmärtor som ökat, tar Alvedon 1 g x 4 utan effekt."),
      ("Bedömning", "Smärtan behöver läkarbedömning. Notera att benmärgsprovet visar multipelt myelom, men patienten är inte informerad ännu och ska få beskedet av läkaren på tisdag."),
      ("Åtgärd", "Kontaktat jourläkare som skriver ut oxikodon, pat informerad om ny smärtlindring."),
  ]),
  must=P101,
  why="nurse's phone note mentions multiple myeloma while noting the patient is not yet informed")

C("psyk-emotionellt-instabil-ej-berattat", "1998-05-30", "F",
  N("psyk_lund", "Läkaranteckning", "Louise Wallin", "läkare", "2024-11-19 15:15", [
      ("Utredning", "SCID-5-PD och strukturerad anamnes klara."),
      ("Bedömning", "Emotionellt instabil personlighetsstörning (borderline), uppfyller 7 av 9 kriterier."),
      ("Planering", "Diagnosen har ännu inte återkopplats till pat. Vi har avtalat ett återkopplingssamtal med psykolog 26/11 där DBT också presenteras."),
  ]),
  must=P101,
  why="borderline personality disorder diagnosis recorded before the feedback talk; patient not yet told")

C("barnakut-typ1-diabetes-foraldrar-ej-informerade", "2016-08-08", "M",
  N("dsbus_akut", "Akutanteckning", "Sanna Ek", "läkare", "2024-10-27 22:30", [
      ("Aktuellt", "Törst, viktnedgång och trötthet i två veckor. I dag kräkningar."),
      ("Status/Lab", "Kussmaulandning, pH 7,18, glukos 31, ketoner 5,8."),
      ("Bedömning", "Nydebuterad typ 1-diabetes med diabetisk ketoacidos."),
      ("Planering", "Insulininfusion enligt PM, IVA-bedömning. Föräldrarna är ännu inte informerade om diagnosen, pappan är på väg in och samtal hålls när båda är på plats."),
  ], setting="akutvård"),
  must=P101,
  why="8-year-old, type 1 diabetes with DKA written in the note before the guardians were told")
# ===========================================================================
# B. NL101 near misses: told, relative not told, non-diagnostic, normal result,
#    negated, family/past history, Tidiga hypoteser, other person's secret
# ===========================================================================

C("hud-basaliom-informerad-per-telefon", "1946-02-03", "M",
  N("sus_hud_lund", "Telefonanteckning", "Therese Ljung", "läkare", "2024-02-15 13:20", [
      ("Provsvar", "PAD från stansbiopsi hö kind: basalcellscancer, nodulär typ."),
      ("Åtgärd", "Pat informerad per telefon i dag om svaret. Han är införstådd med att det behöver opereras, kallelse till dagkirurgi inom 6 veckor."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="basal cell carcinoma written, patient already told by phone: no NL101, confirmed so no NL102")

C("onk-kolangiokarcinom-pat-och-maka-informerade", "1956-10-17", "M",
  N("su_onk", "Läkaranteckning", "Maria Ekström", "läkare", "2024-03-21 14:45", [
      ("Samtal", "Informerade pat och maka om diagnosen kolangiokarcinom med spridning till lungor. Tolk ej behövlig. Pat ställde frågor om förväntad överlevnad, vi pratade om att behandlingen syftar till att bromsa sjukdomen."),
      ("Planering", "Start gemcitabin-cisplatin + durvalumab 2/4."),
  ]),
  must_not=[("NL101", "n1")],
  why="disclosure talk documented — the diagnosis is communicated")

C("lung-lungcancer-barnen-ej-informerade", "1949-01-12", "F",
  N("su_lung", "Läkaranteckning", "Tobias Wennberg", "läkare", "2024-05-06 11:10", [
      ("Bedömning", "Småcellig lungcancer, begränsad sjukdom."),
      ("Information", "Pat informerad om lungcancerdiagnosen och behandlingsplan. Hon vill själv berätta för sina vuxna barn i helgen, de är ännu inte informerade, och ber oss att inte lämna uppgifter till dem om de ringer innan dess."),
  ]),
  must_not=[("NL101", "n1")],
  why="the patient was told; only her relatives are not informed yet")

C("kir-ljumskbrack-optid-ej-meddelad", "1972-07-23", "M",
  N("ystad_kir", "Läkaranteckning", "Niklas Berntsson", "läkare", "2024-01-24 10:50", [
      ("Status", "Reponibelt indirekt ljumskbråck hö, ca 4 cm. Ingen ömhet."),
      ("Bedömning", "Ljumskbråck hö, op-indikation pga besvär i arbetet."),
      ("Planering", "Anmäld för TEP. Op-tid ej meddelad pat ännu, kallelse skickas per brev när tid finns."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="what the patient has not been told is an operation date, not a diagnosis")

C("bkk-mammografi-utan-anmarkning-brev", "1971-04-14", "F",
  N("sus_bkk_lund", "Läkaranteckning", "Rebecka Nilsson", "läkare", "2024-06-18 15:35", [
      ("Undersökning", "Klinisk undersökning, mammografi och ultraljud bilateralt."),
      ("Bedömning", "Ingen malignitetsmisstanke. Palpabel resistens hö motsvarar enkel cysta."),
      ("Planering", "Pat ej meddelad ännu, svarsbrev skickas i dag. Ingen ytterligare kontroll."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="patient not yet told of a normal/benign result; malignancy negated")

C("gastro-koloskopi-normal-pad-ej-meddelat", "1984-09-05", "F",
  N("sus_gastro_malmo", "Läkaranteckning", "Daniel Sjöberg", "läkare", "2024-08-13 09:40", [
      ("Koloskopi", "Fullständig koloskopi till terminala ileum. Normal slemhinna, inga tecken på IBD eller tumör. Stegvisa biopsier tagna."),
      ("PAD", "Normal kolonslemhinna, ingen mikroskopisk kolit."),
      ("Planering", "Pat har ännu inte fått PAD-svaret, skickar brev. Fortsatt handläggning av IBS-liknande besvär på vårdcentralen."),
  ]),
  must_not=[("NL101", "n1")],
  why="the result not yet told is normal; cancer, IBD and colitis are all negated")

C("neuro-huntington-mor-pat-vill-ej-testas", "1990-12-20", "M",
  N("sus_neuro_lund", "Läkaranteckning", "Viktor Engström", "läkare", "2024-09-09 13:50", [
      ("Hereditet", "Modern avled i Huntingtons sjukdom 2019, morbror också drabbad."),
      ("Aktuellt", "Pat söker för migränliknande huvudvärk. Neurologstatus helt normalt, inga ofrivilliga rörelser."),
      ("Bedömning", "Migrän utan aura. Pat har valt att inte genomgå prediktiv testning och vill inte veta sin bärarstatus, vilket respekteras."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Huntington is family history; the patient's wish not to know concerns an untested status, not a diagnosis")

C("med-hypotyreos-kand-dagens-prover-ej-besvarade", "1965-03-03", "F",
  N("hbg_med", "Läkaranteckning", "Ulrika Lindahl", "läkare", "2024-04-22 11:35", [
      ("Tidigare sjukdomar", "Känd hypotyreos sedan 2011 på Levaxin 100 µg. Astma."),
      ("Aktuellt", "Trötthet och frusenhet sedan jul."),
      ("Planering", "TSH, T4, blodstatus och ferritin tagna i dag. Svaren ej klara, pat ej informerad om dem ännu, ringer fredag."),
  ]),
  must_not=[("NL101", "n1")],
  why="known diagnosis since 2011; only today's pending lab results are not yet communicated")

C("gyn-th-mall-susp-ovarialcancer-korrekt", "1967-08-17", "F",
  N("sus_kvinno_malmo", "Tidiga hypoteser", "Karin Dahl", "läkare", "2024-05-13 12:25", [
      ("Bedömning", "Komplex adnexresistens vä 9 cm med solida partier, CA-125 340. Misstänkt ovarialcancer. Pat ej informerad om misstanken, DT och MDK först."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="Skåne: the suspicion and the 'not informed' are in the Tidiga hypoteser template, which is filtered")

C("vgr-th-sokord-pankreas-synligt-utan-diagnos", "1951-06-27", "M",
  N("nu_med", "Läkaranteckning", "Jenny Blom", "läkare", "2024-02-01 14:05", [
      ("Aktuellt", "Viktnedgång 8 kg på tre månader, nytillkommen diabetes. Pat informerad om att DT buk görs för att hitta orsaken."),
      ("Tidiga hypoteser", "Misstänkt pankreascancer. Pat ej informerad om misstanken."),
      ("Planering", "DT buk med pankreasprotokoll på fredag, återbesök efter svar."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="VGR: hypothesis and 'not informed' sit under the filtered sökord; visible sections name no diagnosis")

C("neuro-parkinson-maken-far-veta-senare", "1955-04-09", "F",
  N("su_neuro", "Läkaranteckning", "Jonas Bergh", "läkare", "2024-06-04 10:15", [
      ("Bedömning", "Asymmetrisk vilotremor, rigiditet och bradykinesi, god effekt av levodopa-test. Diagnos Parkinsons sjukdom."),
      ("Information", "Pat fick diagnosbesked i dag och reagerade med lättnad över att få en förklaring. Maken är ännu ej informerad, pat vill berätta själv i kväll."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="patient informed of Parkinson's disease; only the husband is not informed yet")

C("hem-myelom-kand-sedan-januari", "1948-08-30", "M",
  N("sus_hem_lund", "Läkaranteckning", "Oskar Pålsson", "läkare", "2024-05-27 09:30", [
      ("Aktuellt", "Multipelt myelom IgG-kappa, pat känner till sin diagnos sedan besöket i januari. Nu cykel 4 av daratumumab-lenalidomid-dexametason."),
      ("Bedömning", "Partiell respons, M-komponent sjunkit från 38 till 9 g/l."),
      ("Planering", "Fortsatt behandling enligt plan."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="patient has known the myeloma diagnosis since January")

C("kard-ff-ej-informerad-om-lakemedelsbyte", "1946-12-13", "F",
  N("csk_kard", "Läkaranteckning", "Jesper Holmgren", "läkare", "2024-03-28 14:55", [
      ("Diagnos", "Permanent förmaksflimmer, CHA2DS2-VASc 5."),
      ("Läkemedel", "Waran svårstyrt med INR 1,6–4,2 senaste månaderna. Byte till apixaban 5 mg x 2 beslutat. Pat ännu ej informerad om bytet, ssk ringer i morgon och går igenom det."),
  ]),
  must_not=[("NL101", "n1")],
  why="what the patient has not been told is a medication switch, not the (known) diagnosis")

C("onk-prognos-ej-diskuterad-pat-onskar", "1960-11-08", "M",
  N("sus_onk_lund", "Läkaranteckning", "Anders Kjellberg", "läkare", "2024-07-15 13:05", [
      ("Aktuellt", "Metastaserad kolorektal cancer, känd sedan 2022, pat väl informerad om sin sjukdom."),
      ("Samtal", "Pat vill inte få någon siffra på förväntad överlevnad och har uttryckligen bett att slippa prognosdiskussion. Han är inte informerad om hur kort tid det kan röra sig om, vilket respekteras."),
  ]),
  must_not=[("NL101", "n1")],
  why="only the prognosis is withheld at the patient's wish; the diagnosis is known to him")

C("inf-tb-besked-via-tolk", "1994-03-25", "M",
  N("su_inf", "Läkaranteckning", "Amir Haddad", "läkare", "2024-09-17 15:25", [
      ("Bedömning", "Lymfkörteltuberkulos på halsen, PAD med granulomatös inflammation och positiv PCR för M. tuberculosis."),
      ("Information", "Besked om diagnosen tuberkulos givet i dag via tolk (dari). Pat förstår att det inte smittar i nuvarande form. Informationsblad på dari lämnat."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="diagnosis communicated through an interpreter")

C("ort-gonartros-remiss-ej-meddelad", "1958-02-26", "F",
  N("angelholm_ort", "Läkaranteckning", "Stefan Bengtsson", "läkare", "2024-10-15 09:05", [
      ("Bedömning", "Gonartros hö knä, Ahlbäck grad 3, uttalad värkproblematik trots artrosskola."),
      ("Planering", "Pat önskar operation. Remiss till protesoperation Trelleborg skickad, pat ej informerad om att remissen gått iväg, vi skickar kopia per post."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the un-communicated item is a sent referral; the diagnosis was discussed")

C("uro-psa-normalt-nas-ej", "1962-05-11", "M",
  N("sus_uro_malmo", "Telefonanteckning", "Linda Hägg", "sjuksköterska", "2024-11-26 10:35", [
      ("Åtgärd", "Försökt nå pat för att meddela att kontroll-PSA är 1,1, alltså normalt och oförändrat. Ej svar, lämnat meddelande på röstbrevlådan. Ingen uppföljning behövs."),
  ]),
  must_not=[("NL101", "n1")],
  why="patient not reached about a normal lab value; no diagnosis involved")

C("inf-hiv-pat-har-ej-berattat-for-partner", "1986-10-02", "M",
  N("sus_inf_lund", "Läkaranteckning", "Johanna Mattsson", "läkare", "2024-06-05 11:00", [
      ("Aktuellt", "Känd hiv-infektion sedan 2017, välbehandlad, virusmängd <20."),
      ("Samtal", "Pat har inte berättat om sin hiv-diagnos för sin nya partner. Vi har gått igenom att omätbar virusmängd innebär att hiv inte överförs sexuellt, och erbjudit stöd från kurator om han vill berätta."),
  ]),
  must_not=[("NL101", "n1")],
  why="it is the partner who does not know; the patient obviously knows his diagnosis")

C("neuro-epilepsi-arbetsgivaren-vet-ej", "1997-07-16", "F",
  N("sus_neuro_lund", "Läkaranteckning", "Anna-Karin Holm", "läkare", "2024-03-19 15:10", [
      ("Aktuellt", "Juvenil myoklon epilepsi, anfallsfri på lamotrigin sedan 2022."),
      ("Socialt", "Arbetar som undersköterska på natten. Pat har ännu inte berättat för arbetsgivaren om sin epilepsi och undrar om hon är skyldig att göra det. Diskuterat sömnbrist som anfallsutlösare."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the employer has not been told — not the patient")

C("onk-cancermisstanke-avskriven-ej-underrattad", "1969-01-08", "M",
  N("sus_onk_lund", "Läkaranteckning", "Ebba Sundin", "läkare", "2024-10-29 16:20", [
      ("Provsvar", "PET-DT: inget patologiskt upptag. Lungnodulus oförändrad sedan 2022."),
      ("Bedömning", "Misstanken om lungcancer är därmed avskriven. Benign nodulus, ingen vidare kontroll."),
      ("Planering", "Pat ännu ej underrättad om det lugnande beskedet, ringer honom i morgon bitti."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="cancer suspicion refuted in the same note; patient not yet told of a reassuring result")

C("barn-typ1-foraldrar-informerade-barnet-i-morgon", "2015-12-19", "F",
  N("sas_barn", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-02-22 17:05", [
      ("Bedömning", "Nydebuterad typ 1-diabetes utan ketoacidos."),
      ("Information", "Föräldrarna informerade om diagnosen typ 1-diabetes och om veckans upplägg. Flickan, 8 år, får information anpassad till sin ålder av diabetessköterskan i morgon med bilderbok."),
  ], setting="slutenvård"),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="8-year-old: the guardians (the journal readers) are informed; child-adapted info follows")

C("neuro-stroke-epikris-informerade", "1941-08-21", "M",
  N("alingsas_med", "Epikris", "Lisa Hansson", "läkare", "2024-01-11 13:45", [
      ("Diagnos", "Ischemisk stroke i vä a. cerebri media-område. Förmaksflimmer, nyupptäckt."),
      ("Förlopp", "Trombolys gavs inom 3 timmar med god effekt. Kvarstående lätt afasi. Antikoagulation insatt dag 5."),
      ("Information", "Pat och hustrun informerade om diagnoserna stroke och förmaksflimmer, om orsakssambandet och om förväntat förlopp."),
  ], setting="slutenvård"),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="discharge summary records that diagnoses were communicated")

C("hud-psoriasis-informerd-typo", "2000-09-09", "M",
  N("su_hud", "Läkaranteckning", "Nora Eriksson", "läkare", "2024-04-30 10:30", [
      ("Bedömning", "Plackpsoriasis på armbågar, knän och hårbotten, PASI 8. Ingen artrit."),
      ("Åtgärd", "Pat informerd om diagnosen och att det är en kronisk men behandlingsbar sjukdom. Dovobet gel, återbesök 3 mån."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="patient told about psoriasis (typo: 'informerd' for 'informerad')")

C("onk-mdk-pat-informerad-om-beslut", "1959-12-07", "F",
  N("skas_onk", "Konferensanteckning", "Birgitta Lund", "läkare", "2024-11-12 16:00", [
      ("Konferens", "Bröst-MDK. Deltagare: bröstkirurg, onkolog, radiolog, patolog, kontaktsjuksköterska."),
      ("Bedömning", "Invasiv lobulär cancer vä bröst 24 mm, N0, ER 95 %, HER2 negativ."),
      ("Beslut", "Sektorresektion + sentinel node, därefter strålbehandling och endokrin behandling. Pat är informerad om MDK-beslutet av kontaktsjuksköterskan per telefon direkt efter konferensen."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="MDT note: patient informed of the decision and diagnosis")

C("psyk-adhd-aterkoppling-genomford", "1995-02-11", "M",
  N("sas_psyk", "Psykologanteckning", "Sofie Lindberg", "psykolog", "2024-05-16 13:30", [
      ("Återkoppling", "Återkopplingssamtal efter neuropsykiatrisk utredning. Pat har fått information om diagnosen ADHD, kombinerad form, och om testresultaten. Skriftlig sammanfattning och broschyr lämnades."),
      ("Planering", "Remiss till läkare för ställningstagande till läkemedel. Psykopedagogisk grupp erbjuds."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="psychologist's note after a feedback session: the diagnosis was communicated")

C("hem-provsvar-granskas-ingen-diagnos", "1973-06-06", "F",
  N("su_hem", "Telefonanteckning", "Petra Olsson", "sjuksköterska", "2024-07-09 14:00", [
      ("Kontaktorsak", "Pat ringer och frågar efter svaret på benmärgsprovet."),
      ("Åtgärd", "Provsvaret är inte färdigt. Pat ej informerad om något resultat, ansvarig läkare granskar svaren i morgon och ringer upp henne."),
  ]),
  must_not=[("NL101", "n1")],
  why="no diagnosis written anywhere; 'ej informerad' refers to a pending result")

C("geri-vaskular-demens-svart-ta-till-sig", "1934-04-04", "F",
  N("landskrona_geri", "Läkaranteckning", "Gunilla Paulsson", "läkare", "2024-08-20 10:55", [
      ("Bedömning", "Vaskulär demens, MR med utbredda vitsubstansförändringar och flera lakunära infarkter."),
      ("Information", "Informerat pat om diagnosen vaskulär demens. Hon har svårt att ta till sig informationen och frågar flera gånger vad det betyder, vi upprepar vid nästa besök. Dottern var med och fick skriftlig information."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the patient was told, even if she has trouble taking it in")

C("geri-apoe-pat-vill-ej-veta", "1957-03-17", "M",
  N("su_geri", "Läkaranteckning", "Hans Wiberg", "läkare", "2024-04-25 14:20", [
      ("Bedömning", "Subjektiv kognitiv svikt, normala tester och normal MR. Ingen demenssjukdom."),
      ("Övrigt", "Pat önskar inte få besked om sin APOE-genotyp och vill inte att den analyseras. Analysen är inte beställd."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="no diagnosis; dementia negated, and the test the patient does not want to know about was never done")

C("gastro-adenom-informerad-utkast", "1967-10-10", "M",
  N("sus_gastro_malmo", "Telefonanteckning", "Daniel Sjöberg", "läkare", "2024-12-03 11:25", [
      ("Provsvar", "PAD polyp sigmoideum: tubulärt adenom med låggradig dysplasi, radikalt borttaget."),
      ("Åtgärd", "Pat informerad om PAD per telefon. Ny koloskopi om 5 år enligt riktlinjer, remiss skrivs då."),
  ], delay=None),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="unsigned draft; adenoma result already communicated")

C("akut-make-lungcancer-pat-vet-ej", "1950-02-28", "F",
  N("sus_akut_lund", "Akutanteckning", "Sofia Nyberg", "läkare", "2024-03-02 19:20", [
      ("Aktuellt", "Svimning i hemmet. Ingen bröstsmärta."),
      ("Socialt", "Bor med maken. Enligt sonen har maken nyligen fått diagnosen lungcancer på annat sjukhus, vilket pat ännu inte känner till."),
      ("Bedömning", "Vasovagal synkope. EKG och lab u.a. Går hem med sonen."),
  ], setting="akutvård"),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="the diagnosis the patient does not know is her husband's, not her own")

C("lung-kol-pat-informerad-om-misstanke", "1958-09-19", "M",
  N("su_lung", "Läkaranteckning", "Tobias Wennberg", "läkare", "2024-10-02 09:15", [
      ("Bedömning", "Rökare 40 paketår med ansträngningsdyspné. Misstänkt KOL, spirometri bokad."),
      ("Information", "Pat informerad om misstanken och varför spirometri behövs. Rökstopp diskuterat."),
  ]),
  must_not=[("NL101", "n1")],
  why="suspicion communicated to the patient; NL102 deliberately not asserted (routines differ on communicated suspicions)")

C("reuma-ra-diagnosbesked-igar", "1978-05-24", "F",
  N("su_reuma", "Sjuksköterskeanteckning", "Annika Bruhn", "sjuksköterska", "2024-02-06 10:00", [
      ("Aktuellt", "Pat fick diagnosbesked reumatoid artrit av dr Lindahl vid gårdagens besök. Kommer i dag för metotrexatstart och information."),
      ("Åtgärd", "Gått igenom dosering, folsyra, provtagningsschema och alkoholråd. Pat har förstått."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="nurse's note: the RA diagnosis was given the day before")

C("onk-pad-ej-klart-inget-att-informera", "1952-07-27", "M",
  N("sus_onk_lund", "Telefonanteckning", "Emelie Holst", "sjuksköterska", "2024-06-20 13:15", [
      ("Kontaktorsak", "Pats dotter ringer och undrar varför pappa inte fått något svar."),
      ("Åtgärd", "PAD är inte klart. Pat ej informerad eftersom det ännu inte finns något svar att lämna. Förklarat att det brukar ta två veckor."),
  ]),
  must_not=[("NL101", "n1")],
  why="'ej informerad' because there is no result yet; no diagnosis written")

C("uro-njurcancer-informerad-frun-ringes-ej", "1964-11-30", "M",
  N("su_uro", "Läkaranteckning", "Lars Fransson", "läkare", "2024-08-22 14:35", [
      ("Bedömning", "Klarcellig njurcancer hö, 5 cm, T1b N0 M0."),
      ("Information", "Jag har informerat pat om njurcancern. Han vill gärna att jag inte ringer hans fru, han tar det själv. Op-planering med robotassisterad partiell nefrektomi."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="renal cancer told to the patient; the wife is not to be called")

C("kard-nstemi-informerad-innan-utskrivning", "1961-01-19", "M",
  N("su_kard", "Omvårdnadsanteckning", "Josefin Karlsson", "sjuksköterska", "2024-03-14 19:40", [
      ("Omvårdnad", "Smärtfri sedan PCI i går. Mobiliserad i korridoren utan besvär."),
      ("Information", "Gått igenom diagnosen NSTEMI, nitroglycerin vid behov och hjärtrehabilitering. Pat har förstått och kan återberätta."),
  ], setting="slutenvård"),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="nurse documents discharge information about the NSTEMI")

C("gyn-pcos-ej-informerad-om-labbsvar-normala", "1999-11-15", "F",
  N("sas_gyn", "Telefonanteckning", "Hanna Berglund", "läkare", "2024-09-24 08:55", [
      ("Aktuellt", "Känt PCOS sedan 2021, pat kontrolleras inför IVF-remiss."),
      ("Provsvar", "AMH, TSH och prolaktin inom referens. Pat ej informerad om svaren än, de var normala och meddelas via 1177-meddelande."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="known PCOS; only normal lab results are not yet passed on")

C("onh-otoskleros-tva-anteckningar-informerad", "1982-06-12", "F",
  [N("hbg_onh", "Läkaranteckning", "Mikael Svensson", "läkare", "2024-02-05 10:40", [
      ("Bedömning", "Konduktiv hörselnedsättning vä 35 dB, normal trumhinna, stapediusreflex saknas. Otoskleros vä."),
      ("Information", "Pat informerad om diagnosen och om alternativen hörapparat eller stapedotomi."),
   ]),
   N("hbg_onh", "Telefonanteckning", "Maja Jönsson", "sjuksköterska", "2024-02-19 13:05", [
      ("Kontaktorsak", "Pat ringer och har bestämt sig för operation."),
      ("Åtgärd", "Uppsatt på väntelista för stapedotomi vä. Pat ej informerad om datum, kallelse skickas."),
   ], nid="n2")],
  must_not=[("NL101", "n1"), ("NL101", "n2")],
  why="two notes: diagnosis told in n1; the 'not informed' in n2 concerns an operation date")

C("psyk-ptsd-ej-informerad-om-vantetid", "1987-08-03", "F",
  N("psyk_lund", "Läkaranteckning", "Louise Wallin", "läkare", "2024-06-11 11:40", [
      ("Bedömning", "Posttraumatiskt stressyndrom efter trafikolycka 2023, PCL-5 54. Diagnosen genomgången med pat som kände igen sig väl."),
      ("Planering", "Remiss till traumafokuserad KBT. Väntetiden är okänd och pat är inte informerad om hur lång den blir, psykologen ringer henne."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="PTSD discussed with the patient; the unknown item is a waiting time")

C("inf-borrelia-pat-ej-informerad-om-negativ-serologi", "1976-07-13", "M",
  N("su_inf", "Telefonanteckning", "Karin Sjögren", "sjuksköterska", "2024-08-01 15:50", [
      ("Provsvar", "Borreliaserologi negativ, ingen aktiv infektion. Läkaren bedömer att det inte rör sig om neuroborrelios."),
      ("Åtgärd", "Pat ej informerad ännu, ringer i morgon när han är ledig från arbetet."),
  ]),
  must_not=[("NL101", "n1"), ("NL102", "n1")],
  why="negative serology and a negated diagnosis are not yet told")
# ===========================================================================
# C. NL102 positives: uncertain diagnosis in a visible section of a Melior note
# ===========================================================================

C("akut-misstankt-lungemboli-fragmin", "1974-10-22", "F",
  N("sus_akut_malmo", "Akutanteckning", "Rasmus Thorén", "läkare", "2024-02-10 03:15", [
      ("Aktuellt", "Plötslig andfåddhet och hö-sidig andningskorrelerad bröstsmärta. P-piller, nyligen flygresa från Thailand."),
      ("Status", "AF 24, sat 93 %, puls 112. Hjärta och lungor auskultatoriskt u.a."),
      ("Bedömning", "Misstänkt lungemboli. DT thorax beställd, Fragmin i väntan på svar."),
  ], setting="akutvård"),
  must=P102,
  why="'Misstänkt lungemboli' in the assessment of a visible emergency note")

C("akut-trol-njursten-dd-pyelonefrit", "1981-03-30", "M",
  N("su_akut_ostra", "Akutanteckning", "Alva Magnusson", "läkare", "2024-06-29 14:20", [
      ("Aktuellt", "Kolikartad flanksmärta hö strålande mot ljumsken sedan i morse. Kräkts två gånger. Temp 37,9."),
      ("Bedömning", "Trol. njursten hö (DD pyelonefrit). U-sticka blod 3+, nitrit neg. DT urinvägar och CRP."),
  ], setting="akutvård"),
  must=P102, must_not=[("NL101", "n1")],
  why="abbreviated hedge 'Trol.' plus a DD in a visible emergency note")

C("neuro-bells-pares-fragetecken", "1992-12-05", "M",
  N("su_neuro", "Läkaranteckning", "Ida Lindgren", "läkare", "2024-07-24 16:30", [
      ("Status", "Perifer facialispares hö, kan ej rynka pannan. Inga blåsor i hörselgången. Övrigt neurostatus u.a."),
      ("Bedömning", "Bells pares? DD borreliainfektion, zoster oticus. Prednisolon enligt PM, borreliaserologi."),
  ]),
  must=P102,
  why="eponym with '?' and a differential list in a visible assessment")

C("reuma-sannolikt-pmr", "1950-06-18", "F",
  N("sus_reuma_lund", "Läkaranteckning", "Ingrid Söderlund", "läkare", "2024-01-16 11:20", [
      ("Aktuellt", "Sedan sex veckor stelhet och värk i skuldror och höfter, värst morgon. SR 68, CRP 42."),
      ("Bedömning", "Sannolikt polymyalgia reumatika, DD RA med PMR-liknande debut hos äldre. Prednisolon 15 mg insätts, utvärdering om en vecka."),
  ]),
  must=P102,
  why="Latin diagnosis with 'Sannolikt' and a DD in a visible note")

C("hud-pityriasis-rosea-syfilis-kan-ej-uteslutas", "1989-04-26", "M",
  N("su_hud", "Läkaranteckning", "Nora Eriksson", "läkare", "2024-03-13 13:55", [
      ("Status", "Ovala fjällande makler längs hudlinjerna på bålen, ett större moderfläckliknande element på buken. Handflator fria."),
      ("Bedömning", "Klinisk bild som vid pityriasis rosea, men sekundär syfilis kan inte uteslutas. Tar syfilisserologi och hiv-test efter samtycke."),
  ]),
  must=P102,
  why="'kan inte uteslutas' about syphilis in a visible dermatology note")

C("onh-susp-peritonsillit", "2001-01-17", "F",
  N("hbg_onh", "Akutanteckning", "Maja Jönsson", "läkare", "2024-11-03 18:10", [
      ("Aktuellt", "Halsont fem dagar, nu svårt att svälja och gapa. Varit på VC i tisdags, fick PcV."),
      ("Status", "Trismus, ödematös vä gombåge, uvula förskjuten åt hö."),
      ("Bedömning", "Susp. peritonsillit vä (halsböld). Punktion ger pus 2 ml, odling skickad."),
  ], setting="akutvård"),
  must=P102,
  why="'Susp.' abbreviation for a peritonsillar abscess in a visible ENT note")

C("barn-misstankt-kawasaki", "2020-05-02", "M",
  N("dsbus", "Läkaranteckning", "Karl Nordin", "läkare", "2024-04-04 15:40", [
      ("Aktuellt", "Feber i fem dagar trots antibiotika, röda ögon utan flytningar, spruckna läppar, svullna händer."),
      ("Bedömning", "Misstänkt Kawasakis sjukdom. Eko hjärta i dag, IVIG diskuteras med bakjour."),
  ], setting="slutenvård"),
  must=P102,
  why="paediatric note (guardian readers): suspected Kawasaki disease")

C("gyn-misstanke-om-x-graviditet", "1995-08-14", "F",
  N("su_gyn", "Läkaranteckning", "Lina Fredriksson", "läkare", "2024-05-19 22:05", [
      ("Aktuellt", "Graviditetsvecka 6+2 enligt SM. Lätt blödning och vä-sidig buksmärta."),
      ("Undersökningar", "hCG 1800. VUL: ingen intrauterin graviditet, litet vätskestråk i fossa Douglasi."),
      ("Bedömning", "Misstanke om extrauterin graviditet. Nytt hCG om 48 h, pat inlagd för observation."),
  ], setting="slutenvård"),
  must=P102,
  why="'Misstanke om extrauterin graviditet' in a visible gynaecology note")

C("geri-trolig-lewy-body", "1943-02-13", "M",
  N("skas_geri", "Läkaranteckning", "Per Carlsson", "läkare", "2024-09-12 13:10", [
      ("Aktuellt", "Fluktuerande vakenhet, synhallucinationer av barn i trädgården och lätt parkinsonism."),
      ("Bedömning", "Trolig Lewy body-demnes. Undvik neuroleptika. DaT-scan beställd."),
  ]),
  must=P102,
  why="'Trolig' + eponymic dementia diagnosis in a visible geriatric note (typo: 'demnes')")

C("psyk-mojlig-bipolar-ii-dd-eips", "1994-09-01", "F",
  N("su_psyk", "Läkaranteckning", "Elin Sandberg", "läkare", "2024-02-29 10:45", [
      ("Anamnes", "Återkommande depressioner sedan tonåren, perioder med minskat sömnbehov och ökad energi som varat 4–5 dagar."),
      ("Diagnostiska överväganden", "Möjlig bipolär sjukdom typ II. Differentialdiagnos emotionellt instabil personlighetsstörning. Fortsatt utredning med livsdiagram."),
  ]),
  must=P102,
  why="'Möjlig' and a named differential diagnosis in a visible psychiatric note")

C("lung-oklar-forandring-malignitet-kan-ej-uteslutas", "1955-05-29", "M",
  N("su_lung", "Läkaranteckning", "Tobias Wennberg", "läkare", "2024-07-08 14:25", [
      ("DT thorax", "Spikulerad förändring 18 mm i hö överlob."),
      ("Bedömning", "Oklar lungförändring hos tidigare storrökare, malignitet kan ej utselutas. PET-DT och bronkoskopi."),
  ]),
  must=P102,
  why="'malignitet kan ej uteslutas' in a visible note (typo: 'utselutas')")

C("kard-sannolikt-instabil-angina", "1958-12-28", "M",
  N("csk_akut", "Akutanteckning", "Jesper Holmgren", "läkare", "2024-04-13 07:50", [
      ("Aktuellt", "Återkommande tryck över bröstet vid små ansträngningar senaste veckan, i natt i vila 20 min."),
      ("EKG", "Sinusrytm, ST-sänkning 1 mm V4–V6."),
      ("Bedömning", "Sannolikt instabil angina. Troponin x 2, Trombyl och Brilique, inläggning HIA."),
  ], setting="akutvård"),
  must=P102,
  why="'Sannolikt instabil angina' in a visible emergency assessment")

C("inf-ev-endokardit", "1968-10-06", "M",
  N("sus_inf_lund", "Läkaranteckning", "Johanna Mattsson", "läkare", "2024-11-21 12:15", [
      ("Aktuellt", "Feber i två veckor, nytt blåsljud, tidigare klaffkirurgi 2019."),
      ("Bedömning", "Ev. endokardit. Blododlingar x 3 tagna, TEE bokad i morgon. Avvaktar antibiotika tills odlingar tagna."),
  ], setting="slutenvård"),
  must=P102,
  why="'Ev. endokardit' (hedge abbreviation) in a visible note")

C("kir-appendicit-fragetecken-observation", "2003-04-11", "M",
  N("sus_kir_malmo", "Inskrivningsanteckning", "Niklas Berntsson", "läkare", "2024-08-09 23:30", [
      ("Aktuellt", "Periumbilikal smärta sedan i morse som vandrat till hö fossa. Illamående, ingen aptit."),
      ("Status", "Ömhet och släppömhet i hö fossa. Temp 37,8. CRP 24, LPK 13."),
      ("Bedömning", "Appendicit? Inläggs för observation, fastande, nytt status i morgon bitti."),
  ], setting="slutenvård"),
  must=P102,
  why="diagnosis followed by a question mark in a visible admission note")

C("kir-misstankt-divertikulit-typo", "1957-07-20", "F",
  N("ystad_kir", "Akutanteckning", "Josef Amin", "läkare", "2024-06-16 16:45", [
      ("Aktuellt", "Vänstersidig buksmärta i tre dagar, feber 38,3."),
      ("Bedömning", "Missänkt divertikulit. DT buk med kontrast för att utesluta abscess."),
  ], setting="akutvård"),
  must=P102,
  why="suspected diverticulitis (typo: 'Missänkt')")

C("akut-sannolkit-gikt-typo", "1963-09-14", "M",
  N("skas_akut", "Akutanteckning", "Oliver Strand", "läkare", "2024-01-05 10:05", [
      ("Aktuellt", "Kraftig smärta och rodnad i vä stortåns grundled sedan i natt. Ätit skaldjur och druckit vin i nyårshelgen. Tiaziddiuretika."),
      ("Bedömning", "Sannolkit giktattack vä MTP I. Urat tas men tolkas med försiktighet i akutskedet. Naproxen, kontroll VC."),
  ], setting="akutvård"),
  must=P102,
  why="probable gout attack (typo: 'Sannolkit')")

C("neuro-dd-migran-tia-fokalt-anfall", "1979-03-08", "F",
  N("sus_neuro_lund", "Läkaranteckning", "Viktor Engström", "läkare", "2024-10-10 09:35", [
      ("Aktuellt", "Episod med stickningar i hö hand som spred sig till ansiktet under 15 min, därefter huvudvärk."),
      ("Bedömning", "DD: migrän med aura, TIA, fokalt anfall. MR hjärna och EEG, Trombyl i väntan på MR."),
  ]),
  must=P102,
  why="a bare 'DD:' list of diagnoses in a visible note")

C("reuma-talar-for-horton-biopsi", "1947-11-02", "F",
  N("su_reuma", "Läkaranteckning", "Annika Lindahl", "läkare", "2024-03-05 15:05", [
      ("Aktuellt", "Nytillkommen tinningshuvudvärk, käkclaudicatio, SR 94."),
      ("Bedömning", "Bilden tlar för Hortons sjukdom (jättecellsarterit). Prednisolon 60 mg startas direkt, temporalisbiopsi och ultraljud temporalisartärer bokas."),
  ]),
  must=P102,
  why="'talar för' Horton's disease (eponym) before biopsy (typo: 'tlar')")

C("neuro-mr-inger-misstanke-om-meningeom", "1966-01-25", "F",
  N("su_neuro", "Remissvar", "Jonas Bergh", "läkare", "2024-08-28 11:50", [
      ("Frågeställning", "Huvudvärk och nytillkommen anosmi."),
      ("Svar", "MR inger misstanke om meningeom vid olfaktoriusrännan, 3 cm. Remitteras vidare till neurokirurgen för bedömning."),
  ]),
  must=P102,
  why="referral answer: 'inger misstanke om meningeom'")

C("akut-sab-kan-inte-uteslutas-lp", "1985-05-17", "F",
  N("su_akut", "Akutanteckning", "Alva Magnusson", "läkare", "2024-09-01 01:40", [
      ("Aktuellt", "Åskknallshuvudvärk under träning för 8 timmar sedan, värsta i livet."),
      ("Undersökningar", "DT hjärna utan blödning."),
      ("Bedömning", "Subaraknoidalblödning kan inte uteslutas trots negativ DT efter mer än 6 h. LP planeras 12 h efter debut."),
  ], setting="akutvård"),
  must=P102,
  why="SAH 'kan inte uteslutas' in a visible emergency note")

C("telefon-ssk-misstanker-uvi-melior", "1939-12-15", "F",
  N("hlm_med", "Telefonanteckning", "Emma Lundgren", "sjuksköterska", "2024-05-08 10:25", [
      ("Kontaktorsak", "Hemtjänsten ringer, pat mer förvirrad sedan i går och luktar starkt urin."),
      ("Bedömning", "Misstänker UVI hos pat med KAD. Ingen feber enligt hemtjänsten."),
      ("Åtgärd", "Bokat besök på mottagningen i eftermiddag, U-odling tas då."),
  ]),
  must=P102,
  why="nurse's telephone note in Melior: 'Misstänker UVI'")

C("reuma-preliminar-reaktiv-artrit", "1999-06-30", "M",
  N("sus_reuma_lund", "Läkaranteckning", "Ingrid Söderlund", "läkare", "2024-07-22 10:15", [
      ("Aktuellt", "Svullet hö knä och vä fotled två veckor efter diarrésjukdom på semester."),
      ("Bedömning", "Preliminär diagnos reaktiv artrit. Ledpunktion utan kristaller, odling inväntas. NSAID."),
  ]),
  must=P102,
  why="'Preliminär diagnos' marks the diagnosis as unsettled")

C("lung-diagnos-sarkoidos-fragetecken", "1984-02-02", "F",
  N("su_lung", "Läkaranteckning", "Sara Yilmaz", "läkare", "2024-04-18 13:30", [
      ("Diagnos", "Sarkoidos?"),
      ("Bedömning", "Bilaterala hiluslymfkörtlar och erythema nodosum. EBUS med px bokad."),
  ]),
  must=P102,
  why="diagnosis line ending in '?' in a visible section")

C("barnakut-susp-invagination", "2022-03-09", "M",
  N("sus_barnakut_malmo", "Akutanteckning", "Elsa Rydén", "läkare", "2024-10-05 06:20", [
      ("Aktuellt", "2,5 år, attacker av skrik och uppdragna ben sedan i natt, däremellan blek och slö. En blodtillblandad avföring."),
      ("Bedömning", "Susp. invagination. Akut buk-UL, barnkirurg kontaktad."),
  ], setting="akutvård"),
  must=P102,
  why="toddler (guardian readers): 'Susp. invagination'")

C("psyk-misstankt-adhd-vuxen", "1996-08-19", "M",
  N("sas_psyk", "Läkaranteckning", "Dennis Öhman", "läkare", "2024-01-23 14:40", [
      ("Aktuellt", "Koncentrationssvårigheter, impulsivitet och kaos i vardagen sedan skolåldern. ASRS positiv."),
      ("Bedömning", "Misstänkt ADHD av kombinerad typ. Neuropsykiatrisk utredning påbörjas, skattningsformulär till föräldrar."),
  ]),
  must=P102,
  why="suspected ADHD in an adult psychiatry note")

C("neuro-kan-vara-tidig-parkinson", "1960-10-13", "M",
  N("kungalv_med", "Läkaranteckning", "Magnus Wester", "läkare", "2024-05-23 11:15", [
      ("Status", "Lätt vilotremor i hö hand, minskad medsvängning hö arm, hypomimi."),
      ("Bedömning", "Kan vara tidig Parkinsons sjukdom. Remiss neurolog för DaT-scan."),
  ]),
  must=P102,
  why="'Kan vara' Parkinson's disease in a visible medicine note")

C("akut-misstanke-om-erysipelas-dd-dvt", "1949-07-07", "F",
  N("kungalv_akut", "Akutanteckning", "Oliver Strand", "läkare", "2024-07-14 20:45", [
      ("Status", "Rodnad, värme och svullnad vä underben med skarp kant, temp 38,6."),
      ("Bedömning", "Misstanke om erysipelas vä underben, DD DVT. Ultraljud vener i morgon, PcV-start i dag."),
  ], setting="akutvård"),
  must=P102,
  why="Latin 'erysipelas' with 'Misstanke om' and a DD")

C("inf-formodad-viral-meningit", "2000-04-05", "F",
  N("su_inf", "Läkaranteckning", "Karin Sjögren", "läkare", "2024-08-19 17:25", [
      ("Aktuellt", "Huvudvärk, nackstyvhet och ljuskänslighet i två dagar. Likvor: 180 celler, mononukleära, normal glukoskvot."),
      ("Bedömning", "Förmodad viral meningit, enterovirus-PCR inväntas. Aciklovir tills HSV-PCR negativ."),
  ], setting="slutenvård"),
  must=P102,
  why="'Förmodad' viral meningitis awaiting PCR")

C("onh-sannol-menieres", "1971-11-29", "F",
  N("su_onh", "Läkaranteckning", "Erik Johansson", "läkare", "2024-06-10 09:20", [
      ("Aktuellt", "Attacker av rotatorisk yrsel i timmar, lock för hö öra och brus."),
      ("Bedömning", "Sannol. Ménières sjukdom hö. Audiogram visar lågfrekvent sensorineural nedsättning. Saltrestriktion, Betahistin prövas."),
  ]),
  must=P102,
  why="'Sannol.' with Ménière's disease (eponym) in a visible note")

C("ort-trol-de-quervain", "1990-03-21", "F",
  N("angelholm_ort", "Läkaranteckning", "Stefan Bengtsson", "läkare", "2024-03-06 14:25", [
      ("Aktuellt", "Föräldraledig, ont över radiala handleden vid lyft av barnet."),
      ("Bedömning", "Trol. de Quervains tenosynovit vä, Finkelstein positivt. Ortos och kortisoninjektion."),
  ]),
  must=P102,
  why="'Trol.' + de Quervain eponym")

C("reuma-mojligen-sjogren", "1972-01-14", "F",
  N("su_reuma", "Läkaranteckning", "Annika Lindahl", "läkare", "2024-10-16 10:50", [
      ("Aktuellt", "Torra ögon och mun, svullna parotider, trötthet."),
      ("Bedömning", "Möjligen Sjögrens syndrom. Anti-SSA/SSB beställda, Schirmers test och läppbiopsi."),
  ]),
  must=P102,
  why="'Möjligen Sjögrens syndrom' in a visible rheumatology note")

C("med-epikris-utskrivningsdiagnos-misstankt-tia", "1944-04-23", "M",
  N("nu_med", "Epikris", "Jenny Blom", "läkare", "2024-11-08 14:00", [
      ("Orsak", "Övergående afasi och hö-sidig svaghet i 20 minuter."),
      ("Förlopp", "Helt återställd vid ankomst. DT och DT-angio utan hållpunkter för stenos. Telemetri utan arytmi."),
      ("Utskrivningsdiagnos", "Misstänkt TIA."),
      ("Uppföljning", "Trombyl och statin. Holter 72 h via hjärtmottagningen."),
  ], setting="slutenvård"),
  must=P102,
  why="discharge diagnosis line 'Misstänkt TIA'")

C("onk-mdk-trolig-kolangiokarcinom-klatskin", "1953-08-08", "M",
  N("su_kir", "Konferensanteckning", "Fredrik Ahlberg", "läkare", "2024-02-14 15:35", [
      ("Konferens", "HPB-MDK."),
      ("Bedömning", "Hilär striktur med uppströms gallvägsdilatation. Trolig kolangiokarcinom, ev. Klatskintumör (Bismuth IIIa)."),
      ("Beslut", "ERCP med borstcytologi och stent, därefter ny MDK."),
  ]),
  must=P102,
  why="MDT note with 'Trolig' and 'ev.' eponymic tumour")

C("omv-misstankt-delirium-natten", "1938-06-01", "M",
  N("alingsas_med", "Omvårdnadsanteckning", "Malin Thunberg", "sjuksköterska", "2024-12-12 04:10", [
      ("Omvårdnad", "Pat vaken hela natten, plockar med täcket, tror att han är på jobbet. Dagtid orienterad enligt rapport."),
      ("Bedömning", "Misstänkt delirium. Jourläkare informerad, ordinerar kontroll av blodsocker och urinretention."),
  ], setting="slutenvård"),
  must=P102,
  why="nurse's night note: 'Misstänkt delirium' in a visible section")

C("gyn-trolig-endometrios-utkast", "1997-10-28", "F",
  N("sus_kvinno_malmo", "Läkaranteckning", "Karin Dahl", "läkare", "2024-04-24 11:45", [
      ("Aktuellt", "Svår dysmenorré sedan debut, djup dyspareuni, frånvaro från arbetet två dagar per månad."),
      ("Bedömning", "Trolig endometrios. Endometriom vä ovarium 3 cm på VUL. Kontinuerliga p-piller prövas."),
  ], delay=None),
  must=P102,
  why="unsigned draft: 'Trolig endometrios'")

C("akut-hjartinfarkt-kan-ej-uteslutas", "1962-02-20", "F",
  N("nu_akut", "Akutanteckning", "Rebecca Holm", "läkare", "2024-03-31 12:25", [
      ("Aktuellt", "Diffust obehag i bröstet och illamående, diabetiker."),
      ("Bedömning", "Hjärtinfarkt kan ej uteslutas, första troponin 28. Nytt troponin om 3 h, EKG-övervakning."),
  ], setting="akutvård"),
  must=P102,
  why="'kan ej uteslutas' with a lay diagnosis (hjärtinfarkt)")

C("med-ev-lunginflammation-rtg", "1936-09-30", "F",
  N("hlm_med", "Läkaranteckning", "Sara Olofsson", "läkare", "2024-02-26 09:10", [
      ("Aktuellt", "Ökad hosta och trötthet, CRP 95."),
      ("Bedömning", "Ev. lunginflammation. Rtg pulm i dag, Doxyferm insatt i väntan."),
  ], setting="slutenvård"),
  must=P102,
  why="'Ev.' with the lay name 'lunginflammation'")

C("gastro-utreds-for-misstankt-celiaki", "1998-12-09", "F",
  N("sus_gastro_malmo", "Läkaranteckning", "Daniel Sjöberg", "läkare", "2024-05-30 13:10", [
      ("Aktuellt", "Järnbristanemi, diarréer och uppblåsthet. Transglutaminasak 85."),
      ("Bedömning", "Utreds för misstänkt celiaki. Gastroskopi med duodenalbiopsier, pat ska äta gluten fram till dess."),
  ]),
  must=P102,
  why="'misstänkt celiaki' in a visible gastro note")

C("lung-kol-fragetecken-spirometri", "1961-06-24", "M",
  N("kungalv_med", "Läkaranteckning", "Magnus Wester", "läkare", "2024-09-05 15:55", [
      ("Bedömning", "KOL? Rökare sedan 45 år, slemhosta varje vinter. Spirometri med reversibilitet bokas, rökavvänjning erbjuden."),
  ]),
  must=P102,
  why="abbreviation with '?' (KOL?) as the assessment")

C("psyk-avd-misstankt-psykotiskt-syndrom", "2004-09-22", "M",
  N("su_psyk_avd", "Inskrivningsanteckning", "Elin Sandberg", "läkare", "2024-05-04 02:30", [
      ("Aktuellt", "Förts in av polis efter att ha stått i trafiken och pratat med osynliga personer. Röker cannabis dagligen."),
      ("Bedömning", "Misstänkt psykotiskt syndrom, DD drogutlöst psykos. Tox-screening, LPT-vård."),
  ], setting="psykiatrisk heldygnsvård"),
  must=P102,
  why="psychiatric inpatient admission: hedged psychosis with DD (visible after the 28-day delay)")

C("inf-trolgi-urosepsis-typo", "1945-01-03", "M",
  N("su_inf", "Läkaranteckning", "Amir Haddad", "läkare", "2024-10-18 03:50", [
      ("Aktuellt", "Frossa, hypotension och förvirring. KAD sedan prostataoperation."),
      ("Bedömning", "Trolgi sepsis med urinvägsfokus. Blododlingar och urinodling, cefotaxim, vätska."),
  ], setting="slutenvård"),
  must=P102,
  why="probable sepsis (typo: 'Trolgi')")

C("hem-misstakt-itp-typo", "2017-06-27", "F",
  N("sus_barnakut_malmo", "Akutanteckning", "Elsa Rydén", "läkare", "2024-04-15 19:15", [
      ("Aktuellt", "Petekier på ben och bål sedan i går, förkyld för en vecka sedan. Opåverkad."),
      ("Lab", "TPK 8, övrigt blodstatus normalt."),
      ("Bedömning", "Misstäkt ITP efter virusinfektion. Ingen behandling vid avsaknad av blödning, kontroll om tre dagar."),
  ], setting="akutvård"),
  must=P102,
  why="6-year-old: suspected ITP (typo: 'Misstäkt')")

C("hud-melanom-misstanke-excision", "1966-05-13", "M",
  N("sus_hud_lund", "Läkaranteckning", "Therese Ljung", "läkare", "2024-09-26 14:10", [
      ("Status", "Asymmetrisk 9 mm pigmenterad lesion på ryggen, flera färger, regressionsområde vid dermatoskopi."),
      ("Bedömning", "Stark misstanke om malignt melanom. Diagnostisk excision med 2 mm marginal bokad inom en vecka."),
  ]),
  must=P102,
  why="'Stark misstanke om malignt melanom' in a visible note")

C("neuro-ms-tva-anteckningar-misstanke-sedan-bekraftad", "1994-03-16", "F",
  [N("su_neuro", "Läkaranteckning", "Ida Lindgren", "läkare", "2024-02-19 10:30", [
      ("Aktuellt", "Optikusneurit hö, dimsyn och ögonrörelsesmärta i en vecka."),
      ("Bedömning", "Misstänkt MS, debutattack. MR hjärna och rygg samt LP bokas."),
   ]),
   N("su_neuro", "Läkaranteckning", "Ida Lindgren", "läkare", "2024-03-11 14:05", [
      ("Resultat", "Multipla periventrikulära och infratentoriella lesioner, oligoklonala band i likvor."),
      ("Bedömning", "MS, skovvis förlöpande, diagnosen fastställd. Informerat pat, bromsbehandling med rituximab planeras."),
   ], nid="n2")],
  must=[("NL102", "n1")], must_not=[("NL102", "n2"), ("NL101", "n2")],
  why="two notes: suspicion in n1 fires; n2 confirms and informs (no NL102/NL101)")
# ===========================================================================
# D. NL102 near misses: negated, family/past history, relatives, hedges about
#    plans/medication/prognosis, settled suspicions, PMO, Tidiga hypoteser
# ===========================================================================

C("kir-ingen-misstanke-om-malignitet", "1970-08-31", "F",
  N("trelleborg_kir", "Läkaranteckning", "Per-Olof Mårtensson", "läkare", "2024-02-07 13:35", [
      ("Aktuellt", "Remiss från VC pga blod i avföringen."),
      ("Undersökningar", "Rektoskopi: hemorrojder grad 2 med blödningsstigmata. Ingen misstanke om malignitet."),
      ("Åtgärd", "Gummibandsligatur x 2. Fiberrika kostråd."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Ingen misstanke om malignitet' is negated")

C("akut-inga-tecken-pa-pneumoni", "1988-11-11", "M",
  N("su_akut", "Akutanteckning", "Alva Magnusson", "läkare", "2024-01-28 15:05", [
      ("Aktuellt", "Hosta och feber i fyra dagar."),
      ("Undersökningar", "Lungrtg: inga tecken på pneumoni. CRP 18."),
      ("Bedömning", "Viral luftvägsinfektion. Egenvårdsråd."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="'inga tecken på pneumoni' is negated")

C("akut-dvt-utesluten-ultraljud", "1976-02-15", "F",
  N("csk_akut", "Akutanteckning", "Rasmus Thorén", "läkare", "2024-05-11 11:55", [
      ("Aktuellt", "Svullet vä vad efter långflygning."),
      ("Undersökningar", "D-dimer 0,9. Ultraljud djupa vener vä ben: fullt komprimerbara, DVT utseluten."),
      ("Bedömning", "Muskelbristning i gastrocnemius. Kompression och smärtlindring."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="DVT excluded by ultrasound (typo: 'utseluten')")

C("barnakut-talar-ej-for-appendicit", "2014-01-26", "M",
  N("dsbus_akut", "Akutanteckning", "Sanna Ek", "läkare", "2024-09-21 20:35", [
      ("Aktuellt", "10 år, ont i magen runt naveln sedan i morse, ätit middag."),
      ("Status", "Mjuk buk, ingen släppömhet, hoppar utan smärta. CRP <5."),
      ("Bedömning", "Klinisk bild talar ej för appendicit. Förstoppning, Movicol och kostråd. Åter vid försämring."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="'talar ej för appendicit' is negated")

C("reuma-inga-hallpunkter-for-temporalisarterit", "1952-04-16", "F",
  N("su_reuma", "Läkaranteckning", "Annika Lindahl", "läkare", "2024-06-26 13:20", [
      ("Aktuellt", "Huvudvärk över hjässan i två veckor efter förkylning."),
      ("Bedömning", "Inga hållpunkter för temporalisarterit: SR 12, CRP 3, normala temporalisartärer på ultraljud. Spänningshuvudvärk."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Inga hållpunkter för temporalisarterit'")

C("geri-hereditet-mor-trol-alzheimer", "1949-09-27", "M",
  N("su_geri", "Läkaranteckning", "Hans Wiberg", "läkare", "2024-02-13 09:45", [
      ("Hereditet", "Mor trol. Alzhiemer från 75 års ålder, aldrig utredd. Far hjärtinfarkt vid 60."),
      ("Bedömning", "Lindrig kognitiv störning (MCI) utan påverkan på ADL. Ny testning om ett år."),
  ]),
  must_not=[("NL102", "n1")],
  why="hedged diagnosis belongs to the mother (family history; typo: 'Alzhiemer')")

C("barn-pappan-misstanks-ha-adhd", "2016-04-07", "M",
  N("sas_barn", "Läkaranteckning", "Mattias Öberg", "läkare", "2024-03-27 10:10", [
      ("Hereditet", "Pappan misstänks själv ha ADHD men är inte utredd. Farbror dyslexi."),
      ("Aktuellt", "Pojke 7 år med astma, kontroll. Bra kontroll på Flutide, inga akutbesök."),
      ("Bedömning", "Välkontrollerad astma, oförändrad behandling."),
  ]),
  must_not=[("NL102", "n1")],
  why="the suspected ADHD is the father's, not the child's")

C("geri-maken-har-sannolikt-parkinson", "1946-06-09", "F",
  N("landskrona_geri", "Läkaranteckning", "Gunilla Paulsson", "läkare", "2024-11-13 14:45", [
      ("Socialt", "Bor med maken som enligt pat sannolikt har Parkinson, han darrar och går sämre. Hon är hans huvudsakliga stöd."),
      ("Bedömning", "Pat själv kognitivt intakt, MMSE 29. Ingen demenssjukdom. Anhörigstöd via kommunen."),
  ]),
  must_not=[("NL102", "n1")],
  why="the probable Parkinson's is the husband's (relative), and dementia is negated")

C("neuro-misstankt-epilepsi-2015-avskriven", "1993-10-04", "M",
  N("sus_neuro_lund", "Läkaranteckning", "Anna-Karin Holm", "läkare", "2024-07-30 11:25", [
      ("Tidigare", "Misstänkt epilepsi 2015 efter ett medvetandeförlust, utredd med EEG och MR, misstanken avskrevs och episoden bedömdes som konvulsiv synkope."),
      ("Aktuellt", "Migrän med aura, 3–4 attacker i månaden."),
      ("Bedömning", "Migrän med aura. Profylax med propranolol."),
  ]),
  must_not=[("NL102", "n1")],
  why="old suspicion that was ruled out (past history, settled)")

C("gastro-crohn-ev-koloskopi-efter-sommaren", "1991-02-22", "M",
  N("sus_gastro_malmo", "Läkaranteckning", "Yasmin Karimi", "läkare", "2024-05-15 10:20", [
      ("Aktuellt", "Crohns sjukdom i terminala ileum sedan 2016, på adalimumab. Mår bra, normalt f-kalprotektin."),
      ("Planering", "Ev. koloskopi efter sommaren för att bekräfta slemhinneläkning. Fortsatt adalimumab."),
  ]),
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="'Ev.' hedges a planned procedure; the diagnosis is settled")

C("reuma-overvager-ev-biologiskt", "1980-12-03", "F",
  N("sus_reuma_lund", "Läkaranteckning", "Ingrid Söderlund", "läkare", "2024-08-07 14:05", [
      ("Aktuellt", "Seropositiv RA sedan 2020, DAS28 4,1 trots metotrexat 25 mg."),
      ("Planering", "Överväger ev. tillägg av biologiskt läkemedel om inte bättre efter kortisoninjektioner i båda handlederna. Återbesök 6 v."),
  ]),
  must_not=[("NL102", "n1")],
  why="the hedge is about a medication decision, not the diagnosis")

C("onk-prognos-sannolikt-god", "1975-07-25", "F",
  N("sus_bkk_lund", "Läkaranteckning", "Rebecka Nilsson", "läkare", "2024-12-10 15:10", [
      ("Bedömning", "Bröstcancer hö, pT1cN0, ER+, HER2-, grad 1. Radikalt opererad."),
      ("Information", "Pat informerad om att prognosen bedöms sannolikt god. Endokrin behandling 5 år."),
  ]),
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="'sannolikt' qualifies the prognosis, not the diagnosis")

C("med-trolig-utskrivning-i-morgon", "1940-03-10", "M",
  N("alingsas_med", "Läkaranteckning", "Lisa Hansson", "läkare", "2024-04-19 11:05", [
      ("Aktuellt", "Hjärtsvikt med bevarad ejektionsfraktion, inlagd för dekompensation. Diuretikabehandlad med 4 kg viktnedgång."),
      ("Planering", "Trolig utskrivning i morgon om vikten är stabil. Furix 40 mg x 2."),
  ], setting="slutenvård"),
  must_not=[("NL102", "n1")],
  why="'Trolig' refers to the discharge date")

C("akut-misstankt-appendicit-ct-normal", "2002-06-13", "F",
  N("sus_akut_lund", "Akutanteckning", "Rasmus Thorén", "läkare", "2024-10-12 21:50", [
      ("Aktuellt", "Hö-sidig buksmärta sedan i går, remitterad från VC under misstanke om appendicit."),
      ("Undersökningar", "DT buk: normal appendix, ingen fri vätska. Graviditetstest negativt."),
      ("Bedömning", "Appendicit utesluten. Ospecifik buksmärta, åter vid försämring."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="suspicion settled negative in the same note (CT normal, 'utesluten')")

C("neuro-inkom-misstanke-stroke-mr-bekraftar", "1948-12-17", "M",
  N("sus_neuro_lund", "Läkaranteckning", "Viktor Engström", "läkare", "2024-06-07 09:40", [
      ("Aktuellt", "Inkom i går under misstanke om stroke med dysartri och hö-sidig facialispares."),
      ("Undersökningar", "MR hjärna bekräfatr akut infarkt i vä capsula interna."),
      ("Bedömning", "Lakunär infarkt vä. Trombyl, statin, blodtrycksmål <130."),
  ], setting="slutenvård"),
  must_not=[("NL102", "n1")],
  why="suspicion settled positive by MRI in the same note (typo: 'bekräfatr')")

C("pmo-vc-misstankt-uvi", "1982-05-28", "F",
  N("vc_sodervarn", "Besöksanteckning", "Anna Rosén", "läkare", "2024-03-15 10:30", [
      ("Aktuellt", "Sveda vid miktion och täta trängningar sedan två dagar. Ingen feber."),
      ("Bedömning", "Misstänkt UVI, nedre. U-sticka nitrit pos. Pivmecillinam 200 mg x 3 i 5 dagar."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO: diagnoses are never shown, so a hedged diagnosis does not fire")

C("pmo-bvc-trol-otit", "2022-11-03", "F",
  N("bvc_lomma", "BVC-anteckning", "Hanna Svedberg", "sjuksköterska", "2024-02-20 13:40", [
      ("Aktuellt", "Mamma ringer, flickan 15 mån har haft feber och varit gnällig i natt, tar sig mot hö öra."),
      ("Bedömning", "Trol. otit. Hänvisar till vårdcentralens läkare för öronundersökning i dag."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO BVC note: 'Trol. otit' does not fire")

C("pmo-vc-dd-migran-spanningshuvudvark", "1986-09-12", "F",
  N("vc_eslov", "Besöksanteckning", "Johan Wikander", "läkare", "2024-06-04 15:20", [
      ("Aktuellt", "Huvudvärk 3–4 dagar i veckan sedan i våras, pressande, ibland med illamående."),
      ("Bedömning", "DD migrän/spänningshuvudvärk, inga varningstecken. Huvudvärksdagbok, återbesök 6 v."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO primary care: differential diagnosis does not fire")

C("pmo-um-misstankt-klamydia", "2005-02-01", "M",
  N("um_lund", "Besöksanteckning", "Sara Lindholm", "barnmorska", "2024-04-09 16:15", [
      ("Aktuellt", "Sveda i urinröret en vecka, oskyddat samlag för tre veckor sedan."),
      ("Bedömning", "Misstänkt klamydia. Urinprov för klamydia/gonorré, svar via 1177 inom en vecka."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO youth clinic: suspected chlamydia does not fire")

C("th-skane-mall-misstankt-als", "1961-05-06", "M",
  N("sus_neuro_lund", "Tidiga hypoteser", "Viktor Engström", "läkare", "2024-01-22 16:10", [
      ("Bedömning", "Fascikulationer i armar och tunga samt atrofi av små handmuskler. Misstänkt ALS, ENeG bokad. Ej kommunicerat med pat än."),
  ]),
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="Skåne: suspected ALS placed in the filtered Tidiga hypoteser template (correct use)")

C("th-vgr-sokord-ev-myelom-synligt-neutralt", "1954-02-18", "F",
  N("su_hem", "Läkaranteckning", "Fredrik Ahlberg", "läkare", "2024-07-03 13:05", [
      ("Aktuellt", "Remitterad för anemi och högt totalprotein. Ryggvärk."),
      ("Tidiga hypoteser", "Ev. multipelt myelom, DD MGUS. Benmärgsprov och helkropps-DT."),
      ("Planering", "Benmärgsprov 10/7, helkropps-DT. Pat informerad om undersökningarnas upplägg."),
  ]),
  must_not=[("NL102", "n1")],
  why="VGR: hedged diagnosis only under the filtered sökord Tidiga hypoteser")

C("ort-remissvar-fraktur-fragetecken-ingen-fraktur", "1958-10-19", "F",
  N("angelholm_ort", "Remissvar", "Stefan Bengtsson", "läkare", "2024-01-09 12:40", [
      ("Frågeställning", "Fraktur vä handled? Föll på isen i går."),
      ("Svar", "Ingen fraktur påvisas på röntgen i två plan eller vid klinisk undersökning. Distorsion, ortos 2 veckor."),
  ]),
  must_not=[("NL102", "n1")],
  why="the referral question 'Fraktur?' is answered negatively in the same note")

C("onk-stralbehandling-klar-trol-v34", "1966-07-09", "M",
  N("skas_onk", "Läkaranteckning", "Kristina Fors", "läkare", "2024-07-11 10:40", [
      ("Aktuellt", "Prostatacancer, högrisk. Pågående strålbehandling med hormonbehandling."),
      ("Planering", "Beräknas vara klar med strålbehandlingen trol. v. 34. Lätta tarmbesvär, Loperamid vid behov."),
  ]),
  must_not=[("NL102", "n1")],
  why="'trol.' hedges an end date, not a diagnosis")

C("sjukskrivning-kan-ej-uteslutas-forlangning", "1977-03-23", "M",
  N("ystad_kir", "Läkaranteckning", "Niklas Berntsson", "läkare", "2024-03-20 11:30", [
      ("Aktuellt", "Opererad för navelbråck med nät 4/3. Sårläkning ua, men fortfarande ont vid lyft."),
      ("Planering", "Sjukskriven 100 % till 3/4, att han kan behöva förlängd sjukskrivning kan ej uteslutas med tanke på tungt arbete."),
  ]),
  must_not=[("NL102", "n1")],
  why="'kan ej uteslutas' refers to extended sick leave, not a diagnosis")

C("akut-pat-orolig-cancer-ingen-misstanke", "1983-01-30", "F",
  N("su_akut", "Akutanteckning", "Moa Ström", "läkare", "2024-11-30 18:25", [
      ("Aktuellt", "Knöl i hö armhåla sedan en vecka efter vaccination i samma arm."),
      ("Bedömning", "Pat orolig för att det är cancer. Ingen misstanke om detta, reaktiv lymfkörtel efter vaccin. Kontroll på VC om 4 veckor."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="the patient's worry is answered by a negated suspicion")

C("reuma-undrar-om-fibromyalgi-ej-uppfyllt", "1979-08-07", "F",
  N("su_reuma", "Läkaranteckning", "Annika Lindahl", "läkare", "2024-12-04 09:55", [
      ("Aktuellt", "Generell värk och trötthet sedan 2 år. Normala inflammationsprover."),
      ("Bedömning", "Pat undrar om det kan vara fibromyalgi. Bedömer att kriterierna inte är uppfyllda, 6 av 18 ömma punkter. Ingen inflammatorisk reumatisk sjukdom."),
  ]),
  must_not=[("NL102", "n1")],
  why="patient's own question about a diagnosis, rejected by the doctor")

C("psyk-misstanke-om-att-pat-inte-tar-medicin", "1979-10-15", "M",
  N("sas_psyk", "Sjuksköterskeanteckning", "Tina Lund", "sjuksköterska", "2024-10-22 14:20", [
      ("Aktuellt", "Känd schizoaffektiv sjukdom. Hembesök."),
      ("Bedömning", "Misstanke om att pat inte tar sina mediciner, dosetten full för tre dagar. Pat förnekar sömnstörning."),
      ("Åtgärd", "Läkare informerad, serumkoncentration klozapin tas i morgon."),
  ]),
  must_not=[("NL102", "n1")],
  why="the suspicion concerns non-adherence, not a diagnosis")

C("barn-storebror-har-trol-astma", "2021-07-17", "M",
  N("dsbus", "Läkaranteckning", "Karl Nordin", "läkare", "2024-01-31 11:20", [
      ("Hereditet", "Storebror har trol. astma, mamma pollenallergi."),
      ("Aktuellt", "2 år, tredje episoden med pip i bröstet vid förkylning."),
      ("Bedömning", "Obstruktiv bronkit vid virusinfektion. Airomir via spacer vid behov."),
  ]),
  must_not=[("NL102", "n1")],
  why="'trol. astma' is the brother's diagnosis")

C("kard-ingen-missanke-dvt-typo", "1973-12-22", "F",
  N("sas_kard", "Läkaranteckning", "Emma Granath", "läkare", "2024-08-15 10:35", [
      ("Aktuellt", "Svullna anklar på kvällarna, bilateralt. Nyinsatt amlodipin."),
      ("Bedömning", "Ingen missanke om DVT, symmetriska ödem. Ödemen ses som biverkan av amlodipin, byte till losartan."),
  ]),
  must_not=[("NL102", "n1")],
  why="negated DVT with a typo ('missanke' for 'misstanke')")

C("lung-misstanke-le-kvarstar-ej", "1967-11-19", "M",
  N("su_lung", "Läkaranteckning", "Sara Yilmaz", "läkare", "2024-03-08 16:00", [
      ("Aktuellt", "Andfåddhet efter covid."),
      ("Bedömning", "Misstanke om lungemboli kvarstår ej efter DT-angio utan proppar. Post-covid dyspné, fysioterapi."),
  ]),
  must_not=[("NL102", "n1")],
  why="'Misstanke om lungemboli kvarstår ej' — suspicion withdrawn")


C("pmo-hemsjukvard-trolig-pneumoni", "1931-05-19", "M",
  N("vc_ystad_hsv", "Hemsjukvårdsanteckning", "Eva Nordström", "sjuksköterska", "2024-01-15 14:50", [
      ("Aktuellt", "Hembesök pga feber 38,7 och rosslig andning. Sat 90 %."),
      ("Bedömning", "Trolig pneumoni. Läkare på VC kontaktad, ordinerar Kåvepenin 1 g x 3. Ej aktuellt med sjukhusvård enligt pats tidigare uttalade önskan."),
  ], setting="hemsjukvård"),
  must_not=[("NL102", "n1")],
  why="PMO home-care note: hedged pneumonia does not fire")

C("pmo-bvc-instabil-hoft-fragetecken", "2024-01-08", "F",
  N("bvc_lomma", "BVC-anteckning", "Hanna Svedberg", "sjuksköterska", "2024-02-12 10:25", [
      ("Undersökning", "4-veckorsbesök. Läkarundersökning: asymmetriska lårveck, klick vid Ortolanis test vä."),
      ("Bedömning", "Instabil höft vä? Remiss barnortoped för ultraljud."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO BVC: '?' diagnosis in an infant's note does not fire")

C("pmo-vc-ej-informerad-misstankt-malignitet", "1952-10-25", "M",
  N("vc_nasby", "Besöksanteckning", "Linnea Ahl", "läkare", "2024-09-19 16:35", [
      ("Aktuellt", "Viktnedgång 7 kg, järnbrist, positivt F-Hb."),
      ("Bedömning", "Misstänkt koloncancer. Pat ej informerad om misstanken, remiss för DT kolon enligt standardiserat vårdförlopp skickad."),
  ]),
  must_not=[("NL102", "n1")],
  why="PMO note: hedged cancer does not fire NL102 (NL101 deliberately not asserted on PMO)")


C("onh-misstankt-streptokocktonsillit-bekraftad", "2001-08-22", "F",
  N("su_onh", "Akutanteckning", "Erik Johansson", "läkare", "2024-03-03 12:05", [
      ("Aktuellt", "Feber och svår halsont sedan två dagar, ingen hosta."),
      ("Status", "Beläggningar på båda tonsiller, ömma käkvinkelkörtlar. Centor 4."),
      ("Bedömning", "Misstänkt streptokocktonsillit, strep A-test positivt. Behandlas som streptokocktonsillit med PcV 1 g x 3 i 10 dagar."),
  ], setting="akutvård"),
  must_not=[("NL102", "n1")],
  why="suspicion confirmed by a rapid test in the same note")

C("gastro-kand-uc-aterbesok-fragetecken", "1985-06-03", "M",
  N("kungalv_med", "Läkaranteckning", "Gustav Lindén", "läkare", "2024-10-03 10:45", [
      ("Aktuellt", "Känd ulcerös kolit (colitis ulcerosa) sedan 2008, pankolit. I remission på mesalazin 4 g."),
      ("Planering", "Fortsatt mesalazin. Återbesök om 3 mån eller 6 mån? Pat vill helst vänta till efter sommaren, vi bestämmer via 1177."),
  ]),
  must_not=[("NL102", "n1")],
  why="'?' hedges the follow-up interval, the diagnosis is settled")

C("neuro-gbs-utesluten", "1971-04-08", "M",
  N("su_neuro", "Läkaranteckning", "Jonas Bergh", "läkare", "2024-02-27 15:50", [
      ("Aktuellt", "Domningar i fötter och händer efter gastroenterit, inga pareser."),
      ("Bedömning", "Guillain-Barrés syndrom utesluten med normal neurografi och normalt likvorprotein. Postinfektiösa parestesier, förväntas gå över."),
  ]),
  must_not=[("NL102", "n1")],
  why="eponymic diagnosis excluded ('utesluten')")

C("hud-nevus-utan-misstanke-om-melanom", "1993-09-30", "F",
  N("su_hud", "Läkaranteckning", "Nora Eriksson", "läkare", "2024-06-19 14:15", [
      ("Status", "Helkroppsundersökning, ca 60 nevi. Dermatoskopi av samtliga atypiska."),
      ("Bedömning", "Benigna nevi utan misstanke om melanom. Solskyddsråd, egenkontroll."),
  ]),
  must_not=[("NL102", "n1")],
  why="'utan misstanke om melanom' is negated")

C("geri-fall-sannolikt-orsakat-av-halka", "1937-01-29", "F",
  N("skas_geri", "Läkaranteckning", "Ulla Berg", "läkare", "2024-12-17 11:20", [
      ("Aktuellt", "Föll utomhus på isen i går, slog i hö höft. Ingen yrsel eller medvetandeförlust."),
      ("Bedömning", "Fallet sannolikt orsakat av halka, inget som talar för synkope. Höftröntgen utan fraktur, kontusion."),
      ("Planering", "Broddar förskrivs, fysioterapeut för balansträning."),
  ]),
  must_not=[("NL102", "n1")],
  why="hedge about the mechanism of a fall; fracture and syncope negated")

C("geri-funderar-eventuellt-sarskilt-boende", "1932-08-14", "M",
  N("ystad_geri", "Kuratorsanteckning", "Marie Lilja", "kurator", "2024-05-07 13:30", [
      ("Samtal", "Pat funderar eventuellt på att flytta till särskilt boende efter hustruns död. Han upplever ensamheten som tung men vill inte bli en börda för barnen."),
      ("Åtgärd", "Informerat om biståndsbedömning via kommunen, pat vill fundera vidare."),
  ]),
  must_not=[("NL102", "n1")],
  why="'eventuellt' about the patient's plans; no diagnosis")

C("kard-far-trol-marfan-pat-utredd-normal", "1999-02-25", "M",
  N("sas_kard", "Läkaranteckning", "Emma Granath", "läkare", "2024-01-17 09:30", [
      ("Hereditet", "Pats far hade trol. Marfans syndrom, avled i aortadissektion vid 45 års ålder, aldrig utredd."),
      ("Undersökningar", "Ekokardiografi: normal aortarot 32 mm, inga klaffel. Genetisk analys av FBN1 utan patogen variant."),
      ("Bedömning", "Inga tecken på bindvävssjukdom hos pat. Ny eko om 5 år."),
  ]),
  must_not=[("NL102", "n1")],
  why="hedged eponymic diagnosis belongs to the deceased father; the patient's own workup is negative")

C("gastro-tidigare-misstankt-hemokromatos-bekraftad", "1968-12-06", "M",
  N("hbg_med", "Läkaranteckning", "Ulrika Lindahl", "läkare", "2024-11-20 13:10", [
      ("Aktuellt", "Tidigare misstänkt hemokromatos pga ferritin 1400 och transferrinmättnad 78 %, nu bekräftad med gentest (C282Y homozygot)."),
      ("Planering", "Venesectio varannan vecka till ferritin <50. Syskon erbjuds testning."),
  ]),
  must_not=[("NL102", "n1")],
  why="an earlier suspicion now confirmed")

C("inf-bilden-ej-forenlig-med-erysipelas", "1959-03-04", "M",
  N("sus_inf_lund", "Läkaranteckning", "Johanna Mattsson", "läkare", "2024-04-10 10:25", [
      ("Status", "Bilateral rodnad och fjällning på underbenen, afebril, CRP 6."),
      ("Bedömning", "Bilden ej förenlig med erysipelas. Staseksem bilateralt, kortisonkräm grupp III och kompressionsstrumpor. Antibiotika sätts ut."),
  ]),
  must_not=[("NL102", "n1")],
  why="'ej förenlig med erysipelas' is negated")

C("psyk-mamman-har-sannolikt-bipolar", "2001-07-12", "F",
  N("psyk_lund", "Psykologanteckning", "Johanna Berg", "psykolog", "2024-09-04 15:05", [
      ("Bakgrund", "Uppvuxen med mamma som enligt pat sannolikt har en bipolär sjukdom, med långa perioder i sängen och perioder av stor oro i hemmet."),
      ("Bedömning", "Pat uppfyller kriterier för egentlig depression, måttlig episod. KBT 12 sessioner påbörjas."),
  ]),
  must_not=[("NL102", "n1")],
  why="the hedged bipolar disorder is the mother's; the patient's diagnosis is firm")

C("th-vgr-barn-misstankt-rett", "2021-10-30", "F",
  N("dsbus", "Läkaranteckning", "Karl Nordin", "läkare", "2024-06-13 14:55", [
      ("Aktuellt", "Flicka 2,5 år med avstannad språkutveckling sedan ett halvår och stereotypa handrörelser."),
      ("Tidiga hypoteser", "Misstänkt Retts syndrom. Genetisk analys av MECP2 skickad. Föräldrarna ej informerade om misstanken."),
      ("Planering", "Remiss till barnneurolog och logoped. Föräldrarna informerade om att genetisk utredning och hörselkontroll görs."),
  ]),
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="VGR: suspicion and 'not informed' kept under the filtered sökord; visible sections name no diagnosis")

C("mixed-pmo-forst-melior-sedan", "1972-09-08", "M",
  [N("vc_hoor", "Besöksanteckning", "Johan Wikander", "läkare", "2024-05-02 09:50", [
      ("Aktuellt", "Tryck över bröstet vid promenad i uppförsbacke sedan en månad."),
      ("Bedömning", "Misstänkt kärlkramp. Remiss till kardiologen för arbetsprov, Nitroglycerin vid behov."),
   ]),
   N("csk_kard", "Läkaranteckning", "Jesper Holmgren", "läkare", "2024-05-21 13:25", [
      ("Arbetsprov", "ST-sänkning 2 mm vid 150 W med typisk bröstsmärta."),
      ("Bedömning", "Trolig stabil angina pectoris. Koronarangiografi planeras."),
   ], nid="n2")],
  must=[("NL102", "n2")], must_not=[("NL102", "n1")],
  why="same hedge in two systems: silent on the PMO referral note, fires on the Melior cardiology note")

C("gyn-ev-graviditetsonskan", "1990-05-15", "F",
  N("sas_gyn", "Läkaranteckning", "Hanna Berglund", "läkare", "2024-08-29 15:45", [
      ("Aktuellt", "Myom i uterus, intramuralt 5 cm, menorragi med Hb 104."),
      ("Planering", "Pat har ev. graviditetsönskan inom ett par år, därför myomektomi snarare än hysterektomi. Järntabletter, ny kontroll efter operation."),
  ]),
  must_not=[("NL102", "n1")],
  why="'ev.' hedges a wish for pregnancy; the fibroid diagnosis is settled")

# ===========================================================================
# E. Long notes (300+ words, several sections)
# ===========================================================================

C("lang-pmo-vc-arskontroll-flera-hedges", "1956-01-21", "M",
  N("vc_landskrona", "Besöksanteckning", "Petra Engdahl", "läkare", "2024-04-17 10:05", [
      ("Kontaktorsak", "Årskontroll typ 2-diabetes och hypertoni. Önskar också ta upp domningar i händerna och trötthet."),
      ("Anamnes", "68-årig man, pensionerad busschaufför, bor med hustrun i lägenhet. Röker inte sedan 2010, alkohol 2–3 glas vin i veckan. Diabetes sedan 2014 på metformin 1 g x 2 och Jardiance 10 mg. Hypertoni på amlodipin 10 mg och enalapril 20 mg. Hustrun säger att han snarkar kraftigt och har andningsuppehåll på natten, han somnar framför tv:n varje kväll och har nickat till vid rödljus en gång. Sedan ett halvår domningar i tumme, pek- och långfinger hö hand, värst nattetid, skakar handen för att få tillbaka känseln. Ingen bröstsmärta, ingen andfåddhet, inga fotsår."),
      ("Status", "Vikt 104 kg, BMI 33, midjemått 118 cm. BT 148/88 sittande, puls 76 regelbunden. Hjärta: regelbunden rytm, inga blåsljud. Lungor: vesikulärt andningsljud bilateralt. Fötter: palpabla pulsar, monofilament känns på alla punkter, inga sår eller förhårdnader. Hö hand: positivt Phalens test och Tinels tecken över karpaltunneln, ingen atrofi av thenar."),
      ("Provsvar", "HbA1c 58, kreatinin 92, U-albumin/kreatinin 4,1, LDL 2,9. Fotstatus och ögonbottenfoto utan anmärkning i januari."),
      ("Bedömning", "Diabetes med otillräcklig glukoskontroll och förhöjt blodtryck. Misstänkt obstruktiv sömnapné med dagtrötthet och trafikrisk. Trol. karpaltunnelsyndrom hö. Albuminuri talar för begynnande diabetesnefropati."),
      ("Åtgärd", "Ökar metformin till max, lägger till Ozempic 0,25 mg med upptitrering, sköterska instruerar. Remiss till sömnmottagningen för polygrafi. Informerat om att inte köra bil vid trötthet tills utredning är klar, pat förstår. Nattortos hö hand, remiss neurofysiologi om kvarstående besvär efter 3 månader. Statin erbjuds, pat vill tänka på saken."),
      ("Levnadsvanor", "Promenerar med hunden 20 minuter om dagen, vill gärna börja simma igen. Äter oregelbundet, mycket bröd och läsk på eftermiddagarna. Vi har pratat om måltidsordning och om att byta läsk mot kolsyrat vatten, och han får en remiss till hälsocoach för fysisk aktivitet på recept."),
      ("Uppföljning", "Diabetessköterska om 4 veckor för vikt och BT. Läkarbesök om 6 månader med nytt HbA1c och lipider."),
  ]),
  must_not=[("NL102", "n1")],
  why="long PMO note (300+ words) with several hedged diagnoses: PMO never shows diagnoses")

C("lang-psyk-inskrivning-hedges-om-plan", "1975-03-27", "F",
  N("psyk_malmo_avd", "Inskrivningsanteckning", "Dragan Petrović", "läkare", "2024-02-03 15:30", [
      ("Inskrivningsorsak", "49-årig kvinna med känd recidiverande depression sedan 2005, inlagd frivilligt via psykiatriska akutmottagningen pga svår depressiv episod med tilltagande suicidtankar."),
      ("Anamnes", "Fem tidigare depressiva episoder, senast 2021 då hon svarade väl på ECT efter otillräcklig effekt av två antidepressiva. Sedan oktober försämrad efter att ha förlorat arbetet. Sover 3–4 timmar per natt, har gått ned 6 kg, orkar inte duscha. Har tänkt på att ta tabletter men inte samlat på sig några. Ingen tidigare suicidhandling. Alkohol sparsamt, inga droger. Bor ensam, vuxen dotter i Lund som hon har daglig kontakt med. Ingen hereditet för bipolär sjukdom."),
      ("Psykiskt status", "Vaken, klar och orienterad. Sänkt psykomotoriskt tempo, långa svarslatenser, monoton röst. Grundstämning kraftigt sänkt, affekten stel. Uttrycker hopplöshet och skuld men inga vanföreställningar. Inga hallucinationer. Förnekar aktuella suicidplaner men kan inte ta avstånd från tankarna. MADRS-S 38."),
      ("Suicidriskbedömning", "Förhöjd risk: svår depression, ensamboende, nyligen förlorat arbete. Skyddande: dottern, tidigare god behandlingseffekt, söker själv hjälp."),
      ("Bedömning", "Recidiverande depression, aktuell episod svår utan psykotiska symtom. Inga tecken på manisk eller hypoman episod i anamnesen, ingen misstanke om bipolaritet."),
      ("Somatiskt", "BT 128/80, puls 88. Hjärta och lungor utan anmärkning. Lab: blodstatus, elektrolyter, TSH, B12 och folat tagna, EKG med normalt QTc. Inga kända allergier."),
      ("Läkemedel", "Sertralin 100 mg sedan november, Propavan 25 mg till natten vid behov. Tar läkemedlen enligt ordination enligt egen uppgift och dotterns bekräftelse."),
      ("Vårdform", "Frivillig vård enligt HSL, pat samtycker till inläggning och till observationsnivå. Informerad om avdelningens rutiner och om att hon kan tala med personalen dygnet runt."),
      ("Planering", "Observation med tillsyn var 15:e minut första dygnet. Sertralin höjs till 150 mg. Ev. ECT om ingen förbättring inom en vecka, pat positiv till det. Trol. behov av minst två veckors vård. Samtal med dottern i morgon om pat samtycker. Permission tidigast efter ny suicidriskbedömning. Kontaktperson utses bland avdelningens skötare och vårdplan upprättas tillsammans med pat under måndagen. Ansvarig läkare under vårdtiden blir överläkare på avdelning 82."),
  ], setting="psykiatrisk heldygnsvård"),
  must_not=[("NL102", "n1"), ("NL101", "n1")],
  why="long psychiatric admission: 'Ev.' and 'Trol.' hedge plans only; bipolarity and psychosis negated")

C("lang-vgr-akut-fall-trolig-pneumoni", "1938-07-31", "F",
  N("skas_akut", "Akutanteckning", "Oliver Strand", "läkare", "2024-11-24 16:10", [
      ("Kontaktorsak", "86-årig kvinna som hittats på golvet i hemmet av hemtjänsten i morse, oklart hur länge hon legat."),
      ("Anamnes", "Bor ensam i lägenhet med hemtjänst två gånger dagligen. Känd hypertoni, förmaksflimmer på apixaban, lätt kognitiv svikt enligt minnesutredning 2022. Hemtjänsten uppger att hon varit tröttare och hostat de senaste dagarna och ätit dåligt. Pat själv minns inte fallet, förnekar bröstsmärta och yrsel. Ingen medvetandeförlust som hon känner till."),
      ("Status", "Allmäntillstånd: trött men vaken, orienterad till person men inte tid. Temp 38,4, AF 26, sat 89 % på luft, BT 105/60, puls 104 oregelbunden. Lungor: krepitationer basalt hö. Hjärta: oregelbunden rytm, inga blåsljud. Buk: mjuk, oöm. Neuro: inga fokala bortfall, pupiller lika. Höfter: ingen förkortning eller utåtrotation, kan belasta med stöd. Hematom över hö skuldra, ingen felställning."),
      ("Läkemedel", "Apixaban 2,5 mg x 2, metoprolol 50 mg x 1, amlodipin 5 mg x 1, Alvedon vid behov. Dosett via hemtjänsten, som bekräftar att kvällsdosen i går låg kvar orörd."),
      ("Socialt", "Änka sedan 2019. Sonen bor i Skövde och hälsar på varje helg, dottern i Stockholm. Rollator inomhus, trygghetslarm som hon inte burit på sig i natt. Tidigare uttryckt att hon vill bo kvar hemma så länge som möjligt."),
      ("Undersökningar", "CRP 156, LPK 15,8, kreatinin 134 (tidigare 88), CK 2400. EKG: förmaksflimmer, frekvens 105, inga ischemitecken. DT hjärna: ingen blödning, ingen fraktur. Rtg hö skuldra: ingen fraktur. Rtg pulm: infiltrat i hö underlob."),
      ("Bedömning", "Fall i hemmet med långliggande och lätt rabdomyolys. Trolig pneumoni i hö underlob som utlösande orsak. Akut njursvikt, prerenal. Skallskada och fraktur uteslutna."),
      ("Åtgärd", "Inläggning medicin. Bensylpenicillin 3 g x 3 iv, Ringer-acetat 2 liter första dygnet, urinmätning. Apixaban pausas tills njurfunktionen förbättrats, dosjustering därefter. Syrgas till sat 92–96 %. Sonen informerad per telefon och kommer i eftermiddag. Hemtjänsten meddelad om inläggningen, insatserna pausas. Ställningstagande till fallutredning, larmrutiner och eventuellt utökad hemtjänst inför hemgång görs på vårdavdelningen."),
  ], setting="akutvård"),
  must=P102,
  why="long emergency note with many negations and one hedged diagnosis ('Trolig pneumoni')")


# ===========================================================================
# Validation and output
# ===========================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
TH = "Tidiga hypoteser"


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def validate(cases):
    errors = []

    def err(case, msg):
        errors.append("%s: %s" % (case.get("case", "?"), msg))

    names = set()
    sentences = {}
    for c in cases:
        if set(c) != CASE_KEYS:
            err(c, "case keys %s" % sorted(c))
            continue
        if c["case"] in names:
            err(c, "duplicate case name")
        names.add(c["case"])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c["case"]):
            err(c, "case name not kebab-case")
        if c["ruleset"] not in ("skane", "vgr"):
            err(c, "ruleset %r" % c["ruleset"])
        if not c["why"] or "\n" in c["why"]:
            err(c, "why must be one non-empty line")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            err(c, "record keys %s" % sorted(r))
            continue
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            err(c, "patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            err(c, "personnummer format")
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                err(c, "personnummer does not match birth_date")
            ten = p["id"][2:8] + p["id"][9:]
            if _luhn_digit(ten[:9]) != ten[9]:
                err(c, "personnummer fails Luhn")
        try:
            _dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            err(c, "birth_date invalid")
        if not r["as_of"].startswith("2024-"):
            err(c, "as_of not in 2024")
        ids = set()
        for n in r["notes"]:
            if set(n) != NOTE_KEYS:
                err(c, "note keys %s" % sorted(n))
                continue
            if n["id"] in ids:
                err(c, "duplicate note id")
            ids.add(n["id"])
            for k in ("time", "signed"):
                v = n[k]
                if v is None and k == "signed":
                    continue
                if not str(v).startswith("2024-"):
                    err(c, "%s not in 2024" % k)
                _dt.datetime.fromisoformat(v)
            if n["signed"] is not None and n["signed"] < n["time"]:
                err(c, "signed before time")
            t = _dt.datetime.fromisoformat(n["time"])
            age = _age(p["birth_date"], t.date())
            if 13 <= age <= 15 or age < 0:
                err(c, "patient age %d at note time (13-15 or negative)" % age)
            region = UNITS_BY_HSA.get(n["unit"]["hsa_id"])
            if region != c["ruleset"]:
                err(c, "unit region %s != ruleset" % region)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                err(c, "VGR note not Melior")
            if n["template"] == TH and c["ruleset"] != "skane":
                err(c, "Tidiga hypoteser template used outside Skåne")
            if any(s["keyword"] == TH for s in n["sections"]) and c["ruleset"] != "vgr":
                err(c, "Tidiga hypoteser sökord used outside VGR")
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    err(c, "bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (c["case"], n["id"], s["keyword"]):
                            err(c, "sentence repeated (also in %s): %r" % (sentences[sent][0], sent))
                        else:
                            sentences[sent] = (c["case"], n["id"], s["keyword"])
        systems = {n["id"]: n["system"] for n in r["notes"]}
        seen = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    err(c, "bad %s item %r" % (lst, item))
                    continue
                code, target = item
                if not re.fullmatch(r"NL\d{3}", code):
                    err(c, "bad code %r" % code)
                if target not in ids:
                    err(c, "target %s does not exist" % target)
                    continue
                if (code, target) in seen:
                    err(c, "%s/%s asserted twice or in both lists" % (code, target))
                seen.add((code, target))
                if code == "NL101" and systems[target] == "PMO":
                    err(c, "NL101 asserted on a PMO note")
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    err(c, "NL102 must on a non-Melior note")
        if not c["must"] and not c["must_not"]:
            err(c, "no assertion")
    if not 150 <= len(cases) <= 170:
        errors.append("case count %d outside 150-170" % len(cases))
    return errors


def main():
    errors = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        again = [json.loads(line) for line in fh if line.strip()]
    if again != CASES:
        errors.append("written file differs from data")
    errors += [] if errors else validate(again)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d  must_not %d" % (code, counts[code]["must"], counts[code]["must_not"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
