#!/usr/bin/env python3
"""dev107: gastroenterologi och hepatologi (öppenvård, avdelning, endoskopi).

Independent NL101/NL102 test cases written from the regional routines only.
Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "nl1_dev107_cases.jsonl"

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (sjukhus)
    "sus_malmo_gast": ("Mag-tarmmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5G31"),
    "sus_lund_gast": ("Gastroenterologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4F12"),
    "sus_lund_lever": ("Levermottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4F77"),
    "sus_lund_avd": ("Avdelning för gastroenterologi och hepatologi 12, Skånes universitetssjukhus Lund", "SE2321000255-4H20"),
    "sus_malmo_endo": ("Endoskopienheten, Skånes universitetssjukhus Malmö", "SE2321000255-5E08"),
    "sus_malmo_ibd": ("IBD-mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5G40"),
    "sus_malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5A01"),
    "sus_malmo_kir": ("Kirurgiska avdelningen 2, Skånes universitetssjukhus Malmö", "SE2321000255-5K22"),
    "sus_malmo_diet": ("Dietistenheten, Skånes universitetssjukhus Malmö", "SE2321000255-5D14"),
    "sus_barn_gast": ("Barngastroenterologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4B35"),
    "hbg_gast": ("Medicinmottagningen, sektion gastroenterologi, Helsingborgs lasarett", "SE2321000255-2M18"),
    "hbg_endo": ("Endoskopimottagningen, Helsingborgs lasarett", "SE2321000255-2E03"),
    "hbg_avd": ("Medicinavdelning 24, Helsingborgs lasarett", "SE2321000255-2V24"),
    "hbg_barn": ("Barn- och ungdomsmottagningen, Helsingborgs lasarett", "SE2321000255-2B11"),
    "csk_gast": ("Gastromottagningen, Centralsjukhuset Kristianstad", "SE2321000255-7G05"),
    "csk_avd": ("Medicinavdelning 11, Centralsjukhuset Kristianstad", "SE2321000255-7V11"),
    "ystad_med": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-8M02"),
    "ystad_endo": ("Endoskopienheten, Lasarettet i Ystad", "SE2321000255-8E06"),
    "trell_endo": ("Endoskopienheten, Lasarettet Trelleborg", "SE2321000255-9E04"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-7H31"),
    "angel_med": ("Medicinmottagningen, Ängelholms sjukhus", "SE2321000255-2A44"),
    "landsk_avd": ("Medicinavdelningen, Lasarettet Landskrona", "SE2321000255-3L09"),
    # Region Skåne, PMO (primärvård)
    "vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P0412"),
    "vc_larod": ("Vårdcentralen Laröd, Helsingborg", "SE2321000255-P0238"),
    "vc_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-P0117"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", "SE2321000255-P0721"),
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P0655"),
    "bvc_staffanstorp": ("BVC Staffanstorp", "SE2321000255-P0933"),
    "ungdom_lund": ("Ungdomsmottagningen Lund", "SE2321000255-P0802"),
    "hsv_tomelilla": ("Hemsjukvården Tomelilla", "SE2321000255-P1015"),
    # Västra Götalandsregionen, Melior
    "su_gast": ("Gastroenterologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204"),
    "su_lever": ("Hepatologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011219"),
    "su_avd": ("Avdelning 134 gastroenterologi och hepatologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011340"),
    "su_akut": ("Akutmottagningen medicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000010050"),
    "su_ostra_endo": ("Endoskopienheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012418"),
    "su_ostra_ibd": ("IBD-enheten, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012433"),
    "su_molndal": ("Medicinmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000013107"),
    "su_kir": ("Kolorektalkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000012502"),
    "dsbus": ("Barngastroenterologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000014020"),
    "nal_gast": ("Medicinmottagningen gastro, NU-sjukvården NÄL", "SE2321000131-E000000020311"),
    "udd_endo": ("Endoskopimottagningen, NU-sjukvården Uddevalla sjukhus", "SE2321000131-E000000020477"),
    "sas_gast": ("Mag-tarmmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000030118"),
    "sas_avd": ("Medicinavdelning M5, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000030205"),
    "skas_med": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040066"),
    "skas_endo": ("Endoskopienheten, Skaraborgs sjukhus Skövde", "SE2321000131-E000000040093"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000050012"),
    "kungalv_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000060031"),
    "frolunda_endo": ("Endoskopimottagningen, Frölunda specialistsjukhus", "SE2321000131-E000000070019"),
}


# --------------------------------------------------------------------------- helpers
def _luhn_ok(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_check_digit(nine):
    for c in range(10):
        if _luhn_ok(nine + str(c)):
            return str(c)
    raise ValueError(nine)


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return f"{y}{m}{d}-{serial}{_luhn_check_digit(nine)}"


def _note(nid, system, template, unit, author, role, time, signed, setting, sections):
    t = dt.datetime.fromisoformat(time)
    signed_at = None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat()
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.isoformat(),
        "signed": signed_at,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


def mel(nid, template, unit, author, role, time, signed, setting, *sections):
    return _note(nid, "Melior", template, unit, author, role, time, signed, setting, sections)


def pmo(nid, template, unit, author, role, time, signed, setting, *sections):
    return _note(nid, "PMO", template, unit, author, role, time, signed, setting, sections)


CASES = []


def case(name, ruleset, birth, serial, as_of, notes, must, must_not, why):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": dt.datetime.fromisoformat(as_of).isoformat(),
            "notes": notes,
            "access_events": [],
            "conversations": [],
            "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


# =========================================================================== cases
# ---------------------------------------------------------------- IBD
case("ibd-misstankt-crohn-ileocekalt-nybesok", "skane", "1999-08-14", "231", "2024-02-20T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_malmo_gast", "Karin Lindqvist", "läkare", "2024-02-13T10:20", 55, "öppenvård",
        ("Anamnes", "24-årig man med fyra månaders diarréer 4–6 ggr/dygn, nattliga trängningar och viktnedgång 6 kg. Ingen utlandsresa. Röker 10 cig/dag."),
        ("Status", "Opåverkad, BMI 19. Buk mjuk, lätt öm i höger fossa, ingen palpabel resistens. Perianalt en liten hudflik kl 6, ingen fistelmynning."),
        ("Bedömning", "Misstänkt Crohns sjukdom med ileocekal lokalisation, calprotectin 860 µg/g och CRP 31. Koloskopi med ileoskopi bokas inom två veckor, rökstopp rekommenderat.")),
], [("NL102", "n1")], [("NL101", "n1")],
   "hedged new Crohn diagnosis (misstänkt) in the visible Bedömning of a Skåne Melior note; nothing said about telling")

case("ibd-trolig-uc-vanstersidig-pad-invantas", "vgr", "1987-03-02", "448", "2024-04-12T00:00:00", [
    mel("n1", "Endoskopianteckning", "su_ostra_endo", "Ahmad Rahimi", "läkare", "2024-04-09T08:45", 30, "öppenvård",
        ("Undersökning", "Koloskopi till caekum, ileum ej intuberat. Premedicinering midazolam 2 mg. Tarmrening BBPS 8."),
        ("Fynd", "Kontinuerlig inflammation från rektum upp till mitten av colon descendens med granulerad slemhinna, förlorad kärlteckning och kontaktblödning, Mayo 2. Proximalt normal slemhinna."),
        ("Bedömning", "Trolig ulcerös kolit, vänstersidig utbredning. Biopsier tagna segmentvis, PAD inväntas. Mesalazin 4 g/dygn startas redan nu.")),
], [("NL102", "n1")], [],
   "endoscopist writes 'trolig ulcerös kolit' before PAD in a visible VGR section")

case("ibd-mikroskopisk-kolit-fragetecken-ppi-ssri", "skane", "1955-11-23", "606", "2024-05-30T00:00:00", [
    mel("n1", "Mottagningsanteckning", "hbg_gast", "Sofia Bergström", "läkare", "2024-05-27T13:10", 40, "öppenvård",
        ("Aktuellt", "68-årig kvinna med vattentunna diarréer sedan två månader, även nattetid. Står på lansoprazol och sertralin sedan i höstas."),
        ("Bedömning", "Mikroskopisk kolit? Koloskopi med stegvisa biopsier från höger och vänster kolon. Lansoprazol sätts ut på prov.")),
], [("NL102", "n1")], [],
   "diagnosis followed by a question mark ('Mikroskopisk kolit?') in a visible Bedömning")

case("ibd-dd-ibs-d-kolit-gallsalt", "vgr", "1979-06-18", "372", "2024-03-08T00:00:00", [
    mel("n1", "Läkaranteckning", "sas_gast", "Jonas Håkansson", "läkare", "2024-03-05T09:00", 65, "öppenvård",
        ("Anamnes", "Lösa avföringar 3–4 ggr dagligen i ett år, värre efter måltid. Inga larmsymtom, ingen blödning, vikten stabil."),
        ("Bedömning", "DD: IBS-D, mikroskopisk kolit, gallsaltsmalabsorption. Calprotectin 95 µg/g, tTG-IgA negativt. Koloskopi med biopsier och SeHCAT planeras.")),
], [("NL102", "n1")], [],
   "a DD list of the patient's candidate diagnoses is an uncertain diagnosis in a visible VGR section")

case("ibd-ingen-misstanke-calprotectin-18", "skane", "1994-01-30", "158", "2024-06-14T00:00:00", [
    mel("n1", "Telefonanteckning", "sus_lund_gast", "Elin Nyström", "sjuksköterska", "2024-06-11T14:05", 10, "öppenvård",
        ("Telefonkontakt", "Ringer pat angående provsvar. Calprotectin 18 µg/g, Hb och CRP ua. Enligt dr Lindqvist finns ingen misstanke om inflammatorisk tarmsjukdom. Pat fortsätter med lågFODMAP-kost via dietist och hör av sig vid försämring.")),
], [], [("NL102", "n1")],
   "negated diagnosis ('ingen misstanke om inflammatorisk tarmsjukdom') and the result was told")

case("ibd-kand-uc-skov-dalig-foljsamhet", "vgr", "1968-09-09", "215", "2024-02-02T00:00:00", [
    mel("n1", "Läkaranteckning", "su_gast", "Leila Haddad", "läkare", "2024-01-29T11:30", 45, "öppenvård",
        ("Aktuellt", "Ulcerös kolit, pankolit, diagnostiserad 2016. Nu sedan tre veckor 6–8 blodiga tömningar per dygn och tenesmer."),
        ("Bedömning", "Måttligt skov av känd ulcerös kolit. Sannolikt dålig följsamhet till mesalazin de senaste veckorna, pat har haft uppehåll under semester."),
        ("Åtgärd", "Prednisolon 40 mg med nedtrappning 5 mg/vecka. Mesalazin återinsätts 4,8 g. Feceskultur och C. difficile-toxin skickas.")),
], [], [("NL102", "n1")],
   "confirmed UC flare; the only hedge (sannolikt) is about adherence, not a diagnosis")

case("ibd-moster-trolig-crohn-pat-ibs", "skane", "2001-04-05", "820", "2024-03-22T00:00:00", [
    mel("n1", "Läkaranteckning", "ystad_med", "Per-Olof Svensson", "läkare", "2024-03-19T15:40", 30, "öppenvård",
        ("Hereditet", "Moster har troligen Crohns sjukdom men är inte färdigutredd. Mormor har celiaki."),
        ("Bedömning", "IBS enligt Rom IV-kriterierna. Calprotectin 22, celiakiserologi negativ, Hb 138. Genomgång av lågFODMAP och fysisk aktivitet.")),
], [], [("NL102", "n1")],
   "the hedged Crohn belongs to the aunt; the patient's own IBS diagnosis is stated without hedge")

case("ibd-ssk-ev-byte-ustekinumab", "vgr", "1990-12-12", "533", "2024-05-17T00:00:00", [
    mel("n1", "Sjuksköterskeanteckning", "su_ostra_ibd", "Maria Johansson", "sjuksköterska", "2024-05-14T10:00", 20, "öppenvård",
        ("Aktuellt", "Känd Crohn sedan 2019, infliximab var 8:e vecka. Dalvärde 1,8 mg/l och antikroppar mot infliximab påvisade."),
        ("Planering", "Ev. byte till ustekinumab, tas upp på IBD-ronden på torsdag. Pat underrättad om att läkare ringer efter ronden.")),
], [], [("NL102", "n1")],
   "'Ev.' hedges a possible change of drug, a plan, not a diagnosis")

case("ibd-misstankt-perianal-abscess-akuten", "skane", "1996-07-21", "094", "2024-08-03T00:00:00", [
    mel("n1", "Akutanteckning", "sus_malmo_akut", "Tobias Nordin", "läkare", "2024-08-02T22:15", 35, "öppenvård",
        ("Anamnes", "Känd Crohns sjukdom, ustekinumab. Tilltagande smärta vid ändtarmen i fyra dagar, frossa i kväll."),
        ("Status", "Temp 38,4. Rodnad, fluktuerande ömmande svullnad kl 3 i gynläge, ingen spontan tömning."),
        ("Bedömning", "Misstänkt perianal abscess. Kontakt med kirurgjouren för incision i natt, MR bäcken planeras efter dränage.")),
], [("NL102", "n1")], [],
   "hedged complication diagnosis (perianal abscess) written in a visible emergency note")

case("ibd-cmv-kolit-kan-ej-uteslutas-asuc", "vgr", "1983-02-26", "717", "2024-10-11T00:00:00", [
    mel("n1", "Daganteckning", "su_avd", "Goran Petrović", "läkare", "2024-10-10T11:50", None, "slutenvård",
        ("Aktuellt", "Dag 5 på intravenös kortison för akut svår ulcerös kolit, fortfarande 7 blodiga tömningar, CRP 58."),
        ("Bedömning", "Otillräckligt svar enligt Oxfordkriterierna. CMV-kolit kan ej uteslutas, flexibel sigmoideoskopi med biopsier för immunhistokemi görs i eftermiddag."),
        ("Planering", "Kolorektalkirurg tillkallad för bedömning. Infliximab 5 mg/kg som räddningsbehandling om biopsierna är negativa.")),
], [("NL102", "n1")], [],
   "'kan ej uteslutas' about a superimposed CMV colitis in a visible ward note")

case("ibd-oklart-om-crohn-eller-uc", "skane", "1977-05-08", "364", "2024-09-06T00:00:00", [
    mel("n1", "Läkaranteckning", "csk_gast", "Hanna Sjöberg", "läkare", "2024-09-03T08:30", 50, "öppenvård",
        ("Bedömning", "Oklart om det rör sig om Crohns kolit eller ulcerös kolit. PAD visar kronisk aktiv kolit med kryptabscesser men inga granulom, och skip lesions i colon transversum. Tills vidare IBD-U, MR tunntarm beställd.")),
], [("NL102", "n1")], [],
   "'Oklart om' two competing IBD diagnoses in a visible section")

case("ibd-kollagen-kolit-bekraftad-telefon", "vgr", "1949-10-01", "582", "2024-11-22T00:00:00", [
    mel("n1", "Telefonanteckning", "alingsas_med", "Oskar Lund", "läkare", "2024-11-19T13:25", 15, "öppenvård",
        ("Telefonkontakt", "PAD från koloskopin 5/11: förtjockat subepitelialt kollagenband 22 µm, kollagen kolit. Har meddelat pat diagnosen per telefon idag."),
        ("Åtgärd", "Budesonid 9 mg i åtta veckor, recept skickat. Uppföljning med sjuksköterska om två månader.")),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "confirmed diagnosis already told to the patient: neither rule applies")

case("ibd-pouchoskopi-bild-som-vid-pouchit", "skane", "1972-12-30", "249", "2024-04-26T00:00:00", [
    mel("n1", "Endoskopianteckning", "sus_malmo_endo", "Mikael Ek", "läkare", "2024-04-24T09:35", 25, "öppenvård",
        ("Indikation", "Kolektomerad 2011 för ulcerös kolit, J-pouch. Ökat antal tömningar, 12 per dygn, och urgency."),
        ("Fynd", "Pouchen med diffust ödem, erytem och fibrinbelagda småsår. Afferenta loopen ua. Anala manschetten lätt inflammerad."),
        ("Bedömning", "Bild som vid pouchit, endoskopisk PDAI 4. Biopsier tagna. Ciprofloxacin 500 mg x 2 i två veckor.")),
], [("NL102", "n1")], [],
   "'bild som vid' pouchitis in a visible endoscopy report; no word about telling")

case("ibd-ssk-telefon-om-feber-sok-akut", "vgr", "1998-03-17", "861", "2024-07-05T00:00:00", [
    mel("n1", "Telefonanteckning", "su_ostra_ibd", "Linnea Holm", "sjuksköterska", "2024-07-04T08:10", 12, "öppenvård",
        ("Telefonkontakt", "Känd ulcerös kolit på vedolizumab. Ringer om 5 tömningar/dygn senaste veckan, enstaka blodstrimma, ingen feber."),
        ("Åtgärd", "Calprotectin-kit skickas hem, svar inom en vecka. Om feber, svår buksmärta eller fler än åtta tömningar per dygn ska pat söka akut samma dag.")),
], [], [("NL102", "n1")],
   "conditional safety-net advice and a known diagnosis; no hedged diagnosis")

case("ibd-typo-missankt-crohn-mr-enterografi", "vgr", "1991-05-25", "403", "2024-03-15T00:00:00", [
    mel("n1", "Läkaranteckning", "skas_med", "Nadia Khalil", "läkare", "2024-03-13T16:00", None, "öppenvård",
        ("Utredning", "MR-enterografi: väggförtjockning 7 mm i terminala ileum över 15 cm med ökat kontrastupptag, ingen prestenotisk dilatation."),
        ("Bedömning", "Missänkt Crohn i terminala ileum. Ileokoloskopi med biopsier bokas.")),
], [("NL102", "n1")], [],
   "typo in the hedge ('Missänkt') before Crohn, unsigned draft in a visible section")

case("ibd-tidiga-hypoteser-mall-laxantia", "skane", "1997-02-11", "128", "2024-06-28T00:00:00", [
    mel("n1", "Tidiga hypoteser", "sus_lund_gast", "Karin Lindqvist", "läkare", "2024-06-25T11:40", 30, "öppenvård",
        ("Bedömning", "Misstänkt laxantiamissbruk som förklaring till hypokalemin (K 2,8) och de vattniga diarréerna utan fynd vid koloskopi. Urinscreening för laxantia skickad. Tas inte upp med pat förrän svar finns.")),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "hedged sensitive hypothesis placed in the Skåne Tidiga hypoteser template, hidden from Journalen")

case("ibd-vgr-sokord-tidiga-hypoteser-peth", "vgr", "1966-08-03", "679", "2024-09-20T00:00:00", [
    mel("n1", "Läkaranteckning", "kungalv_med", "Fredrik Almqvist", "läkare", "2024-09-18T10:15", 40, "öppenvård",
        ("Aktuellt", "Remitterad för stigande transaminaser, ALAT 2,9 och GT 6,4. Uppger måttligt alkoholintag, två glas vin i veckan."),
        ("Tidiga hypoteser", "Möjligt alkoholberoende som förklaring till levervärdena, PEth beställt. Diskuteras med pat när svaret finns."),
        ("Planering", "Ultraljud lever och Fibroscan. Hepatitserologi, ferritin och transferrinmättnad tas idag.")),
], [], [("NL102", "n1")],
   "the hedged diagnosis stands only under the VGR sökord Tidiga hypoteser; visible sections hold none")

# ---------------------------------------------------------------- celiaki
case("celiaki-barn-misstankt-ttg-94", "skane", "2018-01-19", "382", "2024-02-16T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_barn_gast", "Ida Persson", "läkare", "2024-02-14T14:00", 45, "öppenvård",
        ("Anamnes", "6-årig flicka som remitteras från BVC-läkare för tillväxtavplaning sedan ett år och återkommande magont. Mamma har hypotyreos."),
        ("Status", "Längd −1,2 SD, tidigare 0 SD. Lätt utspänd buk, i övrigt ua."),
        ("Bedömning", "Misstänkt celiaki, tTG-IgA 94 U/ml (ref <7) med normalt total-IgA. Gastroskopi med duodenalbiopsier i narkos planeras om fyra veckor; glutenintaget ska fortsätta som vanligt fram till dess.")),
], [("NL102", "n1")], [],
   "hedged celiac disease in a child under 13 (guardians read the note) in a visible Melior section")

case("celiaki-pmo-vc-misstankt-dd-ibs", "skane", "1985-09-29", "640", "2024-01-26T00:00:00", [
    pmo("n1", "Besöksanteckning", "vc_sjobo", "Emma Karlsson", "läkare", "2024-01-24T09:20", 25, "öppenvård",
        ("Aktuellt", "Trött sedan ett halvår, uppblåst efter måltider, ferritin 6."),
        ("Bedömning", "Misstänkt celiaki, DD IBS. tTG-IgA och total-IgA skickat, järntabletter insatta.")),
], [], [("NL102", "n1")],
   "PMO never shows diagnoses: hedged celiac disease in a vårdcentral note is not NL102")

case("celiaki-uteslutes-normal-duodenum", "vgr", "1993-04-14", "927", "2024-05-10T00:00:00", [
    mel("n1", "Läkaranteckning", "nal_gast", "Niklas Hedlund", "läkare", "2024-05-08T13:45", 30, "öppenvård",
        ("Bedömning", "Duodenalbiopsierna utan villös atrofi och med normalt antal intraepiteliala lymfocyter. Celiaki uteslutes. Slutsats: funktionell dyspepsi. Pat har fått svaret i telefon.")),
], [], [("NL102", "n1")],
   "celiac disease ruled out ('uteslutes'); the remaining diagnosis is stated and told")

case("celiaki-fragestallning-remissbedomning", "vgr", "1976-12-07", "158", "2024-02-23T00:00:00", [
    mel("n1", "Remissbedömning", "su_gast", "Sara Öberg", "läkare", "2024-02-21T15:30", 5, "öppenvård",
        ("Bedömning", "Frågeställning: celiaki. tTG-IgA 31 U/ml, drygt fyra gånger övre referensgräns, järnbristanemi Hb 104. Gastroskopi med duodenalbiopsier inom sex veckor, prio 2.")),
], [("NL102", "n1")], [],
   "'Frågeställning: celiaki' states an open diagnostic question about the patient in a visible section")

case("celiaki-barn-pad-klar-foraldrar-ej-informerade", "skane", "2015-06-02", "466", "2024-10-04T00:00:00", [
    mel("n1", "Läkaranteckning", "hbg_barn", "Johan Strand", "läkare", "2024-10-01T16:10", 20, "öppenvård",
        ("Provsvar", "PAD från duodenum visar subtotal villös atrofi med kryptcellshyperplasi, Marsh 3b. Diagnosen celiaki är därmed fastställd."),
        ("Planering", "Varken barnet eller föräldrarna har fått besked ännu. Samtal med läkare och dietist bokat 4/10, där glutenfri kost startas.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed celiac disease of a 9-year-old visible while the note says neither child nor guardians have been told")

case("celiaki-dietist-nydiagnostiserad-informerad", "skane", "1988-02-17", "214", "2024-04-19T00:00:00", [
    mel("n1", "Dietistanteckning", "sus_malmo_diet", "Therese Ahlgren", "dietist", "2024-04-17T10:00", 60, "öppenvård",
        ("Aktuellt", "Nydiagnostiserad celiaki sedan två veckor, har fått diagnosen av läkare på mag-tarmmottagningen."),
        ("Åtgärd", "Genomgång av glutenfri kost, dolda glutenkällor, korskontaminering i hemmet och havre utan kontaminering. Skriftligt material från Svenska Celiakiförbundet."),
        ("Planering", "Uppföljning om tre månader med ny tTG-IgA.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "dietitian note on a confirmed diagnosis the patient already received")

case("celiaki-iga-brist-kan-ej-uteslutas", "vgr", "1989-07-23", "505", "2024-06-07T00:00:00", [
    mel("n1", "Läkaranteckning", "kungalv_med", "Rasmus Kjellberg", "läkare", "2024-06-04T14:20", None, "öppenvård",
        ("Utredning", "Total-IgA <0,07 g/l, selektiv IgA-brist, varför tTG-IgA inte går att tolka."),
        ("Bedömning", "Celiaki kan ej uteslutas hos pat med diarréer och folatbrist. DGP-IgG och tTG-IgG skickas, gastroskopi beroende av svaret.")),
], [("NL102", "n1")], [],
   "'kan ej uteslutas' about the patient's celiac disease in a visible VGR note")

case("celiaki-typo-sannolkt-celiaki", "skane", "1962-10-10", "330", "2024-03-01T00:00:00", [
    mel("n1", "Läkaranteckning", "ystad_med", "Camilla Roos", "läkare", "2024-02-28T11:05", 40, "öppenvård",
        ("Bedömning", "Sannolkt celiaki med osteoporos och järnbrist som debut, tTG-IgA 56. Remiss gastroskopi, DXA och D-vitamin kontrolleras.")),
], [("NL102", "n1")], [],
   "typo in the hedge ('Sannolkt') in front of celiaki, visible Skåne Melior note")

case("celiaki-hla-negativ-avskrivs-barn", "vgr", "2021-03-28", "617", "2024-08-30T00:00:00", [
    mel("n1", "Läkaranteckning", "dsbus", "Josefin Mattsson", "läkare", "2024-08-27T10:40", 25, "öppenvård",
        ("Bedömning", "HLA-DQ2 och DQ8 negativa, celiaki avskrivs. Den 3-åriga pojkens lösa avföringar bedöms som funktionell småbarnsdiarré, växer fint längs sin kurva."),
        ("Planering", "Råd om fett i kosten och mindre juice. Ingen ny kontroll planeras, föräldrarna hör av sig vid behov.")),
], [], [("NL102", "n1")],
   "celiac disease dismissed ('avskrivs') in a child's note read by guardians")

case("celiaki-typo-ingen-missanke", "skane", "1972-01-15", "775", "2024-11-08T00:00:00", [
    mel("n1", "Mottagningsanteckning", "hlm_med", "Andreas Blom", "läkare", "2024-11-06T09:50", 30, "öppenvård",
        ("Bedömning", "Ingen missanke om celiaki, tTG-IgA <1 och normalt total-IgA. Uppblåstheten bedöms som funktionell, laktosintolerans bekräftad med gentest.")),
], [], [("NL102", "n1")],
   "typo in a negated mention ('Ingen missanke om celiaki'): still a ruled-out diagnosis")

case("celiaki-syster-sannolikt-pat-neg", "vgr", "2003-05-19", "142", "2024-01-19T00:00:00", [
    mel("n1", "Mottagningsanteckning", "skas_med", "Viktor Engström", "läkare", "2024-01-17T13:30", 20, "öppenvård",
        ("Anamnes", "Syster har sannolikt celiaki men har ännu inte gastroskoperats. Pat vill själv testas."),
        ("Bedömning", "tTG-IgA <1 U/ml på normal glutenkost. Pat har ingen celiaki i dagsläget, ny serologi vid symtom.")),
], [], [("NL102", "n1")],
   "the hedged celiac disease belongs to a sister; the patient's own result is negative")

# ---------------------------------------------------------------- IBS vs organisk sjukdom
case("ibs-trolig-ibs-c-melior", "vgr", "1995-11-04", "284", "2024-04-05T00:00:00", [
    mel("n1", "Läkaranteckning", "sas_gast", "Helena Forsberg", "läkare", "2024-04-02T10:10", 45, "öppenvård",
        ("Anamnes", "Förstoppning med hård avföring var tredje dag, buksmärta som lättar efter tarmtömning, sedan tonåren."),
        ("Bedömning", "Trolig IBS med förstoppningsdominans. Calprotectin och celiakiserologi kompletteras innan diagnosen sätts.")),
], [("NL102", "n1")], [],
   "'Trolig IBS' is a hedged functional diagnosis; IBS counts as a diagnosis")

case("ibs-pmo-ungdomsmottagning-trolig", "skane", "2007-02-09", "526", "2024-09-13T00:00:00", [
    pmo("n1", "Besöksanteckning", "ungdom_lund", "Ulrika Sandberg", "läkare", "2024-09-10T15:15", 30, "öppenvård",
        ("Aktuellt", "17-årig tjej med magknip och omväxlande lös och hård mage sedan gymnasiestarten, stressad inför prov."),
        ("Bedömning", "Trolig IBS. Calprotectin tas för säkerhets skull. Råd om regelbundna måltider och sömn.")),
], [], [("NL102", "n1")],
   "youth clinic PMO note: hedged IBS is never shown as a diagnosis in PMO")

case("ibs-rom-iv-faststalld-informerad", "skane", "1983-08-26", "310", "2024-12-06T00:00:00", [
    mel("n1", "Mottagningsanteckning", "hlm_med", "Petra Lindgren", "läkare", "2024-12-03T14:00", 35, "öppenvård",
        ("Bedömning", "Rom IV-kriterierna uppfyllda, normalt calprotectin, Hb och celiakiserologi. Diagnos: IBS av blandtyp."),
        ("Åtgärd", "Pat informerad om diagnosen och fick skriftligt material om IBS-skolan. Psyllium och vid behov loperamid.")),
], [], [("NL102", "n1")],
   "confirmed IBS diagnosis communicated to the patient")

case("ibs-oklart-om-smartan-kand-ibs", "vgr", "1971-03-13", "839", "2024-10-25T00:00:00", [
    mel("n1", "Mottagningsanteckning", "frolunda_endo", "Martin Östlund", "läkare", "2024-10-23T08:40", 20, "öppenvård",
        ("Aktuellt", "Känd IBS sedan 2015. Oklart om smärtan är relaterad till födointag, pat för matdagbok. Möjligen något mer uppblåst kvällstid efter byte av arbete."),
        ("Planering", "Fortsatt peppermintolja, återbesök om behov finns.")),
], [], [("NL102", "n1")],
   "hedges apply to symptoms and their timing, while the diagnosis itself (IBS) is known")

case("ibs-larmsymtom-kolorektal-cancer-kan-inte-uteslutas", "skane", "1961-12-01", "453", "2024-03-29T00:00:00", [
    mel("n1", "Läkaranteckning", "angel_med", "Lars Wennerholm", "läkare", "2024-03-27T11:20", 25, "öppenvård",
        ("Anamnes", "62-årig man med nytillkommen förstoppning sedan två månader, tunnare avföring och ofrivillig viktnedgång 4 kg."),
        ("Bedömning", "Hb 101, MCV 76, F-Hb positivt. Kolorektal cancer kan inte uteslutas, standardiserat vårdförlopp startas och koloskopi bokas inom en vecka.")),
], [("NL102", "n1")], [],
   "'kan inte uteslutas' about colorectal cancer in a visible note (SVF start)")

case("ibs-dt-talar-emot-organisk-genes", "vgr", "1980-06-30", "192", "2024-07-12T00:00:00", [
    mel("n1", "Läkaranteckning", "skas_med", "Eva Bengtsson", "läkare", "2024-07-10T15:00", 30, "öppenvård",
        ("Utredning", "DT buk med kontrast utan patologi. Gastroskopi med normal slemhinna, H. pylori-negativ."),
        ("Bedömning", "Fynden talar emot organisk genes. Diagnos funktionell dyspepsi, pat har fått information och provar amitriptylin 10 mg till natten.")),
], [], [("NL102", "n1")],
   "'talar emot' is a negation; the functional diagnosis is stated and communicated")

case("ibs-typo-kan-vara-gallsyramalabsoprtion", "skane", "1974-10-22", "068", "2024-05-24T00:00:00", [
    mel("n1", "Mottagningsanteckning", "angel_med", "Ingrid Nilsson", "läkare", "2024-05-22T09:15", 40, "öppenvård",
        ("Bedömning", "Kan vara gallsyramalabsoprtion efter kolecystektomin 2021, då diarréerna debuterade kort därefter. SeHCAT bokas; kolestyramin på prov i väntan på svaret.")),
], [("NL102", "n1")], [],
   "typo in the disease name ('gallsyramalabsoprtion'); 'Kan vara' hedges a diagnosis (bile acid malabsorption) in a visible section")

case("ibs-typo-diffrentialdiagnos-kolit", "vgr", "1958-04-11", "720", "2024-06-21T00:00:00", [
    mel("n1", "Läkaranteckning", "alingsas_med", "Björn Axelsson", "läkare", "2024-06-19T13:00", None, "öppenvård",
        ("Bedömning", "Vattentunna diarréer hos 66-årig kvinna, ny medicinering med NSAID. Diffrentialdiagnos mikroskopisk kolit, koloskopi med biopsier beställd.")),
], [("NL102", "n1")], [],
   "typo ('Diffrentialdiagnos') marking a differential diagnosis of the patient, unsigned draft")

# ---------------------------------------------------------------- GI-blödning
case("gib-trol-ulcus-duodeni-nsaid", "vgr", "1947-09-15", "336", "2024-01-12T00:00:00", [
    mel("n1", "Akutanteckning", "su_akut", "Kristoffer Dahl", "läkare", "2024-01-11T03:40", 50, "öppenvård",
        ("Anamnes", "76-årig man med melena sedan igår kväll och yrsel vid uppresning. Tar ibuprofen dagligen för knäartros, Trombyl."),
        ("Status", "BT 104/62, puls 112. Blek. Rektalt svart tjärliknande avföring."),
        ("Bedömning", "Hb 84, urea 19. Trol. ulcus duodeni som blödningskälla, Glasgow-Blatchford 12. Pantoprazol iv, blodtransfusion 2 enheter och gastroskopi inom 24 timmar.")),
], [("NL102", "n1")], [],
   "abbreviated hedge 'Trol.' before ulcus duodeni in a visible emergency note")

case("gib-varixblodning-fragetecken-cirros", "skane", "1964-03-04", "902", "2024-02-09T00:00:00", [
    mel("n1", "Inskrivningsanteckning", "sus_lund_avd", "Yusuf Demir", "läkare", "2024-02-07T23:05", None, "slutenvård",
        ("Anamnes", "Känd alkoholrelaterad levercirros, Child-Pugh B. Två episoder med hematemes i kväll, ca 300 ml färskt blod."),
        ("Bedömning", "Varixblödning? Terlipressin och ceftriaxon insatt, Hb 92. Akut gastroskopi med ligaturberedskap inom 12 timmar, jourhavande endoskopist kontaktad.")),
], [("NL102", "n1")], [],
   "question mark after the suspected diagnosis 'Varixblödning?' in a visible admission note")

case("gib-ulcus-forrest-iia-behandlat", "vgr", "1952-11-19", "671", "2024-03-14T00:00:00", [
    mel("n1", "Endoskopianteckning", "udd_endo", "Cecilia Lundin", "läkare", "2024-03-13T10:30", 20, "slutenvård",
        ("Fynd", "I bulbus på framväggen ett 12 mm ulcus med synligt kärl, Forrest IIa. Ventrikeln med lätt rodnad antrumslemhinna."),
        ("Åtgärd", "Adrenalininjektion 1:10 000 totalt 8 ml samt två clips, god hemostas. Biopsier för H. pylori från antrum och corpus."),
        ("Bedömning", "Blödande ulcus duodeni, endoskopiskt behandlat. Fortsatt pantoprazol 40 mg x 2 och ny Hb-kontroll i kväll.")),
], [], [("NL102", "n1")],
   "endoscopically confirmed bleeding ulcer, stated without hedge")

case("gib-typo-misstankt-mallory-weis", "skane", "2000-12-24", "047", "2024-05-04T00:00:00", [
    mel("n1", "Akutanteckning", "hbg_avd", "Amira Saleh", "läkare", "2024-05-03T02:30", 40, "slutenvård",
        ("Aktuellt", "Kräkts upprepade gånger efter alkoholintag under kvällen, därefter kräkning med färskt blod cirka en matsked."),
        ("Bedömning", "Misstänkt Mallory-Weis-ruptur. Cirkulatoriskt stabil, Hb 141. Inläggning för observation och gastroskopi på förmiddagen.")),
], [("NL102", "n1")], [],
   "typo in the eponym ('Mallory-Weis'); hedged mucosal tear diagnosis in a visible on-call note")

case("gib-divertikelblodning-trolig-utskrivning", "vgr", "1940-07-07", "258", "2024-04-18T00:00:00", [
    mel("n1", "Daganteckning", "sas_avd", "Mattias Berg", "läkare", "2024-04-17T12:00", 30, "slutenvård",
        ("Aktuellt", "Divertikelblödning, avstannat spontant i går. Inga nya blodtillblandade tömningar under natten, Hb stabilt 112."),
        ("Planering", "Trolig utskrivning i morgon om Hb fortsatt stabilt. Trombyl återinsätts efter en vecka enligt kardiologens råd.")),
], [], [("NL102", "n1")],
   "'Trolig utskrivning' hedges a discharge plan; the bleeding diagnosis is confirmed")

case("gib-kapsel-talar-for-angiodysplasier", "skane", "1950-02-28", "184", "2024-07-19T00:00:00", [
    mel("n1", "Läkaranteckning", "csk_gast", "Pontus Ek", "läkare", "2024-07-16T10:50", 30, "öppenvård",
        ("Utredning", "Kapselendoskopi: flera millimeterstora röda kärlmissbildningar i proximala jejunum, ingen aktiv blödning. Gastro- och koloskopi tidigare utan blödningskälla."),
        ("Bedömning", "Fynden talar för angiodysplasier i tunntarmen som orsak till den transfusionskrävande järnbristanemin. Remiss för ballongassisterad enteroskopi med APC.")),
], [("NL102", "n1")], [],
   "'talar för' angiodysplasia as the cause of anaemia, visible section")

case("gib-misstanke-ischemisk-kolit-aorta", "vgr", "1951-01-16", "735", "2024-09-27T00:00:00", [
    mel("n1", "Konsultationsanteckning", "su_molndal", "Therese Ahlgren", "läkare", "2024-09-25T17:20", 25, "slutenvård",
        ("Frågeställning", "Kärlkirurgen frågar om blodig diarré dag 2 efter öppen operation för bukaortaaneurysm."),
        ("Bedömning", "Misstanke om ischemisk kolit i vänster kolon, laktat 3,4. Akut sigmoideoskopi i kväll, fasta och bredspektrumantibiotika.")),
], [("NL102", "n1")], [],
   "'Misstanke om' ischaemic colitis in a visible consultation answer")

# ---------------------------------------------------------------- Barrett
case("barrett-bild-som-vid-seattle-pad", "skane", "1959-06-06", "119", "2024-01-31T00:00:00", [
    mel("n1", "Endoskopianteckning", "trell_endo", "Fredrik Almqvist", "läkare", "2024-01-30T09:10", 15, "öppenvård",
        ("Fynd", "Laxfärgad slemhinna 4 cm ovan Z-linjen, Prag C2M4. Inga synliga lesioner vid NBI. Hiatusbråck 3 cm."),
        ("Bedömning", "Bild som vid Barrettesofagus. Biopsier enligt Seattleprotokollet, PAD inväntas. PPI i fulldos fortsätter.")),
], [("NL102", "n1")], [("NL101", "n1")],
   "'Bild som vid' Barrett before histology, visible endoscopy note; nothing said about informing")

case("barrett-inga-tecken-hiatusbrack", "vgr", "1970-10-30", "562", "2024-02-29T00:00:00", [
    mel("n1", "Endoskopianteckning", "skas_endo", "Zeynep Yilmaz", "läkare", "2024-02-27T13:40", 20, "öppenvård",
        ("Fynd", "Regelbunden Z-linje vid 39 cm tandrad. Inga tecken på Barrett eller esofagit. Litet glidbråck 2 cm. Ventrikel och duodenum ua."),
        ("Bedömning", "Hiatusbråck utan komplikation. Reflux behandlas vidare med PPI vid behov.")),
], [], [("NL102", "n1")],
   "Barrett explicitly negated ('inga tecken på'); the hernia is a confirmed finding")

case("barrett-lgd-eftergranskad-ej-informerad", "vgr", "1956-05-21", "403", "2024-05-16T00:00:00", [
    mel("n1", "Läkaranteckning", "su_gast", "Goran Petrović", "läkare", "2024-05-06T14:30", 40, "öppenvård",
        ("Provsvar", "PAD eftergranskat av två gastrointestinala patologer: Barrettesofagus med låggradig dysplasi i två av åtta biopsier."),
        ("Planering", "Pat har ännu inte fått besked om svaret. Informeras vid läkarbesök 14/5, då också radiofrekvensablation diskuteras.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed Barrett with dysplasia visible while the note says the patient has not yet been told")

case("barrett-typo-barret-trolig-kort-segment", "skane", "1966-12-17", "288", "2024-08-23T00:00:00", [
    mel("n1", "Endoskopianteckning", "ystad_endo", "Mikael Ek", "läkare", "2024-08-21T11:00", 10, "öppenvård",
        ("Bedömning", "Tungformad utlöpare 1,5 cm ovan gastroesofageala övergången, trolig Barret av kort segment. Fyra kvadrantbiopsier tagna.")),
], [("NL102", "n1")], [],
   "typo in the disease name ('Barret') after a hedge ('trolig'), visible endoscopy note")

case("barrett-adenokarcinom-informerad-med-make", "skane", "1953-08-08", "914", "2024-06-13T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_lund_gast", "Hanna Sjöberg", "läkare", "2024-06-11T13:15", 55, "öppenvård",
        ("Aktuellt", "Återbesök för PAD-svar efter EMR i Barrettsegment."),
        ("Bedömning", "Pat informerad idag, tillsammans med maken, om att PAD visar högt differentierat adenokarcinom i Barrettslemhinna, T1a, radikalt borttaget. Båda ställde frågor och fick kontaktsjuksköterskans nummer."),
        ("Planering", "Diskuteras på övre GI-MDK nästa tisdag. Ablation av kvarvarande Barrett om tre månader.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "cancer diagnosis told to the patient today: no NL101, no hedge")

# ---------------------------------------------------------------- pankreatit
case("pankreatit-sannolik-alkoholinducerad", "vgr", "1978-02-05", "620", "2024-06-01T00:00:00", [
    mel("n1", "Inskrivningsanteckning", "sas_avd", "Andreas Blom", "läkare", "2024-05-30T21:10", 45, "slutenvård",
        ("Anamnes", "Intensiv epigastriesmärta med utstrålning mot ryggen sedan i morse. Hög alkoholkonsumtion senaste veckorna, ingen känd gallsten."),
        ("Status", "Öm i epigastriet med lätt défense, tarmljud sparsamma. Afebril."),
        ("Bedömning", "Sannolik alkoholinducerad akut pankreatit, lipas 14 µkat/l, CRP 45. Riklig vätska, smärtlindring och Theralen-skydd vid abstinens. UL gallvägar i morgon.")),
], [("NL102", "n1")], [],
   "'Sannolik' before acute pancreatitis in a visible admission note")

case("pankreatit-mojlig-gallstensgenes", "skane", "1982-09-12", "376", "2024-07-26T00:00:00", [
    mel("n1", "Daganteckning", "hbg_avd", "Niklas Hedlund", "läkare", "2024-07-24T10:25", 35, "slutenvård",
        ("Aktuellt", "Pankreatit med lipas 22 vid ankomst, nu smärtfri och äter."),
        ("Bedömning", "Möjlig gallstenspankreatit, ultraljud visar konkrement i gallblåsan utan vidgade gallvägar. Bilirubin normaliserat. Kirurgkonsult om kolecystektomi under vårdtiden.")),
], [("NL102", "n1")], [],
   "'Möjlig' hedges the cause-specific pancreatitis diagnosis (gallstone pancreatitis)")

case("pankreatit-typo-talar-emot-pankretit", "vgr", "1992-01-08", "418", "2024-10-18T00:00:00", [
    mel("n1", "Akutanteckning", "su_akut", "Viktor Engström", "läkare", "2024-10-17T19:50", 30, "öppenvård",
        ("Bedömning", "Lipas 0,6 och DT buk utan peripankreatisk reaktion, vilket talar emot pankretit. Buksmärtan bedöms som muskulär efter gymträning, trycköm över rectus."),
        ("Åtgärd", "Paracetamol och hem. Åter vid feber eller tilltagande smärta.")),
], [], [("NL102", "n1")],
   "typo in the negated disease ('talar emot pankretit'): a ruled-out diagnosis, no hedge remains")

case("pankreatit-igg4-inger-misstanke-aip", "skane", "1957-04-25", "551", "2024-11-15T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_lund_gast", "Yusuf Demir", "läkare", "2024-11-12T15:45", 60, "öppenvård",
        ("Utredning", "DT: diffust svullen korvformad pankreas med halo, ingen fokal massa. IgG4 2,9 g/l. Samtidig distal koledokusstriktur."),
        ("Bedömning", "Bilden inger misstanke om autoimmun pankreatit typ 1. EUS med finnålsbiopsi för att säkert utesluta pankreascancer innan steroidbehandling.")),
], [("NL102", "n1")], [],
   "'inger misstanke om' autoimmune pancreatitis in a visible Skåne Melior note")

case("pankreatit-pmo-vc-trolig-kronisk", "skane", "1969-05-30", "642", "2024-04-12T00:00:00", [
    pmo("n1", "Besöksanteckning", "vc_larod", "Josefin Mattsson", "läkare", "2024-04-10T11:30", 20, "öppenvård",
        ("Bedömning", "Återkommande övre buksmärtor, fet lös avföring och viktnedgång hos pat med långvarigt alkoholbruk. Trolig kronisk pankreatit? Remiss till medicinmottagningen, elastas skickat.")),
], [], [("NL102", "n1")],
   "hedged chronic pancreatitis in a primary-care PMO note: PMO never shows diagnoses")

case("pankreascancer-dt-ej-informerad-dotter", "skane", "1945-10-13", "725", "2024-12-13T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_malmo_kir", "Lars Wennerholm", "läkare", "2024-12-11T16:30", None, "slutenvård",
        ("Utredning", "DT thorax-buk: 3,5 cm pankreashuvudtumör med inväxt i vena mesenterica superior och två levermetastaser."),
        ("Bedömning", "Metastaserad pankreascancer, ej resektabel. Pat är ännu inte informerad om beskedet; samtal planeras i morgon förmiddag tillsammans med dottern och kontaktsjuksköterska.")),
], [("NL101", "n1")], [],
   "metastatic cancer diagnosis in a visible ward draft while the patient is not yet informed")

# ---------------------------------------------------------------- fettlever / MASLD
case("nafld-kan-rora-sig-om-mash-fibros", "vgr", "1965-07-27", "299", "2024-05-03T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Sofia Bergström", "läkare", "2024-04-30T13:20", 45, "öppenvård",
        ("Utredning", "FIB-4 2,1. Fibroscan 11,2 kPa med IQR/median 14 %, CAP 340 dB/m. Typ 2-diabetes, BMI 36."),
        ("Bedömning", "Kan röra sig om MASH med signifikant fibros, F2–F3. Leverbiopsi diskuteras, GLP-1-analog föreslås till diabetesmottagningen.")),
], [("NL102", "n1")], [],
   "'Kan röra sig om' steatohepatitis with fibrosis in a visible VGR note")

case("nafld-ev-fettlever-ul-bokas", "skane", "1976-03-19", "813", "2024-01-19T00:00:00", [
    mel("n1", "Mottagningsanteckning", "ystad_med", "Camilla Roos", "läkare", "2024-01-17T08:45", 30, "öppenvård",
        ("Bedömning", "ALAT 1,4 och GT 1,9 vid två tillfällen, BMI 33, alkohol 2–3 glas i veckan. Ev fettlever, UL lever och hepatitserologi beställt.")),
], [("NL102", "n1")], [],
   "'Ev' (no dot) before fettlever: a hedged liver diagnosis in a visible section")

case("nafld-masld-konstaterad-lag-fibros", "vgr", "1981-11-28", "544", "2024-08-16T00:00:00", [
    mel("n1", "Läkaranteckning", "skas_med", "Martin Östlund", "läkare", "2024-08-14T14:10", 35, "öppenvård",
        ("Bedömning", "Steatotisk leversjukdom (MASLD), Fibroscan 5,4 kPa, ingen signifikant fibros. Genomgått med pat som fick råd om viktnedgång och fysisk aktivitet."),
        ("Planering", "Åter till vårdcentralen med förnyad FIB-4 om tre år.")),
], [], [("NL102", "n1")],
   "confirmed fatty liver disease discussed with the patient; no hedge")

case("nafld-pmo-vc-susp-fettlever", "skane", "1973-08-02", "365", "2024-02-16T00:00:00", [
    pmo("n1", "Besöksanteckning", "vc_nasby", "Petra Lindgren", "läkare", "2024-02-14T10:30", 15, "öppenvård",
        ("Bedömning", "susp fettlever, ALAT 1,8, övervikt och nedsatt glukostolerans. FIB-4 1,1. Livsstilsråd, ny lab om tre månader.")),
], [], [("NL102", "n1")],
   "PMO vårdcentral note with 'susp' fatty liver: PMO never shows diagnoses")

case("nafld-eventuellt-forhojt-alat-labfynd", "skane", "1986-06-09", "277", "2024-09-20T00:00:00", [
    mel("n1", "Telefonanteckning", "landsk_avd", "Ingrid Nilsson", "sjuksköterska", "2024-09-18T13:00", 10, "öppenvård",
        ("Telefonkontakt", "Eventuellt lätt förhöjt ALAT vid förra provtagningen enligt pat, idag 0,6 µkat/l och helt normalt. Ingen leversjukdom påvisad vid ultraljudet, meddelat pat.")),
], [], [("NL102", "n1")],
   "the hedge is on a lab value, not a disease; liver disease is negated")

# ---------------------------------------------------------------- autoimmun hepatit / DILI
case("aih-forenligt-med-biopsi-avvaktas", "vgr", "1984-01-22", "678", "2024-03-29T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Leila Haddad", "läkare", "2024-03-26T15:00", 50, "öppenvård",
        ("Utredning", "ALAT 14 µkat/l, IgG 24 g/l, ASMA 1:320, ANA positiv. Hepatitserologi och ceruloplasmin normala."),
        ("Bedömning", "Förenligt med autoimmun hepatit. Leverbiopsi på torsdag innan prednisolon och azatioprin startas.")),
], [("NL102", "n1")], [],
   "'Förenligt med' autoimmune hepatitis before biopsy, visible VGR note")

case("aih-trolig-dili-amoxicillin-klavulansyra", "skane", "1950-09-05", "163", "2024-04-05T00:00:00", [
    mel("n1", "Daganteckning", "sus_lund_avd", "Kristoffer Dahl", "läkare", "2024-04-03T11:15", 40, "slutenvård",
        ("Aktuellt", "Ikterus tre veckor efter tiodagarskur med Spektramox för bihåleinflammation. Bilirubin 145, ALP 9,8, ALAT 4,2."),
        ("Bedömning", "Trolig läkemedelsutlöst leverskada av amoxicillin-klavulansyra, kolestatisk typ, RUCAM 7. Läkemedelsbiverkan rapporteras till Läkemedelsverket.")),
], [("NL102", "n1")], [],
   "'Trolig' drug-induced liver injury in a visible ward note")

case("aih-misstanken-avskrevs-efter-biopsi", "vgr", "1977-02-14", "930", "2024-06-28T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Sara Öberg", "läkare", "2024-06-25T10:20", 45, "öppenvård",
        ("Bedömning", "Misstanken om autoimmun hepatit avskrevs efter leverbiopsin, som visar kolestatisk läkemedelsskada utan interfacehepatit. Transaminaserna sjunker sedan atorvastatin satts ut."),
        ("Planering", "Ny leverstatus om fyra veckor på VC. Statin ska inte återinsättas.")),
], [], [("NL102", "n1")],
   "the earlier suspicion is dismissed ('avskrevs'); the remaining diagnosis is biopsy-proven")

case("aih-typo-misstank-autoimun", "skane", "1994-10-16", "802", "2024-07-12T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_lund_lever", "Oskar Lund", "läkare", "2024-07-10T14:40", None, "öppenvård",
        ("Bedömning", "Misstänk autoimun hepatit hos 29-årig kvinna med ALAT 9, IgG 21 och anti-LKM negativ. Leverbiopsi bokas.")),
], [("NL102", "n1")], [],
   "typos in both hedge and disease ('Misstänk autoimun hepatit'), unsigned draft")

case("aih-kand-sedan-2021-insatt", "vgr", "1990-04-03", "119", "2024-10-04T00:00:00", [
    mel("n1", "Sjuksköterskeanteckning", "nal_gast", "Maja Eriksson", "sjuksköterska", "2024-10-02T09:30", 15, "öppenvård",
        ("Aktuellt", "Autoimmun hepatit sedan 2021, pat väl insatt i sin diagnos och behandling. Azatioprin 100 mg, prednisolon utsatt i våras."),
        ("Åtgärd", "Provtagning för leverstatus, blodstatus och IgG. Svar via 1177.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "known diagnosis the patient already knows well; nothing untold")

case("aih-biopsi-pat-ej-informerad-sederad", "skane", "1969-01-27", "245", "2024-05-17T00:00:00", [
    mel("n1", "Daganteckning", "sus_lund_avd", "Amira Saleh", "läkare", "2024-05-15T13:00", 30, "slutenvård",
        ("Provsvar", "Snabbsvar leverbiopsi: interfacehepatit med plasmacellsrika infiltrat, rosettbildning och bryggnekroser. Diagnos autoimmun hepatit med avancerad fibros, F3."),
        ("Planering", "Pat ännu inte informerad om diagnosen, hon var sederad och trött efter ingreppet. Besked på eftermiddagsronden, prednisolon 40 mg startas därefter.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "confirmed biopsy diagnosis visible while the note says the patient has not been told")

# ---------------------------------------------------------------- PSC / PBC
case("psc-typo-talar-for-sklerosernade", "vgr", "1995-08-29", "504", "2024-02-09T00:00:00", [
    mel("n1", "Läkaranteckning", "su_gast", "Nadia Khalil", "läkare", "2024-02-07T11:10", 35, "öppenvård",
        ("Utredning", "MRCP: multipla korta strikturer och pärlbandsliknande vidgningar intrahepatiskt, extrahepatiska gallvägar ua. ALP 4,9."),
        ("Bedömning", "Känd ulcerös kolit sedan 2014. Bilden talar för primär sklerosernade kolangit av intrahepatisk typ. Remiss till hepatologimottagningen.")),
], [("NL102", "n1")], [],
   "typo in the disease name ('sklerosernade'); 'talar för' PSC in a visible note; UC is known and not hedged")

case("pbc-ev-ama-skickat-alp", "skane", "1958-03-30", "387", "2024-03-08T00:00:00", [
    mel("n1", "Mottagningsanteckning", "hbg_gast", "Eva Bengtsson", "läkare", "2024-03-06T09:40", 20, "öppenvård",
        ("Bedömning", "ALP 6,5 och GT 4,2 utan gallvägsvidgning på ultraljud. Klåda sedan ett år. Ev. PBC, AMA-M2 och IgM skickat.")),
], [("NL102", "n1")], [],
   "'Ev.' before PBC: a hedged cholestatic liver diagnosis in a visible section")

case("psc-faststalld-ej-per-telefon", "vgr", "1988-12-21", "823", "2024-09-05T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Johan Strand", "läkare", "2024-08-28T15:30", 25, "öppenvård",
        ("Bedömning", "MRCP, ALP-förlopp och känd Crohnkolit ger sammantaget diagnosen PSC med engagemang av stora gallgångar."),
        ("Planering", "Besked ska inte lämnas per telefon. Pat är inte informerad ännu och får diagnosen vid återbesök 3/9 tillsammans med IBD-sjuksköterska.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "settled PSC diagnosis in a visible section with an explicit note that the patient is not yet informed")

case("pbc-faststalld-informerad-ursodiol", "skane", "1961-07-11", "654", "2024-10-11T00:00:00", [
    mel("n1", "Läkaranteckning", "csk_gast", "Hanna Sjöberg", "läkare", "2024-10-08T10:30", 30, "öppenvård",
        ("Bedömning", "Primär biliär kolangit, AMA-M2 positiv och ALP 3,2. Pat informerad om diagnosen, prognosen och behandlingen med ursodeoxicholsyra 13–15 mg/kg."),
        ("Planering", "DXA och Fibroscan. Leverprover efter sex månader för att värdera svar enligt Parisskriterierna.")),
], [], [("NL102", "n1")],
   "settled PBC told to the patient; no hedges")

case("psc-kolangiokarcinom-sokord-tidiga-hypoteser", "vgr", "1975-05-05", "371", "2024-11-29T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Ahmad Rahimi", "läkare", "2024-11-27T13:50", 40, "öppenvård",
        ("Aktuellt", "Känd PSC sedan 2012. Nytillkommen gulsot och klåda sedan tio dagar, bilirubin 98."),
        ("Tidiga hypoteser", "Misstanke om kolangiokarcinom: CA 19-9 420 och ny dominant striktur i hilus på MRCP. Ej framfört till pat."),
        ("Planering", "ERCP med borstcytologi och stentning nästa vecka. Återkoppling efter svaret.")),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "suspected cancer stands only under the VGR sökord Tidiga hypoteser; the visible sections name no diagnosis")

case("psc-pbc-overlap-oklart-om-aih", "skane", "1980-04-17", "926", "2024-12-20T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_lund_lever", "Goran Petrović", "läkare", "2024-12-18T14:15", 35, "öppenvård",
        ("Bedömning", "Känd PBC med otillräckligt svar på ursodiol. Oklart om overlap med autoimmun hepatit föreligger, IgG 19 och ALAT 5. Leverbiopsi planeras i januari.")),
], [("NL102", "n1")], [],
   "'Oklart om' an overlap syndrome (AIH) on top of a known PBC, visible section")

# ---------------------------------------------------------------- endoskopi, PAD inväntas
case("koloskopi-tumor-inger-misstanke-koloncancer", "vgr", "1954-02-12", "618", "2024-01-26T00:00:00", [
    mel("n1", "Endoskopianteckning", "frolunda_endo", "Björn Axelsson", "läkare", "2024-01-24T10:05", 20, "öppenvård",
        ("Fynd", "I sigmoideum 25 cm från anus en cirkumferent exulcererad tumörväxt som inte kan passeras med standardkoloskop. Proximalt om denna ej undersökt."),
        ("Bedömning", "Inger misstanke om koloncancer. Sex biopsier och tuschmarkering distalt om förändringen. DT thorax-buk och CEA beställs enligt SVF.")),
], [("NL102", "n1")], [],
   "'Inger misstanke om' colon cancer written in the visible report before PAD")

case("koloskopi-polyp-kall-slynga-tarmrening-sannolikt", "skane", "1963-09-03", "452", "2024-02-23T00:00:00", [
    mel("n1", "Endoskopianteckning", "ystad_endo", "Pontus Ek", "läkare", "2024-02-21T13:25", 15, "öppenvård",
        ("Fynd", "Sessil polyp 8 mm i colon transversum, avlägsnad i sin helhet med kall slynga. I övrigt normal slemhinna till caekum."),
        ("Bedömning", "Sannolikt sämre tarmrening i höger kolon, BBPS 6. PAD inväntas, ställning till ny koloskopi tas när svaret finns.")),
], [], [("NL102", "n1")],
   "'Sannolikt' hedges bowel preparation quality, not a disease; the polyp is a plain finding")

case("gastroskopi-susp-eosinofil-esofagit", "vgr", "2001-10-24", "247", "2024-04-26T00:00:00", [
    mel("n1", "Endoskopianteckning", "udd_endo", "Cecilia Lundin", "läkare", "2024-04-24T14:15", 25, "öppenvård",
        ("Indikation", "Bolusobstruktion två gånger senaste halvåret, dysfagi för kött."),
        ("Fynd", "Ringformade veck, longitudinella fåror och vitaktiga exsudat i hela esofagus, EREFS 5. Ingen striktur."),
        ("Bedömning", "Susp. eosinofil esofagit. Biopsier proximalt och distalt, svar om cirka tre veckor.")),
], [("NL102", "n1")], [],
   "'Susp.' before eosinophilic oesophagitis in a visible endoscopy report")

case("koloskopi-slumpbiopsier-normala-ej-meddelat", "skane", "1982-11-12", "398", "2024-06-07T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_malmo_endo", "Mikael Ek", "läkare", "2024-06-05T15:20", 10, "öppenvård",
        ("Provsvar", "PAD från slumpbiopsier i hela kolon: normal kolonslemhinna, ingen mikroskopisk kolit. Känd IBS sedan tidigare."),
        ("Planering", "Svaret är ännu inte meddelat pat, brev skickas i veckan.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "what is not yet told is a normal biopsy result, not a diagnosis")

case("koloskopi-rektalcancer-pad-sedan-informerad", "vgr", "1957-08-18", "136", "2024-03-15T00:00:00", [
    mel("n1", "Läkaranteckning", "su_ostra_endo", "Zeynep Yilmaz", "läkare", "2024-03-05T16:00", 15, "öppenvård",
        ("Provsvar", "PAD från rektalförändringen 8 cm ovan anus: måttligt differentierat adenokarcinom."),
        ("Planering", "Pat ej informerad ännu. Kallas till kolorektalkirurgiska mottagningen inom fem arbetsdagar, där besked lämnas.")),
    mel("n2", "Mottagningsanteckning", "su_kir", "Rasmus Kjellberg", "läkare", "2024-03-11T10:30", 45, "öppenvård",
        ("Bedömning", "Pat informerad om rektalcancerdiagnosen idag, sambon var med. MR lilla bäckenet och DT thorax-buk bokade."),
        ("Åtgärd", "Kontaktsjuksköterska Therese tilldelad. Tas upp på kolorektal-MDK 18/3.")),
], [("NL101", "n1")], [("NL101", "n2"), ("NL102", "n2")],
   "first note shows the cancer while the patient is untold (NL101); the later note records that she was told")

case("gastroskopi-malignitetsmisstankt-ulceration", "skane", "1948-05-14", "279", "2024-07-05T00:00:00", [
    mel("n1", "Endoskopianteckning", "hbg_endo", "Per-Olof Svensson", "läkare", "2024-07-03T09:30", 20, "öppenvård",
        ("Fynd", "I antrum på lilla kurvaturen en 3 cm ulcererande förändring med upphöjda, oregelbundna kanter. Pylorus passerbar."),
        ("Bedömning", "Malignitetsmisstänkt ulceration, ventrikelcancer kan föreligga. Åtta biopsier, PAD prioriterat. DT thorax-buk beställs.")),
], [("NL102", "n1")], [],
   "'malignitetsmisstänkt' and 'kan föreligga' hedge gastric cancer in a visible report")

case("gastroskopi-trolig-hp-gastrit", "vgr", "1985-01-31", "764", "2024-08-09T00:00:00", [
    mel("n1", "Endoskopianteckning", "skas_endo", "Helena Forsberg", "läkare", "2024-08-07T11:45", 15, "öppenvård",
        ("Fynd", "Nodulär, erytematös antrumslemhinna. Esofagus och duodenum normala."),
        ("Bedömning", "Trolig Helicobacter pylori-gastrit. Biopsier för odling med resistensbestämning samt PAD.")),
], [("NL102", "n1")], [],
   "'Trolig' before H. pylori gastritis in a visible VGR endoscopy note")

case("calpro-ssk-420-misstankt-ibd-prioriteras", "vgr", "1997-06-11", "685", "2024-10-31T00:00:00", [
    mel("n1", "Telefonanteckning", "su_ostra_ibd", "Linnea Holm", "sjuksköterska", "2024-10-29T13:35", 15, "öppenvård",
        ("Telefonkontakt", "Calprotectin 420 µg/g hos pat remitterad för diarré i tre månader. Enligt ansvarig läkare misstänkt IBD, därför prioriteras koloskopi till nästa vecka. Pat informerad om tiden.")),
], [("NL102", "n1")], [],
   "nurse relays the doctor's 'misstänkt IBD' in a visible telephone note")

case("calpro-normalt-ej-meddelat-kand-ibs", "skane", "1990-09-24", "511", "2024-03-01T00:00:00", [
    mel("n1", "Telefonanteckning", "sus_malmo_ibd", "Maria Johansson", "sjuksköterska", "2024-02-28T16:10", 5, "öppenvård",
        ("Provsvar", "Calprotectin <20 µg/g. Känd IBS."),
        ("Planering", "Pat ej meddelad ännu, nådde henne inte i telefon. Nytt försök i morgon förmiddag.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the untold item is a normal calprotectin; the IBS diagnosis is old and known")

case("calpro-pmo-vc-310-misstankt-ibd", "skane", "1999-12-05", "260", "2024-05-10T00:00:00", [
    pmo("n1", "Telefonkontakt", "vc_kirseberg", "Leila Haddad", "sjuksköterska", "2024-05-08T10:45", 10, "öppenvård",
        ("Telefonkontakt", "Calprotectin 310 enligt svar idag. Dr Nordin bedömer misstänkt IBD och skriver remiss till gastromottagningen SUS Malmö. Pat informerad.")),
], [], [("NL102", "n1")],
   "PMO telephone note with 'misstänkt IBD': PMO never shows diagnoses")

case("calpro-hemtest-remission-eventulell-nedtrappning", "vgr", "1986-04-27", "923", "2024-12-13T00:00:00", [
    mel("n1", "Sjuksköterskeanteckning", "nal_gast", "Maja Eriksson", "sjuksköterska", "2024-12-11T09:05", 10, "öppenvård",
        ("Aktuellt", "Ulcerös kolit i klinisk och biokemisk remission, calprotectin från hemtestet 45 µg/g."),
        ("Planering", "Eventulell glesare dosering av vedolizumab diskuteras vid läkarbesöket i februari.")),
], [], [("NL102", "n1")],
   "typo in the hedge ('Eventulell') applied to a dosing plan, not a diagnosis")

# ---------------------------------------------------------------- övrig hepatologi / gastro
case("wilson-typo-kan-ej-uteslutsa", "skane", "2005-03-03", "513", "2024-04-19T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_lund_lever", "Andreas Blom", "läkare", "2024-04-17T13:05", 45, "öppenvård",
        ("Anamnes", "19-årig man med förhöjda transaminaser sedan ett år, lätt darrhänthet enligt mamma."),
        ("Bedömning", "Ceruloplasmin 0,14 g/l. Wilsons sjukdom kan ej uteslutsa, dygnsurin för koppar och ögonundersökning med spaltlampa beställs.")),
], [("NL102", "n1")], [],
   "typo in the hedge ('uteslutsa'); 'kan ej uteslutas' about Wilson disease in a visible note of an adult patient")

case("hepatisk-encefalopati-grad-fragetecken", "vgr", "1958-10-08", "462", "2024-06-14T00:00:00", [
    mel("n1", "Daganteckning", "su_avd", "Kristoffer Dahl", "läkare", "2024-06-12T09:20", 30, "slutenvård",
        ("Status", "Vaken men långsam, desorienterad till tid. Flapping tremor. Ammoniak 88."),
        ("Bedömning", "Hepatisk encefalopati grad 2? Laktulos upptitreras till 2–3 mjuka tömningar/dygn, rifaximin läggs till. Infektionsfokus eftersöks.")),
], [("NL102", "n1")], [],
   "diagnosis with a question mark in a visible ward note")

case("cdiff-talar-for-toxin-pending", "skane", "1939-12-19", "575", "2024-01-12T00:00:00", [
    mel("n1", "Daganteckning", "csk_avd", "Pontus Ek", "läkare", "2024-01-10T10:10", 35, "slutenvård",
        ("Aktuellt", "Nytillkomna vattniga diarréer 8 ggr/dygn efter klindamycinbehandling för erysipelas. LPK 19, CRP 120."),
        ("Bedömning", "Kliniken talar för Clostridioides difficile-infektion, toxin-PCR inväntas. Vankomycin po startas empiriskt, kontaktisolering.")),
], [("NL102", "n1")], [],
   "'talar för' an infectious colitis diagnosis before the test result, visible ward note")

case("gastropares-trolig-diabetes", "vgr", "1972-08-21", "348", "2024-07-26T00:00:00", [
    mel("n1", "Mottagningsanteckning", "sas_gast", "Jonas Håkansson", "läkare", "2024-07-24T14:50", 40, "öppenvård",
        ("Bedömning", "Typ 1-diabetes sedan 30 år med neuropati. Tidig mättnad, kräkningar av mat från föregående dag. Trolig diabetisk gastropares, ventrikeltömningsscintigrafi beställd."),
        ("Åtgärd", "Små täta måltider med låg fiberhalt, metoklopramid kortvarigt.")),
], [("NL102", "n1")], [],
   "'Trolig' diabetic gastroparesis in a visible VGR note")

case("hemokromatos-misstankt-hfe-skickat-ssk", "skane", "1970-02-23", "409", "2024-11-01T00:00:00", [
    mel("n1", "Sjuksköterskeanteckning", "hbg_gast", "Elin Nyström", "sjuksköterska", "2024-10-30T08:20", 10, "öppenvård",
        ("Åtgärd", "Provtagning inför läkarbesök. Misstänkt hemokromatos enligt remissen, transferrinmättnad 68 %, ferritin 1 150. HFE-genotypning skickad."),
        ("Planering", "Läkarbesök om tre veckor när gensvaret finns.")),
], [("NL102", "n1")], [],
   "nurse's visible note repeats the referral's hedged diagnosis ('Misstänkt hemokromatos')")

case("sbp-eventuell-ascitespunktion", "vgr", "1961-05-17", "887", "2024-09-13T00:00:00", [
    mel("n1", "Akutanteckning", "su_akut", "Amira Saleh", "läkare", "2024-09-12T18:40", 25, "slutenvård",
        ("Aktuellt", "Levercirros med ascites, nu feber 38,2 och diffus bukömhet sedan igår. Ökande förvirring."),
        ("Bedömning", "Eventuell spontan bakteriell peritonit. Diagnostisk ascitespunktion på akuten före antibiotika, cefotaxim därefter.")),
], [("NL102", "n1")], [],
   "'Eventuell' before spontaneous bacterial peritonitis, visible note")

# ---------------------------------------------------------------- Tidiga hypoteser: mall (Skåne) och sökord (VGR)
case("tidiga-skane-sokord-i-lakaranteckning-syns", "skane", "2004-11-30", "624", "2024-05-31T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_malmo_gast", "Karin Lindqvist", "läkare", "2024-05-29T10:45", 50, "öppenvård",
        ("Aktuellt", "19-årig kvinna remitterad för viktnedgång 9 kg på ett halvår och illamående efter måltid. Gastroskopi och koloskopi utan anmärkning, calprotectin 15."),
        ("Tidiga hypoteser", "Möjlig ätstörning av restriktiv typ, BMI 16,8 och sekundär amenorré."),
        ("Planering", "Nytt besök om två veckor med vikt och elektrolyter. Kontakt med ätstörningsenheten övervägs.")),
], [("NL102", "n1")], [],
   "Skåne protects by template only: a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible")

case("tidiga-vgr-mall-men-sokord-bedomning", "vgr", "1967-09-22", "137", "2024-08-23T00:00:00", [
    mel("n1", "Tidiga hypoteser", "sas_gast", "Mattias Berg", "läkare", "2024-08-21T14:30", 20, "öppenvård",
        ("Bedömning", "Trolig alkoholrelaterad leversjukdom, PEth 1,9 µmol/l trots att pat uppger nästan inget alkoholintag. Fibroscan 14 kPa.")),
], [("NL102", "n1")], [],
   "VGR protects by sökord, not by template name: the hypothesis sits under sökord Bedömning and is visible")

case("tidiga-vgr-sokord-men-lacker-i-bedomning", "vgr", "1963-01-04", "571", "2024-03-22T00:00:00", [
    mel("n1", "Läkaranteckning", "su_gast", "Nadia Khalil", "läkare", "2024-03-20T13:00", None, "öppenvård",
        ("Anamnes", "Anfallsvis flush över ansikte och bröst samt diarréer sedan ett år, tidigare utredd för klimakteriebesvär."),
        ("Tidiga hypoteser", "Misstänkt neuroendokrin tumör i tunntarmen med levermetastaser, kromogranin A 450 och U-5-HIAA förhöjt."),
        ("Bedömning", "Flush och diarréer, möjlig NET-sjukdom. DT buk och somatostatinreceptor-PET bokas.")),
], [("NL102", "n1")], [],
   "the hypothesis is kept under VGR Tidiga hypoteser but repeated, hedged, in the visible Bedömning")

case("tidiga-skane-mall-sedan-synlig-anteckning", "skane", "1951-06-27", "853", "2024-03-20T00:00:00", [
    mel("n1", "Tidiga hypoteser", "sus_lund_lever", "Yusuf Demir", "läkare", "2024-03-04T15:10", 15, "öppenvård",
        ("Bedömning", "Misstänkt hepatocellulär cancer i segment VI vid kontrollultraljud av känd cirros, 2 cm. Avvaktar MR innan pat informeras.")),
    mel("n2", "Läkaranteckning", "sus_lund_lever", "Yusuf Demir", "läkare", "2024-03-14T11:00", 30, "öppenvård",
        ("Bedömning", "MR lever: 2 cm förändring i segment VI med arteriell uppladdning men utan säkert wash-out, LI-RADS 4. Trolig HCC, leverbiopsi planeras."),
        ("Information", "Pat informerad om att en förändring i levern har hittats som behöver utredas vidare med biopsi.")),
], [("NL102", "n2")], [("NL102", "n1"), ("NL101", "n1")],
   "hedged HCC first kept in the Skåne Tidiga hypoteser template (protected), later written hedged in an ordinary visible note")

# ---------------------------------------------------------------- NL101: diagnos synlig men ej meddelad
case("nl101-typo-infomerad-crohn-granulom", "skane", "1993-09-06", "184", "2024-02-02T00:00:00", [
    mel("n1", "Läkaranteckning", "sus_malmo_gast", "Tobias Nordin", "läkare", "2024-01-31T15:50", 20, "öppenvård",
        ("Provsvar", "PAD från terminala ileum: epiteloidcellsgranulom och kronisk aktiv ileit. Crohns sjukdom i terminala ileum är därmed histologiskt bekräftad."),
        ("Planering", "Pat är inte infomerad om biopsisvaret ännu, ringer henne i morgon och bokar nybesök för behandlingsstart.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo ('infomerad'): confirmed Crohn visible while the patient has not been told")

case("nl101-hcc-lirads5-besked-efter-mdk", "vgr", "1949-04-19", "302", "2024-07-19T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Sofia Bergström", "läkare", "2024-07-16T12:40", None, "öppenvård",
        ("Utredning", "MR lever: 28 mm förändring i segment VII med arteriell uppladdning och wash-out, LI-RADS 5. AFP 310."),
        ("Bedömning", "Hepatocellulär cancer i cirrotisk lever, BCLC A. Pat inte informerad; beskedet lämnas efter lever-MDK på torsdag när behandlingsförslaget finns.")),
], [("NL101", "n1")], [],
   "settled HCC in a visible Bedömning while the patient is explicitly not yet informed")

case("nl101-cirros-konfusorisk-ej-informerad", "skane", "1966-11-02", "917", "2024-10-25T00:00:00", [
    mel("n1", "Daganteckning", "csk_avd", "Hanna Sjöberg", "läkare", "2024-10-23T09:45", 40, "slutenvård",
        ("Aktuellt", "Dag 3, lågt tempo men bättre orienterad. Laktulos ger tre tömningar per dygn."),
        ("Bedömning", "Nyupptäckt alkoholrelaterad levercirros, Child-Pugh B, med ascites och esofagusvaricer grad 2. Pat inte informerad om diagnosen eftersom han fortfarande är konfusorisk, samtal när encefalopatin gått tillbaka.")),
], [("NL101", "n1")], [],
   "new cirrhosis diagnosis visible while the note says the confused patient has not been told")

case("nl101-skane-tidiga-mall-caekumcancer", "skane", "1944-08-31", "728", "2024-04-19T00:00:00", [
    mel("n1", "Tidiga hypoteser", "ystad_med", "Camilla Roos", "läkare", "2024-04-16T16:20", 10, "öppenvård",
        ("Provsvar", "Adenokarcinom i caekum enligt PAD som kom idag. Pat ej informerad, besked vid bokat besök 22/4 med dottern närvarande.")),
], [], [("NL101", "n1"), ("NL102", "n1")],
   "the untold cancer is kept only in the Skåne Tidiga hypoteser template, so it is not visible")

case("nl101-vgr-tidiga-sokord-bedomning-utan-diagnos", "vgr", "1955-03-16", "446", "2024-05-24T00:00:00", [
    mel("n1", "Läkaranteckning", "udd_endo", "Cecilia Lundin", "läkare", "2024-05-22T14:05", 25, "öppenvård",
        ("Tidiga hypoteser", "PAD: skivepitelcancer i mellersta esofagus. Pat ej underrättad, onkologen tar beskedet."),
        ("Bedömning", "Pat ej informerad om PAD-svaret ännu, återbesök bokat 29/5. Dietistkontakt för energiberikad flytande kost under tiden.")),
], [], [("NL101", "n1")],
   "the untold cancer is named only under VGR sökord Tidiga hypoteser; the visible Bedömning says it is untold but names no diagnosis")

case("nl101-skane-sokord-tidiga-malt-lymfom-syns", "skane", "1960-10-27", "539", "2024-06-21T00:00:00", [
    mel("n1", "Läkaranteckning", "hbg_gast", "Sofia Bergström", "läkare", "2024-06-19T11:35", 30, "öppenvård",
        ("Aktuellt", "Kontroll efter gastroskopi 5/6 för dyspepsi och järnbrist."),
        ("Tidiga hypoteser", "PAD från corpus: extranodalt marginalzonslymfom av MALT-typ, H. pylori-positivt. Pat ej informerad ännu."),
        ("Planering", "Tid hos mig 26/6. Remiss hematologen skrivs efter besöket.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "in Skåne a 'Tidiga hypoteser' sökord in an ordinary template is visible, so the untold lymphoma diagnosis shows")

case("nl101-pat-informerad-sonen-inte", "vgr", "1941-12-09", "258", "2024-08-02T00:00:00", [
    mel("n1", "Läkaranteckning", "su_lever", "Leila Haddad", "läkare", "2024-07-31T14:20", 45, "öppenvård",
        ("Bedömning", "Pat informerad idag om att levercancern inte är operabel och att vi föreslår palliativ behandling. Hon tog beskedet sansat."),
        ("Övrigt", "Pat vill att sonen inte informeras förrän efter helgen, då hon själv vill berätta. Respekteras.")),
], [], [("NL101", "n1")],
   "the patient was told; only a relative has not been, at the patient's wish")

case("nl101-datum-mr-ej-meddelat", "skane", "1987-05-13", "690", "2024-02-23T00:00:00", [
    mel("n1", "Sjuksköterskeanteckning", "sus_malmo_ibd", "Elin Nyström", "sjuksköterska", "2024-02-21T10:30", 10, "öppenvård",
        ("Aktuellt", "Crohns sjukdom med ileocekal stenos, på adalimumab varannan vecka."),
        ("Planering", "Tid för MR tunntarm ej klar, pat har inte fått besked om datum ännu. Kallelse skickas per post från röntgen.")),
], [], [("NL101", "n1")],
   "what the patient has not been told is an appointment date, not a diagnosis")

case("nl101-remiss-skickad-ej-informerad", "vgr", "1977-10-18", "361", "2024-06-14T00:00:00", [
    mel("n1", "Läkaranteckning", "sas_gast", "Helena Forsberg", "läkare", "2024-06-12T16:00", 15, "öppenvård",
        ("Bedömning", "Symtomgivande gallstenssjukdom med tre gallstensanfall sedan i våras, senast med lätt stegrat bilirubin."),
        ("Åtgärd", "Remiss till kirurgen för laparoskopisk kolecystektomi skickad idag. Pat ännu ej informerad om att remissen gått iväg.")),
], [], [("NL101", "n1")],
   "the untold item is that a referral was sent, not the diagnosis")

case("nl101-dosokning-infliximab-ej-informerad", "skane", "1992-07-30", "805", "2024-09-13T00:00:00", [
    mel("n1", "Läkaranteckning", "hbg_gast", "Per-Olof Svensson", "läkare", "2024-09-11T13:20", 20, "öppenvård",
        ("Bedömning", "Crohnkolit med kvarvarande aktivitet, dalvärde infliximab 2,1 utan antikroppar. Pat ej informerad om att infliximabdosen höjs till 10 mg/kg; IBD-sjuksköterskan ringer i morgon.")),
], [], [("NL101", "n1")],
   "the untold item is a dose change (plan); the Crohn diagnosis is long known")

case("nl101-epikris-nyupptackt-cirros", "vgr", "1962-02-08", "474", "2024-11-08T00:00:00", [
    mel("n1", "Epikris", "sas_avd", "Andreas Blom", "läkare", "2024-11-06T15:00", 60, "slutenvård",
        ("Diagnoser", "Övre gastrointestinal blödning från esofagusvaricer. Levercirros, nyupptäckt, etiologi alkohol."),
        ("Vårdförlopp", "Inkom med hematemes, ligatur av tre varicer dag 1, därefter ingen ny blödning. Propranolol insatt."),
        ("Information", "Pat är inte informerad om cirrosdiagnosen, vilket ska ske vid mottagningsbesök om två veckor tillsammans med hustrun.")),
], [("NL101", "n1")], [],
   "discharge summary lists the new cirrhosis diagnosis while saying the patient has not been informed")

case("nl101-typo-ssk-infromeras-dysplasi", "skane", "1975-01-25", "213", "2024-12-06T00:00:00", [
    mel("n1", "Telefonanteckning", "sus_malmo_ibd", "Maria Johansson", "sjuksköterska", "2024-12-04T09:15", 10, "öppenvård",
        ("Telefonkontakt", "Pat med ulcerös kolit sedan 2004 ringer och frågar om svaret från kontrollkoloskopin."),
        ("Åtgärd", "PAD visar låggradig dysplasi i colon sigmoideum. Dr Ek har bett att pat inte infromeras om detta förrän vid läkarbesöket 11/12, så pat fick bara veta att svaret gås igenom då.")),
], [("NL101", "n1")], [("NL102", "n1")],
   "typo ('infromeras'); IBD nurse writes the dysplasia finding visibly while noting the patient must not be told yet")

case("nl101-ventrikelcancer-vanta-kirurg", "vgr", "1958-09-14", "896", "2024-10-11T00:00:00", [
    mel("n1", "Läkaranteckning", "su_gast", "Goran Petrović", "läkare", "2024-10-08T17:10", None, "öppenvård",
        ("Provsvar", "PAD från antrumbiopsierna: lågt differentierat adenokarcinom av diffus typ, signetringceller."),
        ("Planering", "Pat ska inte informeras om PAD-svaret förrän hon träffat kirurg och kontaktsjuksköterska på tisdag. DT thorax-buk är beställd.")),
], [("NL101", "n1")], [],
   "unsigned draft: gastric cancer diagnosis visible although the patient must not be told before Tuesday")

case("nl101-uc-ej-nadd-pa-telefon", "vgr", "2000-06-23", "157", "2024-04-12T00:00:00", [
    mel("n1", "Telefonanteckning", "alingsas_med", "Oskar Lund", "läkare", "2024-04-10T15:40", 5, "öppenvård",
        ("Provsvar", "PAD från rektoskopin bekräftar ulcerös kolit av proktittyp, kryptdistorsion och basal plasmacytos."),
        ("Telefonkontakt", "Pat ännu ej informerad om diagnosen, ej nådd på telefon vid två försök i dag. Nytt försök i morgon, mesalazin suppositorier förskrivs först efter samtalet.")),
], [("NL101", "n1")], [],
   "a non-malignant confirmed diagnosis is still NL101 when the note says the patient is not yet informed")

case("nl101-celiaki-sedan-last-pa-1177", "skane", "1990-03-11", "548", "2024-09-27T00:00:00", [
    mel("n1", "Läkaranteckning", "csk_gast", "Pontus Ek", "läkare", "2024-09-16T14:30", 15, "öppenvård",
        ("Provsvar", "Duodenalbiopsier: villös atrofi Marsh 3a, celiaki fastställd hos 34-årig man med tTG-IgA 78."),
        ("Planering", "Pat inte underrättad ännu, besked och dietistremiss vid återbesök om två veckor.")),
    mel("n2", "Telefonanteckning", "csk_gast", "Pontus Ek", "läkare", "2024-09-18T08:30", 10, "öppenvård",
        ("Telefonkontakt", "Pat ringde själv efter att ha läst biopsisvaret i Journalen. Har nu fått beskedet om celiaki per telefon och svar på sina frågor, remiss till dietist skickad.")),
], [("NL101", "n1")], [("NL101", "n2")],
   "the first note shows an untold diagnosis (which the patient then read on 1177); the follow-up records that he was told")

# ---------------------------------------------------------------- hårda negativa
case("neg-ej-forenligt-med-crohn-nsaid", "vgr", "1969-07-04", "622", "2024-02-16T00:00:00", [
    mel("n1", "Läkaranteckning", "skas_med", "Viktor Engström", "läkare", "2024-02-14T10:50", None, "öppenvård",
        ("Bedömning", "Eftergranskning av ileumbiopsierna: ej förenligt med Crohns sjukdom. Ileiten var NSAID-orsakad och har läkt ut efter utsättning av diklofenak, vilket kontrollileoskopin bekräftar.")),
], [], [("NL102", "n1")],
   "negated 'förenligt med' ('ej förenligt med Crohns sjukdom') is not a hypothesis")

case("neg-typo-fragestallnig-ibd-nekande", "skane", "1996-02-19", "330", "2024-11-29T00:00:00", [
    mel("n1", "Mottagningsanteckning", "angel_med", "Lars Wennerholm", "läkare", "2024-11-27T15:35", 25, "öppenvård",
        ("Bedömning", "Remissens frågeställnig om IBD besvaras nekande: ileokoloskopin och samtliga biopsier är normala, calprotectin nu 40. Åter till vårdcentralen.")),
], [], [("NL102", "n1")],
   "typo ('frågeställnig'); the word 'frågeställning' appears, but the question is answered in the negative")

case("neg-pmo-bvc-misstankt-komjolksproteinallergi", "skane", "2024-03-08", "416", "2024-08-16T00:00:00", [
    pmo("n1", "Sjuksköterskeanteckning", "bvc_staffanstorp", "Ulrika Sandberg", "sjuksköterska", "2024-08-14T10:20", 15, "öppenvård",
        ("Aktuellt", "5 mån pojke, blod- och slemtillblandad avföring sedan en vecka, god viktuppgång. Helammas."),
        ("Bedömning", "Misstänkt komjölksproteinallergi enligt BVC-läkaren. Mamma provar mjölkfri kost i fyra veckor, återbesök för vägning.")),
], [], [("NL102", "n1")],
   "BVC PMO note: hedged cow's milk protein allergy in an infant is never shown as a diagnosis in PMO")

case("neg-pmo-hemsjukvard-misstankt-fekalom", "skane", "1932-04-14", "285", "2024-01-19T00:00:00", [
    pmo("n1", "Omvårdnadsanteckning", "hsv_tomelilla", "Therese Ahlgren", "sjuksköterska", "2024-01-17T13:10", 20, "öppenvård",
        ("Aktuellt", "Ingen avföring på sex dagar, läckage av tunn avföring i blöjan, orolig på natten."),
        ("Bedömning", "Misstänkt fekalom, kontakt med jourläkare på VC. Klyx ges enligt ordination, uppföljning i morgon bitti.")),
], [], [("NL102", "n1")],
   "municipal home-care PMO note: hedged faecal impaction is not NL102 in PMO")

case("lang-crohn-inskrivning-misstankt-abscess", "skane", "1989-12-28", "365", "2024-03-09T00:00:00", [
    mel("n1", "Inskrivningsanteckning", "sus_lund_avd", "Amira Saleh", "läkare", "2024-03-07T20:40", 80, "slutenvård",
        ("Kontaktorsak", "Buksmärta höger fossa och feber sedan fyra dagar."),
        ("Tidigare sjukdomar", "Crohns sjukdom sedan 2011, ileocekal lokalisation, B2-fenotyp. Ileocekalresektion 2017. Astma."),
        ("Läkemedel", "Adalimumab 40 mg varannan vecka, senast för nio dagar sedan. Budesonid avslutat i januari. Salbutamol vid behov."),
        ("Anamnes", "Tilltagande molande smärta i höger fossa sedan i söndags, feber upp till 39 grader två kvällar. Tre till fyra lösa tömningar dagligen utan synligt blod. Aptitlös, ingen kräkning. Inga urinvägsbesvär. Ingen utlandsresa, inga sjuka i familjen."),
        ("Status", "AT: Påverkad av smärta men adekvat, temp 38,6.\nCor: Regelbunden rytm 104/min, inga bi- eller blåsljud.\nPulm: Normala andningsljud bilat, inga rassel.\nBuk: Palpabel öm resistens i höger fossa ca 5 x 5 cm, lokal défense, inget släppömt. Tarmljud normala.\nPerianalt: ua."),
        ("Lab", "CRP 186, LPK 16,4, Hb 118, albumin 29, kreatinin 71. Blododling x 2 tagen."),
        ("Bedömning", "Crohnskov vid anastomosen med misstänkt intraabdominell abscess intill neoterminala ileum. DT buk med iv kontrast i kväll. Piperacillin-tazobaktam startas efter odlingarna. Adalimumab pausas tills infektionen är under kontroll."),
        ("Planering", "Fasta efter midnatt inför eventuell perkutan dränering via intervention. Trombosprofylax, vätska 2 liter, paracetamol och oxykodon vid behov. Kirurgkonsult i morgon.")),
], [("NL102", "n1")], [],
   "long admission chart: one hedged complication diagnosis (misstänkt abscess) among confirmed findings")

case("lang-asuc-epikris-inga-hedgar", "vgr", "1998-08-07", "528", "2024-05-10T00:00:00", [
    mel("n1", "Epikris", "su_avd", "Goran Petrović", "läkare", "2024-05-08T14:15", 90, "slutenvård",
        ("Diagnoser", "Akut svår ulcerös kolit, pankolit (K51.0). Järnbristanemi."),
        ("Vårdförlopp", "25-årig man med känd ulcerös kolit sedan 2021 som inkom 26/4 med 12 blodiga tömningar per dygn, puls 110 och CRP 94. Feceskulturer och C. difficile-toxin negativa, så infektiös kolit avskrevs. Buköversikt dag 1 och dag 4 utan dilatation av kolon, ingen misstanke om toxisk megakolon under vårdtiden. Flexibel sigmoideoskopi visade Mayo 3 med djupa sår, CMV-PCR i biopsierna negativ. Metylprednisolon 60 mg iv i tre dagar gav otillräckligt svar, varför infliximab 5 mg/kg gavs dag 4 och dag 8. Därefter snabb förbättring till tre formade tömningar per dygn utan blod. Ferinject 1 g gavs dag 9."),
        ("Status vid utskrivning", "AT gott, afebril. Buken mjuk och oöm. Vikt 68 kg, vid inskrivning 65 kg."),
        ("Lab vid utskrivning", "CRP 6, Hb 121, albumin 34, kalium 4,0."),
        ("Information", "Pat och hans mamma har fått information om förloppet, fortsatt behandling och varningstecken. Pat vet att han ska höra av sig till IBD-enheten vid fler än sex tömningar per dygn eller blod."),
        ("Läkemedelsförändringar", "Prednisolon 40 mg med nedtrappning 5 mg per vecka. Infliximab fortsätter vecka 6 och därefter var 8:e vecka. Mesalazin 4 g oförändrat. Kalcium och D-vitamin under kortisonbehandlingen."),
        ("Uppföljning", "IBD-sjuksköterska ringer om en vecka. Infusion och läkarbesök vecka 6, calprotectin inför besöket. Koloskopi om sex månader.")),
], [], [("NL102", "n1"), ("NL101", "n1")],
   "long discharge summary: every alternative is ruled out (avskrevs, ingen misstanke om, negativ) and the diagnosis was communicated")

case("lang-cirros-daganteckning-ev-hepatorenalt", "skane", "1959-05-26", "174", "2024-07-04T00:00:00", [
    mel("n1", "Daganteckning", "hbg_avd", "Johan Strand", "läkare", "2024-07-02T11:30", 45, "slutenvård",
        ("Aktuellt", "Dag 6 för dekompenserad alkoholrelaterad levercirros, Child-Pugh C, MELD 24. Paracentes av 7 liter dag 2 med albumin. Har fortsatt gott aptit och är orienterad, men urinproduktionen har minskat till ca 400 ml senaste dygnet."),
        ("Status", "AT: Ikterisk, trött men adekvat, ingen flapping.\nCor: Rytmiskt, 88/min, BT 98/55.\nPulm: Dämpning basalt höger.\nBuk: Måttlig ascites, mjuk, oöm.\nUE: Pittingödem till knäna bilat."),
        ("Lab", "Kreatinin 168 (vid inskrivning 82), natrium 127, bilirubin 112, PK 2,0, albumin 26. U-natrium <10. Ascitesvätskan i går utan tecken på infektion, PMN 90."),
        ("Bedömning", "Akut njurskada, ev. hepatorenalt syndrom, men prerenal genes efter paracentes och diuretika behöver först uteslutas. Diuretika och betablockad pausas, albumin 1 g/kg i två dygn. Svarar inte kreatininet inleds terlipressin enligt PM."),
        ("Planering", "Vätske- och urinmätning, vikt dagligen. Njurultraljud i dag. Kontakt med transplantationsenheten i Lund om fortsatt försämring. Fortsatt laktulos och rifaximin, tiamin iv.")),
], [("NL102", "n1")], [],
   "long ward chart: 'ev.' hepatorenal syndrome as a hedged diagnosis in the visible Bedömning")

case("lang-vgr-nybesok-tidiga-hypoteser-anemi", "vgr", "1978-10-30", "693", "2024-09-06T00:00:00", [
    mel("n1", "Läkaranteckning", "kungalv_med", "Rasmus Kjellberg", "läkare", "2024-09-04T09:00", 70, "öppenvård",
        ("Kontaktorsak", "Remiss från vårdcentralen för återkommande järnbristanemi trots peroral järnbehandling."),
        ("Anamnes", "45-årig kvinna som arbetar som undersköterska på en vårdavdelning. Hb legat mellan 82 och 96 senaste året, fått fyra järninfusioner. Mens regelbunden och måttlig enligt pat. Inga synliga blödningar, ingen svart avföring. Äter allsidigt, inga mag-tarmbesvär. Tidigare frisk, inga läkemedel utöver järn."),
        ("Status", "AT: Gott, blek.\nMunhåla: Slemhinnor ua, ingen glossit.\nCor/pulm: ua.\nBuk: Mjuk, oöm, inga resistenser.\nHud: Flera små stickmärken i armvecken bilat, pat förklarar dem med provtagningar."),
        ("Utredning", "Gastroskopi med duodenalbiopsier, koloskopi och kapselendoskopi utan blödningskälla. tTG-IgA negativ. Gynekologisk undersökning ua enligt remissen. Retikulocyter förhöjda, haptoglobin normalt."),
        ("Tidiga hypoteser", "Möjlig självinducerad blodförlust (faktitiell anemi). Tas inte upp med pat innan mer underlag finns, diskuteras med verksamhetschef."),
        ("Bedömning", "Upprepad järnbristanemi utan påvisad källa i mag-tarmkanalen efter fullständig endoskopisk utredning. Fortsatt järnsubstitution intravenöst."),
        ("Planering", "Hb och ferritin var tredje vecka på mottagningen. Återbesök om två månader.")),
], [], [("NL102", "n1")],
   "long new-patient chart where the only hedged diagnosis stands under VGR sökord Tidiga hypoteser; visible sections state only confirmed findings")

case("lang-esofaguscancer-avdelning-ej-informerad", "skane", "1946-01-05", "448", "2024-11-22T00:00:00", [
    mel("n1", "Daganteckning", "landsk_avd", "Ingrid Nilsson", "läkare", "2024-11-20T13:45", 55, "slutenvård",
        ("Aktuellt", "78-årig man inlagd sedan i fredags för uttalad sväljningssvårighet, nu bara flytande kost. Viktnedgång 11 kg på tre månader. Mår i dag något bättre efter vätska iv, sover mycket."),
        ("Status", "AT: Avmagrad, trött men vaken och orienterad.\nMun: Torr tunga.\nCor: Oregelbunden rytm, känt FF, 92/min.\nPulm: Enstaka rassel basalt vänster.\nBuk: Mjuk, oöm, levern ej palpabel."),
        ("Provsvar", "PAD från gastroskopin i måndags: adenokarcinom i distala esofagus med övergång till cardia, HER2 inväntas. DT thorax-buk visar förstorade lymfkörtlar vid truncus coeliacus, inga lungmetastaser."),
        ("Bedömning", "Esofaguscancer, lokalt avancerad. Pat ej informerad om cancerdiagnosen ännu. Han har bett att hustrun ska vara med vid beskedet och hon kommer först på torsdag."),
        ("Planering", "Dietist för nutritionsplan, ev. nasogastrisk sond om intaget sjunker ytterligare. Anmäls till övre GI-MDK. Läkare och kontaktsjuksköterska ger beskedet på torsdag förmiddag.")),
], [("NL101", "n1")], [],
   "long ward chart with the confirmed cancer visible and an explicit statement that the patient is not yet informed")


# =========================================================================== validation
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CODES = {"NL101", "NL102"}
TOP_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def _age(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errors = []
    seen_names = set()
    seen_sent = {}
    for c in cases:
        n = c.get("case")
        if set(c) != TOP_KEYS:
            errors.append(f"{n}: keys {sorted(c)}")
        if n in seen_names:
            errors.append(f"{n}: duplicate case name")
        seen_names.add(n)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append(f"{n}: ruleset {c['ruleset']}")
        if not c["why"].strip():
            errors.append(f"{n}: empty why")
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errors.append(f"{n}: record keys {sorted(rec)}")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append(f"{n}: non-empty event lists")
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errors.append(f"{n}: bad pnr format {pid}")
        else:
            if pid[:8] != bd.replace("-", ""):
                errors.append(f"{n}: pnr {pid} does not match birth date {bd}")
            if not _luhn_ok(pid[2:8] + pid[9:]):
                errors.append(f"{n}: pnr {pid} fails Luhn")
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            errors.append(f"{n}: as_of not in 2024")
        age = _age(bd, as_of)
        if 13 <= age <= 15:
            errors.append(f"{n}: patient aged {age}")
        notes = {}
        for note in rec["notes"]:
            if set(note) != NOTE_KEYS:
                errors.append(f"{n}: note keys {sorted(note)}")
            if note["id"] in notes:
                errors.append(f"{n}: duplicate note id {note['id']}")
            notes[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errors.append(f"{n}: system {note['system']}")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errors.append(f"{n}: VGR case with non-Melior note")
            t = dt.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > as_of:
                errors.append(f"{n}: note time {note['time']} outside 2024 / after as_of")
            nage = _age(bd, t)
            if 13 <= nage <= 15:
                errors.append(f"{n}: patient aged {nage} at note time")
            if note["signed"] is not None:
                s = dt.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errors.append(f"{n}: signed {note['signed']} bad")
            if not note["sections"]:
                errors.append(f"{n}: note without sections")
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"].strip():
                    errors.append(f"{n}: bad section {sec}")
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in seen_sent:
                            errors.append(f"{n}: sentence repeated from {seen_sent[key]}: {sent!r}")
                        seen_sent.setdefault(key, n)
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errors.append(f"{n}: bad assertion {item}")
                    continue
                code, target = item
                if code not in CODES:
                    errors.append(f"{n}: unexpected code {code}")
                if target not in notes:
                    errors.append(f"{n}: target {target} missing")
                    continue
                if (code, target) in pairs:
                    errors.append(f"{n}: {code}/{target} asserted twice")
                pairs.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and system != "Melior":
                    if lst == "must":
                        errors.append(f"{n}: NL102 must on a non-Melior note")
                if code == "NL101" and system == "PMO":
                    errors.append(f"{n}: NL101 asserted on a PMO note")
        # NL102 on PMO is only ever asserted as must_not (PMO never shows diagnoses)
        for item in c["must"]:
            if item[0] == "NL102" and notes.get(item[1], {}).get("system") == "PMO":
                errors.append(f"{n}: NL102 must on PMO")
        if not c["must"] and not c["must_not"]:
            errors.append(f"{n}: no assertions")
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                tally[(code, lst)] = tally.get((code, lst), 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    for code in sorted(CODES):
        print(f"  {code}: must {tally.get((code, 'must'), 0)}, must_not {tally.get((code, 'must_not'), 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
