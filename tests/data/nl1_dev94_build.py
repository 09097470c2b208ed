#!/usr/bin/env python3
"""dev94: palliative care, ASIH, geriatrics and oncology end-of-life (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev94_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospital care)
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "4K2P"),
    "onk_krist": ("Onkologimottagningen, Centralsjukhuset Kristianstad", SK + "7Q1D"),
    "asih_lund": ("ASIH Lund, Skånes universitetssjukhus", SK + "5T8M"),
    "asih_hbg": ("ASIH Helsingborg, Helsingborgs lasarett", SK + "2V6R"),
    "asih_krist": ("ASIH Kristianstad, Centralsjukhuset Kristianstad", SK + "8C3W"),
    "pall_trbg": ("Palliativ slutenvårdsavdelning, Trelleborgs lasarett", SK + "3N9H"),
    "ger_malmo": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", SK + "6F4B"),
    "ger_hlm": ("Geriatriska avdelningen, Hässleholms sjukhus", SK + "1X7G"),
    "hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "9J2L"),
    "lung_lund": ("Lung- och allergikliniken, Skånes universitetssjukhus Lund", SK + "4R5S"),
    "uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", SK + "2D8T"),
    "kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", SK + "7B1N"),
    "kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "5L3Q"),
    "kir_ystad": ("Kirurgiska kliniken, Ystads lasarett", SK + "8H6V"),
    "med_ystad": ("Medicinkliniken, Ystads lasarett", SK + "3W2C"),
    "med_lkr": ("Medicinkliniken, Landskrona lasarett", SK + "6P9K"),
    "ort_angel": ("Ortopedmottagningen, Ängelholms sjukhus", SK + "1M4F"),
    "hud_lund": ("Hudkliniken, Skånes universitetssjukhus Lund", SK + "9S7D"),
    "nkir_lund": ("Neurokirurgiska kliniken, Skånes universitetssjukhus Lund", SK + "4G1X"),
    "barnonk_lund": ("Barn- och ungdomsonkologi, Barnsjukhuset Skånes universitetssjukhus Lund", SK + "7T3J"),
    "akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", SK + "2K5Z"),
    "strål_lund": ("Strålbehandlingsenheten, Skånes universitetssjukhus Lund", SK + "5C8E"),
    # Region Skåne, PMO (primary care)
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "A41R"),
    "vc_tabelund": ("Vårdcentralen Tåbelund, Eslöv", SK + "A77C"),
    "vc_horby": ("Hemsjukvården, Vårdcentralen Hörby", SK + "A12M"),
    "vc_osterlen": ("Vårdcentralen Österlen, Simrishamn", SK + "A93B"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "A58T"),
    "vc_bjuv": ("Hemsjukvården, Vårdcentralen Bjuv", SK + "A26W"),
    "vc_hollviken": ("Vårdcentralen Höllviken", SK + "A64N"),
    # Västra Götalandsregionen, Melior
    "onk_su": ("Jubileumskliniken, onkologi, Sahlgrenska universitetssjukhuset", VG + "E4R1"),
    "pall_molndal": ("Palliativ vårdavdelning, Sahlgrenska universitetssjukhuset Mölndal", VG + "E7K3"),
    "ger_molndal": ("Geriatrisk vårdavdelning, Sahlgrenska universitetssjukhuset Mölndal", VG + "E2M8"),
    "asih_su": ("ASIH, Sahlgrenska universitetssjukhuset", VG + "E9P5"),
    "asih_sas": ("ASIH, Södra Älvsborgs sjukhus Borås", VG + "E1T6"),
    "asih_lidk": ("ASIH Lidköping, Skaraborgs sjukhus", VG + "E6B2"),
    "onk_nu": ("Onkologimottagningen, NU-sjukvården Uddevalla", VG + "E3W7"),
    "med_skovde": ("Medicinkliniken, Skaraborgs sjukhus Skövde", VG + "E8D4"),
    "ger_alingsas": ("Geriatriska kliniken, Alingsås lasarett", VG + "E5H9"),
    "med_kungalv": ("Medicinavdelning 5, Kungälvs sjukhus", VG + "E0N3"),
    "lung_su": ("Lungmedicin, Sahlgrenska universitetssjukhuset", VG + "E4J6"),
    "hem_su": ("Sektionen för hematologi, Sahlgrenska universitetssjukhuset", VG + "E7S1"),
    "hem_sas": ("Hematologimottagningen, Södra Älvsborgs sjukhus Borås", VG + "E2C5"),
    "uro_sas": ("Urologmottagningen, Södra Älvsborgs sjukhus Borås", VG + "E9F8"),
    "kir_nal": ("Kirurgkliniken, NÄL Trollhättan", VG + "E6L2"),
    "barn_dsbus": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", VG + "E1Q7"),
    "akut_ostra": ("Akutmottagningen, Sahlgrenska universitetssjukhuset Östra", VG + "E3V4"),
    "med_boras": ("Medicinkliniken, Södra Älvsborgs sjukhus Borås", VG + "E8X0"),
    "kvinno_sas": ("Kvinnosjukvården, Södra Älvsborgs sjukhus Borås", VG + "E5G3"),
    "pall_nu": ("Palliativa rådgivningsteamet, NU-sjukvården", VG + "E0R9"),
    "neuro_su": ("Neurologmottagningen, Sahlgrenska universitetssjukhuset", VG + "E4Y2"),
}

# ---------------------------------------------------------------- helpers
CASES = []


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def make_pnr(birth_date, idx, sex):
    y, m, d = birth_date.split("-")
    a = (idx * 7 + 13) % 100
    b = (idx * 3 + 1) % 5 * 2  # even
    if sex == "M":
        b += 1
    serial = "%02d%d" % (a, b)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def _ts(t):
    return t if len(t) == 19 else t + ":00"


def note(nid, system, template, unit, author, time, sections, signed="auto",
         setting="slutenvård", refs=None):
    time = _ts(time)
    if signed == "auto":
        t = _dt.datetime.strptime(time, "%Y-%m-%dT%H:%M:%S")
        signed = (t + _dt.timedelta(minutes=25 + (len(sections) * 7) % 40)).strftime(
            "%Y-%m-%dT%H:%M:%S")
    elif signed is not None:
        signed = _ts(signed)
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def case(name, ruleset, birth_date, sex, notes, must, must_not, why, as_of=None):
    idx = len(CASES) + 1
    if as_of is None:
        last = max(n["time"] for n in notes)
        d = _dt.datetime.strptime(last[:10], "%Y-%m-%d") + _dt.timedelta(days=6)
        if d.year > 2024:
            d = _dt.datetime(2024, 12, 31)
        as_of = d.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": make_pnr(birth_date, idx, sex), "birth_date": birth_date,
                        "protected_identity": False},
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


A102 = [("NL102", "n1")]
A101 = [("NL101", "n1")]
BOTH = [("NL101", "n1"), ("NL102", "n1")]


# ================================================================ A. NL102 must
# Hedged diagnosis of the patient in a visible section of a Melior note.

case("onk-misstankta-levermetastaser-efter-kolonkontroll", "skane", "1956-04-19", "K", [
    note("n1", "Melior", "Läkaranteckning", "onk_lund", ("Henrik Malmqvist", "läkare"),
         "2024-02-19T10:40", [
             ("Aktuellt", "Uppföljning 18 månader efter hemikolektomi höger för koloncancer pT3N1M0. "
              "Mår bra, äter som vanligt och har inte gått ner i vikt."),
             ("Undersökningsresultat", "DT thorax-buk 12/2: två nytillkomna hypodensa förändringar i levern, "
              "segment 6 och 7, 12 resp. 8 mm. Thorax ua. CEA 9,4 (3,1 i augusti)."),
             ("Bedömning", "Misstänkta levermetastaser. Bör värderas med MR innan ställningstagande till resektion."),
             ("Planering", "MR lever beställd. Tas upp på MDK lever 28/2, återbesök efter konferensen."),
         ], setting="öppenvård")],
    A102, [],
    "Suspected liver metastases after a follow-up CT stand in the visible Bedömning of a Skåne Melior note.")

case("lung-skelettmetastas-kan-ej-uteslutas", "vgr", "1951-09-02", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "lung_su", ("Sara Lindholm", "läkare"),
         "2024-03-05T09:15", [
             ("Anamnes", "Känd icke-småcellig lungcancer vänster överlob, adenokarcinom, pembrolizumab sedan i höstas. "
              "Senaste veckorna ny värk mitt i bröstryggen, värst nattetid."),
             ("Status", "Gott AT. Palpationsöm över Th8. Kraft och sensibilitet i benen ua, normal gång."),
             ("Bedömning", "Skelettscint med upptag motsvarande Th8. Skelettmetastas kan ej uteslutas, degenerativ genes möjlig."),
             ("Planering", "MR thorakalrygg inom en vecka. Paracetamol 1 g x 4 tills vidare."),
         ], setting="öppenvård")],
    A102, [],
    "'Skelettmetastas kan ej uteslutas' in visible Bedömning (VGR Melior) is a hedged diagnosis.")

case("asih-trolig-delirium-opioid-obstipation", "skane", "1939-11-27", "K", [
    note("n1", "Melior", "Hembesök läkare", "asih_lund", ("Per-Olof Nyström", "läkare"),
         "2024-01-16T13:20", [
             ("Aktuellt", "Hembesök efter samtal från maken i morse. Sedan två nätter orolig, plockar med täcket och "
              "pratar om personer som inte är i rummet. Växlande vakenhet under dagen."),
             ("Status", "Vaken men ofokuserad, desorienterad till tid. Buken lätt spänd, senaste avföring för fem dagar sedan. "
              "Bladderscan 90 ml."),
             ("Bedömning", "Trolig delirium, sannolikt utlöst av nyligen höjd oxikodondos tillsammans med obstipation."),
             ("Åtgärd", "Oxikodon depot sänks från 30 till 20 mg x 2. Klyx ges av ssk. Haloperidol 0,5 mg sc v.b. vid oro."),
         ], setting="slutenvård")],
    A102, [],
    "ASIH home visit: 'Trolig delirium' in visible Bedömning is a hedged diagnosis of the patient.")

case("geriatrik-ev-aspirationspneumoni", "vgr", "1934-06-08", "M", [
    note("n1", "Melior", "Daganteckning", "ger_molndal", ("Jonas Bergqvist", "läkare"),
         "2024-02-02T08:50", [
             ("Aktuellt", "Feber 38,4 sedan i natt. Personalen noterar att han hostar vid måltiderna."),
             ("Status", "Rosslig andning, sat 91 % på luft. Krepitationer basalt höger. CRP 86."),
             ("Bedömning", "Ev. aspirationspneumoni hos multisjuk 89-åring med Parkinsons sjukdom."),
             ("Åtgärd", "Piperacillin/tazobaktam iv efter samtal med dottern om vårdnivå. Logoped bedömer sväljningen i morgon."),
         ])],
    A102, [],
    "'Ev. aspirationspneumoni' in a geriatric daily note is a hedged diagnosis in a visible section.")

case("uro-trol-skelettmetastaser-psa-stiger", "skane", "1947-03-14", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "uro_malmo", ("Anders Wihlborg", "läkare"),
         "2024-04-09T14:05", [
             ("Anamnes", "Prostatacancer Gleason 4+4, strålbehandlad 2019. Kastrationsbehandling sedan PSA-recidiv förra våren."),
             ("Lab", "PSA 48 (12 i januari). ALP 210. Testosteron på kastrationsnivå."),
             ("Bedömning", "Kastrationsresistent sjukdom. Trol. skelettmetastaser i bäckenet enl. skelettscint, DT för komplettering."),
             ("Planering", "DT buk-bäcken. Remiss onkologen för ställningstagande till enzalutamid."),
         ], setting="öppenvård")],
    A102, [],
    "'Trol. skelettmetastaser' (abbreviated hedge) in visible Bedömning of a urology note.")

case("onk-susp-recidiv-ovarialcancer-utkast", "vgr", "1958-12-01", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_nu", ("Karin Sjöberg", "läkare"),
         "2024-05-13T11:30", [
             ("Aktuellt", "Avslutade karboplatin/paklitaxel för 14 månader sedan. Nu tilltagande bukomfång och tidig mättnadskänsla."),
             ("Bedömning", "CA-125 310 (24 vid förra kontrollen). Susp. recidiv av ovarialcancer, DT buk beställs skyndsamt."),
         ], signed=None, setting="öppenvård")],
    A102, [],
    "Unsigned draft: 'Susp. recidiv av ovarialcancer' in visible Bedömning is still a hedged diagnosis before signing.")

case("hud-fragestallning-hjarnmetastaser-fragetecken", "skane", "1963-07-22", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "hud_lund", ("Elin Hagström", "läkare"),
         "2024-06-03T15:10", [
             ("Aktuellt", "Känt malignt melanom stadium IV med lung- och levermetastaser, BRAF-hämmare sedan februari. "
              "Nu tre veckors huvudvärk och ostadighet."),
             ("Frågeställning", "Hjärnmetastaser? MR hjärna med kontrast beställd med prioritet inom en vecka."),
         ], setting="öppenvård")],
    A102, [],
    "A diagnosis followed by '?' under the sökord Frågeställning of a visible Melior note is a hypothesis.")

case("akut-inger-misstanke-om-ryggmargskompression", "vgr", "1953-10-30", "M", [
    note("n1", "Melior", "Akutanteckning", "akut_ostra", ("Mikael Strand", "läkare"),
         "2024-03-17T22:45", [
             ("Anamnes", "Myelom sedan 2021. Söker med två dygns tilltagande svaghet i benen och domningar upp till naveln."),
             ("Status", "Höftflexion 3/5 bilat. Nedsatt sensibilitet nedom Th10. Bladderscan 650 ml."),
             ("Bedömning", "Bilden inger misstanke om ryggmärgskompression på thorakal nivå."),
             ("Åtgärd", "Betametason 16 mg iv. Akut MR hela ryggen, ortoped- och onkologjour kontaktade. KAD sätts."),
         ], setting="öppenvård")],
    A102, [],
    "'Inger misstanke om ryggmärgskompression' at the emergency department is a hedged diagnosis in a visible section.")

case("pall-ssk-ev-begynnande-trycksar-hal", "skane", "1941-02-11", "K", [
    note("n1", "Melior", "Omvårdnadsanteckning", "pall_trbg", ("Maria Persson", "sjuksköterska"),
         "2024-01-29T19:30", [
             ("Hud", "Rodnad över höger häl som inte bleknar vid fingertryck, ev. begynnande trycksår kategori 1."),
             ("Åtgärd", "Hälavlastande kudde i sängen, lägesändring var tredje timme enligt vändschema."),
         ])],
    A102, [],
    "Nurse note on a palliative ward: 'ev. begynnande trycksår' is a hedged diagnosis (L89), visible in Melior.")

case("medicin-dd-lungemboli-metastaserad-brostcancer", "vgr", "1949-08-16", "K", [
    note("n1", "Melior", "Jouranteckning", "med_kungalv", ("Oskar Hellström", "läkare"),
         "2024-02-24T03:10", [
             ("Aktuellt", "Tillkallad pga akut andnöd. Metastaserad bröstcancer, pågående kapecitabin."),
             ("Status", "AF 28, sat 86 % på luft, puls 118 reg. Vesikulärt bilat utan rassel. Ej bensvullnad."),
             ("Bedömning", "DD lungemboli, pneumoni."),
             ("Åtgärd", "Dalteparin i behandlingsdos och syrgas 3 l/min. DT-angio i morgon bitti om pat så önskar."),
         ])],
    A102, [],
    "'DD lungemboli, pneumoni' written as the whole Bedömning of a night note is a differential diagnosis list.")

case("hemat-telefon-kan-rora-sig-om-hyperkalcemi", "skane", "1945-05-05", "M", [
    note("n1", "Melior", "Telefonanteckning", "hem_lund", ("Lena Åkesson", "läkare"),
         "2024-04-22T10:05", [
             ("Telefonkontakt", "Hustrun ringer. Pat med myelom är sedan några dagar mycket trött, dricker mycket och är "
              "förvirrad emellanåt. Kan röra sig om hyperkalcemi. De kommer till dagvården kl 14 för Ca, krea och Hb."),
         ], setting="öppenvård")],
    A102, [],
    "One-section telephone note: 'Kan röra sig om hyperkalcemi' is a hedged diagnosis in visible Telefonkontakt.")

case("lung-bild-som-vid-lymfangitis-carcinomatosa", "vgr", "1950-01-25", "M", [
    note("n1", "Melior", "Läkaranteckning", "lung_su", ("Hanna Ek", "läkare"),
         "2024-05-20T13:00", [
             ("Röntgen", "DT thorax: förtjockade interlobulära septa bilateralt och förstorade mediastinala körtlar. "
              "Bild som vid lymfangitis carcinomatosa."),
             ("Bedömning", "Förklarar sannolikt den tilltagande dyspnén hos pat med känd ventrikelcancer. Betametason 4 mg provas."),
         ])],
    A102, [],
    "'Bild som vid lymfangitis carcinomatosa' in a visible Röntgen section of a VGR note.")

case("kirurgi-talar-for-peritoneal-karcinos", "skane", "1944-09-09", "K", [
    note("n1", "Melior", "Inskrivningsanteckning", "kir_hbg", ("Johan Lilja", "läkare"),
         "2024-03-11T16:40", [
             ("Aktuellt", "Inkommer med uppkördhet och kräkningar sedan tre dagar. Har gått ner 6 kg sedan jul."),
             ("Undersökningsresultat", "DT buk: måttlig ascites, förtjockat oment och noduli i peritoneum, vilket talar för "
              "peritoneal karcinos. Primärtumör ej säkert identifierad."),
             ("Planering", "Sond för avlastning. Ascitestappning med cytologi i morgon."),
         ])],
    A102, [],
    "'Talar för peritoneal karcinos' is a hedged diagnosis in a visible findings section.")

case("kirurgi-dt-forenligt-med-pankreascancer-avstar-pad", "vgr", "1940-04-03", "M", [
    note("n1", "Melior", "Epikris", "kir_nal", ("Emma Fredriksson", "läkare"),
         "2024-06-14T11:20", [
             ("Epikris", "84-årig man inlagd för ikterus och viktnedgång. DT-fynd förenligt med pankreascancer med multipla "
              "levermetastaser. Gallvägsstent via ERCP med god effekt på bilirubin. Efter samtal med pat och hustrun avstår vi "
              "biopsi och onkologisk behandling. Hemgång med ASIH-inskrivning."),
         ])],
    A102, [],
    "Discharge summary: 'förenligt med pankreascancer' without tissue diagnosis is a hedged diagnosis in a visible Epikris.")

case("onk-oklart-om-recidiv-eller-stralfibros", "skane", "1962-10-18", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "strål_lund", ("Ingrid Olofsson", "läkare"),
         "2024-08-27T09:40", [
             ("Anamnes", "Mastektomi vänster och postoperativ strålbehandling 2021 för lobulär bröstcancer."),
             ("Bedömning", "MR thoraxvägg: oklart om den nya kontrastuppladdningen i vänster bröstkorgsvägg är recidiv eller "
              "strålfibros. Ultraljudsledd biopsi behövs."),
         ], setting="öppenvård")],
    A102, [],
    "'Oklart om ... är recidiv' states an unsettled diagnosis in visible Bedömning.")

case("pall-typo-sannolik-depresion", "vgr", "1957-02-28", "M", [
    note("n1", "Melior", "Läkaranteckning", "pall_molndal", ("Lina Axelsson", "läkare"),
         "2024-09-10T14:15", [
             ("Aktuellt", "Nedstämd sedan två veckor, sover dåligt och har slutat lyssna på radio. Säger att inget spelar någon roll längre."),
             ("Bedömning", "Sannolik depresion utöver förväntad sorgereaktion hos pat med metastaserad njurcancer."),
             ("Åtgärd", "Mirtazapin 15 mg till natten. Kurator kontaktad, besöker pat i morgon."),
         ])],
    A102, [],
    "Typo in the key word ('Sannolik depresion'): a hedged psychiatric diagnosis in a visible palliative note.")

case("asih-mojlig-urosepsis-pat-vill-stanna-hemma", "vgr", "1938-07-19", "K", [
    note("n1", "Melior", "Hembesök läkare", "asih_sas", ("Fredrik Lundgren", "läkare"),
         "2024-10-06T18:25", [
             ("Aktuellt", "Akut hembesök. Feber 39,2 och frossa sedan eftermiddagen. KAD sedan två veckor."),
             ("Status", "Varm, blek. Puls 112, BT 95/60. Urinen i påsen grumlig."),
             ("Bedömning", "Möjlig urosepsis. Pat och dottern önskar ingen sjukhusinläggning."),
             ("Åtgärd", "Ceftriaxon 2 g iv hemma, KAD byts. Nytt besök i morgon förmiddag."),
         ])],
    A102, [],
    "'Möjlig urosepsis' at an ASIH home visit is a hedged diagnosis in visible Bedömning.")

case("kirurgi-misstanke-om-malign-tarmobstruktion", "skane", "1946-06-21", "K", [
    note("n1", "Melior", "Daganteckning", "kir_ystad", ("Göran Bengtsson", "läkare"),
         "2024-11-04T10:30", [
             ("Aktuellt", "Fortsatt illamående och kräkningar, ingen gasavgång sedan i förrgår. Känd ovarialcancer med peritoneal spridning."),
             ("Bedömning", "Misstanke om malign tarmobstruktion på tunntarmsnivå. Ej aktuellt med kirurgi enligt pat:s önskan."),
             ("Åtgärd", "Ventrikelsond, Buscopan-infusion och Betapred iv."),
         ])],
    A102, [],
    "'Misstanke om malign tarmobstruktion' is a hedged diagnosis in a visible section.")

case("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1955-03-30", "K", [
    note("n1", "Melior", "Tidiga hypoteser", "onk_su", ("Thomas Wallin", "läkare"),
         "2024-04-15T15:50", [
             ("Bedömning", "Tilltagande ikterus, bilirubin 88. Misstänkt gallvägsobstruktion av metastas vid leverhilus, ERCP diskuteras."),
         ], setting="öppenvård")],
    A102, [],
    "VGR protects by sökord, not template: a note whose template is named Tidiga hypoteser but whose sökord is Bedömning is visible.")

case("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1948-08-05", "M", [
    note("n1", "Melior", "Läkaranteckning", "med_lkr", ("Camilla Jeppsson", "läkare"),
         "2024-02-07T12:10", [
             ("Aktuellt", "Inneliggande för pneumoni, förbättras på bensylpenicillin."),
             ("Tidiga hypoteser", "Misstänkt levermetastasering på ultraljud buk, kontrast-DT bokad."),
         ])],
    A102, [],
    "Skåne protects by template only: the sökord 'Tidiga hypoteser' inside an ordinary Läkaranteckning is visible.")

case("vgr-th-sokord-men-hypotes-ocksa-i-bedomning", "vgr", "1952-05-17", "M", [
    note("n1", "Melior", "Läkaranteckning", "med_skovde", ("Nadia Karlsson", "läkare"),
         "2024-06-25T09:20", [
             ("Tidiga hypoteser", "Misstänkt hjärnmetastasering vid känd lungcancer, MR bokad till torsdag."),
             ("Bedömning", "Ny ostadighet och morgonhuvudvärk, trolig cerebral metastasering. Betametason insatt i väntan på MR."),
         ])],
    A102, [],
    "The hypothesis is protected under the Tidiga hypoteser sökord but repeated as 'trolig cerebral metastasering' in visible Bedömning.")

case("geriatrik-lang-inskrivning-ev-kotkompression", "skane", "1931-01-09", "K", [
    note("n1", "Melior", "Inskrivningsanteckning", "ger_hlm", ("Eva Nordin", "läkare"),
         "2024-03-26T15:30", [
             ("Kontaktorsak", "Inläggs från akuten pga fall i hemmet och tilltagande ryggsmärta, klarar inte längre förflyttningar."),
             ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, apixaban. Osteoporos med höftfraktur vänster 2019. "
              "Hjärtsvikt med bevarad ejektionsfraktion. Kronisk njursvikt stadium 3b. Lätt kognitiv svikt, ej utredd."),
             ("Social anamnes", "Änka, bor ensam i lägenhet med hiss. Hemtjänst tre gånger dagligen och trygghetslarm. "
              "Sonen bor i Kristianstad och hjälper till med inköp."),
             ("Anamnes", "Ramlade i köket natten till igår, låg på golvet cirka tre timmar innan hemtjänsten kom. Sedan dess ont "
              "i ländryggen, VAS 7 vid rörelse. Inga domningar, kissar som vanligt. Äter dåligt sedan en vecka."),
             ("Status", "AT: Blek, trött men orienterad till person och plats. Hj: Oregelbunden rytm, frekvens 84, inga blåsljud. "
              "P: Basala rassel bilat. Buk: Mjuk, oöm. Rygg: Knackömhet över thorakolumbala övergången. "
              "Neuro: Kraft 5/5 i benen, sensibilitet ua. Hud: Hematom vänster höft, intakt hud sakralt."),
             ("Lab", "Hb 108, CRP 12, krea 142, Na 131, K 4,6, Ca 2,41. EKG: förmaksflimmer, normal kammarfrekvens."),
             ("Bedömning", "Fallolycka hos multisjuk 93-åring med osteoporos. Ev. kotkompressionsfraktur L1 att döma av "
              "smärtans lokalisation, rtg ländrygg i morgon. Lätt hyponatremi. Hjärtsvikten kompenserad."),
             ("Planering", "Paracetamol och oxikodon 5 mg v.b. Fysioterapeut och arbetsterapeut bedömer förflyttning. "
              "Fallriskbedömning och trycksårsprevention enligt rutin. Vårdplanering med kommunen när smärtan är under kontroll."),
         ])],
    A102, [],
    "Long geriatric admission note with many confirmed diagnoses and a single hedged one ('Ev. kotkompressionsfraktur L1').")

case("asih-lang-inskrivning-misstankt-dvt", "vgr", "1946-11-23", "M", [
    note("n1", "Melior", "Inskrivningsanteckning ASIH", "asih_lidk", ("Robert Alm", "läkare"),
         "2024-09-02T13:45", [
             ("Remiss", "Inskrivning i ASIH på remiss från onkologen Skövde efter avslutad palliativ cytostatika."),
             ("Diagnos", "Metastaserad ventrikelcancer med levermetastaser och peritoneal spridning, diagnos i mars."),
             ("Anamnes", "Trött, sover stora delar av dagen. Äter små portioner, klarar sig med näringsdryck. "
              "Illamående kontrolleras med metoklopramid. Sedan en vecka svullnad i vänster underben."),
             ("Social anamnes", "Gift, hustrun frisk och vill vårda honom hemma. Två vuxna barn i Göteborg. "
              "Radhus i två plan, sovrummet flyttat till bottenvåningen."),
             ("Status", "AT: Kakektisk, vaken och klar. Ikterisk i sklerae. Cor: Regelbunden rytm. Pulm: Nedsatta andningsljud "
              "basalt höger. Buk: Ascites, leverkant palperas 4 cm under arcus. Ben: Vänster underben svullet och ömt, "
              "omkrets 4 cm större än höger."),
             ("Bedömning", "Palliativ fas. Misstänkt DVT vänster underben; vi avstår ultraljud då det inte ändrar handläggningen. "
              "Ascites utan påtagliga besvär i nuläget."),
             ("Åtgärd", "Dalteparin 15 000 E sc x 1. Vid behovsordinationer enligt palliativ ordinationsmall insatta: morfin, "
              "midazolam, haloperidol och glykopyrron."),
             ("Planering", "Ssk-besök två gånger per vecka, läkarbesök varannan vecka. Hjälpmedel via arbetsterapeut. "
              "Hustrun har telefonnummer till ASIH dygnet runt."),
         ])],
    A102, [],
    "Long ASIH admission chart where the one hedged diagnosis is 'Misstänkt DVT' among confirmed cancer diagnoses.")

case("ortopedi-typo-missankt-skelettmetastas-femur", "skane", "1950-02-14", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "ort_angel", ("Niklas Holm", "läkare"),
         "2024-05-06T10:20", [
             ("Röntgen", "Osteolytisk förändring i höger femurs diafys, 3 cm, kortikal förtunning."),
             ("Bedömning", "Missänkt skelettmetastas hos pat med tidigare njurcancer, hög risk för patologisk fraktur."),
             ("Planering", "Kryckkäppar, ingen full belastning. DT thorax-buk och remiss till tumörortoped."),
         ], setting="öppenvård")],
    A102, [],
    "Typo in the hedge ('Missänkt skelettmetastas'); still a hedged diagnosis in visible Bedömning.")

case("geriatrik-typo-sannolkit-hypoaktivt-delirium", "vgr", "1936-10-02", "K", [
    note("n1", "Melior", "Daganteckning", "ger_alingsas", ("Anna-Karin Borg", "läkare"),
         "2024-01-22T11:15", [
             ("Aktuellt", "Personalen beskriver henne som ovanligt tyst och sömnig, äter knappt och svarar fördröjt."),
             ("Bedömning", "Sannolkit hypoaktivt delirium, utlösande faktor oklar. Urinsticka och blododling tas."),
         ])],
    A102, [],
    "Typo 'Sannolkit' in the hedge before 'hypoaktivt delirium' in a visible geriatric note.")

case("lung-typo-trolgi-pleurakarcinos", "skane", "1943-12-30", "M", [
    note("n1", "Melior", "Läkaranteckning", "lung_lund", ("Björn Sandell", "läkare"),
         "2024-10-15T13:35", [
             ("Aktuellt", "Pleuratappning höger 1,2 liter serosangvinös vätska, tredje tappningen på fem veckor."),
             ("Bedömning", "Trolgi pleurakarcinos med snabbt återkommande vätska, cytologi inväntas."),
             ("Planering", "Ställningstagande till kvarliggande pleurakateter vid nästa besök."),
         ], setting="öppenvård")],
    A102, [],
    "Typo 'Trolgi' for 'Trolig' before pleurakarcinos in visible Bedömning.")

case("medicin-typo-forenlgit-med-lungmetastaser", "vgr", "1959-05-11", "K", [
    note("n1", "Melior", "Läkaranteckning", "med_boras", ("Erik Magnusson", "läkare"),
         "2024-07-18T16:00", [
             ("Undersökningsresultat", "Lungröntgen: multipla runda förtätningar bilateralt, 5–15 mm. Förenlgit med lungmetastaser "
              "hos pat med känd rektalcancer."),
         ])],
    A102, [],
    "Typo 'Förenlgit med' in a one-section note: a hedged metastasis diagnosis in a visible section.")

case("onk-typo-misstankta-levermetastaer", "skane", "1961-03-03", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_krist", ("Helena Fors", "läkare"),
         "2024-08-06T14:50", [
             ("Aktuellt", "Kontroll 2 år efter Whipple-operation för pankreascancer. Något trött, aptit bra."),
             ("Bedömning", "DT visar tre små misstänkta levermetastaer, den största 9 mm. CA 19-9 stigande till 180."),
             ("Planering", "PET-DT och ny bedömning därefter."),
         ], setting="öppenvård")],
    A102, [],
    "Typo in the key word ('levermetastaer'); the hedged metastasis diagnosis is still visible.")

case("ortopedi-typo-patologisk-fraktur-kan-ej-utelsutas", "skane", "1948-04-27", "K", [
    note("n1", "Melior", "Akutanteckning", "akut_malmo", ("Viktor Roos", "läkare"),
         "2024-12-02T20:10", [
             ("Anamnes", "Känd bröstcancer med skelettmetastaser. Hörde ett knak i vänster överarm när hon lyfte en kastrull."),
             ("Bedömning", "Spiralfraktur vänster humerusdiafys. Patologisk fraktur kan ej utelsutas med tanke på grundsjukdomen."),
             ("Åtgärd", "Collar'n'cuff, smärtlindring. Remiss ortopedmottagningen och onkologen."),
         ], setting="öppenvård")],
    A102, [],
    "Typo 'utelsutas' in 'kan ej uteslutas'; a pathological fracture hypothesis in visible Bedömning.")

case("medicin-typo-trolig-delirum-hyponatremi", "vgr", "1942-09-14", "M", [
    note("n1", "Melior", "Daganteckning", "med_skovde", ("Petra Nilsson", "läkare"),
         "2024-04-04T09:05", [
             ("Aktuellt", "Oroligt i natt, försökte gå ut genom fönstret på salen. Na 124 i morse."),
             ("Bedömning", "Trolig delirum sekundärt till hyponatremi hos pat med småcellig lungcancer, SIADH."),
             ("Åtgärd", "Vätskerestriktion 1 liter. Extravak i natt. Na kontrolleras i morgon."),
         ])],
    A102, [],
    "Typo 'delirum' in the key word after 'Trolig'; hedged delirium in visible Bedömning.")

case("nkir-typo-differntialdiagnos-meningit-glioblastom", "skane", "1966-01-31", "M", [
    note("n1", "Melior", "Jouranteckning", "nkir_lund", ("Amanda Törnqvist", "läkare"),
         "2024-11-19T23:40", [
             ("Aktuellt", "Glioblastom, opererad för tre veckor sedan. Nu feber 38,9 och tilltagande förvirring sedan kvällen."),
             ("Bedömning", "Differntialdiagnos postoperativ meningit; tumörödem bidrar sannolikt till förvirringen."),
             ("Åtgärd", "Blododlingar, DT hjärna akut, därefter LP om inga kontraindikationer."),
         ])],
    A102, [],
    "Typo 'Differntialdiagnos' before postoperative meningitis; a differential diagnosis in visible Bedömning.")

case("barnonk-misstankt-recidiv-neuroblastom", "skane", "2015-06-10", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "barnonk_lund", ("Jenny Wahlström", "läkare"),
         "2024-02-13T13:00", [
             ("Aktuellt", "Kontroll 18 månader efter avslutad behandling för högrisk-neuroblastom. Har haft ont i höger arm "
              "sedan sportlovet, mamma berättar att hon slutat spela handboll."),
             ("Undersökningsresultat", "MIBG-scint med nytt upptag i proximala högra humerus. Urinkatekolaminer förhöjda."),
             ("Bedömning", "Misstänkt recidiv av neuroblastom. Benmärgsprov och biopsi under narkos nästa vecka."),
         ], setting="öppenvård")],
    A102, [],
    "Child under 13 (guardians read the journal): 'Misstänkt recidiv av neuroblastom' is visible in Melior.")

case("barncancer-trol-invasiv-aspergillos-all", "vgr", "2013-02-19", "M", [
    note("n1", "Melior", "Daganteckning", "barn_dsbus", ("Marcus Blom", "läkare"),
         "2024-01-08T10:45", [
             ("Aktuellt", "Andra recidivet av ALL, palliativ inriktning sedan december. Fortsatt feber trots bredspektrumantibiotika."),
             ("Undersökningsresultat", "DT thorax med halo-tecken kring två noduli i höger överlob. Galaktomannan positivt i serum."),
             ("Bedömning", "Trol. invasiv aspergillos. Vorikonazol insätts efter samtal med föräldrarna."),
         ])],
    A102, [],
    "Child of ten in palliative care: 'Trol. invasiv aspergillos' is a hedged diagnosis visible to the guardians.")

case("lung-misstanken-om-lungemboli-kvarstar", "skane", "1944-07-07", "K", [
    note("n1", "Melior", "Daganteckning", "lung_lund", ("Fatima Haddad", "läkare"),
         "2024-06-11T11:25", [
             ("Aktuellt", "Fortsatt syrgasbehov 4 l, takypné och takykardi. D-dimer >4."),
             ("Bedömning", "Misstanken om lungemboli kvarstår men DT-angio kan inte göras pga eGFR 19. "
              "Fortsätter behandlingsdos tinzaparin."),
         ])],
    A102, [],
    "'Misstanken om lungemboli kvarstår' keeps an open hypothesis, unlike a ruled-out suspicion.")

case("geriatrik-ger-intryck-av-demens-blandform", "vgr", "1937-04-12", "K", [
    note("n1", "Melior", "Läkaranteckning", "ger_molndal", ("Gustav Lindqvist", "läkare"),
         "2024-05-29T14:40", [
             ("Utredning", "MMSE 19/30, klocktest patologiskt. DT hjärna: central och kortikal atrofi samt vitsubstansförändringar."),
             ("Bedömning", "Kognitiv svikt som ger intryck av demenssjukdom, i första hand blandform av Alzheimer och vaskulär demens."),
         ])],
    A102, [],
    "'Ger intryck av demenssjukdom, i första hand blandform' is a working hypothesis written in visible Bedömning.")

case("geriatrik-suspekt-brostcancer-avstar-utredning", "vgr", "1935-12-24", "K", [
    note("n1", "Melior", "Läkaranteckning", "ger_alingsas", ("Daniel Söderberg", "läkare"),
         "2024-03-14T13:55", [
             ("Status", "Fast, oregelbunden resistens 3 cm i vänster bröst, indragen hud. Förstorad körtel i vänster axill."),
             ("Bedömning", "Suspekt bröstcancer hos 88-åring med långt framskriden demens."),
             ("Planering", "Efter samtal med sonen avstår vi vidare utredning. Smärtlindring vid behov."),
         ])],
    A102, [],
    "'Suspekt bröstcancer' written in visible Bedömning although further work-up is declined.")

case("kirurgi-epikris-diagnos-trolig-pankreascancer", "skane", "1939-08-29", "K", [
    note("n1", "Melior", "Epikris", "kir_malmo", ("Simon Jönsson", "läkare"),
         "2024-07-25T15:15", [
             ("Diagnos", "Trolig pankreascancer med levermetastaser, ej PAD-verifierad (C25.9). Stentad gallväg."),
             ("Epikris", "Inlagd via akuten med smärtfri ikterus. Pat har avböjt biopsi och onkologisk behandling. "
              "Utskrivs till korttidsboende med ASIH."),
         ])],
    A102, [],
    "Discharge Diagnos section holding 'Trolig pankreascancer' with an ICD code: still hedged and visible.")

case("asih-ssk-misstankt-uvi", "vgr", "1943-01-16", "K", [
    note("n1", "Melior", "Omvårdnadsanteckning", "asih_su", ("Malin Jakobsson", "sjuksköterska"),
         "2024-12-09T10:30", [
             ("Elimination", "Grumlig och illaluktande urin, svider när hon kissar. Misstänkt UVI, urinodling tagen enligt ordination."),
             ("Planering", "Läkaren ringer pat i eftermiddag om antibiotika."),
         ])],
    A102, [],
    "ASIH nurse note: 'Misstänkt UVI' in a visible nursing sökord is a hedged diagnosis in Melior.")

case("tva-anteckningar-th-mall-sedan-hypotes-i-daganteckning", "skane", "1953-04-04", "M", [
    note("n1", "Melior", "Tidiga hypoteser", "med_lkr", ("Camilla Jeppsson", "läkare"),
         "2024-10-01T11:00", [
             ("Bedömning", "Misstänkt binjuremetastas vänster på DT, pat ännu ej informerad."),
         ]),
    note("n2", "Melior", "Daganteckning", "med_lkr", ("Hussein Ali", "läkare"),
         "2024-10-02T09:30", [
             ("Bedömning", "Förbättrad efter pneumonin. Fortsatt misstänkt binjuremetastas, PET-DT bokad."),
         ]),
], [("NL102", "n2")], [],
    "First note keeps the hypothesis in a protected Tidiga hypoteser template, but the next day's ordinary note repeats it visibly.")

case("hemat-tyder-pa-transformation-kll", "vgr", "1947-07-03", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "hem_sas", ("Sanna Wik", "läkare"),
         "2024-08-19T10:10", [
             ("Aktuellt", "KLL sedan 2016. Nu snabbt växande körtlar på halsen, nattsvettningar och LD 780."),
             ("Bedömning", "Kliniken tyder på Richter-transformation till aggressivt lymfom. PET-DT och körtelbiopsi."),
         ], setting="öppenvård")],
    A102, [],
    "'Tyder på Richter-transformation' is a hedged new diagnosis on top of a known leukaemia.")

# ================================================================ B. NL102 must_not
# Negated, relatives, non-diagnostic hedges, conditionals, confirmed, protected, PMO.

case("onk-ingen-misstanke-om-hjarnmetastaser", "skane", "1960-09-26", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_lund", ("Rebecka Lund", "läkare"),
         "2024-03-04T13:30", [
             ("Aktuellt", "HER2-positiv bröstcancer med levermetastaser, trastuzumab-deruxtekan. Huvudvärk i pannan senaste veckan."),
             ("Status", "Neurologiskt helt ua, inga pareser, normal gång och balans. Fundus ej undersökt."),
             ("Bedömning", "Ingen misstanke om hjärnmetastaser i nuläget. Huvudvärken sammanföll med en förkylning och har släppt på paracetamol."),
         ], setting="öppenvård")],
    [], A102,
    "'Ingen misstanke om hjärnmetastaser' is negated; the remaining diagnoses are confirmed.")

case("medicin-lungemboli-uteslutes-dt-angio", "vgr", "1951-06-30", "M", [
    note("n1", "Melior", "Daganteckning", "med_boras", ("Ali Rahimi", "läkare"),
         "2024-04-17T10:50", [
             ("Undersökningsresultat", "DT-angio lungartärer: inga embolier. Tilltagande pleuravätska höger."),
             ("Bedömning", "Lungemboli uteslutes. Andfåddheten förklaras av pleuravätskan vid känd mesoteliom."),
             ("Åtgärd", "Pleuratappning i morgon under ultraljudsledning."),
         ])],
    [], A102,
    "'Lungemboli uteslutes' rules the diagnosis out; the mesothelioma is confirmed.")

case("uro-typo-inga-tecken-pa-skelettmetastsaer", "skane", "1954-01-18", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "uro_malmo", ("Jesper Friberg", "läkare"),
         "2024-05-21T09:30", [
             ("Lab", "PSA 6,8, långsamt stigande sedan prostatektomin 2020."),
             ("Bedömning", "PSMA-PET och skelettscint: inga tecken på skelettmetastsaer. Biokemiskt recidiv av prostatacancer."),
             ("Planering", "Remiss för salvage-strålbehandling mot prostatabädden."),
         ], setting="öppenvård")],
    [], A102,
    "Typo 'skelettmetastsaer' inside a negation ('inga tecken på'); the recurrence is biochemically settled.")

case("onk-pet-talar-emot-lokalrecidiv", "vgr", "1966-11-06", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_su", ("Jakob Engström", "läkare"),
         "2024-02-26T14:20", [
             ("Bedömning", "PET-DT talar emot lokalrecidiv av analcancern. Förtätningen i fossa ischiorectalis är postradiogen fibros "
              "enligt röntgenrond."),
             ("Planering", "Fortsatta kontroller var tredje månad."),
         ], setting="öppenvård")],
    [], A102,
    "'Talar emot lokalrecidiv' is a negated finding, not a hedged diagnosis.")

case("geriatrik-misstanken-om-delirium-avskrivs", "skane", "1933-05-20", "M", [
    note("n1", "Melior", "Daganteckning", "ger_malmo", ("Louise Mattsson", "läkare"),
         "2024-06-18T11:40", [
             ("Aktuellt", "Personalen oroades igår kväll av att han var förvirrad efter ankomsten från akuten."),
             ("Status", "Idag vaken, orienterad till tid, rum och person. CAM-ICU negativt, följer samtal väl."),
             ("Bedömning", "Misstanken om delirium avskrivs. Gårdagens oro kopplas till smärta och ny miljö efter transporten."),
         ])],
    [], A102,
    "The delirium suspicion is withdrawn ('avskrivs'), which is a negated diagnosis.")

case("onk-mor-dog-i-trolig-brostcancer", "vgr", "1979-03-09", "K", [
    note("n1", "Melior", "Nybesök", "onk_nu", ("Karin Sjöberg", "läkare"),
         "2024-01-24T10:15", [
             ("Hereditet", "Mor avled 52 år i trolig bröstcancer, moster hade äggstockscancer."),
             ("Diagnos", "Trippelnegativ bröstcancer höger, BRCA1-mutation påvisad. Lungmetastaser på DT."),
             ("Planering", "Palliativ cytostatika, start nästa vecka. Genetisk vägledning erbjuds syskonen."),
         ], setting="öppenvård")],
    [], A102,
    "The only hedge ('trolig bröstcancer') concerns the mother in Hereditet; the patient's own diagnosis is confirmed.")

case("asih-make-utreds-for-misstankt-demens", "skane", "1944-02-02", "K", [
    note("n1", "Melior", "Hembesök läkare", "asih_krist", ("Mats Andersson", "läkare"),
         "2024-07-09T14:00", [
             ("Aktuellt", "Avancerad KOL och metastaserad lungcancer. Trött men smärtfri på nuvarande morfindos."),
             ("Närstående", "Maken, som är hennes huvudsakliga stöd, utreds på vårdcentralen för misstänkt demens. "
              "Dottern kommer dagligen sedan förra veckan."),
             ("Planering", "Avlösning i hemmet diskuteras med biståndshandläggaren."),
         ])],
    [], A102,
    "Hedged dementia belongs to the husband (Närstående), not the patient.")

case("pall-sonen-utreds-for-ev-lungcancer", "vgr", "1940-10-10", "M", [
    note("n1", "Melior", "Samtalsanteckning", "pall_molndal", ("Ulrika Hedlund", "kurator"),
         "2024-08-13T15:30", [
             ("Samtal", "Samtal med pat och hustrun. Sonen genomgår själv utredning för ev. lungcancer, vilket tynger båda mycket. "
              "Pat säger att han oroar sig mer för sonen än för sig själv."),
             ("Planering", "Nytt samtal om en vecka, sonen välkommen att delta."),
         ])],
    [], A102,
    "Counsellor note: 'ev. lungcancer' is the son's work-up, a relative's disease.")

case("asih-ssk-mojligen-mer-andfadd", "skane", "1950-08-08", "M", [
    note("n1", "Melior", "Omvårdnadsanteckning", "asih_hbg", ("Therese Möller", "sjuksköterska"),
         "2024-02-15T11:10", [
             ("Andning", "Möjligen något mer andfådd än vid förra besöket, sat 93 % i vila. Använder fläkten mycket."),
             ("Smärta", "Skattar smärtan 2/10, inga extradoser senaste dygnet."),
         ])],
    [], A102,
    "The hedge qualifies a symptom (breathlessness), not a diagnosis.")

case("onk-ev-palliativ-stralbehandling-hoft", "skane", "1949-05-15", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_krist", ("Helena Fors", "läkare"),
         "2024-04-29T11:00", [
             ("Bedömning", "Verifierad skelettmetastas i höger acetabulum vid känd prostatacancer, smärtan ökar trots NSAID."),
             ("Planering", "Ev. palliativ strålbehandling 8 Gy x 1 mot höger höft, remiss till strålenheten skickas idag."),
         ], setting="öppenvård")],
    [], A102,
    "'Ev.' qualifies a treatment plan; the metastasis itself is verified.")

case("geriatrik-trolig-hemgang-med-asih", "vgr", "1936-01-29", "M", [
    note("n1", "Melior", "Daganteckning", "ger_molndal", ("Jonas Bergqvist", "läkare"),
         "2024-11-12T10:25", [
             ("Aktuellt", "Pneumonin läker ut på peroral behandling. Äter bättre och går med rollator på avdelningen."),
             ("Planering", "Trolig hemgång med ASIH på fredag om hemtjänsten är klar. Dottern informerad om planen."),
         ])],
    [], A102,
    "'Trolig hemgång' hedges the discharge date, not a diagnosis.")

case("asih-om-feber-ring-dygnet-runt", "vgr", "1955-10-19", "K", [
    note("n1", "Melior", "Telefonanteckning", "asih_sas", ("Jessica Eriksson", "sjuksköterska"),
         "2024-03-08T16:50", [
             ("Telefonkontakt", "Pat ringer om diarré efter cytostatikan, tre lösa avföringar idag, dricker bra. Loperamid enligt ordination."),
             ("Råd", "Om temp över 38,5, frossa eller yrsel ska hon ringa ASIH direkt, dygnet runt."),
         ])],
    [], A102,
    "Conditional advice ('Om temp över 38,5 ...') contains no hedged diagnosis.")

case("onk-villkorad-info-ryggmargskompression", "skane", "1958-06-13", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_lund", ("Henrik Malmqvist", "läkare"),
         "2024-10-22T15:20", [
             ("Diagnos", "Prostatacancer med skelettmetastaser i kotpelaren, Th6–L2."),
             ("Information", "Pat och maka informerade: vid nytillkommen svaghet i benen eller svårt att kasta vatten ska de ringa "
              "direkt, eftersom ryggmärgskompression då måste misstänkas."),
         ], setting="öppenvård")],
    [], A102,
    "Suspicion of cord compression appears only inside a conditional safety-net instruction; the metastases are confirmed.")

case("lung-pad-verifierad-skivepitelcancer", "vgr", "1948-02-08", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "lung_su", ("Hanna Ek", "läkare"),
         "2024-06-04T13:10", [
             ("Diagnos", "Skivepitelcancer vänster lunga stadium IV, binjuremetastas. PAD från bronkoskopi 28/5."),
             ("Bedömning", "Nedsatt AT, ECOG 3. Ingen tumörspecifik behandling, fokus på symtomlindring."),
             ("Planering", "Remiss till palliativa rådgivningsteamet och ASIH."),
         ], setting="öppenvård")],
    [], A102,
    "Tissue-confirmed lung cancer with no hedge anywhere in the note.")

case("uro-kand-metastaserad-prostatacancer-kontroll", "skane", "1937-09-19", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "uro_malmo", ("Anders Wihlborg", "läkare"),
         "2024-08-15T10:40", [
             ("Aktuellt", "Känd metastaserad prostatacancer sedan 2018, degarelix var 28:e dag. Stabil, inga nya smärtor."),
             ("Lab", "PSA 2,1 (2,3). Hb 121."),
             ("Planering", "Fortsatt samma behandling, kontroll om sex månader."),
         ], setting="öppenvård")],
    [], A102,
    "Stable, known metastatic prostate cancer: confirmed diagnosis, no hedge.")

case("skane-mall-tidiga-hypoteser-misstankt-levermetastasering", "skane", "1957-11-11", "K", [
    note("n1", "Melior", "Tidiga hypoteser", "onk_lund", ("Rebecka Lund", "läkare"),
         "2024-09-05T16:15", [
             ("Bedömning", "DT visar två små lågattenuerande leverlesioner. Misstänkt levermetastasering av känd bröstcancer, "
              "för små för att karakterisera. MR lever inom tre veckor."),
         ], setting="öppenvård")],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne note written in the Tidiga hypoteser template: the hedged metastasis is protected and nothing is said about telling.")

case("vgr-sokord-tidiga-hypoteser-skyddar-hypotesen", "vgr", "1962-02-22", "M", [
    note("n1", "Melior", "Läkaranteckning", "med_kungalv", ("Oskar Hellström", "läkare"),
         "2024-05-08T11:35", [
             ("Aktuellt", "Uppföljning efter inläggning för erysipelas vänster underben, läkt."),
             ("Tidiga hypoteser", "Viktnedgång 8 kg och järnbrist; misstänkt koloncancer, koloskopi bokad."),
             ("Planering", "Återbesök efter koloskopin."),
         ], setting="öppenvård")],
    [], A102,
    "VGR: the hedged colon cancer stands only under the protected sökord Tidiga hypoteser; the visible sections hold none.")

case("pmo-vc-misstankt-prostatacancer", "skane", "1946-04-14", "M", [
    note("n1", "PMO", "Besök", "vc_linero", ("Gunilla Persson", "läkare"),
         "2024-02-20T10:00", [
             ("Aktuellt", "Nattliga miktioner och ryggvärk. PSA 64."),
             ("Bedömning", "Misstänkt prostatacancer med ev. skelettspridning."),
             ("Åtgärd", "Remiss urologen enligt standardiserat vårdförlopp."),
         ], setting="öppenvård")],
    [], A102,
    "PMO (vårdcentral) never shows diagnoses: a hedged prostate cancer there is not an NL102 finding.")

case("pmo-hemsjukvard-trol-trycksar-sakralt", "skane", "1932-03-01", "K", [
    note("n1", "PMO", "Hembesök", "vc_horby", ("Lotta Svensson", "sjuksköterska"),
         "2024-04-02T13:15", [
             ("Hud", "Trol. trycksår kategori 2 sakralt, 2 x 3 cm, ytlig blåsa som spruckit."),
             ("Åtgärd", "Skumförband, luftmadrass beställd via hjälpmedelscentralen."),
         ], setting="öppenvård")],
    [], A102,
    "Home-care nurse note in PMO: hedged pressure ulcer is never shown to the patient.")

case("pmo-hembesok-ev-pneumoni-avstar-antibiotika", "skane", "1929-10-28", "M", [
    note("n1", "PMO", "Hembesök", "vc_osterlen", ("Ola Hansson", "läkare"),
         "2024-12-10T14:30", [
             ("Aktuellt", "Sängliggande sedan två veckor på särskilt boende, äter och dricker knappt. Feber och rosslig andning sedan igår."),
             ("Bedömning", "Ev. pneumoni i livets slutskede."),
             ("Åtgärd", "Avstår antibiotika i samråd med pat och dottern. Glykopyrron sc v.b. mot rosslighet ordinerat."),
         ], setting="öppenvård")],
    [], A102,
    "PMO home visit at end of life: 'Ev. pneumoni' in PMO is never shown.")

case("pmo-vc-dd-depression-demens", "skane", "1940-06-06", "K", [
    note("n1", "PMO", "Besök", "vc_sjobo", ("Per Ekdahl", "läkare"),
         "2024-07-16T09:20", [
             ("Bedömning", "Glömsk och tillbakadragen sedan makens död i våras. DD depression, begynnande demens. "
              "MMSE 25/30."),
             ("Planering", "Sertralin 25 mg, nytt besök om sex veckor med kognitiv screening."),
         ], setting="öppenvård")],
    [], A102,
    "Differential diagnosis in a PMO vårdcentral note: not visible, so no NL102.")

case("pmo-tidiga-hypoteser-mall-misstankt-myelom", "skane", "1949-09-30", "M", [
    note("n1", "PMO", "Tidiga hypoteser", "vc_tabelund", ("Sara Mårtensson", "läkare"),
         "2024-10-29T15:40", [
             ("Bedömning", "M-komponent 38 g/l, anemi och ryggsmärta; misstänkt myelom. Remiss hematologen."),
         ], setting="öppenvård")],
    [], A102,
    "PMO note in the Tidiga hypoteser template: hidden twice over, no NL102.")

case("pall-hog-risk-for-trycksar-norton", "vgr", "1938-08-17", "K", [
    note("n1", "Melior", "Omvårdnadsanteckning", "pall_nu", ("Ida Berg", "sjuksköterska"),
         "2024-02-09T14:05", [
             ("Hud", "Hel hud, inga rodnader. Hög risk för trycksår enligt modifierad Norton, 15 poäng."),
             ("Åtgärd", "Tryckavlastande madrass och lägesändring var annan timme."),
         ])],
    [], A102,
    "A risk score for pressure ulcers is prevention, not a hedged diagnosis; the skin is intact.")

case("onk-misstankt-levermetastas-visade-sig-hemangiom", "skane", "1964-12-08", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_krist", ("Magnus Berg", "läkare"),
         "2024-03-19T13:45", [
             ("Bedömning", "MR lever: förändringen i segment 4 är ett typiskt hemangiom. Levermetastas avskrivs därmed. "
              "Opererad rektalcancer utan tecken på återfall."),
             ("Planering", "Sedvanliga kontroller enligt vårdprogram."),
         ], setting="öppenvård")],
    [], A102,
    "The former metastasis suspicion is dismissed ('avskrivs') and the benign finding is settled.")

case("akut-typo-ingen-missanke-om-ryggmargskompression", "vgr", "1957-04-25", "K", [
    note("n1", "Melior", "Akutanteckning", "akut_ostra", ("Mikael Strand", "läkare"),
         "2024-07-30T21:15", [
             ("Anamnes", "Bröstcancer med kända skelettmetastaser sedan 2022. Ökad ryggvärk efter att ha burit in blomjord."),
             ("Status", "Kraft 5/5 i benen, normala reflexer, ingen sensibilitetsnivå. Kissar utan problem."),
             ("Bedömning", "Ingen missanke om ryggmärgskompression. Muskulär smärta, höjd dos paracetamol och NSAID i tre dagar."),
         ], setting="öppenvård")],
    [], A102,
    "Typo 'missanke' inside the negation 'Ingen misstanke om'; the diagnosis is ruled out.")

case("pall-trycksar-kategori-3-ej-infektion", "skane", "1935-07-14", "M", [
    note("n1", "Melior", "Omvårdnadsanteckning", "pall_trbg", ("Maria Persson", "sjuksköterska"),
         "2024-05-16T10:20", [
             ("Hud", "Trycksår kategori 3 sakralt, 4 x 5 cm, rent sårbotten med granulation. Ej tecken på sårinfektion."),
             ("Åtgärd", "Omläggning med silikonförband varannan dag. Sårbild fotograferad."),
         ])],
    [], A102,
    "Confirmed pressure ulcer plus a negated infection ('Ej tecken på'): nothing hedged.")

case("lung-tidigare-misstankt-sedan-bekraftad", "vgr", "1953-10-05", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "lung_su", ("Sara Lindholm", "läkare"),
         "2024-11-26T09:30", [
             ("Anamnes", "Utreddes 2022 för misstänkt lungcancer, som bekräftades med PAD: adenokarcinom höger underlob, "
              "lobektomi samma år. Nu recidiv i mediastinum, osimertinib sedan januari."),
             ("Bedömning", "Stabil sjukdom på senaste DT. Fortsatt behandling."),
         ], setting="öppenvård")],
    [], A102,
    "A historical suspicion that was later confirmed is no open hypothesis; all current diagnoses are settled.")

case("asih-prognos-trol-veckor", "skane", "1947-02-18", "K", [
    note("n1", "Melior", "Läkaranteckning", "asih_lund", ("Per-Olof Nyström", "läkare"),
         "2024-06-27T13:30", [
             ("Bedömning", "Metastaserad koloncancer i sen palliativ fas, sängliggande och äter inte. "
              "Förväntad överlevnad trol. veckor snarare än månader."),
             ("Planering", "Brytpunktssamtal med pat och barnen på torsdag."),
         ])],
    [], A102,
    "'Trol.' hedges the expected survival time, which is a prognosis, not a diagnosis.")

case("avliden-konstaterat-dodsfall", "vgr", "1944-05-29", "M", [
    note("n1", "Melior", "Dödsfallsanteckning", "pall_molndal", ("Lina Axelsson", "läkare"),
         "2024-10-19T04:20", [
             ("Dödsfall", "Kallad av ssk kl 03.50. Inga hjärtljud eller andningsljud, ljusstela pupiller. "
              "Dödsfallet konstaterat kl 04.05."),
             ("Bakgrund", "Metastaserad ventrikelcancer, väntat dödsfall. Hustrun och dottern var närvarande."),
         ])],
    [], A102,
    "Death note with an expected death from a confirmed cancer; nothing hedged.")

case("asih-fragestallning-fran-hemtjansten-dusch", "skane", "1939-04-30", "M", [
    note("n1", "Melior", "Arbetsterapeutanteckning", "asih_hbg", ("Karolina Nord", "arbetsterapeut"),
         "2024-04-11T10:40", [
             ("Frågeställning", "Från hemtjänsten: klarar pat att duscha sittande själv, eller behövs två personal?"),
             ("Bedömning", "Klarar förflyttning till duschpall med stöd av en person. Duschpall och greppstång ordineras."),
         ])],
    [], A102,
    "Frågeställning about a practical care question, with no diagnosis in it.")

case("geriatrik-hemgang-tisdag-fragetecken", "vgr", "1934-11-01", "K", [
    note("n1", "Melior", "Daganteckning", "ger_alingsas", ("Anna-Karin Borg", "läkare"),
         "2024-10-08T13:20", [
             ("Aktuellt", "Urinvägsinfektion utläkt efter fem dagars pivmecillinam. Rörlig som innan inläggningen."),
             ("Planering", "Hemgång tisdag? Avvaktar besked från hemtjänsten om förstärkt insats."),
         ])],
    [], A102,
    "The question mark sits on a discharge date, not on a diagnosis.")

case("asih-misstankt-lakemedelsfel-i-dosetten", "skane", "1941-01-24", "K", [
    note("n1", "Melior", "Omvårdnadsanteckning", "asih_krist", ("Eva Lindberg", "sjuksköterska"),
         "2024-11-28T11:30", [
             ("Läkemedel", "Misstänkt läkemedelsfel i dosetten: två kvällsdoser av oxikodon depot saknas sedan apoteket bytte "
              "leverantör. Pat har inte fått ökad smärta."),
             ("Åtgärd", "Apoteket kontaktat, avvikelse skriven. Ansvarig läkare meddelad."),
         ])],
    [], A102,
    "'Misstänkt' applies to a medication error, an event, not a diagnosis of the patient.")

case("tva-anteckningar-hypotes-i-th-sedan-bekraftad-och-berattad", "skane", "1950-12-19", "M", [
    note("n1", "Melior", "Tidiga hypoteser", "lung_lund", ("Björn Sandell", "läkare"),
         "2024-03-01T14:00", [
             ("Bedömning", "Rundhärd 2 cm höger överlob, misstänkt lungcancer. Bronkoskopi bokad."),
         ], setting="öppenvård"),
    note("n2", "Melior", "Mottagningsanteckning", "lung_lund", ("Björn Sandell", "läkare"),
         "2024-03-15T10:30", [
             ("Diagnos", "Adenokarcinom höger överlob, PAD från bronkoskopin. PET-DT visar även skelettmetastaser."),
             ("Information", "Pat och dottern informerade om diagnosen och om att botande behandling inte är möjlig."),
         ], setting="öppenvård"),
], [], [("NL102", "n2"), ("NL101", "n2")],
    "Hypothesis first kept in a Tidiga hypoteser template; the later visible note states the settled diagnosis after the patient was told.")

# ================================================================ C. NL101 must
# A diagnosis stands in a visible section and the text says the patient is not told.

case("onk-progress-levermetastaser-ej-informerad", "skane", "1955-05-02", "K", [
    note("n1", "Melior", "Läkaranteckning", "onk_lund", ("Ingrid Olofsson", "läkare"),
         "2024-03-12T16:05", [
             ("Undersökningsresultat", "DT thorax-buk 11/3 jämfört med december: progress med multipla nya levermetastaser, "
              "den största 4 cm. Lungmetastaserna oförändrade."),
             ("Bedömning", "Progressiv bröstcancer under andra linjens behandling. Pat ej informerad ännu, besked ges vid "
              "återbesöket 19/3 då maken kan vara med."),
         ], setting="öppenvård")],
    A101, A102,
    "New liver metastases written in visible sections while the patient has explicitly not been told yet.")

case("onk-dottern-ber-att-pat-inte-far-veta-pankreascancer", "vgr", "1937-10-27", "K", [
    note("n1", "Melior", "Telefonanteckning", "onk_su", ("Thomas Wallin", "läkare"),
         "2024-04-10T11:45", [
             ("Telefonkontakt", "Dottern ringer angående PAD-svaret. Pankreascancer med levermetastaser är nu verifierad."),
             ("Bedömning", "Dottern har bett att hennes mamma inte ska få veta diagnosen och pat är därför ännu inte informerad. "
              "Jag har förklarat att pat har rätt till information om hon efterfrågar den."),
         ], setting="öppenvård")],
    A101, [],
    "Family asks that the patient not be told; the verified pancreatic cancer stands visibly and the patient is not informed.")

case("lung-pat-vill-inte-veta-smacellig-lungcancer", "skane", "1949-01-06", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "lung_lund", ("Fatima Haddad", "läkare"),
         "2024-05-14T13:20", [
             ("Aktuellt", "Besök för svar på bronkoskopin. Pat säger tydligt att han inte vill höra några provsvar, "
              "han vill bara veta vad han ska göra härnäst."),
             ("Diagnos", "Småcellig lungcancer, begränsad sjukdom."),
             ("Bedömning", "Pat har därför inte informerats om diagnosen. Hustrun är informerad med pat:s medgivande. "
              "Erbjuds kemoradioterapi, vilket han accepterar."),
         ], setting="öppenvård")],
    A101, [],
    "A patient who does not want to know: the cancer diagnosis is in a visible Diagnos section and the note says he was not told.")

case("medicin-hjarnmetastaser-delirium-kan-ej-informeras", "vgr", "1954-08-21", "M", [
    note("n1", "Melior", "Daganteckning", "med_skovde", ("Petra Nilsson", "läkare"),
         "2024-02-28T10:35", [
             ("Undersökningsresultat", "MR hjärna: fem hjärnmetastaser, den största 3 cm i höger frontallob med ödem."),
             ("Bedömning", "Hjärnmetastaserad malignt melanom. Pat är pga sitt delirium inte möjlig att informera i nuläget, "
              "vi tar det när han är klarare. Hustrun informerad per telefon."),
             ("Åtgärd", "Betametason 8 mg x 2. Tillsyn varje halvtimme."),
         ])],
    A101, [],
    "The delirious patient cannot be informed yet about brain metastases that stand in visible sections.")

case("uro-typo-ej-infomerad-skelettmetastaser", "skane", "1943-06-29", "M", [
    note("n1", "Melior", "Läkaranteckning", "uro_malmo", ("Jesper Friberg", "läkare"),
         "2024-06-20T15:30", [
             ("Undersökningsresultat", "Skelettscint: skelettmetastaser i bäcken, ländkotpelare och revben bilateralt."),
             ("Bedömning", "Metastaserad prostatacancer. Pat ej infomerad, det görs vid besöket hos uroonkolog nästa vecka."),
         ], setting="öppenvård")],
    A101, A102,
    "Typo 'infomerad' in the not-told statement; the bone metastases are confirmed and visible.")

case("hemat-epikris-recidiv-dlbcl-ej-informerad", "vgr", "1951-11-09", "K", [
    note("n1", "Melior", "Epikris", "hem_su", ("Anders Löfgren", "läkare"),
         "2024-07-05T14:10", [
             ("Diagnos", "Återfall av diffust storcelligt B-cellslymfom, verifierat med körtelbiopsi 2/7."),
             ("Epikris", "Inlagd för neutropen feber som svarat på antibiotika. Under vårdtiden kom PAD-svaret. "
              "Pat är inte informerad om recidivet; ansvarig hematolog tar det vid planerat besök 11/7."),
         ])],
    A101, [],
    "Discharge summary: the relapse is in the visible Diagnos section and the patient is not yet informed.")

case("hud-telefon-dottern-vet-pat-har-inte-fatt-beskedet", "skane", "1938-02-03", "M", [
    note("n1", "Melior", "Telefonanteckning", "hud_lund", ("Elin Hagström", "läkare"),
         "2024-08-08T09:50", [
             ("Telefonkontakt", "Samtal med dottern, som har fullmakt. Hon informeras om PAD: malignt melanom med spridning "
              "till lymfkörtlar i vänster ljumske. Pat själv har ännu inte fått beskedet, han är på korttidsboende "
              "och dottern vill vara med när det sker."),
         ], setting="öppenvård")],
    A101, [],
    "The daughter is told about the melanoma, the patient himself has not been told, and the diagnosis is visible.")

case("lung-besked-efter-mdk-binjuremetastas", "vgr", "1956-09-17", "K", [
    note("n1", "Melior", "Läkaranteckning", "lung_su", ("Hanna Ek", "läkare"),
         "2024-03-06T12:25", [
             ("Bedömning", "PAD: adenokarcinom i lunga. PET-DT visar en binjuremetastas vänster. "
              "Pat ska inte få besked om spridningen förrän MDK tagit ställning till binjurekirurgi 19/3."),
         ], setting="öppenvård")],
    A101, [],
    "The note says the patient must not be told about the metastasis until after the multidisciplinary conference.")

case("geriatrik-minne-alzheimer-ej-meddelad-sonen-vill-vara-med", "skane", "1940-03-25", "K", [
    note("n1", "Melior", "Läkaranteckning", "ger_malmo", ("Louise Mattsson", "läkare"),
         "2024-04-24T10:00", [
             ("Utredning", "Avslutad minnesutredning: MR med hippocampusatrofi, likvor med lågt amyloid beta 42 och högt tau."),
             ("Diagnos", "Alzheimers sjukdom med sen debut (F00.1)."),
             ("Planering", "Diagnosen har ännu inte meddelats pat, sonen önskar vara med vid beskedet. Ny tid om två veckor."),
         ], setting="öppenvård")],
    A101, [],
    "Geriatric memory clinic: Alzheimer's disease is in visible Diagnos while the patient has not been told.")

case("kvinno-ovetande-om-aterfall-endometriecancer", "vgr", "1947-12-13", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "kvinno_sas", ("Maja Holmberg", "läkare"),
         "2024-09-18T11:05", [
             ("Aktuellt", "Biopsi från vaginaltoppen visar återfall av endometriecancer."),
             ("Planering", "Pat är ännu ovetande om återfallet. Besök med kontaktsjuksköterska bokat på fredag."),
         ], setting="öppenvård")],
    A101, [],
    "'Ännu ovetande om återfallet' means not told; the recurrence is written visibly.")

case("onk-brytpunktssamtal-ej-genomfort-skelettspridning", "skane", "1944-08-11", "K", [
    note("n1", "Melior", "Läkaranteckning", "onk_krist", ("Magnus Berg", "läkare"),
         "2024-10-03T14:40", [
             ("Bedömning", "Skelettmetastaser i bäckenet och flera kotor verifierade vid DT, progress av bröstcancern "
              "trots tredje linjens behandling."),
             ("Planering", "Brytpunktssamtal är planerat till nästa vecka men ännu inte genomfört, och pat vet ännu inte om "
              "spridningen."),
         ], setting="öppenvård")],
    A101, A102,
    "A planned but not yet held end-of-life conversation: the patient does not yet know of the verified spread.")

case("hemat-ssk-har-inte-berattat-om-myelom", "vgr", "1946-05-31", "M", [
    note("n1", "Melior", "Omvårdnadsanteckning", "hem_su", ("Jenny Carlsson", "sjuksköterska"),
         "2024-01-31T18:20", [
             ("Psykosocialt", "Pat frågar flera gånger om provsvaren från benmärgen. Jag har inte berättat om myelomdiagnosen "
              "utan hänvisat till dr Löfgren som kommer i morgon förmiddag."),
         ])],
    A101, [],
    "Nurse note: the myeloma diagnosis is named in a visible section and the nurse writes she has not told him.")

case("kirurgi-kolangiocarcinom-besked-ej-lamnat", "skane", "1948-10-14", "M", [
    note("n1", "Melior", "Daganteckning", "kir_malmo", ("Simon Jönsson", "läkare"),
         "2024-02-09T11:55", [
             ("Bedömning", "Kolangiocarcinom vid leverhilus, PAD-verifierat från borstcytologin. "
              "Besked om diagnosen har ännu inte lämnats till pat."),
             ("Planering", "Diagnosbesked i morgon tillsammans med kontaktsjuksköterskan."),
         ])],
    A101, A102,
    "'Besked om diagnosen har ännu inte lämnats' with the confirmed cancer named in the same visible section.")

case("onk-inlagd-infektion-nya-lungmetastaser-ej-informerad", "vgr", "1961-07-08", "K", [
    note("n1", "Melior", "Daganteckning", "onk_su", ("Jakob Engström", "läkare"),
         "2024-05-23T13:05", [
             ("Aktuellt", "Inlagd för febril neutropeni dag 3, feberfri sedan igår."),
             ("Undersökningsresultat", "DT thorax gjord pga hosta: progress med nya lungmetastaser av sarkomet."),
             ("Bedömning", "Detta har pat inte informerats om ännu, vi väntar tills infektionen är över och "
              "planerar samtalet med ansvarig onkolog."),
         ])],
    A101, [],
    "New lung metastases found during an admission for infection; the note says the patient has not been told.")

case("nkir-hustrun-vill-inte-att-han-far-veta-glioblastom", "skane", "1959-02-16", "M", [
    note("n1", "Melior", "Läkaranteckning", "nkir_lund", ("Amanda Törnqvist", "läkare"),
         "2024-09-12T15:00", [
             ("Diagnos", "Glioblastom, IDH-vildtyp, bekräftat vid stereotaktisk biopsi."),
             ("Närstående", "Hustrun vill inte att pat ska få veta hur allvarlig tumören är. Han har hittills inte "
              "underrättats om diagnosen."),
             ("Planering", "Samtal med pat och hustrun tillsammans på måndag, kurator deltar."),
         ])],
    A101, [],
    "Wife asks that the patient not be told; the confirmed glioblastoma is visible and he has not been informed.")

case("hemat-kort-har-annu-inte-fatt-veta-lymfom", "vgr", "1964-04-06", "K", [
    note("n1", "Melior", "Telefonanteckning", "hem_sas", ("Sanna Wik", "läkare"),
         "2024-11-05T08:40", [
             ("Telefonkontakt", "Mantelcellslymfom enligt PAD från tonsillen. Pat har ännu inte fått veta, kallas till "
              "mottagningen på torsdag."),
         ], setting="öppenvård")],
    A101, A102,
    "Two-sentence telephone note: mantle cell lymphoma named, the patient has not yet been told.")

case("medicin-lang-inskrivning-ej-informerad-om-levermetastaser", "skane", "1945-04-17", "M", [
    note("n1", "Melior", "Inskrivningsanteckning", "med_ystad", ("Hanna Wallén", "läkare"),
         "2024-12-03T17:10", [
             ("Kontaktorsak", "Remiss från vårdcentralen pga viktnedgång, trötthet och Hb 92."),
             ("Tidigare sjukdomar", "Typ 2-diabetes, metformin. Hypertoni. TIA 2017 utan restsymtom. Grå starr opererad bilat."),
             ("Social anamnes", "Sambo, pensionerad lantbrukare. Går promenader dagligen, kör bil. Röker ej sedan 1990."),
             ("Anamnes", "Sedan i somras 9 kg viktnedgång och tilltagande trötthet. Mörk avföring ett par gånger. "
              "Ingen buksmärta, inga kräkningar."),
             ("Status", "AT: Blek, opåverkad. Hj: RR, inga blåsljud. P: Vesikulärt. Buk: Lätt palpationsöm i epigastriet, "
              "förstorad lever. Rektalt: Svart avföring på handsken."),
             ("Lab", "Hb 89, MCV 74, ferritin 6, CRP 18, ALP 4,1, ALAT 1,3, bilirubin 14."),
             ("Undersökningsresultat", "Gastroskopi idag: ulcererande tumör i antrum, biopsier tagna. DT buk samma dag: "
              "multipla levermetastaser."),
             ("Bedömning", "Ventrikeltumör med levermetastaser, PAD inväntas för typning. Pat är inte informerad om "
              "levermetastaserna, sambon är bortrest och han vill ha henne med vid besked om röntgen."),
             ("Planering", "Järninfusion, PPI iv. Kontakt med övre GI-kirurgen i Malmö inför MDK."),
         ])],
    A101, [],
    "Long admission chart where a single sentence says the patient is not informed about the liver metastases named beside it.")

case("tva-anteckningar-forsta-ej-informerad-trots-senare-besked", "vgr", "1950-06-25", "M", [
    note("n1", "Melior", "Daganteckning", "med_kungalv", ("Oskar Hellström", "läkare"),
         "2024-03-21T10:15", [
             ("Bedömning", "DT buk: njurcancer vänster, 7 cm, med lungmetastaser. Pat ännu ej informerad, "
              "samtal i eftermiddag med sonen närvarande."),
         ]),
    note("n2", "Melior", "Samtalsanteckning", "med_kungalv", ("Oskar Hellström", "läkare"),
         "2024-03-21T16:30", [
             ("Information", "Pat och sonen informerade om njurcancern och lungmetastaserna. Pat tog beskedet lugnt, "
              "ställde frågor om tiden framöver."),
         ]),
], [("NL101", "n1")], [("NL101", "n2")],
    "The morning note names the cancer and says the patient is not told; a later note informing him does not change what n1 showed.")

case("kirurgi-typo-ej-upplyst-om-diagnsoen-esofaguscancer", "skane", "1942-07-28", "K", [
    note("n1", "Melior", "Daganteckning", "kir_hbg", ("Johan Lilja", "läkare"),
         "2024-04-16T09:10", [
             ("Bedömning", "Esofaguscancer i distala esofagus, PAD adenokarcinom. Pat är ännu ej upplyst om diagnsoen "
              "då hon sov vid ronden."),
         ])],
    A101, [],
    "Typo 'diagnsoen' in the not-told sentence; the oesophageal cancer is confirmed and visible.")

case("onk-pat-bad-slippa-rontgensvar-levermetastaser", "vgr", "1945-01-19", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "onk_nu", ("Karin Sjöberg", "läkare"),
         "2024-06-26T10:30", [
             ("Aktuellt", "Kontroll under palliativ cytostatika för koloncancer. Pat har vid tidigare besök bett att slippa "
              "höra röntgensvaren, han vill bara veta om behandlingen ska fortsätta."),
             ("Bedömning", "DT visar nya levermetastaser och progress av peritoneala härdar. I enlighet med hans önskan har "
              "han inte fått veta detta; informerat om att vi byter behandling."),
         ], setting="öppenvård")],
    A101, [],
    "Patient who has asked not to hear results: the progression with liver metastases is visible and he has not been told.")

case("vgr-th-sokord-och-synlig-bedomning-ej-informerad", "vgr", "1958-10-02", "K", [
    note("n1", "Melior", "Läkaranteckning", "onk_su", ("Thomas Wallin", "läkare"),
         "2024-08-29T14:25", [
             ("Tidiga hypoteser", "Avvaktar PAD från peritonealbiopsin."),
             ("Bedömning", "Peritoneal karcinos av ovarialcancer bekräftad vid laparoskopi. Pat ej informerad ännu, "
              "vill att maken ska vara med."),
         ], setting="öppenvård")],
    A101, [],
    "VGR: only the Tidiga hypoteser sökord is protected; the untold, confirmed diagnosis stands in visible Bedömning.")

# ================================================================ D. NL101 must_not
# Told (today or before), untold thing is no diagnosis, protected place, only a relative untold.

case("onk-brytpunktssamtal-pat-och-familj-informerade", "skane", "1952-07-12", "K", [
    note("n1", "Melior", "Samtalsanteckning", "onk_lund", ("Rebecka Lund", "läkare"),
         "2024-02-27T15:30", [
             ("Närvarande", "Pat, maken, sonen, kontaktsjuksköterska Linda och undertecknad."),
             ("Samtal", "Brytpunktssamtal. Informerat om att bröstcancern har progredierat i lever och skelett trots tredje "
              "linjens behandling och att fortsatt cytostatika inte bedöms ge nytta. Pat säger att hon anat detta."),
             ("Planering", "Övergång till palliativ vård i livets slutskede. Remiss ASIH Lund, pat önskar vårdas hemma så länge "
              "det går. Brytpunkten registreras i Svenska palliativregistret."),
         ], setting="öppenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Brytpunktssamtal: the patient is told of the progression in the same note; no hedges either.")

case("pall-dottern-bad-men-pat-informerad-pa-egen-fraga", "vgr", "1939-09-08", "M", [
    note("n1", "Melior", "Läkaranteckning", "pall_nu", ("Linnea Åberg", "läkare"),
         "2024-04-03T13:40", [
             ("Samtal", "Dottern bad i förra veckan att pat inte skulle få veta om levermetastaserna. Idag frågade pat "
              "själv rakt ut om cancern har spridit sig."),
             ("Bedömning", "Pat informerad om levermetastaserna, eftersom han har rätt att få veta när han frågar. "
              "Dottern underrättad om samtalet efteråt."),
         ])],
    [], A101,
    "The family asked for silence, but the patient was told when he asked; NL101 does not apply.")

case("asih-pat-informerad-vill-att-sonen-inte-vet-annu", "skane", "1947-11-20", "K", [
    note("n1", "Melior", "Läkaranteckning", "asih_hbg", ("Sofia Rydén", "läkare"),
         "2024-05-28T10:50", [
             ("Bedömning", "Progress av lungcancern med nya hjärnmetastaser på MR. Pat informerad idag i hemmet."),
             ("Närstående", "Pat vill inte att sonen får veta om hjärnmetastaserna förrän efter hans bröllop i juni; "
              "vi respekterar det."),
         ])],
    [], A101,
    "The patient is told; only her son is not, at her own wish.")

case("onk-ej-informerad-om-datum-for-stralstart", "vgr", "1957-01-30", "M", [
    note("n1", "Melior", "Telefonanteckning", "onk_su", ("Jakob Engström", "läkare"),
         "2024-06-12T09:30", [
             ("Telefonkontakt", "Strålenheten meddelar att dosplanen för palliativ strålning mot skelettmetastasen i "
              "vänster femur är klar."),
             ("Åtgärd", "Pat ej informerad om datum för strålstart ännu, kallelse skickas från strålenheten."),
         ], setting="öppenvård")],
    [], A101,
    "What the patient has not been told is a start date, not a diagnosis.")

case("asih-remiss-hospice-ej-meddelad", "skane", "1936-04-08", "M", [
    note("n1", "Melior", "Läkaranteckning", "asih_krist", ("Mats Andersson", "läkare"),
         "2024-09-17T11:20", [
             ("Bedömning", "Metastaserad lungcancer, sviktande hemsituation efter att hustrun fallit och brutit handleden."),
             ("Åtgärd", "Remiss till hospice skickad idag. Pat ej informerad om att remissen gått iväg, tas vid besöket "
              "på torsdag när sonen är hemma."),
         ])],
    [], A101,
    "The untold item is that a hospice referral was sent, which is no diagnosis.")

case("onk-dt-utan-progress-svaret-ej-meddelat", "vgr", "1963-08-03", "K", [
    note("n1", "Melior", "Läkaranteckning", "onk_nu", ("Karin Sjöberg", "läkare"),
         "2024-10-23T16:15", [
             ("Undersökningsresultat", "DT thorax-buk: utan tecken på progress av den metastaserade tjocktarmscancern, "
              "levermetastaserna något mindre."),
             ("Bedömning", "Svaret ej meddelat pat ännu, hon ringer själv i morgon som överenskommet."),
         ], setting="öppenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The untold content is a reassuring scan result (no progression), which is no diagnosis.")

case("skane-mall-tidiga-hypoteser-ej-informerad-levermetastaser", "skane", "1951-03-27", "K", [
    note("n1", "Melior", "Tidiga hypoteser", "kir_malmo", ("Simon Jönsson", "läkare"),
         "2024-07-08T14:35", [
             ("Bedömning", "DT inför operation av rektalcancern visar tre levermetastaser. Pat ej informerad ännu, "
              "väntar på MDK innan besked."),
         ], setting="öppenvård")],
    [], A101,
    "Skåne: the untold diagnosis is written only in the protected Tidiga hypoteser template.")

case("vgr-sokord-tidiga-hypoteser-ej-informerad-synligt-bara-plan", "vgr", "1949-12-29", "M", [
    note("n1", "Melior", "Läkaranteckning", "uro_sas", ("Per Lindström", "läkare"),
         "2024-02-14T11:10", [
             ("Tidiga hypoteser", "Skelettscint med multipla metastaser i kotpelaren. Pat ännu ej informerad om spridningen, "
              "besked vid återbesöket."),
             ("Planering", "Återbesök om en vecka tillsammans med kontaktsjuksköterskan. Blodprover innan."),
         ], setting="öppenvård")],
    [], A101,
    "VGR: the untold metastases stand only under the protected sökord; the visible Planering holds no diagnosis.")

case("asih-sedan-tidigare-valinformerad", "skane", "1958-01-14", "K", [
    note("n1", "Melior", "Inskrivningsanteckning ASIH", "asih_lund", ("Per-Olof Nyström", "läkare"),
         "2024-01-25T13:00", [
             ("Diagnos", "Metastaserad bröstcancer med lever- och skelettmetastaser."),
             ("Information", "Pat sedan tidigare välinformerad om sin sjukdom och att behandlingen nu är avslutad. "
              "Har själv bett om inskrivning i ASIH."),
         ])],
    [], A101,
    "The patient was informed earlier about the diagnoses in the note.")

case("pall-vill-inte-veta-prognos-men-kanner-till-diagnosen", "vgr", "1944-06-15", "M", [
    note("n1", "Melior", "Samtalsanteckning", "pall_molndal", ("Ulrika Hedlund", "kurator"),
         "2024-07-24T10:20", [
             ("Samtal", "Pat känner väl till sin pankreascancer men vill inte veta något om hur lång tid han har kvar. "
              "Han vill prata om barnbarnen och om att få komma hem till sommarstugan."),
         ])],
    [], A101,
    "What the patient declines to hear is a prognosis; he knows the diagnosis.")

case("tva-anteckningar-andra-informerar-om-th-fynd", "skane", "1946-09-03", "M", [
    note("n1", "Melior", "Tidiga hypoteser", "uro_malmo", ("Anders Wihlborg", "läkare"),
         "2024-04-18T15:45", [
             ("Bedömning", "MR bäcken visar misstänkt överväxt på rektum. Pat ej informerad."),
         ], setting="öppenvård"),
    note("n2", "Melior", "Mottagningsanteckning", "uro_malmo", ("Anders Wihlborg", "läkare"),
         "2024-04-25T10:00", [
             ("Bedömning", "Biopsi bekräftar överväxt av prostatacancern på rektum."),
             ("Information", "Pat informerad idag om överväxten och om att operation inte är aktuell. Han tar det sakligt."),
         ], setting="öppenvård"),
], [], [("NL101", "n2")],
    "The later visible note tells the patient what the earlier Tidiga hypoteser note withheld.")

case("kvinno-informeras-idag-om-recidiv", "vgr", "1960-05-05", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "kvinno_sas", ("Maja Holmberg", "läkare"),
         "2024-11-14T14:00", [
             ("Bedömning", "Recidiv av cervixcancer i lilla bäckenet med hydronefros höger."),
             ("Information", "Pat informeras idag om recidivet, maken närvarande. Kontaktsjuksköterska deltar."),
         ], setting="öppenvård")],
    [], A101,
    "The patient is informed today in the same visit.")

case("hemat-vill-inte-ha-detaljer-om-behandlingen", "vgr", "1939-03-22", "K", [
    note("n1", "Melior", "Mottagningsanteckning", "hem_su", ("Anders Löfgren", "läkare"),
         "2024-09-04T11:30", [
             ("Bedömning", "Akut myeloisk leukemi, informerad om diagnosen vid förra besöket. "
              "Hon vill inte ha detaljer om cytostatikaschemat utan överlåter åt dottern att hålla reda på tiderna."),
             ("Planering", "Azacitidin enligt plan, start måndag."),
         ], setting="öppenvård")],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The patient knows her diagnosis; she only declines treatment details.")

case("lung-informerad-via-tolk", "skane", "1955-12-02", "M", [
    note("n1", "Melior", "Mottagningsanteckning", "lung_lund", ("Fatima Haddad", "läkare"),
         "2024-02-06T13:15", [
             ("Information", "Pat informerad med hjälp av kontakttolk på arabiska om att PAD visar lungcancer "
              "med spridning till skelettet. Frågor besvarade."),
             ("Planering", "Onkologbedömning inför palliativ behandling."),
         ], setting="öppenvård")],
    [], A101,
    "The patient was told through an interpreter.")

case("geriatrik-demens-informerad-upprepat", "vgr", "1930-07-04", "K", [
    note("n1", "Melior", "Daganteckning", "ger_alingsas", ("Daniel Söderberg", "läkare"),
         "2024-05-02T10:45", [
             ("Bedömning", "Koloncancer med levermetastaser. Pat har informerats om diagnosen flera gånger men glömmer "
              "den pga sin Alzheimers sjukdom; svarar lugnt när vi påminner."),
         ])],
    [], A101,
    "A patient with dementia who has been told several times: told, even if she forgets.")

case("onk-epikris-inget-sagt-om-information", "skane", "1950-11-26", "M", [
    note("n1", "Melior", "Epikris", "onk_krist", ("Helena Fors", "läkare"),
         "2024-08-30T15:10", [
             ("Diagnos", "Neutropen feber. Metastaserad prostatacancer, docetaxel."),
             ("Epikris", "Inlagd fem dygn med feber dag 9 efter kur 3. Bredspektrumantibiotika, feberfri efter 48 h. "
              "Odlingar utan växt. Utskrivs i gott skick, nästa kur skjuts en vecka."),
         ])],
    [], A101,
    "Discharge summary with confirmed diagnoses and nothing said about telling.")

case("kirurgi-dottern-ville-skydda-men-pat-redan-informerad", "skane", "1934-10-11", "K", [
    note("n1", "Melior", "Daganteckning", "kir_ystad", ("Göran Bengtsson", "läkare"),
         "2024-06-05T09:40", [
             ("Närstående", "Dottern ringde och bad att mamma inte ska få veta om koloncancern."),
             ("Bedömning", "Pat fick dock beskedet om koloncancern av operatören redan i förra veckan och har själv "
              "berättat det för sin syster. Dottern informerad om detta."),
         ])],
    [], A101,
    "Family asked for secrecy after the patient had already been told by the surgeon.")

case("medicin-delirium-men-informerad-innan", "vgr", "1953-02-13", "K", [
    note("n1", "Melior", "Daganteckning", "med_boras", ("Erik Magnusson", "läkare"),
         "2024-01-17T11:05", [
             ("Aktuellt", "Fortsatt konfusorisk, drar i PVK och känner inte igen maken idag."),
             ("Bedömning", "Delirium vid hjärnmetastaserad bröstcancer. Pat informerades om hjärnmetastaserna 12/1, "
              "innan förvirringen debuterade."),
         ])],
    [], A101,
    "Delirious now, but told about the brain metastases before the delirium began.")

case("lung-typo-infomerad-igar-om-lungcancern", "skane", "1942-05-23", "M", [
    note("n1", "Melior", "Daganteckning", "lung_lund", ("Björn Sandell", "läkare"),
         "2024-11-21T10:10", [
             ("Bedömning", "Småcellig lungcancer, utbredd sjukdom. Pat infomerad igår om lungcancern, hustrun var med. "
              "Han önskar ingen cytostatika."),
         ])],
    [], A101,
    "Typo 'infomerad' in a positive statement: the patient was told yesterday.")

case("tva-anteckningar-th-mall-och-synlig-hanvisning-utan-diagnos", "skane", "1956-02-05", "K", [
    note("n1", "Melior", "Tidiga hypoteser", "onk_lund", ("Ingrid Olofsson", "läkare"),
         "2024-05-07T16:20", [
             ("Bedömning", "MR hjärna: två hjärnmetastaser, pat ej informerad, besked planeras tillsammans med maken."),
         ], setting="öppenvård"),
    note("n2", "Melior", "Telefonanteckning", "onk_lund", ("Ingrid Olofsson", "läkare"),
         "2024-05-08T09:15", [
             ("Telefonkontakt", "Pat ringer och undrar över MR-svaret. Hon ej informerad ännu, får tid på fredag med maken."),
         ], setting="öppenvård"),
], [], [("NL101", "n2")],
    "The visible follow-up note says she is not informed but names no diagnosis; the diagnosis is only in the protected note.")


# ================================================================ unsigned drafts
# About one note in ten is an unsigned draft (signed: null), the pre-signing case.
DRAFTS = {
    "asih-trolig-delirium-opioid-obstipation": ["n1"],
    "medicin-dd-lungemboli-metastaserad-brostcancer": ["n1"],
    "lung-typo-trolgi-pleurakarcinos": ["n1"],
    "barncancer-trol-invasiv-aspergillos-all": ["n1"],
    "pmo-hemsjukvard-trol-trycksar-sakralt": ["n1"],
    "geriatrik-trolig-hemgang-med-asih": ["n1"],
    "skane-mall-tidiga-hypoteser-misstankt-levermetastasering": ["n1"],
    "hemat-ssk-har-inte-berattat-om-myelom": ["n1"],
    "kvinno-ovetande-om-aterfall-endometriecancer": ["n1"],
    "kvinno-informeras-idag-om-recidiv": ["n1"],
    "asih-remiss-hospice-ej-meddelad": ["n1"],
}
_by_name = {c["case"]: c for c in CASES}
for _name, _ids in sorted(DRAFTS.items()):
    for _n in _by_name[_name]["record"]["notes"]:
        if _n["id"] in _ids:
            _n["signed"] = None


# ================================================================ validation
CODES = {"NL101", "NL102"}
TOP_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse_ts(s):
    return _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def validate(cases):
    problems = []
    names = set()
    whys = set()
    sentences = {}
    for c in cases:
        name = c.get("case")
        where = "case %r" % name
        if list(c.keys()) != TOP_KEYS:
            problems.append("%s: top-level keys %s" % (where, list(c.keys())))
            continue
        if not name or not re.match(r"^[a-z0-9][a-z0-9-]*$", name):
            problems.append("%s: bad case name" % where)
        if name in names:
            problems.append("%s: duplicate case name" % where)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % where)
        why = c["why"].strip()
        if not why or "\n" in why:
            problems.append("%s: why must be one non-empty line" % where)
        if why in whys:
            problems.append("%s: duplicate why" % where)
        whys.add(why)
        rec = c["record"]
        if list(rec.keys()) != REC_KEYS:
            problems.append("%s: record keys %s" % (where, list(rec.keys())))
            continue
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            problems.append("%s: access_events/conversations/treatments must be empty" % where)
        pat = rec["patient"]
        if list(pat.keys()) != ["id", "birth_date", "protected_identity"] or pat["protected_identity"] is not False:
            problems.append("%s: patient keys/protected_identity" % where)
        pid, bd = pat["id"], pat["birth_date"]
        if not re.match(r"^\d{8}-\d{4}$", pid):
            problems.append("%s: personnummer format %s" % (where, pid))
        else:
            if pid[:8] != bd.replace("-", ""):
                problems.append("%s: personnummer does not match birth_date" % where)
            if not luhn_ok(pid[2:8] + pid[9:]):
                problems.append("%s: personnummer fails Luhn" % where)
        try:
            bdt = _dt.datetime.strptime(bd, "%Y-%m-%d")
            as_of = parse_ts(rec["as_of"])
        except ValueError as e:
            problems.append("%s: bad date %s" % (where, e))
            continue
        if as_of.year != 2024:
            problems.append("%s: as_of not in 2024" % where)
        age = as_of.year - bdt.year - ((as_of.month, as_of.day) < (bdt.month, bdt.day))
        if 13 <= age <= 15 or age < 0:
            problems.append("%s: patient age %d not allowed" % (where, age))
        notes = rec["notes"]
        if not notes:
            problems.append("%s: no notes" % where)
        ids = {}
        for n in notes:
            if list(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (where, list(n.keys())))
                continue
            if n["id"] in ids:
                problems.append("%s: duplicate note id %s" % (where, n["id"]))
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: bad system %s" % (where, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR note %s is not Melior" % (where, n["id"]))
            if set(n["unit"].keys()) != {"name", "hsa_id"} or set(n["author"].keys()) != {"name", "role"}:
                problems.append("%s: unit/author keys" % where)
            hsa_prefix = "SE2321000255-" if c["ruleset"] == "skane" else "SE2321000131-"
            if not n["unit"]["hsa_id"].startswith(hsa_prefix):
                problems.append("%s: unit %s not in the ruleset's region" % (where, n["unit"]["name"]))
            if n["setting"] not in ("öppenvård", "slutenvård"):
                problems.append("%s: bad setting" % where)
            try:
                t = parse_ts(n["time"])
                if t.year != 2024:
                    problems.append("%s: note time not in 2024" % where)
                if t > as_of:
                    problems.append("%s: note after as_of" % where)
                if n["signed"] is not None:
                    sg = parse_ts(n["signed"])
                    if sg.year != 2024 or sg < t:
                        problems.append("%s: bad signed time" % where)
            except ValueError as e:
                problems.append("%s: bad note time %s" % (where, e))
            if not n["sections"]:
                problems.append("%s: note without sections" % where)
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"].strip() or not sec["text"].strip():
                    problems.append("%s: bad section" % where)
                    continue
                for sent in SENT_SPLIT.split(sec["text"]):
                    key = " ".join(sent.split()).lower()
                    if len(key) >= 25:
                        if key in sentences:
                            problems.append("%s: sentence repeated (also in %s): %r" % (where, sentences[key][0], sent))
                        sentences.setdefault(key, (name, n["id"], sec["keyword"]))
        asserted = set()
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % where)
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                if not (isinstance(item, list) and len(item) == 2):
                    problems.append("%s: bad assertion %r" % (where, item))
                    continue
                code, target = item
                if code not in CODES:
                    problems.append("%s: unknown code %s" % (where, code))
                if target not in ids:
                    problems.append("%s: target %s missing" % (where, target))
                    continue
                if (code, target) in asserted:
                    problems.append("%s: %s on %s asserted twice" % (where, code, target))
                asserted.add((code, target))
                system = ids[target]["system"]
                if code == "NL102" and lst_name == "must" and system != "Melior":
                    problems.append("%s: NL102 must on a non-Melior note" % where)
                if code == "NL101" and system == "PMO":
                    problems.append("%s: NL101 asserted on a PMO note" % where)
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(problems), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    # read back and re-validate what was written
    with open(OUT, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != CASES or validate(back):
        print("PROBLEM: cases.jsonl does not round-trip", file=sys.stderr)
        return 1
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    sysc = {}
    drafts = 0
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        for n in c["record"]["notes"]:
            sysc[n["system"]] = sysc.get(n["system"], 0) + 1
            drafts += n["signed"] is None
    print("wrote %s: %d cases" % (OUT, len(CASES)))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    print("  rulesets %s, notes by system %s, unsigned drafts %d" % (rs, sysc, drafts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
