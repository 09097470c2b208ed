#!/usr/bin/env python3
"""d72: structured templates and checklists exported into text (key: value lines,
Ja/Nej answers, checkbox marks, scores with interpretation, triage forms, empty
template headings, drop-down phrases) mixed with free text.  NL101 / NL102.

Standard library only, deterministic.  Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev72_cases.jsonl")

UNITS = {
    # --- Region Skåne, Melior (hospitals) ---
    "sus_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7M11"),
    "sus_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L12"),
    "hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4H21"),
    "csk_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5K31"),
    "hbg_med": ("Medicinkliniken avd 41, Helsingborgs lasarett", "SE2321000255-4H44"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-4H52"),
    "hbg_barn": ("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "SE2321000255-4H63"),
    "csk_med": ("Medicinavdelning 6, Centralsjukhuset Kristianstad", "SE2321000255-5K46"),
    "csk_kard": ("Kardiologiska kliniken, Centralsjukhuset Kristianstad", "SE2321000255-5K72"),
    "csk_kvinno": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5K88"),
    "ystad_kir": ("Kirurgiska kliniken, Ystad lasarett", "SE2321000255-6Y14"),
    "ystad_med": ("Medicinmottagningen, Ystad lasarett", "SE2321000255-6Y27"),
    "sus_stroke": ("Strokeenheten, Skånes universitetssjukhus Lund", "SE2321000255-7L35"),
    "sus_infek": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7M48"),
    "sus_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L53"),
    "sus_onk_malmo": ("Onkologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7M54"),
    "sus_hemat": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L66"),
    "sus_lunga": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L71"),
    "sus_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L83"),
    "sus_onh": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Lund", "SE2321000255-7L90"),
    "sus_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-7M02"),
    "sus_brost": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7M19"),
    "sus_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7M26"),
    "sus_gastro": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7M37"),
    "sus_gynonk": ("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "SE2321000255-7L41"),
    "landskrona_geri": ("Geriatriska kliniken avd 2, Landskrona lasarett", "SE2321000255-3L15"),
    "landskrona_minne": ("Minnesmottagningen, Landskrona lasarett", "SE2321000255-3L18"),
    "trelleborg_ort": ("Ortopediska kliniken avd 3, Trelleborgs lasarett", "SE2321000255-2T33"),
    "trelleborg_med": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-2T40"),
    "angelholm_med": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-4A17"),
    "hassleholm_psyk": ("Vuxenpsykiatrimottagningen Hässleholm", "SE2321000255-5P29"),
    "bup_lund": ("BUP-mottagningen Lund", "SE2321000255-7B58"),
    "csk_reum": ("Reumatologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5K95"),
    "sus_njur": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7L77"),
    # --- Region Skåne, PMO (primary care) ---
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-9S01"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-9H02"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-9T03"),
    "bvc_lomma": ("BVC Lomma", "SE2321000255-9B04"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-9U05"),
    "hsjv_ystad": ("Hemsjukvården, Vårdcentralen Ystad", "SE2321000255-9Y06"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-9E07"),
    # --- Västra Götalandsregionen, Melior ---
    "su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001101"),
    "su_barn": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E00000001204"),
    "su_barnavd": ("Barnmedicinsk avdelning 323, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E00000001207"),
    "su_molndal_ort": ("Ortopedmottagningen, Mölndals sjukhus", "SE2321000131-E00000001312"),
    "su_molndal_akut": ("Akutmottagningen, Mölndals sjukhus", "SE2321000131-E00000001315"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001421"),
    "su_niva": ("Neurointensivvårdsavdelningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001424"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001433"),
    "su_infek": ("Infektionskliniken, Östra sjukhuset", "SE2321000131-E00000001540"),
    "su_kir": ("Kirurgkliniken övre gastro, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001552"),
    "su_lunga": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001567"),
    "su_kvinno": ("Kvinnokliniken, Östra sjukhuset", "SE2321000131-E00000001571"),
    "su_njur": ("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001588"),
    "su_reum": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001593"),
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001605"),
    "su_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E00000001612"),
    "frolunda_geri": ("Geriatriska mottagningen, Frölunda specialistsjukhus", "SE2321000131-E00000002103"),
    "angered_psyk": ("Psykiatrimottagning Angered", "SE2321000131-E00000002207"),
    "kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E00000002311"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E00000002418"),
    "alingsas_akut": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-E00000002419"),
    "nal_med": ("Medicinkliniken avd 31, NÄL Trollhättan", "SE2321000131-E00000002524"),
    "nal_kir": ("Kirurgmottagningen, NÄL Trollhättan", "SE2321000131-E00000002530"),
    "nal_hud": ("Hudmottagningen, NÄL Trollhättan", "SE2321000131-E00000002536"),
    "uddevalla_oga": ("Ögonmottagningen, Uddevalla sjukhus", "SE2321000131-E00000002612"),
    "uddevalla_uro": ("Urologmottagningen, Uddevalla sjukhus", "SE2321000131-E00000002618"),
    "skas_akut": ("Akutmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E00000002705"),
    "skas_kard": ("Hjärtmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E00000002709"),
    "skas_med": ("Medicinavdelning 12, Skaraborgs sjukhus Skövde", "SE2321000131-E00000002714"),
    "lidk_med": ("Medicinavdelning 2, Skaraborgs sjukhus Lidköping", "SE2321000131-E00000002803"),
    "lidk_akut": ("Akutmottagningen, Skaraborgs sjukhus Lidköping", "SE2321000131-E00000002806"),
    "sas_akut": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E00000002901"),
    "sas_kir": ("Kirurgkliniken, Södra Älvsborgs sjukhus Borås", "SE2321000131-E00000002907"),
    "sas_neuro": ("Neurologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E00000002913"),
    "sas_infek": ("Infektionsmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E00000002918"),
    "alingsas_gastro": ("Mag-tarmmottagningen, Alingsås lasarett", "SE2321000131-E00000002425"),
}
SKANE_PMO_UNITS = {"vc_sjobo", "vc_hoor", "vc_tomelilla", "bvc_lomma", "um_lund", "hsjv_ystad", "vc_eslov"}

CASES = []
_serial = [100]


def _luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth):
    _serial[0] += 7
    nnn = "%03d" % (_serial[0] % 1000)
    y, m, d = birth.split("-")
    core = y[2:] + m + d + nnn
    return "%s%s%s-%s%d" % (y, m, d, nnn, _luhn(core))


def N(nid, system, template, unit, author, role, time, sign, setting, sections, refs=()):
    """sign: minutes after `time` the note was signed, or None for an unsigned draft."""
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    signed = None if sign is None else (t + dt.timedelta(minutes=sign)).strftime("%Y-%m-%dT%H:%M:00")
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"), "signed": signed, "setting": setting,
        "refs": list(refs),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, born, notes, must, must_not, why):
    last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:00") for n in notes)
    as_of = (last + dt.timedelta(days=2)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born), "birth_date": born, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


M102 = ("NL102", "n1")
M101 = ("NL101", "n1")


# =====================================================================
# Part A: NL102 positives - hedged diagnosis in a visible structured field
# =====================================================================

C("d72-akut-dropdown-misstankt-njursten", "skane", "1979-05-22", [
    N("n1", "Melior", "Akutanteckning", "sus_akut_malmo", "Johanna Lindqvist", "läkare",
      "2024-02-11T03:40", 25, "öppenvård", [
        ("Kontaktorsak", "Kontaktorsak: Smärta vä flank\nTriage (RETTS): ESS 48 Flanksmärta, prio gul\n"
         "Smärtdebut: kl 01 i natt, kolikartad, strålar mot vä ljumske"),
        ("Status", "AT: Smärtpåverkad, kan inte ligga still.\nBuk: Mjuk, ingen peritonit.\n"
         "Dunkömhet: Vä: Ja  Hö: Nej\nU-sticka: Blod 3+, nitrit neg"),
        ("Bedömning", "Misstänkt diagnos: Njursten vänster\nDiagnos (ICD-10): \n"
         "Smärtlindring: Diklofenak 75 mg iv kl 03.55 med god effekt."),
        ("Planering", "Lågdos-DT urinvägar beställd. Åter till akuten vid feber eller frossa."),
    ])], [M102], [M101],
    "Drop-down 'Misstänkt diagnos:' filled with a suspected kidney stone in a visible Melior emergency note; the ICD field is left empty.")

C("d72-vgr-preliminar-diagnos-erysipelas", "vgr", "1961-09-03", [
    N("n1", "Melior", "Akutanteckning", "kungalv_akut", "Erik Sandberg", "läkare",
      "2024-03-19T16:05", 40, "öppenvård", [
        ("Aktuellt", "Sökorsak: Rodnad och svullnad vä underben sedan 2 d. Frossa igår kväll.\n"
         "Tidigare episod: Nej\nDiabetes: Nej"),
        ("Status", "Temp 38,4. Vä underben: väl avgränsad rodnad från fotled till mitten av tibia, "
         "värmeökning och ömhet. Fotsvamp interdigitalt vä.\nCRP: 96"),
        ("Bedömning", "Preliminär diagnos: Erysipelas vä underben\nAllmäntillstånd: Opåverkat\nInläggning: Nej"),
        ("Åtgärd", "Heracillin 1 g x 3 i 10 dagar. Pevaryl mot fotsvampen. Rodnadens gräns markerad med penna."),
    ])], [M102], [M101],
    "'Preliminär diagnos:' field holding erysipelas is an unsettled diagnosis in a visible VGR section.")

C("d72-vgr-qsofa-misstankt-sepsis-ja", "vgr", "1940-12-17", [
    N("n1", "Melior", "Sepsisscreening", "sas_akut", "Malin Holmgren", "sjuksköterska",
      "2024-04-02T14:08", 20, "öppenvård", [
        ("Vitalparametrar", "AF: 24/min\nSaturation: 93 % utan O2\nBT: 95/55\nPuls: 118\nTemp: 39,1\nRLS: 2"),
        ("Bedömning", "qSOFA: 2/3 (AF ≥ 22, påverkad medvetandegrad)\nMisstänkt sepsis: Ja\n"
         "Fokus: Urinvägar? KAD sedan tre veckor"),
        ("Åtgärd", "Sepsislarm kl 14.12. Blododlingar x 2 och urinodling tagna. "
         "Pip/Tazo 4 g iv kl 14.40 enligt ordination dr Nyberg."),
    ])], [M102], [],
    "Sepsis screening form: qSOFA 2 and 'Misstänkt sepsis: Ja' is a suspected diagnosis in a visible section.")

C("d72-curb65-trolig-pneumoni", "skane", "1951-07-30", [
    N("n1", "Melior", "Inskrivningsanteckning", "hbg_med", "Ahmad Rezaei", "läkare",
      "2024-01-08T19:30", 55, "slutenvård", [
        ("Anamnes", "Hosta i 4 dagar med gulgrönt sputum, feber upp till 39. Rökare, 20 paketår. Ingen känd KOL."),
        ("Status", "AT: Lätt påverkad. Lungor: Rassel basalt hö, nedsatta andningsljud hö bas.\n"
         "AF 20, sat 94 %, BT 135/80\nKonfusion: Nej"),
        ("Bedömning", "CURB-65: 1 p (ålder)\nTrolig samhällsförvärvad pneumoni hö underlob. Rtg pulm beställd.\n"
         "Behandling enl PM: PcV 1 g x 3 iv."),
    ])], [M102], [M101],
    "CURB-65 score followed by 'Trolig samhällsförvärvad pneumoni': hedged pneumonia in a visible admission note.")

C("d72-vgr-wells-dvt-hog-sannolikhet", "vgr", "1996-02-14", [
    N("n1", "Melior", "Mottagningsanteckning", "alingsas_med", "Sofia Berntsson", "läkare",
      "2024-05-06T10:15", 30, "öppenvård", [
        ("Aktuellt", "Svullnad hö vad sedan 5 dagar, flög hem från Bangkok för en vecka sedan.\n"
         "Tidigare DVT/LE: Nej\nÖstrogen: Kombinerade p-piller"),
        ("Status", "Vadomfång hö 41 cm, vä 37 cm. Pittingödem hö underben. Ömhet längs djupa vensystemet."),
        ("Bedömning", "Wells DVT-score: 3 p\nTolkning: Hög klinisk sannolikhet för DVT\nD-dimer: Ej taget"),
        ("Planering", "UL venösa bensystemet imorgon kl 08.15. Innohep 14 000 E sc som bryggbehandling."),
    ])], [M102], [],
    "Wells score interpretation 'Hög klinisk sannolikhet för DVT' is a suspected DVT in a visible section.")

C("d72-typo-lungembolli-kan-ej-uteslutas", "skane", "1957-10-11", [
    N("n1", "Melior", "Akutanteckning", "csk_akut", "Per-Olof Nilsson", "läkare",
      "2024-06-21T22:10", 35, "öppenvård", [
        ("Aktuellt", "Plötslig andfåddhet och hö-sidig andningskorrelerad bröstsmärta sedan igår. Knäprotes hö för 3 v sedan."),
        ("Status", "Puls 112, sat 91 %, AF 26. Lungor: Normala andningsljud. Hö ben: måttlig postop-svullnad."),
        ("Bedömning", "Wells LE: 6,0 p\nLungembolli kan ej uteslutas, DT lungartärer beställd akut.\n"
         "Fragmin 200 E/kg sc i väntan på DT."),
    ])], [M102], [],
    "Wells PE score with 'Lungembolli kan ej uteslutas' (misspelt diagnosis word) stands in the visible assessment.")

C("d72-vgr-retts-triage-misstankt-acs-kryss", "vgr", "1959-08-25", [
    N("n1", "Melior", "Triage", "skas_akut", "Jonna Ek", "sjuksköterska",
      "2024-07-12T07:02", 15, "öppenvård", [
        ("Triage", "ESS: 11 Bröstsmärta\nVitalparametrar: Prio gul\nSlutlig prio: Orange\n"
         "EKG inom 10 min: [x]\nMisstänkt ACS: [x] Ja  [ ] Nej"),
        ("Aktuellt", "Bröstsmärtan började kl 06 under morgonpromenaden, tryckande, strålar ut i vä arm."),
        ("Åtgärd", "Trombyl 320 mg tuggad kl 07.05 enligt PM. Nitro spray 0,4 mg x 1 med viss lindring. Dr Hussein informerad."),
    ])], [M102], [],
    "Triage checkbox 'Misstänkt ACS: [x] Ja' marks a suspected coronary syndrome in a visible section.")

C("d72-strokelarm-kryss-misstankt-stroke", "skane", "1948-03-09", [
    N("n1", "Melior", "Strokelarm", "sus_stroke", "Karin Åberg", "läkare",
      "2024-05-14T09:48", 70, "slutenvård", [
        ("Aktuellt", "Insjuknande: 2024-05-14 kl 09.20 (vittne: make)\nSymtom: Hö-sidig svaghet arm > ben, afasi\n"
         "Antikoagulantia: Nej\nTrombolyskontraindikation: Nej"),
        ("Status", "NIHSS: 9\nBT: 178/96\nP-glukos: 6,8"),
        ("Bedömning", "[x] Misstänkt stroke\n[ ] Stroke mimic\nDT hjärna: Ingen blödning. DT-angio: svar inväntas.\n"
         "Trombolys: Ja, start kl 10.02."),
    ])], [M102], [],
    "Stroke alarm checklist with '[x] Misstänkt stroke' ticked; the hedged diagnosis is visible.")

C("d72-vgr-symtomdiagnos-med-dd-rad", "vgr", "1969-11-28", [
    N("n1", "Melior", "Läkaranteckning", "sas_kir", "Lina Carlsson", "läkare",
      "2024-09-03T13:20", 45, "öppenvård", [
        ("Anamnes", "Smärta vä fossa sedan 3 d, lös avföring utan blod. Ingen feber hemma."),
        ("Status", "Buk: Palpöm i vä fossa, ingen défense. Temp 37,9."),
        ("Lab", "CRP 48\nLPK 11,2\nHb 138"),
        ("Bedömning", "Diagnos (ICD-10): R10.4 Buksmärta UNS\nDD: Divertikulit, infektiös kolit\n"
         "DT buk elektivt inom en vecka om kvarstående besvär."),
    ])], [M102], [],
    "A symptom code in the ICD field plus a 'DD:' line naming diverticulitis and colitis: the DD line is a visible hypothesis.")

C("d72-phq9-talar-for-depression", "skane", "1988-04-19", [
    N("n1", "Melior", "Bedömningssamtal", "hassleholm_psyk", "Emma Wallin", "psykolog",
      "2024-02-27T11:00", 90, "öppenvård", [
        ("Skattningar", "PHQ-9: 17 p\nTolkning: Talar för medelsvår till svår depression\nGAD-7: 8 p\n"
         "PHQ-9 fråga 9 (tankar på att dö): 1 – flera dagar"),
        ("Bedömning", "Suicidriskbedömning gjord, låg akut risk. Ingen plan eller avsikt uttalad."),
        ("Planering", "Läkarbedömning inom två veckor. Pat får KBT-material via Stöd och behandling."),
    ])], [M102], [],
    "Rating-scale interpretation 'Talar för medelsvår till svår depression' is a hedged diagnosis in a visible section.")

C("d72-vgr-audit-talar-for-beroende", "vgr", "1972-06-06", [
    N("n1", "Melior", "Sjuksköterskeanteckning", "angered_psyk", "Tobias Lund", "sjuksköterska",
      "2024-10-15T09:30", 60, "öppenvård", [
        ("Aktuellt", "Remitterad från VC pga förhöjda leverprover. Dricker enl egen uppgift en flaska vin/dag, mer på helger."),
        ("Skattningar", "AUDIT: 24 p (talar för alkoholberoende)\nDUDIT: 0 p\nPEth: 1,1 µmol/l"),
        ("Planering", "Läkarbesök för ställningstagande till disulfiram eller naltrexon. Pat motiverad till förändring."),
    ])], [M102], [],
    "AUDIT score with '(talar för alkoholberoende)' puts a hedged dependence diagnosis in a visible VGR section.")

C("d72-mmse-kan-inte-utesluta-alzheimer", "skane", "1944-01-23", [
    N("n1", "Melior", "Läkaranteckning", "landskrona_minne", "Gunnar Bengtsson", "läkare",
      "2024-03-12T14:00", 120, "öppenvård", [
        ("Utredning", "MMSE-SR: 23/30 (fördröjd återgivning 0/3, tidsorientering 3/5)\nKlocktest: Patologiskt\n"
         "DT hjärna: Lätt central atrofi, inga infarkter"),
        ("Bedömning", "Kognitiv svikt. Kan inte utesluta begynnande Alzheimers sjukdom, LP för demensmarkörer planeras."),
    ])], [M102], [],
    "After a structured MMSE block, 'Kan inte utesluta begynnande Alzheimers sjukdom' is a visible hypothesis.")

C("d72-vgr-abcd2-trolig-tia", "vgr", "1955-05-05", [
    N("n1", "Melior", "Akutanteckning", "nal_med", "Hanna Pettersson", "läkare",
      "2024-08-19T15:45", None, "slutenvård", [
        ("Aktuellt", "Övergående domning hö hand och talsvårigheter ca 20 min idag kl 11. Helt återställd vid ankomst."),
        ("Status", "NIHSS 0. BT 162/94. EKG: sinusrytm 72/min."),
        ("Bedömning", "ABCD2: 5 p\nTrolig TIA vä hemisfär. Inläggning för snabbutredning med UL halskärl och telemetri."),
    ])], [M102], [],
    "ABCD2 score line followed by 'Trolig TIA' in the visible assessment.")

C("d72-chadsvasc-ev-paroxysmalt-ff", "skane", "1957-12-02", [
    N("n1", "Melior", "Mottagningsanteckning", "angelholm_med", "Maria Olsson", "läkare",
      "2024-04-24T10:40", 50, "öppenvård", [
        ("Aktuellt", "Hjärtklappningsattacker senaste 2 mån, oregelbundna, varar timmar. EKG på VC visade sinusrytm."),
        ("Riskvärdering", "CHA2DS2-VASc: 3 p (ålder 65–74, hypertoni, kvinna)\nHAS-BLED: 1 p"),
        ("Bedömning", "Ev. paroxysmalt förmaksflimmer. Långtids-EKG 72 h bokat. "
         "Ställningstagande till antikoagulation efter registreringen."),
    ])], [M102], [],
    "Risk scores are filled in for an atrial fibrillation that is only 'Ev.' — the hedged arrhythmia diagnosis is visible.")

C("d72-vgr-icd-falt-med-fragetecken", "vgr", "1937-09-14", [
    N("n1", "Melior", "Läkaranteckning", "lidk_med", "Anders Johansson", "läkare",
      "2024-11-04T11:25", 20, "slutenvård", [
        ("Bedömning", "Diagnos (ICD-10): J18.9 Pneumoni ?\nRtg pulm: Svårbedömd, infiltrat i hö mellanlob enl preliminärt svar."),
        ("Åtgärd", "Doxycyklin 200 mg dag 1, därefter 100 mg x 1. Ny lungröntgen om 6 veckor."),
    ])], [M102], [],
    "A question mark after the diagnosis in the ICD-10 field makes the pneumonia a hypothesis in a visible section.")

C("d72-typo-missankt-diagnos-appendicit", "skane", "1999-07-07", [
    N("n1", "Melior", "Akutanteckning", "ystad_kir", "Oskar Mårtensson", "läkare",
      "2024-06-02T01:15", 40, "öppenvård", [
        ("Anamnes", "Periumbilikal smärta sedan igår kväll, har vandrat ner till hö fossa. Illamående, kräkts en gång."),
        ("Status", "Temp 38,0. Buk: Släppömhet hö fossa, Rovsing pos."),
        ("Lab", "CRP 34, LPK 14,8"),
        ("Bedömning", "Missänkt diagnos: Appendicit\nAlvarado: 8 p\nKirurgbakjour kontaktad, op-anmäld för laparoskopi."),
    ])], [M102], [],
    "Typo 'Missänkt diagnos:' (for Misstänkt) still marks suspected appendicitis in a visible section.")

C("d72-vgr-typo-prelimnar-borreliaartrit", "vgr", "1983-10-20", [
    N("n1", "Melior", "Mottagningsanteckning", "su_reum", "Petra Ljung", "läkare",
      "2024-10-01T09:10", 75, "öppenvård", [
        ("Aktuellt", "Svullet hö knä sedan 3 v utan trauma. Fästingbett i somras, minns ingen rodnad."),
        ("Status", "Hö knä: Palpabel hydrops, lätt värmeökning, rörlighet 0–110."),
        ("Utredning", "Ledpunktion: 40 ml grumlig vätska, odling neg, inga kristaller.\nBorreliaserologi: IgG pos"),
        ("Bedömning", "Prelimnär diagnos: Borreliaartrit hö knä\nBehandling: Doxycyklin 100 mg x 2 i 28 dagar."),
    ])], [M102], [],
    "Typo 'Prelimnär diagnos:' still marks a preliminary (unsettled) Lyme arthritis diagnosis in a visible section.")

C("d72-skane-sokord-tidiga-hypoteser-skyddar-ej", "skane", "1953-02-08", [
    N("n1", "Melior", "Läkaranteckning", "sus_hemat", "Ingrid Persson", "läkare",
      "2024-05-28T13:30", 60, "öppenvård", [
        ("Aktuellt", "Remiss från VC pga trötthet och SR 78. Hb 104, kreatinin 132."),
        ("Tidiga hypoteser", "Misstänkt myelom, M-komponent 28 g/l IgG kappa."),
        ("Planering", "Benmärgsprov 12/6. Lågdos-DT skelett."),
    ])], [M102], [],
    "Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside a Läkaranteckning is still visible.")

C("d72-vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1990-12-30", [
    N("n1", "Melior", "Tidiga hypoteser", "su_neuro", "David Lindgren", "läkare",
      "2024-02-05T15:00", 35, "öppenvård", [
        ("Bedömning", "Upprepade episoder av dubbelseende och bältesformad domning bålen. MR hjärna: flera "
         "periventrikulära lesioner. Misstänkt multipel skleros, LP bokad."),
    ])], [M102], [],
    "VGR protects by sökord, not template: a note whose template is named Tidiga hypoteser but whose sökord is Bedömning is visible.")

C("d72-barn-kriteriechecklista-kawasaki", "skane", "2020-03-15", [
    N("n1", "Melior", "Läkaranteckning", "hbg_barn", "Sara Holm", "läkare",
      "2024-04-09T17:20", 45, "slutenvård", [
        ("Aktuellt", "Feber sedan 6 dygn trots antibiotika från VC. Irriterad, äter dåligt."),
        ("Kriterier", "Feber ≥ 5 d: [x]\nBilateral konjunktivit utan sekret: [x]\nLäppförändringar/smultrontunga: [x]\n"
         "Exantem: [ ]\nFörändringar händer/fötter: [x]\nCervikal lymfadenit > 1,5 cm: [ ]"),
        ("Bedömning", "Misstanke om: [x] Kawasakis sjukdom  [ ] Scharlakansfeber\nEkokardiografi beställd, IVIG diskuteras med bakjour."),
    ])], [M102], [],
    "Child's note: ticked 'Misstanke om: [x] Kawasakis sjukdom' is a hedged diagnosis visible to the guardians.")

C("d72-vgr-barn-triage-trolig-rs-bronkiolit", "vgr", "2023-11-02", [
    N("n1", "Melior", "Akutanteckning", "su_barn", "Amanda Fors", "läkare",
      "2024-04-01T21:35", 25, "öppenvård", [
        ("Triage", "ESS 88 Andningsbesvär barn\nPrio: Gul\nÄter: ca 50 % av normalt\nBlöjor senaste dygnet: 3"),
        ("Status", "AF 56, sat 93 %, jugulära indragningar. Pip och knatter bilat."),
        ("Bedömning", "Trolig RS-bronkiolit, snabbtest taget och svar inväntas. Inläggning för sondmatning och övervakning."),
    ])], [M102], [],
    "Infant triage form, then 'Trolig RS-bronkiolit' in the visible assessment.")

C("d72-news2-sepsis-fragetecken-ja", "skane", "1946-06-18", [
    N("n1", "Melior", "Omvårdnadsanteckning", "trelleborg_ort", "Lena Hansson", "sjuksköterska",
      "2024-09-25T16:30", 30, "slutenvård", [
        ("Vitalparametrar", "NEWS2: 7 (AF 23, sat 92, puls 121, temp 38,9)\nFörändring sedan kl 08: +5"),
        ("Bedömning", "Sepsis?: Ja – sårrodnad och sekretion hö höft postop dag 4\nLäkare tillkallad: Ja, dr Omar Haddad kl 16.25"),
        ("Åtgärd", "Odlingar tagna enligt läkarordination. Ringer-Acetat 1000 ml startad. Kontroller var 30:e minut."),
    ])], [M102], [],
    "Nursing NEWS2 block with the field 'Sepsis?: Ja' — a suspected sepsis documented visibly.")

C("d72-vgr-dt-fragestallning-sah", "vgr", "1981-04-04", [
    N("n1", "Melior", "Akutanteckning", "su_akut", "Jesper Åkesson", "läkare",
      "2024-03-07T15:50", 30, "öppenvård", [
        ("Aktuellt", "Åskknallshuvudvärk kl 15 under styrketräning, max direkt, VAS 10. Kräkts en gång. Ingen tidigare migrän."),
        ("Status", "Vaken, orienterad. Nackstyvhet: Lätt. Inga fokala bortfall."),
        ("Utredning", "DT hjärna akut, frågeställning: SAH?\nLP > 12 h efter debut om DT är utan anmärkning."),
    ])], [M102], [],
    "Referral line 'frågeställning: SAH?' copied into the visible note is a hedged subarachnoid haemorrhage.")

C("d72-onk-uppfoljning-misstankt-recidiv-ja", "skane", "1962-08-12", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_onk_lund", "Fredrik Svensson", "läkare",
      "2024-10-22T10:00", 90, "öppenvård", [
        ("Uppföljning", "Diagnos (ICD-10): C18.7 Koloncancer sigmoideum, op 2022, adjuvant CAPOX avslutad 2023\n"
         "CEA: 14 (förra kontrollen 3)\nDT thorax-buk: Två nytillkomna hypodensa leverförändringar, 12 och 18 mm"),
        ("Bedömning", "Misstänkt recidiv: Ja – levermetastaser\nMR lever beställd, anmäls till MDK lever."),
    ])], [M102], [],
    "Follow-up form: the known colon cancer is settled, but 'Misstänkt recidiv: Ja – levermetastaser' is a visible hypothesis.")

C("d72-vgr-klinisk-diagnos-melanom-fragetecken", "vgr", "1970-01-31", [
    N("n1", "Melior", "Mottagningsanteckning", "su_hud", "Helena Strand", "läkare",
      "2024-06-11T13:40", 25, "öppenvård", [
        ("Status", "Rygg: 9 mm asymmetrisk pigmenterad lesion med ojämn begränsning och flera färgnyanser.\n"
         "Dermatoskopi: Atypiskt nätverk, regressionszoner."),
        ("Bedömning", "Klinisk diagnos: Malignt melanom?\nÅtgärd: Diagnostisk excision med 2 mm marginal, PAD."),
    ])], [M102], [],
    "'Klinisk diagnos: Malignt melanom?' — the question mark leaves the melanoma unconfirmed in a visible section.")

C("d72-dt-bild-som-vid-ileus", "skane", "1958-09-09", [
    N("n1", "Melior", "Akutanteckning", "hbg_kir", "Nils Ekström", "läkare",
      "2024-12-01T04:20", None, "slutenvård", [
        ("Aktuellt", "Uppkörd buk, kräkningar sedan igår, ingen gas eller avföring på två dygn. Op för perforerad appendicit 2015."),
        ("Rtg", "DT buk: Dilaterade tunntarmsslingor med kaliberväxling i nedre buken, bild som vid tunntarmsileus."),
        ("Åtgärd", "V-sond, fasta, iv vätska. Gastrografinpassage."),
    ])], [M102], [],
    "Imaging field quoting 'bild som vid tunntarmsileus' — a hedged ileus diagnosis in a visible section.")

C("d72-vgr-ul-forenligt-med-kolecystit", "vgr", "1977-03-21", [
    N("n1", "Melior", "Akutanteckning", "nal_kir", "Rebecka Håkansson", "läkare",
      "2024-07-28T20:10", 40, "slutenvård", [
        ("Anamnes", "Smärta under hö arcus sedan ett dygn efter fet middag. Feber 38,3 hemma."),
        ("Status", "Murphys tecken: Pos\nIkterus: Nej"),
        ("Utredning", "UL lever/galla: Gallblåsevägg 6 mm, konkrement i halsen, perivesikal vätska – förenligt med akut kolecystit."),
        ("Planering", "Inläggning, Tazocin iv, anmäld för akut laparoskopisk kolecystektomi inom 72 h."),
    ])], [M102], [],
    "Ultrasound field ending '– förenligt med akut kolecystit' is a hedged diagnosis in a visible VGR section.")

C("d72-lang-inskrivning-trol-hjartsvikt", "skane", "1943-11-06", [
    N("n1", "Melior", "Inskrivningsanteckning", "csk_med", "Elin Gustafsson", "läkare",
      "2024-01-29T18:45", 65, "slutenvård", [
        ("Inkomstorsak", "Tilltagande andfåddhet och bensvullnad sedan 2 v."),
        ("Anamnes", "Tidigare: Hypertoni, DM typ 2 (tablettbeh), höftprotes vä 2017.\n"
         "Aktuellt: Orkar inte gå till brevlådan, sover med 3 kuddar, vaknar andfådd nattetid. Gått upp 4 kg på två veckor. "
         "Ingen bröstsmärta, ingen feber. Hostar lite vitt slem."),
        ("Hereditet", "Ua"),
        ("Sociala förhållanden", "Änka, bor ensam i villa. Hemtjänst: Nej. Dotter i Åhus hjälper med inköp. Rökning: Aldrig. Alkohol: Sparsamt."),
        ("Läkemedel", "Metformin 500 mg 1x2, Amlodipin 10 mg 1x1, Simvastatin 20 mg 1x1, Alvedon vb."),
        ("Allergier", "Inga kända"),
        ("Status", "AT: Gott, lätt dyspné i vila. AF 22, sat 93 % luft.\nCor: Oregelbunden rytm, fq 96, inga blåsljud.\n"
         "Pulm: Krepitationer bilat basalt upp till skulderbladsspetsarna.\nBuk: Mjuk, oöm.\n"
         "Extr: Pittingödem till knäna bilat.\nNeuro: Ua, ingen fokalitet."),
        ("Lab", "Hb 121, CRP 12, krea 118, Na 136, K 4,6, NT-proBNP 6 800, TnT 19"),
        ("EKG", "Förmaksflimmer 96/min, vänsterställd el-axel, inga akuta ST-T-förändringar."),
        ("Bedömning", "Trol. hjärtsvikt, nydebuterad, med förmaksflimmer av okänd duration. Ej infektionstecken."),
        ("Planering", "Furix 40 mg iv x 2, vikt dagligen, vätskelista. Eko under vårdtiden. Frekvensreglering med Bisoprolol, "
         "ställningstagande till NOAK efter riskvärdering. Metformin pausas tills krea stabilt."),
    ])], [M102], [M101],
    "Long admission chart with many template headings; one line 'Trol. hjärtsvikt, nydebuterad' is the visible hypothesis.")

C("d72-vgr-lang-gravid-inger-misstanke-pyelonefrit", "vgr", "1994-08-08", [
    N("n1", "Melior", "Akutanteckning", "su_kvinno", "Karolina Westin", "läkare",
      "2024-09-14T02:30", 80, "öppenvård", [
        ("Obstetrisk anamnes", "Para 0, gravida 1. Beräknad partus: 2025-01-02. Graviditetslängd: 24+3. Kontroller på MVC ua."),
        ("Aktuellt", "Sveda vid miktion i 3 dagar, nu feber 39,2, frossa och smärta i hö flank sedan kvällen. "
         "Kräkts två gånger, får inte i sig vätska."),
        ("Sammandragningar", "Nej"),
        ("Blödning", "Nej"),
        ("Fosterrörelser", "Ja, som vanligt"),
        ("Status", "AT: Påverkad av feber, varm, torr i munnen.\nBT 112/68, puls 118, temp 39,0, sat 98 %.\n"
         "Dunkömhet hö njurloge: Ja\nBuk: Mjuk, uterus oöm, SF-mått enl kurva.\nCTG: Fosterfrekvens 155, normal variabilitet."),
        ("Lab", "CRP 164, LPK 17,9, krea 62. U-sticka: Nitrit pos, leukocyter 3+."),
        ("Bedömning", "Bilden inger misstanke om pyelonefrit hö under graviditet. Ingen påverkan på fostret i nuläget."),
        ("Åtgärd", "Urinodling och blododling tagna. Cefotaxim 1 g x 3 iv. Inläggning på antenatalavdelningen, "
         "iv vätska, UL njurar imorgon."),
    ])], [M102], [],
    "Long structured obstetric chart; 'Bilden inger misstanke om pyelonefrit' stands in the visible assessment.")

C("d72-telefon-provsvar-kan-rora-sig-om-pmr", "skane", "1951-04-27", [
    N("n1", "Melior", "Telefonanteckning", "trelleborg_med", "Ulrika Jönsson", "läkare",
      "2024-08-06T12:15", 10, "öppenvård", [
        ("Provsvar", "SR: 64\nCRP: 38\nCK: 112 (normalt)\nRF/anti-CCP: Neg"),
        ("Kommentar", "Stelhet i skuldror och höfter på morgonen > 1 h sedan två månader. Kan röra sig om polymyalgia reumatica. "
         "Prednisolon 15 mg provas, pat ringer om en vecka och berättar effekten."),
    ])], [M102], [],
    "Lab result fields, then a free-text comment 'Kan röra sig om polymyalgia reumatica' — a visible hypothesis.")

C("d72-vgr-heart-score-sannolikt-instabil-angina", "vgr", "1960-02-19", [
    N("n1", "Melior", "Läkaranteckning", "skas_kard", "Mikael Dahl", "läkare",
      "2024-12-09T14:30", 35, "slutenvård", [
        ("Bedömning", "HEART score: 6 p (H2 E1 A2 R1 T0)\nhs-TnT: 9 → 11 ng/l\n"
         "Sannolikt instabil angina. Inläggning HIA, koronarangiografi nästa vardag."),
    ])], [M102], [],
    "One-section note: HEART score then 'Sannolikt instabil angina' — hedged diagnosis visible.")

C("d72-gyn-misstankt-x-graviditet-ja", "skane", "1993-06-30", [
    N("n1", "Melior", "Akutanteckning", "csk_kvinno", "Linnea Borg", "läkare",
      "2024-03-18T19:05", 30, "öppenvård", [
        ("Aktuellt", "SM: 2024-02-03 (6+4). Blödning och ensidig smärta vä sedan igår. Positivt graviditetstest hemma."),
        ("Status", "VUL: Ingen intrauterin graviditet, fri vätska i fossa Douglasi, 2,5 cm resistens vä adnex.\nhCG: 2 400"),
        ("Bedömning", "Misstänkt extrauterin graviditet: Ja\nPlan: Laparoskopi ikväll, bakjour informerad."),
    ])], [M102], [],
    "Gynaecology emergency form field 'Misstänkt extrauterin graviditet: Ja' in a visible section.")

C("d72-vgr-misst-forkortning-scaphoideum", "vgr", "2001-09-12", [
    N("n1", "Melior", "Akutanteckning", "su_molndal_akut", "Viktor Engström", "läkare",
      "2024-02-24T18:50", 20, "öppenvård", [
        ("Aktuellt", "Föll på utsträckt hand på inlines igår. Ont radialt i hö handled."),
        ("Status", "Ömhet i fossa tabatière. Smärta vid axial kompression av tummen."),
        ("Rtg", "Hö handled + scaphoideumserie: Ingen synlig fraktur."),
        ("Bedömning", "Misst. scaphoideumfraktur trots neg rtg. Skafoidgips, ny rtg alt MR om 10–14 d."),
    ])], [M102], [],
    "Abbreviated hedge 'Misst.' on a scaphoid fracture despite a negative X-ray — still a visible hypothesis.")

C("d72-typo-differentaldiagnos-temporalisarterit", "skane", "1946-10-10", [
    N("n1", "Melior", "Akutanteckning", "hbg_akut", "Jonas Lindahl", "läkare",
      "2024-11-13T11:40", 45, "öppenvård", [
        ("Aktuellt", "Ny tinninghuvudvärk hö sedan 3 v, käkclaudicatio vid tuggning."),
        ("Status", "Ömmande, förtjockad a. temporalis hö med svag puls. Visus ua bilat."),
        ("Lab", "SR 82, CRP 46, TPK 480"),
        ("Bedömning", "Diagnos: Huvudvärk\nDifferentaldiagnos: Temporalisarterit (jättecellsarterit)\n"
         "Prednisolon 60 mg startat idag, biopsi a. temporalis via ögonkliniken inom en vecka."),
    ])], [M102], [],
    "Typo in the heading 'Differentaldiagnos:' filled with giant cell arteritis next to a symptom diagnosis — visible hypothesis.")

C("d72-vgr-typo-trolgi-gikt", "vgr", "1952-05-16", [
    N("n1", "Melior", "Akutanteckning", "skas_akut", "Ida Nyström", "läkare",
      "2024-05-20T08:30", 25, "öppenvård", [
        ("Aktuellt", "Akut insättande smärta och rodnad vä stortå i natt. Furosemid insatt för två veckor sedan."),
        ("Status", "MTP I vä: Rodnad, svullen, extremt ömmande. Temp 37,6."),
        ("Lab", "Urat 520, CRP 58"),
        ("Bedömning", "Trolgi gikt (podagra) vä. Ledpunktion ej möjlig pga smärta.\nNaproxen 500 mg x 2 i 5 d, urat kontroll om 6 v."),
    ])], [M102], [],
    "Typo 'Trolgi gikt' (for Trolig) is still a hedged gout diagnosis in a visible section.")

C("d72-typo-sanolik-diagnos-bells-pares", "skane", "1985-02-02", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_onh", "Camilla Roos", "läkare",
      "2024-07-03T09:20", 40, "öppenvård", [
        ("Status", "Perifer facialispares hö, House-Brackmann III. Kan inte rynka pannan hö. Öron: Ua bilat, inga blåsor."),
        ("Bedömning", "Sanolik diagnos: Bells pares hö\nBorreliaserologi tagen. Prednisolon 50 mg i 10 d. Ögonskydd nattetid."),
    ])], [M102], [],
    "Typo 'Sanolik diagnos:' (for Sannolik) with Bell's palsy in a visible section.")

C("d72-vgr-triage-x-markering-intoxikation", "vgr", "1998-12-12", [
    N("n1", "Melior", "Triage", "sas_akut", "Fatima Ali", "sjuksköterska",
      "2024-08-31T23:55", 15, "öppenvård", [
        ("Triage", "ESS 63 Förgiftning\nMisstänkt intoxikation: X\nMisstänkt trauma: \nGCS: 13 (E3 V4 M6)\n"
         "Medförda tomma kartor: Paracetamol 500 mg x 40, Propavan"),
        ("Åtgärd", "S-paracetamol 4 h efter intag beställt. Giftinformationscentralen kontaktad. Extravak 1:1."),
    ])], [M102], [],
    "Triage form with an 'X' mark after 'Misstänkt intoxikation:' — a suspected poisoning in a visible section; the empty trauma field is noise.")

C("d72-utkast-prel-diagnos-legionella", "skane", "1966-03-03", [
    N("n1", "Melior", "Inskrivningsanteckning", "sus_infek", "Robert Nord", "läkare",
      "2024-07-16T22:00", None, "slutenvård", [
        ("Aktuellt", "Hemkommen från Spanien (hotell med spabad) för 5 d sedan. Hög feber, torrhosta, diarré och förvirring."),
        ("Lab", "Na 128, CRP 286, ALAT 1,9. Legionella-antigen i urin: Skickat."),
        ("Bedömning", "Prel. diagnos: Legionellapneumoni\nLevofloxacin 500 mg x 2 iv."),
    ])], [M102], [],
    "Unsigned draft: 'Prel. diagnos: Legionellapneumoni' — a preliminary diagnosis in a visible section before signing.")

C("d72-vgr-odlingssvar-trolig-endokardit", "vgr", "1956-07-22", [
    N("n1", "Melior", "Telefonanteckning", "su_infek", "Gustav Berg", "läkare",
      "2024-01-17T13:05", 15, "slutenvård", [
        ("Odlingssvar", "Blododling 2/2 flaskor: Staphylococcus aureus (MSSA)\nResistens: Känslig för kloxacillin"),
        ("Kommentar", "Trolig endokardit med tanke på nytt systoliskt blåsljud och två positiva flaskor. TEE beställd. "
         "Kloxacillin 2 g x 6 iv."),
    ])], [M102], [],
    "Culture-result template followed by 'Trolig endokardit' in the free-text comment field.")

C("d72-fragetecken-fore-diagnos-pneumothorax", "skane", "2004-05-11", [
    N("n1", "Melior", "Akutanteckning", "sus_akut_lund", "Maja Forsberg", "läkare",
      "2024-10-09T12:30", 20, "öppenvård", [
        ("Aktuellt", "Lång, smal man. Plötslig stickande smärta vä thorax och andnöd sedan morse, i vila."),
        ("Status", "Sat 95 %, AF 20. Nedsatta andningsljud apikalt vä."),
        ("Bedömning", "? Spontanpneumothorax vä\nRtg pulm i exspiration beställd, lungjour kontaktas vid bekräftelse."),
    ])], [M102], [],
    "A leading '?' before 'Spontanpneumothorax' is a hedge on a diagnosis in a visible section (20-year-old reads it).")


C("d72-vgr-diagnos-enligt-remiss-misstankt-celiaki", "vgr", "1998-04-03", [
    N("n1", "Melior", "Nybesök", "alingsas_gastro", "Nora Eklund", "läkare",
      "2024-09-17T08:30", 40, "öppenvård", [
        ("Remissorsak", "Remittent: Vårdcentralen Sollebrunn\nDiagnos enligt remiss: Misstänkt celiaki\n"
         "Transglutaminas-IgA: 46 (ref < 7)"),
        ("Aktuellt", "Lös avföring och uppblåsthet i ett år, järnbrist trots tillskott. Äter vanlig kost."),
        ("Planering", "Gastroskopi med duodenalbiopsier om två veckor. Fortsätt äta gluten fram till dess."),
    ])], [M102], [],
    "Referral header field 'Diagnos enligt remiss: Misstänkt celiaki' copied into a visible section of the VGR note.")

C("d72-konsultfraga-ev-sarkoidos", "skane", "1979-01-29", [
    N("n1", "Melior", "Konsultationsanteckning", "sus_lunga", "Thomas Widell", "läkare",
      "2024-01-11T13:40", 30, "slutenvård", [
        ("Konsultfråga", "Från: Ögonkliniken SUS Lund\nFråga: Ställningstagande till ev. sarkoidos hos pat med bilateral uveit"),
        ("Bedömning", "DT thorax visar bilaterala hiluslymfkörtlar. Bronkoskopi med EBUS bokas, S-ACE och kalcium tagna."),
    ])], [M102], [],
    "Consultation template: the question line 'Ställningstagande till ev. sarkoidos' is a hedged diagnosis in a visible section.")

C("d72-vgr-ekg-tolkning-mojligt-wpw", "vgr", "2005-07-21", [
    N("n1", "Melior", "EKG-bedömning", "skas_kard", "Mikael Dahl", "läkare",
      "2024-03-02T10:05", 15, "öppenvård", [
        ("EKG", "Rytm: Sinusrytm 78/min\nPQ: 100 ms\nQRS: 118 ms, deltavåg i V2–V4\nTolkning: Möjligt WPW-syndrom"),
        ("Åtgärd", "Arbets-EKG och remiss till arytmimottagningen. Avstå tävlingsidrott tills vidare."),
    ])], [M102], [],
    "ECG template interpretation line 'Möjligt WPW-syndrom' is a visible hypothesis.")

C("d72-diagnosstatus-preliminar-ra", "skane", "1976-06-08", [
    N("n1", "Melior", "Nybesök", "csk_reum", "Henrik Paulsson", "läkare",
      "2024-04-17T11:15", 45, "öppenvård", [
        ("Aktuellt", "Svullna fingerleder och morgonstelhet 2 h sedan tre månader."),
        ("Status", "Synovit MCP II–III bilat och PIP III hö. Svullna leder: 6, ömma leder: 8."),
        ("Diagnos", "Diagnos: Reumatoid artrit\nDiagnosstatus: Preliminär – anti-CCP och rtg händer/fötter inväntas"),
        ("Planering", "Prednisolon 10 mg i väntan på svar. Återbesök 3 v."),
    ])], [M102], [],
    "The drop-down 'Diagnosstatus: Preliminär' marks the stated rheumatoid arthritis as not yet settled, in a visible section.")


# =====================================================================
# Part B: NL102 negatives - empty headings, Nej answers, ruled out,
# relatives, plans, protected places, PMO
# =====================================================================

C("d72-tom-rubrik-misstankt-diagnos-radiusfraktur", "skane", "1950-01-19", [
    N("n1", "Melior", "Akutanteckning", "trelleborg_ort", "Hampus Ek", "läkare",
      "2024-01-15T10:10", 30, "öppenvård", [
        ("Aktuellt", "Halkade på isen utanför Netto, tog emot sig med vä hand."),
        ("Status", "Gaffelfelställning vä handled. Distalstatus: Ua."),
        ("Rtg", "Vä handled: Dorsalt vinklad distal radiusfraktur, extraartikulär."),
        ("Diagnos", "Misstänkt diagnos: \nDiagnos (ICD-10): S52.5 Distal radiusfraktur vä"),
        ("Åtgärd", "Reposition i hematomblockad, dorsal gipsskena. Rtg-kontroll om 10 d."),
    ])], [], [M102, M101],
    "The pre-filled heading 'Misstänkt diagnos:' is left empty; the only diagnosis is a confirmed fracture.")

C("d72-vgr-streck-i-misstankt-diagnos-lumbago", "vgr", "1987-07-01", [
    N("n1", "Melior", "Akutanteckning", "kungalv_akut", "Niklas Forsman", "läkare",
      "2024-02-06T09:55", 20, "öppenvård", [
        ("Aktuellt", "Lyfte en tvättmaskin igår, akut ländryggssmärta. Ingen utstrålning, inga blåsrubbningar."),
        ("Status", "Rak benhöjning neg bilat. Reflexer och sensibilitet ua i benen. Paravertebral muskelömhet."),
        ("Bedömning", "Misstänkt diagnos: -\nDiagnos: M54.5 Lumbago\nRöda flaggor: Nej"),
        ("Åtgärd", "Naproxen vb, fortsatt aktivitet. Fysioterapeut vid utebliven förbättring på 4 v."),
    ])], [], [M102],
    "'Misstänkt diagnos: -' holds only a dash; the stated diagnosis (lumbago) is settled.")

C("d72-vgr-qsofa-noll-sepsis-nej", "vgr", "1990-10-25", [
    N("n1", "Melior", "Sepsisscreening", "alingsas_akut", "Therese Lund", "sjuksköterska",
      "2024-12-14T15:25", 10, "öppenvård", [
        ("Vitalparametrar", "AF 16, sat 98 %, BT 124/78, puls 96, temp 38,2, RLS 1"),
        ("Bedömning", "qSOFA: 0/3\nMisstanke om sepsis: Nej\nDiagnos enl läkare: Viral gastroenterit, kräkts och haft diarré sedan igår"),
        ("Åtgärd", "Vätskeersättning per os, Resorb. Hemgång efter läkarbedömning."),
    ])], [], [M102],
    "Sepsis form answered 'Misstanke om sepsis: Nej' — a negated suspicion; the diagnosis given is confirmed.")

C("d72-sepsisscreening-kryss-nej-influensa", "skane", "1938-09-29", [
    N("n1", "Melior", "Omvårdnadsanteckning", "csk_med", "Birgitta Holmberg", "sjuksköterska",
      "2024-01-22T07:40", 25, "slutenvård", [
        ("Screening", "Sepsis: [ ] Ja [x] Nej\nNEWS2: 3\nInfektionsfokus: Luftvägar – influensa A PCR pos 20/1"),
        ("Omvårdnad", "Hostar, orkar sitta uppe i stol till frukost. Dricker 1 200 ml/dygn. Isolering enl vårdhygien."),
    ])], [], [M102],
    "Checkbox 'Sepsis: [ ] Ja [x] Nej' negates sepsis; influenza is PCR-confirmed — no hedged diagnosis.")

C("d72-vgr-wells-noll-dvt-uteslutes", "vgr", "1985-03-17", [
    N("n1", "Melior", "Läkaranteckning", "nal_med", "Johan Axelsson", "läkare",
      "2024-06-04T11:10", 30, "öppenvård", [
        ("Aktuellt", "Ont i vä vad efter intervallöpning i helgen. Ingen svullnad enl pat."),
        ("Bedömning", "Wells DVT: 0 p\nD-dimer: < 0,2\nDVT uteslutes. Besvären bedöms muskulära efter löpträningen."),
    ])], [], [M102],
    "Wells 0 and negative D-dimer: 'DVT uteslutes' is a ruled-out diagnosis, not a hypothesis.")

C("d72-hereditet-far-misstankt-parkinson", "skane", "1965-08-14", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_neuro_malmo", "Anna Falk", "läkare",
      "2024-04-16T14:20", 40, "öppenvård", [
        ("Hereditet", "Far: Misstänkt Parkinsons sjukdom, aldrig utredd, avled 2010\nMor: Ua\nSyskon: Bror med tremor"),
        ("Status", "Symmetrisk postural- och aktionstremor i båda händerna, ingen vilotremor, ingen rigiditet eller bradykinesi."),
        ("Bedömning", "Diagnos: Essentiell tremor (G25.0). Propranolol 10 mg vb före middagar med sällskap."),
    ])], [], [M102],
    "The hedged Parkinson's disease belongs to the father in the 'Hereditet' field; the patient's own diagnosis is settled.")

C("d72-vgr-ev-remiss-handkirurg-plan", "vgr", "1978-11-09", [
    N("n1", "Melior", "Mottagningsanteckning", "su_molndal_ort", "Sanna Hedlund", "läkare",
      "2024-03-26T10:30", 35, "öppenvård", [
        ("Utredning", "ENeG hö arm: Förlängd distal motorisk latens för n. medianus över handleden."),
        ("Bedömning", "Diagnos: G56.0 Karpaltunnelsyndrom hö, ENeG-verifierat\nNattlig handledsortos."),
        ("Planering", "Ev. remiss till handkirurg: Ja, om ej förbättrad efter 6 v\nÅterbesök: Telefon om 6 v"),
    ])], [], [M102],
    "'Ev. remiss till handkirurg: Ja' hedges a plan, not a diagnosis; the carpal tunnel syndrome is verified.")

C("d72-utskrivningschecklista-trolig-utskrivning", "skane", "1934-04-04", [
    N("n1", "Melior", "Utskrivningschecklista", "landskrona_geri", "Annika Sjöberg", "sjuksköterska",
      "2024-03-13T13:15", 20, "slutenvård", [
        ("Diagnos", "Höftfraktur hö, opererad med hemiprotes 2024-03-06"),
        ("Utskrivningsplanering", "Trolig utskrivning: Fredag 15/3\nHemtjänst kontaktad: Ja\nLäkemedelsgenomgång: Utförd\n"
         "Samordnad individuell plan: Påbörjad\nHjälpmedel: Rollator, toalettförhöjning\nTransport: Färdtjänst"),
    ])], [], [M102],
    "'Trolig utskrivning: Fredag' hedges a discharge date; the hip fracture is confirmed and operated.")

C("d72-vgr-crb65-ingen-pneumoni-bronkit", "vgr", "1976-01-05", [
    N("n1", "Melior", "Akutanteckning", "lidk_akut", "Oscar Lindberg", "läkare",
      "2024-02-17T17:45", None, "öppenvård", [
        ("Aktuellt", "Hosta och feber 38,5 i tre dagar. Ingen andnöd."),
        ("Status", "Lungor: Spridda ronki, inga rassel. Sat 97 %."),
        ("Bedömning", "CRB-65: 0 p\nRtg pulm: Ingen pneumoni\nDiagnos: Akut bronkit (J20.9)\nAntibiotika: Nej"),
    ])], [], [M102],
    "CRB-65 0 and 'Ingen pneumoni' on X-ray: pneumonia is negated; acute bronchitis is settled.")

C("d72-vgr-paroxysmalt-ff-icd-chadsvasc", "vgr", "1954-06-23", [
    N("n1", "Melior", "Mottagningsanteckning", "skas_kard", "Lars Wikström", "läkare",
      "2024-09-10T08:45", 40, "öppenvård", [
        ("Diagnos", "Diagnos (ICD-10): I48.0 Paroxysmalt förmaksflimmer, verifierat på 72 h-EKG"),
        ("Riskvärdering", "CHA2DS2-VASc: 2 p (hypertoni, ålder 65–74)\nHAS-BLED: 1 p\nAntikoagulation rekommenderas: Ja"),
        ("Åtgärd", "Eliquis 5 mg x 2 insatt. Krea och Hb om 3 mån via VC."),
    ])], [], [M102, M101],
    "Risk scores for an atrial fibrillation that is verified and coded — a settled diagnosis, nothing hedged, nothing about telling.")

C("d72-strokelarm-nej-bppv", "skane", "1962-12-20", [
    N("n1", "Melior", "Akutanteckning", "sus_akut_lund", "Martin Ström", "läkare",
      "2024-11-25T09:10", 35, "öppenvård", [
        ("Aktuellt", "Yrsel vid sängläge och när hon vänder sig åt hö, attacker under en halv minut, sedan i förrgår."),
        ("Checklista yrsel", "Misstanke om stroke: Nej\nHINTS: Perifert mönster\nNystagmus: Torsionell, uttröttbar"),
        ("Bedömning", "Diagnos: Benign paroxysmal lägesyrsel hö bakre båggång, Dix-Hallpike pos hö\nEpleys manöver utförd med god effekt."),
    ])], [], [M102],
    "Dizziness checklist answers 'Misstanke om stroke: Nej'; BPPV is confirmed by Dix-Hallpike.")

C("d72-vgr-triage-misstankt-acs-nej", "vgr", "2000-04-28", [
    N("n1", "Melior", "Triage", "alingsas_akut", "Elsa Nordin", "sjuksköterska",
      "2024-05-09T12:00", 15, "öppenvård", [
        ("Triage", "ESS 11 Bröstsmärta\nPrio: Grön\nEKG: Sinusrytm, ua\nMisstänkt ACS: [ ] Ja  [x] Nej"),
        ("Aktuellt", "Hugg i vä bröstkorg vid rörelse sedan gymmet igår. Palperbar ömhet över costosternalleden."),
        ("Bedömning", "Diagnos enl jourläkare: Bröstväggssmärta (R07.3)"),
    ])], [], [M102],
    "Triage checkbox ticked at 'Nej' for suspected ACS; the final diagnosis is musculoskeletal chest-wall pain.")

C("d72-rtg-fragestallning-fraktur-besvarad-nej", "skane", "2006-02-10", [
    N("n1", "Melior", "Akutanteckning", "csk_akut", "Tove Andersson", "läkare",
      "2024-08-17T15:30", 20, "öppenvård", [
        ("Aktuellt", "Vrickade hö fot i fotbollsmatch, supinationsvåld. Kunde gå av planen."),
        ("Status", "Svullnad och ömhet anterolateralt hö fotled. Ej ömt över malleolspetsarna eller basen av metatarsale V."),
        ("Rtg", "Hö fotled (frågeställning fraktur): Ingen fraktur."),
        ("Bedömning", "Diagnos: Distorsion hö fotled (S93.4). Tejpning, högläge, belastning efter förmåga."),
    ])], [], [M102],
    "The X-ray field quotes the referral question about a fracture and answers it 'Ingen fraktur' — ruled out, sprain settled.")

C("d72-vgr-feber-uns-oklar-genes", "vgr", "1968-08-30", [
    N("n1", "Melior", "Läkaranteckning", "sas_infek", "Katarina Lindh", "läkare",
      "2024-10-28T10:50", None, "öppenvård", [
        ("Aktuellt", "Feberepisoder upp till 38,6 i tre veckor, nattsvettningar. Ingen utlandsresa senaste året."),
        ("Utredning", "CRP 42, SR 38, blododlingar x 3: Ingen växt. Rtg pulm: Ua. UL buk: Ua."),
        ("Bedömning", "Diagnos: Feber UNS (R50.9)\nGenes: Oklar\nFortsatt utredning med PET-DT."),
    ])], [], [M102],
    "'Genes: Oklar' after 'Feber UNS' names no diagnostic hypothesis; fever is a symptom code.")

C("d72-typo-talar-emto-appendicit-rubrik", "skane", "2012-09-09", [
    N("n1", "Melior", "Akutanteckning", "ystad_kir", "Elias Pålsson", "läkare",
      "2024-06-15T20:40", 30, "öppenvård", [
        ("Aktuellt", "Ont i magen runt naveln sedan i morse, har ätit lunch och middag. Ingen feber. Vårdnadshavare: Mamma med."),
        ("Status", "Opåverkad pojke som hoppar upp på britsen själv. Buk: Mjuk, diffust lätt öm, ingen släppömhet."),
        ("Bedömning", "Talar emto appendicit: Normalt CRP, opåverkad, ingen släppömhet, ätit normalt\n"
         "Diagnos: Buksmärta UNS (R10.4)\nÅter vid försämring."),
    ])], [], [M102],
    "Child of 11: the heading 'Talar emto appendicit:' (typo for emot) weighs against the diagnosis; no hedged diagnosis remains.")

C("d72-vgr-rtg-inga-tecken-pa-pneumoni-astma", "vgr", "2002-03-03", [
    N("n1", "Melior", "Akutanteckning", "su_akut", "Alexander Gran", "läkare",
      "2024-04-22T22:15", 25, "öppenvård", [
        ("Aktuellt", "Känd astma sedan barndomen. Förkyld i en vecka, nu pip och andnöd trots Ventoline var 3:e timme."),
        ("Status", "AF 24, sat 94 %, talar i hela meningar. Förlängt expirium med rikligt med ronki bilat."),
        ("Rtg", "Rtg pulm: Inga tecken på pneumoni eller pneumothorax."),
        ("Bedömning", "Diagnos: Astmaexacerbation (J45.9)\nPEF före/efter inhalation: 220 → 330"),
        ("Åtgärd", "Combivent-inhalation x 2, Betapred 4 mg po. Kortisonkur 5 dagar, uppföljning på VC."),
    ])], [], [M102],
    "'Inga tecken på pneumoni' in the X-ray field is negated; the asthma exacerbation is settled.")

C("d72-barn-villkor-vid-tecken-pa-mastoidit", "skane", "2019-06-01", [
    N("n1", "Melior", "Akutanteckning", "hbg_barn", "Pernilla Vik", "läkare",
      "2024-02-02T18:25", 20, "öppenvård", [
        ("Aktuellt", "Öronvärk hö sedan natten, feber 38,8. Förkyld sedan en vecka."),
        ("Status", "Hö trumhinna: Röd, buktande. Vä: Ua. Bakom hö öra: Ingen svullnad eller rodnad."),
        ("Bedömning", "Diagnos: Akut mediaotit hö (H66.9)\nPcV-mixtur 25 mg/kg x 3 i 5 dagar."),
        ("Råd till vårdnadshavare", "Vid tecken på mastoidit (svullnad eller rodnad bakom örat, utstående öra) – sök akut direkt."),
    ])], [], [M102],
    "Child's note: 'Vid tecken på mastoidit … sök akut' is a conditional safety-net instruction, not a hypothesis; otitis is settled.")

C("d72-phq9-lagt-inget-som-talar-for-depression", "skane", "1991-11-11", [
    N("n1", "Melior", "Mottagningsanteckning", "hassleholm_psyk", "Viktoria Engdahl", "sjuksköterska",
      "2024-09-18T13:00", 30, "öppenvård", [
        ("Skattningar", "PHQ-9: 4 p\nGAD-7: 3 p\nISI (sömn): 17 p"),
        ("Bedömning", "Inget som talar för depression. Sömnsvårigheterna hänger samman med treskift, sömnskola erbjuds."),
    ])], [], [M102],
    "Low PHQ-9 with 'Inget som talar för depression' negates the diagnosis.")

C("d72-vgr-mmse-ingen-misstanke-kognitiv-svikt", "vgr", "1945-05-25", [
    N("n1", "Melior", "Läkaranteckning", "frolunda_geri", "Birger Olausson", "läkare",
      "2024-07-09T10:30", 55, "öppenvård", [
        ("Utredning", "MMSE-SR: 29/30\nKlocktest: Normalt\nTMT-B: 98 s (inom normalområdet för åldern)"),
        ("Bedömning", "Ingen misstanke om kognitiv svikt. Minnesbesvären förklaras väl av sorgereaktion efter makens död i våras."),
    ])], [], [M102],
    "Normal cognitive screen and 'Ingen misstanke om kognitiv svikt' — negated hypothesis.")

C("d72-trolig-orsak-halka-kontusion", "skane", "1939-02-16", [
    N("n1", "Melior", "Akutanteckning", "csk_akut", "Hugo Lindström", "läkare",
      "2024-12-18T08:40", 25, "öppenvård", [
        ("Aktuellt", "Hittad på golvet i köket av hemtjänst. Minns fallet, ingen medvetandeförlust."),
        ("Fallanamnes", "Trolig orsak: Halkat på våt matta\nYrsel före fallet: Nej\nBröstsmärta/hjärtklappning: Nej"),
        ("Rtg", "Hö höft + bäcken: Ingen fraktur."),
        ("Bedömning", "Diagnos: Kontusion hö höft (S70.0). Mobiliserad med rollator, går säkert."),
    ])], [], [M102],
    "'Trolig orsak: Halkat på våt matta' hedges the mechanism of the fall, not a diagnosis; the contusion is settled.")

C("d72-vgr-eventuellt-rtg-vid-utebliven-forbattring", "vgr", "1949-10-04", [
    N("n1", "Melior", "Mottagningsanteckning", "su_lunga", "Marie Kjellberg", "läkare",
      "2024-03-04T14:10", 30, "öppenvård", [
        ("Diagnos", "KOL GOLD 3, exacerbation (J44.1)"),
        ("Spirometri", "FEV1 41 % av förväntat, FEV1/FVC 0,52"),
        ("Planering", "Prednisolon 30 mg i 5 d, Doxyferm 10 d. Eventuellt rtg pulm om ej bättre om 4 v. "
         "Rökstopp diskuterat, remiss till rökavvänjning."),
    ])], [], [M102],
    "'Eventuellt rtg pulm' hedges an examination, not a diagnosis; COPD exacerbation is settled.")

C("d72-misstankt-diagnos-se-nedan-njursten-verifierad", "skane", "1972-07-19", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_uro", "Mattias Hedin", "läkare",
      "2024-05-23T13:45", 30, "öppenvård", [
        ("Diagnos", "Misstänkt diagnos: Se nedan\nDiagnos (ICD-10): N20.1 Uretärsten vä, 5 mm, DT-verifierad"),
        ("Bedömning", "Stenen har vandrat till prevesikala delen sedan förra DT:n. Ingen infektion."),
        ("Planering", "Tamsulosin 0,4 mg x 1 i 4 v för att underlätta stenpassage. Ny lågdos-DT om 4 v."),
    ])], [], [M102],
    "'Misstänkt diagnos: Se nedan' only points to a CT-verified ureteral stone — no hypothesis is stated.")

C("d72-vgr-misstankt-smitta-nej-cellulit", "vgr", "1964-04-15", [
    N("n1", "Melior", "Inskrivningsanteckning", "sas_infek", "Jenny Almgren", "sjuksköterska",
      "2024-11-19T16:20", 35, "slutenvård", [
        ("Smittskydd", "Misstänkt smitta (MRSA/VRE/ESBL): Nej\nVårdad utomlands senaste 6 mån: Nej\nIsolering: Nej"),
        ("Aktuellt", "Inlagd för iv antibiotika. Läkarens diagnos: Cellulit hö underarm efter kattbett."),
        ("Omvårdnad", "Armen i högläge på kudde. Rodnadens gräns markerad kl 16. Smärta NRS 4 efter Alvedon."),
    ])], [], [M102],
    "Infection-control form answered 'Misstänkt smitta: Nej'; the cellulitis is stated as the doctor's settled diagnosis.")

C("d72-typo-ingen-missanke-om-dvt", "skane", "1975-01-27", [
    N("n1", "Melior", "Mottagningsanteckning", "hbg_med", "Simon Grahn", "läkare",
      "2024-08-22T11:35", 20, "öppenvård", [
        ("Aktuellt", "Svullna fotleder bilat sedan insättning av amlodipin i juni."),
        ("Status", "Symmetriskt lätt pittingödem runt fotlederna, inga vadömheter, normalt vadomfång."),
        ("Bedömning", "Ingen missanke om DVT. Ödemen är en känd biverkan av amlodipin, byte till losartan."),
    ])], [], [M102],
    "Typo in the negation 'Ingen missanke om DVT' — still a ruled-out diagnosis, not a hypothesis.")

C("d72-vgr-le-kan-uteslutas-utan-ej", "vgr", "1982-12-08", [
    N("n1", "Melior", "Akutanteckning", "su_akut", "Rasmus Ek", "läkare",
      "2024-10-06T03:20", None, "öppenvård", [
        ("Aktuellt", "Stickande smärta hö thorax vid djupandning sedan två dagar, efter förkylning."),
        ("Bedömning", "Wells LE: 1,5 p\nPERC: Neg\nD-dimer: 0,3\nLE kan uteslutas.\nDiagnos: Pleurit (R09.1)"),
        ("Åtgärd", "Ibuprofen 400 mg x 3 i 5 d. Åter vid andnöd."),
    ])], [], [M102],
    "Hard negative: 'LE kan uteslutas' (no 'ej') means pulmonary embolism is ruled out.")

C("d72-vgr-barn-typo-ingen-misstake-meningit", "vgr", "2021-08-19", [
    N("n1", "Melior", "Akutanteckning", "su_barn", "Ebba Kronqvist", "läkare",
      "2024-01-30T20:05", 25, "öppenvård", [
        ("Triage", "ESS 47 Feber barn\nPrio: Gul\nPetekier: Nej\nNackstel: Nej"),
        ("Status", "Pigg mellan febertopparna, leker i väntrummet. Snuvig, röd svalg, öron ua."),
        ("Bedömning", "Ingen misstake om meningit eller sepsis.\nDiagnos: Virusinfektion med feber (B34.9)"),
    ])], [], [M102],
    "Child's triage note: typo 'Ingen misstake om meningit' is still a negation; the viral infection is settled.")

C("d72-status-ev-lat-omhet-reflux", "skane", "1980-05-09", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_gastro", "Lisa Cederholm", "läkare",
      "2024-04-03T09:45", 40, "öppenvård", [
        ("Status", "Buk: Mjuk, ev. lätt ömhet i epigastriet, ingen resistens."),
        ("Gastroskopi", "Esofagit LA grad B, i övrigt ua. Hp-test: Neg."),
        ("Bedömning", "Diagnos: Gastroesofageal refluxsjukdom med esofagit (K21.0)\nOmeprazol 40 mg x 1 i 8 v."),
    ])], [], [M102],
    "'ev. lätt ömhet' hedges a status finding, not a diagnosis; the reflux disease is endoscopically confirmed.")

C("d72-vgr-misstankt-diagnos-ingen-specifik-hematuri", "vgr", "1959-03-30", [
    N("n1", "Melior", "Mottagningsanteckning", "uddevalla_uro", "Peter Möller", "läkare",
      "2024-02-13T15:00", 25, "öppenvård", [
        ("Utredning", "Cystoskopi: Ua\nDT urografi: Ua\nU-cytologi: Inga atypiska celler"),
        ("Diagnos", "Diagnos: Mikroskopisk hematuri (R31.9)\nMisstänkt diagnos: Ingen specifik"),
        ("Planering", "Avslutas på urologen. Kontroll av U-sticka och BT på VC om ett år."),
    ])], [], [M102],
    "'Misstänkt diagnos: Ingen specifik' names no hypothesis; hematuria is a finding code after a normal work-up.")

C("d72-tom-dd-rubrik-psoriasis", "skane", "1995-09-17", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_hud", "Klara Lindén", "läkare",
      "2024-10-30T14:25", 20, "öppenvård", [
        ("Status", "Välavgränsade fjällande plack på armbågar, knän och i hårbotten, ca 6 % av kroppsytan. Nagelgropar."),
        ("Diagnos", "Diagnos: Psoriasis vulgaris (L40.0)\nDD:"),
        ("Åtgärd", "Enstilar skum dagligen i 4 v, Dermovat schampo. Återbesök om 3 mån."),
    ])], [], [M102],
    "The template heading 'DD:' is left empty; psoriasis is settled.")

C("d72-tidigare-misstankt-epilepsi-avskriven", "skane", "1997-06-27", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_neuro_malmo", "Jakob Lindkvist", "läkare",
      "2024-05-02T10:00", 35, "öppenvård", [
        ("Tidigare", "Misstänkt epilepsi 2019 efter kramp i samband med sömnbrist, avskrevs efter LTM-EEG och MR."),
        ("Aktuellt", "Huvudvärksattacker 2–3 ggr/mån föregångna av flimmerskotom i 20 min."),
        ("Bedömning", "Diagnos: Migrän med aura (G43.1)\nRizatriptan 10 mg vb. Avstå östrogeninnehållande p-piller."),
    ])], [], [M102],
    "The old epilepsy suspicion is explicitly 'avskrevs'; the current migraine diagnosis is settled.")

C("d72-vgr-dd-lista-alla-uteslutna-muskelbristning", "vgr", "1988-07-14", [
    N("n1", "Melior", "Akutanteckning", "su_molndal_akut", "Moa Sundqvist", "läkare",
      "2024-06-28T16:35", 30, "öppenvård", [
        ("Aktuellt", "Kände en smäll i hö vad vid padel igår, svårt att gå på tå."),
        ("Utredning", "UL hö vad: Partiell ruptur mediala gastrocnemiushuvudet."),
        ("Bedömning", "Differentialdiagnoser övervägda:\n- DVT: Uteslutet (UL)\n- Akillesseneruptur: Uteslutet (Thompson neg, UL)\n"
         "Diagnos: Partiell gastrocnemiusruptur hö (S86.1)"),
        ("Åtgärd", "Klackförhöjning, kryckor vb, fysioterapi."),
    ])], [], [M102],
    "A differential-diagnosis list in which every item is marked 'Uteslutet'; the settled diagnosis is a muscle rupture.")

C("d72-senior-alert-risk-for-trycksar", "skane", "1931-08-08", [
    N("n1", "Melior", "Omvårdnadsanteckning", "landskrona_geri", "Eva-Lena Bruhn", "undersköterska",
      "2024-02-20T14:40", 15, "slutenvård", [
        ("Riskbedömning", "Senior Alert utförd\nRisk för fall (Downton 5): Ja\nRisk för trycksår (RAS): Ja\n"
         "Risk för undernäring (MNA-SF 12): Nej\nMunhälsa (ROAG): Ua"),
        ("Åtgärd", "Tryckavlastande madrass beställd, vändschema var 3:e timme. Sänggrind nattetid enligt överenskommelse med pat."),
    ])], [], [M102],
    "Risk assessments ('Risk för trycksår: Ja') state risks, not suspected diagnoses.")

C("d72-vgr-trolig-hemgang-pyelonefrit", "vgr", "1970-10-10", [
    N("n1", "Melior", "Daganteckning", "lidk_med", "Frida Alm", "läkare",
      "2024-08-27T11:20", 20, "slutenvård", [
        ("Diagnos", "Pyelonefrit vä, E. coli i urin- och blododling"),
        ("Aktuellt", "Feberfri sedan igår morse. CRP 212 → 96. Äter och dricker."),
        ("Planering", "Trolig hemgång imorgon om CRP fortsätter sjunka. Byte till Ciprofloxacin po idag."),
    ])], [], [M102],
    "'Trolig hemgång imorgon' hedges the discharge; the pyelonephritis is culture-confirmed.")

C("d72-vgr-koloskopi-ingen-misstanke-malignitet", "vgr", "1958-12-03", [
    N("n1", "Melior", "Endoskopianteckning", "su_endo", "Amir Karimi", "läkare",
      "2024-11-07T10:45", 30, "öppenvård", [
        ("Indikation", "Positivt F-Hb i screeningprogrammet."),
        ("Fynd", "Koloskopi till cekum. Rikligt med divertiklar i sigmoideum. Inga polyper, ingen tumör. Tarmrening: Bra (BBPS 8)."),
        ("Bedömning", "Diagnos: Divertikulos i sigmoideum (K57.3)\nIngen misstanke om malignitet. Ingen ny kallelse inom screeningen."),
    ])], [], [M102],
    "'Ingen misstanke om malignitet' after a complete colonoscopy — negated; diverticulosis is settled.")

C("d72-ev-dialys-framtida-plan-njursvikt", "skane", "1950-09-21", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_njur", "Cecilia Wendt", "läkare",
      "2024-06-12T09:15", 45, "öppenvård", [
        ("Diagnos", "Kronisk njursjukdom stadium 4 (N18.4), diabetesnefropati"),
        ("Lab", "eGFR 18 (förra 21)\nKalium 5,1\nHb 104\nAlbumin/krea-kvot 85"),
        ("Planering", "Ev. dialys aktuellt om 1–2 år, information om PD och HD given. Fistelkirurgi diskuteras vid nästa besök."),
    ])], [], [M102],
    "'Ev. dialys' hedges a future treatment, not a diagnosis; chronic kidney disease is settled.")

# ---- protected places and PMO ----

C("d72-mall-tidiga-hypoteser-misstankt-mds", "skane", "1947-03-25", [
    N("n1", "Melior", "Tidiga hypoteser", "sus_hemat", "Ingrid Persson", "läkare",
      "2024-09-04T16:10", 30, "öppenvård", [
        ("Hypotes", "Misstänkt diagnos: Myelodysplastiskt syndrom\nUnderlag: Makrocytär anemi, trombocytopeni, "
         "pseudo-Pelger-celler i blodutstryk\nPat informerad om misstanken: Nej – för tidigt, benmärgsprov först"),
    ])], [], [M102, M101],
    "Skåne note with template Tidiga hypoteser: the suspected MDS and the untold status sit only in the protected template.")

C("d72-vgr-sokord-tidiga-hypoteser-personlighet", "vgr", "1999-01-08", [
    N("n1", "Melior", "Läkaranteckning", "angered_psyk", "Sebastian Kaya", "läkare",
      "2024-04-29T15:30", 50, "öppenvård", [
        ("Aktuellt", "Tredje besöket. Återkommande perioder av nedstämdhet, impulsivitet och konflikter i relationer. "
         "Självskada senast för två månader sedan."),
        ("Tidiga hypoteser", "Misstänkt emotionellt instabil personlighetsstörning. För tidigt att kommunicera innan SCID-5-PD är gjord."),
        ("Planering", "SCID-5-PD med psykolog 14/5. Fortsatt samtalskontakt varannan vecka."),
    ])], [], [M102],
    "VGR: the hedged personality-disorder diagnosis stands only under the protected sökord Tidiga hypoteser; visible sections hold none.")

C("d72-pmo-typo-misstakt-diagnos-uvi", "skane", "1986-11-30", [
    N("n1", "PMO", "Telefonkontakt", "vc_sjobo", "Marie Hallberg", "sjuksköterska",
      "2024-03-05T08:50", 10, "öppenvård", [
        ("Kontaktorsak", "Sveda och täta trängningar sedan 2 d. Ingen feber, ingen flanksmärta. Ej gravid."),
        ("Bedömning", "Misstäkt diagnos: UVI (nedre)\nEnl behandlingsriktlinje: Pivmecillinam 400 mg x 3 i 3 d efter samråd med dr Lund."),
        ("Åtgärd", "Recept skickat till apotek. Åter vid feber eller ryggsmärta."),
    ])], [], [M102],
    "PMO never shows diagnoses: the suspected UTI (typo 'Misstäkt diagnos') in a primary-care telephone template is must_not NL102.")

C("d72-pmo-crb65-trolig-pneumoni", "skane", "1947-07-13", [
    N("n1", "PMO", "Besöksanteckning", "vc_hoor", "Anders Wendel", "läkare",
      "2024-11-26T10:20", 30, "öppenvård", [
        ("Aktuellt", "Feber och hosta 5 d, nu andfådd vid promenad."),
        ("Status", "Rassel basalt vä. AF 20, sat 95 %, BT 140/85, orienterad."),
        ("Bedömning", "CRB-65: 1 p (ålder)\nCRP 112\nTrolig pneumoni vä basalt, behandlas i hemmet med PcV."),
    ])], [], [M102],
    "PMO vårdcentral note: 'Trolig pneumoni' after CRB-65 is hedged, but PMO never shows diagnoses.")

C("d72-pmo-bvc-misstankt-komjolksproteinallergi", "skane", "2024-01-09", [
    N("n1", "PMO", "BVC-besök", "bvc_lomma", "Hanna Brodin", "sjuksköterska",
      "2024-04-10T13:30", 25, "öppenvård", [
        ("Tillväxt", "Vikt: 5 820 g (+0,8 SD)\nLängd: 61 cm\nHuvudomfång: 40,5 cm"),
        ("Aktuellt", "Mamma berättar om slemmig avföring med blodstrimmor och mycket gråt efter ersättningsmålen."),
        ("Bedömning", "Misstänkt komjölksproteinallergi. Tid hos BVC-läkare på torsdag för ställningstagande till "
         "mjölkfri ersättning."),
    ])], [], [M102],
    "PMO child-health note with suspected cow's milk protein allergy: PMO never shows diagnoses.")

C("d72-pmo-ungdomsmottagning-misstankt-klamydia", "skane", "2006-05-20", [
    N("n1", "PMO", "Ungdomsmottagning besök", "um_lund", "Jessica Frid", "barnmorska",
      "2024-09-12T15:10", 20, "öppenvård", [
        ("Kontaktorsak", "Flytning och sveda sedan en vecka. Ny partner i augusti, oskyddat samlag."),
        ("Provtagning", "Klamydia/gonorré PCR: Taget (vaginalt självtest)\nHIV/syfilis: Erbjudet, tackar ja"),
        ("Bedömning", "Misstänkt klamydia. Svar via 1177 inom en vecka, partnerspårning vid positivt svar."),
    ])], [], [M102],
    "PMO youth clinic (patient 18): suspected chlamydia is hedged but PMO never shows diagnoses.")

C("d72-pmo-hemsjukvard-trol-uvi", "skane", "1929-10-02", [
    N("n1", "PMO", "Hembesök", "hsjv_ystad", "Kristina Möller", "sjuksköterska",
      "2024-07-24T11:05", None, "öppenvård", [
        ("Aktuellt", "Hemtjänst ringde: pat mer förvirrad än vanligt sedan igår, luktande urin."),
        ("Status", "Temp 37,9. Puls 92. BT 128/70. Orienterad till person men ej tid."),
        ("Bedömning", "Trol. UVI. Urinsticka: Nitrit pos, leuk 2+.\nJourläkare kontaktad, recept på Selexid utfärdat."),
    ])], [], [M102],
    "PMO home-care nursing note: 'Trol. UVI' does not reach the patient because PMO hides diagnoses.")

C("d72-pmo-differentialdiagnos-borrelia", "skane", "1967-04-08", [
    N("n1", "PMO", "Besöksanteckning", "vc_tomelilla", "Lars-Erik Bengtsson", "läkare",
      "2024-08-08T14:35", 35, "öppenvård", [
        ("Aktuellt", "Ledvärk i flera leder och trötthet sedan 3 v. Mycket i skogen, fästingbett flera gånger i somras."),
        ("Bedömning", "Diagnos: Polyartralgi (M25.5)\nDifferentialdiagnos: Borrelia, reaktiv artrit\nBorreliaserologi och ledprover tagna."),
    ])], [], [M102],
    "PMO: the 'Differentialdiagnos:' line would be a hypothesis in Melior, but PMO never shows diagnoses.")


# =====================================================================
# Part C: NL101 positives - a visible diagnosis with "not informed"
# =====================================================================

C("d72-lunga-icd-informerad-nej-besked-onkolog", "skane", "1954-05-31", [
    N("n1", "Melior", "Läkaranteckning", "sus_lunga", "Thomas Widell", "läkare",
      "2024-04-10T15:20", 45, "öppenvård", [
        ("Utredning", "Bronkoskopi med EBUS 2024-04-08.\nPAD: Skivepitelcancer hö överlob\nPET-DT: Ingen fjärrspridning, mediastinala körtlar neg"),
        ("Diagnos", "Diagnos (ICD-10): C34.1 Skivepitelcancer hö överlob, cT2aN0M0\n"
         "Informerad om diagnos: Nej – besked ges av lungonkolog på besök 2024-04-16"),
        ("Planering", "Anmäld till lung-MDK torsdag. Kontaktsjuksköterska Linda Ek ringer pat om tid."),
    ])], [M101], [],
    "Structured field 'Informerad om diagnos: Nej' next to a PAD-verified lung cancer in a visible section.")

C("d72-vgr-kryssruta-informerad-nej-ms", "vgr", "1992-09-19", [
    N("n1", "Melior", "Läkaranteckning", "su_neuro", "Johanna Hellström", "läkare",
      "2024-09-24T16:00", 30, "öppenvård", [
        ("Utredning", "MR hjärna och rygg: Flera periventrikulära och juxtakortikala lesioner, en laddande.\nLP: Oligoklonala band pos"),
        ("Diagnos", "Diagnos: G35.9 Multipel skleros, skovvis förlöpande – McDonald-kriterierna uppfyllda\n"
         "Pat informerad om diagnos: [ ] Ja [x] Nej\nKommentar: Diagnosbesked vid återbesök 3/10 med MS-sjuksköterska"),
    ])], [M101], [],
    "Checkbox '[x] Nej' for 'Pat informerad om diagnos' with settled MS in a visible section.")

C("d72-pad-svar-brostcancer-ej-informerad", "skane", "1968-02-22", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_brost", "Sanna Liljegren", "läkare",
      "2024-02-27T13:10", 20, "öppenvård", [
        ("PAD-svar", "Mellannålsbiopsi vä bröst kl 2: Invasiv duktal cancer, NHG 2\nER 90 %, PR 60 %, HER2 neg, Ki67 18 %"),
        ("Åtgärd", "Pat ej informerad om PAD-svaret ännu. Diagnosbesked planerat 2024-03-05 med kirurg och kontaktsjuksköterska."),
    ])], [M101], [],
    "PAD template with invasive breast cancer, and the note says the patient is not yet informed.")

C("d72-vgr-niva-sederad-ej-informerad-anhoriga-ja", "vgr", "1963-11-15", [
    N("n1", "Melior", "Daganteckning", "su_niva", "Christian Blom", "läkare",
      "2024-09-03T10:30", 40, "slutenvård", [
        ("Diagnos", "Subaraknoidalblödning (I60.7), Hunt & Hess 3, aneurysm a. communicans anterior, coilad 2024-09-02"),
        ("Information", "Informerad om diagnos: Nej (sederad, respiratorvård)\nNärstående informerade: Ja, make och son vid samtal kl 19 igår"),
        ("Status", "RASS -3. Pupiller lika, ljusreagerar. EVD: ICP 12–15."),
    ])], [M101], [],
    "Relatives are told but the (sedated) patient is not: 'Informerad om diagnos: Nej' beside a visible SAH diagnosis.")

C("d72-minne-alzheimer-dottern-vill-avvakta", "skane", "1940-07-04", [
    N("n1", "Melior", "Läkaranteckning", "landskrona_minne", "Gunnar Bengtsson", "läkare",
      "2024-05-07T11:00", 60, "öppenvård", [
        ("Utredning", "MMSE-SR 19/30. LP: Förhöjt tau och p-tau, sänkt Aβ42. MR: Hippocampusatrofi MTA 3."),
        ("Diagnos", "Diagnos: Alzheimers sjukdom med sen debut (F00.1)\n"
         "Informerad om diagnos: Nej – dottern önskar att vi avvaktar tills hon kan vara med"),
        ("Planering", "Diagnossamtal med pat och dotter 21/5. Donepezil tas upp då."),
    ])], [M101], [],
    "Alzheimer's disease is settled and visible while the form says the patient is not informed yet.")

C("d72-vgr-barn-diabetes-foraldrar-ej-informerade", "vgr", "2017-03-28", [
    N("n1", "Melior", "Inskrivningsanteckning", "su_barnavd", "Louise Granath", "läkare",
      "2024-10-18T14:15", 35, "slutenvård", [
        ("Aktuellt", "Sju år. Törst, mycket kiss och viktnedgång 3 kg senaste månaden. Remitterad från VC med P-glukos 24."),
        ("Lab", "HbA1c 98, pH 7,36, BE -3, B-ketoner 1,4"),
        ("Diagnos", "Diagnos: Typ 1-diabetes (E10.9), nydebuterad, ej ketoacidos\n"
         "Informerad om diagnos: Nej – föräldrarna är på väg in, diabetesteamet ger beskedet ikväll"),
    ])], [M101], [],
    "Child's note (guardians read it): settled type 1 diabetes with 'Informerad om diagnos: Nej' — nobody told yet.")

C("d72-akut-slutlig-diagnos-le-ej-informerad", "skane", "1955-01-14", [
    N("n1", "Melior", "Akutanteckning", "csk_akut", "Per-Olof Nilsson", "läkare",
      "2024-06-22T02:45", 20, "öppenvård", [
        ("Utredning", "DT lungartärer: Bilaterala centrala lungembolier, ingen högerkammarbelastning."),
        ("Diagnos", "Slutlig diagnos: Lungemboli bilat (I26.9), DT-verifierad\n"
         "Diagnos informerad till pat: Nej – pat somnade efter morfin, avdelningsläkaren informerar i morgon"),
        ("Planering", "Inläggning medicin. Fragmin fortsätter, byte till NOAK under vårdtiden."),
    ])], [M101], [],
    "A CT-verified pulmonary embolism with 'Diagnos informerad till pat: Nej' in the same visible section.")

C("d72-vgr-als-diagnosbesked-planeras", "vgr", "1959-04-12", [
    N("n1", "Melior", "Läkaranteckning", "sas_neuro", "Karl Öhman", "läkare",
      "2024-06-03T14:40", None, "öppenvård", [
        ("Utredning", "EMG: Akut och kroniskt denerveringsmönster i tre regioner. MR hals: Ingen myelopati."),
        ("Diagnos", "Amyotrofisk lateralskleros (G12.2), El Escorial-kriterier uppfyllda"),
        ("Planering", "Pat ej informerad ännu. Diagnosbesked planeras 14/6 tillsammans med närstående och ALS-teamets kurator."),
    ])], [M101], [],
    "ALS stands as a diagnosis in a visible section and the plan says the patient is not informed yet.")

C("d72-typo-infomerad-om-diagnos-hepatit-c", "skane", "1983-08-01", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_infek", "Robert Nord", "läkare",
      "2024-03-14T10:05", 15, "öppenvård", [
        ("Provsvar", "Anti-HCV: Pos\nHCV-RNA: 2,1 milj IE/ml\nGenotyp: 3a\nFibroscan: 6,8 kPa"),
        ("Diagnos", "Diagnos: Kronisk hepatit C (B18.2)\nInfomerad om diagnos: Nej, kallas till sjuksköterskebesök"),
    ])], [M101], [],
    "Typo 'Infomerad om diagnos: Nej' — still says the patient is not told about the visible hepatitis C diagnosis.")

C("d72-vgr-diagnosbesked-lamnat-nej-hiv", "vgr", "1990-06-16", [
    N("n1", "Melior", "Provsvarsanteckning", "su_infek", "Gustav Berg", "läkare",
      "2024-05-15T12:20", 25, "öppenvård", [
        ("Provsvar", "HIV Ag/Ak: Reaktiv\nKonfirmation (immunoblot): HIV-1 pos\nCD4: 410"),
        ("Diagnos", "HIV-1-infektion, bekräftad\nDiagnosbesked lämnat: Nej\nÅtgärd: Kallas till läkare och kurator inom en vecka"),
    ])], [M101], [],
    "Form field 'Diagnosbesked lämnat: Nej' with a confirmed HIV infection in a visible section.")

C("d72-urolog-tva-anteckningar-besked-senare", "skane", "1951-10-27", [
    N("n1", "Melior", "Provsvarsanteckning", "sus_uro", "Mattias Hedin", "läkare",
      "2024-05-06T09:30", 15, "öppenvård", [
        ("PAD", "Riktade biopsier: Prostatacancer Gleason 3+4=7 (ISUP 2) i 3 av 12 biopsier"),
        ("Information", "Informerad om PAD/diagnos: Nej – besked vid läkarbesök 14/5"),
    ]),
    N("n2", "Melior", "Mottagningsanteckning", "sus_uro", "Mattias Hedin", "läkare",
      "2024-05-14T11:00", 60, "öppenvård", [
        ("Diagnos", "Prostatacancer, ISUP 2, cT2a (C61.9)"),
        ("Information", "Diagnosbesked givet: Ja, pat och sambo. Behandlingsalternativ genomgångna: aktiv monitorering eller operation."),
        ("Planering", "MR-kontroll om ett år, PSA var 6:e månad via urologen."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "The PAD note withholds the prostate cancer (must on n1); the later visit gives the diagnosis (must_not on n2).")

C("d72-vgr-pankreas-far-ej-informeras-fore-mdk", "vgr", "1949-02-11", [
    N("n1", "Melior", "Läkaranteckning", "su_kir", "Annelie Svärd", "läkare",
      "2024-11-25T16:45", 30, "slutenvård", [
        ("Utredning", "DT buk: 3,5 cm tumör i pankreashuvudet med kärlkontakt mot v. mesenterica superior. "
         "EUS-biopsi: Adenokarcinom."),
        ("Diagnos", "Pankreascancer i caput (C25.0), lokalt avancerad"),
        ("Information till pat", "Ej given – ska inte informeras före MDK onsdag, då behandlingsmöjligheterna är klara."),
    ])], [M101], [],
    "Field 'Information till pat: Ej given' withholding a biopsy-proven pancreatic cancer written in a visible section.")

C("d72-typo-underattad-kryssruta-tom-diabetes", "skane", "1966-12-24", [
    N("n1", "Melior", "Mottagningsanteckning", "ystad_med", "Sara Johnsson", "läkare",
      "2024-08-29T10:30", 40, "öppenvård", [
        ("Lab", "HbA1c: 68 och 71 mmol/mol (två tillfällen)\nfP-glukos: 9,4"),
        ("Diagnos", "Diabetes mellitus typ 2 (E11.9)\nDiagnosbesked givet: [ ]\n"
         "Kommentar: Pat ännu inte underättad, besked ges av diabetessköterska 2/9"),
    ])], [M101], [],
    "Unticked 'Diagnosbesked givet: [ ]' with a comment (typo 'underättad') saying the patient is not yet told about the visible diabetes.")

C("d72-vgr-glaukom-pat-gick-fore-lakarsamtal", "vgr", "1952-08-17", [
    N("n1", "Melior", "Mottagningsanteckning", "uddevalla_oga", "Elin Thorsén", "läkare",
      "2024-03-21T15:55", 30, "öppenvård", [
        ("Undersökning", "Tryck: Hö 29, vä 31 mmHg\nSynfält: Övre bågformade defekter bilat\nOCT: Tunt RNFL bilat"),
        ("Diagnos", "Primärt öppenvinkelglaukom bilat (H40.1)\n"
         "Informerad om diagnos: Nej – pat fick gå innan läkarsamtalet pga färdtjänst, ring pat i morgon"),
        ("Åtgärd", "Latanoprost förskrivet, instruktion ges per telefon."),
    ])], [M101], [],
    "Glaucoma is settled and visible; the form says the patient left before being informed.")

C("d72-utkast-kll-ej-meddelat-pat", "skane", "1956-11-03", [
    N("n1", "Melior", "Läkaranteckning", "sus_hemat", "Ingrid Persson", "läkare",
      "2024-10-08T14:50", None, "öppenvård", [
        ("Provsvar", "Flödescytometri: Monoklonal B-cellspopulation CD5+, CD23+, 14 × 10^9/l\nHb 138, TPK 210"),
        ("Diagnos", "Kronisk lymfatisk leukemi, Binet A (C91.1)\nEj meddelat pat ännu – kallas till läkarbesök inom två veckor"),
    ])], [M101], [],
    "Unsigned draft: a CLL diagnosis stands visibly with 'Ej meddelat pat ännu' before signing.")

C("d72-vgr-lang-levermetastaser-ej-informerad", "vgr", "1946-04-30", [
    N("n1", "Melior", "Daganteckning", "skas_med", "Henrik Sjöstrand", "läkare",
      "2024-02-08T13:15", 70, "slutenvård", [
        ("Aktuellt", "Vårddag 4. Inlagd för viktnedgång 8 kg på tre månader, trötthet och järnbristanemi. "
         "Äter bättre idag, mobiliseras med rollator."),
        ("Status", "AT: Blek, gott. Cor: RR, inga blåsljud. Pulm: Ua.\nBuk: Förstorad lever 3 fingerbredder nedom arcus, oöm.\n"
         "Extr: Inga ödem."),
        ("Lab", "Hb 94, MCV 74, ferritin 8, ALP 6,2, bilirubin 14, albumin 31, CEA 88"),
        ("Utredning", "DT thorax-buk 6/2: Multipla levermetastaser, största 5 cm i segment 7. Väggförtjockning i colon ascendens.\n"
         "Leverbiopsi 7/2: Adenokarcinom, CK20+ CDX2+, förenligt ursprung från tjocktarmen enligt patologen."),
        ("Diagnos", "Koloncancer i colon ascendens med levermetastaser (C18.2, C78.7)"),
        ("Information", "Pat ej informerad om DT-fynd och PAD ännu. Samtal i morgon kl 10 med onkolog, kontaktsjuksköterska "
         "och dottern som pat själv vill ha med."),
        ("Planering", "Anmäls till MDK nedre GI. Järninfusion Ferinject 1 000 mg idag. Dietistkontakt."),
    ])], [M101], [],
    "Long ward chart: metastatic colon cancer is written in visible sections while the patient is not yet informed.")

C("d72-psyk-bipolar-ej-kommunicerad", "skane", "1989-10-06", [
    N("n1", "Melior", "Läkaranteckning", "hassleholm_psyk", "Ola Wickström", "läkare",
      "2024-06-10T15:00", 45, "öppenvård", [
        ("Skattningar", "MDQ: 10 p\nYMRS (retrospektivt, hypomana perioder): Perioder på 4–7 dagar med minskat sömnbehov och ökad energi"),
        ("Diagnos", "Diagnos: Bipolär sjukdom typ II (F31.8)\nDiagnosen är ännu inte kommunicerad med pat, tas upp vid nästa samtal 24/6."),
        ("Planering", "Lamotrigin diskuteras efter diagnossamtalet. Fortsatt sertralin tills vidare."),
    ])], [M101], [],
    "Bipolar II disorder stands as a diagnosis while the note says it is not yet communicated to the patient.")

C("d72-vgr-typo-diagonos-celiaki", "vgr", "2000-01-25", [
    N("n1", "Melior", "Provsvarsanteckning", "alingsas_gastro", "Nora Eklund", "läkare",
      "2024-12-05T09:40", 15, "öppenvård", [
        ("PAD", "Duodenalbiopsier: Totalatrofi av villi, kryptohyperplasi, ökade intraepiteliala lymfocyter (Marsh 3b)\n"
         "Transglutaminas-IgA: > 128"),
        ("Diagnos", "Celiaki (K90.0)\nInformerad om diagonos: Nej\nDietistremiss: Skickad"),
    ])], [M101], [],
    "Typo 'Informerad om diagonos: Nej' with a biopsy-confirmed coeliac disease in a visible section.")

C("d72-bup-adhd-aterkoppling-ej-gjord", "skane", "2014-02-18", [
    N("n1", "Melior", "Läkaranteckning", "bup_lund", "Marika Lönn", "läkare",
      "2024-11-05T13:30", 90, "öppenvård", [
        ("Utredning", "Neuropsykiatrisk utredning klar. WISC-V: Helskala-IK 104, arbetsminne 82.\n"
         "SNAP-IV (föräldrar/lärare): Uttalade symtom på uppmärksamhet och hyperaktivitet i båda miljöerna."),
        ("Diagnos", "Diagnos: ADHD, kombinerad form (F90.0)\n"
         "Återkoppling till barn och vårdnadshavare: Ej gjord ännu – återgivningssamtal 12/11"),
    ])], [M101], [],
    "Child of 10 (guardians read the journal): ADHD is set while feedback to child and guardians has not yet been given.")

C("d72-vgr-hud-pad-basalcell-pat-ej-underrattad", "vgr", "1948-06-09", [
    N("n1", "Melior", "Provsvarsanteckning", "nal_hud", "Ulla Rydén", "läkare",
      "2024-07-01T11:20", 10, "öppenvård", [
        ("PAD", "Excisat hö kind: Basalcellscancer, nodulär typ, radikalt exciderad, minsta marginal 2 mm."),
        ("Information", "Pat underrättad: Nej\nÅtgärd: Brev med svar och kontrollplan skickas av sekreterare"),
    ])], [M101], [],
    "PAD-confirmed basal cell carcinoma in a visible section with 'Pat underrättad: Nej'.")

C("d72-vgr-epikris-binjureadenom-ej-informerad", "vgr", "1961-09-26", [
    N("n1", "Melior", "Epikris", "nal_med", "Hanna Pettersson", "läkare",
      "2024-08-23T10:15", None, "slutenvård", [
        ("Vårdtid", "2024-08-19 – 2024-08-23"),
        ("Diagnoser", "Huvuddiagnos: Pyelonefrit hö (N10.9)\nBidiagnos: Binjureadenom vä 2,1 cm (D35.0), lipidrikt, 8 HU"),
        ("Förlopp", "Snabb förbättring på cefotaxim, byte till ciprofloxacin dag 3. Afebril sedan 21/8."),
        ("Information", "Pat ej informerad om binjurefyndet – hann inte före hemgång. Uppföljning via endokrin."),
    ])], [M101], [],
    "Discharge summary: an adrenal adenoma is a visible secondary diagnosis that the patient has not been told about.")

C("d72-telefon-pad-tyreoidea-pat-ej-nadd", "skane", "1978-03-13", [
    N("n1", "Melior", "Telefonanteckning", "hbg_kir", "Nils Ekström", "läkare",
      "2024-09-30T14:05", 5, "öppenvård", [
        ("Provsvar", "PAD hemityreoidektomi hö: Papillär tyreoideacancer 14 mm, radikalt exciderad, ingen kärlinväxt"),
        ("Kontakt", "Försökt nå pat två gånger, ej svar. Pat alltså ej informerad om diagnosen. Nytt försök i morgon förmiddag."),
    ])], [M101], [],
    "Telephone note: papillary thyroid cancer is written out while the patient could not be reached and is not informed.")


# =====================================================================
# Part D: NL101 negatives - told, not a diagnosis, protected place,
# relative only, earlier information
# =====================================================================

C("d72-kard-nstemi-informerad-ja-maka", "skane", "1952-03-07", [
    N("n1", "Melior", "Daganteckning", "csk_kard", "Erik Malmberg", "läkare",
      "2024-03-27T11:30", 30, "slutenvård", [
        ("Diagnos", "Diagnos (ICD-10): I21.4 NSTEMI\nInformerad om diagnos: Ja, pat och maka vid ronden"),
        ("Utredning", "Koronarangiografi: 90 % stenos i LAD, PCI med en DES. Eko: EF 50 %, lätt anterior hypokinesi."),
        ("Planering", "DAPT i 12 mån. Hjärtrehab via sjukgymnast. Hemgång i morgon om fortsatt stabil."),
    ])], [], [M101, M102],
    "'Informerad om diagnos: Ja' — the visible NSTEMI has been given to the patient; nothing is hedged.")

C("d72-vgr-iga-nefropati-informerad-med-tolk", "vgr", "1986-05-03", [
    N("n1", "Melior", "Mottagningsanteckning", "su_njur", "Mona Haddad", "läkare",
      "2024-04-18T13:00", 50, "öppenvård", [
        ("PAD", "Njurbiopsi: IgA-nefropati, MEST-C M1 E0 S1 T0 C0"),
        ("Diagnos", "IgA-nefropati (N02.8)\nInformerad om diagnos: Ja – pat och dotter, tolk på arabiska närvarande"),
        ("Planering", "Losartan upptitreras, mål-BT < 125/75. Kontroll av U-albumin om 3 mån."),
    ])], [], [M101],
    "The biopsy-proven IgA nephropathy has been explained to the patient through an interpreter.")

C("d72-gynonk-pat-informerad-dottern-ej", "skane", "1957-07-21", [
    N("n1", "Melior", "Läkaranteckning", "sus_gynonk", "Charlotte Bäck", "läkare",
      "2024-06-19T14:15", 60, "öppenvård", [
        ("Diagnos", "Höggradig serös ovarialcancer stadium IIIC (C56.9)"),
        ("Information", "Pat informerad om diagnosen och planerad neoadjuvant cytostatika. Dottern ej informerad ännu, "
         "pat vill själv berätta i helgen."),
        ("Planering", "Karboplatin/paklitaxel start 1/7. Port-a-cath inläggning bokad."),
    ])], [], [M101],
    "The patient has been told; only the daughter has not — no uncommunicated diagnosis for the patient.")

C("d72-vgr-coxartros-ej-informerad-om-opdatum", "vgr", "1955-11-29", [
    N("n1", "Melior", "Telefonanteckning", "su_molndal_ort", "Sanna Hedlund", "sjuksköterska",
      "2024-08-13T09:25", None, "öppenvård", [
        ("Diagnos", "Primär coxartros hö (M16.1), står på väntelista för totalprotes"),
        ("Kontakt", "Pat ringde och undrade över väntetiden. Operationsdatum ej fastställt, pat ej informerad om något datum ännu. "
         "Kallelse skickas cirka 4 veckor före."),
    ])], [], [M101],
    "What the patient is not told is a surgery date, not a diagnosis; the hip arthrosis is already known to him.")

C("d72-remiss-skickad-pat-ej-informerad-om-remiss", "skane", "1973-04-16", [
    N("n1", "Melior", "Mottagningsanteckning", "trelleborg_med", "Ulrika Jönsson", "läkare",
      "2024-02-29T10:50", 30, "öppenvård", [
        ("Diagnos", "Hypotyreos (E03.9), välinställd på Levaxin 100 µg"),
        ("Remiss", "Remiss till endokrinmottagningen SUS angående graviditetsplanering: Skickad\n"
         "Pat informerad om remiss: Nej – brev skickas"),
    ])], [], [M101],
    "'Pat informerad om remiss: Nej' concerns a referral, not a diagnosis.")

C("d72-vgr-normala-provsvar-pat-ej-meddelad", "vgr", "1994-12-19", [
    N("n1", "Melior", "Provsvarsanteckning", "alingsas_med", "Sofia Berntsson", "läkare",
      "2024-11-12T15:40", 5, "öppenvård", [
        ("Provsvar", "TSH 2,1\nFritt T4 15\nHb 136\nFerritin 62\nB12/folat: Normala"),
        ("Bedömning", "Samtliga prover normala, ingen somatisk förklaring till tröttheten i labbet."),
        ("Information", "Pat meddelad: Nej, svarsbrev via 1177 i morgon"),
    ])], [], [M101, M102],
    "'Pat meddelad: Nej' concerns normal lab results, and no diagnosis is stated.")

C("d72-typo-imformerad-ja-tidigare-besok-ra", "skane", "1964-09-05", [
    N("n1", "Melior", "Mottagningsanteckning", "csk_reum", "Henrik Paulsson", "läkare",
      "2024-01-25T09:00", 35, "öppenvård", [
        ("Diagnos", "Reumatoid artrit, seropositiv (M05.9)\nImformerad om diagnos: Ja (vid besöket 2023-11-20)"),
        ("Aktivitet", "DAS28-CRP: 3,1 (förra 5,2)\nSvullna leder: 2\nÖmma leder: 3"),
        ("Planering", "Metotrexat 20 mg/v oförändrat. Återbesök om 3 mån med lab."),
    ])], [], [M101],
    "Typo 'Imformerad om diagnos: Ja' records that the patient was told at an earlier visit.")

C("d72-vgr-diagnos-ej-faststalld-informerad-nej", "vgr", "1980-07-08", [
    N("n1", "Melior", "Mottagningsanteckning", "alingsas_med", "Anders Johansson", "läkare",
      "2024-05-30T11:45", 30, "öppenvård", [
        ("Aktuellt", "Ledvärk, trötthet och subfebrilitet sedan 2 mån. Ingen hudutslag."),
        ("Lab", "SR 34, CRP 12, ANA: Svar inväntas, RF neg"),
        ("Diagnos", "Diagnos: Ej fastställd, utredning pågår\nInformerad om diagnos: Nej (ej aktuellt än)"),
    ])], [], [M101, M102],
    "'Informerad om diagnos: Nej' but the diagnosis field itself says none is established — nothing is withheld.")

C("d72-th-mall-separat-synlig-anteckning-utan-diagnos", "skane", "1958-01-12", [
    N("n1", "Melior", "Läkaranteckning", "sus_neuro_malmo", "Anna Falk", "läkare",
      "2024-10-14T13:00", 40, "öppenvård", [
        ("Aktuellt", "Anhöriga beskriver personlighetsförändring och omdömeslöshet senaste året. Pat själv upplever inga besvär."),
        ("Utredning", "MR hjärna beställd. Neuropsykologisk testning bokad."),
        ("Information", "Pat ej informerad om vad utredningen syftar till, se separat anteckning."),
    ]),
    N("n2", "Melior", "Tidiga hypoteser", "sus_neuro_malmo", "Anna Falk", "läkare",
      "2024-10-14T13:20", 25, "öppenvård", [
        ("Hypotes", "Misstänkt beteendevariant av frontotemporal demens. Ej kommunicerat med pat."),
    ])], [], [("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "The untold hypothesis sits only in a separate Tidiga hypoteser note; the visible note names no diagnosis.")

C("d72-vgr-th-sokord-pankreas-ej-informerad", "vgr", "1950-05-19", [
    N("n1", "Melior", "Läkaranteckning", "sas_kir", "Lina Carlsson", "läkare",
      "2024-03-11T14:30", 35, "öppenvård", [
        ("Aktuellt", "Utreds för viktnedgång 6 kg och epigastriell smärta. Ikterus: Nej."),
        ("Tidiga hypoteser", "Diagnos under utredning: Pankreasmalignitet misstänkt på DT. Pat ej informerad om misstanken."),
        ("Planering", "EUS med biopsi bokad 18/3. Återbesök efter svar."),
    ])], [], [M101, M102],
    "VGR: suspicion and 'ej informerad' are kept under the protected sökord; visible sections name no diagnosis.")

C("d72-onk-informerad-diagnos-ja-prognos-nej", "skane", "1949-12-01", [
    N("n1", "Melior", "Läkaranteckning", "sus_onk_malmo", "Fredrik Svensson", "läkare",
      "2024-07-08T15:30", 45, "öppenvård", [
        ("Diagnos", "Metastaserad prostatacancer, skelettmetastaser (C61.9, C79.5)"),
        ("Information", "Informerad om diagnos: Ja\nInformerad om prognos: Nej – pat vill inte prata om tidsperspektiv nu"),
        ("Planering", "ADT fortsätter, docetaxel start om 2 v. Kontakt med palliativa teamet erbjuden."),
    ])], [], [M101],
    "The diagnosis is told; only the prognosis is not discussed, and a prognosis is not a diagnosis.")

C("d72-vgr-tva-anteckningar-besked-via-telefon", "vgr", "1971-02-28", [
    N("n1", "Melior", "Provsvarsanteckning", "su_lunga", "Marie Kjellberg", "läkare",
      "2024-10-21T08:30", 15, "öppenvård", [
        ("Utredning", "Transbronkiell biopsi: Icke-nekrotiserande granulom. Odling TB: Neg."),
        ("Diagnos", "Sarkoidos stadium II (D86.0)\nInformerad om diagnos: Nej – ringer pat i eftermiddag"),
    ]),
    N("n2", "Melior", "Telefonanteckning", "su_lunga", "Marie Kjellberg", "läkare",
      "2024-10-21T15:10", 10, "öppenvård", [
        ("Kontakt", "Samtal med pat om biopsisvaret: Sarkoidos stadium II. Pat informerad om diagnosen och att det ofta går "
         "över av sig självt. Lungfunktion om 3 mån."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "The morning note withholds sarcoidosis (must on n1); the afternoon phone note gives it (must_not on n2).")

C("d72-anhorig-underrattad-om-inlaggning-nej", "skane", "1937-06-14", [
    N("n1", "Melior", "Inskrivningsanteckning", "hbg_med", "Linda Åström", "sjuksköterska",
      "2024-12-10T21:40", 30, "slutenvård", [
        ("Inskrivning", "Inkommer med ambulans. Läkarens diagnos: Pneumoni vä underlob, rtg-verifierad.\n"
         "Anhörig underrättad om inläggning: Nej – kontaktuppgifter saknas, pat minns inte sonens nummer"),
        ("Omvårdnad", "Syrgas 2 l/min, sat 94 %. Fallriskbedömning: Hög. Larmknapp inom räckhåll."),
    ])], [], [M101],
    "'Anhörig underrättad: Nej' is about a relative and about the admission, not about telling the patient a diagnosis.")

C("d72-epilepsi-informerad-ja-korforbud-nej", "skane", "1990-03-22", [
    N("n1", "Melior", "Mottagningsanteckning", "sus_neuro_malmo", "Jakob Lindkvist", "läkare",
      "2024-09-09T10:15", 40, "öppenvård", [
        ("Diagnos", "Epilepsi (G40.9), andra oprovocerade GTK-anfallet, EEG med epileptiform aktivitet\nInformerad om diagnos: Ja, idag"),
        ("Körkort", "Informerad om körförbud: Nej – tas upp vid återbesöket, anmälan till Transportstyrelsen ej gjord ännu"),
        ("Planering", "Lamotrigin med långsam upptitrering. Återbesök 2 v."),
    ])], [], [M101],
    "The epilepsy is told; what is not yet told is a driving ban, which is not a diagnosis.")

C("d72-vgr-pad-normal-ej-informerad", "vgr", "1967-10-31", [
    N("n1", "Melior", "Provsvarsanteckning", "su_endo", "Amir Karimi", "läkare",
      "2024-05-21T13:50", 10, "öppenvård", [
        ("PAD", "Biopsier ventrikel och duodenum: Normal slemhinna, ingen dysplasi eller malignitet. Hp: Neg."),
        ("Information", "Pat ej informerad ännu, brev skickas denna vecka."),
    ])], [], [M101],
    "The result not yet given is a normal biopsy — no diagnosis is withheld.")

C("d72-vgr-lymfom-diagnosbesked-givet", "vgr", "1975-08-02", [
    N("n1", "Melior", "Läkaranteckning", "su_onk", "Reza Ahmadi", "läkare",
      "2024-10-02T15:45", 60, "öppenvård", [
        ("Diagnos", "Diffust storcelligt B-cellslymfom, stadium IIA (C83.3)"),
        ("Diagnosbesked", "Givet av dr Ahmadi 2024-10-02 i närvaro av kontaktsjuksköterska och sambo"),
        ("Planering", "R-CHOP x 6, start 9/10. PET-DT efter 3 kurer."),
    ])], [], [M101],
    "The 'Diagnosbesked' field records that the lymphoma was told today.")

C("d72-ville-ej-veta-men-fick-besked-idag", "skane", "1962-04-25", [
    N("n1", "Melior", "Läkaranteckning", "sus_onk_lund", "Maria Olsson", "läkare",
      "2024-03-28T14:00", 50, "öppenvård", [
        ("Diagnos", "Malignt melanom hö skuldra, pT2a, sentinel node neg (C43.6)"),
        ("Information", "Pat har tidigare inte velat ta del av PAD-svaret men fick besked idag och tog emot det lugnt."),
        ("Planering", "Utvidgad excision 1 cm. Uppföljning enligt vårdprogram."),
    ])], [], [M101],
    "Hard negative: the text mentions not wanting to know earlier, but the patient was told today.")

C("d72-vgr-mr-ingen-progress-ej-informerad-kant-meningiom", "vgr", "1960-12-15", [
    N("n1", "Melior", "Provsvarsanteckning", "su_neuro", "Johanna Hellström", "läkare",
      "2024-11-28T10:20", 10, "öppenvård", [
        ("Diagnos", "Meningiom vä frontalt (D32.0), känt sedan 2021, pat väl insatt"),
        ("Radiologi", "MR hjärna: Oförändrad storlek 18 mm, inget ödem."),
        ("Information", "Pat ej informerad om MR-svaret ännu, ringer pat nästa vecka."),
    ])], [], [M101],
    "The untold item is a stable MRI result; the meningioma itself has long been known to the patient.")


# =====================================================================
# Validation and output
# =====================================================================

def _age(birth, when):
    b = dt.date.fromisoformat(birth)
    return when.year - b.year - ((when.month, when.day) < (b.month, b.day))


def _sentences(text):
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = s.strip()
            if s:
                yield s


def validate(cases):
    problems = []
    names = set()
    seen = {}
    case_keys = {"case", "ruleset", "record", "must", "must_not", "why"}
    note_keys = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
    for c in cases:
        nm = c["case"]
        if set(c) != case_keys:
            problems.append("%s: case keys %s" % (nm, sorted(c)))
        if nm in names:
            problems.append("duplicate case name %s" % nm)
        names.add(nm)
        if not nm.startswith("d72-"):
            problems.append("%s: name prefix" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: ruleset" % nm)
        if not c["why"].strip():
            problems.append("%s: empty why" % nm)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            problems.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: non-empty side lists" % nm)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append("%s: pnr format" % nm)
        else:
            if m.group(1) != birth.replace("-", ""):
                problems.append("%s: pnr/birth mismatch" % nm)
            digits = m.group(1)[2:] + m.group(2)
            if _luhn(digits[:9]) != int(digits[9]):
                problems.append("%s: Luhn" % nm)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not 2024" % nm)
        if 13 <= _age(birth, as_of.date()) <= 15:
            problems.append("%s: age 13-15 at as_of" % nm)
        notes = {}
        for n in rec["notes"]:
            if set(n) != note_keys:
                problems.append("%s: note keys %s" % (nm, sorted(n)))
            if n["id"] in notes:
                problems.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append("%s: note time" % nm)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s: signed time" % nm)
            if 13 <= _age(birth, t.date()) <= 15:
                problems.append("%s: age 13-15 at note" % nm)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % nm)
            uname = n["unit"]["name"]
            ukey = [k for k, v in UNITS.items() if v[0] == uname][0]
            if (ukey in SKANE_PMO_UNITS) != (n["system"] == "PMO"):
                problems.append("%s: unit/system mismatch" % nm)
            is_vgr_unit = UNITS[ukey][1].startswith("SE2321000131")
            if is_vgr_unit != (c["ruleset"] == "vgr"):
                problems.append("%s: unit region mismatch" % nm)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s: setting" % nm)
            for sec in n["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    problems.append("%s: section" % nm)
                for s in _sentences(sec["text"]):
                    if len(s) >= 25:
                        if s in seen and seen[s] != (nm, n["id"], sec["keyword"]):
                            problems.append("%s: sentence repeated (also in %s): %r" % (nm, seen[s][0], s))
                        seen.setdefault(s, (nm, n["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    problems.append("%s: code %s" % (nm, code))
                if target not in notes:
                    problems.append("%s: missing target %s" % (nm, target))
                    continue
                if (code, target) in pairs:
                    problems.append("%s: %s/%s asserted twice" % (nm, code, target))
                pairs.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    problems.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            problems.append("%s: nothing asserted" % nm)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    regions = {}
    for c in CASES:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    print("regions:", regions)
    for k in sorted(tally):
        print("%s %s: %d" % (k[0], k[1], tally[k]))


if __name__ == "__main__":
    main()
