#!/usr/bin/env python3
"""dev116: nursing documentation across hospital wards (omvårdnadsanteckningar).

VIPS-style sökord (Kommunikation, Andning/cirkulation, Nutrition, Elimination,
Hud/vävnad, Aktivitet, Sömn, Smärta, Psykosocialt, Kunskap/utveckling ...), nurses
reporting what the doctor suspects, which results came in, what the patient or the
relatives were or were not told; pressure sores, infections and falls.

Codes asserted: NL101 and NL102 only.  Standard library only, deterministic.
Running it writes cases.jsonl next to this file; it exits 1 on any problem.
"""
import hashlib
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev116_cases.jsonl")

SK = "SE2321000255"   # Region Skåne
VG = "SE2321000131"   # Västra Götalandsregionen

SSK = "sjuksköterska"
USK = "undersköterska"
SPSSK = "specialistsjuksköterska"
DSK = "distriktssköterska"
BSSK = "barnsjuksköterska"
LAK = "läkare"

UNITS = {
    # ---- Skåne, Melior (sjukhus) ----
    "sk_med5_malmo": ("Medicinavdelning 5, Skånes universitetssjukhus Malmö", SK),
    "sk_ger2_lund": ("Geriatrisk avdelning 2, Skånes universitetssjukhus Lund", SK),
    "sk_ort18_hbg": ("Ortopedavdelning 18, Helsingborgs lasarett", SK),
    "sk_kir6_csk": ("Kirurgavdelning 6, Centralsjukhuset Kristianstad", SK),
    "sk_inf1_lund": ("Infektionsavdelning 1, Skånes universitetssjukhus Lund", SK),
    "sk_lung_lund": ("Lungavdelningen, Skånes universitetssjukhus Lund", SK),
    "sk_hjart41_hbg": ("Hjärtavdelning 41, Helsingborgs lasarett", SK),
    "sk_barn63_lund": ("Barn- och ungdomsmedicin avdelning 63, Skånes universitetssjukhus Lund", SK),
    "sk_barn_hbg": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", SK),
    "sk_onk13_lund": ("Onkologiska kliniken avdelning 13, Skånes universitetssjukhus Lund", SK),
    "sk_pall_ystad": ("Palliativ vårdavdelning, Ystad lasarett", SK),
    "sk_iva_malmo": ("Intensivvårdsavdelningen, Skånes universitetssjukhus Malmö", SK),
    "sk_psyk3_hbg": ("Vuxenpsykiatri heldygnsvård avdelning 3, Helsingborg", SK),
    "sk_med2_trbg": ("Medicinavdelning 2, Trelleborgs lasarett", SK),
    "sk_kir_ystad": ("Kirurgavdelningen, Ystad lasarett", SK),
    "sk_gastro_malmo": ("Gastrokirurgisk avdelning, Skånes universitetssjukhus Malmö", SK),
    "sk_gastromed_malmo": ("Gastroenterologisk avdelning, Skånes universitetssjukhus Malmö", SK),
    "sk_uro_malmo": ("Urologiska avdelningen, Skånes universitetssjukhus Malmö", SK),
    "sk_hemat_lund": ("Hematologiska avdelningen, Skånes universitetssjukhus Lund", SK),
    "sk_neuro_hbg": ("Neurologiska avdelningen, Helsingborgs lasarett", SK),
    "sk_akut_hlm": ("Akutvårdsavdelningen, Hässleholms sjukhus", SK),
    "sk_rehab_lkr": ("Rehabiliteringsavdelningen, Landskrona lasarett", SK),
    "sk_kvinno_hbg": ("Kvinnokliniken avdelning 2, Helsingborgs lasarett", SK),
    "sk_karl_malmo": ("Kärlkirurgiska avdelningen, Skånes universitetssjukhus Malmö", SK),
    "sk_mava_ang": ("Medicinska akutvårdsavdelningen, Ängelholms sjukhus", SK),
    "sk_onh_lund": ("Öron-, näs- och halsavdelningen, Skånes universitetssjukhus Lund", SK),
    "sk_stroke_lund": ("Strokeenheten, Skånes universitetssjukhus Lund", SK),
    # ---- Skåne, PMO (primärvård) ----
    "pm_dsk_hoor": ("Distriktssköterskemottagningen, Vårdcentralen Höör", SK),
    "pm_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK),
    "pm_vc_tomelilla": ("Vårdcentralen Tomelilla", SK),
    "pm_asih_lund": ("ASIH Lund, avancerad sjukvård i hemmet", SK),
    "pm_vc_eslov": ("Vårdcentralen Eslöv", SK),
    "pm_bvc_bjuv": ("BVC Vårdcentralen Bjuv", SK),
    "pm_hsv_sjobo": ("Hemsjukvården, Vårdcentralen Sjöbo", SK),
    # ---- VGR, Melior ----
    "vg_med33_su": ("Medicinavdelning 33, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_ger_molndal": ("Geriatrisk avdelning 2, Sahlgrenska Universitetssjukhuset/Mölndal", VG),
    "vg_ort6_nal": ("Ortopedavdelning 6, NU-sjukvården NÄL Trollhättan", VG),
    "vg_inf3_ostra": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset/Östra", VG),
    "vg_kir12_skovde": ("Kirurgavdelning 12, Skaraborgs Sjukhus Skövde", VG),
    "vg_stroke_sas": ("Strokeenheten, Södra Älvsborgs Sjukhus Borås", VG),
    "vg_hjart5_skovde": ("Hjärtavdelning 5, Skaraborgs Sjukhus Skövde", VG),
    "vg_barn325_dsbus": ("Avdelning 325, Drottning Silvias barn- och ungdomssjukhus", VG),
    "vg_uro_su": ("Urologavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_karl_su": ("Kärlkirurgisk avdelning, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_njur_su": ("Njurmedicinsk avdelning, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_neuro_su": ("Neurologavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_hemat_su": ("Hematologavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", VG),
    "vg_med3_alingsas": ("Medicinavdelning 3, Alingsås lasarett", VG),
    "vg_kir_kungalv": ("Kirurgavdelningen, Kungälvs sjukhus", VG),
    "vg_lung_sas": ("Lungmedicinsk avdelning, Södra Älvsborgs Sjukhus Borås", VG),
    "vg_onk_jk": ("Onkologiavdelning 52, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG),
    "vg_iva_nal": ("Intensivvårdsavdelningen, NU-sjukvården NÄL Trollhättan", VG),
    "vg_gyn_ostra": ("Gynekologisk avdelning, Sahlgrenska Universitetssjukhuset/Östra", VG),
    "vg_mava_uddevalla": ("Medicinsk akutvårdsavdelning, Uddevalla sjukhus", VG),
    "vg_gastro_sas": ("Gastroavdelningen, Södra Älvsborgs Sjukhus Borås", VG),
    "vg_rehab_falk": ("Rehabiliteringsavdelningen, Skaraborgs Sjukhus Falköping", VG),
    "vg_psyk4_skovde": ("Psykiatriavdelning 4, Skaraborgs Sjukhus Skövde", VG),
    "vg_pall_uddevalla": ("Palliativ slutenvårdsavdelning, Uddevalla sjukhus", VG),
}


def unit(key):
    name, prefix = UNITS[key]
    suffix = hashlib.sha1(name.encode("utf-8")).hexdigest()[:4].upper()
    return {"name": name, "hsa_id": prefix + "-" + suffix}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def note(nid, system, template, ukey, author, when, sections, signed=35,
         setting="slutenvård", refs=None):
    t = datetime.strptime(when, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + timedelta(minutes=signed)).isoformat()
    return {
        "id": nid, "system": system, "template": template, "unit": unit(ukey),
        "author": {"name": author[0], "role": author[1]},
        "time": t.isoformat(), "signed": s, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def M(nid, template, ukey, author, when, sections, **kw):
    """A Melior note."""
    return note(nid, "Melior", template, ukey, author, when, sections, **kw)


def P(nid, template, ukey, author, when, sections, **kw):
    """A PMO note (primary care, always öppenvård)."""
    kw.setdefault("setting", "öppenvård")
    return note(nid, "PMO", template, ukey, author, when, sections, **kw)


CASES = []


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.fromisoformat(n["time"]) for n in notes)
        as_of = datetime(last.year, last.month, last.day) + timedelta(days=2)
        as_of = as_of.isoformat()
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# ---------------------------------------------------------------------------
# A. NL102 positives: a hedged diagnosis of the patient in a visible VIPS section
#    of a Melior note (mostly the nurse reporting what the doctor suspects).
# ---------------------------------------------------------------------------

C("ssk-dr-misstanker-pneumoni-andning", "skane", "1941-08-14", "226", [
    M("n1", "Omvårdnadsanteckning", "sk_med5_malmo", ("Karin Lindqvist", SSK), "2024-02-12 14:10", [
        ("Andning/cirkulation", "Andningsfrekvens 26/min, sat 89 % utan syrgas, höjs till 94 % på 2 l O2 via grimma. Rassel hö basalt vid auskultation enl dr."),
        ("Bedömning", "Dr misstänker pneumoni hö sida. Lungrtg beställd, blododlingar x2 tagna före första dosen bensylpenicillin."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
  "nurse reports the doctor's suspected pneumonia in a visible VIPS section; nothing is said about informing the patient")

C("geriatrik-nattanteckning-troligt-delirium", "vgr", "1934-02-03", "148", [
    M("n1", "Nattanteckning", "vg_ger_molndal", ("Mikael Ström", SSK), "2024-01-19 03:25", [
        ("Kommunikation", "Pat vaken större delen av natten, plockig, pratar om att hon måste hinna till bussen. Svår att nå, känner inte igen sin sal."),
        ("Sömn", "Sovit ca 1 h totalt. Haloperidol ej given, lugnar sig med extravak vid sängen."),
        ("Bedömning", "Jourhavande underläkare bedömer troligt delirium utlöst av förstoppning och urinretention, ordinerar bladderscan och laxering."),
    ]),
], [("NL102", "n1")], [],
  "night note: 'troligt delirium' in Bedömning of a visible Melior nursing note")

C("ortoped-misstankt-trycksar-sacrum", "skane", "1935-11-29", "062", [
    M("n1", "Omvårdnadsanteckning", "sk_ort18_hbg", ("Fatima Hassan", SSK), "2024-04-03 10:20", [
        ("Hud/vävnad", "Vid förbandsbyte noteras icke-blekbar rodnad över sacrum med en blåsa ca 2 x 3 cm. Misstänkt trycksår kategori 2, fotodokumenterat."),
        ("Omvårdnadsåtgärd", "Växeldynamadrass beställd, lägesändring varannan timme enl vändschema, hälavlastning med kudde. Avvikelse skriven i MedControl."),
    ]),
], [("NL102", "n1")], [],
  "suspected pressure ulcer (trycksår, a diagnosis) in Hud/vävnad of a visible Melior note")

C("infektion-sannolik-erysipleas-typo", "vgr", "1962-03-09", "317", [
    M("n1", "Inskrivningsanteckning omvårdnad", "vg_inf3_ostra", ("Zeynep Kaya", SSK), "2024-05-14 18:45", [
        ("Omvårdnadsanamnes", "62-årig man inkommer via akuten med feber och frossa sedan i går kväll. Bor med sambo, klarar ADL självständigt."),
        ("Hud/vävnad", "Vä underben rodnat, varmt och svullet från fotled till knä, skarpt avgränsat, markerat med penna kl 18.30. Enligt dr sannolik erysipleas, iv kloxacillin insatt."),
        ("Planering", "Benet i högläge, ny markering i morgon bitti för att följa utbredningen."),
    ]),
], [("NL102", "n1")], [],
  "typo in the diagnosis (erysipleas for erysipelas) after 'sannolik' in a visible section")

C("kirurg-jouren-fragar-sig-om-subileus-utkast", "skane", "1958-07-21", "455", [
    M("n1", "Omvårdnadsanteckning", "sk_kir6_csk", ("Jonas Berg", SSK), "2024-06-08 22:15", [
        ("Elimination", "Ingen gasavgång eller avföring sedan operationen i förrgår. Buken spänd och öm, kräkts gallfärgat x2 under kvällen."),
        ("Åtgärd", "Kirurgjouren tillkallad, frågar sig om subileus och beställer DT buk. V-sond nr 16 satt, drar 400 ml."),
    ], signed=None),
], [("NL102", "n1")], [],
  "unsigned draft: 'frågar sig om subileus' is a hedged diagnosis in a visible section")

C("stroke-dr-misstanker-ny-stroke", "vgr", "1947-12-30", "533", [
    M("n1", "Omvårdnadsanteckning", "vg_stroke_sas", ("Linnea Forsberg", SSK), "2024-03-11 06:05", [
        ("Kommunikation", "Vid morgonrond sluddrigt tal, hängande mungipa hö och svaghet i hö arm som inte fanns kl 02. NIHSS 6."),
        ("Åtgärd", "Strokelarm via jour. Dr misstänker ny stroke, akut DT hjärna med angio. Pat fastande tills sväljtest gjorts."),
    ]),
], [("NL102", "n1")], [],
  "new stroke suspected by the doctor, reported by the nurse under Åtgärd")

C("lung-dd-lungemboli-vs-pneumoni", "skane", "1970-05-02", "183", [
    M("n1", "Överrapportering", "sk_lung_lund", ("Sara Nilsson", SSK), "2024-01-27 21:30", [
        ("Andning/cirkulation", "Sat 86 % på 3 l O2, AF 30, puls 118 reg. Hugg i hö sida vid djupandning."),
        ("Bedömning", "DD lungemboli vs pneumoni enl jourhavande, DT lungartärer i kväll. Fragmin ges i väntan på svar."),
    ]),
], [("NL102", "n1")], [],
  "differential diagnosis written as 'DD ... vs ...' in a visible section of a handover note")

C("hjart-jouren-kan-ej-utesluta-nstemi", "vgr", "1953-09-17", "272", [
    M("n1", "Omvårdnadsanteckning", "vg_hjart5_skovde", ("Ahmed Al-Sayed", SSK), "2024-07-02 04:40", [
        ("Smärta", "Vaknar kl 04 med tryck över bröstet, VAS 6, strålar mot käken. Nitro sublingualt x1 med effekt efter 5 min."),
        ("Andning/cirkulation", "EKG taget och visat för jour, BT 168/95. TnT 1 tas nu och om 3 h."),
        ("Bedömning", "Jouren kan ej utesluta NSTEMI och vill ha kontrollerat TnT innan ställningstagande till angiografi."),
    ]),
], [("NL102", "n1")], [],
  "'kan ej utesluta NSTEMI' in Bedömning of a visible nursing note")

C("barn-misstanke-gastroenterit-dehydrering", "skane", "2021-05-10", "284", [
    M("n1", "Omvårdnadsanteckning", "sk_barn63_lund", ("Ida Björk", BSSK), "2024-09-03 11:00", [
        ("Nutrition", "Vägrar mat, dricker små klunkar ORS med spruta, totalt 250 ml sedan i morse. Vikt 11,9 kg (13,0 kg på BVC för två veckor sedan)."),
        ("Elimination", "Tre våta blöjor senaste dygnet, vattentunn avföring x4."),
        ("Bedömning", "Dr misstänker gastroenterit med måttlig dehydrering, nasogastrisk rehydrering startas. Föräldrarna på plats och delaktiga i vätskelistan."),
    ]),
], [("NL102", "n1")], [],
  "three-year-old (guardians read the journal): suspected gastroenteritis in a visible section")

C("urolog-trol-uvi-kad", "vgr", "1944-01-25", "319", [
    M("n1", "Omvårdnadsanteckning", "vg_uro_su", ("Marcus Hedlund", SSK), "2024-02-29 16:20", [
        ("Elimination", "Urinen grumlig och illaluktande i KAD-påsen. Temp 38,4, frossar."),
        ("Bedömning", "Trol. UVI utgående från KAD. U-odling från nysatt kateter skickad, dr ordinerar ceftibuten."),
    ]),
], [("NL102", "n1")], [],
  "abbreviated hedge 'Trol.' before the abbreviation UVI in a visible section")

C("onkolog-misstanke-skelettmetastaser", "skane", "1956-04-04", "086", [
    M("n1", "Omvårdnadsanteckning", "sk_onk13_lund", ("Eva Lindgren", SSK), "2024-10-15 13:30", [
        ("Smärta", "Nytillkommen ländryggssmärta sedan en vecka, värre nattetid, NRS 7 trots Oxynorm vb. Ingen påverkan på blåsa eller tarm."),
        ("Bedömning", "Avdelningsläkaren misstänker skelettmetastaser i ländryggen, MR hela ryggen bokad till fredag."),
    ]),
], [("NL102", "n1")], [],
  "suspected bone metastases in a visible section")

C("karl-dvt-fragetecken-dr-informerad", "vgr", "1949-10-08", "353", [
    M("n1", "Omvårdnadsanteckning", "vg_karl_su", ("Emma Johansson", SSK), "2024-08-21 09:50", [
        ("Hud/vävnad", "Vä vad svullen, 3 cm större omfång än hö, värmeökning och ömhet. Postop dag 4 efter femoropopliteal bypass hö."),
        ("Planering", "DVT vä? Ultraljud ben bokat kl 13, dr informerad om fynden."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
  "'DVT vä?' is a hedged diagnosis; 'dr informerad' concerns the doctor, not a patient left uninformed")

C("psyk-mojlig-bipolar-sjukdom", "skane", "1988-06-12", "375", [
    M("n1", "Omvårdnadsanteckning", "sk_psyk3_hbg", ("Rasmus Borg", SSK), "2024-11-06 20:10", [
        ("Psykosocialt", "Pat har sovit 2 h per natt senaste veckan, talar forcerat och har köpt två bilar på kredit enl sambon. Irritabel när personalen sätter gränser."),
        ("Bedömning", "Ansvarig psykiatriker bedömer möjlig bipolär sjukdom typ 1 med pågående manisk episod. Litium diskuteras när lab är klart."),
    ]),
], [("NL102", "n1")], [],
  "psychiatric ward nursing note: 'möjlig bipolär sjukdom' in a visible section")

C("njur-bild-som-vid-akut-njursvikt", "vgr", "1966-02-19", "431", [
    M("n1", "Omvårdnadsanteckning", "vg_njur_su", ("Helena Nyström", SSK), "2024-04-17 15:00", [
        ("Elimination", "Diures 300 ml senaste dygnet trots 2 l iv. Vikt +2,4 kg sedan inskrivningen."),
        ("Bedömning", "Krea har stigit från 98 till 312. Bild som vid akut njursvikt enl. dr, prerenal genes diskuteras."),
    ]),
], [("NL102", "n1")], [],
  "'bild som vid akut njursvikt' in a visible section")

C("gastro-talar-for-ovre-gi-blodning", "skane", "1951-12-01", "517", [
    M("n1", "Omvårdnadsanteckning", "sk_med2_trbg", ("Malin Åkesson", SSK), "2024-12-02 02:15", [
        ("Elimination", "Kräkts ca 200 ml kaffesumpsliknande. Melena x1 under natten."),
        ("Andning/cirkulation", "BT 98/60, puls 112, blek och kallsvettig."),
        ("Bedömning", "Talar för övre GI-blödning enl jourhavande, två grova PVK satta, Hb 84 och blod beställt. Gastroskopi planeras i morgon bitti."),
    ]),
], [("NL102", "n1")], [],
  "'Talar för övre GI-blödning' (talar för as a hedge) in a visible section")

C("neuro-fragestallnig-somnapne-typo", "vgr", "1963-08-26", "690", [
    M("n1", "Omvårdnadsanteckning", "vg_neuro_su", ("Olivia Strand", SSK), "2024-03-26 07:00", [
        ("Sömn", "Snarkar kraftigt, observerade andningsuppehåll på 20–30 s flera gånger under natten. Sat ned till 82 % vid uppehållen."),
        ("Planering", "Frågeställnig sömnapnésyndrom, dr skriver remiss för polygrafi."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (Frågeställnig for Frågeställning) before sömnapnésyndrom in a visible section")

C("geriatrik-misstankt-demenssjukdom-mmse", "skane", "1937-01-15", "248", [
    M("n1", "Omvårdnadsbedömning", "sk_ger2_lund", ("Therese Mårtensson", SSK), "2024-05-06 14:45", [
        ("Kunskap/utveckling", "Har svårt att behålla information, frågar flera gånger om var hon är och varför. Klarar inte instruktionen om ringklockan."),
        ("Bedömning", "MMSE 21/30 utfört av ssk. Dr skriver misstänkt demenssjukdom, utredning påbörjas under vårdtiden."),
    ]),
], [("NL102", "n1")], [],
  "suspected dementia in Bedömning of a visible nursing assessment")

C("hemat-inger-misstanke-neutropen-sepsis", "vgr", "1979-11-11", "806", [
    M("n1", "Omvårdnadsanteckning", "vg_hemat_su", ("Dragana Petrović", SSK), "2024-06-19 23:50", [
        ("Andning/cirkulation", "Temp 39,1, frossa, BT 95/55, puls 124. Neutrofila 0,2 dag 10 efter cytostatika."),
        ("Åtgärd", "Tillståndet inger misstanke om neutropen sepsis. Blododlingar från CVK och perifert, pip-taz givet inom 30 min enl PM."),
    ]),
], [("NL102", "n1")], [],
  "'inger misstanke om neutropen sepsis' in a visible section")

C("iva-forenlig-med-ards", "skane", "1972-04-23", "591", [
    M("n1", "IVA-omvårdnad", "sk_iva_malmo", ("Cecilia Rask", SPSSK), "2024-02-04 05:30", [
        ("Andning/cirkulation", "PF-kvot 13, FiO2 0,7, PEEP 12. Bilaterala infiltrat på rtg i kväll."),
        ("Bedömning", "Narkosläkaren bedömer bilden förenlig med ARDS, bukläge planeras i 16 h."),
    ]),
], [("NL102", "n1")], [],
  "ICU nurse: 'förenlig med ARDS' in a visible section")

C("fall-natt-misstankt-collumfraktur", "vgr", "1932-07-07", "028", [
    M("n1", "Omvårdnadsanteckning", "vg_med3_alingsas", ("Pernilla Sjöberg", SSK), "2024-09-27 03:10", [
        ("Aktivitet", "Pat hittad sittande på golvet vid toaletten kl 02.45, hade försökt gå utan rollator. Larmade inte."),
        ("Smärta", "Uttalad smärta i vä ljumske, benet förkortat och utåtroterat."),
        ("Bedömning", "Jourläkaren misstänker collumfraktur vä, rtg höft beställd och ortopedkonsult kontaktas. Fallrapport skriven."),
    ]),
], [("NL102", "n1")], [],
  "fall on the ward: suspected hip fracture (a diagnosis) in a visible section")

C("hud-mojlig-fotsvamp-kort", "skane", "1950-09-05", "602", [
    M("n1", "Omvårdnadsanteckning", "sk_mava_ang", ("Nora Lund", SSK), "2024-07-23 10:05", [
        ("Hud/vävnad", "Vitaktig fjällning och fissurer mellan tårna bilat, klåda enl pat. Möjlig fotsvamp, dr tittar vid rond."),
    ]),
], [("NL102", "n1")], [],
  "one-line note: 'Möjlig fotsvamp' (tinea pedis) in Hud/vävnad")

C("infektion-kan-rora-sig-om-c-dificile-typo", "vgr", "1945-05-30", "477", [
    M("n1", "Omvårdnadsanteckning", "vg_mava_uddevalla", ("Yasmin Ali", SSK), "2024-10-09 15:35", [
        ("Elimination", "Vattentunna diarréer x6 sedan i natt, Bristol 7. Avslutade klindamycin för fem dagar sedan."),
        ("Åtgärd", "Kan röra sig om Clostridioides dificile enl avdelningsläkaren, F-prov för toxin skickat. Pat flyttad till enkelrum med egen toalett och skylt om kontaktsmitta."),
    ]),
], [("NL102", "n1")], [],
  "typo in the organism (dificile) after the hedge 'kan röra sig om' in a visible section")

C("kirurg-eventuell-postoperativ-sarinfektion", "skane", "1968-10-14", "139", [
    M("n1", "Omvårdnadsanteckning", "sk_kir_ystad", ("Petra Ek", SSK), "2024-08-14 12:40", [
        ("Hud/vävnad", "Op-såret rodnat ca 2 cm ut från sårkanten i nedre delen, varigt sekret i förbandet. Temp 37,9."),
        ("Bedömning", "Eventuell postoperativ sårinfektion, sårodling tagen och kirurg tittar i eftermiddag."),
    ]),
], [("NL102", "n1")], [],
  "'Eventuell' before a diagnosis (postoperative wound infection), not before a plan")

C("lung-lungcancer-kan-inte-uteslutas", "vgr", "1955-03-03", "159", [
    M("n1", "Omvårdnadsanteckning", "vg_lung_sas", ("Anna-Karin Svensson", SSK), "2024-11-12 11:20", [
        ("Andning/cirkulation", "Blodtinktade upphostningar x3 i dag, mängd ca en matsked totalt. Sat 95 % utan O2."),
        ("Bedömning", "Rökare 40 paketår. Lungcancer kan inte uteslutas enl dr, DT thorax-buk beställd med förtur."),
    ]),
], [("NL102", "n1")], [],
  "'kan inte uteslutas' keeps lung cancer open")

C("palliativ-dr-misstanker-fekalom", "skane", "1939-06-18", "468", [
    M("n1", "Omvårdnadsanteckning", "sk_pall_ystad", ("Birgitta Ljung", SSK), "2024-03-18 09:15", [
        ("Elimination", "Ingen avföring på fem dygn trots Movicol. Buken uppblåst, pat obekväm, läckage av lös avföring i inkontinensskyddet."),
        ("Åtgärd", "Dr misstänker fekalom, rektalpalpation gjord av dr. Klyx ges nu och effekten utvärderas."),
    ]),
], [("NL102", "n1")], [],
  "palliative ward: suspected fecaloma in a visible section")

C("barn-trolig-pseudokrupp-natt", "vgr", "2020-10-02", "580", [
    M("n1", "Omvårdnadsanteckning", "vg_barn325_dsbus", ("Jenny Håkansson", BSSK), "2024-01-08 01:40", [
        ("Andning/cirkulation", "Skällande hosta och inspiratorisk stridor i vila, indragningar jugulärt. Sat 96 %."),
        ("Åtgärd", "Trolig pseudokrupp enl barnjouren, adrenalininhalation given kl 01.20 samt Betapred per os. Pappa med på salen."),
    ]),
], [("NL102", "n1")], [],
  "three-year-old: 'Trolig pseudokrupp' in a visible section (guardians read the journal)")

C("hjart-nytillkommet-formaksflimmer-fragetecken", "skane", "1959-02-27", "314", [
    M("n1", "Omvårdnadsanteckning", "sk_hjart41_hbg", ("Erik Falk", SSK), "2024-06-30 17:55", [
        ("Andning/cirkulation", "Larm från telemetrin: oregelbunden rytm 130–150/min sedan 17.30, pat känner hjärtklappning. BT 128/80."),
        ("Bedömning", "Nytillkommet förmaksflimmer? 12-avlednings-EKG taget och lämnat till dr."),
    ]),
], [("NL102", "n1")], [],
  "a diagnosis followed by '?' in Bedömning")

C("rehab-dr-misstanker-parkinsonism", "vgr", "1946-11-20", "399", [
    M("n1", "Omvårdnadsanteckning", "vg_rehab_falk", ("Tove Engström", SSK), "2024-04-24 13:10", [
        ("Aktivitet", "Småstegad gång, svårt att komma igång vid start och i dörröppningar. Vilotremor i hö hand."),
        ("Bedömning", "Dr misstänker parkinsonism, DaTSCAN och neurologbedömning diskuteras. Fysioterapeuten informerad om gångproblematiken."),
    ]),
], [("NL102", "n1")], [],
  "rehab ward: suspected parkinsonism under Bedömning")

C("akut-dka-fragetecken-telegrafiskt-utkast", "skane", "1999-09-09", "213", [
    M("n1", "Omvårdnadsanteckning", "sk_akut_hlm", ("Aisha Omar", SSK), "2024-02-18 08:25", [
        ("Aktuellt", "P-glukos 24,3, ketoner 3,8. Djup andning, illamående. DKA? Jour kontaktad, insulininfusion enl PM startas."),
    ], signed=None),
], [("NL102", "n1")], [],
  "telegraphic unsigned draft: the abbreviation 'DKA?' is a hedged diagnosis")

C("kirurg-dr-misstankr-appendicit-typo", "vgr", "2003-12-12", "246", [
    M("n1", "Omvårdnadsanteckning", "vg_kir12_skovde", ("Johanna Sandberg", SSK), "2024-05-29 19:20", [
        ("Smärta", "Smärta som vandrat från naveln till hö fossa, släppömhet. NRS 8, morfin 2,5 mg iv gett med god effekt."),
        ("Bedömning", "Dr misstänkr appendicit, pat fastande från kl 19 inför ev. laparoskopi i kväll."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge verb (misstänkr) before appendicit; 20-year-old patient")

C("medicin-missankt-pneumoni-typo", "skane", "1940-04-16", "561", [
    M("n1", "Omvårdnadsanteckning", "sk_med2_trbg", ("Ulrika Franzén", SSK), "2024-10-28 10:45", [
        ("Andning/cirkulation", "Hostar upp gulgrönt slem, temp 38,6. Missänkt pneumoni vä basalt enl dr, sputumodling tagen."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (Missänkt) before pneumoni, one-section note")

C("hjartsvikt-sannolkit-nydebuterad-typo", "vgr", "1952-01-31", "708", [
    M("n1", "Omvårdnadsanteckning", "vg_med33_su", ("Katarina Vik", SSK), "2024-12-10 14:00", [
        ("Andning/cirkulation", "Vikt 81,4 kg, +3,1 kg på fyra dygn. Bilat. underbensödem upp till knäna, ortopné, sover med tre kuddar."),
        ("Bedömning", "Ingen tidigare känd hjärtsjukdom. Sannolkit nydebuterad hjärtsvikt enl. ronden, UCG beställt."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (Sannolkit) before hjärtsvikt in a visible section")

C("kvinnoklin-trolgi-ovarialtorsion-typo", "skane", "1995-07-19", "326", [
    M("n1", "Omvårdnadsanteckning", "sk_kvinno_hbg", ("Sofia Dahl", SSK), "2024-09-16 16:30", [
        ("Smärta", "Kraftig ensidig buksmärta hö med plötslig debut under träning. Illamående, kräkts x1."),
        ("Bedömning", "Trolgi ovarialtorsion hö enl gynjouren, vaginalt ultraljud gjort och pat förbereds för akut laparoskopi."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (Trolgi) before ovarialtorsion in a visible section")

C("infektion-ev-covid-isoleringssal", "vgr", "1977-08-08", "531", [
    M("n1", "Omvårdnadsanteckning", "vg_inf3_ostra", ("Hanna Wallin", SSK), "2024-01-15 12:10", [
        ("Andning/cirkulation", "Torrhosta, feber 38,9 och muskelvärk sedan tre dagar. Sat 93 % utan syrgas."),
        ("Åtgärd", "Ev. covid-19, nasofarynx-PCR tagen. Pat vårdas på isoleringssal med sluss tills svar finns."),
    ]),
], [("NL102", "n1")], [],
  "'Ev.' before a diagnosis (covid-19), not before a plan")

C("ortoped-misstakt-kompartmentsyndrom-typo", "vgr", "2001-02-14", "193", [
    M("n1", "Omvårdnadsanteckning", "vg_ort6_nal", ("Amir Rezaei", SSK), "2024-08-03 23:05", [
        ("Smärta", "Tilltagande smärta i hö underben under gipset trots morfin, ont vid passiv dorsalflexion av tårna. Stickningar i foten."),
        ("Åtgärd", "Misstäkt kompartmentsyndrom, gipset kluvet akut och ortopedjouren på väg. Neurovaskulär kontroll var 30:e minut."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (Misstäkt) before kompartmentsyndrom")

C("med-jouren-kan-vara-hyperkalcemi-myelom", "skane", "1948-10-10", "742", [
    M("n1", "Omvårdnadsanteckning", "sk_med5_malmo", ("Jenny Lindahl", SSK), "2024-04-09 18:00", [
        ("Psykosocialt", "Pat tröttare och mer förvirrad sedan i går, dricker mycket och klagar på törst. Dottern säger att hon inte känner igen sin mamma."),
        ("Bedömning", "Jouren: kan vara hyperkalcemi vid känt myelom, joniserat Ca tas akut."),
    ]),
], [("NL102", "n1")], [],
  "'kan vara hyperkalcemi' beside a confirmed myeloma: the hedged diagnosis fires")

C("nutrition-refeedingsyndrom-kan-ej-uteslutas", "skane", "2004-01-22", "528", [
    M("n1", "Omvårdnadsanteckning", "sk_gastromed_malmo", ("Linn Hedberg", SSK), "2024-05-21 09:00", [
        ("Nutrition", "BMI 14,8. Startat med 10 kcal/kg enl dietist, näringsdryck 2 x 1. Ätit halv portion till lunch."),
        ("Bedömning", "Fosfat sjunkit till 0,48 dag 2. Refeedingsyndrom kan ej uteslutas, fosfat iv enl ordination och tät labkontroll."),
    ]),
], [("NL102", "n1")], [],
  "'kan ej uteslutas' after a diagnosis (refeeding syndrome) in a visible section; 20-year-old")

C("postop-lungemboli-kan-ej-utesluats-typo", "skane", "1961-11-03", "235", [
    M("n1", "Omvårdnadsanteckning", "sk_kir6_csk", ("Mira Johansson", SSK), "2024-03-04 14:25", [
        ("Andning/cirkulation", "Postop dag 3, plötslig andfåddhet vid mobilisering, sat 88 %, puls 122. Hugg i bröstet vid inandning."),
        ("Bedömning", "Lungemboli kan ej utesluats enl. kirurgjouren, DT thorax akut."),
    ]),
], [("NL102", "n1")], [],
  "typo in the hedge (utesluats for uteslutas) after lungemboli")

C("inskrivning-ambulans-misstankt-urosepsis", "vgr", "1936-03-15", "380", [
    M("n1", "Inskrivningsanteckning omvårdnad", "vg_med33_su", ("Oskar Lindell", SSK), "2024-07-16 20:30", [
        ("Aktuellt", "Ankommer från akuten kl 20.10 med ambulansens frågeställning misstänkt urosepsis. Temp 39,4, BT 92/50, oklar i tanken."),
        ("Elimination", "KAD satt på akuten, 150 ml koncentrerad urin första timmen."),
    ], signed=None),
], [("NL102", "n1")], [],
  "unsigned admission draft: suspected urosepsis passed on from the ambulance in Aktuellt")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1958-05-25", "484", [
    M("n1", "Tidiga hypoteser", "vg_gyn_ostra", ("Maria Persson", SSK), "2024-04-11 13:40", [
        ("Bedömning", "Dr misstänker ovarialcancer efter ultraljud med bilateral cystisk-solid process och CA-125 410."),
    ]),
], [("NL102", "n1")], [],
  "VGR protects by sökord, not by template: the template is named Tidiga hypoteser but the sökord Bedömning is visible")

C("skane-sokord-tidiga-hypoteser-i-omvardnadsmall", "skane", "1964-09-13", "571", [
    M("n1", "Omvårdnadsanteckning", "sk_gastromed_malmo", ("Jessica Holmberg", SSK), "2024-06-12 10:30", [
        ("Nutrition", "Aptitlös, äter två skedar gröt till frukost. Buken utspänd av ascites."),
        ("Tidiga hypoteser", "Dr misstänker alkoholutlöst levercirros, leverelastografi och ascitestappning planeras."),
    ]),
], [("NL102", "n1")], [],
  "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' sökord inside an ordinary nursing template stays visible")

C("vgr-th-sokord-men-misstanke-lacker-i-planering", "vgr", "1950-02-02", "696", [
    M("n1", "Omvårdnadsanteckning", "vg_ort6_nal", ("Erika Nord", SSK), "2024-09-09 15:15", [
        ("Tidiga hypoteser", "Patologisk kotfraktur L2 och hyperkalcemi, dr misstänker myelom. Pat ej informerad ännu."),
        ("Planering", "Benmärgsprov i morgon p.g.a. misstänkt myelom, pat fastande från midnatt."),
    ]),
], [("NL102", "n1")], [],
  "the hypothesis sits in the protected VGR sökord but is repeated, hedged, in the visible Planering")

# ---------------------------------------------------------------------------
# B. NL102 negatives: negated / ruled-out diagnoses, relatives, hedged plans and
#    symptoms, conditionals, confirmed diagnoses, protected places, PMO.
# ---------------------------------------------------------------------------

C("rehab-ingen-misstanke-om-trycksar", "skane", "1943-03-12", "104", [
    M("n1", "Omvårdnadsanteckning", "sk_rehab_lkr", ("Lena Holm", SSK), "2024-02-20 09:40", [
        ("Hud/vävnad", "Huden hel och intakt över sacrum, hälar och trokantrar vid inspektion. Ingen misstanke om trycksår, Norton 18 p."),
    ]),
], [], [("NL102", "n1")],
  "negated: 'Ingen misstanke om trycksår'")

C("medicin-pneumoni-avskriven-efter-rtg", "vgr", "1957-10-29", "225", [
    M("n1", "Omvårdnadsanteckning", "vg_med3_alingsas", ("Fredrik Ahlberg", SSK), "2024-03-05 15:20", [
        ("Andning/cirkulation", "Pneumoni avskriven efter lungrtg utan infiltrat. Ingen antibiotika, inhalationer vb och sat 96 % utan syrgas."),
    ]),
], [], [("NL102", "n1")],
  "ruled out: 'Pneumoni avskriven'")

C("lung-lungemboli-uteslots-med-dt", "vgr", "1951-06-27", "490", [
    M("n1", "Omvårdnadsanteckning", "vg_lung_sas", ("Sofie Brandt", SSK), "2024-11-18 10:55", [
        ("Andning/cirkulation", "Lungemboli uteslöts med DT thorax i går kväll. Andfåddheten förbättrad efter inhalationerna, fortsatt 1 l O2 via grimma."),
        ("Aktivitet", "Går i korridoren med rollator och vilar var tionde meter."),
    ]),
], [], [("NL102", "n1")],
  "ruled out in past tense: 'Lungemboli uteslöts med DT'")

C("ortoped-ultraljud-talar-emot-dvt", "skane", "1954-08-01", "583", [
    M("n1", "Omvårdnadsanteckning", "sk_ort18_hbg", ("Gustav Nyberg", SSK), "2024-06-24 16:00", [
        ("Hud/vävnad", "Lätt svullnad hö underben postop. Ultraljud utan trombos, vilket talar emot DVT enl dr. Kompressionsstrumpa och högläge fortsätter."),
    ]),
], [], [("NL102", "n1")],
  "'talar emot DVT' is a negation, not a hedge")

C("geriatrik-mamman-hade-trolig-alzheimer", "vgr", "1940-09-22", "586", [
    M("n1", "Omvårdnadsanamnes", "vg_ger_molndal", ("Camilla Berglund", SSK), "2024-02-14 11:15", [
        ("Psykosocialt", "Pat bor ensam i villa sedan maken dog. Vårdade under många år sin mamma som hade trolig Alzheimer. Ingen hemtjänst i dag, sonen handlar."),
    ]),
], [], [("NL102", "n1")],
  "the hedged diagnosis belongs to the patient's late mother, not to the patient")

C("mava-ev-remiss-trolig-hemgang", "skane", "1946-02-08", "652", [
    M("n1", "Omvårdnadsanteckning", "sk_mava_ang", ("Viktoria Sjögren", SSK), "2024-08-29 14:30", [
        ("Planering", "Ev. remiss till dietist inför hemgång. Trolig hemgång i morgon förmiddag om pat klarar trappan tillsammans med fysioterapeuten."),
    ]),
], [], [("NL102", "n1")],
  "hedges on plans only: 'Ev. remiss', 'Trolig hemgång'")

C("kirurg-eventuellt-illamaende-efter-maten", "vgr", "1966-04-30", "117", [
    M("n1", "Omvårdnadsanteckning", "vg_kir_kungalv", ("Robin Axelsson", USK), "2024-04-15 13:05", [
        ("Nutrition", "Åt halva portionen till lunch, eventuellt lätt illamående efter maten enl pat men vill inte ha Primperan. Dricker bra, 1 200 ml hittills."),
    ]),
], [], [("NL102", "n1")],
  "hedge on a symptom (illamående), not a diagnosis; written by an undersköterska")

C("hemat-om-feber-blododlingar", "skane", "1983-07-07", "269", [
    M("n1", "Omvårdnadsanteckning", "sk_hemat_lund", ("Joel Wikström", SSK), "2024-01-30 19:45", [
        ("Planering", "Om temp över 38,0 eller frossa: blododlingar från CVK och perifert samt kontakt med jour direkt. Pat vet att han ska larma vid frossa."),
        ("Andning/cirkulation", "Afebril i kväll, BT 122/74, puls 84."),
    ]),
], [], [("NL102", "n1")],
  "conditional instruction ('Om temp över 38,0 ...') with no hedged diagnosis")

C("lung-kand-kol-hemsyrgas", "vgr", "1949-01-19", "303", [
    M("n1", "Omvårdnadsanteckning", "vg_lung_sas", ("Ebba Lundqvist", SSK), "2024-12-03 09:25", [
        ("Andning/cirkulation", "Känd KOL stadium 4 med hemsyrgas 1 l/min dygnet runt. Sat 90–92 % på ordinerad nivå, andas med läpparna hopsnörpta vid ansträngning."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "a confirmed, known diagnosis without hedge and with nothing said about telling")

C("skane-mall-tidiga-hypoteser-ventrikelcancer", "skane", "1952-05-16", "338", [
    M("n1", "Tidiga hypoteser", "sk_kir6_csk", ("Nils Granath", LAK), "2024-03-21 16:10", [
        ("Bedömning", "Misstänkt ventrikelcancer efter gastroskopi med oregelbundet sår i corpus, PAD inväntas. Diskuteras inte med pat förrän svaret finns."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "Skåne: the whole note is in the protected template Tidiga hypoteser, so neither the hypothesis nor the untold part is visible")

C("vgr-th-sokord-lewy-body-ovriga-vips-rena", "vgr", "1939-10-31", "267", [
    M("n1", "Omvårdnadsanteckning", "vg_ger_molndal", ("Louise Carlsson", SSK), "2024-05-27 07:20", [
        ("Nutrition", "Ätit hälften av frukosten, näringsdryck x1 på förmiddagen."),
        ("Tidiga hypoteser", "Dr misstänker Lewy body-demens utifrån synhallucinationer och fluktuerande vakenhet, tas upp när utredningen är klar."),
        ("Sömn", "Sov gott hela natten efter kvällsmedicinen."),
    ]),
], [], [("NL102", "n1")],
  "VGR: the only hedged diagnosis sits under the protected sökord Tidiga hypoteser")

C("pmo-hemsjukvard-misstankt-trycksar-hal", "skane", "1931-04-09", "165", [
    P("n1", "Hemsjukvård", "pm_dsk_hoor", ("Marie Olofsson", DSK), "2024-02-26 10:00", [
        ("Hud/vävnad", "Hembesök. Mörk blåaktig missfärgning på hö häl 2 x 2 cm, huden intakt. Misstänkt trycksår/djup vävnadsskada, avlastande hälskydd lämnat."),
    ]),
], [], [("NL102", "n1")],
  "PMO never shows diagnoses: suspected pressure ulcer in a home-care note")

C("pmo-telefon-trolig-cystit", "skane", "1976-11-23", "242", [
    P("n1", "Telefonkontakt", "pm_vc_nasby", ("Annika Wester", DSK), "2024-04-22 08:35", [
        ("Telefonkontakt", "Pat ringer om sveda vid miktion och täta trängningar sedan två dagar, ingen feber. Trolig cystit, urinprov lämnas i dag och dr tar ställning."),
    ]),
], [], [("NL102", "n1")],
  "PMO telephone note: hedged cystitis is never shown")

C("pmo-dsk-ev-venost-bensar", "skane", "1944-07-28", "420", [
    P("n1", "Distriktssköterskeanteckning", "pm_vc_tomelilla", ("Siv Mattsson", DSK), "2024-09-10 13:15", [
        ("Hud/vävnad", "Bensår medialt vä underben 4 x 3 cm, fibrinbelagt, måttlig vätskning. ABPI 1,0; ev. venöst bensår och kompressionslindning påbörjas."),
    ]),
], [], [("NL102", "n1")],
  "PMO: hedged venous leg ulcer in a district nurse's note")

C("ortoped-forhojd-risk-for-trycksar-norton", "skane", "1938-12-19", "548", [
    M("n1", "Omvårdnadsanteckning", "sk_ort18_hbg", ("Therese Lund", SSK), "2024-11-25 21:00", [
        ("Hud/vävnad", "Riskbedömning enl Norton 12 p, d.v.s. förhöjd risk för trycksår. Huden i dag utan rodnader."),
        ("Omvårdnadsåtgärd", "Tryckfördelande madrass, hälarna fria, lägesändring var tredje timme."),
    ]),
], [], [("NL102", "n1")],
  "a risk assessment ('förhöjd risk för trycksår') is not a hedged diagnosis")

C("geriatrik-fall-oklart-om-hon-slog-huvudet-utkast", "skane", "1929-05-05", "026", [
    M("n1", "Omvårdnadsanteckning", "sk_ger2_lund", ("Kristina Borg", SSK), "2024-07-14 05:35", [
        ("Aktivitet", "Pat hittad liggande på golvet bredvid sängen kl 05.20. Oklart om hon slog i huvudet, inga synliga skador eller hematom."),
        ("Åtgärd", "Neurokontroller varje timme i fyra timmar enl ordination. Fallrapport och avvikelse skrivna."),
    ], signed=None),
], [], [("NL102", "n1")],
  "unsigned draft after a fall: 'oklart om' is about an event (hitting the head), not a diagnosis")

C("ortoped-hemgang-eventuellt-lordag", "vgr", "1960-01-03", "561", [
    M("n1", "Omvårdnadsanteckning", "vg_ort6_nal", ("Pontus Ek", SSK), "2024-10-17 11:10", [
        ("Planering", "Hemgång eventuellt på lördag om pat klarar trappträningen och hemtjänsten hinner starta. Anhöriga underrättade om planen."),
    ]),
], [], [("NL102", "n1")],
  "hedged discharge plan")

C("rehab-behover-pat-ny-madrass-fragetecken", "skane", "1933-06-20", "607", [
    M("n1", "Omvårdnadsanteckning", "sk_rehab_lkr", ("Amanda Frisk", USK), "2024-04-29 15:40", [
        ("Hud/vävnad", "Huden hel. Behöver pat en tryckfördelande madrass hemma? Frågan lämnad till arbetsterapeuten."),
    ]),
], [], [("NL102", "n1")],
  "'?' on a practical question (aid at home), not a diagnosis")

C("kirurg-axelsmarta-oklart-om-utstralning", "vgr", "1971-09-06", "334", [
    M("n1", "Omvårdnadsanteckning", "vg_kir_kungalv", ("Isabelle Roos", SSK), "2024-06-04 18:25", [
        ("Smärta", "Molande smärta i vä axel sedan laparoskopin, NRS 4. Oklart om den strålar ut i armen, pat har svårt att beskriva. Alvedon och Oxynorm vb."),
    ]),
], [], [("NL102", "n1")],
  "'oklart om' concerns a symptom's radiation, not a diagnosis")

C("infektion-ingen-misstake-om-sepsis-typo", "skane", "1985-02-11", "450", [
    M("n1", "Omvårdnadsanteckning", "sk_inf1_lund", ("David Holmqvist", SSK), "2024-09-20 22:05", [
        ("Andning/cirkulation", "NEWS 2, temp 37,8 och pigg. Ingen misstake om sepsis enl infektionsjouren, fortsatt observation i natt."),
    ]),
], [], [("NL102", "n1")],
  "negation with a typo (misstake for misstanke): still a negation")

C("infektion-cdiff-toxin-negativt-misstanken-avskrivs", "vgr", "1958-12-14", "283", [
    M("n1", "Omvårdnadsanteckning", "vg_inf3_ostra", ("Tobias Sandin", SSK), "2024-11-04 10:15", [
        ("Elimination", "Toxinprovet för C. difficile negativt, misstanken avskrivs och isoleringen hävs. Avföringen formad sedan i går."),
    ]),
], [], [("NL102", "n1")],
  "ruled out: 'misstanken avskrivs' after a negative toxin test")

C("karl-ingen-missanke-om-dvt-typo", "skane", "1947-03-24", "311", [
    M("n1", "Omvårdnadsanteckning", "sk_karl_malmo", ("Lina Persson", SSK), "2024-08-08 09:30", [
        ("Hud/vävnad", "Vä ben lika svullet som i går men utan värmeökning. Ingen missanke om DVT enl. dr efter undersökning, kompressionen fortsätter."),
    ]),
], [], [("NL102", "n1")],
  "negation with a typo (missanke): 'Ingen missanke om DVT'")

C("geriatrik-4at-inga-tecken-pa-delirium", "vgr", "1936-07-27", "069", [
    M("n1", "Kvällsanteckning", "vg_ger_molndal", ("Elsa Nordin", SSK), "2024-12-13 20:40", [
        ("Kommunikation", "Orienterad till tid, rum och person, följer samtal väl. 4AT 0 p, inga tecken på delirium i kväll."),
    ]),
], [], [("NL102", "n1")],
  "negated: 'inga tecken på delirium'")

C("uro-infektion-kunde-uteslutas-crp", "skane", "1964-05-08", "437", [
    M("n1", "Omvårdnadsanteckning", "sk_uro_malmo", ("Martin Claesson", SSK), "2024-02-22 17:50", [
        ("Bedömning", "Feberreaktion postop dag 1, CRP 12 och urinsticka negativ. Infektion kunde uteslutas enl urologen, paracetamol vb."),
    ]),
], [], [("NL102", "n1")],
  "'kunde uteslutas' (ruled out) is the opposite of 'kan ej uteslutas'")

C("medicin-maken-har-trolig-demens", "vgr", "1945-04-02", "648", [
    M("n1", "Omvårdnadsanteckning", "vg_med33_su", ("Rebecka Falk", SSK), "2024-01-23 14:35", [
        ("Psykosocialt", "Pat oroar sig för maken hemma som enl dottern har trolig demens och inte klarar sig själv. Kurator kontaktad för stöd kring hemsituationen."),
    ]),
], [], [("NL102", "n1")],
  "the hedged dementia belongs to the husband, not to the patient")

C("kirurg-utskrivning-vid-eventuell-sarinfektion", "skane", "1975-10-21", "512", [
    M("n1", "Utskrivningssamtal", "sk_kir_ystad", ("Josefin Mårtensson", SSK), "2024-06-27 11:45", [
        ("Kunskap/utveckling", "Pat instruerad i att byta förbandet själv varannan dag. Om såret blir rött, svullet eller varigt, alltså vid eventuell sårinfektion, ska pat ringa avdelningen."),
        ("Planering", "Agrafferna tas på vårdcentralen om tio dagar, tid bokad."),
    ]),
], [], [("NL102", "n1")],
  "hedged diagnosis only inside a conditional discharge instruction")

C("ortoped-mrsa-bekraftad-pat-informerad", "vgr", "1950-11-28", "232", [
    M("n1", "Omvårdnadsanteckning", "vg_ort6_nal", ("Natalie Berg", SSK), "2024-07-30 13:55", [
        ("Hud/vävnad", "Odlingen från höftsåret visar MRSA. Pat informerad av dr i dag och har fått skriftlig information om smittvägar."),
        ("Åtgärd", "Kontaktisolering enligt vårdhygienisk rutin, egen toalett."),
    ]),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "a confirmed MRSA finding that the patient has been told about")

C("medicin-trolig-orsak-till-fallet-vatt-golv", "skane", "1939-08-30", "149", [
    M("n1", "Omvårdnadsanteckning", "sk_med2_trbg", ("Anders Wiklund", SSK), "2024-10-05 07:50", [
        ("Aktivitet", "Pat ramlade på väg från duschen och landade på hö sida. Trolig orsak till fallet är att golvet var vått. Inga smärtor, rör sig obehindrat."),
    ]),
], [], [("NL102", "n1")],
  "'Trolig orsak' of a fall is a wet floor, not a diagnosis")

C("kirurg-pittingodem-oklart-sedan-nar", "vgr", "1948-02-17", "701", [
    M("n1", "Omvårdnadsanteckning", "vg_kir12_skovde", ("Wilma Håkansson", SSK), "2024-09-03 10:20", [
        ("Hud/vävnad", "Bilat. pittingödem på underbenen, oklart sedan när enl pat. Huden torr och fjällande, smörjs med Miniderm."),
    ]),
], [], [("NL102", "n1")],
  "'oklart sedan när' hedges the onset of a finding (oedema), not a diagnosis")

C("karl-amputationsstump-laker-per-primam", "skane", "1943-06-11", "398", [
    M("n1", "Omvårdnadsanteckning", "sk_karl_malmo", ("Fia Lindberg", SSK), "2024-03-28 12:20", [
        ("Hud/vävnad", "Amputationsstumpen vä läker per primam, inga infektionstecken. Agrafferna tas dag 14 enl ordination."),
    ]),
], [], [("NL102", "n1")],
  "negated: 'inga infektionstecken' in a wound assessment")

C("neuro-anamnes-misstankt-epilepsi-avskrevs-2019", "vgr", "1990-08-19", "129", [
    M("n1", "Omvårdnadsanamnes", "vg_neuro_su", ("Alva Gustafsson", SSK), "2024-05-09 16:05", [
        ("Omvårdnadsanamnes", "Utreddes 2019 för misstänkt epilepsi efter en svimning, EEG och MR ua och misstanken avskrevs. Inga anfall sedan dess."),
        ("Aktuellt", "Inlagd för utredning av huvudvärk och synpåverkan."),
    ]),
], [], [("NL102", "n1")],
  "an old suspicion that was ruled out ('misstanken avskrevs')")

C("hjart-infarkt-avskriven-diagnos-perikardit", "skane", "1987-01-09", "276", [
    M("n1", "Omvårdnadsanteckning", "sk_hjart41_hbg", ("Kevin Andersson", SSK), "2024-04-05 15:30", [
        ("Bedömning", "Hjärtinfarkt avskriven, TnT normalt vid båda provtagningarna. Dr har satt diagnosen perikardit och NSAID insätts."),
        ("Smärta", "Bröstsmärtan lindras när pat sitter framåtlutad, NRS 3."),
    ]),
], [], [("NL102", "n1")],
  "a ruled-out diagnosis plus a confirmed one, no hedge on the patient's disease")

C("mava-mojlig-utskrivning-korttidsboende-utkast", "vgr", "1930-12-08", "044", [
    M("n1", "Omvårdnadsanteckning", "vg_mava_uddevalla", ("Agnes Wahlberg", SSK), "2024-02-01 13:25", [
        ("Planering", "Möjlig utskrivning till korttidsboende på torsdag, biståndshandläggaren kontaktad. SIP planeras med kommunen."),
    ], signed=None),
], [], [("NL102", "n1")],
  "unsigned draft: 'Möjlig' before a discharge plan, not before a diagnosis")

C("barn-ingen-misstanke-om-bakteriell-infektion", "skane", "2018-02-11", "387", [
    M("n1", "Omvårdnadsanteckning", "sk_barn63_lund", ("Klara Nilsson", BSSK), "2024-11-15 17:10", [
        ("Andning/cirkulation", "Feber 39 sedan två dygn men pigg mellan febertopparna och äter glass. CRP 8."),
        ("Bedömning", "Ingen misstanke om bakteriell infektion enl barnläkaren, går hem med råd om vätska och febernedsättande."),
    ]),
], [], [("NL102", "n1")],
  "six-year-old: negated bacterial infection")

C("neuro-yrsel-vid-lagesandring-fragetecken", "vgr", "1956-10-25", "436", [
    M("n1", "Omvårdnadsanteckning", "vg_neuro_su", ("Hugo Lindqvist", SSK), "2024-08-27 14:15", [
        ("Kommunikation", "Pat säger att det snurrar när hon vänder sig i sängen. Yrsel vid lägesändring? Följs upp med ortostatiskt blodtryck i morgon."),
    ]),
], [], [("NL102", "n1")],
  "'?' after a symptom (yrsel), not after a diagnosis")

C("pmo-asih-levermetastaser-ej-informerad", "skane", "1949-05-12", "658", [
    P("n1", "Hembesök ASIH", "pm_asih_lund", ("Lotta Rydberg", SPSSK), "2024-03-07 14:00", [
        ("Smärta", "Ökad smärta under hö arcus, Oxynorm 5 mg x 4 senaste dygnet."),
        ("Bedömning", "Dr misstänker levermetastaser efter ultraljud i hemmet; pat ej informerad, läkarbesök i hemmet på torsdag."),
    ]),
], [], [("NL102", "n1")],
  "PMO: a hedged, untold diagnosis is never shown; NL101 is not asserted on PMO")

C("pmo-vc-sannolik-lunginflammation-maken-ringer", "skane", "1941-01-29", "246", [
    P("n1", "Telefonkontakt", "pm_vc_eslov", ("Britt Sandberg", DSK), "2024-01-11 09:50", [
        ("Telefonkontakt", "Maken ringer: pat hostar, har feber 39 sedan tre dagar och blir andfådd vid påklädning. Sannolik lunginflammation enl. dr på VC, akut tid 14.20 bokad."),
    ]),
], [], [("NL102", "n1")],
  "PMO telephone note: hedged pneumonia is never shown")

C("pmo-bvc-misstankt-hoftledsdysplasi", "skane", "2024-02-10", "480", [
    P("n1", "BVC-besök", "pm_bvc_bjuv", ("Hanna Ljungberg", BSSK), "2024-05-13 10:30", [
        ("Status", "Asymmetriska lårveck och begränsad abduktion vä höft vid 3-månaderskontrollen."),
        ("Bedömning", "BVC-läkaren misstänker höftledsdysplasi, remiss till barnortopeden skickad."),
    ]),
], [], [("NL102", "n1")],
  "PMO child health care: suspected hip dysplasia is never shown")

C("pmo-hemsjukvard-ev-uvi-vid-kad-byte", "skane", "1934-10-17", "323", [
    P("n1", "Hemsjukvård", "pm_hsv_sjobo", ("Eva-Lena Strand", DSK), "2024-10-22 11:25", [
        ("Elimination", "KAD-byte enl schema. Urinen grumlig och pat slöare enl hemtjänsten; ev. UVI, urinodling tagen vid bytet."),
    ]),
], [], [("NL102", "n1")],
  "PMO home care: 'ev. UVI' is never shown")

# ---------------------------------------------------------------------------
# C. NL101 positives: a diagnosis in a visible section while the note says the
#    patient has not been told / must not be told yet.
# ---------------------------------------------------------------------------

C("kirurg-pad-adenocarcinom-pat-ej-informerad", "vgr", "1954-09-02", "517", [
    M("n1", "Omvårdnadsanteckning", "vg_kir_kungalv", ("Stina Wallgren", SSK), "2024-02-08 15:25", [
        ("Aktuellt", "PAD från polypen besvarat i dag: adenocarcinom i sigmoideum. Pat ej informerad ännu, ansvarig kirurg informerar i morgon eftermiddag med kontaktsjuksköterskan närvarande."),
        ("Nutrition", "Åter på lätt kost efter koloskopin, äter och dricker bra."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed cancer in a visible section while the patient is not yet informed")

C("lung-dt-tumor-misstankta-metastaser-vet-ej", "skane", "1957-03-26", "391", [
    M("n1", "Omvårdnadsanteckning", "sk_lung_lund", ("Ellinor Sjöholm", SSK), "2024-06-13 16:40", [
        ("Bedömning", "DT thorax visar en 4 cm stor tumör i hö överlob med misstänkta binjuremetastaser. Pat vet ännu inte om detta, lungläkaren planerar samtal med pat och maken på fredag."),
        ("Andning/cirkulation", "Sat 94 % utan syrgas, hostar torrt."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "tumour with suspected metastases in a visible section and 'pat vet ännu inte om detta'")

C("medicin-misstanker-akut-leukemi-ska-ej-informeras-utkast", "vgr", "1969-07-13", "135", [
    M("n1", "Omvårdnadsanteckning", "vg_med33_su", ("Henrik Sundberg", SSK), "2024-08-06 17:15", [
        ("Utredning", "Blodstatus med blaster i utstryket, dr misstänker akut leukemi. Pat ska inte informeras förrän hematologen bedömt i morgon, vid frågor hänvisas till dr."),
    ], signed=None),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "unsigned draft: suspected leukaemia and an explicit instruction that the patient must not be told yet")

C("infektion-hiv-positivt-pat-ej-informerad", "skane", "1991-10-04", "290", [
    M("n1", "Telefonanteckning", "sk_inf1_lund", ("Adam Lindh", SSK), "2024-03-14 11:05", [
        ("Telefonkontakt", "Lab ringer: HIV-test positivt och konfirmerat. Pat är inte informerad om resultatet, infektionsläkaren ger beskedet vid besöket i eftermiddag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed HIV in a visible telephone note while the patient has not been told")

C("barn-nydebuterad-diabetes-varken-barn-eller-foraldrar-informerade", "vgr", "2016-06-21", "022", [
    M("n1", "Omvårdnadsanteckning", "vg_barn325_dsbus", ("Lovisa Engberg", BSSK), "2024-10-24 12:30", [
        ("Aktuellt", "P-glukos 27, ketoner 4,1 och HbA1c 98. Nydebuterad diabetes typ 1."),
        ("Kunskap/utveckling", "Varken flickan eller föräldrarna är informerade om diagnosen ännu, barndiabetesteamet tar samtalet kl 15."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "eight-year-old: a confirmed diagnosis visible to the guardians, who are stated not to have been told")

C("neuro-mr-forenligt-med-ms-pat-ej-informerad", "skane", "1994-12-07", "468", [
    M("n1", "Omvårdnadsanteckning", "sk_neuro_hbg", ("Rebecca Holm", SSK), "2024-01-31 14:20", [
        ("Utredning", "MR hjärna och rygg visar multipla periventrikulära lesioner, förenligt med MS enl röntgenutlåtandet. Pat är ännu ej informerad om fynden, neurologen tar samtalet på tisdag."),
        ("Aktivitet", "Går själv på avdelningen, lätt ostadig i mörker."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "'förenligt med MS' plus 'ännu ej informerad om fynden' in a visible section")

C("geriatrik-alzheimer-beskedet-ej-givet", "vgr", "1938-04-18", "260", [
    M("n1", "Omvårdnadsanteckning", "vg_ger_molndal", ("Petra Lundin", SSK), "2024-04-04 10:50", [
        ("Kunskap/utveckling", "Demensutredningen klar och dr har satt diagnosen Alzheimers sjukdom. Pat har inte fått beskedet än, dr och ssk ger det tillsammans med dottern på måndag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "settled dementia diagnosis in Kunskap/utveckling while the patient has not yet been told")

C("uro-prostatacancer-har-inte-fatt-svaret-utkast", "vgr", "1951-11-09", "093", [
    M("n1", "Omvårdnadsanteckning", "vg_uro_su", ("Jakob Fransson", SSK), "2024-05-16 13:35", [
        ("Aktuellt", "Biopsisvar: prostatacancer Gleason 4+4, PSA 48. Pat har ännu inte fått svaret, urologen ringer honom på torsdag."),
        ("Elimination", "Miktionerar spontant, residualurin 60 ml."),
    ], signed=None),
], [("NL101", "n1")], [("NL102", "n1")],
  "unsigned draft: confirmed prostate cancer visible while the patient has not received the answer")

C("hemat-hodgkin-pat-ej-infomerad-typo", "skane", "1998-08-28", "351", [
    M("n1", "Omvårdnadsanteckning", "sk_hemat_lund", ("Ronja Bergström", SSK), "2024-07-18 15:10", [
        ("Aktuellt", "PAD från körtelbiopsin på halsen: klassiskt Hodgkins lymfom. Pat ej infomerad om diagnosen, hematologen träffar pat i morgon kl 10."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "typo in the key word (infomerad for informerad): the patient is still not told about the lymphoma")

C("onk-dr-onskar-att-pat-inte-far-veta-levermetastaser", "vgr", "1963-01-14", "472", [
    M("n1", "Omvårdnadsanteckning", "vg_onk_jk", ("Matilda Öst", SSK), "2024-09-24 16:25", [
        ("Psykosocialt", "Pat orolig och frågar om svaret på DT. Dr önskar att pat inte får veta om levermetastaserna före samtalet med onkologen, så svaret har inte lämnats."),
        ("Sömn", "Önskar sömntablett i kväll, Propavan 25 mg givet."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "the doctor wants the patient kept unaware of liver metastases written in a visible section")

C("gastrokir-pankreascancer-n1-ej-underrattad-n2-informerad", "skane", "1955-06-29", "184", [
    M("n1", "Omvårdnadsanteckning", "sk_gastro_malmo", ("Hedda Nyman", SSK), "2024-03-12 14:05", [
        ("Aktuellt", "Cytologin från ERCP visar adenocarcinom i pankreashuvudet. Pat är inte underrättad ännu, kirurgen vill ge beskedet själv."),
        ("Hud/vävnad", "Ikterisk, klåda som lindras med kylande kräm."),
    ]),
    M("n2", "Omvårdnadsanteckning", "sk_gastro_malmo", ("Hedda Nyman", SSK), "2024-03-13 15:30", [
        ("Kunskap/utveckling", "Kirurgen har i dag informerat pat och hustrun om pankreascancern och planen med Whipples operation. Pat tog det sansat, kurator erbjuds."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")],
  "n1 withholds a confirmed cancer in a visible section; the later note n2 records that the patient has now been told")

C("hjart-svar-aortastenos-vet-inte-om-det", "vgr", "1944-02-22", "159", [
    M("n1", "Omvårdnadsanteckning", "vg_hjart5_skovde", ("Jonna Ahlström", SSK), "2024-11-07 13:45", [
        ("Andning/cirkulation", "Eko i dag: svår aortastenos, AVA 0,7 cm². Pat vet inte om det ännu, kardiologen går igenom svaret på ronden i morgon."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed severe aortic stenosis visible while 'pat vet inte om det ännu'")

C("lung-tb-odling-pat-ej-informerd-typo", "vgr", "1986-05-17", "413", [
    M("n1", "Omvårdnadsanteckning", "vg_lung_sas", ("Filip Brodin", SSK), "2024-12-05 10:35", [
        ("Åtgärd", "Sputumodlingen positiv för Mycobacterium tuberculosis. Pat ej informerd om TB-svaret, smittskyddsläkaren och infektionsläkaren kommer i eftermiddag. Luftburen isolering fortsätter."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "typo in the key word (informerd): confirmed tuberculosis, patient not yet told")

C("psyk-misstanker-frontotemporal-demens-ej-informerad", "vgr", "1961-10-12", "238", [
    M("n1", "Omvårdnadsanteckning", "vg_psyk4_skovde", ("Lisa Åberg", SSK), "2024-06-06 19:00", [
        ("Psykosocialt", "Pat har under veckan blivit alltmer ohämmad, tar mat från andras brickor och svär åt personalen."),
        ("Bedömning", "Överläkaren misstänker frontotemporal demens och har beställt MR och neuropsykologisk testning. Pat är inte informerad om misstanken, tas upp när svaren finns."),
    ]),
], [("NL101", "n1"), ("NL102", "n1")], [],
  "suspected frontotemporal dementia and 'pat är inte informerad om misstanken' in a visible section")

C("mava-hepatit-c-inget-besked-per-telefon", "skane", "1982-03-08", "571", [
    M("n1", "Telefonanteckning", "sk_mava_ang", ("Tilda Nyqvist", SSK), "2024-08-19 10:15", [
        ("Telefonkontakt", "Pat ringer och frågar efter provsvaren från förra veckan. Hepatit C-antikroppar och HCV-RNA positiva; pat har inte informerats och ssk lämnar inget besked per telefon, dr ringer upp i eftermiddag."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "confirmed hepatitis C visible in a telephone note while the patient is deliberately not told")

# ---------------------------------------------------------------------------
# D. NL101 negatives: patient already told, untold thing is no diagnosis, only a
#    relative is not told, protected place, normal result.
# ---------------------------------------------------------------------------

C("lung-dr-har-infomerat-om-smacellig-lungcancer-typo", "vgr", "1953-07-05", "246", [
    M("n1", "Omvårdnadsanteckning", "vg_lung_sas", ("Anneli Strömberg", SSK), "2024-03-22 15:05", [
        ("Kunskap/utveckling", "Dr har i dag infomerat pat om att biopsin visar småcellig lungcancer. Pat ledsen men samlad, sonen var med. Kontaktsjuksköterskan presenterad."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "patient told (with a typo: infomerat): a confirmed, communicated diagnosis")

C("kirurg-ej-informerad-om-operationsdatum", "skane", "1972-11-30", "426", [
    M("n1", "Omvårdnadsanteckning", "sk_kir6_csk", ("Vera Holmgren", SSK), "2024-01-17 14:00", [
        ("Planering", "Känd gallstenssjukdom, planerad laparoskopisk kolecystektomi. Pat ej informerad om operationsdatum, planeringssköterskan ringer nästa vecka."),
    ]),
], [], [("NL101", "n1")],
  "what is not yet told is a date, not a diagnosis")

C("brostkir-vet-ej-att-remissen-skickats", "vgr", "1967-04-14", "304", [
    M("n1", "Omvårdnadsanteckning", "vg_kir12_skovde", ("Clara Söderberg", SSK), "2024-09-12 11:30", [
        ("Kunskap/utveckling", "Pat informerades i går av kirurgen om bröstcancerdiagnosen. Hon vet ännu inte att remissen till onkologen skickats, kontaktsjuksköterskan ringer henne i morgon."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "diagnosis already told; what she does not yet know is that the referral was sent")

C("infektion-negativa-blododlingar-ej-meddelad", "skane", "1959-09-18", "178", [
    M("n1", "Omvårdnadsanteckning", "sk_inf1_lund", ("Alice Sjöstrand", SSK), "2024-05-23 13:20", [
        ("Aktuellt", "Blododlingarna från i söndags negativa efter fem dygn. Pat ännu ej meddelad om svaret, tas på ronden."),
    ]),
], [], [("NL101", "n1")],
  "the untold thing is a normal (negative) result, not a diagnosis")

C("gastro-pat-informerad-sonen-ska-ej-veta", "vgr", "1960-12-03", "519", [
    M("n1", "Omvårdnadsanteckning", "vg_gastro_sas", ("Mathias Kjellberg", SSK), "2024-07-09 21:10", [
        ("Psykosocialt", "Pat informerad av dr om levercirros och vill inte att sonen får veta något om diagnosen. Sonen ringde i kväll, ingen information lämnad."),
    ]),
], [], [("NL101", "n1")],
  "the patient is told; only a relative (the son) is not")

C("neuro-mall-tidiga-hypoteser-huntington-ej-informerad", "skane", "1978-02-25", "361", [
    M("n1", "Tidiga hypoteser", "sk_neuro_hbg", ("Oskar Håkansson", LAK), "2024-10-10 15:45", [
        ("Bedömning", "Koreatiska rörelser och tilltagande kognitiv svikt, pappan dog ung i okänd neurologisk sjukdom. Misstänkt Huntingtons sjukdom, genetisk utredning övervägs. Pat ej informerad om misstanken."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "Skåne: the untold hypothesis is kept in the protected template Tidiga hypoteser")

C("kirurg-th-sokord-pankreas-ej-informerad-vips-rena", "vgr", "1948-08-11", "130", [
    M("n1", "Omvårdnadsanteckning", "vg_kir_kungalv", ("Ingrid Hallberg", SSK), "2024-11-20 14:10", [
        ("Nutrition", "Aptitlös, ätit knappt en tredjedel av lunchen. Viktnedgång 7 kg på två månader enl pat."),
        ("Smärta", "Molande smärta i epigastriet som strålar mot ryggen, NRS 5, Oxynorm 5 mg givet kl 13."),
        ("Tidiga hypoteser", "DT visar oklar expansivitet i pankreas, misstänkt pankreascancer. Pat ej informerad ännu, avvaktar EUS."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "VGR: the untold, hedged diagnosis sits only under the protected sökord; the VIPS sections hold symptoms only")

C("kirurg-melanom-besked-pa-ronden", "skane", "1970-06-02", "284", [
    M("n1", "Omvårdnadsanteckning", "sk_kir_ystad", ("Ebba Rosén", SSK), "2024-04-25 12:15", [
        ("Psykosocialt", "Pat fick besked av dr på ronden om att PAD visar malignt melanom. Hon tog det lugnt och vill att maken ska vara med vid nästa samtal."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "the diagnosis was told to the patient today")

C("kirurg-informerad-om-misstankt-postop-pneumoni", "vgr", "1946-09-27", "374", [
    M("n1", "Omvårdnadsanteckning", "vg_kir12_skovde", ("Johan Lilja", SSK), "2024-02-15 11:40", [
        ("Andning/cirkulation", "Pat informerad av dr om misstänkt postoperativ pneumoni och förstår varför antibiotika sätts in. Andningsgymnastik med PEP-flaska 10 x 10 varje vaken timme."),
    ]),
], [("NL102", "n1")], [("NL101", "n1")],
  "a hedged diagnosis that the patient has been told: NL102 fires, NL101 does not")

C("uro-esbl-informerad-per-telefon-utkast", "skane", "1957-01-06", "117", [
    M("n1", "Telefonanteckning", "sk_uro_malmo", ("Moa Lindahl", SSK), "2024-06-20 09:45", [
        ("Telefonkontakt", "Ringt pat efter utskrivningen: urinodlingen visade ESBL-bildande E. coli. Pat informerad per telefon om fyndet och om att uppge det vid framtida vårdkontakter."),
    ], signed=None),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "unsigned draft: a confirmed ESBL finding that the patient has been told by phone")

C("gyn-pad-utan-malignitet-ej-informerad", "vgr", "1964-03-19", "428", [
    M("n1", "Omvårdnadsanteckning", "vg_gyn_ostra", ("Nathalie Krantz", SSK), "2024-08-28 16:05", [
        ("Aktuellt", "PAD från skrapet utan tecken på malignitet, normalt endometrium. Pat ej informerad om det lugnande beskedet än, gynekologen ringer i morgon."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "the untold result is normal ('utan tecken på malignitet'), not a diagnosis")

C("geriatrik-ej-informerad-om-makens-stroke-utkast", "skane", "1933-11-14", "225", [
    M("n1", "Omvårdnadsanteckning", "sk_ger2_lund", ("Gunilla Rask", SSK), "2024-12-19 18:30", [
        ("Psykosocialt", "Pats make insjuknade i stroke i går och vårdas på strokeenheten. Pat ej informerad om makens insjuknande, barnen vill berätta själva i morgon."),
    ], signed=None),
], [], [("NL101", "n1")],
  "unsigned draft: what is withheld is the husband's illness, not a diagnosis of the patient")

C("hemat-informeras-i-eftermiddag-om-behandlingsplan", "vgr", "1959-05-21", "169", [
    M("n1", "Omvårdnadsanteckning", "vg_hemat_su", ("Olle Bergkvist", SSK), "2024-04-30 10:25", [
        ("Planering", "Känt diffust storcelligt B-cellslymfom, pat informerad vid diagnos förra veckan. Dr informerar pat i eftermiddag om planen för R-CHOP och port-a-cath."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1")],
  "diagnosis told last week; what is still to be told is the treatment plan")

C("uro-n1-th-sokord-njurcancer-n2-urolog-har-informerat", "vgr", "1950-10-06", "193", [
    M("n1", "Omvårdnadsanteckning", "vg_uro_su", ("Elin Rehn", SSK), "2024-01-09 14:30", [
        ("Elimination", "Makroskopisk hematuri i morse, klarnat under dagen. Spolkateter ej aktuellt."),
        ("Tidiga hypoteser", "Ultraljudet inger misstanke om njurcellscancer hö. Pat är inte informerad, urologen väntar på DT."),
    ]),
    M("n2", "Omvårdnadsanteckning", "vg_uro_su", ("Elin Rehn", SSK), "2024-01-11 10:10", [
        ("Kunskap/utveckling", "Urologen har informerat pat om att DT bekräftar njurcancer hö och att nefrektomi planeras. Pat har fått skriftlig information och kontaktsjuksköterskans nummer."),
    ]),
], [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  "VGR sequence: the untold hypothesis was kept under the protected sökord (n1); the later note n2 records the diagnosis as told")

C("hemat-n1-prover-tagna-n2-aml-pat-ej-informerad", "skane", "1975-04-27", "288", [
    M("n1", "Omvårdnadsanteckning", "sk_hemat_lund", ("Vilma Ahl", SSK), "2024-09-05 20:15", [
        ("Kunskap/utveckling", "Pat informerad om att benmärgsprov tas i morgon och att svaret brukar dröja ett par dagar."),
    ]),
    M("n2", "Omvårdnadsanteckning", "sk_hemat_lund", ("Vilma Ahl", SSK), "2024-09-09 11:50", [
        ("Aktuellt", "Benmärgen visar akut myeloisk leukemi enl. preliminärt svar från patologen. Pat är ännu inte informerad om svaret, överläkaren kommer kl 14 och pratar med pat och sambon."),
        ("Andning/cirkulation", "Afebril, BT 118/70, trombocyter 21 och ingen blödning."),
    ]),
], [("NL101", "n2")], [("NL101", "n1")],
  "two notes: the earlier note only tells about a procedure; the later note n2 names leukaemia and says the patient is not yet informed")

# ---------------------------------------------------------------------------
# L. Long VIPS charts (multi-section), one sentence that breaks the routine or none.
# ---------------------------------------------------------------------------

C("lang-inskrivning-vips-forenligt-med-pneumoni", "vgr", "1939-12-27", "575", [
    M("n1", "Inskrivningsanteckning omvårdnad", "vg_mava_uddevalla", ("Tyra Magnusson", SSK), "2024-03-01 19:35", [
        ("Omvårdnadsanamnes", "84-årig man från eget boende i Lysekil, inkommer med ambulans p.g.a. feber, hosta och tilltagande trötthet sedan fyra dagar. Tidigare känd hypertoni och typ 2-diabetes, tablettbehandlad. Hustrun avled i våras, två döttrar i Göteborg."),
        ("Kommunikation", "Hörapparat hö öra, hör bra med den. Svensktalande, adekvat i kontakten men långsam i tanken enl dottern."),
        ("Andning/cirkulation", "AF 24, sat 91 % utan O2, 95 % på 2 l via grimma. BT 134/78, puls 96 reg, temp 38,7. Lungrtg från akuten: infiltrat i vä underlob, förenligt med pneumoni enl. dr."),
        ("Nutrition", "Ätit dåligt senaste veckan, dricker ca 1 liter per dygn. Vikt 71 kg, längd 176 cm. MNA-screening 9 p, dietistremiss skrivs."),
        ("Elimination", "Kontinent för urin och avföring, senaste avföring i förrgår."),
        ("Hud/vävnad", "Torr hud på underbenen, i övrigt hel. Riskbedömning Norton 16 p."),
        ("Aktivitet", "Går med käpp inomhus och rollator ute. Ostadig i dag och behöver stöd av en person vid förflyttning."),
        ("Sömn", "Sover vanligen bra utan sömnmedel hemma."),
        ("Smärta", "Ont i bröstkorgen vid hosta, NRS 4, Alvedon 1 g x 4 ordinerat."),
        ("Psykosocialt", "Klarar sig själv hemma med matlåda från kommunen tre dagar i veckan. Döttrarna ringer dagligen och vill bli kontaktade vid försämring."),
        ("Kunskap/utveckling", "Pat förstår varför han är inlagd och är motiverad att mobilisera sig. Informerad om hur ringklockan fungerar."),
        ("Planering", "Bensylpenicillin iv enl ordination, vätskelista och vikt dagligen. Fallprevention med sänkt säng och ringklocka inom räckhåll."),
    ]),
], [("NL102", "n1")], [],
  "long admission chart: the only hedge is 'förenligt med pneumoni' in Andning/cirkulation")

C("lang-omvardnadsepikris-misstanke-om-osteoporos", "skane", "1936-08-03", "244", [
    M("n1", "Omvårdnadsepikris", "sk_ort18_hbg", ("Sara Engström", SSK), "2024-04-12 13:50", [
        ("Omvårdnadsepikris", "87-årig kvinna inlagd 2/4–12/4 efter fall i hemmet med vä collumfraktur, opererad med halvprotes dag 1."),
        ("Andning/cirkulation", "Stabila parametrar under vårdtiden. Postoperativt Hb 92, en enhet erytrocyter given dag 2."),
        ("Nutrition", "Aptiten har gradvis förbättrats, äter nu tre fjärdedels portion och dricker en näringsdryck dagligen. Vikt vid utskrivning 58 kg."),
        ("Elimination", "KAD avvecklad dag 3, därefter spontanmiktion utan residualurin. Laxantia regelbundet, senaste avföring i går."),
        ("Hud/vävnad", "Operationssåret läker fint, agrafferna tas på vårdcentralen dag 14. Huden på hälarna hel efter avlastning hela vårdtiden."),
        ("Aktivitet", "Går med rollator och stöd av en person, klarar trappa med räcke. Fysioterapeutens träningsprogram medskickat."),
        ("Smärta", "Smärtan väl kontrollerad med paracetamol och Oxynorm vid behov, senaste dygnen ingen extrados."),
        ("Sömn", "Orolig de första nätterna, därefter god nattsömn."),
        ("Psykosocialt", "Bor ensam i lägenhet med hiss. Hemtjänsten utökad till fyra besök dagligen, SIP hölls i går med dottern och biståndshandläggaren."),
        ("Kunskap/utveckling", "Under vårdtiden har även misstanke om osteoporos väckts efter lågenergifrakturen, DXA remitteras via vårdcentralen. Pat instruerad om fallförebyggande åtgärder hemma."),
    ]),
], [("NL102", "n1")], [],
  "long nursing discharge summary: one hedged diagnosis (osteoporosis) in Kunskap/utveckling")

C("lang-palliativ-nattrapport-inga-hypoteser", "vgr", "1952-04-08", "420", [
    M("n1", "Nattanteckning", "vg_pall_uddevalla", ("Signe Holmberg", SSK), "2024-10-30 06:20", [
        ("Kommunikation", "Vaken vid midnatt och ville prata en stund om barnbarnen. Klar och orienterad, uttrycker sig tydligt."),
        ("Andning/cirkulation", "Lugn andning, AF 16. Lätt rosslig mot morgonen, lägesändring hjälpte."),
        ("Nutrition", "Dricker några klunkar saft, tackar nej till mat. Munvård med fuktgel fyra gånger under natten."),
        ("Elimination", "Ingen misstanke om urinretention, bladderscan 90 ml kl 02. Kissat i blöjan x1."),
        ("Hud/vävnad", "Inga tecken på trycksår vid inspektion av sacrum och hälar. Vänd var tredje timme enligt schema."),
        ("Aktivitet", "Sängliggande, behöver hjälp av två vid lägesändring."),
        ("Sömn", "Sov i perioder om ca två timmar, sammanlagt ungefär sex timmar."),
        ("Smärta", "Känd koloncancer med levermetastaser, pat och make väl informerade om sjukdomen och om att vården nu är palliativ. Smärtpumpen med morfin går 1,5 mg/h, en extrados kl 03 med god effekt."),
        ("Psykosocialt", "Maken sov över på rummet och var lugn. Sjukhusprästen önskas i förmiddag."),
        ("Planering", "Ev. byte av pumpkassett i morgon. Om andningen blir rosslig ges Robinul enligt vid behovsordinationen."),
    ], signed=None),
], [], [("NL102", "n1"), ("NL101", "n1")],
  "long unsigned palliative night chart with only negations, a hedged plan, a conditional and a known, communicated diagnosis")

C("lang-dagsanteckning-skivepitelcancer-ej-fatt-veta", "skane", "1957-02-13", "331", [
    M("n1", "Omvårdnadsanteckning", "sk_med2_trbg", ("Henrietta Palm", SSK), "2024-11-21 15:55", [
        ("Kommunikation", "Pigg och pratsam, frågar flera gånger efter resultatet från bronkoskopin."),
        ("Andning/cirkulation", "Sat 93 % utan syrgas i vila, 88 % efter promenad till toaletten. BT 142/86, puls 88."),
        ("Nutrition", "Ätit hel portion till lunch och en smörgås på eftermiddagen. Vikt 77,2 kg, oförändrad sedan inskrivningen."),
        ("Elimination", "Normal avföring i morse, kissar utan besvär."),
        ("Hud/vävnad", "Huden hel. PVK hö armveck dag 3 utan rodnad, byts i morgon enligt rutin."),
        ("Aktivitet", "Går själv i korridoren och har varit nere i kiosken med sin fru."),
        ("Sömn", "Sov dåligt i natt p.g.a. hosta, fick hostmedicin kl 23."),
        ("Smärta", "Inga smärtor i dag."),
        ("Psykosocialt", "Biopsisvaret från bronkoskopin kom i dag och visar skivepitelcancer i vä huvudbronk; pat har ännu inte fått veta detta, dr har bokat samtal med honom och hustrun på fredag. Hustrun kommer på besök varje eftermiddag."),
        ("Planering", "Spirometri i morgon bitti, därefter till fysioterapeuten för andningsträning."),
    ]),
], [("NL101", "n1")], [("NL102", "n1")],
  "long day chart: one sentence in Psykosocialt names a confirmed cancer the patient has not been told about")

# ==== END OF CASES ====


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    rec_keys = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed",
                 "setting", "refs", "sections"}
    for c in cases:
        n = c.get("case")
        if set(c) != case_keys:
            errs.append("%s: keys %s" % (n, sorted(c)))
            continue
        if not n or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", n):
            errs.append("bad case name %r" % n)
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        r = c["record"]
        if set(r) != rec_keys:
            errs.append("%s: record keys" % n)
            continue
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty events/conversations/treatments" % n)
        p = r["patient"]
        pid, bd = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", pid)
        if not m:
            errs.append("%s: personnummer format %s" % (n, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                errs.append("%s: personnummer %s does not match %s" % (n, pid, bd))
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: Luhn fails for %s" % (n, pid))
        try:
            date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth date %s" % (n, bd))
            continue
        as_of = datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % n)
        times = [as_of]
        ids = set()
        systems = {}
        if not r["notes"]:
            errs.append("%s: no notes" % n)
        for nt in r["notes"]:
            if set(nt) != note_keys:
                errs.append("%s: note keys %s" % (n, sorted(nt)))
                continue
            if nt["id"] in ids:
                errs.append("%s: duplicate note id %s" % (n, nt["id"]))
            ids.add(nt["id"])
            systems[nt["id"]] = nt["system"]
            if nt["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, nt["system"]))
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            t = datetime.fromisoformat(nt["time"])
            times.append(t)
            if t.year != 2024:
                errs.append("%s: note time not in 2024" % n)
            if t > as_of:
                errs.append("%s: note after as_of" % n)
            if nt["signed"] is not None:
                s = datetime.fromisoformat(nt["signed"])
                times.append(s)
                if s.year != 2024 or s < t:
                    errs.append("%s: bad signed time" % n)
            if not nt["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in nt["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s: bad section" % n)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: sentence repeated (first in %s): %s"
                                        % (n, seen_sent[sent], sent))
                        else:
                            seen_sent[sent] = n
        for t in times:
            a = age_at(bd, t)
            if a < 0 or 13 <= a <= 15:
                errs.append("%s: patient age %d at %s" % (n, a, t.isoformat()))
                break
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (n, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s on %s asserted twice" % (n, code, target))
                pairs.add((code, target))
                # PMO never shows diagnoses: NL102 may only be a must_not there.
                if code == "NL102" and lst == "must" and systems[target] != "Melior":
                    errs.append("%s: NL102 must on a non-Melior note" % n)
                if code == "NL101" and systems[target] == "PMO":
                    errs.append("%s: NL101 asserted on PMO note" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                stats.setdefault(code, {"must": 0, "must_not": 0})[lst] += 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(stats):
        print("  %s must=%d must_not=%d" % (code, stats[code]["must"], stats[code]["must_not"]))
    by_rs = {}
    by_sys = {}
    for c in CASES:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
        s = "/".join(sorted({nt["system"] for nt in c["record"]["notes"]}))
        by_sys[s] = by_sys.get(s, 0) + 1
    print("  rulesets:", by_rs, " systems:", by_sys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
