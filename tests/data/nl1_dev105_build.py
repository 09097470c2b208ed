#!/usr/bin/env python3
"""dev105: pulmonology, allergy and sleep medicine (NL101, NL102).

Hand-written Swedish journal notes from lung clinics, allergy clinics, sleep labs,
clinical physiology, emergency departments and primary care (Skåne and VGR).
Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev105_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, region, system)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "lund_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4LM1", "skane", "Melior"),
    "lund_avd": ("Lungavdelning 16, Skånes universitetssjukhus Lund", "SE2321000255-4LA6", "skane", "Melior"),
    "malmo_lung": ("Lung- och allergimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5LA2", "skane", "Melior"),
    "malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5AK0", "skane", "Melior"),
    "malmo_somn": ("Sömnlaboratoriet, Klinisk fysiologi, Skånes universitetssjukhus Malmö", "SE2321000255-5KF3", "skane", "Melior"),
    "lund_klinfys": ("Klinisk fysiologi och nuklearmedicin, Skånes universitetssjukhus Lund", "SE2321000255-4KF9", "skane", "Melior"),
    "lund_barnallergi": ("Barnallergimottagningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "SE2321000255-4BA4", "skane", "Melior"),
    "malmo_allergi": ("Allergologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5AL7", "skane", "Melior"),
    "hbg_lung": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-6LM2", "skane", "Melior"),
    "hbg_med": ("Medicinavdelning 52, Helsingborgs lasarett", "SE2321000255-6MA5", "skane", "Melior"),
    "csk_lung": ("Medicinmottagningen, lungsektionen, Centralsjukhuset Kristianstad", "SE2321000255-7LS1", "skane", "Melior"),
    "ystad_med": ("Medicinavdelning 2, Lasarettet i Ystad", "SE2321000255-8MA2", "skane", "Melior"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-7HM3", "skane", "Melior"),
    "trbg_med": ("Medicinmottagningen, Lasarettet Trelleborg", "SE2321000255-8TM6", "skane", "Melior"),
    "lkr_onh": ("Öron-, näs- och halsmottagningen, Lasarettet Landskrona", "SE2321000255-6ON8", "skane", "Melior"),
    "lund_thorax": ("Thoraxkirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4TK5", "skane", "Melior"),
    "lund_onk": ("Onkologiska kliniken, lungcancerteamet, Skånes universitetssjukhus Lund", "SE2321000255-4ON2", "skane", "Melior"),
    # Region Skåne, PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2VL1", "skane", "PMO"),
    "vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-2VS4", "skane", "PMO"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-2VT7", "skane", "PMO"),
    "vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-2VO3", "skane", "PMO"),
    "vc_bjuv": ("Vårdcentralen Bjuv", "SE2321000255-2VB9", "skane", "PMO"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-2VN5", "skane", "PMO"),
    "bvc_skurup": ("BVC, Vårdcentralen Skurup", "SE2321000255-2BS2", "skane", "PMO"),
    "vc_hoor": ("Vårdcentralen Höör, astma/KOL-mottagningen", "SE2321000255-2VH6", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "su_lung": ("Lungmedicinmottagningen, Sahlgrenska universitetssjukhuset Göteborg", "SE2321000131-E11L", "vgr", "Melior"),
    "su_avd": ("Avdelning 131, Lungmedicin, Sahlgrenska universitetssjukhuset", "SE2321000131-E13A", "vgr", "Melior"),
    "su_allergi": ("Allergimottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E2AL", "vgr", "Melior"),
    "su_klinfys": ("Klinisk fysiologi, sömnregistrering, Sahlgrenska universitetssjukhuset", "SE2321000131-E4KF", "vgr", "Melior"),
    "su_akut": ("Akutmottagningen, Sahlgrenska universitetssjukhuset Mölndal", "SE2321000131-E5AK", "vgr", "Melior"),
    "su_amm": ("Arbets- och miljömedicin, Sahlgrenska universitetssjukhuset", "SE2321000131-E6AM", "vgr", "Melior"),
    "su_thorax": ("Thoraxkirurgiska mottagningen, Sahlgrenska universitetssjukhuset", "SE2321000131-E7TK", "vgr", "Melior"),
    "dsbus_allergi": ("Barnallergimottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8BA", "vgr", "Melior"),
    "nal_lung": ("Lungmottagningen, NU-sjukvården, NÄL Trollhättan", "SE2321000131-F1LM", "vgr", "Melior"),
    "uddevalla_onh": ("Öron-näs-halsmottagningen, NU-sjukvården, Uddevalla sjukhus", "SE2321000131-F2ON", "vgr", "Melior"),
    "skas_lung": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-G1LM", "vgr", "Melior"),
    "skas_somn": ("Sömnmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-G2SM", "vgr", "Melior"),
    "sas_lung": ("Medicinmottagningen, lungsektionen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-H1LS", "vgr", "Melior"),
    "sas_avd": ("Medicinavdelning M5, Södra Älvsborgs Sjukhus Borås", "SE2321000131-H2M5", "vgr", "Melior"),
    "alingsas_med": ("Medicinavdelning 5, Alingsås lasarett", "SE2321000131-J1M5", "vgr", "Melior"),
    "kungalv_lung": ("Lung- och allergimottagningen, Kungälvs sjukhus", "SE2321000131-K1LA", "vgr", "Melior"),
    "ostra_barn": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8AK", "vgr", "Melior"),
    "skas_avd": ("Lungavdelning 12, Skaraborgs Sjukhus Skövde", "SE2321000131-G3LA", "vgr", "Melior"),
    "dsbus_lung": ("Barnlungmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E8BL", "vgr", "Melior"),
}

PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}
PROTECTED_VGR_KEYWORDS = {"Tidiga hypoteser"}

CASES = []


def _iso(s):
    """'2024-03-22 15:35' -> '2024-03-22T15:35:00'"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


AUTO = object()


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      signed=AUTO, setting="öppenvård", refs=None):
    """One note. time 'YYYY-MM-DD HH:MM'; signed AUTO (= +47 min), None (draft) or a time."""
    name, hsa, region, system = UNITS[unit]
    t = _iso(time)
    if signed is AUTO:
        s = (dt.datetime.strptime(time, "%Y-%m-%d %H:%M") + dt.timedelta(minutes=47)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = _iso(signed)
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t,
        "signed": s,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
        "_region": region,
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + "%03d" % serial
    return "%s%s%s-%03d%s" % (y, m, d, serial, _luhn_digit(nine))


def _codes(spec, default_note="n1"):
    out = []
    for s in spec:
        code, _, note = s.partition(":")
        out.append(["NL" + code if not code.startswith("NL") else code, note or default_note])
    return out


def C(name, ruleset, birth, notes, must, must_not, why, as_of=None, serial=None):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "notes": notes,
        "must": _codes(must), "must_not": _codes(must_not), "why": why,
        "as_of": as_of, "serial": serial,
    })


# ======================================================================
# Part A: NL102 positives, hedged diagnosis of the patient in a visible
# section of a Melior note.
# ======================================================================

C("skane-kol-trolig-exacerbation-akutmottagning", "skane", "1951-08-14", [
    N("n1", "malmo_akut", "Jonas Bergkvist", "läkare", "2024-01-17 02:40", [
        ("Anamnes", "72-årig man med känd KOL GOLD 3, f.d. rökare ca 40 paketår. Sedan 4 dagar ökad dyspné, mer och gulgrönt sputum. "
                    "Tar Ventoline varannan timme utan effekt. Ingen feber hemma enligt hustrun."),
        ("Status", "AT: Påverkad av andfåddhet, talar i korta meningar. AF 26, SpO2 86 % på luft, 91 % på 1 l O2. "
                   "Pulm: förlängt expirium, bilat ronki, inga krepitationer. Cor: RR, 104/min."),
        ("Lab", "CRP 38, LPK 11,2. Artärgas på 1 l O2: pH 7,36, pCO2 6,9, pO2 8,1, BE +3."),
        ("Bedömning", "Trolig KOL-exacerbation utlöst av luftvägsinfektion, ingen respiratorisk acidos. Rtg pulm beställd."),
        ("Åtgärd", "Combivent-inhalationer x 3, Prednisolon 40 mg po, Doxyferm 200 mg. Läggs in på medicin, "
                   "syrgas med mål-SpO2 88–92 %."),
    ], template="Akutanteckning"),
], ["102"], ["101"], "hedged 'Trolig KOL-exacerbation' in visible Bedömning; nothing said about informing, so no NL101")

C("vgr-susp-sarkoidos-lofgren", "vgr", "1988-02-03", [
    N("n1", "su_lung", "Karin Åström", "läkare", "2024-02-12 10:15", [
        ("Aktuellt", "Remiss från VC pga bilateral hilusförstoring på lungröntgen tagen för långdragen hosta. "
                     "Hade ömmande röda knölar på underbenen i december, som gått över av sig själva."),
        ("Status", "Opåverkad. Inga hudförändringar idag. Lungor: vesikulära andningsljud bilat. Inga förstorade perifera lgl."),
        ("Bedömning", "Susp. sarkoidos (Löfgrens syndrom?). Remiss EBUS med TBNA, S-ACE och S-kalcium, spirometri med DLCO."),
    ], template="Nybesök"),
], ["102"], [], "abbreviated hedge 'Susp.' plus a question mark on the diagnosis in VGR Bedömning")

C("skane-ipf-kan-ej-uteslutas-probable-uip", "skane", "1949-11-30", [
    N("n1", "lund_lung", "Per-Olof Nyberg", "läkare", "2024-03-05 13:30", [
        ("Anamnes", "Tilltagande ansträngningsdyspné sedan ett år, torrhosta. Pensionerad snickare. "
                    "Inga fåglar, ingen mögelexponering i bostaden. Inga ledbesvär eller Raynaud."),
        ("Status", "Torra basala krepitationer bilat, velcro-liknande. Trumpinnefingrar."),
        ("Utredning", "HRCT: retikulation subpleuralt basalt med traktionsbronkiektasier, ingen säker honeycombing, "
                      "mönster probable UIP. DLCO 52 % av förväntat, FVC 71 %."),
        ("Bedömning", "Fibroserande interstitiell lungsjukdom där IPF kan ej uteslutas. Tas upp på ILD-konferensen nästa torsdag."),
    ]),
], ["102"], [], "'IPF kan ej uteslutas' is a hedged diagnosis in a visible Skåne Melior note")

C("vgr-dd-hypersensitivitetspneumonit-duvor", "vgr", "1966-05-21", [
    N("n1", "kungalv_lung", "Mikael Forsgren", "läkare", "2024-04-09 09:00", [
        ("Anamnes", "Föder upp brevduvor sedan 20 år, ca 60 fåglar i duvslag vid huset. "
                    "Hosta och andfåddhet som förvärras kvällen efter att hon rengjort slaget."),
        ("Bedömning", "Mosaikmönster och centrilobulära noduli på DT. DD hypersensitivitetspneumonit, fågelantigen. "
                      "Precipitinerande antikroppar mot duvantigen skickade, bronkoskopi med BAL planeras."),
    ]),
], ["102"], [], "'DD hypersensitivitetspneumonit' names a differential diagnosis of the patient in visible text")

C("skane-le-fragetecken-telegrafisk-akut", "skane", "1979-09-02", [
    N("n1", "malmo_akut", "Sofia Lindahl", "läkare", "2024-05-18 21:10", [
        ("Aktuellt", "Plötslig andfåddhet sedan i förmiddags, hugg i hö thoraxhalva vid djupandning. P-piller. "
                     "Flög hem från Thailand i söndags."),
        ("Status", "AF 24, SpO2 94 %, puls 112. Hö vad 2 cm grövre än vä, lätt öm."),
        ("Bedömning", "LE? Wells 6. DT lungartärer akut, Fragmin i väntan på svar."),
    ], template="Akutanteckning"),
], ["102"], [], "bare question mark after the abbreviation LE is an uncertain diagnosis in a visible section")

C("vgr-polygrafi-talar-for-lagesberoende-osa", "vgr", "1970-12-12", [
    N("n1", "su_klinfys", "Henrik Dahlgren", "läkare", "2024-01-29 14:20", [
        ("Utredning", "Polygrafi i hemmet natten 25–26/1. Registreringstid 7 h 40 min, godtagbar signalkvalitet. "
                      "AHI 24/h med övervägande obstruktiva apnéer, ODI 22/h, lägsta mättnad 81 %. "
                      "AHI 41/h i ryggläge mot 9/h i sidoläge."),
        ("Bedömning", "Fynden talar för måttlig, lägesberoende obstruktiv sömnapné. Svar till remittent."),
    ], template="Undersökningsutlåtande"),
], ["102"], [], "'talar för ... obstruktiv sömnapné' in a physiologist's visible reading is a hedged diagnosis")

C("skane-svf-lungcancer-inger-stark-misstanke-lang", "skane", "1958-04-07", [
    N("n1", "lund_lung", "Annika Roos", "läkare", "2024-02-20 08:45", [
        ("Anamnes", "Remiss från Vårdcentralen Linero enligt standardiserat vårdförlopp lungcancer. 65-årig man, rökare sedan tonåren, "
                    "ca 45 paketår, röker fortfarande 15 cig/dag. Sedan jul hosta som inte gått över, två episoder med blodtingerat "
                    "sputum i januari. Gått ner 5 kg på tre månader utan att försöka. Arbetar som lastbilschaufför. "
                    "Tidigare frisk så när som på hypertoni. Läkemedel: Amlodipin 5 mg x 1. Inga kända läkemedelsallergier. "
                    "Bor med sambo i villa i Dalby, två vuxna barn."),
        ("Status", "AT: Gott, lätt avmagrad. Längd 178 cm, vikt 71 kg. Lgl: fast körtel ca 1 cm supraklavikulärt hö. "
                   "Pulm: dämpade andningsljud basalt hö, i övrigt vesikulärt. Cor: RR, inga blåsljud. "
                   "Buk: mjuk, oöm, ingen palpabel lever. Neuro: u.a. Perifert: inga ödem, inga trumpinnefingrar. "
                   "Performance status 1."),
        ("Utredning", "DT thorax-buk 14/2: 4,2 cm spikulerad expansivitet i hö underlob med kontakt mot pleura, förstorade lgl "
                      "subkarinalt och i hö hilus, liten mängd pleuravätska hö. Inga levermetastaser. "
                      "Spirometri idag: FEV1 2,4 l (74 %), FVC 3,6 l, kvot 0,67."),
        ("Bedömning", "Bilden inger stark misstanke om lungcancer med spridning till mediastinala körtlar. "
                      "Den supraklavikulära körteln är lättast att komma åt för PAD."),
        ("Planering", "Ultraljudsledd finnålspunktion av supraklavikulär körtel inom en vecka. PET-DT och MR hjärna beställda. "
                      "Kontaktsjuksköterska Maria Holm presenterad, telefonnummer lämnat. Rökavvänjning erbjuden, han vill fundera. "
                      "Återbesök när PAD och PET föreligger, preliminärt 5/3."),
    ], template="Nybesök"),
], ["102"], [], "long SVF first visit; 'inger stark misstanke om lungcancer' stands in the visible Bedömning")

C("vgr-pleuravatska-fragestallning-mesoteliom", "vgr", "1947-07-19", [
    N("n1", "nal_lung", "Eva Sandberg", "läkare", "2024-06-11 11:05", [
        ("Utredning", "Pleuratappning hö under ultraljud, 1200 ml halmgul vätska. Pleura-LD 410, protein 48 g/l, "
                      "Lights kriterier uppfyllda för exsudat. Cytologi och odling skickade."),
        ("Bedömning", "Ensidig exsudativ pleuravätska utan förklaring hittills. Frågeställning malign pleuravätska, mesoteliom? "
                      "Arbetade på Eriksbergsvarvet på 70-talet."),
    ]),
], ["102"], [], "'Frågeställning malign pleuravätska, mesoteliom?' is a hedged diagnosis in visible VGR Bedömning")

C("skane-oklart-om-astma-eller-kol", "skane", "1962-10-25", [
    N("n1", "hbg_lung", "Lars Ekdahl", "läkare", "2024-03-14 15:40", [
        ("Aktuellt", "Långvarig andfåddhet och pip i bröstet, värre vintertid. Rökte i 20 år, slutade 2015. Astma som barn enligt mamman."),
        ("Utredning", "Spirometri: FEV1/FVC 0,62 före, efter 4 puffar Ventoline ökning av FEV1 med 290 ml (14 %). "
                      "FeNO 38 ppb. B-eosinofiler 0,4 x10^9/l."),
        ("Bedömning", "Oklart om det rör sig om astma med fixerad komponent eller KOL med astmainslag. "
                      "Startar Symbicort 160/4,5 2x2 och ny spirometri om tre månader."),
    ], signed=None),
], ["102"], [], "'Oklart om det rör sig om astma ... eller KOL' leaves the patient's diagnosis open in a visible section")

C("vgr-barn-mojlig-jordnotsallergi", "vgr", "2018-03-09", [
    N("n1", "dsbus_allergi", "Lena Wikström", "läkare", "2024-09-03 10:30", [
        ("Anamnes", "Åt jordnötssmör hos en kompis för två veckor sedan och fick inom 10 minuter nässelutslag runt munnen "
                    "och kräktes en gång. Ingen andningspåverkan enligt mamma. Atopiskt eksem sedan spädbarnsåret."),
        ("Bedömning", "Möjlig jordnötsallergi. Pricktest och IgE-komponenter (Ara h 2) vid nästa besök. "
                      "Undviker jordnöt tills vidare, Aerius oral lösning vid behov."),
    ]),
], ["102"], ["101"], "6-year-old whose guardian reads the journal; 'Möjlig jordnötsallergi' visible, nothing about informing")

C("skane-sannolik-bjorkpollenallergi", "skane", "1996-01-17", [
    N("n1", "malmo_allergi", "Nadia Haddad", "läkare", "2024-05-02 09:20", [
        ("Bedömning", "Klåda i ögonen, nysningar och rinnsnuva april–maj sedan fem år, klåda i munnen av råa äpplen. "
                      "Sannolik björkpollenallergi med rinokonjunktivit och korsreaktion mot äpple. Pricktest bokas i höst."),
        ("Åtgärd", "Desloratadin 5 mg, Nasonex 2 sprayningar x 1, Lecrolyn ögondroppar."),
    ]),
], ["102"], [], "'Sannolik björkpollenallergi' is a hedged allergy diagnosis in visible Bedömning")

C("vgr-misstankt-anafylaxi-getingstick", "vgr", "1983-07-30", [
    N("n1", "su_akut", "Oskar Lundmark", "läkare", "2024-08-11 15:20", [
        ("Aktuellt", "Stucken av geting i nacken vid grillning kl 14.40. Efter 10 min generaliserad klåda, svullnad i läpparna, "
                     "yrsel och illamående. Ambulansen gav Emerade 0,5 mg im och Tavegyl iv."),
        ("Status", "Vid ankomst BT 118/70, puls 96, SpO2 98 %. Urtikaria på bålen, inget stridor, inga ronki."),
        ("Bedömning", "Misstänkt anafylaxi grad 2 efter getingstick. Observeras 6 timmar. Remiss till allergimottagningen "
                      "för IgE-bestämning och ställningstagande till hyposensibilisering."),
    ], template="Akutanteckning"),
], ["102"], [], "'Misstänkt anafylaxi' of the patient in a visible ED note")

C("skane-ev-tuberkulos-pleurit", "skane", "1991-05-05", [
    N("n1", "csk_lung", "Ahmed Yusuf", "läkare", "2024-10-01 13:00", [
        ("Aktuellt", "Kom till Sverige från Somalia 2019. Sex veckor med kvällsfeber, nattsvettningar och smärta i vä sida. "
                     "Rtg pulm: måttlig pleuravätska vä."),
        ("Utredning", "Pleuravätska lymfocytdominerad, ADA 68 U/l. Quantiferon positivt. Sputum för direktmikroskopi och PCR x 3 skickade."),
        ("Bedömning", "Ev. tuberkulös pleurit. Pleurabiopsi övervägs om svaren dröjer. Smittskyddsläkaren kontaktad för kännedom."),
    ]),
], ["102"], [], "'Ev. tuberkulös pleurit' hedges the patient's diagnosis in a visible section")

C("vgr-trol-mesoteliom-efter-thorakoskopi", "vgr", "1944-02-26", [
    N("n1", "su_thorax", "Gunnar Holmqvist", "läkare", "2024-02-07 16:10", [
        ("Bedömning", "Thorakoskopi 5/2 visade diffus knottrig förtjockning av parietala pleura hö. Fryssnittet var inte avgörande. "
                      "Med tanke på asbestexponering som plåtslagare rör det sig trol. om mesoteliom, slutligt PAD inväntas."),
    ]),
], ["102"], [], "'trol. om mesoteliom' is an abbreviated hedge on a diagnosis in visible text")

C("skane-differentialdiagnos-hjartsvikt-inskrivning", "skane", "1940-09-13", [
    N("n1", "ystad_med", "Maja Klingberg", "läkare", "2024-11-04 17:45", [
        ("Anamnes", "Inkommer med ökad andfåddhet sedan en vecka, sover nu sittande med tre kuddar. "
                    "Känd KOL samt förmaksflimmer, står på Eliquis."),
        ("Status", "Bilat basala rassel, pittingödem upp till knäna. SpO2 90 % på luft."),
        ("Bedömning", "Dyspnén kan ha sin grund i KOL men differentialdiagnos hjärtsvikt. NT-proBNP och UCG, "
                      "provar Furix 40 mg iv."),
    ], template="Inskrivningsanteckning", setting="slutenvård"),
], ["102"], [], "'differentialdiagnos hjärtsvikt' in the visible admission assessment")

C("vgr-ej-uteslutet-egpa", "vgr", "1975-06-06", [
    N("n1", "su_lung", "Ingrid Falk", "läkare", "2024-03-26 11:40", [
        ("Bedömning", "Svårkontrollerad astma sedan vuxen ålder, näspolyper opererade två gånger, B-eos 2,1. "
                      "Domningar i vä fot senaste månaden. Ej uteslutet att det rör sig om EGPA, ANCA och ENeG beställda."),
    ]),
], ["102"], [], "'Ej uteslutet att det rör sig om EGPA' looks negated but is a hedge that keeps the diagnosis open")

C("skane-kan-inte-utesluta-pnemothorax-typo", "skane", "1999-12-01", [
    N("n1", "malmo_akut", "Viktor Palm", "läkare", "2024-04-22 19:05", [
        ("Aktuellt", "Lång smal man, röker. Hastigt insättande smärta vä thorax efter marklyft på gymmet, lätt andfådd."),
        ("Status", "Möjligen något nedsatta andningsljud apikalt vä. SpO2 97 %, AF 18."),
        ("Bedömning", "Rtg pulm svårbedömd, kan inte utesluta liten pnemothorax apikalt vä. Kompletterar med DT thorax."),
    ], template="Akutanteckning"),
], ["102"], [], "typo 'pnemothorax' in the diagnosis word; 'kan inte utesluta' keeps it a visible hypothesis")

C("vgr-misstanke-om-lungcancer-svf-start", "vgr", "1955-03-22", [
    N("n1", "sas_lung", "Fredrik Almqvist", "läkare", "2024-05-29 14:00", [
        ("Utredning", "DT thorax 27/5: 2,8 cm solid förändring i vä ovanlob med oregelbunden kontur, inga förstorade körtlar."),
        ("Bedömning", "Misstanke om lungcancer föreligger och standardiserat vårdförlopp startas idag. PET-DT och bronkoskopi bokas."),
    ], template="Mottagningsanteckning"),
], ["102"], [], "the noun form 'Misstanke om lungcancer föreligger' is a hedged diagnosis in visible VGR text")

C("skane-bild-som-vid-sarkoidos-stadium-2", "skane", "1984-08-08", [
    N("n1", "hbg_lung", "Cecilia Wahl", "läkare", "2024-06-19 10:50", [
        ("Bedömning", "Rtg och DT visar symmetrisk hilusförstoring och perilymfatiska noduli, bild som vid sarkoidos stadium II. "
                      "Ögonkonsult beställd och EBUS planeras för verifikation."),
    ]),
], ["102"], ["101"], "'bild som vid sarkoidos' before verification is a visible hypothesis; nothing about informing")

C("vgr-kan-rora-sig-om-anstrangningsastma-simmare", "vgr", "2006-04-18", [
    N("n1", "kungalv_lung", "Therese Blom", "läkare", "2024-02-15 15:15", [
        ("Anamnes", "Elitsimmare, 17 år. Under hårda pass andnöd med pipande ljud vid inandning, går över inom några minuter "
                    "efter avslutat pass. Ingen nattlig hosta."),
        ("Bedömning", "Kan röra sig om ansträngningsutlöst astma, men det inspiratoriska ljudet gör att EILO också bör övervägas. "
                      "Ansträngningstest på löpband med spirometri före och efter samt CLE-test."),
    ]),
], ["102"], [], "17-year-old reads her own journal; 'Kan röra sig om ansträngningsutlöst astma' is visible")

C("skane-forenligt-med-abpa", "skane", "1972-01-29", [
    N("n1", "lund_lung", "Björn Hellström", "läkare", "2024-07-08 13:25", [
        ("Utredning", "Total-IgE 2300 kU/l, specifikt IgE mot Aspergillus fumigatus 14 kUA/l, precipitiner positiva. "
                      "DT: centrala bronkiektasier med slemproppar i ovanloberna."),
        ("Bedömning", "Hos denne astmatiker är bilden förenlig med allergisk bronkopulmonell aspergillos. "
                      "Prednisolon enligt nedtrappningsschema, itrakonazol övervägs."),
    ]),
], ["102"], [], "'bilden förenlig med allergisk bronkopulmonell aspergillos' is a hedged diagnosis in visible text")

C("vgr-onh-trolig-obstruktiv-somnapne", "vgr", "1968-10-10", [
    N("n1", "uddevalla_onh", "Patrik Engström", "läkare", "2024-09-17 09:35", [
        ("Aktuellt", "Remiss från VC: högljudd snarkning, hustrun har sett andningsuppehåll, nickar till vid rödljus. ESS 15."),
        ("Status", "BMI 33. Halsomfång 44 cm. Tonsiller grad 2, Mallampati 3. Näsa: lätt septumdeviation åt vä."),
        ("Bedömning", "Trolig obstruktiv sömnapné. Polygrafi ordnas, avråds från bilkörning när han är trött."),
    ]),
], ["102"], [], "ENT referral visit; 'Trolig obstruktiv sömnapné' stands in visible Bedömning")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1961-12-03", [
    N("n1", "lund_lung", "Elin Strand", "läkare", "2024-08-27 11:10", [
        ("Aktuellt", "Kontroll av kvarstående hosta efter pneumoni i juni. DT thorax genomförd 22/8."),
        ("Tidiga hypoteser", "Misstänkt lungcancer, 18 mm spikulerad nodulus i vä ovanlob. Avvaktar PET."),
    ], template="Läkaranteckning"),
], ["102"], [], "Skåne protects by template, not sökord: a 'Tidiga hypoteser' sökord in an ordinary Läkaranteckning is visible")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1957-06-15", [
    N("n1", "su_lung", "Anders Wennberg", "läkare", "2024-10-14 13:50", [
        ("Bedömning", "Trolig hypersensitivitetspneumonit av fuktskadan i källaren, mögelexponering i flera år. "
                      "Pat ombeds fotografera skadan till nästa besök."),
    ], template="Tidiga hypoteser"),
], ["102"], [], "VGR protects by sökord, not template: the hedge is under the visible sökord Bedömning despite the template name")

C("vgr-hypotes-bade-skyddad-och-i-bedomning", "vgr", "1959-01-08", [
    N("n1", "skas_lung", "Malin Hedlund", "läkare", "2024-04-03 10:05", [
        ("Aktuellt", "Hosta och viktnedgång 4 kg sedan i höstas, arbetar på sågverk i Hjo."),
        ("Tidiga hypoteser", "Möjlig hypersensitivitetspneumonit orsakad av sågverksdamm."),
        ("Bedömning", "Möjlig HP efter exponering för mögligt virke, behöver BAL för att komma vidare."),
    ]),
], ["102"], [], "the hypothesis sits in the protected sökord but is repeated under the visible Bedömning")

C("skane-ingen-malignitet-men-misstankt-sarkoidos", "skane", "1980-03-03", [
    N("n1", "hlm_med", "Johanna Ek", "läkare", "2024-02-28 14:30", [
        ("Bedömning", "Ingen misstanke om malignitet, körtlarna är små och välavgränsade. Däremot misstänkt sarkoidos "
                      "med tanke på erythema nodosum och artralgier i fotlederna."),
    ]),
], ["102"], [], "a negated malignancy does not cancel the second, affirmed hedge 'misstänkt sarkoidos'")

C("vgr-astma-uteslutes-ej-metakolin", "vgr", "1990-11-11", [
    N("n1", "sas_lung", "Sara Lindgren", "läkare", "2024-10-22 08:30", [
        ("Bedömning", "Normal spirometri och negativ reversibilitet, men symtomen är typiska och FeNO 31 ppb. "
                      "Astma uteslutes ej, metakolintest bokas på klinisk fysiologi."),
    ]),
], ["102"], [], "'Astma uteslutes ej' contains a negation word but keeps asthma as an open hypothesis")

C("skane-missankt-lungemboli-typo", "skane", "1952-05-28", [
    N("n1", "trbg_med", "Rickard Nilsson", "läkare", "2024-03-11 10:40", [
        ("Bedömning", "Missänkt lungemboli hos pat med nyligen insatt höftprotes, takykardi och lätt desaturation. "
                      "Remitteras akut till SUS Malmö för DT lungartärer."),
    ]),
], ["102"], [], "typo 'Missänkt' for misstänkt; the hedged diagnosis is in a visible Skåne Melior note")

C("vgr-sannolkit-kol-typo", "vgr", "1960-02-14", [
    N("n1", "nal_lung", "Hanna Berggren", "läkare", "2024-01-24 13:15", [
        ("Bedömning", "Sannolkit KOL, FEV1/FVC 0,64 efter bronkdilatation. Rökt sedan 16 års ålder, 35 paketår. "
                      "Motiverande samtal om rökstopp, Champix diskuterat."),
    ]),
], ["102"], ["101"], "typo 'Sannolkit' in the hedge; nothing said about informing the patient")

C("skane-trol-sarkiodos-hud-typo", "skane", "1987-09-27", [
    N("n1", "malmo_lung", "Tobias Rehn", "läkare", "2024-11-12 15:50", [
        ("Bedömning", "Trol. sarkiodos med hudengagemang i gammalt ärr på vä knä, hudbiopsi tagen av dermatolog i förra veckan."),
    ]),
], ["102"], [], "typo 'sarkiodos' in the diagnosis word after the hedge 'Trol.'")

C("skane-epikris-kol-trolig-pneumoni-lang", "skane", "1946-12-22", [
    N("n1", "lund_avd", "Magnus Tell", "läkare", "2024-01-30 12:00", [
        ("Orsak till inläggning", "77-årig man med svår KOL (FEV1 0,9 l, 34 %), hemsyrgas 1 l/min sedan 2022. "
                                  "Inkom via akuten 24/1 med tre dagars tilltagande andnöd, feber 38,4 och missfärgade upphostningar."),
        ("Förlopp", "Vid ankomst pCO2 8,4 kPa och pH 7,29, NIV på IMA första dygnet med snabb förbättring. "
                    "Flyttad till avd 16 den 25/1. Behandlad med Tazocin iv i tre dygn, därefter Amimox po. "
                    "Prednisolon 40 mg i fem dagar. Blododlingar och sputumodling utan växt. "
                    "Rtg pulm visade diskret förtätning i vä underlob. Mobiliserad med fysioterapeut, går nu med rollator "
                    "i korridoren på sin vanliga syrgasdos. Vikt 61 kg, dietist har förskrivit näringsdrycker."),
        ("Diagnoser", "KOL med akut exacerbation J44.1. Trolig bakomliggande pneumoni i vä underlob. Akut hyperkapnisk respirationssvikt."),
        ("Läkemedelsförändringar", "Amimox 750 mg x 3 t.o.m. 2/2. Trimbow oförändrat. Näringsdryck 2 ggr dagligen tillkommer."),
        ("Uppföljning", "Återbesök hos lungsköterska om fyra veckor med blodgas. Kontrollröntgen om sex veckor. "
                        "Hemtjänsten utökad med ett kvällsbesök."),
    ], template="Epikris", setting="slutenvård", signed="2024-01-31 09:15"),
], ["102"], [], "long discharge summary; 'Trolig bakomliggande pneumoni' stands in the visible Diagnoser section")

C("vgr-telefon-trolgi-astma-barn-typo", "vgr", "2015-02-19", [
    N("n1", "dsbus_allergi", "Camilla Öberg", "läkare", "2024-11-20 12:10", [
        ("Telefonkontakt", "Mamma ringer. Dottern hostar varje natt sedan förkylning för tre veckor sedan och blir andfådd på idrotten. "
                           "Trolgi astma efter virusinfektion, recept på Airomir med spacer utfärdat. Återbesök med spirometri om 2 veckor."),
    ], template="Telefonanteckning"),
], ["102"], [], "telephone note about a 9-year-old; typo 'Trolgi' for trolig in front of astma")

C("skane-diagnos-sokord-ipf-fragetecken", "skane", "1953-03-31", [
    N("n1", "csk_lung", "Ulf Mattsson", "läkare", "2024-04-16 11:20", [
        ("Bedömning", "Fortsatt utredning enligt ILD-protokoll med HRCT och reumatologisk provpanel."),
        ("Diagnos", "J84.1 Interstitiell lungsjukdom UNS. IPF?"),
    ]),
], ["102"], [], "the sökord Diagnos holds 'IPF?', a question-marked diagnosis that 1177 shows")

C("vgr-ild-utredning-mojlig-fibrotisk-hp-lang", "vgr", "1963-08-05", [
    N("n1", "su_lung", "Birgitta Sjöqvist", "läkare", "2024-05-14 09:00", [
        ("Anamnes", "60-årig kvinna, aldrig rökt, arbetar som lärare. Remitterad för andfåddhet vid promenad i uppförsbacke "
                    "sedan 18 månader och torrhosta. Har fjädertäcke och fjäderkuddar sedan många år. Inga husdjur, "
                    "ingen känd fuktskada. Förkylningar har tagit längre tid att gå över. Inga led- eller muskelbesvär, "
                    "ingen Raynaud, ingen dysfagi, torra ögon ibland."),
        ("Status", "Gott AT. SpO2 95 % i vila. Fina krepitationer basalt bilat, mer hö. Inga trumpinnefingrar. "
                   "Hud och leder utan anmärkning. Inga mekanikerhänder."),
        ("Utredning", "HRCT 2/5: retikulation och ground glass med mosaikmönster, air trapping på exspirationsbilder, "
                      "mest uttalat i mellersta och övre lungfälten. Inga honeycombs. Spirometri: FVC 2,6 l (78 %), DLCO 61 %. "
                      "6-minuters gångtest 480 m, lägsta mättnad 89 %. ANA, ENA och CCP negativa, myositpanel pågår."),
        ("Bedömning", "Interstitiell lungsjukdom med mönster och exponering som ger möjlig fibrotisk hypersensitivitetspneumonit. "
                      "Differentialdiagnos är NSIP vid ännu inte manifest bindvävssjukdom."),
        ("Planering", "Bronkoskopi med BAL för celldifferentiering. Fjädertäcke och fjäderkuddar byts ut redan nu. "
                      "Precipitiner mot fågelantigen. Presenteras på ILD-konferensen när BAL är klar. "
                      "Ny spirometri och DLCO om tre månader."),
    ], template="Nybesök"),
], ["102"], [], "long ILD work-up with 'möjlig fibrotisk hypersensitivitetspneumonit' and a stated differential in visible sections")

C("skane-somnlab-ssk-remiss-misstankt-osa", "skane", "1977-07-07", [
    N("n1", "malmo_somn", "Emma Sjöberg", "sjuksköterska", "2024-02-05 15:30", [
        ("Omvårdnad", "Hämtar polygrafiutrustning. Remiss från vårdcentralen pga misstänkt obstruktiv sömnapné. "
                      "Visat hur näsgrimma, bröstband och fingersensor sätts på. Lämnar tillbaka utrustningen i morgon före kl 10."),
    ], template="Sjuksköterskeanteckning"),
], ["102"], [], "a nurse restates the referral's 'misstänkt obstruktiv sömnapné' in a visible Melior note")

C("vgr-amoxicillinallergi-kan-ej-uteslutas", "vgr", "1994-04-04", [
    N("n1", "su_allergi", "Johan Kvist", "läkare", "2024-06-05 10:45", [
        ("Anamnes", "Fick utslag dag 7 av Amimox-kur mot halsfluss 2019, inga slemhinnesymtom, ingen andningspåverkan."),
        ("Bedömning", "Amoxicillinallergi kan ej uteslutas men förloppet talar mer för virusexantem. "
                      "Oral provokation med amoxicillin erbjuds på mottagningen."),
    ]),
], ["102"], [], "'Amoxicillinallergi kan ej uteslutas' is a hedged drug-allergy diagnosis in visible text")

C("skane-susp-allergisk-alveolit-lantbrukare", "skane", "1965-09-09", [
    N("n1", "hbg_lung", "Kristoffer Åberg", "läkare", "2024-09-25 16:20", [
        ("Aktuellt", "Lantbrukare. Feber, frossa och torrhosta 6 h efter att ha hanterat möglig hö i ladan, tredje gången i höst."),
        ("Bedömning", "Susp. allergisk alveolit (farmer's lung). Precipitiner, DT thorax, spirometri med DLCO."),
    ]),
], ["102"], [], "'Susp. allergisk alveolit' hedges the diagnosis in a short visible note")

C("vgr-dt-svar-citerat-starkt-misstankt-lungcancer", "vgr", "1950-10-30", [
    N("n1", "skas_lung", "Niklas Jarl", "läkare", "2024-07-02 08:55", [
        ("Aktuellt", "DT thorax 28/6: 3 cm tumör i hö ovanlob, starkt misstänkt för primär lungcancer, inga säkra metastaser."),
        ("Planering", "Bronkoskopi vecka 28, spirometri inför eventuell operation."),
    ]),
], ["102"], ["101"], "a quoted CT report with 'starkt misstänkt för primär lungcancer' in a visible clinical note")

C("skane-trolig-obesitas-hypoventilation", "skane", "1974-03-18", [
    N("n1", "malmo_somn", "Daniel Hjort", "läkare", "2024-12-03 13:35", [
        ("Bedömning", "BMI 47, pCO2 dagtid 7,1 kPa, standardbikarbonat 33. Polysomnografin visar långa perioder av "
                      "hypoventilation i REM-sömn med få apnéer. Trolig obesitas-hypoventilationssyndrom, NIV-start på avdelning planeras."),
    ]),
], ["102"], [], "'Trolig obesitas-hypoventilationssyndrom' is a hedged sleep-medicine diagnosis in a visible section")

C("vgr-barn-mojilg-pcd-typo", "vgr", "2017-06-30", [
    N("n1", "dsbus_lung", "Sanna Rask", "läkare", "2024-10-08 14:05", [
        ("Anamnes", "Återkommande våta hostperioder sedan nyföddhetsperioden, kronisk snuva och tre öroninflammationer med rör."),
        ("Bedömning", "Situs normalis, svettest normalt. Möjilg primär ciliär dyskinesi, nasalt NO och ciliebiopsi bokas."),
    ]),
], ["102"], [], "typo 'Möjilg' for möjlig; a 7-year-old's guardian reads the hedged diagnosis")

C("skane-misstankt-alfa1-antitrypsinbrist", "skane", "1981-01-21", [
    N("n1", "lund_lung", "Marie Lund", "läkare", "2024-03-19 10:25", [
        ("Bedömning", "KOL med panlobulärt emfysem i underloberna redan vid 43 års ålder trots måttlig rökning. "
                      "Misstänkt alfa-1-antitrypsinbrist, S-alfa-1-antitrypsin och fenotypning skickade. Bror har också KOL."),
    ]),
], ["102"], [], "'Misstänkt alfa-1-antitrypsinbrist' of the patient; the brother's KOL is only family history")

C("vgr-postop-differentialdiagons-lungemboli-typo", "vgr", "1969-07-23", [
    N("n1", "sas_avd", "Mattias Gren", "läkare", "2024-08-20 10:00", [
        ("Bedömning", "Postoperativ dag 3 efter hysterektomi, nytillkommet syrgasbehov och takykardi 120. "
                      "Atelektaser troligast, men differentialdiagons lungemboli; DT lungartärer idag."),
    ], template="Daganteckning", setting="slutenvård"),
], ["102"], [], "typo 'differentialdiagons' for differentialdiagnos before lungemboli in a visible ward note")

C("skane-sannoligt-bronkiektasier-typo", "skane", "1956-11-06", [
    N("n1", "csk_lung", "Helena Borg", "läkare", "2024-05-07 13:40", [
        ("Aktuellt", "Dagligen stora mängder sputum, fyra pneumonier senaste två åren."),
        ("Bedömning", "Sannoligt bronkiektasier, HRCT beställd. Sputumodling inkl. Pseudomonas och mykobakterier."),
    ]),
], ["102"], [], "typo 'Sannoligt' for sannolikt before bronkiektasier")

C("vgr-status-krepitationer-trolig-pneumoni", "vgr", "1938-04-12", [
    N("n1", "alingsas_med", "Linnea Toft", "läkare", "2024-12-10 18:30", [
        ("Status", "AT: Trött, febril 38,6. Pulm: krepitationer basalt hö, trolig pneumoni. Cor: oregelbunden rytm, 96/min."),
        ("Åtgärd", "Bensylpenicillin 3 g x 3 iv, odlingar tagna."),
    ], template="Inskrivningsanteckning", setting="slutenvård", signed=None),
], ["102"], [], "the hedge 'trolig pneumoni' sits in the visible Status section, not Bedömning")

C("skane-jour-misstankt-lungemboli-osignerad", "skane", "1985-02-09", [
    N("n1", "hbg_med", "Alexander Moberg", "läkare", "2024-06-29 03:15", [
        ("Aktuellt", "Kallad pga SpO2 88 % och bröstsmärta hos pat inlagd för pneumoni. Nytillkommen takykardi 125."),
        ("Bedömning", "Misstänkt lungemboli. DT lungartärer beställt akut, Innohep i behandlingsdos ges."),
    ], template="Jouranteckning", setting="slutenvård", signed=None),
], ["102"], [], "unsigned night draft (pre-signing check) with 'Misstänkt lungemboli' in a visible section")

C("vgr-amm-mojlig-yrkesastma-bagare", "vgr", "1986-12-02", [
    N("n1", "su_amm", "Katarina Holm", "läkare", "2024-03-04 09:45", [
        ("Bedömning", "Bagare sedan 12 år, besvär från näsa och luftvägar på arbetet, bättre under semestern. "
                      "Möjlig yrkesastma orsakad av vetemjöl. PEF-kurva två veckor i arbete och två veckor ledig, IgE mot vete och alfa-amylas."),
    ], signed=None),
], ["102"], [], "'Möjlig yrkesastma' at occupational medicine is a visible hypothesis")

# ======================================================================
# Part B: NL102 negatives on Melior (negation, relatives, non-diagnostic
# hedges, conditionals, confirmed diagnoses, protected places).
# ======================================================================

C("skane-lungemboli-uteslutes-dt-akut", "skane", "1992-07-12", [
    N("n1", "malmo_akut", "Ida Carlsson", "läkare", "2024-07-15 22:30", [
        ("Aktuellt", "Andfåddhet och hjärtklappning sedan två dagar. Står på kombinerade p-piller sedan fem år."),
        ("Status", "Puls 98, SpO2 98 %, AF 16. Benen symmetriska utan ömhet."),
        ("Utredning", "D-dimer 0,9. DT lungartärer utan embolier, lungparenkymet normalt."),
        ("Bedömning", "Oklar andfåddhet, lungemboli uteslutes. Hemgång, kontakt med vårdcentralen vid kvarstående besvär."),
    ], template="Akutanteckning"),
], [], ["102"], "lungemboli is ruled out ('uteslutes'); 'oklar' hedges only a symptom")

C("vgr-ingen-misstanke-om-malignitet-nodulus", "vgr", "1963-01-25", [
    N("n1", "nal_lung", "Roger Svensson", "läkare", "2024-02-22 10:10", [
        ("Bedömning", "Uppföljande DT av 6 mm nodulus i vä underlob, oförändrad storlek sedan 2022. "
                      "Ingen misstanke om malignitet och ingen ytterligare kontroll enligt Fleischner."),
    ]),
], [], ["102"], "'Ingen misstanke om malignitet' is a negated mention and must stay silent")

C("skane-inga-tecken-pa-ild-metotrexat-typo", "skane", "1958-09-19", [
    N("n1", "malmo_lung", "Jenny Abrahamsson", "läkare", "2024-09-10 11:30", [
        ("Bedömning", "Reumatoid artrit, behandlas med metotrexat 20 mg/v. HRCT inga tecken pa interstitiell lungsjukdom. "
                      "Spirometri och diffusionskapacitet normala. Inget hinder för fortsatt metotrexat ur lungsynpunkt."),
    ]),
], [], ["102"], "typo 'pa' for på in the negation 'inga tecken på interstitiell lungsjukdom'; RA is confirmed")

C("vgr-talar-emot-sarkoidos", "vgr", "1986-06-01", [
    N("n1", "skas_lung", "Mona Persson", "läkare", "2024-06-24 14:15", [
        ("Bedömning", "Normalt ACE och kalcium, DT visar endast små reaktiva körtlar. Sammantaget talar detta emot sarkoidos. "
                      "Hostan är postinfektiös och brukar klinga av inom några månader."),
    ], signed=None),
], [], ["102"], "'talar emot sarkoidos' rules the diagnosis out; 'talar' must not be read as 'talar för'")

C("skane-metakolin-negativt-astma-avskrivs", "skane", "1997-12-24", [
    N("n1", "hbg_lung", "Olivia Brandt", "läkare", "2024-04-30 09:50", [
        ("Bedömning", "Metakolinprovokation negativ, PD20 > 2 mg. Astma avskrivs och Flutide sätts ut. "
                      "Hostan har samband med hans kända gastroesofageala reflux, Omeprazol höjs till 40 mg i åtta veckor."),
    ]),
], [], ["102"], "asthma is written off ('avskrivs') after a negative methacholine test")

C("vgr-hereditet-mor-trolig-sarkoidos", "vgr", "2000-08-16", [
    N("n1", "su_lung", "Erik Stenmark", "läkare", "2024-03-07 13:00", [
        ("Anamnes", "Hereditet: mor har trolig sarkoidos, utreds i Borås. Morfar hade KOL."),
        ("Bedömning", "Astma, välkontrollerad på Flutiform 125/5. Normal lungröntgen, ACT 23."),
    ]),
], [], ["102"], "the hedged sarkoidos belongs to the mother; the patient's asthma is confirmed")

C("skane-pappa-fatt-besked-misstankt-lungcancer", "skane", "1970-05-14", [
    N("n1", "trbg_med", "Sven Axelsson", "läkare", "2024-05-21 15:10", [
        ("Aktuellt", "Orolig eftersom pappan nyligen fått beskedet misstänkt lungcancer, och han har själv rökt i 30 år."),
        ("Bedömning", "Frisk 54-årig rökare med normal spirometri och normal lungröntgen. Rökstopp rekommenderas, "
                      "tid hos rökavvänjare på vårdcentralen."),
    ]),
], [], ["102"], "the suspected lung cancer is the father's, not the patient's")

C("vgr-ssk-inhalationsteknik-ev-spirometri", "vgr", "1949-03-03", [
    N("n1", "kungalv_lung", "Anneli Roth", "sjuksköterska", "2024-11-26 10:20", [
        ("Omvårdnad", "Inhalationsteknik genomgången med Spiriva Respimat, pat glömde att hålla andan efter inhalationen. "
                      "Ev. spirometri vid nästa besök i mars. Fått broschyr om fysisk aktivitet på recept."),
    ], template="Sjuksköterskeanteckning"),
], [], ["102"], "'Ev.' hedges a planned test, not a diagnosis")

C("skane-avd-ssk-trolig-hemgang", "skane", "1955-08-28", [
    N("n1", "lund_avd", "Petra Olsson", "sjuksköterska", "2024-02-14 14:40", [
        ("Omvårdnad", "Har promenerat i korridoren utan syrgas, SpO2 93 %. Trolig hemgång i morgon förmiddag, hustrun hämtar. "
                      "Inhalationer tagna enligt ordination."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["102"], "'Trolig hemgång' hedges a discharge plan, not a diagnosis")

C("vgr-cpap-misstankt-lackage-vid-mun", "vgr", "1966-11-19", [
    N("n1", "skas_somn", "Lotta Gustavsson", "sjuksköterska", "2024-04-25 13:10", [
        ("Aktuellt", "CPAP-uppföljning efter tre månader för obstruktiv sömnapné. Användning i snitt 5 h 50 min/natt, kvarvarande AHI 3,1. "
                     "Tröttheten dagtid mycket bättre."),
        ("Åtgärd", "Misstänkt läckage vid munnen när han sover på sidan, byter till helmask storlek M."),
    ], template="Sjuksköterskeanteckning"),
], [], ["102"], "'Misstänkt läckage' is about the CPAP mask; the sleep apnoea is confirmed and treated")

C("skane-kol-hemgang-om-feber-sok-igen", "skane", "1944-05-05", [
    N("n1", "malmo_akut", "Tove Lindberg", "läkare", "2024-12-18 16:00", [
        ("Bedömning", "KOL med lindrig exacerbation, klarar sig hemma med utökad inhalationsbehandling."),
        ("Åtgärd", "Prednisolon 30 mg i fem dagar. Om feber tillkommer ska hon söka igen för att utesluta lunginflammation."),
    ], template="Akutanteckning"),
], [], ["102"], "the pneumonia is only a conditional reason to return, not a diagnosis of the patient now")

C("vgr-akutplan-vid-misstanke-om-anafylaxi", "vgr", "2016-10-10", [
    N("n1", "dsbus_allergi", "Maria Lönn", "läkare", "2024-05-16 11:15", [
        ("Bedömning", "Jordnötsallergi, verifierad med positivt Ara h 2 och reaktion vid provokation 2023."),
        ("Åtgärd", "Akutplan genomgången med föräldrarna: vid misstanke om anafylaxi ges EpiPen Jr 150 mikrogram i lårets utsida "
                   "och 112 rings. Skolan får en kopia."),
    ]),
], [], ["102"], "'vid misstanke om anafylaxi' is an instruction in an emergency plan; the allergy itself is confirmed")

C("skane-ebus-biopsiverifierad-sarkoidos", "skane", "1978-02-12", [
    N("n1", "malmo_lung", "Fredrika Gran", "läkare", "2024-08-06 10:00", [
        ("Utredning", "EBUS-TBNA från station 7 och 11R: icke-nekrotiserande granulom, ingen malignitet, odling negativ för mykobakterier."),
        ("Bedömning", "Sarkoidos stadium I, biopsiverifierad. Inga ögonsymtom, normalt kalcium. "
                      "Ingen behandling behövs nu, ny lungröntgen om sex månader."),
    ]),
], [], ["102"], "sarkoidos confirmed by biopsy; the only other disease words are negated")

C("vgr-sokord-tidiga-hypoteser-skyddar-lungcancer", "vgr", "1952-12-05", [
    N("n1", "su_lung", "Göran Brännström", "läkare", "2024-01-11 09:30", [
        ("Aktuellt", "Remitterad för förtätning i hö ovanlob på lungröntgen som kvarstår efter antibiotikakur."),
        ("Status", "Opåverkad, pulm u.a., inga palpabla lgl."),
        ("Tidiga hypoteser", "Misstänkt lungcancer, PET-DT bokas om DT bekräftar en expansivitet."),
        ("Planering", "DT thorax med kontrast beställd, återbesök med svar om två veckor."),
    ]),
], [], ["102"], "VGR: the hedged lung cancer stands only under the filtered sökord Tidiga hypoteser")

C("skane-mall-tidiga-hypoteser-hp-eller-nsip", "skane", "1960-07-07", [
    N("n1", "lund_lung", "Ewa Magnusson", "läkare", "2024-07-24 16:05", [
        ("Bedömning", "Trolig hypersensitivitetspneumonit kopplad till fjäderbolster, men även möjlig NSIP vid underliggande myosit. "
                      "Hålls här tills BAL och myositantikroppar är klara."),
    ], template="Tidiga hypoteser"),
], [], ["102"], "Skåne: the hedges are written in the protected template Tidiga hypoteser")

C("vgr-wells-0-le-osannolikt-avskrivs", "vgr", "1987-11-03", [
    N("n1", "su_akut", "Simon Ljung", "läkare", "2024-09-12 20:45", [
        ("Bedömning", "Wells 0, PERC negativ. LE osannolikt och avskrivs utan D-dimer. "
                      "Bröstsmärtan är muskulär och reproducerbar vid palpation över revbensbågen."),
    ], template="Akutanteckning"),
], [], ["102"], "'osannolikt och avskrivs' rules lungemboli out; 'osannolik' must not match as 'sannolik'")

C("vgr-kol-mojligen-mer-andfadd-symtom", "vgr", "1951-02-08", [
    N("n1", "sas_lung", "Agneta Wall", "sjuksköterska", "2024-02-01 13:25", [
        ("Aktuellt", "Känd KOL GOLD 2 på Trimbow. Möjligen något mer andfådd i trappor än i höstas, inga exacerbationer."),
        ("Bedömning", "Spirometri oförändrad jämfört med 2023. Fortsätter samma behandling."),
    ], template="Sjuksköterskeanteckning"),
], [], ["102"], "'Möjligen' hedges a symptom; the KOL is known and confirmed")

C("skane-bma-spirometri-trol-artefakt", "skane", "1964-04-29", [
    N("n1", "lund_klinfys", "Nora Ekholm", "biomedicinsk analytiker", "2024-10-29 08:20", [
        ("Utredning", "Spirometri med reversibilitetstest. Pat hostade under två manövrar, trol. artefakt i den andra kurvan "
                      "som därför inte används. Tre godkända manövrar efter bronkdilatation."),
    ], template="Undersökningsanteckning"),
], [], ["102"], "'trol. artefakt' hedges a measurement quality issue, not a disease")

C("vgr-ingen-missanke-om-tuberkulos-typo", "vgr", "1995-07-17", [
    N("n1", "nal_lung", "Amir Rostami", "läkare", "2024-07-29 11:00", [
        ("Bedömning", "Quantiferon inför biologisk behandling mot psoriasis negativt, lungröntgen u.a. "
                      "Ingen missanke om tuberkulos, behandlingen kan starta ur lungmedicinsk synvinkel."),
    ]),
], [], ["102"], "typo 'missanke' in the negated 'Ingen misstanke om tuberkulos'")

C("skane-svar-kol-hemsyrgas-fragetecken", "skane", "1942-08-31", [
    N("n1", "hbg_lung", "Stefan Knutsson", "läkare", "2024-11-19 10:35", [
        ("Bedömning", "Svår KOL, vilo-pO2 7,0 kPa vid två mätningar med tre veckors mellanrum. Rökfri sedan 2019."),
        ("Planering", "Hemsyrgas? Diskuteras med pat och make nästa vecka. Lungrehab?"),
    ]),
], [], ["102"], "question marks follow treatments (home oxygen, rehab), not a diagnosis; KOL is confirmed")

C("vgr-misstanken-om-sarkoidos-ej-bekraftad", "vgr", "1976-09-04", [
    N("n1", "kungalv_lung", "Pontus Ahlberg", "läkare", "2024-12-05 14:50", [
        ("Bedömning", "Misstanken om sarkoidos har inte bekräftats, EBUS visade reaktiva körtlar utan granulom. "
                      "Sarkoidos avskrivs och ingen uppföljning behövs på lungmottagningen."),
    ]),
], [], ["102"], "an earlier suspicion is explicitly dropped ('avskrivs')")

C("skane-epikris-pneumoni-le-uteslutits-lang", "skane", "1948-06-26", [
    N("n1", "hbg_med", "Karolina Falk", "läkare", "2024-03-01 11:30", [
        ("Orsak till inläggning", "75-årig kvinna med astma sedan ungdomen och hypotyreos. Sökte 25/2 med frossa, hosta och "
                                  "högersidig andningskorrelerad smärta. CRP 212, SpO2 89 % på luft."),
        ("Förlopp", "Lungröntgen visade lobär förtätning i hö underlob. Pneumokockantigen i urin positivt. "
                    "DT lungartärer gjordes pga takykardi och D-dimer 2,3 och visade ingen lungemboli men en liten parapneumonisk "
                    "vätskeansamling som inte behövt tappas. Behandlad med bensylpenicillin iv i tre dygn, sedan Kåvepenin. "
                    "Feberfri sedan 27/2, CRP 48 vid utskrivning. Syrgas utsatt 28/2. Astman har varit stabil under vårdtiden."),
        ("Diagnoser", "Pneumokockpneumoni hö underlob J13.9. Astma J45.9. Hypotyreos E03.9."),
        ("Läkemedel", "Kåvepenin 1 g x 3 t.o.m. 6/3. Symbicort och Levaxin oförändrat."),
        ("Information till patienten", "Du har haft lunginflammation orsakad av pneumokocker. Det är normalt att vara trött "
                                       "några veckor efteråt. Ta penicillinet tills det är slut även om du mår bra."),
        ("Uppföljning", "Ev. kontrollröntgen om sex veckor, bedöms av vårdcentralen. Pneumokockvaccin rekommenderas efter tillfrisknandet."),
    ], template="Epikris", setting="slutenvård"),
], [], ["102"], "long discharge summary: confirmed pneumonia, ruled-out lungemboli, and 'Ev.' only on a control X-ray")

C("vgr-barn-inget-som-talar-for-astma", "vgr", "2013-11-20", [
    N("n1", "dsbus_allergi", "Tilda Sundin", "läkare", "2024-03-13 08:40", [
        ("Bedömning", "Hosta bara under förkylningar, normal lungfunktion och FeNO 9 ppb. Inget som talar för astma, Airomir avslutas."),
    ]),
], [], ["102"], "'Inget som talar för astma' is a negated diagnosis for a 10-year-old")

C("skane-mall-tidiga-hypoteser-lungnoduli-dd", "skane", "1949-05-09", [
    N("n1", "csk_lung", "Bengt Sellin", "läkare", "2024-10-23 15:15", [
        ("Bedömning", "Tre nodulära förändringar i vä lunga, 8–14 mm. DD metastaser från coloncancern 2021, primär lungcancer "
                      "eller septiska embolier efter pacemakerinfektionen. Inväntar PET innan något tas upp med pat."),
    ], template="Tidiga hypoteser"),
], [], ["102"], "Skåne: a differential list in the protected template Tidiga hypoteser is not visible")

C("vgr-pricktest-verifierad-pollenallergi-ev-kontroll", "vgr", "1985-05-25", [
    N("n1", "su_allergi", "Ylva Granberg", "läkare", "2024-03-20 13:55", [
        ("Utredning", "Pricktest: björk 8 mm, timotej 6 mm, gråbo 4 mm, katt och hund negativa. Histamin 5 mm, NaCl 0 mm."),
        ("Bedömning", "Björk- och gräspollenallergi verifierad. Ev. ny kontakt om ett år för att diskutera allergenspecifik immunterapi."),
    ]),
], [], ["102"], "prick test confirms the allergies; 'Ev.' hedges a follow-up contact")

C("skane-barn-astma-eventuellt-hojning-flixotide", "skane", "2016-01-05", [
    N("n1", "lund_barnallergi", "Gustav Ljungberg", "läkare", "2024-06-13 09:10", [
        ("Bedömning", "Astma sedan 3 års ålder, nu sämre med nattliga symtom två gånger i veckan. "
                      "Eventuellt höjning av Flixotide till 125 mikrogram x 2 om inte bättre till hösten, "
                      "först genomgång av inhalationstekniken med Aerochamber."),
    ]),
], [], ["102"], "confirmed asthma in an 8-year-old; 'Eventuellt' hedges a dose change")

C("vgr-amm-inte-forenligt-med-hp-isocyanat", "vgr", "1969-10-02", [
    N("n1", "su_amm", "Lennart Frisk", "läkare", "2024-11-07 10:30", [
        ("Bedömning", "Fynden är inte förenliga med hypersensitivitetspneumonit: normal DT, normal diffusionskapacitet och inga "
                      "precipitiner mot mögel från arbetsplatsen. Besvären under skiften på lackeringen förklaras av slemhinneirritation "
                      "från isocyanater, andningsskydd med kolfilter rekommenderas."),
    ]),
], [], ["102"], "'inte förenliga med hypersensitivitetspneumonit' is a negated 'förenlig med'")

C("skane-pleuracytologi-ingen-hallpunkt-for-malignitet", "skane", "1939-01-18", [
    N("n1", "lund_lung", "Rebecka Holst", "läkare", "2024-05-28 14:20", [
        ("Bedömning", "Cytologi från pleuravätskan utan maligna celler, ingen hållpunkt för malignitet. Vätskan är ett transsudat "
                      "och förklaras av hennes kända hjärtsvikt, diuretika höjs i samråd med kardiologen."),
    ]),
], [], ["102"], "pleural fluid: malignancy negated, cause settled as known heart failure")

C("vgr-ssk-misstankt-felaktig-inhalationsteknik", "vgr", "2004-05-30", [
    N("n1", "skas_lung", "Jessica Moen", "sjuksköterska", "2024-04-17 15:00", [
        ("Aktuellt", "Astmakontroll, ACT 16."),
        ("Åtgärd", "Misstänkt felaktig inhalationsteknik: pat andas ut i Turbuhalern och inhalerar för svagt. "
                   "Instruerad, In-Check visar nu tillräckligt flöde."),
    ], template="Sjuksköterskeanteckning"),
], [], ["102"], "'Misstänkt' hedges the inhaler technique, not a disease")

C("skane-hemoptys-trol-bronkoskopi-i-morgon", "skane", "1962-02-17", [
    N("n1", "lund_avd", "Hugo Lindkvist", "läkare", "2024-08-15 16:30", [
        ("Aktuellt", "Inneliggande för hemoptys, stabil under dagen, Hb 131."),
        ("Planering", "Trol. bronkoskopi i morgon förmiddag, fastande från midnatt. Cyklokapron 1 g x 3 fortsätter."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["102"], "'Trol.' hedges the timing of a bronchoscopy; hemoptys is a symptom")

C("vgr-kol-gold2-eventuell-remiss-lungrehab", "vgr", "1954-10-14", [
    N("n1", "nal_lung", "Åsa Nordin", "läkare", "2024-09-05 11:45", [
        ("Bedömning", "KOL GOLD 2, grupp B. Eventuell remiss till lungrehabilitering om hon själv vill, hon funderar till nästa gång. "
                      "Trimbow fortsätter oförändrat."),
    ]),
], [], ["102"], "confirmed KOL; 'Eventuell' hedges a referral")

C("skane-insomni-make-mojligen-somnapne", "skane", "1971-08-19", [
    N("n1", "malmo_somn", "Cornelia Bäck", "läkare", "2024-05-13 13:15", [
        ("Aktuellt", "Svårt att somna och tidigt uppvaknande sedan två år. Maken snarkar högt och har möjligen själv sömnapné, "
                     "vilket stör hennes sömn."),
        ("Bedömning", "Polygrafi hos henne normal, AHI 2. Insomni, KBT-I via Stöd och behandling rekommenderas."),
    ], signed=None),
], [], ["102"], "the possible sleep apnoea is the husband's; the patient's insomnia is settled")

C("vgr-kavitet-om-odling-visar-tuberkulos", "vgr", "1989-03-12", [
    N("n1", "su_avd", "Nils Hagström", "läkare", "2024-02-09 12:20", [
        ("Bedömning", "Tre direktmikroskopier och PCR på sputum negativa. Kaviteten i hö ovanlob är en läkt abscess efter "
                      "pneumonin 2022, storleken oförändrad mot DT då."),
        ("Planering", "Om odlingen ändå skulle växa tuberkelbakterier blir smittspårning aktuell, svar om sex veckor."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["102"], "tuberculosis appears only in a conditional about the culture result")

C("vgr-dt-lungemboli-utelsutes-typo", "vgr", "1998-05-09", [
    N("n1", "su_akut", "Elsa Berglund", "läkare", "2024-10-19 23:05", [
        ("Bedömning", "DT lungartärer utan fynd, lungemboli utelsutes. Pleuritisk smärta efter förkylning, Ipren vid behov."),
    ], template="Akutanteckning"),
], [], ["102"], "typo 'utelsutes' in the negation that rules out lungemboli")

# ======================================================================
# Part C: PMO (Skåne primary care). PMO never shows diagnoses, so every
# hedged diagnosis is must_not NL102. NL101 is not asserted on PMO.
# ======================================================================

C("skane-pmo-barn-misstankt-astma", "skane", "2014-09-09", [
    N("n1", "vc_linero", "Louise Borgström", "läkare", "2024-10-15 14:00", [
        ("Anamnes", "Nattlig hosta och pip i bröstet vid förkylningar sedan förskoleåldern."),
        ("Bedömning", "Misstänkt astma, provar Airomir vid behov och kontroll om fyra veckor."),
    ], template="Besöksanteckning"),
], [], ["102"], "PMO: a hedged asthma diagnosis is never shown, so NL102 must not fire")

C("skane-pmo-telefon-trolig-kol-exacerbation", "skane", "1948-01-19", [
    N("n1", "vc_osterlen", "Gertrud Hansson", "sjuksköterska", "2024-01-09 08:25", [
        ("Telefonkontakt", "Hustrun ringer, maken sämre i sin KOL sedan tre dagar med mer slem och andfåddhet. "
                           "Trolig KOL-exacerbation, Prednisolon och Doxycyklin från hemmaförrådet startas enligt planen från dr Jakobsson."),
    ], template="Telefonkontakt"),
], [], ["102"], "PMO telephone note with 'Trolig KOL-exacerbation'")

C("skane-pmo-astma-kol-ssk-ev-kol", "skane", "1959-04-24", [
    N("n1", "vc_hoor", "Birgitta Nord", "sjuksköterska", "2024-03-28 10:40", [
        ("Utredning", "Spirometri: FEV1/FVC 0,68 efter Ventoline, FEV1 81 % av förväntat. CAT 14."),
        ("Bedömning", "Ev. KOL, läkartid bokad för bedömning."),
    ], template="Astma/KOL-mottagning"),
], [], ["102"], "PMO astma/KOL nurse writes 'Ev. KOL'; PMO does not show diagnoses")

C("skane-pmo-bvc-misstankt-komjolksproteinallergi", "skane", "2024-02-10", [
    N("n1", "bvc_skurup", "Karin Möller", "sjuksköterska", "2024-08-13 09:30", [
        ("Aktuellt", "Föräldrarna berättar om eksem och slemmig avföring sedan byte från bröstmjölk till modersmjölksersättning."),
        ("Bedömning", "Misstänkt komjölksproteinallergi, tid hos läkare på vårdcentralen bokad."),
    ], template="BVC-besök"),
], [], ["102"], "PMO child health centre; hedged milk-protein allergy in a 6-month-old")

C("skane-pmo-susp-somnapnesyndrom-remiss", "skane", "1973-06-22", [
    N("n1", "vc_bjuv", "Kenneth Dahl", "läkare", "2024-06-04 15:20", [
        ("Bedömning", "Snarkar, andningsuppehåll enligt sambon, ESS 13, BT 158/96. "
                      "Susp. sömnapnésyndrom, remiss till sömnlaboratoriet i Malmö för polygrafi."),
    ], template="Besöksanteckning", signed=None),
], [], ["102"], "PMO: 'Susp. sömnapnésyndrom' in a primary-care note")

C("skane-pmo-missankt-pneumoni-typo", "skane", "1937-10-02", [
    N("n1", "vc_nasby", "Ola Strömberg", "läkare", "2024-02-26 11:50", [
        ("Bedömning", "Feber och hosta, krepitationer vä basalt, CRP 96. Missänkt pneumoni vä, Kåvepenin 1 g x 3 i sju dagar."),
    ], template="Besöksanteckning"),
], [], ["102"], "PMO with typo 'Missänkt'; PMO never shows diagnoses")

C("skane-pmo-trolig-kattallergi", "skane", "2001-03-15", [
    N("n1", "vc_sodervarn", "Yasmin Khalil", "läkare", "2024-04-11 13:05", [
        ("Aktuellt", "Nästäppa och rinnande ögon när hon hälsar på systern som har katt."),
        ("Bedömning", "Trolig kattallergi, Phadiatop och IgE mot katt tas."),
    ], template="Besöksanteckning", signed=None),
], [], ["102"], "PMO: 'Trolig kattallergi' in primary care")

C("skane-pmo-pleuravatska-malignitet-kan-ej-uteslutas", "skane", "1945-12-28", [
    N("n1", "vc_tabelund", "Jan-Erik Holm", "läkare", "2024-09-30 16:10", [
        ("Bedömning", "Rtg pulm visar pleuravätska hö av oklar genes. Malignitet kan ej uteslutas, remiss till lungmottagningen i Lund enligt SVF."),
    ], template="Besöksanteckning"),
], [], ["102"], "PMO: 'Malignitet kan ej uteslutas' in primary care is not shown as a diagnosis")

# ======================================================================
# Part D: NL101 positives. A settled diagnosis stands in a visible
# section while the text says the patient has not been told yet.
# ======================================================================

C("skane-pad-adenocarcinom-ej-informerad", "skane", "1956-09-24", [
    N("n1", "lund_lung", "Annika Roos", "läkare", "2024-03-08 14:10", [
        ("Utredning", "PAD från bronkoskopi 4/3: adenocarcinom, TTF-1 positivt, PD-L1 60 %. EGFR- och ALK-analys pågår."),
        ("Bedömning", "Icke-småcellig lungcancer, adenocarcinom i vä ovanlob. Pat ännu ej informerad, besked ges vid bokat "
                      "återbesök 12/3 tillsammans med kontaktsjuksköterska."),
    ]),
], ["101"], ["102"], "biopsy-proven adenocarcinoma in visible Bedömning and 'Pat ännu ej informerad'; no hedge")

C("vgr-polysomnografi-svar-ej-meddelat", "vgr", "1967-12-16", [
    N("n1", "skas_somn", "Jonatan Wik", "läkare", "2024-04-08 16:45", [
        ("Utredning", "Polysomnografi 4–5/4: AHI 48/h, ODI 45/h, lägsta SpO2 72 %, fragmenterad sömn med få REM-perioder."),
        ("Bedömning", "Svår obstruktiv sömnapné. Pat har inte fått svaret än, jag ringer henne i morgon för att diskutera CPAP."),
    ], signed=None),
], ["101"], ["102"], "severe OSA written as settled while the note says the patient has not got the result yet")

C("skane-incidentell-lungemboli-pat-ej-nadd", "skane", "1959-11-08", [
    N("n1", "lund_onk", "Hampus Vidén", "läkare", "2024-06-07 11:25", [
        ("Utredning", "DT thorax-buk för utvärdering efter fyra kurer: incidentellt fynd av segmentell lungemboli i hö underlob, "
                      "tumören i vä ovanlob krympt från 41 till 26 mm."),
        ("Bedömning", "Lungemboli. Pat ej informerad ännu, sökt två gånger per telefon utan svar. Recept på Eliquis förberett, "
                      "fortsätter försöka nå honom i eftermiddag."),
    ]),
], ["101"], [], "incidental lungemboli stated as fact; the patient has not been reached")

C("vgr-ild-konferens-ipf-ej-delgiven", "vgr", "1946-04-02", [
    N("n1", "su_lung", "Karin Åström", "läkare", "2024-09-19 08:15", [
        ("Konferens", "ILD-konferens 18/9: HRCT med honeycombing basalt och UIP-mönster, ingen relevant exponering och ingen "
                      "systemsjukdom. Diagnos: idiopatisk lungfibros."),
        ("Planering", "Pat är ännu inte delgiven diagnosen. Informeras av ansvarig läkare vid besöket 2/10, "
                      "antifibrotisk behandling diskuteras då."),
    ], template="Konferensanteckning"),
], ["101"], [], "MDT conclusion 'idiopatisk lungfibros' with 'ännu inte delgiven diagnosen'")

C("skane-mesoteliom-ska-ej-meddelas-fore-mdk", "skane", "1948-07-27", [
    N("n1", "lund_thorax", "Claes Sundqvist", "läkare", "2024-04-24 15:00", [
        ("Bedömning", "PAD från thorakoskopisk biopsi: malignt mesoteliom, epiteloid typ. "
                      "Diagnosen ska inte meddelas pat förrän behandlingsförslag finns efter MDK på måndag."),
    ]),
], ["101"], ["102"], "'ska inte meddelas pat' about a proven mesothelioma in a visible section")

C("vgr-kutan-sarkoidos-ej-infromerad-typo", "vgr", "1983-10-13", [
    N("n1", "sas_lung", "Sara Lindgren", "läkare", "2024-08-28 13:30", [
        ("Bedömning", "Hudbiopsi visade icke-nekrotiserande granulom, kutan sarkoidos bekräftad. "
                      "Pat ej infromerad om svaret, tid bokad 5/9."),
    ]),
], ["101"], [], "typo 'infromerad' for informerad; confirmed sarkoidos is not yet told")

C("skane-kontaktssk-smacellig-lamnar-ej-per-telefon", "skane", "1957-02-02", [
    N("n1", "lund_onk", "Lisa Bengtsson", "sjuksköterska", "2024-11-14 10:50", [
        ("Telefonkontakt", "Pat ringer och undrar över provsvaren. Småcellig lungcancer enligt PAD från 12/11; pat har inte fått "
                           "beskedet och jag lämnar det inte per telefon. Bekräftar tiden hos dr Ekström på fredag, dottern följer med."),
    ], template="Sjuksköterskeanteckning"),
], ["101"], [], "contact nurse writes the small-cell diagnosis in a visible note while withholding it from the patient")

C("vgr-spirometri-kol-gold3-har-inte-hunnit-beratta", "vgr", "1961-05-18", [
    N("n1", "nal_lung", "Roger Svensson", "läkare", "2024-12-12 16:20", [
        ("Utredning", "Spirometri: FEV1/FVC 0,52, FEV1 44 % av förväntat efter bronkdilatation."),
        ("Bedömning", "KOL, GOLD 3. Har inte hunnit berätta resultatet för pat eftersom han gick innan jag var klar, ringer honom i morgon."),
    ]),
], ["101"], [], "KOL diagnosed on spirometry, 'Har inte hunnit berätta' for the patient")

C("skane-mdk-adenocarcinom-stadium-3a-lang", "skane", "1953-08-03", [
    N("n1", "lund_onk", "Fredrik Ahlgren", "läkare", "2024-05-08 12:40", [
        ("Konferens", "Lungcancer-MDK 8/5. Närvarande: lungmedicin, onkologi, thoraxkirurgi, radiologi, patologi och kontaktsjuksköterska. "
                      "70-årig man, f.d. rökare 30 paketår, slutade 2010. Tidigare hjärtinfarkt 2018 med PCI, i övrigt frisk. "
                      "Performance status 0, promenerar 5 km dagligen."),
        ("Utredning", "DT thorax-buk 17/4: 3,6 cm tumör i hö ovanlob. PET-DT 25/4: upptag i tumören samt i station 4R, "
                      "ingen fjärrspridning. MR hjärna u.a. EBUS 30/4: station 4R positiv, station 7 och 4L negativa. "
                      "PAD: adenocarcinom, PD-L1 30 %, EGFR och ALK negativa, KRAS G12C. "
                      "Spirometri FEV1 2,9 l (92 %), DLCO 78 %."),
        ("Bedömning", "Adenocarcinom hö ovanlob, cT2aN2M0, stadium IIIA med engagemang av en mediastinal körtelstation. "
                      "Konferensen rekommenderar kurativt syftande neoadjuvant kemoimmunoterapi i tre cykler följt av lobektomi "
                      "med mediastinal körtelutrymning. Hjärtat bedöms inte utgöra hinder enligt kardiologens konsultsvar."),
        ("Information", "Pat känner ännu inte till diagnosen; besked ges 15/5 av dr Ahlgren och kontaktsjuksköterska Lina Mårtensson "
                        "på onkologen. Hustrun har bett att få vara med."),
        ("Planering", "Kallelse till onkologen 15/5 och till thoraxkirurgen för preoperativ bedömning veckan därpå. "
                      "Remiss till fysioterapeut för prehabilitering. Provtagning inför cytostatika beställd."),
    ], template="Konferensanteckning"),
], ["101"], ["102"], "long MDT note: staged adenocarcinoma in visible sections and 'Pat känner ännu inte till diagnosen'")

C("vgr-pleuravatska-brostcancerrecidiv-ej-informerad", "vgr", "1950-12-29", [
    N("n1", "skas_lung", "Malin Hedlund", "läkare", "2024-01-18 17:00", [
        ("Utredning", "Cytologi från pleuravätskan: adenocarcinomceller, immunprofil GATA3 och ER positiv."),
        ("Bedömning", "Recidiv av bröstcancer med pleurametastaser. Pat ej informerad, besked på mottagningen i morgon "
                      "med onkolog närvarande."),
    ]),
], ["101"], [], "pleural metastases stated as fact, patient not yet informed")

C("skane-hp-bal-ej-informerad-osignerad", "skane", "1964-06-11", [
    N("n1", "hbg_lung", "Cecilia Wahl", "läkare", "2024-02-16 15:35", [
        ("Bedömning", "BAL: lymfocytos 58 %. Tillsammans med DT-bilden och exponeringen för det fuktskadade huset ställs diagnosen "
                      "hypersensitivitetspneumonit, icke-fibrotisk form. Patienten har ännu inte informerats, nås inte idag."),
    ], signed=None),
], ["101"], [], "unsigned draft: hypersensitivitetspneumonit diagnosed and 'har ännu inte informerats'")

C("vgr-lungtuberkulos-pcr-positiv-ej-informerad", "vgr", "1993-09-21", [
    N("n1", "kungalv_lung", "Mikael Forsgren", "läkare", "2024-03-25 09:10", [
        ("Bedömning", "PCR på sputum positiv för M. tuberculosis-komplex, direktmikroskopi 2+. Lungtuberkulos. "
                      "Pat ännu ej informerad; kallas in i dag för information, smittskyddsanmälan görs efter besöket."),
    ]),
], ["101"], ["102"], "pulmonary tuberculosis proven by PCR and the patient not yet informed")

C("skane-alfa1-pizz-ej-underrattad", "skane", "1979-04-14", [
    N("n1", "lund_lung", "Marie Lund", "läkare", "2024-07-11 14:00", [
        ("Bedömning", "Fenotyp PiZZ, S-alfa-1-antitrypsin 0,3 g/l. Alfa-1-antitrypsinbrist av svår typ. "
                      "Pat ej underrättad, hon har önskat besked vid ett fysiskt besök. Testning av syskon tas upp först när hon själv vet."),
    ]),
], ["101"], [], "'Pat ej underrättad' about genetically confirmed alfa-1-antitrypsinbrist")

C("vgr-systemisk-mastocytos-har-inte-fatt-veta", "vgr", "1972-11-27", [
    N("n1", "su_allergi", "Ylva Granberg", "läkare", "2024-10-30 11:20", [
        ("Utredning", "Basalt tryptas 24 mikrog/l. Benmärgsbiopsi: multifokala mastcellsaggregat, KIT D816V positiv."),
        ("Bedömning", "Systemisk mastocytos, vilket förklarar de upprepade anafylaxierna efter getingstick. "
                      "Han har inte fått veta det ännu, besked ges på mottagningen 6/11."),
    ]),
], ["101"], ["102"], "allergy clinic: systemic mastocytosis explained in the note, 'har inte fått veta det ännu'")

C("vgr-epikris-pad-efter-utskrivning-ej-informerad", "vgr", "1945-03-06", [
    N("n1", "sas_avd", "Mattias Gren", "läkare", "2024-07-19 13:00", [
        ("Förlopp", "Inlagd 12–17/7 för hemoptys och pneumoni bakom en centralt växande tumör i hö huvudbronk. "
                    "Bronkoskopi med biopsi 15/7, antibiotika med god effekt."),
        ("Diagnoser", "Skivepitelcancer i hö huvudbronk, PAD klar 18/7 efter utskrivningen. Postobstruktiv pneumoni."),
        ("Uppföljning", "Pat ej informerad om PAD-svaret; besked ges av lungmottagningen vid återbesök 24/7."),
    ], template="Epikris", setting="slutenvård"),
], ["101"], [], "discharge summary lists the cancer as a diagnosis and says the PAD result is not told")

C("skane-onh-polygrafi-resultatet-inte-kommunicerat", "skane", "1975-10-07", [
    N("n1", "lkr_onh", "Pia Ringdahl", "läkare", "2024-11-27 10:05", [
        ("Bedömning", "Polygrafi: AHI 34/h, ODI 31/h. Måttlig till svår obstruktiv sömnapné. Resultatet är inte kommunicerat med pat ännu; "
                      "inget brev skickas, tid bokas istället så att behandlingsalternativen kan gås igenom."),
    ]),
], ["101"], [], "'Resultatet är inte kommunicerat med pat' while the OSA diagnosis is visible")

C("skane-tva-anteckningar-skivepitel-besked-senare", "skane", "1966-02-28", [
    N("n1", "malmo_lung", "Tobias Rehn", "läkare", "2024-10-03 15:10", [
        ("Bedömning", "PAD: skivepitelcancer i hö huvudbronk. Pat vet inte om svaret än, besked 8/10 på mottagningen."),
    ]),
    N("n2", "malmo_lung", "Tobias Rehn", "läkare", "2024-10-08 10:30", [
        ("Aktuellt", "Besked lämnat om skivepitelcancer i hö huvudbronk. Pat och hustrun informerade, frågor besvarade, "
                     "kontaktsjuksköterska närvarande."),
        ("Planering", "PET-DT och MDK nästa vecka."),
    ]),
], ["101:n1"], ["101:n2"], "the first note withholds the diagnosis (NL101), the later note records that the patient was told")

C("vgr-tva-anteckningar-sarkoidos-telefonbesked", "vgr", "1990-01-30", [
    N("n1", "skas_lung", "Niklas Jarl", "läkare", "2024-05-06 14:45", [
        ("Bedömning", "EBUS-PAD visar icke-nekrotiserande granulom, odling negativ. Sarkoidos stadium II. Pat ej meddelad ännu."),
    ]),
    N("n2", "skas_lung", "Niklas Jarl", "läkare", "2024-05-07 09:20", [
        ("Telefonkontakt", "Ringt pat och gått igenom att proverna visar sarkoidos, hon tog det lugnt. "
                           "Ingen behandling nu, återbesök om tre månader med spirometri."),
    ], template="Telefonanteckning"),
], ["101:n1"], ["101:n2"], "n1 holds sarkoidos untold; the telephone note the next day tells the patient")

# ======================================================================
# Part E: NL101 negatives. The patient is told, or what is untold is no
# diagnosis, or the untold diagnosis is kept in the protected place, or
# only a relative is kept uninformed, or nothing is said about telling.
# ======================================================================

C("skane-lofgren-pat-informerad-om-diagnosen", "skane", "1982-03-27", [
    N("n1", "hlm_med", "Johanna Ek", "läkare", "2024-09-24 13:20", [
        ("Bedömning", "Sarkoidos stadium I med Löfgrens syndrom, diagnosen ställd på klinisk bild och EBUS. "
                      "Pat informerad om diagnosen och den goda prognosen, Naproxen vid ledvärk."),
    ]),
], [], ["101"], "the confirmed diagnosis has been told to the patient")

C("vgr-thorax-preop-operationsdatum-ej-meddelat-lang", "vgr", "1951-07-08", [
    N("n1", "su_thorax", "Gunnar Holmqvist", "läkare", "2024-04-15 09:40", [
        ("Anamnes", "72-årig man remitterad från lungmedicin efter MDK 9/4. Adenocarcinom i hö ovanlob, 3,4 cm, cT2aN0M0, "
                    "stadium IB, PAD från transtorakal biopsi. Tidigare hypertoni och typ 2-diabetes på tabletter. "
                    "Slutade röka för 15 år sedan. Bor med hustru i lägenhet på tredje våningen med hiss, kör bil, "
                    "spelar golf två gånger i veckan."),
        ("Status", "AT: Gott, opåverkad. Vikt 84 kg, längd 181 cm. Cor: RR, inga blåsljud, BT 142/84. "
                   "Pulm: vesikulära andningsljud bilat. Thorax utan ärr eller deformitet. Buk: mjuk, oöm. "
                   "Inga perifera ödem. Munhåla: egna tänder i gott skick."),
        ("Utredning", "Spirometri FEV1 2,7 l (88 %), DLCO 74 %. Arbetsprov utan ischemi, maximal belastning 150 W. "
                      "Kreatinin 82, HbA1c 51."),
        ("Bedömning", "Operabel och resektabel. Robotassisterad lobektomi hö ovanlob med systematisk körtelutrymning föreslås. "
                      "Pat informerad om operationen, risker med blödning, luftläckage och infektion samt förväntad vårdtid "
                      "om fyra till fem dagar. Han vill opereras. Operationsdatum är ännu inte bestämt och pat är därför inte "
                      "informerad om när; kallelse skickas hem."),
        ("Planering", "Anmäld till operation. Metformin pausas operationsdagen. Fysioterapeut ger andningsövningar före ingreppet. "
                      "Inskrivningssamtal per telefon med ssk veckan före."),
    ], template="Mottagningsanteckning"),
], [], ["101", "102"], "long surgical note: what is not yet told is the operation date, not a diagnosis")

C("skane-remmisen-till-lungrehab-pat-ej-informerad-typo", "skane", "1969-11-23", [
    N("n1", "csk_lung", "Ulf Mattsson", "läkare", "2024-01-26 11:15", [
        ("Bedömning", "KOL GOLD 2 med ny exacerbation i januari, nu återställd. Remiss till lungrehab i Kristianstad skickad idag; "
                      "pat är inte informerad om att remmisen gått iväg, meddelas via 1177."),
    ]),
], [], ["101"], "typo 'remmisen'; what the patient is not told is that the referral was sent")

C("vgr-ggo-i-regress-svaret-ej-meddelat", "vgr", "1970-08-30", [
    N("n1", "skas_lung", "Mona Persson", "läkare", "2024-11-05 16:00", [
        ("Bedömning", "Uppföljande DT thorax av ground glass-förändringen i vä underlob: förändringen har gått i regress och är nu borta. "
                      "Ingen malignitet. Pat har inte fått svaret ännu, skickar brev."),
    ], signed=None),
], [], ["101"], "the untold result is normal; no diagnosis is being withheld")

C("skane-smacellig-pat-informerad-make-ej", "skane", "1955-05-31", [
    N("n1", "lund_onk", "Hampus Vidén", "läkare", "2024-08-22 10:15", [
        ("Bedömning", "Pat informerad om att PAD visar småcellig lungcancer, begränsad sjukdom. Hon vill själv berätta för maken "
                      "och önskar att vi inte informerar honom innan helgen."),
        ("Planering", "Start av cisplatin-etoposid och strålbehandling, kallelse nästa vecka."),
    ], signed=None),
], [], ["101"], "the patient is told; only the husband is not to be informed yet")

C("vgr-skivepitel-ej-informerad-endast-tidiga-hypoteser", "vgr", "1958-03-16", [
    N("n1", "su_lung", "Anders Wennberg", "läkare", "2024-06-26 14:30", [
        ("Aktuellt", "Återbesök, genomgick bronkoskopi 20/6 utan komplikationer. Mår bra, ingen feber."),
        ("Tidiga hypoteser", "Preliminärt PAD skivepitelcancer i vä underlobsbronk. Pat ej informerad; definitivt svar och besked planeras 3/7."),
        ("Planering", "Återbesök 3/7 med kontaktsjuksköterska."),
    ]),
], [], ["101"], "VGR: the untold diagnosis is kept under the filtered sökord Tidiga hypoteser only")

C("skane-adenocarcinom-ej-besked-i-mall-tidiga-hypoteser", "skane", "1950-09-05", [
    N("n1", "malmo_lung", "Fredrika Gran", "läkare", "2024-02-08 13:40", [
        ("Bedömning", "PAD: adenocarcinom i hö ovanlob. Pat har inte fått besked ännu, informeras av dr Lindqvist på tisdag."),
    ], template="Tidiga hypoteser"),
], [], ["101"], "Skåne: the untold diagnosis is written in the protected template Tidiga hypoteser")

C("vgr-niv-hyperkapni-inget-om-information", "vgr", "1947-10-17", [
    N("n1", "skas_avd", "Jonatan Wik", "läkare", "2024-01-04 08:50", [
        ("Bedömning", "KOL-exacerbation med hyperkapni, NIV under natten med sjunkande pCO2 från 8,9 till 6,8 kPa. "
                      "Fortsatt NIV nattetid, dagtid 2 l O2 på grimma."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["101", "102"], "a settled diagnosis with nothing said about informing the patient")

C("vgr-ipf-meddelad-hustrun-ska-vanta", "vgr", "1962-12-09", [
    N("n1", "sas_lung", "Fredrik Almqvist", "läkare", "2024-03-12 15:25", [
        ("Bedömning", "Diagnosen IPF meddelad pat idag och han fick skriftlig information. Han vill inte att hustrun informeras "
                      "förrän efter dotterns bröllop i april, vilket respekteras."),
        ("Planering", "Nintedanib startas, levervärden om en månad."),
    ]),
], [], ["101"], "the patient knows the IPF diagnosis; it is the wife who is not told")

C("skane-nodulus-lymfkortel-lugnande-svar-ej-meddelat", "skane", "1966-01-22", [
    N("n1", "trbg_med", "Rickard Nilsson", "läkare", "2024-06-18 13:10", [
        ("Bedömning", "DT thorax utan tecken på malignitet, noduluset är en intrapulmonell lymfkörtel. "
                      "Pat ej informerad om det lugnande svaret ännu, ringer henne i morgon."),
    ]),
], [], ["101", "102"], "what is not told yet is a reassuring normal result")

C("vgr-hemsyrgas-beslut-ej-meddelat-sov", "vgr", "1943-11-01", [
    N("n1", "alingsas_med", "Linnea Toft", "läkare", "2024-10-10 12:05", [
        ("Bedömning", "KOL med kronisk respiratorisk svikt. Beslut om hemsyrgas 1 l/min 16 h per dygn taget på ronden; "
                      "pat ej informerad om beslutet ännu eftersom hon sov, ssk informerar under eftermiddagen."),
    ], template="Daganteckning", setting="slutenvård"),
], [], ["101"], "the untold item is a treatment decision, not the diagnosis")

C("skane-informerades-om-diagnosen-vid-tidigare-besok", "skane", "1960-06-29", [
    N("n1", "hbg_lung", "Lars Ekdahl", "läkare", "2024-05-16 09:30", [
        ("Aktuellt", "Adenocarcinom stadium IV, pat informerades om diagnosen vid besöket 2/5. "
                     "Idag inför start av pembrolizumab, lab och prestationsstatus kontrollerade, PS 1."),
    ]),
], [], ["101"], "the diagnosis was told at an earlier visit")

C("vgr-getinggiftallergi-pat-informerad", "vgr", "1980-07-21", [
    N("n1", "su_allergi", "Johan Kvist", "läkare", "2024-07-04 10:00", [
        ("Bedömning", "Getinggiftallergi verifierad, IgE mot Ves v 5 20 kUA/l. Pat informerad om resultatet och om möjligheten "
                      "till hyposensibilisering, som han vill påbörja."),
    ]),
], [], ["101"], "the allergy diagnosis is told to the patient in the same note")

C("skane-mesoteliom-forst-i-mall-sedan-informerad", "skane", "1947-04-04", [
    N("n1", "lund_thorax", "Claes Sundqvist", "läkare", "2024-09-02 16:20", [
        ("Bedömning", "PAD: malignt mesoteliom, bifasisk typ. Pat ej informerad, besked efter MDK på torsdag."),
    ], template="Tidiga hypoteser"),
    N("n2", "lund_thorax", "Claes Sundqvist", "läkare", "2024-09-06 10:45", [
        ("Aktuellt", "Pat informerad om diagnosen mesoteliom idag tillsammans med sonen. Behandlingsförslag från MDK gicks igenom."),
        ("Planering", "Remiss till onkologen för immunterapi, kontaktsjuksköterska ringer nästa vecka."),
    ]),
], [], ["101:n1", "101:n2"], "Skåne: the untold note is in the protected template; the later visible note says the patient was told")

C("skane-astma-besked-via-1177-meddelande", "skane", "2003-12-11", [
    N("n1", "malmo_lung", "Jenny Abrahamsson", "läkare", "2024-04-04 15:55", [
        ("Bedömning", "Metakolintest positivt, PD20 0,3 mg. Astma. Besked om diagnosen och förslag på behandling skickat "
                      "till pat som meddelande via 1177 idag, recept på Bufomix skickat."),
    ]),
], [], ["101", "102"], "the patient is told the diagnosis through a 1177 message")


# ======================================================================
# Build and validate
# ======================================================================

CODES = {"NL101", "NL102"}
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def _age(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def _sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = " ".join(part.split())
        if len(part) >= 25:
            yield part


def build():
    problems = []
    names = set()
    sentences = {}
    lines = []
    for idx, c in enumerate(CASES):
        name = c["name"]
        where = "case %r" % name
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append("%s: bad case name" % where)
        ruleset = c["ruleset"]
        if ruleset not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            problems.append("%s: empty why" % where)

        serial = c["serial"] if c["serial"] is not None else 200 + (idx * 37) % 780
        pnr = _pnr(c["birth"], serial)
        # re-check personnummer independently
        digits = pnr[2:8] + pnr[9:12]
        if not re.fullmatch(r"\d{8}-\d{4}", pnr) or _luhn_digit(digits) != pnr[-1]:
            problems.append("%s: personnummer fails Luhn" % where)
        if "%s-%s-%s" % (pnr[0:4], pnr[4:6], pnr[6:8]) != c["birth"]:
            problems.append("%s: personnummer does not match birth date" % where)
        try:
            dt.date.fromisoformat(c["birth"])
        except ValueError:
            problems.append("%s: invalid birth date" % where)

        notes = c["notes"]
        if not notes:
            problems.append("%s: no notes" % where)
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note ids" % where)
        times = []
        for n in notes:
            nw = "%s note %s" % (where, n["id"])
            if n["_region"] != ruleset:
                problems.append("%s: unit region %s differs from ruleset" % (nw, n["_region"]))
            if ruleset == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note is not Melior" % nw)
            t = dt.datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                problems.append("%s: time not in 2024" % nw)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: bad signed time" % nw)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s: bad setting" % nw)
            if not n["sections"]:
                problems.append("%s: no sections" % nw)
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s: empty section" % nw)
                for snt in _sentences(sec["text"]):
                    key = snt.lower()
                    if key in sentences:
                        problems.append("%s: sentence repeated (also in %s): %s" % (nw, sentences[key], snt))
                    else:
                        sentences[key] = nw
            a = _age(c["birth"], t)
            if 13 <= a <= 15 or a < 0:
                problems.append("%s: patient age %d at note time" % (nw, a))

        if c["as_of"]:
            as_of = dt.datetime.fromisoformat(c["as_of"])
        else:
            as_of = dt.datetime.combine(max(times).date() + dt.timedelta(days=1), dt.time())
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        if any(t > as_of for t in times):
            problems.append("%s: note after as_of" % where)
        a = _age(c["birth"], as_of)
        if 13 <= a <= 15:
            problems.append("%s: patient age %d at as_of" % (where, a))

        by_id = {n["id"]: n for n in notes}
        must, must_not = c["must"], c["must_not"]
        if not must and not must_not:
            problems.append("%s: asserts nothing" % where)
        for kind, lst in (("must", must), ("must_not", must_not)):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (where, code))
                if target not in by_id:
                    problems.append("%s: %s target %s missing" % (where, kind, target))
                    continue
                n = by_id[target]
                if code == "NL101" and n["system"] == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % where)
                if code == "NL102" and kind == "must":
                    if n["system"] != "Melior":
                        problems.append("%s: NL102 must on non-Melior" % where)
                    if ruleset == "skane" and n["template"] in PROTECTED_SKANE_TEMPLATES:
                        problems.append("%s: NL102 must on a protected Skåne template" % where)
                    if ruleset == "vgr" and all(s["keyword"] in PROTECTED_VGR_KEYWORDS for s in n["sections"]):
                        problems.append("%s: NL102 must on a note with only protected VGR sökord" % where)
                if code == "NL102" and n["system"] == "PMO" and kind != "must_not":
                    problems.append("%s: PMO NL102 must be must_not" % where)
        if {tuple(x) for x in must} & {tuple(x) for x in must_not}:
            problems.append("%s: same assertion in must and must_not" % where)
        if len({tuple(x) for x in must + must_not}) != len(must + must_not):
            problems.append("%s: duplicate assertion" % where)

        clean_notes = []
        for n in notes:
            cn = {k: n[k] for k in NOTE_KEYS}
            clean_notes.append(cn)
        obj = {
            "case": name,
            "ruleset": ruleset,
            "record": {
                "patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
                "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
                "notes": clean_notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": must,
            "must_not": must_not,
            "why": c["why"],
        }
        if list(obj) != ["case", "ruleset", "record", "must", "must_not", "why"]:
            problems.append("%s: bad keys" % where)
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines, problems


def main():
    lines, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(line + "\n")
    counts = {}
    for line in lines:
        o = json.loads(line)
        for kind in ("must", "must_not"):
            for code, _ in o[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    sysc = {}
    for line in lines:
        o = json.loads(line)
        rs[o["ruleset"]] = rs.get(o["ruleset"], 0) + 1
        for n in o["record"]["notes"]:
            sysc[n["system"]] = sysc.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(lines), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  rulesets:", dict(sorted(rs.items())), " notes by system:", dict(sorted(sysc.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
