#!/usr/bin/env python3
"""Gold cases nl1bg_dev_cases: NL102 precision on realistic physician text.

Dependency-free, deterministic. `python3 build.py` writes nl1bg_dev_cases.jsonl beside
itself and validates it (exit 1 on any problem).
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1bg_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {
    # Region Skåne, Melior (hospital care)
    "s_akut_lund": ("Akutmottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4101"),
    "s_akut_hbg": ("Akutmottagningen, Helsingborgs lasarett", "SE2321000255-4102"),
    "s_akut_malmo": ("Akutmottagningen, Skånes universitetssjukhus Malmö", "SE2321000255-4103"),
    "s_med_krist": ("Medicinavdelning 3, Centralsjukhuset Kristianstad", "SE2321000255-4104"),
    "s_kard_malmo": ("Kardiologiska kliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4105"),
    "s_kir_ystad": ("Kirurgiska avdelningen, Ystads lasarett", "SE2321000255-4106"),
    "s_barn_hbg": ("Barn- och ungdomsmedicinska mottagningen, Helsingborgs lasarett", "SE2321000255-4107"),
    "s_barnakut_lund": ("Barnakuten, Skånes universitetssjukhus Lund", "SE2321000255-4108"),
    "s_psyk_akut_malmo": ("Psykiatriska akutmottagningen, Malmö", "SE2321000255-4109"),
    "s_psyk_landskrona": ("Allmänpsykiatrisk mottagning, Landskrona", "SE2321000255-4110"),
    "s_bup_lund": ("BUP-mottagningen, Lund", "SE2321000255-4111"),
    "s_inf_malmo": ("Infektionskliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4112"),
    "s_ger_hlm": ("Geriatriska kliniken, Hässleholms sjukhus", "SE2321000255-4113"),
    "s_neuro_lund": ("Neurologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4114"),
    "s_orto_trelle": ("Ortopedmottagningen, Trelleborgs lasarett", "SE2321000255-4115"),
    "s_kvinno_malmo": ("Kvinnokliniken, Skånes universitetssjukhus Malmö", "SE2321000255-4116"),
    "s_hud_hbg": ("Hudmottagningen, Helsingborgs lasarett", "SE2321000255-4117"),
    "s_lung_lund": ("Lung- och allergimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4118"),
    "s_reuma_lund": ("Reumatologimottagningen, Skånes universitetssjukhus Lund", "SE2321000255-4119"),
    "s_med_ängel": ("Medicinkliniken, Ängelholms sjukhus", "SE2321000255-4120"),
    # Region Skåne, PMO (primary care)
    "s_vc_linero": ("Vårdcentralen Linero, Lund", "SE2321000255-6201"),
    "s_vc_staffanstorp": ("Vårdcentralen Staffanstorp", "SE2321000255-6202"),
    "s_bvc_sjobo": ("BVC Sjöbo", "SE2321000255-6203"),
    "s_hsv_eslov": ("Hemsjukvården Eslöv", "SE2321000255-6204"),
    "s_um_ystad": ("Ungdomsmottagningen Ystad", "SE2321000255-6205"),
    # Västra Götalandsregionen, Melior
    "v_akut_su": ("Akutmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10201"),
    "v_akut_nal": ("Akutmottagningen, NU-sjukvården NÄL Trollhättan", "SE2321000131-E10202"),
    "v_med_skovde": ("Medicinmottagningen, Skaraborgs sjukhus Skövde", "SE2321000131-E10203"),
    "v_avd_boras": ("Medicinavdelning 32, Södra Älvsborgs sjukhus Borås", "SE2321000131-E10204"),
    "v_barnakut_dsbus": ("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "SE2321000131-E10205"),
    "v_barn_alingsas": ("Barnmottagningen, Alingsås lasarett", "SE2321000131-E10206"),
    "v_vc_hjallbo": ("Vårdcentralen Hjällbo", "SE2321000131-E10207"),
    "v_vc_kungalv": ("Närhälsan Kungälv vårdcentral", "SE2321000131-E10208"),
    "v_psyk_kungalv": ("Psykiatriska mottagningen, Kungälvs sjukhus", "SE2321000131-E10209"),
    "v_psyk_ostra": ("Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset Östra", "SE2321000131-E10210"),
    "v_ger_molndal": ("Geriatriska kliniken, Mölndals sjukhus", "SE2321000131-E10211"),
    "v_inf_ostra": ("Infektionsmottagningen, Östra sjukhuset", "SE2321000131-E10212"),
    "v_hud_su": ("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10213"),
    "v_orto_udd": ("Ortopedmottagningen, Uddevalla sjukhus", "SE2321000131-E10214"),
    "v_kir_kungalv": ("Kirurgmottagningen, Kungälvs sjukhus", "SE2321000131-E10215"),
    "v_neuro_su": ("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10216"),
    "v_kard_skovde": ("Kardiologiska kliniken, Skaraborgs sjukhus Skövde", "SE2321000131-E10217"),
    "v_kvinno_nal": ("Kvinnokliniken, NU-sjukvården NÄL", "SE2321000131-E10218"),
    "v_lung_su": ("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10219"),
    "v_gastro_boras": ("Mag- och tarmmottagningen, Södra Älvsborgs sjukhus Borås", "SE2321000131-E10220"),
    "v_psyk_akut_su": ("Psykiatrisk akutmottagning, Sahlgrenska Universitetssjukhuset", "SE2321000131-E10221"),
}

PMO_UNITS = {"s_vc_linero", "s_vc_staffanstorp", "s_bvc_sjobo", "s_hsv_eslov", "s_um_ystad"}

AUTHORS = {
    "läkare": ["Karin Lindqvist", "Johan Berglund", "Amira Haddad", "Per-Olof Nyström",
               "Sofia Ekdahl", "Mikael Sandberg", "Lena Forsgren", "Ahmed Rahimi",
               "Helena Strand", "Björn Wallin", "Maja Holmqvist", "Tomas Lund",
               "Ingrid Åkesson", "Daniel Persson", "Nadia Kovač", "Erik Hägg",
               "Cecilia Björk", "Olof Ringström", "Fatima Yilmaz", "Gustav Engström",
               "Marie Dahlberg", "Jonas Falk", "Elin Sjöberg", "Henrik Tornqvist"],
    "sjuksköterska": ["Anneli Svensson", "Robert Håkansson", "Lina Öberg", "Eva-Lena Jönsson",
                      "Malin Carlsson"],
    "psykolog": ["Therese Lindgren", "Samir Aziz", "Hanna Westin"],
    "fysioterapeut": ["Viktor Ahlström", "Jenny Mårtensson"],
    "dietist": ["Pia Granlund"],
    "arbetsterapeut": ["Kristina Eld"],
    "kurator": ["Matilda Rosén"],
    "barnmorska": ["Sara Nordin"],
}

CASES = []
_counter = {}


def _luhn(digits):
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _pnr(birth, name):
    serial = (sum(ord(c) * (i + 3) for i, c in enumerate(name)) % 900) + 100
    body = birth[2:] + "%03d" % serial
    return "%s-%03d%d" % (birth, serial, _luhn(body))


def _author(role):
    pool = AUTHORS[role]
    n = _counter.get(role, 0)
    _counter[role] = n + 1
    return pool[(n * 7 + 3) % len(pool)]


def _iso(t):
    return t.replace(" ", "T") + ":00" if len(t) == 16 else t


def note(nid, unit, sections, *, time, tmpl="Läkaranteckning", role="läkare",
         signed=True, setting="öppenvård", system=None, author=None):
    uname, hsa = UNITS[unit]
    if system is None:
        system = "PMO" if unit in PMO_UNITS else "Melior"
    t = _dt.datetime.fromisoformat(_iso(time))
    if signed is True:
        s = (t + _dt.timedelta(minutes=25 + (t.minute * 7 + t.hour * 13) % 80)).isoformat()
    elif signed is None:
        s = None
    else:
        s = _iso(signed)
    return {
        "id": nid, "system": system, "template": tmpl,
        "unit": {"name": uname, "hsa_id": hsa},
        "author": {"name": author or _author(role), "role": role},
        "time": t.isoformat(), "signed": s, "setting": setting, "refs": [],
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def add(name, rs, birth, notes, must=(), must_not=(), why=""):
    if isinstance(notes, dict):
        notes = [notes]
    last = max(_dt.datetime.fromisoformat(n["time"]) for n in notes)
    as_of = min(last + _dt.timedelta(days=30), _dt.datetime(2024, 12, 31))
    as_of = as_of.replace(hour=0, minute=0, second=0)
    bd = "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:])
    rec = {
        "patient": {"id": _pnr(birth, name), "birth_date": bd, "protected_identity": False},
        "as_of": as_of.isoformat(),
        "notes": notes, "access_events": [], "conversations": [], "treatments": [],
    }
    CASES.append({"case": name, "ruleset": rs, "record": rec,
                  "must": [list(x) for x in must], "must_not": [list(x) for x in must_not],
                  "why": why})


def M(nid="n1"):
    return [("NL102", nid)]


def N(nid="n1"):
    return [("NL102", nid)]

# ---------------------------------------------------------------------------
# A. Hedges about plans (must_not NL102)
# ---------------------------------------------------------------------------
add("plan-ev-hemgang-efter-kolecystektomi", "skane", "19580412",
    note("n1", "s_kir_ystad", [
        ("Aktuellt", "Dag 2 efter laparoskopisk kolecystektomi pga gallstenskolecystit. Mår bättre, har ätit lite frukost, gått i korridoren med rollator."),
        ("Status", "Buk mjuk, lätt öm kring portarna, såren torra. Afebril sedan igår kväll."),
        ("Bedömning", "Okomplicerat postoperativt förlopp."),
        ("Planering", "Ev. hemgång imorgon om mobiliseringen fortsätter gå bra. Ev. kontroll av leverstatus innan dess, tas ställning till på ronden."),
    ], time="2024-02-14 09:40", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="ev. qualifies discharge and a lab check, the diagnosis is settled")

add("plan-mojligen-remiss-ortoped-knadistorsion", "vgr", "19990823",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Ont i vänster knä sedan fotbollsmatch för tre veckor sedan."),
        ("Status", "Ingen svullnad, full rörlighet, stabilt i alla plan, negativt Lachman och McMurray."),
        ("Bedömning", "Distorsion vänster knä utan tecken på ligament- eller meniskskada."),
        ("Planering", "Träningsprogram via fysioterapeut. Möjligen remiss till ortoped om besvären sitter i efter sex veckor."),
    ], time="2024-04-03 14:15"),
    must_not=N(), why="möjligen is about a future referral, not about the diagnosis")

add("plan-frageteckn-efter-opvecka", "vgr", "19510130",
    note("n1", "v_orto_udd", [
        ("Aktuellt", "Återbesök för att diskutera operation. Röntgen visar uttalad artros i höger höft med förträngd ledspalt och osteofyter."),
        ("Bedömning", "Primär coxartros höger, operationsindikation föreligger."),
        ("Planering", "Uppsatt på väntelista för totalprotes. Op v. 18? Besked om datum kommer per brev från operationsplaneringen."),
    ], time="2024-01-22 11:05"),
    must_not=N(), why="question mark after a planned surgery week, not after a diagnosis")

add("plan-eventuellt-gastroskopi-dyspepsi", "vgr", "19830617",
    note("n1", "v_vc_kungalv", [
        ("Anamnes", "Två månaders obehag i övre buken efter måltid. Inga alarmsymtom: ingen viktnedgång, ingen dysfagi, ingen melena."),
        ("Labb", "Hb 138. Helicobacter pylori i feces negativt."),
        ("Bedömning", "Funktionell dyspepsi."),
        ("Planering", "Omeprazol 20 mg i fyra veckor. Eventuellt gastroskopi om ingen förbättring, pat återkommer via 1177."),
    ], time="2024-05-06 08:50"),
    must_not=N(), why="eventuellt qualifies a possible gastroscopy; dyspepsia is stated plainly")

add("plan-trol-utskrivning-korttids-geriatrik", "vgr", "19340905",
    note("n1", "v_ger_molndal", [
        ("Aktuellt", "Opererad med halvprotes för collumfraktur vänster för sex dagar sedan. Gångträning med gåbord, klarar förflyttning med en person."),
        ("Bedömning", "Stabil. Smärtlindringen fungerar, sårläkning ua."),
        ("Planering", "Trol. utskrivning till korttidsboende på måndag, biståndshandläggare kontaktad."),
    ], time="2024-03-07 10:30", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="trol. is about the discharge date, the fracture is known")

add("plan-kanske-hembesok-arbetsterapeut", "skane", "19400219",
    note("n1", "s_ger_hlm", [
        ("Aktuellt", "Inneliggande efter fall i hemmet. Röntgen av höft och bäcken utan fraktur. Bor ensam i lägenhet på tredje våningen utan hiss."),
        ("Bedömning", "Osäker vid gång utan hjälpmedel, behöver rollator. Kanske hembesök före hemgång för att se över trösklar och badrum."),
        ("Åtgärd", "Rollator utprovad idag, pat nöjd."),
    ], time="2024-02-26 13:45", tmpl="Arbetsterapeutanteckning", role="arbetsterapeut", setting="slutenvård"),
    must_not=N(), why="occupational therapist's maybe-home-visit; the fall had no fracture")

# ---------------------------------------------------------------------------
# B. Hedges about doses
# ---------------------------------------------------------------------------
add("dos-ev-hojning-levaxin", "vgr", "19770509",
    note("n1", "v_vc_hjallbo", [
        ("Aktuellt", "Känd hypotyreos sedan 2019, står på Levaxin 75 mikrog. Fortsatt trött."),
        ("Labb", "TSH 6,8, fritt T4 inväntas."),
        ("Bedömning", "Underbehandlad hypotyreos. Ev. höjning till 100 mikrog, tas ställning till när fritt T4 är klart."),
    ], time="2024-09-02 10:10"),
    must_not=N(), why="ev. qualifies a dose increase, hypothyroidism is known")

add("dos-mojligen-for-lag-furosemid", "skane", "19390115",
    note("n1", "s_med_krist", [
        ("Aktuellt", "Hjärtsvikt med nedsatt EF, NYHA III. Ökade ödem upp till knäna, viktuppgång 3 kg på en vecka."),
        ("Bedömning", "Dekompenserad hjärtsvikt. Möjligen för låg dos Furix hemma, ökas till 40 mg x 2."),
        ("Planering", "Daglig vikt, elstatus och kreatinin på torsdag."),
    ], time="2024-01-09 09:15", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="möjligen judges the diuretic dose, not the heart failure")

add("dos-prel-hojning-elvanse-adhd", "vgr", "19960302",
    note("n1", "v_psyk_kungalv", [
        ("Aktuellt", "ADHD, kombinerad form, diagnostiserad 2023. Står på Elvanse 30 mg med viss effekt på fokus men avtar redan efter lunch."),
        ("Bedömning", "Preliminärt höjning till 50 mg, troligen tillräckligt för att räcka arbetsdagen ut. Puls 76, blodtryck 124/78."),
        ("Planering", "Telefonuppföljning om tre veckor."),
    ], time="2024-10-14 15:30", setting="psykiatrisk öppenvård"),
    must_not=N(), why="troligen is about dose sufficiency in a settled ADHD diagnosis")

add("dos-barn-ev-dosjustering-flutide", "skane", "20160721",
    note("n1", "s_barn_hbg", [
        ("Aktuellt", "Astma sedan fyra års ålder. Bra period, inga nattliga besvär, använt Airomir två gånger sedan förra besöket."),
        ("Status", "Fria andningsljud, inga ronki."),
        ("Bedömning", "Välkontrollerad astma."),
        ("Planering", "Ev. dosjustering av Flutide efter sommaren, beroende på hur förkylningssäsongen går."),
    ], time="2024-05-28 10:00"),
    must_not=N(), why="paediatric asthma follow-up; ev. qualifies an inhaler dose change")

# ---------------------------------------------------------------------------
# C. Hedges about dates and timing
# ---------------------------------------------------------------------------
add("datum-osaker-debut-karpaltunnel", "skane", "19720827",
    note("n1", "s_neuro_lund", [
        ("Anamnes", "Domningar i höger tumme, pekfinger och långfinger, värst nattetid. Oklart exakt när det började, möjligen i slutet av januari."),
        ("Neurografi", "Förlångsammad sensorisk ledning över handleden höger, normala fynd vänster."),
        ("Bedömning", "Karpaltunnelsyndrom höger, neurografiskt verifierat."),
    ], time="2024-04-25 14:40"),
    must_not=N(), why="möjligen dates the onset; the diagnosis is verified")

add("datum-trol-legat-pa-golvet", "vgr", "19310410",
    note("n1", "v_akut_nal", [
        ("Kontaktorsak", "Hittad på golvet av hemtjänsten i morse. Trol. legat där sedan kvällen innan, sängen var obäddad."),
        ("Status", "Förkortat och utåtroterat vänster ben. CK 2400."),
        ("Röntgen", "Lateral collumfraktur vänster."),
        ("Bedömning", "Höftfraktur vänster. Rabdomyolys av lätt grad efter långliggande, vätska iv."),
    ], time="2024-11-05 08:25", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="trol. estimates how long the patient lay on the floor")

add("datum-aterbesok-preliminart-radius", "skane", "19870104",
    note("n1", "s_orto_trelle", [
        ("Aktuellt", "Föll på cykel igår. Röntgen visar distal radiusfraktur vänster med lätt dorsal vinkling, acceptabelt läge."),
        ("Åtgärd", "Dorsal gipsskena."),
        ("Planering", "Kontrollröntgen om en vecka. Gipsbyte preliminärt om tre veckor, ev. tidigare om gipset skaver."),
    ], time="2024-08-19 12:10"),
    must_not=N(), why="preliminärt and ev. are about follow-up dates")

add("datum-sista-mens-osaker-graviditet", "vgr", "19950918",
    note("n1", "v_kvinno_nal", [
        ("Anamnes", "Positivt graviditetstest hemma. Sista mens osäker, möjligen runt den 3 mars."),
        ("Ultraljud", "Intrauterin graviditet, en foster, hjärtaktivitet ses. CRL motsvarar 8+2."),
        ("Bedömning", "Normal tidig graviditet, datering enligt ultraljud."),
    ], time="2024-04-29 09:35", tmpl="Mottagningsanteckning"),
    must_not=N(), why="uncertain date of last period; the pregnancy is confirmed")

# ---------------------------------------------------------------------------
# D. Hedges about adherence
# ---------------------------------------------------------------------------
add("foljsamhet-trol-ej-tagit-metformin", "vgr", "19640818",
    note("n1", "v_vc_kungalv", [
        ("Aktuellt", "Typ 2-diabetes. HbA1c 78, jämfört med 58 för ett år sedan."),
        ("Bedömning", "Försämrad glukoskontroll. Trol. har pat inte tagit sitt Metformin regelbundet pga lös mage, vilket hon själv antyder."),
        ("Planering", "Byte till Metformin depot. Ny HbA1c om tre månader, diabetessjuksköterska kallar."),
    ], time="2024-06-24 13:20"),
    must_not=N(), why="trol. describes adherence to a drug in known diabetes")

add("foljsamhet-misstanker-glomt-lamictal", "skane", "19910207",
    note("n1", "s_neuro_lund", [
        ("Aktuellt", "Känd fokal epilepsi med sekundär generalisering, anfallsfri i två år. Nytt bilateralt tonisk-kloniskt anfall i söndags."),
        ("Labb", "S-lamotrigin 1,2 mikromol/L, klart under tidigare nivåer."),
        ("Bedömning", "Genombrottsanfall. Misstänker att hon glömt Lamictal under semesterveckan, vilket hon bekräftar kan ha hänt."),
        ("Planering", "Oförändrad dos, dosett och påminnelse i mobilen. Körförbud enligt föreskrift, informerad muntligt och skriftligt."),
    ], time="2024-07-30 10:45"),
    must_not=N(), why="misstänker is about forgotten doses, the epilepsy is known")

add("foljsamhet-oklart-om-tar-litium", "vgr", "19810521",
    note("n1", "v_psyk_ostra", [
        ("Aktuellt", "Bipolär sjukdom typ I, stabil sedan 2021 på litium."),
        ("Labb", "S-litium 0,3 mmol/L (mål 0,6–0,8)."),
        ("Bedömning", "Euthym, sover bra. Oklart om pat tar Lithionit som ordinerat, hon säger att hon gör det men nivån talar emot."),
        ("Planering", "Nytt dalvärde om en vecka. Samtal om följsamhet tillsammans med kontaktperson."),
    ], time="2024-02-08 14:00", setting="psykiatrisk öppenvård"),
    must_not=N(), why="oklart and talar emot concern adherence, not diagnosis")

add("foljsamhet-sannolikt-ej-hel-kur-barn", "vgr", "20190306",
    note("n1", "v_barn_alingsas", [
        ("Aktuellt", "Återbesök efter akut mediaotit vänster för tre veckor sedan. Föräldrarna har sannolikt inte gett hela antibiotikakuren, flaskan är halvfull."),
        ("Status", "Vänster trumhinna indragen och matt med vätskenivå, ingen rodnad, opåverkad flicka."),
        ("Bedömning", "Sekretorisk mediaotit vänster efter genomgången akut otit."),
        ("Planering", "Ingen ny antibiotika. Hörselkontroll och ny otoskopi om tre månader."),
    ], time="2024-03-27 09:20"),
    must_not=N(), why="sannolikt is about the parents giving the antibiotics")

# ---------------------------------------------------------------------------
# E. Hedges about prognosis
# ---------------------------------------------------------------------------
add("prognos-sannolikt-god-achilles", "skane", "19850815",
    note("n1", "s_orto_trelle", [
        ("Aktuellt", "Sex veckor efter sutur av total achillesruptur höger. Sår läkt, går i ortos."),
        ("Bedömning", "Förlopp som förväntat. Prognosen är sannolikt god och han bör kunna återgå till sitt kontorsarbete inom ett par veckor."),
        ("Planering", "Fysioterapi, successiv belastning. Återbesök om sex veckor."),
    ], time="2024-09-10 10:35"),
    must_not=N(), why="sannolikt qualifies the prognosis after a known injury")

add("prognos-oviss-palliativ-pankreas", "vgr", "19460129",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "Känd metastaserad pankreascancer, avslutat cytostatika pga försämrat allmäntillstånd. Inlagd för smärtlindring."),
        ("Bedömning", "Sviktande. Prognosen är oviss men rör sig trol. om veckor till några månader."),
        ("Information", "Pat och maken informerade om läget och om att fokus nu är symtomlindring. De vill ha kontakt med ASIH inför hemgång."),
    ], time="2024-10-22 15:10", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N() + [("NL101", "n1")],
    why="trol. estimates survival time in a known cancer; patient informed")

add("prognos-mojligen-kvarstaende-pares", "vgr", "19530926",
    note("n1", "v_neuro_su", [
        ("Aktuellt", "Ischemisk stroke i vänster a. cerebri media-område för tio dagar sedan, verifierad på DT och MR. Trombektomi gjord."),
        ("Status", "Kraft höger arm 3/5, ben 4/5. Talet klart."),
        ("Bedömning", "Förbättras långsamt. Möjligen kvarstående nedsatt kraft i höger hand, svårt att säga ännu."),
        ("Planering", "Fortsatt rehab på strokeenheten, arbetsterapeut bedömer finmotorik."),
    ], time="2024-05-15 11:50", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="möjligen predicts residual weakness after a confirmed stroke")

add("prognos-aterhamtning-utmattning", "skane", "19880409",
    note("n1", "s_psyk_landskrona", [
        ("Aktuellt", "Utmattningssyndrom sedan i höstas, sjukskriven 75 %. Sover bättre, kan läsa en halvtimme i taget."),
        ("Bedömning", "Långsam förbättring. Återhämtningen kan ta flera månader till, troligen med gradvis ökad arbetstid från maj."),
        ("Planering", "Fortsatt KBT hos psykolog, nytt läkarbesök om fyra veckor."),
    ], time="2024-03-12 08:30", setting="psykiatrisk öppenvård"),
    must_not=N(), why="troligen is about the course of recovery in a settled diagnosis")

add("prognos-barn-enures-vaxer-ifran", "skane", "20170119",
    note("n1", "s_barn_hbg", [
        ("Aktuellt", "Sjuårig pojke som kissar på sig nattetid 5–6 nätter per vecka, torr dagtid. Urinsticka ua, ingen förstoppning."),
        ("Bedömning", "Primär monosymtomatisk enuresis nocturna."),
        ("Information", "De flesta barn växer ifrån detta och troligen gör även Elias det. Föräldrarna får välja mellan larm och Minirin."),
    ], time="2024-01-30 13:15"),
    must_not=N(), why="troligen is about outgrowing a settled condition")

# ---------------------------------------------------------------------------
# F. Hedges about the patient's wishes
# ---------------------------------------------------------------------------
add("vilja-osaker-om-knaprotes", "vgr", "19500704",
    note("n1", "v_orto_udd", [
        ("Aktuellt", "Gonartros höger, bekräftad med belastad röntgen. Gångsträcka 500 meter."),
        ("Bedömning", "Operationsindikation föreligger. Pat är osäker på om hon vill genomgå knäprotesoperation nu, vill prata med sin man först."),
        ("Planering", "Hör av sig via 1177 när hon bestämt sig."),
    ], time="2024-02-20 09:55"),
    must_not=N(), why="uncertainty about the patient's wish for surgery")

add("vilja-kanske-avsta-hlr", "skane", "19290312",
    note("n1", "s_ger_hlm", [
        ("Aktuellt", "Svår hjärtsvikt och njursvikt stadium 4. Inlagd för tredje gången i år."),
        ("Samtal", "Pat säger att hon kanske inte vill ha hjärt-lungräddning om hjärtat stannar, men vill tänka. Dottern närvarade."),
        ("Planering", "Nytt samtal på fredag tillsammans med båda barnen. Tills vidare full behandling."),
    ], time="2024-11-19 14:25", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="kanske is about the patient's wish about CPR")

add("vilja-oklart-om-samtalskontakt-gad", "skane", "19930526",
    note("n1", "s_psyk_landskrona", [
        ("Aktuellt", "Generaliserat ångestsyndrom, ställd diagnos efter MINI och GAD-7 i januari. Sertralin 50 mg sedan sex veckor, något lugnare."),
        ("Bedömning", "Oklart om pat vill ha fortsatt samtalskontakt eller enbart läkemedel, hon är kluven."),
        ("Planering", "Pat hör av sig om hon vill bli uppsatt för KBT. Sertralin oförändrat."),
    ], time="2024-04-09 13:05", setting="psykiatrisk öppenvård"),
    must_not=N(), why="uncertainty about what treatment the patient wants")

add("vilja-foraldrar-tveksamma-mpr", "vgr", "20221109",
    note("n1", "v_barn_alingsas", [
        ("Aktuellt", "Föräldrarna är tveksamma till MPR-vaccination, kanske vill de vänta tills pojken är äldre. Frisk, följer sin kurva."),
        ("Information", "Gått igenom nytta och risker med vaccinet, de fick skriftlig information från Folkhälsomyndigheten."),
        ("Planering", "Ny tid om en månad för beslut."),
    ], time="2024-08-27 15:00", role="sjuksköterska"),
    must_not=N(), why="parents' hesitation about vaccination, healthy child")
# ---------------------------------------------------------------------------
# G. Conditional, hypothetical and safety-netting text (must_not NL102)
# ---------------------------------------------------------------------------
add("villkor-vid-ev-forsamring-gastroenterit", "vgr", "19980113",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Kräkningar och diarré sedan igår, flera i familjen har samma symtom."),
        ("Status", "Opåverkad, fuktiga slemhinnor, buk mjuk och oöm. Puls 88."),
        ("Bedömning", "Akut gastroenterit, klarar att dricka på akuten."),
        ("Planering", "Hem med vätskeersättning. Vid ev. försämring eller om hon inte kan behålla vätska, åter till akuten."),
    ], time="2024-01-14 22:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="vid ev. försämring is safety-netting, the diagnosis is stated")

add("villkor-om-feber-kontakta-avdelningen", "skane", "19700823",
    note("n1", "s_kir_ystad", [
        ("Aktuellt", "Opererad med laparoskopisk ljumskbråcksplastik höger i dagkirurgi. Vaken, smärtfri på Alvedon, kissat."),
        ("Information", "Om feber över 38,5 eller tilltagande rodnad och svullnad kring såren ska han kontakta avdelningen. Undvika tunga lyft i två veckor."),
    ], time="2024-10-03 15:35", tmpl="Utskrivningsanteckning", setting="slutenvård"),
    must_not=N(), why="om feber ... is advice for a hypothetical future event")

add("villkor-varningstecken-hjarnhinneinflammation-barn", "skane", "20200415",
    note("n1", "s_barnakut_lund", [
        ("Kontaktorsak", "Feber 39 sedan ett dygn, snuva och hosta."),
        ("Status", "Pigg mellan febertopparna, leker. Nackmjuk, inga hudblödningar. Röd svalg, klar nästäppa."),
        ("Bedömning", "Övre luftvägsinfektion."),
        ("Information", "Föräldrarna informerade om varningstecken på hjärnhinneinflammation: nackstelhet, utslag som inte bleknar vid tryck eller att barnet blir svårväckt. Då ska de söka direkt."),
    ], time="2024-02-03 18:05", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="safety-netting names meningitis as a warning, no suspicion")

add("villkor-vid-misstanke-om-blodpropp-sok", "vgr", "19920619",
    note("n1", "v_orto_udd", [
        ("Aktuellt", "Weber B-fraktur höger fotled, gipsad idag, avlastning i sex veckor med kryckor."),
        ("Åtgärd", "Fragmin 5000 E dagligen under gipstiden, instruerad i injektionsteknik."),
        ("Information", "Vid misstanke om blodpropp, exempelvis svullnad eller smärta i vaden som ökar, ska pat söka akut."),
    ], time="2024-03-21 11:30"),
    must_not=N(), why="vid misstanke om blodpropp is safety-netting advice")

add("villkor-om-rodnad-bedomning-borrelia", "vgr", "19750703",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Fästingbett på vänster lår för fem dagar sedan, fästingen borttagen samma dag."),
        ("Status", "Liten papel på bettstället, ingen rodnad runt om."),
        ("Bedömning", "Fästingbett utan tecken på infektion."),
        ("Information", "Om en ringformad rodnad växer fram inom en månad ska han kontakta oss för bedömning av eventuell borreliainfektion."),
    ], time="2024-07-08 09:45"),
    must_not=N(), why="eventuell borreliainfektion sits inside future conditional advice")

add("villkor-akut-testet-vid-stroke", "skane", "19570130",
    note("n1", "s_med_ängel", [
        ("Aktuellt", "Nyupptäckt förmaksflimmer vid hälsokontroll, asymtomatisk. CHA2DS2-VASc 3."),
        ("Åtgärd", "Apixaban 5 mg x 2 insatt, Metoprolol 50 mg."),
        ("Information", "Informerad om AKUT-testet och att ringa 112 direkt vid tecken på stroke, såsom hängande mungipa eller svaghet i en arm."),
    ], time="2024-09-17 14:50"),
    must_not=N(), why="stroke appears only in safety-netting information")

add("villkor-om-odling-visar-resistens", "vgr", "19860211",
    note("n1", "v_vc_kungalv", [
        ("Kontaktorsak", "Sveda och täta trängningar sedan två dagar, ingen feber eller flanksmärta."),
        ("Labb", "Urinsticka: nitrit positiv, leukocyter 3+. Odling skickad."),
        ("Bedömning", "Okomplicerad cystit."),
        ("Planering", "Selexid 200 mg x 3 i fem dagar. Om odlingen visar resistens byts preparat, pat meddelas via 1177."),
    ], time="2024-05-20 08:40"),
    must_not=N(), why="conditional plan on a culture result")

add("villkor-om-magsmartan-flyttar-sig", "skane", "20150302",
    note("n1", "s_barnakut_lund", [
        ("Kontaktorsak", "Nioårig flicka med magont runt naveln i två dagar, bajsat hårda korvar senast för fyra dagar sedan."),
        ("Status", "Mjuk buk, palpabla fekalier vänster fossa, ingen släppömhet. Afebril."),
        ("Bedömning", "Förstoppning."),
        ("Information", "Movicol junior enligt schema. Om magsmärtan tilltar, hon får feber eller smärtan flyttar sig till höger nedre delen av magen, sök igen för ny bedömning."),
    ], time="2024-06-16 20:20", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="conditional return advice, constipation is stated plainly")

add("villkor-amiodaron-kan-ge-biverkan", "skane", "19520808",
    note("n1", "s_kard_malmo", [
        ("Aktuellt", "Persisterande förmaksflimmer, återfall efter två elkonverteringar."),
        ("Åtgärd", "Cordarone insatt med laddningsdos."),
        ("Information", "Informerad om att Cordarone kan ge påverkan på sköldkörteln, lungorna och huden samt ljuskänslighet. TSH och leverprover följs var sjätte månad."),
    ], time="2024-04-02 10:05"),
    must_not=N(), why="a drug risk statement, not an uncertain diagnosis")

add("villkor-mr-vid-utebliven-forbattring-lumbago", "vgr", "19790126",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Ryggskott för en vecka sedan när han lyfte en låda."),
        ("Status", "Paravertebral muskelömhet lumbalt. Laségue negativt bilateralt, normala reflexer och kraft, ingen sensibilitetsstörning."),
        ("Bedömning", "Lumbago utan nervrotspåverkan."),
        ("Planering", "Fortsätta röra sig, NSAID vid behov. Vid utebliven förbättring efter sex veckor övervägs MR ländrygg."),
    ], time="2024-10-28 11:10"),
    must_not=N(), why="a conditional future investigation, lumbago is stated")

add("villkor-vid-suicidtankar-kontakta", "vgr", "19970705",
    note("n1", "v_psyk_kungalv", [
        ("Aktuellt", "Lätt depressiv episod sedan separationen i vintras. MADRS-S 18."),
        ("Suicidriskbedömning", "Inga aktuella dödstankar, inga tidigare försök, skyddande faktorer i form av arbete och syster."),
        ("Planering", "Beteendeaktivering hos psykolog. Vid försämring eller om suicidtankar uppkommer ska pat kontakta mottagningen eller psykiatrisk akutmottagning."),
    ], time="2024-03-04 15:45", setting="psykiatrisk öppenvård"),
    must_not=N(), why="conditional safety plan in psychiatry")

add("villkor-feber-efter-resa-malariaprov", "vgr", "19820514",
    note("n1", "v_inf_ostra", [
        ("Kontaktorsak", "Reserådgivning inför tre veckor i Uganda."),
        ("Åtgärd", "Gula febern-vaccin, Malarone som profylax."),
        ("Information", "Feber under resan eller inom tre månader efter hemkomst ska alltid föranleda provtagning för malaria, även om han tagit profylaxen."),
    ], time="2024-01-17 13:30", role="sjuksköterska"),
    must_not=N(), why="travel advice about future fever, no current suspicion")

# ---------------------------------------------------------------------------
# H. Antibiotics "för att täcka" organisms when the infection is established
# ---------------------------------------------------------------------------
add("ab-tacka-anaerober-perforerad-appendicit", "skane", "19940312",
    note("n1", "s_kir_ystad", [
        ("Operation", "Laparoskopisk appendektomi. Perforerad gangränös appendix med lokal peritonit i höger fossa, spolning."),
        ("Bedömning", "Perforerad appendicit."),
        ("Ordination", "Piperacillin/tazobaktam för att täcka även eventuella anaerober, fortsätts i minst tre dygn."),
    ], time="2024-05-11 02:30", tmpl="Operationsanteckning", setting="slutenvård"),
    must_not=N(), why="eventuella anaerober concerns antibiotic coverage, appendicitis is operatively verified")

add("ab-tacka-atypiska-agens-verifierad-pneumoni", "vgr", "19610420",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "Pneumoni i höger underlob, verifierad med infiltrat på lungröntgen. CRP 212, saturation 93 % på luft."),
        ("Bedömning", "Samhällsförvärvad pneumoni, CRB-65 2."),
        ("Planering", "Bensylpenicillin iv. Tillägg av Doxyferm för att täcka eventuella atypiska agens tills urinantigen för legionella är besvarat."),
    ], time="2024-12-09 10:50", tmpl="Inskrivningsanteckning", setting="slutenvård"),
    must_not=N(), why="coverage of possible agents while the pneumonia itself is verified")

add("ab-tacka-ev-pseudomonas-kol", "skane", "19491103",
    note("n1", "s_lung_lund", [
        ("Aktuellt", "KOL stadium 3 med akut exacerbation: ökad andfåddhet och gröna upphostningar i fem dagar."),
        ("Bedömning", "KOL-exacerbation. Väljer Tazocin för att täcka ev. pseudomonas med tanke på fynd i sputumodling i höstas."),
        ("Planering", "Prednisolon 30 mg i fem dagar, inhalationer via nebulisator."),
    ], time="2024-02-29 17:15", tmpl="Inskrivningsanteckning", setting="slutenvård"),
    must_not=N(), why="ev. pseudomonas is about empirical coverage in a confirmed exacerbation")
# ---------------------------------------------------------------------------
# I. A suspicion that the same note rules out (must_not NL102)
# ---------------------------------------------------------------------------
add("utesl-dt-normal-appendix", "skane", "19900828",
    note("n1", "s_akut_hbg", [
        ("Anamnes", "Remitterad från vårdcentralen med misstanke om appendicit. Ont i höger nedre delen av buken sedan igår, aptitlös."),
        ("Status", "Lätt ömhet i höger fossa, ingen défense, ingen släppömhet."),
        ("Röntgen", "DT buk: normal appendix, ingen fri vätska, inga förstorade lymfkörtlar."),
        ("Bedömning", "Apendicit utesluten. Ospecifika buksmärtor, går hem med råd om att höra av sig vid försämring."),
    ], time="2024-09-21 23:10", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="referral suspicion of appendicitis ruled out by CT in the same note (typo: Apendicit)")

add("utesl-troponin-hjartinfarkt-kan-uteslutas", "vgr", "19710316",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Ambulansen larmade in pat som misstänkt hjärtinfarkt efter tryck i bröstet på gymmet."),
        ("EKG", "Sinusrytm 72, inga ischemiska förändringar."),
        ("Labb", "hs-TnT 5 och 5 ng/L med tre timmars intervall."),
        ("Bedömning", "Hjärtinfarkt kan uteslutas. Bröstsmärtan är reproducerbar vid palpation över sternum och bedöms muskuloskeletal."),
    ], time="2024-04-06 12:35", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="'kan uteslutas' (without ej) closes the ambulance's suspicion")

add("utesl-ultraljud-ingen-dvt", "skane", "19590608",
    note("n1", "s_med_krist", [
        ("Anamnes", "Svullet vänster underben sedan en vecka. Distriktssköterskan misstänkte DVT och skickade hit."),
        ("Ultraljud", "Komprimerbara vener från ljumske till fotled, ingen trombos."),
        ("Bedömning", "DVT utesluten. Svullnaden bedöms bero på venös insufficiens, har varicer sedan länge."),
        ("Planering", "Kompressionsstrumpa klass 2."),
    ], time="2024-07-11 14:05", tmpl="Mottagningsanteckning"),
    must_not=N(), why="nurse's suspected DVT ruled out by ultrasound in the same note")

add("utesl-barn-misstankt-fraktur-rtg-ua", "vgr", "20160928",
    note("n1", "v_barnakut_dsbus", [
        ("Kontaktorsak", "Åttaårig flicka som föll från studsmattan och tog emot sig med höger hand. Skolsköterskan misstänkte fraktur."),
        ("Status", "Lätt svullnad dorsalt, ingen felställning, ömhet över distala radius."),
        ("Röntgen", "Ingen fraktur, inga tecken på epifysskada."),
        ("Bedömning", "Distorsion höger handled."),
    ], time="2024-05-24 16:55", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="suspected fracture (child) ruled out on X-ray")

add("utesl-lp-klar-likvor-influensa", "skane", "19860103",
    note("n1", "s_inf_malmo", [
        ("Anamnes", "Inkom med frågeställning meningit pga feber 39,8 och svår huvudvärk."),
        ("Status", "Nackmjuk, ingen ljuskänslighet, inga petekier."),
        ("Lumbalpunktion", "Klar likvor, 2 celler, normalt laktat och glukoskvot."),
        ("Bedömning", "Meningit föreligger ej. Influensa A påvisad i nasofarynx-PCR, vilket förklarar bilden."),
    ], time="2024-01-25 03:40", tmpl="Inskrivningsanteckning", setting="slutenvård"),
    must_not=N(), why="meningitis question answered negatively by LP; influenza confirmed")

add("utesl-misstanken-avskrivs-lungemboli", "skane", "19680915",
    note("n1", "s_med_ängel", [
        ("Aktuellt", "Andfåddhet och lätt hemoptys. D-dimer 1,4."),
        ("Röntgen", "DT lungartärer: inga embolier. Peribronkiella förtätningar i vänster underlob."),
        ("Bedömning", "Misstanken om lungemboli avskrivs efter normal DT-angiografi. Akut bronkit."),
    ], time="2024-11-13 15:30", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="misstanken ... avskrivs closes the hypothesis in the same sentence")

add("utesl-psyk-remiss-psykos-ej-psykotisk", "skane", "19990411",
    note("n1", "s_psyk_akut_malmo", [
        ("Kontaktorsak", "Remitterad från vårdcentral pga misstänkt psykos; pat har sagt till läkaren att hon hör röster."),
        ("Psykiskt status", "Vaken, orienterad, god kontakt. Beskriver sin inre kritiska röst som egna tankar. Inga hallucinationer, inga vanföreställningar, formellt tankeförlopp ua."),
        ("Bedömning", "Inga psykotiska symtom. Akut stressreaktion efter uppsägning och separation."),
        ("Planering", "Kontakt med psykiatrisk mottagning för stödsamtal, sömnmedel i en vecka."),
    ], time="2024-10-09 01:20", tmpl="Akutanteckning", setting="psykiatrisk akutmottagning"),
    must_not=N(), why="referral's suspected psychosis ruled out on mental status examination")

add("utesl-barn-invagination-ultraljud", "skane", "20220611",
    note("n1", "s_barnakut_lund", [
        ("Kontaktorsak", "Tvååring med skrikattacker och kräkningar. Ambulanssjuksköterskan väckte misstanke om invagination."),
        ("Ultraljud", "Ingen invagination. Förtjockade tunntarmsslyngor, vätskefyllda."),
        ("Bedömning", "Invagination utesluten. Akut gastroenterit, dricker ur mugg på akuten."),
    ], time="2024-02-18 19:25", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="suspected intussusception (toddler) ruled out by ultrasound")

add("utesl-extrauterin-graviditet-neg-hcg", "vgr", "19930809",
    note("n1", "v_kvinno_nal", [
        ("Kontaktorsak", "Nedre buksmärta vänster sedan i morse, mens sen två dagar. Misstänkt extrauterin graviditet av jourhavande på akuten."),
        ("Utredning", "U-hCG negativt, S-hCG <1. Vaginalt ultraljud: normala ovarier, dominant follikel vänster, ingen fri vätska."),
        ("Bedömning", "Ingen graviditet, därmed ingen extrauterin graviditet. Ovulationssmärta."),
    ], time="2024-08-08 11:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="suspected ectopic pregnancy excluded by hCG and ultrasound")

add("utesl-serologi-neg-ingen-borrelia", "vgr", "19660722",
    note("n1", "v_vc_kungalv", [
        ("Kontaktorsak", "Ont i vänster akillessena sedan en månad. Pat undrar om det kan vara borrelia, hade fästingbett i somras."),
        ("Labb", "Borreliaserologi IgG och IgM negativa."),
        ("Bedömning", "Inget stöd för borrelia. Akillestendinopati på överbelastningsbasis efter ökad löpning."),
        ("Planering", "Excentrisk träning, instruerad."),
    ], time="2024-10-01 10:25"),
    must_not=N(), why="the patient's question about borreliosis is answered by negative serology")

# ---------------------------------------------------------------------------
# J. A suspicion that the same note confirms (must_not NL102)
# ---------------------------------------------------------------------------
add("bekr-misstankt-pneumoni-infiltrat", "vgr", "19450601",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Inremitterad från vårdcentral med misstänkt pneumoni, feber och hosta i fyra dagar."),
        ("Röntgen", "Lungröntgen: infiltrat i höger underlob."),
        ("Bedömning", "Pnemoni i höger underlob, CRB-65 1, klarar orala antibiotika."),
        ("Planering", "Kåvepenin 1 g x 3 i sju dagar, återbesök på vårdcentral om en vecka."),
    ], time="2024-12-18 13:50", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="referral suspicion of pneumonia confirmed on X-ray in the same note (typo: Pnemoni)")

add("bekr-njursten-som-uretarkonkrement", "skane", "19810128",
    note("n1", "s_akut_lund", [
        ("Kontaktorsak", "Kolikartad smärta i vänster flank som strålar mot ljumsken. Frågeställning njursten från jourcentralen."),
        ("Röntgen", "DT urinvägar: 4 mm konkrement i vänster distala uretär med lätt hydronefros."),
        ("Bedömning", "Vänstersidigt uretärkonkrement, bedöms kunna passera spontant."),
        ("Planering", "Voltaren, Tamsulosin. Kontroll-DT om fyra veckor om stenen inte kommit."),
    ], time="2024-03-16 04:10", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="kidney stone question confirmed in other words (uretärkonkrement)")

add("bekr-jarnbrist-lab", "vgr", "19870510",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Trötthet i två månader, kraftiga menstruationer. Sjuksköterskan misstänkte järnbrist och tog prover."),
        ("Labb", "Hb 98, MCV 72, ferritin 4."),
        ("Bedömning", "Järnbristanemi orsakad av rikliga menstruationer."),
        ("Planering", "Järntabletter varannan dag, nytt Hb om sex veckor. Remiss till gynekolog angående blödningarna."),
    ], time="2024-02-07 14:35"),
    must_not=N(), why="suspected iron deficiency confirmed by labs in the same note")

add("bekr-misstanke-om-celiaki-bekraftad", "skane", "19970326",
    note("n1", "s_med_krist", [
        ("Aktuellt", "Återbesök efter gastroskopi."),
        ("PAD", "Duodenalbiopsier med totalatrofi av villi och ökat antal intraepiteliala lymfocyter, Marsh 3c."),
        ("Bedömning", "Misstanken om celiaki är bekräftad med biopsi. Pat informerad om diagnosen och remitteras till dietist för glutenfri kost."),
    ], time="2024-04-23 10:20", tmpl="Mottagningsanteckning"),
    must_not=N() + [("NL101", "n1")],
    why="'misstanken ... bekräftad' settles the hypothesis; patient told")

add("bekr-pad-basalcellscancer-radikal", "vgr", "19410815",
    note("n1", "v_hud_su", [
        ("Aktuellt", "Excision gjord 12/2 av misstänkt basaliom på vänster kind."),
        ("PAD", "Nodulär basalcellscancer, radikalt exciderad med 3 mm marginal."),
        ("Bedömning", "Basalcellscancer, radikalt borttagen. Pat informerad per telefon idag, ingen ytterligare åtgärd."),
    ], time="2024-03-01 11:15", tmpl="Telefonanteckning"),
    must_not=N() + [("NL101", "n1")],
    why="a suspected basal cell carcinoma confirmed by PAD and told to the patient")

add("bekr-barn-strep-a-positiv", "vgr", "20160114",
    note("n1", "v_barn_alingsas", [
        ("Kontaktorsak", "Åttaåring med halsont och feber sedan två dagar. Frågeställning streptokockinfektion."),
        ("Status", "Förstorade tonsiller med beläggningar, ömma käkvinkelkörtlar, ingen hosta."),
        ("Labb", "Strep A-snabbtest positivt."),
        ("Bedömning", "Tonsillit orsakad av grupp A-streptokocker. Kåvepenin i tio dagar."),
    ], time="2024-11-26 16:15"),
    must_not=N(), why="question about strep throat (child) confirmed by rapid test")

add("bekr-adhd-utredning-kriterier-uppfyllda", "skane", "19950207",
    note("n1", "s_psyk_landskrona", [
        ("Bakgrund", "Remitterad från vårdcentral för utredning av misstänkt ADHD. Svårigheter med koncentration och organisation sedan skolåren."),
        ("Utredning", "DIVA-5, ASRS, skolbetyg och intervju med modern. Neuropsykologisk testning med WAIS-IV och QbTest."),
        ("Sammanfattande bedömning", "Kriterierna för ADHD, kombinerad form, är uppfyllda. Ingen annan psykiatrisk diagnos förklarar symtomen bättre."),
        ("Information", "Återkoppling till pat given vid dagens besök, hon fick skriftlig sammanfattning."),
    ], time="2024-06-19 13:00", tmpl="Utredningsanteckning", setting="psykiatrisk öppenvård"),
    must_not=N() + [("NL101", "n1")],
    why="referral's suspected ADHD is confirmed by the assessment and fed back")

add("bekr-frageteckn-stroke-larm-verifierad", "vgr", "19480327",
    note("n1", "v_akut_nal", [
        ("Kontaktorsak", "Ambulanslarm som ?stroke, vaknade med svaghet i höger arm och talsvårigheter."),
        ("Röntgen", "DT-perfusion: ischemi i vänster MCA-område, ocklusion av M1."),
        ("Bedömning", "Ischemisk stroke vänster hemisfär. Trombolys given, transport till SU för trombektomi."),
    ], time="2024-07-22 07:45", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="'?stroke' in the alert is confirmed by CT in the same note")

# ---------------------------------------------------------------------------
# K. Referral questions answered in the note
# ---------------------------------------------------------------------------
add("remiss-fraktur-fotled-svar-nej", "vgr", "20030623",
    note("n1", "v_orto_udd", [
        ("Frågeställning", "Fraktur i vänster fotled?"),
        ("Röntgensvar", "Ingen fraktur eller luxation. Mjukdelssvullnad lateralt."),
        ("Bedömning", "Fotledsdistorsion vänster. Stödbandage, belastning efter förmåga."),
    ], time="2024-02-24 17:05", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="referral question 'fraktur?' answered no in the note")

add("remiss-lungemboli-dt-negativ", "skane", "19760902",
    note("n1", "s_akut_lund", [
        ("Frågeställning", "Lungemboli?"),
        ("Röntgensvar", "DT-angiografi lungartärer: inga embolier, inga infiltrat."),
        ("Bedömning", "Ingen lungemboli. Andningskorrelerad bröstsmärta vid pågående övre luftvägsinfektion."),
    ], time="2024-03-10 18:20", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="referral question of PE answered negatively")

add("remiss-ms-efter-synnervsinflammation-besvarad", "vgr", "19890514",
    note("n1", "v_neuro_su", [
        ("Remiss", "Från ögonkliniken. Optikusneurit höger i januari. Frågeställning MS."),
        ("Utredning", "MR hjärna och ryggmärg med kontrast: inga vitsubstansförändringar. Likvor utan oligoklonala band."),
        ("Bedömning", "Inga hållpunkter för MS. Isolerad optikusneurit, synen nästan återställd."),
        ("Planering", "Ingen uppföljning planeras; pat informerad om att höra av sig vid nya neurologiska symtom."),
    ], time="2024-04-16 14:30"),
    must_not=N(), why="the referral's MS question is answered no by MRI and CSF")

add("remiss-hjartsvikt-eko-normal", "vgr", "19570312",
    note("n1", "v_kard_skovde", [
        ("Remiss", "Vårdcentralen frågar: hjärtsvikt? Andfåddhet vid ansträngning sedan ett halvår."),
        ("Undersökning", "Ekokardiografi: normal systolisk och diastolisk funktion, EF 60 %, inga klaffel. NT-proBNP 90 ng/L."),
        ("Bedömning", "Ingen hjärtsvikt. Andfåddheten bedöms bero på dålig kondition och övervikt, BMI 34."),
        ("Planering", "Åter till vårdcentralen, fysisk aktivitet på recept föreslås."),
    ], time="2024-09-25 10:15", tmpl="Mottagningsanteckning"),
    must_not=N(), why="referral question of heart failure answered negatively")

add("remiss-bup-autism-ej-uppfyllt", "skane", "20150130",
    note("n1", "s_bup_lund", [
        ("Remissfrågeställning", "Autism? Nioårig pojke med svårigheter i kamratrelationer och ensidiga intressen."),
        ("Utredning", "ADOS-2, ADI-R med föräldrarna, skolobservation, logopedbedömning och WISC-V."),
        ("Bedömning", "Kriterierna för autism är inte uppfyllda. Svårigheterna förklaras av språkstörning, fastställd av logoped."),
        ("Återkoppling", "Resultatet gicks igenom med båda föräldrarna idag. Råd till skolan skickas efter samtycke."),
    ], time="2024-10-17 13:40", tmpl="Utredningsanteckning", role="psykolog", setting="psykiatrisk öppenvård"),
    must_not=N(), why="BUP referral asking 'autism?' answered no after assessment")

# ---------------------------------------------------------------------------
# L. Differentials listed and then closed
# ---------------------------------------------------------------------------
add("dd-erysipelas-dvt-stangd", "skane", "19530214",
    note("n1", "s_inf_malmo", [
        ("Status", "Rodnad, värmeökning och svullnad vänster underben med skarp gräns. Feber 38,6. Fotsvamp mellan tårna."),
        ("Utredning", "DD erysipelas och DVT. Ultraljud: inga tromber."),
        ("Bedömning", "Erysipelas vänster underben. Bensylpenicillin iv, sedan Kåvepenin."),
    ], time="2024-08-01 16:45", tmpl="Inskrivningsanteckning", setting="slutenvård"),
    must_not=N(), why="differential list closed: DVT excluded, erysipelas stated")

add("dd-brostsmarta-tre-avfardade", "vgr", "19690124",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Plötslig smärta i bröstet mellan skulderbladen."),
        ("Utredning", "Differentialdiagnoser vid ankomst var akut koronart syndrom, lungemboli och aortadissektion. Normalt hs-TnT x2, DT aorta och lungartärer utan patologi."),
        ("Bedömning", "Samtliga allvarliga orsaker är avfärdade. Bröstryggsmärta av muskulär typ, palpationsöm paravertebralt. Går hem."),
    ], time="2024-06-08 00:55", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="three differentials named at arrival and all dismissed")

add("dd-bipolaritet-overvagdes-men", "vgr", "19910316",
    note("n1", "v_psyk_ostra", [
        ("Bakgrund", "Känd ADHD, nu remitterad pga humörsvängningar."),
        ("Bedömning", "Differentialdiagnostiskt övervägdes bipolär sjukdom, men inga hypomana episoder framkommer vid noggrann anamnes, livsdiagram eller vid samtal med sambon. Svängningarna är kortvariga och situationsbundna och bedöms som en del av den kända ADHD:n."),
        ("Planering", "Optimering av ADHD-behandlingen, DBT-färdighetsträning erbjuds."),
    ], time="2024-11-07 14:15", setting="psykiatrisk öppenvård"),
    must_not=N(), why="bipolar disorder considered in the differential and rejected")

add("dd-barn-halta-coxitis", "vgr", "20191212",
    note("n1", "v_barnakut_dsbus", [
        ("Kontaktorsak", "Fyraåring som vägrar stödja på höger ben sedan i morse, förkyld förra veckan."),
        ("Utredning", "DD septisk artrit, coxitis simplex och fraktur. Afebril, CRP <5, SR 8. Ultraljud höft: liten effusion. Röntgen utan fraktur."),
        ("Bedömning", "Coxitis simplex höger. Septisk artrit och fraktur är uteslutna."),
        ("Planering", "Ipren, vila. Återbesök om tre dagar om hon fortfarande haltar."),
    ], time="2024-01-19 10:30", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="paediatric differential of limp closed by tests")

add("dd-yrsel-hints-perifer-vestibularisneurit", "skane", "19740925",
    note("n1", "s_akut_hbg", [
        ("Kontaktorsak", "Kraftig rotatorisk yrsel och kräkningar sedan i morse."),
        ("Status", "Horisontell nystagmus åt vänster. Positivt huvudimpulstest åt höger, ingen skew deviation. Går med stöd, inga fokala neurologiska bortfall."),
        ("Bedömning", "HINTS talar för perifer genes och central orsak bedöms utesluten. Vestibularisneurit höger."),
        ("Planering", "Postafen, mobilisering, vestibulär träning enligt broschyr."),
    ], time="2024-04-13 13:25", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="'talar för' about peripheral origin ends in a stated diagnosis, central cause excluded")

add("dd-anemi-b12-jarn-hemolys-stangd", "vgr", "19550707",
    note("n1", "v_med_skovde", [
        ("Aktuellt", "Hb 92 vid kontroll, trött."),
        ("Labb", "B12 och folat normala. Ferritin 3. Haptoglobin och LD normala, retikulocyter låga."),
        ("Bedömning", "Utredningens DD var B12-brist, järnbrist och hemolys; proverna visar järnbristanemi. Gastroskopi och koloskopi bokas för att hitta blödningskällan."),
    ], time="2024-02-15 11:00", tmpl="Mottagningsanteckning"),
    must_not=N(), why="DD listed and settled by labs in the same sentence pair")
# ---------------------------------------------------------------------------
# M. Family history with hedges (must_not NL102)
# ---------------------------------------------------------------------------
add("hered-mor-trolig-alzheimer-pat-normal", "skane", "19620519",
    note("n1", "s_ger_hlm", [
        ("Hereditet", "Modern hade trolig Alzheimers sjukdom med debut vid 70 års ålder, aldrig utredd."),
        ("Aktuellt", "Orolig för sitt minne efter att ha glömt möten på jobbet under en stressig höst."),
        ("Utredning", "MMSE 30, klocktest ua, RBANS inom normalvariationen."),
        ("Bedömning", "Ingen objektiv kognitiv svikt. Subjektiva minnesbesvär i samband med stress."),
    ], time="2024-03-26 10:15", tmpl="Mottagningsanteckning"),
    must_not=N(), why="trolig Alzheimer is the mother's, the patient is normal")

add("hered-bror-misstankt-hcm", "vgr", "19860402",
    note("n1", "v_kard_skovde", [
        ("Bakgrund", "Familjescreening. Brodern utreds för misstänkt hypertrofisk kardiomyopati efter en svimning under träning."),
        ("Undersökning", "EKG normalt. Ekokardiografi: normal väggtjocklek 9 mm, normal funktion."),
        ("Bedömning", "Inga tecken på kardiomyopati hos pat. Ny kontroll om tre år eller tidigare om broderns genetiska analys visar en sjukdomsorsakande variant."),
    ], time="2024-05-14 13:35", tmpl="Mottagningsanteckning"),
    must_not=N(), why="the suspected cardiomyopathy is the brother's; patient screened normal")

add("hered-far-mojligen-bipolar", "skane", "19940108",
    note("n1", "s_psyk_landskrona", [
        ("Hereditet", "Fadern har enligt pat möjligen en obehandlad bipolär sjukdom, har haft perioder med stora inköp och lite sömn. Farmor tog sitt liv."),
        ("Aktuellt", "Recidiverande depression, nu tredje episoden, medelsvår."),
        ("Planering", "Escitalopram höjs till 20 mg. Samtal hos psykolog var tredje vecka."),
    ], time="2024-09-30 11:45", setting="psykiatrisk öppenvård"),
    must_not=N(), why="möjligen bipolär concerns the father in family history")

add("hered-mormor-ev-brostcancer", "vgr", "19780511",
    note("n1", "v_kvinno_nal", [
        ("Hereditet", "Mormor hade ev. bröstcancer, pat vet inte säkert. Ingen annan cancer i släkten."),
        ("Aktuellt", "Kallad för mammografi inom screeningprogrammet, svaret visar inga tumörmisstänkta förändringar."),
        ("Bedömning", "Ingen ökad ärftlig risk enligt riktlinjen, fortsatt ordinarie screening."),
    ], time="2024-07-02 08:50", tmpl="Mottagningsanteckning"),
    must_not=N(), why="ev. bröstcancer belongs to the grandmother")

add("hered-syster-misstankt-celiaki-barn-neg", "vgr", "20180227",
    note("n1", "v_barn_alingsas", [
        ("Bakgrund", "Storasyster utreds för misstänkt celiaki, därför provtas även Ella."),
        ("Labb", "Transglutaminas-IgA <1, total-IgA normalt."),
        ("Bedömning", "Ingen celiaki hos Ella. Ny provtagning vid symtom som magont, diarré eller dålig tillväxt."),
    ], time="2024-04-11 14:10", role="läkare"),
    must_not=N(), why="the suspicion concerns the child's sister; the child tests negative")

# ---------------------------------------------------------------------------
# N. Past history (closed suspicions)
# ---------------------------------------------------------------------------
add("tidigare-misstankt-epilepsi-avskriven", "vgr", "19980930",
    note("n1", "v_orto_udd", [
        ("Tidigare sjukdomar", "2016 utreddes misstänkt epilepsi efter ett krampanfall vid hög feber; EEG och MR var normala och diagnosen avskrevs."),
        ("Aktuellt", "Vridvåld mot höger knä vid innebandy, hemartros."),
        ("Bedömning", "Främre korsbandsruptur höger, MR-verifierad."),
    ], time="2024-02-02 11:20"),
    must_not=N(), why="an old suspicion closed in past history")

add("tidigare-utredd-for-tia-utan-fynd", "skane", "19480223",
    note("n1", "s_med_krist", [
        ("Tidigare sjukdomar", "Hypertoni. Utredd 2020 pga misstänkt TIA; karotisultraljud, långtids-EKG och MR utan fynd, ingen diagnos ställdes."),
        ("Aktuellt", "Inlagd med pyelonefrit, E. coli i urin och blod."),
        ("Bedömning", "Pyelonefrit med bakteriemi, svarar bra på Cefotaxim. Byte till Ciproxin imorgon."),
    ], time="2024-10-11 09:40", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="past suspected TIA was investigated without findings")

add("tidigare-astma-avfardad-barn", "skane", "20150604",
    note("n1", "s_barn_hbg", [
        ("Tidigare", "Som spädbarn fanns misstanke om astma, men inget behov av inhalationer sedan två års ålder och barnallergologen avfärdade astma 2021."),
        ("Aktuellt", "Nioåring med återkommande näsblod från vänster näsborre."),
        ("Status", "Kärlteckning i Locus Kiesselbachii vänster, i övrigt ua."),
        ("Bedömning", "Epistaxis från främre näsdelen. Råd om nässalva, ev. etsning hos ÖNH om det fortsätter."),
    ], time="2024-09-12 10:50"),
    must_not=N(), why="childhood suspicion of asthma dismissed in past history")

add("tidigare-personlighetsstorning-avfardad", "vgr", "20000318",
    note("n1", "v_psyk_kungalv", [
        ("Bakgrund", "Från BUP fanns en misstanke om emotionellt instabil personlighetsstörning, som avfärdades vid strukturerad utredning med SCID-5-PD på vuxenpsykiatrin 2022."),
        ("Aktuellt", "Social fobi, genomgår KBT i grupp med god effekt."),
        ("Planering", "Fortsatt grupp-KBT, läkarbesök efter avslutad behandling."),
    ], time="2024-05-29 09:25", setting="psykiatrisk öppenvård"),
    must_not=N(), why="a previous psychiatric suspicion was rejected by structured assessment")

# ---------------------------------------------------------------------------
# O. Negations, some with typos (must_not NL102)
# ---------------------------------------------------------------------------
add("neg-typo-ingen-misstake-om-pneumoni", "vgr", "19840506",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Hosta i tio dagar efter förkylning, ingen feber."),
        ("Status", "Lungor: vesikulära andningsljud bilateralt, inga rassel. Sat 98 %, AF 14."),
        ("Bedömning", "Ingen misstake om pneumoni. Postinfektiös hosta."),
    ], time="2024-01-23 15:50"),
    must_not=N(), why="negated pneumonia with a typo in the cue (misstake)")

add("neg-typo-inget-som-talr-for-appendicit", "skane", "20000910",
    note("n1", "s_akut_lund", [
        ("Kontaktorsak", "Buksmärta sedan igår kväll, diffus, nu i avtagande."),
        ("Status", "Mjuk buk, ingen lokal ömhet, inga peritoneala tecken. Afebril, CRP 3."),
        ("Bedömning", "Inget som talr för appendicit. Spontant avklingande buksmärtor, hem."),
    ], time="2024-05-09 21:35", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="negated 'talar för' with a typo (talr)")

add("neg-typo-lungemboli-utseluten", "vgr", "19730419",
    note("n1", "v_med_skovde", [
        ("Aktuellt", "Andfåddhet efter flygresa, D-dimer förhöjt."),
        ("Röntgen", "DT lungartärer utan embolier."),
        ("Bedömning", "Lungemboli utseluten. Andfåddheten bedöms vara ångestrelaterad, pat lugn efter beskedet."),
    ], time="2024-08-22 16:00", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="ruled-out diagnosis with a typo in utesluten (utseluten)")

add("neg-typo-ej-tecken-till-menigit-barn", "skane", "20190803",
    note("n1", "s_barnakut_lund", [
        ("Kontaktorsak", "Fyraåring med feber 40 och huvudvärk."),
        ("Status", "Nackmjuk, piggnar till efter Alvedon och dricker. Röda trumhinnor bilateralt med buktning vänster."),
        ("Bedömning", "Ej tecken till menigit. Akut mediaotit vänster, Kåvepenin."),
    ], time="2024-12-21 20:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="negated meningitis spelled 'menigit' (child)")

add("neg-typo-inga-hallpukter-for-dvt", "skane", "19670124",
    note("n1", "s_akut_malmo", [
        ("Kontaktorsak", "Vadsmärta höger efter fotbollsträning."),
        ("Utredning", "Wells 0, D-dimer <0,3."),
        ("Bedömning", "Inga hållpukter för DVT. Muskelbristning i mediala gastrocnemius."),
    ], time="2024-04-28 19:10", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="negated DVT with a typo (hållpukter)")

add("neg-typo-misstanken-om-sepis-avskrevs", "vgr", "19360507",
    note("n1", "v_avd_boras", [
        ("Förlopp", "Inkom i förrgår med feber och förvirring. Misstanken om sepis avskrevs när blododlingarna var negativa och procalcitonin normalt."),
        ("Bedömning", "Akut förvirringstillstånd utlöst av förstoppning och urinretention, nu kateteriserad och avförd. Klarare idag."),
    ], time="2024-06-13 11:30", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(), why="dismissed sepsis, diagnosis misspelt (sepis)")

add("neg-typo-inga-tecken-pa-psykots", "skane", "19920904",
    note("n1", "s_psyk_akut_malmo", [
        ("Kontaktorsak", "Söker pga ångest och sömnlöshet efter att ha använt cannabis i helgen."),
        ("Psykiskt status", "Orolig men samlad. Inga tecken på psykots, inga hallucinationer. Förnekar suicidtankar."),
        ("Bedömning", "Ångest i samband med cannabisbruk. Atarax vid behov, återbesök via beroendemottagningen."),
    ], time="2024-03-03 02:15", tmpl="Akutanteckning", setting="psykiatrisk akutmottagning"),
    must_not=N(), why="negated psychosis spelt 'psykots'")

add("neg-typo-inte-forenlgi-med-gikt", "vgr", "19600927",
    note("n1", "v_vc_kungalv", [
        ("Kontaktorsak", "Svullen höger fotled sedan en vecka, hade gikt i stortån för tre år sedan."),
        ("Labb", "Urat 280, CRP 6."),
        ("Bedömning", "Bilden är inte förenlgi med gikt. Fotledsdistorsion som han inte kommit ihåg, stukade den på trappan."),
    ], time="2024-11-21 10:05"),
    must_not=N(), why="'inte förenlig med' negated, with a typo (förenlgi)")

add("neg-ingen-misstanke-om-malignitet-gastroskopi", "skane", "19550129",
    note("n1", "s_med_krist", [
        ("Gastroskopi", "Normal esofagus. Rodnad i antrum, biopsier tagna. Duodenum ua."),
        ("Bedömning", "Ingen misstanke om malignitet. Lätt gastrit, PPI i fyra veckor."),
    ], time="2024-07-04 13:50", tmpl="Endoskopianteckning"),
    must_not=N(), why="plain negation 'ingen misstanke om'")

add("neg-osannolik-och-utesluts-ddimer", "vgr", "19910617",
    note("n1", "v_akut_nal", [
        ("Kontaktorsak", "Stickande smärta vänster sida av bröstet vid djupandning."),
        ("Utredning", "Wells 1, D-dimer 0,2."),
        ("Bedömning", "Lungemboli bedöms osannolik och utesluts med negativ D-dimer. Interkostal muskelsmärta."),
    ], time="2024-10-25 14:45", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="osannolik together with utesluts is a negation")

# ---------------------------------------------------------------------------
# P. Skåne PMO notes: hedged diagnoses are never shown (must_not NL102)
# ---------------------------------------------------------------------------
add("pmo-vc-misstankt-pneumoni", "skane", "19520930",
    note("n1", "s_vc_linero", [
        ("Kontaktorsak", "Feber och hosta i fem dagar, andfådd i trappor."),
        ("Status", "Dämpning och rassel vänster basalt. Sat 95 %, CRP 96."),
        ("Bedömning", "Misstänkt pneumoni vänster basalt. Kåvepenin insatt, lungröntgen beställd."),
    ], time="2024-02-06 11:35"),
    must_not=N(), why="PMO note: suspected pneumonia is not shown, so no NL102")

add("pmo-vc-trolig-depression-madrs", "skane", "19851105",
    note("n1", "s_vc_staffanstorp", [
        ("Aktuellt", "Nedstämd sedan i vintras, sover dåligt, orkar inte träffa vänner. MADRS-S 24."),
        ("Bedömning", "Trolig depression av medelsvår grad. Kuratorskontakt och ställningstagande till SSRI vid nästa besök."),
    ], time="2024-03-18 13:10"),
    must_not=N(), why="PMO primary care: trolig depression is not visible")

add("pmo-bvc-fragetecken-hoftinstabilitet", "skane", "20240115",
    note("n1", "s_bvc_sjobo", [
        ("Kontroll", "Sex veckors kontroll. Vikt och längd följer kurvan."),
        ("Status", "Asymmetriska lårveck, klick vid Ortolani vänster?"),
        ("Bedömning", "?Höftledsinstabilitet vänster. Remiss barnortoped för ultraljud."),
    ], time="2024-03-01 09:20", role="läkare"),
    must_not=N(), why="BVC in PMO: '?höftledsinstabilitet' is not shown")

add("pmo-hemsjukvard-ev-uvi-ssk", "skane", "19330822",
    note("n1", "s_hsv_eslov", [
        ("Omvårdnad", "Personalen på boendet rapporterar att brukaren är mer förvirrad än vanligt och luktar starkt om urinen."),
        ("Åtgärd", "Urinsticka tagen: leukocyter 2+, nitrit positiv. Ev. UVI, ansvarig läkare på vårdcentralen kontaktad för ordination."),
    ], time="2024-08-30 14:00", tmpl="Omvårdnadsanteckning", role="sjuksköterska"),
    must_not=N(), why="home care nurse in PMO writes ev. UVI; PMO does not show it")

add("pmo-ungdomsmott-misstankt-klamydia", "skane", "20060719",
    note("n1", "s_um_ystad", [
        ("Kontaktorsak", "Sveda vid miktion och ökade flytningar sedan en vecka, ny partner i maj."),
        ("Bedömning", "Misstänkt klamydiainfektion. Prov taget, Doxyferm enligt smittskyddsrutin i väntan på svar."),
    ], time="2024-06-25 15:30", role="läkare"),
    must_not=N(), why="PMO youth clinic: suspected chlamydia is not visible")

# ---------------------------------------------------------------------------
# Q. Tidiga hypoteser (protected) vs visible sections
# ---------------------------------------------------------------------------
add("th-skane-mall-misstankt-prodromal-parkinson", "skane", "19570618",
    note("n1", "s_neuro_lund", [
        ("Hypotes", "Misstänkt prodromal Parkinsons sjukdom: REM-sömnbeteendestörning sedan flera år och nedsatt luktsinne. Ej kommunicerat med pat, DAT-scan övervägs."),
    ], time="2024-05-07 16:30", tmpl="Tidiga hypoteser"),
    must_not=N(), why="hedge inside the Skåne template Tidiga hypoteser is not visible")

add("th-vgr-sokord-lewy-synlig-plan-ren", "vgr", "19460203",
    note("n1", "v_ger_molndal", [
        ("Aktuellt", "Minnesutredning pågår. MMSE 24. Maken beskriver att hon ser djur i rummet på kvällarna."),
        ("Planering", "Ev. DAT-scan efter nästa besök. Neuropsykologisk testning bokad i april."),
        ("Tidiga hypoteser", "Misstänkt Lewykroppsdemens med tanke på synhallucinationer och fluktuationer."),
    ], time="2024-03-14 11:10", tmpl="Mottagningsanteckning"),
    must_not=N(), why="VGR sökord Tidiga hypoteser holds the hedge; visible sections only hedge a plan")

add("th-vgr-sokord-men-hedge-aven-i-bedomning", "vgr", "19590820",
    note("n1", "v_gastro_boras", [
        ("Aktuellt", "Viktnedgång 8 kg, CA 19-9 förhöjt."),
        ("Bedömning", "Misstänkt pankreascancer, DT buk bokad."),
        ("Tidiga hypoteser", "Stark misstanke om malign process i pankreashuvudet, pat ännu ej informerad om misstanken."),
    ], time="2024-09-19 15:05", tmpl="Mottagningsanteckning"),
    must=M(), why="hedge repeated in visible Bedömning although a Tidiga hypoteser section exists")

add("th-skane-flyttad-till-mall-andra-noten", "skane", "19660101",
    [note("n1", "s_hud_hbg", [
        ("Status", "Asymmetrisk, oregelbundet pigmenterad förändring 9 mm på vänster vad."),
        ("Bedömning", "Misstänkt malignt melanom, excision bokad inom en vecka."),
    ], time="2024-04-04 10:00"),
     note("n2", "s_hud_hbg", [
        ("Hypotes", "Kliniskt misstänkt melanom, excision 11/4. Uppgiften dold i väntan på PAD."),
    ], time="2024-04-04 10:30", tmpl="Tidiga hypoteser")],
    must=M("n1"), must_not=N("n2"),
    why="same hypothesis: visible in the ordinary note (n1), hidden in the Tidiga hypoteser template (n2)")

# ---------------------------------------------------------------------------
# R. Other uncertainty that is not an uncertain diagnosis
# ---------------------------------------------------------------------------
add("anamnes-osakert-om-medvetsloshet", "skane", "20020214",
    note("n1", "s_akut_hbg", [
        ("Kontaktorsak", "Slog huvudet i isen under hockeyträning. Osäkert om han var medvetslös, ingen av lagkamraterna såg fallet."),
        ("Status", "GCS 15, normalt neurologiskt status. Minns inte själva fallet."),
        ("Röntgen", "DT hjärna: inga blödningar, ingen fraktur."),
        ("Bedömning", "Hjärnskakning. Hem med vuxen, vila från idrott enligt stegvis återgång."),
    ], time="2024-02-10 20:15", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="uncertain history (loss of consciousness), diagnosis stated")

add("anamnes-pat-orolig-cancer-fibroadenom", "vgr", "19990606",
    note("n1", "v_kir_kungalv", [
        ("Kontaktorsak", "Knöl i höger bröst som hon känt i en månad, orolig för att det kan vara cancer."),
        ("Utredning", "Trippeldiagnostik: mammografi, ultraljud och mellannålsbiopsi. PAD: fibroadenom."),
        ("Bedömning", "Fibroadenom höger bröst, benignt. Pat lättad efter beskedet, ingen uppföljning."),
    ], time="2024-07-16 13:20", tmpl="Mottagningsanteckning"),
    must_not=N() + [("NL101", "n1")],
    why="the patient's fear of cancer, answered by a benign diagnosis")

add("anamnes-pat-tror-glutenintolerans", "skane", "19900117",
    note("n1", "s_med_krist", [
        ("Kontaktorsak", "Uppblåsthet och växlande avföring sedan flera år. Pat tror själv att hon inte tål gluten men äter vanlig kost."),
        ("Labb", "Transglutaminas-IgA negativt, calprotectin 22."),
        ("Bedömning", "Celiaki utesluten. IBS med blandad avföring enligt Rom IV."),
        ("Planering", "Dietist för low-FODMAP."),
    ], time="2024-11-28 09:55", tmpl="Mottagningsanteckning"),
    must_not=N(), why="the patient's own belief, tested and ruled out")

add("lab-kalium-sannolikt-hemolyserat-prov", "vgr", "19720104",
    note("n1", "v_med_skovde", [
        ("Labb", "Kalium 6,1 i morse, provet sannolikt hemolyserat enligt laboratoriet. Nytt prov taget kl 11: kalium 4,2."),
        ("Bedömning", "Normalt kalium. Hypertoni under upptrappning av Enalapril, fortsätter 10 mg."),
    ], time="2024-05-22 12:05", tmpl="Mottagningsanteckning"),
    must_not=N(), why="sannolikt concerns a haemolysed blood sample, not the patient")

add("buksmarta-oklar-genes-utan-hypotes", "vgr", "19980222",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Buksmärta i tre dagar, växlande lokalisation."),
        ("Utredning", "Normala blodprover, urinsticka ua, ultraljud buk utan patologi, graviditetstest negativt."),
        ("Bedömning", "Buksmärta av oklar genes utan alarmfynd. Hem, uppföljning på vårdcentral om en vecka."),
    ], time="2024-09-08 17:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must_not=N(), why="unexplained symptom without any named hypothesis")

add("sjukskoterska-dotter-undrar-demens", "vgr", "19370910",
    note("n1", "v_ger_molndal", [
        ("Aktuellt", "Dottern ringde och undrar om mamman har en demens, hon har glömt att betala räkningar två gånger."),
        ("Åtgärd", "Informerat dottern om att mamman redan i februari genomgick minnesutredning med normala tester och att en ny bedömning kan göras på vårdcentralen om det blir värre."),
    ], time="2024-08-06 10:25", tmpl="Telefonanteckning", role="sjuksköterska"),
    must_not=N(), why="a relative's question, answered by a normal assessment")
# ---------------------------------------------------------------------------
# S. True hedged diagnoses in visible Melior notes (must NL102)
# ---------------------------------------------------------------------------
add("h-susp-forkortning-erysipelas", "skane", "19610517",
    note("n1", "s_inf_malmo", [
        ("Status", "Rodnad och värme ventralt på vänster underben, ej skarpt avgränsad. Temp 37,9."),
        ("Bedömning", "Susp. erysipelas vä underben. Bensyl-pc 3 g x 3 iv, markerat rodnadens utbredning med penna."),
    ], time="2024-08-24 19:00", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="abbreviated hedge 'Susp.' before a diagnosis")

add("h-misst-kolangit-telegrafiskt", "vgr", "19440716",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "Feber 39,2, frossa, ikterus sedan igår. Känd gallsten."),
        ("Bedömning", "Misst. kolangit. Blododl x2, Tazocin, ERCP imorgon."),
    ], time="2024-04-21 22:10", tmpl="Jouranteckning", setting="slutenvård"),
    must=M(), why="telegraphic 'Misst.' abbreviation in a ward note")

add("h-typo-missankt-bipolar-typ2", "skane", "19870620",
    note("n1", "s_psyk_landskrona", [
        ("Aktuellt", "Behandlas för depression sedan 2022 med flera SSRI utan bestående effekt."),
        ("Anamnes", "Maken beskriver perioder om 4–5 dagar med minskat sömnbehov, ökad energi och impulsiva köp."),
        ("Bedömning", "Missänkt bipolär sjukdom typ II. Utsättning av sertralin diskuteras, stämningsstabiliserare övervägs."),
    ], time="2024-02-22 14:50", setting="psykiatrisk öppenvård"),
    must=M(), why="hedged psychiatric diagnosis with a typo in the cue (Missänkt)")

add("h-trolig-pneumoni-vc-vgr", "vgr", "19580206",
    note("n1", "v_vc_hjallbo", [
        ("Kontaktorsak", "Feber och hosta i fyra dagar."),
        ("Status", "Krepitationer vänster basalt, AF 20, sat 96 %. CRP 89."),
        ("Bedömning", "Trolig pneumoni vänster basalt. Kåvepenin 1 g x 3 i sju dagar."),
    ], time="2024-11-12 10:45"),
    must=M(), why="trolig pneumoni in a VGR primary care Melior note")

add("h-sannol-alzheimer-sen-debut", "vgr", "19380128",
    note("n1", "v_ger_molndal", [
        ("Aktuellt", "Minnesutredning. Tilltagande glömska i två år, har gått vilse på hemvägen."),
        ("Utredning", "MMSE 21, klocktest patologiskt. DT hjärna: generell atrofi, uttalad temporalt."),
        ("Bedömning", "Sannol. Alzheimers sjukdom med sen debut. Likvor för biomarkörer planeras innan besked."),
    ], time="2024-05-30 10:35", tmpl="Mottagningsanteckning"),
    must=M(), why="'Sannol.' abbreviation before a dementia diagnosis")

add("h-typo-sanolikt-viral-meningit", "skane", "19930121",
    note("n1", "s_inf_malmo", [
        ("Aktuellt", "Feber och huvudvärk i tre dagar, nackstel vid ankomst."),
        ("Lumbalpunktion", "Likvor: 180 celler, övervägande mononukleära, normalt laktat. PCR-panel inväntas."),
        ("Bedömning", "Sanolikt viral meningit. Aciklovir tills HSV-PCR är besvarad."),
    ], time="2024-07-19 06:15", tmpl="Inskrivningsanteckning", setting="slutenvård"),
    must=M(), why="hedge with a typo (Sanolikt) before viral meningitis")

add("h-mojlig-myasteni-ak-skickade", "vgr", "19690811",
    note("n1", "v_neuro_su", [
        ("Anamnes", "Dubbelseende och hängande ögonlock som förvärras under dagen sedan två månader."),
        ("Status", "Uttröttbar ptos vänster efter uppåtblick i en minut, förbättras med isbit."),
        ("Bedömning", "Möjlig myasthenia gravis, okulär form. AChR-antikroppar skickade, neurografi med repetitiv stimulering bokas."),
    ], time="2024-10-08 13:55"),
    must=M(), why="möjlig before a neurological diagnosis under investigation")

add("h-mojligen-reaktiv-artrit", "skane", "19910728",
    note("n1", "s_reuma_lund", [
        ("Aktuellt", "Svullet vänster knä och höger fotled sedan två veckor. Salmonellainfektion efter semester för en månad sedan."),
        ("Labb", "CRP 45, RF och anti-CCP negativa. Ledvätska utan kristaller, odling negativ."),
        ("Bedömning", "Möjligen rör det sig om en reaktiv artrit efter salmonellainfektionen. NSAID och ny kontroll om tre veckor."),
    ], time="2024-09-03 11:30"),
    must=M(), why="'möjligen rör det sig om' before a diagnosis")

add("h-ev-begynnande-hjartsvikt", "skane", "19450319",
    note("n1", "s_med_ängel", [
        ("Aktuellt", "Ökad andfåddhet vid promenad och svullna anklar på kvällen."),
        ("Status", "Lätta underbensödem. Blodtryck 162/94."),
        ("Bedömning", "Ev. begynnande hjärtsvit. NT-proBNP och ekokardiografi beställt."),
    ], time="2024-02-27 09:50", tmpl="Mottagningsanteckning"),
    must=M(), why="'Ev.' before a diagnosis, not before a plan (typo: hjärtsvit)")

add("h-fragetecken-fore-lungcancer", "vgr", "19510922",
    note("n1", "v_lung_su", [
        ("Remiss", "Från vårdcentral: långdragen hosta, rökare 40 paketår."),
        ("Röntgen", "DT thorax: 3 cm spikulerad förändring i höger överlob, förstorade körtlar i höger hilus."),
        ("Bedömning", "?Lungcancer. Bronkoskopi och PET-DT enligt SVF."),
    ], time="2024-03-28 14:05", tmpl="Mottagningsanteckning"),
    must=M(), why="question mark before a diagnosis")

add("h-barn-invagination-fragetecken-efter", "vgr", "20220830",
    note("n1", "v_barnakut_dsbus", [
        ("Kontaktorsak", "Ettåring med återkommande skrikattacker, blek mellan attackerna. Gallfärgade kräkningar en gång."),
        ("Status", "Palpabel resistens i höger övre kvadrant?"),
        ("Bedömning", "Invagination? Akut ultraljud buk, kirurgjour informerad."),
    ], time="2024-08-11 04:35", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="diagnosis followed by '?' in a paediatric ED note")

add("h-diagnosfalt-reumatoid-artrit-fragetecken", "skane", "19760311",
    note("n1", "s_reuma_lund", [
        ("Aktuellt", "Symmetrisk svullnad i MCP- och PIP-leder bilateralt, morgonstelhet två timmar. Anti-CCP inväntas."),
        ("Diagnos", "Reumatoid artrit?"),
        ("Planering", "Prednisolon 10 mg i väntan på proverna, återbesök om två veckor."),
    ], time="2024-04-30 15:15"),
    must=M(), why="'?' in the Diagnos section")

add("h-fragetecken-autism-vuxen-np", "vgr", "19970218",
    note("n1", "v_psyk_kungalv", [
        ("Aktuellt", "Sedan barndomen svårt med sociala sammanhang, starkt behov av rutiner och sensorisk överkänslighet. Depression i remission."),
        ("Bedömning", "Autismspektrumtillstånd? Underlag från skolhälsovården begärs, neuropsykiatrisk utredning planeras."),
    ], time="2024-01-10 10:20", setting="psykiatrisk öppenvård"),
    must=M(), why="adult psychiatry: diagnosis with question mark before NP assessment")

add("h-parentes-diskbrack-fragetecken", "vgr", "19800504",
    note("n1", "v_vc_kungalv", [
        ("Kontaktorsak", "Ryggsmärta med utstrålning i vänster ben ned till foten sedan tre veckor."),
        ("Status", "Laségue positivt vänster vid 40 grader, nedsatt akillesreflex vänster, domning lateralt på foten."),
        ("Bedömning", "Lumbago-ischias vänster (diskbråck L5-S1?). Smärtlindring, MR vid progress."),
    ], time="2024-12-04 11:00"),
    must=M(), why="hedged diagnosis in parentheses with '?'")

add("h-dd-pneumoni-lungemboli-oppen", "skane", "19630125",
    note("n1", "s_akut_malmo", [
        ("Kontaktorsak", "Feber, hosta och andningskorrelerad smärta höger sida."),
        ("Status", "Sat 93 %, AF 22. Nedsatta andningsljud höger basalt."),
        ("Bedömning", "DD pneumoni, lungemboli. D-dimer och lungröntgen beställda, DT-angio vid oklarhet."),
    ], time="2024-03-23 16:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="open differential 'DD' with investigations pending")

add("h-differentialdiagnos-pmr-vs-ra", "vgr", "19470529",
    note("n1", "v_med_skovde", [
        ("Aktuellt", "Stelhet och värk i skuldror och höfter sedan sex veckor, värst på morgonen. Lätt svullnad i handlederna."),
        ("Labb", "SR 78, CRP 56, RF negativ."),
        ("Bedömning", "Differentialdiagnos: polymyalgia reumatika eller sent debuterande reumatoid artrit. Anti-CCP skickat, ultraljud av händer."),
    ], time="2024-06-27 09:15", tmpl="Mottagningsanteckning"),
    must=M(), why="written-out differential diagnosis still open")

add("h-barn-dd-kawasaki-adenovirus", "skane", "20210305",
    note("n1", "s_barn_hbg", [
        ("Aktuellt", "Treåring med feber i fem dagar, röda ögon utan sekretion, röda spruckna läppar och utslag på bålen."),
        ("Labb", "CRP 120, trombocyter 480. Adenovirus-snabbtest inväntas."),
        ("Bedömning", "DD Kawasakis sjukdom – adenovirusinfektion. Ekokardiografi idag, IVIG förbereds."),
    ], time="2024-02-14 15:25", setting="slutenvård", tmpl="Inskrivningsanteckning"),
    must=M(), why="paediatric open differential with an en dash")

add("h-dd-personlighet-vs-komplex-ptsd", "skane", "19950813",
    note("n1", "s_psyk_landskrona", [
        ("Bakgrund", "Upprepade trauman i barndomen. Instabila relationer, självskadebeteende, dissociativa episoder."),
        ("Bedömning", "DD emotionellt instabil personlighetsstörning vs komplex PTSD. Bedömningen fortsätter med strukturerad intervju."),
    ], time="2024-05-16 13:30", setting="psykiatrisk öppenvård"),
    must=M(), why="psychiatric differential still open ('vs')")

add("h-talar-for-ms-lp-aterstar", "skane", "19920317",
    note("n1", "s_neuro_lund", [
        ("Aktuellt", "Domningar i benen sedan en månad, tidigare episod med synnedsättning höger öga."),
        ("MR", "Flera periventrikulära och juxtakortikala lesioner, en kontrastladdande."),
        ("Bedömning", "MR-fynden talar för MS men likvorundersökning återstår innan diagnos kan ställas."),
    ], time="2024-11-15 14:10"),
    must=M(), why="'talar för' with the diagnosis explicitly not yet made")

add("h-talar-for-bipolar-enligt-make", "vgr", "19840312",
    note("n1", "v_psyk_ostra", [
        ("Anamnes", "Maken berättar om tidigare perioder med mycket energi, lite sömn och stora projekt som pat själv inte nämnt."),
        ("Bedömning", "Anamnesen från maken talar för tidigare hypomana episoder, vilket i så fall innebär bipolär sjukdom typ II snarare än unipolär depression. Livsdiagram görs till nästa besök."),
    ], time="2024-08-15 14:40", setting="psykiatrisk öppenvård"),
    must=M(), why="'talar för ... i så fall' leaves the diagnosis open")

add("h-barn-talar-for-komjolksproteinallergi", "skane", "20240211",
    note("n1", "s_barn_hbg", [
        ("Aktuellt", "Åtta veckor gammal flicka med slem och blodstrimmor i avföringen sedan en vecka. Helammad, god viktuppgång."),
        ("Bedömning", "Fynden talar för komjölksproteinallergi. Mamman provar mjölkfri kost i två veckor, därefter återintroduktion."),
    ], time="2024-04-09 11:05"),
    must=M(), why="infant: 'talar för' with a diagnostic trial pending")

add("h-forenligt-med-pneumoni-rtg-utlatande", "vgr", "19530411",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "Inlagd med KOL-exacerbation, nu feber dag 3."),
        ("Röntgen", "Lungröntgen: förtätning i vänster underlob, förenligt med pneumoni."),
        ("Bedömning", "Tillägg av Zinacef, nya odlingar."),
    ], time="2024-01-05 12:30", tmpl="Rondanteckning", setting="slutenvård"),
    must=M(), why="radiology phrasing 'förenligt med' quoted in a ward round")

add("h-forenligt-med-alzheimer-np-aterstar", "skane", "19450614",
    note("n1", "s_ger_hlm", [
        ("MR", "Hippocampusatrofi bilateralt, Scheltens 3, inga infarkter."),
        ("Bedömning", "MR-bilden är förenlig med Alzheimers sjukdom, men neuropsykologisk bedömning återstår innan diagnosen kan fastställas."),
    ], time="2024-06-06 14:35", tmpl="Mottagningsanteckning"),
    must=M(), why="'förenlig med' with confirmation still pending")

add("h-forenligt-med-perikardit-ekg", "skane", "19970101",
    note("n1", "s_akut_lund", [
        ("EKG", "Diffusa konkava ST-höjningar och PR-sänkningar."),
        ("Bedömning", "EKG förenligt med perikardit. TnT och ekokardiografi, Ipren 400 x 3."),
    ], time="2024-12-26 03:05", tmpl="Akutanteckning", setting="akutmottagning", signed=None),
    must=M(), why="unsigned draft: 'förenligt med' a diagnosis on ECG")

add("h-kan-ej-uteslutas-lungemboli-dt-imorgon", "vgr", "19660514",
    note("n1", "v_med_skovde", [
        ("Aktuellt", "Andfåddhet efter höftoperation för två veckor sedan, D-dimer 3,2."),
        ("Bedömning", "Lungemboli kan ej uteslutas. DT-angiografi imorgon bitti, Fragmin i behandlingsdos tills dess."),
    ], time="2024-03-09 19:55", tmpl="Jouranteckning", setting="slutenvård"),
    must=M(), why="'kan ej uteslutas' keeps a diagnosis open")

add("h-barn-scaphoideum-kan-ej-helt-uteslutas", "vgr", "20120814",
    note("n1", "v_barnakut_dsbus", [
        ("Kontaktorsak", "Elvaåring som föll på handen i skolan, öm i fossa tabatière."),
        ("Röntgen", "Ingen synlig fraktur."),
        ("Bedömning", "Scaphoideumfraktur kan ej helt uteslutas trots normal röntgen. Gips och ny röntgen om tio dagar."),
    ], time="2024-10-23 15:40", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="child: occult fracture 'kan ej helt uteslutas'")

add("h-typo-septisk-artrit-uteslustas", "skane", "19500309",
    note("n1", "s_akut_hbg", [
        ("Status", "Varm, svullen höger knäled, temp 38,4. Känd artros."),
        ("Bedömning", "Septisk artrit kan ej uteslustas, ledpunktion görs innan antibiotika."),
    ], time="2024-09-14 12:25", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="'kan ej uteslutas' with a typo (uteslustas)")

add("h-inte-osannolikt-borrelia-facialispares", "vgr", "19850228",
    note("n1", "v_inf_ostra", [
        ("Aktuellt", "Perifer facialispares höger sedan två dagar, huvudvärk och trötthet. Fästingbett i augusti."),
        ("Bedömning", "Inte osannolikt att paresen orsakas av borrelia. Lumbalpunktion och serologi idag."),
    ], time="2024-09-26 10:10", tmpl="Mottagningsanteckning"),
    must=M(), why="'inte osannolikt' is a hedge, not a negation")

add("h-ej-osannolikt-adhd", "skane", "19990729",
    note("n1", "s_psyk_landskrona", [
        ("Aktuellt", "Återkommande depressioner, svårt att slutföra utbildningar, impulsiv, glömmer saker sedan barndomen."),
        ("Bedömning", "Ej osannolikt att det föreligger en underliggande ADHD. Screening med ASRS och remiss till NP-teamet."),
    ], time="2024-11-04 09:30", setting="psykiatrisk öppenvård"),
    must=M(), why="'ej osannolikt' hedges a psychiatric diagnosis")

add("h-klinisk-bild-av-temporalisarterit-ej-verifierad", "skane", "19460408",
    note("n1", "s_reuma_lund", [
        ("Aktuellt", "Nytillkommen tinninghuvudvärk, käkclaudicatio och ömhet över höger temporalisartär. SR 92."),
        ("Bedömning", "Klinisk bild av temporalisarterit, ej verifierad. Prednisolon 60 mg startas idag och temporalisbiopsi bokas."),
    ], time="2024-01-12 11:50"),
    must=M(), why="'bild av' explicitly unverified")

add("h-bild-av-begynnande-mani-drogscreen", "skane", "19960531",
    note("n1", "s_psyk_akut_malmo", [
        ("Psykiskt status", "Talträngd, tankeflykt, upprymd, har inte sovit på tre nätter enligt sambon."),
        ("Bedömning", "Psykiskt status ger bild av en begynnande mani, men anamnesen är knapphändig och drogscreening inväntas."),
        ("Planering", "Inläggning frivilligt, Olanzapin till natten."),
    ], time="2024-07-06 23:55", tmpl="Akutanteckning", setting="psykiatrisk akutmottagning"),
    must=M(), why="'bild av' plus an explicit caveat in psychiatry")

add("h-bild-som-vid-mykoplasma-pcr", "vgr", "20140521",
    note("n1", "v_barn_alingsas", [
        ("Aktuellt", "Tioåring med långdragen torrhosta, låggradig feber och huvudvärk i två veckor. Klasskamrater med liknande besvär."),
        ("Status", "Fina rassel höger basalt, sat 97 %."),
        ("Bedömning", "Klinisk bild som vid mykoplasmapneumoni, ej bekräftad. PCR från nasofarynx tagen, Erythromycin startas."),
    ], time="2024-01-29 13:25"),
    must=M(), why="child: 'bild som vid' a diagnosis not yet confirmed")

add("h-latin-appendicitis-acuta-fragetecken", "vgr", "20010402",
    note("n1", "v_kir_kungalv", [
        ("Status", "Öm och dunköm i höger fossa, släppömhet. Temp 38,1, LPK 14."),
        ("Bedömning", "Appendicitis acuta? Kirurgjour kontaktad, fastande, DT buk."),
    ], time="2024-04-14 01:45", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="Latin diagnosis with a question mark")

add("h-latin-pneumonia-dx-susp", "skane", "19370616",
    note("n1", "s_med_krist", [
        ("Status", "Rassel höger basalt, AF 24, temp 38,7."),
        ("Diagnos", "Pneumonia lobi inferioris dx. susp."),
        ("Ordination", "Bensyl-pc 1 g x 3 iv, lungröntgen imorgon."),
    ], time="2024-12-14 21:05", tmpl="Jouranteckning", setting="slutenvård"),
    must=M(), why="Latin diagnosis with 'susp.' after it")

add("h-latin-cholecystitis-acuta-fragetecken", "skane", "19710208",
    note("n1", "s_kir_ystad", [
        ("Status", "Positiv Murphy, feber 38,3, CRP 140."),
        ("Bedömning", "Cholecystitis acuta? UL lever/gallvägar i morgon bitti, Tazocin."),
    ], time="2024-10-29 22:50", tmpl="Jouranteckning", setting="slutenvård", signed=None),
    must=M(), why="unsigned draft: Latin diagnosis with a question mark")

add("h-engelska-rule-out-acs", "vgr", "19600303",
    note("n1", "v_akut_su", [
        ("Kontaktorsak", "Tryck över bröstet i vila i en halvtimme, nu smärtfri."),
        ("EKG", "Sinusrytm, inga säkra ischemiska förändringar."),
        ("Bedömning", "Bröstsmärta, rule out ACS med seriella hs-TnT. Första provet 12 ng/L, nytt om tre timmar."),
    ], time="2024-02-09 08:15", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="English 'rule out ACS' in a Swedish note: diagnosis still open")

add("h-engelska-possible-sepsis-news", "skane", "19420920",
    note("n1", "s_akut_lund", [
        ("Kontaktorsak", "Feber och förvirring, inlagd KAD."),
        ("Status", "NEWS 7, blodtryck 92/55, puls 118, temp 39,1."),
        ("Bedömning", "Possible sepsis med urinvägsfokus. Blododlingar x2, urinodling, Cefotaxim inom en timme."),
    ], time="2024-03-30 15:55", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="English 'possible' before sepsis")

add("h-engelska-working-diagnosis-probable-cap", "vgr", "19570711",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "Inlagd från akuten med hosta, feber och hypoxi. Lungröntgen ännu inte bedömd av radiolog."),
        ("Bedömning", "Working diagnosis: probable CAP. Bensyl-pc, syrgas till sat över 92 %."),
    ], time="2024-11-30 09:30", tmpl="Rondanteckning", setting="slutenvård"),
    must=M(), why="English 'probable CAP' as working diagnosis")

add("h-mix-safety-net-plus-trol-pyelonefrit", "vgr", "19890419",
    note("n1", "v_vc_kungalv", [
        ("Kontaktorsak", "Feber 38,8, ont i höger flank, sveda vid miktion sedan tre dagar."),
        ("Status", "Dunköm höger njurloge. Urinsticka: nitrit och leukocyter positiva."),
        ("Bedömning", "Trol. pyelonefrit. Ciprofloxacin i sju dagar, odling skickad."),
        ("Information", "Vid frossa, kräkningar eller om hon inte kan ta tabletterna ska hon söka akut."),
    ], time="2024-07-01 16:25"),
    must=M(), why="a real hedged diagnosis beside safety-netting; the hedge still fires")

add("h-mix-ev-njursten-ev-dt", "skane", "19770130",
    note("n1", "s_akut_malmo", [
        ("Kontaktorsak", "Smärtor i höger flank som kommer i vågor, mikroskopisk hematuri."),
        ("Bedömning", "Ev. njursten. Ev. DT urinvägar imorgon om smärtan inte släpper, Voltaren supp."),
    ], time="2024-02-25 22:20", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="ev. twice: once before a diagnosis (fires), once before a plan")

add("h-dvt-utesluten-men-lungemboli-fortsatt-misstankt", "vgr", "19640601",
    note("n1", "v_med_skovde", [
        ("Utredning", "Ultraljud benvener bilateralt: ingen DVT."),
        ("Bedömning", "DVT utesluten. Lungemboli är fortsatt misstänkt med tanke på takykardi och hypoxi, DT-angio idag."),
    ], time="2024-04-17 10:55", tmpl="Mottagningsanteckning"),
    must=M(), why="one diagnosis ruled out, another still suspected in the same note")

add("h-barn-misstankt-typ1-diabetes", "skane", "20170924",
    note("n1", "s_barnakut_lund", [
        ("Kontaktorsak", "Sexåring som dricker och kissar mycket sedan tre veckor, gått ned i vikt."),
        ("Labb", "P-glukos 19, B-ketoner 2,1, pH 7,33."),
        ("Bedömning", "Misstänkt nydebuterad typ 1-diabetes med lätt ketoacidos. Inläggning på barnavdelningen, insulinbehandling enligt PM."),
    ], time="2024-09-16 17:10", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="child: misstänkt written before a new diagnosis")

add("h-barn-ev-astma-pef", "skane", "20131104",
    note("n1", "s_barn_hbg", [
        ("Aktuellt", "Tioåring som hostar nattetid och blir andfådd på gympan, mest vintertid."),
        ("Status", "Inga ronki i vila. Spirometri: FEV1 82 %, reversibilitet 14 %."),
        ("Bedömning", "Ev. astma. PEF-kurva hemma i två veckor, provbehandling med Airomir vid behov."),
    ], time="2024-02-08 09:10"),
    must=M(), why="child: Ev. before asthma")

add("h-psyk-trol-ptsd-efter-olycka", "vgr", "19900315",
    note("n1", "v_psyk_kungalv", [
        ("Aktuellt", "Trafikolycka i mars där en annan förare omkom. Mardrömmar, undviker att köra bil, skvätter till av ljud."),
        ("Skattning", "PCL-5 52."),
        ("Bedömning", "Trol. PTSD. Remiss till traumafokuserad KBT."),
    ], time="2024-06-12 13:35", setting="psykiatrisk öppenvård"),
    must=M(), why="psychiatry: trol. PTSD")

add("h-psyk-misstanke-om-atstorning", "skane", "20070508",
    note("n1", "s_psyk_landskrona", [
        ("Aktuellt", "Sjuttonåring remitterad av skolsköterskan pga viktnedgång. Tränar två gånger per dag, hoppar över lunch."),
        ("Status", "BMI 16,8, puls 48."),
        ("Bedömning", "Misstanke om ätstörning av restriktiv typ. Remiss till ätstörningsenheten, EKG och elektrolyter."),
    ], time="2024-09-09 15:15", setting="psykiatrisk öppenvård"),
    must=M(), why="17-year-old patient: 'misstanke om' an eating disorder")

add("h-psyk-akut-fragetecken-drogutlost-psykos", "vgr", "19980824",
    note("n1", "v_psyk_akut_su", [
        ("Psykiskt status", "Paranoid, tror att grannarna avlyssnar honom, skrattar omotiverat. Vidgade pupiller."),
        ("Bedömning", "?Drogutlöst psykos. Tox-screen skickad, observation över natten."),
    ], time="2024-12-07 03:30", tmpl="Akutanteckning", setting="psykiatrisk akutmottagning"),
    must=M(), why="psychiatric ED: '?' before a diagnosis")

add("h-rond-trol-aspirationspneumoni-postop", "skane", "19400710",
    note("n1", "s_kir_ystad", [
        ("Aktuellt", "Dag 3 efter tarmresektion. Feber 38,5 sedan natten, kräktes under uppvaknandet. Rassel höger basalt."),
        ("Bedömning", "Trol. aspirationspneumoni. Odlingar, lungröntgen, Tazocin."),
    ], time="2024-03-06 08:45", tmpl="Rondanteckning", setting="slutenvård"),
    must=M(), why="ward round: trol. before a postoperative complication")

add("h-rond-dd-delirium-uvi-vs-lakemedel", "vgr", "19300611",
    note("n1", "v_ger_molndal", [
        ("Aktuellt", "Plötsligt förvirrad sedan i går kväll, plockig, sover dåligt. Nyinsatt Oxynorm för höftsmärta."),
        ("Bedömning", "Akut konfusion, DD delirium utlöst av urinvägsinfektion eller av opioiden. Urinodling, Oxynorm sätts ut."),
    ], time="2024-02-13 10:05", tmpl="Rondanteckning", setting="slutenvård"),
    must=M(), why="DD between two causes of delirium, not closed")

add("h-typo-trolgit-ljumskbrack", "skane", "19680220",
    note("n1", "s_kir_ystad", [
        ("Aktuellt", "Bula i höger ljumske vid hosta sedan ett halvår, går att trycka tillbaka."),
        ("Bedömning", "Trolgit ljumskbråck höger. Ultraljud ljumske, därefter ställningstagande till operation."),
    ], time="2024-05-02 13:10", tmpl="Mottagningsanteckning"),
    must=M(), why="typo in the hedge cue (Trolgit)")

add("h-epikris-synkope-trolig-vasovagal", "skane", "19980503",
    note("n1", "s_med_ängel", [
        ("Epikris", "22-årig kvinna inlagd ett dygn efter svimning i kön på apoteket. Telemetri utan arytmier, normalt EKG och ekokardiografi, ortostatiskt prov visar blodtrycksfall med prodromer."),
        ("Diagnos", "Synkope, trolig vasovagal genes."),
        ("Uppföljning", "Ingen uppföljning, råd om vätskeintag och motmanövrer."),
    ], time="2024-08-03 11:55", tmpl="Epikris", setting="slutenvård"),
    must=M(), why="discharge summary: hedged etiology in the Diagnos section")

add("h-stark-misstanke-om-celiaki-ttg", "vgr", "19940111",
    note("n1", "v_gastro_boras", [
        ("Labb", "Transglutaminas-IgA 180 U/mL (ref <7)."),
        ("Bedömning", "Stark misstanke om celiaki. Gastroskopi med biopsier, fortsätta äta gluten till dess."),
    ], time="2024-01-24 14:50", tmpl="Mottagningsanteckning"),
    must=M(), why="'stark misstanke om' is still a hedge")

add("h-kand-diabetes-nu-misstankt-neuropati", "skane", "19520311",
    note("n1", "s_med_krist", [
        ("Aktuellt", "Typ 2-diabetes sedan 15 år. Brännande känsla i båda fötterna nattetid."),
        ("Status", "Nedsatt monofilamentkänsel bilateralt, vibrationssinne nedsatt vid stortån."),
        ("Bedömning", "Känd typ 2-diabetes, nu misstänkt diabetisk polyneuropati. B12 och TSH för att utesluta annan orsak."),
    ], time="2024-03-27 15:40", tmpl="Mottagningsanteckning"),
    must=M(), why="a known diagnosis and a new suspected one in the same sentence")

add("h-kontaktorsak-buksmarta-divertikulit-fragetecken", "vgr", "19561017",
    note("n1", "v_akut_nal", [
        ("Kontaktorsak", "Buksmärta vänster fossa ?divertikulit."),
        ("Status", "Öm vänster fossa, ingen défense. Temp 38,0, CRP 98."),
        ("Planering", "DT buk, fasta tills svar."),
    ], time="2024-05-26 13:15", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(), why="question-marked diagnosis in the contact reason, not answered in the note")

add("h-oklart-om-epilepsi-eller-konvulsiv-synkope", "skane", "19990108",
    note("n1", "s_neuro_lund", [
        ("Anamnes", "Föll ihop i duschen, ryckningar några sekunder enligt sambon, vaknade snabbt utan förvirring."),
        ("Bedömning", "Oklart om det rör sig om ett epileptiskt anfall eller en konvulsiv synkope. EEG och långtids-EKG beställs."),
    ], time="2024-07-12 10:50"),
    must=M(), why="uncertainty between two named diagnoses")

add("h-overvags-hypofysadenom", "vgr", "19930704",
    note("n1", "v_kvinno_nal", [
        ("Aktuellt", "Uteblivna menstruationer i fem månader och mjölkflöd ur brösten."),
        ("Labb", "Prolaktin 2100 mIE/L, graviditetstest negativt."),
        ("Bedömning", "Prolaktinproducerande hypofysadenom övervägs. MR sella beställd, remiss till endokrinolog."),
    ], time="2024-03-05 09:45", tmpl="Mottagningsanteckning"),
    must=M(), why="'övervägs' puts a diagnosis under consideration")

add("h-kan-vara-begynnande-baltros", "skane", "19510823",
    note("n1", "s_hud_hbg", [
        ("Aktuellt", "Brännande smärta i ett bälte på vänster sida av bröstkorgen sedan två dagar, lätt rodnad utan blåsor."),
        ("Bedömning", "Kan vara en begynnande bältros, inga blåsor ännu. Valaciklovir förskrivs om blåsor uppkommer inom tre dygn."),
    ], time="2024-10-10 14:05", tmpl="Mottagningsanteckning"),
    must=M(), why="'kan vara' before a diagnosis")

add("h-ssk-misstankt-trycksar-sacrum", "vgr", "19320226",
    note("n1", "v_avd_boras", [
        ("Omvårdnad", "Rodnad över sacrum som inte bleknar vid tryck, liten blåsa i centrum. Misstänkt trycksår kategori 2."),
        ("Åtgärd", "Lägesändring var annan timme, tryckavlastande madrass beställd, skyddsförband."),
    ], time="2024-11-02 21:30", tmpl="Omvårdnadsanteckning", role="sjuksköterska", setting="slutenvård"),
    must=M(), why="nurse's hedged diagnosis in a visible Melior note")

add("h-fysioterapeut-misstankt-korsbandsskada", "skane", "19970914",
    note("n1", "s_orto_trelle", [
        ("Anamnes", "Vred knät vid landning i handbollsmatch, hörde en smäll och knät svullnade direkt."),
        ("Status", "Positivt Lachman och pivot shift höger, lätt hydrops."),
        ("Bedömning", "Misstänkt främre korsbandsskada höger. Remiss till ortoped och MR, träning enligt rehabprogram påbörjad."),
    ], time="2024-04-19 14:20", tmpl="Fysioterapeutanteckning", role="fysioterapeut"),
    must=M(), why="physiotherapist's suspected ligament injury")
# ---------------------------------------------------------------------------
# T. Long notes (300+ words) and multi-note records
# ---------------------------------------------------------------------------
add("lang-rond-hjartsvikt-manga-icke-dx-hedgar", "vgr", "19400126",
    note("n1", "v_avd_boras", [
        ("Aktuellt", "84-årig kvinna, dag 4 på avdelningen. Inkom med andfåddhet och ödem. Känd hjärtsvikt med bevarad EF, förmaksflimmer och KOL. "
                     "Lungröntgen vid inkomst visade pleuravätska bilateralt och ett infiltrat i höger underlob."),
        ("Förlopp", "Misstanken om NSTEMI vid inkomst avsrevs när hs-TnT låg stabilt på 28–30 ng/L utan dynamik. "
                    "Diuretika iv de första två dygnen, minus 4,1 kg sedan inkomst. Afebril sedan igår, CRP 184 → 61."),
        ("Status", "AT: Pigg, sitter i stolen. Cor: oregelbunden rytm, inga blåsljud. "
                   "Pulm: nedsatta andningsljud basalt höger, inga rassel. Buk: mjuk. Ben: lätta ankelödem. "
                   "Vitalparametrar: BT 128/74, puls 84, sat 95 % på luft, AF 18."),
        ("Labb", "Krea 118 (104 igår), kalium 3,8, natrium 134. Hb 121. NT-proBNP 4200 vid inkomst, nytt prov på onsdag."),
        ("Omvårdnad", "Sover med två kuddar, behöver hjälp vid dusch men klarar toalettbesök själv med rollator. Äter ungefär halva portionerna, näringsdryck två gånger dagligen. "
                      "Vätskelista: intag 1,3 liter, diures 2,1 liter senaste dygnet. Huden hel, trycksårsrisk enligt Norton låg."),
        ("Läkemedel", "Furix 40 mg x 2 peroralt sedan igår, Spironolakton 25 mg, Bisoprolol 2,5 mg, Eliquis 5 mg x 2, Spiriva. Kåvepenin 1 g x 3 sedan i förrgår."),
        ("Bedömning", "Dekompenserad hjärtsvikt utlöst av pneumoni i höger underlob, båda på väg att vända. "
                      "Osäkert om hon tagit sin Eliquis regelbundet hemma, burkarna i dosetten var ofyllda enligt dottern. "
                      "Möjligen kan Furix sänkas till 40 mg x 1 från imorgon om vikten håller sig. "
                      "Prognosen är på sikt sannolikt begränsad med tanke på ålder och samsjuklighet, vilket pat själv tar upp."),
        ("Planering", "Kåvepenin peroralt till totalt sju dagars behandling. Ev. ny ekokardiografi polikliniskt. "
                      "Trol. hemgång torsdag om hon klarar trappan med fysioterapeut. "
                      "Dottern osäker på om hon vill ha hemtjänst, samtal med biståndshandläggare bokat. "
                      "Vid viktuppgång på två kilo på tre dagar ska hon kontakta hjärtsviktssköterskan. "
                      "Dosett via apoteket för Eliquis. "
                      "Kontroll av krea och kalium på vårdcentralen en vecka efter hemgång, remiss skickas. "
                      "Fysioterapeut fortsätter gångträning dagligen fram till utskrivning."),
    ], time="2024-01-16 11:20", tmpl="Rondanteckning", setting="slutenvård"),
    must_not=N(),
    why="long ward round: only plan, dose, adherence and prognosis hedges; NSTEMI suspicion closed (typo 'avsrevs')")

add("lang-akut-synkope-en-begravd-misstanke", "skane", "19570322",
    note("n1", "s_akut_lund", [
        ("Kontaktorsak", "67-årig man som svimmade när han bar upp matkassar för trappan. Vaknade direkt, ingen kramp, ingen urinavgång. Tryck i bröstet vid ansträngning sedan några månader."),
        ("Tidigare", "Hypertoni, hyperlipidemi. Opererad för ljumskbråck. Inga kända hjärtsjukdomar."),
        ("Läkemedel", "Amlodipin 5 mg, Atorvastatin 40 mg. Osäker på om han tog sin blodtrycksmedicin i morse."),
        ("Sociala förhållanden", "Gift, bor i villa i Dalby. Pensionerad lärare, cyklar dagligen till och med i våras men har sedan dess fått stanna i uppförsbackar. Röker inte, dricker vin till helgerna."),
        ("Ambulansjournal", "Vid ambulansens ankomst satt han på trappan, vaken och samtalbar. BT 118/70, puls 58, P-glukos 6,4. EKG i ambulansen utan akuta ischemiska förändringar enligt ambulanssjuksköterskan."),
        ("Status", "AT: Opåverkad. BT 142/88 höger arm, 138/86 vänster. Puls 66 regelbunden. "
                   "Cor: 3/6 systoliskt blåsljud med maximum i andra interkostalrummet höger, fortledning mot halsen. "
                   "Pulm: ua. Neuro: inga fokala bortfall, ingen tungbittning. Liten hudavskrapning på höger knä. Inga perifera ödem, fotpulsar palpabla bilateralt."),
        ("Förlopp på akuten", "Legat i telemetri i fyra timmar utan arytmier. Inga nya symtom, har ätit en smörgås och gått till toaletten utan yrsel. "
                              "Hustrun har kommit och bekräftar händelseförloppet, hon såg honom falla ihop och han var borta högst tio sekunder. "
                              "Röntgen av höger knä inte indicerad, skrapsåret tvättat och täckt."),
        ("EKG", "Sinusrytm 64, vänsterkammarhypertrofi enligt Sokolow, sekundära ST-T-förändringar lateralt, oförändrat mot EKG från 2022."),
        ("Labb", "hs-TnT 18 → 19 ng/L, Hb 148, krea 82, glukos 6,1. D-dimer ej tagen."),
        ("Bedömning", "Ansträngningsutlöst synkope hos man med systoliskt blåsljud och ansträngningsrelaterat tryck i bröstet. "
                      "Aortastenos misstänks utifrån blåsljudet och EKG-bilden. "
                      "Ingen hjärtinfarkt enligt troponinkurvan. Ortostatiskt prov utan blodtrycksfall. "
                      "Bilkörning avrådes tills vidare, pat informerad och förstår."),
        ("Planering", "Inläggning på kardiologen med telemetri. Ekokardiografi imorgon bitti. "
                      "Ev. arbetsprov efteråt beroende på ekofynden, tas ställning till av kardiolog. "
                      "Han vill gärna komma hem till helgen om det går, vilket vi inte kan lova. "
                      "Om ny svimning eller bröstsmärta på avdelningen: EKG och jourläkare direkt. Hustrun informerad på plats."),
    ], time="2024-04-11 17:35", tmpl="Akutanteckning", setting="akutmottagning"),
    must=M(),
    why="long ED chart: one suspected diagnosis among many non-diagnostic hedges still fires")

add("lang-psyk-nybesok-hereditet-och-villkor", "skane", "20000614",
    note("n1", "s_psyk_landskrona", [
        ("Kontaktorsak", "Remiss från vårdcentral pga nedstämdhet sedan ett halvår som inte svarat på Sertralin 100 mg i tolv veckor."),
        ("Hereditet", "Modern har trol. haft depressioner men aldrig sökt vård. Morbror har ev. schizofreni, bor på gruppboende. Farfar alkoholberoende."),
        ("Tidigare psykiatrisk anamnes", "Under högstadiet fanns misstanke om ADHD, men utredning hos BUP 2017 gav ingen diagnos och koncentrationen har sedan dess fungerat. Inga tidigare suicidförsök."),
        ("Motivation", "Vill bli frisk för att kunna fortsätta utbildningen och är positiv till både läkemedel och samtal."),
        ("Missbruk", "AUDIT 4, DUDIT 0. Har provat cannabis en gång som sextonåring."),
        ("Somatiskt", "Frisk i övrigt. Inga regelbundna läkemedel utöver Sertralin och p-piller. Provtagning på vårdcentralen i augusti med normalt blodstatus, TSH och B12."),
        ("Sociala förhållanden", "Bor med pojkvän i lägenhet i Landskrona. Läser till sjuksköterska, termin fyra, har missat två tentor i höst. Dricker alkohol någon gång i månaden, inga droger."),
        ("Aktuellt", "Nedstämd större delen av dagarna, har tappat glädjen i sådant hon tyckte om, sover tolv timmar per natt men vaknar trött. Skuldkänslor inför familjen. "
                     "Passiva dödstankar utan planer eller avsikt."),
        ("Psykiskt status", "Vaken, orienterad, adekvat klädd. Sänkt grundstämning, affektivt återhållen men nåbar. Inga psykotiska symtom. Tankeinnehåll präglat av hopplöshet. "
                            "MADRS-S 29."),
        ("Bedömning", "Egentlig depression, medelsvår episod enligt MINI. Ingen hypomani i anamnesen. Suicidrisk bedöms som låg till måttlig med skyddande faktorer i form av pojkvän, studier och framtidsplaner."),
        ("Planering", "Byte till Escitalopram 10 mg, ev. höjning till 20 mg efter fyra veckor beroende på effekt och biverkningar. "
                      "Hon är osäker på om hon vill gå i grupp eller individuell KBT, får fundera till nästa besök. "
                      "Vid försämring, tilltagande dödstankar eller om hon gör planer ska hon ringa mottagningen eller söka psykiatrisk akutmottagning i Malmö dygnet runt, vilket hon fått skriftligt. "
                      "Återbesök om tre veckor hos mig, sjuksköterska ringer om en vecka. "
                      "Studieintyg till CSN skrivs så att hon kan gå ned till halvfart resten av terminen. "
                      "Sertralin trappas ut över en vecka samtidigt som Escitalopram startas, schema skrivet på baksidan av receptutskriften."),
    ], time="2024-10-02 09:10", tmpl="Nybesöksanteckning", setting="psykiatrisk öppenvård"),
    must_not=N(),
    why="long psychiatric intake: hedges only in family history, a closed past suspicion, plans, wishes and safety planning")

add("lang-barn-epikris-sepsis-avskriven-influensa", "vgr", "20211102",
    note("n1", "v_barnakut_dsbus", [
        ("Orsak till inläggning", "Tvåårig pojke som inkom med feber 40,3, slöhet och marmorerad hud. Vid ankomst bedömd som misstänkt sepsis enligt barnsepsis-PM och gavs Cefotaxim inom en timme."),
        ("Förlopp", "Blododlingar negativa efter 48 timmar, CRP som högst 38 och procalcitonin normalt. Snabbt piggare efter vätskebolus och febernedsättande. "
                    "Influensa B påvisad med PCR från nasofarynx. Cefotaxim sattes ut efter två dygn när odlingarna var negativa. "
                    "Sepsis bedöms därmed inte ha förelegat. Åt och drack normalt sista dygnet, kissat ordentligt."),
        ("Diagnos", "Influensa B med hög feber och dehydrering."),
        ("Status vid utskrivning", "Pigg, leker på avdelningen, fuktiga slemhinnor, kapillär återfyllnad under två sekunder. Lungor och hjärta ua. Vikt 12,8 kg."),
        ("Läkemedel", "Alvedon vid behov enligt vikt. Inga nya läkemedel."),
        ("Information till föräldrar", "Febern kan hålla i sig ett par dagar till. Om han blir slö igen, inte vill dricka, får andningsbesvär eller utslag som inte bleknar vid tryck ska de söka barnakuten direkt. "
                                       "Storasyster i förskoleklass kan ev. ha smittats, föräldrarna hör av sig till vårdcentral vid symtom hos henne. "
                                       "Förskolan kan han troligen återgå till nästa vecka när han varit feberfri ett dygn."),
        ("Uppföljning", "Ingen planerad uppföljning på barnmottagningen. Föräldrarna har fått epikrisen muntligt och skriftligt och har inga frågor."),
    ], time="2024-02-06 13:45", tmpl="Epikris", setting="slutenvård"),
    must_not=N(),
    why="long paediatric discharge summary: suspected sepsis at arrival explicitly ruled out; remaining hedges are about contagion and return to preschool")

add("flera-noter-appendicit-misstankt-sedan-verifierad", "skane", "19960827",
    [note("n1", "s_akut_malmo", [
        ("Kontaktorsak", "Ont i magen sedan igår, började kring naveln och har flyttat till höger fossa. Kräkts en gång."),
        ("Status", "Släppöm i höger fossa, Rovsing positiv. Temp 38,2, LPK 15,4, CRP 48."),
        ("Bedömning", "Misstänkt appendicit, Alvarado 8. Kirurgjour tar över, fastande."),
    ], time="2024-05-13 19:20", tmpl="Akutanteckning", setting="akutmottagning"),
     note("n2", "s_akut_malmo", [
        ("Operation", "Laparoskopisk appendektomi i natt. Flegmonös appendix utan perforation, inget fritt var."),
        ("Bedömning", "Appendicit, operativt verifierad. Okomplicerat ingrepp."),
        ("Planering", "Hem idag om hon äter och kissar. Sjukskrivning en vecka, ev. förlängning via 1177."),
    ], time="2024-05-14 09:10", tmpl="Operationsberättelse", setting="slutenvård")],
    must=M("n1"), must_not=N("n2"),
    why="suspicion in the ED note (n1) fires; the next morning's operation note (n2) is settled")

add("flera-noter-pyelonefrit-fragetecken-sedan-epikris", "vgr", "19520718",
    [note("n1", "v_avd_boras", [
        ("Aktuellt", "Feber 39, frossa och förvirring. KAD sedan prostataoperation i januari. Urinsticka med leukocyter och nitrit."),
        ("Bedömning", "?Pyelonefrit. Blod- och urinodling, Cefotaxim 1 g x 3."),
    ], time="2024-03-02 23:15", tmpl="Jouranteckning", setting="slutenvård"),
     note("n2", "v_avd_boras", [
        ("Epikris", "72-årig man inlagd fem dygn med feber och förvirring. Klebsiella pneumoniae växte i både blod och urin, känslig för Ciproxin. "
                    "DT urinvägar visade akut pyelonefrit höger utan abscess eller avflödeshinder. Klarare från dag två."),
        ("Diagnos", "Akut pyelonefrit höger med bakteriemi, Klebsiella pneumoniae."),
        ("Uppföljning", "Ciproxin tio dagar totalt. KAD-byte på vårdcentralen om en vecka, ev. remiss urolog för ställningstagande till blåsträning."),
    ], time="2024-03-07 14:30", tmpl="Epikris", setting="slutenvård")],
    must=M("n1"), must_not=N("n2"),
    why="question-marked diagnosis in the night note (n1) fires; the discharge summary (n2) with the verified diagnosis does not")
# ---------------------------------------------------------------------------
# Unsigned drafts (the pre-signing case), about one note in ten
# ---------------------------------------------------------------------------
DRAFTS = {
    "plan-frageteckn-efter-opvecka", "dos-ev-hojning-levaxin", "foljsamhet-oklart-om-tar-litium",
    "villkor-om-rodnad-bedomning-borrelia", "utesl-barn-invagination-ultraljud",
    "bekr-njursten-som-uretarkonkrement", "remiss-hjartsvikt-eko-normal", "hered-far-mojligen-bipolar",
    "neg-typo-inga-hallpukter-for-dvt", "lang-psyk-nybesok-hereditet-och-villkor",
    "h-dd-pneumoni-lungemboli-oppen", "h-psyk-trol-ptsd-efter-olycka", "h-barn-ev-astma-pef",
    "h-engelska-rule-out-acs",
}
_found = set()
for _c in CASES:
    if _c["case"] in DRAFTS:
        _c["record"]["notes"][0]["signed"] = None
        _found.add(_c["case"])
assert _found == DRAFTS, DRAFTS - _found

# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
CASE_KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
REC_KEYS = {"patient", "as_of", "notes", "access_events", "conversations", "treatments"}
NOTE_KEYS = {"id", "system", "template", "unit", "author", "time", "signed", "setting",
             "refs", "sections"}


def _split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def validate(cases):
    problems = []
    names = set()
    seen = {}
    for c in cases:
        name = c.get("case")
        if list(c.keys()) != CASE_KEYS:
            problems.append("%s: keys %s" % (name, list(c.keys())))
        if name in names:
            problems.append("%s: duplicate case name" % name)
        names.add(name)
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append("%s: bad ruleset" % name)
        if not c["why"] or "\n" in c["why"]:
            problems.append("%s: why must be one line" % name)
        rec = c["record"]
        if set(rec.keys()) != REC_KEYS:
            problems.append("%s: record keys" % name)
        pat = rec["patient"]
        if set(pat.keys()) != {"id", "birth_date", "protected_identity"}:
            problems.append("%s: patient keys" % name)
        pid = pat["id"]
        m = re.fullmatch(r"(\d{8})-(\d{4})", pid)
        if not m:
            problems.append("%s: personnummer format %s" % (name, pid))
        else:
            ymd = m.group(1)
            if "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]) != pat["birth_date"]:
                problems.append("%s: personnummer does not match birth_date" % name)
            digits = ymd[2:] + m.group(2)
            if _luhn(digits[:9]) != int(digits[9]):
                problems.append("%s: personnummer fails Luhn" % name)
        birth = _dt.date.fromisoformat(pat["birth_date"])
        if not rec["as_of"].startswith("2024-"):
            problems.append("%s: as_of not in 2024" % name)
        ids = set()
        for n in rec["notes"]:
            if set(n.keys()) != NOTE_KEYS:
                problems.append("%s: note keys %s" % (name, sorted(n.keys())))
            ids.add(n["id"])
            for fld in ("time", "signed"):
                v = n[fld]
                if v is None and fld == "signed":
                    continue
                if not v.startswith("2024-"):
                    problems.append("%s: %s not in 2024" % (name, fld))
            if n["signed"] is not None and n["signed"] < n["time"]:
                problems.append("%s: signed before time" % name)
            if n["system"] not in ("Melior", "PMO"):
                problems.append("%s: system" % name)
            if c["ruleset"] == "vgr" and n["system"] != "Melior":
                problems.append("%s: VGR notes must be Melior" % name)
            t = _dt.date.fromisoformat(n["time"][:10])
            age = t.year - birth.year - ((t.month, t.day) < (birth.month, birth.day))
            if 13 <= age <= 15 or age < 0:
                problems.append("%s: patient age %d not allowed" % (name, age))
            if "BUP" in n["unit"]["name"] and c["ruleset"] != "skane":
                problems.append("%s: BUP only in Skåne" % name)
            for s in n["sections"]:
                if set(s.keys()) != {"keyword", "text"} or not s["text"].strip():
                    problems.append("%s: bad section" % name)
                for sent in _split_sentences(s["text"]):
                    if len(sent) >= 25:
                        if sent in seen and seen[sent] != (name, n["id"], s["keyword"]):
                            problems.append("%s: sentence repeated from %s: %r" % (name, seen[sent][0], sent))
                        seen.setdefault(sent, (name, n["id"], s["keyword"]))
        if not c["must"] and not c["must_not"]:
            problems.append("%s: asserts nothing" % name)
        for lst in ("must", "must_not"):
            for code, target in c[lst]:
                if target not in ids:
                    problems.append("%s: target %s missing" % (name, target))
                if not re.fullmatch(r"NL\d{3}", code):
                    problems.append("%s: bad code %s" % (name, code))
                if code == "NL101" and lst == "must":
                    sysm = [n["system"] for n in rec["notes"] if n["id"] == target]
                    if sysm and sysm[0] == "PMO":
                        problems.append("%s: NL101 asserted on a PMO note" % name)
                if code == "NL102" and lst == "must":
                    sysm = [n["system"] for n in rec["notes"] if n["id"] == target]
                    if sysm and sysm[0] != "Melior":
                        problems.append("%s: NL102 must on a non-Melior note" % name)
        both = {tuple(x) for x in c["must"]} & {tuple(x) for x in c["must_not"]}
        if both:
            problems.append("%s: same assertion in must and must_not" % name)
    return problems


def main():
    problems = validate(CASES)
    out = os.path.join(HERE, NAME + ".jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read and re-validate what was written
    with open(out, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh if line.strip()]
    if reread != CASES:
        problems.append("written file differs from data")
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    counts = {}
    for c in CASES:
        for lst in ("must", "must_not"):
            for code, _ in c[lst]:
                counts.setdefault(code, [0, 0])[0 if lst == "must" else 1] += 1
    print("%d cases written to %s" % (len(CASES), out))
    for code in sorted(counts):
        print("  %s must %d must_not %d" % (code, counts[code][0], counts[code][1]))


if __name__ == "__main__":
    main()
