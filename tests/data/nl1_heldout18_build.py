#!/usr/bin/env python3
"""Gold cases nl1_heldout18_cases: a random audit sample of 2024 journal notes (NL101, NL102).

Dependency-free and deterministic. `python3 build.py` writes nl1_heldout18_cases.jsonl
beside this file and validates it; exit status 1 on any problem.

Written from the regional routines (seeds) and the rule catalog only.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout18_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- units
SK = "SE2321000255-"   # Region Skåne
VG = "SE2321000131-"   # Västra Götalandsregionen

UNITS = {
    # Skåne, Melior (hospitals)
    "lund_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", SK + "7A41"),
    "malmo_kir": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "5K12"),
    "lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "7O03"),
    "lund_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "7L88"),
    "hbg_uro": ("Urologiska kliniken, Helsingborgs lasarett", SK + "2U30"),
    "lund_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "7H19"),
    "csk_kard": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", SK + "3C55"),
    "lund_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", SK + "7G07"),
    "malmo_gastro": ("Mag- och tarmmottagningen, Skånes universitetssjukhus Malmö", SK + "5G44"),
    "lund_onh": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", SK + "7N62"),
    "ystad_ger": ("Geriatriska mottagningen, Lasarettet i Ystad", SK + "4Y21"),
    "malmo_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "5E71"),
    "lund_hema": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "7B36"),
    "lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "7A01"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "5A01"),
    "lund_reuma": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7R15"),
    "hbg_gyn": ("Kvinnokliniken, Helsingborgs lasarett", SK + "2K08"),
    "lund_infek": ("Infektionskliniken, Skånes universitetssjukhus Lund", SK + "7I27"),
    "malmo_hud": ("Hudmottagningen, Skånes universitetssjukhus Malmö", SK + "5H19"),
    "hbg_kard": ("Hjärtmottagningen, Helsingborgs lasarett", SK + "2H55"),
    "trelleborg_kir": ("Kirurgmottagningen, Trelleborgs lasarett", SK + "6T40"),
    "lund_barn": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "7BU2"),
    "lund_barnkir": ("Barnkirurgiska avdelningen, Skånes universitetssjukhus Lund", SK + "7BK4"),
    "hlm_ort": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "8O11"),
    "ystad_med": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "4M03"),
    "landskrona_ger": ("Geriatriska avdelningen, Landskrona lasarett", SK + "9G02"),
    "malmo_dietist": ("Dietistmottagningen, Skånes universitetssjukhus Malmö", SK + "5D90"),
    "angelholm_med": ("Medicinmottagningen, Ängelholms sjukhus", SK + "1M66"),
    "csk_med": ("Medicinavdelning 11, Centralsjukhuset Kristianstad", SK + "3M11"),
    "malmo_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "5M77"),
    "lund_kard": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", SK + "7K20"),
    "malmo_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Malmö", SK + "5L32"),
    "lund_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "7J48"),
    "malmo_infek": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", SK + "5I27"),
    "hbg_kir": ("Kirurgiska avdelningen, Helsingborgs lasarett", SK + "2S14"),
    "csk_ort": ("Ortopedavdelningen, Centralsjukhuset Kristianstad", SK + "3O28"),
    "lund_smarta": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", SK + "7P09"),
    # Skåne, PMO (primary care)
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", SK + "P101"),
    "vc_hoor": ("Vårdcentralen Höör", SK + "P204"),
    "bvc_eslov": ("BVC Eslöv", SK + "P311"),
    "um_lund": ("Ungdomsmottagningen Lund", SK + "P412"),
    "hsv_skurup": ("Hemsjukvårdsteamet, Vårdcentralen Skurup", SK + "P513"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", SK + "P606"),
    "vc_kavlinge": ("Vårdcentralen Kävlinge", SK + "P707"),
    "bvc_hbg": ("BVC Drottninghög, Helsingborg", SK + "P808"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "P909"),
    "vc_landskrona": ("Vårdcentralen Centrum, Landskrona", SK + "P110"),
    # VGR, Melior
    "sahl_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1A10"),
    "sahl_lung": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1L22"),
    "sahl_hema": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", VG + "1H35"),
    "molndal_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2M41"),
    "nal_kvinno": ("Kvinnokliniken, NÄL Trollhättan", VG + "3K12"),
    "sas_neuro": ("Neurologimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4N18"),
    "skovde_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", VG + "5K07"),
    "sahl_njur": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1J50"),
    "ostra_infek": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "6I03"),
    "sahl_onk": ("Jubileumskliniken, onkologi, Sahlgrenska Universitetssjukhuset", VG + "1O77"),
    "sahl_neuro": ("Neurologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1N18"),
    "kungalv_kir": ("Kirurgmottagningen, Kungälvs sjukhus", VG + "7K31"),
    "kungalv_med": ("Medicinavdelning 31, Kungälvs sjukhus", VG + "7M31"),
    "dsbus": ("Drottning Silvias barn- och ungdomssjukhus, akutmottagning", VG + "6B01"),
    "dsbus_mott": ("Drottning Silvias barn- och ungdomssjukhus, barnmedicinsk mottagning", VG + "6B20"),
    "molndal_ort": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2O09"),
    "sas_kard": ("Kardiologimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "4C44"),
    "sahl_gastro": ("Gastroenterologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1G60"),
    "sahl_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1R33"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", VG + "8M02"),
    "sahl_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1U14"),
    "sahl_endo": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1E55"),
    "sahl_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1D21"),
    "sahl_onh": ("Öron-näsa-halsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "1Ö08"),
    "ostra_kvinno": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "6K40"),
    "sahl_smarta": ("Smärtcentrum, Sahlgrenska Universitetssjukhuset", VG + "1S90"),
    "skovde_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", VG + "5M12"),
    "nal_ort": ("Ortopedkliniken, NÄL Trollhättan", VG + "3O05"),
    "uddevalla_med": ("Medicinavdelning 14, Uddevalla sjukhus", VG + "9M14"),
    "sahl_kir": ("Kirurgiska kliniken, Sahlgrenska Universitetssjukhuset", VG + "1K66"),
    "molndal_ger": ("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2G48"),
    "sas_med": ("Medicinavdelning 62, Södra Älvsborgs Sjukhus Borås", VG + "4M62"),
    "sahl_kard": ("Kardiologiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "1C30"),
    "skovde_ogon": ("Ögonmottagningen, Skaraborgs Sjukhus Skövde", VG + "5O19"),
    "sahl_barnneuro": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "6N05"),
    "alingsas_rehab": ("Rehabiliteringsmottagningen, Alingsås lasarett", VG + "8R07"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", VG + "7A01"),
    "sas_gyn": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", VG + "4K16"),
}

PMO_UNITS = {"vc_sodervarn", "vc_hoor", "bvc_eslov", "um_lund", "hsv_skurup", "vc_simrishamn",
             "vc_kavlinge", "bvc_hbg", "vc_tomelilla", "vc_landskrona"}
SKANE_UNITS = {k for k, v in UNITS.items() if v[1].startswith(SK)}

PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
PROTECTED_VGR_KEYWORDS = {"Tidiga hypoteser"}


# ---------------------------------------------------------------- helpers
def luhn_digit(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def pnr(birth_date, serial):
    y, m, d = birth_date.split("-")
    body = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%s%s" % (y, m, d, "%03d" % serial, luhn_digit(body))


def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård", refs=()):
    """signed: minutes after `time` (int), an ISO string, or None for an unsigned draft."""
    system = "PMO" if unit in PMO_UNITS else "Melior"
    if isinstance(signed, int):
        t = _dt.datetime.fromisoformat(time) + _dt.timedelta(minutes=signed)
        signed = t.isoformat()
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
        "_unit_key": unit,
    }


CASES = []
_SERIAL = [211]

# unsigned drafts (the pre-signing case), about one note in ten
DRAFTS = {
    "kard-hcm-genfynd-innan-vagledning", "onh-tonsillcancer-ej-fatt-besked",
    "neuro-ms-informerades-2021", "kir-pad-utan-malignitet-brev", "reuma-pmr-fragetecken",
    "hud-sannolikt-psoriasis-dd-eksem", "endo-trol-primar-hpt", "gyn-trolig-endometrios",
    "pmo-vc-dd-gerd-angina", "th-sokord-myelom-vgr", "neg-ej-hallpunkt-dvt",
    "fam-syster-misstankt-celiaki", "nondiag-ev-aterbesok-diabetes",
    "conf-kand-kol-exacerbation", "told-gyn-diskuterat-trolig-pcos",
}


def add(case, ruleset, birth_date, notes, must, must_not, why, as_of=None):
    _SERIAL[0] = (_SERIAL[0] + 37) % 1000
    serial = _SERIAL[0] if _SERIAL[0] >= 100 else _SERIAL[0] + 100
    unit_keys = [n.pop("_unit_key") for n in notes]
    if case in DRAFTS:
        notes[0]["signed"] = None
    if as_of is None:
        last = max(_dt.datetime.fromisoformat(n["signed"] or n["time"]) for n in notes)
        end = min(last.date() + _dt.timedelta(days=10), _dt.date(2024, 12, 31))
        as_of = end.isoformat() + "T00:00:00"
    record = {
        "patient": {"id": pnr(birth_date, serial), "birth_date": birth_date,
                    "protected_identity": False},
        "as_of": as_of,
        "notes": notes,
        "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({
        "case": case, "ruleset": ruleset, "record": record,
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
        "_units": unit_keys,
    })


def M(code, nid="n1"):
    return (code, nid)


# =====================================================================
# NL101 — diagnosis visible while the patient is not (yet) told
# =====================================================================

add("onk-kolon-pad-ej-besked-skane", "skane", "1951-04-17", [
    N("n1", "malmo_kir", "Läkaranteckning", "Henrik Ståhl", "läkare", "2024-03-05T13:10:00", 35, [
        ("Aktuellt", "Svar på PAD från koloskopin 27/2 inkommit."),
        ("Bedömning", "PAD visar adenocarcinom i sigmoideum, måttligt differentierat. Pat ännu ej informerad, besked ges på mottagningen 12/3 tillsammans med kontaktsjuksköterska."),
        ("Planering", "DT thorax-buk beställd. Tas upp på MDK 14/3."),
    ])],
    [M("NL101")], [], "confirmed colon cancer in Bedömning, patient explicitly not yet told")

add("lung-smacellig-ej-fatt-besked-vgr", "vgr", "1958-11-02", [
    N("n1", "sahl_lung", "Läkaranteckning", "Maria Lindqvist", "läkare", "2024-02-14T10:40:00", 50, [
        ("Bedömning", "CT thorax och bronkoskopi sammantaget: småcellig lungcancer, utbredd sjukdom med levermetastaser. Patienten har inte fått besked än – informeras av ansvarig överläkare på fredag."),
    ])],
    [M("NL101")], [], "small cell lung cancer written visibly, patient has not been told")

add("neuro-als-hustru-vill-narvara", "skane", "1962-08-23", [
    N("n1", "lund_neuro", "Läkaranteckning", "Sofie Bergkvist", "läkare", "2024-04-09T15:20:00", 40, [
        ("Undersökningsfynd", "ENeG: utbredd denervation i tre regioner, fascikulationer."),
        ("Diagnos", "Amyotrofisk lateralskleros (ALS), G12.2."),
        ("Planering", "Pat ej informerad ännu om diagnosen; hustrun önskar närvara vid beskedet, tid 16/4."),
    ])],
    [M("NL101")], [], "ALS in Diagnos section, patient not informed yet")

add("minne-alzheimer-ej-kommunicerad-vgr", "vgr", "1944-01-30", [
    N("n1", "molndal_minne", "Läkaranteckning", "Erik Johansson", "läkare", "2024-05-21T11:00:00", 90, [
        ("Sammanfattning", "Basal demensutredning klar. MMT 21/30, MR med hippocampusatrofi, likvor med sänkt beta-amyloid och förhöjt tau."),
        ("Diagnos", "Alzheimers sjukdom med sen debut, G30.1."),
        ("Information", "Diagnosen är ännu inte kommunicerad till patienten. Återgivning planeras vid återbesök 4/6 med dottern."),
    ])],
    [M("NL101")], [], "Alzheimer diagnosis visible, note says not yet communicated to patient")

add("gyn-cervixcancer-ej-per-telefon", "vgr", "1979-06-12", [
    N("n1", "nal_kvinno", "Läkaranteckning", "Annika Holm", "läkare", "2024-09-03T08:45:00", 25, [
        ("Aktuellt", "PAD cervixbiopsi: skivepitelcancer, minst stadium IB."),
        ("Planering", "Pat ej underrättad. Ska inte meddelas per telefon utan kallas till läkarbesök nästa vecka, kurator bokas samtidigt."),
    ])],
    [M("NL101")], [], "cervical cancer in Aktuellt, patient not to be told by phone and not informed yet")

add("uro-prostata-gleason-besked-ej-lamnat", "skane", "1953-02-08", [
    N("n1", "hbg_uro", "Läkaranteckning", "Jonas Persson", "läkare", "2024-01-18T14:30:00", 20, [
        ("Bedömning", "PSA 48. MR prostata PI-RADS 5, riktade biopsier: prostatacancer Gleason 4+4=8 i 6/8 biopsier. Besked ej lämnat till pat ännu."),
        ("Planering", "Skelettscint och PSMA-PET beställt. Återbesök med besked 25/1."),
    ])],
    [M("NL101")], [], "prostate cancer visible, 'besked ej lämnat till pat'")

add("hema-aml-ssk-telefon-ej-per-telefon", "vgr", "1966-10-19", [
    N("n1", "sahl_hema", "Telefonanteckning", "Lena Åberg", "sjuksköterska", "2024-06-11T16:05:00", 15, [
        ("Kontaktorsak", "Pat ringer och undrar över svaret från benmärgsprovet."),
        ("Åtgärd", "Benmärgssvar klart: akut myeloisk leukemi. Pat får ej informeras per telefon, enl. dr Nilsson tar läkare beskedet imorgon kl 10. Pat fick besökstiden."),
    ])],
    [M("NL101")], [], "nurse note: AML result visible, patient deliberately not told on the phone")

add("hud-melanom-pt-ej-info", "skane", "1985-07-27", [
    N("n1", "lund_hud", "Läkaranteckning", "Karin Nyström", "läkare", "2024-08-20T09:15:00", 30, [
        ("Bedömning", "PAD: malignt melanom, superficiellt spridande, Breslow 1,8 mm, ej ulcererat. Pt ej informerad ännu. Utvidgad excision och portvaktskörtel planeras."),
    ])],
    [M("NL101")], [], "melanoma confirmed, 'Pt ej informerad ännu' (abbreviated)")

add("neuro-ms-vill-ha-god-tid", "vgr", "1993-03-14", [
    N("n1", "sas_neuro", "Läkaranteckning", "Ahmed Karimi", "läkare", "2024-10-02T13:50:00", 70, [
        ("Bedömning", "MR hjärna och halsrygg med flera periventrikulära och juxtakortikala lesioner, oligoklonala band i likvor. Diagnos: multipel skleros, skovvis förlopp."),
        ("Planering", "Har inte informerat patienten ännu om diagnosen - vill ha god tid vid nästa besök 9/10 för att gå igenom behandlingsalternativ."),
    ])],
    [M("NL101")], [], "MS diagnosis visible, doctor has not informed patient yet")

add("kard-hcm-genfynd-innan-vagledning", "skane", "1988-12-05", [
    N("n1", "csk_kard", "Läkaranteckning", "Per-Olof Mårtensson", "läkare", "2024-11-12T10:20:00", 45, [
        ("Aktuellt", "Svar på genetisk analys: patogen variant i MYBPC3."),
        ("Bedömning", "Hypertrofisk kardiomyopati, ärftlig form. Pat har ännu inte informerats om genfyndet; genetisk vägledning bokas först, därefter besked."),
    ])],
    [M("NL101")], [], "hereditary HCM written visibly; patient not yet told of the finding")

add("kir-karcinos-pat-sover", "vgr", "1957-05-09", [
    N("n1", "skovde_kir", "Daganteckning", "Fredrik Olausson", "läkare", "2024-07-16T17:40:00", 20, [
        ("Aktuellt", "Diagnostisk laparoskopi idag: utbredd peritoneal karcinomatos, biopsier tagna."),
        ("Planering", "Pat sover fortfarande på uppvaket, ej informerad. Opererande kirurg informerar imorgon bitti tillsammans med maken."),
    ], setting="slutenvård")],
    [M("NL101")], [], "peritoneal carcinomatosis visible in inpatient note, patient not informed")

add("ogon-retinitis-pigmentosa-vantar", "skane", "1990-09-21", [
    N("n1", "lund_ogon", "Läkaranteckning", "Lisa Engström", "läkare", "2024-03-26T11:30:00", 60, [
        ("Undersökningsfynd", "Benspikelpigmentering i periferin bilat, ERG kraftigt nedsatt."),
        ("Diagnos", "Retinitis pigmentosa, H35.5."),
        ("Planering", "Pat ej informerad än om diagnosen, väntar på genetiskt svar innan informationssamtalet."),
    ])],
    [M("NL101")], [], "retinitis pigmentosa in Diagnos, patient not informed yet")

add("njur-lupusnefrit-ringer-efter-ronden", "vgr", "1996-01-03", [
    N("n1", "sahl_njur", "Läkaranteckning", "Johanna Wikström", "läkare", "2024-02-28T12:10:00", 30, [
        ("Bedömning", "Njurbiopsi: lupusnefrit klass IV med aktiva lesioner. Pat ej informerad ännu om biopsisvaret — ringer henne efter ronden och bokar in henne på mottagningen."),
    ])],
    [M("NL101")], [], "lupus nephritis result visible, patient not told yet")

add("gastro-psc-typo-infomerad", "skane", "1982-04-29", [
    N("n1", "malmo_gastro", "Läkaranteckning", "Oskar Lindahl", "läkare", "2024-05-07T14:00:00", 40, [
        ("Bedömning", "MRCP med strikturer och dilatationer i intrahepatiska gallvägar, leverbiopsi förenlig. Primär skleroserande kolangit. Pat ej infomerad ännu, besked vid återbesök 3/6."),
    ])],
    [M("NL101")], [], "PSC diagnosis visible, patient not informed (typo 'infomerad')")

add("onk-levermets-ska-inte-fa-veta", "vgr", "1960-08-15", [
    N("n1", "sahl_onk", "Läkaranteckning", "Cecilia Strand", "läkare", "2024-04-23T09:30:00", 55, [
        ("Aktuellt", "Utvärderings-CT efter fjärde kuren."),
        ("Bedömning", "Progress med nya levermetastaser, bröstcancern svarar inte på nuvarande behandling. Patienten ska inte få veta förrän kontaktläkaren träffat henne på tisdag."),
    ])],
    [M("NL101")], [], "progression with liver metastases visible, patient must not be told before visit")

add("onh-tonsillcancer-ej-fatt-besked", "skane", "1967-11-11", [
    N("n1", "lund_onh", "Läkaranteckning", "Magnus Hed", "läkare", "2024-10-15T13:15:00", 35, [
        ("Bedömning", "PAD tonsillbiopsi hö: skivepitelcancer, p16-positiv. Patienten har inte fått besked ännu, tas på besök 22/10."),
    ])],
    [M("NL101")], [], "tonsil cancer confirmed, patient has not received the news")

add("ger-vaskular-demens-sonen-ber-vanta", "skane", "1938-06-02", [
    N("n1", "ystad_ger", "Läkaranteckning", "Birgitta Sandberg", "läkare", "2024-09-17T10:45:00", 120, [
        ("Diagnos", "Vaskulär demens, F01.9."),
        ("Anhörigkontakt", "Sonen ringt och ber att vi väntar med beskedet till han kan närvara. Pat ej informerad om diagnosen, planeras vid hembesök i oktober."),
    ])],
    [M("NL101")], [], "vascular dementia visible; patient not informed at son's request")

add("endo-papillar-tyreoidea-kirurg-informerar", "skane", "1975-03-19", [
    N("n1", "malmo_endo", "Läkaranteckning", "Nadia Haddad", "läkare", "2024-04-30T15:00:00", 25, [
        ("Bedömning", "Finnålscytologi hö tyreoidealob: papillär tyreoideacancer, Bethesda VI. Pat ej informerad, informeras av endokrinkirurg vid besök 14/5."),
    ])],
    [M("NL101")], [], "papillary thyroid cancer visible, patient not informed")

add("infek-hiv-kallas-imorgon", "vgr", "1991-12-22", [
    N("n1", "ostra_infek", "Läkaranteckning", "Gustav Ek", "läkare", "2024-03-08T16:20:00", 20, [
        ("Aktuellt", "HIV-test positivt, konfirmerat med western blot. HIV-1-infektion."),
        ("Planering", "Pat är ännu inte informerad, kallas till mottagningen imorgon för besked och smittskyddsinformation."),
    ])],
    [M("NL101")], [], "HIV infection documented visibly before the patient is told")

add("hema-myelom-ansvarig-hematolog", "skane", "1949-10-07", [
    N("n1", "lund_hema", "Läkaranteckning", "Tobias Rydberg", "läkare", "2024-06-25T11:40:00", 50, [
        ("Sammanfattning", "Myelomutredningen klar. M-komponent IgG 42 g/l, 35 % plasmaceller i benmärg, osteolyser i bäcken."),
        ("Diagnos", "Multipelt myelom, ISS II."),
        ("Information", "Pat ej informerad. Ska informeras av ansvarig hematolog vid besöket 2/7."),
    ])],
    [M("NL101")], [], "myeloma diagnosis visible, patient not informed, to be told by hematologist")

add("neuro-huntington-telegrafisk", "vgr", "1984-02-17", [
    N("n1", "sahl_neuro", "Läkaranteckning", "Elin Fors", "läkare", "2024-08-06T09:05:00", 10, [
        ("Bedömning", "Gentest: 44 CAG-repetitioner. Huntingtons sjukdom bekräftad. Patientn har inte informerats ännu."),
    ])],
    [M("NL101")], [], "telegraphic: Huntington confirmed, patient not yet informed (typo 'Patientn')")

add("lung-adenoca-ssk-hanvisad-lakarbesok", "skane", "1955-09-30", [
    N("n1", "lund_lung", "Telefonanteckning", "Malin Åkesson", "sjuksköterska", "2024-04-17T10:10:00", 15, [
        ("Kontaktorsak", "Pat ringer och frågar efter svar på bronkoskopin."),
        ("Åtgärd", "PAD visar adenocarcinom i vänster överlob. Pat ej informerad om svaret i telefon enligt läkarens ordination, hänvisad till läkarbesök 18/4."),
    ])],
    [M("NL101")], [], "nurse phone note: lung adenocarcinoma visible while patient is kept uninformed")

add("njur-adpkd-typo-berattat", "vgr", "1987-07-04", [
    N("n1", "sahl_njur", "Läkaranteckning", "Pontus Grahn", "läkare", "2024-11-26T14:25:00", 30, [
        ("Bedömning", "Ultraljud med multipla bilaterala cystor, förstorade njurar, eGFR 68. Diagnos: polycystisk njursjukdom (ADPKD). Har inte berätttat för pat ännu – tar det vid återbesöket i december."),
    ])],
    [M("NL101")], [], "ADPKD visible, patient not told yet (typo 'berätttat')")

add("kir-pankreascancer-typo-informerd", "vgr", "1946-12-14", [
    N("n1", "kungalv_kir", "Läkaranteckning", "Sara Bjelke", "läkare", "2024-01-29T13:35:00", None, [
        ("Bedömning", "CT buk: pankreascancer i caput med multipla levermetastaser, ej operabel. Pat ej informerd, anhöriga kontaktas inför gemensamt samtal."),
    ])],
    [M("NL101")], [], "unsigned draft: inoperable pancreatic cancer, patient not informed (typo 'informerd')")

add("hud-basaliom-sokt-utan-svar", "skane", "1950-05-25", [
    N("n1", "malmo_hud", "Telefonanteckning", "Jenny Borg", "sjuksköterska", "2024-12-03T13:00:00", 10, [
        ("Åtgärd", "PAD från stansbiopsi näsvinge: basalcellscancer, infiltrativ typ. Sökt pat två gånger utan svar, har alltså inte fått besked ännu. Nytt försök imorgon."),
    ])],
    [M("NL101")], [], "basal cell carcinoma result visible, patient could not be reached and is not told")

add("brost-multinote-ej-info-sedan-besked", "vgr", "1970-10-28", [
    N("n1", "ostra_kvinno", "Läkaranteckning", "Hanna Ljung", "läkare", "2024-03-11T15:30:00", 30, [
        ("Bedömning", "Mammografi, ultraljud och mellannålsbiopsi: invasiv duktal bröstcancer vä bröst, 18 mm, ER-positiv. Pat ej informerad, besked på mottagningen 14/3."),
    ]),
    N("n2", "ostra_kvinno", "Läkaranteckning", "Hanna Ljung", "läkare", "2024-03-14T10:00:00", 40, [
        ("Aktuellt", "Besök med maken och kontaktsjuksköterska."),
        ("Information", "Besked lämnat om bröstcancern och planerad sektorresektion med portvaktskörtel. Pat tog beskedet sakligt, ställde många frågor."),
    ])],
    [M("NL101", "n1")], [M("NL101", "n2")],
    "two notes: breast cancer visible before telling (n1) vs. the note documenting the news (n2)")


# ---------------------------------------------------------------- NL101 near misses
add("onk-adenoca-informerad-med-make", "vgr", "1963-04-04", [
    N("n1", "sahl_onk", "Läkaranteckning", "Cecilia Strand", "läkare", "2024-05-13T14:20:00", 40, [
        ("Bedömning", "PAD från levern: metastas av adenocarcinom med utgång i pankreas, bekräftat med immunfärgning och CT-fynd i pankreassvansen."),
        ("Information", "Pat informerad om diagnosen idag tillsammans med maken, kontaktsjuksköterska närvarande. Skriftlig information och direktnummer lämnade."),
    ])],
    [], [M("NL101")], "cancer diagnosis visible but the patient was told today")

add("neuro-parkinson-barnen-ej-informerade", "skane", "1952-07-19", [
    N("n1", "lund_neuro", "Läkaranteckning", "Sofie Bergkvist", "läkare", "2024-02-06T10:00:00", 30, [
        ("Diagnos", "Parkinsons sjukdom, G20.9."),
        ("Information", "Pat informerad och har fått skriftlig information från Parkinsonförbundet. Barnen är ännu inte informerade, pat vill själv berätta för dem i helgen."),
    ])],
    [], [M("NL101")], "relatives not informed while the patient himself was")

add("kard-fa-ej-informerad-om-tid", "vgr", "1948-09-09", [
    N("n1", "sas_kard", "Läkaranteckning", "Viktor Lund", "läkare", "2024-06-04T09:40:00", 20, [
        ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3. Startar apixaban 5 mg x 2, pat införstådd med behandlingen."),
        ("Planering", "Pat ej informerda om nästa tid ännu - kallelse till elkonvertering skickas per post."),
    ])],
    [], [M("NL101")], "'ej informerad' refers to the next appointment, not the diagnosis (typo 'informerda')")

add("kir-pad-utan-malignitet-brev", "skane", "1972-02-21", [
    N("n1", "hbg_kir", "Läkaranteckning", "Alexander Wiik", "läkare", "2024-10-22T08:30:00", 15, [
        ("Aktuellt", "PAD från polypektomin i rektum inkommit: utan malignitet, normal slemhinna."),
        ("Planering", "Pat ej informerad om svaret ännu, sekreterare skickar brev. Ingen ytterligare uppföljning."),
    ])],
    [], [M("NL101")], "patient not yet told a normal, non-diagnostic result")

add("th-mall-pankreas-ej-info-skane", "skane", "1954-08-08", [
    N("n1", "malmo_kir", "Tidiga hypoteser", "Henrik Ståhl", "läkare", "2024-07-02T11:15:00", 20, [
        ("Bedömning", "Stark misstanke om pankreascancer utifrån CT och CA 19-9 på 900. Pat ej informerad om misstanken, väntar på EUS med biopsi."),
    ])],
    [], [M("NL101"), M("NL102")], "hedged diagnosis not told to the patient, written in the protected Tidiga hypoteser template (Skåne)")

add("th-sokord-lymfom-vgr", "vgr", "1977-01-26", [
    N("n1", "alingsas_med", "Läkaranteckning", "Rebecka Nord", "läkare", "2024-08-27T13:30:00", 45, [
        ("Aktuellt", "Viktnedgång 8 kg på tre månader, nattsvettningar. Palpabel körtel vä supraklavikulärt."),
        ("Planering", "Körtelbiopsi via kirurgen, DT hals-thorax-buk. Återbesök när svaren finns."),
        ("Tidiga hypoteser", "Misstänkt lymfom. Pat ej informerad om misstanken i väntan på biopsi."),
    ])],
    [], [M("NL101"), M("NL102")], "suspicion and 'ej informerad' only under the filtered sökord Tidiga hypoteser (VGR)")

add("mammo-hereditet-mor-fick-aldrig-veta", "skane", "1981-05-30", [
    N("n1", "hbg_gyn", "Läkaranteckning", "Ida Carlsson", "läkare", "2024-04-16T14:45:00", 30, [
        ("Hereditet", "Mor hade bröstcancer och fick aldrig själv veta diagnosen på 80-talet, enligt pat."),
        ("Bedömning", "Klinisk bröstundersökning och mammografi utan anmärkning. Remiss till onkogenetisk mottagning för riskbedömning."),
    ])],
    [], [M("NL101")], "family history: the mother was never told, the patient has no undisclosed diagnosis")

add("neuro-ms-informerades-2021", "vgr", "1986-03-03", [
    N("n1", "sahl_neuro", "Läkaranteckning", "Elin Fors", "läkare", "2024-09-10T10:30:00", 25, [
        ("Aktuellt", "Årskontroll. Pat informerades 2021 om diagnosen MS och har sedan dess stått på ocrelizumab utan nya skov."),
        ("Bedömning", "Stabil sjukdom, EDSS 1,5. Fortsatt behandling."),
    ])],
    [], [M("NL101")], "past disclosure: patient was informed of MS in 2021")

add("hud-basaliom-informerad-per-brev", "skane", "1946-11-20", [
    N("n1", "lund_hud", "Läkaranteckning", "Karin Nyström", "läkare", "2024-02-20T10:50:00", 15, [
        ("Bedömning", "Basalcellscancer hö kind, radikalt exciderad enligt PAD. Pat har informerats om PAD-svaret per brev. Ingen ytterligare kontroll."),
    ])],
    [], [M("NL101")], "basal cell carcinoma already communicated by letter")

add("dietist-t2d-ej-informerad-kolhydrater", "vgr", "1959-08-31", [
    N("n1", "alingsas_med", "Dietistanteckning", "Therese Blom", "dietist", "2024-03-19T09:00:00", 60, [
        ("Aktuellt", "Diabetes typ 2 sedan 2015, HbA1c 71. Remiss för kostgenomgång."),
        ("Åtgärd", "Pat ej informerad om tallriksmodellen eller kolhydratfördelning tidigare; genomgång idag med skriftligt material."),
    ])],
    [], [M("NL101")], "dietitian: patient not previously informed about diet method, not about a diagnosis")

add("fysio-knaartros-info-om-traning", "skane", "1957-12-12", [
    N("n1", "hlm_ort", "Fysioterapeutanteckning", "Mattias Holmgren", "fysioterapeut", "2024-05-28T13:00:00", 30, [
        ("Aktuellt", "Knäartros bilat, röntgenverifierad. Remitterad för artrosskola."),
        ("Åtgärd", "Pat har inte tidigare fått information om träningens betydelse vid artros, informerad idag och startar hemträningsprogram."),
    ])],
    [], [M("NL101")], "physiotherapist: 'not informed' is about training advice for a known diagnosis")

add("ssk-hjartsvikt-besokstid-andrad", "vgr", "1941-04-22", [
    N("n1", "uddevalla_med", "Omvårdnadsanteckning", "Emma Gustavsson", "sjuksköterska", "2024-12-10T15:30:00", 10, [
        ("Omvårdnad", "Känd hjärtsvikt, viktkontroll dagligen, idag +0,4 kg. Pat ej informerad om att besökstiden till hjärtsviktsmottagningen ändrats, ringer henne imorgon."),
    ])],
    [], [M("NL101")], "nurse: uninformed about a changed appointment time only")

add("onk-glioblastom-vill-ej-prognos", "skane", "1964-06-14", [
    N("n1", "lund_onk", "Läkaranteckning", "Anders Mellgren", "läkare", "2024-07-09T14:10:00", 35, [
        ("Aktuellt", "Inför start av strålbehandling med temozolomid."),
        ("Information", "Pat känner väl till sin diagnos, glioblastom, men önskar inte diskutera prognos i dag. Respekteras, erbjuds nytt samtal."),
    ])],
    [], [M("NL101")], "patient knows the diagnosis and declines prognosis talk")

add("barn-epilepsi-foraldrar-informerade", "vgr", "2016-02-09", [
    N("n1", "sahl_barnneuro", "Läkaranteckning", "Maja Sundin", "läkare", "2024-10-08T11:20:00", 30, [
        ("Bedömning", "EEG med centrotemporala spikar, typiska nattliga anfall. Diagnos: självbegränsande epilepsi med centrotemporala spikar."),
        ("Information", "Föräldrarna informerade om diagnosen och god prognos. Barnet självt har fått en åldersanpassad förklaring."),
    ])],
    [], [M("NL101")], "child under 13: guardians informed of the diagnosis")

add("minne-alzheimer-info-till-pat-och-dotter", "skane", "1940-09-03", [
    N("n1", "malmo_minne", "Läkaranteckning", "Rasmus Falk", "läkare", "2024-11-05T10:00:00", 45, [
        ("Diagnos", "Alzheimers sjukdom, G30.1."),
        ("Information", "Informationen om diagnosen gavs till pat och dotter idag. Pat minns sannolikt inte samtalet i detalj, därför skriftlig information medskickad."),
    ])],
    [], [M("NL101")], "diagnosis communicated; hedge concerns memory of the talk, not the diagnosis")

add("ort-hoftfraktur-ej-info-op-tid", "vgr", "1935-01-15", [
    N("n1", "nal_ort", "Inskrivningsanteckning", "Johan Alm", "läkare", "2024-01-09T22:15:00", 30, [
        ("Bedömning", "Lateral collumfraktur vä, pat informerad om frakturen och behovet av operation."),
        ("Planering", "Fasta från midnatt. Pat ej informerad om exakt operationstid ännu, beror på morgondagens program."),
    ], setting="slutenvård")],
    [], [M("NL101")], "told about fracture, only operation time not yet known/informed")

add("uro-prostata-besked-telefon-enl-onskemal", "skane", "1958-04-26", [
    N("n1", "hbg_uro", "Telefonanteckning", "Jonas Persson", "läkare", "2024-08-13T08:40:00", 10, [
        ("Åtgärd", "Prostatacancer Gleason 3+3, lågrisk, enligt biopsierna. Besked lämnat per telefon enligt pats uttryckliga önskemål, aktiv monitorering diskuterad."),
    ])],
    [], [M("NL101")], "diagnosis given by phone as the patient wished")

add("lung-sarkoidos-pat-ej-berattat-for-chef", "vgr", "1989-10-10", [
    N("n1", "sahl_lung", "Läkaranteckning", "Maria Lindqvist", "läkare", "2024-09-24T13:00:00", 30, [
        ("Aktuellt", "Sarkoidos stadium II sedan våren, välkänd av pat."),
        ("Socialt", "Pat har inte informerat arbetsgivaren om sin sjukdom och vill inte att intyget nämner diagnosen."),
    ])],
    [], [M("NL101")], "the patient has not told the employer; the patient knows the diagnosis")

add("infek-borrelia-negativ-svar-via-1177", "skane", "1979-07-07", [
    N("n1", "lund_infek", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-08-29T15:10:00", 20, [
        ("Aktuellt", "Borreliaserologi i serum och likvor negativ."),
        ("Planering", "Pat ej informerad ännu, svaret skickas via 1177 imorgon. Ingen neuroborrelios."),
    ])],
    [], [M("NL101")], "not informed of a negative test; no diagnosis present")

add("kir-vantar-pad-ej-klart", "vgr", "1968-02-02", [
    N("n1", "sahl_kir", "Telefonanteckning", "Lars Ekdahl", "sjuksköterska", "2024-04-04T11:05:00", 5, [
        ("Kontaktorsak", "Pat ringer, väntar på besked om PAD efter gallblåseoperationen."),
        ("Åtgärd", "Provsvaret är ännu inte klart. Pat får inget besked idag, vi återkommer när svaret inkommit."),
    ])],
    [], [M("NL101")], "no result yet, so no diagnosis is visible while pending")

add("hema-kll-hustrun-ej-informerad", "skane", "1950-12-28", [
    N("n1", "lund_hema", "Läkaranteckning", "Tobias Rydberg", "läkare", "2024-10-01T09:50:00", 30, [
        ("Aktuellt", "KLL stadium A, ingen behandlingsindikation. Pat välinformerad om sin sjukdom sedan 2019."),
        ("Socialt", "Frun är inte informerad om diagnosen enligt pats önskan, vilket respekteras."),
    ])],
    [], [M("NL101")], "the wife is not informed at the patient's wish; the patient is")

add("neuro-mr-inga-tecken-ms-meddelat", "vgr", "1995-06-18", [
    N("n1", "sas_neuro", "Telefonanteckning", "Ahmed Karimi", "läkare", "2024-02-27T14:00:00", 10, [
        ("Åtgärd", "Ringt pat och meddelat MR-svaret: inga tecken på MS eller annan inflammatorisk sjukdom. Pat lättad, ingen uppföljning."),
    ])],
    [], [M("NL101"), M("NL102")], "negated MS, result told to the patient")

add("gastro-celiaki-typo-infomerad", "skane", "1999-03-27", [
    N("n1", "malmo_gastro", "Läkaranteckning", "Oskar Lindahl", "läkare", "2024-06-18T10:25:00", 20, [
        ("Bedömning", "Duodenalbiopsier: totalt villusatrofi, Marsh 3c. Celiaki. Pat infomerad om diagnosen och har fått remiss till dietist för glutenfri kost."),
    ])],
    [], [M("NL101")], "patient informed of celiac disease (typo 'infomerad')")

add("neuro-als-th-sedan-informerad", "skane", "1959-01-08", [
    N("n1", "lund_neuro", "Tidiga hypoteser", "Sofie Bergkvist", "läkare", "2024-05-14T16:00:00", 10, [
        ("Bedömning", "Misstänkt ALS, ENeG avvaktas. Pat ej informerad om misstanken."),
    ]),
    N("n2", "lund_neuro", "Läkaranteckning", "Sofie Bergkvist", "läkare", "2024-06-04T11:30:00", 40, [
        ("Diagnos", "Amyotrofisk lateralskleros fastställd efter ENeG."),
        ("Information", "Pat och make informerade om diagnosen idag. Kurator och ALS-team kopplas in."),
    ])],
    [], [M("NL101", "n1"), M("NL101", "n2")],
    "hypothesis uninformed in Tidiga hypoteser template (n1); later visible diagnosis told (n2)")

add("infek-hepc-vill-ej-att-make-vet", "vgr", "1983-11-13", [
    N("n1", "ostra_infek", "Läkaranteckning", "Gustav Ek", "läkare", "2024-07-23T13:45:00", 30, [
        ("Bedömning", "Kronisk hepatit C genotyp 3, pat informerad om diagnosen och smittvägar. Pat vill inte att maken informeras ännu, diskuterat vikten av att han testar sig."),
    ])],
    [], [M("NL101")], "patient informed; it is the husband who is not")


# =====================================================================
# NL102 — hedged diagnosis in a visible Melior section
# =====================================================================

add("akut-susp-appendicit-kort", "vgr", "1998-05-16", [
    N("n1", "sahl_akut", "Akutanteckning", "Niklas Berg", "läkare", "2024-03-02T02:15:00", 20, [
        ("Bedömning", "Susp. appendicit. Inläggning kir, fastande, dropp."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "one-line 'Susp.' appendicitis in Bedömning")

add("akut-trol-njursten-dd-pyelonefrit", "skane", "1976-10-03", [
    N("n1", "lund_akut", "Akutanteckning", "Amira Saleh", "läkare", "2024-06-22T19:40:00", 25, [
        ("Anamnes", "Akut debuterande kolikartad smärta hö flank sedan i morse, illamående."),
        ("Status", "Dunkömhet hö njurloge. Temp 37,9."),
        ("Bedömning", "Trol. njurstensanfall hö. DD pyelonefrit. DT urinvägar beställd, Voltaren."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "'Trol.' and 'DD' with two diagnoses in Bedömning")

add("med-sannol-pneumoni-vaster", "vgr", "1942-07-29", [
    N("n1", "kungalv_med", "Inskrivningsanteckning", "Olle Sjöberg", "läkare", "2024-01-20T21:05:00", 45, [
        ("Status", "Dämpning och krepitationer vä basalt. Sat 91 % på luft."),
        ("Bedömning", "Sannol. pneumoni i vänster underlob. Startar bensylpenicillin, odlingar tagna."),
    ], setting="slutenvård")],
    [M("NL102")], [], "'Sannol.' pneumonia at admission")

add("neuro-misstankt-tia-asa", "skane", "1955-03-08", [
    N("n1", "lund_neuro", "Läkaranteckning", "Hampus Norén", "läkare", "2024-02-12T09:20:00", 30, [
        ("Aktuellt", "Övergående afasi och hö-sidig svaghet i 20 min igår, nu helt återställd."),
        ("Bedömning", "Misstänkt TIA. Pat får ASA och atorvastatin, remiss för ultraljud halskärl och Holter."),
    ])],
    [M("NL102")], [], "'Misstänkt TIA' in a neurology outpatient note")

add("barn-trolig-kawasaki-dd-scarlatina", "vgr", "2019-04-11", [
    N("n1", "dsbus", "Läkaranteckning", "Lovisa Hallberg", "läkare", "2024-05-04T15:30:00", 40, [
        ("Anamnes", "Feber i sex dagar, röda ögon utan sekretion, smultrontunga och svullna händer."),
        ("Bedömning", "Trolig Kawasakis sjukdom, inkomplett bild. DD scarlatina. Ekokardiografi imorgon, IVIG diskuteras med bakjour."),
    ], setting="slutenvård")],
    [M("NL102")], [], "child under 13 (guardian reads): 'Trolig' Kawasaki and DD")

add("hud-susp-melanom-excideras", "skane", "1969-01-19", [
    N("n1", "malmo_hud", "Läkaranteckning", "Jenny Borg", "läkare", "2024-04-24T10:10:00", 15, [
        ("Status", "Asymmetrisk pigmenterad lesion 9 mm på ryggen, oregelbunden pigmentering vid dermatoskopi."),
        ("Bedömning", "Susp. melanom, excideras med 2 mm marginal idag."),
    ])],
    [M("NL102")], [], "'Susp. melanom' before excision")

add("ort-misstankt-scaphoideumfraktur", "vgr", "2001-11-25", [
    N("n1", "molndal_ort", "Läkaranteckning", "Kristoffer Wall", "läkare", "2024-12-14T13:25:00", 20, [
        ("Bedömning", "Misstänkt scaphoideumfraktur hö, rtg u.a. Skafoidgips och ny rtg om 10 dagar."),
    ])],
    [M("NL102")], [], "suspected scaphoid fracture despite normal X-ray")

add("gyn-x-grav-kan-ej-uteslutas", "skane", "1994-08-17", [
    N("n1", "hbg_gyn", "Läkaranteckning", "Ida Carlsson", "läkare", "2024-07-30T23:10:00", 30, [
        ("Aktuellt", "Positivt graviditetstest, sen menstruation sex veckor, lätt blödning."),
        ("Bedömning", "Ingen intrauterin graviditet ses vid VUL. Extrauterin graviditet kan ej uteslutas. Nytt hCG om 48 h."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "'kan ej uteslutas' about ectopic pregnancy")

add("kard-ev-perikardit", "vgr", "1990-02-23", [
    N("n1", "sas_kard", "Läkaranteckning", "Viktor Lund", "läkare", "2024-03-27T16:45:00", 20, [
        ("Bedömning", "Ev. perikardit, EKG med diffusa ST-höjningar och PR-sänkning, troponin normalt. NSAID och kolkicin, eko imorgon."),
    ])],
    [M("NL102")], [], "'Ev.' pericarditis")

add("reuma-pmr-fragetecken", "skane", "1947-05-05", [
    N("n1", "lund_reuma", "Läkaranteckning", "Eva Hjalmarsson", "läkare", "2024-09-12T11:15:00", 25, [
        ("Anamnes", "Morgonstelhet i skuldror och höfter i två timmar, SR 62."),
        ("Bedömning", "PMR? Prednisolon 15 mg, utvärdering om en vecka."),
    ])],
    [M("NL102")], [], "question-mark hedge 'PMR?'")

add("gastro-talar-for-crohn-pad-invantas", "vgr", "1997-06-06", [
    N("n1", "sahl_gastro", "Läkaranteckning", "Jesper Hult", "läkare", "2024-10-29T14:00:00", 35, [
        ("Bedömning", "Ileokoloskopi med aftösa sår i terminala ileum och skip lesions. Bilden talar för Crohns sjukdom men PAD inväntas innan diagnosen kan ställas."),
    ])],
    [M("NL102")], [], "Crohn's disease pending PAD ('talar för … innan diagnosen kan ställas')")

add("ogon-misstankt-temporalisarterit", "skane", "1941-03-13", [
    N("n1", "lund_ogon", "Läkaranteckning", "Lisa Engström", "läkare", "2024-01-23T08:50:00", 15, [
        ("Bedömning", "Plötslig synnedsättning vä, blek svullen papill. Misstänkt temporalisarterit, SR 78. Akut kortison, temporalisbiopsi beställd."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "suspected giant cell arteritis at eye clinic")

add("infek-trolig-borreliaartrit", "vgr", "1975-09-01", [
    N("n1", "ostra_infek", "Läkaranteckning", "Sanna Lindgren", "läkare", "2024-08-19T10:35:00", 30, [
        ("Bedömning", "Monoartrit hö knä, fästingbett i juni. Trolig borreliaartrit, serologi skickad, doxycyklin insatt."),
    ])],
    [M("NL102")], [], "'Trolig' Lyme arthritis")

add("lung-dd-sarkoidos-lymfom-tbc", "skane", "1980-12-19", [
    N("n1", "malmo_lung", "Läkaranteckning", "Carl Wennberg", "läkare", "2024-02-01T13:30:00", 50, [
        ("Aktuellt", "DT thorax: bilaterala hiluslymfkörtlar och små noduli."),
        ("Bedömning", "DD: sarkoidos, lymfom, tbc. EBUS med biopsi bokas, IGRA tas."),
    ])],
    [M("NL102")], [], "differential diagnosis list 'DD:'")

add("neuro-kan-ej-utesluta-parkinson", "vgr", "1956-02-14", [
    N("n1", "sahl_neuro", "Läkaranteckning", "Jakob Dahlberg", "läkare", "2024-06-19T09:45:00", 30, [
        ("Status", "Lätt bradykinesi hö hand, ingen vilotremor. Minskad armsving hö."),
        ("Bedömning", "Kan ej utesluta begynnande Parkinsons sjukdom. DaTSCAN beställs, ny bedömning om tre månader."),
    ])],
    [M("NL102")], [], "'Kan ej utesluta' early Parkinson's")

add("minne-psykolog-misstanke-ftd", "skane", "1960-10-24", [
    N("n1", "malmo_minne", "Psykologanteckning", "Josefin Tell", "psykolog", "2024-04-11T13:00:00", 180, [
        ("Testresultat", "Påtagligt nedsatt exekutiv funktion och ordflöde, relativt bevarat episodiskt minne."),
        ("Bedömning", "Testprofilen väcker misstanke om frontotemporal demens. Resultaten återförs till ansvarig läkare."),
    ])],
    [M("NL102")], [], "psychologist: test profile raises suspicion of frontotemporal dementia")

add("logoped-ev-stambandspares", "vgr", "1965-12-01", [
    N("n1", "sahl_onh", "Logopedanteckning", "Frida Olsson", "logoped", "2024-11-07T10:00:00", 40, [
        ("Bedömning", "Hes, läckande röst efter tyreoideaoperation. Ev. stämbandspares vä, remiss till foniater för laryngoskopi."),
    ])],
    [M("NL102")], [], "speech therapist: 'Ev.' vocal cord paresis")

add("fysio-misstankt-korsbandsruptur", "skane", "2000-07-21", [
    N("n1", "hlm_ort", "Fysioterapeutanteckning", "Mattias Holmgren", "fysioterapeut", "2024-03-21T14:30:00", 30, [
        ("Status", "Positiv Lachman och pivot shift hö knä, lätt hydrops."),
        ("Bedömning", "Misstänkt främre korsbandsruptur hö knä. Remiss till ortoped för MR-ställningstagande."),
    ])],
    [M("NL102")], [], "physiotherapist: suspected ACL rupture")

add("dietist-barn-misstankt-celiaki", "vgr", "2015-09-14", [
    N("n1", "dsbus_mott", "Dietistanteckning", "Therese Blom", "dietist", "2024-09-05T09:30:00", 30, [
        ("Aktuellt", "Viktkurvan planar ut sedan ett år, lös avföring och trötthet."),
        ("Bedömning", "Misstänkt celiaki enligt ansvarig läkare, transglutaminasantikroppar är skickade. Ingen kostförändring före svar."),
    ])],
    [M("NL102")], [], "dietitian, child: suspected coeliac disease")

add("ssk-natt-misstankt-delirium", "skane", "1933-06-16", [
    N("n1", "ystad_med", "Omvårdnadsanteckning", "Anna-Karin Lilja", "sjuksköterska", "2024-12-19T04:30:00", 20, [
        ("Omvårdnad", "Pat orolig och förvirrad under natten, plockig, vet inte var hon är. Misstänkt delirium. Jourläkare informerad, extravak ordnat."),
    ], setting="slutenvård")],
    [M("NL102")], [], "nurse night note: suspected delirium")

add("uro-hematuri-misstankt-blascancer", "vgr", "1952-03-31", [
    N("n1", "sahl_uro", "Läkaranteckning", "Per Åström", "läkare", "2024-05-15T13:20:00", 25, [
        ("Bedömning", "Makroskopisk hematuri hos rökare, DT urografi med fyllnadsdefekt i blåsan. Misstänkt blåscancer, cystoskopi med TURB bokad."),
    ])],
    [M("NL102")], [], "suspected bladder cancer")

add("barnkir-susp-invagination", "skane", "2020-10-30", [
    N("n1", "lund_barnkir", "Läkaranteckning", "Hugo Sandell", "läkare", "2024-02-09T18:20:00", 15, [
        ("Bedömning", "Intermittent buksmärta med skrik, blodtillblandad avföring. Susp. invagination, UL bokat akut."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "child: 'Susp.' intussusception")

add("endo-trol-primar-hpt", "vgr", "1961-04-09", [
    N("n1", "sahl_endo", "Läkaranteckning", "Karolina Mörk", "läkare", "2024-07-11T10:40:00", 30, [
        ("Bedömning", "Hyperkalcemi 2,78 med inadekvat högt PTH. Trol. primär hyperparatyreoidism. Scintigrafi och bentäthetsmätning."),
    ])],
    [M("NL102")], [], "'Trol.' primary hyperparathyroidism")

add("ssk-hjartmott-mojlig-hjartsvikt", "skane", "1945-11-08", [
    N("n1", "hbg_kard", "Sjuksköterskeanteckning", "Marie Svensson", "sjuksköterska", "2024-10-10T14:15:00", 20, [
        ("Aktuellt", "Tilltagande andfåddhet och ankelödem sedan en månad."),
        ("Åtgärd", "Enligt ansvarig läkare möjlig hjärtsvikt; NT-proBNP taget och eko bokat till nästa vecka."),
    ])],
    [M("NL102")], [], "nurse relays 'möjlig hjärtsvikt'")

add("barnmorska-misstankt-preeklampsi", "vgr", "1992-01-18", [
    N("n1", "sas_gyn", "Barnmorskeanteckning", "Louise Kjellberg", "barnmorska", "2024-06-27T15:00:00", 15, [
        ("Aktuellt", "Graviditetsvecka 34+2. Huvudvärk sedan igår."),
        ("Bedömning", "Blodtryck 150/100, proteinuri 2+. Misstänkt preeklampsi, jourhavande läkare kontaktad och pat läggs in för observation."),
    ])],
    [M("NL102")], [], "midwife: suspected pre-eclampsia")

add("akut-lungemboli-kan-inte-uteslutas", "skane", "1983-08-02", [
    N("n1", "malmo_akut", "Akutanteckning", "Daniel Fransson", "läkare", "2024-11-18T12:05:00", 30, [
        ("Bedömning", "Takykardi och pleuritsmärta efter långflygning, D-dimer förhöjt. Lungemboli kan inte uteslutas, DT-angio beställd och pat får tinzaparin i väntan."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "'kan inte uteslutas' pulmonary embolism")

add("arbetsterapeut-trolig-alzheimer-enl-lakare", "vgr", "1943-05-20", [
    N("n1", "molndal_minne", "Arbetsterapeutanteckning", "Sofia Ragnarsson", "arbetsterapeut", "2024-03-06T13:30:00", 60, [
        ("Resultat", "AMPS visar nedsatt processförmåga, svårt att planera matlagning."),
        ("Bedömning", "Aktivitetsbegränsningarna är förenliga med lindrig kognitiv svikt, trolig Alzheimers sjukdom enligt läkaren. Förslag på hjälpmedel lämnas."),
    ])],
    [M("NL102")], [], "occupational therapist repeats 'trolig Alzheimers sjukdom'")

add("infek-fragetecken-endokardit", "skane", "1958-12-26", [
    N("n1", "lund_infek", "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-05-02T20:30:00", 25, [
        ("Bedömning", "Feber, nytt blåsljud och mekanisk klaff. ?Endokardit - blododlingar x3 tagna innan antibiotika, TEE imorgon."),
    ], setting="slutenvård")],
    [M("NL102")], [], "prefix question mark '?Endokardit'")

add("neuro-misstanke-myasteni", "vgr", "1971-08-30", [
    N("n1", "sahl_neuro", "Läkaranteckning", "Elin Fors", "läkare", "2024-01-31T11:00:00", 35, [
        ("Anamnes", "Dubbelseende och hängande ögonlock som förvärras under dagen."),
        ("Bedömning", "Misstanke om myasthenia gravis, AChR-antikroppar skickade, neurografi med repetitiv stimulering bokad."),
    ])],
    [M("NL102")], [], "'Misstanke om' myasthenia gravis")

add("hema-misstankt-mds", "skane", "1944-02-25", [
    N("n1", "lund_hema", "Läkaranteckning", "Tobias Rydberg", "läkare", "2024-08-08T10:15:00", 40, [
        ("Bedömning", "Makrocytär anemi och trombocytopeni utan förklaring, B12 och folat normala. Misstänt myelodysplastiskt syndrom; benmärgsprov planeras."),
    ])],
    [M("NL102")], [], "suspected MDS (typo 'Misstänt')")

add("hud-sannolikt-psoriasis-dd-eksem", "vgr", "1987-04-14", [
    N("n1", "sahl_hud", "Läkaranteckning", "Tove Renström", "läkare", "2024-02-19T14:40:00", 20, [
        ("Bedömning", "Välavgränsade fjällande plack i hårbotten och bakom öronen. Sannolikt psoriasis, DD seborroiskt eksem. Provar klobetasol lösning."),
    ])],
    [M("NL102")], [], "'Sannolikt' psoriasis with DD")

add("kir-trol-divertikulit", "skane", "1963-09-29", [
    N("n1", "trelleborg_kir", "Läkaranteckning", "Stefan Kroon", "läkare", "2024-09-21T11:25:00", 15, [
        ("Bedömning", "Vänstersidig buksmärta, feber, CRP 140. Trol. divertikulit, DT buk idag."),
    ])],
    [M("NL102")], [], "'Trol.' diverticulitis")

add("onh-mojligen-vestibularisschwannom", "vgr", "1966-06-23", [
    N("n1", "sahl_onh", "Läkaranteckning", "Martin Sahlin", "läkare", "2024-04-02T09:10:00", 30, [
        ("Bedömning", "Ensidig sensorineural hörselnedsättning och tinnitus hö, möjligen vestibularisschwanom. MR inneröron med kontrast beställd."),
    ])],
    [M("NL102")], [], "'möjligen' acoustic neuroma (typo 'vestibularisschwanom')")

add("barn-febril-uvi-fragetecken", "skane", "2022-03-15", [
    N("n1", "lund_barn", "Läkaranteckning", "Lovisa Hallberg", "läkare", "2024-01-12T17:50:00", 15, [
        ("Bedömning", "Feber 39,5 sedan två dygn utan fokus, slö. Febril UVI? Urinodling tagen via kateter, ceftibuten insatt."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "child: suffix question mark 'Febril UVI?'")

add("gastro-epikris-misstankt-aih", "vgr", "1972-10-16", [
    N("n1", "sahl_gastro", "Epikris", "Jesper Hult", "läkare", "2024-11-22T15:00:00", 60, [
        ("Diagnos", "Misstänkt autoimmun hepatit."),
        ("Sammanfattning", "Inlagd för transaminasstegring och ikterus. Virusserologier negativa, förhöjt IgG och SMA-positiv. Leverbiopsi utförd, svar inväntas."),
    ], setting="slutenvård")],
    [M("NL102")], [], "discharge summary with a suspected diagnosis in Diagnos")

add("fysio-lung-trolig-kol", "skane", "1954-01-04", [
    N("n1", "malmo_lung", "Fysioterapeutanteckning", "Ylva Brandt", "fysioterapeut", "2024-06-13T13:00:00", 30, [
        ("Aktuellt", "Remitterad för andningsgymnastik, ansträngningsdyspné."),
        ("Bedömning", "Pat med trolig KOL, spirometri ej utförd ännu. Andningsträning med PEP-pipa påbörjad."),
    ])],
    [M("NL102")], [], "physiotherapist: 'trolig KOL' before spirometry")

add("reuma-trol-tidig-ra", "vgr", "1985-05-27", [
    N("n1", "sahl_reuma", "Läkaranteckning", "Anna Vik", "läkare", "2024-03-14T10:20:00", 25, [
        ("Bedömning", "Symmetrisk synovit i MCP-leder, anti-CCP positiv. Trol. tidig RA. Metotrexat diskuteras vid nästa besök."),
    ])],
    [M("NL102")], [], "'Trol. tidig RA'")

add("onk-misstankt-skelettmetastas", "skane", "1957-07-12", [
    N("n1", "lund_onk", "Läkaranteckning", "Anders Mellgren", "läkare", "2024-10-03T14:50:00", 20, [
        ("Aktuellt", "Nytillkommen smärta i ländryggen, tidigare behandlad för bröstcancer 2019."),
        ("Bedömning", "Misstänkt skelettmetastas i L3, skelettscint och MR bokas."),
    ])],
    [M("NL102")], [], "suspected bone metastasis")

add("kard-misstankt-av-block-holter", "vgr", "1950-09-18", [
    N("n1", "sahl_kard", "Läkaranteckning", "Robert Hagman", "läkare", "2024-07-04T08:55:00", 15, [
        ("Bedömning", "Två synkopeepisoder, EKG med PR 260 ms. Misstänkt intermittent AV-block II, Holter 72 h."),
    ])],
    [M("NL102")], [], "suspected intermittent AV block")

add("neuro-typo-missankt-epilepsi", "skane", "2002-12-07", [
    N("n1", "lund_neuro", "Läkaranteckning", "Hampus Norén", "läkare", "2024-08-26T10:30:00", 25, [
        ("Bedömning", "Två episoder med medvetandeförlust och tungbett. Missänkt epilepsi, EEG och MR bokade, körförbud tills vidare."),
    ])],
    [M("NL102")], [], "suspected epilepsy (typo 'Missänkt')")

add("akut-typo-trolgi-pneumoni", "vgr", "1939-02-11", [
    N("n1", "kungalv_akut", "Akutanteckning", "Olle Sjöberg", "läkare", "2024-12-28T03:20:00", 10, [
        ("Bedömning", "Feber, hosta, CRP 180, rassel hö bas. Trolgi pneumoni hö, läggs in på medicin."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "probable pneumonia (typo 'Trolgi')")

add("barn-typo-sannolkit-astma", "skane", "2017-04-20", [
    N("n1", "lund_barn", "Läkaranteckning", "Pia Ekström", "läkare", "2024-10-21T13:45:00", 30, [
        ("Bedömning", "Återkommande pip i bröstet vid förkylning och ansträngning, reversibilitet ej testad. Sannolkit astma, provar inhalationssteroid i tre månader."),
    ])],
    [M("NL102")], [], "child: probable asthma (typo 'Sannolkit')")

add("kir-gallstensanfall-fragetecken", "skane", "1988-03-01", [
    N("n1", "hbg_kir", "Läkaranteckning", "Alexander Wiik", "läkare", "2024-04-27T22:40:00", 20, [
        ("Bedömning", "Gallstensanfall? Smärta under hö arcus efter fet måltid, Murphys tecken positivt. Ultraljud ej gjort, görs imorgon."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "question-marked gallstone attack")

add("infek-pneumoni-trol-mykoplasma", "vgr", "2003-09-09", [
    N("n1", "ostra_infek", "Läkaranteckning", "Sanna Lindgren", "läkare", "2024-11-14T11:30:00", 20, [
        ("Bedömning", "Pneumoni, trol. mykoplasma med tanke på ålder, torrhosta och utdraget förlopp. Doxycyklin."),
    ])],
    [M("NL102")], [], "'trol.' mycoplasma as cause of pneumonia")

add("kard-mojlig-vasospastisk-angina", "skane", "1974-06-28", [
    N("n1", "lund_kard", "Läkaranteckning", "Jens Åkerlund", "läkare", "2024-05-23T09:00:00", 30, [
        ("Bedömning", "Nattliga bröstsmärtor i vila, normal kranskärlsröntgen. Möjlig vasospastisk angina, provar kalciumantagonist."),
    ])],
    [M("NL102")], [], "'Möjlig' vasospastic angina")

add("kir-misstanke-mesenterialischemi", "vgr", "1940-08-26", [
    N("n1", "sahl_kir", "Läkaranteckning", "Lars Ekdahl", "läkare", "2024-09-02T01:50:00", 15, [
        ("Bedömning", "Oklar svår buksmärta hos pat med förmaksflimmer, laktat 4,1, mjuk buk. Misstanke om mesenterialischemi, akut DT-angio."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "'Misstanke om' mesenteric ischaemia")

add("dietist-misstankt-atstorning", "skane", "2004-02-10", [
    N("n1", "malmo_dietist", "Dietistanteckning", "Hedda Lundin", "dietist", "2024-03-12T10:00:00", 60, [
        ("Aktuellt", "BMI 16,4, viktnedgång 7 kg på fyra månader. Mycket restriktivt ätande, räknar kalorier."),
        ("Bedömning", "Misstänkt ätstörning – pat remitteras tillbaka till läkare för vidare bedömning."),
    ])],
    [M("NL102")], [], "dietitian: suspected eating disorder")

add("psykolog-smarta-sannolikt-ptsd", "vgr", "1978-11-30", [
    N("n1", "sahl_smarta", "Psykologanteckning", "David Ekman", "psykolog", "2024-10-17T14:00:00", 120, [
        ("Aktuellt", "Långvarig nackvärk efter trafikolycka 2022. Mardrömmar och undvikande av bilkörning."),
        ("Bedömning", "Sannolikt samsjuklighet med posttraumatiskt stressyndrom som bör utredas vidare."),
    ])],
    [M("NL102")], [], "psychologist at pain clinic: probable PTSD")

add("neuro-mojlig-cis", "skane", "1997-01-22", [
    N("n1", "lund_neuro", "Läkaranteckning", "Hampus Norén", "läkare", "2024-07-18T15:30:00", 40, [
        ("Bedömning", "Optikusneurit vä, MR med två periventrikulära lesioner. Möjlig CIS, likvor med oligoklonala band tas."),
    ])],
    [M("NL102")], [], "'Möjlig CIS'")

add("gyn-trolig-endometrios", "vgr", "1995-12-03", [
    N("n1", "ostra_kvinno", "Läkaranteckning", "Hanna Ljung", "läkare", "2024-02-22T13:15:00", 25, [
        ("Bedömning", "Svår dysmenorré och djup dyspareuni, ömhet i fossa Douglasi. Trolig endometrios. Provar kontinuerlig gestagenbehandling."),
    ])],
    [M("NL102")], [], "'Trolig endometrios'")

add("onh-trol-peritonsillit", "skane", "2001-05-04", [
    N("n1", "lund_onh", "Läkaranteckning", "Magnus Hed", "läkare", "2024-12-08T21:30:00", 15, [
        ("Bedömning", "Ensidig halsont, trismus och gomasymmetri vä. Trol. peritonsillit vä, punktion planerad."),
    ], setting="akutmottagning")],
    [M("NL102")], [], "'Trol.' peritonsillar abscess")

add("ogon-vgr-misstankt-glaukom", "vgr", "1958-10-13", [
    N("n1", "skovde_ogon", "Läkaranteckning", "Gunnar Thelin", "läkare", "2024-04-15T10:45:00", 20, [
        ("Undersökningsfynd", "Tryck 27/25 mmHg, C/D 0,7 bilat."),
        ("Bedömning", "Misstänkt öppenvinkelglaukom, synfält och OCT bokas."),
    ])],
    [M("NL102")], [], "suspected glaucoma at eye clinic")

add("lung-multinote-misstankt-sedan-pad", "vgr", "1956-01-09", [
    N("n1", "sahl_lung", "Läkaranteckning", "Maria Lindqvist", "läkare", "2024-05-06T13:00:00", 30, [
        ("Bedömning", "Rundhärd 28 mm hö överlob hos storrökare. Misstänkt lungcancer, PET-DT och bronkoskopi bokas."),
    ]),
    N("n2", "sahl_lung", "Läkaranteckning", "Maria Lindqvist", "läkare", "2024-05-27T14:00:00", 40, [
        ("Bedömning", "PAD från bronkoskopin: adenocarcinom, stadium IB enligt PET-DT. Pat informerad om diagnosen och remitteras till thoraxkirurg."),
    ])],
    [M("NL102", "n1")], [M("NL102", "n2")],
    "two notes: suspected lung cancer (n1) then confirmed and told (n2)")


# ---------------------------------------------------------------- long notes, NL102 positives
add("lang-inskrivning-kol-dvt-kan-ej-uteslutas", "vgr", "1944-03-16", [
    N("n1", "uddevalla_med", "Inskrivningsanteckning", "Sebastian Holmberg", "läkare", "2024-02-03T18:30:00", 75, [
        ("Kontaktorsak", "Ökad andfåddhet och hosta med gult upphostat sedan fem dagar. Inremitterad från vårdcentralen."),
        ("Tidigare sjukdomar", "KOL GOLD 3, spirometriverifierad 2017. Förmaksflimmer sedan 2020, antikoagulantia avslutades i höstas pga blödning från tarmen. Hypertoni. Opererad för ljumskbråck 1998."),
        ("Läkemedel", "Spiolto Respimat 2 inh x 1, Ventoline vb, bisoprolol 5 mg x 1, amlodipin 5 mg x 1. Inga kända allergier."),
        ("Socialt", "Änkeman, bor i lägenhet på andra våningen med hiss. Hemtjänst en gång i veckan för städning. Exrökare sedan 2015, 40 paketår. Går med rollator utomhus, klarar personlig hygien själv."),
        ("Anamnes", "Under veckan successivt ökad dyspné, nu andfådd redan vid på- och avklädning. Missfärgade sputa, ingen feber hemma. Sedan tre dagar svullnad i höger vad som pat tror beror på att han snubblade i trappan. Ingen bröstsmärta, ingen hemoptys."),
        ("Status", "AT: Påverkad av andfåddhet, talar i korta meningar. Temp 37,6. AF 26, sat 86 % på luft, 92 % på 2 l syrgas. BT 152/88, puls 104 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: förlängt expirium, ronki bilat, inga krepitationer. Buk: mjuk och oöm. Ben: hö vad 3 cm större i omfång än vä, ömmande vid palpation, lätt rodnad. Inga ödem vä."),
        ("Lab", "CRP 64, LPK 11,8, Hb 128, krea 96, K 4,1, NT-proBNP 610. Artärblodgas med pH 7,36, pCO2 6,9, pO2 7,4 på luft. EKG: förmaksflimmer med kammarfrekvens 105, inga ischemiska förändringar. Lungröntgen: hyperinflation, inga infiltrat eller pleuravätska."),
        ("Bedömning", "KOL-exacerbation med lätt hyperkapni, utlöst av luftvägsinfektion. Svullnaden i höger vad efter trauma kan vara hematom men DVT kan ej uteslutas, särskilt då antikoagulantia satts ut. Förmaksflimmer med något snabb kammarfrekvens i samband med infektionen."),
        ("Planering", "Inhalationer med Combivent x 4, prednisolon 30 mg x 1 i fem dagar, doxycyklin. Syrgas med mål 88–92 %. Ultraljud vener hö ben imorgon, dalteparin i behandlingsdos i väntan. Ny blodgas om två timmar. Fysioterapeut kontaktas för andningsteknik och mobilisering."),
        ("Information", "Pat informerad om behandlingen och provtagningen, inga frågor. Dottern ringer ikväll och får då samma information. Fullt behandlingsmål, pat önskar intensivvård vid behov."),
    ], setting="slutenvård")],
    [M("NL102")], [], "long admission note (300+ words); one hedged diagnosis, 'DVT kan ej uteslutas', among confirmed ones")

add("lang-geriatrik-daganteckning-misstankt-uvi", "skane", "1932-11-02", [
    N("n1", "landskrona_ger", "Daganteckning", "Katarina Wester", "läkare", "2024-06-10T14:20:00", 40, [
        ("Aktuellt", "Dag 3 på avdelningen. Inlagd efter fall i hemmet utan fraktur. Under natten orolig, försökt ta sig ur sängen flera gånger, plockig och desorienterad till tid och rum enligt nattpersonalen. Åt knappt frukost. Dottern ringt och berättar att pat inte varit sig själv sedan i fredags."),
        ("Tidigare sjukdomar", "Diabetes typ 2, hjärtsvikt med bevarad ejektionsfraktion, artros i höfterna, katarakt opererad bilat. Ingen känd kognitiv sjukdom men dottern har noterat viss glömska senaste året."),
        ("Status", "Vaken, orienterad till person men inte till tid. Kan inte redogöra för varför hon är på sjukhus. Ingen nackstelhet. Temp 37,9. Puls 92 regelbunden, BT 118/70. Pulm: vesikulärt, inga rassel. Buk: ömhet suprapubiskt, ingen dunkömhet över njurlogerna. Neurologiskt grovt utan fokalitet. Urinkateter ej inlagd, urinerar i blöja, blöjan luktar illa."),
        ("Lab", "CRP 58, LPK 12,4, Na 133, krea 104, glukos 11,2. Urinsticka med nitrit positiv, leukocyter 3+. Urinodling skickad. Leverstatus och B12 normala. EKG med sinusrytm."),
        ("Omvårdnad", "Trycksårsrisk bedömd enligt Norton, 13 poäng, vändschema och tryckavlastande madrass. Nutritionsscreening med MNA visar risk för undernäring, dietist kontaktas. Pat behöver hjälp vid förflyttning till toaletten och ska inte gå ensam på grund av fallrisken."),
        ("Läkemedel", "Metformin 500 mg x 2, furosemid 40 mg x 1, paracetamol 1 g x 3. Zopiklon vb har getts två nätter, sätts ut. Oxascand vb ordinerat på akuten, stryks från listan."),
        ("Bedömning", "Akut konfusion hos skör äldre kvinna med flera utlösande faktorer. Misstänkt urinvägsinfektion som utlösande orsak till förvirringen, därtill sömnmedel och ny sjukhusmiljö som bidrar. Lätt hyponatremi."),
        ("Planering", "Pivmecillinam 400 mg x 3 i sju dagar efter odling. Vätskelista och uppföljning av natrium imorgon. Undvik lugnande och sömnmedel, ljusreglering och tydlig dygnsrytm. Omvårdnadspersonal informeras om att stötta med mat och dryck. Arbetsterapeut och fysioterapeut bedömer ADL och gångförmåga inför planering av hemgång. Dottern informeras om planen per telefon i eftermiddag. Kognitiv utredning först när pat är återställd, tidigast om sex veckor via vårdcentralen."),
    ], setting="slutenvård")],
    [M("NL102")], [], "long geriatric daily note (300+ words): 'Misstänkt urinvägsinfektion' as the one hedged diagnosis")

add("lang-ortopedi-trolig-kotkompression", "vgr", "1949-07-07", [
    N("n1", "nal_ort", "Läkaranteckning", "Johan Alm", "läkare", "2024-08-22T11:10:00", None, [
        ("Kontaktorsak", "Remiss från vårdcentral pga akut påkommen ryggsmärta efter att ha lyft en blomkruka för tre veckor sedan, ingen bättring trots paracetamol och naproxen."),
        ("Anamnes", "Tidigare frisk förutom hypotyreos och reumatoid artrit sedan 2010 med långvarig kortisonbehandling i perioder. Postmenopausal sedan 52 års ålder, aldrig tagit bentäthetsmätning. Mamman bröt höften i 70-årsåldern. Smärtan sitter mitt i ryggen på gränsen mellan bröst- och ländrygg, förvärras vid rörelse och när hon reser sig ur sängen, lindras i liggande. Inga nattliga smärtor utan samband med rörelse. Ingen viktnedgång, ingen feber. Ingen utstrålning i benen, ingen domning, normal blås- och tarmfunktion."),
        ("Status", "Allmäntillstånd gott men rör sig försiktigt. Längd 161 cm, säger själv att hon var 166 cm i unga år. Lätt ökad torakal kyfos. Dunkömhet över Th12–L1, ingen paravertebral muskelspasm. Neurologiskt: normal kraft och sensibilitet i benen, reflexer lika bilat, negativ Lasègue. Gångförmåga utan anmärkning men långsam."),
        ("Socialt", "Bor ensam i villa med trappa till sovrummet. Pensionerad lärare, kör bil och handlar själv. Två döttrar i närheten kan hjälpa till de närmaste veckorna. Ingen hemtjänst, röker inte."),
        ("Röntgen", "Slätröntgen bröst- och ländrygg: kilformig sänkning av L1 med cirka 30 % höjdförlust i främre kanten, bakre kanten intakt, ingen förskjutning in i spinalkanalen. Övriga kotor med nedsatt kalkinnehåll."),
        ("Bedömning", "Stabil kompressionsfraktur L1 utan neurologisk påverkan, trolig osteoporotisk kotkompression med tanke på kortisonanvändning och längdminskning. Smärtan bedöms kunna behandlas konservativt."),
        ("Planering", "Smärtlindring med paracetamol 1 g x 4, naproxen ersätts med tramadol vid behov kortvarigt pga magbesvär. Remiss bentäthetsmätning (DXA) och provtagning för kalcium, D-vitamin och PTH. Fysioterapeut för hållningsträning och råd om lyft. Ingen korsett. Kontrollröntgen om fyra veckor för att följa kotans höjd. Svar och fortsatt behandling via osteoporosmottagningen."),
        ("Information", "Pat har fått muntlig och skriftlig information om smärtlindringen, fallprevention och vikten av att hålla sig i rörelse. Hon hör av sig om smärtan tilltar kraftigt eller om bensvaghet eller problem med blåsa och tarm tillkommer."),
    ])],
    [M("NL102")], [], "long unsigned orthopaedic note (300+ words): 'trolig osteoporotisk kotkompression'")


# ---------------------------------------------------------------- NL102 near misses: PMO (diagnoses never shown)
add("pmo-vc-trol-viral-oli", "skane", "1990-04-08", [
    N("n1", "vc_sodervarn", "Besöksanteckning", "Farid Nasser", "läkare", "2024-01-16T09:20:00", 10, [
        ("Bedömning", "Trol. viral ÖLI. Egenvårdsråd, åter vid försämring."),
    ])],
    [], [M("NL102")], "PMO: hedged diagnosis is never shown, so no NL102")

add("pmo-bvc-susp-plagiocefali", "skane", "2024-02-20", [
    N("n1", "bvc_eslov", "BVC-besök", "Cecilia Malm", "sjuksköterska", "2024-06-25T10:30:00", 20, [
        ("Aktuellt", "4-månadersbesök. Avplattning av bakhuvudet hö sida."),
        ("Bedömning", "Susp. lägesbetingad plagiocefali. Råd om magläge i vaket tillstånd och att variera huvudläget."),
    ])],
    [], [M("NL102")], "PMO child health: suspected plagiocephaly, not shown")

add("pmo-um-misstankt-klamydia", "skane", "2006-05-11", [
    N("n1", "um_lund", "Besöksanteckning", "Elsa Rosén", "barnmorska", "2024-09-19T15:00:00", 15, [
        ("Aktuellt", "Sveda vid miktion och flytningar sedan en vecka, ny partner."),
        ("Bedömning", "Misstänkt klamydia, prov taget. Pat uppmanas avstå oskyddat sex tills svar finns."),
    ])],
    [], [M("NL102")], "PMO youth clinic (18-year-old): suspected chlamydia")

add("pmo-hemsjukvard-trol-trycksar", "skane", "1929-09-27", [
    N("n1", "hsv_skurup", "Omvårdnadsanteckning", "Linnea Paulsson", "sjuksköterska", "2024-11-04T11:45:00", 15, [
        ("Omvårdnad", "Hembesök. Rodnad som inte bleknar och liten blåsa på vä häl. Trol. trycksår kategori 2, avlastning med hälskydd och kontroll två gånger i veckan."),
    ], setting="hemsjukvård")],
    [], [M("NL102")], "PMO home care: probable pressure ulcer")

add("pmo-vc-dd-gerd-angina", "skane", "1961-07-15", [
    N("n1", "vc_hoor", "Besöksanteckning", "Göran Bengtsson", "läkare", "2024-03-04T14:10:00", 20, [
        ("Bedömning", "Bröstbränna efter måltid men även vid ansträngning. DD: GERD, angina pectoris. Arbetsprov och provbehandling med PPI."),
    ])],
    [], [M("NL102")], "PMO: differential diagnosis list")

add("pmo-telefon-ev-uvi", "skane", "1987-02-26", [
    N("n1", "vc_kavlinge", "Telefonkontakt", "Nora Axelsson", "sjuksköterska", "2024-05-29T08:40:00", 5, [
        ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar, ingen feber."),
        ("Åtgärd", "Ev. UVI, urinprov lämnas på lab idag. Läkare bedömer om antibiotika behövs."),
    ])],
    [], [M("NL102")], "PMO phone note: 'Ev. UVI'")

add("pmo-psykolog-mojlig-gad", "skane", "1994-10-31", [
    N("n1", "vc_simrishamn", "Psykologanteckning", "Jonatan Wallin", "psykolog", "2024-02-08T13:00:00", 60, [
        ("Bedömning", "Ältande oro inför det mesta i vardagen sedan flera år, sömnsvårigheter. Symtombilden talar för möjligt generaliserat ångestsyndrom, GAD-7 16 p. Fortsatt bedömningssamtal."),
    ])],
    [], [M("NL102")], "PMO psychologist: possible GAD")

add("pmo-fysio-susp-rotatorcuff", "skane", "1966-01-13", [
    N("n1", "vc_tomelilla", "Fysioterapeutanteckning", "Erik Blom", "fysioterapeut", "2024-10-14T09:50:00", 25, [
        ("Bedömning", "Nedsatt aktiv abduktion hö axel, positivt drop arm-test. Susp. rotatorcuffruptur, remiss till läkare för ställningstagande till ultraljud."),
    ])],
    [], [M("NL102")], "PMO physiotherapist: suspected rotator cuff tear")

add("pmo-typo-misstank-hypotyreos", "skane", "1978-08-09", [
    N("n1", "vc_landskrona", "Besöksanteckning", "Sabina Kovač", "läkare", "2024-07-08T10:15:00", 15, [
        ("Bedömning", "Trötthet, frusenhet och viktuppgång. Misstänk hypotyreos, TSH och T4 tas."),
    ])],
    [], [M("NL102")], "PMO: suspected hypothyroidism (typo 'Misstänk')")

add("pmo-vc-lungcancer-kan-ej-uteslutas-svf", "skane", "1952-06-03", [
    N("n1", "vc_hoor", "Besöksanteckning", "Göran Bengtsson", "läkare", "2024-09-30T11:30:00", 25, [
        ("Bedömning", "Långdragen hosta och viktnedgång hos rökare. Lungcancer kan ej uteslutas, remiss DT thorax enligt standardiserat vårdförlopp."),
    ])],
    [], [M("NL102")], "PMO: cancer 'kan ej uteslutas' is not shown")

add("pmo-bvc-astma-fragetecken", "skane", "2021-03-28", [
    N("n1", "bvc_hbg", "BVC-besök", "Johanna Ek", "sjuksköterska", "2024-11-21T14:00:00", 20, [
        ("Aktuellt", "Tredje gången i höst med pip i bröstet vid förkylning enligt mamma."),
        ("Bedömning", "?Astma, läkarbesök bokas på BVC om två veckor."),
    ])],
    [], [M("NL102")], "PMO child health: '?Astma'")

add("pmo-diabetesssk-trolig-neuropati", "skane", "1950-10-20", [
    N("n1", "vc_simrishamn", "Besöksanteckning", "Gunilla Persson", "sjuksköterska", "2024-04-22T10:40:00", 20, [
        ("Aktuellt", "Årskontroll diabetes typ 2. Fotundersökning: monofilament ej kännbart på tre av fem punkter bilat."),
        ("Bedömning", "Trolig diabetesneuropati i fötterna, remiss fotterapeut och läkarbedömning."),
    ])],
    [], [M("NL102")], "PMO diabetes nurse: probable neuropathy")

# ---------------------------------------------------------------- NL102 near misses: Tidiga hypoteser
add("th-mall-huntington-skane", "skane", "1986-05-05", [
    N("n1", "lund_neuro", "Tidiga hypoteser", "Hampus Norén", "läkare", "2024-03-18T16:30:00", 10, [
        ("Bedömning", "Chorea och personlighetsförändring, far död ung i oklar neurologisk sjukdom. Misstänkt Huntingtons sjukdom, gentest efter genetisk vägledning."),
    ])],
    [], [M("NL102")], "suspected Huntington in the Skåne Tidiga hypoteser template")

add("th-sokord-myelom-vgr", "vgr", "1953-09-15", [
    N("n1", "skovde_med", "Läkaranteckning", "Helena Roos", "läkare", "2024-06-03T10:00:00", 30, [
        ("Aktuellt", "Ryggsmärta och anemi, Hb 98, kreatinin 140."),
        ("Planering", "Elektrofores, fria lätta kedjor och skelett-DT beställda. Återbesök om två veckor."),
        ("Tidiga hypoteser", "DD: myelom, metastaserande cancer."),
    ])],
    [], [M("NL102")], "DD list only under the VGR sökord Tidiga hypoteser")

add("th-mall-psykolog-lewy-body", "skane", "1948-12-09", [
    N("n1", "malmo_minne", "Tidiga hypoteser", "Josefin Tell", "psykolog", "2024-05-16T15:10:00", 30, [
        ("Bedömning", "Fluktuerande uppmärksamhet och visuospatiala svårigheter, testbild som kan tala för Lewy body-demens. Diskuteras med läkare innan något återförs till pat."),
    ])],
    [], [M("NL102")], "psychologist's hypothesis in the Skåne Tidiga hypoteser template")

add("th-mall-onh-tonsillcancer", "skane", "1964-04-12", [
    N("n1", "lund_onh", "Tidiga hypoteser", "Magnus Hed", "läkare", "2024-11-25T11:20:00", 15, [
        ("Bedömning", "Asymmetrisk tonsill hö med förhårdnad och halskörtel. Trolig tonsillcancer, biopsi i narkos bokad."),
    ])],
    [], [M("NL102")], "probable tonsil cancer in the Skåne Tidiga hypoteser template")

add("th-sokord-barnneuro-duchenne", "vgr", "2019-08-28", [
    N("n1", "sahl_barnneuro", "Läkaranteckning", "Maja Sundin", "läkare", "2024-04-18T13:40:00", 45, [
        ("Anamnes", "Sen gångdebut, ramlar ofta, svårt att resa sig från golvet."),
        ("Status", "Gowers tecken positivt, pseudohypertrofi av vaderna. CK 14 000."),
        ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi, genetisk analys skickad."),
        ("Planering", "Återbesök med föräldrarna när genetiska svaret kommit."),
    ])],
    [], [M("NL102")], "child: suspected Duchenne only under VGR sökord Tidiga hypoteser")

add("th-mall-gyn-ovarialcancer", "skane", "1959-02-14", [
    N("n1", "hbg_gyn", "Tidiga hypoteser", "Ida Carlsson", "läkare", "2024-10-28T14:00:00", 20, [
        ("Bedömning", "Komplex adnexresistens 9 cm, ascites, CA-125 340. Susp. ovarialcancer, DT thorax-buk och MDK."),
    ])],
    [], [M("NL102")], "suspected ovarian cancer in the Skåne Tidiga hypoteser template")

add("th-sokord-typo-missankt-vgr", "vgr", "1969-03-23", [
    N("n1", "sas_neuro", "Läkaranteckning", "Ahmed Karimi", "läkare", "2024-12-17T10:20:00", 25, [
        ("Aktuellt", "Tilltagande svaghet i händerna och sluddrigt tal sedan två månader."),
        ("Tidiga hypoteser", "Missänkt ALS, ENeG bokad."),
        ("Planering", "Neurografi och ENeG inom tre veckor, återbesök därefter."),
    ])],
    [], [M("NL102")], "hypothesis under VGR sökord Tidiga hypoteser (typo 'Missänkt')")


# ---------------------------------------------------------------- NL102 near misses: negated
add("neg-ingen-misstanke-lungemboli", "vgr", "1991-07-25", [
    N("n1", "sahl_akut", "Akutanteckning", "Niklas Berg", "läkare", "2024-02-17T14:30:00", 20, [
        ("Bedömning", "Bröstsmärta vid djupandning efter förkylning. Ingen misstanke om lungemboli, Wells 0 och D-dimer negativt. Muskuloskeletal smärta, NSAID."),
    ], setting="akutmottagning")],
    [], [M("NL102")], "negated: 'Ingen misstanke om lungemboli'")

add("neg-appendicit-uteslutes", "skane", "2005-03-09", [
    N("n1", "malmo_kir", "Läkaranteckning", "Henrik Ståhl", "läkare", "2024-08-03T09:15:00", 15, [
        ("Bedömning", "Smärtan har släppt, CRP 8, normalt ultraljud. Appendicit uteslutes. Hem utan uppföljning."),
    ])],
    [], [M("NL102")], "negated: 'Appendicit uteslutes'")

add("neg-barn-inga-tecken-meningit", "vgr", "2018-01-07", [
    N("n1", "dsbus", "Läkaranteckning", "Lovisa Hallberg", "läkare", "2024-03-23T22:10:00", 20, [
        ("Bedömning", "Feber och huvudvärk, pigg mellan febertopparna. Inga tecken på meningit, nackstelhet saknas. Influensa A positiv."),
    ], setting="akutmottagning")],
    [], [M("NL102")], "child, negated: 'Inga tecken på meningit'")

add("neg-temporalisarterit-avskrivs", "skane", "1946-06-21", [
    N("n1", "lund_reuma", "Läkaranteckning", "Eva Hjalmarsson", "läkare", "2024-02-29T11:00:00", 25, [
        ("Bedömning", "Temporalisbiopsin utan tecken till vaskulit, SR normaliserad. Misstanken om temporalisarterit avskrivs, kortison trappas ut."),
    ])],
    [], [M("NL102")], "suspicion explicitly dismissed ('avskrivs')")

add("neg-ej-hallpunkt-dvt", "vgr", "1979-12-11", [
    N("n1", "alingsas_med", "Läkaranteckning", "Rebecka Nord", "läkare", "2024-05-10T13:50:00", 15, [
        ("Bedömning", "Vadsmärta efter löprunda. Ej hållpunkt för DVT, Wells 0. Sträckning i gastrocnemius."),
    ])],
    [], [M("NL102")], "negated: 'Ej hållpunkt för DVT'")

add("neg-malignitet-kan-uteslutas-pad", "skane", "1973-10-05", [
    N("n1", "lund_onh", "Läkaranteckning", "Magnus Hed", "läkare", "2024-06-06T09:40:00", 20, [
        ("Bedömning", "PAD från halskörteln: reaktiv lymfadenit. Malignitet kan uteslutas. Ingen kontroll behövs."),
    ])],
    [], [M("NL102")], "negated: 'Malignitet kan uteslutas'")

add("neg-hjartinfarkt-utesluten-troponiner", "vgr", "1967-03-02", [
    N("n1", "sahl_kard", "Läkaranteckning", "Robert Hagman", "läkare", "2024-09-14T08:20:00", 20, [
        ("Bedömning", "Hjärtinfarkt har uteslutits med upprepade normala troponiner och normalt EKG. Bröstsmärtan bedöms muskuloskeletal."),
    ], setting="slutenvård")],
    [], [M("NL102")], "negated: myocardial infarction ruled out")

add("neg-typo-ingen-missanke-fraktur", "skane", "1998-11-17", [
    N("n1", "csk_ort", "Läkaranteckning", "Viktoria Hellström", "läkare", "2024-01-27T16:05:00", 10, [
        ("Bedömning", "Distorsion vä fotled, kan belasta, ingen palpationsömhet över malleolerna. Ingen missanke om fraktur, rtg ej indicerat enl. Ottawa."),
    ], setting="akutmottagning")],
    [], [M("NL102")], "negated fracture (typo 'missanke')")

add("neg-barn-inga-hallpunkter-invagination", "vgr", "2021-09-19", [
    N("n1", "dsbus", "Läkaranteckning", "Lovisa Hallberg", "läkare", "2024-07-14T19:00:00", 15, [
        ("Bedömning", "Inga hållpunkter för invagination, ultraljud buk normalt. Gastroenterit med kräkningar, vätskeplan med föräldrarna."),
    ], setting="akutmottagning")],
    [], [M("NL102")], "child, negated: 'Inga hållpunkter för invagination'")

add("neg-talar-emot-ra", "skane", "1984-08-14", [
    N("n1", "lund_reuma", "Läkaranteckning", "Eva Hjalmarsson", "läkare", "2024-04-04T10:30:00", 20, [
        ("Bedömning", "Ledvärk i händer utan svullnad. Negativa CCP-antikroppar och RF, ultraljud utan synovit talar emot reumatoid artrit. Handartros i DIP-leder."),
    ])],
    [], [M("NL102")], "rheumatoid arthritis argued against ('talar emot')")

add("neg-utan-tecken-till-dvt-ultraljud", "vgr", "1958-05-29", [
    N("n1", "sas_med", "Daganteckning", "Emil Bäck", "läkare", "2024-10-24T11:15:00", 15, [
        ("Aktuellt", "Ultraljud vä ben utan tecken till DVT. Svullnaden bedöms bero på venös insufficiens, stödstrumpor."),
    ], setting="slutenvård")],
    [], [M("NL102")], "negated: 'utan tecken till DVT'")

add("neg-hjarnblodning-utesluten-dt", "skane", "1970-02-18", [
    N("n1", "lund_akut", "Akutanteckning", "Amira Saleh", "läkare", "2024-03-30T23:55:00", 20, [
        ("Bedömning", "Åskknallshuvudvärk som släppt. Hjärnblödning är utsluten med DT och lumbalpunktion utan xantokromi. Migrän, hem med triptan."),
    ], setting="akutmottagning")],
    [], [M("NL102")], "negated: intracranial haemorrhage excluded (typo 'utsluten')")

add("neg-gastroskopi-ingen-misstanke-malignitet", "vgr", "1962-11-03", [
    N("n1", "sahl_gastro", "Läkaranteckning", "Jesper Hult", "läkare", "2024-06-12T14:30:00", 20, [
        ("Bedömning", "Gastroskopi med lätt gastrit i antrum, ingen misstanke om malignitet vid gastroskopin. Helicobacterprov taget."),
    ])],
    [], [M("NL102")], "negated malignancy at gastroscopy")

add("neg-ingen-anledning-misstanka-ms", "skane", "1993-09-06", [
    N("n1", "lund_neuro", "Läkaranteckning", "Hampus Norén", "läkare", "2024-11-28T13:00:00", 25, [
        ("Bedömning", "Stickningar i fingertopparna vid stress, normalt neurologiskt status och normal MR. Ingen anledning att misstänka MS. Pat lugnad."),
    ])],
    [], [M("NL102")], "negated: 'Ingen anledning att misstänka MS'")

# ---------------------------------------------------------------- NL102 near misses: family and past history
add("fam-far-trol-hjartinfarkt", "vgr", "1969-01-28", [
    N("n1", "sahl_kard", "Läkaranteckning", "Robert Hagman", "läkare", "2024-01-25T10:00:00", 25, [
        ("Hereditet", "Far dog plötsligt vid 55 års ålder, trol. hjärtinfarkt."),
        ("Bedömning", "Normalt arbetsprov, LDL 3,9. Statin diskuterat utifrån hereditet."),
    ])],
    [], [M("NL102")], "family history: father's probable MI, not the patient's diagnosis")

add("fam-mormor-misstankt-demens", "skane", "1955-04-01", [
    N("n1", "malmo_minne", "Läkaranteckning", "Rasmus Falk", "läkare", "2024-08-15T09:30:00", 30, [
        ("Hereditet", "Mormor hade misstänkt demens de sista levnadsåren, aldrig utredd."),
        ("Bedömning", "Subjektiva minnesbesvär, MMT 29 och normala kognitiva tester. Ingen kognitiv sjukdom, åter vid försämring."),
    ])],
    [], [M("NL102")], "family history: grandmother's suspected dementia")

add("fam-syster-misstankt-celiaki", "vgr", "1990-10-22", [
    N("n1", "sahl_gastro", "Läkaranteckning", "Anton Rask", "läkare", "2024-04-25T15:20:00", 20, [
        ("Hereditet", "Syster utredd för misstänkt celiaki förra året."),
        ("Bedömning", "IBS enligt Rom IV, transglutaminasantikroppar negativa. Low FODMAP via dietist."),
    ])],
    [], [M("NL102")], "family history: sister investigated for suspected coeliac disease")

add("fam-barn-pappa-ev-adhd", "skane", "2016-12-01", [
    N("n1", "lund_barn", "Läkaranteckning", "Pia Ekström", "läkare", "2024-05-20T14:00:00", 30, [
        ("Hereditet", "Pappa hade ev. ADHD som barn enligt farmor, aldrig utredd."),
        ("Aktuellt", "Kontroll av enures, nu torr de flesta nätter med larm."),
    ])],
    [], [M("NL102")], "child: father's possible ADHD is family history")

add("past-tia-2018-avskrevs", "skane", "1951-08-19", [
    N("n1", "angelholm_med", "Läkaranteckning", "Bengt Arvidsson", "läkare", "2024-02-15T11:10:00", 25, [
        ("Tidigare sjukdomar", "Utreddes 2018 för misstänkt TIA, avskrevs efter normal utredning. Hypertoni."),
        ("Bedömning", "Välinställt blodtryck, inga nya symtom."),
    ])],
    [], [M("NL102")], "past suspicion that was dismissed")

add("past-sarkoidos-ej-bekraftad", "vgr", "1976-06-10", [
    N("n1", "sahl_lung", "Läkaranteckning", "Maria Lindqvist", "läkare", "2024-07-01T13:40:00", 20, [
        ("Tidigare sjukdomar", "Misstanke om sarkoidos 2020 som inte bekräftades vid EBUS."),
        ("Bedömning", "Astma, välkontrollerad. Fortsatt Symbicort."),
    ])],
    [], [M("NL102")], "past suspicion that was not confirmed")


# ---------------------------------------------------------------- NL102 near misses: hedges that are not about a diagnosis
add("nondiag-trol-hemgang-imorgon", "vgr", "1941-10-30", [
    N("n1", "molndal_ort", "Daganteckning", "Kristoffer Wall", "läkare", "2024-03-15T12:00:00", 20, [
        ("Aktuellt", "Dag 2 efter höftplastik för collumfraktur hö. Mobiliserad med gåbord."),
        ("Planering", "Trol. hemgång imorgon om smärtlindringen räcker."),
    ], setting="slutenvård")],
    [], [M("NL102")], "'Trol.' about discharge, not a diagnosis")

add("nondiag-ev-aterbesok-diabetes", "skane", "1963-05-07", [
    N("n1", "malmo_endo", "Läkaranteckning", "Nadia Haddad", "läkare", "2024-09-26T10:30:00", 20, [
        ("Bedömning", "Diabetes typ 2, HbA1c 52 efter insatt semaglutid. Bra effekt."),
        ("Planering", "Ev. återbesök om tre månader, annars årskontroll på vårdcentralen."),
    ])],
    [], [M("NL102")], "'Ev.' about a follow-up visit; diagnosis is settled")

add("nondiag-ssk-misstanker-foljsamhet", "vgr", "1947-02-05", [
    N("n1", "alingsas_med", "Sjuksköterskeanteckning", "Karin Olsson", "sjuksköterska", "2024-11-11T13:20:00", 15, [
        ("Omvårdnad", "Känd hypertoni. Misstänker att pat inte tar sina läkemedel regelbundet då flera kartor är oöppnade, dosett införs efter samtal med pat."),
    ])],
    [], [M("NL102")], "suspicion about adherence, not a diagnosis")

add("nondiag-misstankt-provtagningsfel", "skane", "1980-06-25", [
    N("n1", "lund_njur", "Läkaranteckning", "Axel Brink", "läkare", "2024-10-09T09:10:00", 10, [
        ("Aktuellt", "Kalium 6,4 men provet är hemolyserat, misstänkt provtagningsfel. Nytt prov tas idag, inget akut åtgärdsbehov."),
    ])],
    [], [M("NL102")], "'misstänkt provtagningsfel' is about the sample, not a diagnosis")

add("nondiag-fysio-sannolikt-utan-rollator", "vgr", "1938-12-18", [
    N("n1", "alingsas_rehab", "Fysioterapeutanteckning", "Jonas Ahl", "fysioterapeut", "2024-04-10T14:00:00", 30, [
        ("Aktuellt", "Vecka 4 efter knäplastik vä. Gångsträcka 300 m med rollator."),
        ("Bedömning", "God progress. Sannolikt kan pat gå utan rollator inomhus inom två veckor."),
    ])],
    [], [M("NL102")], "physiotherapist: hedge about walking aid")

add("nondiag-dietist-mojligen-naringsdryck", "skane", "1944-03-29", [
    N("n1", "malmo_dietist", "Dietistanteckning", "Hedda Lundin", "dietist", "2024-07-24T10:20:00", 30, [
        ("Aktuellt", "KOL, viktnedgång 4 kg senaste halvåret, äter små portioner."),
        ("Åtgärd", "Möjligen kan energiintaget ökas med näringsdryck två gånger dagligen; provas i fyra veckor."),
    ])],
    [], [M("NL102")], "dietitian: 'Möjligen' about a nutrition plan")

add("nondiag-kurator-sannolikt-hemtjanst", "vgr", "1936-07-11", [
    N("n1", "molndal_ger", "Kuratorsanteckning", "Amanda Frisk", "kurator", "2024-12-02T15:00:00", 40, [
        ("Aktuellt", "Samtal med pat och sonen inför utskrivning."),
        ("Planering", "Pat kommer sannolikt att behöva hemtjänst morgon och kväll efter utskrivning, SIP bokas."),
    ], setting="slutenvård")],
    [], [M("NL102")], "social worker: hedge about home care needs")

add("nondiag-aterbesok-fragetecken", "skane", "1971-01-31", [
    N("n1", "lund_reuma", "Läkaranteckning", "Eva Hjalmarsson", "läkare", "2024-06-27T10:40:00", 15, [
        ("Bedömning", "Psoriasisartrit i god kontroll på adalimumab."),
        ("Planering", "Återbesök 6 mån? Pat vill hellre ha telefontid."),
    ])],
    [], [M("NL102")], "question mark about the next visit")

add("nondiag-at-oklart-trappa", "vgr", "1940-05-14", [
    N("n1", "molndal_ger", "Arbetsterapeutanteckning", "Sofia Ragnarsson", "arbetsterapeut", "2024-09-06T11:00:00", 45, [
        ("Bedömning", "Oklrat om pat klarar trappan hemma till övervåningen; hembesök med pat planeras före utskrivning."),
    ], setting="slutenvård")],
    [], [M("NL102")], "occupational therapist: 'Oklart om' about stairs (typo 'Oklrat')")

add("nondiag-logoped-ev-avveckla-fortjockning", "skane", "1952-10-08", [
    N("n1", "csk_med", "Logopedanteckning", "Klara Nyman", "logoped", "2024-01-30T13:30:00", 30, [
        ("Aktuellt", "Dysfagi efter stroke, förbättrad sväljning vid dagens bedömning."),
        ("Planering", "Ev. kan förtjockad dryck avvecklas vid nästa bedömning om två dagar."),
    ], setting="slutenvård")],
    [], [M("NL102")], "speech therapist: 'Ev.' about thickened drinks")

add("nondiag-pat-undrar-cancer-lipom", "vgr", "1982-08-05", [
    N("n1", "sahl_kir", "Läkaranteckning", "Lars Ekdahl", "läkare", "2024-08-28T14:40:00", 20, [
        ("Aktuellt", "Mjuk knöl på ryggen i flera år. Pat undrar om det kan vara cancer."),
        ("Bedömning", "Ultraljud och klinik typiska för ett lipom, förklarat för pat. Ingen åtgärd behövs."),
    ])],
    [], [M("NL102")], "the patient's own worry; the clinician's diagnosis is a settled lipoma")

# ---------------------------------------------------------------- NL102 near misses: confirmed diagnoses
add("conf-pneumoni-j18", "vgr", "1950-01-17", [
    N("n1", "skovde_med", "Epikris", "Helena Roos", "läkare", "2024-02-10T12:00:00", 60, [
        ("Diagnos", "Pneumoni i höger underlob, J18.1."),
        ("Sammanfattning", "Inlagd med feber och hypoxi, röntgen med infiltrat hö underlob. God effekt av bensylpenicillin, utskrivs afebril."),
    ], setting="slutenvård")],
    [], [M("NL102")], "confirmed pneumonia in an epikris")

add("conf-celiaki-fastslagen", "skane", "1992-07-30", [
    N("n1", "malmo_gastro", "Läkaranteckning", "Oskar Lindahl", "läkare", "2024-03-07T11:40:00", 20, [
        ("Diagnos", "Fastställd diagnos: celiaki, PAD Marsh 3b, transglutaminas 120."),
    ])],
    [], [M("NL102")], "settled coeliac disease")

add("conf-appendicit-peroperativt", "vgr", "2000-04-02", [
    N("n1", "skovde_kir", "Operationsberättelse", "Fredrik Olausson", "läkare", "2024-05-18T03:30:00", 30, [
        ("Operationsfynd", "Akut flegmonös appendicit, bekräftad peroperativt. Ingen perforation."),
        ("Åtgärd", "Laparoskopisk appendektomi utan komplikationer."),
    ], setting="slutenvård")],
    [], [M("NL102")], "appendicitis confirmed at surgery")

add("conf-kand-kol-exacerbation", "skane", "1948-09-24", [
    N("n1", "malmo_lung", "Läkaranteckning", "Carl Wennberg", "läkare", "2024-12-12T13:10:00", 20, [
        ("Bedömning", "Känd KOL GOLD 3 med exacerbation, tredje i år. Prednisolonkur och uppföljning med spirometri om sex veckor."),
    ])],
    [], [M("NL102")], "known COPD, no hedge")

add("conf-epikris-diagnoslista", "vgr", "1945-06-30", [
    N("n1", "sas_med", "Epikris", "Emil Bäck", "läkare", "2024-10-31T14:00:00", 45, [
        ("Diagnos", "Hjärtsvikt med nedsatt ejektionsfraktion, I50.1. Förmaksflimmer, I48.9. Diabetes typ 2."),
        ("Sammanfattning", "Inkom med dekompenserad hjärtsvikt, diureserad 6 kg. Dapagliflozin insatt. Eko visar EF 30 %."),
    ], setting="slutenvård")],
    [], [M("NL102")], "discharge summary with only confirmed diagnoses")

# ---------------------------------------------------------------- NL102 near misses: hypothesis communicated to the patient
add("told-informerat-om-misstanke-ms", "vgr", "1994-04-19", [
    N("n1", "sahl_neuro", "Läkaranteckning", "Jakob Dahlberg", "läkare", "2024-06-26T10:30:00", 35, [
        ("Bedömning", "Känselbortfall i benen och flera MR-lesioner, misstänkt MS. Har informerat pat om misstanken och om fortsatt utredning med lumbalpunktion; pat ville veta och ställde frågor."),
    ])],
    [], [M("NL102")], "hypothesis explicitly communicated to the patient; once communicated the routine wants it visible")

add("told-gyn-diskuterat-trolig-pcos", "skane", "1999-11-06", [
    N("n1", "hbg_gyn", "Läkaranteckning", "Ida Carlsson", "läkare", "2024-04-09T13:45:00", 25, [
        ("Bedömning", "Oregelbundna menstruationer, akne och polycystiska ovarier vid ultraljud, trolig PCOS. Detta har gåtts igenom med pat som fått information om diagnosen och fortsatt provtagning."),
    ])],
    [], [M("NL102")], "probable PCOS discussed with the patient during the visit")

add("told-reuma-berattat-om-mojlig-sle", "vgr", "1988-02-12", [
    N("n1", "sahl_reuma", "Läkaranteckning", "Anna Vik", "läkare", "2024-08-07T09:30:00", 30, [
        ("Bedömning", "Fotosensitivt utslag, artralgier och positiv ANA. Möjlig SLE, vilket jag berättat för pat tillsammans med vilka prover som avgör saken. Pat får ta del av svaren på återbesöket."),
    ])],
    [], [M("NL102")], "possible SLE told to the patient at the visit")


# ---------------------------------------------------------------- long notes, near misses
add("lang-medmott-hjartsvikt-inga-hedges", "skane", "1949-04-03", [
    N("n1", "angelholm_med", "Läkaranteckning", "Bengt Arvidsson", "läkare", "2024-03-20T13:30:00", 90, [
        ("Kontaktorsak", "Planerat återbesök för hjärtsvikt och diabetes, tre månader efter utskrivning från medicinavdelningen."),
        ("Tidigare sjukdomar", "Hjärtsvikt med nedsatt ejektionsfraktion sedan 2021, ischemisk genes efter hjärtinfarkt 2019 med PCI mot LAD. Diabetes typ 2 sedan 2008. Njursvikt stadium 3a. Gikt i anfall senast för fem år sedan. Hereditet: far trol. hjärtsvikt i 70-årsåldern."),
        ("Läkemedel", "Sacubitril/valsartan 97/103 mg x 2, bisoprolol 7,5 mg x 1, spironolakton 25 mg x 1, dapagliflozin 10 mg x 1, furosemid 40 mg på morgonen, metformin 500 mg x 2, atorvastatin 80 mg, ASA 75 mg."),
        ("Aktuellt", "Mår bättre än på länge. Promenerar 30 minuter dagligen, sover på en kudde. Ingen nattlig andnöd. Väger sig varje morgon, vikten stabil kring 82 kg. Lite yrsel ibland när han reser sig snabbt, aldrig svimmat. Inga bröstsmärtor. Har minskat på saltet, äter mer grönsaker sedan dietistbesöket. Frun tycker att han är piggare."),
        ("Status", "AT gott. BT 112/68 sittande, 104/66 stående. Puls 62 regelbunden. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt andningsljud, inga rassel. Inga ankelödem. Halsvenstas ej förhöjd. Fötter: palpabla pulsar, inga sår."),
        ("Lab", "Krea 118 (tidigare 124), eGFR 52, kalium 4,8, natrium 139, NT-proBNP 890 (vid utskrivning 3200). HbA1c 54. Urat 380."),
        ("Bedömning", "Hjärtsvikt i NYHA II, klart förbättrad på optimerad behandling. Inga tecken på vätskeretention. Lätt ortostatism utan symtom av betydelse. Diabetes välkontrollerad. Njurfunktion stabil, kalium acceptabelt."),
        ("Planering", "Oförändrad medicinering. Furosemid kan eventuellt sänkas till 20 mg om vikten fortsatt ligger stilla, pat får själv höra av sig via 1177 om han vill prova. Eko om sex månader för ställningstagande till ICD. Provtagning med elektrolyter om fyra veckor på vårdcentralen. Fortsatt kontakt med hjärtsviktssjuksköterska, nästa besök i maj. Återbesök hos mig om sex månader, sannolikt räcker telefonkontakt om allt är stabilt."),
        ("Information", "Genomgång av egenvårdsråd: daglig vägning, kontakt vid viktuppgång över två kilo på tre dagar och vätskeintag kring en och en halv liter. Pat har förstått och har egenvårdsbroschyren hemma. Influensa- och pneumokockvaccination rekommenderas och ges på vårdcentralen i höst."),
    ])],
    [], [M("NL102")], "long note (300+ words) with only non-diagnostic hedges, a negation and a hedged family history")

add("lang-onk-informerad-barnen-vet-ej", "vgr", "1955-12-21", [
    N("n1", "sahl_onk", "Läkaranteckning", "Cecilia Strand", "läkare", "2024-09-09T14:00:00", 60, [
        ("Kontaktorsak", "Nybesök onkologi efter att diagnosen ställts via kirurgen, med maken."),
        ("Anamnes", "Tidigare frisk, aldrig rökt. Söktes i maj för ändrade avföringsvanor och blod i avföringen. Koloskopi visade tumör i colon ascendens, opererad med hemikolektomi hö i juli. PAD: adenocarcinom pT3N1a, en av arton lymfkörtlar med metastas, radikalt opererad. DT thorax-buk utan fjärrmetastaser. Återhämtat sig väl efter operationen, äter normalt och har gått upp två kilo. Arbetar som förskollärare, sjukskriven sedan operationen."),
        ("Socialt", "Gift, två vuxna barn som bor i Stockholm. Aktiv i kör och går stavgång."),
        ("Läkemedel", "Inga stående läkemedel före operationen. Nu paracetamol vid behov och järntabletter sedan utskrivningen. Penicillinallergi med utslag i barndomen."),
        ("Aktuellt", "Mår bra, lite trött på eftermiddagarna. Ingen smärta från operationsområdet, normal avföring två gånger dagligen. Orolig inför cytostatikabehandlingen, särskilt för att tappa håret, vilket hon fått veta inte är vanligt vid CAPOX."),
        ("Status", "AT gott, ECOG 0. Vikt 68 kg. Buk: läkt operationsärr, mjuk, oöm, inga palpabla resistenser. Inga förstorade lymfkörtlar på halsen eller i ljumskarna."),
        ("Lab", "Hb 121, LPK 6,2, TPK 280, krea 71, leverstatus normalt, CEA 2,1."),
        ("Bedömning", "Koloncancer stadium III efter radikal operation. Indikation för adjuvant cytostatikabehandling med CAPOX i tre månader, vilket minskar risken för återfall."),
        ("Information", "Pat är sedan tidigare informerad om diagnosen av kirurgen och vi har idag gått igenom behandlingen, biverkningar som nervpåverkan i händer och fötter, illamående och infektionskänslighet, samt när hon ska höra av sig. Hon har fått skriftlig information och nummer till kontaktsjuksköterskan. Barnen är ännu inte informerade om cancern; pat vill berätta för dem själv när de kommer hem i helgen. Maken delaktig i samtalet."),
        ("Planering", "Start CAPOX vecka 38. Provtagning inför varje kur. Kontaktsjuksköterska ringer efter första kuren. Läkarbesök inför kur 3. Uppföljning med DT och CEA enligt vårdprogram efter avslutad behandling. Sjukskrivning förlängs till och med december, intyg skrivet. Kurator erbjuds, pat avböjer i nuläget men vet hur hon når henne."),
    ])],
    [], [M("NL101")], "long oncology note (300+ words): patient informed, only the adult children are not")



# =====================================================================
# validation and output
# =====================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PNR_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{3})(\d)$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def _in_2024(value):
    return isinstance(value, str) and value.startswith("2024-")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
            continue
        if not isinstance(name, str) or not re.match(r"^[a-z0-9][a-z0-9-]*$", name):
            problems.append("%s: bad case name" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset %r" % (where, c["ruleset"]))
        why = c["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            problems.append("%s: why must be one non-empty line" % where)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys %s" % (where, sorted(rec.keys())))
            continue
        pat = rec["patient"]
        if set(pat.keys()) != PATIENT_KEYS:
            problems.append("%s: patient keys" % where)
        m = PNR_RE.match(pat.get("id", ""))
        if not m:
            problems.append("%s: personnummer format %r" % (where, pat.get("id")))
        else:
            y, mo, d, ser, chk = m.groups()
            if "%s-%s-%s" % (y, mo, d) != pat.get("birth_date"):
                problems.append("%s: personnummer does not match birth_date" % where)
            if luhn_digit(y[2:] + mo + d + ser) != chk:
                problems.append("%s: personnummer fails Luhn" % where)
        try:
            _dt.date.fromisoformat(pat["birth_date"])
        except Exception:
            problems.append("%s: bad birth_date" % where)
        if not _in_2024(rec["as_of"]):
            problems.append("%s: as_of not in 2024" % where)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                problems.append("%s: %s should be empty" % (where, k))
        note_ids = []
        notes = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n.keys())))
                continue
            nid = n["id"]
            if nid in notes:
                problems.append("%s: duplicate note id %s" % (where, nid))
            notes[nid] = n
            note_ids.append(nid)
            if not _in_2024(n["time"]):
                problems.append("%s/%s: time not in 2024" % (where, nid))
            if n["signed"] is not None:
                if not _in_2024(n["signed"]):
                    problems.append("%s/%s: signed not in 2024" % (where, nid))
                elif n["signed"] < n["time"]:
                    problems.append("%s/%s: signed before time" % (where, nid))
            if n["time"] > rec["as_of"] or (n["signed"] and n["signed"] > rec["as_of"]):
                problems.append("%s/%s: note after as_of" % (where, nid))
            age = _age(pat["birth_date"], n["time"])
            if 13 <= age <= 15:
                problems.append("%s/%s: patient aged %d (13-15 not used)" % (where, nid, age))
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s/%s: system %r" % (where, nid, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR notes are Melior" % (where, nid))
            region = SK if c["ruleset"] == "skane" else VG
            if not n["unit"]["hsa_id"].startswith(region):
                problems.append("%s/%s: unit of the wrong region" % (where, nid))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (where, nid))
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s/%s: bad section" % (where, nid))
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, nid, s["keyword"]):
                            problems.append("%s/%s: sentence repeated from %s: %r"
                                            % (where, nid, sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, nid, s["keyword"]))
        asserted = set()
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad %s item %r" % (where, lst, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: code %s outside NL101/NL102" % (where, code))
                if target not in notes:
                    problems.append("%s: target %s does not exist" % (where, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (where, code, target))
                asserted.add((code, target))
                n = notes[target]
                protected = ((c["ruleset"] == "skane" and n["template"] in PROTECTED_SKANE_TEMPLATES)
                             or any(s["keyword"] in PROTECTED_VGR_KEYWORDS for s in n["sections"]
                                    if c["ruleset"] == "vgr"))
                if code == "NL101" and n["system"] == "PMO":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
                if lst == "must" and n["system"] == "PMO":
                    problems.append("%s: must on a PMO note" % where)
                if lst == "must" and protected and c["ruleset"] == "skane":
                    problems.append("%s: must on a protected Skåne template" % where)
    return problems


def main():
    cases = []
    for c in CASES:
        c = dict(c)
        c.pop("_units", None)
        cases.append(c)
    problems = validate(cases)
    missing = DRAFTS - {c["case"] for c in cases}
    if missing:
        problems.append("DRAFTS names unknown cases: %s" % sorted(missing))
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != cases:
        problems.append("written file differs from the data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    counts = {}
    for c in cases:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("%s: %d cases -> %s" % (NAME, len(cases), out))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0),
                                             counts.get((code, "must_not"), 0)))
    if "-v" in sys.argv:
        by_rs = {}
        sysc = {}
        drafts = 0
        for c in cases:
            by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
            for n in c["record"]["notes"]:
                sysc[n["system"]] = sysc.get(n["system"], 0) + 1
                drafts += n["signed"] is None
                words = sum(len(s["text"].split()) for s in n["sections"])
                if words >= 250:
                    print("  long note %s: %d words" % (c["case"], words))
        print("  rulesets", by_rs, "systems", sysc, "drafts", drafts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
