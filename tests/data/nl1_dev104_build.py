#!/usr/bin/env python3
"""dev104: radiology and pathology answers as they land in clinical notes.

Röntgensvar, DT/MR/UL/PET reports and PAD/cytology answers pasted or summarised
under Röntgen / PAD / Provsvar sökord, in the radiologist's hedged language, followed
by the clinician's own comment and whether the patient has been told.

Rules annotated: NL101 and NL102 only. Standard library only, deterministic.
Running it writes cases.jsonl next to this file; it exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev104_cases.jsonl")

# --------------------------------------------------------------------------
# units: key -> (name, hsa_id, region, system)
# --------------------------------------------------------------------------
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_lung_lund": ("Lungmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7K31", "skane", "Melior"),
    "sk_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8B02", "skane", "Melior"),
    "sk_neurokir_lund": ("Neurokirurgiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7N14", "skane", "Melior"),
    "sk_hemat_lund": ("Hematologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7H60", "skane", "Melior"),
    "sk_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4A11", "skane", "Melior"),
    "sk_kvk_csk": ("Kvinnokliniken, Centralsjukhuset Kristianstad", "SE2321000255-5K40", "skane", "Melior"),
    "sk_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8E22", "skane", "Melior"),
    "sk_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7O05", "skane", "Melior"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7D18", "skane", "Melior"),
    "sk_orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-6R03", "skane", "Melior"),
    "sk_barn_malmo": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8P71", "skane", "Melior"),
    "sk_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8G09", "skane", "Melior"),
    "sk_med_ystad": ("Medicinavdelning 3, Ystads lasarett", "SE2321000255-3M33", "skane", "Melior"),
    "sk_kir_csk": ("Kirurgmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-5C17", "skane", "Melior"),
    "sk_uro_hbg": ("Urologmottagningen, Helsingborgs lasarett", "SE2321000255-4U28", "skane", "Melior"),
    "sk_kard_lund": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7C44", "skane", "Melior"),
    "sk_hemat_malmo": ("Hematologiavdelningen, Skånes universitetssjukhus Malmö", "SE2321000255-8H35", "skane", "Melior"),
    "sk_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7A01", "skane", "Melior"),
    "sk_infek_malmo": ("Infektionskliniken avd 4, Skånes universitetssjukhus Malmö", "SE2321000255-8I04", "skane", "Melior"),
    "sk_kir_lund": ("Kirurgiska kliniken, akutvårdsavdelning, Skånes universitetssjukhus Lund", "SE2321000255-7S52", "skane", "Melior"),
    "sk_neuro_lund": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619", "skane", "Melior"),
    "sk_orto_tumor_lund": ("Ortopedisk tumörmottagning, Skånes universitetssjukhus Lund", "SE2321000255-7T26", "skane", "Melior"),
    "sk_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8M15", "skane", "Melior"),
    "sk_onh_malmo": ("ÖNH-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8O31", "skane", "Melior"),
    "sk_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8A02", "skane", "Melior"),
    "sk_barnakut_lund": ("Barn- och ungdomsakuten, Skånes universitetssjukhus Lund", "SE2321000255-7B90", "skane", "Melior"),
    "sk_onk_lund": ("Onkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7Q08", "skane", "Melior"),
    "sk_kir_ystad": ("Kirurgavdelningen, Ystads lasarett", "SE2321000255-3K21", "skane", "Melior"),
    "sk_med_landskrona": ("Medicinmottagningen, Lasarettet Landskrona", "SE2321000255-2M06", "skane", "Melior"),
    "sk_kärl_malmo": ("Kärlkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8V19", "skane", "Melior"),
    "sk_med_trelleborg": ("Medicinkliniken, Trelleborgs lasarett", "SE2321000255-2T44", "skane", "Melior"),
    "sk_gyn_lund": ("Gynekologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7G37", "skane", "Melior"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8X12", "skane", "Melior"),
    "sk_lung_hbg": ("Lungmottagningen, Helsingborgs lasarett", "SE2321000255-4L07", "skane", "Melior"),
    "sk_kir_malmo": ("Kolorektalmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-8K63", "skane", "Melior"),
    "sk_med_angelholm": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-4N50", "skane", "Melior"),
    # Region Skåne, PMO (primary care)
    "pmo_vc_lindeborg": ("Vårdcentralen Lindeborg, Malmö", "SE2321000255-P1L3", "skane", "PMO"),
    "pmo_hsv_kavlinge": ("Hemsjukvården Kävlinge", "SE2321000255-P2K8", "skane", "PMO"),
    "pmo_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P3S1", "skane", "PMO"),
    "pmo_bvc_hoor": ("Barnavårdscentralen Höör", "SE2321000255-P4H5", "skane", "PMO"),
    "pmo_umo_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P5U2", "skane", "PMO"),
    "pmo_vc_tornet": ("Vårdcentralen Tornet, Landskrona", "SE2321000255-P6T9", "skane", "PMO"),
    "pmo_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P7E4", "skane", "PMO"),
    "pmo_vc_osby": ("Vårdcentralen Osby", "SE2321000255-P8O6", "skane", "PMO"),
    # Västra Götalandsregionen, Melior
    "vg_brost_su": ("Bröstcentrum, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011204", "vgr", "Melior"),
    "vg_med_nal": ("Medicinavdelning 32, NÄL Trollhättan", "SE2321000131-E000000006512", "vgr", "Melior"),
    "vg_orto_sks": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008831", "vgr", "Melior"),
    "vg_barnakut_dsbs": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004470", "vgr", "Melior"),
    "vg_hep_su": ("Hepatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010092", "vgr", "Melior"),
    "vg_medakut_kungalv": ("Medicinakuten, Kungälvs sjukhus", "SE2321000131-E000000007715", "vgr", "Melior"),
    "vg_kir_udd": ("Kirurgmottagningen, Uddevalla sjukhus", "SE2321000131-E000000005583", "vgr", "Melior"),
    "vg_neuro_sas": ("Neurologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009127", "vgr", "Melior"),
    "vg_med_alingsas": ("Medicinavdelning 4, Alingsås lasarett", "SE2321000131-E000000003361", "vgr", "Melior"),
    "vg_uro_su": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010458", "vgr", "Melior"),
    "vg_kir_lidk": ("Kirurgmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000008902", "vgr", "Melior"),
    "vg_kirakut_nal": ("Kirurgakuten, NÄL Trollhättan", "SE2321000131-E000000006630", "vgr", "Melior"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010711", "vgr", "Melior"),
    "vg_med_lidk": ("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000008948", "vgr", "Melior"),
    "vg_gyn_ostra": ("Gynekologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011350", "vgr", "Melior"),
    "vg_barnkir_dsbs": ("Barnkirurgiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000004512", "vgr", "Melior"),
    "vg_geri_kungalv": ("Geriatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E000000007790", "vgr", "Melior"),
    "vg_lung_nal": ("Lungmottagningen, NÄL Trollhättan", "SE2321000131-E000000006701", "vgr", "Melior"),
    "vg_onk_sas": ("Onkologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009240", "vgr", "Melior"),
    "vg_uro_sas": ("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009263", "vgr", "Melior"),
    "vg_onh_su": ("Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010325", "vgr", "Melior"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009001", "vgr", "Melior"),
    "vg_neuroakut_su": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010177", "vgr", "Melior"),
    "vg_kir_ostra": ("Kolorektalmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011399", "vgr", "Melior"),
    "vg_kärl_su": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010540", "vgr", "Melior"),
    "vg_orto_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000010863", "vgr", "Melior"),
    "vg_hemat_su": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010288", "vgr", "Melior"),
    "vg_gastro_sks": ("Medicinmottagningen, gastroenheten, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008877", "vgr", "Melior"),
    "vg_kk_nal": ("Kvinnokliniken, gynakuten, NÄL Trollhättan", "SE2321000131-E000000006755", "vgr", "Melior"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010209", "vgr", "Melior"),
    "vg_lung_sas": ("Lungmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000009185", "vgr", "Melior"),
    "vg_med_udd": ("Medicinmottagningen, Uddevalla sjukhus", "SE2321000131-E000000005627", "vgr", "Melior"),
    "vg_endo_su": ("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010402", "vgr", "Melior"),
    "vg_hud_sks": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000008915", "vgr", "Melior"),
    "vg_akut_kungalv": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-E000000007702", "vgr", "Melior"),
}

CASES = []

def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)

def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return ymd + "-" + serial + luhn_digit(ymd[2:] + serial)

def N(nid, unit, template, author, role, time, signed, sections, setting="öppenvård", refs=None):
    """One note. sections: list of (keyword, text). signed None = unsigned draft."""
    name, hsa, _region, system = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }

def add(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })

M1 = ("NL101", "n1")
M2 = ("NL102", "n1")

# ==========================================================================
# PART 1 — NL102 positives: hedged radiology / pathology in visible Melior text
# ==========================================================================
add("lung-dt-talar-i-forsta-hand-for-lungcancer", "skane", "1951-04-17", "482", "2024-02-29T00:00:00", [
    N("n1", "sk_lung_lund", "Läkaranteckning", "Johan Bergkvist", "läkare",
      "2024-02-14T10:20:00", "2024-02-14T15:05:00", [
        ("Aktuellt", "72-årig f.d. rökare, ca 40 paketår. Remitterad från VC pga hosta sedan jul och viktnedgång 5 kg."),
        ("Röntgen", "DT thorax m kontrast 2024-02-09, svaret i sammandrag: 24 mm spikulerad förändring i hö ovanlob, talar i första hand för primär lungcancer. "
                    "Förstorad lymfkörtel station 4R, 14 mm i kortaxel, kan representera spridning. Inga skelettförändringar i undersökt område."),
        ("Bedömning", "Utreds enligt SVF lunga. PET-DT och EBUS beställda, tid inom 10 dagar."),
    ])], [M2], [M1],
    "DT-svar med 'talar i första hand för primär lungcancer' inklistrat under sökord Röntgen i en vanlig Melior-anteckning; inget sägs om information")

add("birads-4c-malignitetsmisstankt-pat-informerad", "vgr", "1978-09-02", "226", "2024-03-20T00:00:00", [
    N("n1", "vg_brost_su", "Mottagningsanteckning", "Annika Wennerholm", "läkare",
      "2024-03-05T13:40:00", "2024-03-05T16:10:00", [
        ("Röntgen", "Mammografi + UL bilat: I hö bröst kl 10, 4 cm från mamillen, 13 mm oregelbunden hypoekogen resistens med skuggning. BI-RADS 4c, malignitetsmisstänkt. Vä bröst och bägge axiller ua."),
        ("Åtgärd", "Mellannålsbiopsi x3 tagen ultraljudsledd i samma seans, PAD inväntas."),
        ("Information", "Pat informerad om att fyndet kan vara bröstcancer och att svar kommer inom ca en vecka via kontaktsjuksköterskan."),
    ])], [M2], [M1],
    "BI-RADS 4c med 'malignitetsmisstänkt' i synligt sökord; patienten informerad om misstanken, så NL101 gäller inte")

add("mr-prostata-pirads4-telefon", "skane", "1958-11-23", "317", "2024-03-28T00:00:00", [
    N("n1", "sk_uro_malmo", "Telefonanteckning", "Erik Sandell", "läkare",
      "2024-03-18T09:15:00", None, [
        ("Telefonkontakt", "Ringer pat ang MR prostata. PSA 7,9, PSA-densitet 0,18."),
        ("Röntgensvar", "MR prostata: 11 mm lesion i vä perifera zonen apikalt, PI-RADS 4, sannolikt kliniskt signifikant cancer. Ingen säker extraprostatisk växt, vesiklarna ua."),
        ("Planering", "Riktade transperineala biopsier bokas v.14. Pat har fått muntlig info om vad biopsin innebär och tackar ja."),
    ])], [M2], [],
    "PI-RADS 4 med 'sannolikt kliniskt signifikant cancer' under sökord Röntgensvar i telefonanteckning")

add("mr-hjarna-talar-i-forsta-hand-for-meningeom", "skane", "1966-02-08", "604", "2024-01-31T00:00:00", [
    N("n1", "sk_neurokir_lund", "Mottagningsanteckning", "Cecilia Håkansson", "läkare",
      "2024-01-17T14:00:00", "2024-01-18T08:30:00", [
        ("Anamnes", "Sökt VC för långdragen huvudvärk, MR gjord på remiss därifrån. Inga fokalneurologiska symtom, ingen epilepsi."),
        ("MR", "Extraaxial, durabaserad förändring 18 mm vä frontalt med dural tail, homogent laddande. Talar i första hand för meningeom. Inget ödem i omgivande parenkym."),
        ("Bedömning", "Litet asymtomatiskt fynd. Föreslår exspektans med ny MR om 6 mån. Pat informerad om fyndet och vad det troligen är, hon önskar avvakta."),
    ])], [M2], [M1],
    "Meningeom i 'talar i första hand för' från MR-svaret i synlig text, patienten informerad vid besöket")

add("dt-pankreas-kan-ej-skiljas-fran-cancer", "vgr", "1949-07-30", "159", "2024-01-31T00:00:00", [
    N("n1", "vg_med_nal", "Inskrivningsanteckning", "Mikael Strand", "läkare",
      "2024-01-22T19:30:00", None, [
        ("Aktuellt", "Gulnat sedan en vecka, klåda, ljus avföring och mörk urin. Ingen buksmärta."),
        ("Lab", "Bilirubin 186, ALP 14, ALAT 3,2. CRP 9."),
        ("Röntgen", "DT buk: 28 mm lågattenuerande förändring i pankreashuvudet, kan ej skiljas från pankreascancer. Dilaterade intra- och extrahepatiska gallvägar, koledokus 14 mm. Ingen ascites, inga levermetastaser."),
        ("Bedömning", "Smärtfri ikterus med tumörmisstanke. ERCP med stent och borstcytologi i morgon. Diskuteras på pankreas-MDK."),
    ], setting="slutenvård")], [M2], [],
    "'kan ej skiljas från pankreascancer' och 'tumörmisstanke' i vanlig VGR-inskrivningsanteckning")

add("prel-pad-lymfom-kan-inte-uteslutas-utkast", "skane", "1985-05-19", "271", "2024-04-30T00:00:00", [
    N("n1", "sk_hemat_lund", "Läkaranteckning", "Sofia Lindberg", "läkare",
      "2024-04-22T11:05:00", None, [
        ("PAD", "Preliminärt PAD, exstirperad lymfkörtel vä supraklavikulärt: Utplånad arkitektur med lymfoid proliferation, lymfom kan inte uteslutas. Immunhistokemi och klonalitetsanalys pågår, slutsvar om ca 1 v."),
        ("Planering", "Ny tid när slutsvar finns. PET-DT beställd redan nu för att spara tid."),
    ])], [M2], [],
    "Osignerat utkast: preliminärt PAD 'lymfom kan inte uteslutas' under sökord PAD")

add("rtg-hoft-osteolys-myelom-eller-metastas", "vgr", "1947-12-01", "088", "2024-02-20T00:00:00", [
    N("n1", "vg_orto_sks", "Mottagningsanteckning", "Lars-Olof Björk", "läkare",
      "2024-02-06T10:45:00", "2024-02-06T14:00:00", [
        ("Anamnes", "Ljumsksmärta hö sedan 2 mån, värre nattetid. Gått ner något i vikt enl dottern."),
        ("Röntgen", "Rtg hö höft: Osteolytisk förändring i proximala femur, intertrokantärt, inte säkert avgränsbar mot omgivande ben. Myelom eller metastas kan ej uteslutas. Ingen fraktur."),
        ("Bedömning", "Misstänkt malign skelettförändring med frakturrisk. Avlastning med kryckkäppar, DT thorax-buk och myelomprover tagna."),
    ])], [M2], [],
    "Ortopedens rtg-svar 'myelom eller metastas kan ej uteslutas' och egen bedömning 'misstänkt malign' synligt")

add("dt-hjarna-forenligt-med-subakut-infarkt", "skane", "1940-03-14", "535", "2024-03-10T00:00:00", [
    N("n1", "sk_akut_hbg", "Akutanteckning", "Nadia Haddad", "läkare",
      "2024-03-02T03:12:00", "2024-03-02T04:00:00", [
        ("Aktuellt", "Anhöriga noterade sluddrigt tal och svaghet i hö hand i går kväll, oklar debut."),
        ("DT", "DT hjärna utan kontrast: Hypodensitet i vä capsula interna/basala ganglier, förenligt med subakut ischemisk infarkt. Ingen blödning. Ingen expansivitet."),
        ("Bedömning", "Utanför trombolysfönster. Läggs in på strokeenhet för fortsatt utredning, ASA laddas."),
    ], setting="akut")], [M2], [],
    "'förenligt med subakut ischemisk infarkt' i akutanteckning, Melior Skåne")

add("barn-ul-buk-talar-for-invagination", "vgr", "2021-10-05", "242", "2024-02-10T00:00:00", [
    N("n1", "vg_barnakut_dsbs", "Akutanteckning", "Ida Forsberg", "läkare",
      "2024-02-03T16:50:00", "2024-02-03T18:20:00", [
        ("Aktuellt", "2-årig pojke med intermittent otröstlig gråt sedan i morse, kräkts x3. Mamma har sett lite blod i blöjan."),
        ("Ultraljud", "UL buk: Target-tecken i hö fossa, ca 3 cm i diameter. Bilden talar för ileokolisk invagination. Ingen fri vätska."),
        ("Bedömning", "Trolig invagination. Barnkirurg kontaktad, luftreposition under genomlysning planeras inom en timme. Föräldrarna har fått förklarat vad som ska göras."),
    ], setting="akut")], [M2], [],
    "Barn under 13 (vårdnadshavare läser): 'talar för ileokolisk invagination' och 'Trolig invagination' synligt")

add("lirads4-sannolikt-hcc-ej-sakert", "vgr", "1956-01-27", "476", "2024-03-31T00:00:00", [
    N("n1", "vg_hep_su", "Mottagningsanteckning", "Fredrik Ahlgren", "läkare",
      "2024-03-19T13:00:00", "2024-03-19T17:45:00", [
        ("Bakgrund", "Känd alkoholorsakad levercirros Child-Pugh A, i HCC-övervakning med UL var 6:e mån."),
        ("MR lever", "MR med leverspecifikt kontrastmedel: 16 mm förändring i segment VII med arteriell uppladdning utan säker wash-out. LI-RADS 4, sannolikt HCC men ej säkert. Ingen portavenstrombos."),
        ("Bedömning", "Tas upp på lever-MDK torsdag. Ev. biopsi eller förnyad MR om 3 mån beroende på konferensens råd."),
    ])], [M2], [],
    "LI-RADS 4 med 'sannolikt HCC men ej säkert' i synlig text (känd cirros är inte hedgad; HCC är det)")

add("ul-thyreoidea-tirads5-susp-papillar-typo", "skane", "1988-08-30", "148", "2024-05-31T00:00:00", [
    N("n1", "sk_endo_malmo", "Läkaranteckning", "Amir Rahimi", "läkare",
      "2024-05-21T10:30:00", "2024-05-21T11:50:00", [
        ("Ultraljud", "UL thyreoidea: 14 mm solid hypoekogen knuta i hö lob, taller-than-wide, mikroförkalkningar. TI-RADS 5, susp. papilär thyreoideacancer. Inga patologiska lymfkörtlar på halsen."),
        ("Åtgärd", "FNA tagen ultraljudsledd, 2 glas till cytologen."),
    ])], [M2], [],
    "Stavfel 'papilär' i diagnosen, hedgad med 'susp.' i UL-svar under synligt sökord")

add("mr-talar-for-vestibularisschwannom-pat-informerad-tel", "skane", "1975-04-04", "703", "2024-02-29T00:00:00", [
    N("n1", "sk_onh_lund", "Telefonanteckning", "Karin Lövgren", "läkare",
      "2024-02-22T15:20:00", "2024-02-22T15:35:00", [
        ("Telefonkontakt", "Ringt pat och gått igenom MR-svaret. MR inre hörselgångar: 9 mm förändring i vä inre hörselgång, talar för vestibularisschwannom. Trol. akustikusneurinom som förklarar den ensidiga hörselnedsättningen."),
        ("Planering", "Pat har fått besked och förstår att det är en godartad tumör som ofta följs. Ny MR om 6 mån, remiss skickad till skallbasteamet."),
    ])], [M2], [M1],
    "Hedgat vestibularisschwannom i telefonanteckning; patienten har fått besked i samma samtal")

add("pad-hud-melanom-in-situ-kan-ej-uteslutas", "skane", "1982-03-23", "159", "2024-03-31T00:00:00", [
    N("n1", "sk_hud_lund", "Läkaranteckning", "Maria Nyström", "läkare",
      "2024-03-25T09:00:00", None, [
        ("PAD", "Excision pigmenterad förändring vä skuldra: Atypisk melanocytär proliferation med oregelbunden junktional växt. Melanom in situ kan ej uteslutas. Radikalt exciderad med snäva marginaler."),
        ("Kommentar", "Rekommenderas utvidgad excision med 5 mm marginal enl patologens förslag. Kallelse till op skickas."),
    ])], [M2], [],
    "PAD med 'melanom in situ kan ej uteslutas' under sökord PAD i hudläkarens anteckning")

add("mr-kna-trolig-meniskruptur-enradare", "skane", "1990-10-02", "398", "2024-06-10T00:00:00", [
    N("n1", "sk_orto_hlm", "Läkaranteckning", "Per Ekdahl", "läkare",
      "2024-06-04T14:10:00", "2024-06-04T14:12:00", [
        ("Röntgen", "MR hö knä: signalförändring som når ledytan i mediala meniskens bakhorn, trolig ruptur. Korsband ua."),
    ])], [M2], [],
    "En rad: 'trolig ruptur' av menisken i MR-svar; meniskruptur är en diagnos")

add("barn-rtg-periostreaktion-dd-osteomyelit-ewing", "skane", "2015-02-17", "486", "2024-03-15T00:00:00", [
    N("n1", "sk_barn_malmo", "Läkaranteckning", "Linnea Persson", "läkare",
      "2024-03-07T13:30:00", "2024-03-07T17:00:00", [
        ("Anamnes", "9-årig flicka med värk i vä lår sedan 5 v, haltar. Subfebril kvällstid enl pappa."),
        ("Röntgen", "Rtg vä femur: Lamellär periostreaktion och permeativ destruktion i distala diafysen. Differentialdiagnostiskt osteomyelit eller Ewings sarkom, rekommenderas kompletterande MR."),
        ("Bedömning", "Allvarliga differentialdiagnoser. MR i narkos i morgon, därefter ställningstagande till biopsi på tumörortopeden Lund."),
    ])], [M2], [],
    "Barn under 13: 'Differentialdiagnostiskt osteomyelit eller Ewings sarkom' i synligt röntgensvar")

add("dt-urografi-misstant-urotelial-cancer-typo", "vgr", "1952-08-08", "195", "2024-05-20T00:00:00", [
    N("n1", "vg_uro_su", "Mottagningsanteckning", "Gustav Ek", "läkare",
      "2024-05-07T09:30:00", "2024-05-07T10:45:00", [
        ("Aktuellt", "Makroskopisk hematuri x2 under våren, rökare."),
        ("Röntgen", "DT urografi: 15 mm kontrastutsparing i vä njurbäcken, misstänt urotelial cancer. Blåsan ua. Ingen hydronefros."),
        ("Planering", "Uretäroskopi med biopsi och spolcytologi, anmäld till op."),
    ])], [M2], [],
    "Stavfel i hedgen ('misstänt urotelial cancer') i DT urografi-svar i urologens synliga anteckning")

add("pad-kolonbiopsier-talar-for-ulcerös-kolit", "skane", "2001-11-29", "524", "2024-04-19T00:00:00", [
    N("n1", "sk_gastro_malmo", "Provsvarsanteckning", "Daniel Frick", "läkare",
      "2024-04-11T14:20:00", "2024-04-11T14:40:00", [
        ("PAD", "Biopsier från rektum och sigmoideum: Kryptdistorsion, basal plasmacytos och kryptabscesser. Bilden talar för kronisk inflammatorisk tarmsjukdom, i första hand ulcerös kolit. Ingen dysplasi."),
        ("Bedömning", "Stämmer med koloskopifyndet. Startar Pentasa, återbesök om 4 v."),
    ])], [M2], [],
    "PAD 'talar för ... i första hand ulcerös kolit' i provsvarsanteckning, Melior")

add("pad-hoggradig-dysplasi-invasiv-vaxt-ej-uteslutas", "vgr", "1955-03-03", "358", "2024-02-20T00:00:00", [
    N("n1", "vg_kir_lidk", "Provsvarsanteckning", "Ulrika Sjöberg", "läkare",
      "2024-02-12T15:10:00", "2024-02-13T08:05:00", [
        ("PAD", "Polyp i colon transversum, 25 mm, biopsier: Tubulovillöst adenom med höggradig dysplasi. Invasiv växt kan inte uteslutas i detta ytliga material."),
        ("Åtgärd", "Anmäld till EMR på endoskopienheten. Pat underrättad per brev om att ny endoskopi behövs."),
    ])], [M2], [],
    "'Invasiv växt kan inte uteslutas' i PAD-svar, en hedgad cancerdiagnos; adenomet är bekräftat men cancern inte")

add("rtg-bild-som-vid-hjartsvikt-kort", "skane", "1936-07-21", "401", "2024-01-31T00:00:00", [
    N("n1", "sk_med_ystad", "Daganteckning", "Anders Mårtensson", "läkare",
      "2024-01-24T10:15:00", "2024-01-24T10:30:00", [
        ("Röntgen", "Rtg hjärta-lungor: förstorat hjärta, pleuravätska bilat och kärlteckning som vid hjärtsvikt."),
        ("Ordination", "Furix 40 mg iv x2, vikt dagligen."),
    ], setting="slutenvård")], [M2], [],
    "'som vid hjärtsvikt' i kort avdelningsanteckning; bildfyndet tolkas som hedgad diagnos")

add("dt-appendix-ej-sakert-avgransbar-appendicit-ej-uteslutas", "vgr", "1998-06-06", "147", "2024-06-15T00:00:00", [
    N("n1", "vg_kirakut_nal", "Akutanteckning", "Sara Lundqvist", "läkare",
      "2024-06-09T01:10:00", "2024-06-09T02:45:00", [
        ("Status", "Buk mjuk, palpöm i hö fossa, ingen släppömhet. Temp 37,9."),
        ("Röntgen", "DT buk: Appendix inte säkert avgränsbar. Lätt fettinfiltration i hö fossa, appendicit kan inte uteslutas. Ingen abscess, ingen fri gas."),
        ("Bedömning", "Observeras på avdelningen över natten med fasta och dropp, ny bukpalpation kl 08."),
    ], setting="akut")], [M2], [],
    "'inte säkert avgränsbar' är bara ett fynd, men 'appendicit kan inte uteslutas' i samma svar är en hedgad diagnos")

add("dt-lever-metastasmisstanta-typo", "skane", "1950-10-10", "655", "2024-02-15T00:00:00", [
    N("n1", "sk_kir_csk", "Läkaranteckning", "Tobias Kjellberg", "läkare",
      "2024-02-08T16:00:00", None, [
        ("Röntgen", "DT thorax-buk inför koloncanceroperation: tre lågattenuerande förändringar i levern, 8–15 mm, metastasmisstänta. Lungor ua."),
        ("Planering", "Komplettering med MR lever innan beslut om operationsstrategi. Tas upp på kolorektal-MDK."),
    ])], [M2], [],
    "Stavfel 'metastasmisstänta' (misstänkta) om levermetastaser; koloncancern själv är känd")

add("pet-dt-talar-starkt-for-skelettmetastas-informerad", "vgr", "1959-04-12", "240", "2024-03-15T00:00:00", [
    N("n1", "vg_onk_su", "Mottagningsanteckning", "Elin Rosenqvist", "läkare",
      "2024-03-06T14:00:00", "2024-03-06T16:40:00", [
        ("Bakgrund", "Opererad för bröstcancer 2019, ER-positiv, adjuvant letrozol."),
        ("PET-DT", "Ökat FDG-upptag i kotkroppen Th8 och i vä os ilium, talar starkt för skelettmetastasering. Inga viscerala lesioner."),
        ("Samtal", "Pat och make informerade om att fynden sannolikt är spridning av bröstcancern. Biopsi från bäckenet för att bekräfta och ta om receptorstatus."),
    ])], [M2], [M1],
    "Skelettmetastaser 'talar starkt för' och 'sannolikt spridning' synligt; patienten och maken informerade")

add("hrct-uip-monster-forenligt-med-ipf", "skane", "1948-01-05", "713", "2024-05-10T00:00:00", [
    N("n1", "sk_lung_lund", "Mottagningsanteckning", "Malin Ström", "läkare",
      "2024-05-02T09:30:00", None, [
        ("Anamnes", "Tilltagande ansträngningsdyspné sedan 1 år, torrhosta. Aldrig rökt. Arbetat som snickare."),
        ("Status", "Fina knastrer basalt bilat, 'velcro'. Klubbfingrar. Sat 94 % i vila."),
        ("Röntgen", "HRCT: Subpleurala retikulära förändringar basalt med honeycombing och traktionsbronkiektasier, UIP-mönster. Förenligt med idiopatisk lungfibros i avsaknad av annan förklaring."),
        ("Bedömning", "Trolig IPF. Reumatologiska prover tagna, tas upp på ILD-konferensen innan ställningstagande till antifibrotisk behandling."),
    ])], [M2], [],
    "HRCT 'förenligt med idiopatisk lungfibros' och 'Trolig IPF' i synlig mottagningsanteckning")

add("ul-lever-sannolkit-steatos-typo", "vgr", "1979-02-14", "459", "2024-04-10T00:00:00", [
    N("n1", "vg_med_lidk", "Mottagningsanteckning", "Björn Axelsson", "läkare",
      "2024-04-02T08:30:00", "2024-04-02T09:10:00", [
        ("Ultraljud", "UL lever: Diffust ökad ekogenicitet, sannolkit leversteatos. Inga fokala förändringar, gallvägar ej vidgade."),
        ("Bedömning", "Lätt förhöjda transaminaser, BMI 33. Råd om viktnedgång och minskat alkoholintag, FIB-4 beräknas."),
    ])], [M2], [],
    "Stavfel 'sannolkit' i hedgen om leversteatos i synlig UL-text")

add("ul-njure-bosniak-iif-malignitet-kan-ej-uteslutas", "skane", "1967-09-19", "276", "2024-04-30T00:00:00", [
    N("n1", "sk_uro_hbg", "Läkaranteckning", "Rasmus Jeppsson", "läkare",
      "2024-04-23T11:00:00", "2024-04-23T11:25:00", [
        ("Röntgen", "DT njurar: 32 mm cysta i hö njure med tunna septa och lätt förtjockad vägg, Bosniak IIF. Malignitet kan ej uteslutas, uppföljning rekommenderas."),
        ("Planering", "Ny DT om 6 mån enligt vårdprogram. Svaret skickas per brev till pat."),
    ])], [M2], [],
    "Bosniak IIF med 'Malignitet kan ej uteslutas': hedgad njurcancer i synlig urologanteckning")

add("pad-endometrium-atypi-samtidig-cancer-ej-uteslutas", "vgr", "1964-11-11", "540", "2024-05-31T00:00:00", [
    N("n1", "vg_gyn_ostra", "Telefonanteckning", "Katarina Berg", "läkare",
      "2024-05-22T10:40:00", "2024-05-22T10:55:00", [
        ("Provsvar", "PAD endometriebiopsi: Atypisk endometriehyperplasi. Samtidig endometriecancer kan ej uteslutas."),
        ("Telefonkontakt", "Pat uppringd, svaret genomgånget och hon vet att det finns en risk för cancer. Rekommenderat hysterektomi, hon vill fundera och återkommer."),
    ])], [M2], [M1],
    "PAD 'endometriecancer kan ej uteslutas' i telefonanteckning; pat informerad om risken")

add("barn-ul-hydronefros-misstankt-bakre-uretralklaff", "vgr", "2023-11-20", "151", "2024-01-31T00:00:00", [
    N("n1", "vg_barnkir_dsbs", "Mottagningsanteckning", "Axel Granqvist", "läkare",
      "2024-01-15T09:00:00", "2024-01-15T11:30:00", [
        ("Bakgrund", "Nyfödd pojke, prenatalt påvisad bilateral hydronefros."),
        ("Ultraljud", "UL urinvägar: Bilateral hydronefros grad 3, förtjockad blåsvägg och dilaterad bakre uretra. Bilden inger misstanke om bakre uretralklaff."),
        ("Planering", "Miktionsuretrocystografi (MUCG) i morgon, KAD tills vidare. Föräldrar informerade."),
    ])], [M2], [],
    "Spädbarn (vårdnadshavare läser): 'inger misstanke om bakre uretralklaff' i synligt UL-svar")

add("rtg-handled-misstankt-scafoideumfraktur-typo", "skane", "2003-04-27", "329", "2024-02-20T00:00:00", [
    N("n1", "sk_akut_lund", "Akutanteckning", "Viktor Holmgren", "läkare",
      "2024-02-11T20:05:00", "2024-02-11T20:30:00", [
        ("Status", "Ömhet i fossa tabatière vä, smärta vid axial kompression av tummen."),
        ("Röntgen", "Rtg vä handled inkl scafoideumserie: ingen synlig fraktur."),
        ("Bedömning", "Misstänkt scafoideumfraktur trots negativ rtg. Gips/skena och ny rtg om 10–14 d alt MR."),
    ], setting="akut")], [M2], [],
    "Ortopedisk klassiker: rtg utan fraktur men 'Misstänkt scafoideumfraktur' (stavningen 'scafoideum' i stället för 'scaphoideum')")

add("dt-hjarna-atrofi-kan-vara-forenligt-med-alzheimer", "vgr", "1944-06-03", "228", "2024-05-15T00:00:00", [
    N("n1", "vg_geri_kungalv", "Mottagningsanteckning", "Gunilla Sundberg", "läkare",
      "2024-05-06T10:00:00", "2024-05-06T14:30:00", [
        ("Anamnes", "Minnesstörning sedan 2 år enl maken, glömmer avtal och har gått vilse i bil."),
        ("Röntgen", "DT hjärna: Uttalad central och kortikal atrofi med betonad vidgning av temporalhornen. Mönstret kan vara förenligt med Alzheimers sjukdom. Inga infarkter."),
        ("Bedömning", "MMSE 22/30. Demensutredning fortsätter med likvor för biomarkörer innan diagnos sätts."),
    ])], [M2], [],
    "'kan vara förenligt med Alzheimers sjukdom' från DT, kliniken väntar med diagnos men hypotesen står synlig")

add("mr-landrygg-spondylodiskit-sannolik", "skane", "1962-02-22", "483", "2024-01-31T00:00:00", [
    N("n1", "sk_infek_malmo", "Daganteckning", "Oskar Lindahl", "läkare",
      "2024-01-19T11:00:00", "2024-01-19T11:45:00", [
        ("Aktuellt", "Feber och ryggsmärta, S. aureus i blododlingar x2 sedan i förrgår."),
        ("Röntgen", "MR ländrygg: Signalförändring i diskus L3-L4 med ödem i angränsande ändplattor och liten epidural flegmone, spondylodiskit sannolik. Ingen abscess att dränera."),
        ("Bedömning", "Fortsätter kloxacillin iv, räknar med minst 6 v total behandlingstid. TEE bokat för att utesluta endokardit."),
    ], setting="slutenvård")], [M2], [],
    "'spondylodiskit sannolik' i MR-svar på infektionsavdelning; endokardit nämns bara som något som ska uteslutas")

add("mr-lever-ny-forandring-metastas-fragetecken", "vgr", "1954-09-15", "137", "2024-03-08T00:00:00", [
    N("n1", "vg_onk_sas", "Läkaranteckning", "Christina Falk", "läkare",
      "2024-03-01T09:15:00", None, [
        ("MR", "Kontroll-MR lever efter avslutad cytostatika för koloncancer: ny 12 mm förändring i segment IV, svårvärderad. Metastas? Rekommenderas kontroll om 8 v."),
        ("Bedömning", "Övriga lesioner oförändrade. Diskuteras på MDK innan besked."),
    ])], [M2], [],
    "Utkast: 'Metastas?' med frågetecken i MR-svaret, hypotes i synlig sektion")

add("dt-fri-gas-perforerat-ulcus-i-forsta-hand", "skane", "1972-12-31", "554", "2024-04-05T00:00:00", [
    N("n1", "sk_kir_lund", "Akutanteckning", "Emil Sjöstrand", "läkare",
      "2024-04-01T23:40:00", "2024-04-02T01:10:00", [
        ("Röntgen", "DT buk: Fri gas under diafragma och i lilla omentet, vätska perihepatiskt. Perforerat ulcus i första hand, DD perforerad divertikel."),
        ("Åtgärd", "Laparoskopi akut, anestesi och op-ssk informerade, samtycke inhämtat."),
    ], setting="akut")], [M2], [],
    "Akut DT: 'Perforerat ulcus i första hand, DD perforerad divertikel' i synlig kirurgisk anteckning")

add("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1969-03-16", "248", "2024-05-31T00:00:00", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Anna Carlsson", "läkare",
      "2024-05-20T15:00:00", "2024-05-20T16:30:00", [
        ("Aktuellt", "Nytillkommen parestesi i vä hand och gångosäkerhet."),
        ("Tidiga hypoteser", "MR cervikalrygg visar intramedullär T2-lesion C4. Möjlig myelit inom ramen för MS, DD neuromyelitis optica."),
        ("Planering", "AQP4-antikroppar och LP."),
    ])], [M2], [],
    "Skåne skyddar med mallen Tidiga hypoteser, inte med sökordet: hypotesen står under sökordet i en vanlig Läkaranteckning och syns")

add("vgr-mall-tidiga-hypoteser-med-sokord-bedomning", "vgr", "1976-08-21", "364", "2024-04-30T00:00:00", [
    N("n1", "vg_onh_su", "Tidiga hypoteser", "Magnus Eliasson", "läkare",
      "2024-04-18T10:30:00", "2024-04-18T11:00:00", [
        ("Bedömning", "UL hals: 18 mm rundad körtel nivå II hö med förlorad hilus, kan representera lymfkörtelmetastas. Misstänkt orofarynxcancer med okänd primärtumör, PET-DT och panendoskopi planeras."),
    ])], [M2], [],
    "VGR skyddar med sökordet, inte mallnamnet: mallen heter Tidiga hypoteser men sökordet är Bedömning, så hypotesen syns")

add("vgr-tidiga-hypoteser-men-rontgensvaret-inklistrat-synligt", "vgr", "1960-05-08", "219", "2024-02-29T00:00:00", [
    N("n1", "vg_med_udd", "Mottagningsanteckning", "Rebecka Nord", "läkare",
      "2024-02-19T14:00:00", "2024-02-19T15:20:00", [
        ("Röntgen", "DT thorax-buk: Multipla förstorade retroperitoneala lymfkörtlar upp till 4 cm och splenomegali 16 cm. Misstänkt lymfom."),
        ("Tidiga hypoteser", "Lymfom i första hand, ev. KLL i transformation. Pat ej informerad om malignitetsmisstanken ännu."),
        ("Planering", "Körtelbiopsi via kirurgen, remiss skickad."),
    ])], [M2], [],
    "Hypotesen är lagd under VGR-sökordet Tidiga hypoteser men samma misstanke står också i det inklistrade röntgensvaret under Röntgen")

add("mr-hjarna-differntialdiagnostiskt-abscess-typo", "skane", "1983-07-07", "406", "2024-03-20T00:00:00", [
    N("n1", "sk_neuro_lund", "Konsultationsanteckning", "Henrik Åkesson", "läkare",
      "2024-03-14T17:20:00", "2024-03-14T18:00:00", [
        ("MR", "Ringladdande 2 cm förändring hö parietalt med perifokalt ödem och diffusionsrestriktion centralt. Differntialdiagnostiskt hjärnabscess eller nekrotisk tumör."),
        ("Bedömning", "Diffusionsbilden talar mest för abscess. Neurokirurg kontaktad för stereotaktisk punktion, startar empirisk antibiotika efter blododlingar."),
    ], setting="slutenvård")], [M2], [],
    "Stavfel 'Differntialdiagnostiskt'; hjärnabscess och tumör står som hedgade diagnoser i synlig konsultanteckning")

add("dt-lungemboli-kan-ej-utesluats-typo", "vgr", "1991-01-30", "266", "2024-01-25T00:00:00", [
    N("n1", "vg_akut_sas", "Akutanteckning", "Filip Mattsson", "läkare",
      "2024-01-20T04:15:00", "2024-01-20T05:00:00", [
        ("Röntgen", "DT lungartärer: Kraftiga andningsartefakter basalt. Centrala och lobära kärl fria, subsegmentell lungemboli kan ej utesluats."),
        ("Bedömning", "Låg klinisk sannolikhet men p-piller och nylig flygresa. Ger Fragmin över natten och UL benvener i morgon bitti."),
    ], setting="akut")], [M2], [],
    "Stavfel i hedgen 'kan ej utesluats' om subsegmentell lungemboli")

add("lang-tumorortoped-mr-och-pad-talar-for-sarkom", "skane", "1977-10-13", "572", "2024-06-28T00:00:00", [
    N("n1", "sk_orto_tumor_lund", "Mottagningsanteckning", "Lena Thulin", "läkare",
      "2024-06-17T09:00:00", "2024-06-17T16:45:00", [
        ("Anamnes", "46-årig man, hantverkare. Märkte för ca 4 mån sedan en knöl på baksidan av hö lår som sakta vuxit. Inte ömmande, ingen trauma. Ingen nattlig värk, ingen viktnedgång, ingen feber. Tidigare frisk, inga läkemedel. Icke-rökare."),
        ("Status", "AT gott. Hö lår dorsalt i mellersta tredjedelen en 8 x 6 cm fast, ej öm, djup resistens som inte går att förskjuta mot underlaget. Huden ua. Distalstatus ua, ingen svullnad av underben. Ljumskar utan palpabla körtlar."),
        ("Röntgen", "MR hö lår: 9 cm heterogen mjukdelstumör under fascian i hamstringslogen, med nekrotiska partier och kontakt med n. ischiadicus utan säker inväxt. Fynden är misstänkta för mjukdelssarkom. DT thorax: två subpleurala noduli 4 mm, sannolikt ospecifika men kontroll rekommenderas."),
        ("PAD", "Mellannålsbiopsi: Spolcellig mesenkymal tumör med måttlig atypi och mitoser, talar för högmalignt sarkom, subtypning med molekylärpatologi pågår."),
        ("Bedömning", "Sannolikt högmalignt mjukdelssarkom i hö lår. Lungnoduli för små för att värdera. Fallet tas på sarkomkonferensen nästa onsdag med frågan om preoperativ strålbehandling."),
        ("Samtal", "Lång genomgång med pat och sambo. De vet att det rör sig om en elakartad tumör enligt provet men att slutligt svar och behandlingsplan kommer efter konferensen. Kontaktsjuksköterska Therese presenterad, Min vårdplan lämnad."),
    ])], [M2], [M1],
    "Lång mottagningsanteckning: 'misstänkta för mjukdelssarkom', 'talar för högmalignt sarkom', 'Sannolikt högmalignt' synligt; pat och sambo informerade")

add("ul-testikel-talar-for-seminom-informerad", "vgr", "1999-03-19", "432", "2024-03-31T00:00:00", [
    N("n1", "vg_uro_sas", "Mottagningsanteckning", "Hampus Lind", "läkare",
      "2024-03-26T13:00:00", "2024-03-26T14:10:00", [
        ("Ultraljud", "UL skrotum: 22 mm homogent hypoekogen, välavgränsad förändring i vä testikel med ökat flöde. Talar för seminom. Hö testikel ua."),
        ("Bedömning", "Testikeltumör i vä, trol. seminom. Tumörmarkörer tagna, orkiektomi planeras nästa vecka, erbjuds spermiesparande före op."),
        ("Information", "Pat har fått beskedet att det är en tumör som mycket sannolikt är elakartad men med mycket god prognos."),
    ])], [M2], [M1],
    "UL 'Talar för seminom' och 'trol. seminom' synligt; patienten har fått beskedet")

add("mammografi-birads3-trol-fibroadenom", "skane", "1995-12-02", "108", "2024-05-15T00:00:00", [
    N("n1", "sk_brost_malmo", "Mottagningsanteckning", "Jenny Holst", "läkare",
      "2024-05-07T10:20:00", "2024-05-07T11:00:00", [
        ("Röntgen", "UL vä bröst: 11 mm ovoid, välavgränsad, parallellt orienterad hypoekogen förändring kl 2. BI-RADS 3, trol. fibroadenom."),
        ("Planering", "Ny UL om 6 mån. Pat lugnad, hör av sig om den växer."),
    ])], [M2], [],
    "Även en godartad diagnos kan vara hedgad: BI-RADS 3 'trol. fibroadenom' i synlig text")

add("dt-thorax-forandring-malignitetsmisstankt-pat-tillfragad", "skane", "1944-02-29", "651", "2024-04-20T00:00:00", [
    N("n1", "sk_lung_hbg", "Telefonanteckning", "Ingrid Paulsson", "sjuksköterska",
      "2024-04-11T10:05:00", "2024-04-11T10:20:00", [
        ("Telefonkontakt", "Kontaktsjuksköterska ringer pat på uppdrag av dr Åström. DT-svaret visar en förändring i vä lunga som kan vara en tidig lungcancer, vilket pat har fått veta. Hon tar det lugnt, har anat det."),
        ("Åtgärd", "Bokad till PET-DT 18/4 och läkarbesök 24/4. Pat vet vart hon ska vända sig vid frågor."),
    ])], [M2], [M1],
    "Sjuksköterskans telefonanteckning: 'kan vara en tidig lungcancer' och patienten har fått veta; hedgat och berättat")

# ==========================================================================
# PART 2 — NL102 negatives in Melior: negated, confirmed, relative, plan,
#          normal variant / artefact, conditional, protected place
# ==========================================================================
add("dt-lungartar-inga-tecken-pa-lungemboli", "skane", "1986-05-05", "287", "2024-02-10T00:00:00", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Rami Yousef", "läkare",
      "2024-02-04T14:30:00", "2024-02-04T15:15:00", [
        ("Röntgen", "DT lungartärer: Inga tecken på lungemboli. Lungparenkym ua, ingen pleuravätska."),
        ("Bedömning", "Andfåddheten bedöms som ångestrelaterad, pat lugnad och går hem."),
    ], setting="akut")], [], [M2],
    "Negerat DT-svar ('Inga tecken på lungemboli'); bedömningen är en symtomförklaring utan hedge")

add("mr-brost-birads2-ingen-misstanke-om-malignitet", "vgr", "1972-10-28", "348", "2024-04-30T00:00:00", [
    N("n1", "vg_brost_su", "Provsvarsanteckning", "Annika Wennerholm", "läkare",
      "2024-04-19T09:45:00", "2024-04-19T10:00:00", [
        ("Röntgen", "MR bröst bilat: Ingen misstanke om malignitet. Enstaka små cystor, BI-RADS 2."),
        ("Kommentar", "Åter till ordinarie screening. Brev till pat."),
    ])], [], [M2],
    "'Ingen misstanke om malignitet' med BI-RADS 2 och godartade cystor; inget hedgat")

add("barn-ul-inget-som-talar-for-apendicit-typo", "skane", "2014-07-22", "640", "2024-05-20T00:00:00", [
    N("n1", "sk_barnakut_lund", "Akutanteckning", "Moa Ericsson", "läkare",
      "2024-05-12T18:10:00", "2024-05-12T19:40:00", [
        ("Ultraljud", "UL buk: Appendix väl avgränsbar, 5 mm, komprimerbar. Inget som talar för apendicit. Några förstorade mesenteriella körtlar."),
        ("Bedömning", "Mesenteriell lymfadenit efter nylig förkylning. Hem med Alvedon, åter vid försämring."),
    ], setting="akut")], [], [M2],
    "Barn under 13, stavfel 'apendicit': appendicit avfärdas med 'Inget som talar för'; lymfadeniten sätts utan hedge")

add("dt-hjarna-blodning-uteslutes", "vgr", "1958-02-12", "503", "2024-01-22T00:00:00", [
    N("n1", "vg_akut_kungalv", "Akutanteckning", "Karl Nyberg", "läkare",
      "2024-01-15T09:20:00", "2024-01-15T10:05:00", [
        ("Aktuellt", "Ramlat i trappan i går kväll, slog bakhuvudet. Waranbehandlad, INR 2,6."),
        ("Röntgen", "DT hjärna: Intrakraniell blödning uteslutes. Ingen fraktur. Åldersadekvat bild."),
        ("Bedömning", "Hem med skriftlig information om vad hon ska vara uppmärksam på efter skallskada."),
    ], setting="akut")], [], [M2],
    "Blödning 'uteslutes' på DT efter fall; inga hedgade diagnoser")

add("pad-invasiv-brostcancer-bekraftad-informerad", "skane", "1969-06-26", "729", "2024-03-08T00:00:00", [
    N("n1", "sk_brost_malmo", "Mottagningsanteckning", "Jenny Holst", "läkare",
      "2024-02-27T13:00:00", "2024-02-27T14:40:00", [
        ("PAD", "Mellannålsbiopsi hö bröst: Invasiv bröstcancer av ingen speciell typ (NST), histologisk grad 2. ER 95 %, PR 60 %, HER2 negativ, Ki-67 18 %."),
        ("Samtal", "Pat och hennes syster informerade om diagnosen. Sektorresektion och portvaktskörtel planeras, preliminärt 12/3."),
    ])], [], [M1, M2],
    "Bekräftad cancer enligt PAD och patienten informerad: varken hedge eller icke-kommunicerad diagnos")

add("mdk-pad-rektumcancer-bekraftad", "vgr", "1953-04-18", "166", "2024-05-10T00:00:00", [
    N("n1", "vg_kir_ostra", "Multidisciplinär konferens", "Jesper Olausson", "läkare",
      "2024-05-02T08:00:00", "2024-05-02T09:30:00", [
        ("Konferens", "Kolorektal-MDK. PAD från biopsi: Adenokarcinom i rektum. MR bäcken: cT3bN1, MRF fri, EMVI negativ. DT thorax-buk utan fjärrmetastaser."),
        ("Beslut", "Kort strålbehandling 5x5 Gy följt av TME-kirurgi. Besked till pat vid besök hos ansvarig kirurg 6/5."),
    ])], [], [M2],
    "MDK-anteckning med bekräftad rektumcancer och stadium; inga hedgar (NL101 lämnas oasserterad: besked planeras men att pat inte vet sägs inte)")

add("broder-misstankt-pankreascancer-egen-dt-ua", "skane", "1964-12-14", "215", "2024-06-30T00:00:00", [
    N("n1", "sk_gastro_malmo", "Mottagningsanteckning", "Daniel Frick", "läkare",
      "2024-06-18T10:00:00", "2024-06-18T11:15:00", [
        ("Anamnes", "Remitterad för oro. Hennes bror utreds just nu för misstänkt pankreascancer och hon har själv diffus övre buksmärta sedan en månad."),
        ("Röntgen", "DT buk med pankreasprotokoll: Pankreas normalstort med normal kontrastuppladdning. Inga fokala förändringar. Gallvägar ej vidgade."),
        ("Bedömning", "Normala fynd. Buksmärtan bedöms som funktionell dyspepsi, PPI-försök 4 v."),
    ])], [], [M2],
    "Den hedgade cancern gäller brodern; patientens egen DT är normal")

add("leverhemangiom-bekraftat-ev-kompletterande-mr-plan", "vgr", "1980-07-01", "322", "2024-02-25T00:00:00", [
    N("n1", "vg_hep_su", "Provsvarsanteckning", "Fredrik Ahlgren", "läkare",
      "2024-02-16T14:30:00", "2024-02-16T14:45:00", [
        ("Röntgen", "DT lever trefas: 2 cm förändring i segment VI med perifer nodulär uppladdning och centripetal utfyllnad, typiskt hemangiom. Enkel levercysta 8 mm i segment II."),
        ("Kommentar", "Ev. kompletterande MR om pat får nya besvär. Ingen uppföljning behövs för övrigt, rekommenderas ingen ytterligare åtgärd enligt radiolog."),
    ])], [], [M2],
    "Hemangiomet och cystan är fastställda ('typiskt'); bara planen är hedgad ('Ev. kompletterande MR')")

add("dt-fettinfiltration-sannolikt-normalvariant", "skane", "1993-03-11", "450", "2024-04-15T00:00:00", [
    N("n1", "sk_med_landskrona", "Läkaranteckning", "Sebastian Kron", "läkare",
      "2024-04-08T15:00:00", "2024-04-08T15:20:00", [
        ("Röntgen", "DT buk: Fokalt fettsparat område intill gallblåsebädden, sannolikt normalvariant. Inga leverförändringar i övrigt, mjälte och njurar ua."),
        ("Bedömning", "Inget som förklarar de diffusa buksmärtorna. Åter till VC för fortsatt handläggning."),
    ])], [], [M2],
    "Det hedgade ('sannolikt normalvariant') är en normal variant, ingen sjukdom")

add("mr-trolig-flodesartefakt-ingen-sinustrombos", "vgr", "1997-08-17", "401", "2024-03-08T00:00:00", [
    N("n1", "vg_neuroakut_su", "Konsultationsanteckning", "Julia Hedman", "läkare",
      "2024-03-02T12:00:00", "2024-03-02T12:40:00", [
        ("MR", "MR hjärna med venografi: Låg signal i sinus transversus vä, trolig flödesartefakt. Ingen sinustrombos."),
        ("Bedömning", "Huvudvärken bedöms som migrän utan aura, pat har haft liknande anfall tidigare. Triptan utskrivet."),
    ], setting="slutenvård")], [], [M2],
    "'trolig flödesartefakt' är en hedge om en artefakt; sinustrombos är uttryckligen negerad")

add("pet-dt-misstanken-om-lungcancer-avskrivs", "skane", "1955-09-01", "384", "2024-04-30T00:00:00", [
    N("n1", "sk_lung_hbg", "Mottagningsanteckning", "Ola Åström", "läkare",
      "2024-04-24T13:30:00", "2024-04-24T14:20:00", [
        ("Röntgen", "PET-DT: Förändringen i vä ovanlob har minskat från 14 till 6 mm sedan förra DT och saknar FDG-upptag."),
        ("Bedömning", "Misstanken om lungcancer avskrivs, förändringen var inflammatorisk. Pat avförs från SVF och får ett brev med beskedet."),
    ])], [], [M2],
    "'Misstanken om lungcancer avskrivs': ordet misstanke finns men diagnosen är avfärdad")

add("rtg-fotled-fraktur-kan-uteslutas", "vgr", "2000-12-24", "318", "2024-05-20T00:00:00", [
    N("n1", "vg_akut_sas", "Akutanteckning", "Emma Kjellin", "läkare",
      "2024-05-14T21:00:00", "2024-05-14T21:25:00", [
        ("Röntgen", "Rtg vä fotled: Fraktur kan uteslutas. Mjukdelssvullnad lateralt."),
        ("Bedömning", "Distorsion av laterala ligamentet. Linda, högläge, belasta efter förmåga."),
    ], setting="akut")], [], [M2],
    "Hård negativ: 'Fraktur kan uteslutas' liknar 'kan ej uteslutas' men är en negation; distorsionen är fastställd")

add("tidigare-njurcancer-dt-inga-tecken-pa-recidiv", "skane", "1946-05-13", "462", "2024-02-20T00:00:00", [
    N("n1", "sk_uro_hbg", "Mottagningsanteckning", "Rasmus Jeppsson", "läkare",
      "2024-02-13T09:00:00", "2024-02-13T09:30:00", [
        ("Anamnes", "Nefrektomerad vä 2018 för klarcellig njurcancer pT1b. Årlig kontroll."),
        ("Röntgen", "DT thorax-buk: Inga tecken på lokalrecidiv eller metastaser. Kvarvarande hö njure ua."),
        ("Bedömning", "Sista kontrollen enligt programmet, avslutas här."),
    ])], [], [M2],
    "Tidigare bekräftad njurcancer och negerat recidiv; inget hedgat")

add("pad-svar-vantas-troligen-nasta-vecka", "vgr", "1971-01-09", "274", "2024-06-20T00:00:00", [
    N("n1", "vg_hud_sks", "Sjuksköterskeanteckning", "Therese Alm", "sjuksköterska",
      "2024-06-11T10:00:00", "2024-06-11T10:10:00", [
        ("Åtgärd", "Stansbiopsi från ryggen skickad till patologen Skövde. Suturtagning om 12 dagar på VC."),
        ("Information", "Svaret kommer troligen nästa vecka, pat ringer själv om hon inte hört något."),
    ])], [], [M2],
    "Bara tidpunkten för svaret är hedgad ('troligen nästa vecka'); ingen diagnos nämns")

add("dt-buk-inga-tecken-pa-malignitat-typo", "skane", "1959-08-05", "197", "2024-03-20T00:00:00", [
    N("n1", "sk_med_trelleborg", "Läkaranteckning", "Göran Ahlström", "läkare",
      "2024-03-13T14:00:00", "2024-03-13T14:30:00", [
        ("Röntgen", "DT thorax-buk pga viktnedgång: Inga tecken på malignitat. Gallstenar utan tecken till kolecystit."),
        ("Bedömning", "Viktnedgången förklaras troligen av nedsatt aptit efter makens död. Kontakt med kurator erbjuds."),
    ])], [], [M2],
    "Stavfel 'malignitat' i en negation; 'troligen' gäller orsaken till ett symtom, inte en diagnos")

add("ul-kan-representera-karl-i-tvarsnitt", "vgr", "1989-05-16", "235", "2024-02-15T00:00:00", [
    N("n1", "vg_med_udd", "Provsvarsanteckning", "Rebecka Nord", "läkare",
      "2024-02-08T11:00:00", "2024-02-08T11:10:00", [
        ("Ultraljud", "UL buk: Liten rund struktur intill pankreashuvudet, kan representera ett kärl i tvärsnitt. I övrigt normala förhållanden."),
        ("Kommentar", "Ingen åtgärd. Pat meddelas normalt svar via 1177."),
    ])], [], [M2],
    "'kan representera ett kärl i tvärsnitt' är radiologjargong om normal anatomi, ingen diagnos")

add("njursten-bekraftad-om-feber-sok-igen", "vgr", "1984-04-02", "420", "2024-04-10T00:00:00", [
    N("n1", "vg_akut_kungalv", "Akutanteckning", "Karl Nyberg", "läkare",
      "2024-04-05T11:30:00", "2024-04-05T12:10:00", [
        ("Röntgen", "DT urinvägar: 4 mm konkrement i hö distala uretär med lätt hydronefros."),
        ("Bedömning", "Hö uretärsten som har god chans att avgå spontant. Voltaren och silning av urinen."),
        ("Råd", "Om feber eller frossa tillstöter ska han söka igen direkt, det kan då behövas avlastning."),
    ], setting="akut")], [], [M2],
    "Bekräftad uretärsten och ett villkorat råd ('Om feber ... söka igen'); inget hedgat om diagnos")

add("kolecystektomi-trolig-utskrivning-i-morgon", "skane", "1975-02-03", "613", "2024-05-10T00:00:00", [
    N("n1", "sk_kir_ystad", "Daganteckning", "Louise Bengtsson", "läkare",
      "2024-05-06T09:00:00", "2024-05-06T09:10:00", [
        ("Aktuellt", "Dag 1 efter laparoskopisk kolecystektomi för akut kolecystit. PAD från gallblåsan: akut och kronisk kolecystit, ingen malignitet."),
        ("Planering", "Mår bra, äter. Trolig utskrivning i morgon förmiddag."),
    ], setting="slutenvård")], [], [M2],
    "Bekräftad kolecystit enligt PAD; det enda hedgade är utskrivningen")

add("postoperativa-forandringar-ingen-recidivmisstanke", "skane", "1960-10-20", "259", "2024-06-10T00:00:00", [
    N("n1", "sk_onh_lund", "Mottagningsanteckning", "Karin Lövgren", "läkare",
      "2024-06-03T10:00:00", "2024-06-03T10:40:00", [
        ("Röntgen", "MR hals, 2 år efter op och strålbehandling av tonsillcancer: Asymmetri i hö tonsillloge som bäst förklaras av postoperativa förändringar efter tonsillektomin. Ingen recidivmisstanke."),
        ("Bedömning", "Fortsatt uppföljning enl vårdprogram, nästa besök om 6 mån."),
    ])], [], [M2],
    "Det som 'bäst förklaras av' är postoperativa förändringar; recidiv uttryckligen negerat; tonsillcancern är tidigare bekräftad")

add("pat-orolig-for-cancer-dt-utan-malignitetsmisstanke", "vgr", "1974-09-06", "345", "2024-01-31T00:00:00", [
    N("n1", "vg_med_udd", "Telefonanteckning", "Peter Sandberg", "läkare",
      "2024-01-24T15:40:00", "2024-01-24T15:50:00", [
        ("Telefonkontakt", "Pat ringer, är orolig att hostan beror på cancer eftersom pappa dog av det. Går igenom DT thorax från förra veckan med honom: ingen förändring som inger malignitetsmisstanke, lätt bronkväggsförtjockning."),
        ("Bedömning", "Lugnad. Hostan efter luftvägsinfektion, avvakta."),
    ])], [], [M2],
    "Patientens egen oro och pappans cancer; DT utan malignitetsmisstanke")

add("dt-inget-som-talar-fo-metastas-typo", "skane", "1952-05-27", "506", "2024-05-31T00:00:00", [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Petra Lindström", "läkare",
      "2024-05-24T08:30:00", "2024-05-24T09:00:00", [
        ("Röntgen", "DT thorax-buk, 1-årskontroll efter behandlad endometriecancer: Inget som talar fö metastas eller recidiv."),
        ("Planering", "Nästa kontroll om 6 mån på gynonkologen."),
    ])], [], [M2],
    "Stavfel 'fö' i negationen 'Inget som talar för metastas'")

add("mr-normal-ms-misstanken-kvarstar-inte", "vgr", "1990-11-22", "227", "2024-06-10T00:00:00", [
    N("n1", "vg_neuro_su", "Mottagningsanteckning", "Oscar Jansson", "läkare",
      "2024-06-03T13:00:00", "2024-06-03T13:45:00", [
        ("MR", "MR hjärna och halsrygg: Normala fynd, inga demyeliniserande lesioner."),
        ("Bedömning", "MS-misstanken från remissen kvarstår inte. Parestesierna bedöms som benigna, troligen i samband med stress. Avslutas på neurologen."),
    ])], [], [M2],
    "'MS-misstanken ... kvarstår inte' är negerad; 'troligen' gäller ett symtoms bakgrund")

add("fibroadenom-enligt-tidigare-biopsi-ev-ny-biopsi", "vgr", "1992-02-07", "288", "2024-05-05T00:00:00", [
    N("n1", "vg_brost_su", "Mottagningsanteckning", "Lisa Öberg", "läkare",
      "2024-04-26T10:00:00", "2024-04-26T10:30:00", [
        ("Röntgen", "UL hö bröst: Fibroadenomet kl 7 är oförändrat 14 mm jämfört med 2022."),
        ("Bedömning", "Fibroadenom verifierat med biopsi 2022. Ev. ny biopsi eller excision om det växer, annars ingen kontroll."),
    ])], [], [M2],
    "Verifierat fibroadenom; 'Ev. ny biopsi' är en hedgad plan")

add("dd-lungemboli-och-pneumoni-avskrivna-efter-dt", "vgr", "1979-10-31", "256", "2024-02-12T00:00:00", [
    N("n1", "vg_lung_sas", "Läkaranteckning", "Marie Svensson", "läkare",
      "2024-02-06T16:00:00", "2024-02-06T16:30:00", [
        ("Röntgen", "DT thorax med kontrast: Inga emboli, inga infiltrat, normal hjärtstorlek."),
        ("Bedömning", "De differentialdiagnoser som diskuterades på akuten, lungemboli och pneumoni, är avskrivna efter DT. Astmaexacerbation, ökar Symbicort."),
    ])], [], [M2],
    "Hård negativ: ordet 'differentialdiagnoser' finns men bägge är avskrivna; astman är fastställd")

add("dt-binjure-typiskt-lipidrikt-adenom", "skane", "1963-01-18", "602", "2024-04-30T00:00:00", [
    N("n1", "sk_endo_malmo", "Provsvarsanteckning", "Amir Rahimi", "läkare",
      "2024-04-22T13:10:00", "2024-04-22T13:20:00", [
        ("Röntgen", "DT binjurar: 18 mm homogen förändring i hö binjure, 4 HU nativt. Typiskt lipidrikt adenom, ingen ytterligare radiologisk uppföljning rekommenderas."),
        ("Kommentar", "Dexametasonhämningstest normalt. Avslutas."),
    ])], [], [M2],
    "Radiologen fastställer ett typiskt binjureadenom; rekommendationen gäller uppföljning, inget hedgat")

# ---- protected places ------------------------------------------------------
add("skane-mall-tidiga-hypoteser-myelom-ej-informerad", "skane", "1950-06-19", "138", "2024-02-28T00:00:00", [
    N("n1", "sk_hemat_lund", "Tidiga hypoteser", "Sofia Lindberg", "läkare",
      "2024-02-20T16:00:00", "2024-02-20T16:20:00", [
        ("Röntgen", "Lågdos helkropps-DT: multipla små osteolyser i kalvariet och bäckenet, myelom kan inte uteslutas."),
        ("Bedömning", "M-komponent IgG 18 g/L. Benmärgsprov bokat. Pat ej informerad om myelommisstanken, bedöms för tidigt innan benmärgssvaret."),
    ])], [], [M1, M2],
    "Skåne: hela anteckningen ligger i mallen Tidiga hypoteser, så både hypotesen och att pat inte vet är dolda")

add("skane-mall-tidiga-hypoteser-frontotemporal-demens", "skane", "1958-04-24", "291", "2024-05-20T00:00:00", [
    N("n1", "sk_minne_malmo", "Tidiga hypoteser", "Birgitta Hallberg", "läkare",
      "2024-05-13T11:00:00", "2024-05-13T11:10:00", [
        ("MR", "MR hjärna: Asymmetrisk frontal och anterior temporal atrofi, betonad vä. Kan passa med frontotemporal demens, beteendevariant."),
    ])], [], [M2],
    "Skåne, mallen Tidiga hypoteser: 'Kan passa med frontotemporal demens' är skyddad")

add("skane-synlig-not-ej-informerad-hypotes-i-separat-th-mall", "skane", "1971-07-09", "524", "2024-03-31T00:00:00", [
    N("n1", "sk_neuro_lund", "Läkaranteckning", "Henrik Åkesson", "läkare",
      "2024-03-25T14:00:00", "2024-03-25T14:40:00", [
        ("Aktuellt", "Återbesök efter MR. Pat upplever oförändrad ostadighet."),
        ("Planering", "MR-fyndet diskuteras på neuroradiologisk rond på fredag. Pat ej informerad om MR-fyndet ännu, besked efter ronden."),
    ]),
    N("n2", "sk_neuro_lund", "Tidiga hypoteser", "Henrik Åkesson", "läkare",
      "2024-03-25T14:45:00", "2024-03-25T14:50:00", [
        ("Bedömning", "MR: cerebellär atrofi och 'hot cross bun'-tecken i pons, misstänkt multipel systematrofi (MSA-C)."),
    ])], [], [M1, M2, ("NL102", "n2")],
    "Skåne: den synliga anteckningen säger att pat inte vet men innehåller ingen diagnos; hypotesen ligger i en egen Tidiga hypoteser-mall")

add("vgr-sokord-tidiga-hypoteser-ipmn-synligt-bara-fynd", "vgr", "1957-03-08", "247", "2024-06-15T00:00:00", [
    N("n1", "vg_gastro_sks", "Mottagningsanteckning", "Anders Ljung", "läkare",
      "2024-06-04T10:30:00", "2024-06-04T11:30:00", [
        ("Röntgen", "MR pankreas: 14 mm cystisk förändring i pankreaskroppen med kommunikation till pankreasgången. Rekommenderas kompletterande endoskopiskt ultraljud."),
        ("Tidiga hypoteser", "Misstänkt IPMN med högriskdrag, malign omvandling kan inte uteslutas. Avvaktar EUS innan detta tas upp med pat, hon är ej informerad om misstanken."),
        ("Planering", "EUS med cystvätskeanalys bokas."),
    ])], [], [M1, M2],
    "VGR: hypotesen och att pat inte vet står bara under sökordet Tidiga hypoteser; synlig text har bara fyndbeskrivning och plan")

add("vgr-sokord-tidiga-hypoteser-ensamt-pad-signetring", "vgr", "1966-10-03", "152", "2024-04-12T00:00:00", [
    N("n1", "vg_gastro_sks", "Provsvarsanteckning", "Anders Ljung", "läkare",
      "2024-04-05T15:00:00", None, [
        ("Tidiga hypoteser", "PAD ventrikelbiopsier: Enstaka atypiska celler, signetringscellscancer kan inte uteslutas. Ny gastroskopi med fler biopsier. Pat ej informerad."),
    ])], [], [M1, M2],
    "VGR: enda sektionen har sökordet Tidiga hypoteser; hypotesen och att pat inte vet är skyddade")

add("vgr-synligt-ej-informerad-om-fyndet-diagnos-bara-i-th", "vgr", "1948-12-27", "361", "2024-05-31T00:00:00", [
    N("n1", "vg_neuro_su", "Mottagningsanteckning", "Oscar Jansson", "läkare",
      "2024-05-21T09:30:00", "2024-05-21T10:30:00", [
        ("Status", "Lätt dysartri, fascikulationer i tungan och bilat i överarmarna. Reflexer livliga."),
        ("Tidiga hypoteser", "Fynd och EMG inger misstanke om motorneuronsjukdom, ALS. Behöver kompletteras innan något sägs."),
        ("Bedömning", "Kompletterande undersökningar behövs. Pat ej informerad om fyndet ännu, återbesök med anhörig om 2 v."),
    ])], [], [M1, M2],
    "Hård negativ: synlig text säger att pat inte vet 'om fyndet', men diagnosen (ALS) står bara under VGR-sökordet Tidiga hypoteser")

# ---- PMO (Skåne primary care): diagnoses never shown -------------------------
add("pmo-vc-rtg-lungor-talar-for-pneumoni", "skane", "1943-09-12", "284", "2024-02-20T00:00:00", [
    N("n1", "pmo_vc_lindeborg", "Besöksanteckning", "Eva Magnusson", "läkare",
      "2024-02-13T14:00:00", "2024-02-13T14:30:00", [
        ("Röntgen", "Rtg lungor: Förtätning i vä underlob, talar för pneumoni."),
        ("Åtgärd", "Doxycyklin 10 dagar. Ny kontakt om ej bättre inom 3 dygn."),
    ])], [], [M2],
    "PMO visar aldrig diagnoser: 'talar för pneumoni' på vårdcentral är must_not NL102")

add("pmo-hemsjukvard-misstankt-dvt-ssk", "skane", "1932-01-15", "622", "2024-03-10T00:00:00", [
    N("n1", "pmo_hsv_kavlinge", "Hemsjukvårdsanteckning", "Ulla Rosén", "sjuksköterska",
      "2024-03-04T09:45:00", "2024-03-04T10:00:00", [
        ("Status", "Vä underben svullet och varmt sedan 2 dagar, vadomfång 4 cm större än hö."),
        ("Bedömning", "Misstänkt DVT. Ringt jourläkare på VC som ordinerar transport till akuten för UL."),
    ])], [], [M2],
    "Hemsjukvård i PMO: 'Misstänkt DVT' visas inte som diagnos")

add("pmo-vc-mr-kna-trolig-meniskskada", "skane", "1979-05-21", "196", "2024-04-30T00:00:00", [
    N("n1", "pmo_vc_sjobo", "Telefonkontakt", "Petter Olsson", "läkare",
      "2024-04-24T12:15:00", "2024-04-24T12:25:00", [
        ("Provsvar", "MR vä knä: trolig degenerativ meniskskada i mediala bakhornet, lätt artros."),
        ("Telefonkontakt", "Pat informerad om svaret, fortsätter med sjukgymnastik. Ingen remiss till ortoped i nuläget."),
    ])], [], [M2],
    "PMO-telefonanteckning med 'trolig ... meniskskada': PMO visar inga diagnoser")

add("pmo-bvc-misstanke-hoftledsdysplasi", "skane", "2024-01-08", "404", "2024-03-29T00:00:00", [
    N("n1", "pmo_bvc_hoor", "BVC-anteckning", "Camilla Nord", "sjuksköterska",
      "2024-03-18T10:00:00", "2024-03-18T10:30:00", [
        ("Undersökning", "Läkarundersökning 2 mån: asymmetriska lårveck och begränsad abduktion i hö höft."),
        ("Provsvar", "UL höfter: Hö höft Graf IIb, misstanke om höftledsdysplasi."),
        ("Åtgärd", "Remiss till barnortoped. Föräldrarna informerade."),
    ])], [], [M2],
    "BVC i PMO, barn under 13: 'misstanke om höftledsdysplasi' visas inte som diagnos")

add("pmo-umo-ul-sannolikt-corpus-luteum-cysta", "skane", "2007-02-14", "268", "2024-05-15T00:00:00", [
    N("n1", "pmo_umo_lund", "Besöksanteckning", "Maja Ringdahl", "barnmorska",
      "2024-05-07T15:30:00", "2024-05-07T16:00:00", [
        ("Aktuellt", "17-åring med ensidig smärta i vä nedre buk sedan mens för 2 v sedan."),
        ("Provsvar", "Vaginalt UL av ungdomsmottagningens läkare: 3,5 cm cysta med tjock vägg och ringformigt flöde i vä ovarium, sannolikt corpus luteum-cysta."),
        ("Planering", "Ny kontroll efter nästa mens. Hon vet att söka akut vid plötslig kraftig smärta."),
    ])], [], [M2],
    "Ungdomsmottagning (17 år) i PMO: 'sannolikt corpus luteum-cysta' är aldrig synlig diagnos")

add("pmo-vc-pad-kan-representera-basalcelscancer-typo", "skane", "1947-10-06", "151", "2024-02-15T00:00:00", [
    N("n1", "pmo_vc_tornet", "Provsvar", "Leif Borg", "läkare",
      "2024-02-08T11:30:00", None, [
        ("PAD", "Stansbiopsi från näsvingen hö: ytligt material med basaloida celler, kan representera basalcelscancer. Ny djupare biopsi föreslås."),
    ])], [], [M2],
    "PMO med stavfelet 'basalcelscancer': hedgad diagnos i PMO är must_not NL102")

add("pmo-vc-ul-trolig-kolecystit-pat-ej-informerad", "skane", "1986-03-31", "212", "2024-01-31T00:00:00", [
    N("n1", "pmo_vc_eslov", "Journalanteckning", "Sara Wahlström", "läkare",
      "2024-01-25T16:40:00", "2024-01-25T16:50:00", [
        ("Provsvar", "UL buk: multipla gallstenar, väggförtjockad gallblåsa, trolig kronisk kolecystit."),
        ("Bedömning", "Pat ej informerad om svaret ännu, ringer i morgon och skriver remiss till kirurgen."),
    ])], [], [M2],
    "PMO: hedgad kolecystit och att pat inte vet; NL101 asserteras inte på PMO, NL102 är must_not")

add("lang-pmo-vc-dt-thorax-kan-ej-skiljas-fran-malignitet", "skane", "1954-11-02", "407", "2024-04-20T00:00:00", [
    N("n1", "pmo_vc_osby", "Besöksanteckning", "Gunnar Persson", "läkare",
      "2024-04-09T09:00:00", "2024-04-09T10:15:00", [
        ("Anamnes", "69-årig man, rökt 1 paket/dag i 45 år, slutade i höstas. Hosta sedan ca 3 mån, senaste veckorna lite blod i slemmet vid två tillfällen. Viktnedgång 4 kg på 2 mån utan att han försökt. Ingen feber, ingen nattsvett. KOL GOLD 2, står på Spiolto."),
        ("Status", "AT: opåverkad, något tunn. Cor: RR, inga blåsljud. Pulm: förlängt exspirium bilat, inga rassel. Inga palpabla lymfkörtlar supraklavikulärt. Buk mjuk, ingen palpabel lever. Sat 95 %."),
        ("Provsvar", "DT thorax (beställd efter rtg pulm 21/3): 3 cm oregelbunden förändring i hö underlob med pleural indragning, kan ej skiljas från malignitet. Emfysem. Inga förstorade körtlar i mediastinum. Hb 128, CRP 12, ALP ua, kalcium ua."),
        ("Bedömning", "Uppfyller kriterier för välgrundad misstanke om lungcancer. Remiss skickad enligt SVF till lungmottagningen Kristianstad, pat har fått information om vad utredningen innebär och om kontaktsjuksköterskan där."),
        ("Åtgärd", "Sjukskrivning ej aktuell, pensionär. Hustrun med vid besöket och hon fick också svar på sina frågor. Ny tid hos mig om 4 v för att följa upp hur det gått."),
    ])], [], [M2],
    "Lång PMO-besöksanteckning med 'kan ej skiljas från malignitet' och 'välgrundad misstanke om lungcancer': PMO visar aldrig diagnoser")

# ==========================================================================
# PART 3 — NL101: diagnosis visible while the patient has not been told
# ==========================================================================
add("pad-tonsillcancer-pat-ej-informerad", "skane", "1961-01-21", "375", "2024-02-29T00:00:00", [
    N("n1", "sk_onh_malmo", "Provsvarsanteckning", "Fredrik Wiberg", "läkare",
      "2024-02-21T13:40:00", "2024-02-21T13:55:00", [
        ("PAD", "Biopsi vä tonsill: Skivepitelcancer, p16-positiv."),
        ("Kommentar", "Pat ej informerad om PAD-svaret, besked ges av mig på inbokat återbesök fredag 23/2. Anmäld till huvud-hals-MDK."),
    ])], [M1], [M2],
    "Fastställd tonsillcancer under sökord PAD och 'Pat ej informerad om PAD-svaret' i synlig text")

add("mr-prostata-pirads5-har-annu-inte-fatt-besked", "vgr", "1955-05-05", "293", "2024-05-15T00:00:00", [
    N("n1", "vg_uro_su", "Läkaranteckning", "Gustav Ek", "läkare",
      "2024-05-08T16:20:00", "2024-05-08T16:35:00", [
        ("Röntgen", "MR prostata: 19 mm lesion i transitionszonen anteriort, PI-RADS 5, talar starkt för kliniskt signifikant prostatacancer. Misstänkt kapselgenombrott."),
        ("Planering", "Pat har ännu inte fått besked om MR-svaret, ringer honom i morgon och bokar biopsi."),
    ])], [M1, M2], [],
    "PI-RADS 5 'talar starkt för prostatacancer' synligt och 'har ännu inte fått besked': både hedge och icke-kommunicerad diagnos")

add("mr-glioblastom-i-forta-hand-typo-informeras-inte-forran-anhoriga", "skane", "1956-08-28", "138", "2024-03-10T00:00:00", [
    N("n1", "sk_neurokir_lund", "Daganteckning", "Cecilia Håkansson", "läkare",
      "2024-03-04T12:10:00", "2024-03-04T12:50:00", [
        ("MR", "MR hjärna m kontrast: 5 cm ringladdande process hö temporalt med central nekros och uttalat ödem, glioblastom i förta hand, DD metastas."),
        ("Bedömning", "Betapred 8 mg x2 insatt. Pat är förvirrad och ska inte informeras om fyndet förrän hustrun är på plats i eftermiddag."),
    ], setting="slutenvård")], [M1, M2], [],
    "Stavfel 'i förta hand': 'glioblastom i förta hand, DD metastas' synligt och pat 'ska inte informeras ... förrän' hustrun kommit")

add("dt-multipla-levermetastaser-pat-ej-underrattad", "vgr", "1946-06-16", "420", "2024-04-15T00:00:00", [
    N("n1", "vg_kir_udd", "Läkaranteckning", "Petra Holm", "läkare",
      "2024-04-09T15:30:00", "2024-04-09T15:50:00", [
        ("Röntgen", "DT thorax-buk: Multipla levermetastaser i bägge loberna, största 4 cm. Primärtumör i colon descendens."),
        ("Kommentar", "Pat ej underrättad ännu. Tid med dotter som tolk bokas i morgon för beskedsamtal."),
    ])], [M1], [M2],
    "Ohedgade levermetastaser från DT i synlig text och 'Pat ej underrättad ännu'")

add("cytologi-pleuravatska-adenokarcinom-har-inte-meddelat", "skane", "1941-12-10", "567", "2024-01-31T00:00:00", [
    N("n1", "sk_lung_hbg", "Daganteckning", "Ola Åström", "läkare",
      "2024-01-23T14:00:00", "2024-01-23T14:20:00", [
        ("Provsvar", "Cytologi pleuravätska hö: Maligna celler, immunprofil som vid adenokarcinom av lungursprung."),
        ("Bedömning", "Pleuracarcinos. Har inte meddelat pat svaret ännu då hon sov vid ronden, tas i morgon med sonen närvarande."),
    ], setting="slutenvård")], [M1], [],
    "Pleuracarcinos fastställd i daganteckning och läkaren har inte meddelat patienten ännu (NL102 oasserterad: 'som vid' står i cytologins immunprofil)")

add("flodescytometri-forenlg-med-kll-typo-ej-informerad", "vgr", "1952-10-17", "288", "2024-02-29T00:00:00", [
    N("n1", "vg_hemat_su", "Provsvarsanteckning", "Maja Lindeberg", "läkare",
      "2024-02-22T10:50:00", "2024-02-22T11:00:00", [
        ("Provsvar", "Flödescytometri perifert blod: Monoklonal B-cellspopulation CD5+/CD23+, förenlg med KLL. LPK 28, Hb 131, TPK 190."),
        ("Kommentar", "Pat ej informerad om resultatet, nybesök med besked 29/2."),
    ])], [M1, M2], [],
    "Stavfel 'förenlg med KLL' i provsvarsanteckning och patienten ej informerad")

add("kon-pad-skivepitelcancer-besked-pa-torsdag-utkast", "skane", "1989-06-02", "489", "2024-03-15T00:00:00", [
    N("n1", "sk_gyn_lund", "Provsvarsanteckning", "Josefin Ek", "läkare",
      "2024-03-11T08:15:00", None, [
        ("PAD", "Konisering: Skivepitelcancer, invasionsdjup 2 mm, horisontell utbredning 5 mm, stadium IA1. Fria resektionskanter."),
        ("Information", "Pat har inte fått veta svaret ännu. Läkare och kontaktsjuksköterska ger besked på torsdag, hon är kallad."),
    ])], [M1], [M2],
    "Osignerat utkast: bekräftad cervixcancer under PAD och 'Pat har inte fått veta svaret ännu'")

add("pad-melanom-pat-ej-infomerad-typo", "skane", "1973-11-08", "264", "2024-05-20T00:00:00", [
    N("n1", "sk_hud_lund", "Telefonanteckning", "Maria Nyström", "läkare",
      "2024-05-13T11:20:00", "2024-05-13T11:25:00", [
        ("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 1,8 mm, ulceration saknas."),
        ("Telefonkontakt", "Sökt pat två gånger utan svar. Pat ej infomerad, nytt försök i eftermiddag annars brev med tid."),
    ])], [M1], [M2],
    "Stavfel 'infomerad': melanom med Breslow i synligt PAD och pat inte nådd/informerad")

add("ul-misstankt-levercirros-pat-vet-inget", "vgr", "1968-03-26", "173", "2024-03-25T00:00:00", [
    N("n1", "vg_med_lidk", "Mottagningsanteckning", "Björn Axelsson", "läkare",
      "2024-03-18T10:00:00", "2024-03-18T10:50:00", [
        ("Ultraljud", "UL lever: Nodulär leverkontur, förstorad lobus caudatus och splenomegali 15 cm. Misstänkt levercirros."),
        ("Bedömning", "Fibroscan 28 kPa. Pat vet ännu inget om cirrosmisstanken, vill ta det när provsvaren på hepatitserologi finns."),
    ])], [M1, M2], [],
    "'Misstänkt levercirros' synligt och 'Pat vet ännu inget om cirrosmisstanken'")

add("akut-dt-incidentellt-bukaortaaneurysm-ej-informerad", "skane", "1947-04-30", "139", "2024-04-20T00:00:00", [
    N("n1", "sk_akut_malmo", "Akutanteckning", "Rami Yousef", "läkare",
      "2024-04-14T06:00:00", "2024-04-14T07:10:00", [
        ("Röntgen", "DT buk pga misstänkt njursten: Konkrementet har passerat. Bifynd: infrarenalt bukaortaaneurysm 5,8 cm utan tecken på läckage."),
        ("Bedömning", "Pat ej informerad om aneurysmet, kärlkirurgjouren kontaktas först för att kunna ge besked om fortsatt handläggning."),
    ], setting="akut")], [M1], [],
    "Incidentellt bukaortaaneurysm i synlig text, pat ej informerad om det (njurstenen är bara nämnd som passerad)")

add("patologisk-fraktur-sannolikt-metastas-ej-informerat", "vgr", "1950-09-09", "306", "2024-06-05T00:00:00", [
    N("n1", "vg_orto_sks", "Daganteckning", "Lars-Olof Björk", "läkare",
      "2024-05-29T13:00:00", "2024-05-29T13:30:00", [
        ("Röntgen", "Rtg vä humerus: Tvärfraktur genom en osteolytisk förändring i diafysen, patologisk fraktur, sannolikt metastas av okänd primärtumör."),
        ("Bedömning", "Märgspik planeras. Har ej informerat pat om malignitetsmisstanken, tas när DT thorax-buk är klar."),
    ], setting="slutenvård")], [M1, M2], [],
    "'sannolikt metastas' synligt och 'Har ej informerat pat om malignitetsmisstanken'")

add("cytologi-bethesda-vi-besked-vid-besoket", "skane", "1980-02-19", "305", "2024-03-14T00:00:00", [
    N("n1", "sk_endo_malmo", "Provsvarsanteckning", "Amir Rahimi", "läkare",
      "2024-03-06T09:10:00", "2024-03-06T09:20:00", [
        ("Cytologi", "FNA thyreoidea hö lob: Bethesda VI. Papillär thyreoideacancer."),
        ("Planering", "Besked ges vid besöket 14/3, pat har ännu inte fått veta. Remiss till endokrinkirurgen skrivs efter beskedet."),
    ])], [M1], [M2],
    "Bethesda VI, papillär thyreoideacancer under sökord Cytologi och 'pat har ännu inte fått veta'")

add("pad-celiaki-inte-hunnit-meddela", "vgr", "1996-07-27", "162", "2024-04-26T00:00:00", [
    N("n1", "vg_gastro_sks", "Provsvarsanteckning", "Anders Ljung", "läkare",
      "2024-04-19T14:45:00", None, [
        ("PAD", "Duodenalbiopsier: Totalvillös atrofi, kraftig intraepitelial lymfocytos, Marsh 3c. Celiaki."),
        ("Kommentar", "Har inte hunnit meddela pat, ringer på måndag och skickar samtidigt remiss till dietist."),
    ])], [M1], [M2],
    "Icke-malign men fastställd diagnos (celiaki) i synligt PAD, läkaren har inte hunnit meddela patienten")

add("ul-missed-abortion-barnmorska-avvaktar-lakare", "vgr", "1993-08-12", "446", "2024-02-10T00:00:00", [
    N("n1", "vg_kk_nal", "Mottagningsanteckning", "Sofie Ahlberg", "barnmorska",
      "2024-02-05T10:30:00", "2024-02-05T10:45:00", [
        ("Ultraljud", "Vaginalt UL gv 10+2 enl SM: Fosteranlag med CRL 12 mm, ingen hjärtaktivitet. Missed abortion."),
        ("Åtgärd", "Pat ej informerad, läkare tillkallad för att ge besked och diskutera handläggning."),
    ])], [M1], [M2],
    "Fastställd missed abortion i barnmorskans synliga anteckning medan pat ännu inte informerats")

add("mdk-progress-lungmetastaser-ej-informerad-sedan-besked", "vgr", "1958-12-05", "253", "2024-04-30T00:00:00", [
    N("n1", "vg_onk_sas", "Multidisciplinär konferens", "Christina Falk", "läkare",
      "2024-04-17T08:00:00", "2024-04-17T09:00:00", [
        ("Konferens", "DT thorax-buk visar progress med fem nya lungmetastaser under pågående FOLFOX."),
        ("Beslut", "Byte till andra linjens behandling. Pat ej informerad om progressen, besked i morgon."),
    ]),
    N("n2", "vg_onk_sas", "Mottagningsanteckning", "Christina Falk", "läkare",
      "2024-04-18T13:00:00", "2024-04-18T14:15:00", [
        ("Samtal", "Besked givet till pat och make om progressen med nya lungmetastaser. Tar det sakligt, vill fortsätta behandling."),
        ("Planering", "FOLFIRI + bevacizumab startar om en vecka."),
    ])], [M1], [("NL101", "n2"), M2, ("NL102", "n2")],
    "Två anteckningar: MDK-anteckningen med lungmetastaser och 'Pat ej informerad' är den som bryter; nästa dags beskedsanteckning gör det inte")

add("mr-hjarna-sannolikt-metastaser-ska-ej-informeras-forran-onkolog", "vgr", "1964-04-14", "317", "2024-01-25T00:00:00", [
    N("n1", "vg_onk_su", "Telefonanteckning", "Elin Rosenqvist", "läkare",
      "2024-01-18T16:00:00", "2024-01-18T16:10:00", [
        ("Röntgen", "MR hjärna: Tre kontrastladdande förändringar supratentoriellt, sannolikt hjärnmetastaser av känd lungcancer."),
        ("Telefonkontakt", "Pat ringde om svaret. Svaret ska inte lämnas per telefon enl ansvarig onkolog, pat har alltså ännu inte fått veta. Tid i morgon kl 10."),
    ])], [M1, M2], [],
    "'sannolikt hjärnmetastaser' synligt; patienten ringde men fick inte svaret")

add("dt-progress-pat-vill-ha-besked-vid-besoket", "skane", "1962-07-11", "460", "2024-06-14T00:00:00", [
    N("n1", "sk_onk_lund", "Provsvarsanteckning", "Petra Lindström", "läkare",
      "2024-06-07T10:30:00", "2024-06-07T10:40:00", [
        ("Röntgen", "DT thorax-buk efter 4 kurer: Progress med nytillkomna levermetastaser, lungmetastaserna oförändrade."),
        ("Kommentar", "Pat har själv bett om att inte få svar per telefon och är ännu inte informerad. Besök 12/6."),
    ])], [M1], [M2],
    "Pat har bett om att vänta: ändå en fastställd progress i synlig text och 'ännu inte informerad'")

add("lang-epikris-adenokarcinom-pad-efter-hemgang-ej-informerad", "skane", "1949-03-07", "416", "2024-02-29T00:00:00", [
    N("n1", "sk_kir_malmo", "Epikris", "Jonas Bremer", "läkare",
      "2024-02-19T15:00:00", "2024-02-20T09:30:00", [
        ("Epikris", "74-årig kvinna inlagd 8/2–15/2 via akuten pga tunntarmsileus. Tidigare opererad med hysterektomi. DT buk vid ankomst visade dilaterade tunntarmar och övergångszon i nedre buken samt en väggförtjockning i cekum. Sond, dropp och observation gav ingen förbättring, varför laparoskopi gjordes 9/2 som konverterades till laparotomi. En tumör i cekum som engagerade terminala ileum hittades och högersidig hemikolektomi gjordes. Postoperativt förlopp utan komplikationer, mobiliserad dag 1, tarmfunktion dag 3, hem dag 7 med hemtjänst."),
        ("PAD", "Högersidig hemikolektomi: Adenokarcinom i cekum, pT3N1a (1/22 lymfkörtlar), radikalt opererad, MSS."),
        ("Läkemedel", "Fragmin 5000 E x1 sc till och med 8/3. Alvedon vb. Oxynorm 5 mg vb, utsättes när smärtan tillåter."),
        ("Uppföljning", "PAD-svaret kom 19/2, efter hemgång. Pat ej informerad om PAD, besked vid återbesök på kolorektalmottagningen 27/2 där även remiss till onkolog för ställningstagande till adjuvant cytostatika diskuteras. Suturtagning VC dag 12."),
    ])], [M1], [M2],
    "Lång epikris: fastställd koloncancer enligt PAD i synlig text och 'Pat ej informerad om PAD'")

add("ssk-telefon-misstankt-lokalrecidiv-ska-inte-fa-veta-per-telefon", "skane", "1957-10-29", "380", "2024-05-25T00:00:00", [
    N("n1", "sk_kir_csk", "Telefonanteckning", "Åsa Lindh", "sjuksköterska",
      "2024-05-17T09:30:00", "2024-05-17T09:45:00", [
        ("Telefonkontakt", "Pat ringer och frågar efter DT-svaret. Svaret visar misstänkt lokalrecidiv av rektalcancern och enligt dr Kjellberg ska pat inte få veta detta per telefon. Hänvisat till läkarbesöket på tisdag, pat fick inget besked idag."),
    ])], [M1, M2], [],
    "Sjuksköterskans telefonanteckning: 'misstänkt lokalrecidiv' synligt och patienten ska inte få veta per telefon")

add("pet-dt-forenligt-med-storkarlsvaskulit-ej-meddelad", "skane", "1952-12-12", "447", "2024-03-05T00:00:00", [
    N("n1", "sk_med_trelleborg", "Provsvarsanteckning", "Göran Ahlström", "läkare",
      "2024-02-27T15:30:00", "2024-02-27T15:45:00", [
        ("Röntgen", "PET-DT utredning av feber och viktnedgång: Ökat FDG-upptag i aortabågen, a. subclavia bilat och thorakala aorta, förenligt med storkärlsvaskulit."),
        ("Kommentar", "Pat ännu ej meddelad om svaret. Reumatologen Lund kontaktad, de tar beskedet på sitt besök på torsdag och startar kortison där."),
    ])], [M1, M2], [],
    "Icke-malign hedgad diagnos ('förenligt med storkärlsvaskulit') från PET-DT och 'Pat ännu ej meddelad'")

add("pad-bronkoskopi-typisk-karcinoid-pat-utomlands-ej-besked", "vgr", "1976-04-06", "228", "2024-03-25T00:00:00", [
    N("n1", "vg_lung_sas", "Provsvarsanteckning", "Marie Svensson", "läkare",
      "2024-03-13T11:00:00", "2024-03-13T11:15:00", [
        ("PAD", "Bronkoskopisk biopsi från tumören i mellanlobsbronken: Typisk karcinoid, Ki-67 < 2 %."),
        ("Kommentar", "Pat har inte fått svaret, hon är utomlands t.o.m. 20/3 och besked per telefon bedöms olämpligt. Tid 21/3."),
    ])], [M1], [M2],
    "Fastställd typisk karcinoid i synligt PAD; patienten har inte fått svaret eftersom hon är bortrest")

# ---- NL101 negatives: told, not-told is no diagnosis, relative not told, protected
add("pad-prostatacancer-informerad-idag-hustru-narvarande", "skane", "1953-09-24", "158", "2024-04-10T00:00:00", [
    N("n1", "sk_uro_malmo", "Mottagningsanteckning", "Erik Sandell", "läkare",
      "2024-04-02T10:00:00", "2024-04-02T11:00:00", [
        ("PAD", "Riktade biopsier vä perifera zon: Adenokarcinom Gleason 3+4=7 (ISUP 2) i 3 av 4 biopsier, max 6 mm cancer."),
        ("Samtal", "Pat informerad om diagnosen vid besöket idag, hustrun närvarande. Genomgång av behandlingsalternativen aktiv monitorering, operation och strålning."),
    ])], [], [M1, M2],
    "Fastställd prostatacancer och pat informerad i dag: ingen NL101, ingen hedge")

add("lungcancer-besked-vid-forra-besoket-infor-behandling", "vgr", "1948-05-29", "301", "2024-03-25T00:00:00", [
    N("n1", "vg_lung_sas", "Mottagningsanteckning", "Marie Svensson", "läkare",
      "2024-03-15T09:00:00", "2024-03-15T10:00:00", [
        ("Aktuellt", "Känd skivepitelcancer i hö lunga, stadium IIIA, som pat fick besked om vid förra besöket 4/3."),
        ("Planering", "Start av konkomitant radiokemoterapi v.13. Pat har inga nya frågor om diagnosen men oroar sig för biverkningar."),
    ])], [], [M1, M2],
    "Diagnosen meddelades vid tidigare besök; inget om att pat inte vet")

add("koloncancer-ej-informerad-om-operationsdatum", "skane", "1965-10-15", "276", "2024-02-25T00:00:00", [
    N("n1", "sk_kir_malmo", "Administrativ anteckning", "Jonas Bremer", "läkare",
      "2024-02-16T11:00:00", "2024-02-16T11:05:00", [
        ("Planering", "Operation för sigmoideumcancer planerad 4/3. Pat ännu inte informerad om operationsdatumet, koordinator ringer honom."),
    ])], [], [M1, M2],
    "Det pat inte har fått veta är ett datum, inte diagnosen; koloncancern är fastställd och inte hedgad")

add("gallsten-remiss-skickad-pat-ej-informerad-om-remissen", "vgr", "1977-01-13", "407", "2024-06-10T00:00:00", [
    N("n1", "vg_kir_lidk", "Remissbedömning", "Ulrika Sjöberg", "läkare",
      "2024-06-03T14:00:00", "2024-06-03T14:10:00", [
        ("Bedömning", "UL från VC visar gallstenar och pat har haft tre typiska gallstensanfall. Accepteras för kolecystektomi."),
        ("Åtgärd", "Remiss vidare till dagkirurgen i Skövde. Pat ej informerad om att remissen skickats vidare, kallelse kommer därifrån."),
    ])], [], [M1, M2],
    "Det som inte meddelats är att remissen skickats vidare, inte diagnosen (gallsten är fastställd)")

add("mr-hjarna-normal-pat-ej-informerad-om-svaret", "skane", "1999-09-14", "243", "2024-01-20T00:00:00", [
    N("n1", "sk_neuro_lund", "Provsvarsanteckning", "Anna Carlsson", "läkare",
      "2024-01-12T16:00:00", None, [
        ("MR", "MR hjärna: Normalt fynd. Inga vitsubstanslesioner, ingen expansivitet."),
        ("Kommentar", "Pat ej informerad om svaret ännu, ringer på måndag."),
    ])], [], [M1, M2],
    "Pat inte informerad, men svaret är normalt och ingen diagnos står i texten")

add("koloncancer-pat-informerad-dottern-ska-inte-veta-an", "vgr", "1940-11-26", "185", "2024-03-20T00:00:00", [
    N("n1", "vg_kir_ostra", "Mottagningsanteckning", "Jesper Olausson", "läkare",
      "2024-03-12T10:30:00", "2024-03-12T11:30:00", [
        ("PAD", "Biopsier colon transversum: Adenokarcinom, högt differentierat."),
        ("Samtal", "Pat informerad om cancerdiagnosen. Hon vill inte att dottern informeras ännu eftersom dottern själv är sjuk, respekteras."),
    ])], [], [M1, M2],
    "Patienten vet; det är bara dottern som inte ska informeras ännu")

add("ovarialcnacer-typo-sannolikt-aggstockscancer-informerad-maken-ska-inte-veta", "skane", "1970-12-20", "329", "2024-05-10T00:00:00", [
    N("n1", "sk_gyn_lund", "Mottagningsanteckning", "Josefin Ek", "läkare",
      "2024-05-02T13:00:00", "2024-05-02T14:00:00", [
        ("Röntgen", "DT buk: 10 cm solid-cystisk bäckenresistens, peritoneala noduli och ascites, talar för avancerad ovarialcnacer."),
        ("Samtal", "Pat informerad om att det sannolikt är äggstockscancer. Hon önskar att maken inte ska få veta förrän efter operationen."),
    ])], [M2], [M1],
    "Stavfel 'ovarialcnacer' i DT-svaret; hedgad ovarialcancer synligt (NL102), men patienten är informerad; att maken inte ska veta gör det inte till NL101")

add("aaa-kand-bifynd-normalvariant-ej-informerad", "vgr", "1945-02-02", "217", "2024-04-25T00:00:00", [
    N("n1", "vg_kärl_su", "Mottagningsanteckning", "Anton Eriksson", "läkare",
      "2024-04-16T09:00:00", "2024-04-16T09:45:00", [
        ("Röntgen", "DT aorta: Bukaortaaneurysmet nu 5,6 cm, tillväxt 4 mm på ett år. Retroaortal vä njurven, en normalvariant."),
        ("Bedömning", "Operationsindikation. Pat har sedan 2021 vetat om aneurysmet och informeras i dag om att det är dags för EVAR. Har inte nämnt den retroaortala njurvenen för pat, saknar betydelse för honom."),
    ])], [], [M1, M2],
    "Det pat inte fått höra är en normalvariant; aneurysmet känner han till sedan länge")

add("pad-forsenat-pat-ej-informerad-om-forseningen", "skane", "1984-08-08", "352", "2024-06-25T00:00:00", [
    N("n1", "sk_hud_lund", "Administrativ anteckning", "Lisa Hammar", "sjuksköterska",
      "2024-06-18T13:00:00", "2024-06-18T13:05:00", [
        ("Åtgärd", "Patologen meddelar att PAD på excisionen från vä vad dröjer ca 2 veckor pga extra färgningar. Pat ej informerad om förseningen, ringer henne i morgon."),
    ])], [], [M1, M2],
    "Det pat inte vet är att svaret är försenat; ingen diagnos står i texten")

add("multinodos-struma-pat-har-last-svaret-sjalv", "vgr", "1975-06-18", "245", "2024-02-20T00:00:00", [
    N("n1", "vg_endo_su", "Telefonanteckning", "Sanna Lindholm", "läkare",
      "2024-02-13T11:30:00", "2024-02-13T11:45:00", [
        ("Telefonkontakt", "Pat har själv läst röntgensvaret i Journalen och ringer med frågor. UL thyreoidea: Multinodös struma, största knutan 17 mm, TI-RADS 3."),
        ("Bedömning", "Förklarat att struma är vanligt och att knutorna ser godartade ut. Ny UL om ett år."),
    ])], [], [M1],
    "Patienten har läst svaret själv och fått det förklarat; inget säger att hon inte vet")

add("multi-skane-th-mall-sedan-informerad-om-trolig-ms", "skane", "1995-04-11", "143", "2024-03-31T00:00:00", [
    N("n1", "sk_neuro_lund", "Tidiga hypoteser", "Anna Carlsson", "läkare",
      "2024-03-05T15:30:00", "2024-03-05T15:35:00", [
        ("Bedömning", "MR: flera periventrikulära lesioner, Dawson's fingers. Misstänkt MS, pat ej informerad i väntan på LP."),
    ]),
    N("n2", "sk_neuro_lund", "Läkaranteckning", "Anna Carlsson", "läkare",
      "2024-03-26T10:00:00", "2024-03-26T11:00:00", [
        ("Provsvar", "Likvor: oligoklonala band, IgG-index 0,9."),
        ("Bedömning", "Pat informerad i dag om att MR och likvor talar för MS. Diagnosen sätts formellt efter ytterligare en MR om 3 mån."),
    ])], [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n2")],
    "Skåne: hypotesen först i mallen Tidiga hypoteser (skyddad), sedan synlig i vanlig anteckning när pat informerats; hedgen syns nu men pat vet")

add("multi-vgr-th-sokord-sedan-bedomning-sarkoidos-informerad", "vgr", "1983-12-03", "209", "2024-05-31T00:00:00", [
    N("n1", "vg_lung_nal", "Mottagningsanteckning", "Nils Fransson", "läkare",
      "2024-05-08T13:00:00", "2024-05-08T13:40:00", [
        ("Röntgen", "DT thorax: bilateral hilär lymfadenopati."),
        ("Tidiga hypoteser", "Lymfom kan inte uteslutas, DD sarkoidos. Pat ej informerad om lymfomtanken."),
    ]),
    N("n2", "vg_lung_nal", "Mottagningsanteckning", "Nils Fransson", "läkare",
      "2024-05-27T10:00:00", "2024-05-27T10:45:00", [
        ("Provsvar", "EBUS-cytologi: icke-nekrotiserande granulom, ingen malignitet. Flödescytometri utan klonal population."),
        ("Bedömning", "Sannolikt sarkoidos stadium I. Pat informerad om att lymfom inte längre misstänks och att sarkoidos är mest troligt."),
    ])], [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2")],
    "VGR: lymfomtanken låg under sökordet Tidiga hypoteser; senare anteckning med 'Sannolikt sarkoidos' är synlig och pat informerad")

add("ul-njure-sannolikt-njurcancer-radiologen-berattade", "vgr", "1959-01-24", "330", "2024-01-31T00:00:00", [
    N("n1", "vg_uro_sas", "Mottagningsanteckning", "Hampus Lind", "läkare",
      "2024-01-23T14:30:00", "2024-01-23T15:20:00", [
        ("Röntgen", "UL njurar (gjort på VC-remiss pga mikrohematuri): 5 cm solid, heterogen förändring i hö njures nedre pol, sannolikt njurcancer."),
        ("Anamnes", "Röntgenläkaren berättade om fyndet för pat direkt vid undersökningen, han kommer därför hit förberedd."),
        ("Planering", "DT thorax-buk, därefter ställningstagande till partiell nefrektomi."),
    ])], [M2], [M1],
    "'sannolikt njurcancer' synligt (NL102); radiologen har redan berättat för patienten")

add("polypektomi-om-pad-visar-cancer-informeras-vid-besok", "skane", "1967-05-09", "418", "2024-04-20T00:00:00", [
    N("n1", "sk_kir_ystad", "Endoskopianteckning", "Louise Bengtsson", "läkare",
      "2024-04-12T10:00:00", "2024-04-12T10:30:00", [
        ("Fynd", "Koloskopi till caekum. 18 mm stjälkad polyp i sigmoideum, avlägsnad med slynga i ett stycke, skickad för PAD. Divertiklar i sigmoideum."),
        ("Planering", "Om PAD visar cancer informeras pat av ansvarig kirurg vid besök, annars svar per brev."),
    ])], [], [M1, M2],
    "Villkorat ('Om PAD visar cancer') och ingen diagnos som pat inte vet; divertiklar är ett fastställt fynd")

add("pad-smacellig-lungcancer-besked-lamnat-med-kontaktssk", "vgr", "1954-03-15", "187", "2024-02-15T00:00:00", [
    N("n1", "vg_onk_su", "Mottagningsanteckning", "Ellinor Gran", "läkare",
      "2024-02-07T14:00:00", "2024-02-07T15:30:00", [
        ("PAD", "EBUS-biopsi station 7: Småcellig lungcancer."),
        ("Samtal", "Besked lämnat av mig och kontaktsjuksköterska Lena i dag. Pat ledsen men samlad, sonen ringdes in."),
        ("Planering", "Cisplatin-etoposid + atezolizumab startar nästa vecka."),
    ])], [], [M1, M2],
    "Fastställd småcellig lungcancer och beskedet lämnat i dag")

# ==========================================================================
# PART 4 — validation and output
# ==========================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def parse_ts(value):
    return _dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")


def age_at(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (where, list(c.keys())))
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % where)
        if not c["why"].strip():
            problems.append("%s: empty why" % where)
        rec = c["record"]
        if set(rec.keys()) != RECORD_KEYS:
            problems.append("%s: record keys" % where)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: non-empty access_events/conversations/treatments" % where)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            problems.append("%s: personnummer format %s" % (where, pid))
        else:
            digits = pid[2:8] + pid[9:13]
            if luhn_digit(digits[:9]) != digits[9]:
                problems.append("%s: Luhn fails for %s" % (where, pid))
            if pid[:8] != birth.replace("-", ""):
                problems.append("%s: birth date does not match personnummer" % where)
        try:
            _dt.date.fromisoformat(birth)
        except ValueError:
            problems.append("%s: invalid birth date %s" % (where, birth))
            continue
        as_of = parse_ts(rec["as_of"])
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        age = age_at(birth, as_of)
        if 13 <= age <= 15:
            problems.append("%s: patient aged %d (13-15 not allowed)" % (where, age))
        if age < 0:
            problems.append("%s: born after as_of" % where)
        notes = {}
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, sorted(n.keys())))
            if n["id"] in notes:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system %s" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note not Melior" % where)
            if n["unit"]["hsa_id"].startswith("SE2321000131") != (c["ruleset"] == "vgr"):
                problems.append("%s: unit region does not match ruleset" % where)
            t = parse_ts(n["time"])
            if t.year != 2024 or t > as_of:
                problems.append("%s: note time %s" % (where, n["time"]))
            if n["signed"] is not None:
                sg = parse_ts(n["signed"])
                if sg.year != 2024 or sg < t or sg > as_of:
                    problems.append("%s: signed %s" % (where, n["signed"]))
            if not n["sections"]:
                problems.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s: empty section" % where)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sentences:
                            problems.append("%s: sentence repeated from %s: %r" % (where, seen_sentences[sent], sent))
                        else:
                            seen_sentences[sent] = name
        asserted = set()
        for kind in ("must", "must_not"):
            for item in c[kind]:
                if len(item) != 2:
                    problems.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: code %s outside NL101/NL102" % (where, code))
                if target not in notes:
                    problems.append("%s: target %s missing" % (where, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (where, code, target))
                asserted.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and kind == "must" and system != "Melior":
                    problems.append("%s: NL102 must on non-Melior note" % where)
                if code == "NL102" and system != "Melior" and c["ruleset"] != "skane":
                    problems.append("%s: NL102 on non-Melior outside Skåne" % where)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % where)
        if not asserted:
            problems.append("%s: asserts nothing" % where)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _t in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
