#!/usr/bin/env python3
"""dev56: the shortest notes (one-liners, two-liners) for NL101/NL102.

Standard library only, deterministic. Writes nl1_dev56_cases.jsonl next to this file and
validates the set; exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev56_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

# key: (name, hsa, system, ruleset, default setting)
UNITS = {
    # Skåne, Melior (hospitals)
    "s_inf": ("Infektionskliniken avd 1, Skånes universitetssjukhus Malmö", SK + "4QF1", "Melior", "skane", "slutenvård"),
    "s_med_krs": ("Medicinkliniken avd 24, Centralsjukhuset Kristianstad", SK + "7KM2", "Melior", "skane", "slutenvård"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SK + "2HB8", "Melior", "skane", "öppenvård"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "1AL5", "Melior", "skane", "öppenvård"),
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "9HD3", "Melior", "skane", "öppenvård"),
    "s_kir_ystad": ("Kirurgiska kliniken avd 6, Ystads lasarett", SK + "5YK6", "Melior", "skane", "slutenvård"),
    "s_barn_hlm": ("Barn- och ungdomsmedicinska mottagningen, Hässleholms sjukhus", SK + "3BH4", "Melior", "skane", "öppenvård"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", SK + "8BA1", "Melior", "skane", "öppenvård"),
    "s_orto_tbg": ("Ortopedmottagningen, Trelleborgs lasarett", SK + "6OT2", "Melior", "skane", "öppenvård"),
    "s_orto_avd": ("Ortopedkliniken avd 13, Helsingborgs lasarett", SK + "6OH9", "Melior", "skane", "slutenvård"),
    "s_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "2UM7", "Melior", "skane", "öppenvård"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "4LL8", "Melior", "skane", "öppenvård"),
    "s_ger_lkr": ("Geriatriska kliniken, Landskrona lasarett", SK + "7GL3", "Melior", "skane", "slutenvård"),
    "s_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "1HM6", "Melior", "skane", "öppenvård"),
    "s_reuma_malmo": ("Reumatologimottagningen, Skånes universitetssjukhus Malmö", SK + "3RM5", "Melior", "skane", "öppenvård"),
    "s_gastro_krs": ("Gastroenterologimottagningen, Centralsjukhuset Kristianstad", SK + "8GK2", "Melior", "skane", "öppenvård"),
    "s_psyk_lund": ("Allmänpsykiatrisk mottagning Lund", SK + "5PL4", "Melior", "skane", "öppenvård"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "9NH1", "Melior", "skane", "öppenvård"),
    "s_kvinno_hbg": ("Kvinnokliniken mottagning, Helsingborgs lasarett", SK + "2KH6", "Melior", "skane", "öppenvård"),
    "s_onh_angel": ("Öron-, näs- och halsmottagningen, Ängelholms sjukhus", SK + "4ÖÄ3", "Melior", "skane", "öppenvård"),
    "s_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "6ON8", "Melior", "skane", "öppenvård"),
    # Skåne, PMO (primary care)
    "p_linero": ("Vårdcentralen Linero, Lund", SK + "P1L2", "PMO", "skane", "öppenvård"),
    "p_kirseberg": ("Vårdcentralen Kirseberg, Malmö", SK + "P3K7", "PMO", "skane", "öppenvård"),
    "p_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "P5N4", "PMO", "skane", "öppenvård"),
    "p_bvc_hoor": ("BVC Höör", SK + "P2B9", "PMO", "skane", "öppenvård"),
    "p_um_ystad": ("Ungdomsmottagningen Ystad", SK + "P8U1", "PMO", "skane", "öppenvård"),
    "p_hsv_eslov": ("Hemsjukvården Eslöv", SK + "P6H3", "PMO", "skane", "öppenvård"),
    "p_bjuv": ("Vårdcentralen Bjuv", SK + "P4J8", "PMO", "skane", "öppenvård"),
    "p_simris": ("Vårdcentralen Simrishamn", SK + "P7S5", "PMO", "skane", "öppenvård"),
    "p_tagaborg": ("Vårdcentralen Tågaborg, Helsingborg", SK + "P9T6", "PMO", "skane", "öppenvård"),
    # VGR, Melior (hospitals and primary care)
    "v_med_su": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset", VG + "M1S4", "Melior", "vgr", "öppenvård"),
    "v_medavd_su": ("Medicinavdelning 135, Sahlgrenska Universitetssjukhuset", VG + "M2A7", "Melior", "vgr", "slutenvård"),
    "v_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "A3B1", "Melior", "vgr", "öppenvård"),
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "A4S9", "Melior", "vgr", "öppenvård"),
    "v_inf_ostra": ("Infektionsavdelning 31, Sahlgrenska Universitetssjukhuset/Östra", VG + "I5Ö2", "Melior", "vgr", "slutenvård"),
    "v_barnakut": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", VG + "B6D3", "Melior", "vgr", "öppenvård"),
    "v_kir_sks": ("Kirurgavdelning 5, Skaraborgs Sjukhus Skövde", VG + "K7S8", "Melior", "vgr", "slutenvård"),
    "v_hud_nal": ("Hudmottagningen, NU-sjukvården NÄL Trollhättan", VG + "H8N5", "Melior", "vgr", "öppenvård"),
    "v_orto_alings": ("Ortopedmottagningen, Alingsås lasarett", VG + "O9A6", "Melior", "vgr", "öppenvård"),
    "v_kvinno_kungalv": ("Gynekologmottagningen, Kungälvs sjukhus", VG + "G1K3", "Melior", "vgr", "öppenvård"),
    "v_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "L2S7", "Melior", "vgr", "öppenvård"),
    "v_ger_molndal": ("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "G3M1", "Melior", "vgr", "slutenvård"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "N4S2", "Melior", "vgr", "öppenvård"),
    "v_uro_udd": ("Urologmottagningen, NU-sjukvården Uddevalla sjukhus", VG + "U5U8", "Melior", "vgr", "öppenvård"),
    "v_onh_sas": ("Öron-näsa-halsmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "Ö6B4", "Melior", "vgr", "öppenvård"),
    "v_reuma_sks": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", VG + "R7S3", "Melior", "vgr", "öppenvård"),
    "v_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "J8S6", "Melior", "vgr", "öppenvård"),
    "v_vc_lerum": ("Vårdcentralen Lerum", VG + "V1L9", "Melior", "vgr", "öppenvård"),
    "v_vc_majorna": ("Vårdcentralen Majorna", VG + "V2M5", "Melior", "vgr", "öppenvård"),
    "v_vc_tidaholm": ("Vårdcentralen Tidaholm", VG + "V3T1", "Melior", "vgr", "öppenvård"),
    "v_vc_stromstad": ("Vårdcentralen Strömstad", VG + "V4S7", "Melior", "vgr", "öppenvård"),
    "v_vc_hjallbo": ("Vårdcentralen Hjällbo", VG + "V5H2", "Melior", "vgr", "öppenvård"),
}

NAMES = {
    "läkare": ["Anna Lindqvist", "Johan Berglund", "Sara Nilsson", "Mikael Ekström", "Fatima Haddad",
               "Per Holmgren", "Elin Sjöberg", "Ali Rezaei", "Karin Åberg", "Henrik Dahl",
               "Maria Persson", "Oskar Lund", "Lina Hadžić", "Gustav Engström", "Nora Svensson"],
    "sjuksköterska": ["Lena Johansson", "Emma Karlsson", "Jonas Wikström", "Malin Olsson",
                      "Sofia Andersson", "Camilla Borg"],
    "distriktssköterska": ["Britt Holm", "Eva Sandberg"],
    "barnmorska": ["Helena Falk", "Ida Strand"],
}

MUST = "must"
NOT = "must_not"

# Each case: name, unit, template, role, age, sections, asserts, why, [opts]
# asserts: list of (kind, code[, note id])
CASES = [
    # ------------------------------------------------------------------ NL102 must
    dict(name="d56-rond-trol-uvi-selexid", unit="s_med_krs", tpl="Rondanteckning", age=82,
         sec=[("Aktuellt", "Rond: feberfri sedan igår, CRP sjunker 143 -> 61, trol. UVI, fortsätter Selexid.")],
         a=[(MUST, "NL102"), (NOT, "NL101")],
         why="telegraphic ward-round line with 'trol. UVI' in a visible Skåne Melior note; nothing said about telling"),
    dict(name="d56-bedomning-bara-fragetecken-pneumoni", unit="v_akut_sas", tpl="Akutanteckning", age=67,
         sec=[("Bedömning", "?pneumoni")],
         a=[(MUST, "NL102")],
         why="a heading and a fragment: '?pneumoni' alone under Bedömning in VGR Melior"),
    dict(name="d56-misstanke-falt-erythema-migrans", unit="v_vc_lerum", tpl="Läkaranteckning", age=54,
         sec=[("Bedömning", "Misstanke: erythema migrans efter fästingbett vä vad. Doxyferm 100 mg 1x2 i 10 d.")],
         a=[(MUST, "NL102")],
         why="checklist field 'Misstanke:' followed by a diagnosis, VGR primary care in Melior"),
    dict(name="d56-fraga-falt-celiaki-barn", unit="s_barn_hlm", tpl="Mottagningsanteckning", age=7,
         sec=[("Utredning", "Fråga: celiaki? Transglutaminas-ak skickat, svar via mottagningen.")],
         a=[(MUST, "NL102")],
         why="'Fråga: celiaki?' is a frågeställning about the child's diagnosis, visible to guardians in Melior"),
    dict(name="d56-dd-appendicit-ovarialcysta", unit="v_akut_su", tpl="Akutanteckning", age=24, signed=False,
         sec=[("Bedömning", "Ont hö fossa sedan i morse. DD appendicit, ovarialcysta. Gyn-konsult + UL.")],
         a=[(MUST, "NL102")],
         why="'DD' list of two diagnoses in a visible Bedömning (unsigned draft)"),
    dict(name="d56-susp-erysipelas-kavepenin", unit="s_akut_hbg", tpl="Akutanteckning", age=71,
         sec=[("Bedömning", "Susp erysipelas vä underben, start Kåvepenin 1 g x 3 i 10 d.")],
         a=[(MUST, "NL102")],
         why="'Susp' without a dot before a diagnosis, one line in Skåne Melior"),
    dict(name="d56-lungemboli-kan-ej-uteslutas", unit="v_med_su", tpl="Läkaranteckning", age=58,
         sec=[("Bedömning", "Takykard, sat 91 %. Lungemboli kan ej uteslutas, DT-angio beställd.")],
         a=[(MUST, "NL102"), (NOT, "NL101")],
         why="'kan ej uteslutas' after the diagnosis keeps it open; nothing said about telling"),
    dict(name="d56-bild-som-vid-gikt", unit="s_reuma_malmo", tpl="Mottagningsanteckning", age=63,
         sec=[("Status", "Svullen, rodnad och öm MTP I hö."),
              ("Bedömning", "Bild som vid gikt, urat tas. Colchicin tills vidare.")],
         a=[(MUST, "NL102")],
         why="'Bild som vid gikt' is a hedged diagnosis in a two-line visible note"),
    dict(name="d56-forenligt-med-bppv", unit="v_onh_sas", tpl="Mottagningsanteckning", age=49,
         sec=[("Bedömning", "Pos Dix-Hallpike hö med rotatorisk nystagmus, förenligt med BPPV. Epleys manöver utförd på mott.")],
         a=[(MUST, "NL102")],
         why="'förenligt med BPPV' hedges the diagnosis in visible VGR text"),
    dict(name="d56-talar-for-migran", unit="s_neuro_hbg", tpl="Läkaranteckning", age=31,
         sec=[("Bedömning", "Halvsidig pulserande huvudvärk med ljuskänslighet, talar för migrän utan aura. Prova sumatriptan 50 mg.")],
         a=[(MUST, "NL102")],
         why="'talar för migrän' is a hedged diagnosis, visible in Skåne Melior"),
    dict(name="d56-obs-diabetes-fragetecken", unit="v_vc_tidaholm", tpl="Provsvarsanteckning", age=61,
         sec=[("Provsvar", "fP-glukos 7,4. Bed: obs diabetes? Nytt fP-glukos och HbA1c om 2 v.")],
         a=[(MUST, "NL102")],
         why="lab note 'Bed: obs diabetes?' with a question mark on the diagnosis"),
    dict(name="d56-provsvar-trol-jarnbristanemi", unit="s_gastro_krs", tpl="Provsvarsanteckning", age=45,
         sec=[("Provsvar", "Hb 96, MCV 72, ferritin 6. Bed: trol. järnbristanemi, gastroskopi + koloskopi planeras.")],
         a=[(MUST, "NL102")],
         why="'Provsvar … Bed: trol. järnbristanemi' in a visible Melior note"),
    dict(name="d56-typo-missankt-pyelonefrit", unit="v_akut_sas", tpl="Akutanteckning", age=38,
         sec=[("Bedömning", "Missänkt pyelonefrit, flanksmärta vä och feber 39,1. Odling, sen Ciprofloxacin.")],
         a=[(MUST, "NL102")],
         why="typo 'Missänkt' for misstänkt before a diagnosis, visible in VGR"),
    dict(name="d56-ssk-triage-typo-pnuemoni", unit="v_vc_majorna", tpl="Telefonanteckning", role="sjuksköterska", age=72,
         sec=[("Telefonkontakt", "Ssk-triage: hosta 1 v, temp 39,2, andfådd i trappor. ?pnuemoni, tid hos dr kl 14 idag.")],
         a=[(MUST, "NL102")],
         why="nurse triage line with '?pnuemoni' (typo for pneumoni), VGR primary care in Melior"),
    dict(name="d56-ev-dvt-ddimer", unit="s_akut_lund", tpl="Akutanteckning", age=66,
         sec=[("Bedömning", "Svullet vä ben sedan 3 d. Ev. DVT, D-dimer och UL.")],
         a=[(MUST, "NL102")],
         why="'Ev. DVT' puts ev. on a diagnosis, not on a plan"),
    dict(name="d56-mojlig-baltros", unit="v_hud_nal", tpl="Mottagningsanteckning", age=77, signed=False,
         sec=[("Bedömning", "Möjlig bältros th thorax, blåsor i dermatomutbredning. Valaciklovir.")],
         a=[(MUST, "NL102")],
         why="'Möjlig bältros' in a visible unsigned draft"),
    dict(name="d56-typo-sannolikt-viral-gastroentrit-barn", unit="s_barnakut_lund", tpl="Akutanteckning", age=4,
         sec=[("Bedömning", "Kräkts x 5, lös avföring, opåverkad. Sannolikt viral gastroentrit, vätskeschema hem.")],
         a=[(MUST, "NL102")],
         why="'Sannolikt' on a diagnosis misspelled 'gastroentrit', child under 13 so guardians read it"),
    dict(name="d56-inger-misstanke-om-lungcancer", unit="v_lung_su", tpl="Mottagningsanteckning", age=69,
         sec=[("Utredning", "DT thorax: 2 cm spikulerad förändring hö ovanlob som inger misstanke om lungcancer. Remiss bronkoskopi.")],
         a=[(MUST, "NL102"), (NOT, "NL101")],
         why="'inger misstanke om lungcancer' visible; the note says nothing about telling the patient"),
    dict(name="d56-kan-rora-sig-om-tia", unit="v_neuro_su", tpl="Läkaranteckning", age=74,
         sec=[("Bedömning", "Övergående talsvårighet 20 min igår. Kan röra sig om TIA, utreds enl PM.")],
         a=[(MUST, "NL102")],
         why="'Kan röra sig om TIA' is a hedged diagnosis in a visible section"),
    dict(name="d56-oklart-om-astma", unit="s_lung_lund", tpl="Läkaranteckning", age=27,
         sec=[("Bedömning", "Oklart om astma. Spirometri med reversibilitet bokas.")],
         a=[(MUST, "NL102")],
         why="'Oklart om astma' leaves the diagnosis open in visible text"),
    dict(name="d56-diagnosfalt-scaphoideum-fragetecken", unit="v_orto_alings", tpl="Mottagningsanteckning", age=19,
         sec=[("Diagnos", "Scaphoideumfraktur hö?"), ("Åtgärd", "Gips, ny rtg om 10 d.")],
         a=[(MUST, "NL102")],
         why="Diagnos field holding a diagnosis with a trailing '?'"),
    dict(name="d56-recept-trol-recidiverande-cystit", unit="s_uro_malmo", tpl="Receptförnyelse", age=57,
         sec=[("Åtgärd", "Receptförnyelse Furadantin. Bed: trol. recidiverande cystit, odling före nästa kur.")],
         a=[(MUST, "NL102")],
         why="prescription renewal with a one-line assessment 'trol. recidiverande cystit'"),
    dict(name="d56-recept-sannolik-refluxesofagit", unit="v_vc_stromstad", tpl="Receptförnyelse", age=52,
         sec=[("Åtgärd", "Förnyat Omeprazol 20 mg 1x1. Bed: sannolik refluxesofagit, gastroskopi om ej bättre.")],
         a=[(MUST, "NL102")],
         why="renewal plus 'sannolik refluxesofagit'; the conditional is on the gastroscopy, not on the diagnosis"),
    dict(name="d56-typo-trolgi-kolecystit", unit="s_kir_ystad", tpl="Daganteckning", age=48,
         sec=[("Bedömning", "Ont under hö arcus efter fet måltid, Murphy pos. Trolgi kolecystit, UL buk imorgon.")],
         a=[(MUST, "NL102")],
         why="typo 'Trolgi' for trolig before a diagnosis"),
    dict(name="d56-ffa-viral-oli-dd-otit", unit="v_barnakut", tpl="Akutanteckning", age=3,
         sec=[("Bedömning", "Feber 2 d, snuva, trumhinnor ua. Bed: ffa viral ÖLI, DD tidig otit.")],
         a=[(MUST, "NL102")],
         why="'ffa viral ÖLI, DD tidig otit' gives a differential diagnosis, child's note visible to guardians"),
    dict(name="d56-epikris-trol-delirium", unit="s_ger_lkr", tpl="Epikris", age=86,
         sec=[("Epikris", "Inkom med akut förvirring, trol. delirium pga förstoppning och UVI. Förbättrad, åter till SÄBO.")],
         a=[(MUST, "NL102")],
         why="a two-line epikris with 'trol. delirium' visible in Skåne Melior"),
    dict(name="d56-susp-bipolar-typ2", unit="s_psyk_lund", tpl="Läkaranteckning", age=34,
         sec=[("Bedömning", "Susp. bipolär sjukdom typ II, hypomana perioder enl anamnes.")],
         a=[(MUST, "NL102")],
         why="'Susp.' on a psychiatric diagnosis in an ordinary adult psychiatry note"),
    dict(name="d56-provsvar-b12-brist-fragetecken", unit="v_ger_molndal", tpl="Provsvarsanteckning", age=81,
         sec=[("Provsvar", "B12 98 pmol/L. Bed: B12-brist? Homocystein kompletteras.")],
         a=[(MUST, "NL102")],
         why="lab note with 'B12-brist?' as the assessment"),
    dict(name="d56-kan-inte-utesluta-menisk", unit="s_orto_tbg", tpl="Mottagningsanteckning", age=42, signed=False,
         sec=[("Bedömning", "Kan inte utesluta meniskskada, MR knä hö.")],
         a=[(MUST, "NL102")],
         why="'Kan inte utesluta' before the diagnosis, one line, unsigned draft"),
    dict(name="d56-differentialdiagnos-pmr", unit="v_reuma_sks", tpl="Mottagningsanteckning", age=73,
         sec=[("Bedömning", "Stelhet i skuldror och höfter, SR 58. Differentialdiagnos polymyalgia reumatika.")],
         a=[(MUST, "NL102")],
         why="'Differentialdiagnos' written in full before a diagnosis"),
    dict(name="d56-fragestallning-prostatacancer", unit="v_uro_udd", tpl="Mottagningsanteckning", age=66, signed=False,
         sec=[("Bedömning", "Frågeställning prostatacancer, PSA 9,8 och hård knöl vä lob. MR prostata.")],
         a=[(MUST, "NL102")],
         why="'Frågeställning prostatacancer' in visible text of an unsigned draft"),
    dict(name="d56-typo-trol-hjartsvict", unit="s_med_krs", tpl="Rondanteckning", age=79,
         sec=[("Aktuellt", "Rond: bensvullnad bilat, NT-proBNP 2400. Trol hjärtsvict, start Furix 40 mg.")],
         a=[(MUST, "NL102")],
         why="'Trol' without a dot on a misspelled diagnosis 'hjärtsvict'"),
    dict(name="d56-typo-sannolkit-pneumokockpneumoni", unit="v_inf_ostra", tpl="Rondanteckning", age=60,
         sec=[("Bedömning", "Sannolkit pneumokockpneumoni, Bensylpenicillin 3 g x 3.")],
         a=[(MUST, "NL102")],
         why="typo 'Sannolkit' for sannolikt before a diagnosis"),
    dict(name="d56-diagnosfalt-fraga-urosepsis", unit="s_inf", tpl="Inskrivningsanteckning", age=77,
         sec=[("Diagnos", "?urosepsis")],
         a=[(MUST, "NL102")],
         why="Diagnos field with only '?urosepsis'"),
    dict(name="d56-skane-sokord-th-skyddar-ej", unit="s_hem_lund", tpl="Läkaranteckning", age=46,
         sec=[("Aktuellt", "Trötthet och nattsvettningar i 2 mån."),
              ("Tidiga hypoteser", "Misstänkt lymfom, PET-DT beställd.")],
         a=[(MUST, "NL102")],
         why="Skåne protects by template, not by sökord: a 'Tidiga hypoteser' section in an ordinary note is visible"),
    dict(name="d56-vgr-mall-th-sokord-bedomning", unit="v_kir_sks", tpl="Tidiga hypoteser", age=67,
         sec=[("Bedömning", "Trol. pankreascancer, DT pankreas bokad.")],
         a=[(MUST, "NL102")],
         why="VGR protects by sökord: the template name alone leaves a 'Bedömning' with 'Trol.' visible"),
    dict(name="d56-typo-bedomnig-fraga-appendicit", unit="s_akut_lund", tpl="Akutanteckning", age=20,
         sec=[("Aktuellt", "Bedömnig: ?appendicit, kirurgjouren tillkallad.")],
         a=[(MUST, "NL102")],
         why="misspelled heading 'Bedömnig' inside the text, followed by '?appendicit'"),
    dict(name="d56-tva-anteckningar-th-sedan-synlig-sarkoidos", unit="v_lung_su", age=41,
         notes=[dict(tpl="Läkaranteckning", sec=[("Tidiga hypoteser", "Susp. sarkoidos, mediastinala körtlar på DT.")]),
                dict(tpl="Läkaranteckning", days=1, sec=[("Bedömning", "Sannolik sarkoidos, EBUS bokad.")])],
         a=[(NOT, "NL102", "n1"), (MUST, "NL102", "n2")],
         why="VGR: hypothesis kept under sökord Tidiga hypoteser in n1, then written hedged in a visible section in n2"),

    # ------------------------------------------------------------------ NL102 must_not
    dict(name="d56-ev-aterbesok-handeksem", unit="s_hud_lund", tpl="Mottagningsanteckning", age=29,
         sec=[("Planering", "Handeksemet bättre på Elocon. Ev. återbesök om 3 mån.")],
         a=[(NOT, "NL102")],
         why="'Ev.' sits on a visit; the eczema is confirmed"),
    dict(name="d56-dos-fragetecken-waran", unit="v_med_su", tpl="Telefonanteckning", role="sjuksköterska", age=76, signed=False,
         sec=[("Telefonkontakt", "INR 3,6. Waran-dos? Hoppar över kvällens dos, nytt INR fre.")],
         a=[(NOT, "NL102")],
         why="the '?' is on a dose, no diagnosis is hedged"),
    dict(name="d56-rtg-ingen-pneumoni", unit="s_akut_hbg", tpl="Akutanteckning", age=44,
         sec=[("Bedömning", "Rtg pulm: ingen pneumoni. Hem med hostråd.")],
         a=[(NOT, "NL102")],
         why="'ingen pneumoni' is a negation"),
    dict(name="d56-uvi-fragetecken-besvarat-nej", unit="v_vc_stromstad", tpl="Telefonanteckning", role="sjuksköterska", age=33,
         sec=[("Telefonkontakt", "UVI? Nej, U-sticka neg och odling utan växt.")],
         a=[(NOT, "NL102")],
         why="'UVI?' is answered 'Nej' in the same line: ruled out"),
    dict(name="d56-typo-dvt-avskirvs", unit="v_akut_su", tpl="Akutanteckning", age=51,
         sec=[("Bedömning", "Misstanke om DVT avskirvs, UL vä ben ua.")],
         a=[(NOT, "NL102")],
         why="suspicion dismissed, with the typo 'avskirvs' for avskrivs; UL normal"),
    dict(name="d56-typo-talar-emot-apendicit", unit="s_kir_ystad", tpl="Akutanteckning", age=22, setting="öppenvård",
         sec=[("Bedömning", "Mjuk buk, CRP 4. Talar emot apendicit, hem med råd.")],
         a=[(NOT, "NL102")],
         why="'Talar emot' rules out (diagnosis misspelled 'apendicit')"),
    dict(name="d56-mamma-trol-demens", unit="v_vc_hjallbo", tpl="Läkaranteckning", age=56,
         sec=[("Aktuellt", "Oroar sig då mamma trol. har demens. Pat själv kognitivt ua.")],
         a=[(NOT, "NL102")],
         why="the hedged diagnosis is the mother's, not the patient's"),
    dict(name="d56-om-tecken-pa-pneumoni-sok-igen", unit="s_barnakut_lund", tpl="Akutanteckning", age=2,
         sec=[("Planering", "Om andningspåverkan eller tecken på pneumoni, sök igen.")],
         a=[(NOT, "NL102")],
         why="conditional safety-net advice, no hypothesis about the child now"),
    dict(name="d56-trolig-utskrivning-imorgon", unit="s_orto_avd", tpl="Omvårdnadsanteckning", role="sjuksköterska", age=80,
         sec=[("Aktuellt", "Mobiliseras med rollator. Trolig utskrivning imorgon fm.")],
         a=[(NOT, "NL102")],
         why="'Trolig' on a discharge plan, not a diagnosis"),
    dict(name="d56-eventuellt-rtg-plan", unit="v_orto_alings", tpl="Mottagningsanteckning", age=35,
         sec=[("Planering", "Eventuellt rtg om 2 v om fortsatt ont.")],
         a=[(NOT, "NL102")],
         why="'Eventuellt' on an x-ray, a plan"),
    dict(name="d56-ev-feber-symtom-ssk", unit="s_inf", tpl="Omvårdnadsanteckning", role="sjuksköterska", age=47,
         sec=[("Omvårdnad", "Pat uppger ev. lite feber i natt, ej uppmätt.")],
         a=[(NOT, "NL102")],
         why="'ev.' hedges a symptom the patient reports, not a diagnosis"),
    dict(name="d56-smartan-trol-mer-vanster", unit="s_gastro_krs", tpl="Telefonanteckning", age=50,
         sec=[("Aktuellt", "Smärtan trol. mer i vä sida idag enl pat.")],
         a=[(NOT, "NL102")],
         why="'trol.' on where the pain sits, a symptom"),
    dict(name="d56-rond-bekraftad-uvi-odling", unit="v_medavd_su", tpl="Rondanteckning", age=84,
         sec=[("Aktuellt", "Rond: afebril, urinodling E. coli känslig för mecillinam. UVI, byter till Selexid.")],
         a=[(NOT, "NL102")],
         why="ward-round line with a confirmed UVI (culture-proven), no hedge"),
    dict(name="d56-skane-mall-th-misstankt-ms", unit="s_neuro_hbg", tpl="Tidiga hypoteser", age=36,
         sec=[("Bedömning", "Misstänkt MS, MR hjärna beställd.")],
         a=[(NOT, "NL102")],
         why="Skåne: the note's template is Tidiga hypoteser, so the hedged diagnosis is protected"),
    dict(name="d56-vgr-sokord-th-myelom", unit="v_med_su", tpl="Läkaranteckning", age=70,
         sec=[("Tidiga hypoteser", "?myelom, M-komponent påvisad, benmärg planeras.")],
         a=[(NOT, "NL102")],
         why="VGR: the only section is sökord Tidiga hypoteser, which is filtered"),
    dict(name="d56-skane-mall-th-flera-sektioner-lymfom", unit="s_hem_lund", tpl="Tidiga hypoteser", age=59,
         sec=[("Aktuellt", "Viktnedgång 6 kg på 2 mån, körtlar på halsen."),
              ("Bedömning", "Susp. lymfom, DT hals-thorax-buk beställd.")],
         a=[(NOT, "NL102")],
         why="Skåne: every section of a Tidiga hypoteser template note is protected"),
    dict(name="d56-pmo-trol-pneumoni", unit="p_linero", tpl="Läkarbesök", age=62,
         sec=[("Bedömning", "Trol. pneumoni, Kåvepenin 1 g x 3 i 7 d.")],
         a=[(NOT, "NL102")],
         why="PMO never shows diagnoses: 'Trol. pneumoni' in primary care is not NL102"),
    dict(name="d56-pmo-bvc-fraga-sprakstorning", unit="p_bvc_hoor", tpl="BVC-besök", role="sjuksköterska", age=4,
         sec=[("Bedömning", "Fråga: språkstörning? Remiss logoped.")],
         a=[(NOT, "NL102")],
         why="PMO (BVC): a frågeställning is not shown as a diagnosis"),
    dict(name="d56-pmo-um-susp-klamydia", unit="p_um_ystad", tpl="Mottagningsbesök", role="barnmorska", age=17,
         sec=[("Bedömning", "Susp. klamydia, prov taget, svar om 1 v via sms.")],
         a=[(NOT, "NL102")],
         why="PMO youth clinic: hedged diagnosis, but PMO does not show diagnoses"),
    dict(name="d56-pmo-hsv-misstankt-trycksar", unit="p_hsv_eslov", tpl="Hemsjukvårdsanteckning", role="distriktssköterska", age=88,
         sec=[("Omvårdnad", "Sår hö häl, misstänkt trycksår kategori 2. Avlastning med hälskydd.")],
         a=[(NOT, "NL102")],
         why="PMO home care note: 'misstänkt trycksår' not asserted"),
    dict(name="d56-pmo-tel-dd-astma-kikhosta", unit="p_kirseberg", tpl="Telefonrådgivning", role="sjuksköterska", age=41,
         sec=[("Telefonkontakt", "Hosta 3 v. DD astma, kikhosta. Tid hos dr tis.")],
         a=[(NOT, "NL102")],
         why="PMO phone line with a DD: not NL102"),
    dict(name="d56-pmo-recept-mojligt-recidiv-depression", unit="p_nasby", tpl="Receptförnyelse", age=39, signed=False,
         sec=[("Åtgärd", "Förnyat Sertralin 50 mg. Bed: möjligt recidiv av depression, återbesök 4 v.")],
         a=[(NOT, "NL102")],
         why="PMO prescription renewal with a hedged assessment: PMO does not show diagnoses"),
    dict(name="d56-pmo-provsvar-ev-subklinisk-hypotyreos", unit="p_tagaborg", tpl="Provsvar", age=55,
         sec=[("Provsvar", "TSH 6,8, fT4 ua. Bed: ev. subklinisk hypotyreos, ny kontroll 3 mån.")],
         a=[(NOT, "NL102")],
         why="PMO lab note 'Bed: ev. …': not NL102"),
    dict(name="d56-pmo-diagnosfalt-fraga-gikt", unit="p_bjuv", tpl="Läkarbesök", age=68,
         sec=[("Diagnos", "?gikt")],
         a=[(NOT, "NL102")],
         why="PMO Diagnos field '?gikt': PMO never shows diagnoses"),
    dict(name="d56-pmo-typo-missanke-baltros", unit="p_simris", tpl="Läkarbesök", age=74,
         sec=[("Bedömning", "Missanke om bältros vä flank, Valaciklovir insatt.")],
         a=[(NOT, "NL102")],
         why="PMO, typo 'Missanke': not NL102 whatever the spelling"),
    dict(name="d56-pmo-ssk-trol-cystit", unit="p_linero", tpl="Telefonrådgivning", role="sjuksköterska", age=28,
         sec=[("Telefonkontakt", "Sveda vid miktion 2 d, feberfri. Trol. okomplicerad cystit, Selexid enl ordination.")],
         a=[(NOT, "NL102")],
         why="PMO nurse phone triage with 'Trol. … cystit': not NL102"),
    dict(name="d56-inga-tecken-pa-sarinfektion", unit="v_kir_sks", tpl="Omvårdnadsanteckning", role="sjuksköterska", age=45,
         sec=[("Åtgärd", "Inga tecken på infektion i såret, suturtagning dag 12.")],
         a=[(NOT, "NL102")],
         why="'Inga tecken på infektion' is a negation"),
    dict(name="d56-fraktur-uteslutes-distorsion", unit="s_orto_tbg", tpl="Mottagningsanteckning", age=26,
         sec=[("Bedömning", "Rtg hö fotled: fraktur uteslutes. Distorsion, elastisk linda.")],
         a=[(NOT, "NL102")],
         why="fracture ruled out, distorsion stated as fact"),
    dict(name="d56-vb-dos-fragetecken-smartteam", unit="v_ger_molndal", tpl="Rondanteckning", age=83,
         sec=[("Planering", "Oxynorm 5 mg vb, max x 4. Dos? Diskuteras med smärtteam.")],
         a=[(NOT, "NL102")],
         why="'vb' and 'Dos?' concern medication, no diagnosis"),
    dict(name="d56-typo-ingen-missanke-meningit", unit="v_barnakut", tpl="Akutanteckning", age=10,
         sec=[("Bedömning", "Ingen missanke om meningit, nackstel ua, pigg.")],
         a=[(NOT, "NL102")],
         why="negation 'Ingen missanke om' (typo) rules out meningitis"),
    dict(name="d56-ej-hallpunkt-for-pneumoni", unit="s_med_krs", tpl="Rondanteckning", age=73,
         sec=[("Bedömning", "Ej hållpunkt för pneumoni, CRP 8.")],
         a=[(NOT, "NL102")],
         why="'Ej hållpunkt för' negates the diagnosis"),
    dict(name="d56-fragestallning-neuroborrelia-avskriven", unit="v_neuro_su", tpl="Läkaranteckning", age=44,
         sec=[("Bedömning", "Frågeställning neuroborrelia avskriven, likvor och serologi neg.")],
         a=[(NOT, "NL102")],
         why="a frågeställning that is written off ('avskriven') is no longer open"),
    dict(name="d56-fraga-remiss-ortoped-knaartros", unit="v_vc_lerum", tpl="Läkaranteckning", age=63,
         sec=[("Planering", "Knäartros hö, sämre. Fråga: remiss till ortoped?")],
         a=[(NOT, "NL102")],
         why="'Fråga:' is about a referral; the arthrosis is confirmed"),
    dict(name="d56-diagnosfalt-bara-fragetecken", unit="v_akut_sas", tpl="Akutanteckning", age=39,
         sec=[("Diagnos", "?"), ("Planering", "Avvaktar odlingssvar.")],
         a=[(NOT, "NL102")],
         why="'Diagnos: ?' names no diagnosis, so no hypothesis is shown"),
    dict(name="d56-bror-trol-celiaki", unit="s_barn_hlm", tpl="Mottagningsanteckning", age=9, signed=False,
         sec=[("Anamnes", "Bror har trol. celiaki, utreds på annat sjukhus. Pat själv utan magbesvär.")],
         a=[(NOT, "NL102")],
         why="the hedged diagnosis belongs to the brother"),
    dict(name="d56-pad-bcc-informerad-per-tel", unit="v_hud_nal", tpl="Telefonanteckning", age=70,
         sec=[("Provsvar", "PAD: basalcellscancer, radikalt exciderad. Pat informerad per tel.")],
         a=[(NOT, "NL102"), (NOT, "NL101")],
         why="confirmed diagnosis and the patient is told"),
    dict(name="d56-ev-antibiotika-om-crp-stiger", unit="s_inf", tpl="Rondanteckning", age=52,
         sec=[("Planering", "Ev. antibiotika om CRP stiger, nytt prov imorgon.")],
         a=[(NOT, "NL102")],
         why="'Ev.' on a treatment plan, conditional"),
    dict(name="d56-mojligen-nedsatt-kraft-fynd", unit="s_neuro_hbg", tpl="Läkaranteckning", age=64,
         sec=[("Status", "Möjligen lätt nedsatt kraft i vä hand, svårbedömt.")],
         a=[(NOT, "NL102")],
         why="'Möjligen' hedges a status finding, not a disease"),

    # ------------------------------------------------------------------ NL101 must
    dict(name="d56-pad-melanom-ej-nadd", unit="s_hud_lund", tpl="Telefonanteckning", role="sjuksköterska", age=58,
         sec=[("Telefonkontakt", "PAD: malignt melanom, Breslow 0,9 mm. Pat ej nådd, svar ej lämnat. Nytt försök imorgon.")],
         a=[(MUST, "NL101"), (NOT, "NL102")],
         why="confirmed melanoma visible while 'pat ej nådd, svar ej lämnat'"),
    dict(name="d56-dt-levermetastaser-ej-info-annu", unit="v_kir_sks", tpl="Rondanteckning", age=71,
         sec=[("Aktuellt", "DT buk: levermetastaser. Ej info ännu, samtal med pat och make fre.")],
         a=[(MUST, "NL101")],
         why="'Ej info ännu' about liver metastases written in a visible ward note"),
    dict(name="d56-aml-informeras-ej-forran", unit="s_hem_lund", tpl="Läkaranteckning", age=62,
         sec=[("Bedömning", "Benmärg: AML. Pat ska inte informeras förrän dr Berg är tillbaka på mån.")],
         a=[(MUST, "NL101")],
         why="diagnosis visible together with 'ska inte informeras förrän'"),
    dict(name="d56-klamydia-sokt-x2-ej-informerad", unit="v_kvinno_kungalv", tpl="Provsvarsanteckning", role="barnmorska", age=22,
         sec=[("Provsvar", "Klamydia pos. Sökt pat x 2 utan svar, ej informerad.")],
         a=[(MUST, "NL101")],
         why="positive chlamydia result visible, patient not reached and not informed"),
    dict(name="d56-typo-ej-informrad-prostatacancer", unit="s_uro_malmo", tpl="Provsvarsanteckning", age=68,
         sec=[("Provsvar", "Biopsi: prostatacancer Gleason 4+4. Pat ej informrad, samtal bokas.")],
         a=[(MUST, "NL101")],
         why="typo 'informrad'; untold cancer in visible text"),
    dict(name="d56-hba1c-diabetes-ej-meddelat", unit="v_vc_hjallbo", tpl="Provsvarsanteckning", age=59, signed=False,
         sec=[("Provsvar", "HbA1c 71, typ 2-diabetes. Ej meddelat pat ännu, tid hos dsk nästa v.")],
         a=[(MUST, "NL101")],
         why="new diabetes diagnosis, 'ej meddelat pat ännu', VGR primary care Melior draft"),
    dict(name="d56-rond-hjarnmetastaser-ej-informerad", unit="v_medavd_su", tpl="Rondanteckning", age=64,
         sec=[("Aktuellt", "Rond: DT hjärna visar hjärnmetastaser. Pat ej informerad, inväntar dottern imorgon.")],
         a=[(MUST, "NL101"), (NOT, "NL102")],
         why="ward-round line with a confirmed finding-diagnosis and 'Pat ej informerad'"),
    dict(name="d56-barn-celiaki-varken-pat-eller-foraldrar", unit="s_barn_hlm", tpl="Provsvarsanteckning", age=6,
         sec=[("Provsvar", "Tarmbiopsi bekräftar celiaki. Varken pat eller föräldrar informerade ännu.")],
         a=[(MUST, "NL101")],
         why="child under 13: neither the child nor the guardians who read the journal are told"),
    dict(name="d56-mr-ms-ej-delgivet", unit="v_neuro_su", tpl="Läkaranteckning", age=29,
         sec=[("Utredning", "MR: multipla periventrikulära lesioner, uppfyller kriterier för MS. Ej delgivet pat, besked vid återbesök 12/3.")],
         a=[(MUST, "NL101")],
         why="'Ej delgivet pat' about an MS diagnosis in a visible section"),
    dict(name="d56-hepatit-c-ej-nadd-per-tel", unit="s_inf", tpl="Telefonanteckning", role="sjuksköterska", age=37, setting="öppenvård",
         sec=[("Telefonkontakt", "Provsvar: hepatit C-RNA pos. Pat ej nådd per tel, brev ej skickat.")],
         a=[(MUST, "NL101")],
         why="positive hepatitis C result visible, patient not reached"),
    dict(name="d56-cin3-ska-ej-meddelas", unit="v_kvinno_kungalv", tpl="Provsvarsanteckning", age=31,
         sec=[("Provsvar", "PAD: CIN 3. Ska ej meddelas pat förrän kolposkopitid är klar.")],
         a=[(MUST, "NL101")],
         why="CIN 3 visible with 'ska ej meddelas pat förrän'"),
    dict(name="d56-ssk-pad-skivepitelcancer-svar-ej-lamnat", unit="s_lung_lund", tpl="Telefonanteckning", role="sjuksköterska", age=73,
         sec=[("Provsvar", "Ssk: PAD från bronkoskopi visar skivepitelcancer. Svar ej lämnat till pat, dr ringer.")],
         a=[(MUST, "NL101")],
         why="nurse line: cancer diagnosis visible, 'svar ej lämnat till pat'"),
    dict(name="d56-tva-anteckningar-blascancer-ej-sedan-informerad", unit="v_uro_udd", age=75,
         notes=[dict(tpl="Provsvarsanteckning", sec=[("Provsvar", "Cystoskopi-PAD: urotelial cancer. Ej informerad, dr tar samtalet.")]),
                dict(tpl="Läkaranteckning", days=2, sec=[("Bedömning", "Pat informerad om blåscancern, remiss TUR-B.")])],
         a=[(MUST, "NL101", "n1"), (NOT, "NL101", "n2")],
         why="n1 shows an untold cancer; n2, two days later, tells the patient"),
    dict(name="d56-trol-parkinson-ej-diskuterat", unit="s_neuro_hbg", tpl="Läkaranteckning", age=71,
         sec=[("Bedömning", "Vilotremor vä hand, rigiditet. Trol. Parkinsons sjukdom, ej diskuterat med pat ännu.")],
         a=[(MUST, "NL101"), (MUST, "NL102")],
         why="a hedged diagnosis that has not been discussed with the patient, both visible"),
    dict(name="d56-typo-ej-infomerad-njurcancer", unit="v_med_su", tpl="Läkaranteckning", age=62,
         sec=[("Utredning", "UL buk: 4 cm solid process hö njure, njurcancer. Pat ej infomerad, uro kontaktas.")],
         a=[(MUST, "NL101")],
         why="typo 'infomerad'; kidney cancer visible and untold"),
    dict(name="d56-utkast-lymfom-ej-nadd-idag", unit="s_onk_lund", tpl="Provsvarsanteckning", age=53, signed=False,
         sec=[("Provsvar", "PAD körtel: diffust storcelligt B-cellslymfom. Pat ej nådd idag.")],
         a=[(MUST, "NL101")],
         why="unsigned draft: lymphoma visible while the patient is not reached"),

    # ------------------------------------------------------------------ NL101 must_not
    dict(name="d56-borrelia-informerad-per-tel", unit="v_vc_tidaholm", tpl="Telefonanteckning", age=48,
         sec=[("Provsvar", "Borrelia-ak pos, pat informerad per tel. Doxyferm insatt.")],
         a=[(NOT, "NL101")],
         why="the patient is told the result"),
    dict(name="d56-normala-provsvar-ej-nadd", unit="s_gastro_krs", tpl="Provsvarsanteckning", role="sjuksköterska", age=36,
         sec=[("Provsvar", "Hb 132, CRP <5, normala värden. Pat ej nådd, nytt försök imorgon.")],
         a=[(NOT, "NL101"), (NOT, "NL102")],
         why="not reached, but what is untold is a normal result, no diagnosis"),
    dict(name="d56-opdatum-ej-informerad", unit="v_kir_sks", tpl="Läkaranteckning", age=54, setting="öppenvård", signed=False,
         sec=[("Planering", "Ljumskbråck hö, op-datum satt till 4/4. Pat ej informerad om datumet ännu, kallelse skickas.")],
         a=[(NOT, "NL101")],
         why="what the patient has not been told is a date"),
    dict(name="d56-remiss-gatt-ej-informerad", unit="s_orto_tbg", tpl="Mottagningsanteckning", age=69,
         sec=[("Åtgärd", "Gonartros bilat. Remiss skickad till ortopeden, pat ej informerad om att remissen gått iväg.")],
         a=[(NOT, "NL101")],
         why="what is untold is that the referral was sent, not the diagnosis"),
    dict(name="d56-kand-brostcancer-informerad-tidigare", unit="v_onk_su", tpl="Mottagningsanteckning", age=52,
         sec=[("Aktuellt", "Känd bröstcancer, informerad vid förra besöket. Idag cytostatikakur 3, mår ok.")],
         a=[(NOT, "NL101")],
         why="the patient was told earlier"),
    dict(name="d56-pat-informerad-dottern-ej", unit="s_ger_lkr", tpl="Läkaranteckning", age=84,
         sec=[("Aktuellt", "Pat informerad om lungcancerdiagnosen, vill att dottern inte får veta ännu.")],
         a=[(NOT, "NL101")],
         why="the patient is told; only a relative is not"),
    dict(name="d56-skane-mall-th-als-ej-informerad", unit="s_neuro_hbg", tpl="Tidiga hypoteser", age=60,
         sec=[("Bedömning", "Misstänkt ALS. Pat ej informerad, vidare utredning först.")],
         a=[(NOT, "NL101"), (NOT, "NL102")],
         why="Skåne Tidiga hypoteser template: the untold hypothesis is in the protected place"),
    dict(name="d56-vgr-sokord-th-motorneuron-ej-informerad", unit="v_neuro_su", tpl="Läkaranteckning", age=57,
         sec=[("Aktuellt", "Muskelsvaghet bilat, fascikulationer. EMG gjort idag."),
              ("Tidiga hypoteser", "EMG förenligt med motorneuronsjukdom. Ej informerad ännu.")],
         a=[(NOT, "NL101"), (NOT, "NL102")],
         why="VGR: the diagnosis and 'ej informerad' stand only under sökord Tidiga hypoteser"),
    dict(name="d56-kol-inget-om-information", unit="s_lung_lund", tpl="Mottagningsanteckning", age=66,
         sec=[("Bedömning", "KOL GOLD 2 enl spirometri idag, fortsätter Spiriva.")],
         a=[(NOT, "NL101"), (NOT, "NL102")],
         why="confirmed diagnosis and nothing said about telling"),
    dict(name="d56-svar-lamnat-uretarsten", unit="v_uro_udd", tpl="Telefonanteckning", role="sjuksköterska", age=43,
         sec=[("Telefonkontakt", "Pat nådd, svar lämnat: 4 mm konkrement vä uretär. Avvaktar stenavgång.")],
         a=[(NOT, "NL101")],
         why="'Pat nådd, svar lämnat': told"),
    dict(name="d56-mammografi-ua-ej-meddelat", unit="s_kvinno_hbg", tpl="Provsvarsanteckning", age=50,
         sec=[("Provsvar", "Mammografi ua. Ej meddelat ännu, brev går ut.")],
         a=[(NOT, "NL101")],
         why="untold, but the result is normal"),
    dict(name="d56-mr-tid-foraldrar-ej-informerade", unit="v_barnakut", tpl="Läkaranteckning", age=11,
         sec=[("Planering", "Epilepsi sedan 2022. Tid för MR ej bestämd, föräldrar ej informerade om tiden ännu.")],
         a=[(NOT, "NL101")],
         why="what the guardians have not been told is an appointment; the epilepsy is known"),
    dict(name="d56-informerades-igar-pankreascancer", unit="s_onk_lund", tpl="Läkaranteckning", age=68,
         sec=[("Aktuellt", "Informerades igår om pankreascancer. Idag lugnare, frågor kring prognos.")],
         a=[(NOT, "NL101")],
         why="told the day before"),
    dict(name="d56-ej-nadd-igar-informerad-idag", unit="v_vc_lerum", tpl="Telefonanteckning", age=45,
         sec=[("Telefonkontakt", "Ej nådd igår. Idag nådd och informerad om hypotyreos, Levaxin 50 mikrog insatt.")],
         a=[(NOT, "NL101")],
         why="'ej nådd igår' is followed by 'idag nådd och informerad'"),
    dict(name="d56-ej-informerad-om-biverkningar-ra", unit="v_reuma_sks", tpl="Mottagningsanteckning", age=47,
         sec=[("Planering", "RA, start Metotrexat. Pat ej informerad om biverkningar ännu, ssk går igenom vid nästa besök.")],
         a=[(NOT, "NL101")],
         why="what is not yet told is the side effects, not the diagnosis"),
    dict(name="d56-skane-th-mall-sedan-informerad", unit="s_kir_ystad", age=72,
         notes=[dict(tpl="Tidiga hypoteser", sec=[("Bedömning", "Trol. pankreascancer enl DT. Pat ej informerad.")]),
                dict(tpl="Läkaranteckning", days=1, sec=[("Bedömning", "Pat informerad idag om pankreascancer, remiss onkologen.")])],
         a=[(NOT, "NL101", "n1"), (NOT, "NL102", "n1"), (NOT, "NL101", "n2")],
         why="untold hypothesis only in the Skåne Tidiga hypoteser template; the next note tells the patient"),
]

# --------------------------------------------------------------------------- helpers

def luhn_check(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def make_pnr(bdate, serial):
    yymmdd = bdate.strftime("%y%m%d")
    nine = yymmdd + "%03d" % serial
    return bdate.strftime("%Y%m%d") + "-" + "%03d" % serial + str(luhn_check(nine))


def age_at(bdate, when):
    d = when.date() if isinstance(when, dt.datetime) else when
    return d.year - bdate.year - ((d.month, d.day) < (bdate.month, bdate.day))


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def build():
    out = []
    for i, c in enumerate(CASES):
        uname, hsa, system, ruleset, setting_default = UNITS[c["unit"]]
        month = (i % 12) + 1
        day = (i * 5) % 26 + 1
        base = dt.datetime(2024, month, day, 8 + (i % 9), (i * 7) % 60)
        specs = c.get("notes") or [dict(tpl=c["tpl"], sec=c["sec"])]
        notes = []
        last = base
        for j, sp in enumerate(specs):
            t = base + dt.timedelta(days=sp.get("days", 0), minutes=37 * j)
            last = max(last, t)
            role = sp.get("role", c.get("role", "läkare"))
            pool = NAMES[role]
            author = pool[(i * 3 + j) % len(pool)]
            signed_flag = sp.get("signed", c.get("signed", True))
            notes.append({
                "id": "n%d" % (j + 1),
                "system": system,
                "template": sp["tpl"],
                "unit": {"name": uname, "hsa_id": hsa},
                "author": {"name": author, "role": role},
                "time": fmt(t),
                "signed": fmt(t + dt.timedelta(minutes=25 + (i % 40))) if signed_flag else None,
                "setting": sp.get("setting", c.get("setting", setting_default)),
                "refs": [],
                "sections": [{"keyword": k, "text": v} for k, v in sp["sec"]],
            })
        as_of = min(last + dt.timedelta(days=3), dt.datetime(2024, 12, 31))
        as_of = as_of.replace(hour=0, minute=0, second=0)
        if as_of < last:
            as_of = dt.datetime(2024, 12, 31, 23, 59, 0)
        age = c["age"]
        bdate = dt.date(2024 - age - 1, (i * 7) % 12 + 1, (i * 11) % 28 + 1)
        serial = (i * 37 + 113) % 900 + 100
        pnr = make_pnr(bdate, serial)
        must, must_not = [], []
        for a in c["a"]:
            kind, code = a[0], a[1]
            target = a[2] if len(a) > 2 else "n1"
            (must if kind == MUST else must_not).append([code, target])
        out.append({
            "case": c["name"],
            "ruleset": ruleset,
            "record": {
                "patient": {"id": pnr, "birth_date": bdate.isoformat(), "protected_identity": False},
                "as_of": fmt(as_of),
                "notes": notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": must,
            "must_not": must_not,
            "why": c["why"],
        })
    return out

# --------------------------------------------------------------------------- validation

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            errs.append("duplicate case name " + n)
        names.add(n)
        if not n.startswith("d56-"):
            errs.append("%s: name must start with d56-" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % n)
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        rec = c["record"]
        if list(rec.keys()) != ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]:
            errs.append("%s: record keys" % n)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (n, k))
        p = rec["patient"]
        pid, bd = p["id"], p["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append("%s: pnr format" % n)
            continue
        if m.group(1) != bd.replace("-", ""):
            errs.append("%s: pnr does not match birth_date" % n)
        digits = m.group(1)[2:] + m.group(2)
        if luhn_check(digits[:9]) != int(digits[9]):
            errs.append("%s: Luhn" % n)
        bdate = dt.date.fromisoformat(bd)
        times = [dt.datetime.fromisoformat(rec["as_of"])]
        ids = set()
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            ids.add(note["id"])
            times.append(dt.datetime.fromisoformat(note["time"]))
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                times.append(s)
                if s < dt.datetime.fromisoformat(note["time"]):
                    errs.append("%s: signed before time" % n)
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for sec in note["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: sentence repeated (first in %s): %s" % (n, seen_sent[sent], sent))
                        else:
                            seen_sent[sent] = n
        for t in times:
            if t.year != 2024:
                errs.append("%s: date outside 2024: %s" % (n, t))
            a = age_at(bdate, t)
            if 13 <= a <= 15:
                errs.append("%s: patient aged %d" % (n, a))
            if a < 0:
                errs.append("%s: negative age" % n)
        if dt.datetime.fromisoformat(rec["as_of"]) < max(dt.datetime.fromisoformat(x["time"]) for x in rec["notes"]):
            errs.append("%s: as_of before a note" % n)
        by_id = {x["id"]: x for x in rec["notes"]}
        pairs = set()
        for kind in ("must", "must_not"):
            for code, target in c[kind]:
                if code not in ("NL101", "NL102"):
                    errs.append("%s: code %s" % (n, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s on %s asserted twice" % (n, code, target))
                pairs.add((code, target))
                sysname = by_id[target]["system"]
                # NL102 can only fire on Melior; on PMO it is only ever must_not
                if code == "NL102" and sysname != "Melior" and kind == "must":
                    errs.append("%s: NL102 must on non-Melior" % n)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
    return errs


def main():
    cases = build()
    errs = validate(cases)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cases:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("%d cases written to %s" % (len(cases), OUT))
    for k in sorted(tally):
        print("  %s %s: %d" % (k[0], k[1], tally[k]))


if __name__ == "__main__":
    main()
