#!/usr/bin/env python3
"""dev103: sick leave and insurance medicine (sjukskrivning, försäkringsmedicin).

Hand-written Swedish notes from primary care and specialist clinics: läkarintyg för
sjukpenning, arbetsförmåga, rehabkoordinator, utmattningssyndrom, depression, långvarig
smärta, fibromyalgi, whiplash, post-covid, arbetsskador, företagshälsovård.
Codes asserted: NL101, NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev103_cases.jsonl")

# ---------------------------------------------------------------- units
SK = "SE2321000255-"
VG = "SE2321000131-E0000000"
UNITS = {
    # Region Skåne, Melior (sjukhus, specialistvård)
    "amm_lund": ("Arbets- och miljömedicin, Skånes universitetssjukhus Lund", SK + "7702"),
    "smarta_lund": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", SK + "7715"),
    "postcovid_malmo": ("Infektionsmottagningen, post-covidteamet, Skånes universitetssjukhus Malmö", SK + "7731"),
    "psyk_malmo": ("Allmänpsykiatrisk mottagning Malmö Väster, Psykiatri Skåne", SK + "8120"),
    "psyk_hbg": ("Psykiatrisk öppenvårdsmottagning Helsingborg, Psykiatri Skåne", SK + "8134"),
    "psyk_lund": ("Affektiva mottagningen, Psykiatri Skåne Lund", SK + "8151"),
    "psyk_ksd": ("Psykiatrisk mottagning Kristianstad, Psykiatri Skåne", SK + "8166"),
    "rehab_orup": ("Rehabiliteringsmedicinska mottagningen, Orups sjukhus Höör", SK + "7744"),
    "orto_hbg": ("Ortopedmottagningen, Helsingborgs lasarett", SK + "6610"),
    "akut_ystad": ("Akutmottagningen, Lasarettet i Ystad", SK + "6622"),
    "hand_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", SK + "6635"),
    "neuro_ksd": ("Neurologimottagningen, Centralsjukhuset Kristianstad", SK + "6648"),
    "neuro_lund": ("Neurologiska mottagningen, Skånes universitetssjukhus Lund", SK + "7778"),
    "reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", SK + "7759"),
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", SK + "7763"),
    "kard_hbg": ("Hjärtmottagningen, Helsingborgs lasarett", SK + "6657"),
    "smarta_hlm": ("Smärtmottagningen, Hässleholms sjukhus", SK + "6671"),
    "med_trbg": ("Medicinmottagningen, Trelleborgs lasarett", SK + "6684"),
    "orto_malmo": ("Ortopediska kliniken avd 4, Skånes universitetssjukhus Malmö", SK + "7790"),
    "barn_lund": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Lund", SK + "7805"),
    # Region Skåne, PMO (primärvård)
    "vc_eslov": ("Vårdcentralen Eslöv", SK + "3301"),
    "vc_linero": ("Vårdcentralen Linero, Lund", SK + "3312"),
    "vc_rosengard": ("Vårdcentralen Rosengård, Malmö", SK + "3325"),
    "vc_trbg": ("Vårdcentralen Trelleborg Söder", SK + "3338"),
    "vc_hoganas": ("Vårdcentralen Höganäs", SK + "3341"),
    "vc_sjobo": ("Vårdcentralen Sjöbo", SK + "3356"),
    "vc_larod": ("Vårdcentralen Laröd, Helsingborg", SK + "3369"),
    "vc_hlm": ("Vårdcentralen Hässleholm Väster", SK + "3372"),
    "vc_angelholm": ("Vårdcentralen Ängelholm", SK + "3384"),
    "vc_horby": ("Vårdcentralen Hörby", SK + "3397"),
    "vc_nasby": ("Vårdcentralen Näsby, Kristianstad", SK + "3403"),
    "vc_limhamn": ("Vårdcentralen Limhamn, Malmö", SK + "3416"),
    # Västra Götalandsregionen, Melior (sjukhus)
    "amm_su": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset", VG + "04412"),
    "smarta_su": ("Smärtcentrum, Sahlgrenska Universitetssjukhuset Mölndal", VG + "04425"),
    "rehab_hogsbo": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset Högsbo", VG + "04438"),
    "infek_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "04441"),
    "psyk_ostra": ("Affektiva mottagningen, Sahlgrenska Universitetssjukhuset Östra", VG + "04456"),
    "hand_molndal": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", VG + "04469"),
    "akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", VG + "04472"),
    "lung_su": ("Lungmottagningen, Sahlgrenska Universitetssjukhuset", VG + "04485"),
    "psyk_nu": ("Psykiatriska öppenvårdsmottagningen Uddevalla, NU-sjukvården", VG + "05517"),
    "neuro_nal": ("Neurologimottagningen, NÄL Trollhättan", VG + "05529"),
    "smarta_nu": ("Smärtmottagningen, NU-sjukvården Trollhättan", VG + "05532"),
    "orto_skovde": ("Ortopedmottagningen, Skaraborgs Sjukhus Skövde", VG + "06603"),
    "kard_skovde": ("Hjärtmottagningen, Skaraborgs Sjukhus Skövde", VG + "06616"),
    "reuma_boras": ("Reumatologimottagningen, Södra Älvsborgs Sjukhus Borås", VG + "07721"),
    "psyk_boras": ("Psykiatriska mottagningen Borås, Södra Älvsborgs Sjukhus", VG + "07734"),
    "med_alingsas": ("Medicinmottagningen, Alingsås lasarett", VG + "08814"),
    "rehab_kungalv": ("Rehabmottagningen, Kungälvs sjukhus", VG + "08827"),
    "orto_molndal_avd": ("Ortopedavdelning 16, Sahlgrenska Universitetssjukhuset Mölndal", VG + "04490"),
}

# ---------------------------------------------------------------- helpers
CASES = []
DRAFT = object()


def luhn_digit(ten):
    total = 0
    for i, ch in enumerate(ten[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten):
    return len(ten) == 10 and ten.isdigit() and luhn_digit(ten[:9]) == ten[9]


def pnr(born, sex, salt):
    """born 'YYYY-MM-DD', sex 'k'/'m'; deterministic serial from salt."""
    n = zlib.crc32(salt.encode("utf-8")) % 50
    serial = "%02d" % n
    third = "%d" % ((zlib.crc32((salt + "x").encode("utf-8")) % 5) * 2 + (1 if sex == "m" else 0))
    short = born[2:4] + born[5:7] + born[8:10] + serial + third
    return born[0:4] + born[5:7] + born[8:10] + "-" + serial + third + luhn_digit(short)


def iso(t):
    return t.replace(" ", "T") + ":00"


def N(nid, system, template, unit, author, role, time, sections, signed="+", setting="öppenvård"):
    """time 'YYYY-MM-DD HH:MM'; signed '+' (25 min later), explicit time, or DRAFT."""
    name, hsa = UNITS[unit]
    if signed is DRAFT:
        s = None
    elif signed == "+":
        t0 = dt.datetime.strptime(time, "%Y-%m-%d %H:%M") + dt.timedelta(minutes=25 + len(sections) * 7)
        s = t0.strftime("%Y-%m-%dT%H:%M:00")
    else:
        s = iso(signed)
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def add(name, rs, born, sex, notes, must=(), must_not=(), why="", as_of=None):
    if as_of is None:
        last = max(n["time"] for n in notes)[:10]
        d = dt.date.fromisoformat(last) + dt.timedelta(days=1)
        as_of = d.isoformat() + "T00:00:00"
    else:
        as_of = as_of + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": rs,
        "record": {
            "patient": {"id": pnr(born, sex, name), "birth_date": born, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M, P = "Melior", "PMO"
A1 = [("NL102", "n1")]
B1 = [("NL101", "n1")]
AB1 = [("NL101", "n1"), ("NL102", "n1")]

# ================================================================ NL102 positives
# Hedged diagnosis of the patient in a visible section of a Melior note.

add("amm-misstankt-yrkesastma-svetsare", "skane", "1971-09-14", "m", [
    N("n1", M, "Läkaranteckning", "amm_lund", "Henrik Mattsson", "överläkare", "2024-02-06 09:10", [
        ("Anamnes", "Remiss från företagshälsovården för bedömning av luftvägsbesvär i arbetet. "
         "Svetsare i verkstadsindustri sedan 1998, lackeringsbox i samma hall sedan två år. "
         "Hosta, pip i bröstet och tryck över bröstet mot slutet av arbetsveckan, klart bättre under semestern. Icke-rökare."),
        ("Status", "AT gott. Lungor: vesikulärt andningsljud bilat, inga rassel. "
         "Spirometri: FEV1 82 % av förväntat, reversibilitet 14 %."),
        ("Bedömning", "Misstänkt yrkesastma, isocyanater från lackeringen är den troligaste exponeringen. "
         "PEF-kurva två veckor i arbete och två veckor ledigt. "
         "Sjukskrivning ej aktuell i dag, kan arbeta med friskluftsmask tills vidare."),
    ])], must=A1, must_not=B1,
    why="'Misstänkt yrkesastma' in Bedömning of an ordinary Melior note is a visible hypothesis; nothing is said about telling")

add("smarta-trolig-fibromyalgi-fore-lab", "vgr", "1975-03-02", "k", [
    N("n1", M, "Läkaranteckning", "smarta_su", "Cecilia Brandt", "specialistläkare", "2024-03-12 13:30", [
        ("Anamnes", "Undersköterska i hemtjänsten, sjukskriven 50 % sedan november för generaliserad värk. "
         "Värk i nacke, skuldror, ländrygg och lår sedan 2019, vaknar aldrig utvilad. "
         "Tappar tråden i samtal med brukarna och glömmer insatser."),
        ("Status", "Ömhet vid palpation över 14 av 18 klassiska punkter. Ledstatus ua, inga synoviter. Neurologiskt ua."),
        ("Bedömning", "Trolig fibromyalgi. Innan diagnosen fastställs kompletteras med TSH, CK, SR och CRP för att utesluta "
         "hypotyreos och inflammatorisk sjukdom. FK7804 förlängs 50 % t.o.m. 30/6."),
    ])], must=A1,
    why="'Trolig fibromyalgi' stands in a visible Bedömning while lab is still pending")

add("postcovid-typo-forenilg-med-postcovid", "skane", "1981-11-23", "k", [
    N("n1", M, "Mottagningsanteckning", "postcovid_malmo", "Nadia Haddad", "läkare", "2024-04-17 10:45", [
        ("Aktuellt", "Återbesök. Covid-19 i december 2023, ej inlagd. Sedan dess försämring dagen efter ansträngning, "
         "hjärntrötthet och yrsel vid uppresning. Försökte gå upp till halvtid som lärare men kraschade efter en vecka."),
        ("Bedömning", "Symtombilden är förenilg med post-covid tillstånd. Aktiv ståndtest utan POTS. "
         "Pacing genomgånget med arbetsterapeut. Sjukskrivning 75 % förlängs, se intyg."),
    ])], must=A1,
    why="Typo 'förenilg' (förenlig); 'förenlig med post-covid tillstånd' is a hedged diagnosis in a visible section")

add("infektion-misstanke-pots-busschauffor", "vgr", "1990-06-30", "m", [
    N("n1", M, "Läkaranteckning öppenvård", "infek_ostra", "Rami Khalil", "läkare", "2024-05-07 14:00", [
        ("Status", "Aktiv ståndtest 10 min: puls 72 liggande, 114 efter 5 min stående, BT 118/76 resp. 121/80. "
         "Akrocyanos i underbenen efter stående."),
        ("Bedömning", "Misstanke om POTS som del av post-covid. Remiss klinisk fysiologi för tilt-test. "
         "Råd om vätska, salt och kompressionsstrumpor. Kvarstår sjukskriven 100 % som busschaufför, ej trafiksäker med nuvarande yrsel."),
    ])], must=A1, must_not=B1,
    why="'Misstanke om POTS' in Bedömning is a visible hypothesis; nothing said about informing the patient")

add("psyk-dd-bipolar-typ2-vid-recidiverande-depression", "skane", "1986-01-19", "k", [
    N("n1", M, "Läkaranteckning", "psyk_lund", "Jonas Wikström", "ST-läkare", "2024-01-29 11:15", [
        ("Aktuellt", "Remitterad från vårdcentralen efter tre depressiva episoder på fem år, sjukskriven sedan januari. "
         "Beskriver perioder om 4–5 dygn med minskat sömnbehov, idérikedom och impulsköp."),
        ("Bedömning", "Recidiverande depression, nuvarande episod medelsvår (F33.1). DD bipolär sjukdom typ II, "
         "hypomana perioder kartläggs med anhöriganamnes och livsdiagram. Sertralin behålls tills vidare."),
    ])], must=A1,
    why="'DD bipolär sjukdom typ II' is a differential diagnosis in a visible Bedömning")

add("psyk-typo-kan-ej-utseluta-adhd-lagerarbetare", "vgr", "1993-04-08", "m", [
    N("n1", M, "Nybesök läkare", "psyk_nu", "Marie Ljung", "specialistläkare", "2024-02-20 09:00", [
        ("Anamnes", "Lagerarbetare. Flera varningar på jobbet för slarvfel och sena ankomster. "
         "Sjukskriven 25 % för sömnstörning via vårdcentralen. Svårt med struktur sedan skoltiden, avbröt gymnasiet i år två."),
        ("Bedömning", "Kan ej utseluta underliggande ADHD som bidrar till den sviktande arbetsförmågan. "
         "ASRS och DIVA skickas hem. Sjukskrivningen sköts av VC, vi förlänger ej härifrån."),
    ])], must=A1,
    why="Typo 'utseluta'; 'Kan ej utesluta ... ADHD' hedges a diagnosis of the patient in visible text")

add("orto-whiplash-ev-hjarnskakning", "skane", "1978-08-05", "k", [
    N("n1", M, "Mottagningsanteckning", "orto_hbg", "Erik Strand", "läkare", "2024-02-15 15:20", [
        ("Anamnes", "Påkörd bakifrån vid rödljus 2/2, satt fastspänd, slog bakhuvudet mot nackstödet. "
         "Kortvarig yrsel efteråt, minns hela förloppet. Nu nacksmärta, huvudvärk och svårt att fokusera vid skärmarbete."),
        ("Status", "Nedsatt rörlighet cervikalt i alla plan, ömhet paravertebralt C3–C7. Neurologiskt ua i övre extremiteter."),
        ("Bedömning", "WAD grad II. Ev. lätt hjärnskakning vid kollisionen som förklaring till koncentrationssvårigheterna. "
         "Fysioterapi, successiv återgång, sjukskriven 50 % två veckor som redovisningsekonom."),
    ])], must=A1,
    why="WAD II is settled but 'Ev. lätt hjärnskakning' is a hedged second diagnosis in visible text")

add("akut-whiplash-susp-ligamentskada", "vgr", "1969-12-12", "m", [
    N("n1", M, "Akutanteckning", "akut_su", "Viktor Lundgren", "AT-läkare", "2024-03-03 22:40", [
        ("Aktuellt", "Trafikolycka, pat förare i bil som blev påkörd bakifrån i ca 50 km/h. "
         "Nackvärk direkt efteråt, ingen medvetslöshet. Ambulans till SU."),
        ("Status", "GCS 15. Palpationsömhet över C1–C2 i medellinjen. Sensorik och motorik ua i armarna."),
        ("Utredning", "DT halsrygg: ingen fraktur, normal alignment."),
        ("Bedömning", "Distorsion av halsryggen. Susp. ligamentskada i övre cervikalregionen? "
         "MR bokas polikliniskt om smärtan kvarstår om en vecka. Sjukintyg en vecka, arbetar som taktäckare."),
    ], setting="öppenvård")], must=A1,
    why="'Susp. ligamentskada ...?' in Bedömning is a visible hypothesis after a whiplash trauma")

add("hand-sannolikt-vibrationsskada-havs", "skane", "1966-05-27", "m", [
    N("n1", M, "Läkaranteckning", "hand_malmo", "Ahmad Rezaei", "överläkare", "2024-01-11 10:30", [
        ("Anamnes", "Betongarbetare, slagborr och vinkelslip dagligen i 20 år. Vita fingrar vid kyla sedan tre vintrar, "
         "domningar nattetid och tappar skruvar ur händerna."),
        ("Bedömning", "Sannolikt vibrationsskada (HAVS) med både vaskulär och neurosensorisk komponent. "
         "Kyltest och neurografi beställs. Arbetsskadeanmälan rekommenderas, pat kontaktar själv arbetsgivaren."),
    ])], must=A1,
    why="'Sannolikt vibrationsskada' is a probable occupational diagnosis written in visible text")

add("amm-fragestallning-epoxieksem", "vgr", "1988-10-03", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Anna-Karin Berg", "överläkare", "2024-04-02 08:45", [
        ("Frågeställning", "Yrkesrelaterat kontakteksem av epoxi hos vindkraftstekniker?"),
        ("Status", "Lichenifierat eksem på handryggar och volara underarmar bilat, även fjällning på ögonlocken."),
        ("Planering", "Epikutantest med basserie och epoxiserie v. 14. Nitrilhandskar skyddar inte mot epoxi, "
         "byte till laminathandskar föreslås till företagshälsovården."),
    ])], must=A1,
    why="A question-form occupational diagnosis ('...kontakteksem av epoxi ...?') under the visible sökord Frågeställning")

add("smartrehab-talar-for-fibromyalgi", "skane", "1972-07-18", "k", [
    N("n1", M, "Teambedömning", "smarta_lund", "Lina Abdi", "läkare", "2024-05-21 13:00", [
        ("Bedömning", "Anamnes och status talar för fibromyalgi enligt ACR 2016 (WPI 12, SSS 8). "
         "Heltidssjukskriven i 14 månader och starkt fokuserad på att hitta en somatisk orsak."),
        ("Planering", "Erbjuds interdisciplinär smärtrehabilitering (IMMR) åtta veckor med start i september. "
         "Sjukskrivningen sköts av vårdcentralen under väntetiden."),
    ])], must=A1,
    why="'talar för fibromyalgi' is a hedge on the patient's diagnosis in a visible section")

add("rehab-kan-rora-sig-om-postcovid-och-utmattning", "vgr", "1979-02-14", "k", [
    N("n1", M, "Läkaranteckning", "rehab_hogsbo", "Helena Dahl", "specialistläkare", "2024-06-04 10:00", [
        ("Utredning", "RBANS: sänkt uppmärksamhet och arbetsminne, övriga index inom normalvariation."),
        ("Bedömning", "Kognitiva besvär sedan covid hösten 2022. Kan röra sig om en kombination av post-covid och "
         "utmattningssyndrom, eftersom långvarig arbetsrelaterad stress också föreligger. "
         "Psykologbedömning inom teamet innan ställningstagande. Arbetsträningen 25 % hos arbetsgivaren pausas."),
    ])], must=A1,
    why="'Kan röra sig om ... utmattningssyndrom' is an open hypothesis in visible text")

add("neuro-bild-som-vid-toxisk-polyneuropati", "skane", "1963-03-09", "m", [
    N("n1", M, "Läkaranteckning", "neuro_ksd", "Gunnar Holm", "överläkare", "2024-02-27 09:40", [
        ("Anamnes", "Billackerare i 25 år, ofta utan andningsskydd i äldre lokaler. Stickningar i fötter och händer, ostadig i mörker."),
        ("Status", "Strumpformigt nedsatt vibrationssinne upp till malleolerna. Akillesreflexer bortfallna bilat."),
        ("Bedömning", "Bild som vid distal sensorisk polyneuropati, ev. toxisk genes efter lösningsmedelsexponering. "
         "Neurografi, B12, HbA1c och PEth. Kontakt med AMM Lund för yrkesmedicinsk bedömning."),
    ])], must=A1,
    why="'Bild som vid ... polyneuropati' is a hedged diagnosis in a visible Bedömning")

add("reuma-typo-inger-misstanke-reumatiod-artrit", "vgr", "1984-09-21", "k", [
    N("n1", M, "Läkaranteckning", "reuma_boras", "Björn Persson", "läkare", "2024-03-26 11:20", [
        ("Status", "Morgonstelhet ca 1 h. Synovit MCP 2–3 bilat och hö handled. Tryckömma MTP-leder."),
        ("Bedömning", "Inger misstanke om reumatiod artrit. RF, anti-CCP, SR och rtg händer och fötter. "
         "Frisör som inte klarar saxgreppet, sjukskrivs 50 % i avvaktan på svar."),
    ])], must=A1,
    why="Typo 'reumatiod'; 'Inger misstanke om' reumatoid artrit is a visible hypothesis")

add("psyk-telefon-utmattningssyndrom-fragetecken", "skane", "1985-12-01", "k", [
    N("n1", M, "Telefonanteckning", "psyk_malmo", "Ida Rosén", "sjuksköterska", "2024-03-13 08:20", [
        ("Telefonkontakt", "Pat ringer, orkar inte arbetsträningen på 25 %. Total kognitiv trötthet efter två timmar, sover 4 h/natt. "
         "Utmattningssyndrom? Läkartid bokas 18/3, sjukskrivningen löper ut 31/3."),
    ])], must=A1,
    why="A bare 'Utmattningssyndrom?' in a nurse's phone note is a hedged diagnosis in visible text")

add("orto-lumbago-ishias-typo-s1-rot", "vgr", "1974-11-16", "m", [
    N("n1", M, "Mottagningsanteckning", "orto_skovde", "Oskar Pettersson", "läkare", "2024-04-09 14:10", [
        ("Status", "Lasègue pos 40° vä. Nedsatt akillesreflex vä, nedsatt sensorik lateralt på vä fot. Tåhävning svagare vä."),
        ("Bedömning", "Lumbago-ishias vä, S1-rot? MR ländrygg beställd. Snickare, sjukskrivs 100 % två veckor."),
    ])], must=A1,
    why="Typo 'ishias'; the diagnosis with '?' is still a visible hypothesis")

add("rehab-mojlig-mecfs-kanadakriterier", "skane", "1977-06-06", "k", [
    N("n1", M, "Läkaranteckning", "rehab_orup", "Per-Olof Svensson", "överläkare", "2024-08-20 10:15", [
        ("Bedömning", "Möjlig ME/CFS enligt Kanadakriterierna med debut efter covid-19 våren 2022: PEM, icke-återhämtande sömn, "
         "kognitiva symtom och ortostatisk intolerans. Sömnapné och tyreoideasjukdom ska först uteslutas. "
         "Arbetsförmågan i nuvarande arbete bedöms helt nedsatt."),
    ])], must=A1,
    why="'Möjlig ME/CFS' is a hedged diagnosis in a visible Bedömning")

add("kard-mojlig-genomgangen-myokardit-brandman", "skane", "1989-04-25", "m", [
    N("n1", M, "Läkaranteckning", "kard_hbg", "Sofia Kowalski", "specialistläkare", "2024-01-24 13:45", [
        ("Utredning", "UCG: normal EF, inga regionala hypokinesier. MR hjärta: små fläckvisa subepikardiella LGE lateralt."),
        ("Bedömning", "Möjlig genomgången myokardit i samband med covid-19 i höstas. Troponin normalt nu. "
         "Avråds från tung fysisk belastning i tre månader; för brandman innebär det fortsatt sjukskrivning från utryckningstjänst."),
    ])], must=A1,
    why="'Möjlig genomgången myokardit' is a hedged diagnosis in visible text")

add("lung-kan-inte-utesluta-ild-forskola", "vgr", "1970-08-29", "k", [
    N("n1", M, "Läkaranteckning", "lung_su", "Fredrik Olausson", "överläkare", "2024-09-10 09:30", [
        ("Utredning", "Spirometri normal. DLCO 64 % av förväntat. HRCT: matt glas-förändringar dorsalt i båda underloberna."),
        ("Bedömning", "Kan inte utesluta interstitiell lungsjukdom efter covid-pneumonin. Ny HRCT om tre månader. "
         "Arbetar deltid i förskola, ansträngningsdyspnén begränsar utevistelsen med barnen."),
    ])], must=A1,
    why="'Kan inte utesluta interstitiell lungsjukdom' hedges a diagnosis in a visible section")

add("amm-fragestallning-arbetsrelaterat-karpaltunnel", "skane", "1968-10-10", "k", [
    N("n1", M, "Remissbedömning", "amm_lund", "Karin Lindqvist", "läkare", "2024-10-01 11:00", [
        ("Bedömning", "Frågeställning arbetsrelaterat karpaltunnelsyndrom hö efter 15 år vid packlinje med repetitiva grepp. "
         "Neurografi beställd, arbetsplatsbesök med ergonom övervägs."),
    ])], must=A1,
    why="'Frågeställning' introduces a diagnosis under assessment in visible text")

add("neuro-oklart-om-moh-eller-kronisk-migran", "vgr", "1987-02-17", "k", [
    N("n1", M, "Läkaranteckning", "neuro_nal", "Leyla Demir", "läkare", "2024-05-14 15:00", [
        ("Anamnes", "Daglig huvudvärk sedan ett år. Paracetamol och ibuprofen nästan dagligen, triptan 12 dagar/mån. "
         "Sjukskriven 50 % som kundtjänstmedarbetare."),
        ("Bedömning", "Oklart om det är läkemedelsöverförbrukningshuvudvärk eller kronisk migrän. "
         "Utsättning av analgetika enligt plan, huvudvärksdagbok åtta veckor."),
    ])], must=A1,
    why="'Oklart om det är ... eller kronisk migrän' leaves two diagnoses open in visible text")

add("psyk-typo-misstank-ptsd-efter-ran", "skane", "1996-07-07", "k", [
    N("n1", M, "Läkaranteckning", "psyk_hbg", "Emma Sjöberg", "ST-läkare", "2024-02-08 10:00", [
        ("Aktuellt", "Butiksbiträde, utsatt för väpnat rån på arbetet i januari. Mardrömmar, undviker centrum, "
         "rycker till vid ljudet från kassaapparater."),
        ("Bedömning", "Misstänk PTSD efter rånet, PCL-5 48 poäng. Erbjuds traumafokuserad KBT. "
         "Sjukskrivning 100 % fyra veckor, arbetsgivaren har gjort arbetsskadeanmälan."),
    ])], must=A1,
    why="Typo 'Misstänk' for misstänkt; a hedged PTSD diagnosis in visible text")

add("hand-typo-sannolkit-crps-efter-arbetsolycka", "vgr", "1982-01-30", "m", [
    N("n1", M, "Läkaranteckning", "hand_molndal", "Tomas Nilsson", "specialistläkare", "2024-04-23 13:15", [
        ("Status", "Hö hand: svullnad, blåröd missfärgning, ökad svettning och allodyni vid lätt beröring. Hudtemp 1,5 grader högre än vä."),
        ("Bedömning", "Sannolkit CRPS typ 1 efter distal radiusfraktur i januari, halkade på lastkajen på jobbet. "
         "Arbetsterapi med spegelterapi och desensibilisering. Sjukskrivs 100 % som lagerarbetare."),
    ])], must=A1,
    why="Typo 'Sannolkit'; a probable CRPS diagnosis in visible text")

add("med-dd-postcovid-jarnbrist-somnapne", "skane", "1983-05-15", "k", [
    N("n1", M, "Läkaranteckning", "med_trbg", "Johan Bergström", "läkare", "2024-06-12 10:20", [
        ("Bedömning", "Uttalad trötthet och ansträngningsdyspné sedan covid i mars. DD: post-covid tillstånd, järnbristanemi, sömnapné. "
         "Ferritin 9, Hb 108. Järn iv först, sedan ny värdering av arbetsförmågan."),
    ])], must=A1,
    why="A 'DD:' list of differential diagnoses stands in a visible section")

add("med-typo-subklinisk-hypotyeros-fragetecken", "vgr", "1976-12-24", "k", [
    N("n1", M, "Mottagningsanteckning", "med_alingsas", "Elin Nyström", "läkare", "2024-02-13 09:50", [
        ("Bedömning", "Trötthet, frusenhet och viktökning 6 kg. TSH 6,2, fritt T4 normalt. Subklinisk hypotyeros? "
         "TPO-antikroppar och ny TSH om sex veckor. Sjukskrivning inte motiverad utifrån detta."),
    ])], must=A1,
    why="Typo 'hypotyeros'; a question-marked diagnosis in visible text")

add("psyk-komorbid-depression-kan-inte-uteslutas", "vgr", "1980-10-11", "k", [
    N("n1", M, "Läkaranteckning", "psyk_boras", "Aisha Mohammed", "specialistläkare", "2024-04-15 14:30", [
        ("Bedömning", "Utmattningssyndrom (F43.8A) fastställt i februari enligt Socialstyrelsens kriterier. "
         "Nu nedstämdhet och anhedoni sedan tre veckor, komorbid depressiv episod kan inte uteslutas. MADRS vid nästa besök."),
        ("Åtgärd", "Läkarintyg för sjukpenning 100 % t.o.m. 5/5. Rehabkoordinator kontaktar arbetsgivaren efter pat:s medgivande."),
    ])], must=A1,
    why="Settled utmattningssyndrom plus a hedged comorbid depression in visible text")

add("akut-susp-scafoideumfraktur-fall-fran-stege", "skane", "1995-03-19", "m", [
    N("n1", M, "Akutanteckning", "akut_ystad", "Mats Engdahl", "läkare", "2024-07-02 16:05", [
        ("Aktuellt", "Byggnadsarbetare, föll ca 1,5 m från stege på arbetsplatsen och tog emot sig med vä hand."),
        ("Status", "Ömhet i fossa tabatière vä, smärta vid axial kompression av tummen. Rtg vä handled: ingen synlig fraktur."),
        ("Bedömning", "Susp. scafoideumfraktur vä. Gips med tumfattning, ny rtg om 10–14 dagar. "
         "Kan inte arbeta med händerna, sjukintyg två veckor. Arbetsskadeanmälan via arbetsgivaren."),
    ])], must=A1,
    why="'Susp. scafoideumfraktur' is a classic suspected diagnosis in visible text")

add("psykolog-preliminart-talar-for-ast", "skane", "1991-08-13", "m", [
    N("n1", M, "Psykologanteckning", "psyk_ksd", "Anders Ek", "psykolog", "2024-09-05 13:00", [
        ("Utredning", "Tredje testtillfället i neuropsykiatrisk utredning. WAIS-IV genomförd, ADOS-2 modul 4 återstår."),
        ("Bedömning", "Preliminärt talar fynden hittills för autismspektrumtillstånd utan intellektuell funktionsnedsättning. "
         "Öppet kontorslandskap och de sociala kraven i säljrollen kan förklara de upprepade sjukskrivningarna."),
    ])], must=A1,
    why="'Preliminärt talar fynden för autismspektrumtillstånd' is a diagnosis still being assessed, in visible text")

add("amm-misstanke-om-silikos-kompositsten", "vgr", "1977-04-04", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Ulla Fransson", "överläkare", "2024-10-15 10:30", [
        ("Anamnes", "Köksbänksmontör, kapat kompositsten med hög kvartshalt sedan 2012, mestadels torrkapning."),
        ("Utredning", "HRCT: små centrilobulära noduli i ovanloberna, förstorade hiluskörtlar."),
        ("Bedömning", "Misstanke om silikos efter exponering för respirabelt kvartsdamm. Bronkoskopi med BAL planeras. "
         "Arbetsgivaren bör få veta om exponeringsnivåerna, pat ger sitt medgivande."),
    ])], must=A1,
    why="'Misstanke om silikos' is a visible occupational hypothesis")

add("rehab-arbetshypotes-funktionell-neurologisk-storning", "vgr", "1992-05-05", "k", [
    N("n1", M, "Läkaranteckning", "rehab_kungalv", "Sara Lind", "läkare", "2024-06-18 11:30", [
        ("Bedömning", "Arbetshypotes: funktionell neurologisk störning med intermittent svaghet i vä ben efter arbetsolycka "
         "utan strukturell skada; MR hjärna och rygg ua. Fysioterapi med FND-inriktning. Fortsatt 50 % sjukskrivning som chaufför."),
    ])], must=A1,
    why="'Arbetshypotes:' marks an unconfirmed diagnosis in visible text")

add("lung-obs-somnapne-lastbilschauffor", "skane", "1967-09-28", "m", [
    N("n1", M, "Mottagningsanteckning", "lung_lund", "Hanna Wallin", "läkare", "2024-03-05 14:20", [
        ("Aktuellt", "Lastbilschaufför, somnar vid rödljus och på raster. Snarkar, sambon beskriver andningsuppehåll. BMI 34."),
        ("Bedömning", "Obs sömnapnésyndrom. Polygrafi bokas. Avråds från att köra lastbil tills utrett, sjukskrivs 100 % "
         "då arbetsgivaren saknar andra uppgifter. Körkortsfrågan diskuterad med pat."),
    ])], must=A1,
    why="'Obs sömnapnésyndrom' is the clinician shorthand for a suspected diagnosis under observation, visible")

add("skane-sokord-tidiga-hypoteser-i-vanlig-mall", "skane", "1984-02-29", "k", [
    N("n1", M, "Läkaranteckning", "psyk_hbg", "Marcus Ohlsson", "läkare", "2024-04-11 10:10", [
        ("Aktuellt", "Sjukskriven för depression sedan december. Mår bättre på escitalopram 15 mg, planerar upptrappning i arbetet."),
        ("Tidiga hypoteser", "Trolig bipolaritet med tanke på de hypomana perioder som maken beskriver. Stämningsstabiliserare övervägs."),
    ])], must=A1,
    why="Skåne protects by template, not sökord: a 'Tidiga hypoteser' section inside an ordinary Läkaranteckning is visible")

add("vgr-mall-tidiga-hypoteser-men-sokord-bedomning", "vgr", "1973-06-21", "k", [
    N("n1", M, "Tidiga hypoteser", "smarta_nu", "Karl Gustavsson", "läkare", "2024-05-28 13:40", [
        ("Bedömning", "Kan röra sig om somatiseringssyndrom snarare än fibromyalgi, smärtan varierar påtagligt med konflikterna på arbetsplatsen."),
    ])], must=A1,
    why="VGR protects by sökord; a note named Tidiga hypoteser whose text sits under sökord Bedömning is still visible")

add("vgr-hypotes-bade-i-tidiga-hypoteser-och-bedomning", "vgr", "1990-03-17", "k", [
    N("n1", M, "Läkaranteckning", "psyk_ostra", "Jenny Åberg", "ST-läkare", "2024-07-09 09:15", [
        ("Tidiga hypoteser", "Misstänkt emotionellt instabil personlighetsstörning, återkommande självskada och instabila relationer."),
        ("Bedömning", "Depression, medelsvår. Instabil personlighetsstörning misstänks också och bör utredas. Sjukskrivning förlängs fyra veckor."),
    ])], must=A1,
    why="The hypothesis is hidden under Tidiga hypoteser but repeated with 'misstänks' in the visible Bedömning")

add("hand-sannolik-ulnarisneuropati-taxi", "vgr", "1964-07-22", "m", [
    N("n1", M, "Mottagningsanteckning", "hand_molndal", "Louise Ek", "läkare", "2024-08-27 10:40", [
        ("Bedömning", "Sannolik ulnarisneuropati vid armbågen hö; vilar armbågen mot fönsterkarmen hela dagarna som taxiförare. "
         "Neurografi, armbågsskydd nattetid. Inget sjukintyg behövs."),
    ], signed=DRAFT)], must=A1,
    why="'Sannolik ulnarisneuropati' is a probable diagnosis in a short visible note")

add("smarta-inte-otankbart-bechterew", "skane", "1994-11-02", "m", [
    N("n1", M, "Läkaranteckning", "smarta_hlm", "Daniel Paulsson", "läkare", "2024-11-05 09:00", [
        ("Anamnes", "Ländryggsvärk sedan tre år, värst på natten och på morgonen, bättre av rörelse. Sjukskriven 25 % som elektriker."),
        ("Bedömning", "Inte otänkbart att det finns en inflammatorisk ryggsjukdom, Bechterews sjukdom, i botten. "
         "HLA-B27 och MR SI-leder, remiss reumatologen beroende på svar."),
    ])], must=A1,
    why="'Inte otänkbart att ... Bechterews sjukdom' is a hedge clinicians really write")

add("psyk-verkar-anpassningsstorning-osaker-depression", "vgr", "1972-01-05", "m", [
    N("n1", M, "Läkaranteckning", "psyk_nu", "Hans Jönsson", "läkare", "2024-03-21 15:10", [
        ("Bedömning", "Bilden verkar mest stämma med en anpassningsstörning efter uppsägningsbeskedet, men en depressiv episod "
         "går inte att säkert avgöra i dag. Sjukskrivs 100 % två veckor, nytt besök med MADRS."),
    ])], must=A1,
    why="'verkar mest stämma med' hedges the patient's diagnosis in visible text")

add("reuma-trol-reaktiv-artrit-servitor", "skane", "1998-06-09", "m", [
    N("n1", M, "Mottagningsanteckning", "reuma_lund", "Eva Lundh", "läkare", "2024-07-23 11:50", [
        ("Bedömning", "Svullet hö knä och hälsmärta tre veckor efter gastroenterit. Trol. reaktiv artrit. "
         "NSAID, sjukskriven 100 % två veckor som servitör."),
    ])], must=A1,
    why="'Trol. reaktiv artrit' is an abbreviated hedge on a diagnosis in visible text")

add("rehab-utkast-misstankt-depression-vid-smarta", "vgr", "1969-04-18", "k", [
    N("n1", M, "Läkaranteckning", "rehab_hogsbo", "Patrik Holmberg", "läkare", "2024-09-17 16:30", [
        ("Bedömning", "Långvarig smärta i ländrygg och höfter, PHQ-9 17. Misstänkt depression som förstärker smärtupplevelsen, "
         "tas upp på teamkonferensen. Sjukskrivning oförändrat 75 %."),
    ], signed=DRAFT)], must=A1,
    why="Unsigned draft (pre-signing); 'Misstänkt depression' in visible Bedömning")

add("neuro-utkast-optikusneurit-fragetecken", "skane", "1997-10-26", "k", [
    N("n1", M, "Läkaranteckning", "neuro_lund", "Amir Farah", "ST-läkare", "2024-10-08 19:20", [
        ("Aktuellt", "Synnedsättning vä öga tre dagar, smärta vid ögonrörelser. Truckförare, kan inte köra."),
        ("Bedömning", "Optikusneurit vä? MR hjärna med kontrast i morgon, VEP. Sjukskrivs tills vidare."),
    ], signed=DRAFT)], must=A1,
    why="Unsigned draft; 'Optikusneurit vä?' is a question-marked diagnosis in visible text")

add("hand-susp-de-quervain-packavdelning", "vgr", "1999-02-11", "k", [
    N("n1", M, "Mottagningsanteckning", "hand_molndal", "Matilda Sandberg", "AT-läkare", "2024-11-12 13:25", [
        ("Status", "Finkelsteins test pos hö. Svullnad över första extensorfacket."),
        ("Bedömning", "Susp. tendovaginitis stenosans (de Quervain) hö efter ny arbetsuppgift på packavdelningen. "
         "Ortos, kortisoninjektion övervägs. Arbetsgivaren ombeds rotera arbetsuppgifterna."),
    ])], must=A1,
    why="Eponym diagnosis with 'Susp.' in visible text")

add("psyk-intyg-diagnos-fastslagen-men-ev-adhd", "skane", "1988-12-19", "k", [
    N("n1", M, "Intygsanteckning", "psyk_malmo", "Sanna Bäckström", "läkare", "2024-04-29 14:00", [
        ("Sjukskrivning", "FK7804 utfärdat 100 % 2024-05-01 -- 2024-05-31. Diagnos på intyget: F43.8A utmattningssyndrom."),
        ("Bedömning", "Under utredning i övrigt: ev. ADHD, psykologen bedömer i maj. Inte angivet på intyget."),
    ])], must=A1,
    why="Only the settled diagnosis goes on the certificate, but 'ev. ADHD' is still written in a visible section")

add("smarta-fk-komplettering-trolig-fibromyalgi", "vgr", "1966-08-08", "k", [
    N("n1", M, "Administrativ anteckning", "smarta_nu", "Karl Gustavsson", "läkare", "2024-10-22 08:30", [
        ("Intyg", "Försäkringskassan begär komplettering av läkarintyget. Svar skickat: fibromyalgi är inte fastställd, "
         "trolig fibromyalgi under fortsatt utredning; aktivitetsbegränsning beskriven utifrån gångsträcka och sittid."),
    ])], must=A1,
    why="In the answer to FK the diagnosis is only 'trolig'; the hedge stands in visible text")

# ================================================================ NL102 negatives
# --- PMO: diagnoses are never shown, so hedged diagnoses there are not NL102
add("pmo-misstankt-utmattningssyndrom-forskollarare", "skane", "1980-02-02", "k", [
    N("n1", P, "Besök läkare", "vc_eslov", "Maria Håkansson", "läkare", "2024-01-16 10:30", [
        ("Anamnes", "Förskollärare. Tilltagande trötthet sedan i höstas, minnesluckor, gråter lätt och har hjärtklappning "
         "på söndagskvällarna. Omorganisation på förskolan med större barngrupper och två kollegor sjukskrivna."),
        ("Bedömning", "Misstänkt utmattningssyndrom. KEDS 31 poäng. Blodstatus, TSH, glukos och B12 för att utesluta "
         "somatisk orsak. Sjukskrivs 100 % två veckor, FK7804 utfärdat."),
        ("Åtgärd", "Rehabkoordinator ringer pat nästa vecka om kontakten med arbetsgivaren."),
    ])], must_not=A1,
    why="PMO never shows diagnoses: 'Misstänkt utmattningssyndrom' in a vårdcentral note is not NL102")

add("pmo-typo-trol-fibromylagi-remiss-smartrehab", "skane", "1970-05-13", "k", [
    N("n1", P, "Läkarbesök", "vc_linero", "Thomas Berggren", "läkare", "2024-02-22 14:15", [
        ("Bedömning", "Generaliserad värk över tre månader, ömhet i 11 av 18 punkter, normala inflammationsparametrar. "
         "Trol. fibromylagi. Remiss Smärtrehabilitering Lund. Sjukskrivningen 25 % som kock fortsätter."),
    ])], must_not=A1,
    why="Typo 'fibromylagi'; hedged fibromyalgia in a PMO note, PMO does not show diagnoses")

add("pmo-dd-depression-hypotyreos-tolk", "skane", "1978-07-01", "k", [
    N("n1", P, "Besök läkare", "vc_rosengard", "Yasmin Al-Hassan", "läkare", "2024-03-07 09:20", [
        ("Aktuellt", "Besök med arabisktalande tolk via telefon. Orkeslös, sover dåligt, ont i hela kroppen. "
         "Har slutat gå till arbetsträningen via Arbetsförmedlingen."),
        ("Bedömning", "DD depression/hypotyreos/D-vitaminbrist. PHQ-9 16. Lab tas, återbesök om en vecka med samma tolk."),
    ])], must_not=A1,
    why="A DD list in PMO is not a visible diagnosis")

add("pmo-rehabkoordinator-ev-ptsd-truckhall", "skane", "1983-10-19", "m", [
    N("n1", P, "Rehabkoordinering", "vc_trbg", "Pia Nordin", "rehabkoordinator", "2024-03-04 13:00", [
        ("Samtal", "Samtal om återgång efter arbetsplatsolyckan i truckhallen. Sover dåligt och återupplever olyckan när han passerar lagret. "
         "Dr Ek har noterat ev. PTSD och remitterat till psykolog. Avstämningsmöte med arbetsgivaren och FK 14/3, pat vill att jag deltar."),
    ])], must_not=A1,
    why="Rehabkoordinator's PMO note repeats 'ev. PTSD'; PMO never shows diagnoses")

add("pmo-telefon-post-covid-fragetecken-stadare", "skane", "1975-11-30", "k", [
    N("n1", P, "Telefon", "vc_hoganas", "Birgitta Holmqvist", "sjuksköterska", "2024-02-19 08:40", [
        ("Telefonkontakt", "Fortfarande andfådd och trött sex veckor efter covid, klarar inte sitt arbete som städare. "
         "Post-covid? Läkartid bokas torsdag, sjukskrivning förlängs inte per telefon."),
    ], signed=DRAFT)], must_not=A1,
    why="Question-marked diagnosis in a PMO phone note is not NL102")

add("pmo-typo-misstant-karpaltunnelsyndrom-montor", "skane", "1986-04-14", "k", [
    N("n1", P, "Läkarbesök", "vc_hlm", "Stefan Lund", "läkare", "2024-05-06 11:10", [
        ("Bedömning", "Domningar dig 1–3 hö nattetid, tappar saker. Phalens test pos hö. Misstänt karpaltunnelsyndrom hö, "
         "arbetar i monteringslinje med mycket handledsflexion. Nattskena, neurografi beställd."),
    ])], must_not=A1,
    why="Typo 'Misstänt'; in PMO a hedged diagnosis is never NL102")

add("pmo-lang-bild-som-vid-utmattningssyndrom-enhetschef", "skane", "1972-03-25", "k", [
    N("n1", P, "Besök läkare", "vc_horby", "Gunilla Axelsson", "läkare", "2024-02-26 10:00", [
        ("Anamnes", "Uppföljning av sjukskrivning. Enhetschef inom äldreomsorgen, heltidssjukskriven sedan 8 januari. "
         "Har i två år haft personalansvar för 60 medarbetare sedan en kollega slutade, ofta arbetat kvällar. "
         "Somnar men vaknar kl 03 och ältar. Klarar att handla om hon går tidigt på morgonen. "
         "Läser inte längre böcker, tappar tråden efter några sidor. Nedstämd på eftermiddagarna men glädjs åt barnbarnet."),
        ("Status", "Vaken, orienterad, adekvat kontakt. Dämpad, gråter till när arbetet kommer på tal. "
         "Ingen suicidalitet. BT 132/84, puls 78 reg."),
        ("Bedömning", "Bild som vid utmattningssyndrom med depressiva inslag. KEDS 28, MADRS-S 19. "
         "Viss förbättring sedan förra besöket men arbetsförmågan är fortsatt helt nedsatt mot såväl nuvarande som annat arbete."),
        ("Åtgärd", "FK7804 förlängs 100 % t.o.m. 2024-03-31. Remiss till psykolog för KBT-grupp vid stressrelaterad ohälsa. "
         "Rehabkoordinator kallar till avstämningsmöte med arbetsgivaren i mars. Återbesök om fyra veckor."),
    ])], must_not=A1,
    why="Long PMO follow-up with 'Bild som vid utmattningssyndrom'; PMO notes never show diagnoses")

add("pmo-fysio-trolig-subakromiell-impingement", "skane", "1979-01-08", "m", [
    N("n1", P, "Fysioterapi", "vc_nasby", "Jesper Malm", "fysioterapeut", "2024-06-10 15:30", [
        ("Status", "Smärta hö axel vid lyft över axelhöjd, Hawkins och Neer pos, full passiv rörlighet."),
        ("Bedömning", "Trolig subakromiell impingement hö hos plåtslagare med mycket arbete ovan huvudet. "
         "Träningsprogram för rotatorcuff och skulderbladsstabilitet, återbesök om tre veckor."),
    ])], must_not=A1,
    why="Physiotherapist's hedged diagnosis in PMO is not NL102")

add("pmo-misstankt-alkoholoverkonsumtion-ej-informerad", "skane", "1974-09-03", "m", [
    N("n1", P, "Läkarbesök", "vc_limhamn", "Kristina Sundberg", "läkare", "2024-05-29 16:00", [
        ("Bedömning", "PEth 0,9 µmol/l och förhöjt CDT. Misstänkt alkoholöverkonsumtion som bidrar till den upprepade "
         "korttidsfrånvaron från jobbet. Pat ej informerad om provsvaren ännu, tas upp vid besöket 12/6 tillsammans med AUDIT."),
    ])], must_not=A1,
    why="PMO: a hedged diagnosis not yet told is still not NL102 (and NL101 is not asserted on PMO)")

# --- negated / ruled out
add("psyk-ingen-misstanke-om-depression-vid-ums", "skane", "1982-08-22", "k", [
    N("n1", M, "Läkaranteckning", "psyk_malmo", "Linnea Hjort", "läkare", "2024-03-20 10:40", [
        ("Bedömning", "Utmattningssyndrom F43.8A, fortsatt förbättring. Ingen misstanke om depression, MADRS-S 8 och god glädjeförmåga. "
         "Upptrappning till 50 % från 1/4 enligt plan med arbetsgivaren."),
    ])], must_not=AB1,
    why="Settled utmattningssyndrom; depression is explicitly not suspected; nothing said about telling")

add("orto-typo-inga-tecken-pa-radikulpati", "vgr", "1991-12-03", "m", [
    N("n1", M, "Mottagningsanteckning", "orto_skovde", "Anton Lindberg", "läkare", "2024-01-30 14:00", [
        ("Status", "Lasègue neg bilat. Reflexer lika, sensorik och motorik ua i benen. Ömhet paravertebralt L4–S1."),
        ("Bedömning", "Inga tecken på radikulpati. Lumbago efter tunga lyft på jobbet. "
         "Sjukskrivs 50 % en vecka som flyttarbetare, därefter full återgång."),
    ])], must_not=A1,
    why="Typo 'radikulpati'; 'Inga tecken på' negates it and lumbago is settled")

add("reuma-fibromyalgi-avskrivs-hashimoto", "skane", "1968-02-17", "k", [
    N("n1", M, "Läkaranteckning", "reuma_lund", "Magnus Friberg", "överläkare", "2024-04-03 09:30", [
        ("Bedömning", "Remitterad som fibromyalgi. TSH 38, lågt fritt T4, anti-TPO kraftigt förhöjt: hypotyreos (Hashimoto). "
         "Fibromyalgi avskrivs, värken och tröttheten förklaras av hypotyreosen. Levaxin 50 µg, sjukskrivning via VC."),
    ])], must_not=A1,
    why="The earlier suspicion is dismissed ('avskrivs') and the real diagnosis is confirmed")

add("infektion-talar-emot-mecfs", "vgr", "1985-05-09", "k", [
    N("n1", M, "Läkaranteckning öppenvård", "infek_ostra", "Sofie Blom", "läkare", "2024-05-16 11:00", [
        ("Bedömning", "Trött efter covid i januari men ingen ansträngningsutlöst försämring, återhämtar sig över natten efter promenader. "
         "Talar emot ME/CFS. Post-covid tillstånd (U09.9) i successiv förbättring, arbetar 75 % som sjuksköterska."),
    ])], must_not=A1,
    why="'Talar emot ME/CFS' is a negation; the post-covid diagnosis is settled")

add("psyk-typo-ingen-misstake-om-ptsd", "skane", "1993-09-15", "m", [
    N("n1", M, "Läkaranteckning", "psyk_hbg", "Mikael Strömberg", "läkare", "2024-06-25 13:50", [
        ("Bedömning", "Passagerare i trafikolycka för sex veckor sedan. Sover bra, inga mardrömmar eller påträngande minnen, kör bil igen. "
         "Ingen misstake om PTSD. Nacksmärtan sköts av ortopeden, ingen psykiatrisk sjukskrivning behövs."),
    ])], must_not=A1,
    why="Typo 'misstake'; still a negated suspicion, must not fire")

add("kard-myokardit-kunde-uteslutas-vaktare", "vgr", "1987-03-12", "m", [
    N("n1", M, "Läkaranteckning", "kard_skovde", "Lars Wennberg", "läkare", "2024-02-06 10:15", [
        ("Utredning", "MR hjärta: normal vänsterkammarfunktion, inget LGE, inget ödem."),
        ("Bedömning", "Myokardit kunde uteslutas. Bröstsmärtorna efter covid bedöms som muskuloskeletala. "
         "Fri att återgå till arbetet som väktare utan restriktioner."),
    ])], must_not=A1,
    why="Myocarditis is ruled out ('kunde uteslutas')")

add("lung-yrkesastma-avskriven-bageri", "vgr", "1994-07-27", "k", [
    N("n1", M, "Läkaranteckning", "lung_su", "Ingrid Hallberg", "överläkare", "2024-08-13 09:10", [
        ("Bedömning", "PEF-kurvan visar ingen arbetsrelaterad variation och metakolintestet är negativt. Yrkesastma har därmed avskrivits. "
         "Besvären förklaras av irritation från mjöldamm i bageriet, andningsskydd rekommenderas."),
    ])], must_not=A1,
    why="Occupational asthma has been dismissed ('avskrivits')")

add("neuro-ms-uteslutet-karpaltunnel-verifierat", "skane", "1990-11-11", "k", [
    N("n1", M, "Läkaranteckning", "neuro_lund", "Karolina Ahlström", "specialistläkare", "2024-09-24 14:40", [
        ("Bedömning", "MR hjärna och halsrygg ua, LP utan oligoklonala band. MS har uteslutits. "
         "Domningarna i händerna förklaras av karpaltunnelsyndrom bilat, verifierat med neurografi. Sjukskrivning inte motiverad."),
    ])], must_not=A1,
    why="MS is ruled out; the remaining diagnosis is confirmed")

# --- someone else's disease
add("psyk-mamma-trolig-fibromyalgi-pat-gad", "skane", "1995-04-30", "m", [
    N("n1", M, "Läkaranteckning", "psyk_ksd", "Per Åström", "läkare", "2024-05-02 10:00", [
        ("Anamnes", "Hereditet: mamma har trolig fibromyalgi, aldrig utredd; morfar alkoholberoende."),
        ("Bedömning", "Generaliserat ångestsyndrom (F41.1). Fortsatt sertralin 100 mg och KBT. Arbetar heltid som IT-tekniker, ingen sjukskrivning."),
    ])], must_not=A1,
    why="The hedged diagnosis belongs to the mother; the patient's own diagnosis is settled")

add("psyk-bror-misstankt-bipolar-pat-anpassningsstorning", "vgr", "1986-06-14", "k", [
    N("n1", M, "Läkaranteckning", "psyk_boras", "Gustav Nordqvist", "läkare", "2024-03-28 15:20", [
        ("Anamnes", "Bror misstänkt bipolär enligt pat men ej utredd, syster behandlad för depression."),
        ("Bedömning", "Anpassningsstörning (F43.2) efter skilsmässan. Kortvarig sjukskrivning 50 % två veckor som lärare."),
    ])], must_not=A1,
    why="'misstänkt bipolär' concerns the brother, not the patient")

add("amm-arbetskamrat-misstankt-silikos-pat-frisk", "vgr", "1981-10-28", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Anna-Karin Berg", "överläkare", "2024-11-19 10:50", [
        ("Bedömning", "En arbetskamrat på samma stenverkstad har nyligen fått misstänkt silikos enligt pat. "
         "Pat själv: HRCT och spirometri normala, ingen lungsjukdom. Exponeringsmätning på arbetsplatsen via företagshälsovården."),
    ])], must_not=A1,
    why="The suspected silicosis is a co-worker's; the patient is found healthy")

# --- hedges on things that are not diagnoses
add("rehab-trolig-atergang-50-procent-whiplash", "vgr", "1977-01-23", "k", [
    N("n1", M, "Läkaranteckning", "rehab_kungalv", "Björn Claesson", "läkare", "2024-04-24 09:45", [
        ("Bedömning", "Whiplashskada (WAD II) i oktober, nu god rörlighet och mindre huvudvärk. "
         "Trolig återgång i arbete på 50 % från v. 18, heltid i juni."),
    ])], must_not=A1,
    why="'Trolig' hedges the return-to-work date, not a diagnosis")

add("amm-ev-remiss-arbetsterapeut-epikondylit", "skane", "1976-12-08", "m", [
    N("n1", M, "Läkaranteckning", "amm_lund", "Henrik Mattsson", "överläkare", "2024-06-19 13:30", [
        ("Bedömning", "Lateral epikondylit hö, arbetsrelaterad belastning som elektriker. "
         "Ev. remiss till arbetsterapeut för arbetsplatsbedömning och verktygsanpassning. Arbetsskadeanmälan gjord."),
    ])], must_not=A1,
    why="'Ev.' hedges a referral; the diagnosis is settled")

add("psyk-lang-oklart-om-arbetsgivaren-kan-anpassa", "vgr", "1979-09-09", "k", [
    N("n1", M, "Läkaranteckning", "psyk_ostra", "Jenny Åberg", "ST-läkare", "2024-09-03 10:30", [
        ("Aktuellt", "Återbesök, tredje månaden av sjukskrivning för depressiv episod. Sover sju timmar, promenerar dagligen, "
         "har återupptagit kören. Escitalopram 20 mg sedan juni, inga biverkningar. Beskriver fortfarande stresspåslag när "
         "hon tänker på kundtjänsten, där hon hade över hundra samtal per dag med krav på korta samtalstider."),
        ("Status", "Välvårdad, god kontakt, ler under samtalet. Psykomotoriskt ua. Inga suicidtankar. MADRS 11, från 27 i maj."),
        ("Bedömning", "Depressiv episod, medelsvår, nu i partiell remission. Arbetsförmågan bedöms ha förbättrats men tål inte "
         "samtalsintensiv kundtjänst. Oklart om arbetsgivaren kan erbjuda andra arbetsuppgifter, t.ex. ärendehantering via mejl."),
        ("Planering", "Intyg 50 % t.o.m. 6/10. Rehabkoordinator bokar avstämningsmöte med chefen och HR. "
         "Fortsatt escitalopram ett halvår efter full remission. Återbesök om fem veckor."),
    ])], must_not=A1,
    why="Long note: 'Oklart om arbetsgivaren kan erbjuda...' hedges an employer question, the depression is settled")

add("orto-fragestallning-arbetsformaga-efter-hoftprotes", "skane", "1962-05-20", "k", [
    N("n1", M, "Remiss", "orto_hbg", "Erik Strand", "läkare", "2024-03-19 11:40", [
        ("Anamnes", "Op. med totalprotes hö höft 2024-01-10 p.g.a. primär artros. Rörlighet god, går utan hjälpmedel."),
        ("Frågeställning", "Arbetsförmåga i ordinarie arbete som undersköterska i hemtjänsten? Önskar bedömning av lyftrestriktioner."),
    ])], must_not=A1,
    why="'Frågeställning' with '?' asks about work capacity, not about a diagnosis")

add("smarta-ev-forlangning-av-sjukskrivning", "vgr", "1971-02-26", "k", [
    N("n1", M, "Mottagningsanteckning", "smarta_su", "Cecilia Brandt", "specialistläkare", "2024-05-23 14:45", [
        ("Planering", "Långvarigt smärttillstånd i nacke och skuldror efter whiplashskada 2021, smärtan stabil på NRS 5. "
         "Ev. förlängning av sjukskrivningen bedöms vid nästa besök 14/6, till dess 50 %."),
    ])], must_not=A1,
    why="'Ev.' hedges an extension of sick leave; the pain diagnosis is settled")

add("postcovid-trolig-orsak-till-forsamringen", "skane", "1984-10-04", "k", [
    N("n1", M, "Mottagningsanteckning", "postcovid_malmo", "Nadia Haddad", "läkare", "2024-06-27 10:10", [
        ("Bedömning", "Post-covid tillstånd sedan 2022, i stort stabilt. Trolig orsak till försämringen i maj är för snabb "
         "upptrappning till 75 % i arbetet. Tillbaka till 50 % en månad, pacing."),
    ])], must_not=A1,
    why="'Trolig' hedges the cause of a worsening, not a diagnosis")

add("med-avstamningsmote-datum-fragetecken", "vgr", "1960-08-16", "m", [
    N("n1", M, "Telefonanteckning", "med_alingsas", "Elin Nyström", "läkare", "2024-08-29 13:05", [
        ("Telefonkontakt", "Samtal med rehabkoordinator. Avstämningsmöte med FK och arbetsgivaren 12/9? Väntar på bekräftelse från handläggaren. "
         "Diagnos på intyget oförändrad: hjärtsvikt NYHA II (I50.0)."),
    ])], must_not=A1,
    why="The '?' belongs to a meeting date; the diagnosis is stated plainly")

add("ortoavd-trolig-hemgang-i-morgon-fotledsfraktur", "vgr", "1989-07-19", "m", [
    N("n1", M, "Daganteckning", "orto_molndal_avd", "Linda Carlsson", "läkare", "2024-10-02 11:00", [
        ("Aktuellt", "Dag 2 efter osteosyntes av bimalleolär fotledsfraktur hö, arbetsolycka på byggarbetsplats. "
         "Smärtlindrad, mobiliseras med kryckor utan belastning."),
        ("Planering", "Trolig hemgång i morgon efter fysioterapeutens bedömning. Sjukskrivning åtta veckor, intyg skrivs vid utskrivningen."),
    ], setting="slutenvård")], must_not=A1,
    why="'Trolig hemgång i morgon' hedges a discharge, not a diagnosis")

# --- conditional / hypothetical
add("orto-om-cauda-equina-symtom-sok-akut", "vgr", "1983-04-01", "k", [
    N("n1", M, "Mottagningsanteckning", "orto_skovde", "Erika Holm", "läkare", "2024-02-01 10:25", [
        ("Bedömning", "Lumbago utan neurologiska bortfall. Om domningar i underlivet eller svårigheter att kasta vatten tillkommer "
         "ska pat söka akut för bedömning avseende cauda equina-syndrom. Sjukskriven en vecka som sjuksköterska med tunga lyft."),
    ])], must_not=A1,
    why="Cauda equina is mentioned only in a conditional safety-net instruction")

add("postcovid-om-brostsmarta-utesluta-myokardit", "skane", "1992-12-28", "k", [
    N("n1", M, "Läkaranteckning", "postcovid_malmo", "Oscar Lindgren", "läkare", "2024-07-16 14:15", [
        ("Bedömning", "Post-covid tillstånd, sex månader efter insjuknandet, med trötthet och yrsel. "
         "Om bröstsmärta eller hjärtklappning vid ansträngning tillkommer ska pat söka akut så att myokardit kan uteslutas. "
         "Fortsatt sjukskrivning 50 % som barnskötare."),
    ])], must_not=A1,
    why="Myocarditis appears only in a conditional instruction")

add("psyk-om-nedstamdheten-fordjupas-depression", "vgr", "1990-02-08", "m", [
    N("n1", M, "Läkaranteckning", "psyk_nu", "Hans Jönsson", "läkare", "2024-10-29 09:35", [
        ("Bedömning", "Anpassningsstörning efter konflikt med chefen, F43.2. Om nedstämdheten fördjupas och sömnen försämras "
         "ytterligare kan en depression utvecklas; då prövas antidepressiv behandling. Sjukskrivs 50 % tre veckor, kurator."),
    ], signed=DRAFT)], must_not=A1,
    why="Depression is only a conditional future possibility; the current diagnosis is settled")

# --- confirmed diagnoses
add("rehab-lang-utmattningssyndrom-fastslaget", "vgr", "1975-06-02", "k", [
    N("n1", M, "Läkaranteckning", "rehab_hogsbo", "Helena Dahl", "specialistläkare", "2024-03-14 13:00", [
        ("Anamnes", "Projektledare på ett IT-företag. Insjuknade i oktober med yrsel, hjärtklappning och minnessvikt efter ett år "
         "med parallella leveranser. Heltidssjukskriven sedan dess. Har deltagit i vårt stressrehabiliteringsprogram i åtta veckor: "
         "gruppsamtal, fysisk aktivitet, sömnskola och arbetsterapeutisk aktivitetsbalans."),
        ("Aktuellt", "Sover nu 6–7 timmar, vaknar en gång per natt men somnar om. Promenerar 40 min dagligen och har börjat "
         "simma en gång i veckan. Minnet bättre, kan läsa en roman igen men behöver vila efter middagen. "
         "Arbetsträning två timmar tre dagar per vecka sedan februari, på eget kontorsrum utan möten. "
         "Blir fortfarande yr och tung i huvudet när flera kollegor pratar samtidigt. Maken avlastar med hämtningar på förskolan."),
        ("Status", "Lugn, samlad, viss långsamhet i tankeflödet. BT 124/78. Neurologiskt ua."),
        ("Utredning", "Lab vid start: Hb, TSH, glukos, B12, folat, ferritin normala. KEDS 34 vid start, 18 i dag. "
         "MADRS-S 9 i dag, 21 vid start. ISI 10 från 19."),
        ("Diagnos", "F43.8A Utmattningssyndrom enligt Socialstyrelsens kriterier."),
        ("Bedömning", "Tydlig förbättring av sömn och uthållighet. Klarar nu tre timmars koncentrerat arbete med pauser. "
         "Arbetsförmågan är delvis nedsatt i förhållande till ordinarie arbete, framför allt vid tidspress och många parallella uppgifter."),
        ("Åtgärd", "Intyg FK7804 25 % arbete, 75 % sjukskrivning från 18/3 i fyra veckor, sedan 50 %. "
         "Funktionsnedsättning: nedsatt uthållighet, minne och koncentration. Aktivitetsbegränsning: klarar inte att leda "
         "projektmöten eller hantera flera deadlines parallellt. "
         "Arbetsterapeuten gör arbetsplatsbesök med chefen den 2/4. Planen är förankrad med pat och arbetsgivaren."),
        ("Planering", "Uppföljande läkarbesök om fyra veckor. Fortsatt gruppträff varannan vecka till maj, därefter "
         "egenvårdsplan. Kontakt med företagshälsovården om långsiktig arbetsanpassning."),
    ])], must_not=AB1,
    why="Long note with only a settled diagnosis and no hedge; nothing said about withholding from the patient")

add("akut-whiplash-s134-bekraftad-bussforare", "skane", "1973-08-31", "m", [
    N("n1", M, "Akutanteckning", "akut_ystad", "Sara Öberg", "läkare", "2024-09-12 18:30", [
        ("Bedömning", "Påkörd bakifrån i kö på E65. Nacksmärta, ingen neurologi, Canadian C-spine rule utan indikation för rtg. "
         "Diagnos: whiplashskada (S13.4) utan neurologiskt bortfall. Rörelseråd, paracetamol, sjukskriven tre dagar som bussförare."),
    ])], must_not=A1,
    why="The whiplash diagnosis is stated as settled; no hedge")

add("infektion-u099-fastslaget-efter-utredning", "vgr", "1978-04-21", "m", [
    N("n1", M, "Läkaranteckning öppenvård", "infek_ostra", "Sofie Blom", "läkare", "2024-08-06 10:30", [
        ("Diagnos", "U09.9 Post-covid tillstånd, fastställt efter utredning med normal UCG, spirometri och lab."),
        ("Åtgärd", "Läkarintyg för sjukpenning 50 % t.o.m. 30/9. Remiss till post-covidrehabiliteringen i Högsbo."),
    ])], must_not=A1,
    why="Confirmed post-covid diagnosis in the Diagnos sökord; no hedge")

# --- protected places
add("skane-mall-tidiga-hypoteser-bipolar-ej-kommunicerat", "skane", "1983-01-27", "m", [
    N("n1", M, "Tidiga hypoteser", "psyk_lund", "Jonas Wikström", "ST-läkare", "2024-02-12 16:10", [
        ("Bedömning", "Misstänkt bipolär sjukdom typ II utifrån hypomana episoder som framkommit i anhörigintervjun. "
         "Ej kommunicerat med pat, som just nu är djupt deprimerad."),
    ])], must_not=AB1,
    why="Skåne template Tidiga hypoteser hides the hypothesis and the untold diagnosis from the patient")

add("vgr-sokord-tidiga-hypoteser-adhd-bedomning-fastslagen", "vgr", "1988-11-06", "k", [
    N("n1", M, "Läkaranteckning", "psyk_boras", "Aisha Mohammed", "specialistläkare", "2024-04-30 11:15", [
        ("Aktuellt", "Sjukskriven 100 % sedan februari som socialsekreterare. Sover bättre på mirtazapin."),
        ("Bedömning", "Depressiv episod, medelsvår (F32.1), MADRS 22 från 29. Fortsatt sjukskrivning t.o.m. 31/5, därefter prövas 25 % arbete."),
        ("Tidiga hypoteser", "Sannolikt samsjuklig ADHD, otillräckligt underlag än så länge; utredning efter remission."),
    ])], must_not=A1,
    why="VGR sökord Tidiga hypoteser hides the hedged ADHD; visible sections hold only a settled diagnosis")

add("skane-mall-tidiga-hypoteser-lakemedelsberoende", "skane", "1965-09-19", "k", [
    N("n1", M, "Tidiga hypoteser", "smarta_lund", "Lina Abdi", "läkare", "2024-08-28 15:00", [
        ("Bedömning", "Kan ej utesluta beroende av bensodiazepiner och opioider: tre förskrivare senaste halvåret och tidiga förnyelser. "
         "Tas upp vid teamsamtalet."),
    ])], must_not=A1,
    why="Hedged dependency diagnosis kept in the Skåne Tidiga hypoteser template")

add("vgr-tidiga-hypoteser-simulering-plus-ev-remiss", "vgr", "1970-03-31", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Ulla Fransson", "överläkare", "2024-11-26 09:00", [
        ("Utredning", "Audiogrammen från två mättillfällen visar trösklar som skiljer upp till 25 dB."),
        ("Tidiga hypoteser", "Möjlig överdrift av besvären inför arbetsskadeprövningen, inkonsistenta testresultat."),
        ("Planering", "Ev. remiss till psykolog för symtomvaliditetstest. Nytt besök om fyra veckor."),
    ])], must_not=A1,
    why="Hypothesis only under VGR sökord Tidiga hypoteser; the visible 'Ev.' concerns a referral")

add("vgr-mall-och-sokord-tidiga-hypoteser-personlighet", "vgr", "1997-05-24", "k", [
    N("n1", M, "Tidiga hypoteser", "psyk_nu", "Marie Ljung", "specialistläkare", "2024-06-20 16:45", [
        ("Tidiga hypoteser", "Trolig emotionellt instabil personlighetsstörning, preliminärt efter två samtal. Omprövas efter SCID-5-PD."),
    ])], must_not=A1,
    why="VGR: hypothesis written under sökord Tidiga hypoteser is protected")

add("skane-tidiga-hypoteser-utkast-somatisering", "skane", "1976-10-14", "k", [
    N("n1", M, "Tidiga hypoteser", "rehab_orup", "Per-Olof Svensson", "överläkare", "2024-09-30 17:20", [
        ("Bedömning", "DD somatiseringssyndrom vs. fibromyalgi; har inte tagit ställning ännu."),
    ], signed=DRAFT)], must_not=A1,
    why="Unsigned draft in the Skåne Tidiga hypoteser template: protected")

# ================================================================ NL101 positives
# A diagnosis in visible text while the note says the patient has not been told.
NOT102 = [("NL102", "n1")]

add("orto-kotkompression-l1-pat-ej-informerad", "skane", "1961-07-12", "k", [
    N("n1", M, "Provsvarsanteckning", "orto_hbg", "Erik Strand", "läkare", "2024-01-18 15:45", [
        ("Bedömning", "Rtg ländrygg (tagen p.g.a. ryggsmärta efter fall på arbetet): kotkompression L1 med ca 30 % höjdreduktion, "
         "bakkanten intakt. Pat ej informerad ännu, dr Strand ringer i morgon förmiddag. Sjukskrivningen 100 % förlängs tills vidare."),
    ], signed=DRAFT)], must=B1, must_not=NOT102,
    why="A settled fracture diagnosis in visible text and 'Pat ej informerad ännu'")

add("neuro-ms-besked-vid-planerat-besok", "vgr", "1994-03-03", "k", [
    N("n1", M, "Läkaranteckning", "neuro_nal", "Leyla Demir", "läkare", "2024-04-12 16:20", [
        ("Utredning", "MR hjärna och ryggmärg: multipla periventrikulära och juxtakortikala lesioner samt en lesion i halsmärgen, två laddar kontrast."),
        ("Bedömning", "McDonald-kriterierna uppfyllda, diagnos multipel skleros (G35.9). Pat ej informerad; besked ges vid planerat "
         "besök 22/4 tillsammans med MS-sjuksköterska. Sjukskrivningen för trötthet från VC löper till 30/4."),
    ])], must=B1, must_not=NOT102,
    why="MS diagnosis visible while the patient is explicitly not yet informed")

add("psyk-personlighetsstorning-pa-intyget-ej-diskuterad", "skane", "1999-08-27", "k", [
    N("n1", M, "Intygsanteckning", "psyk_malmo", "Sanna Bäckström", "läkare", "2024-05-27 11:30", [
        ("Sjukskrivning", "FK7804 halvtid t.o.m. 30/6. Diagnos angiven i intyget: F60.3 emotionellt instabil personlighetsstörning."),
        ("Bedömning", "Diagnosen har ännu inte diskuterats med pat, tas upp vid samtalet 12/6 tillsammans med DBT-teamet."),
    ])], must=B1,
    why="The diagnosis went to FK on the certificate but the note says it has not been discussed with the patient")

add("amm-bullerskada-fhv-har-svar-pat-ej-besked", "vgr", "1963-11-09", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Anna-Karin Berg", "överläkare", "2024-06-26 10:05", [
        ("Utredning", "Tonaudiometri: symmetrisk sensorineural hörselnedsättning med dipp vid 4 kHz bilat, 45 dB."),
        ("Bedömning", "Bullerorsakad hörselnedsättning efter 30 år i pappersbruk. Remissvar skickat till företagshälsovården. "
         "Pat har ännu inte fått besked om diagnosen, nås på telefon först efter semestern."),
    ])], must=B1,
    why="Occupational health service got the answer, the patient has not been told the diagnosis")

add("lung-typo-lungfibros-ej-underattad", "skane", "1958-12-05", "m", [
    N("n1", M, "Läkaranteckning", "lung_lund", "Hanna Wallin", "läkare", "2024-05-22 14:00", [
        ("Bedömning", "HRCT och multidisciplinär konferens: idiopatisk lungfibros med UIP-mönster. "
         "Pat ej underättad, tas vid återbesöket 3/6 med kontaktsjuksköterska. Sjukskriven 50 % från VC som tulltjänsteman."),
    ])], must=B1, must_not=NOT102,
    why="Typo 'underättad' (underrättad); a confirmed diagnosis is visible and not yet told")

add("reuma-ra-fastslagen-pat-ej-nadd", "vgr", "1984-09-21", "k", [
    N("n1", M, "Telefonanteckning", "reuma_boras", "Björn Persson", "läkare", "2024-04-05 12:10", [
        ("Telefonkontakt", "Anti-CCP > 340 och RF pos. Reumatoid artrit (M05.9) fastställd. Pat ej nådd per telefon två gånger "
         "och är alltså inte informerad. Nytt försök i morgon, metotrexat förbereds."),
    ])], must=B1,
    why="Confirmed RA written while the patient could not be reached and is not informed")

add("rehab-teamkonferens-fibromyalgi-informeras-senare", "skane", "1974-02-11", "k", [
    N("n1", M, "Teamkonferens", "rehab_orup", "Per-Olof Svensson", "överläkare", "2024-10-16 13:30", [
        ("Teambedömning", "Läkare, fysioterapeut, arbetsterapeut och psykolog. Teamet bedömer att kriterierna för fibromyalgi är uppfyllda. "
         "Pat informeras inte om diagnosen förrän vid det avslutande läkarsamtalet nästa vecka. "
         "Arbetsförmågan bedöms till 50 % i stillasittande arbete."),
    ])], must=B1,
    why="Team settles fibromyalgia but the patient will only be told next week")

add("psykolog-adhd-aterkoppling-ej-gjord", "vgr", "1995-01-17", "m", [
    N("n1", M, "Psykologanteckning", "psyk_ostra", "Malin Torstensson", "psykolog", "2024-09-26 15:00", [
        ("Utredning", "Sammanställning av neuropsykiatrisk utredning: ADHD, kombinerad form (F90.0)."),
        ("Planering", "Pat har ännu inte fått återkoppling om diagnosen, återgivningssamtal bokat 7/10. Därefter underlag till läkare "
         "för ställningstagande till läkemedel och till hur sjukskrivningen ska fortsätta."),
    ])], must=B1,
    why="ADHD diagnosis in visible text before the feedback session")

add("amm-kontakteksem-mit-ej-meddelat", "skane", "1987-06-23", "k", [
    N("n1", M, "Läkaranteckning", "amm_lund", "Karin Lindqvist", "läkare", "2024-03-27 13:20", [
        ("Bedömning", "Epikutantest avläst dag 3 och 7: kontaktallergi mot metylisotiazolinon. Allergiskt kontakteksem på händerna, "
         "arbetsrelaterat (städ). Har inte meddelat pat ännu, brev skickas efter fredagens konferens."),
    ])], must=B1, must_not=NOT102,
    why="Occupational contact allergy stated, 'Har inte meddelat pat ännu'")

add("smarta-hoftartros-pat-vet-inte", "vgr", "1965-10-30", "k", [
    N("n1", M, "Läkaranteckning", "smarta_su", "Cecilia Brandt", "specialistläkare", "2024-07-04 09:20", [
        ("Utredning", "Rtg bäcken och höfter: uttalad höftledsartros hö med nästan upphävd ledspringa, lätt artros vä."),
        ("Bedömning", "Ljumsksmärtan hö förklaras av artrosen och inte av det generaliserade smärttillståndet. "
         "Pat vet ännu inte om röntgenfyndet, det tas vid besöket på måndag. Remiss ortoped för ställningstagande till protes."),
    ])], must=B1,
    why="Hip osteoarthritis found and written visibly; the patient does not yet know")

add("psyk-bipolar-ej-lampligt-informera-nu", "skane", "1981-04-16", "k", [
    N("n1", M, "Läkaranteckning", "psyk_hbg", "Marcus Ohlsson", "läkare", "2024-06-03 14:25", [
        ("Bedömning", "Bipolär sjukdom typ II (F31.8) enligt livsdiagram och anhöriganamnes. Ej lämpligt att informera pat om diagnosen "
         "just nu p.g.a. akut kris efter uppsägningen; tas upp när hon är stabil. Sjukskrivning 100 % fyra veckor."),
    ])], must=B1,
    why="A diagnosis deliberately withheld but written in an ordinary visible note instead of Tidiga hypoteser")

add("infektion-hepatit-c-efter-stickskada-ej-underrattad", "vgr", "1976-05-05", "k", [
    N("n1", M, "Läkaranteckning öppenvård", "infek_ostra", "Rami Khalil", "läkare", "2024-01-22 10:40", [
        ("Anamnes", "Undersköterska, stickskada på avdelningen i oktober 2023, provtagning enligt rutin."),
        ("Bedömning", "HCV-RNA påvisbart, genotyp 3a: kronisk hepatit C-infektion. Pat är ännu inte underrättad om resultatet. "
         "Arbetsskadeanmälan kompletteras när hon informerats."),
    ])], must=B1, must_not=NOT102,
    why="Occupational hepatitis C visible in the note while the patient is not yet told")

add("amm-typo-yrkesastma-bagare-ej-infomerad", "skane", "1990-01-29", "m", [
    N("n1", M, "Läkaranteckning", "amm_lund", "Henrik Mattsson", "överläkare", "2024-11-06 10:00", [
        ("Bedömning", "PEF-kurvan har tydligt sämre värden arbetsdagar, specifikt IgE mot vetemjöl 8,2. Yrkesastma hos bagare. "
         "Pat ej infomerad om diagnosen ännu, återbesök 20/11 där fortsatt arbete i bageriet diskuteras."),
    ])], must=B1,
    why="Typo 'infomerad'; the occupational asthma diagnosis is visible and not yet told")

add("orto-mr-korsband-undanhallet-i-forsta-anteckningen", "vgr", "1993-08-18", "m", [
    N("n1", M, "Provsvarsanteckning", "orto_skovde", "Anton Lindberg", "läkare", "2024-03-11 13:10", [
        ("Bedömning", "MR vä knä: totalruptur av främre korsbandet och hinkhandtagsruptur i mediala menisken. "
         "Pat ej informerad ännu, rings upp efter röntgenronden."),
    ]),
    N("n2", M, "Telefonanteckning", "orto_skovde", "Anton Lindberg", "läkare", "2024-03-12 09:30", [
        ("Telefonkontakt", "Pat informerad om MR-svaret, korsbandsruptur och meniskskada. Op-anmäld för artroskopi. "
         "Sjukskriven som golvläggare tills vidare."),
    ])], must=B1,
    why="The first note shows the diagnosis while the patient was not informed; the later call does not undo that note")

add("med-adenocarcinom-pat-och-anhoriga-ej-informerade", "skane", "1959-02-20", "m", [
    N("n1", M, "Läkaranteckning", "med_trbg", "Johan Bergström", "läkare", "2024-11-14 15:30", [
        ("Anamnes", "DT vid uppföljning efter covid-pneumoni visade en 2 cm förändring i hö överlob, bronkoskopi 7/11."),
        ("Bedömning", "PAD från bronkoskopi: adenocarcinom i lunga, hö överlob. Pat och anhöriga ej informerade; besked ges på "
         "mottagningen 21/11 tillsammans med kontaktsjuksköterska. Fortsatt sjukskrivning 100 %."),
    ])], must=B1,
    why="A cancer diagnosis visible while neither patient nor family has been told")

add("psyk-utkast-alkoholberoende-avvaktar-att-informera", "vgr", "1971-11-25", "m", [
    N("n1", M, "Läkaranteckning", "psyk_nu", "Marie Ljung", "specialistläkare", "2024-08-15 17:05", [
        ("Bedömning", "Alkoholberoende (F10.2): AUDIT 28, PEth 2,1. Avvaktar med att informera pat om PEth-svaret och diagnosen "
         "till samtalet på torsdag. Sjukskrivningen för utmattning förlängs inte innan dess."),
    ], signed=DRAFT)], must=B1,
    why="Unsigned draft; 'Avvaktar med att informera pat om ... diagnosen' next to the visible diagnosis")

add("ortoavd-lang-epikris-osteoporos-ej-informerad", "skane", "1966-04-07", "k", [
    N("n1", M, "Epikris", "orto_malmo", "Johanna Lilja", "läkare", "2024-02-09 14:00", [
        ("Orsak till vård", "Lagerarbetare som föll från en pall på arbetet 3/2 och tog emot sig med hö hand. "
         "Felställd distal radiusfraktur hö, dessutom smärta över vä höft."),
        ("Vårdförlopp", "Rtg hö handled: dorsalt felställd intraartikulär radiusfraktur. Rtg vä höft utan fraktur. "
         "Op 4/2 med volar platta, okomplicerat. Postop rtg visar godtagbart läge. Smärtlindrad på paracetamol och "
         "oxikodon i avtagande dos, oxikodon utsatt dag 3. Mobiliserad med rollator första dygnet, därefter utan hjälpmedel. "
         "Arbetsterapeut har provat ut handortos och gått igenom ADL."),
        ("Utredning", "Med tanke på lågenergifraktur hos kvinna över 55 gjordes DXA under vårdtiden: osteoporos, T-score −3,1 i ländryggen "
         "och −2,6 i lårbenshalsen. Kalcium och D-vitamin normala."),
        ("Information", "Pat ej informerad om DXA-svaret, hann inte före utskrivningen. Vårdcentralen ombeds informera och "
         "ta ställning till bisfosfonat."),
        ("Sjukskrivning", "Heltid tio veckor, läkarintyg för sjukpenning utfärdat. Arbetet innebär tunga lyft och pallhantering, "
         "återgång kräver fullt läkt fraktur och god greppstyrka."),
        ("Läkemedel vid utskrivning", "Paracetamol 1 g x 3 vb, Calcichew-D3 1 x 2 (nyinsatt). Övriga läkemedel oförändrade: "
         "levotyroxin 100 µg, enalapril 10 mg."),
        ("Status vid utskrivning", "AT gott, afebril. Hö hand: cirkulation och sensorik ua, rörlig i fingrarna, lätt svullnad. "
         "Sår rent och torrt, agraffer kvar. Vä höft: fri rörlighet, ingen smärta vid belastning."),
        ("Uppföljning", "Gipsrum och rtg om två veckor. Handterapeut Malmö kallar. Återbesök ortoped om sex veckor. "
         "Agrafferna tas på vårdcentralen dag 12–14."),
    ], setting="slutenvård")], must=B1,
    why="Long discharge summary: osteoporosis is stated and the patient is said not to be informed")

# ================================================================ NL101 negatives
add("psyk-informerad-ums-arbetsgivaren-far-ej-veta", "skane", "1987-02-01", "k", [
    N("n1", M, "Läkaranteckning", "psyk_lund", "Rebecka Moberg", "läkare", "2024-02-29 10:20", [
        ("Bedömning", "Informerad om diagnosen utmattningssyndrom och vad den innebär. Pat vill inte att arbetsgivaren får veta diagnosen, "
         "intyget till arbetsgivaren utformas utan diagnos. Sjukskrivning 100 % t.o.m. 15/3."),
    ])], must_not=AB1,
    why="The patient is told; only the employer is not, which is no NL101")

add("kurator-har-inte-berattat-for-chefen-bipolar", "vgr", "1985-07-08", "k", [
    N("n1", M, "Kuratorsanteckning", "rehab_kungalv", "Nina Svärd", "kurator", "2024-05-08 13:00", [
        ("Samtal", "Pat har inte berättat för sin chef om sin bipolära sjukdom och vill inte göra det. "
         "Vi går igenom vad hon behöver säga om arbetsanpassningar utan att nämna diagnosen. "
         "Bipolär sjukdom typ I, välinställd på litium enligt psykiatrin."),
    ])], must_not=B1,
    why="It is the patient who has not told her manager; she knows her diagnosis")

add("psyk-fk-beslut-ej-meddelat-pat", "vgr", "1983-12-14", "k", [
    N("n1", M, "Telefonanteckning", "psyk_boras", "Gustav Nordqvist", "läkare", "2024-06-11 11:45", [
        ("Telefonkontakt", "Depression F32.1, sjukskriven sedan mars. Handläggaren på FK meddelar att beslut om fortsatt sjukpenning är fattat; "
         "pat ej informerad om FK:s beslut ännu, handläggaren ringer henne i eftermiddag."),
    ])], must_not=B1,
    why="What the patient has not been told is an FK decision, not a diagnosis")

add("med-normala-provsvar-ej-underrattad", "skane", "1977-09-26", "k", [
    N("n1", M, "Provsvarsanteckning", "med_trbg", "Ali Hosseini", "läkare", "2024-04-22 16:10", [
        ("Bedömning", "Hb 138, TSH 1,8, B12 och ferritin normala. Pat ej underrättad om provsvaren ännu, meddelas via 1177. "
         "Utmattningssyndrom kvarstår som diagnos, sjukskrivning enligt tidigare."),
    ], signed=DRAFT)], must_not=B1,
    why="The untold items are normal lab results; the diagnosis itself is known")

add("orto-informerad-idag-om-diskbrack", "skane", "1980-06-19", "m", [
    N("n1", M, "Mottagningsanteckning", "orto_hbg", "Nils Hedlund", "läkare", "2024-08-08 10:50", [
        ("Bedömning", "Informerade pat i dag om MR-fyndet: diskbråck L4–L5 med kompression av L5-roten vä. "
         "Konservativ behandling sex veckor, sjukskriven 50 % som lastbilschaufför."),
    ])], must_not=AB1,
    why="The patient was informed today")

add("smarta-besked-om-fibromyalgi-tidigare", "vgr", "1979-05-31", "k", [
    N("n1", M, "Läkaranteckning", "smarta_nu", "Karl Gustavsson", "läkare", "2024-04-18 14:35", [
        ("Bedömning", "Pat fick besked om diagnosen fibromyalgi vid besöket 12/2 och har sedan dess läst på och gått med i en patientförening. "
         "Nu fokus på aktivitetsbalans och återgång till 50 % som lokalvårdare."),
    ], signed=DRAFT)], must_not=B1,
    why="The diagnosis was told at an earlier visit")

add("vgr-ej-informerad-bara-under-tidiga-hypoteser", "vgr", "1996-12-10", "k", [
    N("n1", M, "Läkaranteckning", "neuro_nal", "Leyla Demir", "läkare", "2024-05-03 10:30", [
        ("Aktuellt", "Återbesök efter MR. Domningarna i vä arm har gått i regress. Arbetar heltid som lärare."),
        ("Tidiga hypoteser", "MR visar två periventrikulära lesioner; kliniskt isolerat syndrom med risk för MS. "
         "Pat ej informerad om MS-risken, tas upp när LP-svar finns."),
        ("Planering", "LP bokad 14/5. Återbesök 28/5."),
    ])], must_not=B1,
    why="The untold diagnosis is only under VGR sökord Tidiga hypoteser; visible sections hold none")

add("psyk-pat-informerad-maken-vet-inte", "skane", "1975-12-29", "k", [
    N("n1", M, "Läkaranteckning", "psyk_ksd", "Per Åström", "läkare", "2024-10-10 09:10", [
        ("Bedömning", "Pat informerad om diagnosen recidiverande depressiv sjukdom. Maken vet ännu inte om diagnosen, "
         "pat vill själv berätta i sin takt. Sjukskrivs 50 % fyra veckor."),
    ])], must_not=AB1,
    why="The patient is told; only the husband is not")

add("kard-forsta-undanholl-andra-berattar-flimmer", "skane", "1968-01-04", "m", [
    N("n1", M, "Provsvarsanteckning", "kard_hbg", "Sofia Kowalski", "specialistläkare", "2024-05-13 15:20", [
        ("Bedömning", "Långtids-EKG: paroxysmalt förmaksflimmer, längsta episod 4 h. Pat ännu ej underrättad."),
    ]),
    N("n2", M, "Telefonanteckning", "kard_hbg", "Sofia Kowalski", "specialistläkare", "2024-05-14 08:50", [
        ("Telefonkontakt", "Pat informerad per telefon om förmaksflimmer. CHA2DS2-VASc 2, apixaban insatt. "
         "Sjukskrivning inte aktuell, arbetar som revisor."),
    ])], must_not=[("NL101", "n2")],
    why="The later note records that the patient was told; assert on that note")

add("psyk-fk-ej-fatt-diagnosen-pat-valt-sjalv", "vgr", "1992-10-07", "m", [
    N("n1", M, "Läkaranteckning", "psyk_ostra", "Johan Sjögren", "läkare", "2024-07-11 13:40", [
        ("Bedömning", "Social fobi (F40.1), känd sedan 2019. Pat har själv valt att inte skicka kompletteringen med diagnosen till FK "
         "och vill i stället söka sjukpenning på nytt senare. FK ej informerat om diagnosen."),
    ])], must_not=B1,
    why="FK is not told, by the patient's own choice; the patient knows the diagnosis")

add("rehabkoordinator-ag-ej-informerad-om-plan", "skane", "1986-03-22", "m", [
    N("n1", M, "Rehabkoordinator", "rehab_orup", "Malin Persson", "rehabkoordinator", "2024-01-25 10:00", [
        ("Samordning", "Sjukskriven för whiplashskada sedan december. Har ännu inte informerat arbetsgivaren om planen för upptrappning, "
         "väntar på pat:s samtycke. Pat själv positiv till arbetsträning 25 %."),
    ])], must_not=B1,
    why="The employer is not told a plan; nothing diagnostic is withheld from the patient")

add("lung-intyg-skickat-pat-ej-informerad-om-det", "vgr", "1957-06-15", "m", [
    N("n1", M, "Administrativ anteckning", "lung_su", "Ingrid Hallberg", "överläkare", "2024-02-14 12:00", [
        ("Intyg", "Läkarintyg för sjukpenning (KOL, J44.1) signerat och skickat elektroniskt till FK. "
         "Pat ej informerad om att intyget är skickat, meddelande via 1177 i morgon."),
    ])], must_not=B1,
    why="What the patient has not been told is that the certificate was sent")

add("smarta-typo-infomerad-om-whiplashskada", "skane", "1998-09-01", "k", [
    N("n1", M, "Mottagningsanteckning", "smarta_hlm", "Daniel Paulsson", "läkare", "2024-03-08 13:15", [
        ("Bedömning", "Pat infomerad om diagnosen whiplashskada och att nackvärken oftast går över inom några månader. "
         "Sjukskriven 25 % som tandsköterska i två veckor."),
    ])], must_not=B1,
    why="Typo 'infomerad' without a negation: the patient was told")

add("amm-lang-bullerskada-informerad-ag-ej-annu", "vgr", "1967-02-08", "m", [
    N("n1", M, "Läkaranteckning", "amm_su", "Ulla Fransson", "överläkare", "2024-09-19 09:00", [
        ("Anamnes", "Plåtslagare i 28 år, de senaste tio åren i en hall med nitning och slipning. Har svårt att höra i sällskap "
         "och har tv:n på hög volym. Hörselkåpor används men inte konsekvent, särskilt inte vid korta moment. "
         "Tinnitus bilat sedan fem år, värst på kvällen."),
        ("Status", "Öron: trumhinnor ua bilat. Weber mittställd."),
        ("Utredning", "Tonaudiometri: bilateral sensorineural nedsättning med dipp vid 4 kHz, 50 dB hö och 45 dB vä. "
         "Talaudiometri: diskrimination 88 % bilat."),
        ("Bedömning", "Bullerorsakad hörselnedsättning bilat med tinnitus. Exponeringen i arbetet räcker för att förklara skadan."),
        ("Åtgärd", "Pat informerad om diagnosen och om att skadan är bestående men kan hindras från att förvärras. "
         "Arbetsgivaren är ännu inte informerad; pat vill själv ta upp saken med chefen innan arbetsskadeanmälan görs gemensamt. "
         "Remiss hörcentralen för hörapparatutprovning. Inget sjukintyg behövs."),
    ])], must_not=AB1,
    why="Long AMM note: the patient is told; only the employer is not yet")

# ================================================================ extra long charts
add("postcovid-lang-kan-ej-uteslutas-somnapne-gomt", "skane", "1971-04-28", "m", [
    N("n1", M, "Läkaranteckning", "postcovid_malmo", "Oscar Lindgren", "läkare", "2024-10-24 09:30", [
        ("Aktuellt", "Nybesök efter remiss från Vårdcentralen Limhamn. Säljare på bilfirma, covid-19 i februari med feber och hosta "
         "i tio dagar, ej inlagd. Sedan dess tung trötthet, svårt att hitta ord i kundsamtal, glömmer avtalade tider. "
         "Sover 9–10 h men vaknar ej utvilad, somnar i soffan på eftermiddagen. Sambon har inte märkt några andningsuppehåll "
         "men han snarkar mer sedan han gått upp 8 kg i vikt. Sjukskriven 50 % sedan april, tidigare heltid i två månader."),
        ("Tidigare", "Hypertoni sedan 2018. Ingen tidigare psykisk ohälsa. Röker ej, alkohol 4–6 glas/vecka."),
        ("Status", "AT gott. Längd 181 cm, vikt 104 kg, BMI 31,7. Halsomfång 44 cm. "
         "Cor: RR, inga biljud. BT 146/92. Pulm: ua. Neurologiskt ua. "
         "Aktiv ståndtest: puls 68 → 84, BT stabilt. Mallampati III."),
        ("Utredning", "Hb 151, CRP <1, TSH 2,1, ferritin 140, B12 420, HbA1c 41, NT-proBNP 80. EKG: sinusrytm 66/min, ua. "
         "FSS 5,8. MoCA 27/30 med tappat poäng på fördröjd återgivning."),
        ("Bedömning", "Långvarig trötthet och kognitiv påverkan efter covid-19, post-covid tillstånd. "
         "Viktuppgång, snarkning och dagtrötthet gör att det inte kan uteslutas att en obstruktiv sömnapné bidrar till bilden. "
         "Ingen ortostatisk intolerans, normal hjärtfunktion."),
        ("Åtgärd", "Polygrafi via lungmottagningen. Pacing och energibudget genomgångna, broschyr given. "
         "Arbetsterapeut inom teamet kallar för aktivitetsanalys. FK7804 förlängs 50 % till 30/11."),
        ("Planering", "Återbesök efter polygrafin. Vid normal polygrafi remiss till neuropsykolog för kognitiv bedömning."),
    ])], must=A1,
    why="Long chart where the only hedge is 'det inte kan uteslutas att en obstruktiv sömnapné bidrar', in a visible Bedömning")

add("reuma-lang-sjogren-biopsisvar-ej-meddelat", "vgr", "1973-11-19", "k", [
    N("n1", M, "Läkaranteckning", "reuma_boras", "Björn Persson", "läkare", "2024-11-21 14:10", [
        ("Anamnes", "Remitterad från vårdcentralen som långvarig generaliserad smärta och trötthet hos barnskötare, "
         "sjukskriven 50 % sedan maj. Muntorrhet sedan flera år, dricker vatten till varje måltid och vaknar nattetid av torr mun. "
         "Grusig känsla i ögonen, använder ögondroppar dagligen. Ledvärk i händer och knän utan tydlig svullnad. "
         "Kortare feberepisoder under hösten."),
        ("Status", "Torra slemhinnor i munhålan, parotiderna palpabla bilat men ej ömma. Ledstatus: inga synoviter. "
         "Hud ua, inga purpura. Lymfkörtlar ua."),
        ("Utredning", "Schirmer 3 mm/5 min hö och 4 mm vä. Ostimulerad salivsekretion 0,05 ml/min. "
         "Anti-SSA och anti-SSB positiva, ANA 1/1280 med prickigt mönster. SR 38, IgG 21. "
         "Läppspottkörtelbiopsi 7/11: fokal lymfocytär sialadenit, fokusscore 2."),
        ("Bedömning", "Primärt Sjögrens syndrom (M35.0) enligt ACR/EULAR 2016, där ledvärken och tröttheten ingår. "
         "Smärttillståndet har alltså en inflammatorisk grund. Arbetsförmågan som barnskötare är nedsatt av trötthet och "
         "av att hon behöver dricka och vila återkommande under dagen."),
        ("Information", "Pat har inte fått biopsisvaret och känner ännu inte till diagnosen; hon nåddes inte i dag och "
         "besked lämnas vid besöket 28/11 där behandlingen gås igenom."),
        ("Planering", "Hydroxiklorokin övervägs, ögonmottagning för bedömning av keratokonjunktivit, tandvårdsremiss. "
         "Intyg för sjukpenning 50 % förlängs till 31/12 i väntan på behandlingseffekt."),
    ])], must=B1,
    why="Long chart: Sjögrens syndrom is stated in Bedömning while the patient does not yet know the diagnosis")


# ================================================================ validation
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def age_at(born, when):
    b = dt.date.fromisoformat(born)
    w = dt.date.fromisoformat(when[:10])
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def in_2024(ts):
    try:
        t = dt.datetime.fromisoformat(ts)
    except (TypeError, ValueError):
        return False
    return t.year == 2024


def validate(cases):
    errs = []
    names = set()
    sentences = {}
    for c in cases:
        n = c["case"]
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            errs.append("duplicate case name %s" % n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            errs.append("%s: bad case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (n, c["ruleset"]))
        if not c["why"].strip():
            errs.append("%s: empty why" % n)
        r = c["record"]
        if list(r.keys()) != REC_KEYS:
            errs.append("%s: record keys" % n)
        if r["access_events"] or r["conversations"] or r["treatments"]:
            errs.append("%s: non-empty side lists" % n)
        pat = r["patient"]
        pid, born = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append("%s: pnr format %s" % (n, pid))
        else:
            if pid[:8] != born.replace("-", ""):
                errs.append("%s: pnr %s does not match birth_date %s" % (n, pid, born))
            if not luhn_ok(pid[2:8] + pid[9:13]):
                errs.append("%s: pnr %s fails Luhn" % (n, pid))
        if pat.get("protected_identity") is not False:
            errs.append("%s: protected_identity" % n)
        if not in_2024(r["as_of"]):
            errs.append("%s: as_of not in 2024" % n)
        a = age_at(born, r["as_of"])
        if 13 <= a <= 15 or a < 0:
            errs.append("%s: patient age %d" % (n, a))
        notes = {}
        for note in r["notes"]:
            if list(note.keys()) != NOTE_KEYS:
                errs.append("%s: note keys" % n)
            if note["id"] in notes:
                errs.append("%s: duplicate note id" % n)
            notes[note["id"]] = note
            if note["system"] not in (M, P):
                errs.append("%s: system %s" % (n, note["system"]))
            if c["ruleset"] == "vgr" and note["system"] != M:
                errs.append("%s: VGR note not Melior" % n)
            if not in_2024(note["time"]):
                errs.append("%s: note time not 2024" % n)
            if note["signed"] is not None:
                if not in_2024(note["signed"]):
                    errs.append("%s: signed not 2024" % n)
                elif note["signed"] < note["time"]:
                    errs.append("%s: signed before time" % n)
            if note["time"] > r["as_of"] and note["time"][:10] > r["as_of"][:10]:
                errs.append("%s: note after as_of" % n)
            if not note["sections"]:
                errs.append("%s: note without sections" % n)
            for sec in note["sections"]:
                if not sec["keyword"].strip() or not sec["text"].strip():
                    errs.append("%s: empty section" % n)
                for s in SENT_SPLIT.split(sec["text"]):
                    s = " ".join(s.split())
                    if len(s) >= 25:
                        key = s.lower()
                        if key in sentences:
                            errs.append("%s: sentence repeated (also in %s): %s" % (n, sentences[key], s))
                        else:
                            sentences[key] = n
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % n)
        seen = set()
        for lst in ("must", "must_not"):
            for pair in c[lst]:
                if len(pair) != 2:
                    errs.append("%s: bad assertion %r" % (n, pair))
                    continue
                code, target = pair
                if code not in CODES:
                    errs.append("%s: unexpected code %s" % (n, code))
                if target not in notes:
                    errs.append("%s: target %s missing" % (n, target))
                    continue
                if (code, target) in seen:
                    errs.append("%s: %s on %s asserted twice" % (n, code, target))
                seen.add((code, target))
                system = notes[target]["system"]
                if code == "NL102" and lst == "must" and system != M:
                    errs.append("%s: NL102 must on a non-Melior note" % n)
                if code == "NL101" and system == P:
                    errs.append("%s: NL101 asserted on PMO note" % n)
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
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    sysc = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
        s = c["record"]["notes"][-1]["system"]
        sysc[s] = sysc.get(s, 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    print("rulesets:", rs, "systems:", sysc)
    for code in sorted(CODES):
        print("%s must=%d must_not=%d" % (code, counts.get((code, "must"), 0), counts.get((code, "must_not"), 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
