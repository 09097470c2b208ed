#!/usr/bin/env python3
"""dev106 - independent NL101/NL102 test set: elderly care in hemsjukvård,
särskilt boende, geriatrik, palliativ vård and primary care (Skåne + VGR).

Standard library only, deterministic. Writes cases.jsonl next to this file
and exits 1 on any validation problem.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev106_cases.jsonl")

# --------------------------------------------------------------------------
# Units (name, HSA-id)
# --------------------------------------------------------------------------
UNITS = {
    # Skåne, Melior (hospital based)
    "sk_ger_mal": ("Geriatriska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4417"),
    "sk_minne": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4520"),
    "sk_ort_hbg": ("Ortopedkliniken, Helsingborgs lasarett", "SE2321000255-6088"),
    "sk_med_ystad": ("Medicinkliniken, Lasarettet i Ystad", "SE2321000255-5132"),
    "sk_akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3391"),
    "sk_pall_lund": ("Palliativa enheten, Skånes universitetssjukhus Lund", "SE2321000255-7740"),
    "sk_asih": ("ASIH Lund-Kävlinge, Skånes universitetssjukhus", "SE2321000255-7745"),
    "sk_ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-6150"),
    "sk_uro": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4801"),
    "sk_onk": ("Skånes onkologiska klinik, Skånes universitetssjukhus Lund", "SE2321000255-7302"),
    "sk_med_trel": ("Medicinavdelningen, Trelleborgs lasarett", "SE2321000255-5566"),
    "sk_mobil": ("Mobila akutteamet, Hässleholms sjukhus", "SE2321000255-3820"),
    "sk_akut_mal": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4002"),
    "sk_neuro": ("Neurologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-7604"),
    "sk_med_lkr": ("Medicinkliniken, Landskrona lasarett", "SE2321000255-6301"),
    # Skåne, PMO (primary care, hemsjukvård, läkare på särskilt boende)
    "pmo_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-2104"),
    "pmo_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-2260"),
    "pmo_simr": ("Vårdcentralen Simrishamn", "SE2321000255-2318"),
    "pmo_hoor": ("Hemsjukvården, Vårdcentralen Höör", "SE2321000255-2375"),
    "pmo_tagarp": ("Vårdcentralen Tågarp", "SE2321000255-2431"),
    "pmo_astorp": ("Vårdcentralen Åstorp, läkarteam särskilt boende", "SE2321000255-2489"),
    "pmo_eslov": ("Hemsjukvård Eslöv, Vårdcentralen Eslöv", "SE2321000255-2540"),
    "pmo_osby": ("Vårdcentralen Osby", "SE2321000255-2602"),
    "pmo_bastad": ("Vårdcentralen Båstad", "SE2321000255-2655"),
    "pmo_kirseberg": ("Vårdcentralen Kirseberg, Malmö", "SE2321000255-2711"),
    # VGR, Melior
    "vg_ger_mol": ("Geriatrik, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011203"),
    "vg_minne": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E000000011288"),
    "vg_mnsv": ("Mobil närsjukvård, NU-sjukvården Uddevalla", "SE2321000131-E000000014410"),
    "vg_skas_med": ("Medicinkliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-E000000016021"),
    "vg_sas_ort": ("Ortopedkliniken, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E000000017356"),
    "vg_kungalv": ("Medicinavdelning 2, Kungälvs sjukhus", "SE2321000131-E000000012907"),
    "vg_aling": ("Närsjukvårdsavdelningen, Alingsås lasarett", "SE2321000131-E000000013118"),
    "vg_pall": ("Palliativt centrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011540"),
    "vg_akut_nal": ("Akutmottagningen, NÄL Trollhättan", "SE2321000131-E000000014077"),
    "vg_shh": ("Sjukhusansluten hemsjukvård, Södra Älvsborgs Sjukhus", "SE2321000131-E000000017402"),
    "vg_uro": ("Urologmottagningen, Skaraborgs Sjukhus Lidköping", "SE2321000131-E000000016239"),
    "vg_stroke": ("Strokeenheten, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011617"),
    "vg_onk": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011733"),
    "vg_mnsv_skas": ("Mobil närsjukvård, Skaraborgs Sjukhus Falköping", "SE2321000131-E000000016150"),
    "vg_ger_ostra": ("Akutgeriatrik, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E000000011851"),
}

LAK = "läkare"
SSK = "sjuksköterska"
DSK = "distriktssköterska"
USK = "undersköterska"

CASES = []


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pnr(birth, serial):
    ymd = birth.replace("-", "")
    return "%s-%s%s" % (ymd, serial, luhn_digit(ymd[2:] + serial))


def ts(s):
    """'2024-02-14 08:40' -> '2024-02-14T08:40:00'"""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")


def N(nid, system, template, unit, author, role, time, sections,
      signed="auto", setting="öppenvård", sign_after=40):
    t = ts(time)
    if signed == "auto":
        sg = (datetime.datetime.strptime(time, "%Y-%m-%d %H:%M")
              + datetime.timedelta(minutes=sign_after)).strftime("%Y-%m-%dT%H:%M:%S")
    elif signed is None:
        sg = None
    else:
        sg = ts(signed)
    name, hsa = UNITS[unit]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": t,
        "signed": sg,
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for (k, v) in sections],
    }


def C(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(datetime.datetime.strptime(n["time"], "%Y-%m-%dT%H:%M:%S") for n in notes)
        as_of = (last + datetime.timedelta(days=4)).strftime("%Y-%m-%dT00:00:00")
    else:
        as_of = ts(as_of)
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


M = "Melior"
P = "PMO"
A = ("NL101", "n1")   # shorthand targets on n1
B = ("NL102", "n1")

# ==========================================================================
# CASES
# ==========================================================================
# --------------------------------------------------------------------------
# A. NL102 positives: hedged diagnosis of the patient in a visible Melior note
# --------------------------------------------------------------------------
C("akut-susp-collumfraktur-efter-fall-pa-boende", "skane", "1935-03-08", "402", [
    N("n1", M, "Läkaranteckning", "sk_akut_kri", "Mikael Jönsson", LAK, "2024-02-14 08:40", [
        ("Aktuellt", "89-årig kvinna från särskilt boende Solbacken, hittad sittande på golvet i sitt rum kl 06 av nattpersonalen. Kan inte resa sig eller belasta hö ben."),
        ("Status", "Vaken, orienterad till person. Hö ben förkortat och utåtroterat, palpöm över trochanter major. Distal cirk/sens ua."),
        ("Bedömning", "Misstänkt collumfraktur hö. Rtg hö höft och bäcken, Oxynorm 2,5 mg iv, fastande tills vidare."),
    ])], [B], [A],
    "susp. collumfraktur after a fall at the boende, in the Bedömning of a visible akut note; nothing about telling")

C("mobil-narsjukvard-trol-kad-uvi-med-konfusion", "vgr", "1931-11-20", "371", [
    N("n1", M, "Hembesök läkare", "vg_mnsv", "Henrik Axelsson", LAK, "2024-01-22 13:15", [
        ("Aktuellt", "Hembesök på Björkängens äldreboende efter samtal från ssk. Sedan igår förvirrad, drar i katetern, temp 38,4."),
        ("Status", "AT påverkat, oklar i tid och rum. Cor rr. Pulm: enstaka krepitationer bilat basalt. Buk mjuk, ej palpöm. KAD med grumlig urin."),
        ("Bedömning", "Trol. KAD-relaterad UVI med konfusion. KAD byts, urinodling tas, startar Ciproxin 500 mg x 2 i 7 d."),
    ])], [B], [],
    "trol. (abbreviated) UVI as cause of confusion in a mobile team home-visit note")

C("geriatrik-bild-som-vid-delirium", "skane", "1938-07-02", "562", [
    N("n1", M, "Daganteckning", "sk_ger_mal", "Amira Haddad", LAK, "2024-03-05 10:20", [
        ("Aktuellt", "Enl. nattpersonalen orolig och plockig hela natten, försökte klättra över sänggrinden. Idag desorienterad till tid och plats, växlande vakenhet."),
        ("Bedömning", "Bild som vid delirium, utlösande faktor ännu inte klarlagd. Ser över läkemedelslistan, tar elstatus, Ca, TSH och U-sticka."),
    ], signed=None, setting="slutenvård")], [B], [],
    "'bild som vid delirium' is a hedged diagnosis in a visible daily note")

C("geriatrik-inskrivning-dd-pneumoni-hjartsvikt", "vgr", "1929-01-15", "231", [
    N("n1", M, "Inskrivningsanteckning", "vg_ger_mol", "Kristina Berg", LAK, "2024-02-02 16:05", [
        ("Anamnes", "Bor på Kvarnbackens särskilda boende sedan 2022. Tidigare förmaksflimmer, hypertoni, lindrig Alzheimers sjukdom, höftfraktur hö 2020. Rollator inomhus."),
        ("Aktuellt", "Inkommer via akuten med tre dygns tilltagande andfåddhet och trötthet. Personalen har sett svullnad kring fötterna och att han inte orkar äta."),
        ("Status", "AT: trött men kontaktbar. Cor: oregelbunden rytm, fq 104. Pulm: krepitationer bilat basalt, sat 89 % på luft. Pittingödem till knäna bilat."),
        ("Bedömning", "DD lunginflammation och hjärtsviktsförsämring, möjligen bägge. Rtg pulm, NT-proBNP, blododlingar x 2."),
        ("Planering", "Furix 40 mg iv, syrgas till sat över 92 %. Vätskelista och daglig vikt. Dottern Eva informerad per telefon om inläggningen."),
    ], setting="slutenvård")], [B], [],
    "DD between pneumonia and heart failure in the Bedömning of a multi-section admission note")

C("ortopedi-kotkompression-kan-ej-uteslutas", "skane", "1936-10-27", "642", [
    N("n1", M, "Läkaranteckning", "sk_ort_hbg", "Per-Olof Nilsson", LAK, "2024-04-11 11:30", [
        ("Aktuellt", "Föll baklänges på boendet för en vecka sedan, sedan dess ont i ryggen vid lägesändring. Känd osteoporos, behandlas med alendronat."),
        ("Bedömning", "Kotkompression i thoracolumbala övergången kan ej uteslutas. DT ländrygg bokad, Alvedon 1 g x 4 och Oxynorm vb."),
    ], signed=None)], [B], [],
    "'kan ej uteslutas' hedges a vertebral compression fracture in a visible orthopaedic note")

C("akut-nal-subduralhematom-kan-inte-uteslutas", "vgr", "1932-06-04", "191", [
    N("n1", M, "Läkaranteckning", "vg_akut_nal", "Ali Yousef", LAK, "2024-05-18 21:40", [
        ("Aktuellt", "Snubblade på tröskeln i hemmet och slog huvudet i dörrkarmen. Behandlas med Eliquis 5 mg x 2 för förmaksflimmer."),
        ("Status", "Hematom vä parietalt. GCS 15, pupiller lika och ljusreaktiva, ingen fokalneurologi."),
        ("Bedömning", "Subduralhematom kan inte uteslutas hos antikoagulerad pat, DT hjärna akut."),
    ])], [B], [A],
    "'kan inte uteslutas' on a subdural haematoma after a fall on anticoagulation")

C("minnesmott-sannolik-frontotemporal-demens", "skane", "1946-02-19", "551", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Björn Mårtensson", LAK, "2024-03-21 14:00", [
        ("Utredning", "Hustrun beskriver personlighetsförändring sedan två år: sämre omdöme, hämningslös i sällskap, ny sötsugenhet. MMT 27/30 men tydlig exekutiv påverkan i testningen."),
        ("Bedömning", "Sannolik frontotemporal demens, beteendevariant. MR hjärna och lumbalpunktion för biomarkörer planeras."),
    ])], [B], [],
    "'sannolik' frontotemporal dementia in Bedömning of a memory clinic note")

C("minnesmott-fragestallning-demenssjukdom", "vgr", "1941-09-30", "824", [
    N("n1", M, "Nybesök", "vg_minne", "Linnea Andersson", LAK, "2024-04-03 09:15", [
        ("Utredning", "Frågeställning: demenssjukdom? MMT 22/30, klocktest med tydliga brister, maken beskriver glömska sedan 1,5 år."),
        ("Planering", "Kallas till basal demensutredning med DT hjärna och arbetsterapeutisk bedömning."),
    ], signed=None)], [B], [],
    "'Frågeställning: demenssjukdom?' is a working hypothesis written in a visible sökord")

C("medicin-ystad-talar-for-pneumoni", "skane", "1933-12-11", "293", [
    N("n1", M, "Daganteckning", "sk_med_ystad", "Sofia Bengtsson", LAK, "2024-01-09 09:50", [
        ("Bedömning", "Feber, hosta och CRP 145, rassel hö basalt. Talar för pneumoni hö basalt, rtg pulm bokad. Bensyl 3 g x 3 iv."),
    ], setting="slutenvård")], [B], [],
    "'talar för' pneumonia before the X-ray, in a visible note")

C("skas-rtg-forenligt-med-hjartsvikt", "vgr", "1940-04-22", "616", [
    N("n1", M, "Läkaranteckning", "vg_skas_med", "Magnus Olsson", LAK, "2024-06-12 15:25", [
        ("Aktuellt", "Remitterad från vårdcentralen pga tilltagande ansträngningsdyspné och nattlig hosta."),
        ("Bedömning", "Rtg pulm med vidgad hjärtskugga och pleuravätska bilat, förenligt med hjärtsvikt. NT-proBNP skickat, eko remitteras."),
    ])], [B], [],
    "'förenligt med hjärtsvikt' is a hedged diagnosis in a visible Bedömning")

C("asih-skelettmetastas-fragetecken", "skane", "1939-08-16", "722", [
    N("n1", M, "Hembesök ASIH", "sk_asih", "Elin Persson", LAK, "2024-02-27 11:10", [
        ("Aktuellt", "Känd bröstcancer, avslutad behandling 2021. Sedan två veckor tilltagande värk i hö höft, värst nattetid."),
        ("Bedömning", "Skelettmetastas? Skelettscint beställd, Citodon 500/30 mg vb i väntan på svar."),
    ])], [B], [],
    "diagnosis followed by '?' in a visible ASIH home-visit note")

C("mobil-skas-erysipelas-dd-dvt", "vgr", "1937-05-03", "468", [
    N("n1", M, "Hembesök läkare", "vg_mnsv_skas", "Sara Gustafsson", LAK, "2024-07-08 10:45", [
        ("Status", "Rodnad, värmeökning och svullnad vä underben sedan två dygn, afebril. Känd venös insufficiens."),
        ("Bedömning", "Erysipelas vä underben, DD djup ventrombos. D-dimer tas, UL-doppler om förhöjt."),
    ])], [B], [],
    "DD djup ventrombos as differential next to a stated erysipelas")

C("ssk-omvardnad-trol-trycksar-kategori-1", "skane", "1930-03-14", "582", [
    N("n1", M, "Omvårdnadsanteckning", "sk_ger_hbg", "Ulla Månsson", SSK, "2024-03-30 19:20", [
        ("Hud", "Hö häl: rodnad 3 x 3 cm som inte bleknar vid fingertryck, huden hel. Trol. trycksår kategori 1."),
        ("Åtgärd", "Hälavlastning med kudde under vaderna, lägesändring var tredje timme, riskbedömning enligt Senior alert uppdaterad."),
    ], setting="slutenvård")], [B], [],
    "a nurse's 'trol. trycksår' in a visible Melior nursing note counts too")

C("kungalv-oklart-om-lakemedelsutlost-parkinsonism", "vgr", "1934-11-08", "353", [
    N("n1", M, "Läkaranteckning", "vg_kungalv", "Johan Pettersson", LAK, "2024-05-06 13:35", [
        ("Aktuellt", "Stelhet, hasande gång och minskad mimik sedan Haldol sattes in mot oro på boendet i våras."),
        ("Bedömning", "Oklart om det rör sig om läkemedelsutlöst parkinsonism eller begynnande Parkinsons sjukdom."),
        ("Planering", "Haldol sätts ut, ny bedömning om sex veckor."),
    ], signed=None)], [B], [],
    "'oklart om det rör sig om' two diagnoses in a visible note")

C("urologi-inger-misstanke-om-prostatacancer", "skane", "1944-01-29", "453", [
    N("n1", M, "Läkaranteckning", "sk_uro", "Reza Karimi", LAK, "2024-08-20 10:05", [
        ("Status", "PSA har stigit från 9 till 38 på ett år. Palp: hård, knölig prostata i vä lob."),
        ("Bedömning", "Inger misstanke om prostatacancer. MR prostata och riktad biopsi planeras."),
    ])], [B], [],
    "'inger misstanke om' prostate cancer in a visible urology note")

C("pall-mojlig-malign-pleuravatska", "vgr", "1942-10-10", "668", [
    N("n1", M, "Läkaranteckning", "vg_pall", "Ingrid Wallin", LAK, "2024-09-03 14:50", [
        ("Aktuellt", "Känd ovarialcancer under palliativ cytostatika. Tilltagande andfåddhet senaste veckan, dämpning vä basalt."),
        ("Bedömning", "Möjlig malign pleuravätska vä. Pleuratappning med cytologi imorgon."),
    ])], [B], [],
    "'möjlig' malignant effusion in a palliative team note")

C("sas-ockult-collumfraktur-mr", "vgr", "1928-12-02", "227", [
    N("n1", M, "Läkaranteckning", "vg_sas_ort", "Peter Claesson", LAK, "2024-03-11 16:15", [
        ("Aktuellt", "Ljumsksmärta vä efter fall på boendet i helgen. Rtg utan säker frakturlinje men pat kan inte gå."),
        ("Bedömning", "Ockult collumfraktur vä går inte att utesluta, MR bäcken beställd och avlastning tills svar."),
    ])], [B], [],
    "'går inte att utesluta' (a rephrased kan ej uteslutas) on an occult hip fracture")

C("minnesmott-kan-rora-sig-om-lewykroppsdemens", "skane", "1943-06-25", "371", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Cecilia Kjellberg", LAK, "2024-05-14 13:20", [
        ("Anamnes", "Ser barn och djur i rummet på kvällarna, fluktuerande uppmärksamhet, lätt rigiditet i armarna."),
        ("Bedömning", "Kan röra sig om Lewykroppsdemens; DaT-scan övervägs. Neuroleptika ska undvikas."),
    ])], [B], [],
    "'kan röra sig om' Lewy body dementia in a visible memory clinic note")

C("stroke-tia-fragetecken", "vgr", "1939-03-17", "152", [
    N("n1", M, "Läkaranteckning", "vg_stroke", "Emma Larsson", LAK, "2024-06-27 08:55", [
        ("Aktuellt", "Igår kväll 20 minuter med ordletningssvårigheter och svaghet i hö hand, helt återställd vid ankomst."),
        ("Bedömning", "TIA? Trombocythämning efter DT hjärna, karotisdoppler och långtids-EKG."),
    ])], [B], [],
    "bare diagnosis with a question mark in a visible stroke unit note")

C("ystad-ev-aspirationspneumoni", "skane", "1931-08-09", "613", [
    N("n1", M, "Daganteckning", "sk_med_ystad", "Anders Hansson", LAK, "2024-10-02 10:10", [
        ("Aktuellt", "Hostar vid måltider sedan strokeinsjuknandet, feber sedan i natt och rassel hö basalt."),
        ("Bedömning", "Ev. aspirationspneumoni. Konsistensanpassad kost, logopedbedömning, Tazocin 4 g x 3."),
    ], setting="slutenvård")], [B], [],
    "'ev.' before a diagnosis (aspiration pneumonia), not before a plan")

C("kungalv-jarnbrist-misstankt-gi-blodning", "vgr", "1936-09-21", "288", [
    N("n1", M, "Läkaranteckning", "vg_kungalv", "Marie Strand", LAK, "2024-02-19 14:40", [
        ("Lab", "Hb 94, MCV 72, ferritin 6. Står på ASA och tar Naproxen receptfritt för knävärk."),
        ("Bedömning", "Järnbristanemi, misstänkt blödning från övre GI. Gastroskopi remitteras, Naproxen sätts ut."),
    ])], [B], [],
    "a confirmed anaemia next to a suspected GI bleed; the suspected one fires")

C("asih-djup-ventrombos-misstanks", "skane", "1940-12-12", "786", [
    N("n1", M, "Hembesök ASIH", "sk_asih", "Hanna Lindgren", LAK, "2024-07-15 12:30", [
        ("Status", "Sängliggande i två veckor efter pneumoni. Svullen och öm hö vad, omfång +3 cm jämfört med vä."),
        ("Bedömning", "Djup ventrombos i hö ben misstänks; UL-doppler imorgon, Innohep startas i väntan."),
    ])], [B], [],
    "verb form 'misstänks' after the diagnosis")

C("geriatrik-konsult-susp-scabies", "skane", "1935-05-30", "449", [
    N("n1", M, "Konsultationsanteckning", "sk_ger_mal", "Fatima Osman", LAK, "2024-09-16 15:05", [
        ("Status", "Intensiv klåda nattetid, papler och gångar mellan fingrarna och på handlederna. Två medpatienter på avdelningen har liknande besvär."),
        ("Bedömning", "Susp. scabies. Hudkonsult, sänglinne och kläder hanteras enligt vårdhygien tills bedömning."),
    ], setting="slutenvård")], [B], [],
    "abbreviated 'susp.' before scabies in a visible consultation note")

C("shh-misstanke-om-baltros", "vgr", "1933-02-14", "508", [
    N("n1", M, "Hembesök läkare", "vg_shh", "Mats Ekström", LAK, "2024-09-26 13:10", [
        ("Status", "Bandformat utslag med blåsor thorakalt hö, brännande smärta sedan tre dagar."),
        ("Bedömning", "Misstanke om herpes zoster Th6 hö. Valaciklovir 1 g x 3 i sju dagar."),
    ])], [B], [],
    "'misstanke om' herpes zoster in a hospital-based home care note (VGR Melior)")

# --- typos in the hedge or the diagnosis ------------------------------------
C("typo-missankt-hoftfraktur-fran-rullstol", "skane", "1929-09-09", "764", [
    N("n1", M, "Läkaranteckning", "sk_akut_mal", "Oskar Frid", LAK, "2024-06-03 17:25", [
        ("Aktuellt", "Gled ur rullstolen vid förflyttning på boendet, smärta vä höft."),
        ("Bedömning", "Missänkt höftfraktur vä. Rtg, smärtlindring och fasta."),
    ])], [B], [],
    "typo 'Missänkt' for misstänkt; still a hedged hip fracture in a visible note")

C("typo-sannolkit-pneumoni-alingsas", "vgr", "1934-04-12", "179", [
    N("n1", M, "Inskrivningsanteckning", "vg_aling", "Thomas Sandberg", LAK, "2024-01-30 22:15", [
        ("Aktuellt", "Från hemmet med feber, hosta och tre dagars sängläge. Hustrun har inte orkat hjälpa honom upp."),
        ("Bedömning", "Sannolkit pneumoni vä underlob, CRP 210. Blododlingar, Bensyl 1 g x 3."),
    ], setting="slutenvård")], [B], [],
    "typo 'Sannolkit' for sannolikt before pneumonia")

C("typo-trolgi-uvi-okad-forvirring", "skane", "1932-10-18", "526", [
    N("n1", M, "Daganteckning", "sk_ger_hbg", "Lena Åkesson", LAK, "2024-05-27 09:05", [
        ("Bedömning", "Trolgi urinvägsinfektion som orsak till ökad förvirring; urinodling tagen, avvaktar svar före antibiotika."),
    ], setting="slutenvård")], [B], [],
    "typo 'Trolgi' for trolig before UVI")

C("typo-mistant-trycksar-sacrum-ssk", "vgr", "1927-08-28", "362", [
    N("n1", M, "Omvårdnadsanteckning", "vg_shh", "Lovisa Bergqvist", SSK, "2024-04-16 14:20", [
        ("Hud", "Sår på sacrum 2 x 1,5 cm med blåsbildning, misstänt trycksår kategori 2."),
        ("Åtgärd", "Lägesändringsschema var annan timme, luftmadrass beställd från hjälpmedelscentralen."),
    ])], [B], [],
    "typo 'misstänt' before a pressure ulcer in a visible nursing note")

C("typo-differntialdiagnos-pmr", "skane", "1945-11-23", "640", [
    N("n1", M, "Läkaranteckning", "sk_med_trel", "Maria Svensson", LAK, "2024-08-13 11:45", [
        ("Aktuellt", "Stelhet och värk i skuldror och höfter, värst på morgonen, SR 68."),
        ("Bedömning", "Differntialdiagnos: polymyalgia reumatica, senil RA. Provbehandling med Prednisolon 15 mg."),
    ])], [B], [],
    "typo 'Differntialdiagnos' introducing hedged diagnoses")

C("typo-lungemboli-kan-ej-utesluttas", "vgr", "1939-12-30", "194", [
    N("n1", M, "Läkaranteckning", "vg_skas_med", "Erik Johansson", LAK, "2024-03-26 18:30", [
        ("Aktuellt", "Sängliggande efter höftoperation, plötslig andfåddhet och takykardi i eftermiddag."),
        ("Bedömning", "Lungemboli kan ej utesluttas, DT-angio idag och Fragmin i behandlingsdos."),
    ], setting="slutenvård")], [B], [],
    "typo 'utesluttas' in 'kan ej uteslutas' for pulmonary embolism")

# --- hard positives ----------------------------------------------------------
C("vgr-tidiga-hypoteser-plus-hedge-i-bedomning", "vgr", "1937-03-06", "433", [
    N("n1", M, "Läkaranteckning", "vg_ger_mol", "Anna Karlsson", LAK, "2024-02-08 14:30", [
        ("Anamnes", "Två fall senaste månaden, yr vid uppresning, blodtryck 150/80 liggande och 105/60 stående."),
        ("Tidiga hypoteser", "Möjlig Lewykroppsdemens, tas upp med pat först när DaT-scan är klar."),
        ("Bedömning", "Trol. ortostatisk hypotension av Enalapril och Furix. Enalapril halveras."),
    ])], [B], [],
    "VGR: the Tidiga hypoteser sökord is protected, but a second hedge in Bedömning is visible")

C("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1934-06-15", "237", [
    N("n1", M, "Läkaranteckning", "sk_ger_mal", "Jonas Lindberg", LAK, "2024-03-18 11:15", [
        ("Aktuellt", "Ryggvärk, trötthet och förstoppning senaste månaden. Hb 98, Ca 2,94."),
        ("Tidiga hypoteser", "Misstänkt myelom med tanke på anemi, hyperkalcemi och ryggvärk. M-komponent skickad."),
    ])], [B], [],
    "Skåne protects by template, not sökord: 'Tidiga hypoteser' as a keyword in a Läkaranteckning stays visible")

C("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1940-08-08", "746", [
    N("n1", M, "Tidiga hypoteser", "vg_kungalv", "Kristina Berg", LAK, "2024-06-20 15:40", [
        ("Bedömning", "Trolig Alzheimers sjukdom, behöver kompletteras med DT hjärna innan ställningstagande."),
    ])], [B], [],
    "VGR protects by sökord: a template named Tidiga hypoteser with the sökord Bedömning is not protected")

C("ingen-misstanke-hoft-men-misstankt-revbensfraktur", "skane", "1936-01-20", "480", [
    N("n1", M, "Läkaranteckning", "sk_akut_mal", "Gustav Sjöberg", LAK, "2024-07-02 20:05", [
        ("Status", "Full rörlighet i båda höfterna utan smärta. Palpöm över costa 7-8 vä, andningskorrelerad smärta."),
        ("Bedömning", "Ingen misstanke om höftfraktur. Däremot misstänkt revbensfraktur vä sida, rtg thorax för att utesluta pneumothorax."),
    ])], [B], [],
    "a negated hip fracture next to a suspected rib fracture; the suspected one fires")

C("makens-alzheimer-och-pats-trolig-mci", "vgr", "1947-05-11", "260", [
    N("n1", M, "Läkaranteckning", "vg_minne", "Linnea Andersson", LAK, "2024-10-09 10:30", [
        ("Anamnes", "Maken har Alzheimers sjukdom och bor sedan i våras på särskilt boende. Pat sköter hushållet själv."),
        ("Bedömning", "Trolig lindrig kognitiv störning; uppfyller inte kriterierna för demens. Ny testning om ett år."),
    ])], [B], [],
    "the husband's disease does not fire, but the patient's own 'trolig' MCI does")

C("ev-remiss-och-trolig-gikt", "skane", "1941-07-07", "659", [
    N("n1", M, "Läkaranteckning", "sk_med_lkr", "Karin Holmqvist", LAK, "2024-09-10 13:55", [
        ("Status", "Svullen, röd och extremt öm grundled vä stortå sedan i natt. Står på Furix 40 mg."),
        ("Bedömning", "Trolig gikt i vä stortåns grundled, urat skickat. Ev. remiss till reumatolog om recidiv."),
    ])], [B], [],
    "a plan hedge (ev. remiss) beside a diagnosis hedge (trolig gikt); the diagnosis fires")

C("epikris-synkope-sannolikt-ortostatisk", "skane", "1930-11-30", "813", [
    N("n1", M, "Epikris", "sk_ger_hbg", "Lena Åkesson", LAK, "2024-04-05 14:10", [
        ("Diagnos", "Synkope. Sannolikt ortostatisk hypotension orsakad av dubbel antihypertensiv behandling."),
        ("Epikris", "Inlagd efter svimning i matsalen på boendet. EKG och telemetri utan arytmi. Amlodipin utsatt, blodtrycket stabilt vid utskrivning."),
    ], setting="slutenvård")], [B], [],
    "a hedged discharge diagnosis in the Diagnos sökord of an Epikris")

C("utkast-ssk-misstankt-stroke-ambulans", "vgr", "1935-10-01", "457", [
    N("n1", M, "Omvårdnadsanteckning", "vg_aling", "Jenny Hedlund", SSK, "2024-05-30 06:45", [
        ("Aktuellt", "Nytillkommen svaghet i vä arm och sluddrigt tal när pat vaknade kl 06.10, jourläkare kontaktad."),
        ("Åtgärd", "Misstänkt stroke, larm enligt rädda hjärnan-rutin, pat flyttas till akutmottagningen."),
    ], signed=None, setting="slutenvård")], [B], [],
    "unsigned nursing draft with 'misstänkt stroke' - the pre-signing moment")

C("th-mall-sedan-vanlig-anteckning-upprepar", "skane", "1938-02-22", "369", [
    N("n1", M, "Tidiga hypoteser", "sk_ger_mal", "Amira Haddad", LAK, "2024-08-26 15:00", [
        ("Bedömning", "Misstänkt koloncancer med tanke på järnbrist och åtta kilo viktnedgång."),
    ], setting="slutenvård"),
    N("n2", M, "Daganteckning", "sk_ger_mal", "Jonas Lindberg", LAK, "2024-08-27 10:30", [
        ("Bedömning", "Fortsatt misstanke om koloncancer, koloskopi på torsdag. Pat i gott skick, äter bättre."),
    ], setting="slutenvård")], [("NL102", "n2")], [B],
    "the hypothesis is protected in the Skåne Tidiga hypoteser note but repeated visibly in the next daily note")

C("mobil-langt-hembesok-sabo-kotkompression-begravd", "vgr", "1926-03-25", "602", [
    N("n1", M, "Hembesök läkare", "vg_mnsv", "Henrik Axelsson", LAK, "2024-11-12 10:00", [
        ("Anamnes", "97-årig kvinna på Solrosens särskilda boende sedan 2021. Tidigare: hypertoni, hypotyreos, grå starr opererad bilat, lindrig vaskulär demens. Rullstol för längre sträckor, går korta bitar med rollator och stöd."),
        ("Aktuellt", "Personalen ringde igår pga att hon klagar på ont i ryggen sedan hon satte sig hårt i fåtöljen i fredags. Äter och dricker, sover dåligt pga värken. Ingen feber. Avföring igår."),
        ("Status", "AT: gott, pigg och glad. Cor: rr, inga blåsljud. Pulm: vesikulärt bilat. Buk: mjuk, oöm. Rygg: knacköm över Th12-L1, ingen neurologisk påverkan i benen. Hud hel, inga trycksår."),
        ("Läkemedel", "Levaxin 75 mikrog, Enalapril 5 mg, Alvedon 1 g x 3, Movicol vb. Genomgång utan anmärkning i övrigt."),
        ("Bedömning", "Ev. kotkompression Th12 efter lågenergitrauma hos pat med trolig osteoporos. Röntgen bedöms inte ändra handläggningen."),
        ("Planering", "Alvedon till 1 g x 4, Oxynorm 2,5 mg vb upp till 3 ggr/d. Fysioterapeut bedömer förflyttningar. Ny kontakt om en vecka eller tidigare vid behov."),
    ])], [B], [],
    "long home visit at a boende, mostly unremarkable; a hedged fracture is buried in Bedömning")

# --------------------------------------------------------------------------
# B. NL102 negatives in Melior: negated, ruled out, relatives, non-diagnostic
#    hedges, conditionals, confirmed diagnoses, protected places
# --------------------------------------------------------------------------
C("ortopedi-misstanke-avskrivs-kontusion", "skane", "1933-04-04", "569", [
    N("n1", M, "Läkaranteckning", "sk_ort_hbg", "Per-Olof Nilsson", LAK, "2024-01-17 12:45", [
        ("Utredning", "Rtg hö höft och bäcken: ingen fraktur. Misstanken om höftfraktur avskrivs."),
        ("Bedömning", "Kontusion hö höft. Mobiliseras med fysioterapeut, åter till boendet idag."),
    ])], [], [B, A],
    "a suspected hip fracture written off ('avskrivs') after X-ray; the remaining diagnosis is confirmed")

C("nal-subduralhematom-uteslutes-hemgang", "vgr", "1931-02-26", "413", [
    N("n1", M, "Läkaranteckning", "vg_akut_nal", "Ali Yousef", LAK, "2024-02-23 23:10", [
        ("Utredning", "DT hjärna: ingen blödning, inga akuta ischemiska förändringar. Subduralhematom uteslutes."),
        ("Planering", "Åter till boendet ikväll. Personalen instrueras att väcka honom var fjärde timme första natten."),
    ])], [], [B],
    "subdural haematoma 'uteslutes' on CT")

C("geriatrik-inga-tecken-pa-uvi-demensprogress", "skane", "1929-06-18", "245", [
    N("n1", M, "Daganteckning", "sk_ger_mal", "Fatima Osman", LAK, "2024-02-06 10:05", [
        ("Bedömning", "U-sticka negativ för nitrit och leukocyter, odlingen utan växt, inga tecken på UVI. Förvirringen bedöms vara del av känd demenssjukdom i progress."),
    ], setting="slutenvård")], [], [B],
    "'inga tecken på UVI' negates the infection; the dementia is known")

C("skas-talar-emot-pneumoni-virusinfektion", "vgr", "1940-09-13", "570", [
    N("n1", M, "Läkaranteckning", "vg_skas_med", "Magnus Olsson", LAK, "2024-01-24 11:20", [
        ("Bedömning", "Rtg pulm utan infiltrat och normalt CRP talar emot pneumoni. Hostan bedöms som virusutlöst övre luftvägsinfektion, symtomatisk behandling."),
    ])], [], [B],
    "'talar emot pneumoni' is a negation, not a hedge")

C("minnesmott-ingen-hallpunkt-for-demens", "skane", "1950-03-02", "381", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Björn Mårtensson", LAK, "2024-06-05 15:30", [
        ("Utredning", "Neuropsykologisk testning inom normalvariation för ålder och utbildning."),
        ("Bedömning", "Ingen hållpunkt för demenssjukdom. Subjektiva minnesbesvär i samband med stress efter pensionen, uppföljning vid behov."),
    ])], [], [B, A],
    "'ingen hållpunkt för' dementia after work-up")

C("hereditet-mor-trolig-demens", "vgr", "1952-11-15", "448", [
    N("n1", M, "Nybesök", "vg_minne", "Sara Gustafsson", LAK, "2024-03-14 09:40", [
        ("Hereditet", "Modern hade trolig demens under sina sista levnadsår, aldrig utredd. Morbror med Parkinsons sjukdom."),
        ("Bedömning", "Pat själv kognitivt intakt, MMT 29/30 och normalt klocktest. Oro för ärftlighet, lugnad."),
    ])], [], [B],
    "the hedged dementia belongs to the mother, not to the patient")

C("pall-makens-misstankta-prostatacancer", "skane", "1944-08-30", "729", [
    N("n1", M, "Läkaranteckning", "sk_pall_lund", "Elin Persson", LAK, "2024-04-09 13:00", [
        ("Aktuellt", "Maken, som själv är under utredning för misstänkt prostatacancer, orkar inte längre sköta omvårdnaden hemma."),
        ("Bedömning", "Känd metastaserad bröstcancer, tilltagande vårdbehov. Ansökan om plats på hospice skickas."),
    ])], [], [B],
    "the suspected cancer is the husband's, mentioned as caregiver burden")

C("mobil-ev-dagvard-trolig-utskrivning", "vgr", "1936-05-09", "132", [
    N("n1", M, "Hembesök läkare", "vg_mnsv", "David Lund", LAK, "2024-03-20 14:15", [
        ("Bedömning", "Stabil hjärtsvikt, vikten oförändrad sedan förra veckan."),
        ("Planering", "Trolig utskrivning från korttids på måndag. Ev. remiss till geriatrisk dagvård efter hemkomst."),
    ], signed=None)], [], [B],
    "hedges only on plans (utskrivning, remiss); the diagnosis is stated")

C("instruktion-till-boende-om-feber-kontakta", "skane", "1932-12-24", "547", [
    N("n1", M, "Läkaranteckning", "sk_ger_hbg", "Lena Åkesson", LAK, "2024-05-08 11:40", [
        ("Bedömning", "Avslutad behandling för cystit, mår bra och är tillbaka i sin vanliga kognitiva nivå."),
        ("Planering", "Om feber över 38,5, ny förvirring eller sveda vid miktion: kontakta boendets sjuksköterska för bedömning av eventuellt recidiv av UVI."),
    ])], [], [B],
    "'eventuellt recidiv av UVI' sits inside a conditional instruction to the boende; the treated cystitis is stated")

C("vid-misstanke-om-ny-fraktur-akuten", "vgr", "1930-10-14", "664", [
    N("n1", M, "Återbesök", "vg_sas_ort", "Peter Claesson", LAK, "2024-04-22 10:50", [
        ("Aktuellt", "Opererad för collumfraktur hö 2024-03-02 med hemiprotes. Sårläkning utan anmärkning, går med rollator."),
        ("Planering", "Vid misstanke om ny fraktur ska pat skickas till akutmottagningen för röntgen, inte avvakta på boendet."),
    ])], [], [B],
    "'vid misstanke om' fracture is a standing instruction, not a suspicion about this patient now")

C("trelleborg-uvi-verifierad-odling", "skane", "1935-09-05", "328", [
    N("n1", M, "Daganteckning", "sk_med_trel", "Tobias Ek", LAK, "2024-06-17 09:15", [
        ("Lab", "Urinodling: E. coli mer än 10^5 CFU/ml, känslig för mecillinam."),
        ("Bedömning", "UVI verifierad, fortsätter Selexid totalt fem dagar. Konfusionen i regress."),
    ], setting="slutenvård")], [], [B, A],
    "UVI confirmed by culture; no hedge left")

C("vgr-sokord-tidiga-hypoteser-lewy-skyddat", "vgr", "1941-01-27", "355", [
    N("n1", M, "Läkaranteckning", "vg_ger_mol", "Anna Karlsson", LAK, "2024-07-04 13:25", [
        ("Aktuellt", "Fluktuationer i vakenhet, dottern beskriver att han ser främmande människor i trädgården."),
        ("Tidiga hypoteser", "Misstänkt Lewykroppsdemens; tas inte upp med pat förrän utredningen är klar."),
        ("Planering", "DaT-scan beställd, återbesök om sex veckor med dottern."),
    ])], [], [B],
    "VGR: the only hedged diagnosis sits under the protected sökord Tidiga hypoteser")

C("skane-mall-tidiga-hypoteser-kolorektal", "skane", "1940-05-16", "606", [
    N("n1", M, "Tidiga hypoteser", "sk_ger_mal", "Jonas Lindberg", LAK, "2024-05-21 16:10", [
        ("Bedömning", "Trolig kolorektal cancer med tanke på järnbristanemi och åtta kilo viktnedgång hos 84-åring. Koloskopi bokad."),
    ], setting="slutenvård")], [], [B],
    "Skåne: the hedged cancer is written in the protected template Tidiga hypoteser")

C("aling-ev-yrsel-ev-ankelsvullnad", "vgr", "1938-08-11", "282", [
    N("n1", M, "Daganteckning", "vg_aling", "Thomas Sandberg", LAK, "2024-08-19 10:00", [
        ("Aktuellt", "Känd KOL. Ev. lätt yrsel vid uppresning, i övrigt mår hon bra och äter med god aptit."),
        ("Status", "Möjligen något svullen kring anklarna, Hb 128. Sat 94 % på luft."),
    ], setting="slutenvård")], [], [B],
    "hedges only on symptoms and findings (yrsel, svullnad); KOL is known")

C("typo-ingen-missanke-om-stroke-hypoglykemi", "vgr", "1937-11-02", "391", [
    N("n1", M, "Läkaranteckning", "vg_stroke", "Emma Larsson", LAK, "2024-10-15 19:35", [
        ("Bedömning", "Ingen missanke om stroke vid dagens undersökning; symtomen förklaras av hypoglykemi, b-glukos 2,1 vid ankomst."),
        ("Planering", "Glimepirid sätts ut, diabetessköterskan på vårdcentralen informeras."),
    ])], [], [B],
    "typo 'missanke' in a negated suspicion; still negated")

C("typo-talar-emmot-infektion", "skane", "1931-04-21", "685", [
    N("n1", M, "Daganteckning", "sk_ger_hbg", "Ulla Månsson", LAK, "2024-07-22 09:45", [
        ("Bedömning", "Normalt CRP, afebril och oförändrad kognition, vilket talar emmot infektion. Trötthet efter dålig sömn."),
    ], setting="slutenvård")], [], [B],
    "typo 'emmot' in 'talar emot' - still a negation")

C("mobil-dvt-kunde-avfardas", "vgr", "1934-07-23", "860", [
    N("n1", M, "Hembesök läkare", "vg_mnsv_skas", "Sara Gustafsson", LAK, "2024-07-10 11:30", [
        ("Bedömning", "Misstanken om DVT kunde avfärdas efter ultraljud av hö ben. Kvarstående erysipelas, Kåvepenin fortsätter."),
    ])], [], [B],
    "the suspicion was dismissed ('kunde avfärdas'); erysipelas is confirmed")

C("fallet-skedde-troligen-i-morker", "skane", "1928-05-07", "423", [
    N("n1", M, "Läkaranteckning", "sk_akut_kri", "Mikael Jönsson", LAK, "2024-09-01 03:20", [
        ("Aktuellt", "Fallet skedde troligen i mörker när pat skulle till toaletten utan rollator."),
        ("Status", "Skrapsår hö knä. Rörlighet i höfter och handleder ua, inga andra skador."),
        ("Åtgärd", "Såromläggning. Åter till boendet, nattlampa och sensormatta rekommenderas."),
    ], signed=None)], [], [B],
    "'troligen' hedges the circumstances of a fall, not a diagnosis")

C("kungalv-oklart-om-medicinerna-tagits", "vgr", "1936-03-19", "536", [
    N("n1", M, "Läkaranteckning", "vg_kungalv", "Johan Pettersson", LAK, "2024-02-29 12:10", [
        ("Aktuellt", "Känd typ 2-diabetes och hypertoni. Oklart om pat tagit sina kvällsmediciner senaste veckan, dosetten var delvis orörd."),
        ("Planering", "Hemsjukvården tar över läkemedelshanteringen, Apodos beställs."),
    ])], [], [B],
    "'oklart om' concerns adherence, not a diagnosis")

C("lakemedelsgenomgang-ev-utsattning-zopiklon", "skane", "1933-01-13", "741", [
    N("n1", M, "Läkemedelsgenomgång", "sk_ger_mal", "Amira Haddad", LAK, "2024-03-12 14:00", [
        ("Aktuellt", "Känd Alzheimers sjukdom och förmaksflimmer, tre fall senaste kvartalet."),
        ("Bedömning", "Ev. utsättning av Zopiklon och Oxascand pga fallrisk, diskuteras med dottern på fredag."),
    ])], [], [B],
    "'ev.' before a deprescribing plan in a medication review")

C("sonen-undrar-om-sarskilt-boende", "vgr", "1930-06-29", "226", [
    N("n1", M, "Telefonanteckning", "vg_ger_ostra", "Jenny Hedlund", SSK, "2024-06-11 13:05", [
        ("Telefonkontakt", "Sonen ringer och undrar om mamma kan få plats på särskilt boende efter utskrivningen? Känd vaskulär demens."),
        ("Åtgärd", "Hänvisas till kommunens biståndshandläggare, vårdplaneringen tar upp frågan."),
    ])], [], [B],
    "the question mark ends a relative's question, not a diagnosis")

C("epikris-diagnoser-pneumoni-konfusion-faststallda", "vgr", "1927-04-15", "364", [
    N("n1", M, "Epikris", "vg_aling", "Thomas Sandberg", LAK, "2024-02-13 15:30", [
        ("Diagnos", "Pneumoni, ospecificerad (J18.9). Akut konfusionstillstånd (F05.9)."),
        ("Epikris", "Förvirringen klingade av under vårdtiden i takt med att infektionen svarade på behandling."),
    ], setting="slutenvård")], [], [B, A],
    "settled discharge diagnoses with ICD codes, no hedge")

C("shh-inga-tecken-pa-trycksar-inspektion", "vgr", "1925-09-03", "248", [
    N("n1", M, "Omvårdnadsanteckning", "vg_shh", "Lovisa Bergqvist", SSK, "2024-03-06 15:50", [
        ("Hud", "Huden hel vid inspektion av sacrum, hälar och armbågar, inga tecken på trycksår."),
    ])], [], [B],
    "nursing skin check with 'inga tecken på trycksår'")

C("trycksar-kategori-2-verifierat-sarssk", "skane", "1926-12-01", "664", [
    N("n1", M, "Omvårdnadsanteckning", "sk_ger_hbg", "Ulla Månsson", SSK, "2024-10-30 14:25", [
        ("Hud", "Trycksår kategori 2 på sacrum, 2 x 3 cm, bedömt och verifierat av sårsjuksköterska idag."),
        ("Åtgärd", "Skumförband byts var tredje dag, lägesändring enligt schema."),
    ], setting="slutenvård")], [], [B],
    "a confirmed pressure ulcer; no hedge")

C("pall-troligen-kort-tid-kvar-prognos", "vgr", "1935-06-06", "566", [
    N("n1", M, "Läkaranteckning", "vg_pall", "Ingrid Wallin", LAK, "2024-05-02 16:20", [
        ("Bedömning", "Känd pankreascancer med levermetastaser. Bedöms vara i livets slutskede, troligen kort tid kvar."),
        ("Planering", "Ordination av vid-behovsläkemedel i livets slutskede, brytpunktssamtal med pat och sönerna i morgon."),
    ])], [], [B],
    "'troligen' hedges the prognosis, not a diagnosis")

C("typo-inga-tecken-pa-pnuemoni-mobilt-team", "skane", "1932-03-28", "257", [
    N("n1", M, "Hembesök", "sk_mobil", "Hanna Lindgren", LAK, "2024-01-11 15:40", [
        ("Status", "Auskultation utan anmärkning, sat 96 %, andningsfrekvens 16. Inga tecken på pnuemoni."),
        ("Bedömning", "Hostan bedöms som följd av förkylning, inga åtgärder."),
    ])], [], [B],
    "typo 'pnuemoni' inside a negation ('inga tecken på')")

C("nal-fraktur-kan-uteslutas-handled", "vgr", "1946-04-18", "703", [
    N("n1", M, "Läkaranteckning", "vg_akut_nal", "Ali Yousef", LAK, "2024-12-03 17:15", [
        ("Utredning", "Rtg vä handled: fraktur kan uteslutas, normala ledförhållanden."),
        ("Bedömning", "Distorsion vä handled efter fall på halkan. Ortos i två veckor."),
    ])], [], [B],
    "'kan uteslutas' without negation is a rule-out, the mirror of 'kan ej uteslutas'")

# --------------------------------------------------------------------------
# C. PMO (Skåne primary care / hemsjukvård / läkare på särskilt boende):
#    diagnoses are never shown, so hedged diagnoses are must_not NL102
# --------------------------------------------------------------------------
C("pmo-sabo-rond-misstankt-nedre-uvi", "skane", "1933-07-31", "502", [
    N("n1", P, "Läkarbesök särskilt boende", "pmo_astorp", "Karin Holmqvist", LAK, "2024-02-01 10:30", [
        ("Aktuellt", "Rond på Lindgårdens SÄBO. 91-årig kvinna med sveda och täta trängningar sedan två dygn, ny inkontinens."),
        ("Bedömning", "Misstänkt nedre UVI. Selexid 200 mg x 3 i fem dagar, U-odling före start."),
    ])], [], [B],
    "PMO never shows diagnoses: a suspected UVI in a nursing-home round is not flagged")

C("pmo-dsk-trol-trycksar-hal", "skane", "1929-11-11", "580", [
    N("n1", P, "Hembesök distriktssköterska", "pmo_hoor", "Maria Svensson", DSK, "2024-03-04 13:40", [
        ("Hud", "Trol. trycksår kategori 2 hö häl, 1 x 1 cm, ytlig blåsa."),
        ("Åtgärd", "Mepilex Border, hälavlastning i säng. Hemtjänsten instruerad, nytt besök torsdag."),
    ], signed=None)], [], [B],
    "district nurse's hedged pressure ulcer in PMO")

C("pmo-demensutredning-sannolik-alzheimer-blandform", "skane", "1942-09-14", "361", [
    N("n1", P, "Demensutredning", "pmo_linero", "Anders Hansson", LAK, "2024-04-17 09:00", [
        ("Utredning", "MMT 20/30, klocktest patologiskt. DT hjärna: central och kortikal atrofi, måttliga vitsubstansförändringar."),
        ("Bedömning", "Sannolik Alzheimers sjukdom; blandform med vaskulär komponent kan ej uteslutas. Start Donepezil 5 mg."),
    ])], [], [B],
    "basal dementia work-up at the vårdcentral: hedged diagnoses in PMO are not shown")

C("pmo-telefon-sonen-misstankt-handledsfraktur", "skane", "1937-06-08", "668", [
    N("n1", P, "Telefonkontakt", "pmo_sjobo", "Sofia Bengtsson", SSK, "2024-01-25 16:55", [
        ("Telefonkontakt", "Sonen ringer: mamma ramlade i köket i eftermiddags, vä handled svullen och felställd."),
        ("Bedömning", "Misstänkt handledsfraktur, hänvisas till akuten i Ystad. Sonen kör henne dit."),
    ])], [], [B],
    "telephone advice in PMO about a suspected wrist fracture")

C("typo-pmo-missankt-pnemoni-hembesok", "skane", "1930-01-02", "354", [
    N("n1", P, "Hembesök läkare", "pmo_simr", "Nils Ohlsson", LAK, "2024-02-12 14:20", [
        ("Status", "Temp 38,9, takypné 24, rassel vä basalt. CRP 178."),
        ("Bedömning", "Missänkt pnemoni vä. Doxyferm, hemsjukvården kontrollerar vitalparametrar x 2."),
    ])], [], [B],
    "PMO note with two typos (Missänkt pnemoni); PMO never fires NL102")

C("pmo-lakemedelsgenomgang-trolig-ortostatism", "skane", "1936-08-17", "431", [
    N("n1", P, "Läkemedelsgenomgång", "pmo_tagarp", "Cecilia Kjellberg", LAK, "2024-05-13 11:10", [
        ("Aktuellt", "Yrsel och två fall senaste månaden. Blodtryck 142/78 liggande, 108/64 efter tre minuter stående."),
        ("Bedömning", "Trolig ortostatism av Amlodipin i kombination med Furix. Amlodipin sätts ut."),
    ], signed=None)], [], [B],
    "medication review in PMO with a likely drug-induced orthostatism")

C("pmo-hemsjukvard-forvirrad-dd-uvi-dehydrering", "skane", "1931-03-09", "649", [
    N("n1", P, "Hemsjukvård sjuksköterska", "pmo_eslov", "Lena Åkesson", SSK, "2024-06-24 08:35", [
        ("Aktuellt", "Hemtjänsten larmar: förvirrad sedan i morse, har inte druckit ordentligt i värmen."),
        ("Bedömning", "DD UVI, dehydrering eller läkemedelsbiverkan. Vårdcentralens läkare kontaktas, U-sticka och vätskelista."),
    ])], [], [B],
    "a hemsjukvård nurse lists differential diagnoses in PMO")

C("pmo-mall-tidiga-hypoteser-pankreas", "skane", "1939-04-30", "151", [
    N("n1", P, "Tidiga hypoteser", "pmo_kirseberg", "Karin Holmqvist", LAK, "2024-09-18 16:00", [
        ("Bedömning", "Ikterus och viktnedgång, misstänkt pankreascancer. Akut remiss för DT buk."),
    ])], [], [B],
    "PMO and the Tidiga hypoteser template: protected twice over")

C("pmo-brytpunkt-trolig-terminal-njursvikt", "skane", "1928-02-11", "537", [
    N("n1", P, "Hembesök läkare", "pmo_hoor", "Anders Hansson", LAK, "2024-10-07 13:30", [
        ("Bedömning", "Trolig terminal njursvikt; bedöms vara i livets slutskede. Dialys har tidigare avböjts."),
        ("Planering", "Brytpunktssamtal med pat och hustrun, ordination av vid-behovsläkemedel. Hemsjukvården informerad."),
    ])], [], [B],
    "end-of-life home visit in PMO with a hedged diagnosis")

C("typo-pmo-misstankt-hoftfaktur", "skane", "1927-07-04", "249", [
    N("n1", P, "Telefonkontakt", "pmo_simr", "Maria Svensson", DSK, "2024-12-09 07:50", [
        ("Telefonkontakt", "Nattpersonalen ringer: boende hittad på golvet, kan inte stå och har ont i hö ljumske."),
        ("Bedömning", "Misstänkt höftfaktur hö, ambulans beställd till akuten."),
    ])], [], [B],
    "typo 'höftfaktur' in a PMO phone note; PMO is not flagged")

C("pmo-psa-misstankt-prostatacancer-ej-informerad", "skane", "1941-05-19", "315", [
    N("n1", P, "Besök läkare", "pmo_tagarp", "Cecilia Kjellberg", LAK, "2024-03-27 11:30", [
        ("Lab", "PSA 46, tidigare 4,2 för två år sedan."),
        ("Bedömning", "Misstänkt prostatacancer, remiss till urolog enligt SVF. Pat ännu inte informerad, besök bokas imorgon."),
    ])], [], [B],
    "PMO: a hedged diagnosis not yet told is still not shown; NL101 is not asserted on PMO")

# --------------------------------------------------------------------------
# D. NL101 positives: a diagnosis in a visible Melior section while the text
#    says the patient has not been / must not yet be told
# --------------------------------------------------------------------------
C("geriatrik-pankreascancer-dottern-vill-narvara", "skane", "1935-11-28", "224", [
    N("n1", M, "Läkaranteckning", "sk_ger_mal", "Fatima Osman", LAK, "2024-03-13 15:20", [
        ("Aktuellt", "Inlagd för viktnedgång och diffusa buksmärtor, DT buk gjord igår."),
        ("Bedömning", "DT visar pankreascancer med multipla levermetastaser, inte kurativt behandlingsbar."),
        ("Planering", "Pat ej informerad ännu - dottern vill vara med vid beskedet, samtal planeras torsdag eftermiddag."),
    ], setting="slutenvård")], [A], [B],
    "a settled cancer diagnosis stands visibly while the patient has not been told yet")

C("minnesmott-alzheimer-diagnosbesked-ej-givet", "vgr", "1939-02-07", "559", [
    N("n1", M, "Läkaranteckning", "vg_minne", "Linnea Andersson", LAK, "2024-04-25 11:45", [
        ("Diagnos", "Alzheimers sjukdom med sen debut (F00.1)."),
        ("Planering", "Diagnosbesked har inte givits; pat och hustrun kallas till återbesök om två veckor."),
    ])], [A], [B],
    "dementia diagnosis recorded before the diagnosis talk")

C("pall-sonen-ber-att-mamma-inte-far-veta", "skane", "1932-09-19", "381", [
    N("n1", M, "Telefonanteckning", "sk_pall_lund", "Elin Persson", LAK, "2024-05-16 10:15", [
        ("Telefonkontakt", "Sonen ringer och ber att mamma inte ska få veta att lungcancern har spridit sig till hjärnan."),
        ("Bedömning", "Hjärnmetastaser enligt MR i tisdags. Pat är ännu inte informerad om metastaserna, frågan tas upp på teamkonferens."),
    ])], [A], [],
    "a son asks that his mother not be told; the metastases stand in the visible note")

C("kungalv-adenocarcinom-sigmoideum-inte-fatt-besked", "vgr", "1936-12-23", "473", [
    N("n1", M, "Läkaranteckning", "vg_kungalv", "Marie Strand", LAK, "2024-03-07 13:50", [
        ("Utredning", "Koloskopi: cirkulär tumör i sigmoideum. PAD: adenocarcinom."),
        ("Planering", "Pat har ännu inte fått beskedet, läkarsamtal bokat måndag med sonen närvarande."),
    ])], [A], [B],
    "colon cancer proven by PAD, 'har ännu inte fått beskedet'")

C("ystad-makan-informerad-pat-ej-underrattad", "skane", "1934-03-22", "393", [
    N("n1", M, "Telefonanteckning", "sk_med_ystad", "Sofia Bengtsson", LAK, "2024-06-19 17:10", [
        ("Telefonkontakt", "Makan informerad per telefon om att pat har akut myeloisk leukemi."),
        ("Planering", "Pat själv ännu ej underrättad; avdelningsläkaren tar samtalet imorgon förmiddag."),
    ], setting="slutenvård")], [A], [B],
    "the wife was told but the patient himself has not been ('ej underrättad')")

C("akutgeriatrik-vaskular-demens-info-avvaktas", "vgr", "1933-08-14", "624", [
    N("n1", M, "Läkaranteckning", "vg_ger_ostra", "Jenny Hedlund", LAK, "2024-02-15 14:35", [
        ("Bedömning", "Vaskulär demens av subkortikal typ, stöds av DT och testning."),
        ("Planering", "Information om diagnosen till pat avvaktas tills dottern kan vara med."),
    ])], [A], [B],
    "telling the patient is deferred ('avvaktas') for a stated dementia diagnosis")

C("minnesmott-ftd-inte-kommunicerad", "skane", "1948-06-09", "271", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Cecilia Kjellberg", LAK, "2024-09-04 16:05", [
        ("Bedömning", "Frontotemporal demens, beteendevariant, fastställd vid konsensuskonferens idag."),
        ("Planering", "Diagnosen har inte kommunicerats med pat, besked ges vid besök tillsammans med hustrun."),
    ], signed=None)], [A], [],
    "'har inte kommunicerats med pat' about a settled diagnosis")

C("urologi-skelettmetastaser-ej-informerad-an", "vgr", "1938-10-31", "497", [
    N("n1", M, "Läkaranteckning", "vg_uro", "Peter Claesson", LAK, "2024-07-16 12:20", [
        ("Utredning", "Skelettscint: multipla skelettmetastaser från känd prostatacancer."),
        ("Planering", "Pat ej informerad än; ringer inte utan bokar besök nästa vecka."),
    ])], [A], [B],
    "skeletal metastases on scan, patient not told yet")

C("trelleborg-myelom-sjalva-diagnosen-ej-kand-for-pat", "skane", "1940-07-12", "513", [
    N("n1", M, "Daganteckning", "sk_med_trel", "Maria Svensson", LAK, "2024-08-08 10:55", [
        ("Bedömning", "Multipelt myelom, bekräftat med benmärgsbiopsi och M-komponent."),
        ("Planering", "Pat informerad om att fler prover har tagits. Själva diagnosen har hon ännu inte fått veta; hematologen vill ge beskedet."),
    ], setting="slutenvård")], [A], [],
    "the patient was told something (more tests) but not the diagnosis itself")

C("typo-parkinson-ej-infomerad", "skane", "1944-11-26", "358", [
    N("n1", M, "Läkaranteckning", "sk_ger_hbg", "Lena Åkesson", LAK, "2024-10-17 11:25", [
        ("Bedömning", "Parkinsons sjukdom, diagnos ställd efter DaT-scan med nedsatt upptag vä."),
        ("Planering", "Pat ej infomerad om diagnosen ännu, återbesök med sonen nästa vecka."),
    ])], [A], [],
    "typo 'infomerad' in the not-told statement")

C("pall-91-ar-recidiv-barnen-ber-oss-vanta", "vgr", "1933-01-18", "606", [
    N("n1", M, "Läkaranteckning", "vg_pall", "Ingrid Wallin", LAK, "2024-10-24 15:10", [
        ("Bedömning", "Recidiv av ovarialcancer med peritoneal karcinos enligt DT."),
        ("Anhörigkontakt", "Pat har inte informerats om recidivet; barnen har bett oss vänta till efter helgen."),
    ], signed=None)], [A], [],
    "relatives ask to delay; the recidive stands visible while untold")

C("onk-progress-lungmetastaser-besked-ej-lamnat", "skane", "1945-05-01", "152", [
    N("n1", M, "Läkaranteckning", "sk_onk", "Björn Mårtensson", LAK, "2024-04-02 09:40", [
        ("Utredning", "DT thorax och buk: progress med nya lungmetastaser från njurcancern."),
        ("Planering", "Besked ej lämnat till pat, onkologen tar det vid besöket på fredag."),
    ])], [A], [B],
    "'besked ej lämnat' about radiological progression")

C("sas-patologisk-fraktur-myelom-hematolog-tar-samtalet", "vgr", "1937-09-08", "331", [
    N("n1", M, "Läkaranteckning", "vg_sas_ort", "Peter Claesson", LAK, "2024-11-21 13:15", [
        ("Utredning", "Patologisk fraktur hö femur. PAD från märgrömningen visar myelom."),
        ("Planering", "Pat ej informerad om myelomdiagnosen; ortopeden vill att hematologen tar samtalet."),
    ], setting="slutenvård")], [A], [],
    "orthopaedics withholds a myeloma found on PAD")

C("geriatrik-koloncancer-undanhalls-sen-berattas", "skane", "1931-05-14", "767", [
    N("n1", M, "Läkaranteckning", "sk_ger_mal", "Jonas Lindberg", LAK, "2024-06-03 14:45", [
        ("Bedömning", "Koloncancer i ascendens, PAD adenocarcinom, DT utan fjärrmetastaser."),
        ("Planering", "Pat ej informerad om cancern, kirurgen ger beskedet vid besöket på onsdag."),
    ], setting="slutenvård"),
    N("n2", M, "Daganteckning", "sk_ger_mal", "Amira Haddad", LAK, "2024-06-05 15:30", [
        ("Aktuellt", "Besked om koloncancern lämnat idag av kirurgen i närvaro av dottern. Pat ställer relevanta frågor om operationen."),
    ], setting="slutenvård")],
    [A], [("NL101", "n2")],
    "the withholding note fires; the later note where the patient is told does not")

C("typo-alzheimer-blandform-ej-informerard", "vgr", "1936-04-26", "740", [
    N("n1", M, "Läkaranteckning", "vg_ger_mol", "Anna Karlsson", LAK, "2024-05-23 10:35", [
        ("Bedömning", "Alzheimers sjukdom av blandtyp med vaskulär komponent, MMT 19/30."),
        ("Planering", "Pat ej informerard om diagnosen, samtal när dottern kommer från Stockholm."),
    ])], [A], [],
    "typo 'informerard' in the not-told statement")

C("skas-smacellig-lungcancer-delirium-ej-berattat", "vgr", "1939-07-29", "286", [
    N("n1", M, "Läkaranteckning", "vg_skas_med", "Erik Johansson", LAK, "2024-08-28 11:00", [
        ("Bedömning", "Småcellig lungcancer, PAD från bronkoskopin klar."),
        ("Planering", "Har inte berättat för pat pga pågående delirium; tas upp när hon är klarare."),
    ], setting="slutenvård")], [A], [],
    "delirium is the reason the patient has not been told, and the diagnosis stands visible")

C("urologi-blascancer-ej-beskedet-per-telefon", "skane", "1942-02-13", "419", [
    N("n1", M, "Telefonanteckning", "sk_uro", "Reza Karimi", LAK, "2024-09-24 14:05", [
        ("Telefonkontakt", "Pat ringer och frågar efter PAD-svaret från TURB förra veckan."),
        ("Bedömning", "PAD visar muskelinvasiv urinblåsecancer. Pat ska inte få beskedet per telefon och är inte informerad, besök bokas på tisdag."),
    ])], [A], [],
    "the patient phoned about the result; the diagnosis is noted but deliberately not told")

C("utkast-aling-hjartsvikt-ef-20-ej-informerad", "vgr", "1934-10-05", "855", [
    N("n1", M, "Läkaranteckning", "vg_aling", "Thomas Sandberg", LAK, "2024-01-31 15:05", [
        ("Utredning", "Ekokardiografi: hjärtsvikt med nedsatt ejektionsfraktion, EF cirka 20 %."),
        ("Planering", "Pat ännu inte informerad om ekosvaret och diagnosen, tas på ronden imorgon."),
    ], signed=None, setting="slutenvård")], [A], [],
    "an unsigned draft with a visible untold diagnosis (pre-signing)")

# --------------------------------------------------------------------------
# E. NL101 negatives: told, told earlier, untold thing is no diagnosis,
#    untold diagnosis only in the protected place, only a relative untold
# --------------------------------------------------------------------------
C("minnesmott-diagnosbesked-lamnat-idag", "skane", "1940-01-04", "467", [
    N("n1", M, "Läkaranteckning", "sk_minne", "Björn Mårtensson", LAK, "2024-02-20 13:30", [
        ("Bedömning", "Alzheimers sjukdom, tidig fas, MMT 24/30."),
        ("Information", "Diagnosbesked lämnat idag till pat och dottern. Pat tog beskedet med fattning och fick skriftlig information om sjukdomen."),
    ])], [], [A, B],
    "the diagnosis is recorded and told the same day")

C("ortopedi-collumfraktur-ej-informerad-om-op-tid", "skane", "1930-08-03", "306", [
    N("n1", M, "Läkaranteckning", "sk_ort_hbg", "Per-Olof Nilsson", LAK, "2024-05-28 19:40", [
        ("Bedömning", "Collumfraktur hö, dislocerad. Operation med hemiprotes planeras."),
        ("Planering", "Pat ej informerad om operationstiden ännu, operationsplaneringen återkommer i morgon bitti."),
    ], setting="slutenvård")], [], [A],
    "what the patient has not been told is a time, not the diagnosis")

C("geriatrik-remiss-skickad-pat-ej-informerad-om-remissen", "vgr", "1932-05-20", "129", [
    N("n1", M, "Läkaranteckning", "vg_ger_mol", "Kristina Berg", LAK, "2024-06-25 12:00", [
        ("Bedömning", "Känd hjärtsvikt NYHA III, stabil på nuvarande behandling."),
        ("Åtgärd", "Remiss skickad till hjärtsviktsmottagningen; pat ännu ej informerad om att remissen gått iväg."),
    ])], [], [A],
    "the patient is not yet told about a referral, which is no diagnosis")

C("trelleborg-normala-prover-inte-fatt-svaren", "skane", "1938-04-15", "572", [
    N("n1", M, "Telefonanteckning", "sk_med_trel", "Tobias Ek", SSK, "2024-07-05 16:20", [
        ("Telefonkontakt", "Känd KOL. Kontrollprover efter utskrivningen: Hb, CRP och kreatinin normala."),
        ("Åtgärd", "Pat har inte fått svaren än, ssk ringer honom i morgon förmiddag."),
    ])], [], [A],
    "the untold item is a set of normal results")

C("skane-th-mall-levermetastaser-ej-informerad", "skane", "1936-10-09", "588", [
    N("n1", M, "Tidiga hypoteser", "sk_ger_mal", "Amira Haddad", LAK, "2024-09-09 11:50", [
        ("Bedömning", "UL lever visar multipla förändringar, misstänkta metastaser. Pat ej informerad, DT buk först."),
    ], setting="slutenvård")], [], [A, B],
    "Skåne: the untold, hedged finding is kept only in the protected template Tidiga hypoteser")

C("vgr-th-sokord-pankreastumor-synligt-bara-plan", "vgr", "1941-11-12", "394", [
    N("n1", M, "Läkaranteckning", "vg_skas_med", "Magnus Olsson", LAK, "2024-10-03 14:30", [
        ("Aktuellt", "Ikterus sedan en vecka, klåda och mörk urin."),
        ("Tidiga hypoteser", "DT buk: tumör i pankreashuvudet. Pat ej informerad ännu, besked när PAD finns."),
        ("Planering", "ERCP med borstcytologi planeras. Pat informerad om att fler undersökningar behövs innan vi kan säga något."),
    ], setting="slutenvård")], [], [A],
    "VGR: the untold tumour stands only under the protected sökord; the visible sections hold a plan")

C("pall-pat-informerad-vill-att-maken-inte-far-veta", "skane", "1946-07-21", "728", [
    N("n1", M, "Läkaranteckning", "sk_pall_lund", "Hanna Lindgren", LAK, "2024-04-30 10:25", [
        ("Bedömning", "Bröstcancer med nytillkomna skelettmetastaser i bäcken och ländrygg."),
        ("Information", "Pat informerad om spridningen. Hon vill att maken inte får veta förrän hon själv orkar berätta."),
    ])], [], [A],
    "the patient is told; only the husband is not")

C("mobil-besked-lungcancer-sonen-ej-informerad", "vgr", "1935-12-17", "535", [
    N("n1", M, "Hembesök läkare", "vg_mnsv", "David Lund", LAK, "2024-06-06 11:05", [
        ("Bedömning", "Pat har fått besked om lungcancern av lungmedicin i förra veckan och pratar öppet om den idag."),
        ("Anhörigkontakt", "Sonen är ännu inte informerad och pat vill berätta för honom själv på söndag."),
    ])], [], [A],
    "patient told earlier; the son has not been, by the patient's own wish")

C("onk-recidiv-senare-anteckning-informerad", "vgr", "1943-03-03", "681", [
    N("n1", M, "Läkaranteckning", "vg_onk", "Ingrid Wallin", LAK, "2024-02-26 16:45", [
        ("Utredning", "PET-DT: recidiv av endometriecancer med lymfkörtelmetastaser paraaortalt."),
        ("Planering", "Pat ej informerad, besked ges på mottagningen den 29/2."),
    ]),
    N("n2", M, "Läkaranteckning", "vg_onk", "Ingrid Wallin", LAK, "2024-02-29 10:30", [
        ("Information", "Pat informerad idag om recidivet och om möjligheten till palliativ strålbehandling. Dottern närvarande."),
    ])], [], [("NL101", "n2")],
    "the later note records that the patient has now been told")

C("aling-kol-hemtjansten-utokas-ej-informerad", "vgr", "1929-10-28", "271", [
    N("n1", M, "Vårdplanering", "vg_aling", "Jenny Hedlund", SSK, "2024-11-26 13:55", [
        ("Aktuellt", "Svår KOL med hemsyrgas 2 l/min, två inläggningar i höstas."),
        ("Planering", "Pat ej informerad om att hemtjänsten utökas till fyra besök om dagen; biståndshandläggaren kontaktar honom."),
    ])], [], [A],
    "untold change in home help is a plan, not a diagnosis")

C("minnesmott-informerad-2022-arlig-uppfoljning", "vgr", "1944-05-27", "547", [
    N("n1", M, "Återbesök", "vg_minne", "Sara Gustafsson", LAK, "2024-05-15 09:30", [
        ("Aktuellt", "Pat informerades om Alzheimerdiagnosen 2022. Idag årlig uppföljning tillsammans med maken, MMT 21/30."),
        ("Planering", "Fortsatt Donepezil 10 mg, anhörigstöd via kommunen."),
    ])], [], [A],
    "the patient was told two years earlier")

C("dottern-ringer-ingen-samtycke-pat-valinformerad", "skane", "1934-08-25", "484", [
    N("n1", M, "Telefonanteckning", "sk_med_trel", "Maria Svensson", SSK, "2024-03-15 10:40", [
        ("Telefonkontakt", "Dottern ringer och vill veta mammas diagnos och prognos. Hänvisas, eftersom pat inte gett samtycke till att uppgifter lämnas ut."),
        ("Bedömning", "Pat själv välinformerad om sin hjärtsvikt och vill hålla dottern utanför."),
    ], setting="slutenvård")], [], [A],
    "a daughter is refused information; the patient herself knows her diagnosis")

C("ger-konfusion-sek-uvi-inget-om-information", "skane", "1928-11-06", "349", [
    N("n1", M, "Daganteckning", "sk_ger_mal", "Fatima Osman", LAK, "2024-04-18 11:15", [
        ("Bedömning", "Konfusion sekundärt till UVI, tydligt förbättrad efter två dygns antibiotika."),
    ], signed=None, setting="slutenvård")], [], [A, B],
    "a confirmed diagnosis with nothing said about telling")

C("pall-brytpunktssamtal-vet-att-cancern-inte-gar-att-bota", "vgr", "1931-06-02", "227", [
    N("n1", M, "Brytpunktssamtal", "vg_pall", "Ingrid Wallin", LAK, "2024-07-18 14:00", [
        ("Samtal", "Brytpunktssamtal med pat och barnen. Pat vet att magsäckscancern inte går att bota och önskar vård i hemmet."),
        ("Planering", "Inskrivning i sjukhusansluten hemsjukvård, vid behovs-läkemedel ordinerade."),
    ])], [], [A],
    "a documented end-of-life conversation; the patient knows")

C("onk-vill-inte-hora-prognos-men-informerad", "skane", "1939-09-15", "132", [
    N("n1", M, "Läkaranteckning", "sk_onk", "Björn Mårtensson", LAK, "2024-08-15 13:20", [
        ("Information", "Pat vill inte höra siffror om prognosen men är informerad om att lungcancern är spridd till levern."),
        ("Planering", "Palliativ cytostatika diskuteras på nästa besök."),
    ])], [], [A],
    "only the prognosis is deliberately left untold; the diagnosis is known")

C("akutgeriatrik-maken-avled-barnen-vill-beratta", "vgr", "1936-02-02", "806", [
    N("n1", M, "Omvårdnadsanteckning", "vg_ger_ostra", "Lovisa Bergqvist", SSK, "2024-12-05 08:15", [
        ("Aktuellt", "Känd Alzheimers sjukdom, lugn natt på avdelningen."),
        ("Anhörigkontakt", "Pat ej informerad om att maken avled i natt på hospice; barnen kommer kl 14 och vill berätta själva."),
    ], setting="slutenvård")], [], [A],
    "what is untold is a relative's death, not the patient's diagnosis")

C("typo-informarad-om-dvt-eliquis", "skane", "1942-12-08", "661", [
    N("n1", M, "Läkaranteckning", "sk_med_ystad", "Anders Hansson", LAK, "2024-11-11 15:35", [
        ("Bedömning", "DVT hö ben verifierad med UL-doppler."),
        ("Information", "Pat informarad om diagnosen och om behandling med Eliquis i tre månader."),
    ])], [], [A],
    "typo 'informarad' in a told statement; patient is told")

C("minnesmott-informerad-men-minns-inte", "vgr", "1935-08-19", "224", [
    N("n1", M, "Läkaranteckning", "vg_minne", "Linnea Andersson", LAK, "2024-09-30 14:10", [
        ("Aktuellt", "Pat är informerad om demensdiagnosen men minns inte samtalet; påminns varsamt när hon frågar."),
    ])], [], [A],
    "told but forgets: the patient has been informed")

C("neuro-mr-ua-ej-informerad-om-svaret", "skane", "1947-01-31", "157", [
    N("n1", M, "Läkaranteckning", "sk_neuro", "Nils Ohlsson", LAK, "2024-12-12 10:20", [
        ("Aktuellt", "Känd Parkinsons sjukdom sedan 2018, ökad fallbenägenhet."),
        ("Utredning", "MR hjärna utan anmärkning; pat har ej informerats om svaret ännu."),
    ], signed=None)], [], [A],
    "the untold item is a normal MR result")


# ==========================================================================
# validation
# ==========================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
PROTECTED_WORDS = ("tidiga hypoteser",)
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def in_2024(s):
    return isinstance(s, str) and s.startswith("2024-")


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: case keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("%s: duplicate case name" % nm)
        names.add(nm)
        if not re.match(r"^[a-z0-9-]+$", nm or ""):
            errs.append("%s: case name not ascii-kebab" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: bad ruleset" % nm)
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        rec = c["record"]
        if list(rec.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        for k in ("access_events", "conversations", "treatments"):
            if rec[k] != []:
                errs.append("%s: %s not empty" % (nm, k))
        pat = rec["patient"]
        if list(pat.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % nm)
        pid, bd = pat["id"], pat["birth_date"]
        if not re.match(r"^\d{8}-\d{4}$", pid):
            errs.append("%s: personnummer format %s" % (nm, pid))
        else:
            if pid[:8] != bd.replace("-", ""):
                errs.append("%s: pnr does not match birth_date" % nm)
            if not luhn_ok(pid[2:8] + pid[9:]):
                errs.append("%s: pnr Luhn fails" % nm)
        try:
            bdt = datetime.date.fromisoformat(bd)
        except ValueError:
            errs.append("%s: bad birth_date" % nm)
            continue
        if not in_2024(rec["as_of"]):
            errs.append("%s: as_of not in 2024" % nm)
        asof = datetime.datetime.strptime(rec["as_of"], "%Y-%m-%dT%H:%M:%S")
        age = asof.year - bdt.year - ((asof.month, asof.day) < (bdt.month, bdt.day))
        if 13 <= age <= 15:
            errs.append("%s: patient aged 13-15" % nm)
        notes = {}
        for n in rec["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, list(n.keys())))
            if n["id"] in notes:
                errs.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: bad system" % nm)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            if not in_2024(n["time"]):
                errs.append("%s: note time not 2024" % nm)
            if n["signed"] is not None:
                if not in_2024(n["signed"]):
                    errs.append("%s: signed not 2024" % nm)
                if n["signed"] < n["time"]:
                    errs.append("%s: signed before time" % nm)
            if n["time"] > rec["as_of"]:
                errs.append("%s: note after as_of" % nm)
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s: bad setting" % nm)
            if not n["sections"]:
                errs.append("%s: note without sections" % nm)
            for s in n["sections"]:
                if list(s.keys()) != ["keyword", "text"] or not s["text"].strip():
                    errs.append("%s: bad section" % nm)
                    continue
                for sent in SENT_SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent:
                            errs.append("%s: sentence repeated (first in %s): %r" % (nm, seen_sent[sent], sent))
                        seen_sent.setdefault(sent, nm)
        asserted = set()
        for lst_name in ("must", "must_not"):
            for item in c[lst_name]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %r" % (nm, item))
                    continue
                code, target = item
                if code not in ("NL101", "NL102"):
                    errs.append("%s: unexpected code %s" % (nm, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in asserted:
                    errs.append("%s: %s on %s asserted twice" % (nm, code, target))
                asserted.add((code, target))
                sysname = notes[target]["system"]
                if code == "NL102" and lst_name == "must" and sysname != "Melior":
                    errs.append("%s: must NL102 on non-Melior note" % nm)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: nothing asserted" % nm)
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
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets:", rs)
    for k in sorted(counts):
        print("%s %s: %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
