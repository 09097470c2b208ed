#!/usr/bin/env python3
"""Gold cases nl1_heldout19_cases: NL101 / NL102 across a region's whole care chain.

Written from the seeds and DESIGN.md only. Dependency-free; deterministic.
`python3 build.py` writes nl1_heldout19_cases.jsonl beside this file and validates it.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout19_cases"

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Skåne, Melior (hospitals)
    "s_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1A41", "Melior", "skane"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-2B17", "Melior", "skane"),
    "s_akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3C62", "Melior", "skane"),
    "s_brost_lund": ("Bröstmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4D08", "Melior", "skane"),
    "s_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", "SE2321000255-4D19", "Melior", "skane"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5E33", "Melior", "skane"),
    "s_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-5F71", "Melior", "skane"),
    "s_minne_mal": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6A24", "Melior", "skane"),
    "s_ger_kri": ("Geriatriska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-6B90", "Melior", "skane"),
    "s_ger_mal": ("Geriatrisk avdelning 2, Skånes universitetssjukhus Malmö", "SE2321000255-6C15", "Melior", "skane"),
    "s_psyk_lund": ("Psykiatrisk öppenvårdsmottagning, Psykiatri Lund", "SE2321000255-7A52", "Melior", "skane"),
    "s_psyk_hbg": ("Allmänpsykiatrisk mottagning, Helsingborg", "SE2321000255-7B44", "Melior", "skane"),
    "s_psykavd_mal": ("Psykiatrisk vårdavdelning 64, Skånes universitetssjukhus Malmö", "SE2321000255-7C81", "Melior", "skane"),
    "s_bup_mal": ("BUP-mottagning Malmö", "SE2321000255-7D06", "Melior", "skane"),
    "s_gen_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", "SE2321000255-8A37", "Melior", "skane"),
    "s_smvc_mal": ("Specialistmödravården, Skånes universitetssjukhus Malmö", "SE2321000255-8B28", "Melior", "skane"),
    "s_kvinno_kri": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-8C63", "Melior", "skane"),
    "s_gynakut_lund": ("Gynekologisk akutmottagning, Skånes universitetssjukhus Lund", "SE2321000255-8D70", "Melior", "skane"),
    "s_kard_lund": ("Kardiologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-9A12", "Melior", "skane"),
    "s_med_hbg": ("Medicinavdelning 3, Helsingborgs lasarett", "SE2321000255-9B55", "Melior", "skane"),
    "s_med_ystad": ("Medicinavdelning 6, Lasarettet i Ystad", "SE2321000255-9C07", "Melior", "skane"),
    "s_inf_mal": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-9D39", "Melior", "skane"),
    "s_gastro_lund": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-1E86", "Melior", "skane"),
    "s_neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-1F20", "Melior", "skane"),
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1F74", "Melior", "skane"),
    "s_rehab_orup": ("Rehabiliteringsmedicinska kliniken, Orups sjukhus", "SE2321000255-2A93", "Melior", "skane"),
    "s_rehab_lund": ("Neurologisk rehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-2A48", "Melior", "skane"),
    "s_ortop_lund": ("Ortopediska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-2C31", "Melior", "skane"),
    "s_ortop_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-2C77", "Melior", "skane"),
    "s_endokir_mal": ("Endokrinkirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-3A59", "Melior", "skane"),
    "s_njur_lund": ("Njurmedicinska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3B02", "Melior", "skane"),
    "s_barn_kri": ("Barn- och ungdomsmedicinska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-3D45", "Melior", "skane"),
    "s_barnakut_mal": ("Barnakuten, Skånes universitetssjukhus Malmö", "SE2321000255-3D88", "Melior", "skane"),
    "s_barnneuro_lund": ("Barnneurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3E14", "Melior", "skane"),
    "s_antikoag_hbg": ("Antikoagulationsmottagningen, Helsingborgs lasarett", "SE2321000255-4A66", "Melior", "skane"),
    "s_lung_ystad": ("Lungmottagningen, Lasarettet i Ystad", "SE2321000255-4B29", "Melior", "skane"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4B92", "Melior", "skane"),
    "s_pall_hbg": ("Palliativ vårdavdelning, Helsingborgs lasarett", "SE2321000255-4C40", "Melior", "skane"),
    "s_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4E51", "Melior", "skane"),
    "s_kir_hbg": ("Kirurgiska kliniken avd 24, Helsingborgs lasarett", "SE2321000255-5A18", "Melior", "skane"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5B63", "Melior", "skane"),
    "s_reum_lund": ("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5C27", "Melior", "skane"),
    "s_uro_mal": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5D84", "Melior", "skane"),
    # Skåne, PMO (primary care)
    "p_vc_landskrona": ("Vårdcentralen Tornet, Landskrona", "SE2321000255-P101", "PMO", "skane"),
    "p_vc_horby": ("Vårdcentralen Hörby", "SE2321000255-P214", "PMO", "skane"),
    "p_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P322", "PMO", "skane"),
    "p_vc_ystad": ("Vårdcentralen Ystad", "SE2321000255-P435", "PMO", "skane"),
    "p_bvc_eslov": ("Barnavårdscentralen Eslöv", "SE2321000255-P547", "PMO", "skane"),
    "p_um_trelleborg": ("Ungdomsmottagningen Trelleborg", "SE2321000255-P658", "PMO", "skane"),
    "p_hemsjv_hoganas": ("Hemsjukvården Höganäs", "SE2321000255-P763", "PMO", "skane"),
    "p_bmm_simrishamn": ("Barnmorskemottagningen Simrishamn", "SE2321000255-P879", "PMO", "skane"),
    # Västra Götaland, Melior
    "v_akut_sahl": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000011201", "Melior", "vgr"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000011318", "Melior", "vgr"),
    "v_akut_nu": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000011420", "Melior", "vgr"),
    "v_kir_skovde": ("Kirurgavdelning 31, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000012035", "Melior", "vgr"),
    "v_kirmott_sahl": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012147", "Melior", "vgr"),
    "v_neuro_sahl": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012259", "Melior", "vgr"),
    "v_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012364", "Melior", "vgr"),
    "v_uro_skovde": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000012371", "Melior", "vgr"),
    "v_gynakut_nu": ("Gynekologisk akutmottagning, NU-sjukvården Uddevalla", "SE2321000131-E000000012476", "Melior", "vgr"),
    "v_kvinno_nu": ("Kvinnokliniken, NU-sjukvården Uddevalla", "SE2321000131-E000000012488", "Melior", "vgr"),
    "v_forl_sas": ("Förlossningsavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000012493", "Melior", "vgr"),
    "v_kvinno_ostra": ("Kvinnosjukvården, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012499", "Melior", "vgr"),
    "v_lung_sahl": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012581", "Melior", "vgr"),
    "v_lung_skovde": ("Lungmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000012588", "Melior", "vgr"),
    "v_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012693", "Melior", "vgr"),
    "v_infavd_ostra": ("Infektionsavdelning 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012697", "Melior", "vgr"),
    "v_hud_kungalv": ("Hudmottagningen, Kungälvs sjukhus", "SE2321000131-E000000012702", "Melior", "vgr"),
    "v_hud_skovde": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000012709", "Melior", "vgr"),
    "v_ger_alingsas": ("Geriatriska avdelningen, Alingsås lasarett", "SE2321000131-E000000012814", "Melior", "vgr"),
    "v_ger_molndal": ("Geriatrik och akutgeriatrik, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012826", "Melior", "vgr"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012838", "Melior", "vgr"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000012921", "Melior", "vgr"),
    "v_psykavd_ostra": ("Psykiatrisk avdelning 366, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000013036", "Melior", "vgr"),
    "v_psyk_skovde": ("Vuxenpsykiatrisk mottagning, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013048", "Melior", "vgr"),
    "v_psyk_boras": ("Vuxenpsykiatriska mottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013053", "Melior", "vgr"),
    "v_psyk_trauma": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013067", "Melior", "vgr"),
    "v_gastro_nal": ("Gastroenterologmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000013142", "Melior", "vgr"),
    "v_onh_nal": ("ÖNH-mottagningen, NU-sjukvården NÄL", "SE2321000131-E000000013157", "Melior", "vgr"),
    "v_onk_jubileum": ("Onkologkliniken, Sahlgrenska Universitetssjukhuset/Jubileumskliniken", "SE2321000131-E000000013261", "Melior", "vgr"),
    "v_onkavd_jubileum": ("Onkologavdelning 52, Sahlgrenska Universitetssjukhuset/Jubileumskliniken", "SE2321000131-E000000013274", "Melior", "vgr"),
    "v_med_sas": ("Medicinavdelning 12, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013388", "Melior", "vgr"),
    "v_med_kungalv": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000013395", "Melior", "vgr"),
    "v_medmott_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000013399", "Melior", "vgr"),
    "v_kard_sas": ("Kardiologavdelningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013403", "Melior", "vgr"),
    "v_endo_sahl": ("Endokrinologmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000013415", "Melior", "vgr"),
    "v_reum_lidkoping": ("Reumatologmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000013427", "Melior", "vgr"),
    "v_barn_dsbus": ("Barnmedicinsk mottagning, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013532", "Melior", "vgr"),
    "v_barnakut_dsbus": ("Barnakutmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013544", "Melior", "vgr"),
    "v_barnneuro_dsbus": ("Barnneurologmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013556", "Melior", "vgr"),
    "v_barn_nu": ("Barn- och ungdomsmedicin, NU-sjukvården NÄL", "SE2321000131-E000000013568", "Melior", "vgr"),
    "v_rehab_hogsbo": ("Rehabiliteringsmedicin, Högsbo sjukhus", "SE2321000131-E000000013671", "Melior", "vgr"),
    "v_rehab_skovde": ("Rehabiliteringsmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000013683", "Melior", "vgr"),
    "v_ortop_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013790", "Melior", "vgr"),
    "v_dietist_sas": ("Dietistenheten, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013802", "Melior", "vgr"),
    "v_pall_sas": ("Palliativ slutenvård, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000013815", "Melior", "vgr"),
    "v_kirakut_nu": ("Kirurgakuten, NU-sjukvården NÄL", "SE2321000131-E000000013827", "Melior", "vgr"),
}

CASES = []


def N(unit, template, author, role, time, signed, setting, sections, nid="n1", refs=None):
    """One note. time/signed as 'YYYY-MM-DD HH:MM' (signed None = unsigned draft)."""
    uname, hsa, system, _region = UNITS[unit]
    iso = lambda t: None if t is None else t.replace(" ", "T") + ":00"
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": iso(signed), "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, _luhn_digit(ymd[2:] + serial))


def C(case, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    def tgt(x):
        return [x, "n1"] if isinstance(x, str) else [x[0], x[1]]
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min((last + _dt.timedelta(days=35)).replace(hour=0, minute=0, second=0),
                _dt.datetime(2024, 12, 31))
    CASES.append({
        "case": case,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [tgt(x) for x in must],
        "must_not": [tgt(x) for x in must_not],
        "why": why,
    })

# ================================================================ NL101 positives
C("onk-brostcancer-pad-besked-vid-aterbesok", "skane", "1968-09-02", "284", [
    N("s_brost_lund", "Läkaranteckning", "Helena Bergkvist", "läkare", "2024-04-09 13:10", "2024-04-09 14:02", "öppenvård", [
        ("Aktuellt", "Utredning av palpabel knöl i vänster bröst, mammografi och mellannålsbiopsi 2/4."),
        ("Bedömning", "PAD visar invasiv duktal bröstcancer, NHG 2, ER-positiv och HER2-negativ. Patienten är ännu inte informerad om svaret."),
        ("Planering", "Besked lämnas vid bokat återbesök 18/4 tillsammans med kontaktsjuksköterska. Anmäld till MDK."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Confirmed breast cancer in Bedömning while the note says the patient has not yet been told.")

C("kir-rektalcancer-lungmetastaser-vantar-dotter", "vgr", "1949-01-27", "318", [
    N("v_kir_skovde", "Läkaranteckning", "Johan Ekström", "läkare", "2024-02-15 09:40", "2024-02-15 11:05", "slutenvård", [
        ("Aktuellt", "Dag 3 efter inläggning för ileus, nu avlastad med sond och mår bättre."),
        ("Bedömning", "DT thorax-buk igår: multipla lungmetastaser från den opererade rektalcancern. Pat ej underrättad ännu, vill ha dottern med vid samtalet."),
        ("Planering", "Brytpunktssamtal torsdag kl 14 med pat och dotter. Onkologremiss skickad."),
    ])], must=["NL101"],
    why="Telegraphic ward note: metastases written visibly, 'ej underrättad ännu' means the patient is not told.")

C("neuro-als-definitiv-ej-besked", "vgr", "1961-05-18", "442", [
    N("v_neuro_sahl", "Läkaranteckning", "Maria Fornander", "läkare", "2024-05-28 15:20", "2024-05-28 16:45", "öppenvård", [
        ("Sammanfattning", "Progredierande svaghet i händerna och dysartri sedan ett år. EMG visar utbredd denervation i tre regioner."),
        ("Diagnos", "Amyotrofisk lateralskleros (G12.2), uppfyller El Escorial-kriterierna för definitiv ALS."),
        ("Planering", "Patienten har ännu inte fått beskedet. Besök med anhörig bokat 12/6 hos undertecknad och ALS-teamets sjuksköterska."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Settled ALS diagnosis in a visible Diagnos section; the patient has not yet been given the news.")

C("ger-alzheimer-dottern-vill-inte", "skane", "1938-11-03", "206", [
    N("s_minne_mal", "Läkaranteckning", "Per-Olof Nilsson", "läkare", "2024-03-06 10:15", "2024-03-06 12:30", "öppenvård", [
        ("Bedömning", "Sammanfattning av demensutredningen: Alzheimers sjukdom med sen debut, MMSE 21/30, MR med mediotemporal atrofi."),
        ("Övrigt", "Dottern har bett att mamma inte ska få veta diagnosen. Patienten har därför inte informerats, frågan tas upp på teamkonferens."),
    ])], must=["NL101"],
    why="Geriatrics: the daughter asked that the patient not be told, so a visible Alzheimer diagnosis is uncommunicated.")

C("hem-aml-typo-infomerad", "skane", "1957-07-21", "570", [
    N("s_hem_lund", "Läkaranteckning", "Anders Kjellberg", "läkare", "2024-01-18 17:05", "2024-01-18 18:10", "slutenvård", [
        ("Aktuellt", "Inlagd från akuten med pancytopeni och feber sedan fyra dagar."),
        ("Bedömning", "Benmärgsprov: akut myeloisk leukemi med 38 % blaster. Pat ej infomerad ännu."),
        ("Planering", "Samtal imorgon kl 10 med pat och make, kontaktsjuksköterska deltar. CVK-inläggning bokad."),
    ])], must=["NL101"],
    why="Typo 'infomerad': AML written visibly while the patient is not yet informed.")

C("uro-prostatacancer-pat-utomlands", "vgr", "1952-02-14", "093", [
    N("v_uro_sas", "Läkaranteckning", "Olle Samuelsson", "läkare", "2024-05-21 08:35", "2024-05-21 08:50", "öppenvård", [
        ("Aktuellt", "Px-svar. PSA 11, MR PI-RADS 4."),
        ("Bedömning", "Prostatacancer Gleason 4+3=7 i 5/12 biopsier. Besked ej lämnat, pat utomlands t.o.m. v. 22."),
        ("Åtgärd", "Tel.tid bokad v. 23. MDK."),
    ])], must=["NL101"],
    why="Very short telegraphic note: 'besked ej lämnat' with a biopsy-proven cancer in Bedömning.")

C("akut-gliom-dt-ej-informerad", "skane", "1971-10-09", "651", [
    N("s_akut_hbg", "Akutanteckning", "Karin Thulin", "läkare", "2024-06-02 22:40", "2024-06-03 00:15", "akutmottagning", [
        ("Anamnes", "Två dagars tilltagande huvudvärk och ordfinningssvårigheter, i kväll krampanfall i hemmet enligt maken."),
        ("Status", "Vaken, lätt afasi, inga pareser. Tungbett vänster sida."),
        ("Bedömning", "DT hjärna: expansivitet vä temporalt med perifokalt ödem, sannolikt högmalignt gliom. Pat ej informerad om fyndet."),
        ("Åtgärd", "Betapred 8 mg iv, Keppra 500 mg x 2. Neurokirurgjouren kontaktad, läggs in på neurologen."),
    ])], must=["NL101", "NL102"],
    why="Emergency note: a probable glioma, visible and hedged, that the patient has not been told about (both codes).")

C("kvinno-missed-abortion-lakare-ger-besked", "vgr", "1991-06-30", "708", [
    N("v_gynakut_nu", "Barnmorskeanteckning", "Sara Lindqvist", "barnmorska", "2024-08-11 14:25", "2024-08-11 15:00", "öppenvård", [
        ("Aktuellt", "Graviditetsvecka 10+2 enligt SM, sparsam brunaktig blödning sedan igår."),
        ("Bedömning", "Vaginalt ultraljud: fosterkapsel 24 mm, embryo utan hjärtaktivitet, missed abortion. Pat ej informerad ännu, jourläkaren ger besked när hon är klar på förlossningen."),
        ("Åtgärd", "Pat väntar i samtalsrummet, maken är på väg."),
    ])], must=["NL101"],
    why="Midwife note: missed abortion written in Bedömning before the doctor has told the woman.")

C("psyk-schizofreni-delges-ej", "skane", "1996-03-12", "127", [
    N("s_psyk_lund", "Läkaranteckning", "Fredrik Ahlgren", "läkare", "2024-09-17 11:00", "2024-09-17 13:20", "psykiatrisk öppenvård", [
        ("Bedömning", "Utredningen visar schizofreni, paranoid form (F20.0), med kvarstående förföljelseidéer trots behandling."),
        ("Planering", "Enligt beslut vid behandlingskonferensen ska diagnosen inte delges patienten förrän de psykotiska symtomen klingat av. Fortsatt Abilify 15 mg, återbesök om två veckor."),
    ])], must=["NL101"],
    why="Psychiatry: a decision that the diagnosis must not be told yet, with the diagnosis itself in Bedömning.")

C("lung-smacellig-vet-inte", "vgr", "1955-08-08", "236", [
    N("v_lung_sahl", "Läkaranteckning", "Ingrid Backman", "läkare", "2024-10-04 16:10", None, "öppenvård", [
        ("Bedömning", "Bronkoskopi med px från hö huvudbronk: småcellig lungcancer. Patienten vet ännu inte om svaret, kallas till mottagningen på måndag."),
    ])], must=["NL101"],
    why="One-section note: small-cell lung cancer with 'patienten vet ännu inte om svaret'.")

C("inf-hiv-konfirmerad-kallelse", "vgr", "1988-12-01", "564", [
    N("v_inf_ostra", "Läkaranteckning", "Tomas Rydell", "läkare", "2024-09-09 13:45", "2024-09-09 14:20", "öppenvård", [
        ("Aktuellt", "Provtagning på STI-mottagningen 3/9 pga partner med känd hivinfektion."),
        ("Bedömning", "Hiv-1-infektion, konfirmerad med linjeblot. Pat ej informerad om provsvaret, nås inte per telefon."),
        ("Åtgärd", "Kallelse skickad, smittskyddsläkaren underrättad."),
    ])], must=["NL101"],
    why="Infectious diseases: confirmed HIV written visibly before the patient could be reached.")

C("genetik-huntington-meddelas-efter-vagledning", "skane", "1990-04-25", "382", [
    N("s_gen_lund", "Läkaranteckning", "Eva Sandström", "läkare", "2024-04-26 09:05", "2024-04-26 10:00", "öppenvård", [
        ("Bedömning", "Prediktiv testning klar: CAG-expansion med 43 repetitioner i HTT-genen, dvs anlagsbärare för Huntingtons sjukdom."),
        ("Planering", "Resultatet meddelas inte patienten förrän vid återbesöket 7/5 med genetisk vägledare, enligt testprotokollet."),
    ])], must=["NL101"],
    why="Clinical genetics: a predictive result that by protocol must not be told before counselling, written visibly.")

C("smvc-trisomi21-paret-ej-informerat", "skane", "1986-01-19", "455", [
    N("s_smvc_mal", "Läkaranteckning", "Louise Engdahl", "läkare", "2024-07-03 15:30", "2024-07-03 16:05", "öppenvård", [
        ("Aktuellt", "Fostervattenprov v 16+1 efter högriskresultat på KUB."),
        ("Bedömning", "Snabbanalys med QF-PCR visar trisomi 21 hos fostret. Paret är ännu inte informerat."),
        ("Planering", "Besked ges imorgon av ansvarig obstetriker, tolk beställd."),
    ])], must=["NL101"],
    why="Specialist antenatal care: a fetal diagnosis in the mother's visible note before she is informed.")

C("hud-melanom-nas-ej-telefon", "vgr", "1974-03-03", "615", [
    N("v_hud_kungalv", "Telefonanteckning", "Anneli Holmgren", "läkare", "2024-08-27 10:50", "2024-08-27 11:10", "öppenvård", [
        ("Aktuellt", "PAD-svar från excision av pigmenterad förändring på ryggen 12/8."),
        ("Bedömning", "Malignt melanom, superficiellt spridande typ, Breslow 1,8 mm, ej ulcererat. Pat ej meddelad – sökt på telefon två gånger utan svar."),
        ("Planering", "Nytt försök imorgon, därefter brev med tid. Remiss för utvidgad excision och portvaktskörtel."),
    ])], must=["NL101"],
    why="Dermatology phone note: melanoma written visibly while the patient has not been reached ('ej meddelad').")

C("kard-attr-amyloidos-vantar-kardiolog", "skane", "1946-05-29", "711", [
    N("s_kard_lund", "Läkaranteckning", "Jonas Wester", "läkare", "2024-11-05 13:15", "2024-11-05 14:40", "slutenvård", [
        ("Bedömning", "Myokardbiopsi: ATTR-amyloidos. Förklarar den restriktiva kardiomyopatin och de återkommande dekompensationerna."),
        ("Planering", "Pat ännu inte informerad om biopsisvaret. Tas vid torsdagens rond när kardiologen som följt honom är i tjänst."),
    ])], must=["NL101"], must_not=["NL102"],
    why="Cardiology ward: confirmed amyloidosis, patient not yet informed; no hedge anywhere.")

C("ger-ssk-myelom-lakaren-pratar-i-em", "vgr", "1939-09-12", "358", [
    N("v_ger_alingsas", "Omvårdnadsanteckning", "Emma Nyberg", "sjuksköterska", "2024-03-14 11:30", "2024-03-14 12:10", "slutenvård", [
        ("Omvårdnad", "Enligt dr Holm visar elfores och benmärgsprov multipelt myelom. Pat ej informerad, läkaren pratar med henne i eftermiddag."),
        ("Nutrition", "Äter en tredjedel av portionerna, näringsdryck två gånger dagligen påbörjad."),
        ("Aktivitet", "Mobiliserad till stol med hjälp av en person."),
    ])], must=["NL101"],
    why="Nurse's VIPS note repeats the doctor's myeloma diagnosis before the patient has been told.")

C("rehab-skelettmetastas-onkologen-ger-besked", "skane", "1963-02-07", "149", [
    N("s_rehab_orup", "Läkaranteckning", "Gunilla Roos", "läkare", "2024-10-22 14:00", "2024-10-22 15:35", "slutenvård", [
        ("Aktuellt", "Inneliggande för rehabilitering efter höftfraktur. Ökande ländryggsvärk senaste veckan."),
        ("Bedömning", "MR ländrygg: ny skelettmetastas i L3 från känd bröstcancer, ingen kompression av cauda. Patienten är inte informerad om det nya fyndet, onkologen vill själv ge besked på tisdag."),
        ("Planering", "Fortsatt mobilisering med fysioterapeut efter smärta, Oxynorm vid behov."),
    ])], must=["NL101"],
    why="Rehabilitation ward: a new metastasis written visibly while another clinic is to tell the patient later.")

C("ogon-retinitis-pigmentosa-besked-med-tolk", "vgr", "1979-07-15", "527", [
    N("v_ogon_molndal", "Läkaranteckning", "Hassan Jaber", "läkare", "2024-02-20 09:25", None, "öppenvård", [
        ("Diagnos", "Retinitis pigmentosa, fastställd med ERG och synfältsundersökning."),
        ("Planering", "Pat har inte informerats om diagnosen; beskedet skjuts till nästa besök då arabisktalande tolk finns på plats. Remiss till syncentralen efter besked."),
    ])], must=["NL101"],
    why="Ophthalmology: diagnosis in the Diagnos section, news postponed until an interpreter is present.")

C("endo-binjurebarkcancer-utkast", "skane", "1970-11-22", "833", [
    N("s_endokir_mal", "Läkaranteckning", "Mattias Holm", "läkare", "2024-06-19 16:40", None, "öppenvård", [
        ("Diagnos", "Binjurebarkcancer vänster sida, 9 cm, enligt PAD efter adrenalektomi."),
        ("Planering", "Ej informerat pat ännu, inväntar onkologisk bedömning innan besked."),
    ])], must=["NL101"],
    why="Unsigned draft: adrenocortical cancer in a visible section with 'ej informerat pat ännu'.")

C("psyk-bipolar-informeras-nar-stabil", "vgr", "2002-08-04", "614", [
    N("v_psykavd_ostra", "Läkaranteckning", "Kristina Wahl", "läkare", "2024-04-16 10:20", "2024-04-16 11:45", "psykiatrisk slutenvård", [
        ("Status", "Talträngd, minskat sömnbehov, expansiva planer om att starta företag."),
        ("Bedömning", "Uppfyller nu kriterierna för bipolär sjukdom typ I, aktuellt manisk episod. Vi har valt att inte informera patienten om diagnosen under pågående mani; tas upp när hon är stabiliserad."),
        ("Planering", "Litium enligt ordination, serumkoncentration om fem dagar."),
    ])], must=["NL101"],
    why="Psychiatric ward: a deliberate choice not to tell the patient a diagnosis that is written in Bedömning.")

C("ortoped-osteosarkom-17-ar", "skane", "2006-12-11", "068", [
    N("s_ortop_lund", "Läkaranteckning", "Viktor Lundgren", "läkare", "2024-05-13 12:05", "2024-05-13 13:30", "öppenvård", [
        ("Bedömning", "MR och biopsi från distala femur: osteosarkom. Patienten (17 år) och föräldrarna är ännu inte informerade."),
        ("Planering", "Barnonkolog ger besked imorgon förmiddag. Skelettscint och DT thorax bokade."),
    ])], must=["NL101"],
    why="A 17-year-old reads his own journal: bone sarcoma written visibly before anyone has told him.")

C("gastro-adenocarcinom-typo-infromerad", "vgr", "1958-04-14", "390", [
    N("v_gastro_nal", "Läkaranteckning", "Linnea Ström", "läkare", "2024-02-09 08:15", "2024-02-09 08:40", "öppenvård", [
        ("Aktuellt", "Koloskopi 6/2 pga järnbristanemi, polypoid förändring i sigmoideum."),
        ("Bedömning", "PAD: adenocarcinom i sigmoideum. Pat ännu inte infromerad."),
    ])], must=["NL101"],
    why="Typo 'infromerad': colon cancer on PAD in Bedömning, patient not told.")

C("onh-halsmetastas-besked-nasta-vecka", "vgr", "1966-10-30", "273", [
    N("v_onh_nal", "Läkaranteckning", "Björn Carlsson", "läkare", "2024-09-24 15:50", "2024-09-24 16:25", "öppenvård", [
        ("Bedömning", "Finnålspunktion från lymfkörtel regio II hö: metastas av skivepitelcancer, p16-positiv. Okänd primärtumör, PET-DT beställd."),
        ("Planering", "Pat har inte fått beksed ännu, mottagningsbesök nästa vecka för information och fortsatt utredning."),
    ])], must=["NL101"],
    why="Typo 'beksed': a cytology-proven metastasis in Bedömning and the patient not yet told.")

C("njur-iga-nefropati-nasta-besok", "skane", "1984-06-06", "916", [
    N("s_njur_lund", "Läkaranteckning", "Sofia Hedlund", "läkare", "2024-09-12 14:30", "2024-09-12 15:10", "öppenvård", [
        ("Bedömning", "Njurbiopsi: IgA-nefropati med måttlig kronisk skada, Oxford M1 E0 S1 T1."),
        ("Planering", "Patienten har inte informerats om biopsisvaret, det tas vid nästa besök 2/10. Start av ACE-hämmare då."),
    ])], must=["NL101"],
    why="A non-malignant but settled diagnosis (IgA nephropathy) is equally uncommunicated and visible.")

C("akut-misstankt-lungcancer-ej-informerad", "vgr", "1950-01-09", "185", [
    N("v_akut_sas", "Akutanteckning", "Nils Bengtsson", "läkare", "2024-03-27 19:15", "2024-03-27 21:00", "akutmottagning", [
        ("Anamnes", "Hosta i två månader, viktnedgång 6 kg, söker nu för bröstsmärta."),
        ("Bedömning", "Lungröntgen: tumörsuspekt förändring hö hilus, misstänkt lungcancer. Pat ej informerad om misstanken."),
        ("Åtgärd", "Remiss till lungmottagningen för snabbutredning, hemgång med Alvedon."),
    ])], must=["NL101", "NL102"],
    why="Suspected lung cancer written visibly while the patient is deliberately not told: both NL101 and NL102.")

C("neuro-ms-far-inte-veta-fore-neurolog", "skane", "1993-09-17", "547", [
    N("s_neuro_hbg", "Läkaranteckning", "Amanda Friberg", "läkare", "2024-09-26 11:40", "2024-09-26 12:05", "öppenvård", [
        ("Bedömning", "MR hjärna och likvor: multipel skleros, McDonald-kriterierna uppfyllda med spridning i tid och rum."),
        ("Planering", "OBS – pat får inte veta diagnosen förrän ansvarig neurolog träffat henne 3/10. Sjuksköterskan hänvisar frågor dit."),
    ])], must=["NL101"],
    why="'Pat får inte veta diagnosen' (must not be told yet) with the MS diagnosis in Bedömning.")

C("med-long-pankreascancer-ej-informerad", "vgr", "1944-12-19", "262", [
    N("v_med_sas", "Inskrivningsanteckning", "Elin Forsberg", "läkare", "2024-11-11 10:05", "2024-11-11 13:50", "slutenvård", [
        ("Kontaktorsak", "Inlagd via akuten med ikterus, klåda och viktnedgång."),
        ("Anamnes", "80-årig kvinna, änka, bor ensam i villa i Borås, klarar sig själv med visst stöd av sonen som bor i närheten. Tidigare hypertoni och hypotyreos, opererad för katarakt bilateralt. Sedan cirka sex veckor tilltagande trötthet, aptitlöshet och ungefär 7 kg viktnedgång. Märkte för en vecka sedan att urinen blivit mörk och avföringen ljus, därefter gulfärgning av ögonvitorna. Ingen feber, inga frossbrytningar. Lätt molande värk i övre delen av buken som strålar mot ryggen, värre nattetid."),
        ("Läkemedel", "Levaxin 75 mikrog, Enalapril 10 mg, Alvedon vid behov."),
        ("Status", "AT: Opåverkad men tunn, ikterisk. Cor: RR, inga blåsljud. Pulm: Vesikulärt andningsljud bilateralt. Buk: Mjuk, lätt öm i epigastriet, ingen palpabel resistens, ingen peritonit."),
        ("Lab", "Bilirubin 186, ALP 14,2, ALAT 3,8, CRP 12, Hb 118, CA 19-9 2400."),
        ("Utredning", "DT buk 7/11: tumör i pankreashuvudet 3,5 cm med inväxt i vena mesenterica superior samt tre levermetastaser. Leverbiopsi tagen 8/11 med PAD-svar idag: adenocarcinom av pankreatobiliärt ursprung."),
        ('Social anamnes', 'Pensionerad lågstadielärare. Maken dog för fyra år sedan i hjärtinfarkt. Sonen Mikael är kontaktperson och ringer henne varje kväll, dottern bor i Stockholm och kommer ner till helgen. Har inte hemtjänst men får hjälp med tvätt och storhandling av sonen. Röker inte, dricker ett glas vin till helgerna. Går med käpp utomhus sedan en höftfraktur 2019 men klarar trappor.'),
        ('Tidigare sjukdomar', 'Hypertoni sedan 2005, hypotyreos sedan 2010, höftfraktur vänster 2019 opererad med halvprotes, kataraktoperation bilateralt 2021. Inga kända allergier.'),
        ('Omvårdnad', 'Klåda som stör sömnen, får Atarax till natten. Trycksårsrisk bedömd enligt Norton, låg risk.'),
        ("Bedömning", "Metastaserad pankreascancer. Patienten är ännu inte informerad om PAD-svaret; hon har bett att sonen ska vara med och han kommer från jobbet i morgon eftermiddag."),
        ("Planering", "ERCP med stent för avlastning av gallvägarna bokad onsdag. Samtal med pat och son i morgon kl 15, kontakt med palliativa teamet efter samtalet. Fortsatt Levaxin, Enalapril pausas pga lågt blodtryck. Näringsdryck, dietistkontakt. Kontroll av leverprover efter stentläggning."),
    ])], must=["NL101"],
    why="Long admission note (300+ words): metastatic pancreatic cancer in Bedömning, the patient not yet told.")

C("gyn-long-ovarialcancer-besked-fredag", "skane", "1959-03-28", "418", [
    N("s_kvinno_kri", "Läkaranteckning", "Charlotte Wendt", "läkare", "2024-10-09 13:20", "2024-10-10 08:15", "slutenvård", [
        ("Aktuellt", "Dag 4 efter explorativ laparotomi med salpingooforektomi bilateralt, hysterektomi, omentektomi och peritoneala biopsier för bäckenresistens och ascites."),
        ("Anamnes", "65-årig kvinna, tidigare frisk bortsett från lätt astma. Sökte i augusti för bukfyllnad, tidig mättnad och ökande midjemått. Ultraljud visade bilateral komplex adnexresistens med solida partier och fri vätska, CA-125 var 1480. DT thorax-buk utan lungmetastaser men med misstänkt peritoneal spridning i omentet."),
        ("Operation", "Enligt operationsberättelsen fanns ascites 2 liter, bilaterala tumörer i ovarierna och omental cake. Makroskopiskt radikal resektion bedömdes uppnådd av operatören, ingen kvarvarande tumör större än 1 cm."),
        ("Postop", "Afebril, mobiliserad i korridoren med rollator, tarmfunktionen har kommit igång. Smärtlindring med epidural avvecklad igår, nu Alvedon och Oxynorm vid behov. Sårkanterna fina, inget läckage. Urinkateter borttagen och pat kissar spontant."),
        ("PAD", "Preliminärt PAD-svar inkommit idag: höggradig serös ovarialcancer, spridning till omentet, FIGO IIIC."),
        ('Social anamnes', 'Gift, två vuxna döttrar. Arbetar som redovisningsekonom på ett byggföretag i Kristianstad. Icke-rökare, promenerar dagligen med hunden. Mamman hade bröstcancer i 60-årsåldern, i övrigt ingen känd ärftlighet för cancer.'),
        ('Omvårdnad', 'Sover dåligt på nätterna och har frågat personalen flera gånger om provsvaren. Maken ringer varje kväll. Äter allt större del av måltiderna och dricker bra, vikt 64 kg.'),
        ('Läkemedel', 'Fragmin 5000 E, Alvedon 1 g x 4, Oxynorm 5 mg vid behov, Movicol, Ventoline vid behov.'),
        ('Lab', 'Hb 104, CRP 58 och sjunkande, albumin 29, kreatinin 71, elektrolyter normala.'),
        ("Bedömning", "Avancerad ovarialcancer. Patienten är inte informerad om PAD-svaret ännu, då hon själv önskat få beskedet med maken närvarande och han är bortrest till torsdag kväll."),
        ('Fysioterapi', 'Andningsövningar med PEP-flaska, promenader i korridoren tre gånger dagligen. Instruerad i hur hon ska resa sig från sängen med tanke på bukväggen och undvika tunga lyft i sex veckor.'),
        ("Planering", "Beskedssamtal fredag förmiddag med pat, make och kontaktsjuksköterska. Remiss till onkologen för ställningstagande till cytostatika och BRCA-testning. Trombosprofylax med Fragmin i fyra veckor. Hemgång planeras efter samtalet om fortsatt god återhämtning."),
    ])], must=["NL101"],
    why="Long women's-health ward note: FIGO IIIC ovarian cancer written visibly, patient to be told on Friday.")

C("multi-lymfom-besked-dagen-efter", "vgr", "1953-06-24", "349", [
    N("v_onk_jubileum", "Läkaranteckning", "Peter Magnusson", "läkare", "2024-05-06 15:00", "2024-05-06 15:40", "öppenvård", [
        ("Bedömning", "PAD lymfkörtel vä axill: diffust storcelligt B-cellslymfom. Pat ej informerad, samtal imorgon."),
    ], nid="n1"),
    N("v_onk_jubileum", "Läkaranteckning", "Peter Magnusson", "läkare", "2024-05-07 11:10", "2024-05-07 12:00", "öppenvård", [
        ("Aktuellt", "Samtal med pat och hustru enligt plan."),
        ("Bedömning", "Besked lämnat om lymfomdiagnosen. Frågor besvarade, kontaktsjuksköterska presenterad och R-CHOP diskuterat."),
    ], nid="n2"),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")],
    why="Two notes: the first writes the lymphoma before the news (NL101), the next day's note documents the news (no NL101).")

C("multi-tidiga-hypoteser-sedan-besked", "skane", "1981-02-17", "236", [
    N("s_hem_lund", "Tidiga hypoteser", "Anders Kjellberg", "läkare", "2024-02-05 10:30", "2024-02-05 11:00", "öppenvård", [
        ("Hypotes", "Misstänkt lymfom med generella körtlar och B-symtom. Pat ej informerad om misstanken, körtelexstirpation bokad."),
    ], nid="n1"),
    N("s_hem_lund", "Läkaranteckning", "Anders Kjellberg", "läkare", "2024-02-16 13:00", "2024-02-16 13:45", "öppenvård", [
        ("Bedömning", "PAD: Hodgkins lymfom av klassisk typ, nodulär skleros. Pat informerad om diagnosen idag tillsammans med kontaktsjuksköterska."),
        ("Planering", "PET-DT för stadieindelning, fertilitetsbevarande samtal bokas."),
    ], nid="n2"),
], must_not=[("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    why="Skåne: the uncommunicated hypothesis sits in the Tidiga hypoteser template, and the later visible note is written after the news.")
# ================================================================ NL101 near misses
C("onk-informerad-om-brostcancer", "skane", "1972-05-30", "413", [
    N("s_brost_hbg", "Läkaranteckning", "Malin Sjöberg", "läkare", "2024-05-08 10:45", "2024-05-08 11:30", "öppenvård", [
        ("Bedömning", "Bröstcancer hö, cT1N0, ER-positiv. Pat informerad om diagnosen och behandlingsplanen, kontaktsjuksköterskan närvarade."),
        ("Planering", "Sektorresektion och portvaktskörtel 22/5."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: the diagnosis is visible but the patient has been informed.")

C("lung-besked-lamnat-maka", "vgr", "1947-10-12", "520", [
    N("v_lung_skovde", "Läkaranteckning", "Stefan Åkesson", "läkare", "2024-06-12 14:15", "2024-06-12 15:05", "öppenvård", [
        ("Bedömning", "Besked lämnat till pat och maka om icke-småcellig lungcancer stadium IIIA. Pat tog emot beskedet samlat och ställde relevanta frågor."),
        ("Planering", "Remiss onkologen för kombinerad radiokemoterapi."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: 'besked lämnat' – the news has been given.")

C("kir-pankreas-barnen-ej-informerade", "vgr", "1956-01-04", "287", [
    N("v_kirmott_sahl", "Läkaranteckning", "Henrik Dahl", "läkare", "2024-07-15 13:30", "2024-07-15 14:40", "öppenvård", [
        ("Bedömning", "Patienten informerad om pankreascancer och om att kurativ kirurgi inte är möjlig på grund av kärlinväxt. Hon vill själv berätta för barnen, som ännu inte är informerade."),
        ("Planering", "Remiss onkologen, kontaktsjuksköterska följer upp per telefon på torsdag."),
    ])], must_not=["NL101"],
    why="Near miss: relatives are not informed but the patient is.")

C("neuro-th-mall-parkinson", "skane", "1955-07-07", "632", [
    N("s_neuro_lund", "Tidiga hypoteser", "Rikard Lönn", "läkare", "2024-01-24 15:15", "2024-01-24 15:40", "öppenvård", [
        ("Hypotes", "Misstänkt Parkinsons sjukdom med ensidig vilotremor och bradykinesi. Pat ej informerad om misstanken, DAT-scan beställd."),
    ])], must_not=["NL101", "NL102"],
    why="Skåne Tidiga hypoteser template: an uncommunicated hypothesis in the hidden template is the routine followed.")

C("minne-th-sokord-ftd", "vgr", "1958-11-26", "174", [
    N("v_minne_molndal", "Läkaranteckning", "Cecilia Blom", "läkare", "2024-03-19 09:30", "2024-03-19 10:50", "öppenvård", [
        ("Aktuellt", "Hustrun beskriver personlighetsförändring, hämningslöshet och ökat sötsug senaste året."),
        ("Tidiga hypoteser", "Möjlig frontotemporal demens. Pat ej informerad, avvaktar neuropsykologisk testning."),
        ("Planering", "Neuropsykolog och MR hjärna bokas, återbesök efter det."),
    ])], must_not=["NL101", "NL102"],
    why="VGR: the hypothesis and 'ej informerad' are under the hidden sökord Tidiga hypoteser; visible sections hold no diagnosis.")

C("gastro-normal-biopsi-svar-per-brev", "skane", "1969-08-15", "741", [
    N("s_gastro_lund", "Telefonanteckning", "Jenny Mattsson", "sjuksköterska", "2024-04-03 14:50", "2024-04-03 15:00", "öppenvård", [
        ("Aktuellt", "Biopsier från ventrikeln: normal slemhinna utan dysplasi eller malignitet. Pat ej nådd per telefon, svar skickas per brev."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: the patient is not yet told, but the result is normal – there is no diagnosis.")

C("ortop-ej-informerad-om-ny-operationstid", "vgr", "1951-04-02", "469", [
    N("v_ortop_molndal", "Administrativ anteckning", "Lena Gustafsson", "sjuksköterska", "2024-02-28 09:10", "2024-02-28 09:20", "öppenvård", [
        ("Aktuellt", "Planerad för höftplastik hö pga koxartros. Pat är ännu inte informerad om att operationen flyttats till 14/3, koordinatorn ringer imorgon."),
    ])], must_not=["NL101"],
    why="Near miss: what the patient has not been told is the new operation date, not the diagnosis.")

C("antikoag-dosandring-ej-informerad", "skane", "1943-12-08", "355", [
    N("s_antikoag_hbg", "Omvårdnadsanteckning", "Marie Holgersson", "sjuksköterska", "2024-08-20 10:40", "2024-08-20 10:55", "öppenvård", [
        ("Aktuellt", "Förmaksflimmer, Waran. PK 3,8 utan blödningstecken."),
        ("Åtgärd", "Veckodosen sänks till 17,5 mg; pat ej informerad om dosändringen ännu, ringer i eftermiddag."),
    ])], must_not=["NL101"],
    why="Near miss: not informed about a dose change; the diagnosis is long known.")

C("uro-besked-2021-arskontroll", "vgr", "1948-09-21", "106", [
    N("v_uro_skovde", "Läkaranteckning", "Ahmad Karimi", "läkare", "2024-10-15 08:30", "2024-10-15 08:55", "öppenvård", [
        ("Aktuellt", "Känd prostatacancer sedan 2021, informerades då och genomgick kurativ strålbehandling."),
        ("Bedömning", "Årskontroll, PSA <0,1, inga skelettsmärtor. Fortsatt kontroll om ett år."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: a known, long-communicated diagnosis at follow-up.")

C("ger-alzheimer-minns-inte-beskedet", "skane", "1935-06-14", "278", [
    N("s_ger_kri", "Läkaranteckning", "Tove Lindahl", "läkare", "2024-07-09 14:05", "2024-07-09 14:50", "öppenvård", [
        ("Bedömning", "Har fått information om sin Alzhemierdiagnos vid flera tillfällen men minns det inte. Vi upprepar informationen när hon frågar och dottern stöttar."),
        ("Planering", "Fortsatt Donepezil 10 mg, uppföljning av demenssjuksköterska om tre månader."),
    ])], must_not=["NL101"],
    why="Near miss with typo 'Alzhemierdiagnos': the patient has been told repeatedly, she does not remember it.")

C("onk-avboejer-prognossamtal", "vgr", "1962-02-03", "631", [
    N("v_onk_jubileum", "Läkaranteckning", "Camilla Nord", "läkare", "2024-08-06 10:10", None, "öppenvård", [
        ("Bedömning", "Pat informerad om diagnosen metastaserad njurcancer men avböjer att diskutera prognos idag. Det respekteras och vi återkommer vid nästa besök."),
        ("Planering", "Start av immunterapi enligt MDK, blodprover före varje kur."),
    ])], must_not=["NL101"],
    why="Near miss: informed of the diagnosis; only the prognosis talk is postponed at the patient's wish.")

C("uro-cystoskopi-benign-ringer-imorgon", "vgr", "1960-12-27", "052", [
    N("v_uro_sas", "Läkaranteckning", "Olle Samuelsson", "läkare", "2024-04-23 16:00", None, "öppenvård", [
        ("Bedömning", "Cystoskopi-PAD: ingen cancer påvisad, normal urotelslemhinna. Pat ännu ej informerad om det lugnande svaret, ringer imorgon."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: negated cancer – nothing diagnostic is uncommunicated.")

C("pall-ej-informerad-om-hospice", "skane", "1950-10-31", "394", [
    N("s_pall_hbg", "Läkaranteckning", "Gustav Persson", "läkare", "2024-11-18 13:40", "2024-11-18 14:10", "slutenvård", [
        ("Aktuellt", "Känd ALS sedan 2022, nu andningsinsufficiens och behov av NIV nattetid."),
        ("Planering", "Pat ej informerad om planerad flytt till hospice, tas vid familjesamtal på fredag."),
    ])], must_not=["NL101"],
    why="Near miss: the uninformed matter is a care plan (hospice), the diagnosis is known.")

C("hem-kll-informerad-idag", "skane", "1954-03-10", "517", [
    N("s_hem_lund", "Läkaranteckning", "Ulrika Bonde", "läkare", "2024-06-25 10:15", "2024-06-25 10:55", "öppenvård", [
        ("Bedömning", "Pat informerad idag om diagnosen kronisk lymfatisk leukemi, Binet stadium A. Ingen behandling nu, kontroller var sjätte månad."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: informed today, settled diagnosis.")

C("inf-hiv-maken-far-inte-veta", "vgr", "1985-05-05", "228", [
    N("v_inf_ostra", "Läkaranteckning", "Tomas Rydell", "läkare", "2024-10-02 09:15", "2024-10-02 10:05", "öppenvård", [
        ("Bedömning", "Patienten själv informerad om hivdiagnosen vid förra besöket. Hon vill inte att maken ska få veta ännu; kurator kopplas in för stöd kring smittspårningen."),
        ("Planering", "Start Biktarvy, virusmängd om fyra veckor."),
    ])], must_not=["NL101"],
    why="Near miss: the partner must not know yet, the patient does.")

C("hud-telefonbesked-basalcellscancer", "vgr", "1946-08-19", "683", [
    N("v_hud_skovde", "Telefonanteckning", "Karin Åberg", "sjuksköterska", "2024-03-07 13:25", "2024-03-07 13:30", "öppenvård", [
        ("Åtgärd", "Ringt pat och meddelat PAD: basalcellscancer, radikalt exciderad. Ingen ytterligare åtgärd."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: result told by phone.")

C("barn-diabetes-besked-via-tolk", "skane", "2015-04-22", "286", [
    N("s_barn_kri", "Läkaranteckning", "Johanna Ek", "läkare", "2024-01-30 15:30", "2024-01-30 16:45", "slutenvård", [
        ("Bedömning", "Besked om diabetes typ 1 givet till föräldrarna och barnet via somalisktalande tolk. Pappa har många frågor."),
        ("Planering", "Diabetessjuksköterska träffar familjen i eftermiddag, insulinpenna och kolhydraträkning."),
    ])], must_not=["NL101", "NL102"],
    why="Paediatrics near miss: the news was given to the parents and child via interpreter.")

C("med-provsvar-ej-inkommit", "vgr", "1967-07-29", "575", [
    N("v_medmott_alingsas", "Läkaranteckning", "Erik Strand", "läkare", "2024-11-08 11:20", "2024-11-08 11:45", "öppenvård", [
        ("Aktuellt", "Utreds för trötthet och viktnedgång, blodprover och DT buk tagna 4/11."),
        ("Planering", "Pat ej informerad om provsvaren eftersom de inte har inkommit. Återkommer per telefon."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: 'ej informerad' about results that do not exist yet; no diagnosis in the note.")

C("psyk-th-mall-eips", "skane", "2001-11-14", "440", [
    N("s_psyk_hbg", "Tidiga hypoteser", "Sanna Åström", "läkare", "2024-05-22 13:00", "2024-05-22 13:15", "psykiatrisk öppenvård", [
        ("Hypotes", "Misstänkt emotionellt instabil personlighetsstörning, för tidigt att kommunicera. Pat ej informerad."),
    ])], must_not=["NL101", "NL102"],
    why="Skåne psychiatry: the hidden Tidiga hypoteser template is used for an uncommunicated hypothesis.")

C("barnneuro-epilepsi-aldersanpassad-forklaring", "vgr", "2017-02-09", "318", [
    N("v_barnneuro_dsbus", "Läkaranteckning", "Lars Öberg", "läkare", "2024-09-03 10:00", "2024-09-03 11:10", "öppenvård", [
        ("Bedömning", "Föräldrarna informerade om att sonen har epilepsi av fokal typ. Pojken har fått en åldersanpassad förklaring med bilder."),
        ("Planering", "Start Trileptal enligt schema, EEG-kontroll om tre månader."),
    ])], must_not=["NL101", "NL102"],
    why="Paediatric near miss: guardians and the 7-year-old have been informed.")

C("lung-kol-typo-infomerad-om-diagnosen", "skane", "1958-01-23", "167", [
    N("s_lung_ystad", "Sjuksköterskeanteckning", "Annika Roth", "sjuksköterska", "2024-02-13 09:00", "2024-02-13 09:35", "öppenvård", [
        ("Aktuellt", "Spirometri: FEV1/FVC 0,58 efter bronkdilatation, KOL stadium 2. Pat infomerad om diagnosen av läkaren och vi pratade om rökstopp."),
    ])], must_not=["NL101"],
    why="Typo 'infomerad' in a positive statement: the patient has been informed.")

C("minne-ingen-demens-aterbesok", "vgr", "1951-03-17", "094", [
    N("v_minne_molndal", "Läkaranteckning", "Cecilia Blom", "läkare", "2024-10-21 13:10", "2024-10-21 13:40", "öppenvård", [
        ("Bedömning", "Utredningen ger ingen hållpunkt för demenssjukdom, testresultaten ligger inom normalvariationen för åldern. Pat ännu inte informerad, återbesök 5/11."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: an excluded diagnosis that the patient will hear about later.")

C("hem-ssk-besked-av-lakaren", "skane", "1949-08-30", "532", [
    N("s_hem_lund", "Omvårdnadsanteckning", "Therese Olin", "sjuksköterska", "2024-03-21 16:20", "2024-03-21 16:40", "slutenvård", [
        ("Psykosocialt", "Pat har fått besked av dr Lind om mantelcellslymfomet. Ledsen men samlad, sonen är på väg."),
    ])], must_not=["NL101"],
    why="Nurse note near miss: documents that the doctor gave the news.")

C("rehab-stroke-pat-och-hustru-informerade", "vgr", "1957-12-02", "425", [
    N("v_rehab_hogsbo", "Läkaranteckning", "Mikael Sundin", "läkare", "2024-06-18 14:30", "2024-06-18 15:30", "slutenvård", [
        ("Bedömning", "Pat och hustru informerade om att det rör sig om en infarkt i vänster arteria cerebri media-område med bestående afasi. Vi gick igenom MR-bilderna tillsammans."),
        ("Planering", "Fortsatt logopedträning fem dagar i veckan, utskrivning planeras till v. 27."),
    ])], must_not=["NL101", "NL102"],
    why="Rehabilitation near miss: informed about the stroke diagnosis.")

C("akut-njursten-ej-informerad-om-vantetid", "vgr", "1982-09-13", "637", [
    N("v_akut_nu", "Akutanteckning", "Jesper Lind", "läkare", "2024-07-27 03:10", "2024-07-27 04:00", "akutmottagning", [
        ("Bedömning", "DT: njursten hö 4 mm i distala uretären, ingen stas. Informerad om DT-svaret."),
        ("Planering", "Voltaren. Pat är ännu inte informerad om hur länge han får vänta på urologbedömningen, ssk återkommer."),
    ])], must_not=["NL101", "NL102"],
    why="Near miss: not informed about the waiting time, informed about the finding.")

C("kvinno-missfall-partner-ska-inte-veta", "skane", "1995-10-18", "159", [
    N("s_gynakut_lund", "Läkaranteckning", "Ida Hansson", "läkare", "2024-08-30 12:50", "2024-08-30 13:20", "öppenvård", [
        ("Bedömning", "Komplett missfall i vecka 8 enligt ultraljud, ingen kvarvarande vävnad. Pat informerad; hon vill inte att partnern informeras."),
        ("Planering", "Ingen ytterligare åtgärd, graviditetstest om tre veckor."),
    ])], must_not=["NL101"],
    why="Near miss: the partner is not to be told; the woman knows.")
# ================================================================ NL102 positives
C("akut-obs-appendicit", "skane", "1999-05-11", "732", [
    N("s_akut_mal", "Akutanteckning", "Tobias Fält", "läkare", "2024-01-07 02:15", "2024-01-07 03:05", "akutmottagning", [
        ("Status", "Buk: ömhet och släppömhet i hö fossa, Rovsing positiv."),
        ("Bedömning", "Buksmärta hö fossa, obs appendicit. Kirurgkonsult tillkallad."),
    ])], must=["NL102"],
    why="'obs appendicit' is a hedged diagnosis in a visible Melior section.")

C("akut-misstankt-lungemboli-wells", "vgr", "1976-02-25", "410", [
    N("v_akut_sahl", "Akutanteckning", "Sofie Arvidsson", "läkare", "2024-02-11 16:40", "2024-02-11 18:00", "akutmottagning", [
        ("Anamnes", "Andfåddhet sedan tre dagar, lång flygresa förra veckan. P-piller."),
        ("Bedömning", "Misstänkt lungemboli, Wells 6. DT-angio beställd, Innohep given."),
    ])], must=["NL102"],
    why="Suspected pulmonary embolism in the ED assessment.")

C("akut-dd-njursten-gallsten-pyelonefrit", "skane", "1985-07-02", "238", [
    N("s_akut_kri", "Akutanteckning", "Elias Bergström", "läkare", "2024-03-03 11:20", None, "akutmottagning", [
        ("Bedömning", "Kolikartad smärta hö flank sedan i morse, lätt feber. DD njursten, gallsten, pyelonefrit."),
        ("Planering", "Urinsticka, lever- och pankreasprover, DT njurar utan kontrast."),
    ])], must=["NL102"],
    why="A 'DD' list of diagnoses is hedged.")

C("akut-nstemi-kan-ej-uteslutas", "vgr", "1958-10-06", "526", [
    N("v_akut_nu", "Akutanteckning", "Jesper Lind", "läkare", "2024-04-14 07:55", "2024-04-14 08:30", "akutmottagning", [
        ("Bedömning", "Bröstsmärta sed 2 h. EKG ua. TnT 18, ny om 3 h. NSTEMI kan ej uteslutas, inläggs på HIA för observation."),
    ])], must=["NL102"],
    why="Telegraphic ED note: 'NSTEMI kan ej uteslutas' keeps the diagnosis open.")

C("akut-misstankt-scafoideumfraktur", "skane", "2004-03-29", "611", [
    N("s_akut_mal", "Akutanteckning", "Nora Wikström", "sjuksköterska", "2024-02-19 18:25", "2024-02-19 19:10", "akutmottagning", [
        ("Aktuellt", "Ramlat på cykel, tog emot sig med hö hand. Ömhet i anatomiska snusdosan, rtg utan synlig fraktur."),
        ("Bedömning", "Misstänkt scafoideumfraktur enligt läkare. Gips anlagt, ny rtg om 10–14 dagar."),
    ])], must=["NL102"],
    why="ED nurse repeats the doctor's suspected scaphoid fracture in a visible section.")

C("akut-typo-misstant-sepsis", "vgr", "1941-06-13", "387", [
    N("v_akut_sas", "Akutanteckning", "Nils Bengtsson", "läkare", "2024-05-02 23:30", "2024-05-03 00:40", "akutmottagning", [
        ("Status", "AF 26, saturation 91 %, BT 92/50, temp 39,2, konfys."),
        ("Bedömning", "Misstänt sepsis med urinvägsfokus. Odlingar, Pip/Taz, vätska."),
    ])], must=["NL102"],
    why="Typo 'Misstänt' for misstänkt sepsis in Bedömning.")

C("med-trol-pneumoni-vid-basalt", "vgr", "1944-08-03", "179", [
    N("v_med_kungalv", "Läkaranteckning", "Ronja Eriksson", "läkare", "2024-01-12 09:00", "2024-01-12 09:45", "slutenvård", [
        ("Bedömning", "Trol. pneumoni vä basalt, CRP 145, krepitationer vä. Start bensylpenicillin 3 g x 3."),
    ])], must=["NL102"],
    why="Abbreviated hedge 'trol.' on a ward diagnosis.")

C("med-ssk-misstankt-uvi", "skane", "1937-04-16", "240", [
    N("s_med_ystad", "Omvårdnadsanteckning", "Ebba Nordin", "sjuksköterska", "2024-06-08 21:15", "2024-06-08 21:40", "slutenvård", [
        ("Elimination", "Illaluktande urin och sveda, ny förvirring i kväll. Misstänkt UVI, urinsticka och odling tagna, jourläkare informerad."),
    ])], must=["NL102"],
    why="Nurse ward note: suspected UTI in a visible VIPS section.")

C("kard-fragetecken-perikardit", "vgr", "1990-09-22", "318", [
    N("v_kard_sas", "Läkaranteckning", "Anton Mellberg", "läkare", "2024-07-19 10:30", "2024-07-19 11:05", "slutenvård", [
        ("Bedömning", "?Perikardit – lägesberoende bröstsmärta och diffusa ST-höjningar efter förkylning förra veckan."),
        ("Planering", "Eko imorgon, Ipren 400 mg x 3 tills vidare."),
    ])], must=["NL102"],
    why="A leading question mark before the diagnosis is a hedge.")

C("inf-trolig-neuroborrelios", "skane", "1966-05-27", "453", [
    N("s_inf_mal", "Läkaranteckning", "Alexander Moberg", "läkare", "2024-08-14 13:50", "2024-08-14 14:20", "öppenvård", [
        ("Bedömning", "Perifer facialispares hö och nattlig radikulär smärta efter fästingbett i juni. Trolig neuroborrelios, lumbalpunktion planeras."),
    ])], must=["NL102"],
    why="'Trolig' neuroborreliosis in a visible assessment.")

C("endo-misstanke-om-cushing", "vgr", "1979-12-14", "266", [
    N("v_endo_sahl", "Läkaranteckning", "Pernilla Östlund", "läkare", "2024-10-28 14:15", "2024-10-28 15:00", "öppenvård", [
        ("Bedömning", "Centripetal fetma, striae och nytillkommen hypertoni. Misstanke om Cushings syndrom, dexametasonhämningstest planeras."),
    ])], must=["NL102"],
    why="'Misstanke om' + diagnosis (positive, not negated).")

C("gastro-sannolikt-ibs-ibd-ej-uteslutet", "skane", "1998-02-06", "587", [
    N("s_gastro_lund", "Läkaranteckning", "Jenny Mattsson", "läkare", "2024-03-25 10:30", "2024-03-25 11:05", "öppenvård", [
        ("Bedömning", "Sannolikt IBS, men IBD kan inte uteslutas förrän calprotectin kommit."),
        ("Planering", "Lågfodmap-information, återbesök per telefon om fyra veckor."),
    ])], must=["NL102"],
    why="Two hedges (sannolikt, kan inte uteslutas) on diagnoses.")

C("reum-mojlig-pmr-provbehandling", "vgr", "1949-04-11", "631", [
    N("v_reum_lidkoping", "Läkaranteckning", "Gunnar Wiklund", "läkare", "2024-04-03 09:40", "2024-04-03 10:10", "öppenvård", [
        ("Bedömning", "Möjlig polymyalgia reumatika, SR 58, morgonstelhet i skuldror och höfter. Provbehandling med Prednisolon 15 mg."),
    ])], must=["NL102"],
    why="'Möjlig' + diagnosis in rheumatology.")

C("neuro-fokal-epilepsi-dd-synkope", "skane", "1987-11-09", "215", [
    N("s_neuro_lund", "Läkaranteckning", "Rikard Lönn", "läkare", "2024-05-15 15:10", "2024-05-15 15:55", "öppenvård", [
        ("Bedömning", "Anfallsbeskrivningen talar för fokal epilepsi med sekundär generalisering, DD konvulsiv synkope."),
        ("Planering", "EEG och MR hjärna, körförbud tills vidare och informerad om detta."),
    ])], must=["NL102"],
    why="'Talar för' with a DD is an unsettled diagnosis.")

C("hud-trol-psoriasis-dd-eksem", "vgr", "1994-07-31", "159", [
    N("v_hud_kungalv", "Läkaranteckning", "Anneli Holmgren", "läkare", "2024-06-04 13:00", "2024-06-04 13:25", "öppenvård", [
        ("Bedömning", "Fjällande plack i hårbotten och armbågar. Trol. psoriasis vulgaris, DD seborroiskt eksem."),
        ("Åtgärd", "Dermovat kutan lösning, återbesök 8 v."),
    ])], must=["NL102"],
    why="Dermatology: 'trol.' and 'DD'.")

C("lung-misstankt-sarkoidos", "skane", "1983-01-20", "308", [
    N("s_lung_lund", "Läkaranteckning", "Oskar Hellström", "läkare", "2024-09-04 14:00", "2024-09-04 14:40", "öppenvård", [
        ("Bedömning", "Mistänkt sarkoidos med bilaterala hilusförstoringar och erythema nodosum. EBUS bokas."),
    ])], must=["NL102"],
    why="Typo 'Mistänkt' for misstänkt sarcoidosis in a lung clinic note.")

C("psyk-misstankt-bipolar-typ2", "vgr", "1995-06-18", "502", [
    N("v_psyk_skovde", "Läkaranteckning", "Kristoffer Lind", "läkare", "2024-02-07 10:00", "2024-02-07 11:15", "psykiatrisk öppenvård", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II med perioder av hypomani i anamnesen, aktuellt depressiv."),
        ("Planering", "Stämningsdagbok, Lamotrigin med långsam upptitrering. Återbesök fyra veckor."),
    ])], must=["NL102"],
    why="Adult psychiatry: suspected bipolar II in Bedömning.")

C("psyk-ev-adhd-utredning", "skane", "2000-10-27", "146", [
    N("s_psyk_lund", "Läkaranteckning", "Fredrik Ahlgren", "läkare", "2024-08-28 09:00", None, "psykiatrisk öppenvård", [
        ("Bedömning", "Koncentrationssvårigheter sedan skolåren, ev. ADHD."),
        ("Planering", "Neuropsykiatrisk utredning med psykolog och arbetsterapeut."),
    ])], must=["NL102"],
    why="'ev.' placed before ADHD.")

C("psykolog-talar-for-ast-ej-stalld", "vgr", "1997-03-08", "289", [
    N("v_psyk_boras", "Psykologanteckning", "Hanna Sköld", "psykolog", "2024-11-13 15:00", "2024-11-13 16:20", "psykiatrisk öppenvård", [
        ("Testresultat", "ADOS-2 och intervju med modern genomförda."),
        ("Bedömning", "Resultaten talar för autismspektrumtillstånd men diagnosen är ännu inte ställd; avvaktar WAIS och återkoppling från teamet."),
    ])], must=["NL102"],
    why="Psychologist: a diagnosis that 'resultaten talar för' but is explicitly not settled.")

C("bup-misstankt-anorexi-16-ar", "skane", "2007-08-01", "421", [
    N("s_bup_mal", "Läkaranteckning", "Maja Dahlqvist", "läkare", "2024-10-30 13:30", "2024-10-30 14:30", "öppenvård", [
        ("Aktuellt", "16-årig flicka, viktnedgång 9 kg på fem månader, rädd att gå upp i vikt, tränar dagligen."),
        ("Bedömning", "Misstänkt anorexia nervosa, BMI 15,8, sekundär amenorré."),
        ("Planering", "Kontakt med ätstörningsenheten, somatiska prover och EKG."),
    ])], must=["NL102"],
    why="Skåne child psychiatry, 16-year-old reads it herself: suspected anorexia visible.")

C("psykavd-trolig-drogutlost-psykos", "vgr", "2001-01-15", "374", [
    N("v_psykavd_ostra", "Läkaranteckning", "Kristina Wahl", "läkare", "2024-03-02 12:10", "2024-03-02 13:40", "psykiatrisk slutenvård", [
        ("Bedömning", "Trolig drogutlöst psykos efter amfetaminbruk, DD debuterande schizofreni."),
        ("Planering", "Kvar enligt LPT, Olanzapin 10 mg, urintox upprepas."),
    ])], must=["NL102"],
    why="Psychiatric inpatient note with a probable diagnosis and a DD.")

C("psyk-trauma-sannolik-ptsd", "vgr", "1989-04-04", "625", [
    N("v_psyk_trauma", "Psykologanteckning", "Jonatan Falk", "psykolog", "2024-05-29 10:00", "2024-05-29 11:00", "psykiatrisk öppenvård", [
        ("Bedömning", "Sannolik PTSD efter trafikolyckan i januari, PCL-5 58 poäng, mardrömmar och undvikande av bilkörning."),
        ("Planering", "Traumafokuserad KBT, tio sessioner."),
    ])], must=["NL102"],
    why="Psychologist writes 'sannolik PTSD' in a visible section.")

C("barn-misstankt-celiaki", "vgr", "2017-05-24", "408", [
    N("v_barn_dsbus", "Läkaranteckning", "Linda Persson", "läkare", "2024-02-26 11:00", None, "öppenvård", [
        ("Bedömning", "7-årig flicka med magont och avplanad längdkurva. Misstänkt celiaki, transglutaminas-IgA kraftigt förhöjt."),
        ("Planering", "Gastroskopi med biopsier bokas, fortsatt glutenhaltig kost tills dess."),
    ])], must=["NL102"],
    why="Paediatrics (guardians read): suspected coeliac disease.")

C("barnakut-fragetecken-kawasaki", "skane", "2021-03-14", "227", [
    N("s_barnakut_mal", "Akutanteckning", "David Ramstedt", "läkare", "2024-04-21 20:10", "2024-04-21 21:30", "akutmottagning", [
        ("Bedömning", "? Kawasaki – feber 5 dygn, bilateral konjunktivit, jordgubbstunga och ödem i händerna."),
        ("Planering", "Inläggning, eko imorgon, ställningstagande till immunglobulin."),
    ])], must=["NL102"],
    why="Paediatric ED: '? Kawasaki' with a space after the question mark.")

C("barn-trolig-astma-ics", "vgr", "2018-01-30", "351", [
    N("v_barn_nu", "Läkaranteckning", "Elisabeth Brandt", "läkare", "2024-10-17 14:40", "2024-10-17 15:10", "öppenvård", [
        ("Bedömning", "Återkommande pipande andning vid förkylningar och ansträngning, trolig astma."),
        ("Planering", "Provbehandling med Flutide 125 via spacer i tre månader."),
    ])], must=["NL102"],
    why="Child of 6: 'trolig astma' in Bedömning.")

C("barnneuro-misstanke-absensepilepsi", "skane", "2016-06-05", "294", [
    N("s_barnneuro_lund", "Läkaranteckning", "Anna Lövgren", "läkare", "2024-01-16 09:30", "2024-01-16 10:15", "öppenvård", [
        ("Bedömning", "Läraren beskriver korta frånvaroattacker flera gånger dagligen. Misstanke om absensepilepsi."),
        ("Planering", "EEG med hyperventilation bokat."),
    ])], must=["NL102"],
    why="Paediatric neurology: 'misstanke om' absence epilepsy.")

C("barnakut-typo-trolgen-gastroenterit", "vgr", "2022-02-18", "506", [
    N("v_barnakut_dsbus", "Akutanteckning", "Oscar Lindholm", "sjuksköterska", "2024-11-23 04:20", "2024-11-23 04:50", "akutmottagning", [
        ("Aktuellt", "2-årig pojke med kräkningar och diarré sedan igår, blöta blöjor senaste dygnet."),
        ("Bedömning", "Trolgen viral gastroenterit enl jourläkare, vätskeprovning med Resorb."),
    ])], must=["NL102"],
    why="Typo 'Trolgen' for troligen: hedged gastroenteritis in a toddler's visible note.")

C("kvinno-misstankt-endometrios", "skane", "1993-12-04", "385", [
    N("s_kvinno_kri", "Läkaranteckning", "Charlotte Wendt", "läkare", "2024-02-22 10:20", "2024-02-22 11:00", "öppenvård", [
        ("Bedömning", "Svår dysmenorré och djup dyspareuni, öm vid palpation av sakrouterinligamenten. Misstänkt endometrios."),
        ("Planering", "Kontinuerliga p-piller, laparoskopi diskuterad om otillräcklig effekt."),
    ])], must=["NL102"],
    why="Women's health: suspected endometriosis.")

C("kvinno-ev-pcos", "vgr", "1997-09-09", "290", [
    N("v_kvinno_nu", "Läkaranteckning", "Marie Lundin", "läkare", "2024-05-17 13:10", None, "öppenvård", [
        ("Bedömning", "Oligomenorré och hirsutism. Ev. PCOS, hormonstatus tas dag 3 i nästa cykel."),
    ])], must=["NL102"],
    why="'Ev.' + diagnosis in a gynaecology note.")

C("gynakut-misstankt-extrauterin", "skane", "1992-07-26", "643", [
    N("s_gynakut_lund", "Läkaranteckning", "Ida Hansson", "läkare", "2024-06-23 01:45", "2024-06-23 02:30", "akutmottagning", [
        ("Bedömning", "Misstänkt extrauterin graviditet, hCG 1850 utan intrauterin fosterkapsel, lite fri vätska i fossa Douglasi."),
        ("Planering", "Inläggning, nytt hCG om 48 timmar, fastande från midnatt."),
    ])], must=["NL102"],
    why="Gynaecological ED: suspected ectopic pregnancy.")

C("forl-barnmorska-susp-preeklampsi", "vgr", "1990-11-02", "532", [
    N("v_forl_sas", "Barnmorskeanteckning", "Jessica Hellberg", "barnmorska", "2024-07-08 06:15", "2024-07-08 06:50", "slutenvård", [
        ("Bedömning", "Grav v 35+4, huvudvärk och flimmer för ögonen. BT 155/100, proteinuri 2+. Susp. preeklampsi, jourläkare tillkallad."),
    ])], must=["NL102"],
    why="Midwife's 'Susp.' abbreviation for a suspected diagnosis.")

C("smvc-graviditetsdiabetes-kan-ej-uteslutas", "skane", "1988-04-13", "267", [
    N("s_smvc_mal", "Barnmorskeanteckning", "Lisa Strömberg", "barnmorska", "2024-08-15 14:00", "2024-08-15 14:30", "öppenvård", [
        ("Bedömning", "Glukosuri vid två kontroller och stort SF-mått. Graviditetsdiabetes kan ej uteslutas, OGTT bokat vecka 28."),
    ])], must=["NL102"],
    why="'kan ej uteslutas' keeps gestational diabetes open.")

C("onk-misstankt-recidiv-anastomos", "vgr", "1959-10-10", "414", [
    N("v_onk_jubileum", "Läkaranteckning", "Camilla Nord", "läkare", "2024-09-18 11:30", "2024-09-18 12:05", "öppenvård", [
        ("Bedömning", "Stigande CEA och väggförtjockning vid anastomosen på kontroll-DT. Misstänkt lokalrecidiv, PET-DT bokas."),
    ])], must=["NL102"],
    why="Oncology: suspected recurrence in a visible note.")

C("onk-trolig-levermetastas-segment7", "skane", "1964-09-03", "256", [
    N("s_onk_lund", "Läkaranteckning", "Mikaela Fors", "läkare", "2024-04-30 10:40", "2024-04-30 11:15", "öppenvård", [
        ("Bedömning", "Kontroll-DT: ny 14 mm lesion i segment 7, trolig levermetastas. MR lever för karakterisering."),
    ])], must=["NL102"],
    why="A probable metastasis is an uncertain diagnosis.")

C("onkavd-ssk-misstankt-neutropen-feber", "vgr", "1972-12-22", "483", [
    N("v_onkavd_jubileum", "Omvårdnadsanteckning", "Sara Björk", "sjuksköterska", "2024-12-03 02:40", "2024-12-03 03:10", "slutenvård", [
        ("Omvårdnad", "Temp 38,6 dag 10 efter FEC. Misstänkt neutropen feber, blododlingar tagna och jourläkare har ordinerat Tazocin."),
    ])], must=["NL102"],
    why="Oncology nurse night note: suspected neutropenic fever.")

C("pall-trolig-hjarnmetastasering", "skane", "1955-02-11", "373", [
    N("s_pall_hbg", "Läkaranteckning", "Gustav Persson", "läkare", "2024-07-31 15:20", "2024-07-31 16:00", "slutenvård", [
        ("Bedömning", "Nytillkommen förvirring och vänstersidig svaghet hos patient med känd lungcancer. Trolig hjärnmetastasering, DT hjärna beställd."),
    ])], must=["NL102"],
    why="Palliative ward: probable brain metastases.")

C("ger-misstankt-lewy-body", "vgr", "1940-02-28", "125", [
    N("v_ger_molndal", "Läkaranteckning", "Birgitta Svensson", "läkare", "2024-03-26 13:30", "2024-03-26 14:15", "slutenvård", [
        ("Bedömning", "Fluktuerande vakenhet, synhallucinationer och lätt parkinsonism. Misstänkt Lewy body-demens."),
        ("Planering", "Undvik neuroleptika, remiss till minnesmottagningen."),
    ])], must=["NL102"],
    why="Geriatrics: suspected Lewy body dementia.")

C("ger-ssk-trol-delirium", "skane", "1933-08-18", "219", [
    N("s_ger_mal", "Omvårdnadsanteckning", "Petra Axelsson", "sjuksköterska", "2024-09-29 06:30", None, "slutenvård", [
        ("Sömn", "Orolig hela natten, plockig och desorienterad till tid."),
        ("Psykosocialt", "Trol. delirium, jourläkare informerad, extravak ordnat."),
    ])], must=["NL102"],
    why="Night nurse writes 'Trol. delirium' in a visible VIPS section.")

C("ger-telegrafisk-ortostatism", "vgr", "1936-05-09", "442", [
    N("v_ger_alingsas", "Läkaranteckning", "Olof Sahlin", "läkare", "2024-11-28 10:00", "2024-11-28 10:20", "slutenvård", [
        ("Bedömning", "Fall i hemmet x3. ?Ortostatisk hypotension, ortostatiskt prov imorgon. Sätter ut Furix."),
    ])], must=["NL102"],
    why="Geriatric telegraphic note with '?' glued to the diagnosis.")

C("rehab-fysioterapeut-misstankt-frozen-shoulder", "skane", "1962-11-30", "338", [
    N("s_rehab_orup", "Fysioterapeutanteckning", "Mats Hultgren", "fysioterapeut", "2024-08-07 10:00", "2024-08-07 10:35", "öppenvård", [
        ("Status", "Kraftigt nedsatt passiv utåtrotation och abduktion i hö axel, smärta nattetid."),
        ("Bedömning", "Misstänkt frozen shoulder hö. Rapporterat till läkaren."),
        ("Åtgärd", "Hemövningar för rörlighet, uppföljning om tre veckor."),
    ])], must=["NL102"],
    why="Physiotherapist writes a suspected diagnosis in a visible Melior note.")

C("rehab-ev-crps-efter-radiusfraktur", "vgr", "1968-06-21", "590", [
    N("v_rehab_skovde", "Läkaranteckning", "Emil Andersson", "läkare", "2024-04-25 13:00", None, "öppenvård", [
        ("Bedömning", "Svullnad, färgskiftning och allodyni i vä hand åtta veckor efter radiusfrakturen. Ev. CRPS."),
        ("Planering", "Spegelterapi och graderad motorisk träning via arbetsterapeut."),
    ])], must=["NL102"],
    why="Rehabilitation medicine: 'Ev. CRPS'.")

C("rehab-logoped-misstankt-broca-afasi", "skane", "1950-09-14", "401", [
    N("s_rehab_lund", "Logopedanteckning", "Frida Nyman", "logoped", "2024-02-01 14:00", "2024-02-01 14:40", "slutenvård", [
        ("Bedömning", "Nedsatt talflyt, ordmobiliseringssvårigheter och relativt bevarad förståelse. Misstänkt afasi av Broca-typ."),
        ("Åtgärd", "Fortsatt bedömning med A-ning, samtalsstöd till närstående."),
    ])], must=["NL102"],
    why="Speech therapist: suspected Broca aphasia.")

C("dietist-ev-laktosintolerans", "vgr", "1985-03-16", "319", [
    N("v_dietist_sas", "Dietistanteckning", "Josefin Kvist", "dietist", "2024-06-26 10:30", "2024-06-26 11:15", "öppenvård", [
        ("Kostanamnes", "Gasbildning och lös avföring efter mjölkprodukter, i övrigt varierad kost."),
        ("Bedömning", "Ev. laktosintolerans. Prova laktosfri kost i två veckor och för matdagbok."),
    ])], must=["NL102"],
    why="Dietitian: 'Ev. laktosintolerans' in a visible note.")

C("onh-trol-menieres-dd-vestibularisneurit", "skane", "1971-04-09", "185", [
    N("s_onh_lund", "Läkaranteckning", "Klas Berggren", "läkare", "2024-03-12 09:15", "2024-03-12 09:55", "öppenvård", [
        ("Bedömning", "Attacker av rotatorisk yrsel, tinnitus och lockkänsla vä. Trol. Menières sjukdom, DD vestibularisneurit."),
    ])], must=["NL102"],
    why="ENT note with an eponymous probable diagnosis and a DD.")

C("ortop-sannolikt-meniskskada", "vgr", "1986-10-25", "347", [
    N("v_ortop_molndal", "Läkaranteckning", "Johannes Kling", "läkare", "2024-09-10 11:00", "2024-09-10 11:25", "öppenvård", [
        ("Bedömning", "Vridvåld mot hö knä under fotboll, ledlinjeömhet medialt och låsningar. Sanolikt meniskskada medialt, MR beställd."),
    ])], must=["NL102"],
    why="Typo 'Sanolikt' for sannolikt: probable meniscus tear in orthopaedics.")

C("uro-misstankt-prostatit", "skane", "1975-01-28", "460", [
    N("s_uro_mal", "Läkaranteckning", "Daniel Ohlsson", "läkare", "2024-01-29 14:20", "2024-01-29 14:45", "öppenvård", [
        ("Bedömning", "Feber, perineal smärta och öm prostata vid palpation. Misstänkt akut prostatit."),
        ("Åtgärd", "Ciprofloxacin i fyra veckor, urinodling tagen."),
    ])], must=["NL102"],
    why="Urology: suspected acute prostatitis.")

C("kir-utkast-misstankt-kolecystit", "skane", "1978-06-03", "149", [
    N("s_kir_hbg", "Inskrivningsanteckning", "Wilma Hjort", "läkare", "2024-05-25 22:10", None, "slutenvård", [
        ("Bedömning", "Smärta under hö arcus, Murphys tecken positivt, CRP 88. Misstänkt kolecystit."),
        ("Planering", "Ultraljud imorgon, fastande, Tazocin."),
    ])], must=["NL102"],
    why="Unsigned draft: suspected cholecystitis in a visible section (pre-signing case).")

C("ogon-mojlig-temporalisarterit", "vgr", "1945-11-19", "235", [
    N("v_ogon_molndal", "Läkaranteckning", "Hassan Jaber", "läkare", "2024-12-02 16:30", "2024-12-02 17:05", "akutmottagning", [
        ("Bedömning", "Övergående synbortfall vä öga, tinningshuvudvärk och käkklaudikation, SR 88. Möjlig temporalisarterit."),
        ("Åtgärd", "Prednisolon 60 mg insatt, akut remiss reumatolog och temporalisbiopsi."),
    ])], must=["NL102"],
    why="Eye emergency: 'Möjlig' temporal arteritis in Bedömning.")

C("med-fragestallning-lungemboli-fragetecken", "skane", "1960-08-08", "452", [
    N("s_med_hbg", "Läkaranteckning", "Erik Malm", "läkare", "2024-10-08 08:45", "2024-10-08 09:15", "slutenvård", [
        ("Frågeställning", "Lungemboli? Nytillkommen takykardi och syrgasbehov dag 2 efter knäplastik."),
        ("Planering", "DT-angio, Fragmin i behandlingsdos i väntan på svar."),
    ])], must=["NL102"],
    why="A visible Frågeställning with 'Lungemboli?' is a hedged diagnosis.")

C("infavd-misstanke-tuberkulos-isolering", "vgr", "1993-05-13", "166", [
    N("v_infavd_ostra", "Läkaranteckning", "Amir Haddad", "läkare", "2024-02-03 15:00", "2024-02-03 15:50", "slutenvård", [
        ("Bedömning", "Långvarig hosta, nattsvettningar och kavitet i hö ovanlob. Misstanke om lungtuberkulos, isoleras på luftsmittsal."),
        ("Planering", "Sputum för mikroskopi och PCR x 3, smittskydd kontaktas vid positivt svar."),
    ])], must=["NL102"],
    why="Infectious diseases ward: suspected TB.")

C("med-ingen-sepsis-men-trol-virus", "vgr", "1979-07-04", "553", [
    N("v_med_kungalv", "Läkaranteckning", "Ronja Eriksson", "läkare", "2024-12-06 10:15", "2024-12-06 10:40", "slutenvård", [
        ("Bedömning", "Ingen misstanke om sepsis, opåverkad och normalt laktat. Trol. virusinfektion med myalgier, influensa-PCR tagen."),
    ])], must=["NL102"],
    why="A negated diagnosis does not cancel a separate hedged one in the next sentence.")

C("typo-missankt-hjarninfarkt", "skane", "1952-12-12", "179", [
    N("s_akut_hbg", "Akutanteckning", "Karin Thulin", "läkare", "2024-08-02 13:05", "2024-08-02 13:50", "akutmottagning", [
        ("Bedömning", "Plötslig yrsel och dubbelseende, ataxi vä. Missänkt cerebellär infarkt, DT utan blödning, MR beställd."),
    ])], must=["NL102"],
    why="Typo 'Missänkt' for misstänkt.")

C("typo-sannolkt-hypotyreos", "vgr", "1974-11-07", "584", [
    N("v_medmott_alingsas", "Läkaranteckning", "Erik Strand", "läkare", "2024-03-11 10:00", "2024-03-11 10:20", "öppenvård", [
        ("Bedömning", "Trötthet, frusenhet och TSH 8,9 med fritt T4 i nedre referensområdet. Sannolkt subklinisk hypotyreos, nya prover om sex veckor."),
    ])], must=["NL102"],
    why="Typo 'Sannolkt' for sannolikt.")

C("typo-eventulet-gikt", "skane", "1966-09-25", "327", [
    N("s_reum_lund", "Läkaranteckning", "Li Johansson", "läkare", "2024-06-13 14:30", "2024-06-13 14:55", "öppenvård", [
        ("Bedömning", "Akut artrit i hö stortåns grundled, urat 520. Eventulet gikt, ledpunktion ej möjlig idag."),
    ])], must=["NL102"],
    why="Typo 'Eventulet' for eventuellt before the diagnosis.")
# ---------------------------------------------------------------- long NL102 positives
C("akut-long-misstankt-mesenterialischemi", "vgr", "1939-03-04", "274", [
    N("v_akut_sahl", "Akutanteckning", "Sofie Arvidsson", "läkare", "2024-06-15 14:30", "2024-06-15 17:20", "akutmottagning", [
        ("Kontaktorsak", "Buksmärta sedan i morse, ambulans från särskilt boende."),
        ("Anamnes", "85-årig man med känt förmaksflimmer, Eliquis utsatt för tre veckor sedan pga näsblödning enligt boendets läkemedelslista. Tidigare hjärtinfarkt 2015 med PCI, hypertoni, typ 2-diabetes på tabletter. Personalen beskriver plötslig debut av intensiv smärta runt naveln vid frukost, två kräkningar, en lös avföring med inslag av blod. Ingen feber. Pat själv svårintervjuad men bekräftar svår smärta och säger att han aldrig haft så ont."),
        ("Läkemedel", "Metformin 500 mg x 2, Metoprolol 50 mg, Atorvastatin 40 mg, Enalapril 5 mg. Eliquis pausad sedan 24/5."),
        ("Status", "AT: Påverkad av smärta, blek och kallsvettig. Puls oregelbunden 118, BT 105/70, AF 22, saturation 95 % på luft, temp 37,4. Cor: Oregelbunden rytm, inga blåsljud. Pulm: Vesikulärt, inga rassel. Buk: Mjuk, diffust lätt öm men inte i proportion till angiven smärta, inga peritonitiska tecken, sparsamma tarmljud. PR: Brunt med blodspår."),
        ("Lab", "Laktat 4,8, CRP 32, LPK 17,2, Hb 141, kreatinin 128, amylas normalt, troponin 24."),
        ('Social anamnes', 'Bor på Vårboets särskilda boende sedan två år, änkling med två döttrar. Går med rollator inomhus, behöver hjälp med dusch och påklädning. Lite glömsk enligt personalen men klarar att göra sig förstådd.'),
        ('Tidigare sjukdomar', 'Hjärtinfarkt 2015 med PCI mot LAD, förmaksflimmer sedan 2018, hypertoni, typ 2-diabetes sedan 2009, prostatacancer strålbehandlad 2012 utan tecken till återfall.'),
        ('Omvårdnad', 'KAD satt för timdiures, 150 ml klar urin. Två perifera infarter, blododlingar tagna.'),
        ("Bedömning", "Äldre man med förmaksflimmer utan antikoagulation, plötslig svår buksmärta med diskrepans mellan smärta och bukstatus samt förhöjt laktat. Misstänkt akut mesenterialischemi. Differentialdiagnoser perforerat ulcus och ileus, men kliniken passar sämre."),
        ("Åtgärd", "DT buk med kontrast och angiofas akut, kreatinin accepteras. Kirurgjouren och kärlkirurg informerade, kommer ned efter DT. Vätska Ringer-acetat 1 liter, Morfin 2,5 mg iv upprepat två gånger med effekt, fastande. Kontakt med dottern, som är på väg in. Ställningstagande till behandlingsnivå tillsammans med kirurg och pat och anhöriga efter DT-svar."),
    ])], must=["NL102"],
    why="Long ED note (300+ words): one suspected diagnosis with differentials among many findings.")

C("psyk-long-nybesok-dd-bipolar", "skane", "1998-07-19", "536", [
    N("s_psyk_hbg", "Läkaranteckning", "Sanna Åström", "läkare", "2024-04-04 09:00", "2024-04-04 12:10", "psykiatrisk öppenvård", [
        ("Kontaktorsak", "Nybesök efter remiss från vårdcentralen pga nedstämdhet och utebliven effekt av Sertralin."),
        ("Social anamnes", "25-årig kvinna, studerar till sjuksköterska i Helsingborg, bor med sambo. Har en nära väninna och god kontakt med sin mamma. Arbetar extra i hemtjänsten på helger. Ingen alkohol sedan nyår, har provat cannabis två gånger i tonåren."),
        ("Hereditet", "Morfadern vårdad inom psykiatrin för manodepressiv sjukdom, mamman behandlad för depression."),
        ("Aktuellt", "Nedstämd sedan i höstas, tappat glädje i studier och umgänge, sover tolv timmar per natt men vaknar trött. Svårt att koncentrera sig på föreläsningar och har skjutit upp två tentor. Sertralin 100 mg sedan december utan tydlig effekt, upplever i stället rastlöshet under några dagar i februari då hon sov tre timmar per natt, handlade kläder för 12 000 kr och kände sig ovanligt pratsam. Sambon bekräftar perioden. Inga psykotiska symtom."),
        ("Suicidriskbedömning", "Passiva dödstankar utan planer eller avsikt, inga tidigare försök. Skyddande faktorer sambo, studier och mamma. Bedöms inte föreligga akut förhöjd suicidrisk."),
        ("Psykiskt status", "Vaken, orienterad, god kontakt. Sänkt grundstämning, lätt psykomotoriskt hämmad. Tankeinnehåll präglat av skuld kring studierna. Inga hallucinationer, inga vanföreställningar."),
        ('Tidigare psykiatrisk kontakt', 'Kontakt med skolkurator i gymnasiet för prestationsångest, ingen tidigare kontakt med specialistpsykiatrin. Inga självskadehandlingar, ingen ätstörningsproblematik.'),
        ('Somatik', 'Frisk, inga läkemedel utöver Sertralin och p-ring. Sköldkörtelprover och blodstatus var normala på vårdcentralen i januari.'),
        ('Information', 'Informerad om diagnosen depression och om att vi vill utvärdera stämningsläget vidare innan ställning tas till fortsatt behandling. Hon tar emot informationen väl och vill att sambon följer med nästa gång.'),
        ("Bedömning", "Medelsvår depressiv episod, MADRS-S 28. DD bipolär sjukdom typ II med tanke på den korta hypomaniliknande perioden under SSRI-behandling och hereditet."),
        ("Planering", "Sertralin trappas ned och sätts ut under två veckor. Stämningsdagbok, strukturerad intervju med MINI och Affektiva mottagningens screening vid nästa besök. Återbesök om två veckor hos undertecknad, sjuksköterskekontakt varje vecka. Sjukskrivning på halvtid diskuterad, hon vill försöka fortsätta studera. Informerad om att höra av sig till psykiatriska akutmottagningen vid försämring."),
    ])], must=["NL102"],
    why="Long psychiatric intake: confirmed depression plus a 'DD bipolär sjukdom' in Bedömning.")

C("barn-long-misstankt-perthes", "vgr", "2015-09-27", "183", [
    N("v_barn_nu", "Läkaranteckning", "Elisabeth Brandt", "läkare", "2024-05-06 13:00", "2024-05-06 14:30", "öppenvård", [
        ("Kontaktorsak", "Remiss från vårdcentralen för hälta i sex veckor."),
        ("Anamnes", "8-årig pojke, tidigare frisk, fullvaccinerad, inga läkemedel. Föräldrarna märkte att han började halta på vänster ben efter påsklovet. Inget känt trauma. Ont i knät och ljumsken efter fotbollsträning, bättre efter vila. Ingen feber, ingen viktnedgång, inga nattsmärtor. Äter och sover bra. Spelar fotboll tre gånger i veckan och vill gärna fortsätta. Pappan hade ont i en höft som barn men vet inte vad det var."),
        ("Status", "Allmäntillstånd gott, längd och vikt följer kurvan på +0,5 SD. Haltande gång vänster. Höfter: Nedsatt inåtrotation och abduktion vänster jämfört med höger, smärta i ytterläge. Knän utan anmärkning, ingen svullnad eller värmeökning. Ingen palpationsömhet över skelettet. Ryggen rak. Neurologiskt ua."),
        ("Lab", "CRP under 5, SR 6, blodstatus normalt."),
        ("Röntgen", "Bäcken och höfter: lätt avplaning och ökad täthet i vänster caputepifys, ledspalten något vidgad."),
        ('Tidigare', 'Född fullgången, normal nyföddhetsperiod, gick vid elva månader. Normala hälsokontroller på BVC och i skolhälsovården. Astma i förskoleåldern som växt bort.'),
        ('Social', 'Bor med båda föräldrarna och en yngre syster i villa utanför Uddevalla. Går i årskurs 2 och trivs i skolan. Spelar fotboll i det lokala laget och tycker om att bygga med lego.'),
        ('Information', 'Föräldrarna fick se röntgenbilderna och frågade mycket om prognos och om sonen kan fortsätta idrotta på sikt. Vi förklarade att det beror på hur stor del av lårbenshuvudet som påverkas och att barnortopeden tar ställning till det.'),
        ("Bedömning", "Inte bild av septisk artrit eller coxitis simplex med sex veckors duration och normala inflammationsprover. Misstänkt Legg-Calvé-Perthes sjukdom vänster höft. Ryggmärgsnära orsaker och tumör bedöms osannolika men följs."),
        ('Skola', 'Läraren har märkt att han inte orkar hela idrottslektionerna.'),
        ("Planering", "MR höfter för att bekräfta och bedöma utbredning. Remiss barnortoped. Föräldrarna informerade om att han tills vidare ska undvika fotboll och hopp men gärna cykla och simma. Kryckor erbjudna vid behov. Återbesök efter MR. Skolintyg om anpassad idrott utfärdat."),
    ])], must=["NL102"],
    why="Long paediatric note (guardians read): suspected Perthes disease among negated alternatives.")

C("onk-long-misstankt-immunterapipneumonit", "skane", "1957-12-31", "251", [
    N("s_onk_lund", "Läkaranteckning", "Mikaela Fors", "läkare", "2024-10-16 10:00", "2024-10-16 12:05", "öppenvård", [
        ("Aktuellt", "Inför kur 6 med pembrolizumab för metastaserat malignt melanom, lymfkörtel- och lungmetastaser. Behandlingen startade i maj."),
        ("Anamnes", "Mår allmänt bra, arbetar halvtid som kyrkvaktmästare. Senaste veckan torrhosta och ökad andfåddhet vid trappgång, klarar två trappor mot tidigare fem. Ingen feber eller frossa. Ingen diarré, ingen hudutslag. Lätt trötthet som tidigare."),
        ("Status", "AT: Opåverkad. Saturation 93 % i vila, sjunker till 88 % efter gång i korridoren. Pulm: Fina krepitationer basalt bilateralt. Cor: RR 84. Hud: Inga nya pigmentförändringar, vitiligo på händerna oförändrad. Lymfkörtlar: Ej palpabla."),
        ("Lab", "CRP 14, LPK 7,8, TSH 2,1, kortisol normalt, leverstatus normalt, kreatinin 82."),
        ("Radiologi", "DT thorax 14/10: regress av lungmetastaserna, nytillkomna bilaterala matta glasopaciteter basalt och subpleuralt."),
        ('Tidigare behandling', 'Excision av primärtumör på vänster skuldra 2022, Breslow 3,1 mm med ulceration, portvaktskörtel positiv. Adjuvant behandling erbjöds men avböjdes då. Återfall i axillen och lungorna upptäcktes i april i år.'),
        ('Biverkningar', 'Under tidigare kurer hypotyreos som nu är välbehandlad med Levaxin, lätt klåda och vitiligo. Inga tecken på kolit eller hepatit. Aptiten god, vikten stabil på 78 kg.'),
        ('Social', 'Bor med sin sambo i radhus i Eslöv, har en vuxen son. Sambon är med idag och ställer många frågor. Slutade röka 2010.'),
        ('Information', 'Pat och sambo informerade om fynden på DT, om att tumörsvaret är gott och om skälen till uppehållet i behandlingen. Båda förstår och accepterar planen.'),
        ("Bedömning", "God tumörrespons. Misstänkt immunterapirelaterad pneumonit grad 2, infektion mindre sannolikt med normalt CRP och LPK."),
        ('Läkemedel', 'Levaxin 75 mikrog, Omeprazol 20 mg, Alvedon vid behov. Inga naturläkemedel eller kosttillskott.'),
        ('Kontaktsjuksköterska', 'Kontaktsjuksköterskan Linda träffade paret efter läkarbesöket och gick igenom kortisonschemat steg för steg.'),
        ("Planering", "Kur 6 ges inte. Prednisolon 1 mg/kg med nedtrappning enligt PM, PJP-profylax med Bactrim. Spirometri med diffusionskapacitet. Telefonkontakt med kontaktsjuksköterska om tre dagar, återbesök om en vecka med saturation och ny bedömning av fortsatt immunterapi. Pat informerad om att söka akut vid feber eller försämrad andning. Sjukskrivning på heltid två veckor."),
    ])], must=["NL102"],
    why="Long oncology note: a suspected immune-related pneumonitis buried among good response data.")

C("smvc-long-misstankt-tillvaxthamning", "vgr", "1989-08-20", "368", [
    N("v_kvinno_ostra", "Läkaranteckning", "Ulla Grahn", "läkare", "2024-09-02 10:30", "2024-09-02 12:00", "öppenvård", [
        ("Kontaktorsak", "Remiss från barnmorskemottagningen pga SF-mått som avviker nedåt."),
        ("Anamnes", "35-årig omföderska, grav v 32+3. Tidigare en normal förlossning 2020, flicka 3450 g. Röker fem cigaretter om dagen, har försökt sluta. Ingen hypertoni eller diabetes, BMI 22 vid inskrivning. Känner fosterrörelser som vanligt. Ingen blödning eller vattenavgång. Arbetar som kock, trött på slutet av passen."),
        ("Status", "BT 124/78, ingen proteinuri. SF-mått 27 cm, fallit från +1 till -2 SD sedan vecka 28."),
        ("Ultraljud", "Skattad fostervikt 1620 g, motsvarande -24 %. Fostervattenmängd i nedre normalområdet. Navelartärflöde med förhöjt pulsatilitetsindex men bevarat diastoliskt flöde. Arteria cerebri media normal. Placenta framvägg, utan anmärkning."),
        ('Graviditetshistoria', 'Ett missfall i vecka 7 år 2018 som inte krävde åtgärd. Förlossningen 2020 var okomplicerad och hon ammade i sex månader.'),
        ('Social anamnes', 'Sambo med barnets pappa, som arbetar som busschaufför. Bor i lägenhet i Partille och har stöd av sina föräldrar. Inga kända psykosociala riskfaktorer enligt inskrivningssamtalet.'),
        ('Läkemedel', 'Folsyra under första trimestern, järntabletter sedan vecka 24 pga Hb 106.'),
        ('Barnmorskans noteringar', 'Viktuppgång hittills 9 kg. Inga ödem. Hb 112 idag.'),
        ('Information', 'Paret informerades om ultraljudsfynden och om varför täta kontroller behövs. De ställde frågor om förlossningssätt och om risken för att barnet föds för tidigt, vilket vi gick igenom. Paret har kontaktuppgifter till mottagningen och förlossningen.'),
        ("Bedömning", "Misstänkt intrauterin tillväxthämning med påverkat navelartärflöde, sannolikt placentär orsak. Inga tecken på preeklampsi."),
        ('CTG', 'Reaktivt CTG med normal variabilitet, inga decelerationer, baslinje 140.'),
        ('Fosterrörelser', 'Hon känner sparkar flera gånger i timmen, framför allt på kvällen när hon lagt sig.'),
        ('Kost', 'Äter regelbundet men hoppar ibland över lunchen på jobbet. Rekommenderad att äta mellanmål och ta med matlåda.'),
        ('Tidigare ultraljud', 'Rutinultraljud vecka 18 normalt, placenta och anatomi utan anmärkning.'),
        ("Planering", "Ny flödesmätning och CTG om en vecka, tillväxtultraljud om två veckor. Betametason diskuteras vid försämrat flöde. Informerad om att räkna fosterrörelser och söka förlossningen vid minskade rörelser. Rökavvänjning via barnmorskemottagningen, recept på nikotinplåster. Sjukskrivning 50 % till vecka 36. Kontakt med neonatalavdelningen vid behov av förlossning före vecka 34."),
    ])], must=["NL102"],
    why="Long specialist-antenatal note: suspected fetal growth restriction with 'sannolikt' cause.")
# ================================================================ NL102 near misses
C("onk-ingen-misstanke-om-malignitet", "vgr", "1970-04-28", "137", [
    N("v_onk_jubileum", "Läkaranteckning", "Peter Magnusson", "läkare", "2024-01-22 13:30", "2024-01-22 13:55", "öppenvård", [
        ("Bedömning", "Tre år efter avslutad behandling. Ingen misstanke om malignitet vid klinisk undersökning eller på mammografi."),
        ("Planering", "Fortsatt Letrozol, nästa kontroll om ett år."),
    ])], must_not=["NL102"],
    why="Negated: 'Ingen misstanke om malignitet'.")

C("med-inga-tecken-pa-pneumoni", "skane", "1948-02-09", "516", [
    N("s_med_hbg", "Läkaranteckning", "Erik Malm", "läkare", "2024-02-14 09:20", "2024-02-14 09:40", "slutenvård", [
        ("Bedömning", "KOL-exacerbation. Lungröntgen utan infiltrat, inga tecken på pnuemoni."),
        ("Planering", "Prednisolon 30 mg i fem dagar, inhalationer."),
    ])], must_not=["NL102"],
    why="Typo 'pnuemoni' inside a negation ('inga tecken på') next to a confirmed diagnosis.")

C("akut-lungemboli-uteslutes", "vgr", "1983-06-16", "443", [
    N("v_akut_sahl", "Akutanteckning", "Martin Holm", "läkare", "2024-03-09 13:45", "2024-03-09 15:20", "akutmottagning", [
        ("Bedömning", "Lungemboli uteslutes med DT-angio. Pleuritisk smärta efter förkylning, muskuloskeletal genes."),
        ("Åtgärd", "Hem med Ipren, åter vid försämring."),
    ])], must_not=["NL102"],
    why="Negated: 'uteslutes'.")

C("akut-dvt-utesluten-ultraljud", "skane", "1971-09-01", "254", [
    N("s_akut_kri", "Akutanteckning", "Elias Bergström", "läkare", "2024-04-06 10:15", "2024-04-06 11:00", "akutmottagning", [
        ("Bedömning", "Svullet vä underben efter långresa. DVT utesluten med ultraljud, D-dimer normalt."),
    ])], must_not=["NL102"],
    why="Negated: 'DVT utesluten'.")

C("kirakut-inget-som-talar-for-appendicit", "vgr", "2005-02-14", "562", [
    N("v_kirakut_nu", "Akutanteckning", "Moa Sandberg", "läkare", "2024-05-10 17:20", "2024-05-10 18:10", "akutmottagning", [
        ("Status", "Buken mjuk och oöm, inga peritonitiska tecken, normala tarmljud."),
        ("Bedömning", "Inget som talar för appendicit. Ospecifik buksmärta, CRP 4."),
        ("Åtgärd", "Hem, åter vid försämring."),
    ])], must_not=["NL102"],
    why="Negated: 'Inget som talar för appendicit' (18-year-old).")

C("kard-hjartinfarkt-utesloets-troponinserie", "skane", "1962-03-23", "170", [
    N("s_kard_lund", "Läkaranteckning", "Jonas Wester", "läkare", "2024-03-15 08:40", "2024-03-15 09:05", "slutenvård", [
        ("Bedömning", "Hjärtinfarkt uteslöts med troponinserie. Bröstsmärtan bedöms vara av muskuloskeletal typ."),
        ("Planering", "Arbetsprov polikliniskt, utskrivning idag."),
    ])], must_not=["NL102"],
    why="Negated in past tense: 'uteslöts'.")

C("ortop-frakturmisstanke-avskriven", "vgr", "1955-11-11", "317", [
    N("v_ortop_molndal", "Läkaranteckning", "Johannes Kling", "läkare", "2024-06-20 14:10", "2024-06-20 14:35", "öppenvård", [
        ("Bedömning", "Misstanken om höftfraktur kunde avskrivas efter DT. Kontusion hö höft."),
        ("Planering", "Mobilisering enligt smärta, fysioterapeutkontakt."),
    ])], must_not=["NL102"],
    why="A suspicion that was written off ('kunde avskrivas') is not a live hypothesis.")

C("med-diagnos-typ2-diabetes", "vgr", "1964-01-13", "280", [
    N("v_medmott_alingsas", "Läkaranteckning", "Erik Strand", "läkare", "2024-07-02 10:40", "2024-07-02 11:05", "öppenvård", [
        ("Diagnos", "Typ 2-diabetes, HbA1c 58 och 61 mmol/mol vid två tillfällen."),
        ("Planering", "Metformin 500 mg x 2 med upptitrering, diabetessköterska om tre veckor."),
    ])], must_not=["NL102"],
    why="Confirmed diagnosis, no hedge.")

C("reum-tidigare-misstankt-ra-nu-bekraftad", "skane", "1976-10-04", "415", [
    N("s_reum_lund", "Läkaranteckning", "Li Johansson", "läkare", "2024-09-19 09:30", "2024-09-19 10:10", "öppenvård", [
        ("Bedömning", "Den reumatoida artrit som misstänktes vid förra besöket är nu bekräftad, anti-CCP starkt positiv och symmetriska synoviter."),
        ("Planering", "Metotrexat 15 mg i veckan, folsyra, kontroll av prover var fjärde vecka."),
    ])], must_not=["NL102"],
    why="Earlier suspicion now confirmed: the diagnosis is settled.")

C("ger-hereditet-mor-troligen-alzheimer", "skane", "1944-05-03", "623", [
    N("s_minne_mal", "Läkaranteckning", "Per-Olof Nilsson", "läkare", "2024-05-14 13:00", "2024-05-14 13:50", "öppenvård", [
        ("Hereditet", "Modern hade troligen Alzheimers sjukdom, morbror Parkinsons sjukdom."),
        ("Bedömning", "Subjektiva minnesbesvär, MoCA 28/30. Ingen kognitiv svikt vid testning."),
    ])], must_not=["NL102"],
    why="Hedge in family history, not about the patient.")

C("kard-hereditet-far-sannolikt-infarkt", "vgr", "1978-08-28", "192", [
    N("v_kard_sas", "Läkaranteckning", "Anton Mellberg", "läkare", "2024-08-22 15:00", "2024-08-22 15:30", "öppenvård", [
        ("Hereditet", "Fadern dog 52 år gammal, sannolikt i hjärtinfarkt, farbror har haft stroke."),
        ("Bedömning", "Familjär hyperkolesterolemi, LDL 6,4. Start Atorvastatin 40 mg."),
    ])], must_not=["NL102"],
    why="Probable infarction belongs to the father (family history).")

C("lung-2018-misstankt-sarkoidos-avfard", "vgr", "1975-12-05", "346", [
    N("v_lung_skovde", "Läkaranteckning", "Stefan Åkesson", "läkare", "2024-10-10 09:45", "2024-10-10 10:15", "öppenvård", [
        ("Anamnes", "Utreddes 2018 för misstänkt sarkoidos, men utredningen fann inga belägg för det."),
        ("Bedömning", "Astma, välkontrollerad på Symbicort. Normal spirometri idag."),
    ])], must_not=["NL102"],
    why="Past suspicion that was refuted, in the history section.")

C("neuro-tidigare-misstankt-epilepsi-avskriven", "skane", "1999-09-08", "281", [
    N("s_neuro_hbg", "Läkaranteckning", "Amanda Friberg", "läkare", "2024-11-06 10:30", "2024-11-06 11:00", "öppenvård", [
        ("Anamnes", "I tonåren misstänkt epilepsi, avskrevs efter två normala EEG."),
        ("Bedömning", "Migrän med aura, oförändrad frekvens. Fortsatt Sumatriptan vid anfall."),
    ])], must_not=["NL102"],
    why="Past history with a written-off suspicion; current diagnosis confirmed.")

C("inf-erysipelas-trol-hemgang-imorgon", "vgr", "1953-04-30", "598", [
    N("v_infavd_ostra", "Läkaranteckning", "Amir Haddad", "läkare", "2024-07-12 09:00", "2024-07-12 09:25", "slutenvård", [
        ("Bedömning", "Erysipelas vä underben i regress, CRP sjunkande."),
        ("Planering", "Byte till peroralt Kåvepenin. Trol. hemgång imorgon om fortsatt afebril."),
    ])], must_not=["NL102"],
    why="The hedge 'Trol.' is about discharge, not a diagnosis.")

C("antikoag-ev-dosjustering-eliquis", "skane", "1939-10-17", "306", [
    N("s_antikoag_hbg", "Läkaranteckning", "Marie Holgersson", "läkare", "2024-09-24 13:10", "2024-09-24 13:30", "öppenvård", [
        ("Bedömning", "Förmaksflimmer, CHA2DS2-VASc 5. Kreatinin 132, vikt 58 kg."),
        ("Planering", "Ev. dosjustering av Eliquis vid nästa besök beroende på njurfunktionen."),
    ])], must_not=["NL102"],
    why="'Ev.' concerns a dose change, not a diagnosis.")

C("ger-mojligen-klarar-utan-hemtjanst", "vgr", "1941-01-21", "473", [
    N("v_ger_molndal", "Arbetsterapeutanteckning", "Hanna Lindgren", "arbetsterapeut", "2024-02-08 14:00", "2024-02-08 14:40", "slutenvård", [
        ("Aktivitet", "ADL-bedömning i träningsköket: klarar enklare matlagning med anpassningar."),
        ("Bedömning", "Möjligen klarar pat sig utan hemtjänst efter hemgång om hon får duschpall och griptång."),
    ])], must_not=["NL102"],
    why="Occupational therapist: 'Möjligen' about support needs, not a diagnosis.")

C("ger-ev-korttidsboende", "skane", "1932-12-24", "265", [
    N("s_ger_kri", "Kuratorsanteckning", "Siv Bengtsson", "kurator", "2024-12-10 10:00", "2024-12-10 10:30", "slutenvård", [
        ("Psykosocialt", "Samtal med pat och sonen om hemsituationen. Ev. blir det aktuellt med korttidsboende under vintern, biståndshandläggare kontaktad."),
    ])], must_not=["NL102"],
    why="Social worker: 'Ev.' about placement, not a diagnosis.")

C("med-oklart-om-lakemedel-tagits", "vgr", "1950-06-07", "157", [
    N("v_med_sas", "Läkaranteckning", "Elin Forsberg", "läkare", "2024-04-18 11:15", "2024-04-18 11:40", "slutenvård", [
        ("Bedömning", "Hjärtsvikt, dekompenserad. Oklart om pat tagit sina vätskedrivande hemma, dosetten var orörd."),
        ("Planering", "Furix iv, dagliga vikter, hemsjukvård för läkemedelsöverlämning."),
    ])], must_not=["NL102"],
    why="Uncertainty about adherence, not about the diagnosis.")

C("pmo-vc-misstankt-uvi", "skane", "1987-03-19", "424", [
    N("p_vc_landskrona", "Besöksanteckning", "Lotta Grönvall", "sjuksköterska", "2024-01-25 10:20", "2024-01-25 10:35", "öppenvård", [
        ("Aktuellt", "Sveda och täta trängningar sedan två dagar, ingen feber."),
        ("Bedömning", "Misstänkt okomplicerad UVI, Selexid enligt ordination från dr Falk."),
    ])], must_not=["NL102"],
    why="PMO primary care: diagnoses are never shown, so a hedged UTI does not count.")

C("pmo-bvc-misstankt-komjolksproteinallergi", "skane", "2024-01-08", "289", [
    N("p_bvc_eslov", "BVC-anteckning", "Kerstin Öhman", "sjuksköterska", "2024-03-18 09:00", "2024-03-18 09:40", "öppenvård", [
        ("Aktuellt", "Tio veckor gammal flicka, kräks efter amning och har slem i blöjan."),
        ("Bedömning", "Misstänkt komjölksproteinallergi enligt BVC-läkaren, mamman provar mjölkfri kost i två veckor."),
    ])], must_not=["NL102"],
    why="PMO child health centre: hedged diagnosis in PMO is not shown.")

C("pmo-um-trolig-klamydia-17-ar", "skane", "2006-11-29", "462", [
    N("p_um_trelleborg", "Besöksanteckning", "Amina Yusuf", "barnmorska", "2024-04-11 15:30", "2024-04-11 16:00", "öppenvård", [
        ("Bedömning", "Ny partner sedan en månad, flytningar och blödning efter samlag. Trolig klamydia, provtagning gjord och behandling i väntan på svar."),
    ])], must_not=["NL102"],
    why="PMO youth clinic, 17-year-old: hedged diagnosis in PMO is not shown.")

C("pmo-hemsjv-trol-trycksar", "skane", "1929-07-05", "316", [
    N("p_hemsjv_hoganas", "Omvårdnadsanteckning", "Birgitta Lund", "sjuksköterska", "2024-11-20 13:00", "2024-11-20 13:20", "hemsjukvård", [
        ("Hud", "Rodnad som inte bleknar vid tryck vä häl, liten blåsa. Trol. trycksår kategori 2."),
        ("Åtgärd", "Hälavlastning, skumförband, kontroll om två dagar."),
    ])], must_not=["NL102"],
    why="PMO home care: hedged pressure ulcer is not visible as a diagnosis.")

C("pmo-vc-ev-depression-phq9", "skane", "1990-02-15", "538", [
    N("p_vc_horby", "Läkaranteckning", "Jakob Falk", "läkare", "2024-03-05 14:00", None, "öppenvård", [
        ("Bedömning", "Nedstämdhet efter separation, PHQ-9 14. Ev. depression, DD anpassningsstörning."),
        ("Planering", "Samtal med psykolog på vårdcentralen, återbesök fyra veckor."),
    ])], must_not=["NL102"],
    why="PMO: 'Ev.' + DD in primary care – not shown.")

C("pmo-bmm-misstankt-hyperemesis", "skane", "1996-08-12", "150", [
    N("p_bmm_simrishamn", "Barnmorskeanteckning", "Tina Krantz", "barnmorska", "2024-02-27 11:10", "2024-02-27 11:40", "öppenvård", [
        ("Aktuellt", "Grav v 9, kräks flera gånger dagligen och har gått ned 3 kg."),
        ("Bedömning", "Misstänkt hyperemesis gravidarum, ketoner 3+. Remiss till gynakuten för dropp."),
    ])], must_not=["NL102"],
    why="PMO midwife clinic: hedged diagnosis in PMO.")

C("pmo-vc-typo-missankt-borrelia", "skane", "1968-07-23", "487", [
    N("p_vc_sjobo", "Besöksanteckning", "Helén Dufva", "sjuksköterska", "2024-07-22 08:50", "2024-07-22 09:05", "öppenvård", [
        ("Aktuellt", "Fästingbett för tre veckor sedan, rodnad som vuxit till 8 cm. Missänkt borrelia, tid hos läkare idag."),
    ])], must_not=["NL102"],
    why="Typo 'Missänkt' in a PMO note: still never shown, never NL102.")

C("th-mall-misstankt-pankreascancer", "skane", "1952-09-16", "359", [
    N("s_gastro_lund", "Tidiga hypoteser", "Jenny Mattsson", "läkare", "2024-06-11 15:00", "2024-06-11 15:15", "öppenvård", [
        ("Hypotes", "Viktnedgång, nydebuterad diabetes och CA 19-9 förhöjt. Misstänk pankreascancer, DT pankreas beställd."),
    ])], must_not=["NL102"],
    why="Skåne Tidiga hypoteser template hides the suspicion (typo 'Misstänk').")

C("th-sokord-vgr-misstankt-myelom", "vgr", "1947-02-12", "251", [
    N("v_medmott_alingsas", "Läkaranteckning", "Erik Strand", "läkare", "2024-08-08 10:00", None, "öppenvård", [
        ("Aktuellt", "Ryggsmärta och trötthet sedan två månader. Hb 98, kalcium 2,82, kreatinin 140."),
        ("Tidiga hypoteser", "Misstänkt myelom, elfores och fria lätta kedjor skickade."),
        ("Planering", "Skelettröntgen, återbesök när proverna kommit."),
    ])], must_not=["NL102"],
    why="VGR: the hedge is only under the hidden sökord Tidiga hypoteser.")

C("th-sokord-vgr-alkoholrelaterad-kognitiv-svikt", "vgr", "1960-10-01", "430", [
    N("v_ger_alingsas", "Läkaranteckning", "Olof Sahlin", "läkare", "2024-09-06 13:40", "2024-09-06 14:20", "slutenvård", [
        ("Aktuellt", "Vårdas för fallskada, minnesstörning noterad av personalen."),
        ("Tidiga hypoteser", "Möjlig alkoholrelaterad kognitiv svikt, CDT förhöjt. För tidigt att ta upp med pat."),
        ("Planering", "Tiamin iv, kognitiv screening efter fem dagars nykterhet."),
    ])], must_not=["NL102"],
    why="Geriatric VGR note: hypothesis kept under the Tidiga hypoteser sökord.")

C("th-sokord-vgr-barn-misstankt-duchenne", "vgr", "2019-04-03", "229", [
    N("v_barnneuro_dsbus", "Läkaranteckning", "Lars Öberg", "läkare", "2024-01-31 10:00", "2024-01-31 11:00", "öppenvård", [
        ("Aktuellt", "4-årig pojke, sen gångdebut och svårt att resa sig från golvet. CK 12 000."),
        ("Tidiga hypoteser", "Misstänkt Duchennes muskeldystrofi, genetisk analys beställd."),
        ("Planering", "Återbesök med föräldrarna när svaret kommit, fysioterapeutbedömning."),
    ])], must_not=["NL102"],
    why="Paediatric VGR: hypothesis hidden from guardians under the Tidiga hypoteser sökord.")

C("th-mall-skane-onh-misstankt-akusticusneurinom", "skane", "1965-05-08", "174", [
    N("s_onh_lund", "Tidiga hypoteser", "Klas Berggren", "läkare", "2024-04-17 11:10", "2024-04-17 11:20", "öppenvård", [
        ("Hypotes", "Ensidig sensorineural hörselnedsättning hö. Misstänkt akusticusneurinom, MR bokad."),
    ])], must_not=["NL102"],
    why="Skåne Tidiga hypoteser template in ENT: hidden suspicion.")

C("neuro-typo-inga-tecekn-pa-meningit", "vgr", "2003-09-30", "376", [
    N("v_akut_sahl", "Akutanteckning", "Martin Holm", "läkare", "2024-10-19 21:00", "2024-10-19 22:10", "akutmottagning", [
        ("Bedömning", "Huvudvärk och feber, ingen nackstyvhet. Inga tecekn på meningit, influensa B positiv."),
    ])], must_not=["NL102"],
    why="Typo 'tecekn' in a negation: still 'inga tecken på'.")

C("hud-malignitet-kan-uteslutas", "skane", "1981-06-29", "235", [
    N("s_hud_lund", "Läkaranteckning", "Vera Holmqvist", "läkare", "2024-05-29 10:00", None, "öppenvård", [
        ("Bedömning", "Dermatoskopiskt typiskt dermatofibrom. Malignitet kan uteslutas, ingen åtgärd."),
    ])], must_not=["NL102"],
    why="'kan uteslutas' (without 'ej') rules the diagnosis out.")

C("akut-fragetecken-pneumoni-nej", "vgr", "1969-11-18", "208", [
    N("v_akut_nu", "Akutanteckning", "Jesper Lind", "läkare", "2024-01-03 15:40", "2024-01-03 16:15", "akutmottagning", [
        ("Bedömning", "Pneumoni? Nej – lungröntgen utan infiltrat och CRP 9. Akut bronkit."),
        ("Åtgärd", "Hostmedicin, ingen antibiotika."),
    ])], must_not=["NL102"],
    why="A question answered 'Nej' in the same line is a ruled-out diagnosis.")

C("barn-celiaki-utesluten-2022", "vgr", "2014-07-14", "195", [
    N("v_barn_dsbus", "Läkaranteckning", "Linda Persson", "läkare", "2024-06-03 11:20", "2024-06-03 11:50", "öppenvård", [
        ("Anamnes", "Celiaki utesluten 2022 med normalt transglutaminas."),
        ("Bedömning", "Funktionell buksmärta hos 9-åring, normalt status och tillväxt."),
    ])], must_not=["NL102"],
    why="Paediatric past history: an excluded diagnosis.")

C("kirmott-misstanke-om-brostcancer-avskriven", "vgr", "1991-02-22", "417", [
    N("v_kirmott_sahl", "Läkaranteckning", "Henrik Dahl", "läkare", "2024-03-20 14:00", "2024-03-20 14:20", "öppenvård", [
        ("Bedömning", "Misstanke om bröstcancer avskriven, mellannålsbiopsin visar fibroadenom."),
        ("Planering", "Ingen kontroll behövs, åter vid förändring."),
    ])], must_not=["NL102"],
    why="Suspicion written off: the benign diagnosis is settled.")

C("med-ej-misstanke-om-dvt", "skane", "1958-05-21", "243", [
    N("s_med_ystad", "Läkaranteckning", "Hugo Tell", "läkare", "2024-05-07 10:30", None, "slutenvård", [
        ("Bedömning", "Ej misstanke om DVT, vaderna mjuka och lika. Ödem av kalciumantagonist."),
        ("Planering", "Byter Amlodipin till Enalapril."),
    ])], must_not=["NL102"],
    why="Negated: 'Ej misstanke om'.")

C("onkavd-utan-tecken-pa-infektion", "vgr", "1966-12-09", "351", [
    N("v_onkavd_jubileum", "Omvårdnadsanteckning", "Sara Björk", "sjuksköterska", "2024-06-29 15:10", "2024-06-29 15:30", "slutenvård", [
        ("Omvårdnad", "PICC-line-insticket utan tecken på infektion, förband bytt. Pat får cytostatika enligt plan."),
    ])], must_not=["NL102"],
    why="'utan tecken på' is a negation.")

C("inf-covid-negativ", "skane", "1945-01-25", "188", [
    N("s_inf_mal", "Läkaranteckning", "Alexander Moberg", "läkare", "2024-01-10 08:30", "2024-01-10 08:50", "slutenvård", [
        ("Bedömning", "Influensa A bekräftad med PCR, covid-19 negativ. Tamiflu insatt."),
    ])], must_not=["NL102"],
    why="Confirmed and negative results only.")

C("lung-pneumoni-ev-ny-rontgen", "vgr", "1952-08-31", "474", [
    N("v_lung_sahl", "Läkaranteckning", "Ingrid Backman", "läkare", "2024-04-09 13:20", "2024-04-09 13:40", "öppenvård", [
        ("Bedömning", "Pneumoni hö underlob, nu utläkt kliniskt."),
        ("Planering", "Ev. ny lungröntgen om sex veckor om fortsatt hosta."),
    ])], must_not=["NL102"],
    why="'Ev.' concerns a follow-up X-ray, not the diagnosis.")

C("rehab-fragetecken-logistik", "vgr", "1957-03-26", "295", [
    N("v_rehab_hogsbo", "Fysioterapeutanteckning", "Josef Wallin", "fysioterapeut", "2024-07-24 11:00", "2024-07-24 11:30", "slutenvård", [
        ("Aktivitet", "Går 40 m med rollator och tillsyn, trappa med ledstång åtta steg."),
        ("Planering", "Hembesök med arbetsterapeut nästa vecka? Stämmer av med teamet på torsdag."),
    ])], must_not=["NL102"],
    why="A question mark about logistics, no diagnosis.")

C("psyk-ingen-misstanke-om-psykos", "skane", "1986-06-11", "139", [
    N("s_psyk_lund", "Läkaranteckning", "Fredrik Ahlgren", "läkare", "2024-06-06 13:00", "2024-06-06 13:40", "psykiatrisk öppenvård", [
        ("Bedömning", "Generaliserat ångestsyndrom. Ingen misstanke om psykos, verklighetsförankrad."),
        ("Planering", "KBT-grupp, Sertralin 50 mg."),
    ])], must_not=["NL102"],
    why="Psychiatry: negated psychosis beside a confirmed diagnosis.")

C("kvinno-inga-tecken-pa-endometrios", "vgr", "1994-04-17", "226", [
    N("v_kvinno_nu", "Operationsberättelse", "Marie Lundin", "läkare", "2024-10-23 12:30", "2024-10-23 13:15", "slutenvård", [
        ("Fynd", "Diagnostisk laparoskopi: normala ovarier och tubor, inga tecken på endometrios i bäckenet."),
    ])], must_not=["NL102"],
    why="Operative note with a negated diagnosis.")

C("pat-egen-misstanke-borrelia-bekraftad-em", "skane", "1974-08-26", "371", [
    N("s_inf_mal", "Läkaranteckning", "Alexander Moberg", "läkare", "2024-07-17 10:10", "2024-07-17 10:30", "öppenvård", [
        ("Aktuellt", "Söker då hon själv tror att fästingbettet gett borrelia."),
        ("Bedömning", "Erythema migrans vä lår, klinisk diagnos. Fenoximetylpenicillin i tio dagar."),
    ])], must_not=["NL102"],
    why="The patient's own worry, and the clinician's diagnosis is settled.")

C("multi-hedge-sedan-bekraftat", "vgr", "1963-09-04", "525", [
    N("v_reum_lidkoping", "Läkaranteckning", "Gunnar Wiklund", "läkare", "2024-02-15 10:00", "2024-02-15 10:30", "öppenvård", [
        ("Bedömning", "Svullna MCP-leder bilateralt. Trolig reumatoid artrit, serologi tagen."),
    ], nid="n1"),
    N("v_reum_lidkoping", "Läkaranteckning", "Gunnar Wiklund", "läkare", "2024-03-07 10:00", "2024-03-07 10:30", "öppenvård", [
        ("Bedömning", "RF och anti-CCP positiva. Seropositiv reumatoid artrit, pat informerad."),
        ("Planering", "Metotrexat start, kontroll om fyra veckor."),
    ], nid="n2"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2")],
    why="Two notes: the first is hedged (NL102), the follow-up states the settled diagnosis (no NL102).")

C("multi-visible-hanvisar-till-th-mall", "skane", "1959-06-02", "482", [
    N("s_neuro_lund", "Läkaranteckning", "Rikard Lönn", "läkare", "2024-08-19 14:00", "2024-08-19 14:40", "öppenvård", [
        ("Aktuellt", "Tilltagande gångsvårigheter och fall, tre kilo viktnedgång."),
        ("Planering", "MR hjärna och nervledningsundersökning beställda. Återbesök när svaren kommit."),
    ], nid="n1"),
    N("s_neuro_lund", "Tidiga hypoteser", "Rikard Lönn", "läkare", "2024-08-19 14:45", "2024-08-19 14:50", "öppenvård", [
        ("Hypotes", "Möjlig multipel systematrofi, DD atypisk parkinsonism."),
    ], nid="n2"),
], must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="Skåne: symptoms in the visible note, the hypothesis in a separate Tidiga hypoteser note.")
# ---------------------------------------------------------------- long NL102 near misses
C("epikris-long-bekraftade-diagnoser-icke-diagnostiska-hedgar", "skane", "1942-04-07", "318", [
    N("s_med_hbg", "Epikris", "Erik Malm", "läkare", "2024-11-14 14:00", "2024-11-15 09:30", "slutenvård", [
        ("Vårdtid", "2024-11-06 – 2024-11-14, medicinavdelning 3."),
        ("Diagnoser", "Hjärtsvikt med nedsatt ejektionsfraktion, dekompenserad (I50.1). Förmaksflimmer med snabb överledning (I48.9). Akut njursvikt på kronisk njursvikt stadium 3b (N17.9, N18.3)."),
        ("Sammanfattning", "82-årig kvinna som inkom med tilltagande andfåddhet, ortopné och bensvullnad sedan två veckor. Vid ankomst förmaksflimmer med kammarfrekvens 140, saturation 89 % på luft och lungröntgen med stas och bilaterala pleuravätskor. NT-proBNP 9800. Eko visade ejektionsfraktion 30 % och måttlig mitralisinsufficiens. Behandlades med Furix intravenöst med god diures, viktnedgång 6 kg under vårdtiden. Frekvensreglerad med Metoprolol och Digoxin, antikoagulation med Eliquis i reducerad dos efter njurfunktionen. Kreatinin steg från 140 till 210 under den mest intensiva diuretikabehandlingen men sjönk till 155 vid utskrivningen. Pneumoni uteslöts med normalt CRP och prokalcitonin. Mobiliserad med fysioterapeut och går nu med rollator inomhus."),
        ("Läkemedelsförändringar", "Nyinsatt: Metoprolol 100 mg, Eliquis 2,5 mg x 2, Furix 40 mg x 2, Spironolakton 25 mg. Utsatt: Amlodipin och Naproxen. Digoxin avslutad före hemgång."),
        ('Status vid utskrivning', 'Opåverkad, saturation 95 % på luft, inga rassel, lätta ankelödem kvar. Vikt 61,4 kg vid utskrivningen mot 67,5 kg vid ankomsten. BT 118/70, puls 78 oregelbunden.'),
        ('Hemsituation', 'Bor ensam i lägenhet med hiss i Helsingborg, dottern bor nära och hjälper till. Hemtjänst med tillsyn en gång per dag finns sedan tidigare.'),
        ('Lab vid utskrivning', 'Kreatinin 155, kalium 4,4, natrium 136, Hb 124.'),
        ('Omvårdnad vid utskrivning', 'Klarar på- och avklädning själv, behöver tillsyn i duschen. Har fått skriftlig information om vätskerestriktion på en och en halv liter per dygn och en våg har beställts via hemtjänsten.'),
        ("Uppföljning", "Hjärtsviktssjuksköterska ringer inom en vecka och kontrollerar vikt och symtom. Kreatinin och kalium på vårdcentralen om en vecka. Ev. tillägg av SGLT2-hämmare när njurfunktionen stabiliserats, tas ställning till vid återbesök på hjärtmottagningen. Trol. kommer hon behöva hemtjänst med inköp, biståndshandläggare kontaktad. Kardioversion kan bli aktuell senare om symtomen kvarstår trots frekvensreglering."),
        ("Information", "Patienten och dottern informerade om diagnoserna, läkemedelsförändringarna och om att väga sig dagligen och höra av sig vid viktökning över två kilo på tre dagar."),
    ])], must_not=["NL102"],
    why="Long discharge summary: all diagnoses settled; 'Ev.', 'Trol.', 'kan bli aktuell' concern treatment and services only.")

C("pmo-vc-long-flera-hedgade-diagnoser", "skane", "1973-05-15", "207", [
    N("p_vc_ystad", "Läkaranteckning", "Cecilia Rosén", "läkare", "2024-09-27 10:00", "2024-09-27 11:20", "öppenvård", [
        ("Kontaktorsak", "Trötthet, ledvärk och viktuppgång sedan i våras."),
        ("Anamnes", "51-årig kvinna, arbetar som förskollärare. Tidigare frisk bortsett från migrän. Sedan i maj trötthet som inte blir bättre av sömn, ökad frusenhet, torr hud och förstoppning. Viktuppgång 6 kg utan ändrade matvanor. Stelhet och värk i fingrarnas småleder på morgnarna, ungefär en halvtimme. Menstruationerna har blivit oregelbundna sedan ett år och hon har svettningar nattetid. Nedstämd emellanåt men inga dödstankar, sover bra. Mamman har hypotyreos, mormor hade reumatism."),
        ("Status", "AT: Gott. BT 138/86, puls 62. Thyreoidea: lätt förstorad, mjuk, ingen knöl. Leder: ingen synovit, lätt ömhet över MCP 2–3 bilateralt. Hud: torr på underbenen. Neurologiskt ua."),
        ("Lab", "TSH 11,2, fritt T4 9, TPO-antikroppar förhöjda, Hb 121, ferritin 14, CRP 3, SR 18, RF negativ."),
        ('Levnadsvanor', 'Promenerar med hunden dagligen, röker inte, alkohol några glas vin i veckan. Äter regelbundet, mycket grönsaker och lite rött kött.'),
        ('Läkemedel', 'Sumatriptan vid migrän, inga andra läkemedel och inga naturläkemedel.'),
        ('Social', 'Gift, två tonårsbarn. Hög arbetsbelastning på förskolan sedan en kollega blivit sjukskriven, men trivs i grunden på jobbet.'),
        ('Information', 'Pat informerad om provsvaren och om att sköldkörteln sannolikt förklarar en stor del av besvären. Hon är lättad över att det finns en förklaring och vill vänta med sjukskrivning.'),
        ('Uppföljning', 'Distriktssköterskan tar nya prover, telefontid bokas när svaren har kommit.'),
        ("Bedömning", "Trolig hypotyreos av autoimmun genes, sannolikt Hashimotos tyreoidit. Järnbrist utan tydlig anemi, möjligen pga rikliga menstruationer. Ledbesvären talar mot reumatoid artrit med negativ RF och normalt CRP men kan ej helt uteslutas, anti-CCP tillagt. DD perimenopausala besvär som bidragande orsak till trötthet och svettningar."),
        ('Psykiskt', 'Ibland nedstämd och lättirriterad, men har glädje i familj och fritid. Inga tankar på att ta sitt liv. Oroar sig mest för att tröttheten ska påverka arbetet.'),
        ("Planering", "Levaxin 50 mikrog, ny TSH om sex veckor. Järntabletter i tre månader. Anti-CCP skickat, svar per brev. Återbesök om sex veckor för att värdera effekt. Gynekologisk bedömning vid kvarstående blödningsrubbning."),
    ])], must_not=["NL102"],
    why="Long PMO primary-care note full of hedged diagnoses: PMO never shows diagnoses.")

C("ger-long-vgr-hypotes-under-th-sokord", "vgr", "1937-10-20", "149", [
    N("v_ger_molndal", "Läkaranteckning", "Birgitta Svensson", "läkare", "2024-12-04 11:00", "2024-12-04 13:15", "slutenvård", [
        ("Kontaktorsak", "Inlagd för fall i hemmet och allmän funktionsnedsättning."),
        ("Anamnes", "87-årig änkling, bor ensam i lägenhet på tredje våningen med hiss. Hemtjänst två gånger per dag sedan i somras. Har fallit tre gånger senaste månaden, senast i förrgår då han låg på golvet i flera timmar innan hemtjänsten hittade honom. Tidigare hypertoni, prostatahyperplasi och katarakt. Dottern som bor i Kungsbacka upplever att han blivit mer glömsk och att han har gått ned i vikt. Han själv menar att han mår som vanligt men att benen inte bär."),
        ("Läkemedel", "Amlodipin 10 mg, Tamsulosin 0,4 mg, Zopiklon 5 mg till natten, Alvedon vid behov."),
        ("Status", "AT: Gott men avmagrad, BMI 19. Orienterad till person och plats men inte till tid. Cor: RR 76, systoliskt blåsljud 2/6. BT liggande 142/80, stående efter tre minuter 112/68 med yrsel. Pulm: ua. Buk: ua. Neurologiskt: ingen pares, lätt bradykinesi, ingen rigiditet. Gång: breddökad, kort steglängd, osäker vändning."),
        ("Lab", "Hb 112, MCV 104, B12 148, folat lågt, kreatinin 96, natrium 131, CRP 6, albumin 31."),
        ('Omvårdnad', 'Behöver hjälp av en person vid förflyttning och toalettbesök. Äter halva portionerna och vägs två gånger per vecka. Sov oroligt första natten men hittar rätt på rummet.'),
        ('Information', 'Pat informerad om läkemedelsförändringarna och om att vi gör en röntgenundersökning av huvudet för att se om något förklarar gångsvårigheterna. Dottern informerad per telefon med hans tillåtelse.'),
        ("Bedömning", "Fallbenägenhet av multifaktoriell genes med ortostatisk blodtrycksfall, sederande läkemedel och nedsatt nutrition. B12- och folatbrist med makrocytär anemi. Kognitiv svikt noteras, närmare värdering görs efter det akuta skedet."),
        ("Tidiga hypoteser", "Möjlig normaltryckshydrocefalus med tanke på gångmönstret och kognitionen, DD vaskulär demens. Tas inte upp med pat förrän DT hjärna är gjord."),
        ("Planering", "Amlodipin och Zopiklon sätts ut, Tamsulosin tas till kvällen. B12-injektioner och folsyra. Dietistkontakt och näringsdryck. Fysioterapeut och arbetsterapeut bedömer förflyttningar och hemsituation. DT hjärna beställd. Kognitiv screening när han är återhämtad. Samtal med dottern på fredag om hemsituationen."),
    ])], must_not=["NL102"],
    why="Long VGR geriatric note: the only hedged diagnoses are under the hidden Tidiga hypoteser sökord.")

C("rehab-long-hereditet-och-tidigare-hedgar", "skane", "1967-01-31", "293", [
    N("s_rehab_lund", "Läkaranteckning", "Petra Lundberg", "läkare", "2024-10-01 09:00", "2024-10-01 11:30", "slutenvård", [
        ("Kontaktorsak", "Inskrivning för slutenvårdsrehabilitering efter subaraknoidalblödning."),
        ("Anamnes", "57-årig man, civilingenjör, gift med två vuxna barn. Insjuknade 28/8 med åskknallshuvudvärk på gymmet. DT visade subaraknoidalblödning från ett aneurysm på arteria communicans anterior som coilades samma kväll. Förloppet komplicerades av hydrocefalus med tillfälligt ventrikeldränage, avvecklat efter tio dagar. Ingen vasospasm. Tidigare frisk bortsett från hypertoni. Utreddes 2016 för misstänkt sömnapné men polygrafin var normal. Har haft ryggbesvär sedan tjugoårsåldern."),
        ("Hereditet", "Modern dog hastigt 61 år gammal, troligen av hjärnblödning, obducerades inte. Morbror har polycystisk njursjukdom."),
        ("Aktuellt", "Går självständigt korta sträckor men blir snabbt trött. Klagar på koncentrationssvårigheter och ljudkänslighet, svårt att följa samtal när flera pratar. Sover mycket dagtid. Lätt huvudvärk på eftermiddagarna som svarar på Alvedon. Ingen kräkning, inga kramper."),
        ("Status", "Vaken, orienterad. Långsamt tempo i samtal, tappar tråden ibland. Kranialnerver ua. Ingen pares, normal koordination. Gång stabil, klarar tandemgång med viss osäkerhet. BT 136/84."),
        ('Funktion', 'Klarar personlig hygien och påklädning självständigt men behöver påminnelser. Har svårt att planera aktiviteter i flera steg och har glömt spisen på permission enligt hustrun. Kör inte bil och är informerad om körförbud.'),
        ('Läkemedel', 'Enalapril 10 mg, Alvedon 1 g vid behov, Nimodipin avslutad efter 21 dagar.'),
        ('Mål', 'Pat vill kunna återgå till arbetet som civilingenjör på deltid och orka umgås med barnbarnet. Delmål är att klara en promenad på 30 minuter och ett strukturerat dagschema.'),
        ('Information', 'Pat och hustru informerade om rehabiliteringsupplägget och om att tröttheten efter en subaraknoidalblödning ofta förbättras under det första året.'),
        ("Bedömning", "Kognitiv påverkan och uttalad fatigue efter subaraknoidalblödning från coilat aneurysm. Inga tecken på ny blödning eller på shuntkrävande hydrocefalus. Hypertoni, välbehandlad."),
        ('Sömn', 'Somnar lätt men vaknar tidigt, sover en till två timmar på eftermiddagen.'),
        ("Planering", "Teamrehabilitering med arbetsterapeut, fysioterapeut, neuropsykolog och kurator i fyra veckor. Neuropsykologisk testning vecka 2. Energibesparande strategier och schemalagd vila. Kontroll-MR angiografi om sex månader enligt neurokirurgens plan. Familjesamtal med hustrun vecka 3. Ställningstagande till screening av första gradens släktingar för aneurysm tas upp med neurokirurgen."),
    ])], must_not=["NL102"],
    why="Long rehab admission note: hedges only in family history and a refuted past work-up; current diagnoses settled or negated.")


# ================================================================ write + validate
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_PNR = re.compile(r"^(\d{8})-(\d{4})$")
_CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
_REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
_NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    sentences = {}
    for c in cases:
        name = c.get("case", "?")
        p = lambda msg: problems.append("%s: %s" % (name, msg))
        if set(c) != _CASE_KEYS:
            p("case keys %s" % sorted(c))
            continue
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", name):
            p("case name not kebab-case")
        if name in names:
            p("duplicate case name")
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            p("unknown ruleset")
        if not c["why"] or "\n" in c["why"]:
            p("why must be one line")
        rec = c["record"]
        if set(rec) != _REC_KEYS:
            p("record keys %s" % sorted(rec))
            continue
        pat = rec["patient"]
        if set(pat) != {"id", "birth_date", "protected_identity"}:
            p("patient keys")
        m = _PNR.match(pat["id"])
        if not m:
            p("personnummer format")
        else:
            digits = (m.group(1) + m.group(2))[2:]
            if _luhn_digit(digits[:9]) != digits[9]:
                p("personnummer Luhn")
            if m.group(1) != pat["birth_date"].replace("-", ""):
                p("personnummer does not match birth_date")
        as_of = _dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            p("as_of not in 2024")
        note_ids = {}
        for n in rec["notes"]:
            if set(n) != _NOTE_KEYS:
                p("note keys %s" % sorted(n))
                continue
            if n["id"] in note_ids:
                p("duplicate note id")
            note_ids[n["id"]] = n
            t = _dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                p("note time not in 2024")
            if n["signed"] is not None:
                s = _dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    p("signed not in 2024 or before time")
            if t > as_of:
                p("note after as_of")
            if n["system"] not in ("Melior", "PMO"):
                p("system")
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                p("VGR note must be Melior")
            unit_region = [u[3] for u in UNITS.values() if u[0] == n["unit"]["name"]]
            if unit_region != [c["ruleset"]]:
                p("unit region does not match ruleset")
            if 13 <= _age(pat["birth_date"], t) <= 15:
                p("patient aged 13-15")
            if not n["sections"]:
                p("note without sections")
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["text"].strip():
                    p("bad section")
                    continue
                for sent in _SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (name, n["id"], sec["keyword"]):
                            p("sentence repeated (also in %s): %r" % (sentences[sent][0], sent))
                        sentences.setdefault(sent, (name, n["id"], sec["keyword"]))
        seen = set()
        for kind in ("must", "must_not"):
            for tgt in c[kind]:
                if not (isinstance(tgt, list) and len(tgt) == 2):
                    p("bad target")
                    continue
                code, nid = tgt
                if code not in ("NL101", "NL102"):
                    p("unexpected code %s" % code)
                if nid not in note_ids:
                    p("target %s does not exist" % nid)
                    continue
                if (code, nid) in seen:
                    p("target %s/%s asserted twice" % (code, nid))
                seen.add((code, nid))
                sysname = note_ids[nid]["system"]
                if code == "NL101" and sysname == "PMO":
                    p("NL101 asserted on a PMO note")
                if code == "NL102" and kind == "must" and sysname != "Melior":
                    p("NL102 must on a non-Melior note")
        if not c["must"] and not c["must_not"]:
            p("case asserts nothing")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, NAME + ".jsonl")
    problems = validate(CASES)
    if problems:
        for pr in problems:
            print("PROBLEM " + pr, file=sys.stderr)
        sys.exit(1)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read and validate what was written
    with open(out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh if line.strip()]
    problems = validate(back)
    if problems or len(back) != len(CASES):
        for pr in problems:
            print("PROBLEM " + pr, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in back:
        for kind in ("must", "must_not"):
            for code, _nid in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(back), out))
    for code in ("NL101", "NL102"):
        print("%s must %d must_not %d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
