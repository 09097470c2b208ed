#!/usr/bin/env python3
"""dev92 - dictated notes and speech recognition (taligenkänning).

Hand-written cases for NL101 / NL102: notes typed by medical secretaries from
dictation or produced by speech recognition. Long run-on sentences, missing or odd
punctuation, spoken punctuation left in ("punkt", "komma", "frågetecken", "nytt
stycke"), homophone and split-compound errors, numbers written as words, English
terms. Internal medicine, surgery and neurology; Skåne and VGR; Melior and PMO.

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev92_cases.jsonl")

# --------------------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-"
UNITS = {
    # Region Skåne, Melior (hospital care)
    "s_neuro_lund": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", SK + "7621"),
    "s_stroke_malmo": ("Strokeenheten, Skånes universitetssjukhus Malmö", SK + "5534"),
    "s_med_hbg": ("Medicinkliniken avd 51, Helsingborgs lasarett", SK + "3318"),
    "s_kir_hbg": ("Kirurgiska kliniken, Helsingborgs lasarett", SK + "3342"),
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", SK + "7003"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", SK + "3301"),
    "s_kir_csk": ("Kirurgkliniken, Centralsjukhuset Kristianstad", SK + "4417"),
    "s_med_ystad": ("Medicinavdelning 3, Lasarettet i Ystad", SK + "6120"),
    "s_kir_ystad": ("Kirurgmottagningen, Lasarettet i Ystad", SK + "6145"),
    "s_gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "5570"),
    "s_kard_lund": ("Hjärtavdelningen, Skånes universitetssjukhus Lund", SK + "7188"),
    "s_neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", SK + "3390"),
    "s_med_trelleborg": ("Medicinmottagningen, Lasarettet Trelleborg", SK + "6402"),
    "s_hema_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", SK + "7260"),
    "s_endo_malmo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", SK + "5591"),
    "s_kolorektal_malmo": ("Kolorektalkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "5612"),
    "s_med_hassleholm": ("Medicinkliniken, Hässleholms sjukhus", SK + "4480"),
    "s_karl_malmo": ("Kärlkirurgiska kliniken, Skånes universitetssjukhus Malmö", SK + "5648"),
    "s_neuro_csk": ("Neurologimottagningen, Centralsjukhuset Kristianstad", SK + "4436"),
    "s_minne_csk": ("Minnesmottagningen, Centralsjukhuset Kristianstad", SK + "4451"),
    "s_med_landskrona": ("Medicinmottagningen, Lasarettet i Landskrona", SK + "3877"),
    "s_inf_lund": ("Infektionskliniken, Skånes universitetssjukhus Lund", SK + "7235"),
    # Region Skåne, PMO (primary care)
    "p_vc_sodervarn": ("Vårdcentralen Södervärn, Malmö", SK + "8120"),
    "p_vc_eslov": ("Vårdcentralen Eslöv", SK + "8233"),
    "p_vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "8347"),
    "p_vc_hoor": ("Vårdcentralen Höör", SK + "8259"),
    "p_vc_simrishamn": ("Vårdcentralen Simrishamn", SK + "8461"),
    "p_hsv_tomelilla": ("Hemsjukvården, Vårdcentralen Tomelilla", SK + "8478"),
    "p_vc_angelholm": ("Vårdcentralen Ängelholm", SK + "8312"),
    # Västra Götalandsregionen, Melior
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2210"),
    "v_stroke_su": ("Strokeavdelning 132, Sahlgrenska Universitetssjukhuset", VG + "2237"),
    "v_kir_ostra": ("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset/Östra", VG + "2304"),
    "v_med_nal": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", VG + "3411"),
    "v_kir_sas": ("Kirurgkliniken, Södra Älvsborgs sjukhus Borås", VG + "4102"),
    "v_akut_molndal": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", VG + "2355"),
    "v_med_skovde": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", VG + "5016"),
    "v_kir_uddevalla": ("Kirurgavdelning 20, Uddevalla sjukhus", VG + "3467"),
    "v_neuro_sas": ("Neurologmottagningen, Södra Älvsborgs sjukhus Borås", VG + "4125"),
    "v_med_alingsas": ("Medicinkliniken, Alingsås lasarett", VG + "6031"),
    "v_med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", VG + "6108"),
    "v_gastro_su": ("Gastromottagningen, Sahlgrenska Universitetssjukhuset", VG + "2281"),
    "v_kard_su": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", VG + "2296"),
    "v_kir_skovde": ("Kirurgkliniken, Skaraborgs sjukhus Skövde", VG + "5044"),
    "v_neuro_nal": ("Neurologiska enheten, NU-sjukvården NÄL Trollhättan", VG + "3430"),
    "v_karl_su": ("Kärlkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", VG + "2319"),
}

# --------------------------------------------------------------------------- authors
AUTHORS = {
    "lindqvist": ("Johan Lindqvist", "läkare"),
    "persson": ("Maria Persson", "läkare"),
    "rahimi": ("Ahmad Rahimi", "läkare"),
    "sjoberg": ("Karin Sjöberg", "läkare"),
    "nystrom": ("Erik Nyström", "läkare"),
    "hakansson": ("Lena Håkansson", "sjuksköterska"),
    "bengtsson": ("Per-Olof Bengtsson", "läkare"),
    "alkhatib": ("Sara Al-Khatib", "läkare"),
    "ek": ("Anders Ek", "läkare"),
    "wikstrom": ("Helena Wikström", "läkare"),
    "olausson": ("Fredrik Olausson", "läkare"),
    "strand": ("Mikael Strand", "läkare"),
    "mattsson": ("Ingrid Mattsson", "sjuksköterska"),
    "berglund": ("Jonas Berglund", "läkare"),
    "karlsson": ("Elin Karlsson", "läkare"),
    "ahlgren": ("Nils Ahlgren", "läkare"),
    "oberg": ("Camilla Öberg", "läkare"),
    "hellstrom": ("Tobias Hellström", "läkare"),
    "hodzic": ("Amra Hodžić", "läkare"),
    "fransson": ("Gustav Fransson", "läkare"),
    "dahl": ("Ulrika Dahl", "sjuksköterska"),
    "sandberg": ("Viktor Sandberg", "läkare"),
    "yusuf": ("Mohammed Yusuf", "läkare"),
    "nordin": ("Birgitta Nordin", "läkare"),
    "wallin": ("Oskar Wallin", "läkare"),
    "axelsson": ("Emma Axelsson", "läkare"),
    "holm": ("Stefan Holm", "läkare"),
    "berg": ("Linnea Berg", "sjuksköterska"),
    "kjellberg": ("Rasmus Kjellberg", "läkare"),
    "tran": ("Minh Tran", "läkare"),
    "johansson": ("Agneta Johansson", "sjuksköterska"),
    "petrovic": ("Dragana Petrović", "läkare"),
}


# --------------------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def make_pnr(birth, name):
    y, m, d = birth.split("-")
    serial = "%03d" % (zlib.crc32(name.encode("utf-8")) % 1000)
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_digit(nine))


def N(nid, system, template, unit, author, time, signed, setting, sections):
    """time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (unsigned draft)."""
    t = datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
    s = None if signed is None else (t + datetime.timedelta(minutes=signed)).isoformat()
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": t.isoformat(),
        "signed": s,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": x} for k, x in sections],
    }


CASES = []


def C(name, ruleset, born, notes, must=(), must_not=(), why=""):
    last = max(datetime.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=2)
    rec = {
        "patient": {"id": make_pnr(born, name), "birth_date": born, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": notes,
        "access_events": [],
        "conversations": [],
        "treatments": [],
    }
    def parse(items):
        return [list(x.split(":")) for x in items]
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": rec,
        "must": parse(must),
        "must_not": parse(must_not),
        "why": why,
    })


M = "Melior"
P = "PMO"
OV = "öppenvård"
SV = "slutenvård"


# =========================================================================== NL102 must
# Hedged diagnosis of the patient in a visible section of a Melior note.

C("diktat-akut-misstankt-pneumoni-punkt-kvar", "skane", "1948-11-02", [
    N("n1", M, "Akutanteckning", "s_akut_lund", "lindqvist", "2024-01-14 22:40", 35, OV, [
        ("Aktuellt", "Sjuttiofemårig man som inkommer med ambulans pga feber och hosta sedan tre dagar tillbaka han har blivit alltmer andfådd och hustrun tycker att han varit lite förvirrad sedan i går kväll punkt Ingen bröstsmärta ingen hemoptys."),
        ("Status", "AT påverkat, andningsfrekvens tjugofyra, saturation nittio procent på luft, temp trettioåtta komma nio. Pulm: krepitationer höger basalt och dämpning höger bas. Cor: RR, inga blåsljud."),
        ("Bedömning", "Misstänkt pneumoni höger underlob punkt CRB-65 två poäng, läggs in på medicinavdelning för intravenös antibiotika bensylpenicillin tre gram gånger tre."),
    ])],
    must=["NL102:n1"], must_not=["NL101:n1"],
    why="dictated ER note with spoken 'punkt' left in; 'Misstänkt pneumoni' in Bedömning is a visible hypothesis; nothing said about telling")

C("diktat-lungemboli-fragetecken-utskrivet", "vgr", "1979-04-17", [
    N("n1", M, "Akutanteckning", "v_akut_molndal", "alkhatib", "2024-02-10 16:05", 50, OV, [
        ("Anamnes", "Fyrtiofyraårig kvinna som sedan i förrgår har hugg i höger sida av bröstkorgen vid djupandning hon flög hem från Thailand för en vecka sedan och tar p-piller komma ingen tidigare trombos."),
        ("Status", "Puls hundrafem regelbunden, blodtryck etthundratjugo över sjuttio, saturation nittiofyra procent. Höger vad möjligen något svullnare än vänster men ingen ömhet."),
        ("Bedömning", "Lungemboli frågetecken. D-dimer förhöjt tre komma två, skickas på DT lungartärer akut och ges fragmin i väntan på svar."),
    ])],
    must=["NL102:n1"],
    why="speech recognition wrote the spoken 'frågetecken' instead of '?' after the diagnosis: a visible hypothesis")

C("diktat-stroke-trolig-tia-siffror-i-ord", "skane", "1952-07-09", [
    N("n1", M, "Läkaranteckning", "s_stroke_malmo", "persson", "2024-02-19 10:20", 90, SV, [
        ("Aktuellt", "Pat insjuknade i går klockan tjugo och trettio med domningar i höger hand och svårt att hitta orden det gick över på ungefär tjugo minuter enligt hustrun punkt Nu helt besvärsfri."),
        ("Status", "Blodtryck hundrasextiofem över nittiofem, puls sjuttiotvå oregelbunden. NIHSS noll. Inga pareser, tal ua, ingen neglekt."),
        ("Bedömning", "Trolig TIA i vänster hemisfär, ABCD2 fem poäng. EKG visar förmaksflimmer som är nytt, planerar DT-angio halskärl och start av antikoagulantia efter att blödning uteslutits."),
    ])],
    must=["NL102:n1"],
    why="numbers dictated as words; 'Trolig TIA' stands in visible Bedömning")

C("diktat-barn-appendicit-kan-ej-uteslutas", "vgr", "2015-05-20", [
    N("n1", M, "Akutanteckning", "v_kir_ostra", "hellstrom", "2024-03-02 13:15", 40, OV, [
        ("Anamnes", "Åttaårig pojke som kommer med mamma pga ont i magen sedan i morse smärtan började runt naveln och har nu vandrat ner åt höger han har kräkts två gånger och vill inte äta."),
        ("Status", "Temp trettioåtta komma ett. Buk: palpationsöm i höger fossa, släppömhet, psoastecken negativt. CRP fyrtiotre, LPK fjorton komma två."),
        ("Bedömning", "Appendicit kan ej uteslutas. Ultraljud buk beställt, fastar, ny bedömning av kirurgjour efter svar."),
    ])],
    must=["NL102:n1"],
    why="child under 13 (guardian reads); 'Appendicit kan ej uteslutas' is an open hypothesis in a visible section")

C("diktat-neuro-differential-diagnos-isarskrivet-ms", "vgr", "1994-02-11", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "sandberg", "2024-01-25 11:10", 120, OV, [
        ("Anamnes", "Tjugonioårig kvinna remitterad från ögonkliniken efter en episod med dimsyn och smärta vid ögonrörelser på vänster öga i december det har successivt förbättrats. Hon beskriver också att hon för ett år sedan hade stickningar i båda benen i några veckor som hon inte sökte för."),
        ("Status", "Visus vänster noll komma sju, RAPD vänster. Nedsatt vibrationssinne distalt i benen, livliga reflexer bilat, Babinski negativ."),
        ("Bedömning", "Retrobulbär neurit vänster i kombination med tidigare sensoriska symtom, differential diagnos multipel skleros. MR hjärna och halsrygg samt LP planeras inom fyra veckor."),
    ])],
    must=["NL102:n1"],
    why="speech recognition split 'differentialdiagnos' into two words (typo class); MS is still a visible hypothesis")

C("diktat-inf-kan-rora-sig-om-protesendokardit", "skane", "1961-09-30", [
    N("n1", M, "Inskrivningsanteckning", "s_inf_lund", "rahimi", "2024-03-11 17:30", 75, SV, [
        ("Aktuellt", "Man sextiotvå år med mekanisk aortaklaff sedan tjugohundrafemton som har haft feber i två veckor upp till trettionio, nattsvettningar och gått ner fyra kilo har fått två kurer antibiotika på vårdcentralen utan effekt punkt Blododlingar från vårdcentralen växer streptokocker i två av två flaskor."),
        ("Status", "Nytillkommet systoliskt blåsljud tre av sex över aorta. Splinterblödningar under två naglar vänster hand."),
        ("Bedömning", "Kan röra sig om protesendokardit, workup med TEE i morgon och nya odlingar innan start av vancomycin och gentamicin enligt PM."),
    ])],
    must=["NL102:n1"],
    why="'kan röra sig om' plus English 'workup': the endocarditis is an unconfirmed hypothesis in visible text")

C("diktat-kir-bilden-talar-for-kolecystit", "skane", "1970-12-03", [
    N("n1", M, "Akutanteckning", "s_kir_hbg", "olausson", "2024-03-20 03:15", 30, OV, [
        ("Anamnes", "Kvinna femtiotre år med kända gallstenar sedan ultraljud tjugohundratjugotvå har sedan i natt haft konstant smärta under höger arcus som strålar mot skulderbladet hon har kräkts och frös i ambulansen."),
        ("Status", "Temp trettioåtta komma fyra, Murphys tecken positivt, ingen ikterus. Bilirubin tolv, ALP normalt, CRP hundrasextio."),
        ("Bedömning", "Bilden talar för akut kolecystit, läggs in på kirurgen punkt Ultraljud i morgon bitti och start av piperacillin tazobactam, ställningstagande till tidig kolecystektomi."),
    ])],
    must=["NL102:n1"],
    why="'talar för akut kolecystit' is a hedge on a diagnosis in visible Bedömning")

C("diktat-med-rtg-forenligt-med-hjartsvikt", "vgr", "1940-06-14", [
    N("n1", M, "Inskrivningsanteckning", "v_med_nal", "wallin", "2024-01-08 19:45", 60, SV, [
        ("Anamnes", "Åttiotreårig man som bor med sin fru i villa i Vänersborg han har blivit alltmer andfådd sista månaden och sover nu sittande i fåtöljen benen har svullnat upp ordentligt och han har gått upp fem kilo."),
        ("Status", "Halsvenstas, bibasala rassel upp till skulderbladsspetsen, pittingödem till knäna. Saturation nittiotvå procent."),
        ("Utredning", "Rtg pulm förenligt med hjärtsvikt med bilateral pleuravätska. NT-proBNP fyratusen åttahundra. EKG sinusrytm och vänstergrenblock som är känt sedan tidigare."),
        ("Planering", "Furosemid fyrtio milligram intravenöst två gånger dagligen, vikt dagligen, ekokardiografi under vårdtiden."),
    ])],
    must=["NL102:n1"],
    why="'förenligt med hjärtsvikt' under sökord Utredning is a visible hedged diagnosis")

C("diktat-neuro-misstankt-epelepsi-typo", "skane", "2000-03-28", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_lund", "nordin", "2024-04-03 09:40", 180, OV, [
        ("Anamnes", "Tjugofyraårig man som i samband med en fest i november föll ihop och ryckte i armar och ben i cirka en minut enligt kompisar han bet sig i tungan och var förvirrad en halvtimme efteråt punkt Andra episoden förra veckan på jobbet utan alkohol men efter en natt med fyra timmars sömn."),
        ("Bedömning", "Två anfall med tungbett och postiktal förvirring, misstänkt epelepsi av generaliserad typ. EEG med sömndeprivation och MR hjärna enligt epilepsiprotokoll, informerat om bilkörningsförbud enligt körkortsföreskrifterna."),
    ])],
    must=["NL102:n1"],
    why="typo 'epelepsi' in the diagnosis word; 'misstänkt' epilepsy is a visible hypothesis")

C("diktat-kir-miss-tankt-divertikulit-typo", "vgr", "1963-08-19", [
    N("n1", M, "Akutanteckning", "v_kir_sas", "fransson", "2024-04-12 15:50", 45, OV, [
        ("Aktuellt", "Sextioårig kvinna med ont i vänster fossa sedan fyra dagar lös avföring och feber trettioåtta komma två i går hon hade liknande för två år sedan som gick över med antibiotika på vårdcentralen"),
        ("Status", "Buken mjuk men palpationsöm vänster fossa, ingen défense. CRP etthundraåtta, LPK tolv."),
        ("Bedömning", "Miss tänkt divertikulit utan tecken på perforation kliniskt. DT buk med kontrast i eftermiddag, vätska och smärtlindring, fasta tills vidare."),
    ])],
    must=["NL102:n1"],
    why="speech recognition split 'misstänkt' into 'Miss tänkt' (typo); divertikulit still hedged in visible text")

C("diktat-kard-sannolikt-nstemi", "skane", "1957-01-23", [
    N("n1", M, "Läkaranteckning", "s_kard_lund", "holm", "2024-04-23 08:55", 70, SV, [
        ("Aktuellt", "Dag två på hjärtavdelningen pat har inte haft några nya bröstsmärtor under natten sover gott och har varit uppe och gått i korridoren"),
        ("Utredning", "Troponin T sextiotvå vid ankomst, åttiofem efter tre timmar och nu hundrafyrtio. EKG med ST-sänkningar en millimeter i V fyra till V sex, oförändrade mot i går."),
        ("Bedömning", "Sannolikt NSTEMI, kranskärlsröntgen planerad i morgon förmiddag. Fortsätter ticagrelor nittio milligram gånger två, ASA och fragmin, fastande från midnatt."),
    ])],
    must=["NL102:n1"],
    why="'Sannolikt NSTEMI' in visible Bedömning of a ward note")

C("diktat-akut-inger-misstanke-om-sah", "vgr", "1975-10-05", [
    N("n1", M, "Akutanteckning", "v_akut_molndal", "tran", "2024-05-04 18:25", 25, OV, [
        ("Anamnes", "Kvinna fyrtioåtta år som under träningspass på gym i eftermiddag fick plötslig kraftig huvudvärk i nacken värsta i hela hennes liv hon kräktes två gånger och har varit ljuskänslig sedan dess"),
        ("Status", "GCS femton, nackstel vid flexion, inga fokala bortfall. Blodtryck hundrasjuttio över hundra."),
        ("Bedömning", "Anamnesen inger misstanke om subaraknoidalblödning, DT hjärna akut och vid negativ DT LP efter tolv timmar. Kontakt med neurokirurgjour vid positivt fynd."),
    ])],
    must=["NL102:n1"],
    why="'inger misstanke om subaraknoidalblödning' is a visible hypothesis")

C("diktat-med-bild-som-vid-ovre-gi-blodning", "skane", "1944-02-29", [
    N("n1", M, "Inskrivningsanteckning", "s_med_ystad", "ek", "2024-05-09 21:10", 55, SV, [
        ("Aktuellt", "Åttioårig man som står på elikvis pga förmaksflimmer söker pga svart avföring i tre dagar och yrsel när han reser sig han har också tagit ipren för ryggvärk senaste veckan"),
        ("Status", "Blek, puls hundratio, blodtryck hundra över sextio liggande. Rektalundersökning: melena på handsken."),
        ("Bedömning", "Bild som vid övre GI-blödning, troligen ulcus i ventrikel eller duodenum med tanke på NSAID punkt Hb sjuttioåtta från hundratjugofyra i januari, två påsar blod beställda, Eliquis pausas, pantoprazol infusion och gastroskopi i morgon."),
    ])],
    must=["NL102:n1"],
    why="'Bild som vid' and 'troligen ulcus' in visible Bedömning; drug name misheard as 'elikvis' in Aktuellt")

C("diktat-neuro-misstankt-gillian-barre-homofon", "vgr", "1988-12-12", [
    N("n1", M, "Inskrivningsanteckning", "v_neuro_sas", "petrovic", "2024-05-15 14:35", 95, SV, [
        ("Aktuellt", "Trettiofemårig man som för tre veckor sedan hade magsjuka och nu sedan fem dagar har stickningar i fötter och händer och svårt att gå i trappor han tappar saker ur händerna."),
        ("Status", "Symmetrisk svaghet proximalt i benen fyra av fem, arefleksi i benen, nedsatta reflexer i armarna. Vitalkapacitet tre komma en liter."),
        ("Bedömning", "Misstänkt Gillian Barré syndrom efter gastroenterit. LP och neurografi i morgon, vitalkapacitet tre gånger dagligen, IVIG diskuteras med bakjour."),
    ])],
    must=["NL102:n1"],
    why="eponym misheard as 'Gillian Barré' by speech recognition; still a 'Misstänkt' diagnosis in visible text")

C("diktat-kir-trolig-adherensileus", "skane", "1951-04-08", [
    N("n1", M, "Akutanteckning", "s_kir_csk", "strand", "2024-05-27 02:20", 40, OV, [
        ("Anamnes", "Sjuttiotreårig kvinna laparotomerad för ovarialcancer tjugohundraarton har sedan i går krampartade buksmärtor och kräkningar och ingen gas eller avföring sedan i förrgår"),
        ("Status", "Buken spänd och uppblåst, livliga metalliska tarmljud, diffust öm. Inga bråckportar palperas."),
        ("Bedömning", "Trolig adherensileus i tunntarmen punkt Ventrikelsond sätts, DT buk med peroral kontrast, dropp, ny bedömning i kväll."),
    ])],
    must=["NL102:n1"],
    why="'Trolig adherensileus' in a visible surgical ER note")

C("diktat-med-ev-pyelonefrit", "vgr", "1998-07-01", [
    N("n1", M, "Inskrivningsanteckning", "v_med_skovde", "axelsson", "2024-06-01 20:05", 65, SV, [
        ("Aktuellt", "Tjugofemårig kvinna med sveda vid miktion sedan en vecka och nu sedan i går frossa och ont i höger flank hon har inte tagit något antibiotika"),
        ("Status", "Temp trettionio komma två, dunkömhet höger njurloge. U-sticka nitrit positiv, leukocyter tre plus. hCG negativt."),
        ("Bedömning", "Ev. pyelonefrit höger, odlingar tagna. Cefotaxim ett gram gånger tre intravenöst, ultraljud njurar om ingen förbättring på två dygn."),
    ])],
    must=["NL102:n1"],
    why="'Ev. pyelonefrit' (abbreviated hedge) on a diagnosis in visible text")

C("diktat-neuro-mojlig-parkinson-komma-kvar", "skane", "1954-11-17", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_hbg", "ahlgren", "2024-06-05 10:30", 240, OV, [
        ("Anamnes", "Sextionioårig man remitterad från vårdcentralen för darrningar i höger hand sedan cirka ett år hustrun har märkt att han går med små steg och att han har blivit tystare i rösten han har också förlorat luktsinnet för några år sedan"),
        ("Status", "Vilotremor höger hand, rigiditet med kugghjulsfenomen höger arm, nedsatt medrörelse av höger arm vid gång, bradykinesi vid fingertapping höger mer än vänster."),
        ("Bedömning", "Möjlig Parkinsons sjukdom med högersidig debut. Provbehandling med levodopa diskuteras vid nästa besök, DaTSCAN beställd komma återbesök om tre månader."),
    ])],
    must=["NL102:n1"],
    why="'Möjlig Parkinsons sjukdom' in visible Bedömning; spoken 'komma' left in")

C("diktat-med-en-mening-kan-inte-utesluta-temporalisarterit", "vgr", "1946-05-30", [
    N("n1", M, "Akutanteckning", "v_med_alingsas", "karlsson", "2024-06-11 11:45", 30, OV, [
        ("Bedömning", "Sjuttioåttaårig kvinna med nytillkommen tinninghuvudvärk höger sida sedan tre veckor ont när hon tuggar och SR sjuttiofem CRP fyrtioåtta temporalisartären höger är öm och pulslös vid palpation kan inte utesluta temporalisarterit och startar därför prednisolon sextio milligram i dag remiss skickad för ultraljud av temporalisartärerna och ögonläkarbedömning om synpåverkan tillkommer"),
    ])],
    must=["NL102:n1"],
    why="one unpunctuated dictated sentence; 'kan inte utesluta temporalisarterit' is a visible hypothesis")

C("diktat-kir-dd-pankreatit-perforerat-ulkus", "skane", "1969-09-09", [
    N("n1", M, "Akutanteckning", "s_kir_ystad", "berglund", "2024-06-16 23:10", None, OV, [
        ("Anamnes", "Femtiofyraårig man med stort alkoholintag senaste tiden ont i övre delen av buken sedan i går kväll som strålar rakt bak i ryggen har kräkts flera gånger"),
        ("Status", "Öm i epigastriet, ingen peritonit. Amylas i väntan, CRP trettio, bilirubin normalt."),
        ("Bedömning", "DD pankreatit komma perforerat ulkus. Rtg buk och DT beställda, fasta, Ringer-Acetat och morfin vid behov."),
    ])],
    must=["NL102:n1"],
    why="unsigned draft; 'DD' followed by two differential diagnoses in visible Bedömning")

C("diktat-barn-fragestallning-neuroborrelios", "vgr", "2016-08-02", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "hodzic", "2024-08-19 13:40", 85, OV, [
        ("Aktuellt", "Åttaårig flicka som kommer med pappa pga att hon sedan i förrgår inte kan stänga vänster öga och munnen hänger på vänster sida hon hade ett fästingbett i juli enligt pappa med rodnad runt bettet"),
        ("Status", "Perifer facialispares vänster med påverkan på pannan, i övrigt neurologiskt ua. Inget erythema migrans i dag."),
        ("Bedömning", "Frågeställning neuroborrelios. LP utförd i EMLA, svar på borreliaserologi i likvor dröjer ungefär en vecka, start av ceftriaxon intravenöst i väntan."),
    ])],
    must=["NL102:n1"],
    why="child under 13; 'Frågeställning neuroborrelios' is an open diagnostic question in visible text")

C("diktat-med-oklart-om-sarkoidos-eller-lymfom", "skane", "1983-03-15", [
    N("n1", M, "Mottagningsanteckning", "s_med_trelleborg", "wikstrom", "2024-08-22 14:15", 150, OV, [
        ("Aktuellt", "Fyrtioettårig kvinna som kommer för svar på DT thorax som gjordes pga torrhosta och trötthet sedan i höstas"),
        ("Utredning", "DT thorax visar bilaterala förstorade hilusnoder upp till två centimeter, inga lungförändringar i övrigt. ACE lätt förhöjt, kalcium normalt."),
        ("Bedömning", "Oklart om det rör sig om sarkoidos eller lymfom, remiss till lungmottagningen för EBUS punkt nytt stycke Pat har fått ta del av DT-svaret och vet att vi utreder vidare."),
    ])],
    must=["NL102:n1"],
    why="'Oklart om det rör sig om sarkoidos eller lymfom' hedges two diagnoses in visible text; 'nytt stycke' left in")

C("diktat-kir-susp-koloncancer-sigmoideum", "vgr", "1958-06-22", [
    N("n1", M, "Mottagningsanteckning", "v_kir_skovde", "olausson", "2024-03-06 09:20", 200, OV, [
        ("Aktuellt", "Sextiofemårig man remitterad efter positivt screeningtest för blod i avföringen han har själv inte märkt något men tycker att han varit tröttare och har gått ner lite i vikt"),
        ("Utredning", "Hb hundrasju, ferritin åtta. DT kolon i förra veckan: väggförtjockning i sigmoideum på fyra centimeter med lätt stråkighet i omgivande fett."),
        ("Bedömning", "Susp. koloncancer i sigmoideum. Koloskopi med biopsi bokad vecka tolv punkt"),
    ])],
    must=["NL102:n1"],
    why="'Susp.' abbreviation on koloncancer in visible Bedömning, trailing spoken 'punkt'")

C("diktat-akut-bakteriell-meningit-inte-uteslutet", "skane", "2004-10-10", [
    N("n1", M, "Akutanteckning", "s_akut_hbg", "yusuf", "2024-09-07 04:30", 20, OV, [
        ("Anamnes", "Nittonårig man som bor i studentkorridor i Lund feber sedan i morse huvudvärk och kräkning kompisen tycker att han är seg"),
        ("Status", "Temp trettionio komma sex, nackstel, inga petekier, GCS fjorton. Kernigs tecken positivt."),
        ("Bedömning", "Bakteriell meningit inte uteslutet. Blododlingar tagna, betapred och cefotaxim plus ampicillin ges direkt före DT och LP enligt vårdprogram, IVA-konsult underrättad."),
    ])],
    must=["NL102:n1"],
    why="hard positive: 'inte uteslutet' contains a negation word but means the meningitis is still possible")

C("diktat-hema-sannolikt-lymfom-dd-kll", "skane", "1965-01-19", [
    N("n1", M, "Mottagningsanteckning", "s_hema_lund", "bengtsson", "2024-09-12 10:05", 130, OV, [
        ("Anamnes", "Kvinna femtionio år med förstorade lymfkörtlar på halsen sedan i november och nattsvettningar så att hon byter lakan två gånger per natt"),
        ("Status", "Multipla oömma körtlar upp till tre centimeter bilat på halsen och i vänster axill, mjälten palpabel två fingrar under arcus."),
        ("Bedömning", "Sannolikt lymfom, differentialdiagnostiskt KLL. Körtelexstirpation på halsen bokad via ÖNH nästa vecka, PET-DT därefter."),
    ])],
    must=["NL102:n1"],
    why="'Sannolikt lymfom' and 'differentialdiagnostiskt KLL' in visible Bedömning")

C("diktat-karl-misstanke-symtomgivande-aaa", "skane", "1949-03-03", [
    N("n1", M, "Akutanteckning", "s_karl_malmo", "kjellberg", "2024-04-14 19:50", 15, OV, [
        ("Anamnes", "Sjuttiofemårig man rökare med känd hypertoni söker med ont i ryggen och buken sedan två timmar han har en pulserande knöl i magen som han själv känner"),
        ("Bedömning", "Misstanke om symtomgivande bukaortaaneurysm, hemodynamiskt stabil blodtryck hundrafyrtio över åttio punkt DT-angio akut, blod beställt, narkos och operation informerade."),
    ])],
    must=["NL102:n1"],
    why="'Misstanke om' an aortic aneurysm in a short visible vascular ER note")

C("diktat-neuro-misstankt-cauda-equina-konsult", "vgr", "1985-07-25", [
    N("n1", M, "Konsultationssvar", "v_neuro_su", "sjoberg", "2024-09-18 16:40", 35, SV, [
        ("Anamnes", "Trettionioårig kvinna med känt diskbråck L fem S ett sedan i våras akut försämring i går med smärta i båda benen och hon har inte kunnat kissa sedan i morse"),
        ("Status", "Nedsatt känsel i sadelområdet, nedsatt analsfinktertonus. Blåsscanner sjuhundra milliliter."),
        ("Bedömning", "Misstänkt cauda equina-syndrom, akut MR ländrygg, KAD sätts, ryggkirurgjouren kontaktad för ställningstagande till akut dekompression."),
    ])],
    must=["NL102:n1"],
    why="neurology consult answer with 'Misstänkt cauda equina-syndrom' in a visible section")

C("diktat-kard-paroxysmalt-formaksflimmer-fragetecken-symbol", "vgr", "1967-02-14", [
    N("n1", M, "Mottagningsanteckning", "v_kard_su", "wallin", "2024-10-01 08:30", 300, OV, [
        ("Anamnes", "Femtiosjuårig man med hjärtklappning i episoder senaste halvåret varar en kvart till en timme kommer oftast på kvällen efter några glas vin han tar meta prolol för blodtrycket"),
        ("Utredning", "EKG i dag sinusrytm sextiofyra. Ekokardiografi normal."),
        ("Bedömning", "Paroxysmalt förmaksflimmer? Tjugofyratimmars Holter och eventuellt eventmonitor i två veckor om Holter är normalt, CHA2DS2-VASc noll."),
    ])],
    must=["NL102:n1"],
    why="secretary typed the dictated question mark as '?' right after the diagnosis; drug misheard 'meta prolol'")

C("diktat-neuro-trolgi-myasteni-typo", "skane", "1990-09-04", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_csk", "nordin", "2024-10-08 13:00", 90, OV, [
        ("Anamnes", "Trettiofyraårig kvinna med dubbelseende och hängande ögonlock som blir värre framåt kvällen och när hon läser länge hon har också svårt att tugga färdigt en biff"),
        ("Status", "Ptos vänster som tilltar vid uppåtblick i en minut. Istest: ptosen minskar efter två minuter med ispåse."),
        ("Bedömning", "Trolgi myasthenia gravis, okulär och bulbär. AChR-antikroppar och DT thorax för tymom, start av pyridostigmin trettio milligram gånger tre."),
    ])],
    must=["NL102:n1"],
    why="typo 'Trolgi' in the hedge word; myasthenia gravis is a visible hypothesis")

C("diktat-neuro-bild-som-vi-nph-homofon", "vgr", "1945-08-08", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_sas", "petrovic", "2024-10-15 10:45", 180, OV, [
        ("Anamnes", "Sjuttionioårig man vars dotter har följt med hon berättar att pappan har börjat gå bredbent och med korta steg under det senaste året han har ramlat tre gånger och hinner inte alltid till toaletten han har också blivit långsammare i tanken"),
        ("Utredning", "DT hjärna från januari visar vidgade ventriklar med Evans index noll komma trettiofem, ingen obstruktion."),
        ("Bedömning", "Bild som vi normaltryckshydrocefalus. Tap-test med gånganalys före och efter bokas på neurokirurgen."),
    ])],
    must=["NL102:n1"],
    why="homophone 'vi' for 'vid' in 'Bild som vid' (typo class); NPH still a visible hypothesis")

C("diktat-gastro-talar-for-celiaki", "vgr", "1999-01-30", [
    N("n1", M, "Mottagningsanteckning", "v_gastro_su", "tran", "2024-10-22 15:20", 60, OV, [
        ("Aktuellt", "Tjugofemårig kvinna med lös avföring och gaser sedan flera år och nu också järnbrist trots tabletter"),
        ("Utredning", "Transglutaminasantikroppar över hundra, Hb hundrafemton, ferritin sex."),
        ("Bedömning", "Talar för celiaki, gastroskopi med duodenalbiopsier innan glutenfri kost. Ska fortsätta äta gluten fram till undersökningen."),
    ])],
    must=["NL102:n1"],
    why="'Talar för celiaki' before biopsy confirmation, in visible Bedömning")

C("diktat-gastro-misstankt-krons-homofon", "skane", "2001-04-14", [
    N("n1", M, "Mottagningsanteckning", "s_gastro_malmo", "alkhatib", "2024-02-27 11:15", 110, OV, [
        ("Aktuellt", "Tjugotvåårig man med diarré fyra till sex gånger per dygn sedan tre månader ibland blod har gått ner sex kilo har ont nere till höger i buken"),
        ("Utredning", "Kalprotektin ettusen tvåhundra. CRP tjugoåtta. Ultraljud tarm: väggförtjockad terminal ileum."),
        ("Bedömning", "Misstänkt krons sjukdom i terminala ileum. Ileokoloskopi och MR tunntarm beställda, start av budesonid efter koloskopin."),
    ])],
    must=["NL102:n1"],
    why="speech recognition wrote 'krons sjukdom' for Crohns sjukdom (typo class); hedged with 'Misstänkt'")

C("diktat-neuro-kan-rora-sig-om-als", "vgr", "1959-12-01", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "berglund", "2024-02-06 14:00", 140, OV, [
        ("Anamnes", "Sextiofyraårig man med svaghet i vänster hand sedan ett halvår han har svårt att knäppa knappar och har märkt ryckningar i musklerna i armarna och i benen på kvällarna"),
        ("Status", "Atrofi av interossei vänster hand, fascikulationer i båda överarmarna och vaderna, livliga reflexer, Babinski positiv vänster."),
        ("Bedömning", "Kombinationen av övre och nedre motorneuronpåverkan gör att det kan röra sig om ALS, neurografi och EMG bokas skyndsamt samt MR halsrygg för att utesluta cervikal myelopati."),
    ])],
    must=["NL102:n1"],
    why="'det kan röra sig om ALS' in a visible outpatient note")

C("diktat-endo-forenligt-med-binjurebarkssvikt-utkast", "skane", "1980-05-05", [
    N("n1", M, "Mottagningsanteckning", "s_endo_malmo", "hellstrom", "2024-03-14 13:25", None, OV, [
        ("Aktuellt", "Fyrtiotreårig kvinna med trötthet yrsel och saltsug sedan ett halvår hon har blivit mörkare i huden utan att ha solat"),
        ("Utredning", "Natrium hundratjugosju, kalium fem komma fyra. Kortisol klockan åtta sjuttiofem nanomol per liter, ACTH kraftigt förhöjt."),
        ("Bedömning", "Förenligt med primär binjurebarkssvikt, synacthentest i morgon bitti och därefter start av hydrokortison. Pat får kortisonkort och instruktion om stressdosering."),
    ])],
    must=["NL102:n1"],
    why="unsigned draft (pre-signing); 'Förenligt med primär binjurebarkssvikt' is a visible hedged diagnosis")

C("diktat-med-misstankt-urosepsis-kad", "skane", "1936-07-07", [
    N("n1", M, "Inskrivningsanteckning", "s_med_hassleholm", "sandberg", "2024-11-03 22:15", 50, SV, [
        ("Aktuellt", "Åttioåttaårig kvinna från särskilt boende som enligt personalen har blivit förvirrad sedan i går och inte velat äta hon har KAD sedan i höstas pga urinretention"),
        ("Status", "Temp trettioåtta komma sju, puls hundratjugo, blodtryck nittiofem över femtiofem, andningsfrekvens tjugotvå. Grumlig urin i påsen."),
        ("Bedömning", "Misstänkt urosepsis med KAD som fokus, KAD byts, odlingar tagna, piperacillin tazobactam fyra gram gånger tre. Vätska två liter första dygnet punkt Kontakt med dottern som informerats om inläggningen."),
    ])],
    must=["NL102:n1"],
    why="'Misstänkt urosepsis' in visible Bedömning; vitals dictated as words")

C("diktat-stroke-trolig-lakunar-infarkt-rond", "vgr", "1950-02-02", [
    N("n1", M, "Läkaranteckning", "v_stroke_su", "ek", "2024-11-11 11:50", 45, SV, [
        ("Aktuellt", "Rond dag ett pat vaknade i går morse med svaghet i vänster arm och ben och sluddrigt tal han kom in utanför trombolysfönstret"),
        ("Utredning", "DT hjärna utan blödning. DT-angio utan ocklusion eller stenos. MR i dag visar en liten diffusionsbegränsning i höger capsula interna."),
        ("Bedömning", "Trolig lakunär infarkt höger, start av klopidogrel och atorvastatin åttio milligram, sväljbedömning av logoped innan peroralt."),
    ])],
    must=["NL102:n1"],
    why="'Trolig lakunär infarkt' on a stroke ward round, visible")

C("diktat-neuro-kan-ej-utesluta-epilepsi-first-seizure", "skane", "1977-08-18", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_csk", "ahlgren", "2024-11-19 09:10", None, OV, [
        ("Anamnes", "Fyrtiosjuårig man som var med om ett first seizure på jobbet för tio dagar sedan kollegorna såg att han stelnade och ryckte han minns inget av det"),
        ("Utredning", "EEG visar skarpa vågor temporalt vänster. MR hjärna utan strukturell avvikelse."),
        ("Bedömning", "Kan ej utesluta fokal epilepsi temporalt vänster med bilateral spridning, behandling diskuteras efter nytt EEG. Bilkörning avråds i sex månader."),
    ])],
    must=["NL102:n1"],
    why="English 'first seizure' in the history; 'Kan ej utesluta fokal epilepsi' is a visible hypothesis (unsigned draft)")

C("diktat-kir-mesenterialischemi-kan-inte-avfardas", "vgr", "1942-11-30", [
    N("n1", M, "Akutanteckning", "v_kir_sas", "kjellberg", "2024-11-24 01:35", 20, OV, [
        ("Anamnes", "Åttioettårig kvinna med förmaksflimmer som inte står på blodförtunnande plötslig svår buksmärta sedan fyra timmar"),
        ("Status", "Buken förvånansvärt mjuk i förhållande till smärtan, laktat fyra komma åtta. Oregelbunden rytm hundratio."),
        ("Bedömning", "Akut mesenterialischemi kan inte avfärdas, akut DT-angio buk, kärlkirurg och anestesi informerade."),
    ])],
    must=["NL102:n1"],
    why="'kan inte avfärdas' is an unusual hedge meaning the diagnosis stays possible")

C("diktat-neuro-vgr-tidiga-hypoteser-plus-synlig-bedomning", "vgr", "1962-03-17", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "sjoberg", "2024-12-03 13:30", 220, OV, [
        ("Anamnes", "Sextiotvåårig man som kommer med sin hustru hon berättar att han sedan två år har förändrats i personligheten han har blivit hämningslös säger olämpliga saker till grannar och har börjat äta sötsaker i stora mängder han har också köpt saker på nätet för stora summor"),
        ("Status", "Vaken, orienterad till person och plats. MMT tjugosju av trettio. Nedsatt verbalt flöde, perseverationer, positiv palmomentalreflex bilat."),
        ("Utredning", "MR hjärna visar frontal och temporal atrofi betonat höger. Neuropsykologisk testning pågår."),
        ("Tidiga hypoteser", "Beteendevariant av frontotemporal demens bedöms som mest sannolikt, genetisk utredning kan bli aktuell med tanke på att fadern dog tidigt i oklar demenssjukdom."),
        ("Bedömning", "Trolig frontotemporal demens, återbesök med hustrun efter neuropsykologen punkt"),
    ])],
    must=["NL102:n1"],
    why="VGR: the hypothesis sits under sökord Tidiga hypoteser but is repeated as 'Trolig' in visible Bedömning")

C("diktat-kir-skane-th-mall-sedan-vanlig-anteckning", "skane", "1955-09-12", [
    N("n1", M, "Tidiga hypoteser", "s_kir_hbg", "olausson", "2024-05-06 15:00", 30, SV, [
        ("Bedömning", "DT visar en lågattenuerande förändring i pankreashuvudet på två komma fem centimeter med gallgångsdilatation, misstänkt pankreascancer, diskuteras på MDK på torsdag."),
    ]),
    N("n2", M, "Läkaranteckning", "s_kir_hbg", "strand", "2024-05-08 09:45", 40, SV, [
        ("Aktuellt", "Ikterisk sedan en vecka, klåda och mörk urin. Bilirubin hundrafemtio."),
        ("Bedömning", "Sannolikt pankreascancer med gallvägsobstruktion, ERCP med stent planeras före MDK-beslutet punkt"),
    ])],
    must=["NL102:n2"], must_not=["NL102:n1"],
    why="Skåne: the Tidiga hypoteser note is protected, the later ordinary Läkaranteckning repeats the hypothesis visibly")

C("diktat-akut-dvt-fragetecken-kort", "skane", "1991-06-18", [
    N("n1", M, "Akutanteckning", "s_akut_lund", "karlsson", "2024-07-02 17:55", None, OV, [
        ("Bedömning", "Svullet ömmande vänster underben sedan flygresa från New York i söndags, Wells två poäng. DVT? D-dimer skickat för att ruleouta, ges fragmin och återkommer i morgon till ultraljud."),
    ])],
    must=["NL102:n1"],
    why="short unsigned ER note with bare 'DVT?' as a hypothesis")

C("diktat-neuro-migranaura-dd-tia", "vgr", "1986-01-09", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "hodzic", "2024-07-09 10:20", 75, OV, [
        ("Anamnes", "Trettioåttaårig kvinna med flimmer i synfältet följt av stickningar som vandrade från handen upp i ansiktet under tjugo minuter och efteråt huvudvärk hon har haft migrän i tonåren men aldrig med aura"),
        ("Bedömning", "Första migränaura i vuxen ålder, DD TIA. MR hjärna och halskärl, ASA i väntan på svar."),
    ])],
    must=["NL102:n1"],
    why="'DD TIA' keeps TIA as a differential diagnosis in visible text")

C("diktat-med-sannolkit-aspirationspneumoni-typo", "skane", "1939-12-24", [
    N("n1", M, "Läkaranteckning", "s_med_ystad", "wikstrom", "2024-07-17 14:05", 60, SV, [
        ("Aktuellt", "Pat med Parkinsons sjukdom sedan femton år hostade kraftigt vid frukosten i går och har sedan dess haft feber och rosslig andning personalen på avdelningen har sett att han sätter i halsen vid nästan varje måltid"),
        ("Bedömning", "Sannolkit aspirationspneumoni höger, byter till piperacillin tazobactam. Logoped kontaktad för sväljbedömning, konsistensanpassad kost tills vidare."),
    ])],
    must=["NL102:n1"],
    why="typo 'Sannolkit' in the hedge; aspiration pneumonia is a visible hypothesis")

C("diktat-med-lang-inskrivning-trolig-siadh", "skane", "1947-04-04", [
    N("n1", M, "Inskrivningsanteckning", "s_med_hbg", "rahimi", "2024-07-25 20:30", 90, SV, [
        ("Anamnes", "Sjuttiosjuårig kvinna som inkommer via akuten efter att maken hittat henne förvirrad i köket i morse hon har enligt honom varit trött och illamående en vecka och druckit mycket te hon började med sertralin för sex veckor sedan för nedstämdhet efter att systern dog punkt Ingen huvudvärk inget fall ingen feber."),
        ("Tidigare sjukdomar", "Hypertoni sedan tjugohundratio. Hypotyreos, substituerad. Höger höftplastik tjugohundraarton."),
        ("Läkemedel", "Sertralin femtio milligram en gång dagligen, hydroklortiazid tjugofem milligram, levaxin sjuttiofem mikrogram, alvedon vid behov."),
        ("Status", "AT: lätt förvirrad men väckbar, orienterad till person. Cor: RR, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Neuro: inga fokala bortfall, ingen asterixis. Ej ödem, normal hudturgor."),
        ("Lab", "Natrium hundrafjorton, kalium tre komma åtta, kreatinin sextiotre, TSH två komma ett, kortisol normalt. U-osmolalitet fyrahundrafemtio, u-natrium sextio."),
        ("Bedömning", "Uttalad hyponatremi med lätt förvirring. Trolig SIADH utlöst av sertralin med bidrag av tiazid, euvolem kliniskt."),
        ("Planering", "Sertralin och hydroklortiazid sätts ut. Vätskerestriktion en liter per dygn, natrium var sjätte timme, höjning max åtta millimol första dygnet. Telemetri inte indicerat. Ny bedömning i morgon på ronden."),
    ])],
    must=["NL102:n1"],
    why="long multi-section admission note; the one hedged diagnosis 'Trolig SIADH' sits in visible Bedömning")


# =========================================================================== NL102 must_not
# --- PMO: diagnoses are never shown from PMO ---------------------------------

C("diktat-pmo-vc-misstankt-pneumoni-telefon", "skane", "1982-02-20", [
    N("n1", P, "Telefonanteckning", "p_vc_sodervarn", "alkhatib", "2024-01-29 08:25", 20, OV, [
        ("Telefonkontakt", "Pat ringer och har haft feber i fem dagar trettionio komma två i morse och hostar gult slem ont i höger sida när han andas in har tagit alvedon fyra gånger om dagen utan att det hjälper nämnvärt"),
        ("Bedömning", "Misstänkt pneumoni, får tid hos jourläkare klockan fjorton i dag för CRP och auskultation."),
    ])],
    must_not=["NL102:n1"],
    why="PMO telephone note: 'Misstänkt pneumoni' is never shown from PMO")

C("diktat-pmo-trolig-tia-remiss-akut", "skane", "1944-07-15", [
    N("n1", P, "Besöksanteckning", "p_vc_eslov", "bengtsson", "2024-02-13 09:35", 45, OV, [
        ("Aktuellt", "Sjuttionioårig man som i morse under frukosten tappade kaffekoppen ur höger hand och hustrun tyckte att munnen hängde det var över efter en kvart"),
        ("Status", "Nu inga pareser, talar obehindrat, blodtryck hundraåttio över hundra, EKG sinusrytm."),
        ("Bedömning", "Trolig TIA, remitteras akut till strokeenheten i Lund, ambulans beställd punkt"),
    ])],
    must_not=["NL102:n1"],
    why="PMO vårdcentral note with 'Trolig TIA': PMO never shows diagnoses")

C("diktat-pmo-provsvar-ev-subklinisk-hypotyreos", "skane", "1975-03-21", [
    N("n1", P, "Läkaranteckning", "p_vc_nasby", "wikstrom", "2024-03-18 15:40", 10, OV, [
        ("Provsvar", "TSH sju komma åtta med fritt T fyra i nedre normalgränsen ev. subklinisk hypotyreos nya prover om åtta veckor med TPO-antikroppar ssk ringer pat och meddelar"),
    ])],
    must_not=["NL102:n1"],
    why="one-line PMO lab comment with 'ev.' on a diagnosis; PMO is not shown")

C("diktat-pmo-hemsjukvard-missankt-uvi-typo", "skane", "1931-01-05", [
    N("n1", P, "Hembesök", "p_hsv_tomelilla", "johansson", "2024-04-02 07:50", 60, OV, [
        ("Hembesök", "Hembesök hos pat som bor ensam i lägenhet hemtjänsten har ringt pga att hon varit orolig i natt och luktar urin temp trettiosju komma nio urinsticka nitrit positiv missänkt UVI kontakt med jourläkaren på vårdcentralen som ordinerar urinodling och pivmecillinam efter odlingen"),
    ])],
    must_not=["NL102:n1"],
    why="PMO home-care nurse note with typo 'missänkt UVI'; PMO never shows diagnoses")

C("diktat-pmo-dvt-kan-ej-uteslutas", "skane", "1968-12-30", [
    N("n1", P, "Besöksanteckning", "p_vc_hoor", "sandberg", "2024-04-25 11:05", 30, OV, [
        ("Bedömning", "Ensidig vadsvullnad höger efter knäoperation för tre veckor sedan, DVT kan ej uteslutas. Remiss till akuten för ultraljud samma dag, fått en dos fragmin här på mottagningen."),
    ])],
    must_not=["NL102:n1"],
    why="'DVT kan ej uteslutas' in a PMO note is not shown to the patient")

C("diktat-pmo-parkinson-fragetecken-utkast", "skane", "1949-09-19", [
    N("n1", P, "Läkaranteckning", "p_vc_simrishamn", "ahlgren", "2024-05-21 16:10", None, OV, [
        ("Bedömning", "Skakighet i vänster hand och långsammare gång sedan i vintras Parkinson frågetecken remiss skickas till neurologmottagningen i Lund för bedömning"),
    ])],
    must_not=["NL102:n1"],
    why="unsigned PMO draft with spoken 'frågetecken' after Parkinson; PMO never shows diagnoses")

# --- protected place: Skåne template / VGR sökord Tidiga hypoteser ----------

C("diktat-skane-th-mall-misstanke-als-ej-informerad", "skane", "1964-05-27", [
    N("n1", M, "Tidiga hypoteser", "s_neuro_lund", "nordin", "2024-06-12 16:20", 15, OV, [
        ("Bedömning", "Klinisk bild med fascikulationer och atrofier i vänster arm samt livliga reflexer väcker misstanke om ALS komma pat ej informerad om den misstanken ännu väntar in neurografi nästa vecka"),
    ])],
    must_not=["NL102:n1", "NL101:n1"],
    why="Skåne note in template Tidiga hypoteser: the untold ALS hypothesis is in the protected place")

C("diktat-skane-th-mall-sannolikt-lewy-body", "skane", "1946-10-10", [
    N("n1", M, "Tidiga hypoteser", "s_minne_csk", "petrovic", "2024-06-20 14:45", 25, OV, [
        ("Bedömning", "Fluktuerande kognition, synhallucinationer av djur och människor samt REM-sömnsbeteende enligt hustrun sannolikt Lewy body demens avvaktar DaTSCAN och diskuterar med patienten och hustrun när svaret kommit"),
    ])],
    must_not=["NL102:n1"],
    why="Skåne template Tidiga hypoteser holds 'sannolikt Lewy body demens': protected")

C("diktat-vgr-th-sokord-misstakt-ms-typo", "vgr", "1996-11-23", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_sas", "fransson", "2024-06-26 10:15", 130, OV, [
        ("Anamnes", "Tjugosjuårig kvinna med domningar i vänster ben sedan sex veckor som nu sakta går tillbaka hon är orolig eftersom en kusin har MS"),
        ("Status", "Nedsatt känsel för stick vänster ben upp till ljumsken, i övrigt neurologiskt ua."),
        ("Tidiga hypoteser", "Misstäkt skovvis förlöpande MS, MR hjärna och rygg beställd och diskuteras med pat när svar föreligger."),
        ("Planering", "MR beställd, återbesök om fem veckor."),
    ])],
    must_not=["NL102:n1"],
    why="VGR: the hedged MS (typo 'Misstäkt') is only under sökord Tidiga hypoteser; the cousin's MS is not the patient's")

C("diktat-vgr-th-sokord-lungcancer-plan-hedges-synliga", "vgr", "1956-02-08", [
    N("n1", M, "Inskrivningsanteckning", "v_med_skovde", "axelsson", "2024-07-04 19:20", 70, SV, [
        ("Anamnes", "Sextioåttaårig man storrökare fyrtio paketår som läggs in för hosta sedan två månader och blodstrimmigt slem senaste veckan han har gått ner sju kilo sedan jul"),
        ("Status", "AT gott. Pulm: nedsatt andningsljud höger ovan, i övrigt vesikulärt. Inga förstorade lymfkörtlar på halsen eller supraklavikulärt."),
        ("Utredning", "DT thorax i går: fyra centimeter stor förändring i höger överlob med förstorade mediastinala körtlar."),
        ("Tidiga hypoteser", "Lungcancer kan ej uteslutas, bilden är starkt misstänkt för malignitet men vi inväntar bronkoskopi och PET-DT innan detta tas upp med pat."),
        ("Planering", "Ev. bronkoskopi redan på fredag, annars måndag. Trolig hemgång efter bronkoskopin om han mår bra, eventuellt PET-DT polikliniskt."),
    ])],
    must_not=["NL102:n1"],
    why="hard negative: visible sections only hedge plans ('Ev. bronkoskopi', 'Trolig hemgång'); the cancer hypothesis is under VGR sökord Tidiga hypoteser")

C("diktat-skane-th-mall-pbc-fragetecken-utkast", "skane", "1978-07-07", [
    N("n1", M, "Tidiga hypoteser", "s_gastro_malmo", "rahimi", "2024-07-15 13:30", None, OV, [
        ("Bedömning", "Stegrade levervärden med ALP fyra gånger över referens och förhöjt IgG primär biliär kolangit frågetecken autoimmun hepatit frågetecken avvaktar AMA och leverbiopsi innan vi spekulerar med pat"),
    ])],
    must_not=["NL102:n1"],
    why="unsigned Skåne Tidiga hypoteser note with two spoken 'frågetecken' hypotheses: protected template")

C("diktat-vgr-th-sokord-brostknol-biopsi", "vgr", "1972-09-29", [
    N("n1", M, "Mottagningsanteckning", "v_kir_ostra", "oberg", "2024-08-06 10:50", 95, OV, [
        ("Aktuellt", "Femtioettårig kvinna som själv känt en knöl i höger bröst sedan tre veckor ingen ärftlighet för bröstcancer i släkten"),
        ("Status", "Tvåcentimeters fast resistens klockan tio i höger bröst, ingen indragning, inga palpabla axillkörtlar."),
        ("Tidiga hypoteser", "Mammografi och ultraljud BI-RADS fem, bröstcancer kan inte uteslutas och är sannolik, besked först när mellannålsbiopsin är besvarad."),
        ("Åtgärd", "Mellannålsbiopsi tagen ultraljudsledd, tre kolvar. Svar om cirka en vecka, kontaktsjuksköterska ringer och bokar besök."),
    ])],
    must_not=["NL102:n1"],
    why="VGR breast surgery: the cancer hypothesis is only under sökord Tidiga hypoteser, the visible sections describe findings and plan")

C("diktat-vgr-th-sokord-fnd-negationer-synliga", "vgr", "1993-05-05", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "hodzic", "2024-08-14 14:25", 60, OV, [
        ("Anamnes", "Trettioettårig kvinna med episoder av svaghet i höger arm och ben som kommer och går sedan tre månader hon har varit sjukskriven för utmattning"),
        ("Status", "Hoovers tecken positivt höger, kraften varierar under undersökningen, reflexer symmetriska."),
        ("Utredning", "MR hjärna och ryggmärg utan tecken på MS eller stroke. EEG normalt."),
        ("Tidiga hypoteser", "Misstänkt funktionell neurologisk störning, vill bygga upp förtroende innan vi diskuterar det med pat."),
        ("Planering", "Fysioterapeut med neurologisk inriktning, återbesök om sex veckor."),
    ])],
    must_not=["NL102:n1"],
    why="visible text only has negated diagnoses ('utan tecken på MS eller stroke'); the hypothesis is under VGR Tidiga hypoteser")

# --- negated / ruled out ----------------------------------------------------

C("diktat-akut-ingen-misstanke-om-lungemboli", "skane", "1987-03-03", [
    N("n1", M, "Akutanteckning", "s_akut_lund", "yusuf", "2024-08-27 21:40", 25, OV, [
        ("Anamnes", "Trettiosjuårig man med hugg i vänster bröstkorg sedan i går efter tungt bänkpress på gymmet värre vid vridning"),
        ("Status", "Ömmar över vänster pectoralis och revbensbrosk fyra och fem, smärtan reproduceras vid palpation. Saturation nittioåtta procent, puls sextioåtta."),
        ("Bedömning", "Ingen misstanke om lungemboli, Wells noll och PERC negativ. Muskuloskeletal bröstsmärta, Ipren vid behov och hem punkt"),
    ])],
    must_not=["NL102:n1"],
    why="'Ingen misstanke om lungemboli' is a negated mention")

C("diktat-barn-appendicit-uteslutes", "vgr", "2013-11-11", [
    N("n1", M, "Akutanteckning", "v_kir_uddevalla", "kjellberg", "2024-09-03 12:30", 40, OV, [
        ("Anamnes", "Tioårig flicka med ont i magen runt naveln sedan i går kväll hon har ätit frukost och har ingen feber pappa är med"),
        ("Status", "Buken mjuk och oöm vid distraktion, hoppar på ett ben utan besvär. Ultraljud: normal appendix, ingen fri vätska."),
        ("Bedömning", "Appendicit uteslutes. Klyx gav stor mängd hård avföring och tydlig lättnad, hem med råd om fiber och vätska."),
    ])],
    must_not=["NL102:n1"],
    why="child under 13: 'Appendicit uteslutes' is ruled out, no hedge left")

C("diktat-neuro-inga-tecken-pa-blodning-migran", "skane", "1960-08-14", [
    N("n1", M, "Konsultationssvar", "s_neuro_lund", "persson", "2024-09-10 23:05", 30, OV, [
        ("Bedömning", "DT hjärna utan kontrast visar inga tecken på blödning eller ischemi huvudvärken har släppt efter Treo och metoklopramid och hon känner igen den som sin vanliga migrän fast kraftigare hem med recept på sumatriptan"),
    ])],
    must_not=["NL102:n1"],
    why="run-on dictated sentence: 'inga tecken på blödning' is negated and the migraine is known")

C("diktat-akut-talar-emot-meningit-utkast", "vgr", "2003-02-22", [
    N("n1", M, "Akutanteckning", "v_akut_molndal", "tran", "2024-09-14 02:50", None, OV, [
        ("Anamnes", "Tjugoettårig man med feber och huvudvärk sedan i går kväll flera på jobbet har varit förkylda"),
        ("Status", "Temp trettioåtta komma fem, inget nackstel, Kernig negativ, inga petekier, helt klar och adekvat."),
        ("Bedömning", "Klinisk bild talar emot meningit, LP avstås. Hem med febernedsättande och information att söka igen vid försämring."),
    ])],
    must_not=["NL102:n1"],
    why="unsigned draft; 'talar emot meningit' is a negation, not a hedge")

C("diktat-med-dvt-avskrivs-bakercysta", "skane", "1958-10-22", [
    N("n1", M, "Läkaranteckning", "s_med_hbg", "ek", "2024-09-24 13:15", 50, SV, [
        ("Utredning", "Ultraljud vänster ben: inga tromber i djupa vener från ljumsken till vaden, däremot en rupturerad bakercysta i knävecket."),
        ("Bedömning", "DVT avskrivs. Den rupturerade bakercystan förklarar svullnaden, kompression och kort kur NSAID, fragmin sätts ut."),
    ])],
    must_not=["NL102:n1"],
    why="'DVT avskrivs' after ultrasound; the explaining diagnosis is confirmed")

C("diktat-kir-ej-misstanke-om-kolecystit", "vgr", "1984-04-04", [
    N("n1", M, "Akutanteckning", "v_kir_sas", "fransson", "2024-10-05 06:40", 35, OV, [
        ("Bedömning", "Ej misstanke om kolecystit, ultraljud visar enstaka gallstenar utan väggförtjockning och hon är helt oöm nu punkt Gallstensanfall som gått över, remiss till kirurgmottagningen för elektiv kolecystektomi."),
    ])],
    must_not=["NL102:n1"],
    why="'Ej misstanke om kolecystit' negated; gallstone attack is confirmed")

C("diktat-stroke-ingen-miss-tanke-typo-hypoglykemi", "skane", "1966-06-30", [
    N("n1", M, "Läkaranteckning", "s_stroke_malmo", "holm", "2024-10-09 15:30", 45, SV, [
        ("Aktuellt", "Inkom med ambulans med sluddrigt tal och svaghet i höger arm personalen uppmätte blodsocker två komma ett och gav glukos varvid symtomen gick över helt på tio minuter"),
        ("Bedömning", "Ingen miss tanke om stroke längre då symtomen förklaras av hypoglykemi. Insulindosen ses över med diabetessjuksköterskan, hem i morgon."),
    ])],
    must_not=["NL102:n1"],
    why="negation with speech-recognition split 'miss tanke' (typo); stroke is ruled out, hypoglycaemia confirmed")

C("diktat-med-initialt-misstankt-pneumoni-avskrivs", "vgr", "1952-09-09", [
    N("n1", M, "Läkaranteckning", "v_med_alingsas", "karlsson", "2024-10-17 10:40", 60, SV, [
        ("Bedömning", "Initialt misstänkt pneumoni men rtg pulm utan infiltrat och CRP sjunkit till fjorton utan antibiotika, pneumoni avskrivs. Andfåddheten förklaras av KOL-exacerbation som svarat bra på inhalationer och prednisolon."),
    ])],
    must_not=["NL102:n1"],
    why="hard negative: 'misstänkt pneumoni' appears but is explicitly 'avskrivs' in the same sentence")

C("diktat-stroke-inget-som-talar-for-tia-bppv", "vgr", "1970-03-12", [
    N("n1", M, "Konsultationssvar", "v_stroke_su", "ek", "2024-10-28 14:20", 30, OV, [
        ("Bedömning", "Sekundlång yrsel vid huvudvridning och när hon lägger sig, Dix-Hallpike positiv höger. Inget som talar för TIA, det är benign paroxysmal lägesyrsel och Epleys manöver utförs med god effekt."),
    ])],
    must_not=["NL102:n1"],
    why="'Inget som talar för TIA' negates the hedge phrase 'talar för'")

C("diktat-neuro-ms-misstanken-avskrivs-telefon", "skane", "1992-12-01", [
    N("n1", M, "Telefonanteckning", "s_neuro_csk", "nordin", "2024-11-06 12:10", 15, OV, [
        ("Telefonkontakt", "MR hjärna och halsrygg helt normal och likvor utan oligoklonala band. MS-misstanken kan därmed avskrivas och pat har fått besked per telefon i dag. Stickningarna har också klingat av, ingen uppföljning planeras."),
    ])],
    must_not=["NL102:n1", "NL101:n1"],
    why="'MS-misstanken kan därmed avskrivas' is ruled out, and the patient was told by phone")

C("diktat-akut-hjartinfarkt-kan-uteslutas", "vgr", "1979-08-08", [
    N("n1", M, "Akutanteckning", "v_akut_molndal", "alkhatib", "2024-11-13 20:15", 30, OV, [
        ("Bedömning", "Två normala högkänsliga troponiner med tre timmars mellanrum och normalt EKG, hjärtinfarkt kan uteslutas. Bröstsmärtan är lägesberoende och kan framkallas vid tryck på revbensbrosket, hem."),
    ])],
    must_not=["NL102:n1"],
    why="hard negative: 'kan uteslutas' (without ej) rules the infarction out")

# --- a relative's disease ---------------------------------------------------

C("diktat-minne-mamma-hade-trolig-alzheimer", "skane", "1963-07-04", [
    N("n1", M, "Mottagningsanteckning", "s_minne_csk", "petrovic", "2024-02-15 09:50", 120, OV, [
        ("Anamnes", "Sextioårig kvinna som söker för att hon glömmer namn på kollegor och tappar tråden i samtal hon är orolig eftersom mamman hade trolig Alzheimer från sjuttio års ålder och morfar blev dement tidigt"),
        ("Status", "MMT tjugonio av trettio, klocktest ua. Neurologiskt ua."),
        ("Bedömning", "Subjektiva minnesbesvär utan objektiv kognitiv svikt, stress och sömnbrist bidrar. Ny testning om ett år vid kvarstående besvär."),
    ])],
    must_not=["NL102:n1"],
    why="'trolig Alzheimer' is the mother's disease, not the patient's")

C("diktat-neuro-bror-utreds-for-misstankt-ms", "vgr", "1995-10-15", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "sjoberg", "2024-03-12 13:05", 45, OV, [
        ("Anamnes", "Tjugoåttaårig man som söker pga oro sedan brodern i februari börjat utredas för misstänkt MS i Göteborg han har själv ibland stickningar i fingrarna när han sovit på armen"),
        ("Bedömning", "Neurologiskt helt normalt status. Stickningarna är lägesbetingade, ingen vidare utredning, lugnad."),
    ])],
    must_not=["NL102:n1"],
    why="'misstänkt MS' belongs to the brother")

C("diktat-med-pappa-dog-i-trolig-hjartinfarkt", "skane", "1985-05-25", [
    N("n1", M, "Mottagningsanteckning", "s_med_landskrona", "wallin", "2024-03-26 14:30", 80, OV, [
        ("Anamnes", "Trettioåttaårig man som vill ha en kontroll pappan dog plötsligt vid femtiotvå års ålder i trolig hjärtinfarkt och farbror har gjort bypass"),
        ("Utredning", "LDL fyra komma nio, Lp(a) förhöjt. Arbetsprov utan ischemi, god fysisk kapacitet."),
        ("Bedömning", "Hyperlipidemi med hereditet för tidig kranskärlssjukdom, startar atorvastatin tjugo milligram, kontroll lipider om tre månader."),
    ])],
    must_not=["NL102:n1"],
    why="the hedged infarction is the father's cause of death; the patient's hyperlipidemia is confirmed")

# --- hedge on something that is no diagnosis --------------------------------

C("diktat-med-trolig-hemgang-i-morgon", "skane", "1941-08-03", [
    N("n1", M, "Daganteckning", "s_med_ystad", "berglund", "2024-04-09 11:25", 40, SV, [
        ("Aktuellt", "Pneumonin i regress CRP ner till trettio från tvåhundra afebril sedan två dygn går själv med rollator. Byter till peroralt amoxicillin i dag och trolig hemgång i morgon om hon klarar trapporna med sjukgymnasten."),
    ])],
    must_not=["NL102:n1"],
    why="'trolig' hedges the discharge date; the pneumonia itself is confirmed")

C("diktat-neuro-eventuelt-mr-typo-plan", "vgr", "1982-09-14", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_nal", "wallin", "2024-04-17 15:15", 100, OV, [
        ("Anamnes", "Känd migrän utan aura sedan tonåren tre till fyra anfall i månaden som svarar bra på sumatriptan men han vill ha förebyggande"),
        ("Planering", "Start av propranolol fyrtio milligram två gånger dagligen med upptrappning, huvudvärksdagbok. Eventuelt MR om huvudvärksmönstret ändras, ev. remiss till huvudvärksskolan vid utebliven effekt."),
    ])],
    must_not=["NL102:n1"],
    why="hedges (one with typo 'Eventuelt') only on investigations and referral plans; migraine is known")

C("diktat-med-oklart-om-tagit-vatskedrivande-utkast", "skane", "1938-03-09", [
    N("n1", M, "Läkaranteckning", "s_med_hassleholm", "sandberg", "2024-04-30 10:05", None, SV, [
        ("Aktuellt", "Känd hjärtsvikt med EF trettio procent åter inlagd med fyra kilo viktuppgång. Oklart om pat tagit sina vätskedrivande de senaste dagarna, dosetten var full när hemtjänsten kom i går."),
        ("Planering", "Furosemid intravenöst, vikt dagligen, dosettdelning via apoteket framöver."),
    ])],
    must_not=["NL102:n1"],
    why="unsigned draft; 'Oklart om' concerns medication adherence, the heart failure is known")

C("diktat-stroke-aterbesok-mojligen-lite-yr", "vgr", "1959-06-06", [
    N("n1", M, "Återbesök", "v_neuro_sas", "petrovic", "2024-05-14 13:40", 70, OV, [
        ("Aktuellt", "Återbesök tre månader efter ischemisk stroke i höger lillhjärna pat har kommit igång med promenader och kör inte bil ännu"),
        ("Bedömning", "Möjligen lite yr vid snabba lägesändringar men klart bättre, i övrigt inga kvarstående bortfall. Fortsätter sekundärprevention, blodtryck hundratjugoåtta över sjuttioåtta."),
    ])],
    must_not=["NL102:n1"],
    why="'Möjligen' hedges a symptom (dizziness); the stroke is confirmed")

C("diktat-kir-fragetecken-som-fraga-telefon", "skane", "1973-12-12", [
    N("n1", M, "Telefonanteckning", "s_kir_csk", "mattsson", "2024-05-23 10:50", 10, OV, [
        ("Telefonkontakt", "Pat opererad med TEP-plastik för ljumskbråck vänster förra veckan ringer och undrar över blåmärket i ljumsken. Har pat fått sina stygn borttagna frågetecken nej det ska göras på vårdcentralen på måndag. Blåmärket är normalt efter operationen, ingen feber."),
    ])],
    must_not=["NL102:n1"],
    why="spoken 'frågetecken' ends a question about stitches, not a diagnosis; the hernia repair is a fact")

C("diktat-neuro-ev-sanka-lamotrigin-graviditet", "skane", "1997-07-19", [
    N("n1", M, "Telefonanteckning", "s_neuro_lund", "persson", "2024-06-04 14:55", 20, OV, [
        ("Telefonkontakt", "Pat med känd juvenil myoklon epilepsi anfallsfri i fyra år ringer och berättar att hon planerar graviditet. Ev. justera lamotrigindosen efter nytt koncentrationsprov, hon fortsätter med folsyra fyra milligram. Remiss till specialistmödravården skickas."),
    ])],
    must_not=["NL102:n1"],
    why="'Ev.' hedges a dose change; the epilepsy diagnosis is established")

# --- conditional ------------------------------------------------------------

C("diktat-kir-epikris-om-feber-sok-akut", "vgr", "1980-10-30", [
    N("n1", M, "Epikris", "v_kir_skovde", "olausson", "2024-06-14 12:00", 90, SV, [
        ("Epikris", "Laparoskopisk appendektomi för flegmonös appendicit, PAD bekräftar diagnosen. Okomplicerat postoperativt förlopp."),
        ("Planering", "Om feber över trettioåtta komma fem eller tilltagande smärta i buken ska pat söka akut för att utesluta abscess. Sjukskriven två veckor, stygnen tas på vårdcentralen."),
    ])],
    must_not=["NL102:n1"],
    why="the abscess is only a conditional instruction; the appendicitis is confirmed by PAD")

C("diktat-stroke-epikris-vid-symtom-som-talar-for-stroke", "skane", "1948-05-05", [
    N("n1", M, "Epikris", "s_stroke_malmo", "lindqvist", "2024-07-01 14:10", 120, SV, [
        ("Epikris", "Inkom med fyrtio minuters afasi som gått i regress. MR utan diffusionsbegränsning. Diagnos TIA, karotisdoppler utan signifikanta stenoser, start av klopidogrel och statin."),
        ("Information", "Vid nya symtom som talar för stroke, till exempel sned mun eller svaghet i arm eller ben, ska pat ringa ett ett två direkt."),
    ])],
    must_not=["NL102:n1"],
    why="hard negative: 'talar för stroke' sits inside a conditional safety instruction; TIA is the settled diagnosis")

# --- confirmed diagnosis ----------------------------------------------------

C("diktat-med-epikris-pneumoni-verifierad", "vgr", "1955-12-19", [
    N("n1", M, "Epikris", "v_med_kungalv", "axelsson", "2024-07-19 11:30", 60, SV, [
        ("Diagnos", "Pneumoni i höger underlob verifierad med rtg, pneumokockantigen i urin positivt."),
        ("Epikris", "Sextioåttaårig man inlagd i fyra dygn, behandlad med bensylpenicillin med snabb förbättring, hem på amoxicillin totalt sju dagar. Kontrollröntgen om sex veckor eftersom han är rökare."),
    ])],
    must_not=["NL102:n1", "NL101:n1"],
    why="confirmed pneumonia in Diagnos; nothing said about telling")

C("diktat-kard-epikris-nstemi-pci", "skane", "1950-10-01", [
    N("n1", M, "Epikris", "s_kard_lund", "holm", "2024-07-29 15:45", 45, SV, [
        ("Diagnos", "NSTEMI. Enkärlssjukdom med signifikant stenos i LAD, behandlad med PCI och ett läkemedelsavgivande stent."),
        ("Epikris", "Vårdad tre dygn, okomplicerat. Ekokardiografi med EF femtiofem procent. Dubbel trombocythämning i tolv månader, remiss till hjärtrehab."),
    ])],
    must_not=["NL102:n1"],
    why="NSTEMI confirmed by angiography; no hedge")

C("diktat-stroke-epikris-ischemisk-stroke-trombektomi", "vgr", "1939-02-14", [
    N("n1", M, "Epikris", "v_stroke_su", "berglund", "2024-08-09 13:20", 75, SV, [
        ("Diagnos", "Ischemisk stroke i vänster arteria cerebri media, DT-verifierad. Förmaksflimmer."),
        ("Epikris", "Insjuknade med högersidig hemipares och afasi, trombektomi utförd med god rekanalisering. Vid utskrivning lätt svaghet i höger hand, talet nästan normaliserat. Apixaban insatt dag sex."),
    ])],
    must_not=["NL102:n1"],
    why="verified ischaemic stroke in a VGR discharge summary; no hedge")

C("diktat-barn-operationsberattelse-gangranos-appendicit", "skane", "2012-03-03", [
    N("n1", M, "Operationsberättelse", "s_kir_hbg", "strand", "2024-08-30 18:40", 30, SV, [
        ("Operationsfynd", "Gangränös appendicit utan perforation, lite grumlig vätska i lilla bäckenet som sugs rent."),
        ("Åtgärd", "Laparoskopisk appendektomi med tre portar, appendixbasen ligeras med två loopar. PAD skickat."),
        ("Postoperativt", "Ingen antibiotika postoperativt, får äta och dricka fritt, trolig hemgång i morgon."),
    ])],
    must_not=["NL102:n1"],
    why="child under 13; appendicitis seen at operation is confirmed, 'trolig' only hedges discharge")


# =========================================================================== NL101
# --- must: a diagnosis in a visible section while the text says the patient is not told

C("diktat-kir-pad-koloncancer-ej-informerad", "vgr", "1949-11-21", [
    N("n1", M, "Läkaranteckning", "v_kir_skovde", "fransson", "2024-01-17 14:35", 40, OV, [
        ("Utredning", "PAD från koloskopin förra veckan visar adenocarcinom i colon ascendens, måttligt differentierat."),
        ("Planering", "Pat ej informerad ännu, besked ges av kirurgen vid mottagningsbesök på torsdag då hustrun kan följa med. DT thorax och buk för stadieindelning beställd."),
    ])],
    must=["NL101:n1"],
    why="colon cancer on PAD stands in visible Utredning while Planering says the patient is not told yet")

C("diktat-neuro-glioblastom-ej-underrattad-konfusorisk", "skane", "1961-02-08", [
    N("n1", M, "Läkaranteckning", "s_neuro_lund", "nordin", "2024-01-23 16:15", 55, SV, [
        ("Aktuellt", "Inkom i går med kramper och förvirring nu lugnare efter levetiracetam men fortfarande desorienterad till tid"),
        ("Utredning", "MR hjärna med kontrast: ringladdande expansivitet fyra centimeter i vänster temporallob med omgivande ödem, radiologiskt glioblastom."),
        ("Bedömning", "Pat ännu ej underrättad om MR-fyndet då hon fortfarande är konfusorisk, neurokirurgkonsult i morgon och besked när hon är klarare. Betapred åtta milligram gånger två."),
    ])],
    must=["NL101:n1"],
    why="'ej underrättad' about a brain tumour written in visible sections of a Skåne Melior note")

C("diktat-neuro-als-faststalld-inte-fatt-besked", "vgr", "1956-05-18", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "berglund", "2024-02-01 11:25", 160, OV, [
        ("Utredning", "Neurografi och EMG visar utbredd pågående denervation i tre regioner med normala sensoriska svar."),
        ("Bedömning", "Diagnosen ALS är därmed fastställd enligt Gold Coast-kriterierna. Pat har inte fått besked än, samtal med pat och dottern bokat på måndag tillsammans med kurator och ALS-teamets sjuksköterska."),
    ])],
    must=["NL101:n1"], must_not=["NL102:n1"],
    why="settled ALS diagnosis visible while 'Pat har inte fått besked än'; no hedge")

C("diktat-med-levermetastaser-ska-inte-informeras-forran", "skane", "1944-12-12", [
    N("n1", M, "Läkaranteckning", "s_med_hbg", "rahimi", "2024-02-08 13:50", 35, SV, [
        ("Utredning", "DT buk visar multipla levermetastaser och en fyra centimeter stor tumör i pankreaskroppen."),
        ("Bedömning", "Patienten ska inte informeras förrän onkologen bedömt honom på onsdag, han har själv uttryckt att han vill ha sina barn med vid alla allvarliga besked punkt"),
    ])],
    must=["NL101:n1"],
    why="'ska inte informeras förrän' about metastatic cancer written in a visible note")

C("diktat-karl-aaa-bifynd-patienten-vet-inte", "vgr", "1950-07-07", [
    N("n1", M, "Läkaranteckning", "v_karl_su", "kjellberg", "2024-02-20 10:10", 25, OV, [
        ("Bedömning", "Som bifynd på DT urinvägar ses ett bukaortaaneurysm på sex komma två centimeter utan tecken på läckage. Patienten vet ännu inte om fyndet eftersom DT gjordes via urologen, kärlkirurgen ringer honom i morgon för att boka besök."),
    ])],
    must=["NL101:n1"], must_not=["NL102:n1"],
    why="incidental aortic aneurysm visible and 'Patienten vet ännu inte om fyndet'; only a negated leak, no hedge")

C("diktat-lung-smacellig-ej-besked-per-telefon", "skane", "1952-01-31", [
    N("n1", M, "Telefonanteckning", "s_med_landskrona", "hakansson", "2024-03-05 09:05", 15, OV, [
        ("Telefonkontakt", "Pat ringde och frågade efter svar på bronkoskopin men fick veta att läkaren tar det vid besöket på fredag vi ger inte sådana besked per telefon."),
        ("Provsvar", "PAD från bronkoskopin visar småcellig lungcancer. Pat ej informerad om diagnosen."),
    ])],
    must=["NL101:n1"],
    why="nurse phone note: small-cell lung cancer visible and 'Pat ej informerad om diagnosen'")

C("diktat-neuro-ms-mcdonald-ej-informerad-an", "vgr", "1993-03-03", [
    N("n1", M, "Läkaranteckning", "v_neuro_sas", "petrovic", "2024-03-13 15:05", 45, OV, [
        ("Utredning", "MR visar multipla periventrikulära och juxtakortikala lesioner varav en laddar kontrast, likvor med oligoklonala band."),
        ("Bedömning", "Uppfyller McDonald-kriterierna för skovvis förlöpande MS. Pat ej informerad än, ringer henne i morgon och bokar ett längre besök."),
    ])],
    must=["NL101:n1"],
    why="MS fulfilling McDonald criteria is visible while the patient is 'ej informerad än'")

C("diktat-hema-myelom-hematolog-tar-beskedet", "skane", "1947-06-19", [
    N("n1", M, "Läkaranteckning", "s_hema_lund", "bengtsson", "2024-03-21 12:40", 30, OV, [
        ("Bedömning", "Benmärgen visar trettio procent klonala plasmaceller och diagnosen multipelt myelom är därmed klar. Pat ej informerad om diagnosen, ansvarig hematolog tar beskedet vid återbesök nästa vecka."),
    ])],
    must=["NL101:n1"],
    why="myeloma diagnosis settled and visible; the note states the patient is not informed")

C("diktat-neuro-datscan-parkinson-har-inte-meddelat", "vgr", "1951-10-12", [
    N("n1", M, "Läkaranteckning", "v_neuro_nal", "hodzic", "2024-03-28 16:30", 20, OV, [
        ("Utredning", "DaTSCAN visar nedsatt upptag i putamen bilateralt, höger mer än vänster."),
        ("Bedömning", "Parkinsons sjukdom. Har inte meddelat pat resultatet ännu utan tar det vid besöket i april tillsammans med Parkinsonsjuksköterskan."),
    ])],
    must=["NL101:n1"], must_not=["NL102:n1"],
    why="'Har inte meddelat pat' with an unhedged Parkinson diagnosis in a visible section")

C("diktat-minne-alzheimer-dottern-vill-vanta", "skane", "1940-04-16", [
    N("n1", M, "Mottagningsanteckning", "s_minne_csk", "petrovic", "2024-04-04 14:00", 90, OV, [
        ("Bedömning", "Sammanfattande bedömning efter basal demensutredning: Alzheimers sjukdom i mild demensfas, MMT tjugotre. Pat ej informerad om diagnosen eftersom dottern har bett att vi väntar tills hon kan följa med på nästa besök."),
    ])],
    must=["NL101:n1"],
    why="the patient herself is not told about her Alzheimer diagnosis (at the daughter's request), yet it stands visible")

C("diktat-kir-brostcancer-ej-infomerad-typo", "vgr", "1976-08-30", [
    N("n1", M, "Läkaranteckning", "v_kir_ostra", "oberg", "2024-04-11 13:10", 35, OV, [
        ("Provsvar", "Mellannålsbiopsi från höger bröst visar invasiv duktal cancer, ER positiv, HER2 negativ. Pat ej infomerad ännu, besked på bröstmottagningen tisdag med kontaktsjuksköterska."),
    ])],
    must=["NL101:n1"],
    why="typo 'infomerad' in the not-told phrase; breast cancer visible under sökord Provsvar")

C("diktat-neuro-trolig-als-ej-informerad-om-misstanken", "skane", "1958-03-25", [
    N("n1", M, "Mottagningsanteckning", "s_neuro_hbg", "ahlgren", "2024-04-18 10:55", 150, OV, [
        ("Status", "Fascikulationer i tungan och båda axlarna, atrofi av thenar bilat, spastiska reflexer i benen."),
        ("Bedömning", "Trolig ALS med bulbär komponent, pat ej informerad om misstanken utan vi avvaktar nytt EMG innan det tas upp punkt"),
    ])],
    must=["NL101:n1", "NL102:n1"],
    why="a hedged ALS diagnosis that the patient has not been told is written in visible Bedömning instead of Tidiga hypoteser")

C("diktat-kir-pankreastumor-run-on-anhoriga-informerade", "vgr", "1948-09-27", [
    N("n1", M, "Läkaranteckning", "v_kir_sas", "fransson", "2024-04-24 17:20", 40, SV, [
        ("Bedömning", "DT visar en tre centimeter stor tumör i pankreashuvudet med inväxt i vena mesenterica superior punkt pat vet inte om detta ännu komma anhöriga är informerade och önskar vara med när hon får besked på fredag"),
    ])],
    must=["NL101:n1"],
    why="run-on dictation: relatives know but the patient does not; the tumour is visible")

C("diktat-neuro-hjarnmetastaser-ej-informerats-utkast", "skane", "1957-11-05", [
    N("n1", M, "Läkaranteckning", "s_neuro_csk", "persson", "2024-05-02 15:45", None, SV, [
        ("Aktuellt", "Pat med känd lungcancer sedan i höstas inlagd för yrsel och ostadighet sedan två veckor"),
        ("Utredning", "MR hjärna visar tre metastaser, den största två centimeter i vänster cerebellarhemisfär."),
        ("Bedömning", "Patienten har inte informerats om hjärnmetastaserna, samtal planeras i morgon när hustrun är på plats, onkologen kontaktad."),
    ])],
    must=["NL101:n1"], must_not=["NL102:n1"],
    why="unsigned draft (pre-signing): brain metastases visible and 'har inte informerats'; no hedge")

C("diktat-med-hepatit-c-pat-ej-nadd", "vgr", "1979-01-14", [
    N("n1", M, "Telefonanteckning", "v_med_alingsas", "karlsson", "2024-05-08 16:50", 10, OV, [
        ("Telefonkontakt", "HCV-RNA positivt, kronisk hepatit C genotyp tre. Pat ej nådd per telefon och har alltså inte fått besked ännu, nytt försök i morgon förmiddag."),
    ])],
    must=["NL101:n1"],
    why="chronic hepatitis C written in a visible phone note that says the patient has not been told")

C("diktat-kir-ventrikelcancer-forst-ej-sedan-besked", "vgr", "1946-12-05", [
    N("n1", M, "Läkaranteckning", "v_kir_uddevalla", "olausson", "2024-06-03 11:15", 30, OV, [
        ("Provsvar", "PAD från gastroskopin: adenocarcinom i ventrikelns antrum, intestinal typ. Pat ännu inte informerad, besked planeras på torsdag när sonen kan vara med."),
    ]),
    N("n2", M, "Mottagningsanteckning", "v_kir_uddevalla", "olausson", "2024-06-06 14:20", 60, OV, [
        ("Aktuellt", "Besök med sonen. Informerat pat om att biopsierna visar ventrikelcancer och att vi gör DT och diskuterar behandling på MDK nästa vecka, han tog beskedet lugnt och ställde många frågor."),
    ])],
    must=["NL101:n1"], must_not=["NL101:n2"],
    why="the first visible note withholds the gastric cancer; the later note records that the patient was told")

# --- must_not: told, not a diagnosis, protected, only a relative untold, or nothing said

C("diktat-kolorektal-besked-givet-i-dag", "skane", "1953-05-13", [
    N("n1", M, "Mottagningsanteckning", "s_kolorektal_malmo", "hellstrom", "2024-05-16 15:35", 70, OV, [
        ("Bedömning", "Besked om PAD-svaret adenocarcinom i rektum givet i dag tillsammans med kontaktsjuksköterskan, pat tog det sansat och maken var med. MR lilla bäckenet och DT thorax buk bokade, MDK om två veckor."),
    ])],
    must_not=["NL101:n1"],
    why="rectal cancer visible but the patient got the result today")

C("diktat-neuro-als-besked-i-mars-uppfoljning", "vgr", "1960-11-29", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "sjoberg", "2024-09-05 09:30", 120, OV, [
        ("Aktuellt", "Uppföljning ALS-teamet pat fick besked om sin ALS i mars och har enligt egen utsago börjat acceptera läget. Han har svårare att gå i trappor och använder nu rollator utomhus."),
        ("Planering", "Riluzol fortsätter, dietist och logoped kopplas in, nästa follow-up om tre månader."),
    ])],
    must_not=["NL101:n1"],
    why="the ALS diagnosis was told to the patient months earlier")

C("diktat-kir-gallsten-ej-informerad-om-operationsdatum", "skane", "1967-10-03", [
    N("n1", M, "Mottagningsanteckning", "s_kir_ystad", "berglund", "2024-05-29 10:20", 45, OV, [
        ("Bedömning", "Symtomgivande gallstenssjukdom med tre anfall senaste halvåret, uppsatt på väntelista för laparoskopisk kolecystektomi. Pat ej informerad om operationsdatum ännu då planeringen för hösten inte är klar."),
    ])],
    must_not=["NL101:n1"],
    why="what is not yet told is the operation date, not a diagnosis")

C("diktat-neuro-cidp-remiss-skickad-ej-meddelat", "vgr", "1949-04-09", [
    N("n1", M, "Administrativ anteckning", "v_neuro_nal", "wallin", "2024-06-18 13:00", 15, OV, [
        ("Åtgärd", "Pat med CIDP sedan tjugohundratjugotvå på IVIG var fjärde vecka med avtagande effekt. Remiss till neuromuskulära teamet på Sahlgrenska skickad i dag angående subkutant immunglobulin. Pat har inte fått veta att remissen skickats, meddelas vid nästa telefonkontakt."),
    ])],
    must_not=["NL101:n1"],
    why="the untold item is that a referral was sent; the CIDP is long known")

C("diktat-neuro-normal-mr-svar-ej-meddelat", "skane", "1988-08-21", [
    N("n1", M, "Läkaranteckning", "s_neuro_csk", "nordin", "2024-06-25 11:40", 20, OV, [
        ("Provsvar", "MR hjärna normal, inga strukturella förändringar som förklarar huvudvärken. Pat inte informerad om svaret än, brev skickas i dag. Fortsatt behandling av migrän enligt tidigare plan."),
    ])],
    must_not=["NL101:n1"],
    why="the result not yet told is a normal MR, not a diagnosis")

C("diktat-vgr-th-sokord-lungcancer-ej-informerad", "vgr", "1954-03-30", [
    N("n1", M, "Mottagningsanteckning", "v_med_nal", "wallin", "2024-07-10 09:45", 80, OV, [
        ("Aktuellt", "Kommer för uppföljning av långdragen hosta, han har slutat röka sedan förra besöket och tycker att hostan är lite bättre"),
        ("Tidiga hypoteser", "DT thorax visar spikulerad förändring i höger överlob misstänkt för lungcancer, pat ej informerad om misstanken förrän PET-DT och bronkoskopi är gjorda."),
        ("Planering", "PET-DT och bronkoskopi bokade, återbesök efter svar."),
    ])],
    must_not=["NL101:n1", "NL102:n1"],
    why="VGR: the untold cancer suspicion is kept only under sökord Tidiga hypoteser")

C("diktat-med-hcc-pat-imformerad-sonen-inte-typo", "skane", "1945-02-17", [
    N("n1", M, "Läkaranteckning", "s_med_hbg", "ek", "2024-07-23 14:25", 50, SV, [
        ("Bedömning", "Pat imformerad i dag om att leverbiopsin visar hepatocellulär cancer, hon vill inte att sonen informeras ännu utan vill berätta själv efter helgen."),
    ])],
    must_not=["NL101:n1"],
    why="typo 'imformerad'; the patient is told, only the son is not")

C("diktat-neuro-skane-th-mall-sedan-informerad-ms", "skane", "1998-09-17", [
    N("n1", M, "Tidiga hypoteser", "s_neuro_lund", "persson", "2024-08-01 13:15", 20, OV, [
        ("Bedömning", "Optikusneurit höger och en tidigare episod med känselbortfall i bålen, misstänkt MS, pat ej informerad om misstanken innan MR är gjord."),
    ]),
    N("n2", M, "Mottagningsanteckning", "s_neuro_lund", "persson", "2024-08-20 10:30", 100, OV, [
        ("Bedömning", "Informerat pat om att MR och likvor visar skovvis förlöpande MS, vi gick igenom behandlingsalternativ och hon vill börja med rituximab. MS-sjuksköterskan ringer nästa vecka."),
    ])],
    must_not=["NL101:n2", "NL102:n2"],
    why="Skåne: the withheld hypothesis sat in a Tidiga hypoteser note; the later visible note records the patient was told a confirmed MS")

C("diktat-med-ringt-och-meddelat-celiaki", "skane", "1970-06-26", [
    N("n1", M, "Telefonanteckning", "s_med_trelleborg", "wikstrom", "2024-08-28 15:10", 10, OV, [
        ("Telefonkontakt", "Ringt pat och meddelat att duodenalbiopsierna bekräftar celiaki, remiss till dietist för glutenfri kost och kontroll av transglutaminas om ett år."),
    ])],
    must_not=["NL101:n1"],
    why="the confirmed coeliac disease was told by phone")

C("diktat-kir-fastetider-ej-information-ssk-utkast", "vgr", "1985-12-08", [
    N("n1", M, "Telefonanteckning", "v_kir_skovde", "berg", "2024-09-11 08:40", None, OV, [
        ("Telefonkontakt", "Pat med koledokussten som ska genomgå ERCP på fredag har inte fått information om fastetider och ringer därför. Informerad nu: fasta från midnatt, får ta sina morgontabletter med lite vatten."),
    ])],
    must_not=["NL101:n1"],
    why="unsigned nurse note; the missing information was fasting times, not a diagnosis")

C("diktat-kard-dcm-pat-informerad-hustrun-inte", "vgr", "1963-05-01", [
    N("n1", M, "Mottagningsanteckning", "v_kard_su", "tran", "2024-09-19 13:55", 65, OV, [
        ("Bedömning", "Pat informerad om att ekot visar dilaterad kardiomyopati med EF tjugofem procent, hustrun är inte informerad och han vill själv ta det med henne i helgen. Start av sacubitril valsartan, uppföljning på hjärtsviktsmottagningen."),
    ])],
    must_not=["NL101:n1"],
    why="the patient is told; only the wife is not")

C("diktat-stroke-epikris-diagnoser-gatts-igenom", "skane", "1942-09-14", [
    N("n1", M, "Epikris", "s_stroke_malmo", "lindqvist", "2024-09-26 14:40", 80, SV, [
        ("Epikris", "Diagnoserna ischemisk stroke i höger hemisfär och nyupptäckt förmaksflimmer har gåtts igenom med pat och hustrun under vårdtiden, de har fått skriftlig information. Apixaban fem milligram två gånger dagligen."),
    ])],
    must_not=["NL101:n1"],
    why="discharge summary says the diagnoses were gone through with the patient")

C("diktat-neuro-informerat-om-att-det-troligen-ar-ms", "vgr", "1991-01-26", [
    N("n1", M, "Mottagningsanteckning", "v_neuro_su", "sandberg", "2024-10-03 11:20", 90, OV, [
        ("Bedömning", "Informerat pat om att det troligen rör sig om MS och att vi behöver LP för att bekräfta, hon tog det bra och hade många frågor om graviditet som vi gick igenom."),
    ])],
    must=["NL102:n1"], must_not=["NL101:n1"],
    why="the patient was told the probable MS, so no NL101, but the hedged diagnosis is still visible")

C("diktat-med-epikris-kll-inget-om-information", "vgr", "1951-08-08", [
    N("n1", M, "Epikris", "v_med_nal", "axelsson", "2024-10-11 12:50", 45, SV, [
        ("Diagnos", "Erysipelas höger underben. Kronisk lymfatisk leukemi, Binet stadium A, flödescytometriskt verifierad."),
        ("Epikris", "Inlagd för rodnad och feber från höger underben, behandlad med kloxacillin med god effekt. Blodbilden ses över på hematologmottagningen, ingen behandling av leukemin indicerad i nuläget."),
    ])],
    must_not=["NL101:n1"],
    why="confirmed diagnoses with nothing said about telling the patient")


# =========================================================================== validation
CODES = {"NL101", "NL102"}
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PAT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def age_on(birth, day):
    b = datetime.date.fromisoformat(birth)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def sentences(text):
    coarse = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text)]
    fine = [s.strip() for s in re.split(r"[.!?;:\n]+", text)]
    return set(s for s in coarse + fine if len(s) >= 25)


def validate(cases):
    errs = []
    names = set()
    whys = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != CASE_KEYS:
            errs.append("%s: case keys %s" % (n, sorted(c)))
        if n in names:
            errs.append("%s: duplicate case name" % n)
        names.add(n)
        if not c["why"] or c["why"] in whys:
            errs.append("%s: empty or duplicate why" % n)
        whys.add(c["why"])
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %r" % (n, c["ruleset"]))
        r = c["record"]
        if set(r) != REC_KEYS:
            errs.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty access_events/conversations/treatments" % n)
        p = r["patient"]
        if set(p) != PAT_KEYS:
            errs.append("%s: patient keys" % n)
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})-(\d{4})", p["id"])
        if not m:
            errs.append("%s: pnr format %s" % (n, p["id"]))
        else:
            if "%s-%s-%s" % m.group(1, 2, 3) != p["birth_date"]:
                errs.append("%s: pnr does not match birth_date" % n)
            digits = p["id"][2:8] + p["id"][9:13]
            if luhn_digit(digits[:9]) != int(digits[9]):
                errs.append("%s: Luhn check fails" % n)
        try:
            datetime.date.fromisoformat(p["birth_date"])
        except ValueError:
            errs.append("%s: invalid birth_date" % n)
            continue
        as_of = datetime.datetime.fromisoformat(r["as_of"])
        if as_of.year != 2024:
            errs.append("%s: as_of not in 2024" % n)
        age = age_on(p["birth_date"], as_of.date())
        if 13 <= age <= 15 or age < 0:
            errs.append("%s: patient age %d" % (n, age))
        ids = {}
        for note in r["notes"]:
            if set(note) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in ids:
                errs.append("%s: duplicate note id" % n)
            ids[note["id"]] = note
            if note["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % n)
            hsa = note["unit"]["hsa_id"]
            if (c["ruleset"] == "skane") != hsa.startswith(SK):
                errs.append("%s: unit region mismatch" % n)
            t = datetime.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t > as_of:
                errs.append("%s: note time %s" % (n, note["time"]))
            if note["signed"] is not None:
                s = datetime.datetime.fromisoformat(note["signed"])
                if s.year != 2024 or s < t:
                    errs.append("%s: signed %s" % (n, note["signed"]))
            if note["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: setting" % n)
            if not note["sections"]:
                errs.append("%s: no sections" % n)
            for sec in note["sections"]:
                if set(sec) != {"keyword", "text"} or not sec["keyword"] or not sec["text"]:
                    errs.append("%s: bad section" % n)
                    continue
                for snt in sentences(sec["text"]):
                    key = " ".join(snt.lower().split())
                    if key in seen and seen[key] != n:
                        errs.append("%s: sentence also in %s: %s" % (n, seen[key], snt))
                    elif key in seen:
                        errs.append("%s: sentence repeated within case: %s" % (n, snt))
                    seen[key] = n
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        pairs_must = [tuple(x) for x in c["must"]]
        pairs_not = [tuple(x) for x in c["must_not"]]
        if set(pairs_must) & set(pairs_not):
            errs.append("%s: code both in must and must_not" % n)
        for code, target, positive in [(a, b, True) for a, b in pairs_must] + [(a, b, False) for a, b in pairs_not]:
            if code not in CODES:
                errs.append("%s: unexpected code %s" % (n, code))
            if target not in ids:
                errs.append("%s: target %s missing" % (n, target))
                continue
            system = ids[target]["system"]
            # NL102 positives only on Melior; a hedged PMO diagnosis is must_not NL102
            if code == "NL102" and positive and system != "Melior":
                errs.append("%s: NL102 must on %s" % (n, system))
            if code == "NL101" and system == "PMO":
                errs.append("%s: NL101 asserted on PMO" % n)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                tally[(code, kind)] = tally.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("  %s must %d must_not %d" % (code, tally.get((code, "must"), 0), tally.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
