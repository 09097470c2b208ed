#!/usr/bin/env python3
"""Gold cases nl1_heldout21_cases: a random-looking audit sample of NL1 cases
(NL101 uncommunicated diagnosis visible, NL102 hedged diagnosis visible) drawn from a
year of Skåne and VGR journal exports: all kinds of clinics and professions, short and
long notes, single- and multi-note records, near misses, and about one NL1 case in ten
with a realistic typo.

Written from the seeds and DESIGN.md only.  Dependency-free and deterministic:
`python3 build.py` writes nl1_heldout21_cases.jsonl beside this file, validates it and
exits 1 on any problem.
"""
import datetime
import json
import os
import re
import sys

NAME = "nl1_heldout21_cases"
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def P(birth, serial):
    """Patient: birth 'YYYYMMDD', serial three digits (third digit odd = man)."""
    pid = "%s-%s%s" % (birth, serial, luhn_digit(birth[2:] + serial))
    return {"id": pid,
            "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
            "protected_identity": False}


def iso(s):
    return s.replace(" ", "T") + ":00"


UNITS = {
    # Region Skåne, Melior (hospitals, psychiatry)
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A4K1"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-A4K2"),
    "sk_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-Y1A7"),
    "sk_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-N7L3"),
    "sk_med_hbg": ("Medicinavdelning 33, Helsingborgs lasarett", "SE2321000255-H3M3"),
    "sk_kir_csk": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-K2C5"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-O8L1"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-D5L2"),
    "sk_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-R2L4"),
    "sk_kvinno_ystad": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-Y3K8"),
    "sk_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-E6L1"),
    "sk_infektion_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-I4M2"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-U1M6"),
    "sk_minnes_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-G7M3"),
    "sk_trelleborg_med": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-T2M1"),
    "sk_lung_lund": ("VE Lungmedicin, Skånes universitetssjukhus Lund", "SE2321000255-L9L2"),
    "sk_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-H5O2"),
    "sk_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-B2A9"),
    "sk_dietist_csk": ("Dietistmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-K7D3"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-H8B1"),
    "sk_bup_lund": ("BUP-mottagningen Lund", "SE2321000255-P3B4"),
    "sk_hjart_lund": ("VE Hjärtmedicin, Skånes universitetssjukhus Lund", "SE2321000255-C1L8"),
    "sk_ortoped_hassleholm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-S4O6"),
    "sk_rehab_landskrona": ("Rehabiliteringsmottagningen, Landskrona lasarett", "SE2321000255-L2R5"),
    "sk_psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Söder", "SE2321000255-P6M2"),
    "sk_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-B7M4"),
    "sk_kir_hbg": ("Kirurgmottagningen, Helsingborgs lasarett", "SE2321000255-H2K7"),
    "sk_hemat_lund": ("Hematologiavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-M3L5"),
    "sk_ortoped_angelholm": ("Ortopedkliniken, Ängelholms sjukhus", "SE2321000255-A8O2"),
    "sk_logoped_hbg": ("Logopedmottagningen, Helsingborgs lasarett", "SE2321000255-H6L9"),
    "sk_dialys_lund": ("Dialysenheten, Skånes universitetssjukhus Lund", "SE2321000255-J4L6"),
    "sk_med_csk": ("Medicinavdelning 9, Centralsjukhuset Kristianstad", "SE2321000255-K9M1"),
    "sk_hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-D5M7"),
    "sk_arbter_trelleborg": ("Arbetsterapin, Trelleborgs lasarett", "SE2321000255-T4A3"),
    # Region Skåne, PMO (primary care, child health, youth clinics, home care)
    "sk_vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", "SE2321000255-V1S3"),
    "sk_vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", "SE2321000255-V4T7"),
    "sk_vc_larod": ("Vårdcentralen Laröd, Helsingborg", "SE2321000255-V2L8"),
    "sk_vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", "SE2321000255-V6O1"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-V3H5"),
    "sk_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-V8N2"),
    "sk_vc_oxie": ("Vårdcentralen Oxie", "SE2321000255-V5X4"),
    "sk_bvc_eslov": ("Barnavårdscentralen Eslöv", "SE2321000255-W1E6"),
    "sk_bvc_landskrona": ("Barnavårdscentralen Landskrona", "SE2321000255-W2L3"),
    "sk_um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-W7U2"),
    "sk_hsv_ystad": ("Hemsjukvården Ystad", "SE2321000255-W9H1"),
    # Västra Götalandsregionen, Melior
    "vg_su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4N2"),
    "vg_ostra_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E1A5"),
    "vg_molndal_ortoped": ("Ortopedmottagningen, Mölndals sjukhus", "SE2321000131-E7O3"),
    "vg_nu_med": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-S2M8"),
    "vg_nu_medavd": ("Medicinavdelning 12, Uddevalla sjukhus", "SE2321000131-S2M9"),
    "vg_nal_kir": ("Kirurgavdelning 31, NÄL Trollhättan", "SE2321000131-S4K1"),
    "vg_skas_kvinno": ("Kvinnokliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-S6K2"),
    "vg_sas_hjart": ("Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S3H7"),
    "vg_alingsas_med": ("Medicinavdelning 4, Alingsås lasarett", "SE2321000131-S9M4"),
    "vg_kungalv_geri": ("Geriatriska avdelningen, Kungälvs sjukhus", "SE2321000131-S1G6"),
    "vg_lidkoping_ogon": ("Ögonmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-S6O3"),
    "vg_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5B2"),
    "vg_su_psyk": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E8P1"),
    "vg_jubileum": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3J9"),
    "vg_su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2D4"),
    "vg_su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E6R5"),
    "vg_su_lung": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E9L3"),
    "vg_ostra_infektion": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E1I7"),
    "vg_uddevalla_fysio": ("Fysioterapin, Uddevalla sjukhus", "SE2321000131-S2F5"),
    "vg_sas_dietist": ("Dietistmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S3D1"),
    "vg_molndal_minnes": ("Minnesmottagningen, Mölndals sjukhus", "SE2321000131-E7M6"),
    "vg_nal_uro": ("Urologmottagningen, NÄL Trollhättan", "SE2321000131-S4U2"),
    "vg_sas_barn": ("Barn- och ungdomsmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S3B8"),
    "vg_su_gastro": ("Mag- och tarmmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4G3"),
    "vg_su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2O8"),
    "vg_su_endokrin": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E6E2"),
    "vg_skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S6A4"),
    "vg_su_hemat": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E3H5"),
    "vg_su_onkogenetik": ("Onkogenetiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E8G7"),
    "vg_su_brost": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E5B9"),
    "vg_kungalv_kir": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-S1K3"),
    "vg_dsbus_neuro": ("Barnneurologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E5N4"),
    "vg_skas_forl": ("Förlossningsavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-S6F1"),
    "vg_su_logoped": ("Logopedmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E2L6"),
    "vg_su_hjart": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E4K8"),
    "vg_molndal_arbter": ("Arbetsterapin, Mölndals sjukhus", "SE2321000131-E7A2"),
    "vg_sas_kurator": ("Kuratorsenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S3K6"),
}


def N(nid, system, template, unit, author, role, time, signed, sections,
      setting="öppenvård", refs=()):
    """One note.  time 'YYYY-MM-DD HH:MM'; signed 'HH:MM' (same day),
    'YYYY-MM-DD HH:MM' or None (unsigned draft)."""
    if signed is None:
        s = None
    elif len(signed) == 5:
        s = iso(time[:10] + " " + signed)
    else:
        s = iso(signed)
    name, hsa = UNITS[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": iso(time), "signed": s, "setting": setting,
            "refs": list(refs),
            "sections": [{"keyword": k, "text": v} for k, v in sections]}


def _target(item):
    if ":" in item:
        code, nid = item.split(":")
        return [code, nid]
    return [item, "n1"]


def _as_of(notes):
    last = max(n["time"] for n in notes)
    d = datetime.date(int(last[:4]), int(last[5:7]), int(last[8:10]))
    if d.month == 12:
        return "2024-12-31T23:00:00"
    return "%04d-%02d-01T00:00:00" % (d.year, d.month + 1)


def C(name, ruleset, patient, notes, must, must_not, why):
    return {"case": name, "ruleset": ruleset,
            "record": {"patient": patient, "as_of": _as_of(notes), "notes": notes,
                       "access_events": [], "conversations": [], "treatments": []},
            "must": [_target(m) for m in must],
            "must_not": [_target(m) for m in must_not],
            "why": why}


CASES = []


# ------------------------------------------------ part 2: Skåne, Melior, one note

CASES += [
C("sk-akut-malmo-susp-lungemboli", "skane", P("19710903", "264"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_malmo", "Ahmed Hassan", "läkare",
     "2024-02-14 02:40", "03:15", [
     ("Kontaktorsak", "Andfåddhet sedan två dygn, hugg i höger sida vid djupa andetag."),
     ("Status", "AT: opåverkad men takypné. AF 24, sat 93 % på luft, puls 104 reg. Pulm: vesikulärt bilat, inga biljud. Ben: lätt svullnad vä vad."),
     ("Bedömning", "Susp. lungemboli, Wells 4,5 och D-dimer 2,1. Hemodynamiskt stabil."),
     ("Åtgärd", "DT lungartärer beställd. Fragmin 15 000 E sc i väntan på svar.")])],
  ["NL102"], [], "abbreviated 'Susp.' lung embolism in Bedömning of a visible Melior ER note"),

C("sk-neuro-lund-mojlig-ms-utkast", "skane", P("19890611", "382"),
  [N("n1", "Melior", "Läkaranteckning", "sk_neuro_lund", "Karin Olsson", "läkare",
     "2024-03-19 10:10", None, [
     ("Anamnes", "34-årig kvinna. Synnervsinflammation höger öga 2022, läkte ut. Sedan tre veckor domningar och stickningar i vänster ben upp till ljumsken."),
     ("Status", "Nedsatt vibrationssinne vä fot. Lhermittes tecken positivt. Övrigt neurologstatus u.a."),
     ("Bedömning", "Möjlig MS med två skov åtskilda i tid. MR hjärna och halsrygg samt lumbalpunktion planeras.")])],
  ["NL102"], [], "'Möjlig MS' in Bedömning of an unsigned Melior neurology draft"),

C("sk-hbg-med-rond-trol-pneumoni", "skane", P("19421130", "457"),
  [N("n1", "Melior", "Daganteckning", "sk_med_hbg", "Per-Olof Jeppsson", "läkare",
     "2024-01-09 11:20", "12:05", [
     ("Bedömning", "Rond: feber 38,9, CRP 187, krepitationer vä basalt. Trol. pneumoni vä, byter till Tazocin då ingen effekt av bensyl-pc efter två dygn.")],
     setting="slutenvård")],
  ["NL102"], [], "telegraphic ward-round line with 'Trol. pneumoni' in a visible Melior note"),

C("sk-csk-kir-dd-appendicit", "skane", P("20040822", "136"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kir_csk", "Jonas Ahlström", "läkare",
     "2024-05-08 19:45", "20:30", [
     ("Anamnes", "Buksmärta sedan i går, har vandrat ned till höger fossa. Feber 37,9, CRP 45, LPK 13,1."),
     ("Status", "Ömhet och släppömhet över McBurneys punkt, Rovsings tecken positivt."),
     ("Bedömning", "DD appendicit, mesenteriell lymfadenit. Fastande, dropp, UL buk i morgon bitti.")])],
  ["NL102"], [], "'DD appendicit' (differential diagnosis) in a visible Bedömning"),

C("sk-onk-lund-levermetastas-kan-ej-uteslutas", "skane", P("19580417", "293"),
  [N("n1", "Melior", "Läkaranteckning", "sk_onk_lund", "Ingrid Månsson", "läkare",
     "2024-06-12 14:00", None, [
     ("Aktuellt", "Uppföljning efter högersidig hemikolektomi 2023 (pT3N1). Mår bra, äter och går promenader dagligen, ingen viktnedgång."),
     ("Bedömning", "DT buk visar en ny 12 mm lesion i segment 6. Levermetastas kan ej uteslutas, kompletterar med MR lever och tar upp fallet på MDK.")])],
  ["NL102"], [], "'Levermetastas kan ej uteslutas' in a visible oncology note"),

C("sk-hud-lund-fragetecken-melanom", "skane", P("19660228", "511"),
  [N("n1", "Melior", "Läkaranteckning", "sk_hud_lund", "Leila Karimi", "läkare",
     "2024-04-03 09:15", "09:50", [
     ("Status", "Pigmenterad lesion på ryggen, 8 mm, asymmetrisk med oregelbunden kant, dermatoskopiskt atypiskt nätverk."),
     ("Bedömning", "?Malignt melanom. Excision med 2 mm marginal i dag, PAD.")])],
  ["NL102"], [], "leading question mark '?Malignt melanom' in a visible Bedömning"),

C("sk-reuma-lund-sannolikt-pmr", "skane", P("19511009", "675"),
  [N("n1", "Melior", "Läkaranteckning", "sk_reuma_lund", "Henrik Roos", "läkare",
     "2024-10-22 13:30", "14:10", [
     ("Bedömning", "73-årig man med två månaders stelhet i skuldror och höfter, värst på morgonen. SR 64, CRP 38. Sannolikt polymyalgia reumatika; insätter Prednisolon 15 mg x 1 och utvärderar effekten om en vecka.")])],
  ["NL102"], [], "'Sannolikt polymyalgia reumatika' in a one-section visible note"),

C("sk-ystad-kvinno-misstankt-endometrios", "skane", P("19960315", "448"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kvinno_ystad", "Åsa Möller", "läkare",
     "2024-02-27 10:40", "11:30", [
     ("Anamnes", "Dysmenorré sedan menarche, djup dyspareuni det senaste året."),
     ("Status", "GU: ömhet i bakre fornix, ingen palpabel resistens. VUL: normal uterus och ovarier."),
     ("Bedömning", "Misstänkt endometrios. Provar kontinuerlig behandling med kombinerade p-piller, laparoskopi diskuteras vid utebliven effekt.")])],
  ["NL102"], [], "'Misstänkt endometrios' in a visible gynaecology note"),

C("sk-ogon-lund-trol-glaukom", "skane", P("19490720", "317"),
  [N("n1", "Melior", "Mottagningsanteckning", "sk_ogon_lund", "Fredrik Ek", "läkare",
     "2024-08-14 08:50", "09:20", [
     ("Status", "Ögontryck 26/28 mmHg. Papillexkavation 0,7 bilat, synfält med begynnande bågskotom vä."),
     ("Bedömning", "Trol. primärt öppenvinkelglaukom bilateralt. Start Xalatan 1 dr x 1 bilat, kontroll om 6 v.")])],
  ["NL102"], [], "'Trol.' primary open-angle glaucoma in a visible eye-clinic note"),

C("sk-infektion-malmo-misstankt-lungtbc", "skane", P("19870101", "239"),
  [N("n1", "Melior", "Inskrivningsanteckning", "sk_infektion_malmo", "Nadia Haddad", "läkare",
     "2024-11-05 16:10", "17:45", [
     ("Anamnes", "Hosta i tre månader, nattsvettningar och viktnedgång 6 kg. Kom till Sverige från Somalia 2023."),
     ("Röntgen", "Rtg pulm: kavitet i höger ovanlob."),
     ("Bedömning", "Misstänkt lungtuberkulos. Luftburen isolering, sputum för direktmikroskopi och PCR x 3.")],
     setting="slutenvård")],
  ["NL102"], [], "'Misstänkt lungtuberkulos' in a visible infectious-disease admission note"),

C("sk-uro-malmo-misstanke-prostatacancer", "skane", P("19580903", "131"),
  [N("n1", "Melior", "Läkaranteckning", "sk_uro_malmo", "Mikael Persson", "läkare",
     "2024-03-06 15:00", "15:35", [
     ("Aktuellt", "PSA 14 (8,2 för ett år sedan). Palpation: hård knöl i vänster lob."),
     ("Bedömning", "Misstanke om prostatcancer. MR prostata och därefter riktad biopsi.")])],
  ["NL102"], [], "'Misstanke om' with the typo 'prostatcancer' in a visible note"),

C("sk-minnes-malmo-trolig-alzheimer", "skane", P("19460518", "062"),
  [N("n1", "Melior", "Läkaranteckning", "sk_minnes_malmo", "Gunilla Paulsson", "läkare",
     "2024-09-17 11:00", "12:20", [
     ("Resultat", "MMSE 22/30, klocktest med planeringssvårigheter. DT hjärna: mesial temporallobsatrofi, inga infarkter."),
     ("Bedömning", "Trolig Alzheimers sjukdom i tidigt skede. Likvorprov för biomarkörer innan beslut om kolinesterashämmare.")])],
  ["NL102"], [], "'Trolig Alzheimers sjukdom' with an eponym in a visible memory-clinic note"),

C("sk-akut-lund-typo-misstakt-scaphoideum", "skane", P("19990406", "275"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_lund", "Tobias Wennerström", "läkare",
     "2024-01-21 13:25", "14:00", [
     ("Kontaktorsak", "Föll på isen med utsträckt hand i morse."),
     ("Status", "Ömhet i fossa tabatière, smärta vid axial kompression av tummen. Rtg handled: ingen säker fraktur."),
     ("Bedömning", "Misstäkt scaphoideumfraktur trots normal rtg. Gipsas med tumomfattning, ny rtg om 10–14 dagar.")])],
  ["NL102"], [], "typo 'Misstäkt' (misstänkt) scaphoid fracture in a visible ER note"),

C("sk-trelleborg-med-ev-subklinisk-hypotyreos", "skane", P("19770830", "526"),
  [N("n1", "Melior", "Läkaranteckning", "sk_trelleborg_med", "Katarzyna Nowak", "läkare",
     "2024-04-16 10:05", "10:40", [
     ("Bedömning", "TSH 6,8, fritt T4 normalt, trötthet men i övrigt inga symtom. Ev. subklinisk hypotyreos, ny provtagning med TPO-antikroppar om 6 v innan ställningstagande till behandling.")])],
  ["NL102"], [], "'Ev.' in front of a diagnosis (subclinical hypothyroidism) in a visible note"),

C("sk-lung-lund-sarkoidos-kan-inte-uteslutas", "skane", P("19810212", "694"),
  [N("n1", "Melior", "Läkaranteckning", "sk_lung_lund", "Erik Holm", "läkare",
     "2024-05-29 14:20", "15:00", [
     ("Röntgen", "DT thorax: bilaterala hilära lymfkörtlar och perilymfatiska noduli."),
     ("Bedömning", "Sarkoidos kan inte uteslutas, lymfom är en differentialdiagnos. Remiss EBUS.")])],
  ["NL102"], [], "'kan inte uteslutas' and 'differentialdiagnos' in a visible lung-clinic note"),

C("sk-onh-hbg-misstankt-vestibularisschwannom", "skane", P("19640925", "384"),
  [N("n1", "Melior", "Läkaranteckning", "sk_onh_hbg", "Elin Ström", "läkare",
     "2024-07-02 09:30", "10:10", [
     ("Anamnes", "Ensidig hörselnedsättning höger sedan ett år, tinnitus på samma sida."),
     ("Bedömning", "Tonaudiogram visar sensorineural nedsättning hö. Misstänkt vestibularisschwannom, MR inneröra beställt.")])],
  ["NL102"], [], "'Misstänkt vestibularisschwannom' in a visible ENT note"),

C("sk-barnakut-lund-trolig-invagination", "skane", P("20220715", "348"),
  [N("n1", "Melior", "Läkaranteckning", "sk_barnakut_lund", "Sofia Lindahl", "läkare",
     "2024-03-30 07:55", "08:40", [
     ("Anamnes", "Mamma berättar om återkommande skrikattacker med blekhet sedan i morse, har kräkts två gånger."),
     ("Status", "Trött mellan attackerna. Palpabel resistens i höger övre kvadrant."),
     ("Bedömning", "Trolig invagination. Akut UL buk, barnkirurg kontaktad.")])],
  ["NL102"], [], "'Trolig invagination' in a toddler's note that the guardians read"),

C("sk-csk-dietist-mojlig-laktosintolerans", "skane", P("19930208", "560"),
  [N("n1", "Melior", "Dietistanteckning", "sk_dietist_csk", "Ida Bengtsson", "dietist",
     "2024-06-04 13:00", "13:45", [
     ("Nutrition", "Nydiagnostiserad celiaki sedan mars, glutenfri kost påbörjad. Fortsatt gasbildning och diarré efter mjölkprodukter."),
     ("Bedömning", "Möjlig sekundär laktosintolerans till följd av tarmskadan. Laktosfri kost i fyra veckor, därefter provar vi att återinföra mjölk.")])],
  ["NL102"], [], "dietitian writes 'Möjlig sekundär laktosintolerans' in a visible note"),

C("sk-hbg-med-ssk-misstankt-uvi", "skane", P("19350304", "268"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "sk_med_hbg", "Therese Jonsson", "sjuksköterska",
     "2024-12-02 21:40", "22:05", [
     ("Omvårdnad", "Pat oroligare i kväll, plockar i sängen. Urinen grumlig och illaluktande, temp 38,2."),
     ("Åtgärd", "Misstänkt UVI – urinsticka och odling tagen, jourhavande läkare informerad.")],
     setting="slutenvård")],
  ["NL102"], ["NL101"], "nurse's 'Misstänkt UVI' is visible; 'läkare informerad' is about the doctor, not an untold patient"),

C("sk-barn-hbg-misstankt-celiaki", "skane", P("20180121", "373"),
  [N("n1", "Melior", "Läkaranteckning", "sk_barn_hbg", "Malin Axelsson", "läkare",
     "2024-02-08 10:20", "11:00", [
     ("Anamnes", "Remitterad från BVC då viktkurvan planat ut och avföringen är lös. tTG-IgA 86 (ref <7)."),
     ("Bedömning", "Misstänkt celiaki. Gastroskopi med biopsier i narkos bokas, fortsatt glutenhaltig kost fram till dess.")])],
  ["NL102"], [], "'Misstänkt celiaki' in a six-year-old's visible paediatric note"),

C("sk-bup-lund-trolig-adhd", "skane", P("20141102", "195"),
  [N("n1", "Melior", "Psykologanteckning", "sk_bup_lund", "Hanna Strand", "psykolog",
     "2024-03-13 15:00", "16:30", [
     ("Samtal", "Samtal med pojken och båda föräldrarna. Läraren beskriver stora svårigheter att sitta still och fullfölja uppgifter, Conners skattningar över gränsvärdet både hemma och i skolan."),
     ("Bedömning", "Trolig ADHD av kombinerad typ. Fortsatt utredning med WISC-V och läkarbedömning.")])],
  ["NL102"], [], "psychologist's 'Trolig ADHD' in a BUP note visible to the guardians"),

C("sk-neuro-lund-typo-trolgien-epilepsi", "skane", P("20010727", "619"),
  [N("n1", "Melior", "Läkaranteckning", "sk_neuro_lund", "Oskar Lundgren", "läkare",
     "2024-10-01 14:15", "15:05", [
     ("Aktuellt", "Första oprovocerade krampanfallet i september, vittnet beskriver att det började med ryckningar i höger arm."),
     ("Bedömning", "EEG med epileptiform aktivitet temporalt vä. Trolgien fokal epilepsi med bilateral spridning, start lamotrigin med långsam upptitrering.")])],
  ["NL102"], [], "typo 'Trolgien' (troligen) before focal epilepsy in a visible note"),

C("sk-logoped-hbg-misstankta-stambandsknutor", "skane", P("19850916", "402"),
  [N("n1", "Melior", "Logopedanteckning", "sk_logoped_hbg", "Cecilia Wahlberg", "logoped",
     "2024-09-24 10:30", "11:10", [
     ("Anamnes", "Förskollärare med heshet i sex veckor, rösten tröttnar under arbetsdagen."),
     ("Bedömning", "Pressad röstkvalitet, GRBAS G2R1B1A0S2. Misstänkta stämbandsknutor, ber ÖNH om laryngoskopi innan röstterapi startar.")])],
  ["NL102"], [], "speech therapist's 'Misstänkta stämbandsknutor' (plural form) in a visible note"),

C("sk-dialys-lund-ssk-misstankt-fistelstenos", "skane", P("19570613", "493"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "sk_dialys_lund", "Lina Dahl", "sjuksköterska",
     "2024-08-20 12:15", "12:50", [
     ("Dialys", "Flödet i AV-fisteln har sjunkit från 900 till 450 ml/min på tre veckor, förlängd blödningstid efter nålarna."),
     ("Bedömning", "Misstänkt fistelstenos. Njurläkare informerad, fistulografi beställd.")])],
  ["NL102"], [], "dialysis nurse's 'Misstänkt fistelstenos' in a visible Melior note"),

C("sk-angelholm-ortoped-trol-halseneruptur", "skane", P("19740108", "355"),
  [N("n1", "Melior", "Läkaranteckning", "sk_ortoped_angelholm", "Rasmus Kjellberg", "läkare",
     "2024-05-15 16:40", None, [
     ("Anamnes", "Kände ett smäll i vä vad vid badminton i går kväll."),
     ("Status", "Palpabel glipa 4 cm ovan hälbenet, Simmonds test positivt vä."),
     ("Bedömning", "Trol. total hälseneruptur vä. Ortos i spetsfotsställning, UL för att mäta glipan, beslut om operation efter svaret.")])],
  ["NL102"], [], "unsigned draft with 'Trol. total hälseneruptur' in a visible orthopaedic note"),
]

# Skåne, Melior: near misses for NL102
CASES += [
C("sk-akut-malmo-lungemboli-uteslutes", "skane", P("19830512", "224"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_malmo", "Anders Ljung", "läkare",
     "2024-02-19 23:10", "23:55", [
     ("Röntgen", "DT lungartärer: ingen lungemboli, inga infiltrat."),
     ("Bedömning", "Lungemboli uteslutes. Bröstsmärtan bedöms muskuloskeletal, hem med Alvedon.")])],
  [], ["NL102"], "the only suspected diagnosis is excluded ('uteslutes'): no hedge"),

C("sk-hbg-med-trolig-hemgang-erysipelas", "skane", P("19480826", "719"),
  [N("n1", "Melior", "Daganteckning", "sk_med_hbg", "Per-Olof Jeppsson", "läkare",
     "2024-06-25 10:30", "11:15", [
     ("Bedömning", "Erysipelas hö underben i god regress på Kåvepenin, afebril sedan två dygn."),
     ("Planering", "Trolig hemgång i morgon förmiddag om fortsatt feberfri, kontroll på VC om en vecka.")],
     setting="slutenvård")],
  [], ["NL102"], "'Trolig' hedges the discharge, not the affirmed erysipelas"),

C("sk-csk-koloskopi-ingen-misstanke-malignitet", "skane", P("19600104", "387"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kir_csk", "Jonas Ahlström", "läkare",
     "2024-09-03 11:45", "12:20", [
     ("Resultat", "Koloskopi till caecum, god tarmrengöring. Två småpolyper i sigmoideum avlägsnade med kall slynga."),
     ("Bedömning", "Ingen misstanke om malignitet, PAD på polyperna inväntas.")])],
  [], ["NL102"], "negated 'Ingen misstanke om malignitet'"),

C("sk-neuro-hereditet-farfar-trol-huntington", "skane", P("19920319", "433"),
  [N("n1", "Melior", "Läkaranteckning", "sk_neuro_lund", "Karin Olsson", "läkare",
     "2024-04-23 13:20", "14:00", [
     ("Hereditet", "Farfar trol. Huntingtons sjukdom, blev aldrig utredd. Pappa frisk vid 68 års ålder."),
     ("Bedömning", "Essentiell tremor utan koreatiska inslag. Propranolol 20 mg vid behov inför presentationer.")])],
  [], ["NL102"], "hedged diagnosis belongs to the grandfather (family history), patient's own is affirmed"),

C("sk-hud-lund-psoriasis-ev-metotrexat", "skane", P("19790613", "298"),
  [N("n1", "Melior", "Läkaranteckning", "sk_hud_lund", "Leila Karimi", "läkare",
     "2024-11-12 09:40", "10:15", [
     ("Bedömning", "Plackpsoriasis på armbågar, knän och hårbotten, PASI 12. Otillräcklig effekt av Dovobet."),
     ("Planering", "Remiss ljusbehandling UVB 3 ggr/v. Ev. metotrexat om utebliven effekt efter 20 behandlingar.")])],
  [], ["NL102"], "'Ev.' hedges a treatment; the psoriasis is affirmed"),

C("sk-reuma-tidigare-misstankt-ra-avskrevs", "skane", P("19620930", "508"),
  [N("n1", "Melior", "Läkaranteckning", "sk_reuma_lund", "Henrik Roos", "läkare",
     "2024-01-30 14:45", "15:20", [
     ("Anamnes", "2017 utreddes misstänkt reumatoid artrit på vårdcentralen, avskrevs när ACPA och RF var negativa."),
     ("Bedömning", "Handartros med Heberdens noder, inga synoviter i dag. Fortsatt handträning hos arbetsterapeut.")])],
  [], ["NL102"], "past-history suspicion from 2017 that was ruled out; current diagnosis affirmed"),

C("sk-hassleholm-scaphoideum-kan-uteslutas", "skane", P("19970122", "183"),
  [N("n1", "Melior", "Läkaranteckning", "sk_ortoped_hassleholm", "Viktor Nyberg", "läkare",
     "2024-02-05 08:30", "09:05", [
     ("Röntgen", "MR handled: ingen fraktur, lätt ödem i mjukdelarna."),
     ("Bedömning", "Scaphoideumfraktur kan uteslutas. Gipset tas bort, handledsortos vid behov i två veckor.")])],
  [], ["NL102"], "'kan uteslutas' (not 'kan ej uteslutas') is a negation"),

C("sk-barn-hbg-inga-tecken-bakteriell-infektion", "skane", P("20200214", "526"),
  [N("n1", "Melior", "Läkaranteckning", "sk_barn_hbg", "Malin Axelsson", "läkare",
     "2024-10-09 16:20", "16:55", [
     ("Anamnes", "Feber i tre dygn, snuva och hosta, dricker bra."),
     ("Status", "Ingen nackstyvhet, trumhinnor normala, lungor rena."),
     ("Bedömning", "Inga tecken på bakteriell infektion, CRP <5. Förkylning, febernedsättande vid behov och åter vid andningspåverkan.")])],
  [], ["NL102"], "negated 'Inga tecken på bakteriell infektion' in a child's note"),

C("sk-onk-lund-ev-dosreduktion-hand-fot", "skane", P("19550407", "281"),
  [N("n1", "Melior", "Läkaranteckning", "sk_onk_lund", "Ingrid Månsson", "läkare",
     "2024-07-18 13:10", "13:50", [
     ("Aktuellt", "Kapecitabin cykel 4. Hand-fotsyndrom grad 2 med rodnad och ömhet i fotsulorna."),
     ("Bedömning", "Ev. dosreduktion till 75 % inför cykel 5 om inte bättre efter paus. Karbamidkräm x 2.")])],
  [], ["NL102"], "'Ev.' hedges a dose reduction, the side effect is affirmed"),

C("sk-landskrona-fysio-mojligen-utan-rollator", "skane", P("19390115", "642"),
  [N("n1", "Melior", "Fysioterapeutanteckning", "sk_rehab_landskrona", "Daniel Sandberg", "fysioterapeut",
     "2024-03-26 10:00", "10:30", [
     ("Funktion", "Gång 10 m på 14 s med rollator, Bergs balansskala 44/56."),
     ("Bedömning", "Förbättrad balans sedan förra veckan. Möjligen klarar pat gång utan rollator inomhus inom några veckor.")])],
  [], ["NL102"], "physiotherapist's 'Möjligen' is about walking without a walker, not a diagnosis"),

C("sk-hbg-kalium-trol-hemolys", "skane", P("19440502", "155"),
  [N("n1", "Melior", "Daganteckning", "sk_med_hbg", "Björn Hedlund", "läkare",
     "2024-08-07 09:10", "09:35", [
     ("Lab", "Kalium 6,3 – trol. hemolyserat prov, pat utan EKG-förändringar. Nytt prov taget med kortare stastid.")],
     setting="slutenvård")],
  [], ["NL102"], "'trol.' hedges a lab artefact (haemolysed sample), not a diagnosis"),

C("sk-neuro-tidiga-hypoteser-mall-als", "skane", P("19610822", "397"),
  [N("n1", "Melior", "Tidiga hypoteser", "sk_neuro_lund", "Oskar Lundgren", "läkare",
     "2024-05-06 15:30", "16:00", [
     ("Tidiga hypoteser", "Fascikulationer i båda underarmarna och atrofi i vänster hand, livliga reflexer. Misstänkt ALS, ENeG bokad. Pat ej informerad om misstanken i väntan på neurofysiologiskt svar.")])],
  [], ["NL102", "NL101"], "hedge and untold patient inside the Skåne Tidiga hypoteser template, which is not visible"),

C("sk-psyk-malmo-inga-psykotiska-symtom", "skane", P("19910403", "267"),
  [N("n1", "Melior", "Läkaranteckning", "sk_psyk_malmo", "Goran Petrović", "läkare",
     "2024-04-11 14:00", "14:45", [
     ("Psykiskt status", "Vaken, orienterad, god kontakt. Stämningsläget sänkt, affekten adekvat. Inga psykotiska symtom, ingen suicidalitet."),
     ("Bedömning", "Egentlig depression, medelsvår episod. Höjer sertralin till 100 mg, återbesök om fyra veckor.")])],
  [], ["NL102"], "psychiatry note with negated psychotic symptoms and an affirmed depression"),

C("sk-psyk-malmo-typo-ingen-misstake-bipolar", "skane", P("19980817", "324"),
  [N("n1", "Melior", "Läkaranteckning", "sk_psyk_malmo", "Goran Petrović", "läkare",
     "2024-06-20 10:15", "11:00", [
     ("Bedömning", "Ingen misstake om bipolär sjukdom, inga hypomana perioder enligt pat eller sambo. Fortsatt behandling av recidiverande depression.")])],
  [], ["NL102"], "typo 'misstake' inside a negation ('Ingen misstake om bipolär sjukdom')"),

C("sk-arbter-trelleborg-ev-duschpall", "skane", P("19380911", "473"),
  [N("n1", "Melior", "Arbetsterapeutanteckning", "sk_arbter_trelleborg", "Jenny Carlsson", "arbetsterapeut",
     "2024-11-19 13:30", "14:00", [
     ("Aktivitet", "Klarar på- och avklädning med visst stöd efter höftfrakturen, osäker vid förflyttning till toalett."),
     ("Planering", "Ev. behov av duschpall och toalettförhöjning, hembesök planeras innan utskrivning.")],
     setting="slutenvård")],
  [], ["NL102"], "'Ev.' about assistive devices in an occupational therapist's note"),

C("sk-barnakut-feberkramp-ingen-meningit", "skane", P("20220403", "219"),
  [N("n1", "Melior", "Läkaranteckning", "sk_barnakut_lund", "Sofia Lindahl", "läkare",
     "2024-01-14 04:20", "05:10", [
     ("Anamnes", "Generaliserat krampanfall i två minuter i samband med snabb feberstegring, vaken och pigg efteråt."),
     ("Bedömning", "Enkel feberkramp. Ingen misstanke om meningit, ingen nackstelhet och opåverkat allmäntillstånd. Hem med information om feberbehandling.")])],
  [], ["NL102"], "negated meningitis next to an affirmed febrile seizure in a child's note"),

C("sk-ogon-lund-ingen-diabetesretinopati", "skane", P("19700527", "586"),
  [N("n1", "Melior", "Mottagningsanteckning", "sk_ogon_lund", "Fredrik Ek", "läkare",
     "2024-09-09 09:00", "09:25", [
     ("Bedömning", "Fundusfoto bilateralt: ingen diabetesretinopati. Ny fotografering om två år enligt screeningprogrammet.")])],
  [], ["NL102"], "short negative screening result ('ingen diabetesretinopati')"),
]

# Skåne, Melior: NL101
CASES += [
C("sk-brost-malmo-pad-ej-informerad", "skane", P("19680311", "422"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "sk_brost_malmo", "Maria Lindqvist", "sjuksköterska",
     "2024-04-29 14:30", "15:00", [
     ("Resultat", "PAD från mellannålsbiopsi vä bröst: invasiv duktal cancer, NHG 2, ER-positiv."),
     ("Information", "Pat ännu ej informerad; besked ges av bröstkirurg vid besök 7/5 tillsammans med kontaktsjuksköterska.")])],
  ["NL101"], ["NL102"], "confirmed breast cancer visible while the patient is explicitly not yet informed"),

C("sk-neuro-ms-besked-ej-givet", "skane", P("19940224", "568"),
  [N("n1", "Melior", "Läkaranteckning", "sk_neuro_lund", "Karin Olsson", "läkare",
     "2024-06-03 16:00", "16:45", [
     ("Resultat", "MR hjärna och halsrygg: multipla periventrikulära och juxtakortikala lesioner, två laddar kontrast. Oligoklonala band i likvor."),
     ("Bedömning", "Kriterierna för MS är uppfyllda."),
     ("Planering", "Pat har ännu inte fått besked om diagnosen, bokas till läkarbesök med sjuksköterska om en vecka.")])],
  ["NL101"], ["NL102"], "settled MS in Bedömning, 'har ännu inte fått besked' in Planering"),

C("sk-hud-pad-svar-utan-diagnos-ej-informerad", "skane", P("19720707", "337"),
  [N("n1", "Melior", "Telefonanteckning", "sk_hud_malmo", "Yasmin Ali", "sjuksköterska",
     "2024-10-15 15:20", "15:30", [
     ("Resultat", "PAD-svar efter excision från vänster skuldra har inkommit. Pat ej informerad ännu, läkaren ringer upp i morgon.")])],
  [], ["NL101"], "not informed about a result, but no diagnosis is written in the note"),

C("sk-minnes-soner-ej-informerade", "skane", P("19440913", "246"),
  [N("n1", "Melior", "Läkaranteckning", "sk_minnes_malmo", "Gunilla Paulsson", "läkare",
     "2024-10-08 13:00", "14:10", [
     ("Information", "Diagnosbesked: Alzheimers sjukdom, lindrig demens. Pat informerad i lugn miljö, förstod beskedet och ställde relevanta frågor. Hon vill själv berätta för sönerna, som ännu inte känner till diagnosen.")])],
  [], ["NL101", "NL102"], "patient informed; only her sons are not yet told"),

C("sk-lung-lund-typo-ej-infomerad", "skane", P("19530129", "651"),
  [N("n1", "Melior", "Läkaranteckning", "sk_lung_lund", "Erik Holm", "läkare",
     "2024-03-14 16:30", "17:10", [
     ("Resultat", "Bronkoskopi med biopsi hö huvudbronk: skivepitelcancer."),
     ("Planering", "Pat är ej infomerad om svaret, onkolog och kontaktsjuksköterska ger besked på fredag.")])],
  ["NL101"], [], "typo 'infomerad' in the not-informed statement next to a confirmed lung cancer"),

C("sk-hbg-kir-ej-informerad-om-operationsdatum", "skane", P("19810519", "580"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kir_hbg", "Patrik Engström", "läkare",
     "2024-02-21 11:10", None, [
     ("Bedömning", "Symtomgivande gallstenssjukdom med tre anfall sedan jul. Planeras för laparoskopisk kolecystektomi."),
     ("Planering", "Pat ej informerad om operationsdatum ännu, planeringssköterskan ringer.")])],
  [], ["NL101", "NL102"], "'ej informerad' is about the operation date, not the diagnosis"),

C("sk-ystad-cin3-besked-ej-givet", "skane", P("19950830", "464"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kvinno_ystad", "Åsa Möller", "läkare",
     "2024-11-26 12:40", "13:15", [
     ("Resultat", "Kolposkopi med px: CIN 3 i transformationszonen."),
     ("Planering", "Pat har ej fått svaret ännu och ska inte informeras per telefon, kallas till mottagningen för besked och planering av konisering.")])],
  ["NL101"], [], "CIN 3 written visibly while the patient must not be told by phone and has not been told"),

C("sk-onk-kurator-barnen-vet-inte", "skane", P("19790402", "128"),
  [N("n1", "Melior", "Kuratorsanteckning", "sk_onk_lund", "Emma Fransson", "kurator",
     "2024-05-21 10:00", "11:00", [
     ("Samtal", "Pat har sedan beskedet om sin äggstockscancer inte berättat för sina barn, 9 och 12 år. Vi pratar om hur hon kan göra det och vilket stöd som finns via Barnens cancerförening."),
     ("Planering", "Nytt samtal om två veckor, partnern bjuds in.")])],
  [], ["NL101"], "the patient knows her diagnosis; her children have not been told"),
]


# ------------------------------------------------ part 3: VGR, Melior, one note

CASES += [
C("vgr-su-neuro-misstankt-parkinson", "vgr", P("19560704", "219"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Anna-Karin Svensson", "läkare",
     "2024-02-12 10:30", "11:15", [
     ("Status", "Vilotremor hö hand sedan ett år, nedsatt medrörelse hö arm, lätt rigiditet."),
     ("Bedömning", "Misstänkt idiopatisk Parkinsons sjukdom. DaTSCAN beställd, provbehandling med levodopa efter undersökningen.")])],
  ["NL102"], [], "'Misstänkt idiopatisk Parkinsons sjukdom' in a visible VGR note"),

C("vgr-ostra-akut-trol-uretarsten", "vgr", P("19860918", "375"),
  [N("n1", "Melior", "Läkaranteckning", "vg_ostra_akut", "Omar Farah", "läkare",
     "2024-07-27 03:20", None, [
     ("Kontaktorsak", "Kolikartad smärta vä flank med utstrålning mot ljumsken, mikroskopisk hematuri."),
     ("Bedömning", "Trol. vä-sidig uretärsten. DT urinvägar utan kontrast, Voltaren supp 50 mg.")])],
  ["NL102"], [], "'Trol.' ureteric stone in a visible VGR ER note"),

C("vgr-molndal-ortoped-fragetecken-menisk", "vgr", P("19950203", "431"),
  [N("n1", "Melior", "Läkaranteckning", "vg_molndal_ortoped", "Niklas Öberg", "läkare",
     "2024-09-30 13:40", "14:10", [
     ("Anamnes", "Vred knät vid fotboll för tre veckor sedan, låsningar vid trappgång."),
     ("Status", "Ledspaltsömhet medialt, positivt McMurrays test."),
     ("Bedömning", "? medial meniskskada hö knä. MR knä, fortsatt träning hos fysioterapeut.")])],
  ["NL102"], [], "free-standing question mark before a meniscal injury"),

C("vgr-nu-med-misstanke-hjartsvikt", "vgr", P("19470211", "168"),
  [N("n1", "Melior", "Läkaranteckning", "vg_nu_med", "Björn Hedlund", "läkare",
     "2024-03-04 14:20", "15:00", [
     ("Anamnes", "Tilltagande ansträngningsdyspné och ödem upp till knäna sedan en månad. NT-proBNP 2400."),
     ("Bedömning", "Misstanke om hjärtsvkt. Furix 40 mg x 1, UKG bokas inom två veckor.")])],
  ["NL102"], [], "typo 'hjärtsvkt' after 'Misstanke om' in a visible VGR medicine note"),

C("vgr-nal-kir-susp-tunntarmsileus", "vgr", P("19520606", "591"),
  [N("n1", "Melior", "Inskrivningsanteckning", "vg_nal_kir", "Ahmed Hassan", "läkare",
     "2024-04-18 22:50", "23:30", [
     ("Anamnes", "Uppblåst, kräks gallfärgat, ingen gasavgång sedan i går. Laparotomi 2015."),
     ("Bedömning", "susp. tunntarmsileus pga adherenser. Ventrikelsond, DT buk med peroral kontrast.")],
     setting="slutenvård")],
  ["NL102"], [], "lower-case 'susp.' small-bowel obstruction in an admission note"),

C("vgr-skovde-kvinno-trolig-extrauterin", "vgr", P("19930726", "284"),
  [N("n1", "Melior", "Läkaranteckning", "vg_skas_kvinno", "Helena Borg", "läkare",
     "2024-06-09 17:15", "17:50", [
     ("Anamnes", "Graviditetsvecka 6+3 enligt SM, småblödning och smärta i vänster fossa."),
     ("Status", "Beta-hCG 1800. VUL: tom uterus, 2 cm resistens vid vänster adnex."),
     ("Bedömning", "Trolig extrauterin graviditet vä. Laparoskopi i kväll.")])],
  ["NL102"], [], "'Trolig extrauterin graviditet' in a visible gynaecology note"),

C("vgr-boras-hjart-mojligt-formaksflimmer", "vgr", P("19690104", "513"),
  [N("n1", "Melior", "Läkaranteckning", "vg_sas_hjart", "Patrik Engström", "läkare",
     "2024-01-23 09:30", "10:00", [
     ("Bedömning", "Hjärtklappning i attacker, vilo-EKG med sinusrytm. Möjligt paroxysmalt förmaksflimmer, 72 timmars Holter.")])],
  ["NL102"], [], "'Möjligt' (neuter form) paroxysmal atrial fibrillation"),

C("vgr-alingsas-sepsis-dd-fokus", "vgr", P("19400312", "675"),
  [N("n1", "Melior", "Inskrivningsanteckning", "vg_alingsas_med", "Katarzyna Nowak", "läkare",
     "2024-12-07 19:30", "20:15", [
     ("Aktuellt", "Inkommer med feber 39,4, frossa och ny förvirring. BT 95/55, laktat 3,1."),
     ("Bedömning", "Sepsis med oklart fokus. DD: urosepsis, pneumoni, kolangit. Blododlingar x 2, Cefotaxim 2 g x 3.")],
     setting="slutenvård")],
  ["NL102"], [], "affirmed sepsis with an open DD list of possible foci"),

C("vgr-kungalv-sannol-delirium", "vgr", P("19330820", "086"),
  [N("n1", "Melior", "Daganteckning", "vg_kungalv_geri", "Åsa Möller", "läkare",
     "2024-02-26 11:00", "11:40", [
     ("Aktuellt", "Ny förvirring sedan två dygn, växlande vakenhet, plockig nattetid. U-sticka: nitrit pos, leukocyter 3+."),
     ("Bedömning", "Sannol. delirium utlöst av UVI. Pivmecillinam, sänker Oxascand, nattlig tillsyn.")],
     setting="slutenvård")],
  ["NL102"], [], "abbreviated 'Sannol.' delirium in a geriatric ward note"),

C("vgr-lidkoping-misstankt-jattecellsarterit", "vgr", P("19480130", "424"),
  [N("n1", "Melior", "Läkaranteckning", "vg_lidkoping_ogon", "Fredrik Ek", "läkare",
     "2024-05-13 08:40", "09:10", [
     ("Anamnes", "Plötslig dimsyn höger öga, tinningshuvudvärk och smärta i käken vid tuggning. SR 78."),
     ("Bedömning", "Misstänkt jättecellsarterit. Prednisolon 60 mg startas i dag, remiss temporalisbiopsi.")])],
  ["NL102"], [], "'Misstänkt jättecellsarterit' in a visible eye-clinic note"),

C("vgr-dsbus-misstankt-kawasaki", "vgr", P("20210309", "157"),
  [N("n1", "Melior", "Läkaranteckning", "vg_dsbus", "Sara Nilsson", "läkare",
     "2024-08-03 15:30", "16:20", [
     ("Anamnes", "Feber i sex dagar, röda ögon utan flytning, jordgubbstunga och svullna händer."),
     ("Bedömning", "Misstänkt Kawasakis sjukdom, fyra av fem kriterier uppfyllda. Ekokardiografi och IVIG.")])],
  ["NL102"], [], "'Misstänkt Kawasakis sjukdom' in a three-year-old's note read by guardians"),

C("vgr-su-psyk-adhd-kan-inte-uteslutas", "vgr", P("19991224", "342"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_psyk", "Lina Dahl", "läkare",
     "2024-04-02 13:00", None, [
     ("Anamnes", "Koncentrationssvårigheter sedan skolåren, har avbrutit två utbildningar. ASRS 5/6."),
     ("Bedömning", "ADHD kan inte uteslutas. Remiss till neuropsykiatriskt utredningsteam.")])],
  ["NL102"], [], "'ADHD kan inte uteslutas' in a visible adult psychiatry note"),

C("vgr-jubileum-misstankt-lokalrecidiv", "vgr", P("19590517", "236"),
  [N("n1", "Melior", "Läkaranteckning", "vg_jubileum", "Ingrid Månsson", "läkare",
     "2024-10-14 14:10", "15:00", [
     ("Aktuellt", "Kontroll två år efter rektumresektion. Stigande CEA, 4,1 → 9,8. MR bäcken: 15 mm förändring presakralt."),
     ("Bedömning", "Misstänkt lokalrecidiv. PET-DT och diskussion på MDK.")])],
  ["NL102"], [], "'Misstänkt lokalrecidiv' in a visible oncology note"),

C("vgr-su-hud-trol-basalcellscancer", "vgr", P("19430621", "159"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_hud", "Leila Karimi", "läkare",
     "2024-06-18 10:50", "11:20", [
     ("Bedömning", "Pärlemorglänsande papel med telangiektasier på vänster näsvinge, 5 mm. Trol. basalcellscancer, stansbiopsi i dag och därefter Mohs-kirurgi.")])],
  ["NL102"], [], "'Trol. basalcellscancer' in a one-section visible dermatology note"),

C("vgr-su-reuma-misstankt-axial-spa", "vgr", P("19900805", "572"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_reuma", "Mona Said", "läkare",
     "2024-03-21 15:30", None, [
     ("Anamnes", "Inflammatorisk ryggsmärta sedan två år, morgonstelhet över en timme, god effekt av NSAID. HLA-B27 positiv."),
     ("Bedömning", "Misstänkt axial spondylartrit. MR sacroiliacaleder.")])],
  ["NL102"], [], "'Misstänkt axial spondylartrit' in a visible rheumatology note"),

C("vgr-su-lung-typo-misstant-kol", "vgr", P("19570902", "397"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_lung", "Erik Holm", "läkare",
     "2024-11-04 09:45", "10:20", [
     ("Anamnes", "Rökare sedan 35 år, hosta med slem varje morgon och andfåddhet i uppförsbacke."),
     ("Bedömning", "Misstänt KOL. Spirometri med reversibilitetstest, rökavvänjning erbjuden.")])],
  ["NL102"], [], "typo 'Misstänt' (misstänkt) COPD in a visible note"),

C("vgr-ostra-infektion-fragetecken-neuroborrelios", "vgr", P("19780614", "261"),
  [N("n1", "Melior", "Läkaranteckning", "vg_ostra_infektion", "Nadia Haddad", "läkare",
     "2024-08-22 11:30", "12:15", [
     ("Anamnes", "Facialispares hö sedan tre dagar, fästingbett i juni."),
     ("Bedömning", "?Neuroborrelios. Lumbalpunktion för borreliaserologi och celler, doxycyklin i avvaktan på svar.")])],
  ["NL102"], [], "'?Neuroborrelios' in a visible infectious-disease note"),

C("vgr-uddevalla-fysio-dd-rotatorcuff", "vgr", P("19720311", "488"),
  [N("n1", "Melior", "Fysioterapeutanteckning", "vg_uddevalla_fysio", "Daniel Sandberg", "fysioterapeut",
     "2024-05-07 08:30", "09:00", [
     ("Status", "Smärta hö axel vid elevation över 90°, nattvärk. Painful arc positivt, nedsatt utåtrotationskraft."),
     ("Bedömning", "Subakromiell smärta, DD partiell rotatorcuffruptur. Träningsprogram i 6 v, kontakt med läkare vid utebliven förbättring.")])],
  ["NL102"], [], "physiotherapist's 'DD partiell rotatorcuffruptur' in a visible note"),

C("vgr-sas-dietist-misstanke-atstorning", "vgr", P("20060928", "126"),
  [N("n1", "Melior", "Dietistanteckning", "vg_sas_dietist", "Ida Bengtsson", "dietist",
     "2024-10-16 14:00", "14:50", [
     ("Nutrition", "Viktnedgång 9 kg på fyra månader, BMI 16,8. Äter enligt egna strikta regler, räknar kalorier och tränar dagligen."),
     ("Bedömning", "Misstanke om restriktiv ätstörning. Diskuterat med ansvarig läkare, remiss till ätstörningsenheten skickas i dag.")])],
  ["NL102"], [], "dietitian's 'Misstanke om restriktiv ätstörning' visible to an 18-year-old"),

C("vgr-molndal-psykolog-trol-vaskular-genes", "vgr", P("19450417", "303"),
  [N("n1", "Melior", "Psykologanteckning", "vg_molndal_minnes", "Hanna Strand", "psykolog",
     "2024-09-05 13:00", None, [
     ("Resultat", "Neuropsykologisk bedömning: nedsatt uppmärksamhet och psykomotoriskt tempo, relativt bevarat episodiskt minne."),
     ("Bedömning", "Lindrig kognitiv störning, trol. vaskulär genes med tanke på de utbredda vitsubstansförändringarna på MR.")])],
  ["NL102"], [], "psychologist hedges the cause: 'trol. vaskulär genes' of a cognitive disorder"),

C("vgr-nal-uro-misstankt-urinblasecancer", "vgr", P("19500128", "459"),
  [N("n1", "Melior", "Läkaranteckning", "vg_nal_uro", "Mikael Persson", "läkare",
     "2024-02-01 10:15", "10:50", [
     ("Anamnes", "Makroskopisk hematuri vid två tillfällen, röker 10 cigaretter om dagen."),
     ("Bedömning", "Cystoskopi: exofytisk förändring 2 cm på bakväggen. Misstänkt urinblåsecancer, TUR-B planeras inom standardiserat vårdförlopp.")])],
  ["NL102"], [], "'Misstänkt urinblåsecancer' after cystoscopy in a visible note"),

C("vgr-sas-barn-ev-astma", "vgr", P("20190417", "238"),
  [N("n1", "Melior", "Läkaranteckning", "vg_sas_barn", "Sara Nilsson", "läkare",
     "2024-11-21 09:20", "10:00", [
     ("Anamnes", "Återkommande pip i bröstet vid förkylning och ansträngning, hostar nattetid."),
     ("Bedömning", "Ev. astma. Provbehandling Flutide 125 µg 1 x 2 i 8 veckor med spacer, uppföljning hos astmasköterska.")])],
  ["NL102"], [], "'Ev. astma' in a five-year-old's note visible to guardians"),

C("vgr-su-gastro-trolig-crohn", "vgr", P("19980209", "617"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_gastro", "Johan Berg", "läkare",
     "2024-03-27 11:00", None, [
     ("Anamnes", "Diarré 6–8 gånger per dag sedan tre månader, viktnedgång, kalprotektin 840."),
     ("Bedömning", "Trolig Crohns sjukdom i terminala ileum enligt MR-tunntarm. Ileokoloskopi med biopsier bokad.")])],
  ["NL102"], [], "'Trolig Crohns sjukdom' in a visible gastroenterology note"),

C("vgr-su-onh-misstankt-peritonsillit", "vgr", P("20000530", "293"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_onh", "Elin Ström", "läkare",
     "2024-12-14 20:10", "20:45", [
     ("Status", "Halsont sedan fem dagar, svårt att gapa, grötigt tal. Vänster tonsill medialiserad, uvula deviation åt höger."),
     ("Bedömning", "Misstänkt peritonsillit vä. Provpunktion utan utbyte, DT hals med kontrast i kväll.")])],
  ["NL102"], [], "'Misstänkt peritonsillit' in a visible ENT note"),

C("vgr-su-endokrin-misstankt-cushing", "vgr", P("19830703", "508"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_endokrin", "Anders Ljung", "läkare",
     "2024-07-09 14:30", "15:10", [
     ("Bedömning", "Bukfetma, striae, proximal muskelsvaghet och nydebuterad hypertoni. Misstänkt Cushings syndrom; dexametasonhämningstest och salivkortisol sent på kvällen.")])],
  ["NL102"], [], "'Misstänkt Cushings syndrom' with an eponym in a visible note"),

C("vgr-skas-akut-sah-kan-inte-sakert-uteslutas", "vgr", P("19750219", "366"),
  [N("n1", "Melior", "Läkaranteckning", "vg_skas_akut", "Tobias Wennerström", "läkare",
     "2024-04-06 18:40", "19:20", [
     ("Kontaktorsak", "Plötslig kraftig huvudvärk under träning, den värsta i hennes liv."),
     ("Bedömning", "DT hjärna sju timmar efter debut u.a. SAH kan inte säkert uteslutas, LP efter 12 timmar och inläggning på neurologen.")])],
  ["NL102"], [], "'kan inte säkert uteslutas' with an inserted adverb"),

C("vgr-su-hemat-lymfom-fragetecken", "vgr", P("19880811", "195"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_hemat", "Goran Petrović", "läkare",
     "2024-09-12 10:00", "10:45", [
     ("Status", "Resistenser på halsen vänster sida, 3 cm, fasta och oömma. Nattsvettningar sedan sommaren."),
     ("Bedömning", "Lymfom? Körtelexstirpation bokad till nästa vecka.")])],
  ["NL102"], [], "trailing question mark 'Lymfom?' in a visible haematology note"),

C("vgr-sas-barn-ssk-tel-misstankt-lunginflammation", "vgr", P("20170605", "448"),
  [N("n1", "Melior", "Telefonanteckning", "vg_sas_barn", "Therese Jonsson", "sjuksköterska",
     "2024-01-31 10:40", "10:55", [
     ("Kontaktorsak", "Mamma ringer: sjuåringen har haft feber 39,8 i fyra dygn, andas snabbt och har ont i sidan."),
     ("Bedömning", "Misstänkt lunginflammation, behöver läkarbedömning i dag. Tid på barnmottagningen kl 15.")])],
  ["NL102"], [], "nurse's telephone note with a lay word: 'Misstänkt lunginflammation'"),

C("vgr-su-hjart-trolig-aortastenos", "vgr", P("19410919", "271"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_hjart", "Per-Olof Jeppsson", "läkare",
     "2024-06-26 13:15", None, [
     ("Status", "Systoliskt blåsljud 3/6 med p.m. över aortaområdet och fortledning mot halsen."),
     ("Bedömning", "Trolig aortastenos. UKG med planimetri, därefter ställningstagande till TAVI.")])],
  ["NL102"], [], "unsigned draft: 'Trolig aortastenos' in a visible cardiology note"),

C("vgr-su-logoped-misstankt-dysfagi", "vgr", P("19540129", "413"),
  [N("n1", "Melior", "Logopedanteckning", "vg_su_logoped", "Cecilia Wahlberg", "logoped",
     "2024-03-08 09:30", "10:05", [
     ("Bedömning", "Hostar vid intag av tunna vätskor, våt röstkvalitet efter sväljning. Misstänkt orofaryngeal dysfagi efter strokeinsjuknandet, FEES bokas."),
     ("Åtgärd", "Tjockflytande dryck tills vidare, personalen informerad.")],
     setting="slutenvård")],
  ["NL102"], [], "speech therapist's 'Misstänkt orofaryngeal dysfagi' on a stroke ward"),

C("vgr-su-hud-ev-nickelallergi", "vgr", P("19870412", "622"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_hud", "Mona Said", "läkare",
     "2024-02-15 14:20", "14:50", [
     ("Bedömning", "Kliande eksem under bältesspännet och klockarmbandet. Ev. kontaktallergi mot nickel, epikutantest bokas.")])],
  ["NL102"], [], "'Ev. kontaktallergi mot nickel' in a visible dermatology note"),

C("vgr-alingsas-ssk-trol-forstoppning", "vgr", P("19360708", "541"),
  [N("n1", "Melior", "Omvårdnadsanteckning", "vg_alingsas_med", "Jenny Carlsson", "sjuksköterska",
     "2024-05-02 20:30", "21:00", [
     ("Elimination", "Ingen avföring på fem dagar, spänd buk och minskad aptit. Trol. förstoppning av opioiderna, Movicol ordinerat av läkare.")],
     setting="slutenvård")],
  ["NL102"], [], "nurse's lay wording 'Trol. förstoppning' in a visible ward note"),

C("vgr-molndal-misstankt-protesinfektion", "vgr", P("19460302", "389"),
  [N("n1", "Melior", "Läkaranteckning", "vg_molndal_ortoped", "Niklas Öberg", "läkare",
     "2024-10-29 15:45", "16:20", [
     ("Anamnes", "Höftprotes hö 2023. Tilltagande smärta och värmeökning kring ärret, CRP 64."),
     ("Bedömning", "Misstänkt sen protesinfektion. Ledpunktion för odling innan antibiotika, röntgen och skelettscint.")])],
  ["NL102"], [], "'Misstänkt sen protesinfektion' in a visible orthopaedic note"),

C("vgr-skas-akut-trol-viral-gastroenterit-barn", "vgr", P("20200122", "354"),
  [N("n1", "Melior", "Läkaranteckning", "vg_skas_akut", "Omar Farah", "läkare",
     "2024-03-17 21:15", "21:50", [
     ("Bedömning", "Kräkningar och diarré sedan i går, syskon med samma besvär. Lätt torr i munnen, kapillär återfyllnad under 2 s. Trol. viral gastroenterit, vätskeersättning i små mängder ofta.")])],
  ["NL102"], [], "'Trol. viral gastroenterit' in a four-year-old's ER note"),
]

# VGR, Melior: near misses for NL102
CASES += [
C("vgr-ostra-akut-koronart-syndrom-uteslutet", "vgr", P("19650815", "237"),
  [N("n1", "Melior", "Läkaranteckning", "vg_ostra_akut", "Omar Farah", "läkare",
     "2024-02-03 01:30", "02:10", [
     ("Anamnes", "Bröstsmärta i vila i 20 minuter, nu smärtfri."),
     ("Status", "EKG sinusrytm utan ST-förändringar. Hs-TnT 6 och 7 ng/L med tre timmars intervall."),
     ("Bedömning", "Akut koronart syndrom uteslutet. Hem, kontakt med vårdcentralen för arbetsprov.")])],
  [], ["NL102"], "acute coronary syndrome is ruled out ('uteslutet'), not hedged"),

C("vgr-nu-troligen-utskrivning-kol", "vgr", P("19460106", "473"),
  [N("n1", "Melior", "Daganteckning", "vg_nu_medavd", "Björn Hedlund", "läkare",
     "2024-01-17 10:40", "11:10", [
     ("Bedömning", "KOL-exacerbation, förbättrad på inhalationer och Prednisolon."),
     ("Planering", "Troligen utskrivning på fredag, hemsjukvårdens sjuksköterska kontaktas.")],
     setting="slutenvård")],
  [], ["NL102"], "'Troligen' hedges the discharge day; COPD exacerbation affirmed"),

C("vgr-skovde-typo-ingen-misstanke-preeklamsi", "vgr", P("19920212", "546"),
  [N("n1", "Melior", "Barnmorskeanteckning", "vg_skas_kvinno", "Petra Sjöberg", "barnmorska",
     "2024-08-28 09:15", "09:40", [
     ("Bedömning", "Graviditetsvecka 34+2, BT 138/86, ingen proteinuri, inga ödem. Ingen misstanke om preeklamsi, kontroll hos barnmorska på MVC om en vecka.")])],
  [], ["NL102"], "typo 'preeklamsi' inside a negated suspicion"),

C("vgr-onkogenetik-mor-trol-aggstockscancer", "vgr", P("19850623", "402"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_onkogenetik", "Anna-Karin Svensson", "läkare",
     "2024-04-25 13:00", "14:00", [
     ("Hereditet", "Mor trol. äggstockscancer vid 52 års ålder, moster bröstcancer vid 45."),
     ("Bedömning", "Ärftlighetsutredning för BRCA1/2 erbjuds, pat vill fundera och återkommer.")])],
  [], ["NL102"], "hedged diagnosis is the mother's (family history)"),

C("vgr-neuro-tidigare-misstankt-epilepsi-avslutad", "vgr", P("20030315", "173"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Oskar Lundgren", "läkare",
     "2024-05-14 10:00", "10:40", [
     ("Anamnes", "Som barn utredd för misstänkt epilepsi efter svimningar, EEG normalt och utredningen avslutades."),
     ("Bedömning", "Vasovagal synkope med typisk prodromal, inga kramptecken. Råd om vätske- och saltintag.")])],
  [], ["NL102"], "childhood suspicion of epilepsy in the history, closed; current diagnosis affirmed"),

C("vgr-kungalv-kontusion-ingen-fraktur", "vgr", P("19370524", "606"),
  [N("n1", "Melior", "Läkaranteckning", "vg_kungalv_geri", "Gunilla Paulsson", "läkare",
     "2024-07-11 09:00", None, [
     ("Anamnes", "Föll i badrummet natten till i dag, ont i vänster höft. Rtg höft och bäcken: ingen fraktur."),
     ("Bedömning", "Kontusion vänster höft. Mobiliseras med stöd av fysioterapeut, Alvedon 1 g x 3.")],
     setting="slutenvård")],
  [], ["NL102"], "normal X-ray and an affirmed contusion"),

C("vgr-su-psyk-inga-tecken-pa-mani", "vgr", P("19810402", "239"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_psyk", "Lina Dahl", "läkare",
     "2024-09-19 14:30", "15:10", [
     ("Psykiskt status", "Välvårdad, lugn. Stämning neutral, tankeinnehåll utan vanföreställningar. Inga tekcen på mani eller psykos."),
     ("Bedömning", "Recidiverande depression, nu i remission. Fortsatt escitalopram 10 mg.")])],
  [], ["NL102"], "typo 'tekcen' in the negation of mania/psychosis; affirmed depression in remission"),

C("vgr-uddevalla-fysio-mojligen-bassangtraning", "vgr", P("19520805", "318"),
  [N("n1", "Melior", "Fysioterapeutanteckning", "vg_uddevalla_fysio", "Daniel Sandberg", "fysioterapeut",
     "2024-11-06 08:30", "09:00", [
     ("Bedömning", "Knäartros bilateralt, röntgenverifierad 2023. Smärta VAS 4 vid gång."),
     ("Planering", "Möjligen aktuellt med bassängträning när pat klarar trappor. Fortsatt artrosskola.")])],
  [], ["NL102"], "'Möjligen' is about pool training; knee osteoarthritis affirmed"),

C("vgr-sas-dietist-ev-naringsdryck", "vgr", P("19580916", "187"),
  [N("n1", "Melior", "Dietistanteckning", "vg_sas_dietist", "Ida Bengtsson", "dietist",
     "2024-03-19 11:00", "11:30", [
     ("Nutrition", "Vikt 52,4 kg (55,0 för två månader sedan). Aptiten nedsatt under strålbehandlingen."),
     ("Planering", "Ev. tillägg av näringsdryck två gånger dagligen om vikten fortsätter att sjunka.")])],
  [], ["NL102"], "'Ev.' about a nutritional supplement, no diagnosis hedged"),

C("vgr-su-gastro-rektumcancer-informerad", "vgr", P("19540711", "255"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_gastro", "Johan Berg", "läkare",
     "2024-06-05 15:00", "15:45", [
     ("Resultat", "PAD: adenokarcinom i rektum, 8 cm ovan anus."),
     ("Information", "Pat informerad om PAD-svaret i dag tillsammans med hustrun, fick skriftlig information om standardiserat vårdförlopp.")])],
  [], ["NL102", "NL101"], "confirmed cancer and the patient has been informed"),

C("vgr-sas-barn-misstanke-uvi-kan-avskrivas", "vgr", P("20220116", "263"),
  [N("n1", "Melior", "Läkaranteckning", "vg_sas_barn", "Malin Axelsson", "läkare",
     "2024-01-26 11:30", "12:00", [
     ("Bedömning", "Urinodling från kateterprov: ingen växt. Misstanken om urinvägsinfektion kan avskrivas, febern bedöms orsakad av den pågående förkylningen.")])],
  [], ["NL102"], "suspicion explicitly dropped ('kan avskrivas') after a negative culture"),

C("vgr-nal-uro-turp-fragetecken", "vgr", P("19490312", "535"),
  [N("n1", "Melior", "Läkaranteckning", "vg_nal_uro", "Mikael Persson", "läkare",
     "2024-08-12 13:30", "14:00", [
     ("Bedömning", "Benign prostataförstoring med avflödeshinder. Kvarstående LUTS trots Tamsulosin, IPSS 19, prostatavolym 55 ml."),
     ("Planering", "TURP? Diskuteras med pat vid nästa besök efter flödesmätning.")])],
  [], ["NL102"], "question mark after a procedure (TURP?), diagnosis affirmed"),

C("vgr-tredje-person-dotter-misstanker-alkohol", "vgr", P("19600927", "419"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_gastro", "Anna-Karin Svensson", "läkare",
     "2024-10-03 10:30", "11:20", [
     ("Aktuellt", "Söker för magsmärta och illamående på morgnarna, förnekar alkohol."),
     ("Tredje person", "Dottern ringde separat och är orolig; hon misstänker att pappan har ett alkoholberoende och vill inte att han får veta att hon hört av sig."),
     ("Bedömning", "Dyspepsi, gastroskopi bokad. Leverprover och PEth tas.")])],
  [], ["NL102"], "suspicion stated only under the VGR sökord Tredje person, which is filtered"),

C("vgr-su-neuro-kronisk-migran-ev-botox", "vgr", P("19840106", "468"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Karin Olsson", "läkare",
     "2024-11-27 14:00", "14:30", [
     ("Bedömning", "Kronisk migrän med 18 huvudvärksdagar per månad trots två profylaxförsök. Ev. botulinumtoxin om topiramat inte hjälper inom tre månader.")])],
  [], ["NL102"], "'Ev.' hedges a treatment option; chronic migraine affirmed"),

C("vgr-ostra-infektion-typo-inga-tecken-menigit", "vgr", P("19960803", "351"),
  [N("n1", "Melior", "Läkaranteckning", "vg_ostra_infektion", "Nadia Haddad", "läkare",
     "2024-03-02 23:40", "2024-03-03 00:15", [
     ("Bedömning", "Influensa A, snabbtest positivt. Huvudvärk men inga tecken på menigit, mjuk nacke och klar i huvudet. Oseltamivir, hem.")])],
  [], ["NL102"], "typo 'menigit' inside a negation ('inga tecken på')"),

C("vgr-molndal-arbter-mojligen-rullstol", "vgr", P("19420701", "624"),
  [N("n1", "Melior", "Arbetsterapeutanteckning", "vg_molndal_arbter", "Jenny Carlsson", "arbetsterapeut",
     "2024-04-10 13:00", "13:40", [
     ("Aktivitet", "Parkinsons sjukdom sedan 2016, nu frysningar vid dörröppningar och fall hemma."),
     ("Planering", "Möjligen behövs rullstol för längre sträckor utomhus, provas ut vid nästa besök.")])],
  [], ["NL102"], "hedge about a wheelchair; the Parkinson diagnosis is long established"),
]

# VGR, Melior: Tidiga hypoteser as sökord
CASES += [
C("vgr-su-neuro-th-sokord-paraneoplastisk", "vgr", P("19570130", "275"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Anna-Karin Svensson", "läkare",
     "2024-02-28 13:30", "14:20", [
     ("Anamnes", "Domningar i händer och fötter sedan fyra månader, ostadig i mörker."),
     ("Status", "Nedsatt vibrationssinne distalt, areflexi i hälsenorna."),
     ("Bedömning", "Fortsatt utredning av polyneuropatin med ENeG och utökad provtagning."),
     ("Tidiga hypoteser", "Misstänkt paraneoplastisk genes med tanke på viktnedgång och rökning; DT thorax beställd.")])],
  [], ["NL102"], "hedge only in the VGR sökord Tidiga hypoteser; visible sections carry none"),

C("vgr-su-gastro-th-och-bedomning-lacker", "vgr", P("19510523", "314"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_gastro", "Johan Berg", "läkare",
     "2024-07-16 16:00", "16:40", [
     ("Aktuellt", "Smärtfri gulsot sedan en vecka, mörk urin, viktnedgång 7 kg."),
     ("Tidiga hypoteser", "Misstänkt pankreascancer, CA 19-9 förhöjt."),
     ("Bedömning", "Misstänkt tumör i pankreashuvudet. DT pankreasprotokoll i morgon.")])],
  ["NL102"], [], "hypothesis put under Tidiga hypoteser but repeated hedged in the visible Bedömning"),

C("vgr-molndal-th-trolig-ftd-ej-informerad", "vgr", P("19580607", "153"),
  [N("n1", "Melior", "Läkaranteckning", "vg_molndal_minnes", "Gunilla Paulsson", "läkare",
     "2024-05-23 10:00", "11:10", [
     ("Aktuellt", "Remiss från vårdcentralen för minnesstörning, hustrun beskriver ökad glömska."),
     ("Bedömning", "Kognitiv utredning pågår, MMSE 24/30, DT hjärna beställd."),
     ("Tidiga hypoteser", "Trolig frontotemporal demens med tanke på personlighetsförändring och disinhibition. Pat ej informerad om hypotesen.")])],
  [], ["NL101", "NL102"], "hedge and 'ej informerad' both under the filtered sökord Tidiga hypoteser"),
]

# VGR, Melior: NL101
CASES += [
C("vgr-jubileum-levermetastaser-ej-informerad", "vgr", P("19630814", "196"),
  [N("n1", "Melior", "Läkaranteckning", "vg_jubileum", "Ingrid Månsson", "läkare",
     "2024-09-24 15:20", "16:00", [
     ("Resultat", "DT thorax-buk: multipla levermetastaser, största 4 cm i segment 7; lungorna u.a."),
     ("Planering", "Pat ej informerd ännu – besked ges av ansvarig onkolog på torsdag med kontaktsjuksköterska närvarande.")])],
  ["NL101"], ["NL102"], "typo 'informerd': liver metastases written visibly while the patient is not yet informed"),

C("vgr-su-neuro-als-ska-ej-informeras", "vgr", P("19590305", "433"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Oskar Lundgren", "läkare",
     "2024-09-26 11:30", "12:15", [
     ("Bedömning", "ENeG visar utbredd denervation i tre regioner, kliniskt både övre och nedre motorneuronpåverkan. Diagnosen ALS är därmed fastställd."),
     ("Planering", "Pat ska inte informeras om diagnosen förrän hustrun kan närvara vid besöket 3/10.")])],
  ["NL101"], ["NL102"], "'ska inte informeras om diagnosen förrän' with a settled ALS diagnosis visible"),

C("vgr-endokrin-diabetes-informerad-med-foraldrar", "vgr", P("20070114", "378"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_endokrin", "Anders Ljung", "läkare",
     "2024-02-20 17:00", "17:40", [
     ("Resultat", "Glukos 24, ketoner 3,2, HbA1c 98. Typ 1-diabetes."),
     ("Information", "Pat och båda föräldrarna informerade om diagnosen och om insulinbehandlingen, diabetessköterska träffar familjen i morgon.")])],
  [], ["NL101", "NL102"], "17-year-old told together with the parents: no breach"),

C("vgr-brost-maken-far-inte-veta", "vgr", P("19700226", "520"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_brost", "Helena Borg", "läkare",
     "2024-03-12 14:00", "14:45", [
     ("Bedömning", "Bröstcancer vänster, T1N0, sektorresektion och portvaktskörtel planeras."),
     ("Information", "Pat informerad om diagnosen och behandlingsplanen. Hon vill inte att maken får veta förrän efter operationen.")])],
  [], ["NL101"], "the husband is not to be told; the patient herself is informed"),

C("vgr-kungalv-kir-ej-informerad-operationsdatum", "vgr", P("19780921", "493"),
  [N("n1", "Melior", "Läkaranteckning", "vg_kungalv_kir", "Patrik Engström", "läkare",
     "2024-04-04 10:20", "10:50", [
     ("Bedömning", "Ljumskbråck hö, reponibelt, besvärande vid lyft i arbetet."),
     ("Planering", "Pat ej informerad om operationsdatum, operationsplaneringen återkommer per brev.")])],
  [], ["NL101", "NL102"], "not informed about the date of surgery, not about a diagnosis"),

C("vgr-su-lung-typo-inte-fatt-beked-ipf", "vgr", P("19521117", "151"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_lung", "Erik Holm", "läkare",
     "2024-10-10 13:40", "14:20", [
     ("Bedömning", "Lungfunktion och DT diskuterade på multidisciplinär konferens: idiopatisk lungfibros med UIP-mönster."),
     ("Planering", "Pat har inte fått beked om diagnosen, besked vid återbesök om två veckor.")])],
  ["NL101"], [], "typo 'beked' (besked) in the not-told statement next to a settled IPF"),

C("vgr-dsbus-neuro-duchenne-foraldrar-ej-informerade", "vgr", P("20160208", "211"),
  [N("n1", "Melior", "Läkaranteckning", "vg_dsbus_neuro", "Sara Nilsson", "läkare",
     "2024-06-13 15:00", "15:30", [
     ("Resultat", "Genetisk analys: Duchennes muskeldystrofi, deletion exon 45–50."),
     ("Planering", "Föräldrarna är ännu inte informerade; besked ges av barnneurolog och kurator på måndag.")])],
  ["NL101"], ["NL102"], "eight-year-old's guardians read the journal and have not been told the diagnosis"),

C("vgr-sas-kurator-pat-vill-inte-beratta", "vgr", P("19660412", "383"),
  [N("n1", "Melior", "Kuratorsanteckning", "vg_sas_kurator", "Emma Fransson", "kurator",
     "2024-11-13 13:00", "13:50", [
     ("Samtal", "Pat bearbetar beskedet om Parkinsons sjukdom som han fick av neurologen i förra veckan. Har inte informerat arbetsgivaren och vill vänta med det."),
     ("Planering", "Nytt samtal om tre veckor.")])],
  [], ["NL101"], "the patient knows; it is the employer who has not been informed"),
]


# ------------------------------------------------ part 4: Skåne PMO (diagnoses never shown)

CASES += [
C("sk-pmo-vc-misstankt-pneumoni", "skane", P("19630402", "291"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_sodervarn", "Mikael Persson", "läkare",
     "2024-02-06 10:20", "10:50", [
     ("Anamnes", "Hosta och feber 38,7 i fem dagar, andfådd i trappor."),
     ("Status", "Dämpning och krepitationer vänster basalt. CRP 96, sat 95 %."),
     ("Bedömning", "Misstänkt pneumoni vä. Kåvepenin 1 g x 3 i sju dagar, åter vid försämring.")])],
  [], ["NL102"], "hedged pneumonia in PMO, where diagnoses are never shown to the patient"),

C("sk-pmo-vc-trol-migran-utan-aura", "skane", P("19970811", "446"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_tabelund", "Sofia Lindahl", "läkare",
     "2024-03-11 13:10", "13:40", [
     ("Bedömning", "Återkommande ensidig pulserande huvudvärk med ljus- och ljudkänslighet, normalt neurologstatus. Trol. migrän utan aura; sumatriptan och huvudvärksdagbok.")])],
  [], ["NL102"], "'Trol. migrän' in a PMO primary-care note"),

C("sk-pmo-tel-ssk-misstankt-cystit", "skane", P("19880227", "524"),
  [N("n1", "PMO", "Telefonkontakt", "sk_vc_larod", "Therese Jonsson", "sjuksköterska",
     "2024-05-20 08:40", "08:55", [
     ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar, ingen feber eller flanksmärta."),
     ("Åtgärd", "Misstänkt okomplicerad cystit. Recept på nitrofurantoin efter ordination av dr Ek, åter om inte bättre inom tre dagar.")])],
  [], ["NL102"], "nurse telephone note in PMO with a hedged cystitis"),

C("sk-pmo-bvc-fragetecken-hoftledsdysplasi", "skane", P("20240115", "386"),
  [N("n1", "PMO", "BVC-besök", "sk_bvc_eslov", "Maria Lindqvist", "sjuksköterska",
     "2024-03-20 09:30", "10:00", [
     ("Undersökning", "Asymmetriska hudveck på låren, vänster ben ser kortare ut."),
     ("Åtgärd", "?Höftledsdysplasi, BVC-läkaren har tittat och remiss skickas till barnortoped för ultraljud.")])],
  [], ["NL102"], "child-health-centre note in PMO with '?Höftledsdysplasi'"),

C("sk-pmo-um-mojlig-klamydia", "skane", P("20060921", "268"),
  [N("n1", "PMO", "Besöksanteckning", "sk_um_landskrona", "Petra Sjöberg", "barnmorska",
     "2024-04-15 15:30", "16:00", [
     ("Besöksorsak", "Flytningar och sveda sedan en vecka, ny partner sedan en månad."),
     ("Bedömning", "Möjlig klamydia – prov taget, svaret kommer via 1177 inom en vecka. Kondom tills vidare.")])],
  [], ["NL102"], "youth clinic midwife in PMO: 'Möjlig klamydia'"),

C("sk-pmo-hsv-trycksar-kan-ej-uteslutas", "skane", P("19310504", "460"),
  [N("n1", "PMO", "Hemsjukvård", "sk_hsv_ystad", "Lina Dahl", "sjuksköterska",
     "2024-06-11 14:00", "14:20", [
     ("Hud", "Rodnad över sakrum som inte bleknar vid tryck. Trycksår kategori 1 kan ej uteslutas."),
     ("Åtgärd", "Avlastande madrass beställd, vändschema var tredje timme, anhöriga instruerade.")])],
  [], ["NL102"], "home-care nurse in PMO: 'kan ej uteslutas' about a pressure ulcer"),

C("sk-pmo-vc-dd-pmr-sen-ra", "skane", P("19520117", "559"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_osterlen", "Henrik Roos", "läkare",
     "2024-09-25 11:00", None, [
     ("Bedömning", "Stelhet i skuldrorna på morgonen i sex veckor, SR 48. DD polymyalgia reumatika, sent debuterande RA. Remiss reumatolog."),
     ("Planering", "Avvaktar kortison tills reumatologen bedömt.")])],
  [], ["NL102"], "DD list in a PMO note is never visible"),

C("sk-pmo-psykolog-trolig-ptsd", "skane", P("19910716", "328"),
  [N("n1", "PMO", "Psykologbesök", "sk_vc_hoor", "Hanna Strand", "psykolog",
     "2024-10-02 09:00", "09:50", [
     ("Samtal", "Återupplevanden och mardrömmar efter trafikolyckan i mars, undviker att köra bil och sover dåligt."),
     ("Bedömning", "Trloig PTSD. Erbjuds traumafokuserad KBT, tolv sessioner.")])],
  [], ["NL102"], "typo 'Trloig' (trolig) PTSD by a primary-care psychologist in PMO"),

C("sk-pmo-vc-typo-sannolkit-gikt", "skane", P("19680302", "175"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_nasby", "Anders Ljung", "läkare",
     "2024-07-08 15:15", "15:40", [
     ("Bedömning", "Akut svullen, röd och het stortåled hö. Urat 520. Sannolkit gikt, Naproxen 500 mg x 2 i fem dagar.")])],
  [], ["NL102"], "typo 'Sannolkit' (sannolikt) gout in a PMO note"),

C("sk-pmo-tidiga-hypoteser-koloncancer", "skane", P("19550809", "234"),
  [N("n1", "PMO", "Tidiga hypoteser", "sk_vc_oxie", "Katarzyna Nowak", "läkare",
     "2024-08-19 16:00", "16:20", [
     ("Tidiga hypoteser", "Viktnedgång 8 kg, Hb 104 med järnbrist. Misstänkt koloncancer, remiss koloskopi enligt standardiserat vårdförlopp. Pat ej informerad om misstanken.")])],
  [], ["NL102"], "PMO note in the Tidiga hypoteser template: hidden twice over"),

C("sk-pmo-diabetesssk-ev-neuropati", "skane", P("19590620", "497"),
  [N("n1", "PMO", "Diabetesbesök", "sk_vc_tabelund", "Yasmin Ali", "sjuksköterska",
     "2024-11-14 10:30", "11:10", [
     ("Fötter", "Nedsatt monofilamentkänsel under båda stortårna, pulsar palpabla."),
     ("Bedömning", "Ev. begynnande perifer neuropati, läkare informeras. Riskgrupp 2, remiss till fotterapeut.")])],
  [], ["NL102"], "diabetes nurse's 'Ev. begynnande perifer neuropati' in PMO"),

C("sk-pmo-fysio-misstankt-diskbrack", "skane", P("19800111", "359"),
  [N("n1", "PMO", "Fysioterapeutbesök", "sk_vc_larod", "Viktor Nyberg", "fysioterapeut",
     "2024-01-29 08:00", "08:40", [
     ("Status", "Ländryggssmärta med utstrålning ned i vänster ben till foten, positivt SLR 40° vä."),
     ("Bedömning", "Misstänkt diskbråck L5–S1. Läkartid bokad samma vecka, rörelseråd givna.")])],
  [], ["NL102"], "physiotherapist in PMO: 'Misstänkt diskbråck'"),

C("sk-pmo-dietist-trolig-ibs", "skane", P("19940304", "582"),
  [N("n1", "PMO", "Dietistbesök", "sk_vc_sodervarn", "Ida Bengtsson", "dietist",
     "2024-12-10 13:00", None, [
     ("Bedömning", "Oregelbunden avföring och gaser sedan två år, inga alarmsymtom, normal koloskopi i våras. Trolig IBS, startar låg-FODMAP under vägledning.")])],
  [], ["NL102"], "unsigned PMO dietitian draft with 'Trolig IBS'"),

C("sk-pmo-bvc-lakare-misstankt-autism", "skane", P("20211030", "292"),
  [N("n1", "PMO", "BVC-läkarbesök", "sk_bvc_landskrona", "Malin Axelsson", "läkare",
     "2024-05-06 14:00", "14:45", [
     ("Bedömning", "Ingen gemensam uppmärksamhet, få ord och reagerar inte på sitt namn. M-CHAT 9 poäng. Misstänkt autism, remiss till barn- och ungdomshabiliteringens utredningsteam.")])],
  [], ["NL102"], "BVC doctor in PMO: 'Misstänkt autism' in a two-year-old"),

C("sk-pmo-vc-tel-lakare-susp-borrelia", "skane", P("19740826", "413"),
  [N("n1", "PMO", "Telefonkontakt", "sk_vc_osterlen", "Per-Olof Jeppsson", "läkare",
     "2024-07-30 11:50", "12:00", [
     ("Bedömning", "Bild från pat via 1177 visar ringformad rodnad 7 cm på låret tre veckor efter fästingbett. Susp. erythema migrans, Kåvepenin 1 g x 3 i tio dagar.")])],
  [], ["NL102"], "'Susp.' erythema migrans in a PMO telephone note"),
]


# ------------------------------------------------ part 5: multi-note records

CASES += [
C("sk-multi-th-mall-sedan-besked-lungcancer", "skane", P("19541008", "377"),
  [N("n1", "Melior", "Tidiga hypoteser", "sk_lung_lund", "Erik Holm", "läkare",
     "2024-02-05 14:00", "14:20", [
     ("Tidiga hypoteser", "DT thorax: 3 cm spikulerad förändring i höger ovanlob med förstorade mediastinala körtlar. Starkt misstänkt lungcancer. Pat ej informerad om misstanken, bronkoskopi först.")]),
   N("n2", "Melior", "Läkaranteckning", "sk_lung_lund", "Erik Holm", "läkare",
     "2024-02-19 10:30", "11:15", [
     ("Resultat", "Bronkoskopi med biopsi: adenokarcinom, EGFR-analys pågår."),
     ("Information", "Pat informerad om diagnosen i dag med dottern närvarande, kontaktsjuksköterska utsedd.")])],
  [], ["NL102:n1", "NL101:n1", "NL102:n2", "NL101:n2"],
  "suspicion kept in the Tidiga hypoteser template, then confirmed and told in a visible note"),

C("vgr-multi-misstankt-sedan-verifierad-sarkoidos", "vgr", P("19830427", "586"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_lung", "Mona Said", "läkare",
     "2024-04-03 09:30", "10:10", [
     ("Bedömning", "Torrhosta och knölros på underbenen, bilaterala hiluskörtlar på lungröntgen. Misstänkt sarkoidos, EBUS bokas.")]),
   N("n2", "Melior", "Läkaranteckning", "vg_su_lung", "Mona Said", "läkare",
     "2024-04-24 13:00", "13:30", [
     ("Bedömning", "EBUS: icke-nekrotiserande granulom, odlingarna negativa. Sarkoidos stadium I, ingen behandling i nuläget.")])],
  ["NL102:n1"], ["NL102:n2"], "first note hedges sarcoidosis visibly, second confirms it"),

C("sk-multi-aml-ej-informerad-sedan-informerad", "skane", P("19670215", "252"),
  [N("n1", "Melior", "Läkaranteckning", "sk_hemat_lund", "Goran Petrović", "läkare",
     "2024-09-10 17:20", "17:50", [
     ("Resultat", "Benmärgsprov: akut myeloisk leukemi med 45 % blaster."),
     ("Planering", "Pat ej informerad, besked i morgon förmiddag på avdelningen tillsammans med sambon.")],
     setting="slutenvård"),
   N("n2", "Melior", "Läkaranteckning", "sk_hemat_lund", "Goran Petrović", "läkare",
     "2024-09-11 10:00", "11:00", [
     ("Information", "Pat och sambo informerade om diagnosen AML och om induktionsbehandlingen som startar på fredag. Pat tog beskedet med fattning, många frågor om fertilitet.")],
     setting="slutenvård")],
  ["NL101:n1"], ["NL101:n2"], "day-one note breaks NL101 (diagnosis visible, not told); day-two note records the telling"),

C("vgr-multi-ssk-telefon-sedan-lakare", "vgr", P("19490905", "362"),
  [N("n1", "Melior", "Telefonanteckning", "vg_nu_med", "Jenny Carlsson", "sjuksköterska",
     "2024-06-17 09:10", "09:20", [
     ("Kontaktorsak", "Ringer och uppger yrsel när hon reser sig, har tagit nytt blodtrycksläkemedel sedan i måndags. Tid hos läkare i morgon.")]),
   N("n2", "Melior", "Läkaranteckning", "vg_nu_med", "Björn Hedlund", "läkare",
     "2024-06-18 11:00", "11:30", [
     ("Status", "BT liggande 142/80, stående efter tre minuter 108/66 med yrsel."),
     ("Bedömning", "Trolig ortostatisk hypotension efter insatt amlodipin. Sätter ut amlodipin, ny kontroll om två veckor.")])],
  ["NL102:n2"], ["NL102:n1"], "nurse's call has no diagnosis; next-day doctor note hedges one"),

C("sk-multi-pmo-remiss-sedan-akut-dvt", "skane", P("19750704", "464"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_hoor", "Sofia Lindahl", "läkare",
     "2024-03-25 10:40", "11:00", [
     ("Bedömning", "Svullen och öm vänster vad efter långflygning. Misstänkt DVT, remiss till akuten för ultraljud i dag.")]),
   N("n2", "Melior", "Läkaranteckning", "sk_akut_lund", "Tobias Wennerström", "läkare",
     "2024-03-25 14:30", "15:10", [
     ("Resultat", "UL: proximal DVT i vänster v. poplitea."),
     ("Bedömning", "Eliquis 10 mg x 2 i sju dagar, därefter 5 mg x 2 i tre månader. Kompressionsstrumpa.")])],
  [], ["NL102:n1", "NL102:n2"], "hedged DVT only in the PMO referral note; Melior ER note confirms it"),

C("vgr-multi-th-sokord-sedan-psykolog-sannolik", "vgr", P("19510318", "295"),
  [N("n1", "Melior", "Läkaranteckning", "vg_molndal_minnes", "Gunilla Paulsson", "läkare",
     "2024-01-15 13:00", "14:00", [
     ("Bedömning", "Kognitiv svikt under utredning, neuropsykologisk testning beställd."),
     ("Tidiga hypoteser", "Misstänkt Lewy body-demens pga synhallucinationer och fluktuerande vakenhet.")]),
   N("n2", "Melior", "Psykologanteckning", "vg_molndal_minnes", "Hanna Strand", "psykolog",
     "2024-02-08 09:00", "12:30", [
     ("Resultat", "Uttalad visuospatial nedsättning och svängande uppmärksamhet, minnet relativt bevarat."),
     ("Bedömning", "Testprofilen gör Lewy body-demens sannolik.")])],
  ["NL102:n2"], ["NL102:n1"], "doctor kept the hypothesis under Tidiga hypoteser; psychologist states it hedged in Bedömning"),

C("sk-multi-bup-trolig-autism-sedan-aterkoppling", "skane", P("20150305", "137"),
  [N("n1", "Melior", "Psykologanteckning", "sk_bup_lund", "Hanna Strand", "psykolog",
     "2024-01-17 14:00", "15:30", [
     ("Bedömning", "ADOS-2 och föräldraintervju talar samstämmigt. Trolig autism, kompletterande observation i skolan innan återgivning.")]),
   N("n2", "Melior", "Psykologanteckning", "sk_bup_lund", "Hanna Strand", "psykolog",
     "2024-04-10 13:00", "14:30", [
     ("Återgivning", "Utredningen avslutad: autism utan intellektuell funktionsnedsättning. Föräldrarna och pojken informerade vid återgivningssamtalet, skriftligt utlåtande skickas hem.")])],
  ["NL102:n1"], ["NL101:n2", "NL102:n2"], "BUP: hedged autism in the first note, settled and communicated in the second"),

C("vgr-multi-th-msa-sedan-informerad", "vgr", P("19550921", "418"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_neuro", "Anna-Karin Svensson", "läkare",
     "2024-08-06 10:00", "10:45", [
     ("Bedömning", "Parkinsonism med dålig effekt av levodopa, ortostatism och urininkontinens. Autonomitest bokat."),
     ("Tidiga hypoteser", "Misstänkt multipel systematrofi; väntar med att ta upp det med pat tills autonomitestet är gjort.")]),
   N("n2", "Melior", "Läkaranteckning", "vg_su_neuro", "Anna-Karin Svensson", "läkare",
     "2024-09-03 10:00", "10:50", [
     ("Information", "Genomgång av autonomitestet som visar uttalad autonom svikt. Pat och dottern informerade om att multipel systematrofi är den troliga diagnosen och vad det innebär.")])],
  [], ["NL102:n1", "NL101:n2"], "hypothesis under Tidiga hypoteser, later explained to the patient in a visible note"),

C("sk-multi-akut-avdelning-epikris-pyelonefrit", "skane", P("19860110", "386"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_ystad", "Rasmus Kjellberg", "läkare",
     "2024-10-20 22:30", "23:05", [
     ("Bedömning", "Feber 39,6, frossa och ömhet över höger njurloge. Trol. pyelonefrit hö, urinodling och blododling tagna, Cefotaxim iv.")]),
   N("n2", "Melior", "Daganteckning", "sk_med_csk", "Katarzyna Nowak", "läkare",
     "2024-10-22 10:00", "10:30", [
     ("Bedömning", "Urinodling: E. coli >10^5, känslig för ciprofloxacin. Pyelonefrit, övergår till ciprofloxacin peroralt.")],
     setting="slutenvård"),
   N("n3", "Melior", "Epikris", "sk_med_csk", "Katarzyna Nowak", "läkare",
     "2024-10-23 14:00", "2024-10-24 09:00", [
     ("Diagnoser", "Akut pyelonefrit höger (N10.9)."),
     ("Förlopp", "Snabb förbättring på antibiotika, afebril från dag två. Utskriven i gott skick med ciprofloxacin i sammanlagt sju dagar.")],
     setting="slutenvård")],
  ["NL102:n1"], ["NL102:n2", "NL102:n3"], "three notes: hedged at the ER, confirmed on the ward and in the discharge summary"),

C("vgr-multi-misstanke-kvarstar-i-bada", "vgr", P("19640102", "531"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_reuma", "Mona Said", "läkare",
     "2024-05-08 14:00", "14:30", [
     ("Bedömning", "Raynaudfenomen, svullna fingrar och positiv ANA. Misstänkt tidig systemisk skleros, kapillärmikroskopi bokas.")]),
   N("n2", "Melior", "Sjuksköterskeanteckning", "vg_su_reuma", "Maria Lindqvist", "sjuksköterska",
     "2024-05-29 09:00", "09:20", [
     ("Åtgärd", "Kapillärmikroskopi utförd enligt ordination, bilder skickade till läkaren för bedömning. Pat fick råd om varma vantar och att undvika kyla.")])],
  ["NL102:n1"], ["NL102:n2"], "only the doctor's note hedges; the nurse's follow-up holds no diagnosis"),

C("sk-multi-kvinno-ej-informerad-sedan-ringt", "skane", P("19840604", "286"),
  [N("n1", "Melior", "Läkaranteckning", "sk_kvinno_ystad", "Åsa Möller", "läkare",
     "2024-07-01 15:40", "16:00", [
     ("Resultat", "PAD från endometriebiopsi: endometrioid adenocarcinom, grad 1."),
     ("Planering", "Pat ej underrättad om svaret ännu, kallas till besök på torsdag för information.")]),
   N("n2", "Melior", "Läkaranteckning", "sk_kvinno_ystad", "Åsa Möller", "läkare",
     "2024-07-04 10:00", "10:50", [
     ("Information", "Besök med maken. Pat informerad om att biopsin visar livmoderkroppscancer i tidigt stadium och att operation rekommenderas, remiss till gynonkologen i Lund.")])],
  ["NL101:n1"], ["NL101:n2"], "'ej underrättad' (synonym for informed) with a PAD diagnosis; telling documented later"),
]


# ------------------------------------------------ part 6: long notes (about 300 words)

CASES += [
C("sk-lang-hjart-inskrivning-misstankt-perimyokardit", "skane", P("19951112", "579"),
  [N("n1", "Melior", "Inskrivningsanteckning", "sk_hjart_lund", "Viktor Nyberg", "läkare",
     "2024-11-18 01:15", "02:30", [
     ("Kontaktorsak", "Bröstsmärta sedan i går kväll, värre vid djupandning och i liggande, lindras när han sitter framåtlutad."),
     ("Anamnes", "29-årig tidigare frisk man, arbetar som elektriker. Förkyld med halsont och feber för en vecka sedan, blev bättre och tränade på gym i förrgår. Smärtan debuterade i går kl 21 som ett tryck mitt i bröstet, nu mer stickande. Ingen dyspné i vila, lätt andfådd i trappor. Ingen synkope, ingen hjärtklappning. Röker inte, snusar dagligen. Inga droger enligt egen uppgift."),
     ("Tidigare sjukdomar", "Astma i barndomen, inga besvär i vuxen ålder."),
     ("Hereditet", "Pappa fick stent vid 61 års ålder. Ingen känd plötslig hjärtdöd i släkten."),
     ("Socialt", "Bor med sambo i lägenhet i Lund, inga barn. Arbetar heltid med mycket fysiskt arbete på byggarbetsplatser. Styrketränar fyra gånger i veckan och springer på helgerna. Dricker alkohol måttligt på helger. Ingen utlandsresa senaste halvåret."),
     ("Läkemedel", "Inga stående."),
     ("Status", "AT: opåverkad, sitter framåtlutad. Temp 37,8. Cor: regelbunden rytm 96/min, gnidningsljud över apex i liggande. Pulm: vesikulärt andningsljud bilateralt. BT 128/76, sat 98 %. Inga perifera ödem."),
     ("Lab och EKG", "EKG: konkava ST-höjningar i flera avledningar och PR-sänkning i II. Hs-TnT 148 följt av 212 ng/L. CRP 41. Hb, elstatus och kreatinin normala."),
     ("Bedömning", "Misstänkt perimyokardit efter nylig luftvägsinfektion. Smärtkaraktären och EKG talar för detta, men troponinstegringen gör att vi inte helt släpper akut koronart syndrom hos en ung man med hereditet. Hemodynamiskt stabil."),
     ("Information", "Pat och sambon har fått veta att han läggs in för övervakning och fortsatt utredning av bröstsmärtan och provsvaren. Han frågar om han kan arbeta nästa vecka; svarar att det beror på undersökningarna och att vi tar ställning till sjukskrivning innan hemgång. Sambon lämnar sitt telefonnummer och vill bli uppringd om något förändras under natten."),
     ("Planering", "Inläggs på hjärtintensiven med telemetri. Ibuprofen 600 mg x 3 med protonpumpshämmare, kolkicin 0,5 mg x 2. UKG i morgon bitti och MR hjärta under vårdtiden. Ny troponin kl 06. Avstå från all träning tills vidare, pat har fått information om detta och om planen för natten.")],
     setting="slutenvård")],
  ["NL102"], [], "long admission note: 'Misstänkt perimyokardit' in Bedömning among nine sections"),

C("vgr-lang-epikris-bekraftade-diagnoser", "vgr", P("19440310", "157"),
  [N("n1", "Melior", "Epikris", "vg_alingsas_med", "Katarzyna Nowak", "läkare",
     "2024-03-22 13:00", "2024-03-25 08:40", [
     ("Orsak till inläggning", "80-årig man inkommer med tilltagande andfåddhet och bensvullnad sedan två veckor, viktuppgång 5 kg."),
     ("Tidigare sjukdomar", "Hypertoni sedan 2005. Typ 2-diabetes, tablettbehandlad. Hjärtinfarkt 2016 med PCI mot LAD. Knäprotes höger 2019."),
     ("Hereditet", "Bror trol. död i hjärtsvikt i 70-årsåldern, uppgifterna osäkra. Mor hade diabetes."),
     ("Socialt", "Bor med hustrun i villa i Alingsås och klarar sig själv i ADL. Hustrun sköter dosetten, inga hemtjänstinsatser. Tidigare snickare, pensionär sedan 2009. Kör fortfarande bil kortare sträckor. Har två döttrar som bor i Göteborg och hjälper till vid behov."),
     ("Förlopp", "Vid ankomst takypné, halsvenstas och pittingödem till knäna. NT-proBNP 6800. Lungröntgen med stas och bilaterala pleuravätskor. UKG visade EF 30 % och hypokinesi anteriort, oförändrat mot 2021 men med ny måttlig mitralisinsufficiens. DT lungartärer gjordes dag två på grund av stigande syrgasbehov och visade inga embolier. Diuretika intravenöst gav god effekt med viktnedgång 4,5 kg på fem dygn. Kreatinin steg lätt men vände. Kaliumnivåerna har varit stabila efter justering. Blodsockret var högt de första dygnen, metformin gjorde uppehåll kring kontrastundersökningen och har återinsatts."),
     ("Diagnoser", "Hjärtsvikt med nedsatt ejektionsfraktion, akut försämring (I50.1). Mitralisinsufficiens, måttlig. Typ 2-diabetes."),
     ("Läkemedelsförändringar", "Furosemid höjt till 40 mg x 2. Insatt dapagliflozin 10 mg. Metoprolol höjt till 100 mg. Amlodipin utsatt på grund av lågt blodtryck."),
     ("Omvårdnad vid utskrivning", "Pat har under vårdtiden fått undervisning av sviktsjuksköterska om vätskerestriktion 1,5 liter per dygn, saltintag och vilka symtom han ska vara uppmärksam på. Han och hustrun har fått en vågdagbok med sig hem. Går med käpp i korridoren utan syrgas, saturation 94 % i vila på rumsluft vid utskrivning. Vikt vid utskrivning 82,3 kg, som blir hans torrvikt i uppföljningen."),
     ("Uppföljning", "Sviktsköterska på vårdcentralen ringer om en vecka för vikt och symtom. Elstatus och kreatinin om tio dagar. Möjligen blir det aktuellt att byta till sakubitril/valsartan vid återbesöket på hjärtmottagningen om sex veckor, beroende på blodtrycket. Pat informerad om daglig vägning och att höra av sig vid viktökning över 2 kg på tre dagar.")],
     setting="slutenvård")],
  [], ["NL102"], "long discharge summary: affirmed diagnoses, embolism excluded, only family and treatment hedges"),

C("vgr-lang-kvinno-th-sokord-ovarialcancer", "vgr", P("19610218", "484"),
  [N("n1", "Melior", "Läkaranteckning", "vg_skas_kvinno", "Helena Borg", "läkare",
     "2024-05-16 11:00", "12:10", [
     ("Aktuellt", "63-årig kvinna remitterad från vårdcentralen för ökat bukomfång och tryckkänsla i nedre delen av buken sedan två månader. Tidig mättnadskänsla, i övrigt god aptit. Ingen postmenopausal blödning. Har gått ned cirka två kilo utan att försöka. Urinträngningar något oftare än tidigare, ingen sveda och ingen förstoppning."),
     ("Anamnes", "Två förlossningar. Menopaus vid 52. Ingen hormonbehandling. Hypotyreos sedan många år, välbehandlad. Opererad för gallsten 2008. Icke-rökare, arbetar som lärare på deltid."),
     ("Socialt", "Gift, bor i hus utanför Skövde. Två vuxna barn, dottern är sjuksköterska. Har varit sjukskriven en vecka på grund av trötthet."),
     ("Hereditet", "Mamman hade bröstcancer vid 70 års ålder. Ingen känd äggstockscancer eller tjocktarmscancer i släkten. Mormor dog i hög ålder av hjärtsjukdom."),
     ("Läkemedel", "Levaxin 100 mikrogram dagligen. Inga blodförtunnande. Kalk och D-vitamin som hon köper själv på apoteket. Inga kända läkemedelsallergier."),
     ("Status", "Gott allmäntillstånd, BMI 27. Buken mjuk, lätt utspänd, ingen tydlig palpabel resistens bukväggsvis. Gynekologisk undersökning: normala yttre genitalia, slät portio. Bimanuellt en fast, något oregelbunden resistens höger adnex, cirka 8 cm."),
     ("Ultraljud", "Vaginalt ultraljud: komplex, delvis solid adnexförändring höger, 8 x 7 cm, med papillära strukturer och rikligt blodflöde. Måttlig mängd fri vätska i fossa Douglasi. Vänster ovarium ser normalt ut."),
     ("Lab", "CA-125 412. Hb 128, CRP 6, kreatinin normalt."),
     ("Bedömning", "Adnexförändring höger som behöver utredas vidare. Inga tecken på tarmpåverkan eller pleuravätska kliniskt."),
     ("Tidiga hypoteser", "Misstänkt ovarialcancer, RMI beräknat till 1236. Tas upp på regional MDK."),
     ("Information", "Pat berättar att hon läst på nätet och är orolig. Vi går igenom vad undersökningen visat och vilka undersökningar som återstår. Hon får skriftlig information om röntgenundersökningen och telefonnummer till kontaktsjuksköterskan. Hon önskar att maken är med vid nästa besök, vilket noteras i bokningen."),
     ("Planering", "DT thorax-buk med kontrast bokad nästa vecka. Pat informerad om att förändringen måste undersökas noggrant och att hon kallas till fortsatt utredning i Göteborg efter röntgen. Kontaktsjuksköterska ringer henne i morgon. Sjukskrivning förlängs två veckor, intyg skrivet och skickat digitalt till Försäkringskassan.")])],
  [], ["NL102"], "long gynaecology note: the only hedged diagnosis sits under the VGR sökord Tidiga hypoteser"),

C("sk-lang-onk-mdk-recidiv-ej-informerad", "skane", P("19560920", "424"),
  [N("n1", "Melior", "Konferensanteckning", "sk_onk_lund", "Ingrid Månsson", "läkare",
     "2024-08-29 15:30", "16:40", [
     ("Bakgrund", "67-årig kvinna, opererad 2021 för höggradig serös ovarialcancer stadium IIIC, därefter sex cykler karboplatin och paklitaxel följt av underhållsbehandling med olaparib i två år. Behandlingsfri sedan hösten 2023. Gott funktionstillstånd, ECOG 0–1. Bor med maken, två vuxna barn. Har under uppföljningen arbetat halvtid som redovisningsekonom och varit fysiskt aktiv med promenader och vattengympa."),
     ("Tidigare behandling", "Efter första linjens behandling kvarstår lätt perifer neuropati i fötterna, grad 1, som inte hindrar gång. Olaparib gav illamående och trötthet de första månaderna men kunde ges i full dos. BRCA-analys i blod och tumör negativ, HRD-status positivt. Inga överkänslighetsreaktioner mot tidigare cytostatika."),
     ("Frågeställning till MDK", "Stigande CA-125 vid de två senaste kontrollerna, 35 och nu 148. Pat har själv inga nya besvär enligt kontaktsjuksköterskans telefonsamtal i förra veckan."),
     ("Bilddiagnostik", "DT thorax-buk 2024-08-22 jämfört med mars: nytillkomna peritoneala knottror i övre buken, den största 18 mm under höger diafragma, ny ascites i liten mängd. Inga levermetastaser, inga förstorade lymfkörtlar i thorax."),
     ("PAD", "Ultraljudsledd biopsi från peritoneal förändring 2024-08-27: höggradig serös karcinom, förenligt med tidigare känd tumör."),
     ("MDK-beslut", "Platinumkänsligt recidiv av ovarialcancer med peritoneal karcinomatos. Sekundär cytoreduktiv kirurgi bedöms inte meningsfull med tanke på utbredningen. Rekommendation: karboplatin och pegylerat liposomalt doxorubicin i sex cykler, därefter ställningstagande till ny underhållsbehandling. Deltagande: gynonkolog, gynekologisk tumörkirurg, radiolog och patolog."),
     ("Information", "Pat är inte informerad om recidivet ännu. Ansvarig läkare ringer in henne till besök på tisdag där beskedet ges, kontaktsjuksköterskan deltar. Maken får gärna följa med om pat vill."),
     ("Stöd", "Kontaktsjuksköterskan har haft regelbunden kontakt under uppföljningen. Pat har tidigare uttryckt att hon vill ha rak information i lugn miljö med gott om tid. Kurator träffade henne vid ett tillfälle 2022. Inför tisdagens besök bokas dubbeltid, och kurator tillfrågas om att finnas tillgänglig efteråt."),
     ("Planering", "Nybesök tisdag kl 13. Provtagning enligt cytostatikaprotokoll inför start. Ny DT efter tre cykler. Recept på antiemetika skrivs vid besöket. Kontaktsjuksköterskan skickar kallelsen med post och ringer dessutom pat för att boka tiden.")])],
  ["NL101"], ["NL102"], "long MDK note: recurrence written as settled and 'inte informerad om recidivet ännu'"),

C("sk-pmo-lang-vc-flera-hedgar", "skane", P("19580105", "371"),
  [N("n1", "PMO", "Läkarbesök", "sk_vc_nasby", "Anders Ljung", "läkare",
     "2024-04-09 09:00", "10:20", [
     ("Besöksorsak", "Trötthet, yrsel och ont i magen sedan en månad. Frun har bokat tiden."),
     ("Anamnes", "66-årig man, pensionerad busschaufför. Trött mest hela dagarna, somnar framför tv:n. Yrsel när han reser sig snabbt, ingen rotatorisk yrsel. Diffust ont i övre delen av buken efter måltid, ingen kräkning, avföringen något mörkare än vanligt senaste veckorna. Har tagit ibuprofen för knäsmärta dagligen sedan jul. Röker fem cigaretter om dagen, alkohol helger."),
     ("Socialt", "Bor med frun i radhus, tre vuxna barn och sex barnbarn. Promenerar med hunden två gånger om dagen men har senaste veckorna behövt vila i uppförsbackarna."),
     ("Tidigare", "Hypertoni, Enalapril 10 mg. Knäartros bilateralt. Ljumskbråck opererat 2010. Inga kända magsår tidigare, ingen blodförtunnande behandling. Koloskopi 2019 inom screeningprogrammet utan anmärkning."),
     ("Status", "AT: blek men opåverkad. Cor: regelbunden rytm 92/min, inga blåsljud. BT sittande 122/74, stående 104/68. Buk: ömhet i epigastriet, ingen resistens, ingen défense. Rektalundersökning: svart avföring på handsken."),
     ("Lab", "Hb 96 (142 för ett år sedan), MCV 79, ferritin 8, CRP 4, kreatinin 88. Trombocyter 380, PK 1,0."),
     ("Bedömning", "Järnbristanemi med melena. Trol. blödande ulcus pga NSAID, DD gastrit eller malignitet i övre GI. Ev. bidrar även enalapril till yrseln, med tanke på det ortostatiska blodtrycksfallet."),
     ("Åtgärd", "Ibuprofen utsatt, Omeprazol 40 mg x 1 insatt. Remiss gastroskopi med förtur, bokas inom en vecka. Enalapril halveras. Pat och fru informerade om att söka akut direkt vid kräkning av blod, svimning eller tilltagande svart avföring."),
     ("Information", "Vi pratar om sambandet mellan värktabletterna och magen, och pat förstår varför ibuprofen nu sätts ut. Paracetamol 1 g upp till tre gånger dagligen mot knäsmärtan i stället. Frun frågar om han kan köra bil; avråds tills blodvärdet är kontrollerat och yrseln har släppt. Han ska inte lyfta tungt eller basta den närmaste tiden."),
     ("Planering", "Nytt Hb om en vecka på lab, telefontid till mig efter gastroskopin. Järntabletter först efter skopin. Om Hb sjunkit under 90 vid kontrollen ringer lab mig direkt och pat kallas samma dag.")])],
  [], ["NL102"], "long PMO primary-care note with several hedged diagnoses, none of them visible"),

C("vgr-lang-psykolog-kbt-paniksyndrom", "vgr", P("19940929", "228"),
  [N("n1", "Melior", "Psykologanteckning", "vg_su_psyk", "Hanna Strand", "psykolog",
     "2024-10-24 13:00", None, [
     ("Bakgrund", "30-årig kvinna, remitterad från vårdcentralen i februari med paniksyndrom sedan tre år och tilltagande undvikande av kollektivtrafik, affärer och resor. Arbetar som ekonom och har under våren haft svårt att ta sig till kontoret. Sertralin prövades 2022 men avbröts på grund av illamående. Har stöd av sin sambo som följt med till två tidigare sessioner."),
     ("Samtal", "Session 6 av 12 i KBT för paniksyndrom med agorafobi. Pat kommer i tid, berättar att veckan varit bättre än väntat. Hon har åkt spårvagn tre gånger på egen hand, två av gångerna utan att kliva av i förtid. Den tredje gången fick hon hjärtklappning och yrsel vid Järntorget, stannade kvar och märkte att ångesten klingade av efter ungefär sju minuter, vilket hon själv beskriver som en aha-upplevelse."),
     ("Skattningar", "PDSS 11 (vid start 19). PHQ-9 6. Ingen suicidalitet. Sömnen har förbättrats, somnar nu inom en halvtimme de flesta kvällar och vaknar sällan på natten."),
     ("Genomgång av hemuppgift", "Exponeringsdagboken är noggrant ifylld. Undvikandebeteenden som kvarstår: sätter sig alltid närmast dörren, bär med sig vattenflaska och tittar på klockan för att kontrollera pulsen. Vi resonerar om hur dessa säkerhetsbeteenden vidmakthåller rädslan."),
     ("Interoceptiv exponering", "Genomförde hyperventilation i 60 sekunder och snurrande på kontorsstol i session. Upplevd obehagsnivå 70 respektive 55 av 100, sjönk till 20 inom några minuter. Pat kunde själv koppla upplevelsen till sina katastroftankar om att svimma."),
     ("Bedömning", "Paniksyndrom med agorafobi i tydlig förbättring. God följsamhet och förståelse för behandlingsmodellen. Möjligen behöver vi lägga till ett par extra sessioner mot slutet med fokus på längre resor, då semesterresan i december är ett personligt mål. Inget som talar för behov av läkemedel i nuläget."),
     ("Planering", "Hemuppgift: åka spårvagn dagligen, sitta längst bak och lämna vattenflaskan hemma. Fortsätta interoceptiva övningar hemma tre gånger i veckan. Nästa session om en vecka. Skattningsformulären skickas via 1177 inför varje session. Vid session 8 planeras en genomgång av återfallsprevention och hur hon själv kan fortsätta exponeringen efter avslutad behandling.")])],
  [], ["NL102"], "long psychologist note: affirmed panic disorder, 'Möjligen' only about extra sessions"),

C("vgr-lang-geriatrik-begravd-hedge", "vgr", P("19381015", "092"),
  [N("n1", "Melior", "Inskrivningsanteckning", "vg_kungalv_geri", "Åsa Möller", "läkare",
     "2024-02-14 15:00", "16:30", [
     ("Kontaktorsak", "Tilltagande stelhet, långsamma rörelser och fall i hemmet senaste månaden."),
     ("Anamnes", "85-årig kvinna som bor på särskilt boende sedan 2022. Alzheimers sjukdom sedan 2020. Under hösten oroliga kvällar och nattlig vandring, därför insatt haloperidol 1 mg till natten i december av boendets läkare. Sedan dess enligt personalen allt stelare, släpande gång och tre fall, senast i förrgår utan fraktur. Äter långsammare och dreglar. Ingen feber, inga nya läkemedel utöver haloperidol."),
     ("Socialt", "Änka sedan 2015. Går med rollator inomhus, behöver hjälp vid dusch och påklädning. Dottern bor i närheten och besöker henne flera gånger i veckan. Sonen bor i Stockholm och hålls informerad av systern."),
     ("Läkemedel", "Donepezil 10 mg, amlodipin 5 mg, alendronat 70 mg en gång i veckan, kalcium med D-vitamin, haloperidol 1 mg till natten, paracetamol vid behov."),
     ("Tidigare sjukdomar", "Alzheimers sjukdom. Hypertoni. Osteoporos med kotkompression Th12 2021. Som yngre utredd för misstänkt struma, som avskrevs."),
     ("Hereditet", "Syster hade troligen Parkinsons sjukdom enligt dottern, men det är oklart om hon någonsin fick diagnosen."),
     ("Status", "Vaken, orienterad till person. Hypomimi. Symmetrisk kugghjulsrigiditet i båda armarna, ingen vilotremor. Gången kortstegad med nedsatt armpendling. Cor och pulm u.a. BT 134/72 liggande, 128/70 stående utan yrsel vid uppresning."),
     ("Lab", "Hb 124, CRP 3, elstatus, kreatinin och TSH normala. CK 140."),
     ("Bedömning", "Trolig läkemedelsutlöst parkinsonism av haloperidol. Ingen hypertermi och normalt CK, inget som talar för malignt neuroleptikasyndrom. Fallrisken är hög."),
     ("Omvårdnad", "Orolig första natten men gick att lugna med samtal. Äter med visst stöd och har fått konsistensanpassad kost tills logoped bedömt sväljningen. Fallriskbedömning: hög, larmmatta vid sängen. Behöver stöd av en person vid förflyttning säng–rullstol. Urinkontinent nattetid, använder inkontinensskydd som på boendet."),
     ("Planering", "Haloperidol utsatt. Fysioterapeut bedömer förflyttning och gånghjälpmedel i morgon. Arbetsterapeut kontaktas för bedömning av boendet. Dotter informerad per telefon. Ny bedömning av rigiditeten om två till fyra veckor. Läkemedelsgenomgång inför utskrivning tillsammans med boendets läkare, med i första hand icke-farmakologiska åtgärder mot den nattliga oron.")],
     setting="slutenvård")],
  ["NL102"], [], "long geriatric note: family and past hedges are near misses, but 'Trolig läkemedelsutlöst parkinsonism' is the patient's own"),

C("sk-lang-akut-ystad-sinustrombos-kan-ej-uteslutas", "skane", P("19900113", "562"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_ystad", "Rasmus Kjellberg", "läkare",
     "2024-06-30 20:10", None, [
     ("Kontaktorsak", "Huvudvärk sedan fyra dagar som blir värre för varje dag, i dag även illamående. Sambon körde henne hit."),
     ("Anamnes", "34-årig kvinna, förskollärare. Tidigare frisk utöver enstaka spänningshuvudvärk. Nu en annan typ av värk, diffus, värst på morgonen och vid hosta och framåtböjning. Kräkts en gång i dag. Synen suddig stundvis senaste dygnet. Ingen feber, ingen nackstelhet, inget trauma. Kombinerade p-piller sedan två månader. Röker inte. Förlöst för fyra månader sedan, ammar inte."),
     ("Tidigare sjukdomar", "Inga kroniska sjukdomar. Graviditetsdiabetes under förra graviditeten som gick över efter förlossningen. Inga tidigare blodproppar hos henne själv eller i familjen."),
     ("Socialt", "Bor med sambo och två barn, fyra månader och fem år. Sambon är föräldraledig och tar hand om barnen i kväll."),
     ("Läkemedel", "Kombinerade p-piller. Ipren vid behov, senaste dygnet utan effekt."),
     ("Status", "AT: påverkad av smärtan, ligger helst ned. Temp 37,1. BT 138/84, puls 78. Neurologstatus: vaken, orienterad, inga pareser, inga känselbortfall, normal koordination. Pupiller lika stora med normal ljusreaktion. Oftalmoskopi: papillerna ser svullna ut bilateralt, osäkert bedömt utan dilatation. Nacken mjuk."),
     ("Lab", "CRP <5, LPK 8,4, Hb 131, trombocyter 302. D-dimer 1,1. Graviditetstest negativt. Elstatus och kreatinin normala."),
     ("Bedömning", "Progredierande huvudvärk med morgonaccentuering, kräkning och möjlig papillstas hos kvinna med p-piller. Sinustrombos kan ej uteslutas, inte heller idiopatisk intrakraniell hypertension. Inga tecken på infektion."),
     ("Åtgärd", "DT hjärna med venografi akut. Ögonjour kontaktad för bedömning av papillerna i kväll. Smärtlindring med paracetamol iv och metoklopramid. Pat informerad om varför vi gör röntgen i kväll."),
     ("Omvårdnad", "Ligger i mörkt rum på akuten med dropp. Smärtskattning NRS 8 vid ankomst och 5 efter paracetamol och metoklopramid. Har inte kräkts igen på akuten. Hon har själv ringt sambon och berättat om planen för kvällen."),
     ("Planering", "Vid positiv venografi start av lågmolekylärt heparin och inläggning på neurologen i Lund, annars ställningstagande till lumbalpunktion med tryckmätning. Är både röntgen och ögonbedömning normala kan hemgång övervägas, med återbesök på neurologmottagningen inom en vecka.")])],
  ["NL102"], [], "long ER note: 'Sinustrombos kan ej uteslutas' buried in Bedömning"),

C("sk-lang-fysio-nacke-dd-radikulopati", "skane", P("19760904", "397"),
  [N("n1", "Melior", "Fysioterapeutanteckning", "sk_rehab_landskrona", "Daniel Sandberg", "fysioterapeut",
     "2024-01-11 13:00", "14:00", [
     ("Anamnes", "47-årig man, lagerarbetare, remitterad av ortoped för nacksmärta med utstrålning i höger arm sedan sex veckor. Smärtan började efter en lång dag med tunga lyft över huvudhöjd. Värst på kvällen och vid bakåtböjning av nacken. Stickningar i tumme och pekfinger höger, ingen svaghet enligt egen uppfattning. Sover dåligt, vaknar av värken två gånger per natt. Sjukskriven på halvtid sedan tre veckor. Tidigare frisk, tränar inte regelbundet."),
     ("Arbete och fritid", "Kör truck och plockar manuellt, lyfter kartonger upp till 20 kg många gånger per dag. Arbetsgivaren har erbjudit anpassade arbetsuppgifter med plock i midjehöjd. Spelar innebandy i korpen på vintern men har gjort uppehåll sedan besvären började. Bor med sambo och två tonårsbarn i hus med stor trädgård. Har ett stillasittande fritidsintresse i form av datorspel, ofta sent på kvällarna."),
     ("Smärta", "NRS 6/10 i vila, 8/10 vid provocerande rörelser. Ritar smärtan från nacken via skulderbladet ned till tummen."),
     ("Status", "Framskjuten huvudhållning. Nedsatt extension och rotation höger i nacken, Spurlings test positivt höger med reproduktion av armsmärtan. Nedsatt känsel för lätt beröring över tummen. Bicepsreflex hö något svagare än vä. Kraft i handledsextension 4+/5 höger. Axelns rörlighet normal, impingementtester negativa."),
     ("Skattningar", "NDI 38 %. PSFS: bära kartonger 3/10, sova 4/10, köra bil 5/10."),
     ("Mål", "Pat vill kunna sova en hel natt, återgå till heltid inom två månader och spela innebandy igen till hösten."),
     ("Bedömning", "Nacksmärta med neurologiska fynd i C6-segmentet. DD cervikal radikulopati C6 höger, mindre sannolikt karpaltunnelsyndrom med tanke på utbredningen och Spurlings test."),
     ("Åtgärd", "Information om förloppet, som oftast är gynnsamt. Avlastande ställningar och ergonomiska råd. Startar hemprogram med nackretraktion och nervglidningsövningar, dosering anpassad efter symtomen. Vi går igenom hur han kan variera arbetsställningar och ta mikropauser."),
     ("Planering", "Återbesök om två veckor. Kontakt med remitterande ortoped om kraftnedsättningen tilltar eller om smärtan inte börjar lätta inom sex veckor, då MR halsrygg kan bli aktuellt. Efter samtycke kontaktas företagshälsovården för att planera en stegvis upptrappning av arbetstiden.")])],
  ["NL102"], [], "long physiotherapy note with a 'DD cervikal radikulopati' line in Bedömning"),

C("vgr-lang-barn-streptokocker-negationer", "vgr", P("20180207", "426"),
  [N("n1", "Melior", "Läkaranteckning", "vg_sas_barn", "Sara Nilsson", "läkare",
     "2024-02-22 16:00", "16:50", [
     ("Kontaktorsak", "Feber och ont i halsen sedan två dagar, föräldrarna oroliga för att hon äter dåligt."),
     ("Anamnes", "Sexårig flicka, tidigare frisk, vaccinerad enligt programmet. Feber upp till 39,5 som svarar bra på paracetamol. Klagar på halsont och magont, har kräkts en gång i morse. Dricker men vill inte äta, kissar som vanligt. Ingen hosta eller snuva. Två barn på förskolan har haft halsfluss senaste veckan. Inga kända allergier. Har inte fått antibiotika tidigare i år. Ingen utlandsresa."),
     ("Tidigare", "Född fullgången, inga sjukhusvistelser. Öroninflammation två gånger som liten. Växer och utvecklas normalt enligt BVC."),
     ("Socialt", "Bor med mamma, pappa och en frisk lillebror på tre år. Går på förskola och börjar förskoleklass till hösten."),
     ("Vikt och vätska", "Vikt 20,5 kg, vid BVC-kontrollen för ett år sedan 19,8 kg. Har druckit ungefär en liter saft och vatten senaste dygnet enligt föräldrarna. Slemhinnorna fuktiga. Kissade senast för två timmar sedan."),
     ("Status", "AT: lätt trött men pratar och leker med mobilen. Temp 38,9. Hud: inga utslag, inga petekier. Svalg: röda, förstorade tonsiller med beläggningar, ömma körtlar i käkvinklarna. Öron: normala trumhinnor. Lungor: rena andningsljud, ingen indragning, AF 22. Buk: mjuk, oöm. Nacke: mjuk, kan titta ned i knät utan besvär. Kapillär återfyllnad under två sekunder."),
     ("Lab", "Strep A-snabbtest positivt. CRP 48."),
     ("Bedömning", "Streptokocktonsillit. Ingen misstanke om meningit eller sepsis, opåverkad cirkulation och mjuk nacke. Inga tecken på pneumoni. Magontet bedöms vara en del av halsinfektionen och inte tecken på blindtarmsinflammation med tanke på den mjuka buken."),
     ("Åtgärd", "Kåvepenin mixtur 12,5 mg/kg x 3 i tio dagar. Paracetamol vid behov, gärna före måltid för att underlätta ätandet."),
     ("Information", "Föräldrarna informerade om behandlingen och om att söka igen vid andningsbesvär, sjunkande vätskeintag, färre kiss eller om hon blir slö. Förskolan kan hon gå tillbaka till ett dygn efter insatt antibiotika om hon är feberfri. Lillebror behöver ingen behandling om han inte får symtom, men föräldrarna hör av sig om han får feber och halsont.")])],
  [], ["NL102"], "long paediatric note with an affirmed diagnosis and three negated alternatives"),

C("sk-pmo-lang-hemsjukvard-trol-uvi", "skane", P("19290612", "248"),
  [N("n1", "PMO", "Hemsjukvård", "sk_hsv_ystad", "Therese Jonsson", "sjuksköterska",
     "2024-09-06 13:30", "14:15", [
     ("Kontaktorsak", "Hemtjänsten ringer på förmiddagen, brukaren har varit oklar i tanken sedan i går och inte velat äta frukost."),
     ("Aktuellt", "95-årig kvinna i ordinärt boende med hemtjänst fyra gånger dagligen. Känd hjärtsvikt, förmaksflimmer och lindrig kognitiv svikt. Enligt hemtjänstpersonalen brukar hon vara klar och pratsam men i dag svarar hon osammanhängande, frågar efter sin man som dog för tio år sedan. Har varit mer inkontinent än vanligt senaste dygnet och urinen luktar starkt. Drack bara en kopp kaffe i går kväll enligt listan."),
     ("Läkemedel", "Dosett från apoteket: Eliquis 2,5 mg x 2, furosemid 40 mg, bisoprolol 2,5 mg, Alvedon 1 g x 3. Inga ändringar senaste månaden."),
     ("Nutrition", "Vikt 49 kg, för en månad sedan 50,5 kg. Äter vanligtvis lunch från hemtjänstens matlåda och en smörgås på kvällen. Hemtjänsten har noterat att matlådorna blivit halvätna senaste veckan. Ingen tandprotes, tuggar själv."),
     ("Status", "Sitter i fåtöljen, vaken men desorienterad till tid och plats. Temp 38,1, puls 96 oregelbunden, BT 112/64, AF 20, saturation 94 %. Munslemhinnan torr. Ömmar inte över magen. Inga nya sår eller rodnader på huden, hälarna hela. Urinsticka: nitrit positiv, leukocyter 3+, blod 1+."),
     ("Bedömning", "Akut förvirring med feber och positiv urinsticka. Trol. UVI med dehydrering, kan ej utesluta att även pneumoni bidrar med tanke på saturationen."),
     ("Åtgärd", "Kontakt med ansvarig läkare på vårdcentralen, dr Ek, som ordinerar pivmecillinam 400 mg x 3 i fem dagar efter urinodling, som skickas i dag. Vätskelista startad, mål 1200 ml per dygn. Hemtjänsten informerad om att erbjuda dryck vid varje besök och ringa vid försämring. Dottern underrättad per telefon och kommer i kväll. Brukaren drack 200 ml saft under besöket och tog sina tabletter."),
     ("Planering", "Nytt hembesök i morgon förmiddag med kontroll av temp, saturation och vakenhet. Vid sjunkande saturation eller om hon inte kan dricka kontaktas läkare för ställningstagande till inläggning. Doseringen av furosemid tas upp med läkaren i morgon med tanke på uttorkningen.")])],
  [], ["NL102"], "long PMO home-care note with 'Trol. UVI' and 'kan ej utesluta' that are never shown"),

C("vgr-lang-forlossning-misstankt-ablatio", "vgr", P("19910822", "342"),
  [N("n1", "Melior", "Läkaranteckning", "vg_skas_forl", "Helena Borg", "läkare",
     "2024-12-03 03:40", "05:20", [
     ("Kontaktorsak", "Omföderska i graviditetsvecka 36+4 som kommer in med ambulans på grund av buksmärta och blödning sedan en timme."),
     ("Anamnes", "33-årig kvinna, para 1, tidigare normal förlossning 2021. Denna graviditet okomplicerad fram till i natt, fostret har vuxit normalt enligt symfys-fundusmåttet. Vaknade kl 02 av konstant, hård smärta i magen som inte släpper mellan sammandragningarna, därefter färskt blod motsvarande en binda. Upplever att barnet rört sig mindre senaste timmen. Inget trauma. Blodtrycket har legat normalt på MVC, senast 118/72 för en vecka sedan. Röker inte."),
     ("Tidigare graviditet", "Förlossning 2021 i vecka 40, spontan vaginal förlossning, blödning 400 ml. Ingen hypertoni då. Amning i sex månader utan problem."),
     ("Aktuell graviditet", "Inskriven på MVC i vecka 9. Rutinultraljud i vecka 18 normalt med placenta på framväggen, långt från inre modermunnen. Tillväxtkontroll i vecka 32 normal. Hb 118 i vecka 28. Glukosbelastning i vecka 28 normal. Har tagit järntabletter sedan vecka 30."),
     ("Status", "Blek, smärtpåverkad. BT 146/94, puls 112. Uterus hård och öm överallt, svårt att avgränsa kontraktioner. Spekulum: måttlig blödning från cervix, ingen fostervattenavgång synlig. Cervix 2 cm öppen, mjuk."),
     ("CTG", "Basalfrekvens 150, nedsatt variabilitet och upprepade sena decelerationer under de senaste 20 minuterna."),
     ("Ultraljud", "Levande foster i huvudbjudning. Placenta på framväggen, inget säkert retroplacentärt hematom synligt, vilket inte utesluter diagnosen."),
     ("Lab", "Hb 108, trombocyter 142, fibrinogen 2,1. Blodgruppering och bastest tagna, fyra enheter beställda."),
     ("Bedömning", "Misstänkt ablatio placentae med tecken på fetal påverkan enligt CTG. Graviditetshypertoni eller begynnande preeklampsi kan bidra, proteinuri inväntas."),
     ("Åtgärd", "Beslut om akut kejsarsnitt, kategori 1. Narkosläkare och barnläkare larmade. Två grova infarter, Ringer-acetat. Pat och partner informerade om beslutet och varför det är bråttom."),
     ("Partner", "Partnern följer med till väntrummet utanför operationssalen. Paret har fått kort information om narkosen och att barnet tas om hand av barnläkare direkt efter förlösningen."),
     ("Planering", "Postoperativ övervakning på förlossningens intensivrum, kontroll av Hb, trombocyter och fibrinogen efter operationen. Blodgas från navelsträngen tas. Anteckningen kompletterad i efterhand.")],
     setting="slutenvård")],
  ["NL102"], [], "long obstetric emergency note: 'Misstänkt ablatio placentae' in a visible Bedömning"),
]


# ------------------------------------------------ part 7: a few more from the sample

CASES += [
C("sk-med-csk-typo-pneumnoni-misstankt-aspiration", "skane", P("19400721", "332"),
  [N("n1", "Melior", "Daganteckning", "sk_med_csk", "Björn Hedlund", "läkare",
     "2024-03-12 09:50", "10:30", [
     ("Bedömning", "Hostade efter frukosten i går, nu feber 38,4 och ny förtätning hö underlob. Misstänkt aspirationspneumnoni, Tazocin och sväljbedömning av logoped.")],
     setting="slutenvård")],
  ["NL102"], [], "typo 'pneumnoni' in the diagnosis word after 'Misstänkt aspiration...'"),

C("vgr-nu-med-typo-differntialdiagnos", "vgr", P("19670503", "385"),
  [N("n1", "Melior", "Läkaranteckning", "vg_nu_med", "Björn Hedlund", "läkare",
     "2024-08-15 14:10", "14:45", [
     ("Bedömning", "Hyperkalcemi 2,95 med PTH i övre normalområdet. Primär hyperparatyreoidism trolig, differntialdiagnos malignitetsassocierad hyperkalcemi. Kompletterar med PTHrP och DT thorax-buk.")])],
  ["NL102"], [], "typo 'differntialdiagnos' with 'trolig' after the diagnosis"),

C("sk-akut-malmo-typo-utelsutes-aortadissektion", "skane", P("19580214", "459"),
  [N("n1", "Melior", "Läkaranteckning", "sk_akut_malmo", "Anders Ljung", "läkare",
     "2024-05-25 05:20", "06:00", [
     ("Bedömning", "Plötslig ryggsmärta mellan skulderbladen, lika blodtryck i båda armarna. DT aorta: normal kaliber, ingen flap. Aortadissektion utelsutes. Smärtan bedöms muskulär, hem med analgetika.")])],
  [], ["NL102"], "typo 'utelsutes' (uteslutes): the dissection is ruled out, not hedged"),

C("vgr-su-onh-ingen-misstanke-malignitet-vid-heshet", "vgr", P("19720105", "276"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_onh", "Elin Ström", "läkare",
     "2024-11-28 10:15", "10:40", [
     ("Bedömning", "Laryngoskopi: bilaterala små stämbandsknutor, i övrigt normal slemhinna. Ingen misstanke om malignitet. Remiss till logoped för röstterapi.")])],
  [], ["NL102"], "negated suspicion of malignancy next to affirmed vocal nodules"),

C("sk-ortoped-hassleholm-pat-orolig-for-cancer", "skane", P("19690228", "187"),
  [N("n1", "Melior", "Läkaranteckning", "sk_ortoped_hassleholm", "Viktor Nyberg", "läkare",
     "2024-10-17 13:00", "13:30", [
     ("Anamnes", "Ont i vänster knä sedan ett halvår, värst i trappor. Pat orolig för att det kan vara skelettcancer eftersom en arbetskamrat nyligen fått det."),
     ("Bedömning", "Röntgen visar medial gonartros grad 2 utan destruktiva förändringar, inget som inger misstanke om tumör. Pat lugnad, remiss till artrosskola.")])],
  [], ["NL102"], "patient's own worry about cancer, answered by the doctor with an explicit no-suspicion"),

C("vgr-ostra-akut-misstankt-lakemedelsforvaxling", "vgr", P("19430927", "562"),
  [N("n1", "Melior", "Läkaranteckning", "vg_ostra_akut", "Omar Farah", "läkare",
     "2024-06-08 12:40", "13:20", [
     ("Bedömning", "Hypoglykemi 2,1 hos pat utan diabetes, hemtjänsten har misstänkt förväxling av dosetten med grannens. Glukos iv, observation över natten och kontakt med hemtjänsten om rutinerna.")])],
  [], ["NL102"], "the suspicion is about a dosette mix-up (an event), the hypoglycaemia is affirmed"),

C("sk-neuro-lund-ms-informerad-ej-kollegor", "skane", P("19900722", "502"),
  [N("n1", "Melior", "Sjuksköterskeanteckning", "sk_neuro_lund", "Maria Lindqvist", "sjuksköterska",
     "2024-06-12 09:00", "09:40", [
     ("Samtal", "MS-sköterskebesök en vecka efter diagnosbeskedet. Pat har läst på och förstått att det rör sig om skovvis förlöpande MS. Har inte berättat för kollegorna och vet inte om hon vill göra det."),
     ("Planering", "Start av behandling med ofatumumab, injektionsutbildning nästa vecka.")])],
  [], ["NL101", "NL102"], "MS nurse visit after the diagnosis was told; only colleagues are not informed"),

C("vgr-jubileum-th-nej-visible-ej-info-utan-diagnos", "vgr", P("19620609", "370"),
  [N("n1", "Melior", "Sjuksköterskeanteckning", "vg_jubileum", "Maria Lindqvist", "sjuksköterska",
     "2024-07-05 11:10", "11:30", [
     ("Kontaktorsak", "Pat ringer och frågar efter svaret på skelettscintigrafin."),
     ("Åtgärd", "Svaret är inte granskat av ansvarig läkare, pat har därför inte informerats. Läkaren ringer upp i eftermiddag.")])],
  [], ["NL101"], "patient not informed about a result, but no diagnosis appears in the note"),
]


# ------------------------------------------------ part 8: more NL101 from the sample

CASES += [
C("vgr-su-hemat-myelom-ej-underrattad-utkast", "vgr", P("19530416", "291"),
  [N("n1", "Melior", "Läkaranteckning", "vg_su_hemat", "Goran Petrović", "läkare",
     "2024-04-12 16:30", None, [
     ("Resultat", "Benmärgen visar 34 % klonala plasmaceller, M-komponent IgG 38 g/L och lytiska skelettförändringar på DT. Multipelt myelom."),
     ("Planering", "Pat inte underrättad om benmärgssvaret, kallas till besök på onsdag med kontaktsjuksköterska.")])],
  ["NL101"], ["NL102"], "unsigned draft: myeloma settled in Resultat, patient 'inte underrättad'"),

C("sk-hud-malmo-melanom-ej-meddelat", "skane", P("19810127", "153"),
  [N("n1", "Melior", "Läkaranteckning", "sk_hud_malmo", "Yasmin Ali", "läkare",
     "2024-08-27 14:40", "15:10", [
     ("Bedömning", "PAD från excisionen på vänster vad: malignt melanom, tjocklek 1,4 mm, ulceration saknas. Utvidgad excision och portvaktskörtel behövs."),
     ("Planering", "Svaret är ännu ej meddelat pat. Ringer in honom till läkarbesök nästa vecka.")])],
  ["NL101"], ["NL102"], "'ännu ej meddelat pat' (another verb for telling) with a confirmed melanoma"),

C("vgr-nal-uro-njurcancer-kanner-inte-till", "vgr", P("19600823", "577"),
  [N("n1", "Melior", "Läkaranteckning", "vg_nal_uro", "Mikael Persson", "läkare",
     "2024-12-11 11:20", "11:50", [
     ("Röntgen", "DT buk gjord för gallbesvär visar som bifynd en 4 cm kontrastuppladdande tumör i höger njure, typisk för njurcellscancer."),
     ("Planering", "Pat känner inte till fyndet ännu; besked ges vid återbesök den 18/12, då även operation diskuteras.")])],
  ["NL101"], [], "incidental kidney cancer visible; 'känner inte till fyndet ännu'"),

C("sk-th-mall-melanom-ej-informerad", "skane", P("19750318", "206"),
  [N("n1", "Melior", "Tidiga hypoteser", "sk_hud_lund", "Leila Karimi", "läkare",
     "2024-08-30 09:10", "09:30", [
     ("Tidiga hypoteser", "PAD från ryggen: malignt melanom in situ. Pat ej informerad, besked vid planerat besök på tisdag då även omexcision bokas.")])],
  [], ["NL101"], "diagnosis and 'ej informerad' only inside the Skåne Tidiga hypoteser template"),

C("vgr-jubileum-pat-informerad-dotter-ska-inte-veta", "vgr", P("19480702", "165"),
  [N("n1", "Melior", "Läkaranteckning", "vg_jubileum", "Ingrid Månsson", "läkare",
     "2024-05-30 13:20", "14:00", [
     ("Information", "Pat informerad om att prostatacancern har spridit sig till skelettet. Han vill att dottern inte ska informeras förrän efter hennes bröllop i juni, vilket respekteras."),
     ("Planering", "Start av hormonbehandling, skelettstärkande behandling diskuteras vid nästa besök.")])],
  [], ["NL101"], "'ska inte informeras' is about the daughter; the patient was told"),
]


# ------------------------------------------------ validation and output

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}
HSA_PREFIX = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}
PNR = re.compile(r"^(\d{4})(\d{2})(\d{2})-(\d{4})$")
DT = re.compile(r"^2024-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")


def luhn_ok(ten):
    return luhn_digit(ten[:9]) == ten[9]


def age_at(birth, when):
    b = datetime.date.fromisoformat(birth)
    w = datetime.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case", "?")
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if set(c) != CASE_KEYS:
            bad("case keys %s" % sorted(c))
            continue
        if name in names:
            bad("duplicate case name")
        names.add(name)
        if not re.match(r"^[a-z0-9-]+$", name):
            bad("case name not lower-case kebab")
        if c["ruleset"] not in HSA_PREFIX:
            bad("unknown ruleset")
        why = c["why"]
        if not why or "\n" in why:
            bad("why must be one non-empty line")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            bad("record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != PATIENT_KEYS:
            bad("patient keys")
        m = PNR.match(pat["id"])
        if not m:
            bad("personnummer format")
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != pat["birth_date"]:
                bad("personnummer does not match birth_date")
            if not luhn_ok(pat["id"][2:8] + pat["id"][9:]):
                bad("personnummer fails Luhn")
        try:
            datetime.date.fromisoformat(pat["birth_date"])
        except ValueError:
            bad("birth_date invalid")
        if pat["protected_identity"] is not False:
            bad("protected_identity must be false")
        if not DT.match(rec["as_of"]):
            bad("as_of not in 2024")
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                bad("%s must be empty" % k)
        notes = rec["notes"]
        if not notes:
            bad("no notes")
        ids = {}
        for n in notes:
            if set(n) != NOTE_KEYS:
                bad("note keys %s" % sorted(n))
                continue
            if n["id"] in ids:
                bad("duplicate note id %s" % n["id"])
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                bad("unknown system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                bad("VGR notes are Melior")
            if not n["unit"]["hsa_id"].startswith(HSA_PREFIX.get(c["ruleset"], "?")):
                bad("HSA id of another region")
            for k in ("time", "signed"):
                v = n[k]
                if v is None and k == "signed":
                    continue
                if not isinstance(v, str) or not DT.match(v):
                    bad("%s of %s not a 2024 datetime" % (k, n["id"]))
                else:
                    datetime.datetime.fromisoformat(v)
            if n["signed"] is not None and n["signed"] < n["time"]:
                bad("signed before time in %s" % n["id"])
            if n["time"] > rec["as_of"]:
                bad("note %s after as_of" % n["id"])
            age = age_at(pat["birth_date"], n["time"])
            if 13 <= age < 16 or age < 0:
                bad("patient aged %d at note %s (13–15 not used)" % (age, n["id"]))
            if not n["sections"]:
                bad("note %s without sections" % n["id"])
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    bad("bad section in %s" % n["id"])
                    continue
                for s in sentences(sec["text"]):
                    if s in seen_sentences and seen_sentences[s] != (name, n["id"], sec["keyword"]):
                        bad("sentence repeated (also in %s): %s" % (seen_sentences[s][0], s))
                    seen_sentences.setdefault(s, (name, n["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            bad("asserts nothing")
        pairs = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for t in lst:
                if not (isinstance(t, list) and len(t) == 2):
                    bad("%s entry malformed" % kind)
                    continue
                code, nid = t
                if code not in CODES:
                    bad("unexpected code %s" % code)
                if nid not in ids:
                    bad("%s target %s does not exist" % (kind, nid))
                    continue
                if (code, nid) in pairs:
                    bad("%s %s asserted twice or both ways" % (code, nid))
                pairs.add((code, nid))
                sysname = ids[nid]["system"]
                if sysname == "PMO" and code == "NL101":
                    bad("NL101 asserted on a PMO note")
                if sysname == "PMO" and code == "NL102" and kind == "must":
                    bad("must NL102 on a PMO note")
    return problems


def main():
    problems = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written and validate again
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file does not round-trip")
    problems += ["(re-read) " + p for p in validate(reread) if p not in problems]
    if problems:
        for p in problems:
            print("PROBLEM " + p, file=sys.stderr)
        sys.exit(1)
    tally = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("%s: %d cases written to %s" % (NAME, len(CASES), out))
    for code in sorted(CODES):
        print("  %s must %d, must_not %d" % (code, tally.get((code, "must"), 0),
                                            tally.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
