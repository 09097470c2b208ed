#!/usr/bin/env python3
"""dev50: geriatrik, palliativ vård, hemsjukvård/SÄBO, rehab efter stroke och höftfraktur.

Independent NL101/NL102 cases. Standard library only, deterministic.
Running it writes nl1_dev50_cases.jsonl next to this file and exits 1 on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev50_cases.jsonl")

# ---------------------------------------------------------------- units
# key: (name, hsa_id, system, region)
UNITS = {
    # Skåne, Melior (sjukhus)
    "sk_ger_mal": ("Geriatriska kliniken, avd 3, Skånes universitetssjukhus Malmö", "SE2321000255-3G41", "Melior", "skane"),
    "sk_akutger_lund": ("Akutgeriatriken, Skånes universitetssjukhus Lund", "SE2321000255-4AG7", "Melior", "skane"),
    "sk_asih_lund": ("ASIH Lund, Skånes universitetssjukvård", "SE2321000255-5AS2", "Melior", "skane"),
    "sk_asih_hbg": ("ASIH Helsingborg", "SE2321000255-5AS9", "Melior", "skane"),
    "sk_pallkons_krist": ("Palliativa konsultteamet, Centralsjukhuset Kristianstad", "SE2321000255-6PK3", "Melior", "skane"),
    "sk_pall_lund": ("Palliativa slutenvårdsenheten, Skånes universitetssjukhus Lund", "SE2321000255-6PS1", "Melior", "skane"),
    "sk_minne_mal": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7MM5", "Melior", "skane"),
    "sk_minne_hbg": ("Minnesmottagningen, Helsingborgs lasarett", "SE2321000255-7MH8", "Melior", "skane"),
    "sk_minne_trbg": ("Minnesmottagningen, Lasarettet Trelleborg", "SE2321000255-7MT2", "Melior", "skane"),
    "sk_stroke_hbg": ("Strokeenheten, Helsingborgs lasarett", "SE2321000255-8ST4", "Melior", "skane"),
    "sk_rehab_orup": ("Neurologisk rehabilitering, Orupssjukhuset Höör", "SE2321000255-8NR6", "Melior", "skane"),
    "sk_orto_ystad": ("Ortopedkliniken, Lasarettet Ystad", "SE2321000255-9OY1", "Melior", "skane"),
    "sk_orto_hbg": ("Ortopedkliniken, avd 5, Helsingborgs lasarett", "SE2321000255-9OH3", "Melior", "skane"),
    "sk_ortoger_trbg": ("Ortogeriatriska avdelningen, Lasarettet Trelleborg", "SE2321000255-9OG7", "Melior", "skane"),
    "sk_med_lkrona": ("Medicinkliniken, avd 12, Lasarettet Landskrona", "SE2321000255-2ML5", "Melior", "skane"),
    "sk_med_krist": ("Medicinkliniken, avd 42, Centralsjukhuset Kristianstad", "SE2321000255-2MK8", "Melior", "skane"),
    "sk_med_angel": ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-2MA1", "Melior", "skane"),
    "sk_medmott_ystad": ("Medicinmottagningen, Lasarettet Ystad", "SE2321000255-2MY4", "Melior", "skane"),
    "sk_ger_hlm": ("Geriatriska kliniken, Hässleholms sjukhus", "SE2321000255-3GH2", "Melior", "skane"),
    "sk_ger_hbg": ("Geriatriska kliniken, Helsingborgs lasarett", "SE2321000255-3GB6", "Melior", "skane"),
    "sk_ger_ystad": ("Geriatriska mottagningen, Lasarettet Ystad", "SE2321000255-3GY9", "Melior", "skane"),
    "sk_mobger_mal": ("Mobila geriatriska teamet, Skånes universitetssjukhus Malmö", "SE2321000255-3MT3", "Melior", "skane"),
    "sk_barnonk_lund": ("Barn- och ungdomsonkologen, Skånes universitetssjukhus Lund", "SE2321000255-1BO2", "Melior", "skane"),
    "sk_uro_mal": ("Urologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-1UM7", "Melior", "skane"),
    "sk_hem_lund": ("Hematologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1HL5", "Melior", "skane"),
    "sk_onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", "SE2321000255-1OL9", "Melior", "skane"),
    "sk_osteo_mal": ("Osteoporosmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-1OP4", "Melior", "skane"),
    # Skåne, PMO (primärvård, hemsjukvård)
    "sk_vc_tomelilla": ("Vårdcentralen Tomelilla", "SE2321000255-P1T3", "PMO", "skane"),
    "sk_vc_sjobo": ("Vårdcentralen Sjöbo", "SE2321000255-P1S8", "PMO", "skane"),
    "sk_vc_limhamn": ("Vårdcentralen Limhamn", "SE2321000255-P2L1", "PMO", "skane"),
    "sk_vc_hoor": ("Vårdcentralen Höör", "SE2321000255-P2H6", "PMO", "skane"),
    "sk_hsjv_svedala": ("Hemsjukvården, Vårdcentralen Svedala", "SE2321000255-P3S2", "PMO", "skane"),
    "sk_vc_klippan": ("Vårdcentralen Klippan", "SE2321000255-P3K9", "PMO", "skane"),
    # VGR, Melior
    "vg_ger_molndal": ("Geriatriska kliniken, avd 2, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011G2", "Melior", "vgr"),
    "vg_minne_molndal": ("Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011M4", "Melior", "vgr"),
    "vg_minne_falk": ("Minnesmottagningen, Skaraborgs sjukhus Falköping", "SE2321000131-E000000012M7", "Melior", "vgr"),
    "vg_akutger_ostra": ("Akutgeriatriken, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011A8", "Melior", "vgr"),
    "vg_ger_uddevalla": ("Geriatriska avdelningen, Uddevalla sjukhus", "SE2321000131-E000000013G1", "Melior", "vgr"),
    "vg_germott_kungalv": ("Geriatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E000000014G5", "Melior", "vgr"),
    "vg_stroke_nal": ("Strokeenheten, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000013S3", "Melior", "vgr"),
    "vg_neuro_nal": ("Neurologmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E000000013N9", "Melior", "vgr"),
    "vg_orto_skovde": ("Ortopedkliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E000000012O2", "Melior", "vgr"),
    "vg_orto_kungalv": ("Ortopedavdelningen, Kungälvs sjukhus", "SE2321000131-E000000014O8", "Melior", "vgr"),
    "vg_pall_boras": ("Palliativa konsultteamet, Södra Älvsborgs sjukhus Borås", "SE2321000131-E000000015P4", "Melior", "vgr"),
    "vg_pall_alingsas": ("Palliativa rådgivningsteamet, Alingsås lasarett", "SE2321000131-E000000016P6", "Melior", "vgr"),
    "vg_pall_ostra": ("Palliativ slutenvård, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E000000011P3", "Melior", "vgr"),
    "vg_gerrehab_hogsbo": ("Geriatrisk rehabilitering, Högsbo sjukhus", "SE2321000131-E000000011R5", "Melior", "vgr"),
    "vg_med_kungalv": ("Medicinkliniken, Kungälvs sjukhus", "SE2321000131-E000000014M2", "Melior", "vgr"),
    "vg_med_lidkoping": ("Medicinkliniken, Skaraborgs sjukhus Lidköping", "SE2321000131-E000000012L6", "Melior", "vgr"),
    "vg_medmott_alingsas": ("Medicinmottagningen, Alingsås lasarett", "SE2321000131-E000000016M1", "Melior", "vgr"),
    "vg_onk_su": ("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "SE2321000131-E000000011J7", "Melior", "vgr"),
    "vg_aldrepsyk_molndal": ("Äldrepsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E000000011Ä9", "Melior", "vgr"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%s" % (y, m, d, serial, luhn_digit(nine))


def N(nid, unit, template, author, role, time, sections, signed="auto", setting="slutenvård", refs=None):
    name, hsa, system, _ = UNITS[unit]
    if signed == "auto":
        t = dt.datetime.fromisoformat(time) + dt.timedelta(minutes=40 + (len(author) * 7) % 90)
        signed = t.isoformat()
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time,
        "signed": signed,
        "setting": setting,
        "refs": refs or [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


CASES = []


def C(name, ruleset, patient, notes, must, must_not, why):
    birth, serial = patient
    last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = (last + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0)
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
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


L, S, A, F, K, U = "läkare", "sjuksköterska", "arbetsterapeut", "fysioterapeut", "kurator", "undersköterska"
OV = "öppenvård"
SV = "slutenvård"

# =====================================================================
# NL102 positives: hedged diagnosis of the patient in a visible Melior section
# =====================================================================

C("d50-sk-trol-delirium-pga-uvi", "skane", ("1934-03-18", "242"), [
    N("n1", "sk_akutger_lund", "Inskrivningsanteckning", "Karin Lindqvist", L, "2024-02-06T14:20:00", [
        ("Anamnes", "89-årig kvinna från SÄBO Solgården. Sedan två dygn tilltagande förvirring, plockig, sover dagtid och är vaken nattetid enl personalen. Illaluktande urin, ingen feber uppmätt."),
        ("Status", "AT: Blek, tunn, desorienterad till tid och rum. Cor: RR, inga blåsljud. Pulm: Vesikulärt bilat. Buk: Mjuk, lätt ömhet suprapubiskt. U-sticka: nitrit +, LPK 3+."),
        ("Bedömning", "Akut debuterad konfusion med fluktuerande förlopp, trol. delirium pga UVI. Riskfaktorer: känd Alzheimer, nyligen insatt Oxascand."),
        ("Planering", "U-odling, Selexid enl Strama. Sätter ut Oxascand. CAM dagligen."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "delirium hedged with 'trol.' in Bedömning of a visible Melior note; nothing said about informing")

C("d50-vg-trolig-blanddemens-minnesmott", "vgr", ("1945-09-02", "317"), [
    N("n1", "vg_minne_molndal", "Mottagningsbesök", "Henrik Ahlgren", L, "2024-04-11T09:30:00", [
        ("Aktuellt", "Återbesök efter avslutad basal demensutredning. Kommer med hustrun."),
        ("Utredning", "MMSE-SR 22/30, klockritningstest med planeringssvårigheter. DT hjärna: måttlig central och kortikal atrofi, utbredda vitsubstansförändringar samt lakunär infarkt i vä basala ganglier. Lab ua inkl B12, folat, TSH, Ca."),
        ("Bedömning", "Sammantaget trolig blanddemens, dvs Alzheimer med vaskulär komponent. Pat och hustru får information om bedömningen vid dagens besök."),
        ("Planering", "Insätter donepezil 5 mg, upptitrering efter 4 v. Anhörigstöd via kommunen. Körkortsfrågan diskuterad, pat avstår från bilkörning."),
    ], setting=OV)], [("NL102", "n1"), ], [("NL101", "n1")],
    "'trolig blanddemens' in VGR Bedömning is a visible hypothesis; the patient was told, so no NL101")

C("d50-sk-misstankt-lewy-body", "skane", ("1941-06-23", "155"), [
    N("n1", "sk_minne_mal", "Mottagningsanteckning", "Sofia Bergkvist", L, "2024-03-05T10:45:00", [
        ("Anamnes", "Hustrun beskriver sedan ett år växlande vakenhetsgrad, perioder då han stirrar tomt, samt att han ser småbarn och katter i vardagsrummet. Sparkar och pratar i sömnen sedan många år."),
        ("Status", "Lätt hypomimi, rigiditet med kugghjulsfenomen i hö arm, kortstegad gång. MoCA 19/30 med framträdande visuospatiala brister."),
        ("Bedömning", "Kärnsymtom med fluktuationer, visuella hallucinationer, REM-sömnstörning och parkinsonism. Misstänkt Lewy body-demens."),
        ("Planering", "DaTSCAN. Undvika neuroleptika, varningstext läggs i läkemedelslistan. Återbesök efter undersökningen."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Misstänkt Lewy body-demens' in a visible Melior Bedömning")

C("d50-vg-mci-dd-begynnande-alzheimer", "vgr", ("1952-11-14", "486"), [
    N("n1", "vg_minne_falk", "Mottagningsbesök", "Elin Sjöberg", L, "2024-05-16T13:10:00", [
        ("Diagnos", "MCI, DD begynnande Alzheimer."),
        ("Bedömning", "Subjektiv och objektiv minnesstörning, framför allt episodiskt minne, men klarar IADL utan stöd. Likvor med lätt sänkt beta-amyloid 42, P-tau i övre normalområdet."),
        ("Planering", "Ny neuropsykologisk testning om ett år. Fysisk aktivitet och blodtryckskontroll via VC."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'DD begynnande Alzheimer' under sökord Diagnos is a differential diagnosis shown to the patient")

C("d50-sk-asih-sannolik-progress-levermet-ej-informerad", "skane", ("1949-01-27", "624"), [
    N("n1", "sk_asih_lund", "Läkaranteckning hembesök", "Johan Friberg", L, "2024-04-22T11:00:00", [
        ("Aktuellt", "Hembesök tillsammans med ssk Ingrid. Pat med koloncancer och kända levermetastaser, avslutade cytostatika i mars. Ökad trötthet, aptitlöshet och spänd buk senaste veckan."),
        ("Status", "Ikterisk i sclerae. Buken utspänd, palpabel lever tre tvärfingrar nedom arcus. Lätta underbensödem."),
        ("Lab", "Bilirubin 68, ALP 9,4, albumin 26."),
        ("Bedömning", "Sannolik progress av levermetastaserna med begynnande leversvikt. Pat ej informerad om progressen, orkar inte ta in besked idag. Nytt besök bokas torsdag då dottern kan vara med."),
        ("Planering", "Höjer Oxynorm vb. Brytpunktssamtal planeras torsdag. Ssk följer upp nutrition."),
    ], setting=OV)], [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged progression of metastases visible, and the text says the patient has not been told about it")

C("d50-vg-aktuella-problem-fragetecken-demens", "vgr", ("1937-08-09", "573"), [
    N("n1", "vg_ger_molndal", "Inskrivning", "Mats Holmberg", L, "2024-01-18T16:05:00", [
        ("Tidigare sjukdomar", "Hypertoni. Förmaksflimmer, Eliquis. Typ 2-diabetes, tablettbehandlad. Prostatacancer 2009, strålbehandlad. Katarakt op bilat."),
        ("Aktuella problem", "1. Upprepade fall i hemmet senaste månaden. 2. Kognitiv svikt, ?demens – ej utredd. 3. Viktnedgång 6 kg på ett halvår. 4. Polyfarmaci, 14 preparat."),
        ("Planering", "Fallutredning med ortostatiskt blodtryck och EKG. Läkemedelsgenomgång. Kognitiv screening när pat är stabil."),
    ])], [("NL102", "n1")], [],
    "'?demens' in an Aktuella problem list is a question-marked diagnosis in a visible section")

C("d50-sk-strokerehab-dd-poststroke-epilepsi", "skane", ("1950-05-30", "739"), [
    N("n1", "sk_rehab_orup", "Daganteckning", "Anders Nyström", L, "2024-06-03T10:20:00", [
        ("Aktuellt", "Dag 19 på rehab efter vänstersidig mediainfarkt. Ssk observerade i morse ca 2 minuter rytmiska ryckningar i hö arm och mungipa, pat kontaktbar efteråt men trött."),
        ("Status", "Vaken, orienterad. Oförändrad hö-sidig hemipares, armen 2/5, benet 4/5. Ingen tungbitning."),
        ("Bedömning", "Fokalt motoriskt anfall, DD post-stroke-epilepsi vs TIA. Ej behov av akut DT enl samråd med neurobakjour."),
        ("Planering", "EEG. Vid nytt anfall: Stesolid rektalt enl ordination."),
    ])], [("NL102", "n1")], [],
    "'DD post-stroke-epilepsi vs TIA' in a stroke-rehab note")

C("d50-vg-hoftrehab-misstankt-periprotetisk-fraktur", "vgr", ("1931-12-04", "208"), [
    N("n1", "vg_orto_skovde", "Läkaranteckning", "Lina Karlsson", L, "2024-02-27T07:40:00", [
        ("Aktuellt", "Op dag 6 efter hemiprotes vä höft pga collumfraktur. Föll i natt vid toalettbesök utan att larma. Kraftigt ökad smärta i låret, kan inte belasta."),
        ("Status", "Vä ben i neutral rotation, ej förkortat. Uttalad palpationsömhet över laterala lårbenet. Distalstatus ua."),
        ("Bedömning", "Misstänkt periprotetisk femurfraktur. Rtg vä femur med höftled akut."),
    ])], [("NL102", "n1")], [],
    "'Misstänkt periprotetisk femurfraktur' after a fall on the ward")

C("d50-sk-ortoger-lungemboli-kan-ej-uteslutas", "skane", ("1940-10-11", "391"), [
    N("n1", "sk_ortoger_trbg", "Daganteckning", "Peter Åkesson", L, "2024-03-14T11:15:00", [
        ("Aktuellt", "Dag 4 efter op av pertrokantär fraktur hö. Akut andfåddhet efter mobilisering med fysioterapeut."),
        ("Status", "AF 28, sat 88 % på luft, puls 112 reg. BT 105/60. Pulm: Normala andningsljud bilat. Hö underben svullnare än vä."),
        ("Bedömning", "Lungemboli kan ej uteslutas. Afebril och CRP oförändrat sedan igår."),
        ("Åtgärd", "DT lungartärer akut. Fragmin behandlingsdos ges i väntan på svar."),
    ])], [("NL102", "n1")], [],
    "'Lungemboli kan ej uteslutas' keeps an unconfirmed diagnosis open in a visible note")

C("d50-vg-bild-som-vid-normaltryckshydrocefalus", "vgr", ("1946-02-19", "864"), [
    N("n1", "vg_ger_uddevalla", "Mottagningsbesök", "Gunnar Bexell", L, "2024-09-10T14:00:00", [
        ("Aktuellt", "Pat med gångsvårigheter sedan 1,5 år, bredspårig magnetgång, trängningar och inkontinens samt mental långsamhet."),
        ("Utredning", "DT hjärna: vidgade ventriklar med Evans index 0,36, trånga fåror vid vertex, bild som vid normaltryckshydrocefalus."),
        ("Planering", "Remiss till Hydrocefalusenheten SU för tap-test. Gångtest och kognitiv testning före och efter."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'bild som vid normaltryckshydrocefalus' is a hedged diagnosis in a visible Utredning section")

C("d50-sk-typo-tala-for-parkinson", "skane", ("1943-07-07", "512"), [
    N("n1", "sk_ger_hlm", "Mottagningsanteckning", "Eva Thulin", L, "2024-10-02T09:00:00", [
        ("Status", "Vilotremor hö hand, bradykinesi vid fingertapping, rigiditet hö>vä. Nedsatt medsving hö arm. Postural instabilitet ua."),
        ("Bedömning", "Asymmetrisk debut med vilotremor och bradykinesi tala för idiopatisk Parkinsons sjukdom."),
        ("Planering", "Provbehandling Madopark 50/12,5 mg x3 med utvärdering efter 6 v."),
    ], setting=OV)], [("NL102", "n1")], [],
    "typo 'tala för' (for 'talar för') still hedges Parkinsons sjukdom in a visible note")

C("d50-vg-forenligt-med-hypoaktivt-delirium", "vgr", ("1929-04-25", "145"), [
    N("n1", "vg_akutger_ostra", "Daganteckning", "Maria Fransson", L, "2024-11-05T10:30:00", [
        ("Aktuellt", "Ssk rapporterar att pat är slöare än vanligt, äter knappt, svarar med enstaka ord. Anhöriga upplever henne som 'inte sig själv'."),
        ("Status", "Somnolent men väckbar, ouppmärksam, 4AT 7 p. Ingen fokal neurologi. Blåsscan 650 ml."),
        ("Bedömning", "Förenligt med hypoaktivt delirium, utlöst av urinretention? KAD sätts."),
        ("Planering", "Följ diures, kontrollera elstatus och kreatinin. Tolterodin sätts ut."),
    ])], [("NL102", "n1")], [],
    "'Förenligt med hypoaktivt delirium' plus a question-marked cause")

C("d50-sk-inger-misstanke-om-myelom", "skane", ("1939-09-16", "470"), [
    N("n1", "sk_med_lkrona", "Läkaranteckning", "Ola Persson", L, "2024-01-09T13:50:00", [
        ("Aktuellt", "Inlagd pga ryggsmärta och allmän svaghet efter fall i hemmet."),
        ("Lab", "Hb 94, Ca 2,91, kreatinin 178, SR 88. Elfores: M-komponent IgG kappa 32 g/L."),
        ("Bedömning", "Anemi, hyperkalcemi, njurpåverkan och M-komponent inger misstanke om myelom."),
        ("Planering", "Lågdos-DT skelett, fria lätta kedjor. Remiss hematologen. Rehydrering."),
    ])], [("NL102", "n1")], [],
    "'inger misstanke om myelom' is a suspected diagnosis in a visible Bedömning")

C("d50-vg-kan-rora-sig-om-polymyalgi", "vgr", ("1947-03-03", "258"), [
    N("n1", "vg_med_kungalv", "Mottagningsbesök", "Karl Engström", L, "2024-02-13T15:20:00", [
        ("Anamnes", "Sedan 3 veckor stelhet och värk i skuldror och höfter, värst på morgonen i över en timme. Har svårt att ta på sig kappan."),
        ("Lab", "SR 64, CRP 38."),
        ("Bedömning", "Kan röra sig om polymyalgia reumatica. Ingen käkclaudicatio, inga synsymtom."),
        ("Åtgärd", "Prednisolon 15 mg/d, kontroll av effekt om en vecka. Kalk och D-vitamin."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Kan röra sig om polymyalgia reumatica' is a hedged diagnosis")

C("d50-sk-fragestallning-demens-i-utskrivning", "skane", ("1940-12-21", "683"), [
    N("n1", "sk_med_angel", "Utskrivningsanteckning", "Anna Wallin", L, "2024-05-07T12:00:00", [
        ("Sammanfattning", "Vårdad 5 dygn för pneumoni, väl behandlad. Under vårdtiden noterade personalen påtaglig minnessvikt och svårigheter att hantera mobiltelefon och läkemedel."),
        ("Planering", "Remiss till minnesmottagningen Helsingborg skickas. Frågeställning: demenssjukdom? Basala demensprover tagna under vårdtiden."),
    ])], [("NL102", "n1")], [],
    "'Frågeställning: demenssjukdom?' in a visible discharge note")

C("d50-vg-oklart-om-tia-eller-synkope", "vgr", ("1936-01-29", "331"), [
    N("n1", "vg_stroke_nal", "Läkaranteckning", "Johanna Lund", L, "2024-06-18T18:10:00", [
        ("Anamnes", "Hustrun såg honom plötsligt sjunka ihop i fåtöljen, var borta ca 1 minut och därefter sluddrig en kvart."),
        ("Status", "NIHSS 0. EKG: sinusrytm 58, AV-block I. Ortostatiskt BT-fall 30 mmHg."),
        ("Bedömning", "Oklart om det rört sig om TIA eller synkope, kanske ortostatiskt betingad."),
        ("Planering", "Långtids-EKG. Halverar Enalapril. Karotisdoppler."),
    ])], [("NL102", "n1")], [],
    "'Oklart om ... TIA eller synkope' leaves a diagnosis open in the visible note")

C("d50-sk-mobilt-team-ev-aspirationspneumoni", "skane", ("1928-08-14", "526"), [
    N("n1", "sk_mobger_mal", "Hembesök", "Lars Mårtensson", L, "2024-01-24T13:30:00", [
        ("Aktuellt", "Besök på SÄBO Lindängen efter kontakt från boendets sjuksköterska. Pat har satt i halsen vid flera måltider senaste veckan, nu feber 38,4 och rossligt andningsljud."),
        ("Status", "Sat 92 %, AF 24. Krepitationer basalt hö. Gravt dysfagisk vid vattensväljtest."),
        ("Bedömning", "Ev. aspirationspneumoni hö basalt. Behandlas på plats enl pats och anhörigas önskan, ingen inläggning."),
        ("Planering", "Amoxicillin mixtur x3 i 7 dagar. Konsistensanpassad kost, remiss logoped. Ny kontroll fredag."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Ev. aspirationspneumoni' by the hospital's mobile geriatric team (Melior) at a SÄBO visit")

C("d50-vg-mojlig-lakemedelsutlost-parkinsonism", "vgr", ("1935-05-12", "697"), [
    N("n1", "vg_ger_molndal", "Läkaranteckning", "Sara Nordin", L, "2024-03-20T11:40:00", [
        ("Läkemedelsgenomgång", "Fördjupad genomgång, 13 stående läkemedel. Haloperidol 1 mg tn insatt på SÄBO för oro i höstas. Metoklopramid dagligen sedan januari."),
        ("Bedömning", "Ökad stelhet, hasande gång och fall senaste månaderna. Möjlig läkemedelsutlöst parkinsonism av haloperidol och metoklopramid."),
        ("Åtgärd", "Haloperidol och metoklopramid sätts ut. Uppföljning av motoriken om 3 v via SÄBO-läkaren."),
    ])], [("NL102", "n1")], [],
    "polypharmacy review: 'Möjlig läkemedelsutlöst parkinsonism' is a hedged diagnosis")

C("d50-sk-trol-antikolinergt-delirium", "skane", ("1932-02-08", "814"), [
    N("n1", "sk_ger_mal", "Daganteckning", "Fredrik Olsson", L, "2024-07-02T09:50:00", [
        ("Aktuellt", "Inkom igår med förvirring och urinretention. Läkemedelslistan visar Atarax 25 mg x3, Tolterodin 4 mg och Saroten 25 mg tn."),
        ("Bedömning", "Trol. antikolinergt delirium med hög antikolinerg belastning. Odlingar negativa, CRP normalt."),
        ("Åtgärd", "Samtliga tre preparat sätts ut. KAD kvar tills vidare."),
    ])], [("NL102", "n1")], [],
    "'Trol. antikolinergt delirium' found at a medication review")

C("d50-vg-misstankt-kotkompression", "vgr", ("1941-10-31", "402"), [
    N("n1", "vg_med_lidkoping", "Läkaranteckning", "Emma Strand", L, "2024-12-03T14:25:00", [
        ("Anamnes", "Halkade på badrumsgolvet i förrgår, landade på stjärten. Sedan dess svår smärta mitt i ryggen, förvärras vid rörelse."),
        ("Status", "Distinkt bankömhet över Th12–L1. Neurologi i UE ua."),
        ("Bedömning", "Misstänkt osteoporotisk kotkompression Th12 eller L1."),
        ("Planering", "Rtg th- och ländrygg. Smärtlindring paracetamol + Oxynorm vb. DXA och ställningstagande till benspecifik behandling."),
    ], signed=None)], [("NL102", "n1")], [],
    "falls work-up: 'Misstänkt osteoporotisk kotkompression'")

C("d50-sk-sannolikt-dekompenserad-hjartsvikt", "skane", ("1938-06-05", "139"), [
    N("n1", "sk_med_angel", "Inskrivningsanteckning", "Hanna Ekström", L, "2024-10-15T20:05:00", [
        ("Aktuellt", "Viktuppgång 4 kg på en vecka enl hemsjukvårdens vägningar, ökad andfåddhet, sover sittande."),
        ("Status", "Halsvenstas. Pulm: Krepitationer basalt bilat. Pittingödem upp till knäna."),
        ("Bedömning", "Sannolikt dekompenserad hjärtsvikt, ev. utlöst av NSAID som pat köpt receptfritt."),
        ("Planering", "Furosemid iv, vikt dagligen, NT-proBNP. Ipren ska inte användas framöver, informerat pat om det."),
    ])], [("NL102", "n1")], [],
    "'Sannolikt dekompenserad hjärtsvikt' is hedged in a visible Bedömning")

C("d50-vg-typo-missankt-subduralhematom", "vgr", ("1930-11-22", "655"), [
    N("n1", "vg_akutger_ostra", "Inskrivning", "Niklas Berg", L, "2024-05-21T15:45:00", [
        ("Anamnes", "Flera fall senaste 6 veckorna, slog huvudet i dörrkarmen i början av maj. Sedan dess tilltagande huvudvärk, ostadighet och sänkt tempo. Behandlas med Waran för mekanisk mitralisklaff."),
        ("Status", "Vaken, långsam. Lätt pronationsdrift vä arm. PK 3,4."),
        ("Bedömning", "Missänkt kroniskt subduralhematom hö. DT hjärna akut."),
    ])], [("NL102", "n1")], [],
    "typo 'Missänkt' still marks a suspected subdural hematoma in a visible note")

C("d50-sk-typo-trolgi-siadh", "skane", ("1936-04-13", "287"), [
    N("n1", "sk_med_lkrona", "Daganteckning", "Ingrid Svensson", L, "2024-08-07T10:10:00", [
        ("Lab", "Na 121, S-osmolalitet 254, U-osmolalitet 480, U-Na 62. TSH och kortisol ua."),
        ("Bedömning", "Normovolem hyponatremi, trolgi SIADH utlöst av sertralin som sattes in för 3 veckor sedan."),
        ("Åtgärd", "Sertralin sätts ut. Vätskerestriktion 1 liter/dygn, Na dagligen."),
    ])], [("NL102", "n1")], [],
    "typo 'trolgi' (trolig) hedges SIADH")

C("d50-vg-typo-sannolkit-lokalrecidiv", "vgr", ("1948-07-19", "548"), [
    N("n1", "vg_pall_boras", "Konsultation", "Ulrika Hedlund", L, "2024-04-04T13:00:00", [
        ("Aktuellt", "Konsult från kirurgavd. Pat med rektalcancer opererad 2022, nu tilltagande smärta i bäckenet och sakrum, nattlig värk."),
        ("Bedömning", "Sannolkit lokalrecidiv i lilla bäckenet med neuropatisk smärtkomponent. MR bäcken bokad."),
        ("Åtgärd", "Föreslår tillägg av pregabalin och byte till Oxycontin 10 mg x2 med Oxynorm vb. Teamet följer upp på torsdag."),
    ])], [("NL102", "n1")], [],
    "palliative consult, typo 'Sannolkit' still hedges a recurrence")

C("d50-sk-asih-typo-misstank-hjarnmetastasering", "skane", ("1957-03-26", "715"), [
    N("n1", "sk_asih_hbg", "Läkaranteckning hembesök", "Mikael Jönsson", L, "2024-09-18T16:40:00", [
        ("Aktuellt", "Akut hembesök efter samtal från maken. Pat med icke-småcellig lungcancer har sedan igår huvudvärk, har kräkts två gånger och verkar förvirrad."),
        ("Status", "Slö men väckbar, desorienterad till tid. Vänstersidig facialispares, kraftnedsättning vä arm 4/5."),
        ("Bedömning", "Misstänk hjärnmetastasering med ödem. Pat och make informerade om misstanken och önskar fortsatt vård hemma."),
        ("Planering", "Betapred 8 mg po dagligen, ingen DT enl gemensamt beslut. Ssk besöker i morgon."),
    ], setting=OV)], [("NL102", "n1")], [("NL101", "n1")],
    "typo 'Misstänk' hedges brain metastases; patient and husband told, so no NL101")

C("d50-vg-pall-trol-malign-tarmobstruktion", "vgr", ("1951-09-08", "362"), [
    N("n1", "vg_pall_ostra", "Läkaranteckning", "Camilla Rosén", L, "2024-07-23T09:15:00", [
        ("Aktuellt", "Ovarialcancer med peritoneal carcinos. Kräkningar flera gånger/dygn, ingen avföring på 5 dagar, kolikartad buksmärta."),
        ("Status", "Buken uppblåst, klingande tarmljud, diffust öm."),
        ("Bedömning", "Trol. malign tarmobstruktion på flera nivåer, ej kirurgiskt åtgärdbar enl tidigare kirurgbedömning."),
        ("Planering", "Ventrikelsond vb, Sandostatin sc, Buscopan. Samtal med pat och systern i eftermiddag."),
    ])], [("NL102", "n1")], [],
    "'Trol. malign tarmobstruktion' in a palliative inpatient note")

C("d50-sk-barn-palliativ-misstankt-progress-dipg", "skane", ("2015-02-10", "168"), [
    N("n1", "sk_barnonk_lund", "Läkaranteckning", "Therese Lindgren", L, "2024-03-27T14:30:00", [
        ("Aktuellt", "Pojke med DIPG diagnostiserad hösten 2023, strålbehandlad. Föräldrarna beskriver ökad sväljsvårighet och att han snubblar oftare."),
        ("Status", "Ny abducenspares hö, dysartri, ataxi vid gång."),
        ("Bedömning", "Kliniskt misstänkt progress av hjärnstamsgliomet. MR avvaktas enl föräldrarnas önskan."),
        ("Planering", "Kontakt med barnpalliativa teamet. Logoped för sväljbedömning."),
    ], setting=OV)], [("NL102", "n1")], [],
    "child under 13 (guardians read): 'misstänkt progress' of the tumour in a visible note")

C("d50-sk-dd-frontotemporal-demens", "skane", ("1959-01-15", "436"), [
    N("n1", "sk_minne_hbg", "Mottagningsanteckning", "Jonas Blom", L, "2024-02-20T10:00:00", [
        ("Anamnes", "Hustrun berättar om personlighetsförändring sedan två år: hämningslös, äter sötsaker okontrollerat, har slutat bry sig om barnbarnen. Pat själv upplever inga problem."),
        ("Utredning", "MR hjärna: frontal och temporal atrofi, mest uttalad vä. MMSE 27."),
        ("Bedömning", "Beteendeförändring med relativt bevarad minnesfunktion. DD: frontotemporal demens, sent debuterande psykiatrisk sjukdom."),
        ("Planering", "Likvor för neurodegenerationsmarkörer, FDG-PET. Neuropsykologisk utredning."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'DD: frontotemporal demens' in a visible Bedömning")

C("d50-vg-hoftrehab-susp-dvt", "vgr", ("1938-04-01", "594"), [
    N("n1", "vg_gerrehab_hogsbo", "Läkaranteckning", "Oskar Lindahl", L, "2024-08-28T11:20:00", [
        ("Aktuellt", "Tre veckor efter spikning av pertrokantär femurfraktur vä. Fysioterapeuten noterade ökad svullnad och värmeökning i vä vad."),
        ("Status", "Vä vad 4 cm större omkrets än hö. Ömhet längs v. poplitea. Afebril."),
        ("Bedömning", "Susp. DVT vä. Tromboprofylaxen avslutades för 5 dagar sedan."),
        ("Planering", "UL-doppler vä ben idag, D-dimer. Behandlingsdos Innohep i väntan."),
    ])], [("NL102", "n1")], [],
    "hip-fracture rehab: 'Susp. DVT' is a hedged diagnosis")

C("d50-sk-stroke-trol-ny-ischemi", "skane", ("1944-12-09", "271"), [
    N("n1", "sk_stroke_hbg", "Daganteckning", "Malin Hansson", L, "2024-11-12T05:10:00", [
        ("Aktuellt", "Dag 3 efter trombektomi vä ACM. Nattssk noterar ny talpåverkan kl 04, tidigare lätt dysartri nu uttalad afasi."),
        ("Status", "NIHSS 9 (igår 3). Hö facialispares, hö arm 3/5."),
        ("Bedömning", "Trol. ny ischemi i vä hemisfär, alt. hemorragisk transformation. DT hjärna akut."),
    ])], [("NL102", "n1")], [],
    "'Trol. ny ischemi ..., alt. hemorragisk transformation' on a stroke unit")

C("d50-vg-lang-epikris-trol-b12-brist", "vgr", ("1933-07-28", "357"), [
    N("n1", "vg_ger_molndal", "Epikris", "Per-Olof Ek", L, "2024-10-24T15:00:00", [
        ("Kontaktorsak", "Inläggning via akuten efter fall i hemmet, hittad på golvet av hemtjänsten."),
        ("Tidigare sjukdomar", "Hypertoni sedan 1990-talet. Kronisk njursvikt stadium 3b. Hypotyreos, Levaxin. Gonartros bilat, TKA hö 2016. Glaukom. Osteoporos med kotkompression L2 2021."),
        ("Vårdförlopp", "Vid ankomst ingen fraktur vid rtg höft och handled. Ortostatiskt BT-fall 35 mmHg systoliskt, varför Amlodipin och Furix sattes ut. Hb 101 med MCV 108, B12 118 pmol/L. Kognitivt något sviktande under vårdtiden, MMSE 24 under pågående UVI-behandling, bör upprepas. Mobiliserad med rollator av fysioterapeut, klarar förflyttningar med tillsyn."),
        ("Diagnoser", "Fall i hemmet. Ortostatisk hypotension. Nedre urinvägsinfektion. Makrocytär anemi, trol. B12-brist."),
        ("Läkemedelsförändringar", "Utsatt: Amlodipin 5 mg, Furix 40 mg, Oxascand 5 mg. Insatt: Betolvex 1 mg x2."),
        ("Planering", "Kontroll Hb och B12 på VC om 6 veckor. Upprepa MMSE i lugnt skede. Hemtjänsten utökad med tillsyn nattetid."),
        ("Information", "Pat och dotter informerade om vårdförloppet och läkemedelsförändringarna."),
    ])], [("NL102", "n1")], [("NL101", "n1")],
    "long geriatric discharge summary; one hedged diagnosis ('trol. B12-brist') among confirmed ones")

C("d50-sk-inga-tecken-pa-stroke-men-bppv", "skane", ("1944-08-17", "619"), [
    N("n1", "sk_akutger_lund", "Läkaranteckning", "Erik Sandell", L, "2024-06-25T12:35:00", [
        ("Anamnes", "Yrsel sedan i morse vid sängläge och när hon vrider huvudet, illamående. Har inte fallit."),
        ("Status", "Ingen fokal neurologi, normal gång med rollator. Dix-Hallpike positiv hö med geotrop rotatorisk nystagmus."),
        ("Bedömning", "Inga tecken på stroke. Bilden förenlig med BPPV i hö bakre båggång."),
        ("Åtgärd", "Epleys manöver utförd med god effekt. Info om ökad fallrisk närmaste dagarna."),
    ])], [("NL102", "n1")], [],
    "a negated stroke sits next to a hedged BPPV; the hedge still counts")

C("d50-vg-trolig-depression-aldrepsyk", "vgr", ("1946-03-21", "483"), [
    N("n1", "vg_aldrepsyk_molndal", "Mottagningsbesök", "Kristina Falk", L, "2024-04-30T10:00:00", [
        ("Anamnes", "Maken dog i januari. Sedan dess nedstämd, sover dåligt, har gått ner 5 kg och slutat gå till kyrkokören. Inga självmordstankar."),
        ("Status", "Sänkt grundstämning, psykomotoriskt långsam. GDS-15: 11 p."),
        ("Bedömning", "Trolig egentlig depression av måttlig grad, att skilja från komplicerad sorgereaktion."),
        ("Planering", "Startar mirtazapin 15 mg tn. Kuratorskontakt. Återbesök 4 v."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Trolig egentlig depression' in an old-age psychiatry note")

C("d50-sk-typo-differntialdiagnos-lewy-body", "skane", ("1940-09-27", "742"), [
    N("n1", "sk_ger_mal", "Läkaranteckning", "Björn Carlsson", L, "2024-09-03T14:10:00", [
        ("Bedömning", "Synhallucinationer och kognitiv försämring hos pat med Parkinson sedan 8 år. Parkinsondemens i första hand, differntialdiagnos Lewy body-demens. Dopaminagonisten trappas ut."),
    ])], [("NL102", "n1")], [],
    "typo 'differntialdiagnos' still names a differential diagnosis")

C("d50-vg-ev-hypotyreos", "vgr", ("1939-11-06", "206"), [
    N("n1", "vg_medmott_alingsas", "Mottagningsbesök", "Annika Boström", L, "2024-01-31T08:45:00", [
        ("Aktuellt", "Trötthet, frusenhet, förstoppning och viktuppgång sedan i vintras. Ingen känd tyreoideasjukdom."),
        ("Bedömning", "Ev. hypotyreos. TSH, fritt T4 och TPO-ak tas idag."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Ev. hypotyreos' is 'ev.' before a diagnosis, not before a plan")

C("d50-sk-utkast-trol-pneumoni", "skane", ("1934-10-03", "559"), [
    N("n1", "sk_med_krist", "Inskrivningsanteckning", "Tobias Nilsson", L, "2024-12-10T22:30:00", [
        ("Aktuellt", "Inkommer från korttidsboendet med feber 38,9, hosta och nytillkommen förvirring."),
        ("Status", "AF 26, sat 91 %. Rassel vä basalt. CRP 188."),
        ("Bedömning", "Trol. pneumoni vä basalt. Rtg pulm beställd."),
    ], signed=None)], [("NL102", "n1")], [],
    "unsigned draft (pre-signing): 'Trol. pneumoni' would become visible")

C("d50-vg-misstankt-malign-pleuravatska", "vgr", ("1955-06-14", "377"), [
    N("n1", "vg_onk_su", "Läkaranteckning", "Helena Wikström", L, "2024-02-08T13:35:00", [
        ("Aktuellt", "Bröstcancer med skelettmetastaser sedan 2021. Tilltagande andfåddhet sedan två veckor."),
        ("Status", "Dämpning och nedsatta andningsljud hö basalt upp till scapulaspetsen."),
        ("Bedömning", "Misstänkt malign pleuravätska hö. Tappning och cytologi idag."),
        ("Planering", "Vid snabb återfyllnad diskuteras pleurakateter."),
    ])], [("NL102", "n1")], [],
    "'Misstänkt malign pleuravätska' in a visible oncology note")

C("d50-sk-kan-inte-utesluta-temporalisarterit", "skane", ("1942-02-02", "493"), [
    N("n1", "sk_medmott_ystad", "Mottagningsanteckning", "Gustav Håkansson", L, "2024-07-16T11:00:00", [
        ("Anamnes", "Nydebuterad huvudvärk vid tinningarna sedan 2 veckor, tuggtrötthet. Ingen synpåverkan."),
        ("Status", "Ömma, lätt förtjockade temporalisartärer bilat. SR 72."),
        ("Bedömning", "Kan inte utesluta temporalisarterit. Startar Prednisolon 40 mg idag."),
        ("Planering", "Remiss temporalisbiopsi inom en vecka, alt. UL temporalis."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'Kan inte utesluta temporalisarterit' is an open hypothesis")

C("d50-vg-typo-sanolik-vaskular-demens", "vgr", ("1937-05-18", "628"), [
    N("n1", "vg_germott_kungalv", "Mottagningsbesök", "Birgitta Hallin", L, "2024-03-12T09:20:00", [
        ("Bedömning", "Stegvis försämring efter två kända stroke, framträdande exekutiv dysfunktion och gångstörning. Sanolik vaskulär demens."),
        ("Planering", "Sekundärprevention optimeras. Ingen indikation för kolinesterashämmare."),
    ], setting=OV)], [("NL102", "n1")], [],
    "typo 'Sanolik' hedges vascular dementia")

C("d50-vg-remiss-fragetecken-parkinsonplus", "vgr", ("1944-01-11", "751"), [
    N("n1", "vg_ger_uddevalla", "Läkaranteckning", "Rickard Sand", L, "2024-08-13T13:00:00", [
        ("Aktuellt", "Progredierande gångsvårighet med bakåtfall, dålig effekt av levodopa. Nedsatt vertikal blickrörlighet noterad av ögonläkare."),
        ("Bedömning", "Atypiskt parkinsonsyndrom, PSP? Remiss neurologen SU för bedömning."),
    ], setting=OV)], [("NL102", "n1")], [],
    "'PSP?' after an atypical parkinsonism: a question-marked diagnosis")

C("d50-sk-ortoger-trol-postop-delirium-kognitiv-svikt", "skane", ("1930-06-30", "384"), [
    N("n1", "sk_ortoger_trbg", "Daganteckning", "Rebecka Holm", L, "2024-04-16T10:30:00", [
        ("Aktuellt", "Op dag 2 efter hemiprotes hö. Nattpersonalen beskriver att pat plockat med täcket, försökt gå upp och inte känt igen dottern."),
        ("Status", "4AT 6 p. Afebril, sat 95 %, inga tecken på infektion i sår eller urin."),
        ("Bedömning", "Postoperativt delirium, trol. på basen av odiagnostiserad kognitiv svikt – ev. demens som bör utredas efter utskrivning."),
        ("Planering", "Icke-farmakologiska åtgärder, dygnsrytm, glasögon och hörapparat på. Undvika bensodiazepiner."),
    ])], [("NL102", "n1")], [],
    "hip fracture delirium; 'ev. demens' is a hedged diagnosis beside a confirmed delirium")

# =====================================================================
# NL102 negatives (hard): lists, negation, relatives, plans, conditionals,
# symptoms/findings/prognosis, confirmed, Tidiga hypoteser, PMO
# =====================================================================

C("d50-sk-tidigare-sjukdomar-lang-lista", "skane", ("1931-03-09", "266"), [
    N("n1", "sk_ger_hlm", "Inskrivningsanteckning", "Lisa Fredriksson", L, "2024-02-14T17:30:00", [
        ("Tidigare sjukdomar", "Hypertoni. Ischemisk hjärtsjukdom, PCI 2008. Förmaksflimmer, antikoagulerad med Eliquis. KOL GOLD 2, f.d. rökare. Typ 2-diabetes med perifer neuropati. Alzheimers sjukdom diagnostiserad 2021 på minnesmottagningen. Bensår vä underben 2023, läkt."),
        ("Aktuellt", "Inläggning pga försämrat allmäntillstånd och minskat födointag sedan en vecka. Hustrun orkar inte längre med omvårdnaden hemma."),
        ("Bedömning", "Sviktande nutrition och ökad vårdtyngd hos multisjuk man. Ingen akut infektion påvisad vid inkomst."),
        ("Planering", "Nutritionsbedömning av dietist. Vårdplanering med kommunen, ansökan om SÄBO diskuteras med hustrun."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "long list of settled old diagnoses, no hedge and nothing about informing")

C("d50-vg-fysioterapeut-smarta-sannolikt-i-saret", "vgr", ("1936-08-24", "148"), [
    N("n1", "vg_orto_kungalv", "Fysioterapeutanteckning", "Jenny Ljung", F, "2024-05-28T13:15:00", [
        ("Aktuellt", "Dag 2 efter osteosyntes hö collum. Gått 10 m i gåbord med stöd av en person."),
        ("Bedömning", "Smärtan vid belastning sitter sannolikt mest i operationssåret snarare än i ljumsken. Trol. kan pat gå med rollator inom några dagar."),
        ("Åtgärd", "Instruerat i cirkulationsövningar och säkra förflyttningar säng–stol."),
    ])], [], [("NL102", "n1")],
    "hedges on where the pain sits and on walking ability: a symptom and a function, no diagnosis")

C("d50-sk-ingen-misstanke-om-ockult-fraktur", "skane", ("1945-01-20", "337"), [
    N("n1", "sk_orto_ystad", "Akutanteckning", "Viktor Lund", L, "2024-01-12T19:40:00", [
        ("Anamnes", "Fall på isig trottoar, slog i vä höft. Kan gå men haltar."),
        ("Status", "Ingen förkortning eller rotationsfelställning. Kan lyfta sträckt ben. Palpöm över trochanter major."),
        ("Bedömning", "Rtg vä höft och bäcken utan fraktur. Ingen misstanke om ockult fraktur då pat belastar fullt utan större besvär. Kontusion vä höft."),
        ("Planering", "Paracetamol vb. Åter vid försämrad gångförmåga."),
    ], setting=OV)], [], [("NL102", "n1")],
    "'Ingen misstanke om ockult fraktur' is negated; the contusion is stated plainly")

C("d50-vg-ssk-inga-tecken-pa-delirium-cam", "vgr", ("1940-02-25", "521"), [
    N("n1", "vg_orto_kungalv", "Omvårdnadsanteckning", "Petra Axelsson", S, "2024-06-11T21:00:00", [
        ("Omvårdnad", "Delirieriskscreening enl rutin postoperativt. CAM negativ både förmiddag och kväll, inga tecken på delirium. Orienterad, följer instruktioner."),
        ("Elimination", "Kastat vatten spontant, resurin 40 ml."),
    ])], [], [("NL102", "n1")],
    "nurse note: 'inga tecken på delirium' after a negative CAM")

C("d50-sk-normal-datscan-talar-emot-lewy", "skane", ("1943-05-05", "604"), [
    N("n1", "sk_minne_mal", "Mottagningsanteckning", "Cecilia Mattsson", L, "2024-06-04T10:15:00", [
        ("Utredning", "DaTSCAN visar normalt och symmetriskt upptag i striatum. Polysomnografi utan REM-sömnsbeteendestörning."),
        ("Bedömning", "Fynden talar emot Lewy body-demens. Diagnosen Alzheimers sjukdom fastställs utifrån likvorprofil och kognitiv profil."),
        ("Information", "Diagnosen meddelad pat och sonen vid dagens besök, skriftlig information om Alzheimer lämnad."),
    ], setting=OV)], [], [("NL102", "n1"), ("NL101", "n1")],
    "'talar emot Lewy body-demens' plus a settled and communicated Alzheimer diagnosis")

C("d50-vg-typo-misstanke-parkinson-avskirvs", "vgr", ("1938-10-19", "312"), [
    N("n1", "vg_germott_kungalv", "Mottagningsbesök", "Anton Vik", L, "2024-09-25T14:40:00", [
        ("Bedömning", "Tremorn är symmetrisk, aktionsutlöst och lindras av alkohol enl pat. Ingen bradykinesi. Misstanke om Parkinsons sjukdom avskirvs, essentiell tremor."),
        ("Planering", "Propranolol prövas. Ingen uppföljning här, åter till VC."),
    ], setting=OV)], [], [("NL102", "n1")],
    "typo 'avskirvs' (avskrivs): a suspicion that is dropped, essential tremor stated")

C("d50-sk-dt-utesluter-blodning-efter-fall", "skane", ("1933-09-12", "447"), [
    N("n1", "sk_ortoger_trbg", "Läkaranteckning", "Emil Forsberg", L, "2024-11-20T03:25:00", [
        ("Aktuellt", "Pat föll i natt på väg till toaletten, slog bakhuvudet. Behandlas med Eliquis."),
        ("Status", "GCS 15, ingen fokal neurologi. Liten kontusion occipitalt."),
        ("Bedömning", "DT hjärna utesluter intrakraniell blödning. Observeras enl skallskaderutin."),
    ])], [], [("NL102", "n1")],
    "falls on the ward: bleeding ruled out by CT")

C("d50-vg-fraktur-kan-uteslutas", "vgr", ("1930-12-30", "165"), [
    N("n1", "vg_akutger_ostra", "Läkaranteckning", "Jessica Öberg", L, "2024-02-22T15:05:00", [
        ("Bedömning", "Efter kompletterande DT bäcken kan fraktur uteslutas. Smärtan beror på en mjukdelskontusion efter fallet."),
        ("Planering", "Mobilisering med fysioterapeut, smärtlindring enl ordination. Hem till ordinärt boende med utökad hemtjänst."),
    ])], [], [("NL102", "n1")],
    "'kan fraktur uteslutas' (ruled out), the mirror of 'kan ej uteslutas'")

C("d50-sk-modern-hade-sannolikt-alzheimer", "skane", ("1956-04-08", "278"), [
    N("n1", "sk_minne_trbg", "Mottagningsanteckning", "Pia Lundberg", L, "2024-10-08T09:40:00", [
        ("Hereditet", "Modern hade sannolikt Alzheimer, insjuknade runt 75 års ålder. Morbror med Parkinsons sjukdom."),
        ("Aktuellt", "Pat söker pga oro för minnet, upplever att hon glömmer namn och var hon lagt nycklarna. Arbetar heltid som revisor."),
        ("Bedömning", "MoCA 29/30 och normala testresultat i övrigt. Subjektiva minnesbesvär utan objektiv kognitiv svikt, ingen fortsatt demensutredning i nuläget."),
    ], setting=OV)], [], [("NL102", "n1")],
    "the hedged Alzheimer belongs to the mother; the patient has only symptoms")

C("d50-vg-kurator-maken-misstankt-parkinson", "vgr", ("1944-07-02", "439"), [
    N("n1", "vg_pall_boras", "Kuratorsanteckning", "Maja Pettersson", K, "2024-03-19T14:00:00", [
        ("Samtal", "Samtal med pat och maken om situationen hemma. Maken, som själv utreds för misstänkt Parkinsons sjukdom, känner sig alltmer osäker i rollen som vårdare."),
        ("Åtgärd", "Informerat om närståendepenning och avlösning. Kontakt med biståndshandläggare förmedlad."),
    ], setting=OV)], [], [("NL102", "n1")],
    "the suspected Parkinson is the husband's, not the patient's")

C("d50-sk-asih-vid-forsamring-overvags", "skane", ("1939-08-29", "586"), [
    N("n1", "sk_asih_lund", "Läkaranteckning", "Hans Bengtsson", L, "2024-05-30T12:20:00", [
        ("Aktuellt", "Pat sover större delen av dygnet, tar små mängder dryck. Smärtfri på nuvarande pumpdos."),
        ("Planering", "Vid försämring övervägs palliativ sedering efter samråd med bakjour. Om feber och rosslig andning ges ingen antibiotika, symtomen behandlas. Vid tecken på urinretention sätts KAD."),
    ], setting=OV)], [], [("NL102", "n1")],
    "only conditional plans ('vid försämring övervägs', 'vid tecken på urinretention')")

C("d50-vg-ev-remiss-minnesmottagning", "vgr", ("1942-03-17", "634"), [
    N("n1", "vg_ger_uddevalla", "Utskrivningsanteckning", "Linnea Dahl", L, "2024-01-26T11:10:00", [
        ("Sammanfattning", "Inlagd för hyponatremi som korrigerats långsamt. Tillbaka på sin vanliga nivå."),
        ("Planering", "Ev. remiss till minnesmottagning bedöms av distriktsläkaren efter hemgång. Eventuellt behov av trygghetslarm tas upp med biståndshandläggaren."),
    ], signed=None)], [], [("NL102", "n1")],
    "'Ev. remiss' and 'Eventuellt behov av trygghetslarm' hedge plans, not diagnoses")

C("d50-sk-trolig-hemgang-korttids", "skane", ("1937-11-26", "409"), [
    N("n1", "sk_orto_hbg", "Daganteckning", "Simon Andersson", L, "2024-09-05T08:55:00", [
        ("Aktuellt", "Fortsatt god sårläkning efter hemiprotes. Smärtlindrad på Alvedon."),
        ("Planering", "Trolig hemgång till korttidsboende på torsdag, SIP-möte i morgon kl 10."),
    ])], [], [("NL102", "n1")],
    "'Trolig hemgång' hedges a discharge date")

C("d50-vg-strokerehab-eventuellt-rtg-axel", "vgr", ("1941-09-14", "572"), [
    N("n1", "vg_gerrehab_hogsbo", "Daganteckning", "Tove Berglund", L, "2024-10-17T10:40:00", [
        ("Aktuellt", "Dag 12 på rehab efter stroke. Pat klagar på värk i hö axel vid passiv rörelse."),
        ("Bedömning", "Värken förvärras av att armen hänger utan stöd. Eventuellt rtg axel om värken kvarstår efter en veckas positionering med armstöd."),
        ("Åtgärd", "Armstöd på rullstolen, AT instruerar personalen."),
    ])], [], [("NL102", "n1")],
    "'Eventuellt rtg axel' is a conditional investigation plan")

C("d50-sk-pmo-sabo-misstankt-pneumoni", "skane", ("1927-05-23", "114"), [
    N("n1", "sk_vc_tomelilla", "SÄBO-besök", "Mona Ekdahl", L, "2024-02-01T13:45:00", [
        ("Aktuellt", "Rondbesök på Ekbackens SÄBO. Ssk rapporterar feber sedan igår, hosta och minskat intag."),
        ("Status", "Sat 90 %, AF 22. Rassel hö basalt."),
        ("Bedömning", "Misstänkt pneumoni hö. Enl tidigare ställningstagande ingen sjukhusvård."),
        ("Åtgärd", "Kåvepenin 1 g x3 i 7 dagar. Dryckeslista. Ssk ringer vid försämring."),
    ], setting=OV)], [], [("NL102", "n1")],
    "PMO SÄBO round: PMO never shows diagnoses, so a suspected pneumonia is not NL102")

C("d50-sk-pmo-hemsjukvard-ssk-trol-uvi", "skane", ("1935-12-15", "355"), [
    N("n1", "sk_hsjv_svedala", "Hembesök", "Annelie Roos", S, "2024-03-08T10:20:00", [
        ("Aktuellt", "Hembesök då hustrun larmat: pat förvirrad sedan morgonen, stark lukt från urinen, KAD-påsen med grumlig urin."),
        ("Bedömning", "Trol. UVI hos KAD-bärare. Kontakt med dr Sandberg som ordinerar urinodling och KAD-byte."),
        ("Åtgärd", "KAD bytt, urinodling skickad."),
    ], setting=OV)], [], [("NL102", "n1")],
    "PMO home care nurse: 'Trol. UVI' is not shown to the patient")

C("d50-sk-pmo-vc-mci-trol-prodromal-alzheimer", "skane", ("1950-08-20", "692"), [
    N("n1", "sk_vc_limhamn", "Besök", "Kerstin Wahlström", L, "2024-04-09T15:00:00", [
        ("Utredning", "Basal demensutredning: MMSE 26, klocktest med lätta brister, DT hjärna med lätt hippocampusatrofi. Lab ua."),
        ("Bedömning", "MCI, trol. prodromal Alzheimer. Remiss minnesmottagning för fördjupad utredning."),
    ], setting=OV)], [], [("NL102", "n1")],
    "vårdcentral in PMO: hedged Alzheimer is not an NL102 finding")

C("d50-sk-pmo-lang-lakemedelsgenomgang-sabo", "skane", ("1929-02-17", "731"), [
    N("n1", "sk_vc_sjobo", "Läkemedelsgenomgång", "Staffan Roth", L, "2024-06-12T13:00:00", [
        ("Aktuellt", "Fördjupad läkemedelsgenomgång på SÄBO Solrosen tillsammans med ssk Maria och kontaktpersonen. Pat har fallit tre gånger senaste månaden, alltid kvällstid."),
        ("Tidigare sjukdomar", "Vaskulär demens. Hjärtsvikt NYHA II. Förmaksflimmer. Prostatahyperplasi. Depression sedan 2019."),
        ("Läkemedel", "Eliquis 2,5 mg x2, Furix 40 mg, Bisoprolol 5 mg, Ramipril 5 mg, Sertralin 50 mg, Mirtazapin 30 mg tn, Propavan 25 mg tn, Oxascand 10 mg vb, Alfuzosin 10 mg, Alvedon 1 g x3, Laxoberal, Movicol."),
        ("Status", "BT liggande 138/74, stående efter 3 min 104/60 med yrsel. Puls 64 oregelbunden. Lätt stel i armarna."),
        ("Bedömning", "Misstänkt ortostatisk hypotension med bidrag av alfuzosin, mirtazapin och Propavan. Möjlig läkemedelsutlöst parkinsonism? Trol. hyponatremi pga sertralin, Na 129 i senaste provet."),
        ("Åtgärd", "Propavan och Oxascand sätts ut. Alfuzosin tas kvällstid efter att pat lagt sig. Na och krea om två veckor."),
        ("Planering", "Uppföljande genomgång om 6 veckor. Personalen för fallrapport och ortostatiska blodtryck en gång per vecka."),
    ], setting=OV)], [], [("NL102", "n1")],
    "long PMO medication review with several hedged diagnoses: PMO never shows diagnoses")

C("d50-sk-tidiga-hypoteser-typo-misstnkt-lewy", "skane", ("1938-01-04", "218"), [
    N("n1", "sk_ger_mal", "Tidiga hypoteser", "Fredrik Olsson", L, "2024-08-21T16:00:00", [
        ("Bedömning", "Fluktuerande förvirring och detaljerade synhallucinationer under vårdtiden, inte helt förklarade av infektionen. Misstnkt Lewy body-demens, ej diskuterat med pat eller anhöriga ännu."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "Skåne Tidiga hypoteser template protects the untold hypothesis (typo 'Misstnkt')")

C("d50-vg-sokord-tidiga-hypoteser-ftd", "vgr", ("1954-10-22", "367"), [
    N("n1", "vg_ger_molndal", "Mottagningsbesök", "Ann-Sofie Krantz", L, "2024-11-27T13:30:00", [
        ("Aktuellt", "Återbesök med hustrun. Fortsatt impulsivitet och ändrade matvanor enl hustrun, pat själv tycker att allt är som vanligt."),
        ("Tidiga hypoteser", "Trol. frontotemporal demens, beteendevariant. Inväntar FDG-PET innan det tas upp med pat."),
        ("Planering", "FDG-PET bokas. Återbesök om 6 veckor."),
    ], setting=OV)], [], [("NL102", "n1"), ("NL101", "n1")],
    "VGR: the hypothesis stands only under the protected sökord Tidiga hypoteser")

C("d50-sk-tidiga-hypoteser-misstankt-pankreascancer", "skane", ("1941-07-13", "580"), [
    N("n1", "sk_akutger_lund", "Tidiga hypoteser", "Karin Lindqvist", L, "2024-03-01T15:25:00", [
        ("Utredning", "Viktnedgång 9 kg, nytillkommen diabetes och CA 19-9 320. Ultraljud buk med oskarpt avgränsad förändring i pankreashuvudet. Misstänkt pankreascancer, DT buk beställd."),
    ])], [], [("NL102", "n1")],
    "Skåne Tidiga hypoteser template: suspected pancreatic cancer hidden as intended")

C("d50-vg-bekraftad-alzheimer-informerad", "vgr", ("1948-02-06", "245"), [
    N("n1", "vg_minne_molndal", "Mottagningsbesök", "Henrik Ahlgren", L, "2024-08-22T10:30:00", [
        ("Diagnos", "Alzheimers sjukdom med sen debut (G30.1)."),
        ("Bedömning", "Diagnosen fastställd efter MR och likvoranalys med typisk AD-profil. MMSE 21."),
        ("Information", "Pat och hustru informerade om diagnosen och om behandling med kolinesterashämmare."),
    ], setting=OV)], [], [("NL102", "n1"), ("NL101", "n1")],
    "settled and communicated Alzheimer diagnosis")

C("d50-sk-epikris-collumfraktur-opererad", "skane", ("1934-09-19", "473"), [
    N("n1", "sk_orto_ystad", "Epikris", "Viktor Lund", L, "2024-05-15T14:00:00", [
        ("Diagnoser", "Medial collumfraktur hö (S72.0), opererad med hemiprotes. Postoperativ anemi, transfunderad 1 enhet."),
        ("Vårdförlopp", "Opererad dag 1 utan komplikationer. Mobiliserad med gåbord dag 1 och rollator dag 3. Kort period av oro nattetid som gick över utan läkemedel."),
        ("Planering", "Korttidsboende i Skurup. Suturtagning dag 14 av hemsjukvården. Alendronat insatt, DXA ej nödvändig."),
    ])], [], [("NL102", "n1")],
    "confirmed and operated hip fracture in an Epikris")

C("d50-vg-pall-prognos-trol-dagar", "vgr", ("1940-04-16", "692"), [
    N("n1", "vg_pall_ostra", "Läkaranteckning", "Camilla Rosén", L, "2024-12-05T08:30:00", [
        ("Bedömning", "Pat med känd pankreascancer bedöms vara i livets absoluta slutskede. Förväntad överlevnad trol. dagar, sannolikt kort tid."),
        ("Planering", "Ordinationer för symtomlindring vid behov enl NVP. Närstående är underrättade och vill vara på plats."),
    ])], [], [("NL102", "n1")],
    "the hedge is on remaining survival time (prognosis), the cancer is known")

C("d50-sk-omeprazol-saknar-sannolikt-indikation", "skane", ("1936-06-27", "318"), [
    N("n1", "sk_ger_hbg", "Läkaranteckning", "Lena Strömberg", L, "2024-07-10T11:30:00", [
        ("Läkemedelsgenomgång", "Omeprazol sedan 2015, saknar sannolikt indikation idag och trappas ut. Zopiklon kan eventuellt bytas mot melatonin. Simvastatin som primärprevention vid 88 års ålder tveksamt, sätts ut efter samtal med pat."),
    ])], [], [("NL102", "n1")],
    "medication review hedges indications and drug choices, no diagnosis")

C("d50-vg-oklart-om-slagit-huvudet", "vgr", ("1932-03-31", "506"), [
    N("n1", "vg_akutger_ostra", "Läkaranteckning", "Niklas Berg", L, "2024-04-18T09:05:00", [
        ("Anamnes", "Hittad av hemtjänsten på hallgolvet i morse. Oklart om pat slagit i huvudet, själv minns han inte fallet. Ingen antikoagulantia."),
        ("Status", "Inga yttre skador på skalpen. Orienterad, ingen fokal neurologi."),
        ("Bedömning", "Ingen indikation för DT hjärna enl riktlinjer. Fallorsaken utreds vidare."),
    ])], [], [("NL102", "n1")],
    "'Oklart om pat slagit i huvudet' hedges an event, not a diagnosis")

C("d50-sk-ssk-oro-beror-trol-pa-miljobyte", "skane", ("1931-10-10", "250"), [
    N("n1", "sk_ger_hlm", "Omvårdnadsanteckning", "Sanna Holmqvist", S, "2024-10-29T06:45:00", [
        ("Omvårdnad", "Pat orolig och ropar nattetid, vill gå hem. Oron beror trol. på miljöbytet efter flytten från korttids. Lugnas av att sitta i dagrummet med personal."),
        ("Sömn", "Sov ca 4 timmar efter kl 02."),
    ])], [], [("NL102", "n1")],
    "the hedge explains a behaviour (night-time restlessness), no diagnosis")

C("d50-sk-typo-ingen-missanke-om-stroke", "skane", ("1938-05-22", "681"), [
    N("n1", "sk_akutger_lund", "Läkaranteckning", "Erik Sandell", L, "2024-08-15T14:50:00", [
        ("Bedömning", "Övergående yrsel i samband med uppresning, normal neurologi. Ingen missanke om stroke eller TIA. Ortostatiskt BT-fall uppmätt, doxazosin sätts ut."),
    ])], [], [("NL102", "n1")],
    "typo 'Ingen missanke om' still negates stroke and TIA")

C("d50-vg-typo-inga-teckne-pa-pneumoni", "vgr", ("1936-11-03", "427"), [
    N("n1", "vg_med_kungalv", "Läkaranteckning", "Karl Engström", L, "2024-11-14T16:20:00", [
        ("Bedömning", "Lätt förkylning sedan några dagar. Inga teckne på pneumoni, CRP 12 och normal saturation."),
    ], setting=OV)], [], [("NL102", "n1")],
    "typo 'Inga teckne på' still negates pneumonia")

C("d50-sk-inga-hallpunkter-for-malignitet", "skane", ("1940-03-07", "358"), [
    N("n1", "sk_medmott_ystad", "Mottagningsanteckning", "Gustav Håkansson", L, "2024-09-24T10:35:00", [
        ("Utredning", "Gastroskopi och koloskopi ua. DT thorax-buk utan tumörmisstänkta förändringar."),
        ("Bedömning", "Inga hållpunkter för malignitet som förklaring till viktnedgången. Viktnedgången bedöms bero på nedsatt aptit och social isolering sedan makens död."),
    ], setting=OV)], [], [("NL102", "n1")],
    "'Inga hållpunkter för malignitet' is a negation")

C("d50-vg-tidigare-misstankt-nu-bekraftad-lewy", "vgr", ("1944-06-09", "196"), [
    N("n1", "vg_minne_molndal", "Mottagningsbesök", "Elsa Norén", L, "2024-06-20T11:00:00", [
        ("Bedömning", "Den tidigare misstänkta Lewy body-demensen är nu bekräftad med patologisk DaTSCAN och polysomnografi med RBD."),
        ("Information", "Pat och dottern har fått diagnosbeskedet idag och skriftlig information om sjukdomen."),
    ], setting=OV)], [], [("NL102", "n1"), ("NL101", "n1")],
    "the former suspicion is now a confirmed and communicated diagnosis")

C("d50-sk-aktuella-problem-bekraftade", "skane", ("1935-07-25", "564"), [
    N("n1", "sk_ger_hlm", "Daganteckning", "Lisa Fredriksson", L, "2024-04-03T12:15:00", [
        ("Aktuella problem", "1. Hjärtsvikt med bevarad EF, dekompenserad vid inkomst, nu kompenserad. 2. Förmaksflimmer med snabbt kammarsvar, frekvensreglerat. 3. Trycksår kategori 2 sacrum. 4. Känd vaskulär demens."),
        ("Planering", "Fortsatt vikt dagligen. Trycksårsprofylax enl ssk. Vårdplanering med kommunen onsdag."),
    ])], [], [("NL102", "n1")],
    "Aktuella problem list where every diagnosis is settled")

C("d50-vg-sannolikt-falskt-forhojt-kalium", "vgr", ("1939-12-12", "138"), [
    N("n1", "vg_ger_uddevalla", "Daganteckning", "Rickard Sand", L, "2024-03-26T10:50:00", [
        ("Lab", "K 6,1 i morse, provet hemolyserat enl lab. Sannolikt falskt förhöjt kalium, nytt prov med kort stastid: K 4,3."),
    ])], [], [("NL102", "n1")],
    "the hedge is on a lab artefact, a finding that is no disease")

C("d50-sk-pmo-sabo-misstankt-skabb", "skane", ("1930-09-05", "624"), [
    N("n1", "sk_vc_hoor", "SÄBO-besök", "Ronja Falk", L, "2024-01-17T14:10:00", [
        ("Aktuellt", "Klåda sedan två veckor, värst nattetid. Ytterligare två boende på avdelningen har liknande besvär."),
        ("Status", "Gångar och papler mellan fingrarna och på handlederna, rivmärken på buken."),
        ("Bedömning", "Misstänkt skabb. Smittskyddsrutin på boendet startas."),
        ("Åtgärd", "Permetrinkräm till pat, upprepas efter en vecka. Ssk informerar enhetschefen."),
    ], setting=OV)], [], [("NL102", "n1")],
    "PMO SÄBO visit: suspected scabies is not shown, so no NL102")

C("d50-vg-rad-om-pneumoni-vid-hemgang", "vgr", ("1933-04-28", "273"), [
    N("n1", "vg_ger_molndal", "Utskrivningsanteckning", "Sara Nordin", L, "2024-09-12T13:20:00", [
        ("Sammanfattning", "Vårdad för KOL-exacerbation, nu tillbaka på habituell syrgasnivå."),
        ("Råd vid hemgång", "Om pat får feber eller tilltagande hosta bör pneumoni misstänkas och ny läkarbedömning göras samma dag. Vid nytillkommen förvirring, kontakta hemsjukvården."),
    ])], [], [("NL102", "n1")],
    "pneumonia is only a conditional instruction for the future")

C("d50-sk-kurator-sonen-misstankt-ms", "skane", ("1947-11-18", "446"), [
    N("n1", "sk_pallkons_krist", "Kuratorsanteckning", "Helén Nyberg", K, "2024-02-29T15:30:00", [
        ("Samtal", "Stödsamtal med pat som har metastaserad bröstcancer. Hon oroar sig mest för sonen, som nyligen utreds för misstänkt MS och har två små barn."),
        ("Planering", "Nytt samtal om två veckor. Pat vill ha information om stöd för närstående till sonen."),
    ], setting=OV)], [], [("NL102", "n1")],
    "the suspected MS belongs to the son; the patient's cancer is settled")

C("d50-vg-pall-haldol-sannolikt-god-effekt", "vgr", ("1945-08-31", "389"), [
    N("n1", "vg_pall_alingsas", "Telefon", "Therese Gran", S, "2024-05-08T09:10:00", [
        ("Telefonkontakt", "Samtal med dottern. Haldol 1 mg sc har sannolikt god effekt på illamåendet, pat har ätit lite gröt i morse. Ingen ytterligare kräkning sedan igår kväll."),
        ("Planering", "Fortsätter Haldol till natten. Läkare gör hembesök på fredag enl plan."),
    ], setting=OV)], [], [("NL102", "n1")],
    "the hedge is on a drug effect, not a diagnosis")

C("d50-sk-pmo-telefon-dotter-trol-demens", "skane", ("1934-06-19", "802"), [
    N("n1", "sk_vc_klippan", "Telefonkontakt", "Sebastian Wik", L, "2024-10-21T11:45:00", [
        ("Telefonkontakt", "Dottern ringer, mamman har glömt att ta sina mediciner flera gånger och gått vilse i centrum. Bedömer att det trol. rör sig om en demensutveckling."),
        ("Åtgärd", "Bokar hembesök med minnesscreening nästa vecka. Dosett via apoteket ordnas."),
    ], setting=OV)], [], [("NL102", "n1")],
    "PMO telephone note: a hedged dementia never reaches Journalen")

C("d50-vg-arbetsterapeut-adl-ingen-diagnos", "vgr", ("1937-02-14", "615"), [
    N("n1", "vg_gerrehab_hogsbo", "Arbetsterapeutanteckning", "Frida Ljungberg", A, "2024-07-04T14:00:00", [
        ("ADL-bedömning", "Köksaktivitet: kokade kaffe med verbala påminnelser, tappade bort sig i momentordningen två gånger. Trol. behov av tillsyn vid matlagning efter hemgång."),
        ("Åtgärd", "Spisvakt förskrivs. Hembesök planeras tillsammans med pat och dotter."),
    ])], [], [("NL102", "n1")],
    "occupational therapist hedges a care need, no diagnosis")

C("d50-sk-rehab-stroke-konstaterad-utan-hedge", "skane", ("1952-09-23", "147"), [
    N("n1", "sk_rehab_orup", "Inskrivningsanteckning", "Anders Nyström", L, "2024-02-05T13:00:00", [
        ("Diagnos", "Ischemisk stroke i hö mediaterritoriet, trombolyserad. Förmaksflimmer."),
        ("Aktuellt", "Överflyttas från strokeenheten Kristianstad för rehabilitering. Vänstersidig hemipares och neglekt, går med stöd av två personer."),
        ("Planering", "Teamets bedömning inom 3 dagar. Målsamtal med pat och sambo nästa vecka."),
    ])], [], [("NL102", "n1"), ("NL101", "n1")],
    "stroke rehab admission with settled diagnoses only; nothing about informing")

C("d50-vg-talar-emot-stroke-och-inga-tecken", "vgr", ("1943-10-07", "208"), [
    N("n1", "vg_stroke_nal", "Läkaranteckning", "Johanna Lund", L, "2024-12-12T17:45:00", [
        ("Bedömning", "Normal MR hjärna inkl diffusion talar emot stroke. Inga tecken på blödning. Symtomen gick över helt inom 20 minuter."),
        ("Planering", "Hem i kväll. Blodtryckskontroll på VC om en månad."),
    ])], [], [("NL102", "n1")],
    "'talar emot stroke' and 'Inga tecken på blödning' are both negations")

# =====================================================================
# NL101 positives: diagnosis visible + text says the patient is not told
# =====================================================================

C("d50-vg-dottern-informerad-pat-ej-kognitiv-svikt", "vgr", ("1932-08-03", "521"), [
    N("n1", "vg_ger_molndal", "Epikris", "Mats Holmberg", L, "2024-05-24T14:30:00", [
        ("Diagnos", "Alzheimers sjukdom, måttlig demens."),
        ("Bedömning", "Diagnosen fastställd under vårdtiden efter genomgång av tidigare DT, MMSE 16 och typisk anamnes från anhöriga."),
        ("Information", "Dottern informerad, pat själv ej informerad på grund av kognitiv svikt. Ny bedömning av lämpligt tillfälle vid återbesöket."),
    ])], [("NL101", "n1")], [("NL102", "n1")],
    "settled Alzheimer visible; only the daughter told, the patient not")

C("d50-sk-skelettmetastaser-besked-vid-aterbesok", "skane", ("1942-04-14", "339"), [
    N("n1", "sk_orto_hbg", "Läkaranteckning", "Simon Andersson", L, "2024-06-19T15:15:00", [
        ("Utredning", "Skelettskintigrafi och DT: multipla skelettmetastaser i kotpelare, bäcken och revben. PSA 410, bilden klar för metastaserad prostatacancer."),
        ("Planering", "Pat ej informerad ännu, besked ges vid återbesök på fredag då hustrun kan följa med. Remiss urologen."),
    ])], [("NL101", "n1")], [],
    "bone metastases stated; 'Pat ej informerad ännu, besked ges vid återbesök'")

C("d50-vg-epikris-pankreascancer-ej-informerad", "vgr", ("1930-05-09", "487"), [
    N("n1", "vg_med_lidkoping", "Epikris", "Emma Strand", L, "2024-02-16T13:00:00", [
        ("Diagnoser", "Pankreascancer med levermetastaser. Gallvägsobstruktion, stentad via ERCP."),
        ("Vårdförlopp", "Inlagd pga ikterus och klåda. DT visade tumör i pankreashuvudet med multipla levermetastaser, PAD från levern bekräftar adenocarcinom. ERCP med stent och god effekt på bilirubin."),
        ("Information", "Pat har ännu inte informerats om cancerdiagnosen. Sönerna ville vara med vid beskedet, samtal bokat på palliativa mottagningen nästa vecka."),
    ])], [("NL101", "n1")], [],
    "discharge summary names the cancer while the patient has not been told")

C("d50-sk-strokerehab-ej-fatt-veta-ny-infarkt", "skane", ("1947-10-26", "283"), [
    N("n1", "sk_rehab_orup", "Daganteckning", "Jenny Persson", L, "2024-09-26T16:00:00", [
        ("Aktuellt", "Kontroll-MR efter ny episod av yrsel visar färsk infarkt i hö cerebellum, utöver den kända infarkten vä."),
        ("Planering", "Pat har ännu inte fått veta resultatet, samtal med honom och sambon planeras i morgon förmiddag. Fortsatt rehab enl plan."),
    ])], [("NL101", "n1")], [],
    "new cerebellar infarct in a visible note, 'ännu inte fått veta'")

C("d50-vg-typo-ej-imformerad-skivepitelcancer", "vgr", ("1938-12-18", "402"), [
    N("n1", "vg_med_kungalv", "Läkaranteckning", "Linda Sundberg", L, "2024-04-25T12:40:00", [
        ("Bedömning", "DT thorax: 4 cm tumör i hö överlob med mediastinala lymfkörtlar, PAD från bronkoskopin visar skivepitelcancer."),
        ("Planering", "Pat ej imformerad om PAD-svaret ännu, lungläkare tar beskedet på mottagningen tisdag."),
    ])], [("NL101", "n1")], [],
    "typo 'ej imformerad': lung cancer visible before the patient is told")

C("d50-sk-utkast-recidiv-blascancer-ej-underrattad", "skane", ("1937-03-22", "196"), [
    N("n1", "sk_uro_mal", "Läkaranteckning", "Johan Ask", L, "2024-11-07T15:50:00", [
        ("PAD", "PAD från TURB: recidiv av höggradig urotelial cancer med muskelinvasion."),
        ("Planering", "Pat ännu ej underrättad, telefontid bokad i morgon. MDK-diskussion nästa tisdag."),
    ], signed=None, setting=OV)], [("NL101", "n1")], [],
    "unsigned draft: muscle-invasive recurrence written before the patient is told")

C("d50-vg-tva-anteckningar-n1-ej-informerad-lungcancer", "vgr", ("1941-01-21", "356"), [
    N("n1", "vg_ger_uddevalla", "Läkaranteckning", "Gunnar Bexell", L, "2024-10-01T14:00:00", [
        ("Bedömning", "Bronkoskopi PAD: småcellig lungcancer. Utbredd sjukdom enl DT."),
        ("Planering", "Pat ej informerad om diagnosen, onkolog och kontaktssk håller i diagnossamtalet onsdag."),
    ]),
    N("n2", "vg_ger_uddevalla", "Omvårdnadsanteckning", "Ida Lönn", S, "2024-10-02T11:30:00", [
        ("Nutrition", "Pat äter halva portioner, får näringsdryck x2. Vikt 58,4 kg."),
        ("Aktivitet", "Mobiliseras till stol med hjälp av en personal."),
    ])], [("NL101", "n1")], [("NL101", "n2")],
    "doctor's note holds the untold cancer (NL101); next day's nursing note names no diagnosis")

C("d50-sk-tva-anteckningar-n2-informerad-koloncancer", "skane", ("1936-07-31", "443"), [
    N("n1", "sk_akutger_lund", "Läkaranteckning", "Erik Sandell", L, "2024-03-18T13:00:00", [
        ("Bedömning", "DT buk visar stor tumör i colon ascendens med multipla levermetastaser. Pat ej informerad än, vill invänta sonen."),
    ]),
    N("n2", "sk_akutger_lund", "Läkaranteckning", "Erik Sandell", L, "2024-03-20T10:30:00", [
        ("Samtal", "Informerat pat och sonen om koloncancer med spridning till levern. Pat tog beskedet lugnt, hade anat det."),
        ("Planering", "Remiss till palliativa teamet för fortsatt kontakt efter hemgång."),
    ])], [], [("NL101", "n2")],
    "the later note records that the patient has now been told: no NL101 on n2")

C("d50-vg-inte-berattat-demensdiagnos", "vgr", ("1935-02-27", "634"), [
    N("n1", "vg_minne_molndal", "Mottagningsbesök", "Elsa Norén", L, "2024-01-23T14:45:00", [
        ("Bedömning", "Utredningen visar vaskulär demens av lindrig grad."),
        ("Information", "Vi har inte berättat för pat om demensdiagnosen, familjen vill vänta till efter hennes 90-årsdag. Pat har inte frågat om resultatet."),
    ], setting=OV)], [("NL101", "n1")], [("NL102", "n1")],
    "'Vi har inte berättat för pat om demensdiagnosen'")

C("d50-sk-asih-kanner-inte-till-spridning", "skane", ("1946-10-05", "587"), [
    N("n1", "sk_asih_hbg", "Inskrivningsanteckning", "Mikael Jönsson", L, "2024-07-09T10:20:00", [
        ("Diagnos", "Bröstcancer vä med nytillkomna lever- och lungmetastaser."),
        ("Aktuellt", "Inskrivningsbesök i hemmet. Pat känner inte till att cancern har spridit sig, maken är informerad av onkologen."),
        ("Planering", "Hembesök varje vecka, ssk-kontakt två gånger i veckan. Samtal med pat om sjukdomsläget tillsammans med onkologen."),
    ], setting=OV)], [("NL101", "n1")], [],
    "metastases listed; 'Pat känner inte till att cancern har spridit sig'")

C("d50-vg-avvaktar-delge-als", "vgr", ("1953-06-16", "290"), [
    N("n1", "vg_neuro_nal", "Mottagningsbesök", "Daniel Hermansson", L, "2024-08-29T11:30:00", [
        ("Utredning", "ENeG/EMG: utbredd akut och kronisk denervation i bulbär, cervikal och lumbal region. Kriterier för ALS uppfyllda."),
        ("Planering", "Avvaktar med att delge pat diagnosen tills hustrun är hemma från sin resa, gemensamt besök om 10 dagar."),
    ], setting=OV)], [("NL101", "n1")], [],
    "'Avvaktar med att delge pat diagnosen' with ALS stated")

C("d50-vg-hjarnmetastaser-ej-fatt-besked", "vgr", ("1958-09-30", "513"), [
    N("n1", "vg_onk_su", "Läkaranteckning", "Helena Wikström", L, "2024-10-30T16:30:00", [
        ("Aktuellt", "MR hjärna pga yrsel visar tre nytillkomna hjärnmetastaser, största 18 mm i vä lillhjärna."),
        ("Planering", "Pat har ej fått besked ännu, kontaktssk ringer för att boka besök i morgon. Tid hos strålonkolog bokas."),
    ], setting=OV)], [("NL101", "n1")], [],
    "brain metastases visible; 'ej fått besked ännu'")

C("d50-sk-trolig-patologisk-fraktur-ej-informerad", "skane", ("1941-11-08", "174"), [
    N("n1", "sk_orto_ystad", "Inskrivningsanteckning", "Lovisa Engdahl", L, "2024-01-30T18:20:00", [
        ("Aktuellt", "Lågenergitrauma, föll från stående. Rtg visar subtrochantär fraktur hö med osteolytisk förändring i proximala femur."),
        ("Bedömning", "Trolig patologisk fraktur genom skelettmetastas, primärtumör okänd."),
        ("Planering", "Märgspik i morgon med biopsi från frakturområdet. DT thorax-buk. Pat ej informerad om metastasmisstanken, informeras när PAD föreligger."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
    "suspected metastatic pathological fracture, hedged and explicitly not told")

C("d50-vg-ska-inte-informeras-forran-onkolog", "vgr", ("1934-08-20", "368"), [
    N("n1", "vg_akutger_ostra", "Läkaranteckning", "Jessica Öberg", L, "2024-07-17T13:10:00", [
        ("Diagnos", "Esofaguscancer, icke-operabel."),
        ("Planering", "Pat ska inte informeras förrän onkologen bedömt om strålbehandling är aktuell, enl överenskommelse med kirurgen. Sonen är underrättad."),
    ])], [("NL101", "n1")], [],
    "'ska inte informeras förrän' with the cancer under sökord Diagnos")

C("d50-sk-typo-ej-infromerad-myelom", "skane", ("1938-02-11", "426"), [
    N("n1", "sk_med_lkrona", "Läkaranteckning", "Ola Persson", L, "2024-12-17T14:15:00", [
        ("Bedömning", "Benmärgsprov: 40 % plasmaceller. Multipelt myelom, behandlingskrävande."),
        ("Planering", "Pat ej infromerad ännu då hon var trött och ledsen idag. Hematolog ringer henne på måndag."),
    ])], [("NL101", "n1")], [],
    "typo 'ej infromerad': myeloma visible, patient not told")

C("d50-vg-trol-lymfom-ej-informerad-om-misstanken", "vgr", ("1945-12-01", "245"), [
    N("n1", "vg_med_lidkoping", "Läkaranteckning", "Oskar Lindahl", L, "2024-06-06T10:00:00", [
        ("Status", "Generellt förstorade lymfkörtlar på halsen och i axiller, mjälten palpabel."),
        ("Bedömning", "Trol. lymfom. Körtelbiopsi bokad nästa vecka."),
        ("Information", "Pat ej informerad om lymfommisstanken, har fått veta att körtlarna ska undersökas vidare."),
    ])], [("NL101", "n1"), ("NL102", "n1")], [],
    "hedged lymphoma visible and explicitly withheld from the patient")

C("d50-sk-dottern-onskar-mamma-ej-far-veta", "skane", ("1929-09-29", "373"), [
    N("n1", "sk_ger_hlm", "Läkaranteckning", "Eva Thulin", L, "2024-08-02T15:40:00", [
        ("Diagnos", "Ventrikelcancer med peritoneal spridning."),
        ("Anhörigsamtal", "Dottern önskar att modern inte får veta om cancerdiagnosen, rädd att hon ska ge upp. Förklarat att pat har rätt till information om hon frågar."),
        ("Planering", "Pat är ännu ej informerad. Ny bedömning av hur informationen ska ges efter samråd med palliativa teamet."),
    ], signed=None)], [("NL101", "n1")], [],
    "relative asks to withhold; the patient is not told and the cancer is visible")

C("d50-vg-telefon-sonen-informerad-stor-infarkt", "vgr", ("1937-06-10", "159"), [
    N("n1", "vg_stroke_nal", "Telefon", "Daniel Hermansson", L, "2024-03-06T19:30:00", [
        ("Telefonkontakt", "Sonen informerad per telefon om att DT visar stor infarkt i hö mediaterritoriet. Pat själv ej informerad ännu, kraftigt somnolent och kan inte ta emot information."),
    ])], [("NL101", "n1")], [],
    "telephone note: son told, the somnolent patient not yet told about the infarct")

C("d50-sk-mds-annu-ej-meddelats", "skane", ("1936-03-15", "284"), [
    N("n1", "sk_hem_lund", "Mottagningsanteckning", "Tove Lindblad", L, "2024-05-02T13:25:00", [
        ("Diagnos", "Myelodysplastiskt syndrom, högrisk."),
        ("Bedömning", "Benmärgen visar MDS med 14 % blaster. Ej aktuell för intensiv behandling med hänsyn till ålder och samsjuklighet."),
        ("Planering", "Diagnosen har ännu inte meddelats pat, besök med hustrun planeras onsdag."),
    ], setting=OV)], [("NL101", "n1")], [],
    "'Diagnosen har ännu inte meddelats pat'")

C("d50-sk-pall-besked-om-progress-ej-lamnat-afasi", "skane", ("1943-06-02", "390"), [
    N("n1", "sk_pall_lund", "Läkaranteckning", "Maria Lindström", L, "2024-09-04T11:50:00", [
        ("Diagnos", "Glioblastom, progress enl MR 2024-09-02."),
        ("Bedömning", "Tydlig tumörprogress med ökat ödem. Inga ytterligare onkologiska behandlingsalternativ."),
        ("Planering", "Besked om progressen ej lämnat till pat, afatisk och svårbedömd förståelse. Maken informerad per telefon."),
    ])], [("NL101", "n1")], [],
    "progressive glioblastoma visible; 'Besked ... ej lämnat till pat'")

C("d50-vg-sabo-inflyttad-pat-ej-informerad-om-cancer", "vgr", ("1928-12-24", "457"), [
    N("n1", "vg_pall_alingsas", "Läkaranteckning", "Therese Gran", L, "2024-11-19T14:00:00", [
        ("Aktuellt", "Konsultbesök på SÄBO Tallbacken på begäran av boendets ssk. Pat med svår Alzheimerdemens och nyupptäckt koloncancer med levermetastaser."),
        ("Bedömning", "Ingen onkologisk behandling aktuell. Symtomlindring i boendet."),
        ("Information", "Pat ej informerad om cancern då hon inte bedöms kunna ta till sig informationen. Sonen är informerad och delaktig i beslut."),
    ], setting=OV)], [("NL101", "n1")], [],
    "nursing-home consult: cancer stated, patient not informed because of dementia")

C("d50-sk-orkar-ej-ta-in-hjartsvikt-palliativ", "skane", ("1932-01-19", "166"), [
    N("n1", "sk_pallkons_krist", "Konsultationsanteckning", "Helén Nyberg", L, "2024-10-10T10:15:00", [
        ("Bedömning", "Ekokardiografi idag: EF 15 %, svår aortastenos som inte längre bedöms åtgärdbar. Terminal hjärtsvikt."),
        ("Samtal", "Pat ville inte prata om undersökningen idag, orkar inte ta in besked just nu. Ej informerad om ekosvaret, hustrun känner inte heller till det."),
    ])], [("NL101", "n1")], [],
    "terminal heart failure stated; the patient could not take in the result and is not informed")

# =====================================================================
# NL101 negatives (hard)
# =====================================================================

C("d50-sk-brytpunktssamtal-hallet-pat-och-make", "skane", ("1950-02-21", "538"), [
    N("n1", "sk_asih_lund", "Läkaranteckning", "Johan Friberg", L, "2024-06-27T14:00:00", [
        ("Samtal", "Brytpunktssamtal hållet med pat och make. Pat informerad om att lungcancern progredierar trots behandling och att fortsatt fokus är symtomlindring och livskvalitet. Pat önskar dö hemma."),
        ("Planering", "Ordinationer vid behov för smärta, ångest, illamående och rosslighet upplagda. Maken vet hur han når ASIH dygnet runt."),
    ], setting=OV)], [], [("NL101", "n1"), ("NL102", "n1")],
    "brytpunktssamtal held: patient told about the progression")

C("d50-vg-pall-pat-kanner-till-sedan-april", "vgr", ("1943-09-11", "628"), [
    N("n1", "vg_pall_alingsas", "Läkaranteckning", "Anders Wennberg", L, "2024-06-05T13:30:00", [
        ("Aktuellt", "Uppföljande hembesök. Pat känner till sin prostatacancer med skelettspridning sedan besöket på urologen i april och har själv tagit upp frågor om vård i livets slut."),
        ("Planering", "Hembesök om två veckor. Brytpunktssamtal tillsammans med hustrun nästa gång."),
    ], setting=OV)], [], [("NL101", "n1")],
    "the patient has known the diagnosis since April")

C("d50-sk-informerad-tva-ganger-minns-inte", "skane", ("1931-04-26", "331"), [
    N("n1", "sk_ger_mal", "Utskrivningsanteckning", "Björn Carlsson", L, "2024-04-12T11:45:00", [
        ("Diagnos", "Adenocarcinom i vä lunga, stadium IV."),
        ("Information", "Pat har informerats om diagnosen två gånger under vårdtiden men minns inte samtalen pga sin demens. Dottern närvarade vid båda tillfällena."),
    ], signed=None)], [], [("NL101", "n1")],
    "told twice but does not remember: the patient has been told")

C("d50-vg-typo-inforemrad-inflyttningsdatum", "vgr", ("1934-10-28", "219"), [
    N("n1", "vg_ger_uddevalla", "Daganteckning", "Linnea Dahl", L, "2024-05-14T10:05:00", [
        ("Aktuella problem", "Parkinsons sjukdom med motoriska fluktuationer. Ortostatisk hypotension. Demens vid Parkinsons sjukdom."),
        ("Planering", "SÄBO-plats beviljad på Solhaga. Pat ännu inte inforemrad om inflyttningsdatum, biståndshandläggaren ringer honom och hustrun."),
    ])], [], [("NL101", "n1")],
    "what is not yet told is a moving date, not a diagnosis (typo 'inforemrad')")

C("d50-sk-ej-informerad-om-att-remissen-skickats", "skane", ("1940-07-17", "482"), [
    N("n1", "sk_ger_ystad", "Mottagningsanteckning", "Gustav Håkansson", L, "2024-03-21T14:20:00", [
        ("Bedömning", "Kronisk hjärtsvikt och förmaksflimmer, stabilt. Sviktande gångförmåga."),
        ("Planering", "Remiss till geriatrisk dagrehab skickad idag, pat ej informerad om att remissen gått iväg – ssk ringer i morgon."),
    ], setting=OV)], [], [("NL101", "n1")],
    "the untold thing is that a referral was sent")

C("d50-vg-normala-provsvar-ej-meddelade", "vgr", ("1947-01-08", "593"), [
    N("n1", "vg_minne_falk", "Mottagningsbesök", "Elin Sjöberg", L, "2024-02-07T15:10:00", [
        ("Utredning", "B12, folat, TSH, kalcium och glukos inom referensområdet."),
        ("Planering", "Pat ännu ej meddelad att blodproverna var normala, tas upp vid återbesöket. Känd hypertoni och typ 2-diabetes följs på VC."),
    ], setting=OV)], [], [("NL101", "n1")],
    "the untold thing is a set of normal lab results")

C("d50-sk-tidiga-hyp-n1-synlig-n2-utan-diagnos", "skane", ("1939-05-29", "447"), [
    N("n1", "sk_med_krist", "Tidiga hypoteser", "Tobias Nilsson", L, "2024-04-08T15:00:00", [
        ("Bedömning", "Lungröntgen visar rundhärd 3 cm i hö överlob, misstänkt lungcancer. Pat ej informerad om misstanken i väntan på DT."),
    ]),
    N("n2", "sk_med_krist", "Daganteckning", "Tobias Nilsson", L, "2024-04-08T15:20:00", [
        ("Aktuellt", "Inlagd för hjärtsviktsdekompensation, svarar bra på diuretika."),
        ("Planering", "DT thorax bokad. Pat ännu inte informerad om röntgenfyndet, samtal när DT är gjord."),
    ])], [], [("NL101", "n2"), ("NL102", "n2")],
    "the untold suspicion is kept in the Tidiga hypoteser note; the visible note names no untold diagnosis")

C("d50-vg-sokord-tidiga-hyp-ventrikelcancer-ej-informerad", "vgr", ("1944-11-30", "264"), [
    N("n1", "vg_med_kungalv", "Läkaranteckning", "Linda Sundberg", L, "2024-08-20T12:00:00", [
        ("Bedömning", "Utredning av järnbristanemi pågår, Hb 88. Järninfusion given."),
        ("Tidiga hypoteser", "Misstänkt ventrikelcancer enl endoskopisk bild vid akut gastroskopi, PAD inväntas. Pat ej informerad om misstanken."),
        ("Planering", "Återbesök när PAD finns, om ca en vecka."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: untold suspected cancer only under the protected sökord Tidiga hypoteser")

C("d50-sk-pat-informerad-barnen-ej-annu", "skane", ("1946-08-12", "351"), [
    N("n1", "sk_onk_lund", "Läkaranteckning", "Jakob Rydell", L, "2024-11-26T13:40:00", [
        ("Samtal", "Pat informerad om att lungcancern spridit sig till skelettet. Han vill själv berätta för barnen i helgen, de är ännu inte informerade."),
        ("Planering", "Strålbehandling mot smärtande metastas i Th8. Återbesök om 4 veckor."),
    ], setting=OV)], [], [("NL101", "n1")],
    "the patient is told; only the children are not")

C("d50-vg-pat-informerad-maken-ej", "vgr", ("1952-03-27", "176"), [
    N("n1", "vg_onk_su", "Läkaranteckning", "Karolina Eklund", L, "2024-09-09T16:00:00", [
        ("Information", "Pat informerad om recidiv av ovarialcancer. Maken ännu ej informerad, pat vill själv berätta för honom i kväll."),
        ("Planering", "Ny cytostatikalinje diskuteras på MDK torsdag."),
    ], setting=OV)], [], [("NL101", "n1")],
    "told patient, untold husband")

C("d50-sk-telefon-informerat-om-osteoporos", "skane", ("1948-05-04", "209"), [
    N("n1", "sk_osteo_mal", "Telefonanteckning", "Agneta Nordqvist", L, "2024-01-29T10:45:00", [
        ("Telefonkontakt", "Informerat pat per telefon om att DXA visar osteoporos i ländrygg och höft, T-score -3,1. Hon vill påbörja behandling."),
        ("Åtgärd", "Recept på Alendronat 70 mg en gång i veckan. Tandstatus kontrolleras av egen tandläkare."),
    ], setting=OV)], [], [("NL101", "n1")],
    "osteoporosis result told on the phone")

C("d50-vg-informerad-om-diagnos-ej-om-overlevnad", "vgr", ("1941-04-23", "312"), [
    N("n1", "vg_pall_ostra", "Läkaranteckning", "Camilla Rosén", L, "2024-03-13T14:30:00", [
        ("Samtal", "Pat informerad om diagnosen mesoteliom vid onkologbesöket förra veckan. Har ännu ej fått information om förväntad överlevnad och har inte efterfrågat det."),
        ("Planering", "Samtal om prognos erbjuds när pat själv vill. Kontaktssk följer upp."),
    ])], [], [("NL101", "n1")],
    "diagnosis told; only the prognosis is not")

C("d50-sk-diagnosbesked-alzheimer-givet-idag", "skane", ("1940-10-14", "356"), [
    N("n1", "sk_minne_trbg", "Mottagningsanteckning", "Pia Lundberg", L, "2024-12-03T09:30:00", [
        ("Information", "Diagnosbesked om Alzheimers sjukdom givet idag till pat och hustrun. Pat var ledsen men inte överraskad."),
        ("Planering", "Donepezil 5 mg insätts. Demenssjuksköterska kontaktar dem inom två veckor."),
    ], setting=OV)], [], [("NL101", "n1")],
    "diagnosis given today")

C("d50-sk-pallkons-ej-informerad-om-beslut-ej-iva", "skane", ("1944-03-01", "265"), [
    N("n1", "sk_pallkons_krist", "Konsultationsanteckning", "Helén Nyberg", L, "2024-12-11T13:00:00", [
        ("Bakgrund", "Känd KOL grad 4 med hemsyrgas och hjärtsvikt. Tredje inläggningen på två månader."),
        ("Bedömning", "Teamet och avdelningsläkaren är överens om att pat inte längre svarar på behandling och att fokus bör bli symtomlindring."),
        ("Planering", "Pat ännu ej informerad om beslutet att avstå från IVA-vård och NIV, brytpunktssamtal planeras med pat och dotter i morgon."),
    ])], [], [("NL101", "n1")],
    "what is untold is a treatment-limitation decision; the diagnoses are long known")

C("d50-sk-mobilt-team-fallutredning-ingen-info", "skane", ("1933-01-31", "128"), [
    N("n1", "sk_mobger_mal", "Hembesök", "Lars Mårtensson", L, "2024-07-25T10:30:00", [
        ("Aktuellt", "Hembesök hos 91-årig kvinna med känd Parkinsons sjukdom och osteoporos. Tre fall senaste månaden, inga frakturer."),
        ("Status", "Ortostatiskt BT-fall 28 mmHg med yrsel. Kortstegad gång, rollator."),
        ("Bedömning", "Ortostatisk hypotension som bidragande orsak till fallen. Madopark-dosen oförändrad."),
        ("Planering", "Stödstrumpor, saltrik kost, höjd huvudända. Fysioterapeut för balansträning i hemmet."),
    ], setting=OV)], [], [("NL101", "n1"), ("NL102", "n1")],
    "falls work-up with settled diagnoses and no word about informing anyone")

C("d50-vg-stroke-inget-om-information", "vgr", ("1949-07-21", "484"), [
    N("n1", "vg_stroke_nal", "Daganteckning", "Johanna Lund", L, "2024-04-02T09:45:00", [
        ("Diagnos", "Ischemisk stroke vä capsula interna. Förmaksflimmer, nyupptäckt."),
        ("Planering", "NOAK insätts dag 5. Rehab enl strokeenhetens rutin."),
    ])], [], [("NL101", "n1"), ("NL102", "n1")],
    "settled diagnoses and nothing said about telling")

C("d50-vg-pat-avbojer-detaljer-men-informerad", "vgr", ("1939-03-19", "573"), [
    N("n1", "vg_pall_boras", "Läkaranteckning", "Ulrika Hedlund", L, "2024-02-28T11:15:00", [
        ("Samtal", "Pat fick besked om levermetastaserna idag. Hon ville inte höra detaljer om siffror eller tidsperspektiv, vilket respekteras."),
        ("Planering", "Kontakt med ASIH-teamet i Borås. Nytt samtal när pat själv önskar."),
    ])], [], [("NL101", "n1")],
    "the patient got the news but declined details: she has been told")

C("d50-sk-maken-ej-informerad-om-pats-vistelse", "skane", ("1951-12-06", "187"), [
    N("n1", "sk_ger_hbg", "Kuratorsanteckning", "Lena Strömberg", K, "2024-06-13T10:00:00", [
        ("Samtal", "Pat vårdas för höftfraktur och oroar sig för maken som har demens och nu är på korttidsboende. Maken är inte informerad om att hon ligger på sjukhus, personalen vill inte oroa honom."),
        ("Åtgärd", "Kontakt med korttidsboendet, besök ordnas när pat kan åka i rullstol."),
    ])], [], [("NL101", "n1")],
    "the one not informed is the husband, about the patient's stay, not the patient")

C("d50-vg-tva-anteckningar-n2-besked-givet-hjarnmetastaser", "vgr", ("1956-02-15", "346"), [
    N("n1", "vg_onk_su", "Läkaranteckning", "Karolina Eklund", L, "2024-05-06T15:00:00", [
        ("Aktuellt", "DT hjärna visar två hjärnmetastaser i vä frontallob."),
        ("Planering", "Pat har inte fått svaret än, bokad för besked i morgon kl 9."),
    ], setting=OV),
    N("n2", "vg_onk_su", "Mottagningsbesök", "Karolina Eklund", L, "2024-05-07T09:40:00", [
        ("Samtal", "Gått igenom DT-svaret med pat och hennes syster. Pat vet nu om de två hjärnmetastaserna och önskar stereotaktisk strålning."),
        ("Planering", "Remiss strålonkologen. Betapred 4 mg x1 till dess."),
    ], setting=OV)], [], [("NL101", "n2")],
    "the follow-up note documents that the news was given")


# =====================================================================
# validation
# =====================================================================

def fail(msg):
    print("build.py: " + msg, file=sys.stderr)
    sys.exit(1)


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    names = set()
    seen_sent = {}
    for c in cases:
        name = c["case"]
        if set(c) != CASE_KEYS:
            fail("%s: bad case keys" % name)
        if not name.startswith("d50-"):
            fail("%s: name must start with d50-" % name)
        if name in names:
            fail("duplicate case name %s" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            fail("%s: bad ruleset" % name)
        rec = c["record"]
        if set(rec) != REC_KEYS:
            fail("%s: bad record keys" % name)
        pid = rec["patient"]["id"]
        birth = rec["patient"]["birth_date"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            fail("%s: bad personnummer format" % name)
        if m.group(1) != birth.replace("-", ""):
            fail("%s: personnummer does not match birth_date" % name)
        ten = m.group(1)[2:] + m.group(2)
        if luhn_digit(ten[:9]) != ten[9]:
            fail("%s: Luhn check failed" % name)
        as_of = dt.datetime.fromisoformat(rec["as_of"])
        if as_of.year != 2024:
            fail("%s: as_of not in 2024" % name)
        age = age_at(birth, as_of)
        if 13 <= age <= 15:
            fail("%s: patient aged 13-15" % name)
        if age < 0:
            fail("%s: negative age" % name)
        notes = {}
        for n in rec["notes"]:
            if set(n) != NOTE_KEYS:
                fail("%s: bad note keys" % name)
            if n["id"] in notes:
                fail("%s: duplicate note id" % name)
            notes[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                fail("%s: bad system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                fail("%s: VGR note not Melior" % name)
            unit_region = [u[3] for u in UNITS.values() if u[0] == n["unit"]["name"]][0]
            if unit_region != c["ruleset"]:
                fail("%s: unit region mismatch" % name)
            t = dt.datetime.fromisoformat(n["time"])
            if t.year != 2024:
                fail("%s: note time not in 2024" % name)
            if n["signed"] is not None:
                s = dt.datetime.fromisoformat(n["signed"])
                if s.year != 2024 or s < t:
                    fail("%s: bad signed time" % name)
            if t > as_of:
                fail("%s: note after as_of" % name)
            if not n["sections"]:
                fail("%s: note without sections" % name)
            for sec in n["sections"]:
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen_sent and seen_sent[sent] != (name, n["id"], sec["keyword"]):
                            fail("%s: sentence repeated (also in %s): %r" % (name, seen_sent[sent][0], sent))
                        if sent in seen_sent:
                            fail("%s: sentence repeated in same section: %r" % (name, sent))
                        seen_sent[sent] = (name, n["id"], sec["keyword"])
        if not c["must"] and not c["must_not"]:
            fail("%s: asserts nothing" % name)
        pairs = [tuple(x) for x in c["must"]] + [tuple(x) for x in c["must_not"]]
        if len(set(pairs)) != len(pairs):
            fail("%s: code/target asserted twice" % name)
        must_pairs = set(tuple(x) for x in c["must"])
        for code, target in pairs:
            if code not in ("NL101", "NL102"):
                fail("%s: unexpected code %s" % (name, code))
            if target not in notes:
                fail("%s: target %s missing" % (name, target))
            system = notes[target]["system"]
            if code == "NL102" and system != "Melior" and (code, target) in must_pairs:
                fail("%s: NL102 must asserted on non-Melior note" % name)
            if code == "NL101" and system == "PMO":
                fail("%s: NL101 asserted on PMO note" % name)
        if not c["why"].strip():
            fail("%s: empty why" % name)


def main():
    validate(CASES)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in ("NL101", "NL102"):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
