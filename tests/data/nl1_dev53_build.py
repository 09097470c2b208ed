#!/usr/bin/env python3
"""dev53: sjukskrivning, intyg och arbete (NL101, NL102).

Standard library only, deterministic. Writes nl1_dev53_cases.jsonl next to this file and
validates it; exits 1 on any problem.
"""
import json
import os
import re
import sys
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev53_cases.jsonl")

S_PREFIX = "SE2321000255-"   # Region Skåne
V_PREFIX = "SE2321000131-"   # Västra Götalandsregionen

UNITS = {
    # Skåne, Melior (sjukhus, psykiatri)
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", S_PREFIX + "N4710"),
    "neuro_malmo": ("Neurologimottagningen, Skånes universitetssjukhus Malmö", S_PREFIX + "N4722"),
    "neuro_hbg": ("Neurologimottagningen, Helsingborgs lasarett", S_PREFIX + "H2291"),
    "neuro_kri": ("Neurologimottagningen, Centralsjukhuset Kristianstad", S_PREFIX + "K3107"),
    "psyk_lund": ("Allmänpsykiatrisk mottagning Lund, Psykiatri Skåne", S_PREFIX + "P8812"),
    "psyk_hbg": ("Psykiatrisk mottagning Helsingborg, Psykiatri Skåne", S_PREFIX + "P8840"),
    "psyk_landskrona": ("Psykiatrisk öppenvårdsmottagning Landskrona", S_PREFIX + "P8857"),
    "psyk_trelleborg": ("Psykiatrisk öppenvård Trelleborg", S_PREFIX + "P8863"),
    "psyk_kri": ("Psykiatrisk öppenvårdsmottagning Kristianstad", S_PREFIX + "P8871"),
    "psyk_hlm": ("Psykiatrisk mottagning Hässleholm", S_PREFIX + "P8879"),
    "handkir_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", S_PREFIX + "M5530"),
    "yrkesderm_malmo": ("Yrkes- och miljödermatologi, Hudkliniken Skånes universitetssjukhus Malmö", S_PREFIX + "M5561"),
    "hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", S_PREFIX + "H2315"),
    "smarta_lund": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", S_PREFIX + "L6120"),
    "ortop_hbg": ("Ortopedmottagningen, Helsingborgs lasarett", S_PREFIX + "H2330"),
    "ortop_trbg": ("Ortopedmottagningen, Trelleborgs lasarett", S_PREFIX + "T1904"),
    "ortop_lund": ("Ortopedmottagningen, Skånes universitetssjukhus Lund", S_PREFIX + "L6144"),
    "ortop_hlm": ("Ortopedmottagningen, Hässleholms sjukhus", S_PREFIX + "Q1702"),
    "ortoped_hbg_rehab": ("Rehabkoordinator, Ortopedkliniken Helsingborgs lasarett", S_PREFIX + "H2338"),
    "akut_kri": ("Akutmottagningen, Centralsjukhuset Kristianstad", S_PREFIX + "K3011"),
    "amm_lund": ("Arbets- och miljömedicin Syd, Lund", S_PREFIX + "L6201"),
    "rehab_orup": ("Rehabiliteringsmedicinska kliniken, Skånes universitetssjukhus Orup", S_PREFIX + "O0412"),
    "rehab_hbg": ("Rehabiliteringsmedicinska mottagningen, Helsingborgs lasarett", S_PREFIX + "H2352"),
    "beroende_malmo": ("Beroendecentrum Malmö", S_PREFIX + "M5702"),
    "reuma_hbg": ("Reumatologmottagningen, Helsingborgs lasarett", S_PREFIX + "H2367"),
    "med_ystad": ("Medicinkliniken, Lasarettet i Ystad", S_PREFIX + "Y0821"),
    "minne_hlm": ("Minnesmottagningen, Hässleholms sjukhus", S_PREFIX + "Q1744"),
    "minne_malmo": ("Minnesmottagningen, Skånes universitetssjukhus Malmö", S_PREFIX + "M5733"),
    "minne_ystad": ("Minnesmottagningen, Lasarettet i Ystad", S_PREFIX + "Y0839"),
    "med_landskrona": ("Medicinmottagningen, Landskrona lasarett", S_PREFIX + "R0933"),
    "kard_lund": ("Kardiologimottagningen, Skånes universitetssjukhus Lund", S_PREFIX + "L6260"),
    "kard_hbg_avd": ("Kardiologiavdelning 26, Helsingborgs lasarett", S_PREFIX + "H2401"),
    "hjart_kri": ("Hjärtmottagningen, Centralsjukhuset Kristianstad", S_PREFIX + "K3140"),
    "onk_lund": ("Onkologiska kliniken, Skånes universitetssjukhus Lund", S_PREFIX + "L6288"),
    "kir_malmo": ("Kirurgmottagningen, Skånes universitetssjukhus Malmö", S_PREFIX + "M5790"),
    "sarkom_lund": ("Sarkomcentrum, Ortopedkliniken Skånes universitetssjukhus Lund", S_PREFIX + "L6297"),
    "lung_lund": ("Lungmottagningen, Skånes universitetssjukhus Lund", S_PREFIX + "L6310"),
    "lung_ystad": ("Lungmottagningen, Lasarettet i Ystad", S_PREFIX + "Y0850"),
    "kvinno_malmo": ("Kvinnokliniken, Gynekologisk onkologi, Skånes universitetssjukhus Malmö", S_PREFIX + "M5815"),
    # Skåne, PMO (primärvård)
    "vc_kavlinge": ("Vårdcentralen Kävlinge", S_PREFIX + "V1101"),
    "vc_tomelilla": ("Vårdcentralen Tomelilla", S_PREFIX + "V1128"),
    "vc_eslov": ("Vårdcentralen Eslöv", S_PREFIX + "V1135"),
    "vc_hlm_norra": ("Vårdcentralen Hässleholm Norra", S_PREFIX + "V1142"),
    "vc_simrishamn": ("Vårdcentralen Simrishamn", S_PREFIX + "V1159"),
    "vc_stlars": ("Vårdcentralen Sankt Lars, Lund", S_PREFIX + "V1166"),
    "vc_bjuv": ("Vårdcentralen Bjuv", S_PREFIX + "V1173"),
    # VGR, Melior
    "neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2K7Q"),
    "neuro_nal": ("Neurologmottagningen, NÄL Trollhättan", V_PREFIX + "4N21"),
    "neuro_sas": ("Neurologimottagningen, Södra Älvsborgs sjukhus Borås", V_PREFIX + "5B18"),
    "neuro_skovde": ("Neurologmottagningen, Skaraborgs Sjukhus Skövde", V_PREFIX + "6S40"),
    "neuro_uddevalla": ("Neurologmottagningen, Uddevalla sjukhus", V_PREFIX + "7U03"),
    "reuma_su": ("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2R55"),
    "reuma_skovde": ("Reumatologmottagningen, Skaraborgs Sjukhus Skövde", V_PREFIX + "6R12"),
    "ortop_molndal": ("Ortopedmottagningen, Mölndals sjukhus", V_PREFIX + "2M90"),
    "ortop_skovde": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", V_PREFIX + "6O77"),
    "ortop_kungalv": ("Ortopedmottagningen, Kungälvs sjukhus", V_PREFIX + "3K31"),
    "ortop_uddevalla": ("Ortopedmottagningen, Uddevalla sjukhus", V_PREFIX + "7O48"),
    "ortop_alingsas": ("Ortopedmottagningen, Alingsås lasarett", V_PREFIX + "8A16"),
    "rehabkoord_molndal": ("Rehabkoordinator, Ortopedkliniken Mölndals sjukhus", V_PREFIX + "2M97"),
    "fysio_molndal": ("Fysioterapin, Mölndals sjukhus", V_PREFIX + "2F04"),
    "amm_gbg": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2A63"),
    "psyk_sas": ("Psykiatrisk öppenvårdsmottagning, Södra Älvsborgs sjukhus Borås", V_PREFIX + "5P26"),
    "psyk_uddevalla": ("Psykiatriska mottagningen, Uddevalla sjukhus", V_PREFIX + "7P09"),
    "np_ostra": ("Neuropsykiatriska mottagningen, Sahlgrenska Universitetssjukhuset Östra", V_PREFIX + "2N38"),
    "lung_kungalv": ("Lungmottagningen, Kungälvs sjukhus", V_PREFIX + "3L22"),
    "barn_nal": ("Barn- och ungdomsmottagningen, NÄL Trollhättan", V_PREFIX + "4B05"),
    "barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", V_PREFIX + "2B81"),
    "handkir_su": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2H46"),
    "plastik_su": ("Plastikkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2P71"),
    "med_alingsas": ("Medicinmottagningen, Alingsås lasarett", V_PREFIX + "8M29"),
    "med_kungalv": ("Medicinmottagningen, Kungälvs sjukhus", V_PREFIX + "3M60"),
    "akut_sas": ("Akutmottagningen, Södra Älvsborgs sjukhus Borås", V_PREFIX + "5A02"),
    "diabetes_uddevalla": ("Diabetesmottagningen, Uddevalla sjukhus", V_PREFIX + "7D14"),
    "kurator_onk_su": ("Kuratorer, Jubileumskliniken Sahlgrenska Universitetssjukhuset", V_PREFIX + "2J19"),
    "hema_skovde": ("Hematologmottagningen, Skaraborgs Sjukhus Skövde", V_PREFIX + "6H33"),
    "hema_uddevalla": ("Medicinmottagningen hematologi, Uddevalla sjukhus", V_PREFIX + "7H52"),
    "audio_su": ("Hörsel- och balansmottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2H88"),
    "neurokir_su": ("Neurokirurgiska mottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2N92"),
    "kard_nal": ("Kardiologmottagningen, NÄL Trollhättan", V_PREFIX + "4K67"),
    "hud_skovde": ("Hudmottagningen, Skaraborgs Sjukhus Skövde", V_PREFIX + "6D58"),
    "reuma_su_ssk": ("Reumatologiska infusionsmottagningen, Sahlgrenska Universitetssjukhuset", V_PREFIX + "2R59"),
    "rehabmed_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset Högsbo", V_PREFIX + "2G44"),
}


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def patient(birth, serial):
    ymd = birth.replace("-", "")
    check = luhn_digit(ymd[2:] + serial)
    return {"id": "%s-%s%d" % (ymd, serial, check), "birth_date": birth,
            "protected_identity": False}


def note(nid, system, template, unit, author, role, time, signed, setting, sections):
    name, hsa = UNITS[unit]
    return {"id": nid, "system": system, "template": template,
            "unit": {"name": name, "hsa_id": hsa},
            "author": {"name": author, "role": role},
            "time": time, "signed": signed, "setting": setting, "refs": [],
            "sections": [{"keyword": k, "text": t} for k, t in sections]}


def case(name, ruleset, pat, as_of, notes, must, must_not, why):
    return {"case": name, "ruleset": ruleset,
            "record": {"patient": patient(*pat), "as_of": as_of, "notes": notes,
                       "access_events": [], "conversations": [], "treatments": []},
            "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
            "why": why}


M, P = "Melior", "PMO"
OV, SV = "öppenvård", "slutenvård"
L = "läkare"

CASES = []
add = CASES.append

# ---------------------------------------------------------------------------
# NL102 must: hedged diagnosis of the patient in a visible section of a Melior note
# ---------------------------------------------------------------------------

add(case("d53-korkort-trolig-epilepsi-lastbilschauffor", "skane", ("1991-04-17", "238"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_lund", "Henrik Bergqvist", L,
          "2024-03-14T10:20:00", "2024-03-14T11:05:00", OV, [
        ("Anamnes", "Lastbilschaufför, 32 år. Remitterad från akuten efter två episoder med medvetslöshet, tungbett och urinavgång senaste 5 veckorna. Ingen alkohol enligt pat. Sömnbrist senaste tiden pga nattskift."),
        ("Status", "Neurologiskt ua. Lateral tungbettsskada hö sida, läkande."),
        ("Bedömning", "Trolig epilepsi, anmälan till Transportstyrelsen övervägs om EEG stöder. Körförbud gäller tills vidare, även för yrkestrafik."),
        ("Planering", "Sömndeprivations-EEG och MR hjärna. Sjukskriven heltid från idag, ej lämpligt med yrkeskörning. Återbesök efter EEG."),
    ])],
    [("NL102", "n1")], [],
    "körkortsbedömning: 'Trolig epilepsi' in the visible Bedömning of a Melior note"))

add(case("d53-sjukintyg-trolig-utmattningssyndrom-forskollarare", "skane", ("1979-09-03", "462"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_lund", "Maria Lindgren", L,
          "2024-02-12T13:00:00", "2024-02-12T14:10:00", OV, [
        ("Aktuellt", "Förskollärare. Sedan i höstas tilltagande trötthet, minnesstörning och ljudkänslighet. Orkar inte handla efter jobbet. Sover 10 h men vaknar ej utvilad."),
        ("Bedömning", "Trolig utmattningssyndrom, symtomduration ännu under 6 mån varför kriterierna ej helt uppfyllda. Depression ej utesluten, MADRS 19."),
        ("Sjukintyg", "Diagnos: se ovan. Funktionsnedsättning: nedsatt koncentration och uthållighet. Aktivitetsbegränsning: klarar inte planering av barngruppens dag. Sjukskrivning 100 % i 4 veckor."),
    ])],
    [("NL102", "n1")], [],
    "sick-leave note with 'Trolig utmattningssyndrom' (and 'ej utesluten' depression) in visible Bedömning"))

add(case("d53-handkir-misstankt-kts-snickare", "skane", ("1968-12-22", "913"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Mottagningsanteckning", "handkir_malmo", "Oskar Nyberg", L,
          "2024-04-09T09:40:00", "2024-04-09T10:02:00", OV, [
        ("Bedömning", "Snickare med nattliga domningar dig I–III hö hand sedan i våras, pos Phalen och Tinel hö. Misstänkt karpaltunnelsyndrom hö. Neurografi beställd. Aktivitetsbegränsning: tappar verktyg, svårt med skruvdragare. Fortsätter arbeta med nattskena tills vidare."),
    ])],
    [("NL102", "n1")], [],
    "single-section note: 'Misstänkt karpaltunnelsyndrom' in visible Bedömning at hand surgery"))

add(case("d53-yrkesderm-sannolikt-arbetsrelaterat-kontakteksem", "skane", ("1997-02-11", "384"),
    "2024-03-15T00:00:00",
    [note("n1", M, "Läkaranteckning", "yrkesderm_malmo", "Sofia Ekdahl", L,
          "2024-03-04T14:15:00", "2024-03-04T15:00:00", OV, [
        ("Anamnes", "Frisör sedan 6 år. Händerna spricker och kliar, besvären lindras under semestern och förvärras vid hårfärgning och permanent."),
        ("Status", "Fissurer och fjällning volart på fingrarna bilat, vesikler lateralt dig II–III vä."),
        ("Bedömning", "Sannolikt arbetsrelaterat kontakteksem, allergisk komponent mot PPD eller glyceryltioglykolat kan finnas. Lapptest med frisörserie planeras v 12."),
        ("Åtgärd", "Handskar av nitril vid allt våtarbete. Mometason kräm kur 2 v. Arbetsförmåga: klarar klippning, ej färgning tills vidare."),
    ])],
    [("NL102", "n1")], [],
    "occupational dermatology: 'Sannolikt arbetsrelaterat kontakteksem' in visible Bedömning"))

add(case("d53-reuma-dd-fibromyalgi-hemtjanst", "vgr", ("1972-06-30", "526"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Besöksanteckning", "reuma_su", "Anders Wennberg", L,
          "2024-05-16T10:30:00", "2024-05-16T11:45:00", OV, [
        ("Anamnes", "Undersköterska i hemtjänst, smärta i nacke, skuldror, ländrygg och höfter sedan drygt ett år. Sover dåligt. Sjukskriven 50 % via vårdcentralen sedan november."),
        ("Status", "Inga synoviter. Generell palpationsömhet över muskelfästen. Rörlighet ua i stora leder."),
        ("Lab", "SR 8, CRP <1, TSH normalt, CK normalt, RF och anti-CCP neg."),
        ("Bedömning", "Ingen inflammatorisk ledsjukdom. DD fibromyalgi, men sömnstörningens roll bör belysas först."),
        ("Planering", "Åter till VC för fortsatt sjukskrivning och remiss till multimodal rehab. Ingen uppföljning här."),
    ])],
    [("NL102", "n1")], [],
    "'DD fibromyalgi' in visible Bedömning beside a negated inflammatory disease"))

add(case("d53-ortoped-kan-inte-utesluta-begynnande-artros", "vgr", ("1964-03-08", "171"),
    "2024-06-28T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_molndal", "Karin Sjöstedt", L,
          "2024-06-11T08:50:00", "2024-06-11T09:15:00", OV, [
        ("Bedömning", "Golvläggare med knäsmärta hö sedan flera år, förvärras vid knästående. Lätt hydrops, krepitationer. Kan inte utesluta begynnande artros medialt, stående rtg knä beställt. Knäskydd och avlastning, sjukskrivning ej aktuellt i nuläget."),
    ])],
    [("NL102", "n1")], [],
    "'Kan inte utesluta begynnande artros' is a hedged diagnosis in visible Bedömning"))

add(case("d53-smartrehab-diagnosen-ej-sakerstalld-crps", "skane", ("1985-10-19", "602"),
    "2024-01-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "smarta_lund", "Johan Åkesson", L,
          "2024-01-17T13:30:00", "2024-01-17T14:40:00", OV, [
        ("Anamnes", "Lagerarbetare, distal radiusfraktur vä i augusti, gipsbehandlad. Efter gipsavtagning brännande smärta, svullnad och färgskiftning i handen."),
        ("Status", "Vä hand varmare och blåröd jmf hö, allodyni dorsalt, nedsatt ROM i fingrarna."),
        ("Bedömning", "Diagnosen är inte säkerställd men bilden är förenlig med komplext regionalt smärtsyndrom typ 1 (CRPS). Skelettscint övervägs."),
        ("Sjukskrivning", "Funktionsnedsättning: kraftigt nedsatt grepp- och finmotorik vä. Aktivitetsbegränsning: kan inte lyfta eller hantera truckreglage. Prognos: osäker, sannolikt lång rehab."),
    ])],
    [("NL102", "n1")], [],
    "'Diagnosen är inte säkerställd men … förenlig med CRPS' in visible Bedömning"))

add(case("d53-typo-missankt-ms-bussforare", "vgr", ("1994-01-26", "340"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_nal", "Elin Forsberg", L,
          "2024-02-20T11:00:00", "2024-02-20T11:35:00", OV, [
        ("Aktuellt", "Bussförare, akut synnedsättning vä öga för 3 v sedan med smärta vid ögonrörelser, nu i regress. Stickningar i benen vintern 2022."),
        ("Bedömning", "Missänkt MS, optikusneurit och tidigare sensoriskt skov. MR hjärna och ryggmärg samt LP bokas."),
        ("Planering", "Arbetar, synen tillräcklig enligt ögonkliniken. Återbesök efter MR."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Missänkt MS' in visible Bedömning is still a hedged diagnosis"))

add(case("d53-amm-hrct-forenligt-med-silikos-stenhuggare", "vgr", ("1958-07-14", "057"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_gbg", "Gunnar Hellström", L,
          "2024-09-05T09:00:00", "2024-09-05T10:30:00", OV, [
        ("Anamnes", "Stenhuggare och bergsprängare i 34 år, kvartsdamm utan andningsskydd de första 20 åren. Ansträngningsdyspné senaste året. Rökt 10 paketår, slutade 2005."),
        ("Utredning", "Spirometri restriktivt mönster, FVC 68 % av pred. HRCT: små noduli i överloberna bilat, förstorade hiluskörtlar med äggskalsförkalkning."),
        ("Bedömning", "Fynden är förenliga med silikos. Arbetsskadeanmälan till FK diskuteras med pat nästa gång."),
    ])],
    [("NL102", "n1")], [],
    "occupational medicine: 'förenliga med silikos' hedges the diagnosis in visible Bedömning"))

add(case("d53-ortoped-talar-for-diskbrack-lyftskada", "skane", ("1980-05-05", "724"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_hbg", "Fatima Rahimi", L,
          "2024-10-08T14:00:00", "2024-10-08T14:55:00", OV, [
        ("Anamnes", "Undersköterska, lyftskada vid förflyttning av brukare 3 v sedan. Smärta ländrygg med utstrålning bak i vä ben ned till fotsulan."),
        ("Status", "Laseque pos vä 40 gr. Nedsatt akillesreflex vä. Sensibilitet nedsatt lat fotrand vä."),
        ("Bedömning", "Statusfynden talar för diskbråck L5–S1 vä med S1-påverkan. MR ländrygg beställd. Arbetsskada anmäld av arbetsgivaren."),
        ("Åtgärd", "Sjukskrivning 100 % 3 v. Funktionsnedsättning: smärtbetingat nedsatt rörlighet. Aktivitetsbegränsning: klarar ej lyft eller förflyttningar."),
    ])],
    [("NL102", "n1")], [],
    "'talar för diskbråck' before MR, visible Bedömning in an orthopaedic sick-leave note"))

add(case("d53-akut-wad-fragetecken-forsakring", "skane", ("1999-11-21", "465"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Läkaranteckning akut", "akut_kri", "Viktor Holm", L,
          "2024-07-19T22:40:00", None, OV, [
        ("Bedömning", "Påkörd bakifrån i 50 km/h, bälte. Nacksmärta, ingen neurologi, Canadian C-spine neg. WAD grad II? Kopia av anteckningen till försäkringsbolaget på pat begäran."),
        ("Åtgärd", "Smärtlindring, rörelseråd. Intyg för sjukskrivning 1 v."),
    ])],
    [("NL102", "n1")], [],
    "unsigned draft: a diagnosis with a question mark 'WAD grad II?' in visible Bedömning"))

add(case("d53-sjukintyg-diagnosfalt-trolig-depression", "vgr", ("1988-08-09", "288"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_sas", "Linnea Dahl", L,
          "2024-03-04T15:10:00", "2024-03-04T15:50:00", OV, [
        ("Aktuellt", "Kundtjänstmedarbetare. Nedstämd sedan december, tappat intresset för allt, gråter på jobbet. Mor har bipolär sjukdom."),
        ("Sjukskrivning", "Diagnos: Trolig måttlig depressiv episod F32.1, differentialdiagnostiskt bipolär sjukdom med tanke på hereditet. Funktionsnedsättning: psykomotorisk hämning, nedsatt initiativförmåga. Aktivitetsbegränsning: klarar inte kundkontakter i telefon. Sjukskrivning 75 % fr.o.m. 4/3 t.o.m. 31/3."),
    ])],
    [("NL102", "n1")], [],
    "the sjukintyg 'Diagnos:' field copied into a visible section says 'Trolig … depressiv episod'"))

add(case("d53-amm-inger-misstanke-om-mesoteliom-varvsarbetare", "skane", ("1951-02-27", "119"),
    "2024-01-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_lund", "Per-Olof Sandberg", L,
          "2024-01-22T10:00:00", "2024-01-22T11:20:00", OV, [
        ("Anamnes", "F.d. plåtslagare på Kockums varv 1968–1986 med asbestexponering vid isolering. Pensionär. Sedan jul bröstsmärta hö och viktnedgång 6 kg."),
        ("Utredning", "DT thorax: pleuraförtjockning hö med utgjutning, pleuraplack bilat."),
        ("Bedömning", "Bilden inger misstanke om malignt pleuramesoteliom. Remiss till lungmedicin Lund för torakoskopi ställd. Om diagnosen bekräftas ska arbetsskadeanmälan göras."),
    ])],
    [("NL102", "n1")], [],
    "'inger misstanke om … mesoteliom' in visible Bedömning; the conditional sentence does not cancel it"))

add(case("d53-amm-kan-rora-sig-om-vibrationsskada", "skane", ("1976-09-12", "835"),
    "2024-11-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_lund", "Annika Wallin", L,
          "2024-11-12T13:20:00", "2024-11-12T14:05:00", OV, [
        ("Bedömning", "Skogsmaskinförare och tidigare motorsågsarbete i 15 år. Vita fingrar vid kyla sedan 3 vintrar, domningar nattetid. Kan röra sig om vibrationsskada med vaskulär och neurosensorisk komponent. Kyltest och kvantitativ sensorisk testning planeras."),
    ])],
    [("NL102", "n1")], [],
    "'Kan röra sig om vibrationsskada' in a visible occupational-medicine note"))

add(case("d53-skovde-bild-som-vid-lateral-epikondylit", "vgr", ("1983-04-02", "656"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_skovde", "Mattias Lund", L,
          "2024-04-23T08:30:00", "2024-04-23T09:00:00", OV, [
        ("Status", "Ömhet över lat epikondyl hö, smärta vid resisterad dorsalflexion i handled och långfinger. Greppstyrka hö 24 kg, vä 41 kg."),
        ("Bedömning", "Bild som vid lateral epikondylit hö, arbetar som montör med repetitiva skruvmoment."),
        ("Sjukskrivning", "Funktionsnedsättning: nedsatt greppkraft hö. Aktivitetsbegränsning: kan ej använda mutterdragare. Omplacering till lättare moment föreslås i stället för sjukskrivning, intyg till arbetsgivaren på pat begäran."),
    ])],
    [("NL102", "n1")], [],
    "'Bild som vid lateral epikondylit' is a hedged diagnosis in visible Bedömning"))

add(case("d53-psyk-oklart-om-bipolar-typ-2", "skane", ("1990-12-01", "571"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_hbg", "Emma Sjöberg", L,
          "2024-05-07T09:15:00", "2024-05-07T10:10:00", OV, [
        ("Aktuellt", "Sjukskriven sedan 6 v för depression via VC. Under samtalet framkommer perioder med minskat sömnbehov, har köpt bil impulsivt och varit 'på topp' i veckor."),
        ("Bedömning", "Oklart om bipolär sjukdom typ II föreligger. Anhörigintervju och livsdiagram planeras. Litium ej aktuellt ännu."),
        ("Planering", "Förlänger sjukskrivning 50 % 4 v. Ny tid om 2 v."),
    ])],
    [("NL102", "n1")], [],
    "'Oklart om bipolär sjukdom typ II föreligger' in visible Bedömning"))

add(case("d53-fragestallning-somnapne-taxichauffor", "vgr", ("1966-10-30", "493"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "lung_kungalv", "Hanna Berglund", L,
          "2024-08-13T10:45:00", "2024-08-13T11:10:00", OV, [
        ("Bedömning", "Taxichaufför med kraftig dagtrötthet, har somnat vid rödljus, ESS 16. BMI 34. Frågeställning obstruktivt sömnapnésyndrom. Polygrafi bokad inom 2 v. Pat avråds från att köra i yrket tills utrett, intyg om sjukskrivning utfärdat."),
    ])],
    [("NL102", "n1")], [],
    "'Frågeställning obstruktivt sömnapnésyndrom' in a driving-related visible Bedömning"))

add(case("d53-rehabmed-trol-postkommotionellt-syndrom", "skane", ("1987-03-15", "208"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "rehab_orup", "Ingrid Persson", L,
          "2024-02-06T13:00:00", "2024-02-06T14:15:00", OV, [
        ("Anamnes", "Polis, slog huvudet vid ingripande i oktober, kort medvetslöshet. DT hjärna ua. Sedan dess huvudvärk, ljudkänslighet och uttröttbarhet."),
        ("Bedömning", "Trol. postkommotionellt syndrom. Arbetsterapeutisk kartläggning av kognition."),
        ("Sjukintyg", "Aktivitetsbegränsning: klarar ej yttre tjänst eller skiftarbete. Arbetsträning 25 % på inre tjänst."),
    ])],
    [("NL102", "n1")], [],
    "abbreviated hedge 'Trol.' before a diagnosis in visible Bedömning"))

add(case("d53-amm-mojlig-yrkesastma-bagare", "vgr", ("1992-05-19", "614"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_gbg", "Sara Lindholm", L,
          "2024-10-14T09:30:00", None, OV, [
        ("Bedömning", "Bagare, rinit och pip i bröstet på arbetsdagar, bättre på semestern. PEF-kurva med sänkning arbetsdagar. Möjlig yrkesastma, pricktest mjöl och alfa-amylas beställt."),
        ("Planering", "Andningsskydd P3 vid mjölhantering. Kontakt med företagshälsovården via pat."),
    ])],
    [("NL102", "n1")], [],
    "unsigned draft: 'Möjlig yrkesastma' in visible Bedömning"))

add(case("d53-beroende-sannolikt-alkoholberoende-c-behorighet", "skane", ("1974-07-07", "352"),
    "2024-06-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "beroende_malmo", "Daniel Olofsson", L,
          "2024-06-18T10:00:00", "2024-06-18T10:50:00", OV, [
        ("Bedömning", "Sannolikt alkoholberoende, PEth 1,4 µmol/l och pat beskriver kontrollförlust. Innehar C- och CE-behörighet och kör lastbil i tjänsten. Läkarintyg till Transportstyrelsen övervägs, pat informerad om läkarens anmälningsplikt."),
        ("Planering", "Sjukskrivning 100 % 2 v. Återbesök 1 v med nytt PEth."),
    ])],
    [("NL102", "n1")], [],
    "'Sannolikt alkoholberoende' in visible Bedömning at a dependency clinic, driving licence context"))

add(case("d53-typo-trolgi-epilepsi-fokala-anfall", "vgr", ("2001-01-13", "149"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_sas", "Jonas Ek", L,
          "2024-09-10T14:30:00", "2024-09-10T14:48:00", OV, [
        ("Bedömning", "Trolgi epilepsi med fokala anfall, episoder med déjà vu och smackningar. EEG beställt. Körkort B, körförbud informerat muntligt."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Trolgi epilepsi' is still a hedged diagnosis in visible Bedömning"))

add(case("d53-typo-differentialdiagnoser-pmr-ra", "skane", ("1956-09-25", "730"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Mottagningsanteckning", "reuma_hbg", "Birgitta Malm", L,
          "2024-03-12T08:30:00", "2024-03-12T09:20:00", OV, [
        ("Anamnes", "Fastighetsskötare, snart pension. Morgonstelhet 2 h i skuldror och händer sedan 2 mån, svårt att ta på jackan."),
        ("Status", "Smärtsam abduktion bilat, lätt svullnad MCP II–III bilat."),
        ("Lab", "SR 48, CRP 31, RF neg, anti-CCP neg."),
        ("Bedömning", "Differentialdiagnsoer: polymyalgia reumatika och seronegativ RA. Prednisolon 15 mg provas med utvärdering om 1 v."),
        ("Sjukskrivning", "Sjukskriven 100 % 2 v, klarar inte snöskottning och lyft ovan axelhöjd."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Differentialdiagnsoer:' listing two candidate diagnoses in visible Bedömning"))

add(case("d53-dd-ptsd-efter-ran-butiksbitrade", "vgr", ("1998-06-06", "827"),
    "2024-11-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_uddevalla", "Mikael Strand", L,
          "2024-11-05T13:00:00", "2024-11-05T13:55:00", OV, [
        ("Aktuellt", "Butiksbiträde, utsatt för väpnat rån på jobbet för 3 v sedan. Mardrömmar, undviker centrum, skvätter till av ljud."),
        ("Bedömning", "Akut stressreaktion, DD PTSD om symtomen kvarstår efter en månad. Ingen suicidrisk."),
        ("Åtgärd", "Sjukskrivning 100 % 2 v. Arbetsgivaren har erbjudit krisstöd via företagshälsovården."),
    ])],
    [("NL102", "n1")], [],
    "'DD PTSD' beside a settled acute stress reaction; the DD keeps a hypothesis visible"))

add(case("d53-ev-meniskskada-golvlaggare-oneliner", "skane", ("1995-08-28", "416"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_trbg", "Ali Hassan", L,
          "2024-09-23T15:20:00", "2024-09-23T15:31:00", OV, [
        ("Bedömning", "Vridvåld hö knä vid fotbollsträning, låsningar, ev. meniskskada med. Sjukskriven som golvläggare 2 v, MR-remiss."),
    ])],
    [("NL102", "n1")], [],
    "short 'ev.' before a diagnosis (meniskskada) in a one-line visible note"))

add(case("d53-epikris-misstankt-tia-yrkesforare", "skane", ("1962-01-31", "695"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Epikris", "med_ystad", "Lena Cederholm", L,
          "2024-05-20T11:00:00", "2024-05-20T16:30:00", SV, [
        ("Orsak till inläggning", "Övergående talsvårighet och svaghet hö arm ca 20 min."),
        ("Förlopp", "DT och DT-angio ua. EKG sinusrytm. Symtomfri under vårdtiden."),
        ("Diagnos", "Misstänkt TIA."),
        ("Planering", "Körförbud enligt Transportstyrelsens föreskrifter, pat är yrkesförare och sjukskrivs samma period. Återbesök strokemottagningen om 3 mån."),
    ])],
    [("NL102", "n1")], [],
    "discharge summary with 'Diagnos: Misstänkt TIA.' under a visible sökord"))

add(case("d53-utkast-mr-trolig-ms-sjukskoterska", "vgr", ("1990-03-03", "264"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_su", "Ulrika Bengtsson", L,
          "2024-03-26T16:00:00", None, OV, [
        ("Utredning", "MR hjärna: 9 periventrikulära och juxtakortikala T2-lesioner, en laddande. Lesionsmönstret sannolikt demyeliniserande."),
        ("Bedömning", "Trolig MS. LP för oligoklonala band bokad v 14."),
        ("Sjukskrivning", "Arbetar som sjuksköterska, ingen sjukskrivning behövs nu."),
    ])],
    [("NL102", "n1")], [],
    "unsigned draft (pre-signing): 'Trolig MS' in visible Bedömning"))

add(case("d53-typo-sannolkit-kts-bilat-stadare", "vgr", ("1970-12-12", "308"),
    "2024-12-20T00:00:00",
    [note("n1", M, "Mottagningsanteckning", "handkir_su", "Nils Åström", L,
          "2024-12-03T10:10:00", "2024-12-03T10:30:00", OV, [
        ("Bedömning", "Städare, domningar i båda händerna nattetid. Sannolkit KTS bilat, hö > vä. Neurografi om 4 v, nattskenor utprovade av AT."),
    ])],
    [("NL102", "n1")], [],
    "typo 'Sannolkit KTS' (abbreviated diagnosis) in visible Bedömning"))

add(case("d53-tidiga-hypoteser-mall-och-vanlig-anteckning-lacker", "skane", ("1959-11-09", "547"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Tidiga hypoteser", "minne_hlm", "Karl Jeppsson", L,
          "2024-04-15T10:00:00", "2024-04-15T10:40:00", OV, [
        ("Bedömning", "Misstänkt frontotemporal demens, beteendevariant, utifrån anhörigas beskrivning och personlighetsförändring. Vill inte framföra misstanken innan NP-test."),
     ]),
     note("n2", M, "Läkaranteckning", "minne_hlm", "Karl Jeppsson", L,
          "2024-04-15T10:45:00", "2024-04-15T11:20:00", OV, [
        ("Anamnes", "Arbetar som lärare, kollegor och rektor har reagerat på omdömeslöshet och att han glömt lektioner."),
        ("Bedömning", "Misstänkt frontotemporal demens, se även utredningsplan. Sjukskrivning 100 % 1 mån för att skydda pat i arbetet."),
     ])],
    [("NL102", "n2")], [("NL102", "n1")],
    "Skåne: the same hypothesis is protected in the Tidiga hypoteser template (n1) but leaks into an ordinary note (n2)"))

add(case("d53-vgr-th-sokord-men-lacka-i-bedomning", "vgr", ("1961-05-29", "392"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_skovde", "Pia Gustavsson", L,
          "2024-02-08T09:00:00", "2024-02-08T09:50:00", OV, [
        ("Tidiga hypoteser", "Bilden kan passa med tidig ALS, fascikulationer i tungan."),
        ("Bedömning", "Muskelsvaghet hö hand, trolig motorneuronsjukdom. EMG bokat."),
        ("Planering", "Sjukskriven från arbetet som bilmekaniker 100 % tills vidare."),
    ])],
    [("NL102", "n1")], [],
    "VGR: a hypothesis under sökord Tidiga hypoteser is protected, but 'trolig motorneuronsjukdom' in Bedömning is visible"))

add(case("d53-forsakringsmedicin-misstankt-somatoform-smarta", "skane", ("1981-07-18", "483"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "rehab_hbg", "Tobias Fransson", L,
          "2024-08-21T13:00:00", "2024-08-21T14:30:00", OV, [
        ("Aktuellt", "Försäkringsmedicinsk bedömning efter FK:s begäran om kompletterande underlag."),
        ("Anamnes", "Sjukskriven 18 mån för långvarig smärta i nacke och armar. Flera ortopediska bedömningar utan strukturella fynd."),
        ("Bedömning", "Misstänkt somatoformt smärtsyndrom; psykiatrisk konsult efterfrågas. Arbetsförmågan i ett normalt förekommande arbete bedöms till 25 % i nuläget."),
        ("Prognos", "Återgång i arbete i full omfattning inom 3 mån bedöms osannolik."),
    ])],
    [("NL102", "n1")], [],
    "insurance-medicine assessment: 'Misstänkt somatoformt smärtsyndrom' in visible Bedömning"))

add(case("d53-fhv-remiss-susp-spinal-stenos-busschauffor", "vgr", ("1960-02-14", "275"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_uddevalla", "Robert Nilsson", L,
          "2024-10-02T11:30:00", "2024-10-02T11:55:00", OV, [
        ("Anamnes", "Remiss från företagshälsovården. Busschaufför, bensmärta vid gång efter 200 m, bättre när han sitter eller lutar sig framåt."),
        ("Bedömning", "Susp. lumbal spinal stenos. MR LS-rygg beställd, svar till remittenten på FHV."),
    ])],
    [("NL102", "n1")], [],
    "'Susp.' before a diagnosis in a hospital note on an occupational-health referral"))

add(case("d53-typo-rehabkoordinator-trolig-utmattnigssyndrom", "skane", ("1975-11-30", "160"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Rehabkoordinatoranteckning", "psyk_trelleborg", "Jessica Mårtensson", "rehabkoordinator",
          "2024-03-11T14:00:00", "2024-03-11T14:20:00", OV, [
        ("Telefonkontakt", "Samtal med pat inför avstämningsmöte med FK och arbetsgivare 21/3. Enl. ansvarig läkare trolig utmattnigssyndrom, pat upplever att sömnen blivit bättre. Önskar börja arbeta 25 % med anpassade uppgifter."),
        ("Planering", "Kallar till avstämningsmöte, chef och HR-partner deltar."),
    ])],
    [("NL102", "n1")], [],
    "rehab coordinator repeats the physician's hedged diagnosis (typo 'utmattnigssyndrom') in a visible Melior note"))

add(case("d53-barn-vab-intyg-misstankt-celiaki", "vgr", ("2016-09-18", "226"),
    "2024-01-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "barn_nal", "Cecilia Ahlgren", L,
          "2024-01-16T10:00:00", "2024-01-16T10:45:00", OV, [
        ("Aktuellt", "Pojke 7 år med magont, lös avföring och viktstagnation sedan i höstas. Mamma har varit hemma från jobbet med honom många dagar."),
        ("Lab", "Transglutaminas-IgA 87 U/ml (ref <7), total-IgA normal."),
        ("Bedömning", "Misstänkt celiaki. Remiss för gastroskopi med px. Fortsatt normalkost till dess."),
        ("Intyg", "Intyg för tillfällig föräldrapenning utfärdat till mamman för besöksdagarna."),
    ])],
    [("NL102", "n1")], [],
    "child under 13 (guardian reads): 'Misstänkt celiaki' in visible Bedömning of a VAB-certificate visit"))

add(case("d53-lang-kardiologi-icd-forenligt-med-paf", "skane", ("1969-06-21", "819"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "kard_lund", "Erik Lindqvist", L,
          "2024-03-19T09:00:00", "2024-03-19T10:40:00", OV, [
        ("Anamnes", "54-årig man, lagerchef. Hjärtstopp med VF på arbetsplatsen 3/2, HLR av kollega och hjärtstartare, ROSC efter 6 min. Koronarangiografi utan akut ocklusion, gamla förändringar i RCA. Ischemisk kardiomyopati med EF 30 % på eko. ICD inopererad 12/2 som sekundärprevention. Sedan hemgång trött men klarar promenader 3 km. Inga synkopéer, inga chocker från ICD."),
        ("Status", "AT gott. Cor: regelbunden rytm, inga blåsljud. Pulm: vesikulärt bilat. BT 118/72. Puls 64. Inga ödem. Pocket ua."),
        ("EKG/ICD-kontroll", "Sinusrytm 62/min, QRS 110 ms. ICD-avläsning: inga behandlade arytmier. En episod 4 min med oregelbunden förmaksrytm 150/min den 2/3."),
        ("Bedömning", "Stabil efter hjärtstoppet. Episoden på avläsningen är förenlig med paroxysmalt förmaksflimmer, ej säkert skiljbar från sinustakykardi med extraslag. CHA2DS2-VASc 2 (kärlsjukdom, hjärtsvikt)."),
        ("Läkemedel", "Bisoprolol 5 mg, ramipril 5 mg, eplerenon 25 mg, atorvastatin 80 mg, dapagliflozin 10 mg."),
        ("Körkort", "Körförbud grupp I i 3 mån efter ICD-implantation för sekundärprevention enligt TS föreskrifter, dvs t.o.m. 12/5. Pat informerad och har lämnat bilnyckeln till hustrun."),
        ("Sjukskrivning", "Diagnos: Hjärtstopp med lyckad återupplivning, ischemisk kardiomyopati. Funktionsnedsättning: nedsatt fysisk uthållighet, NYHA II. Aktivitetsbegränsning: klarar ej truckkörning eller tunga lyft. Sjukskrivning 100 % t.o.m. 30/4, därefter planerad upptrappning till 50 %."),
        ("Planering", "Långtids-EKG 7 dygn. Hjärtrehab via fysioterapin. Återbesök 6 v."),
    ])],
    [("NL102", "n1")], [],
    "long cardiology chart: settled diagnoses plus one hedged one ('förenlig med paroxysmalt förmaksflimmer') in Bedömning"))

# ---------------------------------------------------------------------------
# NL102 must_not: PMO, protected place, negation, relatives, non-diagnostic hedges,
# conditionals, confirmed diagnoses
# ---------------------------------------------------------------------------

add(case("d53-pmo-trolig-epilepsi-maskinforare", "skane", ("1986-02-02", "457"),
    "2024-02-29T00:00:00",
    [note("n1", P, "Läkarbesök", "vc_kavlinge", "Magnus Törnqvist", L,
          "2024-02-19T08:20:00", "2024-02-19T08:55:00", OV, [
        ("Anamnes", "Maskinförare på bygge. Sambon såg ryckningar i armar och ben i sömnen förra veckan, pat vaknade förvirrad med ont i musklerna."),
        ("Bedömning", "Trolig epilepsi. Akut remiss neurologen SUS. Körförbud och sjukskrivning från maskinföraruppgifterna."),
    ])],
    [], [("NL102", "n1")],
    "PMO never shows diagnoses: 'Trolig epilepsi' at a vårdcentral is not NL102"))

add(case("d53-pmo-sjukintyg-misstankt-kts-kassapersonal", "skane", ("1971-03-19", "584"),
    "2024-04-30T00:00:00",
    [note("n1", P, "Sjukintyg", "vc_tomelilla", "Hanna Kjellberg", L,
          "2024-04-02T13:40:00", "2024-04-02T14:00:00", OV, [
        ("Sjukintyg", "Diagnos: Misstänkt karpaltunnelsyndrom bilat (G56.0). Funktionsnedsättning: nedsatt känsel och finmotorik i båda händerna. Aktivitetsbegränsning: klarar inte kassaarbete med streckkodsläsare. Prognos: god efter eventuell operation."),
    ])],
    [], [("NL102", "n1")],
    "PMO sick-leave certificate with a 'Misstänkt' diagnosis field is not NL102"))

add(case("d53-pmo-typo-trolig-utmatningssyndrom-dd-depression", "skane", ("1983-12-27", "639"),
    "2024-10-31T00:00:00",
    [note("n1", P, "Läkarbesök", "vc_eslov", "Fredrik Axelsson", L,
          "2024-10-15T10:00:00", None, OV, [
        ("Bedömning", "Trolig utmatningssyndrom, DD depression. PHQ-9 14. Sjukskrivning 50 % 3 v, KBT-remiss till psykosociala teamet."),
    ])],
    [], [("NL102", "n1")],
    "PMO unsigned draft with typo 'utmatningssyndrom' and DD: PMO does not show diagnoses"))

add(case("d53-pmo-rehabkoordinator-sannolik-fibromyalgi", "skane", ("1967-08-15", "742"),
    "2024-06-30T00:00:00",
    [note("n1", P, "Rehabkoordinering", "vc_hlm_norra", "Therese Blom", "rehabkoordinator",
          "2024-06-05T11:15:00", "2024-06-05T11:30:00", OV, [
        ("Telefonkontakt", "Pat ringer efter beskedet från FK. Läkaren bedömer sannolik fibromyalgi, pat vill pröva arbetsträning 25 % på ordinarie arbetsplats. Kontakt tagen med arbetsgivaren efter pat samtycke."),
    ])],
    [], [("NL102", "n1")],
    "PMO rehab coordinator note with 'sannolik fibromyalgi' is not NL102"))

add(case("d53-pmo-murare-kan-ej-utesluta-coxartros", "skane", ("1963-05-10", "166"),
    "2024-09-30T00:00:00",
    [note("n1", P, "Läkarbesök", "vc_simrishamn", "Jan-Erik Pålsson", L,
          "2024-09-17T14:20:00", "2024-09-17T14:45:00", OV, [
        ("Bedömning", "Murare, smärta i hö höft vid gång i trappor. Inåtrotation smärtsam och nedsatt. Kan ej utesluta coxartros, rtg bäcken och höft remitteras. Intyg till företagshälsovården om tillfälligt undantag från tunga lyft."),
    ])],
    [], [("NL102", "n1")],
    "PMO: 'Kan ej utesluta coxartros' in primary care is never shown as a diagnosis"))

add(case("d53-pmo-lang-fk-komplettering-trolig-adhd", "skane", ("1976-04-04", "285"),
    "2024-11-30T00:00:00",
    [note("n1", P, "Läkarbesök", "vc_stlars", "Helena Rydberg", L,
          "2024-11-13T09:00:00", "2024-11-13T10:20:00", OV, [
        ("Kontaktorsak", "Försäkringskassan begär komplettering av läkarintyget för sjukpenning, handläggaren efterfrågar tydligare beskrivning av aktivitetsbegränsningen."),
        ("Anamnes", "48-årig kvinna, ekonomiassistent på kommunen. Sjukskriven sedan 5 mån, initialt 100 %, nu 50 %. Beskriver sedan barndomen svårt att komma igång med uppgifter, tappar bort saker, impulsiva köp. Under omorganisationen i höstas föll strukturen i arbetet bort, missade deadlines och fick en varning av chefen. Sover 6 h, vaknar tidigt. Ingen alkohol utöver helger, AUDIT 4."),
        ("Status", "Vaken, orienterad, god kontakt. Rastlös i stolen, avbryter ofta. Ingen suicidalitet. Stämningsläget lätt sänkt men reaktivt."),
        ("Skattningar", "ASRS del A 5/6. MADRS-S 16. PHQ-9 11."),
        ("Bedömning", "Trolig ADHD av kombinerad typ med sekundär nedstämdhet, utmattningsbilden nu mindre framträdande. Remiss till vuxenpsykiatrin för NP-utredning skickad, väntetid ca 8 mån."),
        ("Sjukintyg", "Funktionsnedsättning: nedsatt uppmärksamhet och exekutiv förmåga, svårt att prioritera. Aktivitetsbegränsning: kan inte självständigt planera och slutföra bokslutsuppgifter med tidsgränser, klarar rutinmässig fakturahantering 4 h/dag med stöd av chef. Prognos: arbetsförmågan bedöms kunna öka när diagnostik och ev. behandling kommit på plats, svårt att ange tid."),
        ("Åtgärd", "Kompletterande intyg skickat till FK elektroniskt. Rehabkoordinator kontaktas för avstämningsmöte med arbetsgivaren. Återbesök 6 v."),
    ])],
    [], [("NL102", "n1")],
    "long PMO chart answering an FK request, with 'Trolig ADHD': PMO never shows diagnoses"))

add(case("d53-skane-tidiga-hypoteser-mall-trolig-alzheimer", "skane", ("1957-10-10", "438"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Tidiga hypoteser", "minne_malmo", "Agneta Borg", L,
          "2024-05-14T15:00:00", "2024-05-14T15:25:00", OV, [
        ("Bedömning", "Trolig Alzheimers sjukdom med tidig debut, utifrån MMT 22/30 och hippocampusatrofi på MR. Pat arbetar som revisor; körkortsfrågan tas upp först när utredningen är klar."),
    ])],
    [], [("NL102", "n1")],
    "Skåne: the hedged diagnosis sits in a note with template Tidiga hypoteser, which is filtered"))

add(case("d53-skane-tidiga-hypoteser-mall-misstankt-alkoholleverskada", "skane", ("1969-09-09", "613"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Tidiga hypoteser", "med_landskrona", "Stefan Håkansson", L,
          "2024-07-09T10:30:00", "2024-07-09T10:50:00", OV, [
        ("Anamnes", "Arbetskamrat har enligt arbetsgivaren uppgett alkoholdoft på morgonen."),
        ("Bedömning", "Misstänkt alkoholbetingad leverskada, GT 4,8 och MCV 104. Behöver verifieras med PEth innan det tas upp med pat."),
    ])],
    [], [("NL102", "n1")],
    "Skåne: a hedged diagnosis with third-party information only inside a Tidiga hypoteser note"))

add(case("d53-vgr-tidiga-hypoteser-sokord-enbart-synkope", "vgr", ("1965-12-03", "204"),
    "2024-06-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "med_alingsas", "Sven Ivarsson", L,
          "2024-06-12T13:30:00", "2024-06-12T14:00:00", OV, [
        ("Aktuellt", "Kontroll efter synkope på arbetet, kontorist. Inga nya episoder."),
        ("Status", "BT 128/76 liggande, 122/74 stående. Hjärta regelbunden rytm, inga blåsljud."),
        ("Tidiga hypoteser", "Möjligt paroxysmalt AV-block som orsak, kan inte uteslutas trots normalt Holter."),
        ("Planering", "Implanterbar loop-recorder diskuteras. Åter i arbete fr.o.m. måndag."),
    ])],
    [], [("NL102", "n1")],
    "VGR: the only hedged diagnosis is under sökord Tidiga hypoteser; the rest of the note has none"))

add(case("d53-typo-ingen-misstanke-om-epilepis-taxi", "skane", ("1993-07-23", "549"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_hbg", "Lars Wikström", L,
          "2024-08-08T10:00:00", "2024-08-08T10:30:00", OV, [
        ("Bedömning", "Svimning i duschen med prodromer, värmekänsla och illamående före. Ingen misstanke om epilepis. Vasovagal synkope. Inget hinder för körkort, arbetar som taxiförare och kan återgå direkt."),
    ])],
    [], [("NL102", "n1")],
    "negated 'Ingen misstanke om epilepis' (typo in the disease word) with a settled vasovagal syncope"))

add(case("d53-kts-uteslutes-normal-neurografi-datorarbete", "vgr", ("1982-02-17", "367"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "handkir_su", "Maja Engström", L,
          "2024-05-28T09:00:00", "2024-05-28T09:20:00", OV, [
        ("Utredning", "Neurografi: normala latenser och amplituder n. medianus och n. ulnaris bilat."),
        ("Bedömning", "KTS uteslutes. Besvären bedöms som överbelastning av underarmens extensorer vid datorarbete. Ergonomisk genomgång via företagshälsovården."),
    ])],
    [], [("NL102", "n1")],
    "'KTS uteslutes' is a ruled-out diagnosis, not a hypothesis"))

add(case("d53-rtg-inga-tecken-pa-artros-plattsattare", "vgr", ("1979-01-08", "412"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Mottagningsanteckning", "ortop_kungalv", "Johanna Wik", L,
          "2024-07-02T14:00:00", "2024-07-02T14:20:00", OV, [
        ("Bedömning", "Rtg knän stående: inga tecken på artros, ledspringor bevarade. Patellofemoral smärta vid knästående arbete som plattsättare. Fysioterapi och knäskydd. Ingen sjukskrivning."),
    ])],
    [], [("NL102", "n1")],
    "'inga tecken på artros' is negated; the remaining statements are findings and a plan"))

add(case("d53-mr-likvor-talar-emot-ms-tandhygienist", "skane", ("1996-04-29", "275"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_malmo", "Rebecka Olsson", L,
          "2024-04-25T11:00:00", "2024-04-25T11:30:00", OV, [
        ("Bedömning", "Normal MR hjärna och halsrygg samt avsaknad av oligoklonala band talar emot MS. Stickningarna bedöms som funktionella. Kan fortsätta arbeta som tandhygienist."),
    ])],
    [], [("NL102", "n1")],
    "'talar emot MS' negates the diagnosis; no hypothesis remains"))

add(case("d53-amm-misstanken-om-yrkesastma-avskrivs", "vgr", ("1989-09-14", "590"),
    "2024-12-20T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_gbg", "Gustav Lindberg", L,
          "2024-12-10T10:00:00", "2024-12-10T10:45:00", OV, [
        ("Utredning", "Specifik bronkialprovokation med isocyanat negativ. Metakolintest normalt."),
        ("Bedömning", "Misstanken om yrkesastma avskrivs. Luftvägsbesvären förklaras av rinit. Inget hinder att fortsätta som billackerare med befintligt andningsskydd."),
    ])],
    [], [("NL102", "n1")],
    "'Misstanken om yrkesastma avskrivs': the suspicion is dropped, so nothing uncertain remains"))

add(case("d53-mor-trolig-als-pat-symtomfri", "skane", ("1984-11-11", "733"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_lund", "Christer Nord", L,
          "2024-10-24T13:00:00", "2024-10-24T13:40:00", OV, [
        ("Anamnes", "Oro för ärftlig sjukdom. Mor avled 61 år med trolig ALS, aldrig genetiskt utredd. Pat själv symtomfri, arbetar som IT-konsult."),
        ("Status", "Neurologiskt helt ua, inga fascikulationer, normal kraft."),
        ("Bedömning", "Inga kliniska tecken på motorneuronsjukdom. Erbjuds genetisk vägledning."),
    ])],
    [], [("NL102", "n1")],
    "'trolig ALS' is the mother's disease, the patient's own motor neuron disease is negated"))

add(case("d53-korkortsintyg-bror-misstankt-epilepsi", "vgr", ("2000-05-31", "108"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "med_kungalv", "Anna-Karin Lööf", L,
          "2024-03-07T08:00:00", "2024-03-07T08:25:00", OV, [
        ("Aktuellt", "Läkarintyg för körkortstillstånd grupp II, vill bli bussförare. Bror utreds för misstänkt epilepsi. Själv aldrig haft kramper eller medvetandeförluster."),
        ("Bedömning", "Frisk. Inga medicinska hinder för högre behörighet. Intyg utfärdat."),
    ])],
    [], [("NL102", "n1")],
    "driving-licence certificate: the suspected epilepsy belongs to the brother"))

add(case("d53-typo-prognos-troligen-arbetsfor-utmattningsyndrom", "skane", ("1978-02-20", "524"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_landskrona", "Mats Gullberg", L,
          "2024-09-16T10:00:00", "2024-09-16T10:35:00", OV, [
        ("Sjukintyg", "Diagnos: Utmattningsyndrom F43.8A, kriterierna uppfyllda sedan 7 mån. Funktionsnedsättning: nedsatt minne och mental uthållighet. Aktivitetsbegränsning: klarar 2 h koncentrerat arbete per dag. Prognos: troligen arbetsför på heltid om 4 veckor med stegvis upptrappning."),
    ])],
    [], [("NL102", "n1")],
    "settled diagnosis (typo 'Utmattningsyndrom'); the only hedge is on the prognosis 'troligen arbetsför'"))

add(case("d53-ev-deltidssjukskrivning-ra-skov-frisor", "vgr", ("1973-03-03", "681"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "reuma_skovde", "Ebba Holmgren", L,
          "2024-02-15T09:30:00", "2024-02-15T10:00:00", OV, [
        ("Bedömning", "Reumatoid artrit sedan 2019, nu skov med synoviter i handlederna. Metotrexat höjs till 20 mg."),
        ("Planering", "Ev. deltidssjukskrivning 50 % om skovet inte svarat inom 2 v. Pat arbetar som frisör och har eget företag, vill helst undvika."),
    ])],
    [], [("NL102", "n1")],
    "'Ev. deltidssjukskrivning' hedges a plan; the rheumatoid arthritis is settled"))

add(case("d53-sannolikt-nedsatt-lyftformaga-diskbrack-verifierat", "skane", ("1985-01-23", "246"),
    "2024-03-15T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_lund", "Olle Sundberg", L,
          "2024-03-01T13:00:00", "2024-03-01T13:30:00", OV, [
        ("Diagnos", "Diskbråck L4–L5 hö, MR-verifierat 12/2."),
        ("Sjukintyg", "Funktionsnedsättning: sannolikt nedsatt förmåga att lyfta mer än 5 kg under 6–8 v. Aktivitetsbegränsning: kan ej bära material på byggarbetsplatsen. Prognos: god med konservativ behandling."),
    ])],
    [], [("NL102", "n1")],
    "'sannolikt nedsatt förmåga att lyfta' hedges a functional limitation, not a diagnosis"))

add(case("d53-fysioterapeut-ev-remiss-fhv-rotatorcuff", "vgr", ("1990-10-10", "319"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Fysioterapeutanteckning", "fysio_molndal", "Petra Alm", "fysioterapeut",
          "2024-09-25T15:00:00", None, OV, [
        ("Aktuellt", "Rotatorcuffsyndrom hö enligt läkarbedömning, nu v 6 i träningsprogrammet. Abduktion 150°."),
        ("Planering", "Ev. remiss till företagshälsovården för arbetsplatsbesök då takarbete som elektriker provocerar. Eventuellt röntgen om platå."),
    ])],
    [], [("NL102", "n1")],
    "unsigned physiotherapy draft: 'Ev. remiss' and 'Eventuellt röntgen' are hedged plans"))

add(case("d53-nstemi-trolig-utskrivning-imorgon", "skane", ("1955-12-05", "157"),
    "2024-01-31T00:00:00",
    [note("n1", M, "Daganteckning", "kard_hbg_avd", "Jörgen Ahl", L,
          "2024-01-23T11:00:00", "2024-01-23T11:25:00", SV, [
        ("Bedömning", "NSTEMI, PCI mot LAD igår utan komplikationer. Trolig utskrivning imorgon. Körförbud enligt TS föreskrifter efter hjärtinfarkt, pat informerad. Arbetar som säljare med mycket bilkörning, sjukskrivs 2 v."),
    ])],
    [], [("NL102", "n1")],
    "inpatient note: 'Trolig utskrivning imorgon' is a hedged plan; the NSTEMI is settled"))

add(case("d53-provocerat-anfall-om-ny-kramp", "vgr", ("1997-12-19", "462"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning akut", "akut_sas", "Amir Karimi", L,
          "2024-05-27T03:10:00", "2024-05-27T04:00:00", OV, [
        ("Bedömning", "Generaliserat tonisk-kloniskt anfall efter två nätter utan sömn och hög koffeinkonsumtion inför tentan. Normal DT hjärna och lab. Provocerat anfall. Körförbud enligt TS regler informerat. Om ny kramp – sök akut, längre körförbud blir då aktuellt."),
        ("Intyg", "Sjukintyg 3 dagar till arbetsgivaren, extrajobb på lager."),
    ])],
    [], [("NL102", "n1")],
    "conditional 'Om ny kramp …' with a settled diagnosis of a provoked seizure"))

add(case("d53-tidigare-misstankt-kts-nu-verifierat", "skane", ("1974-04-14", "393"),
    "2024-06-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "handkir_malmo", "Marie Thulin", L,
          "2024-06-20T10:40:00", "2024-06-20T11:00:00", OV, [
        ("Bedömning", "Tidigare misstänkt karpaltunnelsyndrom hö, nu verifierat med neurografi (distal latens 6,2 ms). Op-anmäld för karpaltunnelklyvning."),
        ("Sjukskrivning", "Efter op 2 v sjukskrivning som fordonsmontör, därefter lätt arbete."),
    ])],
    [], [("NL102", "n1")],
    "'Tidigare misstänkt … nu verifierat': the diagnosis is now confirmed"))

add(case("d53-arbetsterapeut-troligen-svart-att-sitta-ms-kand", "skane", ("1971-06-16", "808"),
    "2024-11-30T00:00:00",
    [note("n1", M, "Arbetsterapeutanteckning", "rehab_orup", "Lisa Henriksson", "arbetsterapeut",
          "2024-11-19T09:30:00", "2024-11-19T10:30:00", OV, [
        ("Bedömning", "Kartläggning med AWP inför arbetsåtergång. Pat med känd multipel skleros sedan 2015. Aktivitetsbegränsning: troligen svårt att sitta mer än 30 min i följd, uttröttas efter 2 h kontorsarbete. Rekommenderar höj- och sänkbart skrivbord och schemalagda pauser."),
    ])],
    [], [("NL102", "n1")],
    "occupational therapist hedges an activity limitation ('troligen svårt att sitta'); the MS is known"))

add(case("d53-mojligen-nedsatt-sensibilitet-skarskada-kock", "vgr", ("1986-07-30", "571"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "plastik_su", "Ida Sandström", L,
          "2024-08-20T13:30:00", "2024-08-20T13:50:00", OV, [
        ("Status", "Läkt skärskada vä tumme volart efter olycka med kniv i storköket. Möjligen lätt nedsatt sensibilitet radialt på tummen, 2PD 6 mm. Full rörlighet."),
        ("Bedömning", "Ingen nervskada som kräver åtgärd. Återgår i arbete som kock på måndag."),
    ])],
    [], [("NL102", "n1")],
    "'Möjligen lätt nedsatt sensibilitet' hedges a finding, not a diagnosis"))

add(case("d53-epilepsi-bedoms-inte-som-trolig", "skane", ("1992-09-08", "636"),
    "2024-12-20T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_kri", "Åsa Lundgren", L,
          "2024-12-02T14:00:00", "2024-12-02T14:35:00", OV, [
        ("Bedömning", "Tre kortvariga frånvaroattacker på jobbet som kollegorna beskrivit. EEG normalt, inget tungbett eller postiktal fas. Epilepsi bedöms inte som trolig. Episoderna har samband med hyperventilation vid stress och har upphört efter samtalsbehandling på VC. Inga körkortsrestriktioner."),
    ])],
    [], [("NL102", "n1")],
    "'Epilepsi bedöms inte som trolig' negates the hedged diagnosis"))

add(case("d53-pmo-typo-misstakt-anpassningsstorning-ssk", "skane", ("1994-03-12", "251"),
    "2024-05-31T00:00:00",
    [note("n1", P, "Telefonkontakt", "vc_bjuv", "Camilla Ohlsson", "sjuksköterska",
          "2024-05-06T08:45:00", "2024-05-06T08:55:00", OV, [
        ("Telefonkontakt", "Pat ringer, sjukskriven sedan 2 v. Misstäkt anpassningsstörning enl. dr Holm, upplever viss förbättring. Önskar tid för förlängning av intyget, bokad till dr Holm 14/5."),
    ])],
    [], [("NL102", "n1")],
    "PMO nurse phone note with typo 'Misstäkt anpassningsstörning' is not NL102"))

add(case("d53-korkort-grupp2-krav-sannolikt-uppfyllda-diabetes", "vgr", ("1982-12-31", "178"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "diabetes_uddevalla", "Kristina Fors", L,
          "2024-10-17T10:00:00", "2024-10-17T10:30:00", OV, [
        ("Bedömning", "Diabetes typ 1 sedan 1995, HbA1c 54, CGM utan allvarliga hypoglykemier senaste året. Medicinska krav för körkort grupp II bedöms sannolikt uppfyllda, intyg till Transportstyrelsen skrivs när CGM-rapport för 12 mån bifogats."),
    ])],
    [], [("NL102", "n1")],
    "'sannolikt uppfyllda' hedges fitness to drive, the diabetes is settled"))

add(case("d53-axelprotes-troligen-atergang-v22", "skane", ("1968-08-01", "474"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_hlm", "Bengt Ström", L,
          "2024-04-04T09:00:00", None, OV, [
        ("Bedömning", "6 v postop efter axelprotes hö pga primär artros. Sårläkt, flexion 110°. Troligen kan pat återgå som busschaufför v 22 efter trafikmedicinsk bedömning av rörligheten. Fortsatt sjukskrivning 100 % 4 v."),
    ])],
    [], [("NL102", "n1")],
    "unsigned draft: 'Troligen kan pat återgå' hedges return to work after a settled diagnosis"))

add(case("d53-kurator-fk-indragen-sjukpenning-sannolikt-omprovning", "vgr", ("1964-06-17", "792"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Kuratorsanteckning", "kurator_onk_su", "Malin Jonsson", "kurator",
          "2024-03-21T13:00:00", "2024-03-21T13:45:00", OV, [
        ("Samtal", "Samtal om ekonomin efter bröstcancerbehandlingen. FK har beslutat om indragen sjukpenning från 1/4 då arbetsförmågan nu prövas mot normalt förekommande arbete. Pat kommer sannolikt att begära omprövning, hjälp med skrivelsen erbjuds. Ev. kontakt med facket."),
    ])],
    [], [("NL102", "n1")],
    "counsellor's hedges concern an FK appeal and a union contact; the breast cancer is settled"))

add(case("d53-barnakut-rsv-verifierad-vab-intyg", "vgr", ("2023-04-05", "620"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "barnakut_dsbus", "Felicia Lindström", L,
          "2024-02-03T19:30:00", "2024-02-03T20:05:00", OV, [
        ("Bedömning", "RS-virusinfektion, positivt snabbtest. Sat 96 %, äter hälften av ordinarie mängd. Hem med råd, ev. återbesök på BVC om 2–3 dagar. Intyg om tillfällig föräldrapenning utfärdat till pappan fr.o.m. idag."),
    ])],
    [], [("NL102", "n1")],
    "infant (guardian reads): confirmed RS virus; 'ev. återbesök' is a plan"))

add(case("d53-rehabkoordinator-vgr-ev-arbetstraning", "vgr", ("1987-12-09", "157"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Rehabkoordinatoranteckning", "rehabkoord_molndal", "Sanna Eriksson", "rehabkoordinator",
          "2024-02-12T10:00:00", "2024-02-12T10:15:00", OV, [
        ("Planering", "Avstämning med pat via telefon. Ev. arbetsträning via Arbetsförmedlingen om arbetsgivaren inte kan erbjuda anpassade uppgifter, trolig start v 10. Nytt läkarintyg behövs före 28/2."),
    ])],
    [], [("NL102", "n1")],
    "rehab coordinator hedges work training and a start week; no diagnosis is named"))

add(case("d53-typo-ingen-missanke-om-epilepsi-friskskriven", "vgr", ("1975-10-05", "843"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_uddevalla", "Henrik Tell", L,
          "2024-07-16T11:00:00", "2024-07-16T11:20:00", OV, [
        ("Bedömning", "Ingen missanke om epilepsi efter normalt sömndeprivations-EEG och typisk synkopeanamnes. Körkortet påverkas inte. Friskskriven."),
    ])],
    [], [("NL102", "n1")],
    "negation with typo 'Ingen missanke om epilepsi' still negates"))

add(case("d53-differentialdiagnoser-uteslutna-utmattning-amm", "skane", ("1980-03-27", "509"),
    "2024-06-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_lund", "Karolina Ek", L,
          "2024-06-26T09:00:00", "2024-06-26T10:00:00", OV, [
        ("Bedömning", "Utmattningssyndrom F43.8A, fastställt vid utredningen här. Differentialdiagnoser som hypotyreos, B12-brist och sömnapné är uteslutna genom lab och polygrafi. Arbetsmiljön på avdelningen med hög arbetsbelastning har bidragit, arbetsgivaren rekommenderas se över bemanningen."),
    ])],
    [], [("NL102", "n1")],
    "the word 'Differentialdiagnoser' introduces only ruled-out diagnoses; the main diagnosis is settled"))

# ---------------------------------------------------------------------------
# NL101 must: a diagnosis in a visible section while the text says the patient
# has not been told / must not be told yet
# ---------------------------------------------------------------------------

add(case("d53-emg-als-misstanke-pat-annu-ej-informerad", "skane", ("1963-02-08", "274"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_malmo", "Magdalena Wirén", L,
          "2024-03-08T15:00:00", "2024-03-08T15:40:00", OV, [
        ("Utredning", "EMG: pågående denervation och kroniska reinnervationsförändringar i tre regioner, fascikulationer i tungan."),
        ("Bedömning", "Fynden inger stark misstanke om ALS. Pat ännu inte informerad om att EMG visar ALS-misstanke, diagnosbesked planeras vid läkarbesök med kurator 19/3."),
        ("Sjukskrivning", "Arbetar som målare, fortsatt sjukskriven 100 % pga svaghet i händerna."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "EMG shows suspected ALS, written in a visible Bedömning, and the patient is not yet informed"))

add(case("d53-ms-mcdonald-uppfyllda-ej-fatt-besked", "vgr", ("1993-06-22", "531"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_nal", "Oscar Blomqvist", L,
          "2024-04-16T14:00:00", "2024-04-16T14:20:00", OV, [
        ("Utredning", "MR med ny laddande lesion jämfört med december, oligoklonala band positiva i likvor."),
        ("Bedömning", "Multipel skleros, skovvis förlöpande, McDonald-kriterierna uppfyllda. Pat har inte fått besked, kallas till återbesök nästa vecka där bromsmedicin diskuteras."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "a settled MS diagnosis stands visible while the patient has not had the news (no hedge, so no NL102)"))

add(case("d53-pad-melanom-besked-ej-lamnat-byggnadsarbetare", "skane", ("1977-11-04", "626"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "hud_hbg", "Therese Falk", L,
          "2024-08-14T16:10:00", "2024-08-14T16:30:00", OV, [
        ("Utredning", "PAD från excision rygg: malignt melanom, superficiellt spridande, Breslow 1,3 mm, ulceration saknas."),
        ("Bedömning", "Besked ej lämnat till patienten ännu, telefontid bokad till imorgon. Utvidgad excision och sentinel node planeras. Pat är byggnadsarbetare och kommer att behöva sjukskrivning efter op."),
    ])],
    [("NL101", "n1")], [],
    "melanoma PAD in a visible section with 'Besked ej lämnat till patienten ännu'"))

add(case("d53-minnesmott-alzheimer-ej-informerad-korkort", "skane", ("1954-03-30", "185"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "minne_ystad", "Gertrud Mattsson", L,
          "2024-03-20T13:00:00", "2024-03-20T13:30:00", OV, [
        ("Bedömning", "Konsensus i teamet idag: Alzheimers sjukdom, lindrig demens. Pat ej informerad ännu, diagnosbesked vid återbesök 2/4 med dottern närvarande. Då tas även körkortet upp, anmälan till Transportstyrelsen sannolikt nödvändig."),
    ])],
    [("NL101", "n1")], [],
    "team-settled Alzheimer diagnosis visible in Bedömning while 'Pat ej informerad ännu'"))

add(case("d53-amm-losningsmedelsencefalopati-ej-underrattad", "vgr", ("1959-08-24", "217"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "amm_gbg", "Björn Sjögren", L,
          "2024-04-24T10:00:00", "2024-04-24T10:40:00", OV, [
        ("Anamnes", "Tidigare billackerare 1978–2002 med lösningsmedelsexponering. Minnesproblem och trötthet."),
        ("Utredning", "Neuropsykologisk testning visar nedsatt psykomotorisk hastighet och arbetsminne, MR hjärna ua."),
        ("Bedömning", "Kronisk toxisk encefalopati, typ 2A, fastställd vid teamkonferens. Patienten är inte underrättad ännu – besked vid återbesök 8/5, därefter arbetsskadeanmälan."),
    ])],
    [("NL101", "n1")], [],
    "occupational medicine: settled solvent encephalopathy visible while the patient is 'inte underrättad ännu'"))

add(case("d53-onk-lungmetastaser-far-inte-informeras-per-telefon", "skane", ("1966-01-18", "348"),
    "2024-03-15T00:00:00",
    [note("n1", M, "Telefonanteckning", "onk_lund", "Ylva Hedberg", L,
          "2024-03-11T11:20:00", "2024-03-11T11:35:00", OV, [
        ("Telefonkontakt", "Pat ringer och frågar efter DT-svaret, arbetsgivaren vill veta när hon kan börja arbeta igen. DT visar nytillkomna lungmetastaser från känd koloncancer. Får inte informeras per telefon, besked vid läkarbesök fredag 15/3; pat meddelad att svaret gås igenom på besöket."),
    ])],
    [("NL101", "n1")], [],
    "new lung metastases in a visible phone note that says the patient must not be told by phone yet"))

add(case("d53-typo-kll-ej-infomerad", "vgr", ("1961-09-19", "402"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "hema_skovde", "Per Lindahl", L,
          "2024-04-10T15:30:00", "2024-04-10T15:45:00", OV, [
        ("Utredning", "Flödescytometri perifert blod: klonal B-cellspopulation CD5+/CD23+, lymfocyter 14."),
        ("Bedömning", "Kronisk lymfatisk leukemi, Binet A. Pat ej infomerad om diagnosen ännu, ringer inte – besök bokat 22/4."),
    ])],
    [("NL101", "n1")], [],
    "typo 'ej infomerad': settled CLL visible while the patient has not been told"))

add(case("d53-datscan-talar-for-parkinson-kirurg-ej-informerad", "vgr", ("1964-12-20", "650"),
    "2024-11-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_su", "Louise Hammar", L,
          "2024-11-21T09:00:00", "2024-11-21T09:25:00", OV, [
        ("Bedömning", "DAT-scan visar nedsatt upptag i putamen vä > hö, talar för Parkinsons sjukdom. Pat ännu ej informerad, arbetar som kirurg och beskedet kräver planering av arbetssituationen."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "'talar för Parkinsons sjukdom' visible while 'Pat ännu ej informerad'"))

add(case("d53-pankreascancer-avvaktar-informera-tills-maken", "skane", ("1958-05-26", "462"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "kir_malmo", "Anders Rosén", L,
          "2024-10-17T17:00:00", "2024-10-17T17:20:00", OV, [
        ("Bedömning", "DT buk och EUS-biopsi: adenocarcinom i pankreashuvudet, resektabelt. Avvaktar med att informera pat om diagnosen tills maken kan närvara på tisdag, enligt pat egen önskan om att ha honom med vid besked."),
    ])],
    [("NL101", "n1")], [],
    "'Avvaktar med att informera pat om diagnosen' with the cancer diagnosis in visible Bedömning"))

add(case("d53-eeg-jme-pat-har-annu-inte-fatt-veta", "skane", ("1999-04-14", "583"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_kri", "Robin Lindell", L,
          "2024-03-18T10:00:00", "2024-03-18T10:15:00", OV, [
        ("Utredning", "EEG: generaliserade spike-wave-urladdningar 3–4 Hz vid fotostimulering."),
        ("Bedömning", "Juvenil myoklon epilepsi. Pat har ännu inte fått veta, besked och körkortsinformation ges vid besök 26/3 då även anmälningsplikten gentemot Transportstyrelsen gås igenom."),
    ])],
    [("NL101", "n1")], [],
    "driving-licence context: juvenile myoclonic epilepsy settled and visible, the patient 'har ännu inte fått veta'"))

add(case("d53-utkast-hodgkin-pat-inte-informerad-an", "vgr", ("1995-02-09", "309"),
    "2024-06-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "med_alingsas", "Nora Svensson", L,
          "2024-06-19T16:30:00", None, OV, [
        ("Bedömning", "PAD lymfkörtel hals: klassiskt Hodgkins lymfom, nodulär skleros. Pat inte informerad än, remiss till onkologen skickad. Sjukintyget förlängs med symtomdiagnos tills besked givits."),
    ])],
    [("NL101", "n1")], [],
    "unsigned draft: Hodgkin lymphoma visible while 'Pat inte informerad än'"))

add(case("d53-sarkom-flera-anteckningar-forsta-undanhaller", "skane", ("1972-10-02", "716"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Läkaranteckning", "sarkom_lund", "Peter Engdahl", L,
          "2024-02-06T15:00:00", "2024-02-06T15:20:00", OV, [
        ("Utredning", "Mellannålsbiopsi lår vä: myxoid liposarkom, höggradig komponent saknas."),
        ("Bedömning", "Pat ej informerad om PAD-svaret, kallas till sarkomteamet på fredag. Fortsatt sjukskriven som kock."),
     ]),
     note("n2", M, "Läkaranteckning", "sarkom_lund", "Peter Engdahl", L,
          "2024-02-09T10:00:00", "2024-02-09T10:45:00", OV, [
        ("Bedömning", "Diagnosbesked om myxoid liposarkom lämnat idag med kontaktsjuksköterska närvarande. Pat och sambo informerade om preop strålbehandling och kirurgi."),
     ])],
    [("NL101", "n1")], [("NL101", "n2")],
    "the first note keeps an untold sarcoma visible; the later note tells the patient and is itself fine"))

add(case("d53-audiologi-bullerskada-ej-informerad-om-resultatet", "vgr", ("1970-07-07", "424"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "audio_su", "Katarina Lind", L,
          "2024-09-09T13:00:00", "2024-09-09T13:30:00", OV, [
        ("Utredning", "Tonaudiometri: bilateral sensorineural hörselnedsättning med dip vid 4 kHz, 55 dB."),
        ("Bedömning", "Bullerinducerad hörselskada bilat efter 25 år som plåtslagare utan konsekvent hörselskydd. Pat ej informerad om resultatet ännu, besked ges tillsammans med hörapparatutprovningen."),
    ])],
    [("NL101", "n1")], [],
    "noise-induced hearing loss visible in Bedömning while the patient is not told the result"))

add(case("d53-lungca-pat-kanner-annu-inte-till", "skane", ("1955-04-11", "135"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "lung_lund", "Malin Ståhl", L,
          "2024-03-27T14:00:00", "2024-03-27T14:20:00", OV, [
        ("Bedömning", "Bronkoskopi-px: adenocarcinom, EGFR-analys pågår. Pat känner ännu inte till att biopsin visat cancer – besked vid läkarbesök 4/4 när mutationsanalysen är klar. Sjukskrivningen som busschaufför förlängs 4 v."),
    ])],
    [("NL101", "n1")], [],
    "'Pat känner ännu inte till att biopsin visat cancer' with adenocarcinoma visible"))

add(case("d53-np-autism-har-inte-aterkopplats", "vgr", ("1989-11-25", "266"),
    "2024-04-15T00:00:00",
    [note("n1", M, "Psykologanteckning", "np_ostra", "Hedvig Carlsson", "psykolog",
          "2024-04-08T11:00:00", "2024-04-08T12:00:00", OV, [
        ("Utredning", "Neuropsykologisk utredning slutförd: WAIS-IV, ADOS-2, anamnes med modern."),
        ("Bedömning", "Autismspektrumtillstånd utan intellektuell funktionsnedsättning (F84.5). Har inte återkopplats till pat ännu; återgivningssamtal 17/4 där även arbetsanpassning och kontakt med Försäkringskassan tas upp."),
    ])],
    [("NL101", "n1")], [],
    "psychologist's settled autism diagnosis visible while it 'har inte återkopplats till pat ännu'"))

add(case("d53-mnd-medvetet-avstatt-informera-i-kris", "skane", ("1957-12-14", "371"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_lund", "Ola Kristiansson", L,
          "2024-05-13T13:30:00", "2024-05-13T14:10:00", OV, [
        ("Bedömning", "Tilltagande svaghet i benen och fascikulationer, EMG talar för motorneuronsjukdom. Har medvetet avstått från att informera pat om misstanken idag då hon var i akut kris efter uppsägningen från jobbet. Ny tid om 1 v med kurator."),
    ])],
    [("NL101", "n1"), ("NL102", "n1")], [],
    "physician deliberately withheld the suspected motor neuron disease, which still stands in visible Bedömning"))

add(case("d53-typo-glioblastom-ej-informerd", "vgr", ("1971-08-08", "519"),
    "2024-06-10T00:00:00",
    [note("n1", M, "Läkaranteckning", "neurokir_su", "Axel Wahlström", L,
          "2024-06-04T16:00:00", "2024-06-04T16:15:00", OV, [
        ("Bedömning", "Op-PAD: glioblastom IDH-vildtyp, grad 4. Patienten ej informerd om PAD-svaret, besked planerat vid återbesök med kontaktsjuksköterska 11/6. Sjukskrivning 100 % förlängs, arbetar som lärare."),
    ])],
    [("NL101", "n1")], [],
    "typo 'ej informerd': glioblastoma visible before the patient has been told"))

add(case("d53-lang-hcm-yrkesforare-ej-informerad", "vgr", ("1980-09-14", "838"),
    "2024-03-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "kard_nal", "Fredrik Ljung", L,
          "2024-03-21T10:00:00", "2024-03-21T11:10:00", OV, [
        ("Anamnes", "43-årig man, yrkesförare med C/CE, kör fjärrtransporter. Remiss från företagshälsovården efter patologiskt EKG vid hälsokontroll. Tidigare frisk. Morbror dog plötsligt 38 år gammal. Yrsel ibland vid tunga lyft vid lastning, ingen synkope."),
        ("Status", "AT gott. Cor: systoliskt blåsljud 2/6 vid vä sternalrand som ökar vid Valsalva. BT 134/82. Pulm ua."),
        ("Utredning", "EKG: vänsterkammarhypertrofi med djupa T-negativiteter V4–V6. Eko: asymmetrisk septumhypertrofi 21 mm, LVOT-gradient i vila 18 mmHg, vid Valsalva 52 mmHg. Hjärt-MR: septal hypertrofi 22 mm med fläckvis fibros (LGE). Holter 48 h: enstaka VES, ingen VT."),
        ("Bedömning", "Hypertrofisk kardiomyopati med provocerbar obstruktion, diagnosen fastställd efter MR och genomgång på kardiologkonferensen 20/3. Pat ej informerad om diagnosen ännu, besked vid återbesök 27/3 tillsammans med hustrun. Konsekvenserna för C/CE-behörigheten och genetisk utredning av barnen tas upp då."),
        ("Körkort/arbete", "Avstår tills vidare från körning i yrket enligt överenskommelse efter ekot, sjukskriven 100 % t.o.m. 31/3 med diagnoskod för vänsterkammarhypertrofi i avvaktan på besked."),
        ("Planering", "Bisoprolol 2,5 mg insätts. Riskvärdering för plötslig död (HCM Risk-SCD) vid återbesöket. Remiss till klinisk genetik efter beskedet."),
    ])],
    [("NL101", "n1")], [("NL102", "n1")],
    "long cardiology chart: settled hypertrophic cardiomyopathy visible while 'Pat ej informerad om diagnosen ännu'"))

# ---------------------------------------------------------------------------
# NL101 must_not: told, untold thing is no diagnosis, others untold, protected,
# nothing said about telling
# ---------------------------------------------------------------------------

add(case("d53-pat-ej-informerad-om-att-fk-avslagit", "skane", ("1982-06-03", "447"),
    "2024-03-15T00:00:00",
    [note("n1", M, "Telefonanteckning", "psyk_kri", "Sebastian Holmqvist", L,
          "2024-03-05T14:30:00", "2024-03-05T14:45:00", OV, [
        ("Telefonkontakt", "Handläggare på FK ringer: ansökan om sjukpenning från 1/3 avslås, arbetsförmågan bedöms mot normalt förekommande arbete. Pat ej informerad om att FK avslagit, beslutsbrevet skickas idag."),
        ("Diagnos", "Utmattningssyndrom F43.8A, diagnosen genomgången med pat i höstas."),
        ("Planering", "Ringer pat imorgon för att gå igenom beslutet och möjligheten till omprövning."),
    ])],
    [], [("NL101", "n1")],
    "what the patient has not been told is FK's decision, not a diagnosis; the diagnosis was told in the autumn"))

add(case("d53-als-diagnosbesked-lamnat-idag", "skane", ("1960-03-17", "126"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_malmo", "Helena Dahlberg", L,
          "2024-09-12T13:00:00", "2024-09-12T14:00:00", OV, [
        ("Bedömning", "ALS, spinal debut, El Escorial-kriterierna uppfyllda. Diagnosbesked lämnat idag med make och kontaktsjuksköterska närvarande, pat tog emot beskedet sakligt. Sjukersättning diskuteras, pat arbetar som administratör och vill fortsätta så länge det går."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "the ALS diagnosis was told today, so NL101 is silent; no hedge either"))

add(case("d53-ms-informerades-vid-besoket-i-januari", "vgr", ("1991-09-29", "363"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_sas", "Mona Sjöholm", L,
          "2024-04-11T10:00:00", "2024-04-11T10:25:00", OV, [
        ("Aktuellt", "Uppföljning. Pat informerades om diagnosen MS vid besöket i januari och har nu startat Ocrevus. Jobbar 75 % som förskollärare, tröttheten begränsar eftermiddagarna."),
        ("Planering", "Sjukskrivning 25 % förlängs 2 mån. MR-kontroll i höst."),
    ])],
    [], [("NL101", "n1")],
    "the patient was told the diagnosis at an earlier visit"))

add(case("d53-arbetsgivaren-ej-informerad-bipolar", "skane", ("1984-01-09", "258"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "psyk_hlm", "Jenny Lindfors", L,
          "2024-07-01T09:30:00", "2024-07-01T10:00:00", OV, [
        ("Bedömning", "Bipolär sjukdom typ I, stabil på litium. Arbetsgivaren ej informerad om diagnosen enligt pat önskemål; sjukintyget till arbetsgivaren skrivs utan diagnos. Pat känner väl till sin diagnos sedan 2019."),
    ])],
    [], [("NL101", "n1")],
    "the employer is not told, the patient knows the diagnosis: not NL101"))

add(case("d53-forsakringsbolaget-har-inte-fatt-del-av-diagnosen", "vgr", ("1976-02-26", "731"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_skovde", "Torbjörn Falk", L,
          "2024-08-27T14:00:00", "2024-08-27T14:20:00", OV, [
        ("Aktuellt", "Pat har begärt intyg till sin privata sjukvårdsförsäkring efter menisk-op. Försäkringsbolaget har inte fått del av diagnosen knäledsartros, pat vill själv ta ställning till vad som lämnas ut."),
        ("Bedömning", "Medial degenerativ meniskskada och knäledsartros gr 2, pat informerad om båda vid op-besöket. Intyg skrivs efter pat samtycke."),
    ])],
    [], [("NL101", "n1")],
    "the insurer has not been told; the patient was informed of both diagnoses"))

add(case("d53-cervixcancer-informerad-maken-ej", "skane", ("1981-04-20", "568"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "kvinno_malmo", "Sara Widell", L,
          "2024-05-22T11:00:00", "2024-05-22T11:50:00", OV, [
        ("Bedömning", "Cervixcancer stadium IB1 enligt PAD och MR. Pat informerad idag med kontaktsjuksköterska närvarande. Maken ännu inte informerad, pat vill berätta själv i helgen. Sjukskrivs 100 % som lärare fram till op."),
    ])],
    [], [("NL101", "n1")],
    "patient told, only the husband not yet: not NL101"))

add(case("d53-ssk-ej-informerad-om-ny-infusionstid", "vgr", ("1969-02-13", "495"),
    "2024-06-10T00:00:00",
    [note("n1", M, "Sjuksköterskeanteckning", "reuma_su_ssk", "Lotta Bergström", "sjuksköterska",
          "2024-06-03T09:10:00", "2024-06-03T09:15:00", OV, [
        ("Planering", "Psoriasisartrit, pat på biologisk behandling. Ny tid för infusion flyttad till 12/6 pga sjukdom hos personal. Pat ej informerad om den nya tiden ännu, kallelse skickas via 1177."),
    ])],
    [], [("NL101", "n1")],
    "only a new appointment date is untold; the psoriatic arthritis is long known"))

add(case("d53-normalt-emg-svar-ej-meddelat", "skane", ("1975-05-05", "312"),
    "2024-10-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_hbg", "Eva Sörensen", L,
          "2024-10-28T15:00:00", None, OV, [
        ("Utredning", "EMG och neurografi: normala fynd i armar och ben, inga tecken på neuropati eller myopati."),
        ("Bedömning", "Pat ej informerad om svaret än, brev skickas. Muskelvärken bedöms relaterad till långvarig överbelastning vid monteringsarbete."),
    ])],
    [], [("NL101", "n1")],
    "unsigned draft: the untold result is a normal EMG, not a diagnosis"))

add(case("d53-ej-meddelat-att-remissen-skickats-fibromyalgi", "vgr", ("1983-07-27", "184"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "rehabmed_hogsbo", "Sofie Lundquist", L,
          "2024-04-22T16:00:00", "2024-04-22T16:10:00", OV, [
        ("Planering", "Fibromyalgi, diagnostiserad 2022 och väl känd av pat. Remiss till multimodal rehabilitering skickad idag. Ej meddelat pat att remissen skickats, görs vid telefontid 3/5. Sjukskrivning 50 % oförändrad."),
    ])],
    [], [("NL101", "n1")],
    "what is not yet told is that a referral was sent; the diagnosis is known to the patient"))

add(case("d53-skane-tidiga-hypoteser-mall-als-ej-informerad", "skane", ("1962-10-15", "659"),
    "2024-04-30T00:00:00",
    [note("n1", M, "Tidiga hypoteser", "neuro_lund", "Marcus Gren", L,
          "2024-04-23T15:00:00", "2024-04-23T15:15:00", OV, [
        ("Bedömning", "EMG och klinik starkt talande för ALS. Pat ej informerad – diagnosbesked planeras 2/5 när anhöriga kan delta. Sjukskrivningen som snickare förlängs under tiden."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "Skåne: the untold diagnosis is kept in a Tidiga hypoteser note, which is protected"))

add(case("d53-vgr-tidiga-hypoteser-sokord-mds-ej-informerad", "vgr", ("1956-07-29", "276"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "hema_uddevalla", "Åke Nordin", L,
          "2024-05-21T11:00:00", "2024-05-21T11:30:00", OV, [
        ("Aktuellt", "Trötthet, viktnedgång 5 kg. Arbetar som lokalvårdare, sjukskriven 2 v via VC."),
        ("Tidiga hypoteser", "Benmärgsbiopsin talar för myelodysplastiskt syndrom, slutligt PAD inväntas. Pat ej informerad om misstanken."),
        ("Planering", "Blodprover om 1 v. Läkarbesök 28/5 för genomgång av benmärgssvaret."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "VGR: the untold hypothesis is only under sökord Tidiga hypoteser; visible sections hold symptoms and plans"))

add(case("d53-formaksflimmer-inget-sagt-om-information", "skane", ("1967-03-21", "521"),
    "2024-08-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "hjart_kri", "Niklas Brandt", L,
          "2024-08-15T09:00:00", "2024-08-15T09:30:00", OV, [
        ("Bedömning", "Förmaksflimmer, persisterande, EKG-verifierat. Apixaban insatt, metoprolol trappas upp. Arbetar som elektriker, kan fortsätta arbeta. Körkort grupp I påverkas inte."),
    ])],
    [], [("NL101", "n1"), ("NL102", "n1")],
    "a settled diagnosis with nothing said about telling the patient"))

add(case("d53-spondylolistes-senare-anteckning-informerar", "vgr", ("1979-09-19", "617"),
    "2024-05-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "ortop_alingsas", "Karl Hedin", L,
          "2024-05-06T13:00:00", "2024-05-06T13:10:00", OV, [
        ("Utredning", "MR ländrygg: istmisk spondylolistes L5 grad 2 med foraminal stenos bilat."),
        ("Bedömning", "Pat ej informerad om MR-svaret ännu, telefontid bokad."),
     ]),
     note("n2", M, "Telefonanteckning", "ortop_alingsas", "Karl Hedin", L,
          "2024-05-13T10:30:00", "2024-05-13T10:45:00", OV, [
        ("Telefonkontakt", "Ringt pat och gått igenom MR-svaret, spondylolistesen L5 förklarad. Pat vill diskutera op. Sjukskrivning 100 % som lagerarbetare förlängs 3 v."),
     ])],
    [], [("NL101", "n2")],
    "the later phone note tells the patient the diagnosis the first note withheld; asserted on the later note"))

add(case("d53-rehabkoord-ej-informerad-om-avstamningsmote", "skane", ("1970-11-28", "443"),
    "2024-02-29T00:00:00",
    [note("n1", M, "Rehabkoordinatoranteckning", "ortoped_hbg_rehab", "Emelie Strand", "rehabkoordinator",
          "2024-02-15T10:00:00", None, OV, [
        ("Aktuellt", "Axelimpingement hö, opererad 8/1, pat väl informerad om diagnos och förlopp. FK har föreslagit avstämningsmöte 26/2. Pat ännu ej informerad om datum för avstämningsmöte med FK, når henne inte på telefon – nytt försök imorgon."),
    ])],
    [], [("NL101", "n1")],
    "unsigned draft: the untold thing is the date of an FK meeting"))

add(case("d53-transportstyrelsen-annu-inte-underrattad-epilepsi", "vgr", ("1985-05-16", "390"),
    "2024-07-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_su", "Julia Ekström", L,
          "2024-07-22T14:00:00", "2024-07-22T14:40:00", OV, [
        ("Bedömning", "Fokal epilepsi, diagnos sedan 2022, pat väl införstådd. Nytt anfall med medvetandepåverkan för 2 v sedan. Transportstyrelsen är ännu inte underrättad; anmälan skickas idag då pat inte kan avstå från att köra. Pat informerad om anmälan och om att körkortet kommer att återkallas."),
    ])],
    [], [("NL101", "n1")],
    "the authority (Transportstyrelsen) is not yet told; the patient knows both the diagnosis and the report"))

add(case("d53-typo-pat-informarad-kontakteksem-tandskoterska", "vgr", ("1987-04-09", "502"),
    "2024-11-30T00:00:00",
    [note("n1", M, "Läkaranteckning", "hud_skovde", "Elsa Björk", L,
          "2024-11-07T10:30:00", "2024-11-07T10:50:00", OV, [
        ("Bedömning", "Allergiskt kontakteksem mot tiuramer i gummihandskar, lapptest +++. Pat informarad om diagnosen och om att byta till nitrilhandskar i arbetet som tandsköterska. Intyg till arbetsgivaren om behov av gummifria handskar."),
    ])],
    [], [("NL101", "n1")],
    "typo 'informarad' still says the patient was told"))

add(case("d53-trolig-ms-pat-informerad-idag-om-misstanken", "skane", ("1995-10-21", "235"),
    "2024-12-20T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_hbg", "Adam Forslund", L,
          "2024-12-11T13:00:00", "2024-12-11T13:45:00", OV, [
        ("Bedömning", "Trolig MS efter andra skovet, LP inväntas. Pat informerad idag om misstanken och om vad utredningen innebär, ställde många frågor. Fortsätter arbeta som sjuksköterska på nattschema."),
    ])],
    [], [("NL101", "n1")],
    "a hedged MS diagnosis that was communicated to the patient today: not NL101"))

add(case("d53-ssk-ej-informerad-om-att-blodgassvaret-drojer", "skane", ("1963-08-12", "348"),
    "2024-09-30T00:00:00",
    [note("n1", M, "Sjuksköterskeanteckning", "lung_ystad", "Annelie Roos", "sjuksköterska",
          "2024-09-24T10:00:00", "2024-09-24T10:10:00", OV, [
        ("Utredning", "KOL grad 3 sedan 2020. Spirometri utförd idag inför intyg till FK om sjukersättning. Pat ej informerad om att svaret på blodgasen dröjer p.g.a. maskinhaveri på lab, meddelas vid nästa kontakt."),
    ])],
    [], [("NL101", "n1")],
    "the untold thing is a lab delay; the COPD is long known"))

add(case("d53-mr-inga-tecken-pa-ms-ej-informerad-om-svaret", "vgr", ("1998-01-30", "454"),
    "2024-01-31T00:00:00",
    [note("n1", M, "Läkaranteckning", "neuro_skovde", "Vera Nyström", L,
          "2024-01-25T15:30:00", "2024-01-25T15:40:00", OV, [
        ("Bedömning", "Pat ej informerad om MR-svaret ännu – MR hjärna och ryggmärg visar inga tecken på MS eller annan demyeliniserande sjukdom. Brev skickas, sjukskrivning ej aktuell."),
    ])],
    [], [("NL101", "n1")],
    "the untold result is normal (MS negated), so there is no untold diagnosis"))


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

CASE_KEYS = {"case", "ruleset", "record", "must", "must_not", "why"}
RECORD_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
PATIENT_KEYS = {"id", "birth_date", "protected_identity"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}
CODES = {"NL101", "NL102"}


def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def age_at(birth, when):
    b = date.fromisoformat(birth)
    w = when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def sentences(text):
    for part in re.split(r"(?<=[.!?])\s+|\n+", text):
        part = part.strip()
        if len(part) >= 25:
            yield part


def validate(cases):
    errors = []
    names = set()
    seen = {}
    for c in cases:
        n = c.get("case", "?")
        err = lambda msg: errors.append("%s: %s" % (n, msg))
        if set(c) != CASE_KEYS:
            err("case keys %s" % sorted(c))
        if n in names:
            err("duplicate case name")
        names.add(n)
        if not n.startswith("d53-"):
            err("name must start with d53-")
        if c["ruleset"] not in ("skane", "vgr"):
            err("bad ruleset")
        if not c["why"].strip():
            err("empty why")
        r = c["record"]
        if set(r) != RECORD_KEYS:
            err("record keys")
        if r["access_events"] or r["conversations"] or r["treatments"]:
            err("non-empty access_events/conversations/treatments")
        p = r["patient"]
        if set(p) != PATIENT_KEYS:
            err("patient keys")
        m = re.fullmatch(r"(\d{8})-(\d{4})", p["id"])
        if not m:
            err("personnummer format")
        else:
            if m.group(1) != p["birth_date"].replace("-", ""):
                err("personnummer does not match birth_date")
            if not luhn_ok(m.group(1)[2:] + m.group(2)):
                err("personnummer fails Luhn")
        try:
            date.fromisoformat(p["birth_date"])
        except ValueError:
            err("bad birth_date")
        times = [r["as_of"]]
        ids = set()
        for nt in r["notes"]:
            if set(nt) != NOTE_KEYS:
                err("note keys %s" % sorted(nt))
            if nt["id"] in ids:
                err("duplicate note id")
            ids.add(nt["id"])
            if nt["system"] not in ("Melior", "PMO"):
                err("bad system")
            if c["ruleset"] == "vgr" and nt["system"] != "Melior":
                err("VGR note not Melior")
            if set(nt["unit"]) != {"name", "hsa_id"} or set(nt["author"]) != {"name", "role"}:
                err("unit/author keys")
            if nt["setting"] not in ("öppenvård", "slutenvård"):
                err("bad setting")
            if not nt["sections"]:
                err("note without sections")
            for s in nt["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    err("bad section")
            times.append(nt["time"])
            if nt["signed"] is not None:
                times.append(nt["signed"])
                if nt["signed"] < nt["time"]:
                    err("signed before time")
        parsed = []
        for t in times:
            try:
                dt = datetime.fromisoformat(t)
            except (TypeError, ValueError):
                err("bad timestamp %r" % t)
                continue
            if dt.year != 2024:
                err("date not in 2024: %s" % t)
            parsed.append(dt)
        for dt in parsed:
            a = age_at(p["birth_date"], dt)
            if 13 <= a <= 15 or a < 0:
                err("patient age %d (13–15 not allowed)" % a)
        for nt in r["notes"]:
            if nt["time"] > r["as_of"]:
                err("note after as_of")
        systems = {nt["id"]: nt["system"] for nt in r["notes"]}
        asserted = []
        for key in ("must", "must_not"):
            for item in c[key]:
                if len(item) != 2 or item[0] not in CODES:
                    err("bad assertion %r" % (item,))
                    continue
                code, target = item
                if target not in systems:
                    err("target %s does not exist" % target)
                    continue
                if code == "NL102" and key == "must" and systems[target] != "Melior":
                    err("NL102 must asserted on non-Melior note (PMO is only must_not)")
                if code == "NL101" and systems[target] == "PMO":
                    err("NL101 asserted on PMO note")
                asserted.append(tuple(item))
        if len(asserted) != len(set(asserted)):
            err("same assertion twice or in both lists")
        if not asserted:
            err("no assertions")
        for nt in r["notes"]:
            for s in nt["sections"]:
                for sent in sentences(s["text"]):
                    if sent in seen and seen[sent] != (n, nt["id"], s["keyword"]):
                        err("sentence repeated (also in %s): %s" % (seen[sent][0], sent))
                    seen.setdefault(sent, (n, nt["id"], s["keyword"]))
    return errors


def main():
    errors = validate(CASES)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for key in ("must", "must_not"):
            for code, _ in c[key]:
                counts[(code, key)] = counts.get((code, key), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0),
                                          counts.get((code, "must_not"), 0)))


if __name__ == "__main__":
    main()
