#!/usr/bin/env python3
"""Held-out test set 44: cancer centre day unit and SVF (standardised cancer pathways).

Hand-written Swedish journal notes with NL101 / NL102 expectations.
Standard library only, deterministic. Running it writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_heldout44_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne
    "s_onk_lund": ("Onkologiska kliniken, dagvård, Skånes universitetssjukhus Lund", "SE2321000255-4N21"),
    "s_onk_mmo": ("Onkologimottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4N35"),
    "s_hem_lund": ("Hematologiska kliniken, dagvård, Skånes universitetssjukhus Lund", "SE2321000255-4H08"),
    "s_svf_krs": ("SVF-koordinatorer, Centralsjukhuset Kristianstad", "SE2321000255-7K52"),
    "s_cc_hbg": ("Cancercentrum Helsingborg, Helsingborgs lasarett", "SE2321000255-6C14"),
    "s_barnonk": ("Barnonkologiska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3B77"),
    "s_onk_avd": ("Onkologiska kliniken, vårdavdelning 11, Skånes universitetssjukhus Lund", "SE2321000255-4N62"),
    "s_kir_mmo": ("Kirurgmottagningen kolorektal, Skånes universitetssjukhus Malmö", "SE2321000255-2K19"),
    "s_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5L40"),
    "s_hud_lund": ("Hudmottagningen, melanomteamet, Skånes universitetssjukhus Lund", "SE2321000255-5H33"),
    "s_uro_ystad": ("Urologimottagningen, Lasarettet i Ystad", "SE2321000255-8U02"),
    "s_mdk_lund": ("Regional MDK övre GI, Skånes universitetssjukhus Lund", "SE2321000255-4M90"),
    "s_asih_trb": ("ASIH Trelleborg, Lasarettet Trelleborg", "SE2321000255-9A46"),
    # Region Skåne primary care (PMO)
    "s_vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-P1203"),
    "s_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P1288"),
    "s_hsv_tomelilla": ("Hemsjukvården Tomelilla", "SE2321000255-P7710"),
    "s_bvc_lomma": ("BVC Lomma", "SE2321000255-P4409"),
    # Västra Götalandsregionen (Melior)
    "v_jubileum": ("Jubileumskliniken, onkologisk dagvård, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011873"),
    "v_hem_su": ("Sektionen för hematologi och koagulation, dagvård, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000012240"),
    "v_svf_su": ("SVF-koordinatorsteamet, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013319"),
    "v_onk_sks": ("Onkologimottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014402"),
    "v_cm_nal": ("Cancermottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000015568"),
    "v_dagv_sas": ("Onkologisk dagvård, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016631"),
    "v_dc_sas": ("Diagnostiskt centrum, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000016690"),
    "v_barnonk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000017024"),
    "v_mdk_su": ("MDK lunga, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000013377"),
    "v_kir_sks": ("Kirurgmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000014488"),
    "v_onk_avd": ("Onkologavdelning 53, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011930"),
    "v_uro_nal": ("Urologmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E000000015602"),
    "v_bröst_su": ("Bröstmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011455"),
}

CASES = []


def pnr(birth, serial):
    """Personnummer YYYYMMDD-NNNC from birth date 'YYYY-MM-DD' and a 3-digit serial."""
    d = birth.replace("-", "")
    body = d[2:] + "%03d" % serial
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return "%s-%03d%d" % (d, serial, check)


def N(nid, system, template, unit, author, role, time, sections, signed="auto",
      setting="öppenvård"):
    t = datetime.strptime(time, "%Y-%m-%d %H:%M")
    if signed == "auto":
        s = (t + timedelta(minutes=35)).strftime("%Y-%m-%dT%H:%M:00")
    elif signed is None:
        s = None
    else:
        s = datetime.strptime(signed, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00")
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for (k, x) in sections],
    }


def add(name, ruleset, birth, serial, notes, must, must_not, why):
    last = max(datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:00") for n in notes)
    as_of = (last.date() + timedelta(days=3)).strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth,
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


M = "Melior"
P = "PMO"

# ================================================================ NL102 positives, part A

add("svf-lunga-valgrundad-misstanke-koordinator", "skane", "1951-04-17", 234, [
    N("n1", M, "Koordinatorsanteckning", "s_svf_krs", "Annika Holmqvist", "sjuksköterska",
      "2024-02-06 10:15", [
        ("Aktuellt", "Remiss från vc Hässleholm inkommen 5/2. DT thorax 1/2 visar 3 cm spikulerad "
                     "förändring i hö överlob samt förstorad körtel hö hilus."),
        ("Bedömning", "Välgrundad misstanke om lungcancer enligt SVF-kriterierna. Dag 0 = 5/2."),
        ("Planering", "Bokad till lungläkare 9/2, spirometri och lab samma dag. PET-DT beställd."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "SVF entry phrase 'välgrundad misstanke om lungcancer' is a hedged diagnosis in a visible Melior section")

add("svf-kolorektal-susp-rektalcancer", "vgr", "1963-09-02", 118, [
    N("n1", M, "Läkaranteckning", "v_kir_sks", "Johan Bergdahl", "läkare",
      "2024-03-11 13:40", [
        ("Anamnes", "62-årig man med blod i avföringen sedan jul och ändrade avföringsvanor. "
                    "Positivt iFOBT via vc."),
        ("Status", "PR: palpabel hård resistens ca 7 cm ovan anus, fixerad bakåt."),
        ("Bedömning", "Susp. rektalcancer. Px tagna vid rektoskopi, skickade för PAD."),
        ("Åtgärd", "MR lilla bäckenet och DT thorax-buk beställda enligt SVF tjock- och ändtarm."),
    ])],
    [("NL102", "n1")], [],
    "'Susp.' before rektalcancer in Bedömning of a VGR Melior note")

add("svf-myelom-trolig-m-komponent", "skane", "1948-12-29", 402, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Per-Olof Sandell", "läkare",
      "2024-01-23 09:05", [
        ("Aktuellt", "Remitterad pga M-komponent IgG kappa 38 g/L, Hb 96, Ca 2,81. Ryggvärk sedan i höstas."),
        ("Bedömning", "Trolig myelom med CRAB-kriterier, men benmärgen är inte gjord än."),
        ("Planering", "Benmärgsaspiration och biopsi 25/1, helkropps-DT lågdos, fria lätta kedjor."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig myelom' in Bedömning of a haematology day-unit note")

add("svf-lymfom-dd-sarkoidos", "vgr", "1987-06-14", 561, [
    N("n1", M, "Läkaranteckning", "v_hem_su", "Sara Lindqvist", "läkare",
      "2024-04-03 14:20", [
        ("Anamnes", "36-årig kvinna med nattsvettningar, 6 kg viktnedgång och hosta i två månader."),
        ("Utredning", "DT thorax: bilaterala hilära och mediastinala lymfkörtlar upp till 3 cm. LD 410."),
        ("Bedömning", "DD lymfom/sarkoidos. EBUS med biopsi önskas skyndsamt."),
    ])],
    [("NL102", "n1")], [],
    "'DD' between two diseases of the patient in a visible section")

add("svf-mdk-forenligt-pankreascancer", "skane", "1956-03-08", 347, [
    N("n1", M, "MDK-anteckning", "s_mdk_lund", "Henrik Malmberg", "läkare",
      "2024-02-20 16:10", [
        ("Konferens", "Närvarande: kirurg, onkolog, radiolog, patolog, kontaktssk."),
        ("Bedömning", "Radiologiskt förenligt med pankreascancer i caput, 28 mm, utan kärlinväxt. "
                      "Cytologi från EUS ännu inte besvarad."),
        ("Planering", "Rekommendation: resektion enl. Whipple om cytologin stöder. Pat kallas till kirurg."),
    ])],
    [("NL102", "n1")], [],
    "'förenligt med pankreascancer' at an MDK conference note, visible in Skåne Melior")

add("svf-hjarnmetastas-kan-ej-uteslutas", "vgr", "1969-11-21", 276, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Mats Ekholm", "läkare",
      "2024-05-07 11:30", [
        ("Aktuellt", "Känd NSCLC adenocarcinom st IV, EGFR-mutation, på osimertinib sedan okt -23. "
                     "Sedan 1 v huvudvärk morgontid och ostadighet."),
        ("Status", "Lätt dysmetri vä sida vid finger-näs. Pupiller lika, reagerar för ljus."),
        ("Bedömning", "Hjärnmetastas kan ej utseslutas. MR hjärna bokad på fredag, Betapred 4 mg x 1 tills vidare."),
    ])],
    [("NL102", "n1")], [],
    "Typo 'kan ej utseslutas' (uteslutas) still hedges a brain metastasis in a visible VGR section")

add("svf-prostatacancer-fragetecken", "skane", "1958-07-30", 183, [
    N("n1", M, "Läkaranteckning", "s_uro_ystad", "Erik Nordström", "läkare",
      "2024-03-14 08:50", [
        ("Status", "PR: hård knöl vä lob, ca 1 cm, avgränsad."),
        ("Bedömning", "PSA 14 och palpabel knöl. Prostatacancer? MR prostata inom SVF-ledtid."),
    ])],
    [("NL102", "n1")], [],
    "A question mark after prostatacancer makes it an uncertain diagnosis in a visible section")

add("svf-ovarial-talar-for-recidiv", "vgr", "1961-01-05", 492, [
    N("n1", M, "Läkaranteckning", "v_jubileum", "Karin Åberg", "läkare",
      "2024-06-18 10:00", [
        ("Aktuellt", "Höggradig serös ovarialcancer FIGO IIIC, opererad och adjuvant carboplatin/paklitaxel "
                     "avslutat aug -23. CA-125 nu 184 (tidigare 12)."),
        ("Utredning", "DT buk 14/6: nytillkomna förtjockningar på peritoneum i övre buken."),
        ("Bedömning", "Stigande CA-125 och DT talar för recidiv av ovarialcancern. Platinumkänslig tidsmässigt."),
    ])],
    [("NL102", "n1")], [],
    "'talar för recidiv' hedges a new diagnosis (recurrence) in Bedömning")

add("svf-melanom-inger-misstanke", "skane", "1979-08-19", 655, [
    N("n1", M, "Läkaranteckning", "s_hud_lund", "Lina Cronqvist", "läkare",
      "2024-04-25 15:15", [
        ("Status", "Rygg: 11 mm asymmetrisk pigmenterad lesion med oregelbunden kant och flera färger. "
                   "Dermatoskopi: atypiskt nätverk, blåvit slöja."),
        ("Bedömning", "Lesionen inger misstanke om malignt melanom."),
        ("Åtgärd", "Excision med 2 mm marginal bokad nästa vecka, SVF hudmelanom startat."),
    ])],
    [("NL102", "n1")], [],
    "'inger misstanke om malignt melanom' in Bedömning")

add("svf-karcinomatos-bild-som-vid", "vgr", "1953-05-27", 311, [
    N("n1", M, "Läkaranteckning", "v_dc_sas", "Fredrik Olausson", "läkare",
      "2024-02-28 13:05", [
        ("Aktuellt", "Pat inremitterad till Diagnostiskt centrum pga allvarliga ospecifika symtom: "
                     "trötthet, aptitlöshet, ökat bukomfång."),
        ("Utredning", "DT buk: ascites, omental kaka, bild som vid peritoneal karcinomatos. Primärtumör ej identifierad."),
        ("Planering", "Ascitestappning med cytologi, gastroskopi, CA-125 och CEA."),
    ])],
    [("NL102", "n1")], [],
    "'bild som vid peritoneal karcinomatos' is a hedged diagnosis in the Utredning section")

add("svf-telefon-kan-rora-sig-om-neutropen-feber", "skane", "1972-10-11", 148, [
    N("n1", M, "Telefonanteckning", "s_onk_lund", "Malin Strand", "sjuksköterska",
      "2024-03-04 07:25", [
        ("Telefonkontakt", "Pat ringer kl 07. Feber 38,6 sedan natten, frossa. Dag 9 efter kur 3 EC90."),
        ("Bedömning", "Kan röra sig om neutropen feber."),
        ("Åtgärd", "Pat ombeds komma direkt till akuten, förvarnat jouren. Make kör henne."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Nurse's actual assessment 'kan röra sig om neutropen feber' (not a conditional) in a visible section")

add("svf-dagvard-mojlig-lungemboli", "vgr", "1966-02-03", 527, [
    N("n1", M, "Sjuksköterskeanteckning", "v_dagv_sas", "Therese Claesson", "sjuksköterska",
      "2024-09-10 12:45", [
        ("Aktuellt", "Inför kur 5 FOLFOX. Pat andfådd vid ankomst, puls 118, sat 91 % på rumsluft."),
        ("Bedömning", "Dr Wahlström tillkallad: möjlig lungemboli. Kuren ställs in."),
        ("Åtgärd", "DT-angio lungor akut, Fragmin given enligt ordination i väntan på svar."),
    ])],
    [("NL102", "n1")], [],
    "'möjlig lungemboli' in a chemotherapy nurse's note in VGR Melior")

add("svf-ev-levermetastaser-ul-oklart", "skane", "1959-09-09", 266, [
    N("n1", M, "Läkaranteckning", "s_kir_mmo", "Anders Welander", "läkare",
      "2024-05-16 10:40", [
        ("Bedömning", "Koloncancer sigmoideum, PAD adenocarcinom. UL lever visar två oklara "
                      "hypoekoiska förändringar: ev. levermetastaser."),
        ("Planering", "MR lever med leverspecifikt kontrastmedel före MDK nästa tisdag."),
    ])],
    [("NL102", "n1")], [],
    "'ev.' here hedges a diagnosis (liver metastases), not a plan")

add("svf-barn-sannolik-akut-leukemi", "skane", "2017-11-30", 822, [
    N("n1", M, "Läkaranteckning", "s_barnonk", "Cecilia Forsberg", "läkare",
      "2024-01-17 18:20", [
        ("Anamnes", "6-årig flicka, blek och trött i 3 v, blåmärken på benen, feber av och till. "
                    "Mamma och pappa med."),
        ("Status", "Blek, petekier på underbenen. Lever 3 cm under arcus. Lymfkörtlar på halsen bilat."),
        ("Lab", "Hb 71, LPK 38, TPK 22. Blaster i perifert blod."),
        ("Bedömning", "Sannolik akut lymfatisk leukemi. Benmärgsprov och LP i narkos i morgon bitti."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "Child under 13 (guardians read the journal): 'sannolik akut lymfatisk leukemi' in Bedömning")

add("svf-barn-differentialdiagnos-wilms-neuroblastom", "vgr", "2021-03-15", 713, [
    N("n1", M, "Läkaranteckning", "v_barnonk", "Oskar Hellman", "läkare",
      "2024-08-22 14:00", [
        ("Aktuellt", "3-årig pojke, mamma kände en knöl i magen vid badet. Opåverkad."),
        ("Utredning", "UL buk: 7 cm solid process utgående från hö njure eller binjure."),
        ("Bedömning", "Differentialdiagnoser: Wilms tumör, neuroblastom. MR buk och katekolaminer i urin."),
    ])],
    [("NL102", "n1")], [],
    "'Differentialdiagnoser' listing two childhood tumours, visible to the guardians in VGR")

# ================================================================ NL102 positives, part B

add("svf-trol-stralningspneumonit", "skane", "1955-06-23", 390, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Johanna Ring", "läkare",
      "2024-07-02 09:30", [
        ("Aktuellt", "Kurativ RT mot mediastinum 60 Gy/30 fr avslutad i april, samtidig cisplatin/etoposid. "
                     "Torrhosta och ansträngningsdyspné i 2 v."),
        ("Status", "AT gott. Sat 94 %. Lungor: fina krepitationer hö ovan."),
        ("Bedömning", "Trol. strålningspneumonit. DT thorax beställd, prednisolon 40 mg startas."),
    ])],
    [("NL102", "n1")], [],
    "Abbreviated hedge 'Trol.' before a treatment complication that is a diagnosis")

add("svf-oklart-om-progress-eller-stralnekros", "vgr", "1974-04-04", 159, [
    N("n1", M, "Läkaranteckning", "v_jubileum", "Ulrika Dahl", "läkare",
      "2024-10-08 15:50", [
        ("Aktuellt", "Glioblastom IDH-vildtyp, Stupp-regim avslutad. Kontroll-MR 4 mån efter RT."),
        ("Utredning", "MR: ökad kontrastuppladdning i resektionskaviteten."),
        ("Bedömning", "Oklart om det rör sig om progress av glioblastomet eller strålnekros. "
                      "Ny MR med perfusion om 6 v, oförändrad Temodal."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om' between progression and radiation necrosis, both diagnoses")

add("svf-fragestallning-lungcancer-pet", "vgr", "1950-10-19", 604, [
    N("n1", M, "Koordinatorsanteckning", "v_svf_su", "Jenny Bäckström", "sjuksköterska",
      "2024-01-29 11:10", [
        ("Utredning", "Remiss PET-DT skickad idag. Frågeställning: lungcancer? Spridning?"),
        ("Planering", "Tid för bronkoskopi 2/2 meddelad per telefon. Pat har fått SVF-information."),
    ])],
    [("NL102", "n1")], [],
    "'Frågeställning: lungcancer?' copied into a coordinator's visible note")

add("svf-typo-missankt-brostcancer", "skane", "1968-02-12", 471, [
    N("n1", M, "Läkaranteckning", "s_cc_hbg", "Sofia Engström", "läkare",
      "2024-04-09 13:25", [
        ("Anamnes", "Pat kände knöl i vä bröst för 3 v sedan. Ingen ärftlighet."),
        ("Utredning", "Mammografi och UL: 18 mm oregelbunden förändring kl 2, BI-RADS 5."),
        ("Bedömning", "Missänkt bröstcancer vä. Mellannålsbiopsi tagen, svar om 1 v."),
    ])],
    [("NL102", "n1")], [],
    "Typo: 'Missänkt' (misstänkt) bröstcancer is still a hedged diagnosis")

add("svf-typo-sannolkit-hcc", "vgr", "1957-08-08", 338, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Niklas Fagerström", "läkare",
      "2024-11-05 10:20", [
        ("Aktuellt", "Alkoholrelaterad levercirros Child-Pugh A. Uppföljande UL visar ny 4 cm förändring i segment 6."),
        ("Utredning", "DT lever trefas: arteriell uppladdning med wash-out. AFP 312."),
        ("Bedömning", "Sannolkit hepatocellulär cancer. Tas upp på HPB-MDK."),
    ])],
    [("NL102", "n1")], [],
    "Typo: 'Sannolkit' (sannolikt) hepatocellulär cancer, a hedged diagnosis")

add("svf-skane-sokord-tidiga-hypoteser-skyddar-ej", "skane", "1962-12-01", 219, [
    N("n1", M, "Läkaranteckning", "s_lung_lund", "Björn Alfredsson", "läkare",
      "2024-03-26 14:35", [
        ("Aktuellt", "Småcellig lungcancer, kur 2 karboplatin/etoposid/atezolizumab. Tilltagande proximal svaghet i benen."),
        ("Tidiga hypoteser", "Misstänkt Lambert-Eatons myasteniska syndrom, paramalignt. VGCC-antikroppar skickade."),
    ])],
    [("NL102", "n1")], [],
    "Skåne protects by template, not sökord: a 'Tidiga hypoteser' keyword inside a Läkaranteckning stays visible")

add("svf-vgr-mall-tidiga-hypoteser-sokord-bedomning", "vgr", "1949-03-31", 587, [
    N("n1", M, "Tidiga hypoteser", "v_cm_nal", "Gunilla Tornberg", "läkare",
      "2024-05-21 16:00", [
        ("Bedömning", "Trolig paramalign hyperkalcemi vid misstänkt skivepitelcancer i lungan; "
                      "PTHrP och DT thorax inväntas."),
    ])],
    [("NL102", "n1")], [],
    "VGR protects by sökord: a note templated 'Tidiga hypoteser' whose section keyword is Bedömning is visible")

add("svf-vgr-tidiga-hypoteser-men-upprepat-i-planering", "vgr", "1970-07-07", 446, [
    N("n1", M, "Läkaranteckning", "v_jubileum", "Elin Stridh", "läkare",
      "2024-06-04 09:15", [
        ("Aktuellt", "Bröstcancer vä, opererad 2021, på letrozol. Nytillkommen smärta i ländryggen sedan 6 v."),
        ("Tidiga hypoteser", "Misstänkta skelettmetastaser L3-L4, skint inte gjord."),
        ("Planering", "Skelettscintigrafi för utredning av misstänkt skelettmetastasering, återbesök därefter."),
    ])],
    [("NL102", "n1")], [],
    "The hypothesis is in the protected sökord but is repeated in the visible Planering section")

add("svf-mdk-lang-misstankt-lymfkortelmetastas", "skane", "1954-11-11", 375, [
    N("n1", M, "MDK-anteckning", "s_lung_lund", "Marie Ljungberg", "läkare",
      "2024-09-17 15:45", [
        ("Konferens", "Lung-MDK. Närvarande: lungmedicin (Ljungberg, Sahlin), thoraxkirurgi (Berglund), "
                      "onkologi (Hägg), radiologi (Tran), patologi (Wiklund), kontaktssk Carina."),
        ("Anamnes", "70-årig f.d. rökare, 40 paketår, KOL GOLD 2. Remitterad via SVF efter fynd på DT "
                    "tagen pga långdragen pneumoni. Funktionsstatus WHO 1, går promenader dagligen, "
                    "bor med hustru i villa."),
        ("Utredning", "DT thorax-buk 22/8: 34 mm tumör i vä underlob, ingen pleuraengagemang. "
                      "PET-DT 2/9: SUVmax 14 i tumören, upptag i en 9 mm körtel regio 4R, SUV 4,1. "
                      "Inga fjärrmetastaser. Bronkoskopi 6/9 med EBUS: adenocarcinom från primärtumören, "
                      "PD-L1 60 %, EGFR och ALK negativa. Regio 7 benign, 4R ej nåbar. "
                      "Spirometri: FEV1 68 % av förväntat, DLCO 61 %. Arbets-EKG u.a."),
        ("Bedömning", "Adenocarcinom vä underlob cT2aN0 enligt DT och EBUS. Misstänkt lymfkörtelmetastas i regio 4R "
                      "på PET, vilket skulle innebära N2. Operabel ur lungfunktionssynpunkt."),
        ("Planering", "Mediastinoskopi för provtagning från 4R. Vid negativ 4R: lobektomi vä underlob. "
                      "Vid N2: kemoradioterapi följt av durvalumab. Kontaktssk ringer pat och bokar tid."),
    ])],
    [("NL102", "n1")], [("NL101", "n1")],
    "Long MDK chart: mostly confirmed findings, one hedged N2 metastasis sentence in Bedömning")

add("svf-dagvard-lang-trolig-trombos-picc", "vgr", "1965-12-24", 128, [
    N("n1", M, "Behandlingsanteckning", "v_dagv_sas", "Linnea Gustavsson", "sjuksköterska",
      "2024-10-15 08:40", [
        ("Aktuellt", "Kur 6 av 12 FOLFIRINOX, adjuvant efter Whipple för pankreascancer. Kommer med buss, "
                     "ensam idag. Sovit dåligt pga diarré natten till söndag, 4 tömningar, nu normaliserat."),
        ("Status", "AT: opåverkad, lite blek. Temp 36,9. BT 128/76, puls 84. Vikt 61,2 kg (-0,8). "
                   "Munslemhinna u.a. Lätt stickningar i fingertopparna, påverkar inte finmotorik. "
                   "Vä överarm: svullnad och ömhet runt PICC-line, omkrets 4 cm större än hö."),
        ("Lab", "Hb 112, neutrofila 2,1, TPK 164, krea 71, bilirubin 14."),
        ("Bedömning", "Trolig trombos i vä arm relaterad till PICC-line. Dr Ahlqvist har undersökt pat. "
                      "Lab ok för kur men kuren skjuts en dag i väntan på ultraljud."),
        ("Åtgärd", "Doppler-UL vä arm bokat 14.00. Fragmin enl ordination given 11.20. PICC ej spolad, "
                   "ej använd. Pat får vänta på dagvården, lunch ordnad."),
        ("Planering", "Om trombos bekräftas: ny infart via port-a-cath diskuteras med kirurg. "
                      "Kur 6 omplaneras till i morgon. Nästa telefonkontakt torsdag."),
    ])],
    [("NL102", "n1")], [],
    "Long chemotherapy-day chart where one sentence carries 'Trolig trombos' (a diagnosis)")

add("svf-ssk-telefon-misstankt-baltros", "skane", "1946-05-05", 560, [
    N("n1", M, "Telefonanteckning", "s_hem_lund", "Jessica Nyman", "sjuksköterska",
      "2024-08-13 13:20", [
        ("Telefonkontakt", "Pat med KLL på ibrutinib ringer om brännande smärta och blåsor i ett bälte hö sida av bröstkorgen."),
        ("Bedömning", "Misstänt bältros. Dr Holm informerad, valaciklovir förskrivs."),
    ])],
    [("NL102", "n1")], [],
    "Typo 'Misstänt' (misstänkt) bältros in a nurse's telephone note")

add("svf-sepsis-forenligt-slutenvard", "skane", "1952-01-20", 293, [
    N("n1", M, "Inskrivningsanteckning", "s_onk_avd", "David Lindahl", "läkare",
      "2024-02-14 22:15", [
        ("Aktuellt", "Inläggs via akuten. Analcancer under kemoradioterapi, v 4. Feber 39,4, frossa, BT 92/55."),
        ("Lab", "CRP 212, laktat 3,1, neutrofila 0,3."),
        ("Bedömning", "Bilden förenlig med sepsis vid neutropeni. Odlingar tagna, Tazocin 4 g x 4 insatt."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Bilden förenlig med sepsis' in an admission note on an oncology ward")

add("svf-binjure-inte-sakert-metastas", "vgr", "1960-09-29", 682, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Robert Sjöberg", "läkare",
      "2024-04-16 14:10", [
        ("Utredning", "Staging-DT: 22 mm förändring i vä binjure, 18 HU."),
        ("Bedömning", "Inte säkert om binjuremetastas eller benignt adenom. Binjure-MR och kortisol efter dexametason."),
    ])],
    [("NL102", "n1")], [],
    "'Inte säkert om' metastasis or adenoma: an uncertain diagnosis")

add("svf-dc-ospecifika-misstanke-malignitet", "vgr", "1958-02-22", 317, [
    N("n1", M, "Läkaranteckning", "v_dc_sas", "Åsa Wennerberg", "läkare",
      "2024-07-09 10:30", [
        ("Aktuellt", "Uppfyller kriterierna för SVF allvarliga ospecifika symtom: 9 kg ofrivillig viktnedgång, "
                     "järnbrist och nattsvettningar utan förklaring."),
        ("Bedömning", "Stark misstanke om bakomliggande malignitet, organ oklart."),
        ("Planering", "DT thorax-buk, gastro- och koloskopi samma vecka. Kontaktssk Petra är ansvarig."),
    ])],
    [("NL102", "n1")], [],
    "'Stark misstanke om bakomliggande malignitet' at a diagnostic centre: hedged cancer diagnosis")

add("svf-ssk-trolig-oral-candida", "vgr", "1977-03-18", 244, [
    N("n1", M, "Sjuksköterskeanteckning", "v_jubileum", "Maja Falk", "sjuksköterska",
      "2024-11-19 11:55", [
        ("Status", "Vita beläggningar på tunga och gomsegel som går att skrapa bort, sveda vid mat."),
        ("Bedömning", "Trolig oral candida under pågående docetaxel. Läkare ordinerar Mycostatin."),
    ])],
    [("NL102", "n1")], [],
    "'Trolig oral candida' in a chemotherapy nurse's assessment")

# ================================================================ NL102 positives, part C

add("svf-kontaktssk-sannolikt-hypotyreos-immunterapi", "skane", "1964-04-28", 415, [
    N("n1", M, "Kontaktsjuksköterskeanteckning", "s_onk_mmo", "Camilla Westin", "sjuksköterska",
      "2024-06-11 10:05", [
        ("Telefonkontakt", "Ringer upp pat med malignt melanom på pembrolizumab. Känner sig frusen, trög och har gått upp 3 kg."),
        ("Lab", "TSH 28, fritt T4 7."),
        ("Bedömning", "Enligt dr Persson sannolikt immunterapiutlöst hypotyreos; Levaxin 50 µg recept skickat."),
    ])],
    [("NL102", "n1")], [],
    "'sannolikt' before an immune-related endocrine diagnosis, reported by the contact nurse")

add("svf-epikris-misstankt-tumorlys", "skane", "1947-10-02", 508, [
    N("n1", M, "Epikris", "s_onk_avd", "Hanna Lövgren", "läkare",
      "2024-03-21 14:00", [
        ("Vårdtid", "14/3-21/3 2024."),
        ("Epikris", "Burkittlymfom, inlagd för första kur R-DA-EPOCH. Dag 2 stigande kalium, fosfat och urat, "
                    "krea 142: misstänkt tumörlyssyndrom, behandlat med rasburikas och forcerad diures med "
                    "god effekt. Krea 81 vid utskrivning."),
        ("Planering", "Kur 2 planeras 4/4 på dagvården, provtagning dagen innan."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "Discharge summary keeps 'misstänkt tumörlyssyndrom' hedged in a visible section")

add("svf-dd-kolangit-stentocklusion", "vgr", "1951-07-16", 253, [
    N("n1", M, "Läkaranteckning", "v_onk_avd", "Viktor Hammar", "läkare",
      "2024-08-27 20:45", [
        ("Aktuellt", "Kolangiocarcinom, metallstent i ductus choledochus sedan maj. Feber 39 och ikterus sedan i går."),
        ("Bedömning", "DD kolangit / stentocklusion. Blododlingar, Tazocin, ERCP-förfrågan skickad."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'DD' with two complications (cholangitis, stent occlusion) on the ward")

add("svf-ev-pneumocystispneumoni", "vgr", "1956-12-09", 189, [
    N("n1", M, "Läkaranteckning", "v_hem_su", "Ida Karlberg", "läkare",
      "2024-02-07 16:25", [
        ("Aktuellt", "AML under induktion, ej på Bactrim pga allergi. Torrhosta, sat 89 %."),
        ("Utredning", "HRCT: bilaterala matt-glas-förtätningar."),
        ("Bedömning", "Ev. pneumocystispneumoni. Bronkoskopi med BAL i morgon, empiriskt högdos trimetoprim efter desensibilisering."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Ev.' directly before a diagnosis (pneumocystis pneumonia), not before a plan")

add("svf-telefon-misstankt-ryggmargskompression", "skane", "1953-03-25", 621, [
    N("n1", M, "Telefonanteckning", "s_onk_lund", "Rasmus Ek", "läkare",
      "2024-12-06 19:40", [
        ("Telefonkontakt", "Hustrun ringer: pat med kastrationsresistent prostatacancer och kända skelettmetastaser "
                           "har sedan i morse svaga ben och svårt att kissa."),
        ("Bedömning", "Misstänkt metastatisk ryggmärgskompression."),
        ("Åtgärd", "Ambulans till akuten Lund, MR helrygg beställd akut, Betapred 16 mg ges på akuten."),
    ])],
    [("NL102", "n1")], [],
    "On-call phone note with 'Misstänkt metastatisk ryggmärgskompression'")

add("svf-typo-trolgit-richter-transformation", "skane", "1949-06-06", 336, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Louise Tengvall", "läkare",
      "2024-09-24 11:15", [
        ("Aktuellt", "KLL sedan 2016. Snabbt växande körtel på vä halssidan, LD 620, feber."),
        ("Bedömning", "Trolgit Richter-transformation. PET-DT och grovnålsbiopsi från körteln med högst SUV."),
    ])],
    [("NL102", "n1")], [],
    "Typo: 'Trolgit' (troligt) before Richter transformation, still a hedged diagnosis")

add("svf-utkast-mojligt-recidiv-hodgkin", "vgr", "1991-09-13", 474, [
    N("n1", M, "Läkaranteckning", "v_hem_su", "Anton Rydén", "läkare",
      "2024-04-30 15:30", [
        ("Aktuellt", "Klassiskt Hodgkinlymfom st IIA, 4 x ABVD, komplett remission på PET 2022. "
                     "Klåda och en ny körtel i hö axill sedan en månad."),
        ("Bedömning", "Möjligt recidiv av Hodgkinlymfomet. UL-ledd biopsi beställd."),
    ], signed=None)],
    [("NL102", "n1")], [],
    "Unsigned draft (pre-signing) holding 'Möjligt recidiv' of lymphoma in a visible section")

add("svf-sarkom-diffdiagnos-liposarkom", "skane", "1976-01-27", 143, [
    N("n1", M, "Läkaranteckning", "s_onk_lund", "Tobias Grahn", "läkare",
      "2024-05-28 09:45", [
        ("Status", "Vä lår: 12 cm djup, fast, ej öm resistens under fascian."),
        ("Bedömning", "Diffdiagnos lipom vs högt differentierat liposarkom. MR och mellannålsbiopsi vid sarkomcentrum."),
    ])],
    [("NL102", "n1")], [],
    "Clinical shorthand 'Diffdiagnos' between lipoma and liposarcoma")

add("svf-sannolikt-immunrelaterad-kolit", "vgr", "1981-05-19", 506, [
    N("n1", M, "Telefonanteckning", "v_cm_nal", "Helena Nordin", "sjuksköterska",
      "2024-07-23 14:05", [
        ("Telefonkontakt", "Pat på ipilimumab/nivolumab har 6-7 lösa avföringar/dygn sedan 3 dagar, lätt buksmärta."),
        ("Bedömning", "Diskuterat med dr Lund: sannolikt immunrelaterad kolit grad 2."),
        ("Åtgärd", "Pat kommer in i eftermiddag för prover och F-kalprotektin, nästa dos pausas."),
    ])],
    [("NL102", "n1")], [],
    "'sannolikt immunrelaterad kolit' in a nurse's telephone note")

add("svf-kan-inte-utesluta-portinfektion", "skane", "1984-08-01", 287, [
    N("n1", M, "Sjuksköterskeanteckning", "s_cc_hbg", "Amanda Berg", "sjuksköterska",
      "2024-10-29 09:10", [
        ("Status", "Rodnad 3 x 4 cm kring port-a-cath, varm. Temp 37,9."),
        ("Bedömning", "Kan inte utesluta portinfektion. Odling från port och perifert, läkare bedömer innan kur."),
    ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta' a port infection in a visible section")

add("svf-formodad-antracyklin-hjartsvikt", "vgr", "1972-11-30", 359, [
    N("n1", M, "Läkaranteckning", "v_jubileum", "Lars Bengtsson", "läkare",
      "2024-03-05 13:15", [
        ("Utredning", "Ekokardiografi: EF 42 % (63 % före behandling). NT-proBNP 1 140."),
        ("Bedömning", "Förmodad antracyklininducerad hjärtsvikt efter 4 x EC. Trastuzumab pausas, remiss kardioonkologi."),
    ])],
    [("NL102", "n1")], [],
    "'Förmodad' hedges a treatment-induced heart failure diagnosis")

add("svf-suspekt-anastomosrecidiv", "skane", "1957-04-11", 452, [
    N("n1", M, "Läkaranteckning", "s_kir_mmo", "Patrik Holmgren", "läkare",
      "2024-11-12 10:50", [
        ("Utredning", "Uppföljningskoloskopi 3 år efter hö hemikolektomi: 1,5 cm upphöjd oregelbunden slemhinna i anastomosen."),
        ("Bedömning", "Suspekt anastomosrecidiv. Biopsier tagna, CEA 9,2 stigande."),
    ])],
    [("NL102", "n1")], [],
    "'Suspekt' before anastomotic recurrence of colon cancer")

add("svf-kan-vara-herpesesofagit", "vgr", "1969-01-08", 531, [
    N("n1", M, "Läkaranteckning", "v_hem_su", "Emma Sundqvist", "läkare",
      "2024-12-03 15:05", [
        ("Aktuellt", "Allo-SCT dag +34. Tilltagande sväljningssmärta, kan inte äta fast föda."),
        ("Bedömning", "Kan vara herpesesofagit, alternativt CMV. Gastroskopi med biopsier, aciklovir iv under tiden."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'Kan vara herpesesofagit, alternativt CMV' after stem-cell transplantation")

add("svf-hlh-bor-misstankas", "skane", "1988-02-29", 267, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Moa Ekdahl", "läkare",
      "2024-07-16 17:30", [
        ("Lab", "Ferritin 18 400, TG 4,8, fibrinogen 1,1, Hb 78, TPK 34. Splenomegali på UL."),
        ("Bedömning", "Hemofagocyterande lymfohistiocytos bör misstänkas vid T-cellslymfomet. HScore 231."),
        ("Planering", "Benmärg i morgon, löslig CD25, diskuteras med HLH-gruppen."),
    ], setting="slutenvård")],
    [("NL102", "n1")], [],
    "'bör misstänkas' as the hedge on HLH, a diagnosis")

add("svf-jag-misstanker-kolecystit", "vgr", "1962-06-02", 172, [
    N("n1", M, "Läkaranteckning", "v_dagv_sas", "Kristian Ahlqvist", "läkare",
      "2024-08-06 12:10", [
        ("Status", "Ömhet under hö arcus, Murphys tecken positivt. Temp 38,2."),
        ("Bedömning", "Jag misstänker akut kolecystit snarare än levermetastassmärta. Kur idag ställs in, remiss kirurgakuten."),
    ])],
    [("NL102", "n1")], [],
    "Verb form 'Jag misstänker akut kolecystit' on the chemotherapy day unit")

add("svf-ser-ut-som-basaliom", "skane", "1945-09-18", 398, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Ingrid Kjellberg", "läkare",
      "2024-05-02 11:40", [
        ("Aktuellt", "Uppföljning efter bröstcancer, recidivfri. Visar en sårig förändring på nästippen."),
        ("Bedömning", "Nästippen: ser ut som ett basaliom. Remiss hudkliniken för excision."),
    ])],
    [("NL102", "n1")], [],
    "'ser ut som ett basaliom' is a hedged new diagnosis in a visible section")

# ================================================================ NL102 negatives, part D

add("svf-valgrundad-misstanke-ej-uppfylld", "skane", "1971-05-09", 206, [
    N("n1", M, "Koordinatorsanteckning", "s_svf_krs", "Lena Paulsson", "sjuksköterska",
      "2024-01-11 14:30", [
        ("Aktuellt", "Remiss från vc Osby: järnbristanemi hos 52-årig kvinna, gastroskopi och koloskopi "
                     "utan anmärkning i december."),
        ("Bedömning", "Kriterierna för välgrundad misstanke är inte uppfyllda. Remissen besvaras och pat "
                      "skrivs inte in i SVF."),
    ])],
    [], [("NL102", "n1")],
    "The SVF criterion is explicitly not met: no hedged diagnosis is asserted")

add("svf-misstanken-om-lungcancer-avskrivs", "vgr", "1955-10-26", 391, [
    N("n1", M, "Läkaranteckning", "v_mdk_su", "Per Arvidsson", "läkare",
      "2024-03-19 15:20", [
        ("Utredning", "PET-DT utan patologiskt upptag. Bronkoskopi med BAL: odling växt av Mycobacterium avium."),
        ("Bedömning", "Misstanken om lungcancer avskirvs. Lungförändringen bedöms infektiös, remiss till infektion."),
        ("Planering", "Pat avslutas i SVF lunga."),
    ])],
    [], [("NL102", "n1")],
    "Typo 'avskirvs' (avskrivs): the lung-cancer suspicion is still ruled out")

add("svf-skelettmetastaser-uteslutes", "skane", "1950-08-14", 127, [
    N("n1", M, "Läkaranteckning", "s_uro_ystad", "Fredrik Blom", "läkare",
      "2024-04-23 09:55", [
        ("Utredning", "PSMA-PET 19/4: upptag endast i prostata, inga lymfkörtlar."),
        ("Bedömning", "Prostatacancer Gleason 4+3, cT2c. Skelettmetastaser uteslutes. Kurativ behandling kan erbjudas."),
    ])],
    [], [("NL102", "n1")],
    "Confirmed prostate cancer plus 'Skelettmetastaser uteslutes': negated, no hedged diagnosis")

add("svf-inga-tecken-pa-recidiv-dt", "vgr", "1967-04-13", 488, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Sanna Lindblad", "läkare",
      "2024-09-03 10:25", [
        ("Aktuellt", "Årskontroll 3 år efter operation och adjuvant kapecitabin för rektalcancer."),
        ("Bedömning", "DT thorax-buk och CEA visar inga tecken på recidv. Nästa kontroll om ett år."),
    ])],
    [], [("NL102", "n1")],
    "Typo 'recidv' under 'inga tecken på': still a negated recurrence at follow-up")

add("svf-flodescytometri-talar-emot-lymfom", "skane", "1994-12-18", 569, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Jonas Wahlgren", "läkare",
      "2024-02-15 13:35", [
        ("Utredning", "Flödescytometri och PAD från körtel på halsen: polyklonal B-cellspopulation, "
                      "follikulär hyperplasi."),
        ("Bedömning", "Fynden talar emot lymfom. Reaktiv lymfadenit efter halsinfektion."),
        ("Planering", "Ingen vidare hematologisk uppföljning, åter till vc vid ny körtel."),
    ])],
    [], [("NL102", "n1")],
    "'talar emot lymfom' negates; the remaining diagnosis is stated without hedge")

add("svf-slakt-mor-ovarial-moster-trolig-brostcancer", "vgr", "1985-07-21", 213, [
    N("n1", M, "Läkaranteckning", "v_bröst_su", "Kajsa Modin", "läkare",
      "2024-05-14 08:30", [
        ("Hereditet", "Mor insjuknade i ovarialcancer vid 52 års ålder, moster trolig bröstcancer i 40-årsåldern, "
                      "morfar ev. prostatacancer."),
        ("Bedömning", "Pat själv utan kliniska fynd, mammografi u.a. Remiss cancergenetisk mottagning pga ärftlighet."),
    ])],
    [], [("NL102", "n1")],
    "Hedged diagnoses belong to relatives (moster, morfar), not the patient")

add("svf-slakt-farfar-ev-tarmcancer", "skane", "1990-03-03", 151, [
    N("n1", M, "Läkaranteckning", "s_kir_mmo", "Nora Sjöstrand", "läkare",
      "2024-06-26 14:45", [
        ("Anamnes", "Koloskopi pga ärftlighet. Far koloncancer vid 48 års ålder, farfar ev. tarmcancer, "
                    "uppgifterna osäkra."),
        ("Bedömning", "Koloskopin normal ända till caecum. Ny koloskopi om 5 år enligt riktlinjer."),
    ])],
    [], [("NL102", "n1")],
    "'farfar ev. tarmcancer' is a relative's hedged disease")

add("svf-ev-remiss-palliativ-vard", "vgr", "1944-02-10", 287, [
    N("n1", M, "Läkaranteckning", "v_cm_nal", "Martin Öhman", "läkare",
      "2024-10-22 13:00", [
        ("Aktuellt", "Metastaserad pankreascancer, progress efter andra linjens behandling. Trött, äter dåligt."),
        ("Bedömning", "Ingen ytterligare tumörspecifik behandling meningsfull. Brytpunktssamtal hållet med pat och dotter."),
        ("Planering", "Ev. remiss till specialiserad palliativ vård, pat vill tänka till nästa vecka."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a referral (a plan), the diagnosis itself is confirmed")

add("svf-trolig-utskrivning-i-morgon", "skane", "1960-11-06", 344, [
    N("n1", M, "Sjuksköterskeanteckning", "s_onk_avd", "Elsa Nyberg", "sjuksköterska",
      "2024-03-28 20:10", [
        ("Omvårdnad", "Feberfri sedan 36 h, äter bättre. Mobiliseras i korridoren med rollator."),
        ("Planering", "Trolig utskrivning i morgon förmiddag om CRP fortsatt sjunker. Hemtjänst underrättad."),
    ], setting="slutenvård")],
    [], [("NL102", "n1")],
    "'Trolig utskrivning' hedges a discharge plan, not a diagnosis")

add("svf-eventuellt-pet-infor-kurativ", "vgr", "1959-01-30", 462, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Camilla Ståhl", "läkare",
      "2024-02-13 09:20", [
        ("Bedömning", "Esofaguscancer distalt, adenocarcinom, cT3N1 på DT."),
        ("Planering", "Eventuellt PET-DT inför ställningstagande till neoadjuvant kemoradioterapi och operation; tas på MDK."),
    ])],
    [], [("NL102", "n1")],
    "'Eventuellt PET-DT' is a hedged examination; the cancer is confirmed")

add("svf-villkor-feber-kan-rora-sig-om-neutropen", "skane", "1982-09-25", 590, [
    N("n1", M, "Sjuksköterskeanteckning", "s_onk_lund", "Karolina Wiik", "sjuksköterska",
      "2024-05-06 15:40", [
        ("Information", "Genomgång inför första kur docetaxel. Vid temp 38,0 eller mer ska pat ringa direkt, "
                        "eftersom det då kan röra sig om neutropen feber."),
        ("Åtgärd", "Skriftlig information om biverkningar och telefonnummer till dagvården utlämnat."),
    ])],
    [], [("NL102", "n1")],
    "Conditional instruction: 'kan röra sig om neutropen feber' only if fever occurs")

add("svf-villkor-andfaddhet-ev-lungemboli", "vgr", "1973-06-08", 175, [
    N("n1", M, "Telefonanteckning", "v_dagv_sas", "Sofie Almqvist", "sjuksköterska",
      "2024-11-26 10:35", [
        ("Telefonkontakt", "Pat undrar över svullen vad, ingen andfåddhet. Får tid för UL Doppler i morgon."),
        ("Råd", "Om hon blir andfådd eller får bröstsmärta ska hon söka akut för bedömning av ev. lungemboli."),
    ])],
    [], [("NL102", "n1")],
    "Hedged pulmonary embolism only in a conditional safety-net instruction")

add("svf-bekraftad-tonsillcancer-informerad", "skane", "1963-08-17", 235, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Stefan Lindkvist", "läkare",
      "2024-04-17 14:25", [
        ("Utredning", "PAD: skivepitelcancer i vä tonsill, p16-positiv. MR hals: 2 ipsilaterala körtelmetastaser."),
        ("Bedömning", "Tonsillcancer vä cT2N1M0. Kurativ strålbehandling 68 Gy med veckovis cisplatin."),
        ("Information", "Pat och hans sambo fick beskedet av mig idag. Kontaktssk Ulla närvarade."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Confirmed cancer told to the patient: neither uncertain nor uncommunicated")

add("svf-symptom-troligen-trott-efter-kur", "vgr", "1978-10-10", 349, [
    N("n1", M, "Telefonanteckning", "v_jubileum", "Anneli Hult", "sjuksköterska",
      "2024-06-25 09:50", [
        ("Telefonkontakt", "Uppföljande samtal dag 5 efter kur 4 EC. Troligen trött efter kuren, sover mycket. "
                           "Ev. lätt illamående på morgonen, klarar sig med Primperan."),
        ("Bedömning", "Förväntade biverkningar, ingen feber."),
    ])],
    [], [("NL102", "n1")],
    "Hedges on symptoms (tiredness, nausea) only, no diagnosis hedged")

add("svf-fynd-mojligen-forstorad-korte", "skane", "1986-05-31", 424, [
    N("n1", M, "Läkaranteckning", "s_cc_hbg", "Oliver Sandberg", "läkare",
      "2024-08-20 11:25", [
        ("Aktuellt", "Halvårskontroll efter operation för seminom, st I, surveillance."),
        ("Status", "Möjligen lätt förstorad körtel i vä ljumske, 1 cm, mjuk och rörlig."),
        ("Bedömning", "Tumörmarkörer normala. Inget som ändrar planen, DT buk enligt schema i oktober."),
    ])],
    [], [("NL102", "n1")],
    "'Möjligen' hedges a palpation finding that is no diagnosis")

# ================================================================ NL102 negatives, part E (PMO, protected places)

add("svf-pmo-vc-misstankt-koloncancer", "skane", "1954-09-14", 318, [
    N("n1", P, "Besöksanteckning", "s_vc_eslov", "Gustav Lindén", "läkare",
      "2024-01-25 10:20", [
        ("Anamnes", "Blod i avföringen i 6 v, 5 kg viktnedgång. Far hade tarmcancer."),
        ("Status", "Buk mjuk, oöm. PR: blod på handsken, ingen palpabel tumör."),
        ("Bedömning", "Misstänkt koloncancer, uppfyller kriterier för välgrundad misstanke."),
        ("Åtgärd", "Remiss enligt SVF tjock- och ändtarmscancer till kirurgen Ystad. Pat informerad om förloppet."),
    ])],
    [], [("NL102", "n1")],
    "PMO primary care never shows diagnoses: hedged colon cancer at a vårdcentral is not NL102")

add("svf-pmo-hemsjukvard-trol-pneumoni", "skane", "1939-12-03", 146, [
    N("n1", P, "Hemsjukvårdsanteckning", "s_hsv_tomelilla", "Birgitta Svahn", "sjuksköterska",
      "2024-02-19 15:05", [
        ("Aktuellt", "Hembesök hos pat med palliativ lungcancer. Feber 38,4 och rosslig andning sedan i går."),
        ("Bedömning", "Trol. pnuemoni. Kontakt med dr på vc som ordinerar Doxyferm enligt brytpunktsbeslut."),
    ])],
    [], [("NL102", "n1")],
    "PMO home-care note with typo 'Trol. pnuemoni': never shown, so no NL102")

add("svf-pmo-typo-missankt-prostatacancer", "skane", "1952-06-19", 377, [
    N("n1", P, "Besöksanteckning", "s_vc_hoor", "Lisa Hagström", "läkare",
      "2024-06-13 08:35", [
        ("Bedömning", "PSA 22, hård prostata vid palpation. Missänkt prostatacancer."),
        ("Åtgärd", "Remiss urologen Ystad enligt SVF prostatacancer."),
    ])],
    [], [("NL102", "n1")],
    "Typo 'Missänkt' in a PMO note: PMO diagnoses are never visible")

add("svf-pmo-bvc-leukokori-retinoblastom", "skane", "2023-04-22", 887, [
    N("n1", P, "BVC-besök", "s_bvc_lomma", "Maria Tell", "sjuksköterska",
      "2024-07-04 13:15", [
        ("Aktuellt", "12-månaderskontroll. Mamma har sett att vänster öga lyser vitt på blixtfoton."),
        ("Status", "Rödreflex saknas vä öga vid undersökning med lampa."),
        ("Bedömning", "BVC-läkare kontaktad: retinoblastom? Akut remiss ögonkliniken samma dag."),
    ])],
    [], [("NL102", "n1")],
    "Child at BVC (PMO): '?' after retinoblastoma is not visible, PMO hides diagnoses")

add("svf-skane-mall-tidiga-hypoteser-sekundar-aml", "skane", "1958-10-24", 419, [
    N("n1", M, "Tidiga hypoteser", "s_hem_lund", "Mikael Fors", "läkare",
      "2024-04-02 16:40", [
        ("Bedömning", "Sjunkande TPK och makrocytos 3 år efter behandling av bröstcancer med antracyklin. "
                      "Misstänkt terapirelaterad AML eller MDS. Diskuteras på hem-MDK innan pat informeras."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne template 'Tidiga hypoteser' protects the hedged diagnosis and the not-yet-told remark")

add("svf-vgr-sokord-tidiga-hypoteser-endast", "vgr", "1966-09-05", 232, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Lotta Ferm", "läkare",
      "2024-05-29 13:50", [
        ("Aktuellt", "Känd bröstcancer, adjuvant tamoxifen år 3. Kommer för planerad kontroll, mår bra."),
        ("Tidiga hypoteser", "Lätt förhöjt ALP; misstänkt levermetastasering som inte diskuterats med pat."),
        ("Planering", "Leverprover om 4 v samt UL buk, därefter telefonkontakt."),
    ])],
    [], [("NL102", "n1")],
    "VGR: the hedged diagnosis stands only under the protected sökord; visible sections hold only plans")

add("svf-skane-barn-tidiga-hypoteser-li-fraumeni", "skane", "2014-02-08", 851, [
    N("n1", M, "Tidiga hypoteser", "s_barnonk", "Karl Ahlström", "läkare",
      "2024-10-01 12:00", [
        ("Bedömning", "Tredje cancerdiagnosen i familjen före 45 år och nu osteosarkom hos pat. "
                      "Misstänkt Li-Fraumenis syndrom; genetisk vägledning planeras innan föräldrarna informeras."),
    ])],
    [], [("NL102", "n1")],
    "Child under 13: a suspected hereditary syndrome is kept in the Skåne Tidiga hypoteser template")

add("svf-vgr-mdk-tidiga-hypoteser-sokord", "vgr", "1953-12-12", 465, [
    N("n1", M, "MDK-anteckning", "v_mdk_su", "Johanna Wallin", "läkare",
      "2024-06-12 15:15", [
        ("Konferens", "Lung-MDK. Adenocarcinom hö överlob cT1cN0M0 bekräftat med transtorakal biopsi."),
        ("Tidiga hypoteser", "Lågdos-DT visar också en 8 mm nodulus i vä lunga som kan vara synkron tumör, alternativt granulom."),
        ("Planering", "Rekommendation: lobektomi hö överlob. Kontroll av nodulus i vä lunga med DT om 3 mån."),
    ])],
    [], [("NL102", "n1")],
    "VGR MDK note: the hedged second tumour sits only in the Tidiga hypoteser section")

add("svf-typo-ingen-misstake-om-progress", "vgr", "1961-03-27", 143, [
    N("n1", M, "Läkaranteckning", "v_cm_nal", "Elias Brandt", "läkare",
      "2024-04-09 10:10", [
        ("Aktuellt", "Njurcancer med lungmetastaser på kabozantinib. Utvärdering efter 3 mån."),
        ("Bedömning", "DT: lungmetastaserna oförändrade till storlek. Ingen misstake om progress. Fortsatt samma dos."),
    ])],
    [], [("NL102", "n1")],
    "Typo in the negation 'Ingen misstake om progress': still a negated diagnosis")

add("svf-typo-ingen-missanke-hjarnmetastaser", "skane", "1975-07-03", 518, [
    N("n1", M, "Läkaranteckning", "s_lung_lund", "Viveka Hallin", "läkare",
      "2024-08-28 14:40", [
        ("Aktuellt", "ALK-positiv lungcancer på alektinib. Yrsel vid snabba lägesändringar."),
        ("Bedömning", "Neurologiskt u.a., ortostatiskt BT-fall. Ingen missanke om hjärnmetastaser, MR i juni var normal."),
    ])],
    [], [("NL102", "n1")],
    "Typo 'Ingen missanke om' is still a negated brain-metastasis diagnosis")

add("svf-tidigare-misstanke-forkastad", "skane", "1964-11-19", 389, [
    N("n1", M, "Läkaranteckning", "s_onk_lund", "Rebecka Frisk", "läkare",
      "2024-09-12 08:45", [
        ("Aktuellt", "Analcancer, kurativt behandlad 2023."),
        ("Bedömning", "Den tidigare misstanken om levermetastas har förkastats efter MR lever med kontrast: hemangiom. "
                      "Fortsatt kontroll enligt vårdprogrammet."),
    ])],
    [], [("NL102", "n1")],
    "An earlier suspicion that has been 'förkastats' is a ruled-out diagnosis")

add("svf-dt-ej-talande-for-tumor", "vgr", "1980-12-22", 297, [
    N("n1", M, "Läkaranteckning", "v_dc_sas", "Petra Lundgren", "läkare",
      "2024-10-17 13:30", [
        ("Utredning", "DT thorax-buk samt gastro- och koloskopi utförda inom SVF ospecifika symtom."),
        ("Bedömning", "Undersökningarna är ej talande för tumörsjukdom. Viktnedgången förklaras av nydebuterad diabetes."),
        ("Planering", "Avslutas i SVF, remiss diabetesmottagningen."),
    ])],
    [], [("NL102", "n1")],
    "'ej talande för tumörsjukdom' negates the cancer; the other diagnosis is stated plainly")

add("svf-differentierad-thyreoideacancer-ingen-hedge", "skane", "1983-01-14", 442, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Alexander Kron", "läkare",
      "2024-02-27 11:05", [
        ("Aktuellt", "Högt differentierad papillär thyreoideacancer pT2N1a, totalthyreoidektomi i december."),
        ("Planering", "Radiojodbehandling 3,7 GBq efter rhTSH i mars. Levaxin fortsatt, TSH-mål < 0,1."),
    ])],
    [], [("NL102", "n1")],
    "Lexical trap: 'differentierad' is no 'differentialdiagnos'; the diagnosis is confirmed")

# ================================================================ NL102 negatives, part F (non-diagnostic hedges, lexical traps)

add("svf-ev-dosreduktion-hand-fotsyndrom", "vgr", "1957-05-15", 261, [
    N("n1", M, "Läkaranteckning", "v_dagv_sas", "Henrietta Borg", "läkare",
      "2024-03-12 10:15", [
        ("Aktuellt", "Metastaserad koloncancer, kapecitabin i monoterapi kur 5. Rodnad, ömma fotsulor och sprickor i handflatorna."),
        ("Bedömning", "Hand-fotsyndrom grad 2."),
        ("Planering", "Ev. dosreduktion av kapecitabin till 75 % inför kur 6, mjukgörande kräm med urea."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a dose change; the side effect is a confirmed diagnosis")

add("svf-trolig-start-cykel-3", "skane", "1969-08-27", 433, [
    N("n1", M, "Behandlingsanteckning", "s_cc_hbg", "Jenny Roos", "sjuksköterska",
      "2024-04-18 13:45", [
        ("Lab", "Neutrofila 1,2 idag, kuren kan inte ges."),
        ("Planering", "Nya prover på fredag, trolig start av cykel 3 på måndag om neutrofila är över 1,5. "
                      "Pat meddelad per telefon."),
    ])],
    [], [("NL102", "n1")],
    "'trolig start av cykel 3' is a hedged scheduling plan, no diagnosis")

add("svf-fragetecken-pa-transfusion", "vgr", "1948-07-09", 554, [
    N("n1", M, "Sjuksköterskeanteckning", "v_hem_su", "Simon Ek", "sjuksköterska",
      "2024-05-23 14:10", [
        ("Aktuellt", "MDS med transfusionsbehov, kommer var 14:e dag. Hb 79 idag."),
        ("Planering", "Blodtransfusion 2 enheter i morgon? Avvaktar läkarbesked efter rond. Skjuts hem med färdtjänst?"),
    ])],
    [], [("NL102", "n1")],
    "Question marks on plans (transfusion, transport); the diagnosis MDS is confirmed")

add("svf-pad-inte-forenligt-med-malignitet", "skane", "1993-10-07", 306, [
    N("n1", M, "Läkaranteckning", "s_cc_hbg", "Rebecca Lund", "läkare",
      "2024-06-05 09:25", [
        ("Utredning", "Mellannålsbiopsi från knöl i hö bröst, BI-RADS 4 på UL."),
        ("Bedömning", "PAD inte förenligt med malignitet: fibroadenom. Pat avslutas i SVF bröstcancer."),
    ])],
    [], [("NL102", "n1")],
    "'inte förenligt med malignitet' is a negated cancer; fibroadenoma is confirmed")

add("svf-makens-misstankta-lungcancer", "vgr", "1956-02-18", 479, [
    N("n1", M, "Kuratorsanteckning", "v_jubileum", "Anna-Karin Lie", "kurator",
      "2024-09-19 15:00", [
        ("Samtal", "Pat behandlas för lymfom och oroar sig mycket för maken, som utreds för misstänkt lungcancer. "
                   "Sover dåligt och gråter ofta."),
        ("Planering", "Nytt samtal om 2 v. Tipsar om Cancerrådgivningen och närståendestöd."),
    ])],
    [], [("NL102", "n1")],
    "The hedged lung cancer belongs to the patient's husband, not to the patient")

add("svf-barn-kusin-ev-njurtumor", "vgr", "2019-06-30", 736, [
    N("n1", M, "Läkaranteckning", "v_barnonk", "Tove Lindahl", "läkare",
      "2024-11-07 10:40", [
        ("Aktuellt", "5-årig flicka med Wilms tumör hö njure st II, nefrektomi och vinkristin/aktinomycin D enligt protokoll."),
        ("Hereditet", "Pappas kusin ev. opererad för njurtumör som barn, familjen vet inte säkert."),
        ("Bedömning", "Mår bra, går på förskola. Fortsatt behandling enligt plan."),
    ])],
    [], [("NL102", "n1")],
    "Child under 13: the only hedged tumour belongs to a relative (father's cousin)")

add("svf-behandlingsintention-sannolikt-kurativ", "skane", "1951-12-15", 372, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Håkan Wester", "läkare",
      "2024-07-11 13:20", [
        ("Bedömning", "Analcancer T2N0, PAD skivepitelcancer. Behandlingsintentionen är sannolikt kurativ."),
        ("Planering", "Kemoradioterapi 54 Gy med mitomycin och 5-FU, start om 3 v."),
    ])],
    [], [("NL102", "n1")],
    "'sannolikt' qualifies the treatment intention, not a diagnosis")

add("svf-ev-stickningar-fingertoppar", "vgr", "1982-01-25", 185, [
    N("n1", M, "Sjuksköterskeanteckning", "v_onk_sks", "Kerstin Malm", "sjuksköterska",
      "2024-08-15 09:00", [
        ("Aktuellt", "Kur 4 paklitaxel veckovis, bröstcancer. Ev. lite stickningar i fingertopparna efter förra kuren, "
                     "släppt efter två dagar."),
        ("Åtgärd", "Kur given utan anmärkning. Kylvantar och kylstrumpor använda under infusionen."),
    ])],
    [], [("NL102", "n1")],
    "'Ev.' hedges a passing symptom, not a diagnosis")

add("svf-lungemboli-kan-uteslutas", "skane", "1967-03-02", 528, [
    N("n1", M, "Läkaranteckning", "s_onk_lund", "Magnus Berggren", "läkare",
      "2024-10-03 16:05", [
        ("Aktuellt", "Pat på dagvården för kur 2 karboplatin/pemetrexed, andfådd i trappor sedan en vecka."),
        ("Utredning", "DT-angio: inga embolier. Liten pleuravätska vä, oförändrad."),
        ("Bedömning", "Lungemboli kan uteslutas. Kuren ges som planerat."),
    ])],
    [], [("NL102", "n1")],
    "'kan uteslutas' (without 'ej') is a ruled-out diagnosis")

add("svf-prov-trol-hemolyserat", "skane", "1973-09-20", 251, [
    N("n1", M, "Sjuksköterskeanteckning", "s_hem_lund", "Elin Magnusson", "sjuksköterska",
      "2024-11-21 11:30", [
        ("Lab", "Kalium 6,1 men provet trol. hemolyserat, svårstucken, lång stas."),
        ("Åtgärd", "Nytt prov taget via PICC, kalium 4,2. Daratumumab given enl ordination."),
    ])],
    [], [("NL102", "n1")],
    "'trol.' hedges a sample artefact, not a diagnosis")

add("svf-villkor-om-biopsin-visar-lymfom", "vgr", "1977-11-03", 412, [
    N("n1", M, "Läkaranteckning", "v_kir_sks", "Jakob Thorell", "läkare",
      "2024-02-22 14:55", [
        ("Bedömning", "Förstorad körtel i hö ljumske sedan 3 mån, 3 cm. Exstirpation bokad."),
        ("Planering", "Om PAD visar lymfom skickas remiss till hematologen; annars åter till vc."),
    ])],
    [], [("NL102", "n1")],
    "Lymphoma appears only in a conditional plan ('Om PAD visar lymfom')")

add("svf-risk-for-tumorlys-profylax", "skane", "1950-04-29", 364, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Anders Ekwall", "läkare",
      "2024-01-30 12:15", [
        ("Bedömning", "KLL med stor tumörbörda inför venetoklax. Hög risk för tumörlyssyndrom vid upptrappning."),
        ("Planering", "Allopurinol från idag, inläggning för första dosstegen med täta elektrolytkontroller."),
    ])],
    [], [("NL102", "n1")],
    "'risk för tumörlyssyndrom' is prophylaxis against a future event, not a hedged current diagnosis")

add("svf-utkast-ingen-misstanke-om-recidiv", "skane", "1962-08-08", 495, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Sara Holst", "läkare",
      "2024-12-10 09:35", [
        ("Aktuellt", "Endometriecancer opererad 2021. Kontroll, lite blödning efter samlag."),
        ("Status", "Gyn: vaginaltoppen läkt, ingen tumör, blödningen från atrofisk slemhinna."),
        ("Bedömning", "Ingen misstanke om recidiv. Östrogenkräm lokalt."),
    ], signed=None)],
    [], [("NL102", "n1")],
    "Unsigned draft with a negated recurrence only")

# ================================================================ NL101 positives, part G

add("svf-dt-levermetastaser-ej-informerad", "skane", "1955-02-16", 227, [
    N("n1", M, "Läkaranteckning", "s_onk_lund", "Gabriel Nyqvist", "läkare",
      "2024-02-08 16:30", [
        ("Utredning", "DT thorax-buk 7/2 efter 3 kurer FOLFOX: multipla nytillkomna levermetastaser, den största 4 cm."),
        ("Bedömning", "Progress av koloncancern under första linjens behandling."),
        ("Information", "Pat är ännu ej informerad. Besked ges av ansvarig onkolog dr Selin vid besöket på fredag."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Confirmed liver metastases in visible sections while the patient is explicitly not yet informed")

add("svf-pad-smacellig-ej-meddelat", "vgr", "1949-05-03", 133, [
    N("n1", M, "Läkaranteckning", "v_mdk_su", "Rickard Öst", "läkare",
      "2024-03-07 12:20", [
        ("Utredning", "PAD från EBUS regio 7: småcellig lungcancer."),
        ("Planering", "Svaret är inte meddelat patienten. Kontaktssk bokar tid hos mig i morgon, närstående välkomna."),
    ])],
    [("NL101", "n1")], [],
    "Small-cell lung cancer on PAD written visibly; the result is stated as not yet told")

add("svf-anhorig-begaran-glioblastom-ej-annu", "skane", "1940-07-28", 417, [
    N("n1", M, "Läkaranteckning", "s_onk_avd", "Astrid Wennström", "läkare",
      "2024-05-13 15:10", [
        ("Bedömning", "Histologiskt verifierat glioblastom vä temporallob efter biopsi."),
        ("Samtal", "Dottern ber att pat inte ska få veta diagnosen förrän hon själv kan vara med på torsdag. "
                   "Vi avvaktar med beskedet till dess."),
    ], setting="slutenvård")],
    [("NL101", "n1")], [],
    "Verified glioblastoma in a visible section; the patient is not to be told until Thursday")

add("svf-mdk-esofagus-besked-pa-aterbesok", "vgr", "1952-10-31", 548, [
    N("n1", M, "MDK-anteckning", "v_onk_sks", "Ulf Granqvist", "läkare",
      "2024-04-24 15:40", [
        ("Konferens", "Övre GI-MDK. Adenocarcinom i distala esofagus, PET-DT visar två levermetastaser."),
        ("Bedömning", "Metastaserad esofaguscancer, palliativ situation. Rekommendation: palliativ cytostatika FLOT-baserad."),
        ("Planering", "Pat har inte fått besked om spridningen ännu, informeras vid återbesök 30/4."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "MDK note states metastatic esophageal cancer and that the patient has not been told")

add("svf-barn-all-varken-pat-eller-foraldrar", "skane", "2016-05-12", 894, [
    N("n1", M, "Läkaranteckning", "s_barnonk", "Erik Sahlén", "läkare",
      "2024-01-18 11:45", [
        ("Utredning", "Benmärg: 88 % lymfoblaster, B-prekursor ALL. Likvor utan blaster."),
        ("Information", "Varken pat eller föräldrarna är informerade om svaret ännu. Samtal med båda föräldrarna kl 14 med kurator."),
    ], setting="slutenvård")],
    [("NL101", "n1")], [],
    "Child under 13: confirmed ALL visible to guardians who have not yet been told")

add("svf-typo-ej-infomerad-ventrikelcancer", "vgr", "1946-03-21", 367, [
    N("n1", M, "Läkaranteckning", "v_kir_sks", "Hampus Kling", "läkare",
      "2024-06-20 10:05", [
        ("Utredning", "PAD från gastroskopin: adenocarcinom i ventrikelns antrum, diffus typ."),
        ("Planering", "Pat ej infomerad om PAD-svaret, tas vid besök hos mig tisdag. DT thorax-buk beställd."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Typo 'ej infomerad' (informerad): gastric cancer visible while the patient is not informed")

add("svf-telefon-mds-inte-fatt-veta", "skane", "1944-11-08", 272, [
    N("n1", M, "Telefonanteckning", "s_hem_lund", "Susanne Ohlin", "sjuksköterska",
      "2024-07-30 09:40", [
        ("Telefonkontakt", "Pat ringer och frågar efter benmärgssvaret. Benmärgen visar MDS med ringsideroblaster."),
        ("Åtgärd", "Pat har inte fått veta detta, jag svarar att läkaren ringer upp. Dr Hjort ringer i morgon förmiddag."),
    ])],
    [("NL101", "n1")], [],
    "Nurse writes the MDS result in the phone note and that the patient has not been told")

add("svf-skelettrecidiv-pat-vet-inte", "vgr", "1962-04-06", 384, [
    N("n1", M, "Läkaranteckning", "v_bröst_su", "Agnes Roslund", "läkare",
      "2024-08-29 14:25", [
        ("Utredning", "Skelettscint och DT: skelettmetastaser i bäcken och Th8. Biopsi från bäckenet: bröstcancer, ER-positiv."),
        ("Bedömning", "Recidiv av bröstcancer i skelettet, bekräftat. Pat vet ännu inte om detta."),
        ("Planering", "Kontaktssk Lisa bokar samtal med mig nästa vecka."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Confirmed skeletal recurrence with 'Pat vet ännu inte om detta'")

add("svf-epikris-hjarnmetastaser-ej-informerad-konfusion", "skane", "1947-01-19", 453, [
    N("n1", M, "Epikris", "s_onk_avd", "Jon Albinsson", "läkare",
      "2024-10-10 13:30", [
        ("Epikris", "Inlagd pga konfusion. Känd lungcancer. MR hjärna visade multipla hjärnmetastaser, "
                    "behandlad med Betapred med viss förbättring."),
        ("Information", "Pat är inte informerad om hjärnmetastaserna pga konfusionen; hustrun är informerad. "
                        "Besked ges när tillståndet tillåter."),
    ], setting="slutenvård")],
    [("NL101", "n1")], [],
    "Discharge summary: brain metastases stated, the patient not informed (only the wife)")

# ================================================================ NL101 positives, part H

add("svf-utkast-myelom-ej-informerad", "vgr", "1950-09-11", 216, [
    N("n1", M, "Läkaranteckning", "v_hem_su", "Pontus Malmsten", "läkare",
      "2024-02-01 17:05", [
        ("Utredning", "Benmärg: 34 % klonala plasmaceller. Lågdos-DT: lytiska lesioner i kotpelaren."),
        ("Bedömning", "Multipelt myelom, symtomgivande, ISS 2."),
        ("Planering", "Pat ännu inte informerad; samtal med pat och maka på måndag innan behandlingsstart."),
    ], signed=None)],
    [("NL101", "n1")], [],
    "Unsigned draft: myeloma stated plainly while the patient is not yet informed")

add("svf-pankreas-ska-inte-informeras-forran-mdk", "skane", "1959-12-27", 391, [
    N("n1", M, "Läkaranteckning", "s_mdk_lund", "Oskar Widell", "läkare",
      "2024-03-15 11:20", [
        ("Utredning", "EUS-FNA från pankreas: adenocarcinom."),
        ("Planering", "Pankreascancern ska inte kommuniceras med pat förrän MDK på tisdag har tagit ställning till resektabilitet."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Cytologically proven pancreatic cancer that must not be told before the MDK")

add("svf-lang-dagvard-progress-ej-informerad", "vgr", "1964-08-21", 302, [
    N("n1", M, "Behandlingsanteckning", "v_cm_nal", "Ebba Lindström", "sjuksköterska",
      "2024-09-26 08:20", [
        ("Aktuellt", "Pat med metastaserad urinblåsecancer kommer för kur 4 enfortumab vedotin. Kommer med dottern. "
                     "Aptiten bättre senaste veckan, har varit i sommarstugan. Lite torr hud på underbenen, "
                     "smörjer två gånger dagligen. Inga nya smärtor, tar Alvedon vid behov."),
        ("Status", "AT: gott, pigg och pratsam. Temp 36,6, BT 134/82, puls 76, sat 97 %. Vikt 72,4 kg (+0,6). "
                   "Hud: torrhet underben, inget utslag. Ögon: lätt torra, använder ögondroppar. "
                   "Perifer neuropati grad 1 oförändrad."),
        ("Lab", "Hb 118, neutrofila 3,4, TPK 211, krea 98, P-glukos 6,2."),
        ("Utredning", "Utvärderings-DT 24/9 visar progress med nya lungmetastaser bilateralt. "
                      "Pat ej informerad om DT-svaret, det tas av dr Sandell vid läkarbesöket nästa vecka."),
        ("Åtgärd", "Efter samråd med dr Sandell ges ingen kur idag. Pat fick veta att läkaren vill träffa "
                   "henne innan nästa behandling. PICC spolad och omlagd."),
        ("Planering", "Läkarbesök 3/10 kl 10 med dottern. Lab dagen innan. Kontaktssk ringer på måndag för att stämma av mående."),
    ])],
    [("NL101", "n1")], [],
    "Long day-unit chart: new lung metastases written visibly, with the patient not informed about the CT")

add("svf-tva-anteckningar-n1-ej-informerad", "skane", "1971-06-17", 419, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Mira Dalén", "läkare",
      "2024-11-04 14:15", [
        ("Utredning", "MR lever: 3 nya metastaser, den största 2,2 cm, i känd neuroendokrin tumör i tunntarmen."),
        ("Information", "Pat har ännu ej fått besked om MR-fynden; jag ringer henne när hon är tillbaka från Spanien."),
    ]),
    N("n2", M, "Sjuksköterskeanteckning", "s_onk_mmo", "Frida Ahl", "sjuksköterska",
      "2024-11-06 10:00", [
        ("Åtgärd", "Sandostatin LAR 30 mg given djupt im vä glut. Nästa injektion om 28 dagar."),
    ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "Two notes: n1 holds new metastases not yet told; the later injection note says nothing about telling")

add("svf-typo-ej-underattad-malign-pleuravatska", "skane", "1956-11-24", 338, [
    N("n1", M, "Läkaranteckning", "s_lung_lund", "Tilda Bäck", "läkare",
      "2024-04-04 15:50", [
        ("Utredning", "Pleuratappning 1,2 liter. Cytologi: maligna celler, adenocarcinom med lungursprung."),
        ("Bedömning", "Malign pleuravätska vid lungcancer, st IV. Pat ännu ej underättad om cytologsvaret."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Typo 'underättad' (underrättad): malignant pleural effusion visible, patient not informed")

add("svf-barn-neuroblastom-foraldrar-ej-informerade", "vgr", "2021-12-05", 763, [
    N("n1", M, "Läkaranteckning", "v_barnonk", "Clara Ivarsson", "läkare",
      "2024-03-27 16:55", [
        ("Utredning", "MIBG-scint: upptag i primärtumören i vä binjure och i skelettet. Benmärg med tumörceller."),
        ("Bedömning", "Högrisk-neuroblastom st M."),
        ("Information", "Föräldrarna är inte informerade om spridningen än. Samtal i morgon 09.00 med båda föräldrarna och kontaktssk."),
    ], setting="slutenvård")],
    [("NL101", "n1")], [("NL102", "n1")],
    "Child under 13: metastatic neuroblastoma visible while the guardians who read the journal are not told")

add("svf-al-amyloidos-ej-delgivits-patienten", "vgr", "1945-06-26", 452, [
    N("n1", M, "Koordinatorsanteckning", "v_svf_su", "Hanna Berglöf", "sjuksköterska",
      "2024-05-08 13:40", [
        ("Aktuellt", "Diagnosen amyloidos (AL-typ) med hjärtengagemang är fastställd efter hjärtbiopsi."),
        ("Planering", "Diagnosen har ännu inte delgivits patienten. Läkarbesök bokat 13/5."),
    ])],
    [("NL101", "n1")], [],
    "Coordinator writes an established AL amyloidosis and that it has not been delivered to the patient")

add("svf-kontaktssk-far-inte-beratta-pet", "skane", "1968-03-13", 265, [
    N("n1", M, "Kontaktsjuksköterskeanteckning", "s_cc_hbg", "Ylva Kvist", "sjuksköterska",
      "2024-06-17 11:05", [
        ("Telefonkontakt", "Pat ringer och vill veta svaret på PET-DT. Den visar spridning av melanomet till lever och lungor."),
        ("Åtgärd", "Enligt dr Nilsson ska pat inte få veta fynden per telefon, utan vid läkarbesöket på torsdag. "
                   "Pat fick tid och erbjöds att ta med närstående."),
    ])],
    [("NL101", "n1")], [],
    "Contact nurse records melanoma spread and that the patient must not be told by phone before the visit")

# ================================================================ NL101 negatives, part I

add("svf-informerad-idag-myelom", "skane", "1953-07-04", 156, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Karin Hjort", "läkare",
      "2024-02-05 13:10", [
        ("Bedömning", "Multipelt myelom IgA lambda, R-ISS 2, symtomgivande med anemi och skelettlesioner."),
        ("Information", "Pat informerad om diagnosen vid dagens besök tillsammans med sin bror. Tog emot beskedet sansat, "
                        "många frågor om prognos som besvarades."),
        ("Planering", "Start daratumumab-lenalidomid-dexametason nästa vecka, Zometa efter tandläkarbedömning."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Confirmed myeloma told to the patient today")

add("svf-besked-tidigare-lungcancer", "vgr", "1958-04-15", 421, [
    N("n1", M, "Telefonanteckning", "v_svf_su", "Amira Haddad", "sjuksköterska",
      "2024-03-18 10:45", [
        ("Telefonkontakt", "Pat fick besked om skivepitelcancer i vä lunga av dr Öst 14/3 och ringer med frågor "
                           "om strålbehandlingen och om han kan fortsätta jobba."),
        ("Åtgärd", "Frågorna besvarade. Pat får skriftlig info om strålning skickad hem."),
    ])],
    [], [("NL101", "n1")],
    "The diagnosis was told to the patient on an earlier date")

add("svf-ej-informerad-om-datum-stralning", "skane", "1966-01-09", 283, [
    N("n1", M, "Koordinatorsanteckning", "s_onk_lund", "Therese Palm", "sjuksköterska",
      "2024-04-11 09:15", [
        ("Aktuellt", "Känd rektalcancer cT3N1, pat informerad om diagnosen av kirurgen 2/4."),
        ("Planering", "Dosplanering pågår. Pat ej informerad om startdatum för strålbehandlingen, det är inte fastställt."),
    ])],
    [], [("NL101", "n1")],
    "What is not yet told is a start date, not a diagnosis")

add("svf-ej-informerad-att-remiss-skickats", "vgr", "1972-02-26", 507, [
    N("n1", M, "Koordinatorsanteckning", "v_mdk_su", "Petter Sand", "sjuksköterska",
      "2024-05-02 15:25", [
        ("Aktuellt", "Lungcancer hö överlob, informerad av lungläkare förra veckan, operation rekommenderad på MDK."),
        ("Åtgärd", "Remiss till thoraxkirurgen skickad idag. Pat är ännu inte infromerad om att remissen gått iväg, "
                   "ringer honom i morgon."),
    ])],
    [], [("NL101", "n1")],
    "Typo 'infromerad': what is not told yet is that a referral was sent, not a diagnosis")

add("svf-normalt-benmargssvar-ej-informerad", "skane", "1979-09-01", 334, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Nils Brodd", "läkare",
      "2024-06-03 16:20", [
        ("Utredning", "Staging av diffust storcelligt B-cellslymfom. Benmärgsbiopsi: normal hematopoes, inga tecken på lymfominfiltration."),
        ("Information", "Pat har inte fått svaret från benmärgen än, ringer honom i morgon."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "The untold item is a normal bone-marrow result; the lymphoma itself is known")

add("svf-skane-tidiga-hypoteser-mall-pad-ej-informerad", "skane", "1960-06-10", 246, [
    N("n1", M, "Tidiga hypoteser", "s_onk_lund", "Lovisa Ekman", "läkare",
      "2024-07-18 14:50", [
        ("Bedömning", "PAD från resektatet: lymfkörtelmetastaser i 4 av 18 körtlar, pN2. Pat har inte fått svaret "
                      "och vet inte om spridningen; samtal planerat efter semestern."),
    ])],
    [], [("NL101", "n1")],
    "Skåne: the untold finding is kept only in the protected Tidiga hypoteser template")

add("svf-vgr-tidiga-hypoteser-sokord-ej-informerad", "vgr", "1948-11-29", 312, [
    N("n1", M, "Läkaranteckning", "v_onk_sks", "Ola Kvarnström", "läkare",
      "2024-08-01 11:35", [
        ("Aktuellt", "Återbesök efter 3 kurer karboplatin/paklitaxel för ovarialcancer. Mår bättre, mindre bukspänning."),
        ("Tidiga hypoteser", "Ny DT visar peritoneal progress trots behandling. Pat ej informerad, besked vid nästa besök "
                             "när tumörmarkörerna är klara."),
        ("Planering", "CA-125 tas idag, läkarbesök om 1 v."),
    ])],
    [], [("NL101", "n1")],
    "VGR: the untold progression stands only under the protected sökord Tidiga hypoteser")

add("svf-pat-informerad-sonen-ska-inte-veta", "skane", "1941-03-17", 169, [
    N("n1", M, "Läkaranteckning", "s_onk_mmo", "Gunnar Lilja", "läkare",
      "2024-09-05 10:25", [
        ("Bedömning", "Lokalrecidiv av bröstcancer i operationsärret, biopsiverifierat."),
        ("Information", "Pat informerad om recidivet idag. Hon vill att sonen inte får veta något förrän efter hans bröllop."),
    ])],
    [], [("NL101", "n1")],
    "The patient is told; only a relative is not to be told")

add("svf-pat-vet-hustrun-ska-inte-informeras", "vgr", "1954-08-03", 236, [
    N("n1", M, "Läkaranteckning", "v_uro_nal", "Karl-Johan Ivarsson", "läkare",
      "2024-10-24 13:45", [
        ("Bedömning", "Muskelinvasiv urinblåsecancer T2, CT utan spridning. Cystektomi rekommenderas."),
        ("Information", "Diagnosen genomgången med pat. På hans begäran ska hustrun inte informeras förrän efter helgen."),
    ])],
    [], [("NL101", "n1")],
    "The patient knows the diagnosis; the wish to wait concerns the wife")

add("svf-informationsmaterial-inget-om-besked", "vgr", "1975-04-08", 391, [
    N("n1", M, "Sjuksköterskeanteckning", "v_jubileum", "Rut Eliasson", "sjuksköterska",
      "2024-01-16 10:30", [
        ("Aktuellt", "Första besök på dagvården inför adjuvant behandling av HER2-positiv bröstcancer."),
        ("Information", "Informationsmaterial om cytostatika, håravfall och infektionsrisk utlämnat. Visat runt på dagvården."),
    ])],
    [], [("NL101", "n1")],
    "Nothing is said about withholding a diagnosis; 'information' refers to leaflets")

# ================================================================ NL101 negatives and mixed, part J

add("svf-vill-inte-veta-prognos", "skane", "1943-12-20", 288, [
    N("n1", M, "Läkaranteckning", "s_asih_trb", "Viola Rask", "läkare",
      "2024-11-14 14:30", [
        ("Aktuellt", "Inskrivning i ASIH. Metastaserad prostatacancer, pat känner väl till sin sjukdom sedan 2019."),
        ("Samtal", "Pat vill inte veta hur lång tid han har kvar och ber oss att inte ta upp prognosen. Respekteras."),
    ])],
    [], [("NL101", "n1")],
    "The patient declines prognosis talk; the diagnosis itself is known to him")

add("svf-senare-anteckning-informerar-n2", "skane", "1957-10-13", 322, [
    N("n1", M, "Läkaranteckning", "s_uro_ystad", "Mattias Rydh", "läkare",
      "2024-02-12 12:40", [
        ("Utredning", "PAD från TUR-B: höggradig urotelial cancer, muskelinvasiv."),
        ("Planering", "Pat ej informerad ännu, tid bokas för besked."),
    ]),
    N("n2", M, "Läkaranteckning", "s_uro_ystad", "Mattias Rydh", "läkare",
      "2024-02-15 09:20", [
        ("Information", "Besked om muskelinvasiv urinblåsecancer lämnat till pat och hans sambo idag. "
                        "Kontaktssk Jeanette närvarade och ger fortsatt stöd."),
        ("Planering", "DT thorax-buk och MDK, därefter ställningstagande till neoadjuvant behandling och cystektomi."),
    ])],
    [], [("NL101", "n2")],
    "Two notes: the later note documents that the diagnosis withheld in n1 has now been told")

add("svf-mdk-sedan-telefonbesked-n2", "vgr", "1963-05-22", 439, [
    N("n1", M, "MDK-anteckning", "v_kir_sks", "Josefin Lundh", "läkare",
      "2024-09-10 16:15", [
        ("Konferens", "Kolorektal-MDK: sigmoideumcancer pT3N0 efter resektion, 0 av 24 körtlar."),
        ("Planering", "Ingen adjuvant behandling. Pat har inte fått PAD-svaret än."),
    ]),
    N("n2", M, "Telefonanteckning", "v_kir_sks", "Josefin Lundh", "läkare",
      "2024-09-12 10:50", [
        ("Telefonkontakt", "Ringt pat och gått igenom PAD-svaret: tjocktarmscancer utan spridning till körtlar. "
                           "Pat lättad, frågade om kost och motion."),
        ("Planering", "Kontroller enligt vårdprogram, CEA och DT om 1 år."),
    ])],
    [], [("NL101", "n2")],
    "Later phone note tells the patient the PAD result that the MDK note had not yet delivered")

add("svf-ej-informerad-om-studie", "vgr", "1970-10-05", 258, [
    N("n1", M, "Läkaranteckning", "v_jubileum", "Moa Lidén", "läkare",
      "2024-04-22 11:10", [
        ("Bedömning", "Trippelnegativ bröstcancer cT2N1, pat väl informerad om diagnos och behandlingsplan vid förra besöket."),
        ("Planering", "Pat kan vara aktuell för en klinisk studie med neoadjuvant immunterapi. Hon är inte informerad om studien än, "
                      "forskningssköterskan kontaktar henne."),
    ])],
    [], [("NL101", "n1")],
    "What is not yet told is a possible clinical trial, not a diagnosis")

add("svf-barn-foraldrar-informerade-wilms", "vgr", "2017-02-14", 706, [
    N("n1", M, "Läkaranteckning", "v_barnonk", "Sebastian Holm", "läkare",
      "2024-03-04 15:30", [
        ("Bedömning", "Wilms tumör vä njure, histologi intermediär risk, lokal stadium II."),
        ("Information", "Föräldrarna informerades om diagnosen i går. Pat (7 år) har fått information anpassad efter ålder "
                        "med hjälp av lekterapeut."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Child under 13: guardians and child already told about the confirmed diagnosis")

add("svf-neutrofila-ok-ej-meddelat", "skane", "1987-07-19", 173, [
    N("n1", M, "Behandlingsanteckning", "s_onk_lund", "Isak Hedlund", "sjuksköterska",
      "2024-05-20 07:55", [
        ("Lab", "Hodgkinlymfom, inför kur 3 ABVD: neutrofila 1,8, TPK 198."),
        ("Planering", "Pat har inte fått veta att proverna räcker för kur, ringer honom kl 8 så att han kan åka in."),
    ])],
    [], [("NL101", "n1")],
    "What is not yet told is that blood counts allow treatment, not a diagnosis")

add("svf-typo-infomerad-om-recidivet", "skane", "1965-09-28", 214, [
    N("n1", M, "Läkaranteckning", "s_cc_hbg", "Agneta Sörensen", "läkare",
      "2024-08-08 13:55", [
        ("Bedömning", "Recidiv av cervixcancer i lilla bäckenet, biopsiverifierat."),
        ("Information", "Pat infomerad om recidivet idag, hennes syster var med. Önskar betänketid inför behandlingsval."),
    ])],
    [], [("NL101", "n1")],
    "Typo in 'infomerad' (informerad): the patient has been told")

add("svf-kanner-till-lungcancer-ej-levermetastaser", "vgr", "1950-03-14", 283, [
    N("n1", M, "Läkaranteckning", "v_mdk_su", "Alva Nordenskjöld", "läkare",
      "2024-10-01 14:05", [
        ("Utredning", "PET-DT inför planerad operation: två levermetastaser, verifierade med MR."),
        ("Bedömning", "Lungcancer st IV, operation inte längre aktuell."),
        ("Information", "Pat känner till sin lungcancer men har ännu inte fått veta om levermetastaserna. "
                        "Besked på mottagningen på fredag."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "Hard positive: the cancer is known, but the liver metastases (a diagnosis) are not yet told")

add("svf-sannolikt-lymfomrecidiv-ej-informerad", "skane", "1978-04-03", 497, [
    N("n1", M, "Läkaranteckning", "s_hem_lund", "Julia Kronberg", "läkare",
      "2024-12-02 16:10", [
        ("Utredning", "PET-DT: nya upptag i mediastinum och mjälte, Deauville 5."),
        ("Bedömning", "Sannolikt recidiv av det follikulära lymfomet, biopsi behövs för att säkerställa. "
                      "Pat ej informerad om PET-svaret."),
    ])],
    [("NL102", "n1")], [],
    "A hedged recurrence stands in Bedömning; NL102 holds regardless of the untold remark")

add("svf-lang-mdk-endast-negationer", "vgr", "1959-07-27", 361, [
    N("n1", M, "MDK-anteckning", "v_mdk_su", "Hugo Falkenberg", "läkare",
      "2024-07-04 15:35", [
        ("Konferens", "Lung-MDK 4/7. Närvarande: lungmedicin (Falkenberg), thoraxkirurgi (Lindroth), onkologi (Berg), "
                      "radiologi (Yilmaz), patologi (Kovac), kontaktssk Sanna."),
        ("Anamnes", "65-årig kvinna, aldrig rökare, hypertoni, i övrigt frisk. Hittad lungförändring vid DT "
                    "inför gallstensoperation. Helt symtomfri, arbetar som lärare. WHO 0."),
        ("Utredning", "DT thorax-buk: 19 mm delvis solid förändring i hö underlob. PET-DT: SUVmax 3,2 i förändringen, "
                      "inga patologiska upptag i mediastinum eller utanför thorax. Transtorakal biopsi: adenocarcinom, "
                      "lepidiskt växtsätt, EGFR exon 19-deletion. MR hjärna utan metastaser. Spirometri normal."),
        ("Bedömning", "Adenocarcinom hö underlob cT1bN0M0, st IA2. Inga tecken på spridning till lymfkörtlar. "
                      "Fjärrmetastasering uteslutes med PET och MR. Ingen misstanke om synkron tumör i vä lunga. "
                      "Operabel och resektabel."),
        ("Planering", "Rekommendation: segmentresektion eller lobektomi hö underlob via VATS. Ingen neoadjuvant behandling. "
                      "Pat känner till diagnosen sedan besöket 27/6; MDK-rekommendationen meddelas av kontaktssk i morgon. "
                      "Tid hos thoraxkirurg inom 2 v."),
    ])],
    [], [("NL102", "n1"), ("NL101", "n1")],
    "Long MDK chart with only negated metastases and a plan still to be conveyed; the diagnosis itself is known")

# ================================================================ validation and output

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
PROTECTED_TEMPLATE_SKANE = "Tidiga hypoteser"
PROTECTED_KEYWORD_VGR = "Tidiga hypoteser"


def luhn_ok(pn):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pn)
    if not m:
        return False
    digits = m.group(1)[2:] + m.group(2)
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return total % 10 == 0


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    problems = []
    names = set()
    seen_sentences = {}
    for c in cases:
        name = c.get("case", "?")
        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if list(c.keys()) != CASE_KEYS:
            bad("case keys %r" % list(c.keys()))
        if not name.startswith("svf-") or not re.fullmatch(r"[a-z0-9-]+", name):
            bad("bad case name")
        if name in names:
            bad("duplicate case name")
        names.add(name)
        rs = c["ruleset"]
        if rs not in ("skane", "vgr"):
            bad("bad ruleset")
        if not c["why"].strip():
            bad("empty why")
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            bad("record keys")
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            bad("non-empty events/conversations/treatments")
        pat = rec["patient"]
        if set(pat.keys()) != {"id", "birth_date", "protected_identity"}:
            bad("patient keys")
        if not luhn_ok(pat["id"]):
            bad("personnummer fails Luhn")
        if pat["id"][:8] != pat["birth_date"].replace("-", ""):
            bad("personnummer does not match birth_date")
        birth = date.fromisoformat(pat["birth_date"])
        as_of = parse_ts(rec["as_of"])
        if as_of.year != 2024:
            bad("as_of not in 2024")
        age = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        if 13 <= age <= 15 or age < 0:
            bad("patient age %d not allowed" % age)
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                bad("note keys")
            if n["id"] in notes:
                bad("duplicate note id")
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                bad("bad system")
            if rs == "vgr" and n["system"] != "Melior":
                bad("VGR note not Melior")
            t = parse_ts(n["time"])
            if t.year != 2024:
                bad("note time not in 2024")
            if n["signed"] is not None:
                sg = parse_ts(n["signed"])
                if sg.year != 2024 or sg < t:
                    bad("bad signed time")
            if t > as_of:
                bad("note after as_of")
            if n["setting"] not in ("öppenvård", "slutenvård"):
                bad("bad setting")
            if not n["unit"]["name"] or not n["unit"]["hsa_id"].startswith("SE"):
                bad("bad unit")
            if not n["author"]["name"] or not n["author"]["role"]:
                bad("bad author")
            if not n["sections"]:
                bad("note without sections")
            for sec in n["sections"]:
                if set(sec.keys()) != {"keyword", "text"} or not sec["text"].strip():
                    bad("bad section")
                for s in sentences(sec["text"]):
                    if s in seen_sentences and seen_sentences[s] != (name, n["id"], sec["keyword"]):
                        bad("sentence repeated (also in %s): %r" % (seen_sentences[s][0], s))
                    seen_sentences.setdefault(s, (name, n["id"], sec["keyword"]))
        if not c["must"] and not c["must_not"]:
            bad("asserts nothing")
        pairs = set()
        for lst, kind in ((c["must"], "must"), (c["must_not"], "must_not")):
            for item in lst:
                if len(item) != 2:
                    bad("bad assertion %r" % (item,))
                    continue
                code, target = item
                if code not in CODES:
                    bad("unexpected code %s" % code)
                if target not in notes:
                    bad("target %s missing" % target)
                    continue
                if (code, target) in pairs:
                    bad("%s on %s asserted twice or in both lists" % (code, target))
                pairs.add((code, target))
                note = notes[target]
                if code == "NL102" and kind == "must":
                    if note["system"] != "Melior":
                        bad("NL102 must on non-Melior note")
                    if rs == "skane" and note["template"] == PROTECTED_TEMPLATE_SKANE:
                        bad("NL102 must on a protected Skåne template")
                    if rs == "vgr" and all(s["keyword"] == PROTECTED_KEYWORD_VGR for s in note["sections"]):
                        bad("NL102 must on a note with only protected VGR sections")
                if code == "NL101" and note["system"] == "PMO":
                    bad("NL101 asserted on PMO")
    return problems


def main():
    problems = validate(CASES)
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                           counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
