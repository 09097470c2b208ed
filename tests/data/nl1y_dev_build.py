#!/usr/bin/env python3
"""nl1y_dev_cases: independent gold cases for NL101 / NL102 (Swedish clinical notes).

All cases are data in this file. Running it writes nl1y_dev_cases.jsonl beside it and
validates it (exit 1 on any problem). No dependencies, deterministic output.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys

NAME = "nl1y_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

# key: (unit name, HSA-id, region, journal system)
U = {
    # ---- Region Skåne, hospitals (Melior)
    "sus_lung": ("Lungmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-L4K2", "skane", "Melior"),
    "sus_neuro": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-N7Q1", "skane", "Melior"),
    "sus_kir_malmo": ("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-K3M8", "skane", "Melior"),
    "hbg_kir": ("Kirurgiska kliniken, Helsingborgs lasarett", "SE2321000255-H2K9", "skane", "Melior"),
    "ystad_kir": ("Kirurgiska kliniken, Ystads lasarett", "SE2321000255-Y5K3", "skane", "Melior"),
    "hbg_med": ("Medicinkliniken, Helsingborgs lasarett", "SE2321000255-H8M4", "skane", "Melior"),
    "kri_uro": ("Urologiska mottagningen, Centralsjukhuset Kristianstad", "SE2321000255-C6U2", "skane", "Melior"),
    "sus_uro_malmo": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-U1M5", "skane", "Melior"),
    "ystad_gyn": ("Kvinnokliniken, Ystads lasarett", "SE2321000255-Y2G7", "skane", "Melior"),
    "sus_barn": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", "SE2321000255-B9L3", "skane", "Melior"),
    "sus_inf": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-I4M6", "skane", "Melior"),
    "sus_gen": ("Klinisk genetik och patologi, Skånes universitetssjukhus Lund", "SE2321000255-G8L1", "skane", "Melior"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund", "SE2321000255-P3L9", "skane", "Melior"),
    "bup_lund": ("Barn- och ungdomspsykiatrisk mottagning Lund", "SE2321000255-P7B2", "skane", "Melior"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-M5D4", "skane", "Melior"),
    "sus_hud": ("Hudkliniken, Skånes universitetssjukhus Lund", "SE2321000255-D2H8", "skane", "Melior"),
    "sus_ogon": ("Ögonkliniken, Skånes universitetssjukhus Lund", "SE2321000255-O6G1", "skane", "Melior"),
    "sus_reuma": ("Reumatologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-R8L5", "skane", "Melior"),
    "sus_kard": ("Hjärtmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-J4K7", "skane", "Melior"),
    "sus_ort": ("Ortopedkliniken, Skånes universitetssjukhus Lund", "SE2321000255-T3O2", "skane", "Melior"),
    "sus_hem": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-E9H6", "skane", "Melior"),
    "sus_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-A1M3", "skane", "Melior"),
    "hlm_med": ("Medicinmottagningen, Hässleholms sjukhus", "SE2321000255-S7M2", "skane", "Melior"),
    "gastro_malmo": ("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-G3A9", "skane", "Melior"),
    "brost_malmo": ("Bröstmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-B6R4", "skane", "Melior"),
    "sus_onk": ("Skånes onkologiska klinik, Skånes universitetssjukhus Lund", "SE2321000255-O2N8", "skane", "Melior"),
    "sus_endo": ("Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-E5N3", "skane", "Melior"),
    "kri_med": ("Medicinkliniken, Centralsjukhuset Kristianstad", "SE2321000255-C3M1", "skane", "Melior"),
    # ---- Region Skåne, primary care (PMO)
    "vc_hoor": ("Vårdcentralen Höör", "SE2321000255-V1H4", "skane", "PMO"),
    "vc_eslov": ("Vårdcentralen Eslöv", "SE2321000255-V6E2", "skane", "PMO"),
    "bvc_kavlinge": ("BVC Kävlinge", "SE2321000255-V8K7", "skane", "PMO"),
    "hsjv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-V3S5", "skane", "PMO"),
    "um_lund": ("Ungdomsmottagningen Lund", "SE2321000255-V9U1", "skane", "PMO"),
    # ---- Västra Götalandsregionen (Melior)
    "su_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011204", "vgr", "Melior"),
    "su_neuro": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011877", "vgr", "Melior"),
    "su_nkir": ("Neurokirurgiska kliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011951", "vgr", "Melior"),
    "nal_med": ("Medicinkliniken, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000020316", "vgr", "Melior"),
    "nal_stroke": ("Strokeenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000020344", "vgr", "Melior"),
    "nal_akut": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000020301", "vgr", "Melior"),
    "skas_kir": ("Kirurgkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030417", "vgr", "Melior"),
    "skas_ort": ("Ortopedkliniken, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000030552", "vgr", "Melior"),
    "skas_uro": ("Urologmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000030488", "vgr", "Melior"),
    "sas_gyn": ("Kvinnokliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040129", "vgr", "Melior"),
    "sas_mvc": ("Specialistmödravården, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040177", "vgr", "Melior"),
    "sas_brost": ("Bröstmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040233", "vgr", "Melior"),
    "sas_barn": ("Barn- och ungdomsmedicin, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000040260", "vgr", "Melior"),
    "dsbus_onk": ("Barncancercentrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012009", "vgr", "Melior"),
    "dsbus_cf": ("CF-centrum, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E000000012033", "vgr", "Melior"),
    "su_inf": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011442", "vgr", "Melior"),
    "su_gen": ("Klinisk genetik, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011590", "vgr", "Melior"),
    "su_psyk": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011633", "vgr", "Melior"),
    "su_kard": ("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011315", "vgr", "Melior"),
    "su_uro": ("Urologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011729", "vgr", "Melior"),
    "su_hem": ("Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011366", "vgr", "Melior"),
    "su_hud": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011481", "vgr", "Melior"),
    "su_ogon": ("Ögonmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011808", "vgr", "Melior"),
    "su_onh": ("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011846", "vgr", "Melior"),
    "su_reuma": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011693", "vgr", "Melior"),
    "su_endo": ("Endokrinologimottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011402", "vgr", "Melior"),
    "su_lung": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011522", "vgr", "Melior"),
    "su_gastro": ("Gastroenterologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011260", "vgr", "Melior"),
    "su_gyn": ("Kvinnokliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011575", "vgr", "Melior"),
    "alingsas_ger": ("Geriatriska mottagningen, Alingsås lasarett", "SE2321000131-E000000050108", "vgr", "Melior"),
    "alingsas_med": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000050115", "vgr", "Melior"),
    "kungalv_med": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000060214", "vgr", "Melior"),
}

CASES = []


def _ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def N(nid, unit, time, sections, tmpl="Läkaranteckning", au=("Anna Lindgren", "läkare"),
      signed=40, setting="öppenvård"):
    """One note. time 'YYYY-MM-DD HH:MM'; signed = minutes after time, or None (draft)."""
    name, hsa, region, system = U[unit]
    t = _ts(time)
    return {
        "_region": region,
        "id": nid, "system": system, "template": tmpl,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": au[0], "role": au[1]},
        "time": t.isoformat(),
        "signed": None if signed is None else (t + dt.timedelta(minutes=signed)).isoformat(),
        "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def _luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def _luhn_ok(ten):
    s = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return s % 10 == 0


def _pnr(case_name, birth, sex):
    h = int(hashlib.sha256(case_name.encode("utf-8")).hexdigest(), 16)
    serial = h % 1000
    last = serial % 10
    if (sex == "M") != (last % 2 == 1):
        serial = serial - last + ((last + 1) % 10)
    nnn = "%03d" % serial
    yymmdd = birth[2:4] + birth[5:7] + birth[8:10]
    c = _luhn_digit(yymmdd + nnn)
    return birth.replace("-", "") + "-" + nnn + str(c)


def C(name, ruleset, pat, notes, must=(), must_not=(), why=""):
    birth, sex = pat
    notes_clean = []
    regions = set()
    for n in notes:
        n = dict(n)
        regions.add(n.pop("_region"))
        notes_clean.append(n)
    last = max(_ts(n["time"].replace("T", " ")[:16]) for n in notes_clean)
    as_of = (last + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": _pnr(name, birth, sex), "birth_date": birth, "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": notes_clean,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
        "_regions": regions,
    })

# =====================================================================================
# NL101 — diagnosis visible while the note says the patient is not (yet) told
# =====================================================================================

C("nl101-lunga-pad-besked-efter-mdk-i-planering", "skane", ("1956-09-02", "M"), [
    N("n1", "sus_lung", "2024-03-12 14:05", [
        ("Aktuellt", "67-årig man, f.d. rökare ca 40 paketår, remitterad från vc pga hosta sedan januari och viktnedgång 6 kg. DT thorax 14/2 visade en 4 cm stor hilusnära process hö med förstorade mediastinala körtlar."),
        ("Utredning", "Bronkoskopi 5/3 med biopsier från hö huvudbronk och EBUS-punktion station 7."),
        ("PAD", "Skivepitelcancer, lågt differentierad. PD-L1 (22C3) TPS 60 %. Station 7: metastas av skivepitelcancer."),
        ("Bedömning", "Icke-småcellig lungcancer, skivepiteltyp, hö hilus, med mediastinal körtelmetastas, cT2N2M0, stadium IIIA. Tas upp på lungonkologisk MDK 19/3 för behandlingsrekommendation."),
        ("Planering", "Pat har ännu inte fått besked om PAD-svaret. Kallas till läkarbesök efter MDK, då besked ges tillsammans med kontaktsjuksköterska Lena."),
    ], au=("Per Håkansson", "läkare")),
], must=[("NL101", "n1")], why="Lung cancer named in PAD and Bedömning; two sections later Planering says the patient has not been told the PAD result.")

C("nl101-als-emg-hustrun-informerad-dikterat", "skane", ("1961-05-21", "M"), [
    N("n1", "sus_neuro", "2024-03-18 10:20", [
        ("Anamnes", "Patienten är en 62-årig högerhänt man, tidigare frisk, som sedan hösten 2023 har märkt tilltagande svaghet i vänster hand med svårigheter att knäppa knappar och hålla i verktyg, och på senare tid även muskelryckningar i båda överarmarna samt en viss sluddrighet på kvällarna som hustrun har uppmärksammat."),
        ("Status", "Atrofi av m. interosseus dorsalis I vä och thenar vä. Fascikulationer bilat överarmar och i tungan. Livliga reflexer i samtliga extremiteter, Babinski pos vä. Sensibilitet ua."),
        ("Neurofysiologi", "EMG: utbredd kronisk och pågående denervation i tre regioner (bulbärt, cervikalt, lumbalt). Normala sensoriska svar."),
        ("Bedömning", "Sammantaget uppfylls Gold Coast-kriterierna för amyotrofisk lateralskleros. MR halsrygg utan myelopati som förklarar bilden."),
        ("Information", "Hustrun ringde i förmiddags och fick på egen begäran en sammanfattning av utredningsresultatet. Patienten själv har däremot ännu inte fått diagnosbeskedet, det ges vid besök hos mig 26/3 där även ALS-teamets kurator deltar. /dikt. MH, utskr. sekr. 2024-03-18"),
    ], au=("Magnus Holm", "läkare"), signed=300),
], must=[("NL101", "n1")], why="ALS named in Bedömning; at the end of a dictated note: the wife was told, the patient himself not yet.")

C("nl101-schizofreni-ej-kommunicerad-misstanksam", "vgr", ("1993-11-08", "F"), [
    N("n1", "su_psyk", "2024-02-20 13:30", [
        ("Aktuellt", "Uppföljning efter inläggning i januari. Pat beskriver fortsatt att grannarna avlyssnar lägenheten via elementen och att TV:n sänder meddelanden riktade till henne. Sömn 4–5 h/natt. Tar Abilify 10 mg med viss följsamhet."),
        ("Status", "Vaken, orienterad. Avvaktande, misstänksam kontakt. Formella tankestörningar med tangentiellt tankeförlopp. Förnekar hallucinos men verkar lyssna inåt vid två tillfällen. Förnekar suicidtankar."),
        ("Bedömning", "Psykossymtom sedan mer än sex månader med funktionsfall, utan affektiv komponent och utan påvisbart missbruk. Kriterierna för paranoid schizofreni, F20.0, bedöms nu uppfyllda."),
        ("Åtgärd", "Abilify höjs till 15 mg. Depotinjektion diskuteras framöver."),
        ("Information", "Diagnosen har inte kommunicerats med pat idag då hon bedöms alltför misstänksam; risken är att hon avbryter kontakten. Tas upp när alliansen är stabilare, senast vid läkarbesök i maj."),
    ], au=("Karin Sjöberg", "läkare")),
], must=[("NL101", "n1")], why="Schizophrenia set in Bedömning; a separate Information section says the diagnosis has not been communicated to the patient.")

C("nl101-huntington-prediktiv-test-besked-i-maj", "skane", ("1990-02-27", "F"), [
    N("n1", "sus_gen", "2024-04-03 09:10", [
        ("Bakgrund", "Pat, 34 år, vars far har Huntingtons sjukdom, valde efter två samtal med genetisk vägledare att genomgå prediktiv testning, prov taget 12/3."),
        ("Lab", "HTT-genen: 17 respektive 43 CAG-repetitioner. Den expanderade allelen ligger inom fullpenetrant område."),
        ("Bedömning", "Pat bär anlag för Huntingtons sjukdom (G10)."),
        ("Planering", "Enligt vårt protokoll lämnas provsvaret endast vid personligt besök med stödperson. Besked ges av undertecknad och genetisk vägledare Sara Nyström den 2/5; pat är således inte informerad om resultatet före dess."),
    ], au=("Olof Bengtsson", "läkare")),
], must=[("NL101", "n1")], why="Positive predictive Huntington test; the result will be given at a visit in May, so the patient is not informed yet.")

C("nl101-sigmoideum-levermetastaser-bara-en-diagnos-ej-beskedad", "vgr", ("1949-07-30", "M"), [
    N("n1", "skas_kir", "2024-02-26 11:00", [
        ("Aktuellt", "Pat med adenocarcinom i sigmoideum, diagnos och besked givet vid besök 8/2, planerad för laparoskopisk sigmoideumresektion."),
        ("Röntgen", "DT thorax-buk för stadieindelning 20/2: Tumör i sigmoideum med ett par 6–7 mm lokala körtlar. Tre lesioner i lever seg VI–VII, 12–25 mm, typiska för metastaser. Lungor utan metastaser."),
        ("Bedömning", "Sigmoideumcancer med synkrona levermetastaser, cT3N1M1a. Operationsplanen omprövas."),
        ("Planering", "Till MDK kolorektal + lever 4/3. Levermetastaserna har pat inte informerats om. Kontaktsjuksköterskan ringer och bokar läkartid efter konferensen."),
    ], au=("Henrik Alm", "läkare")),
], must=[("NL101", "n1")], why="Two diagnoses: the colon cancer was told, the liver metastases were not; the untold one is visible.")

C("nl101-prostatacancer-ssk-telefon-ej-lamnat-ut", "skane", ("1952-12-10", "M"), [
    N("n1", "kri_uro", "2024-03-04 08:35", [
        ("Kontaktorsak", "Pat ringer och undrar om svaret på prostatabiopsierna från 20/2 har kommit."),
        ("Aktuellt", "PAD har inkommit 1/3: Adenocarcinom i prostata, Gleason 4+4=8 (ISUP 4) i 7 av 12 biopsier, bilateralt."),
        ("Åtgärd", "Enligt dr Ahmeds ordination ska biopsisvar ges av läkare vid besök, därför har jag inte lämnat ut svaret till pat. Han blev orolig men accepterade. Läkartid bokad 14/3 kl 10.30, pat vill ha med sin son."),
    ], tmpl="Telefonanteckning", au=("Birgitta Persson", "sjuksköterska"), signed=15),
], must=[("NL101", "n1")], why="Nurse's telephone note quotes the cancer PAD and says she did not give the result to the patient.")

C("nl101-ovarialcancer-typo-infomerad", "vgr", ("1958-04-19", "F"), [
    N("n1", "sas_gyn", "2024-03-08 16:10", [
        ("Röntgen", "DT thorax-buk 4/3: Bilaterala adnexresistenser, måttlig ascites, omentinfiltration (omental cake). Inga lungmetastaser."),
        ("PAD", "Px omentum (laparoskopi 6/3): Höggradig serös karcinom, tubo-ovarialt ursprung, WT1+, p53 aberrant."),
        ("Bedömning", "Höggradig serös ovarialcancer st IIIC. Neoadjuvant cytostatika planeras enl gyn-onk MDK."),
        ("Information", "Pat har ännu inte blivit infomerad om PAD, hon ligger kvar på avd 12 efter laparoskopin och besked ges på ronden i morgon tillsammans med kontaktssk."),
    ], tmpl="Daganteckning", au=("Sofia Malm", "läkare"), setting="slutenvård"),
], must=[("NL101", "n1")], why="Ovarian cancer in PAD/Bedömning; the not-told statement has the typo 'infomerad'.")

C("nl101-aml-for-paverkad-sonen-informerad", "skane", ("1947-01-15", "M"), [
    N("n1", "sus_hem", "2024-05-14 17:40", [
        ("Aktuellt", "Inlagd via akuten igår med feber, pancytopeni och blåsor i munnen."),
        ("Lab", "LPK 38, blaster i perifert blod 62 %, Hb 74, TPK 14."),
        ("Utredning", "Benmärgsaspiration idag: 45 % myeloiska blaster, flödescytometri CD33+/CD117+/MPO+. Cytogenetik och NPM1/FLT3 inväntas."),
        ("Bedömning", "Akut myeloisk leukemi, de novo. Startar hydroxyurea, kontakt med hematologjouren om induktion."),
        ("Information", "Pat febril 39,5 och kraftigt påverkad, bedöms inte kunna ta till sig information idag. Sonen informerad per telefon. Pat själv får besked så snart allmäntillståndet tillåter."),
    ], tmpl="Daganteckning", au=("Erik Wallin", "läkare"), setting="slutenvård"),
], must=[("NL101", "n1")], why="AML; the patient is too ill to take in the news, only the son was told.")

C("nl101-hiv-tolk-saknas-nytt-besok", "vgr", ("1986-10-03", "M"), [
    N("n1", "su_inf", "2024-03-14 15:00", [
        ("Lab", "HIV Ag/Ak positiv, konfirmerad med immunoblot. HIV-1 RNA 230 000 kopior/ml. CD4 180 x10^6/L."),
        ("Bedömning", "Nydiagnostiserad HIV-1-infektion med måttlig immunsuppression. Smittspårning och behandlingsstart enligt nationella riktlinjer."),
        ("Åtgärd", "Pat talar dari och förstår mycket lite svenska; telefontolk gick inte att få tag på i dag. Pat har därför inte fått provsvaret – nytt besök med kontakttolk på plats bokat tisdag 19/3 kl 09.00."),
    ], au=("Lars Öberg", "läkare")),
    N("n2", "su_inf", "2024-03-19 09:00", [
        ("Aktuellt", "Besök med kontakttolk (dari) på plats."),
        ("Bedömning", "HIV-1-infektion, CD4 180. Profylax mot pneumocystis startas."),
        ("Information", "Pat har idag via tolken fått besked om att han har hiv, vad det innebär, att behandlingen är effektiv och att han med fungerande behandling inte smittar sexuellt. Smittskyddsblad genomgånget."),
    ], au=("Lars Öberg", "läkare")),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")], why="HIV confirmed; no interpreter in n1 so the patient was not told; told with an interpreter at the next visit (n2).")

C("nl101-melanom-har-inte-natt-pat-pa-telefon", "skane", ("1971-06-28", "F"), [
    N("n1", "sus_hud", "2024-02-23 14:50", [
        ("Aktuellt", "Excision av pigmenterad lesion på vä vad 15/2 pga ändrad färg och form."),
        ("PAD", "Malignt melanom, superficiellt spridande typ, Breslow 2,1 mm, ej ulcererat, mitoser 3/mm². Radikalt exciderat med snäv marginal (1 mm)."),
        ("Bedömning", "Malignt melanom pT3a vä underben."),
        ("Planering", "Utvidgad excision 2 cm + portvaktskörtelbiopsi, remiss plastikkir. Har sökt pat på telefon två gånger idag utan att nå henne; hon har alltså ännu inte fått besked. Försöker igen på måndag."),
    ], au=("Helena Ström", "läkare")),
], must=[("NL101", "n1")], why="Melanoma PAD; the doctor could not reach the patient, so she has not had the news.")

C("nl101-alzheimer-typo-dottern-vill-avvakta", "vgr", ("1941-09-12", "F"), [
    N("n1", "alingsas_ger", "2024-03-25 10:15", [
        ("Sammanfattning", "Utredning pga minnessvikt sedan ca 2 år. MMSE 21/30, klocktest med planeringssvårigheter. DT hjärna: mediotemporal atrofi gr 2 bilat, lätt vitsubstansförändring. Likvor: sänkt Aβ42, förhöjt p-tau och t-tau."),
        ("Diagnos", "Alzhiemers sjukdom med sen debut (G30.1/F00.1)."),
        ("Planering", "Start donepezil 5 mg. Diagnosen ej meddelad pat. Dottern, som är med på alla besök, har bett oss vänta med besked tills hon själv kan närvara vid nästa besök 22/4."),
    ], au=("Gunnar Eklund", "läkare")),
], must=[("NL101", "n1")], why="Alzheimer's (typo 'Alzhiemers') in Diagnos; Planering says it is not told, the daughter asked to wait.")

C("nl101-hocm-pat-gick-fore-lakarsamtalet", "skane", ("1980-08-05", "F"), [
    N("n1", "sus_kard", "2024-04-09 11:30", [
        ("Eko", "Asymmetrisk septumhypertrofi 22 mm, bakvägg 11 mm. SAM av främre mitralisseglet. LVOT-gradient 55 mmHg i vila, 90 mmHg vid Valsalva. EF 70 %."),
        ("Bedömning", "Hypertrofisk obstruktiv kardiomyopati. Genetisk utredning och kaskadtestning av förstagradssläktingar aktuellt."),
        ("Info", "Pat var tvungen att hämta på förskolan och gick innan läkarsamtalet, så hon har inte fått veta vad ekot visade. Ny tid hos mig 11/4."),
    ], au=("Jonas Friberg", "läkare"), signed=None),
], must=[("NL101", "n1")], why="HOCM on echo; the patient left before the talk and has not learnt the result.")

C("nl101-duchenne-foraldrar-ej-fatt-svar", "skane", ("2019-11-23", "M"), [
    N("n1", "sus_barn", "2024-03-27 13:00", [
        ("Aktuellt", "4-årig pojke som utreds för sen motorisk utveckling, svårt att resa sig från golvet (Gowers tecken), förstorade vader. CK 18 400."),
        ("Genetik", "MLPA DMD-genen: hemizygot deletion exon 45–50, ramförskjutande."),
        ("Bedömning", "Duchennes muskeldystrofi."),
        ("Planering", "Föräldrarna har ännu inte fått svaret på den genetiska analysen. Samtal bokat 8/4 med barnneurolog, kurator och fysioterapeut från neuromuskulära teamet."),
    ], au=("Maria Lundqvist", "läkare")),
], must=[("NL101", "n1")], why="Child under 13 (guardians read the journal): Duchenne named, guardians not yet given the result.")

C("nl101-osteosarkom-17-ar-sarkomcentrum-ger-besked", "vgr", ("2006-07-14", "M"), [
    N("n1", "skas_ort", "2024-03-13 15:20", [
        ("Anamnes", "17-årig fotbollsspelare med smärta och svullnad vä knä sedan december, nattlig värk senaste månaden."),
        ("Röntgen", "MR vä femur 28/2: Destruktiv process i distala metafysen med Codman-triangel och mjukdelskomponent 5 cm."),
        ("PAD", "Mellannålsbiopsi: Höggradigt osteosarkom, konventionell osteoblastisk typ."),
        ("Planering", "Fallet diskuterat med Sarkomcentrum SU, som övertar och ger besked vid nybesök 20/3. Varken pat eller föräldrar har hittills informerats om PAD-svaret."),
    ], au=("Mikael Dahl", "läkare")),
], must=[("NL101", "n1")], why="17-year-old reads his own journal: osteosarcoma in PAD, neither he nor his parents have been told.")

C("nl101-mesoteliom-typo-mesotelion", "skane", ("1948-03-09", "M"), [
    N("n1", "sus_lung", "2024-03-06 09:45", [
        ("Anamnes", "Pat arbetade som rörmokare på varvet i Malmö 1965–1985 med asbestexponering. Utreds för hö-sidig pleuravätska."),
        ("Utredning", "Thorakoskopi 27/2 med pleurabiopsier."),
        ("PAD", "Malignt pleuralt mesotelion, epiteloid typ, BAP1-förlust."),
        ("Bedömning", "Epiteloidt mesoteliom hö. Arbetsskadeanmälan ska göras."),
        ("Planering", "PAD-svaret är ännu inte meddelat pat. Återbesök 12/3 med hustrun, då besked och planering av onkologisk behandling."),
    ], au=("Anders Nilsson", "läkare")),
], must=[("NL101", "n1")], why="Mesothelioma (typo 'mesotelion' in PAD); the PAD result is not yet given to the patient.")

C("nl101-men2a-fraga-fran-remittent-svar-nej", "vgr", ("1985-01-30", "F"), [
    N("n1", "su_endo", "2024-05-07 14:00", [
        ("Remiss", "Remitterande kirurg frågar: Är pat informerad om den genetiska diagnosen inför tyreoidektomin?"),
        ("Lab", "Kalcitonin 480 ng/L (ref <5). CEA 32. P-metanefriner normala."),
        ("Genetik", "RET c.1900T>C (p.Cys634Arg), patogen."),
        ("Bedömning", "Multipel endokrin neoplasi typ 2A med medullär tyreoideacancer. Feokromocytom uteslutet biokemiskt inför op."),
        ("Svar", "Nej – pat är inte informerad om RET-fyndet än. Det tas vid återbesöket 3/6 tillsammans med klinisk genetik; remittenten har fått veta detta."),
    ], au=("Ingrid Axelsson", "läkare")),
], must=[("NL101", "n1")], why="Question 'Är pat informerad?' at the top, answer 'Nej' at the bottom; MEN2A named in between.")

C("nl101-glioblastom-tre-anteckningar-besked-dag-5", "vgr", ("1962-08-17", "F"), [
    N("n1", "su_nkir", "2024-04-08 19:30", [
        ("Aktuellt", "Inlagd via akuten med tre veckors huvudvärk och nytillkommen vä-sidig svaghet. MR: 5 cm ringformigt laddande expansivitet hö temporoparietalt med perifokalt ödem."),
        ("Bedömning", "Expansivitet hö hemisfär. Kortison insatt. Resektion planeras."),
        ("Information", "Pat och make informerade om att det rör sig om en tumör i hjärnan som behöver opereras och analyseras."),
    ], tmpl="Inskrivningsanteckning", au=("Daniel Forsberg", "läkare"), setting="slutenvård"),
    N("n2", "su_nkir", "2024-04-15 11:10", [
        ("Aktuellt", "Dag 3 efter resektion. Mobiliseras, vä-sidig pares i regress."),
        ("PAD", "Glioblastom, IDH-vildtyp, CNS WHO grad 4. MGMT-promotorn metylerad."),
        ("Bedömning", "Glioblastom. Remiss onkologen för strålbehandling + temozolomid."),
        ("Information", "Pat har ännu inte fått PAD-svaret; vi väntar till maken kommer på torsdag så att de kan få beskedet tillsammans."),
    ], tmpl="Daganteckning", au=("Daniel Forsberg", "läkare"), setting="slutenvård"),
    N("n3", "su_nkir", "2024-04-18 14:45", [
        ("Information", "Informationssamtal idag med pat och make: genomgått PAD-svaret, att det rör sig om glioblastom, en elakartad hjärntumör som inte går att bota men kan bromsas med strålning och cytostatika. Pat tog emot beskedet lugnt, maken mer påverkad. Kurator kontaktad."),
        ("Planering", "Utskrivning planeras till måndag, ssk tar kontakt med onkologen ang tid för strålplanering."),
    ], tmpl="Daganteckning", au=("Eva Rydberg", "läkare"), setting="slutenvård"),
], must=[("NL101", "n2")], must_not=[("NL101", "n3")], why="Three inpatient notes: glioblastoma untold on day 3 (n2), told on day 5 (n3); each note judged alone.")

C("nl101-lupusnefrit-biopsisvar-ej-fatt", "skane", ("1995-02-14", "F"), [
    N("n1", "sus_reuma", "2024-03-05 10:40", [
        ("Aktuellt", "Känd SLE sedan 2019 (artrit, hudengagemang, anti-dsDNA pos), välinformerad om sin sjukdom. Proteinuri 1,8 g/dygn vid senaste kontroll, njurbiopsi 28/2."),
        ("PAD", "Njurbiopsi: Diffus proliferativ lupusnefrit, ISN/RPS klass IV-A."),
        ("Bedömning", "SLE med nytillkommen lupusnefrit klass IV. Induktion med mykofenolat + steroider planeras i samråd med njurmedicin."),
        ("Planering", "Biopsisvaret har pat inte fått ännu, hon är på resa och kommer hem 10/3. Telefontid bokad till 11/3 kl 13."),
    ], au=("Cecilia Borg", "läkare")),
], must=[("NL101", "n1")], why="Known SLE (told) but the new lupus nephritis from the biopsy is not yet told.")

C("nl101-trisomi21-amniocentes-bm-nar-ej-pat", "vgr", ("1986-05-05", "F"), [
    N("n1", "sas_mvc", "2024-03-15 14:55", [
        ("Aktuellt", "Pat gravid v 17+2, amniocentes 11/3 pga förhöjd risk vid KUB (1:45)."),
        ("Lab", "QF-PCR fostervatten: trisomi 21. Fullständig kromosomanalys följer."),
        ("Åtgärd", "Ringt pat 12.15 och 14.40 utan svar, lämnat meddelande om att ringa tillbaka. Pat ej informerad om provsvaret. Dr Kovac ringer upp i morgon förmiddag och erbjuder besök samma dag."),
    ], tmpl="Telefonanteckning", au=("Linnea Holmqvist", "barnmorska"), signed=10),
], must=[("NL101", "n1")], why="Pregnancy: fetal trisomy 21 in the midwife's telephone note, the patient has not been reached.")

C("nl101-pankreastumor-akuten-natt-ej-berattat", "skane", ("1955-10-25", "M"), [
    N("n1", "sus_akut", "2024-02-11 02:40", [
        ("Aktuellt", "Ikterus sedan en vecka, mörk urin, ljus avföring, viktnedgång 8 kg sedan jul. Ingen buksmärta."),
        ("Status", "Gul, opåverkad. Buk mjuk, palpabel gallblåsa (Courvoisier)."),
        ("Lab", "Bilirubin 210, ALP 14, ALAT 3,2, CA 19-9 1200."),
        ("Röntgen", "DT buk: 4 cm lågattenuerande tumör i pankreashuvudet med inväxt i v. mesenterica superior, dilaterade gallvägar, multipla levermetastaser upp till 3 cm."),
        ("Bedömning", "Stopp-ikterus orsakad av tumör i caput pancreatis med levermetastaser."),
        ("Åtgärd", "Läggs in på kir avd 4 för ERCP med stent. Jag har inte berättat om DT-fynden för pat, som är ensam här i natt och mycket orolig; bör tas dagtid av avdelningsläkare med anhörig närvarande."),
    ], tmpl="Akutanteckning", au=("Amir Haddad", "läkare"), signed=25, setting="akut"),
], must=[("NL101", "n1")], why="Night ED note: pancreatic tumour with liver metastases; 'jag har inte berättat' in Åtgärd.")

C("nl101-larynxcancer-english-not-informed-mdt", "vgr", ("1959-12-01", "M"), [
    N("n1", "su_onh", "2024-03-15 13:25", [
        ("Aktuellt", "Heshet sedan 4 mån, storrökare. Mikrolaryngoskopi 7/3 med px från vä stämband."),
        ("PAD", "Skivepitelcancer, måttligt differentierad, invasiv."),
        ("Bedömning", "Glottisk larynxcancer vä, T2N0 (stämbandsrörlighet nedsatt)."),
        ("Planering", "Pat not informed yet – fallet går till MDT onsdag 20/3, därefter besked och behandlingsförslag (strålning) vid besök 22/3."),
    ], au=("Fredrik Lund", "läkare")),
], must=[("NL101", "n1")], why="Larynx cancer; the not-told statement is an English loan ('Pat not informed yet').")

C("nl101-koroidalmelanom-undertecknad-valt-att-vanta", "skane", ("1964-04-11", "F"), [
    N("n1", "sus_ogon", "2024-05-21 09:30", [
        ("Aktuellt", "Remiss från optiker pga synfältsbortfall vä öga."),
        ("Status", "Visus hö 1,0, vä 0,6. Vä fundus: pigmenterad, kupolformig tumör temporalt om makula med orange pigment och subretinal vätska."),
        ("Undersökning", "UL: 12 x 6 mm tumör, låg intern reflektivitet, koroidal excavation."),
        ("Bedömning", "Koroidalt melanom vä öga, medelstort."),
        ("Planering", "Remiss ögononkologiska enheten S:t Erik för brachyterapi. Undertecknad har valt att vänta med att informera pat om diagnosen tills bedömningen från S:t Erik finns, för att kunna ge ett samlat besked om behandling."),
    ], au=("Annika Wester", "läkare")),
], must=[("NL101", "n1")], why="Choroidal melanoma; 'undertecknad har valt att vänta med att informera'.")

C("nl101-myelom-pat-tror-osteoporos", "vgr", ("1950-06-06", "F"), [
    N("n1", "su_hem", "2024-04-04 15:15", [
        ("Lab", "M-komponent IgG-kappa 42 g/L, fria kappa 1400 mg/L, kvot 95. Hb 96, kreatinin 118, Ca 2,71."),
        ("Benmärg", "30 % monoklonala plasmaceller."),
        ("Röntgen", "Helkropps-DT lågdos: multipla lytiska lesioner i kotpelare och bäcken, kompressionsfraktur Th12."),
        ("Bedömning", "Multipelt myelom, symtomatiskt (anemi, skelett), R-ISS II. Kandidat för autolog stamcellstransplantation."),
        ("Planering", "Pat tror fortfarande att ryggvärken beror på osteoporos. Hon har inte informerats om myelomdiagnosen; planen är att ge beskedet vid nybesöket på hematologmottagningen 17/4 med kontaktsjuksköterska."),
    ], au=("Peter Sandberg", "läkare"), signed=None),
], must=[("NL101", "n1")], why="Myeloma; the patient still believes it is osteoporosis and has not been told.")

C("nl101-bipolar-ii-vi-avvaktar-med-att-delge", "skane", ("1998-03-17", "M"), [
    N("n1", "psyk_lund", "2024-06-04 13:00", [
        ("Anamnes", "Återkommande depressioner sedan 19 års ålder. Nu framkommer via sambon två tydliga perioder 2022 och 2023 med minskat sömnbehov, ökad aktivitet, impulsiva köp för 80 000 kr och irritabilitet, varaktighet ca 1 vecka vardera."),
        ("Bedömning", "Bipolär sjukdom typ II, F31.8, aktuellt lindrig depressiv episod. SSRI bör ersättas med stämningsstabiliserare."),
        ("Planering", "Vi avvaktar med att delge pat diagnosen tills vi hunnit gå igenom hypomanierna med honom själv vid nästa besök om två veckor."),
    ], au=("Sara Nordin", "läkare")),
], must=[("NL101", "n1")], why="Bipolar II set; 'vi avvaktar med att delge pat diagnosen'.")

C("nl101-lungtbc-besked-har-ej-lamnats-passiv", "vgr", ("1978-08-22", "M"), [
    N("n1", "su_inf", "2024-03-07 16:30", [
        ("Lab", "Sputumodling 3/3: Mycobacterium tuberculosis complex, GeneXpert utan rifampicinresistens."),
        ("Röntgen", "Kavitet i hö ovanlob."),
        ("Bedömning", "Lungtuberkulos, smittsam (direktmikroskopi pos). Allmänfarlig sjukdom enl smittskyddslagen, anmälan gjord."),
        ("Åtgärd", "Besked om odlingssvaret har ännu inte lämnats till patienten. Han kallas till mottagningen i morgon kl 08.00 för information, förhållningsregler och start av fyrdrogsbehandling."),
    ], au=("Lars Öberg", "läkare")),
], must=[("NL101", "n1")], why="Pulmonary TB; passive-voice statement that the news has not been given.")

C("nl101-all-barn-vardnadshavare-samtal-kl-15-utkast", "vgr", ("2017-10-02", "F"), [
    N("n1", "dsbus_onk", "2024-01-17 11:20", [
        ("Aktuellt", "6-årig flicka inlagd sedan igår med blekhet, petekier och skelettsmärta."),
        ("Benmärg", "Flödescytometri: 88 % B-lymfoblaster, CD10+, CD19+, CD34+. Cytogenetik pågår."),
        ("Bedömning", "Akut lymfatisk leukemi, B-prekursor. Behandling enligt ALLTogether."),
        ("Planering", "CVK-inläggning i morgon. Vårdnadshavarna har inte informerats om diagnosen, samtal med ansvarig barnonkolog och kontaktsjuksköterska kl 15 idag."),
    ], tmpl="Daganteckning", au=("Kristina Holm", "läkare"), signed=None, setting="slutenvård"),
], must=[("NL101", "n1")], why="Unsigned draft, child of 6: ALL named, guardians to be told at 15 today (not yet).")

C("nl101-njurtumor-dikterad-besked-om-tva-veckor", "skane", ("1966-02-09", "F"), [
    N("n1", "sus_uro_malmo", "2024-03-01 10:00", [
        ("Anamnes", "Patienten är en 58-årig kvinna som remitteras från vårdcentralen i Svedala efter att man vid ultraljud av buken, som gjordes på grund av oklara smärtor i övre delen av buken, fann en förändring i vänster njure, varför datortomografi av urinvägarna har utförts den 26 februari, och hon kommer nu till mig för planering."),
        ("Röntgen", "DT urografi: 6,2 cm solid, heterogent kontrastuppladdande tumör i vänster njures nedre pol, ingen venös inväxt, inga förstorade körtlar, inga lungmetastaser."),
        ("Status", "Allmäntillståndet är gott, hon är smal, buken är mjuk och oöm och det finns inga palpabla resistenser. BT 138/84."),
        ("Bedömning", "Njurtumör vänster sida, klinisk T1b N0 M0, där laparoskopisk partiell nefrektomi i första hand bedöms vara tekniskt genomförbar, alternativt radikal nefrektomi om läget visar sig ogynnsamt."),
        ("Planering", "Fallet tas upp på uro-onkologisk rond. Beträffande informationen till patienten så har hon vid dagens besök, eftersom hennes make var förhindrad att komma och hon uttryckligen ville ha honom med, ännu inte fått veta vad datortomografin visade, utan det beskedet ges vid nytt besök hos mig om två veckor. /Dikt. PB, utskr. sekr."),
    ], au=("Patrik Berg", "läkare"), signed=1440),
], must=[("NL101", "n1")], why="Secretary-typed dictation: kidney tumour in Röntgen/Bedömning, the not-told clause buried in a long last sentence.")

C("nl101-ms-typo-sklerors-mr-svar-ej-meddelat", "vgr", ("1994-10-27", "F"), [
    N("n1", "su_neuro", "2024-03-11 14:10", [
        ("Aktuellt", "Uppföljning efter optikusneurit hö öga i januari, nu åter med domningar i vä ben sedan 2 veckor."),
        ("Utredning", "MR hjärna + ryggmärg 6/3: 9 periventrikulära och juxtakortikala lesioner, varav två laddar kontrast, samt en lesion i C4-nivå. Likvor: oligoklonala band, IgG-index 0,9."),
        ("Bedömning", "Multipel sklerors, skovvis förlöpande (RRMS), McDonald 2017-kriterierna uppfyllda med spridning i tid och rum."),
        ("Planering", "MR-svaret och likvorsvaret har ännu inte meddelats pat. Hon kommer på nybesök 19/3 med sin sambo, då diagnos och val av sjukdomsmodulerande behandling diskuteras."),
    ], au=("Johanna Blom", "läkare")),
], must=[("NL101", "n1")], why="MS (typo 'sklerors'); MR and CSF results not yet given to the patient.")

C("nl101-ventrikelcancer-typo-ej-delgivit", "skane", ("1963-01-19", "M"), [
    N("n1", "sus_kir_malmo", "2024-03-06 15:40", [
        ("Gastroskopi", "Ulcererande, vallartad tumör i corpus ventriculi mot curvatura minor, ca 5 cm. Biopsier x 8."),
        ("PAD", "Adenocarcinom av diffus typ med signetringceller. HER2 negativ."),
        ("Bedömning", "Ventrikelcancer i corpus, stadieindelande DT beställd."),
        ("Information", "Ej delgivit pat. Väntar på DT 12/3, därefter samlat besked."),
    ], au=("Tobias Ek", "läkare")),
], must=[("NL101", "n1")], why="Gastric cancer; terse 'Ej delgivit pat' (typo for delgivet) in Information.")

C("nl101-autism-17-ar-bup-aterkoppling-i-maj", "skane", ("2006-09-30", "F"), [
    N("n1", "bup_lund", "2024-04-12 11:00", [
        ("Utredning", "Neuropsykiatrisk utredning genomförd februari–mars: ADOS-2, ADI-R med mamma, WAIS-V (HIQ 112), skattningar från skolan."),
        ("Bedömning", "Samlad bedömning: Autismspektrumtillstånd utan intellektuell funktionsnedsättning, F84.5. Kriterier för ADHD ej uppfyllda."),
        ("Planering", "Återkopplingssamtal med pat och föräldrar 23/5 med psykolog och läkare. Fram till dess är varken pat eller föräldrarna informerade om utredningens resultat."),
    ], au=("Elin Ahlström", "läkare")),
], must=[("NL101", "n1")], why="17-year-old, BUP: autism diagnosis set, feedback to patient scheduled for a later visit.")

C("nl101-brca1-pat-avboj-att-ta-del", "vgr", ("1979-12-18", "F"), [
    N("n1", "su_gen", "2024-02-06 10:30", [
        ("Bakgrund", "Pat med mor och moster som haft bröstcancer före 50 år. Anlagstestning 4/1 efter genetisk vägledning."),
        ("Lab", "BRCA1 c.68_69del (p.Glu23fs), patogen variant, heterozygot."),
        ("Bedömning", "Ärftligt bröst- och äggstockscancersyndrom (BRCA1). Kontrollprogram och riskreducerande kirurgi aktuellt."),
        ("Kontakt", "Vid telefonsamtalet i dag meddelade pat att hon i nuläget inte orkar ta del av svaret, pga sin mors svåra sjukdom. Hon är alltså inte informerad om resultatet. Vi kommer överens om att hon hör av sig när hon är redo, annars ringer vi om 3 mån."),
    ], au=("Olivia Hedlund", "läkare")),
], must=[("NL101", "n1")], why="Patient declined to hear the BRCA1 result; the result is in visible text.")

C("nl101-ipf-ar-pat-informerad-nej-hann-inte", "skane", ("1950-11-04", "M"), [
    N("n1", "sus_lung", "2024-03-08 13:40", [
        ("Aktuellt", "Tilltagande ansträngningsdyspné sedan 1 år, torrhosta. Knaster bibasalt."),
        ("Röntgen", "HRCT: UIP-mönster med subpleural, basal retikulation, honeycombing och traktionsbronkiektasier."),
        ("Lungfunktion", "VC 62 % av förv, DLCO 48 %."),
        ("Bedömning", "Idiopatisk lungfibros (IPF) enl multidisciplinär ILD-konferens 5/3. Antifibrotisk beh aktuell."),
        ("Information", "Är pat informerad om IPF-diagnosen? Nej, hann inte idag eftersom besöket gick åt till hans akuta urinvägsbesvär. Besked vid besök 26/3, avsätter 60 min."),
    ], au=("Anders Nilsson", "läkare")),
], must=[("NL101", "n1")], why="Question-and-answer form in Information: 'Är pat informerad...? Nej'.")

C("nl101-hepatit-c-ssk-nar-inte-pat", "skane", ("1984-05-13", "M"), [
    N("n1", "sus_inf", "2024-04-22 10:05", [
        ("Aktuellt", "Enl ordination dr Svensson ska pat kallas och informeras om provsvar."),
        ("Lab", "HCV-RNA 2,1 milj IE/ml, genotyp 3a. Anti-HCV pos vid screening i mars."),
        ("Bedömning", "Dr Svensson bedömer kronisk heaptit C med behandlingsindikation."),
        ("Åtgärd", "Ringt pat två ggr utan svar, sms skickat om att ringa mottagningen. Pat ännu ej informerad, försöker igen i morgon fm."),
    ], tmpl="Telefonanteckning", au=("Jenny Falk", "sjuksköterska"), signed=10),
], must=[("NL101", "n1")], why="Nurse's note: chronic hepatitis C (typo 'heaptit'), repeated calls failed, patient not informed.")

C("nl101-akromegali-delvis-informerad", "vgr", ("1970-03-21", "M"), [
    N("n1", "su_endo", "2024-03-19 11:45", [
        ("Aktuellt", "Remiss pga förstorade händer och fötter, grova ansiktsdrag och sömnapné."),
        ("Lab", "IGF-1 3,4 x övre ref, GH ej supprimerbart vid OGTT (nadir 4,2 µg/L)."),
        ("Röntgen", "MR hypofys: 14 mm makroadenom med suprasellär utbredning, lätt kontakt med chiasma."),
        ("Bedömning", "Akromegali orsakad av GH-producerande hypofysadenom."),
        ("Information", "Pat har fått veta att MR visar 'en förändring vid hypofysen' som behöver följas upp, men inte att det är ett hormonproducerande adenom med akromegali; det tas vid besök med endokrinolog och neurokirurg 9/4."),
    ], au=("Ingrid Axelsson", "läkare"), signed=None),
], must=[("NL101", "n1")], why="Partly told: the patient knows of 'a change' but not the diagnosis acromegaly/adenoma.")

C("nl101-vaskular-demens-afasi-maken-informerad", "skane", ("1939-07-07", "F"), [
    N("n1", "minne_malmo", "2024-03-20 14:00", [
        ("Sammanfattning", "Stroke vä MCA 2022 med kvarstående uttalad afasi. Successiv kognitiv försämring, ADL-beroende. DT: multipla lakunära infarkter och uttalad småkärlssjukdom."),
        ("Diagnos", "Vaskulär demens, subkortikal (F01.2)."),
        ("Information", "Pat har svår afasi och diagnosen har ännu inte förmedlats till henne; maken informerad vid dagens besök. Arbetsterapeut prövar bildstöd inför samtal med pat vid hembesök i april."),
    ], au=("Margareta Ljung", "läkare")),
], must=[("NL101", "n1")], why="Vascular dementia; severe aphasia, husband told, patient not.")

C("nl101-celiaki-barn-typo-inforemrade", "vgr", ("2015-06-11", "M"), [
    N("n1", "sas_barn", "2024-03-06 15:30", [
        ("Aktuellt", "Gastroskopi 29/2 pga tTG-IgA 10 x ref, buksmärtor och längdtillväxt som planat ut."),
        ("PAD", "Duodenalbiopsier: total villusatrofi, kryptohyperplasi, ökat antal IEL (Marsh 3c)."),
        ("Bedömning", "Celiaki. Remiss dietist, glutenfri kost."),
        ("Planering", "Vårdnadshavarna är ännu inte inforemrade om biopsisvaret. Barnsjuksköterska ringer mamma i morgon och bokar besök hos dietist samma vecka."),
    ], au=("Petra Lindahl", "läkare")),
], must=[("NL101", "n1")], why="Child of 8: coeliac disease, guardians not yet told (typo 'inforemrade').")

C("nl101-brostcancer-besked-ej-givet-kallas-5-juni", "skane", ("1968-10-15", "F"), [
    N("n1", "brost_malmo", "2024-05-29 16:00", [
        ("Undersökning", "Mammografi + UL: 14 mm spikulerad förändring hö bröst kl 10, BI-RADS 5. Axill ua."),
        ("PAD", "Mellannålsbiopsi: Invasiv cancer av ospecifik typ (NST), NHG 2, ER 95 %, PR 60 %, HER2 neg, Ki67 18 %."),
        ("Bedömning", "Bröstcancer hö, cT1cN0. Primär operation: sektorresektion + sentinel node."),
        ("Besked", "Ej givet. Pat kallas till bröstmottagningen 5/6 för diagnosbesked med kontaktsjuksköterska."),
    ], au=("Lisa Engström", "läkare")),
], must=[("NL101", "n1")], why="Breast cancer; a section 'Besked: Ej givet.' and a booked visit for the diagnosis.")

C("nl101-parkinson-typo-hann-inte-informera", "vgr", ("1956-01-29", "M"), [
    N("n1", "su_neuro", "2024-03-07 10:50", [
        ("Aktuellt", "Tremor i hö hand sedan ett år, långsammare gång, mindre handstil."),
        ("Status", "Vilotremor hö hand, rigiditet hö arm med kugghjulsfenomen, bradykinesi hö > vä. Nedsatt medsving hö arm."),
        ("Undersökning", "DaTSCAN 4/3: reducerat upptag i bilat putamen, mest vä."),
        ("Bedömning", "Parkinssons sjukdom, tidigt stadium (H&Y 1)."),
        ("Planering", "Pat hade bråttom till ett annat besök på sjukhuset och jag hann inte informera honom om slutsatsen. Ringer honom på torsdag och bokar besök inom 2 v för information och start av levodopa."),
    ], au=("Mattias Greve", "läkare")),
], must=[("NL101", "n1")], why="Parkinson's (typo 'Parkinssons'); 'jag hann inte informera honom'.")

C("nl101-blasscancer-dr-lindqvist-ger-besked", "vgr", ("1945-04-04", "M"), [
    N("n1", "su_uro", "2024-03-21 09:20", [
        ("Op", "TURB 12/3 av 3 cm solid tumör bakre blåsvägg."),
        ("PAD", "Urotelial cancer höggradig, invasion i detrusormuskulatur (pT2)."),
        ("Bedömning", "Muskelinvasiv blåscancer. DT thorax-buk beställd, fallet till uro-onk MDK."),
        ("Planering", "Dr Lindqvist ger pat beskedet vid besök 9/4. Till dess har han inte fått veta PAD-svaret; ssk instruerade att inte lämna ut det per telefon."),
    ], au=("Karl Sundén", "läkare")),
], must=[("NL101", "n1")], why="Bladder cancer; the news is planned by a named doctor at a later visit.")

C("nl101-hcc-i-kand-cirros-tumoren-ej-beskedad", "skane", ("1960-09-09", "M"), [
    N("n1", "gastro_malmo", "2024-03-04 13:15", [
        ("Aktuellt", "Känd alkoholorsakad levercirros Child-Pugh A, pat informerad om cirrosen sedan 2021, nykter sedan 2 år. Halvårskontroll med UL."),
        ("Röntgen", "UL lever: ny 3,5 cm förändring seg VIII. DT lever 3-fas: arteriell uppladdning och wash-out, LI-RADS 5."),
        ("Bedömning", "Hepatocellulär cancer, solitär 3,5 cm, i cirrotisk lever. BCLC A."),
        ("Planering", "Till lever-MDK 14/3. Pat har ännu inte fått veta om levertumören; han var orolig redan inför DT och besked planeras efter MDK vid besök med hustrun."),
    ], au=("Nils Aronsson", "läkare")),
], must=[("NL101", "n1")], why="Cirrhosis told, the new HCC not told: only one of two diagnoses is untold.")

C("nl101-attr-amyloidos-ej-delgivits", "vgr", ("1944-02-26", "M"), [
    N("n1", "su_kard", "2024-04-10 14:30", [
        ("Eko", "Koncentrisk LVH 16 mm, granulärt myokard, apikal sparing vid strain, EF 48 %."),
        ("Nuklearmedicin", "DPD-scintigrafi: Perugini grad 3. Inga M-komponenter i serum eller urin."),
        ("Bedömning", "Transtyretinamyloidos med hjärtengagemang (ATTR-CM), genetisk analys skickad. Tafamidis aktuellt."),
        ("Planering", "Diagnosen har inte delgivits pat. Han och dottern kommer på återbesök 25/4 då vi går igenom fynden och behandlingen."),
    ], au=("Emma Carlsson", "läkare")),
], must=[("NL101", "n1")], why="Cardiac amyloidosis; 'har inte delgivits pat'.")

C("nl101-missed-abortion-bm-lakare-kommer", "skane", ("1991-07-13", "F"), [
    N("n1", "ystad_gyn", "2024-04-16 10:25", [
        ("Aktuellt", "Pat gravid enl SM v 9+2, söker pga lätt blödning sedan igår. Ingen smärta."),
        ("Undersökning", "Vaginalt UL: intrauterin gestationssäck med embryo CRL 9 mm, motsv 6+5. Ingen hjärtaktivitet."),
        ("Bedömning", "Missed abortion, bekräftat av dr Yilmaz som granskat bilderna."),
        ("Åtgärd", "Dr Yilmaz kommer för att ge beskedet efter pågående akut sectio. Pat har ännu inte informerats när denna anteckning skrivs; hon väntar i samtalsrummet med sin partner."),
    ], tmpl="Omvårdnadsanteckning", au=("Malin Åkesson", "barnmorska"), signed=20),
], must=[("NL101", "n1")], why="Midwife's note: missed abortion confirmed, the patient not yet told when the note is written.")

C("nl101-skelettmetastaser-prostata-pet-svar-ej-fatt", "vgr", ("1951-09-01", "M"), [
    N("n1", "su_onk", "2024-03-12 08:50", [
        ("Aktuellt", "Prostatacancer Gleason 9, strålbehandlad 2021, pat välinformerad. PSA stigande från 0,4 till 8,6 senaste halvår."),
        ("Röntgen", "PSMA-PET 6/3: multipla skelettmetastaser i bäcken, kotpelare och revben, inga viscerala metastaser."),
        ("Bedömning", "Metastaserad kastrationskänslig prostatacancer med skelettmetastaser. Start ADT + apalutamid."),
        ("Planering", "Svaret på PET-undersökningen har pat inte fått än – han kommer på besök 20/3, då vi går igenom fynden."),
    ], au=("Viktor Lindberg", "läkare")),
], must=[("NL101", "n1")], why="Known prostate cancer (told) but new skeletal metastases not told.")

C("nl101-kll-typo-ingen-inof-till-pat", "skane", ("1955-11-11", "F"), [
    N("n1", "hbg_med", "2024-02-15 16:20", [
        ("Aktuellt", "Lymfocytos upptäckt vid rutinkontroll på vc, LPK 19, lymfocyter 14."),
        ("Lab", "Flödescytometri perifert blod: monoklonal B-cellspopulation CD5+/CD23+/CD200+, kappa-restriktion. Hb 132, TPK 210."),
        ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Ingen behandlingsindikation, watch and wait."),
        ("Planering", "Ingen inof till pat ännu, svaret kom efter att hon lämnat mottagningen. Nybesök hematologmott inom 4 v bokas; kallelse skickas."),
    ], au=("Rebecka Holmberg", "läkare"), signed=None),
], must=[("NL101", "n1")], why="CLL; 'Ingen inof till pat ännu' (typo for info).")

C("nl101-eips-aterkoppling-med-psykolog-i-april", "vgr", ("2001-05-24", "F"), [
    N("n1", "su_psyk", "2024-03-28 15:00", [
        ("Utredning", "SCID-5-PD och psykologutredning genomförd under februari."),
        ("Bedömning", "Emotionellt instabil personlighetsstörning (F60.3) samt rekurrent depression. DBT-remiss."),
        ("Planering", "Utredningsresultatet är ännu inte återkopplat till pat. Planerat återkopplingssamtal med psykolog Johan Ek och undertecknad 12/4, där diagnosen förklaras och behandlingsalternativ presenteras."),
    ], au=("Amanda Roos", "läkare")),
], must=[("NL101", "n1")], why="Personality disorder diagnosis; result not yet fed back to the patient.")

C("nl101-hodgkin-19-ar-modern-ber-vanta", "skane", ("2004-08-08", "M"), [
    N("n1", "sus_hem", "2024-06-05 12:10", [
        ("PAD", "Exstirperad körtel vä supraklavikulärt: Klassiskt Hodgkins lymfom, nodulär skleros."),
        ("Röntgen", "PET-DT: engagemang supraklavikulärt bilat och i mediastinum, inga extranodala lesioner."),
        ("Bedömning", "Hodgkins lymfom st IIA."),
        ("Information", "Modern ringde och bad att sonen inte ska få beskedet förrän efter studentexamen nästa vecka. Pat är myndig och informationen kan inte hållas inne länge; besked ges senast 14/6. Han har alltså ännu inte informerats."),
    ], au=("Erik Wallin", "läkare")),
], must=[("NL101", "n1")], why="Relative asked to withhold; the 19-year-old has not been told his lymphoma diagnosis.")

C("nl101-smacellig-typo-bland-kol-och-pneumoni", "vgr", ("1952-03-30", "M"), [
    N("n1", "kungalv_med", "2024-03-14 11:35", [
        ("Aktuellt", "Inlagd med KOL-exacerbation och hö-sidig pneumoni, förbättrad på antibiotika och steroider."),
        ("Röntgen", "DT thorax 11/3: 5 cm central tumör vä hilus med mediastinala körtlar och binjurelesion vä."),
        ("PAD", "EBUS-px: Småcelling lungcancer."),
        ("Bedömning", "1. KOL-exacerbation, i regress. 2. Pneumoni hö, behandlad. 3. Småcellig lungcancer, extensiv sjukdom."),
        ("Information", "Pat känner till KOL-diagnosen och har informerats om pneumonin. Cancerbeskedet är inte givet ännu, han önskar att dottern är med; hon kommer på fredag."),
    ], tmpl="Daganteckning", au=("Oskar Brandt", "läkare"), setting="slutenvård"),
], must=[("NL101", "n1")], why="Three numbered diagnoses, only the lung cancer (typo 'Småcelling' in PAD) is untold.")

C("nl101-appendix-net-incidentellt-ej-meddelat", "skane", ("1988-11-02", "F"), [
    N("n1", "ystad_kir", "2024-03-05 13:50", [
        ("Aktuellt", "Laparoskopisk appendektomi 19/2 pga akut appendicit, okomplicerat förlopp. Pat informerad om op-fynd vid utskrivning."),
        ("PAD", "Flegmonös appendicit. Dessutom 8 mm välavgränsad neuroendokrin tumör (NET G1) i appendixspetsen, radikalt exciderad."),
        ("Bedömning", "Incidentellt fynd av neuroendokrin tumör G1 i appendix, < 1 cm, radikal – ingen ytterligare åtgärd enligt vårdprogram."),
        ("Planering", "NET-fyndet är ännu inte meddelat pat. Ett brev räcker inte; ringer henne själv nästa vecka när jag är tillbaka från semester."),
    ], au=("Josefin Möller", "läkare")),
], must=[("NL101", "n1")], why="Incidental appendiceal NET on PAD; the patient knows about the appendicitis but not the tumour.")

C("nl101-fragilt-x-vardnadshavare-ej-meddelade", "skane", ("2020-09-15", "M"), [
    N("n1", "sus_barn", "2024-03-22 10:00", [
        ("Bakgrund", "3-årig pojke med språkförsening och autistiska drag, utreds på habiliteringen."),
        ("Genetik", "FMR1: full mutation, > 200 CGG-repetitioner, metylerad."),
        ("Bedömning", "Fragilt X-syndrom. Modern obligat anlagsbärare; kaskadtestning erbjuds."),
        ("Planering", "Svaret har inte meddelats vårdnadshavarna. Genetisk vägledning med båda föräldrarna bokad 3/4; ring inte ut svaret innan dess."),
    ], au=("Maria Lundqvist", "läkare")),
], must=[("NL101", "n1")], why="Fragile X in a 3-year-old; guardians have not been told.")

C("nl101-gpa-ssk-tel-sedan-lakarbesok-tva-anteckningar", "vgr", ("1969-09-24", "F"), [
    N("n1", "su_reuma", "2024-05-06 09:15", [
        ("Kontaktorsak", "Pat ringer och frågar om svaret på njurbiopsin."),
        ("Aktuellt", "PAD visar ANCA-associerad vaskulit (granulomatös polyangit) med fokal nekrotiserande glomerulonefrit."),
        ("Åtgärd", "Läkaren vill själv ge besked, jag har därför inte informerat pat om svaret. Hon är bokad till dr Falk onsdag kl 13."),
    ], tmpl="Telefonanteckning", au=("Sanna Holm", "sjuksköterska"), signed=10),
    N("n2", "su_reuma", "2024-05-08 13:00", [
        ("Aktuellt", "Besök med make."),
        ("Bedömning", "Granulomatös polyangit med njurengagemang, PR3-ANCA 140."),
        ("Information", "Genomgått biopsisvaret. Pat informerad om diagnosen, om behandling med rituximab + kortison och om infektionsrisken. Frågor besvarade, skriftlig info medgiven."),
    ], au=("Tomas Falk", "läkare")),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")], why="Two notes: the nurse's phone note withholds the GPA result (n1), the doctor tells it two days later (n2).")

C("nl101-rektalcancer-besked-flyttat-fortfarande-ej", "skane", ("1957-05-17", "M"), [
    N("n1", "hbg_kir", "2024-03-07 14:20", [
        ("Utredning", "Koloskopi 28/2: ulcererande tumör 8 cm ovan anus. MR lilla bäckenet: T3b, ingen EMVI, CRM fri."),
        ("PAD", "Adenocarcinom, måttligt differentierat, MMR intakt."),
        ("Bedömning", "Rektalcancer, mellersta tredjedelen, cT3bN1M0."),
        ("Planering", "Pat kallas till besök måndag 11/3 för besked, han vet ännu inget om PAD. Kontaktssk ordnar tid."),
    ], au=("Gustav Lilja", "läkare")),
    N("n2", "hbg_kir", "2024-03-11 08:05", [
        ("Aktuellt", "Dagens besök ställs in då dr Lilja är sjuk."),
        ("Åtgärd", "Ringt pat och bokat om till 18/3 hos dr Zetterberg. Pat fortfarande ej informerad om rektalcancerdiagnosen; han frågade om svaret men fick beskedet att läkaren vill gå igenom det vid besök."),
    ], tmpl="Telefonanteckning", au=("Ulrika Krantz", "sjuksköterska"), signed=15),
], must=[("NL101", "n1"), ("NL101", "n2")], why="The telling planned in n1 does not happen; n2 names the diagnosis and says the patient is still not informed.")

C("nl101-pankreascancer-fyra-anteckningar-anhorig-sedan-pat", "vgr", ("1951-12-19", "F"), [
    N("n1", "nal_med", "2024-02-05 10:30", [
        ("Aktuellt", "Inlagd för utredning av viktnedgång, ryggsmärta och nydebuterad diabetes."),
        ("Röntgen", "DT buk: 3 cm hypodens förändring i pankreaskroppen, ingen säker spridning."),
        ("Planering", "EUS med finnålspunktion bokad. Pat informerad om att en förändring i bukspottkörteln ska provtas."),
    ], tmpl="Inskrivningsanteckning", au=("Jesper Wik", "läkare"), setting="slutenvård"),
    N("n2", "nal_med", "2024-02-09 15:00", [
        ("Cytologi", "EUS-FNA pankreas: adenocarcinom."),
        ("Bedömning", "Pankreascancer i corpus, lokalt avancerad enl DT (kontakt med truncus coeliacus)."),
        ("Planering", "Tas upp på HPB-konferens 13/2. Pat ej informerad om cytologisvaret – inväntar konferensens rekommendation för att kunna ge ett samlat besked."),
    ], tmpl="Daganteckning", au=("Jesper Wik", "läkare"), setting="slutenvård"),
    N("n3", "nal_med", "2024-02-10 12:15", [
        ("Aktuellt", "Dottern ringer, har förstått av modern att 'något svar' kommit."),
        ("Åtgärd", "Dottern fick efter medgivande från pat veta att cytologin visar pankreascancer. Pat själv har bett att få beskedet först efter konferensen och är fortfarande inte informerad om det."),
    ], tmpl="Telefonanteckning", au=("Hanna Lind", "läkare"), setting="slutenvård"),
    N("n4", "nal_med", "2024-02-14 11:00", [
        ("Information", "Samtal med pat och dottern efter HPB-konferensen: pat informerad om att cytologin visar pankreascancer, att tumören i nuläget inte går att operera och att kemoterapi (FOLFIRINOX) rekommenderas. Hon tog beskedet fattat och vill påbörja behandling."),
        ("Planering", "Remiss onkologen, PAC-inläggning. Hemgång i morgon."),
    ], tmpl="Daganteckning", au=("Jesper Wik", "läkare"), setting="slutenvård"),
], must=[("NL101", "n2"), ("NL101", "n3")], must_not=[("NL101", "n4")], why="Four notes: untold (n2), daughter told but patient still not (n3), patient told (n4).")

C("nl101-testikelcancer-th-mall-sedan-synlig-fortfarande-ej", "skane", ("2000-04-27", "M"), [
    N("n1", "kri_uro", "2024-09-02 15:30", [
        ("Bedömning", "UL testis: 2 cm hypoekogen förändring hö testikel, AFP 240, hCG 85. Bilden talar för testikelcancer, icke-seminom. Pat ej informerad, vill ha med sin far; besked 5/9."),
    ], tmpl="Tidiga hypoteser", au=("Karl Sundén", "läkare")),
    N("n2", "kri_uro", "2024-09-05 11:00", [
        ("Bedömning", "Testikelcancer hö, icke-seminom enl tumörmarkörer. Orchiektomi planeras så snart beskedet givits."),
        ("Information", "Pappan kunde inte komma och pat ville vänta med samtalet; han har alltså ännu inte fått veta diagnosen. Ny tid 6/9 kl 08.00."),
    ], au=("Karl Sundén", "läkare"), signed=None),
], must=[("NL101", "n2")], must_not=[("NL101", "n1")], why="Skåne: n1 correctly in template Tidiga hypoteser; n2 (draft) moves the untold testicular cancer into an ordinary visible note.")

# ---- NL101 near-misses (must_not) -----------------------------------------------------

C("nl101n-lobular-brostcancer-besked-givet-idag", "skane", ("1959-03-03", "F"), [
    N("n1", "brost_malmo", "2024-04-17 15:30", [
        ("PAD", "Invasiv lobulär cancer, NHG 2, ER+, HER2-, 22 mm."),
        ("Bedömning", "Bröstcancer vä, cT2N0."),
        ("Information", "Diagnosbesked givet idag av undertecknad med kontaktssk Maria närvarande. Pat tog beskedet sakligt, maken med. Skriftlig information om operation och fortsatt planering medgiven."),
    ], au=("Lisa Engström", "läkare")),
], must_not=[("NL101", "n1")], why="Breast cancer told today; 'besked givet' is not a not-informed statement.")

C("nl101-prostatacancer-ej-underattad-sedan-informerad-per-telefon", "vgr", ("1954-12-24", "M"), [
    N("n1", "su_uro", "2024-02-08 16:30", [
        ("PAD", "Prostatabiopsier 30/1: Adenocarcinom Gleason 3+4=7 (ISUP 2) i 3 av 12 biopsier, vä lob."),
        ("Bedömning", "Prostatacancer, intermediär risk, cT1c. MR prostata gjord utan extraprostatisk växt."),
        ("Planering", "Pat ej underättad om PAD ännu – han är bortrest och har bett att bli uppringd måndag 12/2."),
    ], au=("Karl Sundén", "läkare")),
    N("n2", "su_uro", "2024-02-13 10:10", [
        ("Aktuellt", "Telefonuppföljning. Pat informerades per telefon igår om biopsisvaret: prostatacancer Gleason 3+4 i 3 av 12 biopsier, intermediär risk."),
        ("Planering", "Erbjuds aktiv monitorering alternativt strålbehandling, beslutsstöd skickat hem. Ny kontakt om 2 v."),
    ], tmpl="Telefonanteckning", au=("Karl Sundén", "läkare"), signed=20),
], must=[("NL101", "n1")], must_not=[("NL101", "n2")], why="Two notes: n1 says not yet told (typo 'underättad'); n2 reports the passive 'informerades per telefon igår'.")

C("nl101n-ms-forra-gangen-inte-idag-besked", "skane", ("1989-06-21", "F"), [
    N("n1", "sus_neuro", "2024-04-02 13:30", [
        ("Aktuellt", "Återbesök. Vid förra besöket valde vi att inte informera om misstanken innan MR och likvor var klara."),
        ("Bedömning", "Skovvis förlöpande multipel skleros, diagnoskriterierna uppfyllda."),
        ("Information", "Idag har pat fått besked om MS-diagnosen och vi har gått igenom behandlingsalternativen; hon lutar åt ofatumumab. MS-sjuksköterskan träffade henne efteråt."),
    ], au=("Magnus Holm", "läkare")),
], must_not=[("NL101", "n1")], why="'valde vi att inte informera' refers to the previous visit; today she was told.")

C("nl101n-adhd-aterkoppling-genomford", "vgr", ("1996-08-16", "M"), [
    N("n1", "su_psyk", "2024-05-15 09:00", [
        ("Bedömning", "ADHD, kombinerad form (F90.0). Ingen samsjuklighet i form av affektiv sjukdom."),
        ("Åtgärd", "Återkoppling genomförd idag – utredningsresultatet och diagnosen har förklarats för pat, som kände igen sig och önskar pröva läkemedel. Start metylfenidat 18 mg."),
    ], au=("Amanda Roos", "läkare"), signed=None),
], must_not=[("NL101", "n1")], why="ADHD feedback given; no statement that the patient is uninformed.")

C("nl101n-aml-pat-informerad-barnen-ska-inte-veta-an", "skane", ("1963-02-02", "F"), [
    N("n1", "sus_hem", "2024-05-20 16:00", [
        ("Bedömning", "AML med NPM1-mutation, FLT3 neg, gynnsam riskgrupp. Induktion 7+3 startar i morgon."),
        ("Information", "Pat informerad om AML-diagnosen, behandlingen och prognosen av undertecknad idag. Hon önskar att barnen (14 och 17 år) ännu inte får veta, hon vill själv berätta i helgen."),
    ], tmpl="Daganteckning", au=("Erik Wallin", "läkare"), setting="slutenvård"),
], must_not=[("NL101", "n1")], why="The patient was told; it is her children who are not told yet.")

C("nl101n-hiv-informerad-med-tolk-partnern-vet-inte", "vgr", ("1991-04-07", "M"), [
    N("n1", "su_inf", "2024-04-11 14:20", [
        ("Bedömning", "HIV-1-infektion, nydiagnostiserad, CD4 420. Start av Biktarvy idag."),
        ("Information", "Pat informerad om HIV-diagnosen i dag med kontakttolk (tigrinja). Han har inte berättat för sin partner; smittspårning gjord av kurator och informationsplikten enl smittskyddslagen genomgången."),
    ], au=("Lars Öberg", "läkare")),
], must_not=[("NL101", "n1")], why="HIV told to the patient via interpreter; the untold person is the partner.")

C("nl101n-epilepsi-arbetsgivaren-ej-informerad", "skane", ("1987-09-19", "M"), [
    N("n1", "sus_neuro", "2024-01-23 11:15", [
        ("Aktuellt", "Känd fokal epilepsi sedan 2020, anfallsfri på lamotrigin sedan 14 mån."),
        ("Socialt", "Arbetar som truckförare. Pat har inte informerat arbetsgivaren om epilepsin och vill inte göra det; vi diskuterade att truckkörning kräver anfallsfrihet enl Transportstyrelsens föreskrifter, vilket han uppfyller."),
        ("Bedömning", "Välkontrollerad fokal epilepsi. Oförändrad medicinering, kontroll om 1 år."),
    ], au=("Johan Pihl", "läkare")),
], must_not=[("NL101", "n1")], why="Known epilepsy; it is the employer the patient has not told.")

C("nl101n-coecumcancer-remittenten-saknar-svar", "vgr", ("1952-01-08", "F"), [
    N("n1", "skas_kir", "2024-03-19 14:10", [
        ("Bedömning", "Coecumcancer, cT3N0M0. Hö-sidig hemikolektomi planeras v 16."),
        ("Information", "Pat och hennes dotter informerade om diagnosen på mottagningen idag. Remitterande vårdcentral har ännu inte fått något svar från oss; epikriskopia skickas."),
    ], au=("Henrik Alm", "läkare")),
], must_not=[("NL101", "n1")], why="Patient told; the referring GP unit is the one not informed.")

C("nl101n-endometrios-ej-informerad-om-operationsdatum", "skane", ("1993-12-30", "F"), [
    N("n1", "ystad_gyn", "2024-02-28 10:45", [
        ("Aktuellt", "Känd endometrios sedan laparoskopi 2021, pat väl införstådd. Nu ökande dysmenorré trots Visanne."),
        ("Planering", "Uppsatt på väntelista för laparoskopisk excision av endometrioshärdar. Pat ej informerad om operationsdatum ännu, planeringssköterskan återkommer."),
    ], au=("Sofie Rask", "läkare"), signed=None),
], must_not=[("NL101", "n1")], why="The untold thing is the operation date, not the (known) diagnosis.")

C("nl101n-brostcancer-kontroll-inga-metastaser-ej-meddelat", "vgr", ("1961-10-10", "F"), [
    N("n1", "su_onk", "2024-03-04 16:40", [
        ("Aktuellt", "Bröstcancer vä opererad 2022, adjuvant behandlad, nu letrozol. Utredning pga ryggvärk."),
        ("Röntgen", "DT thorax-buk + skelettscint 28/2: Inga tecken på metastaser. Degenerativa förändringar ländrygg."),
        ("Bedömning", "Inget återfall. Ryggvärken bedöms mekanisk."),
        ("Planering", "Pat ej informerad om det lugnande svaret ännu, ringer henne i morgon förmiddag. Fysioterapiremiss."),
    ], au=("Viktor Lindberg", "läkare")),
], must_not=[("NL101", "n1")], why="The untold result is a normal one (no recurrence); the known breast cancer was told long ago.")

C("nl101n-rundhard-i-regress-brev-skickas", "skane", ("1958-07-17", "M"), [
    N("n1", "sus_lung", "2024-03-01 15:05", [
        ("Aktuellt", "Kontroll-DT pga 9 mm rundhärd vä underlob som noterades vid pneumoni i december."),
        ("Röntgen", "DT thorax 1/3: Förändringen i vä underlob har helt gått i regress. Inga nytillkomna förändringar."),
        ("Bedömning", "Ingen malignitetsmisstanke kvarstår; det rörde sig om en övergående infektiös förändring. Avslutas."),
        ("Planering", "Pat har inte fått beskedet än. Brev skickas idag."),
    ], au=("Anders Nilsson", "läkare")),
], must_not=[("NL101", "n1")], why="Malignancy ruled out; the untold news is reassuring and names no diagnosis.")

C("nl101n-hereditet-bror-als-syskonen-vet-inte", "vgr", ("1968-02-15", "F"), [
    N("n1", "su_neuro", "2024-02-20 10:00", [
        ("Aktuellt", "Pat söker pga oro för muskelryckningar i vaderna sedan 2 mån."),
        ("Hereditet", "Bror diagnostiserad med ALS i januari. Enl pat har övriga syskon ännu inte informerats om broderns diagnos, han vill själv berätta."),
        ("Status", "Enstaka benigna fascikulationer vader bilat, ingen atrofi, normal kraft och normala reflexer."),
        ("Bedömning", "Benigna fascikulationer. Inget som talar för motorneuronsjukdom. Lugnande besked givet."),
    ], au=("Johanna Blom", "läkare")),
], must_not=[("NL101", "n1")], why="Family history: the brother's ALS is untold to other siblings, not a diagnosis the patient lacks.")

C("nl101n-tidigare-hodgkin-remiss-skickad-efter-besoket", "skane", ("1980-06-01", "F"), [
    N("n1", "hlm_med", "2024-04-25 13:20", [
        ("Tidigare sjukdomar", "Hodgkins lymfom 2009, strål- och cytostatikabehandlad, recidivfri."),
        ("Aktuellt", "Kontroll inom programmet för sena komplikationer. Lätt ansträngningsdyspné."),
        ("Planering", "Remiss för arbetsprov och eko pga tidigare mediastinal strålning, skickad efter besöket. Pat ej informerad om att remissen skickats, kallelse kommer."),
    ], au=("Rebecka Holmberg", "läkare")),
], must_not=[("NL101", "n1")], why="Past history of lymphoma; the untold thing is that a referral was sent.")

C("nl101n-skane-tidiga-hypoteser-mall-als", "skane", ("1955-04-30", "M"), [
    N("n1", "sus_neuro", "2024-05-08 16:15", [
        ("Bedömning", "EMG med utbredd denervation i tre regioner; sammantaget bedöms pat ha ALS. Pat ej informerad, önskar ha hustrun med – samlat besked efter kompletterande MR."),
    ], tmpl="Tidiga hypoteser", au=("Johan Pihl", "läkare")),
], must_not=[("NL101", "n1")], why="Skåne: the untold ALS is written in the template Tidiga hypoteser, which 1177 does not show.")

C("nl101n-vgr-sokord-tidiga-hypoteser-pankreas", "vgr", ("1949-08-08", "M"), [
    N("n1", "nal_med", "2024-03-06 14:40", [
        ("Aktuellt", "Viktnedgång och nydebuterad diabetes. DT buk gjord 5/3."),
        ("Bedömning", "Fynden diskuteras på MDK 12/3. Pat ej informerad om fynden, se tidiga hypoteser."),
        ("Tidiga hypoteser", "DT: 3 cm hypodens förändring i pankreaskroppen, bilden talar för pankreascancer. Besked efter MDK."),
    ], au=("Hanna Lind", "läkare")),
], must_not=[("NL101", "n1")], why="VGR: the diagnosis is only under the sökord Tidiga hypoteser; the visible sections name none.")

C("nl101n-esofaguscancer-th-mall-sedan-besked", "skane", ("1959-11-21", "M"), [
    N("n1", "hbg_kir", "2024-02-12 15:00", [
        ("Bedömning", "Gastroskopi-PAD: adenocarcinom i distala esofagus. Pat ej informerad ännu, besked ges 16/2 efter PET-DT."),
    ], tmpl="Tidiga hypoteser", au=("Gustav Lilja", "läkare")),
    N("n2", "hbg_kir", "2024-02-16 10:30", [
        ("Aktuellt", "Besök med sambo för besked."),
        ("Bedömning", "Esofaguscancer distalt, cT3N1M0 enl PET-DT."),
        ("Information", "Pat informerad om cancerdiagnosen och planen med neoadjuvant kemoradioterapi följt av esofagusresektion. Kontaktsjuksköterska och kurator presenterade."),
    ], au=("Gustav Lilja", "läkare")),
], must_not=[("NL101", "n1"), ("NL101", "n2")], why="Routine followed: untold diagnosis in Tidiga hypoteser (n1), moved to a visible note once told (n2).")

C("nl101n-absensepilepsi-barn-skolan-ej-informerad", "vgr", ("2013-10-05", "F"), [
    N("n1", "sas_barn", "2024-03-18 13:30", [
        ("Aktuellt", "10-årig flicka med korta 'frånvaroattacker' i skolan, flera per dag."),
        ("Undersökning", "EEG: generaliserade 3 Hz spike-wave-urladdningar, provocerade av hyperventilation."),
        ("Bedömning", "Barnabsensepilepsi. Start etosuximid."),
        ("Information", "Föräldrarna informerade om diagnosen absensepilepsi. Skolan ej informerad ännu, föräldrarna vill själva berätta för lärarna efter påsklovet."),
    ], au=("Petra Lindahl", "läkare")),
], must_not=[("NL101", "n1")], why="Child: guardians were told; the school is not informed.")

C("nl101n-rektalcancer-ej-fatt-tid-for-stralning", "vgr", ("1957-12-05", "M"), [
    N("n1", "su_onk", "2024-04-23 11:00", [
        ("Aktuellt", "Pat med rektalcancer, informerad om diagnos och behandlingsplan vid förra besöket. Kort strålbehandling 5 x 5 Gy beslutad på MDK."),
        ("Planering", "Pat har ännu inte fått information om tid för strålbehandlingsstart – kallelse från strålbehandlingsenheten. Op planerad v 22."),
    ], au=("Viktor Lindberg", "läkare")),
], must_not=[("NL101", "n1")], why="Cancer told; the missing information is the radiotherapy start time.")

C("nl101n-ms-avskrivs-typo-ej-medelad", "vgr", ("1997-01-21", "F"), [
    N("n1", "su_neuro", "2024-02-27 15:15", [
        ("Utredning", "MR hjärna och halsrygg utan MS-typiska förändringar. Likvor utan oligoklonala band. VEP normalt."),
        ("Bedömning", "MS föreligger inte. Domningarna bedöms relaterade till hyperventilation vid ångest. Avslutas på neurologen."),
        ("Planering", "Pat ej medelad ännu om svaren, ringer henne i morgon."),
    ], au=("Mattias Greve", "läkare")),
], must_not=[("NL101", "n1")], why="MS ruled out; the untold results are normal (typo 'medelad').")

C("nl101n-tbc-utesluten-brev-pa-somaliska", "skane", ("1999-05-11", "M"), [
    N("n1", "sus_inf", "2024-04-29 14:00", [
        ("Aktuellt", "Utredd pga hosta och nattsvettningar efter vistelse i Somalia."),
        ("Lab", "Sputum direktmikroskopi neg x 3, PCR neg, odling neg efter 8 v. Quantiferon neg."),
        ("Bedömning", "Tuberkulos utesluten. Symtomen i regress efter antibiotikabehandlad pneumoni."),
        ("Åtgärd", "Pat ännu ej informerad om odlingssvaret, brev med översatt text (somaliska) skickas."),
    ], au=("Nadia Rahimi", "läkare")),
], must_not=[("NL101", "n1")], why="TB excluded; the untold culture result is negative.")

C("nl101n-hereditet-brca2-modern-vantetid", "vgr", ("1996-07-27", "F"), [
    N("n1", "su_gen", "2024-05-02 10:20", [
        ("Hereditet", "Mor bröstcancer vid 41 års ålder, mormor ovarialcancer. Mor bärare av patogen BRCA2-variant (känt för pat)."),
        ("Aktuellt", "Pat önskar anlagstestning, genetisk vägledning idag. Prov ej taget, pat vill fundera."),
        ("Planering", "Pat ännu ej informerad om väntetiden för analysen; återkommer när labbet svarat om aktuell ledtid."),
    ], au=("Olivia Hedlund", "läkare")),
], must_not=[("NL101", "n1")], why="Family history of BRCA2 (known to the patient); the untold item is a waiting time.")

C("nl101n-hepatit-b-2019-ej-informerad-sedan-2020", "skane", ("1975-10-31", "M"), [
    N("n1", "hbg_med", "2024-01-30 09:40", [
        ("Tidigare sjukdomar", "Kronisk hepatit B, upptäckt 2019 vid screening. Det noterades 2019 att pat inte hade informerats om provsvaret på grund av språksvårigheter, men han informerades med tolk i januari 2020 och har sedan dess följts årligen."),
        ("Aktuellt", "Årskontroll. HBV-DNA < 20 IE/ml, ALAT normalt, Fibroscan 5,1 kPa."),
        ("Bedömning", "Inaktiv HBsAg-bärare. Fortsatt årlig kontroll."),
    ], au=("Rebecka Holmberg", "läkare")),
], must_not=[("NL101", "n1")], why="Past history: the 2019 not-informed state was resolved in 2020.")

C("nl101n-koloncancer-fraga-ja-av-dr-berg", "vgr", ("1946-03-13", "F"), [
    N("n1", "nal_med", "2024-03-14 11:25", [
        ("Aktuellt", "Inlagd för utredning av järnbristanemi. Koloskopi 12/3 med tumör i colon ascendens."),
        ("PAD", "Adenocarcinom, måttligt differentierat."),
        ("Bedömning", "Koloncancer i ascendens."),
        ("Planering", "Är pat informerad om PAD? Ja – av dr Berg på ronden igår, med sonen närvarande. Remiss kirurgen för hemikolektomi skickad."),
    ], tmpl="Daganteckning", au=("Oskar Brandt", "läkare"), setting="slutenvård"),
], must_not=[("NL101", "n1")], why="Question 'Är pat informerad?' answered 'Ja'.")

C("nl101n-ovarialcancer-aterfall-kontaktssk-gav-besked", "skane", ("1955-05-05", "F"), [
    N("n1", "sus_onk", "2024-03-14 14:00", [
        ("Aktuellt", "Pat fick beskedet av kontaktsjuksköterskan Eva 12/3 om att PET-DT visar återfall av ovarialcancer med peritoneala metastaser, efter att läkarbesöket flyttats. Besöket i dag för behandlingsplanering."),
        ("Bedömning", "Platinumkänsligt återfall av höggradig serös ovarialcancer. Karboplatin + PLD, därefter PARP-hämmare."),
    ], au=("Ida Strand", "läkare")),
], must_not=[("NL101", "n1")], why="Told earlier by a named nurse; the note only reports that.")

C("nl101n-crohn-fully-informed", "vgr", ("2000-11-19", "M"), [
    N("n1", "su_gastro", "2024-03-08 13:00", [
        ("Aktuellt", "Nybesök efter ileokoloskopi 1/3 pga diarré och viktnedgång."),
        ("PAD", "Kronisk aktiv ileit med icke-kaseifierande granulom."),
        ("Bedömning", "Crohns sjukdom, ileocekal lokalisation (L1), inflammatorisk."),
        ("Information", "Pat fully informed om diagnosen, fått skriftlig info och kontakt med IBD-sköterska. Start budesonid 9 mg."),
    ], au=("Simon Berglund", "läkare")),
], must_not=[("NL101", "n1")], why="English loan 'fully informed': told.")

C("nl101n-cf-spadbarn-morforaldrar-vet-inte", "vgr", ("2024-01-05", "F"), [
    N("n1", "dsbus_cf", "2024-02-22 10:30", [
        ("Aktuellt", "Uppföljning efter positiv nyföddhetsscreening och svettest 98 mmol/L."),
        ("Genetik", "CFTR F508del homozygot."),
        ("Bedömning", "Cystisk fibros."),
        ("Information", "Föräldrarna är informerade om diagnosen och har träffat CF-teamet. Mor- och farföräldrarna har de ännu inte berättat för; de vill vänta tills de själva landat."),
    ], au=("Kristina Holm", "läkare")),
], must_not=[("NL101", "n1")], why="Infant: guardians told; grandparents not told.")

C("nl101n-kol-inte-overraskad-av-beskedet", "skane", ("1950-04-23", "M"), [
    N("n1", "hlm_med", "2024-02-08 10:10", [
        ("Lungfunktion", "FEV1/FVC 0,58 efter bronkdilatation, FEV1 54 % av förv."),
        ("Bedömning", "KOL GOLD 2, grupp B."),
        ("Information", "Pat var inte överraskad av beskedet om KOL, han hade anat det efter 45 års rökning. Rökavvänjning erbjuden och accepterad."),
    ], au=("Nils Aronsson", "läkare")),
], must_not=[("NL101", "n1")], why="A negation near the telling verb, but the patient was told ('inte överraskad av beskedet').")

C("nl101n-bph-psa-svar-ej-klart", "vgr", ("1965-08-30", "M"), [
    N("n1", "skas_uro", "2024-03-08 09:30", [
        ("Aktuellt", "Känd BPH, behandlas med finasterid. PSA taget 6/3 pga stigande värden."),
        ("Planering", "Pat ej informerad om PSA-svaret då analysen ännu inte är klar. Ringer när svaret finns."),
    ], tmpl="Telefonanteckning", au=("Per Ödman", "läkare"), signed=15),
], must_not=[("NL101", "n1")], why="Not informed about a pending lab result; the only diagnosis (BPH) is known.")

C("nl101n-diabetes-typo-telefontolk-informerad", "skane", ("1972-09-09", "F"), [
    N("n1", "sus_endo", "2024-04-04 14:30", [
        ("Lab", "HbA1c 68 mmol/mol, fP-glukos 11,2, GAD-ak neg."),
        ("Bedömning", "Diabets mellitus typ 2, nydiagnostiserad."),
        ("Information", "Pat informerad om diagnosen via telefontolk (arabiska); diabetessköterska bokad för egenvårdsutbildning."),
    ], au=("Omar Khalil", "läkare")),
], must_not=[("NL101", "n1")], why="Diabetes (typo 'Diabets') told via telephone interpreter.")

C("nl101n-prostatacancer-hustrun-ska-inte-informeras", "vgr", ("1948-11-11", "M"), [
    N("n1", "su_uro", "2024-04-15 10:40", [
        ("Bedömning", "Prostatacancer intermediär risk. Pat väljer strålbehandling."),
        ("Information", "Pat är informerad. Han vill inte att hustrun informeras om prostatacancern i nuläget, vilket respekteras."),
    ], au=("Karl Sundén", "läkare")),
], must_not=[("NL101", "n1")], why="Patient informed; he does not want his wife told.")

C("nl101n-basaliom-dikterat-informerat-i-slutet", "skane", ("1940-10-20", "M"), [
    N("n1", "sus_hud", "2024-03-26 11:00", [
        ("Anamnes", "Patienten är en 83-årig man som i många år har arbetat utomhus som lantbrukare och som nu kommer på återbesök efter att vi vid förra besöket tog en stansbiopsi från en pärlemorglänsande förändring på vänster näsvinge som han själv har märkt har vuxit långsamt under ungefär ett års tid, och han har också ett antal aktiniska keratoser i ansiktet och på skalpen som tidigare har behandlats med kryoterapi."),
        ("PAD", "Basalcellscancer, nodulär typ, utan aggressiva drag."),
        ("Status", "Välavgränsad 8 mm nodulär förändring vä näsvinge. Multipla aktiniska keratoser på skalpen."),
        ("Planering", "Jag har idag informerat patienten om att biopsin visade ett basaliom, det vill säga en lokalt växande hudcancer som inte sprider sig, och vi har kommit överens om Mohs-kirurgi, remiss skickas, samt fotodynamisk behandling av keratoserna i skalpen under våren. /Dikt. LN/ sekr. AJ"),
    ], au=("Lena Nyberg", "läkare"), signed=1500),
], must_not=[("NL101", "n1")], why="Long dictation ending with 'Jag har idag informerat patienten': told.")

C("nl101n-fibroadenom-ssk-meddelat-per-telefon", "vgr", ("1998-02-02", "F"), [
    N("n1", "sas_brost", "2024-02-19 13:45", [
        ("Kontaktorsak", "Enl ordination dr Nilsson: meddela pat PAD-svar."),
        ("Åtgärd", "Meddelat pat PAD-svaret per telefon: fibroadenom, en godartad förändring, ingen vidare åtgärd eller kontroll behövs. Pat lättad, inga frågor."),
    ], tmpl="Telefonanteckning", au=("Anna Fors", "sjuksköterska"), signed=5),
], must_not=[("NL101", "n1")], why="Nurse's telephone note: benign PAD result given.")

C("nl101n-graviditet-17-ar-har-inte-berattat-for-foraldrar", "skane", ("2006-04-18", "F"), [
    N("n1", "ystad_gyn", "2024-05-13 09:30", [
        ("Aktuellt", "17-årig kvinna, positivt graviditetstest, SM för 7 v sedan. Önskar abort."),
        ("Undersökning", "Vaginalt UL: intrauterin graviditet, CRL motsv 7+1."),
        ("Bedömning", "Graviditet v 7+1, önskar medicinsk abort."),
        ("Socialt", "Pat har inte berättat för föräldrarna eller partnern om graviditeten och önskar inte att de kontaktas. Bedöms mogen att ta ställning själv."),
    ], au=("Sofie Rask", "läkare")),
], must_not=[("NL101", "n1")], why="Others (parents, partner) do not know; the patient herself obviously knows.")

C("nl101n-dcm-typo-infomerad-om-ekot", "vgr", ("1977-05-15", "M"), [
    N("n1", "su_kard", "2024-02-14 15:50", [
        ("Eko", "Dilaterad vä kammare, LVEDD 68 mm, globalt nedsatt funktion, EF 25 %."),
        ("MR", "Inga tecken på ischemisk skada, ingen LGE."),
        ("Bedömning", "Dilaterad kardiomyopati, icke-ischemisk."),
        ("Information", "Pat infomerad om att ekot visar dilaterad kardiomyopati och om behandlingsplanen med titrering av fyra läkemedelsklasser. Han förstår allvaret."),
    ], au=("Emma Carlsson", "läkare"), signed=None),
], must_not=[("NL101", "n1")], why="Told, with a typo in the telling word ('infomerad').")

C("nl101n-melanom-in-situ-diskuterat-med-pat", "skane", ("1983-09-14", "F"), [
    N("n1", "sus_hud", "2024-06-11 14:15", [
        ("PAD", "Malignt melanom in situ, lentigo maligna-typ, radikalt exciderat."),
        ("Bedömning", "Melanom in situ vä kind, radikalt borttaget."),
        ("Planering", "Diskuterat PAD-fyndet och diagnosen med pat som tar det med fattning. Hudkontroll om 6 mån, instruerad i självundersökning."),
    ], au=("Helena Ström", "läkare"), signed=None),
], must_not=[("NL101", "n1")], why="'Diskuterat ... med pat': told, without the word informerad.")

C("nl101n-cin3-redan-last-i-journalen", "vgr", ("1976-04-04", "F"), [
    N("n1", "su_gyn", "2024-03-11 10:00", [
        ("Aktuellt", "Återbesök för PAD-besked efter konisering 19/2."),
        ("PAD", "CIN 3 med fria resektionsränder, ingen invasiv cancer."),
        ("Bedömning", "Höggradig dysplasi (CIN 3), radikalt behandlad."),
        ("Information", "Pat hade redan läst PAD-svaret i 1177 Journalen innan besöket och förstått innebörden; vi gick igenom det igen. Kontroll med cytologi och HPV om 6 mån."),
    ], au=("Maja Eliasson", "läkare")),
], must_not=[("NL101", "n1")], why="The patient already knew (read it in 1177) and it was gone through again.")

C("nl101n-vgr-sokord-mds-synligt-bara-utredning", "vgr", ("1953-07-19", "M"), [
    N("n1", "su_hem", "2024-03-13 15:30", [
        ("Aktuellt", "Uppföljning efter benmärgsundersökning 1/3 pga cytopeni."),
        ("Bedömning", "Svar från benmärgen delvis klart, cytogenetik inväntas. Pat informerad om att utredningen pågår, inga slutsatser ännu."),
        ("Tidiga hypoteser", "Morfologin talar för MDS med multilineär dysplasi, blaster 8 %. Pat ej informerad om MDS-misstanken, samlat besked när cytogenetiken är klar."),
    ], au=("Peter Sandberg", "läkare")),
], must_not=[("NL101", "n1")], why="VGR: diagnosis and untold statement only under sökord Tidiga hypoteser.")

C("nl101n-vgr-sokord-22q11-barn", "vgr", ("2018-12-12", "M"), [
    N("n1", "sas_barn", "2024-03-27 11:40", [
        ("Aktuellt", "5-årig pojke, kontroll av tillväxt och utveckling. Längd -2,5 SD, nasal röst, återkommande otiter."),
        ("Bedömning", "Kortvuxenhet, utredning pågår med genetik och GH-provokation. Föräldrarna informerade om den planerade utredningen."),
        ("Tidiga hypoteser", "Array-CGH: mikrodeletion 22q11.2 (DiGeorges syndrom). Föräldrarna inte informerade ännu – besked av genetiker 10/4."),
    ], au=("Petra Lindahl", "läkare")),
], must_not=[("NL101", "n1")], why="VGR child: the untold genetic diagnosis sits only in the hidden sökord.")

C("nl101n-skane-th-mall-bipolar-kollateral", "skane", ("1990-07-07", "M"), [
    N("n1", "psyk_lund", "2024-02-15 16:00", [
        ("Bedömning", "Kollateraluppgifter från modern talar för tidigare maniska episoder; bipolär sjukdom typ I övervägs starkt. Pat ej informerad om detta, diskuteras när uppgifterna kunnat stämmas av med honom."),
    ], tmpl="Tidiga hypoteser", au=("Sara Nordin", "läkare")),
], must_not=[("NL101", "n1")], why="Skåne template Tidiga hypoteser holds the untold psychiatric diagnosis.")

C("nl101n-vgr-lunga-sokord-sedan-synlig-efter-besked", "vgr", ("1960-10-10", "F"), [
    N("n1", "su_lung", "2024-04-03 14:10", [
        ("Aktuellt", "Remiss pga 3 cm förändring vä ovanlob på DT. Bronkoskopi gjord idag."),
        ("Bedömning", "Svar på biopsier inväntas, PET-DT bokad."),
        ("Tidiga hypoteser", "Spikulerad förändring med pleuraindragning, bilden talar starkt för lungcancer. Pat ej informerad om misstanken."),
    ], au=("Linda Åberg", "läkare")),
    N("n2", "su_lung", "2024-04-16 10:00", [
        ("PAD", "Adenocarcinom, EGFR exon 19-deletion."),
        ("Bedömning", "Lungcancer vä ovanlob, adenocarcinom, cT2aN0M0."),
        ("Information", "Pat informerad om PAD-svaret och diagnosen lungcancer idag, tillsammans med sin syster. Remiss thoraxkirurgi för lobektomi."),
    ], au=("Linda Åberg", "läkare")),
], must_not=[("NL101", "n1"), ("NL101", "n2")], why="VGR: hypothesis hidden under the sökord in n1, told and visible in n2.")

C("nl101n-pankreascancer-informerad-men-vill-ej-hora-prognos", "vgr", ("1945-06-30", "M"), [
    N("n1", "skas_kir", "2024-05-22 13:00", [
        ("Bedömning", "Lokalt avancerad pankreascancer, ej resektabel."),
        ("Information", "Pat informerad om att det är cancer i bukspottkörteln och att operation inte är möjlig. Han har uttryckligen inte velat höra något om prognos eller förväntad överlevnad, vilket respekteras."),
    ], au=("Henrik Alm", "läkare")),
], must_not=[("NL101", "n1")], why="Diagnosis told; only the prognosis is left unsaid at the patient's wish.")

C("nl101n-all-barn-syskonen-ej-informerade", "skane", ("2016-03-08", "M"), [
    N("n1", "sus_barn", "2024-02-02 14:30", [
        ("Bedömning", "Akut lymfatisk leukemi, standardrisk, dag 15 av induktion. MRD inväntas."),
        ("Information", "Föräldrarna informerade om leukemidiagnosen vid samtal 18/1. Syskonen (8 och 11 år) ej informerade ännu, föräldrarna vill ha stöd av kurator inför det samtalet."),
    ], tmpl="Daganteckning", au=("Maria Lundqvist", "läkare"), setting="slutenvård"),
], must_not=[("NL101", "n1")], why="Child patient: guardians told; siblings not told.")

C("nl101n-hoftfraktur-dottern-ej-nadd", "skane", ("1933-05-26", "F"), [
    N("n1", "sus_ort", "2024-01-29 21:50", [
        ("Aktuellt", "Fallit i hemmet, kan inte belasta hö ben."),
        ("Röntgen", "Dislocerad cervikal collumfraktur hö (Garden IV)."),
        ("Bedömning", "Collumfraktur hö. Hemiartroplastik planeras i morgon."),
        ("Information", "Pat informerad om frakturen och operationen, samtycker. Dottern ej nådd per telefon, avd-ssk försöker igen i morgon bitti."),
    ], tmpl="Akutanteckning", au=("Ahmad Sultani", "läkare"), setting="akut"),
], must_not=[("NL101", "n1")], why="Patient told; the daughter has not been reached.")

C("nl101n-uvi-ssk-meddelat-odlingssvar", "vgr", ("1966-06-16", "F"), [
    N("n1", "skas_uro", "2024-03-26 10:15", [
        ("Kontaktorsak", "Uppföljning av urinodling tagen vid cystoskopi."),
        ("Åtgärd", "Ringt och meddelat pat att odlingen visade E. coli-urinvägsinfektion, känslig för pivmecillinam. Recept skickat enl dr Ödmans ordination."),
    ], tmpl="Telefonanteckning", au=("Camilla Borg", "sjuksköterska"), signed=5),
], must_not=[("NL101", "n1")], why="Nurse told the patient the UTI result.")

C("nl101n-hypotyreos-informerad-bade-aktiv-och-passiv", "skane", ("1984-12-03", "F"), [
    N("n1", "kri_med", "2024-06-18 10:30", [
        ("Lab", "TSH 48, fritt T4 6, TPO-ak > 1000."),
        ("Bedömning", "Hypotyreos pga Hashimotos tyreoidit."),
        ("Åtgärd", "Jag har ringt och informerat pat om provsvaren och diagnosen; hon har också fått skriftlig information via 1177. Start Levaxin 50 µg, kontroll om 6 v."),
    ], tmpl="Telefonanteckning", au=("Omar Khalil", "läkare"), signed=10),
], must_not=[("NL101", "n1")], why="'Jag har ringt och informerat pat': told.")

# =====================================================================================
# NL102 — hedged diagnosis in visible free text (Melior)
# =====================================================================================

C("nl102-amaurosis-tia-fragetecken", "vgr", ("1951-03-03", "M"), [
    N("n1", "nal_stroke", "2024-04-11 12:20", [
        ("Aktuellt", "Övergående synbortfall hö öga i 10 min i morse, 'som en gardin'. Nu helt återställd."),
        ("Status", "Neurologiskt ua. Visus ua. Pulsar palpabla."),
        ("Bedömning", "TIA? (amaurosis fugax hö). Karotis-doppler och långtids-EKG bokade, start ASA + atorvastatin."),
    ], tmpl="Inskrivningsanteckning", au=("Johan Pihl", "läkare"), setting="slutenvård"),
], must=[("NL102", "n1")], why="'TIA?' — question-mark hedge on a diagnosis in Bedömning.")

C("nl102-rundhard-lungcancer-kan-inte-uteslutas", "skane", ("1954-12-12", "F"), [
    N("n1", "sus_lung", "2024-02-21 11:10", [
        ("Röntgen", "DT thorax: 22 mm spikulerad rundhärd hö ovanlob, ingen lymfadenopati."),
        ("Bedömning", "Lungcancer kan inte uteslutas."),
        ("Planering", "PET-DT, därefter transtorakal biopsi. Återbesök efter."),
    ], au=("Anders Nilsson", "läkare")),
], must=[("NL102", "n1")], why="'kan inte uteslutas' on lung cancer in a visible Melior note.")

C("nl102-sannolikt-seronegativ-ra-dd-psa", "vgr", ("1978-09-05", "F"), [
    N("n1", "su_reuma", "2024-03-13 09:40", [
        ("Status", "Synoviter MCP 2–3 bilat och hö handled, DAS28-CRP 4,6."),
        ("Lab", "RF neg, anti-CCP neg, CRP 18."),
        ("Bedömning", "Sannolikt seronegativ reumatoid artrit, DD psoriasisartrit (psoriasis hos far). Start metotrexat 15 mg/v."),
    ], au=("Cecilia Borg", "läkare"), signed=None),
], must=[("NL102", "n1")], why="'Sannolikt' RA and a DD in Bedömning.")

C("nl102-trol-bipolar-ii-dagbok", "skane", ("1999-01-19", "F"), [
    N("n1", "psyk_lund", "2024-04-24 14:30", [
        ("Aktuellt", "Tredje depressiva episoden på fyra år, nu med inslag av irritabilitet och rusande tankar."),
        ("Bedömning", "Trol. bipolär sjukdom typ II med nu depressiv episod; hypomana perioder beskrivs men är svåra att tidsavgränsa. Avvaktar med stämningsstabiliserare tills stämningsdagbok förts i 4 v."),
    ], au=("Sara Nordin", "läkare")),
], must=[("NL102", "n1")], why="'Trol.' bipolar disorder in a Skåne Melior psychiatry note.")

C("nl102-misstankt-myokardit-efter-forkylning", "vgr", ("2001-06-30", "M"), [
    N("n1", "su_kard", "2024-01-09 22:15", [
        ("Aktuellt", "Bröstsmärta 3 dagar efter förkylning. TnT 480, stigande."),
        ("EKG", "Konkava ST-höjningar i II, III, aVF och V4–V6."),
        ("Bedömning", "Misstänkt myokardit. Kranskärlsröntgen ej indicerad i första hand; hjärt-MR bokad till i morgon."),
    ], tmpl="Inskrivningsanteckning", au=("Jonas Friberg", "läkare"), setting="slutenvård"),
], must=[("NL102", "n1")], why="'Misstänkt myokardit' in Bedömning.")

C("nl102-ileit-dd-crohn-intestinal-tbc", "skane", ("1992-02-22", "M"), [
    N("n1", "gastro_malmo", "2024-05-06 15:00", [
        ("Aktuellt", "Viktnedgång, diarré och feber i 2 mån, flyttade från Indien 2022."),
        ("Koloskopi", "Ulcerationer i terminala ileum och förträngd ileocekalvalvel."),
        ("Bedömning", "Ileit, oklar genes. DD: Crohns sjukdom, intestinal tuberkulos. Biopsier för PAD och TB-PCR, Quantiferon."),
    ], au=("Nils Aronsson", "läkare")),
], must=[("NL102", "n1")], why="Differential diagnoses listed after 'DD:'.")

C("nl102-inkomplett-kawasaki-kan-inte-uteslutas", "vgr", ("2021-04-14", "F"), [
    N("n1", "sas_barn", "2024-02-03 18:30", [
        ("Aktuellt", "2-årig flicka med feber 6 dagar, röda ögon utan sekret, smultrontunga, rodnade handflator."),
        ("Lab", "CRP 128, SR 90, TPK 520, ALAT 88, albumin 27."),
        ("Bedömning", "Inkomplett Kawasakis sjukdom kan inte uteslutas. Eko i morgon bitti, diskuterat med barnkardiolog; IVIG övervägs."),
    ], tmpl="Inskrivningsanteckning", au=("Emil Sjögren", "läkare"), setting="slutenvård"),
], must=[("NL102", "n1")], why="Child (guardians read): Kawasaki 'kan inte uteslutas'.")

C("nl102-misstankt-extrauterin-graviditet", "skane", ("1995-08-08", "F"), [
    N("n1", "ystad_gyn", "2024-03-30 17:45", [
        ("Aktuellt", "SM för 6 v sedan, pos graviditetstest, vä-sidig buksmärta och sparsam blödning."),
        ("Undersökning", "Vaginalt UL: tom uterus, 3 cm komplex resistens vä adnex, lite fri vätska i fossa Douglasi."),
        ("Lab", "hCG 2400."),
        ("Bedömning", "Misstänkt extrauterin graviditet vä. Planeras för laparoskopi i kväll."),
    ], tmpl="Akutanteckning", au=("Sofie Rask", "läkare"), setting="akut"),
], must=[("NL102", "n1")], why="Pregnancy: 'Misstänkt extrauterin graviditet'.")

C("nl102-lymfom-fragetecken-halskortlar", "vgr", ("1966-11-30", "M"), [
    N("n1", "kungalv_med", "2024-02-16 10:50", [
        ("Aktuellt", "Förstorade körtlar på halsen vä sedan 6 v, nattsvettningar."),
        ("Status", "Fasta, oömma körtlar vä halssida 2–3 cm, även i vä axill."),
        ("Bedömning", "Lymfom? Remiss ÖNH för körtelexstirpation, DT hals-thorax-buk."),
    ], au=("Oskar Brandt", "läkare")),
], must=[("NL102", "n1")], why="'Lymfom?' at the start of Bedömning.")

C("nl102-trolig-neuroborrelios-facialispares", "skane", ("1970-06-15", "F"), [
    N("n1", "sus_inf", "2024-08-27 13:10", [
        ("Aktuellt", "Perifer facialispares hö sedan 4 d, huvudvärk och radikulär smärta i bröstryggen. Fästingbett i juli."),
        ("Likvor", "Mononukleär pleocytos 85 x10^6/L, protein 0,9. Borrelia-ak i likvor inväntas."),
        ("Bedömning", "Trolig neuroborelios. Start doxycyklin 400 mg x 1 i 14 d."),
    ], au=("Nadia Rahimi", "läkare")),
], must=[("NL102", "n1")], why="'Trolig neuroborelios' (typo for neuroborrelios).")

C("nl102-susp-feokromocytom-incidentalom", "vgr", ("1982-03-25", "F"), [
    N("n1", "su_endo", "2024-04-18 09:20", [
        ("Aktuellt", "Attacker med hjärtklappning, svettningar och huvudvärk, BT 210/120 under attack."),
        ("Röntgen", "Incidentalom vä binjure 3,2 cm, 38 HU osmetat."),
        ("Bedömning", "Susp. feokromocytom vä. P-metanefriner tas, alfablockad förbereds om positivt."),
    ], au=("Ingrid Axelsson", "läkare")),
], must=[("NL102", "n1")], why="Abbreviated hedge 'Susp.'.")

C("nl102-ev-patologisk-fraktur-skelettmetastas", "skane", ("1947-04-02", "F"), [
    N("n1", "sus_ort", "2024-03-03 20:15", [
        ("Aktuellt", "Lågenergitrauma, snubblade i hemmet. Opererad för bröstcancer 2016."),
        ("Röntgen", "Subtrochantär fraktur hö femur med osteolytisk förändring i frakturområdet."),
        ("Bedömning", "Ev. patologisk fraktur pga skelettmetastas. Märgspikning med biopsi från frakturområdet."),
    ], tmpl="Akutanteckning", au=("Ahmad Sultani", "läkare"), setting="akut"),
], must=[("NL102", "n1")], why="'Ev.' pathological fracture due to metastasis.")

C("nl102-typo-missankt-mycosis-fungoides", "vgr", ("1963-07-07", "M"), [
    N("n1", "su_hud", "2024-05-14 11:30", [
        ("Status", "Fjällande, skarpt avgränsade erytematösa plack på bålen och nates, poikiloderma i ljumskarna."),
        ("Bedömning", "Missänkt mycosis fungoides, tidigt stadium. Stansbiopsier x 3 inkl. TCR-klonalitet. Kortisonkräm grupp III tills vidare."),
    ], au=("Helena Ström", "läkare")),
], must=[("NL102", "n1")], why="Typo 'Missänkt' still a hedge.")

C("nl102-granulomatos-uveit-mojlig-sarkoidos", "skane", ("1986-01-17", "F"), [
    N("n1", "sus_ogon", "2024-03-21 14:45", [
        ("Status", "Granulomatös främre uveit bilat med fettiga precipitat, snöbollsopaciteter i glaskroppen vä."),
        ("Bedömning", "Bilat granulomatös uveit, möjlig sarkoidos. Lungröntgen, ACE, lysozym och remiss lungmed."),
    ], au=("Annika Wester", "läkare"), signed=None),
], must=[("NL102", "n1")], why="'möjlig sarkoidos' after a confirmed uveitis.")

C("nl102-asymmetrisk-horsel-kan-vara-schwannom", "vgr", ("1973-05-05", "M"), [
    N("n1", "su_onh", "2024-02-07 10:30", [
        ("Aktuellt", "Ensidig hörselnedsättning vä sedan 1 år, tinnitus vä, ostadighet."),
        ("Audiogram", "Sensorineural hörselnedsättning vä, diskantbetonad, 30 dB sämre än hö. Talaudiometri vä 68 %."),
        ("Bedömning", "Asymmetrisk sensorineural hörselnedsättning vä, kan vara vestibularisschwannom. MR hjärna med kontrast beställd."),
    ], au=("Fredrik Lund", "läkare"), signed=None),
], must=[("NL102", "n1")], why="'kan vara vestibularisschwannom'.")

C("nl102-inger-misstanke-om-lewy-body", "skane", ("1944-08-28", "M"), [
    N("n1", "minne_malmo", "2024-05-16 13:30", [
        ("Aktuellt", "Fluktuerande kognition, synhallucinationer (ser barn i rummet), fall senaste halvåret. Hustrun berättar att han 'slåss i sömnen'."),
        ("Status", "Lätt rigiditet bilat, ingen tremor. MMSE 22."),
        ("Bedömning", "Bilden inger misstanke om Lewy body-demens. DaTSCAN beställd. Undvik neuroleptika."),
    ], au=("Margareta Ljung", "läkare")),
], must=[("NL102", "n1")], why="'inger misstanke om' Lewy body dementia.")

C("nl102-hjarnstam-ms-i-parentes", "skane", ("1991-12-02", "F"), [
    N("n1", "sus_neuro", "2024-03-15 15:20", [
        ("Aktuellt", "Dubbelseende i 1 v, domning i vä ansiktshalva. Tidigare frisk."),
        ("Status", "Internukleär oftalmoplegi hö, nedsatt sensibilitet vä ansiktshalva."),
        ("Bedömning", "Hjärnstamssymtom (demyeliniserande? MS?). MR hjärna och ryggmärg nästa vecka, likvor därefter."),
    ], au=("Magnus Holm", "läkare")),
], must=[("NL102", "n1")], why="Hedge inside parentheses: 'MS?'.")

C("nl102-ev-autism-vuxen-remiss", "vgr", ("1995-03-28", "M"), [
    N("n1", "su_psyk", "2024-04-09 10:00", [
        ("Aktuellt", "Pat söker pga social isolering och svårt att behålla arbeten. Har alltid haft svårt med småprat, starkt specialintresse för tåg."),
        ("Bedömning", "Ev. autismspektrumtillstånd, nedstämdheten bedöms sekundär. Remiss neuropsykiatrisk utredning."),
    ], au=("Amanda Roos", "läkare")),
], must=[("NL102", "n1")], why="'Ev. autismspektrumtillstånd'.")

C("nl102-typo-sannolkit-njurcellscancer", "skane", ("1959-02-11", "M"), [
    N("n1", "kri_uro", "2024-04-05 11:20", [
        ("Röntgen", "DT buk: 4 cm solid kontrastladdande tumör hö njure."),
        ("Bedömning", "Sannolkit njurcellscancer, T1a. Partiell nefrektomi diskuteras på rond."),
    ], au=("Per Ödman", "läkare")),
], must=[("NL102", "n1")], why="Typo 'Sannolkit' still a hedge.")

C("nl102-appendicit-fragetecken-dd-divertikulit", "vgr", ("1979-06-09", "F"), [
    N("n1", "skas_kir", "2024-06-20 23:10", [
        ("Status", "Ömhet och släppömhet i hö fossa, Rovsing pos. Temp 38,1."),
        ("Lab", "CRP 64, LPK 14,2. U-hCG neg."),
        ("Bedömning", "Appendicit? DD divertikulit hö kolon, ovarialcysta. DT buk med kontrast."),
    ], tmpl="Akutanteckning", au=("Tove Hansson", "läkare"), setting="akut"),
], must=[("NL102", "n1")], why="Question-mark hedge plus DD list.")

C("nl102-trolig-celiaki-barn-utan-biopsi", "skane", ("2016-02-20", "F"), [
    N("n1", "sus_barn", "2024-01-25 10:40", [
        ("Lab", "tTG-IgA 12 x övre ref, EMA pos. Totalt IgA normalt."),
        ("Bedömning", "Trolig celiaki. Enligt ESPGHAN kan diagnosen ställas utan biopsi om nytt prov bekräftar; nytt prov för EMA taget. Fortsatt glutenhaltig kost till dess."),
    ], au=("Emil Sjögren", "läkare")),
], must=[("NL102", "n1")], why="Child: 'Trolig celiaki'.")

C("nl102-preeklampsi-kan-inte-uteslutas", "vgr", ("1990-09-13", "F"), [
    N("n1", "sas_mvc", "2024-08-14 12:00", [
        ("Aktuellt", "Omföderska v 34+5, huvudvärk sedan i morse, BT 148/96."),
        ("Lab", "U-albumin 1+, TPK 168, ALAT 32, urat 380."),
        ("Bedömning", "Begynnande preeklampsi kan inte uteslutas. Kontroll BT x 4 och prover igen i morgon, CTG ua."),
    ], au=("Maja Eliasson", "läkare")),
], must=[("NL102", "n1")], why="Pregnancy: 'preeklampsi kan inte uteslutas'.")

C("nl102-spondylodiskit-talar-for-dikterat", "skane", ("1953-08-19", "M"), [
    N("n1", "hbg_med", "2024-10-08 16:30", [
        ("Anamnes", "Patienten är en 71-årig man med typ 2-diabetes som sedan drygt tre veckor har tilltagande ländryggsmärta, värst nattetid, och som för en månad sedan behandlades av tandläkare för en tandabscess, och som nu sedan ett par dagar har feber upp mot 38,8 och har blivit alltmer orkeslös."),
        ("Röntgen", "MR ländrygg: Signalförändring i L3–L4-diskus och angränsande ändplattor med kontrastuppladdning och liten epidural abscess."),
        ("Bedömning", "Bilden talar för spondylodiskit L3–L4, sannolikt hematogen spridning från tandinfektionen. Blododlingar x 3, CT-ledd biopsi innan antibiotika om pat är stabil. /Dikt. RH"),
    ], au=("Rebecka Holmberg", "läkare"), signed=900, setting="slutenvård", tmpl="Inskrivningsanteckning"),
], must=[("NL102", "n1")], why="Dictated note: 'Bilden talar för spondylodiskit'.")

C("nl102-jattecellsarterit-inte-uteslutet", "vgr", ("1946-11-09", "F"), [
    N("n1", "su_reuma", "2024-09-03 11:00", [
        ("Aktuellt", "Tinningshuvudvärk hö sedan 3 v, käkklaudikation, SR 78."),
        ("Status", "Ömmande, förtjockad a. temporalis hö med svag puls."),
        ("Bedömning", "Jättecellsarterit inte uteslutet. Prednisolon 60 mg startas idag, ultraljud temporalartärer i morgon."),
    ], au=("Cecilia Borg", "läkare")),
], must=[("NL102", "n1")], why="'inte uteslutet' contains a negation word but is a hedge that the diagnosis is possible.")

C("nl102-typo-trolgen-sarkoidos", "skane", ("1985-04-16", "M"), [
    N("n1", "sus_lung", "2024-02-29 09:50", [
        ("Röntgen", "DT: bilaterala hilära och mediastinala lymfkörtlar, perilymfatiska noduli."),
        ("Bedömning", "Trolgen sarkoidos stadium II. Bronkoskopi med BAL och EBUS."),
    ], au=("Linnéa Ekdahl", "läkare")),
], must=[("NL102", "n1")], why="Typo 'Trolgen' (troligen).")

C("nl102-gbs-misstankt-sedan-uteslutet", "skane", ("1982-06-07", "M"), [
    N("n1", "sus_neuro", "2024-10-03 18:20", [
        ("Aktuellt", "Stigande svaghet i benen sedan 4 d, domningar i fötterna. Gastroenterit för 2 v sedan."),
        ("Status", "Kraft 4/5 proximalt i benen, svaga patellarreflexer."),
        ("Bedömning", "Misstänkt Guillain-Barrés syndrom. Likvor och ENeG i morgon, vitalkapacitet x 3."),
    ], tmpl="Inskrivningsanteckning", au=("Johan Pihl", "läkare"), setting="slutenvård"),
    N("n2", "sus_neuro", "2024-10-07 11:00", [
        ("Utredning", "ENeG normal. Likvor: protein 0,35, celler 2."),
        ("Bedömning", "Guillain-Barrés syndrom uteslutet. Symtomen har gått tillbaka och bedöms som postinfektiös trötthet. Hem idag."),
    ], tmpl="Daganteckning", au=("Magnus Holm", "läkare"), setting="slutenvård"),
], must=[("NL102", "n1")], must_not=[("NL102", "n2")], why="Two notes: suspicion in n1, the same diagnosis ruled out in n2.")

# ---- NL102 near-misses (must_not) ---------------------------------------------------------

C("nl102n-ingen-misstanke-om-lungcancer", "vgr", ("1956-04-26", "M"), [
    N("n1", "su_lung", "2024-03-26 10:20", [
        ("Röntgen", "DT thorax: Små oförändrade noduli sedan 2022, max 4 mm."),
        ("Bedömning", "Ingen misstanke om lungcancer. Inga fler kontroller enligt Fleischner."),
    ], au=("Linda Åberg", "läkare")),
], must_not=[("NL102", "n1")], why="'Ingen misstanke om' — negated mention.")

C("nl102n-appendicit-uteslutes-pa-dt", "skane", ("2003-02-14", "M"), [
    N("n1", "sus_kir_malmo", "2024-04-02 03:10", [
        ("Aktuellt", "Buksmärta runt naveln sedan igår, kräkts x 2, lös avföring."),
        ("Bedömning", "Appendicit uteslutes på DT, som visar normal appendix. Gastroenterit, hem med vätskeregim."),
    ], tmpl="Akutanteckning", au=("Tobias Ek", "läkare"), setting="akut"),
], must_not=[("NL102", "n1")], why="'uteslutes' — excluded.")

C("nl102n-inga-tecken-pa-pneumoni-bronkit", "vgr", ("1960-05-15", "F"), [
    N("n1", "nal_akut", "2024-01-15 14:40", [
        ("Aktuellt", "Hosta i 10 dagar, feber första 3 dagarna."),
        ("Bedömning", "Inga tecken på pneumoni på lungröntgen. Akut bronkit, ingen antibiotika."),
    ], tmpl="Akutanteckning", au=("Tove Hansson", "läkare"), setting="akut"),
], must_not=[("NL102", "n1")], why="'Inga tecken på pneumoni' and a confirmed bronchitis.")

C("nl102n-fynd-talar-emot-ms-migran", "skane", ("1987-07-27", "F"), [
    N("n1", "sus_neuro", "2024-05-28 13:40", [
        ("Utredning", "MR hjärna: enstaka små subkortikala vitsubstansförändringar frontalt."),
        ("Bedömning", "MR-fynden talar emot MS och är vanliga vid migrän. Migrän med aura, profylax med propranolol."),
    ], au=("Magnus Holm", "läkare"), signed=None),
], must_not=[("NL102", "n1")], why="'talar emot MS' — negative evidence, not a hedge for MS.")

C("nl102n-typo-inga-teckan-pa-meningit", "vgr", ("1998-09-09", "M"), [
    N("n1", "su_inf", "2024-02-12 21:30", [
        ("Status", "Nacken mjuk, inga petekier, opåverkad."),
        ("Bedömning", "Inga teckan på meningit, likvor normal. Huvudvärk vid influensa A (pos snabbtest)."),
    ], tmpl="Akutanteckning", au=("Lars Öberg", "läkare"), setting="akut"),
], must_not=[("NL102", "n1")], why="Negated mention with a typo ('teckan').")

C("nl102n-skane-th-mall-autoimmun-hepatit", "skane", ("1973-11-23", "F"), [
    N("n1", "gastro_malmo", "2024-04-08 15:10", [
        ("Bedömning", "Misstänkt autoimmun hepatit, IgG förhöjt, ASMA pos. Leverbiopsi planeras; avvaktar med att ta upp misstanken med pat tills svaret finns."),
    ], tmpl="Tidiga hypoteser", au=("Nils Aronsson", "läkare")),
], must_not=[("NL102", "n1")], why="Skåne: the hedge is in the template Tidiga hypoteser.")

C("nl102n-vgr-sokord-ftd", "vgr", ("1969-01-01", "M"), [
    N("n1", "su_neuro", "2024-03-05 11:30", [
        ("Aktuellt", "Svårigheter att hitta ord och ändrad personlighet enl hustrun."),
        ("Status", "Lätta ordfinnarsvårigheter, i övrigt ua."),
        ("Bedömning", "Kognitiv utredning påbörjad: MR hjärna, neuropsykologisk testning."),
        ("Tidiga hypoteser", "Frontotemporal demens, beteendevariant, är den främsta misstanken; DD primär progressiv afasi."),
    ], au=("Mattias Greve", "läkare")),
], must_not=[("NL102", "n1")], why="VGR: the hypothesis is only under the sökord Tidiga hypoteser.")

C("nl102n-pmo-vc-misstankt-diabetes", "skane", ("1966-10-10", "M"), [
    N("n1", "vc_hoor", "2024-02-05 09:20", [
        ("Aktuellt", "Törst och trötthet sedan 2 mån."),
        ("Bedömning", "Misstänkt diabetes typ 2, fP-glukos 7,8. Nytt fastevärde + HbA1c."),
    ], tmpl="Läkarbesök", au=("Björn Ahl", "läkare")),
], must_not=[("NL102", "n1")], why="PMO never shows diagnoses to the patient.")

C("nl102n-pmo-bvc-misstankt-hoftledsinstabilitet", "skane", ("2024-02-01", "F"), [
    N("n1", "bvc_kavlinge", "2024-03-14 10:00", [
        ("Status", "Asymmetriska lårveck. Ortolani vä osäker."),
        ("Bedömning", "Misstänkt höftledsinstabilitet vä, remiss barnortopedi för UL."),
    ], tmpl="BVC läkarbesök 6 veckor", au=("Karin Wahl", "läkare")),
], must_not=[("NL102", "n1")], why="PMO child health note: hedge not shown.")

C("nl102n-pmo-hemsjukvard-trol-uvi", "skane", ("1932-12-12", "F"), [
    N("n1", "hsjv_eslov", "2024-02-24 15:30", [
        ("Aktuellt", "Ökad förvirring sedan 2 d, illaluktande urin, temp 37,9."),
        ("Bedömning", "Trol. UVI, kontakt med jourläkare, U-odling tagen och nitrofurantoin ordinerat."),
    ], tmpl="Omvårdnad", au=("Eva Lindström", "sjuksköterska")),
], must_not=[("NL102", "n1")], why="PMO home-care note.")

C("nl102n-trol-hem-i-morgon-ev-aterbesok", "vgr", ("1947-06-06", "M"), [
    N("n1", "kungalv_med", "2024-05-03 11:15", [
        ("Bedömning", "Hjärtsvikt med bevarad EF, NYHA III, förbättrad efter diuretika."),
        ("Planering", "Trol. hem i morgon. Ev. återbesök på ssk-ledd hjärtsviktsmott om 2 v, vikt dagligen."),
    ], tmpl="Daganteckning", au=("Oskar Brandt", "läkare"), setting="slutenvård"),
], must_not=[("NL102", "n1")], why="Hedges on discharge and follow-up, not on a diagnosis.")

C("nl102n-hereditet-mor-trol-ms", "skane", ("2001-03-03", "F"), [
    N("n1", "sus_neuro", "2024-09-17 10:30", [
        ("Hereditet", "Mor har trol. MS, aldrig fullständigt utredd. Morfar Parkinsons sjukdom."),
        ("Aktuellt", "Migränliknande huvudvärk sedan puberteten, ökat senaste halvåret."),
        ("Bedömning", "Migrän utan aura. Inga fokala neurologiska fynd. Triptanförsök."),
    ], au=("Johan Pihl", "läkare")),
], must_not=[("NL102", "n1")], why="The hedged MS is the mother's (Hereditet), not the patient's.")

C("nl102n-tidigare-misstankt-celiaki-avskrevs", "vgr", ("1990-05-05", "F"), [
    N("n1", "alingsas_med", "2024-03-12 13:00", [
        ("Tidigare sjukdomar", "Utredd 2019 för misstänkt celiaki, som avskrevs efter normal biopsi."),
        ("Aktuellt", "Växlande avföring och uppblåsthet i flera år, ingen viktnedgång, normala prover inkl kalprotektin."),
        ("Bedömning", "Colon irritabile (IBS-D). FODMAP-råd via dietist."),
    ], au=("Sanna Wiklund", "läkare")),
], must_not=[("NL102", "n1")], why="Past suspicion that was dismissed; current diagnosis is affirmed.")

C("nl102n-graves-bekraftad", "skane", ("1989-08-23", "F"), [
    N("n1", "sus_endo", "2024-03-27 14:00", [
        ("Lab", "TSH < 0,01, fritt T4 58, TRAK 12."),
        ("Bedömning", "Graves sjukdom, måttlig tyreotoxikos. Start tiamazol 20 mg + propranolol."),
    ], au=("Omar Khalil", "läkare")),
], must_not=[("NL102", "n1")], why="Affirmed diagnosis without any hedge.")

C("nl102n-misstanker-daligt-tablettintag", "vgr", ("1939-01-12", "M"), [
    N("n1", "kungalv_med", "2024-04-29 10:40", [
        ("Aktuellt", "Känt förmaksflimmer på Eliquis, nu hjärtklappning senaste veckan."),
        ("Bedömning", "Förmaksflimmer, snabb kammarfrekvens. Misstänker att pat inte tar sina tabletter regelbundet, dosett via hemtjänst ordnas."),
    ], au=("Hanna Lind", "läkare")),
], must_not=[("NL102", "n1")], why="'Misstänker' about adherence, not about a diagnosis.")

C("nl102n-fragetecken-pa-sjukskrivning-och-korkort", "skane", ("1958-07-07", "F"), [
    N("n1", "hbg_med", "2024-05-07 09:30", [
        ("Bedömning", "Hypotyreos, välbehandlad med Levaxin 100 µg."),
        ("Planering", "Sjukskrivning? Pat vill avvakta. Körkort? Ej aktuellt. Nytt TSH om 6 mån."),
    ], au=("Rebecka Holmberg", "läkare")),
], must_not=[("NL102", "n1")], why="Question marks after administrative words, not diagnoses.")

C("nl102n-ingen-hallpunkt-for-lymfom", "vgr", ("1983-12-20", "M"), [
    N("n1", "su_hem", "2024-02-28 14:30", [
        ("Bedömning", "PET-DT och körtelbiopsi visar reaktiv lymfadenit. Ingen hållpunkt för lymfom. Avslutas."),
    ], au=("Peter Sandberg", "läkare"), signed=None),
], must_not=[("NL102", "n1")], why="'Ingen hållpunkt för lymfom' — negated.")

C("nl102n-misstanken-om-sarkoidos-avskrivs", "skane", ("1976-08-12", "F"), [
    N("n1", "sus_lung", "2024-06-13 11:00", [
        ("Bedömning", "Misstanken om sarkoidos avskrivs efter normal EBUS-cytologi och normal BAL. Hiluskörtlarna bedöms reaktiva."),
    ], au=("Linnéa Ekdahl", "läkare")),
], must_not=[("NL102", "n1")], why="'Misstanken ... avskrivs' — the hedge word is there but the diagnosis is dismissed.")

C("nl102n-cancer-pavisades-inte-atrofi", "vgr", ("1962-04-04", "F"), [
    N("n1", "su_gyn", "2024-05-16 13:20", [
        ("PAD", "Endometriebiopsi: atrofiskt endometrium."),
        ("Bedömning", "Cancer påvisades inte. Postmenopausal blödning pga atrofi, lokalt östrogen."),
    ], au=("Maja Eliasson", "läkare")),
], must_not=[("NL102", "n1")], why="Negation after the verb ('påvisades inte').")

C("nl102n-pmo-ungdomsmottagning-misstankt-klamydia", "skane", ("2005-10-10", "M"), [
    N("n1", "um_lund", "2024-06-03 15:00", [
        ("Aktuellt", "Sveda vid miktion sedan 5 d, ny partner för 3 v sedan."),
        ("Bedömning", "Misstänkt klamydiauretrit. Prov taget, behandling vid pos."),
    ], tmpl="Besök", au=("Hanna Björk", "barnmorska")),
], must_not=[("NL102", "n1")], why="PMO youth clinic: hedged diagnosis not shown.")

C("nl102n-ev-byte-av-antikoagulantia", "skane", ("1957-02-17", "M"), [
    N("n1", "sus_kard", "2024-03-19 14:20", [
        ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 2."),
        ("Planering", "Ev. byte från warfarin till apixaban vid nästa besök, trol. aktuellt med ablation."),
    ], au=("Jonas Friberg", "läkare")),
], must_not=[("NL102", "n1")], why="Hedges on treatment choices, not on the diagnosis.")

C("nl102n-vgr-sokord-ibd-barn", "vgr", ("2014-04-04", "M"), [
    N("n1", "sas_barn", "2024-01-31 11:10", [
        ("Bedömning", "Återkommande buksmärtor, normal tillväxt. Fortsatt uppföljning, nytt kalprotektin om 4 v."),
        ("Tidiga hypoteser", "Misstänkt inflammatorisk tarmsjukdom, kalprotektin 380 – avvaktar upprepat prov innan föräldrarna informeras om misstanken."),
    ], au=("Emil Sjögren", "läkare")),
], must_not=[("NL102", "n1")], why="VGR child: hedge only under sökord Tidiga hypoteser.")

C("nl102n-typo-ingen-misstake-om-akut-koronart-syndrom", "skane", ("1971-01-31", "M"), [
    N("n1", "sus_akut", "2024-08-09 04:20", [
        ("Bedömning", "Ingen misstake om akut koronart syndrom: normala TnT x 2, normalt EKG. Muskuloskeletal bröstsmärta."),
    ], tmpl="Akutanteckning", au=("Amir Haddad", "läkare"), setting="akut"),
], must_not=[("NL102", "n1")], why="Negated mention with typo 'misstake'.")

C("nl102n-celiaki-utesluten-forstoppning", "vgr", ("2017-08-08", "F"), [
    N("n1", "sas_barn", "2024-04-22 09:50", [
        ("Bedömning", "Celiaki utesluten (tTG-IgA neg med normalt totalt IgA). Förstoppning, behandlas med Movicol."),
    ], au=("Petra Lindahl", "läkare")),
], must_not=[("NL102", "n1")], why="'utesluten' — excluded diagnosis.")

C("nl102n-skane-th-mall-turner-barn", "skane", ("2012-10-10", "F"), [
    N("n1", "sus_barn", "2024-05-30 13:00", [
        ("Bedömning", "Misstänkt Turners syndrom (mosaik) mot bakgrund av kortvuxenhet och hästskonjure; karyotyp tagen. Vårdnadshavarna informerade om tillväxtutredningen men ej om misstanken."),
    ], tmpl="Tidiga hypoteser", au=("Maria Lundqvist", "läkare")),
], must_not=[("NL102", "n1")], why="Skåne child: hedge written in template Tidiga hypoteser.")

C("nl102n-hereditet-far-trol-hjartinfarkt", "vgr", ("1980-03-03", "M"), [
    N("n1", "su_kard", "2024-10-15 15:00", [
        ("Hereditet", "Far dog plötsligt vid 48 år, trol. hjärtinfarkt, eventuellt ärftlig kardiomyopati i fars släkt."),
        ("Undersökning", "Eko normalt, arbetsprov utan ischemi."),
        ("Bedömning", "Hypertoni, välbehandlad. Ingen kardiomyopati."),
    ], au=("Emma Carlsson", "läkare")),
], must_not=[("NL102", "n1")], why="Hedges are about the father (Hereditet); the patient's own diagnoses are affirmed or negated.")

# =====================================================================================
# validation and output
# =====================================================================================

CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}
CODES = {"NL101", "NL102"}
PROTECTED_SKANE_TEMPLATES = {"Tidiga hypoteser"}


def _sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def _age(birth, when):
    b = dt.date.fromisoformat(birth)
    a = when.year - b.year - ((when.month, when.day) < (b.month, b.day))
    return a


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        nm = c["case"]
        if nm in names:
            errs.append("duplicate case name " + nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(nm + ": bad ruleset")
        if c["_regions"] != {c["ruleset"]}:
            errs.append(nm + ": unit region does not match ruleset")
        rec = c["record"]
        if set(rec) != RECORD_KEYS:
            errs.append(nm + ": record keys")
        p = rec["patient"]
        pid, birth = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid) or pid[:8] != birth.replace("-", ""):
            errs.append(nm + ": personnummer does not match birth_date")
        if not _luhn_ok(pid[2:8] + pid[9:]):
            errs.append(nm + ": personnummer fails Luhn")
        if not rec["as_of"].startswith("2024-"):
            errs.append(nm + ": as_of not in 2024")
        ids = set()
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                errs.append(nm + ": note keys")
            if n["id"] in ids:
                errs.append(nm + ": duplicate note id")
            ids.add(n["id"])
            for f in ("time", "signed"):
                if n[f] is not None and not n[f].startswith("2024-"):
                    errs.append(nm + ": %s not in 2024" % f)
            t = dt.datetime.fromisoformat(n["time"])
            if n["signed"] is not None and dt.datetime.fromisoformat(n["signed"]) < t:
                errs.append(nm + ": signed before written")
            if dt.datetime.fromisoformat(rec["as_of"]) < t:
                errs.append(nm + ": as_of before a note")
            age = _age(birth, t.date())
            if age < 0 or 13 <= age <= 15:
                errs.append(nm + ": patient age %d not allowed" % age)
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                errs.append(nm + ": PMO outside Skåne")
            if not n["sections"]:
                errs.append(nm + ": note without sections")
            for s in n["sections"]:
                if not s["text"].strip() or not s["keyword"].strip():
                    errs.append(nm + ": empty section")
                for sent in _sentences(s["text"]):
                    if sent in seen and seen[sent] != (nm, n["id"], s["keyword"]):
                        errs.append("repeated sentence in %s and %s: %r" % (seen[sent][0], nm, sent[:60]))
                    seen.setdefault(sent, (nm, n["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            errs.append(nm + ": asserts nothing")
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            errs.append(nm + ": duplicate assertion")
        for code, nid in pairs:
            if code not in CODES:
                errs.append(nm + ": unexpected code " + code)
            if nid not in ids:
                errs.append(nm + ": target %s does not exist" % nid)
        notes = {n["id"]: n for n in rec["notes"]}
        for code, nid in pairs:
            if nid in notes and notes[nid]["system"] == "PMO" and code == "NL101":
                errs.append(nm + ": NL101 asserted on a PMO note")
            if nid in notes and notes[nid]["system"] == "PMO" and (code, nid) in [tuple(x) for x in c["must"]]:
                errs.append(nm + ": must on a PMO note")
        for code, nid in [tuple(x) for x in c["must"]]:
            n = notes.get(nid)
            if n is None:
                continue
            if c["ruleset"] == "skane" and n["template"] in PROTECTED_SKANE_TEMPLATES:
                errs.append(nm + ": must on a protected Skåne template")
        if not c["why"]:
            errs.append(nm + ": empty why")
    return errs


def main():
    errs = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            row = {k: c[k] for k in CASE_KEYS}
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    # counts
    stats = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                stats[(code, kind)] = stats.get((code, kind), 0) + 1
    print("%d cases -> %s" % (len(CASES), out))
    for (code, kind), v in sorted(stats.items()):
        print("  %s %-8s %d" % (code, kind, v))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
