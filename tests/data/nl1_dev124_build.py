#!/usr/bin/env python3
"""d124: rehabilitation and long-term pain (NL101 / NL102).

Pain clinics, physiotherapists and occupational therapists, rehab wards after trauma
and stroke, rehab coordinators and sick leave, suspected fibromyalgia / CRPS / axSpA /
ME/CFS / post-covid and red flags in back pain. Skåne and VGR, mostly Melior.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev124_cases.jsonl")
PREFIX = "d124-"

# --------------------------------------------------------------------------- units
UNITS = {
    # Skåne, Melior (hospitals)
    "S_SMARTA_LUND": ("Smärtcentrum, Skånes universitetssjukhus Lund", "SE2321000255-4T7K"),
    "S_SMARTREHAB_LUND": ("Smärtrehabilitering, Skånes universitetssjukhus Lund", "SE2321000255-4T9M"),
    "S_ORUP": ("Rehabiliteringsmedicin Orup, Skånes universitetssjukhus", "SE2321000255-6R2B"),
    "S_REHAB_MALMO": ("Rehabiliteringsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-6R5D"),
    "S_STROKE_MALMO": ("Strokerehabilitering avd 5, Skånes universitetssjukhus Malmö", "SE2321000255-7S31"),
    "S_REUMA_LUND": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-5Q8H"),
    "S_REUMA_HBG": ("Reumatologimottagningen, Helsingborgs lasarett", "SE2321000255-3H4R"),
    "S_SMARTA_CSK": ("Smärtmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-2K6W"),
    "S_SMARTA_HBG": ("Smärtmottagningen, Helsingborgs lasarett", "SE2321000255-3H7P"),
    "S_ORTO_YSTAD": ("Ortopedmottagningen, Ystad lasarett", "SE2321000255-8Y2C"),
    "S_FYSIO_TBG": ("Fysioterapin, Trelleborgs lasarett", "SE2321000255-9F3T"),
    "S_FYSIO_MALMO": ("Fysioterapin, Skånes universitetssjukhus Malmö", "SE2321000255-7F6A"),
    "S_AT_MALMO": ("Arbetsterapin, Skånes universitetssjukhus Malmö", "SE2321000255-7A5N"),
    "S_NEURO_HLM": ("Neurorehabilitering, Hässleholms sjukhus", "SE2321000255-1N8G"),
    "S_RYGG_ANG": ("Ryggmottagningen, Ängelholms sjukhus", "SE2321000255-1E4V"),
    "S_HAND_MALMO": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-7H2J"),
    "S_BARN_LUND": ("Barn- och ungdomsmedicinsk mottagning, Skånes universitetssjukhus Lund", "SE2321000255-5B1L"),
    "S_INFEKT_MALMO": ("Postcovidmottagningen, Infektionskliniken Skånes universitetssjukhus Malmö", "SE2321000255-7I9X"),
    # Skåne, PMO (primary care)
    "P_LINERO": ("Vårdcentralen Linero, Lund", "SE2321000255-V1L3"),
    "P_SJOBO": ("Vårdcentralen Sjöbo, rehabenheten", "SE2321000255-V4S8"),
    "P_ESLOV": ("Vårdcentralen Eslöv", "SE2321000255-V2E6"),
    "P_HEMREHAB": ("Rehab i hemmet, Vårdcentralen Kävlinge", "SE2321000255-V7K2"),
    # VGR, Melior
    "V_SMARTA_SU": ("Smärtcentrum, Sahlgrenska Universitetssjukhuset", "SE2321000131-P4Q1"),
    "V_HOGSBO": ("Rehabiliteringsmedicin, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-R7H3"),
    "V_STROKEREHAB": ("Strokerehab avd 12, Sahlgrenska Universitetssjukhuset/Högsbo", "SE2321000131-R7H9"),
    "V_REUMA_MOLNDAL": ("Reumatologmottagning, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-M2R5"),
    "V_RYGG_MOLNDAL": ("Ryggkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-M5K8"),
    "V_ORTOAKUT_MOLNDAL": ("Ortopedakuten, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-M1A4"),
    "V_POSTCOVID": ("Postcovidmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-O3C6"),
    "V_INFEKT_OSTRA": ("Infektionskliniken avd 3, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-O8I2"),
    "V_SMARTA_SAS": ("Smärtmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-B6S1"),
    "V_REHAB_SKAS": ("Rehabiliteringskliniken, Skaraborgs Sjukhus Skövde", "SE2321000131-K4R7"),
    "V_SMARTA_SKAS": ("Smärtmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K4S2"),
    "V_ORTO_NU": ("Ortopedmottagningen, NU-sjukvården Uddevalla", "SE2321000131-U2O9"),
    "V_REHAB_NU": ("Rehabiliteringsmedicinska kliniken, NU-sjukvården Uddevalla", "SE2321000131-U5R3"),
    "V_NEURO_NAL": ("Neurologmottagningen, NÄL Trollhättan", "SE2321000131-T7N4"),
    "V_FYSIO_ALINGSAS": ("Arbetsterapi och fysioterapi, Alingsås lasarett", "SE2321000131-A3F5"),
    "V_GERIREHAB_ALINGSAS": ("Geriatrisk rehabavdelning, Alingsås lasarett", "SE2321000131-A8G1"),
    "V_AKUT_KUNGALV": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-G1A7"),
    "V_MEDREHAB_KUNGALV": ("Rehabkoordinering, Medicinkliniken Kungälvs sjukhus", "SE2321000131-G6R2"),
}

# --------------------------------------------------------------------------- helpers


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return (10 - total % 10) % 10


def pnr(born, nnn):
    y, m, d = born.split("-")
    return f"{y}{m}{d}-{nnn}{luhn_digit(y[2:] + m + d + nnn)}"


def N(nid, unit, who, t, secs, tpl="Läkaranteckning", system="Melior",
      signed=True, setting="öppenvård"):
    name, role = who
    uname, hsa = UNITS[unit]
    time = t + ":00" if len(t) == 16 else t
    if signed is True:
        s = dt.datetime.fromisoformat(time) + dt.timedelta(minutes=37)
        signed_v = s.isoformat()
    elif signed is None:
        signed_v = None
    else:
        signed_v = signed
    return {
        "id": nid, "system": system, "template": tpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": name, "role": role},
        "time": time, "signed": signed_v, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in secs],
    }


CASES = []


def C(name, ruleset, born, nnn, notes, must, must_not, why, as_of=None):
    def norm(lst):
        out = []
        for x in lst:
            if isinstance(x, str):
                out.append([x, "n1"])
            else:
                out.append([x[0], x[1]])
        return out
    if as_of is None:
        last = max(dt.datetime.fromisoformat(n["time"]) for n in notes)
        as_of = (last.date() + dt.timedelta(days=3)).isoformat() + "T00:00:00"
    CASES.append({
        "case": name, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(born, nnn), "birth_date": born, "protected_identity": False},
            "as_of": as_of, "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": norm(must), "must_not": norm(must_not), "why": why,
    })


# =========================================================================== NL102
# ---------------------------------------------------------------- NL102 positives

C("d124-smarta-misstankt-fibromyalgi", "skane", "1971-09-14", "284", [
    N("n1", "S_SMARTA_LUND", ("Karin Fälth", "läkare"), "2024-02-13T10:20", [
        ("Anamnes", "52-årig kvinna, undersköterska på demensboende. Smärta i nacke, skuldror, "
                    "ländrygg och båda höfter sedan 2019, successivt tilltagande. Vaknar 3–4 gånger "
                    "per natt och känner sig aldrig utvilad. Beskriver minnesstörningar och "
                    "\"hjärndimma\". Har provat NSAID och paracetamol utan effekt."),
        ("Status", "Gott AT. Palpationsömhet över m. trapezius, laterala epikondyler, glutealt och "
                   "mediala knän bilat. Ledstatus ua, inga synoviter. Neurologiskt ua."),
        ("Bedömning", "Generaliserad långvarig smärta med sömnstörning och kognitiva besvär. "
                      "Misstänkt fibromyalgi, WPI 13 och SSS 8. Vill utesluta hypotyreos och myopati "
                      "innan diagnos sätts, tar TSH, T4, CK, SR och CRP."),
        ("Planering", "Återbesök om 4 veckor med provsvar. HADS och PDI skickas hem för ifyllnad."),
    ])],
    ["NL102"], ["NL101"],
    "Misstänkt fibromyalgi in the Bedömning of an ordinary Skåne Melior note is a visible hedged diagnosis; nothing is said about telling.")

C("d124-fysio-trolig-axspa", "vgr", "1994-11-02", "517", [
    N("n1", "V_REUMA_MOLNDAL", ("Jonas Ekdahl", "fysioterapeut"), "2024-03-05T14:10", [
        ("Aktuellt", "Remitterad av reumatolog för bedömning och träningsprogram. 29-årig man med "
                     "ländryggssmärta sedan 2 år, värst på morgonen och efter vila, morgonstelhet "
                     "över en timme."),
        ("Status", "Schober 3,5 cm. Nedsatt lateralflexion bilat, fingertopp–golv 24 cm. "
                   "Bröstkorgsexpansion 4 cm. Ömhet över båda SI-lederna."),
        ("Bedömning", "Inflammatorisk ryggsmärta med nedsatt ryggrörlighet. Trolig axial "
                      "spondylartrit, MR SI-leder är beställd av reumatologen."),
        ("Åtgärd", "Instruerad i rörlighetsprogram för bröst- och ländrygg, 10 min dagligen. "
                   "Rekommenderas bassängträning en gång i veckan."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL102"], [],
    "A physiotherapist writes 'Trolig axial spondylartrit' in a visible Bedömning of a VGR Melior note.")

C("d124-ortoped-crps-kan-ej-uteslutas", "skane", "1958-03-27", "402", [
    N("n1", "S_ORTO_YSTAD", ("Mats Holmqvist", "läkare"), "2024-04-16T09:05", [
        ("Aktuellt", "Återbesök 8 v efter gipsbehandlad distal radiusfraktur hö. Brännande smärta i "
                     "hela handen, värst nattetid, och handen blir ibland blåröd."),
        ("Status", "Hö hand ödematös med glansig hud, lätt cyanotisk jämfört med vä. Allodyni vid lätt "
                   "beröring dorsalt. Kan inte knyta handen fullt."),
        ("Röntgen", "Läkt fraktur i acceptabelt läge."),
        ("Bedömning", "CRPS kan ej uteslutas. Remiss till handterapeut, pregabalin 75 mg x 2 insätts."),
    ], tpl="Mottagningsanteckning")],
    ["NL102"], [],
    "'CRPS kan ej uteslutas' leaves CRPS open as the patient's diagnosis in a visible section.")

C("d124-postcovid-forenligt-preliminart", "vgr", "1979-06-19", "663", [
    N("n1", "V_POSTCOVID", ("Sofia Rydén", "läkare"), "2024-01-23T13:30", [
        ("Anamnes", "Covid-19 i november 2022, ej inlagd. Sedan dess uttalad trötthet, andfåddhet i "
                    "trappor och koncentrationssvårigheter. Tidigare frisk, arbetade heltid som lärare."),
        ("Utredning", "Spirometri, DLCO, UCG och arbetsprov normala. Lab inkl. TSH, ferritin och B12 ua."),
        ("Bedömning", "Symtombilden är förenlig med postcovid-tillstånd. U09.9 registreras preliminärt i "
                      "väntan på bedömning av arbetsterapeut och fysioterapeut."),
    ])],
    ["NL102"], [],
    "'förenlig med postcovid-tillstånd' and a preliminary code is a hedged diagnosis in a visible VGR section.")

C("d124-rehab-mecfs-talar-for", "vgr", "1989-12-08", "746", [
    N("n1", "V_HOGSBO", ("Henrik Wallin", "läkare"), "2024-05-07T11:00", [
        ("Bedömning", "34-årig kvinna med fyra års sjukdomshistoria efter mononukleos. "
                      "Ansträngningsutlöst försämring som varar 2–3 dygn, ortostatisk intolerans och "
                      "icke-vederkvickande sömn talar för ME/CFS enligt de kanadensiska kriterierna. "
                      "DSQ-PEM skickas ut inför nästa besök."),
        ("Planering", "Aktivitetsdagbok i 2 v. Remiss arbetsterapeut för energibesparande strategier."),
    ])],
    ["NL102"], [],
    "'talar för ME/CFS' in a visible Bedömning is a hypothesis; nothing is said about telling the patient.")

C("d124-rygg-susp-skelettmetastas", "skane", "1956-10-30", "228", [
    N("n1", "S_RYGG_ANG", ("Peter Nordgren", "läkare"), "2024-06-11T08:40", [
        ("Anamnes", "67-årig kvinna, opererad för bröstcancer 2016 med adjuvant strålning och tamoxifen. "
                    "Sedan 6 v tilltagande smärta lumbalt, vaknar av smärtan nattetid. Viktnedgång 5 kg."),
        ("Status", "Knackömhet över L3. Neurologiskt ua i nedre extremiteter, normal gång."),
        ("Bedömning", "Röda flaggor: tidigare cancer, nattlig smärta och viktnedgång. Susp. "
                      "skelettmetastas L3, akut MR ländrygg beställd och lab inkl. ALP och kalcium."),
    ], signed=None)],
    ["NL102"], [],
    "Unsigned draft: 'Susp. skelettmetastas' in a visible Bedömning of a Skåne Melior note (red-flag back pain).")

C("d124-akut-misstankt-cauda-equina", "vgr", "1985-04-03", "391", [
    N("n1", "V_AKUT_KUNGALV", ("Elin Berggren", "läkare"), "2024-02-27T23:40", [
        ("Aktuellt", "Känt diskbråck L4–L5 sedan 2023. Sedan i eftermiddags domningar i underlivet och "
                     "svårt att tömma blåsan."),
        ("Status", "Nedsatt sensibilitet perianalt och på insida lår bilat. Nedsatt sfinktertonus vid PR. "
                   "Bladderscan 620 ml."),
        ("Bedömning", "Misstänkt cauda equina-syndrom. Akut MR beställd, ryggkirurgjouren på SU "
                      "kontaktad, KAD sätts."),
    ], tpl="Akutanteckning")],
    ["NL102"], [],
    "Suspected cauda equina syndrome stated in a visible Bedömning of a VGR emergency note.")

C("d124-strokerehab-dd-central-smarta", "skane", "1949-08-21", "157", [
    N("n1", "S_STROKE_MALMO", ("Anders Löfgren", "läkare"), "2024-03-19T10:15", [
        ("Aktuellt", "Vårddag 19 efter höger thalamusinfarkt. Sedan några dagar brännande, ihållande "
                     "smärta i vänster arm och bål som förvärras av kyla."),
        ("Status", "Vä arm: allodyni och kylhyperalgesi. Axel utan palpabel subluxation, passiv "
                   "utåtrotation smärtfri."),
        ("Bedömning", "DD central post-stroke-smärta. Startar amitriptylin 10 mg till natten och följer "
                      "smärtan med NRS."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    ["NL102"], [],
    "'DD central post-stroke-smärta' puts an open differential diagnosis in a visible section of a rehab-ward note.")

C("d124-at-fragestallning-vaskular-kognitiv", "vgr", "1944-01-16", "836", [
    N("n1", "V_REHAB_SKAS", ("Lena Andersson", "arbetsterapeut"), "2024-04-09T14:45", [
        ("Aktivitet", "Observerad i ADL-köket under matlagning. Behövde muntliga påminnelser vid varje "
                      "moment och glömde att stänga av spisen två gånger."),
        ("Bedömning", "MoCA 21/30 med brister främst i exekutiva delar och fördröjd återgivning. "
                      "Frågeställning vaskulär kognitiv störning, tas upp på teamkonferens och remiss "
                      "till neuropsykolog föreslås."),
    ], tpl="Arbetsterapeutanteckning", setting="slutenvård")],
    ["NL102"], [],
    "An OT writes 'Frågeställning vaskulär kognitiv störning' in a visible Bedömning: an open diagnostic question.")

C("d124-psykolog-mojlig-ptsd", "vgr", "1990-07-25", "472", [
    N("n1", "V_SMARTA_SU", ("Maria Lindholm", "psykolog"), "2024-06-04T09:00", [
        ("Samtal", "Andra samtalet. Pat beskriver återkommande mardrömmar om kollisionen, undviker att "
                   "köra bil och blir kraftigt spänd vid ljudet av bromsande fordon."),
        ("Bedömning", "Möjlig PTSD efter trafikolyckan i mars, PCL-5 46 poäng. Nacksmärtan förstärks "
                      "tydligt vid påminnelser om olyckan. CAPS-5 planeras."),
    ], tpl="Psykologanteckning")],
    ["NL102"], [],
    "A psychologist at the pain centre writes 'Möjlig PTSD' in a visible section; telling is not mentioned.")

C("d124-reuma-diagnos-fragetecken", "skane", "1996-02-11", "315", [
    N("n1", "S_REUMA_LUND", ("Johanna Persson", "läkare"), "2024-02-20T15:50", [
        ("Diagnos", "Ländryggssmärta av inflammatorisk typ. Axial spondylartrit?"),
        ("Planering", "HLA-B27, CRP, MR SI-leder."),
    ], tpl="Mottagningsanteckning")],
    ["NL102"], [],
    "A bare question mark after 'Axial spondylartrit' under sökord Diagnos is a hedge.")

C("d124-typo-missankt-crps-fysio", "vgr", "1963-05-17", "209", [
    N("n1", "V_ORTO_NU", ("Oskar Sundberg", "fysioterapeut"), "2024-03-12T10:30", [
        ("Status", "Hö fot varmare och rodnad jämfört med vä, ökad svettning, belastar endast med "
                   "kryckor. Kraftig beröringsömhet över hela mellanfoten."),
        ("Bedömning", "Missänkt CRPS typ 1 hö fot 10 v efter fotledsfraktur. Kontaktar ortoped för "
                      "läkarbedömning, fortsätter graderad belastning och spegelträning."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL102"], [],
    "Typo 'Missänkt' for misstänkt; still a suspected CRPS in a visible VGR Bedömning.")

C("d124-skane-sokord-th-i-lakaranteckning", "skane", "1952-12-04", "638", [
    N("n1", "S_SMARTA_CSK", ("Fredrik Olofsson", "läkare"), "2024-05-14T11:20", [
        ("Aktuellt", "Tilltagande bröstryggssmärta sedan februari, Hb 98, SR 82."),
        ("Tidiga hypoteser", "Misstänkt multipelt myelom, elforesen visar en M-komponent. Remiss "
                             "till hematologen i Lund."),
    ])],
    ["NL102"], [],
    "Skåne protects by template, not by sökord: a 'Tidiga hypoteser' section inside a Läkaranteckning is visible, so the suspected myeloma is shown.")

C("d124-vgr-mall-th-sokord-bedomning", "vgr", "1950-09-09", "473", [
    N("n1", "V_RYGG_MOLNDAL", ("Gustav Hedlund", "läkare"), "2024-04-23T13:10", [
        ("Bedömning", "Bensmärta vid gång efter 200 m som lindras av framåtböjning. Trolig lumbal spinal "
                      "stenos L3–L5, MR beställd."),
    ], tpl="Tidiga hypoteser")],
    ["NL102"], [],
    "VGR filters on the sökord, not the template name: the hedged stenosis stands under Bedömning and is visible.")

C("d124-vgr-th-och-synlig-hedge", "vgr", "1997-03-30", "852", [
    N("n1", "V_SMARTA_SU", ("Karl Strand", "läkare"), "2024-08-20T10:40", [
        ("Tidiga hypoteser", "Misstänkt somatiseringssyndrom, diskuteras med psykolog innan det tas upp "
                             "med pat."),
        ("Bedömning", "Generell ledöverrörlighet, Beighton 7/9, återkommande subluxationer i axlarna. "
                      "Möjlig hypermobil Ehlers-Danlos (hEDS), remiss till klinisk genetik."),
    ])],
    ["NL102"], ["NL101"],
    "The protected sökord holds one hypothesis, but a second hedged diagnosis (möjlig hEDS) stands in the visible Bedömning; the untold one is only in Tidiga hypoteser.")

C("d124-negation-foljd-av-hedge", "skane", "1981-01-22", "516", [
    N("n1", "S_RYGG_ANG", ("Peter Nordgren", "läkare"), "2024-07-02T14:00", [
        ("Bedömning", "Ingen misstanke om cauda equina, normal sfinkterfunktion och ingen sadelanestesi. "
                      "Trolig L5-radikulopati vä av diskbråck, MR ländrygg beställd och smärtlindringen "
                      "justeras."),
    ])],
    ["NL102"], [],
    "A negated cauda equina is followed by a hedged L5 radiculopathy in the same visible section.")

C("d124-anamnes-remiss-fragestallning-fibromyalgi", "vgr", "1977-10-12", "365", [
    N("n1", "V_SMARTA_SAS", ("Annika Bengtsson", "läkare"), "2024-09-10T08:30", [
        ("Anamnes", "Remiss från vårdcentralen Sandared med frågeställning fibromyalgi. 46-årig man, "
                    "lastbilschaufför, värk i hela kroppen sedan en arbetsskada 2020."),
        ("Status", "Generell ömhet, mest uttalad i nacke och skuldergördel. Ledstatus ua."),
        ("Planering", "Fyller i smärtenkät. Nytt besök om 3 v med läkare och fysioterapeut tillsammans."),
    ])],
    ["NL102"], [],
    "The referral question 'frågeställning fibromyalgi' repeated in the visible Anamnes is an open hypothesis.")

C("d124-epikris-trol-heterotop-ossifikation", "vgr", "1986-05-28", "219", [
    N("n1", "V_HOGSBO", ("Ida Magnusson", "läkare"), "2024-03-01T13:00", [
        ("Epikris", "Inskriven 2024-01-08 – 2024-03-01 för rehabilitering efter svår traumatisk "
                    "hjärnskada i trafikolycka med kontusioner frontalt bilat och subduralhematom som "
                    "evakuerats på NK. Successiv förbättring av vakenhet och gångförmåga, går nu med "
                    "rollator inomhus. Sväljningen har normaliserats och han äter normalkost."),
        ("Bedömning", "Tilltagande smärta och stelhet i hö höft senaste 2 v. Trol. heterotop "
                      "ossifikation, rtg bäcken beställt till kommande öppenvårdsbesök."),
        ("Fortsatt vård", "Dagrehab 3 dgr/v på Högsbo. Läkaruppföljning om 6 veckor."),
    ], tpl="Epikris", setting="slutenvård")],
    ["NL102"], [],
    "'Trol.' (abbreviated trolig) heterotopic ossification in a visible section of a discharge summary after TBI.")

C("d124-typo-sannolkit-utmattningssyndrom", "skane", "1983-08-06", "742", [
    N("n1", "S_ORUP", ("Emma Karlberg", "psykolog"), "2024-10-08T13:15", [
        ("Bedömning", "Kognitiv trötthet, sömnstörning och irritabilitet i över sex månader efter "
                      "långvarig arbetsbelastning. Sannolkit utmattningssyndrom, KEDS 32."),
    ], tpl="Psykologanteckning")],
    ["NL102"], [],
    "Typo 'Sannolkit' for sannolikt; a probable exhaustion disorder written by a psychologist in a visible section.")

C("d124-fysio-kan-rora-sig-om-pmr", "skane", "1951-11-15", "820", [
    N("n1", "S_FYSIO_TBG", ("Linnea Håkansson", "fysioterapeut"), "2024-01-30T10:00", [
        ("Aktuellt", "72-årig kvinna, remitterad för ryggträning efter kotkompression 2023. Sedan tre "
                     "veckor ny stelhet och värk i båda axlarna och höfterna, värst på morgonen, svårt "
                     "att få på sig kappan."),
        ("Bedömning", "Kan röra sig om polymyalgia reumatica. Ansvarig läkare dr Lindqvist kontaktad per "
                      "telefon, tar SR och CRP imorgon."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL102"], [],
    "'Kan röra sig om polymyalgia reumatica' in a physiotherapist's visible Bedömning.")

C("d124-bild-som-vid-frusen-skuldra", "vgr", "1968-04-01", "551", [
    N("n1", "V_FYSIO_ALINGSAS", ("Theo Ljungberg", "fysioterapeut"), "2024-02-06T15:20", [
        ("Status", "Vä axel aktivt och passivt: flexion 110°, abduktion 80°, utåtrotation 10°. "
                   "Kapsulärt mönster med smärta i ytterlägen."),
        ("Bedömning", "Bild som vid frusen skuldra i stelhetsfas. Rörelseträning inom smärtgräns, "
                      "information om förväntat förlopp."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL102"], [],
    "'Bild som vid frusen skuldra' is a hedged diagnosis in a visible VGR section.")

C("d124-typo-inger-misstanke-spondylodicit", "skane", "1975-02-18", "096", [
    N("n1", "S_SMARTA_CSK", ("Fredrik Olofsson", "läkare"), "2024-11-05T16:30", [
        ("Aktuellt", "Akut inbokad av ssk pga tilltagande ryggsmärta och frossa. Känd opioidberoende, "
                     "tidigare injektionsmissbruk."),
        ("Status", "Temp 38,6. Uttalad knackömhet över L2–L3. CRP 87."),
        ("Bedömning", "Inger misstanke om spondylodicit. Remitteras akut till infektionskliniken CSK för "
                      "blododlingar och MR."),
    ])],
    ["NL102"], [],
    "'Inger misstanke om' with the typo 'spondylodicit'; a suspected infection of the spine in a visible section.")

C("d124-teamkonf-oklart-om-pcs", "vgr", "1972-07-07", "384", [
    N("n1", "V_REHAB_SKAS", ("Per Eriksson", "läkare"), "2024-02-15T13:00", [
        ("Teamkonferens", "Närvarande: läkare, ssk, fysioterapeut, arbetsterapeut, logoped och kurator. "
                          "Efter lätt traumatisk hjärnskada i januari kvarstår huvudvärk, ljuskänslighet, "
                          "nedstämdhet och uttalad uttröttbarhet. Oklart om det rör sig om "
                          "postkommotionellt syndrom eller depression, psykolog gör bedömning."),
        ("Mål", "Klara 30 minuters promenad och halvdagar med lugna aktiviteter före hemgång."),
    ], tpl="Teamkonferens", setting="slutenvård", signed=None)],
    ["NL102"], [],
    "'Oklart om det rör sig om postkommotionellt syndrom eller depression' leaves two diagnoses open in a visible team note.")

C("d124-rehabkoord-trolig-depresion", "skane", "1980-03-13", "455", [
    N("n1", "S_SMARTA_CSK", ("Helena Jönsson", "rehabkoordinator"), "2024-04-04T11:10", [
        ("Sjukskrivning", "Sjukskriven 100 % sedan 2024-01-15 för långvarig ländryggssmärta. "
                          "Telefonsamtal med pat idag om plan för återgång i arbete."),
        ("Bedömning", "Pat beskriver nedstämdhet, dålig sömn och att hon inte orkar träffa vänner. "
                      "Trolig depresion utöver smärtproblematiken, ansvarig läkare ombedd att bedöma."),
        ("Planering", "Avstämningsmöte med arbetsgivare och FK föreslås i maj."),
    ], tpl="Rehabkoordinatoranteckning")],
    ["NL102"], [],
    "A rehab coordinator writes a probable depression (typo 'depresion') in a visible section of a Skåne Melior note.")

C("d124-long-smartrehab-mojlig-heds", "skane", "1997-12-19", "270", [
    N("n1", "S_SMARTREHAB_LUND", ("Ulrika Sjöström", "läkare"), "2024-09-24T09:30", [
        ("Anamnes", "26-årig kvinna som läser till sjuksköterska på halvfart. Smärta i knän, höfter och "
                    "axlar sedan tonåren, återkommande känsla av att vä axel och knäskålarna hoppar ur led. "
                    "Lättblödande, får blåmärken av små stötar. Mor har liknande besvär men är aldrig "
                    "utredd. Sjukgymnastik på VC 2021 med kortvarig effekt."),
        ("Aktuellt", "Remitterad för bedömning inför teambaserad smärtrehabilitering. Sömnen störs av "
                     "smärta, vaknar 2–3 ggr per natt. Tröttnar snabbt under praktik på avdelning och har "
                     "fått avbryta VFU två gånger i vår."),
        ("Läkemedel", "Paracetamol 1 g vb, naproxen 250 mg vb, kombinerade p-piller."),
        ("Sociala förhållanden", "Bor med sambo i hyresrätt i Lund, inga barn. Studerar på distans två "
                                 "dagar i veckan och arbetar extra som vårdbiträde varannan helg. Slutade "
                                 "dansa i gymnasiet på grund av ledbesvären."),
        ("Funktion", "Klarar promenad 30 min men får ont i knäna efteråt. Undviker trappor och tunga lyft, "
                     "handlederna värker vid skrivande. Behöver vila efter varje föreläsning."),
        ("Skattningar", "NRS 6 i vila och 8 vid belastning. HADS ångest 9, depression 6. ISI 16, PSEQ 28."),
        ("Status", "AT: gott, normalt BMI. Hud: tunn och sammetslen, små atrofiska ärr över knäna. "
                   "Leder: Beighton 8/9, inga synoviter. Axlar: positivt sulcustecken bilat, apprehension "
                   "vä. Knän: hypermobila patellae. Rygg: ua rörlighet, ingen ömhet över SI-lederna. "
                   "Neurologiskt ua. Puls 88 liggande och 112 efter 3 min stående, BT 118/74 resp. 116/76."),
        ("Bedömning", "Långvarig smärta i flera leder hos ung kvinna med generell ledöverrörlighet, "
                      "hudfynd och hereditet. Möjlig hypermobil Ehlers-Danlos, remiss till klinisk genetik. "
                      "Pulsstegringen i stående följs upp med aktivt ståtest."),
        ("Planering", "Fysioterapeut: stabiliserande träning och belastningsplanering. Arbetsterapeut: "
                      "aktivitetsbalans och anpassning av studierna. Psykolog erbjuds vid behov. "
                      "Återbesök läkare om 6 veckor."),
        ("Mål", "Genomföra nästa VFU-period på heltid och börja dansa igen på motionsnivå."),
    ], tpl="Inskrivningsanteckning")],
    ["NL102"], [],
    "Long multi-section pain-rehab intake; one hedged diagnosis (möjlig hypermobil Ehlers-Danlos) in the visible Bedömning.")

C("d124-long-strokerehab-ev-poststroke-depression", "vgr", "1946-06-02", "117", [
    N("n1", "V_STROKEREHAB", ("Nils Grahn", "läkare"), "2024-03-11T10:00", [
        ("Inskrivningsorsak", "Överflyttad från strokeenheten SU/Sahlgrenska för rehabilitering efter "
                              "vä mediainfarkt 2024-03-02, trombektomerad med god rekanalisering."),
        ("Tidigare sjukdomar", "Hypertoni, hyperlipidemi, höftplastik hö 2019. Rökare 20 paketår, "
                               "slutade i samband med insjuknandet."),
        ("Sociala förhållanden", "Änkeman sedan två år, bor ensam i lägenhet 2 tr med hiss. Dotter i "
                                 "Kungsbacka. Tidigare helt självständig, spelade boule tre gånger i veckan."),
        ("Aktuellt", "Hö-sidig hemipares, armen mer påverkad än benet. Motorisk afasi i förbättring, "
                     "förstår det mesta men har ordfinningssvårigheter. Äter konsistensanpassad kost efter "
                     "logopedbedömning. Gråter lätt vid samtal och säger att han inte ser någon mening "
                     "med träningen."),
        ("Status", "AT: opåverkad, vaken, orienterad till person. Cor: RR 72, inga blåsljud. "
                   "Pulm: vesikulärt bilat. BT 142/84. Neuro: central facialispares hö, kraft hö arm "
                   "2/5 distalt och 3/5 proximalt, hö ben 4/5. Babinski hö. Sensibiliteten grovt intakt. "
                   "NIHSS 7."),
        ("Funktion vid inskrivning", "Förflyttning säng–rullstol med hjälp av en person. Står med stöd i "
                                     "30 sek. Äter själv med vänster hand när maten är skuren. Behöver hjälp "
                                     "med påklädning och personlig hygien, Barthel 45."),
        ("Omvårdnad", "Kontinent för urin dagtid, inkontinensskydd nattetid. Huden hel, Norton 18. Vikt 81 kg."),
        ("Läkemedel", "Trombyl 75 mg x 1, atorvastatin 80 mg x 1, amlodipin 5 mg x 1, omeprazol 20 mg x 1, "
                      "paracetamol 1 g vb."),
        ("Bedömning", "Hö-sidig hemipares och afasi efter vä mediainfarkt, god rehabpotential. "
                      "Nedstämdheten är uttalad, ev. poststroke-depression; psykolog gör MADRS och "
                      "ställning tas till SSRI."),
        ("Planering", "Fysioterapi och arbetsterapi dagligen, logoped 3 ggr/v. Trombyl och atorvastatin "
                      "enligt strokeenhetens ordination, BT-mål under 130/80. Teamkonferens på tisdag, "
                      "målsamtal med pat och dotter."),
    ], tpl="Inskrivningsanteckning", setting="slutenvård")],
    ["NL102"], [],
    "Long stroke-rehab admission with confirmed diagnoses; 'ev. poststroke-depression' is the one hedged diagnosis in a visible section.")

C("d124-typo-forenlit-med-wad", "vgr", "1992-09-27", "608", [
    N("n1", "V_SMARTA_SAS", ("Sara Nyman", "fysioterapeut"), "2024-02-22T11:45", [
        ("Anamnes", "Påkörd bakifrån i stillastående bil 2024-02-02. Nacksmärta och huvudvärk från dag 2, "
                    "yrsel vid snabba huvudrörelser."),
        ("Bedömning", "Förenlit med whiplashskada, WAD grad II. Rörelseträning och gradvis återgång i "
                      "arbete, nytt besök om 2 v."),
    ], tpl="Fysioterapeutanteckning", signed=None)],
    ["NL102"], [],
    "Unsigned draft with the typo 'Förenlit med' (förenligt med) before a whiplash diagnosis in a visible section.")

C("d124-barn-ev-crps", "skane", "2013-01-14", "526", [
    N("n1", "S_BARN_LUND", ("Cecilia Wahlström", "läkare"), "2024-05-21T14:30", [
        ("Aktuellt", "11-årig flicka som stukade vä fotled på gympan för 6 veckor sedan. Vägrar fortfarande "
                     "belasta och tål inte strumpa på foten."),
        ("Status", "Vä fot kallare och blåaktig, allodyni dorsalt. Rtg utan fraktur."),
        ("Bedömning", "Ev. CRPS vä fot. Remiss till barnfysioterapeut för graderad exponering, flickan och "
                      "föräldrarna får skriftligt material om hur smärta fungerar."),
    ], tpl="Mottagningsanteckning")],
    ["NL102"], [],
    "Child under 13 (guardians read the journal): 'Ev. CRPS' in a visible Bedömning of a Skåne Melior note.")

C("d124-typo-diferentialdiagnos-lateral-stenos", "vgr", "1966-01-05", "441", [
    N("n1", "V_RYGG_MOLNDAL", ("Gustav Hedlund", "läkare"), "2024-10-15T09:20", [
        ("Bedömning", "Vänstersidig ischias L5 sedan 4 mån trots fysioterapi. MR visar diskbuktning L4–L5 "
                      "utan tydlig rotkompression. Diferentialdiagnos lateral recessstenos, CT-myelografi "
                      "övervägs."),
    ])],
    ["NL102"], [],
    "Typo 'Diferentialdiagnos' introducing lateral recess stenosis as an open alternative in a visible section.")

C("d124-fysio-kan-inte-utesluta-inflammatorisk", "skane", "1999-10-21", "773", [
    N("n1", "S_FYSIO_MALMO", ("Alexander Nilsson", "fysioterapeut"), "2024-06-18T13:40", [
        ("Aktuellt", "24-årig man med ländryggssmärta som väcker honom andra halvan av natten och som "
                     "lindras påtagligt av naproxen."),
        ("Bedömning", "Kan inte utesluta inflammatorisk ryggsjukdom. Meddelat remitterande läkare och "
                      "föreslagit HLA-B27 och MR SI-leder."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL102"], [],
    "'Kan inte utesluta inflammatorisk ryggsjukdom' keeps a disease open as the patient's diagnosis in a visible section.")

C("d124-at-tyder-pa-karpaltunnel", "skane", "1974-05-09", "134", [
    N("n1", "S_AT_MALMO", ("Malin Ek", "arbetsterapeut"), "2024-08-27T10:50", [
        ("Status", "Positivt Phalens och Tinels test hö. Tvåpunktsdiskrimination 7 mm dig II–III hö, "
                   "5 mm vä."),
        ("Bedömning", "Nattliga domningar dig I–III och testfynden tyder på karpaltunnelsyndrom hö. "
                      "Nattortos utprovad, remiss för neurografi föreslås till läkare."),
    ], tpl="Arbetsterapeutanteckning")],
    ["NL102"], [],
    "'tyder på karpaltunnelsyndrom' is a hedged diagnosis in an OT's visible Bedömning.")

C("d124-utreds-for-mecfs", "vgr", "1995-08-14", "289", [
    N("n1", "V_REHAB_NU", ("Johan Alm", "läkare"), "2024-11-12T15:10", [
        ("Aktuellt", "Pat utreds för ME/CFS efter långdragen infektion i våras. Kommer i rullstol idag "
                     "pga dålig ork, sover 12 h per dygn."),
        ("Planering", "Ortostatiskt test och aktivitetsmätare i 7 dygn. Ny tid i december."),
    ], signed=None)],
    ["NL102"], [],
    "'utreds för ME/CFS' names a diagnosis under investigation, not settled, in a visible section (unsigned draft).")

# ---------------------------------------------------------------- NL102 negatives

C("d124-akut-ingen-misstanke-cauda", "vgr", "1988-02-26", "323", [
    N("n1", "V_AKUT_KUNGALV", ("Elin Berggren", "läkare"), "2024-01-09T19:25", [
        ("Aktuellt", "Lyfte en tung låda igår, akut insättande smärta lumbalt med utstrålning i hö "
                     "skinka. Kissar och tömmer tarmen som vanligt."),
        ("Status", "Lasègue neg bilat. Normal kraft, reflexer och sensibilitet i benen. Ingen "
                   "sadelanestesi, residualurin 40 ml."),
        ("Bedömning", "Akut lumbago. Ingen misstanke om cauda equina eller annan allvarlig "
                      "bakomliggande orsak."),
        ("Åtgärd", "Råd om fortsatt aktivitet, paracetamol och ibuprofen vb."),
    ], tpl="Akutanteckning")],
    [], ["NL102"],
    "Red flags checked and negated ('Ingen misstanke om cauda equina'); the lumbago is confirmed.")

C("d124-mr-skelettmetastas-uteslutes", "skane", "1955-07-12", "540", [
    N("n1", "S_RYGG_ANG", ("Peter Nordgren", "läkare"), "2024-06-25T10:10", [
        ("Bedömning", "MR ländrygg utan destruktiva förändringar och med normal benmärgssignal. "
                      "Skelettmetastas uteslutes. Smärtan är degenerativ och pat fortsätter med "
                      "fysioterapi via vårdcentralen."),
    ])],
    [], ["NL102", "NL101"],
    "'Skelettmetastas uteslutes' is a ruled-out diagnosis; nothing is said about telling either.")

C("d124-talar-emot-axspa", "vgr", "1991-03-08", "169", [
    N("n1", "V_REUMA_MOLNDAL", ("Camilla Ström", "läkare"), "2024-05-28T14:20", [
        ("Bedömning", "MR SI-leder utan benmärgsödem eller erosioner, HLA-B27 negativ och CRP normalt. "
                      "Smärtan är belastningsberoende och lindras av vila, vilket talar emot axial "
                      "spondylartrit. Remitteras tillbaka till VC för fortsatt fysioterapi."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL102"],
    "'talar emot axial spondylartrit' argues against the diagnosis; it is not a hypothesis.")

C("d124-mor-trolig-fibromyalgi", "skane", "1993-04-24", "612", [
    N("n1", "S_SMARTA_LUND", ("Karin Fälth", "läkare"), "2024-03-26T13:00", [
        ("Anamnes", "Hereditet: mor har trolig fibromyalgi och utreds i Halmstad, moster har reumatoid "
                    "artrit. Själv nacksmärta sedan 2021 efter byte till kontorsarbete."),
        ("Bedömning", "Långvarig nacksmärta av muskuloskeletal typ utan neurologiska bortfall. Cervikalgi."),
    ])],
    [], ["NL102"],
    "The hedged fibromyalgia is the mother's; the patient's own diagnosis (cervikalgi) is settled.")

C("d124-plan-ev-remiss-eventuellt-amitriptylin", "vgr", "1969-12-30", "786", [
    N("n1", "V_SMARTA_SAS", ("Annika Bengtsson", "läkare"), "2024-04-30T09:45", [
        ("Diagnos", "Fibromyalgi (M79.7), diagnos ställd 2021."),
        ("Planering", "Ev. remiss till multimodal rehabilitering efter sommaren. Eventuellt prova "
                      "amitriptylin 10 mg till natten om sömnen inte förbättras av sömnskolan."),
    ])],
    [], ["NL102"],
    "The hedges 'Ev.' and 'Eventuellt' apply to a referral and a drug trial; the fibromyalgia itself is confirmed.")

C("d124-omvardnad-trolig-utskrivning", "skane", "1939-10-03", "918", [
    N("n1", "S_STROKE_MALMO", ("Jenny Lund", "sjuksköterska"), "2024-04-11T15:30", [
        ("Omvårdnad", "Vänstersidig hemipares efter hö mediainfarkt, förflyttar sig med hjälp av en "
                      "person. Trolig utskrivning på fredag, hemtjänst fyra gånger per dag är beställd. "
                      "Anhörigmöte torsdag kl 14."),
    ], tpl="Omvårdnadsanteckning", setting="slutenvård")],
    [], ["NL102"],
    "'Trolig utskrivning' hedges a discharge date, not a diagnosis; the infarct is confirmed.")

C("d124-fysio-roda-flaggor-villkor", "vgr", "1976-06-16", "267", [
    N("n1", "V_FYSIO_ALINGSAS", ("Theo Ljungberg", "fysioterapeut"), "2024-05-16T08:15", [
        ("Aktuellt", "Ischiasbesvär hö sedan 3 v, klarar promenader på 20 min."),
        ("Åtgärd", "McKenzie-övningar, extension i magliggande 10 ggr varannan timme."),
        ("Information", "Går igenom röda flaggor med pat. Om hon får domningar i underlivet, svårt att "
                        "kissa eller tilltagande svaghet i benen ska hon söka akut direkt, eftersom det då "
                        "kan röra sig om cauda equina-syndrom."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL102"],
    "The cauda equina mention is safety-netting advice conditional on future symptoms, not a hypothesis about the patient now.")

C("d124-skane-mall-th-misstankt-crps", "skane", "1962-02-02", "354", [
    N("n1", "S_HAND_MALMO", ("Erik Dahlberg", "läkare"), "2024-07-09T11:25", [
        ("Bedömning", "Misstänkt CRPS typ 1 vä hand efter karpaltunneloperation, smärtan står i "
                      "missproportion till ingreppet. Avvaktar trefasscint innan diagnosen diskuteras "
                      "med pat."),
    ], tpl="Tidiga hypoteser")],
    [], ["NL102", "NL101"],
    "Skåne note in the protected template Tidiga hypoteser: the hedged and not-yet-discussed CRPS is hidden from 1177.")

C("d124-vgr-sokord-th-susp-myelom", "vgr", "1953-08-18", "475", [
    N("n1", "V_SMARTA_SU", ("Karl Strand", "läkare"), "2024-10-01T14:50", [
        ("Aktuellt", "Återbesök för bröstryggssmärta. Har provat TENS med viss lindring."),
        ("Tidiga hypoteser", "Susp. myelom – Hb 101, SR 74 och förhöjt totalprotein. Elfores och fria "
                             "lätta kedjor beställda."),
        ("Planering", "Ny tid om 2 veckor. Fortsätter TENS och paracetamol 1 g x 3."),
    ], signed=None)],
    [], ["NL102"],
    "VGR: the suspected myeloma sits only under the protected sökord Tidiga hypoteser; the visible sections hold no hypothesis.")

C("d124-pmo-typo-misstank-axspa", "skane", "1998-07-31", "238", [
    N("n1", "P_LINERO", ("Amir Haddad", "fysioterapeut"), "2024-02-08T10:40", [
        ("Bedömning", "Misstänk axSpA: ung man, smygande debut, morgonstelhet 1,5 h, bättre av träning. "
                      "Kontaktar husläkare för blodprover och ställningstagande till MR."),
    ], tpl="Fysioterapeut besök", system="PMO")],
    [], ["NL102"],
    "PMO primary-care physiotherapy note (typo 'Misstänk'): PMO never shows diagnoses, so no NL102.")

C("d124-pmo-at-sannolikt-fibromyalgi", "skane", "1970-11-26", "827", [
    N("n1", "P_SJOBO", ("Therese Mårtensson", "arbetsterapeut"), "2024-03-14T13:20", [
        ("Aktivitet", "Kartlagt veckoschemat: sover till 11 efter dåliga nätter, städar i långa pass och "
                      "ligger sedan utslagen i två dagar."),
        ("Bedömning", "Sannolikt fibromyalgi enligt husläkarens senaste bedömning. Behöver stöd i "
                      "aktivitetsbalans och pacing."),
    ], tpl="Arbetsterapeut besök", system="PMO")],
    [], ["NL102"],
    "A hedged fibromyalgia in a PMO OT note is not shown in 1177, so NL102 must not fire.")

C("d124-bekraftad-fibromyalgi-skov", "vgr", "1978-01-27", "551", [
    N("n1", "V_SMARTA_SU", ("Maria Lindholm", "psykolog"), "2024-11-19T10:30", [
        ("Bedömning", "Fibromyalgi sedan 2022 enligt ACR 2016-kriterierna, genomgått multimodal rehab "
                      "med god effekt. Nu skov efter separation med ökad smärta och sämre sömn."),
        ("Planering", "Boostersession med psykolog och fysioterapeut. Duloxetin 60 mg fortsätter."),
    ], tpl="Psykologanteckning")],
    [], ["NL102"],
    "A settled fibromyalgia (diagnosis since 2022) with no hedge.")

C("d124-bekraftad-axspa-adalimumab", "skane", "1987-09-03", "668", [
    N("n1", "S_REUMA_LUND", ("Johanna Persson", "läkare"), "2024-09-17T08:50", [
        ("Diagnos", "Axial spondylartrit M45.9, HLA-B27-positiv, MR-verifierad sakroiliit 2023."),
        ("Aktuellt", "Välinställd på adalimumab, BASDAI 1,8. Tränar på gym tre gånger i veckan."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL102"],
    "Confirmed axial spondyloarthritis, no hedge and nothing about telling.")

C("d124-hedge-pa-smartokning", "vgr", "1961-10-10", "305", [
    N("n1", "V_SMARTA_SAS", ("Sara Nyman", "fysioterapeut"), "2024-06-13T15:00", [
        ("Aktuellt", "Ökad värk i låren dagen efter första passet i bassäng."),
        ("Bedömning", "Trolig smärtökning av ovan belastning, förväntad och övergående. Samma dosering "
                      "fortsätter men antalet knäböj halveras."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL102"],
    "'Trolig smärtökning' hedges a symptom after exercise, not a diagnosis.")

C("d124-hedge-pa-fynd-svullnad", "skane", "1965-12-12", "459", [
    N("n1", "S_AT_MALMO", ("Malin Ek", "arbetsterapeut"), "2024-02-29T09:10", [
        ("Status", "Opererad för Dupuytrens kontraktur vä dig IV 3 v sedan. Möjligen lätt svullnad över "
                   "handryggen, svårbedömt. Omkrets MCP-nivå 19,5 cm vä och 19,2 cm hö. Sårläkning ua."),
        ("Åtgärd", "Kompressionshandske provad, ödemprofylax och rörelseträning genomgånget."),
    ], tpl="Arbetsterapeutanteckning")],
    [], ["NL102"],
    "'Möjligen lätt svullnad' hedges a clinical finding, not a disease; the Dupuytren diagnosis is settled.")

C("d124-crps-kan-uteslutas", "vgr", "1984-08-29", "162", [
    N("n1", "V_ORTO_NU", ("Rasmus Ek", "läkare"), "2024-05-02T10:20", [
        ("Bedömning", "Fotledsfrakturen är läkt. Ingen temperaturskillnad, normal hudfärg och ingen "
                      "allodyni. Budapestkriterierna uppfylls inte och CRPS kan uteslutas. Kvarstående "
                      "stelhet behandlas med fysioterapi."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL102"],
    "Hard negative to 'kan ej uteslutas': 'CRPS kan uteslutas' rules the diagnosis out.")

C("d124-ms-misstanke-avskrivs", "skane", "1982-04-18", "233", [
    N("n1", "S_NEURO_HLM", ("Sanna Björk", "läkare"), "2024-08-13T13:30", [
        ("Bedömning", "Den tidigare misstanken om MS avskrivs efter normal MR hjärna och ryggmärg samt LP "
                      "utan oligoklonala band. Domningarna i benen följs vidare av fysioterapeut i vårt "
                      "rehabprogram."),
    ])],
    [], ["NL102"],
    "An earlier MS suspicion is explicitly dropped ('avskrivs').")

C("d124-ul-inga-tecken-pa-dvt", "skane", "1947-01-29", "700", [
    N("n1", "S_STROKE_MALMO", ("Anders Löfgren", "läkare"), "2024-05-06T11:40", [
        ("Aktuellt", "Svullet vä underben sedan igår, paretisk sida."),
        ("Bedömning", "Ultraljud vä ben: inga tecken på DVT. Ödemet behandlas med kompressionsstrumpa "
                      "och högläge."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    [], ["NL102"],
    "'inga tecken på DVT' is a negated diagnosis.")

C("d124-rehabkoord-fragestallning-arbetsformaga", "vgr", "1967-03-22", "846", [
    N("n1", "V_MEDREHAB_KUNGALV", ("Louise Fransson", "rehabkoordinator"), "2024-03-20T10:05", [
        ("Samordning", "Uppföljning av sjukskrivning efter hjärtinfarkt i februari. Pat önskar börja "
                       "arbeta 25 % från 1 april. Frågeställning till arbetsterapeut: arbetsförmåga i "
                       "nuvarande tjänst som undersköterska med tunga lyft?"),
    ], tpl="Rehabkoordinatoranteckning")],
    [], ["NL102"],
    "'Frågeställning' and '?' concern work capacity, not a diagnosis; the infarct is settled.")

C("d124-typo-ingen-missanke-malignitet", "vgr", "1973-11-11", "632", [
    N("n1", "V_RYGG_MOLNDAL", ("Anna Jakobsson", "läkare"), "2024-07-16T09:35", [
        ("Bedömning", "Ingen missanke om malignitet: ingen viktnedgång och normalt SR, CRP och ALP. "
                      "Ospecifik ländryggssmärta, rekommenderas fortsatt fysisk aktivitet."),
    ])],
    [], ["NL102"],
    "Negated suspicion with the typo 'missanke'; the remaining diagnosis is settled.")

C("d124-bror-bechterew-far-misstanks", "vgr", "1990-02-09", "180", [
    N("n1", "V_REUMA_MOLNDAL", ("Camilla Ström", "läkare"), "2024-12-03T13:10", [
        ("Anamnes", "Bror har Bechterews sjukdom och far misstänks ha psoriasisartrit. Själv frisk fram "
                    "till i höstas."),
        ("Bedömning", "Mekanisk ländryggssmärta efter flytt, inga inflammatoriska drag. HLA-B27 negativ."),
    ], tpl="Mottagningsanteckning", signed=None)],
    [], ["NL102"],
    "The hedged diagnosis ('far misstänks ha psoriasisartrit') belongs to a relative.")

C("d124-pmo-misstankt-cauda-skickas-akut", "skane", "1964-09-19", "412", [
    N("n1", "P_ESLOV", ("Magnus Persson", "läkare"), "2024-10-22T16:05", [
        ("Bedömning", "Misstänkt cauda equina-syndrom: nytillkommen urinretention och sadelanestesi. "
                      "Skickas akut med ambulans till SUS Lund, ortopedjouren informerad."),
    ], tpl="Läkarbesök", system="PMO")],
    [], ["NL102"],
    "A strongly hedged red-flag diagnosis, but in a PMO primary-care note, which never shows diagnoses.")

C("d124-long-epikris-cerebellar-blodning", "vgr", "1965-11-23", "779", [
    N("n1", "V_REHAB_NU", ("Johan Alm", "läkare"), "2024-05-17T14:00", [
        ("Epikris", "Vårdtid 2024-04-03 – 2024-05-17. 58-årig man som insjuknade med cerebellär blödning "
                    "vä 2024-03-21, handlagd konservativt på NÄL. Kom till oss för rehabilitering med "
                    "uttalad bålataxi, dysartri och yrsel."),
        ("Förlopp", "Successiv förbättring av balans och gång. Går vid utskrivning 300 m utomhus med käpp "
                    "och klarar trappa med ledstång. Dysartrin är lindrig och talet förståeligt för "
                    "okända. Sväljningsbedömningen utan anmärkning, inga tecken på dysfagi. BT välinställt "
                    "på amlodipin och enalapril. Urinvägsinfektion v. 2, behandlad med pivmecillinam."),
        ("Diagnoser", "Cerebellär intracerebral blödning vä (I61.4). Hypertoni. Urinvägsinfektion, "
                      "behandlad."),
        ("Funktion vid utskrivning", "Självständig i personlig ADL och klarar enklare matlagning med "
                                     "sittande vila. Berg balansskala 44/56 mot 21/56 vid inskrivning. "
                                     "Gånghastighet 0,9 m/s på tiometerstest."),
        ("Social situation", "Gift, bor i villa i Stenungsund. Elektriker, sjukskriven 100 % t.o.m. "
                             "2024-06-30. Hemtjänst har inte behövts."),
        ("Fortsatt vård", "Dagrehab i Uddevalla 2 dgr/v i 6 veckor. Ev. besök hos ortopedtekniker för "
                          "inlägg om fotsmärtan kvarstår. BT-kontroll på VC om 2 veckor, trolig dosökning "
                          "av amlodipin om över 140/90. Bilkörning avråds tills vidare och körkortsfrågan "
                          "tas upp vid återbesöket."),
        ("Läkemedel", "Se läkemedelslistan, nyinsatt amlodipin 5 mg."),
    ], tpl="Epikris", setting="slutenvård")],
    [], ["NL102"],
    "Long rehab discharge summary: settled diagnoses, a negated dysphagia and hedges only on plans and doses.")

C("d124-ej-forenligt-med-fibromyalgi", "vgr", "1985-01-31", "394", [
    N("n1", "V_SMARTA_SKAS", ("Mikael Hägg", "läkare"), "2024-09-03T11:15", [
        ("Bedömning", "Smärtan sitter i vä skuldra och överarm, inga generaliserade ömma punkter. Ej "
                      "förenligt med fibromyalgi. Subakromiell smärta, fortsatt skulderträning hos "
                      "fysioterapeut."),
    ])],
    [], ["NL102"],
    "'Ej förenligt med fibromyalgi' is the negated form of a hedge.")

C("d124-ingen-hallpunkt-for-reumatisk", "skane", "1959-04-14", "520", [
    N("n1", "S_REUMA_HBG", ("Olof Lindgren", "läkare"), "2024-11-26T10:00", [
        ("Bedömning", "Ingen hållpunkt för inflammatorisk reumatisk sjukdom: CRP <1, SR 6 och normal MR "
                      "av händerna. Ledvärken beror på röntgenverifierad artros i tumbaserna."),
        ("Åtgärd", "Tumbasortoser förskrivs via arbetsterapeut. Ingen uppföljning hos oss."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL102"],
    "'Ingen hållpunkt för' negates the inflammatory disease; thumb-base osteoarthritis is confirmed.")

C("d124-vgr-th-hedge-bedomning-bekraftad", "vgr", "1971-07-19", "143", [
    N("n1", "V_RYGG_MOLNDAL", ("Anna Jakobsson", "läkare"), "2024-02-13T15:40", [
        ("Bedömning", "Lumbago-ischias vä S1 med MR-verifierat diskbråck L5–S1. Ingen operationsindikation "
                      "i nuläget, fortsatt fysioterapi."),
        ("Tidiga hypoteser", "Möjligt alkoholberoende, PEth 0,9 µmol/l. Tas upp försiktigt vid nästa besök."),
    ])],
    [], ["NL102"],
    "VGR: the hedged alcohol dependence is only under the protected sökord; the visible Bedömning holds a confirmed diagnosis.")

C("d124-skane-mall-th-flera-sokord", "skane", "1940-12-01", "064", [
    N("n1", "S_NEURO_HLM", ("Sanna Björk", "läkare"), "2024-09-30T16:20", [
        ("Anamnes", "Anhöriga berättar om tilltagande minnesproblem redan före stroken: glömde spisen och "
                    "hittade inte hem från affären."),
        ("Bedömning", "Trolig underliggande Alzheimers sjukdom. Demensutredning efter rehabperioden."),
    ], tpl="Tidiga hypoteser", setting="slutenvård")],
    [], ["NL102"],
    "Skåne note whose template is Tidiga hypoteser: all its sections, including the hedged Alzheimer's, are hidden.")

C("d124-long-smartcentrum-roda-flaggor-negerade", "skane", "1976-10-05", "911", [
    N("n1", "S_SMARTA_LUND", ("Viktor Engström", "läkare"), "2024-10-29T09:00", [
        ("Anamnes", "47-årig man, snickare, ländryggssmärta sedan en lyftskada 2019. Varit sjukskriven i "
                    "omgångar, nu 50 %. Provat fysioterapi, akupunktur och tramadol. Ingen feber, ingen "
                    "viktnedgång, inga blåsbesvär. Ingen tidigare cancersjukdom."),
        ("Sociala förhållanden", "Gift, två barn 4 och 7 år, bor i radhus i Staffanstorp. Egen firma "
                                 "med en anställd och oroar sig mycket för ekonomin."),
        ("Läkemedel", "Tramadol 50 mg x 3, paracetamol 1 g x 3, zopiklon 5 mg till natten vb."),
        ("Aktuellt", "Remitterad från VC Staffanstorp för bedömning inför teambaserad smärtrehabilitering. "
                     "Sover 5 h per natt, undviker att lyfta barnen och har slutat spela innebandy."),
        ("Status", "AT: gott. Gång: normal, tå- och hälgång ua. Rygg: nedsatt flexion, "
                   "fingertopp–golv 30 cm, diffus palpationsömhet paravertebralt L3–S1. SLR neg bilat. "
                   "Reflexer: PSR och ASR lika bilat. Kraft och sensibilitet ua. Sfinkterfunktion ua "
                   "enligt anamnes."),
        ("Skattningar", "NRS 7 vid belastning, ODI 44 %, HADS ångest 10 och depression 7."),
        ("Bedömning", "Inga röda flaggor. Ingen misstanke om malignitet eller inflammatorisk ryggsjukdom, "
                      "och normal neurologi talar emot radikulopati. Ospecifik långvarig ländryggssmärta "
                      "med uttalad rörelserädsla, TSK 48."),
        ("Planering", "Ev. remiss till beteendemedicinsk smärtskola, eventuellt TENS-prov via "
                      "fysioterapeut. Trappar ut tramadol under fyra veckor. Rehabkoordinator kontaktar "
                      "pat om sjukskrivningen."),
    ])],
    [], ["NL102"],
    "Long pain-centre note: every diagnostic mention is negated or settled; hedges only on referrals and TENS.")

# =========================================================================== NL101
# ---------------------------------------------------------------- NL101 positives

C("d124-smarta-metastaser-ej-informerad", "skane", "1948-06-08", "530", [
    N("n1", "S_SMARTA_LUND", ("Viktor Engström", "läkare"), "2024-04-02T16:10", [
        ("Aktuellt", "Inlagd på smärtcentrums vårdplatser för smärtlindring, känd prostatacancer sedan "
                     "2021 under hormonbehandling."),
        ("Bedömning", "MR ländrygg visar multipla skelettmetastaser L2–S1 och patologisk fraktur L3 utan "
                      "spinal kompression. Pat ej informerad, besked ges imorgon tillsammans med onkologens "
                      "kontaktsjuksköterska."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Confirmed bone metastases written visibly while the note says the patient is not yet informed.")

C("d124-diskbrack-cauda-ej-fatt-besked", "vgr", "1983-11-28", "487", [
    N("n1", "V_ORTOAKUT_MOLNDAL", ("Daniel Öberg", "läkare"), "2024-06-27T21:30", [
        ("Utredning", "MR: stort sekvestrerat diskbråck L5–S1 med kompression av cauda equina."),
        ("Planering", "Pat har ännu inte fått besked om MR-svaret, ryggkirurgen går ner och informerar "
                      "innan operation i natt."),
    ], tpl="Akutanteckning", signed=None)],
    ["NL101"], [],
    "Unsigned draft: the cauda equina compression is in a visible section and the patient has not yet been told.")

C("d124-typo-forflimmer-ej-informerad", "skane", "1945-02-15", "381", [
    N("n1", "S_STROKE_MALMO", ("Anders Löfgren", "läkare"), "2024-02-28T13:50", [
        ("Undersökningar", "72-h långtids-EKG visar paroxysmalt förmaksflimer med episoder upp till 40 min."),
        ("Bedömning", "Pat ej informerad ännu, tas upp på ronden imorgon inför start av NOAK."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    ["NL101"], [],
    "Atrial fibrillation (typo 'förmaksflimer') found on the rehab ward, visible, and not yet told to the patient.")

C("d124-meningiom-bifynd-ej-informerad", "vgr", "1957-09-04", "156", [
    N("n1", "V_REHAB_SKAS", ("Per Eriksson", "läkare"), "2024-01-17T11:35", [
        ("Bedömning", "Bifynd på DT hjärna: meningiom 18 mm vä frontalt utan ödem. Pat är inte informerad "
                      "om fyndet, inväntar neurokirurgisk bedömning först."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Incidental meningioma on the rehab ward, written in a visible section, patient explicitly not informed.")

C("d124-axspa-faststalld-ej-underrattad", "vgr", "1993-05-06", "703", [
    N("n1", "V_REUMA_MOLNDAL", ("Camilla Ström", "läkare"), "2024-06-04T16:00", [
        ("Diagnos", "Axial spondylartrit fastställd: aktiv sakroiliit bilat på MR och HLA-B27 positiv."),
        ("Planering", "Pat ännu ej underrättad, besked och behandlingsdiskussion vid återbesök 12/6."),
    ], tpl="Mottagningsanteckning")],
    ["NL101"], [],
    "A settled axSpA under sökord Diagnos while the planning says the patient has not been told.")

C("d124-crps-budapest-ej-informerad", "skane", "1969-08-23", "246", [
    N("n1", "S_ORTO_YSTAD", ("Mats Holmqvist", "läkare"), "2024-05-14T10:45", [
        ("Bedömning", "Uppfyller nu Budapestkriterierna: CRPS typ 1 vä hand. Pat har inte informerats om "
                      "diagnosen eftersom handkirurgen vill träffa henne först på tisdag."),
    ], tpl="Mottagningsanteckning")],
    ["NL101"], [],
    "CRPS diagnosis established and visible, but the note says the patient has not been told.")

C("d124-psykolog-adhd-aterkoppling-ej-gjord", "vgr", "1998-04-16", "591", [
    N("n1", "V_HOGSBO", ("Ebba Lindqvist", "psykolog"), "2024-09-20T15:30", [
        ("Utredning", "WAIS-IV, QbTest och DIVA 2.0 genomförda, anamnes från mor inhämtad."),
        ("Bedömning", "Kriterierna för ADHD, kombinerad form, är uppfyllda. Återkoppling till pat är inte "
                      "gjord ännu."),
        ("Planering", "Återgivningssamtal 3/10 kl 13."),
    ], tpl="Psykologanteckning")],
    ["NL101"], [],
    "Neuropsychological result (ADHD) written visibly before the feedback session; the patient has not been told.")

C("d124-ryggmargsskada-komplett-ej-besked", "skane", "1995-12-11", "028", [
    N("n1", "S_ORUP", ("Tobias Hellström", "läkare"), "2024-07-24T14:20", [
        ("Status", "ISNCSCI: komplett ryggmärgsskada Th10, AIS A."),
        ("Bedömning", "Pat har ännu inte fått besked om att skadan är komplett; läkarsamtal med pat och "
                      "sambo planeras på fredag."),
    ], setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Complete spinal cord injury (AIS A) documented visibly after trauma; the patient has not been told it is complete.")

C("d124-teamkonf-mecfs-ej-meddelad", "vgr", "1987-03-17", "258", [
    N("n1", "V_HOGSBO", ("Henrik Wallin", "läkare"), "2024-10-24T13:00", [
        ("Teamkonferens", "Teamet är enigt om diagnosen ME/CFS (G93.3) enligt kanadensiska kriterierna "
                          "efter två veckors dagrehabutredning. Diagnosen är ännu inte meddelad pat, sker "
                          "vid läkarbesök nästa vecka."),
    ], tpl="Teamkonferens")],
    ["NL101"], [],
    "The team settles ME/CFS in a visible team note and states that the patient has not yet been told.")

C("d124-typo-myelom-ej-infomerad", "skane", "1950-01-20", "679", [
    N("n1", "S_SMARTA_CSK", ("Fredrik Olofsson", "läkare"), "2024-06-03T17:05", [
        ("Bedömning", "Benmärgsprov bekräftar multipelt myelom. Pat ej infomerad ännu, hematologen tar "
                      "beskedet på onsdag."),
    ], signed=None)],
    ["NL101"], [],
    "Typo 'infomerad': confirmed myeloma in a visible section, patient not told yet.")

C("d124-dai-pta-ej-informerad", "vgr", "2002-07-13", "335", [
    N("n1", "V_HOGSBO", ("Ida Magnusson", "läkare"), "2024-08-08T10:30", [
        ("Aktuellt", "Vårddag 12 efter MC-olycka. Fortsatt desorienterad till tid, GOAT 58."),
        ("Bedömning", "MR hjärna visar diffus axonal skada grad 2 med mikroblödningar i corpus callosum. "
                      "Pat ej informerad om MR-fynden pga fortsatt posttraumatisk amnesi, information ges "
                      "när han är orienterad."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    ["NL101"], [],
    "Trauma rehab: diffuse axonal injury written visibly, patient not informed because of post-traumatic amnesia.")

C("d124-osteoporos-kotkompression-inte-fatt-veta", "skane", "1954-10-27", "744", [
    N("n1", "S_SMARTA_HBG", ("Rebecka Wiklund", "läkare"), "2024-03-07T12:15", [
        ("Utredning", "DXA: T-score -3,1 i ländryggen. Rtg: kotkompression Th12."),
        ("Bedömning", "Manifest osteoporos med kotfraktur som förklaring till den akuta ryggsmärtan. Pat har "
                      "inte fått veta svaren ännu, jag ringer henne på måndag."),
    ])],
    ["NL101"], [],
    "Manifest osteoporosis with vertebral fracture stated visibly while results are not yet told to the patient.")

C("d124-psykolog-vaskular-demens-ej-delgiven", "vgr", "1941-04-09", "853", [
    N("n1", "V_REHAB_SKAS", ("Lisa Holmberg", "psykolog"), "2024-09-12T14:00", [
        ("Bedömning", "Neuropsykologisk bedömning klar: major vaskulär kognitiv störning, det vill säga "
                      "vaskulär demens. Pat ännu ej delgiven resultatet, återgivning med dottern närvarande "
                      "v. 40."),
    ], tpl="Psykologanteckning", setting="slutenvård")],
    ["NL101"], [],
    "'ej delgiven' means not told: vascular dementia written in a visible psychologist note before feedback.")

C("d124-fibromyalgi-diagnosbesked-vantar", "skane", "1975-12-03", "194", [
    N("n1", "S_SMARTA_LUND", ("Karin Fälth", "läkare"), "2024-03-12T09:40", [
        ("Bedömning", "Kriterierna för fibromyalgi är uppfyllda, WPI 12 och SSS 9, och proverna är utan "
                      "avvikelser. Pat har ännu inte fått diagnosen, den tas vid nästa besök då maken kan "
                      "följa med."),
    ])],
    ["NL101"], [],
    "Fibromyalgia is established and visible, but the diagnosis is being held back until the next visit.")

C("d124-spondylodiscit-pat-sov-ej-info", "vgr", "1971-02-24", "662", [
    N("n1", "V_INFEKT_OSTRA", ("Oscar Lund", "läkare"), "2024-11-28T02:20", [
        ("Jouranteckning", "Blododling: S. aureus i 2/2 flaskor. MR bekräftar spondylodiscit L2–L3 med "
                           "liten epidural abscess. Pat sov vid min rond och är ej informerad; dagjouren "
                           "informerar på morgonen."),
    ], tpl="Jouranteckning", setting="slutenvård")],
    ["NL101"], [],
    "Night note: confirmed spondylodiscitis in a visible section, patient asleep and not told.")

C("d124-telefon-ssk-pmr-ej-berattat", "skane", "1946-07-18", "418", [
    N("n1", "S_REUMA_LUND", ("Eva Sandberg", "sjuksköterska"), "2024-01-25T11:00", [
        ("Telefonkontakt", "Ringer pat angående provtagning inför kortisonstart. Dr Holm har ställt "
                           "diagnosen polymyalgia reumatica, men jag har inte berättat det för pat i "
                           "telefon – hon får beskedet vid läkarbesöket imorgon."),
    ], tpl="Telefonanteckning")],
    ["NL101"], [],
    "A nurse's phone note names the new PMR diagnosis and says she did not tell the patient.")

C("d124-dotter-vill-att-pat-inte-informeras", "vgr", "1938-11-30", "224", [
    N("n1", "V_STROKEREHAB", ("Nils Grahn", "läkare"), "2024-07-04T15:15", [
        ("Bedömning", "PAD från lungbiopsi: adenocarcinom. Dottern har bett att pat inte informeras "
                      "förrän sonen kommit hem från utlandet; frågan diskuteras med ansvarig överläkare."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Lung adenocarcinoma written visibly while the patient is, at a relative's request, not yet told.")

C("d124-long-neurorehab-ny-infarkt-ej-informerad", "skane", "1952-08-31", "375", [
    N("n1", "S_NEURO_HLM", ("Sanna Björk", "läkare"), "2024-05-14T15:45", [
        ("Aktuellt", "Vårdvecka 3 på neurorehab efter hö-sidig ponsinfarkt. Gångträning med rollator 40 m, "
                     "förflyttning säng–rullstol med tillsyn. Mår psykiskt bättre och sover bra på "
                     "mirtazapin."),
        ("Status", "AT: gott. Vaken, orienterad x 3. Cor: RR, frekvens 68. Pulm: ua. BT 136/82. Neuro: vä "
                   "hemipares med kraft 3/5 i armen och 4/5 i benet, lätt dysartri, nystagmus vid blick åt "
                   "hö som är ny sedan i fredags, ataxi vä vid knä–häl."),
        ("Undersökningar", "Pga nytillkommen nystagmus och ökad yrsel gjordes DT hjärna 2024-05-13: ny "
                           "infarkt i vä cerebellarhemisfär, ca 15 mm, ingen blödning. Lab: Hb 138, "
                           "CRP 4, glukos 6,2."),
        ("Läkemedel", "Trombyl 75 mg, klopidogrel 75 mg t.o.m. 2024-05-20, atorvastatin 40 mg, ramipril "
                      "5 mg och mirtazapin 15 mg till natten."),
        ("Omvårdnad", "Sväljer tunnflytande med viss hostretning, får konsistensanpassad dryck. Kontinent. "
                      "Vikten stabil 74 kg."),
        ("Team", "Fysioterapeut: BBS 18/56, går 40 m med rollator och tillsyn. Arbetsterapeut: klarar övre "
                 "påklädning själv men behöver hjälp med strumpor och skor."),
        ("Bedömning", "Ny liten cerebellär infarkt under vårdtiden, kliniskt lindrig. Pat ännu ej informerad "
                      "om att DT visat en ny infarkt, han var trött efter undersökningen och sonen vill "
                      "närvara vid samtalet imorgon."),
        ("Planering", "Fortsatt sekundärprevention, atorvastatin ökas till 80 mg. Långtids-EKG 72 h för att "
                      "leta arytmi. Fysioterapeuten anpassar balansträningen och arbetsterapeuten fortsätter "
                      "ADL-träningen. Samtal med pat och son imorgon kl 13."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    ["NL101"], ["NL102"],
    "Long neuro-rehab ward note; one sentence says the patient is not yet told about the new cerebellar infarct shown in the visible text.")

C("d124-epikris-levermetastaser-ej-informerad", "vgr", "1944-03-03", "566", [
    N("n1", "V_GERIREHAB_ALINGSAS", ("Karin Bergqvist", "läkare"), "2024-05-20T13:20", [
        ("Epikris", "Inlagd för rehabilitering efter höftfraktur hö, opererad med halvprotes 2024-05-02. "
                    "Går vid utskrivning med rollator inomhus. DT buk 14/5 visar multipla levermetastaser "
                    "från känd koloncancer. Pat ej informerad före utskrivning, kirurgmottagningen tar "
                    "samtalet 22/5."),
    ], tpl="Epikris", setting="slutenvård")],
    ["NL101"], [],
    "A discharge summary names liver metastases and states the patient was not informed before discharge.")

C("d124-pots-tilttest-ej-kommunicerat", "vgr", "1996-10-18", "437", [
    N("n1", "V_POSTCOVID", ("Sofia Rydén", "läkare"), "2024-04-18T10:15", [
        ("Utredning", "Tilttest: HR-ökning 42/min utan blodtrycksfall, alltså POTS."),
        ("Bedömning", "Resultatet är inte kommunicerat till pat ännu. Tas upp vid telefontid på fredag "
                      "tillsammans med behandlingsråd."),
    ])],
    ["NL101"], [],
    "POTS established on tilt test in a post-covid clinic and written visibly; not yet communicated.")

C("d124-typo-ej-underattad-crps2", "vgr", "1960-06-21", "841", [
    N("n1", "V_SMARTA_SU", ("Karl Strand", "läkare"), "2024-03-27T09:25", [
        ("Bedömning", "Efter nervskada vid handledsoperation uppfylls Budapestkriterierna, CRPS typ 2 hö "
                      "hand. Pat ej underättad om diagnosen, tas vid besöket med handkirurg."),
    ])],
    ["NL101"], [],
    "Typo 'underättad' (underrättad): CRPS type 2 visible, patient not told.")

C("d124-tva-anteckningar-forst-undanhallet", "skane", "1961-09-26", "306", [
    N("n1", "S_SMARTA_LUND", ("Viktor Engström", "läkare"), "2024-09-03T16:40", [
        ("Bedömning", "MR halsrygg visar myelopati C4–C5 med signalförändring i ryggmärgen. Pat ej "
                      "informerad – hann inte innan hon gick, ringer imorgon."),
    ]),
    N("n2", "S_SMARTA_LUND", ("Viktor Engström", "läkare"), "2024-09-04T08:30", [
        ("Telefonkontakt", "Ringt pat och informerat om MR-svaret med myelopati, remiss till neurokirurgen "
                           "i Lund. Pat förstår och vill ha tid snarast."),
    ], tpl="Telefonanteckning")],
    [["NL101", "n1"]], [["NL101", "n2"]],
    "Two notes: n1 shows the myelopathy while saying she was not told; the next-day phone note n2 tells her and is clean.")

C("d124-avvaktar-med-att-informera-hjarnmetastas", "skane", "1963-04-05", "889", [
    N("n1", "S_NEURO_HLM", ("Jonatan Mattsson", "läkare"), "2024-10-10T12:30", [
        ("Bedömning", "DT hjärna inför hemgång: två hjärnmetastaser i höger hemisfär, känt malignt melanom. "
                      "Avvaktar med att informera pat tills onkologen i Lund tagit ställning till "
                      "strålbehandling."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "'Avvaktar med att informera pat' about brain metastases that are written in a visible section.")

C("d124-pat-ovetande-als", "vgr", "1958-12-14", "717", [
    N("n1", "V_REHAB_NU", ("Maja Söderlund", "läkare"), "2024-11-06T10:00", [
        ("Aktuellt", "Remitterad till rehabmedicin för hjälpmedel och planering inför tilltagande svaghet."),
        ("Bedömning", "Neurofysiologen visar utbredd denervation i tre regioner och neurologen har ställt "
                      "diagnosen ALS. Pat är ovetande om diagnosen än så länge; neurologen ger beskedet "
                      "den 20/11."),
    ], signed=None)],
    ["NL101"], [],
    "Unsigned draft: ALS is written in a visible section while 'pat är ovetande om diagnosen'.")

C("d124-brostcancer-recidiv-forst-efter-mdk", "vgr", "1966-08-07", "150", [
    N("n1", "V_SMARTA_SAS", ("Annika Bengtsson", "läkare"), "2024-08-29T14:35", [
        ("Bedömning", "Biopsi från thoraxväggen visar recidiv av bröstcancer. Pat ska inte informeras "
                      "förrän efter MDK på torsdag, då ett behandlingsförslag finns."),
    ])],
    ["NL101"], [],
    "A recurrence of breast cancer is written visibly with an explicit 'ska inte informeras' until the MDT.")

C("d124-rehabkoord-intyg-diagnos-okand-for-pat", "skane", "1984-02-29", "562", [
    N("n1", "S_REHAB_MALMO", ("Linda Åkesson", "rehabkoordinator"), "2024-02-26T13:45", [
        ("Sjukskrivning", "Läkarintyget till FK anger diagnosen utmattningssyndrom (F43.8A), som pat ännu "
                          "inte känner till – läkaren har inte hunnit ta upp det med henne."),
        ("Planering", "Ber läkaren boka samtal med pat innan intyget skickas."),
    ], tpl="Rehabkoordinatoranteckning")],
    ["NL101"], [],
    "A rehab coordinator records the certificate diagnosis, which the patient does not yet know about.")

C("d124-fysio-skelettmetastas-pat-vet-inte", "vgr", "1952-05-25", "491", [
    N("n1", "V_FYSIO_ALINGSAS", ("Theo Ljungberg", "fysioterapeut"), "2024-12-05T09:50", [
        ("Aktuellt", "Ortopeden bekräftade igår skelettmetastas i vä femur. Enligt ortopeden är pat ännu "
                     "inte informerad."),
        ("Åtgärd", "Avlastning med kryckkäppar, max 50 % belastning vä ben. Instruktion utan att orsaken "
                   "nämnts för pat."),
    ], tpl="Fysioterapeutanteckning")],
    ["NL101"], [],
    "A physiotherapist writes a confirmed femoral metastasis in a visible section and notes the patient is not yet told.")

C("d124-skane-sokord-th-ej-skyddad-ej-informerad", "skane", "1959-01-08", "372", [
    N("n1", "S_SMARTA_HBG", ("Rebecka Wiklund", "läkare"), "2024-11-14T15:25", [
        ("Aktuellt", "Remitterad för smärta i vä höft och ljumske sedan i somras, nattlig värk."),
        ("Tidiga hypoteser", "Biopsin från lesionen i vä os ilium visar diffust storcelligt B-cellslymfom. "
                             "Pat ännu ej informerad, hematologen tar beskedet på fredag."),
    ])],
    ["NL101"], [],
    "Skåne protects by template only: the untold lymphoma under a 'Tidiga hypoteser' sökord inside an ordinary Läkaranteckning is visible.")

C("d124-vgr-th-sedan-synligt-ej-informerad", "vgr", "1980-05-12", "219", [
    N("n1", "V_ORTO_NU", ("Rasmus Ek", "läkare"), "2024-09-03T13:00", [
        ("Åtgärd", "Mellannålsbiopsi från resistensen i vä lår tagen i lokalbedövning, inga komplikationer."),
        ("Tidiga hypoteser", "Misstänkt mjukdelssarkom, 9 cm djupt i vastus lateralis. Pat ej informerad om "
                             "misstanken."),
    ], tpl="Mottagningsanteckning"),
    N("n2", "V_ORTO_NU", ("Rasmus Ek", "läkare"), "2024-09-10T08:45", [
        ("Bedömning", "PAD bekräftar högmalignt pleomorft sarkom i vä lår. Pat ej informerad, besked ges "
                      "på sarkomcentrum SU den 12/9."),
    ], tpl="Mottagningsanteckning")],
    [["NL101", "n2"]], [["NL101", "n1"]],
    "VGR: while suspected, the sarcoma was kept under the sökord Tidiga hypoteser (n1, clean); once confirmed it is written under Bedömning still untold (n2).")

C("d124-posttraumatisk-epilepsi-ej-informerad", "vgr", "1999-03-21", "645", [
    N("n1", "V_REHAB_NU", ("Johan Alm", "läkare"), "2024-06-26T11:15", [
        ("Aktuellt", "Två episoder med ryckningar i hö arm och medvetandepåverkan på avdelningen, åtta "
                     "månader efter kontusionsskada vä frontalt."),
        ("Bedömning", "EEG med epileptiform aktivitet frontalt vä. Posttraumatisk epilepsi, levetiracetam "
                      "insätts. Pat ännu inte informerad om diagnosen och vad den innebär för körkortet, "
                      "samtal bokat med pat och mamma imorgon."),
    ], setting="slutenvård")],
    ["NL101"], [],
    "Post-traumatic epilepsy is diagnosed in a visible section of a rehab-ward note and the patient has not been told.")

# ---------------------------------------------------------------- NL101 negatives

C("d124-metastas-informerad-med-make", "skane", "1957-03-15", "325", [
    N("n1", "S_SMARTA_LUND", ("Karin Fälth", "läkare"), "2024-07-16T15:20", [
        ("Bedömning", "MR bröstrygg visar skelettmetastas Th11 utan kompression. Pat informerad idag "
                      "tillsammans med maken, tog beskedet sakligt och har många frågor om strålbehandling."),
    ])],
    [], ["NL101"],
    "The metastasis was told to the patient today.")

C("d124-crps-kand-sedan-2022", "vgr", "1981-07-02", "474", [
    N("n1", "V_SMARTA_SU", ("Petra Axelsson", "fysioterapeut"), "2024-04-10T13:00", [
        ("Aktuellt", "Pat känner till sin CRPS-diagnos sedan 2022 och vet hur hon hanterar skoven."),
        ("Åtgärd", "Graderad motorisk träning fortsätter, spegelterapi 10 min x 3."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL101"],
    "The patient has known the CRPS diagnosis since 2022.")

C("d124-ej-informerad-om-op-datum", "vgr", "1979-10-24", "128", [
    N("n1", "V_RYGG_MOLNDAL", ("Lovisa Hermansson", "sjuksköterska"), "2024-08-14T11:30", [
        ("Planering", "Diskbråck L4–L5 med kvarstående pares, beslut om operation. Pat ej informerad om "
                      "operationsdatum än – planeringen ringer när tid finns."),
    ], tpl="Omvårdnadsanteckning", signed=None)],
    [], ["NL101"],
    "What has not been told is the operation date, not the diagnosis.")

C("d124-ej-informerad-om-skickad-remiss", "skane", "1972-01-18", "737", [
    N("n1", "S_SMARTA_HBG", ("Rebecka Wiklund", "läkare"), "2024-10-17T10:40", [
        ("Planering", "Fibromyalgi sedan 2019. Remiss till smärtrehabilitering i Lund skickad idag, pat "
                      "ännu inte informerad om att den gått iväg."),
    ])],
    [], ["NL101"],
    "What is untold is that the referral was sent; the fibromyalgia is old news.")

C("d124-normalt-mr-ej-meddelat", "vgr", "1990-12-20", "896", [
    N("n1", "V_REUMA_MOLNDAL", ("Camilla Ström", "läkare"), "2024-07-02T09:10", [
        ("Utredning", "MR SI-leder utan tecken på sakroiliit. Pat har inte fått svaret än, besked per brev."),
        ("Diagnos", "Ospecifik ländryggssmärta."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL101"],
    "The untold item is a normal MR result, not a diagnosis.")

C("d124-skane-mall-th-myelom-ej-informerad", "skane", "1949-05-31", "411", [
    N("n1", "S_SMARTA_CSK", ("Fredrik Olofsson", "läkare"), "2024-05-28T15:15", [
        ("Bedömning", "Elfores med M-komponent 32 g/l och lytiska förändringar på DT: multipelt myelom. "
                      "Pat ej informerad, hematologen tar över och ger beskedet."),
    ], tpl="Tidiga hypoteser")],
    [], ["NL101", "NL102"],
    "Skåne: the untold myeloma is kept in the protected template Tidiga hypoteser.")

C("d124-vgr-sokord-th-scint-ej-informerd", "vgr", "1951-03-29", "349", [
    N("n1", "V_SMARTA_SU", ("Karl Strand", "läkare"), "2024-06-19T16:00", [
        ("Bedömning", "Smärtlindring fortsätter enligt plan, oxykodon depot oförändrat."),
        ("Tidiga hypoteser", "Skelettscint visar multipla upptag förenliga med metastaser. Pat ej "
                             "informerd, onkolog ger besked."),
    ])],
    [], ["NL101", "NL102"],
    "VGR: the untold finding (typo 'informerd') is only under the protected sökord Tidiga hypoteser.")

C("d124-pat-informerad-dotter-ej", "skane", "1943-12-22", "578", [
    N("n1", "S_STROKE_MALMO", ("Anders Löfgren", "läkare"), "2024-08-22T14:40", [
        ("Bedömning", "DT thorax: lungcancer med mediastinala lymfkörtlar. Pat informerad idag av mig och "
                      "önskar att dottern inte får veta förrän efter helgen."),
    ], tpl="Rondanteckning", setting="slutenvård")],
    [], ["NL101"],
    "The patient was told; only the daughter is not yet informed.")

C("d124-diagnos-inget-om-information", "vgr", "1982-06-10", "233", [
    N("n1", "V_SMARTA_SKAS", ("Josefin Borg", "psykolog"), "2024-02-07T13:30", [
        ("Behandling", "Fibromyalgi och sekundär depression, välbehandlad med sertralin. Arbetar med "
                       "värderingar och acceptans, hemuppgift att planera in en återhämtande aktivitet per "
                       "dag."),
    ], tpl="Psykologanteckning")],
    [], ["NL101", "NL102"],
    "Confirmed diagnoses and nothing at all about whether the patient was told.")

C("d124-fk-beslut-ej-meddelat", "skane", "1986-09-12", "617", [
    N("n1", "S_REHAB_MALMO", ("Linda Åkesson", "rehabkoordinator"), "2024-08-06T10:15", [
        ("Sjukskrivning", "Utmattningssyndrom F43.8A, sjukskriven 75 %. FK:s beslut om avslag för "
                          "perioden efter dag 180 har kommit men är ännu inte meddelat pat; ringer henne "
                          "imorgon för att gå igenom möjligheten att begära omprövning."),
    ], tpl="Rehabkoordinatoranteckning")],
    [], ["NL101"],
    "Hard negative: the untold item is the Försäkringskassan decision, not the diagnosis.")

C("d124-ej-informerad-om-vantetid", "vgr", "1988-04-04", "342", [
    N("n1", "V_SMARTA_SAS", ("Sara Nyman", "fysioterapeut"), "2024-10-03T11:20", [
        ("Planering", "Långvarig smärta i rörelseorganen, antagen till multimodal rehabilitering. Pat ej "
                      "informerad om väntetiden, som nu är cirka åtta månader."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL101"],
    "The untold item is a waiting time.")

C("d124-at-bilkorning-beslut-ej-meddelat", "skane", "1955-11-08", "460", [
    N("n1", "S_AT_MALMO", ("Hanna Sjöberg", "arbetsterapeut"), "2024-04-23T15:00", [
        ("Bedömning", "Hö hemipares och nedsatt uppmärksamhet åt vänster efter infarkt. Beslutet att "
                      "avråda från bilkörning är ännu inte meddelat pat, läkaren tar det vid "
                      "utskrivningssamtalet."),
    ], tpl="Arbetsterapeutanteckning", setting="slutenvård")],
    [], ["NL101"],
    "The untold item is a driving recommendation, not a diagnosis.")

C("d124-ms-besked-givet-idag", "vgr", "1991-08-19", "575", [
    N("n1", "V_NEURO_NAL", ("Martin Forsberg", "läkare"), "2024-03-14T14:10", [
        ("Bedömning", "Diagnosbesked MS givet idag av mig, pat tog det med fattning och hade läst på i "
                      "förväg. Remiss till neurorehab för balansträning."),
        ("Planering", "Kontaktsjuksköterska ringer inom en vecka."),
    ])],
    [], ["NL101"],
    "The MS diagnosis was given to the patient today.")

C("d124-bechterew-valinformerad", "skane", "1960-10-16", "390", [
    N("n1", "S_REUMA_LUND", ("Lars Wennberg", "fysioterapeut"), "2024-11-07T08:30", [
        ("Aktuellt", "Pat har Bechterews sjukdom sedan 30 år och är väl insatt i diagnosen. Bassängträning "
                     "två gånger i veckan fortsätter, BASFI 3,2."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL101"],
    "Long-known diagnosis the patient knows well.")

C("d124-tva-anteckningar-th-sedan-besked", "skane", "1946-01-11", "295", [
    N("n1", "S_SMARTA_HBG", ("Rebecka Wiklund", "läkare"), "2024-10-02T16:20", [
        ("Bedömning", "PSA 480 och skelettscint med multipla upptag: skelettmetastaserad prostatacancer. "
                      "Pat ej informerad, urolog kontaktad."),
    ], tpl="Tidiga hypoteser"),
    N("n2", "S_SMARTA_HBG", ("Rebecka Wiklund", "läkare"), "2024-10-04T11:00", [
        ("Bedömning", "Diagnosbesked lämnat tillsammans med urolog: skelettmetastaserad prostatacancer. "
                      "Hormonbehandling startad och smärtlindringen justeras."),
    ])],
    [], [["NL101", "n1"], ["NL101", "n2"]],
    "The untold finding waited in the protected Tidiga hypoteser template (n1); the visible n2 records that the patient was told.")

C("d124-ej-informerad-om-normala-prover", "vgr", "1974-02-14", "808", [
    N("n1", "V_SMARTA_SU", ("Petra Axelsson", "fysioterapeut"), "2024-05-22T14:45", [
        ("Aktuellt", "Känd fibromyalgi. Läkaren bad mig notera att pat ännu inte fått veta att "
                     "kontrollproverna var normala – besked via 1177 imorgon."),
    ], tpl="Fysioterapeutanteckning")],
    [], ["NL101"],
    "The untold item is a set of normal lab results.")

C("d124-ej-informerad-negativ-malignitet", "skane", "1967-07-27", "145", [
    N("n1", "S_RYGG_ANG", ("Peter Nordgren", "läkare"), "2024-09-19T13:05", [
        ("Utredning", "PET-DT utan tecken på malignitet."),
        ("Bedömning", "Lumbago, M54.5. Pat ej informerad ännu om det lugnande beskedet, ringer i "
                      "eftermiddag."),
    ])],
    [], ["NL101"],
    "What the patient has not heard yet is that there is no malignancy.")

C("d124-besked-av-kollega-igar", "vgr", "1956-04-22", "935", [
    N("n1", "V_REHAB_NU", ("Maja Söderlund", "läkare"), "2024-11-21T13:40", [
        ("Aktuellt", "Pat fick beskedet om ALS av neurologen igår och har idag många frågor om hjälpmedel "
                     "och framtida andningsstöd."),
    ])],
    [], ["NL101"],
    "The ALS diagnosis was told to the patient the day before.")

C("d124-barn-jia-foraldrar-informerade", "skane", "2015-03-18", "281", [
    N("n1", "S_BARN_LUND", ("Cecilia Wahlström", "läkare"), "2024-06-12T10:20", [
        ("Bedömning", "Juvenil idiopatisk artrit, oligoartikulär form, bekräftad med ultraljud. Föräldrarna "
                      "och flickan informerade om diagnosen vid dagens besök."),
        ("Planering", "Intraartikulär steroid i vä knä nästa vecka, fysioterapeut kopplas in."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL101"],
    "Child under 13: the diagnosis has been told to the child and the guardians.")

C("d124-informerad-per-telefon-stenos", "skane", "1948-09-01", "536", [
    N("n1", "S_RYGG_ANG", ("Anneli Strömberg", "sjuksköterska"), "2024-02-19T10:00", [
        ("Telefonkontakt", "Meddelat pat per telefon att MR visar spinal stenos L3–L5. Tid hos ryggkirurg "
                           "bokas inom 6 v."),
    ], tpl="Telefonanteckning")],
    [], ["NL101"],
    "The stenosis was told to the patient by phone.")

C("d124-typo-informrad-fibromyalgi", "vgr", "1980-11-05", "713", [
    N("n1", "V_SMARTA_SKAS", ("Mikael Hägg", "läkare"), "2024-12-10T14:25", [
        ("Bedömning", "Pat informrad om diagnosen fibromyalgi och fick skriftlig information. Vill börja "
                      "med fysisk aktivitet på recept."),
    ], signed=None)],
    [], ["NL101"],
    "Unsigned draft with the typo 'informrad': the patient has been told.")

C("d124-rullstol-forsenad-ej-informerad", "skane", "1992-06-27", "604", [
    N("n1", "S_ORUP", ("Ellinor Cronholm", "arbetsterapeut"), "2024-05-08T11:50", [
        ("Hjälpmedel", "Paraplegi efter trafikolycka, rullstolsburen. Pat ej informerad om att den nya "
                       "aktivrullstolen försenats till v. 22."),
    ], tpl="Arbetsterapeutanteckning", setting="slutenvård")],
    [], ["NL101"],
    "The untold item is a delayed wheelchair delivery.")

C("d124-long-smartmott-inget-om-besked", "vgr", "1978-08-15", "427", [
    N("n1", "V_SMARTA_SKAS", ("Mikael Hägg", "läkare"), "2024-04-16T09:00", [
        ("Anamnes", "45-årig kvinna, förskollärare. Nacksmärta och huvudvärk sedan påkörning bakifrån i "
                    "juni 2021. Sjukskriven 50 % sedan hösten 2022. Sömn 5–6 h per natt med många "
                    "uppvaknanden. Provat amitriptylin (trötthet) och gabapentin (yrsel)."),
        ("Sociala förhållanden", "Gift med en man som arbetar skift, tre barn i skolåldern. Bor i villa "
                                 "utanför Skövde."),
        ("Arbete", "Arbetsgivaren har anpassat med kortare dagar och färre utevistelser, men hon orkar inte "
                   "mer än halvtid."),
        ("Läkemedel", "Paracetamol 1 g x 3 vb, ibuprofen 400 mg vb, melatonin 2 mg till natten."),
        ("Aktuellt", "Remitterad av VC Tibro för ställningstagande till smärtrehabilitering. Beskriver att "
                     "smärtan sprider sig till skuldrorna vid stress och att hon undviker att köra bil."),
        ("Status", "AT: gott. Halsrygg: rotation 50° åt båda håll, flexion 2 fingerbredder från sternum. "
                   "Palpationsömhet m. trapezius och suboccipitalt bilat. Neuro övre extremiteter: "
                   "reflexer lika, kraft och sensibilitet ua. Spurling neg."),
        ("Skattningar", "NRS 6, HADS ångest 11 och depression 8, ISI 19, PDI 42."),
        ("Diagnoser", "Whiplashskada med långvarig nacksmärta (WAD II, följdtillstånd). Kronisk huvudvärk "
                      "av spänningstyp. Insomni."),
        ("Bedömning", "Långvarig nacksmärta med sömnstörning, ångest och uttalad aktivitetsbegränsning. "
                      "Uppfyller kriterierna för teambaserad multimodal rehabilitering."),
        ("Planering", "Antas till MMR-program med start i augusti. KBT-baserad sömnbehandling hos psykolog "
                      "i väntan på start. Sjukskrivningen 50 % förlängs till 2024-08-31, rehabkoordinator "
                      "tar kontakt med arbetsgivaren."),
    ])],
    [], ["NL101", "NL102"],
    "Long pain-clinic note with several settled diagnoses and no statement at all about informing the patient.")

C("d124-informerad-men-vill-ej-prata", "skane", "1970-04-30", "219", [
    N("n1", "S_ORTO_YSTAD", ("Mats Holmqvist", "läkare"), "2024-06-18T11:30", [
        ("Bedömning", "Pat informerad om CRPS-diagnosen men vill inte prata mer om det idag och upplevs "
                      "ledsen. Erbjuds samtal med kurator."),
    ], tpl="Mottagningsanteckning")],
    [], ["NL101"],
    "'vill inte prata mer' is no withholding: the CRPS diagnosis has been told.")

C("d124-make-ej-informerad-pat-begaran", "vgr", "1985-10-29", "162", [
    N("n1", "V_HOGSBO", ("Henrik Wallin", "läkare"), "2024-03-21T10:50", [
        ("Bedömning", "ME/CFS diagnostiserat och pat informerad 14/3. Maken är på pat:s begäran ännu inte "
                      "informerad om diagnosen."),
    ])],
    [], ["NL101"],
    "The patient knows; only the husband is not told, at her own wish.")

C("d124-pat-last-mr-i-1177", "vgr", "1953-02-17", "486", [
    N("n1", "V_RYGG_MOLNDAL", ("Lovisa Hermansson", "sjuksköterska"), "2024-09-25T08:55", [
        ("Telefonkontakt", "Pat har läst MR-svaret med spinal stenos L2–L4 i 1177 och ringer med frågor "
                           "om operation. Besvarat det jag kunnat, läkartid bokad 8/10."),
    ], tpl="Telefonanteckning")],
    [], ["NL101"],
    "The patient already knows the stenosis after reading the MR report in 1177.")


# =========================================================================== validation
REQ_CASE = {"case", "ruleset", "record", "must", "must_not", "why"}
REQ_REC = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
REQ_PAT = {"id", "birth_date", "protected_identity"}
REQ_NOTE = {"id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"}


def age_on(born, when):
    b = dt.date.fromisoformat(born)
    w = dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def validate(cases):
    errs = []
    names = set()
    seen = {}
    for c in cases:
        n = c["case"]
        if set(c) != REQ_CASE:
            errs.append(f"{n}: keys {sorted(c)}")
        if n in names:
            errs.append(f"duplicate case {n}")
        names.add(n)
        if not n.startswith(PREFIX):
            errs.append(f"{n}: prefix")
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append(f"{n}: ruleset")
        rec = c["record"]
        if set(rec) != REQ_REC:
            errs.append(f"{n}: record keys")
        p = rec["patient"]
        if set(p) != REQ_PAT:
            errs.append(f"{n}: patient keys")
        pid, born = p["id"], p["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errs.append(f"{n}: pnr format")
        else:
            if pid[:8] != born.replace("-", ""):
                errs.append(f"{n}: pnr/birth mismatch")
            ten = pid[2:8] + pid[9:]
            if luhn_digit(ten[:9]) != int(ten[9]):
                errs.append(f"{n}: Luhn")
        if not rec["as_of"].startswith("2024-"):
            errs.append(f"{n}: as_of not 2024")
        ages = [age_on(born, rec["as_of"])]
        ids = set()
        systems = {}
        for note in rec["notes"]:
            if set(note) != REQ_NOTE:
                errs.append(f"{n}: note keys")
            ids.add(note["id"])
            systems[note["id"]] = note["system"]
            if note["system"] not in ("Melior", "PMO"):
                errs.append(f"{n}: system")
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                errs.append(f"{n}: VGR note not Melior")
            if not note["time"].startswith("2024-"):
                errs.append(f"{n}: time not 2024")
            if note["signed"] is not None:
                if not note["signed"].startswith("2024-"):
                    errs.append(f"{n}: signed not 2024")
                if note["signed"] < note["time"]:
                    errs.append(f"{n}: signed before time")
            if note["time"] > rec["as_of"]:
                errs.append(f"{n}: note after as_of")
            ages.append(age_on(born, note["time"]))
            if set(note["unit"]) != {"name", "hsa_id"} or set(note["author"]) != {"name", "role"}:
                errs.append(f"{n}: unit/author keys")
            for s in note["sections"]:
                if set(s) != {"keyword", "text"}:
                    errs.append(f"{n}: section keys")
                for sent in split_sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (n, note["id"], s["keyword"]):
                            errs.append(f"{n}: repeated sentence (also in {seen[sent][0]}): {sent}")
                        seen.setdefault(sent, (n, note["id"], s["keyword"]))
        for a in ages:
            if 13 <= a <= 15:
                errs.append(f"{n}: patient aged {a}")
        pairs = set()
        for lst in ("must", "must_not"):
            for code, tgt in c[lst]:
                if code not in ("NL101", "NL102"):
                    errs.append(f"{n}: unexpected code {code}")
                if tgt not in ids:
                    errs.append(f"{n}: target {tgt} missing")
                    continue
                if (code, tgt) in pairs:
                    errs.append(f"{n}: {code}/{tgt} asserted twice")
                pairs.add((code, tgt))
                if code == "NL102" and lst == "must" and systems[tgt] != "Melior":
                    errs.append(f"{n}: NL102 must on non-Melior")
                if code == "NL101" and systems[tgt] == "PMO":
                    errs.append(f"{n}: NL101 asserted on PMO")
        if not c["must"] and not c["must_not"]:
            errs.append(f"{n}: nothing asserted")
        if not c["why"].strip():
            errs.append(f"{n}: empty why")
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT}")
    for k in sorted(counts):
        print(f"  {k[0]} {k[1]}: {counts[k]}")
    print("  rulesets:", rs)
    sys.exit(0)


if __name__ == "__main__":
    main()
