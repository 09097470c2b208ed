#!/usr/bin/env python3
"""dev138: referrals and consultations between units (NL101, NL102).

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.

Voice: the referring doctor's question (frågeställning) quoted in the receiving
unit's note, konsultationssvar written into the patient's record, konsultation per
telefon between doctors, MDK decisions, second opinions, and what the referring
doctor has or has not told the patient.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev138_cases.jsonl")

SK = "SE2321000255-"
VG = "SE2321000131-"

UNITS = {
    # ---- Region Skåne, Melior (sjukhus) ----
    "sk_lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", SK + "4A71"),
    "sk_reuma_lund": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", SK + "4B02"),
    "sk_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", SK + "5C13"),
    "sk_hema_lund": ("Hematologimottagningen, Skånes universitetssjukhus Lund", SK + "4D24"),
    "sk_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "6E35"),
    "sk_med_ystad": ("Medicinmottagningen, Ystads lasarett", SK + "7F46"),
    "sk_kir_csk": ("Kirurgiavdelning 5, Centralsjukhuset Kristianstad", SK + "8G57"),
    "sk_uro_malmo": ("Urologimottagningen, Skånes universitetssjukhus Malmö", SK + "5H68"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", SK + "4J79"),
    "sk_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", SK + "6K80"),
    "sk_kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", SK + "4L91"),
    "sk_gastro_malmo": ("Gastroenterologimottagningen, Skånes universitetssjukhus Malmö", SK + "5M02"),
    "sk_endo_malmo": ("Endokrinologimottagningen, Skånes universitetssjukhus Malmö", SK + "5N13"),
    "sk_minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", SK + "5P24"),
    "sk_onh_hbg": ("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", SK + "6Q35"),
    "sk_kvinno_lund": ("Kvinnokliniken, Skånes universitetssjukhus Lund", SK + "4R46"),
    "sk_akut_trbg": ("Akutmottagningen, Trelleborgs lasarett", SK + "9S57"),
    "sk_orto_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", SK + "9T68"),
    "sk_med_lkr": ("Medicinavdelning 3, Landskrona lasarett", SK + "9U79"),
    "sk_psyk_lund": ("Vuxenpsykiatrimottagning Lund", SK + "4V80"),
    "sk_genetik_lund": ("Klinisk genetik, Skånes universitetssjukhus Lund", SK + "4W91"),
    "sk_ogon_malmo": ("Ögonmottagningen, Skånes universitetssjukhus Malmö", SK + "5X02"),
    "sk_njur_lund": ("Njurmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "4Y13"),
    "sk_ger_angel": ("Geriatriska kliniken, Ängelholms sjukhus", SK + "9Z24"),
    "sk_barnonk_lund": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", SK + "4A35"),
    "sk_kir_malmo": ("Kirurgiska kliniken, övre GI, Skånes universitetssjukhus Malmö", SK + "5B46"),
    "sk_brost_hbg": ("Bröstmottagningen, Helsingborgs lasarett", SK + "6C57"),
    "sk_bup_malmo": ("BUP-mottagning Malmö väster", SK + "5D68"),
    "sk_hud_lund": ("Hudmottagningen, Skånes universitetssjukhus Lund", SK + "4E79"),
    # ---- Region Skåne, PMO (primärvård) ----
    "sk_vc_hoor": ("Vårdcentralen Höör", SK + "P101"),
    "sk_vc_simris": ("Vårdcentralen Simrishamn", SK + "P102"),
    "sk_bvc_lomma": ("BVC Lomma", SK + "P103"),
    "sk_vc_eslov": ("Vårdcentralen Eslöv", SK + "P104"),
    "sk_vc_sjobo": ("Vårdcentralen Sjöbo", SK + "P105"),
    "sk_vc_tomelilla": ("Vårdcentralen Tomelilla", SK + "P106"),
    # ---- Västra Götalandsregionen, Melior ----
    "vg_reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011201"),
    "vg_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011202"),
    "vg_inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "E000000011203"),
    "vg_hema_su": ("Sektionen för hematologi, Sahlgrenska Universitetssjukhuset", VG + "E000000011204"),
    "vg_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011205"),
    "vg_med_nal": ("Medicinavdelning 52, NU-sjukvården NÄL", VG + "E000000011206"),
    "vg_kir_udd": ("Kirurgavdelning 21, Uddevalla sjukhus", VG + "E000000011207"),
    "vg_uro_skas": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", VG + "E000000011208"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", VG + "E000000011209"),
    "vg_hud_sas": ("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "E000000011210"),
    "vg_barn_dsbus": ("Barnkardiologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000011211"),
    "vg_kard_su": ("Hjärtmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011212"),
    "vg_gastro_alingsas": ("Medicinmottagningen gastroenterologi, Alingsås lasarett", VG + "E000000011213"),
    "vg_endo_kungalv": ("Endokrinmottagningen, Kungälvs sjukhus", VG + "E000000011214"),
    "vg_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E000000011215"),
    "vg_onh_su": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011216"),
    "vg_kvinno_ostra": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset/Östra", VG + "E000000011217"),
    "vg_akut_sas": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", VG + "E000000011218"),
    "vg_orto_molndal": ("Ortopedmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E000000011219"),
    "vg_psyk_skas": ("Psykiatrisk öppenvårdsmottagning, Skaraborgs Sjukhus Skövde", VG + "E000000011220"),
    "vg_genetik_su": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", VG + "E000000011221"),
    "vg_ogon_molndal": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "E000000011222"),
    "vg_njur_sas": ("Njurmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", VG + "E000000011223"),
    "vg_ger_alingsas": ("Geriatriska mottagningen, Alingsås lasarett", VG + "E000000011224"),
    "vg_neuro_nal": ("Neurologmottagningen, NU-sjukvården NÄL", VG + "E000000011225"),
    "vg_nkir_su": ("Neurokirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "E000000011226"),
    "vg_hjart_nal": ("Hjärtmottagningen, NU-sjukvården NÄL", VG + "E000000011227"),
    "vg_barnkir_dsbus": ("Barnkirurgiska akutmottagningen, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000011228"),
    "vg_neo_dsbus": ("Neonatalavdelningen, Drottning Silvias barn- och ungdomssjukhus", VG + "E000000011229"),
    "vg_barn_skas": ("Barn- och ungdomsmedicin, Skaraborgs Sjukhus Skövde", VG + "E000000011230"),
}

CASES = []


def luhn_check(digits9):
    total = 0
    for i, ch in enumerate(digits9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def pnr(birth, nnn):
    y, m, d = birth.split("-")
    core = y[2:] + m + d + nnn
    return "%s%s%s-%s%d" % (y, m, d, nnn, luhn_check(core))


def N(nid, system, template, unit, author, time, secs, signed="auto",
      setting="öppenvård"):
    """author = (name, role); time 'YYYY-MM-DDTHH:MM'; secs = [(keyword, text)]."""
    t = dt.datetime.strptime(time, "%Y-%m-%dT%H:%M")
    if signed == "auto":
        extra = 20 + (sum(len(x[1]) for x in secs) % 97)
        s = (t + dt.timedelta(minutes=extra)).strftime("%Y-%m-%dT%H:%M:00")
    elif signed is None:
        s = None
    else:
        s = signed + ":00"
    uname, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author[0], "role": author[1]},
        "time": t.strftime("%Y-%m-%dT%H:%M:00"),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in secs],
    }


def C(name, ruleset, birth, nnn, notes, must, must_not, why):
    last = max(dt.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
    as_of = min(last + dt.timedelta(days=3 + len(name) % 11),
                dt.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, nnn), "birth_date": birth,
                        "protected_identity": False},
            "as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S"),
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
TH = "Tidiga hypoteser"

# =====================================================================
# PART 1: NL102, hedged diagnoses in the consultation voice
# =====================================================================

# ---------- NL102 must ----------

C("d138-lung-remiss-fragestallning-sarkoidos", "skane", "1990-04-11", "204", [
    N("n1", M, "Remissbedömning", "sk_lung_lund", ("Karin Ek", "läkare"), "2024-02-06T09:12", [
        ("Remissorsak", "Remiss från vc Eslöv, dr Lindqvist. Frågeställning: sarkoidos? 34-årig kvinna med bilat hilusadenopati på lungrtg och erythema nodosum på båda underbenen sedan 3 v."),
        ("Bedömning", "Accepteras. Kallas till nybesök inom 4 v, spirometri med DLCO och DT thorax före besöket."),
    ]),
], [("NL102", "n1")], [], "the referring doctor's question 'sarkoidos?' quoted in a visible section of the receiving unit's Melior note is a hedged diagnosis")

C("d138-reuma-konsultsvar-forenigt-med-pmr-typo", "skane", "1950-01-23", "317", [
    N("n1", M, "Konsultationssvar", "sk_reuma_lund", ("Per Håkansson", "läkare"), "2024-03-14T13:40", [
        ("Frågeställning", "Från med avd 3: 74-årig man med bilat skuldersmärta, morgonstelhet 2 tim och SR 78. Vad tror reumatologen?"),
        ("Status", "Smärtsam abduktion i båda axlarna, ingen synovit i händernas småleder. Temporalisartärerna palpabla, ej ömma."),
        ("Bedömning", "Kliniskt förenigt med polymyalgia reumatika. Föreslår Prednisolon 15 mg x 1 och utvärdering efter en vecka; vi tar gärna över på mottagningen därefter."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "typo 'förenigt med' (förenligt med) polymyalgia reumatika in a konsultationssvar is a hedged diagnosis in a visible section")

C("d138-vgr-reuma-dd-reaktiv-artrit", "vgr", "1987-09-30", "158", [
    N("n1", M, "Mottagningsanteckning", "vg_reuma_su", ("Sofia Lindgren", "läkare"), "2024-05-21T10:05", [
        ("Anamnes", "Remitterad från ortopeden i Mölndal. Remittenten önskar bedömning av monoartrit i hö knä som kom två veckor efter en magsjuka i juli."),
        ("Bedömning", "DD reaktiv artrit, psoriasisartrit. Ledvätskan utan kristaller, odling neg."),
        ("Planering", "HLA-B27 tas, ny punktion vb. Återbesök om 6 v."),
    ]),
], [("NL102", "n1")], [], "a DD list of the patient's possible arthritides in Bedömning is hedged")

C("d138-vgr-inf-telkonsult-kan-rora-sig-om-neuroborrelios", "vgr", "1983-06-17", "031", [
    N("n1", M, "Telefonanteckning", "vg_inf_ostra", ("Jonas Åberg", "läkare"), "2024-08-12T11:20", [
        ("Telefonkontakt", "Konsultation per telefon från dr Haddad, VC Angered: 41-årig man med perifer facialispares vä sedan igår, fästingbett i juni. Kan röra sig om neuroborrelios. Råder till akut remiss för LP idag, pat kommer till oss kl 14."),
    ]),
], [("NL102", "n1")], [], "a telephone consultation between doctors, documented in the patient's Melior record, says 'kan röra sig om neuroborrelios'")

C("d138-lung-mdk-trolig-icke-smacellig", "skane", "1956-11-02", "442", [
    N("n1", M, "MDK-anteckning", "sk_lung_lund", ("Erik Bengtsson", "läkare"), "2024-04-09T15:30", [
        ("Deltagare", "Lungmedicin (dr Ek), thoraxkirurgi (dr Bengtsson), onkologi, radiologi och patologi."),
        ("Frågeställning", "Inremitterande önskar ställningstagande till fortsatt utredning av 3 cm tumör i hö överlob."),
        ("Konferensbeslut", "Bedöms som trolig icke-småcellig lungcancer, cT1cN0. Gå vidare med PET-DT och EBUS, åter till MDK när PAD finns."),
    ]),
], [("NL102", "n1")], [], "an MDK decision that calls the tumour 'trolig icke-småcellig lungcancer' is a hedged diagnosis in a visible section")

C("d138-vgr-neuro-second-opinion-sannolikt-als", "vgr", "1962-03-08", "679", [
    N("n1", M, "Second opinion", "vg_neuro_su", ("Annika Forsberg", "läkare"), "2024-09-03T14:00", [
        ("Anamnes", "Second opinion på begäran av pat och hans neurolog i Jönköping. Svaghet i hö hand sedan ett år, nu även talpåverkan."),
        ("Status", "Fascikulationer i båda vaderna och i tungan, hyperreflexi bilat, Babinski neg."),
        ("Bedömning", "Jag har tagit del av ENMG och MR halsrygg. Jag delar bedömningen att det sannolikt rör sig om ALS, även om kriterierna ännu inte är helt uppfyllda."),
    ]),
], [("NL102", "n1")], [], "a second opinion agreeing that it 'sannolikt rör sig om ALS' is still a hedged diagnosis")

C("d138-ogon-konsult-kan-inte-utesluta-temporalisarterit", "skane", "1948-07-19", "826", [
    N("n1", M, "Konsultationssvar", "sk_ogon_malmo", ("Leila Haddad", "läkare"), "2024-01-29T17:45", [
        ("Svar", "Tillfrågad av akutläkaren ang. plötslig synnedsättning hö öga sedan i morse. Visus hö 0,3, vä 1,0, blek svullen papill hö. Kan inte utesluta temporalisarterit med arteritisk ischemisk optikusneuropati. Rek SR och CRP akut och start av kortison före biopsi."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "'kan inte utesluta temporalisarterit' in an eye consultant's answer is a hedged diagnosis")

C("d138-vgr-endo-inger-misstanke-feokromocytom", "vgr", "1971-12-04", "240", [
    N("n1", M, "Remissbedömning", "vg_endo_kungalv", ("Maria Sandberg", "läkare"), "2024-06-18T08:50", [
        ("Remissorsak", "Remiss från hjärtmottagningen: paroxysmal hypertoni med hjärtklappning och svettningar, 2,8 cm binjureincidentalom vä."),
        ("Bedömning", "Symtombilden inger misstanke om feokromocytom. Bokas för P-metoxikatekolaminer och snabbt nybesök."),
    ]),
], [("NL102", "n1")], [], "'inger misstanke om feokromocytom' in the receiving unit's triage of the referral is hedged")

C("d138-med-rtg-diskussion-bild-som-vid-hp", "skane", "1961-05-25", "513", [
    N("n1", M, "Daganteckning", "sk_med_lkr", ("Oskar Nilsson", "läkare"), "2024-10-08T11:15", [
        ("Aktuellt", "Diskuterat DT thorax med dr Yilmaz på röntgen. Mosaikmönster och centrilobulära noduli, bild som vid hypersensitivitetspneumonit. Exponering? Pat har duvor i uthuset sedan många år."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "the radiologist's view relayed in the ward note, 'bild som vid hypersensitivitetspneumonit', is hedged")

C("d138-vgr-nkir-konsultsvar-talar-for-hypofysadenom", "vgr", "1979-02-14", "362", [
    N("n1", M, "Konsultationssvar", "vg_nkir_su", ("Henrik Dahl", "läkare"), "2024-03-26T12:30", [
        ("Bedömning", "Konsultationssvar till ögonkliniken: bitemporal hemianopsi och en 14 mm expansivitet i sella på MR talar för hypofysadenom. Prolaktin, IGF-1 och kortisol tas, pat bokas på vår mottagning inom 2 v."),
    ], signed=None),
], [("NL102", "n1")], [], "'talar för hypofysadenom' in a neurosurgical consultation answer is a hedged diagnosis")

C("d138-barn-oklart-om-absensepilepsi", "skane", "2016-10-12", "286", [
    N("n1", M, "Mottagningsanteckning", "sk_barn_hbg", ("Ingrid Mårtensson", "läkare"), "2024-02-20T09:30", [
        ("Anamnes", "Remiss från vc via skolsköterskan: korta episoder i klassrummet där flickan stirrar tomt i 5–10 sekunder och inte svarar på tilltal. Mamma har sett samma sak vid middagsbordet."),
        ("Bedömning", "Oklart om det föreligger absensepilepsi; hyperventilation på mottagningen utlöste ingen episod."),
        ("Planering", "EEG med HV och sömndeprivation. Föräldrarna ombeds filma episoder med mobilen."),
    ]),
], [("NL102", "n1")], [], "'oklart om det föreligger absensepilepsi' in a child's note (guardians read it) is a hedged diagnosis")

C("d138-kir-inremitterad-susp-appendicit", "skane", "1999-08-03", "457", [
    N("n1", M, "Inskrivningsanteckning", "sk_kir_csk", ("Ahmed Rahimi", "läkare"), "2024-07-14T22:10", [
        ("Anamnes", "Inremitterad från vc Tomelilla. Smärta runt naveln sedan igår kväll som vandrat ner mot hö fossa, illamående, ingen diarré."),
        ("Status", "Buk: ömhet över McBurney, släppöm, Rovsing pos. T 38,1."),
        ("Bedömning", "Susp. appendicit. Fastande, DT buk i natt, anmäls till op om fynd."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "the admitting surgeon writes 'susp. appendicit' in Bedömning")

C("d138-vgr-kir-konsult-fragetecken-pankreatit", "vgr", "1968-04-22", "093", [
    N("n1", M, "Konsultationssvar", "vg_kir_udd", ("Linnea Olofsson", "läkare"), "2024-11-02T03:25", [
        ("Bedömning", "Tillfrågad av medicinjouren. Epigastriesmärta med utstrålning mot ryggen, P-amylas 4,2. ? pankreatit. Alkoholintag enligt pat måttligt. Tas över till kir avd, UL gallvägar i morgon."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "a question-mark diagnosis '? pankreatit' in a surgical consult answer is hedged")

C("d138-vgr-gastro-missankt-celiaki-typo", "vgr", "1995-01-17", "524", [
    N("n1", M, "Remissbedömning", "vg_gastro_alingsas", ("Peter Wallin", "läkare"), "2024-04-15T10:40", [
        ("Bedömning", "Remiss från VC Lerum: järnbrist, lösa avföringar och viktnedgång 4 kg, transglutaminas-ak kraftigt förhöjda. Missänkt celiaki. Bokas för gastroskopi med duodenalbiopsier; pat ska äta gluten fram till undersökningen."),
    ]),
], [("NL102", "n1")], [], "typo 'Missänkt celiaki' (for misstänkt) is still a hedged diagnosis in a visible section")

C("d138-endo-telefon-fran-ystad-ev-addison", "skane", "1972-02-29", "148", [
    N("n1", M, "Telefonanteckning", "sk_endo_malmo", ("Maja Petersson", "läkare"), "2024-05-07T16:05", [
        ("Telefonkontakt", "Dr Svensson, medicinavd Ystad, ringer om 52-årig kvinna med Na 124, K 5,8, trötthet och mörk hy. Ev. Addisons sjukdom. Råd: ta kortisol och ACTH före behandling, ge Solu-Cortef 100 mg iv utan att invänta svar. Vi tar över på mottagningen när hon är stabil."),
    ]),
], [("NL102", "n1")], [], "'Ev. Addisons sjukdom' in a telephone consultation note is a hedged diagnosis of the patient")

C("d138-vgr-th-men-lackt-i-konsultsvar", "vgr", "1949-06-06", "731", [
    N("n1", M, "Läkaranteckning", "vg_minne_molndal", ("Gunilla Holm", "läkare"), "2024-09-17T13:20", [
        ("Tidiga hypoteser", "Misstänkt frontotemporal demens utifrån beteendeförändring och frontal atrofi på MR."),
        ("Bedömning", "Konsultationssvar skickat till remitterande vc: trolig frontotemporal demens, utredningen fortsätter med FDG-PET och neuropsykologisk testning."),
    ]),
], [("NL102", "n1")], [], "the hypothesis is correctly under the VGR sökord Tidiga hypoteser but also repeated hedged ('trolig') in visible Bedömning")

C("d138-skane-th-mall-sedan-remiss-i-vanlig-not", "skane", "1993-12-21", "268", [
    N("n1", M, TH, "sk_neuro_hbg", ("Fredrik Lund", "läkare"), "2024-03-04T10:10", [
        ("Bedömning", "Misstänkt multipel skleros efter genomgången optikusneurit och två periventrikulära lesioner på MR."),
    ]),
    N("n2", M, "Läkaranteckning", "sk_neuro_hbg", ("Fredrik Lund", "läkare"), "2024-03-04T10:40", [
        ("Planering", "LP bokad för oligoklonala band. Remiss för MR ryggmärg skickad med frågeställningen MS?"),
    ]),
], [("NL102", "n2")], [("NL102", "n1")], "the hypothesis in the Skåne Tidiga hypoteser template is protected, but the same doctor's ordinary note quotes the referral question 'MS?' visibly")

C("d138-akut-ingen-dvt-men-sannolikt-baker", "skane", "1958-09-14", "375", [
    N("n1", M, "Läkaranteckning", "sk_akut_trbg", ("Nadia Karlsson", "läkare"), "2024-06-25T19:35", [
        ("Bedömning", "UL utfört av röntgenjour efter konsultation: ingen DVT i vä ben. Sannolikt rupturerad Bakercysta, vätska längs mediala gastrocnemius."),
        ("Åtgärd", "Kompression, NSAID i 5 dagar. Åter vb."),
    ], signed=None),
], [("NL102", "n1")], [], "a negated DVT next to a hedged 'sannolikt rupturerad Bakercysta' still holds a hedged diagnosis")

C("d138-vgr-neuro-mor-ms-pat-mojlig-ms", "vgr", "1997-11-29", "946", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_su", ("Elin Ström", "läkare"), "2024-10-22T09:15", [
        ("Anamnes", "Remiss från VC Kortedala pga domningar i bålen och hö ben i 3 veckor. Modern har MS sedan 90-talet."),
        ("Bedömning", "Möjlig MS hos pat; sensorisk nivå Th10 talar för ett ryggmärgsengagemang. MR hjärna och ryggmärg prioriteras."),
    ]),
], [("NL102", "n1")], [], "the mother's confirmed MS does not protect the patient's own 'möjlig MS'")

C("d138-med-remiss-skickad-pga-misstankt-ibd", "skane", "2001-03-12", "409", [
    N("n1", M, "Mottagningsanteckning", "sk_med_ystad", ("Tove Bergqvist", "läkare"), "2024-04-30T14:50", [
        ("Åtgärd", "Remiss skickad till gastroenterologen SUS Malmö pga misstänkt IBD: F-kalprotektin 780, blodiga diarréer i 6 v."),
    ], signed=None),
], [("NL102", "n1")], [], "a hedged diagnosis inside a referral-sent sentence ('pga misstänkt IBD') is still a hedged diagnosis, not only a plan")

C("d138-vgr-kard-sokord-fragestallning-myokardit", "vgr", "2005-02-01", "555", [
    N("n1", M, "Konsultationssvar", "vg_kard_su", ("Mikael Jonsson", "läkare"), "2024-01-16T15:10", [
        ("Frågeställning", "Myokardit? 19-årig man med bröstsmärta efter luftvägsinfektion, TnT 230."),
        ("Svar", "Ekokardiografi med lätt nedsatt EF 48 % och hypokinesi inferolateralt. Rekommenderar MR hjärta och telemetri tills TnT sjunker."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "a section with sökord Frågeställning is ordinary visible text in VGR, and 'Myokardit?' is hedged")

C("d138-hema-remissbedomning-diffrentialdiagnostiskt-lymfom-typo", "skane", "1975-08-08", "820", [
    N("n1", M, "Remissbedömning", "sk_hema_lund", ("Jenny Rosén", "läkare"), "2024-08-27T11:00", [
        ("Bedömning", "Remiss från ÖNH Helsingborg: 3 cm lymfkörtel på hö halssida, FNP inkonklusiv. Diffrentialdiagnostiskt övervägs lymfom, därför bör körtelexstirpation göras hos ÖNH innan vi tar ställning."),
    ]),
], [("NL102", "n1")], [], "typo 'Diffrentialdiagnostiskt övervägs lymfom' is still a hedged diagnosis of the patient")

C("d138-vgr-neuro-citerad-remiss-hjarntumor", "vgr", "1966-05-03", "237", [
    N("n1", M, "Remissbedömning", "vg_neuro_nal", ("Björn Axelsson", "läkare"), "2024-02-12T08:35", [
        ("Remissorsak", "Remittentens fråga: \"hjärntumör?\". 58-årig kvinna med nytillkommen morgonhuvudvärk och personlighetsförändring enligt maken."),
        ("Bedömning", "MR hjärna prioriteras inom en vecka, nybesök direkt efter."),
    ]),
], [("NL102", "n1")], [], "a referral question quoted verbatim, 'hjärntumör?', still puts a hedged diagnosis in visible text")

C("d138-vgr-hema-svar-kan-inte-helt-utesluta", "vgr", "1959-10-27", "612", [
    N("n1", M, "Konsultationssvar", "vg_hema_su", ("Rebecka Nyström", "läkare"), "2024-11-19T10:20", [
        ("Svar", "Svar till hudkliniken, SÄS: lätt lymfocytos 5,8 och mjälte 14 cm. Vi kan inte helt utesluta en lågmalign lymfoproliferativ sjukdom, flödescytometri är beställd och pat kallas hit."),
    ]),
], [("NL102", "n1")], [], "'kan inte helt utesluta en lågmalign lymfoproliferativ sjukdom' is a hedged diagnosis")

C("d138-psyk-konsultation-sannolik-adhd", "skane", "1998-07-07", "183", [
    N("n1", M, "Konsultationsanteckning", "sk_psyk_lund", ("Ali Mansour", "läkare"), "2024-05-28T13:00", [
        ("Bedömning", "Konsultation på begäran av beroendemottagningen. Uppmärksamhetsproblem sedan lågstadiet, impulsivitet och DIVA-intervjun pekar åt samma håll. Sannolik ADHD, men fullständig neuropsykiatrisk utredning behövs innan farmakologisk behandling."),
    ]),
], [("NL102", "n1")], [], "'Sannolik ADHD' written by the consulted psychiatrist in a visible Melior section")

C("d138-vgr-barnkard-misstankt-kawasaki", "vgr", "2021-04-15", "029", [
    N("n1", M, "Konsultationssvar", "vg_barn_dsbus", ("Karl Lindahl", "läkare"), "2024-03-09T18:00", [
        ("Frågeställning", "Från barnavd 332: pojke 2 år med 5 dygns feber, konjunktivit, jordgubbstunga och svullna händer."),
        ("Bedömning", "Ekokardiografi: koronarkärlen normalkalibrerade. Misstänkt Kawasakis sjukdom, rek IVIG 2 g/kg och ASA enligt PM, nytt eko om 2 v."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "a paediatric cardiology consult answer with 'misstänkt Kawasakis sjukdom' for a child under 13")

C("d138-gastro-sannolkit-hemokromatos-typo", "skane", "1964-12-30", "770", [
    N("n1", M, "Remissbedömning", "sk_gastro_malmo", ("Hanna Lindberg", "läkare"), "2024-06-11T09:45", [
        ("Bedömning", "Remiss från VC Bara: ferritin 1450, transferrinmättnad 78 %. Sannolkit hemokromatos, HFE-gentest beställt, nybesök när svar finns."),
    ]),
], [("NL102", "n1")], [], "typo 'Sannolkit' (for sannolikt) hedging hemokromatos in visible text")

C("d138-vgr-hud-bilden-passar-med-lupus-long", "vgr", "1985-03-19", "488", [
    N("n1", M, "Konsultationssvar", "vg_hud_sas", ("Emma Björk", "läkare"), "2024-07-02T14:25", [
        ("Frågeställning", "Remitterande reumatolog undrar över utslag i ansiktet och på decolletaget hos 39-årig kvinna med artralgier och ANA 1:640."),
        ("Anamnes", "Utslagen kom i maj efter en vecka på Mallorca och har bleknat något under hösten. Pat tar inga nya läkemedel. Ingen munsårsproblematik, inget håravfall utöver det vanliga. Röker inte."),
        ("Status", "Fjällande, skarpt avgränsade plack på kinder och näsrygg, sparar de nasolabiala vecken. Rodnad i V-ringningen. Inga ärr, inga follikelpluggar. Slemhinnor ua. Naglar ua."),
        ("Bedömning", "Bilden passar med subakut kutan lupus erythematosus, möjligen som del av en systemisk sjukdom. Stansbiopsi tagen från vä kind för PAD och immunofluorescens."),
        ("Planering", "Solskydd faktor 50, Elocon kräm på kvällen i 3 v. Svar till reumatologen när PAD finns, återbesök hos oss om 6 v."),
    ]),
], [("NL102", "n1")], [], "a longer dermatology consultation with 'bilden passar med subakut kutan lupus' in Bedömning")

C("d138-vgr-inf-epikris-kardiologkonsult-sannolikt-paf-long", "vgr", "1957-03-06", "640", [
    N("n1", M, "Epikris", "vg_inf_ostra", ("Jonas Åberg", "läkare"), "2024-10-14T14:30", [
        ("Inskrivningsorsak", "Inremitterad från VC Bergsjön: 67-årig kvinna med frossa, feber 39,4 och vänstersidig flanksmärta sedan två dagar. Hade tagit en dos Selexid hemma utan effekt."),
        ("Anamnes", "Tidigare frisk bortsett från hypertoni, behandlad med Enalapril 10 mg. Inga kända allergier. Bor med maken i lägenhet, helt självständig. Röker inte, alkohol sparsamt."),
        ("Vårdförlopp", "Vid ankomst BT 92/55, puls 118, saturation 95 % på luft, CRP 286, LPK 19,8 och kreatinin 142. Blododling och urinodling växte E. coli känslig för cefotaxim. Behandlades med Cefotaxim 1 g x 3 iv i fyra dygn samt vätska och förbättrades snabbt. DT urinvägar utan avflödeshinder eller abscess. Dygn två noterades på telemetri förmaksflimmer med snabbt kammarsvar som slog om spontant efter sex timmar."),
        ("Konsultation", "Kardiologkonsult dr Hellström: sannolikt paroxysmalt förmaksflimmer utlöst av sepsis, CHA2DS2-VASc 3. Ekokardiografi utan klaffel, EF 60 %. Ställningstagande till antikoagulation efter Holterregistrering."),
        ("Diagnoser", "Akut pyelonefrit med E. coli-bakteriemi. Akut njurskada KDIGO 1, regredierad."),
        ("Uppföljning", "Peroral Ciprofloxacin 500 mg x 2 till totalt 10 dygns behandling. Enalapril återinsatt. Holter 72 tim och kreatininkontroll på VC om 2 v, svar på Holter skickas till hjärtmottagningen."),
    ], setting="slutenvård"),
], [("NL102", "n1")], [], "a long infection discharge summary whose only hedge is the cardiology consultant's 'sannolikt paroxysmalt förmaksflimmer'")

# ---------- NL102 must_not ----------

C("d138-vgr-inf-konsult-ingen-misstanke-endokardit", "vgr", "1952-08-21", "416", [
    N("n1", M, "Konsultationssvar", "vg_inf_ostra", ("Johan Ekström", "läkare"), "2024-02-27T11:45", [
        ("Svar", "Ombedd bedöma pat med S. aureus-bakteriemi efter höftprotesoperation. TEE utan vegetationer, inga embolifenomen. Ingen misstanke om endokardit. Behandlingstid 14 dygn iv räcker."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "the consultant rules endocarditis out ('ingen misstanke om'); the bacteremia itself is confirmed")

C("d138-njur-telefon-sannolikt-hemolyserat-prov", "skane", "1970-11-11", "291", [
    N("n1", M, "Telefonanteckning", "sk_njur_lund", ("Sara Holmberg", "sjuksköterska"), "2024-09-10T15:05", [
        ("Telefonkontakt", "Lab ringer: kalium 6,9 men provet sannolikt hemolyserat. Dr Nyberg informerad, ringt pat som mår bra. Nytt prov i morgon bitti på vc."),
    ]),
], [], [("NL102", "n1")], "the hedge concerns the blood sample (hemolysis), not a diagnosis of the patient")

C("d138-endo-differentialdiagnoserna-avskrivna", "skane", "1981-06-26", "654", [
    N("n1", M, "Mottagningsanteckning", "sk_endo_malmo", ("Viktor Sjöberg", "läkare"), "2024-10-15T10:30", [
        ("Bedömning", "Differentialdiagnoserna binjurebarksinsufficiens och hypotyreos har avskrivits: normalt synacthentest och TSH 1,9. Tröttheten kvarstår utan endokrin förklaring."),
        ("Planering", "Remitteras tillbaka till vc med svaret."),
    ]),
], [], [("NL102", "n1")], "the word Differentialdiagnoserna appears, but both diagnoses are explicitly written off")

C("d138-vgr-akut-dissektion-kan-uteslutas", "vgr", "1967-01-09", "803", [
    N("n1", M, "Läkaranteckning", "vg_akut_sas", ("Amira Haddad", "läkare"), "2024-12-03T02:40", [
        ("Bedömning", "DT-angio diskuterad med röntgenjouren: aortadissektion kan med säkerhet uteslutas. Troponin x 2 normala."),
        ("Åtgärd", "Hemgång med Alvedon, kontakt vc om besvären kvarstår."),
    ], signed=None),
], [], [("NL102", "n1")], "'kan med säkerhet uteslutas' is a ruled-out diagnosis, the opposite of 'kan ej uteslutas'")

C("d138-orto-ev-remiss-smartmottagning", "skane", "1955-04-04", "127", [
    N("n1", M, "Mottagningsanteckning", "sk_orto_hlm", ("Lars Mattsson", "läkare"), "2024-03-19T13:10", [
        ("Aktuellt", "Känd gonartros hö knä, remiss från vc för ställningstagande till protes. Pat vill vänta med operation."),
        ("Planering", "Kortisoninjektion given idag. Ev. remiss till smärtmottagningen om injektionen inte ger effekt."),
    ]),
], [], [("NL102", "n1")], "'Ev.' hedges a plan (a referral), not a diagnosis; the arthrosis is known")

C("d138-vgr-med-trolig-utskrivning-fredag", "vgr", "1938-10-18", "364", [
    N("n1", M, "Daganteckning", "vg_med_nal", ("Cecilia Persson", "läkare"), "2024-04-24T11:30", [
        ("Aktuellt", "Opererad för höftfraktur vä 15/4, nu på medicin pga hyponatremi som är korrigerad. Konsultation med geriatriken: pat klar att återgå till sitt boende."),
        ("Planering", "Trolig utskrivning fredag, ssk kontaktar boendet."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "'Trolig' hedges the discharge date, all diagnoses are confirmed")

C("d138-inf-telefonrad-om-feber-sok-akut", "skane", "1946-02-02", "599", [
    N("n1", M, "Telefonanteckning", "sk_inf_malmo", ("Oskar Lindholm", "läkare"), "2024-08-06T10:55", [
        ("Telefonkontakt", "Telefonråd till dr Ahmadi, VC Sjöbo: pat med cellulit vä underben som förbättras på Heracillin. Fortsätt totalt 10 dagar. Om feber eller snabb spridning av rodnaden, skicka in pat akut till oss."),
    ]),
], [], [("NL102", "n1")], "a conditional safety-net instruction to the referring doctor, with a confirmed cellulitis, holds no hedged diagnosis")

C("d138-vgr-neuro-talar-emot-myasteni", "vgr", "1944-09-05", "272", [
    N("n1", M, "Konsultationssvar", "vg_neuro_su", ("Tobias Lind", "läkare"), "2024-05-13T14:45", [
        ("Svar", "Svar till ögonkliniken: AChR-ak negativa och repetitiv stimulering utan dekrement. Sammantaget talar fynden emot myasthenia gravis, ptosen bedöms bero på senil aponeurosförsvagning."),
    ]),
], [], [("NL102", "n1")], "'talar emot myasthenia gravis' is a negation, not a hedge")

C("d138-lung-misstanken-bekraftad-biopsi", "skane", "1980-07-22", "336", [
    N("n1", M, "Mottagningsanteckning", "sk_lung_lund", ("Karin Ek", "läkare"), "2024-06-04T09:00", [
        ("Bedömning", "Misstanken om sarkoidos har nu bekräftats med icke-kazeifierande granulom i EBUS-biopsi från station 7. Stadium II, lungfunktion normal."),
        ("Planering", "Ingen behandling i nuläget, ny spirometri och lungrtg om 6 mån. Svar till remittenten på vc."),
    ]),
], [], [("NL102", "n1")], "the earlier suspicion is reported as confirmed by biopsy, so the diagnosis is no longer hedged")

C("d138-vgr-onh-inga-hallpunkter-malignitet", "vgr", "1973-03-31", "445", [
    N("n1", M, "Konsultationssvar", "vg_onh_su", ("Mats Ivarsson", "läkare"), "2024-02-15T13:35", [
        ("Frågeställning", "Heshet 8 veckor hos lärare, rökare tidigare."),
        ("Svar", "Fiberskopi: stämbanden rörliga, slemhinnorna ua. Inga hållpunkter för malignitet. Remiss till logoped för röstterapi, ingen ny kontroll hos oss."),
    ]),
], [], [("NL102", "n1")], "'inga hållpunkter för malignitet' in an ENT consultation answer is negated")

C("d138-kvinno-mdk-ingen-misstanke-recidiv", "skane", "1957-05-15", "908", [
    N("n1", M, "MDK-anteckning", "sk_kvinno_lund", ("Eva Nordin", "läkare"), "2024-11-26T15:15", [
        ("Frågeställning", "Tidigare behandlad ovarialcancer 2021, nu vaga buksmärtor. Behov av ytterligare utredning?"),
        ("Konferensbeslut", "PET-DT utan patologiskt upptag och CA-125 normalt. Ingen misstanke om recidiv av ovarialcancer. Fortsatt kontroll enligt vårdprogram."),
    ]),
], [], [("NL102", "n1")], "the MDK writes off recurrence; the question asks about need for work-up, not a diagnosis, and the old cancer is confirmed")

C("d138-vgr-kard-fragestallning-om-antikoagulation", "vgr", "1947-12-12", "067", [
    N("n1", M, "Konsultationssvar", "vg_kard_su", ("Anna Hellström", "läkare"), "2024-09-24T10:00", [
        ("Frågeställning", "Känt förmaksflimmer på Eliquis, planerad höftplastik 2/10. Hur ska antikoaguleringen hanteras perioperativt?"),
        ("Svar", "Sätt ut Eliquis 48 tim före op, ingen bryggning behövs. Återinsätt dag 1 postop om hemostasen är god."),
    ]),
], [], [("NL102", "n1")], "the Frågeställning section holds a management question with a '?', not a hedged diagnosis")

C("d138-genetik-morfar-trolig-lynch", "skane", "1989-01-05", "522", [
    N("n1", M, "Mottagningsanteckning", "sk_genetik_lund", ("Louise Wikström", "genetisk vägledare"), "2024-04-02T10:15", [
        ("Anamnes", "Remiss från kirurgen för genetisk vägledning. Modern avled 48 år i koloncancer, morfadern hade trolig Lynch enligt gamla journalkopior."),
        ("Aktuellt", "Pat själv utan symtom, koloskopi 2022 ua. Önskar anlagsbärartest, blodprov taget idag."),
    ]),
], [], [("NL102", "n1")], "the hedge 'trolig Lynch' concerns the grandfather, a relative, not the patient")

C("d138-vgr-kard-tel-ev-tatare-hjartklappning", "vgr", "1976-06-30", "380", [
    N("n1", M, "Telefonanteckning", "vg_hjart_nal", ("Malin Eriksson", "sjuksköterska"), "2024-10-29T13:40", [
        ("Telefonkontakt", "Ringer pat efter att ha konsulterat arytmiansvarig läkare. Känt paroxysmalt förmaksflimmer. Pat upplever ev. något tätare hjärtklappning senaste veckan. Holter 72 tim bokas, ingen ändring av medicinen tills vidare."),
    ]),
], [], [("NL102", "n1")], "'ev.' hedges a symptom (tätare hjärtklappning), the arrhythmia is known")

C("d138-pmo-vc-telkonsult-trol-pmr", "skane", "1951-09-09", "144", [
    N("n1", P, "Telefonkontakt", "sk_vc_hoor", ("Ulf Magnusson", "läkare"), "2024-01-22T11:10", [
        ("Telefonkontakt", "Tel-konsult med reumatologjouren i Lund. Trol. polymyalgia reumatika, start Prednisolon 15 mg enl deras råd och kontroll av SR om en vecka."),
    ]),
], [], [("NL102", "n1")], "PMO never shows diagnoses, so a hedged diagnosis after a phone consultation in PMO is not NL102")

C("d138-pmo-vc-misstankt-dvt-skickas-ystad", "skane", "1963-07-11", "258", [
    N("n1", P, "Besöksanteckning", "sk_vc_simris", ("Anna-Karin Holm", "läkare"), "2024-03-05T09:40", [
        ("Bedömning", "Svullet vä underben sedan 4 dagar, Wells 3. Misstänkt DVT, diskuterat med medicinjouren i Ystad som tar emot pat för UL idag."),
    ]),
], [], [("NL102", "n1")], "a hedged DVT in a PMO primary care note is never NL102")

C("d138-pmo-bvc-ev-hoftledsdysplasi", "skane", "2024-01-08", "366", [
    N("n1", P, "Besöksanteckning", "sk_bvc_lomma", ("Petra Lindqvist", "sjuksköterska"), "2024-02-06T10:20", [
        ("Aktuellt", "Fyra-veckorskontroll. Asymmetriska lårveck och osäker instabilitet i vä höft. Ev. höftledsdysplasi; BVC-läkaren har konsulterat barnortoped per telefon och remiss för UL är skickad."),
    ]),
], [], [("NL102", "n1")], "an infant's hedged hip dysplasia written in PMO (BVC) is outside NL102")

C("d138-vgr-hud-biopsi-bekraftar-psoriasis", "vgr", "1991-11-23", "717", [
    N("n1", M, "Mottagningsanteckning", "vg_hud_sas", ("Emma Björk", "läkare"), "2024-05-06T15:20", [
        ("Bedömning", "Hudbiopsin bekräftar psoriasis vulgaris. Svar till remitterande vc skickat."),
        ("Åtgärd", "Start Dovobet gel 1 gång dagligen i 4 v. Ingen ytterligare utredning."),
    ]),
], [], [("NL102", "n1")], "a biopsy-confirmed diagnosis in the answer back to primary care is not hedged")

C("d138-kir-konsult-ingen-missanke-appendicit-typo", "skane", "2002-04-18", "664", [
    N("n1", M, "Konsultationssvar", "sk_kir_csk", ("Ahmed Rahimi", "läkare"), "2024-07-30T21:15", [
        ("Svar", "Konsult från gyn: hö-sidig buksmärta hos 22-årig kvinna, graviditetstest neg. Mjuk buk, ingen släppömhet. Ingen missanke om appendicit; gyn fortsätter handläggningen av den kända ovarialcystan."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "typo 'missanke' inside a negation ('ingen missanke om appendicit') is still negated")

C("d138-vgr-orto-inga-tecken-pa-protesinfektion", "vgr", "1953-02-25", "539", [
    N("n1", M, "Mottagningsanteckning", "vg_orto_molndal", ("Sven Carlsson", "läkare"), "2024-08-20T10:45", [
        ("Anamnes", "Remiss från infektionsmottagningen efter ledpunktion av hö knäprotes pga värk."),
        ("Bedömning", "Ledvätska med LPK 800, odling neg efter 14 d. Inga tecken på protesinfektion. Ny ortopedisk kontroll om 3 mån."),
    ]),
], [], [("NL102", "n1")], "'inga tecken på protesinfektion' is negated")

C("d138-onk-telkonsult-ev-adjuvant", "skane", "1960-10-01", "475", [
    N("n1", M, "Telefonanteckning", "sk_onk_lund", ("Ingela Holm", "läkare"), "2024-03-15T09:25", [
        ("Telefonkontakt", "Konsultation per telefon med dr Svärd, kirurgen Helsingborg: känd rektalcancer, opererad 4/3 utan komplikationer. Ev. adjuvant kemoterapi diskuteras på MDK 20/3."),
    ]),
], [], [("NL102", "n1")], "'Ev.' hedges a treatment decision for a confirmed cancer, not a diagnosis")

C("d138-vgr-endo-mojligen-nedtrappning", "vgr", "1986-08-14", "902", [
    N("n1", M, "Mottagningsanteckning", "vg_endo_kungalv", ("Maria Sandberg", "läkare"), "2024-12-10T13:30", [
        ("Aktuellt", "Graves sjukdom sedan våren, remitterad från vc. Nu eutyreoid på Thacapzol 10 mg."),
        ("Planering", "Möjligen kan dosen trappas ned efter nyår. Ny TSH och fritt T4 om 6 v."),
    ]),
], [], [("NL102", "n1")], "'Möjligen' hedges a dose plan; the Graves diagnosis is confirmed")

C("d138-vgr-reuma-sle-uteslutes", "vgr", "1994-05-09", "186", [
    N("n1", M, "Konsultationssvar", "vg_reuma_su", ("Sofia Lindgren", "läkare"), "2024-06-27T11:50", [
        ("Svar", "Svar till VC Majorna: SLE uteslutes, ANA neg och komplementfaktorer normala. Artralgierna utan synovit, råd om fysisk aktivitet. Ingen uppföljning hos oss."),
    ], signed=None),
], [], [("NL102", "n1")], "'SLE uteslutes' in the consultation answer is ruled out")

C("d138-pmo-vc-trolgi-gikt-typo", "skane", "1969-03-03", "217", [
    N("n1", P, "Besöksanteckning", "sk_vc_eslov", ("Nils Åkesson", "läkare"), "2024-09-02T14:00", [
        ("Bedömning", "Trolgi gikt i vä stortåns grundled, urat 520. Diskuterat med reumatolog per telefon, start Colchicin."),
    ], signed=None),
], [], [("NL102", "n1")], "typo 'Trolgi' hedge in a PMO note; PMO never shows diagnoses")

C("d138-kard-fragestallning-operabel-aortastenos", "skane", "1936-12-19", "351", [
    N("n1", M, "Konsultationssvar", "sk_kard_lund", ("Helena Johansson", "läkare"), "2024-11-12T16:20", [
        ("Frågeställning", "Från ortopeden: kan pat med känd aortastenos opereras för collum femoris-fraktur i morgon?"),
        ("Svar", "Måttlig aortastenos, medelgradient 28 mmHg, EF 60 %. Inga hinder ur kardiell synvinkel, undvik kraftigt blodtrycksfall vid spinalbedövning."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "the referring question asks about operability, and the aortic stenosis and fracture are confirmed")

C("d138-vgr-kard-st-hojning-trol-artefakt", "vgr", "1982-01-28", "630", [
    N("n1", M, "Konsultationssvar", "vg_kard_su", ("Mikael Jonsson", "läkare"), "2024-07-18T20:30", [
        ("Svar", "EKG från avd 12 granskat på begäran av ortopedjouren: ST-höjningen i V1–V2 trol. artefakt pga felplacerade bröstelektroder. Nytt EKG med korrekt placering är normalt."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "'trol. artefakt' hedges a technical ECG finding, no diagnosis of the patient")

C("d138-vgr-barnkir-ingen-invagination-villkor", "vgr", "2023-05-20", "474", [
    N("n1", M, "Läkaranteckning", "vg_barnkir_dsbus", ("Hampus Berg", "läkare"), "2024-06-08T23:10", [
        ("Bedömning", "Remitterad från jourcentralen. Buken mjuk, UL utan target-tecken, inga tecken på invagination."),
        ("Planering", "Hem med föräldrarna. Åter direkt vid galliga kräkningar eller blod i blöjan."),
    ]),
], [], [("NL102", "n1")], "a child's note with a negated invagination and a conditional return instruction")

C("d138-med-misstanken-om-lungemboli-avskrivs", "skane", "1977-10-10", "849", [
    N("n1", M, "Daganteckning", "sk_med_lkr", ("Oskar Nilsson", "läkare"), "2024-02-22T12:05", [
        ("Bedömning", "DT lungangio diskuterad med röntgenläkaren, inga embolier. Misstanken om lungemboli avskrivs, dyspnén tolkas som astmaexacerbation i känd astma."),
    ], setting="slutenvård"),
], [], [("NL102", "n1")], "'misstanken om lungemboli avskrivs' is a written-off suspicion")

C("d138-vgr-uro-th-sokord-skyddar-synligt-negerat", "vgr", "1978-11-16", "583", [
    N("n1", M, "Mottagningsanteckning", "vg_uro_skas", ("Johanna Falk", "läkare"), "2024-10-01T09:20", [
        ("Tidiga hypoteser", "Möjlig interstitiell cystit, cystoskopi med hydrodistension planeras."),
        ("Bedömning", "Remiss från gyn pga blåssmärta. Urinodling neg vid tre tillfällen, ingen UVI. Cytologi utan maligna celler."),
    ]),
], [], [("NL102", "n1")], "the hedged diagnosis stands only under the VGR sökord Tidiga hypoteser; the visible part only has negated findings")

C("d138-vgr-ger-th-sokord-lewy-body", "vgr", "1942-04-27", "096", [
    N("n1", M, "Läkaranteckning", "vg_ger_alingsas", ("Karin Wallin", "läkare"), "2024-05-16T10:50", [
        ("Tidiga hypoteser", "Remittentens fråga om Lewy body-demens delas; synhallucinationer och fluktuerande vakenhet talar för det."),
        ("Aktuellt", "Nybesök med dottern. Minnessvikt i 2 år. MMT 23/30, klocktestet visar planeringssvårigheter."),
        ("Planering", "DaT-scan beställd. Återbesök om 8 v."),
    ]),
], [], [("NL102", "n1")], "the referring doctor's hypothesis and the geriatrician's view are kept only under the protected sökord")

C("d138-hema-th-mall-telkonsult-mds", "skane", "1945-06-13", "802", [
    N("n1", M, TH, "sk_hema_lund", ("Jenny Rosén", "läkare"), "2024-09-19T14:30", [
        ("Bedömning", "Telefonkonsultation med remittenten dr Nordin, Landskrona. Trolig myelodysplastiskt syndrom med tanke på makrocytos och bicytopeni; benmärgsprov planeras innan något kommuniceras."),
    ]),
], [], [("NL102", "n1")], "a Skåne note in the Tidiga hypoteser template is protected as a whole")

C("d138-pmo-vc-konsult-ssk-trol-uvi", "skane", "1940-07-31", "535", [
    N("n1", P, "Telefonkontakt", "sk_vc_tomelilla", ("Birgitta Olsson", "sjuksköterska"), "2024-08-28T08:20", [
        ("Telefonkontakt", "Hemsjukvården ringer om pat på korttidsboendet, förvirrad sedan igår och illaluktande urin. Konsulterat dr Ahlström: trol. UVI, urinodling tas och Selexid sätts in."),
    ]),
], [], [("NL102", "n1")], "another PMO note: a hedged UVI after a nurse-doctor consultation is not shown in 1177")

# =====================================================================
# PART 2: NL101, diagnoses the patient has / has not been told
# =====================================================================

# ---------- NL101 must ----------

C("d138-uro-konsultsvar-njurcellscancer-remittent-informerar", "skane", "1954-03-27", "418", [
    N("n1", M, "Konsultationssvar", "sk_uro_malmo", ("Daniel Persson", "läkare"), "2024-02-13T14:05", [
        ("Svar", "Svar till remittent, kir avd Trelleborg: DT urografi visar 5 cm kontrastuppladdande tumör i hö njures nedre pol, njurcellscancer. Pat är inte informerad om fyndet; remittenten ger beskedet före hemgång. Kallas till uromottagningen inom 2 v för planering av nefrektomi."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "the urologist's answer names renal cell cancer and says the patient is not yet informed, the referring doctor will tell")

C("d138-vgr-onk-telefon-levermetastaser-ej-besked", "vgr", "1958-12-08", "263", [
    N("n1", M, "Telefonanteckning", "vg_onk_su", ("Ulrika Strand", "läkare"), "2024-03-21T10:40", [
        ("Telefonkontakt", "Dr Sjöberg, kirurgen Uddevalla, ringer: DT visar multipla levermetastaser hos pat som opererades för koloncancer i januari. Pat har ännu inte fått besked om metastaserna. Vi erbjuder nybesök v 14, remittenten ger beskedet innan dess."),
    ]),
], [("NL101", "n1")], [], "a phone consultation records liver metastases and that the patient has not yet been told")

C("d138-kir-mdk-pankreascancer-besked-14-maj", "skane", "1951-07-04", "349", [
    N("n1", M, "MDK-anteckning", "sk_kir_malmo", ("Farid Ali", "läkare"), "2024-05-08T16:00", [
        ("Deltagare", "Övre GI-kirurgi, onkologi, radiologi, patologi, kontaktsjuksköterska."),
        ("Konferensbeslut", "Pankreascancer i caput med engagemang av a. mesenterica superior, ej resektabel. Remiss till onkologen för palliativ cytostatika."),
        ("Information", "Pat ännu ej informerad om vare sig diagnos eller konferensbeslut. Besked ges av dr Ali och kontaktsjuksköterska vid besök 14/5."),
    ]),
], [("NL101", "n1")], [], "an MDK note with a settled pancreatic cancer and an explicit line that the patient is not yet informed")

C("d138-neuro-second-opinion-msa-ej-informerad", "skane", "1957-01-30", "522", [
    N("n1", M, "Second opinion", "sk_neuro_hbg", ("Fredrik Lund", "läkare"), "2024-06-19T11:25", [
        ("Bakgrund", "Second opinion på begäran av neurologen i Kristianstad efter 18 mån progressiv gångstörning och ortostatism."),
        ("Bedömning", "Diagnosen multipel systematrofi, MSA-P, står sig: tidig autonom svikt, dåligt levodopasvar och typiska fynd i pons på MR. Enligt remittenten har pat inte informerats om diagnosen ännu, och vi lämnar det till den behandlande neurologen."),
    ]),
], [("NL101", "n1")], [], "a second opinion confirms MSA and says the referring neurologist has not yet told the patient")

C("d138-vgr-hud-pad-melanom-underattad-typo", "vgr", "1969-09-12", "445", [
    N("n1", M, "Läkaranteckning", "vg_hud_sas", ("Emma Björk", "läkare"), "2024-08-22T15:50", [
        ("Aktuellt", "PAD från excisionen på ryggen inkommet: malignt melanom, Breslow 1,4 mm, ulceration saknas. Pat ej underättad ännu; ssk ringer henne i morgon och bokar besök för utvidgad excision."),
    ]),
], [("NL101", "n1")], [], "typo 'underättad' (underrättad): a melanoma diagnosis in visible text that the patient has not been told")

C("d138-barnonk-all-foraldrar-och-barn-ej-informerade", "skane", "2018-02-14", "387", [
    N("n1", M, "Läkaranteckning", "sk_barnonk_lund", ("Ingrid Mårtensson", "läkare"), "2024-04-11T12:15", [
        ("Aktuellt", "Inremitterad från barnakuten Helsingborg med pancytopeni. Benmärgsundersökningen bekräftar akut lymfatisk leukemi av B-prekursortyp."),
        ("Information", "Varken föräldrarna eller pojken har informerats om diagnosen än. Informationssamtal med överläkare och kurator kl 15 idag."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "a child's confirmed leukaemia in visible text while neither child nor guardians (who read the journal) have been told")

C("d138-vgr-minne-alzheimer-maken-vill-narvara", "vgr", "1946-11-05", "708", [
    N("n1", M, "Läkaranteckning", "vg_minne_molndal", ("Gunilla Holm", "läkare"), "2024-09-26T13:10", [
        ("Diagnos", "Alzheimers sjukdom med sen debut, G30.1."),
        ("Bedömning", "Samstämmiga fynd i kognitiv testning, likvor och MR. Pat har inte fått diagnosen än, eftersom maken vill vara med vid beskedet; nytt besök 3/10."),
    ]),
], [("NL101", "n1")], [], "Alzheimer under sökord Diagnos while the patient has not received the diagnosis yet")

C("d138-psyk-konsult-schizofreni-ska-ej-informeras", "skane", "1996-05-22", "174", [
    N("n1", M, "Konsultationsanteckning", "sk_psyk_lund", ("Ali Mansour", "läkare"), "2024-10-03T14:40", [
        ("Bedömning", "Konsultation från psykosteamet: diagnosen schizofreni, paranoid form, ställs efter 6 månaders observation. Pat ska inte informeras ännu; behandlande läkare bedömer att han i nuläget inte klarar beskedet."),
    ]),
], [("NL101", "n1")], [], "a psychiatric consultation sets a diagnosis the patient is explicitly not to be told yet")

C("d138-vgr-inf-hiv-konfirmerad-ej-fatt-besked", "vgr", "1988-03-03", "591", [
    N("n1", M, "Telefonanteckning", "vg_inf_ostra", ("Johan Ekström", "läkare"), "2024-07-09T09:05", [
        ("Telefonkontakt", "Klinisk mikrobiologi ringer: HIV-1-infektion konfirmerad. Pat har ej fått besked; kallas till mottagningen i morgon utan att provsvaret nämns i telefon."),
    ]),
], [("NL101", "n1")], [], "a lab-to-doctor call documents a confirmed HIV infection the patient has not been told about")

C("d138-hema-myelom-ej-informerd-typo", "skane", "1949-10-19", "236", [
    N("n1", M, "Läkaranteckning", "sk_hema_lund", ("Jenny Rosén", "läkare"), "2024-11-05T10:10", [
        ("Bedömning", "Myelom IgG-kappa med 40 % plasmaceller i benmärgen, lytiska förändringar i bäckenet. Pat ej informerd, återbesök på torsdag för diagnosbesked och behandlingsstart."),
    ], signed=None),
], [("NL101", "n1")], [], "typo 'informerd' in an unsigned draft: myeloma visible while the patient is not informed")

C("d138-vgr-genetik-huntington-svar-ej-lamnat", "vgr", "1990-06-28", "852", [
    N("n1", M, "Mottagningsanteckning", "vg_genetik_su", ("Lena Björklund", "läkare"), "2024-04-23T10:45", [
        ("Resultat", "Huntingtons sjukdom bekräftad med 44 CAG-repetitioner i HTT-genen."),
        ("Planering", "Provsvaret är ännu inte lämnat till pat. Svarsbesök enligt protokoll med kurator 12/6, pat har själv valt datumet."),
    ]),
], [("NL101", "n1")], [], "a genetic diagnosis confirmed in visible Resultat while the answer is not yet given to the patient")

C("d138-kvinno-fryssnitt-ovarialcancer-ovetande", "skane", "1963-08-17", "460", [
    N("n1", M, "Operationsanteckning", "sk_kvinno_lund", ("Eva Nordin", "läkare"), "2024-02-28T13:55", [
        ("Åtgärd", "Laparotomi. Fryssnitt visar höggradig serös ovarialcancer, varför bilateral salpingooophorektomi, hysterektomi och omentektomi utförs."),
        ("Planering", "Pat är ännu ovetande om diagnosen och informeras av operatören på avdelningen när hon är vaken och smärtfri."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "'ovetande om diagnosen' after a frozen section showing ovarian cancer")

C("d138-vgr-lung-multinote-besked-vid-aterbesok", "vgr", "1955-10-09", "327", [
    N("n1", M, "Konsultationssvar", "vg_lung_su", ("Ola Martinsson", "läkare"), "2024-04-16T11:30", [
        ("Svar", "Svar till VC Frölunda: bronkoskopi med PAD visar småcellig lungcancer. Pat ännu inte informerad, beskedet ges vid återbesöket 22/4 hos oss."),
    ]),
    N("n2", M, "Mottagningsanteckning", "vg_lung_su", ("Ola Martinsson", "läkare"), "2024-04-22T10:00", [
        ("Aktuellt", "Besked om småcellig lungcancer lämnat idag, dottern närvarande. Pat tog beskedet sansat och ställde relevanta frågor."),
        ("Planering", "Remiss till onkologen för cytostatika och strålbehandling."),
    ]),
], [("NL101", "n1")], [("NL101", "n2")], "the consultation answer withholds the diagnosis (NL101 on n1); the return visit tells it (not NL101 on n2)")

C("d138-vgr-uro-th-sokord-men-diagnos-synlig", "vgr", "1950-02-11", "715", [
    N("n1", M, "Mottagningsanteckning", "vg_uro_skas", ("Johanna Falk", "läkare"), "2024-05-29T14:15", [
        ("Tidiga hypoteser", "Pat ej informerad om biopsisvaret, urologen på hemorten ger beskedet."),
        ("Diagnos", "Prostatacancer Gleason 4+4, C61."),
        ("Planering", "Skelettscint och MR bäcken beställda."),
    ]),
], [("NL101", "n1")], [], "the not-told statement sits under the protected sökord, but the diagnosis itself stands visibly under Diagnos")

C("d138-brost-besked-ej-per-telefon", "skane", "1972-04-05", "288", [
    N("n1", M, "Mottagningsanteckning", "sk_brost_hbg", ("Sara Lindblad", "läkare"), "2024-10-17T09:35", [
        ("Utredning", "Mammografi och mellannålsbiopsi från vä bröst: invasiv duktal bröstcancer, 18 mm, ER-positiv."),
        ("Planering", "Beskedet får inte lämnas per telefon; pat är ännu inte informerad och kallas till bröstmottagningen med kontaktsjuksköterska på måndag."),
    ]),
], [("NL101", "n1")], [], "breast cancer under Utredning while the patient is not yet informed")

C("d138-vgr-hema-kll-vc-bett-oss-ge-besked", "vgr", "1948-01-21", "034", [
    N("n1", M, "Remissbedömning", "vg_hema_su", ("Rebecka Nyström", "läkare"), "2024-03-12T08:40", [
        ("Bedömning", "Flödescytometri från remittenten visar kronisk lymfatisk leukemi, Rai 0. Pat har inte fått veta detta; vårdcentralen har bett oss ge beskedet vid nybesöket."),
    ]),
], [("NL101", "n1")], [], "the receiving haematologist notes a CLL diagnosis the referring centre has deliberately left to them to tell")

C("d138-lung-adenokarcinom-avvaktar-sonen-typo", "skane", "1944-06-09", "502", [
    N("n1", M, "Läkaranteckning", "sk_lung_lund", ("Karin Ek", "läkare"), "2024-07-03T15:20", [
        ("Bedömning", "Adenokarcinom i vä underlob, stadium IV med skelettmetastaser. Remittenten har valt att avvakta med beskedet tils sonen kan vara med, så pat vet inget ännu."),
        ("Planering", "Gemensamt besök med sonen bokat 9/7."),
    ]),
], [("NL101", "n1")], [], "'pat vet inget ännu' about a stage IV lung cancer written in a visible section (typo 'tils' in the withholding sentence)")

C("d138-vgr-hjart-hcm-ej-informerad-om-resultat", "vgr", "1993-09-01", "678", [
    N("n1", M, "Konsultationssvar", "vg_hjart_nal", ("Mikael Dahlberg", "läkare"), "2024-11-14T12:50", [
        ("Svar", "Svar till idrottsmedicin: MR hjärta visar hypertrofisk kardiomyopati med septumtjocklek 22 mm. Patienten är inte informerad om resultatet; genetisk vägledning diskuteras med honom innan beskedet."),
    ]),
], [("NL101", "n1")], [], "hypertrophic cardiomyopathy in the answer to the referring unit while the patient has not been told")

C("d138-ogon-retinitis-pigmentosa-mamma-med", "skane", "2000-12-24", "194", [
    N("n1", M, "Läkaranteckning", "sk_ogon_malmo", ("Leila Haddad", "läkare"), "2024-10-24T11:00", [
        ("Resultat", "ERG och genetisk analys bekräftar retinitis pigmentosa."),
        ("Planering", "Pat har inte fått diagnosen, hon vill att mamma följer med på besöket 2/11 då beskedet ges."),
    ], signed=None),
], [("NL101", "n1")], [], "retinitis pigmentosa confirmed in an unsigned draft; the patient has not been given the diagnosis")

C("d138-vgr-med-rtg-ringer-kotmetastas", "vgr", "1960-05-16", "521", [
    N("n1", M, "Daganteckning", "vg_med_nal", ("Cecilia Persson", "läkare"), "2024-06-13T13:25", [
        ("Aktuellt", "Röntgenläkaren ringer: MR visar metastas i Th8 med kotkompression hos pat med känd bröstcancer sedan 2019. Pat ej informerad om metastasen, onkologjouren kontaktas först."),
        ("Åtgärd", "Betapred 16 mg given, sängläge tills ryggmärgspåverkan bedömts."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "a radiologist's call reports a vertebral metastasis that the patient has not been told about")

C("d138-kir-pad-lymfkortelspridning-efter-helgen", "skane", "1959-11-28", "616", [
    N("n1", M, "Daganteckning", "sk_kir_csk", ("Ahmed Rahimi", "läkare"), "2024-09-13T15:45", [
        ("Aktuellt", "PAD från hemikolektomin: adenokarcinom pT3N1b, spridning till 3 av 22 lymfkörtlar."),
        ("Planering", "Pat ska ej informeras om lymfkörtelspridningen förrän efter helgen när ansvarig kirurg är i tjänst. Remiss onkologen skickas måndag."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "the patient must not be told about lymph node metastases until after the weekend")

C("d138-vgr-neo-trisomi-21-foraldrar-ej-informerade", "vgr", "2024-03-02", "140", [
    N("n1", M, "Läkaranteckning", "vg_neo_dsbus", ("Karl Lindahl", "läkare"), "2024-03-05T11:15", [
        ("Aktuellt", "Kromosomanalys från förlossningen inkommen: trisomi 21, Downs syndrom. Ekokardiografi visar en mindre VSD."),
        ("Planering", "Föräldrarna är inte informerade än; samtal med neonatolog och barnkardiolog planeras i eftermiddag."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "a newborn's confirmed Down syndrome in a visible section while the guardians have not been told")

C("d138-onh-biopsi-skivepitalcancer-typo", "skane", "1953-05-07", "273", [
    N("n1", M, "Mottagningsanteckning", "sk_onh_hbg", ("Jan Sundberg", "läkare"), "2024-01-31T10:25", [
        ("Utredning", "Biopsi från hö stämband: skivepitalcancer."),
        ("Planering", "Pat inte informerad om cancern; tid hos ÖNH-läkare på fredag för besked och planering inför MDK."),
    ]),
], [("NL101", "n1")], [], "typo in the diagnosis ('skivepitalcancer'): laryngeal cancer that the patient has not been told")

C("d138-vgr-kvinno-endometriecancer-vet-annu-inte", "vgr", "1961-03-14", "824", [
    N("n1", M, "Telefonanteckning", "vg_kvinno_ostra", ("Therese Lund", "läkare"), "2024-08-08T14:35", [
        ("Aktuellt", "Skrapsvar: endometrioid endometriecancer grad 1. Pat vet ännu inte om att hon har cancer; har ringt och bett henne komma på besök i morgon med anhörig."),
    ], signed=None),
], [("NL101", "n1")], [], "'vet ännu inte om att hon har cancer' together with the named endometrial cancer")

C("d138-vgr-gastro-ventrikelcancer-infomerad-typo", "vgr", "1947-07-25", "062", [
    N("n1", M, "Konsultationssvar", "vg_gastro_alingsas", ("Peter Wallin", "läkare"), "2024-12-05T13:05", [
        ("Svar", "Svar till medicinavdelningen: PAD från gastroskopin visar adenokarcinom i ventrikeln av intestinal typ. Pat inte infomerad ännu, besked vid återbesök med kontaktsjuksköterska nästa vecka."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "typo 'infomerad': gastric cancer in a consultation answer while the patient is not yet informed")

C("d138-endo-telefon-onh-papillar-tyreoideacancer", "skane", "1984-04-12", "345", [
    N("n1", M, "Telefonanteckning", "sk_endo_malmo", ("Viktor Sjöberg", "läkare"), "2024-02-08T15:55", [
        ("Telefonkontakt", "Samtal med dr Lund, ÖNH Lund: cytologin från tyreoideaknölen visar papillär tyreoideacancer. Vi enas om att ÖNH ger pat beskedet, hon känner inte till det ännu."),
    ]),
], [("NL101", "n1")], [], "a doctor-to-doctor call agrees who will tell the patient about a thyroid cancer she does not yet know about")

C("d138-vgr-njur-iga-nefropati-infromerad-typo", "vgr", "1992-10-30", "493", [
    N("n1", M, "Mottagningsanteckning", "vg_njur_sas", ("Niklas Berg", "läkare"), "2024-05-02T09:50", [
        ("Bedömning", "Njurbiopsin bekräftar IgA-nefropati med måttlig fibros. Pat har inte blivit infromerad än, svaret gås igenom vid besök 8/5."),
    ]),
], [("NL101", "n1")], [], "typo 'infromerad' in 'inte blivit informerad': IgA nephropathy not yet told")

C("d138-hud-skivepitelcancer-personal-far-inte-beratta", "skane", "1930-08-03", "551", [
    N("n1", M, "Konsultationssvar", "sk_hud_lund", ("Christina Ohlsson", "läkare"), "2024-03-28T11:40", [
        ("Frågeställning", "Från geriatriken: sår på hjässan som inte läker sedan i höstas."),
        ("Svar", "Stansbiopsi visar högt differentierad skivepitelcancer. Pat är inte underrättad; personalen ombeds att inte berätta förrän hudläkare träffat henne på torsdag."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "a dermatology answer names a skin cancer and asks ward staff not to tell the patient before the dermatologist has seen her")

C("d138-lung-epikris-mesoteliom-ej-informerad-long", "skane", "1953-01-19", "331", [
    N("n1", M, "Epikris", "sk_lung_lund", ("Karin Ek", "läkare"), "2024-08-09T15:10", [
        ("Inskrivningsorsak", "Inremitterad från medicinmottagningen i Ystad pga tilltagande andfåddhet och stor pleuravätska hö."),
        ("Anamnes", "71-årig man, tidigare plåtslagare på varvet i Malmö med asbestexponering under 1970-talet. KOL grad 2, typ 2-diabetes på Metformin. Bor med hustrun i villa i Skurup."),
        ("Status", "AT: opåverkad i vila, dyspné vid tal. Pulm: dämpning och nedsatta andningsljud hö basalt upp till mitten av skulderbladet. Cor: RR, inga blåsljud. Sat 91 % på luft."),
        ("Vårdförlopp", "Pleuradränage hö med 2,8 liter serosangvinös vätska, därefter tydlig lindring. DT thorax efter tömning: nodulär pleuraförtjockning hö som även engagerar mediastinala pleuran. Torakoskopi med pleurabiopsier utförd av thoraxkirurgen dag 4."),
        ("Diagnos", "Malignt pleuramesoteliom av epiteloid typ, C45.0."),
        ("Information", "PAD blev klart efter att hemgången redan planerats, och pat är ännu inte informerad om mesoteliomdiagnosen. Han vill ha hustrun med vid allt viktigt; besked ges på lungmottagningen 19/8 av dr Ek och kontaktsjuksköterska."),
        ("Uppföljning", "Anmäld till lungonkologisk MDK 15/8. PleurX-kateter lagd inför hemgång, distriktssköterskan tömmer två gånger per vecka. Arbetsskadeanmälan tas upp vid besöket."),
    ], setting="slutenvård"),
], [("NL101", "n1")], [], "a long discharge summary with mesothelioma under Diagnos and an Information section saying the patient is not yet told")

# ---------- NL101 must_not ----------

C("d138-onk-remiss-pat-informerad-rektalcacner-typo", "skane", "1962-09-20", "428", [
    N("n1", M, "Remissbedömning", "sk_onk_lund", ("Ingela Holm", "läkare"), "2024-01-18T10:00", [
        ("Bedömning", "Enligt remissen från kirurgen i Helsingborg är pat informerad om diagnosen rektalcacner och om att hon remitteras hit för preoperativ strålbehandling. Accepteras, kallas inom 1 v."),
    ]),
], [], [("NL101", "n1")], "the referral states the patient has been told of the rectal cancer (typo rektalcacner in the diagnosis)")

C("d138-vgr-hema-dlbcl-besked-vid-dagens-besok", "vgr", "1966-02-17", "376", [
    N("n1", M, "Mottagningsanteckning", "vg_hema_su", ("Rebecka Nyström", "läkare"), "2024-06-20T14:20", [
        ("Aktuellt", "Remitterad från ÖNH efter körtelexstirpation. PAD: diffust storcelligt B-cellslymfom, stadium II enligt PET-DT."),
        ("Information", "Pat informerad om diagnosen vid dagens besök tillsammans med sin fru, frågor besvarade. Skriftlig information om R-CHOP given."),
    ]),
], [], [("NL101", "n1")], "the lymphoma was told today, so nothing is uncommunicated")

C("d138-uro-ej-informerad-om-operationsdatum", "skane", "1956-07-29", "140", [
    N("n1", M, "Mottagningsanteckning", "sk_uro_malmo", ("Daniel Persson", "läkare"), "2024-04-04T13:30", [
        ("Aktuellt", "Känd prostatacancer sedan mars, diagnosbesked lämnat av urolog i Ystad enligt remissen."),
        ("Planering", "Robotassisterad prostatektomi. Pat ännu inte informerad om operationsdatum, planeras in när robottid finns."),
    ]),
], [], [("NL101", "n1")], "what is not yet told is the operation date, not the diagnosis")

C("d138-vgr-lung-ej-informerad-om-remiss-lungrehab", "vgr", "1950-11-07", "519", [
    N("n1", M, "Mottagningsanteckning", "vg_lung_su", ("Ola Martinsson", "läkare"), "2024-09-11T10:15", [
        ("Bedömning", "KOL grad 3 sedan flera år, stabil på trippelinhalation."),
        ("Åtgärd", "Remiss till lungrehabilitering skickad idag. Pat är inte informerad om remissen ännu, ssk ringer i morgon."),
    ]),
], [], [("NL101", "n1")], "the untold item is that a referral was sent; the COPD is long known")

C("d138-kard-eko-normal-ej-meddelad", "skane", "1979-05-31", "407", [
    N("n1", M, "Konsultationssvar", "sk_kard_lund", ("Helena Johansson", "läkare"), "2024-08-15T15:40", [
        ("Svar", "Ekokardiografi på remiss från vc pga blåsljud: normal vänsterkammarfunktion, inga klaffel, fysiologiskt flödesljud. Pat ännu ej meddelad om svaret, brev skickas."),
    ]),
], [], [("NL101", "n1")], "the untold information is a normal result, no diagnosis")

C("d138-vgr-neuro-th-sokord-parkinson-ej-informerad", "vgr", "1951-04-01", "248", [
    N("n1", M, "Mottagningsanteckning", "vg_neuro_nal", ("Björn Axelsson", "läkare"), "2024-02-29T09:40", [
        ("Tidiga hypoteser", "Idiopatisk Parkinsons sjukdom bedöms föreligga. Pat ännu inte informerad, vill komma tillbaka med sin maka."),
        ("Status", "Vilotremor i hö hand, bradykinesi och nedsatt medsvängning av hö arm. Gång med korta steg."),
        ("Planering", "Återbesök om 3 v tillsammans med makan."),
    ]),
], [], [("NL101", "n1")], "both the diagnosis and the not-told remark are only under the VGR protected sökord Tidiga hypoteser")

C("d138-minne-th-mall-vaskular-demens-ej-informerad", "skane", "1939-09-09", "385", [
    N("n1", M, TH, "sk_minne_malmo", ("Åsa Lindqvist", "läkare"), "2024-11-21T12:10", [
        ("Bedömning", "Konsultation med neuroradiolog: utbredda vitsubstansförändringar och lakunära infarkter. Vaskulär demens föreligger, men pat ej informerad i väntan på gemensamt samtal med dottern."),
    ]),
], [], [("NL101", "n1")], "the untold dementia diagnosis is written in the Skåne Tidiga hypoteser template, which is hidden")

C("d138-vgr-kvinno-cervixcancer-maken-ej", "vgr", "1982-07-13", "606", [
    N("n1", M, "Mottagningsanteckning", "vg_kvinno_ostra", ("Therese Lund", "läkare"), "2024-03-07T13:15", [
        ("Information", "Pat informerad om cervixcancer stadium IB1 och om planerad radikal hysterektomi. Hon vill inte att maken får veta diagnosen ännu, vilket respekteras."),
    ]),
], [], [("NL101", "n1")], "the patient has been told; only her husband has not")

C("d138-uro-mdk-urotelial-inget-om-information", "skane", "1948-03-25", "570", [
    N("n1", M, "MDK-anteckning", "sk_uro_malmo", ("Magnus Eklund", "läkare"), "2024-05-23T15:00", [
        ("Konferensbeslut", "Muskelinvasiv urotelial cancer i urinblåsan, cT2N0M0. Rekommenderar neoadjuvant cytostatika följt av cystektomi. Kontaktsjuksköterska bokar besök."),
    ]),
], [], [("NL101", "n1")], "a confirmed cancer in an MDK decision with nothing said about whether the patient is told")

C("d138-vgr-onk-besked-forra-veckan-pankreas", "vgr", "1955-08-30", "197", [
    N("n1", M, "Mottagningsanteckning", "vg_onk_su", ("Ulrika Strand", "läkare"), "2024-10-09T10:30", [
        ("Anamnes", "Pat fick beskedet om metastaserad pankreascancer av kirurgen på Östra i förra veckan. Remitterad hit för start av palliativ kemoterapi."),
        ("Planering", "Start FOLFIRINOX nästa vecka om blodstatus tillåter."),
    ]),
], [], [("NL101", "n1")], "the patient was told earlier by the referring surgeon")

C("d138-njur-pkd-behovt-ej-informeras-pa-nytt", "skane", "1974-12-03", "642", [
    N("n1", M, "Konsultationsanteckning", "sk_njur_lund", ("Sara Lindholm", "läkare"), "2024-07-25T11:20", [
        ("Aktuellt", "Pat känner väl till sin polycystiska njursjukdom och har inte behövt informeras på nytt. Konsultationen gäller förberedelse inför dialys, eGFR 12."),
        ("Åtgärd", "Remiss för AV-fistel skickad."),
    ], signed=None),
], [], [("NL101", "n1")], "'har inte behövt informeras på nytt' looks like a negation of telling but says the patient already knows")

C("d138-vgr-onk-mdk-beslut-ej-kommunicerat-analcancer", "vgr", "1964-01-14", "355", [
    N("n1", M, "MDK-anteckning", "vg_onk_su", ("Anders Hedlund", "läkare"), "2024-04-30T16:10", [
        ("Bakgrund", "Diagnosen analcancer är känd för pat sedan besöket på kirurgen 18/4."),
        ("Konferensbeslut", "Kurativ radiokemoterapi, 54 Gy med Mitomycin och Capecitabin. Beslutet är ännu inte kommunicerat till pat, kontaktsjuksköterskan ringer i morgon."),
    ]),
], [], [("NL101", "n1")], "what is not yet communicated is the treatment decision; the diagnosis itself is known to the patient")

C("d138-endo-typ1-ej-informerad-om-kontroll", "skane", "1999-06-15", "733", [
    N("n1", M, "Mottagningsanteckning", "sk_endo_malmo", ("Maja Petersson", "läkare"), "2024-12-12T09:15", [
        ("Aktuellt", "Typ 1-diabetes sedan 12 års ålder, överremitterad från barndiabetes. HbA1c 58."),
        ("Planering", "Pat har inte informerats om tid för nästa kontroll, kallelse skickas."),
    ]),
], [], [("NL101", "n1")], "the not-informed item is the next appointment")

C("d138-vgr-kir-cancer-uteslutet-ej-meddelat", "vgr", "1970-09-17", "802", [
    N("n1", M, "Konsultationssvar", "vg_kir_udd", ("Linnea Olofsson", "läkare"), "2024-07-24T13:50", [
        ("Svar", "Svar till VC Strömstad: koloskopi och PAD utan maligna celler, cancer har kunnat uteslutas. Pat ännu ej meddelad om det lugnande beskedet, ringer henne i eftermiddag."),
    ]),
], [], [("NL101", "n1")], "the patient has not been told that cancer was ruled out, a negative result, not a diagnosis")

C("d138-onk-glioblastom-avbojer-prognos", "skane", "1968-11-10", "290", [
    N("n1", M, "Mottagningsanteckning", "sk_onk_lund", ("Ingela Holm", "läkare"), "2024-06-06T14:00", [
        ("Information", "Pat är informerad om glioblastomet sedan neurokirurgen. Hon har bett att inte få detaljer om prognosen, vilket respekteras. Maken har fått samma information."),
    ]),
], [], [("NL101", "n1")], "the patient knows the diagnosis and only declines details of prognosis")

C("d138-vgr-hud-basalcell-besked-per-telefon", "vgr", "1945-12-01", "429", [
    N("n1", M, "Telefonanteckning", "vg_hud_sas", ("Josefin Åberg", "sjuksköterska"), "2024-11-28T10:30", [
        ("Telefonkontakt", "Besked om basalcellscancer på näsvingen lämnat per telefon idag enligt dr Björks ordination. Pat bokad för Mohs-kirurgi i januari."),
    ]),
], [], [("NL101", "n1")], "the skin cancer diagnosis was given by phone today")

C("d138-ger-dottern-ej-informerad", "skane", "1935-03-19", "663", [
    N("n1", M, "Läkaranteckning", "sk_ger_angel", ("Birgitta Nyman", "läkare"), "2024-01-25T11:45", [
        ("Bedömning", "Hjärtsvikt med bevarad ejektionsfraktion och nyupptäckt förmaksflimmer efter konsultation med kardiologen. Pat informerad om båda diagnoserna."),
        ("Planering", "Dottern är ännu inte informerad; pat vill berätta själv när hon kommer på söndag."),
    ], setting="slutenvård"),
], [], [("NL101", "n1")], "the patient was told, only the daughter has not been")

C("d138-vgr-uro-remittent-har-informerat", "vgr", "1957-02-22", "813", [
    N("n1", M, "Remissbedömning", "vg_uro_skas", ("Johanna Falk", "läkare"), "2024-08-01T08:55", [
        ("Bedömning", "Remittenten har informerat pat om att biopsierna visade prostatacancer, Gleason 3+4. Accepteras för bedömning av kurativ behandling."),
    ]),
], [], [("NL101", "n1")], "the referring doctor has already told the patient")

C("d138-hema-pv-ej-underrattad-om-jak2", "skane", "1961-10-04", "158", [
    N("n1", M, "Läkaranteckning", "sk_hema_lund", ("Jenny Rosén", "läkare"), "2024-03-26T13:00", [
        ("Aktuellt", "Känd polycytemia vera sedan 2021, venesectio var 6:e v."),
        ("Planering", "Pat inte underrättad om att JAK2-allelbördan ska mätas på nytt vid nästa provtagning, görs vid besöket."),
    ], signed=None),
], [], [("NL101", "n1")], "the patient has not been told about a planned lab test, which is no diagnosis")

C("d138-bup-17-ar-bipolar-foraldrar-ej", "skane", "2007-01-16", "564", [
    N("n1", M, "Läkaranteckning", "sk_bup_malmo", ("Hanna Sjöstedt", "läkare"), "2024-09-05T15:15", [
        ("Bedömning", "Bipolär sjukdom typ II efter konsultation med vuxenpsykiatrin. Pat, 17 år, informerad om diagnosen och om behandling med lamotrigin."),
        ("Planering", "Pat vill inte att föräldrarna informeras om diagnosen ännu, vilket respekteras tills vidare."),
    ]),
], [], [("NL101", "n1")], "a 17-year-old patient has been told; only the parents are not")

C("d138-vgr-neuro-mr-normal-ej-svar", "vgr", "1985-07-08", "292", [
    N("n1", M, "Remissvar", "vg_neuro_su", ("Elin Ström", "läkare"), "2024-12-17T11:05", [
        ("Svar", "Svar till VC Hisingen: MR hjärna utan patologi, inga demyeliniserande förändringar. Pat har ännu inte fått svaret, brev skickas i veckan."),
    ]),
], [], [("NL101", "n1")], "a normal MRI not yet told; 'inga demyeliniserande förändringar' is no diagnosis")

C("d138-gastro-uc-infromerad-typo", "skane", "1997-02-09", "125", [
    N("n1", M, "Mottagningsanteckning", "sk_gastro_malmo", ("Hanna Lindberg", "läkare"), "2024-05-14T10:35", [
        ("Bedömning", "Ulcerös kolit med pankolit enligt koloskopi och PAD. Pat infromerad om diagnosen och om behandling med Pentasa."),
    ]),
], [], [("NL101", "n1")], "typo 'infromerad' in a positive statement: the patient was told")

C("d138-vgr-hema-ssk-aml-kur-skjuts-upp", "vgr", "1971-04-26", "830", [
    N("n1", M, "Omvårdnadsanteckning", "vg_hema_su", ("Maria Lundqvist", "sjuksköterska"), "2024-10-23T09:20", [
        ("Telefonkontakt", "Avd 7 ringer ang. nästa cytostatikakur. Pat med känd akut myeloisk leukemi är inte informerad om att kur 3 skjuts upp en vecka pga neutropeni; läkare ringer henne under dagen."),
    ]),
], [], [("NL101", "n1")], "the untold information is a postponed treatment cycle, the leukaemia is known")

C("d138-inf-remittent-informerat-latent-tb", "skane", "1990-11-19", "318", [
    N("n1", M, "Remissbedömning", "sk_inf_malmo", ("Oskar Lindholm", "läkare"), "2024-02-01T14:30", [
        ("Bedömning", "Dr Berg, VC Bara, har informerat pat om positiv Quantiferon och latent tuberkulos. Lungröntgen ua. Nybesök på infektionsmottagningen för ställningstagande till förebyggande behandling."),
    ]),
], [], [("NL101", "n1")], "latent TB has been told to the patient by the referring GP")

C("d138-vgr-neuro-second-opinion-myasteni-valinformerad", "vgr", "1980-08-12", "751", [
    N("n1", M, "Second opinion", "vg_neuro_su", ("Tobias Lind", "läkare"), "2024-07-16T13:45", [
        ("Bedömning", "Jag instämmer i diagnosen seropositiv myasthenia gravis. Pat har fått diagnosen av sin neurolog i Borås och är välinformerad. Tymektomi rekommenderas."),
    ]),
], [], [("NL101", "n1")], "a second opinion where the patient already has the diagnosis and is well informed")

C("d138-vgr-hud-mdk-melanom-inget-om-information", "vgr", "1959-06-21", "366", [
    N("n1", M, "MDK-anteckning", "vg_hud_sas", ("Emma Björk", "läkare"), "2024-09-30T15:30", [
        ("Konferensbeslut", "MDK melanom: malignt melanom pT3a N1a på vä överarm. Rekommendation adjuvant immunterapi med nivolumab i 12 mån, remiss onkologen."),
    ]),
], [], [("NL101", "n1")], "a confirmed melanoma in an MDK decision, with nothing said about informing the patient")

C("d138-gastro-levercirros-fick-besked-idag", "skane", "1958-04-29", "476", [
    N("n1", M, "Mottagningsanteckning", "sk_gastro_malmo", ("Sebastian Holm", "läkare"), "2024-11-07T13:25", [
        ("Aktuellt", "Remitterad från vc pga trombocytopeni och förhöjda leverprover. Elastografi 24 kPa och DT med nodulär lever."),
        ("Information", "Pat hade inte informerats av remittenten, men fick beskedet om levercirros av mig idag. Vi pratade om alkohol och hon vill ha kontakt med beroendemottagningen."),
    ]),
], [], [("NL101", "n1")], "'hade inte informerats' of the referrer, but the patient was told today")

C("d138-vgr-reuma-konsultsvar-gpa-genomgangen-long", "vgr", "1970-05-27", "185", [
    N("n1", M, "Konsultationssvar", "vg_reuma_su", ("Petra Gustafsson", "läkare"), "2024-11-06T15:40", [
        ("Frågeställning", "Från ÖNH: 54-årig man med kronisk sinuit, blodig snuva och begynnande sadelnäsa, PR3-ANCA 86. Önskar reumatologisk bedömning och övertag."),
        ("Anamnes", "Sedan ett halvår täppt näsa med krustor och näsblod. Senaste månaden ledvärk i knän och fotleder samt hosta utan feber. Viktnedgång 5 kg. Inga ögonbesvär. Tidigare frisk, inga läkemedel."),
        ("Status", "AT: gott. Näsa: sadelform antydd. Lungor: ua auskultatoriskt. Leder: lätt svullnad vä fotled, ömhet utan synovit i knäna. Hud: palpabel purpura på underbenen. Neurologiskt ua."),
        ("Lab och bild", "Kreatinin 98. U-sticka blod 2+ och protein 1+, U-sediment med dysmorfa erytrocyter. DT thorax med två kaviterade noduli i hö lunga. Nasal biopsi från ÖNH: nekrotiserande granulomatös inflammation med vaskulit."),
        ("Bedömning", "Granulomatös polyangit med engagemang av övre luftvägar, lungor och njurar."),
        ("Information", "Diagnosen och behandlingsplanen är genomgångna med pat och hans fru idag. Han har fått skriftlig information och förstår att njurpåverkan gör att vi behöver agera snabbt."),
        ("Planering", "Njurbiopsi bokad på fredag. Start Prednisolon 60 mg och rituximab enligt schema, Bactrim som pneumocystisprofylax. Återbesök om 2 v, svar till ÖNH."),
    ]),
], [], [("NL101", "n1")], "a long consultation answer with a settled vasculitis that was explained to the patient today")

# =====================================================================
# validation and output
# =====================================================================

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed",
             "setting", "refs", "sections"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        name = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: keys %s" % (name, sorted(c)))
        if not name.startswith("d138-"):
            errs.append("%s: bad prefix" % name)
        if name in names:
            errs.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset" % name)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            errs.append("%s: record keys" % name)
        pat = rec["patient"]
        pid, birth = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format" % name)
        else:
            if pid[:8] != birth.replace("-", ""):
                errs.append("%s: pnr/birth mismatch" % name)
            core = pid[2:8] + pid[9:12]
            if luhn_check(core) != int(pid[12]):
                errs.append("%s: Luhn" % name)
        as_of = dt.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        if as_of.year != 2024:
            errs.append("%s: as_of not 2024" % name)
        age = age_at(birth, as_of)
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (name, age))
        ids = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append("%s: note keys" % name)
            ids[n["id"]] = n
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None and fld == "signed":
                    continue
                t = dt.datetime.strptime(v, "%Y-%m-%dT%H:%M:%S")
                if t.year != 2024:
                    errs.append("%s: %s not 2024" % (name, fld))
                if t > as_of:
                    errs.append("%s: %s after as_of" % (name, fld))
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % name)
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append("%s: PMO outside Skåne" % name)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errs.append("%s: section" % name)
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                            errs.append("%s: sentence repeated (also in %s): %r"
                                        % (name, seen[sent][0], sent))
                        seen.setdefault(sent, (name, n["id"], s["keyword"]))
        if len(ids) != len(rec["notes"]):
            errs.append("%s: duplicate note id" % name)
        if not (c["must"] or c["must_not"]):
            errs.append("%s: asserts nothing" % name)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append("%s: duplicate or contradictory assertion" % name)
        for code, tgt in pairs:
            if code not in ("NL101", "NL102"):
                errs.append("%s: unexpected code %s" % (name, code))
            if tgt not in ids:
                errs.append("%s: target %s missing" % (name, tgt))
                continue
            # NL102 positives only on Melior; PMO hedges are must_not (never shown)
            if (code == "NL102" and ids[tgt]["system"] != "Melior"
                    and [code, tgt] in c["must"]):
                errs.append("%s: NL102 must on non-Melior" % name)
            if code == "NL101" and ids[tgt]["system"] == "PMO":
                errs.append("%s: NL101 asserted on PMO" % name)
        if not c["why"].strip():
            errs.append("%s: empty why" % name)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print("%d cases written to %s" % (len(CASES), OUT))
    print("rulesets:", rs)
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
