#!/usr/bin/env python3
"""dev67: hurried notes by AT/ST doctors, locums (hyrläkare) and night staff.

Heavy shorthand, telegraphic style, English loanwords and code-switching
(r/o, ddx, susp, w/u, c/w, CAP?), arrows and symbols, missing punctuation,
typos in hedges and diagnosis words, notes dictated on the phone.
Rules annotated: NL101, NL102.  Standard library only, deterministic.

Run: python3 build.py   -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, setting)
U = {
    # Skåne, Melior (hospitals)
    "sk_lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4KL1", "Melior", "öppenvård"),
    "sk_malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4KM7", "Melior", "öppenvård"),
    "sk_hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-6H02", "Melior", "öppenvård"),
    "sk_ystad_akut": ("Akutmottagningen, Ystad lasarett", "SE2321000255-8Y11", "Melior", "öppenvård"),
    "sk_ystad_kir": ("Kirurgiska kliniken, Ystad lasarett", "SE2321000255-8Y40", "Melior", "slutenvård"),
    "sk_kri_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C05", "Melior", "öppenvård"),
    "sk_kri_med3": ("Medicinavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-3C33", "Melior", "slutenvård"),
    "sk_kri_kir": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C51", "Melior", "öppenvård"),
    "sk_kri_kvk": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-3C72", "Melior", "öppenvård"),
    "sk_angel_akut": ("Akutmottagningen, Ängelholms sjukhus", "SE2321000255-7A03", "Melior", "öppenvård"),
    "sk_lund_barnakut": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4KB2", "Melior", "öppenvård"),
    "sk_hbg_barnavd": ("Barn- och ungdomsmedicinska kliniken avd 65, Helsingborgs lasarett", "SE2321000255-6H65", "Melior", "slutenvård"),
    "sk_hbg_barnakut": ("Barnakuten, Helsingborgs lasarett", "SE2321000255-6H61", "Melior", "öppenvård"),
    "sk_ystad_barn": ("Barnmottagningen, Ystad lasarett", "SE2321000255-8Y70", "Melior", "öppenvård"),
    "sk_land_lung": ("Lungmottagningen, Landskrona lasarett", "SE2321000255-9L21", "Melior", "öppenvård"),
    "sk_land_med2": ("Medicinavdelning 2, Landskrona lasarett", "SE2321000255-9L02", "Melior", "slutenvård"),
    "sk_land_medmott": ("Medicinmottagningen, Landskrona lasarett", "SE2321000255-9L10", "Melior", "öppenvård"),
    "sk_malmo_med": ("Medicinavdelning 4, Skånes universitetssjukhus Malmö", "SE2321000255-4KM4", "Melior", "slutenvård"),
    "sk_trell_geri": ("Geriatriska kliniken, Trelleborgs lasarett", "SE2321000255-5T30", "Melior", "slutenvård"),
    "sk_trell_medmott": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-5T12", "Melior", "öppenvård"),
    "sk_ystad_geri": ("Geriatriska avdelningen, Ystad lasarett", "SE2321000255-8Y55", "Melior", "slutenvård"),
    "sk_ystad_medmott": ("Medicinmottagningen, Ystad lasarett", "SE2321000255-8Y20", "Melior", "öppenvård"),
    "sk_lund_onk": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KO9", "Melior", "öppenvård"),
    "sk_lund_hud": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4KH3", "Melior", "öppenvård"),
    "sk_hbg_hud": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-6H38", "Melior", "öppenvård"),
    "sk_malmo_infek": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4KM9", "Melior", "slutenvård"),
    "sk_lund_infek": ("Infektionskliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KI5", "Melior", "slutenvård"),
    "sk_malmo_gynakut": ("Gynekologiska akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4KG6", "Melior", "öppenvård"),
    "sk_hlm_gyn": ("Gynekologiska mottagningen, Hässleholms sjukhus", "SE2321000255-2H14", "Melior", "öppenvård"),
    "sk_malmo_psyk": ("Psykiatriska akutmottagningen, Malmö", "SE2321000255-4PM1", "Melior", "öppenvård"),
    "sk_hbg_psyk": ("Psykiatriska kliniken avd 3, Helsingborgs lasarett", "SE2321000255-6P03", "Melior", "slutenvård"),
    "sk_lund_psykopv": ("Psykiatrisk öppenvårdsmottagning Lund", "SE2321000255-4PL2", "Melior", "öppenvård"),
    "sk_hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-6H44", "Melior", "slutenvård"),
    "sk_hbg_kir6": ("Kirurgavdelning 6, Helsingborgs lasarett", "SE2321000255-6H46", "Melior", "slutenvård"),
    "sk_malmo_kir7": ("Kirurgiska kliniken avd 7, Skånes universitetssjukhus Malmö", "SE2321000255-4KK7", "Melior", "slutenvård"),
    "sk_malmo_reuma": ("Reumatologmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4KR1", "Melior", "öppenvård"),
    "sk_lund_reuma": ("Reumatologmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4KR8", "Melior", "öppenvård"),
    "sk_lund_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KN2", "Melior", "öppenvård"),
    "sk_malmo_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4KN6", "Melior", "öppenvård"),
    "sk_hbg_neuro": ("Neurologmottagningen, Helsingborgs lasarett", "SE2321000255-6H52", "Melior", "öppenvård"),
    "sk_lund_nkir": ("Neurokirurgiska avdelningen, Skånes universitetssjukhus Lund", "SE2321000255-4KN8", "Melior", "slutenvård"),
    "sk_hbg_kard": ("Kardiologmottagningen, Helsingborgs lasarett", "SE2321000255-6H21", "Melior", "öppenvård"),
    "sk_hbg_kard11": ("Kardiologiska kliniken avd 11, Helsingborgs lasarett", "SE2321000255-6H11", "Melior", "slutenvård"),
    "sk_hlm_ortop": ("Ortopedavdelning 5, Hässleholms sjukhus", "SE2321000255-2H05", "Melior", "slutenvård"),
    "sk_lund_ortakut": ("Ortopedakuten, Skånes universitetssjukhus Lund", "SE2321000255-4KT1", "Melior", "öppenvård"),
    "sk_hlm_medmott": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-2H20", "Melior", "öppenvård"),
    "sk_lund_hemat": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KE4", "Melior", "öppenvård"),
    "sk_malmo_endo": ("Endokrinmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4KE9", "Melior", "öppenvård"),
    "sk_lund_lung": ("Lungmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-4KL6", "Melior", "öppenvård"),
    "sk_hbg_uro": ("Urologmottagningen, Helsingborgs lasarett", "SE2321000255-6H77", "Melior", "öppenvård"),
    "sk_malmo_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4KB8", "Melior", "öppenvård"),
    # Skåne, PMO (primary care)
    "sk_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P1E4", "PMO", "öppenvård"),
    "sk_vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P2T8", "PMO", "öppenvård"),
    "sk_vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-P3S1", "PMO", "öppenvård"),
    "sk_hsv_simrishamn": ("Hemsjukvården Simrishamn", "SE2321000255-P4H6", "PMO", "öppenvård"),
    "sk_um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-P5U2", "PMO", "öppenvård"),
    "sk_bvc_hoor": ("BVC Höör", "SE2321000255-P6B9", "PMO", "öppenvård"),
    # VGR, Melior
    "vg_sahl_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010211", "Melior", "öppenvård"),
    "vg_ostra_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010388", "Melior", "öppenvård"),
    "vg_ostra_medakut": ("Medicinakuten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010390", "Melior", "öppenvård"),
    "vg_ostra_infek": ("Infektionskliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010452", "Melior", "slutenvård"),
    "vg_ostra_infmott": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000010457", "Melior", "öppenvård"),
    "vg_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000010533", "Melior", "öppenvård"),
    "vg_molndal_ort": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010614", "Melior", "öppenvård"),
    "vg_molndal_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010630", "Melior", "öppenvård"),
    "vg_molndal_geri": ("Geriatriska mottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000010641", "Melior", "öppenvård"),
    "vg_sahl_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010702", "Melior", "öppenvård"),
    "vg_sahl_hemat": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010719", "Melior", "öppenvård"),
    "vg_sahl_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010725", "Melior", "öppenvård"),
    "vg_sahl_uroavd": ("Urologavdelningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010727", "Melior", "slutenvård"),
    "vg_sahl_onh": ("Öron-näs-halsmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010744", "Melior", "öppenvård"),
    "vg_sahl_lung": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010751", "Melior", "öppenvård"),
    "vg_sahl_lungavd": ("Lungavdelning 134, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010753", "Melior", "slutenvård"),
    "vg_sahl_kir": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010766", "Melior", "öppenvård"),
    "vg_sahl_brost": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010770", "Melior", "öppenvård"),
    "vg_sahl_gastro": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010782", "Melior", "öppenvård"),
    "vg_sahl_endo": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010795", "Melior", "öppenvård"),
    "vg_sahl_hud": ("Hudkliniken, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000010801", "Melior", "öppenvård"),
    "vg_jubileum": ("Onkologiska kliniken, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010820", "Melior", "öppenvård"),
    "vg_nal_akut": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000020105", "Melior", "öppenvård"),
    "vg_nal_med": ("Medicinmottagningen, NÄL Trollhättan", "SE2321000131-E000000020118", "Melior", "öppenvård"),
    "vg_nal_med32": ("Medicinavdelning 32, NÄL Trollhättan", "SE2321000131-E000000020132", "Melior", "slutenvård"),
    "vg_nal_barnakut": ("Barnakuten, NÄL Trollhättan", "SE2321000131-E000000020140", "Melior", "öppenvård"),
    "vg_nal_kir": ("Kirurgmottagningen, NÄL Trollhättan", "SE2321000131-E000000020151", "Melior", "öppenvård"),
    "vg_nal_lung": ("Lungmedicinska mottagningen, NÄL Trollhättan", "SE2321000131-E000000020163", "Melior", "öppenvård"),
    "vg_nal_neuro": ("Neurologmottagningen, NÄL Trollhättan", "SE2321000131-E000000020170", "Melior", "öppenvård"),
    "vg_nal_infmott": ("Infektionsmottagningen, NÄL Trollhättan", "SE2321000131-E000000020184", "Melior", "öppenvård"),
    "vg_nal_brost": ("Bröstmottagningen, NÄL Trollhättan", "SE2321000131-E000000020192", "Melior", "öppenvård"),
    "vg_udd_akut": ("Akutmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020205", "Melior", "öppenvård"),
    "vg_udd_med31": ("Medicinavdelning 31, Uddevalla sjukhus", "SE2321000131-E000000020231", "Melior", "slutenvård"),
    "vg_udd_uro": ("Urologmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020248", "Melior", "öppenvård"),
    "vg_udd_diab": ("Diabetesmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020252", "Melior", "öppenvård"),
    "vg_udd_hemat": ("Hematologmottagningen, Uddevalla sjukhus", "SE2321000131-E000000020266", "Melior", "öppenvård"),
    "vg_sko_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030101", "Melior", "öppenvård"),
    "vg_sko_med": ("Medicinavdelning 7, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030117", "Melior", "slutenvård"),
    "vg_sko_hia": ("Hjärtintensivavdelningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030122", "Melior", "slutenvård"),
    "vg_sko_kir10": ("Kirurgavdelning 10, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030134", "Melior", "slutenvård"),
    "vg_sko_barn": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030146", "Melior", "öppenvård"),
    "vg_sko_neuro": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030158", "Melior", "öppenvård"),
    "vg_lid_med": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000030210", "Melior", "öppenvård"),
    "vg_sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040102", "Melior", "öppenvård"),
    "vg_sas_infek": ("Infektionskliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040119", "Melior", "öppenvård"),
    "vg_sas_kvk": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040127", "Melior", "öppenvård"),
    "vg_sas_neuro": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040135", "Melior", "öppenvård"),
    "vg_als_akut": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E000000050103", "Melior", "öppenvård"),
    "vg_als_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000050111", "Melior", "öppenvård"),
    "vg_als_med6": ("Medicinavdelning 6, Alingsås lasarett", "SE2321000131-E000000050126", "Melior", "slutenvård"),
    "vg_als_ort": ("Ortopedmottagningen, Alingsås lasarett", "SE2321000131-E000000050138", "Melior", "öppenvård"),
    "vg_kun_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060104", "Melior", "öppenvård"),
    "vg_kun_med": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060112", "Melior", "öppenvård"),
    "vg_kun_kir": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060125", "Melior", "öppenvård"),
    "vg_kun_ort": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060131", "Melior", "öppenvård"),
    "vg_kun_inf": ("Infektionsmottagningen, Kungälvs sjukhus", "SE2321000131-E000000060147", "Melior", "öppenvård"),
}

# ---------------------------------------------------------------- helpers
CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def make_pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + f"{serial:03d}"
    return f"{y}{m}{d}-{serial:03d}{luhn_digit(nine)}"


def N(unit, template, time, sections, author, role="läkare", nid="n1", draft=False,
      signed_after=38, setting=None):
    name, hsa, system, default_setting = U[unit]
    t = dt.datetime.fromisoformat(time)
    signed = None if draft else (t + dt.timedelta(minutes=signed_after)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": signed,
        "setting": setting or default_setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, birth, sex, notes, must=(), must_not=(), why=""):
    CASES.append({
        "name": name, "ruleset": ruleset, "birth": birth, "sex": sex,
        "notes": notes, "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not], "why": why,
    })


S, V = "skane", "vgr"
A, B = "NL101", "NL102"

# ====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior note
# ====================================================================

C("d67-sk-akut-cap-fragetecken-ddx-kol", S, "1945-06-02", "M", [
    N("sk_lund_akut", "Akutanteckning", "2024-02-03T02:14", [
        ("Anamnes", "78 år, KOL GOLD 2. Hosta o ökad dyspné 4 d, gulgrönt sputum, feber 38,9 hemma."),
        ("Status", "AT: påverkad men ej toxisk. Pulm: krepit bas hö, ngt obstruktivt. Sat 89% luft → 94% på 2 l. AF 24. CRP 142, LPK 15,1."),
        ("Bedömning", "CAP? ddx KOL-exacerbation utan pneumoni. Rtg pulm beställd, start bensyl-PC 3 g x 3 i väntan på svar. Inl med."),
    ], "Oskar Lindqvist")],
    must=[(B, "n1")], must_not=[(A, "n1")],
    why="'CAP?' with a ddx in a visible Melior Bedömning is a hedged diagnosis; nothing is said about telling, so no NL101")

C("d67-vg-natt-r-o-le-postop", V, "1961-09-14", "F", [
    N("vg_nal_akut", "Jouranteckning", "2024-03-11T01:40", [
        ("Aktuellt", "Op knäprotes vä för 9 d sen. Sedan igår kväll andfådd vid minsta ansträngning, hjärtklappning."),
        ("Status", "P 112 reg, BT 128/84, sat 91%. Vä vad lätt svullen, ömmar."),
        ("Bedömning", "Wells 6 → r/o LE. DT-angio inatt, fragmin 15 000 E sc direkt, ej vänta på svar."),
    ], "Ahmed Karimi", draft=True)],
    must=[(B, "n1")],
    why="code-switched 'r/o LE' (rule out pulmonary embolism) in an unsigned night note is a diagnostic hypothesis in a visible section")

C("d67-sk-kir-susp-app-pil", S, "2000-09-14", "F", [
    N("sk_ystad_kir", "Akutanteckning", "2024-04-20T23:05", [
        ("Bedömning", "23-årig kvinna, migrerande smärta till hö fossa sedan igår kväll, ömmar McBurney, släppöm +, LPK 14,2, CRP 38. Neg hCG. susp app → kir-jour kontaktad, fastar fr.o.m. nu, dropp."),
    ], "Hanna Bergdahl")],
    must=[(B, "n1")],
    why="'susp app →' in telegraphic style is a suspected appendicitis in visible text")

C("d67-vg-trolgi-pyelo-typo", V, "1979-02-27", "F", [
    N("vg_sas_akut", "Akutanteckning", "2024-01-29T20:12", [
        ("Status", "Temp 39,4, dunkömhet hö njurloge, U-sticka nitrit +, LPK 3+."),
        ("Bedömning", "trolgi pyelonefrit hö. U-odl + blododl x2 tagna, cefotaxim 1 g x 3 iv, inläggs avd 52."),
    ], "Johan Ek")],
    must=[(B, "n1")],
    why="typo in the hedge ('trolgi' for trolig) still marks a probable pyelonephritis in a visible note")

C("d67-sk-barnakut-ddx-lista", S, "2015-11-02", "M", [
    N("sk_lund_barnakut", "Akutanteckning", "2024-03-06T19:44", [
        ("Anamnes", "8-åring, buksmärta sen i morse, kräkts x3, ingen diarré. Mamma med."),
        ("Status", "Går lite framåtböjd, ömmar diffust nedre buken mest hö. Temp 37,9."),
        ("Bedömning", "Ddx: 1) gastroenterit 2) tidig app 3) mesenteriell lymfadenit. UL buk imorgon bitti, obs över natten på barnavd, fastande efter kl 24."),
    ], "Lina Sjöholm")],
    must=[(B, "n1")],
    why="a numbered 'Ddx:' list of candidate diagnoses in a child's visible note (guardians read it)")

C("d67-vg-bild-som-vid-ulcus", V, "1953-07-08", "M", [
    N("vg_sko_med", "Inskrivningsanteckning", "2024-05-08T19:30", [
        ("Aktuellt", "Svart avföring x2 sedan igår, yrsel i stående. Tar Ipren för ryggvärk sedan 3 v + Trombyl."),
        ("Bedömning", "Hb 98 (fg 131 i jan), urea 14. Bild som vid ulcus ventriculi/duodeni m blödning. PPI-infusion, gastroskopi imorgon fm, Trombyl pausas."),
    ], "Erik Blom")],
    must=[(B, "n1")],
    why="'Bild som vid ulcus' is a hedged diagnosis before gastroscopy")

C("d67-sk-ev-dvt-dul-imorgon", S, "1988-12-19", "F", [
    N("sk_hbg_akut", "Akutanteckning", "2024-01-17T21:50", [
        ("Bedömning", "Svullen vä vad sen 3 d, +3 cm omkrets jmf hö, nyss flugit hem från Thailand. ev DVT vä — DUL bokad imorgon 09, Fragmin 200 E/kg ikväll. D-dimer 1,9."),
    ], "Sara Nilsson")],
    must=[(B, "n1")],
    why="'ev DVT' hedges a diagnosis (not a plan) in visible text")

C("d67-vg-talar-for-urosepsis-wu", V, "1941-08-19", "M", [
    N("vg_sas_akut", "Akutanteckning", "2024-06-10T04:25", [
        ("Bedömning", "82-årig man m KAD. qSOFA 2 (AF 24, förvirrad), laktat 3,8, BT 96/60. Talar för urosepsis. w/u: blododl x2, U-odl via ny KAD, start pip/taz 4 g x 4, vätska 1 l Ringer snabbt. IVA-konsult ej aktuell just nu."),
    ], "Mikael Andersson")],
    must=[(B, "n1")],
    why="'Talar för urosepsis' with a w/u list is a hedged diagnosis in a visible night note")

C("d67-sk-sah-kan-ej-uteslutsa-typo", S, "1975-04-03", "F", [
    N("sk_malmo_akut", "Akutanteckning", "2024-02-22T23:30", [
        ("Anamnes", "Plötslig värsta huvudvärken i livet kl 17 under träning, kräkts x1. Ingen tidigare migrän."),
        ("Status", "Vaken, orienterad, lätt nackstyv? Neurol: ua."),
        ("Bedömning", "DT hjärna utan blödning (6 h efter debut). SAH kan ej uteslutsa → LP imorgon kl 05 (12 h), spektrofotometri. Inlagd neuro-obs."),
    ], "Viktor Holm")],
    must=[(B, "n1")],
    why="typo 'kan ej uteslutsa': subarachnoid haemorrhage not excluded is a live hypothesis in visible text")

C("d67-vg-forenligt-demyeliniserande-ms", V, "1993-03-21", "F", [
    N("vg_sahl_neuro", "Läkaranteckning", "2024-04-04T10:15", [
        ("Utredning", "MR hjärna + halsrygg: periventrikulära o juxtakortikala T2-lesioner, en laddande. Förenligt m demyeliniserande sjd."),
        ("Bedömning", "Sammantaget misstänkt MS efter optikusneurit hö i feb. LP m oligoklonala band bokas, ny tid 3 v."),
    ], "Karin Wallin")],
    must=[(B, "n1")],
    why="'Förenligt m' and 'misstänkt MS' in visible Utredning/Bedömning")

C("d67-sk-barn-susp-kawasaki", S, "2018-10-05", "M", [
    N("sk_hbg_barnavd", "Inskrivningsanteckning", "2024-02-14T16:40", [
        ("Anamnes", "5 år, feber 6:e dygnet trots Alvedon, röda ögon utan flytning, spruckna läppar, svullna händer o fötter sen igår."),
        ("Bedömning", "Susp Kawasaki, ddx scarlatina (strep A-test neg) och viral infektion. Eko hjärta beställt, IVIG diskuterat m bakjour."),
    ], "Elin Persson")],
    must=[(B, "n1")],
    why="'Susp Kawasaki' in a child's visible admission note")

C("d67-vg-tel-diktat-trol-em", V, "1969-05-30", "M", [
    N("vg_sas_infek", "Telefonanteckning", "2024-07-16T14:05", [
        ("Telefonkontakt", "patienten ringer angående en rodnad runt ett fästingbett på vänster lår som funnits i fem dagar och nu är cirka åtta centimeter stor ingen feber ingen ledvärk skickar bild via 1177 trol erythema migrans recept på doxycyklin 100 mg 1x2 i 10 dagar skickat till apoteket hör av sig om ej bättre punkt"),
    ], "Per Lundgren")],
    must=[(B, "n1")],
    why="dictated phone note without punctuation: 'trol erythema migrans' is a probable diagnosis")

C("d67-sk-rtg-inger-misstanke-malignitet", S, "1957-01-25", "M", [
    N("sk_land_lung", "Läkaranteckning", "2024-03-19T11:20", [
        ("Aktuellt", "Röker 40 paketår, viktnedgång 6 kg på 3 mån, hosta."),
        ("Bedömning", "Rtg pulm: 3 cm rundhärd hö ovanlob, inger misstanke om malignitet. Remiss DT thorax/övre buk prio, spirometri."),
    ], "Fredrik Ström")],
    must=[(B, "n1")], must_not=[(A, "n1")],
    why="'inger misstanke om malignitet' in a visible note; nothing said about what the patient was told, so no NL101")

C("d67-vg-nstemi-fragetecken", V, "1959-11-11", "M", [
    N("vg_sko_hia", "Inskrivningsanteckning", "2024-09-02T07:55", [
        ("Bedömning", "Tryck mitt i bröstet 2 h igår kväll, nu smärtfri. TnT 48 → 71, EKG: ST-sänkn V4-V6. NSTEMI? Kardjour konsulterad, ASA + ticagrelor laddat, angio planeras."),
    ], "Amanda Lind")],
    must=[(B, "n1")],
    why="'NSTEMI?' with a question mark is a hedged diagnosis")

C("d67-sk-oklart-om-tia-perifer", S, "1949-08-30", "F", [
    N("sk_kri_med3", "Daganteckning", "2024-05-27T09:40", [
        ("Bedömning", "Övergående yrsel + dubbelseende 20 min igår, nu besvärsfri. Oklart om TIA eller perifer vestibulär genes. MR hjärna + halskärlsdoppler, Trombyl-laddning startat i väntan på svar. FF-screening telemetri."),
    ], "Gustav Åberg")],
    must=[(B, "n1")],
    why="'Oklart om TIA' leaves a diagnosis open in visible text")

C("d67-vg-misstakt-kolecystit-typo", V, "1972-06-12", "F", [
    N("vg_kun_akut", "Akutanteckning", "2024-10-05T21:35", [
        ("Bedömning", "Smärta hö arcus efter fet middag, Murphy +, temp 38,3, CRP 96. Misstäkt kolecystit. UL galla imorgon, fastande, Tazocin."),
    ], "Nora Eklund")],
    must=[(B, "n1")],
    why="typo 'Misstäkt' (misstänkt) still hedges cholecystitis in visible text")

C("d67-sk-geri-trol-delerium-uvi-typo", S, "1934-02-09", "F", [
    N("sk_trell_geri", "Daganteckning", "2024-11-12T10:05", [
        ("Aktuellt", "Natt-ssk rapporterar oro, plockig, drog ut PVK x2."),
        ("Bedömning", "Trol. delerium utlöst av UVI (U-odl >10^5 E. coli), ev. bidrag av oxikodon. Sätter ut Oxynorm, start pivmecillinam enl odl. Nattlig tillsyn."),
    ], "Maria Håkansson")],
    must=[(B, "n1")],
    why="misspelled diagnosis word ('delerium') under 'Trol.' is still a probable diagnosis")

C("d67-vg-kan-rora-sig-om-gikt", V, "1964-10-17", "M", [
    N("vg_udd_akut", "Akutanteckning", "2024-08-23T18:10", [
        ("Status", "Hö MTP 1 röd, varm, extremt ömmande. Temp 37,6."),
        ("Bedömning", "kan röra sig om gikt (urat 520), ddx septisk artrit — ledpunktion gjord, kristaller + odl skickat. Naproxen tills vidare."),
    ], "Tobias Sandberg")],
    must=[(B, "n1")],
    why="'kan röra sig om gikt' plus ddx septic arthritis")

C("d67-sk-likely-influensa-kodvaxling", S, "1984-01-08", "M", [
    N("sk_angel_akut", "Akutanteckning", "2024-01-31T22:40", [
        ("Bedömning", "ILI-bild, feber 39, myalgi, torrhosta sen 2 d, mkt influensa i samhället nu. Likely influensa A, snabbtest ej tillgängligt inatt. Ej riskgrupp → ingen Tamiflu, egenvårdsråd. Åter om andfåddhet."),
    ], "Jonas Wikström")],
    must=[(B, "n1")],
    why="English hedge 'Likely influensa A' is an uncertain diagnosis")

C("d67-vg-sannolkit-pneumothorax-typo", V, "2004-12-01", "M", [
    N("vg_ostra_akut", "Akutanteckning", "2024-09-18T15:25", [
        ("Bedömning", "Lång smal 19-årig man, plötslig hugg vä bröstkorg + dyspné vid vila. Nedsatta andningsljud vä. Sannolkit spontan pneumothorax vä. Rtg pulm akut, thoraxkir-jour underrättad."),
    ], "Ida Fransson")],
    must=[(B, "n1")],
    why="typo 'Sannolkit' (sannolikt) hedges pneumothorax before the x-ray")

C("d67-sk-fst-le-utredning", S, "1995-07-23", "F", [
    N("sk_malmo_med", "Daganteckning", "2024-06-04T13:30", [
        ("Utredning", "DT-angio lungartärer beställd, fst LE. Kreatinin 74, ok för kontrast."),
        ("Bedömning", "Pleuritisk smärta + hemoptys, tablettbehandlad m p-piller. Fragmin i väntan."),
    ], "Anton Svensson")],
    must=[(B, "n1")],
    why="'fst LE' (frågeställning) in a visible Utredning section is a diagnostic question about the patient")

C("d67-vg-nattssk-misst-stroke", V, "1946-03-15", "M", [
    N("vg_nal_med32", "Omvårdnadsanteckning", "2024-12-03T03:20", [
        ("Händelse", "Kl 03.10 plötsligt sluddrigt tal och hängande mungipa hö hos pat. Misst stroke, jour larmad 03.12, strokelarm aktiverat, pat till DT 03.25. Fru underrättad per tel."),
    ], "Linnea Dahl", role="sjuksköterska")],
    must=[(B, "n1")],
    why="a night nurse writes 'Misst stroke' in a visible nursing note")

C("d67-sk-onko-mojliga-levermetastaser", S, "1955-12-28", "M", [
    N("sk_lund_onk", "Läkaranteckning", "2024-04-11T14:10", [
        ("Aktuellt", "Känd NSCLC adenocarcinom stadium IIIA, kemoradioterapi avslutad i jan."),
        ("Bedömning", "Uppföljande DT: två nytillkomna hypodensa lesioner lever, möjliga levermetastaser, ddx cystor. Kompl. MR lever, ny tid efter svar."),
    ], "Sofia Malmberg")],
    must=[(B, "n1")],
    why="'möjliga levermetastaser' hedges progression of a known cancer")

C("d67-vg-barn-trol-rs-bronkiolit", V, "2023-04-12", "F", [
    N("vg_dsbus", "Akutanteckning", "2024-01-20T02:35", [
        ("Bedömning", "9 mån, snuva 3 d, nu indragningar, AF 56, sat 93%. Trol RS-bronkiolit, RS-snabbtest tagen. Näsdropp, sug, näringsdropp om dricker dåligt. Inl barnavd."),
    ], "Emil Berg")],
    must=[(B, "n1")],
    why="'Trol RS-bronkiolit' in an infant's visible note")

C("d67-sk-diagnos-sokord-dd-divertikulit", S, "1963-05-05", "F", [
    N("sk_hbg_kir", "Akutanteckning", "2024-07-02T17:50", [
        ("Diagnos", "R10.3 Smärta lokaliserad till andra delar av nedre delen av buken. DD divertikulit."),
        ("Åtgärd", "DT buk bokad poliklin, Waran fortsätter, åter vid feber."),
    ], "Hampus Törnqvist")],
    must=[(B, "n1")],
    why="'DD divertikulit' appended to a symptom code in the Diagnos sökord is a hedged diagnosis")

C("d67-vg-susp-scaphoid", V, "1990-08-08", "M", [
    N("vg_molndal_ort", "Akutanteckning", "2024-02-16T12:30", [
        ("Status", "Ömmar i tabatière vä, axialkompression smärtsam. Rtg handled: ingen synlig frakturlinje."),
        ("Bedömning", "susp scaphoidfraktur trots neg rtg. Skafoidgips 2 v → ny rtg/MR. Sjukskriven 1 v (snickare)."),
    ], "Julia Petersson")],
    must=[(B, "n1")],
    why="'susp scaphoidfraktur' despite a negative x-ray remains a suspected diagnosis")

C("d67-sk-gyn-misst-eug", S, "1996-02-17", "F", [
    N("sk_malmo_gynakut", "Akutanteckning", "2024-08-14T01:05", [
        ("Bedömning", "Vecka 6+3 enl SM, småblödning + ensidig smärta vä. hCG 1800, VUL: ingen IUP, ingen fri vätska. Misst EUG, ddx tidig IUP/missfall. Nytt hCG om 48 h, åter direkt vid ökad smärta."),
    ], "Rebecka Olsson")],
    must=[(B, "n1")],
    why="'Misst EUG' (suspected ectopic pregnancy) in a visible gynecology note")

C("d67-vg-sepsis-fragetecken-endokardit", V, "1987-04-26", "M", [
    N("vg_ostra_infek", "Inskrivningsanteckning", "2024-03-28T23:15", [
        ("Bedömning", "IVDU, feber 40, nytt blåsljud över trikuspidalis. ?sepsis ?endokardit hö-sidig. Blododl x3 innan ab, kloxacillin + gentamicin, TTE imorgon."),
    ], "David Hermansson")],
    must=[(B, "n1")],
    why="prefixed question marks '?sepsis ?endokardit' are hedged diagnoses")

C("d67-sk-psyk-trol-hypoman", S, "1982-10-31", "F", [
    N("sk_malmo_psyk", "Akutanteckning", "2024-10-19T03:50", [
        ("Aktuellt", "Sover 2-3 h/natt sen 1 v, köpt bil o två hundvalpar på kredit, pratar forcerat. Tidigare depressioner x2."),
        ("Bedömning", "Trol. hypoman episod, ddx bipolär typ II, ej psykotisk, ingen suicidalitet. Olanzapin 5 mg tn, återbesök öppenpsyk 3 d."),
    ], "Petra Lindahl")],
    must=[(B, "n1")],
    why="'Trol. hypoman episod, ddx bipolär typ II' in a visible psychiatric emergency note")

C("d67-vg-hyrlak-diktat-hypotyreos", V, "1977-09-09", "F", [
    N("vg_als_med", "Telefonanteckning", "2024-05-21T16:30", [
        ("Telefonkontakt", "ringer upp patienten angående provsvaren TSH 7,8 och fritt T4 11 vilket talar för hypotyreos eventuellt subklinisk eftersom T4 ligger i nedre normalområdet patienten trött men i övrigt inga klara symtom vi kontrollerar om TSH och TPO-antikroppar om sex veckor innan ställningstagande till Levaxin"),
    ], "Roland Fagerberg")],
    must=[(B, "n1")],
    why="a locum's dictated phone note: 'talar för hypotyreos eventuellt subklinisk' without punctuation")

C("d67-sk-lang-daganteckning-spondylodiskit", S, "1951-03-13", "M", [
    N("sk_lund_infek", "Daganteckning", "2024-09-10T11:00", [
        ("Aktuellt", "Dag 3. Ryggvärk lumbalt oförändrad, VAS 6. Feber 38,4 igår kväll."),
        ("Status", "AT: opåverkad. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Rygg: dunköm L3-L4, ej neurol bortfall, Lasègue neg bilat."),
        ("Lab", "CRP 88 (fg 110), LPK 9,8, Hb 121. Blododl dag 1: S. aureus 2/2."),
        ("Bedömning", "S. aureus-bakteriemi utan känt fokus. Spondylodiskit L3-L4 kan ej uteslutas → MR ländrygg idag, TEE för endokardit-screening. Kloxacillin fortsätter."),
        ("Planering", "Ny blododl imorgon. Sjukgymnast för mobilisering."),
    ], "Caroline Fors")],
    must=[(B, "n1")],
    why="long telegraphic ward note: one hedge ('Spondylodiskit ... kan ej uteslutas') among confirmed findings")

C("d67-vg-tidiga-hyp-lacker-i-bedomning", V, "1950-01-19", "M", [
    N("vg_sahl_hemat", "Läkaranteckning", "2024-04-24T09:45", [
        ("Anamnes", "Skelettsmärta bröstrygg, trötthet sedan vintern."),
        ("Tidiga hypoteser", "Misst. multipelt myelom, M-komponent 38 g/l IgG."),
        ("Bedömning", "Hyperkalcemi, anemi och njurpåverkan – myelom? Benmärgsprov + helkropps-DT bokas."),
    ], "Lars Engström")],
    must=[(B, "n1")],
    why="VGR: the hypothesis is under the Tidiga hypoteser sökord but is repeated as 'myelom?' in the visible Bedömning")

C("d67-sk-hud-ev-melanon-typo", S, "1966-06-06", "F", [
    N("sk_lund_hud", "Läkaranteckning", "2024-05-15T13:20", [
        ("Status", "Vä skuldra: 9 mm asymmetrisk pigmenterad lesion, färgvariation. Dermatoskopi: atypiskt nätverk, regressionsområde."),
        ("Bedömning", "ev. melanon in situ. Excision m 2 mm marginal bokad v 22, PAD."),
    ], "Moa Lundberg")],
    must=[(B, "n1")],
    why="typo in the diagnosis word ('melanon') under 'ev.' is still a hedged melanoma")

C("d67-vg-urolog-susp-prostatacancer", V, "1956-02-02", "M", [
    N("vg_sahl_uro", "Läkaranteckning", "2024-03-05T10:30", [
        ("Bedömning", "PSA 18 (fg 9 för 1 år sen). PR: hård nodulus vä lob. susp prostatacancer → MR prostata + riktade bx. Ny tid efter PAD."),
    ], "Henrik Sjöberg")],
    must=[(B, "n1")],
    why="'susp prostatacancer →' in a visible urology note")

C("d67-sk-epikris-trolig-viral-meningit", S, "1998-11-04", "F", [
    N("sk_malmo_infek", "Epikris", "2024-08-29T15:00", [
        ("Epikris", "Inkom m huvudvärk, feber och ljuskänslighet. LP: 180 mononukleära, glukoskvot normal. HSV-PCR neg, bakterieodl neg."),
        ("Diagnos", "Trolig viral meningit. Aciklovir sattes ut dag 3."),
        ("Uppföljning", "Åter vid nya symtom, ingen planerad uppföljning."),
    ], "Jakob Nyström")],
    must=[(B, "n1")],
    why="a discharge summary with 'Trolig viral meningit' as diagnosis")

C("d67-vg-misst-pnemoni-typo", V, "1948-10-10", "F", [
    N("vg_sahl_akut", "Akutanteckning", "2024-11-22T00:40", [
        ("Bedömning", "misst pnemoni vä underlob, CRP 210, rtg beställd. Start bensyl-PC."),
    ], "Alexander Ohlsson", draft=True)],
    must=[(B, "n1")],
    why="typo in the diagnosis word ('pnemoni') after 'misst' in a short unsigned night note")

C("d67-sk-prob-reaktiv-artrit", S, "1992-04-14", "M", [
    N("sk_malmo_reuma", "Läkaranteckning", "2024-06-18T10:50", [
        ("Bedömning", "Oligoartrit knä + fotled hö sen 10 d, klamydia-PCR pos för 4 v sen. Prob. reaktiv artrit. NSAID, ledpunktion knä gjord, odl + kristaller."),
    ], "Isak Strand")],
    must=[(B, "n1")],
    why="English 'Prob.' (probable) hedges reactive arthritis")

C("d67-vg-pil-meningokocksepsis", V, "2001-07-07", "F", [
    N("vg_sas_akut", "Akutanteckning", "2024-02-25T22:20", [
        ("Bedömning", "feber 40 + nackstel + petekier bål → ?meningokocksepsis. Ceftriaxon 4 g iv givet 22.05, blododl innan. Ej LP pga koagulopati. IVA-konsult."),
    ], "Filip Nordin")],
    must=[(B, "n1")],
    why="arrow followed by '?meningokocksepsis' is a hedged diagnosis")

C("d67-sk-ssk-triage-misst-njursten", S, "1980-09-27", "M", [
    N("sk_kri_akut", "Omvårdnadsanteckning", "2024-04-07T06:15", [
        ("Triage", "RETTS orange. Smärta vä flank m utstrålning ljumske sen 2 h, kräks, kan inte sitta still. Misst. njursten. Iv infart, U-sticka: blod 3+. Inväntar läk."),
    ], "Therese Möller", role="sjuksköterska")],
    must=[(B, "n1")],
    why="triage nurse's 'Misst. njursten' in a visible nursing note")

C("d67-vg-cw-divertikulit", V, "1958-12-12", "F", [
    N("vg_sko_kir10", "Daganteckning", "2024-07-25T08:45", [
        ("Bedömning", "DT buk: c/w akut okomplicerad divertikulit sigmoideum, ingen fri gas, ingen abscess. Expektans, flytande kost, ingen ab enl riktlinje."),
    ], "Oliver Jansson")],
    must=[(B, "n1")],
    why="English 'c/w' (consistent with = förenligt med) hedges diverticulitis")

C("d67-vg-dikterat-ej-last-pmr", V, "1952-11-30", "F", [
    N("vg_kun_med", "Läkaranteckning", "2024-04-09T15:10", [
        ("Anamnes", "Dikterat ej läst. 71-årig kvinna med stelhet i skuldror och höfter på morgonen sedan två månader tillbaka morgonstelhet över en timme"),
        ("Bedömning", "SR 64 CRP 38 möjligen rör det sig om en polymyalgia reumatika men vi behöver utesluta jättecellsarterit då hon har viss tinningshuvudvärk prednisolon 15 mg insätts efter att temporalisbiopsi bokats"),
    ], "Bengt Rosén", draft=True)],
    must=[(B, "n1")],
    why="unread dictation with no punctuation: 'möjligen rör det sig om en polymyalgia reumatika'")

C("d67-sk-tidiga-hyp-mall-men-ny-not-synlig", S, "1960-03-03", "M", [
    N("sk_lund_neuro", "Tidiga hypoteser", "2024-02-07T11:00", [
        ("Bedömning", "Fascikulationer + blandade övre/nedre motorneuronfynd, misst. ALS. Ej kommunicerat."),
    ], "Anna Kjellberg", nid="n1"),
    N("sk_lund_neuro", "Läkaranteckning", "2024-03-06T11:30", [
        ("Bedömning", "EMG: utbredd denervation i tre regioner. Bedöms fortsatt som misst. ALS, kompletterande MR halsrygg för att utesluta myelopati."),
    ], "Anna Kjellberg", nid="n2"),
    ], must=[(B, "n2")], must_not=[(B, "n1")],
    why="Skåne: the first note uses the Tidiga hypoteser template (protected), but a later ordinary note repeats 'misst. ALS' visibly")

C("d67-vg-trol-ibd-debut", V, "1999-01-13", "M", [
    N("vg_nal_med", "Läkaranteckning", "2024-10-14T13:10", [
        ("Bedömning", "Blodiga diarréer 6 v, 6-8 ggr/d, nattliga. Calprotektin 890. trol IBD-debut (UC > Crohn), koloskopi m bx prio 2 v. Fecesodling + C. diff neg."),
    ], "Sanna Eriksson")],
    must=[(B, "n1")],
    why="'trol IBD-debut (UC > Crohn)' is a probable diagnosis with a ranked ddx")

C("d67-sk-gm-anfall-wu-epelepsi-typo", S, "1986-05-09", "M", [
    N("sk_hbg_akut", "Akutanteckning", "2024-03-30T04:10", [
        ("Bedömning", "Vittnat kramp 2 min enl sambo, tungbett, postiktal 20 min. Första GM-anfall? Ingen alkohol, inga droger. w/u epelepsi: EEG + MR hjärna poliklin, körförbud informerat."),
    ], "Klara Wennberg")],
    must=[(B, "n1")],
    why="'GM-anfall?' and 'w/u epelepsi' (typo in the diagnosis word) are hedged in a visible night note")

C("d67-vg-ssk-tel-misst-cystit-gravid", V, "1994-08-16", "F", [
    N("vg_sas_kvk", "Telefonanteckning", "2024-06-26T10:40", [
        ("Telefonkontakt", "Sveda o täta trängningar sen 2 d, ej feber, gravid v 24. Misst. cystit, lämnar U-odl idag på MVC, läk ordinerar pivmecillinam."),
    ], "Josefin Ahlström", role="sjuksköterska")],
    must=[(B, "n1")],
    why="nurse's phone note in a VGR Melior unit with 'Misst. cystit'")

C("d67-sk-query-perikardit-kodvaxling", S, "2002-02-20", "M", [
    N("sk_malmo_akut", "Akutanteckning", "2024-12-08T02:45", [
        ("Bedömning", "Lägesberoende bröstsmärta efter förkylning, bättre framåtlutad. Diffusa ST-höjn, PR-sänkn, TnI 34. Query perikardit vs tidig myokardit. Eko imorgon, NSAID + kolkicin, telemetri."),
    ], "Måns Ekström")],
    must=[(B, "n1")],
    why="English 'Query perikardit vs ... myokardit' is a diagnostic hypothesis")

# ====================================================================
# NL102 negatives (hard)
# ====================================================================

C("d67-sk-pmo-cap-fragetecken", S, "1967-03-29", "M", [
    N("sk_vc_eslov", "Besöksanteckning", "2024-01-24T14:20", [
        ("Bedömning", "CAP? Krepit hö bas, CRP 88, sat 95%. PcV 1 g x 3 i 7 d, åter om ej bättre 3 d."),
    ], "Göran Paulsson")],
    must_not=[(B, "n1")],
    why="PMO never shows diagnoses in Skåne: 'CAP?' in a vårdcentral note is not NL102")

C("d67-vg-tidiga-hyp-sokord-lymfom", V, "1971-10-22", "M", [
    N("vg_sahl_onh", "Läkaranteckning", "2024-05-13T09:30", [
        ("Status", "Hö halssida: 3 cm fast, oöm resistens regio II, inget fokus i svalg."),
        ("Tidiga hypoteser", "Misstänkt lymfom, ddx metastas från okänd primärtumör."),
        ("Planering", "Finnålspunktion idag, ny tid 2 v för svar."),
    ], "Cecilia Berglund")],
    must_not=[(B, "n1")],
    why="VGR: the hedged diagnosis sits only under the Tidiga hypoteser sökord; the visible sections hold findings and plans")

C("d67-sk-mall-tidiga-hyp-huntington", S, "1974-07-18", "F", [
    N("sk_malmo_neuro", "Tidiga hypoteser", "2024-03-14T14:00", [
        ("Bedömning", "Koreatiska rörelser + kognitiv svikt, far avled i oklar neurologisk sjd 58 år. Misst. Huntingtons sjukdom – genetisk vägledning innan ev. test."),
    ], "Axel Grönberg")],
    must_not=[(B, "n1")],
    why="Skåne: whole note in the Tidiga hypoteser template, so the ordinary sökord Bedömning is protected")

C("d67-vg-ingen-misstanek-le-typo", V, "1989-06-01", "F", [
    N("vg_kun_akut", "Akutanteckning", "2024-06-15T23:55", [
        ("Bedömning", "Ingen misstanek om LE: Wells 0, PERC neg, sat 99%. Intercostal muskelvärk efter flyttstädning. Alvedon/Ipren."),
    ], "Tove Lindström")],
    must_not=[(B, "n1")],
    why="typo in the negation ('misstanek') does not turn 'Ingen misstanke om LE' into a hypothesis")

C("d67-sk-le-utesluten-trol-hem", S, "1962-09-09", "M", [
    N("sk_kri_med3", "Daganteckning", "2024-02-19T10:30", [
        ("Bedömning", "DT-angio: ingen LE, inga infiltrat. LE utesluten. Trol hem imorgon efter ny sat-kontroll i ansträngning."),
    ], "Simon Björk")],
    must_not=[(B, "n1")],
    why="ruled-out LE plus a hedge on discharge ('Trol hem imorgon') which is a plan, not a diagnosis")

C("d67-vg-ev-rtg-distorsion", V, "1997-05-25", "F", [
    N("vg_udd_akut", "Akutanteckning", "2024-04-13T19:15", [
        ("Bedömning", "Distorsion vä fotled, Ottawa neg. Tejp, kryckor vb. ev rtg vid kvarstående belastningssmärta efter 1 v via VC."),
    ], "Matilda Holmgren")],
    must_not=[(B, "n1")],
    why="'ev rtg' hedges an examination (plan); the sprain is confirmed")

C("d67-sk-mor-misst-demens", S, "1968-02-11", "F", [
    N("sk_ystad_medmott", "Läkaranteckning", "2024-10-01T09:20", [
        ("Anamnes", "Mor 82 år m misst demens, utreds på minnesmott i Lund. Pat orolig för egen del, glömmer namn ibland."),
        ("Bedömning", "MMT 29/30, klocktest ua. Ingen kognitiv svikt, åldersadekvat. Lugnande besked."),
    ], "Ulf Hedlund")],
    must_not=[(B, "n1")],
    why="the suspected dementia belongs to the mother; the patient's own assessment is normal")

C("d67-vg-konditional-ny-abscess", V, "1999-11-21", "M", [
    N("vg_nal_kir", "Läkaranteckning", "2024-03-22T11:45", [
        ("Åtgärd", "Incision + dränage pilonidalcysta gjort i lokalbedövning, tamponad."),
        ("Planering", "Om feber, tilltagande rodnad eller svullnad → sök akut för bedömning av ev. ny abscess. Omläggning VC dag 2."),
    ], "Adam Roos")],
    must_not=[(B, "n1")],
    why="'ev. ny abscess' appears only inside a conditional safety-net instruction")

C("d67-sk-symptomhedge-bronkit", S, "1958-08-02", "F", [
    N("sk_ystad_akut", "Akutanteckning", "2024-12-14T01:30", [
        ("Anamnes", "? feber hemma, ev frossa igår kväll enl dottern. Hosta 1 v."),
        ("Status", "Temp 37,2, sat 97%, pulm: spridda ronki, inga rassel. CRP 18."),
        ("Bedömning", "Akut bronkit. Ingen ab. Hem m egenvårdsråd."),
    ], "Kristoffer Lund")],
    must_not=[(B, "n1")],
    why="'?' and 'ev' hedge symptoms (fever, chills); the diagnosis bronchitis is stated without hedge")

C("d67-vg-barn-inget-som-talar-for-app", V, "2016-09-30", "F", [
    N("vg_nal_barnakut", "Akutanteckning", "2024-08-03T20:00", [
        ("Bedömning", "Inget som talar för app: mjuk buk, hoppar utan smärta, afebril, CRP <5. Obstipation, Movicol."),
    ], "Wilma Sundin")],
    must_not=[(B, "n1")],
    why="'Inget som talar för app' negates appendicitis in a child's note")

C("d67-sk-misstanke-avskrivs-temporalis", S, "1947-06-24", "F", [
    N("sk_lund_reuma", "Läkaranteckning", "2024-07-11T13:40", [
        ("Bedömning", "Misstanken om temporalisarterit avskrivs: biopsi utan vaskulit, SR 8, CRP <1. Prednisolon trappas ut på 2 v. Huvudvärken bedöms som spänningshuvudvärk."),
    ], "Helena Borg")],
    must_not=[(B, "n1")],
    why="'Misstanken om ... avskrivs' is a dropped suspicion, not a live hypothesis")

C("d67-sk-pmo-tel-trol-uvi-ssk", S, "1985-04-10", "F", [
    N("sk_vc_tomelilla", "Telefonanteckning", "2024-09-24T08:35", [
        ("Telefonkontakt", "Sveda vid miktion 2 d, afebril, ej flanksmärta. Trol UVI. Lämnar U-sticka + odl imorgon 08, läk tar ställning till ab."),
    ], "Agneta Persson", role="sjuksköterska")],
    must_not=[(B, "n1")],
    why="PMO phone note: 'Trol UVI' is not shown to the patient as a diagnosis in Skåne PMO")

C("d67-vg-ej-tecken-dvt-bakercysta", V, "1955-01-30", "M", [
    N("vg_als_akut", "Akutanteckning", "2024-05-03T16:25", [
        ("Bedömning", "UL vä ben: ej tecken till DVT, fritt flöde i v. femoralis/poplitea. Vadsvullnad efter rupturerad Bakercysta enl UL. Kompression, NSAID kort."),
    ], "Peter Falk")],
    must_not=[(B, "n1")],
    why="DVT negated ('ej tecken till'), the alternative diagnosis is confirmed on ultrasound")

C("d67-sk-trolig-utskrivning-ulcusblodning", S, "1944-12-01", "M", [
    N("sk_malmo_kir7", "Daganteckning", "2024-03-17T09:50", [
        ("Bedömning", "Ulcusblödning duodenum, klippt endoskopiskt dag 1. Hb stabilt 104-106. Trolig utskrivning i morgon om Hb stabilt även ikväll. Eradikering HP efter PAD."),
    ], "Nils Rydberg")],
    must_not=[(B, "n1")],
    why="'Trolig utskrivning' hedges a discharge plan; the ulcer bleeding is confirmed")

C("d67-vg-barn-syster-misst-celiaki", V, "2013-12-05", "M", [
    N("vg_sko_barn", "Läkaranteckning", "2024-06-05T14:30", [
        ("Anamnes", "Storasyster misst. celiaki, utreds på annan klinik. Pat växer längs sin kurva, ingen diarré, äter bra."),
        ("Bedömning", "TTG-IgA neg, totalt IgA normalt. Ingen utredning av pat behövs i nuläget."),
    ], "Ebba Lindqvist")],
    must_not=[(B, "n1")],
    why="the suspected coeliac disease is the sister's; the child's screening is negative")

C("d67-sk-hereditet-far-trol-hjartinfarkt", S, "1976-10-13", "M", [
    N("sk_hbg_kard", "Läkaranteckning", "2024-11-05T10:10", [
        ("Anamnes", "Hereditet: far dog 58 år, trol hjärtinfarkt, farbror bypass-op. Röker ej."),
        ("Bedömning", "Arbetsprov utan ischemi, normal kapacitet. LDL 4,9 → start atorvastatin 20 mg."),
    ], "Magnus Sjögren")],
    must_not=[(B, "n1")],
    why="'trol hjärtinfarkt' describes the father's death (family history)")

C("d67-vg-pat-oro-cancer-ingen-misstanke", V, "1970-04-04", "F", [
    N("vg_sas_kvk", "Läkaranteckning", "2024-09-12T13:15", [
        ("Aktuellt", "Pat rädd att det är cancer efter att väninnan fått äggstockscancer."),
        ("Bedömning", "VUL: normala ovarier, endometrium 4 mm. Ingen misstanke om malignitet. Lugnande besked."),
    ], "Lovisa Sten")],
    must_not=[(B, "n1")],
    why="the patient's own worry is answered with 'Ingen misstanke om malignitet'; the cancer mentioned is a friend's")

C("d67-sk-tidigare-misst-nu-bekraftad-celiaki", S, "1991-08-29", "F", [
    N("sk_trell_medmott", "Läkaranteckning", "2024-04-26T14:45", [
        ("Bedömning", "Tidigare misst. celiaki nu bekräftad: duodenal-PAD Marsh 3a, TTG 88. Glutenfri kost, dietistremiss, DXA."),
    ], "Emma Thorén")],
    must_not=[(B, "n1")],
    why="the former suspicion is now confirmed by biopsy, so the diagnosis is settled, not hypothetical")

C("d67-vg-nattssk-ev-smartlindring", V, "1939-05-17", "F", [
    N("vg_udd_med31", "Omvårdnadsanteckning", "2024-10-23T03:05", [
        ("Omvårdnad", "Pat vaken kl 02, ev behov av smärtlindring, uppger värk i ryggen NRS 5. Alvedon 1 g givet, NRS 2 kl 03. Sover nu. Känd hjärtsvikt, inga ödem."),
    ], "Jessica Ljung", role="sjuksköterska")],
    must_not=[(B, "n1")],
    why="night nurse's 'ev behov av smärtlindring' hedges a need, not a diagnosis; heart failure is known")

C("d67-sk-pmo-hemsjukvard-misst-trycksar", S, "1931-09-03", "M", [
    N("sk_hsv_simrishamn", "Hemsjukvårdsanteckning", "2024-01-09T13:00", [
        ("Hud", "Rodnad som ej bleknar vid tryck hö häl, misst. trycksår kat 1. Avlastning m hälskydd, vändschema."),
    ], "Birgitta Ohlin", role="sjuksköterska")],
    must_not=[(B, "n1")],
    why="home-care note in PMO: a hedged pressure ulcer is not shown as a diagnosis")

C("d67-vg-tidiga-hyp-fragestallnig-als-typo", V, "1965-12-24", "M", [
    N("vg_sahl_neuro", "Läkaranteckning", "2024-03-01T10:40", [
        ("Anamnes", "Svaghet hö hand 6 mån, svårt knäppa knappar."),
        ("Tidiga hypoteser", "Frågeställnig ALS. Ddx multifokal motorisk neuropati."),
        ("Bedömning", "Utredning av svaghet i hö hand fortsätter, EMG bokat v 14, lab skickat."),
    ], "Karin Wallin")],
    must_not=[(B, "n1")],
    why="VGR: hypothesis (typo 'Frågeställnig') only under the Tidiga hypoteser sökord; visible Bedömning names no disease")

C("d67-sk-ddx-alla-uteslutna", S, "1983-03-08", "M", [
    N("sk_lund_akut", "Akutanteckning", "2024-06-21T03:25", [
        ("Bedömning", "Ddx övervägda: LE (DT-angio neg), pneumothorax (rtg ua), ACS (TnT 6 → 6, EKG ua) – samtliga uteslutna. Muskuloskeletal bröstsmärta, palpömhet sternokostalt. Hem."),
    ], "Oskar Lindqvist")],
    must_not=[(B, "n1")],
    why="a ddx list whose every item is explicitly excluded is no open hypothesis")

C("d67-vg-acs-ruled-out", V, "1973-07-29", "F", [
    N("vg_ostra_medakut", "Akutanteckning", "2024-02-09T05:10", [
        ("Bedömning", "ACS ruled out, hs-TnT flat 4 → 5, EKG oförändrat mot 2022. GERD-symtom, PPI 4 v. Ingen uppföljning kardiologi."),
    ], "Ahmed Karimi")],
    must_not=[(B, "n1")],
    why="English 'ruled out' negates ACS")

C("d67-sk-hedge-pa-fynd-puls", S, "1938-04-21", "F", [
    N("sk_hlm_ortop", "Daganteckning", "2024-08-07T08:30", [
        ("Status", "P 104, BT 142/88. Pulsen trol. stegrad pga smärta och oro, sat 98%, afebril."),
        ("Bedömning", "Dag 1 efter op av höftfraktur (DHS). Smärtlindring optimeras, mobilisering m sjukgymnast."),
    ], "Victor Mårtensson")],
    must_not=[(B, "n1")],
    why="'trol.' explains a vital-sign finding (raised pulse), not a disease; the fracture is confirmed")

C("d67-vg-ev-remiss-handkirurg-ra", V, "1960-06-16", "F", [
    N("vg_als_ort", "Läkaranteckning", "2024-11-18T14:20", [
        ("Bedömning", "RA sedan 2019, välinställd på MTX. Smärta hö handled efter fall, rtg ua. Kontusion. ev remiss till handkirurg om värken kvarstår efter 4 v."),
    ], "Sebastian Kron")],
    must_not=[(B, "n1")],
    why="'ev remiss' hedges a referral; known RA and contusion are stated")

C("d67-vg-inga-teckne-pa-pneumoni-typo", V, "1981-02-13", "M", [
    N("vg_sahl_lung", "Läkaranteckning", "2024-01-26T11:05", [
        ("Bedömning", "Rtg pulm: inga teckne på pneumoni, ingen pleuravätska. Känd astma, dåligt kontrollerad – höjer Symbicort till 2x2."),
    ], "Linda Aronsson")],
    must_not=[(B, "n1")],
    why="typo in the negation ('teckne') still negates pneumonia")

C("d67-sk-epikris-pyelonefrit-verifierad", S, "1978-10-02", "F", [
    N("sk_land_med2", "Epikris", "2024-10-28T14:00", [
        ("Epikris", "Inlagd 3 dygn pga feber o flanksmärta. U-odl: E. coli >10^5, känslig för ciprofloxacin. Afebril dag 2."),
        ("Diagnos", "Akut pyelonefrit hö."),
        ("Uppföljning", "Cipro totalt 7 d. Ingen kontroll-odl behövs."),
    ], "Martin Hägg")],
    must_not=[(B, "n1")],
    why="discharge summary with a culture-verified, unhedged diagnosis")

C("d67-vg-tel-diktat-normala-prover", V, "1990-12-30", "F", [
    N("vg_lid_med", "Telefonanteckning", "2024-08-20T15:40", [
        ("Telefonkontakt", "ringer upp pat enligt överenskommelse provsvaren normala Hb 138 ferritin 45 B12 och folat normala ingen anemi ingen brist yrseln kvarstår ibland vid uppresning rekommenderar vätska och långsam uppresning hör av sig om det blir värre"),
    ], "Roland Fagerberg")],
    must_not=[(B, "n1")],
    why="dictated phone note without punctuation: anaemia negated, dizziness is a symptom")

C("d67-sk-pmo-ungdomsmott-klamydia", S, "2006-08-22", "F", [
    N("sk_um_landskrona", "Besöksanteckning", "2024-05-06T15:30", [
        ("Bedömning", "?klamydia, partner pos. Prov taget (urin), behandlas redan nu m doxycyklin. Smittspårning startad."),
    ], "Malin Ek", role="barnmorska")],
    must_not=[(B, "n1")],
    why="youth clinic runs PMO: '?klamydia' is not a visible hedged diagnosis")

C("d67-vg-sepsis-foreligger-ej", V, "1986-03-26", "M", [
    N("vg_sko_akut", "Akutanteckning", "2024-12-27T04:40", [
        ("Bedömning", "NEWS 2, laktat 1,1, alert. Misstanke om sepsis föreligger ej. Vinterkräksjuka i familjen, okomplicerad gastroenterit, hem."),
    ], "Hugo Westin")],
    must_not=[(B, "n1")],
    why="'Misstanke om sepsis föreligger ej' is a negated suspicion")

C("d67-vg-eventuellt-op-uretarsten", V, "1974-11-09", "M", [
    N("vg_sahl_uroavd", "Daganteckning", "2024-07-30T09:05", [
        ("Bedömning", "Uretärsten 6 mm vä prox uretär, verifierad på DT. Eventuellt op (URS) imorgon om ej spontanpassage, fasta fr kl 24. Smärtfri på Toradol."),
    ], "Henrik Sjöberg")],
    must_not=[(B, "n1")],
    why="'Eventuellt op' hedges a procedure; the stone is verified on CT")

C("d67-sk-ej-forenilg-meningit-typo", S, "2003-05-19", "M", [
    N("sk_lund_infek", "Akutanteckning", "2024-02-02T21:10", [
        ("Bedömning", "Bilden ej förenilg m meningit: ej nackstel, vaken, LP: 2 celler, normalt prot och glukos. Influensa A pos på PCR. Tamiflu, hem."),
    ], "Caroline Fors")],
    must_not=[(B, "n1")],
    why="typo 'förenilg' inside a negated 'ej förenlig m meningit'; influenza is PCR-confirmed")

C("d67-vg-kol-exacerbation-symtom-fragetecken", V, "1949-09-01", "M", [
    N("vg_sahl_lungavd", "Inskrivningsanteckning", "2024-11-29T18:20", [
        ("Anamnes", "Känd KOL GOLD 3. ?ökad slemproduktion senaste v, pat osäker. Mer andfådd."),
        ("Bedömning", "Akut exacerbation av KOL utan pneumoni (rtg ua). Prednisolon 30 mg x 5 d, inhalationer via spacer, Ventoline vb."),
    ], "Linda Aronsson")],
    must_not=[(B, "n1")],
    why="'?' is on a symptom (sputum); the exacerbation diagnosis is unhedged")

C("d67-sk-pmo-bvc-mojlig-hoftinstabilitet", S, "2024-02-10", "F", [
    N("sk_bvc_hoor", "Besöksanteckning", "2024-04-15T10:00", [
        ("Bedömning", "2 mån-kontroll. Möjlig höftinstabilitet vä (Ortolani osäker). Remiss barnortoped för UL."),
    ], "Eva Jönsson")],
    must_not=[(B, "n1")],
    why="BVC is PMO in Skåne: a hedged finding in an infant's PMO note is not NL102")

C("d67-vg-oklart-om-compliance-diabetes", V, "1957-04-28", "M", [
    N("vg_udd_diab", "Läkaranteckning", "2024-02-28T13:50", [
        ("Bedömning", "HbA1c 78 (fg 61). Oklart om pat tar sitt basinsulin regelbundet, glömmer kvällsdos enl fru. Diabetes typ 2 sen 2011. Påminnelse-app, diabetes-ssk 2 v."),
    ], "Cecilia Berglund")],
    must_not=[(B, "n1")],
    why="'Oklart om' concerns adherence, not a diagnosis; diabetes is long established")

C("d67-sk-fst-fraktur-svar-neg", S, "1994-12-12", "F", [
    N("sk_lund_ortakut", "Akutanteckning", "2024-01-13T17:35", [
        ("Utredning", "Rtg hö handled, fst fraktur: ingen fraktur påvisad."),
        ("Bedömning", "Kontusion hö handled. Handledsortos 1 v, Ipren. Åter VC om ej bättre."),
    ], "Elias Borg")],
    must_not=[(B, "n1")],
    why="the x-ray question 'fst fraktur' is answered negative in the same line; only a contusion remains")

C("d67-vg-ingen-susp-malignitet-thyreoidea", V, "1982-07-03", "F", [
    N("vg_sahl_endo", "Läkaranteckning", "2024-10-09T10:25", [
        ("Bedömning", "UL thyreoidea: 8 mm cystisk nodulus vä lob, TIRADS 2. Ingen susp. malignitet, ingen FNAC. Ingen uppföljning."),
    ], "Lars Engström")],
    must_not=[(B, "n1")],
    why="'Ingen susp. malignitet' negates the suspicion")

C("d67-sk-mall-tidiga-hyp-flera-sokord", S, "1989-10-26", "M", [
    N("sk_lund_hemat", "Tidiga hypoteser", "2024-06-12T14:30", [
        ("Anamnes", "Nattsvettningar, klåda, viktnedgång 5 kg på 2 mån."),
        ("Status", "Förstorade lgl supraklavikulärt vä, 2 cm, oömma."),
        ("Bedömning", "Trol. Hodgkins lymfom, ddx sarkoidos. Exstirpation bokas."),
    ], "Johanna Ek")],
    must_not=[(B, "n1")],
    why="Skåne: the Tidiga hypoteser template protects every sökord in the note, including Bedömning")

C("d67-vg-senare-not-bekraftar-neuroborrelios", V, "1968-08-13", "F", [
    N("vg_nal_neuro", "Läkaranteckning", "2024-08-12T11:15", [
        ("Bedömning", "Perifer facialispares hö sen 2 d, fästingbett i juli. misst neuroborrelios, LP + serologi."),
    ], "Åsa Lindgren", nid="n1"),
    N("vg_nal_neuro", "Läkaranteckning", "2024-08-21T14:00", [
        ("Bedömning", "LP: 84 mononukleära, borrelia-AI pos. Neuroborrelios bekräftad, doxycyklin 200 mg x 1 i 14 d. Pat informerad per tel."),
    ], "Åsa Lindgren", nid="n2"),
    ], must=[(B, "n1")], must_not=[(B, "n2"), (A, "n2")],
    why="the first note hedges neuroborreliosis; the later note confirms it and records that the patient was told")

C("d67-sk-ngt-battre-hjartsvikt", S, "1942-01-14", "M", [
    N("sk_hbg_kard11", "Daganteckning", "2024-12-17T09:15", [
        ("Bedömning", "Pat ngt bättre, ev lite mindre andfådd i vila, vikt -1,8 kg. Känd hjärtsvikt EF 30%, fortsatt Furix iv 40 x 2 idag, po imorgon."),
    ], "Mikaela Lund")],
    must_not=[(B, "n1")],
    why="'ev' hedges an improvement of a symptom; heart failure is known")

C("d67-vg-avvikelse-misstankt-forvaxling", V, "1952-03-07", "F", [
    N("vg_als_med6", "Omvårdnadsanteckning", "2024-09-06T23:40", [
        ("Händelse", "Misstänkt förväxling av insulinpennor vid kvällsdos, pat kan ha fått 8 E Novorapid i st f Lantus. B-glukos 5,2 kl 23, kontroll varje timme x 4, jour informerad. Avvikelse skriven."),
    ], "Frida Carlsson", role="sjuksköterska")],
    must_not=[(B, "n1")],
    why="'Misstänkt' refers to a medication incident, not to a disease of the patient")

C("d67-sk-trolig-orsak-fall", S, "1936-11-19", "F", [
    N("sk_ystad_geri", "Daganteckning", "2024-03-25T10:20", [
        ("Bedömning", "Trolig orsak till fallet: snubblat på mattkant i mörker, ingen yrsel, ingen medvetslöshet. Kontusion vä höft, rtg ua. Belysning + hjälpmedel via AT."),
    ], "Gunilla Strömberg")],
    must_not=[(B, "n1")],
    why="'Trolig orsak' names a mechanism of the fall (tripping), not a disease")

C("d67-sk-pmo-hyrlak-diktat-misst-diabetes", S, "1965-09-15", "M", [
    N("sk_vc_sorgenfri", "Besöksanteckning", "2024-07-08T16:10", [
        ("Bedömning", "pat med sedan tre veckor tilltagande trötthet och törst misstänkt diabetes typ 2 HbA1c och fasteglukos tas idag återbesök hos diabetessköterska nästa vecka"),
    ], "Roger Nyberg", draft=True)],
    must_not=[(B, "n1")],
    why="locum's dictated PMO note: suspected diabetes in PMO is never shown as a diagnosis")

# ====================================================================
# NL101 positives: visible diagnosis + text says patient not told
# ====================================================================

C("d67-vg-pad-urotel-ej-info", V, "1949-04-12", "M", [
    N("vg_udd_uro", "Läkaranteckning", "2024-03-04T15:20", [
        ("Provsvar", "PAD TURB: urotelial cancer hög grad, pT1, muskel finns i preparatet utan växt."),
        ("Planering", "Pat ej informerad ännu – besked vid återbesök 12/3 m kontaktssk. Re-TURB planeras."),
    ], "Fredrik Hallberg")],
    must=[(A, "n1")], must_not=[(B, "n1")],
    why="confirmed bladder cancer in visible Provsvar while Planering says the patient is not yet informed")

C("d67-sk-jour-levermetastaser-ej-meddelat", S, "1953-10-06", "F", [
    N("sk_malmo_akut", "Jouranteckning", "2024-05-19T03:30", [
        ("Bedömning", "DT buk: multipla levermetastaser, primärtumör ej identifierad. Ej meddelat pat inatt då hon sover o är utmattad, ansv läk på avd tar samtalet imorgon m anhörig."),
    ], "Viktor Holm")],
    must=[(A, "n1")],
    why="night note: liver metastases written visibly with 'Ej meddelat pat'")

C("d67-vg-hiv-pos-ej-nadd", V, "1985-06-27", "M", [
    N("vg_ostra_infmott", "Telefonanteckning", "2024-04-16T16:45", [
        ("Provsvar", "HIV-1 Ag/Ak pos, bekräftat m immunoblot. Viral load skickat."),
        ("Telefonkontakt", "Pat ej nåbar x3 idag, alltså ej informerad. Smittskyddsläk underrättad enligt rutin, ny kontakt imorgon fm."),
    ], "David Hermansson")],
    must=[(A, "n1")], must_not=[(B, "n1")],
    why="confirmed HIV in a visible section and the patient explicitly not reached/informed")

C("d67-sk-ssk-dotter-vill-ej-ventrikelcancer", S, "1940-07-31", "M", [
    N("sk_hbg_kir6", "Omvårdnadsanteckning", "2024-06-29T20:15", [
        ("Samtal", "Dotter ringde, vill ej att pat får veta om ventrikelcancern förrän hela familjen är samlad på söndag. Pat ej informerad om diagnosen, frågar mkt om vad gastroskopin visade. Hänvisar till läk imorgon."),
    ], "Sandra Wik", role="sjuksköterska")],
    must=[(A, "n1")],
    why="nurse's visible note names the stomach cancer and says the patient is not informed (at a relative's request)")

C("d67-vg-english-pt-not-informed", V, "1958-02-18", "F", [
    N("vg_nal_lung", "Läkaranteckning", "2024-10-17T14:40", [
        ("Provsvar", "Bronkoskopi-bx: adenocarcinoma, TTF-1 pos, PD-L1 60%."),
        ("Planering", "Pt not informed yet, MDK torsdag → besked fredag m kontaktssk. PET-DT bokad."),
    ], "Sanna Eriksson")],
    must=[(A, "n1")], must_not=[(B, "n1")],
    why="code-switched 'Pt not informed yet' about a confirmed adenocarcinoma in visible text")

C("d67-sk-ms-ej-infromerad-typo", S, "1990-01-22", "F", [
    N("sk_lund_neuro", "Läkaranteckning", "2024-05-29T15:35", [
        ("Bedömning", "MR + LP (oligoklonala band pos): MS skovvis förlöpande enl McDonald 2017. Pat ej infromerad om diagnosen än, återbesök hos mig 5/6 m anhörig."),
    ], "Anna Kjellberg")],
    must=[(A, "n1")],
    why="typo 'infromerad' in the not-told statement about a confirmed MS diagnosis")

C("d67-vg-susp-pankreascancer-ej-info", V, "1951-09-25", "M", [
    N("vg_sahl_kir", "Läkaranteckning", "2024-11-07T16:05", [
        ("Bedömning", "DT buk: 4 cm lågattenuerande tumör caput pancreatis, dilaterad koledokus. Susp. pankreascancer. Pat ej informerad om fyndet, besked efter MDK onsdag."),
    ], "Oliver Jansson")],
    must=[(A, "n1"), (B, "n1")],
    why="the textbook Tidiga-hypoteser situation written in an ordinary note: hedged cancer, patient not informed")

C("d67-sk-barn-all-ej-info", S, "2017-08-11", "M", [
    N("sk_hbg_barnakut", "Jouranteckning", "2024-09-15T02:50", [
        ("Bedömning", "Blodutstryk: 60% blaster, B-ALL enl flödescytometri. Varken pojken eller föräldrarna informerade ännu, barnonk-jour Lund tar samtalet kl 08 innan transport."),
    ], "Klara Wennberg")],
    must=[(A, "n1")], must_not=[(B, "n1")],
    why="child's visible night note (guardians read it) names leukaemia and says neither child nor parents are told")

C("d67-vg-demens-ska-ej-informeras-forran", V, "1944-05-02", "F", [
    N("vg_molndal_minne", "Läkaranteckning", "2024-04-10T11:30", [
        ("Bedömning", "Demens av Alzheimertyp, mild grad (MMT 22, CSF-biomarkörer typiska). Pat ska ej informeras om dx förrän vid gemensamt samtal m sonen 24/4, enl hennes egen önskan att ha honom med."),
    ], "Ingrid Falk")],
    must=[(A, "n1")],
    why="'ska ej informeras om dx förrän ...' about a stated dementia diagnosis in visible text")

C("d67-sk-tel-pad-melanom-ej-svar", S, "1963-12-09", "M", [
    N("sk_hbg_hud", "Telefonanteckning", "2024-08-27T13:10", [
        ("Telefonkontakt", "Försökt nå pat x2 ang PAD (malignt melanom, Breslow 1,8 mm, ulcererat) – ej svar. Pat alltså ännu ej informerad. Ny påringning imorgon, brev ej lämpligt."),
    ], "Moa Lundberg")],
    must=[(A, "n1")],
    why="phone note: unreachable patient, melanoma diagnosis in visible text, 'ännu ej informerad'")

C("d67-vg-diagnos-sokord-brostcancer-ej-delgiven", V, "1967-02-28", "F", [
    N("vg_sahl_brost", "Läkaranteckning", "2024-04-12T10:00", [
        ("Diagnos", "C50.4 Bröstcancer övre yttre kvadranten hö."),
        ("Planering", "Dx ej delgiven pat, besked planeras 18/4 på mott m kontaktssk. Preop-bedömning bokas preliminärt."),
    ], "Cecilia Berglund")],
    must=[(A, "n1")],
    why="ICD code and diagnosis in the visible Diagnos sökord while 'Dx ej delgiven pat'")

C("d67-sk-hyrlak-diktat-lymfom-ej-informerad", S, "1959-06-19", "F", [
    N("sk_hlm_medmott", "Läkaranteckning", "2024-02-20T17:25", [
        ("Bedömning", "eftersom patienten ännu inte är informerad om att biopsin från körteln på halsen visade diffust storcelligt B-cellslymfom så väntar vi med att skicka kallelsen till PET-DT tills hon fått beskedet av mig på torsdag"),
    ], "Roger Nyberg", draft=True)],
    must=[(A, "n1")],
    why="locum's unpunctuated dictation: lymphoma in visible text and 'ännu inte är informerad'")

C("d67-vg-epilepsi-eeg-ej-hunnit-meddela", V, "2001-10-03", "M", [
    N("vg_sko_neuro", "Läkaranteckning", "2024-06-13T16:50", [
        ("Bedömning", "EEG: fokala epileptiforma urladdningar vä temporalt. Dx fokal epilepsi. Ej hunnit meddela pat, ringer imorgon och startar lamotrigin."),
    ], "Hugo Westin")],
    must=[(A, "n1")],
    why="'Ej hunnit meddela pat' about a stated epilepsy diagnosis")

C("d67-sk-koloncancer-forst-ej-sedan-info", S, "1948-03-16", "M", [
    N("sk_kri_kir", "Läkaranteckning", "2024-10-03T14:20", [
        ("Provsvar", "PAD: adenocarcinom sigmoideum, måttligt differentierat."),
        ("Planering", "Pat ej informerad, kallas till besök tisdag m kontaktssk."),
    ], "Gustav Åberg", nid="n1"),
    N("sk_kri_kir", "Läkaranteckning", "2024-10-08T10:30", [
        ("Samtal", "Pat informerad om koloncancern, dottern med. Op planeras inom 3 v, tog beskedet sakligt."),
    ], "Gustav Åberg", nid="n2"),
    ], must=[(A, "n1")], must_not=[(A, "n2")],
    why="the first note withholds the colon cancer visibly (NL101); the later note records that the patient was told")

C("d67-sk-psyk-shizofreni-ej-info-typo", S, "1999-05-04", "M", [
    N("sk_hbg_psyk", "Daganteckning", "2024-07-22T13:15", [
        ("Bedömning", "Uppfyller kriterier för paranoid shizofreni (>6 mån, hallucinos, vanföreställningar). Pat ej informerad om diagnosen pga agitation och bristande sjukdomsinsikt, tas upp när han är lugnare."),
    ], "Petra Lindahl")],
    must=[(A, "n1")],
    why="typo in the diagnosis word ('shizofreni'); stated diagnosis and 'ej informerad om diagnosen'")

C("d67-vg-barn-diabetes-ej-informerade", V, "2015-03-23", "F", [
    N("vg_dsbus", "Inskrivningsanteckning", "2024-11-02T22:30", [
        ("Bedömning", "P-glukos 24, ketoner 3,1, pH 7,29. Diabetes typ 1 med lätt ketoacidos. Barnet och föräldrarna ännu ej informerade om diagnosen, diabetesteamet tar samtalet imorgon 09. Insulininfusion enl PM."),
    ], "Emil Berg")],
    must=[(A, "n1")],
    why="child's visible admission note: type 1 diabetes stated, child and guardians not yet informed")

C("d67-sk-nattssk-glioblastom-pat-vet-ej", S, "1957-12-07", "M", [
    N("sk_lund_nkir", "Omvårdnadsanteckning", "2024-01-05T01:45", [
        ("Händelse", "Pat frågar upprepade ggr vad DT visade, jour ber oss avvakta. Pat vet ej om hjärntumören (glioblastom enl MR-svar), ej heller frun. Orolig, Oxascand 10 mg gavs 01.30."),
    ], "Marcus Lindh", role="sjuksköterska")],
    must=[(A, "n1")],
    why="night nurse writes the tumour diagnosis visibly and 'Pat vet ej om hjärntumören'")

C("d67-vg-cll-disclosure-pending", V, "1950-08-21", "M", [
    N("vg_udd_hemat", "Läkaranteckning", "2024-04-18T09:10", [
        ("Bedömning", "Flödescytometri: CLL, Binet A. Disclosure pending – pat ej informerad än, tid 2/5. Ingen beh-indikation i nuläget."),
    ], "Tobias Sandberg")],
    must=[(A, "n1")],
    why="code-switched 'Disclosure pending' plus 'ej informerad än' about a confirmed CLL")

C("d67-sk-parkinson-ingen-information-given", S, "1951-01-27", "F", [
    N("sk_malmo_neuro", "Läkaranteckning", "2024-10-02T11:40", [
        ("Bedömning", "DaTSCAN patologisk bilat. Parkinsons sjukdom. Ingen information given till pat än om dx, hon kommer m maken 14/10."),
    ], "Axel Grönberg")],
    must=[(A, "n1")],
    why="'Ingen information given till pat än om dx' with Parkinson's disease stated visibly")

C("d67-vg-cirros-ej-fatt-besked", V, "1962-11-14", "M", [
    N("vg_sahl_gastro", "Läkaranteckning", "2024-08-22T14:25", [
        ("Provsvar", "Leverbiopsi: cirros, steatohepatit-bild."),
        ("Planering", "Pat har ännu inte fått besked om cirrosen, ses 3/9 för genomgång. Gastroskopi för varicer bokad."),
    ], "Sanna Eriksson")],
    must=[(A, "n1")],
    why="'har ännu inte fått besked om cirrosen' with the biopsy diagnosis visible")

C("d67-sk-gyn-mola-ej-underrattad", S, "1993-09-30", "F", [
    N("sk_kri_kvk", "Läkaranteckning", "2024-12-05T15:55", [
        ("Provsvar", "PAD efter vakuumaspiration: partiell mola hydatidosa. Pat ej underrättad ännu, ringer henne imorgon. hCG-uppföljning startas."),
    ], "Rebecka Olsson")],
    must=[(A, "n1")],
    why="'ej underrättad ännu' about a molar pregnancy diagnosis in visible text")

C("d67-vg-hepatti-c-typo-ej-info", V, "1980-04-08", "M", [
    N("vg_nal_infmott", "Läkaranteckning", "2024-07-04T13:35", [
        ("Bedömning", "HCV-RNA pos, genotyp 3a → kronisk hepatti C. Pat ej informerad, sökt via tel x2. Brev m kallelse skickat."),
    ], "Julia Petersson")],
    must=[(A, "n1")],
    why="typo in the diagnosis word ('hepatti C') does not hide a confirmed, untold diagnosis")

C("d67-sk-ovetande-om-recidiv", S, "1961-03-24", "F", [
    N("sk_lund_onk", "Läkaranteckning", "2024-06-27T12:05", [
        ("Bedömning", "Lokoregionalt recidiv av bröstcancer enl PAD från axillen. Pat ovetande om recidivet, ansv onkolog informerar 3/7."),
    ], "Sofia Malmberg")],
    must=[(A, "n1")],
    why="'Pat ovetande om recidivet' is a not-told statement about a confirmed recurrence")

# ====================================================================
# NL101 negatives (hard)
# ====================================================================

C("d67-sk-bcc-informerad-per-tel", S, "1946-04-16", "M", [
    N("sk_lund_hud", "Telefonanteckning", "2024-09-04T14:15", [
        ("Telefonkontakt", "PAD: nodulär basalcellscancer, radikalt exciderat. Pat informerad per tel, nöjd. Ingen uppföljning."),
    ], "Moa Lundberg", role="läkare")],
    must_not=[(A, "n1"), (B, "n1")],
    why="the diagnosis was told by phone, and it is confirmed")

C("d67-vg-optid-ej-meddelad-brack", V, "1966-08-25", "M", [
    N("vg_kun_kir", "Läkaranteckning", "2024-05-14T10:45", [
        ("Bedömning", "Ljumskbråck hö, indirekt, reponibelt. Anmäld för TEP. Op-tid ej meddelad pat ännu, kallelse kommer."),
    ], "Adam Roos")],
    must_not=[(A, "n1")],
    why="what is not yet told is the operation date, not the diagnosis")

C("d67-sk-remiss-ej-meddelad-ff", S, "1950-10-29", "F", [
    N("sk_land_medmott", "Läkaranteckning", "2024-01-30T15:05", [
        ("Bedömning", "Nydebuterat förmaksflimmer, CHA2DS2-VASc 3 → Eliquis 5 mg x 2 insatt. Remiss till kardiologen skickad idag – pat ej informerad om remissen ännu, meddelas via 1177."),
    ], "Martin Hägg")],
    must_not=[(A, "n1")],
    why="the untold item is the referral; nothing says the atrial fibrillation is withheld")

C("d67-vg-benign-bx-ej-meddelat", V, "1977-01-11", "F", [
    N("vg_nal_brost", "Läkaranteckning", "2024-03-26T16:20", [
        ("Provsvar", "Mellannålsbx vä bröst: normal bröstvävnad, ingen malignitet."),
        ("Planering", "Svaret ej meddelat pat ännu, brev skickas idag."),
    ], "Åsa Lindgren")],
    must_not=[(A, "n1")],
    why="the untold item is a normal biopsy result; no diagnosis is withheld")

C("d67-sk-pat-informerad-sonen-ej", S, "1945-02-05", "M", [
    N("sk_lund_lung", "Läkaranteckning", "2024-11-26T13:30", [
        ("Samtal", "Pat informerad om småcellig lungcancer idag, tog det lugnt. Vill själv berätta för sonen, som alltså ännu ej är informerad."),
    ], "Fredrik Ström")],
    must_not=[(A, "n1")],
    why="the patient is told; only a relative is not")

C("d67-vg-tidiga-hyp-lewy-ej-kommunicerat", V, "1941-12-20", "M", [
    N("vg_molndal_geri", "Läkaranteckning", "2024-02-13T10:50", [
        ("Anamnes", "Synhallucinationer (djur i rummet), fluktuerande vakenhet, stel gång."),
        ("Tidiga hypoteser", "Trol. Lewybody-demens. Ej kommunicerat m pat, pat ej informerad."),
        ("Planering", "DaTSCAN, återbesök 6 v."),
    ], "Ingrid Falk")],
    must_not=[(A, "n1"), (B, "n1")],
    why="VGR: the untold, hedged diagnosis is kept only under the Tidiga hypoteser sökord")

C("d67-sk-mall-tidiga-hyp-ovarial-ej-info", S, "1956-05-31", "F", [
    N("sk_hlm_gyn", "Tidiga hypoteser", "2024-08-09T11:10", [
        ("Bedömning", "Komplex adnexresistens hö 9 cm, CA-125 840, ascites. Misst. ovarialcancer. Pat ej informerad ännu om misstanken."),
    ], "Lovisa Sten")],
    must_not=[(A, "n1"), (B, "n1")],
    why="Skåne: the untold suspicion is documented in the Tidiga hypoteser template")

C("d67-vg-hypertoni-inget-om-info", V, "1964-07-07", "M", [
    N("vg_als_med", "Läkaranteckning", "2024-06-03T09:35", [
        ("Bedömning", "Hemblodtryck snitt 152/96, ingen organpåverkan. Essentiell hypertoni. Start amlodipin 5 mg, kontroll ssk-mott 4 v."),
    ], "Peter Falk")],
    must_not=[(A, "n1")],
    why="a confirmed diagnosis with nothing said about informing the patient")

C("d67-sk-besked-igar-ms-tel", S, "1995-09-12", "F", [
    N("sk_hbg_neuro", "Telefonanteckning", "2024-03-12T10:25", [
        ("Telefonkontakt", "Pat fick besked om MS igår av undertecknad, ringer idag ledsen och med frågor om bromsmedicin. Samtal 20 min, remiss kurator, MS-ssk ringer upp."),
    ], "Johanna Ek")],
    must_not=[(A, "n1")],
    why="the patient was told the day before")

C("d67-vg-pt-informed-nsclc", V, "1954-10-15", "M", [
    N("vg_sahl_lung", "Läkaranteckning", "2024-09-26T15:15", [
        ("Samtal", "Pt informed re dx (NSCLC stadium IV), wife present. Tog beskedet hårt men sakligt. Palliativ onkologisk beh diskuteras på MDK."),
    ], "Linda Aronsson")],
    must_not=[(A, "n1")],
    why="English 'Pt informed re dx' records that the patient was told")

C("d67-sk-lab-ua-ej-underrattad", S, "1972-12-23", "F", [
    N("sk_malmo_endo", "Läkaranteckning", "2024-07-15T11:50", [
        ("Bedömning", "Känd hypotyreos, Levaxin 100. Lab ua: TSH 1,9, fT4 16. Pat ej underrättad om proverna ännu, brev skickas. Oförändrad dos."),
    ], "Emma Thorén")],
    must_not=[(A, "n1")],
    why="what is untold is normal lab; the hypothyroidism is long known")

C("d67-vg-redan-informerad-behover-ej", V, "1959-04-19", "M", [
    N("vg_jubileum", "Läkaranteckning", "2024-03-08T13:40", [
        ("Bedömning", "Pat redan informerad av kirurg om rektalcancer 1/3, behöver ej informeras på nytt. Idag genomgång av strålbeh 5x5 Gy."),
    ], "Sebastian Kron")],
    must_not=[(A, "n1")],
    why="'behöver ej informeras' because the patient was already told: hard negative with a negated informing verb")

C("d67-sk-utmattning-sjukskrivning-ej-meddelad", S, "1983-06-14", "F", [
    N("sk_lund_psykopv", "Läkaranteckning", "2024-10-24T16:05", [
        ("Bedömning", "Utmattningssyndrom (F43.8A), fortsatt kraftig kognitiv trötthet. Sjukskrivning förlängd 50% 4 v – pat ej informerad om förlängningen ännu, ringer henne imorgon."),
    ], "Helena Borg")],
    must_not=[(A, "n1")],
    why="the untold item is the extension of sick leave, not the diagnosis")

C("d67-vg-informearad-typo-bowen", V, "1938-09-28", "F", [
    N("vg_sahl_hud", "Telefonanteckning", "2024-12-10T11:20", [
        ("Telefonkontakt", "PAD: skivepitelcancer in situ (Bowen) hö kind. Pat informearad om dx via tel, op-tid om 3 v."),
    ], "Nora Eklund")],
    must_not=[(A, "n1")],
    why="typo 'informearad' in a statement that the patient WAS informed")

C("d67-sk-dt-normal-ej-informerad-sov", S, "1929-11-08", "F", [
    N("sk_kri_akut", "Jouranteckning", "2024-04-28T02:40", [
        ("Bedömning", "Fall i hemmet, Waran. DT hjärna ua, ingen blödning eller fraktur. Pat ej informerad om svaret då hon sov, ssk meddelar vid väckning. Obs över natten enl rutin."),
    ], "Simon Björk")],
    must_not=[(A, "n1")],
    why="the untold item is a normal CT result")

C("d67-vg-besked-lamnat-borrelia-lymfocytom", V, "2008-01-17", "F", [
    N("vg_kun_inf", "Telefonanteckning", "2024-08-30T10:15", [
        ("Telefonkontakt", "Besked lämnat per telefon om positiv borreliaserologi, lymfocytom vä örsnibb bekräftat. Doxycyklin enl läk-ordination, pat införstådd."),
    ], "Josefin Ahlström", role="sjuksköterska")],
    must_not=[(A, "n1")],
    why="'Besked lämnat per telefon' records that the 16-year-old patient was told")

C("d67-sk-val-medveten-prostatacancer", S, "1947-08-05", "M", [
    N("sk_hbg_uro", "Läkaranteckning", "2024-05-23T09:00", [
        ("Bedömning", "Pat väl medveten om sin prostatacancer sedan 2021 (Gleason 3+4), aktiv monitorering. PSA 6,1 stabilt. Ny MR om 1 år."),
    ], "Magnus Sjögren")],
    must_not=[(A, "n1")],
    why="the patient has known the diagnosis since 2021")

C("d67-vg-ej-info-vardplats-pankreatit", V, "1976-02-14", "F", [
    N("vg_sko_akut", "Jouranteckning", "2024-07-13T02:50", [
        ("Bedömning", "Akut pankreatit, lipas 4200, alkohol senaste helgen. Pat ej informerad om vilken avd hon hamnar på – vårdplats saknas, ligger kvar på akuten. Dropp, smärtlindring."),
    ], "Filip Nordin")],
    must_not=[(A, "n1")],
    why="the untold item is the ward placement, not the pancreatitis")

C("d67-sk-barn-celiaki-informerade", S, "2016-11-25", "F", [
    N("sk_ystad_barn", "Läkaranteckning", "2024-02-26T14:35", [
        ("Bedömning", "Duodenal-bx: celiaki (Marsh 3b). Föräldrar och barnet informerade om diagnosen idag, glutenfri kost, dietistremiss, kontroll TTG om 6 mån."),
    ], "Elin Persson")],
    must_not=[(A, "n1")],
    why="child and guardians were told the diagnosis")

C("d67-vg-remissavslag-ej-meddelat-gonartros", V, "1955-06-09", "F", [
    N("vg_kun_ort", "Läkaranteckning", "2024-11-13T15:30", [
        ("Bedömning", "Gonartros hö, Ahlbäck 2. Remiss för artroplastik avslagen av opererande enhet (BMI 41) – pat ej meddelad om avslaget ännu. Fortsatt artrosskola + viktnedgång."),
    ], "Tove Lindström")],
    must_not=[(A, "n1")],
    why="the untold item is the rejected referral; the osteoarthritis is not withheld")

C("d67-sk-jour-app-informerad-op-inatt", S, "2005-04-29", "M", [
    N("sk_lund_akut", "Jouranteckning", "2024-10-11T23:55", [
        ("Bedömning", "DT: akut appendicit utan perforation. Pat informerad om fyndet och att op blir inatt, samtycker."),
    ], "Hanna Bergdahl")],
    must_not=[(A, "n1"), (B, "n1")],
    why="confirmed appendicitis told to the patient at night")

C("d67-vg-tidiga-hyp-sedan-informerad-als", V, "1958-10-01", "M", [
    N("vg_sas_neuro", "Läkaranteckning", "2024-01-16T10:20", [
        ("Status", "Atrofi thenar hö, fascikulationer båda överarmar."),
        ("Tidiga hypoteser", "Misst. motorneuronsjukdom, ej kommunicerat ännu."),
        ("Planering", "EMG v 9."),
    ], "Karl Wiklund", nid="n1"),
    N("vg_sas_neuro", "Läkaranteckning", "2024-03-05T13:30", [
        ("Bedömning", "EMG + klinik: ALS enl Gold Coast-kriterierna. Pat och maka informerade om diagnosen idag, ALS-team kontaktas."),
    ], "Karl Wiklund", nid="n2"),
    ], must_not=[(A, "n1"), (B, "n1"), (A, "n2")],
    why="VGR: the untold hypothesis stayed under Tidiga hypoteser; the later visible note records that the patient was told")

C("d67-sk-diktat-har-informerat-brostcancer", S, "1969-03-02", "F", [
    N("sk_malmo_brost", "Läkaranteckning", "2024-06-06T15:50", [
        ("Bedömning", "har idag informerat patienten och hennes man om att det rör sig om en bröstcancer i vänster bröst grad två hormonreceptorpositiv hon tog beskedet bra och vill opereras så snart som möjligt kontaktsjuksköterskan bokar preoperativt besök"),
    ], "Jakob Nyström", draft=True)],
    must_not=[(A, "n1")],
    why="dictated, unpunctuated: 'har idag informerat patienten' about the cancer")


# ====================================================================
# build + validate
# ====================================================================

KEYS_CASE = ["case", "ruleset", "record", "must", "must_not", "why"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, when):
    years = when.year - birth.year
    if (when.month, when.day) < (birth.month, birth.day):
        years -= 1
    return years


def build():
    out, problems = [], []
    seen_names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        if not name.startswith("d67-"):
            problems.append(f"{name}: name prefix")
        if name in seen_names:
            problems.append(f"{name}: duplicate case name")
        seen_names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{name}: ruleset")
        # personnummer: serial parity follows sex (odd = male)
        base = (idx * 37 + 11) % 90 + 10
        serial = base * 10 + (3 if c["sex"] == "M" else 4)
        pnr = make_pnr(c["birth"], serial)
        notes = c["notes"]
        times = [dt.datetime.fromisoformat(n["time"]) for n in notes]
        last = max(times)
        as_of = (last + dt.timedelta(days=2)).replace(hour=0, minute=0, second=0)
        if as_of.year != 2024:
            as_of = dt.datetime(2024, 12, 31)
        record = {
            "patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        }
        obj = {"case": name, "ruleset": c["ruleset"], "record": record,
               "must": c["must"], "must_not": c["must_not"], "why": c["why"]}
        out.append(obj)

        # --- checks
        digits = pnr.replace("-", "")[2:]
        if luhn_digit(digits[:9]) != int(digits[9]):
            problems.append(f"{name}: luhn")
        if pnr[:8] != c["birth"].replace("-", ""):
            problems.append(f"{name}: pnr/birth mismatch")
        bdate = dt.date.fromisoformat(c["birth"])
        for t in times + [as_of]:
            if t.date() < bdate:
                problems.append(f"{name}: note before birth")
            a = age_on(bdate, t.date())
            if 13 <= a <= 15:
                problems.append(f"{name}: patient aged {a} (13-15 not allowed)")
        ids = set()
        for n in notes:
            if n["id"] in ids:
                problems.append(f"{name}: duplicate note id")
            ids.add(n["id"])
            for fld in ("time", "signed"):
                v = n[fld]
                if v is not None and not v.startswith("2024-"):
                    problems.append(f"{name}: {fld} not in 2024")
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append(f"{name}: signed before time")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append(f"{name}: VGR note not Melior")
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                problems.append(f"{name}: PMO outside Skåne")
            for s in n["sections"]:
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append(f"{name}: repeated sentence (also in {sentences[sent][0]}): {sent!r}")
                        sentences.setdefault(sent, (name, n["id"], s["keyword"]))
        if not as_of.isoformat().startswith("2024-"):
            problems.append(f"{name}: as_of not 2024")
        bynote = {n["id"]: n for n in notes}
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if not pairs:
            problems.append(f"{name}: no assertions")
        if len(set(pairs)) != len(pairs):
            problems.append(f"{name}: code both in must and must_not, or repeated")
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                problems.append(f"{name}: unexpected code {code}")
            if target not in bynote:
                problems.append(f"{name}: target {target} missing")
                continue
            sysname = bynote[target]["system"]
            if code == "NL102" and sysname != "Melior" and (code, target) in [tuple(x) for x in c["must"]]:
                problems.append(f"{name}: NL102 must on non-Melior note")
            if code == "NL101" and sysname == "PMO":
                problems.append(f"{name}: NL101 asserted on PMO")
        if not c["why"]:
            problems.append(f"{name}: empty why")
        if list(obj.keys()) != KEYS_CASE:
            problems.append(f"{name}: keys")
    return out, problems


def main():
    out, problems = build()
    # NL102 is asserted only on Melior notes (must_not on PMO is the documented exception:
    # the base rules say a hedged PMO diagnosis is must_not NL102).
    here = os.path.dirname(os.path.abspath(__file__))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(here, "nl1_dev67_cases.jsonl"), "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for obj in out:
        for kind in ("must", "must_not"):
            for code, _ in obj[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    regions = {}
    for obj in out:
        regions[obj["ruleset"]] = regions.get(obj["ruleset"], 0) + 1
    print(f"{len(out)} cases written; regions {regions}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")


if __name__ == "__main__":
    main()
