#!/usr/bin/env python3
"""Independent NL101/NL102 test set: asylum seekers, newly arrived migrants and
interpreter-mediated visits (Skåne and VGR). Standard library only, deterministic.

Run: python3 build.py  -> writes cases.jsonl next to this file, exits 1 on any problem.
"""
import datetime as dt
import json
import os
import re
import sys

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system)
U = {
    # Region Skåne, Melior (hospitals)
    "sk_inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4K71", "Melior"),
    "sk_inf_lund": ("Infektionskliniken avd 2, Skånes universitetssjukhus Lund", "SE2321000255-4K93", "Melior"),
    "sk_inf_hbg": ("Infektionsmottagningen, Helsingborgs lasarett", "SE2321000255-7H22", "Melior"),
    "sk_inf_csk": ("Infektionsmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-9C15", "Melior"),
    "sk_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4L08", "Melior"),
    "sk_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4N31", "Melior"),
    "sk_psyk_malmo": ("Traumamottagning för flyktingar, Vuxenpsykiatri Malmö", "SE2321000255-6P40", "Melior"),
    "sk_psyk_hbg": ("Allmänpsykiatrisk mottagning Helsingborg", "SE2321000255-7P19", "Melior"),
    "sk_barn_malmo": ("Barnmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3B66", "Melior"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-7B05", "Melior"),
    "sk_kvinno_lund": ("Kvinnosjukvårdens mottagning, Skånes universitetssjukhus Lund", "SE2321000255-4Q27", "Melior"),
    "sk_med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-8M12", "Melior"),
    "sk_med_landskrona": ("Medicinavdelning 3, Lasarettet Landskrona", "SE2321000255-5M44", "Melior"),
    "sk_med_hassleholm": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-9M70", "Melior"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4D19", "Melior"),
    "sk_neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3N58", "Melior"),
    "sk_neuro_hbg": ("Neurologiska kliniken, Helsingborgs lasarett", "SE2321000255-7N33", "Melior"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3A01", "Melior"),
    "sk_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3G47", "Melior"),
    "sk_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3R29", "Melior"),
    "sk_hemat_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4H62", "Melior"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3E14", "Melior"),
    "sk_kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4C80", "Melior"),
    "sk_njur_malmo": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3J36", "Melior"),
    "sk_kir_trelleborg": ("Kirurgmottagningen, Lasarettet Trelleborg", "SE2321000255-8K51", "Melior"),
    "sk_uro_malmo": ("Urologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-3U73", "Melior"),
    "sk_ortop_hbg": ("Ortopedmottagningen, Helsingborgs lasarett", "SE2321000255-7T88", "Melior"),
    # Region Skåne, PMO (primary care)
    "sk_vc_rosengard": ("Vårdcentralen Rosengård, Malmö", "SE2321000255-2V10", "PMO"),
    "sk_vc_lindangen": ("Vårdcentralen Lindängen, Malmö", "SE2321000255-2V23", "PMO"),
    "sk_vc_nydala": ("Vårdcentralen Nydala, Malmö", "SE2321000255-2V37", "PMO"),
    "sk_hu_asyl": ("Hälsoundersökningar för asylsökande, Vårdcentralen Centrum Malmö", "SE2321000255-2V81", "PMO"),
    "sk_vc_drottninghog": ("Vårdcentralen Drottninghög, Helsingborg", "SE2321000255-2W04", "PMO"),
    "sk_bvc_seved": ("BVC Seved, Malmö", "SE2321000255-2B16", "PMO"),
    "sk_um_landskrona": ("Ungdomsmottagningen Landskrona", "SE2321000255-2U42", "PMO"),
    "sk_vc_trelleborg": ("Vårdcentralen Trelleborg Söder", "SE2321000255-2W58", "PMO"),
    "sk_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-2W66", "PMO"),
    "sk_hemsjv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-2H09", "PMO"),
    # Västra Götalandsregionen, Melior
    "vg_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011410", "Melior"),
    "vg_inf_avd_ostra": ("Infektionsavdelning 5, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011417", "Melior"),
    "vg_lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012208", "Melior"),
    "vg_lung_uddevalla": ("Lungmedicinmottagningen, Uddevalla sjukhus", "SE2321000131-E000000015532", "Melior"),
    "vg_lung_nal": ("Lungmottagningen, NÄL Trollhättan", "SE2321000131-E000000015840", "Melior"),
    "vg_inf_sas": ("Infektionsmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016103", "Melior"),
    "vg_inf_sks": ("Infektionsmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017021", "Melior"),
    "vg_inf_nal": ("Infektionsmottagningen, NÄL Trollhättan", "SE2321000131-E000000015811", "Melior"),
    "vg_med_angered": ("Medicinmottagningen, Angereds Närsjukhus", "SE2321000131-E000000019054", "Melior"),
    "vg_barn_angered": ("Barn- och ungdomsmottagningen, Angereds Närsjukhus", "SE2321000131-E000000019061", "Melior"),
    "vg_dsbus": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000013377", "Melior"),
    "vg_barn_sks": ("Barnmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000017088", "Melior"),
    "vg_kvinno_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011502", "Melior"),
    "vg_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012451", "Melior"),
    "vg_psyk_nordost": ("Psykiatrisk öppenvårdsmottagning Nordost, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000014126", "Melior"),
    "vg_med_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000018230", "Melior"),
    "vg_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", "SE2321000131-E000000018512", "Melior"),
    "vg_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E000000018547", "Melior"),
    "vg_gastro_su": ("Gastro- och levermottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012295", "Melior"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012330", "Melior"),
    "vg_ortop_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013012", "Melior"),
    "vg_smarta_molndal": ("Smärtmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013049", "Melior"),
    "vg_hjarta_sas": ("Hjärtmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016177", "Melior"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012688", "Melior"),
    "vg_njur_su": ("Njurmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012713", "Melior"),
    "vg_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E000000012006", "Melior"),
}

CASES = []


def pnr(birth, serial):
    """Luhn-valid personnummer YYYYMMDD-NNNC for birth 'YYYY-MM-DD' and serial 'NNN'."""
    d9 = birth[2:4] + birth[5:7] + birth[8:10] + serial
    return birth.replace("-", "") + "-" + serial + str(luhn_digit(d9))


def luhn_digit(d9):
    total = 0
    for i, ch in enumerate(d9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def N(nid, unit, template, author, role, when, signed, sections, setting="öppenvård", refs=None):
    """One note. when='2024-MM-DD HH:MM'; signed = minutes after `when`, or None (draft)."""
    name, hsa, system = U[unit]
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def _targets(items):
    out = []
    for it in items:
        code, _, target = it.partition("@")
        out.append([code, target or "n1"])
    return out


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of_days=2):
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=as_of_days)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": _targets(must),
        "must_not": _targets(must_not),
        "why": why,
    })


# ================================================================ cases, part 1

C("s28m_sk_inf_misstankt_lungtb_arabisk_kontakttolk", "skane", "1994-03-07", "415", [
    N("n1", "sk_inf_malmo", "Läkaranteckning", "Leila Haddad", "läkare", "2024-02-14 10:20", 45, [
        ("Anamnes", "Man från Syrien, i Sverige sedan åtta månader, bor på anläggningsboende i Trelleborg. "
                    "Besöket sker med arabisktalande kontakttolk. Hosta sedan sex veckor, nattsvettningar och "
                    "viktnedgång ca 5 kg enligt egen uppgift."),
        ("Status", "AT: opåverkad, tunn. Pulm: nedsatta andningsljud apikalt hö, inga rassel. "
                   "Cor: RR, inga blåsljud. Lgl: ua."),
        ("Bedömning", "Misstänkt lungtuberkulos. Rtg pulm med kavitet i hö ovanlob. Luftburen isolering på "
                      "mottagningen, sputum för direktmikroskopi, PCR och odling x3."),
    ])],
    ["NL102"], ["NL101"],
    "Hedged TB diagnosis (Misstänkt) in the visible Bedömning of a Skåne Melior note; nothing is said about telling.")

C("s28m_vgr_inf_trol_latent_tb_daritolk", "vgr", "1988-01-01", "462", [
    N("n1", "vg_inf_ostra", "Läkaranteckning öppenvård", "Jonas Ekström", "läkare", "2024-01-23 13:05", 60, [
        ("Aktuellt", "Remitterad från Migrationshälsan efter positiv IGRA vid hälsoundersökningen. Tolk dari på "
                     "plats. Inga luftvägssymtom, ingen feber, ingen viktnedgång."),
        ("Status", "Allmäntillstånd gott. Lungor: vesikulärt bilat. Inga förstorade lymfkörtlar på hals eller i axiller."),
        ("Bedömning", "Trol. latent tuberkulos. Rtg pulm utan anmärkning. Diskuterat förebyggande behandling med "
                      "rifampicin i fyra månader."),
    ])],
    ["NL102"], [],
    "Abbreviated hedge 'Trol.' on latent tuberculosis in a visible VGR Melior Bedömning.")

C("s28m_sk_onh_halslymfadenit_dd_tb_dd_lymfom", "skane", "2006-09-15", "173", [
    N("n1", "sk_onh_lund", "Mottagningsanteckning", "Oskar Lindahl", "läkare", "2024-05-06 09:40", 80, [
        ("Anamnes", "Ensamkommande ungdom från Afghanistan, 17 år enligt Migrationsverket. Kommer med sin gode man. "
                    "Tolk pashto via telefon. Knöl på vänster halssida sedan tre månader, ingen smärta."),
        ("Status", "Flera förstorade, fasta, oömma lgl på vänster sida, största ca 3 cm. Munhåla och svalg ua."),
        ("Bedömning", "Halslymfadenit, DD tuberkulös lymfadenit, DD lymfom. Finnålspunktion tas i dag, IGRA och "
                      "lungröntgen beställs."),
    ])],
    ["NL102"], [],
    "'DD' lists tuberculous lymphadenitis and lymphoma as open alternatives in a visible section.")

C("s28m_vgr_hematuri_bild_som_vid_schistosomiasis", "vgr", "1998-06-30", "357", [
    N("n1", "vg_inf_sas", "Läkaranteckning öppenvård", "Maria Holmgren", "läkare", "2024-03-12 14:15", 50, [
        ("Aktuellt", "Tigrinjatalande man från Eritrea, telefontolk. Makroskopisk hematuri till och från sedan "
                     "flera månader. Badade i sötvatten i Sudan under flykten."),
        ("Bedömning", "Eosinofili 1,1. Bild som vid urogenital schistosomiasis. Terminalurin mitt på dagen för ägg "
                      "samt Schistosoma-serologi."),
    ])],
    ["NL102"], [],
    "'Bild som vid' hedges schistosomiasis in a VGR visible note.")

C("s28m_sk_eosinofili_sannolik_strongyloides", "skane", "1975-11-02", "248", [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Peter Wallin", "läkare", "2024-04-03 11:00", 35, [
        ("Aktuellt", "Remiss från vårdcentralen pga eosinofili 1,6 som upptäcktes vid hälsoundersökning för "
                     "asylsökande. Kvinna från Etiopien, tolk amhariska. Klåda och diffus buksmärta i flera år."),
        ("Bedömning", "Sannolik strongyloidesinfektion, serologi tagen. Behandlas empiriskt med ivermektin eftersom "
                      "kortison kan bli aktuellt för hennes astma."),
    ])],
    ["NL102"], [],
    "'Sannolik' strongyloides infection of the patient in a visible Skåne Melior section.")

C("s28m_pmo_vc_misstankt_lungtb_remiss_akut", "skane", "1969-05-05", "539", [
    N("n1", "sk_vc_rosengard", "Besök läkare", "Hodan Warsame", "läkare", "2024-02-20 08:45", 30, [
        ("Kontaktorsak", "Hosta sedan två månader, blodtingerade upphostningar senaste veckan. Tolk somaliska via telefon."),
        ("Bedömning", "Misstänkt smittsam lungtuberkulos. Remiss akut till infektionsmottagningen SUS Malmö, pat uppmanas "
                      "undvika kollektivtrafik och bära munskydd tills vidare."),
    ])],
    [], ["NL102"],
    "PMO never shows diagnoses, so a hedged TB diagnosis in a vårdcentral note is not NL102.")

C("s28m_vgr_hbsag_kronisk_aktiv_kan_ej_uteslutas", "vgr", "1982-02-20", "631", [
    N("n1", "vg_gastro_su", "Läkaranteckning öppenvård", "Anders Berg", "läkare", "2024-06-18 10:30", 90, [
        ("Anamnes", "Man från Vietnam, talar god engelska och behöver ingen tolk. HBsAg positivt sedan "
                    "hälsoundersökningen 2022, ingen tidigare uppföljning."),
        ("Bedömning", "ALAT 1,4. Kronisk hepatit B med aktiv inflammation kan ej uteslutas. HBV-DNA, HBeAg och "
                      "fibroscan beställs innan ställningstagande till behandling."),
    ])],
    ["NL102"], ["NL101"],
    "'kan ej uteslutas' leaves active chronic hepatitis B open in a visible VGR section; nothing about informing.")

C("s28m_sk_psyk_ptsd_fragetecken_kurmanjitolk", "skane", "1990-08-19", "286", [
    N("n1", "sk_psyk_malmo", "Nybesök psykiatri", "Nadia Rahimi", "läkare", "2024-03-27 13:30", 120, [
        ("Anamnes", "Kurdisk kvinna från Irak som kom 2023 genom familjeåterförening. Tolk kurmanji på plats. "
                    "Svåra sömnproblem, återkommande mardrömmar om fängelsetiden och undvikande av män i uniform."),
        ("Bedömning", "PTSD? Även depressiva symtom. Strukturerad bedömning med PCL-5 och MINI vid nästa besök, "
                      "gärna med samma tolk."),
    ])],
    ["NL102"], [],
    "A bare question mark after PTSD hedges the diagnosis in a visible psychiatry note (Skåne Melior).")

C("s28m_vgr_psykolog_talar_for_ptsd_videotolk", "vgr", "1996-12-03", "159", [
    N("n1", "vg_psyk_nordost", "Psykologanteckning", "Ingrid Dahl", "psykolog", "2024-04-10 15:00", 40, [
        ("Samtal", "Fjärde samtalet, arabisk tolk via video. Pat berättar om frihetsberövande och misshandel i "
                   "ett läger i Libyen."),
        ("Bedömning", "Symtombilden talar för posttraumatiskt stressyndrom med sekundär sömnstörning. "
                      "Stabiliseringsfas fortsätter, därefter narrativ exponeringsterapi."),
    ])],
    ["NL102"], [],
    "'talar för' hedges PTSD in a psychologist's visible Bedömning (VGR).")

C("s28m_vgr_ingen_misstanke_aktiv_tb_ukrainska", "vgr", "2001-04-21", "020", [
    N("n1", "vg_lung_su", "Läkaranteckning öppenvård", "Sofia Lund", "läkare", "2024-02-07 09:15", 25, [
        ("Aktuellt", "Ukrainsk kvinna med uppehållstillstånd enligt massflyktsdirektivet. En väninna följde med och "
                     "tolkade delvis, men för bedömningen användes telefontolk på ukrainska."),
        ("Bedömning", "Ingen misstanke om aktiv tuberkulos. IGRA negativ och rtg pulm utan infiltrat. Ingen "
                      "ytterligare uppföljning behövs."),
    ])],
    [], ["NL102"],
    "Negated: 'Ingen misstanke om aktiv tuberkulos' never fires NL102.")

C("s28m_sk_akut_malaria_uteslutes_strep", "skane", "1987-07-01", "515", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Erik Sandberg", "läkare", "2024-08-03 22:10", 70, [
        ("Anamnes", "Kom hem från Uganda för tio dagar sedan efter besök hos släkten. Feber 39 och halsont sedan "
                    "två dygn. Talar svenska, ingen tolk."),
        ("Bedömning", "Malaria uteslutes: snabbtest och tjock droppe negativa två gånger med 12 timmars mellanrum. "
                      "Feberfokus är faryngotonsillit med positivt strep A-test, PcV insatt."),
    ], setting="öppenvård")],
    [], ["NL102"],
    "Malaria is ruled out ('uteslutes') and the remaining diagnosis is confirmed; no hedge on a patient diagnosis.")

C("s28m_sk_hiv_bekraftad_ej_informerad_tolk_tisdag", "skane", "1993-10-10", "366", [
    N("n1", "sk_inf_malmo", "Läkaranteckning", "Leila Haddad", "läkare", "2024-09-05 16:40", 20, [
        ("Provsvar", "HIV-1 antikropp/antigen positivt, bekräftat med immunoblot. CD4 220, virusmängd 85 000 kopior/ml."),
        ("Planering", "Pat ej informerad ännu. Beskedet ges vid besök på tisdag med kontakttolk på tigrinja, inte "
                      "per telefon. Kurator bokas till samma tillfälle."),
    ])],
    ["NL101"], ["NL102"],
    "Confirmed HIV in a visible section while the note says the patient is not yet informed.")

C("s28m_vgr_avd_tb_odling_ej_besked", "vgr", "1979-03-14", "737", [
    N("n1", "vg_inf_avd_ostra", "Daganteckning", "Karin Axelsson", "läkare", "2024-10-15 11:25", 55, [
        ("Bedömning", "Odlingssvar: Mycobacterium tuberculosis, känslig för förstahandspreparaten. Aktiv "
                      "lungtuberkulos är därmed verifierad."),
        ("Planering", "Patienten har ännu inte fått besked om odlingssvaret och informeras i eftermiddag när "
                      "somalisk tolk finns på avdelningen. Smittskyddsanmälan görs av undertecknad."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Verified active TB stands visible while the patient 'har ännu inte fått besked'.")

C("s28m_vgr_ny_hiv_informerad_franska_tolk", "vgr", "1985-05-25", "477", [
    N("n1", "vg_inf_sks", "Läkaranteckning öppenvård", "Henrik Blom", "läkare", "2024-11-06 10:00", 75, [
        ("Bedömning", "Nydiagnostiserad HIV-1-infektion, CD4 480. Antiretroviral behandling startas snarast."),
        ("Information", "Pat informerad om diagnosen via kontakttolk på franska och fick tid att ställa frågor. "
                        "Smittskyddsläkarens förhållningsregler genomgångna. Kurator träffar pat direkt efter besöket."),
    ])],
    [], ["NL101"],
    "The patient was told the HIV diagnosis today via an interpreter, so NL101 must stay silent.")

C("s28m_sk_lung_make_misstankt_tbc_iran", "skane", "1972-01-01", "442", [
    N("n1", "sk_lung_lund", "Mottagningsanteckning", "Gunilla Nord", "läkare", "2024-01-30 14:20", 40, [
        ("Anamnes", "Maken behandlades för misstänkt tbc i Iran 2019, osäkert om behandlingen fullföljdes. Pat "
                    "själv utan hosta eller feber. Tolk persiska."),
        ("Bedömning", "Smittspårning. IGRA negativ och rtg pulm ua, inga tecken på tuberkulos hos pat."),
    ])],
    [], ["NL102"],
    "The hedged TB belongs to the husband; the patient's own TB is negated.")

# ================================================================ cases, part 2

C("s28m_sk_inskrivning_forenlig_med_malaria_tropica", "skane", "1981-02-11", "092", [
    N("n1", "sk_inf_lund", "Inskrivningsanteckning", "Johanna Frick", "läkare", "2024-07-21 02:15", None, [
        ("Aktuellt", "Kvinna med nigeriansk bakgrund, bosatt i Lund sedan 2015, hemkommen för fem dagar sedan efter "
                     "besök hos släkt i Lagos. Ingen malariaprofylax."),
        ("Status", "Temp 39,6, frossa. Ikterisk ton i sclerae. Pulm och cor ua. Buk mjuk, palpabel mjälte."),
        ("Bedömning", "Trombocyter 62. Klinisk bild förenlig med malaria tropica; tjock och tunn droppe skickad "
                      "akut, snabbtest pågår. Parasitemigrad avgör val av artesunat i.v."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "'förenlig med' hedges falciparum malaria in a visible admission note (unsigned draft, Skåne Melior).")

C("s28m_vgr_schablondatum_misstankt_felaktigt_fodelsedatum", "vgr", "2005-01-01", "313", [
    N("n1", "vg_med_angered", "Besöksanteckning", "Ali Mansour", "läkare", "2024-04-16 15:20", 30, [
        ("Aktuellt", "Pat är registrerad med födelsedatum 1 januari, ett schablondatum från Migrationsverket. "
                     "Misstänkt felaktigt födelsedatum enligt pat själv, som uppger att han fyller år på våren. "
                     "Söker för ländryggssmärta efter tunga lyft på lagerjobbet."),
        ("Bedömning", "Lumbago av muskulär typ, inga neurologiska bortfall. Remiss fysioterapeut, arbetsanpassning "
                      "diskuteras med arbetsgivaren."),
    ])],
    [], ["NL102"],
    "'Misstänkt' hedges an administrative birth date, not a diagnosis; the diagnosis (lumbago) is stated plainly.")

C("s28m_sk_barn_oklart_om_bcg_vaccinerad", "skane", "2017-03-09", "128", [
    N("n1", "sk_barn_malmo", "Mottagningsanteckning", "Cecilia Ahlström", "läkare", "2024-02-26 10:10", 65, [
        ("Anamnes", "Flicka 7 år från Afghanistan, nyanländ med mamma och två syskon. Tolk dari via telefon. "
                    "Oklart om flickan fått BCG-vaccin i hemlandet, inget vaccinationskort medfört och inget "
                    "ärr på vänster överarm."),
        ("Bedömning", "Frisk flicka. IGRA negativ. Kompletterande vaccinationer enligt svenska programmet via "
                      "skolhälsovården."),
    ])],
    [], ["NL102"],
    "'Oklart om' hedges vaccination status, not a diagnosis; the child is assessed as healthy.")

C("s28m_pmo_bvc_trolig_rakit_tvaaring", "skane", "2022-06-11", "351", [
    N("n1", "sk_bvc_seved", "BVC-besök", "Amina Jama", "läkare", "2024-06-20 09:00", 40, [
        ("Besöksorsak", "Tvåårskontroll, familjen kommer från Somalia. Tolk somaliska på plats."),
        ("Bedömning", "O-ben och sen gångdebut, trolig rakit pga D-vitaminbrist. Remiss barnläkare, prov för "
                      "25-OH-vitamin D, Ca, fosfat och ALP."),
    ])],
    [], ["NL102"],
    "Hedged rickets in a PMO BVC note: PMO does not show diagnoses, so no NL102.")

C("s28m_vgr_hepb_arskontroll_informerad_2021", "vgr", "1980-09-09", "568", [
    N("n1", "vg_gastro_su", "Läkaranteckning öppenvård", "Anders Berg", "läkare", "2024-05-14 08:30", 45, [
        ("Aktuellt", "Årlig kontroll av kronisk hepatit B, HBeAg negativ. Pat informerades om diagnosen och "
                     "smittsamheten redan vid första besöket 2021 med somalisk tolk. Make och barn är vaccinerade."),
        ("Bedömning", "Inaktiv bärare, HBV-DNA under 2000 IE/ml och normalt ALAT. Fortsatt årlig kontroll."),
    ])],
    [], ["NL101"],
    "The patient was told about the hepatitis B diagnosis at an earlier visit, so NL101 is silent.")

C("s28m_sk_dm2_remisser_ej_informerad", "skane", "1958-04-04", "693", [
    N("n1", "sk_med_ystad", "Läkaranteckning", "Björn Hellström", "läkare", "2024-03-19 11:45", None, [
        ("Bedömning", "Nyupptäckt diabetes mellitus typ 2, HbA1c 92 och fP-glukos 14,1 vid två tillfällen. "
                      "Start metformin 500 mg x 2."),
        ("Planering", "Remiss skickad till diabetessköterska och för ögonbottenfoto. Pat är ännu inte informerad "
                      "om att remisserna gått iväg, kallelserna kommer på arabiska."),
    ])],
    [], ["NL101"],
    "What the patient has not been told is that referrals were sent, not a diagnosis.")

C("s28m_vgr_sokord_tidiga_hypoteser_hiv_candida", "vgr", "1995-02-17", "700", [
    N("n1", "vg_inf_nal", "Läkaranteckning öppenvård", "Petra Sundqvist", "läkare", "2024-08-27 13:40", 50, [
        ("Aktuellt", "Trött och nedsatt aptit sedan ankomsten från Kenya. Telefontolk swahili."),
        ("Tidiga hypoteser", "Misstänkt HIV-infektion: oral candida, generaliserad lymfadenopati och viktnedgång. "
                             "Prov taget med pat:s samtycke som del av screeningen, hypotesen tas upp vid återbesöket."),
    ])],
    [], ["NL102"],
    "The only hedged diagnosis stands under the VGR sökord Tidiga hypoteser, which is filtered from 1177.")

C("s28m_sk_mall_tidiga_hypoteser_lepra_hud", "skane", "1989-10-30", "799", [
    N("n1", "sk_hud_lund", "Tidiga hypoteser", "Viktor Engdahl", "läkare", "2024-09-12 14:00", 30, [
        ("Bedömning", "Hypopigmenterade fläckar med nedsatt känsel på vänster underarm hos man från Indien. "
                      "Misstanke om tuberkuloid lepra (Hansens sjukdom). Hudbiopsi tagen för histologi och PCR."),
    ])],
    [], ["NL102"],
    "Skåne Melior note written in the Tidiga hypoteser template: the hedged diagnosis is protected.")

C("s28m_pmo_hu_asyl_trol_giardiasis_flicka", "skane", "2015-08-08", "214", [
    N("n1", "sk_hu_asyl", "Hälsoundersökning asylsökande", "Lina Svensson", "sjuksköterska", "2024-01-17 13:15", 25, [
        ("Anamnes", "Flicka 8 år med föräldrar från Jemen. Pappan talar lite engelska men tolk arabiska anlitades. "
                    "Intermittent lös avföring och magknip."),
        ("Bedömning", "Trol. giardiasis, F-parasiter x2 skickade. Hb 118, vikt och längd följer kurvan."),
    ])],
    [], ["NL102"],
    "PMO health examination for an asylum-seeking child; hedged giardiasis is never shown from PMO.")

C("s28m_vgr_latent_tb_faststalld_ev_efter_ramadan", "vgr", "2000-05-05", "993", [
    N("n1", "vg_inf_sas", "Läkaranteckning öppenvård", "Maria Holmgren", "läkare", "2024-02-28 10:45", 40, [
        ("Bedömning", "Latent tuberkulos fastställd: IGRA positiv vid två tillfällen, rtg pulm och sputum negativa. "
                      "Ev. behandlingsstart efter ramadan enligt pat:s önskemål, 3HP eller 4R diskuteras."),
    ])],
    [], ["NL102"],
    "Confirmed latent TB; the hedge 'Ev.' is on the start of treatment, a plan.")

C("s28m_sk_neuro_oklart_om_epilepsi_eller_pnes", "skane", "1999-07-22", "906", [
    N("n1", "sk_neuro_malmo", "Mottagningsanteckning", "Elin Forsberg", "läkare", "2024-10-02 09:30", 110, [
        ("Anamnes", "Ukrainsk kvinna, tolk ryska på plats eftersom pat föredrar det. Anfall med medvetslöshet "
                    "sedan ett år, ofta i samband med flyglarm på nyheterna eller påminnelser om kriget."),
        ("Bedömning", "Oklart om det rör sig om epilepsi eller psykogena icke-epileptiska anfall. Långtids-EEG "
                      "med videoregistrering beställt."),
    ])],
    ["NL102"], [],
    "'Oklart om' leaves epilepsy versus PNES open for the patient in a visible section.")

C("s28m_vgr_typo_misstakt_echinokockos_lever", "vgr", "1976-12-12", "335", [
    N("n1", "vg_kir_kungalv", "Läkaranteckning öppenvård", "Lars Wennberg", "läkare", "2024-03-05 13:20", 60, [
        ("Bedömning", "DT buk visar 8 cm stor cystisk förändring i höger leverlob med dottercystor. Misstäkt "
                      "cystisk echinokockos, pat växte upp med fårhjordar i norra Syrien. Echinococcus-serologi "
                      "skickad, tas upp på HPB-ronden."),
    ])],
    ["NL102"], [],
    "Typo in the hedge ('Misstäkt') before cystic echinococcosis in a visible VGR section.")

C("s28m_sk_typo_sanolikt_hepatit_c_transfusion", "skane", "1967-03-03", "651", [
    N("n1", "sk_gastro_malmo", "Mottagningsanteckning", "Tomas Ek", "läkare", "2024-04-24 10:00", 20, [
        ("Anamnes", "Blodtransfusioner efter skottskada i Afghanistan 1995. Tolk dari via video."),
        ("Bedömning", "Anti-HCV positiv. Sanolikt kronisk hepatit C, HCV-RNA och genotyp tas i dag."),
    ])],
    ["NL102"], [],
    "Typo in the hedge ('Sanolikt') before chronic hepatitis C (Skåne Melior).")

C("s28m_pmo_vc_mojlig_ptsd_dd_depression", "skane", "1984-09-01", "211", [
    N("n1", "sk_vc_lindangen", "Besök läkare", "Sven Olausson", "läkare", "2024-05-29 14:30", 45, [
        ("Samtal", "Pat från Eritrea som har suttit fängslad i Libyen. Tolk tigrinja via telefon. Sover tre "
                   "timmar per natt och har påträngande minnesbilder."),
        ("Bedömning", "Möjlig PTSD, differentialdiagnos depression med ångest. Remiss till traumamottagningen."),
    ])],
    [], ["NL102"],
    "Hedged PTSD in a PMO vårdcentral note is never shown, so must_not NL102.")

C("s28m_vgr_ckd_ej_informerad_om_datum", "vgr", "1961-06-06", "480", [
    N("n1", "vg_med_alingsas", "Läkaranteckning öppenvård", "Emina Hodžić", "läkare", "2024-11-19 09:50", 30, [
        ("Bedömning", "Hypertoni, nu välkontrollerad på amlodipin, 132/84. Kronisk njursjukdom stadium 3a, "
                      "eGFR 52, stabil."),
        ("Planering", "Ny kontroll om sex månader; pat ej informerad om datumet ännu, kallelse skickas med "
                      "tolkbokning på bosniska."),
    ])],
    [], ["NL101"],
    "The only thing not told is the date of the next visit, not a diagnosis.")

# ================================================================ cases, part 3

C("s28m_sk_brostcancer_ej_informerad_sonen_tolkade", "skane", "1959-02-02", "762", [
    N("n1", "sk_brost_malmo", "Läkaranteckning", "Anna Bergkvist", "läkare", "2024-04-09 16:05", 25, [
        ("Provsvar", "Mellannålsbiopsi vänster bröst: invasiv duktal cancer, grad 3. Axillär lymfkörtel med metastas."),
        ("Planering", "Pat är inte informerad om cancerbeskedet. Hon kom i dag med sonen som tolkade, vilket inte "
                      "är lämpligt för ett sådant besked. Ny tid på fredag med auktoriserad tolk på dari och "
                      "kontaktsjuksköterska."),
    ])],
    ["NL101"], ["NL102"],
    "Confirmed breast cancer visible while the patient is not informed; the son interpreted, so telling was postponed.")

C("s28m_vgr_cirros_ej_per_telefon_forst_med_kontakttolk", "vgr", "1964-11-11", "217", [
    N("n1", "vg_med_angered", "Läkaranteckning öppenvård", "Ali Mansour", "läkare", "2024-06-04 12:10", 40, [
        ("Bedömning", "Levercirros Child-Pugh B sekundärt till kronisk hepatit B, ascites på ultraljudet. "
                      "Esofagusvaricer ska screenas med gastroskopi."),
        ("Planering", "Pat ska inte få besked om cirrosen per telefon. Han informeras först vid besöket med "
                      "kontakttolk på pashto nästa vecka."),
    ])],
    ["NL101"], ["NL102"],
    "Visible cirrhosis diagnosis with an explicit instruction that the patient must not be told yet.")

C("s28m_sk_hiv_informerad_dottern_vet_inte", "skane", "1978-04-15", "542", [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Peter Wallin", "läkare", "2024-02-13 15:30", 30, [
        ("Bedömning", "Kronisk HIV-infektion, välbehandlad, virusmängd under 20 kopior/ml."),
        ("Information", "Pat har känt till diagnosen sedan 2022. Dottern, som ofta tolkar åt henne i vardagen, "
                        "känner inte till diagnosen och pat vill att det förblir så. Alltid professionell tolk vid "
                        "besöken framöver."),
    ])],
    [], ["NL101"],
    "The patient knows her diagnosis; only the daughter (who often interprets) is not told.")

C("s28m_vgr_hud_tidiga_hypoteser_men_aven_bedomning", "vgr", "1992-08-08", "117", [
    N("n1", "vg_hud_su", "Läkaranteckning öppenvård", "Elsa Nyberg", "läkare", "2024-09-24 11:15", 45, [
        ("Tidiga hypoteser", "Ulcererande papel på kinden sedan fyra månader, pat har bott i Aleppo fram till 2023. "
                             "Kutan leishmaniasis misstänks."),
        ("Bedömning", "Kroniskt sår på vänster kind, trolig kutan leishmaniasis. Stansbiopsi för PCR skickas till "
                      "referenslaboratoriet."),
    ])],
    ["NL102"], [],
    "The hypothesis sits under the protected sökord but is repeated hedged in the visible Bedömning (VGR).")

C("s28m_vgr_mall_heter_tidiga_men_sokord_bedomning", "vgr", "1986-03-23", "624", [
    N("n1", "vg_inf_ostra", "Tidiga hypoteser", "Jonas Ekström", "läkare", "2024-03-18 14:40", 35, [
        ("Bedömning", "Subfebrilitet, pancytopeni och förstorad mjälte. Kan röra sig om visceral leishmaniasis efter "
                      "flera år i Sydsudan; benmärgsprov och rK39-test planeras."),
    ])],
    ["NL102"], [],
    "VGR filters by sökord, not by note template: a hedged diagnosis under sökord Bedömning is visible.")

C("s28m_sk_sokord_tidiga_i_vanlig_mall_mdr_tb", "skane", "1983-08-14", "533", [
    N("n1", "sk_lung_lund", "Mottagningsanteckning", "Gunilla Nord", "läkare", "2024-05-22 10:25", 55, [
        ("Aktuellt", "Man från Tadzjikistan, tolk ryska. Har påbörjat tuberkulosbehandling två gånger tidigare och "
                     "avbrutit båda."),
        ("Tidiga hypoteser", "Misstänkt MDR-tuberkulos. GeneXpert med rifampicinresistensanalys skickad."),
    ])],
    ["NL102"], [],
    "Skåne protects by template only; a 'Tidiga hypoteser' sökord inside an ordinary template stays visible.")

C("s28m_pmo_vc_susp_scabies_familjen", "skane", "2019-05-03", "259", [
    N("n1", "sk_vc_drottninghog", "Besök läkare", "Fredrik Möller", "läkare", "2024-01-09 10:30", 20, [
        ("Aktuellt", "Pojke 4 år, hela familjen har klåda sedan ankomsten till boendet. Mamman tolkar från "
                     "kurdiska sorani till engelska, vilket fungerar hjälpligt."),
        ("Bedömning", "Gångar i interdigitalrummen. Susp. scabies. Permetrin till alla i familjen, upprepas efter en vecka."),
    ])],
    [], ["NL102"],
    "Hedged scabies in a PMO note (child, mother interpreting): PMO does not show diagnoses.")

C("s28m_vgr_barn_ev_scabies_permetrin_hushall", "vgr", "2016-10-10", "179", [
    N("n1", "vg_barn_angered", "Besöksanteckning", "Hanna Lindberg", "läkare", "2024-02-01 09:20", None, [
        ("Aktuellt", "Pojke 7 år, familjen bor trångt hos släktingar sedan de kom från Afghanistan. Pappan talar "
                     "hjälplig svenska men tolk dari användes för anamnesen."),
        ("Status", "Papler och exkoriationer på handleder, i axiller och kring naveln."),
        ("Bedömning", "Ev. scabies, ingen gång kunde ses i dermatoskop. Behandling med permetrin till hela hushållet."),
    ])],
    ["NL102"], [],
    "'Ev.' hedges the child's scabies in a visible VGR note (guardians read the journal).")

C("s28m_sk_trolig_jarnbristanemi_hb_elfores", "skane", "1994-12-01", "280", [
    N("n1", "sk_med_landskrona", "Läkaranteckning", "Katarina Ljung", "läkare", "2024-07-09 13:00", 45, [
        ("Bedömning", "Hb 89, MCV 68, ferritin 4. Trolig järnbristanemi pga rikliga menstruationer och ensidig kost. "
                      "Hos pat från Somalia bör hemoglobinopati också övervägas, Hb-elfores tas."),
    ], setting="slutenvård")],
    ["NL102"], ["NL101"],
    "'Trolig' iron-deficiency anaemia in a visible section; nothing about informing the patient.")

C("s28m_vgr_telefon_diabetes_typ2_fragetecken", "vgr", "1971-07-07", "376", [
    N("n1", "vg_med_kungalv", "Telefonanteckning", "Oskar Hammar", "läkare", "2024-08-13 15:10", 15, [
        ("Telefonkontakt", "Ringt pat med telefontolk på arabiska om provsvaren. fP-glukos 9,8, HbA1c 51. Diabetes "
                           "typ 2? Nytt HbA1c om två veckor för att bekräfta."),
    ])],
    ["NL102"], [],
    "A question mark hedges type 2 diabetes in a visible Telefonkontakt section.")

C("s28m_sk_typo_hiv_avskirvs_tatuering_lager", "skane", "1997-05-19", "126", [
    N("n1", "sk_inf_csk", "Mottagningsanteckning", "Sara Abdi", "läkare", "2024-10-22 10:50", 25, [
        ("Bedömning", "Orolig efter tatuering med osteril utrustning i flyktinglägret. HIV-kombotest negativt tolv "
                      "veckor efter exponeringen, HIV avskirvs. Hepatit B- och C-serologi också negativa."),
    ])],
    [], ["NL102"],
    "HIV is written off with a typo ('avskirvs') after a negative test; no hedged diagnosis remains.")

C("s28m_vgr_typo_ingen_misstake_om_tuberkulos", "vgr", "2003-03-30", "091", [
    N("n1", "vg_lung_nal", "Läkaranteckning öppenvård", "Mats Carlsson", "läkare", "2024-03-26 11:30", 40, [
        ("Bedömning", "Ingen misstake om tuberkulos efter genomgång av DT thorax; förändringarna är gamla "
                      "förkalkade granulom. Kan avslutas från lungmottagningen."),
    ])],
    [], ["NL102"],
    "Negation with a typo ('Ingen misstake om') still negates the TB diagnosis.")

C("s28m_sk_ssk_resa_ghana_vid_eventuell_feber", "skane", "1983-01-18", "066", [
    N("n1", "sk_inf_malmo", "Sjuksköterskeanteckning", "Maja Olsson", "sjuksköterska", "2024-05-30 09:15", 20, [
        ("Information", "Ska resa till Ghana i sommar med barnen för att hälsa på släkten. Rådgivning om myggskydd "
                        "och malariaprofylax på engelska, som pat talar flytande. Vid eventuell feber efter "
                        "hemkomsten ska hon söka akut samma dag och berätta var hon varit, eftersom malaria då "
                        "måste uteslutas."),
    ])],
    [], ["NL102"],
    "Hypothetical/conditional advice about malaria after travel is no diagnosis of the patient.")

C("s28m_vgr_bror_mojlig_epilepsi_pat_faststalld", "vgr", "1990-04-04", "193", [
    N("n1", "vg_neuro_su", "Läkaranteckning öppenvård", "Rebecka Ström", "läkare", "2024-11-26 13:45", 50, [
        ("Anamnes", "Hereditet: bror med möjlig epilepsi, aldrig utredd i Somalia. Tolk somaliska på plats."),
        ("Bedömning", "Två generaliserade tonisk-kloniska anfall och EEG med epileptiforma urladdningar temporalt "
                      "vänster. Epilepsi, lamotrigin insätts med långsam upptitrering."),
    ])],
    [], ["NL102"],
    "The hedge is on the brother's epilepsy; the patient's epilepsy is confirmed.")

C("s28m_sk_ltbi_kontroll_ev_kontakttolk_nasta_gang", "skane", "1999-09-09", "519", [
    N("n1", "sk_inf_csk", "Mottagningsanteckning", "Sara Abdi", "läkare", "2024-12-03 14:00", 30, [
        ("Bedömning", "Avslutande kontroll efter behandlad latent tuberkulos, fyra månader rifampicin fullföljda. "
                      "Leverprover normala."),
        ("Åtgärd", "Telefontolken på tigrinja tappade förbindelsen två gånger. Ev. kontakttolk nästa gång, "
                   "alternativt videotolk."),
    ])],
    [], ["NL102"],
    "'Ev.' hedges the interpreter arrangement, not a diagnosis.")

# ================================================================ cases, part 4

C("s28m_vgr_psyk_schizofreni_ej_informerad_misstanksam", "vgr", "1995-06-16", "937", [
    N("n1", "vg_psyk_nordost", "Läkaranteckning öppenvård", "Kristoffer Alm", "läkare", "2024-06-25 14:20", 60, [
        ("Bedömning", "Uppfyller nu kriterierna för schizofreni, paranoid form (F20.0), efter åtta månaders observation."),
        ("Planering", "Pat ännu inte informerad om diagnosen; han är fortfarande misstänksam mot både personal och "
                      "tolk. Diagnosbesked planeras när han stabiliserats på medicineringen."),
    ])],
    ["NL101"], ["NL102"],
    "Settled schizophrenia diagnosis visible while the note says the patient is not yet informed.")

C("s28m_sk_ssk_telefon_dotter_tolkar_diabetes_ej_informerad", "skane", "1966-10-22", "244", [
    N("n1", "sk_med_ystad", "Sjuksköterskeanteckning", "Eva Nilsson", "sjuksköterska", "2024-05-08 10:40", 10, [
        ("Telefonkontakt", "Pat ringde med dottern som tolk och frågade om provsvaren. Nyupptäckt diabetes typ 2 "
                           "enligt dr:s bedömning i går, HbA1c 71. Pat ej informerad om diabetesdiagnosen av mig; "
                           "dr informerar vid besöket 14/5 med tolk."),
    ])],
    ["NL101"], [],
    "Nurse's phone note records the diabetes diagnosis and states the patient has not been told.")

C("s28m_vgr_hjartsvikt_informerad_via_dotter_avbojde_tolk", "vgr", "1950-03-29", "506", [
    N("n1", "vg_hjarta_sas", "Läkaranteckning öppenvård", "Gustav Renström", "läkare", "2024-09-03 11:20", 35, [
        ("Bedömning", "Hjärtsvikt med nedsatt ejektionsfraktion, EF 35 %, efter genomgången hjärtinfarkt 2022."),
        ("Information", "Pat informerad om diagnosen med hjälp av dottern som tolkade; pat avböjde professionell "
                        "tolk trots erbjudande. Skriftlig information på arabiska medgiven."),
    ])],
    [], ["NL101"],
    "Told the patient via a family member who interpreted; telling through the daughter still counts as told.")

C("s28m_sk_mall_tidiga_hypoteser_syfilis_ej_informerad", "skane", "1988-06-21", "378", [
    N("n1", "sk_inf_malmo", "Tidiga hypoteser", "Karl Jönsson", "läkare", "2024-07-02 15:55", 15, [
        ("Bedömning", "TPPA och RPR positiva, sekundär syfilis trolig med tanke på palmart exantem. Pat ej informerad "
                      "ännu, besked vid besöket med tolk på tigrinja."),
    ])],
    [], ["NL101", "NL102"],
    "Both the hedge and the untold diagnosis are kept in the protected Skåne template Tidiga hypoteser.")

C("s28m_vgr_gastroskopi_misstanke_bara_i_tidiga_hypoteser", "vgr", "1957-10-08", "251", [
    N("n1", "vg_kir_kungalv", "Läkaranteckning öppenvård", "Lars Wennberg", "läkare", "2024-10-29 16:30", 25, [
        ("Aktuellt", "Sväljningssvårigheter och viktnedgång 8 kg. Pat från Afghanistan, tolk dari på plats. "
                     "Gastroskopi gjord i dag."),
        ("Tidiga hypoteser", "Makroskopiskt talar fyndet för ventrikelcancer i cardia; PAD inväntas. Pat ej "
                             "informerad om misstanken."),
        ("Bedömning", "Gastroskopifynd enligt separat utlåtande, biopsier tagna. Återbesök när PAD-svar finns."),
    ])],
    [], ["NL101", "NL102"],
    "The untold and hedged cancer suspicion sits only under the VGR sökord Tidiga hypoteser.")

C("s28m_pmo_vc_trolig_hcv_ej_informerad", "skane", "1970-12-24", "617", [
    N("n1", "sk_vc_nydala", "Besök läkare", "Olof Persson", "läkare", "2024-03-13 12:00", None, [
        ("Bedömning", "Anti-HCV positiv vid screeningen, trolig kronisk hepatit C. Pat ej informerad ännu, "
                      "återbesök med tolk på ryska bokas innan remiss till infektion."),
    ])],
    [], ["NL102"],
    "PMO draft note with a hedged hepatitis C: PMO never shows diagnoses (NL101 not asserted on PMO).")

C("s28m_sk_lang_inskrivning_pneumoni_dd_lungabscess", "skane", "1990-01-01", "577", [
    N("n1", "sk_inf_lund", "Inskrivningsanteckning", "Johanna Frick", "läkare", "2024-11-12 21:30", 95, [
        ("Anamnes", "34-årig man från Somalia, i Sverige sedan 2019, arbetar som busschaufför. Talar god svenska "
                    "men önskar somalisk tolk vid svåra samtal, i kväll telefontolk. Tidigare frisk, inga "
                    "läkemedel, har rökt vattenpipa. Insjuknade för en vecka sedan med feber, frossa och hosta "
                    "med illaluktande gulbrunt slem. Stickande smärta i höger sida vid djupandning. Ingen hemoptys. "
                    "Inga utlandsresor senaste året. Ingen känd tuberkuloskontakt, IGRA negativ vid "
                    "hälsoundersökningen 2019."),
        ("Socialt", "Gift, tre barn i åldrarna 4-11 år, bor i lägenhet på Norra Fäladen. Hustrun talar begränsad "
                    "svenska; äldsta dottern brukar tolka hemma men har inte använts här. Snusar inte, dricker "
                    "inte alkohol. Fastar inte för närvarande."),
        ("Läkemedel", "Inga stående. Tog ibuprofen 400 mg x 3 senaste dygnen utan effekt på febern. Ingen känd "
                      "läkemedelsallergi, tål penicillin enligt tidigare journal från vårdcentralen."),
        ("Status", "AT: påverkad, varm och svettig. Temp 39,1. AF 24, sat 93 % utan syrgas. BT 118/70, puls 108 "
                   "regelbunden. Pulm: dämpning och bronkiellt andningsljud basalt hö, krepitationer. Cor: "
                   "takykard, inga blåsljud. Buk: mjuk, oöm. Munhåla: dålig tandstatus med flera kariesangripna "
                   "molarer. Neuro: ua."),
        ("Lab", "CRP 312, LPK 19,8 med vänsterförskjutning, Hb 128, krea 88, laktat 1,9. Rtg pulm: konsolidering "
                "i hö underlob med ca 4 cm stor luft-vätskenivå."),
        ("Bedömning", "Högersidig underlobspneumoni med luft-vätskenivå, DD lungabscess efter aspiration med tanke "
                      "på tandstatus. Tuberkulos bedöms osannolik, men sputum för mykobakterier skickas ändå. "
                      "Blododlingar x2 tagna före antibiotika."),
        ("Åtgärd", "Piperacillin-tazobaktam 4 g x 4 i.v. Syrgas på grimma till sat över 94 %. Vätska i.v. DT thorax "
                   "med kontrast i morgon. Tandläkarkonsult inför utskrivning. Planen gicks igenom med pat via "
                   "telefontolken."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Long admission note: one 'DD lungabscess' among telegraphic status lines is a hedged diagnosis in view.")

C("s28m_vgr_lang_epikris_susp_tuberkulos_meningit", "vgr", "1999-01-01", "728", [
    N("n1", "vg_inf_avd_ostra", "Epikris", "Karin Axelsson", "läkare", "2024-12-06 13:00", 120, [
        ("Diagnos", "Meningit med lymfocytär pleocytos. Susp. tuberkulös meningit."),
        ("Epikris", "25-årig kvinna från Afghanistan, kom till Sverige 2022, bor med make och två barn i "
                    "Bergsjön. Tolk dari användes under hela vårdtiden, maken erbjöd sig att tolka men det "
                    "avböjdes. Inkom via akuten efter två veckors tilltagande huvudvärk, subfebrilitet, "
                    "kräkningar och sista dygnet förvirring. Nackstel och lätt pares i vänster abducens. DT hjärna "
                    "utan expansivitet. LP: öppningstryck 32 cm H2O, celler 240 varav 85 % mononukleära, "
                    "protein 2,1 g/l, glukoskvot 0,28. Direktmikroskopi negativ, GeneXpert negativ, odling pågår. "
                    "MR hjärna visade basal meningeal laddning och lätt kommunicerande hydrocefalus. Rtg pulm med "
                    "miliär teckning. Insatt på fyrdrogsbehandling med rifampicin, isoniazid, pyrazinamid och "
                    "etambutol samt dexametason enligt schema. Successiv förbättring, klar i sensoriet från dag 4. "
                    "Abducenspares i regress. Neurokirurg konsulterad, ingen shunt behövs i nuläget. Leverprover "
                    "stigande till ALAT 2,1 vecka 2, följs."),
        ("Läkemedel vid utskrivning", "Rifampicin 600 mg, isoniazid 300 mg, pyrazinamid 1 500 mg och etambutol "
                                      "1 200 mg dagligen, pyridoxin 40 mg, dexametason i nedtrappning enligt "
                                      "separat schema. Läkemedelslistan gicks igenom med tolk på dari, kopia på "
                                      "papper medgiven."),
        ("Planering", "Fortsatt behandling med DOT via infektionsmottagningen Östra, första besök om en vecka. "
                      "Smittspårning av familjen via smittskyddsenheten, barnen kallas till Drottning Silvias barnsjukhus. "
                      "Kontroll av leverprover varje vecka de första två månaderna. Odlingssvar följs upp av "
                      "undertecknad."),
    ], setting="slutenvård")],
    ["NL102"], [],
    "Long discharge summary whose Diagnos line reads 'Susp. tuberkulös meningit' (hedged, visible, VGR).")

C("s28m_sk_neuro_hbg_dd_neurocysticerkos_tuberkulom", "skane", "1985-12-30", "913", [
    N("n1", "sk_neuro_hbg", "Läkaranteckning", "Mikael Persson", "läkare", "2024-08-20 10:15", 50, [
        ("Anamnes", "Man från Bolivia, spansktalande, tolk via telefon. Fokala anfall med ryckningar i höger hand "
                    "sedan tre månader."),
        ("Utredning", "DT hjärna: multipla små förkalkningar och en ringladdande lesion frontalt vänster. "
                      "DD neurocysticerkos, tuberkulom. MR hjärna och cysticercus-serologi beställs."),
    ])],
    ["NL102"], [],
    "'DD' names neurocysticercosis and tuberculoma as alternatives under sökord Utredning.")

C("s28m_vgr_barn_misstankt_nutritionell_rakit", "vgr", "2020-11-02", "142", [
    N("n1", "vg_dsbus", "Besöksanteckning", "Linnea Wikström", "läkare", "2024-04-02 13:35", 45, [
        ("Aktuellt", "Flicka 3 år, familjen från Eritrea, i Sverige sedan ett halvår. Tolk tigrinja på plats. "
                     "Hälta och ovilja att gå långa sträckor."),
        ("Bedömning", "Misstänkt nutritionell rakit: breddökade handleder, ALP 1 400 och 25-OH-vitamin D under 10. "
                      "Rtg handleder beställt, D-vitamin och kalk sätts in."),
    ])],
    ["NL102"], [],
    "Hedged rickets in a child's visible note; guardians read children's journals in VGR.")

C("s28m_sk_akut_kan_inte_utesluta_posttraumatisk_epilepsi", "skane", "1991-05-17", "455", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Erik Sandberg", "läkare", "2024-06-10 17:25", None, [
        ("Anamnes", "Krampade i väntrummet på Migrationsverkets kontor. Enligt ombudet upprepade huvudtrauma med "
                    "medvetslöshet under fängelsevistelse i Iran. Tolk persiska via telefon."),
        ("Bedömning", "Första kända krampanfallet, kan inte utesluta posttraumatisk epilepsi. DT hjärna utan akuta "
                      "fynd. Remiss neurologmottagningen för EEG."),
    ])],
    ["NL102"], [],
    "'kan inte utesluta' keeps post-traumatic epilepsy open in a visible emergency note (unsigned draft).")

C("s28m_vgr_ssk_telefon_misstankt_cystit_fgm", "vgr", "1993-09-14", "880", [
    N("n1", "vg_kvinno_ostra", "Telefonanteckning", "Camilla Roos", "sjuksköterska", "2024-07-16 08:50", 10, [
        ("Telefonkontakt", "Pat ringer och samtalet förs via somalisk tolk i trepartssamtal. Sveda vid miktion och "
                           "täta trängningar sedan tre dagar, afebril. Könsstympad (typ III) med återkommande "
                           "urinvägsbesvär. Misstänkt cystit, urinodling lämnas på mottagningen i morgon och dr "
                           "tar ställning till antibiotika."),
    ])],
    ["NL102"], [],
    "Nurse's phone note with 'Misstänkt cystit' for the patient (VGR, visible).")

C("s28m_pmo_vc_dd_talassemia_minor", "skane", "1987-02-14", "664", [
    N("n1", "sk_vc_trelleborg", "Besök läkare", "Nils Hedberg", "läkare", "2024-09-17 10:05", 30, [
        ("Bedömning", "Hb 104, MCV 62, ferritin normalt. DD talassemia minor, järnbrist osannolik. Hb-elfores "
                      "skickad. Besöket med tolk på arabiska."),
    ])],
    [], ["NL102"],
    "DD-hedged thalassaemia in a PMO note: not shown, so no NL102.")

C("s28m_vgr_ortop_falanga_inger_misstanke_crps", "vgr", "1980-07-26", "419", [
    N("n1", "vg_ortop_molndal", "Läkaranteckning öppenvård", "Johan Nilsson", "läkare", "2024-05-07 14:10", 40, [
        ("Anamnes", "Kronisk smärta i fotsulorna efter upprepade slag mot fötterna (falanga) under fängelsevistelse "
                    "i Syrien 2017. Arabisk kontakttolk."),
        ("Bedömning", "Rtg: gammal felläkt fraktur i MT II höger. Allodyni, färgskiftning och svettning i höger fot "
                      "inger misstanke om komplext regionalt smärtsyndrom (CRPS)."),
    ])],
    ["NL102"], [],
    "'inger misstanke om' CRPS after torture injury, in a visible VGR note.")

C("s28m_sk_hemat_ev_betatalassemi_minor", "skane", "2002-10-03", "351", [
    N("n1", "sk_hemat_lund", "Mottagningsanteckning", "Louise Bengtsson", "läkare", "2024-11-05 11:35", 25, [
        ("Bedömning", "Lätt mikrocytär anemi hos ung man från Irak, ferritin 180. Ev. betatalassemi minor, "
                      "Hb-elfores skickad. Inte behandlingskrävande oavsett utfall."),
    ])],
    ["NL102"], [],
    "'Ev.' hedges beta-thalassaemia minor for the patient in a visible Melior note.")

# ================================================================ cases, part 5

C("s28m_vgr_noduli_bilden_talar_emot_tuberkulos", "vgr", "1977-04-30", "735", [
    N("n1", "vg_lung_uddevalla", "Läkaranteckning öppenvård", "Ulrika Fält", "läkare", "2024-01-11 10:00", 30, [
        ("Bedömning", "DT thorax: små noduli utan kavitet, oförändrade jämfört med lungröntgen vid "
                      "hälsoundersökningen för asylsökande. Bilden talar emot tuberkulos och sputumodlingarna "
                      "är negativa efter åtta veckor. Avslutas."),
    ])],
    [], ["NL102"],
    "'talar emot' argues against TB; no hedged diagnosis of the patient remains.")

C("s28m_sk_hematuri_ej_forenligt_med_schistosomiasis", "skane", "1995-08-12", "097", [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Peter Wallin", "läkare", "2024-06-26 13:15", 40, [
        ("Aktuellt", "Återbesök, telefontolk på somaliska. Hematuri kvarstår i stickan, inga besvär."),
        ("Bedömning", "Schistosoma-serologi negativ och inga ägg i terminalurin vid tre tillfällen; fynden är ej "
                      "förenliga med schistosomiasis. Hematurin utreds vidare av urolog."),
    ])],
    [], ["NL102"],
    "'ej förenliga med' negates schistosomiasis; the hedge word is negated.")

C("s28m_vgr_typo_psykolog_ptsd_forligger_ej", "vgr", "2004-02-19", "372", [
    N("n1", "vg_psyk_nordost", "Psykologanteckning", "Ingrid Dahl", "psykolog", "2024-08-08 10:30", 45, [
        ("Bedömning", "PCL-5 18 poäng och intervjun stöder inte diagnosen; PTSD förligger ej. Anpassningsstörning "
                      "efter separationen från familjen, som är kvar i Kabul. Fortsatta stödsamtal med tolk dari."),
    ])],
    [], ["NL102"],
    "PTSD explicitly not present, with a typo ('förligger ej'); the remaining diagnosis is stated plainly.")

C("s28m_sk_hud_lepra_avfardad_i_senare_anteckning", "skane", "1972-11-19", "837", [
    N("n1", "sk_hud_lund", "Tidiga hypoteser", "Viktor Engdahl", "läkare", "2024-02-06 10:10", 20, [
        ("Bedömning", "Anestetiska, ljusa fläckar på låret hos man från Bangladesh. Lepra kan inte uteslutas, "
                      "biopsi tagen."),
    ]),
    N("n2", "sk_hud_lund", "Mottagningsanteckning", "Viktor Engdahl", "läkare", "2024-03-05 10:40", 25, [
        ("Bedömning", "Hudbiopsin visar inga granulom och PCR för M. leprae är negativ. Misstanken om lepra "
                      "kvarstår inte; fläckarna bedöms som postinflammatorisk hypopigmentering efter eksem. "
                      "Besked givet med tolk på bengali."),
    ])],
    [], ["NL102@n2"],
    "The visible follow-up note only says the leprosy suspicion no longer stands (earlier hypothesis was in the protected template).")

C("s28m_vgr_barn_mamman_trol_hepatit_b", "vgr", "2018-01-25", "235", [
    N("n1", "vg_barn_sks", "Besöksanteckning", "Jenny Borg", "läkare", "2024-10-08 09:00", 35, [
        ("Aktuellt", "Pojke 6 år som testas eftersom mamman har trol. kronisk hepatit B, ännu inte utredd. "
                     "Tolk tigrinja."),
        ("Bedömning", "Pojken HBsAg och anti-HBc negativa, alltså inte smittad. Hepatit B-vaccination enligt "
                      "schema påbörjas i dag."),
    ])],
    [], ["NL102"],
    "The hedged hepatitis B belongs to the mother; the child is not infected.")

C("s28m_sk_barn_syster_troligen_sicklecell", "skane", "2013-01-08", "581", [
    N("n1", "sk_barn_hbg", "Mottagningsanteckning", "Tove Holm", "läkare", "2024-01-04 14:45", 30, [
        ("Anamnes", "Pojke 10 år från Somalia. Syster i Somalia har enligt mamman troligen sicklecellsjukdom. "
                    "Mamman tolkar inte själv, tolk somaliska på plats."),
        ("Bedömning", "Hb-elfores normal, inga tecken på hemoglobinopati hos pojken. Ingen uppföljning behövs."),
    ])],
    [], ["NL102"],
    "Hedged sickle-cell disease belongs to a sibling; the patient has no hemoglobinopathy.")

C("s28m_vgr_pneumokockpneumoni_trolig_utskrivning", "vgr", "1962-05-22", "093", [
    N("n1", "vg_inf_avd_ostra", "Daganteckning", "Viktor Lindqvist", "läkare", "2024-02-22 10:15", 40, [
        ("Bedömning", "Pneumokockpneumoni med positiv blododling. Feberfri sedan 48 timmar, CRP 40 från 280. "
                      "Trolig utskrivning i morgon med peroral amoxicillin. Arabisk tolk bokad till utskrivningssamtalet."),
    ], setting="slutenvård")],
    [], ["NL102"],
    "'Trolig' refers to discharge tomorrow; the pneumonia is confirmed.")

C("s28m_sk_astma_eventuellt_dt_thorax", "skane", "1998-11-27", "200", [
    N("n1", "sk_lung_lund", "Mottagningsanteckning", "Hampus Falk", "läkare", "2024-04-17 15:40", 25, [
        ("Bedömning", "Astma, välkontrollerad på inhalationssteroid, ACT 22. Hosta sedan förkylningen i mars; "
                      "eventuellt DT thorax om den kvarstår efter åtta veckor. Besöket på persiska med telefontolk."),
    ])],
    [], ["NL102"],
    "'eventuellt' hedges an examination (a plan), not a diagnosis; asthma is confirmed.")

C("s28m_vgr_smarta_tortyr_ev_remiss_rkbc", "vgr", "1979-09-18", "655", [
    N("n1", "vg_smarta_molndal", "Läkaranteckning öppenvård", "Per-Olof Strand", "läkare", "2024-03-21 13:00", 50, [
        ("Bedömning", "Långvarig smärta i nacke och axlar efter tortyr med upphängning, oförändrad sedan förra "
                      "besöket. Ev. remiss till Röda Korsets behandlingscenter för krigsskadade och torterade om "
                      "pat önskar, han funderar till nästa gång."),
    ])],
    [], ["NL102"],
    "'Ev.' hedges a referral; the pain diagnosis is stated without hedging.")

C("s28m_sk_lungtb_dot_mojligen_flytt", "skane", "1986-07-04", "713", [
    N("n1", "sk_inf_malmo", "Sjuksköterskeanteckning", "Maja Olsson", "sjuksköterska", "2024-08-29 11:00", 20, [
        ("Åtgärd", "Lungtuberkulos i fortsättningsfas, DOT tre dagar i veckan fungerar väl. Möjligen flyttar pat "
                   "till ett anläggningsboende i annan kommun nästa månad; smittskyddsenheten informeras så att "
                   "behandlingen kan fortsätta utan avbrott."),
    ])],
    [], ["NL102"],
    "'Möjligen' hedges a move between asylum accommodations, not a diagnosis.")

C("s28m_vgr_brucellos_ev_latt_feber_i_helgen", "vgr", "1974-03-09", "258", [
    N("n1", "vg_inf_sks", "Läkaranteckning öppenvård", "Henrik Blom", "läkare", "2024-05-16 09:40", 30, [
        ("Aktuellt", "Behandlas för brucellos med positiv blododling, vecka 3 av 6 med doxycyklin och rifampicin. "
                     "Ev. lätt feber i helgen enligt pat, ej uppmätt. Kurdisk tolk (sorani) på telefon."),
        ("Status", "Afebril, 36,8. Leder utan svullnad."),
    ])],
    [], ["NL102"],
    "'Ev.' hedges a symptom (fever); the brucellosis diagnosis is confirmed.")

C("s28m_sk_barn_mojligen_blek_efter_giardia", "skane", "2016-04-27", "043", [
    N("n1", "sk_barn_malmo", "Mottagningsanteckning", "Cecilia Ahlström", "läkare", "2024-06-13 14:00", 20, [
        ("Bedömning", "Kontroll efter behandlad giardiasis, nu besvärsfri och god viktuppgång. Möjligen något blek "
                      "i huden men Hb 131. Föräldrarna talar arabiska, tolk på plats."),
    ])],
    [], ["NL102"],
    "'Möjligen' hedges a finding (pallor), not a disease; giardiasis is confirmed and treated.")

C("s28m_vgr_kontakt_till_rumskamrat_med_misstankt_tb", "vgr", "2001-12-12", "957", [
    N("n1", "vg_lung_su", "Läkaranteckning öppenvård", "Sofia Lund", "läkare", "2024-09-10 10:20", 35, [
        ("Aktuellt", "Smittspårning: pat delar rum på boendet med en person med misstänkt smittsam lungtuberkulos. "
                     "Dari-tolk via telefon."),
        ("Bedömning", "Pat själv: IGRA negativ, rtg pulm ua, inga symtom. Ny IGRA om åtta veckor."),
    ])],
    [], ["NL102"],
    "The suspected TB belongs to a roommate; the patient is only a contact with negative tests.")

C("s28m_sk_hiv_subtyp_c_trolig_smittvag", "skane", "1976-06-01", "288", [
    N("n1", "sk_inf_malmo", "Läkaranteckning", "Karl Jönsson", "läkare", "2024-04-04 14:30", 30, [
        ("Bedömning", "HIV-1-infektion subtyp C, diagnostiserad i mars och nu välinställd på behandling. Trolig "
                      "smittväg heterosexuell i hemlandet. Kvinnan talar engelska, tolk behövs inte."),
    ])],
    [], ["NL102"],
    "'Trolig' hedges the route of transmission; the HIV diagnosis itself is confirmed.")

C("s28m_pmo_um_mojlig_klamydia_ung_man", "skane", "2005-07-19", "319", [
    N("n1", "sk_um_landskrona", "Besök barnmorska", "Therese Ahl", "barnmorska", "2024-02-15 16:10", 15, [
        ("Kontaktorsak", "Ung man, kom ensam till Sverige 2021 och talar bra svenska. Sveda vid miktion sedan en vecka."),
        ("Bedömning", "Möjlig klamydiainfektion. Urinprov för klamydia och gonorré taget, svar via 1177."),
    ])],
    [], ["NL102"],
    "Hedged chlamydia in a PMO ungdomsmottagning note: PMO never shows diagnoses.")

# ================================================================ cases, part 6

C("s28m_vgr_sarkoidos_negativ_odling_ej_meddelad", "vgr", "1981-10-17", "524", [
    N("n1", "vg_lung_su", "Läkaranteckning öppenvård", "Mats Carlsson", "läkare", "2024-07-04 13:50", 40, [
        ("Bedömning", "Lungsarkoidos stadium II, verifierad med EBUS. Odlingarna för mykobakterier är negativa efter "
                      "åtta veckor; pat ännu ej meddelad detta normala svar, ringer med tolk på turkiska i morgon."),
    ])],
    [], ["NL101"],
    "What is not yet told is a normal culture result, not a diagnosis.")

C("s28m_sk_ljumskbrack_operationsdatum_ej_meddelat", "skane", "1968-02-26", "817", [
    N("n1", "sk_kir_trelleborg", "Mottagningsanteckning", "Anders Krantz", "läkare", "2024-04-23 11:10", 25, [
        ("Bedömning", "Ljumskbråck höger, reponibelt, besvärande vid arbete."),
        ("Planering", "Operationen är flyttad till vecka 22. Pat har inte fått veta det nya datumet ännu, "
                      "planeringssköterskan ringer honom med tolk på albanska."),
    ])],
    [], ["NL101"],
    "The untold item is a rescheduled operation date, not a diagnosis.")

C("s28m_vgr_hepc_senare_anteckning_informerad", "vgr", "1973-12-05", "461", [
    N("n1", "vg_inf_ostra", "Läkaranteckning öppenvård", "Jonas Ekström", "läkare", "2024-03-04 15:15", 30, [
        ("Bedömning", "Kronisk hepatit C genotyp 3, HCV-RNA 2,1 miljoner IE/ml. Pat ännu inte informerad, tolk "
                      "ryska bokas till nästa besök."),
    ]),
    N("n2", "vg_inf_ostra", "Läkaranteckning öppenvård", "Jonas Ekström", "läkare", "2024-03-11 10:00", 45, [
        ("Information", "Pat informerad om hepatit C-diagnosen via rysk tolk på plats och förstod innebörden väl. "
                        "Glekaprevir/pibrentasvir i åtta veckor startar när apoteket levererat."),
    ])],
    [], ["NL101@n2"],
    "A later note documents that the patient has now been told; NL101 is asserted silent on that note.")

C("s28m_sk_spondylit_flyttad_till_synlig_innan_besked", "skane", "1992-09-27", "795", [
    N("n1", "sk_ortop_hbg", "Tidiga hypoteser", "Magnus Lövgren", "läkare", "2024-01-15 14:30", 30, [
        ("Bedömning", "Destruktion av kotkropparna Th11-Th12 med paravertebral abscess. Tuberkulös spondylit "
                      "misstänks, biopsi planeras."),
    ]),
    N("n2", "sk_ortop_hbg", "Läkaranteckning", "Magnus Lövgren", "läkare", "2024-02-02 09:20", 40, [
        ("Provsvar", "Biopsi: granulomatös inflammation, odling växer Mycobacterium tuberculosis. Tuberkulös "
                     "spondylit (Morbus Pott) fastställd."),
        ("Planering", "Patienten har ännu inte fått diagnosen. Tolk tigrinja bokas till fredag, infektionsläkare "
                      "deltar vid samtalet."),
    ])],
    ["NL101@n2"], [],
    "The diagnosis left the protected template and now stands in a visible note before the patient was told.")

C("s28m_sk_typo_infomerad_hypotyreos_telefontolk", "skane", "1985-01-31", "142", [
    N("n1", "sk_endo_malmo", "Mottagningsanteckning", "Hanna Cederlund", "läkare", "2024-10-10 13:25", 20, [
        ("Bedömning", "TSH 38, fritt T4 lågt och TPO-antikroppar positiva: hypotyreos av Hashimoto-typ."),
        ("Åtgärd", "Pat infomerad om diagnosen hypotyreos via telefontolk på dari. Levaxin 50 mikrogram insätts, "
                   "kontroll om sex veckor."),
    ])],
    [], ["NL101"],
    "Typo in 'infomerad', but the note still says the patient was informed.")

C("s28m_vgr_lungcancer_informerad_forstaelse_osaker", "vgr", "1955-08-02", "660", [
    N("n1", "vg_onk_su", "Läkaranteckning öppenvård", "Kerstin Malm", "läkare", "2024-11-14 10:30", 90, [
        ("Bedömning", "Adenocarcinom i vänster lunga, stadium IV med skelettmetastaser, EGFR-mutation påvisad."),
        ("Information", "Pat informerad om diagnosen med kontakttolk på arabiska, men förståelsen är osäker; hon "
                        "frågade efteråt när hon blir frisk. Nytt samtal med kontaktsjuksköterska och samma tolk "
                        "om en vecka."),
    ])],
    [], ["NL101"],
    "The patient was told (understanding uncertain); being told is what matters for NL101.")

C("s28m_sk_celiaki_inget_om_information", "skane", "1999-03-15", "226", [
    N("n1", "sk_med_hassleholm", "Läkaranteckning", "Ibrahim Kaya", "läkare", "2024-09-19 08:55", 30, [
        ("Bedömning", "Celiaki, verifierad med duodenalbiopsi (Marsh 3b) och förhöjda transglutaminasantikroppar. "
                      "Dietistremiss, glutenfri kost. Tolk turkiska på plats."),
    ])],
    [], ["NL101"],
    "A visible confirmed diagnosis with nothing said about telling the patient: NL101 silent.")

C("s28m_vgr_membranos_nefropati_ej_meddelats_rest", "vgr", "1966-04-19", "318", [
    N("n1", "vg_njur_su", "Läkaranteckning öppenvård", "Tobias Heden", "läkare", "2024-08-22 14:05", 25, [
        ("Provsvar", "Njurbiopsi: membranös nefropati, PLA2R-positiv."),
        ("Bedömning", "Diagnosen har inte meddelats pat, som reste till Sudan innan svaret kom och inte nås på "
                      "telefon. Brev med kallelse och tolkbokning på arabiska skickas."),
    ])],
    ["NL101"], ["NL102"],
    "Confirmed membranous nephropathy visible while the note says it has not been communicated.")

C("s28m_sk_typo_ej_infromerad_kronisk_njursvikt", "skane", "1953-11-23", "037", [
    N("n1", "sk_njur_malmo", "Läkaranteckning", "Annika Strömberg", "läkare", "2024-12-10 15:45", None, [
        ("Bedömning", "Kronisk njursvikt stadium 4, eGFR 22, sannolikt diabetesnefropati sedan många år utan kontroller."),
        ("Planering", "Pat ej infromerad om njursvikten ännu; samtal om dialysförberedelse planeras med kurdisk "
                      "tolk och dottern närvarande."),
    ])],
    ["NL101", "NL102"], [],
    "Typo ('infromerad') in the not-informed statement about visible kidney failure; 'sannolikt diabetesnefropati' is also a visible hedge (unsigned draft).")

C("s28m_vgr_barn_latent_tb_varken_barn_eller_foraldrar", "vgr", "2015-02-11", "187", [
    N("n1", "vg_dsbus", "Besöksanteckning", "Linnea Wikström", "läkare", "2024-10-24 11:40", 30, [
        ("Bedömning", "Latent tuberkulos hos 9-årig pojke, IGRA positiv och lungröntgen utan anmärkning."),
        ("Planering", "Varken pojken eller föräldrarna har informerats ännu, eftersom tolk på dari saknades vid "
                      "dagens besök. Nytt besök inom en vecka."),
    ])],
    ["NL101"], ["NL102"],
    "A child's confirmed latent TB is visible; neither child nor guardians (the journal readers) have been told.")

C("s28m_sk_trol_hodgkin_preliminart_pad_ej_informerad", "skane", "1997-04-08", "598", [
    N("n1", "sk_hemat_lund", "Läkaranteckning", "Louise Bengtsson", "läkare", "2024-05-28 16:20", 15, [
        ("Bedömning", "Trol. Hodgkins lymfom enligt preliminärt PAD från halskörteln. Pat ej informerad; besked när "
                      "definitivt PAD finns och tolk på pashto kan närvara."),
    ])],
    ["NL101", "NL102"], [],
    "Hedged lymphoma in a visible section and explicitly not yet told: both rules apply.")

C("s28m_vgr_kvinno_hbsag_inskrivning_avvaktar_information", "vgr", "1996-06-29", "446", [
    N("n1", "vg_kvinno_ostra", "Läkaranteckning öppenvård", "Sara Wahlberg", "läkare", "2024-02-20 13:35", 50, [
        ("Bedömning", "HBsAg positivt vid inskrivningsproverna i graviditetsvecka 11. Kronisk hepatit B bekräftad "
                      "med HBV-DNA 3 400 IE/ml."),
        ("Planering", "Avvaktar med att informera pat om hepatit B-diagnosen tills återbesöket, då tolk på "
                      "tigrinja kan vara med. Vaccination och immunglobulin till barnet efter förlossningen planeras."),
    ])],
    ["NL101"], [],
    "Informing the pregnant patient about confirmed hepatitis B is deliberately postponed ('Avvaktar med att informera').")

C("s28m_sk_psyk_bipolar_pat_kanner_inte_till", "skane", "1994-02-06", "917", [
    N("n1", "sk_psyk_hbg", "Läkaranteckning", "Nadia Rahimi", "läkare", "2024-03-07 12:40", 35, [
        ("Bedömning", "Bipolär sjukdom typ I, diagnosen ställd av teamet i går efter två maniska skov."),
        ("Planering", "Pat känner ännu inte till diagnosen. Läkaren går igenom den på torsdag med tolk på "
                      "kurdiska sorani, och litiumbehandling diskuteras då."),
    ])],
    ["NL101"], [],
    "'Pat känner ännu inte till diagnosen' about a settled bipolar diagnosis in a visible section.")

C("s28m_vgr_akut_pankreascancer_besked_av_kirurg", "vgr", "1952-12-21", "152", [
    N("n1", "vg_akut_su", "Akutanteckning", "Felix Grahn", "läkare", "2024-07-30 23:15", 50, [
        ("Bedömning", "DT buk: tumör i pankreashuvudet med multipla levermetastaser, bild av pankreascancer. "
                      "Ikterus förklaras av gallvägsobstruktion."),
        ("Planering", "Pat informeras inte i natt; beskedet ska lämnas av kirurg på vårdavdelningen i morgon med "
                      "tolk på persiska. Inläggning kirurgen för ERCP."),
    ])],
    ["NL101"], [],
    "The night note records a cancer diagnosis and says the patient is not to be told yet.")

C("s28m_sk_lang_slutenvard_sonerna_vill_inte_att_hon_far_veta", "skane", "1946-07-01", "240", [
    N("n1", "sk_med_landskrona", "Daganteckning", "Katarina Ljung", "läkare", "2024-09-25 14:10", 100, [
        ("Aktuellt", "78-årig kvinna från Irak, i Sverige sedan 2016 genom familjeåterförening, bor hos yngste sonen. "
                     "Talar endast arabiska. Inlagd sedan fyra dagar pga viktnedgång 12 kg på ett halvår, trötthet "
                     "och anemi. Sönerna turas om att vara på avdelningen och har hittills tolkat för henne, men "
                     "sedan i går används kontakttolk vid alla läkarsamtal."),
        ("Status", "AT: tunn, blek, opåverkad. Cor: RR, systoliskt blåsljud 2/6 över aorta. Pulm: ua. Buk: mjuk, "
                   "lätt ömhet hö fossa, förstorad lever 3 fingerbredder under arcus. Inga ödem."),
        ("Utredning", "Hb 82, MCV 71, ferritin 6, ALP 6,8, bilirubin normalt. Koloskopi i går: ulcererande tumör i "
                      "colon ascendens, biopsier tagna. DT thorax-buk: leverlesioner talrika, lungor utan metastaser."),
        ("Bedömning", "Koloncancer i colon ascendens med levermetastaser, PAD bekräftar adenocarcinom. Järnbristanemi "
                      "sekundärt till tumörblödningen."),
        ("Information", "Pat ännu inte informerad om cancerdiagnosen. Sönerna har bett att hon inte ska få veta. "
                        "Undertecknad har förklarat för dem att pat själv har rätt till information om hon önskar "
                        "det, och att vi först frågar henne vad hon vill veta. Samtalet sker med kontakttolk på "
                        "måndag förmiddag."),
        ("Planering", "Järninfusion i dag. MDK-konferens på tisdag. Dietist och kurator kopplas in. Fortsatt "
                      "vård på avdelningen över helgen."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Long inpatient note: confirmed colon cancer is visible while the patient is not yet told (sons asked to withhold).")

# ================================================================ cases, part 7

C("s28m_sk_typo_amobadysentri_fragetecken", "skane", "1989-05-28", "696", [
    N("n1", "sk_inf_malmo", "Läkaranteckning", "Leila Haddad", "läkare", "2024-03-28 11:50", None, [
        ("Aktuellt", "Blodig diarré sedan två veckor och feber kvällstid. Kom från Pakistan för en månad sedan, "
                     "tolk urdu via telefon."),
        ("Bedömning", "Amöbadysentri? F-PCR för Entamoeba histolytica, F-odling och ultraljud lever beställs."),
    ])],
    ["NL102"], [],
    "Misspelt disease ('Amöbadysentri') with a question mark as the hedge; unsigned draft in Skåne Melior.")

C("s28m_vgr_dyspepsi_trol_helicobacter", "vgr", "1983-11-30", "537", [
    N("n1", "vg_med_angered", "Besöksanteckning", "Emma Kjellberg", "läkare", "2024-01-24 10:25", 20, [
        ("Aktuellt", "Epigastrisk smärta och sura uppstötningar sedan ett år, inga larmsymtom. Tolk somaliska."),
        ("Bedömning", "Dyspepsi, trol. Helicobacter pylori-infektion. F-Hp-antigen lämnas, PPI i väntan på svar."),
    ])],
    ["NL102"], ["NL101"],
    "'trol.' hedges H. pylori infection in a visible VGR note; nothing about telling.")

C("s28m_sk_typo_sannollik_graves", "skane", "1991-12-09", "364", [
    N("n1", "sk_endo_malmo", "Mottagningsanteckning", "Hanna Cederlund", "läkare", "2024-07-23 14:15", 35, [
        ("Status", "Diffust förstorad sköldkörtel med blåsljud, lätt exoftalmus bilat, fin tremor. Puls 112."),
        ("Bedömning", "Sannollik Graves sjukdom, TRAK inväntas. Propranolol mot symtomen. Besöket med tolk på "
                      "arabiska (kontakttolk)."),
    ])],
    ["NL102"], [],
    "Misspelt hedge 'Sannollik' before Graves' disease (eponym) in a visible endocrinology note.")

C("s28m_vgr_psyk_talar_for_depression_psykotiska_inslag", "vgr", "1988-08-16", "795", [
    N("n1", "vg_psyk_nordost", "Läkaranteckning öppenvård", "Kristoffer Alm", "läkare", "2024-12-12 09:10", 75, [
        ("Anamnes", "Man från Eritrea, tolk tigrinja på plats. Hör röster som anklagar honom för att ha lämnat "
                    "familjen, äter och sover dåligt sedan avslaget från Migrationsverket."),
        ("Bedömning", "Symtomen kan tala för egentlig depression med psykotiska inslag. Sertralin och olanzapin "
                      "insätts, täta uppföljningar."),
    ])],
    ["NL102"], [],
    "'kan tala för' hedges psychotic depression in a visible psychiatry note (VGR).")

C("s28m_sk_typo_diferentialdiagnos_lymfatisk_filarios", "skane", "1982-03-21", "473", [
    N("n1", "sk_inf_csk", "Mottagningsanteckning", "Sara Abdi", "läkare", "2024-06-05 13:10", 30, [
        ("Bedömning", "Ensidig kronisk bensvullnad och eosinofili hos man från Ghana. Diferentialdiagnos lymfatisk "
                      "filarios, mot kronisk venös insufficiens. Filariaserologi och nattligt blodutstryk."),
    ])],
    ["NL102"], ["NL101"],
    "Misspelt 'Diferentialdiagnos' hedging lymphatic filariasis; nothing about telling.")

C("s28m_vgr_hud_hansens_sjukdom_kan_inte_uteslutas", "vgr", "1979-01-22", "614", [
    N("n1", "vg_hud_su", "Läkaranteckning öppenvård", "Elsa Nyberg", "läkare", "2024-02-14 15:30", 40, [
        ("Status", "Tre hypopigmenterade, torra fläckar på bålen med nedsatt beröringskänsel. Förtjockad n. ulnaris vänster."),
        ("Bedömning", "Hansens sjukdom kan inte uteslutas. Hudbiopsi och slit-skin smear tas, tolk portugisiska "
                      "(pat från Brasilien) på telefon."),
    ])],
    ["NL102"], [],
    "'kan inte uteslutas' keeps leprosy open for the patient in a visible VGR note.")

C("s28m_sk_trolig_osteomalaci_d_vitaminbrist", "skane", "1978-10-05", "882", [
    N("n1", "sk_med_hassleholm", "Läkaranteckning", "Ibrahim Kaya", "läkare", "2024-02-08 10:35", 45, [
        ("Anamnes", "Kvinna från Afghanistan med diffusa skelettsmärtor och muskelsvaghet i låren. Täcker huden "
                    "utomhus och har fött fem barn. Tolk dari."),
        ("Bedömning", "25-OH-vitamin D 8 nmol/l, ALP förhöjt, PTH 14. Trolig osteomalaci pga svår D-vitaminbrist. "
                      "Högdos D-vitamin och kalcium."),
    ])],
    ["NL102"], [],
    "'Trolig' osteomalacia in a visible Skåne Melior note.")

C("s28m_vgr_kvinno_misstankt_vesikovaginal_fistel", "vgr", "1984-04-14", "160", [
    N("n1", "vg_kvinno_ostra", "Läkaranteckning öppenvård", "Sara Wahlberg", "läkare", "2024-05-21 11:05", None, [
        ("Anamnes", "Ständigt urinläckage sedan en förlossning i hemmet i Somalia 2019 med utdraget förlopp. "
                    "Kvinnlig tolk somaliska på plats enligt pat:s önskemål."),
        ("Bedömning", "Misstänkt vesikovaginal fistel. Färgtest och cystoskopi planeras, remiss uroginekolog."),
    ])],
    ["NL102"], [],
    "'Misstänkt' obstetric fistula in a visible gynaecology note (VGR, unsigned draft).")

C("s28m_sk_kard_fragestallning_reumatisk_mitralisstenos", "skane", "1987-06-11", "222", [
    N("n1", "sk_kard_lund", "Mottagningsanteckning", "Erik Blomqvist", "läkare", "2024-09-09 13:30", None, [
        ("Status", "Diastoliskt mullrande blåsljud apikalt. EKG: förmaksflimmer, frekvens 104."),
        ("Bedömning", "Remiss UCG. Frågeställning: reumatisk mitralisstenos? Pat, som kommer från Eritrea, hade "
                      "ofta halsfluss som barn. Tolk tigrinja."),
    ])],
    ["NL102"], [],
    "'Frågeställning' with a question mark hedges rheumatic mitral stenosis in a visible section.")

C("s28m_vgr_typo_susp_tuberkolos_pleurit", "vgr", "1997-10-27", "579", [
    N("n1", "vg_inf_nal", "Läkaranteckning öppenvård", "Petra Sundqvist", "läkare", "2024-04-25 14:50", 25, [
        ("Bedömning", "Högersidig pleuravätska, lymfocytdominerad exsudat med högt ADA. Susp. tuberkolös pleurit, "
                      "pleurabiopsi för odling. Tolk oromo via telefon."),
    ])],
    ["NL102"], [],
    "'Susp.' with a misspelt disease word ('tuberkolös') in a visible VGR note.")

C("s28m_sk_barn_trolig_tinea_capitis", "skane", "2017-08-30", "051", [
    N("n1", "sk_barn_malmo", "Mottagningsanteckning", "Gabriel Ruiz", "läkare", "2024-11-20 09:45", 30, [
        ("Aktuellt", "Pojke 7 år, familjen från Syrien. Fjällande, håravfallande fläckar i hårbotten sedan två månader. "
                     "Pappan tolkar inte, arabisk tolk på plats."),
        ("Bedömning", "Trolig tinea capitis. Svampodling från hårbotten, terbinafin när svaret kommit."),
    ])],
    ["NL102"], [],
    "'Trolig' tinea capitis in a child's visible note (Skåne Melior, guardians read it).")

C("s28m_vgr_mojlig_primar_hiv_akut_exantem", "vgr", "2002-06-07", "113", [
    N("n1", "vg_inf_nal", "Läkaranteckning öppenvård", "Mattias Öberg", "läkare", "2024-12-04 16:00", 30, [
        ("Aktuellt", "Feber, halsont och utslag sedan fem dagar. Ny partner för en månad sedan. Talar engelska."),
        ("Bedömning", "Möjlig primär HIV-infektion, DD EBV. HIV-kombotest och HIV-RNA tas i dag."),
    ])],
    ["NL102"], ["NL101"],
    "'Möjlig' primary HIV infection in a visible VGR note; nothing about informing.")

C("s28m_sk_psyk_differentialdiagnos_psykotisk_depression", "skane", "1993-04-22", "531", [
    N("n1", "sk_psyk_malmo", "Läkaranteckning", "Daniel Sjögren", "läkare", "2024-08-15 15:05", 40, [
        ("Samtal", "Man från Sudan, tolk arabiska på video. Säger sig höra soldaternas röster om nätterna."),
        ("Bedömning", "Komplex PTSD med dissociativa inslag. Differentialdiagnos: psykotisk depression, "
                      "följs vid nästa samtal."),
    ])],
    ["NL102"], [],
    "'Differentialdiagnos:' keeps psychotic depression open next to a settled PTSD diagnosis.")

C("s28m_vgr_typo_misstnakt_kikhosta_ovaccinerad", "vgr", "2021-09-13", "276", [
    N("n1", "vg_barn_angered", "Besöksanteckning", "Hanna Lindberg", "läkare", "2024-03-14 10:05", 20, [
        ("Aktuellt", "Flicka 2 år, ovaccinerad, kom från Jemen i höstas. Attackvis hosta med kräkningar i tre veckor. "
                     "Mamman talar arabiska, tolk via telefon."),
        ("Bedömning", "Misstnäkt kikhosta. Nasofarynxprov för pertussis-PCR, azitromycin insätts."),
    ])],
    ["NL102"], [],
    "Typo in the hedge ('Misstnäkt') before whooping cough in a child's visible VGR note.")

C("s28m_sk_kvinno_infertilitet_misstankt_genital_tb", "skane", "1990-03-03", "482", [
    N("n1", "sk_kvinno_lund", "Mottagningsanteckning", "Sofia Amini", "läkare", "2024-10-16 10:20", 35, [
        ("Anamnes", "Sekundär infertilitet i fyra år. Behandlad för lungtuberkulos i Indien 2014. Hindi-tolk via telefon."),
        ("Bedömning", "Hysterosalpingografi med bilateralt tubarstopp. Misstänkt genital tuberkulos, endometriebiopsi "
                      "för PCR och odling."),
    ])],
    ["NL102"], [],
    "'Misstänkt' genital TB of the patient in a visible gynaecology note (past lung TB is confirmed history).")

# ================================================================ cases, part 8

C("s28m_vgr_hemolys_sicklecellsjukdom_fragetecken", "vgr", "2000-02-29", "098", [
    N("n1", "vg_med_alingsas", "Läkaranteckning öppenvård", "Emina Hodžić", "läkare", "2024-06-19 10:40", None, [
        ("Lab", "Hb 78, retikulocyter 8 %, LD och bilirubin förhöjda, haptoglobin omätbart lågt."),
        ("Bedömning", "Kronisk hemolys hos ung kvinna från Nigeria. Sicklecellsjukdom? Hb-elfores och blodutstryk "
                      "skickas, folsyra insätts. Engelsktalande, ingen tolk."),
    ])],
    ["NL102"], [],
    "Question mark after sickle-cell disease in the visible Bedömning (VGR).")

C("s28m_sk_typo_trolgi_giardiasis_vuxen", "skane", "1993-01-01", "753", [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Julia Törnqvist", "läkare", "2024-08-06 09:35", 25, [
        ("Aktuellt", "Lös, fettig avföring och uppsvälldhet sedan ankomsten från Afghanistan för tre månader sedan. "
                     "Viktnedgång 4 kg. Tolk pashto."),
        ("Bedömning", "Trolgi giardiasis. F-PCR för tarmprotozoer skickad, metronidazol om positivt."),
    ])],
    ["NL102"], [],
    "Misspelt hedge ('Trolgi') before giardiasis in a visible Skåne Melior note.")

C("s28m_vgr_lang_nyanland_screening_bara_negationer", "vgr", "2005-03-03", "615", [
    N("n1", "vg_inf_sas", "Läkaranteckning öppenvård", "Maria Holmgren", "läkare", "2024-10-01 13:00", 110, [
        ("Anamnes", "19-årig man från Afghanistan som kom som ensamkommande 2021, bor nu i egen lägenhet i Borås "
                    "och går på gymnasiets språkintroduktion. Talar förvånansvärt bra svenska men dari-tolk via "
                    "telefon användes för de medicinska detaljerna. Remitterad från Migrationshälsan efter "
                    "positiv IGRA. Ingen hosta, ingen feber, inga nattsvettningar. Vikten stabil. Mamman, som "
                    "bor i Iran, har enligt pat möjligen diabetes. Ingen känd tuberkulos i familjen."),
        ("Status", "AT: gott. Längd 176 cm, vikt 68 kg. Hud: BCG-ärr vänster överarm. Lgl: inga palpabla. "
                   "Pulm: vesikulärt, inga biljud. Cor: RR, 68/min. Buk: mjuk, ingen hepatosplenomegali."),
        ("Lab", "IGRA positiv, rtg pulm utan anmärkning. HBsAg, anti-HCV och HIV negativa. Eosinofiler 0,2. "
                "Schistosoma-serologi negativ. Leverstatus normalt."),
        ("Bedömning", "Latent tuberkulos. Ingen misstanke om aktiv tuberkulos i dag. Hepatit B, hepatit C och HIV "
                      "uteslutna genom screeningen. Inga tecken på schistosomiasis eller annan parasitinfektion."),
        ("Planering", "Förebyggande behandling med rifampicin i fyra månader erbjuds och pat vill börja; trolig "
                      "start efter skolans höstlov. Ev. kontakttolk på plats vid nästa besök. Om hosta eller "
                      "feber tillkommer under behandlingen ska han höra av sig till mottagningen. Leverprover "
                      "efter två och åtta veckor. Hepatit B-vaccination erbjuds via vårdcentralen."),
    ])],
    [], ["NL102"],
    "Long screening note full of look-alikes (negations, a relative's possible diabetes, plan hedges, a conditional) but no hedged diagnosis of the patient.")

C("s28m_sk_lang_hepb_familj_hedges_utan_patientdiagnos", "skane", "1979-07-15", "357", [
    N("n1", "sk_inf_hbg", "Mottagningsanteckning", "Julia Törnqvist", "läkare", "2024-11-28 10:15", 85, [
        ("Anamnes", "45-årig man från Syrien, i Sverige sedan 2015, arbetar som taxichaufför. Talar svenska men "
                    "önskar arabisk tolk vid läkarbesök, i dag kontakttolk. HBsAg positivt vid "
                    "hälsoundersökningen 2015, följts på mottagningen sedan dess. Brodern dog i Syrien 2020, "
                    "troligen av levercancer enligt familjen. Pappan hade sannolikt också hepatit B."),
        ("Status", "AT: gott. Ikterus: nej. Buk: mjuk, lever ej palpabel, inga spindelnevi. Vikt 84 kg."),
        ("Lab", "HBeAg negativ, anti-HBe positiv. HBV-DNA 900 IE/ml. ALAT 0,5, albumin 41, TPK 230, PK-INR 1,0. "
                "Anti-HCV negativ. Alfa-fetoprotein normalt. Fibroscan 5,8 kPa."),
        ("Bedömning", "Kronisk hepatit B, HBeAg-negativ inaktiv fas. Hepatit C avskrivs på nytt. Inga hållpunkter "
                      "för cirros. Ingen misstanke om hepatocellulär cancer, men med tanke på hereditet följs pat "
                      "med ultraljud lever var sjätte månad."),
        ("Planering", "Ingen antiviral behandling i dagsläget. Ev. fibroscan igen om ALAT stiger. Hustrun och "
                      "barnen är vaccinerade sedan tidigare. Nästa kontroll om sex månader med ultraljud och "
                      "blodprover en vecka innan. Kallelse på arabiska."),
    ])],
    [], ["NL102"],
    "Long note whose hedges all concern relatives, negated diagnoses or plans; the patient's hepatitis B is confirmed.")

C("s28m_pmo_hemsjv_misstankt_demens_tolk", "skane", "1941-05-10", "162", [
    N("n1", "sk_hemsjv_eslov", "Hembesök", "Birgitta Håkansson", "sjuksköterska", "2024-04-11 13:20", 30, [
        ("Aktuellt", "Hembesök hos 82-årig kvinna från Bosnien som bor med dottern. Dottern brukar tolka men i dag "
                     "användes telefontolk så att pat kunde svara själv."),
        ("Bedömning", "Glömmer att ta medicinerna och hittar inte hem från affären. Misstänkt demenssjukdom, MMSE "
                      "svårbedömt via tolk. Läkare på vårdcentralen informerad, dosett via apoteket."),
    ])],
    [], ["NL102"],
    "Home-care PMO note with a hedged dementia diagnosis: PMO never shows diagnoses.")

C("s28m_pmo_bvc_typo_missankt_tbc_smitta", "skane", "2023-02-17", "438", [
    N("n1", "sk_bvc_seved", "BVC-besök", "Amina Jama", "sjuksköterska", "2024-05-02 10:00", None, [
        ("Besöksorsak", "Ettåring vars pappa nyligen fått diagnosen lungtuberkulos. Tolk tigrinja på plats."),
        ("Bedömning", "Missänkt tbc-smitta hos barnet, remiss akut till barnläkare för IGRA, lungröntgen och "
                      "ställningstagande till profylax."),
    ])],
    [], ["NL102"],
    "PMO BVC draft with a misspelt hedge ('Missänkt'); PMO still never shows diagnoses.")

C("s28m_vgr_typo_inga_halpunkter_for_malaria", "vgr", "1991-10-19", "332", [
    N("n1", "vg_inf_ostra", "Läkaranteckning öppenvård", "Jonas Ekström", "läkare", "2024-08-20 17:10", 20, [
        ("Bedömning", "Feber efter hemresa från Kamerun. Inga hålpunkter för malaria, tjock droppe negativ tre "
                      "gånger. Influensa A påvisad i nasofarynxprov, symtomatisk behandling."),
    ])],
    [], ["NL102"],
    "Misspelt negation ('Inga hålpunkter för malaria') with a confirmed alternative diagnosis.")

C("s28m_vgr_ptsd_diagnostiserad_caps5", "vgr", "1987-12-01", "273", [
    N("n1", "vg_psyk_nordost", "Läkaranteckning öppenvård", "Kristoffer Alm", "läkare", "2024-01-31 13:30", 40, [
        ("Bedömning", "PTSD (F43.1) diagnostiserad med CAPS-5 efter genomgång med tolk på kurdiska sorani. "
                      "Traumafokuserad KBT med tolk planeras, prazosin mot mardrömmarna."),
    ])],
    [], ["NL101", "NL102"],
    "Confirmed PTSD with nothing hedged and nothing said about withholding it.")

C("s28m_sk_sonerna_bad_men_pat_ville_veta", "skane", "1944-03-30", "260", [
    N("n1", "sk_med_ystad", "Läkaranteckning", "Björn Hellström", "läkare", "2024-10-30 15:00", 45, [
        ("Bedömning", "Ventrikelcancer med peritoneal spridning, PAD bekräftat."),
        ("Information", "Sönerna bad att mamman inte skulle få veta. Pat tillfrågades själv via kontakttolk på "
                        "persiska om hon ville ha besked, svarade ja och informerades om diagnosen och att "
                        "behandlingen blir palliativ."),
    ])],
    [], ["NL101"],
    "The sons asked to withhold the diagnosis, but the patient chose to know and was told.")

C("s28m_vgr_tuberkulos_lymfadenit_ej_underrattad", "vgr", "1990-09-30", "824", [
    N("n1", "vg_inf_sks", "Läkaranteckning öppenvård", "Henrik Blom", "läkare", "2024-07-11 14:35", 30, [
        ("Provsvar", "Odling från lymfkörtelexstirpationen växer M. tuberculosis. Tuberkulös lymfadenit på halsen "
                     "därmed bekräftad."),
        ("Planering", "Patienten är ännu inte underrättad. Hon kallas till mottagningen på måndag med kontakttolk "
                      "på somaliska, och behandlingen startas samma dag."),
    ])],
    ["NL101"], ["NL102"],
    "'ännu inte underrättad' about a confirmed tuberculous lymphadenitis in a visible VGR note.")

C("s28m_sk_uro_blascancer_far_ej_meddelas_fore_mdk", "skane", "1960-08-08", "335", [
    N("n1", "sk_uro_malmo", "Läkaranteckning", "Rasmus Kvist", "läkare", "2024-04-30 12:20", 35, [
        ("Provsvar", "PAD från TURB: muskelinvasiv urotelial cancer i urinblåsan, T2."),
        ("Planering", "Får ej meddelas pat före MDK på onsdag. Därefter besked vid läkarbesök med tolk på bosniska "
                      "och kontaktsjuksköterska."),
    ])],
    ["NL101"], [],
    "Visible bladder cancer diagnosis with 'Får ej meddelas pat' before the MDT meeting.")

# @@CASES_END@@


# ================================================================ validation

CODES = {"NL101", "NL102"}
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def in_2024(s):
    return s is not None and s.startswith("2024-")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c.get("case", "?")
        if list(c.keys()) != CASE_KEYS:
            errs.append(f"{n}: case keys {list(c.keys())}")
        if n in names:
            errs.append(f"{n}: duplicate case name")
        names.add(n)
        if not n.startswith("s28m_"):
            errs.append(f"{n}: name must start with s28m_")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: bad ruleset")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append(f"{n}: record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append(f"{n}: events/conversations/treatments must be empty")
        p = r["patient"]
        if list(p.keys()) != PATIENT_KEYS:
            errs.append(f"{n}: patient keys")
        pid = p["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            errs.append(f"{n}: bad personnummer format {pid}")
        else:
            digits = m.group(1)[2:] + m.group(2)
            if luhn_digit(digits[:9]) != int(digits[9]):
                errs.append(f"{n}: Luhn check fails for {pid}")
            if m.group(1) != p["birth_date"].replace("-", ""):
                errs.append(f"{n}: personnummer does not match birth_date")
        if not in_2024(r["as_of"]):
            errs.append(f"{n}: as_of not in 2024")
        age = age_at(p["birth_date"], r["as_of"])
        if 13 <= age <= 15:
            errs.append(f"{n}: patient aged {age} (13-15 not allowed)")
        ids = {}
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append(f"{n}: note keys {list(note.keys())}")
            if note["id"] in ids:
                errs.append(f"{n}: duplicate note id {note['id']}")
            ids[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: bad system")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR note not Melior")
            if not in_2024(note["time"]):
                errs.append(f"{n}: note time not in 2024")
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    errs.append(f"{n}: signed not in 2024")
                elif note["signed"] < note["time"]:
                    errs.append(f"{n}: signed before time")
            if note["time"] > r["as_of"]:
                errs.append(f"{n}: note after as_of")
            if set(note["unit"].keys()) != {"name", "hsa_id"} or set(note["author"].keys()) != {"name", "role"}:
                errs.append(f"{n}: unit/author keys")
            if not note["sections"]:
                errs.append(f"{n}: note without sections")
            for s in note["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["keyword"] or not s["text"].strip():
                    errs.append(f"{n}: bad section")
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != (n, note["id"], s["keyword"]):
                            errs.append(f"{n}: sentence repeated (first in {sentences[sent][0]}): {sent!r}")
                        else:
                            sentences.setdefault(sent, (n, note["id"], s["keyword"]))
        asserted = c["must"] + c["must_not"]
        if not asserted:
            errs.append(f"{n}: nothing asserted")
        seen = set()
        must_set = {tuple(x) for x in c["must"]}
        for code, target in asserted:
            if code not in CODES:
                errs.append(f"{n}: unexpected code {code}")
            if (code, target) in seen:
                errs.append(f"{n}: {code}@{target} asserted twice / in both lists")
            seen.add((code, target))
            if target not in ids:
                errs.append(f"{n}: target {target} missing")
                continue
            system = ids[target]["system"]
            if code == "NL102" and system != "Melior" and (code, target) in must_set:
                errs.append(f"{n}: NL102 'must' on a non-Melior note (PMO hedges are must_not only)")
            if code == "NL101" and system == "PMO":
                errs.append(f"{n}: NL101 asserted on PMO note")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s)", file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nl1_dev171_cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print(f"wrote {out}: {len(CASES)} cases")
    for code in sorted(CODES):
        print(f"  {code}: must {counts.get((code, 'must'), 0)}, must_not {counts.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
