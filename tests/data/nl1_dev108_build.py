#!/usr/bin/env python3
"""dev108: a busy adult emergency department night (NL101, NL102).

Akutjournaler by ST- and AT-läkare, triage notes by nurses, working diagnoses,
"obs", "?", DD lists, results pending at handover, patients sent home with
advice, and who was told what. Skåne (Melior hospitals, PMO primary care) and
VGR (Melior only).

Standard library only, deterministic. Writes cases.jsonl next to this file and
exits 1 on any validation problem.
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nl1_dev108_cases.jsonl")

# ---------------------------------------------------------------- units
UNITS = {
    # Region Skåne, Melior (hospitals)
    "sk_lund_akut": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-3A7K"),
    "sk_malmo_akut": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4B2M"),
    "sk_hbg_akut": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-5H8Q"),
    "sk_krist_akut": ("Akutmottagningen, Centralsjukhuset Kristianstad", "SE2321000255-6K1R"),
    "sk_ystad_akut": ("Akutmottagningen, Lasarettet i Ystad", "SE2321000255-7Y4T"),
    "sk_lund_ava": ("Akutvårdsavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3A9W"),
    "sk_malmo_kirava": ("Kirurgisk akutvårdsavdelning, Skånes universitetssjukhus Malmö", "SE2321000255-4C5N"),
    "sk_hbg_mava": ("Medicinsk akutvårdsavdelning, Helsingborgs lasarett", "SE2321000255-5J3P"),
    "sk_lund_hia": ("Hjärtintensivavdelningen, Skånes universitetssjukhus Lund", "SE2321000255-3B6D"),
    "sk_hassl_orto": ("Ortopedmottagningen, Hässleholms sjukhus", "SE2321000255-8O2F"),
    "sk_krist_med": ("Medicinavdelning 4, Centralsjukhuset Kristianstad", "SE2321000255-6M4X"),
    # Region Skåne, PMO (primary care)
    "sk_vc_eslov": ("Vårdcentralen Kvarnbacken, Eslöv", "SE2321000255-9V1E"),
    "sk_jour_trbg": ("Primärvårdsjouren Trelleborg", "SE2321000255-9T6J"),
    "sk_hsv_hoor": ("Hemsjukvården Höör", "SE2321000255-9H2S"),
    "sk_vc_landskrona": ("Vårdcentralen Centrum, Landskrona", "SE2321000255-9L7C"),
    # Västra Götalandsregionen, Melior
    "vg_su_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E1A4"),
    "vg_ostra_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E2B7"),
    "vg_molndal_akut": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal", "SE2321000131-E3C2"),
    "vg_nal_akut": ("Akutmottagningen, NU-sjukvården NÄL", "SE2321000131-N4D9"),
    "vg_sas_akut": ("Akutmottagningen, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S5F3"),
    "vg_skas_akut": ("Akutmottagningen, Skaraborgs Sjukhus Skövde", "SE2321000131-K6G8"),
    "vg_kungalv_akut": ("Akutmottagningen, Kungälvs sjukhus", "SE2321000131-G7H1"),
    "vg_alingsas_akut": ("Akutmottagningen, Alingsås lasarett", "SE2321000131-A8J5"),
    "vg_sas_mava": ("Medicinsk akutvårdsavdelning, Södra Älvsborgs Sjukhus Borås", "SE2321000131-S5K6"),
    "vg_ostra_kir": ("Kirurgavdelning 112, Sahlgrenska Universitetssjukhuset/Östra", "SE2321000131-E2L3"),
    "vg_skas_ava": ("Akutvårdsavdelning 6, Skaraborgs Sjukhus Skövde", "SE2321000131-K6M0"),
    "vg_su_onk": ("Onkologimottagningen, Sahlgrenska Universitetssjukhuset/Sahlgrenska", "SE2321000131-E1P8"),
}

# ---------------------------------------------------------------- authors
AUTHORS = {
    # Skåne
    "haddad": ("Amir Haddad", "läkare"),          # ST akutsjukvård
    "sjoberg": ("Linnea Sjöberg", "läkare"),      # AT
    "lindqvist": ("Oskar Lindqvist", "läkare"),   # ST internmedicin
    "yusuf": ("Fatima Yusuf", "läkare"),          # ST kirurgi
    "malmgren": ("Henrik Malmgren", "läkare"),    # specialist akutsjukvård
    "nordin": ("Ebba Nordin", "läkare"),          # AT
    "wallin": ("Petra Wallin", "läkare"),         # ST ortopedi
    "ek": ("Gustav Ek", "läkare"),                # underläkare
    "ivarsson": ("Sara Ivarsson", "läkare"),      # ST akut
    "petrovic": ("Milan Petrović", "läkare"),     # AT
    "holmberg": ("Karin Holmberg", "sjuksköterska"),
    "lund_j": ("Jessica Lund", "sjuksköterska"),
    "rask": ("Tobias Rask", "sjuksköterska"),
    # Skåne PMO
    "bengtsson": ("Anders Bengtsson", "läkare"),
    "mattsson": ("Helena Mattsson", "sjuksköterska"),
    "persson_u": ("Ulla Persson", "sjuksköterska"),
    "khalil": ("Rana Khalil", "läkare"),
    # VGR
    "strand": ("Johanna Strand", "läkare"),       # ST akut
    "rahimi": ("Ali Rahimi", "läkare"),           # AT
    "berntsson": ("Magnus Berntsson", "läkare"),  # bakjour medicin
    "fredriksson": ("Nora Fredriksson", "läkare"),  # ST kirurgi
    "claesson": ("Viktor Claesson", "läkare"),    # AT
    "aberg": ("Hanna Åberg", "läkare"),           # ST internmedicin
    "olofsson": ("David Olofsson", "läkare"),     # ST ortopedi
    "karlsson_e": ("Emelie Karlsson", "läkare"),  # underläkare
    "moradi": ("Reza Moradi", "läkare"),          # ST akut
    "persson_i": ("Ida Persson", "läkare"),       # AT
    "johansson_m": ("Maria Johansson", "sjuksköterska"),
    "svensson_l": ("Lotta Svensson", "sjuksköterska"),
    "ahl": ("Kristoffer Ahl", "sjuksköterska"),
    "nyberg": ("Sofia Nyberg", "undersköterska"),
}


def _ts(s):
    """'2024-03-22 23:40' -> datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def _iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def note(nid, system, template, unit, author, time, signed_after, setting, sections):
    """signed_after: minutes after `time`, or None for an unsigned draft."""
    t = _ts(time)
    uname, hsa = UNITS[unit]
    aname, role = AUTHORS[author]
    return {
        "id": nid,
        "system": system,
        "template": template,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": aname, "role": role},
        "time": _iso(t),
        "signed": None if signed_after is None else _iso(t + _dt.timedelta(minutes=signed_after)),
        "setting": setting,
        "refs": [],
        "sections": [{"keyword": k, "text": v} for (k, v) in sections],
    }


def M(nid, template, unit, author, time, signed_after, sections, setting="öppenvård"):
    return note(nid, "Melior", template, unit, author, time, signed_after, setting, sections)


def P(nid, template, unit, author, time, signed_after, sections, setting="öppenvård"):
    return note(nid, "PMO", template, unit, author, time, signed_after, setting, sections)


def _luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def pnr(birth, serial):
    """birth 'YYYY-MM-DD', serial 3 digits -> 'YYYYMMDD-NNNC'"""
    ymd = birth.replace("-", "")
    nine = ymd[2:] + serial
    return "%s-%s%d" % (ymd, serial, _luhn_digit(nine))


CASES = []


def case(name, ruleset, birth, serial, notes, must, must_not, why, as_of=None):
    if as_of is None:
        last = max(_ts(n["time"].replace("T", " ")[:16]) for n in notes)
        d = (last + _dt.timedelta(days=3)).replace(hour=0, minute=0)
        if d.year > 2024:
            d = _dt.datetime(2024, 12, 31, 0, 0)
        as_of = _iso(d)
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


A = "NL101"
H = "NL102"

# ====================================================================
# CASES
# ====================================================================
# ------------------------------------------------------------ bröstsmärta
case("sk-brostsmarta-misstankt-nstemi-lang-akutjournal", "skane", "1958-04-11", "237", [
    M("n1", "Akutjournal", "sk_lund_akut", "haddad", "2024-01-14 23:52", 95, [
        ("Kontaktorsak", "Bröstsmärta sedan kl 20 ikväll."),
        ("Anamnes", "65-årig man, rökare 30 paketår, beh hypertoni och hyperlipidemi. "
         "Debut i vila framför TV:n, tryckande retrosternal smärta med utstrålning mot vä arm, "
         "kallsvettig enl hustrun. Tog en Nitrolingual från grannen med viss effekt. "
         "Smärtan nu VAS 3 mot initialt 8. Ingen dyspné, inga palpitationer. Ej haft liknande tidigare."),
        ("Läkemedel", "Amlodipin 10 mg 1x1, Atorvastatin 40 mg 1x1. Inga antikoagulantia."),
        ("Status", "AT: Opåverkad nu, lätt blek. Cor: RR, inga blåsljud, HF 78. "
         "Pulm: Vesikulärt bilat, inga rassel. BT hö 158/92, vä 154/90. "
         "Buk: Mjuk, oöm. Ben: Inga ödem, vader mjuka."),
        ("Undersökningar", "EKG: SR 76, ST-sänkning 1 mm V5-V6, ingen ST-höjning. "
         "Lab: Hs-TnT 48 ng/L (kl 22.10), Hb 148, Krea 92, K 4,1, CRP <5. "
         "Ny TnT tagen kl 23.10, svar inte klart vid överrapportering."),
        ("Bedömning", "Misstänkt NSTEMI, typisk anamnes och dynamiska EKG-förändringar. "
         "Riskfaktorer många. Diskuterat med kardiolog på HIA via telefon."),
        ("Åtgärd", "ASA 300 mg po och Brilique 180 mg po efter samråd. Fondaparinux 2,5 mg sc."),
        ("Planering", "Inläggning HIA. Överrapporterat till ssk och HIA-jour kl 23.45, "
         "kontroll-TnT följs upp av dem."),
    ])], [(H, "n1")], [(A, "n1")],
    "hedged working diagnosis (misstänkt NSTEMI) in Bedömning of a long Melior akutjournal; nothing said about telling")

case("vgr-brostsmarta-dd-lista-tre-diagnoser", "vgr", "1971-09-03", "482", [
    M("n1", "Akutjournal", "vg_su_akut", "strand", "2024-02-03 02:17", 60, [
        ("Aktuellt", "Hastigt insättande bröstsmärta under natten, skarp, värre vid inspiration och i liggande."),
        ("Status", "Opåverkad. HF 104, AF 20, sat 95 %. Cor ua. Pulm ua."),
        ("Bedömning", "Pleuritisk bröstsmärta med takykardi. DD: lungemboli, perikardit, pneumothorax. "
         "D-dimer och TnT skickade, lungröntgen beställd."),
    ])], [(H, "n1")], [],
    "a DD list naming three diagnoses of the patient in a visible Bedömning is hedged")

case("sk-far-dog-i-trolig-hjartinfarkt-anhorig", "skane", "1979-06-22", "318", [
    M("n1", "Akutjournal", "sk_malmo_akut", "sjoberg", "2024-02-18 21:35", 70, [
        ("Anamnes", "Stickande smärta vä bröstkorg sedan i morse, punktformig, provocerbar vid rörelse. "
         "Hereditet: far dog i trolig hjärtinfarkt 52 år gammal, farbror bypassopererad."),
        ("Status", "Distinkt palpationsöm över vä 4:e revbensfäste, reproducerar smärtan exakt."),
        ("Undersökningar", "EKG sinusrytm utan ischemitecken. TnT <5 x 2 med 3 timmars mellanrum."),
        ("Bedömning", "Muskuloskeletal bröstsmärta utan hållpunkt för akut koronart syndrom. "
         "Hem med Naproxen 250 mg 1x2 i fem dagar."),
    ])], [], [(H, "n1")],
    "the only hedge (trolig hjärtinfarkt) concerns the father; the patient's own assessment is unhedged")

case("vgr-typo-aortadisektion-uteslutes", "vgr", "1954-12-30", "575", [
    M("n1", "Läkaranteckning", "vg_molndal_akut", "moradi", "2024-03-09 03:40", 45, [
        ("Utredning", "DT-angio aorta: ingen dissektion, ingen intramural blödning. Aortabågen 3,6 cm."),
        ("Bedömning", "Aortadisektion uteslutes. Bröstsmärtan kvarstår lätt, TnT 9 och 10. "
         "Hem i natt, planerat arbetsprov via VC."),
    ])], [], [(H, "n1")],
    "typo 'Aortadisektion'; dissection explicitly ruled out (uteslutes) after CT-angio")

case("sk-acs-fragetecken-telegrafisk", "skane", "1949-02-07", "159", [
    M("n1", "Akutjournal", "sk_krist_akut", "petrovic", "2024-03-15 01:05", None, [
        ("Aktuellt", "Tryck i bröstet 40 min, nu smärtfri. Diabetes typ 2, insulin."),
        ("Bedömning", "Bröstsmärta, ACS? TnT x 2 pending. Obs-plats, ASA given."),
    ])], [(H, "n1")], [],
    "unsigned AT draft: 'ACS?' with a question mark is a hedged diagnosis in a visible section")

case("vgr-ingen-misstanke-le-wells-perc", "vgr", "1995-05-19", "624", [
    M("n1", "Akutjournal", "vg_kungalv_akut", "persson_i", "2024-03-21 22:48", 50, [
        ("Anamnes", "28-årig kvinna, p-piller, hugg i hö flank vid djupa andetag sedan två dagar. Flög hem från Thailand för tre veckor sedan."),
        ("Status", "HF 72, sat 99 %, AF 14. Vader utan svullnad eller ömhet."),
        ("Bedömning", "Ingen misstanke om LE: Wells 0 poäng, PERC negativ, D-dimer <0,27. "
         "Smärtan bedöms muskulär. Informerad om att återkomma vid andfåddhet eller hjärtklappning."),
    ])], [], [(H, "n1")],
    "pulmonary embolism negated (ingen misstanke om) with scores; advice on return is no diagnosis")

case("sk-perikardit-forenligt-med-ekg", "skane", "1990-08-14", "713", [
    M("n1", "Läkaranteckning", "sk_hbg_akut", "ivarsson", "2024-04-02 04:12", 38, [
        ("Anamnes", "Förkyld för en vecka sedan. Nu bröstsmärta som lindras när han sitter framåtlutad."),
        ("Undersökningar", "EKG: diffusa konkava ST-höjningar i extremitets- och bröstavledningar, PR-sänkning i II. "
         "Förenligt med perikardit. Hjärt-UL bedside: ingen perikardvätska av betydelse."),
        ("Planering", "Ibuprofen 600 mg x 3 och kolkicin 0,5 mg x 2. Återbesök akutmottagningens uppföljningsmottagning om 1 v."),
    ])], [(H, "n1")], [],
    "'förenligt med perikardit' in an EKG description is a hedged diagnosis in visible Undersökningar")

case("vgr-ekg-forenligt-med-sinusrytm-ej-diagnos", "vgr", "1983-10-27", "856", [
    M("n1", "Läkaranteckning", "vg_alingsas_akut", "claesson", "2024-04-06 00:34", 66, [
        ("Aktuellt", "Kort episod hjärtklappning vid löpning, nu besvärsfri."),
        ("Undersökningar", "EKG förenligt med normal sinusrytm, PQ 160 ms, QTc 412 ms, ingen preexcitation."),
        ("Bedömning", "Hjärtklappning vid ansträngning, pulsökningen sannolikt fysiologisk. Ingen arytmi registrerad."),
        ("Planering", "Hem. 1177-info om pulsmätning. Holter via VC om fler episoder."),
    ])], [], [(H, "n1")],
    "hard negative: 'förenligt med' on a normal rhythm and 'sannolikt' on a physiological pulse rise; no disease is hedged")

case("sk-typo-sannolkit-le-handover", "skane", "1962-01-31", "440", [
    M("n1", "Akutjournal", "sk_ystad_akut", "nordin", "2024-04-13 05:20", 40, [
        ("Aktuellt", "Tilltagande andfåddhet i tre dagar, svullet vä ben efter knäartroskopi för 2 veckor sedan."),
        ("Status", "Sat 91 % på luft, HF 112. Vä vad 3 cm större omfång än hö."),
        ("Bedömning", "Sannolkit LE med utgångspunkt från DVT vä ben. Fragmin 200 E/kg given 04.50."),
        ("Överrapportering", "DT-angio lungartärer gjord 05.05, svar ej klart. Dagjour följer upp."),
    ])], [(H, "n1")], [(A, "n1")],
    "typo 'Sannolkit' for sannolikt; hedged pulmonary embolism with result pending at handover")

case("vgr-le-initialt-misstankt-sedan-avskriven", "vgr", "1977-07-08", "291", [
    M("n1", "Akutjournal", "vg_sas_akut", "rahimi", "2024-04-20 03:15", 75, [
        ("Anamnes", "Dyspné och bröstsmärta efter långflygning från Bangkok."),
        ("Utredning", "D-dimer 1,4. DT-angio utan embolier, lungparenkymet ua."),
        ("Bedömning", "Misstanken om LE från triage kvarstår inte – LE avskrivs efter negativ DT-angio. "
         "Besvären bedöms som hyperventilation vid flygrädsla."),
    ])], [], [(H, "n1")],
    "a suspicion of PE is mentioned only to be ruled out (avskrivs) after CT; nothing hedged remains")

case("vgr-obs-pat-star-pa-eliquis-ej-hedge", "vgr", "1941-11-16", "734", [
    M("n1", "Triageanteckning", "vg_skas_akut", "johansson_m", "2024-04-28 22:05", 20, [
        ("Triage", "RETTS orange, ESS 11 Bröstsmärta. Smärtfri vid ankomst."),
        ("Aktuellt", "OBS! Pat står på Eliquis pga känt förmaksflimmer. Pacemaker sedan 2019."),
        ("Åtgärd", "EKG taget och visat för läkare, PVK grön vä armbåge, blodstatus och TnT skickat."),
    ])], [], [(H, "n1")],
    "hard negative: 'OBS!' is an attention mark before a known, confirmed diagnosis, not 'obs' for observation")

case("sk-svimning-sannolikt-vasovagal-hem-med-rad", "skane", "2001-03-25", "562", [
    M("n1", "Akutjournal", "sk_lund_akut", "sjoberg", "2024-05-04 01:48", 30, [
        ("Kontaktorsak", "Svimmade på krogen, stod upp i trängsel, varm lokal."),
        ("Anamnes", "Kände sig illamående, svart för ögonen, vaknade direkt på golvet. Kompisar såg inga kramper. "
         "Två öl. Inga hjärtsjukdomar i släkten."),
        ("Status", "Opåverkad. Ortostatiskt BT ua. Neurologiskt ua. Ingen tungbittning."),
        ("Undersökningar", "EKG: SR 64, QTc 401, ingen deltavåg, ingen Brugadabild."),
        ("Bedömning", "Sannolikt vasovagal synkope."),
        ("Åtgärd", "Hem med råd om vätska och att sätta sig ned vid förkänning. "
         "Muntligt informerad om att söka igen om svimning vid ansträngning eller i liggande."),
    ])], [(H, "n1")], [(A, "n1")],
    "'Sannolikt vasovagal synkope' is a hedged diagnosis; the patient sent home with advice")

case("vgr-synkope-dd-ortostatism-arytmi-le", "vgr", "1936-09-12", "148", [
    M("n1", "Akutjournal", "vg_nal_akut", "aberg", "2024-05-11 02:30", None, [
        ("Aktuellt", "Svimning på toaletten nattetid, hittad av maken. Slog i pannan."),
        ("Bedömning", "Svimning. DD ortostatism/arytmi/LE. Telemetri över natten, ortostatiskt BT imorgon."),
    ])], [(H, "n1")], [],
    "unsigned: telegraphic 'DD ortostatism/arytmi/LE' lists uncertain diagnoses")

case("sk-intermittent-avblock-fragetecken-hia", "skane", "1944-06-03", "381", [
    M("n1", "Inskrivningsanteckning", "sk_lund_hia", "lindqvist", "2024-05-18 04:05", 55, [
        ("Aktuellt", "Tre svimningar senaste veckan utan förkänning. Insatt på betablockad för 2 mån sedan."),
        ("Undersökningar", "EKG: SR 52 med PQ 260 ms, vänstergrenblock. På telemetri kort episod med 2:1-överledning."),
        ("Bedömning", "Intermittent AV-block II–III? Betablockad utsatt. Pacemakerbedömning dagtid."),
    ], setting="slutenvård")], [(H, "n1")], [],
    "question mark on a conduction disorder of the patient (AV-block?) in a visible Bedömning on HIA")

case("vgr-syster-misstankt-langt-qt-anhorig", "vgr", "1998-02-14", "906", [
    M("n1", "Läkaranteckning", "vg_ostra_akut", "karlsson_e", "2024-05-25 23:15", 40, [
        ("Anamnes", "Svimmade i samband med att väckarklockan ringde. Syster har misstänkt långt QT-syndrom och utreds på Thoraxkliniken."),
        ("Undersökningar", "EKG vid två tillfällen: QTc 418 resp 422 ms, T-vågor normala."),
        ("Bedömning", "Synkope i samband med auditiv stimulus hos pat med hereditet. "
         "Remiss skickas till arytmimottagningen för arbets-EKG och eventuellt genetisk testning."),
    ])], [], [(H, "n1")],
    "hedged long-QT concerns the sister; the plan hedge (eventuellt genetisk testning) is no diagnosis")

case("sk-oklart-om-medvetslos-symtom-hedge", "skane", "1952-10-09", "624", [
    M("n1", "Akutjournal", "sk_hbg_akut", "ek", "2024-06-01 00:50", 65, [
        ("Anamnes", "Föll i trappen hemma. Oklart om pat varit medvetslös, minns att hon låg på golvet. "
         "Eventuellt slagit i bakhuvudet."),
        ("Status", "Ytlig sårskada occipitalt 2 cm. GCS 15. Pupiller lika, ljusreaktion ua."),
        ("Undersökningar", "DT skalle utan blödning eller fraktur."),
        ("Bedömning", "Fallolycka med skalpsår, ingen intrakraniell skada. Såret limmat."),
    ])], [], [(H, "n1")],
    "hedges (oklart om, eventuellt) are on events and symptoms; the injury is stated and intracranial damage negated")

case("vgr-kan-ej-utesluta-cerebellar-infarkt-yrsel", "vgr", "1959-08-18", "317", [
    M("n1", "Akutjournal", "vg_skas_akut", "moradi", "2024-06-08 03:25", 50, [
        ("Kontaktorsak", "Akut yrsel och kräkningar sedan kl 23."),
        ("Status", "Horisontell nystagmus mot vä i alla blickriktningar, HINTS: normalt head impulse-test, "
         "skew deviation ej säker. Ostadig i Romberg, kan inte gå utan stöd."),
        ("Bedömning", "Kan ej utesluta cerebellär infarkt trots normal DT skalle. "
         "Strokejour kontaktad, MR hjärna beställd tidig morgon."),
        ("Planering", "Inläggning strokeenheten. Fastande."),
    ])], [(H, "n1")], [],
    "'kan ej utesluta' before a stroke diagnosis (cerebellär infarkt) is a positive hedge, not a negation")

case("sk-trolig-bppv-hem-med-ovningar", "skane", "1966-11-30", "854", [
    M("n1", "Läkaranteckning", "sk_ystad_akut", "petrovic", "2024-06-12 22:15", 35, [
        ("Aktuellt", "Kraftig rotatorisk yrsel i sekunder när hon lägger sig ned eller vänder sig i sängen."),
        ("Status", "Dix-Hallpike hö: rotatorisk nystagmus med latens, uttröttbar. Neurologiskt i övrigt ua."),
        ("Bedömning", "Trol. BPPV hö bakre båggång. Epleys manöver utförd med god effekt."),
        ("Planering", "Hem med instruktion om Brandt-Daroffs övningar. Ingen uppföljning planerad."),
    ])], [(H, "n1")], [],
    "abbreviated 'Trol.' before BPPV in a visible Bedömning")

case("vgr-typo-vestibularisnurit-kan-rora-sig-om", "vgr", "1985-04-04", "271", [
    M("n1", "Akutjournal", "vg_alingsas_akut", "claesson", "2024-06-19 01:40", 60, [
        ("Anamnes", "Yrsel konstant sedan igår morse, illamående, kan inte läsa på mobilen. Förkyld förra veckan."),
        ("Status", "Spontannystagmus åt hö, positivt head impulse-test åt vä. Går med bred bas men självständigt."),
        ("Bedömning", "Kan röra sig om en vestibularisnurit vä. Prednisolon 50 mg x 1 i 5 dagar, Postafen vb."),
    ])], [(H, "n1")], [],
    "typo 'vestibularisnurit'; 'kan röra sig om' hedges the patient's diagnosis")

case("sk-ingen-misstanke-stroke-yrsel-ortostatisk", "skane", "1947-05-21", "742", [
    M("n1", "Akutjournal", "sk_krist_akut", "ivarsson", "2024-06-27 02:05", 50, [
        ("Aktuellt", "Yrsel när hon reser sig sedan dosökning av Furix."),
        ("Status", "BT liggande 134/78, stående efter 3 min 102/64 med yrsel. Neurologiskt utan fokalitet."),
        ("Bedömning", "Ortostatisk hypotension, läkemedelsrelaterad. Ingen misstanke om stroke. "
         "Furix tillbaka till 40 mg, kontakt med VC för uppföljning."),
    ])], [], [(H, "n1"), (A, "n1")],
    "confirmed orthostatic hypotension plus a negated stroke; nothing hedged and nothing said about not telling")

case("vgr-oklart-om-tia-eller-perifer-yrsel", "vgr", "1950-03-17", "410", [
    M("n1", "Läkaranteckning", "vg_nal_akut", "rahimi", "2024-07-03 23:30", 45, [
        ("Aktuellt", "Snurrig i en timme igår kväll samtidigt som hon tappade ord, nu helt återställd."),
        ("Bedömning", "Oklart om TIA eller perifer yrsel med ångest. ABCD2 4 p. Trombyl laddning, "
         "TIA-mottagningen nästa dag, karotisdoppler beställd."),
    ])], [(H, "n1")], [],
    "'Oklart om TIA eller …' leaves the patient's diagnosis open")

case("vgr-tidigare-misstankt-epilepsi-utredd-avskriven", "vgr", "1993-12-05", "538", [
    M("n1", "Akutjournal", "vg_su_akut", "persson_i", "2024-07-09 04:10", 40, [
        ("Tidigare sjukdomar", "Tidigare misstänkt epilepsi 2021, utredd med EEG och MR hos neurologen, avskriven."),
        ("Aktuellt", "Svimmade när blodprov togs på jobbets hälsokontroll, vaknade inom 10 sekunder, ryckningar i armarna."),
        ("Bedömning", "Vasovagal reaktion vid provtagning med konvulsiv synkope, typisk anamnes. Åter till arbete."),
    ])], [], [(H, "n1")],
    "past suspicion of epilepsy explicitly ruled out; today's diagnosis stated without hedge")

# ------------------------------------------------------------ buksmärta
case("sk-arbetsdiagnos-fragetecken-appendicit", "skane", "1997-07-29", "466", [
    M("n1", "Akutjournal", "sk_malmo_akut", "yusuf", "2024-07-13 00:25", 80, [
        ("Anamnes", "Diffus periumbilikal smärta sedan i förmiddags som flyttat till hö fossa. Aptitlös, kräkts x1."),
        ("Status", "Temp 38,1. Buk: ömhet och defence hö fossa, släppömhet McBurney, Rovsing pos."),
        ("Lab", "CRP 42, LPK 13,8, u-sticka ua, hCG neg."),
        ("Bedömning", "Arbetsdiagnos: ?appendicit. Kirurgbakjour informerad."),
        ("Planering", "Fastande, dropp. UL buk om tillgängligt annars DT buk. Kirurgjour tar ställning till op."),
    ])], [(H, "n1")], [(A, "n1")],
    "working diagnosis written with a leading question mark (?appendicit)")

case("vgr-inlaggning-obs-appendicit", "vgr", "1988-01-23", "183", [
    M("n1", "Inskrivningsanteckning", "vg_ostra_kir", "fredriksson", "2024-07-18 03:55", 60, [
        ("Aktuellt", "Hö-sidig buksmärta sedan 12 timmar, CRP 18, LPK 11,2. UL kunde inte visualisera appendix."),
        ("Bedömning", "Läggs in för obs. appendicit. Ny bukpalpation och CRP kl 08."),
    ], setting="slutenvård")], [(H, "n1")], [],
    "'obs. appendicit' = under observation for suspected appendicitis; a hedge used by Swedish surgeons")

case("sk-talar-emot-appendicit-gastroenterit", "skane", "1999-10-08", "270", [
    M("n1", "Läkaranteckning", "sk_krist_akut", "nordin", "2024-07-21 21:40", 30, [
        ("Aktuellt", "Kräkningar och vattentunna diarréer sedan i natt, sambon hade samma förra veckan."),
        ("Status", "Diffust lätt öm buk, ingen defence, ingen släppömhet."),
        ("Bedömning", "Talar emot appendicit: ingen lokal ömhet, CRP 4, smärtan följer diarréerna. "
         "Gastroenterit. Dricker bra här efter Primperan."),
        ("Åtgärd", "Hem. Råd om vätskeersättning och handhygien."),
    ])], [], [(H, "n1")],
    "appendicitis is argued against (talar emot) and gastroenteritis is stated without hedge")

case("vgr-ul-inger-misstanke-kolecystit", "vgr", "1968-05-06", "628", [
    M("n1", "Akutjournal", "vg_sas_akut", "fredriksson", "2024-07-26 02:45", 55, [
        ("Anamnes", "Smärta under hö arcus sedan middagen, strålar mot hö skulderblad, feberkänsla."),
        ("Status", "Temp 38,4. Murphys tecken positivt."),
        ("Utredning", "Bedside-UL: gallblåsa med konkrement i halsen, väggförtjockning 5 mm och perikolecystisk vätska. "
         "Inger misstanke om akut kolecystit."),
        ("Planering", "Tazocin iv, fastande, läggs in kirurgen. Formell UL buk dagtid."),
    ])], [(H, "n1")], [],
    "'inger misstanke om akut kolecystit' in visible Utredning is a hedged diagnosis")

case("sk-kolecystit-avskrivs-efter-ul", "skane", "1973-02-16", "315", [
    M("n1", "Läkaranteckning", "sk_malmo_kirava", "yusuf", "2024-08-01 06:10", 45, [
        ("Utredning", "UL buk: gallblåsan tunnväggig, inga konkrement, gallvägar ej vidgade. Lever och pankreas ua."),
        ("Bedömning", "Kolecystit avskrivs. Smärtan bedöms som dyspepsi efter stor måltid, svarar på Novaluzid."),
    ], setting="slutenvård")], [], [(H, "n1")],
    "cholecystitis ruled out (avskrivs) after ultrasound; the remaining assessment is unhedged")

case("sk-typo-misstnkt-kolecystit", "skane", "1961-09-19", "724", [
    M("n1", "Akutjournal", "sk_hbg_akut", "haddad", "2024-08-04 03:00", 40, [
        ("Bedömning", "Misstnkt kolecystit, UL i morgon bitti. Tazocin 4 g x 3 iv insatt, fastande efter midnatt."),
    ])], [(H, "n1")], [],
    "typo 'Misstnkt' before cholecystitis in a one-line Bedömning")

case("vgr-dt-forenligt-med-divertikulit-hem", "vgr", "1956-06-28", "092", [
    M("n1", "Akutjournal", "vg_molndal_akut", "karlsson_e", "2024-08-09 23:05", 70, [
        ("Aktuellt", "Vänstersidig nedre buksmärta sedan 3 dagar, lös avföring."),
        ("Utredning", "DT buk: fettinfiltration kring sigmoideum med divertiklar, ingen fri gas, ingen abscess. "
         "Förenligt med okomplicerad divertikulit."),
        ("Bedömning", "Opåverkad, CRP 68. Handläggs polikliniskt utan antibiotika enligt lokal PM."),
        ("Information", "Pat informerad om DT-svaret och om att söka igen vid feber över 38,5 eller tilltagande smärta."),
    ])], [(H, "n1")], [(A, "n1")],
    "radiologist-style 'förenligt med okomplicerad divertikulit' quoted in visible Utredning; the patient was told")

case("sk-dt-verifierad-uretarsten", "skane", "1980-12-12", "499", [
    M("n1", "Akutjournal", "sk_lund_akut", "malmgren", "2024-08-14 01:15", 30, [
        ("Aktuellt", "Kolikartad smärta vä flank ut mot ljumsken, mikroskopisk hematuri."),
        ("Utredning", "Lågdos-DT urinvägar: 4 mm konkrement distala vä uretären, lätt hydronefros."),
        ("Bedömning", "Vä-sidig uretärsten 4 mm, god chans till spontanavgång. Afebril, CRP 7, krea normalt."),
        ("Åtgärd", "Hem med Voltaren supp och Oxynorm vb. Sila urinen. Urologmottagningen kallar för kontroll-DT om 4 v."),
    ])], [], [(H, "n1"), (A, "n1")],
    "CT-verified ureteric stone stated as fact; no hedge, nothing about not telling")

case("sk-ev-uretarsten-innan-dt", "skane", "1976-03-02", "651", [
    M("n1", "Akutjournal", "sk_ystad_akut", "sjoberg", "2024-08-17 04:30", None, [
        ("Bedömning", "Ev. uretärsten vä. Smärtstillad med Toradol 30 mg iv, DT urinvägar beställd, dagjour granskar."),
    ])], [(H, "n1")], [],
    "unsigned: 'Ev.' before a diagnosis (uretärsten) is a hedge; DT still pending")

case("vgr-differentialdiagnostiskt-mesenterialischemi", "vgr", "1939-04-25", "567", [
    M("n1", "Akutjournal", "vg_su_akut", "berntsson", "2024-08-22 02:55", 60, [
        ("Anamnes", "Förmaksflimmer, Waran utsatt inför tandingrepp. Svår buksmärta sedan 4 timmar."),
        ("Status", "Ömhet mindre än förväntat vid palpation, smärta ur proportion till fynd. Laktat 4,2."),
        ("Bedömning", "Differentialdiagnostiskt övervägs akut mesenterialischemi, DT-angio buk akut. "
         "Kärlkirurg förvarnad."),
    ])], [(H, "n1")], [],
    "'Differentialdiagnostiskt övervägs' before a diagnosis is a DD hedge")

case("vgr-typo-misstanke-om-ileus-inger-missanke", "vgr", "1945-08-30", "314", [
    M("n1", "Läkaranteckning", "vg_skas_akut", "fredriksson", "2024-08-27 00:45", 90, [
        ("Aktuellt", "Opererad för koloncancer 2019. Uppblåst buk, ingen avföring eller gasavgång på 2 dygn, kräkts galla."),
        ("Status", "Spänd, tympanitisk buk, metalliska tarmljud."),
        ("Bedömning", "Bild inger missanke om tunntarmsileus på adherenser. Ventrikelsond, DT buk med per os-kontrast."),
    ])], [(H, "n1")], [],
    "typo 'missanke' inside 'inger misstanke om' before ileus")

case("sk-ingen-fri-gas-eventuellt-dt-plan", "skane", "1958-11-07", "822", [
    M("n1", "Läkaranteckning", "sk_malmo_kirava", "yusuf", "2024-09-01 05:40", 25, [
        ("Vårdförlopp", "Känd kronisk pankreatit, skov. Smärtlindrad med Morfin iv under natten, lipas 480."),
        ("Bedömning", "Akut skov av kronisk pankreatit. Inga tecken på perforation på buköversikten. "
         "Eventuellt DT buk om ingen förbättring till imorgon."),
    ], setting="slutenvård")], [], [(H, "n1")],
    "'Eventuellt' hedges a plan (DT buk), perforation is negated, the diagnosis is stated")

case("vgr-diagnos-sektion-misstankt-gallstensanfall", "vgr", "1982-09-09", "740", [
    M("n1", "Akutjournal", "vg_kungalv_akut", "rahimi", "2024-09-05 22:20", 35, [
        ("Anamnes", "Återkommande smärtor i epigastriet efter fet mat, nu 3 timmar, avklingat på Spasmofen."),
        ("Lab", "Leverstatus normalt, lipas normalt, CRP 3."),
        ("Diagnos", "R10.1 Smärta lokaliserad till övre delen av buken. Misstänkt gallstensanfall."),
        ("Planering", "Hem. Elektiv UL lever/gallvägar via remiss från VC."),
    ])], [(H, "n1")], [],
    "hedged diagnosis written in the Diagnos section next to a symptom code")

case("vgr-trolig-viral-gastroenterit-hem-med-rad", "vgr", "1994-01-11", "158", [
    M("n1", "Läkaranteckning", "vg_alingsas_akut", "persson_i", "2024-09-14 01:10", 20, [
        ("Bedömning", "Trolig viral gastroenterit. Ortostatiskt stabil efter 1 liter Ringer-Acetat."),
        ("Åtgärd", "Hemgång. Råd om vätska i små klunkar och att stanna hemma 48 tim efter sista kräkningen."),
    ])], [(H, "n1")], [],
    "short discharge note: 'Trolig viral gastroenterit' is a hedged diagnosis")

# ------------------------------------------------------------ feber
case("sk-typo-ssk-triage-misstakt-urosepsis", "skane", "1940-10-19", "206", [
    M("n1", "Triageanteckning", "sk_lund_akut", "holmberg", "2024-01-06 22:35", 15, [
        ("Triage", "RETTS röd: AF 28, sat 92 %, BT 88/50, temp 39,6, förvirrad enl dottern."),
        ("Bedömning", "Misstäkt urosepsis, KAD sedan 2 mån. Sepsislarm utlöst kl 22.31, läkare vid båren."),
        ("Åtgärd", "Två PVK, blododlingar x 2 och urinodling tagna innan antibiotika. Ringer 1000 ml snabbt."),
    ])], [(H, "n1")], [(A, "n1")],
    "typo 'Misstäkt'; nurse triage note in Melior with a hedged urosepsis")

case("vgr-pneumoni-fragetecken-en-rad", "vgr", "1951-07-01", "649", [
    M("n1", "Läkaranteckning", "vg_nal_akut", "claesson", "2024-01-11 04:20", None, [
        ("Bedömning", "Hosta, feber 38,9, crackles hö basalt – pneumoni? Rtg pulm beställd."),
    ])], [(H, "n1")], [],
    "one-line note: 'pneumoni?' is a hedged diagnosis")

case("sk-erysipelas-kan-ej-uteslutas-vs-dvt", "skane", "1955-04-09", "430", [
    M("n1", "Akutjournal", "sk_hbg_akut", "nordin", "2024-01-19 23:10", 60, [
        ("Aktuellt", "Rodnad, värme och svullnad vä underben sedan igår, frossa under eftermiddagen."),
        ("Status", "Temp 38,7. Vä underben rodnat med skarp gräns, värmeökning. Sprickor mellan tårna (fotsvamp)."),
        ("Lab", "CRP 96, LPK 14,2, D-dimer 0,6."),
        ("Bedömning", "Erysipelas kan ej uteslutas, DVT är mindre sannolik men UL vä ben bokas imorgon. "
         "Startar Kåvepenin 1 g x 3 efter första dos Bensylpenicillin iv här."),
        ("Planering", "Hem med antibiotika, tillbaka för UL kl 10 på kärlmottagningen."),
    ])], [(H, "n1")], [],
    "'kan ej uteslutas' after a diagnosis (erysipelas) is a hedge, not a negation")

case("vgr-talar-for-pyelonefrit", "vgr", "1990-11-24", "380", [
    M("n1", "Akutjournal", "vg_sas_akut", "rahimi", "2024-01-24 02:05", 45, [
        ("Aktuellt", "Sveda vid miktion i 4 dagar, nu feber 39,2, ont i hö flank."),
        ("Status", "Dunkömhet hö njurloge. Buk mjuk."),
        ("Bedömning", "Klinisk bild talar för pyelonefrit hö. Urinodling skickad, svar om 2 dygn."),
        ("Åtgärd", "Ceftriaxon 2 g iv här, därefter Ciprofloxacin po i 7 dagar. Hem."),
    ])], [(H, "n1")], [],
    "'talar för' a diagnosis is a hedge; culture pending is no diagnosis")

case("sk-inga-tecken-pa-meningit-feber-huvudvark", "skane", "1996-02-02", "172", [
    M("n1", "Akutjournal", "sk_malmo_akut", "sjoberg", "2024-01-28 03:50", 55, [
        ("Aktuellt", "Feber och huvudvärk i 2 dygn, muskelvärk, influensa på jobbet."),
        ("Status", "Temp 38,8. Nackstel saknas, Kernig neg, inga petekier. Klar och orienterad."),
        ("Lab", "CRP 22, LPK 5,4. Influensa A-PCR positiv."),
        ("Bedömning", "Influensa A. Inga tecken på meningit. Hem med Alvedon och vätska."),
    ])], [], [(H, "n1")],
    "meningitis negated (inga tecken på) and influenza confirmed by PCR")

case("vgr-trolig-feber-enl-maken-symtom", "vgr", "1948-08-08", "296", [
    M("n1", "Omvårdnadsanteckning", "vg_skas_akut", "svensson_l", "2024-02-02 01:30", 30, [
        ("Aktuellt", "Trolig feber under kvällen enligt maken, pat själv ej mätt. Frusit och skakat i soffan."),
        ("Status", "Temp vid ankomst 37,6. Pratar sammanhängande, äter en smörgås."),
        ("Omvårdnad", "Fått filt och varm dryck. Väntar på läkarbedömning, prioritet gul."),
    ])], [], [(H, "n1")],
    "nurse note: the hedge (Trolig feber) is on a symptom reported by the husband, not on a diagnosis")

case("sk-typo-trolgi-pneumoni-va-basalt-handover", "skane", "1943-12-20", "538", [
    M("n1", "Akutjournal", "sk_krist_akut", "petrovic", "2024-02-07 06:25", 30, [
        ("Anamnes", "KOL GOLD 3, hemsyrgas 1 l. Ökad hosta och gulgrönt slem, feber sedan två dagar."),
        ("Status", "Sat 86 % på 1 l, AF 26. Krepitationer vä basalt."),
        ("Bedömning", "Trolgi pneumoni vä basalt med KOL-exacerbation. Blodgas: pH 7,33, pCO2 7,4."),
        ("Överrapportering", "Rtg pulm tagen, ej eftergranskad av radiolog. Blododlingar tagna, svar pending. "
         "Inläggning medicin, NIV-beredskap. Rapport till dagjour 07.30."),
    ])], [(H, "n1")], [],
    "typo 'Trolgi' for trolig before pneumonia; results pending at handover")

case("vgr-mojlig-myokardit-ung-man", "vgr", "2002-06-17", "791", [
    M("n1", "Akutjournal", "vg_ostra_akut", "strand", "2024-02-12 23:40", 70, [
        ("Aktuellt", "21-årig man, halsfluss förra veckan, nu bröstsmärta och trötthet."),
        ("Undersökningar", "EKG: lätta ST-höjningar inferiort. Hs-TnT 230 → 310."),
        ("Bedömning", "Kan röra sig om myokardit efter virusinfektion. DD: tidig perikardit. "
         "Hjärt-MR beställd, inläggning medicin för telemetri."),
    ])], [(H, "n1")], [],
    "'Kan röra sig om myokardit' plus a DD in a visible Bedömning")

case("sk-cystit-konstaterad-om-feber-sok-igen", "skane", "1986-09-27", "364", [
    M("n1", "Läkaranteckning", "sk_ystad_akut", "ivarsson", "2024-02-16 21:55", 20, [
        ("Bedömning", "Okomplicerad cystit, nitrit och leukocyter pos på sticka, afebril."),
        ("Åtgärd", "Selexid 200 mg x 3 i 3 dagar. Om feber, frossa eller flanksmärta tillkommer ska pat söka akut."),
    ])], [], [(H, "n1")],
    "confirmed cystitis; the conditional 'om feber … söka akut' is advice, not a hedged diagnosis")

case("sk-febril-neutropeni-dd-infektionsfokus-lang", "skane", "1964-05-30", "258", [
    M("n1", "Akutjournal", "sk_lund_akut", "lindqvist", "2024-02-25 01:15", 110, [
        ("Kontaktorsak", "Feber 38,9 dag 10 efter cytostatika (FEC) för bröstcancer."),
        ("Anamnes", "Opererad för vänstersidig bröstcancer i december, nu adjuvant cytostatika på onkologen. "
         "Frossa under kvällen, lätt hosta, ingen dysuri, ingen diarré. Port-a-cath hö sida utan rodnad enligt pat."),
        ("Status", "AT: Trött men adekvat. Temp 39,1, HF 118, BT 104/62, AF 22, sat 95 %. "
         "Munhåla: lätt mukosit. Cor: RR, takykard. Pulm: Enstaka rassel hö basalt. "
         "Buk: Mjuk, oöm. Port: Ingen rodnad eller ömhet. Hud: Inga utslag."),
        ("Lab", "LPK 0,6, neutrofila 0,1, Hb 98, TPK 62, CRP 88, laktat 2,1."),
        ("Bedömning", "Febril neutropeni. Infektionsfokus oklart, DD pneumoni hö basalt, "
         "portinfektion. Kontaktat onkologjour som tar över."),
        ("Åtgärd", "Tazocin 4 g iv inom 30 min från ankomst, blododlingar perifert och från port. "
         "Rtg pulm beställd, urinodling. Isolering enkelrum."),
        ("Planering", "Inläggning onkologen. Odlingar och rtg-svar följs upp av avdelningen."),
    ])], [(H, "n1")], [],
    "long chart: febrile neutropenia confirmed, but 'DD pneumoni …, portinfektion' hedges possible foci")

case("vgr-typo-ingen-misstake-om-peritonsillit", "vgr", "1999-09-01", "614", [
    M("n1", "Läkaranteckning", "vg_su_akut", "karlsson_e", "2024-03-01 02:40", 30, [
        ("Aktuellt", "Hög feber och halsont sedan 3 dagar, svårt att svälja."),
        ("Status", "Tonsiller förstorade med beläggningar bilat, ingen uvulaförskjutning. Nacken mjuk."),
        ("Bedömning", "Streptokocktonsillit, Strep A-test pos. Ingen misstake om peritonsillit eller meningit."),
        ("Åtgärd", "Kåvepenin 1 g x 3 i 10 dagar."),
    ])], [], [(H, "n1")],
    "typo in the negation 'Ingen misstake om'; tonsillitis confirmed by test")

case("sk-gikt-trol-mtp1-hem", "skane", "1963-08-23", "916", [
    M("n1", "Läkaranteckning", "sk_hbg_akut", "ek", "2024-03-05 23:50", None, [
        ("Aktuellt", "Vaknade med svullen röd stortå hö, kunde inte ha täcket på den."),
        ("Status", "Temp 37,8. MTP I hö rodnad, svullen, extremt öm. Ingen sårskada."),
        ("Bedömning", "Trol. gikt hö MTP I. S-urat 512."),
        ("Åtgärd", "Prednisolon 30 mg x 1 i 5 dagar. Urat-kontroll och ev. allopurinol via VC om 6 v."),
    ])], [(H, "n1")], [],
    "'Trol. gikt' is a hedged diagnosis; 'ev. allopurinol' is a plan hedge beside it")

case("vgr-misstankt-felaktig-tablettintag-ej-diagnos", "vgr", "1937-01-28", "702", [
    M("n1", "Läkaranteckning", "vg_sas_mava", "aberg", "2024-03-10 05:15", 40, [
        ("Vårdförlopp", "Inlagd igår för pneumoni hö, Bensyl 3 g x 3. Afebril sedan kl 02."),
        ("Bedömning", "Pneumoni i förbättring. Misstänker att pat inte tagit sina vätskedrivande hemma senaste veckan, "
         "dosetten var full enligt hemtjänsten."),
        ("Planering", "Trolig hemgång imorgon om fortsatt afebril. Hemtjänst hjälper med dosett."),
    ], setting="slutenvård")], [], [(H, "n1")],
    "hedges on adherence (misstänker att pat inte tagit) and on discharge (trolig hemgång); the pneumonia is confirmed")

# ------------------------------------------------------------ trauma
case("sk-klinisk-misstanke-scaphoideumfraktur-rtg-ua", "skane", "2000-04-17", "931", [
    M("n1", "Akutjournal", "sk_lund_akut", "wallin", "2024-03-16 22:10", 35, [
        ("Anamnes", "Föll på utsträckt hand med elsparkcykel."),
        ("Status", "Ömhet i fossa tabatière hö, smärta vid axial kompression av tummen."),
        ("Utredning", "Rtg hö handled inkl scaphoideumserie: ingen synlig fraktur."),
        ("Bedömning", "Klinisk misstanke om scaphoideumfraktur trots negativ rtg."),
        ("Åtgärd", "Skafoideumgips. Ny rtg alt MR om 10–14 dagar, kallelse från ortopedmottagningen."),
    ])], [(H, "n1")], [],
    "classic occult scaphoid fracture: 'Klinisk misstanke om' is a positive hedge despite the negative x-ray")

case("vgr-trolig-commotio-obs-over-natten", "vgr", "1986-10-30", "125", [
    M("n1", "Akutjournal", "vg_su_akut", "moradi", "2024-03-23 03:05", 45, [
        ("Anamnes", "Slagen i huvudet med knytnäve utanför nattklubb, kort amnesi för händelsen."),
        ("Status", "GCS 15, svullnad vä os zygomaticum. Pupiller isokora. Neurologiskt ua."),
        ("Bedömning", "Trolig commotio cerebri. DT skalle och ansiktsskelett utan fraktur eller blödning."),
        ("Planering", "Hem med nykter vuxen, skriftlig information om hjärnskakning."),
    ])], [(H, "n1")], [],
    "'Trolig commotio cerebri' is hedged even though DT was normal")

case("sk-commotio-konstaterad-obs-platser-plan", "skane", "1972-01-05", "744", [
    M("n1", "Läkaranteckning", "sk_krist_akut", "haddad", "2024-03-27 00:20", 30, [
        ("Aktuellt", "Cyklade omkull utan hjälm, bevittnad medvetslöshet ca 1 min."),
        ("Bedömning", "Commotio cerebri. DT skalle utan blödning."),
        ("Planering", "Läggs på obs-platserna över natten med neurokontroller varannan timme, hemgång efter rond."),
    ])], [], [(H, "n1")],
    "hard negative: 'obs-platserna' means the observation beds; the concussion itself is stated without hedge")

case("vgr-typo-revbensfaktur-fragetecken", "vgr", "1957-12-02", "468", [
    M("n1", "Läkaranteckning", "vg_nal_akut", "olofsson", "2024-04-01 01:35", 20, [
        ("Aktuellt", "Halkade i badkaret, slog hö sida mot kanten."),
        ("Status", "Punktöm hö revben 7–8 lateralt, krepitation? Andas utan besvär, sat 98 %."),
        ("Bedömning", "?Revbensfaktur hö 7–8. Rtg ej indicerat, ingen pneumothorax kliniskt. Smärtlindring, andningsövningar."),
    ])], [(H, "n1")], [],
    "typo 'Revbensfaktur' with a leading question mark; a fracture is a diagnosis")

case("vgr-hoftfraktur-kan-inte-uteslutas-mr", "vgr", "1933-05-15", "589", [
    M("n1", "Akutjournal", "vg_molndal_akut", "olofsson", "2024-04-10 04:00", 60, [
        ("Anamnes", "Boende på SÄBO, hittad på golvet, kan inte belasta hö ben."),
        ("Status", "Hö ben ej förkortat, ej utåtroterat. Smärta vid passiv rotation i höften."),
        ("Utredning", "Rtg hö höft och bäcken: ingen säker fraktur, kraftig osteopeni."),
        ("Bedömning", "Kan inte utesluta odislocerad collumfraktur hö. MR höft bokad akut i morgon."),
        ("Planering", "Inläggning ortopeden, smärtlindring med fascia iliaca-blockad."),
    ])], [(H, "n1")], [],
    "'Kan inte utesluta' + fracture is a positive hedge")

case("vgr-mjaltruptur-misstankt-dt-trauma-lang", "vgr", "1989-02-27", "352", [
    M("n1", "Akutjournal", "vg_su_akut", "fredriksson", "2024-04-19 01:20", 120, [
        ("Kontaktorsak", "Traumalarm nivå 1, MC-olycka i ca 70 km/h, hjälm på."),
        ("Anamnes", "Enligt ambulans vaken på platsen, klagade på vä-sidig bröst- och buksmärta. "
         "Inga kända sjukdomar, inga läkemedel. Oklart om alkohol."),
        ("Status", "A: Fri. B: AF 24, sat 94 % på 5 l, nedsatta andningsljud vä basalt. "
         "C: HF 122, BT 96/60, kall perifert. D: GCS 14 (V4). E: Skrapsår vä sida, deformitet vä underarm. "
         "FAST: fri vätska i Morisons ficka negativ, vätska perisplenalt."),
        ("Åtgärd", "2 grova PVK, 2 E 0 neg, Cyklokapron 1 g. Thoraxdrän vä efter rtg som visade hemopneumothorax."),
        ("Utredning", "DT helkropp: hemopneumothorax vä, revbensfrakturer vä 8–11. Lacerationsbild i mjälten med "
         "kontrastläckage, misstänkt mjältruptur grad IV. Distal radiusfraktur vä."),
        ("Bedömning", "Multitrauma. Hemodynamiskt instabil trots vätska."),
        ("Planering", "Till op akut, kirurgbakjour och IR-jour kontaktade. Ortopeden tar underarmen sekundärt."),
    ], setting="slutenvård")], [(H, "n1")], [],
    "long trauma chart with many confirmed injuries and one hedged diagnosis (misstänkt mjältruptur) in Utredning")

case("sk-kan-ej-uteslutas-att-pat-slagit-huvudet-ej-diagnos", "skane", "1940-03-03", "472", [
    M("n1", "Akutjournal", "sk_malmo_akut", "nordin", "2024-04-23 03:30", 35, [
        ("Anamnes", "Waranbehandlad, föll i köket. Kan ej uteslutas att hon slog i huvudet, minns inte fallet."),
        ("Utredning", "DT skalle: inga blödningar, ingen fraktur. PK 2,6."),
        ("Bedömning", "Fall hos antikoagulerad pat utan intrakraniell blödning. Hem med dottern."),
    ])], [], [(H, "n1")],
    "'kan ej uteslutas' hedges whether she hit her head (an event), and bleeding is negated")

case("vgr-skadad-hand-ev-senskada", "vgr", "1978-08-19", "836", [
    M("n1", "Läkaranteckning", "vg_kungalv_akut", "karlsson_e", "2024-04-26 22:45", 30, [
        ("Aktuellt", "Skar sig på brödkniv, 2 cm sår volart över dig III grundfalang."),
        ("Status", "Nedsatt flexion i DIP-led dig III, sensibilitet intakt."),
        ("Bedömning", "Ev. skada på flexor digitorum profundus-senan dig III. Såret sutureras ej, handkirurgen tar imorgon."),
    ])], [(H, "n1")], [],
    "'Ev.' before a tendon injury (a diagnosis) in visible Bedömning")

case("sk-misstankt-pneumothorax-klinisk-status", "skane", "1998-11-11", "194", [
    M("n1", "Akutjournal", "sk_lund_akut", "ivarsson", "2024-05-02 00:35", 25, [
        ("Aktuellt", "Lång, smal 25-åring, plötslig hugg i hö bröstkorg vid vila, andfådd."),
        ("Status", "Nedsatta andningsljud hö, hypersonor perkussion hö. Stark misstanke om hö-sidig pneumothorax. Sat 95 %."),
        ("Planering", "Rtg pulm akut, därefter ställningstagande till dränage."),
    ])], [(H, "n1")], [],
    "a hedged diagnosis inside a Status section ('Stark misstanke om … pneumothorax') is still visible")

# ------------------------------------------------------------ intoxikation
case("sk-misstankt-paracetamolintox-tidpunkt-oklar", "skane", "2004-06-06", "428", [
    M("n1", "Akutjournal", "sk_malmo_akut", "haddad", "2024-05-06 02:20", 50, [
        ("Kontaktorsak", "Hittad av rumskamrat med tomma tablettkartor, berusad."),
        ("Anamnes", "Uppger att hon tagit \"ett gäng Alvedon\" någon gång under kvällen, tidpunkt oklar. Alkohol ca 1 flaska vin."),
        ("Status", "RLS 2, följer uppmaningar. Cirkulatoriskt stabil. Inga yttre skador."),
        ("Bedömning", "Misstänkt paracetamolintox med okänd intagstid. S-paracetamol och leverstatus pending."),
        ("Åtgärd", "Acetylcystein startat enligt Giftinformationscentralens råd utan att invänta svar. "
         "Psykiatrisk bedömning när medicinskt färdigbehandlad."),
    ])], [(H, "n1")], [(A, "n1")],
    "hedged poisoning diagnosis with lab results pending")

case("vgr-bild-som-vid-opioidintox", "vgr", "1984-03-21", "617", [
    M("n1", "Akutjournal", "vg_ostra_akut", "claesson", "2024-05-10 04:45", 40, [
        ("Status", "RLS 4, AF 6/min, knappnålsstora pupiller, sat 84 % på luft."),
        ("Bedömning", "Bild som vid opioidintoxikation. Naloxon 0,4 mg iv med snabb effekt, AF 14 efter 2 min."),
        ("Planering", "Observation minst 4 timmar pga risk för återinsomning, ev. naloxoninfusion."),
    ])], [(H, "n1")], [],
    "'Bild som vid' before a poisoning diagnosis is a hedge")

case("sk-oklar-mangd-paracetamol-ingen-forgiftning", "skane", "1979-11-29", "552", [
    M("n1", "Läkaranteckning", "sk_hbg_akut", "sjoberg", "2024-05-15 23:25", 30, [
        ("Anamnes", "Tandvärk i 3 dagar, har tagit Alvedon och Ipren om vartannat, osäker på hur många tabletter."),
        ("Utredning", "S-paracetamol 4 h efter senaste dos: 48 µmol/L, under behandlingslinjen. ALAT normalt."),
        ("Bedömning", "Terapeutiskt intag av paracetamol i överkant, ingen förgiftning. Tandakuten imorgon."),
    ])], [], [(H, "n1")],
    "the uncertainty concerns the number of tablets; poisoning is negated by the level")

case("vgr-mojlig-begynnande-alkoholabstinens", "vgr", "1967-10-13", "246", [
    M("n1", "Akutjournal", "vg_sas_akut", "strand", "2024-05-19 03:10", 60, [
        ("Anamnes", "Dricker enligt egen uppgift en flaska sprit om dagen sedan jul, sista intag igår förmiddag."),
        ("Status", "Svettig, tremor i händerna, HF 110, BT 168/98. Orienterad. CIWA-Ar 14."),
        ("Bedömning", "Möjlig begynnande alkoholabstinens. Oxascand enligt CIWA-schema, Tiamin 200 mg iv x 3."),
    ])], [(H, "n1")], [],
    "'Möjlig' before alcohol withdrawal (a diagnosis) in visible Bedömning")

case("sk-pmo-jour-misstankt-blandintox-hanvisad-akut", "skane", "1992-08-02", "183", [
    P("n1", "Jourbesök", "sk_jour_trbg", "bengtsson", "2024-05-22 21:50", None, [
        ("Aktuellt", "Kommer med sambo, tagit okänt antal av sambons Oxascand och druckit öl."),
        ("Bedömning", "Misstänkt blandintox med bensodiazepiner och alkohol. Ambulans beställd till SUS Malmö akut."),
    ])], [], [(H, "n1")],
    "PMO (primary care jour) never shows diagnoses: hedged intoxication diagnosis is must_not")

case("vgr-typo-fragestalning-serotonergt-syndrom", "vgr", "1997-04-10", "329", [
    M("n1", "Akutjournal", "vg_su_akut", "persson_i", "2024-05-27 01:50", 55, [
        ("Anamnes", "Sertralin 150 mg, tog igår tramadol från en vän mot ryggvärk."),
        ("Status", "Temp 38,4, HF 124, agiterad, klonus i fotlederna, hyperreflexi."),
        ("Bedömning", "Frågestälning serotonergt syndrom. Sertralin och tramadol utsatta, Stesolid 5 mg iv, "
         "kylning. GIC konsulterad."),
    ])], [(H, "n1")], [],
    "typo 'Frågestälning' (frågeställning) before a syndrome the patient may have")

case("sk-typo-alkoholintox-konstaterad-ingen-missnke-skallskada", "skane", "1988-12-31", "375", [
    M("n1", "Omvårdnadsanteckning", "sk_lund_akut", "rask", "2024-06-02 04:30", 20, [
        ("Omvårdnad", "Alkoholintox, P-etanol 2,8 promille. Sover på sidan, väckbar. Inga synliga skador, "
         "dr Ivarsson har undersökt: ingen missänke om skallskada."),
        ("Planering", "Väcks var 30:e min enl ordination. Hem med taxi när gångbar."),
    ])], [], [(H, "n1")],
    "typo in the negation 'ingen missänke om'; the intoxication is measured")

case("vgr-kan-ej-uteslutas-att-tagit-fler-tabletter", "vgr", "2005-02-22", "482", [
    M("n1", "Läkaranteckning", "vg_nal_akut", "moradi", "2024-06-06 00:10", 45, [
        ("Anamnes", "Tog 10 st zopiklon 7,5 mg efter bråk med pojkvännen, ringde själv 112. Kan ej uteslutas att hon tagit fler "
         "än hon uppger, kartan var inte full från början."),
        ("Status", "RLS 1–2, sömnig men adekvat, vitalparametrar ua."),
        ("Bedömning", "Zopiklonförgiftning, avsiktlig. Medicinskt stabil, övervakning 6 timmar, psykiatrikonsult därefter."),
    ])], [], [(H, "n1")],
    "the hedge (kan ej uteslutas) concerns the number of tablets; the poisoning is stated as fact")

case("sk-sannolik-ghb-forgiftning-epikris-ava", "skane", "1999-07-07", "295", [
    M("n1", "Epikris", "sk_lund_ava", "lindqvist", "2024-06-10 09:30", 60, [
        ("Epikris", "24-årig man inkommen med ambulans nattetid efter kollaps på fest, RLS 6 vid ankomst, "
         "ofri luftväg hanterad med näskantarell. Vaknade abrupt efter 3 timmar, fullt orienterad."),
        ("Diagnos", "Sannolik GHB-förgiftning. Tox-screen i urin skickad, svar om ca 1 vecka."),
        ("Uppföljning", "Pat har fått information om risker och erbjudits kontakt med beroendemottagningen."),
    ], setting="slutenvård")], [(H, "n1")], [],
    "epikris: 'Sannolik' before a poisoning diagnosis in the Diagnos section")

case("vgr-susp-alkoholutlost-pankreatit-intox", "vgr", "1972-04-18", "705", [
    M("n1", "Akutjournal", "vg_skas_akut", "aberg", "2024-06-14 02:35", 35, [
        ("Aktuellt", "Berusad, svår epigastriesmärta som strålar mot ryggen, kräks."),
        ("Lab", "Amylas 2,4 µkat/L, lipas ej analyserat ännu. Etanol 1,9."),
        ("Bedömning", "Susp. alkoholutlöst pankreatit. Dropp, smärtlindring, inläggning kirurgen."),
    ])], [(H, "n1")], [],
    "abbreviation 'Susp.' before pancreatitis")

# ------------------------------------------------------------ NL101: who was told what
case("sk-dt-bifynd-levermetastaser-ej-informerad-i-natt", "skane", "1950-09-14", "612", [
    M("n1", "Akutjournal", "sk_lund_akut", "malmgren", "2024-01-09 03:10", 45, [
        ("Aktuellt", "Andfåddhet och trötthet i två veckor, viktnedgång 6 kg sedan sommaren."),
        ("Utredning", "DT thorax-buk: inga lungembolier. Bifynd: multipla levermetastaser, primärtumör ej säkert identifierad."),
        ("Bedömning", "Levermetastaser, okänd primärtumör. Pat ej informerad om bifyndet i natt, "
         "information ges av avdelningsläkare på förmiddagen tillsammans med kontaktsjuksköterska."),
        ("Planering", "Inläggning medicin för fortsatt utredning."),
    ], setting="slutenvård")], [(A, "n1")], [(H, "n1")],
    "a stated (unhedged) diagnosis in visible Bedömning while the patient is explicitly not informed")

case("vgr-meningiom-pat-berusad-ej-informerad", "vgr", "1969-01-19", "437", [
    M("n1", "Akutjournal", "vg_molndal_akut", "claesson", "2024-01-13 02:50", 40, [
        ("Aktuellt", "Ramlat i berusat tillstånd, slagit i pannan, P-etanol 2,2."),
        ("Utredning", "DT skalle: ingen blödning. Meningiom 2,5 cm frontalt vä utan ödem."),
        ("Bedömning", "Skalltrauma utan blödning. Meningiom som bifynd. Pat ej informerad då kraftigt berusad – "
         "besked ges när nykter av dagjour, remiss neurokirurgen."),
    ])], [(A, "n1")], [(H, "n1")],
    "incidental meningioma named in visible text; the patient is not informed because drunk")

case("sk-pankreascancer-dottern-vill-att-pat-ej-far-veta", "skane", "1931-07-25", "540", [
    M("n1", "Läkaranteckning", "sk_krist_med", "lindqvist", "2024-01-17 22:30", 60, [
        ("Aktuellt", "Ikterus och klåda sedan 2 veckor. Bor på SÄBO, lätt demens."),
        ("Utredning", "DT buk: 4 cm tumör i pankreashuvudet med levermetastaser och vidgade gallvägar."),
        ("Bedömning", "Pankreascancer med levermetastaser. Dottern vill att pat inte ska få veta ännu; "
         "pat inte informerad. Tas upp vid familjesamtal med patientansvarig läkare."),
    ], setting="slutenvård")], [(A, "n1")], [],
    "diagnosis visible while the text says the patient is not informed at the daughter's wish")

case("vgr-bukaortaaneurysm-ej-berattat-karlkirurg-imorgon", "vgr", "1946-02-11", "663", [
    M("n1", "Akutjournal", "vg_sas_akut", "berntsson", "2024-01-21 04:15", 35, [
        ("Utredning", "DT urinvägar för misstänkt njursten: ingen sten. Infrarenalt bukaortaaneurysm 5,8 cm utan tecken på ruptur."),
        ("Bedömning", "Bukaortaaneurysm 5,8 cm, asymtomatiskt. Har ännu inte berättat för pat om aneurysmet – "
         "kärlkirurg tar samtalet på mottagningen imorgon. Smärtan bedöms som lumbago."),
    ])], [(A, "n1")], [],
    "'har ännu inte berättat för pat' about a visible aneurysm; the word 'misstänkt' only describes the referral question of a ruled-out stone")

case("sk-typo-ej-infomerad-bild-som-vid-akut-leukemi", "skane", "1959-10-03", "285", [
    M("n1", "Akutjournal", "sk_malmo_akut", "lindqvist", "2024-01-26 01:40", 50, [
        ("Aktuellt", "Blåmärken, tandköttsblödning och trötthet i 3 veckor."),
        ("Lab", "Hb 74, TPK 12, LPK 38 med blaster i perifert blod enligt mikroskopi."),
        ("Bedömning", "Bild som vid akut leukemi. Hematologjour kontaktad, benmärgsprov på måndag. "
         "Pat ej infomerad om leukemimisstanken ännu, hematolog tar samtalet."),
    ])], [(A, "n1"), (H, "n1")], [],
    "typo 'infomerad'; hedged leukaemia visible and the patient not yet informed (both codes)")

case("vgr-njurcellscancer-n1-ej-informerad-n2-informerad", "vgr", "1962-06-30", "159", [
    M("n1", "Akutjournal", "vg_nal_akut", "rahimi", "2024-01-30 02:05", 50, [
        ("Utredning", "DT buk för hematuri: 6 cm solid tumör i hö njure, bild typisk för njurcellscancer enligt radiolog."),
        ("Bedömning", "Njurcellscancer hö. Pat ännu ej informerad, sov när svaret kom. Inlagd urologen."),
    ]),
    M("n2", "Läkaranteckning", "vg_nal_akut", "aberg", "2024-01-30 10:40", 30, [
        ("Information", "Informerat pat och hustrun om njurtumören och planerad utredning. De ställde frågor om operation, "
         "som besvarades. Kontaktsjuksköterska namngiven."),
    ], setting="slutenvård")], [(A, "n1")], [(A, "n2")],
    "night note withholds a visible diagnosis (NL101 on n1); the morning note tells the patient (not on n2)")

case("sk-lungforandring-ska-ej-informeras-forran-lungmed", "skane", "1955-11-22", "831", [
    M("n1", "Akutjournal", "sk_hbg_akut", "haddad", "2024-02-04 03:35", None, [
        ("Aktuellt", "Hosta i 6 veckor, hemoptys x 2 idag. Rökare."),
        ("Utredning", "Rtg pulm: 4 cm rundhärd hö överlob med spikulerad kontur."),
        ("Bedömning", "Misstänkt lungcancer hö överlob. Ska inte informeras förrän lungläkare granskat bilderna imorgon, "
         "enligt överenskommelse med bakjour."),
    ])], [(A, "n1"), (H, "n1")], [],
    "'ska inte informeras förrän …' = must not be told yet, about a hedged malignancy in a visible section")

case("vgr-ssk-pat-sover-ej-informerad-om-radiusfraktur", "vgr", "1938-12-18", "746", [
    M("n1", "Omvårdnadsanteckning", "vg_kungalv_akut", "johansson_m", "2024-02-09 03:55", None, [
        ("Omvårdnad", "Rtg-svar kommit: distal radiusfraktur hö. Pat sover gott på britsen, ej informerad om frakturen ännu. "
         "Dr Persson meddelad, informerar när pat vaknat."),
    ])], [(A, "n1")], [(H, "n1")],
    "nurse note names a confirmed fracture and says the sleeping patient is not yet informed")

case("sk-levercirros-dt-ej-meddelat-gastro-tar", "skane", "1965-03-08", "918", [
    M("n1", "Läkaranteckning", "sk_ystad_akut", "ek", "2024-02-13 23:05", 30, [
        ("Utredning", "DT buk: nodulär lever, splenomegali och ascites – levercirros."),
        ("Bedömning", "Levercirros med ascites. Ej meddelat pat, tas av gastroenterolog på mottagningen nästa vecka."),
    ])], [(A, "n1")], [],
    "'Ej meddelat pat' about a stated cirrhosis")

case("sk-intox-rls3-rtg-lungtumor-ej-informerad-lang", "skane", "1957-05-05", "067", [
    M("n1", "Akutjournal", "sk_krist_akut", "ivarsson", "2024-02-17 02:25", 100, [
        ("Kontaktorsak", "Hittad av hemtjänsten i sängen, svårväckt, tomma förpackningar Propavan och Sobril."),
        ("Anamnes", "Ensamboende 66-årig man, känd depression och alkoholberoende. Enligt hemtjänsten nedstämd "
         "sedan hustrun dog i höstas. Inget avskedsbrev funnet."),
        ("Status", "RLS 3, reagerar på smärta med avvärjning. AF 12, sat 93 %, HF 96, BT 112/68. "
         "Pupiller mellanstora. Cor: RR. Pulm: Nedsatt andningsljud hö ovan. Buk: Mjuk. Inga yttre skador."),
        ("Lab", "P-etanol 0,4, S-paracetamol <10, CK 1800, krea 110, K 3,6. Blodgas: pH 7,36, pCO2 6,1."),
        ("Utredning", "Rtg pulm inför ev. intubation: 5 cm tumör hö överlob, förstorad hö hilus."),
        ("Bedömning", "Blandintox med bensodiazepin och antihistamin, avsiktlig. Lungtumör hö överlob. "
         "Pat ej informerad om lungfyndet pga sänkt medvetandegrad."),
        ("Planering", "IMA för övervakning. Psykiatrikonsult när vaken. DT thorax och lungremiss, "
         "avdelningen informerar pat om fyndet när han är kontaktbar."),
    ], setting="slutenvård")], [(A, "n1")], [],
    "long chart: a lung tumour is stated in Bedömning and the patient is said not to be informed (RLS 3)")

case("vgr-koloncancer-misstankt-ej-pratat-med-pat-overrapporterat", "vgr", "1948-10-06", "224", [
    M("n1", "Akutjournal", "vg_skas_akut", "fredriksson", "2024-02-22 05:30", 25, [
        ("Utredning", "DT buk pga anemi Hb 82 och buksmärta: väggförtjockning i colon ascendens, 5 cm, förstorade lymfkörtlar."),
        ("Bedömning", "Trolig koloncancer i ascendens. Har inte pratat med pat om DT-fyndet ännu, överrapporterat till dagjour "
         "som informerar under ronden."),
    ])], [(A, "n1"), (H, "n1")], [],
    "'Har inte pratat med pat om DT-fyndet' about a hedged colon cancer visible in Bedömning")

case("sk-myelom-epikris-ej-informerad-hematolog-tar", "skane", "1947-04-14", "350", [
    M("n1", "Epikris", "sk_hbg_mava", "lindqvist", "2024-02-26 14:10", 90, [
        ("Epikris", "Inkom via akuten med ryggsmärta och hyperkalcemi, Ca 3,1. Rehydrerad och fått Zometa. "
         "M-komponent IgG 42 g/L, benmärgsprov visar 35 % plasmaceller, DT skelett multipla osteolyser."),
        ("Diagnos", "Multipelt myelom."),
        ("Information", "Pat ej informerad om myelomdiagnosen under vårdtiden – hematologen ger beskedet på mottagningsbesöket 5/3."),
    ], setting="slutenvård")], [(A, "n1")], [(H, "n1")],
    "discharge summary with a settled diagnosis and an explicit statement that the patient was not told")

case("vgr-har-inte-fatt-veta-hjarntumor-neurokirurg", "vgr", "1974-09-29", "572", [
    M("n1", "Akutjournal", "vg_su_akut", "strand", "2024-03-02 01:25", 55, [
        ("Aktuellt", "Första epileptiska anfallet i livet ikväll, bevittnat av sambon, tonisk-kloniskt 2 min."),
        ("Utredning", "DT hjärna med kontrast: 4 cm ringladdande tumör vä temporallob med omgivande ödem."),
        ("Bedömning", "Hjärntumör vä temporallob med symtomatisk epilepsi. Pat har inte fått veta om tumören ännu – "
         "neurokirurgjouren ringer tillbaka i morgon bitti och vi informerar tillsammans. Betapred och Keppra insatt."),
    ])], [(A, "n1")], [],
    "variant wording 'har inte fått veta om tumören' next to a stated brain tumour")

case("sk-informeras-inte-i-natt-peritonealkarcinos", "skane", "1960-12-01", "400", [
    M("n1", "Akutjournal", "sk_lund_akut", "sjoberg", "2024-03-06 03:40", 60, [
        ("Aktuellt", "Ökande bukomfång i en månad, nu andfådd."),
        ("Utredning", "DT buk: rikligt med ascites, omentum cake och bilaterala adnexresistenser."),
        ("Bedömning", "Peritonealkarcinos, trolig ovarialcancer. Informeras inte om fynden i natt, "
         "gynbakjour rondar pat kl 08 och tar samtalet."),
    ])], [(A, "n1"), (H, "n1")], [],
    "'Informeras inte … i natt' about a visible carcinomatosis; 'trolig ovarialcancer' is also hedged")

case("vgr-typo-ej-underattad-om-brosttumor-bifynd", "vgr", "1971-05-23", "886", [
    M("n1", "Läkaranteckning", "vg_alingsas_akut", "persson_i", "2024-03-11 04:05", 40, [
        ("Utredning", "DT thorax (trauma efter bilolycka): inga frakturer. Bifynd 3 cm tumör i vä bröst med förstorad axillkörtel."),
        ("Bedömning", "Tumör vä bröst som bifynd. Pat ej underättad om fyndet, remiss till bröstmottagningen skrivs och "
         "dagläkare ringer pat."),
    ])], [(A, "n1")], [],
    "typo 'underättad'; a breast tumour named visibly, patient not told")

case("sk-n1-ej-informerad-n2-telefon-informerad", "skane", "1953-08-09", "773", [
    M("n1", "Akutjournal", "sk_malmo_akut", "petrovic", "2024-03-14 02:15", 30, [
        ("Bedömning", "Lumbago. Bifynd på DT ländrygg: njursvulst hö, 3 cm, solid. Pat hade gått hem när svaret kom, "
         "inte informerad."),
    ]),
    M("n2", "Telefonanteckning", "sk_malmo_akut", "malmgren", "2024-03-14 11:20", 10, [
        ("Telefonkontakt", "Ringt pat och berättat om njursvulsten på DT:n. Pat tog det lugnt, remiss urologen skickad."),
    ])], [(A, "n1")], [(A, "n2")],
    "patient left before the result: withheld in n1, told by phone in n2")

case("vgr-anti-hcv-positivt-ej-natt-per-telefon", "vgr", "1987-02-06", "318", [
    M("n1", "Telefonanteckning", "vg_ostra_akut", "moradi", "2024-03-19 16:45", 20, [
        ("Telefonkontakt", "Prov från akutbesöket 17/3 visar kronisk hepatit C (anti-HCV pos, HCV-RNA pos). "
         "Försökt nå pat per telefon två gånger utan svar, pat ej informerad. Nytt försök imorgon, "
         "brev med kallelse till infektionsmottagningen skickas."),
    ])], [(A, "n1")], [(H, "n1")],
    "a confirmed infection in a visible phone note while the patient could not yet be reached and is not informed")

case("sk-stroke-afasisk-pat-ej-informerad-anhoriga-informerade", "skane", "1939-06-15", "144", [
    M("n1", "Akutjournal", "sk_lund_akut", "haddad", "2024-03-22 22:55", 60, [
        ("Aktuellt", "Hittad av maken med talsvårigheter och hö-sidig svaghet, senast sedd frisk kl 14."),
        ("Utredning", "DT hjärna: etablerad infarkt i vä MCA-område. Utanför tidsfönster för trombolys och trombektomi."),
        ("Bedömning", "Ischemisk stroke vä MCA med afasi och hö hemipares. Pat ej informerad om diagnosen då "
         "hon inte kan ta till sig information just nu; maken och sonen informerade."),
    ], setting="slutenvård")], [(A, "n1")], [(H, "n1")],
    "the reverse of 'relative not told': relatives informed, the patient herself not informed about a visible stroke")

case("vgr-lungfibros-bifynd-ej-framfort-till-pat", "vgr", "1949-11-08", "651", [
    M("n1", "Akutjournal", "vg_sas_akut", "aberg", "2024-03-26 03:20", 45, [
        ("Utredning", "DT-angio: ingen LE. Retikulärt mönster med honeycombing basalt bilat, tecken på lungfibros."),
        ("Bedömning", "Lungfibros som bifynd. Inte framfört till pat i natt, tas vid besök på lungmottagningen – remiss skriven."),
    ])], [(A, "n1")], [],
    "'Inte framfört till pat' about a visible pulmonary fibrosis found incidentally")

case("sk-blastumor-misstankt-ska-inte-informeras-urolog", "skane", "1952-02-28", "267", [
    M("n1", "Läkaranteckning", "sk_krist_akut", "nordin", "2024-03-30 01:10", 35, [
        ("Utredning", "DT urinvägar: ingen sten. 2 cm solid process i urinblåsans vänstra vägg."),
        ("Bedömning", "Misstänkt blåscancer. Pat ska inte informeras om detta innan urologen bedömt, enligt bakjour. "
         "Pat får veta att han blir kallad för cystoskopi."),
    ])], [(A, "n1"), (H, "n1")], [],
    "'ska inte informeras om detta' next to a hedged bladder cancer; being told about the cystoscopy is not telling the diagnosis")

case("vgr-epikris-lungcancer-ej-informerats-under-vardtiden", "vgr", "1944-07-19", "490", [
    M("n1", "Epikris", "vg_skas_ava", "berntsson", "2024-04-03 13:30", 120, [
        ("Epikris", "Inlagd via akuten med pleuravätska hö, tappad 1,2 l. Cytologi: adenokarcinom. "
         "DT visar skelettmetastaser i bäckenet."),
        ("Diagnos", "Metastaserande lungcancer (adenokarcinom)."),
        ("Information", "Pat har inte informerats om diagnosen under vårdtiden; besked ges av lungmottagningen på tisdag "
         "enligt överenskommelse med kontaktsjuksköterskan."),
    ], setting="slutenvård")], [(A, "n1")], [(H, "n1")],
    "epikris with a cytology-confirmed diagnosis and 'har inte informerats om diagnosen'")

case("sk-le-ej-informerad-sov-nar-svaret-kom", "skane", "1981-10-21", "836", [
    M("n1", "Överrapportering", "sk_lund_akut", "ivarsson", "2024-04-07 06:45", 15, [
        ("Överrapportering", "DT-angio visar lungemboli i hö underlobsartär. Pat ej informerad om LE ännu, sov när svaret kom kl 05. "
         "Fragmin given. Dagjour informerar och tar ställning till hemgång med Eliquis."),
    ])], [(A, "n1")], [(H, "n1")],
    "handover note: a confirmed PE while the sleeping patient is not yet informed")

case("sk-pat-informerad-om-levermetastaser-med-dotter", "skane", "1945-01-26", "524", [
    M("n1", "Läkaranteckning", "sk_lund_ava", "lindqvist", "2024-04-11 09:50", 40, [
        ("Aktuellt", "Inkom i natt med buksmärta, DT visade levermetastaser och en tumör i colon sigmoideum."),
        ("Information", "Pat informerad om DT-fyndet av undertecknad med dottern närvarande. Pat förstår att det rör sig om "
         "cancer som spridit sig. Kontaktsjuksköterska och kurator kopplas in."),
    ], setting="slutenvård")], [], [(A, "n1"), (H, "n1")],
    "the patient has been told about the stated diagnosis today")

case("vgr-ej-informerad-om-tid-for-aterbesok-fraktur", "vgr", "1994-07-31", "408", [
    M("n1", "Akutjournal", "vg_molndal_akut", "olofsson", "2024-04-15 23:20", 25, [
        ("Bedömning", "Odislocerad fraktur basen metatarsale V vä, Jones-zonen ej engagerad."),
        ("Åtgärd", "Walker och belastning efter förmåga. Pat ej informerad om tid för återbesök, kallelse skickas hem "
         "från ortopedmottagningen."),
    ])], [], [(A, "n1"), (H, "n1")],
    "what the patient has not been told is an appointment date, not the diagnosis")

case("sk-remiss-skickad-pat-ej-informerad-om-remissen", "skane", "1968-09-02", "197", [
    M("n1", "Akutjournal", "sk_hbg_akut", "ivarsson", "2024-04-18 02:40", 35, [
        ("Aktuellt", "Hjärtklappning sedan kl 21, oregelbunden puls."),
        ("Undersökningar", "EKG: förmaksflimmer, kammarfrekvens 130. Efter el-konvertering sinusrytm."),
        ("Bedömning", "Nydebuterat förmaksflimmer, konverterat till sinusrytm. CHA2DS2-VASc 1. Pat informerad om diagnosen och "
         "om att söka vid ny episod."),
        ("Planering", "Remiss till arytmimottagningen skickad efter att pat gått hem; han är inte informerad om remissen "
         "men blir kallad per brev."),
    ])], [], [(A, "n1"), (H, "n1")],
    "untold item is that a referral was sent; the diagnosis itself was told")

case("vgr-normalt-ekg-ej-informerad-om-svaret", "vgr", "1983-03-15", "752", [
    M("n1", "Omvårdnadsanteckning", "vg_nal_akut", "svensson_l", "2024-04-22 04:35", 20, [
        ("Omvårdnad", "Kontroll-EKG taget kl 04.20, bedömt normalt av dr Rahimi. Pat sov, ej informerad om EKG-svaret ännu. "
         "Andra TnT tas kl 05."),
    ])], [], [(A, "n1"), (H, "n1")],
    "what is untold is a normal result, and no diagnosis stands in the note")

case("sk-tidiga-hypoteser-mall-pankreas-ej-informerad-plus-akutjournal", "skane", "1958-07-07", "935", [
    M("n1", "Tidiga hypoteser", "sk_malmo_akut", "yusuf", "2024-04-25 03:30", 20, [
        ("Bedömning", "Misstänkt pankreascancer: 3 cm lågattenuerande process i pankreaskroppen på DT. "
         "Pat ej informerad, för osäkert innan MR och EUS."),
    ]),
    M("n2", "Akutjournal", "sk_malmo_akut", "yusuf", "2024-04-25 03:40", 25, [
        ("Aktuellt", "Epigastriesmärta och viktnedgång."),
        ("Bedömning", "Pat har fått smärtlindring och är bättre. Kompletterande undersökningar planeras "
         "och pat kallas till gastromottagningen."),
    ])], [], [(A, "n1"), (H, "n1"), (A, "n2"), (H, "n2")],
    "Skåne: the untold hedged diagnosis stays in the Tidiga hypoteser template (n1); the visible note (n2) names nothing")

case("vgr-tidiga-hypoteser-sokord-ej-informerad-oklar-process", "vgr", "1963-11-13", "318", [
    M("n1", "Akutjournal", "vg_ostra_akut", "rahimi", "2024-04-29 01:55", 45, [
        ("Aktuellt", "Hosta i 2 mån, nattsvettningar."),
        ("Status", "Förstorade lymfkörtlar på halsen bilat, oömma."),
        ("Tidiga hypoteser", "Misstänkt lymfom. Pat ej informerad om misstanken innan biopsi."),
        ("Planering", "Remiss för körtelbiopsi och DT hals-thorax-buk, svar via ÖNH-mottagningen."),
    ])], [], [(A, "n1"), (H, "n1")],
    "VGR: the untold hedged diagnosis sits only under the sökord Tidiga hypoteser")

case("sk-pat-informerad-maken-ej-informerad-enligt-onskan", "skane", "1985-12-09", "604", [
    M("n1", "Läkaranteckning", "sk_ystad_akut", "nordin", "2024-05-03 23:55", 30, [
        ("Bedömning", "Lungemboli bilat segmentella, hemodynamiskt stabil. Pat informerad om LE och behandlingen. "
         "Hon vill inte att maken informeras ännu, respekteras."),
        ("Åtgärd", "Eliquis enligt schema, hem med uppföljning på medicinmottagningen om 3 mån."),
    ])], [], [(A, "n1"), (H, "n1")],
    "the patient was told; only the husband was not")

case("vgr-kand-prostatacancer-val-informerad-av-onkolog", "vgr", "1942-04-01", "173", [
    M("n1", "Akutjournal", "vg_su_akut", "karlsson_e", "2024-05-08 22:35", 40, [
        ("Tidigare sjukdomar", "Prostatacancer med skelettmetastaser sedan 2022, pat väl informerad av onkolog, står på Zytiga."),
        ("Aktuellt", "Ökad smärta i bäckenet senaste veckan, nu svårt att gå."),
        ("Bedömning", "Smärtgenombrott från kända skelettmetastaser. Ingen misstanke om ryggmärgskompression, "
         "normal neurologi. Oxycontin höjs, onkologen kontaktas dagtid."),
    ])], [], [(A, "n1"), (H, "n1")],
    "a known diagnosis told earlier by the oncologist; cord compression negated")

case("vgr-delirium-pat-ej-informerad-om-planen", "vgr", "1929-10-10", "236", [
    M("n1", "Akutjournal", "vg_skas_akut", "claesson", "2024-05-13 03:05", None, [
        ("Aktuellt", "Ökad förvirring i 2 dygn enligt hemtjänsten, plockig, sover inte."),
        ("Lab", "CRP 78, LPK 12,4. U-sticka nitrit pos, urinodling skickad."),
        ("Bedömning", "Delirium utlöst av urinvägsinfektion. Pat ej informerad om planen för inläggning då hon sover, "
         "sonen informerad per telefon."),
    ])], [], [(A, "n1"), (H, "n1")],
    "what is untold is the admission plan, not the diagnosis")

case("sk-typo-pat-infromerad-om-frakturen", "skane", "1977-01-14", "481", [
    M("n1", "Läkaranteckning", "sk_hassl_orto", "wallin", "2024-05-16 10:15", 20, [
        ("Aktuellt", "Rtg-kontroll efter akutbesök för fall på cykel."),
        ("Bedömning", "Lateral malleolfraktur Weber B hö i oförändrat läge. Pat infromerad om frakturen och fortsatt gipsbehandling i 4 veckor."),
    ])], [], [(A, "n1"), (H, "n1")],
    "typo 'infromerad' in the positive telling verb; the patient was told")

case("sk-odlingssvar-ej-klara-pat-ej-informerad-om-odling", "skane", "1990-06-25", "547", [
    M("n1", "Akutjournal", "sk_krist_akut", "ek", "2024-05-20 00:35", 35, [
        ("Bedömning", "Pyelonefrit vä, afebril efter Alvedon, dricker bra. Hem med Ciproxin i 7 dagar."),
        ("Planering", "Urinodlingen är inte klar; pat ej informerad om odlingssvaret eftersom det ännu saknas. "
         "Akutmottagningens ssk ringer om resistens mot Ciproxin."),
    ])], [], [(A, "n1"), (H, "n1")],
    "untold item is a pending culture, which is no diagnosis; the told infection is stated")

case("vgr-telefon-informerat-om-e-coli-urosepsis", "vgr", "1954-05-04", "890", [
    M("n1", "Telefonanteckning", "vg_alingsas_akut", "moradi", "2024-05-24 13:15", 10, [
        ("Telefonkontakt", "Ringt pat: blododlingar från akutbesöket växer E. coli, känslig för Ciproxin. "
         "Pat informerad om att det rörde sig om urosepsis och att behandlingen hon fått fortsätter. Mår bättre."),
    ])], [], [(A, "n1"), (H, "n1")],
    "phone note: the patient is told about the confirmed diagnosis after discharge")

case("sk-patient-informerad-kirurgjour-ej-informerad-appendicit", "skane", "2002-11-03", "712", [
    M("n1", "Akutjournal", "sk_malmo_akut", "yusuf", "2024-05-28 02:45", 20, [
        ("Utredning", "DT buk: förtjockad appendix 11 mm med periappendiculär fettinfiltration, ingen perforation."),
        ("Bedömning", "Akut appendicit, DT-verifierad. Pat informerad om diagnosen och om operation. "
         "Kirurgbakjour ännu inte informerad, sökt två gånger."),
    ])], [], [(A, "n1"), (H, "n1")],
    "the person not yet informed is a colleague; the patient was told")

case("vgr-ej-fatt-veta-normal-dt-skalle", "vgr", "1975-08-26", "043", [
    M("n1", "Läkaranteckning", "vg_kungalv_akut", "persson_i", "2024-06-01 05:05", 25, [
        ("Utredning", "DT skalle utan blödning, ingen fraktur."),
        ("Bedömning", "Huvudvärk efter fall, normal DT. Pat sov när svaret kom och har ännu inte fått veta att undersökningen var normal."),
    ])], [], [(A, "n1"), (H, "n1")],
    "what the patient has not been told is a normal CT result")

# ------------------------------------------------------------ protected places, PMO, multi-note
case("sk-tidiga-hypoteser-mall-misstankt-alkoholberoende", "skane", "1970-03-19", "826", [
    M("n1", "Tidiga hypoteser", "sk_hbg_akut", "malmgren", "2024-06-09 04:40", 30, [
        ("Bedömning", "Tredje besöket i år med fall i berusat tillstånd, PEth 2,4 µmol/L. Misstänkt alkoholberoende, "
         "pat förnekar. Tas upp med VC-läkaren."),
    ])], [], [(H, "n1")],
    "Skåne: a hedged diagnosis written only in the Tidiga hypoteser template is protected")

case("vgr-tidiga-hypoteser-sokord-i-akutjournal-ovrigt-ohedgat", "vgr", "1980-05-28", "364", [
    M("n1", "Akutjournal", "vg_sas_akut", "strand", "2024-06-13 01:30", None, [
        ("Aktuellt", "Fjärde besöket på en månad för bröstsmärta, alla utredningar normala."),
        ("Undersökningar", "EKG och två TnT normala."),
        ("Bedömning", "Bröstsmärta utan kardiell genes. Hem."),
        ("Tidiga hypoteser", "Troligt paniksyndrom med somatiska symtom, behöver tas upp försiktigt av VC."),
    ])], [], [(H, "n1")],
    "VGR: the only hedged diagnosis stands under the sökord Tidiga hypoteser; the rest is unhedged")

case("vgr-mall-tidiga-hypoteser-men-sokord-bedomning-synligt", "vgr", "1966-08-31", "715", [
    M("n1", "Tidiga hypoteser", "vg_nal_akut", "aberg", "2024-06-17 02:50", 25, [
        ("Bedömning", "Misstänkt sarkoidos med tanke på bilaterala hiluskörtlar och erythema nodosum. Remiss lungmottagningen."),
    ])], [(H, "n1")], [],
    "VGR protects by sökord, not by template: a template named Tidiga hypoteser with sökord Bedömning is visible")

case("sk-sokord-tidiga-hypoteser-i-akutjournal-synligt", "skane", "1976-10-04", "530", [
    M("n1", "Akutjournal", "sk_lund_akut", "haddad", "2024-06-21 03:15", 40, [
        ("Aktuellt", "Återkommande buksmärta och diarré, viktnedgång, blod i avföringen."),
        ("Bedömning", "Opåverkad, Hb 121, CRP 34. Remiss gastroskopi/koloskopi."),
        ("Tidiga hypoteser", "Trol. inflammatorisk tarmsjukdom, Crohns sjukdom?"),
    ])], [(H, "n1")], [],
    "Skåne protects by template, not by sökord: a Tidiga hypoteser sökord inside an Akutjournal stays visible")

case("vgr-tidiga-hypoteser-sokord-men-aven-hedge-i-bedomning", "vgr", "1958-01-08", "487", [
    M("n1", "Akutjournal", "vg_su_akut", "berntsson", "2024-06-25 00:55", 60, [
        ("Bedömning", "Anemi Hb 86 och järnbrist, trolig GI-blödning. Gastroskopi planeras."),
        ("Tidiga hypoteser", "Misstänkt ventrikelcancer med tanke på viktnedgång och tidig mättnad."),
    ])], [(H, "n1")], [],
    "the Tidiga hypoteser sökord is protected, but Bedömning also holds a hedged diagnosis (trolig GI-blödning)")

case("sk-multi-th-mall-och-akutjournal-med-hedge", "skane", "1983-07-16", "143", [
    M("n1", "Tidiga hypoteser", "sk_malmo_akut", "sjoberg", "2024-06-29 02:20", 15, [
        ("Bedömning", "Misstänkt ätstörning, BMI 16, hypokalemi, pat vill inte prata om ätandet."),
    ]),
    M("n2", "Akutjournal", "sk_malmo_akut", "sjoberg", "2024-06-29 02:30", 20, [
        ("Aktuellt", "Svimmade på gymmet."),
        ("Bedömning", "Synkope, trolig arytmi sekundärt till hypokalemi K 2,7. Telemetri och kaliumdropp, inläggning."),
    ], setting="slutenvård")], [(H, "n2")], [(H, "n1")],
    "Skåne: the Tidiga hypoteser note (n1) is protected, but the ordinary Akutjournal (n2) has its own hedged arrhythmia")

case("sk-pmo-hemsjukvard-trol-uvi-dr-kontaktad", "skane", "1930-02-20", "382", [
    P("n1", "Hemsjukvårdsanteckning", "sk_hsv_hoor", "persson_u", "2024-07-02 22:10", 20, [
        ("Aktuellt", "Hemkommen från akuten igår. Nu ökad förvirring, illaluktande urin, temp 38,0."),
        ("Bedömning", "Trol. UVI. Jourläkare kontaktad, ordinerar urinodling och Selexid."),
    ])], [], [(H, "n1")],
    "PMO hemsjukvård note: hedged UTI is never shown")

case("sk-typo-pmo-vc-fragetecken-formaksfimmer", "skane", "1960-04-27", "661", [
    P("n1", "Besöksanteckning", "sk_vc_landskrona", "khalil", "2024-07-08 10:30", 45, [
        ("Aktuellt", "Uppföljning efter akutbesök SUS för hjärtklappning. EKG på akuten visade sinusrytm, episoden hade gått över."),
        ("Bedömning", "?Paroxysmalt förmaksfimmer. 48-timmars Holter bokad, återbesök efter svar."),
    ])], [], [(H, "n1")],
    "typo 'förmaksfimmer'; PMO vårdcentral note with a question-marked diagnosis: never shown, so not NL102")

case("sk-pmo-jourcentral-lang-dd-lista-buksmarta", "skane", "1993-09-09", "294", [
    P("n1", "Jourbesök", "sk_jour_trbg", "bengtsson", "2024-07-14 20:35", 30, [
        ("Kontaktorsak", "Buksmärta nedre delen sedan i morse."),
        ("Anamnes", "30-årig kvinna, senaste mens för 6 veckor sedan, oregelbundna cykler. Spiral uttagen i våras. "
         "Smärtan mest hö sida, ingen feber, lätt illamående. Normal avföring och miktion."),
        ("Status", "AT: Opåverkad, lite blek. Buk: Ömhet hö fossa och suprapubiskt, ingen defence, ingen släppömhet. "
         "Temp 37,4. BT 118/72, HF 88."),
        ("Lab", "U-hCG positivt. CRP 9. U-sticka: spår leukocyter."),
        ("Bedömning", "Buksmärta hos gravid kvinna med oklar graviditetslängd. DD: extrauterin graviditet, "
         "corpus luteum-cysta, appendicit."),
        ("Åtgärd", "Remitterad akut till gynakuten SUS Malmö för vaginalt ultraljud. Åker med maken, "
         "informerad om att ringa 112 vid tilltagande smärta eller yrsel."),
    ])], [], [(H, "n1")],
    "long PMO jour note with a DD list: PMO never shows diagnoses")

case("vgr-multi-th-sokord-sedan-bekraftad-och-kommunicerad", "vgr", "1978-12-24", "911", [
    M("n1", "Akutjournal", "vg_molndal_akut", "moradi", "2024-07-19 03:00", 30, [
        ("Aktuellt", "Domningar i benen och dubbelseende i en vecka."),
        ("Status", "Nedsatt sensibilitet upp till navelnivå, internukleär oftalmoplegi."),
        ("Tidiga hypoteser", "Misstänkt MS-skov, för tidigt att kommunicera innan MR."),
        ("Planering", "MR hjärna och ryggmärg, inläggning neurologen."),
    ]),
    M("n2", "Läkaranteckning", "vg_molndal_akut", "aberg", "2024-07-22 14:05", 40, [
        ("Bedömning", "MR: multipla periventrikulära lesioner, några med kontrastladdning. LP: oligoklonala band. MS konstaterad enligt McDonald-kriterierna. "
         "Diagnosen meddelad pat idag vid samtal med neurolog, sambon närvarande."),
    ], setting="slutenvård")], [], [(H, "n1"), (H, "n2"), (A, "n2")],
    "VGR: n1 keeps the hypothesis under Tidiga hypoteser; n2 states the settled diagnosis and that the patient was told")

case("sk-multi-n1-hedgad-le-n2-bekraftad", "skane", "1967-11-01", "470", [
    M("n1", "Akutjournal", "sk_hbg_akut", "petrovic", "2024-07-24 23:30", 35, [
        ("Bedömning", "Andfådd, sat 92 %, D-dimer 3,2. Trol. lungemboli, Fragmin givet i väntan på DT."),
    ]),
    M("n2", "Läkaranteckning", "sk_hbg_akut", "ivarsson", "2024-07-25 02:10", 25, [
        ("Utredning", "DT-angio: emboli i hö huvudlungartär och segmentella grenar vä, inga tecken på högerbelastning."),
        ("Bedömning", "Bilaterala lungembolier, konstaterade. Informerat pat. Eliquis, hem efter TnT-kontroll."),
    ])], [(H, "n1")], [(H, "n2"), (A, "n2")],
    "same night: n1 hedges PE before CT (must), n2 confirms it and tells the patient (must_not)")

case("sk-pmo-telefonradgivning-efter-akutbesok-trol-njursten", "skane", "1984-02-09", "571", [
    P("n1", "Telefonrådgivning", "sk_vc_eslov", "mattsson", "2024-08-13 08:20", 15, [
        ("Telefonkontakt", "Pat ringer, var på akuten i Lund i natt och fick beskedet trol. njursten hö, skulle göra DT polikliniskt. "
         "Fortsatt ont men klarar sig på Voltaren, ingen feber. Rådgiven att kontakta akuten vid feber eller kräkningar."),
    ])], [], [(H, "n1")],
    "PMO phone advice at the vårdcentral: a hedged kidney stone is never shown in PMO")

case("sk-pmo-misstankt-demens-ej-informerad-bara-nl102", "skane", "1936-11-27", "482", [
    P("n1", "Besöksanteckning", "sk_vc_landskrona", "khalil", "2024-08-19 13:40", 50, [
        ("Aktuellt", "Uppföljning efter två akutbesök för fall. Dottern beskriver att pat glömmer spisen och inte hittar hem från affären."),
        ("Status", "MMSE 21/30, klocktest med felplacerade visare. Neurologiskt ua."),
        ("Bedömning", "Misstänkt Alzheimers sjukdom. Pat är inte informerad om misstanken ännu, tas vid nästa besök med dottern. "
         "Remiss DT hjärna och demensprover."),
    ])], [], [(H, "n1")],
    "PMO note: hedged dementia with 'inte informerad' — PMO never shows diagnoses (NL101 not asserted on PMO)")

case("sk-pmo-hemsjukvard-kan-ej-utesluta-trycksar-efter-akuten", "skane", "1928-05-03", "624", [
    P("n1", "Hemsjukvårdsanteckning", "sk_hsv_hoor", "persson_u", "2024-08-23 19:05", None, [
        ("Omvårdnad", "Hemkommen efter 14 timmar på akuten och observationsplats. Rodnad över korsbenet som inte bleknar vid tryck, "
         "trycksår kategori 1 kan ej uteslutas. Lagt på luftmadrass, lägesändring var 3:e timme enligt schema."),
    ])], [], [(H, "n1")],
    "unsigned PMO hemsjukvård note: 'kan ej uteslutas' before a pressure ulcer is never shown in PMO")

# ------------------------------------------------------------ more NL102 positives
case("vgr-epikris-misstankt-siadh-hyponatremi", "vgr", "1938-03-30", "258", [
    M("n1", "Epikris", "vg_sas_mava", "aberg", "2024-07-29 15:20", 60, [
        ("Epikris", "Inkom via akuten med yrsel och falltendens, S-Na 118. Långsam korrektion med NaCl, Na 131 vid utskrivning."),
        ("Diagnos", "Hyponatremi. Misstänkt SIADH utlöst av Sertralin, insatt för 3 veckor sedan."),
        ("Uppföljning", "Sertralin utsatt. Na-kontroll på VC om en vecka."),
    ], setting="slutenvård")], [(H, "n1")], [],
    "epikris: hyponatremia is confirmed but 'Misstänkt SIADH' is a hedged diagnosis in the Diagnos section")

case("vgr-ssk-triage-retts-rod-trolig-stroke", "vgr", "1945-09-06", "317", [
    M("n1", "Triageanteckning", "vg_skas_akut", "ahl", "2024-08-02 23:45", 10, [
        ("Triage", "RETTS röd, ESS 14. Hängande mungipa hö, sluddrigt tal, debut 23.10 enligt hustrun. Trolig stroke."),
        ("Åtgärd", "Strokelarm, direkt till DT. Glukos 6,4."),
    ])], [(H, "n1")], [],
    "nurse triage: 'Trolig stroke' is hedged and visible in Melior")

case("sk-behandlas-som-mojlig-borreliainfektion-atgard", "skane", "1974-06-11", "826", [
    M("n1", "Läkaranteckning", "sk_krist_akut", "ek", "2024-08-06 22:05", 25, [
        ("Aktuellt", "Fästingbett hö vad för 3 veckor sedan, nu ringformad rodnad 8 cm."),
        ("Åtgärd", "Behandlas som möjlig borreliainfektion med Doxyferm 100 mg x 2 i 10 dagar."),
    ])], [(H, "n1")], [],
    "a hedged diagnosis in an Åtgärd section ('som möjlig borreliainfektion') is still visible")

case("vgr-kan-ej-utesluta-dvt-fragmin-over-natten", "vgr", "1969-12-14", "553", [
    M("n1", "Läkaranteckning", "vg_alingsas_akut", "claesson", "2024-08-11 01:20", None, [
        ("Aktuellt", "Svullet vä ben efter bilresa från Kroatien, ont i vaden."),
        ("Bedömning", "Kan ej utesluta DVT vä, Wells 2, D-dimer 1,1. Ultraljud ej tillgängligt nattetid."),
        ("Planering", "Fragmin 15000 E sc ikväll, åter för UL kl 09 imorgon."),
    ])], [(H, "n1")], [],
    "'Kan ej utesluta DVT' is a positive hedge; patient sent home with result pending")


# ====================================================================
# VALIDATION
# ====================================================================
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
RECORD_KEYS = ["patient", "as_of", "notes", "access_events", "conversations", "treatments"]
PATIENT_KEYS = ["id", "birth_date", "protected_identity"]
NOTE_KEYS = ["id", "system", "template", "unit", "author", "time", "signed", "setting", "refs", "sections"]
CODES = {"NL101", "NL102"}
PNR_RE = re.compile(r"^(\d{8})-(\d{4})$")
TS_RE = re.compile(r"^2024-\d\d-\d\dT\d\d:\d\d:\d\d$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _age(birth, when):
    b = _dt.date.fromisoformat(birth)
    w = _dt.datetime.fromisoformat(when).date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def validate(cases):
    errs = []
    names = set()
    seen_sent = {}
    for c in cases:
        nm = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            errs.append("%s: keys %s" % (nm, list(c.keys())))
        if nm in names:
            errs.append("duplicate case name %s" % nm)
        names.add(nm)
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", nm or ""):
            errs.append("%s: bad case name" % nm)
        if c["ruleset"] not in ("skane", "vgr"):
            errs.append("%s: ruleset %s" % (nm, c["ruleset"]))
        if not c["why"].strip():
            errs.append("%s: empty why" % nm)
        r = c["record"]
        if list(r.keys()) != RECORD_KEYS:
            errs.append("%s: record keys" % nm)
        for k in ("access_events", "conversations", "treatments"):
            if r[k] != []:
                errs.append("%s: %s not empty" % (nm, k))
        p = r["patient"]
        if list(p.keys()) != PATIENT_KEYS:
            errs.append("%s: patient keys" % nm)
        m = PNR_RE.match(p["id"])
        if not m:
            errs.append("%s: pnr format %s" % (nm, p["id"]))
        else:
            ymd, tail = m.groups()
            if ymd != p["birth_date"].replace("-", ""):
                errs.append("%s: pnr does not match birth_date" % nm)
            if _luhn_digit(ymd[2:] + tail[:3]) != int(tail[3]):
                errs.append("%s: pnr Luhn" % nm)
        try:
            _dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            errs.append("%s: birth_date invalid" % nm)
        if not TS_RE.match(r["as_of"]):
            errs.append("%s: as_of not 2024 %s" % (nm, r["as_of"]))
        ids = {}
        for n in r["notes"]:
            if list(n.keys()) != NOTE_KEYS:
                errs.append("%s: note keys %s" % (nm, list(n.keys())))
            if n["id"] in ids:
                errs.append("%s: duplicate note id %s" % (nm, n["id"]))
            ids[n["id"]] = n
            if n["system"] not in ("Melior", "PMO"):
                errs.append("%s: system %s" % (nm, n["system"]))
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                errs.append("%s: VGR note not Melior" % nm)
            if n["system"] == "PMO" and not n["unit"]["hsa_id"].startswith("SE2321000255"):
                errs.append("%s: PMO outside Skåne" % nm)
            want = "SE2321000255" if c["ruleset"] == "skane" else "SE2321000131"
            if not n["unit"]["hsa_id"].startswith(want):
                errs.append("%s: unit region does not match ruleset" % nm)
            if not TS_RE.match(n["time"]):
                errs.append("%s/%s: time not 2024" % (nm, n["id"]))
            if n["signed"] is not None:
                if not TS_RE.match(n["signed"]):
                    errs.append("%s/%s: signed not 2024" % (nm, n["id"]))
                elif n["signed"] < n["time"]:
                    errs.append("%s/%s: signed before time" % (nm, n["id"]))
            if n["time"] > r["as_of"]:
                errs.append("%s/%s: note after as_of" % (nm, n["id"]))
            if n["setting"] not in ("öppenvård", "slutenvård"):
                errs.append("%s/%s: setting" % (nm, n["id"]))
            if n["refs"] != []:
                errs.append("%s/%s: refs" % (nm, n["id"]))
            if not n["sections"]:
                errs.append("%s/%s: no sections" % (nm, n["id"]))
            for when in (n["time"], r["as_of"]):
                a = _age(p["birth_date"], when)
                if 13 <= a <= 15 or a < 0:
                    errs.append("%s: patient age %d" % (nm, a))
            for sec in n["sections"]:
                if list(sec.keys()) != ["keyword", "text"] or not sec["keyword"] or not sec["text"].strip():
                    errs.append("%s/%s: bad section" % (nm, n["id"]))
                    continue
                for line in sec["text"].split("\n"):
                    for sent in SENT_SPLIT.split(line):
                        sent = sent.strip()
                        if len(sent) >= 25:
                            if sent in seen_sent:
                                errs.append("%s: sentence repeated (first in %s): %s" % (nm, seen_sent[sent], sent))
                            else:
                                seen_sent[sent] = nm
        pairs = set()
        for lst in ("must", "must_not"):
            for item in c[lst]:
                if len(item) != 2:
                    errs.append("%s: bad assertion %s" % (nm, item))
                    continue
                code, target = item
                if code not in CODES:
                    errs.append("%s: code %s" % (nm, code))
                if target not in ids:
                    errs.append("%s: target %s missing" % (nm, target))
                    continue
                if (code, target) in pairs:
                    errs.append("%s: %s/%s asserted twice" % (nm, code, target))
                pairs.add((code, target))
                sysname = ids[target]["system"]
                if code == "NL102" and lst == "must" and sysname != "Melior":
                    errs.append("%s: NL102 must on non-Melior" % nm)
                if code == "NL101" and sysname == "PMO":
                    errs.append("%s: NL101 asserted on PMO" % nm)
        if not c["must"] and not c["must_not"]:
            errs.append("%s: asserts nothing" % nm)
    return errs


def main():
    errs = validate(CASES)
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("%d problem(s); cases.jsonl not written" % len(errs), file=sys.stderr)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _t in c[lst]:
                counts[(code, lst)] = counts.get((code, lst), 0) + 1
    print("wrote %d cases to %s" % (len(CASES), OUT))
    for k in sorted(counts):
        print("  %s %-8s %d" % (k[0], k[1], counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
