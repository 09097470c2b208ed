#!/usr/bin/env python3
"""dev71: referrals (remisser), remissvar, konsultationssvar and triage, as documented
in the patient's journal.  NL101 / NL102 only.  Standard library only, deterministic.

Run:  python3 build.py   -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev71_cases.jsonl")

# --------------------------------------------------------------------------- units
U = {
    # Skåne, Melior (hospitals)
    "s_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H21"),
    "s_hud_malmo": ("Hudmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4H37"),
    "s_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-7H02"),
    "s_hud_kristianstad": ("Hudmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8H15"),
    "s_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4U10"),
    "s_uro_hbg": ("Urologiska kliniken, Helsingborgs lasarett", "SE2321000255-7U04"),
    "s_med_hbg": ("Medicinmottagningen, Helsingborgs lasarett", "SE2321000255-7M01"),
    "s_med_ystad": ("Medicinmottagningen, Ystads lasarett", "SE2321000255-9M22"),
    "s_med_trelleborg": ("Medicinmottagningen, Trelleborgs lasarett", "SE2321000255-6M08"),
    "s_medavd_landskrona": ("Medicinavdelning 4, Landskrona lasarett", "SE2321000255-5A04"),
    "s_kir_kristianstad": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8K01"),
    "s_kir_ystad": ("Kirurgmottagningen, Ystads lasarett", "SE2321000255-9K03"),
    "s_kir_lund": ("Kirurgiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3K44"),
    "s_kiravd_hbg": ("Kirurgavdelning 7, Helsingborgs lasarett", "SE2321000255-7A07"),
    "s_ogon_lund": ("Ögonmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3O12"),
    "s_ogon_hbg": ("Ögonmottagningen, Helsingborgs lasarett", "SE2321000255-7O03"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "s_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4N18"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", "SE2321000255-7N05"),
    "s_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "SE2321000255-7E09"),
    "s_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3E31"),
    "s_onh_malmo": ("Öron-, näs- och halskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4E26"),
    "s_kvinno_ystad": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-9G02"),
    "s_kvinno_hbg": ("Kvinnokliniken, Helsingborgs lasarett", "SE2321000255-7G11"),
    "s_barn_hassleholm": ("Barn- och ungdomsmedicinska mottagningen, Hässleholms sjukhus", "SE2321000255-2B06"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-7B14"),
    "s_barn_ystad": ("Barn- och ungdomsmedicinska mottagningen, Ystads lasarett", "SE2321000255-9B01"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3R07"),
    "s_reuma_hbg": ("Reumatologimottagningen, Helsingborgs lasarett", "SE2321000255-7R02"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3L19"),
    "s_orto_trelleborg": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000255-6T03"),
    "s_orto_hassleholm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-2T01"),
    "s_orto_landskrona": ("Ortopedmottagningen, Landskrona lasarett", "SE2321000255-5T02"),
    "s_hand_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4T40"),
    "s_hjart_angelholm": ("Hjärtmottagningen, Ängelholms sjukhus", "SE2321000255-1C02"),
    "s_hjart_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", "SE2321000255-7C08"),
    "s_hjart_kristianstad": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8C04"),
    "s_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4D02"),
    "s_hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3H09"),
    "s_hemat_hbg": ("Hematologimottagningen, Helsingborgs lasarett", "SE2321000255-7H30"),
    "s_gastro_kristianstad": ("Gastroenterologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8G07"),
    "s_gastro_malmo": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4G13"),
    "s_endoskopi_malmo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-4S05"),
    "s_infek_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-7I01"),
    "s_infek_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4I02"),
    "s_akut_ystad": ("Akutmottagningen, Ystads lasarett", "SE2321000255-9X01"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-7X01"),
    "s_onko_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-3Q02"),
    "s_brost_malmo": ("Bröstcentrum, Skånes universitetssjukhus Malmö", "SE2321000255-4Q11"),
    "s_brost_kristianstad": ("Bröstmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-8Q03"),
    "s_kard_avd_lund": ("Hjärtavdelning 2, Skånes universitetssjukhus Lund", "SE2321000255-3A22"),
    "s_geri_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4M09"),
    "s_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3J04"),
    "s_neurofys_lund": ("Neurofysiologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3F01"),
    # Skåne, PMO (primary care)
    "p_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P1101"),
    "p_hoor": ("Vårdcentralen Höör", "SE2321000255-P1204"),
    "p_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P1307"),
    "p_bvc_bjuv": ("BVC Vårdcentralen Bjuv", "SE2321000255-P1410"),
    "p_laröd": ("Vårdcentralen Laröd", "SE2321000255-P1512"),
    "p_um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-P1615"),
    "p_staffanstorp": ("Vårdcentralen Staffanstorp", "SE2321000255-P1718"),
    "p_hemsjuk_eslov": ("Hemsjukvården Eslöv", "SE2321000255-P1821"),
    # VGR, Melior
    "v_hud_su": ("Hudkliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204"),
    "v_hud_skovde": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021907"),
    "v_uro_boras": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031422"),
    "v_uro_uddevalla": ("Urologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000041318"),
    "v_uro_skovde": ("Urologkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021955"),
    "v_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000051102"),
    "v_diab_alingsas": ("Diabetesmottagningen, Alingsås lasarett", "SE2321000131-E000000051145"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000061203"),
    "v_avd_kungalv": ("Avdelning 32, medicin, Kungälvs sjukhus", "SE2321000131-E000000061288"),
    "v_avd_alingsas": ("Medicinavdelning 5, Alingsås lasarett", "SE2321000131-E000000051177"),
    "v_kir_nal": ("Kirurgmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000041501"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000061240"),
    "v_kir_alingsas": ("Kirurgmottagningen, Alingsås lasarett", "SE2321000131-E000000051160"),
    "v_kir_boras": ("Kirurgmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031477"),
    "v_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011399"),
    "v_ogon_nal": ("Ögonmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000041566"),
    "v_neuro_skovde": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021810"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011233"),
    "v_neuro_nal": ("Neurologmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000041590"),
    "v_onh_uddevalla": ("ÖNH-mottagningen, Uddevalla sjukhus", "SE2321000131-E000000041377"),
    "v_kvinno_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011455"),
    "v_gyn_boras": ("Gynekologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031488"),
    "v_barn_lidkoping": ("Barnmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000022011"),
    "v_barn_dsbus": ("Barnmedicin, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011620"),
    "v_barnneuro_dsbus": ("Barnneurologen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011634"),
    "v_barnorto_dsbus": ("Barnortopeden, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000011648"),
    "v_barn_uddevalla": ("Barnmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000041622"),
    "v_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011271"),
    "v_reuma_boras": ("Reumatologmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031433"),
    "v_lung_boras": ("Lungmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031409"),
    "v_lung_skovde": ("Lungmedicinska mottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021866"),
    "v_lung_su": ("Lungmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011288"),
    "v_orto_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", "SE2321000131-E000000061222"),
    "v_hjart_uddevalla": ("Hjärtmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000041344"),
    "v_hjart_skovde": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021844"),
    "v_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011311"),
    "v_endo_su": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011255"),
    "v_endo_nal": ("Endokrinmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000041533"),
    "v_hemat_su": ("Hematologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011266"),
    "v_magtarm_boras": ("Mag-tarmmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031455"),
    "v_magtarm_nal": ("Mag-tarmmottagningen, NU-sjukvården NÄL", "SE2321000131-E000000041512"),
    "v_infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011477"),
    "v_geri_frolunda": ("Geriatrisk avdelning 3, Frölunda specialistsjukhus", "SE2321000131-E000000071102"),
    "v_akut_skovde": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000021801"),
    "v_akut_boras": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000031400"),
    "v_njur_su": ("Njurmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011244"),
    "v_onko_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011599"),
    "v_brost_su": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011588"),
    "v_psyk_nu": ("Vuxenpsykiatrisk mottagning, NU-sjukvården Trollhättan", "SE2321000131-E000000041701"),
    "v_psyk_konsult_su": ("Psykiatrisk konsultverksamhet, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011712"),
    "v_ortoavd_molndal": ("Ortopedavdelning 14, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011388"),
}


def unit(key):
    name, hsa = U[key]
    return {"name": name, "hsa_id": hsa}


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def patient(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits (third digit odd = man, even = kvinna)."""
    ymd = birth.replace("-", "")
    check = luhn_digit(ymd[2:] + serial)
    return {"id": "%s-%s%s" % (ymd, serial, check), "birth_date": birth, "protected_identity": False}


def N(nid, system, template, ukey, author, role, time, sections, signed="auto",
      setting="öppenvård"):
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed == "auto":
        s = (t + dt.timedelta(minutes=20 + (len(sections) * 11) % 45)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        s = None
    else:
        s = signed + ":00"
    return {
        "id": nid, "system": system, "template": template, "unit": unit(ukey),
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "signed": s, "setting": setting,
        "refs": [], "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


CASES = []


def C(name, ruleset, pat, notes, must, must_not, why):
    last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = min(last.date() + dt.timedelta(days=3), dt.date(2024, 12, 31))
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {"patient": pat, "as_of": as_of.strftime("%Y-%m-%dT00:00:00"), "notes": notes,
                   "access_events": [], "conversations": [], "treatments": []},
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not], "why": why,
    })


M, P = "Melior", "PMO"
SK, VG = "skane", "vgr"
N101, N102 = "NL101", "NL102"

# =========================================================================== PMO (Skåne primary care)
C("d71-pmo-remiss-susp-koloncancer-svf", SK, patient("1951-07-22", "231"), [
    N("n1", P, "Remiss", "p_sjobo", "Magnus Törnqvist", "läkare", "2024-02-06T10:40", [
        ("Frågeställning", "Susp. koloncancer. Remiss enligt SVF tjock- och ändtarmscancer, tacksam för snabb koloskopi."),
        ("Anamnes", "72-årig man med ändrade avföringsvanor sedan 6 v, omväxlande lös och hård avföring. "
                    "Har sett mörkrött blod blandat i avföringen vid två tillfällen. Viktnedgång ca 4 kg."),
        ("Status", "Buk mjuk, oöm, ingen palpabel resistens. PR: ingen palpabel tumör, inget blod på handsken."),
        ("Lab", "Hb 108 (131 i fjol), F-Hb positivt x2, CRP 6."),
    ])], [], [(N102, "n1")],
   "PMO referral with 'Susp. koloncancer': PMO never shows diagnoses, so no NL102.")

C("d71-pmo-remiss-lymfom-dd-sarkoidos", SK, patient("1987-11-03", "482"), [
    N("n1", P, "Remiss", "p_hoor", "Sofia Bergkvist", "läkare", "2024-01-23T13:15", [
        ("Frågeställning", "Lymfom? DD sarkoidos. Skickas till medicinmottagningen Lund för vidare utredning."),
        ("Anamnes", "Nattsvettningar sedan jul, trötthet och torrhosta. Ingen feber uppmätt hemma. Röker ej."),
        ("Status", "Förstorad oöm lymfkörtel ca 2 cm supraklavikulärt vä. Övriga lgl-stationer u.a. Cor/pulm ua."),
        ("Utredning", "Lungrtg: bilat hilusförstoring. SR 42."),
    ])], [], [(N102, "n1")],
   "Hedged lymphoma with a DD in a PMO referral: never visible in PMO, must_not NL102.")

C("d71-pmo-bvc-misstankt-hoftledsdysplasi", SK, patient("2023-11-14", "064"), [
    N("n1", P, "BVC-läkarbesök", "p_bvc_bjuv", "Elin Grahn", "läkare", "2024-02-19T09:30", [
        ("Status", "Asymmetriska lårveck, vä ben förefaller något kortare. Ortolani tveksamt positiv på vä sida."),
        ("Bedömning", "Misstänkt höftledsdysplasi vä. Remiss till barnortopeden SUS Lund för ultraljud och bedömning."),
        ("Information", "Föräldrarna har fått veta varför vi remitterar och att kallelse kommer med posten."),
    ])], [], [(N102, "n1")],
   "BVC (PMO) note with a suspected hip dysplasia in an infant: PMO, must_not NL102.")

C("d71-pmo-remissvar-misstankt-larynxcancer-ej-info", SK, patient("1959-09-30", "257"), [
    N("n1", P, "Journalanteckning", "p_laröd", "Karl-Johan Lund", "läkare", "2024-03-08T15:05", [
        ("Remissvar", "Svar från ÖNH Helsingborg: laryngoskopin visar en oregelbunden förändring på vä stämband, "
                      "misstänkt larynxcancer, biopsi tagen i narkos 5/3."),
        ("Planering", "ÖNH kallar själva pat för PAD-besked. Vi har inte informerat honom om misstanken, "
                      "det överlåts till ÖNH enligt överenskommelse."),
    ])], [], [(N102, "n1")],
   "Incoming remissvar with a hedged cancer, untold, in PMO: NL102 must_not; NL101 not asserted on PMO.")

C("d71-pmo-ungdomsmott-misstankt-endometrios", SK, patient("2006-05-03", "186"), [
    N("n1", P, "Läkarbesök", "p_um_landskrona", "Nadia Sabri", "läkare", "2024-04-11T14:00", [
        ("Aktuellt", "Svåra menssmärtor sedan menarche, missar skolan 1–2 dgr/mån trots Naproxen. Djup dyspareuni."),
        ("Bedömning", "Misstänkt endometrios. Remiss till gynmottagningen Helsingborg för vaginalt ultraljud, "
                      "startar p-piller kontinuerligt i väntan på besöket."),
    ])], [], [(N102, "n1")],
   "Youth clinic (PMO) referral with 'Misstänkt endometrios' for a 17-year-old: PMO, must_not NL102.")

C("d71-pmo-hemsjukvard-misstankt-erysipelas", SK, patient("1938-12-01", "068"), [
    N("n1", P, "Ssk-anteckning", "p_hemsjuk_eslov", "Lotta Nyström", "sjuksköterska", "2024-10-21T10:10", [
        ("Aktuellt", "Vid hembesök rodnad, värmeökning och svullnad hö underben, skarp kant mot frisk hud. Temp 38,2."),
        ("Åtgärd", "Kontakt med dr Persson på VC som bedömer misstänkt erysipelas. Recept på Kåvepenin skickat, ordination i HSL-journalen."),
    ])], [], [(N102, "n1")],
   "Home-care nurse note in PMO relaying the GP's suspected erysipelas: PMO, must_not NL102.")

# =========================================================================== outgoing remisser (Melior)
C("d71-s-remiss-myelom-fragetecken", SK, patient("1949-06-12", "240"), [
    N("n1", M, "Remiss", "s_med_hbg", "Jenny Falk", "läkare", "2024-01-17T11:20", [
        ("Frågeställning", "Myelom? Önskar utredning med benmärgsprov och bedömning av hematolog."),
        ("Anamnes", "Ryggsmärta sedan i höstas och tilltagande trötthet. Utreds på vår mottagning för anemi."),
        ("Lab", "M-komponent IgG kappa 18 g/L, Hb 98, kreatinin 121, Ca 2,61. Fria lätta kedjor ej analyserade ännu."),
    ])], [(N102, "n1")], [],
   "Visible Melior referral with 'Frågeställning: Myelom?': hedged diagnosis, must NL102.")

C("d71-v-remiss-misstankt-glaukom", VG, patient("1957-03-28", "116"), [
    N("n1", M, "Remiss", "v_diab_alingsas", "Helena Dahl", "läkare", "2024-02-12T09:50", [
        ("Remissorsak", "Önskar bedömning av misstänkt glaukom. Ögonbottenfoto vid diabeteskontroll visar ökad excavation bilat, cd-kvot ca 0,7."),
        ("Anamnes", "Typ 2-diabetes sedan 2015, HbA1c 52. Pappan hade grön starr."),
    ])], [(N102, "n1")], [],
   "'Önskar bedömning av misstänkt glaukom' in a VGR referral: hedged diagnosis, must NL102.")

C("d71-v-remiss-bedomning-knasmarta", VG, patient("1999-08-09", "374"), [
    N("n1", M, "Remiss", "v_akut_boras", "Filip Wennerberg", "läkare", "2024-03-05T19:10", [
        ("Frågeställning", "Önskar bedömning av långdragen knäsmärta hö efter distorsion i fotboll för 5 v sedan."),
        ("Status", "Lätt svullnad, ömhet över mediala ledspringan. Stabil i sidled, Lachman utan anmärkning."),
        ("Röntgen", "Rtg hö knä: ingen fraktur, inga degenerativa förändringar."),
    ])], [], [(N102, "n1")],
   "Referral asks about a symptom (knäsmärta) and the only disease word is a negated fracture: must_not NL102.")

C("d71-s-remiss-opindikation-kand-gonartros", SK, patient("1952-10-19", "328"), [
    N("n1", M, "Remiss", "s_reuma_lund", "Ulla Hellström", "läkare", "2024-04-02T13:40", [
        ("Anamnes", "Känd RA sedan 2008, i remission på metotrexat. Sekundär gonartros hö knä, rtg-verifierad med uttalad "
                    "avsmalning av ledspringan och osteofyter."),
        ("Frågeställning", "Op-indikation för knäprotes? Gångsträcka nu under 300 m trots fysioterapi och intraartikulär steroid."),
    ])], [], [(N102, "n1")],
   "Frågeställning hedges the operation indication, not the (confirmed) diagnosis: must_not NL102.")

C("d71-s-konsult-avd-susp-septisk-artrit", SK, patient("1941-12-24", "086"), [
    N("n1", M, "Konsultationsremiss", "s_medavd_landskrona", "Oskar Lindén", "läkare", "2024-01-29T10:05", [
        ("Frågeställning", "Susp. septisk artrit vä knä. Tacksam för akut bedömning och ev. ledpunktion idag."),
        ("Aktuellt", "82-årig kvinna inlagd pga pneumoni, sedan igår morse svullet, varmt och ömt vä knä. Temp 38,6 trots pågående antibiotika."),
        ("Status", "Vä knä: tydlig hydrops, rodnad, flexion 40 grader pga smärta."),
    ], signed=None, setting="slutenvård")], [(N102, "n1")], [],
   "Unsigned inpatient consult request with 'Susp. septisk artrit': must NL102 before signing.")

C("d71-v-konsult-orsak-langvarig-hosta", VG, patient("1961-05-15", "339"), [
    N("n1", M, "Remiss", "v_med_alingsas", "Tove Ringdahl", "läkare", "2024-05-22T14:30", [
        ("Frågeställning", "Orsak till långvarig hosta? Önskar spirometri med reversibilitet och bedömning."),
        ("Anamnes", "Hosta sedan 4 mån, mest nattetid. Ex-rökare 20 paketår, slutade 2015. Ingen hemoptys. "
                    "ACE-hämmaren utsattes för 6 v sedan utan effekt på hostan."),
        ("Status", "Pulm: normala andningsljud, inga ronki. SaO2 97 %."),
        ("Röntgen", "Lungröntgen 12/4 utan anmärkning."),
    ])], [], [(N102, "n1")],
   "A 'Frågeställning' that asks for the cause of a symptom names no diagnosis: must_not NL102.")

C("d71-s-remiss-dd-sarkoidos-tb-lymfom", SK, patient("1980-01-26", "162"), [
    N("n1", M, "Remiss", "s_ogon_lund", "Petra Holm", "läkare", "2024-02-27T10:15", [
        ("Anamnes", "Bilateral granulomatös uveit sedan december, behandlas med lokala steroider."),
        ("Frågeställning", "Systemisk orsak? DD sarkoidos, tuberkulos, lymfom. Önskar DT thorax och lungmedicinsk bedömning."),
    ])], [(N102, "n1")], [],
   "Referral lists a DD of patient's possible diseases in a visible section: must NL102.")

C("d71-v-remiss-typo-missankt-celiaki", VG, patient("2016-09-07", "208"), [
    N("n1", M, "Remiss", "v_barn_lidkoping", "Amanda Sjögren", "läkare", "2024-03-14T11:00", [
        ("Remissorsak", "Missänkt celiaki. Transglutaminas-IgA 86 U/mL (ref <7), totalt IgA normalt."),
        ("Anamnes", "7-årig flicka med buksmärtor, lös avföring och avplanande längdkurva senaste året."),
        ("Önskemål", "Tacksam för gastroskopi med tunntarmsbiopsier på DSBUS."),
    ])], [(N102, "n1")], [],
   "Typo 'Missänkt' (misstänkt) celiaki in a child's referral, guardians read it: must NL102.")

C("d71-v-remiss-tia-kant-forflimmer", VG, patient("1948-02-11", "195"), [
    N("n1", M, "Remiss", "v_hjart_uddevalla", "Rikard Ström", "läkare", "2024-04-09T10:45", [
        ("Anamnes", "Känt förmaksflimmer sedan 2019, står på apixaban. Berättar idag om en 10 min lång episod "
                    "med dubbelseende och yrsel förra veckan."),
        ("Frågeställning", "TIA? Önskar neurologisk bedömning och ställningstagande till MR hjärna."),
    ])], [(N102, "n1")], [],
   "Confirmed AF plus 'Frågeställning: TIA?' — the question mark hedges a diagnosis: must NL102.")

C("d71-s-remiss-genetik-moster-misstankt-huntington", SK, patient("1990-03-19", "446"), [
    N("n1", M, "Remiss", "s_neuro_malmo", "Anders Wiklund", "läkare", "2024-05-06T09:10", [
        ("Frågeställning", "Genetisk vägledning inför eventuell presymtomatisk testning."),
        ("Hereditet", "Mormor avled i Huntingtons sjukdom, moster utreds nu för misstänkt Huntingtons sjukdom."),
        ("Status", "Neurologiskt status helt u.a., inga koreatiska rörelser, normal kognition vid screening."),
    ])], [], [(N102, "n1")],
   "The suspected disease belongs to the aunt; patient is symptom-free and asks for counselling: must_not NL102.")

C("d71-v-remiss-prolaktinom-kan-ej-uteslutas", VG, patient("1995-06-21", "528"), [
    N("n1", M, "Remiss", "v_kvinno_ostra", "Maja Engström", "läkare", "2024-06-18T13:25", [
        ("Aktuellt", "28-årig kvinna med amenorré sedan 8 mån och galaktorré. Graviditetstest negativt."),
        ("Lab", "Prolaktin 2100 mIE/L vid två tillfällen. TSH och fritt T4 normala."),
        ("Frågeställning", "Prolaktinom kan ej uteslutas. Önskar endokrinologisk bedömning och MR hypofys."),
    ])], [(N102, "n1")], [],
   "'Prolaktinom kan ej uteslutas' is an open hypothesis, not a negation: must NL102.")

C("d71-s-konsultsvar-om-feber-sok-igen", SK, patient("1968-08-14", "371"), [
    N("n1", M, "Konsultationssvar", "s_infek_hbg", "Sara Jeppsson", "läkare", "2024-07-02T11:35", [
        ("Svar", "Pat sedd efter positiv borreliaserologi. Erythema migrans behandlades med doxycyklin i maj, nu besvärsfri."),
        ("Bedömning", "Kvarstående positiv IgG är väntat efter genomgången infektion, ingen ny behandling."),
        ("Råd", "Om feber, ledsvullnad eller ny hudrodnad, sök igen via vårdcentralen."),
    ])], [], [(N102, "n1")],
   "Only a conditional ('Om feber … sök igen') and a treated, confirmed diagnosis: must_not NL102.")

C("d71-v-remiss-bild-som-vid-psoriasis", VG, patient("1971-11-30", "254"), [
    N("n1", M, "Remiss", "v_reuma_su", "Daniel Yilmaz", "läkare", "2024-08-20T14:05", [
        ("Frågeställning", "Fjällande plack på armbågar och i hårbotten, bild som vid psoriasis. Önskar dermatologisk bedömning inför val av behandling."),
        ("Anamnes", "Oligoartrit i knän och fotleder sedan 2022, seronegativ."),
    ])], [(N102, "n1")], [],
   "'bild som vid psoriasis' hedges a skin diagnosis in a visible referral: must NL102.")

C("d71-v-remiss-trol-polymyalgi", VG, patient("1950-04-04", "320"), [
    N("n1", M, "Remiss", "v_med_kungalv", "Linnea Axelsson", "läkare", "2024-09-12T10:20", [
        ("Remissorsak", "Trol. polymyalgia rheumatica, tacksam för reumatologisk bedömning innan långvarig kortisonbehandling."),
        ("Anamnes", "Stelhet och värk i skuldror och höfter sedan 6 v, morgonstelhet över en timme. Ingen huvudvärk eller synpåverkan."),
        ("Lab", "SR 64, CRP 38. Mycket god effekt av Prednisolon 15 mg efter tre dygn."),
    ])], [(N102, "n1")], [],
   "'Trol.' abbreviation of trolig before a diagnosis in a referral: must NL102.")

C("d71-s-remiss-fragestallning-endokardit", SK, patient("1956-01-09", "356"), [
    N("n1", M, "Remiss", "s_kard_avd_lund", "Julia Håkansson", "läkare", "2024-11-04T13:00", [
        ("Frågeställning", "Endokardit? Önskar TEE snarast."),
        ("Bakgrund", "Mekanisk aortaklaff sedan 2016. Inlagd med feber 39 och positiva blododlingar med S. aureus x2."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "Short referral 'Endokardit?': question mark on a diagnosis in a visible section: must NL102.")

C("d71-s-remiss-barn-fragestallning-ast-adhd", SK, patient("2016-02-22", "071"), [
    N("n1", M, "Remiss", "s_barn_ystad", "Emma Rosén", "läkare", "2024-03-26T10:30", [
        ("Frågeställning", "Autismspektrumtillstånd? ADHD? Önskar neuropsykiatrisk utredning på BUP."),
        ("Anamnes", "8-årig pojke med svårigheter i kamratrelationer, stark bundenhet till rutiner och utbrott vid förändringar. "
                    "Skolan beskriver koncentrationssvårigheter och rastlöshet."),
        ("Status", "Tillbakadragen, undviker ögonkontakt, talar mycket om sitt specialintresse tåg."),
    ])], [(N102, "n1")], [],
   "Paediatric referral to BUP with 'Autismspektrumtillstånd? ADHD?' read by guardians: must NL102.")

C("d71-v-remiss-gyn-ev-ovarialtorsion", VG, patient("2001-07-16", "428"), [
    N("n1", M, "Konsultationsremiss", "v_akut_skovde", "Oliver Månsson", "läkare", "2024-07-27T22:15", [
        ("Aktuellt", "Plötslig kraftig smärta i hö fossa sedan 3 tim med illamående och kräkning. Negativt graviditetstest."),
        ("Bedömning", "Ev. ovarialtorsion hö. Ber gynjouren om akut bedömning med vaginalt ultraljud."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "'Ev.' before a diagnosis (ovarialtorsion), not before a plan: must NL102.")

C("d71-s-remiss-eventuellt-mr-oklar-ryggsmarta", SK, patient("1979-04-27", "492"), [
    N("n1", M, "Remiss", "s_akut_hbg", "Tobias Nord", "läkare", "2024-04-15T17:50", [
        ("Frågeställning", "Oklar ländryggssmärta sedan 3 v med utstrålning mot vä lår. Önskar ortopedisk bedömning, eventuellt MR."),
        ("Status", "Lasègue neg bilat, normal kraft och sensibilitet i benen, reflexer lika."),
    ])], [], [(N102, "n1")],
   "'Oklar' describes a symptom and 'eventuellt' a plan; no hedged diagnosis: must_not NL102.")

C("d71-v-konsult-misstankt-blod-i-avforingen", VG, patient("1935-05-19", "042"), [
    N("n1", M, "Konsultationsremiss", "v_geri_frolunda", "Cecilia Björk", "läkare", "2024-06-04T11:30", [
        ("Frågeställning", "Misstänkt blod i avföringen enligt personalen, mörk avföring x2 idag. Önskar bedömning om gastroskopi behövs."),
        ("Status", "Opåverkad, BT 142/80, puls 78. Buk mjuk och oöm."),
        ("Lab", "Hb 128, stabilt jämfört med i måndags."),
    ], setting="slutenvård")], [], [(N102, "n1")],
   "'Misstänkt' hedges an observation (blod i avföringen), not a diagnosis: must_not NL102.")

C("d71-v-remiss-diffrentialdiagnos-typo", VG, patient("1986-12-05", "133"), [
    N("n1", M, "Remiss", "v_akut_skovde", "Ebba Lindgren", "läkare", "2024-02-02T21:30", [
        ("Aktuellt", "Feber i 2 v efter hemkomst från Kenya, frossa och huvudvärk."),
        ("Bedömning", "Diffrentialdiagnos malaria, denguefeber, tyfoidfeber. Malariasnabbtest neg x1, nytt prov ikväll."),
        ("Åtgärd", "Remiss till infektionskliniken Skövde för inläggning."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "Typo 'Diffrentialdiagnos' followed by tropical diagnoses: must NL102.")

C("d71-s-remiss-kan-ej-utselutas-typo", SK, patient("1944-03-03", "264"), [
    N("n1", M, "Remiss", "s_orto_landskrona", "Ingrid Mårtensson", "läkare", "2024-03-11T12:35", [
        ("Aktuellt", "Ihållande smärta vä ljumske efter fall i hemmet för 5 dagar sedan, kan knappt belasta."),
        ("Bedömning", "Rtg vä höft utan säker fraktur. Dold collumfraktur kan ej utselutas, önskar MR."),
    ])], [(N102, "n1")], [],
   "Typo 'utselutas' in 'kan ej uteslutas' about a hip fracture: must NL102.")

# =========================================================================== remissbedömning / triage
C("d71-s-triage-avvisad-ingen-misstanke-malignitet", SK, patient("1963-06-30", "117"), [
    N("n1", M, "Remissbedömning", "s_kir_kristianstad", "Per-Olof Nilsson", "läkare", "2024-02-20T08:40", [
        ("Bedömning", "Remiss från VC Näsby avseende SVF kolorektalcancer. Uppfyller ej kriterierna: Hb normalt, F-Hb neg x3, "
                      "inga alarmsymtom. Ingen misstanke om malignitet föreligger."),
        ("Åtgärd", "Remissen avvisas och returneras till remittenten med råd om fortsatt handläggning av förstoppningen i primärvården."),
    ])], [], [(N102, "n1")],
   "Rejected referral: 'Ingen misstanke om malignitet' is a negation: must_not NL102.")

C("d71-v-triage-accepterad-prio1-misstank-njurcancer-typo", VG, patient("1958-02-14", "395"), [
    N("n1", M, "Remissbedömning", "v_uro_boras", "Johan Lilja", "läkare", "2024-03-19T08:15", [
        ("Bedömning", "DT buk visar en 4 cm solid expansivitet i hö njures nedre pol, misstänk njurcancer."),
        ("Prioritering", "Accepteras, prio 1 enligt SVF njurcancer. Nybesök inom 7 dagar, sekreterare bokar."),
    ])], [(N102, "n1")], [],
   "Typo 'misstänk' (misstänkt) njurcancer in an accepted, prioritised referral: must NL102.")

C("d71-s-triage-avvisad-trolig-spanningshuvudvark", SK, patient("1990-09-09", "580"), [
    N("n1", M, "Remissbedömning", "s_neuro_lund", "Karin Bengtsson", "läkare", "2024-04-23T14:10", [
        ("Bedömning", "Remiss från VC avseende daglig huvudvärk sedan 2 år hos 33-årig kvinna, normalt neurologiskt status enligt remissen. "
                      "Trolig spänningshuvudvärk med inslag av läkemedelsöverförbrukning."),
        ("Åtgärd", "Remissen avvisas, kan handläggas i primärvården. Förslag: utsättning av triptaner, därefter amitriptylin i lågdos."),
    ], signed=None)], [(N102, "n1")], [],
   "Rejected referral still states 'Trolig spänningshuvudvärk' visibly (unsigned draft): must NL102.")

C("d71-v-triage-accepterad-prio3-kand-crohn", VG, patient("1988-05-27", "442"), [
    N("n1", M, "Remissbedömning", "v_magtarm_boras", "Anna Lindqvist", "läkare", "2024-05-13T10:00", [
        ("Bedömning", "Känd Crohns sjukdom i terminala ileum sedan 2017, inflyttad från Örebro. Stabil på azatioprin enligt remissen."),
        ("Prioritering", "Remissen accepteras, prio 3. Nybesök inom 3 mån, kalprotektin tas inför besöket."),
    ])], [], [(N102, "n1")],
   "Accepted referral for a known, confirmed diagnosis: must_not NL102.")

C("d71-s-triage-avvisad-pat-ej-info-om-beslutet", SK, patient("1972-12-08", "326"), [
    N("n1", M, "Remissbedömning", "s_endo_malmo", "Viktor Almqvist", "läkare", "2024-06-03T13:30", [
        ("Bedömning", "Hypotyreos sedan 2011, välinställd på Levaxin, TSH 2,1. Medicinsk grund för överflyttning till specialistvård saknas."),
        ("Åtgärd", "Remissen avvisas. Patienten är ännu inte informerad om att remissen avvisats; remittenten på VC Lomma underrättar henne."),
    ])], [], [(N101, "n1"), (N102, "n1")],
   "What is untold is the triage decision, not the long-known hypothyroidism: must_not NL101.")

C("d71-v-triage-sannolik-lungcancer-uppprioriteras", VG, patient("1953-08-01", "153"), [
    N("n1", M, "Remissbedömning", "v_lung_skovde", "Gustav Frisk", "läkare", "2024-06-25T09:20", [
        ("Bedömning", "Remiss inkom som prio 2. DT thorax nu granskad: 3 cm spikulerad förändring i vä överlob och förstorade mediastinala "
                      "körtlar, sannolik lungcancer."),
        ("Prioritering", "Uppprioriteras till SVF lungcancer. Bronkoskopi bokas nästa vecka."),
    ])], [(N102, "n1")], [],
   "Triage note re-prioritising because of 'sannolik lungcancer': must NL102.")

C("d71-s-triage-oklart-epilepsi-eller-synkope", SK, patient("2003-11-11", "297"), [
    N("n1", M, "Remissbedömning", "s_neuro_hbg", "Amir Rostami", "läkare", "2024-07-08T11:50", [
        ("Bedömning", "Två episoder av medvetslöshet med ryckningar, vittnesbeskrivningen ger inte säkert besked. "
                      "Oklart om det rör sig om epilepsi eller konvulsiv synkope."),
        ("Åtgärd", "Remissen accepteras, prio 2. EEG och EKG före besöket, Holter via hjärtmottagningen."),
    ])], [(N102, "n1")], [],
   "'Oklart om det rör sig om epilepsi eller …' keeps a diagnosis open: must NL102.")

C("d71-v-triage-retur-komplettering-plan", VG, patient("1977-02-18", "269"), [
    N("n1", M, "Remissbedömning", "v_hemat_su", "Jonas Persson", "läkare", "2024-08-06T10:35", [
        ("Bedömning", "Remiss avseende lätt leukopeni, LPK 3,2 och neutrofila 1,5. Frågeställningen framgår inte av remissen och tidigare värden saknas."),
        ("Åtgärd", "Returneras för komplettering med B-celler diff x2 med 4 veckors mellanrum. Eventuellt ny remiss när värdena finns."),
    ])], [], [(N102, "n1")],
   "Returned referral: 'Frågeställningen framgår inte' and 'Eventuellt ny remiss' are not hedged diagnoses: must_not NL102.")

C("d71-s-triage-sannolkit-karpaltunnel-typo", SK, patient("1964-04-08", "484"), [
    N("n1", M, "Remissbedömning", "s_hand_malmo", "Eva Sjöberg", "läkare", "2024-09-17T08:55", [
        ("Bedömning", "Domningar dig I–III hö hand nattetid, positiv Phalen enligt remittenten. Sannolkit karpaltunnelsyndrom."),
        ("Åtgärd", "Accepteras, prio 3. ENeG beställs före nybesöket."),
    ], signed=None)], [(N102, "n1")], [],
   "Typo 'Sannolkit' (sannolikt) karpaltunnelsyndrom in an unsigned triage note: must NL102.")

C("d71-v-triage-susp-hyperparatyreoidism", VG, patient("1960-12-19", "546"), [
    N("n1", M, "Remissbedömning", "v_endo_nal", "Hanna Kjellberg", "läkare", "2024-11-12T09:40", [
        ("Bedömning", "S-Ca 2,78 och PTH 9,2 vid upprepade prov, njursten 2022. Susp. primär hyperparatyreoidism."),
        ("Prioritering", "Accepteras, prio 2. Scintigrafi och DXA inför nybesök."),
    ])], [(N102, "n1")], [],
   "Triage note with 'Susp. primär hyperparatyreoidism': must NL102.")

C("d71-s-egen-vardbegaran-seborroisk-keratos", SK, patient("1970-06-06", "418"), [
    N("n1", M, "Remissbedömning", "s_hud_kristianstad", "Maria Fernández", "läkare", "2024-05-02T11:10", [
        ("Bedömning", "Egen vårdbegäran via 1177, pat bifogar foto av en brun vårtig förändring på bröstet. Typisk seborroisk keratos på bilden, "
                      "ingen misstanke om melanom."),
        ("Åtgärd", "Besök behövs inte. Pat får svar via 1177 med råd om att höra av sig vid förändring. Bilden kasserad efter bedömning."),
    ])], [], [(N102, "n1")],
   "Egen vårdbegäran (a referral) answered with a clear diagnosis and a negated melanoma: must_not NL102.")

C("d71-v-egen-vardbegaran-misstankt-melanom", VG, patient("1985-08-23", "282"), [
    N("n1", M, "Läkaranteckning", "v_hud_su", "Leila Haddad", "läkare", "2024-06-12T10:40", [
        ("Kontaktorsak", "Egen vårdbegäran via 1177 med bifogad bild av ett födelsemärke på ryggen som växt under våren."),
        ("Bedömning", "Dermatoskopi vid besöket: asymmetri, flera färger och atypiskt nätverk. Misstänkt melanom, excision idag."),
    ])], [(N102, "n1")], [],
   "Egen vårdbegäran leads to a visit note with 'Misstänkt melanom': must NL102.")

# =========================================================================== remissvar confirming / ruling out / open
C("d71-s-remissvar-pad-basalcellscancer", SK, patient("1945-09-18", "119"), [
    N("n1", M, "Remissvar", "s_hud_lund", "Björn Ek", "läkare", "2024-03-21T14:50", [
        ("Remissvar", "Tack för remissen. Förändringen på vä kind exciderad 4/3. PAD: nodulär basalcellscancer, radikalt exciderad med 3 mm marginal."),
        ("Planering", "Ingen ytterligare åtgärd. Egenkontroll av huden, ingen rutinmässig uppföljning."),
    ])], [], [(N102, "n1")],
   "Remissvar confirming a histological diagnosis, nothing hedged: must_not NL102.")

C("d71-v-konsultsvar-frageställningen-gikt-bekraftas", VG, patient("1955-11-22", "197"), [
    N("n1", M, "Konsultationssvar", "v_reuma_boras", "Olle Dahlgren", "läkare", "2024-04-16T11:25", [
        ("Konsultationssvar", "Frågeställningen om gikt kan bekräftas. Ledpunktion av hö fotled gav grumlig vätska med rikligt med nålformade, "
                              "negativt dubbelbrytande uratkristaller."),
        ("Rekommendation", "Kolkicin under attacken, därefter allopurinol med upptrappning mot S-urat under 360."),
    ])], [], [(N102, "n1")],
   "Hard negative: the word 'Frågeställningen' occurs, but the answer confirms gout: must_not NL102.")

C("d71-v-remissvar-malignitet-uteslutes-fibroadenom", VG, patient("1992-02-29", "602"), [
    N("n1", M, "Remissvar", "v_brost_su", "Johanna Wiik", "läkare", "2024-03-22T15:00", [
        ("Svar", "Trippeldiagnostik 19/3: mammografi och ultraljud visar en välavgränsad 12 mm förändring, mellannålsbiopsin visar fibroadenom. "
                 "Malignitet uteslutes."),
        ("Planering", "Ingen kontroll behövs. Åter till remittenten."),
    ])], [], [(N102, "n1")],
   "'Malignitet uteslutes' with a confirmed benign diagnosis: must_not NL102.")

C("d71-s-remissvar-lymfommisstanke-avskrivs", SK, patient("1974-07-13", "233"), [
    N("n1", M, "Remissvar", "s_hemat_lund", "Lina Ahmadi", "läkare", "2024-02-14T10:10", [
        ("Remissvar", "Körtelexstirpation hö axill 7/2: reaktiv lymfadenit utan tecken på lymfom. Misstanken om lymfom kan därmed avskrivas."),
        ("Åtgärd", "Avslutas hos oss. Remittenten följer upp kliniskt."),
    ])], [], [(N102, "n1")],
   "Answer rules the question out ('Misstanken om lymfom kan avskrivas'): must_not NL102.")

C("d71-v-remissvar-inga-tecken-inflammatorsik-typo", VG, patient("1998-04-12", "468"), [
    N("n1", M, "Remissvar", "v_magtarm_nal", "Erik Strand", "läkare", "2024-04-03T13:45", [
        ("Koloskopi", "Koloskopi till terminala ileum, slemhinnan normal i hela kolon. Biopsier utan anmärkning."),
        ("Bedömning", "Inga tecken på inflammatorsik tarmsjukdom. Kalprotektin nu 35. Åter till remittenten för symtomatisk behandling."),
    ])], [], [(N102, "n1")],
   "Negation 'Inga tecken på' with a typo in the disease word (inflammatorsik): must_not NL102.")

C("d71-s-remissvar-talar-emot-ms", SK, patient("1989-01-05", "540"), [
    N("n1", M, "Remissvar", "s_neuro_lund", "Fredrik Ask", "läkare", "2024-05-15T09:30", [
        ("Utredning", "MR hjärna och halsrygg utan demyeliniserande förändringar. Likvor: inga oligoklonala band, normalt celltal."),
        ("Bedömning", "Fynden talar emot MS. Pirrningarna i händerna har ingen neurologisk förklaring, ingen vidare neurologisk utredning."),
    ])], [], [(N102, "n1")],
   "'talar emot MS' is a negative answer to the referral question: must_not NL102.")

C("d71-v-remissvar-ingen-misstake-glaukom-typo", VG, patient("1967-09-03", "151"), [
    N("n1", M, "Remissvar", "v_ogon_molndal", "Petter Svensson", "läkare", "2024-06-27T14:20", [
        ("Undersökning", "Tryck 17/18 mmHg. Synfält normalt bilat. OCT av nervfiberlagret inom normalgränser."),
        ("Bedömning", "Stor men fysiologisk papillexcavation. Ingen misstake om glaukom, ingen kontroll behövs."),
    ])], [], [(N102, "n1")],
   "Typo 'Ingen misstake om' (misstanke) still negates glaucoma: must_not NL102.")

C("d71-s-remissvar-sovapne-avskrivs", SK, patient("1973-03-16", "259"), [
    N("n1", M, "Remissvar", "s_lung_lund", "Cecilia Wahlström", "läkare", "2024-07-11T10:55", [
        ("Utredning", "Polygrafi en natt: AHI 3, ODI 4, lägsta saturation 91 %."),
        ("Bedömning", "Frågeställningen om obstruktiv sömnapné kan avskrivas. Snarkningen bedöms som enkel snarkning utan behandlingsbehov."),
    ])], [], [(N102, "n1")],
   "'Frågeställningen om sömnapné kan avskrivas' is ruled out, not kept open: must_not NL102.")

C("d71-v-remissvar-tidigare-misstankt-epilepsi-avskriven", VG, patient("2017-05-30", "022"), [
    N("n1", M, "Remissvar", "v_barnneuro_dsbus", "Ida Carlsson", "läkare", "2024-02-08T13:10", [
        ("Sammanfattning", "Remitterad i januari för ryckningar vid insomning. Tidigare misstänkt epilepsi, men video-EEG under sömn visar normal aktivitet "
                           "och ryckningarna motsvarar insomningsmyoklonier."),
        ("Bedömning", "Epilepsi avskrivs. Inga fler kontroller planeras hos oss."),
    ])], [], [(N102, "n1")],
   "A former suspicion that the answer now rules out ('avskrivs'), child's note: must_not NL102.")

C("d71-v-remissvar-ingen-anledning-misstanka-hjartsvikt", VG, patient("1964-07-29", "315"), [
    N("n1", M, "Remissvar", "v_hjart_skovde", "Marcus Berglund", "läkare", "2024-11-19T10:00", [
        ("Svar", "Ekokardiografi: normal vänsterkammarfunktion, EF 60 %, inga klaffel. NT-proBNP 95."),
        ("Bedömning", "Ingen anledning att misstänka hjärtsvikt. Andfåddheten bedöms bero på nedsatt kondition."),
    ])], [], [(N102, "n1")],
   "'Ingen anledning att misstänka hjärtsvikt' negates the suspicion: must_not NL102.")

C("d71-s-remissvar-ej-hallpunkt-reumatisk-sjukdom", SK, patient("1959-05-08", "528"), [
    N("n1", M, "Remissvar", "s_reuma_hbg", "Anneli Krook", "läkare", "2024-12-03T09:45", [
        ("Status", "Ledvärk i händer och knän. Inga synoviter. Heberdens noder i DIP-leder bilat."),
        ("Lab", "ANA neg, anti-CCP neg, CRP 2."),
        ("Bedömning", "Ej hållpunkt för inflammatorisk reumatisk sjukdom. Handartros. Åter till remittenten."),
    ])], [], [(N102, "n1")],
   "'Ej hållpunkt för' negates, handartros is confirmed: must_not NL102.")

C("d71-s-remissvar-tidigare-utredd-celiaki-negativ", SK, patient("1982-08-17", "302"), [
    N("n1", M, "Remissvar", "s_gastro_kristianstad", "Sven Malmberg", "läkare", "2024-09-05T13:20", [
        ("Anamnes", "Tidigare utredd för misstänkt celiaki 2019, då negativ biopsi. Remitteras nu för refluxbesvär."),
        ("Svar", "Gastroskopi: esofagit LA grad B, litet hiatusbråck. Refluxsjukdom, PPI i 8 veckor."),
    ])], [], [(N102, "n1")],
   "Old suspicion of coeliac disease already ruled out in 2019; current diagnosis is confirmed: must_not NL102.")

C("d71-s-remissvar-kan-ej-utesluta-parkinson", SK, patient("1951-01-20", "397"), [
    N("n1", M, "Remissvar", "s_neuro_malmo", "Gunilla Roos", "läkare", "2024-02-26T10:20", [
        ("Bedömning", "Lätt vilotremor hö hand och nedsatt medsväng i hö arm, ingen rigiditet. Kan ej utesluta tidig Parkinsons sjukdom."),
        ("Planering", "DaTSCAN beställd. Nytt besök om 6 mån, remittenten behåller ansvaret under tiden."),
    ])], [(N102, "n1")], [],
   "Answer keeps the question open ('Kan ej utesluta tidig Parkinsons sjukdom'): must NL102.")

C("d71-v-remissvar-forenlgt-med-ra-typo", VG, patient("1976-06-24", "480"), [
    N("n1", M, "Remissvar", "v_reuma_su", "Anna-Karin Ljung", "läkare", "2024-03-06T13:15", [
        ("Status", "Synovit i MCP 2–3 bilat och i hö handled, sammanlagt 6 svullna leder."),
        ("Lab", "RF negativ, anti-CCP negativ, SR 38."),
        ("Bedömning", "Klinisk bild förenlgt med seronegativ reumatoid artrit. Start av metotrexat diskuteras vid nästa besök."),
    ])], [(N102, "n1")], [],
   "Typo 'förenlgt med' (förenligt med) + diagnosis keeps the answer uncertain: must NL102.")

C("d71-s-remissvar-talar-for-ibs", SK, patient("1996-11-19", "508"), [
    N("n1", M, "Remissvar", "s_gastro_kristianstad", "Linda Berg", "läkare", "2024-04-17T11:00", [
        ("Bedömning", "Normalt kalprotektin, normal gastroskopi med normala duodenalbiopsier. Anamnesen med buksmärta som lindras vid defekation talar för IBS."),
        ("Planering", "FODMAP-information via dietist. Ingen koloskopi i nuläget."),
    ])], [(N102, "n1")], [],
   "'talar för IBS' is a hedged (not confirmed) diagnosis in a remissvar: must NL102.")

C("d71-v-avd-svar-dt-inger-misstanke-lungemboli", VG, patient("1947-07-07", "177"), [
    N("n1", M, "Daganteckning", "v_avd_kungalv", "Simon Eriksson", "läkare", "2024-05-09T16:30", [
        ("Aktuellt", "Svar på DT thorax inkommet från röntgen: fyllnadsdefekt i segmentartär hö underlob som inger misstanke om lungemboli."),
        ("Åtgärd", "Fragmin i behandlingsdos insatt. Ultraljud benvener i morgon."),
    ], signed=None, setting="slutenvård")], [(N102, "n1")], [],
   "Ward note relaying a radiology answer that 'inger misstanke om lungemboli' (draft): must NL102.")

C("d71-s-remissvar-kan-rora-sig-om-schwannom", SK, patient("1970-10-30", "235"), [
    N("n1", M, "Remissvar", "s_onh_hbg", "Kristoffer Holm", "läkare", "2024-06-20T09:35", [
        ("Undersökning", "Ensidig sensorineural hörselnedsättning vä, 25 dB sämre i diskanten än hö sida. Tinnitus vä."),
        ("Bedömning", "Kan röra sig om vestibularisschwannom. MR hjärnstam beställd, svar till remittenten."),
    ])], [(N102, "n1")], [],
   "'Kan röra sig om vestibularisschwannom' is an open hypothesis: must NL102.")

C("d71-v-remissvar-tveksamt-psoriasisartrit", VG, patient("1981-01-14", "313"), [
    N("n1", M, "Remissvar", "v_reuma_boras", "Elias Berggren", "läkare", "2024-07-04T10:50", [
        ("Bedömning", "Daktylit dig II vä fot och nagelgropar. Tveksamt om det rör sig om psoriasisartrit då hudpsoriasis saknas och ultraljud visar "
                      "endast lätt tenosynovit."),
        ("Planering", "Ny klinisk kontroll om 3 mån, NSAID vid behov."),
    ])], [(N102, "n1")], [],
   "'Tveksamt om det rör sig om psoriasisartrit' leaves the diagnosis uncertain: must NL102.")

C("d71-s-remissvar-ev-hjartsvik-typo", SK, patient("1942-04-02", "466"), [
    N("n1", M, "Remissvar", "s_hjart_angelholm", "Magdalena Wiberg", "läkare", "2024-04-29T13:05", [
        ("Bedömning", "NT-proBNP 890, lätta ankelödem, EKG sinusrytm med vänstergrenblock. Ev. hjärtsvik med nedsatt EF."),
        ("Åtgärd", "Ekokardiografi bokad 2/5. Furosemid 20 mg tills vidare."),
    ])], [(N102, "n1")], [],
   "Typo in the diagnosis ('hjärtsvik') after 'Ev.': must NL102.")

C("d71-v-remissvar-cervikal-myelpati-typo", VG, patient("1958-12-09", "259"), [
    N("n1", M, "Remissvar", "v_orto_kungalv", "Jesper Kvist", "läkare", "2024-05-21T11:15", [
        ("Status", "Ostadig gång, positiv Hoffmann bilat, stegrade reflexer i benen."),
        ("Bedömning", "Cervikal myelpati? MR halsrygg akut, därefter ställningstagande till remiss till ryggkirurgen Sahlgrenska."),
    ])], [(N102, "n1")], [],
   "Misspelt diagnosis with a question mark ('Cervikal myelpati?'): must NL102.")

C("d71-s-remissvar-mojlig-axial-spondylartrit", SK, patient("1997-03-21", "171"), [
    N("n1", M, "Remissvar", "s_reuma_lund", "Emil Lundqvist", "läkare", "2024-09-10T14:15", [
        ("Bedömning", "Inflammatorisk ryggsmärta sedan 3 år hos 27-årig man, HLA-B27 pos, MR SI-leder med lätt benmärgsödem vä. "
                      "Möjlig axial spondylartrit, klassifikationskriterierna ej helt uppfyllda."),
        ("Planering", "Fysioterapi och NSAID kontinuerligt i 4 v, återbesök därefter."),
    ])], [(N102, "n1")], [],
   "'Möjlig axial spondylartrit' in a remissvar: must NL102.")

C("d71-v-remissvar-sannolikt-bph", VG, patient("1955-09-14", "393"), [
    N("n1", M, "Remissvar", "v_uro_uddevalla", "Stefan Holmgren", "läkare", "2024-10-22T10:25", [
        ("Bedömning", "IPSS 19, prostata ca 50 g vid palpation, slät och avgränsad, PSA 3,1. Sannolikt benign prostatahyperplasi."),
        ("Åtgärd", "Tamsulosin insatt, flödesmätning och residualurin om 3 mån."),
    ])], [(N102, "n1")], [],
   "'Sannolikt benign prostatahyperplasi': a benign but still hedged diagnosis: must NL102.")

C("d71-v-remissvar-inflammatorisk-myopati-kan-inte-uteslutas", VG, patient("1969-02-26", "524"), [
    N("n1", M, "Remissvar", "v_neuro_su", "Robin Lager", "läkare", "2024-08-15T13:30", [
        ("Svar", "Proximal svaghet i höftböjare och skuldror, CK 2400. EMG visar myopatiskt mönster med spontanaktivitet."),
        ("Bedömning", "Inflammatorisk myopati kan inte uteslutas. Muskelbiopsi och myosit-antikroppar beställda."),
    ])], [(N102, "n1")], [],
   "'kan inte uteslutas' (spelled out) on a diagnosis in a remissvar: must NL102.")

C("d71-v-konsultsvar-psykiatri-trolig-depression", VG, patient("1972-06-08", "118"), [
    N("n1", M, "Konsultationssvar", "v_psyk_konsult_su", "Tove Lindblad", "läkare", "2024-02-21T15:40", [
        ("Bakgrund", "Konsult från ortopeden, avd 14 Mölndal: pat nedstämd och sover dåligt efter höftfrakturen."),
        ("Bedömning", "Trolig medelsvår depressiv episod. Ingen akut suicidrisk, inga psykotiska symtom."),
        ("Rekommendation", "Sertralin 50 mg, kuratorskontakt under vårdtiden, uppföljning via vårdcentralen."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "Psychiatric consultation answer with 'Trolig medelsvår depressiv episod': must NL102.")

C("d71-s-remissvar-misstanken-kvarstar-polyneuropati", SK, patient("1953-11-27", "337"), [
    N("n1", M, "Remissvar", "s_neurofys_lund", "Hampus Ström", "läkare", "2024-06-05T10:45", [
        ("Undersökning", "ENeG: gränsvärdigt sänkta suralisamplituder bilat, i övrigt normala neurografier."),
        ("Bedömning", "Misstanken om tidig sensorisk polyneuropati kvarstår. Ny ENeG om 12 månader rekommenderas."),
    ])], [(N102, "n1")], [],
   "'Misstanken … kvarstår' keeps the referral question open: must NL102.")

C("d71-s-remissvar-eventuell-kol", SK, patient("1957-08-30", "475"), [
    N("n1", M, "Remissvar", "s_med_ystad", "Claes Forsberg", "läkare", "2024-11-26T11:20", [
        ("Spirometri", "FEV1/FVC 0,68 efter bronkdilatation, FEV1 74 % av förväntat."),
        ("Bedömning", "Eventuell KOL hos rökare med 35 paketår. Mätningen gjordes under pågående luftvägsinfektion och bör upprepas om 6 v."),
    ])], [(N102, "n1")], [],
   "'Eventuell KOL' hedges a diagnosis, not a plan: must NL102.")

C("d71-v-rontgen-forenligt-med-divertikulit", VG, patient("1965-01-22", "211"), [
    N("n1", M, "Läkaranteckning", "v_akut_boras", "Kajsa Mattsson", "läkare", "2024-08-02T18:20", [
        ("Röntgen", "DT buk: väggförtjockning i sigmoideum med fettvävsreaktion, förenligt med okomplicerad divertikulit. Ingen fri gas, ingen abscess."),
        ("Åtgärd", "Hem med smärtlindring och flytande kost två dygn, åter vid feber eller tilltagande smärta."),
    ], signed=None)], [(N102, "n1")], [],
   "Radiology answer 'förenligt med … divertikulit' in an unsigned A&E note: must NL102.")

C("d71-v-remissvar-trolig-operation-i-var", VG, patient("1949-10-17", "255"), [
    N("n1", M, "Remissvar", "v_kir_kungalv", "Jakob Hedlund", "läkare", "2024-01-24T10:30", [
        ("Bedömning", "Ljumskbråck hö, lateralt och reponibelt, ingen inklämning."),
        ("Planering", "Trolig operation i vår med laparoskopisk TEP. Ev. dagkirurgi om anestesin godkänner."),
    ])], [], [(N102, "n1")],
   "'Trolig operation' and 'Ev. dagkirurgi' hedge plans; the hernia is confirmed: must_not NL102.")

C("d71-s-remissvar-fynd-sannolikt-utan-betydelse", SK, patient("1961-02-15", "138"), [
    N("n1", M, "Remissvar", "s_med_ystad", "Agneta Pålsson", "läkare", "2024-05-30T13:00", [
        ("Utredning", "Binjureincidentalom vä 12 mm, lipidrikt med 6 HU. Dexametasonhämning och metoxikatekolaminer normala."),
        ("Bedömning", "Icke-funktionellt binjureadenom. Fyndet sannolikt utan klinisk betydelse, ingen uppföljning behövs."),
    ])], [], [(N102, "n1")],
   "'sannolikt' hedges clinical significance, the adenoma itself is settled: must_not NL102.")

C("d71-v-remissvar-om-pad-visar-malignitet", VG, patient("1940-07-31", "197"), [
    N("n1", M, "Remissvar", "v_hud_skovde", "Oskar Hammar", "läkare", "2024-10-14T09:05", [
        ("Åtgärd", "Stansbiopsi tagen från hyperkeratotisk förändring på hjässan."),
        ("Planering", "Om PAD visar malignitet kallas pat för excision, annars skickas brev med svaret."),
    ])], [], [(N102, "n1")],
   "Only a conditional mention of malignancy ('Om PAD visar malignitet'): must_not NL102.")

C("d71-v-remissvar-oklart-om-pat-vill-op", VG, patient("1950-03-12", "399"), [
    N("n1", M, "Remissvar", "v_orto_kungalv", "Mats Sundin", "läkare", "2024-12-10T11:10", [
        ("Bedömning", "Dupuytrens kontraktur dig IV–V hö hand med 40 graders extensionsdefekt i PIP IV."),
        ("Planering", "Oklart om pat vill genomgå operation, han får fundera och återkommer via 1177."),
    ])], [], [(N102, "n1")],
   "'Oklart om' concerns the patient's wish, not the (confirmed) diagnosis: must_not NL102.")

C("d71-v-remiss-familj-bror-misstankt-hemokromatos", VG, patient("1979-11-08", "173"), [
    N("n1", M, "Remissvar", "v_med_alingsas", "Karolina Dahl", "läkare", "2024-04-25T10:15", [
        ("Bakgrund", "Remitterad för släktscreening då brodern utreds för misstänkt hemokromatos."),
        ("Svar", "Ferritin 180, transferrinmättnad 32 %, HFE-gentest negativt för C282Y och H63D. Ingen ytterligare utredning."),
    ])], [], [(N102, "n1")],
   "The suspected disease is the brother's; the patient's own tests are normal: must_not NL102.")

# =========================================================================== who tells the patient: NL101 positives
C("d71-s-remissvar-melanom-vc-informerar", SK, patient("1968-04-22", "540"), [
    N("n1", M, "Remissvar", "s_hud_malmo", "Gabriella Nyberg", "läkare", "2024-03-18T14:25", [
        ("Svar", "Excision av pigmenterad förändring vä skuldra 12/3. PAD: ytligt spridande malignt melanom, Breslow 1,2 mm, ej ulcererat, radikalt."),
        ("Information", "Patienten har ännu inte fått besked om PAD. Enligt överenskommelse informerar remitterande läkare på VC Eslöv."),
        ("Planering", "Utvidgad excision med 2 cm marginal och ställningstagande till portvaktskörtel, kallelse skickas."),
    ])], [(N101, "n1")], [],
   "Remissvar states melanoma while the referring GP is to tell the patient later: must NL101.")

C("d71-v-konsultsvar-myelom-avdelningslakaren-informerar", VG, patient("1946-08-05", "133"), [
    N("n1", M, "Konsultationssvar", "v_hemat_su", "Per Hallberg", "läkare", "2024-04-10T15:10", [
        ("Konsultationssvar", "Benmärgsbiopsin visar 35 % klonala plasmaceller. Diagnosen multipelt myelom är därmed fastställd."),
        ("Information", "Pat ej informerad om benmärgssvaret. Avdelningsläkaren på avd 5 Alingsås lämnar beskedet imorgon när dottern kan närvara."),
    ], setting="slutenvård")], [(N101, "n1")], [],
   "Consultation answer with a settled myeloma; the ward physician tells the patient tomorrow: must NL101.")

C("d71-s-prostata-gleason-ej-informerad", SK, patient("1956-12-30", "151"), [
    N("n1", M, "Läkaranteckning", "s_uro_malmo", "Rasmus Hedin", "läkare", "2024-03-28T11:45", [
        ("Aktuellt", "PAD från MR-riktade biopsier inkommet. Adenocarcinom i prostata, Gleason 4+3=7, ISUP 3, i 4 av 6 biopsier från vä sida."),
        ("Planering", "Tas upp på MDK onsdag. Patienten är ännu inte informerad om svaret, besked ges vid återbesöket 8/4."),
    ], signed=None)], [(N101, "n1")], [],
   "Draft note with confirmed prostate cancer and 'ännu inte informerad': must NL101.")

C("d71-v-ms-bekraftad-besked-planerat", VG, patient("1991-05-26", "522"), [
    N("n1", M, "Läkaranteckning", "v_neuro_skovde", "Hanna Östlund", "läkare", "2024-03-01T13:20", [
        ("Utredning", "MR visar nytillkomna kontrastladdande lesioner jämfört med december, spridning i tid och rum uppfylld. Likvor med oligoklonala band."),
        ("Diagnos", "Multipel skleros, skovvis förlöpande (G35.9)."),
        ("Planering", "Pat har inte fått besked än; diagnosen meddelas vid planerat besök 14/3 med MS-sjuksköterska närvarande."),
    ])], [(N101, "n1")], [],
   "Diagnosis in the visible sökord Diagnos, patient to be told on 14/3: must NL101.")

C("d71-s-cin3-ej-underrattad", SK, patient("1988-03-09", "286"), [
    N("n1", M, "Mottagningsanteckning", "s_kvinno_ystad", "Malin Frost", "läkare", "2024-02-05T10:50", [
        ("PAD", "Kolposkopiriktade biopsier 29/1: HSIL/CIN 3 kl 12 och kl 3."),
        ("Planering", "Konisering planeras. Pat ej underrättad om PAD-svaret ännu, ringer henne när operationstid finns."),
    ])], [(N101, "n1")], [],
   "CIN 3 answer documented visibly, patient 'ej underrättad': must NL101.")

C("d71-v-koloskopi-pad-adenocarcinom-pat-vet-ej", VG, patient("1954-09-19", "219"), [
    N("n1", M, "Läkaranteckning", "v_kir_nal", "Ola Jansson", "läkare", "2024-05-16T12:30", [
        ("Bakgrund", "Remitterad från vårdcentral enligt SVF efter positiva F-Hb och järnbristanemi. Koloskopi 7/5 visade stenoserande tumör i sigmoideum, "
                     "biopsier tagna och tuschmarkering gjord. Pat fick vid undersökningen veta att en förändring hittats och att prover skulle analyseras."),
        ("Svar", "PAD från sigmoideumtumören: måttligt differentierat adenocarcinom, MSS. DT thorax-buk utan tecken på spridning, "
                 "CEA 4,1. Diskuterad på kolorektal-MDK 15/5 med rekommendation om laparoskopisk sigmoideumresektion utan neoadjuvant behandling."),
        ("Information", "Pat vet ännu inte om PAD-svaret. Kallas till läkarbesök med kontaktsjuksköterska tisdag 21/5 för besked och genomgång av operationen."),
        ("Planering", "Preoperativ bedömning av anestesi, stomiterapeut behövs ej. Operation preliminärt v. 23."),
    ])], [(N101, "n1")], [],
   "Longer chart: adenocarcinoma confirmed, 'Pat vet ännu inte om PAD-svaret': must NL101.")

C("d71-s-barn-celiaki-foraldrar-ej-informerade", SK, patient("2018-06-15", "048"), [
    N("n1", M, "Remissvar", "s_barn_hassleholm", "Josefin Ekberg", "läkare", "2024-04-04T09:25", [
        ("Svar", "Duodenalbiopsier visar totalvillusatrofi, Marsh 3c. Celiaki är fastställd."),
        ("Information", "Föräldrarna har ännu inte fått svaret; barnläkaren ringer dem på fredag och bokar dietistkontakt."),
    ])], [(N101, "n1")], [],
   "Child under 13 (guardians read the journal), confirmed coeliac disease not yet told to them: must NL101.")

C("d71-v-smacellig-lungcancer-besked-pa-mottagningen", VG, patient("1952-01-18", "373"), [
    N("n1", M, "Läkaranteckning", "v_lung_boras", "Therese Nordin", "läkare", "2024-04-05T16:05", [
        ("Utredning", "Bronkoskopi 4/4 med EBUS från station 7. Cytologi: småcellig lungcancer."),
        ("Planering", "Besked ska inte lämnas per telefon. Pat ännu ej informerad, kallas till mottagningen 10/4 med anhörig."),
    ], signed=None)], [(N101, "n1")], [],
   "Unsigned note: small-cell lung cancer visible, 'Pat ännu ej informerad': must NL101.")

C("d71-s-typo-ej-infomerad-tyreoideacancer", SK, patient("1983-07-02", "428"), [
    N("n1", M, "Remissvar", "s_onh_lund", "David Mohammadi", "läkare", "2024-05-23T10:35", [
        ("Svar", "FNAC från vä tyreoidealob: Bethesda VI, papillär tyreoideacancer."),
        ("Planering", "Hemityreoidektomi planeras. Pat ej infomerad om cytologisvaret, besked vid besök nästa vecka."),
    ])], [(N101, "n1")], [],
   "Typo 'ej infomerad' (informerad) with a confirmed thyroid cancer: must NL101.")

C("d71-v-jattecellsarterit-biopsisvar-ej-informerad", VG, patient("1943-02-27", "268"), [
    N("n1", M, "Läkaranteckning", "v_med_alingsas", "Lennart Bohlin", "läkare", "2024-02-16T14:40", [
        ("Aktuellt", "Svar på temporalisbiopsi från ÖNH: granulomatös inflammation med jätteceller, jättecellsarterit."),
        ("Planering", "Fortsätter Prednisolon 50 mg. Patienten ännu ej informerad om biopsisvaret, tas vid återbesöket 22/2."),
    ])], [(N101, "n1")], [],
   "Temporal artery biopsy confirms giant cell arteritis, patient not yet told: must NL101.")

C("d71-s-hocm-remittent-informerar", SK, patient("1975-10-11", "195"), [
    N("n1", M, "Remissvar", "s_hjart_hbg", "Isabella Lund", "läkare", "2024-06-13T15:30", [
        ("Svar", "Ekokardiografi: asymmetrisk septumhypertrofi 19 mm, SAM och LVOT-gradient 45 mmHg i vila. Hypertrofisk obstruktiv kardiomyopati."),
        ("Information", "Svaret är inte meddelat patienten. Remittenten på Vårdcentralen Laröd får svaret och informerar."),
    ])], [(N101, "n1")], [],
   "The remissvar names HOCM and leaves telling the patient to the referrer: must NL101.")

C("d71-s-tonsillcancer-besked-ej-lamnat", SK, patient("1962-08-08", "517"), [
    N("n1", M, "Läkaranteckning", "s_onh_malmo", "Carl Wendel", "läkare", "2024-09-06T13:50", [
        ("PAD", "Tonsillektomi vä 2/9. PAD: skivepitelcancer, p16-positiv."),
        ("Information", "Besked till pat ej lämnat. Pat kallas tillsammans med kontaktsjuksköterska efter MDK 12/9."),
    ])], [(N101, "n1")], [],
   "Tonsil cancer in visible PAD section, 'Besked … ej lämnat': must NL101.")

C("d71-v-als-besked-med-maka", VG, patient("1958-06-03", "299"), [
    N("n1", M, "Läkaranteckning", "v_neuro_su", "Sebastian Ek", "läkare", "2024-09-25T11:05", [
        ("Utredning", "EMG visar utbredd denervation i tre regioner, kliniskt både övre och nedre motorneuronpåverkan. Diagnosen ALS uppfyller Gold Coast-kriterierna."),
        ("Planering", "Pat ej informerad om diagnosen. Diagnosbesked planeras 3/10 med maka närvarande och ALS-teamets kurator."),
    ])], [(N101, "n1")], [],
   "ALS established but diagnosis talk not yet held: must NL101.")

C("d71-s-hiv-konfirmerat-ej-natts", SK, patient("1993-12-17", "377"), [
    N("n1", M, "Läkaranteckning", "s_infek_malmo", "Rebecca Lind", "läkare", "2024-10-29T16:15", [
        ("Aktuellt", "Remissvar från mikrobiologen: HIV-1 antikropp/antigen positivt, konfirmerat, HIV-RNA 45 000 kopior/mL."),
        ("Åtgärd", "Pat har sökts två gånger på telefon utan svar och är inte informerad. Brev med kallelse skickat, smittspårare kontaktad."),
    ], signed=None)], [(N101, "n1")], [],
   "Confirmed HIV in a visible section while the patient has not been reached/informed: must NL101.")

C("d71-v-barn-klinefelter-foraldrar-ej-infromerade", VG, patient("2014-03-23", "017"), [
    N("n1", M, "Remissvar", "v_barn_dsbus", "Moa Hallgren", "läkare", "2024-05-29T10:00", [
        ("Svar", "Kromosomanalys från klinisk genetik: karyotyp 47,XXY, Klinefelters syndrom."),
        ("Planering", "Föräldrarna ej infromerade än, genetisk vägledare och barnendokrinolog ger svaret gemensamt 5/6."),
    ])], [(N101, "n1")], [],
   "Typo 'infromerade'; child under 13, guardians not yet told of the karyotype diagnosis: must NL101.")

C("d71-s-kll-pat-ovetande", SK, patient("1950-11-06", "232"), [
    N("n1", M, "Remissvar", "s_hemat_hbg", "Viktoria Sand", "läkare", "2024-07-16T11:25", [
        ("Svar", "Flödescytometri på perifert blod: monoklonal B-cellspopulation CD5+/CD23+, 11 x10^9/L. Kronisk lymfatisk leukemi, Binet A."),
        ("Information", "Patienten är hittills ovetande om svaret. Läkare ringer henne imorgon och erbjuder besök."),
    ])], [(N101, "n1")], [],
   "'ovetande om svaret' is another way to say not informed; CLL confirmed: must NL101.")

C("d71-v-adhd-aterkoppling-ej-gjord", VG, patient("1999-01-27", "391"), [
    N("n1", M, "Läkaranteckning", "v_psyk_nu", "Alexandra Roth", "läkare", "2024-11-06T14:30", [
        ("Sammanfattning", "Neuropsykiatrisk utredning avslutad med intervju, skattningsskalor och neuropsykologisk testning. "
                           "Diagnos: ADHD, kombinerad form (F90.0)."),
        ("Planering", "Återkoppling till pat har inte gjorts. Resultatet gås igenom vid återgivningssamtal 19/11 med psykolog och läkare."),
    ])], [(N101, "n1")], [],
   "Assessment result (ADHD) documented visibly, 'Återkoppling till pat har inte gjorts': must NL101.")

C("d71-v-osteosarkom-barn-vardnadshavare-ej-info", VG, patient("2013-04-01", "058"), [
    N("n1", M, "Remissvar", "v_barnorto_dsbus", "Johan Fält", "läkare", "2024-08-12T13:40", [
        ("Svar", "Biopsi från distala femur hö: högmalignt osteosarkom."),
        ("Information", "Vårdnadshavarna är inte informerade om PAD ännu. Barnonkologen och barnortopeden ger beskedet tillsammans 16/8."),
    ])], [(N101, "n1")], [],
   "11-year-old: guardians (the readers) not yet told of osteosarcoma: must NL101.")

C("d71-s-brostcancer-kallas-till-besked", SK, patient("1966-01-31", "464"), [
    N("n1", M, "Läkaranteckning", "s_brost_malmo", "Helena Palm", "läkare", "2024-10-10T12:15", [
        ("Svar", "Mellannålsbiopsi hö bröst kl 10: invasiv bröstcancer NST, grad 2, ER+, HER2-."),
        ("Information", "Pat ej underrättad ännu. Kallas till besked med kontaktsjuksköterska på måndag."),
    ])], [(N101, "n1")], [],
   "Breast cancer confirmed, patient called in for the news later: must NL101.")

C("d71-v-alzheimer-sonen-vet-pat-ej", VG, patient("1944-10-13", "226"), [
    N("n1", M, "Läkaranteckning", "v_minne_molndal", "Gunnar Wall", "läkare", "2024-03-13T10:10", [
        ("Bedömning", "Sammanvägning av anamnes, MMSE 21, likvor med sänkt amyloid och förhöjt tau samt MR: Alzheimers sjukdom, sen debut."),
        ("Information", "Sonen informerad per telefon. Pat själv inte informerad om diagnosen, sonen önskar att vi väntar till återbesöket."),
    ])], [(N101, "n1")], [],
   "A relative was told but the patient was not: must NL101 (reverse of the relative-not-told negative).")

C("d71-v-blastumor-ej-medelat-typo", VG, patient("1948-11-15", "335"), [
    N("n1", M, "Läkaranteckning", "v_uro_skovde", "Ludvig Kron", "läkare", "2024-06-24T15:55", [
        ("PAD", "TURB 21/6: höggradig urotelial cancer, pT1, detrusormuskel finns i preparatet utan växt."),
        ("Planering", "Ej medelat patienten. Re-TURB planeras, besked och planering vid telefontid 28/6."),
    ])], [(N101, "n1")], [],
   "Typo 'medelat' (meddelat) with a confirmed bladder cancer: must NL101.")

C("d71-s-net-far-ej-informeras-forran-mdk", SK, patient("1961-09-04", "393"), [
    N("n1", M, "Läkaranteckning", "s_kir_lund", "Martin Ek", "läkare", "2024-10-24T10:20", [
        ("Aktuellt", "PAD från EUS-biopsi pankreas: högt differentierad neuroendokrin tumör, grad 2, Ki-67 6 %."),
        ("Information", "Pat ska inte informeras om PAD förrän MDK tagit ställning till behandling, planerat 30/10."),
    ])], [(N101, "n1")], [],
   "'ska inte informeras … förrän MDK' — a must-not-tell-yet statement next to a confirmed tumour: must NL101.")

C("d71-v-multinote-cushing-undanhallet-sedan-besked", VG, patient("1979-08-28", "546"), [
    N("n1", M, "Läkaranteckning", "v_endo_su", "Rosa Lindh", "läkare", "2024-03-04T11:30", [
        ("Remissvar", "Binjure-DT: 3,5 cm expansivitet vä binjure. Kortisol 310 nmol/L efter dexametasonhämning. Cushings syndrom av binjureursprung."),
        ("Planering", "Pat ej informerad om svaren, kallas till läkarbesök 11/3."),
    ]),
    N("n2", M, "Läkaranteckning", "v_endo_su", "Rosa Lindh", "läkare", "2024-03-11T10:00", [
        ("Information", "Besked lämnat till pat om Cushings syndrom och planerad vänstersidig adrenalektomi. Hon har fått skriftlig information."),
    ]),
], [(N101, "n1")], [(N101, "n2")],
   "Two notes: the first withholds a confirmed diagnosis (NL101), the later one tells the patient (no NL101).")

C("d71-s-multinote-th-sedan-besked", SK, patient("1960-02-09", "179"), [
    N("n1", M, "Tidiga hypoteser", "s_neuro_lund", "Mona Wester", "läkare", "2024-09-02T14:00", [
        ("Bedömning", "Remissvar neurofysiologi: EMG förenligt med motorneuronsjukdom, sannolik ALS. Pat ej informerad, diagnosbesked planeras."),
    ]),
    N("n2", M, "Läkaranteckning", "s_neuro_lund", "Mona Wester", "läkare", "2024-09-16T13:15", [
        ("Information", "Diagnosbesked: pat informerad om ALS tillsammans med sin fru. Kontakt med ALS-teamet förmedlad."),
    ]),
], [], [(N101, "n1"), (N102, "n1"), (N101, "n2")],
   "Skåne: the untold suspicion sits in the protected Tidiga hypoteser template, later visible note tells: neither NL101 nor NL102 fires.")

C("d71-s-misstankt-pankreascancer-ej-info-om-misstanken", SK, patient("1949-04-19", "260"), [
    N("n1", M, "Daganteckning", "s_kiravd_hbg", "Petra Sjöholm", "läkare", "2024-02-22T13:35", [
        ("Röntgen", "DT buk: 3 cm lågattenuerande förändring i pankreashuvudet med gallvägsdilatation, misstänkt pankreascancer."),
        ("Planering", "Pat ej informerad om misstanken i väntan på EUS. Diskuteras på MDK."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "Hedged cancer kept from the patient but written in a visible section: must NL102 (NL101 left open).")

C("d71-v-bild-som-vid-lymfom-ej-informerad", VG, patient("1970-12-25", "152"), [
    N("n1", M, "Daganteckning", "v_avd_alingsas", "Mikaela Ahl", "läkare", "2024-07-23T15:45", [
        ("Aktuellt", "DT hals-thorax-buk: generaliserad lymfadenopati och splenomegali, bild som vid lymfom."),
        ("Åtgärd", "Remiss till hematologen Sahlgrenska för körtelbiopsi skickad. Pat ännu inte informerad om DT-fynden."),
    ], setting="slutenvård")], [(N102, "n1")], [],
   "'bild som vid lymfom' visible on the ward while the patient is not told: must NL102.")

# =========================================================================== NL101 negatives
C("d71-s-besked-lamnat-idag-lobular-brostcancer", SK, patient("1959-07-01", "380"), [
    N("n1", M, "Läkaranteckning", "s_brost_kristianstad", "Kerstin Åberg", "läkare", "2024-02-13T13:00", [
        ("Aktuellt", "Besök för besked om biopsisvar. Pat kommer med sin syster."),
        ("Bedömning", "Invasiv lobulär bröstcancer vä bröst, 18 mm, ER+, PR+, HER2-. N0 på ultraljud."),
        ("Information", "Besked om diagnosen och behandlingsplanen lämnat idag. Kontaktsjuksköterska närvarande, Min vårdplan överlämnad."),
    ])], [], [(N101, "n1"), (N102, "n1")],
   "Confirmed cancer told to the patient in this very visit: must_not NL101.")

C("d71-v-informerad-av-remittenten-tidigare", VG, patient("1938-06-26", "237"), [
    N("n1", M, "Läkaranteckning", "v_kir_alingsas", "Fredrik Sjöstrand", "läkare", "2024-04-08T10:40", [
        ("Anamnes", "Remitterad från Närhälsan Sollebrunn med PAD från hudbiopsi: skivepitelcancer på hö underben. Remittenten har meddelat pat PAD-svaret 3/4."),
        ("Planering", "Excision med 5 mm marginal i lokalbedövning 24/4."),
    ])], [], [(N101, "n1")],
   "The referrer already told the patient: must_not NL101.")

C("d71-s-ej-info-om-operationsdatum-coxartros", SK, patient("1951-03-13", "444"), [
    N("n1", M, "Läkaranteckning", "s_orto_hassleholm", "Thomas Fredén", "läkare", "2024-05-07T11:05", [
        ("Bedömning", "Coxartros hö höft. Rtg: upphävd ledspringa, subkondral skleros och osteofyter. Uppfyller kriterierna för höftprotes."),
        ("Planering", "Sätts upp på väntelistan. Pat är inte informerad om operationsdatum än, besked kommer per brev när tid finns."),
    ])], [], [(N101, "n1")],
   "Untold item is an operation date, not the diagnosis: must_not NL101.")

C("d71-v-ej-info-om-att-remiss-skickats", VG, patient("1984-09-02", "490"), [
    N("n1", M, "Läkaranteckning", "v_hud_su", "Elin Borg", "läkare", "2024-06-19T14:15", [
        ("Aktuellt", "Känd plackpsoriasis, otillräcklig effekt av metotrexat. Remiss till biologikamottagningen skickad idag."),
        ("Övrigt", "Pat ej informerad om att remissen skickats, meddelas via 1177 imorgon."),
    ])], [], [(N101, "n1")],
   "What the patient does not know is that the referral was sent: must_not NL101.")

C("d71-s-normal-koloskopi-ej-informerad", SK, patient("1967-12-21", "215"), [
    N("n1", M, "Remissvar", "s_endoskopi_malmo", "Johanna Lidén", "läkare", "2024-07-25T10:30", [
        ("Svar", "Koloskopi till caekum, god tarmrengöring. Inga polyper, ingen tumör, normal slemhinna."),
        ("Information", "Pat sederad under undersökningen och inte informerad om svaret ännu. Skriftligt svar skickas hem."),
    ])], [], [(N101, "n1"), (N102, "n1")],
   "A normal, tumour-negative result not yet told is no diagnosis: must_not NL101.")

C("d71-s-th-mall-untold-levermetastaser", SK, patient("1957-04-25", "318"), [
    N("n1", M, "Tidiga hypoteser", "s_onko_lund", "Åsa Nordqvist", "läkare", "2024-03-25T15:20", [
        ("Bedömning", "PET-DT visar levermetastaser från känd koloncancer, progress trots cytostatika. Pat ej informerad, besked vid onkologbesöket efter MDK."),
    ])], [], [(N101, "n1")],
   "Skåne: untold progression written in the protected template Tidiga hypoteser: must_not NL101.")

C("d71-v-th-sokord-untold-adenocarcinom", VG, patient("1955-03-01", "471"), [
    N("n1", M, "Läkaranteckning", "v_lung_su", "Gustaf Linde", "läkare", "2024-09-26T10:55", [
        ("Aktuellt", "Återbesök efter bronkoskopi. Mår oförändrat, lätt hosta, ingen feber."),
        ("Tidiga hypoteser", "Cytologin visar adenocarcinom i lunga. Pat ej informerad, vi väntar på MDK innan besked."),
        ("Planering", "Nytt besök 2/10 med kontaktsjuksköterska."),
    ])], [], [(N101, "n1")],
   "VGR: the untold diagnosis is only under the protected sökord Tidiga hypoteser: must_not NL101.")

C("d71-s-pat-informerad-maken-ej", SK, patient("1963-10-07", "522"), [
    N("n1", M, "Läkaranteckning", "s_lung_lund", "Ebba Sand", "läkare", "2024-04-30T11:40", [
        ("Bedömning", "Icke-småcellig lungcancer stadium IIIA enligt MDK."),
        ("Information", "Pat informerad om diagnosen idag. Hon vill att maken inte informeras förrän hon själv har berättat."),
    ])], [], [(N101, "n1")],
   "Patient told; only the husband is not: must_not NL101.")

C("d71-v-remissvar-hashimoto-inget-om-information", VG, patient("1990-08-16", "606"), [
    N("n1", M, "Remissvar", "v_endo_nal", "Lisa Wahlberg", "läkare", "2024-02-28T13:25", [
        ("Svar", "Anti-TPO 890, TSH 7,8 och fritt T4 lågt normalt. Ultraljud: heterogent ekofattigt parenkym. Hashimotos tyreoidit."),
        ("Åtgärd", "Levaxin 50 mikrogram, TSH om 6 veckor via vårdcentralen."),
    ])], [], [(N101, "n1")],
   "Confirmed diagnosis in a remissvar and nothing said about telling: must_not NL101.")

C("d71-v-ej-info-om-vantetid-katarakt", VG, patient("1941-09-08", "273"), [
    N("n1", M, "Remissbedömning", "v_ogon_nal", "Signe Moberg", "läkare", "2024-11-14T08:50", [
        ("Bedömning", "Katarakt bilat, visus 0,4 hö och 0,5 vä. Uppfyller kriterierna för operation."),
        ("Åtgärd", "Accepteras för operation av hö öga först. Pat ej informerad om väntetiden, ca 5 mån."),
    ])], [], [(N101, "n1")],
   "Untold item is the waiting time: must_not NL101.")

C("d71-s-ringt-pat-meddelat-lichen-sclerosus", SK, patient("1972-05-18", "206"), [
    N("n1", M, "Telefonanteckning", "s_kvinno_hbg", "Annika Blom", "läkare", "2024-03-04T13:10", [
        ("Telefonkontakt", "Ringt pat och meddelat PAD från vulvabiopsin: lichen sclerosus, ingen dysplasi. Dermovat enligt schema, recept skickat."),
    ])], [], [(N101, "n1")],
   "One-line phone note telling the patient the biopsy diagnosis: must_not NL101.")

C("d71-v-barn-cf-foraldrar-informerade", VG, patient("2019-12-03", "082"), [
    N("n1", M, "Läkaranteckning", "v_barn_uddevalla", "Sofie Kling", "läkare", "2024-01-18T11:15", [
        ("Svar", "Svettest: klorid 98 mmol/L vid två tillfällen. Cystisk fibros."),
        ("Information", "Föräldrarna informerade vid dagens besök tillsammans med CF-sjuksköterska, skriftlig information given."),
    ])], [], [(N101, "n1")],
   "Child: guardians were told today: must_not NL101.")

C("d71-s-epilepsi-arbetsgivaren-ska-ej-veta", SK, patient("1986-07-20", "391"), [
    N("n1", M, "Läkaranteckning", "s_neuro_hbg", "Olof Bäckström", "läkare", "2024-06-26T14:35", [
        ("Bedömning", "Fokal epilepsi med medvetandepåverkan, fastställd efter EEG och MR."),
        ("Information", "Pat informerad om diagnosen och om körförbudet. Han vill inte att arbetsgivaren får veta diagnosen."),
    ])], [], [(N101, "n1")],
   "Patient told; it is the employer who must not know: must_not NL101.")

C("d71-s-besked-via-1177-dermatofibrom", SK, patient("1995-01-09", "486"), [
    N("n1", M, "Remissvar", "s_hud_hbg", "Clara Nyman", "läkare", "2024-02-09T10:50", [
        ("Svar", "PAD: dermatofibrom, benign förändring. Svaret har meddelats pat via 1177-meddelande 12/2."),
    ], signed="2024-02-12T09:30")], [], [(N101, "n1")],
   "Benign diagnosis told to the patient through 1177: must_not NL101.")

C("d71-s-accepterad-misstankt-prostatacancer-ej-info-om-tid", SK, patient("1959-11-29", "253"), [
    N("n1", M, "Remissbedömning", "s_uro_hbg", "Johannes Kvarn", "läkare", "2024-04-12T08:35", [
        ("Bedömning", "PSA 14, palpatoriskt misstänkt prostatacancer i hö lob."),
        ("Prioritering", "Accepteras prio 1 enligt SVF. Pat ej informerad om tiden för MR, kallelse går ut idag."),
    ], signed=None)], [(N102, "n1")], [(N101, "n1")],
   "Hedged cancer in a triage draft (NL102); what is untold is the MR time, not a diagnosis (no NL101).")

C("d71-v-typo-informerd-om-adenom", VG, patient("1962-05-04", "319"), [
    N("n1", M, "Telefonanteckning", "v_kir_boras", "Ronja Ek", "sjuksköterska", "2024-07-10T10:25", [
        ("Telefonkontakt", "Meddelat PAD: tubulärt adenom med låggradig dysplasi, radikalt avlägsnat vid polypektomin. "
                           "Pat informerd om svaret och om ny koloskopi om 3 år."),
    ])], [], [(N101, "n1")],
   "Typo 'informerd' — the patient has been told: must_not NL101.")

C("d71-s-lungrtg-ua-ej-underrattad", SK, patient("1948-09-24", "133"), [
    N("n1", M, "Läkaranteckning", "s_med_trelleborg", "Anton Gren", "läkare", "2024-11-07T13:45", [
        ("Svar", "Remissvar lungröntgen: inga infiltrat, ingen pleuravätska, normal hjärtstorlek."),
        ("Planering", "Pat inte underrättad om röntgensvaret, det tas vid besöket nästa vecka tillsammans med spirometrin."),
    ])], [], [(N101, "n1")],
   "A normal X-ray answer not yet told is no diagnosis: must_not NL101.")

C("d71-v-pat-vill-beratta-for-maken-sjalv", VG, patient("1961-12-11", "568"), [
    N("n1", M, "Läkaranteckning", "v_gyn_boras", "Lena Odén", "läkare", "2024-05-03T11:55", [
        ("Information", "Besked om PAD efter hysteroskopin: endometriecancer, endometrioid typ, grad 1. Pat tog emot beskedet lugnt."),
        ("Övrigt", "Hon har ännu inte berättat för sin man och vill göra det själv."),
    ])], [], [(N101, "n1")],
   "Patient told today; it is the husband who does not yet know: must_not NL101.")

C("d71-s-huntington-meddelad-flyttad-fran-th", SK, patient("1982-04-04", "457"), [
    N("n1", M, "Läkaranteckning", "s_neuro_malmo", "Erik Falkman", "läkare", "2024-08-08T10:05", [
        ("Bedömning", "Diagnosen Huntingtons sjukdom, tidigare dokumenterad under Tidiga hypoteser, har idag meddelats pat efter gentest med 43 CAG-repetitioner."),
    ])], [], [(N101, "n1"), (N102, "n1")],
   "Diagnosis moved from Tidiga hypoteser to a visible note once told: must_not NL101 and NL102.")

C("d71-v-ssk-svar-ej-inkommit", VG, patient("1952-07-12", "395"), [
    N("n1", M, "Sjuksköterskeanteckning", "v_uro_uddevalla", "Pia Lundgren", "sjuksköterska", "2024-12-05T09:20", [
        ("Telefonkontakt", "Pat ringer och undrar över svaret på cystoskopin. Svar har inte inkommit, så pat har inte fått något besked. "
                           "Läkare kontaktar pat när svaret finns."),
    ])], [], [(N101, "n1")],
   "Nurse phone note: no answer and no diagnosis exists yet, nothing withheld: must_not NL101.")

C("d71-s-remissvar-mb-bowen-ej-info-om-kontroll", SK, patient("1939-02-20", "238"), [
    N("n1", M, "Remissvar", "s_hud_lund", "Sara Modig", "läkare", "2024-11-21T14:05", [
        ("Svar", "PAD: skivepitelcancer in situ (Mb Bowen) på hö handrygg, radikalt exciderad. Pat fick beskedet vid suturtagningen 20/11."),
        ("Planering", "Pat är ännu inte informerad om att en hudkontroll om 6 mån planeras, kallelse kommer."),
    ])], [], [(N101, "n1")],
   "Diagnosis told at suture removal; untold item is a planned check-up: must_not NL101.")

# =========================================================================== protected places vs visible sections (NL102)
C("d71-v-sokord-th-enda-platsen-nph", VG, patient("1945-05-29", "355"), [
    N("n1", M, "Läkaranteckning", "v_neuro_nal", "Magnus Ottosson", "läkare", "2024-04-18T10:25", [
        ("Anamnes", "Remitterad från VC för ostadighet och minnesstörning sedan ett år, urinträngningar."),
        ("Status", "Bredspårig, småstegad gång. MMSE 25."),
        ("Tidiga hypoteser", "Normaltryckshydrocefalus? Vidgade ventriklar på DT, lumbalt tapptest planeras innan hypotesen diskuteras med pat."),
        ("Planering", "Tapptest inom 4 v med gångbedömning av fysioterapeut före och efter."),
    ])], [], [(N102, "n1")],
   "VGR: the hedged diagnosis is only under sökord Tidiga hypoteser, visible sections are clean: must_not NL102.")

C("d71-s-th-mall-misstankt-duchenne", SK, patient("2019-10-08", "035"), [
    N("n1", M, "Tidiga hypoteser", "s_barn_hbg", "Åsa Westin", "läkare", "2024-05-24T13:50", [
        ("Bedömning", "Remissvar från barnneurologen: misstänkt Duchennes muskeldystrofi, CK 12 000. Genetisk analys pågår, föräldrarna har inte fått höra misstanken."),
    ])], [], [(N102, "n1"), (N101, "n1")],
   "Skåne: hedged, untold diagnosis for a child in the protected template Tidiga hypoteser: must_not NL102 and NL101.")

C("d71-v-mall-th-men-sokord-bedomning", VG, patient("1954-12-22", "446"), [
    N("n1", M, "Tidiga hypoteser", "v_minne_molndal", "Karin Sundqvist", "läkare", "2024-06-11T11:20", [
        ("Bedömning", "Personlighetsförändring och bristande omdöme sedan ett år, frontal hypometabolism på FDG-PET. Misstänkt frontotemporal demens."),
    ], signed=None)], [(N102, "n1")], [],
   "VGR protects by sökord, not by template: a 'Tidiga hypoteser' template with sökord Bedömning is visible: must NL102.")

C("d71-s-sokord-th-i-lakaranteckning", SK, patient("1947-01-03", "171"), [
    N("n1", M, "Läkaranteckning", "s_geri_malmo", "Birgitta Olin", "läkare", "2024-07-30T10:35", [
        ("Aktuellt", "Remitterad från VC för minnesstörning, synhallucinationer och fluktuerande vakenhet."),
        ("Tidiga hypoteser", "Trolig Lewykroppsdemens, DaTSCAN beställd innan detta diskuteras med pat och dotter."),
    ])], [(N102, "n1")], [],
   "Skåne protects by template, not sökord: 'Tidiga hypoteser' as sökord in a Läkaranteckning is visible: must NL102.")

C("d71-v-th-och-planering-bada", VG, patient("1973-09-06", "260"), [
    N("n1", M, "Läkaranteckning", "v_lung_boras", "Ann-Sofie Ek", "läkare", "2024-08-29T13:40", [
        ("Tidiga hypoteser", "Susp. sarkoidos, bilat hilusförstoring och erythema nodosum."),
        ("Planering", "Remiss till lungmedicin Sahlgrenska för bronkoskopi pga misstänkt sarkoidos."),
    ])], [(N102, "n1")], [],
   "VGR: the hypothesis is protected under Tidiga hypoteser but repeated in the visible Planering: must NL102.")

C("d71-s-multinote-th-sedan-remiss-kopierar", SK, patient("1964-11-16", "315"), [
    N("n1", M, "Tidiga hypoteser", "s_neuro_hbg", "Axel Grönberg", "läkare", "2024-10-07T14:10", [
        ("Bedömning", "Fascikulationer i båda vaderna och vä tunga, atrofi i vä hand. Misstänkt ALS, pat ej informerad om misstanken."),
    ]),
    N("n2", M, "Remiss", "s_neuro_hbg", "Axel Grönberg", "läkare", "2024-10-07T14:25", [
        ("Frågeställning", "ALS? Önskar EMG och neurografi av alla fyra extremiteter."),
        ("Anamnes", "Tilltagande svaghet i vä hand sedan ett halvår, kramper i vaderna."),
    ]),
], [(N102, "n2")], [(N102, "n1")],
   "Skåne: hypothesis correctly in the TH template (n1), but the referral written afterwards repeats it visibly (n2): NL102 on n2 only.")

C("d71-v-sokord-th-remissvar-hedged-andra-rena", VG, patient("1986-06-17", "584"), [
    N("n1", M, "Remissvar", "v_kvinno_ostra", "Lovisa Storm", "läkare", "2024-03-08T09:45", [
        ("Svar", "Vaginalt ultraljud: normal uterus, vä ovarium 4 cm med lågekogent innehåll."),
        ("Tidiga hypoteser", "Bild som vid endometriom; djup endometrios kan ej uteslutas. Avvaktar MR innan detta tas upp med pat."),
        ("Planering", "MR lilla bäckenet, återbesök efter svaret."),
    ])], [], [(N102, "n1")],
   "VGR remissvar: hedges only in the protected sökord, finding and plan sections carry no diagnosis: must_not NL102.")

C("d71-s-th-mall-remiss-dd-lista", SK, patient("1969-08-31", "404"), [
    N("n1", M, "Tidiga hypoteser", "s_hemat_lund", "Nora Stenberg", "läkare", "2024-12-12T11:00", [
        ("Bedömning", "Remissbedömning: pancytopeni och makrocytos. DD myelodysplastiskt syndrom, aplastisk anemi. Benmärg innan något diskuteras med pat."),
    ])], [], [(N102, "n1")],
   "Skåne: a DD list in the protected template Tidiga hypoteser: must_not NL102.")

# =========================================================================== long mixed charts
C("d71-v-lang-remiss-endast-bekraftat", VG, patient("1955-04-09", "117"), [
    N("n1", M, "Remiss", "v_med_kungalv", "Henrik Ljungberg", "läkare", "2024-09-09T15:10", [
        ("Frågeställning", "Önskar ställningstagande till ablation av förmaksfladder samt bedömning av fortsatt antikoagulation."),
        ("Anamnes", "69-årig man med hypertoni sedan 2010 och typ 2-diabetes sedan 2016, bägge välreglerade. EKG-verifierat typiskt "
                    "förmaksfladder sedan mars i år, elkonverterad 12/4 med återfall efter tre veckor. Står på apixaban 5 mg x2 "
                    "och metoprolol 100 mg. Ingen stroke eller TIA i anamnesen. Slutade röka 1998, alkohol ca 5 glas vin/v."),
        ("Aktuellt", "Trött, nedsatt ork vid trappgång, hjärtklappning. Inga bröstsmärtor, ingen synkope. Har provat att öka metoprolol men fick yrsel."),
        ("Status", "AT gott. Cor: oregelbunden rytm, frekvens 110, inga blåsljud. Pulm: vesikulära andningsljud bilat. "
                   "Inga ankelödem. BT 138/84."),
        ("Utredning", "EKG: förmaksfladder med 2:1-överledning. Eko i maj: EF 55 %, lätt dilaterat vä förmak, inga klaffel. "
                      "TSH normalt, Hb 146, krea 88. Ingen anemi och inga tecken på tyreoideasjukdom."),
        ("Bedömning", "Symtomgivande förmaksfladder trots frekvensreglering. Eventuellt ablation som förstahandsalternativ enligt pat önskemål. "
                      "Oklart om han kan gå ner i läkemedel efter ingreppet, det får ni avgöra."),
        ("Planering", "Fortsätter apixaban oförändrat. Eventuellt ny elkonvertering i väntan på ablation om symtomen ökar. Pat vet att remissen skickas."),
    ])], [], [(N102, "n1")],
   "Long referral with only confirmed diagnoses, negations and plan hedges ('Eventuellt ablation', 'Oklart om … läkemedel'): must_not NL102.")

C("d71-s-lang-konsult-en-hedge-gomd", SK, patient("1939-07-18", "242"), [
    N("n1", M, "Konsultationssvar", "s_kard_avd_lund", "Elsa Widerberg", "läkare", "2024-11-28T16:40", [
        ("Bakgrund", "Konsult från geriatriken avd 2: 85-årig kvinna inlagd efter fall i hemmet. Känd hypertoni, hypotyreos och "
                     "lätt kognitiv svikt. Frågeställning från avdelningen: kardiell orsak till fallet?"),
        ("Anamnes", "Pat minns inte fallet. Hemtjänsten fann henne på golvet på morgonen, okänt hur länge hon legat. "
                    "Ingen bröstsmärta senaste tiden enligt dottern, men hon har varit tröttare sedan sommaren."),
        ("Status", "Allmäntillstånd: trött men adekvat. Cor: regelbunden rytm 52/min, systoliskt blåsljud 2/6 över aortaområdet med "
                   "utstrålning mot halsen. Pulm: basala rassel hö. BT liggande 150/70, stående 118/62 efter tre minuter."),
        ("Utredning", "EKG: sinusbradykardi, AV-block I med PQ 280 ms, vänstergrenblock. Troponin T 18, oförändrat efter 3 tim. "
                      "Telemetri senaste dygnet: pauser upp till 3,2 s nattetid. Hb 121, natrium 131."),
        ("Bedömning", "Ortostatism bidrar sannolikt, men med ledningsrubbning och pauser kan intermittent AV-block II–III ej uteslutas som orsak. "
                      "Blåsljudet bör utredas med eko, ingen akut åtgärd."),
        ("Rekommendation", "Fortsatt telemetri 48 tim. Sätt ut doxazosin. Eko under vårdtiden. Om pauser över 4 s eller "
                           "högre AV-block, kontakta kardiologjouren för ställningstagande till pacemaker."),
    ], setting="slutenvård", signed=None)], [(N102, "n1")], [],
   "Long unsigned consultation answer; the hedged diagnoses ('AV-block II–III ej uteslutas', 'Ortostatism bidrar sannolikt') are buried in Bedömning: must NL102.")

C("d71-s-lang-remissvar-besked-lamnat-uppfoljning", SK, patient("1950-06-28", "154"), [
    N("n1", M, "Remissvar", "s_njur_lund", "Vilhelm Tornberg", "läkare", "2024-10-18T11:30", [
        ("Remissorsak", "Remiss från VC Staffanstorp pga sjunkande eGFR, från 62 till 38 på två år, och albuminuri."),
        ("Anamnes", "74-årig kvinna med typ 2-diabetes sedan 2005, hypertoni och hyperlipidemi. Tidigare NSAID-bruk för artros, "
                    "nu utsatt. Inga urinvägsinfektioner senaste året. Ingen hereditet för njursjukdom."),
        ("Status", "BT 152/88. Lätta underbensödem bilat. Cor/pulm ua."),
        ("Utredning", "Kreatinin 128, eGFR 38, U-albumin/kreatinin 85 mg/mmol. Ultraljud njurar: normalstora njurar med "
                      "lätt ökad ekogenicitet, inga avflödeshinder, inga cystor. Elfores utan M-komponent."),
        ("Bedömning", "Kronisk njursjukdom stadium G3b A3, diabetesnefropati. Ingen indikation för njurbiopsi då bilden är typisk "
                      "och ingen misstanke om annan glomerulär sjukdom föreligger."),
        ("Information", "Pat informerad om diagnosen och om vikten av blodtryckskontroll. Hon förstod informationen och fick skriftligt material."),
        ("Planering", "Insättning av dapagliflozin 10 mg, ökning av losartan till 100 mg. Kontroll av krea och kalium om 2 v på VC. "
                      "Åter till njurmottagningen om 6 mån, remittenten sköter diabetesen under tiden."),
    ])], [], [(N101, "n1"), (N102, "n1")],
   "Long remissvar: confirmed CKD told to the patient, negated alternative diagnosis: must_not NL101 and NL102.")


# =========================================================================== validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_TEMPLATES_SKANE = {"Tidiga hypoteser"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date() if isinstance(when, dt.datetime) else when
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = " ".join(s.split())
            if s:
                out.append(s)
    return out


def validate(cases):
    errors = []
    names = set()
    seen_sent = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errors.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            errors.append("%s: duplicate case name" % n)
        names.add(n)
        if not n.startswith("d71-"):
            errors.append("%s: name prefix" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % n)
        if not c["why"].strip():
            errors.append("%s: empty why" % n)
        rec = c["record"]
        if list(rec.keys()) != REC_KEYS:
            errors.append("%s: record keys" % n)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append("%s: non-empty events" % n)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{3})(\d)", pid)
        if not m:
            errors.append("%s: pnr format %s" % (n, pid))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != bd:
                errors.append("%s: pnr/birth_date mismatch" % n)
            ten = pid[2:8] + m.group(4) + m.group(5)
            if luhn_digit(ten[:9]) != ten[9]:
                errors.append("%s: Luhn fails for %s" % (n, pid))
            try:
                dt.date.fromisoformat(bd)
            except ValueError:
                errors.append("%s: bad birth date" % n)
        if not rec["as_of"].startswith("2024-"):
            errors.append("%s: as_of not 2024" % n)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        ids = {}
        for note in rec["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errors.append("%s: note keys" % n)
            if note["id"] in ids:
                errors.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errors.append("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % n)
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024:
                errors.append("%s: note time not 2024" % n)
            if t > as_of:
                errors.append("%s: note after as_of" % n)
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errors.append("%s: bad signed time" % n)
            for when in (t, as_of):
                a = age_at(bd, when)
                if 13 <= a <= 15 or a < 0:
                    errors.append("%s: patient age %d" % (n, a))
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errors.append("%s: setting" % n)
            if set(note["unit"].keys()) != {"name", "hsa_id"} or set(note["author"].keys()) != {"name", "role"}:
                errors.append("%s: unit/author keys" % n)
            if not note["sections"]:
                errors.append("%s: no sections" % n)
            for sec in note["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    errors.append("%s: section" % n)
                for s in split_sentences(sec["text"]):
                    if len(s) >= 25:
                        key = s.lower()
                        if key in seen_sent and seen_sent[key] != (n, note["id"], sec["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %s" % (n, seen_sent[key][0], s))
                        seen_sent.setdefault(key, (n, note["id"], sec["keyword"]))
        pairs = set()
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if code not in ("NL101", "NL102"):
                    errors.append("%s: unexpected code %s" % (n, code))
                if target not in ids:
                    errors.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in pairs:
                    errors.append("%s: %s/%s asserted twice" % (n, code, target))
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and sysname != "Melior" and lst == "must":
                    errors.append("%s: NL102 must on non-Melior" % n)
                if code == "NL102" and sysname == "PMO" and lst == "must_not":
                    pass  # PMO never shows diagnoses: allowed and intended
                if code == "NL101" and sysname == "PMO":
                    errors.append("%s: NL101 asserted on PMO" % n)
        if not c["must"] and not c["must_not"]:
            errors.append("%s: asserts nothing" % n)
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
