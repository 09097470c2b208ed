#!/usr/bin/env python3
"""dev136: occupational health (företagshälsovård, arbets- och miljömedicin) cases for NL101/NL102.

Standard library only, deterministic. Writes cases.jsonl next to this file and exits 1
on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev136_cases.jsonl")

# --------------------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior
    "amm_lund": ("Arbets- och miljömedicin Syd, Skånes universitetssjukhus Lund", "SE2321000255-6412"),
    "yrkesderm_malmo": ("Yrkes- och miljödermatologi, Skånes universitetssjukhus Malmö", "SE2321000255-6530"),
    "horsel_hbg": ("Hörselmottagningen, Helsingborgs lasarett", "SE2321000255-4471"),
    "lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7023"),
    "lungavd_lund": ("Lungmedicinsk avdelning 8, Skånes universitetssjukhus Lund", "SE2321000255-7031"),
    "handkir_malmo": ("Handkirurgiska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5588"),
    "fhv_malmo": ("Företagshälsovården Region Skåne, Malmö", "SE2321000255-9104"),
    "fhv_krstd": ("Företagshälsovården Region Skåne, Kristianstad", "SE2321000255-9117"),
    "fhv_hbg": ("Företagshälsovården Region Skåne, Helsingborg", "SE2321000255-9125"),
    "neurofys_lund": ("Klinisk neurofysiologi, Skånes universitetssjukhus Lund", "SE2321000255-6877"),
    "psyk_hbg": ("Allmänpsykiatrisk mottagning Helsingborg", "SE2321000255-3316"),
    "med_ystad": ("Medicinmottagningen, Lasarettet i Ystad", "SE2321000255-2254"),
    "neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7619"),
    "inf_malmo": ("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5902"),
    "barn_malmo": ("Barn- och ungdomsmedicinska mottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-5120"),
    "rehab_orup": ("Rehabiliteringsmedicinska mottagningen, Orups rehabcentrum Höör", "SE2321000255-2867"),
    "onh_lund": ("Öron-, näs- och halsmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-7255"),
    "kard_krstd": ("Kardiologimottagningen, Centralsjukhuset Kristianstad", "SE2321000255-3740"),
    # Region Skåne, PMO (primary care)
    "vc_sorgenfri": ("Vårdcentralen Sorgenfri, Malmö", "SE2321000255-1843"),
    "vc_hassleholm": ("Vårdcentralen Hässleholm Norra", "SE2321000255-1290"),
    "vc_trelleborg": ("Vårdcentralen Trelleborg Söder", "SE2321000255-1377"),
    "vc_landskrona": ("Vårdcentralen Landskrona Centrum", "SE2321000255-1416"),
    # Västra Götalandsregionen, Melior
    "amm_gbg": ("Arbets- och miljömedicin, Sahlgrenska Universitetssjukhuset, Göteborg", "SE2321000131-E2214"),
    "ism": ("Institutet för stressmedicin, Göteborg", "SE2321000131-E4408"),
    "rh_gbg": ("Regionhälsan Företagshälsovård, Göteborg", "SE2321000131-E6021"),
    "rh_skovde": ("Regionhälsan Företagshälsovård, Skövde", "SE2321000131-E6035"),
    "rh_thn": ("Regionhälsan Företagshälsovård, Trollhättan", "SE2321000131-E6043"),
    "rh_boras": ("Regionhälsan Företagshälsovård, Borås", "SE2321000131-E6057"),
    "hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1187"),
    "horsel_sas": ("Hörsel- och balansmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-E3372"),
    "lung_nu": ("Lungmottagningen, NU-sjukvården Uddevalla", "SE2321000131-E5150"),
    "handkir_molndal": ("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "SE2321000131-E1290"),
    "neurofys_su": ("Klinisk neurofysiologi, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1333"),
    "lung_su": ("Lungmedicinmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1405"),
    "med_skas": ("Medicinmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-E7720"),
    "inf_ostra": ("Infektionsmottagningen, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E1516"),
    "hyperbar": ("Hyperbarmedicin, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1622"),
    "allergi_alingsas": ("Lung- och allergimottagningen, Alingsås lasarett", "SE2321000131-E8843"),
    "barn_dss": ("Barnmedicinmottagningen, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E1709"),
    "psyk_kungalv": ("Psykiatrimottagningen, Kungälvs sjukhus", "SE2321000131-E9061"),
    "onh_su": ("Öron-näsa-hals, Sahlgrenska Universitetssjukhuset", "SE2321000131-E1811"),
}
PMO_UNITS = {"vc_sorgenfri", "vc_hassleholm", "vc_trelleborg", "vc_landskrona"}

# --------------------------------------------------------------------------- helpers


def luhn_check(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial three digits -> 'YYYYMMDD-NNNC'."""
    y, m, d = birth.split("-")
    nine = y[2:] + m + d + serial
    return "%s%s%s-%s%d" % (y, m, d, serial, luhn_check(nine))


def plus_minutes(ts, minutes):
    t = _dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S")
    return (t + _dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S")


CASES = []
_serial = [100]


def N(nid, unit, template, author, role, time, sections, signed="auto", setting="öppenvård",
      system=None, refs=None):
    """One note. sections: list of (keyword, text)."""
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    if signed == "auto":
        signed = plus_minutes(time, 35 + (len(sections) * 7) % 50)
    name, hsa = UNITS[unit]
    return {
        "id": nid, "system": system, "template": template,
        "unit": {"name": name, "hsa_id": hsa},
        "author": {"name": author, "role": role},
        "time": time, "signed": signed, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": t} for k, t in sections],
    }


def C(case, ruleset, birth, sex, notes, must, must_not, why, as_of=None):
    _serial[0] += 7
    s = _serial[0] % 1000
    # 9th digit: odd for men, even for women
    s = (s // 10) * 10 + ((s % 10) | 1 if sex == "m" else (s % 10) & ~1)
    serial = "%03d" % s
    last = max(n["time"] for n in notes)
    if as_of is None:
        t = _dt.datetime.strptime(last, "%Y-%m-%dT%H:%M:%S") + _dt.timedelta(days=6)
        as_of = t.strftime("%Y-%m-%dT00:00:00")
    CASES.append({
        "case": case, "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial), "birth_date": birth, "protected_identity": False},
            "as_of": as_of,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
        "why": why,
    })


def one(case, ruleset, birth, sex, unit, template, author, role, time, sections, must, must_not,
        why, signed="auto", setting="öppenvård"):
    code_pairs = lambda xs: [(c, "n1") for c in xs]
    C(case, ruleset, birth, sex,
      [N("n1", unit, template, author, role, time, sections, signed=signed, setting=setting)],
      code_pairs(must), code_pairs(must_not), why)


# =========================================================================== CASES
# ---------------------------------------------------------------- NL102 positives

one("d136-amm-misstankt-isocyanatastma", "skane", "1979-04-11", "m", "amm_lund",
    "Läkaranteckning", "Henrik Olsson", "läkare", "2024-02-13T09:40:00",
    [("Anamnes", "Remitterad från företagshälsovården. Arbetar sedan 2016 som billackerare på "
      "en skadeverkstad i Eslöv, sprutlackerar med tvåkomponentslack (polyuretan) i box. "
      "Sedan i höstas hosta och pip i bröstet på kvällarna efter arbetsdagar, bättre under "
      "semesterveckorna i juli. Använder halvmask med kombinationsfilter, ej friskluftsmatad. "
      "Aldrig rökt. Ingen astma som barn."),
     ("Status", "AT gott. Lungor: vesikulärt andningsljud bilat, inga ronki vid besöket. "
      "Spirometri: FEV1 92 % av förväntat, reversibilitet 9 %. FeNO 41 ppb."),
     ("Bedömning", "Misstänkt yrkesastma orsakad av isocyanater i härdaren. "
      "Arbetsrelaterat mönster i anamnesen."),
     ("Planering", "Seriell PEF-registrering 4 veckor, 4 ggr/dag, både arbets- och lediga dagar. "
      "Isocyanatspecifikt IgE. Återbesök efter registreringen.")],
    ["NL102"], [], "Hedged occupational asthma ('Misstänkt yrkesastma') in a visible Bedömning of a Skåne Melior note.")

one("d136-horsel-forenlig-med-bullerskada", "vgr", "1968-09-02", "m", "horsel_sas",
    "Audionomanteckning", "Linnea Bergqvist", "audionom", "2024-03-05T13:15:00",
    [("Aktuellt", "Plåtslagare i 30 år, kommer på remiss från Regionhälsan efter avvikande screeningaudiogram."),
     ("Utredning", "Tonaudiogram: bilat symmetrisk diskantnedsättning med tydlig dipp vid 4 kHz "
      "och återhämtning vid 8 kHz. Talaudiometri: 92 % hö, 88 % vä."),
     ("Bedömning", "Audiogrammet är förenligt med bullerskada bilat.")],
    ["NL102"], [], "'förenligt med bullerskada' is a hedged diagnosis in a visible VGR Melior section.")

one("d136-havs-kan-ej-uteslutas", "skane", "1971-12-20", "m", "handkir_malmo",
    "Läkaranteckning", "Sofia Lindqvist", "läkare", "2024-01-17T10:05:00",
    [("Anamnes", "Gjutgodsputsare, slipmaskin och mutterdragare sedan 22 år. Vita fingrar "
      "(dig II–IV bilat) vid kyla sedan två vintrar, stickningar nattetid."),
     ("Status", "Sensibilitet 2PD 6 mm dig II–III hö, 5 mm vä. Allens test ua. Radialispuls palp bilat."),
     ("Bedömning", "Hand-arm-vibrationssyndrom kan ej uteslutas, både vaskulär och sensorineural komponent.")],
    ["NL102"], [], "'kan ej uteslutas' hedges HAVS in a visible Skåne Melior Bedömning.")

one("d136-ism-sannolikt-utmattningssyndrom", "vgr", "1983-06-27", "k", "ism",
    "Läkaranteckning", "Mikael Rydén", "läkare", "2024-02-22T14:30:00",
    [("Anamnes", "Förskollärare, sjukskriven 100 % sedan 3 veckor. Under ett år hög arbetsbelastning "
      "efter omorganisation, sover 4–5 h per natt, minnesluckor, gråter lätt, klarar inte "
      "att handla i affär pga ljud."),
     ("Status", "Psykiskt: orienterad, adekvat kontakt, lätt sänkt grundstämning, ej psykotisk. "
      "Suicidtankar förnekas. KEDS 31, MADRS-S 21."),
     ("Bedömning", "Sammantaget sannolikt utmattningssyndrom (F43.8A). Depressiv episod behöver "
      "fortsatt värderas då stämningsläget är sänkt.")],
    ["NL102"], [], "'sannolikt utmattningssyndrom' in a visible section of a VGR stress-medicine note.")

one("d136-yrkesderm-dd-kontaktekesm-typo", "skane", "1996-03-14", "k", "yrkesderm_malmo",
    "Läkaranteckning", "Anna Persson Wiklund", "läkare", "2024-04-09T08:50:00",
    [("Anamnes", "Frisör sedan 5 år, färgar och permanentar dagligen. Handeksem mellan fingrarna "
      "och på handryggarna sedan 1 år, bättre på semester."),
     ("Status", "Rodnad, fjällning och fissurer interdigitalt bilat, enstaka vesikler på dorsala fingrar."),
     ("Diagnos", "DD allergiskt kontaktekesm (PPD, persulfater) vs irritativt handeksem av våtarbete."),
     ("Åtgärd", "Lapptest med basserie och frisörserie bokas v. 17.")],
    ["NL102"], [], "Typo 'kontaktekesm' in a DD line; still a hedged differential diagnosis in a visible section.")

one("d136-kompositsten-silikos-fragetecken", "vgr", "1988-10-30", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-05-07T11:20:00",
    [("Anamnes", "Bänkskivemontör, kapar och slipar kompositsten (kvartshalt >90 %) sedan 2014, "
      "ofta torrkapning innan vattenkylning infördes 2021. Ansträngningsdyspné sedan ett halvår."),
     ("Status", "Lungor: fina krepitationer basalt bilat. SpO2 95 %."),
     ("Bedömning", "Silikos? Snabb progress talar i så fall för accelererad form."),
     ("Planering", "HRCT thorax, DLCO, full spirometri. Exponeringsanamnes kompletteras av yrkeshygieniker.")],
    ["NL102"], [], "Question-marked diagnosis ('Silikos?') in a visible VGR section.")

one("d136-lung-bild-som-vid-alveolit", "skane", "1962-07-08", "m", "lung_lund",
    "Läkaranteckning", "Jonas Frid", "läkare", "2024-03-19T15:00:00",
    [("Aktuellt", "Lantbrukare på Söderslätt, hanterar hö och halm till hästar. Feber och "
      "andfåddhet 4–8 h efter att ha utfodrat, upprepade episoder under vintern."),
     ("Utredning", "DT thorax: bilaterala centrilobulära matta förtätningar, mosaikmönster. "
      "Bild som vid hypersensitivitetspneumonit (allergisk alveolit). Precipitiner mot mögel skickade.")],
    ["NL102"], [], "'Bild som vid' hedges allergic alveolitis in a visible Utredning section.")

one("d136-regionhalsan-talar-for-irritativt-eksem", "vgr", "1990-01-23", "k", "rh_gbg",
    "Läkaranteckning", "Karin Sjöberg", "läkare", "2024-01-30T09:10:00",
    [("Aktuellt", "Undersköterska på kirurgavdelning, tvättar och spritar händerna 60–80 ggr/pass, "
      "handskar stora delar av dagen. Torra, spruckna händer sedan i höstas."),
     ("Bedömning", "Talar för irritativt kontakteksem orsakat av våtarbete."),
     ("Åtgärd", "Mjukgörande kräm mellan passen, bomullsunderhandskar. Kontakt med chef om rotation.")],
    ["NL102"], [], "'Talar för' + diagnosis in a visible occupational-health Bedömning.")

one("d136-fhv-inger-misstanke-karpaltunnel", "skane", "1975-11-02", "m", "fhv_krstd",
    "Läkaranteckning", "Per Mårtensson", "läkare", "2024-02-06T10:45:00",
    [("Anamnes", "Snickare, mycket arbete med spikpistol och slagborr. Domningar i tumme–långfinger "
      "bilat, vaknar nattetid och skakar händerna."),
     ("Status", "Phalens test pos bilat efter 30 s, Tinels tecken pos över carpaltunneln hö. "
      "Ingen thenaratrofi."),
     ("Bedömning", "Inger misstanke om karpaltunnelsyndrom bilat, hö > vä."),
     ("Åtgärd", "Remiss neurografi. Nattskena hö tills vidare.")],
    ["NL102"], [], "'Inger misstanke om' + carpal tunnel syndrome in a visible FHV note (Skåne Melior).")

one("d136-nattarbete-kan-rora-sig-om-somnapne", "vgr", "1970-05-16", "m", "rh_skovde",
    "Hälsokontroll", "Anders Nyström", "läkare", "2024-04-16T08:20:00",
    [("Aktuellt", "Hälsokontroll inför fortsatt nattarbete enligt AFS, processoperatör i treskift."),
     ("Anamnes", "Hustrun rapporterar kraftig snarkning och andningsuppehåll. Somnar vid rödljus. ESS 14."),
     ("Status", "BMI 33. BT 152/96. Halsomfång 45 cm. Cor: RR, inga bi- eller blåsljud."),
     ("Bedömning", "Kan röra sig om obstruktiv sömnapné. Olämpligt med truckkörning nattetid tills utrett."),
     ("Planering", "Remiss sömnregistrering. Blodtryck kontrolleras om 4 veckor.")],
    ["NL102"], [], "'Kan röra sig om obstruktiv sömnapné' at a night-work health check, visible Bedömning.")

one("d136-bagare-missankt-astma-typo-utkast", "skane", "1993-08-29", "k", "amm_lund",
    "Läkaranteckning", "Henrik Olsson", "läkare", "2024-05-14T13:35:00",
    [("Anamnes", "Bagare på industribageri i Malmö, siktar och doserar mjöl, nysningar och rinnande "
      "ögon från första timmen, sedan ett år även tryck över bröstet."),
     ("Bedömning", "Missänkt bagarastma, mjöl/alfa-amylas. Pricktest med vete, råg och enzym planeras.")],
    ["NL102"], [], "Typo 'Missänkt' still hedges baker's asthma in a visible section of an unsigned draft.",
    signed=None)

one("d136-fhv-trolgi-bullerskada-typo", "vgr", "1985-02-07", "m", "rh_thn",
    "Sjuksköterskeanteckning", "Maria Holm", "sjuksköterska", "2024-06-11T09:30:00",
    [("Aktuellt", "Hörselkontroll enligt AFS 2005:16, svetsare i tillverkningen."),
     ("Utredning", "Screeningaudiogram: dipp 35 dB vid 4 och 6 kHz vä, hö normalt. Skytt på fritiden."),
     ("Bedömning", "trolgi bullerskada vä öra, blandat arbete/skytte. Läkare informerad.")],
    ["NL102"], [], "Typo 'trolgi' is still a hedge on noise-induced hearing loss in a visible nurse note.")

one("d136-mojigt-raynaud-typo", "vgr", "1966-03-31", "m", "handkir_molndal",
    "Läkaranteckning", "Fredrik Lund", "läkare", "2024-02-28T14:10:00",
    [("Anamnes", "Skogsarbetare, motorsåg under 35 år, nu maskinförare sedan 2015. Vita fingertoppar vid "
      "kall vind, varar 10–20 min, sedan rodnad."),
     ("Bedömning", "Möjigt sekundärt Raynauds fenomen efter vibrationsexponering. Kylprovokation med "
      "fingerblodtryck beställd.")],
    ["NL102"], [], "Typo 'Möjigt' (möjligt) hedging secondary Raynaud's in a visible VGR section.")

one("d136-djurhus-oklart-om-yrkesrinit", "skane", "1991-09-19", "k", "lung_lund",
    "Mottagningsanteckning", "Sara Engström", "läkare", "2024-03-12T10:25:00",
    [("Aktuellt", "Forskningsingenjör, arbetar med råttor och möss i djurhus 3 dagar/v. Nysningar, "
      "rinnsnuva och klåda i ögonen inom 15 min efter att hon gått in i djurrummet."),
     ("Bedömning", "Oklart om det rör sig om yrkesrelaterad allergisk rinit mot råtta eller irritation av strö."),
     ("Åtgärd", "Pricktest och specifikt IgE råtta/mus. FFP3 i djurrummet i väntan på svar.")],
    ["NL102"], [], "'Oklart om det rör sig om' + occupational rhinitis in a visible section.")

one("d136-malare-misstanke-toxisk-encefalopati", "vgr", "1958-12-03", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-04-23T09:00:00",
    [("Anamnes", "Byggnadsmålare 1976–2010, lösningsmedelsbaserade färger och lacker inomhus, "
      "ofta utan ventilation på 70- och 80-talet. Tilltagande minnesproblem, koncentrationssvårigheter "
      "och trötthet; hustrun har märkt att han tappar tråden."),
     ("Bedömning", "Misstanke om kronisk toxisk encefalopati (lösningsmedelssyndrom)."),
     ("Planering", "Neuropsykologisk testning, MR hjärna, B12/folat och TSH. Återbesök med svar.")],
    ["NL102"], [], "'Misstanke om' solvent-induced encephalopathy in a visible VGR Bedömning.")

one("d136-ergonom-susp-epikondylalgi", "skane", "1987-06-04", "k", "fhv_malmo",
    "Ergonomanteckning", "Emma Lindgren", "ergonom", "2024-01-24T13:00:00",
    [("Anamnes", "Montör på förpackningslina, repetitiva grepp med skruvdragare ca 600 ggr/pass. "
      "Smärta lateralt hö armbåge sedan 6 v."),
     ("Status", "Palpömt över laterala epikondylen hö. Smärta vid resisterad dorsalflexion i handled och "
      "vid Cozens test. Greppstyrka 22 kg hö, 31 kg vä."),
     ("Bedömning", "Susp lateral epikondylalgi hö, överbelastning i arbetet."),
     ("Åtgärd", "Arbetsplatsbesök bokat, tyngre skruvdragare med momentarm föreslås. "
      "Excentrisk träning instruerad.")],
    ["NL102"], [], "'Susp' (no dot) before lateral epicondylalgia in a visible physiotherapist note.")

one("d136-ism-trol-samtidig-depression", "vgr", "1979-10-12", "k", "ism",
    "Läkaranteckning", "Mikael Rydén", "läkare", "2024-06-04T15:20:00",
    [("Aktuellt", "Uppföljning. Utmattningssyndrom fastställt i mars, sjukskriven 75 %."),
     ("Bedömning", "Senaste månaden tillkommit anhedoni och tidigt uppvaknande, MADRS-S 27. Trol. samtidig "
      "depressiv episod, medelsvår. Sertralin diskuteras.")],
    ["NL102"], [], "A confirmed burnout diagnosis plus 'Trol.' depressive episode; the hedged one fires.")

one("d136-vindkraft-ev-epoxiallergi", "skane", "1994-02-18", "m", "yrkesderm_malmo",
    "Läkaranteckning", "Anna Persson Wiklund", "läkare", "2024-05-28T09:15:00",
    [("Aktuellt", "Laminerar vindkraftsblad med epoxiharts, nitrilhandskar som byts sällan. Kliande "
      "eksem på handleder och i ansiktet sedan 2 mån, även ögonlock."),
     ("Bedömning", "Ev. kontaktallergi mot epoxiharts (luftburet mönster i ansiktet)."),
     ("Åtgärd", "Lapptest med epoxiserie och eget material från arbetsplatsen efter säkerhetsdatablad.")],
    ["NL102"], [], "'Ev.' directly before a diagnosis (contact allergy) is a hedged diagnosis, not a plan.")

one("d136-vgr-mall-tidiga-hyp-men-sokord-bedomning", "vgr", "1973-07-25", "m", "amm_gbg",
    "Tidiga hypoteser", "Johan Axelsson", "läkare", "2024-03-26T10:40:00",
    [("Bedömning", "Lackerare med tinnitus och diskantnedsättning trots måttlig bullerexponering. "
      "Misstänkt ototoxisk hörselskada av styren och toluen i kombination med buller.")],
    ["NL102"], [], "VGR filters by sökord, not template: a hedge under sökord Bedömning is visible even in a template named Tidiga hypoteser.")

one("d136-skane-sokord-tidiga-hyp-i-lakaranteckning", "skane", "1964-11-09", "m", "amm_lund",
    "Läkaranteckning", "Ingrid Malm", "läkare", "2024-02-20T14:00:00",
    [("Anamnes", "Tidigare varvsarbetare på Kockums 1982–1986, isolerade rör. Nu lätt ansträngningsdyspné."),
     ("Tidiga hypoteser", "Trolig asbestos med tanke på exponering och basala krepitationer."),
     ("Planering", "HRCT och lungfunktion med diffusionskapacitet.")],
    ["NL102"], [], "Skåne protects by template only; sökord 'Tidiga hypoteser' inside a Läkaranteckning is visible.")

one("d136-kranforare-lang-arbetsformaga-dd-arytmi", "skane", "1977-01-15", "m", "fhv_hbg",
    "Läkaranteckning", "Per Mårtensson", "läkare", "2024-03-07T08:30:00",
    [("Aktuellt", "Bedömning av arbetsförmåga på uppdrag av arbetsgivaren (hamnen i Helsingborg) efter "
      "två svimningsepisoder senaste månaden. Pat har gett samtycke till att arbetsgivaren får "
      "skriftligt besked om arbetsförmåga och eventuella begränsningar, men inte om diagnos."),
     ("Anamnes", "Portalkranförare sedan 12 år, arbetar på 35 meters höjd. Första episoden hemma i "
      "duschen, andra på personalrummet efter lunch, båda med kort förvarning i form av yrsel och "
      "svettning, medvetslös under ca 30 s enligt kollega, inga kramper, ingen urinavgång, snabbt "
      "återhämtad. Ingen bröstsmärta. Inga hjärtklappningar. Ingen hereditet för plötslig död. "
      "Snusar, ingen alkohol i veckorna. Inga läkemedel. Har under våren arbetat många extrapass "
      "pga personalbrist, ofta utan lunch, och druckit lite vätska under skiften i värmen uppe i "
      "hytten. Sover 6 h per natt. Inga tidigare svimningar förutom en gång som tonåring vid "
      "blodprovstagning. Pappan har pacemaker sedan 70 års ålder, i övrigt ingen känd hjärtsjukdom "
      "i släkten. Hustrun har sett den andra episoden och beskriver honom som blek och kallsvettig."),
     ("Status", "AT gott, orienterad. BT liggande 128/78, stående efter 3 min 104/70 med yrsel. Puls 64 "
      "regelbunden. Cor: RR, inga blåsljud. Neurologiskt: ua, inga fokala bortfall. "
      "EKG: sinusrytm 62/min, PQ 0,18 s, QRS smalt, QTc 430 ms, ingen preexcitation. "
      "Lab: Hb 148, Na 139, K 4,1, kreatinin 82, glukos 5,4, TSH 1,8."),
     ("Bedömning", "Trolig vasovagal synkope med ortostatisk komponent, DD arytmi. Med hänsyn till "
      "arbete på hög höjd kan pat inte köra kran innan arytmi är utesluten."),
     ("Åtgärd", "Remiss kardiologen för långtids-EKG och arbetsprov, ev. implanterbar loop-recorder. "
      "Intyg till arbetsgivaren: tillfälligt förbud mot arbete på höjd och med kran, kan arbeta "
      "på marknivå med administrativa uppgifter. Ingen diagnos anges i intyget."),
     ("Planering", "Återbesök när kardiologisvar finns, ny ställning till kranarbete då.")],
    ["NL102"], [], "Long fitness-for-duty note: 'Trolig vasovagal synkope, DD arytmi' in visible Bedömning.")

one("d136-tunnelarbetare-trolig-kol", "vgr", "1961-04-01", "m", "lung_su",
    "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-01-11T11:00:00",
    [("Anamnes", "Bergarbetare i tunnelprojekt sedan 1990, borrning och sprängning med kvartshaltigt damm. "
      "Rökt 20 paketår, slutade 2010."),
     ("Status", "Dynamisk spirometri efter bronkdilatation: FEV1/FVC 0,62, FEV1 71 % av förväntat."),
     ("Bedömning", "Trolig KOL, GOLD 2, där både rökning och yrkesexponering för damm bidrar.")],
    ["NL102"], [], "'Trolig KOL' in a visible VGR lung clinic note.")

one("d136-natt-ssk-sannolik-skiftarbetsstorning-typo", "skane", "1989-12-07", "k", "fhv_malmo",
    "Läkaranteckning", "Lotta Ek", "läkare", "2024-04-02T09:50:00",
    [("Aktuellt", "Sjuksköterska på IVA, roterande schema med 3–4 nätter i följd. Kan inte sova på "
      "dagen efter nattpass, insomningstid 2 h, somnat i bilen hem en gång."),
     ("Bedömning", "Sannolik sömnstörnig vid skiftarbete (G47.2). Bör undvika fler än två nätter i följd."),
     ("Åtgärd", "Rekommendation till arbetsgivaren om schema, utan diagnos, efter pat:s samtycke.")],
    ["NL102"], [], "'Sannolik' + shift-work sleep disorder (with the typo 'sömnstörnig') in a visible section.")

one("d136-vgr-hyp-lacker-fran-tidiga-till-bedomning", "vgr", "1981-05-21", "k", "lung_nu",
    "Läkaranteckning", "Gustav Wennberg", "läkare", "2024-05-02T13:45:00",
    [("Anamnes", "Arbetar på gjuteri med sandformning. Torrhosta och trötthet sedan vintern, ömma röda "
      "knölar på underbenen i mars."),
     ("Tidiga hypoteser", "Misstänkt sarkoidos, ev. beryllium-relaterad granulomatös sjukdom som DD."),
     ("Bedömning", "Bilat hilusförstoring på lungröntgen. Ev. sarkoidos, bronkoskopi med BAL planeras.")],
    ["NL102"], [], "Hypothesis kept under sökord Tidiga hypoteser but repeated ('Ev. sarkoidos') in the visible Bedömning.")

one("d136-telefon-trol-tiuramallergi-kort", "skane", "1998-07-30", "k", "yrkesderm_malmo",
    "Telefonanteckning", "Cecilia Nord", "sjuksköterska", "2024-06-18T10:12:00",
    [("Telefonkontakt", "Ringt pat, lapptest pos för tiurammix; trol. kontaktallergi mot gummihandskarna på jobbet, läkare bedömer vidare.")],
    ["NL102"], [], "One-line phone note with 'trol. kontaktallergi' in a visible section.")

one("d136-klorgas-epikris-rads-kan-inte-uteslutas", "skane", "1976-08-13", "m", "lungavd_lund",
    "Epikris", "Jonas Frid", "läkare", "2024-02-09T16:00:00",
    [("Epikris", "Inlagd 5/2 efter klorgasexponering vid fel i dosering på badhusets teknikrum. Initialt "
      "hosta, stridor och SpO2 88 %, behandlad med syrgas, inhalationer och betametason. "
      "Snabb förbättring, utskriven dag 4."),
     ("Bedömning", "Kvarstående ansträngningshosta. Reaktiv luftvägssjukdom (RADS) kan inte uteslutas "
      "efter den akuta inhalationsskadan."),
     ("Planering", "Metakolintest om 6 veckor. Arbetsskadeanmälan skrivs av arbetsgivaren.")],
    ["NL102"], [], "Discharge summary (slutenvård) with 'kan inte uteslutas' on RADS in a visible section.",
    setting="slutenvård")

one("d136-rehab-sannolkit-utmattning-typo", "skane", "1985-11-25", "k", "rehab_orup",
    "Psykologanteckning", "Tove Andersson", "psykolog", "2024-03-14T10:00:00",
    [("Bedömning", "Testresultat (RBANS, KEDS) och anamnes ger sammantaget bilden att det sannolkit rör "
      "sig om utmattningssyndrom, inte primärt en kognitiv sjukdom.")],
    ["NL102"], [], "Typo 'sannolkit' with 'rör sig om utmattningssyndrom' in a visible psychologist note.")

one("d136-neurofys-differentialdiagnos-radikulopati", "vgr", "1972-03-03", "m", "neurofys_su",
    "Utlåtande", "Karl Sundin", "läkare", "2024-04-30T11:30:00",
    [("Utredning", "Neurografi och EMG vä arm: lätt förlångsammad sensorisk ledning över handleden "
      "n. medianus, ulnaris ua. EMG: enstaka denerveringspotentialer i m. biceps och pronator teres."),
     ("Bedömning", "Lätt karpaltunnelsyndrom vä. Differentialdiagnos: cervikal radikulopati C6 vä, "
      "som kan förklara EMG-fynden proximalt.")],
    ["NL102"], [], "'Differentialdiagnos: cervikal radikulopati' is a hedged diagnosis in a visible statement.")

one("d136-platslagare-misstankt-lungcancer-informerad", "vgr", "1955-10-17", "m", "lung_su",
    "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-05-23T14:40:00",
    [("Aktuellt", "Plåtslagare och isolerare, asbestexponering 1972–1985. Följs för pleuraplack."),
     ("Utredning", "DT thorax: ny 22 mm spikulerad förändring i hö ovanlob."),
     ("Bedömning", "Misstänkt lungcancer. Pat informerad om fyndet och om misstanken vid dagens besök, "
      "standardiserat vårdförlopp startat.")],
    ["NL102"], ["NL101"], "Suspected lung cancer in a visible Bedömning (NL102); the patient was told today, so no NL101.")

one("d136-betong-mojlig-kromallergi-utkast", "vgr", "1990-04-14", "m", "hud_su",
    "Läkaranteckning", "Hanna Öberg", "läkare", "2024-06-20T09:05:00",
    [("Anamnes", "Betongarbetare, handeksem sedan 3 år, sämre under gjutningsperioder."),
     ("Bedömning", "Möjlig kontaktallergi mot kromat i cementen, lapptest bokas.")],
    ["NL102"], [], "'Möjlig kontaktallergi' in the visible Bedömning of an unsigned VGR draft.",
    signed=None)

# ---------------------------------------------------------------- NL102 negatives

one("d136-ingen-misstanke-yrkesastma-metakolin", "vgr", "1984-07-07", "k", "amm_gbg",
    "Läkaranteckning", "Johan Axelsson", "läkare", "2024-02-15T10:15:00",
    [("Utredning", "Metakolintest negativt, PD20 > 2 mg. PEF-kurvan utan arbetsrelaterad variation."),
     ("Bedömning", "Ingen misstanke om yrkesastma. Övre luftvägsirritation av städkemikalier, "
      "byte till parfymfria medel rekommenderas.")],
    [], ["NL102"], "'Ingen misstanke om yrkesastma' is a negated diagnosis.")

one("d136-havs-uteslutes-kylprovokation", "skane", "1969-09-21", "m", "handkir_malmo",
    "Läkaranteckning", "Sofia Lindqvist", "läkare", "2024-03-21T09:35:00",
    [("Utredning", "Kylprovokation med fingersystoliskt tryck: normalt fall, ingen vasospasm. "
      "Vibrationsperception vid 125 Hz inom referens."),
     ("Bedömning", "HAVS uteslutes. Stickningarna förklaras av lätt ulnarisirritation i armbågen.")],
    [], ["NL102"], "HAVS is ruled out ('uteslutes'); the remaining explanation is stated without hedge.")

one("d136-inga-tecken-silkos-typo", "vgr", "1975-02-26", "m", "lung_nu",
    "Läkaranteckning", "Gustav Wennberg", "läkare", "2024-01-29T13:20:00",
    [("Aktuellt", "Stenhuggare i Bohuslän, granit sedan 25 år, kontroll enligt föreskrifterna om kvarts."),
     ("Utredning", "Lungröntgen: inga tecken på silkos eller annan interstitiell lungsjukdom. Spirometri normal.")],
    [], ["NL102"], "Negated with a typo ('inga tecken på silkos'): no uncertain diagnosis.")

one("d136-horsel-talar-emot-bullerskada", "skane", "1967-05-05", "k", "horsel_hbg",
    "Audionomanteckning", "Josefin Ahl", "audionom", "2024-04-04T14:00:00",
    [("Utredning", "Tonaudiogram: lågfrekvent nedsättning 40 dB hö 250–1000 Hz, vä normalt. "
      "Tympanometri normal bilat."),
     ("Bedömning", "Kurvans form talar emot bullerskada trots bullrigt arbete i tryckeriet. "
      "Remiss till ÖNH-läkare för utredning av asymmetrin.")],
    [], ["NL102"], "'talar emot bullerskada' is a negative finding, not a hedged diagnosis.")

one("d136-akrylat-misstanken-avskrivs", "vgr", "1992-11-11", "k", "hud_su",
    "Läkaranteckning", "Hanna Öberg", "läkare", "2024-03-04T10:30:00",
    [("Utredning", "Lapptest med akrylatserie avläst D3 och D7: samtliga negativa."),
     ("Bedömning", "Misstanken om kontaktallergi mot akrylater (nagelterapeut) avskrivs. Eksemet bedöms "
      "som irritativt, nitrilhandskar byts oftare.")],
    [], ["NL102"], "Hard negative: 'Misstanken om kontaktallergi … avskrivs' is a withdrawn suspicion.")

one("d136-far-trolig-silikos-stenhuggare", "skane", "1980-12-12", "m", "amm_lund",
    "Läkaranteckning", "Ingrid Malm", "läkare", "2024-05-16T08:45:00",
    [("Anamnes", "Arbetar med restaurering av sandstensfasader. Fadern var stenhuggare i Kivik och "
      "hade trolig silikos, men utreddes aldrig. Själv inga luftvägsbesvär."),
     ("Status", "Lungor ua. Spirometri normal."),
     ("Bedömning", "Frisk. Lungröntgen vart tredje år enligt medicinsk kontroll, nästa 2027.")],
    [], ["NL102"], "The hedged silicosis is the father's, not the patient's.")

one("d136-kollegor-troligen-astma", "vgr", "1995-06-06", "m", "rh_boras",
    "Sjuksköterskeanteckning", "Maria Holm", "sjuksköterska", "2024-02-01T13:15:00",
    [("Aktuellt", "Kommer på eget initiativ, oroad då två kollegor på lackeringen troligen fått astma "
      "senaste året och en är sjukskriven."),
     ("Status", "Inga luftvägssymtom. Spirometri: FEV1 104 %, FVC 101 % av förväntat."),
     ("Åtgärd", "Informerat om skyddsutrustning. Meddelat skyddsombudet efter pat:s medgivande.")],
    [], ["NL102"], "The probable asthma belongs to colleagues, not to the patient.")

one("d136-horselkontroll-ev-remiss-audionom", "skane", "1999-01-09", "k", "fhv_krstd",
    "Sjuksköterskeanteckning", "Malin Strand", "sjuksköterska", "2024-06-05T10:40:00",
    [("Aktuellt", "Hörselkontroll, lagerarbetare på sågverket, bullerexponerad."),
     ("Utredning", "Audiogram inom normalgränser bilat, oförändrat mot 2022."),
     ("Planering", "Ev. remiss till audionom om försämring vid nästa kontroll om 3 år.")],
    [], ["NL102"], "'Ev. remiss' is a hedged plan; hearing is normal, no diagnosis at all.")

one("d136-ism-trolig-upptrappning-arbete", "vgr", "1976-08-19", "k", "ism",
    "Psykologanteckning", "Frida Wallin", "psykolog", "2024-04-25T13:00:00",
    [("Aktuellt", "Utmattningssyndrom sedan i höstas. Sover bättre, klarar promenader och läsning."),
     ("Planering", "Trolig upptrappning till 50 % från v. 20 efter avstämningsmöte med arbetsgivaren. "
      "Kognitiv beteendeterapi fortsätter varannan vecka.")],
    [], ["NL102"], "The hedge ('Trolig upptrappning') is on a return-to-work plan; the diagnosis is stated firmly.")

one("d136-om-pip-i-brostet-hor-av-dig", "skane", "1997-10-01", "m", "fhv_malmo",
    "Sjuksköterskeanteckning", "Malin Strand", "sjuksköterska", "2024-01-19T11:30:00",
    [("Aktuellt", "Medicinsk kontroll inför arbete med isocyanater, ny på lackeringen."),
     ("Status", "Inga luftvägsbesvär. Spirometri ua."),
     ("Planering", "Om pip i bröstet, hosta eller rinnsnuva efter arbetspassen, hör av dig så görs "
      "PEF-registrering. Ny kontroll om 1 år.")],
    [], ["NL102"], "Conditional instruction ('Om pip i bröstet …') without any diagnosis.")

one("d136-yrkesastma-verifierad-provokation", "vgr", "1978-03-18", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-05-30T10:50:00",
    [("Utredning", "Specifik bronkiell provokation mot hexametylendiisocyanat: sen reaktion med FEV1-fall 24 % efter 6 h."),
     ("Diagnos", "Yrkesastma, verifierad (J45.0)."),
     ("Bedömning", "Pat informerad om resultatet. Fortsatt isocyanatexponering avråds helt, omplacering "
      "diskuteras med arbetsgivaren efter pat:s samtycke.")],
    [], ["NL102"], "Confirmed diagnosis (verified by provocation), no hedge.")

one("d136-skane-mall-tidiga-hyp-alkohol-arbetsformaga", "skane", "1972-02-10", "m", "fhv_hbg",
    "Tidiga hypoteser", "Lotta Ek", "läkare", "2024-02-27T15:30:00",
    [("Bedömning", "PEth 0,62 µmol/l vid kontroll inför fortsatt arbete som truckförare. Misstänkt "
      "alkoholbrukssyndrom, pat förnekar hög konsumtion. Tas upp vid nästa samtal innan något meddelas arbetsgivaren.")],
    [], ["NL102"], "Skåne: the hedged diagnosis is only in a note whose template is Tidiga hypoteser (protected).")

one("d136-vgr-sokord-tidiga-hyp-losningsmedel", "vgr", "1960-06-22", "m", "amm_gbg",
    "Läkaranteckning", "Johan Axelsson", "läkare", "2024-06-13T09:20:00",
    [("Anamnes", "Serigrafitryckare 1980–2015, lösningsmedel dagligen. Glömsk, tappar ord, trött."),
     ("Status", "MMT 26/30. Neurologiskt ua."),
     ("Tidiga hypoteser", "Misstänkt lösningsmedelsinducerad kronisk toxisk encefalopati, DD tidig "
      "Alzheimers sjukdom."),
     ("Planering", "Neuropsykologisk utredning och MR hjärna beställda. Återbesök i augusti.")],
    [], ["NL102"], "VGR: both hedged diagnoses sit only under the protected sökord Tidiga hypoteser.")

one("d136-pmo-trolig-utmattning-sjukskrivning", "skane", "1986-09-09", "k", "vc_sorgenfri",
    "Läkarbesök", "Erik Bengtsson", "läkare", "2024-03-01T10:00:00",
    [("Anamnes", "Socialsekreterare, hög ärendebelastning. Sömnsvårigheter, hjärtklappning, glömmer "
      "möten, orkar inte med barnen efter jobbet."),
     ("Bedömning", "Trolig utmattningssyndrom. Sjukskrivs 100 % 4 veckor, kontakt med rehabkoordinator.")],
    [], ["NL102"], "PMO note: diagnoses are never shown, so a hedged burnout diagnosis is not NL102.")

one("d136-pmo-misstankt-kontaktallergi-remiss", "skane", "1991-12-30", "m", "vc_hassleholm",
    "Besök", "Sanna Nilsson", "läkare", "2024-04-18T14:20:00",
    [("Aktuellt", "Mekaniker, handeksem sedan ett år trots handskar."),
     ("Bedömning", "Misstänkt kontaktallergi. Remiss yrkes- och miljödermatologen för lapptest.")],
    [], ["NL102"], "Hedged contact allergy in a PMO primary-care note: never NL102.")

one("d136-misstankt-exponering-kvartsdamm", "vgr", "1994-05-15", "m", "rh_gbg",
    "Sjuksköterskeanteckning", "Petra Lindahl", "sjuksköterska", "2024-01-22T09:45:00",
    [("Aktuellt", "Medicinsk kontroll kvarts, betonghåltagare."),
     ("Bedömning", "Misstänkt exponering för respirabelt kvartsdamm över gränsvärdet vid torrkapning i trånga "
      "utrymmen. Inga besvär, lungröntgen utan anmärkning."),
     ("Åtgärd", "Yrkeshygienisk mätning beställd via arbetsgivaren, skyddsombud informerat.")],
    [], ["NL102"], "Hard negative: 'Misstänkt exponering' hedges an exposure, not a disease.")

one("d136-spirometri-trolig-hostartefakt", "skane", "2001-03-22", "k", "fhv_malmo",
    "Sjuksköterskeanteckning", "Malin Strand", "sjuksköterska", "2024-05-08T08:15:00",
    [("Utredning", "Spirometri inför arbete med härdplaster. Flödesvolymkurvan har trolig hostartefakt i "
      "början av utandningen, FEV1 kan därför vara underskattat."),
     ("Planering", "Ny mätning nästa vecka.")],
    [], ["NL102"], "'trolig hostartefakt' hedges a technical finding, not a disease.")

one("d136-ssk-telefon-aterbesok-fragetecken", "vgr", "1982-08-08", "k", "rh_thn",
    "Telefonanteckning", "Petra Lindahl", "sjuksköterska", "2024-06-07T15:10:00",
    [("Telefonkontakt", "Pat ringer om ny tid för nattarbetskontroll. Återbesök v. 26? Hon återkommer när schemat för sommaren är lagt.")],
    [], ["NL102"], "The question mark sits on a date, not on a diagnosis.")

one("d136-fragestallning-nattskift-diabetes-typ1", "skane", "1990-02-02", "m", "fhv_hbg",
    "Läkaranteckning", "Per Mårtensson", "läkare", "2024-02-14T13:30:00",
    [("Aktuellt", "Frågeställning från arbetsgivaren: kan pat fortsätta arbeta nattskift som väktare?"),
     ("Anamnes", "Diabetes typ 1 sedan 2004, insulinpump och CGM. Inga svåra hypoglykemier senaste året."),
     ("Bedömning", "Inga medicinska hinder för nattarbete. Arbetsgivaren får endast beskedet att "
      "nattarbete kan fortsätta, enligt pat:s önskemål.")],
    [], ["NL102"], "'Frågeställning' concerns work fitness; the only diagnosis (type 1 diabetes) is confirmed.")

one("d136-ingen-missanke-vibrationsskada-typo", "vgr", "1988-04-04", "m", "rh_skovde",
    "Läkaranteckning", "Anders Nyström", "läkare", "2024-03-13T10:00:00",
    [("Aktuellt", "Vibrationskontroll, bergsprängare, handhållen borrmaskin."),
     ("Status", "Sensibilitet, 2PD och Purdue pegboard normala. Inga vita fingrar."),
     ("Bedömning", "Ingen missanke om vibrationsskada. Ny kontroll om 3 år.")],
    [], ["NL102"], "Negation with typo ('Ingen missanke om') must not fire.")

one("d136-astma-avfardades-2019", "skane", "1985-07-19", "k", "lung_lund",
    "Mottagningsanteckning", "Sara Engström", "läkare", "2024-04-11T13:00:00",
    [("Anamnes", "Utreddes 2019 för misstänkt astma under tiden som städare, avfärdades efter "
      "normalt metakolintest. Nu lokalvårdare på sjukhus, hosta vid användning av klorspray."),
     ("Bedömning", "Slemhinneirritation av klor, ingen astma. Byt till skumförpackning och bättre ventilation.")],
    [], ["NL102"], "The earlier suspected asthma was dismissed ('avfärdades'); asthma is now denied.")

one("d136-audiogram-inte-forenligt-presbyacusis", "vgr", "1957-11-29", "m", "horsel_sas",
    "Audionomanteckning", "Linnea Bergqvist", "audionom", "2024-05-21T10:20:00",
    [("Utredning", "Tonaudiogram: sluttande diskantnedsättning bilat utan dipp, 8 kHz sämst."),
     ("Bedömning", "Audiogrammet är inte förenligt med bullerskada. Åldersrelaterad hörselnedsättning bilat."),
     ("Åtgärd", "Hörapparatutprovning erbjuds.")],
    [], ["NL102"], "'inte förenligt med bullerskada' negates the hedge; presbyacusis is stated firmly.")

one("d136-vibration-ev-morgonstelhet-symtom", "skane", "1979-06-30", "m", "fhv_krstd",
    "Sjuksköterskeanteckning", "Malin Strand", "sjuksköterska", "2024-02-19T09:00:00",
    [("Aktuellt", "Vibrationskontroll, asfaltsläggare med vibratorplatta."),
     ("Anamnes", "Ev. lätt stelhet i fingrarna på morgonen, pat osäker. Inga vita fingrar, inga domningar."),
     ("Planering", "Läkarbesök vid nästa kontroll om 1 år.")],
    [], ["NL102"], "'Ev.' hedges a symptom (morning stiffness), not a diagnosis.")

one("d136-hud-vid-forsamring-kontakta", "vgr", "1999-09-03", "k", "hud_su",
    "Sjuksköterskeanteckning", "Annika Fors", "sjuksköterska", "2024-04-08T14:45:00",
    [("Aktuellt", "Uppföljning irritativt handeksem hos vårdbiträde i hemtjänsten. Förbättrat."),
     ("Åtgärd", "Vid försämring av eksemet trots mjukgörande och bomullsunderhandskar: kontakta mottagningen via 1177.")],
    [], ["NL102"], "Confirmed eczema and a conditional 'Vid försämring' instruction; nothing is hedged.")

one("d136-epikondylit-trolig-arbetsanpassning", "skane", "1983-01-27", "k", "fhv_malmo",
    "Läkaranteckning", "Lotta Ek", "läkare", "2024-03-27T10:30:00",
    [("Aktuellt", "Lateral epikondylit hö, diagnostiserad i februari, kassabiträde i livsmedelsbutik."),
     ("Planering", "Trolig arbetsanpassning med höj- och sänkbar kassa och byte mellan kassa och "
      "varupåfyllning. Eventuellt kortisoninjektion om utebliven effekt.")],
    [], ["NL102"], "Hedges sit on work adjustment and a treatment option; the diagnosis itself is confirmed.")

one("d136-pmo-dd-astma-kol", "skane", "1964-10-10", "m", "vc_trelleborg",
    "Läkarbesök", "Karl-Johan Berg", "läkare", "2024-05-03T09:30:00",
    [("Aktuellt", "Svetsare, hosta och andfåddhet i trappor. Rökare 30 paketår."),
     ("Bedömning", "DD astma/KOL. Spirometri med reversibilitet bokas.")],
    [], ["NL102"], "A DD in a PMO note is never shown as a diagnosis, so no NL102.")

one("d136-barn-bly-ingen-blyforgiftning", "vgr", "2016-04-20", "m", "barn_dss",
    "Läkaranteckning", "Sofie Lundberg", "läkare", "2024-04-29T10:10:00",
    [("Anamnes", "8-årig pojke. Pappan renoverar gamla båtar i garaget och slipar blymönja, pojken "
      "har varit med. Föräldrarna oroliga."),
     ("Utredning", "B-bly 0,03 µmol/l, Hb 128. Ingen blyförgiftning."),
     ("Åtgärd", "Råd om städning och att barnet inte vistas i garaget vid slipning.")],
    [], ["NL102"], "Child (guardian reads): lead poisoning is negated, nothing hedged.")

one("d136-trotthet-troligen-skiftschemat", "vgr", "1993-12-19", "k", "rh_gbg",
    "Sjuksköterskeanteckning", "Petra Lindahl", "sjuksköterska", "2024-03-20T13:20:00",
    [("Aktuellt", "Hälsokontroll nattarbete, ambulanssjuksköterska."),
     ("Anamnes", "Trötthet efter nattpass, troligen kopplad till täta byten mellan dag och natt. "
      "Sover 7 h lediga dagar."),
     ("Status", "BT 118/74, Hb 134, TSH normalt."),
     ("Planering", "Tips om sömnhygien och ljusexponering. Ny kontroll om 1 år.")],
    [], ["NL102"], "The hedge ('troligen') concerns the cause of a symptom; no disease is hedged.")

# ---------------------------------------------------------------- NL101 positives

one("d136-hbg-bullerskada-ej-informerad", "skane", "1963-03-08", "m", "horsel_hbg",
    "Läkaranteckning", "Niklas Hedberg", "läkare", "2024-04-22T10:30:00",
    [("Aktuellt", "Remiss från företagshälsovården, gjutare med bullerexponering kring 95 dB(A) i 25 år."),
     ("Utredning", "Tonaudiogram: bilat diskantnedsättning 50–60 dB vid 3–6 kHz med återhämtning vid 8 kHz."),
     ("Diagnos", "Bullerskada bilat, måttlig (H83.3)."),
     ("Planering", "Pat ej informerad om resultatet, besked ges av läkare vid återbesök 3/5 tillsammans "
      "med genomgång av hörselskydd.")],
    ["NL101"], [], "Confirmed noise-induced hearing loss in a visible Diagnos while the patient is explicitly not informed.")

one("d136-vgr-yrkesastma-annu-inte-fatt-besked", "vgr", "1980-10-05", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-03-28T15:45:00",
    [("Utredning", "Specifik provokation mot MDI i exponeringskammare: FEV1-fall 28 % efter 4 h, kvarstående vid 8 h."),
     ("Bedömning", "Yrkesastma orsakad av difenylmetandiisocyanat (MDI)."),
     ("Planering", "Pat har ännu inte fått besked om diagnosen; informeras personligen på mottagningen "
      "nästa vecka tillsammans med företagsläkaren, eftersom frågan om fortsatt arbete måste tas samtidigt.")],
    ["NL101"], ["NL102"], "Verified occupational asthma written in a visible section; 'ännu inte fått besked' = not told.")

one("d136-lund-silikos-hrct-ej-underrattad", "skane", "1959-05-27", "m", "amm_lund",
    "Läkaranteckning", "Ingrid Malm", "läkare", "2024-03-15T13:10:00",
    [("Utredning", "HRCT thorax 12/3: multipla små rundade noduli i båda ovanloberna, förstorade "
      "hiluskörtlar med äggskalsförkalkning."),
     ("Diagnos", "Silikos (J62.8), stenhuggare 1978–2012."),
     ("Planering", "Pat ännu ej underrättad. Tid för genomgång av svaret bokas inom 2 veckor.")],
    ["NL101"], [], "Silicosis in a visible Diagnos with 'ännu ej underrättad'.")

one("d136-nu-pleuraplack-ej-berattat", "vgr", "1951-01-31", "m", "lung_nu",
    "Läkaranteckning", "Gustav Wennberg", "läkare", "2024-05-29T11:50:00",
    [("Utredning", "DT thorax: förkalkade pleuraplack bilat längs diafragma och laterala bröstväggen, "
      "lungparenkym utan fibros."),
     ("Bedömning", "Pleuraplack bilat, asbestrelaterade (varvsarbete på Uddevallavarvet)."),
     ("Planering", "Har ej berättat för pat ännu, tas vid besöket 4/6.")],
    ["NL101"], [], "Asbestos-related pleural plaques in visible Bedömning; the doctor has not told the patient yet.")

one("d136-havs-ska-ej-informeras-forran-utkast", "skane", "1968-08-01", "m", "handkir_malmo",
    "Läkaranteckning", "Sofia Lindqvist", "läkare", "2024-04-03T16:20:00",
    [("Bedömning", "Vibrationsskada i båda händerna, Stockholm Workshop-skala 2V/2SN, efter 28 år med "
      "slipmaskiner i gjuteri."),
     ("Planering", "Pat ska inte informeras förrän neurografin har gåtts igenom tillsammans med handkirurgen.")],
    ["NL101"], [], "Unsigned draft: HAVS diagnosis visible while 'ska inte informeras förrän' says the patient must not be told yet.",
    signed=None)

one("d136-ism-diagnos-satt-ej-kommunicerad", "vgr", "1984-02-29", "k", "ism",
    "Psykologanteckning", "Frida Wallin", "psykolog", "2024-05-15T16:00:00",
    [("Aktuellt", "Teamkonferens om pat, inget besök i dag."),
     ("Bedömning", "Diagnosen utmattningssyndrom (F43.8A) är satt av ansvarig läkare men ännu ej "
      "kommunicerad med pat. Läkaren tar det vid besöket på fredag.")],
    ["NL101"], [], "Burnout diagnosis set but 'ej kommunicerad med pat' in a visible psychologist note.")

one("d136-nattkontroll-bussforare-diabetes-ej-underrattad", "skane", "1971-06-18", "m", "fhv_malmo",
    "Hälsokontroll", "Lotta Ek", "läkare", "2024-01-26T14:05:00",
    [("Aktuellt", "Hälsokontroll inför nattarbete, bussförare i nattrafik Malmö–Lund."),
     ("Utredning", "fP-glukos 9,4 och 8,8 mmol/l vid två tillfällen, HbA1c 58 mmol/mol."),
     ("Bedömning", "Diabetes mellitus typ 2, nyupptäckt."),
     ("Planering", "Pat ej underrättad än, nås inte på telefon. Nytt försök i morgon. Inget besked till "
      "arbetsgivaren förrän pat informerats och samtyckt.")],
    ["NL101"], [], "New type 2 diabetes at a night-work check, visible, 'ej underrättad än'.")

one("d136-su-adenokarcinom-inte-informerad", "vgr", "1954-09-14", "m", "lung_su",
    "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-06-05T12:30:00",
    [("Aktuellt", "Tidigare varvsarbetare på Eriksberg, asbestexponerad 1970–1979."),
     ("Utredning", "PAD från EBUS station 7 och hö ovanlob: adenokarcinom, primärt i lunga, PD-L1 60 %."),
     ("Planering", "Patienten är inte informerad. Informationssamtal bokat 14/6 med kontaktsjuksköterska. "
      "Arbetsskadeanmälan tas upp vid samma samtal.")],
    ["NL101"], [], "Lung adenocarcinoma (PAD) in a visible section with 'Patienten är inte informerad'.")

one("d136-lapptest-mi-besked-ej-lamnat-utkast", "skane", "1988-11-23", "k", "yrkesderm_malmo",
    "Sjuksköterskeanteckning", "Cecilia Nord", "sjuksköterska", "2024-07-09T09:40:00",
    [("Utredning", "Lapptest avläst dag 7: kontaktallergi mot metylisotiazolinon +++ och kolofonium ++."),
     ("Åtgärd", "Besked till pat ej lämnat, hon är bortrest; läkaren ringer henne på måndag.")],
    ["NL101"], [], "Contact allergy result written in a visible nurse note (unsigned) while 'Besked till pat ej lämnat'.",
    signed=None)

one("d136-neurofys-kts-ej-informerd-typo", "vgr", "1976-12-24", "k", "neurofys_su",
    "Utlåtande", "Karl Sundin", "läkare", "2024-02-08T15:00:00",
    [("Bedömning", "Karpaltunnelsyndrom bilat, neurografiskt verifierat, måttligt hö och lätt vä."),
     ("Åtgärd", "Pat ej informerd om svaret, remittenten på Regionhälsan meddelas.")],
    ["NL101"], [], "Typo 'informerd': verified carpal tunnel syndrome visible while the patient is not informed.")

one("d136-bussforare-fokal-epilepsi-ej-informerad", "skane", "1982-04-16", "m", "neuro_lund",
    "Läkaranteckning", "Maja Kronqvist", "läkare", "2024-04-30T14:15:00",
    [("Utredning", "EEG: vänstersidig temporal epileptiform aktivitet. MR hjärna: hippocampusskleros vä."),
     ("Diagnos", "Fokal epilepsi (G40.1)."),
     ("Planering", "Pat har inte informerats om diagnosen ännu och inte heller om vad den innebär för "
      "körkortet (D-behörighet) och arbetet som bussförare. Besked vid besök 8/5.")],
    ["NL101"], [], "Epilepsy diagnosis visible while 'inte informerats om diagnosen ännu' (fitness-for-duty context).")

one("d136-skovde-hypertoni-vet-inte", "vgr", "1966-07-04", "m", "rh_skovde",
    "Läkaranteckning", "Anders Nyström", "läkare", "2024-03-06T08:40:00",
    [("Utredning", "24-timmars blodtryck: medel 158/99, nattligt medel 142/90."),
     ("Bedömning", "Hypertoni grad 2, bekräftad. Han vet inte om detta ännu; läkarsamtal bokas innan "
      "något sägs om fortsatt nattarbete.")],
    ["NL101"], [], "Confirmed hypertension visible while 'Han vet inte om detta ännu'.")

one("d136-amm-toxisk-encefalopati-ej-informerad-utkast", "skane", "1956-02-12", "m", "amm_lund",
    "Läkaranteckning", "Henrik Olsson", "läkare", "2024-06-12T11:10:00",
    [("Utredning", "Neuropsykologisk utredning visar nedsatt psykomotoriskt tempo, uppmärksamhet och episodiskt minne."),
     ("Bedömning", "Kronisk toxisk encefalopati typ 2B efter lösningsmedelsexponering som båtbyggare (polyester, styren)."),
     ("Planering", "Pat ej informerad, diagnosen tas upp vid läkarsamtal med hustrun närvarande 20/6.")],
    ["NL101"], [], "Unsigned draft: solvent encephalopathy in visible Bedömning with 'Pat ej informerad'.",
    signed=None)

C("d136-svampodlarlunga-n1-ej-n2-informerad", "skane", "1987-03-03", "k",
  [N("n1", "lung_lund", "Läkaranteckning", "Jonas Frid", "läkare", "2024-03-04T13:30:00",
     [("Utredning", "BAL: lymfocytos 48 %, CD4/CD8 0,9. Precipitiner mot champinjonsporer positiva."),
      ("Bedömning", "Svampodlarlunga (hypersensitivitetspneumonit) hos champinjonodlare, verifierad."),
      ("Planering", "Pat ännu inte informerad, hon är på resa; ringer när hon kommit hem.")]),
   N("n2", "lung_lund", "Telefonanteckning", "Jonas Frid", "läkare", "2024-03-11T10:05:00",
     [("Telefonkontakt", "Samtal med pat: informerad om diagnosen svampodlarlunga och att fortsatt arbete "
       "i odlingshallarna inte är lämpligt. Hon förstår och vill ha intyg till arbetsgivaren.")])],
  [("NL101", "n1")], [("NL101", "n2")],
  "The first note shows the verified diagnosis while the patient is not told (NL101); the later phone note tells her.")

one("d136-stickskada-hepatit-c-ej-informerad", "skane", "1990-05-09", "k", "inf_malmo",
    "Läkaranteckning", "Oskar Wahlström", "läkare", "2024-04-16T09:25:00",
    [("Aktuellt", "Uppföljning efter stickskada 12/2, undersköterska på dialysavdelningen."),
     ("Utredning", "HCV-RNA positivt 15/4, anti-HCV serokonverterat sedan baslinjeprovet."),
     ("Bedömning", "Akut hepatit C-infektion efter stickskada i arbetet."),
     ("Planering", "Pat ännu ej informerad om provsvaret; bokad till infektionsläkare i morgon förmiddag.")],
    ["NL101"], [], "Occupational hepatitis C after needlestick, visible, patient not yet informed.")

one("d136-latent-tuberklos-typo-ej-besked", "vgr", "1994-10-22", "k", "inf_ostra",
    "Sjuksköterskeanteckning", "Annika Fors", "sjuksköterska", "2024-02-12T11:35:00",
    [("Aktuellt", "Screening inför anställning som sjuksköterska, inflyttad från Filippinerna 2023."),
     ("Utredning", "IGRA positiv, lungröntgen utan anmärkning. Latent tuberklos."),
     ("Åtgärd", "Har ej fått besked än, läkare ringer henne.")],
    ["NL101"], [], "Typo 'tuberklos': latent TB diagnosis visible while 'Har ej fått besked än'.")

one("d136-alingsas-rinokonjunktivit-mus-ej-informerats", "vgr", "1992-08-17", "k", "allergi_alingsas",
    "Läkaranteckning", "Viktor Ahlgren", "läkare", "2024-05-06T13:50:00",
    [("Utredning", "Pricktest mus 6 mm, råtta negativt. Specifikt IgE mus 6,2 kU/l."),
     ("Bedömning", "Yrkesrelaterad allergisk rinokonjunktivit mot mus, verifierad."),
     ("Planering", "Hon har inte informerats ännu, eftersom besked och åtgärder på arbetsplatsen ska tas "
      "samtidigt vid besöket 13/5.")],
    ["NL101"], [], "Verified occupational rhinoconjunctivitis visible; 'inte informerats ännu'.")

one("d136-yrkesdykare-pfo-lang-ej-underrattad", "vgr", "1986-06-10", "m", "hyperbar",
    "Läkaranteckning", "Tobias Lindeberg", "läkare", "2024-05-31T14:20:00",
    [("Aktuellt", "Bedömning av dykduglighet för yrkesdykare (ytförsörjd kommersiell dykning) efter två "
      "episoder med hudmarmorering och yrsel efter dyk utan dekompressionsfel enligt dykdatorn, senast "
      "i mars vid arbete på kajen i Lysekil."),
     ("Anamnes", "Yrkesdykare sedan 2011, arbetar på 10–30 meters djup med svetsning och inspektion. "
      "Första episoden 2023 efter ett 25-metersdyk: marmorerad hud över bålen och yrsel, behandlad i "
      "tryckkammare enligt tabell 6 med full regress. Andra episoden i mars: yrsel, illamående och "
      "domning i vänster hand 20 min efter uppstigning, åter tryckkammarbehandling, inga restsymtom. "
      "Inga kända hjärtsjukdomar, ingen migrän med aura. Röker inte. Motionerar regelbundet."),
     ("Status", "AT gott. Cor: RR, inga blåsljud. BT 126/80. Lungor: ua. Neurologstatus ua, Romberg och "
      "skärpt Romberg normala. Trumhinnor ua, kan tryckutjämna. Spirometri normal."),
     ("Utredning", "Transesofageal ekokardiografi med bubbeltest och Valsalva: rikligt med bubblor i "
      "vänster förmak inom tre hjärtslag. Persisterande foramen ovale (PFO) med höger-vänster-shunt."),
     ("Bedömning", "PFO med höger-vänster-shunt är en känd riskfaktor för dekompressionssjuka och stämmer "
      "med förloppet. Dykduglighet kan inte intygas i nuläget."),
     ("Planering", "Pat är inte underrättad om fyndet; han ringde i går men nåddes inte. Besked ges av "
      "undertecknad vid besök 12/6, då även PFO-slutning och dykföretagets krav diskuteras. Till "
      "arbetsgivaren lämnas inget besked före samtalet med pat.")],
    ["NL101"], [], "Long diving-fitness chart: PFO diagnosis visible while 'Pat är inte underrättad om fyndet'.")

one("d136-kungalv-depression-ej-delgivits", "vgr", "1991-11-06", "k", "psyk_kungalv",
    "Läkaranteckning", "Amira Haddad", "läkare", "2024-01-16T16:10:00",
    [("Aktuellt", "Akutbesök, undersköterska i hemtjänsten, sjukskriven via FHV sedan 2 v."),
     ("Bedömning", "Egentlig depression, medelsvår episod (F32.1), MADRS 28. Ingen akut suicidrisk."),
     ("Planering", "Diagnosen har inte delgivits pat ännu, hon kom i kris och samtalet fokuserade på "
      "säkerhet och sömn. Tas vid återbesöket om en vecka.")],
    ["NL101"], [], "Depression diagnosis visible while 'har inte delgivits pat ännu'.")

one("d136-mesoteliom-far-inte-besked-fore-samtal", "vgr", "1949-04-28", "m", "lung_su",
    "Läkaranteckning", "Ulrika Dahl", "läkare", "2024-05-17T15:55:00",
    [("Utredning", "PAD pleurabiopsi (VATS 10/5): malignt mesoteliom, epiteloid typ."),
     ("Planering", "Ej informerad ännu. Pat får inte besked via 1177 före läkarsamtalet 22/5, anhöriga "
      "kan delta om han vill. Arbetsskadeanmälan (asbest, elektriker 1965–1990) förbereds.")],
    ["NL101"], [], "Mesothelioma visible in the note while it says he is not informed and must not get the news before the talk.")

one("d136-molndal-vita-fingrar-ej-underattad-typo", "vgr", "1964-09-09", "m", "handkir_molndal",
    "Läkaranteckning", "Fredrik Lund", "läkare", "2024-03-22T10:00:00",
    [("Utredning", "Kylprovokation: fingersystoliskt tryck faller till 0 % i dig III–IV bilat vid 10 °C."),
     ("Diagnos", "Vibrationsinducerade vita fingrar (sekundärt Raynauds fenomen), Stockholm Workshop 3V."),
     ("Planering", "Pat ej underättad. Kallas till återbesök.")],
    ["NL101"], [], "Typo 'underättad': vibration white finger diagnosis visible while the patient is not informed.")

one("d136-sarkoidos-ovetende-typo", "skane", "1983-07-21", "m", "lung_lund",
    "Läkaranteckning", "Sara Engström", "läkare", "2024-06-19T14:45:00",
    [("Aktuellt", "Brandman, utredd för hilusförstoring upptäckt vid periodisk rökdykarkontroll."),
     ("Utredning", "EBUS: icke-nekrotiserande granulom i station 4R och 7, odling negativ."),
     ("Bedömning", "Sarkoidos stadium I. Pat är fortfarande ovetende om detta, nås inte under passen.")],
    ["NL101"], [], "Typo 'ovetende' (ovetande): sarcoidosis visible while the patient does not know.")

one("d136-boras-ssk-inte-fatt-veta-astma", "vgr", "1989-01-12", "m", "rh_boras",
    "Sjuksköterskeanteckning", "Maria Holm", "sjuksköterska", "2024-04-10T09:20:00",
    [("Aktuellt", "Svar från lungmottagningen: astma bekräftad, reversibilitet 18 %, försämring på "
      "arbetet på plastfabriken."),
     ("Åtgärd", "Han har ännu inte fått veta att det är astma, företagsläkaren vill ta det vid mötet på tisdag.")],
    ["NL101"], [], "Lay phrasing 'inte fått veta att det är astma' with the confirmed diagnosis visible.")

one("d136-sas-bullerinducerad-informeras-forst-utkast", "vgr", "1970-12-01", "m", "horsel_sas",
    "Audionomanteckning", "Linnea Bergqvist", "audionom", "2024-04-24T13:40:00",
    [("Utredning", "Bullerinducerad hörselnedsättning bilat, grad 2 enligt Klockhoff."),
     ("Planering", "Pat har inte fått veta resultatet; informeras först vid återbesöket 30/4, inte per telefon.")],
    ["NL101"], [], "Unsigned audiologist draft: hearing-loss diagnosis visible, patient not told until the return visit.",
    signed=None)

one("d136-batteriatervinning-blyforgiftning-ej-meddelad", "vgr", "1978-02-14", "m", "amm_gbg",
    "Läkaranteckning", "Johan Axelsson", "läkare", "2024-02-23T11:15:00",
    [("Utredning", "B-bly 2,4 µmol/l, Hb 121, ALAD-hämning."),
     ("Bedömning", "Blyförgiftning (T56.0) hos batteriåtervinnare."),
     ("Planering", "Pat ännu ej meddelad; inte heller arbetsgivaren, som informeras först efter pat:s samtycke.")],
    ["NL101"], [], "Lead poisoning visible; neither the patient nor the employer told. The patient part triggers NL101.")

one("d136-screening-kronisk-hepatit-b-ej-underrattad", "skane", "1997-03-30", "m", "inf_malmo",
    "Läkaranteckning", "Oskar Wahlström", "läkare", "2024-05-20T10:35:00",
    [("Aktuellt", "Screening inför arbete som tandsköterska, pat från Vietnam."),
     ("Utredning", "HBsAg positivt, HBeAg negativt, HBV-DNA 900 IU/ml, ALAT normalt."),
     ("Bedömning", "Kronisk hepatit B, inaktiv bärare."),
     ("Planering", "Pat är inte underrättad om resultatet; tolk bokas till besöket 3/6.")],
    ["NL101"], [], "Chronic hepatitis B at pre-employment screening; 'inte underrättad om resultatet'.")

# ---------------------------------------------------------------- NL101 negatives

one("d136-fhv-utmattning-chefen-ej-informerad", "skane", "1980-04-03", "k", "fhv_malmo",
    "Läkaranteckning", "Lotta Ek", "läkare", "2024-02-29T13:40:00",
    [("Aktuellt", "Utmattningssyndrom, pat informerad om diagnosen vid förra besöket."),
     ("Bedömning", "Hon vill inte att chefen känner till diagnosen. Arbetsgivaren ej informerad om "
      "diagnos, endast om arbetsförmåga 50 % och behov av lugn arbetsmiljö.")],
    [], ["NL101"], "Only the employer is not told; the patient knows her diagnosis.")

one("d136-afa-forsakring-ej-del", "vgr", "1974-06-26", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-04-12T14:25:00",
    [("Bedömning", "Yrkesastma orsakad av isocyanater, känd för pat sedan februari."),
     ("Åtgärd", "AFA Försäkring har inte fått del av journalen; pat avvaktar med samtycke tills facket "
      "gått igenom ansökan.")],
    [], ["NL101"], "The insurer has not received the information; the patient has known since February.")

one("d136-bullerskada-inforemerad-idag-typo", "skane", "1961-10-19", "m", "horsel_hbg",
    "Läkaranteckning", "Niklas Hedberg", "läkare", "2024-05-13T09:50:00",
    [("Diagnos", "Bullerskada bilat, lätt till måttlig."),
     ("Bedömning", "Pat inforemerad idag om resultatet och om vikten av att hörselskydden används hela passet.")],
    [], ["NL101"], "Typo 'inforemerad': the patient was told today, so no NL101.")

one("d136-nu-silikos-kand-sedan-2022", "vgr", "1958-08-06", "m", "lung_nu",
    "Läkaranteckning", "Gustav Wennberg", "läkare", "2024-03-25T10:30:00",
    [("Aktuellt", "Årlig kontroll. Silikos, känd sedan 2022; pat informerades vid diagnostillfället."),
     ("Status", "SpO2 96 %. Lungor: ua. Spirometri oförändrad mot i fjol."),
     ("Planering", "Ny kontroll om ett år.")],
    [], ["NL101"], "The patient was told earlier (at diagnosis in 2022).")

one("d136-kts-ej-informerad-om-operationstid-utkast", "skane", "1977-09-28", "k", "handkir_malmo",
    "Läkaranteckning", "Sofia Lindqvist", "läkare", "2024-05-06T11:45:00",
    [("Bedömning", "Karpaltunnelsyndrom hö, neurografiskt verifierat; operation beslutad i samråd med pat i dag."),
     ("Planering", "Pat ej informerad om operationstid ännu, kallelse skickas när tid finns.")],
    [], ["NL101"], "What is not yet told is the operation date, not the diagnosis (decided together with her).",
    signed=None)

one("d136-epikondylit-remiss-ej-besked", "vgr", "1981-02-20", "m", "rh_gbg",
    "Läkaranteckning", "Karin Sjöberg", "läkare", "2024-06-14T08:55:00",
    [("Bedömning", "Lateral epikondylit vä, genomgånget med pat vid besöket i maj."),
     ("Åtgärd", "Pat har inte fått besked om att remissen till ortopeden nu är skickad.")],
    [], ["NL101"], "The untold thing is that a referral was sent; the diagnosis was discussed with him.")

one("d136-lund-normala-svar-ej-meddelade-utkast", "skane", "1995-12-05", "k", "amm_lund",
    "Läkaranteckning", "Ingrid Malm", "läkare", "2024-02-05T15:15:00",
    [("Utredning", "Spirometri, FeNO 14 ppb och metakolintest normala."),
     ("Planering", "Pat ej informerad om de normala svaren ännu, brev skickas i veckan.")],
    [], ["NL101"], "Untold results are normal; there is no diagnosis in the note.",
    signed=None)

one("d136-bullermatning-ej-meddelad", "vgr", "1990-07-13", "m", "rh_thn",
    "Sjuksköterskeanteckning", "Petra Lindahl", "sjuksköterska", "2024-01-31T10:25:00",
    [("Utredning", "Bullermätning vid pressen: LEX,8h 92 dB(A). Audiogram normalt bilat."),
     ("Åtgärd", "Pat ej informerad om mätresultatet, det går via skyddsombudet till alla på avdelningen.")],
    [], ["NL101"], "The untold item is a workplace noise measurement, not a diagnosis.")

one("d136-skane-mall-tidiga-hyp-lungcancer-ej-informerad", "skane", "1957-03-16", "m", "lung_lund",
    "Tidiga hypoteser", "Jonas Frid", "läkare", "2024-04-19T16:30:00",
    [("Bedömning", "Rundhärd 18 mm hö ovanlob hos f.d. asbestexponerad rörisolerare, misstänkt lungcancer. "
      "Pat ej informerad om misstanken innan PET-DT är klar.")],
    [], ["NL101", "NL102"], "Skåne: untold suspicion kept only in a note whose template is Tidiga hypoteser.")

one("d136-vgr-sokord-tidiga-hyp-beryllios-ej-informerad", "vgr", "1969-11-15", "m", "amm_gbg",
    "Läkaranteckning", "Johan Axelsson", "läkare", "2024-05-24T09:30:00",
    [("Aktuellt", "Arbetar med legeringar i flygmotortillverkning. Torrhosta sedan ett år."),
     ("Status", "Lungor: ua. SpO2 97 %."),
     ("Tidiga hypoteser", "Misstänkt kronisk berylliumsjukdom. Pat ej informerad om misstanken förrän "
      "lymfocytproliferationstestet är klart."),
     ("Planering", "Beryllium-LPT och HRCT beställda. Återbesök om 6 veckor.")],
    [], ["NL101", "NL102"], "VGR: the untold hypothesis is only under the protected sökord Tidiga hypoteser.")

one("d136-pleuraplack-hustrun-vet-inte", "skane", "1950-05-24", "m", "amm_lund",
    "Läkaranteckning", "Henrik Olsson", "läkare", "2024-06-03T10:20:00",
    [("Bedömning", "Pleuraplack bilat efter asbestexponering på Kockums. Ingen lungfibros."),
     ("Åtgärd", "Pat informerad i dag. Han vill själv berätta för hustrun, som ännu inte vet något.")],
    [], ["NL101"], "The patient is told; only the wife does not know.")

one("d136-skovde-handeksem-inget-om-information-utkast", "vgr", "1998-02-08", "k", "rh_skovde",
    "Läkaranteckning", "Anders Nyström", "läkare", "2024-02-26T14:00:00",
    [("Aktuellt", "Köksbiträde i skolkök, diskar och hanterar rå grönsaker."),
     ("Bedömning", "Irritativt handeksem, arbetsrelaterat."),
     ("Åtgärd", "Handskar med bomullsfoder, mjukgörande. Uppföljning om 6 v.")],
    [], ["NL101", "NL102"], "Unsigned draft: a confirmed diagnosis with nothing said about telling the patient.",
    signed=None)

one("d136-ingen-silikos-ej-informerad-lugnande", "vgr", "1972-10-28", "m", "amm_gbg",
    "Läkaranteckning", "Elin Håkansson", "läkare", "2024-03-11T11:40:00",
    [("Utredning", "HRCT thorax: ingen silikos, inga noduli, inga förstorade lymfkörtlar."),
     ("Planering", "Pat ej informerad om det lugnande beskedet ännu, ringer i eftermiddag.")],
    [], ["NL101", "NL102"], "The untold result is a negative one ('ingen silikos'); no diagnosis stands.")

one("d136-adhd-chefen-kanner-inte-till", "skane", "1992-09-01", "m", "fhv_hbg",
    "Psykologanteckning", "Tove Andersson", "psykolog", "2024-04-15T13:30:00",
    [("Aktuellt", "ADHD diagnostiserad 2018, pat väl förtrogen med sin diagnos och medicinerar."),
     ("Åtgärd", "Chefen känner inte till diagnosen och den ska inte nämnas vid arbetsanpassningsmötet. "
      "Vi talar om behov av struktur och skriftliga instruktioner i stället.")],
    [], ["NL101"], "Employer not told at the patient's wish; the patient knows his ADHD.")

one("d136-ostra-ringt-meddelat-latent-tb", "vgr", "1996-05-02", "k", "inf_ostra",
    "Telefonanteckning", "Annika Fors", "sjuksköterska", "2024-02-19T14:50:00",
    [("Telefonkontakt", "Ringt pat och meddelat provsvaret: latent tuberkulos. Infektionsläkare kallar för behandlingsstart.")],
    [], ["NL101"], "Diagnosis told by phone; nothing is withheld.")

C("d136-encefalopati-tidiga-hyp-sedan-informerad", "skane", "1955-12-09", "m",
  [N("n1", "amm_lund", "Tidiga hypoteser", "Ingrid Malm", "läkare", "2024-02-07T11:00:00",
     [("Bedömning", "Misstänkt kronisk toxisk encefalopati hos f.d. golvläggare (lim med lösningsmedel). "
       "Pat ej informerad innan neuropsykologen är klar.")]),
   N("n2", "amm_lund", "Läkaranteckning", "Ingrid Malm", "läkare", "2024-04-17T10:40:00",
     [("Diagnos", "Kronisk toxisk encefalopati typ 2A."),
      ("Bedömning", "Pat informerad i dag om diagnosen och om möjligheten till arbetsskadeanmälan.")])],
  [], [("NL101", "n1"), ("NL102", "n1"), ("NL101", "n2")],
  "Untold hypothesis first kept in a Tidiga hypoteser template; the later visible note tells the patient.")

one("d136-privat-sjukvardsforsakring-ej-informeras", "skane", "1986-01-14", "k", "psyk_hbg",
    "Läkaranteckning", "Amanda Rosén", "läkare", "2024-03-18T15:30:00",
    [("Bedömning", "Utmattningssyndrom. Pat informerad om diagnosen och om förväntat förlopp."),
     ("Åtgärd", "Hon vill inte att den privata sjukvårdsförsäkringen via arbetsgivaren informeras ännu; "
      "inga handlingar skickas dit.")],
    [], ["NL101"], "The private insurer is kept out; the patient herself is informed.")

one("d136-hypotyreos-provsvar-ej-meddelade", "vgr", "1975-09-25", "k", "rh_gbg",
    "Sjuksköterskeanteckning", "Petra Lindahl", "sjuksköterska", "2024-05-27T11:05:00",
    [("Anamnes", "Känd hypotyreos sedan 2015, Levaxin 100 µg."),
     ("Utredning", "Lab vid nattarbetskontroll: Hb, glukos, lipider och TSH inom referens."),
     ("Planering", "Pat ännu ej meddelad provsvaren, svar skickas via 1177.")],
    [], ["NL101"], "Normal lab results are untold; the only diagnosis is long known to her.")

one("d136-kromallergi-skriftligt-besked", "vgr", "1985-03-11", "m", "hud_su",
    "Läkaranteckning", "Hanna Öberg", "läkare", "2024-06-24T10:45:00",
    [("Utredning", "Lapptest: kaliumdikromat ++ D3 och D7, övriga basserien negativ."),
     ("Bedömning", "Kontaktallergi mot krom, arbetsrelaterad (cement, läderhandskar)."),
     ("Åtgärd", "Pat har fått skriftligt besked med lista över kromhaltiga produkter och råd inför "
      "fortsatt betongarbete.")],
    [], ["NL101"], "The diagnosis is given to the patient in writing.")

one("d136-havs-ej-informerad-om-arbetsskadeanmalan", "skane", "1960-11-30", "m", "fhv_krstd",
    "Läkaranteckning", "Per Mårtensson", "läkare", "2024-01-23T10:15:00",
    [("Aktuellt", "Hand-arm-vibrationssyndrom, känt sedan 2021, stenläggare."),
     ("Planering", "Pat ännu inte informerad om möjligheten att anmäla arbetsskada och söka ersättning "
      "från AFA; tas vid nästa besök.")],
    [], ["NL101"], "What is not told is the insurance option, not the long-known diagnosis.")

one("d136-epilepsi-arbetskamraterna-vet-inte-utkast", "vgr", "1987-08-22", "m", "rh_thn",
    "Läkaranteckning", "Karin Sjöberg", "läkare", "2024-05-09T09:15:00",
    [("Anamnes", "Epilepsi sedan tonåren, anfallsfri 6 år på lamotrigin."),
     ("Bedömning", "Arbetskamraterna vet inte om hans epilepsi och han önskar att det förblir så. "
      "Inga hinder för arbetet som lagerarbetare, ej truck.")],
    [], ["NL101"], "Only colleagues do not know; the patient has lived with epilepsy since his teens.",
    signed=None)

one("d136-ism-gruppbehandling-ej-informerad", "vgr", "1982-04-09", "k", "ism",
    "Sjuksköterskeanteckning", "Louise Karlberg", "sjuksköterska", "2024-06-10T13:25:00",
    [("Aktuellt", "Utmattningssyndrom, diagnosen kommunicerad vid förra läkarbesöket."),
     ("Planering", "Pat ej informerad om startdatum för gruppbehandlingen ännu, det blir troligen i augusti.")],
    [], ["NL101"], "Untold item is a start date for group therapy; the diagnosis was communicated.")

one("d136-lang-elektriker-hjartinfarkt-atergang", "skane", "1965-04-07", "m", "fhv_malmo",
    "Läkaranteckning", "Per Mårtensson", "läkare", "2024-03-26T13:00:00",
    [("Aktuellt", "Arbetsförmågebedömning inför återgång i arbete, elektriker på byggarbetsplatser, "
      "efter hjärtinfarkt i januari."),
     ("Anamnes", "NSTEMI 9/1, PCI mot LAD med ett läkemedelsavgivande stent på SUS Lund. Pat informerad "
      "om diagnosen av kardiologen i januari och har gått hjärtrehab med fysisk träning två gånger i "
      "veckan. Inga bröstsmärtor sedan utskrivningen. Lätt trötthet efter heldagar. Slutat röka i "
      "samband med infarkten. Läkemedel: ASA, ticagrelor, atorvastatin, metoprolol, ramipril. "
      "Arbetet innebär mycket stegarbete, dragning av kabel i undertak och bärande av kabeltrummor, "
      "ofta i kyla på vintern. Arbetsgivaren har erbjudit tillfälligt arbete i förråd och med "
      "ritningsunderlag. Sover bra, stämningsläget gott, viss oro för att arbeta ensam på höjd."),
     ("Status", "AT gott. BT 124/76, puls 58 regelbunden. Cor: RR, inga blåsljud. Inga ödem. EKG: "
      "sinusrytm, Q-vågor V1–V3, oförändrat mot utskrivnings-EKG."),
     ("Utredning", "Arbetsprov på cykel 15/3: 210 W (98 % av förväntat), inga ischemitecken, ingen "
      "arytmi. Eko: EF 50 %, lätt hypokinesi anteriort."),
     ("Bedömning", "Genomgången hjärtinfarkt med god återhämtning. Kan återgå i arbete, med undantag "
      "för arbete på stege och ställning över 2 meter under tiden med dubbel trombocythämning pga "
      "blödningsrisk vid fall, samt tunga lyft över 25 kg de första 4 veckorna."),
     ("Åtgärd", "Intyg till arbetsgivaren med enbart begränsningarna, efter pat:s samtycke. Inga uppgifter "
      "om diagnos lämnas till arbetsgivaren. Pat har själv valt att berätta för arbetsledaren."),
     ("Planering", "Upptrappning 50 % i 2 veckor, därefter 100 %. Uppföljning på FHV om 6 veckor.")],
    [], ["NL101", "NL102"], "Long return-to-work chart: the patient was told in January; only the employer gets no diagnosis.")

one("d136-om-lapptest-visar-allergi-brev", "skane", "2000-06-15", "k", "yrkesderm_malmo",
    "Sjuksköterskeanteckning", "Cecilia Nord", "sjuksköterska", "2024-07-01T08:30:00",
    [("Åtgärd", "Lapptest med basserie och frisörserie applicerat på ryggen i dag, avläsning D3 och D7."),
     ("Planering", "Om testet visar allergi informeras pat per brev och bokas till läkare.")],
    [], ["NL101"], "Conditional future information about a not-yet-existing result; no diagnosis stands.")

one("d136-barn-bly-foraldrarna-informerade", "skane", "2018-02-03", "k", "barn_malmo",
    "Läkaranteckning", "Johanna Friberg", "läkare", "2024-04-26T14:10:00",
    [("Anamnes", "6-årig flicka. Båda föräldrarna arbetar på metallåtervinning och tar hem arbetskläderna."),
     ("Utredning", "B-bly 0,42 µmol/l, Hb 112, järnbrist."),
     ("Bedömning", "Blyförgiftning, lindrig, genom damm från föräldrarnas arbetskläder."),
     ("Åtgärd", "Föräldrarna informerade om provsvaret och om åtgärder i hemmet. Kontakt med "
      "Arbets- och miljömedicin Syd för råd till arbetsplatsen.")],
    [], ["NL101"], "Child patient (guardians read): the guardians were informed, nothing withheld.")

one("d136-nickel-besked-via-1177", "vgr", "1993-10-10", "k", "rh_boras",
    "Sjuksköterskeanteckning", "Maria Holm", "sjuksköterska", "2024-03-14T15:40:00",
    [("Åtgärd", "Besked om diagnosen kontaktallergi mot nickel skickat till pat via 1177 efter läkares "
      "bedömning; pat har läst och svarat med frågor om verktygen i frisersalongen.")],
    [], ["NL101"], "Diagnosis communicated through a 1177 message that the patient answered.")

C("d136-tiuram-besked-i-tidigare-telefon", "vgr", "1984-12-28", "k",
  [N("n1", "hud_su", "Telefonanteckning", "Hanna Öberg", "läkare", "2024-02-14T13:05:00",
     [("Telefonkontakt", "Informerat pat om lapptestsvaret: kontaktallergi mot tiuram i gummihandskar.")]),
   N("n2", "hud_su", "Läkaranteckning", "Hanna Öberg", "läkare", "2024-04-03T10:10:00",
     [("Aktuellt", "Kontaktallergi mot tiuram. Bytt till tiuramfria nitrilhandskar på tandvårdskliniken."),
      ("Status", "Händerna nästan läkta, lätt torrhet på fingertopparna.")])],
  [], [("NL101", "n2")], "The later note names the diagnosis with no telling statement; the patient was told in the earlier phone note.")

one("d136-sjukskrivning-forlangd-ej-meddelad", "skane", "1979-07-02", "k", "psyk_hbg",
    "Läkaranteckning", "Amanda Rosén", "läkare", "2024-05-22T16:05:00",
    [("Bedömning", "Utmattningssyndrom, oförändrat läge sedan april, fortsatt uttalad kognitiv trötthet."),
     ("Åtgärd", "Sjukskrivningen förlängd till 30/6; pat ännu ej meddelad om förlängningen, ssk ringer henne i morgon.")],
    [], ["NL101"], "Untold item is the extended sick leave, not the diagnosis.")

# =========================================================================== VALIDATION
def _age(birth, ts):
    b = _dt.date.fromisoformat(birth)
    t = _dt.date.fromisoformat(ts[:10])
    return t.year - b.year - ((t.month, t.day) < (b.month, b.day))


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def validate(cases):
    errors = []
    names = set()
    seen = {}
    keys_case = {"case", "ruleset", "record", "must", "must_not", "why"}
    for c in cases:
        nm = c["case"]
        if set(c) != keys_case:
            errors.append("%s: keys %s" % (nm, sorted(c)))
        if not nm.startswith("d136-"):
            errors.append("%s: bad prefix" % nm)
        if nm in names:
            errors.append("%s: duplicate case name" % nm)
        names.add(nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errors.append("%s: ruleset" % nm)
        if not c["why"].strip():
            errors.append("%s: empty why" % nm)
        rec = c["record"]
        if set(rec) != {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}:
            errors.append("%s: record keys" % nm)
        if rec["access_events"] or rec["conversations"] or rec["treatments"]:
            errors.append("%s: non-empty side lists" % nm)
        pat = rec["patient"]
        pid, bd = pat["id"], pat["birth_date"]
        if not re.fullmatch(r"\d{8}-\d{4}", pid):
            errors.append("%s: pnr format" % nm)
        else:
            if pid[:8] != bd.replace("-", ""):
                errors.append("%s: pnr does not match birth_date" % nm)
            nine = pid[2:8] + pid[9:12]
            if luhn_check(nine) != int(pid[12]):
                errors.append("%s: Luhn" % nm)
        if not rec["as_of"].startswith("2024-"):
            errors.append("%s: as_of not 2024" % nm)
        ages = [_age(bd, rec["as_of"])]
        notes = {}
        for n in rec["notes"]:
            if set(n) != {"id", "system", "template", "unit", "author", "time", "signed", "setting",
                          "refs", "sections"}:
                errors.append("%s: note keys" % nm)
            if n["id"] in notes:
                errors.append("%s: duplicate note id" % nm)
            notes[n["id"]] = n
            if not n["time"].startswith("2024-"):
                errors.append("%s: note time not 2024" % nm)
            if n["signed"] is not None:
                if not n["signed"].startswith("2024-") or n["signed"] < n["time"]:
                    errors.append("%s: signed" % nm)
            if n["time"] > rec["as_of"]:
                errors.append("%s: note after as_of" % nm)
            ages.append(_age(bd, n["time"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errors.append("%s: VGR note not Melior" % nm)
            if n["system"] not in ("Melior", "PMO"):
                errors.append("%s: system" % nm)
            if n["system"] == "PMO" and c["ruleset"] != "skane":
                errors.append("%s: PMO outside Skåne" % nm)
            if not n["sections"]:
                errors.append("%s: note without sections" % nm)
            for s in n["sections"]:
                if set(s) != {"keyword", "text"} or not s["text"].strip():
                    errors.append("%s: section" % nm)
                for sent in _SPLIT.split(s["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (nm, n["id"], s["keyword"]):
                            errors.append("%s: sentence repeated (also in %s): %r" % (nm, seen[sent][0], sent))
                        seen.setdefault(sent, (nm, n["id"], s["keyword"]))
        for a in ages:
            if 13 <= a <= 15:
                errors.append("%s: patient aged %d" % (nm, a))
        asserted = c["must"] + c["must_not"]
        if not asserted:
            errors.append("%s: nothing asserted" % nm)
        if len({tuple(x) for x in asserted}) != len(asserted):
            errors.append("%s: code both in must and must_not or repeated" % nm)
        for code, target in asserted:
            if code not in ("NL101", "NL102"):
                errors.append("%s: unexpected code %s" % (nm, code))
            if target not in notes:
                errors.append("%s: target %s missing" % (nm, target))
                continue
            if code == "NL102" and notes[target]["system"] != "Melior" and [code, target] in c["must"]:
                errors.append("%s: NL102 must on non-Melior" % nm)
            if code == "NL102" and notes[target]["system"] != "Melior" and [code, target] in c["must_not"]:
                pass  # PMO hedged diagnosis: must_not is the rule
            if code == "NL101" and notes[target]["system"] == "PMO":
                errors.append("%s: NL101 asserted on PMO" % nm)
    return errors


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
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    rs = {}
    for c in CASES:
        rs[c["ruleset"]] = rs.get(c["ruleset"], 0) + 1
    drafts = sum(1 for c in CASES for n in c["record"]["notes"] if n["signed"] is None)
    pmo = sum(1 for c in CASES if any(n["system"] == "PMO" for n in c["record"]["notes"]))
    print("cases:", len(CASES), "rulesets:", rs, "drafts:", drafts, "pmo cases:", pmo)
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))


if __name__ == "__main__":
    main()
