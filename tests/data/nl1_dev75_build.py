#!/usr/bin/env python3
"""dev75: oncology follow-up during and after treatment (NL101, NL102).

Response evaluations, new lesions of unclear nature, immunotherapy side effects
versus disease, suspected recurrence in survivors, and whether the patient has
been told the evaluation.  Standard library only, deterministic.
Running it writes cases.jsonl next to this file and exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import datetime, timedelta, date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev75_cases.jsonl")

SKANE = "SE2321000255-"
VGR = "SE2321000131-"

# key: (name, hsa suffix, system, region)
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sus_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "7C41", "Melior", "skane"),
    "sus_onk_avd_lund": ("Onkologiska avdelningen 2, Skånes universitetssjukhus Lund", "7C58", "Melior", "skane"),
    "sus_stral_lund": ("Strålbehandlingsmottagningen, Skånes universitetssjukhus Lund", "7C63", "Melior", "skane"),
    "sus_onk_malmo": ("Onkologimottagningen, Skånes universitetssjukhus Malmö", "6M12", "Melior", "skane"),
    "sus_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "7L20", "Melior", "skane"),
    "sus_hem_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", "7H05", "Melior", "skane"),
    "sus_uro_malmo": ("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "6U33", "Melior", "skane"),
    "sus_barnonk": ("Barnonkologiska mottagningen, Barn- och ungdomssjukhuset, Skånes universitetssjukhus Lund", "7B90", "Melior", "skane"),
    "sus_kolorektal_malmo": ("Kolorektalmottagningen, Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "6K71", "Melior", "skane"),
    "sus_kvinno_lund": ("Gynekologisk onkologi, Kvinnokliniken, Skånes universitetssjukhus Lund", "7K14", "Melior", "skane"),
    "sus_endokrin_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "6E08", "Melior", "skane"),
    "sus_brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "6B27", "Melior", "skane"),
    "sus_onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "7O44", "Melior", "skane"),
    "sus_sarkom_lund": ("Sarkomcentrum, Skånes universitetssjukhus Lund", "7S02", "Melior", "skane"),
    "sus_onkogen_lund": ("Onkogenetiska mottagningen, Skånes universitetssjukhus Lund", "7G31", "Melior", "skane"),
    "sus_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", "7N16", "Melior", "skane"),
    "hbg_onk": ("Onkologimottagningen, Helsingborgs lasarett", "4H50", "Melior", "skane"),
    "hbg_onk_dag": ("Onkologiska dagvården, Helsingborgs lasarett", "4H52", "Melior", "skane"),
    "hbg_onk_avd": ("Onkologiavdelningen, Helsingborgs lasarett", "4H57", "Melior", "skane"),
    "hbg_hud": ("Hudmottagningen, Helsingborgs lasarett", "4H61", "Melior", "skane"),
    "hbg_uro": ("Urologiska mottagningen, Helsingborgs lasarett", "4H66", "Melior", "skane"),
    "cs_onk": ("Onkologiska mottagningen, Centralsjukhuset Kristianstad", "3K20", "Melior", "skane"),
    "cs_onk_avd": ("Onkologiavdelningen, Centralsjukhuset Kristianstad", "3K24", "Melior", "skane"),
    "ystad_kir": ("Kirurgiska mottagningen, Lasarettet i Ystad", "5Y10", "Melior", "skane"),
    "landskrona_med": ("Medicinmottagningen, Lasarettet Landskrona", "4L09", "Melior", "skane"),
    "hassleholm_med": ("Medicinavdelning 3, Hässleholms sjukhus", "3H31", "Melior", "skane"),
    # Region Skåne, PMO (primary care, hemsjukvård)
    "vc_eslov": ("Vårdcentralen Eslöv", "8P11", "PMO", "skane"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", "8P24", "PMO", "skane"),
    "vc_limhamn": ("Vårdcentralen Limhamn", "8P37", "PMO", "skane"),
    "vc_hoor": ("Vårdcentralen Höör", "8P42", "PMO", "skane"),
    "hsv_sjobo": ("Hemsjukvården, Vårdcentralen Sjöbo", "8P58", "PMO", "skane"),
    # Västra Götalandsregionen, Melior
    "su_jubileum": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "J100", "Melior", "vgr"),
    "su_onk_avd": ("Avdelning 51, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "J151", "Melior", "vgr"),
    "su_stral": ("Strålbehandlingsmottagningen, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "J120", "Melior", "vgr"),
    "su_neuroonk": ("Neuroonkologiska mottagningen, Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "J133", "Melior", "vgr"),
    "su_lung": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "L210", "Melior", "vgr"),
    "su_lungteam": ("Lungcancerteamet, Sahlgrenska Universitetssjukhuset", "L215", "Melior", "vgr"),
    "su_hem": ("Hematologimottagningen, Sahlgrenska Universitetssjukhuset", "H300", "Melior", "vgr"),
    "su_hem_avd": ("Hematologiavdelning 137, Sahlgrenska Universitetssjukhuset", "H337", "Melior", "vgr"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "U410", "Melior", "vgr"),
    "su_gyn_onk": ("Gynekologisk tumörkirurgi, Sahlgrenska Universitetssjukhuset", "G520", "Melior", "vgr"),
    "su_gastro": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "G610", "Melior", "vgr"),
    "su_kolorektal": ("Kolorektalkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset Östra", "K620", "Melior", "vgr"),
    "su_kardio": ("Kardiologkonsulten, Sahlgrenska Universitetssjukhuset", "C710", "Melior", "vgr"),
    "su_onh": ("Öron-, näs- och halskliniken, Sahlgrenska Universitetssjukhuset", "O820", "Melior", "vgr"),
    "su_brost": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "B830", "Melior", "vgr"),
    "su_barncancer": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "D910", "Melior", "vgr"),
    "sas_onk": ("Onkologiska mottagningen, Södra Älvsborgs Sjukhus Borås", "S110", "Melior", "vgr"),
    "sas_hem": ("Hematologimottagningen, Södra Älvsborgs Sjukhus Borås", "S140", "Melior", "vgr"),
    "sas_kvinno": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "S160", "Melior", "vgr"),
    "sas_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "S175", "Melior", "vgr"),
    "nu_onk": ("Onkologimottagningen, NU-sjukvården NÄL Trollhättan", "N210", "Melior", "vgr"),
    "nu_kir_avd": ("Kirurgavdelning 31, NU-sjukvården Uddevalla sjukhus", "N331", "Melior", "vgr"),
    "skas_onk": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "K410", "Melior", "vgr"),
    "skas_lung": ("Lungmottagningen, Skaraborgs Sjukhus Lidköping", "K450", "Melior", "vgr"),
    "skas_kir": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "K470", "Melior", "vgr"),
    "alingsas_kir": ("Kirurgmottagningen, Alingsås lasarett", "A510", "Melior", "vgr"),
    "kungalv_med": ("Medicinavdelning 4, Kungälvs sjukhus", "G704", "Melior", "vgr"),
}

PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def make_pnr(birth, sex, idx):
    y, m, d = birth.split("-")
    two = "%02d" % ((idx * 37 + 11) % 97 + 1)
    if two == "00":
        two = "01"
    third = (idx % 5) * 2 + (1 if sex == "M" else 0)
    serial = two + str(third)
    check = luhn_digit(y[2:] + m + d + serial)
    return "%s%s%s-%s%d" % (y, m, d, serial, check)


def ts(s):
    s = s.strip().replace(" ", "T")
    if len(s) == 16:
        s += ":00"
    return s


def N(nid, unit, author, time, sections, tpl="Läkaranteckning", signed=35,
      setting="öppenvård", refs=None):
    name, hsa, system, region = UNITS[unit]
    t = ts(time)
    if signed is None:
        sig = None
    else:
        sig = (datetime.fromisoformat(t) + timedelta(minutes=signed)).isoformat()
    return {
        "id": nid,
        "system": system,
        "template": tpl,
        "unit": {"name": name, "hsa_id": (SKANE if region == "skane" else VGR) + hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t,
        "signed": sig,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
        "_region": region,
    }


CASES = []


def C(name, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    CASES.append(dict(name=name, ruleset=ruleset, birth=birth, sex=sex, notes=notes,
                      must=must, must_not=must_not, why=why, as_of=as_of))


def L(name):
    return (name, "läkare")


def S(name):
    return (name, "sjuksköterska")


# ---------------------------------------------------------------------------
# A. Hedged diagnosis of the patient in a visible Melior section -> must NL102
# ---------------------------------------------------------------------------

C("d75-skane-trolig-pneumonit-pembrolizumab", "skane", "1956-04-11", "M", [
    N("n1", "sus_lung_lund", L("Annika Hallberg"), "2024-02-13 10:40", [
        ("Anamnes", "Icke-småcellig lungcancer, adenocarcinom stadium IV, PD-L1 80 %. Pembrolizumab sedan oktober 2023, nu efter kur 7. Sedan ca 10 dagar torrhosta och ansträngningsdyspné, klarar en trappa mot tidigare tre. Ingen feber."),
        ("Status", "AT gott. Saturation 91 % i vila, 86 % efter gångprov. Pulm: fina krepitationer bibasalt. Cor: RR, inga blåsljud."),
        ("Utredning", "DT thorax idag: nytillkomna bilaterala matt-glas-förtätningar perifert, tumören i hö överlob oförändrad."),
        ("Bedömning", "Trolig immunrelaterad pneumonit grad 2. CRP 6, afebril."),
        ("Åtgärd", "Pembrolizumab pausas. Prednisolon 1 mg/kg, spirometri och DLCO om en vecka. Pat informerad om bedömningen och om att höra av sig vid försämring."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [("NL101", "n1")],
    "trolig immunrelaterad pneumonit in Bedömning of a Skåne Melior note; patient told")

C("d75-vgr-misstankt-kolit-ipi-nivo", "vgr", "1979-09-02", "F", [
    N("n1", "su_onk_avd", L("Jonas Berglund"), "2024-03-04 21:15", [
        ("Aktuellt", "Malignt melanom stadium IV, kombination ipilimumab/nivolumab, fick kur 2 för 12 dagar sedan. Söker för 8–10 vattniga avföringar per dygn med inslag av slem och krampartad buksmärta."),
        ("Status", "Blek, torr i munnen. Buk: diffust öm, ingen peritonit. Temp 37,9."),
        ("Labsvar", "CRP 64, Na 131, K 3,1, krea 102. F-kalprotektin skickat, fecesodling och C. difficile-toxin tagna."),
        ("Bedömning", "Misstänkt immunrelaterad kolit grad 3. Inläggning för iv metylprednisolon 2 mg/kg och vätska."),
        ("Planering", "Gastrokonsult för sigmoidoskopi. Nästa kur uppskjuts tills vidare."),
    ], tpl="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "misstänkt immunrelaterad kolit under ipilimumab/nivolumab, VGR ordinary sökord")

C("d75-skane-typo-forenlgt-med-immunhepatit", "skane", "1950-12-19", "M", [
    N("n1", "sus_onk_malmo", L("Farid Haddad"), "2024-04-22 13:05", [
        ("Telefonkontakt", "Ringer pat angående labsvar inför kur 5 nivolumab. ALAT 4,8 µkat/l (ref <1,1), ASAT 3,2, bilirubin normalt. Inga nya läkemedel, ingen alkohol."),
        ("Bedömning", "Transaminasstegringen är förenlgt med immunmedierad hepatit grad 3. Hepatitserologi och UL lever beställda för att utesluta annan genes."),
        ("Åtgärd", "Nivolumab pausas. Start prednisolon 60 mg x 1. Ny provtagning om 3 dagar."),
    ], tpl="Telefonanteckning")],
    [("NL102", "n1")], [],
    "typo 'förenlgt med' (förenligt med) immunmedierad hepatit in Bedömning")

C("d75-vgr-leverlesion-inger-misstanke-metastas", "vgr", "1962-07-23", "F", [
    N("n1", "sas_onk", L("Maria Sjöholm"), "2024-05-07 09:30", [
        ("Aktuellt", "Bröstcancer hö, opererad 2021, på adjuvant letrozol. Uppföljande DT thorax-buk pga stigande ALP."),
        ("Utredning", "DT: ny 14 mm hypodens leverlesion i segment 6 som inte fanns 2023. I övrigt inga förändringar."),
        ("Bedömning", "Leverlesionen inger misstanke om metastas. UL-ledd biopsi för PAD och receptorstatus."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "new liver lesion 'inger misstanke om metastas' in a survivor on adjuvant therapy")

C("d75-skane-cea-talar-for-recidiv", "skane", "1958-02-14", "M", [
    N("n1", "ystad_kir", L("Per-Olof Nyström"), "2024-01-18 14:10", [
        ("Anamnes", "Sigmoideumcancer pT3N1, sigmoideumresektion 2022 och adjuvant CAPOX. Uppföljning enligt vårdprogram."),
        ("Aktuellt", "Mår bra, god aptit, vikt stabil. CEA 2,1 → 7,8 på fyra månader."),
        ("Bedömning", "CEA-stegringen talar för recidiv av koloncancer. PET-DT beställd, MDK därefter."),
        ("Planering", "Kontaktsjuksköterska ringer när tid för PET-DT finns. Pat informerad om bedömningen och varför vi går vidare med undersökning."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [("NL101", "n1")],
    "rising CEA 'talar för recidiv' in a colon cancer survivor; patient informed")

C("d75-vgr-utkast-dd-stralnekros-recidiv-glioblastom", "vgr", "1968-05-30", "M", [
    N("n1", "su_neuroonk", L("Helena Axelsson"), "2024-06-11 11:20", [
        ("Aktuellt", "Glioblastom IDH-vildtyp hö temporalt, opererad i februari, därefter Stupp-regim. Nu MR tre månader efter avslutad strålbehandling."),
        ("Utredning", "MR hjärna: ökad kontrastuppladdning i resektionskaviteten, ökat ödem. Perfusionen ej entydig."),
        ("Bedömning", "DD strålnekros eller recidiv av glioblastom. Pseudoprogress i tidig fas är vanligt och fynden kan inte särskiljas idag."),
        ("Planering", "Ny MR med perfusion om 6 v. Temozolomid fortsätter. Dexametason 2 mg x 1 mot ödemet."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [("NL102", "n1")], [],
    "unsigned draft: 'DD strålnekros eller recidiv' after chemoradiation for glioblastoma")

C("d75-skane-psa-sannolikt-biokemiskt-recidiv", "skane", "1951-08-08", "M", [
    N("n1", "sus_uro_malmo", L("Gustav Engdahl"), "2024-02-27 15:00", [
        ("Aktuellt", "Robotassisterad radikal prostatektomi 2021, Gleason 4+3, pT3a, R0. PSA varit omätbart. Nu PSA 0,12 → 0,31 → 0,44."),
        ("Bedömning", "Sannolikt biokemiskt recidiv av prostatacancer. Aktuellt med PSMA-PET inför ställningstagande till salvage-strålbehandling."),
        ("Åtgärd", "Remiss PSMA-PET. Diskuteras på uro-onkologisk MDK."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "PSA rise after prostatectomy: 'sannolikt biokemiskt recidiv'")

C("d75-vgr-scint-mojlig-skelettmetastas", "vgr", "1966-03-17", "F", [
    N("n1", "skas_onk", L("Birgitta Holm"), "2024-03-20 10:05", [
        ("Anamnes", "Hormonreceptorpositiv bröstcancer vä 2019, på anastrozol. Sedan februari värk i ländryggen, värre nattetid."),
        ("Utredning", "Skelettscintigrafi: ökat upptag i L3 och hö revben 7. Revbenet kan vara fraktur efter fallet i januari."),
        ("Bedömning", "Möjlig skelettmetastas i L3. MR ländrygg för att karakterisera."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'möjlig skelettmetastas' on scintigraphy during adjuvant endocrine therapy")

C("d75-skane-typo-sanolik-hypofysit-ipilimumab", "skane", "1972-11-03", "M", [
    N("n1", "sus_endokrin_malmo", L("Lina Ström"), "2024-04-03 13:45", [
        ("Remissorsak", "Konsult från onkologen: huvudvärk, trötthet och lågt kortisol under behandling med ipilimumab/nivolumab för melanom."),
        ("Bedömning", "Lågt ACTH och kortisol kl 08 på 74 nmol/l, TSH och fT4 låga. Sanolik hypofysit sekundärt till ipilimumab. MR hypofys beställd."),
        ("Åtgärd", "Hydrokortison 20+10 mg insatt innan tyroxin startas. Kortisonkort och information om stressdosering given."),
    ], tpl="Konsultationssvar")],
    [("NL102", "n1")], [],
    "typo 'Sanolik' hypofysit as an immunotherapy side effect, endocrine consult")

C("d75-vgr-bild-som-vid-tyreoidit", "vgr", "1985-06-21", "F", [
    N("n1", "nu_onk", L("Oskar Lindgren"), "2024-05-15 08:50", [
        ("Aktuellt", "Adjuvant nivolumab efter operation för melanom stadium III. Nu hjärtklappning, värmeintolerans och viktnedgång 3 kg."),
        ("Labsvar", "TSH <0,01, fritt T4 38 pmol/l, TRAk negativa."),
        ("Bedömning", "Bild som vid tyreoidit i tidig tyreotoxisk fas, vanligt under PD-1-hämmare. Hypotyreos följer ofta."),
        ("Planering", "Propranolol 10 mg vb. Ny TSH/fT4 om 3 v. Nivolumab fortsätter."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'bild som vid tyreoidit' under adjuvant nivolumab")

C("d75-skane-fragetecken-hjarnmetastaser", "skane", "1963-01-27", "F", [
    N("n1", "hbg_onk_avd", L("Mats Öberg"), "2024-06-03 16:30", [
        ("Aktuellt", "Småcellig lungcancer, begränsad sjukdom, avslutade kemoradioterapi i mars. PCI ej given pga pats önskemål. Inkommer med yrsel, ostadighet och kräkningar i 3 dagar."),
        ("Status", "Vaken, orienterad. Ataxi vid finger-näs bilat, breddökad gång. Inga pareser."),
        ("Bedömning", "? Hjärnmetastaser. DT hjärna med kontrast idag, MR vid oklart svar."),
        ("Åtgärd", "Betapred 8 mg iv. Primperan vb."),
    ], tpl="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "leading question mark '? Hjärnmetastaser' in Bedömning")

C("d75-vgr-fragestallning-lokalrecidiv-vaginaltopp", "vgr", "1959-10-05", "F", [
    N("n1", "su_gyn_onk", L("Sofia Rahimi"), "2024-07-02 10:15", [
        ("Aktuellt", "Endometriecancer stadium IB, hysterektomi och BSO 2022. Nu blödning sedan 2 v. Gyn us: 1 cm sårig förändring i vaginaltoppen, px taget."),
        ("Planering", "MR lilla bäckenet beställd med frågeställning lokalrecidiv i vaginaltoppen. Svar på px om ca 10 dagar, pat får tid till mottagningen då."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'frågeställning lokalrecidiv' written in a visible Planering")

C("d75-skane-ssk-telefon-troligen-stralpneumonit", "skane", "1955-05-14", "M", [
    N("n1", "sus_stral_lund", S("Eva Månsson"), "2024-08-19 14:25", [
        ("Telefonkontakt", "Pat ringer, ökad hosta och andfåddhet sedan 5 dagar, avslutade strålbehandling mot hö lunga för 7 v sedan. Temp 37,6. Kontakt med dr Hallberg som bedömer att det troligen rör sig om strålpneumonit, DD pneumoni."),
        ("Åtgärd", "Pat bokas till akut bedömning på dagvården i morgon kl 09 med lab och lungröntgen. Vid tilltagande andnöd ska pat söka akut under natten."),
    ], tpl="Telefonanteckning")],
    [("NL102", "n1")], [],
    "nurse phone note relays the doctor's 'troligen strålpneumonit, DD pneumoni'")

C("d75-vgr-kan-rora-sig-om-sarkoidliknande-reaktion", "vgr", "1970-08-19", "M", [
    N("n1", "su_jubileum", L("Erik Wahlström"), "2024-09-09 13:00", [
        ("Utredning", "PET-DT efter 6 mån pembrolizumab: levermetastaserna regredierade, partiell respons. Nytillkomna symmetriska FDG-upptag i hilus- och mediastinala körtlar."),
        ("Bedömning", "Kan röra sig om sarkoidliknande reaktion på immunterapin snarare än progress."),
        ("Planering", "EBUS med px för att säkerställa. Pembrolizumab ges enligt plan i avvaktan."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "new nodes during response: 'kan röra sig om sarkoidliknande reaktion'")

C("d75-skane-oklart-om-korteln-ar-metastas", "skane", "1961-09-09", "F", [
    N("n1", "cs_onk", L("Johan Ek"), "2024-03-12 11:40", [
        ("Utredning", "DT thorax: förstorad subkarinal lymfkörtel 16 mm kortaxel, tidigare 9 mm."),
        ("Bedömning", "Oklart om körteln är metastas eller reaktiv efter genomgången pneumoni i våras. EBUS-remiss skickad."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "'oklart om körteln är metastas eller reaktiv' for a growing node")

C("d75-vgr-neutropen-feber-susp-cvk-infektion", "vgr", "1948-02-11", "M", [
    N("n1", "su_hem_avd", L("Anders Fogelberg"), "2024-10-14 22:40", [
        ("Aktuellt", "AML, dag 14 efter induktion med 7+3. Feber 39,2 sedan i eftermiddags, frossa vid spolning av CVK."),
        ("Status", "Påverkad, BT 95/60, puls 118. Rodnad kring CVK-insticket. Pulm u.a."),
        ("Labsvar", "LPK 0,2, neutrofila <0,1, CRP 88, laktat 2,4."),
        ("Bedömning", "Neutropen feber med susp. CVK-relaterad infektion. Blododlingar perifert och ur CVK tagna."),
        ("Åtgärd", "Meropenem och vankomycin insatt. Ställningstagande till CVK-byte efter odlingssvar."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'susp. CVK-relaterad infektion' during neutropenia after induction")

C("d75-skane-typo-missankt-anastomosrecidiv", "skane", "1953-12-01", "M", [
    N("n1", "sus_kolorektal_malmo", L("Henrik Dahl"), "2024-05-28 09:10", [
        ("Utredning", "Rektoskopi: 1,5 cm upphöjd, hård förändring i anastomosen på 8 cm. Px tagna."),
        ("Bedömning", "Missänkt lokalrecidiv i anastomosen efter låg främre resektion 2022. Svar på px inväntas, MR bäcken beställd."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "typo 'Missänkt' lokalrecidiv after rectal cancer surgery")

C("d75-vgr-typo-sannolkit-myokardit", "vgr", "1958-04-17", "F", [
    N("n1", "su_kardio", L("Karl Nordin"), "2024-06-25 17:20", [
        ("Aktuellt", "Konsult från Jubileumskliniken. Melanom, 3 v efter första kuren ipilimumab/nivolumab. Bröstobehag och ny trötthet."),
        ("Utredning", "TnT 412 ng/l, stigande från 210. EKG: nytillkommet högersidigt skänkelblock. Eko: EF 45 %, tidigare 60 %."),
        ("Bedömning", "Sannolkit immunrelaterad myokardit. Allvarlig biverkan, överförs till HIA för telemetri och högdos steroider."),
    ], tpl="Konsultationssvar", setting="slutenvård")],
    [("NL102", "n1")], [],
    "typo 'Sannolkit' immunrelaterad myokardit in a cardiology consult")

C("d75-skane-typo-mojilg-leptomeningeal-spridning", "skane", "1967-07-07", "F", [
    N("n1", "sus_onk_avd_lund", L("Ida Rosén"), "2024-07-16 10:50", [
        ("Aktuellt", "Metastaserad bröstcancer HER2+, känd hjärnmetastas behandlad med SRS 2023. Nu dubbelseende och dubbelsidig hörselnedsättning."),
        ("Status", "Abducenspares vä. Nedsatt hörsel bilat. Nackstel ua."),
        ("Bedömning", "Möjilg leptomeningeal spridning. MR hjärna och hela ryggen med kontrast, LP med cytologi om inga kontraindikationer."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "typo 'Möjilg' leptomeningeal spridning in a HER2+ breast cancer patient")

C("d75-vgr-lang-journal-trolig-binjuremetastas", "vgr", "1957-10-29", "M", [
    N("n1", "skas_lung", L("Ulrika Kjellberg"), "2024-05-27 13:30", [
        ("Anamnes", "Exrökare 40 paketår, slutade 2019. KOL GOLD 2, hypertoni. Skivepitelcancer hö underlob stadium IIIA, kemoradioterapi 2023 följt av konsoliderande durvalumab, avslutat i februari."),
        ("Aktuellt", "Uppföljning med DT 6 mån efter avslutad durvalumab. Mår i stort sett som vanligt. Hosta oförändrad, lite slem på morgnarna. Ingen hemoptys. Gångsträcka ca 1 km på plan mark, stannar i uppförsbackar. Aptit god, vikt 78 kg (79 vid förra besöket). Sover bra. Inga nytillkomna smärtor."),
        ("Status", "AT: opåverkad. Cor: RR 72, inga blåsljud. Pulm: nedsatta andningsljud hö basalt, inga rassel. Lgl: inga palpabla supraklav. Buk: mjuk, oöm. Sat 94 % rumsluft."),
        ("Utredning", "DT thorax-buk 2024-05-22: strålfibros hö underlob, oförändrad. Mediastinala körtlar normalstora. Ny 22 mm solid förändring i vä binjure, 38 HU, ej känd sedan tidigare. Lever u.a. Spirometri FEV1 1,9 l (62 %)."),
        ("Bedömning", "Lungtumören fortsatt i regress. Binjureförändringen är trolig binjuremetastas, men adenom är möjligt. Behöver karaktäriseras innan besked om fortsatt behandling."),
        ("Planering", "PET-DT och vid upptag biopsi. Diskuteras på lung-MDK 4/6. Ny kontakt med pat per telefon efter konferensen. Inhalationsbehandlingen för KOL oförändrad."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "long follow-up chart after durvalumab; one 'trolig binjuremetastas' in Bedömning")

C("d75-skane-utkast-deauville4-talar-for-kvarvarande-lymfom", "skane", "1990-01-15", "F", [
    N("n1", "sus_hem_lund", L("Niklas Wendt"), "2024-04-05 12:15", [
        ("Aktuellt", "Diffust storcelligt B-cellslymfom stadium IIA, efter 6 R-CHOP. Utvärderande PET-DT gjord 2024-04-03."),
        ("Utredning", "PET-DT: kvarvarande upptag i en 2 cm mediastinal resttumör, Deauville 4. Inga nya lokaler."),
        ("Bedömning", "Fynden talar för kvarvarande lymfom i mediastinum, men inflammatoriskt upptag efter behandling förekommer. Biopsi via mediastinoskopi innan konsoliderande strålbehandling övervägs."),
        ("Planering", "Remiss thoraxkirurgen. Lymfom-MDK tisdag."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [("NL102", "n1")], [],
    "unsigned draft: end-of-treatment PET 'talar för kvarvarande lymfom'")

C("d75-vgr-misstankt-recidiv-av-myelom", "vgr", "1949-06-06", "M", [
    N("n1", "sas_hem", L("Pernilla Gunnarsson"), "2024-08-06 09:25", [
        ("Aktuellt", "Myelom IgG-kappa, autolog stamcellstransplantation 2021, lenalidomid underhåll. M-komponenten varit 0 i två år, nu 4 g/l, fria kappa 120 mg/l."),
        ("Bedömning", "Misstänkt recidiv av myelom. Hb, krea och kalcium normala."),
        ("Planering", "Kontroll om 4 veckor, benmärgsprov om fortsatt stigande."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "serological relapse: 'misstänkt recidiv av myelom' on maintenance")

C("d75-skane-barn-misstankt-lungmetastas-wilms", "skane", "2016-03-22", "F", [
    N("n1", "sus_barnonk", L("Cecilia Brandt"), "2024-02-21 10:00", [
        ("Aktuellt", "7-årig flicka, Wilms tumör hö njure stadium II, nefrektomi och cytostatika enligt UMBRELLA, avslutat i september. Rutinuppföljning, mamma med."),
        ("Utredning", "Lungröntgen idag: ny ca 8 mm rundad förtätning i vä underlob."),
        ("Bedömning", "Misstänkt lungmetastas av Wilms tumör. DT thorax i morgon under sedering."),
        ("Planering", "Barnonkologen ringer båda föräldrarna efter DT-svaret."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "child under 13 (guardians read): 'misstänkt lungmetastas av Wilms tumör'")

C("d75-skane-bild-som-vid-levermetastasering", "skane", "1955-03-03", "M", [
    N("n1", "sus_onk_malmo", L("Amira Saleh"), "2024-09-17 14:35", [
        ("Utredning", "DT efter 4 cykler FOLFIRINOX: primärtumören i pankreashuvudet oförändrad storlek. Multipla nya små hypodensa leverförändringar, största 9 mm."),
        ("Bedömning", "Bild som vid levermetastasering, dvs progress trots behandling. Biopsi ej möjlig pga storleken, MR lever redan nu."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "response evaluation 'bild som vid levermetastasering' on FOLFIRINOX")

C("d75-vgr-ssk-trol-immunrelatead-dermatit", "vgr", "1976-02-09", "F", [
    N("n1", "nu_onk", S("Sara Lundquist"), "2024-03-26 11:10", [
        ("Telefonkontakt", "Pat hör av sig via 1177 med kliande röda utslag på bål och armar sedan 4 dagar, pågående pembrolizumab. Har skickat bild. Ingen feber, inga blåsor, munslemhinnan ua."),
        ("Bedömning", "Efter samråd med dr Yilmaz bedöms utslaget trol. som immunrelatead dermatit grad 1-2."),
        ("Åtgärd", "Recept Betnovat kräm och Aerius skickat. Pat ringer vid spridning eller blåsbildning."),
    ], tpl="Telefonanteckning")],
    [("NL102", "n1")], [],
    "typo 'immunrelatead' dermatit hedged with 'trol.' in a nurse 1177 contact")

C("d75-skane-ev-lungemboli-dvt", "skane", "1960-08-30", "F", [
    N("n1", "hbg_onk_dag", L("Magnus Pihl"), "2024-10-07 08:45", [
        ("Aktuellt", "Kommer för kur 3 karboplatin/paklitaxel, ovarialcancer. Berättar om andfåddhet sedan helgen och smärta i vä vad."),
        ("Status", "Puls 108, sat 93 %. Vä vad 3 cm större omfång än hö, öm."),
        ("Bedömning", "Ev. lungemboli med utgångspunkt från DVT vä ben. Kuren ges ej idag."),
        ("Åtgärd", "DT-angio lungor akut, Innohep i behandlingsdos ges direkt."),
    ], tpl="Daganteckning")],
    [("NL102", "n1")], [],
    "'Ev.' before a diagnosis (lungemboli), not before a plan")

C("d75-skane-epikris-trolig-pyelonefrit", "skane", "1952-10-10", "F", [
    N("n1", "cs_onk_avd", L("Lars Svensson"), "2024-06-06 15:00", [
        ("Epikris", "71-årig kvinna med metastaserad bröstcancer på kapecitabin, inlagd 2024-06-02 – 06-06 för feber 39,5 och vänstersidig flanksmärta. Ej neutropen. E. coli i urinodling, blododling negativ. Svarade bra på cefotaxim, byte till ciprofloxacin per os."),
        ("Diagnos", "Trolig pyelonefrit vä. Metastaserad bröstcancer."),
        ("Planering", "Ciprofloxacin totalt 10 dagar. Kapecitabin återupptas efter avslutad antibiotika om pat mår bra. Återbesök onkologmottagningen 18/6."),
    ], tpl="Epikris", setting="slutenvård")],
    [("NL102", "n1")], [],
    "discharge summary with 'Trolig pyelonefrit' under sökord Diagnos")

C("d75-vgr-dd-gastroenterit-vs-immunmedierad-kolit", "vgr", "1981-12-24", "M", [
    N("n1", "skas_onk", L("Tove Andersson"), "2024-11-05 10:30", [
        ("Telefonkontakt", "Pat med njurcellscancer på nivolumab ringer: lös avföring 5 ggr/dygn sedan 3 dagar, sonen har haft magsjuka."),
        ("Bedömning", "DD infektiös gastroenterit vs immunmedierad kolit grad 2. Faecesprov för calprotectin, odling och virus-PCR."),
        ("Åtgärd", "Inget loperamid. Pat lämnar prover i morgon, ny kontakt torsdag."),
    ], tpl="Telefonanteckning")],
    [("NL102", "n1")], [],
    "'DD' between two diagnoses (infection vs immune colitis) during nivolumab")

C("d75-skane-informerad-om-sannolikt-regionalt-recidiv", "skane", "1969-06-16", "F", [
    N("n1", "sus_kvinno_lund", L("Malin Persson"), "2024-04-16 13:20", [
        ("Aktuellt", "Cervixcancer stadium IIB, kemoradioterapi och brachyterapi 2022. PET-DT pga smärta i ljumsken."),
        ("Utredning", "PET-DT: FDG-upptag i 2 cm lymfkörtel vä iliaca externa."),
        ("Bedömning", "Sannolikt regionalt recidiv av cervixcancer. UL-ledd biopsi."),
        ("Information", "Pat informerad vid dagens besök om att det sannolikt rör sig om återfall och att biopsin behövs för bekräftelse. Maken med vid samtalet."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [("NL101", "n1")],
    "hedged recurrence told to the patient: NL102 fires, NL101 does not")

C("d75-vgr-mdk-misstankt-solitar-hjarnmetastas", "vgr", "1958-09-12", "F", [
    N("n1", "su_lungteam", L("Robert Hellström"), "2024-09-24 15:45", [
        ("MDK", "Lung-MDK 2024-09-24. Närvarande: lungonkolog, lungmedicinare, thoraxkirurg, radiolog, neuroradiolog."),
        ("Bakgrund", "Adenocarcinom vä överlob, ALK-positivt, alektinib sedan 2022 med stabil sjukdom extrakraniellt. Uppföljande MR hjärna visar ny 9 mm uppladdande förändring hö frontalt."),
        ("Bedömning", "Konferensens bedömning: misstänkt solitär hjärnmetastas, extrakraniellt fortsatt stabil sjukdom. Stereotaktisk strålbehandling föreslås, alektinib fortsätter."),
    ], tpl="MDK-anteckning")],
    [("NL102", "n1")], [],
    "MDK note: 'misstänkt solitär hjärnmetastas' on ALK inhibitor")

C("d75-vgr-typo-mistanke-om-pleurakarcinos", "vgr", "1950-01-19", "F", [
    N("n1", "kungalv_med", L("Stina Berg"), "2024-02-08 19:30", [
        ("Aktuellt", "Bröstcancer 2017, nu ökande andfåddhet 3 v. Lungröntgen visar stor pleuravätska hö."),
        ("Åtgärd", "Pleuratappning 1,2 l serös vätska, skickad för cytologi och odling."),
        ("Bedömning", "Nytillkommen pleuravätska med mistanke om pleurakarcinos. Hjärtsvikt osannolikt med normalt NT-proBNP."),
    ], tpl="Inskrivningsanteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "typo 'mistanke om' pleurakarcinos years after breast cancer")

C("d75-vgr-ca125-talar-starkt-for-ovarialrecidiv", "vgr", "1956-07-31", "F", [
    N("n1", "sas_kvinno", L("Jenny Falk"), "2024-10-22 16:05", [
        ("Telefonkontakt", "Ringer pat med svar på CA-125 som stigit från 18 till 96 kU/l på tre månader. Höggradig serös ovarialcancer, PARP-hämmare sedan 2022. Pat upplever lite uppkördhet men inget annat."),
        ("Bedömning", "Talar starkt för recidiv av ovarialcancer. DT thorax-buk bokad nästa vecka, återbesök efter det."),
    ], tpl="Telefonanteckning")],
    [("NL102", "n1")], [],
    "tumour marker rise: 'talar starkt för recidiv av ovarialcancer'")

C("d75-vgr-utkast-trolig-lakemedelsutlost-hepatit", "vgr", "1961-04-15", "M", [
    N("n1", "nu_onk", L("Daniel Ivarsson"), "2024-07-09 09:40", [
        ("Aktuellt", "Metastaserad njurcellscancer, axitinib + pembrolizumab sedan 3 mån. Lab inför besök: ALAT 6,1, ASAT 4,0, bilirubin 19."),
        ("Bedömning", "Trolig läkemedelsutlöst hepatit. Det går inte att säga vilket av läkemedlen; axitinib sätts ut först pga kort halveringstid, pembrolizumab pausas."),
        ("Planering", "Lab om 3-4 dagar. Steroider om ingen förbättring inom en vecka."),
    ], tpl="Läkaranteckning", signed=None)],
    [("NL102", "n1")], [],
    "unsigned draft: 'trolig läkemedelsutlöst hepatit' on axitinib/pembrolizumab")

C("d75-skane-oneliner-levermetastas-fragetecken", "skane", "1947-09-19", "M", [
    N("n1", "landskrona_med", L("Viktor Ahl"), "2024-10-01 11:00", [
        ("Bedömning", "Levermetastas? Ultraljudsledd biopsi bokad 14/10."),
    ], tpl="Daganteckning")],
    [("NL102", "n1")], [],
    "one-line note: trailing question mark after a diagnosis")

C("d75-vgr-typo-pseudoprogress-kan-inte-utelsutas", "vgr", "1972-01-30", "F", [
    N("n1", "su_jubileum", L("Marcus Tegnér"), "2024-04-29 14:50", [
        ("Aktuellt", "Melanom med lungmetastaser, nivolumab sedan 8 v. Första utvärderingen."),
        ("Utredning", "DT thorax: target-lesionerna ökat 25 %, en ny 6 mm lungnodul."),
        ("Bedömning", "Möjlig pseudoprogress, men äkta progress av melanomet kan inte utelsutas. Pat mår bättre med mindre hosta, LDH sjunkande. Behandlingen fortsätter och ny DT om 6 v enligt iRECIST."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [],
    "typo 'utelsutas': pseudoprogress versus true progression of melanoma")

C("d75-vgr-trolig-laboratoriemassig-tumorlys", "vgr", "1953-03-08", "M", [
    N("n1", "su_hem_avd", L("Fredrik Olausson"), "2024-11-12 18:10", [
        ("Aktuellt", "KLL, dag 2 efter första dosen venetoklax i upptitrering. Kalium 5,9, fosfat 1,9, urat 520, krea 145 från 90."),
        ("Bedömning", "Trolig laboratoriemässig tumörlys. Venetoklax pausas, utökad hydrering och rasburikas."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL102", "n1")], [],
    "'trolig' tumour lysis syndrome at venetoclax start")

C("d75-skane-mojlig-immunrelaterad-nefrit", "skane", "1959-12-12", "M", [
    N("n1", "sus_njur_lund", L("Hanna Grönlund"), "2024-08-27 10:20", [
        ("Bedömning", "Kreatinin stigit från 85 till 210 under pembrolizumab. U-sticka: leukocyter 2+, protein 1+. UL njurar utan avflödeshinder. Möjlig immunrelaterad interstitiell nefrit."),
        ("Åtgärd", "Rekommenderar paus i immunterapin och prednisolon 1 mg/kg. Njurbiopsi vid utebliven förbättring."),
    ], tpl="Konsultationssvar")],
    [("NL102", "n1")], [],
    "'möjlig immunrelaterad interstitiell nefrit' in a nephrology consult")

# ---------------------------------------------------------------------------
# B. Hard negatives for NL102: negated, relative, non-diagnostic hedge,
#    conditional, confirmed, protected place, PMO
# ---------------------------------------------------------------------------

C("d75-skane-typo-inga-tecken-pa-recidv", "skane", "1958-07-12", "F", [
    N("n1", "sus_onk_malmo", L("Kristina Holmqvist"), "2024-03-14 10:25", [
        ("Aktuellt", "Rektalcancer, kortidsstrålning och operation 2021. Tvåårskontroll."),
        ("Utredning", "DT thorax-buk: inga tecken på recidv eller metastasering. CEA 1,8."),
        ("Bedömning", "Recidivfri. Nästa kontroll om ett år enligt uppföljningsprogrammet. Pat informerad om det fina beskedet."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "typo 'recidv' inside a negation ('inga tecken på'); normal result told")

C("d75-vgr-ingen-misstanke-kolit-laxermedel", "vgr", "1966-10-21", "M", [
    N("n1", "skas_onk", S("Louise Carlsson"), "2024-04-09 13:35", [
        ("Telefonkontakt", "Pat på atezolizumab ringer om lös avföring 2–3 ggr/dag. Har tagit Movicol dagligen pga opioider och fortsatt trots att magen blivit lös. Ingen buksmärta, inget blod."),
        ("Bedömning", "Ingen misstanke om immunrelaterad kolit enligt dr Persson. Lös mage av laxermedlet."),
        ("Åtgärd", "Movicol sätts ut. Pat hör av sig om besvären kvarstår efter 2 dygn."),
    ], tpl="Telefonanteckning")],
    [], [("NL102", "n1")],
    "'ingen misstanke om immunrelaterad kolit': negated side effect")

C("d75-vgr-talar-emot-levermetastas-hemangiom", "vgr", "1971-12-05", "F", [
    N("n1", "sas_onk", L("Therese Nyberg"), "2024-06-18 09:55", [
        ("Utredning", "MR lever: den 11 mm stora lesionen i segment 7 har perifer nodulär uppladdning med centripetal fyllnad, typiskt hemangiom."),
        ("Bedömning", "Talar emot levermetastas. Ingen vidare utredning av lesionen. Fortsatt adjuvant endokrin behandling."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'talar emot levermetastas': a new lesion resolved as benign")

C("d75-skane-slakt-trolig-ovarialcancer-hos-mor", "skane", "1983-08-18", "F", [
    N("n1", "sus_onkogen_lund", L("Elin Wallgren"), "2024-02-29 13:00", [
        ("Anamnes", "Pat opererad för bröstcancer 2023, BRCA-testning negativ hos henne. Mor dog 58 år i trolig ovarialcancer, aldrig utredd i detalj. Mosters dotter misstänks ha haft bröstcancer i 40-årsåldern."),
        ("Bedömning", "Släktbilden räcker inte för fördjupad testning enligt riktlinjer. Ingen ytterligare genetisk utredning nu; pat kan återkomma om ny information om släkten kommer fram."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "hedged cancers belong to the mother and a cousin, not the patient")

C("d75-vgr-ev-pet-eventuellt-stralning-plan", "vgr", "1957-05-23", "M", [
    N("n1", "su_lung", L("Ahmed Karimi"), "2024-07-23 11:15", [
        ("Bedömning", "Skivepitelcancer vä lunga. Stabil sjukdom på DT efter fyra cykler karboplatin/paklitaxel + pembrolizumab. Underhåll med pembrolizumab fortsätter."),
        ("Planering", "Ev. PET-DT inför nästa MDK om DT blir svårbedömd. Eventuellt strålbehandling mot primärtumören om sjukdomen förblir lokaliserad."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'ev.'/'eventuellt' hedge only plans (PET-DT, radiotherapy); disease stable")

C("d75-skane-ssk-trotthet-troligen-kopplad-till-kuren", "skane", "1975-11-30", "F", [
    N("n1", "hbg_onk_dag", S("Josefin Ek"), "2024-08-14 10:05", [
        ("Aktuellt", "Bröstcancer, adjuvant EC kur 3 av 4. Pat uppger kraftig trötthet dag 3–7 efter kuren, nu på väg tillbaka. Äter och dricker. Illamåendet lindrat av Emend."),
        ("Bedömning", "Tröttheten är troligen kopplad till cytostatikan och följer förväntat mönster. Hb 112."),
        ("Åtgärd", "Råd om fysisk aktivitet och vila. Pat får broschyr om trötthet vid cancerbehandling."),
    ], tpl="Sjuksköterskeanteckning")],
    [], [("NL102", "n1")],
    "'troligen' hedges the cause of a symptom (trötthet), no diagnosis")

C("d75-vgr-villkor-lunginflammation-maste-uteslutas", "vgr", "1951-06-28", "M", [
    N("n1", "nu_onk", S("Malin Hedlund"), "2024-01-23 14:00", [
        ("Information", "Inför start av durvalumab har pat och hustrun fått muntlig och skriftlig information. Om hosta, andfåddhet eller feber uppstår ska pat ringa direkt eftersom lunginflammation av immunterapin då måste uteslutas. Vid diarré mer än 4 gånger per dygn ska mottagningen kontaktas samma dag."),
    ], tpl="Sjuksköterskeanteckning")],
    [], [("NL102", "n1")],
    "conditional instruction ('om hosta … måste uteslutas'), not a current hypothesis")

C("d75-skane-pad-bekraftar-levermetastaser", "skane", "1956-01-09", "M", [
    N("n1", "sus_onk_malmo", L("Tobias Lindahl"), "2024-02-15 10:40", [
        ("Utredning", "PAD leverbiopsi: metastas av kolorektalt adenocarcinom. RAS vildtyp, BRAF vildtyp."),
        ("Bedömning", "Metastaserad koloncancer med två levermetastaser. Diskuteras på lever-MDK avseende resektabilitet."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "biopsy-confirmed metastases, no hedge; nothing said about telling")

C("d75-vgr-partiell-respons-recist", "vgr", "1969-09-16", "F", [
    N("n1", "su_jubileum", L("Lisa Ekman"), "2024-03-19 13:25", [
        ("Utredning", "DT thorax-buk efter 3 mån trastuzumab deruxtecan: summan av target lesions minskad med 41 %, inga nya lesioner."),
        ("Bedömning", "Partiell respons enligt RECIST 1.1. Behandlingen fortsätter oförändrad, DT igen om 3 mån."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "response evaluation 'partiell respons' stated without any hedge")

C("d75-vgr-tidiga-hypoteser-sokord-levermetastasering", "vgr", "1963-02-19", "M", [
    N("n1", "sas_onk", L("Mikael Lund"), "2024-09-03 10:10", [
        ("Aktuellt", "Koloncancer, CAPOX avslutat i våras. Sedan en månad diffus värk i hö flank, aptiten nedsatt."),
        ("Status", "Buk: lätt öm under hö arcus, ingen palpabel resistens. Ej ikterisk."),
        ("Tidiga hypoteser", "Misstänkt levermetastasering med tanke på smärtan och aptitförlusten, DD gallsten."),
        ("Planering", "DT buk inom 2 v. Återbesök med svar."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [], [("NL102", "n1")],
    "VGR: the hypothesis sits only under sökord Tidiga hypoteser (unsigned draft)")

C("d75-skane-tidiga-hypoteser-mall-endometriecancer", "skane", "1973-05-02", "F", [
    N("n1", "sus_kvinno_lund", L("Karolina Widén"), "2024-10-10 14:30", [
        ("Bedömning", "Ojämnt förtjockat endometrium hos pat under tamoxifenbehandling, trolig endometriecancer, DD hyperplasi. Hysteroskopi med px."),
    ], tpl="Tidiga hypoteser")],
    [], [("NL102", "n1")],
    "Skåne: the hedged diagnosis is in a note written in the Tidiga hypoteser template")

C("d75-skane-pmo-misstankt-recidiv-i-axillen", "skane", "1952-04-14", "F", [
    N("n1", "vc_eslov", L("Göran Friberg"), "2024-05-06 09:20", [
        ("Aktuellt", "Opererad för bröstcancer vä 2018, avslutat endokrin behandling. Knöl i vä armhåla sedan 3 v."),
        ("Status", "Vä axill: 1,5 cm fast, oöm, fixerad körtel. Hö axill ua."),
        ("Bedömning", "Misstänkt recidiv av bröstcancer i axillen. Remiss enligt standardiserat vårdförlopp till bröstmottagningen."),
    ], tpl="Besöksanteckning")],
    [], [("NL102", "n1")],
    "PMO (vårdcentral): diagnoses are never shown, so the hedge does not count")

C("d75-skane-pmo-psa-trolig-biokemisk-recidiv", "skane", "1946-10-03", "M", [
    N("n1", "vc_tomelilla", L("Inger Sjöberg"), "2024-06-12 15:40", [
        ("Telefonkontakt", "Pat strålbehandlad för prostatacancer 2019, PSA-kontroller på vårdcentralen. PSA nu 4,1 jämfört med nadir 0,6. Trolig biokemisk recidiv, remiss urologen skickad. Pat informerad om provsvaret."),
    ], tpl="Telefonanteckning")],
    [], [("NL102", "n1")],
    "PMO telephone note with 'trolig biokemisk recidiv' (grammar slip kept)")

C("d75-vgr-pseudoprogress-avskrivs-viabel-tumor", "vgr", "1966-08-09", "M", [
    N("n1", "su_jubileum", L("Anna Sundberg"), "2024-08-20 12:30", [
        ("Utredning", "Biopsi av den växande lymfkörteln i hö axill: viabel melanommetastas, ingen behandlingsrelaterad inflammation."),
        ("Bedömning", "Pseudoprogress avskrivs. Progress på nivolumab, byte till andra linjen diskuteras med pat på torsdag."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'pseudoprogress avskrivs': biopsy-confirmed progression, no open hypothesis")

C("d75-vgr-cea-mojligen-marginellt-stigande", "vgr", "1961-05-18", "F", [
    N("n1", "alingsas_kir", L("Petra Åkesson"), "2024-09-26 10:00", [
        ("Aktuellt", "Koloncancer stadium II, opererad 2022. Halvårskontroll."),
        ("Labsvar", "CEA 4,9 → 5,3, möjligen marginellt stigande men inom analysvariationen. Röker, vilket kan ge lätt förhöjt CEA."),
        ("Bedömning", "Inga kliniska tecken på recidiv. Ny CEA om 3 mån, DT enligt plan i december."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "hedge on a lab trend (CEA 'möjligen marginellt stigande'); recurrence negated")

C("d75-skane-lungmetastaser-kan-uteslutas-komplett-respons", "skane", "1980-06-06", "M", [
    N("n1", "sus_onk_lund", L("Jakob Stenberg"), "2024-11-19 13:15", [
        ("Aktuellt", "Testikelcancer, icke-seminom, 3 BEP 2023. Kontroll-DT."),
        ("Utredning", "DT thorax: de tidigare små noduli i båda lungorna är helt regredierade. Retroperitoneum utan förstorade körtlar. AFP och hCG normala."),
        ("Bedömning", "Komplett respons. Lungmetastaser kan uteslutas på dagens undersökning. Fortsatt uppföljning enligt SWENOTECA."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'kan uteslutas' (without ej): ruled out, not 'kan ej uteslutas'")

C("d75-vgr-typo-ingen-missanke-hjarnmetastaser", "vgr", "1955-11-14", "F", [
    N("n1", "su_lung", L("Johanna Rydén"), "2024-08-15 09:35", [
        ("Aktuellt", "Småcellig lungcancer, extensiv sjukdom, karboplatin/etoposid/atezolizumab. Huvudvärk sedan en vecka, var förkyld samtidigt."),
        ("Status", "Neurologiskt ua, inga fokala bortfall."),
        ("Utredning", "MR hjärna 2024-08-14 utan patologiska fynd."),
        ("Bedömning", "Ingen missanke om hjärnmetastaser. Huvudvärken har nästan släppt sedan förkylningen gick över."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "typo 'Ingen missanke om': negation with a misspelled trigger")

C("d75-skane-ej-forenligt-med-recidiv-fettnekros", "skane", "1970-02-25", "F", [
    N("n1", "sus_brost_malmo", L("Sanna Möller"), "2024-04-25 11:05", [
        ("Utredning", "Mammografi och UL hö bröst: ärrområde med fettnekros, oförändrat sedan 2023."),
        ("Bedömning", "Ej förenligt med recidiv. Fettnekros i operationsärret. Nästa mammografi om ett år."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'ej förenligt med recidiv': negated form of a hedge trigger")

C("d75-vgr-fragestallning-vaccination-ej-diagnos", "vgr", "1960-09-29", "M", [
    N("n1", "skas_onk", S("Emma Strand"), "2024-10-03 08:55", [
        ("Telefonkontakt", "Frågeställning från pat: kan han ta influensa- och covidvaccin under pågående pembrolizumab? Samråd med dr Nilsson: inga hinder, vaccination rekommenderas."),
        ("Åtgärd", "Pat hänvisas till vårdcentralen för vaccinationen."),
    ], tpl="Telefonanteckning")],
    [], [("NL102", "n1")],
    "'frågeställning' about vaccination, no diagnosis is questioned")

C("d75-vgr-orolig-for-aterfall-inga-hallpunkter", "vgr", "1974-01-08", "F", [
    N("n1", "sas_brost", L("Camilla Öst"), "2024-02-12 14:20", [
        ("Aktuellt", "Kommer på extrabesök, känt en förhårdnad i vä bröstet nära ärret och är rädd att cancern kommit tillbaka. Operation och strålning 2022."),
        ("Status", "Palp: strängformig ärrvävnad, inga knölar. Axiller och fossae supraclav ua."),
        ("Bedömning", "Inga hållpunkter för recidiv. Förhårdnaden är ärrvävnad efter strålbehandlingen. Lugnande besked till pat."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "patient's own fear of relapse; recurrence negated and the result told")

C("d75-skane-verifierad-immunrelaterad-kolit-infliximab", "skane", "1965-07-13", "F", [
    N("n1", "sus_kolorektal_malmo", L("Nora Blom"), "2024-09-11 16:15", [
        ("Aktuellt", "Melanom, 4 kurer ipilimumab/nivolumab. Inlagd förra veckan för diarré."),
        ("Utredning", "Koloskopi med biopsier: PAD bekräftar immunrelaterad kolit. CMV negativt."),
        ("Bedömning", "Immunrelaterad kolit grad 3, verifierad. Otillräckligt svar på steroider, infliximab 5 mg/kg ges idag."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [], [("NL102", "n1")],
    "biopsy-verified immune colitis: confirmed side effect, no hedge")

C("d75-vgr-progress-biopsiverifierad-informerad", "vgr", "1952-06-03", "M", [
    N("n1", "sas_onk", L("Ola Hermansson"), "2024-10-04 13:50", [
        ("Bedömning", "Progress enligt RECIST med två nya levermetastaser, biopsiverifierat 2024-10-02. Första linjens behandling avslutas."),
        ("Samtal", "Pat och dotter informerade idag om progressen och om alternativen för andra linjen. Pat vill fundera till nästa vecka."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "confirmed progression told to patient and daughter: neither rule applies")

C("d75-vgr-information-om-mojliga-biverkningar", "vgr", "1978-07-27", "M", [
    N("n1", "su_jubileum", S("Hampus Lilja"), "2024-04-02 10:45", [
        ("Information", "Inför start av adjuvant pembrolizumab gick vi igenom möjliga biverkningar: hudutslag, diarré/kolit, lunginflammation, leverpåverkan, sköldkörtel- och binjurepåverkan samt sällsynt hjärtmuskelinflammation. Pat fick skriftlig information och kontaktuppgifter dygnet runt."),
        ("Planering", "Start 2024-04-08, lab med TSH, kortisol och leverprover före varje kur."),
    ], tpl="Sjuksköterskeanteckning")],
    [], [("NL102", "n1")],
    "list of 'möjliga biverkningar' in patient education, no hypothesis about the patient")

C("d75-skane-pmo-hemsjukvard-misstankt-progress-skelett", "skane", "1944-05-09", "M", [
    N("n1", "hsv_sjobo", S("Birgitta Lindström"), "2024-11-25 10:20", [
        ("Aktuellt", "Känd prostatacancer med skelettmetastaser, palliativ inriktning. Ökad smärta i bäckenet senaste veckan, tar extradoser oxikodon 4–5 ggr/dygn."),
        ("Bedömning", "Misstänkt progress av skelettmetastaserna. Kontakt med ansvarig läkare på vårdcentralen och ASIH, höjning av basdos diskuteras."),
    ], tpl="Hemsjukvårdsanteckning")],
    [], [("NL102", "n1")],
    "PMO hemsjukvård note with 'misstänkt progress': PMO never shows diagnoses")

C("d75-vgr-barn-ingen-misstanke-om-recidiv", "vgr", "2014-10-12", "M", [
    N("n1", "su_barncancer", L("Maja Eklöf"), "2024-03-07 09:15", [
        ("Aktuellt", "9-årig pojke, medulloblastom, opererad och behandlad 2021–2022. Årskontroll med MR, pappa med."),
        ("Utredning", "MR hjärna och ryggmärg: postoperativa förändringar, ingen kontrastuppladdning."),
        ("Bedömning", "Ingen misstanke om recidiv. Tillväxt och endokrin uppföljning på barnendokrin fortsätter."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "child survivor: 'ingen misstanke om recidiv' at annual MRI")

C("d75-skane-pmo-pneumoni-dd-immunrelaterad-pneumonit", "skane", "1957-02-21", "F", [
    N("n1", "vc_limhamn", L("Petter Claesson"), "2024-02-05 11:30", [
        ("Aktuellt", "Pågående immunterapi för lungcancer på SUS. Hosta och lätt feber 4 dagar."),
        ("Status", "Sat 95 %. Krepitationer vä basalt."),
        ("Bedömning", "Pneumoni, DD immunrelaterad pneumonit. Doxycyklin insatt, onkologen informerad per telefon och ser pat i morgon."),
    ], tpl="Besöksanteckning")],
    [], [("NL102", "n1")],
    "PMO vårdcentral note with DD immunrelaterad pneumonit: not shown to patient")

C("d75-vgr-misstanken-om-hepatit-avskrivs", "vgr", "1967-08-14", "F", [
    N("n1", "skas_onk", L("Josef Magnusson"), "2024-05-30 10:10", [
        ("Bedömning", "Misstanken om immunrelaterad hepatit från förra veckan avskrivs: transaminaserna normaliserade utan behandling efter utsättning av paracetamol."),
        ("Planering", "Ipilimumab/nivolumab kur 3 ges enligt plan på fredag."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'misstanken om … avskrivs': the earlier hypothesis is withdrawn")

C("d75-skane-fragetecken-pa-dosreduktion", "skane", "1962-11-06", "F", [
    N("n1", "cs_onk", L("Hugo Lindkvist"), "2024-03-25 08:40", [
        ("Aktuellt", "Ovarialcancer, kur 4 karboplatin. Kreatinin 118 mot 92 vid start."),
        ("Bedömning", "Dosreduktion? Räknat om enligt Calvert med aktuellt GFR, ges med AUC 5 i stället för 6."),
    ], tpl="Daganteckning")],
    [], [("NL102", "n1")],
    "question mark on a dosing decision, not on a diagnosis")

C("d75-vgr-kurator-bror-misstankt-lungcancer", "vgr", "1955-04-26", "F", [
    N("n1", "nu_onk", ("Lena Forsberg", "kurator"), "2024-06-20 13:00", [
        ("Samtal", "Pat behandlas för bröstcancer och har nu dessutom oro för brodern som utreds för misstänkt lungcancer på annat sjukhus. Hon är hans närmaste anhöriga och känner sig sliten."),
        ("Planering", "Nytt samtal om två veckor. Information om närståendestöd given."),
    ], tpl="Kuratorsanteckning")],
    [], [("NL102", "n1")],
    "the suspected cancer is the brother's, not the patient's")

C("d75-vgr-inget-talar-for-recidiv", "vgr", "1967-03-15", "M", [
    N("n1", "skas_kir", L("Sebastian Holm"), "2024-12-03 11:25", [
        ("Bedömning", "Koloskopi och DT utan anmärkning, CEA normalt. Inget talar för recidiv tre år efter hemikolektomin. Uppföljningen avslutas enligt vårdprogrammet."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'inget talar för recidiv': the trigger 'talar för' inside a negation")

C("d75-skane-misstanke-om-progress-foreligger-ej", "skane", "1962-05-08", "F", [
    N("n1", "sus_onk_malmo", L("Vera Nilsson"), "2024-07-30 14:10", [
        ("Bedömning", "Misstanke om progress föreligger ej. Ökningen av CA 15-3 är liten och DT visar fortsatt stabil sjukdom på fulvestrant/palbociklib."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "negation placed after the trigger: 'misstanke om progress föreligger ej'")

C("d75-vgr-tumoren-trol-nagot-mindre", "vgr", "1971-06-30", "M", [
    N("n1", "sas_onk", L("Albin Sandström"), "2024-10-15 10:35", [
        ("Utredning", "MR bäcken efter kortidsstrålning: rektaltumören trol. något mindre, svårbedömt pga ödem."),
        ("Bedömning", "Rektalcancer under neoadjuvant behandling. Fortsätter enligt plan med FOLFOX, operation därefter."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1")],
    "'trol.' hedges a size change of a known tumour, not a diagnosis")

# ---------------------------------------------------------------------------
# C. Diagnosis in a visible section while the text says the patient is not
#    told yet -> must NL101
# ---------------------------------------------------------------------------

C("d75-skane-levermetastaser-annu-inte-informerad", "skane", "1959-05-25", "M", [
    N("n1", "sus_onk_malmo", L("Sven Arvidsson"), "2024-03-06 15:30", [
        ("Utredning", "DT thorax-buk 2024-03-05: fyra nytillkomna levermetastaser, största 31 mm. Lungor ua."),
        ("Bedömning", "Progress av pankreascancer under gemcitabin/nab-paklitaxel."),
        ("Planering", "Pat är ännu inte informerad; besked ges av ansvarig onkolog vid besök 12/3 med anhörig närvarande."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [("NL102", "n1")],
    "new liver metastases in a visible note, 'pat är ännu inte informerad'")

C("d75-vgr-anastomosrecidiv-pat-ej-informerad", "vgr", "1954-08-16", "F", [
    N("n1", "alingsas_kir", L("Linnea Hjort"), "2024-02-26 12:40", [
        ("Aktuellt", "PAD från koloskopin 2024-02-20: adenocarcinom i anastomosen, recidiv av tidigare koloncancer."),
        ("Planering", "Pat ej informerad än. Besked ska ges vid fysiskt besök, kallas till mottagningen 4/3."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "biopsy-proven anastomotic recurrence, 'pat ej informerad än'")

C("d75-vgr-typo-hjarnmetastaerna-pat-vet-inte", "vgr", "1966-01-31", "M", [
    N("n1", "su_lung", L("Gunnar Wikström"), "2024-04-11 10:15", [
        ("Utredning", "MR hjärna 2024-04-10: tre hjärnmetastaser, 6–14 mm, lätt ödem kring den största."),
        ("Planering", "Pat vet ännu inte om hjärnmetastaerna. Han har bett att hustrun ska vara med när svar ges; samtal fredag kl 13."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [],
    "typo 'hjärnmetastaerna'; 'pat vet ännu inte om' the brain metastases")

C("d75-skane-ssk-lymfomrecidiv-hanvisar-till-lakare", "skane", "1947-03-14", "M", [
    N("n1", "sus_hem_lund", S("Anneli Borg"), "2024-05-14 09:05", [
        ("Telefonkontakt", "Pat ringer och undrar över svaret på PET-DT. Svaret visar recidiv av follikulärt lymfom i buken; pat ej informerad om detta och ssk hänvisar till läkarbesöket på tisdag enligt överenskommelse med dr Ekström."),
    ], tpl="Telefonanteckning")],
    [("NL101", "n1")], [],
    "nurse phone note writes the relapse and that the patient is not told")

C("d75-vgr-typo-ej-infomerad-pleurakarcinos", "vgr", "1949-12-09", "M", [
    N("n1", "kungalv_med", L("Mattias Ek"), "2024-01-30 17:05", [
        ("Utredning", "Cytologi från pleuravätskan: maligna celler, adenocarcinom av lungursprung."),
        ("Bedömning", "Pleurakarcinos vid känd lungcancer. Pat ej infomerad om cytologisvaret ännu, dr Lund har samtal med pat och son i morgon."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "typo 'ej infomerad' about confirmed pleural carcinosis")

C("d75-skane-barn-neuroblastomrecidiv-ej-fatt-beskedet", "skane", "2018-07-14", "F", [
    N("n1", "sus_barnonk", L("Tomas Ringdahl"), "2024-09-19 16:20", [
        ("Utredning", "MIBG-scintigrafi: nya upptag i vä femur och i bäckenet. Benmärgsprovet visar neuroblastomceller."),
        ("Bedömning", "Recidiv av högrisk-neuroblastom."),
        ("Planering", "Barnet och föräldrarna har ännu inte fått beskedet. Samtal med båda föräldrarna, kurator och ansvarig barnonkolog bokas i morgon förmiddag."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "child under 13: relapse written while child and guardians are not yet told")

C("d75-skane-immunhepatit-pat-ej-nadd", "skane", "1968-10-27", "M", [
    N("n1", "hbg_onk", L("Elsa Forsman"), "2024-06-27 16:40", [
        ("Utredning", "ALAT 9,4, ASAT 7,2, bilirubin 28. Hepatitserologi negativ, UL lever ua."),
        ("Bedömning", "Immunrelaterad hepatit grad 3 under nivolumab."),
        ("Telefonkontakt", "Söker pat per telefon två gånger utan svar. Pat har därför inte informerats om leverpåverkan eller om att nivolumab ska pausas; nytt försök i morgon bitti, annars brev med kallelse."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "confirmed immune hepatitis; patient could not be reached and is not told")

C("d75-vgr-utkast-peritoneal-carcinos-ej-fore-mdk", "vgr", "1960-04-09", "F", [
    N("n1", "su_gyn_onk", L("Ingrid Lövgren"), "2024-05-20 14:55", [
        ("Utredning", "Diagnostisk laparoskopi idag: spridd peritoneal carcinos, fryssnitt höggradig serös cancer."),
        ("Planering", "Pat ska ej informeras förrän efter MDK på torsdag, då behandlingsförslaget är klart. Avdelningen informerad om detta."),
    ], tpl="Läkaranteckning", setting="slutenvård", signed=None)],
    [("NL101", "n1")], [],
    "unsigned draft: 'ska ej informeras förrän efter MDK' about peritoneal carcinosis")

C("d75-skane-lokalrecidiv-besked-ej-lamnat", "skane", "1958-03-28", "F", [
    N("n1", "sus_brost_malmo", L("Åsa Bergkvist"), "2024-03-21 12:00", [
        ("Bedömning", "Mammografi och mellannålsbiopsi verifierar lokalrecidiv i vä bröst efter bröstbevarande kirurgi 2019. Besked ej lämnat till pat."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [],
    "short note: verified local recurrence, 'besked ej lämnat till pat'")

C("d75-skane-lang-utkast-lungembolier-ej-informerad", "skane", "1955-09-01", "F", [
    N("n1", "sus_onk_avd_lund", L("Filip Sandell"), "2024-07-26 21:50", [
        ("Anamnes", "Ovarialcancer stadium IIIC, primär debulking 2023, recidiv nu behandlat med karboplatin/liposomalt doxorubicin, kur 3 gavs 2024-07-15. Hypertoni, behandlad med amlodipin."),
        ("Aktuellt", "Inlagd igår kväll via akuten med feber 38,4 och illamående, har inte kunnat äta på två dygn. Lite andfådd vid ansträngning men förnekar bröstsmärta. Inga urinvägsbesvär. Avföring senast för tre dagar sedan."),
        ("Status", "AT: trött men opåverkad. Temp 37,8. Cor: takykard, regelbunden, 104/min. BT 128/76. Pulm: vesikulärt, inga rassel. Sat 94 % luft. Buk: lätt spänd, diffust öm nedom naveln, inga peritonitecken. Ben: inga ödem, vaderna mjuka."),
        ("Labsvar", "Hb 98, LPK 3,1, neutrofila 1,8, TPK 140, CRP 46, krea 74, D-dimer 2,4."),
        ("Utredning", "DT thorax-buk med kontrast 2024-07-26: bilaterala segmentella lungembolier. Ingen tarmobstruktion, måttlig mängd ascites som tidigare."),
        ("Bedömning", "Bilaterala lungembolier hos pat med aktiv ovarialcancer under cytostatika."),
        ("Planering", "Pat ännu ej informerad om att DT visar lungembolier; svaret kom efter kvällsronden och pat sov. Informeras av avdelningsläkare på förmiddagsronden. Innohep i behandlingsdos efter vikt ordinerat i kväll."),
    ], tpl="Läkaranteckning", setting="slutenvård", signed=None)],
    [("NL101", "n1")], [],
    "long unsigned inpatient chart; one line says the pulmonary emboli are not yet told")

C("d75-vgr-tyreoideacancer-inte-per-telefon", "vgr", "1987-02-12", "F", [
    N("n1", "su_onh", L("Anton Gustafsson"), "2024-08-22 13:10", [
        ("Aktuellt", "PAD efter hemityreoidektomi: papillär tyreoideacancer 24 mm med metastaser i två av fem lymfkörtlar."),
        ("Planering", "Pat har inte informerats om PAD-svaret. Svaret lämnas inte per telefon enligt överenskommelse, besked vid återbesök 3/9 då komplettering diskuteras."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "thyroid cancer with nodal metastases on PAD, 'har inte informerats'")

C("d75-skane-typo-skelettmetastser-kanner-inte-till", "skane", "1950-06-22", "M", [
    N("n1", "sus_uro_malmo", L("Bertil Jönsson"), "2024-04-17 10:50", [
        ("Utredning", "Skelettscintigrafi: multipla skelettmetastser i kotpelare, bäcken och revben."),
        ("Bedömning", "Metastaserad prostatacancer, högvolym enligt CHAARTED."),
        ("Planering", "Pat känner ännu inte till resultatet av skelettscintigrafin. Samtal på mottagningen fredag, kontaktsjuksköterska ringer och bokar."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [],
    "typo 'skelettmetastser'; 'pat känner ännu inte till' the scan result")

C("d75-vgr-immunrelaterad-pankreatit-ej-underrattad", "vgr", "1964-08-05", "M", [
    N("n1", "skas_onk", L("Lovisa Ahlin"), "2024-07-18 19:25", [
        ("Utredning", "DT buk pga buksmärta: ödematös pankreatit, inga abscesser. Lipas 14 µkat/l."),
        ("Bedömning", "Akut immunrelaterad pankreatit under pembrolizumab, gallsten och alkohol uteslutna."),
        ("Planering", "Pat ännu inte underrättad om DT-fyndet, informeras av dr Sandberg i morgon. Fasta och dropp över natten."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL101", "n1")], [("NL102", "n1")],
    "immunotherapy side effect (pankreatit) in a visible note, 'ännu inte underrättad'")

C("d75-skane-misstankt-vulvacancerrecidiv-ej-informerad", "skane", "1965-02-05", "F", [
    N("n1", "sus_kvinno_lund", L("Rebecka Lind"), "2024-11-07 11:35", [
        ("Bedömning", "Misstänkt recidiv av vulvacancer i vä ljumske, 2 cm fast körtel. Px tas på fredag."),
        ("Planering", "Pat ej informerad om misstanken ännu, vill vänta på PAD innan besked."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged recurrence both visible and explicitly not told: both rules")

C("d75-vgr-mdk-rektalrecidiv-pat-ovetande", "vgr", "1951-01-13", "M", [
    N("n1", "su_kolorektal", L("Cornelia Westman"), "2024-10-08 16:00", [
        ("MDK", "Kolorektal-MDK 2024-10-08. MR bäcken och PET-DT genomgångna: bekräftat lokalrecidiv av rektalcancer presakralt, inga fjärrmetastaser."),
        ("Beslut", "Förslag: förnyad kemoradioterapi följt av bedömning för exenteration. Pat ännu ovetande om recidivet, dr Wallin meddelar pat vid besök nästa vecka."),
    ], tpl="MDK-anteckning")],
    [("NL101", "n1")], [],
    "MDK note: confirmed pelvic recurrence, 'pat ännu ovetande'")

C("d75-vgr-maken-informerad-pat-sjalv-inte", "vgr", "1955-07-17", "F", [
    N("n1", "sas_onk", L("Patrik Svärd"), "2024-06-13 18:30", [
        ("Aktuellt", "Inlagd med förvirring. MR hjärna: fem hjärnmetastaser med omgivande ödem."),
        ("Samtal", "Maken informerad per telefon om hjärnmetastaserna. Pat själv har ännu inte fått veta, hon är i nuläget för förvirrad; besked när dexametasonet haft effekt."),
    ], tpl="Läkaranteckning", setting="slutenvård")],
    [("NL101", "n1")], [],
    "the husband is told but the patient herself is not")

C("d75-vgr-barn-medulloblastomrecidiv-foraldrar-ej-informerade", "vgr", "2015-05-20", "M", [
    N("n1", "su_barncancer", L("Elisabet Runesson"), "2024-11-26 15:15", [
        ("Utredning", "MR hjärna och ryggmärg: nya leptomeningeala metastaser längs ryggmärgen i bröst- och ländrygg."),
        ("Bedömning", "Recidiv av medulloblastom."),
        ("Planering", "Föräldrarna har inte informerats om MR-svaret. Barnonkolog och kontaktsjuksköterska träffar dem på onsdag."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "child under 13: guardians (the journal readers) not yet told of the relapse")

C("d75-skane-immunrelaterad-nefrit-biopsi-ej-informerad", "skane", "1972-09-18", "M", [
    N("n1", "sus_onk_lund", L("Julia Thelander"), "2024-09-04 15:50", [
        ("Bedömning", "Njurbiopsin visar akut interstitiell nefrit, immunrelaterad under ipilimumab/nivolumab."),
        ("Planering", "Pat ej informerad om biopsisvaret ännu, kontakt planeras i morgon när njurmedicin gett sin rekommendation."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [],
    "biopsy-proven immune nephritis, 'ej informerad om biopsisvaret'")

C("d75-vgr-epikris-tunntarmsmetastas-ej-informerad", "vgr", "1946-11-30", "M", [
    N("n1", "nu_kir_avd", L("Kerstin Alm"), "2024-09-09 14:00", [
        ("Epikris", "Inlagd 2024-09-02 – 09-09 för tarmhinder. Laparotomi 2024-09-04 med tunntarmsresektion; PAD visar metastas av tidigare opererad koloncancer."),
        ("Planering", "PAD-svaret kom dagen för utskrivning. Pat ännu inte informerad, onkologen tar över och lämnar beskedet vid besök 16/9."),
    ], tpl="Epikris", setting="slutenvård")],
    [("NL101", "n1")], [],
    "discharge summary names the metastasis while the patient is not told")

C("d75-skane-typo-informerd-analcancerrecidiv", "skane", "1963-06-11", "M", [
    N("n1", "ystad_kir", L("Roger Paulsson"), "2024-12-05 10:45", [
        ("Bedömning", "Lokalrecidiv av analcancer bekräftat med px."),
        ("Planering", "Pat ännu ej informerd om recidivet; kallas till mottagningen när tid på kolorektal-MDK finns."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [],
    "typo 'ej informerd' about a confirmed anal cancer recurrence")

C("d75-vgr-oneliner-lungmetastaser-inte-informerad", "vgr", "1959-02-22", "F", [
    N("n1", "skas_lung", L("Nils Bäckström"), "2024-03-28 16:10", [
        ("Bedömning", "Lungmetastaser på DT, patienten är inte informerad."),
    ], tpl="Läkaranteckning")],
    [("NL101", "n1")], [("NL102", "n1")],
    "one-line note: diagnosis plus 'patienten är inte informerad'")

C("d75-skane-melanom-portvakt-ej-meddelat", "skane", "1975-10-09", "F", [
    N("n1", "hbg_hud", L("Kajsa Lundmark"), "2024-03-13 13:25", [
        ("Utredning", "PAD portvaktskörtel vä axill: mikrometastas av malignt melanom."),
        ("Planering", "PAD-svaret har inte meddelats pat ännu, hon önskar besked när maken kan vara med. Tid 20/3."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [],
    "sentinel node metastasis 'har inte meddelats pat'")

C("d75-skane-mds-transformerat-till-aml-ej-informerad", "skane", "1944-12-05", "M", [
    N("n1", "sus_hem_lund", L("Mona Fredriksson"), "2024-02-19 11:20", [
        ("Utredning", "Benmärg: 28 % blaster, MDS har transformerat till akut myeloisk leukemi."),
        ("Planering", "Pat ännu inte informerad. Samtal om behandlingsmål med pat och hustru på torsdag, palliativ inriktning att diskutera."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [("NL102", "n1")],
    "transformation to AML on marrow, patient not yet informed")

# ---------------------------------------------------------------------------
# D. Hard negatives for NL101: told today / earlier, untold thing is no
#    diagnosis, untold diagnosis only in the protected place, relative not
#    told, nothing said about telling
# ---------------------------------------------------------------------------

C("d75-skane-informerad-idag-om-progress", "skane", "1960-09-14", "M", [
    N("n1", "sus_onk_malmo", L("Ebba Kullberg"), "2024-05-23 14:15", [
        ("Utredning", "DT thorax-buk: tre nya levermetastaser och tillväxt av primärtumören i ventrikeln."),
        ("Samtal", "Pat informerad vid dagens besök om progressen. Frågor om prognos besvarade, hustrun med."),
        ("Planering", "Andra linjens ramucirumab/paklitaxel, start om två veckor."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "progression with liver metastases told at today's visit")

C("d75-vgr-recidiv-informerades-tidigare", "vgr", "1955-12-27", "F", [
    N("n1", "sas_onk", L("Gustaf Ahlberg"), "2024-02-14 09:10", [
        ("Aktuellt", "Recidiv av endometriecancer i lungorna, informerades av dr Ahlberg 2024-02-05. Kommer nu för start av karboplatin/paklitaxel."),
        ("Status", "AT gott, ECOG 1. Inga perifera ödem."),
        ("Åtgärd", "Kur 1 ges idag."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "recurrence told at an earlier visit, noted with date")

C("d75-skane-ej-informerad-om-datum-for-stralstart", "skane", "1958-10-16", "F", [
    N("n1", "sus_stral_lund", L("Peter Hammar"), "2024-06-05 13:40", [
        ("Aktuellt", "Skelettmetastas i Th8 med smärta, planeras för palliativ strålbehandling 8 Gy x 1."),
        ("Planering", "Pat ej informerad om datum för strålstart ännu, kallelse skickas när dosplanen är klar."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "what is not yet told is a date, not the (known) metastasis")

C("d75-vgr-ej-informerad-om-att-remiss-skickats", "vgr", "1943-03-19", "M", [
    N("n1", "nu_onk", L("Rut Engström"), "2024-11-14 15:35", [
        ("Bedömning", "Kastrationsresistent prostatacancer med progress på enzalutamid. Pat och hustru känner till läget och har önskat mer stöd hemma."),
        ("Planering", "Remiss till palliativ enhet skickad idag; pat ännu ej informerad om att remissen gått iväg, ssk ringer honom i morgon."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "the untold item is that a referral was sent; the disease state is known to him")

C("d75-skane-normalt-dt-svar-ej-meddelat", "skane", "1974-04-04", "F", [
    N("n1", "hbg_onk", L("Vilhelm Strömberg"), "2024-10-24 10:30", [
        ("Utredning", "DT thorax-buk som femårskontroll efter bröstcancer: inga tecken på metastaser."),
        ("Planering", "Pat ej informerad om svaret ännu, brev skickas idag."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "a normal result not yet told: no diagnosis is withheld")

C("d75-vgr-utkast-tidiga-hypoteser-sokord-cis-ej-informerad", "vgr", "1961-11-27", "M", [
    N("n1", "su_uro", L("Carl Rosenqvist"), "2024-04-24 11:55", [
        ("Aktuellt", "Blåscancer, TUR-B 2023, BCG-instillationer. Kontrollcystoskopi idag."),
        ("Utredning", "Cystoskopi: rodnad slemhinna på bakväggen, px tagna."),
        ("Tidiga hypoteser", "Misstänkt recidiv i form av carcinoma in situ. Pat ej informerad om misstanken, väntar på PAD."),
        ("Planering", "Svar på PAD om 2 v, återbesök då."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR unsigned draft: both the hypothesis and 'ej informerad' sit under sökord Tidiga hypoteser")

C("d75-skane-tidiga-hypoteser-mall-leverlesioner-ej-informerad", "skane", "1969-08-23", "F", [
    N("n1", "sus_onk_lund", L("Moa Jeppsson"), "2024-08-29 15:20", [
        ("Bedömning", "DT visar två nya lesioner i levern som kan vara metastaser, alternativt fokal fettinlagring. Pat ej informerad om fynden ännu, MR lever först."),
    ], tpl="Tidiga hypoteser")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Skåne: the untold finding is written only in the Tidiga hypoteser template")

C("d75-vgr-pat-informerad-dottern-ej", "vgr", "1948-05-11", "F", [
    N("n1", "skas_onk", L("Björn Eliasson"), "2024-07-10 13:05", [
        ("Samtal", "Pat informerad om att MR visar två hjärnmetastaser. Hon vill själv berätta för dottern och ber att vi inte kontaktar henne; dottern ej informerad."),
        ("Planering", "Stereotaktisk strålbehandling mot båda lesionerna, dosplanering nästa vecka."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "patient told, only the daughter is not")

C("d75-skane-progress-lungmetastaser-inget-om-information", "skane", "1954-11-29", "M", [
    N("n1", "cs_onk", L("Dragan Petrović"), "2024-01-25 10:25", [
        ("Utredning", "DT: flera nya lungmetastaser, levern oförändrad."),
        ("Åtgärd", "Byte till docetaxel från nästa vecka. Premedicinering med betametason förskrivs."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "confirmed progression, nothing at all said about telling")

C("d75-skane-pet-komplett-metabol-respons-telefon", "skane", "1992-07-30", "M", [
    N("n1", "sus_hem_lund", L("Klara Hedin"), "2024-07-31 16:00", [
        ("Telefonkontakt", "Ringer pat med besked om PET-DT efter 4 ABVD: komplett metabol respons, Deauville 2. Pat glad och lättad."),
        ("Planering", "Två kurer AVD till enligt protokoll."),
    ], tpl="Telefonanteckning")],
    [], [("NL101", "n1")],
    "Hodgkin response told by phone")

C("d75-vgr-vet-om-skelettmetastaser-sedan-2022", "vgr", "1946-06-14", "F", [
    N("n1", "kungalv_med", L("Leo Granqvist"), "2024-03-02 20:45", [
        ("Aktuellt", "Inlagd med hyperkalcemi, Ca 3,21. Känd bröstcancer med skelettmetastaser, vilket pat vet om sedan 2022."),
        ("Åtgärd", "Rehydrering och zoledronsyra 4 mg iv."),
    ], tpl="Inskrivningsanteckning", setting="slutenvård")],
    [], [("NL101", "n1")],
    "patient has known of the metastases since 2022")

C("d75-skane-ej-informerad-om-andrad-prednisolondos", "skane", "1963-09-03", "F", [
    N("n1", "sus_onk_malmo", L("Axel Persson"), "2024-10-17 12:20", [
        ("Bedömning", "Immunrelaterad kolit grad 2, bekräftad med sigmoidoskopi. Pat känner till diagnosen sedan förra veckan och mår bättre."),
        ("Planering", "Prednisolon trappas ned från 40 till 30 mg. Pat ej informerad om den ändrade doseringen ännu, ssk ringer i morgon."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "what is untold is a dose change; the colitis is known to the patient")

C("d75-skane-typo-inga-hjarnmetasaser-ej-informerad", "skane", "1966-02-17", "F", [
    N("n1", "sus_lung_lund", L("Ludvig Sahlin"), "2024-03-27 11:30", [
        ("Utredning", "MR hjärna inför kurativ behandling: inga hjärnmetasaser."),
        ("Planering", "Pat ej informerad om MR-svaret, tas upp vid besöket på onsdag tillsammans med övrig utredning."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "typo 'hjärnmetasaser' inside a negative result that is not yet told")

C("d75-vgr-informerad-om-misstanke-lokalrecidiv", "vgr", "1973-03-26", "F", [
    N("n1", "su_brost", L("Agnes Hultgren"), "2024-09-12 10:40", [
        ("Status", "Vä bröst: 8 mm fast knuta i ärret kl 2."),
        ("Bedömning", "Misstanke om lokalrecidiv. Mellannålsbiopsi tagen idag."),
        ("Information", "Pat informerad om misstanken och om att svar kommer inom en vecka. Kontaktsjuksköterska ringer med tid."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n1")], [("NL101", "n1")],
    "suspected recurrence told to the patient: NL102 yes, NL101 no")

C("d75-skane-ssk-besked-om-blascancerrecidiv-givet", "skane", "1952-01-21", "M", [
    N("n1", "hbg_uro", S("Lotta Svanberg"), "2024-05-02 14:45", [
        ("Samtal", "Närvarande vid läkarsamtal där pat fick besked om recidiv av blåscancer. Efteråt samtal med kontaktsjuksköterska om oro och sömn. Pat har fått Min vårdplan."),
    ], tpl="Sjuksköterskeanteckning")],
    [], [("NL101", "n1")],
    "nurse documents that the recurrence was told at the doctor's talk")

C("d75-vgr-utkast-avboejer-prognossamtal", "vgr", "1959-07-02", "M", [
    N("n1", "nu_onk", L("Henning Falk"), "2024-04-18 15:25", [
        ("Samtal", "Pat informerad om progress av esofaguscancer med nya levermetastaser. Han vill inte diskutera förväntad överlevnad idag och har inte informerats om prognos i siffror, vilket respekteras."),
        ("Planering", "Palliativ cytostatika erbjuden, pat svarar inom en vecka."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [], [("NL101", "n1")],
    "unsigned draft: diagnosis told; only prognosis figures are not (no diagnosis)")

C("d75-vgr-barnen-informeras-inte-av-oss", "vgr", "1970-11-17", "F", [
    N("n1", "su_jubileum", L("Sigrid Olofsson"), "2024-12-10 13:30", [
        ("Samtal", "Pat informerad om leptomeningeal metastasering av bröstcancern. Hon önskar att hennes tonåriga barn inte informeras av oss ännu; hon tar det själv tillsammans med kurator."),
        ("Planering", "Intratekal behandling diskuteras, kurator kontaktad."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "patient told; she asks that her children are not told yet")

C("d75-vgr-last-dt-svaret-pa-1177", "vgr", "1956-02-08", "M", [
    N("n1", "skas_onk", L("Wilma Karlberg"), "2024-08-01 11:15", [
        ("Aktuellt", "Pat har läst DT-svaret på 1177 innan besöket och vet att det visar nya lungmetastaser. Är ledsen och vill gå igenom vad det betyder."),
        ("Samtal", "Genomgång av fynden och av behandlingsalternativen. Pat och sambo fick tid att ställa frågor."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1")],
    "patient already read the report in 1177 and it is discussed")

C("d75-skane-neutropeni-informerad-nytt-datum-ej", "skane", "1971-05-05", "F", [
    N("n1", "hbg_onk_dag", L("Siri Lundin"), "2024-09-30 09:20", [
        ("Aktuellt", "Neutrofila 0,6 inför kur 4 docetaxel, kuren skjuts upp en vecka."),
        ("Information", "Pat informerad om neutropenin och infektionsrisken. Har ännu inte fått det nya datumet för kuren, bokningen ringer."),
    ], tpl="Daganteckning")],
    [], [("NL101", "n1")],
    "neutropenia told; only the new date is not yet given")

C("d75-vgr-lang-journal-progress-utan-informationsuppgift", "vgr", "1953-10-30", "M", [
    N("n1", "su_jubileum", L("Torbjörn Ljung"), "2024-06-20 14:00", [
        ("Anamnes", "Prostatacancer diagnostiserad 2019 med skelettmetastaser vid debut. ADT och abirateron 2019–2022, docetaxel 6 kurer 2022, därefter lutetium-PSMA 4 cykler avslutat i mars. Typ 2-diabetes, tablettbehandlad. Förmaksflimmer på apixaban."),
        ("Aktuellt", "Återbesök efter PSMA-PET och lab. Mer värk i höger höft sista månaden, tar paracetamol 1 g x 4 och oxikodon 5 mg vid behov ett par gånger per dag. Går med rollator utomhus. Aptiten sämre, vikt 71 kg mot 75 i mars. Sover dåligt pga värken. Ingen inkontinens, inga domningar i benen."),
        ("Status", "AT: mager, opåverkad. ECOG 2. Cor: oregelbunden rytm, frekvens 84. Pulm: ua. Rygg: dunkömhet över L4. Neurologiskt: normal kraft och sensibilitet i benen, normala reflexer."),
        ("Labsvar", "PSA 148 (58 i mars), ALP 9,2, Hb 104, krea 96, Ca 2,38."),
        ("Utredning", "PSMA-PET 2024-06-18: nya skelettmetastaser i hö acetabulum och L4, ökat upptag i kända lesioner. Ingen kotkompression."),
        ("Bedömning", "Progress av kastrationsresistent prostatacancer efter lutetium-PSMA. Smärtan i höften motsvarar den nya metastasen i acetabulum."),
        ("Planering", "Palliativ strålbehandling 8 Gy x 1 mot hö acetabulum, remiss skickad. Kabazitaxel erbjuds om allmäntillståndet tillåter. Oxikodon depå 10 mg x 2 insatt. Denosumab fortsätter. Återbesök om 3 veckor med lab."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "long chart with confirmed progression; no word on telling and no hedge")

# ---------------------------------------------------------------------------
# M. Records with several notes
# ---------------------------------------------------------------------------

C("d75-skane-progress-undanhallet-sedan-berattat", "skane", "1957-04-03", "F", [
    N("n1", "sus_onk_lund", L("Hedvig Almqvist"), "2024-02-06 16:15", [
        ("Utredning", "DT efter 3 mån pembrolizumab: nya pleurametastaser vä och tillväxt av primärtumören."),
        ("Planering", "Pat har inte informerats om DT-resultatet, besked vid besök i morgon med sonen."),
    ], tpl="Läkaranteckning"),
    N("n2", "sus_onk_lund", L("Hedvig Almqvist"), "2024-02-07 10:30", [
        ("Samtal", "Pat och son informerade om att behandlingen inte har effekt och att sjukdomen spridit sig till lungsäcken."),
        ("Planering", "Pembrolizumab avslutas. Andra linjen med docetaxel/nintedanib erbjuds, pat tackar ja."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [("NL101", "n2")],
    "day 1 withholds the pleural metastases (NL101), day 2 tells them (no NL101)")

C("d75-vgr-levermetastaser-ej-underrattad-sedan-informerad", "vgr", "1957-06-19", "F", [
    N("n1", "sas_onk", L("Anders Blomqvist"), "2024-05-13 15:05", [
        ("Utredning", "DT buk: multipla levermetastaser, nytillkomna sedan december."),
        ("Planering", "Pat ej underrättad om levermetastaserna ännu. Återbesök 16/5 tillsammans med dottern."),
    ], tpl="Läkaranteckning"),
    N("n2", "sas_onk", L("Anders Blomqvist"), "2024-05-16 11:00", [
        ("Samtal", "Pat och dotter informerade om att DT visar spridning av koloncancern till levern. Pat tog beskedet sansat."),
        ("Planering", "Andra linjens behandling med FOLFIRI och bevacizumab startar nästa vecka."),
    ], tpl="Mottagningsanteckning")],
    [("NL101", "n1")], [("NL101", "n2")],
    "VGR: 'ej underrättad' in the first note, informed in the follow-up visit")

C("d75-vgr-tidiga-hypoteser-sedan-bekraftad-och-informerad", "vgr", "1965-09-21", "M", [
    N("n1", "su_uro", L("Katarina Wennberg"), "2024-03-05 10:20", [
        ("Aktuellt", "Njurcellscancer hö, nefrektomi 2022. Kontroll-DT."),
        ("Tidiga hypoteser", "Ny 9 mm lungnodulus, misstänkt metastas, DD granulom. Pat ej informerad, PET-DT först."),
        ("Planering", "PET-DT beställd."),
    ], tpl="Mottagningsanteckning"),
    N("n2", "su_uro", L("Katarina Wennberg"), "2024-04-09 13:40", [
        ("Utredning", "Kilresektion vä underlob efter PET-DT: PAD visar metastas av klarcellig njurcancer, radikalt exciderad."),
        ("Samtal", "Pat informerad om att lungförändringen var en metastas och att den är bortopererad. Fortsatt kontroll med DT var tredje månad."),
    ], tpl="Mottagningsanteckning")],
    [], [("NL102", "n1"), ("NL101", "n1"), ("NL101", "n2"), ("NL102", "n2")],
    "hypothesis kept under sökord Tidiga hypoteser, later confirmed and told in visible text")

C("d75-skane-th-mall-sedan-bekraftad-ej-informerad", "skane", "1961-02-28", "M", [
    N("n1", "sus_onk_lund", L("Isak Hultman"), "2024-11-11 09:30", [
        ("Bedömning", "Huvudvärk och nytillkommen ordmobiliseringssvårighet hos pat med melanom. Misstänkt hjärnmetastas, MR beställd."),
    ], tpl="Tidiga hypoteser"),
    N("n2", "sus_onk_lund", L("Isak Hultman"), "2024-11-12 13:15", [
        ("Utredning", "MR hjärna: 18 mm metastas vä temporalt med ödem."),
        ("Planering", "Pat ej informerad om MR-svaret ännu; samtal med pat och hustru i eftermiddag. Betapred 8 mg insatt."),
    ], tpl="Läkaranteckning", signed=None)],
    [("NL101", "n2")], [("NL102", "n1"), ("NL102", "n2")],
    "hypothesis in the Tidiga hypoteser template, then confirmed and untold in an ordinary draft")

C("d75-vgr-ssk-symtom-sedan-lakare-mojlig-pneumonit", "vgr", "1968-12-14", "F", [
    N("n1", "nu_onk", S("Therese Haglund"), "2024-01-15 09:00", [
        ("Telefonkontakt", "Pat hör av sig om hosta och andfåddhet vid promenad sedan 4 dagar. Ingen feber. Pågående durvalumab efter kemoradioterapi för lungcancer."),
        ("Åtgärd", "Tid för läkarbedömning och lungröntgen i morgon förmiddag."),
    ], tpl="Telefonanteckning"),
    N("n2", "nu_onk", L("Rikard Mellberg"), "2024-01-16 11:20", [
        ("Bedömning", "Lungröntgen visar förtätningar i strålfältet och utanför. Möjlig pneumonit, immunrelaterad eller strålinducerad. HRCT idag."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n2")], [("NL102", "n1")],
    "nurse note only lists symptoms; the doctor's next note has the hedged pneumonitis")

C("d75-skane-pmo-och-melior-samma-misstanke", "skane", "1959-06-25", "F", [
    N("n1", "vc_hoor", L("Bo Thorsson"), "2024-05-02 14:10", [
        ("Bedömning", "Palpabel resistens i vä fossa supraclavicularis hos pat behandlad för bröstcancer 2020. Misstänkt metastas, remiss till bröstmottagningen."),
    ], tpl="Besöksanteckning"),
    N("n2", "sus_brost_malmo", L("Yvonne Kling"), "2024-05-10 10:25", [
        ("Bedömning", "UL visar en 14 mm körtel vä supraklavikulärt, misstänkt regional metastas av bröstcancer. Mellannålsbiopsi tagen."),
    ], tpl="Mottagningsanteckning")],
    [("NL102", "n2")], [("NL102", "n1")],
    "same suspicion: silent in the PMO note, NL102 in the hospital Melior note")

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_on(birth, d):
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


def luhn_ok(pnr):
    digits = pnr[2:8] + pnr[9:13]
    if not digits.isdigit() or len(digits) != 10:
        return False
    return luhn_digit(digits[:9]) == int(digits[9])


def build():
    problems = []
    out = []
    names = set()
    sentences = {}
    for idx, c in enumerate(CASES):
        name = c["name"]
        where = name
        if not name.startswith("d75-"):
            problems.append("%s: name lacks d75- prefix" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            problems.append("%s: bad ruleset %r" % (where, rs))
        birth = date.fromisoformat(c["birth"])
        pnr = make_pnr(c["birth"], c["sex"], idx)
        if not luhn_ok(pnr):
            problems.append("%s: Luhn fails for %s" % (where, pnr))
        if pnr[:8] != c["birth"].replace("-", ""):
            problems.append("%s: pnr does not match birth date" % where)
        sexdigit = int(pnr[11])
        if (sexdigit % 2 == 1) != (c["sex"] == "M"):
            problems.append("%s: sex digit mismatch" % where)
        notes = c["notes"]
        ids = [n["id"] for n in notes]
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate note ids" % where)
        times = []
        for n in notes:
            if n["_region"] != rs:
                problems.append("%s/%s: unit region %s vs ruleset %s" % (where, n["id"], n["_region"], rs))
            if rs == "vgr" and n["system"] != "Melior":
                problems.append("%s/%s: VGR note not Melior" % (where, n["id"]))
            if rs == "skane" and any(s["keyword"] == PROTECTED_KEYWORD_VGR for s in n["sections"]):
                problems.append("%s/%s: Skåne note uses the VGR protected sökord" % (where, n["id"]))
            if rs == "vgr" and n["template"] == PROTECTED_TEMPLATE_SKANE:
                problems.append("%s/%s: VGR note uses the Skåne protected template" % (where, n["id"]))
            t = datetime.fromisoformat(n["time"])
            times.append(t)
            if t.year != 2024:
                problems.append("%s/%s: time not in 2024" % (where, n["id"]))
            if n["signed"] is not None:
                s = datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    problems.append("%s/%s: bad signed time" % (where, n["id"]))
            a = age_on(birth, t.date())
            if 13 <= a <= 15 or a < 0:
                problems.append("%s/%s: patient age %d at note" % (where, n["id"], a))
            if not n["sections"]:
                problems.append("%s/%s: no sections" % (where, n["id"]))
            for s in n["sections"]:
                if not s["keyword"].strip() or not s["text"].strip():
                    problems.append("%s/%s: empty section" % (where, n["id"]))
                for sent in SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences:
                            problems.append("%s: sentence repeated (first in %s): %s" % (where, sentences[sent], sent))
                        else:
                            sentences[sent] = name
        if c["as_of"]:
            as_of = datetime.fromisoformat(ts(c["as_of"]))
        else:
            last = max(times).date() + timedelta(days=3)
            as_of = datetime(last.year, last.month, last.day)
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        if as_of < max(times):
            problems.append("%s: as_of before a note" % where)
        a = age_on(birth, as_of.date())
        if 13 <= a <= 15:
            problems.append("%s: patient age %d at as_of" % (where, a))
        by_id = {n["id"]: n for n in notes}
        must = [list(x) for x in c["must"]]
        must_not = [list(x) for x in c["must_not"]]
        if not must and not must_not:
            problems.append("%s: nothing asserted" % where)
        for lst, label in ((must, "must"), (must_not, "must_not")):
            for code, target in lst:
                if code not in CODES:
                    problems.append("%s: unexpected code %s" % (where, code))
                if target not in by_id:
                    problems.append("%s: %s target %s missing" % (where, label, target))
                    continue
                sysname = by_id[target]["system"]
                # NL102 is only ever expected to fire on Melior; on PMO it may
                # only appear as must_not (PMO never shows diagnoses).
                if code == "NL102" and label == "must" and sysname != "Melior":
                    problems.append("%s: NL102 must asserted on non-Melior note" % where)
                if code == "NL101" and sysname == "PMO":
                    problems.append("%s: NL101 asserted on PMO note" % where)
        if {tuple(x) for x in must} & {tuple(x) for x in must_not}:
            problems.append("%s: same assertion in must and must_not" % where)
        if len({tuple(x) for x in must + must_not}) != len(must + must_not):
            problems.append("%s: duplicate assertion" % where)
        if not c["why"].strip():
            problems.append("%s: empty why" % where)
        clean_notes = []
        for n in notes:
            d = {k: n[k] for k in NOTE_KEYS}
            clean_notes.append(d)
        out.append({
            "case": name,
            "ruleset": rs,
            "record": {
                "patient": {"id": pnr, "birth_date": c["birth"], "protected_identity": False},
                "as_of": as_of.isoformat(),
                "notes": clean_notes,
                "access_events": [],
                "conversations": [],
                "treatments": [],
            },
            "must": must,
            "must_not": must_not,
            "why": c["why"],
        })
    return out, problems


def main():
    out, problems = build()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats = {}
    for c in out:
        for code, _ in c["must"]:
            stats.setdefault(code, [0, 0])[0] += 1
        for code, _ in c["must_not"]:
            stats.setdefault(code, [0, 0])[1] += 1
    regions = {}
    systems = {}
    for c in out:
        regions[c["ruleset"]] = regions.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            systems[n["system"]] = systems.get(n["system"], 0) + 1
    print("wrote %d cases to %s" % (len(out), OUT))
    print("rulesets:", regions, "notes per system:", systems)
    for code in sorted(stats):
        print("%s must=%d must_not=%d" % (code, stats[code][0], stats[code][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
